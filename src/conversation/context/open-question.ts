import type { ParsedMessage, RecipientRef, Span } from '../parse/parsed-request';
import type { ResolvedRecipient } from '../share-request';
import type { OpenQuestion, PendingShare } from './conversation-context';

/** A parsed share request. */
export type ShareAsk = Extract<ParsedMessage, { intent: 'share' }>;

/**
 * The question `startShare` asks before any lookup, if it asks one, in its order (a role it
 * cannot give, then the item, then the people). An owner role is refused, not asked.
 */
export function questionKindFor(request: ShareAsk): 'item' | 'recipients' | 'role' | undefined {
  if (request.role.kind === 'owner') return undefined;
  if (request.role.kind === 'unsupported' || request.role.kind === 'conflict') return 'role';
  if (!request.item) return 'item';
  if (request.otherItems && request.otherItems.length > 0) return undefined;
  if (request.recipients.length === 0) return 'recipients';
  return undefined;
}

/** The open question for a request that `questionKindFor` says is asked. */
export function questionFor(kind: 'item' | 'recipients' | 'role', request: ShareAsk): OpenQuestion {
  return { kind, pending: toPending(request) };
}

/** A request as JSON for storage (the expiry's Date as an ISO string). */
export function toPending(request: ShareAsk): PendingShare {
  const { expiration, ...options } = request.options;
  return {
    ...(request.item ? { item: request.item } : {}),
    recipients: request.recipients,
    role: request.role,
    options: {
      ...options,
      ...(expiration ? { expiration: { at: expiration.at.toISOString(), words: expiration.words } } : {}),
    },
  };
}

/** A stored request back as a share request. */
export function fromPending(pending: PendingShare): ShareAsk {
  const { expiration, ...options } = pending.options;
  return {
    intent: 'share',
    ...(pending.item ? { item: pending.item } : {}),
    recipients: pending.recipients,
    role: pending.role,
    options: {
      ...options,
      ...(expiration ? { expiration: { at: new Date(expiration.at), words: expiration.words } } : {}),
    },
  };
}

/** A span for a reference Sharebot made up (not typed by the person). */
const noSpan = (text: string): Span => ({ start: 0, end: 0, text });

/**
 * The people of an earlier share as recipients of a new request: by address when they have one
 * (an address finds exactly that person again), else by their full display name.
 */
export function recipientsAgain(recipients: ResolvedRecipient[]): RecipientRef[] {
  return recipients.map(({ person }): RecipientRef => {
    const email = person.email ?? person.userPrincipalName;
    return email
      ? { kind: 'email', email, span: noSpan(email) }
      : { kind: 'name', text: person.displayName, span: noSpan(person.displayName) };
  });
}

/** The item of an earlier share as a reference that finds exactly it again: its web address. */
export function itemAgain(webUrl: string): ShareAsk['item'] {
  return { kind: 'url', url: webUrl, span: noSpan(webUrl) };
}
