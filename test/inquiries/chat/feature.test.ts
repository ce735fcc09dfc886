import { describe, expect, it } from 'vitest';
import type { Turn } from '../../../bot/chat/deps';
import type { InquiryChatDeps } from '../../../bot/chat/inquiries/deps';
import { inquiryChatFeature } from '../../../bot/chat/inquiries/feature';
import type { ChatForm, Locale } from '../../../bot/chat/message';
import type { Principal } from '../../../server/domain/access/principal';
import type {
  FileInquiryInput,
  FileInquiryResult,
  FilingChoices,
} from '../../../server/domain/inquiries/filing';

const NOW = new Date('2026-11-16T09:00:00Z');
const principal: Principal = {
  kind: 'user',
  userId: 'u1',
  displayName: 'Herr Weber',
  roles: ['member'],
  personId: 'p1',
  officeCommitteeIds: [],
  memberCommitteeIds: ['c1'],
};
const CHOICES: FilingChoices = {
  committees: [
    { id: 'c1', shortName: 'UA DiKO' },
    { id: 'c2', shortName: 'AVR' },
  ],
  meetings: [
    {
      id: 'm5',
      committeeId: 'c1',
      name: '5. Sitzung des Unterausschusses',
      start: new Date('2026-11-18T16:00:00Z'),
      deadline: new Date('2026-11-16T11:00:00Z'),
      late: false,
    },
    {
      id: 'a3',
      committeeId: 'c2',
      name: 'Sitzung des Ausschusses für Verwaltung',
      start: new Date('2026-11-20T15:00:00Z'),
      deadline: new Date('2026-11-18T11:00:00Z'),
      late: false,
    },
  ],
  fraktionen: [],
};

function world(result: FileInquiryResult, choices: FilingChoices = CHOICES) {
  const filed: FileInquiryInput[] = [];
  let ids = 0;
  const deps: InquiryChatDeps = {
    clock: () => NOW,
    choices: async () => choices,
    file: async (_principal, input) => {
      filed.push(input);
      return result;
    },
    newRequestId: () => `req-${++ids}`,
  };
  const feature = inquiryChatFeature(deps);
  const origin = { platform: 'teams', tenantId: 't', channelId: 'personal', kind: 'direct' };
  const turn = (locale: Locale = 'de') => ({ locale, principal, origin }) as unknown as Turn;
  return { feature, filed, turn };
}

const invalid = (errors: Record<string, string>, errorsEn: Record<string, string>): FileInquiryResult => ({
  status: 'invalid',
  errors,
  errorsEn,
});

describe('the Anfrage chat feature', () => {
  it('answers the command with a button that carries the text to prefill', async () => {
    const { feature, turn } = world(invalid({}, {}));
    const [message] = await feature.command!(turn(), 'anfrage', 'Wann kommt das WLAN?');
    expect(message?.buttons).toEqual([
      {
        actionId: 'inquiry.open',
        label: 'Anfrage stellen',
        value: { text: 'Wann kommt das WLAN?' },
        style: 'primary',
      },
    ]);
    expect(feature.verbs).toEqual(['anfrage', 'inquiry']);
  });

  it('explains instead of offering a form to someone who may file nowhere', async () => {
    const { feature, turn } = world(invalid({}, {}), { committees: [], meetings: [], fraktionen: [] });
    const [message] = await feature.command!(turn('en'), 'inquiry', '');
    expect(message?.title).toBe('No question possible');
    const opened = await feature.actions!['inquiry.open']!(turn(), {});
    expect(opened.openForm).toBeUndefined();
    expect(opened.replies[0]?.title).toBe('Keine Anfrage möglich');
  });

  it('labels meetings with committee and deadline, preselects the asked committee, and leaves out the Fraktion without one', async () => {
    const { feature, turn } = world(invalid({}, {}));
    const { openForm } = await feature.actions!['inquiry.open']!(turn('en'), { committeeId: 'c2' });
    const form = openForm as ChatForm;
    expect(form.title).toBe('File a question');
    expect(form.state).toEqual({ requestId: 'req-1' });
    expect(form.fields.map((f) => f.id)).toEqual([
      'committeeId',
      'meetingId',
      'subject',
      'text',
      'kind',
      'attachmentUrl',
    ]);
    const meeting = form.fields[1];
    expect(meeting?.kind === 'select' && meeting.options.map((o) => o.label)).toEqual([
      '5. Sitzung UA DiKO, 18/11/2026 – deadline 16/11/2026, 12:00',
      'Sitzung des Ausschusses für Verwaltung (AVR), 20/11/2026 – deadline 18/11/2026, 12:00',
    ]);
    expect(form.fields[0]?.kind === 'select' && form.fields[0].initial).toBe('c2');
    expect(meeting?.kind === 'select' && meeting.initial).toBe('a3');
  });

  it('gives the domain’s messages in English to an English user, those without a field on the committee', async () => {
    const { feature, turn, filed } = world(
      invalid(
        { subject: 'Bitte geben Sie einen Betreff an.', requestId: 'nicht zugeordnet' },
        { subject: 'Please enter a subject.', requestId: 'could not be identified' },
      ),
    );
    const outcome = await feature.forms!['inquiry.file']!(
      turn('en'),
      {
        committeeId: 'c1',
        meetingId: 'm5',
        subject: '',
        text: 'x',
        kind: 'muendlich',
        onBehalfOf: 'personal',
      },
      { requestId: 'r-7' },
    );
    expect(outcome).toEqual({
      errors: { subject: 'Please enter a subject.', committeeId: 'could not be identified' },
    });
    expect(filed).toEqual([
      { committeeId: 'c1', meetingId: 'm5', subject: '', text: 'x', kind: 'muendlich', requestId: 'r-7' },
    ]);
  });

  it('says so on the meeting when the deadline passed and no further meeting is scheduled', async () => {
    const { feature, turn } = world({ status: 'late', deadline: new Date(), nextMeeting: null });
    const outcome = await feature.forms!['inquiry.file']!(turn(), { meetingId: 'm5' }, { requestId: 'r' });
    expect(outcome).toEqual({
      errors: {
        meetingId:
          'Die Einreichungsfrist für diese Sitzung ist abgelaufen und es ist noch keine weitere Sitzung terminiert.',
      },
    });
  });

  it('files the confirmed late question with what the first step carried in its state', async () => {
    const { feature, turn, filed } = world(invalid({}, {}));
    const refused = await feature.forms!['inquiry.confirmLate']!(turn(), { subject: 'S', text: 'T' }, {});
    expect(refused).toEqual({
      errors: { acceptLate: 'Bitte bestätigen Sie, dass die Anfrage in die nächste Sitzung geht.' },
    });
    await feature.forms!['inquiry.confirmLate']!(
      turn(),
      { acceptLate: 'yes', subject: 'S', text: 'T' },
      {
        requestId: 'r-9',
        committeeId: 'c1',
        meetingId: 'm5',
        kind: 'schriftlich',
        attachmentUrl: 'https://example.org/a.pdf',
      },
    );
    expect(filed).toEqual([
      {
        committeeId: 'c1',
        meetingId: 'm5',
        subject: 'S',
        text: 'T',
        kind: 'schriftlich',
        requestId: 'r-9',
        attachmentUrl: 'https://example.org/a.pdf',
        acceptLate: true,
      },
    ]);
  });

  it('adds its line to the help', () => {
    const { feature } = world(invalid({}, {}));
    expect(feature.helpLines!('de')).toEqual([
      '**anfrage**: eine Anfrage an die Verwaltung stellen (Formular)',
    ]);
  });
});
