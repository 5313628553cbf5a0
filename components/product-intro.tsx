/** What the planner does, in both languages. */
export function ProductIntro() {
  return (
    <section aria-labelledby="intro-heading" className="card">
      <h2 id="intro-heading">
        <span lang="zh-CN">它能做什么</span> <span lang="en">What it does</span>
      </h2>
      <p lang="zh-CN">
        {'协商还款助手帮你算清一笔借款（如京东金条、银行信用卡、民间借贷）实际还欠多少、其中多少能得到法律支持，' +
          '再按你每月的收入和开支，拟出一份你真正能坚持履行的还款方案，以及一封可以寄给出借方的协商信。'}
      </p>
      <p lang="en">
        The Repayment Negotiation Planner works out what you really still owe on a loan (such as JD 金条, a bank
        card or a private loan), how much of it the law supports, and — sized to your monthly income and
        expenses — a repayment offer you can actually keep, with a letter to send to the lender.
      </p>
    </section>
  );
}
