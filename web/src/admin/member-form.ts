import { DialAddressSchema } from '@ringflow/shared';
import type { FieldErrors } from '../ui/field-errors.js';
import { normalisePhone } from '../ui/phone.js';

/** What the member form edits: addresses as typed, one row each. */
export interface MemberDraft {
  name: string;
  addresses: string[];
}

/** The server's rule (server/src/api/members.ts): E.164, sip:, or a Twilio client identity. */
export const ADDRESS_MESSAGE =
  'Use an international number (+14155550101), a SIP address (sip:alice@example.com) or client:name';

export function isMemberAddress(value: string): boolean {
  return (
    DialAddressSchema.safeParse(value).success || /^client:[A-Za-z0-9_.@-]{1,120}$/.test(value)
  );
}

/**
 * Checks a member before it is sent, with errors keyed by the paths the
 * server uses (`name`, `addresses`, `addresses.1`). Numbers typed in the
 * national format become E.164, a second copy of an address is refused, and
 * empty rows are dropped.
 *
 * @example
 * checkMemberDraft({ name: 'Dana', addresses: ['(415) 555-0101', '+14155550101'] }).errors
 * // { 'addresses.1': '+14155550101 is already address 1' }
 */
export function checkMemberDraft(draft: MemberDraft): {
  body: { name: string; addresses: string[] };
  errors: FieldErrors;
} {
  const errors: FieldErrors = {};
  const name = draft.name.trim();
  if (!name) errors.name = 'Give a name';
  const rows = draft.addresses.map((a) => normalisePhone(a));
  rows.forEach((a, i) => {
    if (a && !isMemberAddress(a)) errors[`addresses.${i}`] = ADDRESS_MESSAGE;
    const first = rows.indexOf(a);
    if (a && first < i) errors[`addresses.${i}`] = `${a} is already address ${first + 1}`;
  });
  const addresses = rows.filter(Boolean);
  if (addresses.length === 0) errors.addresses = 'Give at least one number or address';
  return { body: { name, addresses }, errors };
}
