// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { checkDraft, exampleProfile } from '../../lib/index';
import { PageReport } from './PageReport';

afterEach(cleanup);

describe('PageReport', () => {
  it('shows each finding in its sentence with the words marked', () => {
    const text = 'Hello all.\nThe mobile redesign is our top priority for December. Thanks!';
    render(<PageReport text={text} report={checkDraft(text, exampleProfile)} />);
    const mark = screen.getAllByText('our top priority', { selector: 'mark' })[0]!;
    expect(mark.closest('q')?.textContent).toBe('The mobile redesign is our top priority for December.');
  });

  it('renders the page’s words as text, never as markup', () => {
    const text = 'The <img src=x onerror=alert(1)> new app is urgent.';
    const { container } = render(<PageReport text={text} report={checkDraft(text, exampleProfile)} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('q')?.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('says so when nothing conflicts', () => {
    render(<PageReport text="Lunch is at noon." report={checkDraft('Lunch is at noon.', exampleProfile)} />);
    expect(screen.getByRole('status').textContent).toBe('No conflicts with the team profile.');
  });

  it('says that part of the check failed instead of "no conflicts"', () => {
    const report = checkDraft('Lunch is at noon.', exampleProfile);
    render(
      <PageReport
        text="Lunch is at noon."
        report={{ ...report, stats: { ...report.stats, error: 'profile names: too many captures' } }}
      />,
    );
    expect(screen.getByRole('alert').textContent).toBe(
      'Part of the check failed, so conflicts may be missing: profile names: too many captures',
    );
    expect(screen.queryByRole('status')).toBeNull();
  });
});
