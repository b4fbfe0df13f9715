import { compileFlow, validateFlow } from '@ringflow/flow-runtime';
import { type FlowDocument, type Schedule, ScheduleSchema } from '@ringflow/shared';
import flow from '../../../server/src/demo/flow.json';
import schedules from '../../../server/src/demo/schedules.json';

/** The demo flow and its schedules, for the simulator's tests. */
export function demoFlow(): {
  document: FlowDocument;
  machine: ReturnType<typeof compileFlow>;
  schedules: Schedule[];
} {
  const parsed = schedules.map((s) => ScheduleSchema.parse(s));
  const { document } = validateFlow(flow, {
    memberIds: ['alice', 'bob', 'carol'],
    scheduleIds: parsed.map((s) => s.id),
  });
  if (!document) throw new Error('the demo flow does not parse');
  return { document, machine: compileFlow(document), schedules: parsed };
}
