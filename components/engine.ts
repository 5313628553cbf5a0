import { useSyncExternalStore } from 'react';
import type { AnalyzeResult } from '@/lib/analyze';
import './zod-jitless';

/**
 * The engine (lib/analyze with zod and decimal.js, about 60 KB gzipped) is loaded right after the
 * page starts rather than with it, which keeps the page's first-load JavaScript within budget; the
 * form is usable meanwhile. Once loaded it is called synchronously.
 */
type Engine = typeof import('@/lib/analyze');

let engine: Engine | undefined;
let loading: Promise<Engine> | undefined;
const listeners = new Set<() => void>();

export function loadEngine(): Promise<Engine> {
  loading ??= import('@/lib/analyze').then((m) => {
    engine = m;
    listeners.forEach((l) => l());
    return m;
  });
  return loading;
}

/** For useSyncExternalStore: the engine once loaded, else undefined. */
const engineSnapshot = (): Engine | undefined => engine;
const noEngine = (): Engine | undefined => undefined;
function subscribeEngine(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The engine once loaded, else undefined; the component renders again when it arrives. */
export function useEngine(): Engine | undefined {
  return useSyncExternalStore(subscribeEngine, engineSnapshot, noEngine);
}

// One keystroke validates (the form's resolver) and renders the results from the same case
// text: the last analysis is kept, so the engine runs once per change.
let last: { readonly key: string; readonly result: AnalyzeResult } | undefined;

/** The analysis of a case given as its JSON text (the cache key). */
export function analyzeText(e: Engine, key: string): AnalyzeResult {
  if (last?.key === key) return last.result;
  const started = performance.now();
  const result = e.analyze(JSON.parse(key) as unknown);
  last = { key, result };
  recordTiming(performance.now() - started);
  return result;
}

/** scripts/bench-ui.ts sets this global to read how long each engine run took. */
interface BenchHook { __plannerEngineMs?: number[] }

function recordTiming(ms: number): void {
  const timings = (globalThis as BenchHook).__plannerEngineMs;
  if (Array.isArray(timings)) timings.push(ms);
}
