import { pathToFileURL } from 'node:url';
import mongoose, { type Model } from 'mongoose';
import {
  BodyModel,
  FollowUpModel,
  InquiryModel,
  MeetingModel,
  MembershipModel,
  OrganizationModel,
  PaperModel,
  PersonModel,
} from '../../server/store/models';
import { STAMP_NAMES } from '../../server/store/change-stamps/change-stamp-model';
import { bumpStamp } from '../../server/store/change-stamps/stamps';
import { insertInBatches } from './insert';
import { generateMeetings } from './meetings';
import { generateFollowUps, generateInquiries } from './open-items';
import { Prng } from './prng';
import { generateStructure } from './structure';

export interface DatasetOptions {
  seed?: number;
  now: Date;
  committees?: number;
  years?: number;
  inquiries?: number;
  followUps?: number;
  batchSize?: number;
}

export interface DatasetSummary {
  counts: Record<string, number>;
  agendaItems: number;
  committeeIds: string[];
  generateMs: number;
  insertMs: number;
}

const DAY = 86_400_000;

/**
 * The benchmark data set: ten years of 60 committees (about 7,000 meetings with 100,000 embedded
 * agenda items), 20,000 Anfragen and 20,000 follow-ups, with persons and memberships. Deterministic
 * for a seed and `now`. Expects empty collections with their indexes built.
 */
export async function generateDataset(options: DatasetOptions): Promise<DatasetSummary> {
  const {
    now,
    seed = 20191118,
    committees = 60,
    years = 10,
    inquiries = 20_000,
    followUps = 20_000,
    batchSize = 1_000,
  } = options;
  const began = performance.now();
  const prng = new Prng(seed);
  const since = new Date(now.getTime() - years * 365 * DAY);
  const until = new Date(now.getTime() + 120 * DAY);
  const structure = generateStructure(prng, committees, since, now);
  const meetingSet = generateMeetings(prng, structure.body._id, structure.committees, since, until, now);
  const held = [...meetingSet.byCommittee.values()].flat().filter((m) => m.held);
  const inquiryDocs = generateInquiries(
    prng,
    structure.body._id,
    meetingSet.byCommittee,
    inquiries,
    since,
    now,
  );
  const followUpDocs = generateFollowUps(prng, structure.body._id, held, followUps, now);
  const generated = performance.now();

  const plan: Array<[Model<never>, Record<string, unknown>[]]> = [
    [BodyModel as unknown as Model<never>, [structure.body]],
    [OrganizationModel as unknown as Model<never>, structure.organizations],
    [PersonModel as unknown as Model<never>, structure.persons],
    [MembershipModel as unknown as Model<never>, structure.memberships],
    [PaperModel as unknown as Model<never>, meetingSet.papers],
    [MeetingModel as unknown as Model<never>, meetingSet.meetings],
    [InquiryModel as unknown as Model<never>, inquiryDocs],
    [FollowUpModel as unknown as Model<never>, followUpDocs],
  ];
  const counts: Record<string, number> = {};
  for (const [model, docs] of plan) {
    // Meetings carry ~15 embedded items each: smaller batches keep each message well below 16 MB.
    counts[model.modelName] = await insertInBatches(
      model,
      docs,
      model === (MeetingModel as unknown) ? batchSize / 4 : batchSize,
    );
  }
  // Inserted past mongoose: tell the snapshots kept by running instances (see server/store/change-stamps).
  for (const name of STAMP_NAMES) await bumpStamp(name, undefined);
  return {
    counts,
    agendaItems: meetingSet.agendaItems,
    committeeIds: structure.committees.map((c) => c.id.toString()),
    generateMs: Math.round(generated - began),
    insertMs: Math.round(performance.now() - generated),
  };
}

/** `MONGODB_URI=mongodb://… npx tsx bench/dataset/generate.ts`: fills an empty database and prints the counts. */
async function main(): Promise<void> {
  const uri = process.env.MONGODB_URI;
  if (!uri) throw new Error('Set MONGODB_URI to an empty database.');
  await mongoose.connect(uri);
  try {
    for (const name of mongoose.modelNames()) await mongoose.model(name).init();
    console.log(await generateDataset({ now: new Date() }));
  } finally {
    await mongoose.disconnect();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
