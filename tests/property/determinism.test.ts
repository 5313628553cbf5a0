/**
 * analyze is a pure function of its input (STYLE.md 7, 8): no clock, no global state, no
 * mutation of the case. The same case, or a deep copy of it, gives the same result.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { isDeepStrictEqual } from 'node:util';
import { analyze } from '@/lib/analyze';
import { RUNS, TIMEOUT, jsonScrambledCase, validCase, validCaseWithExtras } from './arbitraries';

describe('determinism', () => {
  it('analyze(x) deep-equals analyze(structuredClone(x)), valid or not, and leaves x unchanged', () => {
    fc.assert(
      fc.property(fc.oneof(validCase, validCaseWithExtras, jsonScrambledCase), (input) => {
        const before = JSON.stringify(input);
        const first = analyze(input);
        const second = analyze(structuredClone(input));
        expect(JSON.stringify(input), 'the input is not mutated').toBe(before);
        expect(isDeepStrictEqual(first, second), 'same result').toBe(true);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});
