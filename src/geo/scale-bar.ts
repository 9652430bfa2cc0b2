import { DotCanvas } from './dot-canvas.js';
import { groupThousands } from './format-km.js';

/** A scale bar as one text row: ticks a round length apart, then the label. */
export interface ScaleBar {
  /** The km between the ticks, or null when no round length fits the width. */
  readonly km: number | null;
  /** Exactly `width` characters (spaces when `km` is null). */
  readonly text: string;
}

// The bar (without its label) takes at most this share of the row, so it reads as a ruler, not a border.
const MAX_SHARE_OF_WIDTH = 0.4;
const ROUND_STEPS = [5, 2, 1] as const;
// Down to a millimetre: the loader accepts lines of a metre, and a map of one is a few centimetres a cell.
const SMALLEST_EXPONENT = -6;
const METRES_PER_KM = 1000;

/** `value unit` with as many decimals as a round value needs: 0.5, 0.05, 200, 2,000. */
function roundValueLabel(value: number, unit: string): string {
  const decimals = Math.max(0, -Math.floor(Math.log10(value) + 1e-9));
  return `${groupThousands(value, decimals)} ${unit}`;
}

/** `200 km`, `1 km`; below a kilometre in metres: `500 m`, `2 m`, `0.5 m`. */
export function scaleLabel(km: number): string {
  return km >= 1 ? roundValueLabel(km, 'km') : roundValueLabel(Number((km * METRES_PER_KM).toPrecision(1)), 'm');
}

/** Round lengths (5, 2, 1 x a power of ten) from the largest not above `maxKm` down to 1 mm. */
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
 * The longest round length (100, 200, 500 km... down to a millimetre) whose
 * bar takes at most `MAX_SHARE_OF_WIDTH` of the row and whose label fits
 * beside it. The ticks are the length apart to within half a dot at
 * `kmPerDot` (braille dots are half a cell wide).
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
