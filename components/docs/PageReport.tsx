import type { Report } from '../../lib/report';
import { CheckFailedNote } from '../CheckFailedNote';
import { FindingsList } from '../FindingsList';
import { guardStyles } from '../guard-styles';
import { SentenceInContext } from './SentenceInContext';

// The shared styles are written for a shadow root; on an extension page their few global rules
// must not take the page's own focus ring or button colours away.
const PAGE_CSS = `
:root { --cs-focus: var(--focus, #3b4ccf); }
button { color: var(--text, inherit); }
.cs-sentence { quotes: "“" "”"; }
.cs-sentence mark { background: var(--cs-warning-bg); color: inherit; font-weight: 600; border-radius: 3px; padding: 0 2px; }
.cs-page-findings .cs-note, .cs-page-findings .cs-facts, .cs-page-findings .cs-provenance { margin-left: 0; }
`;

/** Findings for text read from a page, in the shared list, each with its sentence and the words marked. */
export function PageReport({ text, report }: { text: string; report: Report }) {
  return (
    <div className="cs-root cs-page-findings">
      {/* The shared styles are a string for shadow roots; a style element renders them as text here. */}
      <style>{guardStyles + PAGE_CSS}</style>
      <CheckFailedNote report={report} />
      {report.findings.length === 0 ? (
        report.stats.error ? null : (
          <p role="status">No conflicts with the team profile.</p>
        )
      ) : (
        <FindingsList
          findings={report.findings}
          words={(f) => <SentenceInContext text={text} report={report} finding={f} />}
        />
      )}
    </div>
  );
}
