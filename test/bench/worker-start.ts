/**
 * How long a stopped service worker takes to be ready to check: from an extension page's connect
 * on the awake port (which starts the worker, as a mail page's does) to the background's 'ready'
 * on it, said once the model is in and the warm-up check ran. After `npx wxt build`:
 *
 *   TRIALS=20 (default) npx tsx test/bench/worker-start.ts
 */
import { launchExtension } from '../e2e/harness';
import { workerControl } from './send-latency-chromium';
import { summarise } from './send-latency-trials';

const trials = Number(process.env.TRIALS ?? 20);
const CONNECT_UNTIL_READY = `new Promise((resolve, reject) => {
  const started = performance.now();
  const port = chrome.runtime.connect({ name: 'consonant:awake' });
  const timer = setTimeout(() => reject(new Error('no ready within 5 s')), 5000);
  port.onMessage.addListener((message) => {
    if (message.type !== 'consonant:ready') return;
    clearTimeout(timer);
    resolve(performance.now() - started);
    port.disconnect();
  });
})`;

const ext = await launchExtension();
try {
  const worker = await workerControl(ext);
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/results.html`);
  await page.waitForTimeout(1000);
  const ms: number[] = [];
  for (let i = 0; i < trials; i++) {
    await worker.stop();
    ms.push(await page.evaluate<number>(CONNECT_UNTIL_READY));
  }
  const s = summarise(ms.map((m) => ({ ms: m, held: true })));
  console.log(
    `stopped worker → ready on the awake port, ${s.n} trials: median ${s.median.toFixed(0)} ms ` +
      `(p25–p75 ${s.p25.toFixed(0)}–${s.p75.toFixed(0)}, min–max ${s.min.toFixed(0)}–${s.max.toFixed(0)})`,
  );
} finally {
  await ext.close();
}
