import { mayReadConfidential, type Actor } from '../access/principal';
import { DomainError } from '../errors';
import { buildMinutes } from './build-minutes';
import type { DocumentModel } from './document';
import { isoDay } from './german-dates';
import type { MinutesData } from './minutes-data';
import type { MinutesSource } from './ports';

export interface DraftMinutes {
  data: MinutesData;
  document: DocumentModel;
  /** The nichtöffentlicher Teil is in the document (an audited read when it has items). */
  includesNonPublic: boolean;
  nonPublicCount: number;
  /** German file name without extension: "Niederschrift_UA_DiKO_2019-11-18". */
  fileName: string;
}

/** File names stay ASCII-safe for every browser; umlauts are spelled out. */
export function fileNameOf(...parts: string[]): string {
  return parts
    .join('_')
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/Ä/g, 'Ae')
    .replace(/Ö/g, 'Oe')
    .replace(/Ü/g, 'Ue')
    .replace(/ß/g, 'ss')
    .replace(/[^A-Za-z0-9_.-]+/g, '_')
    .replace(/_+/g, '_');
}

/** The draft Niederschrift as this actor may read it: entitled users get both parts. */
export async function draftMinutes(
  source: MinutesSource,
  actor: Actor,
  meetingId: string,
): Promise<DraftMinutes> {
  const data = await source.minutesData(meetingId);
  if (!data) throw new DomainError('not_found', 'Diese Sitzung gibt es nicht.', { id: meetingId });
  const mayRead = mayReadConfidential(actor, data.committeeId);
  const nonPublicCount = data.items.filter((item) => !item.public).length;
  const document = buildMinutes(data, { includeNonPublic: mayRead });
  return {
    data,
    document,
    includesNonPublic: mayRead && nonPublicCount > 0,
    nonPublicCount,
    fileName: fileNameOf('Niederschrift', data.committeeShortName, isoDay(data.start)),
  };
}
