/** Button and form ids of the attendance requests (routed by the conversation layer). */
export const ATTEND_ACTION = 'attendanceRequest.attend';
export const EXCUSE_ACTION = 'attendanceRequest.excuse';
export const SUBSTITUTE_ACTION = 'attendanceRequest.substitute';
export const CONFIRM_ACTION = 'attendanceRequest.confirm';
export const DECLINE_ACTION = 'attendanceRequest.decline';
export const SUBSTITUTE_FORM = 'attendanceRequest.nameSubstitute';
