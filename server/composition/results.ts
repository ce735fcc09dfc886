import { resultsChatFeature } from '../../bot/chat/results/feature';
import { chatResultRenderer } from '../../bot/chat/results/presenter';
import type { RecordResultDeps } from '../domain/results/record-result';
import { minutesRouter } from '../http/api/minutes/router';
import { reportsRouter } from '../http/api/reports/router';
import { resultsRouter } from '../http/api/results/router';
import { mongoMinutesSource } from '../store/minutes/minutes-source';
import { mongoResultStore } from '../store/results/mongo-result-store';
import { mongoReportSource } from '../store/results/open-items-report-source';
import type { Workflow, WorkflowContext } from './workflow';

/** Results per agenda item (chat and API), the open-items report and the draft Niederschrift. */
export function createResultsWorkflow(context: WorkflowContext): Workflow {
  const { clock, stores, announcements } = context;
  const record: RecordResultDeps = {
    meetings: stores.meetings,
    results: mongoResultStore,
    audit: stores.audit,
    clock,
    channels: {
      store: announcements.store,
      outbox: announcements.outbox,
      renderer: chatResultRenderer,
      locale: announcements.channelLocale,
      onQueued: context.onQueued,
    },
  };
  return {
    name: 'results',
    chat: resultsChatFeature({ meetings: stores.meetings, record, clock }),
    apiRoutes: [
      { path: '/meetings', router: resultsRouter(record) },
      {
        path: '/meetings',
        router: minutesRouter({ minutes: mongoMinutesSource(clock), audit: stores.audit }),
      },
      {
        path: '/committees',
        router: reportsRouter({ reports: mongoReportSource, audit: stores.audit, clock }),
      },
    ],
  };
}
