import { Schema } from 'mongoose';

/** Beschlussfähigkeit settings; NRW defaults (§ 49 GO NRW). */
export const quorumRulesSchema = new Schema(
  {
    /** More than half of the statutory number of voting members must be present. */
    threshold: { type: String, enum: ['moreThanHalf'], default: 'moreThanHalf' },
    mayorCountsAsMember: { type: Boolean, default: false },
    councilMembersMustOutnumberExperts: { type: Boolean, default: false },
    deemedQuorateUntilEstablished: { type: Boolean, default: true },
  },
  { _id: false },
);

/** Anfragen rules from the Geschäftsordnung. */
export const inquiryRulesSchema = new Schema(
  {
    deadlineDays: { type: Number, min: 0, max: 60, default: 2 },
    deadlineDayKind: { type: String, enum: ['working', 'calendar'], default: 'working' },
    /** Local time of day (HH:mm) on the deadline day after which a filing is late. */
    deadlineCutoff: { type: String, match: /^\d{2}:\d{2}$/, default: '12:00' },
    maxPerMeeting: { type: Number, min: 0, max: 100, default: 2 },
    limitPer: { type: String, enum: ['member', 'fraktion'], default: 'member' },
    answerDueDays: { type: Number, min: 1, max: 365, default: 14 },
  },
  { _id: false },
);
