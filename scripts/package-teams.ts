/**
 * `npm run package:teams`: builds dist/teams-app.zip (manifest, English strings, icons) for upload
 * in the Teams admin center, with the values of this installation from the environment (.env).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import dotenv from 'dotenv';
import { zipSync } from 'fflate';

const MANIFEST_DIR = new URL('../manifest/teams/', import.meta.url);
export const PACKAGE_FILES = ['manifest.json', 'en.json', 'color.png', 'outline.png'] as const;
/** Environment variables read only by this script (documented in .env.example). */
export const PACKAGING_VARIABLES = [
  'TEAMS_APP_ID',
  'TEAMS_DEVELOPER_NAME',
  'TEAMS_PRIVACY_URL',
  'TEAMS_TERMS_URL',
];
const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;

export type ManifestValues = Record<
  | 'MICROSOFT_APP_ID'
  | 'TEAMS_APP_ID'
  | 'PUBLIC_URL'
  | 'PUBLIC_HOST'
  | 'APP_VERSION'
  | 'DEVELOPER_NAME'
  | 'PRIVACY_URL'
  | 'TERMS_URL',
  string
>;

/** The placeholder values from environment variables; throws listing everything missing or wrong. */
export function manifestValuesFrom(
  env: Record<string, string | undefined>,
  appVersion: string,
): ManifestValues {
  const problems: string[] = [];
  const appId = env.MICROSOFT_APP_ID?.trim() ?? '';
  if (!GUID.test(appId)) problems.push('MICROSOFT_APP_ID must be the GUID of the Azure app registration');
  const teamsAppId = env.TEAMS_APP_ID?.trim() || appId;
  if (!GUID.test(teamsAppId))
    problems.push('TEAMS_APP_ID must be a GUID (or leave it unset to use MICROSOFT_APP_ID)');
  let publicUrl: URL | undefined;
  try {
    publicUrl = new URL(env.PUBLIC_URL?.trim() ?? '');
  } catch {
    problems.push('PUBLIC_URL must be the https address of the server, e.g. https://gremien.example.de');
  }
  if (publicUrl && publicUrl.protocol !== 'https:')
    problems.push('PUBLIC_URL must use https (Teams loads tabs only over https)');
  if (problems.length > 0 || !publicUrl)
    throw new Error(`Cannot build the Teams app package:\n  - ${problems.join('\n  - ')}`);
  const base = publicUrl.origin + publicUrl.pathname.replace(/\/$/, '');
  return {
    MICROSOFT_APP_ID: appId,
    TEAMS_APP_ID: teamsAppId,
    PUBLIC_URL: base,
    PUBLIC_HOST: publicUrl.host,
    APP_VERSION: appVersion,
    DEVELOPER_NAME: env.TEAMS_DEVELOPER_NAME?.trim() || 'Gremienbot',
    PRIVACY_URL: env.TEAMS_PRIVACY_URL?.trim() || `${base}/datenschutz`,
    TERMS_URL: env.TEAMS_TERMS_URL?.trim() || `${base}/nutzungsbedingungen`,
  };
}

/** Replaces every `${{NAME}}`; an unknown placeholder is an error, not an empty string. */
export function fillPlaceholders(template: string, values: Record<string, string>): string {
  return template.replace(/\$\{\{([A-Z_]+)\}\}/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`No value for placeholder \${{${name}}} in the Teams manifest`);
    return JSON.stringify(value).slice(1, -1);
  });
}

export function buildTeamsPackage(values: ManifestValues): Uint8Array {
  const read = (name: string) => readFileSync(new URL(name, MANIFEST_DIR));
  const manifest = fillPlaceholders(read('manifest.json').toString('utf8'), values);
  JSON.parse(manifest); // fail here, not in the Teams admin center
  return zipSync({
    'manifest.json': new TextEncoder().encode(manifest),
    'en.json': read('en.json'),
    'color.png': read('color.png'),
    'outline.png': read('outline.png'),
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  dotenv.config({ quiet: true });
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  try {
    const zip = buildTeamsPackage(manifestValuesFrom(process.env, version));
    const out = new URL('../dist/', import.meta.url);
    mkdirSync(out, { recursive: true });
    writeFileSync(new URL('teams-app.zip', out), zip);
    console.log(
      `dist/teams-app.zip written (${zip.length} bytes). Upload it in the Teams admin center (see docs/teams-setup.md).`,
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
