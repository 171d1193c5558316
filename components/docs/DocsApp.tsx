import { useId, useState, useSyncExternalStore } from 'react';
import type { DocsStore } from '../../lib/guard/docs-store';
import { CheckFailedNote } from '../CheckFailedNote';
import { FindingsList } from '../FindingsList';
import { Indicator } from '../Indicator';
import { WarningDialog } from '../WarningDialog';
import { describeCounts } from '../severity';
import { SentenceInContext } from './SentenceInContext';

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** The Docs overlay: the indicator, its findings panel, and the warning that holds a share. */
export function DocsApp({ store }: { store: DocsStore }) {
  const view = useSyncExternalStore(store.subscribe, store.get);
  const held = useSyncExternalStore(store.subscribe, store.held);
  const heldFindings = useSyncExternalStore(store.subscribe, store.heldFindings);
  const [open, setOpen] = useState(false);
  const panelId = useId();

  const settings = store.state?.settings;
  const canShareAnyway = settings ? settings.mode !== 'block' && settings.allowSendAnyway : true;
  // The reasons the share was held, kept while the document is read again behind the dialog:
  // a later read that fails or finds nothing must neither hide the choice (eating the share)
  // nor leave an empty warning.
  const warning = held ? (
    <WarningDialog
      findings={heldFindings}
      title="Consonant: this document conflicts with your team's priorities"
      proceedLabel="Share anyway"
      heldNote="Nothing has been shared yet."
      blockedNote="Your team's settings ask you to edit the document before sharing it."
      onEdit={() => store.release(false)}
      onProceed={canShareAnyway ? () => store.release(true) : undefined}
    />
  ) : null;
  if (view.phase === 'off') return warning && <div className="cs-root cs-docs">{warning}</div>;
  const findings = view.phase === 'ready' ? view.report.findings : null;

  return (
    <div className="cs-root cs-docs">
      {view.phase === 'unreadable' || view.phase === 'check-failed' ? (
        <p className="cs-indicator cs-docs-problem" role="status">
          <span className="cs-logo cs-logo-small" aria-hidden="true">
            C
          </span>
          {view.message}
        </p>
      ) : (
        <Indicator findings={findings} onOpen={() => setOpen((o) => !o)} expanded={open} controls={panelId} />
      )}
      {open && view.phase === 'ready' ? (
        <section id={panelId} className="cs-panel cs-docs-panel" aria-label="Consonant findings">
          <header className="cs-panel-head">
            <h2>
              {describeCounts(view.report.findings) ??
                (view.report.stats.error ? 'Not every conflict could be looked for' : 'No conflicts')}{' '}
              in this document
            </h2>
            <button type="button" className="cs-button" onClick={() => setOpen(false)}>
              Close
            </button>
          </header>
          <p className="cs-docs-note cs-docs-stats">
            Checked {words(view.text).toLocaleString('en')} words in {Math.round(view.report.stats.elapsedMs)} ms, on
            this computer.
          </p>
          {view.report.stats.timedOut ? (
            <p className="cs-docs-note">The check ran out of time; the end of the document was not read.</p>
          ) : null}
          {!view.report.stats.timedOut && view.report.stats.checkedChars < view.text.length ? (
            <p className="cs-docs-note">
              This document is long: Consonant read the first {view.report.stats.checkedChars.toLocaleString('en')} of{' '}
              {view.text.length.toLocaleString('en')} characters.
            </p>
          ) : null}
          <CheckFailedNote report={view.report} className="cs-docs-note" />
          {view.report.findings.length > 0 ? (
            <FindingsList
              findings={view.report.findings}
              words={(f) => <SentenceInContext text={view.text} report={view.report} finding={f} />}
            />
          ) : view.report.stats.error ? null : (
            <p className="cs-empty">Nothing in this document conflicts with the team profile.</p>
          )}
        </section>
      ) : null}
      {warning}
    </div>
  );
}
