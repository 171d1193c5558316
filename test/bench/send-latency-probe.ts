/**
 * What the send-latency bench runs inside the page (as a string, so Playwright and Puppeteer can
 * both install it before the page's scripts and the extension's content script run).
 *
 * - `down`: the timeStamp of the pointerdown on Send, the first event of the click. The listener is
 *   installed on window in the capture phase before the content script's, so it sees the event even
 *   when the send guard stops it.
 * - `shown`: performance.now() in the requestAnimationFrame callback of the first frame that has the
 *   warning in the DOM, i.e. the frame that paints it (checked every frame, whatever mounts it).
 * - `sent`: performance.now() when the page's own send handler logs a send (window.__sends.push).
 */
export const PROBE = `(() => {
  const lat = (window.__lat = { down: null, shown: null, sent: null, armed: 0 });
  const isSend = (t) => t && t.closest && t.closest('[jslog^="32601"]');
  // The writer's own click only: a send the guard replays dispatches a pointerdown of its own.
  addEventListener('pointerdown', (e) => { if (e.isTrusted && lat.down === null && isSend(e.target)) lat.down = e.timeStamp; }, true);
  const hookSends = () => {
    if (!window.__sends || window.__sends.__hooked) return !!window.__sends;
    const push = window.__sends.push;
    window.__sends.push = function (...items) { lat.sent = performance.now(); return push.apply(this, items); };
    window.__sends.__hooked = true;
    return true;
  };
  const dialogShown = () => [...document.querySelectorAll('[data-consonant]')].some((host) => host.shadowRoot && host.shadowRoot.querySelector('[role="alertdialog"]'));
  window.__latArm = () => {
    hookSends();
    const armed = ++lat.armed;
    lat.down = lat.shown = lat.sent = null;
    const frame = () => {
      if (armed !== lat.armed) return;
      if (dialogShown()) lat.shown = performance.now();
      else requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  };
  window.__latDialog = dialogShown;
})();`;

export interface ProbeReading {
  down: number | null;
  shown: number | null;
  sent: number | null;
}
