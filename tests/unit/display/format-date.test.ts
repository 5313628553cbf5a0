import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from '@/lib/display/format-date';

describe('formatDate: a calendar date in the reader’s language', () => {
  it('writes Chinese dates as 年月日 without leading zeros', () => {
    expect(formatDate('2025-09-01', 'zh')).toBe('2025年9月1日');
    expect(formatDate('2026-12-31', 'zh')).toBe('2026年12月31日');
  });

  it('writes English dates day, short month, year', () => {
    expect(formatDate('2025-09-01', 'en')).toBe('1 Sep 2025');
    expect(formatDate('2026-12-31', 'en')).toBe('31 Dec 2026');
  });

  it('leaves anything that is not yyyy-MM-dd unchanged', () => {
    expect(formatDate('2025-9-1', 'zh')).toBe('2025-9-1');
    expect(formatDate('', 'en')).toBe('');
    expect(formatDate('2025-13-01', 'en')).toBe('2025-13-01');
  });
});

describe('formatDateTime: a logged contact’s local date and time', () => {
  it('writes the date as formatDate does, then the time as logged', () => {
    expect(formatDateTime('2025-06-05T23:10', 'zh')).toBe('2025年6月5日 23:10');
    expect(formatDateTime('2025-06-05T23:10', 'en')).toBe('5 Jun 2025, 23:10');
  });

  it('leaves anything else unchanged', () => {
    expect(formatDateTime('2025-06-05', 'zh')).toBe('2025-06-05');
  });
});
