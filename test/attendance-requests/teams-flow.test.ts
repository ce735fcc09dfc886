import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FORM_SUBMIT_VERB } from '../../bot/teams/cards/card-data';
import { renderMessageCard } from '../../bot/teams/cards/message-card';
import { createMongoTeamsConversationStore } from '../../bot/teams/conversation-store';
import { attendanceRequestDeps } from '../../server/composition/attendance-requests';
import { sendDueAttendanceRequests } from '../../server/domain/attendance/requests/send-requests';
import { processOnce } from '../../server/jobs/outbox/process-once';
import { AttendanceModel } from '../../server/store/models/attendance';
import { OutboxMessageModel } from '../../server/store/models/outbox-message';
import { PersonModel } from '../../server/store/models/person';
import { TeamsConversationModel } from '../../server/store/models/teams-conversation';
import {
  BOT,
  SERVICE_URL,
  TENANT,
  USER,
  cardActionInvoke,
  personalConversation,
} from '../bot/teams/support/activities';
import { cardsOf, createHarness, invokeResponseOf } from '../bot/teams/support/harness';
import { clearDatabase, connectTestDatabase } from '../jobs/support/connect';
import { NOW, SECRET_ITEM, seedWorld, workflowAt, type World } from './support/world';

let db: { stop: () => Promise<void> };
let world: World;
const clock = () => NOW;
const PERSONAL_CHAT = personalConversation().id;

beforeAll(async () => {
  db = await connectTestDatabase();
});
afterAll(async () => db.stop());
beforeEach(async () => {
  await clearDatabase();
  world = await seedWorld(NOW);
});

/** The Teams user of the fake activities is `familyName`, reachable in the bot's personal chat. */
async function onTeams(person: { _id: unknown }) {
  await PersonModel.updateOne(
    { _id: person._id },
    { $set: { chatIdentities: [{ platform: 'teams', userId: USER.aadObjectId, tenantId: TENANT }] } },
  );
  await TeamsConversationModel.create({
    conversationId: PERSONAL_CHAT,
    type: 'personal',
    tenantId: TENANT,
    serviceUrl: SERVICE_URL,
    botId: BOT.id,
    userAadObjectId: USER.aadObjectId,
  });
}

function teamsBot() {
  return createHarness({
    conversations: workflowAt(clock).conversation,
    store: createMongoTeamsConversationStore(),
    processOnce: (key, fn) => processOnce(key, fn),
  });
}

interface ExecuteAction {
  type: string;
  title: string;
  verb: string;
  data: Record<string, unknown>;
}

/** Every Action.Execute in a card. */
function actionsIn(card: unknown): ExecuteAction[] {
  const found: ExecuteAction[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (record.type === 'Action.Execute') found.push(record as unknown as ExecuteAction);
      Object.values(record).forEach(walk);
    }
  };
  walk(card);
  return found;
}

/** The Action.Execute buttons of the card the outbox would deliver under this key. */
async function executeActions(key: string): Promise<ExecuteAction[]> {
  const entry = await OutboxMessageModel.findOne({ key }).lean();
  expect(entry, key).not.toBeNull();
  const card = renderMessageCard(entry!.message) as unknown as Record<string, unknown>;
  return actionsIn(card);
}

describe('attendance request on Teams', () => {
  it('takes "Ich bin verhindert" through Action.Execute and answers with the updated card', async () => {
    await onTeams(world.schulz);
    await sendDueAttendanceRequests(attendanceRequestDeps(workflowAt(clock).context));
    const m = world.meeting._id.toString();
    const key = `dm:attendance:${m}:${world.schulz._id.toString()}:request:teams:${PERSONAL_CHAT}`;
    const actions = await executeActions(key);
    expect(actions.map((a) => a.title)).toEqual([
      'Ich nehme teil',
      'Ich bin verhindert',
      'Vertretung benennen',
    ]);

    const excuse = actions[1]!;
    const sent = await teamsBot().send(cardActionInvoke(excuse.verb, excuse.data));
    const response = invokeResponseOf(sent);
    expect(response?.status).toBe(200);
    const body = JSON.stringify(response?.body);
    expect(body).toContain('Ihre Antwort');
    expect(body).toContain('Ich bin verhindert');
    expect(await AttendanceModel.findOne({ person: world.schulz._id }).lean()).toMatchObject({
      response: 'excused',
      category: 'member',
    });
    const update = await OutboxMessageModel.findOne({ key: `${key}:update` }).lean();
    expect(update).toMatchObject({
      operation: 'update',
      updates: key,
      target: { platform: 'teams', kind: 'direct' },
    });
  });

  it('lets the substitute confirm through Action.Execute and sends the agenda with the non-public part', async () => {
    await onTeams(world.lang);
    const { conversation } = workflowAt(clock);
    const m = world.meeting._id.toString();
    await conversation.handleFormSubmit(
      { platform: 'slack', tenantId: 'T1', userId: 'UPOHL', locale: 'de' },
      { platform: 'slack', tenantId: 'T1', channelId: 'DPOHL', kind: 'direct' },
      'attendanceRequest.nameSubstitute',
      { substitute: world.lang._id.toString() },
      { meetingId: m, personId: world.pohl._id.toString() },
    );
    const askKey = `dm:attendance:${m}:${world.lang._id.toString()}:substitute:${world.pohl._id.toString()}:${NOW.getTime()}:teams:${PERSONAL_CHAT}`;
    const [confirm] = await executeActions(askKey);
    expect(confirm?.title).toBe('Bestätigen');

    const sent = await teamsBot().send(cardActionInvoke(confirm!.verb, confirm!.data));
    expect(JSON.stringify(invokeResponseOf(sent)?.body)).toContain('Sie vertreten Herrn Pohl');
    expect(await AttendanceModel.findOne({ person: world.lang._id }).lean()).toMatchObject({
      substituteConfirmed: true,
    });
    const agenda = await OutboxMessageModel.findOne({
      key: `dm:attendance:${m}:${world.lang._id.toString()}:agenda:teams:${PERSONAL_CHAT}`,
    }).lean();
    expect(JSON.stringify(agenda?.message)).toContain(SECRET_ITEM);
  });

  it('names a substitute through the Teams form: only allowed substitutes, then the submitted choice', async () => {
    await onTeams(world.pohl);
    await sendDueAttendanceRequests(attendanceRequestDeps(workflowAt(clock).context));
    const m = world.meeting._id.toString();
    const key = `dm:attendance:${m}:${world.pohl._id.toString()}:request:teams:${PERSONAL_CHAT}`;
    const substitute = (await executeActions(key))[2]!;
    const bot = teamsBot();
    const opened = await bot.send(cardActionInvoke(substitute.verb, substitute.data));
    const [form] = cardsOf(opened);
    const select = JSON.stringify(form);
    expect(select).toContain('Frau Lang');
    expect(select).toContain('Herr Neu');
    expect(select).not.toContain('Herr Berg');
    const submit = actionsIn(form).find((a) => a.verb === FORM_SUBMIT_VERB)!;
    const sent = await bot.send(
      cardActionInvoke(submit.verb, { ...submit.data, substitute: world.neu._id.toString() }),
    );
    expect(JSON.stringify(invokeResponseOf(sent)?.body)).toContain(
      'Herr Neu wurde gebeten, die Vertretung zu bestätigen.',
    );
    const neu = await AttendanceModel.findOne({ person: world.neu._id }).lean();
    expect(String(neu?.substituteFor)).toBe(world.pohl._id.toString());
    expect(await AttendanceModel.findOne({ person: world.pohl._id }).lean()).toMatchObject({
      response: 'substitute',
    });
  });

  it('refuses a Teams user pressing a button addressed to someone else', async () => {
    await onTeams(world.frank);
    const m = world.meeting._id.toString();
    const sent = await teamsBot().send(
      cardActionInvoke('attendanceRequest.attend', { meetingId: m, personId: world.pohl._id.toString() }),
    );
    expect(JSON.stringify(sent)).toContain('nur für sich selbst antworten');
    expect(await AttendanceModel.countDocuments({ response: { $exists: true } })).toBe(0);
  });
});
