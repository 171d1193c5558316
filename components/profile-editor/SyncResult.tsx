import type { SyncStatus } from '../../lib/sync/records';
import { formatWhen } from './format-when';

/** The last sync attempt in one sentence; a failure keeps the last good profile and says why. */
export function SyncResult({ status, now }: { status: SyncStatus; now?: Date }) {
  const when = formatWhen(status.at, now);
  if (status.result === 'updated') return <p className="ok">Last sync {when}: downloaded a new version.</p>;
  if (status.result === 'not-modified') return <p className="ok">Last sync {when}: up to date.</p>;
  const firstLine = (status.reason ?? 'unknown error').split('\n')[0]!.replace(/:$/, '');
  return (
    <p className="error" role="alert">
      Last sync {when} failed: {firstLine}. The last good profile is still in use.
    </p>
  );
}
