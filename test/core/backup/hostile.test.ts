// Hostile backups are refused whole with their Indonesian message (time and memory: `npm run bench`,
// test/bench/backupHostile.bench.ts).
import { describe, expect, it } from 'vitest';
import { openBackup } from '../../../electron/core/backup/verify';
import { UserError } from '../../../electron/core/errors';
import { HOSTILE_BACKUPS, REFUSED_AS, writeHostileBackups } from '../../fixtures/hostile/backupFiles';
import { makeTempDir } from '../../helpers/tempDir';

describe('hostile backups', () => {
  it('refuses each with its own code and an Indonesian message', async () => {
    const files = await writeHostileBackups(makeTempDir(), 600);
    for (const name of HOSTILE_BACKUPS) {
      const e = await openBackup(files[name], { appVersion: '0.1.0' }).then(() => null, (err: unknown) => err);
      expect(e, name).toBeInstanceOf(UserError);
      expect((e as UserError).code, name).toBe(REFUSED_AS[name]);
      expect((e as UserError).message, name).toMatch(/cadangan/i);
    }
  });
});
