import { hasRole, mayManageCommittee, type Principal } from '../access/principal';
import type { Inquiry, InquiryFilter } from './ports';

/** Office of the committee (or admin): triage, assignment, publication, oral questions. */
export function mayTriage(principal: Principal, committeeId: string): boolean {
  return mayManageCommittee(principal, committeeId);
}

/** The department the Anfrage is assigned to. */
export function isAssignedDepartment(principal: Principal, inquiry: Pick<Inquiry, 'department'>): boolean {
  return (
    hasRole(principal, 'department') && !!principal.department && principal.department === inquiry.department
  );
}

export function isAuthor(principal: Principal, inquiry: Pick<Inquiry, 'authorPersonId'>): boolean {
  return !!principal.personId && principal.personId === inquiry.authorPersonId;
}

/** Heads and admins see every Anfrage. */
function seesAll(principal: Principal): boolean {
  return hasRole(principal, 'head') || hasRole(principal, 'admin');
}

/** Who else sees published public answers: everyone logged in except department-only accounts. */
function seesPublished(principal: Principal): boolean {
  return principal.roles.some((role) => role !== 'department');
}

/**
 * Heads see all; the office its committees'; a department only what is assigned to it; a member
 * their own and the published ones.
 */
export function mayRead(principal: Principal, inquiry: Inquiry): boolean {
  if (seesAll(principal)) return true;
  if (hasRole(principal, 'office') && principal.officeCommitteeIds.includes(inquiry.committeeId)) return true;
  if (isAssignedDepartment(principal, inquiry)) return true;
  if (isAuthor(principal, inquiry)) return true;
  return seesPublished(principal) && inquiry.public && inquiry.state === 'veroeffentlicht';
}

/** The same rule as a store filter for lists; undefined: no restriction. */
export function visibleScope(principal: Principal): InquiryFilter['scope'] {
  if (seesAll(principal)) return undefined;
  return {
    committeeIds: hasRole(principal, 'office') ? principal.officeCommitteeIds : [],
    department: hasRole(principal, 'department') ? principal.department : undefined,
    authorPersonId: principal.personId,
    published: seesPublished(principal),
  };
}
