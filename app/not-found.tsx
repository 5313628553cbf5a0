import Link from 'next/link';

export default function NotFound() {
  return (
    <main className="page not-found">
      <h1 className="product-name">
        <span lang="zh-CN" className="product-name-zh">
          找不到这个页面
        </span>{' '}
        <span lang="en" className="product-name-en">
          Page not found
        </span>
      </h1>
      <p>
        <Link href="/">
          返回首页 <span lang="en">Back to the home page</span>
        </Link>
      </p>
    </main>
  );
}
