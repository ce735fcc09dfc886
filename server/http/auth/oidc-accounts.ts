import type { Logger } from 'pino';
import { UserModel } from '../../store/models/user';

export interface OidcIdentity {
  issuer: string;
  subject: string;
  email?: string;
  emailVerified?: boolean;
  name?: string;
}

export type AccountMatch =
  { outcome: 'found' | 'linked' | 'created'; userId: string } | { outcome: 'disabled' | 'unknown' };

/**
 * Finds the user for an OIDC identity: by issuer+subject; else, on first login, the one not yet
 * linked account with the same e-mail address; else a new `member` account when auto-provisioning
 * is on. Anything ambiguous is refused rather than guessed.
 */
export async function matchOidcAccount(
  identity: OidcIdentity,
  { autoProvision, logger }: { autoProvision: boolean; logger: Logger },
): Promise<AccountMatch> {
  const linked = await UserModel.findOne({
    oidcIssuer: identity.issuer,
    oidcSubject: identity.subject,
  }).lean();
  if (linked)
    return linked.disabled ? { outcome: 'disabled' } : { outcome: 'found', userId: linked._id.toString() };

  const email = identity.emailVerified === false ? undefined : identity.email?.trim().toLowerCase();
  if (email) {
    const candidates = await UserModel.find({ email, oidcSubject: { $exists: false } })
      .limit(2)
      .lean();
    if (candidates.length > 1) {
      logger.warn({ email }, 'several accounts share this e-mail address; not linking the OIDC login to any');
      return { outcome: 'unknown' };
    }
    const [candidate] = candidates;
    if (candidate) {
      if (candidate.disabled) return { outcome: 'disabled' };
      await UserModel.updateOne(
        { _id: candidate._id, oidcSubject: { $exists: false } },
        { $set: { oidcIssuer: identity.issuer, oidcSubject: identity.subject } },
      );
      return { outcome: 'linked', userId: candidate._id.toString() };
    }
  }

  if (!autoProvision || !email) return { outcome: 'unknown' };
  const created = await UserModel.create({
    username: email,
    displayName: identity.name ?? email,
    email,
    oidcIssuer: identity.issuer,
    oidcSubject: identity.subject,
    roles: ['member'],
  });
  return { outcome: 'created', userId: created._id.toString() };
}
