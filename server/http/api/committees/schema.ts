import { z } from 'zod';
import { clearableText, dateOrDateTime, objectIdString, text } from '../common/schemas';

const kind = z.enum(['committee', 'fraktion']);

export const listCommitteesQuery = z.strictObject({
  kind: kind.optional(),
  body: objectIdString.optional(),
});

const templateItem = z.strictObject({
  name: text(300),
  public: z.boolean().default(true),
  level: z.union([z.literal(1), z.literal(2)]).default(1),
});

/** Each setting: a value overrides the body's, null goes back to inheriting it. */
const quorumOverrides = z.strictObject({
  threshold: z.enum(['moreThanHalf']).nullable().optional(),
  mayorCountsAsMember: z.boolean().nullable().optional(),
  councilMembersMustOutnumberExperts: z.boolean().nullable().optional(),
  deemedQuorateUntilEstablished: z.boolean().nullable().optional(),
});

const inquiryOverrides = z.strictObject({
  deadlineDays: z.number().int().min(0).max(60).nullable().optional(),
  deadlineDayKind: z.enum(['working', 'calendar']).nullable().optional(),
  deadlineCutoff: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Erwartet eine Uhrzeit HH:MM' })
    .nullable()
    .optional(),
  maxPerMeeting: z.number().int().min(0).max(100).nullable().optional(),
  limitPer: z.enum(['member', 'fraktion']).nullable().optional(),
  answerDueDays: z.number().int().min(1).max(365).nullable().optional(),
});

const committeeFields = {
  classification: clearableText(100),
  subOrganizationOf: objectIdString.nullable().optional(),
  startDate: dateOrDateTime.nullable().optional(),
  endDate: dateOrDateTime.nullable().optional(),
  website: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .nullable()
    .optional(),
  votingMemberCount: z.number().int().min(1).max(200).nullable().optional(),
  quorumRules: quorumOverrides.optional(),
  inquiryRules: inquiryOverrides.optional(),
  agendaTemplate: z.array(templateItem).max(100).nullable().optional(),
  numbering: z.strictObject({ restartInNonPublic: z.boolean() }).optional(),
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, { error: 'Erwartet eine Farbe #rrggbb' })
    .nullable()
    .optional(),
};

export const createCommitteeBody = z.strictObject({
  body: objectIdString,
  kind: kind.default('committee'),
  name: text(300),
  shortName: text(100),
  ...committeeFields,
});

export const updateCommitteeBody = z.strictObject({
  name: text(300).optional(),
  shortName: text(100).optional(),
  ...committeeFields,
});

export type CreateCommitteeBody = z.output<typeof createCommitteeBody>;
export type UpdateCommitteeBody = z.output<typeof updateCommitteeBody>;
