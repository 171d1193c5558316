import { useEffect, useState } from 'react';
import type { Profile } from '../../lib/profile';
import type { Report } from '../../lib/report';
import { PageReport } from '../docs/PageReport';

/** Checks a draft against a profile not yet saved; the options page asks the extension's background. */
export type TryCheck = (text: string, profile: Profile, syncedAt: string | null) => Promise<Report>;

/** Checks a pasted draft against the profile being edited, so a change can be tried before it is saved. */
export function TryIt({
  profile,
  syncedAt,
  check,
}: {
  profile: Profile | undefined;
  syncedAt: string | null;
  check: TryCheck;
}) {
  const [text, setText] = useState('');
  const [report, setReport] = useState<Report | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    if (!profile || text.trim() === '') {
      setReport(null);
      return;
    }
    let current = true;
    // A pause in typing, then one check; a late answer for older text is dropped.
    const timer = setTimeout(() => {
      check(text, profile, syncedAt).then(
        (next) => current && (setReport(next), setFailed(null)),
        (error: unknown) =>
          current && (setReport(null), setFailed(error instanceof Error ? error.message : String(error))),
      );
    }, 150);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text, profile, syncedAt, check]);
  return (
    <section className="card" aria-labelledby="tryit-heading">
      <div className="card__head">
        <h2 id="tryit-heading">Try it</h2>
        <p className="muted">
          Paste a draft to see what Consonant would say with the profile as edited above. Nothing leaves your browser.
        </p>
      </div>
      <label htmlFor="tryit-text" className="sr-only">
        Draft to check
      </label>
      <textarea
        id="tryit-text"
        rows={5}
        value={text}
        placeholder="e.g. The new app is our top priority, please ship it ASAP."
        onChange={(e) => setText(e.target.value)}
      />
      {!profile && text.trim() !== '' && <p className="muted">Fix the errors above to try the edited profile.</p>}
      {failed && (
        <p className="notice notice--warn" role="alert">
          Consonant could not check this draft: {failed}
        </p>
      )}
      {/* The same findings list as the warning, each finding in its sentence with the words marked. */}
      {report && text.trim() !== '' && (
        <div aria-live="polite">
          <PageReport text={text} report={report} />
        </div>
      )}
    </section>
  );
}
