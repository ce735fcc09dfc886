import { describe, expect, it } from 'vitest';
import { evaluateQuorum, quorumTimeline } from '../../../server/domain/quorum/evaluate';
import { explainVerdict, summarize, summarizeForecast } from '../../../server/domain/quorum/explain';
import { forecastQuorum } from '../../../server/domain/quorum/forecast';
import { KOELN_END, KOELN_START, koelnAnswers, koelnParticipants, koelnSituation } from './seed-koeln-2019';
import { at } from './support';

const names = (id: string) => koelnParticipants.find((p) => p.personId === id)!.name;

describe('seed 000: UA DiKO Köln, 18.11.2019', () => {
  it('is quorate from 14:00 with 5 of 7, needing 4', () => {
    const result = evaluateQuorum(koelnSituation, KOELN_START);
    expect(result).toMatchObject({
      quorate: true,
      countedQuorate: true,
      basis: 'count',
      present: 5,
      needed: 4,
      seats: 7,
    });
    expect(summarize(result, 'de')).toBe('beschlussfähig: 5 von 7 anwesend, erforderlich 4');
    const pohl = result.people.find((p) => p.personId === 'pohl')!;
    expect(explainVerdict(pohl, names, 'de')).toBe('noch nicht anwesend');
  });

  it('counts 6 from 14:15, when Herr Pohl sits in for Herrn Dr. Elster', () => {
    const result = evaluateQuorum(koelnSituation, at(14, 15));
    expect(result.present).toBe(6);
    expect(summarize(result, 'de')).toBe('beschlussfähig: 6 von 7 anwesend, erforderlich 4');
    const explained = Object.fromEntries(
      result.people.map((p) => [p.personId, explainVerdict(p, names, 'de')]),
    );
    expect(explained).toMatchObject({
      krupp: 'anwesend seit 14:00 Uhr',
      pohl: 'i.V.f. Herrn Dr. Elster, anwesend seit 14:15 Uhr',
      joisten: 'noch nicht anwesend',
      elster: 'noch nicht anwesend',
      engel: 'Verwaltung',
    });
    expect(result.people.filter((p) => p.counts).map((p) => p.personId)).toEqual([
      'krupp',
      'braun',
      'frank',
      'richter',
      'hegenbarth',
      'pohl',
    ]);
  });

  it('stays quorate the whole session and ends at 15:11', () => {
    expect(quorumTimeline(koelnSituation, KOELN_START, KOELN_END)).toEqual([
      { at: KOELN_START, countedQuorate: true, present: 5, needed: 4 },
      { at: KOELN_END, countedQuorate: false, present: 0, needed: 4 },
    ]);
  });

  it('was expected quorate from the answers: 6 of 7', () => {
    const forecast = forecastQuorum(koelnSituation, koelnAnswers);
    expect(forecast).toMatchObject({ expected: 6, excused: ['joisten', 'elster'], unanswered: [] });
    expect(summarizeForecast(forecast, 'de')).toBe('erwartet beschlussfähig: 6 von 7, erforderlich 4');
  });
});
