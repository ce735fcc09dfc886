import { Types } from 'mongoose';
import type { ResultStore, StoredVote } from '../../domain/results/ports';
import { inTransaction } from '../change-stamps/stamps';
import { MeetingModel } from '../models/meeting';
import { objectId } from '../repositories/mapping';

type VoteLean = {
  kind: StoredVote['kind'];
  yes?: number | null;
  no?: number | null;
  abstain?: number | null;
  breakdown?: { group: string; yes?: number | null; no?: number | null; abstain?: number | null }[] | null;
  referredTo?: string | null;
  withoutVote?: boolean | null;
  version: number;
  recordedAt?: Date | null;
};

function counts<T extends { yes?: number | null; no?: number | null; abstain?: number | null }>(doc: T) {
  return {
    ...(doc.yes != null ? { yes: doc.yes } : {}),
    ...(doc.no != null ? { no: doc.no } : {}),
    ...(doc.abstain != null ? { abstain: doc.abstain } : {}),
  };
}

export function toStoredVote(doc: VoteLean): StoredVote {
  return {
    kind: doc.kind,
    ...counts(doc),
    ...(doc.breakdown?.length
      ? { breakdown: doc.breakdown.map((entry) => ({ group: entry.group, ...counts(entry) })) }
      : {}),
    ...(doc.referredTo ? { referredTo: doc.referredTo } : {}),
    ...(doc.withoutVote ? { withoutVote: true } : {}),
    version: doc.version,
    ...(doc.recordedAt ? { recordedAt: doc.recordedAt } : {}),
  };
}

/**
 * Results are written into the one embedded item by a positional update, so the other items and
 * their votes stay as they are; the meeting's version still guards against concurrent edits.
 */
export const mongoResultStore: ResultStore = {
  async votesOf(meetingId) {
    const doc = await MeetingModel.findById(objectId(meetingId), { agendaItems: 1 }).lean<{
      agendaItems?: { _id: unknown; vote?: VoteLean | null }[];
    }>();
    const votes = new Map<string, StoredVote>();
    for (const item of doc?.agendaItems ?? []) {
      if (item.vote) votes.set(String(item._id), toStoredVote(item.vote));
    }
    return votes;
  },

  async save(meetingId, meetingVersion, itemId, change) {
    const set: Record<string, unknown> = {
      'agendaItems.$.result': change.result,
      'agendaItems.$.vote': {
        ...change.vote,
        ...(change.recordedBy && Types.ObjectId.isValid(change.recordedBy)
          ? { recordedBy: objectId(change.recordedBy) }
          : {}),
      },
    };
    const unset: Record<string, ''> = {};
    if (typeof change.resolutionText === 'string')
      set['agendaItems.$.resolutionText'] = change.resolutionText;
    if (change.resolutionText === null) unset['agendaItems.$.resolutionText'] = '';
    const result = await inTransaction(() =>
      MeetingModel.updateOne(
        { _id: objectId(meetingId), __v: meetingVersion, 'agendaItems._id': objectId(itemId) },
        { $set: set, ...(Object.keys(unset).length ? { $unset: unset } : {}), $inc: { __v: 1 } },
        { runValidators: true },
      ),
    );
    return result.modifiedCount === 1;
  },
};
