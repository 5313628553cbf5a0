import { describe, expect, it } from 'vitest';
import { absolute, formatMoney, groupThousands, isNegative } from '@/lib/display/format-money';

describe('formatMoney: yuan with thousands separators, from the decimal string itself', () => {
  it('groups the digits in threes and keeps the fen exactly', () => {
    expect(formatMoney('12345.67')).toBe('¥12,345.67');
    expect(formatMoney('8848.28')).toBe('¥8,848.28');
    expect(formatMoney('999.99')).toBe('¥999.99');
    expect(formatMoney('1000.00')).toBe('¥1,000.00');
  });

  it('never rounds through a float: a 12-digit amount keeps every digit', () => {
    // 90,071,992,547,409.93 is 2^53 + 1 fen: a float cannot hold it, the string path needs no limit.
    expect(formatMoney('999999999999.99')).toBe('¥999,999,999,999.99');
    expect(formatMoney('90071992547409.93')).toBe('¥90,071,992,547,409.93');
  });

  it('pads a typed amount to two decimals', () => {
    expect(formatMoney('12000')).toBe('¥12,000.00');
    expect(formatMoney('12000.5')).toBe('¥12,000.50');
    expect(formatMoney('0')).toBe('¥0.00');
  });

  it('drops leading zeros but keeps a single zero', () => {
    expect(formatMoney('007.10')).toBe('¥7.10');
    expect(formatMoney('0.05')).toBe('¥0.05');
  });

  it('writes negatives with a minus sign, and no sign on zero', () => {
    expect(formatMoney('-1234.50')).toBe('−¥1,234.50');
    expect(formatMoney('-0.00')).toBe('¥0.00');
  });

  it('leaves anything that is not a decimal string as it is', () => {
    expect(formatMoney('12,000')).toBe('12,000');
    expect(formatMoney('')).toBe('');
    expect(formatMoney('abc')).toBe('abc');
  });

  it('groupThousands, isNegative and absolute', () => {
    expect(groupThousands('1234567')).toBe('1,234,567');
    expect(groupThousands('123')).toBe('123');
    expect(isNegative('-0.01')).toBe(true);
    expect(isNegative('-0.00')).toBe(false);
    expect(isNegative('5.00')).toBe(false);
    expect(absolute('-66.63')).toBe('66.63');
  });
});
