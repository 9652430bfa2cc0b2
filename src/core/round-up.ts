/**
 * Relative tolerance below which a value is taken to be the whole number it is
 * close to (docs/model.md): `8.3 km x 30 /km` is 249.00000000000003 in
 * floating point, and a naive ceil would ask for a 250th soldier.
 */
export const ROUND_UP_TOLERANCE = 1e-9;

/**
 * The tolerance never exceeds a thousandth of a soldier: past a million troops a
 * relative 1e-9 would swallow real fractions (100,011,000.1 would round down),
 * while float noise there is still far below 1e-3.
 */
export const ROUND_UP_MAX_ABSOLUTE_TOLERANCE = 1e-3;

/**
 * Rounds up to a whole number, treating values within a relative 1e-9 of a
 * whole number (at most 1e-3 away) as that number: `roundUp(3600.0000000001)`
 * is 3600, `roundUp(3600.01)` is 3601.
 */
export function roundUp(value: number): number {
  const nearest = Math.round(value);
  const tolerance = Math.min(ROUND_UP_TOLERANCE * Math.max(1, Math.abs(value)), ROUND_UP_MAX_ABSOLUTE_TOLERANCE);
  if (Math.abs(value - nearest) <= tolerance) {
    return nearest === 0 ? 0 : nearest; // never -0
  }
  return Math.ceil(value);
}
