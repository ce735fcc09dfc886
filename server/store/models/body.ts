import { Schema, model, type InferSchemaType } from 'mongoose';
import { inquiryRulesSchema, quorumRulesSchema } from './rules';

/** Körperschaft: the municipality or district (OParl Body). Holds the rule defaults of its committees. */
const bodySchema = new Schema(
  {
    name: { type: String, required: true, trim: true },
    shortName: { type: String, required: true, trim: true, unique: true },
    website: String,
    ags: String,
    /** Federal state code for public holidays (NW, BY, ...). */
    state: { type: String, default: 'NW' },
    timeZone: { type: String, default: 'Europe/Berlin' },
    inquiryNumberPattern: { type: String, default: 'AN/{seq:4}/{year}' },
    quorumRules: { type: quorumRulesSchema, default: () => ({}) },
    inquiryRules: { type: inquiryRulesSchema, default: () => ({}) },
    /** Days before a session the attendance request goes out (committees may override); unset: 5. */
    attendanceRequestDaysBefore: { type: Number, min: 1, max: 60 },
  },
  { timestamps: true },
);

export type BodyDoc = InferSchemaType<typeof bodySchema>;
export const BodyModel = model('Body', bodySchema);
