import { useEffectiveState, useStored } from '../../lib/extension/use-stored';
import { policyReportItem, syncStatusItem, updateUserSettings } from '../../lib/extension/sources';
import { openImport, requestSyncNow, saveLocalProfile, subscribe, unsubscribe } from '../../lib/extension/ui-actions';
import { checkInBackground } from '../../lib/extension/document-check';
import { isLocked } from '../../lib/sync/merge';
import { EditorPanel } from './EditorPanel';
import { PolicyProblems } from './PolicyProblems';
import { RefusedProfiles, signatureText } from './SignatureStatus';
import { SettingsPanel } from './SettingsPanel';
import { SubscribePanel } from './SubscribePanel';

const sourceNames = {
  managed: 'set by your organization',
  url: 'from the team URL',
  local: 'edited on this computer',
  example: 'the built-in example',
};

export function OptionsApp() {
  const state = useEffectiveState();
  const status = useStored(syncStatusItem);
  const report = useStored(policyReportItem);
  if (!state) return <p className="muted">Loading…</p>;
  const signature = signatureText(state);
  return (
    <div className="page">
      <header className="page__head">
        <h1>Consonant</h1>
        <p className="muted">
          Profile in force: <strong>{state.profile.team}</strong>, version {state.profile.version},{' '}
          {sourceNames[state.profileSource]}.
          {signature && <span className={state.signature.state === 'verified' ? 'ok' : 'warn'}> {signature}.</span>}
        </p>
      </header>
      <RefusedProfiles state={state} />
      <PolicyProblems report={report} />
      <SettingsPanel
        settings={state.settings}
        locked={state.locked}
        onChange={(patch) => void updateUserSettings(patch)}
      />
      {state.profileSource !== 'managed' && (
        <SubscribePanel
          url={state.settings.profileUrl}
          locked={isLocked(state.locked, 'profileUrl')}
          status={status ?? null}
          onSubscribe={subscribe}
          onUnsubscribe={unsubscribe}
          onSyncNow={async () => (await requestSyncNow()).skipped}
        />
      )}
      {isLocked(state.locked, 'profile') ? (
        <section className="card">
          <h2>
            Profile <span className="locked">Set by your organization</span>
          </h2>
          <p className="muted">Your organization provides the team profile, so it cannot be edited here.</p>
        </section>
      ) : (
        <EditorPanel
          initial={state.profile}
          source={state.profileSource}
          syncedAt={state.profileSyncedAt}
          onSave={saveLocalProfile}
          keysPinned={state.keysPinned}
          open={openImport}
          tryCheck={(text, profile, syncedAt) => checkInBackground(text, 500, { profile, syncedAt })}
        />
      )}
    </div>
  );
}
