import { describe, expect, it } from 'vitest';
import { evaluateAgenda, evaluateQuorum, quorumTimeline } from '../../../server/domain/quorum/evaluate';
import type { QuorumResult } from '../../../server/domain/quorum/types';
import {
  COUNTING,
  arrive,
  arrivingAtTwo,
  at,
  leave,
  member,
  members,
  other,
  situation,
  substitute,
} from './support';

const reasonOf = (result: QuorumResult, personId: string) =>
  result.people.find((p) => p.personId === personId)?.reason;
const countsOf = (result: QuorumResult, personId: string) =>
  result.people.find((p) => p.personId === personId)?.counts;

describe('quorum: more than half of the statutory seats', () => {
  it.each([
    [1, 1],
    [2, 2],
    [7, 4],
    [8, 5],
    [17, 9],
    [90, 46],
  ])('%i seats need %i', (seats, needed) => {
    const result = evaluateQuorum(situation({ seats, participants: members(seats) }), at(14));
    expect(result.needed).toBe(needed);
    expect(result.seats).toBe(seats);
  });

  it.each([
    [7, 3, false],
    [7, 4, true],
    [8, 4, false],
    [8, 5, true],
  ])('%i seats with %i present: quorate %s', (seats, presentCount, quorate) => {
    const participants = members(seats);
    const events = arrivingAtTwo(...participants.slice(0, presentCount).map((p) => p.personId));
    const result = evaluateQuorum(situation({ seats, participants, events }), at(14, 30));
    expect(result).toMatchObject({ present: presentCount, quorate, countedQuorate: quorate, basis: 'count' });
  });

  it('gives every participant exactly one verdict, in the order of the list', () => {
    const participants = [...members(3), substitute('s1'), other('v', 'administration'), other('g', 'guest')];
    const result = evaluateQuorum(situation({ seats: 3, participants, events: arrivingAtTwo('m1') }), at(15));
    expect(result.people.map((p) => p.personId)).toEqual(['m1', 'm2', 'm3', 's1', 'v', 'g']);
    expect(result.people[0]).toEqual({
      personId: 'm1',
      name: 'Herr m1',
      counts: true,
      reason: { code: 'present', since: at(14) },
    });
  });
});

describe('quorum: who counts', () => {
  it('counts neither administration, guests, advisory members nor members without voting right', () => {
    const participants = [
      ...members(3),
      other('verwaltung', 'administration'),
      other('gast', 'guest'),
      member('berater', { role: 'advisory', votingRight: false }),
      member('ohne', { votingRight: false }),
    ];
    const events = arrivingAtTwo('m1', 'verwaltung', 'gast', 'berater', 'ohne');
    const result = evaluateQuorum(situation({ seats: 3, participants, events }), at(14, 5));
    expect(result.present).toBe(1);
    expect(result.countedQuorate).toBe(false);
    expect(reasonOf(result, 'verwaltung')).toEqual({ code: 'administration' });
    expect(reasonOf(result, 'gast')).toEqual({ code: 'guest' });
    expect(reasonOf(result, 'berater')).toEqual({ code: 'noVotingRight' });
    expect(reasonOf(result, 'ohne')).toEqual({ code: 'noVotingRight' });
    expect(reasonOf(result, 'm2')).toEqual({ code: 'notArrived' });
  });

  it('adds the mayor as a seat and a counting member when the rules say so', () => {
    const participants = [...members(7), member('ob', { isMayor: true })];
    const events = arrivingAtTwo('m1', 'm2', 'm3', 'm4', 'ob');
    const on = evaluateQuorum(
      situation({ seats: 7, participants, events, rules: { ...COUNTING, mayorCountsAsMember: true } }),
      at(14),
    );
    expect(on).toMatchObject({ seats: 8, needed: 5, present: 5, countedQuorate: true });
    expect(reasonOf(on, 'ob')).toEqual({ code: 'present', since: at(14) });
    const off = evaluateQuorum(situation({ seats: 7, participants, events }), at(14));
    expect(off).toMatchObject({ seats: 7, needed: 4, present: 4, countedQuorate: true });
    expect(reasonOf(off, 'ob')).toEqual({ code: 'noVotingRight' });
  });
});

describe('quorum: substitutes', () => {
  const base = () => [
    ...members(4),
    substitute('s1', { fraktionId: 'F' }),
    substitute('s2', { fraktionId: 'F' }),
  ];

  it('counts a substitute in place of an absent member of the same Fraktion', () => {
    const result = evaluateQuorum(
      situation({
        seats: 4,
        participants: base(),
        events: arrivingAtTwo('m1', 'm2', 's1'),
        substitutions: [{ substituteId: 's1', forMemberId: 'm4' }],
      }),
      at(14),
    );
    expect(result).toMatchObject({ present: 3, needed: 3, countedQuorate: true });
    expect(reasonOf(result, 's1')).toEqual({ code: 'substituteFor', forMemberId: 'm4', since: at(14) });
  });

  it('never counts a substitute in addition to the member, who is present', () => {
    const result = evaluateQuorum(
      situation({
        seats: 4,
        participants: base(),
        events: arrivingAtTwo('m1', 'm2', 's1'),
        substitutions: [{ substituteId: 's1', forMemberId: 'm1' }],
      }),
      at(14),
    );
    expect(result).toMatchObject({ present: 2, countedQuorate: false });
    expect(reasonOf(result, 's1')).toEqual({ code: 'representedMemberPresent', forMemberId: 'm1' });
  });

  it('counts a substitute named for two absent members once', () => {
    const result = evaluateQuorum(
      situation({
        seats: 4,
        participants: base(),
        events: arrivingAtTwo('m1', 's1'),
        substitutions: [
          { substituteId: 's1', forMemberId: 'm3' },
          { substituteId: 's1', forMemberId: 'm4' },
        ],
      }),
      at(14),
    );
    expect(result.present).toBe(2);
    expect(reasonOf(result, 's1')).toEqual({ code: 'substituteFor', forMemberId: 'm3', since: at(14) });
  });

  it('lets a second substitute take the other member of one named for two', () => {
    const result = evaluateQuorum(
      situation({
        seats: 4,
        participants: base(),
        events: [arrive('s1', at(14)), arrive('s2', at(14, 10))],
        substitutions: [
          { substituteId: 's1', forMemberId: 'm3' },
          { substituteId: 's1', forMemberId: 'm4' },
          { substituteId: 's2', forMemberId: 'm3' },
        ],
      }),
      at(14, 30),
    );
    expect(result.present).toBe(2);
    expect(reasonOf(result, 's1')).toEqual({ code: 'substituteFor', forMemberId: 'm4', since: at(14) });
    expect(reasonOf(result, 's2')).toEqual({ code: 'substituteFor', forMemberId: 'm3', since: at(14, 10) });
  });

  it('counts only the first arrived of two substitutes for one member', () => {
    const result = evaluateQuorum(
      situation({
        seats: 4,
        participants: base(),
        events: [arrive('s2', at(14, 5)), arrive('s1', at(14, 20))],
        substitutions: [
          { substituteId: 's1', forMemberId: 'm4' },
          { substituteId: 's2', forMemberId: 'm4' },
        ],
      }),
      at(14, 30),
    );
    expect(result.present).toBe(1);
    expect(reasonOf(result, 's2')).toEqual({ code: 'substituteFor', forMemberId: 'm4', since: at(14, 5) });
    expect(reasonOf(result, 's1')).toEqual({ code: 'alreadyRepresented', forMemberId: 'm4' });
  });

  it('does not count a substitute without a substitution, nor one for another Fraktion', () => {
    const participants = [
      ...members(4),
      substitute('s1', { fraktionId: 'F' }),
      substitute('x', { fraktionId: 'G' }),
    ];
    const result = evaluateQuorum(
      situation({
        seats: 4,
        participants,
        events: arrivingAtTwo('s1', 'x'),
        substitutions: [{ substituteId: 'x', forMemberId: 'm1' }],
      }),
      at(14),
    );
    expect(result.present).toBe(0);
    expect(reasonOf(result, 's1')).toEqual({ code: 'substituteWithoutMember' });
    expect(reasonOf(result, 'x')).toEqual({ code: 'substituteWithoutMember' });
  });

  it('follows an explicit list of members a substitute may represent, across Fraktionen', () => {
    const participants = [...members(4), substitute('x', { fraktionId: 'G', mayRepresent: ['m1'] })];
    const allowed = evaluateQuorum(
      situation({
        seats: 4,
        participants,
        events: arrivingAtTwo('x'),
        substitutions: [{ substituteId: 'x', forMemberId: 'm1' }],
      }),
      at(14),
    );
    expect(countsOf(allowed, 'x')).toBe(true);
    const notListed = evaluateQuorum(
      situation({
        seats: 4,
        participants,
        events: arrivingAtTwo('x'),
        substitutions: [{ substituteId: 'x', forMemberId: 'm2' }],
      }),
      at(14),
    );
    expect(reasonOf(notListed, 'x')).toEqual({ code: 'substituteWithoutMember' });
  });

  it('counts a substitute for a member who left, from the moment the member left', () => {
    const result = evaluateQuorum(
      situation({
        seats: 4,
        participants: base(),
        events: [...arrivingAtTwo('m1', 'm2', 's1'), leave('m1', at(15, 40))],
        substitutions: [{ substituteId: 's1', forMemberId: 'm1' }],
      }),
      at(15, 45),
    );
    expect(result.present).toBe(2);
    expect(reasonOf(result, 'm1')).toEqual({ code: 'left', at: at(15, 40) });
    expect(reasonOf(result, 's1')).toEqual({ code: 'substituteFor', forMemberId: 'm1', since: at(15, 40) });
  });
});

describe('quorum: time based presence', () => {
  const seven = members(7);

  it('becomes quorate with a late arrival crossing the threshold, at exactly that time', () => {
    const events = [...arrivingAtTwo('m1', 'm2', 'm3'), arrive('m4', at(14, 15))];
    const s = situation({ seats: 7, participants: seven, events });
    expect(evaluateQuorum(s, at(14, 14))).toMatchObject({ present: 3, countedQuorate: false });
    expect(evaluateQuorum(s, at(14, 15))).toMatchObject({ present: 4, countedQuorate: true });
    expect(reasonOf(evaluateQuorum(s, at(14, 10)), 'm4')).toEqual({ code: 'notArrived' });
  });

  it('loses quorum with an early departure; at exactly the leave time the person is gone', () => {
    const events = [...arrivingAtTwo('m1', 'm2', 'm3', 'm4'), leave('m4', at(15, 40))];
    const s = situation({ seats: 7, participants: seven, events });
    expect(evaluateQuorum(s, at(15, 39))).toMatchObject({ present: 4, countedQuorate: true });
    const after = evaluateQuorum(s, at(15, 40));
    expect(after).toMatchObject({ present: 3, countedQuorate: false });
    expect(reasonOf(after, 'm4')).toEqual({ code: 'left', at: at(15, 40) });
  });

  it('counts a returning member again, present since the return; a doubled check-in changes nothing', () => {
    const events = [
      arrive('m1', at(14)),
      arrive('m1', at(14, 5)),
      leave('m1', at(15)),
      leave('m1', at(15, 1)),
      arrive('m1', at(15, 30)),
    ];
    const s = situation({ seats: 7, participants: seven, events });
    expect(reasonOf(evaluateQuorum(s, at(14, 30)), 'm1')).toEqual({ code: 'present', since: at(14) });
    expect(reasonOf(evaluateQuorum(s, at(15, 10)), 'm1')).toEqual({ code: 'left', at: at(15) });
    expect(reasonOf(evaluateQuorum(s, at(15, 30)), 'm1')).toEqual({ code: 'present', since: at(15, 30) });
  });

  it('reports the moments quorum is lost and regained', () => {
    const events = [
      ...arrivingAtTwo('m1', 'm2', 'm3', 'm4'),
      arrive('m5', at(14, 20)),
      leave('m4', at(15, 30)),
      leave('m5', at(15, 40)),
      arrive('m6', at(15, 55)),
    ];
    const timeline = quorumTimeline(situation({ seats: 7, participants: seven, events }), at(14), at(17));
    expect(timeline).toEqual([
      { at: at(14), countedQuorate: true, present: 4, needed: 4 },
      { at: at(15, 40), countedQuorate: false, present: 3, needed: 4 },
      { at: at(15, 55), countedQuorate: true, present: 4, needed: 4 },
    ]);
  });
});

describe('quorum: Befangenheit', () => {
  const s = situation({
    seats: 7,
    participants: members(7),
    events: arrivingAtTwo('m1', 'm2', 'm3', 'm4'),
    befangenheit: [
      { personId: 'm2', agendaItemId: 'top-3' },
      { personId: 'm7', agendaItemId: 'top-3' },
    ],
  });

  it('excludes a befangen member from that item only', () => {
    const item = evaluateQuorum(s, at(15), 'top-3');
    expect(item).toMatchObject({ present: 3, countedQuorate: false });
    expect(reasonOf(item, 'm2')).toEqual({ code: 'befangen', agendaItemId: 'top-3' });
    expect(reasonOf(item, 'm7')).toEqual({ code: 'notArrived' });
    expect(evaluateQuorum(s, at(15), 'top-4')).toMatchObject({ present: 4, countedQuorate: true });
    expect(evaluateQuorum(s, at(15))).toMatchObject({ present: 4, countedQuorate: true });
  });

  it('evaluates a whole agenda with the same results as item by item', () => {
    const items = ['top-1', 'top-3', 'top-4'];
    const agenda = evaluateAgenda(s, at(15), items);
    expect([...agenda.keys()]).toEqual(items);
    for (const item of items) expect(agenda.get(item)).toEqual(evaluateQuorum(s, at(15), item));
  });

  it('lets a substitute stand in for a befangen member on that item, not on the others', () => {
    const s = situation({
      seats: 2,
      participants: [...members(2), substitute('s1', { fraktionId: 'F' })],
      events: arrivingAtTwo('m1', 'm2', 's1'),
      substitutions: [{ substituteId: 's1', forMemberId: 'm2' }],
      befangenheit: [{ personId: 'm2', agendaItemId: 'top-5' }],
    });
    const item = evaluateQuorum(s, at(14, 30), 'top-5');
    expect(item.present).toBe(2);
    expect(reasonOf(item, 'm2')).toEqual({ code: 'befangen', agendaItemId: 'top-5' });
    expect(reasonOf(item, 's1')).toEqual({ code: 'substituteFor', forMemberId: 'm2', since: at(14) });
    const other = evaluateQuorum(s, at(14, 30), 'top-6');
    expect(other.present).toBe(2);
    expect(reasonOf(other, 's1')).toEqual({ code: 'representedMemberPresent', forMemberId: 'm2' });
  });

  it('lets a befangen substitute not count, leaving the member to another substitute', () => {
    const result = evaluateQuorum(
      situation({
        seats: 2,
        participants: [
          ...members(2),
          substitute('s1', { fraktionId: 'F' }),
          substitute('s2', { fraktionId: 'F' }),
        ],
        events: [arrive('m1', at(14)), arrive('s1', at(14)), arrive('s2', at(14, 10))],
        substitutions: [
          { substituteId: 's1', forMemberId: 'm2' },
          { substituteId: 's2', forMemberId: 'm2' },
        ],
        befangenheit: [{ personId: 's1', agendaItemId: 'top-9' }],
      }),
      at(14, 30),
      'top-9',
    );
    expect(reasonOf(result, 's1')).toEqual({ code: 'befangen', agendaItemId: 'top-9' });
    expect(reasonOf(result, 's2')).toEqual({ code: 'substituteFor', forMemberId: 'm2', since: at(14, 10) });
    expect(result).toMatchObject({ present: 2, countedQuorate: true });
  });
});

describe('quorum: council members must outnumber expert citizens', () => {
  const participants = [
    ...members(2),
    member('sb1', { seatKind: 'expertCitizen' }),
    member('sb2', { seatKind: 'expertCitizen' }),
    member('m3'),
  ];
  const events = arrivingAtTwo('m1', 'm2', 'sb1', 'sb2');

  it('fails the count when the rule is on and experts are as many as council members', () => {
    const result = evaluateQuorum(
      situation({
        seats: 5,
        participants,
        events,
        rules: { ...COUNTING, councilMembersMustOutnumberExperts: true },
      }),
      at(14),
    );
    expect(result).toMatchObject({
      present: 4,
      needed: 3,
      countedQuorate: false,
      quorate: false,
      councilVsExperts: { council: 2, experts: 2, ok: false },
    });
  });

  it('passes when one more council member arrives', () => {
    const result = evaluateQuorum(
      situation({
        seats: 5,
        participants,
        events: [...events, arrive('m3', at(14))],
        rules: { ...COUNTING, councilMembersMustOutnumberExperts: true },
      }),
      at(14),
    );
    expect(result).toMatchObject({
      countedQuorate: true,
      councilVsExperts: { council: 3, experts: 2, ok: true },
    });
  });

  it('ignores the mix when the rule is off', () => {
    const result = evaluateQuorum(situation({ seats: 5, participants, events }), at(14));
    expect(result.countedQuorate).toBe(true);
    expect(result.councilVsExperts).toBeUndefined();
  });
});

describe('quorum: the legal status', () => {
  const few = { seats: 7, participants: members(7), events: arrivingAtTwo('m1', 'm2') };

  it('is quorate regardless on a second convocation', () => {
    const result = evaluateQuorum(situation({ ...few, secondConvocation: true }), at(14));
    expect(result).toMatchObject({
      quorate: true,
      countedQuorate: false,
      basis: 'secondConvocation',
      present: 2,
    });
  });

  it('is deemed quorate until the chair establishes the lack', () => {
    const s = situation({
      ...few,
      rules: { ...COUNTING, deemedQuorateUntilEstablished: true },
      lackEstablishedAt: at(14, 30),
    });
    expect(evaluateQuorum(s, at(14, 29))).toMatchObject({
      quorate: true,
      countedQuorate: false,
      basis: 'deemedUntilEstablished',
    });
    expect(evaluateQuorum(s, at(14, 30))).toMatchObject({
      quorate: false,
      countedQuorate: false,
      basis: 'lackEstablished',
    });
  });

  it('is not quorate by count when nothing is deemed', () => {
    expect(evaluateQuorum(situation(few), at(14))).toMatchObject({ quorate: false, basis: 'count' });
  });

  it('stays quorate by count after an established lack once enough members are back', () => {
    const s = situation({
      seats: 3,
      participants: members(3),
      events: [arrive('m1', at(14)), arrive('m2', at(15))],
      lackEstablishedAt: at(14, 30),
    });
    expect(evaluateQuorum(s, at(15))).toMatchObject({ quorate: true, basis: 'count' });
  });
});

describe('quorum: presence events at the same instant', () => {
  it('ignores an arrival and departure at the same instant and continues a stay left and resumed at once', () => {
    const s = situation({
      seats: 3,
      participants: members(3),
      events: [
        arrive('m1', at(14)),
        leave('m1', at(14)),
        arrive('m2', at(14)),
        leave('m2', at(15)),
        arrive('m2', at(15)),
      ],
    });
    const result = evaluateQuorum(s, at(15, 30));
    expect(reasonOf(result, 'm1')).toEqual({ code: 'notArrived' });
    expect(reasonOf(result, 'm2')).toEqual({ code: 'present', since: at(14) });
  });
});
