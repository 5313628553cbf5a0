import type { Metadata } from 'next';
import { Guide } from '@/components/guide';
import { PrivacyNote } from '@/components/privacy-note';
import { SiteHeader } from '@/components/site-header';
import './guide.css';

export const metadata: Metadata = {
  title: '处境与应对 · Where you stand — 协商还款助手',
  description: '逾期阶段、律师函真假、催收记录与投诉。Arrears stages, is this lawyer letter real, an evidence log and complaints: offline and private.',
};

/** The guide (issue 6): its own route, so the planner's first load does not carry it. */
export default function GuidePage() {
  return (
    <>
      <SiteHeader current="guide" />
      <main className="page">
        <PrivacyNote />
        <Guide />
      </main>
    </>
  );
}
