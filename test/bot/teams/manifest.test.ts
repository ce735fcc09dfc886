import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  buildTeamsPackage,
  fillPlaceholders,
  manifestValuesFrom,
  PACKAGE_FILES,
} from '../../../scripts/package-teams';

/** Vendored beside the repository (../shared/reference/teams/). */
const SCHEMA_PATH = new URL(
  '../../../../shared/reference/teams/MicrosoftTeams.schema.v1.28.json',
  import.meta.url,
);
const env = {
  MICROSOFT_APP_ID: '11111111-2222-4333-8444-555555555555',
  PUBLIC_URL: 'https://gremien.stadt.example/',
};

function validator() {
  // The vendored schema is draft-04, which ajv 6 still supports.
  const ajv = new Ajv({ schemaId: 'auto', allErrors: true, extendRefs: 'ignore', logger: false });
  ajv.addMetaSchema(createRequire(import.meta.url)('ajv/lib/refs/json-schema-draft-04.json'));
  return ajv.compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')));
}

function pngSize(png: Uint8Array): { width: number; height: number; colorType: number } {
  const view = Buffer.from(png);
  expect(view.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: view.readUInt32BE(16), height: view.readUInt32BE(20), colorType: view[25]! };
}

describe('Teams app package', () => {
  const zip = unzipSync(buildTeamsPackage(manifestValuesFrom(env, '1.2.3')));
  const manifest = JSON.parse(new TextDecoder().decode(zip['manifest.json']));

  it('contains the manifest, the English strings and both icons', () => {
    expect(Object.keys(zip).sort()).toEqual([...PACKAGE_FILES].sort());
  });

  it('validates against the Teams manifest schema v1.28', () => {
    const validate = validator();
    const valid = validate(manifest);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    // The validator does reject what Teams would reject.
    expect(validate({ ...manifest, bots: [{ ...manifest.bots[0], botId: 'not-a-guid' }] })).toBe(false);
    expect(validate({ ...manifest, developer: undefined })).toBe(false);
  });

  it('is filled with this installation’s values', () => {
    expect(manifest).toMatchObject({
      manifestVersion: '1.28',
      version: '1.2.3',
      id: env.MICROSOFT_APP_ID,
      bots: [{ botId: env.MICROSOFT_APP_ID, scopes: ['team', 'groupChat', 'personal'] }],
      validDomains: ['gremien.stadt.example'],
      webApplicationInfo: { id: env.MICROSOFT_APP_ID },
    });
    expect(manifest.staticTabs[0].contentUrl).toBe('https://gremien.stadt.example/?teams=1');
    expect(JSON.stringify(manifest)).not.toContain('${{');
    const commands = manifest.bots[0].commandLists.flatMap((list: { commands: { title: string }[] }) =>
      list.commands.map((c) => c.title),
    );
    expect(commands).toEqual(expect.arrayContaining(['hilfe', 'tagesordnung', 'sitzungen', 'binden']));
  });

  it('translates every command into English', () => {
    const english = JSON.parse(new TextDecoder().decode(zip['en.json']));
    manifest.bots[0].commandLists.forEach((list: { commands: unknown[] }, l: number) =>
      list.commands.forEach((_command, c) => {
        expect(english[`bots[0].commandLists[${l}].commands[${c}].title`]).toBeTruthy();
        expect(english[`bots[0].commandLists[${l}].commands[${c}].description`]).toBeTruthy();
      }),
    );
    expect(manifest.localizationInfo.additionalLanguages).toEqual([{ languageTag: 'en', file: 'en.json' }]);
  });

  it('has a 192x192 colour icon and a 32x32 outline icon that is white on transparent', () => {
    expect(pngSize(zip['color.png']!)).toMatchObject({ width: 192, height: 192 });
    const outline = zip['outline.png']!;
    expect(pngSize(outline)).toEqual({ width: 32, height: 32, colorType: 6 });
  });

  it('refuses to build without an app id or with a plain-http address', () => {
    expect(() => manifestValuesFrom({ PUBLIC_URL: 'https://x.example' }, '1.0.0')).toThrow(
      /MICROSOFT_APP_ID/,
    );
    expect(() => manifestValuesFrom({ ...env, PUBLIC_URL: 'http://x.example' }, '1.0.0')).toThrow(/https/);
    expect(() => fillPlaceholders('"${{UNKNOWN}}"', {})).toThrow(/UNKNOWN/);
  });
});
