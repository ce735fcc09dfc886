import { mayManageCommittee, type Principal } from '../../../server/domain/access/principal';
import { DomainError } from '../../../server/domain/errors';
import { isOwner } from '../../../server/domain/follow-ups/access';
import { closeFollowUp } from '../../../server/domain/follow-ups/close';
import type { FollowUpDeps } from '../../../server/domain/follow-ups/deps';
import { decideDueDateRequest, requestDueDate } from '../../../server/domain/follow-ups/due-date-request';
import { ownOpenFollowUps } from '../../../server/domain/follow-ups/own-items';
import type { TrackedFollowUp } from '../../../server/domain/follow-ups/tracking';
import { berlinStartOfDay } from '../../../server/domain/time/berlin';
import type { Turn } from '../deps';
import type { ChatFeature } from '../feature';
import { formatDate } from '../format';
import type { ActionOutcome, FormOutcome } from '../inbound';
import type { ChatForm, Locale } from '../message';
import { presentNotice } from '../presenters/notice';
import { closeForm, dueDateForm } from './forms';
import { presentOwnItems } from './own-items';
import {
  APPROVE_DUE_DATE_ACTION,
  CLOSE_ACTION,
  CLOSE_FORM,
  DUE_DATE_FORM,
  REJECT_DUE_DATE_ACTION,
  REQUEST_DUE_DATE_ACTION,
} from './ids';
import { ft, type FollowUpTextKey } from './texts';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function refusal(locale: Locale, key: FollowUpTextKey) {
  return presentNotice(ft(locale, key), ft(locale, 'refused.title'));
}

function refusalKey(err: DomainError): FollowUpTextKey | undefined {
  if (err.code === 'forbidden') return 'refused.notOwner';
  if (err.code === 'follow_up_closed') return 'refused.closed';
  if (err.code === 'not_found') return 'refused.notFound';
  if (err.code === 'follow_up_no_due_date_request') return 'refused.noRequest';
  return undefined;
}

/** Field messages in the reader's language for the domain's refused inputs. */
function fieldError(
  err: DomainError,
  locale: Locale,
  followUp?: TrackedFollowUp,
): Record<string, string> | undefined {
  if (err.code !== 'validation_failed' || typeof err.details?.field !== 'string') return undefined;
  const reason = err.details.reason;
  const text =
    reason === 'due_date_past'
      ? ft(locale, 'error.past')
      : reason === 'due_date_not_later'
        ? ft(locale, 'error.notLater', {
            date: followUp?.dueDate ? formatDate(followUp.dueDate, locale) : '–',
          })
        : reason === 'empty'
          ? ft(locale, 'error.required')
          : err.message;
  return { [err.details.field]: text };
}

/** The reminder's buttons open a form only for the owner or the office; everyone else gets a kind refusal. */
async function openFor(
  deps: FollowUpDeps,
  turn: Turn,
  value: Record<string, string>,
  form: (followUp: TrackedFollowUp, locale: Locale) => ChatForm,
): Promise<ActionOutcome> {
  const principal = turn.principal as Principal;
  // An unknown or malformed id is null from the store; a failing database is an error, not "not found".
  const followUp = value.followUpId ? await deps.store.find(value.followUpId) : null;
  if (!followUp) return { replies: [refusal(turn.locale, 'refused.notFound')] };
  const allowed =
    mayManageCommittee(principal, followUp.organization) ||
    (await isOwner(deps.directory, principal, followUp));
  if (!allowed) return { replies: [refusal(turn.locale, 'refused.notOwner')] };
  if (followUp.status !== 'offen') return { replies: [refusal(turn.locale, 'refused.closed')] };
  return { replies: [], openForm: form(followUp, turn.locale) };
}

async function submitting(
  turn: Turn,
  run: () => Promise<FormOutcome>,
  followUp?: TrackedFollowUp,
): Promise<FormOutcome> {
  try {
    return await run();
  } catch (err) {
    if (!(err instanceof DomainError)) throw err;
    const errors = fieldError(err, turn.locale, followUp);
    if (errors) return { errors };
    const key = refusalKey(err);
    if (key) return { replies: [refusal(turn.locale, key)] };
    throw err;
  }
}

async function decide(deps: FollowUpDeps, turn: Turn, value: Record<string, string>, approved: boolean) {
  const principal = turn.principal as Principal;
  try {
    const after = await decideDueDateRequest(deps, principal, value.followUpId ?? '', approved);
    const text = approved
      ? ft(turn.locale, 'done.approved', {
          title: after.title,
          date: after.dueDate ? formatDate(after.dueDate, turn.locale) : '–',
        })
      : ft(turn.locale, 'done.rejected', { title: after.title });
    return { replies: [], updateOriginal: presentNotice(text) };
  } catch (err) {
    if (!(err instanceof DomainError)) throw err;
    if (err.code === 'forbidden') return { replies: [refusal(turn.locale, 'refused.notOffice')] };
    const key = refusalKey(err);
    if (key) return { replies: [refusal(turn.locale, key)] };
    throw err;
  }
}

/** Follow-ups in chat: the reminder's "Erledigt" and "Neue Frist beantragen", and the office's decision on a new due date. */
export function createFollowUpChatFeature(deps: FollowUpDeps): ChatFeature {
  return {
    verbs: ['aufträge', 'auftraege', 'tasks'],
    // Titles of non-public items may be listed: only ever in the direct chat.
    command: async (turn) => {
      if (turn.origin.kind !== 'direct') return [presentNotice(ft(turn.locale, 'list.directOnly'))];
      const items = await ownOpenFollowUps(deps, turn.principal as Principal);
      return presentOwnItems(items, deps.clock(), turn.locale);
    },
    helpLines: (locale) => [ft(locale, 'help.line')],
    actions: {
      [CLOSE_ACTION]: (turn, value) => openFor(deps, turn, value, closeForm),
      [REQUEST_DUE_DATE_ACTION]: (turn, value) => openFor(deps, turn, value, dueDateForm),
      [APPROVE_DUE_DATE_ACTION]: (turn, value) => decide(deps, turn, value, true),
      [REJECT_DUE_DATE_ACTION]: (turn, value) => decide(deps, turn, value, false),
    },
    forms: {
      [CLOSE_FORM]: (turn, values, state) =>
        submitting(turn, async () => {
          const note = values.completionNote?.trim() ?? '';
          if (note === '') return { errors: { completionNote: ft(turn.locale, 'error.required') } };
          const closed = await closeFollowUp(deps, turn.principal as Principal, state.followUpId ?? '', note);
          return { replies: [presentNotice(ft(turn.locale, 'done.closed', { title: closed.title }))] };
        }),
      [DUE_DATE_FORM]: async (turn, values, state) => {
        const followUp = (await deps.store.find(state.followUpId ?? '')) ?? undefined;
        return submitting(
          turn,
          async () => {
            const day = values.requestedDueDate?.trim() ?? '';
            const reason = values.reason?.trim() ?? '';
            const errors: Record<string, string> = {};
            if (!ISO_DAY.test(day)) errors.requestedDueDate = ft(turn.locale, 'error.date');
            if (reason === '') errors.reason = ft(turn.locale, 'error.required');
            if (Object.keys(errors).length) return { errors };
            const requested = berlinStartOfDay(day);
            await requestDueDate(deps, turn.principal as Principal, state.followUpId ?? '', {
              requestedDueDate: requested,
              reason,
            });
            return {
              replies: [
                presentNotice(
                  ft(turn.locale, 'done.requested', { date: formatDate(requested, turn.locale) }),
                ),
              ],
            };
          },
          followUp,
        );
      },
    },
  };
}
