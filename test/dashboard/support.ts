import { createMemoryHistory } from 'vue-router';
import { useTransport } from '../../dashboard/src/api/client';
import { createDashboardI18n, type Locale } from '../../dashboard/src/i18n';
import { createDashboardRouter } from '../../dashboard/src/router';

export function plugins(locale: Locale = 'de') {
  const i18n = createDashboardI18n(locale);
  const router = createDashboardRouter(createMemoryHistory());
  return { i18n, router, global: { plugins: [i18n, router] } };
}

/** Answers API calls from a table of path prefixes; records every call. */
export function fakeApi(routes: Record<string, unknown>) {
  const calls: { method: string; path: string; body?: unknown }[] = [];
  useTransport(async (input, init) => {
    const path = String(input);
    const method = init?.method ?? 'GET';
    calls.push({ method, path, body: init?.body ? JSON.parse(String(init.body)) : undefined });
    const key = Object.keys(routes)
      .filter((prefix) => `${method} ${path}`.startsWith(prefix))
      .sort((a, b) => b.length - a.length)[0];
    if (!key)
      return new Response(JSON.stringify({ error: { code: 'not_found', message: 'not found' } }), {
        status: 404,
      });
    return new Response(JSON.stringify(routes[key]), {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
    });
  });
  return calls;
}

export const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
