import type { Metadata } from 'next';
import { LetterDownloadButton } from '@/components/letter-download-button';
import { LETTER_DOWNLOAD_LABELS } from '@/components/letter-download-labels';
import { LetterPreview } from '@/components/letter-preview';
import { analyze } from '@/lib/analyze';
import { jdCase } from '@/tests/pdf/demo-case';

/**
 * A development page for the letter (issue 5): the download button and the preview on the JD 金条
 * case of the letter tests, in both languages, and once with a letter date past the limitation
 * period. The browser tests use it until the planner places these components; it is not linked
 * and not indexed.
 */
export const metadata: Metadata = { title: '协商还款申请 · Letter (dev)', robots: { index: false, follow: false } };

/** The case the letter tests use (tests/pdf/demo-case.ts): JD 金条 with a plan of each kind, proposing the first. */
const demo = jdCase();

export default function LetterDevPage() {
  const analysed = analyze(demo);
  if (!analysed.ok) throw new Error('the demo case is invalid');
  const { report } = analysed;
  return (
    <main className="page">
      <h1>协商还款申请 · Repayment letter (dev)</h1>
      <section aria-labelledby="zh">
        <h2 id="zh">中文</h2>
        <div data-testid="download-zh">
          <LetterDownloadButton caseJson={demo} report={report} language="zh" labels={LETTER_DOWNLOAD_LABELS.zh} />
        </div>
        <LetterPreview caseJson={demo} report={report} language="zh" label="信函预览" />
      </section>
      <section aria-labelledby="en" lang="en">
        <h2 id="en">English</h2>
        <div data-testid="download-en">
          <LetterDownloadButton caseJson={demo} report={report} language="en" labels={LETTER_DOWNLOAD_LABELS.en} />
        </div>
        <LetterPreview caseJson={demo} report={report} language="en" label="Letter preview" />
      </section>
      <section aria-labelledby="barred">
        <h2 id="barred">诉讼时效 · Time-barred (letter dated 2029-09-01)</h2>
        <div data-testid="download-barred">
          <LetterDownloadButton caseJson={demo} report={report} language="zh" date="2029-09-01" labels={LETTER_DOWNLOAD_LABELS.zh} />
        </div>
      </section>
    </main>
  );
}
