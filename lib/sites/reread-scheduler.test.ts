import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRereadScheduler, type RereadOptions } from './reread-scheduler';

const options: RereadOptions = { quietMs: 1500, maxWaitMs: 8000, staleMs: 5000 };

type Step = ['edit' | 'visible' | 'readNow', number] | ['wait', number];

function play(steps: Step[]) {
  const reads: number[] = [];
  const start = Date.now();
  const scheduler = createRereadScheduler(async () => {
    reads.push(Date.now() - start);
  }, options);
  return (async () => {
    for (const [what, ms] of steps) {
      if (what === 'wait') await vi.advanceTimersByTimeAsync(ms);
      else if (what === 'edit') scheduler.edited();
      else if (what === 'visible') scheduler.visible();
      else scheduler.readNow();
    }
    scheduler.dispose();
    return reads;
  })();
}

describe('createRereadScheduler', () => {
  beforeEach(() => vi.useFakeTimers({ now: 0 }));
  afterEach(() => vi.useRealTimers());

  it.each<[string, Step[], number[]]>([
    [
      'reads once when the writer pauses after a burst of edits',
      [
        ['edit', 0],
        ['wait', 500],
        ['edit', 0],
        ['wait', 500],
        ['edit', 0],
        ['wait', 3000],
      ],
      [2500],
    ],
    [
      'does not read while edits keep coming within the quiet time, until the max wait',
      [
        ...Array.from({ length: 12 }, (): Step[] => [
          ['edit', 0],
          ['wait', 1000],
        ]).flat(),
      ],
      [8000],
    ],
    [
      'reads on first load',
      [
        ['readNow', 0],
        ['wait', 10],
      ],
      [0],
    ],
    [
      're-reads a stale document when the tab becomes visible',
      [
        ['readNow', 0],
        ['wait', 6000],
        ['visible', 0],
        ['wait', 10],
      ],
      [0, 6000],
    ],
    [
      'skips a fresh document when the tab becomes visible',
      [
        ['readNow', 0],
        ['wait', 1000],
        ['visible', 0],
        ['wait', 10],
      ],
      [0],
    ],
    [
      'reads pending edits at once when the tab becomes visible',
      [
        ['readNow', 0],
        ['wait', 100],
        ['edit', 0],
        ['wait', 100],
        ['visible', 0],
        ['wait', 3000],
      ],
      [0, 200],
    ],
    ['never reads after dispose', [['edit', 0]], []],
  ])('%s', async (_name, steps, expected) => {
    expect(await play(steps)).toEqual(expected);
  });

  it('runs one read at a time and reads again when edits arrive during a read', async () => {
    let release: () => void = () => {};
    const started: number[] = [];
    const scheduler = createRereadScheduler(
      () =>
        new Promise<void>((resolve) => {
          started.push(Date.now());
          release = resolve;
        }),
      options,
    );
    scheduler.readNow();
    scheduler.readNow();
    expect(started).toEqual([0]);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(started).toEqual([0, 0]);
    release();
    scheduler.dispose();
  });

  it('keeps scheduling after a failed read', async () => {
    let calls = 0;
    const scheduler = createRereadScheduler(async () => {
      calls += 1;
      throw new Error('offline');
    }, options);
    scheduler.readNow();
    await vi.advanceTimersByTimeAsync(0);
    scheduler.edited();
    await vi.advanceTimersByTimeAsync(options.quietMs);
    expect(calls).toBe(2);
    scheduler.dispose();
  });
});
