import { run } from './main.js';

// npm and pnpm run a script in its package's folder (server/ for `pnpm --filter`); file
// arguments are relative to where the user typed the command.
if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
process.exitCode = await run(process.argv.slice(2));
