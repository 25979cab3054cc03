/**
 * Whether a Storage write was refused because the item changed since it was read: MemoryStorage
 * and SqliteStorage reject with an Error naming the eTag; Blob and Cosmos storage answer 412.
 */
export function isETagConflict(error: unknown): boolean {
  if (error instanceof Error && /etag/i.test(error.message)) return true;
  return (error as { statusCode?: number } | undefined)?.statusCode === 412;
}
