import { createWorkflowContext } from '../../../server/composition/workflow-context';
import type { Express } from 'express';
import { createResultsWorkflow } from '../../../server/composition/results';
import type { WorkflowContext } from '../../../server/composition/workflow';
import { dashboardResources } from '../../../server/http/api/dashboard-resources';
import { testApp } from '../../http/support/test-app';

/** Thursday 18 February 2021, 15:00 in Köln: the UA DiKO session of the API world has begun. */
export const IN_SESSION = new Date('2021-02-18T15:00:00+01:00');

export function resultsContext(clock: () => Date): WorkflowContext {
  return createWorkflowContext({ clock });
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
