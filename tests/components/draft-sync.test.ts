import { describe, expect, it } from 'vitest';
import { draftSync } from '@/components/draft-sync';
import { mergeEdits, sameJson } from '@/components/merge-edits';

// A case cut down to what the merge looks at: plain JSON groups, fields and lists.
const base = { lender: { name: '某小贷公司', kind: 'licensed' }, loan: { principal: '10000' }, payments: [] as unknown[] };
const contact = { at: '2025-06-05T23:10', channel: 'call', who: '催收员打给我母亲' };
/** The guide's save: the contact log added, nothing else touched. */
const guide = { ...base, evidence: [contact] };
/** The planner's edit: the lender's name. */
const renamed = { ...base, lender: { ...base.lender, name: '某小贷公司（深圳）' } };

describe('mergeEdits', () => {
  it('keeps an edit on each side when they touch different fields', () => {
    expect(mergeEdits(base, renamed, guide)).toEqual({ ...renamed, evidence: [contact] });
  });

  it('takes the other side whole when this side has no edit, and keeps this side when the other has none', () => {
    expect(mergeEdits(base, base, guide)).toEqual(guide);
    expect(mergeEdits(base, renamed, base)).toEqual(renamed);
  });

  it('keeps a field the other side cleared cleared (an absent key is an edit too)', () => {
    const cleared = { ...base, loan: {} };
    expect(mergeEdits(base, renamed, cleared)).toEqual({ ...renamed, loan: {} });
  });

  it('keeps this side when both changed the same field, and merges lists whole', () => {
    const theirs = { ...base, lender: { ...base.lender, name: '别的名字' }, payments: [{ date: '2025-07-15', amount: '100' }] };
    const ours = { ...renamed, payments: [{ date: '2025-07-16', amount: '200' }] };
    expect(mergeEdits(base, ours, theirs)).toEqual(ours);
  });
});

describe('sameJson', () => {
  it('ignores key order and undefined members, not values', () => {
    expect(sameJson({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1, d: undefined })).toBe(true);
    expect(sameJson({ a: '1' }, { a: 1 })).toBe(false);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
  });
});

describe('draftSync', () => {
  it('merges a late event against the version both tabs had, so neither edit is lost', () => {
    // The planner loaded `base`, then saved its rename twice; the guide's save (made from `base`)
    // reaches it only after that: storage holds the planner's save, not the guide's (stale).
    const sync = draftSync();
    sync.agree(base);
    sync.wrote({ ...base, lender: { ...base.lender, name: '某小贷公司（深' } });
    sync.wrote(renamed);
    expect(sync.received(guide, renamed, true)).toEqual({ ...renamed, evidence: [contact] });
  });

  it('takes a revert made in the other tab after it had taken this tab’s save', () => {
    // The planner saved the rename; the other tab took it, then put the old name back and saved:
    // a fresh event, merged against what storage last held here (the rename), so the revert wins.
    const sync = draftSync();
    sync.agree(base);
    sync.wrote(renamed);
    expect(sync.received(base, renamed, false)).toEqual(base);
  });

  it('keeps an edit not yet saved when a fresh save from the other tab arrives', () => {
    const sync = draftSync();
    sync.agree(base);
    expect(sync.received(guide, renamed, false)).toEqual({ ...renamed, evidence: [contact] });
  });
});
