/**
 * Detection sees the same addresses, domains and reason phrases across thousands of events:
 * each is worked out once per distinct key, in caches that are emptied when they grow past
 * `max` (a calendar's working set is far smaller; a pathological one cannot exhaust memory).
 */

/** cache's value for key, computing and keeping it (with `make`) on a miss. */
export function cached<V>(cache: Map<string, V>, key: string, make: (key: string) => V, max = 5000): V {
  let v = cache.get(key);
  if (v === undefined) {
    v = make(key);
    if (cache.size >= max) cache.clear();
    cache.set(key, v);
  }
  return v;
}
