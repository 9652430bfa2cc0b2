/**
 * Suggestions for misspelt names ("did you mean density?"): the closest known
 * name by edit distance, or the one that differs only in case.
 */

/** Names longer than this are not compared: a 1 MB key should not cost a 1 MB x 1 MB table. */
const MAX_COMPARED_LENGTH = 64;

/** Levenshtein distance: insertions, deletions and substitutions, each costing 1. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The known name `input` most likely meant: one equal but for case, else the
 * nearest within a third of its length (at least 1, so `sector` finds
 * `sectors` and `lenght` finds `length`); null when nothing is close.
 */
export function closestName(input: string, names: readonly string[]): string | null {
  if (input.length > MAX_COMPARED_LENGTH) return null;
  const lower = input.toLowerCase();
  const sameButCase = names.find((name) => name.toLowerCase() === lower);
  if (sameButCase !== undefined) return sameButCase;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const name of names) {
    const distance = editDistance(lower, name.toLowerCase());
    const allowed = Math.max(1, Math.floor(name.length / 3));
    if (distance <= allowed && distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  return best;
}
