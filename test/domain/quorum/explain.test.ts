import { describe, expect, it } from 'vitest';
import { explainVerdict, summarize } from '../../../server/domain/quorum/explain';
import type { PersonVerdict, QuorumReason, QuorumResult } from '../../../server/domain/quorum/types';
import { at } from './support';

const NAMES: Record<string, string> = { elster: 'Herr Dr. Elster', reimann: 'Frau Reimann' };
const names = (id: string) => NAMES[id] ?? id;
const verdict = (reason: QuorumReason): PersonVerdict => ({
  personId: 'p',
  name: 'Herr Pohl',
  counts: false,
  reason,
});

describe('explaining a verdict', () => {
  it.each<[QuorumReason, string, string]>([
    [{ code: 'present', since: at(14, 15) }, 'anwesend seit 14:15 Uhr', 'present since 14:15'],
    [
      { code: 'substituteFor', forMemberId: 'elster', since: at(14, 15) },
      'i.V.f. Herrn Dr. Elster, anwesend seit 14:15 Uhr',
      'substituting for Herr Dr. Elster, present since 14:15',
    ],
    [{ code: 'left', at: at(15, 40) }, 'hat die Sitzung um 15:40 Uhr verlassen', 'left the meeting at 15:40'],
    [{ code: 'notArrived' }, 'noch nicht anwesend', 'not yet present'],
    [{ code: 'noVotingRight' }, 'ohne Stimmrecht', 'no voting right'],
    [{ code: 'administration' }, 'Verwaltung', 'administration'],
    [{ code: 'guest' }, 'Gast', 'guest'],
    [
      { code: 'befangen', agendaItemId: 'top-3' },
      'befangen bei diesem Tagesordnungspunkt',
      'conflict of interest (befangen) on this agenda item',
    ],
    [
      { code: 'representedMemberPresent', forMemberId: 'elster' },
      'vertritt Herrn Dr. Elster, der selbst anwesend ist',
      'substitutes for Herr Dr. Elster, who is present',
    ],
    [
      { code: 'representedMemberPresent', forMemberId: 'reimann' },
      'vertritt Frau Reimann, die selbst anwesend ist',
      'substitutes for Frau Reimann, who is present',
    ],
    [
      { code: 'substituteWithoutMember' },
      'Stellvertretung ohne abwesendes Mitglied, das vertreten werden kann',
      'substitute without an absent member to stand in for',
    ],
    [
      { code: 'alreadyRepresented', forMemberId: 'elster' },
      'Herr Dr. Elster wird bereits von einer anderen Stellvertretung vertreten',
      'Herr Dr. Elster is already represented by another substitute',
    ],
  ])('%o', (reason, de, en) => {
    expect(explainVerdict(verdict(reason), names, 'de')).toBe(de);
    expect(explainVerdict(verdict(reason), names, 'en')).toBe(en);
  });

  it('shows Berlin summer time', () => {
    const summer = new Date('2021-06-01T14:30:00Z');
    expect(explainVerdict(verdict({ code: 'present', since: summer }), names, 'de')).toBe(
      'anwesend seit 16:30 Uhr',
    );
  });
});

describe('summarizing a result', () => {
  const result = (over: Partial<QuorumResult>): QuorumResult => ({
    quorate: true,
    countedQuorate: true,
    basis: 'count',
    present: 6,
    needed: 4,
    seats: 7,
    people: [],
    ...over,
  });

  it.each<[Partial<QuorumResult>, string, string]>([
    [{}, 'beschlussfähig: 6 von 7 anwesend, erforderlich 4', 'quorate: 6 of 7 present, 4 required'],
    [
      { quorate: false, countedQuorate: false, present: 3 },
      'nicht beschlussfähig: 3 von 7 anwesend, erforderlich 4',
      'not quorate: 3 of 7 present, 4 required',
    ],
    [
      { countedQuorate: false, present: 3, basis: 'deemedUntilEstablished' },
      'gilt als beschlussfähig, bis die Beschlussunfähigkeit festgestellt ist: 3 von 7 anwesend, erforderlich 4',
      'deemed quorate until the lack of quorum is established: 3 of 7 present, 4 required',
    ],
    [
      { quorate: false, countedQuorate: false, present: 3, basis: 'lackEstablished' },
      'nicht beschlussfähig (Beschlussunfähigkeit festgestellt): 3 von 7 anwesend, erforderlich 4',
      'not quorate (lack of quorum established): 3 of 7 present, 4 required',
    ],
    [
      { countedQuorate: false, present: 2, basis: 'secondConvocation' },
      'beschlussfähig (zweite Einberufung, ohne Rücksicht auf die Zahl): 2 von 7 anwesend, erforderlich 4',
      'quorate (second convocation, regardless of numbers): 2 of 7 present, 4 required',
    ],
    [
      {
        quorate: false,
        countedQuorate: false,
        present: 4,
        councilVsExperts: { council: 2, experts: 2, ok: false },
      },
      'nicht beschlussfähig: 4 von 7 anwesend, erforderlich 4; Ratsmitglieder 2, Sachkundige Bürger 2',
      'not quorate: 4 of 7 present, 4 required; council members 2, expert citizens 2',
    ],
  ])('%o', (over, de, en) => {
    expect(summarize(result(over), 'de')).toBe(de);
    expect(summarize(result(over), 'en')).toBe(en);
  });
});
