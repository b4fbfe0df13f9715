import { run } from './main.js';

// `pnpm ringflow` runs this inside server/; file arguments are relative to where the user typed it.
if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
process.exitCode = await run(process.argv.slice(2));
