import { Schema, model, type InferSchemaType } from 'mongoose';
import { bumpsStampOnWrite } from '../change-stamps/bump-on-write';
import { INQUIRY_STATES } from '../../domain/inquiries/ports';

export { INQUIRY_STATES };

const stateChangeSchema = new Schema(
  {
    state: { type: String, enum: INQUIRY_STATES, required: true },
    at: { type: Date, required: true },
    by: { type: Schema.Types.ObjectId, ref: 'User' },
    note: String,
  },
  { _id: false },
);

/** Anfrage of a member or Fraktion to the administration. */
const inquirySchema = new Schema(
  {
    body: { type: Schema.Types.ObjectId, ref: 'Body', required: true },
    organization: { type: Schema.Types.ObjectId, ref: 'Organization', required: true },
    meeting: { type: Schema.Types.ObjectId, ref: 'Meeting' },
    number: String,
    subject: { type: String, required: true, trim: true },
    text: { type: String, required: true },
    kind: { type: String, enum: ['schriftlich', 'muendlich'], required: true },
    author: { type: Schema.Types.ObjectId, ref: 'Person', required: true },
    onBehalfOf: { type: Schema.Types.ObjectId, ref: 'Organization' },
    attachmentUrl: String,
    public: { type: Boolean, default: true },
    state: { type: String, enum: INQUIRY_STATES, default: 'eingereicht' },
    history: { type: [stateChangeSchema], default: [] },
    department: String,
    dueDate: Date,
    answer: {
      text: String,
      fileUrl: String,
      answeredAt: Date,
    },
    /** Ergänzende Antworten zur Niederschrift added to the answer. */
    addenda: {
      type: [
        new Schema({ text: { type: String, required: true }, fileUrl: String, at: Date }, { _id: false }),
      ],
      default: [],
    },
    /** Reason of a rejection (zurückgewiesen). */
    reason: String,
    /** The submission's id from the form: a retry returns the same Anfrage. */
    requestId: String,
    /** Set by the one caller that draws the number, so a racing retry never draws a second. */
    numberingClaimedAt: Date,
    /** Filed after the deadline and moved to the next meeting (from `movedFrom`). */
    late: { type: Boolean, default: false },
    movedFrom: { type: Schema.Types.ObjectId, ref: 'Meeting' },
    /** Later meetings whose agenda carries it as unanswered, with the sub-item. */
    carriedTo: {
      type: [
        new Schema({ meeting: Schema.Types.ObjectId, agendaItem: Schema.Types.ObjectId }, { _id: false }),
      ],
      default: [],
    },
    /** Ergänzende Antwort zur Niederschrift: links to the original inquiry. */
    supplementTo: { type: Schema.Types.ObjectId, ref: 'Inquiry' },
    paper: { type: Schema.Types.ObjectId, ref: 'Paper' },
  },
  { timestamps: true },
);
inquirySchema.index(
  { body: 1, number: 1 },
  { unique: true, partialFilterExpression: { number: { $type: 'string' } } },
);
inquirySchema.index({ organization: 1, state: 1, dueDate: 1 });
inquirySchema.index({ state: 1, dueDate: 1 });
inquirySchema.index({ author: 1, meeting: 1 });
inquirySchema.index(
  { author: 1, requestId: 1 },
  { unique: true, partialFilterExpression: { requestId: { $type: 'string' } } },
);
inquirySchema.index({ department: 1, state: 1 });
inquirySchema.plugin(bumpsStampOnWrite, { stamp: 'open-items' });

export type InquiryDoc = InferSchemaType<typeof inquirySchema>;
export const InquiryModel = model('Inquiry', inquirySchema);
