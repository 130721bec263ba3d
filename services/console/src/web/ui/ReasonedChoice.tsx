import { useId, useState } from 'react';
import type { CombinedError } from 'urql';
import { Problem } from './states.js';

const REASON_MAX = 1000;

export interface Choice {
  label: string;
  /** A button's look: the first choice is the main one, others may be secondary or danger. */
  tone?: 'secondary' | 'danger';
  /** Called with the reason, trimmed, once one is given. */
  choose(reason: string): Promise<void>;
}

/**
 * A decision that must say why: a reason box and one button per choice. Choosing without a reason
 * says what is missing, next to the box, and sends nothing.
 */
export function ReasonedChoice({
  label,
  missing,
  choices,
  busy,
  error,
}: {
  label: string;
  missing: string;
  choices: readonly Choice[];
  busy: boolean;
  /** What the last choice was refused with, shown under the buttons. */
  error?: CombinedError | undefined;
}) {
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const reasonId = useId();
  const hintId = useId();
  const blank = reason.trim() === '';
  const submit = (choice: Choice) => {
    setTried(true);
    if (!blank) void choice.choose(reason.trim());
  };
  return (
    <form className="reasoned-choice" onSubmit={(event) => event.preventDefault()}>
      <label htmlFor={reasonId}>{label}</label>
      <textarea
        id={reasonId}
        value={reason}
        rows={2}
        maxLength={REASON_MAX}
        required
        aria-invalid={tried && blank}
        aria-describedby={tried && blank ? hintId : undefined}
        onChange={(event) => setReason(event.target.value)}
      />
      {tried && blank ? (
        <p className="field-problem" id={hintId}>
          {missing}
        </p>
      ) : null}
      <div className="buttons">
        {choices.map((choice) => (
          <button key={choice.label} type="button" className={choice.tone} disabled={busy} onClick={() => submit(choice)}>
            {choice.label}
          </button>
        ))}
      </div>
      <Problem error={error} />
    </form>
  );
}
