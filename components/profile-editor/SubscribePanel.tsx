import { useEffect, useState } from 'react';
import type { SyncStatus } from '../../lib/sync/records';
import { checkProfileUrl } from '../../lib/sync/url-policy';
import { ErrorList } from './ErrorList';
import { Locked } from './Locked';
import { SyncResult } from './SyncResult';

export type PermissionOutcome = 'granted' | 'refused';

interface Props {
  url: string | undefined;
  locked: boolean;
  status: SyncStatus | null;
  onSubscribe: (url: string) => Promise<{ permission: Promise<PermissionOutcome> }>;
  onUnsubscribe: () => Promise<void>;
  onSyncNow: () => Promise<string | undefined>;
}

/** Subscribing and syncing: what the writer is told, and whether a request is under way. */
function useSubscription(text: string, onSubscribe: Props['onSubscribe'], onSyncNow: Props['onSyncNow']) {
  const [problem, setProblem] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const subscribe = async () => {
    const check = checkProfileUrl(text);
    if (!check.ok) {
      setProblem(check.reason);
      return;
    }
    setProblem(null);
    setBusy(true);
    let permission: Promise<PermissionOutcome>;
    try {
      ({ permission } = await onSubscribe(check.url.href));
    } catch (error) {
      setProblem((error as Error).message);
      return;
    } finally {
      setBusy(false);
    }
    setNote(`Subscribed. Allow Consonant to read ${check.url.host} if your browser asks.`);
    const outcome = await permission;
    setNote(
      outcome === 'refused'
        ? `Permission to read ${check.url.host} was refused. Consonant can still read the file if the server allows cross-origin requests (CORS); otherwise subscribe again and allow access.`
        : null,
    );
  };

  const syncNow = async () => {
    setBusy(true);
    try {
      setNote((await onSyncNow()) ?? null);
    } finally {
      setBusy(false);
    }
  };
  return { problem, note, busy, subscribe, syncNow };
}

export function SubscribePanel({ url, locked, status, onSubscribe, onUnsubscribe, onSyncNow }: Props) {
  const [text, setText] = useState(url ?? '');
  useEffect(() => setText(url ?? ''), [url]);
  const { problem, note, busy, subscribe, syncNow } = useSubscription(text, onSubscribe, onSyncNow);

  const current = status && url && status.url === url ? status : null;
  return (
    <section className="card" aria-labelledby="url-heading">
      <div className="card__head">
        <h2 id="url-heading">Team profile URL {locked && <Locked />}</h2>
        <p className="muted">
          Subscribe to the file your team publishes; it wins over the profile edited here and is checked again
          regularly.
        </p>
      </div>
      <div className="field">
        <label htmlFor="profile-url">Address (https)</label>
        <div className="inline">
          <input
            id="profile-url"
            type="url"
            value={text}
            disabled={locked}
            placeholder="https://intranet.example.com/consonant/team.json"
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'profile-url-error' : undefined}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                void subscribe();
              }
            }}
          />
          {!locked && (
            <button
              type="button"
              className="primary"
              onClick={() => void subscribe()}
              disabled={busy || text.trim() === ''}
            >
              Subscribe
            </button>
          )}
          {!locked && url && (
            <button type="button" onClick={() => void onUnsubscribe()} disabled={busy}>
              Unsubscribe
            </button>
          )}
          {url && (
            <button type="button" onClick={() => void syncNow()} disabled={busy}>
              Sync now
            </button>
          )}
        </div>
        {problem && (
          <ul className="field__errors" id="profile-url-error" role="alert">
            <li>{problem}</li>
          </ul>
        )}
      </div>
      {note && (
        <p className="notice" role="status">
          {note}
        </p>
      )}
      {current && <SyncResult status={current} />}
      {current && current.result === 'failed' && (
        <ErrorList title="Problems in the published file:" errors={current.errors} />
      )}
    </section>
  );
}
