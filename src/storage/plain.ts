/**
 * What goes to IndexedDB must survive the structured clone. Svelte 5 `$state` (and the props Astro
 * hands an island, which it keeps in `$state`) are Proxies, and a Proxy cannot be cloned: the browser
 * throws DataCloneError on `put`. xstate snapshots may also hold actor references. So every value is
 * turned into plain JSON data before it is stored.
 */
export type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

/** A deep copy as plain JSON data: proxies unwrapped, functions and `undefined` dropped. */
export function toPlain<T>(value: T): T {
  if (value === undefined) return value;
  return JSON.parse(JSON.stringify(value)) as T;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Deep equality of plain data (key order ignored). */
export function samePlain(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => samePlain(x, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => key in b && samePlain(a[key], b[key]));
  }
  return false;
}

/**
 * Three-way merge of plain data, as two tabs need it: `base` is what this tab last read from storage,
 * `mine` what it has now, `theirs` what another tab stored meanwhile. Objects merge key by key, so
 * two tabs that placed different cards or answered different questions both keep their work;
 * anything else (a value, a list) is taken from the side that changed it, and from `mine` when both
 * did (this tab's change is the newest write).
 */
export function mergePlain<T>(base: unknown, mine: T, theirs: unknown): T {
  if (samePlain(mine, base)) return theirs as T;
  if (samePlain(theirs, base) || samePlain(theirs, mine)) return mine;
  if (isRecord(mine) && isRecord(theirs)) {
    const from = isRecord(base) ? base : {};
    const merged: Record<string, unknown> = {};
    for (const key of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
      const value = mergePlain(from[key], mine[key], theirs[key]);
      if (value !== undefined) merged[key] = value;
    }
    return merged as T;
  }
  return mine;
}
