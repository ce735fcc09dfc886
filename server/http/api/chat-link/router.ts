import { Router } from 'express';
import { recordAudit } from '../../../store/audit';
import { createChatLinkCode } from '../../../store/chat/link-codes';
import { requirePrincipal } from '../common/access';

/**
 * Mounted at `/api/v1/me`: POST /chat-link-code gives the logged-in user a short-lived one-time
 * code to type into Teams or Slack (`verknüpfen <Code>`), linking the chat account to their Person.
 */
export function chatLinkRouter(clock: () => Date = () => new Date()): Router {
  const router = Router();
  router.post('/chat-link-code', async (req, res) => {
    const principal = requirePrincipal(req);
    const { code, expiresAt } = await createChatLinkCode(principal.userId, clock());
    await recordAudit({
      actor: principal,
      action: 'create',
      entityType: 'ChatLinkCode',
      entityId: principal.personId,
      summary: 'Code zum Verknüpfen eines Chat-Kontos erzeugt',
      requestId: String(req.id),
    });
    res.status(201).json({ code, expiresAt });
  });
  return router;
}
