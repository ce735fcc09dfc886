import type { RawSettings, VariableName } from './variables';

export interface ConfigIssue {
  variable: VariableName;
  message: string;
}

type Settings = Partial<RawSettings>;

/** Rules that involve several variables or depend on NODE_ENV. Only looks at variables that parsed. */
export function checkRules(s: Settings, invalid: ReadonlySet<VariableName>): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const production = s.NODE_ENV === 'production';
  const missing = (variable: VariableName, why: string) => {
    if (s[variable] === undefined && !invalid.has(variable))
      issues.push({ variable, message: `is required ${why}` });
  };
  const allOrNone = (group: VariableName[], label: string) => {
    const set = group.filter((name) => s[name] !== undefined || invalid.has(name));
    if (set.length === 0 || set.length === group.length) return;
    for (const name of group)
      if (!set.includes(name)) missing(name, `when ${set.join(', ')} is set (${label}: all or none)`);
  };

  if (production) missing('SESSION_SECRET', 'in production (at least 32 characters)');

  if (s.MONGODB_URI !== undefined && s.EMBEDDED_DB === true) {
    issues.push({
      variable: 'EMBEDDED_DB',
      message: 'must not be true when MONGODB_URI is set (choose one database)',
    });
  }
  if (s.MONGODB_URI === undefined && !invalid.has('MONGODB_URI')) {
    if (s.EMBEDDED_DB === false) {
      issues.push({ variable: 'MONGODB_URI', message: 'is required when EMBEDDED_DB=false' });
    } else if (production && s.EMBEDDED_DB !== true) {
      issues.push({
        variable: 'MONGODB_URI',
        message:
          'is required in production (or set EMBEDDED_DB=true to run the embedded database deliberately)',
      });
    }
  }

  allOrNone(['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'], 'OpenID Connect');
  if (production && s.OIDC_ISSUER !== undefined)
    missing('PUBLIC_URL', 'in production when OpenID Connect is configured (it forms the redirect URI)');
  if (production && s.LOCAL_LOGIN === false && s.OIDC_ISSUER === undefined && !invalid.has('OIDC_ISSUER')) {
    issues.push({
      variable: 'LOCAL_LOGIN',
      message: 'is false but OIDC_ISSUER is not set: nobody could log in',
    });
  }

  allOrNone(['MICROSOFT_APP_ID', 'MICROSOFT_APP_PASSWORD'], 'Microsoft app credentials');
  if (s.TEAMS_ENABLED && production) {
    for (const name of ['MICROSOFT_APP_ID', 'MICROSOFT_APP_PASSWORD', 'MICROSOFT_APP_TENANT_ID'] as const) {
      missing(name, 'in production when TEAMS_ENABLED=true');
    }
  }

  allOrNone(['SLACK_CLIENT_ID', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET'], 'Slack OAuth');
  if (s.SLACK_ENABLED) {
    // Without these Slack requests cannot be verified or answered at all, in any environment.
    missing('SLACK_SIGNING_SECRET', 'when SLACK_ENABLED=true');
    const oauth = s.SLACK_CLIENT_ID !== undefined || invalid.has('SLACK_CLIENT_ID');
    if (s.SLACK_BOT_TOKEN === undefined && !invalid.has('SLACK_BOT_TOKEN') && !oauth) {
      issues.push({
        variable: 'SLACK_BOT_TOKEN',
        message:
          'is required when SLACK_ENABLED=true (or set SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET for OAuth)',
      });
    }
    if (s.SLACK_CLIENT_ID !== undefined)
      missing(
        'TOKEN_ENCRYPTION_KEY',
        'when Slack OAuth is configured (installation tokens are stored encrypted)',
      );
  }
  return issues;
}
