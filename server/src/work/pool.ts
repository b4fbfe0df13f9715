/**
 * @module
 * A small pool of worker threads for flow-sized work (scenario generation,
 * scenario runs, validation of big documents), so that the event loop that
 * answers webhooks and `/healthz` is never held up by it. Jobs wait in a
 * bounded queue; a job that runs past its time limit has its worker
 * terminated (the only way to stop synchronous work) and is answered with a
 * `WorkTimeoutError`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { JobInput, JobKind, JobMessage, JobOutput, JobReply } from './jobs.js';

export interface PoolOptions {
  /** Worker threads at most (2). */
  size?: number;
  /** Jobs waiting for a worker at most (8); one more is refused with `WorkBusyError`. */
  maxQueue?: number;
  /** Milliseconds a job may run (30 s); its worker is terminated after that. */
  timeLimitMs?: number;
  /** The worker entry; `worker.ts` next to this file (or `worker.js` once bundled). */
  workerUrl?: URL;
}

/** The job ran past the pool's time limit and was stopped. */
export class WorkTimeoutError extends Error {
  override name = 'WorkTimeoutError';
  constructor(readonly seconds: number) {
    super(`The job did not finish within ${seconds} s`);
  }
}

/** The queue is full: too much flow work is waiting already. */
export class WorkBusyError extends Error {
  override name = 'WorkBusyError';
}

interface Job {
  message: JobMessage;
  resolve(output: unknown): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

const here = import.meta.url;

/**
 * How to start the worker. Under tsx or vitest it is TypeScript: Node 20 does
 * not apply `--import tsx` loader hooks inside worker threads, so a one-line
 * bootstrap loads the entry through tsx's `tsImport`, which registers them
 * in the worker itself. A bundled `worker.js` starts directly.
 */
function workerStart(url: URL): [string | URL, WorkerOptions] {
  if (!url.pathname.endsWith('.ts')) return [url, {}];
  const require = createRequire(here);
  const tsxPackage = require.resolve('tsx/package.json');
  const { exports } = JSON.parse(readFileSync(tsxPackage, 'utf8')) as {
    exports: Record<string, { import: { default: string } }>;
  };
  const api = new URL(exports['./esm/api']?.import.default ?? '', pathToFileURL(tsxPackage));
  const code = `import(${JSON.stringify(api.href)}).then(({ tsImport }) => tsImport(${JSON.stringify(url.href)}, ${JSON.stringify(here)}));`;
  return [code, { eval: true }];
}

/**
 * Runs jobs of `jobs.ts` in up to `size` worker threads, started on first use
 * and kept (unreferenced, so they never keep the process alive) for the next.
 *
 * @example
 * const pool = new FlowWorkPool({ timeLimitMs: 20_000 });
 * const { scenarios, truncated } = await pool.run('generate', { flow, input, schedules });
 */
export class FlowWorkPool {
  readonly timeLimitMs: number;
  private readonly size: number;
  private readonly maxQueue: number;
  private readonly workerUrl: URL;
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;

  constructor(options: PoolOptions = {}) {
    this.size = Math.max(1, options.size ?? 2);
    this.maxQueue = options.maxQueue ?? 8;
    this.timeLimitMs = options.timeLimitMs ?? 30_000;
    this.workerUrl =
      options.workerUrl ?? new URL(here.endsWith('.ts') ? './worker.ts' : './worker.js', here);
  }

  /** Runs one job in a worker; rejects with `WorkTimeoutError`, `WorkBusyError` or the job's error. */
  run<K extends JobKind>(kind: K, input: JobInput<K>): Promise<JobOutput<K>> {
    if (this.queue.length >= this.maxQueue) {
      return Promise.reject(new WorkBusyError('Too much flow work is waiting; try again shortly'));
    }
    return new Promise((resolve, reject) => {
      const message: JobMessage = { id: this.nextId++, kind, input };
      this.queue.push({ message, resolve: resolve as (output: unknown) => void, reject });
      this.dispatch();
    });
  }

  /**
   * Starts a worker now rather than on the first job when the worker is
   * TypeScript: loading the flow runtime through tsx in a new thread takes
   * seconds, which the first "Run all" would otherwise wait for. A bundled
   * `worker.js` is ready in about a fifth of a second, less than the ~20 MB
   * and the start-up CPU an idle thread would cost: it starts with its first job.
   */
  warm(): void {
    if (!this.workerUrl.pathname.endsWith('.ts')) return;
    if (this.slots.length === 0) this.spawn()?.worker.unref();
  }

  /** Stops every worker; jobs still waiting or running are rejected. */
  async close(): Promise<void> {
    const stopped = new Error('The flow work pool was closed');
    for (const job of this.queue.splice(0)) job.reject(stopped);
    const slots = this.slots.splice(0);
    for (const slot of slots) this.finish(slot, stopped);
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const slot = this.slots.find((s) => s.ready && !s.job) ?? this.spawn();
      if (!slot) return;
      if (!slot.ready) return;
      const job = this.queue.shift() as Job;
      slot.job = job;
      slot.worker.ref();
      slot.timer = setTimeout(() => this.timeOut(slot), this.timeLimitMs);
      slot.worker.postMessage(job.message);
    }
  }

  /** A new worker when there is room for one and none is starting already. */
  private spawn(): Slot | null {
    if (this.slots.some((s) => !s.ready)) return null;
    if (this.slots.length >= this.size) return null;
    const [entry, options] = workerStart(this.workerUrl);
    const worker = new Worker(entry, {
      ...options,
      // A runaway job fails on its own heap, not the server's.
      resourceLimits: { maxOldGenerationSizeMb: 512 },
    });
    const slot: Slot = { worker, ready: false, job: null, timer: null };
    this.slots.push(slot);
    worker.on('message', (reply: JobReply) => this.receive(slot, reply));
    worker.on('error', (error) => this.drop(slot, error));
    worker.on('exit', (code) => this.drop(slot, new Error(`The worker stopped (exit ${code})`)));
    return slot;
  }

  private receive(slot: Slot, reply: JobReply): void {
    if ('ready' in reply) {
      slot.ready = true;
    } else {
      const job = slot.job;
      this.finish(slot, null);
      if (reply.ok) job?.resolve(reply.output);
      else job?.reject(new Error(reply.error));
    }
    if (!slot.job) slot.worker.unref();
    this.dispatch();
  }

  private timeOut(slot: Slot): void {
    this.drop(slot, new WorkTimeoutError(Number((this.timeLimitMs / 1000).toFixed(3))));
    void slot.worker.terminate();
  }

  /** A worker that failed, stopped or ran out of time: its job fails, a new one takes its place. */
  private drop(slot: Slot, error: Error): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    this.slots.splice(index, 1);
    this.finish(slot, error);
    // A worker that cannot even start would fail every job the same way.
    if (!slot.ready) for (const job of this.queue.splice(0)) job.reject(error);
    this.dispatch();
  }

  private finish(slot: Slot, error: Error | null): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const job = slot.job;
    slot.job = null;
    if (error) job?.reject(error);
  }
}
