import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { arrowDown, arrowUp, enter, escape } from './keys.js';
import { renderApp } from './render-app.js';
import { blank, frame, press, screen, type } from './terminal.js';

afterEach(cleanup);

const footer = 'Up/Down factor  -/+ step  Enter type  r reset  Tab panel  s save  ? help  q quit';

/** The factor editor of the ceasefire scenario as the file sets it (every factor from the preset). */
const fileValues = screen(
  'forcecalc · ceasefire: Ceasefire line',
  ' 1 Estimate   2 Sectors  [3 Factors]  4 Map',
  '    FACTOR                 VALUE                     FROM',
  '>   Density                3 /km                     preset',
  '    Brigade size           3,000..5,000 troops       preset',
  '    Air cover per brigade  1 package                 preset',
  '    Enabler share          0%                        preset',
  '    Rotation               1x                        preset',
  '',
  'Density: soldiers per km of line (a sector may override it).',
  '-/+ steps by 1 /km; Enter types a value or range, e.g. 3 / km',
  '',
  '    Line troops         6,600 troops',
  '    Brigades            2..3 brigades',
  '    Air cover           2..3 packages',
  '    Committed troops    6,600 troops',
  '    Committed brigades  2..3 brigades',
  '    Shortfall           0 troops',
  ...blank(4),
  footer,
);

describe('factor editor', () => {
  it('shows a typed distribution as written, with its range, and steps it whole', async () => {
    const terminal = await renderApp();
    await press(terminal, enter, '3', enter);
    await type(terminal, 'pert(2, 3, 5) / km');
    await press(terminal, enter);
    // ceasefire: 1,200 km at the scenario density and 3,000 troops in its hot spot; pledges 8,000..10,000.
    const editor = (value: string, troops: string, brigades: string, shortfall: string) =>
      screen(
        'forcecalc · ceasefire: Ceasefire line  * edited',
        ' 1 Estimate   2 Sectors  [3 Factors]  4 Map',
        '    FACTOR                 VALUE                         FROM',
        `> * Density                ${value}  edited`,
        '    Brigade size           3,000..5,000 troops           preset',
        '    Air cover per brigade  1 package                     preset',
        '    Enabler share          0%                            preset',
        '    Rotation               1x                            preset',
        '',
        'Density: soldiers per km of line (a sector may override it).',
        '-/+ steps by 1 /km; Enter types a value or range, e.g. 3 / km',
        '',
        `    Line troops         ${troops} troops`,
        `    Brigades            ${brigades} brigades`,
        `    Air cover           ${brigades} packages`,
        `    Committed troops    ${troops} troops`,
        `    Committed brigades  ${brigades} brigades`,
        `    Shortfall           ${shortfall} troops`,
        ...blank(4),
        footer,
      );
    // 1,200 x 2 + 3,000 = 5,400 to 1,200 x 5 + 3,000 = 9,000: 2 (of 5,000) to 3 (of 3,000) brigades; short 0..1,000.
    expect(frame(terminal)).toBe(editor('pert(2, 3, 5) /km (2..5 /km)', '5,400..9,000', '2..3', '0..1,000'));
    // One step down moves the whole distribution: 1,200 x 1 + 3,000 = 4,200 (1 brigade of 5,000) to
    // 1,200 x 4 + 3,000 = 7,800 (3 of 3,000), within the 8,000 pledged.
    await press(terminal, '-');
    expect(frame(terminal)).toBe(editor('pert(1, 2, 4) /km (1..4 /km)', '4,200..7,800', '1..3', '0'));
  });


  it('shows the factors, where each comes from, and what they give', async () => {
    const terminal = await renderApp();
    await press(terminal, enter, '3');
    expect(frame(terminal)).toBe(fileValues);
  });

  it('+ steps density by 1 /km, marks it and recomputes at once', async () => {
    const terminal = await renderApp();
    await press(terminal, enter, '3', '+');
    // 1,200 km x 4 /km + 150 km x 20 /km (the hot spot keeps its own density) = 7,800 troops.
    expect(frame(terminal)).toBe(
      screen(
        'forcecalc · ceasefire: Ceasefire line  * edited',
        ' 1 Estimate   2 Sectors  [3 Factors]  4 Map',
        '    FACTOR                 VALUE                     FROM',
        '> * Density                4 /km                     edited',
        '    Brigade size           3,000..5,000 troops       preset',
        '    Air cover per brigade  1 package                 preset',
        '    Enabler share          0%                        preset',
        '    Rotation               1x                        preset',
        '',
        'Density: soldiers per km of line (a sector may override it).',
        '-/+ steps by 1 /km; Enter types a value or range, e.g. 3 / km',
        '',
        '    Line troops         7,800 troops',
        '    Brigades            2..3 brigades',
        '    Air cover           2..3 packages',
        '    Committed troops    7,800 troops',
        '    Committed brigades  2..3 brigades',
        '    Shortfall           0 troops',
        ...blank(4),
        footer,
      ),
    );
  });

  it('- moves both bounds of a range by the step', async () => {
    const terminal = await renderApp();
    await press(terminal, enter, '3', arrowDown, '-');
    // 6,600 troops in brigades of 2,500..4,500: ceil(6,600 / 4,500) = 2 to ceil(6,600 / 2,500) = 3;
    // pledges of 2,500..4,500 + 5,000 = 7,500..9,500 cover the 6,600 needed.
    expect(frame(terminal)).toBe(
      screen(
        'forcecalc · ceasefire: Ceasefire line  * edited',
        ' 1 Estimate   2 Sectors  [3 Factors]  4 Map',
        '    FACTOR                 VALUE                     FROM',
        '    Density                3 /km                     preset',
        '> * Brigade size           2,500..4,500 troops       edited',
        '    Air cover per brigade  1 package                 preset',
        '    Enabler share          0%                        preset',
        '    Rotation               1x                        preset',
        '',
        'Brigade size: soldiers per brigade.',
        '-/+ steps by 500 troops; Enter types a value or range, e.g. 3,000..5,000',
        '',
        '    Line troops         6,600 troops',
        '    Brigades            2..3 brigades',
        '    Air cover           2..3 packages',
        '    Committed troops    6,600 troops',
        '    Committed brigades  2..3 brigades',
        '    Shortfall           0 troops',
        ...blank(4),
        footer,
      ),
    );
  });

  it('shows why a typed value is wrong and keeps the last good value', async () => {
    const terminal = await renderApp();
    await press(terminal, enter, '3', '+', enter);
    await type(terminal, '3 kg');
    await press(terminal, enter);
    expect(frame(terminal)).toBe(
      screen(
        'forcecalc · ceasefire: Ceasefire line  * edited',
        ' 1 Estimate   2 Sectors  [3 Factors]  4 Map',
        '    FACTOR                 VALUE                     FROM',
        '> * Density                4 /km                     edited',
        '    Brigade size           3,000..5,000 troops       preset',
        '    Air cover per brigade  1 package                 preset',
        '    Enabler share          0%                        preset',
        '    Rotation               1x                        preset',
        '',
        'New density: 3 kg_',
        '! expected a density such as "3 / km", got "3 kg"; kept 4 /km',
        '',
        '    Line troops         7,800 troops',
        '    Brigades            2..3 brigades',
        '    Air cover           2..3 packages',
        '    Committed troops    7,800 troops',
        '    Committed brigades  2..3 brigades',
        '    Shortfall           0 troops',
        ...blank(4),
        'type a value or range  Enter apply  Esc cancel',
      ),
    );
  });

  it('applies a typed range', async () => {
    const terminal = await renderApp();
    await press(terminal, enter, '3', arrowDown, arrowDown, arrowDown, arrowDown, enter);
    await type(terminal, '2..3');
    await press(terminal, enter, arrowUp, arrowUp, arrowUp, arrowUp);
    // Rotation 2..3: 6,600 x 2..3 = 13,200..19,800 committed; 2..3 brigades x 2..3 = 4..9.
    expect(frame(terminal)).toBe(
      screen(
        'forcecalc · ceasefire: Ceasefire line  * edited',
        ' 1 Estimate   2 Sectors  [3 Factors]  4 Map',
        '    FACTOR                 VALUE                     FROM',
        '>   Density                3 /km                     preset',
        '    Brigade size           3,000..5,000 troops       preset',
        '    Air cover per brigade  1 package                 preset',
        '    Enabler share          0%                        preset',
        '  * Rotation               2..3x                     edited',
        '',
        'Density: soldiers per km of line (a sector may override it).',
        '-/+ steps by 1 /km; Enter types a value or range, e.g. 3 / km',
        '',
        '    Line troops         6,600 troops',
        '    Brigades            2..3 brigades',
        '    Air cover           2..3 packages',
        '    Committed troops    13,200..19,800 troops',
        '    Committed brigades  4..9 brigades',
        '    Shortfall           0 troops',
        ...blank(4),
        footer,
      ),
    );
  });

  it('Esc cancels typing, and r resets every factor to the file', async () => {
    const terminal = await renderApp();
    await press(terminal, enter, '3', '+', arrowDown, '-', arrowUp, enter);
    await type(terminal, '9');
    await press(terminal, escape, 'r');
    expect(frame(terminal)).toBe(fileValues.replace(`${blank(4).join('\n')}\n${footer}`, `${blank(3).join('\n')}\nFactors reset to the file's values.\n${footer}`));
  });

  describe('on a short terminal', () => {
    it('keeps the value being typed and its error in view, the factors giving way', async () => {
      // 80 x 12: 7 lines of body. Typing takes 2 of them: the heading and 4 factors are left, no blank line.
      const terminal = await renderApp({ size: { columns: 80, rows: 12 } });
      await press(terminal, enter, '3', enter);
      await type(terminal, '3 kg');
      const factors = [
        'forcecalc · ceasefire: Ceasefire line',
        ' 1 Estimate   2 Sectors  [3 Factors]  4 Map',
        '    FACTOR                 VALUE                     FROM',
        '>   Density                3 /km                     preset',
        '    Brigade size           3,000..5,000 troops       preset',
        '    Air cover per brigade  1 package                 preset',
        '    Enabler share          0%                        preset',
      ];
      const bottom = ['', 'type a value or range  Enter apply  Esc cancel'];
      expect(frame(terminal)).toBe(screen(...factors, 'New density: 3 kg_', 'e.g. 3 / km or a range; Enter applies, Esc cancels', ...bottom));
      await press(terminal, enter);
      expect(frame(terminal)).toBe(screen(...factors, 'New density: 3 kg_', '! expected a density such as "3 / km", got "3 kg"; kept 3 /km', ...bottom));
    });

    it('keeps the factor being typed in view when only it fits', async () => {
      // 40 x 10: 5 lines of body; the error wraps into 2 at 40 columns, leaving the heading and 1 factor.
      const terminal = await renderApp({ size: { columns: 40, rows: 10 } });
      await press(terminal, enter, '3', arrowDown, arrowDown, arrowDown, arrowDown, enter);
      await type(terminal, '3 kg');
      await press(terminal, enter);
      expect(frame(terminal)).toBe(
        screen(
          'forcecalc · ceasefire: Ceasefire line',
          ' 1 Estimat…  2 Sectors [3 Factors] 4 Map',
          '    FACTOR                 VALUE       F',
          '>   Rotation               1x          p',
          'New rotation: 3 kg_',
          '! expected a multiplier such as "3", got',
          '"3 kg"; kept 1x',
          '',
          'type a value or range  Enter apply  Esc…',
        ),
      );
    });
  });
});
