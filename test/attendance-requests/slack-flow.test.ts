import express from 'express';
import pino from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SlackDelivery } from '../../bot/slack/delivery';
import { SLACK_MOUNT_PATH, createSlack } from '../../bot/slack/mount';
import { fixedToken } from '../../bot/slack/tokens';
import { attendanceRequestDeps } from '../../server/composition/attendance-requests';
import { postDueForecasts } from '../../server/domain/attendance/requests/post-forecasts';
import { sendDueAttendanceRequests } from '../../server/domain/attendance/requests/send-requests';
import { OutboxDispatcher } from '../../server/jobs/outbox/dispatcher';
import { processOnce } from '../../server/jobs/outbox/process-once';
import { AttendanceModel } from '../../server/store/models/attendance';
import { FakeSlackApi } from '../bot/slack/support/fake-slack-api';
import { SIGNING_SECRET, signedHeaders, waitFor } from '../bot/slack/support/signed';
import { clearDatabase, connectTestDatabase } from '../jobs/support/connect';
import { NOW, seedWorld, workflowAt, type World } from './support/world';

let db: { stop: () => Promise<void> };
let api: FakeSlackApi;
let world: World;
const clock = () => NOW;
const logger = pino({ level: 'silent' });

beforeAll(async () => {
  db = await connectTestDatabase();
  api = new FakeSlackApi();
  await api.start();
});
afterAll(async () => {
  await api.stop();
  await db.stop();
});
beforeEach(async () => {
  await clearDatabase();
  api.calls.length = 0;
  api.responses.length = 0;
  world = await seedWorld(NOW);
});

/** Our Express app with the real Slack adapter and this workflow's chat feature. */
function slackApp() {
  const { conversation } = workflowAt(clock);
  const slack = createSlack({
    slack: { signingSecret: SIGNING_SECRET, botToken: 'xoxb-test-token' },
    publicUrl: new URL('http://127.0.0.1:3000'),
    conversation,
    logger,
    processOnce: (key, fn) => processOnce(key, fn),
    workspaceGone: async () => undefined,
    slackApiUrl: api.apiUrl,
  });
  const app = express();
  if (slack.router) app.use(SLACK_MOUNT_PATH, slack.router);
  return app;
}

function dispatcher() {
  const delivery = new SlackDelivery({ tokens: fixedToken('xoxb-test'), slackApiUrl: api.apiUrl });
  return new OutboxDispatcher({ deliveries: { slack: delivery }, clock, logger });
}

async function interaction(app: express.Express, payload: Record<string, unknown>) {
  const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
  return request(app).post('/slack/events').type('form').set(signedHeaders(body, new Date())).send(body);
}

interface SlackButton {
  action_id: string;
  value: string;
  text: { text: string };
}

/** The buttons of the message the bot posted to this channel. */
function buttonsPostedTo(channel: string): SlackButton[] {
  const post = api.callsTo('chat.postMessage').find((c) => c.body.channel === channel);
  const blocks = (post?.body.blocks ?? []) as { type: string; elements?: SlackButton[] }[];
  return blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements ?? []);
}

function blockAction(user: string, button: SlackButton) {
  return {
    type: 'block_actions',
    team: { id: 'T1', domain: 'stadt-koeln' },
    user: { id: user, team_id: 'T1' },
    api_app_id: 'A1',
    trigger_id: `trigger-${user}`,
    channel: { id: `D${user}`, name: 'directmessage' },
    message: { ts: '1700000000.000100', type: 'message' },
    response_url: api.responseUrl(`r-${user}`),
    actions: [
      {
        type: 'button',
        action_id: button.action_id,
        block_id: 'b1',
        value: button.value,
        action_ts: '1700000001.0',
      },
    ],
  };
}

describe('attendance request on Slack', () => {
  it('delivers the request, takes "Ich nehme teil" from the button and updates the request in place', async () => {
    const deps = attendanceRequestDeps(workflowAt(clock).context);
    await sendDueAttendanceRequests(deps);
    await postDueForecasts(deps);
    await dispatcher().drain();
    expect(
      api
        .callsTo('chat.postMessage')
        .map((c) => c.body.channel)
        .sort(),
    ).toEqual(['CCONF', 'UFRANK', 'UPOHL', 'USCHULZ', 'UWEBER']);
    const buttons = buttonsPostedTo('UPOHL');
    expect(buttons.map((b) => b.text.text)).toEqual([
      'Ich nehme teil',
      'Ich bin verhindert',
      'Vertretung benennen',
    ]);

    const res = await interaction(slackApp(), blockAction('UPOHL', buttons[0]!));
    expect(res.status).toBe(200);
    // The pressed message shows the answer at once; nothing else is said.
    const [pressed] = await waitFor(() =>
      api.callsTo('chat.update').length ? api.callsTo('chat.update') : undefined,
    );
    expect(pressed?.body).toMatchObject({ channel: 'DUPOHL', ts: '1700000000.000100' });
    expect(JSON.stringify(pressed?.body)).toContain('Ich nehme teil');
    expect(api.responses).toEqual([]);
    expect(await AttendanceModel.findOne({ person: world.pohl._id }).lean()).toMatchObject({
      response: 'attending',
    });

    api.calls.length = 0;
    await dispatcher().drain();
    const updates = api.callsTo('chat.update');
    expect(updates.map((u) => u.body.channel).sort()).toEqual(['CCONF', 'UPOHL']);
    expect(JSON.stringify(updates.find((u) => u.body.channel === 'UPOHL')?.body)).toContain('Ihre Antwort');
    expect(api.callsTo('chat.postMessage').map((c) => c.body.channel)).toEqual([]);
  });

  it('refuses Frau Frank pressing Herr Pohl’s button and stores nothing', async () => {
    await sendDueAttendanceRequests(attendanceRequestDeps(workflowAt(clock).context));
    await dispatcher().drain();
    const [attend] = buttonsPostedTo('UPOHL');
    await interaction(slackApp(), blockAction('UFRANK', attend!));
    const [reply] = await waitFor(() => (api.responses.length ? api.responses : undefined));
    expect(JSON.stringify(reply?.body)).toContain('nur für sich selbst antworten');
    expect(await AttendanceModel.countDocuments({ response: { $exists: true } })).toBe(0);
  });

  it('opens the substitute modal with the allowed substitutes only and takes the submitted choice', async () => {
    await sendDueAttendanceRequests(attendanceRequestDeps(workflowAt(clock).context));
    await dispatcher().drain();
    const app = slackApp();
    const substitute = buttonsPostedTo('UPOHL')[2]!;
    await interaction(app, blockAction('UPOHL', substitute));
    const [opened] = await waitFor(() =>
      api.callsTo('views.open').length ? api.callsTo('views.open') : undefined,
    );
    const view = opened?.body.view as {
      callback_id: string;
      private_metadata: string;
      blocks: { block_id: string; element: { options: { value: string; text: { text: string } }[] } }[];
    };
    expect(view.callback_id).toBe('attendanceRequest.nameSubstitute');
    expect(view.blocks[0]?.element.options.map((o) => o.text.text)).toEqual(['Frau Lang', 'Herr Neu']);

    const submission = {
      type: 'view_submission',
      team: { id: 'T1' },
      user: { id: 'UPOHL', team_id: 'T1' },
      api_app_id: 'A1',
      view: {
        id: 'V1',
        team_id: 'T1',
        callback_id: view.callback_id,
        private_metadata: view.private_metadata,
        state: {
          values: {
            substitute: {
              substitute: { type: 'static_select', selected_option: { value: world.lang._id.toString() } },
            },
          },
        },
      },
    };
    const res = await interaction(app, submission);
    expect(res.status).toBe(200);
    const replies = await waitFor(() => {
      const calls = api.callsTo('chat.postMessage').filter((c) => c.body.channel === 'UPOHL');
      return calls.length > 1 ? calls : undefined;
    });
    expect(JSON.stringify(replies.at(-1)?.body)).toContain(
      'Frau Lang wurde gebeten, die Vertretung zu bestätigen.',
    );
    const lang = await AttendanceModel.findOne({ person: world.lang._id }).lean();
    expect(String(lang?.substituteFor)).toBe(world.pohl._id.toString());

    await dispatcher().drain();
    const ask = buttonsPostedTo('ULANG');
    expect(ask.map((b) => b.text.text)).toEqual(['Bestätigen', 'Ablehnen']);

    api.calls.length = 0;
    await interaction(app, blockAction('ULANG', ask[1]!));
    const [declined] = await waitFor(() =>
      api.callsTo('chat.update').length ? api.callsTo('chat.update') : undefined,
    );
    expect(declined?.body.channel).toBe('DULANG');
    expect(JSON.stringify(declined?.body)).toContain('Sie haben die Vertretung von Herrn Pohl abgelehnt.');
    expect(await AttendanceModel.findOne({ person: world.lang._id }).lean()).not.toHaveProperty(
      'substituteFor',
    );
    expect(await AttendanceModel.findOne({ person: world.pohl._id }).lean()).toMatchObject({
      response: 'excused',
    });
    await dispatcher().drain();
    expect(
      JSON.stringify(api.callsTo('chat.postMessage').find((c) => c.body.channel === 'UPOHL')?.body),
    ).toContain('Frau Lang kann Sie am 06.03.2026 nicht vertreten.');
  });
});
