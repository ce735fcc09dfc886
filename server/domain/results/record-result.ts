import { mayManageCommittee, type Actor } from '../access/principal';
import type { AnnouncementStore, OutboxPort } from '../announcements/ports';
import type { AuditLog } from '../audit/ports';
import { DomainError } from '../errors';
import type { AgendaItemRecord, MeetingRecord, MeetingStore } from '../meetings/ports';
import { loadMeeting, versionConflict } from '../meetings/versioned-change';
import { postResult } from './post-result';
import type { ResultRenderer, ResultStore, StoredVote } from './ports';
import { resultHeadline } from './result-text';
import { validateVoteResult, type VoteResult } from './vote-result';

export interface RecordResultDeps {
  meetings: MeetingStore;
  results: ResultStore;
  audit: AuditLog;
  clock: () => Date;
  /** Without it (no chat wired) the result is only stored. */
  channels?: {
    store: Pick<AnnouncementStore, 'activeBindings' | 'findMeeting'>;
    outbox: OutboxPort;
    renderer: ResultRenderer;
    locale: 'de' | 'en';
    onQueued?: () => void;
  };
}

export interface RecordResultInput {
  meetingId: string;
  itemId: string;
  /** The meeting version the client edited; a stale one is a conflict. */
  version?: number;
  vote: VoteResult;
  /** Undefined keeps the stored Beschlusstext; null clears it. */
  resolutionText?: string | null;
  /** Request id, for the audit entry. */
  requestId?: string;
}

export interface RecordedResult {
  meeting: MeetingRecord;
  item: AgendaItemRecord;
  vote: StoredVote;
  queued: number;
}

const ATTEMPTS = 5;

/**
 * The office records (or corrects) the Abstimmungsergebnis of one item once the session has begun.
 * Every version is audited and posted once to the committee's channels: a non-public item only to
 * its confidential channels.
 */
export async function recordResult(
  deps: RecordResultDeps,
  actor: Actor,
  input: RecordResultInput,
): Promise<RecordedResult> {
  const resolutionText = input.resolutionText?.trim() === '' ? null : input.resolutionText?.trim();
  for (let attempt = 0; attempt < (input.version === undefined ? ATTEMPTS : 1); attempt++) {
    const meeting = await loadMeeting(deps.meetings, input.meetingId);
    if (!mayManageCommittee(actor, meeting.organization)) {
      throw new DomainError(
        'forbidden',
        'Nur die Geschäftsführung des Ausschusses darf Ergebnisse erfassen.',
      );
    }
    const vote = validateVoteResult(input.vote);
    if (input.version !== undefined && meeting.version !== input.version)
      throw versionConflict(meeting.version);
    const item = meeting.agendaItems.find((candidate) => candidate.id === input.itemId);
    if (!item) {
      throw new DomainError(
        'agenda_item_unknown',
        'Diesen Tagesordnungspunkt gibt es in der Sitzung nicht.',
        {
          field: 'itemId',
        },
      );
    }
    assertBegun(meeting, deps.clock());
    const previous = (await deps.results.votesOf(meeting.id)).get(item.id);
    const stored: StoredVote = { ...vote, version: (previous?.version ?? 0) + 1, recordedAt: deps.clock() };
    const saved = await deps.results.save(meeting.id, meeting.version, item.id, {
      result: vote.kind,
      resolutionText,
      vote: stored,
      recordedBy: actor.kind === 'user' ? actor.userId : undefined,
    });
    if (!saved) continue;
    const after = await loadMeeting(deps.meetings, meeting.id);
    const updated = after.agendaItems.find((candidate) => candidate.id === item.id) ?? item;
    await deps.audit.record({
      actor,
      action: 'update',
      entityType: 'Meeting',
      entityId: meeting.id,
      organization: meeting.organization,
      summary: `Ergebnis zu TOP ${item.number}${item.public ? '' : ' (nichtöffentlich)'} erfasst: ${resultHeadline(vote)}`,
      requestId: input.requestId,
      details: { itemId: item.id, resultVersion: stored.version, vote: { ...vote } },
    });
    const queued = deps.channels ? await postResult(deps.channels, after, updated, stored) : 0;
    return { meeting: after, item: updated, vote: stored, queued };
  }
  const current = await loadMeeting(deps.meetings, input.meetingId);
  throw versionConflict(current.version);
}

function assertBegun(meeting: MeetingRecord, now: Date): void {
  if (meeting.cancelled || meeting.state === 'abgesagt') {
    throw new DomainError('meeting_closed', 'Die Sitzung ist abgesagt; es gibt keine Ergebnisse.', {
      state: meeting.state,
    });
  }
  if (meeting.start > now) {
    throw new DomainError(
      'meeting_not_started',
      'Die Sitzung hat noch nicht begonnen; Ergebnisse werden ab ihrem Beginn erfasst.',
      { field: 'meetingId' },
    );
  }
}
