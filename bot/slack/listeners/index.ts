import type { App } from '@slack/bolt';
import type { SlackListenerDeps } from '../listener-deps';
import { registerFeatureAction } from './actions/feature-action';
import { registerOfficeUpdateOpenAction } from './actions/office-update-open';
import { registerAnfrageCommand } from './commands/anfrage';
import { registerGremiumCommand } from './commands/gremium';
import { registerAppHomeOpened } from './events/app-home-opened';
import { registerChannelLeft } from './events/channel-left';
import { registerMemberJoinedChannel } from './events/member-joined-channel';
import { registerInquiryFileShortcut } from './shortcuts/inquiry-file';
import { registerInquiryFromMessageShortcut } from './shortcuts/inquiry-from-message';
import { registerOfficeUpdateShortcut } from './shortcuts/office-update';
import { registerFeatureSubmit } from './views/feature-submit';
import { registerOfficeUpdateSubmit } from './views/office-update-submit';
import { registerAppUninstalled } from './events/app-uninstalled';
import { registerTokensRevoked } from './events/tokens-revoked';

/** The Events API subscriptions these listeners need (checked against manifest/slack/manifest.yaml). */
export const SLACK_BOT_EVENTS = [
  'app_home_opened',
  'member_joined_channel',
  'channel_left',
  'group_left',
  'app_uninstalled',
  'tokens_revoked',
];

/** Every Slack listener, one per file. */
export function registerListeners(app: App, deps: SlackListenerDeps): void {
  registerGremiumCommand(app, deps);
  registerAppHomeOpened(app, deps);
  registerMemberJoinedChannel(app, deps);
  registerChannelLeft(app, deps);
  registerAppUninstalled(app, deps);
  registerTokensRevoked(app, deps);
  registerOfficeUpdateOpenAction(app, deps);
  registerOfficeUpdateShortcut(app, deps);
  registerOfficeUpdateSubmit(app, deps);
  registerFeatureAction(app, deps);
  registerFeatureSubmit(app, deps);
  registerAnfrageCommand(app, deps);
  registerInquiryFileShortcut(app, deps);
  registerInquiryFromMessageShortcut(app, deps);
}
