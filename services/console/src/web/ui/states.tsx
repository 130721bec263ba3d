import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { errorOf, purposeReason, type Withheld } from '../api/errors.js';
import { purposeStore } from '../api/purpose.js';

export function Loading({ what }: { what: string }) {
  return (
    <p className="state loading" role="status">
      Loading {what}…
    </p>
  );
}

/** An empty list, saying what would fill it. */
export function Empty({ children }: { children: ReactNode }) {
  return <p className="state empty">{children}</p>;
}

/** A refused or failed request: the catalog's message, and what to do about it. */
export function Problem({ error, retry }: { error: CombinedError | undefined; retry?: () => void }) {
  const problem = errorOf(error);
  if (problem === null) return null;
  if (problem.code === 'PURPOSE_REQUIRED') {
    return (
      <div className="state withheld" role="note">
        <span>{purposeReason(problem.record)} Its records are left out until you state a purpose for this task.</span>
        <button type="button" onClick={() => purposeStore.ask(purposeReason(problem.record))}>
          State a purpose
        </button>
      </div>
    );
  }
  const advice: Record<string, string> = {
    FORBIDDEN: 'Your role does not open this. If you need it for your work, ask your supervisor or the service desk.',
    NOT_FOUND: 'It may have been removed, or you may not see it.',
    NETWORK: '',
  };
  return (
    <div className="state problem" role="alert">
      <p>
        <strong>{problem.message}</strong>
      </p>
      {advice[problem.code] ? <p>{advice[problem.code]}</p> : null}
      <p className="code">
        {problem.code}
        {problem.field ? ` · ${problem.field}` : ''}
      </p>
      {retry ? (
        <button type="button" onClick={retry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}

/** Records a list left out for the want of a purpose. */
export function WithheldNotice({ withheld }: { withheld: Withheld | null }) {
  if (withheld === null) return null;
  return (
    <div className="state withheld" role="note">
      <span>{withheld.message}</span>
      <button type="button" onClick={() => purposeStore.ask(withheld.message)}>
        State a purpose to see them
      </button>
    </div>
  );
}
