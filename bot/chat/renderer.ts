import type { AnnouncementRenderer } from '../../server/domain/announcements/ports';
import { presentAgenda } from './presenters/agenda';
import { presentChangeNotice } from './presenters/change-notice';
import { isEmptyChange, summarizeMeetingChange } from './presenters/meeting-changes';
import { presentOfficeUpdate } from './presenters/office-update';
import { presentReminder } from './presenters/reminder';

/** The presenters behind the announcement use cases. */
export const chatAnnouncementRenderer: AnnouncementRenderer = {
  agenda: presentAgenda,
  changeNotice(meeting, before, audience, locale) {
    const summary = summarizeMeetingChange(before, meeting, audience);
    return isEmptyChange(summary) ? null : presentChangeNotice(meeting, summary, locale);
  },
  reminder: presentReminder,
  officeUpdate: presentOfficeUpdate,
};
