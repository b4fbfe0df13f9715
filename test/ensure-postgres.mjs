#!/usr/bin/env node
// The storage tests start a real PostgreSQL server from Debian's package
// (server/test/support/postgres.ts); install it when missing (as root), or say how.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const installed = () => {
  try {
    return readdirSync('/usr/lib/postgresql').some((version) => {
      try {
        return readdirSync(`/usr/lib/postgresql/${version}/bin`).includes('initdb');
      } catch {
        return false;
      }
    });
  } catch {
    return false;
  }
};

if (installed()) process.exit(0);
if (process.getuid?.() !== 0) {
  console.error('PostgreSQL is needed for the storage tests and is not installed.');
  console.error('Install it with: sudo apt-get update && sudo apt-get install -y postgresql');
  process.exit(1);
}
console.log('Installing PostgreSQL for the storage tests (apt-get install postgresql)...');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', 'postgresql'], { stdio: 'inherit', env });
if (!installed()) {
  console.error('apt-get finished but no /usr/lib/postgresql/<version>/bin/initdb is there');
  process.exit(1);
}
