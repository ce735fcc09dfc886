// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import type { MeetingDetail } from '../../dashboard/src/api/types';
import AttendancePanel from '../../dashboard/src/components/AttendancePanel.vue';
import { resetSession } from '../../dashboard/src/composables/session';
import { fakeApiReplies, fieldError, type Reply } from './api-replies';
import { plugins } from './support';

const meeting = (start: string): MeetingDetail => ({
  id: 'm1',
  name: 'Sitzung des Ausschusses für Digitalisierung',
  organization: { id: 'c1', name: 'Ausschuss für Digitalisierung' },
  start,
  state: 'eingeladen',
  agenda: { publicPart: [], nonPublicPart: [], nonPublicItemCount: 0, nonPublicIncluded: true },
});
/** Köln, 18.11.2019, 14:00 Uhr (CET). */
const PAST = '2019-11-18T13:00:00.000Z';
const FUTURE = '2099-05-04T12:00:00.000Z';

const office = { displayName: 'Geschäftsführung', roles: ['office'], officeCommitteeIds: ['c1'] };
const member = { displayName: 'Herr Pohl', roles: ['member'], memberCommitteeIds: ['c1'] };

const forecast = {
  meeting: {
    id: 'm1',
    name: 'Sitzung',
    start: FUTURE,
    committee: { id: 'c1', shortName: 'ADi' },
    cancelled: false,
  },
  expectedQuorate: true,
  expected: 6,
  needed: 4,
  seats: 7,
  secondConvocation: false,
  attending: ['Herr Pohl', 'Frau Berg', 'Herr Frank', 'Frau Dr. Schmitz', 'Herr Wolf'],
  excused: ['Herr Krupp'],
  represented: [{ member: 'Herr Dr. Elster', substitute: 'Frau Lang', confirmed: false }],
  open: ['Herr Akbayir'],
  notReached: ['Herr Akbayir'],
};

const verdict = (personId: string, name: string, counts: boolean, code: string, de: string, en: string) => ({
  personId,
  name,
  counts,
  reason: { code },
  explanation: { de, en },
});
const pohl = verdict('p1', 'Herr Pohl', true, 'present', 'anwesend seit 14:00 Uhr', 'present since 14:00');
const lang = verdict(
  'p2',
  'Frau Lang',
  true,
  'substituteFor',
  'i.V.f. Herrn Dr. Elster, anwesend seit 14:15 Uhr',
  'substituting for Herr Dr. Elster, present since 14:15',
);
const frank = verdict(
  'p3',
  'Herr Frank',
  false,
  'left',
  'hat die Sitzung um 15:40 Uhr verlassen',
  'left at 15:40',
);
const berg = verdict('p4', 'Frau Berg', false, 'administration', 'Verwaltung', 'administration');
const quorum = (fields: object) => ({
  quorate: true,
  countedQuorate: true,
  basis: 'count',
  present: 5,
  needed: 4,
  seats: 7,
  summary: {
    de: 'beschlussfähig: 5 von 7 anwesend, erforderlich 4',
    en: 'quorate: 5 of 7 present, 4 required',
  },
  people: [pohl, lang, frank, berg],
  ...fields,
});
const routes: Record<string, Reply> = {
  'GET /api/v1/meetings/m1/forecast': { body: forecast },
  'GET /api/v1/meetings/m1/quorum': {
    body: { meetingId: 'm1', at: '2019-11-18T15:00:00.000Z', ...quorum({}) },
  },
  'GET /api/v1/meetings/m1/quorum/items': {
    body: {
      meetingId: 'm1',
      at: '2019-11-18T15:00:00.000Z',
      items: [
        { id: 'a1', number: '1', name: 'Mitteilungen der Verwaltung', public: true, quorum: quorum({}) },
        {
          id: 'a9',
          number: '9',
          name: 'Grundstücksangelegenheit',
          public: false,
          quorum: quorum({
            quorate: false,
            countedQuorate: false,
            present: 3,
            summary: {
              de: 'nicht beschlussfähig: 3 von 7 anwesend, erforderlich 4',
              en: 'not quorate: 3 of 7 present, 4 required',
            },
            people: [
              verdict(
                'p1',
                'Herr Pohl',
                false,
                'befangen',
                'befangen bei diesem Tagesordnungspunkt',
                'befangen',
              ),
              lang,
              frank,
              berg,
            ],
          }),
        },
      ],
    },
  },
  'GET /api/v1/meetings/m1/attendance': {
    body: {
      meetingId: 'm1',
      seats: 7,
      secondConvocation: false,
      lackEstablishedAt: null,
      participants: [
        { personId: 'p1', name: 'Herr Pohl', role: 'member', votingRight: true, events: [] },
        { personId: 'p4', name: 'Frau Berg', role: 'administration', votingRight: false, events: [] },
      ],
      attendanceList: {
        format: 'fraktionTable',
        text: '',
        sections: [
          { heading: 'Anwesend waren:', level: 1, spacing: 'tight', lines: [] },
          {
            heading: 'Stimmberechtigte Mitglieder',
            level: 2,
            spacing: 'tight',
            lines: [{ text: 'Herr\tMichael Pohl\tSPD', columns: ['Herr', 'Michael Pohl', 'SPD'] }],
          },
        ],
      },
    },
  },
  'POST /api/v1/meetings/m1/attendance/events': { status: 201, body: { personId: 'p1', kind: 'leave' } },
  'POST /api/v1/meetings/m1/attendance/befangenheit': {
    status: 201,
    body: { personId: 'p1', agendaItemId: 'a9', number: '9', changed: true },
  },
  'POST /api/v1/meetings/m1/quorum/lack-established': {
    status: 201,
    body: { at: '2019-11-18T15:00:00.000Z' },
  },
};

async function mounted(start: string, replies: Record<string, Reply> = routes, locale: 'de' | 'en' = 'de') {
  const calls = fakeApiReplies(replies);
  const wrapper = mount(AttendancePanel, { props: { meeting: meeting(start) }, ...plugins(locale) });
  await flushPromises();
  return { wrapper, calls };
}

const requested = (calls: { method: string; path: string }[]) => calls.map((c) => `${c.method} ${c.path}`);

describe('AttendancePanel before the session', () => {
  beforeEach(() => resetSession(office));

  it('shows the forecast with the answers and asks for nothing else', async () => {
    const { wrapper, calls } = await mounted(FUTURE);
    expect(requested(calls)).toEqual(['GET /api/v1/meetings/m1/forecast']);
    expect(wrapper.find('h2').text()).toBe('Anwesenheit und Beschlussfähigkeit');
    expect(wrapper.find('.forecast-summary').text()).toBe('erwartet beschlussfähig: 6 von 7, erforderlich 4');
    const group = (key: string) =>
      `${wrapper.find(`dt[data-group="${key}"]`).text()} ${wrapper.find(`dd[data-group="${key}"]`).text()}`;
    expect(group('attending')).toBe(
      'Zugesagt (5) Herr Pohl, Frau Berg, Herr Frank, Frau Dr. Schmitz, Herr Wolf',
    );
    expect(group('excused')).toBe('Entschuldigt (1) Herr Krupp');
    expect(group('represented')).toBe('Vertreten (1) Herr Dr. Elster durch Frau Lang (noch nicht bestätigt)');
    expect(group('open')).toBe('Ohne Antwort (1) Herr Akbayir');
    expect(wrapper.find('.forecast-not-reached').text()).toBe(
      'Im Chat nicht erreichbar, bitte anders nachfragen: Herr Akbayir',
    );
    expect(wrapper.find('form').exists()).toBe(false);
  });

  it('speaks English when switched', async () => {
    const { wrapper } = await mounted(FUTURE, routes, 'en');
    expect(wrapper.find('h2').text()).toBe('Attendance and quorum');
    expect(wrapper.find('.forecast-summary').text()).toBe('expected quorate: 6 of 7, 4 required');
    expect(wrapper.find('dd[data-group="represented"]').text()).toBe(
      'Herr Dr. Elster by Frau Lang (not yet confirmed)',
    );
    expect(wrapper.find('dt[data-group="open"]').text()).toBe('No answer yet (1)');
  });

  it('says "noch nicht erfasst" when the reader may not see the forecast', async () => {
    resetSession(member);
    const { wrapper } = await mounted(FUTURE, {
      'GET /api/v1/meetings/m1/forecast': {
        status: 403,
        body: { error: { code: 'forbidden', message: 'x' } },
      },
    });
    expect(wrapper.find('.placeholder').text()).toBe('noch nicht erfasst');
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
  });

  it('asks a visitor nothing', async () => {
    resetSession(null);
    const { wrapper, calls } = await mounted(FUTURE);
    expect(calls).toEqual([]);
    expect(wrapper.find('.placeholder').text()).toBe('noch nicht erfasst');
  });
});

describe('AttendancePanel during and after the session', () => {
  beforeEach(() => resetSession(office));

  it('shows the quorum now, per agenda item with reasons, and the attendance list', async () => {
    const { wrapper, calls } = await mounted(PAST);
    expect(requested(calls)).toEqual([
      'GET /api/v1/meetings/m1/quorum',
      'GET /api/v1/meetings/m1/quorum/items',
      'GET /api/v1/meetings/m1/attendance',
    ]);
    expect(wrapper.find('.quorum-summary').text()).toBe('beschlussfähig: 5 von 7 anwesend, erforderlich 4');
    expect(wrapper.find('.quorum-people caption').text()).toBe('Stimmberechtigte und ihre Anrechnung');
    const row = (id: string) => wrapper.find(`.quorum-people tr[data-person="${id}"]`).findAll('th, td');
    expect(row('p2').map((cell) => cell.text())).toEqual([
      'Frau Lang',
      'ja',
      'i.V.f. Herrn Dr. Elster, anwesend seit 14:15 Uhr',
    ]);
    expect(row('p3').map((cell) => cell.text())).toEqual([
      'Herr Frank',
      'nein',
      'hat die Sitzung um 15:40 Uhr verlassen',
    ]);
    const item9 = wrapper.find('.item-quorum tr[data-item="a9"]').findAll('th, td');
    expect(item9[0]!.text()).toBe('TOP 9 Grundstücksangelegenheit nichtöffentlich');
    expect(item9[1]!.text()).toBe('nicht beschlussfähig: 3 von 7 anwesend, erforderlich 4');
    expect(item9[2]!.findAll('li').map((li) => li.text())).toEqual([
      'Herr Pohl: befangen bei diesem Tagesordnungspunkt',
      'Herr Frank: hat die Sitzung um 15:40 Uhr verlassen',
    ]);
    expect(wrapper.find('.attendance-list h4').text()).toBe('Anwesend waren:');
    expect(wrapper.find('.attendance-list h5').text()).toBe('Stimmberechtigte Mitglieder');
    expect(wrapper.find('.attendance-lines li').text()).toBe('Herr\tMichael Pohl\tSPD');
  });

  it('records a departure for the office at the Berlin time given, then reloads', async () => {
    const { wrapper, calls } = await mounted(PAST);
    const options = wrapper.findAll('#presence-person option').map((option) => option.text());
    expect(options).toEqual(['Bitte wählen …', 'Herr Pohl', 'Frau Berg']);
    expect(wrapper.find('label[for="presence-person"]').text()).toBe('Person');
    expect((wrapper.find('#presence-time').element as HTMLInputElement).value).toBe('14:00');
    await wrapper.find('#presence-person').setValue('p1');
    await wrapper.find('input[name="presence-kind"][value="leave"]').setValue();
    await wrapper.find('#presence-time').setValue('15:40');
    await wrapper.find('form.presence-form').trigger('submit');
    await flushPromises();
    expect(calls[3]).toEqual({
      method: 'POST',
      path: '/api/v1/meetings/m1/attendance/events',
      body: { personId: 'p1', kind: 'leave', at: '2019-11-18T14:40:00.000Z' },
    });
    expect(wrapper.find('form.presence-form [role="status"]').text()).toBe(
      'Erfasst: Herr Pohl geht um 15:40 Uhr.',
    );
    expect(requested(calls.slice(4))).toEqual([
      'GET /api/v1/meetings/m1/quorum',
      'GET /api/v1/meetings/m1/quorum/items',
      'GET /api/v1/meetings/m1/attendance',
    ]);
  });

  it('shows the API’s refusal next to the field it names', async () => {
    const { wrapper, calls } = await mounted(PAST, {
      ...routes,
      'POST /api/v1/meetings/m1/attendance/events': fieldError(
        422,
        'attendance_time_outside_session',
        'at',
        'Der Zeitpunkt liegt außerhalb der Sitzung.',
      ),
    });
    await wrapper.find('#presence-person').setValue('p1');
    await wrapper.find('#presence-time').setValue('23:59');
    await wrapper.find('form.presence-form').trigger('submit');
    await flushPromises();
    expect(calls[3]!.body).toEqual({ personId: 'p1', kind: 'arrive', at: '2019-11-18T22:59:00.000Z' });
    expect(wrapper.find('#presence-time-error').text()).toBe('Der Zeitpunkt liegt außerhalb der Sitzung.');
    expect(wrapper.find('#presence-time').attributes('aria-describedby')).toBe('presence-time-error');
    expect(wrapper.find('#presence-time').attributes('aria-invalid')).toBe('true');
    expect(wrapper.find('#presence-person-error').exists()).toBe(false);
    expect(calls).toHaveLength(4);
  });

  it('shows a refused person next to the person select', async () => {
    const { wrapper } = await mounted(PAST, {
      ...routes,
      'POST /api/v1/meetings/m1/attendance/events': fieldError(
        422,
        'attendance_already_present',
        'personId',
        'Herr Pohl ist bereits anwesend.',
      ),
    });
    await wrapper.find('#presence-person').setValue('p1');
    await wrapper.find('#presence-time').setValue('14:05');
    await wrapper.find('form.presence-form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('#presence-person-error').text()).toBe('Herr Pohl ist bereits anwesend.');
  });

  it('records that the chair established the lack of quorum', async () => {
    const { wrapper, calls } = await mounted(PAST);
    expect(wrapper.find('form.lack-of-quorum-form button').text()).toBe('Beschlussunfähigkeit festgestellt');
    await wrapper.find('#lack-time').setValue('16:05');
    await wrapper.find('form.lack-of-quorum-form').trigger('submit');
    await flushPromises();
    expect(calls[3]).toEqual({
      method: 'POST',
      path: '/api/v1/meetings/m1/quorum/lack-established',
      body: { at: '2019-11-18T15:05:00.000Z' },
    });
    expect(wrapper.find('form.lack-of-quorum-form [role="status"]').text()).toBe(
      'Die Feststellung der Beschlussunfähigkeit um 16:05 Uhr ist erfasst.',
    );
  });

  it('records a Befangenheit for an agenda item', async () => {
    const { wrapper, calls } = await mounted(PAST);
    expect(wrapper.findAll('#befangen-item option').map((option) => option.text())).toEqual([
      'Bitte wählen …',
      'TOP 1 Mitteilungen der Verwaltung',
      'TOP 9 Grundstücksangelegenheit',
    ]);
    await wrapper.find('#befangen-person').setValue('p1');
    await wrapper.find('#befangen-item').setValue('a9');
    await wrapper.find('form.befangenheit-form').trigger('submit');
    await flushPromises();
    expect(calls[3]).toEqual({
      method: 'POST',
      path: '/api/v1/meetings/m1/attendance/befangenheit',
      body: { personId: 'p1', agendaItemId: 'a9' },
    });
    expect(wrapper.find('form.befangenheit-form [role="status"]').text()).toBe(
      'Herr Pohl ist bei TOP 9 befangen.',
    );
    expect(calls).toHaveLength(7);
  });

  it('shows a refused Befangenheit next to the agenda item', async () => {
    const { wrapper } = await mounted(PAST, {
      ...routes,
      'POST /api/v1/meetings/m1/attendance/befangenheit': fieldError(
        400,
        'agenda_item_unknown',
        'agendaItemId',
        'Diesen Tagesordnungspunkt gibt es in der Sitzung nicht.',
      ),
    });
    await wrapper.find('#befangen-person').setValue('p1');
    await wrapper.find('#befangen-item').setValue('a1');
    await wrapper.find('form.befangenheit-form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('#befangen-item-error').text()).toBe(
      'Diesen Tagesordnungspunkt gibt es in der Sitzung nicht.',
    );
    expect(wrapper.find('#befangen-item').attributes('aria-invalid')).toBe('true');
  });

  it('shows a member the quorum without the office forms', async () => {
    resetSession(member);
    const { wrapper } = await mounted(PAST);
    expect(wrapper.find('.quorum-summary').exists()).toBe(true);
    expect(wrapper.find('form').exists()).toBe(false);
  });

  it('shows the reasons in English when switched', async () => {
    const { wrapper } = await mounted(PAST, routes, 'en');
    expect(wrapper.find('.quorum-summary').text()).toBe('quorate: 5 of 7 present, 4 required');
    expect(wrapper.find('.quorum-people tr[data-person="p3"] td:last-child').text()).toBe('left at 15:40');
    expect(wrapper.find('button[type="submit"]').text()).toBe('Record');
  });
});
