import { createHash } from 'node:crypto';

/** Hex SHA-256 of the given parts joined by a separator that cannot appear in names. */
export function hashHex(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex');
}

/** A GUID-shaped id derived from the parts, so it is the same on every start. */
export function stableGuid(...parts: string[]): string {
  const h = hashHex(...parts);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const base32Alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** An item id in the 34-character style of OneDrive for Business and SharePoint ("01" + base32). */
export function businessItemId(...parts: string[]): string {
  const bytes = createHash('sha256').update(parts.join('\u0000')).digest();
  let out = '01';
  for (let i = 0; out.length < 34; i++) out += base32Alphabet[bytes[i] % 32];
  return out;
}

/** A business or SharePoint drive id in the `b!` + base64url style. */
export function businessDriveId(...parts: string[]): string {
  const bytes = createHash('sha256').update(parts.join('\u0000')).digest();
  const more = createHash('sha256').update(bytes).digest();
  return `b!${Buffer.concat([bytes, more]).toString('base64url').slice(0, 64)}`;
}

/** A personal drive id: 16 lower-case hex characters, like a Microsoft account CID. */
export function personalDriveId(...parts: string[]): string {
  return hashHex(...parts).slice(0, 16);
}

/** A personal item id: `CID!n` with a number derived from the parts. */
export function personalItemId(driveId: string, ...parts: string[]): string {
  const n = Number.parseInt(hashHex(driveId, ...parts).slice(0, 7), 16) % 900000;
  return `${driveId.toUpperCase()}!${n + 100}`;
}
