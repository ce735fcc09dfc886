import type { Actor } from '../access/principal';
import { requireOffice } from './access';
import type { FollowUpDeps } from './deps';
import type { FollowUpKind } from './ports';
import type { TrackedFollowUp } from './tracking';
import { badInput, checkOwner, requireDueDateAhead, requireText } from './validation';

export interface FollowUpInput {
  organization: string;
  kind: FollowUpKind;
  title: string;
  description?: string;
  /** Default true; forced false under a non-public item, paper or Anfrage. */
  public?: boolean;
  meeting?: string;
  agendaItem?: string;
  paper?: string;
  inquiry?: string;
  ownerDepartment?: string;
  ownerPerson?: string;
  dueDate: Date;
}

export const KIND_LABELS: Record<FollowUpKind, string> = {
  zusage: 'Zusage',
  pruefauftrag: 'Prüfauftrag',
  arbeitsauftrag: 'Arbeitsauftrag',
  beschlusskontrolle: 'Beschlusskontrolle',
};

/** The office records a Zusage, Prüf- or Arbeitsauftrag or Beschlusskontrolle with owner and due date. */
export async function recordFollowUp(
  deps: FollowUpDeps,
  actor: Actor,
  input: FollowUpInput,
  requestId?: string,
): Promise<TrackedFollowUp> {
  requireOffice(actor, input.organization);
  const committee = await deps.directory.committee(input.organization);
  if (!committee) throw badInput('organization', 'not_found', 'Dieses Gremium gibt es nicht.');
  const title = requireText('title', input.title, 'Der Titel');
  requireDueDateAhead('dueDate', input.dueDate, deps.clock());
  const owner = await checkOwner(deps.directory, input);
  const isPublic = (input.public ?? true) && (await linksArePublic(deps, input));
  const followUp = await deps.store.create({
    body: committee.bodyId,
    organization: committee.id,
    kind: input.kind,
    title,
    description: input.description?.trim() || undefined,
    public: isPublic,
    meeting: input.meeting,
    agendaItem: input.agendaItem,
    paper: input.paper,
    inquiry: input.inquiry,
    ...owner,
    dueDate: input.dueDate,
  });
  await deps.audit.record({
    actor,
    action: 'create',
    entityType: 'FollowUp',
    entityId: followUp.id,
    organization: followUp.organization,
    summary: `${KIND_LABELS[followUp.kind]} „${followUp.title}“ angelegt (zuständig: ${followUp.ownerName})`,
    requestId,
    details: { dueDate: followUp.dueDate?.toISOString(), public: followUp.public },
  });
  return followUp;
}

/** Checks every link; false when one of them is non-public (the follow-up then is too). */
async function linksArePublic(deps: FollowUpDeps, input: FollowUpInput): Promise<boolean> {
  let isPublic = true;
  if (input.agendaItem && !input.meeting)
    throw badInput('meeting', 'not_found', 'Ein Tagesordnungspunkt braucht die Sitzung.');
  if (input.meeting) {
    const meeting = await deps.directory.meeting(input.meeting);
    if (!meeting || meeting.organization !== input.organization)
      throw badInput('meeting', 'not_found', 'Diese Sitzung des Gremiums gibt es nicht.');
    if (input.agendaItem) {
      const item = meeting.items.find((i) => i.id === input.agendaItem);
      if (!item) throw badInput('agendaItem', 'not_found', 'Diesen Tagesordnungspunkt gibt es nicht.');
      isPublic &&= item.public;
    }
  }
  if (input.paper) {
    const paper = await deps.directory.paper(input.paper);
    if (!paper) throw badInput('paper', 'not_found', 'Diese Vorlage gibt es nicht.');
    isPublic &&= paper.public;
  }
  if (input.inquiry) {
    const inquiry = await deps.directory.inquiry(input.inquiry);
    if (!inquiry || inquiry.organization !== input.organization)
      throw badInput('inquiry', 'not_found', 'Diese Anfrage des Gremiums gibt es nicht.');
    isPublic &&= inquiry.public;
  }
  return isPublic;
}
