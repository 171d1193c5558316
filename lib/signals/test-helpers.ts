import type { SignalKind } from '../report';
import { detectSignals } from './index';

/** A Monday morning, so "by Wednesday" is two working days away and "by Friday" four. */
export const monday = new Date('2026-11-23T09:00:00Z');

/** The value the first cue of `kind` in `text` carries, or null when there is none. */
export function valueOf(text: string, kind: SignalKind, now = monday): string | null {
  return detectSignals(text, { now }).signals.find((signal) => signal.kind === kind)?.value ?? null;
}
