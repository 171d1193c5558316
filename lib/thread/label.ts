import type { ThreadEvidence } from '../report';
import { shortDate } from '../text/quoted-history';

/** Who wrote the earlier words and when, as the writer knows them: "Ana Ruiz, Nov 23". */
export function threadLabel(thread: ThreadEvidence): string {
  const when = shortDate(thread.date);
  return [thread.author ?? 'Earlier message', when].filter(Boolean).join(', ');
}
