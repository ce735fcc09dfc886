import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ANFRAGE_COMMAND } from '../../../bot/slack/listeners/commands/anfrage';
import { GREMIUM_COMMAND } from '../../../bot/slack/listeners/commands/gremium';
import { SLACK_BOT_EVENTS } from '../../../bot/slack/listeners';
import { INQUIRY_FILE_SHORTCUT } from '../../../bot/slack/listeners/shortcuts/inquiry-file';
import { INQUIRY_FROM_MESSAGE_SHORTCUT } from '../../../bot/slack/listeners/shortcuts/inquiry-from-message';
import { OFFICE_UPDATE_SHORTCUT } from '../../../bot/slack/listeners/shortcuts/office-update';
import { SLACK_BOT_SCOPES, SLACK_EVENTS_PATH, SLACK_OAUTH_REDIRECT_PATH } from '../../../bot/slack/mount';

interface Manifest {
  display_information: { name: string; description: string };
  features: {
    app_home: { home_tab_enabled: boolean };
    bot_user: { display_name: string };
    slash_commands: { command: string; url: string; description: string }[];
    shortcuts: { type: string; callback_id: string; name: string }[];
  };
  oauth_config: { redirect_urls: string[]; scopes: { bot: string[]; user?: string[] } };
  settings: {
    event_subscriptions: { request_url: string; bot_events: string[] };
    interactivity: { is_enabled: boolean; request_url: string };
    socket_mode_enabled: boolean;
  };
}

const manifest = parse(
  readFileSync(new URL('../../../manifest/slack/manifest.yaml', import.meta.url), 'utf8'),
) as Manifest;

describe('manifest/slack/manifest.yaml', () => {
  it('names the app and enables the App Home tab', () => {
    expect(manifest.display_information.name).toBe('Gremienbot');
    expect(manifest.display_information.description.length).toBeLessThanOrEqual(140);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.features.bot_user.display_name).toBeTruthy();
  });

  it('declares the slash command and the shortcut the listeners handle', () => {
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual([
      GREMIUM_COMMAND,
      ANFRAGE_COMMAND,
    ]);
    expect(manifest.features.shortcuts.map((s) => s.callback_id)).toEqual([
      OFFICE_UPDATE_SHORTCUT,
      INQUIRY_FILE_SHORTCUT,
      INQUIRY_FROM_MESSAGE_SHORTCUT,
    ]);
    for (const s of manifest.features.shortcuts) expect(s.name.length).toBeLessThanOrEqual(24);
  });

  it('sends commands, events and interactions to the one verified endpoint over https', () => {
    const urls = [
      ...manifest.features.slash_commands.map((c) => c.url),
      manifest.settings.event_subscriptions.request_url,
      manifest.settings.interactivity.request_url,
    ];
    for (const url of urls) {
      expect(new URL(url).protocol).toBe('https:');
      expect(new URL(url).pathname).toBe(SLACK_EVENTS_PATH);
    }
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.oauth_config.redirect_urls.map((u) => new URL(u).pathname)).toEqual([
      SLACK_OAUTH_REDIRECT_PATH,
    ]);
  });

  it('asks for exactly the minimal bot scopes the code requests, and no user scopes', () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...SLACK_BOT_SCOPES].sort());
    expect(manifest.oauth_config.scopes.user ?? []).toEqual([]);
    expect(manifest.oauth_config.scopes.bot).not.toContain('channels:history');
    expect(manifest.oauth_config.scopes.bot).not.toContain('admin');
  });

  it('subscribes to exactly the events that have listeners', () => {
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual(
      [...SLACK_BOT_EVENTS].sort(),
    );
  });
});
