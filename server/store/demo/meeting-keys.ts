/** Context keys of the meetings Anfragen and follow-ups refer to (see recurring-meetings). */
export const UA_DIKO_2019_KEY = 'meeting:koeln:UA DiKO:2019-11-18';
export const ADIG_2021_KEY = 'meeting:mettmann:ADig:2021-02-18';

export const UA_DIKO_LAST = 'meeting:koeln:UA DiKO:past:1';
export const UA_DIKO_BEFORE_LAST = 'meeting:koeln:UA DiKO:past:2';
export const UA_DIKO_NEXT = 'meeting:koeln:UA DiKO:next:0';
export const DIA_LAST = 'meeting:koeln:DiA:past:1';
export const ADIG_LAST = 'meeting:mettmann:ADig:past:1';
export const ADIG_NEXT = 'meeting:mettmann:ADig:next:0';
