import type { Express } from 'express';
import request from 'supertest';
import { channelBindingsRouter } from '../../../../server/http/api/channel-bindings/router';
import { dashboardResources } from '../../../../server/http/api/dashboard-resources';
import { mongoBindingStore } from '../../../../server/store/chat/binding-store';
import { mongoChannelDirectory } from '../../../../server/store/chat/channel-directory';
import { mongoRepositories } from '../../../../server/store/repositories/index';
import { PASSWORD } from '../../../support/factories';
import { browser, loggedIn, testApp } from '../../support/test-app';

/** The fixed "now" of the API tests: Wednesday, 10 February 2021, 10:00 in Köln. */
export const NOW = new Date('2021-02-10T10:00:00+01:00');

export function dashboardApp(clock: () => Date = () => NOW): Express {
  const stores = mongoRepositories();
  return testApp({
    clock,
    apiRoutes: [
      ...dashboardResources({ stores, clock }),
      {
        path: '',
        router: channelBindingsRouter({
          stores,
          bindings: mongoBindingStore,
          channels: mongoChannelDirectory,
        }),
      },
    ],
  });
}

export type Client = Awaited<ReturnType<typeof clientFor>>;

function wrap(agent: ReturnType<typeof request.agent>, csrfToken: string) {
  return {
    get: (url: string) => agent.get(url),
    post: (url: string, body: object = {}) => agent.post(url).set('X-CSRF-Token', csrfToken).send(body),
    patch: (url: string, body: object) => agent.patch(url).set('X-CSRF-Token', csrfToken).send(body),
    put: (url: string, body: object) => agent.put(url).set('X-CSRF-Token', csrfToken).send(body),
    delete: (url: string) => agent.delete(url).set('X-CSRF-Token', csrfToken),
  };
}

/** A logged-in browser session (through the real login route) with the CSRF token set on writes. */
export async function clientFor(app: Express, username: string) {
  const { agent, csrfToken } = await loggedIn(app, username, PASSWORD);
  return wrap(agent, csrfToken);
}

/** A visitor without login who still passes the CSRF check, so the API's own refusal is seen. */
export async function anonymousClient(app: Express) {
  const { agent, csrfToken } = await browser(app);
  return wrap(agent, csrfToken);
}
