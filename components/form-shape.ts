import type { Bilingual } from '@/lib/display/lang';

/**
 * The groups and lists the form's inputs are bound to. A case file holding, say, a string where
 * the form expects the penalty group, or a null among the plans, has no way to be shown in the
 * form: such a file is refused on import, and such a draft is set aside (case-storage.ts), with
 * the field named. Everything else loads as it is, errors and all, for the schema to explain.
 */
const GROUPS = ['lender', 'borrower', 'loan', 'loan.rate', 'overdue', 'overdue.penalty', 'overdue.penalty.rate', 'claim', 'budget', 'letter'] as const;
/** Lists whose entries are groups of fields (a row of inputs each). */
const ROW_LISTS = ['loan.fees', 'overdue.lateFees', 'payments', 'plans', 'budget.items', 'evidence'] as const;
/** Lists of single values. */
const VALUE_LISTS = ['letter.requests'] as const;

const isGroup = (x: unknown): boolean => typeof x === 'object' && x !== null && !Array.isArray(x);

function at(json: unknown, path: string): unknown {
  let node = json;
  for (const key of path.split('.')) {
    if (!isGroup(node)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function kindOf(x: unknown): Bilingual {
  if (x === null) return { zh: 'null', en: 'null' };
  if (Array.isArray(x)) return { zh: '列表', en: 'a list' };
  if (typeof x === 'string') return { zh: '文字', en: 'text' };
  if (typeof x === 'number') return { zh: '数字', en: 'a number' };
  if (typeof x === 'boolean') return { zh: '真假值', en: 'true/false' };
  return { zh: '一组字段', en: 'a group of fields' };
}

/** The first group or list of the wrong kind in a case file, named, or undefined. */
export function formShapeProblem(json: unknown): Bilingual | undefined {
  for (const path of GROUPS) {
    const value = at(json, path);
    if (value !== undefined && !isGroup(value)) {
      const k = kindOf(value);
      return { zh: `“${path}”应为一组字段（{…}），文件里是${k.zh}。`, en: `"${path}" must be a group of fields ({…}); the file has ${k.en}.` };
    }
  }
  for (const path of [...ROW_LISTS, ...VALUE_LISTS]) {
    const value = at(json, path);
    if (value === undefined) continue;
    if (!Array.isArray(value)) {
      const k = kindOf(value);
      return { zh: `“${path}”应为列表（[…]），文件里是${k.zh}。`, en: `"${path}" must be a list ([…]); the file has ${k.en}.` };
    }
    if (!(ROW_LISTS as ReadonlyArray<string>).includes(path)) continue;
    const i = value.findIndex((row) => !isGroup(row));
    if (i >= 0) {
      const k = kindOf(value[i]);
      return { zh: `“${path}”的第 ${i + 1} 项应为一组字段（{…}），文件里是${k.zh}。`, en: `Entry ${i + 1} of "${path}" must be a group of fields ({…}); the file has ${k.en}.` };
    }
  }
  return undefined;
}
