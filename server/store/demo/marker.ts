import { Schema, model } from 'mongoose';

/**
 * Records that the demo data set was loaded into this database. Its generated meetings depend on
 * the date of the first load, so later starts must not add another round of them.
 */
const demoDataLoadSchema = new Schema(
  {
    _id: { type: String, required: true },
    state: { type: String, enum: ['loading', 'complete'], required: true },
    startedAt: { type: Date, required: true },
    completedAt: Date,
    /** The `now` the relative dates were computed from. */
    referenceDate: { type: Date, required: true },
  },
  { versionKey: false },
);

export const DemoDataLoadModel = model('DemoDataLoad', demoDataLoadSchema, 'demo_data_loads');
export const DEMO_MARKER_ID = 'demo-data';
