import type { Inquiry } from '../api/inquiries';
import type { SessionUser } from '../api/types';
import { canManageCommittee } from './session';

export type InquiryAction = 'accept' | 'reject' | 'assign' | 'publish' | 'answer' | 'withdraw';

/** The steps the reader may take on this Anfrage now (the server checks again). */
export function inquiryActions(user: SessionUser | null, inquiry: Inquiry): InquiryAction[] {
  if (!user) return [];
  const actions: InquiryAction[] = [];
  if (canManageCommittee(user, inquiry.committeeId)) {
    if (inquiry.state === 'eingereicht') actions.push('accept', 'reject');
    if (inquiry.state === 'angenommen') actions.push('assign');
    if (inquiry.state === 'beantwortet') actions.push('publish');
  }
  const ownDepartment =
    user.roles.includes('department') && !!user.department && user.department === inquiry.department;
  if (ownDepartment && inquiry.state === 'zugewiesen') actions.push('answer');
  const isAuthor = !!user.personId && user.personId === inquiry.authorPersonId;
  if (isAuthor && ['eingereicht', 'angenommen', 'zugewiesen'].includes(inquiry.state))
    actions.push('withdraw');
  return actions;
}
