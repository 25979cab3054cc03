/**
 * Turns a pasted OneDrive/SharePoint sharing URL into a `/shares/{token}` id:
 * "u!" + unpadded base64url of the URL's UTF-8 bytes (graph-contract §3.3).
 */
export function encodeSharingUrl(url: string): string {
  return `u!${Buffer.from(url.trim(), 'utf8').toString('base64url')}`;
}
