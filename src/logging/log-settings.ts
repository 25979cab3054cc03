/** pino's levels, plus `silent` for none; the Log port writes info, warn and error. */
export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** A LOG_LEVEL value. */
export type LogLevel = (typeof logLevels)[number];

/** `json`: one JSON object per line (for machines); `pretty`: readable lines (for a terminal). */
export type LogFormat = 'json' | 'pretty';
