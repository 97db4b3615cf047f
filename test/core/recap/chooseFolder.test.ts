// Choosing a folder of recaps through the platform port (the harness's stand-in: the page's folder upload), as
// the Konsolidasi screen does: files.chooseFolder gives one reference naming the folder; nothing chosen = [].
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChosenFile } from '../../../electron/core/contract';
import { recapSources } from '../../../electron/core/recap/consolidate/sources';
import { value } from '../../helpers/importFlow';
import { sessionPerTest } from '../../helpers/session';

const start = sessionPerTest();

describe('files.chooseFolder', () => {
  it('answers the folder the page uploaded, its files inside, named as the page\'s folder', async () => {
    const t = await start();
    expect(await value<ChosenFile[]>(t.dispatch('files.chooseFolder', { kind: 'recap' }))).toEqual([]);
    for (const name of ['a.xlsx', 'b.xlsx', 'catatan.txt']) {
      const file = path.join(t.dir, 'page', name);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, name);
      t.platform.queueUpload(file);
    }
    t.platform.queueFolderName('Rekap Minggu 39');
    const [chosen] = await value<ChosenFile[]>(t.dispatch('files.chooseFolder', { kind: 'recap' }));
    expect(chosen).toMatchObject({ name: 'Rekap Minggu 39', size: 0 });
    const folder = t.ctx.files.get(chosen!.ref).path;
    expect(fs.readdirSync(folder).sort()).toEqual(['a.xlsx', 'b.xlsx', 'catatan.txt']);
    expect((await recapSources([folder])).map((s) => s.file)).toEqual(['a.xlsx', 'b.xlsx']);
    const refused = await t.dispatch('files.chooseFolder', { kind: 'roster' });
    expect(refused.ok).toBe(false);
  });
});
