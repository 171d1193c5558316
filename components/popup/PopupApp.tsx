import { useEffect, useState } from 'react';
import { browser } from '#imports';
import { CheckThisPage } from '../CheckThisPage';
import { policyReportItem, profileChangesItem, syncStatusItem } from '../../lib/extension/sources';
import { dismissChanges, requestSyncNow } from '../../lib/extension/ui-actions';
import { askTabStatus } from '../../lib/extension/tab-status';
import type { GuardStatus } from '../../lib/guard/send-guard';
import { useEffectiveState, useStored } from '../../lib/extension/use-stored';
import { PopupView } from './PopupView';

export function PopupApp() {
  const state = useEffectiveState();
  const status = useStored(syncStatusItem);
  const changes = useStored(profileChangesItem);
  const report = useStored(policyReportItem);
  const [tabUrl, setTabUrl] = useState<string | undefined>(undefined);
  const [guardStatus, setGuardStatus] = useState<GuardStatus | null | undefined>(undefined);
  const [syncing, setSyncing] = useState(false);
  const [syncNote, setSyncNote] = useState<string | null>(null);

  useEffect(() => {
    // Opening the popup grants activeTab, so the front tab's address is readable here.
    void browser.tabs
      .query({ active: true, currentWindow: true })
      .then(async ([tab]) => {
        setTabUrl(tab?.url);
        // The send guard in the tab says whether it found every compose's Send and could read it.
        if (tab?.id !== undefined) setGuardStatus(await askTabStatus(tab.id));
      })
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
        guardStatus={guardStatus}
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
