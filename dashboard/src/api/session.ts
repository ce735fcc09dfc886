import { get, post, setCsrfToken } from './client';
import type { SessionInfo, SessionUser } from './types';

export async function fetchSession(): Promise<SessionInfo> {
  const session = await get<SessionInfo>('/api/v1/auth/me');
  setCsrfToken(session.csrfToken);
  return session;
}

export async function logIn(username: string, password: string): Promise<SessionUser> {
  const result = await post<{ user: SessionUser; csrfToken: string }>('/api/v1/auth/login', {
    username,
    password,
  });
  setCsrfToken(result.csrfToken);
  return result.user;
}

export async function logOut(): Promise<void> {
  await post<void>('/api/v1/auth/logout');
}
