import { CloudAdapter } from 'botbuilder';
import type { BotFrameworkAuthentication } from 'botframework-connector';
import type { Logger } from 'pino';
import { localeFrom, teamsText } from './texts';

/** The CloudAdapter with our error handling. */
export function createTeamsAdapter(authentication: BotFrameworkAuthentication, logger: Logger): CloudAdapter {
  return handleTurnErrors(new CloudAdapter(authentication), logger);
}

/** Log, and tell the user when a command failed. */
export function handleTurnErrors<A extends CloudAdapter>(adapter: A, logger: Logger): A {
  adapter.onTurnError = async (context, error) => {
    const { id, type, name } = context.activity;
    logger.error({ err: error, activityId: id, activityType: type, invokeName: name }, 'Teams turn failed');
    // Invokes without an answer end as 501 for Teams, which shows its own error; messages need a reply.
    if (type === 'message')
      await context.sendActivity(teamsText(localeFrom(context.activity.locale), 'somethingWentWrong'));
  };
  return adapter;
}
