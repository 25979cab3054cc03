import pino, { type DestinationStream } from 'pino';
import { PinoPretty } from 'pino-pretty';
import type { Log } from '../conversation/ports/log';
import type { LogFormat, LogLevel } from './log-settings';
import { currentTurnFields } from './turn-fields';

/**
 * Fields whose values are never written, whoever passes them: a token, a secret or a message's
 * words. Callers log lengths and kinds instead (the Log port's contract); this is the safety net.
 */
const redactedFields = [
  'token',
  'accessToken',
  'access_token',
  'authorization',
  'password',
  'secret',
  'text',
];

/**
 * The Log port on pino (https://getpino.io): `level`, `time` (ISO 8601) and `message` on every
 * line, the turn's `activityId` when the line is written during a turn, and the caller's detail.
 * Both formats write synchronously in this process (pino-pretty as a stream, not a worker
 * transport), so the last lines before a crash are not lost.
 */
export function createLog(options: {
  level: LogLevel;
  format: LogFormat;
  /** Where lines go; standard output when left out. */
  destination?: DestinationStream;
}): Log {
  const destination =
    options.format === 'pretty'
      ? PinoPretty({
          sync: true,
          colorize: options.destination ? false : Boolean(process.stdout.isTTY),
          messageKey: 'message',
          translateTime: 'SYS:HH:MM:ss.l',
          ignore: 'pid,hostname',
          singleLine: true,
          // Keeps `error` (a one-line summary here) on the line instead of as a block of its own.
          errorLikeObjectKeys: ['err'],
          destination: options.destination ?? 1,
        })
      : (options.destination ?? pino.destination({ dest: 1, sync: true }));
  const logger = pino(
    {
      level: options.level,
      messageKey: 'message',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => ({ ...currentTurnFields() }),
      redact: { paths: redactedFields.flatMap((field) => [field, `*.${field}`]), censor: '[redacted]' },
      serializers: { error: errorText },
    },
    destination,
  );
  return (level, message, detail) => {
    logger[level](detail ?? {}, message);
  };
}

/** An error as one short line: its name and message, never its stack. */
function errorText(error: unknown): unknown {
  return error instanceof Error ? `${error.name}: ${error.message}` : error;
}
