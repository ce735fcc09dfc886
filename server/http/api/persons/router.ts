import { Router } from 'express';
import { mayManagePersons, maySeeContactDetails } from '../../../domain/access/visibility';
import {
  getPerson,
  registerPerson,
  updatePerson,
  withMemberships,
} from '../../../domain/persons/person-use-cases';
import { parse } from '../../errors';
import { refuse } from '../common/access';
import { auditFor } from '../common/audit';
import type { DashboardApiDeps } from '../common/deps';
import { idParams } from '../common/schemas';
import { presentPerson } from './presenter';
import { createPersonBody, listPersonsQuery, updatePersonBody } from './schema';

/** /api/v1/persons: the register of members, substitutes and administration staff. */
export function personsRouter({ stores, clock }: DashboardApiDeps): Router {
  const router = Router();

  router.get('/', async (req, res) => {
    const query = parse(listPersonsQuery, req.query, 'query');
    const page = await stores.persons.search({ ...query, currentAt: clock() });
    const detailed = await withMemberships(stores, page.items);
    res.json({
      ...page,
      items: detailed.map((entry) => presentPerson(entry, maySeeContactDetails(req.actor, entry.person.id))),
    });
  });

  router.get('/:id', async (req, res) => {
    const { id } = parse(idParams, req.params, 'params');
    const detail = await getPerson(stores, id);
    res.json(presentPerson(detail, maySeeContactDetails(req.actor, id)));
  });

  router.post('/', async (req, res) => {
    if (!mayManagePersons(req.actor)) throw refuse(req.actor);
    const input = parse(createPersonBody, req.body, 'body');
    const person = await registerPerson(stores, {
      ...input,
      name: input.name ?? [input.givenName, input.familyName].filter(Boolean).join(' '),
    });
    await auditFor(
      stores,
      req,
    )({
      action: 'create',
      entityType: 'Person',
      entityId: person.id,
      summary: `Person „${person.name}“ angelegt`,
    });
    res.status(201).json(presentPerson(await getPerson(stores, person.id), true));
  });

  router.patch('/:id', async (req, res) => {
    const { id } = parse(idParams, req.params, 'params');
    if (!mayManagePersons(req.actor)) throw refuse(req.actor);
    const changes = parse(updatePersonBody, req.body, 'body');
    const person = await updatePerson(stores, id, changes);
    await auditFor(
      stores,
      req,
    )({
      action: 'update',
      entityType: 'Person',
      entityId: id,
      summary: `Person „${person.name}“ geändert`,
      details: { fields: Object.keys(changes) },
    });
    res.json(presentPerson(await getPerson(stores, id), true));
  });

  return router;
}
