import { Schema, model, type InferSchemaType } from 'mongoose';

/** Wahlperiode. */
const legislativeTermSchema = new Schema(
  {
    body: { type: Schema.Types.ObjectId, ref: 'Body', required: true, index: true },
    name: { type: String, required: true },
    startDate: { type: Date, required: true },
    endDate: Date,
  },
  { timestamps: true },
);
legislativeTermSchema.index({ body: 1, name: 1 }, { unique: true });

export type LegislativeTermDoc = InferSchemaType<typeof legislativeTermSchema>;
export const LegislativeTermModel = model('LegislativeTerm', legislativeTermSchema);
