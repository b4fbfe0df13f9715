/**
 * @module
 * What `npm run ringflow` (and `pnpm ringflow`) runs from the repository
 * root: the command line's TypeScript sources through tsx, started by plain
 * `node`, so that no pnpm has to be installed to use it.
 *
 * @example
 * // from the repository root:
 * // node server/src/cli/ringflow.mjs validate server/src/demo/flow.json
 */
import { register } from 'tsx/esm/api';

// Registered for the whole process, as the `tsx` command does, so modules keep
// their plain file URLs (demo.ts finds its files from its own).
register();
await import('./bin.ts');
