/**
 * @module
 * The variables an auto-reply text may use. The editor lists them in its
 * insert menu, the parser flags anything else, and the runtime supplies a
 * value for each one.
 */

/** One variable a text template may contain. */
export interface TemplateVariable {
  /** Written as `{{ name }}` in a template. */
  readonly name: string;
  readonly description: string;
  /** A typical value, shown in the editor's preview. */
  readonly example: string;
}

/**
 * Every variable a template may use, in the order the editor offers them.
 *
 * @example
 * TEMPLATE_VARIABLES.map((v) => `{{${v.name}}}`); // ['{{contact.name}}', ...]
 */
export const TEMPLATE_VARIABLES = [
  {
    name: 'contact.name',
    description: "The caller's name, from contacts or caller ID; empty when unknown",
    example: 'Alex',
  },
  { name: 'contact.number', description: "The caller's phone number", example: '+15551234567' },
  { name: 'business.name', description: 'The name of your business', example: 'Acme Plumbing' },
  {
    name: 'business.number',
    description: 'The number the caller dialled',
    example: '+15557654321',
  },
  {
    name: 'hours.next_open',
    description: 'When the business next opens, from the schedule',
    example: 'Monday at 09:00',
  },
  {
    name: 'hours.today',
    description: 'Opening hours today, or "closed"',
    example: '09:00-17:00',
  },
  { name: 'call.time', description: 'Local time of the call', example: '14:32' },
  { name: 'call.date', description: 'Local date of the call', example: 'Tuesday 4 March' },
] as const satisfies readonly TemplateVariable[];

/** A name from {@link TEMPLATE_VARIABLES}. */
export type TemplateVariableName = (typeof TEMPLATE_VARIABLES)[number]['name'];

const NAMES: ReadonlySet<string> = new Set(TEMPLATE_VARIABLES.map((variable) => variable.name));

/**
 * Whether `name` is one of the {@link TEMPLATE_VARIABLES}.
 *
 * @example
 * isTemplateVariable('contact.name'); // true
 * isTemplateVariable('contact.email'); // false
 */
export function isTemplateVariable(name: string): name is TemplateVariableName {
  return NAMES.has(name);
}
