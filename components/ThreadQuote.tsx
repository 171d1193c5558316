import type { ThreadEvidence } from '../lib/report';
import { threadLabel } from '../lib/thread/label';

/** The earlier message's words a thread finding sets the reply against, labelled with who and when. */
export function ThreadQuote({ thread }: { thread: ThreadEvidence }) {
  return (
    <blockquote className="cs-quote cs-thread-quote">
      <span className="cs-k cs-who">{threadLabel(thread)}</span> {`“${thread.text}”`}
    </blockquote>
  );
}
