/**
 * Slack benchmark (npm run bench:slack), everything on loopback with an in-memory embedded database:
 *  1. ack latency of 200 concurrent signed `/gremium` slash commands against our Express app,
 *     compared with a bare Bolt app whose command listener only acks;
 *  2. fan-out of one published agenda plus one change (update in place + thread notice) to 200
 *     channels through the outbox, against a fake Slack API allowing each channel 1 message per
 *     second (429 with Retry-After beyond; posts and updates both count). Three messages per
 *     channel make the floor 2 s. The dispatcher runs with the settings server/main.ts uses.
 *
 *   --strict   exit with code 1 when a target is missed
 */
import mongoose from 'mongoose';
import pino from 'pino';
import { createAnnouncementDeps } from '../server/composition/chat';
import { SlackDelivery } from '../bot/slack/delivery';
import { fixedToken } from '../bot/slack/tokens';
import { forkChild } from './api/child-process';
import { announceMeetingChanged } from '../server/domain/announcements/announce-meeting-changed';
import { publishMeeting } from '../server/domain/announcements/publish-meeting';
import { OutboxDispatcher } from '../server/jobs/outbox/dispatcher';
import { startEmbeddedMongo } from '../server/mongo-embedded/index';
import {
  BodyModel,
  ChannelBindingModel,
  MeetingModel,
  OrganizationModel,
  OutboxMessageModel,
} from './slack/models';
import { burst, stats, type LatencyStats } from './slack/latency';
import { FakeSlackApi } from '../test/bot/slack/support/fake-slack-api';
import { signedHeaders, slashCommandBody } from '../test/bot/slack/support/signed';

const CONCURRENT = 200;
const ROUNDS = 5;
const CHANNELS = 200;
const ACK_P99_TARGET_MS = 100;
const FANOUT_FLOOR_MS = 2_000;
const STRICT = process.argv.includes('--strict');
const logger = pino({ level: 'silent' });

/** `answers`: the app answers every command through its response_url (ours; the bare app only acks). */
async function measureAcks(url: string, responseUrl: string, answers: boolean): Promise<LatencyStats> {
  const request = () => {
    const body = slashCommandBody({ text: 'hilfe', userId: 'UBENCH', channelId: 'CBENCH', responseUrl });
    return {
      body,
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...signedHeaders(body, new Date()) },
    };
  };
  let answered = await answersSoFar(responseUrl);
  await burst(url, 50, request); // warm-up
  if (answers) answered = await answersArrived(responseUrl, answered + 50);
  const all: number[] = [];
  let failures = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const result = await burst(url, CONCURRENT, request);
    all.push(...result.times);
    failures += result.failures;
    // Each round meets only its own work after the ack, not the previous round's.
    if (answers) answered = await answersArrived(responseUrl, answered + CONCURRENT - result.failures);
  }
  return stats(all, failures);
}

async function answersSoFar(responseUrl: string): Promise<number> {
  const res = await fetch(new URL('/stats', responseUrl));
  return ((await res.json()) as { responses: number }).responses;
}

/** Waits until the fake API has received `expected` answers (response_url posts), at most 30 s. */
async function answersArrived(responseUrl: string, expected: number): Promise<number> {
  const until = Date.now() + 30_000;
  for (;;) {
    const answered = await answersSoFar(responseUrl);
    if (answered >= expected) return answered;
    if (Date.now() > until) throw new Error(`only ${answered} of ${expected} slash commands were answered`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function appProcess(mode: 'ours' | 'bare', slackApiUrl: string) {
  const child = forkChild<{ url: string }>(new URL('./slack/app-process.ts', import.meta.url).pathname, {
    MODE: mode,
    SLACK_API_URL: slackApiUrl,
  });
  return { child, url: (await child.ready).url };
}

async function fanOut(api: FakeSlackApi) {
  const body = await BodyModel.create({ name: 'Stadt Köln', shortName: 'K' });
  const committee = await OrganizationModel.create({
    body: body._id,
    kind: 'committee',
    name: 'Unterausschuss Digitales',
    shortName: 'UA D',
  });
  const meeting = await MeetingModel.create({
    body: body._id,
    organization: committee._id,
    name: 'Sitzung',
    start: new Date(Date.now() + 7 * 86_400_000),
    agendaItems: [
      { number: '1', order: 1, name: 'Eröffnung', public: true },
      { number: '1', order: 2, name: 'Vertrauliches', public: false },
    ],
  });
  await ChannelBindingModel.insertMany(
    Array.from({ length: CHANNELS }, (_, i) => ({
      platform: 'slack',
      tenantId: 'T1',
      channelId: `CF${i}`,
      organization: committee._id,
      confidentiality: i % 4 === 0 ? 'confidential' : 'public',
    })),
  );
  const deps = createAnnouncementDeps();
  const office = {
    kind: 'user' as const,
    userId: 'bench',
    displayName: 'Büro',
    roles: ['admin' as const],
    officeCommitteeIds: [],
    memberCommitteeIds: [],
  };
  api.calls.length = 0;
  api.perChannelPerSecond = 1;
  const started = performance.now();
  await publishMeeting(deps, office, meeting._id.toString());
  const before = await deps.store.findMeeting(meeting._id.toString());
  await MeetingModel.updateOne(
    { _id: meeting._id },
    { $push: { agendaItems: { number: '2', order: 1.5, name: 'Nachtrag', public: true, supplement: true } } },
  );
  await announceMeetingChanged(deps, meeting._id.toString(), before!, 'bench');
  const dispatcher = new OutboxDispatcher({
    deliveries: { slack: new SlackDelivery({ tokens: fixedToken('xoxb-bench'), slackApiUrl: api.apiUrl }) },
    // The defaults server/main.ts runs with: the benchmark measures what ships.
    logger,
  });
  const enqueued = performance.now() - started;
  dispatcher.start();
  // Watch the fake API in memory (polling the database would load the dispatcher's database).
  const accepted = () =>
    api.calls.filter((c) => c.method === 'chat.postMessage' || c.method === 'chat.update');
  let postsDone: number | undefined;
  while (accepted().length < CHANNELS * 3) {
    if (
      postsDone === undefined &&
      accepted().filter((c) => c.method === 'chat.postMessage' && !c.body.thread_ts).length >= CHANNELS
    ) {
      postsDone = performance.now() - started;
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  const elapsed = performance.now() - started;
  await dispatcher.stop();
  const perChannel = new Map<string, number>();
  for (const call of api.calls.filter((c) => c.method === 'chat.postMessage' || c.method === 'chat.update')) {
    perChannel.set(String(call.body.channel), (perChannel.get(String(call.body.channel)) ?? 0) + 1);
  }
  const exact = [...perChannel.values()].filter((n) => n === 3).length;
  const failed = await OutboxMessageModel.countDocuments({ status: { $ne: 'sent' } });
  return {
    elapsed,
    enqueued,
    postsDone: postsDone ?? elapsed,
    exact,
    failed,
    rateLimited: api.rateLimited,
    channels: perChannel.size,
  };
}

async function main(): Promise<void> {
  const fakeApi = forkChild<{ apiUrl: string; responseUrl: string }>(
    new URL('./slack/fake-api-process.ts', import.meta.url).pathname,
    {},
  );
  const { apiUrl, responseUrl } = await fakeApi.ready;
  const bareApp = await appProcess('bare', apiUrl);
  const bare = await measureAcks(bareApp.url, responseUrl, false);
  await bareApp.child.stop();
  const ourApp = await appProcess('ours', apiUrl);
  const mine = await measureAcks(ourApp.url, responseUrl, true);
  await ourApp.child.stop();
  await fakeApi.stop();

  const mongo = await startEmbeddedMongo({ inMemory: true });
  const uri = new URL(mongo.uri);
  uri.pathname = '/slackbench';
  await mongoose.connect(uri.toString());
  await Promise.all(Object.values(mongoose.models).map((model) => model.init()));
  const api = new FakeSlackApi();
  await api.start();
  const fan = await fanOut(api);

  const ms = (n: number) => `${n.toFixed(1)} ms`;
  console.log(`\nSlack slash commands: ${ROUNDS} × ${CONCURRENT} concurrent signed requests (loopback)`);
  console.log(
    `  bare Bolt app:  p50 ${ms(bare.p50)}  p99 ${ms(bare.p99)}  max ${ms(bare.max)}  failures ${bare.failures}`,
  );
  console.log(
    `  Gremienbot:     p50 ${ms(mine.p50)}  p99 ${ms(mine.p99)}  max ${ms(mine.max)}  failures ${mine.failures}`,
  );
  console.log(
    `  p99 ratio to bare Bolt: ${(mine.p99 / bare.p99).toFixed(2)}  (target p99 < ${ACK_P99_TARGET_MS} ms)`,
  );
  console.log(`\nFan-out: agenda + change (update + notice) to ${CHANNELS} channels, 1 msg/s per channel`);
  console.log(
    `  queued after ${ms(fan.enqueued)}; all ${CHANNELS} agenda posts sent after ${ms(fan.postsDone)}`,
  );
  console.log(
    `  done in ${ms(fan.elapsed)}; floor ${FANOUT_FLOOR_MS} ms; ratio ${(fan.elapsed / FANOUT_FLOOR_MS).toFixed(2)} (target ≤ 1.2)`,
  );
  console.log(
    `  channels with exactly 3 messages: ${fan.exact}/${CHANNELS}; not sent: ${fan.failed}; 429 answered: ${fan.rateLimited}`,
  );

  const ok =
    mine.p99 < ACK_P99_TARGET_MS &&
    mine.failures === 0 &&
    fan.elapsed <= FANOUT_FLOOR_MS * 1.2 &&
    fan.exact === CHANNELS &&
    fan.failed === 0;
  console.log(ok ? '\nall targets met' : '\nTARGET MISSED');

  await api.stop();
  await mongoose.disconnect();
  await mongo.stop();
  if (STRICT && !ok) process.exitCode = 1;
}

await main();
