import { type AdaptiveCard, adaptiveCardSchema } from './adaptive-card';
import { heading, textBlock } from './elements';
import { escapeMarkdown } from './escape';
import type { HelpCardModel } from './models';

/** Sentences Sharebot understands, shown verbatim (escaped) as examples. */
export const helpExamples: readonly string[] = [
  'share report.xlsx with Ana Lopez as editor',
  'give maria.k@contoso.com read-only access to the Onboarding folder, no email',
  "let the Design Team view 'Launch Deck v3.pptx' until Friday",
  'Priya Natarajan needs edit rights on /Finance/2027/plan.xlsx',
  'invite everyone in this chat to /Reports/2026/Q3/Q3 summary.docx, saying "please review by Monday"',
];

/** Sentences about sharing links, shown verbatim (escaped) as examples. */
export const linkExamples: readonly string[] = [
  'get me a link to report.xlsx',
  'send Lee Chen an edit link to report.xlsx',
  'a link to report.xlsx anyone can open until Friday',
  'which links does report.xlsx have?',
  'delete the anyone link on report.xlsx',
];

/** Sentences about who has access and taking it away, shown verbatim (escaped) as examples. */
export const accessExamples: readonly string[] = [
  'who has access to report.xlsx?',
  'remove Tom Baker from report.xlsx',
];
/** Sentences that change the role someone already has, shown verbatim (escaped) as examples. */
export const roleChangeExamples: readonly string[] = ['make Tom Baker an editor on report.xlsx'];

/** Sentences about access that ends and about what was shared, shown verbatim (escaped) as examples. */
export const timedAndHistoryExamples: readonly string[] = [
  'share report.xlsx with Lee Chen for 2 weeks',
  'what did I share this week?',
];

/** The help card: what Sharebot does, example sentences, and which roles it can grant. */
export function helpCard(model: HelpCardModel = {}): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: adaptiveCardSchema,
    version: '1.5',
    fallbackText:
      'Sharebot shares your OneDrive and SharePoint files. Try: share report.xlsx with Ana as editor.',
    body: [
      ...(model.lead ? [textBlock(escapeMarkdown(model.lead))] : []),
      heading('Sharebot shares your files'),
      textBlock(
        'Tell me what to share and with whom. I find the file in OneDrive or SharePoint and the people in ' +
          'your organisation, show you a card to check, and share only when you press Share.',
      ),
      textBlock('Try one of these:', { weight: 'bolder', spacing: 'medium' }),
      ...helpExamples.map((example) => textBlock(`“${escapeMarkdown(example)}”`, { spacing: 'small' })),
      textBlock('Sharing links:', { weight: 'bolder', spacing: 'medium' }),
      ...linkExamples.map((example) => textBlock(`“${escapeMarkdown(example)}”`, { spacing: 'small' })),
      textBlock('Who has access, and taking it away:', { weight: 'bolder', spacing: 'medium' }),
      ...accessExamples.map((example) => textBlock(`“${escapeMarkdown(example)}”`, { spacing: 'small' })),
      textBlock('Changing a role:', { weight: 'bolder', spacing: 'medium' }),
      ...roleChangeExamples.map((example) => textBlock(`“${escapeMarkdown(example)}”`, { spacing: 'small' })),
      textBlock('Access that ends, and what you shared:', { weight: 'bolder', spacing: 'medium' }),
      ...timedAndHistoryExamples.map((example) =>
        textBlock(`“${escapeMarkdown(example)}”`, { spacing: 'small' }),
      ),
      textBlock('You can also paste a link to a file instead of its name.', { spacing: 'medium' }),
      textBlock(
        'People can get view or edit access. I cannot make someone an owner: do that in OneDrive or ' +
          'SharePoint under Manage access.',
        { isSubtle: true },
      ),
    ],
  };
}
