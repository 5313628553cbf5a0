/** A JSON value as a case file holds it. */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (x: unknown): x is JsonObject => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The same JSON value (objects compared key by key, in any order; `undefined` is "absent"). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a).filter((k) => a[k] !== undefined);
    return keys.length === Object.keys(b).filter((k) => b[k] !== undefined).length && keys.every((k) => sameJson(a[k], b[k]));
  }
  return false;
}

/**
 * Three-way merge of two edits of one case: what this tab holds (`ours`) and what another tab
 * saved (`theirs`), both made from `base`. A field changed on one side only takes that side's
 * value; a field both changed keeps this tab's, the one being typed in. Lists (payments, the
 * contact log) are merged whole: a list both sides changed keeps this tab's.
 */
export function mergeEdits(base: unknown, ours: unknown, theirs: unknown): unknown {
  if (sameJson(ours, theirs) || sameJson(base, theirs)) return ours;
  if (sameJson(base, ours)) return theirs;
  if (!isObject(ours) || !isObject(theirs)) return ours;
  const from = isObject(base) ? base : {};
  const merged: Record<string, unknown> = {};
  const keys = [...Object.keys(ours), ...Object.keys(theirs).filter((k) => !(k in ours))];
  for (const key of keys) {
    const value = mergeEdits(from[key], ours[key], theirs[key]);
    if (value !== undefined) merged[key] = value;
  }
  return merged;
}
