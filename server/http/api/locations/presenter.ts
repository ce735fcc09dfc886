import type { LocationRecord } from '../../../domain/locations/ports';

export function presentLocation(location: LocationRecord) {
  return {
    id: location.id,
    body: location.body,
    description: location.description,
    streetAddress: location.streetAddress ?? null,
    room: location.room ?? null,
    postalCode: location.postalCode ?? null,
    locality: location.locality ?? null,
  };
}
