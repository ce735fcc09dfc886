// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { Agenda, AgendaItem, MeetingDetail } from '../../dashboard/src/api/types';
import MeetingAgenda from '../../dashboard/src/components/MeetingAgenda.vue';
import { flattenAgenda, movedOrder } from '../../dashboard/src/composables/agenda-parts';
import { plugins } from './support';

const item = (
  id: string,
  number: string,
  name: string,
  isPublic: boolean,
  children: AgendaItem[] = [],
): AgendaItem => ({
  id,
  order: 0,
  number,
  name,
  public: isPublic,
  level: number.includes('.') ? 2 : 1,
  children,
});
const publicPart = [
  item('a', '1', 'Mitteilungen der Verwaltung', true, [
    {
      ...item('a1', '1.1', 'Sachstand Digitalisierung', true),
      paper: { id: 'p1', reference: '3679/2019', name: 'Digitalisierungsstrategie' },
      result: 'zur Kenntnis genommen',
    },
  ]),
  item('b', '2', 'Anträge', true),
];
const withRights: Agenda = {
  publicPart,
  nonPublicPart: [item('c', '1', 'Vergabe Rechenzentrum', false)],
  nonPublicItemCount: 1,
  nonPublicIncluded: true,
};
const withoutRights: Agenda = {
  publicPart,
  nonPublicPart: [],
  nonPublicItemCount: 3,
  nonPublicIncluded: false,
};
const meeting = (agenda: Agenda): MeetingDetail => ({
  id: 'm1',
  name: '5. Sitzung',
  organization: { id: 'c1', name: 'UA DiKO' },
  start: '2026-12-01T16:00:00.000Z',
  state: 'eingeladen',
  agenda,
});

describe('agenda order', () => {
  it('flattens parts with sub-items after their main item', () => {
    expect(flattenAgenda(withRights).map((i) => i.id)).toEqual(['a', 'a1', 'b', 'c']);
  });

  it('moves main items with their sub-items, and never across parts', () => {
    expect(movedOrder(withRights, 'b', -1)).toEqual(['b', 'a', 'a1', 'c']);
    expect(movedOrder(withRights, 'b', 1)).toEqual(['a', 'a1', 'b', 'c']);
    expect(movedOrder(withRights, 'c', -1)).toEqual(['a', 'a1', 'b', 'c']);
  });
});

describe('MeetingAgenda', () => {
  it('with rights shows the nichtöffentlicher Teil with its items and the paper references', () => {
    const wrapper = mount(MeetingAgenda, { props: { meeting: meeting(withRights) }, ...plugins() });
    expect(wrapper.text()).toContain('Öffentlicher Teil');
    expect(wrapper.text()).toContain('Nichtöffentlicher Teil');
    expect(wrapper.text()).toContain('Vergabe Rechenzentrum');
    expect(wrapper.text()).toContain('3679/2019 – Digitalisierungsstrategie');
    expect(wrapper.find('.non-public-hidden').exists()).toBe(false);
    expect(wrapper.text()).toContain('Ergebnis: zur Kenntnis genommen');
  });

  it('without rights shows only how many non-public items there are', () => {
    const wrapper = mount(MeetingAgenda, { props: { meeting: meeting(withoutRights) }, ...plugins() });
    expect(wrapper.find('.non-public-hidden').text()).toContain('3 nichtöffentliche Punkte');
    expect(wrapper.findAll('[data-item]').map((li) => li.attributes('data-item'))).toEqual(['a', 'a1', 'b']);
  });

  it('speaks English when switched', () => {
    const agenda = { ...withoutRights, nonPublicItemCount: 1 };
    const wrapper = mount(MeetingAgenda, { props: { meeting: meeting(agenda) }, ...plugins('en') });
    expect(wrapper.text()).toContain('Public part');
    expect(wrapper.text()).toContain('1 non-public item');
    expect(wrapper.text()).toContain('Result: noted');
  });
});
