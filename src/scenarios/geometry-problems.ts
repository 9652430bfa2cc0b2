/**
 * The geometry code lists the first 100 problems of a line and counts the
 * rest; the count becomes one problem of its own, so that a file with
 * thousands of bad points says how many there were without listing them all.
 */

/** What the count problem expected. */
export const NO_MORE_PROBLEMS = 'no more problems';

/** `1 more problem, not listed`, `250 more problems, not listed`. */
export function moreProblems(count: number): string {
  return `${count.toLocaleString('en-US')} more ${count === 1 ? 'problem' : 'problems'}, not listed`;
}
