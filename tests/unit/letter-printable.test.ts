import { describe, expect, it } from 'vitest';
import { PLACEHOLDER, printable, unprintable } from '@/lib/letter';

describe('what a PDF can print of the user text', () => {
  // A stand-in font that has only ASCII and 王 (U+738B).
  const has = (cp: number) => cp < 0x80 || cp === 0x738b;

  it('names each missing character once, in order, leaving out controls and bidi marks', () => {
    expect(unprintable(['王😀a\u202Eم', 'م😀\n\t', '\u0085'], has)).toEqual(['😀', 'م']);
  });

  it('prints missing characters as □ and drops bidi controls, everywhere in the document, shape unchanged', () => {
    const doc = { title: '王\u202E😀', n: 3, rows: [['a\u2066b\u2069', 'م']], nested: { ok: true, none: null } };
    expect(printable(doc, ['😀', 'م'])).toEqual({ title: `王${PLACEHOLDER}`, n: 3, rows: [['ab', PLACEHOLDER]], nested: { ok: true, none: null } });
    // Nothing missing: only the controls go.
    expect(printable('\u200Fx\u202C', [])).toBe('x');
  });
});
