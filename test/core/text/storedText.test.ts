// The stored-text policy, alone and where it is applied: the staff form, units, the OPD profile and the import,
// each through the dispatcher against a real database file.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Staff } from '../../../electron/core/contract';
import { loadSqlJs } from '../../../electron/core/db/sqlite';
import { storedText } from '../../../electron/core/text/storedText';
import { importFile } from '../../helpers/importFlow';
import { rosterXlsx } from '../../helpers/rosterXlsx';
import { sessionPerTest } from '../../helpers/session';
import type { TestWorkspace } from '../../helpers/session';

const start = sessionPerTest();

describe('storedText', () => {
  it('keeps ordinary text exactly, trims and collapses whitespace of every kind', () => {
    expect(storedText('Drs. Eko Permana, S.IP., M.Si.')).toBe('Drs. Eko Permana, S.IP., M.Si.');
    expect(storedText('  Siti\u00a0\u00a0Rahmawati\t, S.Sos.\r\n')).toBe('Siti Rahmawati , S.Sos.');
    expect(storedText('Bu\u200bdi\u3000Santoso\u0085')).toBe('Bu di Santoso');
    expect(storedText('\ufeffAhmad')).toBe('Ahmad');
    expect(storedText('I Gusti Ngurah Ra\u0301i')).toBe('I Gusti Ngurah Rái');
    expect(storedText('Nasi 🍚 Padang')).toBe('Nasi 🍚 Padang');
  });

  it('removes control characters wherever they are, and the bidi overrides that make a name read backwards', () => {
    expect(storedText('\u0000Budi')).toBe('Budi');
    expect(storedText('Ani\u0000 Wati')).toBe('Ani Wati');
    expect(storedText('Ok\u0007Name\u001b[31m')).toBe('OkName[31m');
    expect(storedText('Rina\u007f\u0080\u009f')).toBe('Rina');
    expect(storedText('Budi\u202e5001 3 891\u202c')).toBe('Budi5001 3 891');
    expect(storedText('Ani\u2066x\u2069')).toBe('Anix');
    expect(storedText('Ani\ufffe\uffff\ufdd0')).toBe('Ani');
    expect(storedText('Ani\ud800 Wati\udc00')).toBe('Ani Wati');
    // a real surrogate pair is a character, kept
    expect(storedText('Ani \u{1F600}')).toBe('Ani \u{1F600}');
    // left-to-right and zero-width joiner marks are harmless
    expect(storedText('Ani\u200e \u{1F469}\u200d\u{1F4BB}')).toBe('Ani\u200e \u{1F469}\u200d\u{1F4BB}');
  });

  it('never makes a formula out of text that did not start as one', () => {
    expect(storedText('\t=1+1')).toBe(' =1+1');
    expect(storedText(' =1+1')).toBe(' =1+1');
    expect(storedText('   +1+1  ')).toBe(' +1+1');
    expect(storedText('\u0000@SUM(A1)')).toBe(' @SUM(A1)');
    expect(storedText('\u00a0-2+3')).toBe(' -2+3');
    expect(storedText(' ＝1+1')).toBe(' ＝1+1');
    // what the user had is kept: a full-width ＝ is not folded, a leading = typed as text stays
    expect(storedText('＝1+1')).toBe('＝1+1');
    expect(storedText('=1+1')).toBe('=1+1');
    expect(storedText('=1+1 ')).toBe('=1+1');
    // placeholders are trimmed as usual
    expect(storedText(' - ')).toBe('-');
    expect(storedText(' ... ')).toBe('...');
  });

  it('keeps line breaks in multi-line text, as \\n, without control characters', () => {
    expect(storedText('\r\n  Kronologi:\r\n\t1. Foto\u0000 bersama  \r\n\r\n2. Unggah\u2028\n\n', { multiline: true })).toBe('Kronologi:\n 1. Foto bersama\n\n2. Unggah');
    expect(storedText('\n =1+1\nb', { multiline: true })).toBe(' =1+1\nb');
    expect(storedText(' \n\t\n', { multiline: true })).toBe('');
  });

  it('is idempotent', () => {
    const samples = ['\t=1+1', ' a  b ', '\u0000x', 'a\u200bb', '\u00a0-2+3', ' ＝1', '-', 'Ani\ud800', 'x\u0301'];
    for (const s of samples) {
      expect(storedText(storedText(s))).toBe(storedText(s));
      expect(storedText(storedText(s, { multiline: true }), { multiline: true })).toBe(storedText(s, { multiline: true }));
    }
  });
});

const PERSON = { identifier: '', employment: 'NON_ASN', rank: '', position: '', positionType: null, unitId: null, gender: null, birthDate: null, birthPlace: '' };

async function namesOnDisk(t: TestWorkspace): Promise<string[]> {
  const SQL = await loadSqlJs();
  const disk = new SQL.Database(fs.readFileSync(t.workspace.options.dbFile));
  const rows = disk.exec('SELECT name FROM staff ORDER BY id')[0]?.values ?? [];
  disk.close();
  return rows.map((r) => String(r[0]));
}

describe('where text is stored', () => {
  it('the staff form: a name with NUL is stored without it, whole, instead of failing with "internal"', async () => {
    const t = await start();
    const first = await t.dispatch('staff.save', { ...PERSON, name: '\u0000Ani' });
    expect(first).toMatchObject({ ok: true, value: { name: 'Ani' } });
    const second = await t.dispatch('staff.save', { ...PERSON, name: 'Budi\u0000 Santoso', position: '\u0007Staf\u202e' });
    expect(second).toMatchObject({ ok: true, value: { name: 'Budi Santoso', position: 'Staf' } });
    const third = await t.dispatch('staff.save', { ...PERSON, name: '\t=1+1' });
    expect(third).toMatchObject({ ok: true, value: { name: ' =1+1' } });
    expect(await namesOnDisk(t)).toEqual(['Ani', 'Budi Santoso', ' =1+1']);
    // editing keeps the same policy
    const edited = await t.dispatch('staff.save', { ...PERSON, id: (first as { value: Staff }).value.id, name: 'Ani\u0000 Wati' });
    expect(edited).toMatchObject({ ok: true, value: { name: 'Ani Wati' } });
    expect(t.logged).toEqual([]);
  });

  it('the staff form: a name of control characters only is "required", at its field', async () => {
    const t = await start();
    const r = await t.dispatch('staff.save', { ...PERSON, name: '\u0000\u0001 \t' });
    expect(r).toMatchObject({ ok: false, error: { code: 'required', field: 'name' } });
    expect(t.logged).toEqual([]);
  });

  it('units: a name with control characters is stored without them', async () => {
    const t = await start();
    const r = await t.dispatch('staff.unitCreate', { name: 'Sub Bagian\u0000 Umum' });
    expect(r).toMatchObject({ ok: true, value: { name: 'Sub Bagian Umum' } });
    expect(t.logged).toEqual([]);
  });

  it('the OPD profile: control characters out, "required" when nothing is left', async () => {
    const t = await start();
    const blank = { opdName: '', regency: '', address: '', postcode: '', phone: '', email: '', website: '', headName: '', headNip: '', headRank: '', headPosition: '', secretaryName: '', secretaryNip: '' };
    const r = await t.dispatch('profile.save', { ...blank, opdName: '\u0000Dinas\u0007 Sosial', address: 'Jl.\u0000 Jokotole\r\nNo. 5', headName: '\t=1+1' });
    expect(r).toMatchObject({ ok: true, value: { opdName: 'Dinas Sosial', address: 'Jl. Jokotole No. 5', headName: ' =1+1' } });
    expect(await t.dispatch('profile.save', { ...blank, opdName: '\u0000' })).toMatchObject({ ok: false, error: { code: 'required', field: 'opdName' } });
    expect(t.logged).toEqual([]);
  });

  it('the import (CSV): control characters out, nothing cut short, no formula made by trimming', async () => {
    const t = await start();
    // (a NUL in the first 4 KB makes the file binary to the reader: these rows come later, as in a long list)
    const before = Array.from({ length: 200 }, (_, i) => `${i + 1};Pegawai ${i + 1};Staf;Umum`);
    const hostile = ['\u0000Budi;Staf;Umum', 'Ani\u0000 Wati;\u0007Staf;Umum\u202e', '\t=1+1;Staf;', ' =1+1;Staf;', '＝1+1;Staf;', '=1+1;Staf;'];
    const csv = ['No;Nama;Jabatan;Unit Kerja', ...before, ...hostile.map((line, i) => `${201 + i};${line}`)].join('\r\n');
    const { result } = await importFile(t, 'daftar.csv', Buffer.from(csv, 'utf8'));
    expect(result).toMatchObject({ created: 206, refused: 0 });
    expect((await namesOnDisk(t)).slice(200)).toEqual(['Budi', 'Ani Wati', ' =1+1', ' =1+1', '＝1+1', '=1+1']);
    const positions = t.workspace.db().read((q) => q.all('SELECT DISTINCT position FROM staff').map((r) => r.position));
    expect(positions).toEqual(['Staf']);
    const units = t.workspace.db().read((q) => q.all('SELECT name FROM unit').map((r) => r.name));
    expect(units).toEqual(['Umum']);
    expect(t.logged).toEqual([]);
  });

  it('the import (xlsx): leading tab, space and full-width = keep the text inert, as the user had it', async () => {
    const t = await start();
    const names = ['\t=1+1', ' =1+1', '＝1+1', ' +62 812', '=1+1'];
    const bytes = await rosterXlsx(['No', 'Nama', 'Jabatan'], names.map((n, i) => [i + 1, n, 'Staf']));
    await importFile(t, 'daftar.xlsx', bytes);
    expect(await namesOnDisk(t)).toEqual([' =1+1', ' =1+1', '＝1+1', ' +62 812', '=1+1']);
  });
});
