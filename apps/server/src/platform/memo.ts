/**
 * A bounded memo for results that are a pure function of their key (a signature check keyed by
 * key, hash and signature; a catalog answer keyed by the published batch and the query). Nothing
 * is ever invalidated: a key that can change its answer must contain whatever changes it. Full, it
 * forgets its oldest entry. `YICI_CACHES=off` makes every memo compute each time (benchmarks print
 * both), which also shows a memo never changes an answer, only its cost.
 */
export type Memo<V> = {
  get(key: string, compute: () => V): V;
  readonly size: number;
  clear(): void;
};

export function createMemo<V>(options: { max: number; enabled: boolean }): Memo<V> {
  const entries = new Map<string, V>();
  return {
    get(key, compute) {
      if (!options.enabled) return compute();
      if (entries.has(key)) return entries.get(key)!;
      const value = compute();
      if (entries.size >= options.max) entries.delete(entries.keys().next().value!);
      entries.set(key, value);
      // A rejected promise is not an answer to keep (a lost connection, an unknown region).
      if (value instanceof Promise) value.catch(() => entries.delete(key));
      return value;
    },
    get size() {
      return entries.size;
    },
    clear() {
      entries.clear();
    },
  };
}
