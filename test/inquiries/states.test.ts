import { describe, expect, it } from 'vitest';
import { DomainError } from '../../server/domain/errors';
import { INQUIRY_STATES } from '../../server/domain/inquiries/ports';
import { canTake, INQUIRY_TRANSITIONS, nextState } from '../../server/domain/inquiries/states';

describe('inquiry state machine', () => {
  it('allows exactly the steps of the table', () => {
    const allowed = (Object.keys(INQUIRY_TRANSITIONS) as (keyof typeof INQUIRY_TRANSITIONS)[]).flatMap(
      (action) =>
        INQUIRY_STATES.filter((state) => canTake(action, state)).map((state) => `${action}:${state}`),
    );
    expect(allowed.sort()).toEqual(
      [
        'accept:eingereicht',
        'reject:eingereicht',
        'assign:angenommen',
        'answer:zugewiesen',
        'publish:beantwortet',
        'withdraw:eingereicht',
        'withdraw:angenommen',
        'withdraw:zugewiesen',
        'supplement:beantwortet',
        'supplement:veroeffentlicht',
      ].sort(),
    );
  });

  it('leads to the next state', () => {
    expect(nextState('accept', 'eingereicht')).toBe('angenommen');
    expect(nextState('assign', 'angenommen')).toBe('zugewiesen');
    expect(nextState('answer', 'zugewiesen')).toBe('beantwortet');
    expect(nextState('publish', 'beantwortet')).toBe('veroeffentlicht');
    expect(nextState('withdraw', 'zugewiesen')).toBe('zurueckgezogen');
    expect(nextState('supplement', 'veroeffentlicht')).toBe('veroeffentlicht');
  });

  it('refuses an illegal step with a 409 code naming both states', () => {
    const refused = (() => {
      try {
        nextState('publish', 'eingereicht');
      } catch (error) {
        return error;
      }
    })();
    expect(refused).toBeInstanceOf(DomainError);
    expect((refused as DomainError).code).toBe('inquiry_transition_not_allowed');
    expect((refused as DomainError).message).toBe(
      'Eine Anfrage im Zustand „eingereicht" kann nicht in den Zustand „veröffentlicht" wechseln.',
    );
    expect(() => nextState('withdraw', 'beantwortet')).toThrow(
      'Eine Anfrage im Zustand „beantwortet" kann nicht in den Zustand „zurückgezogen" wechseln.',
    );
    expect(() => nextState('answer', 'zurueckgewiesen')).toThrow(DomainError);
    expect(() => nextState('accept', 'zurueckgezogen')).toThrow(DomainError);
  });
});
