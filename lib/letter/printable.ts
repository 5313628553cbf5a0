/**
 * What a PDF can print of the user's text. The embedded font (Noto Sans SC) has Chinese, Latin
 * and common symbols, but no emoji, Arabic, Hebrew or rarer scripts: the renderer draws such a
 * character from a fallback font as garbage ("محمد" came out as "=/E-E"), so a name could be
 * printed wrong without anyone noticing. Those characters are printed as PLACEHOLDER instead, and
 * the caller tells the user which ones.
 */
export const PLACEHOLDER = '□';

/**
 * Bidirectional controls (LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI, LRM, RLM): invisible, and an
 * unterminated override reversed the rest of a sentence in the PDF (an adversarial review). The
 * letter is printed as typed text in reading order, so they are dropped.
 */
const BIDI_CONTROLS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

/** The characters of `texts` the font cannot print, once each, in order of appearance; controls and bidi marks left out. */
export function unprintable(texts: Iterable<string>, hasGlyph: (codePoint: number) => boolean): string[] {
  const missing = new Set<string>();
  for (const text of texts) {
    for (const ch of text.replace(BIDI_CONTROLS, '')) {
      const cp = ch.codePointAt(0)!;
      if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || hasGlyph(cp)) continue;
      missing.add(ch);
    }
  }
  return [...missing];
}

/** `doc` with every string printable: bidi controls dropped, each missing character as PLACEHOLDER. Same shape, a new object. */
export function printable<T>(doc: T, missing: ReadonlyArray<string>): T {
  const gone = new Set(missing);
  const fix = (s: string): string => {
    const cleaned = s.replace(BIDI_CONTROLS, '');
    return gone.size ? Array.from(cleaned, (ch) => (gone.has(ch) ? PLACEHOLDER : ch)).join('') : cleaned;
  };
  const walk = (x: unknown): unknown => {
    if (typeof x === 'string') return fix(x);
    if (Array.isArray(x)) return x.map(walk);
    if (x && typeof x === 'object') return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, walk(v)]));
    return x;
  };
  return walk(doc) as T;
}
