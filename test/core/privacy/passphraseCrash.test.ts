// A passphrase change killed at random moments (SIGKILL), 30 times: after each kill the data opens with the last
// passphrase the child reported as set or with the one it was setting (old or new, never neither), and the
// database's content is unchanged. The key file is the only file a change writes.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createKeys, parseKeyFile, unlockWithPassphrase } from '../../../electron/core/crypto/keyFile';
import { keyFilePathOf, writeKeyFile } from '../../../electron/core/privacy/keyStore';
import { bundleForChild } from '../../helpers/childScript';
import { runAndKill } from '../../helpers/killLoop';
import { makeTempDir } from '../../helpers/tempDir';

const KILLS = 30;
let childJs = '';
beforeAll(async () => {
  childJs = await bundleForChild('test/core/privacy/changeLoop.child.ts', 'changeLoop');
});

describe('a passphrase change cut short', () => {
  it(`leaves the old passphrase or the new one working across ${KILLS} SIGKILLs`, async () => {
    const dir = makeTempDir();
    const dbFile = path.join(dir, 'satgas.db');
    fs.writeFileSync(dbFile, 'the database is not written by a passphrase change');
    const { keyFile, dataKey } = createKeys('kata sandi 1', { N: 2 ** 10, r: 8, p: 1 });
    writeKeyFile(dbFile, keyFile);
    let current = 1;
    for (let round = 0; round < KILLS; round++) {
      const changed = await runAndKill(childJs, [dbFile, String(current)], /^changed (\d+)$/, Math.floor(Math.random() * 40));
      expect(changed.length).toBeGreaterThan(0);
      const reported = Math.max(...changed);
      const file = parseKeyFile(fs.readFileSync(keyFilePathOf(dbFile)));
      // the last one reported, or the one being written when the kill came
      const opens = [reported, reported + 1].filter((n) => {
        try {
          return unlockWithPassphrase(file, `kata sandi ${n}`).key.equals(dataKey.key);
        } catch {
          return false;
        }
      });
      expect(opens.length).toBe(1);
      current = opens[0]!;
      expect(fs.readdirSync(dir).filter((f) => f !== 'kunci.json.tmp').sort()).toEqual(['kunci.json', 'satgas.db']);
    }
    expect(fs.readFileSync(dbFile, 'utf8')).toBe('the database is not written by a passphrase change');
  });
});
