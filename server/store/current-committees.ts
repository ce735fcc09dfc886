import type { Types } from 'mongoose';
import { MembershipModel } from './models/membership';
import { OrganizationModel } from './models/organization';

/**
 * The committees in which a person holds a membership current at `now` (Fraktion memberships are
 * not committee memberships). The basis of a member's rights.
 */
export async function currentCommitteeIds(person: Types.ObjectId | string, now: Date): Promise<string[]> {
  const organizationIds = await MembershipModel.distinct('organization', {
    person,
    $and: [
      { $or: [{ startDate: null }, { startDate: { $lte: now } }] },
      { $or: [{ endDate: null }, { endDate: { $gte: now } }] },
    ],
  });
  if (organizationIds.length === 0) return [];
  const committees = await OrganizationModel.distinct('_id', {
    _id: { $in: organizationIds },
    kind: 'committee',
  });
  return committees.map(String);
}
