'use client';

import { Fragment, type ReactNode } from 'react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import type { CaseDraft } from './case-json';
import { GroupError } from './form-fields';

/** The case's lists edited row by row with an add button (fees, late fees, spending items). */
type ListPath = 'loan.fees' | 'overdue.lateFees' | 'budget.items';

interface RowListProps {
  readonly name: ListPath;
  readonly legend: ReactNode;
  readonly hint: ReactNode;
  readonly addLabel: string;
  /** The row the add button appends. */
  readonly newRow: () => Record<string, unknown>;
  /** One row's fields, given its index and how to remove it. */
  readonly row: (index: number, remove: () => void) => ReactNode;
  /** What follows the add button, given how many rows there are. */
  readonly after?: (count: number) => ReactNode;
}

/** A list of the case as a fieldset: its error, its rows, and a button to add one. */
export function RowList({ name, legend, hint, addLabel, newRow, row, after }: RowListProps) {
  const { control } = useFormContext<CaseDraft>();
  const { fields, append, remove } = useFieldArray({ control, name });
  return (
    <fieldset className="field-group">
      <legend>{legend}</legend>
      <p className="hint">{hint}</p>
      <GroupError name={name} />
      {fields.map((f, i) => (
        <Fragment key={f.id}>{row(i, () => remove(i))}</Fragment>
      ))}
      <button type="button" className="secondary" onClick={() => append(newRow() as never)}>
        {addLabel}
      </button>
      {after?.(fields.length)}
    </fieldset>
  );
}

/** One row of such a list: its title, its fields, and the link that removes it. */
export function RowItem({ title, removeLabel, onRemove, children }: { readonly title: string; readonly removeLabel: string; readonly onRemove: () => void; readonly children: ReactNode }) {
  return (
    <div className="row-item">
      <p className="row-title">{title}</p>
      {children}
      <button type="button" className="link-button" onClick={onRemove}>
        {removeLabel}
      </button>
    </div>
  );
}
