/** Every stable error code the HTTP API answers with, its status and its text (German first, English second). */
export const ERRORS = {
  validation_failed: {
    status: 400,
    de: 'Die Eingaben sind unvollständig oder ungültig.',
    en: 'The input is incomplete or invalid.',
  },
  invalid_json: {
    status: 400,
    de: 'Der Inhalt der Anfrage ist kein gültiges JSON.',
    en: 'The request body is not valid JSON.',
  },
  bad_request: { status: 400, de: 'Die Anfrage ist ungültig.', en: 'The request is invalid.' },
  oidc_failed: {
    status: 400,
    de: 'Die Anmeldung über den Identitätsanbieter ist fehlgeschlagen. Bitte versuchen Sie es erneut.',
    en: 'Signing in with the identity provider failed. Please try again.',
  },
  unauthenticated: { status: 401, de: 'Bitte melden Sie sich an.', en: 'Please sign in.' },
  invalid_credentials: {
    status: 401,
    de: 'Benutzername oder Passwort ist falsch.',
    en: 'The user name or password is wrong.',
  },
  forbidden: {
    status: 403,
    de: 'Dafür fehlen Ihnen die Berechtigungen.',
    en: 'You are not allowed to do this.',
  },
  csrf_failed: {
    status: 403,
    de: 'Die Sicherheitsprüfung der Anfrage ist fehlgeschlagen. Bitte laden Sie die Seite neu.',
    en: 'The request failed the security check. Please reload the page.',
  },
  account_not_provisioned: {
    status: 403,
    de: 'Für Ihr Konto ist noch kein Zugang eingerichtet. Bitte wenden Sie sich an die Geschäftsstelle Ihres Ausschusses.',
    en: 'There is no access set up for your account yet. Please contact your committee office.',
  },
  not_found: { status: 404, de: 'Nicht gefunden.', en: 'Not found.' },
  conflict: {
    status: 409,
    de: 'Das steht im Widerspruch zu vorhandenen Daten.',
    en: 'This conflicts with existing data.',
  },
  payload_too_large: { status: 413, de: 'Die Anfrage ist zu groß.', en: 'The request is too large.' },
  unsupported_media_type: {
    status: 415,
    de: 'Dieses Datenformat wird nicht unterstützt.',
    en: 'This content type is not supported.',
  },
  rate_limited: {
    status: 429,
    de: 'Zu viele Versuche. Bitte warten Sie einige Minuten.',
    en: 'Too many attempts. Please wait a few minutes.',
  },
  internal: {
    status: 500,
    de: 'Ein interner Fehler ist aufgetreten. Bitte versuchen Sie es später erneut.',
    en: 'An internal error occurred. Please try again later.',
  },
  unavailable: {
    status: 503,
    de: 'Der Dienst ist vorübergehend nicht verfügbar.',
    en: 'The service is temporarily unavailable.',
  },
} as const satisfies Record<string, { status: number; de: string; en: string }>;

export type ErrorCode = keyof typeof ERRORS;
