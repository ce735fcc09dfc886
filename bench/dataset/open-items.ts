import { Types } from 'mongoose';
import type { GeneratedMeeting } from './meetings';
import type { Prng } from './prng';
import type { GeneratedCommittee } from './structure';
import { SUBJECT_PREFIXES, SUBJECTS } from './vocabulary';

type Doc = Record<string, unknown> & { _id: Types.ObjectId };

const DAY = 86_400_000;

/**
 * Anfragen spread over the whole period. Old ones are almost all settled; a few stay stuck with
 * the department (overdue), and the recent ones are in every state.
 */
export function generateInquiries(
  prng: Prng,
  bodyId: Types.ObjectId,
  byCommittee: ReadonlyMap<GeneratedCommittee, GeneratedMeeting[]>,
  count: number,
  since: Date,
  now: Date,
): Doc[] {
  const committees = [...byCommittee.keys()];
  const seqByYear = new Map<number, number>();
  const docs: Doc[] = [];
  for (let i = 0; i < count; i++) {
    const committee = prng.pick(committees);
    const filedAt = new Date(since.getTime() + prng.next() * (now.getTime() - since.getTime()));
    const meeting = (byCommittee.get(committee) ?? []).find((m) => m.start > filedAt);
    const year = filedAt.getUTCFullYear();
    const seq = (seqByYear.get(year) ?? 0) + 1;
    seqByYear.set(year, seq);
    const ageDays = (now.getTime() - filedAt.getTime()) / DAY;
    const state =
      ageDays > 90
        ? prng.chance(0.01)
          ? 'zugewiesen'
          : prng.pick([
              'beantwortet',
              'beantwortet',
              'beantwortet',
              'veroeffentlicht',
              'zurueckgezogen',
              'zurueckgewiesen',
            ])
        : prng.pick(['eingereicht', 'angenommen', 'zugewiesen', 'zugewiesen', 'beantwortet']);
    const answered = state === 'beantwortet' || state === 'veroeffentlicht';
    const dueDate = state === 'eingereicht' ? undefined : new Date(filedAt.getTime() + 14 * DAY);
    docs.push({
      _id: new Types.ObjectId(),
      body: bodyId,
      organization: committee.id,
      meeting: meeting?.id,
      number: `AN/${String(seq).padStart(4, '0')}/${year}`,
      subject: `${prng.pick(SUBJECT_PREFIXES)} ${prng.pick(SUBJECTS)}`,
      text: 'Wie ist der Sachstand, und welche nächsten Schritte plant die Verwaltung?',
      kind: prng.chance(0.7) ? 'schriftlich' : 'muendlich',
      author: prng.pick(committee.members),
      public: true,
      state,
      history: [
        { state: 'eingereicht', at: filedAt },
        ...(state === 'eingereicht' ? [] : [{ state, at: filedAt }]),
      ],
      department: state === 'eingereicht' ? undefined : committee.department,
      dueDate,
      answer: answered
        ? { text: 'Die Verwaltung antwortet wie folgt …', answeredAt: new Date(filedAt.getTime() + 10 * DAY) }
        : undefined,
      createdAt: filedAt,
      updatedAt: filedAt,
      __v: 0,
    });
  }
  return docs;
}

/** Zusagen and Prüfaufträge from held meetings; old ones are done, a few stay open and overdue. */
export function generateFollowUps(
  prng: Prng,
  bodyId: Types.ObjectId,
  held: readonly GeneratedMeeting[],
  count: number,
  now: Date,
): Doc[] {
  const docs: Doc[] = [];
  for (let i = 0; i < count; i++) {
    const meeting = prng.pick(held);
    const dueDate = new Date(meeting.start.getTime() + prng.int(14, 90) * DAY);
    const ageDays = (now.getTime() - meeting.start.getTime()) / DAY;
    const open = ageDays > 180 ? prng.chance(0.02) : prng.chance(0.6);
    const status = open ? 'offen' : prng.chance(0.9) ? 'erledigt' : 'aufgehoben';
    docs.push({
      _id: new Types.ObjectId(),
      body: bodyId,
      organization: meeting.committee.id,
      meeting: meeting.id,
      kind: prng.pick(['zusage', 'pruefauftrag', 'arbeitsauftrag', 'beschlusskontrolle']),
      title: `${prng.pick(SUBJECT_PREFIXES)} ${prng.pick(SUBJECTS)}`,
      public: prng.chance(0.95),
      ownerDepartment: meeting.committee.department,
      dueDate,
      status,
      completedAt: status === 'offen' ? undefined : new Date(Math.min(dueDate.getTime(), now.getTime())),
      createdAt: meeting.start,
      updatedAt: meeting.start,
      __v: 0,
    });
  }
  return docs;
}
