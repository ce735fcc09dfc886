import { Schema, model, type InferSchemaType } from 'mongoose';
import { CHAT_PLATFORMS } from './person';

export const CONFIDENTIALITY_LEVELS = ['public', 'confidential'] as const;

/** A Teams or Slack channel bound to a committee; confidential channels may see non-public items. */
const channelBindingSchema = new Schema(
  {
    platform: { type: String, enum: CHAT_PLATFORMS, required: true },
    /** Teams tenant or Slack workspace id. */
    tenantId: { type: String, required: true },
    channelId: { type: String, required: true },
    channelName: String,
    organization: { type: Schema.Types.ObjectId, ref: 'Organization', required: true },
    confidentiality: { type: String, enum: CONFIDENTIALITY_LEVELS, required: true },
    boundBy: { type: Schema.Types.ObjectId, ref: 'User' },
    active: { type: Boolean, default: true },
  },
  { timestamps: true },
);
channelBindingSchema.index({ platform: 1, channelId: 1, organization: 1 }, { unique: true });
channelBindingSchema.index({ organization: 1, active: 1 });

export type ChannelBindingDoc = InferSchemaType<typeof channelBindingSchema>;
export const ChannelBindingModel = model('ChannelBinding', channelBindingSchema);
