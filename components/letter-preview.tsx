'use client';

import type { CSSProperties } from 'react';
import type { LabelValue, LetterBlock } from '@/lib/letter';
import { useLetter, type LetterSource } from './letter-use-letter';

/** Paper, whatever the page's theme: the preview shows what the PDF prints. */
const ink = '#1b1d21';
const muted = '#4a4f57';
const rule = '#9aa0a6';
const css = {
  paper: { background: '#ffffff', color: ink, border: `1px solid ${rule}`, borderRadius: 4, padding: '1.5rem 1.25rem', fontSize: '0.95rem', lineHeight: 1.75, overflowWrap: 'anywhere' },
  title: { fontSize: '1.4rem', textAlign: 'center', margin: '0 0 1rem', letterSpacing: '0.1em', fontWeight: 'normal' },
  fields: { display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '0 1rem', margin: '0 0 1rem', paddingBottom: '0.5rem', borderBottom: `1px solid ${rule}` },
  label: { color: muted },
  dd: { margin: 0 },
  heading: { fontSize: '1.05rem', fontWeight: 'normal', margin: '1rem 0 0.4rem' },
  p: { margin: '0 0 0.5rem' },
  quote: { margin: '0 0 0.5rem 0.75rem', paddingLeft: '0.6rem', borderLeft: `2px solid ${rule}` },
  citation: { display: 'block', color: muted, fontSize: '0.8rem', lineHeight: 1.5 },
  tableWrap: { overflowX: 'auto', margin: '0 0 0.5rem' },
  // Not the paper's `overflowWrap: anywhere`: on a 360 px phone it broke "8,781.65" over two lines.
  table: { borderCollapse: 'collapse', width: '100%', fontSize: '0.85rem', lineHeight: 1.4, overflowWrap: 'normal' },
  caption: { textAlign: 'left', color: muted, fontSize: '0.85rem' },
  th: { background: '#eef0f2', borderBottom: `1px solid ${rule}`, padding: '0.2rem 0.4rem', fontWeight: 'normal' },
  td: { borderBottom: `1px solid #d9dcdf`, padding: '0.2rem 0.4rem' },
  closing: { margin: '1rem 0 0' },
  signature: { margin: '1.25rem 0 0 50%', display: 'grid', gap: '0.4rem' },
  blank: { display: 'inline-block', minWidth: '8rem', borderBottom: `1px solid ${ink}` },
  footer: { marginTop: '1.5rem', paddingTop: '0.3rem', borderTop: `1px solid ${rule}`, color: muted, fontSize: '0.8rem' },
} satisfies Record<string, CSSProperties>;

/**
 * A cell's alignment; the first column (期数, 合计) on one line: on a phone the paper's
 * `overflowWrap: anywhere` let the table squeeze it to one character, "合" over "计" (a review).
 */
const align = (a: 'left' | 'right', column = 1): CSSProperties => (column === 0 ? { textAlign: a, whiteSpace: 'nowrap' } : { textAlign: a });

function Block({ block }: { readonly block: LetterBlock }) {
  switch (block.kind) {
    case 'heading':
      return <h3 style={css.heading}>{block.text}</h3>;
    case 'paragraph':
      return <p style={css.p}>{block.text}</p>;
    case 'quote':
      return <blockquote style={css.quote}>{block.text}</blockquote>;
    case 'point':
      return (
        <p style={css.p}>
          {block.text}
          {block.citation && <small style={css.citation}>{block.citation}</small>}
        </p>
      );
    case 'list':
      return (
        <ol style={{ ...css.p, paddingLeft: '1.5rem' }}>
          {block.items.map((item, i) => <li key={i}>{item}</li>)}
        </ol>
      );
    case 'table':
      return (
        <div style={css.tableWrap}>
          <table style={css.table}>
            <caption style={css.caption}>{block.caption}</caption>
            <thead>
              <tr>{block.columns.map((c, i) => <th key={i} scope="col" style={{ ...css.th, ...align(c.align, i) }}>{c.label}</th>)}</tr>
            </thead>
            <tbody>
              {block.rows.map((r, i) => (
                <tr key={i}>{block.columns.map((c, j) => <td key={j} style={{ ...css.td, ...align(c.align, j) }}>{r[j]}</td>)}</tr>
              ))}
            </tbody>
            <tfoot>
              <tr>{block.columns.map((c, j) => <td key={j} style={{ ...css.td, ...align(c.align, j) }}>{block.total[j]}</td>)}</tr>
            </tfoot>
          </table>
        </div>
      );
  }
}

function Fields({ fields }: { readonly fields: ReadonlyArray<LabelValue> }) {
  return (
    <dl style={css.fields}>
      {fields.map((f, i) => [<dt key={`t${i}`} style={css.label}>{f.label}</dt>, <dd key={`d${i}`} style={css.dd}>{f.value}</dd>])}
    </dl>
  );
}

interface Props extends LetterSource {
  /** The accessible name of the preview region ("信函预览" / "Letter preview"). */
  readonly label: string;
}

/** The letter as HTML, from the same letter data as the PDF: what the user will send, before they download it. */
export function LetterPreview({ label, ...source }: Props) {
  const result = useLetter(source);
  if (!result.ok) return <p role="alert">{result.message[source.language]}</p>;
  const { letter } = result;
  return (
    <article aria-label={label} lang={letter.language === 'zh' ? 'zh-CN' : 'en'} style={css.paper}>
      <h2 style={css.title}>{letter.title}</h2>
      <Fields fields={letter.fields} />
      <p style={css.p}>{letter.salutation}</p>
      {letter.blocks.map((b, i) => <Block key={i} block={b} />)}
      <div style={css.closing}>
        {letter.closing.map((l, i) => <p key={i} style={{ margin: 0, paddingLeft: l.indent ? '2em' : 0 }}>{l.text}</p>)}
      </div>
      <div style={css.signature}>
        {letter.signature.map((l, i) => (
          <div key={i}>
            <span style={css.label}>{l.label}</span> {l.value || <span style={css.blank} aria-hidden="true" />}
          </div>
        ))}
      </div>
      <p style={css.footer}>{letter.footer}</p>
    </article>
  );
}
