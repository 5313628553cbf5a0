/** Shown on every page: the figures are estimates, not advice. */
export function LegalDisclaimer() {
  return (
    <div className="disclaimer">
      <p lang="zh-CN">
        <strong>本工具不构成法律意见。</strong>“法律支持的金额”是对法院可能支持金额的估算；如需意见，请咨询律师或当地法律援助机构（如 12348 公共法律服务热线）。
      </p>
      <p lang="en">
        <strong>This is not legal advice.</strong> “Supported by law” figures are estimates of what a court would
        likely uphold; for advice, consult a lawyer or a local legal aid service (in China, the 12348 public legal
        services hotline).
      </p>
    </div>
  );
}
