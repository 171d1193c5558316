import type { ReactNode } from 'react';
import type { Finding, Severity } from '../lib/report';
import { countBySeverity, describeCounts, SEVERITY_WORD } from './severity';

export interface IndicatorProps {
  /** Null while the first check has not run yet. */
  findings: readonly Finding[] | null;
  /** Why the compose cannot be checked (or was checked only in part); the badge then says so in words. */
  problem?: string | null;
  /** A send waits for Consonant to start (the browser had stopped it); the badge says so. */
  starting?: boolean;
  onOpen: () => void;
  expanded?: boolean;
  /** The id of the findings panel the badge opens, for aria-controls. */
  controls?: string;
}

const SHORT: Record<Severity, string> = { error: 'conflict', warning: 'warning', info: 'note' };

/** The badge's one shape: a button with the logo, its state in `className` and words in `children`. */
function Badge({
  tone,
  label,
  onOpen,
  expanded,
  controls,
  children,
}: Pick<IndicatorProps, 'onOpen' | 'expanded' | 'controls'> & { tone: string; label: string; children: ReactNode }) {
  return (
    <button
      type="button"
      className={`cs-indicator cs-${tone}`}
      aria-label={label}
      aria-expanded={expanded}
      aria-controls={controls}
      onClick={onOpen}
    >
      <span className="cs-logo cs-logo-small" aria-hidden="true">
        C
      </span>
      {children}
    </button>
  );
}

/** A small badge on the editor: counts by severity, or "No conflicts". A button, so the keyboard reaches it. */
export function Indicator({
  findings,
  problem = null,
  starting = false,
  onOpen,
  expanded = false,
  controls,
}: IndicatorProps) {
  const opens = { onOpen, expanded, ...(controls === undefined ? {} : { controls }) };
  if (starting)
    return (
      <Badge tone="ok" label="Consonant is starting: your send waits for its check. Show findings" {...opens}>
        <span role="status">Starting Consonant…</span>
      </Badge>
    );
  if (problem && (!findings || findings.length === 0))
    return (
      <Badge tone="problem" label={`Consonant can't check this compose: ${problem}. Show details`} {...opens}>
        <span>Consonant can't check this compose</span>
      </Badge>
    );
  const counts = findings ? countBySeverity(findings) : [];
  const summary = findings === null ? 'checking' : (describeCounts(findings) ?? 'no conflicts');
  return (
    <Badge tone={counts[0]?.severity ?? 'ok'} label={`Consonant: ${summary}. Show findings`} {...opens}>
      {findings === null ? (
        <span>Checking…</span>
      ) : counts.length === 0 ? (
        <span>No conflicts</span>
      ) : (
        counts.map(({ severity, count }) => (
          <span key={severity} className={`cs-count cs-${severity}`}>
            <span className="cs-dot" aria-hidden="true" />
            {count} {count === 1 ? SHORT[severity] : SEVERITY_WORD[severity].many}
          </span>
        ))
      )}
    </Badge>
  );
}
