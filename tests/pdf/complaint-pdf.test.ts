import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { complaintPdf } from '@/components/pdf-complaint-blob';
import { buildComplaint, type ComplaintLetter } from '@/lib/guidance/complaint-letter';
import { complaintCase } from './complaint-cases';
import { readPdf, squeeze } from './read-pdf';
import { FONT_DIR } from './render-pdf';

const OUT = mkdtempSync(join(tmpdir(), 'complaint-pdf-'));
const HAN_HYPHEN_HAN = /\p{Script=Han}-\s*\p{Script=Han}/u;

/** Renders the complaint with the app's PDF components in Node and reads it back with poppler. */
async function render(letter: ComplaintLetter, name: string) {
  const { blob } = await complaintPdf(letter, (file) => join(FONT_DIR, file));
  const path = join(OUT, `${name}.pdf`);
  writeFileSync(path, Buffer.from(await blob.arrayBuffer()));
  // -raw keeps the content stream's order: a table's cells one after another, not interleaved by line.
  return { ...readPdf(path), raw: squeeze(execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' })) };
}

describe.each(['zh', 'en'] as const)('the complaint PDF in %s (rendered in Node, read back with pdftotext)', (language) => {
  const { file, report } = complaintCase();
  const letter = buildComplaint(file, report, { language, channel: '12378' });
  const rendered = render(letter, `complaint-${language}`);

  it('is addressed to the channel and names the lender', async () => {
    const { flat } = await rendered;
    expect(flat).toContain(squeeze(letter.fields[0]!.value));
    expect(flat).toContain('京东金条（重庆京东盛际小额贷款有限公司）');
  });

  it('encloses every logged incident: its time, channel, who, what happened and the rules broken', async () => {
    const { raw } = await rendered;
    for (const row of letter.incidents.rows) expect(raw).toContain(squeeze(row.join('')));
  });

  it('gives back every paragraph whole, with no stray hyphen between hanzi', async () => {
    const { flat, pageTexts } = await rendered;
    for (const b of letter.blocks) if ('text' in b) expect(flat).toContain(squeeze(b.text));
    expect(pageTexts.join('\n')).not.toMatch(HAN_HYPHEN_HAN);
  });

  it('numbers its pages, says on each that it is not legal advice, puts the log on a page of its own', async () => {
    const { pageTexts, pages } = await rendered;
    expect(pages).toBeGreaterThanOrEqual(2);
    pageTexts.forEach((text, i) => {
      expect(squeeze(text)).toContain(squeeze(letter.pageLabel.replace('{page}', String(i + 1)).replace('{pages}', String(pages))));
      expect(squeeze(text)).toContain(squeeze(letter.footer));
    });
    expect(squeeze(pageTexts[pages - 1]!)).toContain(squeeze(letter.incidents.caption));
  });

  it('embeds the letter’s font as a subset and stays small', async () => {
    const { fonts, bytes } = await rendered;
    expect(fonts).toMatch(/NotoSansSC/);
    expect(bytes).toBeLessThanOrEqual(300 * 1024);
  });
});

describe('a long log', () => {
  it('runs onto more pages with every row whole', async () => {
    const evidence = Array.from({ length: 40 }, (_, i) => ({
      at: `2025-08-${String((i % 28) + 1).padStart(2, '0')}T${i % 2 ? '23' : '10'}:${String(i).padStart(2, '0')}`,
      channel: 'call',
      who: `催收员${i + 1}号`,
      summary: '电话中要求立即还清全部欠款，并称如不还款将通知单位和家人。',
      thirdParty: i % 3 === 0,
    }));
    const { file, report } = complaintCase({ evidence });
    const letter = buildComplaint(file, report);
    const { raw, pages } = await render(letter, 'complaint-long');
    expect(pages).toBeGreaterThanOrEqual(4);
    // A row split by a page break would have the page footer and the repeated header inside it.
    for (const row of letter.incidents.rows) expect(raw).toContain(squeeze(row.join('')));
  });
});

/** Each word pdftotext finds, with its box in points; read from `pdftotext -bbox`. */
function wordBoxes(path: string): Array<{ readonly text: string; readonly page: number; readonly xMin: number; readonly xMax: number; readonly yMin: number }> {
  const html = execFileSync('pdftotext', ['-bbox', path, '-'], { encoding: 'utf8' });
  return html.split('<page ').slice(1).flatMap((page, i) =>
    [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({ text: m[4]!, page: i + 1, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]) })),
  );
}

describe('the enclosed log, in English', () => {
  it('keeps a long unbroken string inside its column, wrapped rather than drawn over the next', async () => {
    // A reviewer's PDF: "0571-12345678" (67 pt in Noto Sans SC at 9.5 pt) ran out of the 60 pt "Who" column into "What happened".
    const evidence = [
      { at: '2025-08-28T21:30', channel: 'call', who: 'Collector "Wang", 0571-12345678', summary: `Said they would call my employer. Evidence: ${'W'.repeat(40)}`, thirdParty: true },
      { at: '2025-08-29T10:00', channel: 'app', who: 'Unknown', summary: 'Asked me to pay today.' },
    ];
    const { file, report } = complaintCase({ evidence });
    const letter = buildComplaint(file, report, { language: 'en', channel: '12378' });
    const { path, raw } = await render(letter, 'complaint-long-words');
    for (const row of letter.incidents.rows) expect(raw).toContain(squeeze(row.join('')));

    const words = wordBoxes(path);
    const who = words.find((w) => w.text === 'Who')!;
    // The table: from its header down to the page footer (28 pt from the bottom of A4's 842).
    const table = words.filter((w) => w.page === who.page && w.yMin >= who.yMin && w.yMin < 800);
    const starts = ['Time', 'Channel', 'Who', 'What', 'Rules'].map((label) => table.find((w) => w.text === label)!.xMin);
    for (const w of table) {
      const column = starts.reduce((found, x, i) => (w.xMin >= x - 0.5 ? i : found), -1);
      const next = starts[column + 1];
      if (column >= 0 && next !== undefined) expect(w.xMax, `"${w.text}" runs into the next column`).toBeLessThanOrEqual(next - 4);
    }
    // Words that fit are not cut: the column headings, the channel, the date.
    for (const word of ['Channel', 'message', '2025-08-28', '0571-', '12345678']) expect(table.map((w) => w.text)).toContain(word);
  });
});
