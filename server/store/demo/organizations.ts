import type { AgendaTemplate } from '../../domain/agenda/templates';
import { OrganizationModel } from '../models';
import type { DemoBodyKey } from './bodies';
import { ensure, idOf, type DemoContext } from './context';

export interface OrganizationSeed {
  kind: 'committee' | 'fraktion';
  shortName: string;
  name: string;
  classification: string;
  votingMemberCount?: number;
  template?: AgendaTemplate;
  color?: string;
  startDate?: Date;
}

export function orgKey(body: DemoBodyKey, shortName: string): string {
  return `org:${body}:${shortName}`;
}

export async function loadOrganizations(
  ctx: DemoContext,
  body: DemoBodyKey,
  seeds: readonly OrganizationSeed[],
): Promise<void> {
  for (const seed of seeds) {
    await ensure(
      ctx,
      OrganizationModel,
      { body: idOf(ctx, `body:${body}`), shortName: seed.shortName },
      {
        kind: seed.kind,
        name: seed.name,
        classification: seed.classification,
        votingMemberCount: seed.votingMemberCount,
        agendaTemplate: seed.template?.items.map(({ name, public: isPublic, level }) => ({
          name,
          public: isPublic,
          level,
        })),
        agendaRestartNumberingInNonPublic: seed.template?.numbering.restartInNonPublic ?? true,
        color: seed.color,
        startDate: seed.startDate,
      },
      orgKey(body, seed.shortName),
    );
  }
}
