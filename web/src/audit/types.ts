/** The audit log and sign-in locks as the admin API returns them (owners only). */

export interface AuditEntry {
  id: number;
  at: string;
  userId: string | null;
  userName: string | null;
  action: string;
  subject: string;
  detail: unknown;
}

export interface AuditPageReply {
  entries: AuditEntry[];
  /** Pass as `before` for the next page; null on the last. */
  nextBefore: number | null;
  /** Every action in the log, to filter by. */
  actions: string[];
}

export interface LoginLock {
  key: string;
  kind: 'account' | 'address';
  value: string;
  userId: string | null;
  failures: number;
  locked: boolean;
  until: string;
}
