import { Font } from '@react-pdf/renderer';
import { cjkBreakPoints, letterText, type Letter } from '@/lib/letter';
import fonts from '@/public/fonts/noto-sans-sc.json';

/**
 * Every workaround the letter needs from @react-pdf/renderer, in one place. They rely on its
 * internals, which is why package.json pins it to exactly 4.9.0 (shared/TECH-NOTES.md):
 *
 * 1. Chinese needs an embedded font. Noto Sans SC (OFL) is subset ahead of time by
 *    scripts/subset-font.mjs into public/fonts/: one common file (通用规范汉字表, GB2312, Latin,
 *    punctuation) and rare files by code point window, registered as fallback families and loaded
 *    only when the letter's text has a character of theirs. TTF only: WOFF is very slow and WOFF2
 *    is embedded whole. A character no font has is silently drawn from Helvetica as garbage, so
 *    the fallback is not optional.
 * 2. Line breaking: react-pdf treats a run of Chinese as one word, which overflows the page and
 *    loses text. The hyphenation callback returns the breakable parts with an empty string between
 *    them: textkit turns '' into a zero-width break point that adds no "-" (splitting into single
 *    characters would put a hyphen at every break).
 * 3. Page numbers vanish when `lineHeight` is set on <Page> or on any ancestor of a
 *    <Text render={…}>: line height is set only on paragraph text styles (pdf-letter-styles.tsx).
 */

export const FONT_FAMILY = fonts.common.family;

let registeredWith: string | undefined;

/** Registers the font files (idempotent); `url` turns a file name into the URL or path to load it from. */
export function registerLetterFonts(url: (file: string) => string): void {
  const key = url(fonts.common.file);
  if (registeredWith === key) return;
  registeredWith = key;
  for (const f of [fonts.common, ...fonts.rare]) Font.register({ family: f.family, src: url(f.file) });
  Font.registerHyphenationCallback((word) => cjkBreakPoints(word).flatMap((part, i) => (i === 0 ? [part] : ['', part])));
}

/**
 * The font families the letter needs, common first: a rare file only when some character of the
 * letter is missing from the common font and falls in that file's window.
 */
export function letterFontFamilies(letter: Letter): Promise<string[]> {
  return fontFamiliesFor(letterText(letter));
}

/** The font families for any document's texts (the complaint's too), common first. */
export async function fontFamiliesFor(texts: Iterable<string>): Promise<string[]> {
  await Font.load({ fontFamily: FONT_FAMILY });
  const common = Font.getFont({ fontFamily: FONT_FAMILY }).data;
  const needed = new Set<string>();
  for (const text of texts) {
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      if (cp < 0x20 || common?.hasGlyphForCodePoint(cp)) continue;
      const rare = fonts.rare.find((f) => cp >= f.from && cp <= f.to);
      if (rare) needed.add(rare.family);
    }
  }
  return [FONT_FAMILY, ...fonts.rare.filter((f) => needed.has(f.family)).map((f) => f.family)];
}
