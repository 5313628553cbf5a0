import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import type { CaseDraft } from '@/components/case-json';
import { LangProvider } from '@/components/language';
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
