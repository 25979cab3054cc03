import type { Log } from '../conversation/ports/log';

/** Where auth code reports events; never given tokens. It is Sharebot's one `Log` type. */
export type AuthLog = Log;

/** Discards every event. */
export const silentAuthLog: AuthLog = () => {};
