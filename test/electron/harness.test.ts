// The web harness's stand-ins for the platform: an upload is what the next files.choose returns, a saved file
// comes back only by a reference this process issued, and both routes need the run's token like the API.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChosenFile } from '../../electron/core/contract';
import { safeFileName } from '../../electron/harness/platform';
import { startHarness } from '../../electron/harness/server';
import type { Harness } from '../../electron/harness/server';
import { makeTempDir } from '../helpers/tempDir';

let harness: Harness | null = null;
afterEach(async () => {
  await harness?.close();
  harness = null;
});

async function open(): Promise<Harness> {
  const root = makeTempDir();
  fs.writeFileSync(path.join(root, 'index.html'), '<html><head></head><body></body></html>');
  harness = await startHarness({ rendererRoot: root, dataDir: makeTempDir(), tempDir: makeTempDir() });
  return harness;
}

function post(h: Harness, url: string, body: string, token: string | null = h.token) {
  return fetch(h.origin + url, { method: 'POST', headers: { 'Content-Type': 'application/octet-stream', ...(token ? { 'X-Satgas-Token': token } : {}) }, body });
}

describe('web harness files', () => {
  it('turns an upload into the next chosen file, with a safe name inside its uploads folder', async () => {
    const h = await open();
    expect((await post(h, `/__harness/upload?name=${encodeURIComponent('..\\..\\CON:evil?.xlsx')}`, 'PK data')).status).toBe(200);
    const chosen = await (await post(h, '/__api/files.choose', JSON.stringify({ kind: 'roster' }))).json() as { ok: true; value: ChosenFile[] };
    expect(chosen.ok).toBe(true);
    expect(chosen.value).toHaveLength(1);
    expect(chosen.value[0]!.size).toBe(7);
    expect(chosen.value[0]!.name).not.toMatch(/[\\/:?]/);
    const file = h.platform.uploadsDir;
    const all = fs.readdirSync(file, { recursive: true }).map(String);
    expect(all.every((f) => path.resolve(file, f).startsWith(file + path.sep))).toBe(true);
    // nothing queued: a cancelled picker chooses nothing
    const none = await (await post(h, '/__api/files.choose', JSON.stringify({ kind: 'roster' }))).json() as { value: unknown[] };
    expect(none.value).toEqual([]);
  });

  it('serves a saved file by its reference only, and only with the token', async () => {
    const h = await open();
    const saved = await (await post(h, '/__api/staff.saveTemplate', '{}')).json() as { ok: true; value: { saved: { ref: string; name: string } } };
    const { ref, name } = saved.value.saved;
    expect(name).toBe('Templat Daftar Pegawai.xlsx');
    const res = await post(h, `/__harness/file/${ref}`, '');
    expect(res.status).toBe(200);
    expect(decodeURIComponent(res.headers.get('x-file-name')!)).toBe(name);
    expect(Buffer.from(await res.arrayBuffer()).subarray(0, 2).toString()).toBe('PK');
    expect((await post(h, `/__harness/file/${ref}`, '', null)).status).toBe(403);
    expect((await post(h, '/__harness/upload?name=a.xlsx', 'x', 'wrong-token')).status).toBe(403);
    expect((await post(h, `/__harness/file/${encodeURIComponent('../../etc/passwd')}`, '')).status).toBe(404);
  });

  it('makes names safe for any folder', () => {
    expect(safeFileName('../../x.xlsx')).toBe('__.._x.xlsx');
    expect(safeFileName('a\u0000b.pdf')).toBe('a_b.pdf');
    expect(safeFileName('')).toBe('berkas');
    expect(safeFileName(`${'n'.repeat(300)}.xlsx`).length).toBe(150);
  });
});
