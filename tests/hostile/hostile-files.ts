import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** tests/fixtures/hostile/: the hostile case files and what each must give (expected.json). */
export const HOSTILE_DIR = fileURLToPath(new URL('../fixtures/hostile/', import.meta.url));

export interface Expected {
  readonly outcome: 'not-json' | 'errors' | 'ok';
  /** Paths that must have an error ('' = the file as a whole). */
  readonly paths?: ReadonlyArray<string>;
  /** Case paths whose text must reach the letter exactly as written, less invisible bidi controls (lib/letter/printable.ts). */
  readonly text?: Readonly<Record<string, string>>;
  readonly bom?: boolean;
  /**
   * When the browser's import refuses a file for a reason of its own: a shape the form cannot
   * show (components/form-shape.ts), or text that is not UTF-8 (the engine reads parsed JSON).
   */
  readonly browser?: 'not-a-case' | 'not-utf8';
}

export const EXPECTED = JSON.parse(readFileSync(`${HOSTILE_DIR}expected.json`, 'utf8')) as Record<string, Expected>;
export const HOSTILE_FILES = readdirSync(HOSTILE_DIR).filter((f) => f !== 'expected.json').sort();
