import { useEffect, useState } from 'react';
import { readSelectionCheck, type SelectionCheck } from '../../lib/extension/context-menu';
import { checkText } from '../../lib/extension/page-check';
import type { Report } from '../../lib/report';
import { PageReport } from './PageReport';

type View =
  | { phase: 'loading' }
  | { phase: 'empty' }
  | { phase: 'failed'; message: string }
  | { phase: 'done'; selection: SelectionCheck; report: Report };

/** The window "Check selection with Consonant" opens: the selection, kept in session storage, checked here. */
export function SelectionResults() {
  const [view, setView] = useState<View>({ phase: 'loading' });

  useEffect(() => {
    let live = true;
    (async () => {
      const selection = await readSelectionCheck();
      if (!selection || !selection.text.trim()) return setView({ phase: 'empty' });
      const report = await checkText(selection.text);
      if (live) setView({ phase: 'done', selection, report });
    })().catch(
      (error: unknown) =>
        live && setView({ phase: 'failed', message: `Consonant could not check the selection: ${String(error)}` }),
    );
    return () => {
      live = false;
    };
  }, []);

  return (
    <main className="consonant-results">
      <h1>Consonant</h1>
      {view.phase === 'loading' ? <p role="status">Checking the selection…</p> : null}
      {view.phase === 'empty' ? (
        <p role="status">
          There is no selected text to check. Select some text, then choose “Check selection with Consonant”.
        </p>
      ) : null}
      {view.phase === 'failed' ? <p role="alert">{view.message}</p> : null}
      {view.phase === 'done' ? (
        <>
          <p>
            Checked the selection{view.selection.title ? ` from “${view.selection.title}”` : ''} (
            {view.selection.text.length.toLocaleString('en')} characters).
          </p>
          <PageReport text={view.selection.text} report={view.report} />
        </>
      ) : null}
    </main>
  );
}
