import { PackageError } from './package-error';
import { decodePng, readPngSize } from './png-image';

/** What Teams requires of the two icons (https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/apps-package#app-icons). */
export const ICON_SIZES = { color: 192, outline: 32 } as const;

/** Whether a PNG can show transparency and does: a tRNS chunk, or an alpha channel with a pixel below 255. */
export function hasTransparency(bytes: Buffer): boolean {
  for (let offset = 8; offset + 8 <= bytes.length; ) {
    const length = bytes.readUInt32BE(offset);
    if (bytes.toString('ascii', offset + 4, offset + 8) === 'tRNS') return true;
    offset += length + 12;
  }
  const colorType = bytes[25];
  if (colorType !== 4 && colorType !== 6) return false;
  const { rgba } = decodePng(bytes);
  for (let i = 3; i < rgba.length; i += 4) if (rgba[i] < 255) return true;
  return false;
}

/** Checks one icon's size (and the outline's transparency), throwing one line that names the file. */
export function checkIcon(kind: keyof typeof ICON_SIZES, file: string, bytes: Buffer): void {
  let size: { width: number; height: number };
  try {
    size = readPngSize(bytes);
  } catch (error) {
    throw new PackageError(`${file} (the ${kind} icon) is ${(error as Error).message}.`);
  }
  const wanted = ICON_SIZES[kind];
  if (size.width !== wanted || size.height !== wanted) {
    throw new PackageError(
      `${file} (the ${kind} icon) is ${size.width}x${size.height}; Teams needs ${wanted}x${wanted}.`,
    );
  }
  if (kind === 'outline' && !hasTransparency(bytes)) {
    throw new PackageError(
      `${file} (the outline icon) has no transparency; Teams needs white on a transparent background.`,
    );
  }
}
