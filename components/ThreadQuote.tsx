import type { ThreadEvidence } from '../lib/report';
import { shortDate } from '../lib/text/quoted-history';

/** Who wrote the earlier words and when, as the writer knows them: "Ana Ruiz, Nov 23". */
export function threadLabel(thread: ThreadEvidence): string {
  const when = shortDate(thread.date);
  return [thread.author ?? 'Earlier message', when].filter(Boolean).join(', ');
}

/** The earlier message's words a thread finding sets the reply against, labelled with who and when. */
export function ThreadQuote({ thread }: { thread: ThreadEvidence }) {
  return (
    <blockquote className="cs-quote cs-thread-quote">
      <span className="cs-k cs-who">{threadLabel(thread)}</span> {`“${thread.text}”`}
    </blockquote>
  );
}
