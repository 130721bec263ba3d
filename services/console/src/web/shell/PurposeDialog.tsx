import { useEffect, useRef, useState, type FormEvent } from 'react';
import { purposeProblem, purposeStore, usePurpose } from '../api/purpose.js';

/**
 * The purpose prompt: opens when a view reaches another force's data without a purpose, says what
 * asked for it, and keeps the answer for the task. Every read under it is audited with it.
 */
export function PurposeDialog() {
  const { asking, purpose } = usePurpose();
  const dialog = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState(purpose ?? '');
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element === null) return;
    if (asking !== null && !element.open) {
      setText(purpose ?? '');
      setProblem(null);
      element.showModal();
    }
    if (asking === null && element.open) element.close();
  }, [asking, purpose]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const wrong = purposeProblem(text);
    if (wrong !== null) return setProblem(wrong);
    purposeStore.state(text);
  };

  return (
    <dialog ref={dialog} className="purpose-dialog" aria-labelledby="purpose-title" onCancel={() => purposeStore.dismiss()}>
      <form onSubmit={submit}>
        <h2 id="purpose-title">State your purpose</h2>
        <p className="why">{asking}</p>
        <p>
          Reading another force’s records needs a lawful purpose. It is recorded in the audit trail with every record you see, and kept for this task until you
          change it.
        </p>
        <label htmlFor="purpose-text">Purpose</label>
        <textarea
          id="purpose-text"
          value={text}
          onChange={(event) => setText(event.target.value)}
          rows={3}
          placeholder="e.g. Operation Larkspur: identifying the controller’s phones"
          aria-invalid={problem !== null}
          aria-describedby={problem !== null ? 'purpose-problem' : undefined}
          autoFocus
        />
        {problem !== null ? (
          <p id="purpose-problem" className="field-problem">
            {problem}
          </p>
        ) : null}
        <div className="buttons">
          <button type="button" className="secondary" onClick={() => purposeStore.dismiss()}>
            Not now
          </button>
          <button type="submit">Continue</button>
        </div>
      </form>
    </dialog>
  );
}
