import { useEffect, useRef } from 'react';
import { useQuery, type AnyVariables, type UseQueryArgs, type UseQueryResponse } from 'urql';
import { usePurpose } from './purpose.js';

/**
 * useQuery that asks again once a purpose is stated or changed: what was refused or left out for
 * the want of one is then answered.
 */
export function useCrosslinkQuery<Data, Variables extends AnyVariables = AnyVariables>(args: UseQueryArgs<Variables, Data>): UseQueryResponse<Data, Variables> {
  const response = useQuery<Data, Variables>(args);
  const { purpose } = usePurpose();
  const seen = useRef(purpose);
  const [, reexecute] = response;
  const paused = args.pause === true;
  useEffect(() => {
    if (seen.current === purpose) return;
    seen.current = purpose;
    // A paused query waits for what it lacks (a second record, a choice): a purpose does not start it.
    if (!paused) reexecute({ requestPolicy: 'network-only' });
  }, [purpose, paused, reexecute]);
  return response;
}
