// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReasonedChoice } from './ReasonedChoice.js';

afterEach(cleanup);

function decision(busy = false) {
  const grant = vi.fn(async (_reason: string) => {});
  const refuse = vi.fn(async (_reason: string) => {});
  render(
    <ReasonedChoice
      label="Why"
      missing="Say why, for the requester and the audit trail."
      busy={busy}
      choices={[
        { label: 'Grant', choose: grant },
        { label: 'Refuse', tone: 'danger', choose: refuse },
      ]}
    />,
  );
  return { grant, refuse, reason: screen.getByLabelText('Why') };
}

describe('ReasonedChoice', () => {
  it('sends nothing without a reason, and says what is missing beside the box', () => {
    const { grant, refuse, reason } = decision();
    expect(screen.queryByText(/Say why/)).toBeNull();
    fireEvent.change(reason, { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Refuse' }));
    expect(refuse).not.toHaveBeenCalled();
    expect(grant).not.toHaveBeenCalled();
    const hint = screen.getByText('Say why, for the requester and the audit trail.');
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(reason.getAttribute('aria-describedby')).toBe(hint.id);
  });

  it('sends the chosen decision with its reason, trimmed', () => {
    const { grant, refuse, reason } = decision();
    fireEvent.change(reason, { target: { value: '  Joint operation with the Met  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Grant' }));
    expect(grant).toHaveBeenCalledWith('Joint operation with the Met');
    expect(refuse).not.toHaveBeenCalled();
    expect(reason.getAttribute('aria-invalid')).toBe('false');
  });

  it('takes no second decision while one is being sent', () => {
    decision(true);
    for (const name of ['Grant', 'Refuse']) expect((screen.getByRole('button', { name }) as HTMLButtonElement).disabled).toBe(true);
  });
});
