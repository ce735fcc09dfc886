import { computed, reactive } from 'vue';
import { fetchSession, logIn, logOut } from '../api/session';
import type { SessionUser } from '../api/types';

/** The one session state of the app, loaded once per page load (GET /api/v1/auth/me). */
const state = reactive({
  loaded: false,
  user: null as SessionUser | null,
  loginMethods: { local: true, oidc: false },
});
let loading: Promise<void> | null = null;

export function loadSession(): Promise<void> {
  loading ??= fetchSession().then((session) => {
    state.user = session.user;
    if (session.loginMethods) state.loginMethods = session.loginMethods;
    state.loaded = true;
  });
  return loading;
}

/** For tests: start over with a given user. */
export function resetSession(user: SessionUser | null = null): void {
  state.user = user;
  state.loaded = true;
  loading = Promise.resolve();
}

export function canManageCommittee(user: SessionUser | null, committeeId: string): boolean {
  if (!user) return false;
  if (user.roles.includes('admin')) return true;
  return user.roles.includes('office') && (user.officeCommitteeIds ?? []).includes(committeeId);
}

export function useSession() {
  return {
    state,
    isLoggedIn: computed(() => state.user !== null),
    /** Known to be a visitor without login (false while the session is still loading). */
    isVisitor: computed(() => state.loaded && state.user === null),
    canManage: (committeeId: string) => canManageCommittee(state.user, committeeId),
    async logIn(username: string, password: string) {
      state.user = await logIn(username, password);
    },
    async logOut() {
      await logOut();
      state.user = null;
    },
  };
}
