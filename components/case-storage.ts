import type { Bilingual } from '@/lib/display/lang';
import { caseFileText } from './case-json';
import { formShapeProblem } from './form-shape';
import './zod-jitless';
import { saveFile } from './save-file';

/** The draft in the browser: the case file's JSON under one key. Nothing leaves the device. */
export const CASE_KEY = 'repayment-planner:case';
/** Where a draft that cannot be read is set aside (with the time), never deleted. */
export const SET_ASIDE_PREFIX = 'repayment-planner:case:damaged:';

export type DraftOutcome =
  | { readonly kind: 'none' }
  | { readonly kind: 'draft'; readonly json: Record<string, unknown> }
  /** The draft was not a JSON object: copied to `key`; if that failed, it is still under CASE_KEY and autosave is paused. */
  | { readonly kind: 'set-aside'; readonly key: string; readonly paused: boolean };

/** Autosave stops when a damaged draft could not be copied aside, so that it is not overwritten. */
let autosavePaused = false;

/** The draft's text as stored now, or null (none, or storage blocked). */
export function readDraftText(): string | null {
  try {
    return window.localStorage.getItem(CASE_KEY);
  } catch {
    return null;
  }
}

/**
 * Reads the draft. A draft that is not a JSON object (cut short, edited by hand, damaged by the
 * disk) is never dropped: it is copied under SET_ASIDE_PREFIX + the time before anything can save
 * over it (once: an identical copy is reused), and the caller tells the user.
 */
export function readDraft(now: Date = new Date()): DraftOutcome {
  const raw = readDraftText();
  if (!raw) return { kind: 'none' };
  const json = draftFromText(raw);
  if (json) return { kind: 'draft', json };
  try {
    const key = setAsideKeys().find((k) => window.localStorage.getItem(k) === raw) ?? SET_ASIDE_PREFIX + now.toISOString();
    window.localStorage.setItem(key, raw);
    return { kind: 'set-aside', key, paused: false };
  } catch {
    autosavePaused = true;
    return { kind: 'set-aside', key: CASE_KEY, paused: true };
  }
}

/**
 * A stored draft's text as the JSON object it should be, else undefined: not JSON, not an object,
 * or holding a group or list the form cannot show (formShapeProblem).
 */
export function draftFromText(raw: string): Record<string, unknown> | undefined {
  try {
    const parsed = JSON.parse(raw) as unknown;
    const object = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
    return object && !formShapeProblem(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The keys of the drafts set aside so far. */
export function setAsideKeys(): string[] {
  const keys: string[] = [];
  for (let i = 0; i < window.localStorage.length; i++) {
    const key = window.localStorage.key(i);
    if (key?.startsWith(SET_ASIDE_PREFIX)) keys.push(key);
  }
  return keys.sort();
}

/** The draft as a JSON object, else undefined (a damaged draft is set aside by readDraft first). */
export function loadDraft(): Record<string, unknown> | undefined {
  const draft = readDraft();
  return draft.kind === 'draft' ? draft.json : undefined;
}

export function saveDraft(json: unknown): void {
  if (autosavePaused) return;
  try {
    window.localStorage.setItem(CASE_KEY, JSON.stringify(json));
  } catch {
    // Storage full or blocked: the work stays in the page; export still works.
  }
}

/** Offers a damaged draft, exactly as stored, as a file to keep or to send to someone who can help. */
export function downloadSetAside(key: string): void {
  let raw: string | null = null;
  try {
    raw = window.localStorage.getItem(key);
  } catch {
    // Unreadable storage: nothing to offer.
  }
  if (raw !== null) saveFile(new Blob([raw], { type: 'text/plain' }), 'repayment-case-damaged-draft.txt');
}

/** Offers the case as a .json file to save: the same text import reads back. */
export function downloadCase(json: unknown, fileName: string): void {
  saveFile(new Blob([caseFileText(json)], { type: 'application/json' }), fileName);
}

const MAX_IMPORT_BYTES = 1024 * 1024;

export type RefusalReason = 'too-big' | 'not-utf8' | 'not-json' | 'not-a-case';

export type ImportOutcome =
  | { readonly ok: true; readonly json: Record<string, unknown> }
  | { readonly ok: false; readonly reason: RefusalReason; readonly detail?: Bilingual };

/** Deeper than any case file (overdue.penalty.rate.value is 4 levels) by a wide margin. */
const MAX_DEPTH = 16;
/** The longest list the format allows (payments, lib/case/schema.ts MAX_PAYMENTS). */
const MAX_ITEMS = 3000;

/**
 * What would make the form itself struggle, before it sees the file: a list with more entries than
 * the format allows (10,000 payment rows would freeze the page) or nesting no case file has.
 */
function shapeProblem(value: unknown, path = '', depth = 0): Bilingual | undefined {
  if (depth > MAX_DEPTH) return { zh: '文件的层级过深，不是案件文件。', en: 'The file is nested far too deeply to be a case file.' };
  if (typeof value !== 'object' || value === null) return undefined;
  if (Array.isArray(value) && value.length > MAX_ITEMS) {
    return { zh: `“${path}”有 ${value.length} 条，最多 ${MAX_ITEMS} 条。`, en: `"${path}" has ${value.length} entries; at most ${MAX_ITEMS} are allowed.` };
  }
  for (const [key, child] of Object.entries(value)) {
    const problem = shapeProblem(child, path ? `${path}.${key}` : key, depth + 1);
    if (problem) return problem;
  }
  return undefined;
}

/**
 * Reads a case file's text. Refused: over 1 MB, not JSON, a shape no case file has (shapeProblem),
 * or not a case of this format (the engine's parseCase says why). Anything else loads as it is,
 * errors and all, to be corrected.
 */
export async function readCaseFile(file: Blob): Promise<ImportOutcome> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, reason: 'too-big' };
  let text: string;
  try {
    // Strict UTF-8 (a byte-order mark is dropped): a file saved as GBK ("ANSI" in Notepad on a
    // Chinese Windows) would otherwise load with every Chinese character turned into "�".
    text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    return { ok: false, reason: 'not-utf8' };
  }
  let json: unknown;
  try {
    json = JSON.parse(text) as unknown;
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  const shape = shapeProblem(json) ?? formShapeProblem(json);
  if (shape) return { ok: false, reason: 'not-a-case', detail: shape };
  const { parseCase } = await import('@/lib/case/parse-case');
  const parsed = parseCase(json);
  const wrongFile = !parsed.ok && parsed.errors.some((e) => e.path === '' || e.path === 'format');
  if (wrongFile || typeof json !== 'object' || json === null || Array.isArray(json)) {
    const detail = parsed.ok ? undefined : parsed.errors[0]?.message;
    return { ok: false, reason: 'not-a-case', ...(detail && { detail }) };
  }
  return { ok: true, json: json as Record<string, unknown> };
}
