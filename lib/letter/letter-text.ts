import type { Letter, LetterBlock } from './types';

const blockText = (b: LetterBlock): string[] => {
  switch (b.kind) {
    case 'table':
      return [b.caption, ...b.columns.map((c) => c.label), ...b.rows.flat(), ...b.total];
    case 'list':
      return [...b.items];
    case 'point':
      return b.citation ? [b.text, b.citation] : [b.text];
    default:
      return [b.text];
  }
};

/**
 * Every text the letter prints, in order: what a renderer must have glyphs for (a rarely used
 * character in a name needs a fallback font) and what a test finds in the rendered PDF.
 */
export function letterText(letter: Letter): string[] {
  return [
    letter.title,
    ...letter.fields.flatMap((f) => [f.label, f.value]),
    letter.salutation,
    ...letter.blocks.flatMap(blockText),
    ...letter.closing.map((l) => l.text),
    ...letter.signature.flatMap((f) => [f.label, f.value]),
    letter.footer,
    letter.pageLabel,
  ];
}
