/**
 * Subsets Noto Sans SC (OFL-1.1) for the letter PDF, ahead of time, into public/fonts/:
 *
 *   noto-sans-sc-common.ttf   the 8,105 characters of 通用规范汉字表 (scripts/subset-font.chars.txt),
 *                             GB2312 (its hanzi and symbols), Latin, punctuation and full-width forms:
 *                             what almost every letter needs, names such as 王堃 李喆 张珺 included.
 *   noto-sans-sc-rare-N.ttf   every other character of the font, in code point windows, each loaded
 *                             only when a letter contains a character of its window
 *                             (components/pdf-renderer-quirks.tsx).
 *   noto-sans-sc.json         the manifest: files, families, windows, sizes.
 *   OFL.txt                   the font's licence, which must travel with it.
 *
 * TrueType output only: react-pdf embeds a TTF as a subset of the glyphs used (a letter is tens of
 * kilobytes), while WOFF is very slow and WOFF2 is embedded whole (shared/TECH-NOTES.md).
 *
 * The source font (92 MB) and the subsetter are needed only to rebuild, so they are not
 * dependencies of the project (CI and users never download them). To rebuild:
 *
 *   npm install --no-save subset-font@2.9.0 @expo-google-fonts/noto-sans-sc@0.4.3
 *   npm run subset-font                         rebuild the fonts (a few seconds)
 *   npm run subset-font -- --unihan FILE        first regenerate the character list from Unihan's kTGH
 *                                               field (Unihan_OtherMappings.txt, Debian's unicode-data)
 */
import { mkdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
const require = createRequire(import.meta.url);
let subsetFont;
try {
  subsetFont = (await import('subset-font')).default;
  require.resolve('@expo-google-fonts/noto-sans-sc/LICENSE_FONT');
} catch {
  console.error('Rebuilding the fonts needs the source font and the subsetter, which are not project dependencies:\n  npm install --no-save subset-font@2.9.0 @expo-google-fonts/noto-sans-sc@0.4.3');
  process.exit(2);
}
// fontkit comes with @react-pdf/renderer (the same library that will read these files).
const fontkit = require('fontkit');

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');
const LICENCE = require.resolve('@expo-google-fonts/noto-sans-sc/LICENSE_FONT');
const CHARS = join(root, 'scripts/subset-font.chars.txt');
const OUT = join(root, 'public/fonts');
/** About 7,500 glyphs make a file of 2.5 MB, well inside the 4 MB budget for one font file. */
const RARE_CHUNK = 7500;
/** Only kerning: no vertical forms or other layout features a horizontal letter never uses. */
const OPTIONS = { targetFormat: 'sfnt', keepFeatures: ['kern'] };

const HEADER = `# 通用规范汉字表 (General Standard Chinese Characters, 2013): its 8,105 characters, in code point order.
# Derived from the kTGH field of the Unicode Character Database (Unihan_OtherMappings.txt, Unicode 15.0,
# Debian package unicode-data), © Unicode, Inc., Unicode License v3. Regenerate with
#   node scripts/subset-font.mjs --unihan /usr/share/unicode/Unihan_OtherMappings.txt
`;

function regenerateList(unihanPath) {
  const cps = readFileSync(unihanPath, 'utf8')
    .split('\n')
    .map((line) => line.split('\t'))
    .filter((cols) => cols[1] === 'kTGH' && cols[0]?.startsWith('U+'))
    .map((cols) => parseInt(cols[0].slice(2), 16))
    .sort((a, b) => a - b);
  if (cps.length !== 8105) throw new Error(`expected 8,105 kTGH characters, found ${cps.length}`);
  let text = HEADER;
  for (let i = 0; i < cps.length; i += 64) text += `${String.fromCodePoint(...cps.slice(i, i + 64))}\n`;
  writeFileSync(CHARS, text);
}

const range = (from, to) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** GB2312 rows 1–87 decoded through GB18030 (its superset), leaving out private-use mappings. */
function gb2312() {
  const decoder = new TextDecoder('gb18030');
  const out = [];
  for (let hi = 0xa1; hi <= 0xf7; hi++) {
    for (let lo = 0xa1; lo <= 0xfe; lo++) {
      const cp = decoder.decode(Uint8Array.of(hi, lo)).codePointAt(0);
      if (cp !== 0xfffd && !(cp >= 0xe000 && cp <= 0xf8ff)) out.push(cp);
    }
  }
  return out;
}

function commonCodePoints() {
  const listed = [...readFileSync(CHARS, 'utf8').split('\n').filter((l) => !l.startsWith('#')).join('')].map((c) => c.codePointAt(0));
  return new Set([
    ...range(0x20, 0x7e), ...range(0xa0, 0x17f), // Latin, Latin-1, Latin Extended-A
    ...range(0x2000, 0x206f), ...range(0x20a0, 0x20bf), ...range(0x2100, 0x218f), // punctuation, currency, letterlike, number forms
    ...range(0x2460, 0x24ff), ...range(0x3000, 0x303f), ...range(0xff00, 0xffef), // ①…, CJK punctuation, full-width forms
    ...gb2312(),
    ...listed,
  ]);
}

/**
 * Gives a subset its own PostScript name, in place (same length, so no table moves). PDF writers
 * (pdfkit, under react-pdf) cache embedded fonts by that name: files sharing one would be embedded
 * again at every switch between them.
 */
function rename(font, from, to) {
  if (from.length !== to.length) throw new Error(`a PostScript name must keep its length: ${to}`);
  for (const encoding of ['utf16be', 'latin1']) {
    const encode = (s) => (encoding === 'latin1' ? Buffer.from(s, 'latin1') : Buffer.from(s, 'utf16le').swap16());
    const [a, b] = [encode(from), encode(to)];
    for (let at = font.indexOf(a); at !== -1; at = font.indexOf(a, at + a.length)) b.copy(font, at);
  }
  return font;
}

async function subset(buffer, codePoints, file, postscriptName) {
  const out = Buffer.from(await subsetFont(buffer, String.fromCodePoint(...codePoints), OPTIONS));
  writeFileSync(join(OUT, file), postscriptName ? rename(out, 'NotoSansSC-Regular', postscriptName) : out);
  return out.length;
}

async function main(argv) {
  const unihan = argv.indexOf('--unihan');
  if (unihan !== -1) regenerateList(argv[unihan + 1]);
  mkdirSync(OUT, { recursive: true });
  const buffer = readFileSync(SOURCE);
  const inFont = fontkit.create(buffer).characterSet.filter((cp) => cp >= 0x20);
  const wanted = commonCodePoints();
  const common = inFont.filter((cp) => wanted.has(cp)).sort((a, b) => a - b);
  const rest = inFont.filter((cp) => !wanted.has(cp)).sort((a, b) => a - b);

  const manifest = {
    source: 'Noto Sans SC Regular (Google Fonts v40, via @expo-google-fonts/noto-sans-sc), SIL Open Font License 1.1',
    licence: 'OFL.txt',
    common: { file: 'noto-sans-sc-common.ttf', family: 'NotoSansSC', characters: common.length, bytes: await subset(buffer, common, 'noto-sans-sc-common.ttf') },
    rare: [],
  };
  for (let i = 0; i * RARE_CHUNK < rest.length; i++) {
    const chunk = rest.slice(i * RARE_CHUNK, (i + 1) * RARE_CHUNK);
    const file = `noto-sans-sc-rare-${i + 1}.ttf`;
    manifest.rare.push({ file, family: `NotoSansSC-Rare${i + 1}`, from: chunk[0], to: chunk[chunk.length - 1], characters: chunk.length, bytes: await subset(buffer, chunk, file, `NotoSansSC-Rare-${String(i + 1).padStart(2, '0')}`) });
  }
  writeFileSync(join(OUT, 'noto-sans-sc.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  copyFileSync(LICENCE, join(OUT, 'OFL.txt'));
  for (const f of [manifest.common, ...manifest.rare]) process.stdout.write(`${f.file}: ${f.characters} characters, ${(f.bytes / 1e6).toFixed(2)} MB\n`);
}

await main(process.argv.slice(2));
