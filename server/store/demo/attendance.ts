import type { Types } from 'mongoose';
import type { ATTENDANCE_RESPONSES, ATTENDEE_CATEGORIES } from '../models';
import { AttendanceModel } from '../models';
import type { DemoBodyKey } from './bodies';
import { ensure, idOf, type DemoContext } from './context';
import { personKey } from './people';

export interface AttendanceSeed {
  person: string;
  category: (typeof ATTENDEE_CATEGORIES)[number];
  response: (typeof ATTENDANCE_RESPONSES)[number];
  substituteFor?: string;
  /** Present from this time (default: the start of the meeting); absent when excused. */
  arrivedAt?: Date;
  leftAt?: Date;
}

export async function loadAttendance(
  ctx: DemoContext,
  body: DemoBodyKey,
  meeting: { _id: Types.ObjectId; start: Date; end?: Date | null },
  seeds: readonly AttendanceSeed[],
): Promise<void> {
  for (const seed of seeds) {
    const present = seed.response !== 'excused';
    const leftAt = seed.leftAt ?? meeting.end ?? undefined;
    const events = present
      ? [
          { kind: 'arrive', at: seed.arrivedAt ?? meeting.start, source: 'office' },
          ...(leftAt ? [{ kind: 'leave', at: leftAt, source: 'office' }] : []),
        ]
      : [];
    await ensure(
      ctx,
      AttendanceModel,
      { meeting: meeting._id, person: idOf(ctx, personKey(body, seed.person)) },
      {
        category: seed.category,
        response: seed.response,
        respondedAt: meeting.start,
        substituteFor: seed.substituteFor ? idOf(ctx, personKey(body, seed.substituteFor)) : undefined,
        substituteConfirmed: seed.substituteFor ? true : undefined,
        events,
      },
    );
  }
}
