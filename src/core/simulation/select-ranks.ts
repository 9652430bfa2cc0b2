/**
 * The values at given ranks of an array, as if it were sorted, in linear
 * expected time: Hoare's FIND (quickselect) with a median-of-three pivot, as
 * `select` in Numerical Recipes (section 8.5), and a full sort of what is
 * left should the partitions ever stop shrinking. Sorting a million samples
 * to read three percentiles took a tenth of a second per figure; selecting
 * them takes about a tenth of that.
 */

function swap(values: Float64Array, a: number, b: number): void {
  const held = values[a]!;
  values[a] = values[b]!;
  values[b] = held;
}

/**
 * Places the value of 0-based rank `target` at `target`, smaller or equal
 * values before it and larger or equal after, searching `values[low..high]`
 * (whose values are all at least those before `low`).
 */
function selectWithin(values: Float64Array, target: number, low: number, high: number): void {
  // Partitions at least halve on average; this many rounds means an unlucky run, and sorting ends it.
  let rounds = 4 * Math.ceil(Math.log2(high - low + 2)) + 16;
  while (high > low + 1) {
    if (rounds === 0) {
      values.subarray(low, high + 1).sort();
      return;
    }
    rounds -= 1;
    // Median of three: values[low] <= values[low + 1] <= values[high]; the middle one is the pivot.
    swap(values, (low + high) >> 1, low + 1);
    if (values[low]! > values[high]!) swap(values, low, high);
    if (values[low + 1]! > values[high]!) swap(values, low + 1, high);
    if (values[low]! > values[low + 1]!) swap(values, low, low + 1);
    const pivot = values[low + 1]!;
    let i = low + 1;
    let j = high;
    // values[low] <= pivot and values[high] >= pivot stop the scans without bounds checks.
    for (;;) {
      do i += 1;
      while (values[i]! < pivot);
      do j -= 1;
      while (values[j]! > pivot);
      if (j < i) break;
      swap(values, i, j);
    }
    values[low + 1] = values[j]!;
    values[j] = pivot;
    if (j >= target) high = j - 1;
    if (j <= target) low = i;
  }
  if (high === low + 1 && values[high]! < values[low]!) swap(values, low, high);
}

/**
 * The value of rank `ranks[i]` (1-based) for each i, reordering `values` in
 * place (its contents are kept, their order is not). Ranks must lie in
 * 1..values.length. Deterministic: the same values in the same order give
 * the same result and the same final order.
 */
export function selectRanks(values: Float64Array, ranks: readonly number[]): number[] {
  const order = [...ranks.keys()].sort((a, b) => (ranks[a] ?? 0) - (ranks[b] ?? 0));
  const found = ranks.map(() => Number.NaN);
  // Everything before `from` is at most the value of the ranks found so far.
  let from = 0;
  for (const which of order) {
    const target = (ranks[which] ?? 0) - 1;
    if (!(target >= 0 && target < values.length)) throw new RangeError(`rank ${target + 1} of ${values.length} values`);
    selectWithin(values, target, Math.min(from, target), values.length - 1);
    found[which] = values[target]!;
    from = target;
  }
  return found;
}
