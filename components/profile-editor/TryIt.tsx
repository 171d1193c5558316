import { useMemo, useState } from 'react';
import { checkDraft, type Profile } from '../../lib';
import { PageReport } from '../docs/PageReport';

/** Checks a pasted draft against the profile being edited, so a change can be tried before it is saved. */
export function TryIt({ profile, syncedAt }: { profile: Profile | undefined; syncedAt: string | null }) {
  const [text, setText] = useState('');
  const report = useMemo(() => {
    if (!profile || text.trim() === '') return null;
    try {
      return checkDraft(text, profile, { syncedAt, budgetMs: 500 });
    } catch (error) {
      console.error('[consonant] try-it check failed', error);
      return null;
    }
  }, [text, profile, syncedAt]);
  return (
    <section className="card" aria-labelledby="tryit-heading">
      <div className="card__head">
        <h2 id="tryit-heading">Try it</h2>
        <p className="muted">Paste a draft to see what Consonant would say with the profile as edited above. Nothing leaves this page.</p>
      </div>
      <label htmlFor="tryit-text" className="sr-only">
        Draft to check
      </label>
      <textarea id="tryit-text" rows={5} value={text} placeholder="e.g. The new app is our top priority, please ship it ASAP." onChange={(e) => setText(e.target.value)} />
      {!profile && text.trim() !== '' && <p className="muted">Fix the errors above to try the edited profile.</p>}
      {/* The same findings list as the warning, each finding in its sentence with the words marked. */}
      {report && (
        <div aria-live="polite">
          <PageReport text={text} report={report} />
        </div>
      )}
    </section>
  );
}
