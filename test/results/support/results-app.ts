import type { Express } from 'express';
import { createAnnouncementDeps } from '../../../server/composition/chat';
import { createResultsWorkflow } from '../../../server/composition/results';
import type { WorkflowContext } from '../../../server/composition/workflow';
import { dashboardResources } from '../../../server/http/api/dashboard-resources';
import { mongoDirectAddressBook } from '../../../server/store/chat/direct-addresses';
import { mongoRepositories } from '../../../server/store/repositories/index';
import { testApp } from '../../http/support/test-app';

/** Thursday 18 February 2021, 15:00 in Köln: the UA DiKO session of the API world has begun. */
export const IN_SESSION = new Date('2021-02-18T15:00:00+01:00');

export function resultsContext(clock: () => Date): WorkflowContext {
  const announcements = createAnnouncementDeps({ clock });
  return {
    clock,
    stores: mongoRepositories(),
    announcements,
    direct: { addresses: mongoDirectAddressBook, outbox: announcements.outbox },
    onQueued: () => undefined,
  };
}

/** The dashboard API with the results workflow's routes. */
export function resultsApp(clock: () => Date = () => IN_SESSION): Express {
  const context = resultsContext(clock);
  const workflow = createResultsWorkflow(context);
  return testApp({
    clock,
    apiRoutes: [...(workflow.apiRoutes ?? []), ...dashboardResources({ stores: context.stores, clock })],
  });
}
