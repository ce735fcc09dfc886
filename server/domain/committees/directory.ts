/** A committee as chat commands and pickers name it. */
export interface CommitteeRef {
  id: string;
  name: string;
  shortName: string;
}

/** A coming meeting as listed in chat ("sitzungen") and on the App Home tab. */
export interface UpcomingMeeting {
  id: string;
  committeeId: string;
  committeeShortName: string;
  name: string;
  start: Date;
  cancelled: boolean;
}
