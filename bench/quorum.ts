/**
 * Quorum benchmark (npm run bench:quorum): a 90-seat council with substitutes, administration and
 * guests, 300 attendance events and 60 agenda items, 18 of them with Befangenheit. Evaluates every
 * item at one moment of the session; prints the median of several runs after a warm-up.
 *
 *   --strict   exit with code 1 when the target is missed
 */
import { NRW_QUORUM_RULES } from '../server/domain/committees/rule-settings';
import { evaluateAgenda, evaluateQuorum } from '../server/domain/quorum/evaluate';
import type { PresenceEvent, QuorumParticipant, QuorumSituation } from '../server/domain/quorum/types';
import { berlin } from '../server/domain/time/berlin';
import { median } from './support/measure';

const SEATS = 90;
const EVENTS = 300;
const ITEMS = 60;
const TARGET_MS = 50;
const WARM_UP = 20;
const RUNS = 31;
const STRICT = process.argv.includes('--strict');

/** Seeded, so every run measures the same council. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

function council(): { situation: QuorumSituation; moment: Date; itemIds: string[] } {
  const random = seeded(2026);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const fraktionen = ['CDU', 'SPD', 'GRÜNE', 'FDP', 'LINKE', 'AfD'];
  const participants: QuorumParticipant[] = [];
  for (let i = 1; i <= SEATS; i++) {
    participants.push({
      personId: `m${i}`,
      name: `Herr M${i}`,
      role: 'member',
      votingRight: true,
      seatKind: 'council',
      fraktionId: fraktionen[i % fraktionen.length],
      isMayor: i === 1,
    });
  }
  for (let i = 1; i <= 30; i++) {
    participants.push({
      personId: `s${i}`,
      name: `Frau S${i}`,
      role: 'substitute',
      votingRight: true,
      seatKind: 'council',
      fraktionId: fraktionen[i % fraktionen.length],
    });
  }
  for (let i = 1; i <= 15; i++) {
    participants.push({
      personId: `v${i}`,
      name: `V${i}`,
      role: 'administration',
      votingRight: false,
      seatKind: 'other',
    });
  }
  for (let i = 1; i <= 5; i++) {
    participants.push({
      personId: `g${i}`,
      name: `G${i}`,
      role: 'guest',
      votingRight: false,
      seatKind: 'other',
    });
  }
  const start = berlin(2026, 11, 19, 15, 0).getTime();
  const minute = (n: number) => new Date(start + n * 60_000);
  // Everyone but a few arrives once, the rest of the events are departures and returns.
  const events: PresenceEvent[] = participants
    .filter((_, i) => i % 13 !== 5)
    .map((p) => ({ personId: p.personId, kind: 'arrive', at: minute(Math.floor(random() * 30)) }));
  while (events.length < EVENTS) {
    events.push({
      personId: pick(participants).personId,
      kind: random() < 0.5 ? 'leave' : 'arrive',
      at: minute(30 + Math.floor(random() * 240)),
    });
  }
  const substitutions = participants
    .filter((p) => p.role === 'substitute')
    .flatMap((s) => {
      const sameFraktion = participants.filter((m) => m.role === 'member' && m.fraktionId === s.fraktionId);
      return [pick(sameFraktion), pick(sameFraktion)].map((m) => ({
        substituteId: s.personId,
        forMemberId: m.personId,
      }));
    });
  const itemIds = Array.from({ length: ITEMS }, (_, i) => `top-${i + 1}`);
  const befangenheit = itemIds
    .filter((_, i) => i % 10 < 3)
    .flatMap((agendaItemId) =>
      Array.from({ length: 1 + Math.floor(random() * 3) }, () => ({
        personId: pick(participants.filter((p) => p.votingRight)).personId,
        agendaItemId,
      })),
    );
  const situation: QuorumSituation = {
    seats: SEATS,
    rules: { ...NRW_QUORUM_RULES, mayorCountsAsMember: true },
    participants,
    events,
    substitutions,
    befangenheit,
    secondConvocation: false,
  };
  return { situation, moment: minute(150), itemIds };
}

function measure(run: () => unknown): number {
  for (let i = 0; i < WARM_UP; i++) run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const begin = performance.now();
    run();
    times.push(performance.now() - begin);
  }
  return median(times);
}

const { situation, moment, itemIds } = council();
const sample = evaluateAgenda(situation, moment, itemIds);
const first = sample.get(itemIds[0]!)!;
console.log(
  `council: ${situation.participants.length} participants, ${situation.events.length} events, ` +
    `${situation.befangenheit.length} Befangenheit declarations; at the moment ${first.present} of ${first.seats} present, needed ${first.needed}`,
);

const agendaMs = measure(() => evaluateAgenda(situation, moment, itemIds));
const itemByItemMs = measure(() => itemIds.map((id) => evaluateQuorum(situation, moment, id)));
// The ratio is the share of the budget used: below 1 meets the target.
console.log(
  `quorum: ${ITEMS} items evaluated in ${agendaMs.toFixed(3)} ms (target < ${TARGET_MS} ms) ratio ${(agendaMs / TARGET_MS).toFixed(4)}`,
);
console.log(`quorum: item by item without the shared preparation ${itemByItemMs.toFixed(3)} ms`);
if (STRICT && agendaMs >= TARGET_MS) process.exit(1);
