import { describe, expect, it } from 'vitest';
import { typedAmount, typedPercent } from '@/lib/display/typed-amount';

describe('an amount as people type it', () => {
  it('keeps a plain amount as typed', () => {
    expect(typedAmount('10000')).toBe('10000');
    expect(typedAmount('1100.16')).toBe('1100.16');
  });

  it('drops thousands separators, currency signs, 元 and spaces around', () => {
    expect(typedAmount('10,000')).toBe('10000');
    expect(typedAmount('1,234,567.89')).toBe('1234567.89');
    expect(typedAmount('10 000')).toBe('10000');
    expect(typedAmount(' ¥12,000.00 ')).toBe('12000.00');
    expect(typedAmount('12000元')).toBe('12000');
    expect(typedAmount('RMB 500')).toBe('500');
  });

  it('reads full-width digits and the full-width comma of a Chinese input method', () => {
    expect(typedAmount('１００００')).toBe('10000');
    expect(typedAmount('１０，０００．５')).toBe('10000.5');
  });

  it('reads 万 by moving the decimal point, not through floats', () => {
    expect(typedAmount('1万')).toBe('10000');
    expect(typedAmount('1.2万')).toBe('12000');
    expect(typedAmount('3.14159万')).toBe('31415.9');
    expect(typedAmount('0.5万')).toBe('5000');
    expect(typedAmount('12万元')).toBe('120000');
  });

  it('leaves anything else as typed, for the schema to explain', () => {
    for (const text of ['1,00', '10,0000', '1.000,50', 'abc', '-500', '1万2千', '', '1e5', '10.000.000']) expect(typedAmount(text)).toBe(text);
  });
});

describe('a rate as people copy it from a contract', () => {
  it('drops a trailing % sign (the field is in percent already), with spaces or full width', () => {
    // A review typed "0.05%" and was told the field "must be a percentage".
    expect(typedPercent('0.05%')).toBe('0.05');
    expect(typedPercent('18 %')).toBe('18');
    expect(typedPercent(' 24% ')).toBe('24');
    expect(typedPercent('０．０５％')).toBe('0.05');
  });

  it('keeps anything else as typed, for the schema to judge', () => {
    expect(typedPercent('0.05')).toBe('0.05');
    expect(typedPercent('5%%')).toBe('5%%');
    expect(typedPercent('%')).toBe('%');
    expect(typedPercent('-1%')).toBe('-1%');
    expect(typedPercent('年化18%')).toBe('年化18%');
  });
});
