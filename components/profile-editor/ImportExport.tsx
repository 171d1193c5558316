import { useRef } from 'react';
import type { Profile } from '../../lib/profile';
import { parseProfileText, type ProfileSource } from '../../lib/profile/read';
import { openProfileText, type OpenResult } from '../../lib/profile/signed';
import { ErrorList } from './ErrorList';
import { useProfileImport } from './use-profile-import';

interface Props {
  /** The profile to export, or undefined while the form has errors. */
  current: Profile | undefined;
  onImport: (profile: Profile, jws?: string) => void;
  /** Reads a chosen file (JSON or YAML, plain or signed); checks its signature when the organization pinned keys. */
  open?: (text: string, source: ProfileSource) => Promise<OpenResult>;
}

function fileName(profile: Profile): string {
  const slug = profile.team
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug || 'team'}-profile.json`;
}

export function ImportExport({
  current,
  onImport,
  open = (text, source) => openProfileText(text, undefined, (plain) => parseProfileText(plain, source)),
}: Props) {
  const input = useRef<HTMLInputElement>(null);
  const { errors, imported, read } = useProfileImport(open, onImport);

  const download = () => {
    if (!current) return;
    const blob = new Blob([`${JSON.stringify(current, null, 2)}\n`], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName(current);
    a.click();
    // Revoked on the next tick: the click has started the download by then.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  return (
    <section className="card" aria-labelledby="file-heading">
      <div className="card__head">
        <h2 id="file-heading">Profile file</h2>
        <p className="muted">
          Share the profile as a JSON file, or load one a teammate sent you (JSON or YAML, plain or signed: a .jws
          file).
        </p>
      </div>
      <div className="actions">
        <button type="button" onClick={() => input.current?.click()}>
          Import file…
        </button>
        <input
          ref={input}
          type="file"
          accept="application/json,.json,application/yaml,.yaml,.yml,application/jose,.jws"
          className="sr-only"
          aria-label="Profile file to import"
          tabIndex={-1}
          onChange={(e) => {
            const file = e.target.files?.[0];
            // Cleared so choosing the same file again still fires a change.
            e.target.value = '';
            if (file) void read(file);
          }}
        />
        <button
          type="button"
          onClick={download}
          disabled={!current}
          title={current ? undefined : 'Fix the errors in the form first'}
        >
          Export file
        </button>
      </div>
      {imported && (
        <p className="ok" role="status">
          {imported}
        </p>
      )}
      <ErrorList title="This file was not imported:" errors={errors} />
    </section>
  );
}
