import { parseMessage } from '../parse/parse-message';
import type { ParseContext, ParsedMessage } from '../parse/parsed-request';
import type { OpenQuestion } from './conversation-context';
import { fromPending, type ShareAsk } from './open-question';

/** An item Sharebot frames the answer with while reading people or a role; never looked up. */
const frameItem = 'placeholder.txt';

/**
 * Reads an answer to an open question into the completed request, or undefined when the answer
 * does not give what was asked (then Sharebot asks again). The answer is read as the missing part
 * of a share sentence ("share <answer>", "share … with <answer>", "… as <answer>"), so it is read
 * by the same parser as any request, mentions included.
 */
export function readAnswer(
  question: Exclude<OpenQuestion, { kind: 'pick' }>,
  text: string,
  parsed: ParsedMessage,
  context: ParseContext,
): ShareAsk | undefined {
  const pending = fromPending(question.pending);
  switch (question.kind) {
    case 'item': {
      const answer = parsed.intent === 'share' ? parsed : parseMessage(`share ${text}`, context);
      if (answer.intent !== 'share' || !answer.item) return undefined;
      return {
        ...pending,
        item: answer.item,
        recipients: [...pending.recipients, ...answer.recipients],
        role: answer.role.kind === 'unspecified' ? pending.role : answer.role,
      };
    }
    case 'recipients': {
      const answer =
        parsed.intent === 'share' && parsed.recipients.length > 0
          ? parsed
          : parseMessage(`share ${frameItem} with ${text}`, context);
      if (answer.intent !== 'share' || answer.recipients.length === 0) return undefined;
      return {
        ...pending,
        recipients: answer.recipients,
        role: answer.role.kind === 'unspecified' ? pending.role : answer.role,
      };
    }
    case 'role': {
      const role =
        parsed.intent === 'changeRole'
          ? parsed.role
          : (() => {
              const framed = parseMessage(
                `share ${frameItem} with someone as ${text.replace(/^as\s+/i, '')}`,
                context,
              );
              return framed.intent === 'share' ? framed.role : undefined;
            })();
      if (role?.kind !== 'role') return undefined;
      return { ...pending, role };
    }
  }
}
