import { analyze } from '@/lib/analyze';
import { parseCase } from '@/lib/case/parse-case';
import type { CaseFile } from '@/lib/case/schema';
import type { Report } from '@/lib/report/types';
import { jdCase } from './demo-case';

/** Three logged contacts on the JD 金条 case (as of 2025-09-01): one ordinary, one threat by text, one call at 23:10 to the borrower's mother. */
export const EVIDENCE = [
  { at: '2025-08-28T23:10', channel: 'call', who: '催收员致电本人母亲', summary: '告知本人欠款，要求母亲代还', thirdParty: true, attachments: ['call-0828-2310.m4a'] },
  { at: '2025-08-20T14:05', channel: 'call', who: '自称京东金条催收员', summary: '要求三天内还清全部欠款' },
  { at: '2025-08-25T09:30', channel: 'sms', who: '自称某律师事务所', summary: '称不还款将上门抓人', threats: true, attachments: ['sms-0825.png'] },
] as const;

export function complaintCase(extra: Record<string, unknown> = {}): { raw: Record<string, unknown>; file: CaseFile; report: Report } {
  const raw = jdCase({ evidence: EVIDENCE, ...extra });
  const parsed = parseCase(raw);
  const analysed = analyze(raw);
  if (!parsed.ok || !analysed.ok) throw new Error('invalid complaint test case');
  return { raw, file: parsed.file, report: analysed.report };
}
