import { DomainError } from '../errors';
import type { InquiryState } from './ports';
import { de, fill } from './texts';

/** Every allowed step of an Anfrage: from which states it may be taken, and where it leads. */
export const INQUIRY_TRANSITIONS = {
  accept: { from: ['eingereicht'], to: 'angenommen' },
  reject: { from: ['eingereicht'], to: 'zurueckgewiesen' },
  assign: { from: ['angenommen'], to: 'zugewiesen' },
  answer: { from: ['zugewiesen'], to: 'beantwortet' },
  publish: { from: ['beantwortet'], to: 'veroeffentlicht' },
  withdraw: { from: ['eingereicht', 'angenommen', 'zugewiesen'], to: 'zurueckgezogen' },
  /** Ergänzende Antwort zur Niederschrift: the state stays. */
  supplement: { from: ['beantwortet', 'veroeffentlicht'], to: null },
} as const satisfies Record<string, { from: readonly InquiryState[]; to: InquiryState | null }>;

export type InquiryAction = keyof typeof INQUIRY_TRANSITIONS;

export function canTake(action: InquiryAction, from: InquiryState): boolean {
  return (INQUIRY_TRANSITIONS[action].from as readonly InquiryState[]).includes(from);
}

/** The state an action leads to from `from`, or a 409 naming both states. */
export function nextState(action: InquiryAction, from: InquiryState): InquiryState {
  const transition = INQUIRY_TRANSITIONS[action];
  const to = transition.to ?? from;
  if (!canTake(action, from)) {
    throw new DomainError(
      'inquiry_transition_not_allowed',
      fill(de.transitionRefused, { from: de.stateNames[from], to: actionTarget(action) }),
      { from, to: transition.to ?? action },
    );
  }
  return to;
}

function actionTarget(action: InquiryAction): string {
  const to = INQUIRY_TRANSITIONS[action].to;
  return to ? de.stateNames[to] : de.supplementState;
}
