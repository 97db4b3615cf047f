// Reading findings: one row → FindingSummary (with what is derived: classification, stage, deadlines), the list
// with its filters, one finding in full.
import type { Query, Row } from '../db/database';
import { getElection } from '../elections/service';
import type { Election, IsoDate } from '../elections/types';
import { UserError } from '../errors';
import type { Employment, PositionType } from '../staff/types';
import { evidenceOf } from './evidence';
import { auditOf } from './audit';
import { getViolationType, listViolationTypes } from './catalog';
import { classify } from './classify';
import { deadlinesOf, nextDeadline } from './deadlines';
import { holidaySet } from './holidays';
import { orderSteps, stageOf } from './stages';
import type {
  ChronologyEntry, FindingDetail, FindingFilter, FindingSource, FindingStage, FindingStep, FindingSummary, StepKind, ViolationType,
} from './types';

const str = (v: Row[string] | undefined): string | null => (v === null || v === undefined ? null : String(v));

function rowToStep(r: Row): FindingStep {
  return { id: Number(r.id), kind: String(r.kind) as StepKind, date: String(r.date), actor: String(r.actor), note: String(r.note), stageAfter: String(r.stage_after) as FindingStage };
}

export function stepsOf(q: Query, findingId: number): FindingStep[] {
  return orderSteps(q.all('SELECT * FROM finding_step WHERE finding_id = ?', [findingId]).map(rowToStep));
}

export function chronologyOf(q: Query, findingId: number): ChronologyEntry[] {
  return q.all('SELECT id, date, text FROM finding_chronology WHERE finding_id = ? ORDER BY date, id', [findingId])
    .map((r) => ({ id: Number(r.id), date: String(r.date), text: String(r.text) }));
}

/** What summaries need from other tables, read once for a whole list. */
interface Lookups {
  types: Map<number, ViolationType>;
  elections: Map<number, Election>;
  holidays: Set<IsoDate>;
  steps: Map<number, FindingStep[]>;
  evidence: Map<number, number>;
}

function lookups(q: Query, findingIds: number[] | null): Lookups {
  const where = findingIds === null ? '' : ' WHERE finding_id IN (SELECT value FROM json_each(?))';
  const params = findingIds === null ? undefined : [JSON.stringify(findingIds)];
  const steps = new Map<number, FindingStep[]>();
  for (const r of q.all(`SELECT * FROM finding_step${where}`, params)) {
    const list = steps.get(Number(r.finding_id)) ?? [];
    list.push(rowToStep(r));
    steps.set(Number(r.finding_id), list);
  }
  for (const [id, list] of steps) steps.set(id, orderSteps(list));
  return {
    types: new Map(listViolationTypes(q).map((t) => [t.id, t])),
    elections: new Map(),
    holidays: holidaySet(q),
    steps,
    evidence: evidenceCounts(q, where, params),
  };
}

function evidenceCounts(q: Query, where: string, params: string[] | undefined): Map<number, number> {
  return new Map(q.all(`SELECT finding_id, COUNT(*) AS n FROM finding_evidence${where} GROUP BY finding_id`, params).map((r) => [Number(r.finding_id), Number(r.n)]));
}

function electionOf(q: Query, id: number | null, cache: Map<number, Election>): Election | null {
  if (id === null) return null;
  const found = cache.get(id) ?? getElection(q, id);
  cache.set(id, found);
  return found;
}

function toSummary(q: Query, r: Row, l: Lookups, today: IsoDate): FindingSummary {
  const id = Number(r.id);
  const type = l.types.get(Number(r.violation_type_id)) ?? getViolationType(q, Number(r.violation_type_id));
  const employment = String(r.person_employment) as Employment;
  const electionId = r.election_id === null ? null : Number(r.election_id);
  const steps = l.steps.get(id) ?? [];
  const knownDate = String(r.known_date);
  const actDate = String(r.act_date);
  return {
    id,
    electionId,
    person: {
      staffId: r.staff_id === null ? null : Number(r.staff_id), name: String(r.person_name), nip: str(r.person_nip), nik: str(r.person_nik),
      position: String(r.person_position), positionType: String(r.person_position_type) as PositionType, unit: String(r.person_unit), employment,
    },
    violationTypeId: type.id,
    violationCode: type.code,
    violationAct: type.act,
    violationRetired: type.retired,
    knownDate,
    actDate,
    actTime: str(r.act_time),
    actPlace: String(r.act_place),
    source: String(r.source) as FindingSource,
    sourceLink: str(r.source_link),
    sbtNumber: str(r.sbt_number),
    description: String(r.description),
    classification: classify(electionOf(q, electionId, l.elections), actDate, type, employment),
    stage: stageOf(steps),
    closed: steps.some((s) => s.kind === 'CLOSED'),
    nextDeadline: nextDeadline(deadlinesOf(knownDate, steps, l.holidays, today)),
    evidenceCount: l.evidence.get(id) ?? 0,
    updatedAt: String(r.updated_at),
  };
}

export function matchesFilter(f: FindingSummary, filter: FindingFilter): boolean {
  if (filter.stage && f.stage !== filter.stage) return false;
  if (filter.kind && f.classification.kind !== filter.kind) return false;
  if (filter.phase && (f.classification.phase.phase ?? 'NONE') !== filter.phase) return false;
  if (filter.unit && f.person.unit !== filter.unit) return false;
  if (filter.positionType && f.person.positionType !== filter.positionType) return false;
  if (filter.overdue && f.nextDeadline?.state !== 'OVERDUE') return false;
  return true;
}

/** Newest act first; the filters as the list screen and the list export apply them. */
export function listFindings(q: Query, today: IsoDate, filter: FindingFilter = {}): FindingSummary[] {
  const l = lookups(q, null);
  return q.all('SELECT * FROM finding ORDER BY act_date DESC, id DESC')
    .map((r) => toSummary(q, r, l, today))
    .filter((f) => matchesFilter(f, filter));
}

export function findingRow(q: Query, id: number): Row {
  const row = q.get('SELECT * FROM finding WHERE id = ?', [id]);
  if (!row) throw new UserError('finding-not-found');
  return row;
}

export function getFinding(q: Query, id: number, today: IsoDate): FindingDetail {
  const row = findingRow(q, id);
  const l = lookups(q, [id]);
  const summary = toSummary(q, row, l, today);
  const steps = l.steps.get(id) ?? [];
  return {
    ...summary,
    violationType: getViolationType(q, summary.violationTypeId),
    chronology: chronologyOf(q, id),
    steps,
    deadlines: deadlinesOf(summary.knownDate, steps, l.holidays, today),
    evidence: evidenceOf(q, id),
    audit: auditOf(q, id),
  };
}
