/**
 * @module
 * The entry of a flow-work thread: waits for jobs from `FlowWorkPool` and
 * answers each with its output or its error. Kept apart from the pool so that
 * a bundler can make it an entry of its own.
 */
import { parentPort } from 'node:worker_threads';
import { type JobMessage, type JobReply, jobs } from './jobs.js';

const port = parentPort;
if (!port) throw new Error('worker.ts runs as a worker thread of FlowWorkPool');

port.on('message', (message: JobMessage) => {
  let reply: JobReply;
  try {
    const run = jobs[message.kind] as (input: unknown) => unknown;
    reply = { id: message.id, ok: true, output: run(message.input) };
  } catch (error) {
    reply = {
      id: message.id,
      ok: false,
      error: error instanceof Error ? error.message : String(error),
    };
  }
  port.postMessage(reply);
});
port.postMessage({ ready: true } satisfies JobReply);
