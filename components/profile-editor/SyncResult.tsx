import type { SyncStatus } from '../../lib/sync/records';
import { formatWhen } from './format-when';

/** The last sync attempt in one sentence; a failure keeps the last good profile and says why. */
export function SyncResult({ status, now }: { status: SyncStatus; now?: Date }) {
  const when = formatWhen(status.at, now);
  if (status.result === 'updated') return <p className="ok">Last sync {when}: downloaded a new version.</p>;
  if (status.result === 'not-modified') return <p className="ok">Last sync {when}: up to date.</p>;
  const firstLine = (status.reason ?? 'unknown error').split('\n')[0]!.replace(/:$/, '');
  return (
    <div className="error" role="alert">
      <p>
        Last sync {when} failed: {firstLine}. The last good profile is still in use.
      </p>
      {/* The fields to fix, each with its path, so whoever publishes the file knows where to look. */}
      {status.errors.length > 0 && (
        <ul className="sync-errors">
          {status.errors.map((e) => (
            <li key={`${e.path}:${e.message}`}>
              {e.path ? <code>{e.path}</code> : 'The profile'} {e.message}
              {e.path && e.line !== undefined ? ` (line ${e.line}, column ${e.column ?? 1})` : ''}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
