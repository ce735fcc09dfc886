import { isValidObjectId } from 'mongoose';
import type { Principal } from '../../domain/access/principal';
import { UserModel } from '../../store/models/user';
import { currentCommitteeIds } from '../../store/current-committees';

/**
 * Builds the Principal for a logged-in user: roles and office committees from the User, member
 * committees from the linked Person's memberships current at `now`. Null when the user no longer
 * exists or is disabled (the session then stops authenticating).
 */
export async function loadPrincipal(userId: string, now: Date): Promise<Principal | null> {
  if (!isValidObjectId(userId)) return null;
  const user = await UserModel.findById(userId).lean();
  if (!user || user.disabled) return null;
  return {
    kind: 'user',
    userId: user._id.toString(),
    displayName: user.displayName,
    roles: user.roles,
    personId: user.person?.toString(),
    officeCommitteeIds: user.officeCommitteeIds.map(String),
    memberCommitteeIds: user.person ? await currentCommitteeIds(user.person, now) : [],
    department: user.department ?? undefined,
  };
}
