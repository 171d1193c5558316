// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Indicator } from './Indicator';
import { avoid, paused } from './sample-findings';

afterEach(cleanup);

describe('Indicator', () => {
  it.each([
    ['no findings', [], 'No conflicts', 'Consonant: no conflicts. Show findings'],
    ['one of each', [paused, avoid], '1 conflict1 warning', 'Consonant: 1 conflict, 1 warning. Show findings'],
    ['two warnings', [avoid, { ...avoid, start: 20, end: 30 }], '2 warnings', 'Consonant: 2 warnings. Show findings'],
    ['no check yet', null, 'Checking…', 'Consonant: checking. Show findings'],
  ])('counts by severity in words: %s', (_name, findings, text, label) => {
    render(<Indicator findings={findings} onOpen={() => {}} />);
    const button = screen.getByRole('button', { name: label });
    expect(button.textContent).toBe(`C${text}`);
  });

  it('opens the findings from the keyboard', async () => {
    const onOpen = vi.fn();
    render(<Indicator findings={[paused]} onOpen={onOpen} />);
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    expect(onOpen).toHaveBeenCalledTimes(1);
  });

  it('says in words that the compose cannot be checked, instead of a clean badge', () => {
    render(<Indicator findings={null} problem="can't find Send" onOpen={() => {}} />);
    const button = screen.getByRole('button', {
      name: "Consonant can't check this compose: can't find Send. Show details",
    });
    expect(button.textContent).toBe("CConsonant can't check this compose");
  });

  it('says a send waits for Consonant to start, whatever the last result', () => {
    render(<Indicator findings={[paused]} starting onOpen={() => {}} />);
    const button = screen.getByRole('button', {
      name: 'Consonant is starting: your send waits for its check. Show findings',
    });
    expect(button.textContent).toBe('CStarting Consonant…');
    expect(screen.getByRole('status').textContent).toBe('Starting Consonant…');
  });
});
