// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../lib/settings/schema';
import { SettingsPanel } from './SettingsPanel';

afterEach(cleanup);

describe('SettingsPanel', () => {
  it('writes a changed setting', async () => {
    const onChange = vi.fn();
    render(<SettingsPanel settings={defaultSettings} locked={[]} onChange={onChange} />);
    await userEvent.click(screen.getByRole('radio', { name: /Block/ }));
    await userEvent.click(screen.getByRole('checkbox', { name: /Google Docs/ }));
    expect(onChange.mock.calls).toEqual([
      [{ mode: 'block' }],
      [{ sites: { gmail: true, outlook: true, docs: false } }],
    ]);
    expect(screen.queryByText('Set by your organization')).toBeNull();
  });

  it('lets the refresh interval be typed through values below the minimum', async () => {
    const onChange = vi.fn();
    render(<SettingsPanel settings={defaultSettings} locked={[]} onChange={onChange} />);
    const field = screen.getByLabelText(/Check the team URL every/);
    await userEvent.clear(field);
    await userEvent.type(field, '15');
    expect(field).toHaveProperty('value', '15');
    expect(onChange.mock.calls).toEqual([[{ refreshMinutes: 15 }]]);
    await userEvent.clear(field);
    await userEvent.type(field, '2');
    expect(screen.getByText('Use a whole number of minutes, at least 5.')).toBeTruthy();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('shows policy settings as locked and does not let them change', async () => {
    const onChange = vi.fn();
    render(
      <SettingsPanel
        settings={{ ...defaultSettings, mode: 'block' }}
        locked={['mode', 'sites.gmail']}
        onChange={onChange}
      />,
    );
    expect(screen.getAllByText('Set by your organization')).toHaveLength(2);
    const warn = screen.getByRole('radio', { name: /Warn/ });
    expect(warn).toHaveProperty('disabled', true);
    expect(screen.getByRole('checkbox', { name: /Gmail/ })).toHaveProperty('disabled', true);
    expect(screen.getByRole('checkbox', { name: /Outlook/ })).toHaveProperty('disabled', false);
    await userEvent.click(warn);
    expect(onChange).not.toHaveBeenCalled();
  });
});
