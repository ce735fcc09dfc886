import type { InquiryDeps } from '../domain/inquiries/ports';
import { inquiriesRouter } from '../http/api/inquiries/router';
import { startInquiryCarryOver } from '../jobs/inquiry-carry-over';
import { mongoInquiryStore } from '../store/inquiries/mongo-inquiry-store';
import type { Workflow, WorkflowContext } from './workflow';

/** The Anfragen use cases on MongoDB, the outbox, the committees' channels and direct chats. */
export function inquiryDeps(context: WorkflowContext): InquiryDeps {
  return {
    store: mongoInquiryStore,
    audit: context.stores.audit,
    channels: context.announcements.store,
    outbox: context.announcements.outbox,
    direct: context.direct,
    channelLocale: context.announcements.channelLocale,
    onQueued: context.onQueued,
  };
}

/** Anfragen: the dashboard API, the carry-over onto the next agenda and the departments' reminders. */
export function createInquiriesWorkflow(context: WorkflowContext): Workflow {
  const deps = inquiryDeps(context);
  const { meetings, committees, papers } = context.stores;
  return {
    name: 'inquiries',
    apiRoutes: [{ path: '/inquiries', router: inquiriesRouter(deps, context.clock) }],
    startJobs: (coordinator, logger) => [
      startInquiryCarryOver({
        deps,
        agenda: { meetings, committees, papers },
        clock: context.clock,
        coordinator,
        logger,
      }),
    ],
  };
}
