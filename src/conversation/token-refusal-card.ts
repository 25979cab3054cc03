import type { TokenRefusal } from '../auth/token-source';
import type { AdaptiveCard } from '../cards/adaptive-card';
import { noticeCard } from '../cards/notice-card';
import { tokenRefusalReply } from '../wording/replies';

/** The card answering a click when Sharebot cannot act in Microsoft 365 for the clicker. */
export function tokenRefusalCard(refusal: TokenRefusal): AdaptiveCard {
  return noticeCard({ title: "Couldn't act for you", text: tokenRefusalReply(refusal), tone: 'warning' });
}
