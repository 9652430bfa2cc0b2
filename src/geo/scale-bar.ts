import { DotCanvas } from './dot-canvas.js';
import { groupThousands } from './format-km.js';

/** A scale bar as one text row: ticks a round number of km apart, then the label. */
export interface ScaleBar {
  /** The km between the ticks, or null when no round length fits the width. */
  readonly km: number | null;
  /** Exactly `width` characters (spaces when `km` is null). */
  readonly text: string;
}

// The bar (without its label) takes at most this share of the row, so it reads as a ruler, not a border.
const MAX_SHARE_OF_WIDTH = 0.4;
const ROUND_STEPS = [5, 2, 1] as const;
const SMALLEST_EXPONENT = -3;

/** `200 km`, `0.5 km`: as many decimals as a round length needs. */
export function scaleLabel(km: number): string {
  const decimals = Math.max(0, -Math.floor(Math.log10(km) + 1e-9));
  return `${groupThousands(km, decimals)} km`;
}

/** Round lengths (5, 2, 1 x a power of ten) from the largest not above `maxKm` down to 1 m. */
function* roundLengthsKm(maxKm: number): Generator<number> {
  for (let exponent = Math.floor(Math.log10(maxKm)); exponent >= SMALLEST_EXPONENT; exponent -= 1) {
    for (const step of ROUND_STEPS) {
      const km = Number((step * 10 ** exponent).toPrecision(1));
      if (km <= maxKm) yield km;
    }
  }
}

/** The bar itself, `dots` apart: full-height ticks at both ends joined by the bottom row of dots. */
function drawBar(dots: number, braille: boolean): string {
  if (!braille) return `|${'-'.repeat(dots - 1)}|`;
  const canvas = new DotCanvas(Math.floor(dots / 2) + 1, 1, true);
  for (let y = 0; y < 4; y += 1) {
    canvas.plot(0, y, 0);
    canvas.plot(dots, y, 0);
  }
  for (let x = 1; x < dots; x += 1) canvas.plot(x, 3, 0);
  return canvas.text()[0] ?? '';
}

/**
 * The longest round length (100, 200, 500 km...) whose bar takes at most
 * `MAX_SHARE_OF_WIDTH` of the row and whose label fits beside it. The ticks
 * are the length apart to within half a dot at `kmPerDot` (braille dots are
 * half a cell wide).
 */
export function scaleBar(kmPerDot: number, width: number, braille: boolean): ScaleBar {
  const dotsPerCell = braille ? 2 : 1;
  const maxBarCells = Math.floor(width * MAX_SHARE_OF_WIDTH);
  if (Number.isFinite(kmPerDot) && kmPerDot > 0 && maxBarCells >= 2) {
    for (const km of roundLengthsKm(maxBarCells * dotsPerCell * kmPerDot)) {
      const dots = Math.round(km / kmPerDot);
      if (dots < 2) break;
      const bar = drawBar(dots, braille);
      const text = `${bar} ${scaleLabel(km)}`;
      if (bar.length <= maxBarCells && text.length <= width) return { km, text: text.padEnd(width) };
    }
  }
  return { km: null, text: ' '.repeat(width) };
}
