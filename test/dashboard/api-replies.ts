import { useTransport } from '../../dashboard/src/api/client';

export interface Reply {
  status?: number;
  body: unknown;
}

/** Like `fakeApi`, with a status per route (for the API's error answers); records every call. */
export function fakeApiReplies(routes: Record<string, Reply>) {
  const calls: { method: string; path: string; body?: unknown }[] = [];
  useTransport(async (input, init) => {
    const path = String(input);
    const method = init?.method ?? 'GET';
    calls.push({ method, path, body: init?.body ? JSON.parse(String(init.body)) : undefined });
    const key = Object.keys(routes)
      .filter((prefix) => `${method} ${path}`.startsWith(prefix))
      .sort((a, b) => b.length - a.length)[0];
    const reply = key
      ? routes[key]!
      : { status: 404, body: { error: { code: 'not_found', message: 'not found' } } };
    return new Response(JSON.stringify(reply.body), {
      status: reply.status ?? 200,
      headers: { 'Content-Type': 'application/json' },
    });
  });
  return calls;
}

/** The API's answer to refused input naming a field. */
export const fieldError = (status: number, code: string, path: string, message: string): Reply => ({
  status,
  body: { error: { code, message, fields: [{ path, message }], requestId: 'r1' } },
});
