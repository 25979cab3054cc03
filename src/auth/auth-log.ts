/** Where auth code reports events; never given tokens. Same shape as the flows' `Log`. */
export type AuthLog = (
  level: 'info' | 'warn' | 'error',
  message: string,
  detail?: Record<string, unknown>,
) => void;

/** Discards every event. */
export const silentAuthLog: AuthLog = () => {};
