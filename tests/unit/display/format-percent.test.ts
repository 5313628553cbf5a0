import { describe, expect, it } from 'vitest';
import { formatPercent } from '@/lib/display/format-percent';

describe('formatPercent: a fraction as a percentage, rounded half-up, exactly', () => {
  it('shows the report rates as the law and the lenders quote them', () => {
    expect(formatPercent('0.180004')).toBe('18.00%'); // JD 0.05%/day × 360
    expect(formatPercent('0.240000')).toBe('24.00%');
    expect(formatPercent('0.486435')).toBe('48.64%'); // LAW.md §7 worked example APR 48.6435%
    expect(formatPercent('0.108964', 4)).toBe('10.8964%');
  });

  it('rounds half-up at the last shown digit', () => {
    expect(formatPercent('0.123450')).toBe('12.35%');
    expect(formatPercent('0.123449')).toBe('12.34%');
    expect(formatPercent('0.999950')).toBe('100.00%');
    expect(formatPercent('0.00005')).toBe('0.01%');
    expect(formatPercent('0.000049')).toBe('0.00%');
  });

  it('handles whole numbers, no decimals and zero decimals shown', () => {
    expect(formatPercent('1')).toBe('100.00%');
    expect(formatPercent('0')).toBe('0.00%');
    expect(formatPercent('0.154', 0)).toBe('15%');
  });

  it('writes a negative with a minus sign and leaves non-numbers alone', () => {
    expect(formatPercent('-0.05')).toBe('−5.00%');
    expect(formatPercent('n/a')).toBe('n/a');
  });
});
