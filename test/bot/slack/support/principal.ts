import type { Principal } from '../../../../server/domain/access/principal';
import { loadPrincipal } from '../../../../server/http/auth/principal-loader';

export async function principalFor(userId: string, now: Date): Promise<Principal> {
  const principal = await loadPrincipal(userId, now);
  if (!principal) throw new Error(`no principal for ${userId}`);
  return principal;
}
