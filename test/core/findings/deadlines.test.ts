// The follow-up deadlines: 7 days to report from the day a finding became known, Bawaslu's 3 working days
// (weekends, national holidays and cuti bersama skipped, from the editable holiday table), 7 days to verify; each
// shown as due, due today or overdue against the day it is looked at.
import { describe, expect, it } from 'vitest';
import type { FindingStep, Holiday } from '../../../electron/core/contract';
import { deadlinesOf, nextDeadline } from '../../../electron/core/findings/deadlines';
import { getFinding } from '../../../electron/core/findings/repository';
import { addWorkingDays } from '../../../electron/core/findings/workingDays';
import { value } from '../../helpers/importFlow';
import { sessionPerTest } from '../../helpers/session';
import { record, world } from './helpers';

const start = sessionPerTest();

const step = (id: number, kind: FindingStep['kind'], date: string): FindingStep => ({ id, kind, date, actor: '', note: '', stageAfter: 'RECORDED' });

describe('working days', () => {
  const holidays = new Set(['2024-11-27', '2024-12-25', '2024-12-26']);
  it('skip the weekend', () => {
    // Thursday 21 November 2024 → Fri 22, Mon 25, Tue 26
    expect(addWorkingDays('2024-11-21', 3, holidays)).toBe('2024-11-26');
    // reported on a Saturday: the clock starts on Monday
    expect(addWorkingDays('2024-11-16', 3, holidays)).toBe('2024-11-20');
  });
  it('skip a national holiday and cuti bersama', () => {
    // Monday 25 November → Tue 26, (Wed 27 Pilkada voting day, a holiday), Thu 28, Fri 29
    expect(addWorkingDays('2024-11-25', 3, holidays)).toBe('2024-11-29');
    expect(addWorkingDays('2024-11-25', 3, new Set())).toBe('2024-11-28');
    // Tuesday 24 December → (25 Natal, 26 cuti bersama) Fri 27, (weekend) Mon 30, Tue 31
    expect(addWorkingDays('2024-12-24', 3, holidays)).toBe('2024-12-31');
  });
});

describe('deadline states', () => {
  const steps = [step(1, 'REPORTED_BAWASLU', '2024-11-25')];
  it('are due, due today, overdue, and done once the step that meets them is taken', () => {
    const on = (today: string) => deadlinesOf('2024-11-20', steps, new Set(['2024-11-27']), today);
    expect(on('2024-11-26')).toEqual([
      { kind: 'REPORT_BAWASLU', from: '2024-11-20', due: '2024-11-27', state: 'DONE', metOn: '2024-11-25' },
      { kind: 'BAWASLU_REVIEW', from: '2024-11-25', due: '2024-11-29', state: 'DUE', metOn: null },
    ]);
    expect(on('2024-11-29')[1]!.state).toBe('DUE_TODAY');
    expect(on('2024-12-02')[1]!.state).toBe('OVERDUE');
    expect(nextDeadline(on('2024-12-02'))).toMatchObject({ kind: 'BAWASLU_REVIEW' });
    const met = deadlinesOf('2024-11-20', [...steps, step(2, 'RECOMMENDATION', '2024-11-28')], new Set(['2024-11-27']), '2024-12-02');
    expect(met[1]).toMatchObject({ state: 'DONE', metOn: '2024-11-28' });
    expect(nextDeadline(met)).toBeNull();
  });
  it('give the report 7 days from the day it became known, and verification 7 days from forwarding', () => {
    const none = deadlinesOf('2024-10-02', [], new Set(), '2024-10-09');
    expect(none).toEqual([{ kind: 'REPORT_BAWASLU', from: '2024-10-02', due: '2024-10-09', state: 'DUE_TODAY', metOn: null }]);
    const forwarded = deadlinesOf('2024-10-02', [step(1, 'FORWARDED_BKN', '2024-10-04')], new Set(), '2024-10-12');
    expect(forwarded.find((d) => d.kind === 'VERIFICATION')).toEqual({ kind: 'VERIFICATION', from: '2024-10-04', due: '2024-10-11', state: 'OVERDUE', metOn: null });
    // closing drops the deadlines nobody can meet any more
    expect(deadlinesOf('2024-10-02', [step(1, 'FORWARDED_BKN', '2024-10-04'), step(2, 'CLOSED', '2024-10-05')], new Set(), '2024-10-12')).toEqual([]);
  });
});

describe('the holiday table', () => {
  it('is seeded, editable, and moves the Bawaslu deadline of a finding', async () => {
    const t = await start();
    const w = await world(t);
    const seeded = await value<Holiday[]>(t.dispatch('findings.holidays', {}));
    expect(seeded.find((h) => h.date === '2024-11-27')).toMatchObject({ kind: 'LIBUR' });
    expect(seeded.find((h) => h.date === '2024-12-26')).toMatchObject({ kind: 'CUTI_BERSAMA' });
    const f = await record(t, w, { actDate: '2024-11-20', knownDate: '2024-11-21' });
    await value(t.dispatch('findings.stepAdd', { findingId: f.id, kind: 'REPORTED_BAWASLU', date: '2024-11-25', actor: 'Bawaslu', note: '', stageAfter: null }));
    const due = () => t.workspace.db().read((q) => getFinding(q, f.id, '2024-11-26').deadlines.find((d) => d.kind === 'BAWASLU_REVIEW')?.due);
    expect(due()).toBe('2024-11-29');
    await value(t.dispatch('findings.holidayRemove', { date: '2024-11-27' }));
    expect(due()).toBe('2024-11-28');
    await value(t.dispatch('findings.holidaySave', { date: '2024-11-26', name: 'Cuti bersama daerah', kind: 'CUTI_BERSAMA' }));
    expect(due()).toBe('2024-11-29');
  });
});
