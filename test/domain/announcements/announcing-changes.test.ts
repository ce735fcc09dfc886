import { describe, expect, it } from 'vitest';
import { announcingChanges } from '../../../server/domain/announcements/announcing-changes';
import type {
  AnnouncedMeeting,
  AnnouncementDeps,
  OutboxItem,
} from '../../../server/domain/announcements/ports';
import { chatAnnouncementRenderer } from '../../../bot/chat/renderer';

function fakeDeps(meeting: AnnouncedMeeting) {
  const queued: OutboxItem[] = [];
  let current = meeting;
  const deps: AnnouncementDeps = {
    store: {
      findMeeting: async () => structuredClone(current),
      markPublished: async () => {},
      activeBindings: async () => [
        { bindingId: 'b1', platform: 'teams', tenantId: 't', channelId: '19:x', confidentiality: 'public' },
      ],
      upcomingPublishedMeetings: async () => [],
      reminderDaysBefore: async () => [7, 1],
    },
    renderer: chatAnnouncementRenderer,
    outbox: {
      enqueue: async (items) => {
        queued.push(...items);
        return items.length;
      },
      enqueueUpdate: async (item) => void queued.push(item),
    },
    audit: { record: async () => {} },
    clock: () => new Date('2026-03-01T09:00:00Z'),
    channelLocale: 'de',
  };
  return { deps, queued, change: (next: Partial<AnnouncedMeeting>) => (current = { ...current, ...next }) };
}

const meeting: AnnouncedMeeting = {
  id: 'm1',
  committeeId: 'c1',
  bodyId: 'b',
  committeeName: 'Ausschuss',
  committeeShortName: 'AfD',
  name: 'Sitzung',
  start: new Date('2026-03-10T15:00:00Z'),
  locationText: 'Raum 1',
  cancelled: false,
  agendaItems: [{ id: 'a', number: '1', order: 1, level: 1, name: 'Eröffnung', public: true }],
};

describe('announcingChanges', () => {
  it('announces a change of a published meeting: update in place and a notice in the thread', async () => {
    const { deps, queued, change } = fakeDeps({ ...meeting, publishedAt: new Date('2026-02-20T09:00:00Z') });
    await announcingChanges(deps, 'm1', async () => {
      change({ locationText: 'Ratssaal' });
      return { meeting: { version: 4 } };
    });
    expect(queued.map((q) => `${q.operation}:${q.key}`)).toEqual([
      'post:meeting:m1:agenda:teams:19:x',
      'update:meeting:m1:agenda:teams:19:x:update',
      'post:meeting:m1:change:v4:teams:19:x',
    ]);
    expect(queued[2]?.threadOf).toBe('meeting:m1:agenda:teams:19:x');
    expect(JSON.stringify(queued[2]?.message)).toContain('Neuer Ort: Ratssaal');
  });

  it('announces nothing for an unpublished meeting, and runs the change without announcements when not wired', async () => {
    const { deps, queued } = fakeDeps(meeting);
    await announcingChanges(deps, 'm1', async () => ({ meeting: { version: 2 } }));
    expect(queued).toEqual([]);
    expect(await announcingChanges(undefined, 'm1', async () => ({ meeting: { version: 3 } }))).toEqual({
      meeting: { version: 3 },
    });
  });
});
