/**
 * Dashboard benchmark on the ten-year data set: first render of the calendar in headless Chromium
 * (navigation to events painted), JavaScript shipped for the first page (gzipped), and API calls
 * per page load. `npx tsx bench/dashboard.bench.ts` (needs /usr/bin/chromium).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import mongoose from 'mongoose';
import { launchChromium } from '../test/browser/support/chromium';
import { buildDashboard, startDashboardServer } from '../test/browser/support/dashboard-server';
import { generateDataset } from './dataset/generate';
import { median } from './support/measure';

const RUNS = 7;
const LIMITS = { firstRenderMs: 1500, firstPageGzipKb: 300, apiCallsPerLoad: 3 };

interface ManifestChunk {
  file: string;
  imports?: string[];
  isEntry?: boolean;
}

/** The entry chunk, the calendar page's lazy chunk, and everything they import statically. */
function firstPageScripts(distDir: string): string[] {
  const manifest = JSON.parse(readFileSync(path.join(distDir, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit('index.html');
  visit('src/pages/CalendarPage.vue');
  return [...files].filter((file) => file.endsWith('.js'));
}

async function main(): Promise<void> {
  const distDir = mkdtempSync(path.join(tmpdir(), 'dashboard-bench-'));
  await buildDashboard(distDir, { manifest: true });
  const scripts = firstPageScripts(distDir);
  const gzipBytes = scripts.reduce(
    (sum, file) => sum + gzipSync(readFileSync(path.join(distDir, file)), { level: 9 }).length,
    0,
  );

  const server = await startDashboardServer(distDir, async () => {
    for (const name of mongoose.modelNames()) await mongoose.model(name).init();
    const summary = await generateDataset({ now: new Date() });
    console.log(
      `data set: ${JSON.stringify(summary.counts)}, ${summary.agendaItems} agenda items, inserted in ${summary.insertMs} ms`,
    );
    return [];
  });
  const browser = await launchChromium();
  const renders: number[] = [];
  const apiCalls: number[] = [];
  const breakdowns: string[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });
      const page = await context.newPage();
      let calls = 0;
      page.on('request', (request) => {
        if (new URL(request.url()).pathname.startsWith('/api/')) calls++;
      });
      await page.goto(server.baseUrl, { waitUntil: 'commit' });
      await page.locator('.fc-event').first().waitFor();
      // performance.now() counts from the navigation start; the next frame has the events painted.
      renders.push(
        await page.evaluate(
          () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now()))),
        ),
      );
      breakdowns.push(
        await page.evaluate(() =>
          performance
            .getEntriesByType('resource')
            .map((entry) => {
              const timing = entry as PerformanceResourceTiming;
              return `${new URL(entry.name).pathname.replace(/^\/assets\//, '')} ${timing.startTime.toFixed(0)}-${timing.responseEnd.toFixed(0)}`;
            })
            .concat(
              (() => {
                const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
                return `document ${nav.responseEnd.toFixed(0)}, DOMContentLoaded ${nav.domContentLoadedEventEnd.toFixed(0)}`;
              })(),
            )
            .join(', '),
        ),
      );
      await page.waitForLoadState('networkidle');
      apiCalls.push(calls);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.stop();
    rmSync(distDir, { recursive: true, force: true });
  }

  const firstRender = median(renders.slice(1)); // the first run warms the server's caches
  const kb = gzipBytes / 1024;
  const maxCalls = Math.max(...apiCalls);
  console.log(
    `calendar first render (median of ${RUNS - 1}): ${firstRender.toFixed(0)} ms (limit ${LIMITS.firstRenderMs}); runs: ${renders.map((r) => r.toFixed(0)).join(', ')}`,
  );
  console.log(`where the time went (ms after navigation start, last run): ${breakdowns.at(-1)}`);
  console.log(
    `first page JavaScript: ${kb.toFixed(1)} KB gzipped in ${scripts.length} files (limit ${LIMITS.firstPageGzipKb})`,
  );
  console.log(`API calls per page load: max ${maxCalls} (limit ${LIMITS.apiCallsPerLoad})`);
  const failed =
    firstRender > LIMITS.firstRenderMs || kb > LIMITS.firstPageGzipKb || maxCalls > LIMITS.apiCallsPerLoad;
  if (failed) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
