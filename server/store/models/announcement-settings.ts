import { Schema, model } from 'mongoose';

/**
 * Reminder schedule for a body's committees or one committee (the committee's entry wins).
 * Without an entry the defaults apply (7 days and 1 day before).
 */
const announcementSettingsSchema = new Schema(
  {
    scope: { type: String, enum: ['body', 'organization'], required: true },
    ref: { type: Schema.Types.ObjectId, required: true },
    reminderDaysBefore: { type: [Number], default: [7, 1] },
  },
  { timestamps: true },
);
announcementSettingsSchema.index({ scope: 1, ref: 1 }, { unique: true });

export const AnnouncementSettingsModel = model('AnnouncementSettings', announcementSettingsSchema);
