const units = ['KB', 'MB', 'GB', 'TB'];

/** A file size as people read it: "512 bytes", "24 KB", "1.5 MB" (1 KB = 1024 bytes, as OneDrive shows). */
export function formatSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return 'unknown size';
  if (bytes < 1024) return bytes === 1 ? '1 byte' : `${Math.round(bytes)} bytes`;
  let value = bytes;
  let unit = 0;
  do {
    value /= 1024;
    unit++;
  } while (value >= 1024 && unit < units.length);
  const rounded = value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
  // 1023.7 KB rounds to 1024 KB; show the next unit instead.
  if (rounded >= 1024 && unit < units.length) return `1 ${units[unit]}`;
  return `${rounded} ${units[unit - 1]}`;
}
