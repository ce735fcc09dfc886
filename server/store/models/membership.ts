import { Schema, model, type InferSchemaType } from 'mongoose';
import { MEMBERSHIP_ROLES, SEAT_KINDS } from '../../domain/memberships/ports';

export { MEMBERSHIP_ROLES, SEAT_KINDS };

/** Mitgliedschaft (OParl Membership) of a person in a committee or Fraktion. */
const membershipSchema = new Schema(
  {
    person: { type: Schema.Types.ObjectId, ref: 'Person', required: true },
    organization: { type: Schema.Types.ObjectId, ref: 'Organization', required: true },
    role: { type: String, enum: MEMBERSHIP_ROLES, required: true },
    votingRight: { type: Boolean, required: true },
    /** Fraktion the person sits for. */
    onBehalfOf: { type: Schema.Types.ObjectId, ref: 'Organization' },
    /** Council member or expert citizen (for the "council members must outnumber" rule). */
    seatKind: { type: String, enum: SEAT_KINDS, default: 'council' },
    /** For substitutes: the persons they may represent (empty: any member of the same Fraktion). */
    mayRepresent: { type: [Schema.Types.ObjectId], ref: 'Person', default: undefined },
    startDate: Date,
    endDate: Date,
  },
  { timestamps: true },
);
membershipSchema.index({ organization: 1, endDate: 1 });
/** One seat per person, committee, role and start: re-entering the same seat later needs a new start date. */
membershipSchema.index({ organization: 1, person: 1, role: 1, startDate: 1 }, { unique: true });
membershipSchema.index({ person: 1, endDate: 1 });

export type MembershipDoc = InferSchemaType<typeof membershipSchema>;
export const MembershipModel = model('Membership', membershipSchema);
