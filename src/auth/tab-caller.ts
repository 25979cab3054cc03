/** Who called the tab API, by their Authorization header: a Graph token for them, or why there is none. */
export type TabCaller =
  | { ok: true; graphToken: string; userId?: string; name?: string; outsideTeams: boolean }
  | { ok: false; reason: 'signInRequired' | 'unavailable' };

/** Authenticates a tab API call (Teams SSO in Graph mode, LOCAL_USER in sandbox mode). */
export type IdentifyTabCaller = (authorization: string | undefined) => Promise<TabCaller>;
