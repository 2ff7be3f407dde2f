// Two kinds of writes, two kinds of commit. A write that acknowledges something to a learner (the attempt
// row before its 202, an account, a session) is committed with `synchronous = FULL`: the WAL is flushed
// to disk before the answer leaves, so even a power cut keeps it. A write that can be recomputed from
// what is already durable (an attempt marked running or done, since an attempt left queued or running is
// graded again at start; a draft, which the browser also keeps) is committed with `synchronous = NORMAL`:
// no flush of its own, made durable by the next FULL commit or checkpoint, and still safe from a kill -9
// (the OS has the data). Each flush cost ~0.5 ms of the server's only thread here, three per submission
// before; `npm run bench -- http` measures the difference. Postgres has the same switch per transaction
// (`SET LOCAL synchronous_commit = off`), so a Postgres data layer keeps this contract.
import type { Db } from './open-database.ts';

export function withRelaxedCommit<T>(db: Db, write: () => T): T {
  // Not a statement prepared once: SQLite applies `PRAGMA synchronous` when the statement is prepared,
  // not when it runs, so each switch is prepared anew (a few microseconds). `exec`, not `pragma`: the
  // latter also builds a JS statement object (with a weak handle) and a result array, three pairs per
  // submission, which the server's young-generation collections then had to sweep.
  db.$client.exec('PRAGMA synchronous = NORMAL');
  try {
    return write();
  } finally {
    db.$client.exec('PRAGMA synchronous = FULL');
  }
}
