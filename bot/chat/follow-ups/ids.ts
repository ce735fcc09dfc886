/** Button and form ids of this feature (Slack routes `<word>.<word>` ids to the conversation). */
export const CLOSE_ACTION = 'followUp.close';
export const REQUEST_DUE_DATE_ACTION = 'followUp.requestDueDate';
export const APPROVE_DUE_DATE_ACTION = 'followUp.approveDueDate';
export const REJECT_DUE_DATE_ACTION = 'followUp.rejectDueDate';
export const CLOSE_FORM = 'followUp.complete';
export const DUE_DATE_FORM = 'followUp.dueDate';
