import { beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../../server/domain/errors';
import { addItemToAgenda } from '../../../server/domain/meetings/agenda-use-cases';
import { deleteMeeting, planMeeting } from '../../../server/domain/meetings/meeting-use-cases';
import { changeMeetingVersioned } from '../../../server/domain/meetings/versioned-change';
import type { PaperStore } from '../../../server/domain/papers/ports';
import { InMemoryMeetings, committee, committeeStoreWith, noLocations } from '../support/in-memory-stores';

const papers = { findById: async () => null } as unknown as PaperStore;
let meetings: InMemoryMeetings;
const deps = () => ({
  meetings,
  committees: committeeStoreWith(committee()),
  locations: noLocations,
  papers,
});
const start = new Date('2021-03-22T13:00:00Z');

beforeEach(() => {
  meetings = new InMemoryMeetings();
});

const codeOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return (error as DomainError).code;
};

describe('planning a meeting', () => {
  it('numbers the template it starts from and gives every item an id', async () => {
    const meeting = await planMeeting(deps(), { organization: 'c1', start, template: 'mettmann-formalien' });
    expect(meeting.name).toBe('Sitzung UA DiKO');
    expect(meeting.agendaItems.map((i) => i.number)).toEqual([
      '1',
      '1.1',
      '1.2',
      '1.3',
      '1.4',
      '1.5',
      '1.6',
      '2',
      '3',
      '1',
      '2',
    ]);
    expect(new Set(meeting.agendaItems.map((i) => i.id)).size).toBe(meeting.agendaItems.length);
  });

  it('refuses an end before the start and a Fraktion as organiser', async () => {
    expect(
      await codeOf(planMeeting(deps(), { organization: 'c1', start, end: new Date(start.getTime() - 1) })),
    ).toBe('validation_failed');
    const fraktion = { ...deps(), committees: committeeStoreWith(committee({ kind: 'fraktion' })) };
    expect(await codeOf(planMeeting(fraktion, { organization: 'c1', start }))).toBe('validation_failed');
  });
});

describe('versioned changes', () => {
  it('refuses a client version that is no longer current', async () => {
    const meeting = await planMeeting(deps(), { organization: 'c1', start });
    await addItemToAgenda(deps(), meeting.id, 0, { name: 'Erster', public: true });
    expect(await codeOf(addItemToAgenda(deps(), meeting.id, 0, { name: 'Zweiter', public: true }))).toBe(
      'meeting_version_conflict',
    );
  });

  it('recomputes the change on the fresh state when another write slips in', async () => {
    const meeting = await planMeeting(deps(), { organization: 'c1', start });
    let raced = false;
    meetings.beforeSave = () => {
      if (raced) return;
      raced = true;
      const current = meetings.meetings.get(meeting.id);
      if (current)
        meetings.meetings.set(meeting.id, { ...current, name: 'Umbenannt', version: current.version + 1 });
    };
    const { meeting: saved } = await addItemToAgenda(deps(), meeting.id, undefined, {
      name: 'Punkt',
      public: true,
    });
    expect(saved).toMatchObject({ name: 'Umbenannt', version: 2 });
    expect(saved.agendaItems.map((i) => i.name)).toEqual(['Punkt']);
  });

  it('does not retry when the client named its version', async () => {
    const meeting = await planMeeting(deps(), { organization: 'c1', start });
    meetings.beforeSave = () => {
      const current = meetings.meetings.get(meeting.id);
      if (current) meetings.meetings.set(meeting.id, { ...current, version: current.version + 1 });
    };
    expect(await codeOf(addItemToAgenda(deps(), meeting.id, 0, { name: 'Punkt', public: true }))).toBe(
      'meeting_version_conflict',
    );
  });

  it('gives up with a conflict when every attempt is overtaken', async () => {
    const meeting = await planMeeting(deps(), { organization: 'c1', start });
    let attempts = 0;
    meetings.beforeSave = () => {
      attempts += 1;
      const current = meetings.meetings.get(meeting.id);
      if (current) meetings.meetings.set(meeting.id, { ...current, version: current.version + 1 });
    };
    const change = changeMeetingVersioned(meetings, meeting.id, undefined, () => ({
      changes: { name: 'x' },
      value: 1,
    }));
    expect(await codeOf(change)).toBe('meeting_version_conflict');
    expect(attempts).toBe(5);
  });
});

describe('deleting a meeting', () => {
  it('deletes a scheduled meeting and refuses an invited one', async () => {
    const draft = await planMeeting(deps(), { organization: 'c1', start });
    await deleteMeeting(meetings, draft.id);
    expect(meetings.meetings.has(draft.id)).toBe(false);

    const invited = await planMeeting(deps(), { organization: 'c1', start });
    await meetings.saveIfVersion(invited.id, 0, { state: 'eingeladen', invitationDate: new Date() });
    expect(await codeOf(deleteMeeting(meetings, invited.id))).toBe('meeting_already_announced');
  });
});
