/**
 * Every fixture in tests/fixtures/cases has a sibling <name>.expected.json holding the report
 * fields worked out independently (by hand and with scripts/reference). Money compares as exact
 * strings; rates (apr, annualRate, effectiveRate, termCap, overdueCap, cap) rounded to 6 decimals.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import { expectPartial, reportOf } from './helpers';

const dir = new URL('../fixtures/cases/', import.meta.url);
const names = readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'));

describe('fixtures reproduce their independently computed reports', () => {
  for (const name of names) {
    it(name, () => {
      const input = JSON.parse(readFileSync(new URL(name, dir), 'utf8'));
      const expected = JSON.parse(readFileSync(new URL(name.replace(/\.json$/, '.expected.json'), dir), 'utf8'));
      expectPartial(reportOf(input), expected);
    });
  }
});
