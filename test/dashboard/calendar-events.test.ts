// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Committee, MeetingSummary } from '../../dashboard/src/api/types';
import { meetingEvents, toggleCommittee } from '../../dashboard/src/composables/calendar-events';
import {
  COMMITTEE_PALETTE,
  committeeStyles,
  contrastRatio,
} from '../../dashboard/src/composables/committee-colors';

const committees: Committee[] = [
  { id: 'c-digi', name: 'Ausschuss für Digitalisierung' },
  { id: 'c-ua', name: 'Unterausschuss Digitale Kommunikation', color: '#ffe066' },
];
const meetings: MeetingSummary[] = [
  {
    id: 'm1',
    name: '5. Sitzung',
    organization: { id: 'c-digi', name: 'Ausschuss für Digitalisierung' },
    start: '2026-12-01T16:00:00.000Z',
    end: '2026-12-01T18:00:00.000Z',
    state: 'eingeladen',
  },
  {
    id: 'm2',
    name: '6. Sitzung',
    organization: { id: 'c-ua', name: 'Unterausschuss Digitale Kommunikation' },
    start: '2026-12-03T13:00:00.000Z',
    state: 'abgesagt',
    cancelled: true,
  },
];

describe('calendar events', () => {
  const styles = committeeStyles(committees);

  it('maps meetings to events in their committee colour, linking to the meeting page', () => {
    const [first] = meetingEvents(meetings, styles, new Set(), { cancelled: 'abgesagt' });
    expect(first).toMatchObject({
      id: 'm1',
      title: '5. Sitzung',
      url: '/meetings/m1',
      backgroundColor: COMMITTEE_PALETTE[0],
      textColor: '#ffffff',
      extendedProps: { committeeId: 'c-digi', cancelled: false },
    });
  });

  it('uses the committee colour, readable text on it, a default duration and marks cancellations', () => {
    const second = meetingEvents(meetings, styles, new Set(), { cancelled: 'abgesagt' })[1];
    expect(second?.backgroundColor).toBe('#ffe066');
    expect(second?.textColor).toBe('#000000');
    expect(second?.title).toBe('abgesagt: 6. Sitzung');
    expect(second?.classNames).toContain('meeting-cancelled');
    expect(Date.parse(second!.end) - Date.parse(second!.start)).toBe(2 * 3_600_000);
  });

  it('leaves out the meetings of hidden committees and toggles back', () => {
    const hidden = toggleCommittee(new Set(), 'c-ua');
    expect(meetingEvents(meetings, styles, hidden, { cancelled: 'x' }).map((e) => e.id)).toEqual(['m1']);
    expect(meetingEvents(meetings, styles, toggleCommittee(hidden, 'c-ua'), { cancelled: 'x' })).toHaveLength(
      2,
    );
  });

  it('palette colours keep white text at WCAG AA contrast', () => {
    for (const colour of COMMITTEE_PALETTE)
      expect(contrastRatio(colour, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(new Set(COMMITTEE_PALETTE).size).toBe(COMMITTEE_PALETTE.length);
  });
});
