import { Router, type Request } from 'express';
import { mayReadConfidential } from '../../../domain/access/principal';
import { setBefangenheit } from '../../../domain/attendance/presence/befangenheit';
import { recordLackOfQuorum } from '../../../domain/attendance/presence/lack-of-quorum';
import type { LoadedQuorumSituation, PresenceDeps } from '../../../domain/attendance/presence/ports';
import { recordPresence, removePresence } from '../../../domain/attendance/presence/record-presence';
import { formatAttendanceList, renderAttendanceListText } from '../../../domain/attendance-list/format';
import type { AttendanceListInput } from '../../../domain/attendance-list/types';
import { DomainError } from '../../../domain/errors';
import { evaluateAgenda, evaluateQuorum } from '../../../domain/quorum/evaluate';
import type { Stores } from '../../../domain/stores';
import { parse } from '../../errors';
import { refuse, requireCommitteeManager, requirePrincipal } from '../common/access';
import { auditFor } from '../common/audit';
import { idParams } from '../common/schemas';
import { presentAttendance, presentQuorum } from './presenter';
import { quorumMomentOf } from '../../../domain/attendance/presence/session-window';
import {
  attendanceQuery,
  befangenheitBody,
  lackEstablishedBody,
  presenceEventBody,
  presenceEventQuery,
  quorumItemsQuery,
  quorumQuery,
} from './schema';

export interface AttendanceApiDeps {
  presence: PresenceDeps;
  stores: Pick<Stores, 'audit'>;
  attendanceList(meetingId: string, now: Date): Promise<AttendanceListInput | null>;
}

/**
 * /api/v1/meetings/:id/attendance and /quorum: presence, Befangenheit and quorum per agenda item.
 * The committee's office writes; office, heads and the committee's members read.
 */
export function attendanceRouter(deps: AttendanceApiDeps): Router {
  const { presence, stores } = deps;
  const router = Router();

  async function meetingFor(req: Request, access: 'read' | 'write'): Promise<LoadedQuorumSituation> {
    const principal = requirePrincipal(req);
    const { id } = parse(idParams, req.params, 'params');
    const loaded = await presence.store.load(id, presence.clock());
    if (!loaded) throw new DomainError('not_found', 'Sitzung nicht gefunden.');
    if (access === 'write') requireCommitteeManager(req, loaded.meeting.committeeId);
    else if (!mayReadConfidential(principal, loaded.meeting.committeeId)) throw refuse(principal);
    return loaded;
  }

  async function auditNonPublicRead(
    req: Request,
    loaded: LoadedQuorumSituation,
    what: string,
  ): Promise<void> {
    await auditFor(
      stores,
      req,
    )({
      action: 'read',
      entityType: 'Meeting',
      entityId: loaded.meeting.id,
      organization: loaded.meeting.committeeId,
      summary: `${what} (nichtöffentliche Tagesordnungspunkte) der Sitzung „${loaded.meeting.name}“ gelesen`,
    });
  }

  router.get('/:id/attendance', async (req, res) => {
    const loaded = await meetingFor(req, 'read');
    const { format } = parse(attendanceQuery, req.query, 'query');
    const list = await deps.attendanceList(loaded.meeting.id, presence.clock());
    const nonPublic = new Set(loaded.meeting.agendaItems.filter((i) => !i.public).map((i) => i.id));
    if (loaded.situation.befangenheit.some((b) => nonPublic.has(b.agendaItemId))) {
      await auditNonPublicRead(req, loaded, 'Befangenheit');
    }
    const sections = list ? formatAttendanceList(list, format) : [];
    res.json({
      ...presentAttendance(loaded),
      attendanceList: {
        format: format ?? 'fraktionTable',
        sections,
        text: renderAttendanceListText(sections),
      },
    });
  });

  router.post('/:id/attendance/events', async (req, res) => {
    const loaded = await meetingFor(req, 'write');
    const body = parse(presenceEventBody, req.body, 'body');
    const recorded = await recordPresence(presence, requirePrincipal(req), {
      meetingId: loaded.meeting.id,
      personId: body.personId,
      kind: body.kind,
      ...(body.at ? { at: body.at } : {}),
      source: 'api',
    });
    res.status(201).json({
      personId: recorded.participant.personId,
      kind: body.kind,
      at: recorded.at.toISOString(),
      quorum: presentQuorum(recorded.result, presence.clock()),
    });
  });

  router.delete('/:id/attendance/events', async (req, res) => {
    const loaded = await meetingFor(req, 'write');
    const query = parse(presenceEventQuery, req.query, 'query');
    await removePresence(presence, requirePrincipal(req), { meetingId: loaded.meeting.id, ...query });
    res.status(204).end();
  });

  router.post('/:id/attendance/befangenheit', async (req, res) => {
    const loaded = await meetingFor(req, 'write');
    const body = parse(befangenheitBody, req.body, 'body');
    const result = await setBefangenheit(presence, requirePrincipal(req), {
      meetingId: loaded.meeting.id,
      ...body,
      biased: true,
    });
    res.status(result.changed ? 201 : 200).json({
      personId: result.participant.personId,
      agendaItemId: result.item.id,
      number: result.item.number,
      changed: result.changed,
    });
  });

  router.delete('/:id/attendance/befangenheit', async (req, res) => {
    const loaded = await meetingFor(req, 'write');
    const query = parse(befangenheitBody, req.query, 'query');
    const result = await setBefangenheit(presence, requirePrincipal(req), {
      meetingId: loaded.meeting.id,
      ...query,
      biased: false,
    });
    if (!result.changed)
      throw new DomainError('not_found', 'Für diesen Punkt ist keine Befangenheit erfasst.');
    res.status(204).end();
  });

  router.post('/:id/quorum/lack-established', async (req, res) => {
    const loaded = await meetingFor(req, 'write');
    const body = parse(lackEstablishedBody, req.body ?? {}, 'body');
    const recorded = await recordLackOfQuorum(presence, requirePrincipal(req), {
      meetingId: loaded.meeting.id,
      established: true,
      ...(body.at ? { at: body.at } : {}),
    });
    res
      .status(201)
      .json({ at: recorded.at.toISOString(), quorum: presentQuorum(recorded.result, presence.clock()) });
  });

  router.delete('/:id/quorum/lack-established', async (req, res) => {
    const loaded = await meetingFor(req, 'write');
    await recordLackOfQuorum(presence, requirePrincipal(req), {
      meetingId: loaded.meeting.id,
      established: false,
    });
    res.status(204).end();
  });

  router.get('/:id/quorum', async (req, res) => {
    const loaded = await meetingFor(req, 'read');
    const query = parse(quorumQuery, req.query, 'query');
    const at = query.at ?? quorumMomentOf(loaded.meeting, presence.clock());
    const item = query.item ? loaded.meeting.agendaItems.find((i) => i.id === query.item) : undefined;
    if (query.item && !item) {
      throw new DomainError(
        'attendance_unknown_item',
        'Diesen Tagesordnungspunkt gibt es in der Sitzung nicht.',
        {
          field: 'item',
        },
      );
    }
    if (item && !item.public)
      await auditNonPublicRead(req, loaded, `Beschlussfähigkeit zu TOP ${item.number}`);
    res.json({
      meetingId: loaded.meeting.id,
      item: item ? { id: item.id, number: item.number, public: item.public } : null,
      ...presentQuorum(evaluateQuorum(loaded.situation, at, item?.id), at),
    });
  });

  router.get('/:id/quorum/items', async (req, res) => {
    const loaded = await meetingFor(req, 'read');
    const query = parse(quorumItemsQuery, req.query, 'query');
    const at = query.at ?? quorumMomentOf(loaded.meeting, presence.clock());
    const items = loaded.meeting.agendaItems;
    const results = evaluateAgenda(
      loaded.situation,
      at,
      items.map((i) => i.id),
    );
    if (items.some((i) => !i.public))
      await auditNonPublicRead(req, loaded, 'Beschlussfähigkeit je Tagesordnungspunkt');
    res.json({
      meetingId: loaded.meeting.id,
      at: at.toISOString(),
      items: items.map((item) => ({
        id: item.id,
        number: item.number,
        name: item.name,
        public: item.public,
        quorum: presentQuorum(results.get(item.id)!, at),
      })),
    });
  });

  return router;
}
