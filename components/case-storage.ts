import { caseFileText } from './case-json';

/** The draft in the browser: the case file's JSON under one key. Nothing leaves the device. */
export const CASE_KEY = 'repayment-planner:case';

export function loadDraft(): unknown {
  try {
    const raw = window.localStorage.getItem(CASE_KEY);
    if (!raw) return undefined;
    const parsed = JSON.parse(raw) as unknown;
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

export function saveDraft(json: unknown): void {
  try {
    window.localStorage.setItem(CASE_KEY, JSON.stringify(json));
  } catch {
    // Storage full or blocked: the work stays in the page; export still works.
  }
}

/** Offers the case as a .json file to save: the same text import reads back. */
export function downloadCase(json: unknown, fileName: string): void {
  const blob = new Blob([caseFileText(json)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const MAX_IMPORT_BYTES = 1024 * 1024;

export type ImportOutcome =
  | { readonly ok: true; readonly json: Record<string, unknown> }
  | { readonly ok: false; readonly reason: 'too-big' | 'not-json' | 'not-a-case'; readonly detail?: { readonly zh: string; readonly en: string } };

/**
 * Reads a case file's text. Refused: over 1 MB, not JSON, or not a case of this format (the
 * engine's parseCase says why). Anything else loads as it is, errors and all, to be corrected.
 */
export async function readCaseFile(file: Blob): Promise<ImportOutcome> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, reason: 'too-big' };
  let json: unknown;
  try {
    json = JSON.parse(await file.text()) as unknown;
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  const { parseCase } = await import('@/lib/case/parse-case');
  const parsed = parseCase(json);
  const wrongFile = !parsed.ok && parsed.errors.some((e) => e.path === '' || e.path === 'format');
  if (wrongFile || typeof json !== 'object' || json === null || Array.isArray(json)) {
    const detail = parsed.ok ? undefined : parsed.errors[0]?.message;
    return { ok: false, reason: 'not-a-case', ...(detail && { detail }) };
  }
  return { ok: true, json: json as Record<string, unknown> };
}
