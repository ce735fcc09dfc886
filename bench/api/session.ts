/** Logs in like the dashboard does (CSRF token from /me, then POST /login) and returns the session cookie. */
export async function logIn(baseUrl: string, username: string, password: string): Promise<string> {
  const me = await fetch(`${baseUrl}/api/v1/auth/me`);
  if (!me.ok) throw new Error(`GET /api/v1/auth/me: ${me.status}`);
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  const anonymous = cookieFrom(me);
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie: anonymous },
    body: JSON.stringify({ username, password }),
  });
  if (!login.ok) throw new Error(`POST /api/v1/auth/login: ${login.status} ${await login.text()}`);
  return cookieFrom(login) || anonymous;
}

function cookieFrom(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((header) => header.split(';')[0])
    .join('; ');
}
