/**
 * Prints where a V8 CPU profile (node --cpu-prof) spent its time: self time by function and by
 * source file, and total time (including callees) by function.
 * Usage: tsx bench/support/cpu-profile-summary.ts <file.cpuprofile> [top=25]
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [path, topArg] = process.argv.slice(2);
if (!path) throw new Error('usage: cpu-profile-summary.ts <file.cpuprofile> [top]');
const top = Number(topArg ?? 25);
const profile = JSON.parse(readFileSync(path, 'utf8')) as Profile;

const nodesById = new Map(profile.nodes.map((node) => [node.id, node]));
const parentOf = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);

const selfMicros = new Map<number, number>();
profile.samples.forEach((id, i) =>
  selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)),
);
const total = [...selfMicros.values()].reduce((sum, micros) => sum + micros, 0);

function fileOf(node: ProfileNode): string {
  return node.callFrame.url.replace(/^file:\/\//, '').replace(process.cwd() + '/', '') || '(native)';
}

function nameOf(node: ProfileNode): string {
  const { functionName, lineNumber } = node.callFrame;
  return `${functionName || '(anonymous)'}  ${fileOf(node)}:${lineNumber + 1}`;
}

const byFunction = new Map<string, number>();
const byFile = new Map<string, number>();
const inclusive = new Map<string, number>();
for (const [id, micros] of selfMicros) {
  const node = nodesById.get(id)!;
  byFunction.set(nameOf(node), (byFunction.get(nameOf(node)) ?? 0) + micros);
  byFile.set(fileOf(node), (byFile.get(fileOf(node)) ?? 0) + micros);
  // Each function counts once per stack, so recursion does not inflate its total.
  const onStack = new Set<string>();
  for (let current: number | undefined = id; current !== undefined; current = parentOf.get(current)) {
    onStack.add(nameOf(nodesById.get(current)!));
  }
  for (const name of onStack) inclusive.set(name, (inclusive.get(name) ?? 0) + micros);
}

function print(title: string, entries: Map<string, number>): void {
  console.log(`\n${title}`);
  for (const [name, micros] of [...entries].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(
      `${((micros / total) * 100).toFixed(1).padStart(5)}%  ${(micros / 1000).toFixed(0).padStart(6)} ms  ${name}`,
    );
  }
}

console.log(`Total sampled: ${(total / 1000).toFixed(0)} ms`);
print('Self time by function', byFunction);
print('Self time by file', byFile);
print('Total time (with callees) by function', inclusive);
