import { describe, expect, it } from 'vitest';
import { movedOn } from '@/components/move-dates';

describe("an offer's date when the case moves to today", () => {
  it('the example: as of 2025-09-01, the offer from 2025-10-01; on 2026-11-23 it starts 2026-12-01', () => {
    // 14 whole months passed (2025-09-01 → 2026-11-01 ≤ 2026-11-23); 2025-10-01 + 14 months.
    expect(movedOn('2025-10-01', '2025-09-01', '2026-11-23')).toBe('2026-12-01');
  });

  it('a date still ahead of today stays', () => {
    expect(movedOn('2025-09-30', '2025-08-31', '2025-09-01')).toBe('2025-09-30');
    expect(movedOn('2026-05-01', '2025-06-01', '2025-11-01')).toBe('2026-05-01');
  });

  it('counts only whole months passed: 2025-08-31 to 2025-09-15 is none', () => {
    // An offer dated on the as-of day itself: no whole month passed, so it moves by its own months.
    expect(movedOn('2025-08-31', '2025-08-31', '2025-09-15')).toBe('2025-09-30');
  });

  it('a date far in the past is moved on until it is after today', () => {
    // 6 months passed (2025-09-01 → 2026-03-01); 2022-01-01 + 6 is still past, so by its own
    // months: 2026-03-01 is not after 2026-03-15, 2026-04-01 is.
    expect(movedOn('2022-01-01', '2025-09-01', '2026-03-15')).toBe('2026-04-01');
  });

  it('a month end moves from the date itself, clamped once', () => {
    // One whole month passed (2025-01-31 → 2025-02-28 ≤ 2025-03-05; → 2025-03-31 is not).
    expect(movedOn('2025-02-28', '2025-01-31', '2025-03-05')).toBe('2025-03-28');
  });

  it('leaves what is not a calendar date as it is', () => {
    expect(movedOn('', '2025-09-01', '2026-11-23')).toBe('');
    expect(movedOn('2025-02-30', '2025-01-01', '2026-11-23')).toBe('2025-02-30');
  });
});
