import { readFileSync, statSync } from 'node:fs';

/** Case files are a few kilobytes; anything far larger is not a case and is refused before it is read. */
export const MAX_CASE_BYTES = 2 * 1024 * 1024;

type Words = { zh: string; en: string };
export type ReadResult = { ok: true; json: unknown } | { ok: false; message: Words };

/** Reads and parses a case file, turning every failure into a message for the user. */
export function readCaseFile(path: string): ReadResult {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return { ok: false, message: { zh: `找不到文件：${path}`, en: `cannot read the file: ${path}` } };
  }
  if (size > MAX_CASE_BYTES) {
    return { ok: false, message: { zh: `文件过大（${size} 字节，上限 ${MAX_CASE_BYTES}），不是案件文件`, en: `the file is too large (${size} bytes, limit ${MAX_CASE_BYTES}) to be a case file` } };
  }
  try {
    // A byte order mark (Windows Notepad writes one) is not part of the JSON; the browser's reader drops it too.
    return { ok: true, json: JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')) };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { ok: false, message: { zh: `不是有效的 JSON 文件：${why}`, en: `not a valid JSON file: ${why}` } };
  }
}
