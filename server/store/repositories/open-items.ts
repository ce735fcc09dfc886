import {
  CLOSED_INQUIRY_STATES,
  type OpenItem,
  type OpenItemsScope,
  type OpenItemsSource,
} from '../../domain/open-items/ports';
import { FollowUpModel } from '../models/follow-up';
import { InquiryModel } from '../models/inquiry';
import { idString, objectIds, optional, optionalId } from './mapping';

/** Committees in scope, or the department's assignments (`departmentField` names where it is kept). */
function scopeFilter(scope: OpenItemsScope, departmentField: string): Record<string, unknown> | null {
  if (scope.all) return {};
  const alternatives: Record<string, unknown>[] = [];
  if (scope.committeeIds.length) alternatives.push({ organization: { $in: objectIds(scope.committeeIds) } });
  if (scope.department) alternatives.push({ [departmentField]: scope.department });
  return alternatives.length ? { $or: alternatives } : null;
}

export const mongoOpenItemsSource: OpenItemsSource = {
  async openInquiries(scope) {
    const inScope = scopeFilter(scope, 'department');
    if (!inScope) return [];
    const docs = await InquiryModel.find({ ...inScope, state: { $nin: [...CLOSED_INQUIRY_STATES] } }).lean();
    return docs.map((doc): OpenItem => ({
      kind: 'inquiry',
      id: idString(doc._id),
      organization: idString(doc.organization),
      title: doc.subject,
      state: doc.state ?? 'eingereicht',
      number: optional(doc.number),
      public: doc.public ?? true,
      department: optional(doc.department),
      dueDate: optional(doc.dueDate),
      meeting: optionalId(doc.meeting),
    }));
  },

  async openFollowUps(scope) {
    const inScope = scopeFilter(scope, 'ownerDepartment');
    if (!inScope) return [];
    const docs = await FollowUpModel.find({ ...inScope, status: 'offen' }).lean();
    return docs.map((doc): OpenItem => ({
      kind: 'followUp',
      id: idString(doc._id),
      organization: idString(doc.organization),
      title: doc.title,
      state: doc.kind,
      public: doc.public ?? true,
      department: optional(doc.ownerDepartment),
      dueDate: optional(doc.dueDate),
      meeting: optionalId(doc.meeting),
    }));
  },
};
