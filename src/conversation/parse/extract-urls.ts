import { claim, freshMatches, type Scan, spanOf } from './scan';

const URL_PATTERN = /<?\bhttps?:\/\/[^\s<>"]+>?/gi;

/** Trims punctuation that ends a sentence rather than the URL, keeping balanced parentheses. */
export function trimUrl(raw: string): string {
  let url = raw.replace(/^</, '').replace(/>$/, '');
  for (;;) {
    const last = url.at(-1);
    if (last === undefined) return url;
    if (/[.,;:!?'\]]/.test(last)) {
      url = url.slice(0, -1);
    } else if (last === ')' && (url.match(/\(/g)?.length ?? 0) < (url.match(/\)/g)?.length ?? 0)) {
      url = url.slice(0, -1);
    } else {
      return url;
    }
  }
}

/** Peels off http(s) URLs; any https URL is read as a link to an item (OneDrive, SharePoint or other). */
export function extractUrls(scan: Scan): void {
  for (const m of freshMatches(scan, URL_PATTERN)) {
    const url = trimUrl(m[0]);
    const start = m.index + (m[0].startsWith('<') ? 1 : 0);
    const end = start + url.length;
    if (url.length > 'https://'.length) {
      claim(scan, { kind: 'url', span: spanOf(scan, start, end), url });
    }
  }
}
