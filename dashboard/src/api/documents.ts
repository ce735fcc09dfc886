/** Downloads the browser fetches itself (with the session cookie): Word for finishing, Markdown for reading. */
export type DocumentFormat = 'docx' | 'md';

/** GET /api/v1/meetings/:id/minutes?format=: the draft Niederschrift. */
export const minutesUrl = (meetingId: string, format: DocumentFormat) =>
  `/api/v1/meetings/${encodeURIComponent(meetingId)}/minutes?format=${format}`;

/** GET /api/v1/committees/:id/open-items-report?format=: the open resolutions and tasks of a committee. */
export const openItemsReportUrl = (committeeId: string, format: DocumentFormat) =>
  `/api/v1/committees/${encodeURIComponent(committeeId)}/open-items-report?format=${format}`;
