import { Router } from 'express';
import type { Actor } from '../../domain/access/principal';
import { requireUser } from '../auth/actor';
import { FeedTokenModel } from '../../store/models/feed-token';
import { hashFeedToken, newFeedToken } from './feed-token-hash';

export interface FeedTokenDeps {
  clock: () => Date;
  publicUrl: URL;
}

/**
 * /api/v1/me/feed-token: the logged-in user's personal feed address. Creating a new one revokes the
 * previous; the token is shown once and only its hash is stored.
 */
export function createFeedTokenRouter({ clock, publicUrl }: FeedTokenDeps): Router {
  const router = Router();
  router.use(requireUser());
  const userIdOf = (actor: Actor) => (actor.kind === 'user' ? actor.userId : '');

  router.get('/', async (req, res) => {
    const active = await FeedTokenModel.findOne({ user: userIdOf(req.actor), revokedAt: null }).lean();
    res.set('Cache-Control', 'no-store');
    res.json({
      active: Boolean(active),
      createdAt: active?.createdAt ?? null,
      lastUsedAt: active?.lastUsedAt ?? null,
    });
  });

  router.post('/', async (req, res) => {
    const user = userIdOf(req.actor);
    await FeedTokenModel.updateMany({ user, revokedAt: null }, { $set: { revokedAt: clock() } });
    const token = newFeedToken();
    await FeedTokenModel.create({ user, tokenHash: hashFeedToken(token) });
    res.set('Cache-Control', 'no-store');
    res.status(201).json({ url: new URL(`/feeds/personal/${token}.ics`, publicUrl).toString() });
  });

  router.delete('/', async (req, res) => {
    await FeedTokenModel.updateMany(
      { user: userIdOf(req.actor), revokedAt: null },
      { $set: { revokedAt: clock() } },
    );
    res.status(204).end();
  });

  return router;
}
