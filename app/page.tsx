import { PrivacyNote } from '@/components/privacy-note';
import { ProductIntro } from '@/components/product-intro';
import { SiteHeader } from '@/components/site-header';

export default function HomePage() {
  return (
    <>
      <SiteHeader />
      <main className="page">
        <ProductIntro />
        <PrivacyNote />
      </main>
    </>
  );
}
