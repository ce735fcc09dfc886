import type { HydratedDocument, Types } from 'mongoose';
import { numberAgenda } from '../../domain/agenda/numbering';
import type { MeetingState } from '../../domain/meetings/lifecycle';
import {
  CONSULTATION_ROLES,
  ConsultationModel,
  MeetingModel,
  OrganizationModel,
  PaperModel,
  type MeetingDoc,
} from '../models';
import type { AgendaItemSeed } from './agenda-seeds';
import { termKeyFor, type DemoBodyKey } from './bodies';
import { ensure, idOf, type DemoContext } from './context';
import { orgKey } from './organizations';
import { paperKey } from './papers';

export interface MeetingSeed {
  body: DemoBodyKey;
  committee: string;
  name: string;
  start: Date;
  end?: Date;
  /** Context key of the location. */
  location?: string;
  state: MeetingState;
  invitationDate?: Date;
  agenda: readonly AgendaItemSeed[];
  /** Papers consulted at the meeting without a known agenda item. */
  consultations?: ReadonlyArray<{ paperReference: string; role: ConsultationRole }>;
}

type ConsultationRole = (typeof CONSULTATION_ROLES)[number];

/**
 * Stores a meeting with its agenda numbered by the committee's own rule (Köln restarts in the
 * nichtöffentlicher Teil, Mettmann numbers on) and records a consultation for every paper on it.
 */
export async function loadMeeting(
  ctx: DemoContext,
  seed: MeetingSeed,
): Promise<HydratedDocument<MeetingDoc>> {
  const organization = idOf(ctx, orgKey(seed.body, seed.committee));
  const committee = await OrganizationModel.findById(organization).orFail();
  const numbered = numberAgenda(seed.agenda, {
    restartInNonPublic: committee.agendaRestartNumberingInNonPublic,
  });
  const termKey = termKeyFor(seed.body, seed.start);
  const meeting = await ensure(
    ctx,
    MeetingModel,
    { organization, start: seed.start },
    {
      body: idOf(ctx, `body:${seed.body}`),
      legislativeTerm: termKey ? idOf(ctx, termKey) : undefined,
      name: seed.name,
      state: seed.state,
      cancelled: seed.state === 'abgesagt',
      end: seed.end,
      location: seed.location ? idOf(ctx, seed.location) : undefined,
      invitationDate: seed.invitationDate,
      publishedAt: seed.invitationDate,
      agendaItems: numbered.map((item) => ({
        number: item.number,
        order: item.order,
        level: item.level,
        name: item.name,
        public: item.public,
        paper: item.paperReference ? idOf(ctx, paperKey(seed.body, item.paperReference)) : undefined,
        supplement: item.supplement ?? false,
        result: item.result,
        resolutionText: item.resolutionText,
      })),
    },
  );
  for (const [index, item] of meeting.agendaItems.entries()) {
    if (!item.paper) continue;
    const paper = await PaperModel.findById(item.paper).orFail();
    const role =
      numbered[index]?.consultationRole ??
      (paper.paperType === 'Beschlussvorlage' || paper.paperType === 'Antrag'
        ? 'Entscheidung'
        : 'Kenntnisnahme');
    await recordConsultation(ctx, {
      paper: paper._id,
      organization,
      meeting: meeting._id,
      agendaItem: item._id,
      role,
    });
  }
  for (const consultation of seed.consultations ?? []) {
    const paper = idOf(ctx, paperKey(seed.body, consultation.paperReference));
    await recordConsultation(ctx, { paper, organization, meeting: meeting._id, role: consultation.role });
  }
  return meeting;
}

async function recordConsultation(
  ctx: DemoContext,
  c: {
    paper: Types.ObjectId;
    organization: Types.ObjectId;
    meeting: Types.ObjectId;
    agendaItem?: Types.ObjectId;
    role: ConsultationRole;
  },
): Promise<void> {
  await ensure(
    ctx,
    ConsultationModel,
    { paper: c.paper, organization: c.organization, meeting: c.meeting },
    { agendaItem: c.agendaItem, role: c.role, authoritative: c.role === 'Entscheidung' },
  );
  await PaperModel.updateOne({ _id: c.paper }, { $addToSet: { organizations: c.organization } });
}
