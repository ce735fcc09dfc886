import { Schema, model } from 'mongoose';

/** The data sets whose readers keep a snapshot in memory, each with its own stamp. */
export const STAMP_NAMES = ['organizations', 'meeting-summaries', 'open-items'] as const;
export type StampName = (typeof STAMP_NAMES)[number];

/**
 * One stamp per data set: `token` gets a fresh value with every write to it, so an instance's
 * snapshot is current exactly while the token it was read under is still stored.
 */
const changeStampSchema = new Schema(
  {
    _id: { type: String, enum: STAMP_NAMES },
    token: { type: Schema.Types.ObjectId, required: true },
  },
  { versionKey: false, collection: 'changestamps' },
);

export const ChangeStampModel = model('ChangeStamp', changeStampSchema);
