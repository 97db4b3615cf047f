// The phase of a date in the Pilkada serentak 2024 calendar, on every boundary: the day before, the day itself and
// the day after each stage date. The expected phases are written out by hand from PKPU 2/2024, not computed.
import { describe, expect, it } from 'vitest';
import { phaseOf } from '../../../electron/core/elections/phase';
import { PILKADA_2024 } from '../../../electron/core/elections/presets';
import type { ElectionStages, Phase } from '../../../electron/core/elections/types';
import { STAGE_FIELDS } from '../../../electron/core/elections/types';

type Expect = [date: string, phase: Phase, candidatesSet: boolean];

/** stage → [day before, the day, day after] */
const BOUNDARIES: Record<keyof ElectionStages, [Expect, Expect, Expect]> = {
  registrationStart: [['2024-08-26', 'BEFORE_CAMPAIGN', false], ['2024-08-27', 'BEFORE_CAMPAIGN', false], ['2024-08-28', 'BEFORE_CAMPAIGN', false]],
  registrationEnd: [['2024-08-28', 'BEFORE_CAMPAIGN', false], ['2024-08-29', 'BEFORE_CAMPAIGN', false], ['2024-08-30', 'BEFORE_CAMPAIGN', false]],
  candidatesSet: [['2024-09-21', 'BEFORE_CAMPAIGN', false], ['2024-09-22', 'BEFORE_CAMPAIGN', true], ['2024-09-23', 'BEFORE_CAMPAIGN', true]],
  numbersDrawn: [['2024-09-22', 'BEFORE_CAMPAIGN', true], ['2024-09-23', 'BEFORE_CAMPAIGN', true], ['2024-09-24', 'BEFORE_CAMPAIGN', true]],
  campaignStart: [['2024-09-24', 'BEFORE_CAMPAIGN', true], ['2024-09-25', 'CAMPAIGN', true], ['2024-09-26', 'CAMPAIGN', true]],
  campaignEnd: [['2024-11-22', 'CAMPAIGN', true], ['2024-11-23', 'CAMPAIGN', true], ['2024-11-24', 'QUIET', true]],
  quietStart: [['2024-11-23', 'CAMPAIGN', true], ['2024-11-24', 'QUIET', true], ['2024-11-25', 'QUIET', true]],
  quietEnd: [['2024-11-25', 'QUIET', true], ['2024-11-26', 'QUIET', true], ['2024-11-27', 'VOTING', true]],
  votingDay: [['2024-11-26', 'QUIET', true], ['2024-11-27', 'VOTING', true], ['2024-11-28', 'AFTER', true]],
  recapEnd: [['2024-12-15', 'AFTER', true], ['2024-12-16', 'AFTER', true], ['2024-12-17', 'AFTER', true]],
};

const shift = (date: string, days: number) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
};

describe('phase of a date, Pilkada serentak 2024', () => {
  it('the preset carries the PKPU 2/2024 dates', () => {
    expect(PILKADA_2024).toEqual({
      registrationStart: '2024-08-27', registrationEnd: '2024-08-29', candidatesSet: '2024-09-22', numbersDrawn: '2024-09-23',
      campaignStart: '2024-09-25', campaignEnd: '2024-11-23', quietStart: '2024-11-24', quietEnd: '2024-11-26',
      votingDay: '2024-11-27', recapEnd: '2024-12-16',
    });
  });

  it('the table covers the day before, on and after every stage of the preset', () => {
    for (const stage of STAGE_FIELDS) {
      const day = PILKADA_2024[stage]!;
      expect(BOUNDARIES[stage].map(([date]) => date), stage).toEqual([shift(day, -1), day, shift(day, 1)]);
    }
  });

  for (const stage of STAGE_FIELDS) {
    it.each(BOUNDARIES[stage])(`${stage}: %s is %s, candidates set: %s`, (date, phase, candidatesSet) => {
      expect(phaseOf(PILKADA_2024, date)).toEqual({ phase, candidatesSet });
    });
  }

  it('far before and far after, across year ends', () => {
    expect(phaseOf(PILKADA_2024, '2023-12-31')).toEqual({ phase: 'BEFORE_CAMPAIGN', candidatesSet: false });
    expect(phaseOf(PILKADA_2024, '2025-01-01')).toEqual({ phase: 'AFTER', candidatesSet: true });
  });

  it('a blank election has no phase and no candidate status until its dates are filled in', () => {
    const blank = Object.fromEntries(STAGE_FIELDS.map((f) => [f, null])) as unknown as ElectionStages;
    expect(phaseOf(blank, '2024-10-01')).toEqual({ phase: null, candidatesSet: null });
    // the candidates date alone already answers kode etik vs disiplin
    expect(phaseOf({ ...blank, candidatesSet: '2029-01-10' }, '2029-01-09')).toEqual({ phase: null, candidatesSet: false });
    // campaign and voting without a quiet period filled in: the days between are the quiet period
    const partial = { ...blank, campaignStart: '2029-01-01', campaignEnd: '2029-01-31', votingDay: '2029-02-04' };
    expect(['2029-01-31', '2029-02-01', '2029-02-03', '2029-02-04'].map((d) => phaseOf(partial, d).phase)).toEqual(['CAMPAIGN', 'QUIET', 'QUIET', 'VOTING']);
  });
});
