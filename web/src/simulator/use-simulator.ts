import { useSelector } from '@xstate/react';
import { useEffect } from 'react';
import { type SimEvent, simulatorActor } from './sim-machine.js';

/**
 * The simulator's setup and run for `flowId`, read from the page's simulator
 * actor; opening another flow starts afresh, its time typed in `timeZone`.
 *
 * @example
 * const { run, send } = useSimulator(flowId);
 * send({ type: 'STEP', event: { type: 'DIGITS', digits: '2' } });
 */
export function useSimulator(flowId: string, timeZone?: string) {
  useEffect(
    () => simulatorActor.send({ type: 'OPEN', flowId, ...(timeZone ? { timeZone } : {}) }),
    [flowId, timeZone],
  );
  const state = useSelector(simulatorActor, (s) => s);
  const mine = state.context.flowId === flowId;
  return {
    setup: state.context.setup,
    run: mine ? state.context.run : null,
    over: mine && state.matches('over'),
    send: (event: SimEvent) => simulatorActor.send(event),
  };
}
