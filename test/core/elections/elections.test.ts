// Elections through the dispatcher, as the screen calls them: presets, one active, every date editable and
// checked against the calendar and the order of the stages.
import { describe, expect, it } from 'vitest';
import { activeElection } from '../../../electron/core/elections/service';
import type { Election } from '../../../electron/core/elections/types';
import { sessionPerTest } from '../../helpers/session';

const start = sessionPerTest();

describe('elections', () => {
  it('starts empty; the first election created becomes the active one, later ones do not', async () => {
    const { dispatch } = await start();
    expect(await dispatch('elections.list', {})).toEqual({ ok: true, value: [] });
    expect(await dispatch('elections.active', {})).toEqual({ ok: true, value: null });
    const first = await dispatch('elections.create', { preset: 'PILKADA_2024' });
    expect(first).toMatchObject({ ok: true, value: { name: 'Pilkada Serentak 2024', kind: 'PILKADA', active: true, campaignStart: '2024-09-25', votingDay: '2024-11-27' } });
    const second = await dispatch('elections.create', { preset: 'PEMILU_BLANK' });
    expect(second).toMatchObject({ ok: true, value: { name: 'Pemilu', kind: 'PEMILU', active: false, campaignStart: null, votingDay: null } });
    const active = await dispatch('elections.active', {});
    expect(active).toMatchObject({ ok: true, value: { election: { name: 'Pilkada Serentak 2024' } } });
  });

  it('switches the active election: always exactly one', async () => {
    const { dispatch, workspace } = await start();
    await dispatch('elections.create', { preset: 'PILKADA_2024' });
    const blank = (await dispatch('elections.create', { preset: 'PILKADA_BLANK' })) as { ok: true; value: Election };
    expect(await dispatch('elections.setActive', { id: blank.value.id })).toMatchObject({ ok: true, value: { active: true } });
    const list = (await dispatch('elections.list', {})) as { ok: true; value: Election[] };
    expect(list.value.filter((e) => e.active).map((e) => e.id)).toEqual([blank.value.id]);
    expect(() => workspace.db().write('t', (tx) => tx.run('UPDATE election SET is_active = 1'))).toThrow(/UNIQUE/);
  });

  it('saves edited dates and gives the phase of any day from them', async () => {
    const { dispatch, workspace } = await start();
    const e = ((await dispatch('elections.create', { preset: 'PILKADA_BLANK' })) as { ok: true; value: Election }).value;
    const dates = { registrationStart: null, registrationEnd: null, candidatesSet: '2029-09-20', numbersDrawn: null, campaignStart: '2029-09-25', campaignEnd: '2029-11-20', quietStart: '2029-11-21', quietEnd: '2029-11-23', votingDay: '2029-11-24', recapEnd: null };
    const saved = await dispatch('elections.save', { id: e.id, name: '  Pilkada   Ulang 2029 ', kind: 'PILKADA', ...dates });
    expect(saved).toMatchObject({ ok: true, value: { name: 'Pilkada Ulang 2029', ...dates } });
    const today = workspace.db().read((q) => activeElection(q, '2029-11-22'));
    expect(today?.phase).toEqual({ phase: 'QUIET', candidatesSet: true });
  });

  it.each([
    [{ campaignStart: '2024-02-30' }, 'election-date-invalid', 'campaignStart'],
    [{ registrationEnd: '2024-08-26' }, 'election-date-order', 'registrationEnd'],
    [{ campaignEnd: '2024-09-24' }, 'election-date-order', 'campaignEnd'],
    [{ quietStart: '2024-11-23' }, 'election-date-not-after', 'quietStart'],
    [{ votingDay: '2024-11-26' }, 'election-date-not-after', 'votingDay'],
    [{ recapEnd: '2024-11-26' }, 'election-date-order', 'recapEnd'],
    [{ name: '   ' }, 'required', 'name'],
  ])('refuses %o with %s at its field', async (change, code, field) => {
    const { dispatch } = await start();
    const e = ((await dispatch('elections.create', { preset: 'PILKADA_2024' })) as { ok: true; value: Election }).value;
    const { id, active: _a, updatedAt: _u, ...fields } = e;
    const r = await dispatch('elections.save', { id, ...fields, ...change });
    expect(r).toMatchObject({ ok: false, error: { code, field } });
    if (!r.ok) expect(r.error.message).not.toMatch(/[{}]/);
    expect(await dispatch('elections.list', {})).toMatchObject({ ok: true, value: [{ campaignStart: '2024-09-25', name: 'Pilkada Serentak 2024' }] });
  });

  it('removing the active election makes another one active', async () => {
    const { dispatch } = await start();
    const a = ((await dispatch('elections.create', { preset: 'PILKADA_2024' })) as { ok: true; value: Election }).value;
    const b = ((await dispatch('elections.create', { preset: 'PEMILU_BLANK' })) as { ok: true; value: Election }).value;
    const r = await dispatch('elections.remove', { id: a.id });
    expect(r).toMatchObject({ ok: true, value: [{ id: b.id, active: true }] });
    expect(await dispatch('elections.remove', { id: a.id })).toMatchObject({ ok: false, error: { code: 'election-not-found' } });
  });
});
