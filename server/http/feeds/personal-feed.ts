import { FeedTokenModel } from '../../store/models/feed-token';
import { UserModel } from '../../store/models/user';
import type { FeedContent } from './calendar';
import {
  feedWindow,
  filingDeadlines,
  memberCommitteeIds,
  openFollowUpsOf,
  publicFeedMeetings,
} from './feed-source';
import { hashFeedToken } from './feed-token-hash';

/**
 * The personal feed behind a secret token: meetings of the user's committees, the Anfragen filing
 * deadlines where the person is a member, and the follow-ups the person owns. Null for unknown or
 * revoked tokens and disabled users.
 */
export async function personalFeedContent(token: string, now: Date): Promise<FeedContent | null> {
  const feedToken = await FeedTokenModel.findOne({ tokenHash: hashFeedToken(token), revokedAt: null }).lean();
  if (!feedToken) return null;
  const user = await UserModel.findById(feedToken.user).lean();
  if (!user || user.disabled) return null;
  await FeedTokenModel.updateOne({ _id: feedToken._id }, { $set: { lastUsedAt: now } });

  const personId = user.person?.toHexString();
  const memberOf = personId ? await memberCommitteeIds(personId, now) : [];
  const committees = [...new Set([...memberOf, ...user.officeCommitteeIds.map((id) => id.toHexString())])];
  const window = feedWindow(now);
  const [meetings, deadlines, followUps] = await Promise.all([
    committees.length ? publicFeedMeetings(window, committees) : Promise.resolve([]),
    filingDeadlines(memberOf, now, window.to),
    personId ? openFollowUpsOf(personId) : Promise.resolve([]),
  ]);
  return { name: `Meine Sitzungen und Fristen – ${user.displayName}`, meetings, deadlines, followUps };
}
