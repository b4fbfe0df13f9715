import { join, resolve } from 'node:path';
import { issueFields } from '@ringflow/flow-runtime';
import { z } from 'zod';

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().default('0.0.0.0'),
  RINGFLOW_DATA_DIR: z.string().min(1).default('.data'),
  /** Keep everything in PostgreSQL instead of the data directory's SQLite file (several processes may share it). */
  DATABASE_URL: z
    .string()
    .regex(
      /^postgres(ql)?:\/\/./,
      'Must be a postgres:// URL, e.g. postgres://ringflow@db:5432/ringflow',
    )
    .optional()
    .or(z.literal('').transform(() => undefined)),
  /** Connections each process keeps open to PostgreSQL at most. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(1000).default(10),
  /** The address Twilio calls, without a trailing slash; action URLs and signatures use it. */
  PUBLIC_BASE_URL: z
    .string()
    .url()
    .transform((u) => u.replace(/\/+$/, ''))
    .optional(),
  TWILIO_ACCOUNT_SID: z.string().default(''),
  TWILIO_AUTH_TOKEN: z.string().default(''),
  TWILIO_API_BASE_URL: z
    .string()
    .url()
    .transform((u) => u.replace(/\/+$/, ''))
    .default('https://api.twilio.com'),
  /** Only for local experiments: accept webhooks without a valid signature. */
  TWILIO_SKIP_SIGNATURE_CHECK: z
    .enum(['true', 'false', '1', '0', ''])
    .default('')
    .transform((v) => v === 'true' || v === '1'),
  RINGFLOW_ADMIN_EMAIL: z.string().email().optional(),
  RINGFLOW_ADMIN_PASSWORD: z.string().min(8).optional(),
  /** Seed a demo phone number, team, schedule and flow into a fresh database. */
  RINGFLOW_DEMO: z
    .enum(['true', 'false', '1', '0', ''])
    .default('')
    .transform((v) => v === 'true' || v === '1'),
  /** E-mail notifications: an smtp:// or smtps:// URL, e.g. smtp://user:pass@mail.example.com:587. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^/]/, 'Must be an smtp:// or smtps:// URL')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  /** The From of notification e-mails, e.g. "Ringflow <ringflow@example.com>". */
  MAIL_FROM: z
    .string()
    .min(3)
    .optional()
    .or(z.literal('').transform(() => undefined)),
  /** Azure Speech: synthesised prompts and greetings, voicemail transcripts. */
  AZURE_SPEECH_KEY: z.string().optional(),
  AZURE_SPEECH_REGION: z.string().optional(),
  /** A speech container or test double instead of the region, e.g. ws://localhost:5000. */
  AZURE_SPEECH_HOST: z
    .string()
    .url()
    .transform((u) => u.replace(/\/+$/, ''))
    .optional()
    .or(z.literal('').transform(() => undefined)),
  /** Signs public media URLs (greetings the provider plays); generated and kept in the database when unset. */
  /** Behind one reverse proxy: take the client's address from the last X-Forwarded-For entry. */
  TRUST_PROXY: z
    .enum(['true', 'false', '1', '0', ''])
    .default('')
    .transform((v) => v === 'true' || v === '1'),
  /** Outbox rows (texts, e-mails, webhooks, ...) delivered at once. */
  OUTBOX_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(32),
  /** How long a claimed outbox row is left to its worker before it is due again. */
  OUTBOX_LEASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  RINGFLOW_MEDIA_SECRET: z
    .string()
    .min(16)
    .optional()
    .or(z.literal('').transform(() => undefined)),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** The SQLite file in the data directory; unused when `postgres` is set. */
  databaseFile: string;
  /** DATABASE_URL and DATABASE_POOL_SIZE; null: the SQLite file. */
  postgres: { url: string; poolSize: number } | null;
  publicBaseUrl: string;
  twilio: {
    accountSid: string;
    authToken: string;
    apiBaseUrl: string;
    skipSignatureCheck: boolean;
  };
  admin: { email: string; password: string } | null;
  demo: boolean;
  /** E-mail notifications; both null until SMTP_URL and MAIL_FROM are set. */
  mail: { smtpUrl: string | null; from: string | null };
  /** RINGFLOW_MEDIA_SECRET; null: a secret generated once is kept in workspace_settings. */
  mediaSecret: string | null;
  /** Azure Speech; null until AZURE_SPEECH_KEY and AZURE_SPEECH_REGION (or AZURE_SPEECH_HOST) are set. */
  speech: { key: string | null; region: string | null; host: string | null } | null;
  /** TRUST_PROXY: sign-in throttling reads the client's address from X-Forwarded-For, not the socket. */
  trustProxy: boolean;
  /** OUTBOX_CONCURRENCY and OUTBOX_LEASE_SECONDS. */
  outbox: { concurrency: number; leaseSeconds: number };
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads the configuration from environment variables, with defaults for a
 * local start; a bad value is reported by its variable name.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = issueFields(parsed.error.issues, env).map((f) => `${f.path}: ${f.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const e = parsed.data;
  if ((e.RINGFLOW_ADMIN_EMAIL === undefined) !== (e.RINGFLOW_ADMIN_PASSWORD === undefined)) {
    throw new ConfigError('Set both RINGFLOW_ADMIN_EMAIL and RINGFLOW_ADMIN_PASSWORD, or neither');
  }
  if (!e.AZURE_SPEECH_HOST && !e.AZURE_SPEECH_KEY?.trim() !== !e.AZURE_SPEECH_REGION?.trim()) {
    throw new ConfigError(
      'Set both AZURE_SPEECH_KEY and AZURE_SPEECH_REGION (or AZURE_SPEECH_HOST), or neither',
    );
  }
  const dataDir = resolve(e.RINGFLOW_DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databaseFile: join(dataDir, 'ringflow.db'),
    postgres: e.DATABASE_URL ? { url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE } : null,
    publicBaseUrl: e.PUBLIC_BASE_URL ?? `http://localhost:${e.PORT}`,
    twilio: {
      accountSid: e.TWILIO_ACCOUNT_SID,
      authToken: e.TWILIO_AUTH_TOKEN,
      apiBaseUrl: e.TWILIO_API_BASE_URL,
      skipSignatureCheck: e.TWILIO_SKIP_SIGNATURE_CHECK,
    },
    admin:
      e.RINGFLOW_ADMIN_EMAIL && e.RINGFLOW_ADMIN_PASSWORD
        ? { email: e.RINGFLOW_ADMIN_EMAIL, password: e.RINGFLOW_ADMIN_PASSWORD }
        : null,
    demo: e.RINGFLOW_DEMO,
    mail: { smtpUrl: e.SMTP_URL ?? null, from: e.MAIL_FROM ?? null },
    mediaSecret: e.RINGFLOW_MEDIA_SECRET ?? null,
    speech: speechConfig(e.AZURE_SPEECH_KEY, e.AZURE_SPEECH_REGION, e.AZURE_SPEECH_HOST),
    trustProxy: e.TRUST_PROXY,
    outbox: { concurrency: e.OUTBOX_CONCURRENCY, leaseSeconds: e.OUTBOX_LEASE_SECONDS },
  };
}

/** A key with a region reaches Azure; a host (a container, a test double) needs no region. */
function speechConfig(
  key: string | undefined,
  region: string | undefined,
  host: string | undefined,
): Config['speech'] {
  const k = key?.trim() || null;
  const r = region?.trim() || null;
  if (host) return { key: k, region: r, host };
  return k && r ? { key: k, region: r, host: null } : null;
}
