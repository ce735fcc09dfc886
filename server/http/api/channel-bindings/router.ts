import { Router } from 'express';
import { mayPickChatConversations, mayViewChannelBindings } from '../../../domain/access/principal';
import type { BindingStore } from '../../../domain/announcements/bind-channel';
import {
  bindConversation,
  listCommitteeBindings,
  listInstalledConversations,
  unbindCommitteeChannel,
} from '../../../domain/announcements/channel-bindings';
import type { ChannelDirectory } from '../../../domain/announcements/channel-directory';
import type { Stores } from '../../../domain/stores';
import { parse } from '../../errors';
import { refuse, requireCommitteeManager } from '../common/access';
import { auditFor } from '../common/audit';
import { presentBinding, presentConversation } from './presenter';
import { bindBody, bindingParams, committeeParams } from './schema';

export interface ChannelBindingsApiDeps {
  stores: Pick<Stores, 'committees' | 'audit'>;
  /** The same store the chat commands `binden` and `lösen` write through. */
  bindings: BindingStore;
  channels: ChannelDirectory;
}

const CONFIDENTIALITY_LABELS = { public: 'öffentlich', confidential: 'vertraulich' } as const;

/**
 * Mounted at `/api/v1`: the committee's bound chat channels and the chats the bot is installed in;
 * the office binds and unbinds through the same use cases as the chat commands.
 */
export function channelBindingsRouter(deps: ChannelBindingsApiDeps): Router {
  const { stores } = deps;
  const useCaseStores = { bindings: deps.bindings, channels: deps.channels, committees: stores.committees };
  const router = Router();

  router.get('/committees/:id/channel-bindings', async (req, res) => {
    const { id } = parse(committeeParams, req.params, 'params');
    if (!mayViewChannelBindings(req.actor, id)) throw refuse(req.actor);
    const bindings = await listCommitteeBindings(useCaseStores, req.actor, id);
    res.json({ items: bindings.map(presentBinding) });
  });

  router.get('/chat-conversations', async (req, res) => {
    if (!mayPickChatConversations(req.actor)) throw refuse(req.actor);
    const conversations = await listInstalledConversations(deps.channels, req.actor);
    res.json({ items: conversations.map(presentConversation) });
  });

  router.post('/committees/:id/channel-bindings', async (req, res) => {
    const { id } = parse(committeeParams, req.params, 'params');
    requireCommitteeManager(req, id);
    const { confidentiality, ...choice } = parse(bindBody, req.body, 'body');
    const { binding, committee } = await bindConversation(
      useCaseStores,
      req.actor,
      id,
      choice,
      confidentiality,
    );
    await auditFor(
      stores,
      req,
    )({
      action: 'create',
      entityType: 'ChannelBinding',
      entityId: binding.id,
      organization: id,
      summary: `Kanal „${binding.channelName ?? binding.channelId}“ an ${committee.shortName} gebunden (${CONFIDENTIALITY_LABELS[confidentiality]})`,
      details: { platform: binding.platform, channelId: binding.channelId, confidentiality },
    });
    res.status(201).json(presentBinding(binding));
  });

  router.delete('/committees/:id/channel-bindings/:bindingId', async (req, res) => {
    const { id, bindingId } = parse(bindingParams, req.params, 'params');
    requireCommitteeManager(req, id);
    const { binding, committee } = await unbindCommitteeChannel(useCaseStores, req.actor, id, bindingId);
    await auditFor(
      stores,
      req,
    )({
      action: 'delete',
      entityType: 'ChannelBinding',
      entityId: binding.id,
      organization: id,
      summary: `Bindung des Kanals „${binding.channelName ?? binding.channelId}“ an ${committee.shortName} gelöst`,
      details: { platform: binding.platform, channelId: binding.channelId },
    });
    res.status(204).end();
  });

  return router;
}
