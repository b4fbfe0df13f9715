#!/usr/bin/env node
/**
 * @module
 * The production build of the server: esbuild bundles the server, the
 * command-line tool and the flow-work thread (with the workspace packages,
 * which ship TypeScript) into `dist/`, so that `node dist/main.js` runs with
 * no TypeScript compiler beside it: about a third of tsx's memory, and no
 * per-start transpiling. Output stays next to `src/`'s depth (`dist/x.js`
 * is as deep as `src/x.ts`), so `import.meta.url`-relative paths — the web
 * app in `../../web/dist/`, the worker beside the pool — resolve the same.
 *
 * @example
 * // pnpm --filter @ringflow/server run build, then:
 * // node server/dist/main.js --demo
 */
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('.', import.meta.url));
const outdir = `${root}dist`;

rmSync(outdir, { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: {
    main: 'src/main.ts',
    cli: 'src/cli/bin.ts',
    // The pool starts `./worker.js` beside itself when it is not TypeScript.
    worker: 'src/work/worker.ts',
  },
  outdir,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  // Shared code goes into chunks in dist/ itself (not a subfolder): the pool's
  // `new URL('./worker.js', import.meta.url)` is then right from whichever file holds it.
  splitting: true,
  chunkNames: 'chunk-[hash]',
  // Smaller files parse faster at every start. Names stay as written, so that stack
  // traces and CPU profiles read without the source maps (node --enable-source-maps).
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: 'linked',
  // A native addon: it loads its .node file from its own package at run time.
  external: ['better-sqlite3'],
  // Bundled CommonJS packages (the Azure Speech SDK, nodemailer…) call `require`
  // for Node's built-ins, which an ES module does not have.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  legalComments: 'linked',
  logLevel: 'warning',
  metafile: true,
});

const bytes = Object.entries(result.metafile.outputs)
  .filter(([file]) => file.endsWith('.js'))
  .reduce((sum, [, output]) => sum + output.bytes, 0);
console.log(`server/dist: ${(bytes / 1024 / 1024).toFixed(1)} MB of JavaScript`);
