import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSqlJs } from '../../../electron/core/db/sqlite';
import { emblemPng } from '../../helpers/png';
import { sessionPerTest } from '../../helpers/session';

const start = sessionPerTest();

const BLANK = {
  opdName: '', regency: '', address: '', postcode: '', phone: '', email: '', website: '', headName: '', headNip: '',
  headRank: '', headPosition: '', secretaryName: '', secretaryNip: '',
};


describe('OPD profile', () => {
  it('starts empty and saves every field, NIPs normalised, on disk before the call returns', async () => {
    const { dispatch, workspace: s } = await start();
    expect(await dispatch('profile.get', {})).toMatchObject({ ok: true, value: { ...BLANK, emblem: null, updatedAt: null } });
    const input = {
      ...BLANK, opdName: '  Kecamatan Pademawu ', regency: 'Kabupaten Pamekasan', headNip: "'19680523 199803 1 005",
      secretaryNip: '199102112022212001', email: 'kec.pademawu@pamekasankab.go.id', postcode: '69323',
    };
    const r = await dispatch('profile.save', input);
    expect(r).toMatchObject({ ok: true, value: { opdName: 'Kecamatan Pademawu', headNip: '196805231998031005', secretaryNip: '199102112022212001' } });

    const SQL = await loadSqlJs();
    const disk = new SQL.Database(fs.readFileSync(s.options.dbFile));
    expect(disk.exec('SELECT opd_name, head_nip FROM opd_profile')[0]?.values).toEqual([['Kecamatan Pademawu', '196805231998031005']]);
    expect(disk.exec("SELECT call, entity, entity_id FROM audit_log")[0]?.values).toEqual([['profile.save', 'Profile', '1']]);
    disk.close();
    expect(s.status().opdName).toBe('Kecamatan Pademawu');
  });

  it.each([
    [{ opdName: '' }, 'required', 'opdName'],
    [{ headNip: '19680523199803100' }, 'invalid-nip', 'headNip'],
    [{ secretaryNip: '19681323 199803 1 005' }, 'invalid-nip', 'secretaryNip'],
    [{ email: 'dinas@' }, 'invalid-email', 'email'],
    [{ postcode: '6931' }, 'invalid-postcode', 'postcode'],
  ])('refuses %o with %s at its field', async (change, code, field) => {
    const { dispatch } = await start();
    const r = await dispatch('profile.save', { ...BLANK, opdName: 'Dinas Sosial', ...change });
    expect(r).toMatchObject({ ok: false, error: { code, field } });
    if (!r.ok) expect(r.error.message).not.toMatch(/[{}]/);
  });

  it('stores the chosen emblem in the database, removes it, and the undo puts it back', async () => {
    const { dispatch, choose } = await start();
    const png = emblemPng(40);
    const { ref } = await choose('lambang.png', png, 'emblem');
    const r = await dispatch('profile.setEmblem', { ref });
    expect(r).toMatchObject({ ok: true, value: { emblem: { mime: 'image/png', dataBase64: png.toString('base64') } } });
    expect(await dispatch('profile.clearEmblem', {})).toMatchObject({ ok: true, value: { emblem: null } });
    const back = await dispatch('profile.restoreEmblem', { mime: 'image/png', dataBase64: png.toString('base64') });
    expect(back).toMatchObject({ ok: true, value: { emblem: { mime: 'image/png' } } });
  });

  it('refuses a file that is not an image whatever its name, and one over 2 MB', async () => {
    const { dispatch, choose } = await start();
    const pdf = await choose('lambang.png', Buffer.from('%PDF-1.7\n1 0 obj\n'), 'emblem');
    expect(await dispatch('profile.setEmblem', { ref: pdf.ref })).toMatchObject({ ok: false, error: { code: 'emblem-not-image' } });
    const big = await choose('besar.png', Buffer.concat([emblemPng(8), Buffer.alloc(2 * 1024 * 1024)]), 'emblem');
    expect(await dispatch('profile.setEmblem', { ref: big.ref })).toMatchObject({ ok: false, error: { code: 'emblem-too-large' } });
  });

  it('refuses a file reference it never issued', async () => {
    const { dispatch } = await start();
    const r = await dispatch('profile.setEmblem', { ref: '00000000-0000-4000-8000-000000000000' });
    expect(r).toMatchObject({ ok: false, error: { code: 'file-ref-unknown' } });
  });

  it('saves a chosen emblem with the fields in one transaction (the same save model), and shows it before without writing', async () => {
    const { dispatch, choose } = await start();
    const png = emblemPng(40);
    const { ref } = await choose('lambang.png', png, 'emblem');
    // shown before it is saved: nothing is written
    expect(await dispatch('profile.emblemPreview', { ref })).toMatchObject({ ok: true, value: { mime: 'image/png', dataBase64: png.toString('base64') } });
    expect(await dispatch('profile.get', {})).toMatchObject({ ok: true, value: { emblem: null, updatedAt: null } });
    const pdf = await choose('lambang.png', Buffer.from('%PDF-1.7\n1 0 obj\n'), 'emblem');
    expect(await dispatch('profile.emblemPreview', { ref: pdf.ref })).toMatchObject({ ok: false, error: { code: 'emblem-not-image' } });

    // a field the save refuses keeps the old emblem too
    expect(await dispatch('profile.save', { ...BLANK, opdName: '', emblem: { ref } })).toMatchObject({ ok: false, error: { code: 'required' } });
    expect(await dispatch('profile.get', {})).toMatchObject({ ok: true, value: { emblem: null } });
    expect(await dispatch('profile.save', { ...BLANK, opdName: 'Dinas Sosial', emblem: { ref } }))
      .toMatchObject({ ok: true, value: { opdName: 'Dinas Sosial', emblem: { mime: 'image/png', dataBase64: png.toString('base64') } } });
    // absent = as it is; null = removed
    expect(await dispatch('profile.save', { ...BLANK, opdName: 'Dinas Sosial P3A' })).toMatchObject({ ok: true, value: { emblem: { mime: 'image/png' } } });
    expect(await dispatch('profile.save', { ...BLANK, opdName: 'Dinas Sosial P3A', emblem: null })).toMatchObject({ ok: true, value: { emblem: null } });
  });
});
