// Hostile files for the importers besides the roster and the backup (whose own tests are
// test/core/staff/import/hostile.test.ts and test/core/backup/hostile.test.ts): the recaps the Sekda
// consolidates, the Sekda's OPD list, evidence files. Each refused with its Indonesian message, fast, by the
// roster's guarded readers held to each importer's limits; a real recap of 50,000 staff still fits them. Time and
// memory: `npm run bench:hostile` (test/bench/importersHostile.bench.ts).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isUserError } from '../../../electron/core/errors';
import { storeEvidenceFile } from '../../../electron/core/evidence/store';
import { consolidate } from '../../../electron/core/recap/consolidate/consolidate';
import { MAX_RECAP_ROWS, readRecap } from '../../../electron/core/recap/consolidate/readRecap';
import { recapSources } from '../../../electron/core/recap/consolidate/sources';
import { MAX_OPD_LIST_ROWS, readOpdList } from '../../../electron/core/recap/sekdaOpds';
import { MAX_CSV_RECORDS } from '../../../electron/core/spreadsheet/limits';
import { parseRosterFile } from '../../../electron/core/staff/import';
import { ui } from '../../../electron/shared/messages';
import { entityBomb, entitySheet, lyingZipBomb, millionRows, stringsBomb, zipBomb } from '../../fixtures/hostile/hostileFiles';
import { HOSTILE_EVIDENCE, longCellIn, millionSharedRows, writeFiles } from '../../fixtures/hostile/importerFiles';
import { value } from '../../helpers/importFlow';
import { writeMadeUpRecap } from '../../helpers/recapFiles';
import { sessionPerTest } from '../../helpers/session';
import { makeTempDir } from '../../helpers/tempDir';

const problem = ui.consolidation.problem;
const PERIOD = { from: '2024-09-23', to: '2024-09-29' };

const BOMBS = [
  ['a zip bomb', () => zipBomb(300)],
  ['a zip bomb whose directory lies', () => lyingZipBomb(300)],
  ['shared strings that inflate to 300 MB', () => stringsBomb(300)],
] as const;

describe('a recap for the consolidation', () => {
  it.each([
    ...BOMBS.map(([what, make]) => [what, make, 'too-large'] as const),
    ['a Ringkasan claiming a million rows (one row past the limit)', () => millionSharedRows('Ringkasan', 'Uraian', 'Jumlah ASN', MAX_RECAP_ROWS + 1), 'too-large'],
    ['a staff sheet of more rows than the roster allows', () => millionRows(MAX_RECAP_ROWS + 1), 'too-large'],
    ['entity expansion in the shared strings', entityBomb, 'not-normal'],
    ['entity expansion in a sheet', entitySheet, 'not-normal'],
    ['a cell of 100,000 characters', () => longCellIn('Ringkasan', 'Uraian', 100_000, false), 'not-normal'],
    ['a shared string of 100,000 characters', () => longCellIn('Metadata', 'marker', 100_000, true), 'not-normal'],
  ] as const)('%s is "not a recap", with its reason', async (_, make, why) => {
    const started = Date.now();
    expect(await readRecap(make())).toEqual({ ok: false, why });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('reaches the Sekda as a problem line in Indonesian, and the other recaps are still read', async () => {
    const dir = makeTempDir('rekap');
    fs.writeFileSync(path.join(dir, 'bom.xlsx'), lyingZipBomb(300));
    fs.writeFileSync(path.join(dir, 'entitas.xlsx'), entityBomb());
    await writeMadeUpRecap(dir, { name: 'Dinas Sosial', staff: 10, nipStart: 0 }, 'dinsos.xlsx');
    const result = await consolidate({ period: PERIOD, sources: await recapSources([dir]), opdList: [] });
    expect(result.opds.map((o) => o.opdName)).toEqual(['Dinas Sosial']);
    expect(result.problems.map((p) => [p.file, p.code, p.message])).toEqual([
      ['bom.xlsx', 'not-a-recap', problem['too-large']],
      ['entitas.xlsx', 'not-a-recap', problem['not-normal']],
    ]);
    expect(problem['not-normal']).toContain('tidak wajar');
  });
});

async function refusalOf(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  const e = await p.then(() => null, (err: unknown) => err);
  if (!isUserError(e)) return { code: `not refused: ${String(e)}`, message: '' };
  return { code: e.code, message: e.message };
}

describe('the Sekda\'s OPD list', () => {
  it.each([
    ...BOMBS.map(([what, make]) => [what, make, 'file-unpacks-too-large', 'terlalu besar atau tidak wajar'] as const),
    ['entity expansion in the shared strings', entityBomb, 'file-xml-entities', 'DOCTYPE/ENTITY'],
    ['entity expansion in a sheet', entitySheet, 'file-xml-entities', 'DOCTYPE/ENTITY'],
    ['a sheet claiming a million rows, within the zip limits', () => millionSharedRows('OPD', 'Nama OPD', 'Dinas Kesehatan', 100_000), 'sekda-opd-list-too-long', `lebih dari ${(2000).toLocaleString('id-ID')} baris`],
    ['a sheet of a million rows', () => millionSharedRows('OPD', 'Nama OPD', 'Dinas Kesehatan'), 'file-unpacks-too-large', 'terlalu besar atau tidak wajar'],
    ['a cell of 100,000 characters', () => longCellIn('OPD', 'Nama OPD', 100_000, false), 'roster-cell-too-long', 'Sel A2 di lembar "OPD"'],
    ['a shared string of 100,000 characters', () => longCellIn('OPD', 'Nama OPD', 100_000, true), 'roster-cell-too-long', '100.000 karakter'],
  ] as const)('%s is refused with its message', async (_, make, code, words) => {
    const r = await refusalOf(readOpdList(make(), 'daftar opd.xlsx'));
    expect(r.code).toBe(code);
    expect(r.message).toContain(words);
    expect(r.message).toContain('daftar opd.xlsx');
  });

  it('a CSV of millions of lines stops at the CSV limit, fast; the list\'s own limit words the refusal', async () => {
    const started = Date.now();
    const r = await refusalOf(readOpdList(Buffer.from(`Nama OPD\n${'x\n'.repeat(MAX_CSV_RECORDS + 5)}`), 'opd.csv'));
    expect(r).toMatchObject({ code: 'sekda-opd-list-too-long', message: expect.stringContaining('2.000 baris') as string });
    expect(Date.now() - started).toBeLessThan(5_000);
    const names = Array.from({ length: MAX_OPD_LIST_ROWS }, (_, i) => `Dinas ${i}`);
    expect(await readOpdList(Buffer.from(`Nama OPD\n${names.join('\n')}\n`), 'opd.csv')).toHaveLength(MAX_OPD_LIST_ROWS);
  });

  const start = sessionPerTest();
  it('through the dispatcher: refused whole, nothing added to the list', async () => {
    const t = await start();
    for (const [name, bytes] of [['bom.xlsx', lyingZipBomb(300)], ['panjang.xlsx', millionSharedRows('OPD', 'Nama OPD', 'Dinas', 5_000)]] as const) {
      const { ref } = await t.choose(name, bytes);
      const r = await t.dispatch('recap.opdImport', { ref });
      expect(r.ok, name).toBe(false);
      if (!r.ok) expect(r.error.message, name).toContain(name);
    }
    expect(await value(t.dispatch('recap.opdList', {}))).toEqual([]);
  });
});

describe('evidence files', () => {
  const files = writeFiles(makeTempDir('bukti-asal'), HOSTILE_EVIDENCE);
  it.each([
    ['program-bernama-foto.jpg', 'evidence-type-unknown'],
    ['html-bernama.pdf', 'evidence-type-unknown'],
    ['kosong.jpg', 'evidence-file-empty'],
    ['raksasa-3gb.mp4', 'file-too-large'],
    ['bom-zip.jpg', 'evidence-type-unknown'],
    ['bom-zip.pdf', 'evidence-type-unknown'],
  ] as const)('%s is refused (%s), naming the file, leaving nothing in the folder', async (name, code) => {
    const dir = path.join(makeTempDir(), 'bukti');
    const r = await refusalOf(storeEvidenceFile(dir, files[name], { displayName: name }));
    expect(r.code).toBe(code);
    expect(r.message).toContain(`"${name}"`);
    expect(fs.existsSync(dir) ? fs.readdirSync(dir) : []).toEqual([]);
  });

  it('a photo by its bytes with a zip bomb behind them is kept as bytes, never unpacked; a PDF named .jpg is kept as a PDF', async () => {
    const dir = path.join(makeTempDir(), 'bukti');
    const photo = await storeEvidenceFile(dir, files['foto-berisi-bom.jpg']);
    expect([photo.mime, photo.size]).toEqual(['image/jpeg', fs.statSync(files['foto-berisi-bom.jpg']).size]);
    const pdf = path.join(makeTempDir(), 'foto.jpg');
    fs.writeFileSync(pdf, '%PDF-1.7 berita acara');
    expect((await storeEvidenceFile(dir, pdf)).ext).toBe('pdf');
  });

  const start = sessionPerTest();
  it('through the dispatcher, under a name with path traversal: refused with the message, and a real photo is stored under its hash only', async () => {
    const t = await start();
    const unit = await value<{ id: number }>(t.dispatch('staff.unitCreate', { name: 'Sekretariat' }));
    const staff = await value<{ id: number }>(t.dispatch('staff.save', {
      name: 'Siti Rahmawati', identifier: '198507142010012003', employment: 'PNS', rank: 'III/b', position: 'Kepala Sub Bagian Umum', positionType: null,
      unitId: unit.id, gender: null, birthDate: null, birthPlace: '',
    }));
    const types = await value<{ id: number; code: string }[]>(t.dispatch('findings.catalog', {}));
    const finding = await value<{ id: number }>(t.dispatch('findings.save', {
      person: { kind: 'STAFF', staffId: staff.id }, violationTypeId: types[0]!.id, knownDate: '2024-10-02', actDate: '2024-10-01', actTime: null,
      actPlace: 'Kantor', source: 'PUBLIC_REPORT', sourceLink: null, sbtNumber: null, description: 'Uji.',
    }));
    const empty = await t.choose('kosong.jpg', Buffer.alloc(0), 'evidence');
    expect(await t.dispatch('findings.evidenceAdd', { findingId: finding.id, files: [{ ref: empty.ref, caption: '' }] }))
      .toMatchObject({ ok: false, error: { code: 'evidence-file-empty', message: expect.stringContaining('"kosong.jpg"') as string } });
    const bomb = await t.choose('..%2F..%2Fbom.jpg', zipBomb(300), 'evidence');
    expect(await t.dispatch('findings.evidenceAdd', { findingId: finding.id, files: [{ ref: bomb.ref, caption: '' }] }))
      .toMatchObject({ ok: false, error: { code: 'evidence-type-unknown' } });
    const photo = await t.choose('..\\..\\Windows\\foto.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]), 'evidence');
    await value(t.dispatch('findings.evidenceAdd', { findingId: finding.id, files: [{ ref: photo.ref, caption: '' }] }));
    const dataDir = path.dirname(t.workspace.options.dbFile);
    const stored = fs.readdirSync(path.join(dataDir, 'bukti'), { recursive: true }).map(String).filter((f) => f.includes('.'));
    expect(stored).toEqual([expect.stringMatching(/^[0-9a-f]{2}[/\\][0-9a-f]{64}\.jpg$/)]);
    expect(fs.readdirSync(path.dirname(dataDir)).filter((f) => f.includes('bom') || f.includes('foto'))).toEqual([]);
  });
});

describe('the guards the importers share (core/spreadsheet), through the roster', () => {
  it('exceljs\'s full reader holds cells to the fast reader\'s limits', async () => {
    for (const reader of ['fast', 'exceljs'] as const) {
      const r = await refusalOf(parseRosterFile(longCellIn('Pegawai', 'NAMA', 100_000, false), 'panjang.xlsx', { xlsxReader: reader }));
      expect(r, reader).toMatchObject({ code: 'roster-cell-too-long', message: expect.stringContaining('100.000 karakter') as string });
    }
  });

  it('a CSV of more records than the CSV limit is refused without being parsed whole', async () => {
    const started = Date.now();
    const r = await refusalOf(parseRosterFile(Buffer.from(`Nama;NIP\n${'x;\n'.repeat(4_000_000)}`), 'panjang.csv'));
    expect(r).toMatchObject({ code: 'roster-too-many-rows', message: expect.stringContaining('100.000 baris') as string });
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
