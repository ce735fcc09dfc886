import type {
  CommitteeChanges,
  CommitteeRecord,
  CommitteeStore,
  NewCommittee,
} from '../../domain/committees/ports';
import { BodyModel } from '../models/body';
import { FollowUpModel } from '../models/follow-up';
import { InquiryModel } from '../models/inquiry';
import { MeetingModel } from '../models/meeting';
import { MembershipModel } from '../models/membership';
import { OrganizationModel } from '../models/organization';
import { PaperModel } from '../models/paper';
import { deepFreeze, StampedSnapshot } from '../change-stamps/stamped-snapshot';
import { inTransaction } from '../change-stamps/stamps';
import { idString, objectId, optional, optionalId, toUpdate } from './mapping';

type OrganizationLean = Record<string, unknown> & { _id: unknown };

/**
 * Reads are lean on purpose: hydrated documents would fill the rule sub-schemas with their
 * defaults, hiding which settings the committee overrides and which it inherits from the body.
 */
export function toCommitteeRecord(doc: OrganizationLean): CommitteeRecord {
  const d = doc as unknown as {
    _id: unknown;
    body: unknown;
    kind: CommitteeRecord['kind'];
    name: string;
    shortName: string;
    classification?: string | null;
    subOrganizationOf?: unknown;
    startDate?: Date | null;
    endDate?: Date | null;
    website?: string | null;
    votingMemberCount?: number | null;
    quorumRules?: CommitteeRecord['quorumRules'] | null;
    inquiryRules?: CommitteeRecord['inquiryRules'] | null;
    agendaTemplate?: { name: string; public?: boolean | null; level?: number | null }[] | null;
    agendaRestartNumberingInNonPublic?: boolean | null;
    color?: string | null;
  };
  return {
    id: idString(d._id),
    body: idString(d.body),
    kind: d.kind,
    name: d.name,
    shortName: d.shortName,
    classification: optional(d.classification),
    subOrganizationOf: optionalId(d.subOrganizationOf),
    startDate: optional(d.startDate),
    endDate: optional(d.endDate),
    website: optional(d.website),
    votingMemberCount: optional(d.votingMemberCount),
    quorumRules: optional(d.quorumRules),
    inquiryRules: optional(d.inquiryRules),
    agendaTemplate: d.agendaTemplate?.map((item) => ({
      name: item.name,
      public: item.public ?? true,
      level: item.level === 2 ? 2 : 1,
    })),
    restartNumberingInNonPublic: d.agendaRestartNumberingInNonPublic ?? true,
    color: optional(d.color),
  };
}

function toDocumentFields(changes: CommitteeChanges): Record<string, unknown> {
  const { restartNumberingInNonPublic, subOrganizationOf, ...rest } = changes;
  return {
    ...rest,
    subOrganizationOf: subOrganizationOf ? objectId(subOrganizationOf) : subOrganizationOf,
    agendaRestartNumberingInNonPublic: restartNumberingInNonPublic,
  };
}

const organizations = new StampedSnapshot('organizations', async () => {
  const docs = await OrganizationModel.find({}).lean();
  return new Map(docs.map((doc) => [idString(doc._id), deepFreeze(toCommitteeRecord(doc))]));
});

export const mongoCommitteeStore: CommitteeStore = {
  async list(filter) {
    const query: Record<string, unknown> = {};
    if (filter.kind) query.kind = filter.kind;
    if (filter.body) query.body = objectId(filter.body);
    const docs = await OrganizationModel.find(query).sort({ name: 1 }).lean();
    return docs.map(toCommitteeRecord);
  },

  async findById(id) {
    const doc = await OrganizationModel.findById(objectId(id)).lean();
    return doc ? toCommitteeRecord(doc) : null;
  },

  /** From the snapshot of all organizations (a few dozen records, changed rarely). */
  async findByIds(ids) {
    if (ids.length === 0) return [];
    const byId = await organizations.get();
    return [...new Set(ids)].flatMap((id) => byId.get(id) ?? []);
  },

  async bodyRules(bodyId) {
    const body = await BodyModel.findById(objectId(bodyId)).lean();
    if (!body) return null;
    return {
      id: idString(body._id),
      name: body.name,
      quorumRules: optional(body.quorumRules) as CommitteeRecord['quorumRules'],
      inquiryRules: optional(body.inquiryRules) as CommitteeRecord['inquiryRules'],
    };
  },

  async create(committee: NewCommittee) {
    const { body, kind, name, shortName, quorumRules, inquiryRules, ...rest } = committee;
    // Rule overrides go in as dotted paths so the sub-schema defaults do not pose as overrides.
    const update = toUpdate(toDocumentFields({ ...rest, quorumRules, inquiryRules }), [
      'quorumRules',
      'inquiryRules',
    ]);
    const createdId = await inTransaction(async () => {
      const created = await OrganizationModel.create({ body: objectId(body), kind, name, shortName });
      if (Object.keys(update).length)
        await OrganizationModel.updateOne({ _id: created._id }, update, { runValidators: true });
      return created._id.toHexString();
    });
    const stored = await mongoCommitteeStore.findById(createdId);
    if (!stored) throw new Error('created committee vanished');
    return stored;
  },

  async update(id, changes) {
    const update = toUpdate(toDocumentFields(changes), ['quorumRules', 'inquiryRules']);
    if (Object.keys(update).length) {
      const result = await inTransaction(() =>
        OrganizationModel.updateOne({ _id: objectId(id) }, update, { runValidators: true }),
      );
      if (result.matchedCount === 0) return null;
    }
    return mongoCommitteeStore.findById(id);
  },

  async countReferences(id) {
    const organization = objectId(id);
    const counts = await Promise.all([
      MeetingModel.countDocuments({ organization }),
      MembershipModel.countDocuments({ $or: [{ organization }, { onBehalfOf: organization }] }),
      PaperModel.countDocuments({ organizations: organization }),
      InquiryModel.countDocuments({ $or: [{ organization }, { onBehalfOf: organization }] }),
      FollowUpModel.countDocuments({ organization }),
    ]);
    return counts.reduce((sum, n) => sum + n, 0);
  },

  async delete(id) {
    await inTransaction(() => OrganizationModel.deleteOne({ _id: objectId(id) }));
  },
};
