/**
 * Runs `work` over `items`, at most `limit` at a time (1: one after another, in order). An error
 * in one item rejects the whole once the lanes already running have settled their current item.
 */
export async function inParallel<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length) await work(items[next++]!);
  });
  await Promise.all(lanes);
}
