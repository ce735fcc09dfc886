import { Schema, model, type InferSchemaType } from 'mongoose';
import { bumpsStampOnWrite } from '../change-stamps/bump-on-write';
import { inquiryRuleOverridesSchema, quorumRuleOverridesSchema } from './rules';

export const ORGANIZATION_KINDS = ['committee', 'fraktion'] as const;

const agendaTemplateItemSchema = new Schema(
  {
    name: { type: String, required: true },
    public: { type: Boolean, default: true },
    level: { type: Number, enum: [1, 2], default: 1 },
  },
  { _id: false },
);

/** Gremium (committee, subcommittee, council) or Fraktion (OParl Organization). */
const organizationSchema = new Schema(
  {
    body: { type: Schema.Types.ObjectId, ref: 'Body', required: true },
    kind: { type: String, enum: ORGANIZATION_KINDS, required: true },
    name: { type: String, required: true, trim: true },
    shortName: { type: String, required: true, trim: true },
    /** OParl classification as printed: Ausschuss, Unterausschuss, Rat, Fraktion. */
    classification: String,
    subOrganizationOf: { type: Schema.Types.ObjectId, ref: 'Organization' },
    startDate: Date,
    endDate: Date,
    website: String,
    /** Statutory number of voting members (the basis of quorum). */
    votingMemberCount: { type: Number, min: 1, max: 200 },
    /** Overrides of the body's rule defaults; unset fields inherit. */
    quorumRules: quorumRuleOverridesSchema,
    inquiryRules: inquiryRuleOverridesSchema,
    /** Days before a session the attendance request goes out; unset: the body's setting, else 5. */
    attendanceRequestDaysBefore: { type: Number, min: 1, max: 60 },
    /** Items every new meeting starts with (e.g. the Köln standard items 1-7). */
    agendaTemplate: { type: [agendaTemplateItemSchema], default: undefined },
    /** Köln restarts numbering in the nichtöffentlicher Teil; Kreis Mettmann numbers on. */
    agendaRestartNumberingInNonPublic: { type: Boolean, default: true },
    /** Colour of the committee in the dashboard calendar (#rrggbb). */
    color: { type: String, match: /^#[0-9a-fA-F]{6}$/ },
  },
  { timestamps: true },
);
organizationSchema.index({ body: 1, shortName: 1 }, { unique: true });
organizationSchema.index({ body: 1, kind: 1, name: 1 });
organizationSchema.plugin(bumpsStampOnWrite, { stamp: 'organizations' });

export type OrganizationDoc = InferSchemaType<typeof organizationSchema>;
export const OrganizationModel = model('Organization', organizationSchema);
