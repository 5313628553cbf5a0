import type { ReactElement } from 'react';
import { Font, pdf, type DocumentProps } from '@react-pdf/renderer';
import { cjkBreakPoints, printable, unprintable } from '@/lib/letter';
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
 * 4. A unitless `lineHeight` is multiplied by the font size of the same style object, or by 18 pt
 *    when that style sets none (@react-pdf/stylesheet `transformLineHeight`), not by the size the
 *    text inherits: every style with a line height sets its font size too (`BODY` in
 *    pdf-letter-styles.tsx). Before, 10.5 pt text was set 1.55 × 18 = 28 pt apart: a review found
 *    the English letter four pages long and double-spaced.
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

/** The fonts for a document and the characters none of them can print (lib/letter/printable.ts). */
interface DocumentFonts {
  /** Font families, common first: a rare file only when some character falls in its window and it has the glyph. */
  readonly families: string[];
  /** Characters no font has, once each: printed as a placeholder, and named to the user. */
  readonly missing: string[];
}

/**
 * The fonts for any document's texts (the complaint's too). A rare file's window is a code point
 * range, not a promise: Arabic falls in the first rare file's range but is in no file. The rare
 * file is loaded to ask, and what no file has is missing.
 */
async function fontsFor(texts: Iterable<string>): Promise<DocumentFonts> {
  const glyphs = async (family: string) => {
    await Font.load({ fontFamily: family });
    return Font.getFont({ fontFamily: family }).data;
  };
  const common = await glyphs(FONT_FAMILY);
  const outside = unprintable(texts, (cp) => Boolean(common?.hasGlyphForCodePoint(cp)));
  const windowOf = (ch: string) => fonts.rare.find((f) => ch.codePointAt(0)! >= f.from && ch.codePointAt(0)! <= f.to);
  const rare = new Map(await Promise.all([...new Set(outside.map(windowOf))].flatMap((f) => (f ? [glyphs(f.family).then((data) => [f.family, data] as const)] : []))));
  const used = new Set<string>();
  const missing: string[] = [];
  for (const ch of outside) {
    const family = windowOf(ch)?.family;
    if (family && rare.get(family)?.hasGlyphForCodePoint(ch.codePointAt(0)!)) used.add(family);
    else missing.push(ch);
  }
  return { families: [FONT_FAMILY, ...fonts.rare.filter((f) => used.has(f.family)).map((f) => f.family)], missing };
}

/** A PDF made on this device, and the characters it printed as □ because no font has them. */
export interface MadePdf {
  readonly blob: Blob;
  readonly missing: ReadonlyArray<string>;
}

/**
 * A document (the letter, the complaint) as a PDF: the fonts registered (`fontUrl` maps a font
 * file name to where it is loaded from), the families its texts need, every character no font has
 * printed as □ (lib/letter/printable.ts) and returned so the caller can name it to the user.
 */
export async function makePdf<T>(doc: T, texts: Iterable<string>, fontUrl: (file: string) => string, render: (doc: T, fontFamily: string[]) => ReactElement<DocumentProps>): Promise<MadePdf> {
  registerLetterFonts(fontUrl);
  const { families, missing } = await fontsFor(texts);
  const blob = await pdf(render(missing.length ? printable(doc, missing) : doc, families)).toBlob();
  return { blob, missing };
}
