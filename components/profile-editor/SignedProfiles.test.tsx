// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fallbackState, type EffectiveState } from '../../lib/extension/effective';
import { exampleProfile, type Profile } from '../../lib/profile';
import { generateSigningKeys, openProfileText, signProfile, type PublicJwk } from '../../lib/profile/signed';
import { PopupView } from '../popup/PopupView';
import { EditorPanel } from './EditorPanel';

afterEach(cleanup);

let publicJwk: PublicJwk;
let jws: string;
beforeAll(async () => {
  const keys = await generateSigningKeys('platform-2026');
  publicJwk = keys.publicJwk;
  const signed = await signProfile(exampleProfile, keys.privateJwk);
  jws = signed.ok ? signed.jws : '';
});

function editor() {
  const onSave = vi
    .fn<(profile: Profile, origin: 'edit' | 'import', jws?: string) => Promise<void>>()
    .mockResolvedValue();
  const user = userEvent.setup();
  render(
    <EditorPanel
      initial={exampleProfile}
      source="url"
      syncedAt={null}
      onSave={onSave}
      keysPinned
      open={(text) => openProfileText(text, [publicJwk])}
      tryCheck={() => Promise.reject(new Error('not used'))}
    />,
  );
  return { onSave, user };
}

describe('the options page under pinned keys', () => {
  it('imports a file signed by a pinned key, keeping its signature', async () => {
    const { onSave, user } = editor();
    await user.upload(
      screen.getByLabelText('Profile file to import'),
      new File([jws], 'team.jws', { type: 'application/jose' }),
    );
    await vi.waitFor(() => expect(onSave).toHaveBeenCalledWith(exampleProfile, 'import', jws));
    expect(
      screen.getByText(
        /Imported Platform leadership, version 2026-11-20\.3, from team\.jws, signed by platform-2026 \(verified\)\./,
      ),
    ).toBeTruthy();
  });

  it('refuses a plain file and says why in words', async () => {
    const { onSave, user } = editor();
    await user.upload(
      screen.getByLabelText('Profile file to import'),
      new File([JSON.stringify(exampleProfile)], 'team.json', { type: 'application/json' }),
    );
    const alert = await screen.findByText('This file was not imported:');
    expect(alert.parentElement!.textContent).toMatch(
      /The profile is not signed by a key your organization trusts: it is a plain profile, not a signed one/,
    );
    expect(onSave).not.toHaveBeenCalled();
  });

  it('does not save an edit, which cannot be signed', async () => {
    const { onSave, user } = editor();
    expect(
      screen.getByText(/Edits cannot be saved here: your organization accepts only profiles signed by a key it trusts/),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    expect(screen.getByRole('status').textContent).toMatch(
      /^Not saved: your organization accepts only profiles signed by a key it trusts/,
    );
    expect(onSave).not.toHaveBeenCalled();
  });
});

describe('the popup', () => {
  const show = (patch: Partial<EffectiveState>) =>
    render(
      <PopupView
        state={{ ...fallbackState, profileSource: 'url', ...patch }}
        status={null}
        changes={null}
        report={null}
        tabUrl={undefined}
        onSyncNow={vi.fn()}
        onDismissChanges={vi.fn()}
        onOpenOptions={vi.fn()}
      />,
    );
  const text = () => screen.getByRole('main').textContent ?? '';

  it.each<[string, Partial<EffectiveState>, RegExp | null]>([
    [
      'verified by a pinned key',
      { signature: { state: 'verified', kid: 'platform-2026' }, keysPinned: true },
      /SignatureVerified: signed by platform-2026, a key your organization trusts/,
    ],
    [
      'signed without pinned keys',
      { signature: { state: 'unverified', kid: 'platform-2026' } },
      /SignatureSigned by platform-2026 \(unverified: your organization pins no keys\)/,
    ],
    ['unsigned without pinned keys: nothing changes', {}, null],
  ])('shows the signature state: %s', (_name, patch, expected) => {
    show(patch);
    if (expected) expect(text()).toMatch(expected);
    else expect(text()).not.toMatch(/Signature/);
  });

  it('says in words which profile was refused and what is used instead', () => {
    const reason =
      'the profile at https://intranet.example.com/team.jws is not signed by a key your organization trusts: it is a plain profile, not a signed one (a compact JWS)';
    show({ profileSource: 'example', keysPinned: true, refused: [{ source: 'url', reason }] });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain(reason);
    expect(alert.textContent).toMatch(/Until a signed profile arrives, the built-in example is in use\./);
    expect(text()).toMatch(/Not signed: your organization accepts only signed profiles/);
  });
});
