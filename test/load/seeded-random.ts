/**
 * Numbers in [0, 1) from a seed: a 32-bit linear congruential generator (the multiplier and
 * increment of Numerical Recipes), plenty for choosing what a load conversation does next, and
 * the same choices again for the same seed.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
