/** The privacy promise: the engine runs in the browser, so no loan data crosses the network. */
export function PrivacyNote() {
  return (
    <section aria-labelledby="privacy-heading" className="card note privacy-note">
      <h2 id="privacy-heading">
        <span lang="zh-CN">你的数据只留在你的设备上</span> <span lang="en">Your data stays on your device</span>
      </h2>
      <p lang="zh-CN">所有计算都在你的浏览器中完成，任何数据都不会发送到服务器。</p>
      <p lang="en">Everything is computed in your browser. Nothing is sent to a server.</p>
    </section>
  );
}
