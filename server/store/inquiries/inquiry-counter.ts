import { Schema, model } from 'mongoose';

/** Next Anfrage number per body and year, drawn atomically with `$inc`. */
const inquiryCounterSchema = new Schema({
  body: { type: Schema.Types.ObjectId, ref: 'Body', required: true },
  year: { type: Number, required: true },
  seq: { type: Number, required: true, default: 0 },
});
inquiryCounterSchema.index({ body: 1, year: 1 }, { unique: true });

export const InquiryCounterModel = model('InquiryCounter', inquiryCounterSchema);
