import { addAgendaItem, removeAgendaItem, reorderAgenda } from '../agenda/editing';
import { updateAgendaItem, type AgendaItemChanges } from '../agenda/item-changes';
import type { CommitteeStore } from '../committees/ports';
import { DomainError } from '../errors';
import type { PaperStore } from '../papers/ports';
import { assertAgendaOpen, invitationSent } from './meeting-status';
import { numberingStyleOf, withIds } from './meeting-use-cases';
import type { AgendaItemRecord, MeetingRecord, MeetingStore } from './ports';
import { changeMeetingVersioned } from './versioned-change';

export interface AgendaDeps {
  meetings: MeetingStore;
  committees: CommitteeStore;
  papers: PaperStore;
}

export interface NewAgendaItem {
  name: string;
  public: boolean;
  paper?: string;
  parentNumber?: string;
}

type Edited<R> = Promise<{ meeting: MeetingRecord; before: MeetingRecord; value: R }>;

/** Draft: the agenda is renumbered. After the invitation: a Nachtrag ("11.1"), other numbers unchanged. */
export async function addItemToAgenda(
  deps: AgendaDeps,
  meetingId: string,
  expectedVersion: number | undefined,
  input: NewAgendaItem,
): Edited<AgendaItemRecord> {
  return changeMeetingVersioned(deps.meetings, meetingId, expectedVersion, async (meeting) => {
    assertAgendaOpen(meeting);
    if (input.paper) await requirePaper(deps.papers, input.paper, meeting.body);
    const { items, added } = addAgendaItem(
      meeting.agendaItems,
      { name: input.name, public: input.public, paper: input.paper },
      { parentNumber: input.parentNumber },
      await editingOptions(deps.committees, meeting),
    );
    const agendaItems = withIds(items, () => deps.meetings.newAgendaItemId());
    const stored = agendaItems.find((item) => item.public === added.public && item.number === added.number);
    if (!stored) throw new Error('added agenda item missing after numbering');
    return { changes: { agendaItems }, value: stored };
  });
}

export async function changeAgendaItem(
  deps: AgendaDeps,
  meetingId: string,
  itemId: string,
  expectedVersion: number | undefined,
  changes: AgendaItemChanges,
): Edited<AgendaItemRecord> {
  return changeMeetingVersioned(deps.meetings, meetingId, expectedVersion, async (meeting) => {
    assertAgendaOpen(meeting);
    if (changes.paper) await requirePaper(deps.papers, changes.paper, meeting.body);
    const agendaItems = updateAgendaItem(
      meeting.agendaItems,
      itemId,
      changes,
      await editingOptions(deps.committees, meeting),
    );
    return { changes: { agendaItems }, value: itemOf(agendaItems, itemId) };
  });
}

/** Removes the item and its sub-items. */
export async function removeItemFromAgenda(
  deps: AgendaDeps,
  meetingId: string,
  itemId: string,
  expectedVersion: number | undefined,
): Edited<AgendaItemRecord> {
  return changeMeetingVersioned(deps.meetings, meetingId, expectedVersion, async (meeting) => {
    assertAgendaOpen(meeting);
    const removed = itemOf(meeting.agendaItems, itemId);
    const agendaItems = removeAgendaItem(
      meeting.agendaItems,
      itemId,
      await editingOptions(deps.committees, meeting),
    );
    return { changes: { agendaItems: agendaItems as AgendaItemRecord[] }, value: removed };
  });
}

export async function reorderMeetingAgenda(
  deps: AgendaDeps,
  meetingId: string,
  expectedVersion: number | undefined,
  orderedIds: readonly string[],
): Edited<undefined> {
  return changeMeetingVersioned(deps.meetings, meetingId, expectedVersion, async (meeting) => {
    assertAgendaOpen(meeting);
    const agendaItems = reorderAgenda(
      meeting.agendaItems,
      orderedIds,
      await editingOptions(deps.committees, meeting),
    );
    return { changes: { agendaItems: agendaItems as AgendaItemRecord[] }, value: undefined };
  });
}

async function editingOptions(committees: CommitteeStore, meeting: MeetingRecord) {
  const committee = await committees.findById(meeting.organization);
  if (!committee) throw new Error(`meeting ${meeting.id} belongs to a missing committee`);
  return { style: numberingStyleOf(committee), invitationSent: invitationSent(meeting) };
}

function itemOf(items: readonly AgendaItemRecord[], id: string): AgendaItemRecord {
  const item = items.find((candidate) => candidate.id === id);
  if (!item) throw new DomainError('not_found', 'Diesen Tagesordnungspunkt gibt es nicht.', { id });
  return item;
}

async function requirePaper(papers: PaperStore, id: string, body: string): Promise<void> {
  const paper = await papers.findById(id);
  if (!paper || paper.body !== body) {
    throw new DomainError('validation_failed', 'Diese Vorlage gibt es nicht.', { field: 'paperId' });
  }
}
