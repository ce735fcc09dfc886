import { Schema, model } from 'mongoose';

/** A named scheduled run: who holds it right now, and which periods are done. */
const runLeaseSchema = new Schema(
  {
    name: { type: String, required: true, unique: true },
    holder: String,
    leaseUntil: { type: Date, required: true },
    lastCompletedAt: Date,
  },
  { versionKey: false },
);

export const RunLeaseModel = model('RunLease', runLeaseSchema);
