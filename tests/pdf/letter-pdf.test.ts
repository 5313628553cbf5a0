import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_CASE } from '@/components/example-case';
import { amountInWords, formatMoney, type Letter, type LetterBlock } from '@/lib/letter';
import { fixture, jdCase, letterFor } from './letter-cases';
import { renderPdf, squeeze } from './render-pdf';

const table = (letter: Letter) => letter.blocks.find((b): b is Extract<LetterBlock, { kind: 'table' }> => b.kind === 'table')!;
const HAN_HYPHEN_HAN = /\p{Script=Han}-\s*\p{Script=Han}/u;

describe.each(['zh', 'en'] as const)('the letter PDF in %s (rendered in Node, read back with pdftotext)', (language) => {
  const built = letterFor(jdCase(), { language });
  const rendered = renderPdf(built.letter, `jd-${language}`);

  it('names the lender and carries the engine’s amounts, in figures and in 大写', async () => {
    const { flat } = await rendered;
    expect(flat).toContain('京东金条（重庆京东盛际小额贷款有限公司）');
    for (const amount of ['8848.28', '8781.65', '489.02', '422.39', '66.63', '9500.00']) expect(flat).toContain(formatMoney(amount));
    expect(flat).toContain(amountInWords('8781.65')); // 人民币捌仟柒佰捌拾壹元陆角伍分
    expect(flat).toContain(amountInWords('500.00'));
  });

  it('has every row of the plan table, and its total', async () => {
    const { flat } = await rendered;
    const t = table(built.letter);
    for (const row of [...t.rows, t.total]) expect(flat).toContain(squeeze(row.join('')));
  });

  it('cites the sources of the legal position', async () => {
    const { flat } = await rendered;
    expect(flat).toContain('《最高人民法院关于进一步加强金融审判工作的若干意见》（法发〔2017〕22号）第二条');
    if (language === 'en') expect(flat).toContain(squeeze('(SPC Opinions on Further Strengthening Financial Trials (Fa Fa [2017] No. 22), Art. 2)'));
  });

  it('gives back every paragraph whole: Chinese wraps between characters with no stray hyphen', async () => {
    const { flat, pageTexts } = await rendered;
    for (const b of built.letter.blocks) if ('text' in b) expect(flat).toContain(squeeze(b.text));
    expect(pageTexts.join('\n')).not.toMatch(HAN_HYPHEN_HAN);
  });

  it('numbers its pages and says on each that it is not legal advice', async () => {
    const { pageTexts, pages } = await rendered;
    expect(pages).toBeGreaterThanOrEqual(2);
    pageTexts.forEach((text, i) => {
      expect(squeeze(text)).toContain(squeeze(built.letter.pageLabel.replace('{page}', String(i + 1)).replace('{pages}', String(pages))));
      expect(squeeze(text)).toContain(squeeze(built.letter.footer));
    });
  });

  it('stays within 300 KB', async () => {
    expect((await rendered).bytes).toBeLessThanOrEqual(300 * 1024);
  });
});

describe('a long Chinese paragraph', () => {
  it('wraps between characters over many lines and comes back whole, with no "-" between two hanzi', async () => {
    const hardship = '本人于二〇二五年三月因公司经营困难被裁员，此后一直未能找到稳定工作，家中还有年迈的父母和正在上学的孩子需要抚养，每月的房租、水电和生活开支已经超出了目前的临时收入，实在无力按原合同约定的金额按期还款。'.repeat(4);
    const { letter } = letterFor(jdCase({ letter: { hardship } }));
    const { flat, pageTexts } = await renderPdf(letter, 'long-paragraph');
    expect(flat).toContain(hardship);
    expect(pageTexts.join('\n')).not.toMatch(HAN_HYPHEN_HAN);
  });
});

describe('a long plan', () => {
  it('a 60-row table runs over pages with its header repeated on each and no row lost', async () => {
    const { letter } = letterFor(jdCase(), { planIndex: 3 });
    const t = table(letter);
    expect(t.rows).toHaveLength(60);
    const { pageTexts, flat } = await renderPdf(letter, 'jd-60');
    const header = squeeze(t.columns.map((c) => c.label).join(''));
    const withRows = pageTexts.filter((p) => t.rows.some((r) => squeeze(p).includes(squeeze(r.join('')))));
    expect(withRows.length).toBeGreaterThanOrEqual(2);
    for (const page of withRows) expect(squeeze(page)).toContain(header);
    for (const row of t.rows) expect(flat).toContain(squeeze(row.join('')));
  });
});

describe('names and rare characters', () => {
  it.each(['王堃', '李喆', '张珺'])('%s prints from the common font', async (name) => {
    const { letter } = letterFor(jdCase({ borrower: { name } }));
    const { flat, fonts } = await renderPdf(letter, `name-${name}`);
    expect(flat).toContain(`申请人${name}`);
    expect(fonts).not.toContain('Rare');
  });

  it('a character outside 通用规范汉字表 (頔) loads a rare font file and prints correctly', async () => {
    const { letter } = letterFor(jdCase({ borrower: { name: '王頔' } }));
    const { flat, fonts } = await renderPdf(letter, 'name-rare');
    expect(flat).toContain('申请人王頔');
    expect(flat).toContain('本人王頔是贵方的借款人');
    expect(fonts).toMatch(/NotoSansSC-Rare-\d\d/);
  });
});

describe('other cases print too', () => {
  it.each([
    ['void-unlicensed', '第十三条第（三）项'],
    ['flat-upfront-fee-over-36', '《中华人民共和国民法典》第六百七十条'],
    ['private-2020', '第二十五条、第二十九条'],
  ])('%s, with its source', async (name, source) => {
    const { letter } = letterFor(fixture(name));
    const { flat } = await renderPdf(letter, name);
    expect(flat).toContain(source);
    expect(flat).toContain(squeeze(letter.lender));
  });
});

describe('page breaks', () => {
  // Before, the example's English letter ended on a page holding only "Yours faithfully," and the
  // signature, the JD one on a page with the signature alone, and the example's and the private
  // loan's Chinese letters began a page with a source (依据：…) cut off from the point it supports.
  const cases: Array<[string, Record<string, unknown>]> = [
    ['example', EXAMPLE_CASE as unknown as Record<string, unknown>],
    ['jd', jdCase()],
    ['private', { ...fixture('private-2020'), borrower: { name: '张三' } }],
  ];
  const firstLine = (page: string) => page.split('\n').map((l) => l.trim()).find(Boolean) ?? '';

  it.each(cases.flatMap(([name, raw]) => (['zh', 'en'] as const).map((language) => [name, language, raw] as const)))('%s (%s): no page begins with a source or the closing; the last paragraph is signed on its page', async (name, language, raw) => {
    const { letter } = letterFor(raw, { language });
    const { pageTexts } = await renderPdf(letter, `breaks-${name}-${language}`);
    for (const page of pageTexts.slice(1)) expect(firstLine(page)).not.toMatch(/^(依据：|Source: |此致|Yours faithfully|Signature:|申请人（签名）)/);
    const last = squeeze(pageTexts[pageTexts.length - 1]!);
    const closing = letter.blocks[letter.blocks.length - 1]!;
    expect(last).toContain(squeeze('text' in closing ? closing.text.slice(0, 20) : ''));
    expect(last).toContain(squeeze(letter.signature[0]!.label));
  });

  it.each(cases.flatMap(([name, raw]) => (['zh', 'en'] as const).map((language) => [name, language, raw] as const)))('%s (%s): no page ends with a heading or a table caption', async (name, language, raw) => {
    // A review found "三、依法支持的金额" and, later, the plan's caption and header row alone at a page's foot.
    const { letter } = letterFor(raw, { language });
    const { pageTexts } = await renderPdf(letter, `ends-${name}-${language}`);
    const titles = letter.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : b.kind === 'table' ? [b.caption] : [])).map(squeeze);
    for (const page of pageTexts.slice(0, -1)) {
      const lines = page.split('\n').map(squeeze).filter(Boolean);
      const body = lines.filter((l) => !l.includes(squeeze(letter.footer)));
      expect(titles).not.toContain(body.at(-1));
    }
  });
});

describe('line spacing', () => {
  it.each(['zh', 'en'] as const)('body text (%s) is set 1.6 × 10.5 pt = 16.8 pt apart', async (language) => {
    // react-pdf scales a unitless lineHeight by the style's own font size, or 18 pt when it sets
    // none: before, paragraphs were 1.55 × 18 = 27.9 pt apart and the English example ran to four
    // pages. The most common distance between one line's top and the next's is the body's pitch.
    const { letter } = letterFor(EXAMPLE_CASE as unknown as Record<string, unknown>, { language });
    const { path } = await renderPdf(letter, `spacing-${language}`);
    const xml = execFileSync('pdftotext', ['-bbox-layout', '-f', '1', '-l', '1', path, '-'], { encoding: 'utf8' });
    const tops = [...xml.matchAll(/<line xMin="[\d.]+" yMin="([\d.]+)"/g)].map((m) => Number(m[1]));
    const pitches = tops.slice(1).map((y, i) => (y - tops[i]!).toFixed(1));
    const counts = new Map<string, number>();
    for (const p of pitches) counts.set(p, (counts.get(p) ?? 0) + 1);
    const [mode] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    expect(Number(mode)).toBeCloseTo(16.8, 0);
  });
});
