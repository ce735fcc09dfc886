import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ChatFeature } from '../../../bot/chat/feature';
import { createConversationHandler } from '../../../server/composition/chat';
import { DomainError } from '../../../server/domain/errors';
import { clearDatabase, connectTestDatabase } from '../../jobs/support/connect';
import { allText, channel, seedCommittee, slackUser } from './support/fixtures';

let db: { stop: () => Promise<void> };
const now = new Date('2026-03-01T09:00:00Z');
const calls: string[] = [];

const feature: ChatFeature = {
  verbs: ['anwesend', 'present'],
  command: async (turn, verb, rest) => {
    calls.push(`${verb}|${rest}|${turn.principal?.personId ?? ''}`);
    if (rest === 'kaputt') throw new DomainError('invalid', 'Diese Angabe geht nicht.');
    return [{ text: `ok ${rest}`, fallbackText: 'ok' }];
  },
  actions: {
    'demo.press': async (_turn, value) => ({ replies: [{ text: `pressed ${value.id}`, fallbackText: 'p' }] }),
  },
  forms: {
    'demo.form': async (_turn, values) =>
      values.text
        ? { replies: [{ text: 'saved', fallbackText: 's' }] }
        : { errors: { text: 'Bitte ausfüllen.' } },
  },
  helpLines: (locale) => [
    locale === 'de' ? '**anwesend <Name>**: Ankunft erfassen' : '**present <name>**: record arrival',
  ],
};

beforeAll(async () => {
  db = await connectTestDatabase();
});
afterAll(async () => db.stop());
beforeEach(async () => {
  await clearDatabase();
  await seedCommittee(now);
  calls.length = 0;
});

const handler = () => createConversationHandler({ clock: () => now, features: [feature] });
const member = () => slackUser('UMEMBER', 'weber@example.org');

describe('workflow features in the conversation', () => {
  it('routes a feature verb with its argument, for identified users only', async () => {
    const [reply] = await handler().handleCommand(member(), channel('C1'), 'Anwesend Pohl 14:15');
    expect(reply?.text).toBe('ok Pohl 14:15');
    expect(calls[0]).toMatch(/^anwesend\|Pohl 14:15\|[0-9a-f]{24}$/);
    const [stranger] = await handler().handleCommand(slackUser('UNKNOWN'), channel('C1'), 'anwesend Pohl');
    expect(stranger?.title).toBe('Ich kenne Sie noch nicht');
    expect(calls).toHaveLength(1);
  });

  it('turns a refused rule into a reply and lists the feature in the help', async () => {
    const [refused] = await handler().handleCommand(member(), channel('C1'), 'anwesend kaputt');
    expect(refused?.text).toBe('Diese Angabe geht nicht.');
    const [help] = await handler().handleCommand(member(), channel('C1'), 'hilfe');
    expect(allText(help)).toContain('**anwesend <Name>**: Ankunft erfassen');
  });

  it('routes button actions and form submits by id', async () => {
    const pressed = await handler().handleAction(member(), channel('C1'), 'demo.press', { id: '7' });
    expect(pressed.replies[0]?.text).toBe('pressed 7');
    const invalid = await handler().handleFormSubmit(member(), channel('C1'), 'demo.form', {}, {});
    expect(invalid).toEqual({ errors: { text: 'Bitte ausfüllen.' } });
    const unknown = await handler().handleCommand(member(), channel('C1'), 'frobnicate');
    expect(unknown[0]?.title).toBe('Diesen Befehl kenne ich nicht');
  });

  it('takes only a feature’s own action and form ids, never names inherited from Object', async () => {
    for (const id of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const pressed = await handler().handleAction(member(), channel('C1'), id, {});
      expect(pressed).toEqual({
        replies: [expect.objectContaining({ title: 'Diesen Befehl kenne ich nicht' })],
      });
      const submitted = await handler().handleFormSubmit(member(), channel('C1'), id, {}, {});
      expect(submitted).toEqual({ replies: [expect.objectContaining({ title: 'Das hat nicht geklappt' })] });
    }
  });
});
