// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WarningDialog } from './WarningDialog';
import { avoid, paused, thread } from './sample-findings';

afterEach(cleanup);

describe('WarningDialog', () => {
  it('is an alert dialog with its name, takes focus, and names its buttons exactly', () => {
    render(<WarningDialog findings={[paused]} onEdit={() => {}} onProceed={() => {}} />);
    const dialog = screen.getByRole('alertdialog', {
      name: "Consonant: this draft conflicts with your team's priorities",
    });
    expect(dialog.contains(document.activeElement)).toBe(true);
    expect(screen.getByRole('button', { name: 'Edit' })).toBe(document.activeElement);
    expect(screen.getByRole('button', { name: 'Send anyway' })).toBeTruthy();
  });

  it('Esc means Edit', async () => {
    const onEdit = vi.fn();
    const onProceed = vi.fn();
    render(<WarningDialog findings={[paused]} onEdit={onEdit} onProceed={onProceed} />);
    await userEvent.keyboard('{Escape}');
    expect(onEdit).toHaveBeenCalledTimes(1);
    expect(onProceed).not.toHaveBeenCalled();
  });

  it('keeps Tab inside the dialog', async () => {
    render(<WarningDialog findings={[paused]} onEdit={() => {}} onProceed={() => {}} />);
    const edit = screen.getByRole('button', { name: 'Edit' });
    const anyway = screen.getByRole('button', { name: 'Send anyway' });
    await userEvent.tab();
    expect(document.activeElement).toBe(anyway);
    await userEvent.tab();
    expect(document.activeElement).toBe(edit);
    await userEvent.tab({ shift: true });
    expect(document.activeElement).toBe(anyway);
  });

  it('calls back once per choice', async () => {
    const onEdit = vi.fn();
    const onProceed = vi.fn();
    render(<WarningDialog findings={[paused]} onEdit={onEdit} onProceed={onProceed} proceedLabel="Share anyway" />);
    await userEvent.click(screen.getByRole('button', { name: 'Share anyway' }));
    expect(onProceed).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByRole('button', { name: 'Edit' }));
    expect(onEdit).toHaveBeenCalledTimes(1);
  });

  it('offers no way past the warning without onProceed (block mode), and says why', () => {
    render(<WarningDialog findings={[paused]} onEdit={() => {}} />);
    expect(screen.queryByRole('button', { name: /anyway/ })).toBeNull();
    expect(screen.getByText(/settings ask you to edit the draft/)).toBeTruthy();
  });

  it('summarises the findings in words', () => {
    render(<WarningDialog findings={[paused, avoid]} onEdit={() => {}} />);
    expect(screen.getByText(/1 conflict, 1 warning with what your team agreed/)).toBeTruthy();
  });

  it('says when a finding sets the reply against the thread, and shows both quotes', () => {
    render(<WarningDialog findings={[thread]} onEdit={() => {}} onProceed={() => {}} />);
    expect(screen.getByText(/1 warning with what was said earlier in the thread/)).toBeTruthy();
    expect(screen.getByText('Ana Ruiz, Nov 23')).toBeTruthy();
    expect(screen.getByText('Your reply')).toBeTruthy();
  });
});
