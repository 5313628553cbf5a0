'use client';

import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { get, useFormContext, useFormState } from 'react-hook-form';
import type { CaseDraft } from './case-json';
import type { CasePath } from './form-fields';

/** True while the page is being printed: every fold renders its content (see usePrintExpansion). */
export const PrintingContext = createContext(false);

interface FoldProps {
  readonly summary: ReactNode;
  readonly children: ReactNode;
  /** Render the content only once opened (long tables). */
  readonly lazy?: boolean;
  readonly className?: string;
  readonly id?: string;
}

/**
 * Progressive disclosure with the native <details>: keyboard and screen-reader friendly as it
 * is, open by default in print.
 */
export function Fold({ summary, children, lazy, className, id }: FoldProps) {
  const printing = useContext(PrintingContext);
  const [opened, setOpened] = useState(false);
  return (
    <details className={`fold${className ? ` ${className}` : ''}`} id={id} onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>{summary}</summary>
      <div className="fold-body">{!lazy || opened || printing ? children : null}</div>
    </details>
  );
}

interface FieldFoldProps {
  readonly summary: ReactNode;
  readonly children: ReactNode;
  /** The case paths inside: the fold opens by itself when one of them has an error to fix. */
  readonly names: ReadonlyArray<string>;
  /** Render the fields only once opened (a long list). */
  readonly lazy?: boolean;
}

/**
 * A fold of form fields. It opens by itself when one of its fields has an error, and names its
 * paths (data-fold-paths) so the error summary can open it to reach a field not yet rendered.
 */
export function FieldFold({ summary, children, names, lazy }: FieldFoldProps) {
  const ref = useRef<HTMLDetailsElement>(null);
  const printing = useContext(PrintingContext);
  const [opened, setOpened] = useState(false);
  const { control } = useFormContext<CaseDraft>();
  const { errors } = useFormState({ control, name: names as CasePath[] });
  const hasError = names.some((n) => get(errors, n) !== undefined);
  useEffect(() => {
    if (hasError && ref.current) ref.current.open = true;
  }, [hasError]);
  return (
    <details className="fold" ref={ref} data-fold-paths={names.join(' ')} onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>{summary}</summary>
      <div className="fold-body">{!lazy || opened || printing ? children : null}</div>
    </details>
  );
}
