import type { Stores } from '../../../domain/stores';

export interface DashboardApiDeps {
  stores: Stores;
  clock: () => Date;
}
