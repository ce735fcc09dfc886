import { Schema, model } from 'mongoose';

/** A one-time code the dashboard shows so a chat user can link their account to a Person. */
const linkCodeSchema = new Schema(
  {
    code: { type: String, required: true, unique: true },
    person: { type: Schema.Types.ObjectId, ref: 'Person', required: true },
    user: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    expiresAt: { type: Date, required: true },
    usedAt: Date,
  },
  { timestamps: true },
);
linkCodeSchema.index({ expiresAt: 1 }, { expireAfterSeconds: 86_400 });

export const LinkCodeModel = model('LinkCode', linkCodeSchema);
