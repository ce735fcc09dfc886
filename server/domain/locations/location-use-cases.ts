import type { CommitteeStore } from '../committees/ports';
import { DomainError } from '../errors';
import type { LocationRecord, LocationStore, NewLocation } from './ports';

export async function registerLocation(
  stores: { locations: LocationStore; committees: CommitteeStore },
  input: NewLocation,
): Promise<LocationRecord> {
  if (!(await stores.committees.bodyRules(input.body))) {
    throw new DomainError('validation_failed', 'Diese Körperschaft gibt es nicht.', { field: 'body' });
  }
  return stores.locations.create(input);
}
