import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import type { Finding } from '../lib/report';
import { FindingsList } from './FindingsList';
import { describeCounts } from './severity';

export interface WarningDialogProps {
  findings: readonly Finding[];
  onEdit: () => void;
  /** Omit to offer no way past the warning (block mode). */
  onProceed?: () => void;
  /** The verb on the button that goes ahead anyway: "Send anyway", "Share anyway". */
  proceedLabel?: string;
  title?: string;
  /** Shown instead of the proceed button when there is none. */
  blockedNote?: string;
  /** Reassures the writer that the held action has not happened: "Nothing has been shared yet." */
  heldNote?: string;
  /** False only for an off-screen render that must not take the writer's focus. */
  autoFocus?: boolean;
}

/** What the findings set the draft against: the team's profile, the thread it answers, or both. */
function against(findings: readonly Finding[]): string {
  const thread = findings.some((f) => f.thread);
  const profile = findings.some((f) => !f.thread);
  if (thread && profile) return 'with what your team agreed and what was said earlier in the thread';
  return thread ? 'with what was said earlier in the thread' : 'with what your team agreed';
}

const FOCUSABLE = 'button:not([disabled]), [href], [tabindex]:not([tabindex="-1"])';

/**
 * The pre-send warning: a modal alert dialog that takes focus and keeps it until the writer
 * chooses. Esc means Edit, the safe choice.
 */
export function WarningDialog({
  findings,
  onEdit,
  onProceed,
  proceedLabel = 'Send anyway',
  title = "Consonant: this draft conflicts with your team's priorities",
  blockedNote = "Your team's settings ask you to edit the draft before it goes out.",
  heldNote = 'Nothing has been sent yet.',
  autoFocus = true,
}: WarningDialogProps) {
  const titleId = useId();
  const descId = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const edit = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (autoFocus) edit.current?.focus();
  }, [autoFocus]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onEdit();
      return;
    }
    if (event.key !== 'Tab' || !dialog.current) return;
    const items = [...dialog.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    if (items.length === 0) return;
    const root = dialog.current.getRootNode() as Document | ShadowRoot;
    const index = items.indexOf(root.activeElement as HTMLElement);
    const next = event.shiftKey
      ? index <= 0
        ? items.length - 1
        : index - 1
      : index === items.length - 1
        ? 0
        : index + 1;
    event.preventDefault();
    items[next]!.focus();
  };

  return (
    <div className="cs-backdrop">
      <div
        ref={dialog}
        className="cs-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={descId}
        onKeyDown={onKeyDown}
      >
        <header className="cs-dialog-head">
          <span className="cs-logo" aria-hidden="true">
            C
          </span>
          <h2 id={titleId}>{title}</h2>
        </header>
        <p id={descId} className="cs-summary">
          {describeCounts(findings) ?? 'No findings'} {against(findings)}. {heldNote}
        </p>
        <div className="cs-scroll">
          <FindingsList findings={findings} />
        </div>
        <footer className="cs-actions">
          {!onProceed && <p className="cs-blocked">{blockedNote}</p>}
          <button ref={edit} type="button" className="cs-button cs-primary" onClick={onEdit}>
            Edit
          </button>
          {onProceed && (
            <button type="button" className="cs-button" onClick={onProceed}>
              {proceedLabel}
            </button>
          )}
        </footer>
      </div>
    </div>
  );
}
