// The exports of a finding: the case summary PDF with the kop (its text read back with pdftotext, page 1 rendered
// to test/artifacts/temuan-ringkasan-hal-1.png), the SBT sheet read back with openpyxl (every field present, the
// NIP a text cell with all 18 digits), and the filtered list. Each export of a finding is in its audit trail.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FindingDetail, SaveResult } from '../../../electron/core/contract';
import { value } from '../../helpers/importFlow';
import { encodePng } from '../../helpers/png';
import { sessionPerTest } from '../../helpers/session';
import { record, world } from './helpers';

const start = sessionPerTest();
const ARTIFACTS = path.resolve('test/artifacts');

const PROFILE = {
  opdName: 'Dinas Pendidikan dan Kebudayaan', regency: 'Kabupaten Pamekasan', address: 'Jalan Jokotole No. 5', postcode: '69317',
  phone: '(0324) 322000', email: 'disdikbud@pamekasankab.go.id', website: '', headName: 'Dr. H. Akhmad Zaini, M.Pd.', headNip: '196805231998031005',
  headRank: 'Pembina Utama Muda (IV/c)', headPosition: 'Kepala Dinas Pendidikan dan Kebudayaan', secretaryName: '', secretaryNip: '',
};

const READ = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {}
for ws in wb.worksheets:
    out[ws.title] = [[{'v': c.value, 't': c.data_type, 'f': c.number_format} for c in row] for row in ws.iter_rows()]
print(json.dumps(out, default=str))
`;
type Cell = { v: unknown; t: string; f: string };
const readBack = (file: string) => JSON.parse(execFileSync('/usr/bin/python3', ['-c', READ, file], { encoding: 'utf8' })) as Record<string, Cell[][]>;

async function prepared() {
  const t = await start();
  await value(t.dispatch('profile.save', PROFILE));
  const w = await world(t);
  const f = await record(t, w, { sbtNumber: 'SBT-2024-000123', description: '=HYPERLINK("http://x") dibagikan ke grup WhatsApp' });
  await value(t.dispatch('findings.chronologyAdd', { findingId: f.id, date: '2024-10-02', text: 'Warga mengirim tangkapan layar unggahan ke satgas.' }));
  const shot = await t.choose('tangkapan layar.png', encodePng(20, 10, () => [10, 120, 240, 255]), 'evidence');
  await value(t.dispatch('findings.evidenceAdd', { findingId: f.id, files: [{ ref: shot.ref, caption: 'Unggahan di Facebook' }] }));
  await value(t.dispatch('findings.evidenceLink', { findingId: f.id, url: 'https://www.facebook.com/permalink/123', caption: 'Tautan unggahan' }));
  await value(t.dispatch('findings.stepAdd', { findingId: f.id, kind: 'REPORTED_BAWASLU', date: '2024-10-03', actor: 'Bawaslu Kabupaten Pamekasan', note: 'Diserahkan langsung.', stageAfter: null }));
  return { t, w, f };
}

describe('exports of a finding', () => {
  it('prints the case summary with the kop, the classification, the evidence and the steps', async () => {
    const { t, f } = await prepared();
    const r = await value<SaveResult>(t.dispatch('findings.exportSummary', { id: f.id, paper: 'F4' }));
    expect(r.saved?.name).toMatch(/^Ringkasan Kasus Temuan \d{4}-\d{2}-\d{2}\.pdf$/);
    const file = path.join(r.saved!.folder, r.saved!.name);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    for (const line of ['PEMERINTAH KABUPATEN PAMEKASAN', 'DINAS PENDIDIKAN DAN KEBUDAYAAN', 'RINGKASAN KASUS DUGAAN PELANGGARAN NETRALITAS ASN',
      'Siti Rahmawati, S.Sos.', '19850714 201001 2 003', 'Disiplin tingkat berat', 'Masa kampanye (sesudah penetapan calon)', 'SBT-2024-000123',
      'tangkapan layar.png (Foto) — Unggahan di Facebook', 'Halaman 1 dari 1']) {
      expect(text).toContain(line);
    }
    // the steps table: the date, then the step (its cells wrap)
    expect(text).toMatch(/3 Oktober 2024\s+Dilaporkan ke\s+Bawaslu Kabupaten\s+Diserahkan langsung\./);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', '-f', '1', '-l', '1', file, path.join(ARTIFACTS, 'temuan-ringkasan-hal-1')]);
    const d = await value<FindingDetail>(t.dispatch('findings.get', { id: f.id }));
    expect(d.audit.map((a) => a.detail)).toContain('diekspor: ringkasan PDF');
  });

  it('writes the SBT sheet with every field, the NIP as text, formulas inert', async () => {
    const { t, f } = await prepared();
    const r = await value<SaveResult>(t.dispatch('findings.exportSbt', { id: f.id }));
    const book = readBack(path.join(r.saved!.folder, r.saved!.name));
    const rows = book['Isian SBT']!.slice(2).map((row) => [row[0]!.v, row[1]!.v]);
    expect(Object.fromEntries(rows)).toEqual({
      'Kategori': 'Netralitas',
      'NIP/NIK terlapor': '198507142010012003',
      'Nama terlapor': 'Siti Rahmawati, S.Sos.',
      'Jabatan': 'Kepala Sub Bagian Umum',
      'Unit kerja': 'Sekretariat',
      'Instansi': 'Dinas Pendidikan dan Kebudayaan, Kabupaten Pamekasan',
      'Waktu kejadian': '1 Oktober 2024, pukul 19.30',
      'Tempat kejadian': 'Facebook (akun pribadi)',
      'Uraian singkat': '=HYPERLINK("http://x") dibagikan ke grup WhatsApp',
      'Daftar bukti': '1. tangkapan layar.png (Foto) — Unggahan di Facebook\n2. https://www.facebook.com/permalink/123 (Tautan) — Tautan unggahan',
      'Jenis pelanggaran (SKB 2022 Lampiran II)': expect.stringMatching(/^A04 · Membuat posting/),
      'Klasifikasi': 'Disiplin tingkat berat',
      'Tanggal diketahui': '2 Oktober 2024',
      'Sumber': 'Media sosial — https://www.facebook.com/permalink/123',
      'Nomor pengaduan SBT': 'SBT-2024-000123',
    });
    const nip = book['Isian SBT']![3]![1]!;
    expect(nip).toEqual({ v: '198507142010012003', t: 's', f: '@' });
    // a description that starts like a formula stays text, not a formula
    const uraian = book['Isian SBT']!.find((row) => row[0]!.v === 'Uraian singkat')![1]!;
    expect(uraian).toMatchObject({ t: 's', f: '@' });
    const evidence = book['Daftar Bukti']!;
    expect(evidence.map((row) => row.map((c) => c.v))).toEqual([
      ['No', 'Nama berkas / tautan', 'Jenis', 'Ukuran (KB)', 'SHA-256', 'Keterangan'],
      [1, 'tangkapan layar.png', 'Foto', 1, expect.stringMatching(/^[0-9a-f]{64}$/), 'Unggahan di Facebook'],
      [2, 'https://www.facebook.com/permalink/123', 'Tautan', null, null, 'Tautan unggahan'],
    ]);
  });

  it('exports the list as filtered', async () => {
    const { t, w } = await prepared();
    await record(t, w, { person: { kind: 'STAFF', staffId: w.staff.budi.id }, violationTypeId: w.types.A02!.id, actDate: '2024-09-21', knownDate: '2024-09-21' });
    const all = await value<SaveResult>(t.dispatch('findings.exportList', { filter: {} }));
    const ethics = await value<SaveResult>(t.dispatch('findings.exportList', { filter: { kind: 'ETHICS' } }));
    const rowsOf = (r: SaveResult) => readBack(path.join(r.saved!.folder, r.saved!.name))['Daftar Temuan']!;
    const listed = rowsOf(all);
    expect(listed).toHaveLength(3);
    expect(listed[1]!.slice(0, 3).map((c) => c.v)).toEqual([1, 'Siti Rahmawati, S.Sos.', '198507142010012003']);
    expect(listed[1]![2]).toMatchObject({ t: 's', f: '@' });
    expect(listed[1]![8]).toMatchObject({ v: '2024-10-01 00:00:00', f: 'dd/mm/yyyy' });
    expect(listed[1]![12]!.v).toBe('Disiplin tingkat berat');
    const only = rowsOf(ethics);
    expect(only.slice(1).map((row) => [row[1]!.v, row[12]!.v])).toEqual([['Budi Santoso, S.E.', 'Kode etik']]);
  });
});
