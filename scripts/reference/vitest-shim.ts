/**
 * Stand-in for `@/lib/analyze` that runs the Python reference (scripts/reference/analyze.py).
 * Used only by vitest.reference.config.ts to check the worked tests' figures against the
 * reference before the engine exists; never imported by the app or by the normal test run.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('./analyze.py', import.meta.url));

export function analyze(input: unknown): unknown {
  const out = execFileSync('python3', [script, '-'], { input: JSON.stringify(input), encoding: 'utf8' });
  return JSON.parse(out);
}
