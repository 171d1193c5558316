import { useMemo, useState } from 'react';
import { checkDraft, type Profile } from '../../lib';
import type { Finding } from '../../lib/report';

function FindingItem({ finding }: { finding: Finding }) {
  const entry = finding.entry;
  return (
    <li className={`finding finding--${finding.severity}`}>
      <div className="finding__head">
        <span className="badge">{finding.severity}</span> {finding.message}
      </div>
      <div className="finding__evidence">
        Your words: <q>{finding.text}</q>
      </div>
      {entry && (
        <div className="finding__entry">
          Profile: {entry.label}
          {entry.status ? ` · ${entry.status}` : ''}
          {entry.rank !== undefined ? ` · rank ${entry.rank}` : ''}
          {entry.outcome ? ` · outcome ${entry.outcome}` : ''}
          {entry.owner ? ` · owner ${entry.owner}` : ''}
          {` · version ${entry.profileVersion}, updated ${entry.updatedAt.slice(0, 10)}${entry.updatedBy ? ` by ${entry.updatedBy}` : ''}`}
        </div>
      )}
      {finding.suggestion && <div className="finding__suggestion">Instead: {finding.suggestion}</div>}
    </li>
  );
}

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
      {report && (
        <div aria-live="polite">
          {report.findings.length === 0 ? (
            <p className="ok">No conflicts with this profile.</p>
          ) : (
            <ul className="findings" aria-label="Findings">
              {report.findings.map((f) => (
                <FindingItem key={`${f.rule}-${f.start}-${f.end}-${f.topic ?? ''}`} finding={f} />
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
