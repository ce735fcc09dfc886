/** What the quorum verdicts and summaries say, German first. */
export interface QuorumTexts {
  present: (since: string) => string;
  substituteFor: (member: string, since: string) => string;
  notArrived: string;
  left: (at: string) => string;
  noVotingRight: string;
  administration: string;
  guest: string;
  befangen: string;
  representedMemberPresent: (member: string, female: boolean) => string;
  substituteWithoutMember: string;
  alreadyRepresented: (member: string) => string;
  quorate: string;
  notQuorate: string;
  secondConvocation: string;
  deemed: string;
  lackEstablished: string;
  counts: (present: number, seats: number, needed: number) => string;
  councilVsExperts: (council: number, experts: number) => string;
  expectedQuorate: string;
  expectedNotQuorate: string;
  forecastCounts: (expected: number, seats: number, needed: number) => string;
}

/** "Herr Dr. Elster" becomes "Herrn Dr. Elster" after "i.V.f." and "vertritt". */
export function dative(name: string): string {
  return name.replace(/^Herr\b/, 'Herrn');
}

export const de: QuorumTexts = {
  present: (since) => `anwesend seit ${since} Uhr`,
  substituteFor: (member, since) => `i.V.f. ${dative(member)}, anwesend seit ${since} Uhr`,
  notArrived: 'noch nicht anwesend',
  left: (at) => `hat die Sitzung um ${at} Uhr verlassen`,
  noVotingRight: 'ohne Stimmrecht',
  administration: 'Verwaltung',
  guest: 'Gast',
  befangen: 'befangen bei diesem Tagesordnungspunkt',
  representedMemberPresent: (member, female) =>
    `vertritt ${dative(member)}, ${female ? 'die' : 'der'} selbst anwesend ist`,
  substituteWithoutMember: 'Stellvertretung ohne abwesendes Mitglied, das vertreten werden kann',
  alreadyRepresented: (member) => `${member} wird bereits von einer anderen Stellvertretung vertreten`,
  quorate: 'beschlussfähig',
  notQuorate: 'nicht beschlussfähig',
  secondConvocation: 'beschlussfähig (zweite Einberufung, ohne Rücksicht auf die Zahl)',
  deemed: 'gilt als beschlussfähig, bis die Beschlussunfähigkeit festgestellt ist',
  lackEstablished: 'nicht beschlussfähig (Beschlussunfähigkeit festgestellt)',
  counts: (present, seats, needed) => `${present} von ${seats} anwesend, erforderlich ${needed}`,
  councilVsExperts: (council, experts) => `Ratsmitglieder ${council}, Sachkundige Bürger ${experts}`,
  expectedQuorate: 'erwartet beschlussfähig',
  expectedNotQuorate: 'erwartet nicht beschlussfähig',
  forecastCounts: (expected, seats, needed) => `${expected} von ${seats}, erforderlich ${needed}`,
};

export const en: QuorumTexts = {
  present: (since) => `present since ${since}`,
  substituteFor: (member, since) => `substituting for ${member}, present since ${since}`,
  notArrived: 'not yet present',
  left: (at) => `left the meeting at ${at}`,
  noVotingRight: 'no voting right',
  administration: 'administration',
  guest: 'guest',
  befangen: 'conflict of interest (befangen) on this agenda item',
  representedMemberPresent: (member) => `substitutes for ${member}, who is present`,
  substituteWithoutMember: 'substitute without an absent member to stand in for',
  alreadyRepresented: (member) => `${member} is already represented by another substitute`,
  quorate: 'quorate',
  notQuorate: 'not quorate',
  secondConvocation: 'quorate (second convocation, regardless of numbers)',
  deemed: 'deemed quorate until the lack of quorum is established',
  lackEstablished: 'not quorate (lack of quorum established)',
  counts: (present, seats, needed) => `${present} of ${seats} present, ${needed} required`,
  councilVsExperts: (council, experts) => `council members ${council}, expert citizens ${experts}`,
  expectedQuorate: 'expected quorate',
  expectedNotQuorate: 'expected not quorate',
  forecastCounts: (expected, seats, needed) => `${expected} of ${seats}, ${needed} required`,
};

export const QUORUM_TEXTS = { de, en } as const;
