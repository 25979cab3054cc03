import { escapeMarkdown } from './escape';

/**
 * Returns the URL normalised when it is an absolute http(s) URL without embedded credentials,
 * else undefined. Credentials are refused because `https://contoso.com@evil.example` reads as
 * a trusted host while pointing elsewhere.
 */
export function safeHttpUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  if (parsed.username || parsed.password) return undefined;
  return parsed.href;
}

/** Percent-encodes the characters that would end or escape a markdown link destination. */
function encodeLinkDestination(href: string): string {
  return href.replace(/[()\\<> ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/**
 * A markdown link whose text is escaped and whose target is a validated http(s) URL; just the
 * escaped text when the URL is not safe to link.
 */
export function markdownLink(text: string, url: string | undefined): string {
  const label = escapeMarkdown(text);
  const href = safeHttpUrl(url);
  return href ? `[${label}](${encodeLinkDestination(href)})` : label;
}
