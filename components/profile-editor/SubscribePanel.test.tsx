// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SubscribePanel, type PermissionOutcome } from './SubscribePanel';

afterEach(cleanup);

function setup(outcome: PermissionOutcome, url?: string) {
  const onSubscribe = vi.fn(async () => ({ permission: Promise.resolve(outcome) }));
  const onSyncNow = vi.fn(async () => undefined);
  render(
    <SubscribePanel
      url={url}
      locked={false}
      status={null}
      onSubscribe={onSubscribe}
      onUnsubscribe={vi.fn(async () => undefined)}
      onSyncNow={onSyncNow}
    />,
  );
  return { onSubscribe, onSyncNow };
}

describe('SubscribePanel', () => {
  it('refuses a plain http address with a reason at the field', async () => {
    const { onSubscribe } = setup('granted');
    await userEvent.type(screen.getByLabelText('Address (https)'), 'http://intranet.example.com/team.json');
    await userEvent.click(screen.getByRole('button', { name: 'Subscribe' }));
    expect(screen.getByRole('alert').textContent).toMatch(/plain http; a team profile must be served over https/);
    expect(onSubscribe).not.toHaveBeenCalled();
  });

  it('subscribes and says what a refused permission means', async () => {
    const { onSubscribe } = setup('refused');
    await userEvent.type(screen.getByLabelText('Address (https)'), 'https://intranet.example.com/team.json');
    await userEvent.click(screen.getByRole('button', { name: 'Subscribe' }));
    expect(onSubscribe).toHaveBeenCalledWith('https://intranet.example.com/team.json');
    expect((await screen.findByText(/was refused/)).textContent).toMatch(/cross-origin requests \(CORS\)/);
  });

  it('offers Sync now once subscribed and shows why nothing was fetched', async () => {
    const { onSyncNow } = setup('granted', 'https://intranet.example.com/team.json');
    onSyncNow.mockResolvedValueOnce('No team profile URL is set.' as never);
    await userEvent.click(screen.getByRole('button', { name: 'Sync now' }));
    expect(await screen.findByText('No team profile URL is set.')).toBeTruthy();
  });
});
