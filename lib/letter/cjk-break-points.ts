/**
 * Where a line of mixed Chinese and Latin text may break, for a renderer that breaks only between
 * the parts it is given (react-pdf's hyphenation callback; see components/pdf-renderer-quirks.tsx).
 *
 * The word (text between spaces) is cut into parts: each Chinese character on its own, each run of
 * Latin letters and digits whole ("12,000.00", "IRR"), following the basic rules of Chinese line
 * breaking (GB/T 15834 and common typesetting practice): closing punctuation never starts a line,
 * opening punctuation and the currency sign never end one.
 */

const CLOSING = new Set([...'，。、：；！？）》」』”’〕】〉％,.;:!?)]}%…·']);
const OPENING = new Set([...'（《「『“‘〔【〈([{¥￥$']);

/** Han ideographs (with extensions and compatibility forms), CJK punctuation and full-width forms. */
function isWide(cp: number): boolean {
  return (cp >= 0x2e80 && cp <= 0x9fff) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xffef) || cp >= 0x20000 || cp === 0x201c || cp === 0x201d || cp === 0x2018 || cp === 0x2019;
}

export function cjkBreakPoints(word: string): string[] {
  const units: string[] = [];
  let run = '';
  for (const ch of word) {
    if (isWide(ch.codePointAt(0)!)) {
      if (run) units.push(run);
      run = '';
      units.push(ch);
    } else {
      run += ch;
    }
  }
  if (run) units.push(run);

  const parts: string[] = [];
  for (const unit of units) {
    const previous = parts[parts.length - 1];
    const glued = previous !== undefined && (CLOSING.has([...unit][0]!) || OPENING.has([...previous].at(-1)!));
    if (glued) parts[parts.length - 1] = previous + unit;
    else parts.push(unit);
  }
  return parts;
}
