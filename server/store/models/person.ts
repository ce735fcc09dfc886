import { Schema, model, type InferSchemaType } from 'mongoose';

export const CHAT_PLATFORMS = ['teams', 'slack'] as const;

const chatIdentitySchema = new Schema(
  {
    platform: { type: String, enum: CHAT_PLATFORMS, required: true },
    /** Teams AAD object id or Slack user id. */
    userId: { type: String, required: true },
    /** Teams tenant or Slack workspace (team) id. */
    tenantId: String,
    /** The language of the user's chat client when they last wrote to the bot: for direct messages. */
    locale: { type: String, enum: ['de', 'en'] },
    linkedAt: { type: Date, default: () => new Date() },
  },
  { _id: false },
);

/** Person (OParl): members, substitutes, administration staff. */
const personSchema = new Schema(
  {
    body: { type: Schema.Types.ObjectId, ref: 'Body', required: true },
    name: { type: String, required: true, trim: true },
    familyName: { type: String, required: true, trim: true },
    givenName: { type: String, trim: true },
    /** Anrede as printed in minutes: Herr, Frau. */
    formOfAddress: String,
    title: { type: [String], default: undefined },
    email: { type: [String], default: undefined },
    /** Administration staff appear under "Verwaltung" in attendance lists and never count for quorum. */
    isAdministration: { type: Boolean, default: false },
    department: String,
    chatIdentities: { type: [chatIdentitySchema], default: [] },
  },
  { timestamps: true },
);
personSchema.index({ body: 1, familyName: 1, givenName: 1 });
personSchema.index({ email: 1 });
personSchema.index(
  { 'chatIdentities.platform': 1, 'chatIdentities.userId': 1 },
  { unique: true, partialFilterExpression: { 'chatIdentities.userId': { $exists: true } } },
);

export type PersonDoc = InferSchemaType<typeof personSchema>;
export const PersonModel = model('Person', personSchema);
