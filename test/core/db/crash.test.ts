// A child commits changes in a loop and is killed with SIGKILL at random moments, 50 times (SATGAS_CRASH_KILLS). After each
// kill the database must open, pass the integrity check, and hold every change the child reported as committed.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/open';
import type { DbCodec } from '../../../electron/core/db/codec';
import { encryptedCodec, plainCodec } from '../../../electron/core/db/codec';
import { isEncrypted, newDataKey } from '../../../electron/core/crypto/cipher';
import { probeDatabase } from '../../../electron/core/db/integrity';
import { loadSqlJs } from '../../../electron/core/db/sqlite';
import { bundleForChild } from '../../helpers/childScript';
import { runAndKill } from '../../helpers/killLoop';
import { makeTempDir } from '../../helpers/tempDir';

const KILLS = Number(process.env.SATGAS_CRASH_KILLS ?? 50);

let childJs = '';
beforeAll(async () => {
  childJs = await bundleForChild('test/core/db/commitLoop.child.ts', 'commitLoop');
});

const key = newDataKey();
const modes: [string, DbCodec, string[], number][] = [
  ['plain', plainCodec, [], KILLS],
  // encrypted at rest: the same guarantees, and the file on disk is never plain (the same save path, so half the
  // kills keep the suite's time; SATGAS_CRASH_KILLS raises both)
  ['encrypted', encryptedCodec(key), [`${key.id.toString('hex')}:${key.key.toString('hex')}`], Math.ceil(KILLS / 2)],
];

describe.each(modes)('crash safety (%s)', (mode, codec, keyArg, kills) => {
  it(`keeps every reported commit across ${kills} SIGKILLs`, async () => {
    const file = path.join(makeTempDir(), 'satgas.db');
    const SQL = await loadSqlJs();
    const reported = new Set<number>();
    let next = 1;
    for (let round = 0; round < kills; round++) {
      const committed = await runAndKill(childJs, [file, String(next), ...keyArg], /^committed (\d+)$/, Math.floor(Math.random() * 120));
      expect(committed.length).toBeGreaterThan(0);
      committed.forEach((n) => reported.add(n));
      next = Math.max(...committed) + 2; // +1 may be on disk without having been reported: skip past it

      const opened = await openDatabase({ file, codec });
      expect(opened.state).toBe('ready');
      if (opened.state !== 'ready') return;
      const ids = opened.db.read((q) => q.all<{ id: string }>("SELECT entity_id AS id FROM audit_log WHERE entity = 'Crash'"));
      const onDisk = new Set(ids.map((r) => Number(r.id)));
      const missing = [...reported].filter((n) => !onDisk.has(n));
      expect(missing).toEqual([]);
      opened.db.close();
      // Independently of openDatabase: the file on disk passes integrity_check and foreign_key_check.
      const stored = fs.readFileSync(file);
      expect(isEncrypted(stored)).toBe(mode === 'encrypted');
      const probe = probeDatabase(SQL, codec.decode(stored));
      expect(probe.ok ? [] : [probe.detail]).toEqual([]);
      if (probe.ok) probe.db.close();
    }
    expect(reported.size).toBeGreaterThanOrEqual(kills);
    expect(fs.existsSync(file)).toBe(true);
  }, Math.max(60_000, kills * 2_000));
});
