import type { Lang } from '@/lib/display/lang';

/**
 * What the browser keeps besides the case: the language (a small key of its own, so the case
 * file stays exactly the case). Read through useSyncExternalStore: the server render and the
 * first client render use the default, then the stored choice.
 */
export const UI_KEY = 'repayment-planner:ui';

export interface UiState {
  readonly lang: Lang;
}

const DEFAULT: UiState = { lang: 'zh' };
/** The current state, once read; kept in memory too, so a choice holds where storage is blocked. */
let memory: UiState | undefined;
const listeners = new Set<() => void>();

function readStorage(): UiState {
  try {
    const raw = window.localStorage.getItem(UI_KEY);
    const parsed = raw ? (JSON.parse(raw) as Partial<UiState>) : {};
    if (parsed.lang === 'zh' || parsed.lang === 'en') return { ...DEFAULT, lang: parsed.lang };
  } catch {
    // Storage unavailable (private mode, blocked) or a damaged entry: the defaults still work.
  }
  return DEFAULT;
}

export const uiSnapshot = (): UiState => (memory ??= readStorage());
export const uiServerSnapshot = (): UiState => DEFAULT;

export function subscribeUi(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab changed the language: follow it.
  const onStorage = (e: StorageEvent) => {
    if (e.key !== UI_KEY) return;
    memory = undefined;
    listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function setUiState(patch: Partial<UiState>): void {
  memory = { ...uiSnapshot(), ...patch };
  try {
    window.localStorage.setItem(UI_KEY, JSON.stringify(memory));
  } catch {
    // Not stored: the choice still holds for this visit.
  }
  listeners.forEach((l) => l());
}
