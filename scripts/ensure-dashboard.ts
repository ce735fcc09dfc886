/**
 * Builds the dashboard when its build is missing or older than its sources, so that `npm start`
 * works on a fresh clone without a separate build step.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dashboard');
const builtIndex = path.join(root, 'dist', 'index.html');

function newestSourceChange(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceChange(full) : statSync(full).mtimeMs);
  }
  return newest;
}

if (!existsSync(builtIndex) || statSync(builtIndex).mtimeMs < newestSourceChange(root)) {
  process.stdout.write('Dashboard wird gebaut / building the dashboard …\n');
  const { build } = await import('vite'); // a dev dependency: only needed when a build is due
  await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
}
