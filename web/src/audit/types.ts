/** The audit log as the admin API returns it (owners only), from its schemas. */
import type { ApiReply, ApiSchema } from '../api/types.js';

export type AuditEntry = ApiSchema<'AuditEntry'>;
export type AuditPageReply = ApiReply<'/audit', 'get'>;
