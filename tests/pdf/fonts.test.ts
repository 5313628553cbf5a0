import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { letterText } from '@/lib/letter';
import manifest from '@/public/fonts/noto-sans-sc.json';
import { fixture, jdCase, letterFor } from './letter-cases';
import { FONT_DIR } from './render-pdf';

const open = (file: string) => fontkit.create(readFileSync(join(FONT_DIR, file))) as fontkit.Font;
const files = [manifest.common, ...manifest.rare];
/** The characters a font maps (0xFFFF is the cmap's end-of-table sentinel, not a character). */
const characters = (font: fontkit.Font) => font.characterSet.filter((cp) => cp >= 0x20 && cp !== 0xffff);

describe('the shipped fonts (public/fonts, made by scripts/subset-font.mjs)', () => {
  it.each(files.map((f) => [f.file, f]))('%s is a TrueType file of at most 4 MB, as the manifest says', (file, f) => {
    const size = statSync(join(FONT_DIR, file)).size;
    expect(size).toBe(f.bytes);
    expect(size).toBeLessThanOrEqual(4 * 1024 * 1024);
    expect(characters(open(file)).length).toBeGreaterThanOrEqual(f.characters);
  });

  it('travel with their licence (SIL OFL 1.1)', () => {
    expect(readFileSync(join(FONT_DIR, 'OFL.txt'), 'utf8')).toContain('SIL OPEN FONT LICENSE Version 1.1');
  });

  it('the common file covers names outside GB2312 (王堃 李喆 张珺) and everything the letters of the test cases print', () => {
    const common = open(manifest.common.file);
    const texts = [
      '王堃李喆张珺',
      ...['zh', 'en'].flatMap((language) => letterText(letterFor(jdCase(), { language: language as 'zh' | 'en' }).letter)),
      ...['void-unlicensed', 'private-transitional', 'flat-upfront-fee-over-36'].flatMap((name) => letterText(letterFor(fixture(name)).letter)),
    ];
    const missing = [...new Set(texts.join(''))].filter((ch) => ch.codePointAt(0)! >= 0x20 && !common.hasGlyphForCodePoint(ch.codePointAt(0)!));
    expect(missing).toEqual([]);
  });

  it('each character missing from the common file is in the rare file whose window holds it (the lookup the renderer makes)', () => {
    const common = open(manifest.common.file);
    manifest.rare.forEach((f, i) => {
      expect(f.from).toBeGreaterThan(manifest.rare[i - 1]?.to ?? 0);
      const outside = characters(open(f.file)).filter((cp) => !common.hasGlyphForCodePoint(cp) && (cp < f.from || cp > f.to));
      expect(outside).toEqual([]);
    });
    const 頔 = '頔'.codePointAt(0)!;
    expect(common.hasGlyphForCodePoint(頔)).toBe(false);
    expect(manifest.rare.filter((f) => 頔 >= f.from && 頔 <= f.to).map((f) => open(f.file).hasGlyphForCodePoint(頔))).toEqual([true]);
  });
});
