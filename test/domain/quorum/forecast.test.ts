import { describe, expect, it } from 'vitest';
import { forecastQuorum } from '../../../server/domain/quorum/forecast';
import { summarizeForecast } from '../../../server/domain/quorum/explain';
import { COUNTING, member, members, other, situation, substitute } from './support';

const seven = () => ({
  ...situation({ seats: 7, participants: [...members(7), substitute('s1', { fraktionId: 'F' })] }),
  events: undefined,
});

describe('quorum forecast before the session', () => {
  it('expects attending members and confirmed substitutes of excused members', () => {
    const forecast = forecastQuorum(seven(), [
      ...['m1', 'm2', 'm3', 'm4', 'm5'].map((personId) => ({ personId, response: 'attending' as const })),
      { personId: 'm6', response: 'excused' },
      { personId: 'm7', response: 'substitute', substituteId: 's1', substituteConfirmed: true },
    ]);
    expect(forecast).toEqual({
      expectedQuorate: true,
      expected: 6,
      needed: 4,
      seats: 7,
      unanswered: [],
      excused: ['m6', 'm7'],
      unconfirmedSubstitutes: [],
    });
    expect(summarizeForecast(forecast, 'de')).toBe('erwartet beschlussfähig: 6 von 7, erforderlich 4');
    expect(summarizeForecast(forecast, 'en')).toBe('expected quorate: 6 of 7, 4 required');
  });

  it('does not expect unanswered members nor unconfirmed substitutes', () => {
    const forecast = forecastQuorum(seven(), [
      { personId: 'm1', response: 'attending' },
      { personId: 'm2', response: 'attending' },
      { personId: 'm3', response: 'substitute', substituteId: 's1' },
      { personId: 'm4' },
    ]);
    expect(forecast).toMatchObject({
      expectedQuorate: false,
      expected: 2,
      unanswered: ['m4', 'm5', 'm6', 'm7'],
      excused: ['m3'],
      unconfirmedSubstitutes: ['s1'],
    });
    expect(summarizeForecast(forecast, 'de')).toBe('erwartet nicht beschlussfähig: 2 von 7, erforderlich 4');
  });

  it('counts a substitute named by two members once and ignores one not allowed', () => {
    const s = {
      ...situation({
        seats: 4,
        participants: [
          ...members(4),
          substitute('s1', { fraktionId: 'F' }),
          substitute('x', { fraktionId: 'G' }),
        ],
      }),
    };
    const forecast = forecastQuorum(s, [
      { personId: 'm1', response: 'attending' },
      { personId: 'm2', response: 'substitute', substituteId: 's1', substituteConfirmed: true },
      { personId: 'm3', response: 'substitute', substituteId: 's1', substituteConfirmed: true },
      { personId: 'm4', response: 'substitute', substituteId: 'x', substituteConfirmed: true },
    ]);
    expect(forecast).toMatchObject({ expected: 2, needed: 3, expectedQuorate: false });
  });

  it('leaves out non-voting participants and applies the mayor and expert rules', () => {
    const s = situation({
      seats: 3,
      rules: { ...COUNTING, mayorCountsAsMember: true, councilMembersMustOutnumberExperts: true },
      participants: [
        member('ob', { isMayor: true }),
        member('sb1', { seatKind: 'expertCitizen' }),
        member('sb2', { seatKind: 'expertCitizen' }),
        member('m1'),
        other('v', 'administration'),
      ],
    });
    const forecast = forecastQuorum(s, [
      { personId: 'ob', response: 'attending' },
      { personId: 'sb1', response: 'attending' },
      { personId: 'sb2', response: 'attending' },
      { personId: 'v', response: 'attending' },
    ]);
    expect(forecast).toMatchObject({
      seats: 4,
      needed: 3,
      expected: 3,
      expectedQuorate: false,
      unanswered: ['m1'],
    });
  });

  it('is quorate regardless on a second convocation and says so', () => {
    const forecast = forecastQuorum({ ...seven(), secondConvocation: true }, []);
    expect(forecast).toMatchObject({ expectedQuorate: true, expected: 0, secondConvocation: true });
    expect(summarizeForecast(forecast, 'de')).toBe(
      'beschlussfähig (zweite Einberufung, ohne Rücksicht auf die Zahl): 0 von 7, erforderlich 4',
    );
  });
});
