import type { RequestHandler } from 'express';
import { AppError, type FieldIssue } from './errors';

/**
 * Defense in depth against NoSQL operator injection: refuses any key that MongoDB could read as an
 * operator or a nested path (`$gt`, `a.b`, and `a[$ne]` from bracket-style query strings),
 * anywhere in the body or the query. Route schemas are strict as well; this catches what one misses.
 */
export const rejectOperatorKeys: RequestHandler = (req, _res, next) => {
  const fields = [...findOperatorKeys(req.body, 'body'), ...findOperatorKeys(req.query, 'query')];
  if (fields.length > 0) {
    next(new AppError('validation_failed', undefined, fields));
    return;
  }
  next();
};

const isOperatorKey = (key: string) => key.startsWith('$') || key.includes('.') || key.includes('[$');

function findOperatorKeys(value: unknown, location: 'body' | 'query', path: string[] = []): FieldIssue[] {
  if (typeof value !== 'object' || value === null) return [];
  const issues: FieldIssue[] = [];
  for (const [key, child] of Object.entries(value)) {
    const childPath = [...path, key];
    if (isOperatorKey(key)) {
      issues.push({ path: childPath.join('.'), location, message: 'Unzulässiger Feldname' });
    } else {
      issues.push(...findOperatorKeys(child, location, childPath));
    }
  }
  return issues;
}
