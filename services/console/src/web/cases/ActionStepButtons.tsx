import { useId, useState, type FormEvent } from 'react';
import { useMutation, type CombinedError } from 'urql';
import { Problem } from '../ui/states.js';
import { ActionFields, type ActionRow } from './action-fields.js';
import { stepLabels, type ActionStepButton } from './action-steps.js';

const CompleteMutation = `mutation CompleteAction($input: CompleteActionInput!) { completeAction(input: $input) { ${ActionFields} } }`;
const ResultMutation = `mutation ResultAction($input: ActionStepInput!) { resultAction(input: $input) { ${ActionFields} } }`;
const FileMutation = `mutation FileAction($input: ActionStepInput!) { fileAction(input: $input) { ${ActionFields} } }`;
const CommentMutation = `mutation CommentOnAction($input: CommentOnActionInput!) { commentOnAction(input: $input) { ${ActionFields} } }`;

type Written = 'COMPLETE' | 'COMMENT';
const limits: Record<Written, number> = { COMPLETE: 4000, COMMENT: 2000 };

/** The step buttons open to the viewer; completing and commenting ask for the text first. */
export function ActionStepButtons({ action, steps }: { action: ActionRow; steps: ActionStepButton[] }) {
  const [complete, runComplete] = useMutation(CompleteMutation);
  const [result, runResult] = useMutation(ResultMutation);
  const [file, runFile] = useMutation(FileMutation);
  const [comment, runComment] = useMutation(CommentMutation);
  const [writing, setWriting] = useState<Written | null>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState<CombinedError | undefined>(undefined);
  const fieldId = useId();
  const busy = complete.fetching || result.fetching || file.fetching || comment.fetching;
  if (steps.length === 0) return null;

  const step = async (which: 'RESULT' | 'FILE') => {
    const run = which === 'RESULT' ? runResult : runFile;
    setError((await run({ input: { actionId: action.id } })).error);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const value = text.trim();
    if (writing === null || value === '') return;
    const outcome =
      writing === 'COMPLETE'
        ? await runComplete({ input: { actionId: action.id, result: value } })
        : await runComment({ input: { actionId: action.id, text: value } });
    setError(outcome.error);
    if (outcome.error === undefined) {
      setWriting(null);
      setText('');
    }
  };
  const open = (which: Written) => {
    setWriting(which);
    setError(undefined);
  };

  return (
    <div className="action-steps">
      {writing === null ? (
        <div className="buttons" role="group" aria-label="Steps for this action">
          {steps.map((which) => (
            <button
              key={which}
              type="button"
              className={which === 'COMMENT' ? 'secondary' : undefined}
              disabled={busy}
              onClick={() => (which === 'RESULT' || which === 'FILE' ? void step(which) : open(which))}
            >
              {stepLabels[which]}
            </button>
          ))}
        </div>
      ) : (
        <form className="action-step-form" onSubmit={(event) => void submit(event)}>
          <label htmlFor={fieldId}>{writing === 'COMPLETE' ? 'Result: what was done and found' : 'Comment'}</label>
          <textarea id={fieldId} value={text} required maxLength={limits[writing]} rows={3} onChange={(event) => setText(event.target.value)} />
          <div className="buttons">
            <button type="submit" disabled={busy || text.trim() === ''}>
              {writing === 'COMPLETE' ? 'Complete with this result' : 'Add comment'}
            </button>
            <button type="button" className="secondary" disabled={busy} onClick={() => setWriting(null)}>
              Cancel
            </button>
          </div>
        </form>
      )}
      <Problem error={error} />
    </div>
  );
}
