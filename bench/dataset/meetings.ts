import { Types } from 'mongoose';
import { numberAgenda } from '../../server/domain/agenda/numbering';
import type { Prng } from './prng';
import type { GeneratedCommittee } from './structure';
import { STANDARD_SECTIONS, SUBJECT_PREFIXES, SUBJECTS } from './vocabulary';

type Doc = Record<string, unknown> & { _id: Types.ObjectId };

export interface GeneratedMeeting {
  id: Types.ObjectId;
  committee: GeneratedCommittee;
  start: Date;
  held: boolean;
}

export interface MeetingSet {
  meetings: Doc[];
  papers: Doc[];
  /** Per committee, in date order. */
  byCommittee: Map<GeneratedCommittee, GeneratedMeeting[]>;
  agendaItems: number;
}

const DAY = 86_400_000;

/** Each committee meets every 25 to 40 days from `since` until `until`; agendas of 8 to 21 items. */
export function generateMeetings(
  prng: Prng,
  bodyId: Types.ObjectId,
  committees: readonly GeneratedCommittee[],
  since: Date,
  until: Date,
  now: Date,
): MeetingSet {
  const set: MeetingSet = { meetings: [], papers: [], byCommittee: new Map(), agendaItems: 0 };
  const referenceSeq = new Map<number, number>();
  const nextReference = (year: number) => {
    const seq = (referenceSeq.get(year) ?? 0) + 1;
    referenceSeq.set(year, seq);
    return `${String(seq).padStart(4, '0')}/${year}`;
  };
  for (const committee of committees) {
    // 25 to 40 days: about 7,000 meetings for 60 committees over ten years.
    const intervalDays = prng.int(25, 40);
    const hour = prng.pick([14, 15, 16, 17]);
    const list: GeneratedMeeting[] = [];
    let start = new Date(since.getTime() + prng.int(0, intervalDays) * DAY + hour * 3_600_000);
    let firstFuture = true;
    while (start < until) {
      const held = start < now;
      const cancelled = held ? prng.chance(0.02) : prng.chance(0.05);
      const state = cancelled
        ? 'abgesagt'
        : held
          ? 'durchgefuehrt'
          : firstFuture
            ? 'eingeladen'
            : 'terminiert';
      if (!held) firstFuture = false;
      const id = new Types.ObjectId();
      const agenda = generateAgenda(prng, committee, start, held, bodyId, set, nextReference);
      set.agendaItems += agenda.length;
      set.meetings.push({
        _id: id,
        body: bodyId,
        organization: committee.id,
        name: `Sitzung ${committee.name}`,
        state,
        cancelled,
        start,
        end: held ? new Date(start.getTime() + prng.int(60, 180) * 60_000) : undefined,
        invitationDate: state === 'terminiert' ? undefined : new Date(start.getTime() - 14 * DAY),
        secondConvocation: false,
        agendaItems: agenda,
        createdAt: new Date(start.getTime() - 30 * DAY),
        updatedAt: new Date(start.getTime() - 14 * DAY),
        __v: 0,
      });
      list.push({ id, committee, start, held: held && !cancelled });
      start = new Date(start.getTime() + intervalDays * DAY);
    }
    set.byCommittee.set(committee, list);
  }
  return set;
}

function generateAgenda(
  prng: Prng,
  committee: GeneratedCommittee,
  start: Date,
  held: boolean,
  bodyId: Types.ObjectId,
  set: MeetingSet,
  nextReference: (year: number) => string,
): Doc[] {
  const total = prng.int(8, 21);
  const nonPublic = prng.int(1, 3);
  const drafts: Array<{
    name: string;
    public: boolean;
    level: 1 | 2;
    paperId?: Types.ObjectId;
    result?: string;
  }> = [];
  for (const [isPublic, count] of [
    [true, total - nonPublic],
    [false, nonPublic],
  ] as const) {
    let remaining = count;
    let section = 0;
    while (remaining > 0) {
      drafts.push({
        name: STANDARD_SECTIONS[section % STANDARD_SECTIONS.length]!,
        public: isPublic,
        level: 1,
      });
      section += 1;
      remaining -= 1;
      const subs = Math.min(remaining, prng.int(0, 3));
      for (let s = 0; s < subs; s++) {
        const name = `${prng.pick(SUBJECT_PREFIXES)} ${prng.pick(SUBJECTS)}`;
        const paper = new Types.ObjectId();
        const mitteilung = prng.chance(0.5);
        set.papers.push({
          _id: paper,
          body: bodyId,
          reference: nextReference(start.getUTCFullYear()),
          name,
          paperType: mitteilung ? 'Mitteilung' : 'Beschlussvorlage',
          date: new Date(start.getTime() - 21 * DAY),
          public: isPublic,
          organizations: [committee.id],
          underDirectionOf: committee.department,
          createdAt: start,
          updatedAt: start,
          __v: 0,
        });
        const result = held
          ? mitteilung
            ? 'zur Kenntnis genommen'
            : prng.pick(['einstimmig angenommen', 'mehrheitlich angenommen', 'vertagt'])
          : undefined;
        drafts.push({ name, public: isPublic, level: 2, paperId: paper, result });
      }
      remaining -= subs;
    }
  }
  return numberAgenda(drafts, { restartInNonPublic: committee.restartInNonPublic }).map((item) => ({
    _id: new Types.ObjectId(),
    number: item.number,
    order: item.order,
    level: item.level,
    name: item.name,
    public: item.public,
    paper: item.paperId,
    supplement: false,
    result: item.result,
  }));
}
