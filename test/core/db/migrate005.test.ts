// Migration 5 (evidence): built at schema 4 with a roster, migrated, the old rows intact and the evidence table
// holding only what it may: a hash-named file or a web link, never both, never a path.
import { describe, expect, it } from 'vitest';
import { databaseBefore, migrateTo } from './migrationStep';

const HASH = 'ab'.repeat(32);

describe('migration 5: evidence', () => {
  it('keeps the roster and adds the evidence table with its guards', async () => {
    const db = await databaseBefore(5);
    db.exec(`INSERT INTO unit (id, name, name_key, created_at) VALUES (1, 'Sekretariat', 'sekretariat', 'x');
      INSERT INTO staff (id, name, nip, employment, position_type, unit_id, created_at, updated_at)
        VALUES (7, 'Siti Aminah', '198507142010012003', 'PNS', 'PELAKSANA', 1, 'x', 'x');`);
    migrateTo(db, 5);
    expect(db.exec('SELECT id, name, nip FROM staff')[0]?.values).toEqual([[7, 'Siti Aminah', '198507142010012003']]);

    const add = (cols: string, values: string) => db.exec(`INSERT INTO evidence (${cols}, added_at) VALUES (${values}, 'x')`);
    add('sha256, ext, file_kind, original_name, size', `'${HASH}', 'jpg', 'image', '../../CON.jpg', 10`);
    add('url', `'https://example.org/post'`);
    expect(db.exec('SELECT COUNT(*) FROM evidence')[0]?.values).toEqual([[2]]);
    expect(() => add('sha256, ext', `'../../etc/passwd', 'jpg'`)).toThrow(/CHECK/);
    expect(() => add('sha256, ext', `'${HASH}', '../x'`)).toThrow(/CHECK/);
    expect(() => add('sha256', `'${HASH}'`)).toThrow(/CHECK/);
    expect(() => add('sha256, ext, url', `'${HASH}', 'jpg', 'https://x.org'`)).toThrow(/CHECK/);
    expect(() => add('url', `'javascript:alert(1)'`)).toThrow(/CHECK/);
    expect(() => add('original_name', `'nothing'`)).toThrow(/CHECK/);
    expect(() => add('sha256, ext, file_kind', `'${HASH}', 'exe', 'program'`)).toThrow(/CHECK/);
    db.close();
  });
});
