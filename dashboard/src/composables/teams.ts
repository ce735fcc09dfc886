/** The dashboard runs as a Teams personal tab when framed, or when opened with ?teams=1. */
export function isEmbeddedInTeams(win: Window = window): boolean {
  const requested = new URLSearchParams(win.location.search).get('teams') === '1';
  let framed = false;
  try {
    framed = win.parent !== win;
  } catch {
    framed = true; // a cross-origin parent may refuse even the comparison
  }
  return requested || framed;
}

/**
 * Initialises the Teams SDK (loaded only inside Teams, to keep the browser bundle small) and takes
 * over the Teams theme. Outside a Teams host the SDK rejects; the dashboard then stays as it is.
 */
export async function initTeams(onTheme: (theme: string) => void): Promise<boolean> {
  const { app } = await import('@microsoft/teams-js');
  try {
    await app.initialize();
  } catch (error) {
    console.warn('Teams SDK not available in this frame:', error);
    return false;
  }
  const context = await app.getContext();
  onTheme(context.app.theme);
  app.registerOnThemeChangeHandler(onTheme);
  app.notifySuccess();
  return true;
}
