import { mayManageCommittee } from '../../../server/domain/access/principal';
import { DomainError } from '../../../server/domain/errors';
import type { AgendaItemRecord, MeetingRecord, MeetingStore } from '../../../server/domain/meetings/ports';
import { recordResult, type RecordResultDeps } from '../../../server/domain/results/record-result';
import { resultSentence } from '../../../server/domain/results/result-text';
import type { Turn } from '../deps';
import type { ChatFeature } from '../feature';
import type { ChatMessage } from '../message';
import { presentNotice } from '../presenters/notice';
import { parseResultCommand } from './parse-result-command';
import { OPEN_RESULT_FORM, RESULT_FORM, formFieldOf, readResultForm, resultForm } from './result-form';
import { de, rt, type ResultTextKey } from './texts';

export interface ResultsChatDeps {
  meetings: MeetingStore;
  record: RecordResultDeps;
  clock: () => Date;
}

const LOOK_BACK_MS = 60 * 86_400_000;

/** `ergebnis TOP 2.1 einstimmig angenommen`: the office records results of its current session. */
export function resultsChatFeature(deps: ResultsChatDeps): ChatFeature {
  return {
    verbs: ['ergebnis', 'result'],
    async command(turn, _verb, rest) {
      const principal = officeOf(turn);
      const parsed = parseResultCommand(rest);
      if (parsed.kind === 'invalid') {
        const key =
          parsed.reason === 'number' ? 'badNumber' : parsed.reason === 'outcome' ? 'badOutcome' : 'badCount';
        return [presentNotice(rt(turn.locale, key))];
      }
      const meeting = await currentMeeting(deps, turn, principal);
      if (!meeting) return [presentNotice(rt(turn.locale, 'noMeeting'))];
      const item = itemByNumber(meeting, parsed.number, parsed.nonPublic);
      if (!item)
        return [presentNotice(rt(turn.locale, 'noItem', { number: parsed.number, meeting: meeting.name }))];
      if (parsed.kind === 'form') return [openFormButton(turn, meeting, item)];
      const recorded = await recordResult(deps.record, principal, {
        meetingId: meeting.id,
        itemId: item.id,
        vote: parsed.vote,
      }).catch((err: unknown) => {
        // The conversation shows a refusal's message; here it is the reader's language.
        const text = voteRefusal(err, turn.locale);
        throw text && err instanceof DomainError ? new DomainError(err.code, text, err.details) : err;
      });
      return [confirmation(turn, recorded.item, resultSentence(recorded.vote), recorded.queued)];
    },
    actions: {
      [OPEN_RESULT_FORM]: async (turn, value) => {
        officeOf(turn);
        const meeting = await deps.meetings.findById(value.meetingId ?? '');
        const item = meeting?.agendaItems.find((candidate) => candidate.id === value.itemId);
        if (!meeting || !item || !mayManageCommittee(turn.principal!, meeting.organization)) {
          return { replies: [presentNotice(rt(turn.locale, 'noMeeting'))] };
        }
        return {
          replies: [],
          openForm: resultForm(turn.locale, {
            meetingId: meeting.id,
            itemId: item.id,
            number: item.number,
            resolutionText: item.resolutionText,
          }),
        };
      },
    },
    forms: {
      [RESULT_FORM]: async (turn, values, state) => {
        const principal = officeOf(turn);
        const read = readResultForm(values, turn.locale);
        if ('errors' in read) return read;
        try {
          const recorded = await recordResult(deps.record, principal, {
            meetingId: state.meetingId ?? '',
            itemId: state.itemId ?? '',
            vote: read.vote,
            ...(read.resolutionText ? { resolutionText: read.resolutionText } : {}),
          });
          return {
            replies: [confirmation(turn, recorded.item, resultSentence(recorded.vote), recorded.queued)],
          };
        } catch (err) {
          if (err instanceof DomainError && err.code === 'validation_failed') {
            return {
              errors: { [formFieldOf(err.details?.field)]: voteRefusal(err, turn.locale) ?? err.message },
            };
          }
          throw err;
        }
      },
    },
    helpLines: (locale) => [rt(locale, 'help')],
  };
}

/** A refused vote in the reader's language; undefined for any other error. */
function voteRefusal(err: unknown, locale: Turn['locale']): string | undefined {
  if (!(err instanceof DomainError) || err.code !== 'validation_failed') return undefined;
  const reason = err.details?.reason;
  if (typeof reason !== 'string' || !(`vote.${reason}` in de)) return undefined;
  const { sum, total } = err.details ?? {};
  return rt(locale, `vote.${reason}` as ResultTextKey, {
    ...(typeof sum === 'number' ? { sum } : {}),
    ...(typeof total === 'number' ? { total } : {}),
  });
}

function officeOf(turn: Turn) {
  const principal = turn.principal;
  if (!principal || (principal.officeCommitteeIds.length === 0 && !principal.roles.includes('admin'))) {
    throw new DomainError('forbidden', 'Nur die Geschäftsführung darf Ergebnisse erfassen.');
  }
  return principal;
}

/** The latest begun session of the committees the user runs; the channel's own committee first. */
async function currentMeeting(
  deps: ResultsChatDeps,
  turn: Turn,
  principal: NonNullable<Turn['principal']>,
): Promise<MeetingRecord | null> {
  const bound = await turn.deps.committees.boundTo(turn.origin.platform, turn.origin.channelId);
  const channelCommittees = bound
    .map((b) => b.committeeId)
    .filter((id) => principal.officeCommitteeIds.includes(id));
  const now = deps.clock();
  for (const organizations of [channelCommittees, principal.officeCommitteeIds]) {
    if (organizations.length === 0) continue;
    const page = await deps.meetings.list({
      organizations,
      from: new Date(now.getTime() - LOOK_BACK_MS),
      to: new Date(now.getTime() + 1),
      page: 1,
      pageSize: 100,
    });
    const latest = page.items.filter((meeting) => !meeting.cancelled && meeting.state !== 'abgesagt').at(-1);
    if (latest) return deps.meetings.findById(latest.id);
  }
  return null;
}

/** Public part first; `nö 7.1` names the non-public item of a committee that restarts its numbering. */
function itemByNumber(
  meeting: MeetingRecord,
  number: string,
  nonPublic?: boolean,
): AgendaItemRecord | undefined {
  const matching = meeting.agendaItems.filter((item) => item.number === number);
  if (nonPublic !== undefined) return matching.find((item) => item.public === !nonPublic);
  return matching.find((item) => item.public) ?? matching[0];
}

function openFormButton(turn: Turn, meeting: MeetingRecord, item: AgendaItemRecord): ChatMessage {
  const title = rt(turn.locale, 'formTitle', { number: item.number });
  return {
    title,
    text: item.public ? item.name : rt(turn.locale, 'nonPublic'),
    buttons: [
      {
        actionId: OPEN_RESULT_FORM,
        label: rt(turn.locale, 'openForm'),
        value: { meetingId: meeting.id, itemId: item.id },
        style: 'primary',
      },
    ],
    fallbackText: title,
  };
}

function confirmation(turn: Turn, item: AgendaItemRecord, sentence: string, queued: number): ChatMessage {
  // Outside a direct chat, a non-public item's outcome is not repeated where others may read along.
  const text =
    item.public || turn.origin.kind === 'direct'
      ? rt(turn.locale, 'recorded', { number: item.number, sentence })
      : rt(turn.locale, 'recordedNonPublic', { number: item.number });
  return presentNotice(
    queued > 0 ? `${text} ${rt(turn.locale, 'recordedChannels', { count: queued })}` : text,
  );
}
