// The native dialogs' options: filters per kind of file, the folder last used for that kind, Documents first.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderDialogOptions, openDialogOptions, rememberFolder, saveDialogOptions } from '../../../electron/host/fileDialogs';

const ONEDRIVE = 'C:\\Users\\Siti Nurhaliza\\OneDrive - Pemkab\\Dokumen';

describe('file dialogs', () => {
  it('offers the roster formats, .xls and .ods included (so the "save as .xlsx" message can be reached)', () => {
    const o = openDialogOptions({ kind: 'roster', multiple: false }, {});
    expect(o.filters[0]!.extensions).toEqual(expect.arrayContaining(['xlsx', 'csv', 'xls', 'ods']));
    expect(o.filters[0]!.name).toBe('Daftar pegawai (Excel, CSV)');
    expect(o.filters.at(-1)).toEqual({ name: 'Semua berkas', extensions: ['*'] });
    expect(o.properties).toEqual(['openFile']);
    expect(o.defaultPath).toBeUndefined();
    expect(openDialogOptions({ kind: 'emblem', multiple: true }, {}).properties).toEqual(['openFile', 'multiSelections']);
  });

  it('opens where the user last chose a file of that kind, on a Windows path with spaces', () => {
    const last = rememberFolder({}, 'roster', `${ONEDRIVE}\\DUK 2026.xlsx`, path.win32);
    expect(last).toEqual({ roster: ONEDRIVE });
    expect(openDialogOptions({ kind: 'roster', multiple: false }, last).defaultPath).toBe(ONEDRIVE);
    expect(openDialogOptions({ kind: 'emblem', multiple: false }, last).defaultPath).toBeUndefined();
  });

  it('saves into Documents the first time, then into the last folder used for that kind', () => {
    const first = saveDialogOptions({ kind: 'xlsx', suggestedName: 'Templat Daftar Pegawai.xlsx' }, {}, ONEDRIVE, path.win32);
    expect(first).toEqual({ defaultPath: `${ONEDRIVE}\\Templat Daftar Pegawai.xlsx`, filters: [{ name: 'Buku Kerja Excel', extensions: ['xlsx'] }] });
    const last = rememberFolder({}, 'xlsx', '\\\\server\\satgas\\Rekap\\x.xlsx', path.win32);
    expect(saveDialogOptions({ kind: 'xlsx', suggestedName: 'a.xlsx' }, last, ONEDRIVE, path.win32).defaultPath).toBe('\\\\server\\satgas\\Rekap\\a.xlsx');
  });

  it('chooses a folder of recaps where the last one was, and saves a recap in its own last folder', () => {
    expect(folderDialogOptions('recap', {})).toEqual({ filters: [], properties: ['openDirectory'] });
    const folder = `${ONEDRIVE}\\Rekap OPD Minggu 39`;
    expect(folderDialogOptions('recap', { recap: folder }).defaultPath).toBe(folder);
    expect(openDialogOptions({ kind: 'recap', multiple: true }, {}).filters[0]).toEqual({ name: 'Rekap Satgas Netralitas (Excel)', extensions: ['xlsx'] });
    const last = rememberFolder({ xlsx: ONEDRIVE }, 'recap', `${folder}\\Rekap.xlsx`, path.win32);
    expect(saveDialogOptions({ kind: 'recap', suggestedName: 'Rekap Satgas Netralitas - Dinas Sosial - 2024-09-29.xlsx' }, last, ONEDRIVE, path.win32).defaultPath)
      .toBe(`${folder}\\Rekap Satgas Netralitas - Dinas Sosial - 2024-09-29.xlsx`);
  });
});
