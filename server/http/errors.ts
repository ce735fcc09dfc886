import type { ErrorRequestHandler, Request } from 'express';
import mongoose from 'mongoose';
import { z } from 'zod';
import { ERRORS, type ErrorCode } from './error-messages';
import { renderErrorPage } from './error-page';

export { ERRORS, type ErrorCode } from './error-messages';

export interface FieldIssue {
  /** Dotted path of the field inside `location`, e.g. `agenda.2.name`. */
  path: string;
  location?: 'body' | 'query' | 'params';
  message: string;
}

/** An error with a stable code; the message defaults to the code's German text. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly fields?: FieldIssue[],
  ) {
    super(message ?? ERRORS[code].de);
    this.name = 'AppError';
    this.status = ERRORS[code].status;
  }
}

const germanMessages = z.locales.de().localeError;

/** Validates a request part against its schema; returns the typed value or throws `validation_failed`. */
export function parse<S extends z.ZodType>(
  schema: S,
  value: unknown,
  where: 'body' | 'query' | 'params',
): z.output<S> {
  const result = schema.safeParse(value, { error: germanMessages });
  if (result.success) return result.data;
  throw new AppError('validation_failed', undefined, zodFields(result.error, where));
}

function zodFields(error: z.ZodError, location?: FieldIssue['location']): FieldIssue[] {
  return error.issues.flatMap((issue) => {
    const base = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: [...base, key].join('.'),
        location,
        message: 'Unbekanntes Feld',
      }));
    }
    return [{ path: base.join('.'), location, message: issue.message }];
  });
}

/** Turns anything thrown into an AppError; unknown errors become `internal` (the original is logged, never sent). */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof z.ZodError) return new AppError('validation_failed', undefined, zodFields(err));
  if (err instanceof mongoose.Error.ValidationError) {
    return new AppError(
      'validation_failed',
      undefined,
      Object.values(err.errors).map((e) => ({ path: e.path, message: e.message })),
    );
  }
  if (err instanceof mongoose.Error.CastError) {
    return new AppError('validation_failed', undefined, [{ path: err.path, message: 'Ungültiger Wert' }]);
  }
  if (isDuplicateKeyError(err)) {
    const fields = Object.keys(err.keyPattern ?? err.keyValue ?? {});
    return new AppError(
      'conflict',
      'Ein Eintrag mit diesem Wert existiert bereits.',
      fields.map((path) => ({ path, message: 'Ist bereits vergeben' })),
    );
  }
  const httpError = err as { type?: string; status?: number; expose?: boolean };
  if (httpError.type === 'entity.too.large') return new AppError('payload_too_large');
  if (httpError.type === 'entity.parse.failed') return new AppError('invalid_json');
  if (httpError.status === 415) return new AppError('unsupported_media_type');
  if (httpError.expose && httpError.status && httpError.status >= 400 && httpError.status < 500) {
    return new AppError('bad_request');
  }
  return new AppError('internal');
}

function isDuplicateKeyError(
  err: unknown,
): err is { code: 11000; keyPattern?: Record<string, unknown>; keyValue?: Record<string, unknown> } {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 11000;
}

/** The one place where errors become HTTP responses. */
export const errorHandler: ErrorRequestHandler = (err, req, res, next) => {
  const appError = toAppError(err);
  if (appError.status >= 500) req.log.error({ err, requestId: req.id }, 'request failed');
  else req.log.debug({ code: appError.code, fields: appError.fields }, 'request refused');
  if (res.headersSent) return next(err);

  res.status(appError.status);
  if (wantsHtmlPage(req)) {
    res.type('html').send(renderErrorPage(appError, String(req.id)));
    return;
  }
  res.json({
    error: {
      code: appError.code,
      message: appError.message,
      ...(appError.fields ? { fields: appError.fields } : {}),
      requestId: req.id,
    },
  });
};

/** Browser navigations outside the API (e.g. the OIDC callback) get a readable page instead of JSON. */
function wantsHtmlPage(req: Request): boolean {
  return !req.path.startsWith('/api/') && req.method === 'GET' && req.accepts(['json', 'html']) === 'html';
}
