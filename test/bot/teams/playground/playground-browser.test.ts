import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import pino from 'pino';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlaygroundRouter, PLAYGROUND_PATH } from '../../../../bot/teams/playground/playground-router';
import {
  chromiumMissingReason,
  launchChromium,
  screenshot,
  seriousAccessibilityViolations,
} from '../../../browser/support/chromium';
import { FakeConversationHandler } from '../support/fake-conversation-handler';

const skipReason = chromiumMissingReason();

describe.skipIf(skipReason !== null)('"Bot ausprobieren" in Chromium', () => {
  const conversations = new FakeConversationHandler();
  conversations.commandReplies = () => [
    {
      title: 'Nächste Sitzung: UA DiKO',
      facts: [{ label: 'Beginn', value: 'Mo., 18.11.2019, 15:30 Uhr' }],
      sections: [{ heading: 'Öffentlicher Teil', lines: ['**1** Einwohnerfragestunde'] }],
      buttons: [
        {
          actionId: 'attendance.respond',
          label: 'Ich nehme teil',
          value: { meetingId: 'm1', answer: 'yes' },
          style: 'primary',
        },
      ],
      fallbackText: 'Nächste Sitzung',
    },
  ];
  conversations.actionOutcome = (_actionId, value) => ({
    replies: [],
    updateOriginal: { title: `Antwort gespeichert: ${value.answer}`, fallbackText: 'gespeichert' },
  });
  let server: Server;
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    const personas = {
      list: async () => [{ id: 'person:office', name: 'Olga Marusich', note: 'office' }],
      identityOf: async () => ({ userId: 'ausprobieren:office', name: 'Olga Marusich' }),
    };
    const app = express().use(
      PLAYGROUND_PATH,
      createPlaygroundRouter({
        env: 'development',
        conversations,
        personas,
        logger: pino({ level: 'silent' }),
      }),
    );
    await new Promise<void>((resolve) => {
      server = app.listen(0, '127.0.0.1', () => resolve());
    });
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('renders the bot’s Adaptive Card and replaces it when a button is pressed', async () => {
    const page = await browser.newPage({ locale: 'de-DE' });
    await page.goto(`${baseUrl}/bot-ausprobieren`);
    await page.locator('#persona option').first().waitFor({ state: 'attached' });
    await page.fill('#command', 'tagesordnung UA DiKO');
    await page.click('#composer button[type=submit]');

    const card = page.locator('.turn-bot .ac-adaptiveCard').first();
    await card.waitFor();
    expect(await card.innerText()).toContain('Nächste Sitzung: UA DiKO');
    expect(await card.locator('strong').first().innerText()).toBe('1'); // **1** rendered bold

    await page.getByRole('button', { name: 'Ich nehme teil' }).click();
    await page.getByText('Antwort gespeichert: yes').waitFor();
    expect(conversations.actions.at(-1)).toMatchObject({
      actionId: 'attendance.respond',
      value: { meetingId: 'm1', answer: 'yes' },
    });
    await screenshot(page, 'teams-bot-ausprobieren');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.close();
  }, 60_000);
});
