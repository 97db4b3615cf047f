// The app log: <userData>/log/satgas.log, rotated at its size limit (two older files kept), each line redacted —
// NIP (plain or spaced), NIK, quoted values, e-mail addresses and the home folder masked; dates and pids kept.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOG_FILE, logDirOf, openAppLog } from '../../../electron/core/app/appLog';
import { MASK, redact } from '../../../electron/core/app/redact';
import { makeTempDir } from '../../helpers/tempDir';

describe('redact', () => {
  it('masks NIP, NIK, quoted values, e-mail addresses and the home folder, and keeps dates, times and pids', () => {
    expect(redact('staff 198507142010012003 and 19850714 201001 2 003 and NIK 3528014507900001')).toBe(`staff ${MASK} and ${MASK} and NIK ${MASK}`);
    expect(redact('near "Siti Rahmawati": syntax error')).toBe(`near "${MASK}": syntax error`);
    expect(redact('mail siti@pamekasankab.go.id failed')).toBe(`mail ${MASK} failed`);
    expect(redact('/home/siti/Dokumen/satgas.db: EACCES', '/home/siti')).toBe('~/Dokumen/satgas.db: EACCES');
    const kept = 'at 2026-12-02T18:26:07.123Z period 2024-09-23 2024-09-29 (pid 123456) 12345678901234 bytes';
    expect(redact(kept)).toBe(kept);
  });
});

describe('the app log', () => {
  it('writes under <userData>/log, redacted, and rotates at its size limit keeping two older files', () => {
    const dir = logDirOf(makeTempDir());
    const log = openAppLog(dir, { maxBytes: 200, now: () => new Date('2026-12-02T10:00:00Z') });
    expect(log.file).toBe(path.join(dir, LOG_FILE));
    log.line('backup failed for 198507142010012003');
    expect(fs.readFileSync(log.file, 'utf8')).toBe(`2026-12-02T10:00:00.000Z backup failed for ${MASK}\n`);
    for (let i = 0; i < 30; i++) log.line(`line ${i} ${'x'.repeat(40)}`);
    expect(fs.readdirSync(dir).sort()).toEqual([LOG_FILE, `${LOG_FILE}.1`, `${LOG_FILE}.2`]);
    for (const f of fs.readdirSync(dir)) expect(fs.statSync(path.join(dir, f)).size).toBeLessThanOrEqual(200);
    expect(fs.readFileSync(log.file, 'utf8')).toContain('line 29');
  });

  it('logs a thrown error with its stack, redacted, and never throws when the folder cannot be written', () => {
    const dir = logDirOf(makeTempDir());
    const log = openAppLog(dir);
    log.error(new Error('UNIQUE constraint failed for "Budi Santoso, S.E." 197901012005011002'), 'staff.save');
    const text = fs.readFileSync(log.file, 'utf8');
    expect(text).toMatch(/error in staff\.save: Error: UNIQUE constraint failed for "\[disamarkan\]" \[disamarkan\]\n\s+at /);
    expect(text).not.toMatch(/Budi|197901012005011002/);
    const blocked = path.join(makeTempDir(), 'a file');
    fs.writeFileSync(blocked, '');
    expect(() => openAppLog(path.join(blocked, 'log')).line('x')).not.toThrow();
  });
});
