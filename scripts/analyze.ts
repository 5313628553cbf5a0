/**
 * CLI: the engine for people and organisations that handle many cases.
 *
 *   npm run analyze -- case.json                          the report (repayment-report/1) as JSON
 *   npm run analyze -- a.json b.json                      one report per case, as a JSON array
 *   npm run analyze -- a.json b.json --budget budget.json [--floor 100]
 *                                                         several debts sharing one budget
 *                                                         (repayment-portfolio/1)
 *
 * Bad input prints the field errors (JSON on stdout, a readable list on stderr) and exits 2.
 * A user's mistake never produces a stack trace.
 */
import { analyze } from '../lib/analyze';
import { Decimal } from '../lib/decimal';
import { MONEY_PATTERN } from '../lib/case/fields';
import { analyzePortfolio, DEFAULT_FLOOR } from '../lib/portfolio';
import { readCaseFile } from './read-case-file';

const USAGE = `usage: npm run analyze -- case.json [more.json …] [--budget budget.json [--floor 100]]
用法：npm run analyze -- 案件.json [更多.json …] [--budget 预算.json [--floor 100]]
`;

type Words = { zh: string; en: string };
type Errors = ReadonlyArray<{ path: string; message: Words; file?: number | 'budget' }>;

function fail(message: Words): number {
  process.stderr.write(`${message.zh}\n${message.en}\n`);
  return 2;
}

function printErrors(errors: Errors, files: ReadonlyArray<string>): number {
  // The errors as case-format.md "Errors" defines them: the field and the whole message (the
  // engine's errors also carry words for a form, which names the field its own way).
  const listed = errors.map(({ path, message, file }) => ({ path, message, ...(file !== undefined && { file }) }));
  process.stdout.write(`${JSON.stringify({ errors: listed }, null, 2)}\n`);
  for (const e of errors) {
    const where = e.file === undefined ? '' : e.file === 'budget' ? '[budget] ' : `[${files[e.file]}] `;
    process.stderr.write(`- ${where}${e.message.zh}\n  ${where}${e.message.en}\n`);
  }
  return 2;
}

function option(argv: string[], name: string): string | undefined | null {
  const i = argv.indexOf(name);
  if (i === -1) return undefined;
  const value = argv[i + 1];
  argv.splice(i, 2);
  return value === undefined || value.startsWith('--') ? null : value;
}

function main(args: ReadonlyArray<string>): number {
  const argv = [...args];
  if (argv.includes('--help')) {
    process.stdout.write(USAGE);
    return 0;
  }
  const budgetPath = option(argv, '--budget');
  const floorText = option(argv, '--floor');
  const unknown = argv.find((a) => a.startsWith('--'));
  if (budgetPath === null || floorText === null || unknown || argv.length === 0) {
    process.stderr.write(USAGE);
    return 2;
  }
  // A floor shares out a budget: without one it would be dropped in silence.
  if (floorText !== undefined && budgetPath === undefined) {
    return fail({ zh: '--floor 只能与 --budget 一起使用（多笔债务共用一份预算时每笔的最低分配额）', en: '--floor works only with --budget (the least share of a shared budget each debt gets)' });
  }
  if (floorText !== undefined && !MONEY_PATTERN.test(floorText)) {
    return fail({ zh: `--floor 应为金额，如 100：${floorText}`, en: `--floor must be an amount such as 100: ${floorText}` });
  }
  const jsons: unknown[] = [];
  for (const path of [...argv, ...(budgetPath ? [budgetPath] : [])]) {
    const read = readCaseFile(path);
    if (!read.ok) return fail(read.message);
    jsons.push(read.json);
  }

  if (budgetPath !== undefined) {
    const budget = jsons.pop();
    const result = analyzePortfolio(jsons, budget, floorText ? new Decimal(floorText) : DEFAULT_FLOOR);
    if (!result.ok) return printErrors(result.errors, argv);
    process.stdout.write(`${JSON.stringify(result.report, null, 2)}\n`);
    return 0;
  }
  const results = jsons.map((json) => analyze(json));
  const errors = results.flatMap((r, file) => (r.ok ? [] : r.errors.map((e) => ({ ...e, ...(jsons.length > 1 && { file }) }))));
  if (errors.length) return printErrors(errors, argv);
  const reports = results.map((r) => (r.ok ? r.report : undefined));
  process.stdout.write(`${JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2)}\n`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  // Only a bug in the engine reaches here: say so plainly, keep the detail for the report.
  process.stderr.write(`内部错误，请报告此问题 / internal error, please report it: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
