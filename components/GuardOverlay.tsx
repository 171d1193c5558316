import { useEffect, useId, useState, useSyncExternalStore } from 'react';
import type { Finding } from '../lib/report';
import type { HeldSend } from '../lib/guard/send-guard';
import { FindingsList } from './FindingsList';
import { Indicator } from './Indicator';
import { WarningDialog } from './WarningDialog';
import type { Store } from '../lib/guard/store';

export interface IndicatorState {
  id: number;
  /** The editor the badge sits on. */
  anchor: HTMLElement;
  findings: Finding[] | null;
  /** Why this compose cannot be checked (or was checked only in part), in words; null when it was. */
  problem?: string | null;
  /** A send from this compose waits for Consonant to start. */
  starting?: boolean;
}

export interface OverlayState {
  held: HeldSend | null;
  indicators: IndicatorState[];
  /** Findings to render once off-screen, so the first real warning finds fonts, styles and code warm. */
  rehearse: Finding[] | null;
}

const BADGE_HEIGHT = 26;

/** Where the badge goes: the bottom-right corner of the editor's visible box, or nowhere when it is hidden. */
function useCorner(anchor: HTMLElement): { top: number; right: number } | null {
  const [corner, setCorner] = useState<{ top: number; right: number } | null>(null);
  useEffect(() => {
    const win = anchor.ownerDocument.defaultView;
    if (!win) return;
    const update = () => {
      const rect = anchor.getBoundingClientRect();
      const bottom = Math.min(rect.bottom, win.innerHeight);
      const next =
        rect.width < 40 || bottom - rect.top < BADGE_HEIGHT
          ? null
          : { top: Math.round(bottom - BADGE_HEIGHT - 6), right: Math.round(win.innerWidth - rect.right + 8) };
      setCorner((prev) => (prev?.top === next?.top && prev?.right === next?.right ? prev : next));
    };
    update();
    // Composes move without resizing (Gmail's moles, Outlook's panes): a slow poll catches that.
    const poll = win.setInterval(update, 400);
    const observer = new ResizeObserver(update);
    observer.observe(anchor);
    win.addEventListener('resize', update);
    win.addEventListener('scroll', update, true);
    return () => {
      win.clearInterval(poll);
      observer.disconnect();
      win.removeEventListener('resize', update);
      win.removeEventListener('scroll', update, true);
    };
  }, [anchor]);
  return corner;
}

function IndicatorAnchor({ state }: { state: IndicatorState }) {
  const corner = useCorner(state.anchor);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  if (!corner) return null;
  return (
    // Esc closes the list from the badge or from inside the list.
    <div
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.preventDefault();
          setOpen(false);
        }
      }}
    >
      <div className="cs-anchor" style={{ top: corner.top, right: corner.right }}>
        <Indicator
          findings={state.findings}
          problem={state.problem ?? null}
          starting={state.starting ?? false}
          expanded={open}
          controls={panelId}
          onOpen={() => setOpen((o) => !o)}
        />
      </div>
      {open && (
        <div
          id={panelId}
          className="cs-panel"
          role="dialog"
          aria-label="Consonant findings"
          style={{ bottom: Math.max(8, window.innerHeight - corner.top + 6), right: corner.right }}
        >
          <div className="cs-panel-head">
            <h2>Consonant</h2>
            <button type="button" className="cs-link" onClick={() => setOpen(false)}>
              Close
            </button>
          </div>
          {state.problem && (
            <p className="cs-problem" role="status">
              Consonant can't check this compose: {state.problem}. Sends from it go out unchecked.
            </p>
          )}
          {state.findings && state.findings.length > 0 ? (
            <FindingsList findings={state.findings} />
          ) : state.findings ? (
            <p className="cs-empty">No conflicts with your team's priorities profile.</p>
          ) : null}
        </div>
      )}
    </div>
  );
}

/** Everything the send guard shows on a mail site, rendered into one shadow root. */
export function GuardOverlay({ store }: { store: Store<OverlayState> }) {
  const state = useSyncExternalStore(store.subscribe, store.get);
  const { held } = state;
  return (
    <>
      {state.indicators.map((indicator) => (
        <IndicatorAnchor key={indicator.id} state={indicator} />
      ))}
      {state.rehearse && !held && (
        <div aria-hidden="true" style={{ position: 'fixed', left: -10000, top: 0, visibility: 'hidden' }}>
          <WarningDialog findings={state.rehearse} onEdit={() => {}} onProceed={() => {}} autoFocus={false} />
        </div>
      )}
      {held && (
        <WarningDialog
          findings={held.findings}
          onEdit={held.edit}
          onProceed={held.canSendAnyway ? held.sendAnyway : undefined}
        />
      )}
    </>
  );
}
