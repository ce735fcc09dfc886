import type { Types } from 'mongoose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../bot/chat/message';
import type { ChatOrigin, ChatUser } from '../../bot/chat/port';
import { berlin } from '../../server/domain/time/berlin';
import { AttendanceModel } from '../../server/store/models/attendance';
import { AuditEventModel } from '../../server/store/models/audit-event';
import { MeetingModel } from '../../server/store/models/meeting';
import { clearDatabase, connectTestDatabase } from '../jobs/support/connect';
import { makeMembership, makePerson } from '../support/factories';
import { quorumConversation, quorumOutbox, seedChatWorld, sessionClock } from './support/chat-world';

let db: { stop: () => Promise<void> };
let world: Awaited<ReturnType<typeof seedChatWorld>>;
let time: ReturnType<typeof sessionClock>;
let conversation: ReturnType<typeof quorumConversation>;
let meetingId: string;

beforeAll(async () => {
  db = await connectTestDatabase();
});
afterAll(async () => db.stop());
beforeEach(async () => {
  await clearDatabase();
  world = await seedChatWorld();
  meetingId = String(world.meeting._id);
  time = sessionClock();
  conversation = quorumConversation(time.clock);
});

const user = (userId: string, locale: 'de' | 'en' = 'de'): ChatUser => ({
  platform: 'slack',
  tenantId: 'T1',
  userId,
  locale,
});
const channel = (channelId: string): ChatOrigin => ({
  platform: 'slack',
  tenantId: 'T1',
  channelId,
  kind: channelId.startsWith('D') ? 'direct' : 'channel',
});
const text = (messages: ChatMessage[]) =>
  messages
    .map((m) =>
      [m.title, m.text, ...(m.sections ?? []).flatMap((s) => [s.heading, ...s.lines])]
        .filter(Boolean)
        .join('\n'),
    )
    .join('\n');

async function say(userId: string, command: string, channelId = 'CCONF', locale: 'de' | 'en' = 'de') {
  return text(await conversation.handleCommand(user(userId, locale), channel(channelId), command));
}

async function eventsOf(person: { _id: Types.ObjectId }) {
  const doc = await AttendanceModel.findOne({ meeting: world.meeting._id, person: person._id }).lean();
  return (doc?.events ?? []).map((e) => ({ kind: e.kind, at: e.at, source: e.source }));
}

const cardKey = (platform: string, channelId: string) =>
  `meeting:${meetingId}:quorum:${platform}:${channelId}`;

async function fourPresentAt1400() {
  for (const name of ['Krupp', 'Braun', 'Frank', 'Richter']) await say('UOFFICE', `anwesend ${name} 14:00`);
}

describe('office commands', () => {
  it('records an arrival with a time and posts the live card to the confidential channels only', async () => {
    const reply = await say('UOFFICE', 'anwesend Pohl 14:15');
    expect(reply).toBe(
      'Herr Pohl ist anwesend ab 14:15 Uhr.\ngilt als beschlussfähig, bis die Beschlussunfähigkeit festgestellt ist: 0 von 7 anwesend, erforderlich 4',
    );
    expect(await eventsOf(world.people.pohl)).toEqual([
      { kind: 'arrive', at: berlin(2026, 3, 2, 14, 15), source: 'office' },
    ]);
    const outbox = await quorumOutbox();
    expect(outbox.map((o) => o.key).sort()).toEqual([
      cardKey('slack', 'CCONF'),
      cardKey('teams', '19:digitalausschuss@thread.tacv2'),
    ]);
    const card = outbox[0]!.message as ChatMessage;
    expect(card.title).toBe('Beschlussfähigkeit: Sitzung UA DiKO');
    expect(card.buttons).toEqual([
      { actionId: 'quorum.checkin', label: 'Ich bin da', value: { meetingId }, style: 'primary' },
    ]);
    expect(card.sections?.[1]?.lines).toContain(
      '**Herr Pohl**: Stellvertretung ohne abwesendes Mitglied, das vertreten werden kann',
    );
  });

  it('takes "now" without a time and answers in English to English verbs', async () => {
    time.set(14, 32);
    const reply = await say('UOFFICE', 'present Frank', 'CCONF', 'en');
    expect(reply).toBe(
      'Herr Frank is present from 14:32.\ndeemed quorate until the lack of quorum is established: 1 of 7 present, 4 required',
    );
    expect(await eventsOf(world.people.frank)).toEqual([
      { kind: 'arrive', at: berlin(2026, 3, 2, 14, 32), source: 'office' },
    ]);
  });

  it('updates the card in place on every change and announces lost and regained quorum in its thread', async () => {
    await fourPresentAt1400();
    time.set(15, 41);
    expect(await say('UOFFICE', 'verlässt Frank 15:40')).toContain(
      'Herr Frank hat die Sitzung um 15:40 Uhr verlassen.',
    );
    time.set(15, 56);
    await say('UOFFICE', 'anwesend Hegenbarth 15:55');

    const outbox = await quorumOutbox();
    const byKey = new Map(outbox.map((o) => [o.key, o]));
    const card = cardKey('slack', 'CCONF');
    const lostKey = `${card}:lost:${berlin(2026, 3, 2, 15, 40).toISOString()}`;
    const regainedKey = `${card}:regained:${berlin(2026, 3, 2, 15, 55).toISOString()}`;
    expect(
      outbox
        .filter((o) => o.key.startsWith(card))
        .map((o) => o.key)
        .sort(),
    ).toEqual([card, `${card}:update`, lostKey, regainedKey].sort());
    const update = byKey.get(`${card}:update`)!;
    expect(update).toMatchObject({ operation: 'update', updates: card });
    expect((update.message as ChatMessage).text).toBe('**beschlussfähig: 4 von 7 anwesend, erforderlich 4**');
    expect(byKey.get(lostKey)).toMatchObject({ operation: 'post', threadOf: card });
    expect((byKey.get(lostKey)!.message as ChatMessage).text).toBe(
      'Beschlussfähigkeit verloren um 15:40 Uhr: 3 von 7 anwesend, erforderlich 4. Die Sitzungsleitung kann die Beschlussunfähigkeit feststellen.',
    );
    expect(byKey.get(regainedKey)).toMatchObject({ operation: 'post', threadOf: card });
    expect((byKey.get(regainedKey)!.message as ChatMessage).text).toBe(
      'Beschlussfähigkeit wiederhergestellt um 15:55 Uhr: 4 von 7 anwesend, erforderlich 4.',
    );
    // The Teams channel gets the same notes; the public channel nothing.
    const teams = cardKey('teams', '19:digitalausschuss@thread.tacv2');
    expect(
      outbox
        .filter((o) => o.key.includes(':teams:'))
        .map((o) => o.key.slice(teams.length))
        .sort(),
    ).toEqual(['', ':update', lostKey.slice(card.length), regainedKey.slice(card.length)].sort());
    expect(outbox.some((o) => o.key.includes('CPUB'))).toBe(false);
  });

  it('says so when a second convocation is quorate regardless, also when the head count drops', async () => {
    await MeetingModel.updateOne({ _id: world.meeting._id }, { secondConvocation: true });
    await fourPresentAt1400();
    time.set(15, 41);
    await say('UOFFICE', 'verlässt Frank 15:40');
    const byKey = new Map((await quorumOutbox()).map((o) => [o.key, o.message as ChatMessage]));
    const card = cardKey('slack', 'CCONF');
    expect(byKey.get(`${card}:update`)?.text).toBe(
      '**beschlussfähig (zweite Einberufung, ohne Rücksicht auf die Zahl): 3 von 7 anwesend, erforderlich 4**',
    );
    expect(byKey.get(`${card}:lost:${berlin(2026, 3, 2, 15, 40).toISOString()}`)?.text).toBe(
      'Weniger als die Hälfte anwesend seit 15:40 Uhr: 3 von 7, erforderlich wären 4. Als Wiederholungssitzung (zweite Einberufung) bleibt der Ausschuss beschlussfähig.',
    );
  });

  it('refuses a duplicate arrival and a departure of someone absent, storing nothing', async () => {
    await say('UOFFICE', 'anwesend Krupp 14:00');
    expect(await say('UOFFICE', 'anwesend Krupp 14:10')).toBe(
      'Nicht erfasst\nHerr Dr. Krupp ist bereits seit 14:00 Uhr als anwesend erfasst. Nichts geändert.',
    );
    expect(await say('UOFFICE', 'verlässt Braun 15:00')).toBe(
      'Nicht erfasst\nDie Uhrzeit liegt in der Zukunft (jetzt ist es 14:20 Uhr). Bitte erfassen Sie, was schon geschehen ist.',
    );
    time.set(15, 30);
    expect(await say('UOFFICE', 'verlässt Braun 15:00')).toBe(
      'Nicht erfasst\nHerr Braun ist zu diesem Zeitpunkt nicht als anwesend erfasst. Nichts geändert.',
    );
    expect(await eventsOf(world.people.krupp)).toHaveLength(1);
    expect(await eventsOf(world.people.braun)).toEqual([]);
  });

  it('refuses unknown persons, bad times and times outside the session', async () => {
    expect(await say('UOFFICE', 'anwesend Müller 14:00')).toBe(
      'Nicht erfasst\n„Müller“ gehört nicht zu den Teilnehmenden dieser Sitzung.',
    );
    expect(await say('UOFFICE', 'anwesend Alt 14:00')).toBe(
      'Nicht erfasst\n„Alt“ gehört nicht zu den Teilnehmenden dieser Sitzung.',
    );
    expect(await say('UOFFICE', 'anwesend Pohl 25:99')).toBe(
      'Nicht erfasst\n„25:99“ ist keine Uhrzeit. Bitte z. B. 14:15 schreiben.',
    );
    expect(await say('UOFFICE', 'anwesend Pohl 12:30')).toBe(
      'Nicht erfasst\nDie Uhrzeit liegt außerhalb der Sitzung (13:00 bis 17:00 Uhr).',
    );
    expect(await AttendanceModel.countDocuments({ 'events.0': { $exists: true } })).toBe(0);
    expect(await quorumOutbox()).toEqual([]);
  });

  it('asks back with the candidates when a family name is ambiguous', async () => {
    const other = await makePerson(world.body._id, {
      familyName: 'Braun',
      formOfAddress: 'Frau',
      name: 'Frau Braun',
    });
    await makeMembership(other._id, world.committee._id, {
      onBehalfOf: world.fraktionen.spd._id,
      startDate: new Date('2014-06-01'),
    });
    expect(await say('UOFFICE', 'anwesend Braun 14:00')).toBe(
      'Nicht erfasst\n„Braun“ ist nicht eindeutig. Gemeint ist: Herr Braun, Frau Braun?',
    );
    expect(await say('UOFFICE', 'anwesend Frau Braun 14:00')).toContain(
      'Frau Braun ist anwesend ab 14:00 Uhr.',
    );
  });

  it('lets a member check in only themselves, at the current time', async () => {
    expect(await say('UBRAUN', 'anwesend Krupp 14:00')).toBe(
      'Nicht erfasst\nFür andere darf nur die Geschäftsführung des Ausschusses erfassen.',
    );
    expect(await eventsOf(world.people.krupp)).toEqual([]);
    expect(await say('UBRAUN', 'anwesend 14:00')).toContain('Herr Braun ist anwesend ab 14:20 Uhr.');
    expect(await eventsOf(world.people.braun)).toEqual([
      { kind: 'arrive', at: berlin(2026, 3, 2, 14, 20), source: 'self' },
    ]);
    expect(await say('UBRAUN', 'verlässt Braun')).toBe(
      'Nicht erfasst\nDas darf nur die Geschäftsführung des Ausschusses.',
    );
  });

  it('resolves the committee by name in a direct message', async () => {
    expect(await say('UOFFICE', 'anwesend UA DiKO Pohl 14:15', 'D42')).toContain(
      'Herr Pohl ist anwesend ab 14:15 Uhr.',
    );
  });

  it('answers when the committee has no meeting today', async () => {
    time.set(10, 0);
    await MeetingModel.updateOne(
      { _id: world.meeting._id },
      { start: berlin(2026, 3, 9, 14, 0), end: berlin(2026, 3, 9, 17, 0) },
    );
    expect(await say('UOFFICE', 'anwesend Pohl')).toBe('UA DiKO hat heute keine Sitzung.');
  });
});

describe('Befangenheit', () => {
  it('is declared by the member or the office and excluded from that item only', async () => {
    await fourPresentAt1400();
    expect(await say('UBRAUN', 'befangen TOP 5')).toBe(
      'Befangenheit erfasst: Herr Braun, TOP 5. Zählt bei diesem Punkt nicht mit.',
    );
    expect(await say('UOFFICE', 'befangen Braun TOP 5')).toBe(
      'Für Herrn Braun ist die Befangenheit bei TOP 5 bereits erfasst.',
    );
    const item5 = await say('UOFFICE', 'quorum TOP 5');
    expect(item5).toContain('Beschlussfähigkeit bei TOP 5: Sitzung UA DiKO');
    expect(item5).toContain(
      'gilt als beschlussfähig, bis die Beschlussunfähigkeit festgestellt ist: 3 von 7 anwesend, erforderlich 4',
    );
    expect(item5).toContain('**Herr Braun**: befangen bei diesem Tagesordnungspunkt');
    const item1 = await say('UOFFICE', 'quorum TOP 1');
    expect(item1).toContain('beschlussfähig: 4 von 7 anwesend, erforderlich 4');
    expect(item1).toContain('**Herr Braun**: anwesend seit 14:00 Uhr');
    const doc = await AttendanceModel.findOne({ person: world.people.braun._id }).lean();
    expect(doc?.biasedItems.map(String)).toEqual([String(world.meeting.agendaItems[1]!._id)]);
    expect(await say('UBRAUN', 'unbefangen TOP 5')).toBe('Befangenheit zurückgenommen: Herr Braun, TOP 5.');
  });

  it('can be declared in advance by direct message, for the next meeting', async () => {
    await MeetingModel.updateOne(
      { _id: world.meeting._id },
      { start: berlin(2026, 3, 9, 14, 0), end: berlin(2026, 3, 9, 17, 0) },
    );
    expect(await say('UBRAUN', 'biased item 7.1', 'D1', 'en')).toBe(
      'Conflict of interest recorded: Herr Braun, item 7.1. Not counted for that item.',
    );
  });

  it('takes a non-public item only in a confidential place, so no channel reads who is befangen there', async () => {
    const refusal =
      'Zu nichtöffentlichen Punkten antworte ich nur im vertraulichen Kanal des Ausschusses oder per Direktnachricht.';
    expect(await say('UOFFICE', 'befangen Braun TOP 7.1', 'CPUB')).toBe(refusal);
    expect(await say('UBRAUN', 'befangen TOP 7.1', 'CPUB')).toBe(refusal);
    expect(await AttendanceModel.countDocuments({ 'biasedItems.0': { $exists: true } })).toBe(0);
    expect(await say('UBRAUN', 'befangen TOP 7.1', 'D1')).toBe(
      'Befangenheit erfasst: Herr Braun, TOP 7.1. Zählt bei diesem Punkt nicht mit.',
    );
  });

  it('refuses an unknown item and a member declaring for someone else', async () => {
    expect(await say('UBRAUN', 'befangen TOP 99')).toBe(
      'Nicht erfasst\nTOP 99 gibt es in dieser Sitzung nicht.',
    );
    expect(await say('UBRAUN', 'befangen Frank TOP 5')).toBe(
      'Nicht erfasst\nFür andere darf nur die Geschäftsführung des Ausschusses erfassen.',
    );
    expect(await AttendanceModel.countDocuments({ 'biasedItems.0': { $exists: true } })).toBe(0);
  });
});

describe('lack of quorum and the quorum command', () => {
  it('records that the chair established the lack of quorum (office only)', async () => {
    await say('UOFFICE', 'anwesend Krupp 14:00');
    time.set(14, 30);
    expect(await say('UBRAUN', 'beschlussunfähig')).toBe(
      'Nicht erfasst\nDas darf nur die Geschäftsführung des Ausschusses.',
    );
    expect(await say('UOFFICE', 'beschlussunfähig')).toBe(
      'Erfasst: Die Sitzungsleitung hat um 14:30 Uhr die Beschlussunfähigkeit festgestellt.\nnicht beschlussfähig (Beschlussunfähigkeit festgestellt): 1 von 7 anwesend, erforderlich 4',
    );
    expect((await MeetingModel.findById(world.meeting._id).lean())?.quorumLackEstablished?.at).toEqual(
      berlin(2026, 3, 2, 14, 30),
    );
    expect(await say('UOFFICE', 'noquorum', 'CCONF', 'en')).toBe(
      'Not recorded\nThe lack of quorum is already established.',
    );
  });

  it('answers on non-public items only in a confidential place, and not to outsiders', async () => {
    expect(await say('UOFFICE', 'quorum TOP 7.1', 'CPUB')).toBe(
      'Zu nichtöffentlichen Punkten antworte ich nur im vertraulichen Kanal des Ausschusses oder per Direktnachricht.',
    );
    expect(await AuditEventModel.countDocuments({ action: 'read' })).toBe(0);
    expect(await say('UOFFICE', 'quorum TOP 7.1', 'CCONF')).toContain('Beschlussfähigkeit bei TOP 7.1');
    expect(await AuditEventModel.findOne({ action: 'read' }).lean()).toMatchObject({
      entityType: 'Meeting',
      entityId: meetingId,
      summary: 'Beschlussfähigkeit zu TOP 7.1 (nichtöffentlich) im Chat abgefragt',
    });
    expect(await say('UFORMER', 'quorum UA DiKO', 'D9')).toBe(
      'Die Beschlussfähigkeit sehen nur die Mitglieder und die Geschäftsführung des Ausschusses.',
    );
  });
});

describe('the check-in button', () => {
  it('stamps the time, and a second press changes nothing', async () => {
    time.set(14, 7);
    const first = await conversation.handleAction(user('UPOHL'), channel('CCONF'), 'quorum.checkin', {
      meetingId,
    });
    expect(first.replies.map((m) => m.text)).toEqual(['Danke, Sie sind ab 14:07 Uhr als anwesend erfasst.']);
    time.set(14, 9);
    const again = await conversation.handleAction(user('UPOHL'), channel('CCONF'), 'quorum.checkin', {
      meetingId,
    });
    expect(again.replies.map((m) => m.text)).toEqual([
      'Sie sind bereits seit 14:07 Uhr als anwesend erfasst.',
    ]);
    expect(await eventsOf(world.people.pohl)).toEqual([
      { kind: 'arrive', at: berlin(2026, 3, 2, 14, 7), source: 'self' },
    ]);
  });

  it('stores one arrival when the button is pressed twice at once', async () => {
    const press = () =>
      conversation.handleAction(user('UPOHL'), channel('CCONF'), 'quorum.checkin', { meetingId });
    const answers = await Promise.all([press(), press()]);
    expect(answers.map((a) => a.replies[0]?.text).sort()).toEqual([
      'Danke, Sie sind ab 14:20 Uhr als anwesend erfasst.',
      'Sie sind bereits seit 14:20 Uhr als anwesend erfasst.',
    ]);
    expect(await eventsOf(world.people.pohl)).toHaveLength(1);
  });

  it('refuses someone who is not on the list', async () => {
    const outsider = await conversation.handleAction(user('UFORMER'), channel('CCONF'), 'quorum.checkin', {
      meetingId,
    });
    expect(outsider.replies[0]?.text).toBe('Sie stehen nicht auf der Anwesenheitsliste dieser Sitzung.');
    expect(await eventsOf(world.people.former)).toEqual([]);
  });
});
