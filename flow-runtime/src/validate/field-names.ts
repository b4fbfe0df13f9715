import { formatPath } from './format-path.js';

/**
 * What people call the fields of a flow document, for messages such as
 * `ring duration (ringSeconds) must be at least 5 seconds`. A field missing
 * here is named by its key alone.
 */
export const FIELD_NAMES: Readonly<Record<string, string>> = {
  afterHoursText: 'after-hours text',
  attempts: 'number of attempts',
  callerId: 'caller ID shown',
  data: 'settings',
  digit: 'key',
  edges: 'connections',
  greeting: 'greeting',
  greetingId: 'greeting',
  holidayBranch: 'holiday branch',
  holidayText: 'holiday text',
  inHoursText: 'in-hours text',
  keys: 'keys during the greeting',
  label: 'name',
  language: 'language',
  maxLengthSeconds: 'maximum message length',
  memberId: 'team member',
  nodes: 'nodes',
  number: 'number',
  onCallerHangUp: 'send on caller hang-up',
  options: 'options',
  playBeep: 'beep',
  position: 'canvas position',
  prompt: 'prompt',
  retryText: 'retry text',
  ringSeconds: 'ring duration',
  scheduleId: 'schedule',
  source: 'start node',
  sourceHandle: 'outcome',
  strategy: 'ring strategy',
  target: 'end node',
  targets: 'people to ring',
  text: 'text',
  timeoutSeconds: 'timeout',
  transcribe: 'transcription',
  type: 'kind',
  viewport: 'canvas view',
  voice: 'voice',
  weekendText: 'weekend text',
};

/**
 * Names the field at the end of `path`: its everyday name, then where it is.
 *
 * @example
 * describeField(['ringSeconds']) // 'ring duration (ringSeconds)'
 * describeField(['targets', 1, 'number']) // 'number (targets[1].number)'
 */
export function describeField(path: readonly PropertyKey[]): string {
  const where = formatPath(path);
  const key = path.findLast((k): k is string => typeof k === 'string');
  const name = key === undefined ? undefined : FIELD_NAMES[key];
  return name && name !== where ? `${name} (${where})` : where;
}
