import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { TenantFile, TenantItem } from '../../src/sandbox/tenant/tenant-file';
import type { Participant, TestConversation } from '../support/teams-people';

/** A file a requester shares from their own OneDrive. */
export interface LoadItem {
  /** The drive owner, who asks for the share. */
  ownerId: string;
  name: string;
  /** The path in the owner's drive, e.g. /Finance/2026/budget.xlsx. */
  path: string;
  /** The parent folder's path, as the cards' "Location:" line shows it ("/" at the root). */
  folder: string;
}

/** One share a conversation can ask for: a file and one or two people; no other conversation shares this file with them. */
export interface ShareBlock {
  item: LoadItem;
  recipients: Participant[];
}

/** One load conversation: its requester, its Teams conversation and the shares it owns. */
export interface CastConversation {
  index: number;
  requester: Participant;
  conversation: TestConversation;
  blocks: ShareBlock[];
}

const demoTenantFile = path.resolve(__dirname, '../../env/demo-tenant.json');

/**
 * File names the load conversations leave out: the parser reads a person's name inside them
 * ("1-1 Priya.docx"), so the sentence is about something else. The conversation tests cover them.
 */
const awkwardNames = new Set(['1-1 Priya.docx']);

/**
 * Splits the demo tenant's shares into `count` conversations: each requester is a member who owns
 * a work OneDrive with files, conversations go to requesters in proportion to how much they can
 * share (at least one each while there are enough), and every (file, recipient) pair belongs to
 * one conversation only. So what one conversation shares, undoes or is told can be checked against
 * the sandbox's permissions without another conversation changing them meanwhile. Pairs the tenant
 * file already grants are left out: every share in the run is a new one.
 */
export function castConversations(count: number, tenantFile = demoTenantFile): CastConversation[] {
  const tenant = JSON.parse(readFileSync(tenantFile, 'utf8')) as TenantFile;
  const members = tenant.users.filter((user) => (user.userType ?? 'Member') === 'Member');
  const participant = (id: string): Participant => {
    const user = members.find((candidate) => candidate.id === id);
    if (!user) throw new Error(`no member ${id} in ${tenantFile}`);
    return { aadObjectId: user.id, name: user.displayName, email: user.mail ?? user.userPrincipalName };
  };
  const owners = tenant.drives
    .filter((drive) => drive.driveType === 'business' && 'user' in drive.owner)
    .map((drive) => {
      const ownerId = (drive.owner as { user: string }).user;
      const files = filesOf(drive.items, '').filter(({ item }) => !awkwardNames.has(item.name));
      const blocks = files.flatMap(({ item, folder }, fileIndex) => {
        const already = new Set((item.permissions ?? []).map((permission) => permission.grantedTo));
        const others = members.filter((m) => m.id !== ownerId && !already.has(m.id));
        // Rotate per file so the same two people are not always asked together.
        const rotated = others.map((_, n) => others[(n + fileIndex * 3) % others.length]);
        const loadItem: LoadItem = {
          ownerId,
          name: item.name,
          path: `${folder === '/' ? '' : folder}/${item.name}`,
          folder,
        };
        const pairs: ShareBlock[] = [];
        for (let n = 0; n < rotated.length; n += 2) {
          pairs.push({
            item: loadItem,
            recipients: rotated.slice(n, n + 2).map((m) => participant(m.id)),
          });
        }
        return pairs;
      });
      return { requester: participant(ownerId), blocks };
    })
    .filter((owner) => owner.blocks.length > 0)
    .sort((a, b) => b.blocks.length - a.blocks.length);
  const chosen = owners.slice(0, Math.min(count, owners.length));
  const shares = conversationsPerOwner(
    chosen.map((owner) => owner.blocks.length),
    count,
  );
  const cast: CastConversation[] = [];
  chosen.forEach((owner, ownerIndex) => {
    const conversations = shares[ownerIndex];
    for (let n = 0; n < conversations; n++) {
      const index = cast.length;
      cast.push({
        index,
        requester: owner.requester,
        conversation: { id: `a:load-${index}-${owner.requester.aadObjectId}`, type: 'personal' },
        blocks: owner.blocks.filter((_, blockIndex) => blockIndex % conversations === n),
      });
    }
  });
  return cast;
}

/** One conversation each, then the rest in proportion to `weights` (largest remainders). */
function conversationsPerOwner(weights: number[], count: number): number[] {
  const counts = weights.map(() => 1);
  const rest = count - weights.length;
  if (rest <= 0) return counts;
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const exact = weights.map((weight) => (weight / total) * rest);
  exact.forEach((share, n) => {
    counts[n] += Math.floor(share);
  });
  const left = count - counts.reduce((sum, n) => sum + n, 0);
  const byRemainder = exact
    .map((share, n) => ({ n, remainder: share - Math.floor(share) }))
    .sort((a, b) => b.remainder - a.remainder);
  for (let k = 0; k < left; k++) counts[byRemainder[k % byRemainder.length].n] += 1;
  return counts;
}

function filesOf(items: TenantItem[], parent: string): { item: TenantItem; folder: string }[] {
  return items.flatMap((item) =>
    item.children
      ? filesOf(item.children, `${parent}/${item.name}`)
      : [{ item, folder: parent === '' ? '/' : parent }],
  );
}
