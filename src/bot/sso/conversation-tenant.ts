import type { Activity } from 'botbuilder';

/**
 * The Entra tenant a Teams conversation belongs to: `conversation.tenantId`, or Teams'
 * `channelData.tenant.id` (https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/conversation-basics).
 */
export function conversationTenantOf(activity: Partial<Activity>): string | undefined {
  const channelData = activity.channelData as { tenant?: { id?: unknown } } | undefined;
  const fromChannelData = typeof channelData?.tenant?.id === 'string' ? channelData.tenant.id : undefined;
  return activity.conversation?.tenantId || fromChannelData || undefined;
}

/** Compares Entra ids (GUIDs), ignoring case. */
export function sameEntraId(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
