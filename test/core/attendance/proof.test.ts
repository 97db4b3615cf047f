// A session's proof through the dispatcher: files chosen through the platform's chooser (kind 'evidence'), stored
// once under their SHA-256 in bukti/ beside the database, listed with the tick-off, removed with their file when
// nothing else refers to it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EvidenceItem, TickOff } from '../../../electron/core/contract';
import { evidenceDirOf, storedPathOf } from '../../../electron/core/evidence/store';
import { value } from '../../helpers/importFlow';
import { encodePng } from '../../helpers/png';
import { sessionPerTest } from '../../helpers/session';
import { smallOpd } from './fixture';

const start = sessionPerTest();

describe('session proof', () => {
  it('attaches photos and scans, the same bytes stored once, and removes them', async () => {
    const t = await start();
    const { session } = await smallOpd(t);
    const photo = encodePng(8, 8, (x, y) => [x * 30, y * 30, 120, 255]);
    const a = await t.choose('Foto kegiatan.png', photo, 'evidence');
    const b = await t.choose('foto yang sama.png', photo, 'evidence');
    const c = await t.choose('daftar hadir ditandatangani.pdf', '%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'evidence');
    const proof = await value<EvidenceItem[]>(t.dispatch('attendance.proofAdd', { sessionId: session.id, refs: [a.ref, b.ref, c.ref] }));
    expect(proof.map((p) => [p.originalName, p.fileKind, p.ext])).toEqual([
      ['Foto kegiatan.png', 'image', 'png'], ['foto yang sama.png', 'image', 'png'], ['daftar hadir ditandatangani.pdf', 'pdf', 'pdf'],
    ]);
    expect(proof[0]!.sha256).toBe(proof[1]!.sha256);
    const dir = evidenceDirOf(t.workspace.options.dbFile);
    const pngFile = storedPathOf(dir, proof[0]!.sha256!, 'png');
    expect(fs.readFileSync(pngFile)).toEqual(photo);
    expect(fs.readdirSync(path.dirname(pngFile))).toHaveLength(1);

    const tick = await value<TickOff>(t.dispatch('attendance.get', { sessionId: session.id }));
    expect(tick.proof.map((p) => p.id)).toEqual(proof.map((p) => p.id));

    // one of the two rows of the same photo goes: the file stays for the other
    await value(t.dispatch('attendance.proofRemove', { sessionId: session.id, evidenceId: proof[0]!.id }));
    expect(fs.existsSync(pngFile)).toBe(true);
    const left = await value<EvidenceItem[]>(t.dispatch('attendance.proofRemove', { sessionId: session.id, evidenceId: proof[1]!.id }));
    expect(left.map((p) => p.originalName)).toEqual(['daftar hadir ditandatangani.pdf']);
    expect(fs.existsSync(pngFile)).toBe(false);

    // a file of a type the store does not take is refused with a message
    const bad = await t.choose('catatan.exe', Buffer.from('MZ\x90\x00not evidence'), 'evidence');
    expect(await t.dispatch('attendance.proofAdd', { sessionId: session.id, refs: [bad.ref] })).toMatchObject({ ok: false });
  });
});
