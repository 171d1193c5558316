// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stringify } from 'yaml';
import { exampleProfile, type Profile } from '../../lib/profile';
import { checkDraft } from '../../lib/check';
import { EditorPanel } from './EditorPanel';

/** The background's check, run here: the same core on the edited profile. */
const tryCheck = async (text: string, profile: Profile, syncedAt: string | null) =>
  checkDraft(text, profile, { syncedAt, budgetMs: 500 });

afterEach(cleanup);

const NOW = new Date('2026-11-24T09:30:00Z');

function setup(source: 'local' | 'example' | 'url' = 'example') {
  const onSave = vi.fn<(profile: Profile, origin: 'edit' | 'import') => Promise<void>>().mockResolvedValue();
  const user = userEvent.setup();
  render(
    <EditorPanel
      initial={exampleProfile}
      source={source}
      syncedAt={null}
      onSave={onSave}
      now={() => NOW}
      tryCheck={tryCheck}
    />,
  );
  return { onSave, user };
}

const row = (name: string) => screen.getByRole('listitem', { name });
/** Pastes instead of typing key by key: the form revalidates on every change, and the tests need no keystrokes. */
async function fill(user: ReturnType<typeof userEvent.setup>, element: HTMLElement, text: string) {
  await user.click(element);
  await user.paste(text);
}
const save = (user: ReturnType<typeof userEvent.setup>) =>
  user.click(screen.getByRole('button', { name: 'Save profile' }));

describe('EditorPanel', () => {
  it('adds a priority with the next rank and an id from its name', async () => {
    const { onSave, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Add priority' }));
    const added = row('priority 7');
    await fill(user, within(added).getByLabelText('Name'), 'Self-serve onboarding');
    await user.tab();
    expect(within(row('Self-serve onboarding')).getByLabelText('Id')).toHaveProperty('value', 'self-serve-onboarding');
    await save(user);
    const [saved, origin] = onSave.mock.calls[0]!;
    expect(origin).toBe('edit');
    expect(saved.priorities.at(-1)).toMatchObject({
      id: 'self-serve-onboarding',
      name: 'Self-serve onboarding',
      rank: 5,
      status: 'active',
    });
    expect(saved.updatedAt).toBe('2026-11-24T09:30:00Z');
  });

  it('reorders ranks with the move buttons', async () => {
    const { onSave, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Move Data migration up' }));
    const names = screen.getAllByRole('listitem').map((li) => li.getAttribute('aria-label'));
    expect(names.slice(0, 2)).toEqual(['Data migration', 'Checkout reliability']);
    await save(user);
    const ranks = Object.fromEntries(onSave.mock.calls[0]![0].priorities.map((p) => [p.id, p.rank]));
    expect(ranks).toMatchObject({ 'data-migration': 1, checkout: 2, 'partner-api': 3 });
  });

  it('shows each error at its field in words and refuses to save', async () => {
    const { onSave, user } = setup();
    await user.clear(screen.getByLabelText('Team name'));
    const migration = row('Data migration');
    await user.clear(within(migration).getByLabelText('Rank'));
    await fill(user, within(migration).getByLabelText('Rank'), '1');
    const vendor = row('Payments vendor');
    await user.clear(within(vendor).getByLabelText('Outcome'));

    const team = screen.getByLabelText('Team name');
    expect(team.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(team.getAttribute('aria-describedby')!.split(' ')[0]!)?.textContent).toBe(
      'team cannot be empty',
    );
    expect(within(migration).getByRole('alert').textContent).toMatch(/rank 1 is already held by "checkout"/);
    expect(within(vendor).getByRole('alert').textContent).toMatch(/a decided decision needs its outcome/);

    await save(user);
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByText(/Not saved: fix the 3 problems/)).toBeTruthy();
  });

  it('edits norms and avoided phrases', async () => {
    const { onSave, user } = setup();
    await user.clear(screen.getByLabelText('Urgent language allowed up to rank'));
    await fill(user, screen.getByLabelText('Urgent language allowed up to rank'), 'two');
    expect(screen.getByLabelText('Urgent language allowed up to rank').getAttribute('aria-invalid')).toBe('true');
    await user.clear(screen.getByLabelText('Urgent language allowed up to rank'));
    await fill(user, screen.getByLabelText('Urgent language allowed up to rank'), '3');
    await user.click(screen.getByRole('button', { name: 'Add phrase' }));
    const phrases = screen.getAllByLabelText('Phrase');
    await fill(user, phrases.at(-1)!, 'boil the ocean');
    await fill(user, screen.getAllByLabelText('Say instead').at(-1)!, 'a scoped ask');
    await save(user);
    const norms = onSave.mock.calls[0]![0].norms;
    expect(norms.urgentMaxRank).toBe(3);
    expect(norms.avoid.at(-1)).toEqual({ phrase: 'boil the ocean', instead: 'a scoped ask' });
  });

  it('exports the profile and imports the file back unchanged', async () => {
    const { onSave, user } = setup();
    let exported: Blob | undefined;
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      exported = blob as Blob;
      return 'blob:profile';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    await user.click(screen.getByRole('button', { name: 'Export file' }));
    expect(create).toHaveBeenCalledOnce();
    const text = await exported!.text();
    expect(JSON.parse(text)).toEqual(exampleProfile);

    await user.upload(
      screen.getByLabelText('Profile file to import'),
      new File([text], 'team.json', { type: 'application/json' }),
    );
    await vi.waitFor(() => expect(onSave).toHaveBeenCalledWith(exampleProfile, 'import'));
    expect(screen.getByText(/Imported Platform leadership/)).toBeTruthy();
  });

  it('lists every problem of a bad file with its path and keeps the form', async () => {
    const { onSave, user } = setup();
    const bad = JSON.stringify({ ...exampleProfile, schemaVersion: 2, priorities: [{ id: 'x', name: 'X', rank: 0 }] });
    await user.upload(
      screen.getByLabelText('Profile file to import'),
      new File([bad], 'bad.json', { type: 'application/json' }),
    );
    const alert = await screen.findByText('This file was not imported:');
    const items = within(alert.parentElement!)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^schemaVersion /),
        expect.stringMatching(/^priorities\[0\]\.rank rank starts at 1/),
      ]),
    );
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Team name')).toHaveProperty('value', exampleProfile.team);
  });

  it('imports a YAML profile with comments', async () => {
    const { onSave, user } = setup();
    const yaml = `# Our team\n${stringify(exampleProfile)}`;
    await user.upload(screen.getByLabelText('Profile file to import'), new File([yaml], 'team.yaml', { type: '' }));
    await vi.waitFor(() => expect(onSave).toHaveBeenCalledWith(exampleProfile, 'import'));
    expect(screen.getByText(/Imported Platform leadership, version 2026-11-20\.3, from team\.yaml/)).toBeTruthy();
  });

  it('shows where in a YAML file each problem is', async () => {
    const { onSave, user } = setup();
    const yaml = stringify({ ...exampleProfile, priorities: [{ id: 'x', name: 'X', rank: 'one' }] });
    const line = yaml.split('\n').findIndex((l) => l.includes('rank: one')) + 1;
    await user.upload(screen.getByLabelText('Profile file to import'), new File([yaml], 'team.yml', { type: '' }));
    const alert = await screen.findByText('This file was not imported:');
    const items = within(alert.parentElement!)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([`priorities[0].rank should be a number (got "one") (line ${line}, column 11)`]);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('says so when the chosen file cannot be read, and keeps the form', async () => {
    const { onSave, user } = setup();
    const gone = new File(['{}'], 'gone.json', { type: 'application/json' });
    gone.text = () => Promise.reject(new Error('the file was moved'));
    await user.upload(screen.getByLabelText('Profile file to import'), gone);
    const alert = await screen.findByText('This file was not imported:');
    expect(alert.parentElement!.textContent).toMatch(
      /could not be read from gone\.json \(the file was moved\)\. Choose the file again\./,
    );
    expect(onSave).not.toHaveBeenCalled();
  });

  it('says when a local edit is not the profile in force', () => {
    setup('url');
    expect(screen.getByText(/The team URL profile is in force/)).toBeTruthy();
  });

  it('tries a pasted draft against the profile being edited', async () => {
    const { user } = setup();
    await fill(
      user,
      screen.getByLabelText('Draft to check'),
      'The mobile redesign is our top priority. Please ship it ASAP.',
    );
    const findings = await screen.findByRole('list', { name: 'Findings' });
    expect(findings.textContent).toMatch(/Mobile redesign/);
    expect(findings.textContent).toMatch(/Your words.*our top priority/);
    expect(findings.querySelector('mark')?.textContent).toBeTruthy();
  });
});
