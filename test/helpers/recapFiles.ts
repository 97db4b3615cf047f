// Recap files for consolidation tests and the bench: figures made up per OPD (staff with NIPs, sessions), written
// by the app's own recap writer, so that each file is exactly what an OPD would send.
import fs from 'node:fs';
import path from 'node:path';
import { PHASES } from '../../electron/core/elections/types';
import type { FindingCounts } from '../../electron/core/findings/types';
import { FINDING_STAGES } from '../../electron/core/findings/types';
import type { FindingCase, RecapFigures, StaffLine } from '../../electron/core/recap/figures';
import { RECAP_FORMAT_VERSION } from '../../electron/core/recap/figures';
import { opdCode } from '../../electron/core/recap/opdCode';
import { recapWorkbook } from '../../electron/core/recap/workbook';
import { EMPLOYMENTS, POSITION_TYPES } from '../../electron/core/staff/types';

export interface MadeUpOpd {
  name: string;
  staff: number;
  /** the first NIP's serial: OPDs with overlapping ranges share NIPs */
  nipStart: number;
  held?: number;
  /** signed pledges (default: half the staff); null = no active election, no pledge figures */
  signed?: number | null;
  /** open findings, each a day older than the one before (the first 3 days old) */
  openFindings?: number;
  from?: string;
  to?: string;
  madeAt?: string;
}

/** A NIP (18 digits) per serial, all different for serials below 100,000. */
export function nipAt(n: number): string {
  return `1980010120050${String(n).padStart(5, '0')}`;
}

const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

function counts(cases: readonly FindingCase[]): FindingCounts {
  const c: FindingCounts = {
    total: cases.length, byViolationType: [{ code: '1', act: 'Memasang spanduk/baliho/alat peraga', count: cases.length }],
    byPositionType: { ...zeros(POSITION_TYPES), PELAKSANA: cases.length }, byPhase: { ...zeros([...PHASES, 'NONE'] as const), CAMPAIGN: cases.length },
    byStage: { ...zeros(FINDING_STAGES), RECORDED: cases.length }, byKind: { ETHICS: 0, DISCIPLINE: cases.length, UNKNOWN: 0 }, recommendations: 0, sanctions: 0,
  };
  return c;
}

export function madeUpFigures(o: MadeUpOpd): RecapFigures {
  const people: StaffLine[] = Array.from({ length: o.staff }, (_, i) => ({
    id: i + 1, name: `Pegawai ${o.name} ${i + 1}`, nip: nipAt(o.nipStart + i), nik: null, employment: i % 10 === 9 ? 'PPPK' : 'PNS',
    positionType: 'PELAKSANA', position: 'Pengadministrasi Umum', rank: 'III/a', unit: `Bidang ${1 + (i % 5)}`,
  }));
  const byEmployment = Object.fromEntries(EMPLOYMENTS.map((e) => [e, people.filter((p) => p.employment === e).length])) as RecapFigures['staff']['byEmployment'];
  const byPositionType = Object.fromEntries(POSITION_TYPES.map((p) => [p, p === 'PELAKSANA' ? o.staff : 0])) as RecapFigures['staff']['byPositionType'];
  const units = [...new Set(people.map((p) => p.unit))].sort().map((name) => ({ name, active: people.filter((p) => p.unit === name).length }));
  const held = o.held ?? 1;
  const signed = o.signed === undefined ? Math.floor(o.staff / 2) : o.signed;
  const to = o.to ?? '2024-09-29';
  const cases: FindingCase[] = Array.from({ length: o.openFindings ?? 0 }, (_, i) => ({
    id: i + 1, knownDate: '2024-09-26', actDate: '2024-09-25', violationCode: '1', violationAct: 'Memasang spanduk/baliho/alat peraga',
    positionType: 'PELAKSANA', phase: 'CAMPAIGN', stage: 'RECORDED', closed: false, ageDays: 3 + i, name: people[i]?.name ?? 'X', nip: people[i]?.nip ?? null, nik: null,
  }));
  return {
    formatVersion: RECAP_FORMAT_VERSION, appVersion: '0.1.0', madeAt: o.madeAt ?? '2024-09-30T01:00:00.000Z',
    opd: { name: o.name, code: opdCode(o.name), regency: 'Kabupaten Pamekasan' },
    period: { from: o.from ?? '2024-09-23', to: o.to ?? '2024-09-29' },
    election: { name: 'Pilkada Serentak 2024', phase: 'CAMPAIGN' },
    staff: { active: o.staff, byEmployment, byPositionType, units, people: [...people].sort((a, b) => (a.unit ?? '').localeCompare(b.unit ?? '')) },
    sessions: { held: { period: held, cumulative: held + 1 }, planned: { period: 1, cumulative: 2 }, cancelled: { period: 0, cumulative: 0 }, list: [] },
    pledges: signed === null ? null : {
      target: o.staff, signed: { period: signed, cumulative: signed }, notSigned: o.staff - signed, deadline: to,
      byEmployment: Object.fromEntries(EMPLOYMENTS.map((e) => [e, { target: byEmployment[e], signed: e === 'PNS' ? signed : 0 }])) as NonNullable<RecapFigures['pledges']>['byEmployment'],
      units: units.map((u, i) => ({ name: u.name, target: u.active, signed: i === 0 ? Math.min(signed, u.active) : 0 })),
    },
    findings: { period: counts(cases), cumulative: counts(cases), cases },
  };
}

/** Writes the OPD's recap into `dir` under `file` (default: the name the app suggests); answers its path. */
export async function writeMadeUpRecap(dir: string, o: MadeUpOpd, file?: string): Promise<string> {
  const made = await recapWorkbook(madeUpFigures(o), { paper: 'A4', includeIdentities: false });
  const target = path.join(dir, file ?? made.fileName);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(target, made.bytes);
  return target;
}
