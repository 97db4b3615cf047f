// Coverage of the pledge for an election on a date: who must sign (the target: active staff of the chosen kinds;
// someone who left counts until the day before their leaving date) and who has (a signature on or before that
// date, on a text version that still counts), overall, per unit, per employment kind and per position type, with
// the berjenjang flags. Plain numbers, for Beranda, the Ikrar screen and the recap (issue 12).
import type { Query } from '../db/database';
import { getElection } from '../elections/service';
import type { IsoDate } from '../elections/types';
import type { Employment, PositionType } from '../staff/types';
import { EMPLOYMENTS, POSITION_TYPES } from '../staff/types';
import { daysBetween, getCampaign } from './campaign';
import { findHeads } from './heads';
import { firstCountingVersion } from './texts';
import type { CoverageCount, HeadStatus, PledgeCoverage, UnitCoverage } from './types';

function count(target: number, signed: number): CoverageCount {
  return { target, signed, notSigned: target - signed, percent: target === 0 ? 0 : Math.round((signed / target) * 1000) / 10 };
}

/** The target on `asOf` as SQL (parameters $asOf, $kinds): staff rows `s`. */
export const TARGET_WHERE = `(s.status = 'ACTIVE' OR (s.status = 'LEFT' AND s.left_date > $asOf))
  AND ($kinds IS NULL OR s.employment IN (SELECT value FROM json_each($kinds)))`;

/** The people who signed (a signature that counts on $asOf), as SQL (parameters $election, $asOf, $version). */
export const SIGNED_IDS = `SELECT p.staff_id FROM pledge_signature p JOIN pledge_text t ON t.id = p.text_id
  WHERE p.election_id = $election AND p.signed_on <= $asOf AND t.version >= $version`;

/** The same, for one staff row `s` (an index lookup per person: faster than building the list once). */
const SIGNED_EXISTS = `EXISTS (SELECT 1 FROM pledge_signature p WHERE p.staff_id = s.id AND p.election_id = $election AND p.signed_on <= $asOf
  AND p.text_id IN (SELECT id FROM pledge_text WHERE version >= $version))`;

export function coverageParams(q: Query, electionId: number, asOf: IsoDate): Record<string, string | number | null> {
  const { targetKinds } = getCampaign(q, electionId);
  return { $election: electionId, $asOf: asOf, $kinds: targetKinds === null ? null : JSON.stringify(targetKinds), $version: firstCountingVersion(q) };
}

export function pledgeCoverage(q: Query, electionId: number, asOf: IsoDate): PledgeCoverage {
  getElection(q, electionId);
  const campaign = getCampaign(q, electionId);
  const params = coverageParams(q, electionId, asOf);
  const groups = q.all<{ unit_id: number | null; unit_name: string | null; employment: string; position_type: string; n: number; s: number }>(`
    SELECT s.unit_id, u.name AS unit_name, s.employment, s.position_type, COUNT(*) AS n, SUM(${SIGNED_EXISTS}) AS s
    FROM staff s LEFT JOIN unit u ON u.id = s.unit_id WHERE ${TARGET_WHERE}
    GROUP BY s.unit_id, s.employment, s.position_type`, params);

  const sum = <K>(key: (g: (typeof groups)[number]) => K) => {
    const m = new Map<K, { n: number; s: number; name: string | null }>();
    for (const g of groups) {
      const k = key(g);
      const v = m.get(k) ?? { n: 0, s: 0, name: g.unit_name };
      v.n += Number(g.n);
      v.s += Number(g.s);
      m.set(k, v);
    }
    return m;
  };

  // heads in the target, and whether they signed
  const heads = findHeads(q);
  const headIds = [...(heads.opd === null ? [] : [heads.opd]), ...heads.units.values()];
  const headRows = q.all<{ id: number; name: string; position: string | null; signed: number }>(`
    SELECT s.id, s.name, s.position, ${SIGNED_EXISTS} AS signed FROM staff s
    WHERE s.id IN (SELECT value FROM json_each($ids)) AND ${TARGET_WHERE}`, { ...params, $ids: JSON.stringify(headIds) });
  const headStatus = new Map(headRows.map((r) => [Number(r.id), { staffId: Number(r.id), name: String(r.name), position: r.position === null ? null : String(r.position), signed: Number(r.signed) === 1 }]));
  const unitHead = (unitId: number | null) => (unitId === null ? null : headStatus.get(heads.units.get(unitId) ?? -1) ?? null);

  const all = sum(() => 0).get(0) ?? { n: 0, s: 0 };
  const units: UnitCoverage[] = [...sum((g) => (g.unit_id === null ? null : Number(g.unit_id)))].map(([unitId, v]) => ({
    unitId, unitName: unitId === null ? null : v.name, ...count(v.n, v.s), head: unitHead(unitId),
  }));
  units.sort((a, b) => a.percent - b.percent || b.notSigned - a.notSigned || (a.unitName ?? '\uffff').localeCompare(b.unitName ?? '\uffff', 'id'));
  const headOfOpd = heads.opd === null ? null : headStatus.get(heads.opd) ?? null;
  return {
    electionId,
    asOf,
    deadline: campaign.deadline,
    daysLeft: campaign.deadline === null ? null : daysBetween(asOf, campaign.deadline),
    targetKinds: campaign.targetKinds,
    overall: count(all.n, all.s),
    units,
    employment: [...sum((g) => g.employment as Employment)].map(([kind, v]) => ({ kind, ...count(v.n, v.s) }))
      .sort((a, b) => EMPLOYMENTS.indexOf(a.kind) - EMPLOYMENTS.indexOf(b.kind)),
    positionTypes: [...sum((g) => g.position_type as PositionType)].map(([positionType, v]) => ({ positionType, ...count(v.n, v.s) }))
      .sort((a, b) => POSITION_TYPES.indexOf(a.positionType) - POSITION_TYPES.indexOf(b.positionType)),
    headOfOpd,
    headsNotSigned: [...(headOfOpd ? [headOfOpd] : []), ...units.map((u) => u.head).filter((h): h is HeadStatus => h !== null)].filter((h) => !h.signed),
  };
}
