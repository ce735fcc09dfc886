import { Schema, model, type InferSchemaType } from 'mongoose';
import { PAPER_TYPES } from '../../domain/papers/paper-types';

/** Vorlage / Drucksache (OParl Paper). */
const paperSchema = new Schema(
  {
    body: { type: Schema.Types.ObjectId, ref: 'Body', required: true },
    reference: { type: String, required: true, trim: true },
    name: { type: String, required: true, trim: true },
    paperType: { type: String, enum: PAPER_TYPES, required: true },
    date: Date,
    /** Non-public papers are seen only by persons with rights in a committee consulting them. */
    public: { type: Boolean, default: true },
    /** Committees consulting the paper (denormalised from its consultations for authorization). */
    organizations: { type: [Schema.Types.ObjectId], ref: 'Organization', default: [] },
    originatorPerson: { type: [Schema.Types.ObjectId], ref: 'Person', default: undefined },
    originatorOrganization: { type: [Schema.Types.ObjectId], ref: 'Organization', default: undefined },
    /** Federführende Dienststelle, as printed. */
    underDirectionOf: String,
    summary: String,
    mainFileUrl: String,
  },
  { timestamps: true },
);
paperSchema.index({ body: 1, reference: 1 }, { unique: true });
paperSchema.index({ organizations: 1, date: -1 });

export type PaperDoc = InferSchemaType<typeof paperSchema>;
export const PaperModel = model('Paper', paperSchema);
