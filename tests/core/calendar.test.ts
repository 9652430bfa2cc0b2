import { afterEach, describe, expect, it } from 'vitest';
import { dateOfDay, dayNumber, localDateOf } from '../../src/core/index.js';

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe('localDateOf', () => {
  // 02:30 UTC on 5 December is still the 4th in New York and already the 5th in Tokyo.
  const moment = new Date('2026-12-05T02:30:00Z');

  it.each<[string, string]>([
    ['America/New_York', '2026-12-04'],
    ['UTC', '2026-12-05'],
    ['Asia/Tokyo', '2026-12-05'],
  ])('gives the date a person in %s would write', (timeZone, date) => {
    process.env.TZ = timeZone;
    expect(localDateOf(moment)).toBe(date);
  });
});

describe('dayNumber and dateOfDay', () => {
  it('count days from a start, across a leap day', () => {
    expect(dayNumber('2028-03-01')! - dayNumber('2028-02-28')!).toBe(2);
    expect(dateOfDay('2028-02-28', 1.7)).toBe('2028-02-29');
    expect(dayNumber('2027-02-29')).toBeNull();
  });
});
