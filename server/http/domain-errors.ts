import type { ErrorRequestHandler } from 'express';
import { DomainError } from '../domain/errors';

/**
 * HTTP status for each stable domain code. Rule violations on well-formed input are 422, clashes
 * with the current state of a record 409. Unknown codes default to 422.
 */
export const DOMAIN_STATUS: Record<string, number> = {
  validation_failed: 400,
  forbidden: 403,
  not_found: 404,
  meeting_transition_not_allowed: 409,
  meeting_version_conflict: 409,
  meeting_already_announced: 409,
  meeting_closed: 409,
  agenda_frozen: 409,
  committee_in_use: 409,
  membership_already_ended: 409,
  inquiry_transition_not_allowed: 409,
  inquiry_not_member: 403,
  inquiry_invalid: 400,
  follow_up_closed: 409,
  follow_up_no_due_date_request: 409,
  meeting_not_started: 422,
  attendance_unknown_person: 400,
  attendance_unknown_item: 400,
  attendance_time_outside_session: 400,
  attendance_time_in_future: 400,
  attendance_already_present: 400,
  attendance_not_present: 400,
  attendance_event_not_found: 404,
  quorum_lack_already_established: 409,
  meeting_cancelled: 409,
  agenda_item_unknown: 400,
  agenda_parent_not_found: 422,
  agenda_subitem_without_parent: 422,
  agenda_supplement_needs_parent: 422,
  agenda_template_unknown: 422,
  attendance_not_member: 403,
  attendance_for_other: 403,
  substitute_not_allowed: 400,
  substitute_none: 422,
  substitute_busy: 409,
  substitute_not_named: 409,
};

export function domainStatus(code: string): number {
  return DOMAIN_STATUS[code] ?? 422;
}

/**
 * Answers DomainErrors in the API's error shape (`{ error: { code, message, fields?, requestId } }`),
 * keeping the domain's code. Everything else goes on to the app's error handler.
 */
export const domainErrorHandler: ErrorRequestHandler = (err, req, res, next) => {
  if (!(err instanceof DomainError) || res.headersSent) return next(err);
  const field = typeof err.details?.field === 'string' ? err.details.field : undefined;
  const { field: _field, ...details } = err.details ?? {};
  req.log?.info({ code: err.code }, 'request refused by a domain rule');
  res.status(domainStatus(err.code)).json({
    error: {
      code: err.code,
      message: err.message,
      ...(field ? { fields: [{ path: field, message: err.message }] } : {}),
      ...(Object.keys(details).length ? { details } : {}),
      requestId: req.id,
    },
  });
};
