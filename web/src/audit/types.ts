/** The audit log and sign-in locks as the admin API returns them (owners only), from its schemas. */
import type { ApiReply, ApiSchema } from '../api/types.js';

export type AuditEntry = ApiSchema<'AuditEntry'>;
export type AuditPageReply = ApiReply<'/audit', 'get'>;
export type LoginLock = ApiSchema<'LoginLock'>;
