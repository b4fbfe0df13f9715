import { z } from 'zod';

/**
 * Node ids become XState state keys, so they may not contain the `.` and `#`
 * that XState reserves; React Flow accepts any string, so we narrow it here.
 */
export const NodeIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'Use 1-64 letters, digits, "-" or "_"')
  .describe('A node id: 1-64 letters, digits, "-" or "_", unique within the flow.');

/** An E.164 phone number: `+` then 7 to 15 digits. */
export const PhoneNumberSchema = z
  .string()
  .regex(/^\+[1-9]\d{6,14}$/, 'Use international format, e.g. +14155550100')
  .describe('A phone number in E.164 format: "+" then 7 to 15 digits, e.g. +14155550100.');

/** Something a call can be connected to: an E.164 number or a SIP address. */
export const DialAddressSchema = z
  .string()
  .regex(
    /^(\+[1-9]\d{6,14}|sips?:[^\s@]+@[^\s@]+)$/,
    'Use an international number (+14155550100) or a SIP address (sip:alice@example.com)',
  )
  .describe('An E.164 number (+14155550100) or a SIP address (sip:alice@example.com).');

/** Ids of team members, schedules and greetings are opaque strings minted by the server. */
export const RefIdSchema = z
  .string()
  .max(64)
  .describe('An id minted by the server (team member, schedule or greeting).');
