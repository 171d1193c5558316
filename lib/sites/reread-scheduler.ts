/**
 * Decides when to read a document again. Reading costs a request, so edits are debounced until
 * the writer pauses (but never postponed past `maxWaitMs` while they keep typing), coming back
 * to the tab re-reads what collaborators may have changed, and only one read runs at a time.
 */
export interface RereadOptions {
  /** Read this long after the last edit. */
  quietMs: number;
  /** Read at the latest this long after the first unread edit, even while typing goes on. */
  maxWaitMs: number;
  /** A visible tab re-reads only when the last read is at least this old. */
  staleMs: number;
  now?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export interface RereadScheduler {
  /** Read now (first load, or an explicit retry). */
  readNow(): void;
  /** The writer changed something. */
  edited(): void;
  /** The tab became visible again (or the network came back). */
  visible(): void;
  dispose(): void;
}

export function createRereadScheduler(read: () => Promise<void>, options: RereadOptions): RereadScheduler {
  const now = options.now ?? (() => Date.now());
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));

  let timer: unknown = null;
  let firstEditAt: number | null = null;
  let lastReadAt: number | null = null;
  let running = false;
  let again = false;
  let disposed = false;

  const cancel = () => {
    if (timer !== null) clearTimer(timer);
    timer = null;
  };

  const run = () => {
    cancel();
    if (disposed) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    firstEditAt = null;
    lastReadAt = now();
    read()
      .catch(() => undefined)
      .finally(() => {
        running = false;
        if (again && !disposed) {
          again = false;
          run();
        }
      });
  };

  return {
    readNow: run,
    edited() {
      if (disposed) return;
      const t = now();
      firstEditAt ??= t;
      cancel();
      const delay = Math.max(0, Math.min(options.quietMs, firstEditAt + options.maxWaitMs - t));
      timer = setTimer(run, delay);
    },
    visible() {
      if (disposed) return;
      if (firstEditAt !== null || lastReadAt === null || now() - lastReadAt >= options.staleMs) run();
    },
    dispose() {
      disposed = true;
      cancel();
    },
  };
}
