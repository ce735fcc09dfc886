import {
  ActivityTypes,
  TeamsActivityHandler,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type MessagingExtensionAction,
  type MessagingExtensionActionResponse,
  type TaskModuleRequest,
  type TaskModuleResponse,
  type TurnContext,
} from 'botbuilder';
import type { Logger } from 'pino';
import type { ConversationHandler } from '../chat/inbound';
import {
  chatOriginFrom,
  chatTargetOf,
  chatUserFrom,
  commandTextOf,
  conversationRecordFrom,
  channelDataOf,
  tenantIdOf,
} from './activity-context';
import { readExecute, readSubmit } from './cards/card-data';
import type { TeamsConversationStore } from './conversation-store';
import { finishLate, INVOKE_DEADLINE_MS, withinDeadline } from './late-answer';
import {
  applyCardAction,
  runCardAction,
  answerSubmitMessage,
  answerTaskFetch,
  answerTaskSubmit,
  messageResponse,
} from './interactions';
import { answerExtensionFetch, answerExtensionSubmit } from './message-extension';
import { sendMessages } from './replies';
import { teamsText } from './texts';

/** Runs `fn` unless `key` was processed before (intake dedupe across redeliveries and instances). */
export type ProcessOnce = (key: string, fn: () => Promise<void>) => Promise<unknown>;

/** The user's e-mail address, which Teams does not put into activities (used to link identities). */
export type EmailLookup = (context: TurnContext) => Promise<string | undefined>;

export interface TeamsBotDeps {
  conversations: ConversationHandler;
  store: TeamsConversationStore;
  processOnce: ProcessOnce;
  logger: Logger;
  lookupEmail?: EmailLookup;
  /** How long a button press may take before Teams gets an "in progress" answer (tests shorten it). */
  invokeDeadlineMs?: number;
}

/** Thin edge: translates Teams activities to the conversation layer and back. */
export class TeamsBot extends TeamsActivityHandler {
  constructor(private readonly deps: TeamsBotDeps) {
    super();
    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      if (context.activity.membersAdded?.some((member) => member.id === context.activity.recipient.id)) {
        await this.installed(context);
      }
      await next();
    });
    this.onMembersRemoved(async (context, next) => {
      if (context.activity.membersRemoved?.some((member) => member.id === context.activity.recipient.id)) {
        await this.removed(context);
      }
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.installed(context);
      await next();
    });
    this.onInstallationUpdateRemove(async (context, next) => {
      await this.removed(context);
      await next();
    });
    this.onTeamsChannelDeletedEvent(async (channelInfo, _team, context, next) => {
      if (channelInfo.id) await this.deactivate(context, channelInfo.id);
      await next();
    });
    this.onTeamsTeamDeletedEvent(async (teamInfo, context, next) => {
      if (teamInfo.id) await this.deactivateTeam(teamInfo.id);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    const activityId = context.activity.id;
    if (!activityId) return super.run(context);
    let handled = false;
    await this.deps.processOnce(`teams:${activityId}`, async () => {
      handled = true;
      await super.run(context);
    });
    if (!handled) await this.answerRedelivery(context);
  }

  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const user = await this.userOf(context);
    const submission = readExecute(invokeValue.action.verb, invokeValue.action.data);
    if (!submission) return messageResponse(teamsText(user.locale, 'unknownAction'));
    const work = runCardAction(this.deps.conversations, user, chatOriginFrom(context.activity), submission);
    const decided = await withinDeadline(work, this.deps.invokeDeadlineMs ?? INVOKE_DEADLINE_MS);
    if (decided.inTime) return applyCardAction(context, user, decided.value);
    finishLate(context, user, work, this.deps.logger);
    return messageResponse(teamsText(user.locale, 'stillWorking'));
  }

  protected override async handleTeamsTaskModuleFetch(
    context: TurnContext,
    request: TaskModuleRequest,
  ): Promise<TaskModuleResponse> {
    return answerTaskFetch(
      context,
      this.deps.conversations,
      await this.userOf(context),
      readSubmit(request.data),
    );
  }

  protected override async handleTeamsTaskModuleSubmit(
    context: TurnContext,
    request: TaskModuleRequest,
  ): Promise<TaskModuleResponse> {
    // Returning nothing closes the dialog; botbuilder's signature does not say so.
    const user = await this.userOf(context);
    return (await answerTaskSubmit(
      context,
      this.deps.conversations,
      user,
      readSubmit(request.data),
    )) as TaskModuleResponse;
  }

  protected override async handleTeamsMessagingExtensionFetchTask(
    context: TurnContext,
    action: MessagingExtensionAction,
  ): Promise<MessagingExtensionActionResponse> {
    return answerExtensionFetch(context, this.deps.conversations, await this.userOf(context), action);
  }

  protected override async handleTeamsMessagingExtensionSubmitAction(
    context: TurnContext,
    action: MessagingExtensionAction,
  ): Promise<MessagingExtensionActionResponse> {
    return answerExtensionSubmit(context, this.deps.conversations, await this.userOf(context), action);
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const activity = context.activity;
    await this.deps.store.activate(conversationRecordFrom(activity));
    const submission = activity.value ? readSubmit(activity.value) : undefined;
    if (submission)
      return answerSubmitMessage(context, this.deps.conversations, await this.userOf(context), submission);
    const text = commandTextOf(activity);
    if (text === undefined) return;
    const user = await this.userOf(context);
    // "@Gremienbot" alone is a request for help.
    const replies = await this.deps.conversations.handleCommand(
      user,
      chatOriginFrom(activity),
      text || 'hilfe',
    );
    await sendMessages(context, replies);
  }

  private async userOf(context: TurnContext) {
    const user = chatUserFrom(context.activity);
    const email = await this.deps.lookupEmail?.(context);
    return email ? { ...user, email } : user;
  }

  private async installed(context: TurnContext): Promise<void> {
    const record = conversationRecordFrom(context.activity);
    const { wasActive } = await this.deps.store.activate(record);
    this.deps.logger.info(
      { conversationId: record.conversationId, type: record.type, wasActive },
      'Teams bot installed',
    );
    if (!wasActive) {
      await this.deps.conversations.conversationInstalled(chatTargetOf(record), {
        ...(record.name ? { name: record.name } : {}),
        serviceUrl: record.serviceUrl,
      });
    }
  }

  private async removed(context: TurnContext): Promise<void> {
    const teamId = channelDataOf(context.activity).team?.id;
    if (teamId) return this.deactivateTeam(teamId);
    await this.deactivate(context, conversationRecordFrom(context.activity).conversationId);
  }

  private async deactivate(context: TurnContext, conversationId: string): Promise<void> {
    const record = { ...conversationRecordFrom(context.activity), conversationId };
    const { wasActive } = await this.deps.store.deactivate(conversationId);
    this.deps.logger.info({ conversationId, wasActive }, 'Teams conversation removed');
    if (wasActive)
      await this.deps.conversations.conversationRemoved({
        ...chatTargetOf(record),
        tenantId: tenantIdOf(context.activity),
      });
  }

  private async deactivateTeam(teamId: string): Promise<void> {
    const removed = await this.deps.store.deactivateTeam(teamId);
    this.deps.logger.info({ teamId, channels: removed.length }, 'Teams bot removed from team');
    for (const record of removed) await this.deps.conversations.conversationRemoved(chatTargetOf(record));
  }

  /** A redelivered activity acts no second time; an invoke still needs an answer. */
  private async answerRedelivery(context: TurnContext): Promise<void> {
    const activity = context.activity;
    this.deps.logger.info(
      { activityId: activity.id, type: activity.type },
      'Teams activity redelivered; already handled',
    );
    if (activity.type !== ActivityTypes.Invoke) return;
    const body =
      activity.name === 'adaptiveCard/action'
        ? messageResponse(teamsText(chatUserFrom(activity).locale, 'done'))
        : undefined;
    await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200, body } });
  }
}
