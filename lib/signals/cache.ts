import type { Signal } from '../report';
import type { DeadlineCue } from './deadline';
import type { Model } from './model/load';

/**
 * What one of compromise's sentences yields, with offsets from the sentence's own start: the
 * sentence span (none for a run of punctuation), its lexicon cues with whether each is weak, the
 * deadlines too far off to press, and the characters after the sentence its span ran into (how
 * many, and those that were there: fewer at the end of the text).
 */
export interface SentenceReading {
  spans: Array<{ start: number; end: number }>;
  cues: Array<{ signal: Signal; weak: boolean }>;
  far: DeadlineCue[];
  after: { length: number; text: string };
}

/** How much a check took from the cache and how much it read afresh. */
export interface CacheCounts {
  sentencesReused: number;
  sentencesRead: number;
  unitsReused: number;
  unitsJudged: number;
}

/** About three drafts at the 100,000 characters a check reads at most: an undo after a huge paste still finds the text before it. */
export const DEFAULT_CACHE_CHARS = 300_000;
/** What an entry costs beyond its key's characters, in characters: the object and its offsets. */
const ENTRY_COST = 64;
const SIGNAL_COST = 48;

interface Entry {
  reading?: SentenceReading;
  verdict?: Signal[];
  cost: number;
  /** The check that last used it: an entry of the running check is never evicted for another. */
  check: number;
}

export function shiftSignal(signal: Signal, by: number): Signal {
  if (by === 0) return signal;
  return {
    ...signal,
    start: signal.start + by,
    end: signal.end + by,
    sentence: { start: signal.sentence.start + by, end: signal.sentence.end + by },
  };
}

export function shiftSpan<T extends { start: number; end: number }>(span: T, by: number): T {
  return by === 0 ? span : { ...span, start: span.start + by, end: span.end + by };
}

/**
 * The signal analysis of sentences already read, so a re-check after an edit reads only the
 * sentences that changed. Entries are keyed by a sentence's exact text (a judged unit by its text
 * and cues), so drafts sharing a cache can never change each other's results; they hold offsets
 * from their own start, moved to where the sentence now sits when reused.
 *
 * Everything is dropped when the day, the caller's scope (the profile in force) or the model
 * changes. Memory is bounded: past `maxChars` (key characters plus a fixed cost per entry and
 * signal) the least recently used entries go, and a text larger than the bound caches what fits.
 * The caller owns its lifetime; the core keeps none of its own.
 */
export class SignalCache {
  readonly maxChars: number;
  #under = '';
  #model: Model | null = null;
  #entries = new Map<string, Entry>();
  #chars = 0;
  #check = 0;
  #fault: string | undefined;
  #counts: CacheCounts = { sentencesReused: 0, sentencesRead: 0, unitsReused: 0, unitsJudged: 0 };

  constructor(maxChars = DEFAULT_CACHE_CHARS) {
    this.maxChars = Number.isFinite(maxChars) && maxChars > 0 ? maxChars : DEFAULT_CACHE_CHARS;
  }

  /** Characters held, as counted against `maxChars`. */
  get size(): number {
    return this.#chars;
  }

  /** What the last check reused and read. */
  get counts(): CacheCounts {
    return { ...this.#counts };
  }

  /** Why the cache failed in the last check, when it did: the check then read without it, with the same result. */
  get fault(): string | undefined {
    return this.#fault;
  }

  noteFault(error: unknown): void {
    this.#fault = error instanceof Error ? error.message : String(error);
  }

  /** Starts a check read under `key` (the day and the caller's scope): a new key empties the cache. */
  begin(key: string): void {
    this.#check += 1;
    this.#counts = { sentencesReused: 0, sentencesRead: 0, unitsReused: 0, unitsJudged: 0 };
    this.#fault = undefined;
    if (key === this.#under) return;
    this.#under = key;
    this.#model = null;
    this.#entries.clear();
    this.#chars = 0;
  }

  /** Verdicts of another model than the last one are dropped. */
  judgedBy(model: Model): void {
    if (model === this.#model) return;
    this.#model = model;
    for (const [key, entry] of this.#entries) if (entry.verdict) this.#remove(key, entry);
  }

  /** The reading of `sentence`, when one was kept and the text `after` it holds what its span ran into. */
  reading(sentence: string, after: (length: number) => string): SentenceReading | undefined {
    const reading = this.#take(`s\u0000${sentence}`)?.reading;
    if (!reading || after(reading.after.length) !== reading.after.text) return undefined;
    this.#counts.sentencesReused += 1;
    return reading;
  }

  keepReading(sentence: string, reading: SentenceReading): void {
    this.#counts.sentencesRead += 1;
    this.#put(`s\u0000${sentence}`, {
      reading,
      cost: ENTRY_COST + reading.after.text.length + SIGNAL_COST * (reading.cues.length + reading.far.length),
      check: this.#check,
    });
  }

  verdict(key: string): Signal[] | undefined {
    const verdict = this.#take(`v\u0000${key}`)?.verdict;
    if (verdict) this.#counts.unitsReused += 1;
    return verdict;
  }

  keepVerdict(key: string, verdict: Signal[]): void {
    this.#counts.unitsJudged += 1;
    this.#put(`v\u0000${key}`, { verdict, cost: ENTRY_COST + SIGNAL_COST * verdict.length, check: this.#check });
  }

  /** An entry used now moves to the young end of the map, which keeps insertion order. */
  #take(key: string): Entry | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    this.#entries.delete(key);
    entry.check = this.#check;
    this.#entries.set(key, entry);
    return entry;
  }

  #put(key: string, entry: Entry): void {
    const cost = key.length + entry.cost;
    if (cost > this.maxChars) return;
    const old = this.#entries.get(key);
    if (old) this.#remove(key, old);
    while (this.#chars + cost > this.maxChars) {
      const oldest = this.#entries.entries().next();
      // Full of this check's own entries: the rest of the text is read, not kept.
      if (oldest.done || oldest.value[1].check === this.#check) return;
      this.#remove(oldest.value[0], oldest.value[1]);
    }
    this.#entries.set(key, { ...entry, cost });
    this.#chars += cost;
  }

  #remove(key: string, entry: Entry): void {
    this.#entries.delete(key);
    this.#chars -= entry.cost;
  }
}
