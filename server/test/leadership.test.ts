import { connect, createServer, type Socket } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { memoryLogger } from '../src/logger.js';
import {
  advisoryLeadership,
  type Leadership,
  lockKey,
  singleProcess,
  whenLeading,
} from '../src/work/leadership.js';
import { type PostgresServer, startPostgres, withClient } from './support/postgres.js';

describe('leadership of periodic jobs on PostgreSQL (each leadership stands for one process)', () => {
  let server: PostgresServer;
  const opened: Leadership[] = [];
  beforeAll(async () => {
    server = await startPostgres();
  }, 60_000);
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((l) => l.stop()));
  });
  afterAll(() => server?.stop(), 60_000);

  /** A fresh database and `count` processes on it. */
  async function processes(count: number) {
    const url = await server.createDatabase();
    const logs = Array.from({ length: count }, () => memoryLogger());
    const leaderships = logs.map((log) => advisoryLeadership({ url, log }));
    opened.push(...leaderships);
    return { url, logs, leaderships };
  }

  /** The backend holding `job`'s lock in this database, as pg_locks shows it (none: undefined). */
  async function holderOf(url: string, job: string): Promise<number | undefined> {
    const key = lockKey(job);
    const rows = await withClient(url, async (client) => {
      const result = await client.query<{ pid: number }>(
        `SELECT pid FROM pg_locks
          WHERE locktype = 'advisory' AND granted AND objsubid = 1
            AND classid = $1::oid AND objid = $2::oid
            AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
        [BigInt.asUintN(32, key >> 32n).toString(), BigInt.asUintN(32, key).toString()],
      );
      return result.rows;
    });
    expect(rows.length).toBeLessThanOrEqual(1);
    return rows[0]?.pid;
  }

  it('lets one of two processes lead a job, and keeps it there', async () => {
    const { url, leaderships } = await processes(2);
    const [a, b] = leaderships as [Leadership, Leadership];
    expect(await holderOf(url, 'retention')).toBeUndefined();
    expect(await a.leads('retention')).toBe(true);
    expect(await b.leads('retention')).toBe(false);
    expect(await a.leads('retention')).toBe(true);
    expect(await b.leads('retention')).toBe(false);
    expect(await holderOf(url, 'retention')).toEqual(expect.any(Number));
  }, 30_000);

  it('lets different jobs lead on different processes, each on one connection of its own', async () => {
    const { url, leaderships } = await processes(2);
    const [a, b] = leaderships as [Leadership, Leadership];
    expect(await Promise.all([a.leads('retention'), a.leads('delayed-texts')])).toEqual([
      true,
      true,
    ]);
    expect(await b.leads('call-reconciler')).toBe(true);
    expect(await a.leads('call-reconciler')).toBe(false);
    expect(await b.leads('retention')).toBe(false);
    expect(await b.leads('delayed-texts')).toBe(false);

    const holders = new Set([
      await holderOf(url, 'retention'),
      await holderOf(url, 'delayed-texts'),
      await holderOf(url, 'call-reconciler'),
    ]);
    expect(holders.size).toBe(2);
    const connections = await withClient(url, async (client) => {
      const { rows } = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE application_name = 'ringflow leadership' AND datname = current_database()`,
      );
      return rows[0]?.n;
    });
    expect(connections).toBe(2);
  }, 30_000);

  it('hands a job to the other process on its next call once the leader stops', async () => {
    const { url, leaderships } = await processes(2);
    const [a, b] = leaderships as [Leadership, Leadership];
    expect(await a.leads('retention')).toBe(true);
    expect(await b.leads('retention')).toBe(false);
    await a.stop();
    expect(await holderOf(url, 'retention')).toBeUndefined();
    expect(await b.leads('retention')).toBe(true);
    // A stopped leadership leads nothing, even a free job.
    expect(await a.leads('call-reconciler')).toBe(false);
    expect(await holderOf(url, 'call-reconciler')).toBeUndefined();
  }, 30_000);

  it('moves a job when the leader loses its connection, and lets it lead again later', async () => {
    const { url, logs, leaderships } = await processes(2);
    const [a, b] = leaderships as [Leadership, Leadership];
    const [aLog] = logs as [ReturnType<typeof memoryLogger>];
    expect(await a.leads('retention')).toBe(true);
    expect(await b.leads('retention')).toBe(false);

    const pid = await holderOf(url, 'retention');
    // With a timeout, pg_terminate_backend waits until the backend has exited and freed its locks.
    const terminated = await withClient(url, async (client) => {
      const { rows } = await client.query<{ done: boolean }>(
        'SELECT pg_terminate_backend($1, 10000) AS done',
        [pid],
      );
      return rows[0]?.done;
    });
    expect(terminated).toBe(true);

    expect(await b.leads('retention')).toBe(true);
    expect(await a.leads('retention')).toBe(false);
    expect(await a.leads('retention')).toBe(false);
    const warnings = aLog.lines.filter((line) => line.level === 'warn');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.message).toMatch(/lost the database connection/);

    await b.stop();
    expect(await a.leads('retention')).toBe(true);
    expect(await holderOf(url, 'retention')).not.toBe(pid);
    expect(aLog.lines.filter((line) => line.level === 'warn')).toHaveLength(1);
    expect(aLog.lines.at(-1)?.message).toMatch(/is back/);
  }, 30_000);

  it('stops leading when cut off from the database, before its session is even seen to end', async () => {
    const { url, leaderships } = await processes(1);
    const [b] = leaderships as [Leadership];
    const proxy = await tcpProxy(server.port);
    const log = memoryLogger();
    const a = advisoryLeadership({
      url: url.replace(`:${server.port}/`, `:${proxy.port}/`),
      log,
      timeoutMs: 300,
    });
    opened.push(a);
    try {
      expect(await a.leads('retention')).toBe(true);
      const pid = await holderOf(url, 'retention');
      // No packet gets through any more, and no connection is seen to close.
      proxy.cut();
      await withClient(url, (client) =>
        client.query('SELECT pg_terminate_backend($1, 10000)', [pid]),
      );
      expect(await b.leads('retention')).toBe(true);
      expect(await a.leads('retention')).toBe(false);
      expect(log.lines.filter((line) => line.level === 'warn')).toHaveLength(1);
    } finally {
      proxy.close();
    }
  }, 30_000);

  it('answers false without throwing while the database cannot be reached, and warns once', async () => {
    const log = memoryLogger();
    const nowhere = advisoryLeadership({ url: server.url('no_such_database'), log });
    opened.push(nowhere);
    for (let call = 0; call < 3; call++) expect(await nowhere.leads('retention')).toBe(false);
    expect(log.lines).toEqual([
      expect.objectContaining({
        level: 'warn',
        fields: { error: expect.stringMatching(/no_such_database/) },
      }),
    ]);
  }, 30_000);

  it('runs a guarded tick only on the process that leads its job', async () => {
    const { leaderships } = await processes(2);
    const [a, b] = leaderships as [Leadership, Leadership];
    const ran: string[] = [];
    const onA = whenLeading(a, 'retention', () => ran.push('a'));
    const onB = whenLeading(b, 'retention', async () => {
      ran.push('b');
    });
    expect(await onA()).toBe(true);
    expect(await onB()).toBe(false);
    expect(await onA()).toBe(true);
    await a.stop();
    expect(await onB()).toBe(true);
    expect(ran).toEqual(['a', 'a', 'b']);
  }, 30_000);
});

describe('leadership on SQLite', () => {
  it('always leads: one process owns the database file', async () => {
    const only = singleProcess();
    expect(await only.leads('retention')).toBe(true);
    expect(await only.leads('retention')).toBe(true);
    expect(await only.leads('call-reconciler')).toBe(true);
    let runs = 0;
    expect(await whenLeading(only, 'retention', () => runs++)()).toBe(true);
    expect(runs).toBe(1);
    await only.stop();
  });
});

describe('lock keys', () => {
  it('are fixed per job name, so processes of different versions agree', () => {
    expect(lockKey('retention')).toBe(6657940031200035928n);
    expect(lockKey('call-reconciler')).toBe(5668640445431279567n);
    expect(lockKey('retention')).not.toBe(lockKey('call-reconciler'));
  });
});

/** A TCP relay to PostgreSQL whose traffic can be stopped dead, as a broken network would. */
async function tcpProxy(target: number) {
  const sockets: Socket[] = [];
  const relay = createServer((inbound) => {
    const outbound = connect(target, '127.0.0.1');
    sockets.push(inbound, outbound);
    inbound.pipe(outbound);
    outbound.pipe(inbound);
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  const address = relay.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    cut() {
      for (const socket of sockets) {
        socket.unpipe();
        socket.pause();
      }
    },
    close() {
      for (const socket of sockets) socket.destroy();
      relay.close();
    },
  };
}
