import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { InquiryModel } from '../../../server/store/models/inquiry';
import { OutboxMessageModel } from '../../../server/store/models/outbox-message';
import { clearDatabase, connectTestDatabase } from '../../jobs/support/connect';
import { waitFor } from '../../bot/slack/support/signed';
import { startInquirySlack, viewSubmission } from './support/slack';
import { AFTER_DEADLINE, BEFORE_DEADLINE, FIFTH_LABEL, SIXTH_LABEL, seedInquiryWorld } from './support/world';

let db: { stop: () => Promise<void> };
let slack: Awaited<ReturnType<typeof startInquirySlack>>;
let now = BEFORE_DEADLINE;
let world: Awaited<ReturnType<typeof seedInquiryWorld>>;

beforeAll(async () => {
  db = await connectTestDatabase();
  slack = await startInquirySlack(() => now);
});
afterAll(async () => {
  await slack.stop();
  await db.stop();
});
beforeEach(async () => {
  await clearDatabase();
  slack.api.calls.length = 0;
  slack.api.responses.length = 0;
  now = BEFORE_DEADLINE;
  world = await seedInquiryWorld();
});

type Block = {
  block_id: string;
  optional: boolean;
  label: { text: string };
  element: {
    type: string;
    initial_value?: string;
    initial_option?: { value: string };
    options?: { text: { text: string }; value: string }[];
  };
};
type View = { callback_id: string; private_metadata: string; title: { text: string }; blocks: Block[] };

async function openedView(triggerId: string): Promise<View> {
  const call = await waitFor(() =>
    slack.api.callsTo('views.open').find((c) => c.body.trigger_id === triggerId),
  );
  return call.body.view as View;
}

function block(view: View, id: string): Block {
  const found = view.blocks.find((b) => b.block_id === id);
  if (!found) throw new Error(`no block ${id}`);
  return found;
}

async function openByShortcut(userId = 'UWEBER', triggerId = 'trig-global'): Promise<View> {
  const res = await slack.interaction({
    type: 'shortcut',
    callback_id: 'inquiry_file',
    trigger_id: triggerId,
    team: { id: 'T1' },
    user: { id: userId },
  });
  expect(res.status).toBe(200);
  return openedView(triggerId);
}

const valid = () => ({
  committeeId: world.committeeId,
  meetingId: world.fifthId,
  subject: 'Funklöcher im Rathaus',
  text: 'Wie viele Funklöcher gibt es im Rathaus?',
  kind: 'schriftlich',
});

function dmsTo(userId: string): string[] {
  return slack.api
    .callsTo('chat.postMessage')
    .filter((c) => c.body.channel === userId)
    .map((c) => JSON.stringify(c.body));
}

describe('Anfrage form on Slack', () => {
  it('opens the modal from the global shortcut with the member’s committee, meetings with deadline and Fraktion', async () => {
    const view = await openByShortcut();
    expect(view.callback_id).toBe('inquiry.file');
    expect(view.title.text).toBe('Anfrage stellen');
    expect(view.blocks.map((b) => b.block_id)).toEqual([
      'committeeId',
      'meetingId',
      'subject',
      'text',
      'kind',
      'onBehalfOf',
      'attachmentUrl',
    ]);
    expect(block(view, 'committeeId').element.options?.map((o) => o.text.text)).toEqual(['UA DiKO']);
    expect(block(view, 'meetingId').element.options?.map((o) => o.text.text)).toEqual([
      FIFTH_LABEL,
      SIXTH_LABEL,
    ]);
    expect(block(view, 'meetingId').element.initial_option?.value).toBe(world.fifthId);
    expect(block(view, 'onBehalfOf').element.options?.map((o) => o.text.text)).toEqual([
      'Keine Fraktion (persönlich)',
      'SPD-Fraktion',
    ]);
    expect(block(view, 'onBehalfOf').optional).toBe(true);
    expect(block(view, 'kind').element.options?.map((o) => o.value)).toEqual(['schriftlich', 'muendlich']);
    expect(JSON.parse(view.private_metadata)).toEqual({
      requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
  });

  it('shows invalid input next to its fields and files nothing', async () => {
    const view = await openByShortcut();
    const res = await slack.interaction(
      viewSubmission('UWEBER', view, {
        ...valid(),
        subject: ' ',
        attachmentUrl: 'http://example.org/anlage.pdf',
      }),
    );
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      response_action: 'errors',
      errors: {
        subject: 'Bitte geben Sie einen Betreff an.',
        attachmentUrl: 'Bitte geben Sie einen Link beginnend mit https:// an.',
      },
    });
    expect(await InquiryModel.countDocuments()).toBe(0);
  });

  it('files a valid Anfrage once, also when submitted twice, and confirms it by direct message', async () => {
    const view = await openByShortcut();
    const submission = viewSubmission('UWEBER', view, { ...valid(), onBehalfOf: world.spdId });
    const [first, second] = await Promise.all([slack.interaction(submission), slack.interaction(submission)]);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(first.text).toBe('');
    const dms = await waitFor(() => (dmsTo('UWEBER').length >= 2 ? dmsTo('UWEBER') : undefined));
    for (const dm of dms) {
      expect(dm).toContain('Anfrage AN/0001/2026 eingereicht');
      expect(dm).toContain('5. Sitzung des Unterausschusses');
      expect(dm).toContain('16.11.2026, 12:00 Uhr');
    }
    const stored = await InquiryModel.find().lean();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      number: 'AN/0001/2026',
      subject: 'Funklöcher im Rathaus',
      kind: 'schriftlich',
      late: false,
      requestId: JSON.parse(view.private_metadata).requestId,
    });
    expect(stored[0]?.meeting?.toString()).toBe(world.fifthId);
    expect(stored[0]?.onBehalfOf?.toString()).toBe(world.spdId);
    // The form's answer is the confirmation: no second direct message through the outbox.
    const memberNotices = await OutboxMessageModel.find({ key: /^dm:inquiry:.*:eingereicht:member:/ }).lean();
    expect(memberNotices).toHaveLength(0);
  });

  it('files for a member who has no dashboard login, only the chat identity', async () => {
    const view = await openByShortcut('UPOHL', 'trig-pohl');
    const res = await slack.interaction(viewSubmission('UPOHL', view, valid()));
    expect(res.text).toBe('');
    const [dm] = await waitFor(() => (dmsTo('UPOHL').length ? dmsTo('UPOHL') : undefined));
    expect(dm).toContain('Anfrage AN/0001/2026 eingereicht');
    expect(await InquiryModel.countDocuments()).toBe(1);
  });

  it('tells the member before filing that a late Anfrage goes to the next meeting, then files it there', async () => {
    now = AFTER_DEADLINE;
    const view = await openByShortcut();
    expect(block(view, 'meetingId').element.options?.map((o) => o.text.text)).toEqual([
      '5. Sitzung UA DiKO, 18.11.2026 – Frist abgelaufen (16.11.2026, 12:00 Uhr)',
      SIXTH_LABEL,
    ]);
    const res = await slack.interaction(viewSubmission('UWEBER', view, valid()));
    expect(res.body.response_action).toBe('update');
    const confirm = res.body.view as View;
    expect(confirm.callback_id).toBe('inquiry.confirmLate');
    expect(confirm.title.text).toBe('Frist abgelaufen');
    expect(block(confirm, 'acceptLate').label.text).toBe(
      'Die Einreichungsfrist für die gewählte Sitzung endete am 16.11.2026, 12:00 Uhr. Ihre Anfrage wird deshalb in der nächsten Sitzung „6. Sitzung des Unterausschusses“ am 02.12.2026 behandelt. Einverstanden?',
    );
    expect(block(confirm, 'text').element.initial_value).toBe('Wie viele Funklöcher gibt es im Rathaus?');
    expect(await InquiryModel.countDocuments()).toBe(0);
    expect(dmsTo('UWEBER')).toEqual([]);

    const confirmed = await slack.interaction(
      viewSubmission('UWEBER', confirm, {
        acceptLate: 'yes',
        subject: 'Funklöcher im Rathaus',
        text: 'Wie viele Funklöcher gibt es im Rathaus?',
      }),
    );
    expect(confirmed.text).toBe('');
    const [dm] = await waitFor(() => (dmsTo('UWEBER').length ? dmsTo('UWEBER') : undefined));
    expect(dm).toContain('Anfrage AN/0001/2026 eingereicht');
    expect(dm).toContain('6. Sitzung des Unterausschusses');
    expect(dm).toContain('30.11.2026, 12:00 Uhr');
    expect(dm).toContain('ging nach Fristablauf ein');
    const stored = await InquiryModel.findOne().lean();
    expect(stored?.meeting?.toString()).toBe(world.sixthId);
    expect(stored?.movedFrom?.toString()).toBe(world.fifthId);
    expect(stored?.late).toBe(true);
  });

  it('prefills the question with the text of the message the shortcut was used on', async () => {
    const res = await slack.interaction({
      type: 'message_action',
      callback_id: 'inquiry_from_message',
      trigger_id: 'trig-message',
      team: { id: 'T1' },
      user: { id: 'UWEBER' },
      channel: { id: 'CAUSSCHUSS', name: 'ausschuss' },
      message: {
        type: 'message',
        ts: '1700000000.000100',
        user: 'UKLEIN',
        text: 'Wie viele <https://example.org/karte|Funklöcher> gibt es &amp; wo?',
      },
      response_url: slack.api.responseUrl('message-shortcut'),
    });
    expect(res.status).toBe(200);
    const view = await openedView('trig-message');
    expect(block(view, 'text').element.initial_value).toBe(
      'Wie viele Funklöcher (https://example.org/karte) gibt es & wo?',
    );
  });

  it('opens the modal from /anfrage with its text in the question field', async () => {
    const res = await slack.anfrage('UWEBER', 'Wann wird das WLAN im Ratssaal erneuert?', 'trig-command');
    expect(res.status).toBe(200);
    const view = await openedView('trig-command');
    expect(view.callback_id).toBe('inquiry.file');
    expect(block(view, 'text').element.initial_value).toBe('Wann wird das WLAN im Ratssaal erneuert?');
  });

  it('answers /gremium anfrage with a button that opens the modal', async () => {
    await slack.anfrage('UWEBER', 'anfrage Gibt es Ladesäulen?', 'trig-gremium', '/gremium');
    const response = await waitFor(() => slack.api.responses[0]);
    const blocks = (response.body as { blocks: { type: string; elements?: Record<string, string>[] }[] })
      .blocks;
    const button = blocks.find((b) => b.type === 'actions')?.elements?.[0];
    expect(button).toMatchObject({ action_id: 'inquiry.open#0', value: '{"text":"Gibt es Ladesäulen?"}' });
    await slack.interaction({
      type: 'block_actions',
      team: { id: 'T1' },
      user: { id: 'UWEBER' },
      trigger_id: 'trig-button',
      response_url: slack.api.responseUrl('button'),
      actions: [{ type: 'button', block_id: 'b1', action_id: button?.action_id, value: button?.value }],
    });
    const view = await openedView('trig-button');
    expect(block(view, 'text').element.initial_value).toBe('Gibt es Ladesäulen?');
  });

  it('explains to a non-member by direct message instead of opening a form', async () => {
    await slack.interaction({
      type: 'shortcut',
      callback_id: 'inquiry_file',
      trigger_id: 'trig-klein',
      team: { id: 'T1' },
      user: { id: 'UKLEIN' },
    });
    const [dm] = await waitFor(() => (dmsTo('UKLEIN').length ? dmsTo('UKLEIN') : undefined));
    expect(dm).toContain('Keine Anfrage möglich');
    expect(slack.api.callsTo('views.open')).toHaveLength(0);
  });

  it('answers /anfrage of an unknown user only to them', async () => {
    await slack.anfrage('UNOBODY', '', 'trig-unknown');
    const response = await waitFor(() => slack.api.responses[0]);
    expect(response.path).toBe('/respond/command-trig-unknown');
    expect(response.body).toMatchObject({ response_type: 'ephemeral' });
    expect(JSON.stringify(response.body)).toContain('Ich kenne Sie noch nicht');
    expect(slack.api.callsTo('views.open')).toHaveLength(0);
  });
});
