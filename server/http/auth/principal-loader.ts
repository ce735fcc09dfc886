import { isValidObjectId, type Types } from 'mongoose';
import type { Principal } from '../../domain/access/principal';
import { MembershipModel } from '../../store/models/membership';
import { OrganizationModel } from '../../store/models/organization';
import { UserModel } from '../../store/models/user';

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

async function currentCommitteeIds(person: Types.ObjectId, now: Date): Promise<string[]> {
  const organizationIds = await MembershipModel.distinct('organization', {
    person,
    $and: [
      { $or: [{ startDate: null }, { startDate: { $lte: now } }] },
      { $or: [{ endDate: null }, { endDate: { $gte: now } }] },
    ],
  });
  if (organizationIds.length === 0) return [];
  // Fraktion memberships are not committee memberships.
  const committees = await OrganizationModel.distinct('_id', {
    _id: { $in: organizationIds },
    kind: 'committee',
  });
  return committees.map(String);
}
