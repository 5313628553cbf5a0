/** The product name, Chinese first (the default language), English beneath. */
export function SiteHeader() {
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
    </header>
  );
}
