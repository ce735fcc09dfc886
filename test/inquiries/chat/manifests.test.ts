import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { INQUIRY_COMMANDS } from '../../../bot/teams/message-extension';
import { ANFRAGE_COMMAND } from '../../../bot/slack/listeners/commands/anfrage';
import { INQUIRY_FILE_SHORTCUT } from '../../../bot/slack/listeners/shortcuts/inquiry-file';
import { INQUIRY_FROM_MESSAGE_SHORTCUT } from '../../../bot/slack/listeners/shortcuts/inquiry-from-message';

const read = (path: string) => readFileSync(new URL(`../../../manifest/${path}`, import.meta.url), 'utf8');

describe('the Anfrage entry points in the app manifests', () => {
  it('Slack: "Anfrage stellen" everywhere, "Als Anfrage übernehmen" on messages, and /anfrage', () => {
    const slack = parse(read('slack/manifest.yaml')) as {
      features: {
        shortcuts: { name: string; type: string; callback_id: string }[];
        slash_commands: { command: string; url: string }[];
      };
    };
    const shortcut = (id: string) => slack.features.shortcuts.find((s) => s.callback_id === id);
    expect(shortcut(INQUIRY_FILE_SHORTCUT)).toMatchObject({ name: 'Anfrage stellen', type: 'global' });
    expect(shortcut(INQUIRY_FROM_MESSAGE_SHORTCUT)).toMatchObject({
      name: 'Als Anfrage übernehmen',
      type: 'message',
    });
    expect(slack.features.slash_commands.find((c) => c.command === ANFRAGE_COMMAND)?.url).toBe(
      'https://gremien.example.de/slack/events',
    );
  });

  it('Teams: action commands with a fetched dialog, from the compose box, the command box and a message', () => {
    const teams = JSON.parse(read('teams/manifest.json')) as {
      bots: { botId: string }[];
      composeExtensions: {
        botId: string;
        commands: { id: string; type: string; title: string; context: string[]; fetchTask: boolean }[];
      }[];
    };
    const [extension] = teams.composeExtensions;
    expect(extension?.botId).toBe(teams.bots[0]?.botId);
    expect(extension?.commands.map((c) => c.id).sort()).toEqual([...INQUIRY_COMMANDS].sort());
    expect(
      extension?.commands.map(({ id, type, title, context, fetchTask }) => ({
        id,
        type,
        title,
        context,
        fetchTask,
      })),
    ).toEqual([
      {
        id: 'anfrage',
        type: 'action',
        title: 'Anfrage stellen',
        context: ['compose', 'commandBox'],
        fetchTask: true,
      },
      {
        id: 'anfrageAusNachricht',
        type: 'action',
        title: 'Als Anfrage übernehmen',
        context: ['message'],
        fetchTask: true,
      },
    ]);
    const english = JSON.parse(read('teams/en.json')) as Record<string, string>;
    expect(english['composeExtensions[0].commands[0].title']).toBe('File a question');
    expect(english['composeExtensions[0].commands[1].title']).toBe('Use as question');
  });
});
