/**
 * Where a line of mixed Chinese and Latin text may break, for a renderer that breaks only between
 * the parts it is given (react-pdf's hyphenation callback; see components/pdf-renderer-quirks.tsx).
 *
 * The word (text between spaces) is cut into parts: each Chinese character on its own, each run of
 * Latin letters and digits whole ("12,000.00", "IRR"), following the basic rules of Chinese line
 * breaking (GB/T 15834 and common typesetting practice): closing punctuation never starts a line,
 * opening punctuation and the currency sign never end one. A Latin run longer than a line can hold
 * (a long web address, a string of symbols) is cut every MAX_RUN characters: a part wider than the
 * line is cut off at the page edge, losing the rest of it.
 */

const CLOSING = new Set([...'，。、：；！？）》」』”’〕】〉％,.;:!?)]}%…·']);
const OPENING = new Set([...'（《「『“‘〔【〈([{¥￥$']);

/** Han ideographs (with extensions and compatibility forms), CJK punctuation and full-width forms. */
function isWide(cp: number): boolean {
  return (cp >= 0x2e80 && cp <= 0x9fff) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xffef) || cp >= 0x20000 || cp === 0x201c || cp === 0x201d || cp === 0x2018 || cp === 0x2019;
}

/** Longest Latin part kept whole: any real word or amount, and well under a line of the letter. */
const MAX_RUN = 24;

/** A Latin run, whole when it is short, else in MAX_RUN-character pieces. */
function pushRun(units: string[], run: string): void {
  const chars = [...run];
  for (let i = 0; i < chars.length; i += MAX_RUN) units.push(chars.slice(i, i + MAX_RUN).join(''));
}

export function cjkBreakPoints(word: string): string[] {
  const units: string[] = [];
  let run = '';
  for (const ch of word) {
    if (isWide(ch.codePointAt(0)!)) {
      pushRun(units, run);
      run = '';
      units.push(ch);
    } else {
      run += ch;
    }
  }
  pushRun(units, run);

  const parts: string[] = [];
  for (const unit of units) {
    const previous = parts[parts.length - 1];
    const glued = previous !== undefined && (CLOSING.has([...unit][0]!) || OPENING.has([...previous].at(-1)!));
    if (glued) parts[parts.length - 1] = previous + unit;
    else parts.push(unit);
  }
  return parts;
}
