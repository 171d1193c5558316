import { useEffect, useState } from 'react';
import { browser } from '#imports';
import { CheckThisPage } from '../CheckThisPage';
import { policyReportItem, profileChangesItem, syncStatusItem } from '../../lib/extension/sources';
import { dismissChanges, requestSyncNow } from '../../lib/extension/ui-actions';
import { useEffectiveState, useStored } from '../../lib/extension/use-stored';
import { PopupView } from './PopupView';

export function PopupApp() {
  const state = useEffectiveState();
  const status = useStored(syncStatusItem);
  const changes = useStored(profileChangesItem);
  const report = useStored(policyReportItem);
  const [tabUrl, setTabUrl] = useState<string | undefined>(undefined);
  const [syncing, setSyncing] = useState(false);
  const [syncNote, setSyncNote] = useState<string | null>(null);

  useEffect(() => {
    // Opening the popup grants activeTab, so the front tab's address is readable here.
    void browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([tab]) => setTabUrl(tab?.url))
      .catch(() => setTabUrl(undefined));
  }, []);

  if (!state) return <p className="muted popup">Loading…</p>;
  return (
    <>
      <PopupView
        state={state}
        status={status ?? null}
        changes={changes ?? null}
        report={report ?? null}
        tabUrl={tabUrl}
        syncing={syncing}
        syncNote={syncNote}
        onSyncNow={() => {
          setSyncing(true);
          void requestSyncNow()
            .then((reply) => setSyncNote(reply.skipped ?? null))
            .finally(() => setSyncing(false));
        }}
        onDismissChanges={() => void dismissChanges()}
        onOpenOptions={() => void browser.runtime.openOptionsPage()}
      />
      <div className="popup popup__check">
        <CheckThisPage />
      </div>
    </>
  );
}
