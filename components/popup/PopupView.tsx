import type { EffectiveState } from '../../lib/extension/effective';
import type { GuardStatus } from '../../lib/guard/send-guard';
import type { PolicyReport, ProfileChanges, SyncStatus } from '../../lib/sync/records';
import { isLocked } from '../../lib/sync/merge';
import { staleReasons } from '../../lib/sync/stale';
import { PolicyProblems } from '../profile-editor/PolicyProblems';
import { RefusedProfiles, signatureText } from '../profile-editor/SignatureStatus';
import { SyncResult } from '../profile-editor/SyncResult';
import { formatWhen } from '../profile-editor/format-when';
import { siteForUrl } from '../../lib/sites';

export interface PopupViewProps {
  state: EffectiveState;
  status: SyncStatus | null;
  changes: ProfileChanges | null;
  report: PolicyReport | null;
  tabUrl: string | undefined;
  /**
   * What the send guard in the tab reports: undefined while the popup is asking, null when no
   * guard answered (the tab was open before Consonant was installed or updated).
   */
  guardStatus?: GuardStatus | null;
  now?: Date;
  syncing?: boolean;
  syncNote?: string | null;
  onSyncNow: () => void;
  onDismissChanges: () => void;
  onOpenOptions: () => void;
}

const SOURCE_LABEL = {
  managed: 'Set by your organization',
  url: 'Team URL',
  local: 'Edited on this computer',
  example: 'Built-in example',
};

function TabStatus({
  state,
  tabUrl,
  guardStatus,
}: {
  state: EffectiveState;
  tabUrl: string | undefined;
  guardStatus: GuardStatus | null | undefined;
}) {
  const site = siteForUrl(tabUrl);
  if (!site)
    return (
      <p className="muted">
        This page is not one Consonant checks as you write. Use “Check this page” below to read it.
      </p>
    );
  const byPolicy = (key: string) => (isLocked(state.locked, key) ? ' by your organization' : '');
  if (state.settings.mode === 'off')
    return (
      <p className="warn">
        {site.name}: checks are off{byPolicy('mode')}.
      </p>
    );
  if (!state.settings.sites[site.id])
    return (
      <p className="warn">
        {site.name}: checks are turned off for this site{byPolicy(`sites.${site.id}`)}.
      </p>
    );
  // Docs has no Send: the guard holds Share.
  const act = site.id === 'docs' ? 'share' : 'send';
  const how =
    state.settings.mode === 'block'
      ? `holds a conflicting ${act} until you edit it`
      : `warns before a conflicting ${act}`;
  // Docs has its own controller that does not answer; mail tabs do.
  if (site.id !== 'docs' && guardStatus === null) {
    return (
      <p className="warn" role="status">
        {site.name}: Consonant is not running in this tab. Reload the page to check what you send from it.
      </p>
    );
  }
  if (guardStatus && guardStatus.problems.length > 0) {
    return (
      <div className="warn" role="status">
        <p>
          {site.name}: Consonant can&apos;t fully check{' '}
          {guardStatus.problems.length === 1 ? 'a compose' : `${guardStatus.problems.length} composes`} in this tab, so
          conflicts may go out unwarned:
        </p>
        <ul>
          {guardStatus.problems.map((problem, i) => (
            <li key={i}>{problem}</li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <p className="ok">
      {site.name} is checked: Consonant {how}.
    </p>
  );
}

export function PopupView(props: PopupViewProps) {
  const { state, status, changes, report, now = new Date() } = props;
  const profile = state.profile;
  const managed = isLocked(state.locked, 'profile') || isLocked(state.locked, 'profileUrl');
  const stale = staleReasons(profile, state.profileSyncedAt, now);
  const url = state.settings.profileUrl;
  const currentStatus = status && url && status.url === url ? status : null;
  const signature = signatureText(state);
  return (
    <main className="popup">
      <header className="popup__head">
        <h1>Consonant</h1>
        {managed && (
          <span className="managed" title="Your organization manages this profile">
            Managed
          </span>
        )}
      </header>
      <section aria-label="Team profile" className="block">
        <div className="profile__team">{profile.team}</div>
        <dl className="facts">
          <dt>Version</dt>
          <dd>{profile.version}</dd>
          <dt>Updated</dt>
          <dd title={profile.updatedAt}>
            {formatWhen(profile.updatedAt, now)}
            {profile.updatedBy ? ` by ${profile.updatedBy}` : ''}
          </dd>
          <dt>Source</dt>
          <dd>{SOURCE_LABEL[state.profileSource]}</dd>
          {signature && (
            <>
              <dt>Signature</dt>
              <dd className={state.signature.state === 'verified' ? 'ok' : 'warn'}>{signature}</dd>
            </>
          )}
        </dl>
        <RefusedProfiles state={state} />
        {url && state.profileSource !== 'managed' && (
          <div className="sync">
            {currentStatus ? <SyncResult status={currentStatus} now={now} /> : <p className="muted">Not synced yet.</p>}
            <button type="button" onClick={props.onSyncNow} disabled={props.syncing}>
              {props.syncing ? 'Syncing…' : 'Sync now'}
            </button>
            {props.syncNote && <p className="muted">{props.syncNote}</p>}
          </div>
        )}
        {stale.length > 0 && (
          <p className="notice notice--warn" role="status">
            This profile may be out of date: {stale.join('; ')}.
          </p>
        )}
      </section>
      {changes && changes.lines.length > 0 && (
        <section aria-labelledby="changes-heading" className="block notice">
          <h2 id="changes-heading">
            What changed ({changes.fromVersion} → {changes.toVersion})
          </h2>
          <ul>
            {changes.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <button type="button" onClick={props.onDismissChanges}>
            Dismiss
          </button>
        </section>
      )}
      <PolicyProblems report={report} />
      <section aria-label="This tab" className="block">
        <TabStatus state={state} tabUrl={props.tabUrl} guardStatus={props.guardStatus} />
      </section>
      <footer className="popup__foot">
        <button type="button" onClick={props.onOpenOptions}>
          Settings and profile…
        </button>
      </footer>
    </main>
  );
}
