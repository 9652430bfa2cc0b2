/**
 * Relative tolerance below which a value is taken to be the whole number it is
 * close to (DESIGN.md section 1): `8.3 km x 30 /km` is 249.00000000000003 in
 * floating point, and a naive ceil would ask for a 250th soldier.
 */
export const ROUND_UP_TOLERANCE = 1e-9;

/**
 * Rounds up to a whole number, treating values within a relative 1e-9 of a
 * whole number as that number: `roundUp(3600.0000000001)` is 3600,
 * `roundUp(3600.01)` is 3601.
 */
export function roundUp(value: number): number {
  const nearest = Math.round(value);
  if (Math.abs(value - nearest) <= ROUND_UP_TOLERANCE * Math.max(1, Math.abs(value))) {
    return nearest === 0 ? 0 : nearest; // never -0
  }
  return Math.ceil(value);
}
