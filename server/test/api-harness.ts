/**
 * @module
 * The admin API in-process on a real SQLite file in a temporary directory (or
 * on a PostgreSQL database the test gives), with an owner account, its API
 * token and a clock the test moves.
 *
 * @example
 * describe.each(BACKENDS)('on %s', (kind) => {
 *   const postgres = serverDatabase(kind);
 *   beforeEach(async () => { h = await apiHarness({ postgres }); });
 *   afterEach(() => h.close());
 * });
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { afterEach, beforeEach } from 'vitest';
import { adminApi } from '../src/api/admin-api.js';
import { issueApiToken } from '../src/auth/api-tokens.js';
import { hashPasswordSync } from '../src/auth/password.js';
import { manualClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { type Db, openDatabase } from '../src/db/database.js';
import type { Connection } from '../src/db/sql/connection.js';
import { postgresStorage } from '../src/db/sql/postgres.js';
import { createUser, type Role, type User } from '../src/db/users.js';
import type { ServerDeps } from '../src/deps.js';
import { memoryLogger } from '../src/logger.js';
import { type BackendKind, serverDatabase } from './support/backends.js';

export const OWNER = { email: 'owner@example.com', password: 'correct horse battery' };
/** Monday 2026-11-23, 10:00 in New York. */
export const MONDAY_10AM = '2026-11-23T15:00:00Z';

// scrypt is slow on purpose: hash the test password once per test file.
let ownerHash: string | undefined;
const passwordHash = () => {
  ownerHash ??= hashPasswordSync(OWNER.password);
  return ownerHash;
};

export interface TempDatabase {
  dir: string;
  db: Db;
  /** Closes the database and removes the directory. */
  close(): void;
}

/** A temporary directory with a migrated database file in it. */
export function tempDatabase(): TempDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'ringflow-'));
  const db = openDatabase(join(dir, 'ringflow.db'));
  return {
    dir,
    db,
    close: () => {
      if (db.open) db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A fresh database for each test of the enclosing describe, for the tests of
 * storage functions: on SQLite a migrated file in a temporary directory, as
 * {@link tempDatabase} makes; on PostgreSQL an empty migrated database beside
 * a temporary directory.
 *
 * @example
 * describe.each(BACKENDS)('on %s', (kind) => {
 *   const store = databasePerTest(kind);
 *   it('…', async () => expect(await listMembers(store.db)).toEqual([]));
 * });
 */
export function databasePerTest(kind: BackendKind): {
  readonly db: Connection;
  readonly dir: string;
} {
  const postgres = serverDatabase(kind);
  let current: { db: Connection; dir: string; close(): unknown } | undefined;
  beforeEach(async () => {
    current = postgres ? await postgresDatabase(postgres) : tempDatabase();
  });
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  const open = () => {
    if (!current) throw new Error('The database is made for each test: use it inside one');
    return current;
  };
  return {
    get db() {
      return open().db;
    },
    get dir() {
      return open().dir;
    },
  };
}

/** A temporary data directory beside a fresh PostgreSQL database, for {@link apiHarness}. */
async function postgresDatabase(fresh: () => Promise<string>, poolSize = 10) {
  const dir = mkdtempSync(join(tmpdir(), 'ringflow-'));
  const db = postgresStorage({ url: await fresh(), poolSize });
  let closed: Promise<void> | undefined;
  const closeDb = () => {
    closed ??= db.close();
    return closed;
  };
  return {
    dir,
    db,
    closeDb,
    close: async () => {
      await closeDb();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Sent {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed JSON, typed as `JSON.parse` types it: tests read it field by field. */
  body: ReturnType<typeof JSON.parse>;
}

/** Credentials for one request: the owner's API token by default. */
export type As = 'token' | 'none' | { bearer: string } | { cookie: string; csrf?: string };

/** `D`: the SQLite database by default; any connection when the harness may be on PostgreSQL. */
export interface ApiHarness<D extends Connection = Db> {
  deps: ServerDeps;
  db: D;
  clock: ReturnType<typeof manualClock>;
  log: ReturnType<typeof memoryLogger>;
  app: Hono;
  owner: User;
  ownerToken: string;
  addUser(role: Role, email: string, name?: string): Promise<User>;
  send(method: string, path: string, body?: unknown, as?: As): Promise<Sent>;
  login(email?: string, password?: string): Promise<{ cookie: string; csrf: string; res: Sent }>;
  /** Closes the database alone, for the tests of what a failing database does. */
  closeDatabase(): Promise<void>;
  /** Closes the database and removes the directory. */
  close(): Promise<void>;
}

export interface ApiHarnessOptions {
  at?: string;
  publicBaseUrl?: string;
  env?: Record<string, string>;
  /** Makes a fresh migrated PostgreSQL database and gives its URL: used instead of SQLite. */
  postgres?: () => Promise<string>;
}

export async function apiHarness(
  options?: ApiHarnessOptions & { postgres?: undefined },
): Promise<ApiHarness>;
export async function apiHarness(options: ApiHarnessOptions): Promise<ApiHarness<Connection>>;
export async function apiHarness(options: ApiHarnessOptions = {}): Promise<ApiHarness<Connection>> {
  const poolSize = Number(options.env?.DATABASE_POOL_SIZE ?? 10);
  const store = options.postgres
    ? await postgresDatabase(options.postgres, poolSize)
    : tempDatabase();
  const clock = manualClock(options.at ?? MONDAY_10AM);
  const log = memoryLogger();
  const config = loadConfig({
    RINGFLOW_DATA_DIR: store.dir,
    PUBLIC_BASE_URL: options.publicBaseUrl ?? 'https://ringflow.example.com',
    ...options.env,
  });
  const deps: ServerDeps = { db: store.db, clock, config, log };
  const app = new Hono().route('/api', adminApi(deps));
  const owner = await addUser('owner', OWNER.email);
  const ownerToken = (await issueApiToken(deps, owner.id, 'tests')).token;

  async function addUser(
    role: Role,
    email: string,
    name = email.split('@')[0] ?? email,
  ): Promise<User> {
    return await createUser(
      store.db,
      { email, name, role, passwordHash: passwordHash() },
      clock.now().toISOString(),
    );
  }

  async function send(
    method: string,
    path: string,
    body?: unknown,
    as: As = 'token',
  ): Promise<Sent> {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (as === 'token') headers.Authorization = `Bearer ${ownerToken}`;
    else if (as !== 'none' && 'bearer' in as) headers.Authorization = `Bearer ${as.bearer}`;
    else if (as !== 'none') {
      headers.Cookie = as.cookie;
      if (as.csrf) headers['X-CSRF-Token'] = as.csrf;
    }
    const res = await app.request(`/api${path}`, {
      method,
      headers,
      ...(body === undefined
        ? {}
        : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const text = await res.text();
    let parsed: unknown = null;
    if (text && res.headers.get('content-type')?.includes('json')) parsed = JSON.parse(text);
    return { status: res.status, headers: res.headers, text, body: parsed };
  }

  /** Logs in with the password: the session cookie and the CSRF token. */
  async function login(email = OWNER.email, password = OWNER.password) {
    const res = await send('POST', '/auth/login', { email, password }, 'none');
    if (res.status !== 200) throw new Error(`login failed: ${res.status} ${res.text}`);
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    return { cookie, csrf: res.body.csrfToken as string, res };
  }

  return {
    deps,
    db: store.db,
    clock,
    log,
    app,
    owner,
    ownerToken,
    addUser,
    send,
    login,
    closeDatabase: async () => {
      if ('closeDb' in store) await store.closeDb();
      else store.db.close();
    },
    close: async () => {
      await store.close();
    },
  };
}
