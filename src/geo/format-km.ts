/**
 * `1234567.891` with 1 decimal -> `1,234,567.9`: comma thousands, a point for
 * decimals, whatever the machine's locale (output is read by scripts and tests).
 */
export function groupThousands(value: number, decimals = 0): string {
  const [whole = '', fraction] = Math.abs(value).toFixed(decimals).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const sign = value < 0 && Number(whole + (fraction ?? '')) !== 0 ? '-' : '';
  return fraction === undefined ? `${sign}${grouped}` : `${sign}${grouped}.${fraction}`;
}

/** A length as the map's legend and scale bar print it: `1,234.5 km`. */
export function formatKm(km: number, decimals = 1): string {
  return `${groupThousands(km, decimals)} km`;
}
