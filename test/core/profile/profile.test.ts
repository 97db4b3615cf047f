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
    const { dispatch, session: s } = await start();
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

  it('stores the emblem in the database and removes it', async () => {
    const { dispatch } = await start();
    const png = emblemPng(40);
    const r = await dispatch('profile.setEmblem', { mime: 'image/png', dataBase64: png.toString('base64') });
    expect(r).toMatchObject({ ok: true, value: { emblem: { mime: 'image/png', dataBase64: png.toString('base64') } } });
    expect(await dispatch('profile.clearEmblem', {})).toMatchObject({ ok: true, value: { emblem: null } });
  });

  it('refuses a file that is not the image it claims to be, and one over 2 MB', async () => {
    const { dispatch } = await start();
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n').toString('base64');
    expect(await dispatch('profile.setEmblem', { mime: 'image/png', dataBase64: pdf })).toMatchObject({ ok: false, error: { code: 'emblem-not-image' } });
    const big = Buffer.concat([emblemPng(8), Buffer.alloc(2 * 1024 * 1024)]).toString('base64');
    expect(await dispatch('profile.setEmblem', { mime: 'image/png', dataBase64: big })).toMatchObject({ ok: false, error: { code: 'emblem-too-large' } });
  });
});
