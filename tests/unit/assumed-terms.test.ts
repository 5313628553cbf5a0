import { describe, expect, it } from 'vitest';
import { assumedPenaltyTerms } from '@/lib/case/assumed-terms';

describe('the penalty terms a case leaves to the defaults', () => {
  it('both, with no overdue group or an empty one (a form left blank)', () => {
    expect(assumedPenaltyTerms(undefined)).toEqual({ rate: true, base: true });
    expect(assumedPenaltyTerms({ penalty: { multiplier: '' }, penaltyBase: '' })).toEqual({ rate: true, base: true });
  });

  it('neither, when both are stated, by multiplier or by rate', () => {
    expect(assumedPenaltyTerms({ penalty: { multiplier: '1.5' }, penaltyBase: 'outstanding-principal' })).toEqual({ rate: false, base: false });
    expect(assumedPenaltyTerms({ penalty: { rate: { value: '0.075', per: 'day' } }, penaltyBase: 'overdue-principal' })).toEqual({ rate: false, base: false });
  });

  it('each on its own', () => {
    expect(assumedPenaltyTerms({ penaltyBase: 'outstanding-principal' })).toEqual({ rate: true, base: false });
    expect(assumedPenaltyTerms({ penalty: { multiplier: '2' } })).toEqual({ rate: false, base: true });
  });
});
