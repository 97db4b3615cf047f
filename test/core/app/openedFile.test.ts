// A double-clicked .satgasbak: the path in the command line reaches the Cadangan screen once, as a file reference.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OpenedFiles, backupFilesIn } from '../../../electron/core/files/openedFiles';
import { typed } from '../../helpers/call';
import { sessionPerTest } from '../../helpers/session';

const start = sessionPerTest();

describe('files the app was opened with', () => {
  it('keeps only existing backup files from a command line, ignoring Electron\'s own arguments', () => {
    const exists = (f: string) => f.includes('ada');
    const argv = ['--allow-file-access-from-files', 'C:\\Users\\Sekretaris\\Desktop\\Cadangan ada.SATGASBAK', 'D:\\laporan ada.xlsx', 'E:\\hilang.satgasbak', '.'];
    expect(backupFilesIn(argv, exists)).toEqual([path.resolve('C:\\Users\\Sekretaris\\Desktop\\Cadangan ada.SATGASBAK')]);
    const q = new OpenedFiles();
    q.offer(['a ada.satgasbak', 'a ada.satgasbak'], exists);
    expect(q.take()).toBe(path.resolve('a ada.satgasbak'));
    expect(q.take()).toBeNull();
  });

  it('gives the opened backup to the screen once, as a reference with its name and size', async () => {
    const s = await start();
    const call = typed(s.dispatch);
    const file = path.join(s.dir, 'Cadangan Satgas 2026-12-01.satgasbak');
    fs.writeFileSync(file, Buffer.alloc(1234));
    s.platform.queueOpened(file);
    const first = await call('app.openedFile', {});
    expect(first.ok && first.value.file).toMatchObject({ name: 'Cadangan Satgas 2026-12-01.satgasbak', size: 1234 });
    const again = await call('app.openedFile', {});
    expect(again.ok && again.value.file).toBeNull();
  });
});
