/**
 * CLI: `npm run analyze -- case.json` prints the report of repayment-report/1 as JSON.
 * Bad input prints the field errors (JSON on stdout, a readable list on stderr) and exits 2.
 * A user's mistake never produces a stack trace.
 */
import { readCaseFile } from './read-case-file';
import { analyze } from '../lib/analyze';

function main(argv: ReadonlyArray<string>): number {
  const paths = argv.filter((a) => !a.startsWith('--'));
  if (paths.length !== 1 || argv.includes('--help')) {
    process.stderr.write('usage: npm run analyze -- path/to/case.json\n用法：npm run analyze -- 案件文件.json\n');
    return paths.length === 1 ? 0 : 2;
  }
  const read = readCaseFile(paths[0]!);
  if (!read.ok) {
    process.stderr.write(`${read.message.zh}\n${read.message.en}\n`);
    return 2;
  }
  const result = analyze(read.json);
  if (!result.ok) {
    process.stdout.write(`${JSON.stringify({ errors: result.errors }, null, 2)}\n`);
    for (const e of result.errors) process.stderr.write(`- ${e.message.zh}\n  ${e.message.en}\n`);
    return 2;
  }
  process.stdout.write(`${JSON.stringify(result.report, null, 2)}\n`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  // Only a bug in the engine reaches here: say so plainly, keep the detail for the report.
  process.stderr.write(`内部错误，请报告此问题 / internal error, please report it: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
