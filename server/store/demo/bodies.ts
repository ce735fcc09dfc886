import { BodyModel, LegislativeTermModel, LocationModel } from '../models';
import { ensure, idOf, type DemoContext } from './context';
import { berlin } from '../../domain/time/berlin';

export type DemoBodyKey = 'koeln' | 'mettmann';

// NRW local terms: 2014/2020 ran until 31.10.2020; 2020-2025 until 31.10.2025. The 2025-2030 term
// carries the future demo meetings.
const TERMS: Array<{ body: DemoBodyKey; name: string; startDate: Date; endDate: Date }> = [
  { body: 'koeln', name: '2014/2020', startDate: berlin(2014, 6, 1), endDate: berlin(2020, 10, 31, 23, 59) },
  { body: 'koeln', name: '2020-2025', startDate: berlin(2020, 11, 1), endDate: berlin(2025, 10, 31, 23, 59) },
  { body: 'koeln', name: '2025-2030', startDate: berlin(2025, 11, 1), endDate: berlin(2030, 10, 31, 23, 59) },
  {
    body: 'mettmann',
    name: '2020-2025',
    startDate: berlin(2020, 11, 1),
    endDate: berlin(2025, 10, 31, 23, 59),
  },
  {
    body: 'mettmann',
    name: '2025-2030',
    startDate: berlin(2025, 11, 1),
    endDate: berlin(2030, 10, 31, 23, 59),
  },
];

/** Körperschaften, Wahlperioden and Sitzungsorte of the seeds (000: Köln; 002: Kreis Mettmann). */
export async function loadBodies(ctx: DemoContext): Promise<void> {
  await ensure(
    ctx,
    BodyModel,
    { shortName: 'Stadt Köln' },
    { name: 'Stadt Köln', state: 'NW', website: 'https://www.stadt-koeln.de', ags: '05315000' },
    'body:koeln',
  );
  await ensure(
    ctx,
    BodyModel,
    { shortName: 'Kreis Mettmann' },
    { name: 'Kreis Mettmann', state: 'NW', website: 'https://www.kreis-mettmann.de', ags: '05158000' },
    'body:mettmann',
  );

  for (const term of TERMS) {
    await ensure(
      ctx,
      LegislativeTermModel,
      { body: idOf(ctx, `body:${term.body}`), name: term.name },
      { startDate: term.startDate, endDate: term.endDate },
      `term:${term.body}:${term.name}`,
    );
  }

  await ensure(
    ctx,
    LocationModel,
    { body: idOf(ctx, 'body:koeln'), description: 'Rathaus Spanischer Bau' },
    { streetAddress: 'Rathausplatz 2', postalCode: '50667', locality: 'Köln', room: 'Europasaal' },
    'location:koeln:europasaal',
  );
  await ensure(
    ctx,
    LocationModel,
    {
      body: idOf(ctx, 'body:mettmann'),
      description: 'Kreishaus Mettmann',
    },
    {
      streetAddress: 'Düsseldorfer Straße 26',
      postalCode: '40822',
      locality: 'Mettmann',
      room: 'Zimmer 1.601 (großer Sitzungssaal)',
    },
    'location:mettmann:1.601',
  );
}

/** Context key of the Wahlperiode a meeting on this date belongs to, if the demo data has one. */
export function termKeyFor(body: DemoBodyKey, date: Date): string | undefined {
  const term = TERMS.find((t) => t.body === body && date >= t.startDate && date <= t.endDate);
  return term ? `term:${body}:${term.name}` : undefined;
}
