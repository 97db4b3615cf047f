// A failure at start-up is explained in Indonesian in a dialog, with what to do (not only logged).
import { describe, expect, it } from 'vitest';
import { startupFailure } from '../../../electron/host/startupError';

const DIR = 'C:\\Users\\Budi\\AppData\\Roaming\\Satgas Netralitas ASN';

function errno(code: string, message = code): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code });
}

describe('start-up failure', () => {
  it('a data folder that cannot be written names the folder and says whom to ask', () => {
    for (const code of ['EACCES', 'EPERM', 'EROFS']) {
      const f = startupFailure(errno(code, `${code}: open '${DIR}\\data\\satgas.db.lock'`), DIR);
      expect(f.title).toBe('Satgas Netralitas ASN tidak dapat dibuka');
      expect(f.message).toContain(DIR);
      expect(f.message).toMatch(/izin tulis/);
    }
  });

  it('a full disk says to free space', () => {
    expect(startupFailure(errno('ENOSPC'), DIR).message).toMatch(/Ruang disk habis/);
  });

  it('a missing sql-wasm.wasm says to reinstall, and says the data is safe', () => {
    const f = startupFailure(errno('ENOENT', "ENOENT: no such file or directory, open 'C:\\Program Files\\x\\sql-wasm.wasm'"), DIR);
    expect(f.message).toMatch(/Pasang ulang aplikasi/);
    expect(f.message).toMatch(/data Anda tidak terhapus/);
  });

  it('anything else shows its text briefly, in an Indonesian sentence', () => {
    const f = startupFailure(new Error('x'.repeat(500)), DIR);
    expect(f.message).toMatch(/^Terjadi kesalahan saat membuka aplikasi \(x+\)/);
    expect(f.message.length).toBeLessThan(400);
  });
});
