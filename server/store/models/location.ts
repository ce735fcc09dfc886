import { Schema, model, type InferSchemaType } from 'mongoose';

/** Sitzungsort (OParl Location). */
const locationSchema = new Schema(
  {
    body: { type: Schema.Types.ObjectId, ref: 'Body', required: true, index: true },
    description: { type: String, required: true },
    streetAddress: String,
    room: String,
    postalCode: String,
    locality: String,
  },
  { timestamps: true },
);

export type LocationDoc = InferSchemaType<typeof locationSchema>;
export const LocationModel = model('Location', locationSchema);
