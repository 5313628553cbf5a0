/**
 * Every field a case file can hold is named in words in both languages when it is in error: a
 * path no label covers falls back to "Field letter.requests.0", which tells a borrower nothing.
 * The paths are read from the schema itself, so a field added later without a label fails here.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { caseSchema } from '@/lib/case/schema';
import { labelFor } from '@/lib/case/field-labels';
import { analyzePortfolio } from '@/lib/portfolio';

type Path = ReadonlyArray<string | number>;

/** Every path in a schema: object keys, list items (index 0), the arms of a union. */
function pathsOf(schema: z.ZodType, at: Path = []): Path[] {
  const s = schema as unknown as { def: { type: string }; shape?: Record<string, z.ZodType>; unwrap?: () => z.ZodType; element?: z.ZodType; options?: z.ZodType[]; in?: z.ZodType };
  switch (s.def.type) {
    case 'object': return [at, ...Object.entries(s.shape!).flatMap(([k, v]) => pathsOf(v, [...at, k]))];
    case 'optional': case 'nullable': case 'default': return pathsOf(s.unwrap!(), at);
    case 'array': return [at, ...pathsOf(s.element!, [...at, 0])];
    case 'union': return [at, ...s.options!.flatMap((o) => pathsOf(o, at).filter((p) => p.length > at.length))];
    case 'pipe': return pathsOf(s.in!, at);
    default: return [at];
  }
}

describe('field labels', () => {
  const paths = pathsOf(caseSchema);

  it('the walk reaches the deep fields (so the test below sees them)', () => {
    const keys = paths.map((p) => p.join('.'));
    expect(keys).toEqual(expect.arrayContaining(['letter.requests.0', 'overdue.penalty.rate.per', 'plans.0.graceInterest', 'evidence.0.attachments.0', 'budget.items.0.kind']));
  });

  it('every path of the case schema has a label in Chinese and English', () => {
    const unnamed = paths.filter((p) => p.length > 0 && labelFor(p).en.startsWith('Field ')).map((p) => p.join('.'));
    expect(unnamed).toEqual([]);
  });

  it('a shared budget file names its fields as a case names its budget (portfolio CLI)', () => {
    const r = analyzePortfolio([], { income: '8000', essentials: 'lots' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]).toMatchObject({ path: 'budget.essentials', file: 'budget' });
    expect(r.errors[0]!.message.en).toMatch(/^Essential spending \(budget\.essentials\) must be an amount/);
    expect(r.errors[0]!.message.zh).toMatch(/^必要开支（budget\.essentials）/);
    // A budget that is not an object at all is named too, not "(root)".
    const notObject = analyzePortfolio([], 'eight thousand');
    expect(notObject.ok || notObject.errors[0]!.message.en).toMatch(/^Budget \(budget\) must be an object/);
  });
});
