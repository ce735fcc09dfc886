import { Schema, model, type InferSchemaType } from 'mongoose';

export const ATTENDANCE_RESPONSES = ['attending', 'excused', 'substitute'] as const;
export const ATTENDEE_CATEGORIES = ['member', 'substitute', 'administration', 'guest'] as const;

const presenceEventSchema = new Schema(
  {
    kind: { type: String, enum: ['arrive', 'leave'], required: true },
    at: { type: Date, required: true },
    recordedBy: { type: Schema.Types.ObjectId, ref: 'User' },
    source: { type: String, enum: ['office', 'self', 'api'], default: 'office' },
  },
  { _id: false },
);

/** Anwesenheit of one person at one meeting: the answer before, and the timeline during the session. */
const attendanceSchema = new Schema(
  {
    meeting: { type: Schema.Types.ObjectId, ref: 'Meeting', required: true },
    person: { type: Schema.Types.ObjectId, ref: 'Person', required: true },
    category: { type: String, enum: ATTENDEE_CATEGORIES, required: true },
    response: { type: String, enum: ATTENDANCE_RESPONSES },
    respondedAt: Date,
    /** i.V.f.: the member this person substitutes for. */
    substituteFor: { type: Schema.Types.ObjectId, ref: 'Person' },
    substituteConfirmed: Boolean,
    /** When the attendance request and its one reminder went out by direct message. */
    requestedAt: Date,
    remindedAt: Date,
    events: { type: [presenceEventSchema], default: [] },
    /** Agenda items the person declared Befangenheit for. */
    biasedItems: { type: [Schema.Types.ObjectId], default: [] },
    note: String,
  },
  { timestamps: true },
);
attendanceSchema.index({ meeting: 1, person: 1 }, { unique: true });

export type AttendanceDoc = InferSchemaType<typeof attendanceSchema>;
export const AttendanceModel = model('Attendance', attendanceSchema);
