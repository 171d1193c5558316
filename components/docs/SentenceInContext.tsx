import type { Finding, Report } from '../../lib/report';
import { findingContext } from './finding-context';

/** The finding's sentence with its words marked; every part is a text node, never markup. */
export function SentenceInContext({
  text,
  report,
  finding,
}: {
  text: string;
  report: Pick<Report, 'signals'>;
  finding: Finding;
}) {
  const context = findingContext(text, report, finding);
  return (
    <q className="cs-sentence">
      {context.cutBefore ? '… ' : ''}
      {context.before}
      <mark>{context.words}</mark>
      {context.after}
      {context.cutAfter ? ' …' : ''}
    </q>
  );
}
