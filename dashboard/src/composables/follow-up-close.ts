import type { OpenItem, SessionUser } from '../api/types';
import { canManageCommittee } from './session';

/** The office of the committee or the owner department may close a follow-up (the server checks again). */
export function mayCloseFollowUp(user: SessionUser | null, item: OpenItem): boolean {
  if (!user || item.kind !== 'followUp') return false;
  if (canManageCommittee(user, item.organization.id)) return true;
  return !!user.department && user.department === item.department;
}
