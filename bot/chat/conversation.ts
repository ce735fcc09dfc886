import { DomainError } from '../../server/domain/errors';
import { agendaCommand } from './commands/agenda';
import { announceCommand, sendOfficeUpdate } from './commands/announce';
import { bindCommand, unbindCommand } from './commands/binding';
import { linkCommand } from './commands/link';
import { meetingsCommand } from './commands/meetings';
import { parseCommand, type Command } from './commands/parse';
import { publishCommand } from './commands/publish';
import type { ConversationDeps, HomeProvider, Turn } from './deps';
import type { ChatFeature } from './feature';
import { presentHome } from './presenters/home';
import { ownCommittees } from './commands/resolve-committee';
import {
  OFFICE_UPDATE_ACTION,
  OFFICE_UPDATE_FORM,
  officeUpdateForm,
  validateOfficeUpdate,
} from './forms/office-update-form';
import { t } from './i18n/catalog';
import type { ActionOutcome, ConversationHandler, FormOutcome } from './inbound';
import type { ChatMessage } from './message';
import type { ChatOrigin, ChatUser } from './port';
import { presentHelp } from './presenters/help';
import { presentNotice } from './presenters/notice';

/** The one conversation both platforms talk to. */
export class Conversation implements ConversationHandler, HomeProvider {
  constructor(
    private readonly deps: ConversationDeps,
    private readonly features: readonly ChatFeature[] = [],
  ) {}

  async handleCommand(user: ChatUser, origin: ChatOrigin, text: string): Promise<ChatMessage[]> {
    const command = parseCommand(text);
    if (command.name === 'help') return [presentHelp(user.locale, this.featureHelp(user.locale))];
    if (command.name === 'unknown') {
      const routed = this.featureCommand(command.text);
      if (routed) {
        const turn = await this.turn(user, origin);
        if (!turn.principal) return [unlinked(turn)];
        return refusalsAsReplies(turn, () => routed.run(turn));
      }
      return [
        presentNotice(
          t(user.locale, 'unknown.text', { text: command.text }),
          t(user.locale, 'unknown.title'),
        ),
      ];
    }
    const turn = await this.turn(user, origin);
    if (command.name === 'link') return linkCommand(turn, command.code);
    if (!turn.principal) return [unlinked(turn)];
    return refusalsAsReplies(turn, () => this.run(turn, command));
  }

  async handleAction(
    user: ChatUser,
    origin: ChatOrigin,
    actionId: string,
    value: Record<string, string>,
  ): Promise<ActionOutcome> {
    const turn = await this.turn(user, origin);
    if (!turn.principal) return { replies: [unlinked(turn)] };
    const featureAction = ownEntry(this.features, (f) => f.actions, actionId);
    if (featureAction) return refusalsAsOutcome(turn, () => featureAction(turn, value));
    if (actionId === OFFICE_UPDATE_ACTION) {
      const committees = await this.deps.committees.byIds(turn.principal.officeCommitteeIds);
      if (committees.length === 0) return { replies: [presentNotice(t(turn.locale, 'forbidden.office'))] };
      return { replies: [], openForm: officeUpdateForm(committees, turn.locale) };
    }
    return {
      replies: [
        presentNotice(t(turn.locale, 'unknown.text', { text: actionId }), t(turn.locale, 'unknown.title')),
      ],
    };
  }

  async handleFormSubmit(
    user: ChatUser,
    origin: ChatOrigin,
    formId: string,
    values: Record<string, string>,
    state: Record<string, string>,
  ): Promise<FormOutcome> {
    const turn = await this.turn(user, origin);
    if (!turn.principal) return { replies: [unlinked(turn)] };
    const featureForm = ownEntry(this.features, (f) => f.forms, formId);
    if (featureForm) return refusalsAsOutcome(turn, () => featureForm(turn, values, state));
    if (formId !== OFFICE_UPDATE_FORM)
      return { replies: [presentNotice(t(turn.locale, 'error.generic'), t(turn.locale, 'error.title'))] };
    const checked = validateOfficeUpdate(values, turn.principal.officeCommitteeIds, turn.locale);
    if ('errors' in checked) return checked;
    const [committee] = await this.deps.committees.byIds([checked.values.committeeId]);
    if (!committee) return { errors: { committee: t(turn.locale, 'committee.none') } };
    return {
      replies: await sendOfficeUpdate(turn, committee, checked.values.text, checked.values.confidential),
    };
  }

  async conversationInstalled(
    target: Parameters<ConversationHandler['conversationInstalled']>[0],
    details: { name?: string; serviceUrl?: string },
  ): Promise<void> {
    await this.deps.conversations.installed(target, details);
  }

  async conversationRemoved(
    target: Parameters<ConversationHandler['conversationRemoved']>[0],
  ): Promise<void> {
    await this.deps.conversations.removed(target);
  }

  async homeOverview(user: ChatUser): Promise<ChatMessage> {
    const origin: ChatOrigin = {
      platform: user.platform,
      tenantId: user.tenantId,
      channelId: user.userId,
      kind: 'direct',
    };
    const turn = await this.turn(user, origin);
    if (!turn.principal) return unlinked(turn);
    const committeeIds = ownCommittees(turn);
    const now = this.deps.clock();
    const [committees, meetings, openItems] = await Promise.all([
      this.deps.committees.byIds(committeeIds),
      committeeIds.length ? this.deps.committees.upcomingMeetings(committeeIds, now, 5) : Promise.resolve([]),
      turn.principal.personId ? this.deps.openItems(turn.principal.personId) : Promise.resolve([]),
    ]);
    const announce = {
      actionId: OFFICE_UPDATE_ACTION,
      label: t(turn.locale, 'home.announce'),
      value: {},
      style: 'primary' as const,
    };
    return presentHome(
      { committees, meetings, openItems, mayAnnounce: turn.principal.officeCommitteeIds.length > 0 },
      turn.locale,
      announce,
    );
  }

  private featureHelp(locale: ChatUser['locale']): string[] {
    return this.features.flatMap((feature) => feature.helpLines?.(locale) ?? []);
  }

  /** The feature whose verb starts `text`, with the rest of the text as its argument. */
  private featureCommand(text: string): { run: (turn: Turn) => Promise<ChatMessage[]> } | undefined {
    const [first = '', ...rest] = text.split(' ');
    const verb = first.toLowerCase();
    const feature = this.features.find((f) => f.verbs?.includes(verb) && f.command);
    if (!feature?.command) return undefined;
    const command = feature.command.bind(feature);
    return { run: (turn) => command(turn, verb, rest.join(' ').trim()) };
  }

  private async turn(user: ChatUser, origin: ChatOrigin): Promise<Turn> {
    const principal = await this.deps.identity.resolve(user, this.deps.clock());
    return { deps: this.deps, user, origin, locale: user.locale, principal };
  }

  private run(
    turn: Turn,
    command: Exclude<Command, { name: 'help' | 'unknown' | 'link' }>,
  ): Promise<ChatMessage[]> {
    switch (command.name) {
      case 'agenda':
        return agendaCommand(turn, command.committee);
      case 'meetings':
        return meetingsCommand(turn);
      case 'bind':
        return bindCommand(turn, command.confidentiality, command.committee);
      case 'unbind':
        return unbindCommand(turn, command.committee);
      case 'publish':
        return publishCommand(turn, command.committee);
      case 'announce':
        return announceCommand(turn, command.rest);
    }
  }
}

/** The handler a feature registered under `id`; ids come from the client, so `constructor` and the like are no handlers. */
function ownEntry<T>(
  features: readonly ChatFeature[],
  table: (feature: ChatFeature) => Readonly<Record<string, T>> | undefined,
  id: string,
): T | undefined {
  for (const feature of features) {
    const entries = table(feature);
    if (entries && Object.hasOwn(entries, id)) return entries[id];
  }
  return undefined;
}

function unlinked(turn: Turn): ChatMessage {
  return presentNotice(t(turn.locale, 'unlinked.text'), t(turn.locale, 'unlinked.title'));
}

/** A refused domain rule is an answer to the user, not a failure; anything else propagates. */
async function refusalsAsReplies(turn: Turn, run: () => Promise<ChatMessage[]>): Promise<ChatMessage[]> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof DomainError && err.code === 'forbidden')
      return [presentNotice(t(turn.locale, 'forbidden.office'))];
    const refusal = refusalOf(turn, err);
    if (refusal) return [refusal];
    throw err;
  }
}

async function refusalsAsOutcome<T extends ActionOutcome | FormOutcome>(
  turn: Turn,
  run: () => Promise<T>,
): Promise<T | { replies: ChatMessage[] }> {
  try {
    return await run();
  } catch (err) {
    const refusal = refusalOf(turn, err);
    if (refusal) return { replies: [refusal] };
    throw err;
  }
}

/** Features answer expected refusals in the user's language themselves; a DomainError left over is shown as is. */
function refusalOf(turn: Turn, err: unknown): ChatMessage | undefined {
  if (!(err instanceof DomainError)) return undefined;
  return presentNotice(err.message, t(turn.locale, 'error.title'));
}
