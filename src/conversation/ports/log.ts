/** The one logger type of Sharebot; it never receives tokens or message text beyond what is needed to debug. */
export type Log = (
  level: 'info' | 'warn' | 'error',
  message: string,
  detail?: Record<string, unknown>,
) => void;
