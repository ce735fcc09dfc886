import { Router } from 'express';
import { registerLocation } from '../../../domain/locations/location-use-cases';
import { parse } from '../../errors';
import { requireAnyRole } from '../common/access';
import { auditFor } from '../common/audit';
import type { DashboardApiDeps } from '../common/deps';
import { presentLocation } from './presenter';
import { createLocationBody, listLocationsQuery } from './schema';

/** /api/v1/locations: Sitzungsorte (public, like the calendar). */
export function locationsRouter({ stores }: DashboardApiDeps): Router {
  const router = Router();

  router.get('/', async (req, res) => {
    const query = parse(listLocationsQuery, req.query, 'query');
    res.json({ items: (await stores.locations.list(query)).map(presentLocation) });
  });

  router.post('/', async (req, res) => {
    requireAnyRole(req, 'office', 'admin');
    const input = parse(createLocationBody, req.body, 'body');
    const location = await registerLocation(stores, input);
    await auditFor(
      stores,
      req,
    )({
      action: 'create',
      entityType: 'Location',
      entityId: location.id,
      summary: `Sitzungsort „${location.description}“ angelegt`,
    });
    res.status(201).json(presentLocation(location));
  });

  return router;
}
