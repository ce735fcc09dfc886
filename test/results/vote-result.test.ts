import { describe, expect, it } from 'vitest';
import { parseResultCommand } from '../../bot/chat/results/parse-result-command';
import { DomainError } from '../../server/domain/errors';
import { resultMinutesLines, resultSentence } from '../../server/domain/results/result-text';
import { validateVoteResult, type VoteResult } from '../../server/domain/results/vote-result';

function refusal(vote: VoteResult): { code: string; field: unknown } {
  try {
    validateVoteResult(vote);
  } catch (err) {
    if (err instanceof DomainError) return { code: err.code, field: err.details?.field };
    throw err;
  }
  throw new Error('accepted');
}

describe('vote results', () => {
  it('renders the seeds’ wording', () => {
    expect(resultMinutesLines({ kind: 'einstimmig angenommen' })).toEqual([
      'Abstimmungsergebnis: Einstimmig angenommen',
    ]);
    const afd = {
      kind: 'einstimmig angenommen' as const,
      breakdown: [{ group: 'AfD-Fraktion', abstain: 1 }],
    };
    expect(resultMinutesLines(afd)).toEqual([
      'Abstimmungsergebnis: Einstimmig angenommen',
      '1 Enthaltung AfD-Fraktion',
    ]);
    expect(
      resultSentence({ kind: 'mehrheitlich angenommen', breakdown: [{ group: 'AfD-Fraktion', abstain: 1 }] }),
    ).toBe('Mehrheitlich angenommen bei 1 Enthaltung der AfD-Fraktion');
    expect(resultSentence({ kind: 'abgelehnt', yes: 4, no: 9, abstain: 2 })).toBe(
      'Abgelehnt (4 Ja-Stimmen, 9 Nein-Stimmen, 2 Enthaltungen)',
    );
    expect(resultSentence({ kind: 'verwiesen', withoutVote: true })).toBe(
      'Ohne Votum in weiterführende Gremien verwiesen',
    );
    expect(resultSentence({ kind: 'verwiesen', referredTo: 'Kreisausschuss' })).toBe(
      'Verwiesen an: Kreisausschuss',
    );
    expect(resultMinutesLines({ kind: 'zur Kenntnis genommen' })).toEqual([
      'Abstimmungsergebnis: Zur Kenntnis genommen',
    ]);
  });

  it('refuses negative or broken counts and breakdowns that do not add up, naming the field', () => {
    expect(refusal({ kind: 'mehrheitlich angenommen', yes: -1 })).toEqual({
      code: 'validation_failed',
      field: 'yes',
    });
    expect(refusal({ kind: 'mehrheitlich angenommen', yes: 2.5 })).toEqual({
      code: 'validation_failed',
      field: 'yes',
    });
    expect(
      refusal({
        kind: 'mehrheitlich angenommen',
        yes: 10,
        abstain: 2,
        breakdown: [{ group: 'AfD-Fraktion', abstain: 1 }],
      }),
    ).toEqual({ code: 'validation_failed', field: 'breakdown.abstain' });
    expect(refusal({ kind: 'mehrheitlich angenommen', breakdown: [{ group: 'AfD', no: -2 }] })).toEqual({
      code: 'validation_failed',
      field: 'breakdown.0.no',
    });
    expect(refusal({ kind: 'einstimmig angenommen', no: 1 })).toEqual({
      code: 'validation_failed',
      field: 'no',
    });
    expect(refusal({ kind: 'mehrheitlich angenommen', yes: 3, no: 5 })).toEqual({
      code: 'validation_failed',
      field: 'yes',
    });
    expect(refusal({ kind: 'vertagt', yes: 3 })).toEqual({ code: 'validation_failed', field: 'result' });
    expect(refusal({ kind: 'vertagt', referredTo: 'Rat' })).toEqual({
      code: 'validation_failed',
      field: 'referredTo',
    });
  });

  it('keeps a valid vote with its breakdown', () => {
    expect(
      validateVoteResult({
        kind: 'mehrheitlich angenommen',
        yes: 10,
        no: 2,
        abstain: 1,
        breakdown: [{ group: ' AfD-Fraktion ', abstain: 1 }],
      }),
    ).toEqual({
      kind: 'mehrheitlich angenommen',
      yes: 10,
      no: 2,
      abstain: 1,
      breakdown: [{ group: 'AfD-Fraktion', abstain: 1 }],
    });
  });
});

describe('the chat command', () => {
  it('reads German and English result commands', () => {
    expect(parseResultCommand('TOP 2.1 einstimmig angenommen')).toEqual({
      kind: 'record',
      number: '2.1',
      vote: { kind: 'einstimmig angenommen' },
    });
    expect(parseResultCommand('TOP 3 angenommen ja 10 nein 2 enthaltung 1 AfD-Fraktion')).toEqual({
      kind: 'record',
      number: '3',
      vote: {
        kind: 'mehrheitlich angenommen',
        yes: 10,
        no: 2,
        abstain: 1,
        breakdown: [{ group: 'AfD-Fraktion', abstain: 1 }],
      },
    });
    expect(parseResultCommand('item 3 rejected yes 2 no 9')).toEqual({
      kind: 'record',
      number: '3',
      vote: { kind: 'abgelehnt', yes: 2, no: 9 },
    });
    expect(parseResultCommand('TOP 7.1 verwiesen ohne Votum')).toEqual({
      kind: 'record',
      number: '7.1',
      vote: { kind: 'verwiesen', withoutVote: true },
    });
    expect(parseResultCommand('TOP nö 7.1 zur Kenntnis genommen')).toEqual({
      kind: 'record',
      number: '7.1',
      nonPublic: true,
      vote: { kind: 'zur Kenntnis genommen' },
    });
    expect(parseResultCommand('TOP 3')).toEqual({ kind: 'form', number: '3' });
    expect(parseResultCommand('TOP drei angenommen')).toEqual({ kind: 'invalid', reason: 'number' });
    expect(parseResultCommand('TOP 3 vielleicht')).toEqual({ kind: 'invalid', reason: 'outcome' });
    expect(parseResultCommand('TOP 3 angenommen ja viele')).toEqual({ kind: 'invalid', reason: 'count' });
  });
});
