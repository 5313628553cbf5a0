'use client';

import type { ReactNode } from 'react';
import { get, useFormContext, useFormState, useWatch, type FieldPath } from 'react-hook-form';
import type { CaseDraft } from './case-json';
import { typedAmount, typedPercent } from '@/lib/display/typed-amount';
import { fieldId, optional as dropEmpty } from './case-json';
import { useLang, useT } from './language';

/**
 * Labelled inputs bound to one path of the case file. Each has a visible label, an optional
 * hint, and its error (from the engine's schema, in the current language) tied to it with
 * aria-describedby; the error is written above the input, where a screen reader meets it first.
 */
export type CasePath = FieldPath<CaseDraft>;

interface Described {
  readonly name: string;
  readonly label: ReactNode;
  readonly hint?: ReactNode;
  /** Marked "(optional)", and left out of the case when empty. */
  readonly optional?: boolean;
  readonly hideLabel?: boolean;
}

/** The error for a path, in the current language (worded by the resolver, components/form-labels.ts). */
function useFieldError(name: string): string | undefined {
  const { control } = useFormContext<CaseDraft>();
  const { errors } = useFormState({ control, name: name as CasePath });
  const lang = useLang();
  const e = get(errors, name) as { types?: Record<string, string>; message?: string } | undefined;
  const message = e?.types?.[lang] ?? e?.message;
  return message || undefined;
}

function FieldLabel({ id, label, optional, hidden }: { id: string; label: ReactNode; optional?: boolean; hidden?: boolean }) {
  const t = useT();
  return (
    <label htmlFor={id} className={hidden ? 'visually-hidden' : undefined}>
      {label}
      {optional && <span className="optional"> {t('field.optional')}</span>}
    </label>
  );
}

function useDescribed(name: string, hint: ReactNode) {
  const id = fieldId(name);
  const error = useFieldError(name);
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const messages = (
    <>
      {hint && <p id={`${id}-hint`} className="hint">{hint}</p>}
      {error && <p id={`${id}-error`} className="error">{error}</p>}
    </>
  );
  return { id, error, describedBy, messages };
}

interface TextFieldProps extends Described {
  readonly type?: 'text' | 'date';
  readonly inputMode?: 'decimal' | 'numeric' | 'text';
  readonly unit?: string;
  readonly setValueAs?: (v: unknown) => unknown;
  readonly placeholder?: string;
  readonly autoComplete?: string;
  readonly className?: string;
  /**
   * An amount in yuan: a decimal keypad and the 元 unit, and "10,000", "¥1.2万" or full-width
   * digits kept as the plain amount they mean.
   */
  readonly money?: boolean;
  /**
   * A rate in percent: a decimal keypad and the % unit, and "0.05%" as copied from a contract read
   * as 0.05 (lib/display/typed-amount.ts).
   */
  readonly percent?: boolean;
}

const asAmount = (v: unknown): unknown => (typeof v === 'string' ? typedAmount(v) : v);
const asPercent = (v: unknown): unknown => (typeof v === 'string' ? typedPercent(v) : v);

export function TextField({ name, label, hint, optional, hideLabel, type = 'text', inputMode, unit, setValueAs, placeholder, autoComplete = 'off', className, money, percent }: TextFieldProps) {
  const t = useT();
  const { register } = useFormContext<CaseDraft>();
  const keypad = inputMode ?? (money || percent ? 'decimal' : undefined);
  const shownUnit = unit ?? (money ? t('unit.yuan') : percent ? '%' : undefined);
  const { id, error, describedBy, messages } = useDescribed(name, hint);
  const given = setValueAs ?? (optional ? dropEmpty : undefined);
  const typed = money ? asAmount : percent ? asPercent : undefined;
  const toValue = typed ? (v: unknown) => (given ? given(typed(v)) : typed(v)) : given;
  const input = (
    <input
      id={id}
      type={type}
      inputMode={keypad}
      autoComplete={autoComplete}
      placeholder={placeholder}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy}
      {...register(name as CasePath, { setValueAs: toValue })}
    />
  );
  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <FieldLabel id={id} label={label} optional={optional} hidden={hideLabel} />
      {messages}
      {shownUnit ? <div className="with-unit">{input}<span className="unit" aria-hidden="true">{shownUnit}</span></div> : input}
    </div>
  );
}

export function TextAreaField({ name, label, hint, optional, rows = 3 }: Described & { readonly rows?: number }) {
  const { register } = useFormContext<CaseDraft>();
  const { id, error, describedBy, messages } = useDescribed(name, hint);
  return (
    <div className="field">
      <FieldLabel id={id} label={label} optional={optional} />
      {messages}
      <textarea id={id} rows={rows} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...register(name as CasePath, { setValueAs: optional ? dropEmpty : undefined })} />
    </div>
  );
}

export interface Choice {
  readonly value: string;
  readonly label: string;
  readonly hint?: string;
}

/**
 * A select. Its first option is empty ("choose…", or "default" for an optional field) and leaves
 * the field out of the case, so that mounting a select never writes a value the user did not pick.
 */
interface SelectFieldProps extends Described {
  readonly choices: ReadonlyArray<Choice>;
  readonly setValueAs?: (v: unknown) => unknown;
  readonly className?: string;
  /** What leaving an optional select empty means ("not in the contract: 360 days"). */
  readonly defaultLabel?: string;
}

export function SelectField({ name, label, hint, optional, hideLabel, choices, setValueAs, className, defaultLabel }: SelectFieldProps) {
  const { register } = useFormContext<CaseDraft>();
  const t = useT();
  const { id, error, describedBy, messages } = useDescribed(name, hint);
  const asValue = (v: unknown) => (v === '' ? undefined : setValueAs ? setValueAs(v) : v);
  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <FieldLabel id={id} label={label} optional={optional} hidden={hideLabel} />
      {messages}
      <select id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...register(name as CasePath, { setValueAs: asValue })}>
        <option value="">{optional ? (defaultLabel ?? t('field.default')) : t('field.choose')}</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>{c.label}</option>
        ))}
      </select>
    </div>
  );
}

/** A field's value, and a setter that validates it: for inputs the form does not register itself. */
export function useCaseValue<T>(name: string): [T | undefined, (value: T | undefined) => void] {
  const { control, setValue } = useFormContext<CaseDraft>();
  const value = useWatch({ control, name: name as CasePath }) as T | undefined;
  const set = (next: T | undefined) => setValue(name as CasePath, next as never, { shouldDirty: true, shouldTouch: true, shouldValidate: true });
  return [value, set];
}

/**
 * Radio buttons for a string field, each with a one-line explanation. Controlled, so that a case
 * without this field keeps it absent until the user picks one.
 */
export function RadioField({ name, label, hint, choices }: Described & { readonly choices: ReadonlyArray<Choice> }) {
  const { id, describedBy, messages } = useDescribed(name, hint);
  const [value, setValue] = useCaseValue<string>(name);
  return (
    <fieldset className="field radios" id={id} aria-describedby={describedBy}>
      <legend>{label}</legend>
      {messages}
      {choices.map((c) => (
        <div className="radio" key={c.value}>
          <input
            type="radio"
            id={`${id}-${c.value}`}
            name={id}
            value={c.value}
            checked={value === c.value}
            onChange={() => setValue(c.value)}
            aria-describedby={c.hint ? `${id}-${c.value}-hint` : undefined}
          />
          <label htmlFor={`${id}-${c.value}`}>
            <span className="choice-label">{c.label}</span>
            {c.hint && <span className="choice-hint" id={`${id}-${c.value}-hint`}>{c.hint}</span>}
          </label>
        </div>
      ))}
    </fieldset>
  );
}

/** A yes/no field; absent until ticked or unticked. */
export function CheckboxField({ name, label, hint }: Described) {
  const { id, describedBy, messages } = useDescribed(name, hint);
  const [value, setValue] = useCaseValue<boolean>(name);
  return (
    <div className="field checkbox">
      <input type="checkbox" id={id} checked={value === true} onChange={(e) => setValue(e.target.checked)} aria-describedby={describedBy} />
      <label htmlFor={id}>{label}</label>
      {messages}
    </div>
  );
}

/** The error of a whole group (a late-fee row, the penalty terms…), shown where the group is. */
export function GroupError({ name }: { readonly name: string }) {
  const { control } = useFormContext<CaseDraft>();
  const { errors } = useFormState({ control, name: name as CasePath, exact: true });
  const lang = useLang();
  const e = get(errors, name) as { types?: Record<string, string>; message?: string } | undefined;
  const message = e?.types?.[lang] ?? e?.message;
  if (!message) return null;
  return <p className="error" id={`${fieldId(name)}`} tabIndex={-1}>{message}</p>;
}
