import { cleanup, render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { afterEach, beforeAll } from 'vitest';
import type { CaseDraft } from '@/components/case-json';
import { loadEngine } from '@/components/engine';
import { LangProvider } from '@/components/language';
import { setUiState } from '@/components/ui-state';
import type { Lang } from '@/lib/display/lang';

/** Renders components that read the case form and the language, with a given case in the form. */
export function renderInForm(ui: ReactNode, { lang = 'zh', values = {} }: { lang?: Lang; values?: unknown } = {}): RenderResult {
  function Harness() {
    const form = useForm<CaseDraft>({ defaultValues: values as CaseDraft });
    return (
      <LangProvider value={lang}>
        <FormProvider {...form}>{ui}</FormProvider>
      </LangProvider>
    );
  }
  return render(<Harness />);
}

/** Text with the whitespace React splits around interpolations collapsed. */
export const textOf = (el: Element): string => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A table row as its cells' texts, space-separated. */
export const cellsOf = (row: Element): string => [...row.querySelectorAll('th, td')].map(textOf).join(' ');

/**
 * For tests that render the whole planner: the engine loaded once before them, and after each one
 * the page unmounted, the language back to Chinese and the stored draft gone.
 */
export function plannerTestHooks(): void {
  beforeAll(async () => {
    await loadEngine();
  });
  afterEach(() => {
    cleanup();
    setUiState({ lang: 'zh' });
    window.localStorage.clear();
  });
}
