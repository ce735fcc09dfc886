import { Schema, type SchemaDefinition } from 'mongoose';
import { NRW_INQUIRY_RULES, NRW_QUORUM_RULES } from '../../domain/committees/rule-settings';

/** Beschlussfähigkeit settings (§ 49 GO NRW). */
const quorumRuleFields: SchemaDefinition = {
  threshold: { type: String, enum: ['moreThanHalf'] },
  mayorCountsAsMember: Boolean,
  councilMembersMustOutnumberExperts: Boolean,
  deemedQuorateUntilEstablished: Boolean,
};

/** Anfragen rules from the Geschäftsordnung. */
const inquiryRuleFields: SchemaDefinition = {
  deadlineDays: { type: Number, min: 0, max: 60 },
  deadlineDayKind: { type: String, enum: ['working', 'calendar'] },
  /** Local time of day (HH:mm) on the deadline day after which a filing is late. */
  deadlineCutoff: { type: String, match: /^\d{2}:\d{2}$/ },
  maxPerMeeting: { type: Number, min: 0, max: 100 },
  limitPer: { type: String, enum: ['member', 'fraktion'] },
  answerDueDays: { type: Number, min: 1, max: 365 },
};

function withDefaults(fields: SchemaDefinition, defaults: object): SchemaDefinition {
  const entries = Object.entries(fields).map(([key, spec]) => {
    const base = typeof spec === 'function' ? { type: spec } : (spec as object);
    return [key, { ...base, default: (defaults as Record<string, unknown>)[key] }];
  });
  return Object.fromEntries(entries) as SchemaDefinition;
}

/** The body's rules: every field set, NRW defaults. */
export const quorumRulesSchema = new Schema(withDefaults(quorumRuleFields, NRW_QUORUM_RULES), { _id: false });
export const inquiryRulesSchema = new Schema(withDefaults(inquiryRuleFields, NRW_INQUIRY_RULES), {
  _id: false,
});

/** A committee's overrides: only what is set differs from the body; nothing is defaulted. */
export const quorumRuleOverridesSchema = new Schema(quorumRuleFields, { _id: false });
export const inquiryRuleOverridesSchema = new Schema(inquiryRuleFields, { _id: false });
