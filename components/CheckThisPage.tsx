import { useState } from 'react';
import { checkTab, PageCheckError, targetTabId, type PageCheck } from '../lib/extension/page-check';
import { PageReport } from './docs/PageReport';

type View =
  | { phase: 'idle' }
  | { phase: 'checking' }
  | { phase: 'failed'; message: string }
  | { phase: 'done'; result: PageCheck };

const SOURCE: Record<PageCheck['page']['source'], string> = {
  selection: 'the selected text',
  editor: 'the text in the editor you were typing in',
  article: "the page's main text",
  page: "the page's text",
};

function sourceLine({ page }: PageCheck): string {
  const editor = page.source !== 'article' && page.editor ? ` (${page.editor})` : '';
  return `Checked ${SOURCE[page.source]}${editor}${page.title ? ` of “${page.title}”` : ''}.`;
}

/** The popup's "Check this page" section: reads the tab through activeTab and checks it here. */
export function CheckThisPage({ search = location.search }: { search?: string }) {
  const [view, setView] = useState<View>({ phase: 'idle' });

  const run = async () => {
    setView({ phase: 'checking' });
    try {
      const tabId = await targetTabId(search);
      if (tabId === null) throw new PageCheckError("Consonant can't read this page: there is no tab in front.");
      setView({ phase: 'done', result: await checkTab(tabId) });
    } catch (error) {
      const message =
        error instanceof PageCheckError ? error.message : `Consonant could not check this page: ${String(error)}`;
      setView({ phase: 'failed', message });
    }
  };

  return (
    <section className="consonant-check-page" aria-label="Check this page">
      <button type="button" onClick={() => void run()} disabled={view.phase === 'checking'}>
        {view.phase === 'checking' ? 'Checking…' : 'Check this page'}
      </button>
      {view.phase === 'failed' ? <p role="alert">{view.message}</p> : null}
      {view.phase === 'done' ? (
        <div className="consonant-page-result">
          <p>{sourceLine(view.result)}</p>
          {view.result.page.capped ? (
            <p className="consonant-capped">
              This page is long: Consonant read the first {view.result.page.text.length.toLocaleString('en')} of{' '}
              {view.result.page.totalChars.toLocaleString('en')} characters.
            </p>
          ) : null}
          {view.result.report.stats.timedOut ? (
            <p className="consonant-capped">The check ran out of time; later parts of the text were not read.</p>
          ) : null}
          <PageReport text={view.result.page.text} report={view.result.report} />
        </div>
      ) : null}
    </section>
  );
}
