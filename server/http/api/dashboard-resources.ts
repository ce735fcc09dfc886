import { auditRouter } from './audit/router';
import { committeesRouter } from './committees/router';
import type { DashboardApiDeps } from './common/deps';
import { locationsRouter } from './locations/router';
import { meetingsRouter } from './meetings/router';
import { membershipsRouter } from './memberships/router';
import { openItemsRouter } from './open-items/router';
import { papersRouter } from './papers/router';
import { personsRouter } from './persons/router';
import type { MountedRouter } from './router';

export type { DashboardApiDeps } from './common/deps';

/** The dashboard API v1 resources, for `createApp({ apiRoutes })`. */
export function dashboardResources(deps: DashboardApiDeps): MountedRouter[] {
  const resources: [string, (deps: DashboardApiDeps) => MountedRouter['router']][] = [
    ['/committees', committeesRouter],
    ['/persons', personsRouter],
    ['/memberships', membershipsRouter],
    ['/meetings', meetingsRouter],
    ['/papers', papersRouter],
    ['/locations', locationsRouter],
    ['/open-items', openItemsRouter],
    ['/audit', auditRouter],
  ];
  return resources.map(([path, build]) => ({ path, router: build(deps) }));
}
