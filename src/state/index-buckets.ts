/**
 * Waits a random time before the next compare-and-set, up to a ceiling that doubles per try
 * (5 ms, 10 ms, ... at most 250 ms): writers that collided spread out instead of colliding again at
 * once. Without it, 100 shares at once on Blob storage exhausted the tries for about 5 % of them.
 */
export async function backOff(attempt: number): Promise<void> {
  const ceiling = Math.min(250, 5 * 2 ** attempt);
  await new Promise((resolve) => setTimeout(resolve, Math.random() * ceiling));
}

/** A stable bucket for an id: a small string hash, so the same id always lands in the same bucket. */
export function bucketOf(id: string, bucketCount: number): number {
  let hash = 0;
  for (let i = 0; i < id.length; i++) hash = (hash * 31 + id.charCodeAt(i)) >>> 0;
  return hash % bucketCount;
}
