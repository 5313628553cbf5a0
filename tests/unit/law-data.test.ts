import { describe, expect, it } from 'vitest';
import { day } from '@/lib/calendar';
import { cite, CITATIONS } from '@/lib/law/citations';
import { DEFAULT_LPR, lprOn } from '@/lib/law/lpr';
import { regimeFor } from '@/lib/law/regime';

describe('the one-year LPR table (LAW.md §2)', () => {
  it('a date takes the latest publication on or before it', () => {
    // 2021-03-01 falls between 2020-04-20 (3.85%) and 2021-12-20 (3.80%).
    expect(lprOn(day('2021-03-01')).rate?.toString()).toBe('0.0385');
    // The publication day itself already has the new rate.
    expect(lprOn(day('2024-10-21')).rate?.toString()).toBe('0.031');
    expect(lprOn(day('2024-10-20')).rate?.toString()).toBe('0.0335');
  });

  it('there is no LPR before 2019-08-20', () => {
    expect(lprOn(day('2019-08-19')).rate).toBeUndefined();
    expect(lprOn(day('2019-08-20')).rate?.toString()).toBe('0.0425');
  });

  it('dates after the confirmed-through date (2026-03-20) are flagged unconfirmed', () => {
    expect(lprOn(day('2026-03-20')).unconfirmed).toBe(false);
    const later = lprOn(day('2026-11-23'));
    expect(later.unconfirmed).toBe(true);
    expect(later.rate?.toString()).toBe('0.03');
  });

  it('rows are in date order, so the lookup is sound', () => {
    const froms = DEFAULT_LPR.rows.map((r) => r.from);
    expect([...froms].sort((a, b) => a - b)).toEqual(froms);
  });
});

describe('regime by lender and contract date (LAW.md §1)', () => {
  it('private loans split on 2020-08-20', () => {
    expect(regimeFor('private', day('2020-08-19'))).toBe('private-transitional');
    expect(regimeFor('private', day('2020-08-20'))).toBe('private-2020');
  });
  it('licensed and unlicensed professional lenders ignore the date', () => {
    expect(regimeFor('licensed', day('2019-01-01'))).toBe('licensed');
    expect(regimeFor('unlicensed-professional', day('2024-01-01'))).toBe('void');
  });
});

describe('citations', () => {
  it('several articles of one instrument are written once', () => {
    expect(cite('spl2020-25', 'spl2020-29')).toBe(
      '《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》（法释〔2020〕17号）第二十五条、第二十九条 (SPC Provisions on Private Lending Cases (Fa Shi [2020] No. 17), Arts. 25, 29)',
    );
  });
  it('different instruments are separated, each with its gloss', () => {
    expect(cite('civil-670', 'spl2020-26')).toBe(
      '《中华人民共和国民法典》第六百七十条 (Civil Code of the PRC, Art. 670); 《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》（法释〔2020〕17号）第二十六条 (SPC Provisions on Private Lending Cases (Fa Shi [2020] No. 17), Art. 26)',
    );
  });
  it('every citation has a Chinese title and an English gloss', () => {
    for (const c of Object.values(CITATIONS)) {
      expect(c.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(c.en).toMatch(/[A-Za-z]{3}/);
    }
  });
});
