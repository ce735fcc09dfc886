// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { MeetingFollowUp, MeetingFollowUps as FollowUpsReply } from '../../dashboard/src/api/follow-ups';
import MeetingFollowUps from '../../dashboard/src/components/MeetingFollowUps.vue';
import { groupByAgendaItem } from '../../dashboard/src/composables/follow-up-groups';
import { fakeApi, plugins } from './support';

const item1 = { id: 'a1', number: '1', name: 'Mitteilungen der Verwaltung' };
const item2 = { id: 'a2', number: '2', name: 'Anträge' };
const followUp = (id: string, fields: Partial<MeetingFollowUp>): MeetingFollowUp => ({
  id,
  kind: 'zusage',
  title: `Auftrag ${id}`,
  status: 'offen',
  public: true,
  dueDate: null,
  overdue: false,
  owner: { department: null, name: null },
  agendaItem: null,
  ...fields,
});
const items = [
  followUp('f1', {
    agendaItem: item1,
    title: 'WLAN-Standorte tagesaktuell darstellen',
    dueDate: '2021-01-31T23:00:00.000Z',
    overdue: true,
    owner: { department: 'Amt 12', name: 'Herr Rossbach' },
  }),
  followUp('f2', { agendaItem: item2, kind: 'pruefauftrag', title: 'Glasfaser prüfen', status: 'erledigt' }),
  followUp('f3', { title: 'Ohne Punkt' }),
  followUp('f4', {
    agendaItem: item1,
    title: 'Antwort zur Niederschrift',
    dueDate: '2021-03-01T23:00:00.000Z',
  }),
];
const reply = (fields: Partial<FollowUpsReply> = {}): FollowUpsReply => ({
  meetingId: 'm1',
  items,
  nonPublicCount: 0,
  nonPublicIncluded: true,
  ...fields,
});

async function mounted(answer: FollowUpsReply, locale: 'de' | 'en' = 'de') {
  const calls = fakeApi({ 'GET /api/v1/meetings/m1/follow-ups': answer });
  const wrapper = mount(MeetingFollowUps, { props: { meetingId: 'm1' }, ...plugins(locale) });
  await flushPromises();
  return { wrapper, calls };
}

describe('groupByAgendaItem', () => {
  it('groups by agenda item in the order given, those without an item last', () => {
    const groups = groupByAgendaItem(items);
    expect(groups.map((g) => g.key)).toEqual(['a1', 'a2', null]);
    expect(groups[0]!.followUps.map((f) => f.id)).toEqual(['f1', 'f4']);
    expect(groups[2]!.followUps.map((f) => f.id)).toEqual(['f3']);
  });
});

describe('MeetingFollowUps', () => {
  it('loads the meeting’s follow-ups and shows them per agenda item with owner, due date and status', async () => {
    const { wrapper, calls } = await mounted(reply());
    expect(calls).toEqual([{ method: 'GET', path: '/api/v1/meetings/m1/follow-ups', body: undefined }]);
    const tables = wrapper.findAll('table');
    expect(tables.map((table) => table.find('caption').text())).toEqual([
      'TOP 1 Mitteilungen der Verwaltung',
      'TOP 2 Anträge',
      'Ohne Tagesordnungspunkt',
    ]);
    const firstRow = tables[0]!.findAll('tbody tr')[0]!;
    expect(firstRow.text()).toContain('WLAN-Standorte tagesaktuell darstellen');
    expect(firstRow.text()).toContain('Zusage');
    expect(firstRow.text()).toContain('Herr Rossbach, Amt 12');
    expect(firstRow.find('td.overdue').text()).toMatch(/^01\.02\.2021\s+\(überfällig\)$/);
    expect(firstRow.find('td.overdue').exists()).toBe(true);
    const secondRow = tables[0]!.findAll('tbody tr')[1]!;
    expect(secondRow.find('td.overdue').exists()).toBe(false);
    expect(tables[1]!.text()).toContain('Prüfauftrag');
    expect(tables[1]!.text()).toContain('erledigt');
    expect(wrapper.text()).not.toContain('noch nicht erfasst');
  });

  it('without rights says how many non-public follow-ups are withheld', async () => {
    const { wrapper } = await mounted(reply({ nonPublicCount: 2, nonPublicIncluded: false }));
    expect(wrapper.find('.non-public-hidden').text()).toContain('2 nichtöffentliche Aufträge');
  });

  it('says when nothing was recorded', async () => {
    const { wrapper } = await mounted(reply({ items: [] }));
    expect(wrapper.find('table').exists()).toBe(false);
    expect(wrapper.text()).toContain('Keine Aufträge oder Zusagen erfasst.');
    expect(wrapper.find('.non-public-hidden').exists()).toBe(false);
  });

  it('speaks English when switched', async () => {
    const { wrapper } = await mounted(reply({ nonPublicCount: 1, nonPublicIncluded: false }), 'en');
    expect(wrapper.find('caption').text()).toBe('Item 1 Mitteilungen der Verwaltung');
    expect(wrapper.text()).toContain('Promise');
    expect(wrapper.text()).toContain('(overdue)');
    expect(wrapper.text()).toContain('1 non-public task');
  });
});
