import { LegalDisclaimer } from '@/components/legal-disclaimer';

/** The footer of every page. */
export function SiteFooter() {
  return (
    <footer className="page page-wide site-footer">
      <LegalDisclaimer />
    </footer>
  );
}
