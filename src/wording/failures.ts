import type { GraphFailure } from '../graph/port';
import { type UnchangedNote, unchangedSentence } from './unchanged';

/** What a person can be told about a failed Graph call: plain words, no codes or JSON. */
export interface FailureText {
  title: string;
  /** Why it failed, then what stayed as it was (nothing shared, or access kept). */
  text: string;
  /** True when trying again later may work (throttling, outages). */
  retryable: boolean;
}

/** What the failed call was for, so the explanation fits it. */
export interface FailureContext {
  /** What stayed as it was; default: nothing was shared. */
  unchanged?: UnchangedNote;
  /** Whether anyone the request names is outside the organisation (only then can policy on external sharing be the reason). */
  externalRecipients?: boolean;
}

/**
 * Plain-language explanation of a Graph failure known not to have changed anything
 * (docs/graph-notes.md §1.8, §5). A failure after which Graph may have acted never comes here
 * without the item's access being read first (see `mayHaveActed`).
 */
export function describeFailure(failure: GraphFailure, context: FailureContext = {}): FailureText {
  const reason = reasonFor(failure, context);
  return { ...reason, text: `${reason.text} ${unchangedSentence(context.unchanged ?? 'nothingShared')}` };
}

function reasonFor(failure: GraphFailure, context: FailureContext): FailureText {
  switch (failure.kind) {
    case 'forbidden':
      return {
        title: "You can't share this",
        text: context.externalRecipients
          ? "Microsoft 365 says you don't have the right to share this item, or your organisation's sharing policy doesn't allow sharing it with people outside the organisation. Ask the file's owner, or an admin."
          : "Microsoft 365 says you don't have the right to share this item, or your organisation's sharing policy blocks it. Ask the file's owner to share it, or to give you edit access first.",
        retryable: false,
      };
    case 'notFound':
      return {
        title: 'Not found',
        text: failure.message.toLowerCase().includes('recipient')
          ? "One of the people couldn't be found in your organisation's directory. Try their email address."
          : 'The file or folder is gone, or you can no longer see it. It may have been moved, renamed or deleted.',
        retryable: false,
      };
    case 'invalid':
      return {
        title: "Microsoft 365 didn't accept this share",
        text: invalidText(failure),
        retryable: false,
      };
    case 'throttled':
    case 'unavailable': {
      const wait = Math.max(1, Math.ceil(failure.retryAfterSeconds ?? 30));
      return {
        title: 'Microsoft 365 is busy',
        text: `Microsoft 365 asked us to slow down. Try again in ${wait} second${wait === 1 ? '' : 's'}.`,
        retryable: true,
      };
    }
    case 'unauthenticated':
      return {
        title: 'Please sign in again',
        text: 'Your sign-in has expired. Send your request again and sign in when asked.',
        retryable: false,
      };
    case 'network':
      return {
        title: "Can't reach Microsoft 365",
        text: 'Sharebot could not reach Microsoft 365 just now. Try again in a minute.',
        retryable: true,
      };
    default:
      return {
        title: 'Microsoft 365 had a problem',
        text: context.externalRecipients
          ? 'Microsoft 365 reported an unexpected error, so Sharebot stopped. Someone here is outside your organisation; your sharing policy may not allow them.'
          : 'Microsoft 365 reported an unexpected error, so Sharebot stopped. Try again in a few minutes.',
        retryable: false,
      };
  }
}

function invalidText(failure: GraphFailure): string {
  const code = `${failure.code} ${failure.innerCode ?? ''}`.toLowerCase();
  if (code.includes('securesharing')) {
    return 'Some of these people cannot be invited securely from a personal OneDrive. Share it from OneDrive, or invite their personal Microsoft account.';
  }
  return "The request broke one of your organisation's sharing rules, or an option isn't available for this kind of drive (for example an expiry or a password).";
}
