import { Schema, model, type InferSchemaType } from 'mongoose';

export const CONSULTATION_ROLES = ['Vorberatung', 'Entscheidung', 'Kenntnisnahme'] as const;

/** Beratungsfolge: one paper consulted in one committee, usually at one meeting. */
const consultationSchema = new Schema(
  {
    paper: { type: Schema.Types.ObjectId, ref: 'Paper', required: true },
    organization: { type: Schema.Types.ObjectId, ref: 'Organization', required: true },
    meeting: { type: Schema.Types.ObjectId, ref: 'Meeting' },
    agendaItem: Schema.Types.ObjectId,
    role: { type: String, enum: CONSULTATION_ROLES, required: true },
    authoritative: { type: Boolean, default: false },
  },
  { timestamps: true },
);
consultationSchema.index({ paper: 1, organization: 1, meeting: 1 }, { unique: true });
consultationSchema.index({ meeting: 1 });

export type ConsultationDoc = InferSchemaType<typeof consultationSchema>;
export const ConsultationModel = model('Consultation', consultationSchema);
