import type { ServerResponse } from 'node:http';
import { ErrorCode, type CallbackOptions, type CodedError } from '@slack/oauth';
import type { Logger } from 'pino';

/** A refused or forged install link (state missing, not for this browser, expired or tampered). */
const REFUSED_REQUEST = new Set<string>([
  ErrorCode.MissingStateError,
  ErrorCode.InvalidStateError,
  ErrorCode.MissingCodeError,
  ErrorCode.AuthorizationError,
]);

/**
 * The pages an admin sees at the end of the Slack OAuth installation, German first, English
 * second. Every failure is logged; a refused install link answers 400, anything else 500.
 */
export function installCallbackPages(logger: Pick<Logger, 'info' | 'warn' | 'error'>): CallbackOptions {
  return {
    success(installation, _options, _req, res) {
      logger.info(
        { teamId: installation.team?.id, enterpriseId: installation.enterprise?.id },
        'slack app installed',
      );
      page(
        res,
        200,
        'Gremienbot installiert / Committee bot installed',
        'Der Gremienbot ist jetzt in Ihrem Slack-Workspace installiert. Schreiben Sie <code>/gremium hilfe</code> in einen Kanal.',
        'The committee bot is now installed in your Slack workspace. Type <code>/gremium help</code> in a channel.',
      );
    },
    failure(error: CodedError, _options, _req, res) {
      const refused = REFUSED_REQUEST.has(error.code);
      if (refused) logger.warn({ err: error, code: error.code }, 'slack installation refused');
      else logger.error({ err: error, code: error.code }, 'slack installation failed');
      page(
        res,
        refused ? 400 : 500,
        'Installation nicht möglich / Installation failed',
        refused
          ? 'Dieser Installationslink ist ungültig oder abgelaufen. Bitte starten Sie die Installation erneut.'
          : 'Die Installation ist fehlgeschlagen. Bitte versuchen Sie es später erneut.',
        refused
          ? 'This installation link is invalid or has expired. Please start the installation again.'
          : 'The installation failed. Please try again later.',
      );
    },
  };
}

function page(res: ServerResponse, status: number, title: string, german: string, english: string): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
  res.end(
    `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>${title}</title></head>` +
      `<body><main><h1>${title}</h1><p>${german}</p><p lang="en">${english}</p></main></body></html>`,
  );
}
