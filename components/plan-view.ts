import type { PlanJson } from '@/lib/report/types';

/** A computed plan of the report, typed for display (PlanJson keeps its fields open). */
export interface PlanView {
  readonly kind: 'instalments' | 'deferral' | 'settlement';
  readonly base: string;
  readonly amount: string;
  readonly downPayment: string;
  readonly months: number;
  readonly payment: string;
  readonly total: string;
  readonly interest: string;
  readonly graceInterest: string;
  readonly savings: string;
  readonly affordable?: boolean;
  readonly schedule: ReadonlyArray<{ readonly n: number; readonly date: string; readonly payment: string; readonly balance: string }>;
  readonly warnings: ReadonlyArray<{ readonly id: string; readonly message: { readonly zh: string; readonly en: string }; readonly citation?: string }>;
}

/** The plan as computed, or undefined when its base did not exist (only kind and months). */
export function planView(p: PlanJson | undefined): PlanView | undefined {
  if (!p || typeof p.payment !== 'string') return undefined;
  return p as unknown as PlanView;
}

/** The plan spec of a case file, as the form holds it (any field may be missing or invalid). */
export interface PlanSpecDraft {
  readonly kind?: string;
  readonly base?: unknown;
  readonly months?: unknown;
  readonly graceMonths?: unknown;
  readonly firstDate?: unknown;
  readonly amount?: unknown;
  readonly date?: unknown;
  readonly annualRate?: unknown;
  readonly downPayment?: unknown;
}

/** Two plan specs that ask for the same thing (the recommended one, added to the case, is "the same"). */
export function samePlanSpec(a: PlanSpecDraft | undefined, b: PlanSpecDraft | undefined): boolean {
  if (!a || !b || a.kind !== b.kind) return false;
  const keys: ReadonlyArray<keyof PlanSpecDraft> = ['base', 'months', 'graceMonths', 'firstDate', 'amount', 'date'];
  const num = (x: unknown) => (typeof x === 'string' && /^\d+(\.\d+)?$/.test(x) ? x.replace(/\.?0+$/, '') : x ?? '0');
  return keys.every((k) => String(a[k] ?? '') === String(b[k] ?? ''))
    && num(a.annualRate) === num(b.annualRate) && num(a.downPayment) === num(b.downPayment);
}
