/**
 * `npm run bench:e2e` (part of `npm run bench`): how long after the click on Send the warning is
 * on screen, in the browser, with the built extension. Click = the pointerdown's timeStamp; on
 * screen = the requestAnimationFrame of the first frame with the warning in the DOM; both on the
 * page's clock. Clean drafts are timed to the page's own send handler, against the same page on a
 * site Consonant does not run on.
 *
 *   TRIALS=20 (default) · BROWSERS=chromium,firefox (default both) · per-row knobs in send-latency-chromium.ts
 */
import { IDLE_MS, IN_USE_MS, IN_USE_PRESS_MS, LEASE_IDLE_MS, PAUSE_MS, runChromium } from './send-latency-chromium';
import { runFirefox } from './send-latency-firefox';
import { printTable, summarise } from './send-latency-trials';

const trials = Number(process.env.TRIALS ?? 20);
const browsers = (process.env.BROWSERS ?? 'chromium,firefox').split(',');

if (browsers.includes('chromium')) {
  const r = await runChromium(trials);
  const clean = summarise(r.cleanUnchanged);
  const base = summarise(r.baseline);
  printTable(
    `Chromium: click on Send → warning on screen (conflicting draft), or → the page's send handler (clean draft); ${trials} trials each`,
    [
      ['(a) typed, then sent at once', summarise(r.typed), '≤ 60 ms'],
      ['(a) the same, 5,000-priority profile', summarise(r.typedLarge), '≤ 60 ms'],
      ['(b) unchanged since the last check', summarise(r.unchanged), '≤ 20 ms'],
      [`(c) worker stopped, typed and sent ${PAUSE_MS / 1000} s later`, summarise(r.afterStop), 'as (a)'],
      ['(c) worker stopped, compose opened, typed and sent at once', summarise(r.afterStopNewCompose), 'as (a)'],
      [
        `(c) worker stopped, compose opened, typed, sent ${PAUSE_MS / 1000} s later`,
        summarise(r.afterStopNewComposePause),
        'as (a)',
      ],
      [
        `(c) page idle ${LEASE_IDLE_MS / 1000} s, worker stopped, Compose clicked, typed and sent at once`,
        summarise(r.afterStopClickedOpen),
        'as (a)',
      ],
      [
        `(d) page in use (a press every ${IN_USE_PRESS_MS / 1000} s for ${IN_USE_MS / 1000} s, no compose; stopped as Chrome would after 30 s without an event), Compose clicked, typed and sent at once`,
        summarise(r.inUseClickedOpen),
        'as (a)',
      ],
      ['clean, unchanged → page handler', clean, ''],
      ['clean, typed then sent → page handler', summarise(r.cleanTyped), ''],
      ['no Consonant (other site) → page handler', base, ''],
    ],
  );
  console.log(`\n  service worker starts during the (c) trials: ${r.restarts} (one per trial when every stop took)`);
  console.log(
    `  service worker starts while the page was in use without a compose, before the (d) trials: ${r.inUseStarts} (0: it was never idle for 30 s)`,
  );
  console.log(
    `  service worker starts while the compose sat idle ${IDLE_MS / 1000} s: ${r.idleStarts} (0: the pings kept it up)`,
  );
  console.log(
    `  overhead on a clean, checked send: ${(clean.median - base.median).toFixed(1)} ms (median ${clean.median.toFixed(1)} vs ${base.median.toFixed(1)} ms)\n`,
  );
}

if (browsers.includes('firefox')) {
  const r = await runFirefox(trials);
  const clean = summarise(r.cleanUnchanged);
  const base = summarise(r.baseline);
  printTable(
    `Firefox ESR: the same, over WebDriver BiDi; ${trials} trials each (no worker to stop: the Firefox background is a persistent page)`,
    [
      ['(a) typed, then sent at once', summarise(r.typed), '≤ 60 ms'],
      ['(b) unchanged since the last check', summarise(r.unchanged), '≤ 20 ms'],
      ['clean, unchanged → page handler', clean, ''],
      ['clean, typed then sent → page handler', summarise(r.cleanTyped), ''],
      ['no Consonant (other site) → page handler', base, ''],
    ],
  );
  console.log(
    `\n  overhead on a clean, checked send: ${(clean.median - base.median).toFixed(1)} ms (median ${clean.median.toFixed(1)} vs ${base.median.toFixed(1)} ms)\n`,
  );
}
