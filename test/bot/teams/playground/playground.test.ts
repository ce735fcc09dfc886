import express from 'express';
import pino from 'pino';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import type { PersonaDirectory } from '../../../../bot/teams/playground/personas';
import { createPlaygroundRouter, PLAYGROUND_PATH } from '../../../../bot/teams/playground/playground-router';
import { FakeConversationHandler } from '../support/fake-conversation-handler';

const personas: PersonaDirectory = {
  async list() {
    return [{ id: 'person:office', name: 'Olga Marusich', note: 'office' }];
  },
  async identityOf(personaId) {
    return personaId === 'person:office'
      ? { userId: 'ausprobieren:office', name: 'Olga Marusich' }
      : undefined;
  },
};

function playground() {
  const conversations = new FakeConversationHandler();
  const router = createPlaygroundRouter({
    env: 'development',
    conversations,
    personas,
    logger: pino({ level: 'silent' }),
  });
  return { app: express().use(PLAYGROUND_PATH, router), conversations };
}

describe('Bot ausprobieren', () => {
  it('exists only in development', () => {
    for (const env of ['production', 'test']) {
      expect(() =>
        createPlaygroundRouter({
          env,
          conversations: new FakeConversationHandler(),
          personas,
          logger: pino({ level: 'silent' }),
        }),
      ).toThrow(/development/);
    }
  });

  it('serves the page, the Adaptive Cards renderer and the demo persons', async () => {
    const { app } = playground();
    const page = await request(app).get('/bot-ausprobieren');
    expect(page.status).toBe(200);
    expect(page.text).toContain('Bot ausprobieren');
    const bundle = await request(app).get('/bot-ausprobieren/adaptivecards.min.js');
    expect(bundle.status).toBe(200);
    expect(bundle.text).toContain('AdaptiveCards');
    expect((await request(app).get('/bot-ausprobieren/assets/playground.js')).status).toBe(200);
    expect((await request(app).get('/bot-ausprobieren/personen')).body.personas[0].name).toBe(
      'Olga Marusich',
    );
  });

  it('runs a typed command through the Teams bot as the chosen person and returns the card', async () => {
    const { app, conversations } = playground();
    const response = await request(app)
      .post('/bot-ausprobieren/nachricht')
      .send({ personaId: 'person:office', text: 'hilfe' });
    expect(response.status).toBe(200);
    expect(conversations.commands[0]).toMatchObject({
      text: 'hilfe',
      user: { platform: 'teams', userId: 'ausprobieren:office', displayName: 'Olga Marusich' },
      origin: { kind: 'direct' },
    });
    expect(response.body.messages[0].cards[0]).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
  });

  it('sends commands in the channel as an @mention', async () => {
    const { app, conversations } = playground();
    await request(app)
      .post('/bot-ausprobieren/nachricht')
      .send({ personaId: 'person:office', where: 'channel', text: 'sitzungen' });
    expect(conversations.commands[0]).toMatchObject({ text: 'sitzungen', origin: { kind: 'channel' } });
  });

  it('answers a pressed button with the updated card', async () => {
    const { app, conversations } = playground();
    conversations.actionOutcome = () => ({
      replies: [],
      updateOriginal: { title: 'Zusage gespeichert', fallbackText: 'ok' },
    });
    const response = await request(app)
      .post('/bot-ausprobieren/nachricht')
      .send({ personaId: 'person:office', action: { verb: 'attendance.respond', data: { answer: 'yes' } } });
    expect(conversations.actions[0]).toMatchObject({
      actionId: 'attendance.respond',
      value: { answer: 'yes' },
    });
    expect(response.body.invokeResponse).toMatchObject({
      type: 'application/vnd.microsoft.card.adaptive',
      value: { version: '1.5' },
    });
  });

  it('refuses non-JSON bodies, unknown persons and malformed requests', async () => {
    const { app, conversations } = playground();
    const form = await request(app)
      .post('/bot-ausprobieren/nachricht')
      .type('form')
      .send('personaId=person:office&text=hilfe');
    expect(form.status).toBe(415);
    expect(
      (await request(app).post('/bot-ausprobieren/nachricht').send({ personaId: 'nobody', text: 'hilfe' }))
        .status,
    ).toBe(400);
    expect(
      (await request(app).post('/bot-ausprobieren/nachricht').send({ personaId: 'person:office' })).status,
    ).toBe(400);
    expect(conversations.commands).toHaveLength(0);
  });
});
