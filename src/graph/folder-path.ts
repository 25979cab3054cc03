/**
 * Turns `parentReference.path` ("/drive/root:/Documents/sub") into a human breadcrumb
 * ("/Documents/sub"): everything up to the first `:` is the drive part (graph-contract §2.2).
 * Whether Graph percent-encodes the rest is UNCONFIRMED, so it is decoded only when it decodes
 * cleanly. Returns undefined when Graph gave no path (search hits on ODB/SharePoint, §3.1).
 */
export function folderPathFrom(path: string | null | undefined): string | undefined {
  if (typeof path !== 'string') return undefined;
  const colon = path.indexOf(':');
  if (colon === -1) return undefined;
  const rest = path.slice(colon + 1);
  const breadcrumb = rest.startsWith('/') ? rest : `/${rest}`;
  return decodeIfEncoded(breadcrumb);
}

function decodeIfEncoded(text: string): string {
  if (!/%[0-9A-Fa-f]{2}/.test(text)) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
