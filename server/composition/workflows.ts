import { createAttendanceRequestsWorkflow } from './attendance-requests';
import { createInquiryChatWorkflow } from './inquiry-chat';
import { createInquiriesWorkflow } from './inquiries';
import { createResultsWorkflow } from './results';
import { createFollowUpsWorkflow } from './follow-ups';
import { createQuorumWorkflow } from './quorum';
import type { Workflow, WorkflowContext } from './workflow';

/** Every workflow of the product, in the order their help lines appear. One line per workflow. */
export function createWorkflows(context: WorkflowContext): Workflow[] {
  return [
    createAttendanceRequestsWorkflow(context),
    createQuorumWorkflow(context),
    createInquiryChatWorkflow(context),
    createInquiriesWorkflow(context),
    createResultsWorkflow(context),
    createFollowUpsWorkflow(context),
  ];
}
