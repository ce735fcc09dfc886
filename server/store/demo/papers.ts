import type { PaperType } from '../../domain/papers/paper-types';
import { PaperModel } from '../models';
import type { DemoBodyKey } from './bodies';
import { ensure, idOf, type DemoContext } from './context';
import { orgKey } from './organizations';

export interface PaperSeed {
  reference: string;
  name: string;
  paperType: PaperType;
  /** Default true; papers of the nichtöffentlicher Teil are not. */
  public?: boolean;
  date?: Date;
  underDirectionOf?: string;
  summary?: string;
  /** shortNames of the Fraktionen that filed it. */
  originatorFraktionen?: string[];
}

export function paperKey(body: DemoBodyKey, reference: string): string {
  return `paper:${body}:${reference}`;
}

/** Papers start without committees; each consultation adds its committee (see agenda-loader). */
export async function loadPapers(
  ctx: DemoContext,
  body: DemoBodyKey,
  seeds: readonly PaperSeed[],
): Promise<void> {
  for (const seed of seeds) {
    await ensure(
      ctx,
      PaperModel,
      { body: idOf(ctx, `body:${body}`), reference: seed.reference },
      {
        name: seed.name,
        paperType: seed.paperType,
        public: seed.public ?? true,
        date: seed.date,
        underDirectionOf: seed.underDirectionOf,
        summary: seed.summary,
        originatorOrganization: seed.originatorFraktionen?.map((f) => idOf(ctx, orgKey(body, f))),
      },
      paperKey(body, seed.reference),
    );
  }
}
