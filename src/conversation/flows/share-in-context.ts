import { contextOwner } from '../context/context-owner';
import { questionFor, questionKindFor, type ShareAsk } from '../context/open-question';
import { afterShareTurn } from '../context/recent-shares';
import type { ChatTurn } from '../ports/chat-turn';
import type { FlowDeps } from '../ports/flow-deps';
import { startShare } from './start-share';

/**
 * Runs a share request and remembers the turn in the conversation context: the question asked
 * (so the answer completes the request), or the new card (pick cards stay an open question;
 * the request becomes the person's last share, which follow-ups act on).
 */
export async function shareInContext(turn: ChatTurn, request: ShareAsk, deps: FlowDeps): Promise<void> {
  const kind = questionKindFor(request);
  const started = await startShare(turn, request, deps);
  const asked = kind ? questionFor(kind, request) : undefined;
  await deps.contexts.update(contextOwner(turn), deps.now().getTime(), (context) =>
    afterShareTurn(context, asked, started),
  );
}
