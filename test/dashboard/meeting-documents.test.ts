// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { MeetingDetail } from '../../dashboard/src/api/types';
import MeetingDocuments from '../../dashboard/src/components/MeetingDocuments.vue';
import {
  berlinClock,
  berlinTimeOnDay,
  defaultSessionTime,
} from '../../dashboard/src/composables/berlin-time';
import { plugins } from './support';

const meeting: MeetingDetail = {
  id: 'm1',
  name: 'Sitzung',
  organization: { id: 'c1', name: 'Ausschuss für Digitalisierung' },
  start: '2019-11-18T13:00:00.000Z',
  state: 'durchgefuehrt',
  agenda: { publicPart: [], nonPublicPart: [], nonPublicItemCount: 0, nonPublicIncluded: true },
};

describe('MeetingDocuments', () => {
  it('links the draft minutes and the committee’s open-items report as Word and Markdown', () => {
    const wrapper = mount(MeetingDocuments, { props: { meeting }, ...plugins() });
    expect(wrapper.find('h2').text()).toBe('Dokumente');
    const links = (key: string) =>
      wrapper.findAll(`li[data-document="${key}"] a`).map((a) => [a.text(), a.attributes('href')]);
    expect(links('minutes')).toEqual([
      ['Word (DOCX)', '/api/v1/meetings/m1/minutes?format=docx'],
      ['Markdown', '/api/v1/meetings/m1/minutes?format=md'],
    ]);
    expect(links('report')).toEqual([
      ['Word (DOCX)', '/api/v1/committees/c1/open-items-report?format=docx'],
      ['Markdown', '/api/v1/committees/c1/open-items-report?format=md'],
    ]);
    expect(wrapper.find('li[data-document="minutes"] a').attributes('aria-label')).toBe(
      'Entwurf der Niederschrift als Word (DOCX) herunterladen',
    );
    expect(wrapper.find('li[data-document="report"]').text()).toContain(
      'Übersicht über die offenen Beschlüsse, Prüf- und Arbeitsaufträge:',
    );
  });

  it('speaks English when switched', () => {
    const wrapper = mount(MeetingDocuments, { props: { meeting }, ...plugins('en') });
    expect(wrapper.find('li[data-document="minutes"] a').attributes('aria-label')).toBe(
      'Download Draft minutes as Word (DOCX)',
    );
  });
});

describe('Berlin wall-clock times', () => {
  it('turns a time on the meeting day into the instant, in winter and in summer', () => {
    expect(berlinTimeOnDay(new Date('2019-11-18T13:00:00Z'), '14:15')?.toISOString()).toBe(
      '2019-11-18T13:15:00.000Z',
    );
    expect(berlinTimeOnDay(new Date('2026-06-10T12:00:00Z'), '9:05')?.toISOString()).toBe(
      '2026-06-10T07:05:00.000Z',
    );
    expect(berlinTimeOnDay(new Date('2026-06-10T12:00:00Z'), 'später')).toBeNull();
  });

  it('offers now on the meeting day, else the meeting’s start', () => {
    const start = new Date('2019-11-18T13:00:00Z');
    expect(defaultSessionTime(start, new Date('2019-11-18T14:20:00Z'))).toBe('15:20');
    expect(defaultSessionTime(start, new Date('2019-11-19T14:20:00Z'))).toBe('14:00');
  });

  it('shows an instant on Berlin clocks', () => {
    expect(berlinClock(new Date('2019-11-18T14:40:00Z'))).toBe('15:40');
    expect(berlinClock(new Date('2026-06-10T22:30:00Z'))).toBe('00:30');
  });
});
