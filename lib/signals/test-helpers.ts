import type { SignalKind } from '../report';
import { detectCues, detectSignals } from './index';

/** A Monday morning, so "by Wednesday" is two working days away and "by Friday" four. */
export const monday = new Date('2026-11-23T09:00:00Z');

/** The value the first cue of `kind` in `text` carries, or null when there is none. */
export function valueOf(text: string, kind: SignalKind, now = monday): string | null {
  return detectSignals(text, { now }).signals.find((signal) => signal.kind === kind)?.value ?? null;
}

/** The value the lexicon rules alone give the first cue of `kind`: the evidence the model reads. */
export function cueValueOf(text: string, kind: SignalKind, now = monday): string | null {
  return detectCues(text, { now }).signals.find((signal) => signal.kind === kind)?.value ?? null;
}
