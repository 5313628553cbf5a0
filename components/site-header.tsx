/** The product name, Chinese first (the default language), English beneath; then the two pages. */
export function SiteHeader({ current = 'planner' }: { readonly current?: 'planner' | 'guide' }) {
  return (
    <header className="page page-wide site-header">
      <h1 className="product-name">
        <span lang="zh-CN" className="product-name-zh">
          协商还款助手
        </span>{' '}
        <span lang="en" className="product-name-en">
          Repayment Negotiation Planner
        </span>
      </h1>
      {/* Plain links: next/link would add to the planner's first-load JS, and a full page load between the two is fine. */}
      {/* eslint-disable @next/next/no-html-link-for-pages */}
      <nav className="site-nav no-print" aria-label="页面 Pages">
        <a href="/" aria-current={current === 'planner' ? 'page' : undefined}>
          还款规划 <span lang="en">Planner</span>
        </a>
        <a href="/guide" aria-current={current === 'guide' ? 'page' : undefined}>
          处境与应对：催收、律师函、投诉 <span lang="en">Where you stand: collection, lawyer letters, complaints</span>
        </a>
      </nav>
      {/* eslint-enable @next/next/no-html-link-for-pages */}
    </header>
  );
}
