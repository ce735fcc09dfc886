import { randomUUID } from 'node:crypto';
import type { InquiryChatDeps } from '../../bot/chat/inquiries/deps';
import { inquiryChatFeature } from '../../bot/chat/inquiries/feature';
import { fileInquiry, filingChoices } from '../domain/inquiries/filing';
import { inquiryDeps } from './inquiries';
import type { Workflow, WorkflowContext } from './workflow';

/** The filing use cases bound to the same storage, outbox and audit log as the rest of Anfragen. */
export function inquiryChatDeps(context: WorkflowContext): InquiryChatDeps {
  const deps = inquiryDeps(context);
  return {
    clock: context.clock,
    choices: (principal, now) => filingChoices(deps, principal, now),
    file: (principal, input, now) => fileInquiry(deps, principal, { ...input, confirmedInChat: true }, now),
    newRequestId: () => randomUUID(),
  };
}

/** Filing Anfragen from Teams and Slack: the `anfrage` command, the form and its late-deadline step. */
export function createInquiryChatWorkflow(context: WorkflowContext): Workflow {
  return { name: 'inquiry-chat', chat: inquiryChatFeature(inquiryChatDeps(context)) };
}
