/**
 * The send-latency trials, the same in both browsers: a driver does the clicking and typing (real
 * input through Playwright or WebDriver BiDi), the page's probe (send-latency-probe.ts) reads the
 * times on the page's own clock.
 */
import type { ProbeReading } from './send-latency-probe';

export const CONFLICT = 'Team, please get the new app out ASAP.';
export const CLEAN = 'Thanks, the checkout numbers look good. See you Monday.';

export interface Driver {
  /** Evaluates a JavaScript expression in the page (awaiting a promise). */
  evaluate<T>(expression: string): Promise<T>;
  /** A real click at the centre of Send. */
  clickSend(): Promise<void>;
  /** Focuses the editor, the caret at the end of the draft. */
  focusEnd(): Promise<void>;
  type(text: string): Promise<void>;
  press(key: string): Promise<void>;
  /** Moves the pointer off Send, so the next click starts with a fresh pointerover. */
  moveAway(): Promise<void>;
}

export interface Trial {
  /** Click (pointerdown) → the frame that paints the warning, or → the page's own send handler. */
  ms: number;
  /** Whether the send was held with the warning (false: it went out). */
  held: boolean;
}

/** Waits in the page for the warning or a send (at most `timeoutMs`), and returns the probe's times. */
function settle(driver: Driver, timeoutMs: number): Promise<ProbeReading> {
  return driver.evaluate<ProbeReading>(`new Promise((resolve) => {
    const started = performance.now();
    const tick = () => {
      const lat = window.__lat;
      if (lat.shown !== null || lat.sent !== null || performance.now() - started > ${timeoutMs}) resolve({ down: lat.down, shown: lat.shown, sent: lat.sent });
      else setTimeout(tick, 20);
    };
    tick();
  })`);
}

/** One click on Send, measured; a warning is closed with Escape afterwards. */
export async function clickAndMeasure(driver: Driver, timeoutMs = 3000): Promise<Trial> {
  await driver.evaluate('window.__latArm()');
  await driver.clickSend();
  const reading = await settle(driver, timeoutMs);
  if (reading.down === null) throw new Error('the probe saw no pointerdown on Send');
  const held = reading.shown !== null;
  const end = reading.shown ?? reading.sent;
  if (end === null) throw new Error(`neither a warning nor a send within ${timeoutMs} ms of the click`);
  if (held) {
    await driver.press('Escape');
    await driver.evaluate(
      `new Promise((resolve) => { const t = () => (window.__latDialog() ? setTimeout(t, 10) : resolve(true)); t(); })`,
    );
  }
  await driver.moveAway();
  return { ms: end - reading.down, held };
}

/** Checked and unchanged since: every send uses the last live result. */
export async function unchanged(driver: Driver, trials: number): Promise<Trial[]> {
  const out: Trial[] = [];
  for (let i = 0; i < trials; i++) out.push(await clickAndMeasure(driver));
  return out;
}

/** Typed then sent at once: a word is added and Send clicked before the typing pause's live check. */
export async function typedThenSent(driver: Driver, trials: number, before?: () => Promise<void>): Promise<Trial[]> {
  const out: Trial[] = [];
  for (let i = 0; i < trials; i++) {
    await before?.();
    await driver.focusEnd();
    await driver.type(` ${i % 10}`);
    out.push(await clickAndMeasure(driver));
  }
  return out;
}

export interface Summary {
  n: number;
  held: number;
  median: number;
  p25: number;
  p75: number;
  min: number;
  max: number;
}

export function summarise(trials: Trial[]): Summary {
  const ms = trials.map((t) => t.ms).sort((a, b) => a - b);
  const at = (q: number) => ms[Math.min(ms.length - 1, Math.round(q * (ms.length - 1)))] ?? NaN;
  return {
    n: ms.length,
    held: trials.filter((t) => t.held).length,
    median: at(0.5),
    p25: at(0.25),
    p75: at(0.75),
    min: ms[0] ?? NaN,
    max: ms.at(-1) ?? NaN,
  };
}

export function printTable(title: string, rows: [string, Summary, string][]): void {
  const f = (n: number) => `${n.toFixed(1)} ms`;
  const head = ['case', 'trials', 'held', 'median', 'p25–p75', 'min–max', 'target'];
  const body = rows.map(([label, s, target]) => [
    label,
    `${s.n}`,
    `${s.held}/${s.n}`,
    f(s.median),
    `${s.p25.toFixed(1)}–${s.p75.toFixed(1)} ms`,
    `${s.min.toFixed(1)}–${s.max.toFixed(1)} ms`,
    target,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    `  ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('   ')}`;
  console.log(`\n${title}\n`);
  console.log(line(head));
  console.log(`  ${widths.map((w) => '-'.repeat(w)).join('   ')}`);
  for (const row of body) console.log(line(row));
}
