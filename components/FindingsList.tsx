import type { ReactNode } from 'react';
import type { Entry, Finding } from '../lib/report';
import { SEVERITY_TITLE, sortFindings } from './severity';
import { ThreadQuote } from './ThreadQuote';

export interface FindingsListProps {
  findings: readonly Finding[];
  /** Called with a finding when the writer asks to go to its words; omit for a read-only list. */
  onShow?: (finding: Finding) => void;
  /** How to show the finding's words; a document that is not on screen passes them in their sentence. */
  words?: (finding: Finding) => ReactNode;
}

function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

function EntryFacts({ entry }: { entry: Entry }) {
  const facts: [string, string][] = [];
  if (entry.status) facts.push(['Status', entry.status]);
  if (entry.rank !== undefined) facts.push(['Rank', `#${entry.rank}`]);
  if (entry.owner) facts.push(['Owner', entry.owner]);
  if (entry.outcome) facts.push(['Outcome', entry.outcome]);
  if (entry.due) facts.push(['Due', entry.due]);
  return (
    <div className="cs-entry">
      <div className="cs-entry-label">
        <span className="cs-k">Profile says</span> {entry.label}
      </div>
      {facts.length > 0 && (
        <dl className="cs-facts">
          {facts.map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
      )}
      {entry.note && <p className="cs-note">{entry.note}</p>}
      <p className="cs-provenance">
        Profile version {entry.profileVersion}, updated {formatDate(entry.updatedAt)}
        {entry.updatedBy ? ` by ${entry.updatedBy}` : ''}
      </p>
    </div>
  );
}

/** The finding's words marked in their sentence, all as text nodes; just the words when the sentence is not known. */
function InSentence({ finding }: { finding: Finding }) {
  if (!finding.context) return <>“{finding.text}”</>;
  return (
    <q className="cs-sentence">
      {finding.context.before}
      <mark>{finding.text}</mark>
      {finding.context.after}
    </q>
  );
}

/** Every finding with its evidence: the draft's words, the profile entry, and what to do instead. */
export function FindingsList({ findings, onShow, words }: FindingsListProps) {
  return (
    <ol className="cs-findings" aria-label="Findings">
      {sortFindings(findings).map((f) => (
        // One cue about two items ("the new app and the partner portal ASAP") gives one finding per item.
        <li
          key={`${f.rule}:${f.field ?? ''}:${f.start}:${f.end}:${f.topic ?? ''}`}
          className={`cs-finding cs-${f.severity}`}
        >
          <div className="cs-finding-head">
            <span className={`cs-badge cs-${f.severity}`}>{SEVERITY_TITLE[f.severity]}</span>
            <span className="cs-message">{f.message}</span>
          </div>
          {/* A finding about the profile itself (stale-profile) has no words: an empty quote, or the first sentence around an empty mark, would pass for evidence. */}
          {/* A thread finding shows what was said first, then the reply that says otherwise. */}
          {f.thread && <ThreadQuote thread={f.thread} />}
          {f.end > f.start && (
            <blockquote className="cs-quote">
              <span className="cs-k">
                {f.field === 'subject' ? 'Your subject' : f.thread ? 'Your reply' : 'Your words'}
              </span>{' '}
              {words ? words(f) : <InSentence finding={f} />}
              {f.via && f.entry && (
                <span className="cs-via">
                  {' '}
                  (“{f.via.words}” → {f.entry.label}, an alias in the profile)
                </span>
              )}
              {/* The subject line is not in the editor: there is nothing there to show. */}
              {onShow && f.field !== 'subject' && (
                <button type="button" className="cs-link" onClick={() => onShow(f)}>
                  Show in draft
                </button>
              )}
            </blockquote>
          )}
          {f.entry && <EntryFacts entry={f.entry} />}
          <p className="cs-suggestion">
            <span className="cs-k">Suggestion</span> {f.suggestion}
          </p>
        </li>
      ))}
    </ol>
  );
}
