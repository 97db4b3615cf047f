// The recap written from a real database and read back by openpyxl (not exceljs): every Ringkasan figure equals
// what the database holds (counted here with SQL of its own), totals are formulas whose cached values are right,
// NIP/NIK are text, dates are dates, names that look like formulas stay inert text, the metadata sheet is very
// hidden and protected, and every sheet is set up to print (F4 = paperSize 14, landscape or portrait, one page
// wide, title rows, the OPD in the page header, page numbers).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Query } from '../../../electron/core/db/database';
import { gatherRecapFigures } from '../../../electron/core/recap/gather';
import { figuresChecksum } from '../../../electron/core/recap/checksum';
import { recapWorkbook } from '../../../electron/core/recap/workbook';
import { findingCounts } from '../../../electron/core/findings/counts';
import { EMPLOYMENTS, POSITION_TYPES } from '../../../electron/core/staff/types';
import { PHASES } from '../../../electron/core/elections/types';
import { FINDING_STAGES } from '../../../electron/core/findings/types';
import { ui } from '../../../electron/shared/messages';
import { FORMULA_NAMES, RECAP_PERIOD, seedRecapDb } from '../../helpers/recapDb';
import type { RecapDb } from '../../helpers/recapDb';
import type { TestWorkspace } from '../../helpers/session';
import { openTestSession } from '../../helpers/session';
import type { SheetBack } from '../../helpers/workbookBack';
import { readBytesBack, sheetOf } from '../../helpers/workbookBack';

const t = ui.recap;
let w: TestWorkspace;
let seeded: RecapDb;
let book: SheetBack[];
let checksum: string;

const count = (q: Query, sql: string, params: (string | number)[] = []) => Number(q.get<{ n: number }>(sql, params)?.n ?? 0);

/** The figures as the database holds them, by key, counted without the recap's code. */
function expectedFigures(q: Query): Map<string, [number | null, number]> {
  const out = new Map<string, [number | null, number]>();
  const active = "FROM staff WHERE status = 'ACTIVE'";
  for (const e of EMPLOYMENTS) out.set(`staff.employment.${e}`, [null, count(q, `SELECT COUNT(*) AS n ${active} AND employment = ?`, [e])]);
  out.set('staff.active', [null, count(q, `SELECT COUNT(*) AS n ${active}`)]);
  for (const p of POSITION_TYPES) out.set(`staff.position.${p}`, [null, count(q, `SELECT COUNT(*) AS n ${active} AND position_type = ?`, [p])]);
  out.set('staff.activeByPosition', [null, count(q, `SELECT COUNT(*) AS n ${active}`)]);
  for (const [key, status] of [['held', 'HELD'], ['planned', 'PLANNED'], ['cancelled', 'CANCELLED']] as const) {
    out.set(`sessions.${key}`, [
      count(q, 'SELECT COUNT(*) AS n FROM session WHERE status = ? AND date BETWEEN ? AND ?', [status, RECAP_PERIOD.from, RECAP_PERIOD.to]),
      count(q, 'SELECT COUNT(*) AS n FROM session WHERE status = ? AND date <= ?', [status, RECAP_PERIOD.to]),
    ]);
  }
  // pledges: no campaign set, so everyone active (or leaving after the period's end) must sign
  const target = "FROM staff s WHERE (s.status = 'ACTIVE' OR s.left_date > $to)";
  const signedBy = (date: string) => `s.id IN (SELECT staff_id FROM pledge_signature WHERE signed_on <= '${date}')`;
  const $ = { $to: RECAP_PERIOD.to };
  const targetN = count(q, `SELECT COUNT(*) AS n ${target}`, $ as never);
  const signedN = count(q, `SELECT COUNT(*) AS n ${target} AND ${signedBy(RECAP_PERIOD.to)}`, $ as never);
  const signedBefore = count(q, `SELECT COUNT(*) AS n ${target} AND ${signedBy('2024-09-22')}`, $ as never);
  out.set('pledges.target', [null, targetN]);
  out.set('pledges.signed', [signedN - signedBefore, signedN]);
  out.set('pledges.notSigned', [null, targetN - signedN]);
  for (const e of EMPLOYMENTS) out.set(`pledges.employment.${e}`, [null, count(q, `SELECT COUNT(*) AS n ${target} AND s.employment = '${e}' AND ${signedBy(RECAP_PERIOD.to)}`, $ as never)]);
  // findings: counted here by act date; the derived ones (kind, phase, stage, follow-up) from the findings area's own counts
  const inPeriod = `act_date BETWEEN '${RECAP_PERIOD.from}' AND '${RECAP_PERIOD.to}'`;
  const upTo = `act_date <= '${RECAP_PERIOD.to}'`;
  const findings = (where: string) => count(q, `SELECT COUNT(*) AS n FROM finding WHERE ${where}`);
  const p = findingCounts(q, RECAP_PERIOD, RECAP_PERIOD.to);
  const c = findingCounts(q, { to: RECAP_PERIOD.to }, RECAP_PERIOD.to);
  out.set('findings.total', [findings(inPeriod), findings(upTo)]);
  for (const k of ['ETHICS', 'DISCIPLINE', 'UNKNOWN'] as const) out.set(`findings.kind.${k}`, [p.byKind[k], c.byKind[k]]);
  out.set('findings.recommendations', [p.recommendations, c.recommendations]);
  out.set('findings.sanctions', [p.sanctions, c.sanctions]);
  for (const type of q.all<{ id: number; code: string }>('SELECT id, code FROM violation_type WHERE retired_at IS NULL ORDER BY sort_order, id')) {
    out.set(`findings.type.${type.code}`, [findings(`${inPeriod} AND violation_type_id = ${type.id}`), findings(`${upTo} AND violation_type_id = ${type.id}`)]);
  }
  for (const pt of POSITION_TYPES) out.set(`findings.position.${pt}`, [findings(`${inPeriod} AND person_position_type = '${pt}'`), findings(`${upTo} AND person_position_type = '${pt}'`)]);
  for (const ph of [...PHASES, 'NONE'] as const) out.set(`findings.phase.${ph}`, [p.byPhase[ph], c.byPhase[ph]]);
  for (const st of FINDING_STAGES) out.set(`findings.stage.${st}`, [p.byStage[st], c.byStage[st]]);
  return out;
}

/** key → [row, period, cumulative] as openpyxl read them, through the metadata sheet's figure table. */
function figuresRead(): Map<string, { row: number; period: unknown; cumulative: unknown }> {
  const meta = sheetOf(book, t.sheetMeta).cells;
  const summary = sheetOf(book, t.sheetSummary).values;
  const start = meta.findIndex((r) => r[0] === 'figure') + 1;
  const out = new Map<string, { row: number; period: unknown; cumulative: unknown }>();
  for (const [key, row] of meta.slice(start)) {
    const r = summary[Number(row) - 1]!;
    out.set(String(key), { row: Number(row), period: r[1], cumulative: r[2] });
  }
  return out;
}

beforeAll(async () => {
  w = await openTestSession();
  seeded = seedRecapDb(w.workspace.db(), 40);
  const figures = w.workspace.db().read((q) => gatherRecapFigures(q, { period: RECAP_PERIOD, appVersion: '1.2.3', now: new Date('2024-09-30T02:00:00Z') }));
  const file = await recapWorkbook(figures, { paper: 'F4', includeIdentities: false });
  checksum = file.checksum;
  expect(file.fileName).toBe('Rekap Satgas Netralitas - Dinas Pendidikan dan Kebudayaan - 2024-09-29.xlsx');
  book = readBytesBack(file.bytes, file.fileName);
}, 60_000);
afterAll(() => w?.workspace.close());

describe('the recap read back by openpyxl', () => {
  it('has its sheets in the documented order, the metadata sheet very hidden and protected', () => {
    expect(book.map((s) => [s.title, s.state])).toEqual([
      [t.sheetSummary, 'visible'], [t.sheetUnits, 'visible'], [t.sheetStaff, 'visible'], [t.sheetSessions, 'visible'], [t.sheetFindings, 'visible'],
      [t.sheetMeta, 'veryHidden'],
    ]);
    expect(sheetOf(book, t.sheetMeta).protected).toBe(true);
    const meta = new Map(sheetOf(book, t.sheetMeta).cells.slice(0, 13).map(([k, v]) => [k, v]));
    expect(Object.fromEntries(meta)).toMatchObject({
      marker: 'satgas-netralitas-recap', appVersion: '1.2.3', opdName: 'Dinas Pendidikan dan Kebudayaan',
      opdCode: 'dinas pendidikan dan kebudayaan', regency: 'Kabupaten Pamekasan', periodFrom: '2024-09-23', periodTo: '2024-09-29', formatVersion: 2,
      periodFromDate: '2024-09-23 00:00:00', includesIdentities: 'no', checksum,
    });
  });

  it('states every figure the database holds, for the period and up to its end', () => {
    const expected = w.workspace.db().read(expectedFigures);
    const read = figuresRead();
    expect([...read.keys()]).toEqual([...expected.keys()]);
    for (const [key, [period, cumulative]] of expected) {
      expect([key, read.get(key)!.period, read.get(key)!.cumulative]).toEqual([key, period, cumulative]);
    }
    // the seed's own facts, so that a query above that counts wrongly cannot agree with a recap that does
    expect(read.get('staff.active')!.cumulative).toBe(38);
    expect(read.get('sessions.held')).toMatchObject({ period: 2, cumulative: 3 });
    expect(read.get('sessions.planned')).toMatchObject({ period: 1, cumulative: 1 });
    expect(read.get('pledges.signed')).toMatchObject({ period: 8, cumulative: 11 });
    expect(read.get('findings.total')).toMatchObject({ period: 3, cumulative: 4 });
    expect(read.get('findings.sanctions')).toMatchObject({ period: 0, cumulative: 1 });
  });

  it('writes totals as SUM formulas with their values cached, and the checksum over what it shows', () => {
    const summary = sheetOf(book, t.sheetSummary);
    const read = figuresRead();
    const total = read.get('staff.active')!;
    expect(summary.cells[total.row - 1]![2]).toMatch(/^=SUM\(C\d+:C\d+\)$/);
    expect(summary.types[total.row - 1]![2]).toBe('f');
    const coverage = summary.cells.findIndex((r) => r[0] === t.pledgesCoverage);
    const [signedRow, targetRow] = [read.get('pledges.signed')!.row, read.get('pledges.target')!.row];
    expect(summary.cells[coverage]![2]).toBe(`=IF(C${targetRow}=0,0,C${signedRow}/C${targetRow})`);
    expect(summary.values[coverage]![2]).toBeCloseTo(11 / 38, 10);
    const units = sheetOf(book, t.sheetUnits);
    const last = units.cells.length;
    expect(units.cells[0]).toEqual([t.colNo, t.colUnit, t.colActive, t.colTarget, t.colSigned, t.colNotSigned, t.colCoverage]);
    expect(units.cells[last - 1]!.slice(2, 6)).toEqual(['C', 'D', 'E', 'F'].map((c) => `=SUM(${c}2:${c}${last - 1})`));
    expect(units.values[last - 1]!.slice(2, 6)).toEqual([38, 38, 11, 27]);
    expect(units.values.slice(1, -1).reduce((s, r) => s + Number(r[2]), 0)).toBe(38);
    expect(units.values.slice(1, -1).reduce((s, r) => s + Number(r[4]), 0)).toBe(11);
    expect(units.values[last - 1]![6]).toBeCloseTo(11 / 38, 10);
    expect(figuresChecksum({
      formatVersion: 2, opdCode: 'dinas pendidikan dan kebudayaan', ...RECAP_PERIOD,
      lines: [...read].map(([key, v]) => ({ key, period: v.period === null ? null : Number(v.period), cumulative: Number(v.cumulative) })),
    })).toBe(checksum);
  });

  it('keeps NIP and NIK as text with every digit, and names that look like formulas as inert text', () => {
    const staff = sheetOf(book, t.sheetStaff);
    expect(staff.cells[0]).toEqual([t.colNo, t.colUnit, t.colName, t.colNip, t.colNik, t.colEmployment, t.colPositionType, t.colPosition, t.colRank, t.colPledge, t.colSignedOn]);
    const rows = staff.cells.slice(1);
    expect(rows).toHaveLength(38);
    const active = seeded.people.filter((_, i) => i !== 5 && i !== 6);
    for (const p of active.filter((x) => x.nip)) {
      const i = rows.findIndex((r) => r[3] === p.nip);
      expect(i, p.nip!).toBeGreaterThanOrEqual(0);
      expect(staff.types[i + 1]![3]).toBe('s');
      expect(staff.formats[i + 1]![3]).toBe('@');
    }
    const nik = rows.findIndex((r) => r[4] === '3528014507900001');
    expect(staff.types[nik + 1]![4]).toBe('s');
    for (const name of FORMULA_NAMES) {
      const i = rows.findIndex((r) => r[2] === name);
      expect([name, staff.types[i + 1]![2], staff.formats[i + 1]![2]]).toEqual([name, 's', '@']);
    }
    const units = sheetOf(book, t.sheetUnits);
    const unit = units.cells.findIndex((r) => r[1] === '=1+1 Unit Rumus');
    expect([units.types[unit]![1], units.formats[unit]![1]]).toEqual(['s', '@']);
    const sessions = sheetOf(book, t.sheetSessions);
    const topic = sessions.cells.findIndex((r) => r[4] === '=Sosialisasi Netralitas ASN');
    expect(sessions.types[topic]![4]).toBe('s');
  });

  it('marks each person\'s pledge, and counts who came and signed at each session', () => {
    const staff = sheetOf(book, t.sheetStaff);
    expect(staff.cells[0]!.slice(9)).toEqual([t.colPledge, t.colSignedOn]);
    const statuses = staff.cells.slice(1).map((r) => r[9]);
    expect(statuses.filter((x) => x === t.pledgeStatus.SIGNED)).toHaveLength(11);
    expect(statuses.filter((x) => x === t.pledgeStatus.NOT_SIGNED)).toHaveLength(27);
    const signed22 = staff.cells.findIndex((r) => r[2] === seeded.people[22]!.name);
    expect(staff.cells[signed22]![9]).toBe(t.pledgeStatus.NOT_SIGNED);
    const signed20 = staff.cells.findIndex((r) => r[2] === seeded.people[20]!.name);
    expect([staff.cells[signed20]![9], staff.cells[signed20]![10], staff.types[signed20]![10]]).toEqual([t.pledgeStatus.SIGNED, '2024-09-26 00:00:00', 'd']);
    const sessions = sheetOf(book, t.sheetSessions);
    expect(sessions.cells[2]!.slice(9)).toEqual([7, 6]);
  });

  it('lists the findings up to the period\'s end without identities, with stage and age', () => {
    const findings = sheetOf(book, t.sheetFindings);
    expect(findings.cells[0]).toEqual([t.colNo, t.colCaseNo, t.colKnownDate, t.colActDate, t.colViolation, t.colPositionType, t.colPhase, t.colStage, t.colOpen, t.colAge]);
    expect(findings.cells.slice(1).map((r) => [r[1], r[7], r[9]])).toEqual([
      [seeded.findings[3], ui.findings.stages.RECORDED, 1], [seeded.findings[2], ui.findings.stages.RECORDED, 3],
      [seeded.findings[1], ui.findings.stages.WAITING_PPK, 5], [seeded.findings[0], ui.findings.stages.SANCTIONED, 18],
    ]);
    const names = seeded.people.slice(30, 34).map((p) => p.name);
    expect(book.flatMap((ws) => ws.title === t.sheetStaff ? [] : ws.cells.flat()).some((v) => names.includes(String(v)))).toBe(false);
  });

  it('writes session dates as real dates shown in Indonesian', () => {
    const sessions = sheetOf(book, t.sheetSessions);
    expect(sessions.cells.slice(1).map((r) => r[1])).toEqual(['2024-09-10', '2024-09-23', '2024-09-25', '2024-09-27', '2024-09-28'].map((d) => `${d} 00:00:00`));
    expect(sessions.types[1]![1]).toBe('d');
    expect(sessions.formats[1]![1]).toBe('[$-421]d mmmm yyyy');
    expect(sessions.cells.slice(1).map((r) => r[7])).toEqual([t.no, t.yes, t.yes, t.yes, t.yes]);
  });

  it('sets up every visible sheet to print on F4, one page wide, with title rows, the OPD and page numbers', () => {
    for (const ws of book.filter((s) => s.state === 'visible')) {
      expect([ws.title, ws.paperSize, ws.fitToPage, ws.fitToWidth]).toEqual([ws.title, 14, true, 1]);
      expect(ws.printTitleRows, ws.title).toMatch(/^\$?\d+:\$?\d+$/);
      expect(ws.header).toContain('DINAS PENDIDIKAN DAN KEBUDAYAAN');
      expect(ws.footerRight).toBe('Halaman &P dari &N');
      expect(ws.frozen).not.toBeNull();
    }
    expect(sheetOf(book, t.sheetStaff).orientation).toBe('landscape');
    expect(sheetOf(book, t.sheetStaff).frozen).toBe('A2');
    expect(sheetOf(book, t.sheetStaff).autoFilter).toBe('A1:K39');
    expect(sheetOf(book, t.sheetSummary).printTitleRows).toBe('$9:$9');
  });
});
