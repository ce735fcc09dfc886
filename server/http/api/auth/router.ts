import { Router } from 'express';
import type { Connection } from 'mongoose';
import type { Config } from '../../../config/env';
import { UserModel } from '../../../store/models/user';
import { csrfTokenFor } from '../../auth/csrf';
import { completeLogin, logOut, presentPrincipal, recordFailedLogin } from '../../auth/login-session';
import { loginRateLimit } from '../../auth/login-rate-limit';
import { sessionCookieName } from '../../auth/session';
import { verifyAgainstDummy, verifyPassword } from '../../../domain/access/password';
import { AppError, parse } from '../../errors';
import { loginBody } from './schemas';

export interface AuthApiDeps {
  config: Config;
  connection: Connection;
  clock: () => Date;
}

/** /api/v1/auth: local login, logout, and who am I (with the CSRF token for the dashboard). */
export function authApiRouter({ config, connection, clock }: AuthApiDeps): Router {
  const router = Router();

  router.get('/me', (req, res) => {
    res.set('Cache-Control', 'no-store');
    res.json({
      user: req.actor.kind === 'user' ? presentPrincipal(req.actor) : null,
      csrfToken: csrfTokenFor(req),
      loginMethods: { local: config.auth.localLogin, oidc: config.auth.oidc !== undefined },
    });
  });

  router.post('/login', loginRateLimit(config, connection), async (req, res) => {
    if (!config.auth.localLogin)
      throw new AppError('not_found', 'Die Anmeldung mit Passwort ist abgeschaltet.');
    const { username, password } = parse(loginBody, req.body, 'body');
    const user = await UserModel.findOne({ username }).select('+passwordHash').lean();
    const valid =
      user?.passwordHash && !user.disabled
        ? await verifyPassword(password, user.passwordHash)
        : await verifyAgainstDummy(password);
    if (!user || !valid) {
      await recordFailedLogin(req, 'local', 'wrong user name or password', { username });
      throw new AppError('invalid_credentials');
    }
    const { principal, csrfToken } = await completeLogin(req, user._id.toString(), 'local', clock());
    res.json({ user: presentPrincipal(principal), csrfToken });
  });

  router.post('/logout', async (req, res) => {
    await logOut(req);
    res.clearCookie(sessionCookieName(config), { path: '/' });
    res.status(204).end();
  });

  return router;
}
