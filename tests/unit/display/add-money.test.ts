import { describe, expect, it } from 'vitest';
import { addMoney, lesserMoney, subtractMoney, wholeYuanBelow } from '@/lib/display/add-money';

describe('addMoney: two-decimal amounts added exactly, as whole fen', () => {
  it('adds the payoff and the claim gap back into the demand', () => {
    // jd-jintiao fixture: payoff 8848.28 + claimGap 651.72 = the 9500.00 demanded
    expect(addMoney('8848.28', '651.72')).toBe('9500.00');
  });

  it('handles negative gaps, results below one yuan and below zero', () => {
    expect(addMoney('100.00', '-0.01')).toBe('99.99');
    expect(addMoney('0.50', '-0.45')).toBe('0.05');
    expect(addMoney('10.00', '-12.34')).toBe('-2.34');
    expect(addMoney('-0.00', '0.00')).toBe('0.00');
  });

  it('stays exact where floating point would not (0.10 + 0.20)', () => {
    expect(addMoney('0.10', '0.20')).toBe('0.30');
    expect(addMoney('999999999999.99', '0.01')).toBe('1000000000000.00');
  });

  it('refuses anything that is not a two-decimal amount', () => {
    expect(() => addMoney('12', '1.00')).toThrow(RangeError);
  });
});

describe('subtractMoney', () => {
  it('gives what the overdue charges exceed the cap by', () => {
    // jd-jintiao fixture: charged 489.02, limit 422.39 → 66.63 above the cap
    expect(subtractMoney('489.02', '422.39')).toBe('66.63');
    expect(subtractMoney('1.00', '-1.00')).toBe('2.00');
    expect(subtractMoney('1.00', '2.50')).toBe('-1.50');
  });
});

describe('lesserMoney and wholeYuanBelow', () => {
  it('compares by value, not as text', () => {
    // As text "800.00" > "8781.65"; as money 800 < 8,781.65.
    expect(lesserMoney('800.00', '8781.65')).toBe('800.00');
    expect(lesserMoney('8781.65', '800.00')).toBe('800.00');
    expect(lesserMoney('10.00', '10.00')).toBe('10.00');
    expect(lesserMoney('-0.01', '0.00')).toBe('-0.01');
  });

  it('drops the fen of an amount', () => {
    expect(wholeYuanBelow('1234.56')).toBe('1234.00');
    expect(wholeYuanBelow('0.99')).toBe('0.00');
    expect(() => wholeYuanBelow('-1.50')).toThrow(RangeError);
  });
});
