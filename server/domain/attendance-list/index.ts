export * from './types';
export {
  formatAttendanceList,
  renderAttendanceListText,
  PRESENT_HEADING,
  EXCUSED_HEADING,
  VOTING_MEMBERS_HEADING,
  SUBSTITUTES_HEADING,
  ADMINISTRATION_HEADING,
} from './format';
export { attendanceListFrom, type AttendanceListDetails, ADVISORY_HEADING, GUESTS_HEADING } from './build';
export { fullName, plainName, dativeFullName, presenceNote } from './names';
