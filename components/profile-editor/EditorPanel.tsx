import { useMemo, useState } from 'react';
import type { Profile } from '../../lib/profile';
import type { ProfileSource } from '../../lib/extension/effective';
import type { ProfileSource as FileSource } from '../../lib/profile/read';
import type { OpenResult } from '../../lib/profile/signed';
import { ErrorList } from './ErrorList';
import { ImportExport } from './ImportExport';
import { ProfileEditor } from './ProfileEditor';
import { SaveBar, type SaveMessage } from './SaveBar';
import { TryIt, type TryCheck } from './TryIt';
import { fromProfile, unplacedErrors, validateDraft, type ProfileDraft } from './draft';

interface Props {
  initial: Profile;
  source: ProfileSource;
  syncedAt: string | null;
  onSave: (profile: Profile, origin: 'edit' | 'import', jws?: string) => Promise<void>;
  now?: () => Date;
  /** The organization accepts only signed profiles: an edit made here cannot be signed, so it is not saved. */
  keysPinned?: boolean;
  /** Reads an imported file, checking its signature against the pinned keys. */
  open?: (text: string, file: FileSource) => Promise<OpenResult>;
  /** Checks a pasted draft against the edited profile (in the extension's background). */
  tryCheck: TryCheck;
}

const UNSIGNABLE =
  'your organization accepts only profiles signed by a key it trusts, and a profile edited here cannot be signed. Import the team’s signed file (.jws) instead; the profile in force stays in use.';

const overshadowed: Partial<Record<ProfileSource, string>> = {
  managed: 'Your organization sets the profile, so local edits are kept but not used.',
  url: 'The team URL profile is in force; local edits are kept and used only without a team URL.',
};

export function EditorPanel({
  initial,
  source,
  syncedAt,
  onSave,
  now = () => new Date(),
  keysPinned = false,
  open,
  tryCheck,
}: Props) {
  const [draft, setDraft] = useState<ProfileDraft>(() => fromProfile(initial));
  const [message, setMessage] = useState<SaveMessage>(null);
  const check = useMemo(() => validateDraft(draft), [draft]);

  const save = async (profile: Profile, origin: 'edit' | 'import', jws?: string) => {
    try {
      await (jws ? onSave(profile, origin, jws) : onSave(profile, origin));
      setMessage({
        kind: 'ok',
        text: `Saved version ${profile.version}.${overshadowed[source] ? ` ${overshadowed[source]}` : ''}`,
      });
    } catch (error) {
      setMessage({ kind: 'error', text: `Not saved: ${(error as Error).message}` });
    }
  };

  const submit = () => {
    if (keysPinned) {
      setMessage({ kind: 'error', text: `Not saved: ${UNSIGNABLE}` });
      return;
    }
    const stamped = validateDraft({
      ...draft,
      updatedAt: now()
        .toISOString()
        .replace(/\.\d{3}Z$/, 'Z'),
    });
    if (!stamped.ok) {
      setMessage({
        kind: 'error',
        text: `Not saved: fix the ${stamped.errors.length} problem${stamped.errors.length === 1 ? '' : 's'} marked in the form. The last saved profile stays in use.`,
      });
      return;
    }
    setDraft((d) => ({ ...d, updatedAt: stamped.profile.updatedAt }));
    void save(stamped.profile, 'edit');
  };

  return (
    <form
      className="panel"
      aria-label="Profile editor"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      {overshadowed[source] && <p className="notice">{overshadowed[source]}</p>}
      {keysPinned && <p className="notice">Edits cannot be saved here: {UNSIGNABLE}</p>}
      <ErrorList title="Problems outside the form:" errors={unplacedErrors(check.errors, draft)} />
      <ProfileEditor draft={draft} errors={check.errors} onChange={setDraft} />
      <SaveBar message={message} check={check} onDiscard={() => setDraft(fromProfile(initial))} />
      <ImportExport
        current={check.profile}
        open={open}
        onImport={(profile, jws) => {
          setDraft(fromProfile(profile));
          void save(profile, 'import', jws);
        }}
      />
      <TryIt profile={check.profile} syncedAt={syncedAt} check={tryCheck} />
    </form>
  );
}
