// How many reports a database file holds, read apart from the process writing it: the interrupted and killed ingest
// tests poll it to stop the writer half way.
import BetterSqlite3 from 'better-sqlite3';

export function storedReports(db: string): number {
  try {
    const raw = new BetterSqlite3(db, { readonly: true, fileMustExist: true });
    try {
      return (raw.prepare('select count(*) as n from reports').get() as { n: number }).n;
    } finally {
      raw.close();
    }
  } catch {
    return 0; // not created or not migrated yet
  }
}
