import http from 'node:http';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { startHttpServer } from '../../server/http/server';

const logger = pino({ level: 'silent' });

function get(url: string, agent?: http.Agent): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

describe('startHttpServer shutdown', () => {
  it('finishes an in-flight request, refuses new connections, then runs the hooks in order', async () => {
    let releaseSlow!: () => void;
    let slowStarted!: () => void;
    const slowRunning = new Promise<void>((resolve) => (slowStarted = resolve));
    const app: http.RequestListener = (req, res) => {
      if (req.url === '/slow') {
        slowStarted();
        releaseSlow = () => res.end('slow done');
        return;
      }
      res.end('fast');
    };
    const events: string[] = [];
    const running = await startHttpServer(app, {
      host: '127.0.0.1',
      port: 0,
      logger,
      onShutdown: [() => void events.push('close database'), async () => void events.push('second hook')],
    });
    const keepAlive = new http.Agent({ keepAlive: true });
    expect((await get(`${running.url}/fast`, keepAlive)).body).toBe('fast');

    const slow = get(`${running.url}/slow`, keepAlive);
    await slowRunning;
    const stopped = running.shutdown('test').then(() => events.push('stopped'));

    await expect(get(`${running.url}/fast`)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    expect(events).toEqual([]);

    releaseSlow();
    expect(await slow).toEqual({ status: 200, body: 'slow done' });
    await stopped;
    expect(events).toEqual(['close database', 'second hook', 'stopped']);
    keepAlive.destroy();
  });

  it('cuts requests that outlast the drain timeout', async () => {
    const running = await startHttpServer(() => undefined, {
      host: '127.0.0.1',
      port: 0,
      logger,
      drainTimeoutMs: 100,
    });
    const hanging = get(`${running.url}/never`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();
    await running.shutdown('test');
    expect(Date.now() - started).toBeLessThan(2_000);
    await expect(hanging).rejects.toMatchObject({ code: 'ECONNRESET' });
  });

  it('runs every hook even when one fails, then reports the failure', async () => {
    const ran: string[] = [];
    const running = await startHttpServer(() => undefined, {
      host: '127.0.0.1',
      port: 0,
      logger,
      onShutdown: [
        () => {
          throw new Error('database already gone');
        },
        () => void ran.push('second'),
      ],
    });
    await expect(running.shutdown('test')).rejects.toThrow(/shutdown hooks failed/);
    expect(ran).toEqual(['second']);
  });
});
