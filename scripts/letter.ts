/**
 * CLI: the repayment letter as a PDF, from the same letter data and PDF components as the app.
 *
 *   npm run letter -- case.json out.pdf [--lang zh|en] [--date yyyy-MM-dd] [--plan N] [--confirm-time-barred]
 *
 * --lang, --plan default to case.letter; --date (the letter's date) to the case's asOf.
 * A debt that may be time-barred is not acknowledged in writing without --confirm-time-barred:
 * the warning is printed and the exit code is 3. Bad input exits 2.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { analyze } from '../lib/analyze';
import { isoDate } from '../lib/case/fields';
import { letterFromJson, type LetterOptions } from '../lib/letter';
import { readCaseFile } from './read-case-file';

const USAGE = `usage: npm run letter -- case.json out.pdf [--lang zh|en] [--date yyyy-MM-dd] [--plan N] [--confirm-time-barred]
用法：npm run letter -- 案件.json 输出.pdf [--lang zh|en] [--date 日期] [--plan 方案序号(从0起)] [--confirm-time-barred]
`;
const ROOT = join(__dirname, '..');
const FONTS = join(ROOT, 'public', 'fonts');

type LetterPdf = (typeof import('../components/pdf-letter-blob'))['letterPdf'];

/**
 * The PDF components, loaded as native ES modules. @react-pdf/renderer is ESM-only with
 * import-only subpath exports, which tsx's CommonJS loader (this repository's .tsx files are
 * CommonJS to it) cannot require; so the components are bundled (dependencies left external) into
 * node_modules/.cache and imported from there: the same source the app renders in the browser.
 */
async function loadRenderer(): Promise<LetterPdf> {
  const outfile = join(ROOT, 'node_modules', '.cache', 'repayment-letter', 'pdf-letter-blob.mjs');
  const { outputFiles } = await build({
    entryPoints: [join(ROOT, 'components', 'pdf-letter-blob.tsx')],
    outfile,
    write: false,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    jsx: 'automatic',
    tsconfig: join(ROOT, 'tsconfig.json'),
    logLevel: 'error',
  });
  // Written under a private name and renamed: CLI runs in parallel jobs never see a half-written file.
  mkdirSync(dirname(outfile), { recursive: true });
  const partial = `${outfile}.${process.pid}`;
  writeFileSync(partial, outputFiles[0]!.contents);
  renameSync(partial, outfile);
  return ((await import(pathToFileURL(outfile).href)) as { letterPdf: LetterPdf }).letterPdf;
}

type Words = { zh: string; en: string };
const fail = (message: Words, code = 2): number => {
  process.stderr.write(`${message.zh}\n${message.en}\n`);
  return code;
};

function parseArgs(argv: ReadonlyArray<string>): { files: string[]; options: LetterOptions; confirmed: boolean } | undefined {
  const files: string[] = [];
  const options: { language?: 'zh' | 'en'; date?: string; planIndex?: number } = {};
  let confirmed = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = argv[i + 1];
    if (arg === '--confirm-time-barred') {
      confirmed = true;
    } else if (arg === '--lang' && (value === 'zh' || value === 'en')) {
      options.language = value;
      i++;
    } else if (arg === '--date' && value && isoDate().safeParse(value).success) {
      // The case's own date rule: a real day between 1980 and 2100 ("0100-01-01" printed 100年1月1日).
      options.date = value;
      i++;
    } else if (arg === '--plan' && value && /^\d{1,2}$/.test(value)) {
      options.planIndex = Number(value);
      i++;
    } else if (arg.startsWith('--')) {
      return undefined;
    } else {
      files.push(arg);
    }
  }
  return files.length === 2 ? { files, options, confirmed } : undefined;
}

async function main(argv: ReadonlyArray<string>): Promise<number> {
  const args = parseArgs(argv);
  if (!args) {
    process.stderr.write(USAGE);
    return 2;
  }
  const [casePath, outPath] = args.files as [string, string];
  const read = readCaseFile(casePath);
  if (!read.ok) return fail(read.message);
  const analysed = analyze(read.json);
  if (!analysed.ok) {
    for (const e of analysed.errors) process.stderr.write(`- ${e.path}: ${e.message.zh}\n  ${e.path}: ${e.message.en}\n`);
    return 2;
  }
  const built = letterFromJson(read.json, analysed.report, args.options);
  if (!built.ok) return fail(built.message);
  const { letter } = built;
  if (letter.cautions.length && !args.confirmed) {
    for (const c of letter.cautions) process.stderr.write(`${c.message}\n${c.citation}\n`);
    return fail({ zh: '如确认仍要生成此信，请加上 --confirm-time-barred。', en: 'To make the letter anyway, add --confirm-time-barred.' }, 3);
  }
  const started = performance.now();
  const letterPdf = await loadRenderer();
  const { blob, missing } = await letterPdf(letter, (file) => join(FONTS, file));
  if (missing.length) {
    process.stderr.write(`字体中没有以下字符，PDF 中以"□"代替：${missing.join(' ')}\nThe font cannot print these characters; the PDF shows "□" instead: ${missing.join(' ')}\n`);
  }
  const bytes = Buffer.from(await blob.arrayBuffer());
  try {
    writeFileSync(outPath, bytes);
  } catch (error) {
    // The user's path, not an engine fault: say which file and why (a missing folder, a directory).
    const why = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    return fail({ zh: `无法写入 ${outPath}（${why}）：请检查文件夹是否存在、路径是否为文件。`, en: `Cannot write ${outPath} (${why}): check that the folder exists and the path names a file.` });
  }
  process.stderr.write(`${outPath}: ${bytes.length} bytes, ${Math.round(performance.now() - started)} ms\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`内部错误，请报告此问题 / internal error, please report it: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
