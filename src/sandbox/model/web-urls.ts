import type { TenantInfo } from '../tenant/tenant-file';
import { hashHex } from './hash-ids';

/** The SharePoint host prefix of a tenant: "contoso" for contoso.onmicrosoft.com or contoso.com. */
export function tenantHostPrefix(tenant: TenantInfo): string {
  const initial = tenant.domains.find((d) => d.toLowerCase().endsWith('.onmicrosoft.com'));
  const domain = initial ?? tenant.domains[0] ?? 'contoso.com';
  return domain.split('.')[0].toLowerCase();
}

/** Percent-encodes each path segment the way SharePoint webUrls do (spaces as %20). */
export function encodeSegments(segments: string[]): string {
  return segments.map((s) => encodeURIComponent(s)).join('/');
}

/** "ana@contoso.com" -> "ana_contoso_com", the OneDrive for Business personal site name. */
export function personalSiteName(userPrincipalName: string): string {
  return userPrincipalName.toLowerCase().replace(/[^a-z0-9]/g, '_');
}

/** Web URL of a OneDrive for Business drive's document library. */
export function businessDriveWebUrl(tenant: TenantInfo, userPrincipalName: string): string {
  return `https://${tenantHostPrefix(tenant)}-my.sharepoint.com/personal/${personalSiteName(userPrincipalName)}/Documents`;
}

/** Web URL of a SharePoint document library; "Documents" lives at "Shared Documents". */
export function libraryWebUrl(tenant: TenantInfo, siteName: string, driveName: string): string {
  const listUrl = /^(shared )?documents$/i.test(driveName) ? 'Shared Documents' : driveName;
  return `https://${tenantHostPrefix(tenant)}.sharepoint.com/sites/${encodeURIComponent(siteName)}/${encodeURIComponent(listUrl)}`;
}

/** Web URL of a personal (consumer) OneDrive. */
export function personalDriveWebUrl(driveId: string): string {
  return `https://onedrive.live.com/?cid=${driveId}`;
}

/** Web URL of an item in a personal (consumer) OneDrive. */
export function personalItemWebUrl(itemId: string): string {
  return `https://onedrive.live.com/redir?resid=${encodeURIComponent(itemId)}`;
}

const typeLetters: Record<string, string> = {
  xlsx: 'x',
  xls: 'x',
  xlsm: 'x',
  csv: 'x',
  docx: 'w',
  doc: 'w',
  pptx: 'p',
  ppt: 'p',
  pdf: 'b',
  png: 'i',
  jpg: 'i',
  jpeg: 'i',
  gif: 'i',
  mp4: 'v',
  one: 'o',
};

/** The one-letter kind used in sharing-link URLs (x = workbook, w = document, f = folder, u = other). */
export function linkKindLetter(name: string, isFolder: boolean): string {
  if (isFolder) return 'f';
  const ext = name.includes('.') ? name.split('.').pop()?.toLowerCase() : undefined;
  return (ext && typeLetters[ext]) || 'u';
}

/** A sharing-link token: stable for a permission id, in the "E..." style of SharePoint links. */
export function linkToken(permissionId: string): string {
  return `E${Buffer.from(hashHex('link', permissionId), 'hex').toString('base64url').slice(0, 45)}`;
}

/**
 * A lookup key for a URL pasted in chat: host lower-cased, path percent-decoded and lower-cased,
 * trailing slash dropped; only `resid`/`id` of onedrive.live.com survive from the query.
 */
export function urlLookupKey(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  const segments = parsed.pathname.split('/').map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  });
  let path = segments.join('/').normalize('NFC').toLowerCase();
  if (path.endsWith('/')) path = path.slice(0, -1);
  const host = parsed.host.toLowerCase();
  const resid = parsed.searchParams.get('resid') ?? parsed.searchParams.get('id');
  const cid = parsed.searchParams.get('cid');
  if (host === 'onedrive.live.com' && resid) return `${host}?resid=${resid.toLowerCase()}`;
  if (host === 'onedrive.live.com' && cid) return `${host}?cid=${cid.toLowerCase()}`;
  return `${host}${path}`;
}
