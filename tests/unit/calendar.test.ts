import { describe, expect, it } from 'vitest';
import { addMonthsToDay, day, formatDay, parseDay } from '@/lib/calendar';
import { Decimal } from '@/lib/decimal';
import { monthlyIrr } from '@/lib/finance/monthly-irr';

describe('calendar days', () => {
  it('round-trips ISO dates and counts days as b − a (算头不算尾)', () => {
    expect(formatDay(day('2024-02-29'))).toBe('2024-02-29');
    // 2024-01-10 → 2024-07-08: 21 + 29 + 31 + 30 + 31 + 30 + 8 = 180 days (LAW.md §7 example).
    expect(day('2024-07-08') - day('2024-01-10')).toBe(180);
  });

  it('refuses dates that do not exist', () => {
    expect(parseDay('2025-02-29')).toBeUndefined();
    expect(parseDay('2025-04-31')).toBeUndefined();
    expect(parseDay('2025-1-5')).toBeUndefined();
  });

  it('adds months clamped to the month end, from the anchor (LAW.md §4)', () => {
    const jan31 = day('2025-01-31');
    expect(formatDay(addMonthsToDay(jan31, 1))).toBe('2025-02-28');
    expect(formatDay(addMonthsToDay(jan31, 2))).toBe('2025-03-31');
    expect(formatDay(addMonthsToDay(jan31, 3))).toBe('2025-04-30');
    expect(formatDay(addMonthsToDay(day('2024-01-31'), 1))).toBe('2024-02-29');
    expect(formatDay(addMonthsToDay(day('2025-03-31'), -1))).toBe('2025-02-28');
  });
});

describe('the IRR solver always terminates', () => {
  it('says no rate exists when nothing is repaid', () => {
    expect(monthlyIrr(new Decimal(100), [new Decimal(0), new Decimal(0)])).toBeUndefined();
  });

  it('finds a negative rate when less than the amount received is repaid', () => {
    // 100 received, 40 and 50 repaid: 40v + 50v² = 100 → v = (−40 + √(1600 + 20000)) / 100 = 1.069693…,
    // r = 1/v − 1 = −0.065153…
    expect(monthlyIrr(new Decimal(100), [new Decimal(40), new Decimal(50)])!.toFixed(6)).toBe('-0.065153');
  });

  it('handles an extreme rate: 100 repaid as 10,000 after one month is 9,900%', () => {
    expect(monthlyIrr(new Decimal(100), [new Decimal(10000)])!.toFixed(6)).toBe('99.000000');
  });

  it('handles a rate of exactly zero', () => {
    expect(monthlyIrr(new Decimal(1200), Array.from({ length: 12 }, () => new Decimal(100)))!.abs().lessThan('1e-12')).toBe(true);
  });
});
