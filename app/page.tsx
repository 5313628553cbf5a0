import { Planner } from '@/components/planner';
import { PrivacyNote } from '@/components/privacy-note';
import { ProductIntro } from '@/components/product-intro';
import { SiteHeader } from '@/components/site-header';

/** The planner is the home page: the product name, the promise of privacy, then the tool. */
export default function HomePage() {
  return (
    <>
      <SiteHeader />
      <main className="page page-wide">
        <PrivacyNote />
        <Planner />
        <ProductIntro />
      </main>
    </>
  );
}
