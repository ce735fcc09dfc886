import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';

/**
 * CPU profiling of a benchmark child on request from the parent, so that the profile covers the
 * measured load only (not the data set generation). Messages: `{ profile: 'start' }`,
 * `{ profile: 'stop', path }`; answers `{ profiled: path }`.
 */
export function serveProfilingRequests(): void {
  const session = new Session();
  session.connect();
  process.on('message', (message: { profile?: 'start' | 'stop'; path?: string }) => {
    const handle = async () => {
      if (message.profile === 'start') {
        await session.post('Profiler.enable');
        await session.post('Profiler.setSamplingInterval', { interval: 200 });
        await session.post('Profiler.start');
        process.send?.({ profiling: true });
      } else if (message.profile === 'stop' && message.path) {
        const { profile } = await session.post('Profiler.stop');
        await writeFile(message.path, JSON.stringify(profile));
        process.send?.({ profiled: message.path });
      }
    };
    handle().catch((err: unknown) => {
      console.error('profiling failed:', err);
      process.send?.({ profiled: null });
    });
  });
}
