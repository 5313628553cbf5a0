import { Text, View } from '@react-pdf/renderer';
import type { IncidentTable } from '@/lib/guidance/complaint-letter';
import { cjkBreakPoints } from '@/lib/letter';
import { pdfStyles as s } from './pdf-letter-styles';

/** The room for a cell's text, in points: its share of the A4 page between the margins, less its padding. */
const roomIn = (percent: number): number => ((595.28 - 2 * s.page.paddingHorizontal) * percent) / 100 - 2 * s.cell.paddingHorizontal;

/**
 * At least a character's width in em, in Noto Sans SC (measured: m, w, M, W, % and @ up to 0.946;
 * other capitals, & and ` up to 0.742; other lower case up to 0.62; digits and the other ASCII up
 * to 0.559). Only an upper bound matters: it adds break points, and a word that fits is not broken.
 */
const emOf = (ch: string): number => {
  if (ch.codePointAt(0)! > 0x7e) return 1;
  if (/[mwMW%@]/.test(ch)) return 0.95;
  if (/[A-Z&`]/.test(ch)) return 0.75;
  return /[a-z]/.test(ch) ? 0.62 : 0.56;
};
const widthOf = (text: string): number => [...text].reduce((sum, ch) => sum + emOf(ch), 0) * s.cell.fontSize;

/** A part wider than the cell, cut after its punctuation ("0571-" "12345678"), and where that is not enough, wherever the cell is full. */
function cutToFit(part: string, room: number): string[] {
  const pieces: string[] = [];
  for (const chunk of part.split(/(?<=[-/_.,:;@])/)) {
    let piece = '';
    for (const ch of chunk) {
      if (piece && widthOf(piece + ch) > room) {
        pieces.push(piece);
        piece = '';
      }
      piece += ch;
    }
    pieces.push(piece);
  }
  return pieces;
}

/**
 * The letter's break points (pdf-renderer-quirks.tsx, note 2), plus some inside a word too wide for
 * its cell: react-pdf never breaks a word, so a phone number in the narrow "Who" column ran on
 * into the next one. The '' between parts is the same zero-width break, with no hyphen drawn.
 */
const breaksWithin = (room: number) => (word: string): string[] =>
  cjkBreakPoints(word)
    .flatMap((part) => (widthOf(part) > room ? cutToFit(part, room) : [part]))
    .flatMap((part, i) => (i === 0 ? [part] : ['', part]));

function Row({ cells, table, style, fixed = false }: { readonly cells: ReadonlyArray<string>; readonly table: IncidentTable; readonly style: (typeof s)[keyof typeof s]; readonly fixed?: boolean }) {
  return (
    <View style={style} wrap={false} fixed={fixed}>
      {table.columns.map((c, i) => (
        <Text key={i} wrap={false} hyphenationCallback={breaksWithin(roomIn(c.width))} style={[s.cell, { flexGrow: 0, flexShrink: 0, flexBasis: `${c.width}%`, lineHeight: 1.4 }]}>{cells[i] ?? ''}</Text>
      ))}
    </View>
  );
}

/**
 * Cells take fixed shares of the row (flexBasis, not flex: a zero basis collapses them), and each
 * cell is `wrap={false}` as well as the row: in react-pdf 4.9.0 a row of multi-line cells is
 * otherwise still split across a page break, with half of it on each page.
 *
 * The enclosed log of collection contacts, on a page of its own: columns in the proportions the table
 * data gives (what happened and the rules broken need room), the header repeated on every page
 * (`fixed`), a row never split across pages.
 */
export function PdfComplaintTable({ table }: { readonly table: IncidentTable }) {
  return (
    <View style={s.table} break>
      <Text style={s.heading}>{table.caption}</Text>
      <Row cells={table.columns.map((c) => c.label)} table={table} style={s.tableHeader} fixed />
      {table.rows.map((r, i) => (
        <Row key={i} cells={r} table={table} style={s.tableRow} />
      ))}
    </View>
  );
}
