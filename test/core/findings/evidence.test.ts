// A finding's evidence in the shared store: the same file stored once under its hash, hostile file names kept only
// as text (the whole data folder's listing shows nothing written anywhere else), and deleting a finding keeping
// a file another finding still refers to.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FindingDetail } from '../../../electron/core/contract';
import { addEvidenceFiles } from '../../../electron/core/findings/evidence';
import { evidenceDirOf } from '../../../electron/core/evidence/store';
import { value } from '../../helpers/importFlow';
import { encodePng } from '../../helpers/png';
import { sessionPerTest } from '../../helpers/session';
import { record, world } from './helpers';

const start = sessionPerTest();

const PNG = encodePng(40, 30, (x, y) => [x * 6, y * 8, 120, 255]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0'), Buffer.alloc(3000, 9)]);
const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');

function listAll(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      out.push(path.relative(dir, p).split(path.sep).join('/'));
      if (e.isDirectory()) walk(p);
    }
  };
  walk(dir);
  return out.sort();
}

describe('evidence of a finding', () => {
  it('stores the same file once, and keeps it until no finding refers to it', async () => {
    const t = await start();
    const w = await world(t);
    const a = await record(t, w);
    const b = await record(t, w, { person: { kind: 'STAFF', staffId: w.staff.budi.id } });
    const shot = await t.choose('tangkapan layar.png', PNG, 'evidence');
    const withShot = await value<FindingDetail>(t.dispatch('findings.evidenceAdd', { findingId: a.id, files: [{ ref: shot.ref, caption: 'Unggahan di Facebook' }] }));
    expect(withShot.evidence).toHaveLength(1);
    expect(withShot).toMatchObject({ evidenceCount: 1, evidence: [{ kind: 'file', originalName: 'tangkapan layar.png', mime: 'image/png', caption: 'Unggahan di Facebook', size: PNG.length }] });
    const again = await t.choose('salinan.png', PNG, 'evidence');
    const pdf = await t.choose('berita.pdf', PDF, 'evidence');
    await value(t.dispatch('findings.evidenceAdd', { findingId: b.id, files: [{ ref: again.ref, caption: '' }, { ref: pdf.ref, caption: '' }] }));
    const dir = evidenceDirOf(t.workspace.options.dbFile);
    const sha = withShot.evidence[0]!.sha256!;
    const stored = () => listAll(dir).filter((f) => /\.(png|pdf|jpg)$/.test(f));
    expect(stored()).toHaveLength(2);
    expect(stored()).toContain(`${sha.slice(0, 2)}/${sha}.png`);

    // deleting a: its link goes, the file stays for b
    await value(t.dispatch('findings.remove', { id: a.id }));
    expect(stored()).toContain(`${sha.slice(0, 2)}/${sha}.png`);
    // removing it from b: now nothing refers to it, and it goes; the PDF stays
    const bDetail = await value<FindingDetail>(t.dispatch('findings.get', { id: b.id }));
    const png = bDetail.evidence.find((e) => e.mime === 'image/png')!;
    const after = await value<FindingDetail>(t.dispatch('findings.evidenceRemove', { findingId: b.id, evidenceId: png.id }));
    expect(after.evidence.map((e) => e.originalName)).toEqual(['berita.pdf']);
    expect(stored()).toEqual([expect.stringMatching(/\.pdf$/)]);
    expect(after.audit.map((e) => e.detail)).toEqual(expect.arrayContaining([expect.stringMatching(/^bukti ditambah/), expect.stringMatching(/^bukti dihapus/)]));

    const link = await value<FindingDetail>(t.dispatch('findings.evidenceLink', { findingId: b.id, url: 'https://news.example.id/berita/1', caption: 'Berita' }));
    expect(link.evidence.find((e) => e.kind === 'link')).toMatchObject({ url: 'https://news.example.id/berita/1' });
  });

  it('keeps hostile file names only as text: nothing is written outside the evidence folder', async () => {
    const t = await start();
    const w = await world(t);
    const f = await record(t, w);
    const data = path.dirname(t.workspace.options.dbFile);
    const src = path.join(t.dir, 'sumber');
    fs.mkdirSync(src);
    const names = ['../../x.png', '..\\..\\evil.jpg', 'CON.jpg', 'aux.pdf', `${'panjang-'.repeat(37)}.png`, 'Bukti ✓ — ünïcödé 証拠.png', 'nul\u0000.png'];
    const bytes = [PNG, JPEG, JPEG, PDF, encodePng(3, 3, () => [1, 2, 3, 255]), encodePng(4, 4, () => [9, 9, 9, 255]), encodePng(5, 5, () => [7, 7, 7, 255])];
    const files = names.map((name, i) => {
      const p = path.join(src, `f${i}`);
      fs.writeFileSync(p, bytes[i]!);
      return { path: p, name, caption: '' };
    });
    const before = listAll(t.dir).filter((p) => !p.startsWith('data/bukti') && !p.startsWith('data/satgas.db'));
    const detail = await addEvidenceFiles(t.workspace.db(), evidenceDirOf(t.workspace.options.dbFile), f.id, files);
    expect(detail.evidence.map((e) => e.originalName)).toEqual(['../../x.png', '..\\..\\evil.jpg', 'CON.jpg', 'aux.pdf', `${'panjang-'.repeat(37)}.png`, 'Bukti ✓ — ünïcödé 証拠.png', 'nul.png']);
    // the evidence folder holds only <2 hex>/<sha256>.<ext from the bytes>; JPEG and CON.jpg share one file
    const inside = listAll(path.join(data, 'bukti'));
    const storedFiles = inside.filter((p) => p.includes('/'));
    expect(storedFiles).toHaveLength(6);
    for (const p of storedFiles) expect(p).toMatch(/^[0-9a-f]{2}\/[0-9a-f]{64}\.(png|jpg|pdf)$/);
    expect(inside.filter((p) => !p.includes('/')).every((p) => /^[0-9a-f]{2}$/.test(p))).toBe(true);
    // and nothing else appeared anywhere in the test's folder
    const afterList = listAll(t.dir).filter((p) => !p.startsWith('data/bukti') && !p.startsWith('data/satgas.db'));
    expect(afterList).toEqual(before);
  });

  it('refuses a file that is no picture, PDF or video, with the user\'s name in the message', async () => {
    const t = await start();
    const w = await world(t);
    const f = await record(t, w);
    const exe = await t.choose('foto.jpg', Buffer.from('MZ\x90\x00 not an image'), 'evidence');
    const r = await t.dispatch('findings.evidenceAdd', { findingId: f.id, files: [{ ref: exe.ref, caption: '' }] });
    expect(r).toMatchObject({ ok: false, error: { code: 'evidence-type-unknown', message: expect.stringContaining('foto.jpg') } });
  });
});
