/**
 * Run as a child process by db-temp-files.test.ts (SQLite reads SQLITE_TMPDIR once per process):
 * opens the database at argv[2] as the server does and runs one commit-group piece that rewrites
 * more than 64 KB of pages already on disk, the size past which a savepoint's journal may spill
 * to a temporary file.
 */
import { commitGroup } from '../../src/db/commit-group.js';
import { openDatabase } from '../../src/db/database.js';

const db = openDatabase(process.argv[2] as string);
db.exec('CREATE TABLE spill (id INTEGER PRIMARY KEY, body TEXT)');
const insert = db.prepare('INSERT INTO spill (body) VALUES (?)');
db.transaction(() => {
  for (let i = 0; i < 100; i++) insert.run('x'.repeat(3000));
})();
await commitGroup(db).run(() => db.prepare("UPDATE spill SET body = body || 'y'").run());
db.close();
