// Query and Tx over one sql.js connection: what a handler reads and writes through. Every statement is prepared,
// used and freed here; the transaction around a Tx and the save after it are the Database's (database.ts).
import type { BindParams, Database as SqlDatabase } from 'sql.js';
import type { Query, Row, Tx } from './database';

const AUDIT_INSERT = 'INSERT INTO audit_log (at, os_user, call, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?, ?)';

export function makeQuery(db: SqlDatabase): Query {
  return {
    all<T extends Row>(sql: string, params?: BindParams): T[] {
      const stmt = db.prepare(sql);
      try {
        if (params) stmt.bind(params);
        const out: T[] = [];
        while (stmt.step()) out.push(stmt.getAsObject() as T);
        return out;
      } finally {
        stmt.free();
      }
    },
    get<T extends Row>(sql: string, params?: BindParams): T | undefined {
      return this.all<T>(sql, params)[0];
    },
  };
}

/** Who and what the audit log names for the changes made through one Tx. */
export interface AuditSource {
  /** the OS user */
  user: string;
  /** the call that writes */
  call: string;
  /** when, as an ISO timestamp */
  at(): string;
}

export function makeTx(db: SqlDatabase, source: AuditSource): Tx {
  const { user, call, at } = source;
  return {
    ...makeQuery(db),
    run(sql, params) {
      db.run(sql, params);
      const changes = db.getRowsModified();
      const lastId = Number(db.exec('SELECT last_insert_rowid()')[0]?.values[0]?.[0] ?? 0);
      return { changes, lastId };
    },
    each(sql, rows) {
      const stmt = db.prepare(sql);
      let n = 0;
      try {
        for (const r of rows) {
          stmt.run(r);
          n++;
        }
      } finally {
        stmt.free();
      }
      return n;
    },
    audit: (entity, entityId, detail) => {
      db.run(AUDIT_INSERT, [at(), user, call, entity, entityId === null ? null : String(entityId), detail ?? null]);
    },
    auditMany: (entity, entityIds, detail) => {
      // One statement for any number of ids (a 10,000-row import), the ids passed as one JSON array.
      db.run(`INSERT INTO audit_log (at, os_user, call, entity, entity_id, detail)
        SELECT ?, ?, ?, ?, CAST(value AS TEXT), ? FROM json_each(?)`, [at(), user, call, entity, detail ?? null, JSON.stringify([...entityIds])]);
    },
  };
}
