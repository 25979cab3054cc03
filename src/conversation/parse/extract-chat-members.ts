import { claim, freshMatches, type Scan, spanOf } from './scan';

const PLACE = String.raw`(?:chat|channel|conversation|convo|group(?:\s+chat)?|thread|room)`;

const CHAT_MEMBERS = new RegExp(
  [
    String.raw`\b(?:every(?:one|body)|all(?:\s+(?:the\s+)?(?:people|members|participants|folks))?)\s+(?:in|on|of|from)\s+(?:this|the|our|here)\s+${PLACE}\b`,
    String.raw`\b(?:every(?:one|body)|all(?:\s+(?:the\s+)?(?:people|members|participants|folks))?)\s+(?:here|in\s+here)\b`,
    String.raw`\b(?:all\s+of\s+(?:you|us)|you\s+all|y'?all|you\s+guys|all\s+(?:${PLACE}\s+)?(?:members|participants))\b`,
    String.raw`\b(?:the\s+)?(?:whole|entire)\s+${PLACE}\b`,
    String.raw`\b(?:the\s+)?(?:members|participants|people)\s+(?:of|in)\s+(?:this|the)\s+${PLACE}\b`,
    String.raw`\bthis\s+${PLACE}\b`,
  ].join('|'),
  'gi',
);

const EVERYONE = String.raw`(?:every(?:one|body)|all(?:\s+(?:the\s+)?(?:people|members|folks))?)`;

/**
 * The team a channel belongs to, named as a whole: "everyone in this team", "the whole team", "all
 * the members of our team", "this team". Not "the team" or "our team" alone: those also start item
 * names ("the team folder"), and a group's own name is read as a name ("the design team").
 */
const TEAM_MEMBERS = new RegExp(
  [
    String.raw`\b${EVERYONE}\s+(?:in|on|of|from)\s+(?:this|the|our)\s+team\b`,
    String.raw`\b(?:the\s+)?(?:whole|entire)\s+team\b`,
    String.raw`\b(?:the\s+)?(?:members|people)\s+(?:of|in|on)\s+(?:this|the|our)\s+team\b`,
    String.raw`\ball\s+(?:the\s+)?team\s+members\b`,
    String.raw`\bthis\s+team\b`,
  ].join('|'),
  'gi',
);

/** Peels off "everyone in this chat", "everybody here", "all of you", "the whole chat" and the like. */
export function extractChatMembers(scan: Scan): void {
  for (const m of freshMatches(scan, TEAM_MEMBERS)) {
    claim(scan, { kind: 'chatMembers', span: spanOf(scan, m.index, m.index + m[0].length), team: true });
  }
  for (const m of freshMatches(scan, CHAT_MEMBERS)) {
    claim(scan, { kind: 'chatMembers', span: spanOf(scan, m.index, m.index + m[0].length) });
  }
}
