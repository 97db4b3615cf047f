// Elections: created from a preset, every date editable, exactly one active once any exists.
import type { Query, Row, Tx } from '../db/database';
import { UserError } from '../errors';
import { ui } from '../../shared/messages';
import { formatDateLong } from '../../shared/format';
import { isIsoDate } from './dates';
import { phaseOf } from './phase';
import { presetFields } from './presets';
import type { ActiveElection, Election, ElectionFields, ElectionKind, ElectionPreset, IsoDate, StageField } from './types';
import { STAGE_FIELDS } from './types';

const COLUMN: Record<StageField, string> = {
  registrationStart: 'registration_start', registrationEnd: 'registration_end', candidatesSet: 'candidates_set',
  numbersDrawn: 'numbers_drawn', campaignStart: 'campaign_start', campaignEnd: 'campaign_end', quietStart: 'quiet_start',
  quietEnd: 'quiet_end', votingDay: 'voting_day', recapEnd: 'recap_end',
};

/** Stages after campaignEnd (index 5) and after quietEnd (index 7) must fall strictly later: the quiet period
 * starts after the campaign, the voting day after the quiet period. */
const STRICT_AFTER = [STAGE_FIELDS.indexOf('campaignEnd'), STAGE_FIELDS.indexOf('quietEnd')];

function rowToElection(r: Row): Election {
  const stages = Object.fromEntries(STAGE_FIELDS.map((f) => [f, r[COLUMN[f]] === null ? null : String(r[COLUMN[f]])]));
  return {
    id: Number(r.id), name: String(r.name), kind: String(r.kind) as ElectionKind, active: Number(r.is_active) === 1,
    updatedAt: String(r.updated_at), ...(stages as Record<StageField, IsoDate | null>),
  };
}

export function listElections(q: Query): Election[] {
  return q.all('SELECT * FROM election ORDER BY is_active DESC, voting_day IS NULL, voting_day DESC, id DESC').map(rowToElection);
}

export function getElection(q: Query, id: number): Election {
  const row = q.get('SELECT * FROM election WHERE id = ?', [id]);
  if (!row) throw new UserError('election-not-found');
  return rowToElection(row);
}

export function findActiveElection(q: Query): Election | null {
  const row = q.get('SELECT * FROM election WHERE is_active = 1');
  return row ? rowToElection(row) : null;
}

export function activeElection(q: Query, today: IsoDate): ActiveElection | null {
  const election = findActiveElection(q);
  return election ? { election, today, phase: phaseOf(election, today) } : null;
}

function validate(fields: ElectionFields): ElectionFields {
  const name = fields.name.replace(/\s+/g, ' ').trim();
  if (!name) throw new UserError('required', { label: ui.elections.fieldName, field: 'name' });
  const labels = ui.elections.stages;
  for (const f of STAGE_FIELDS) {
    const v = fields[f];
    if (v !== null && !isIsoDate(v)) throw new UserError('election-date-invalid', { label: labels[f], value: v, field: f });
  }
  const filled = STAGE_FIELDS.map((f, i) => ({ f, i, v: fields[f] })).filter((s): s is { f: StageField; i: number; v: string } => s.v !== null);
  for (let b = 1; b < filled.length; b++) {
    // against the nearest earlier stage first: the message names the date the user most likely meant
    for (let a = b - 1; a >= 0; a--) {
      const earlier = filled[a]!;
      const later = filled[b]!;
      const strict = STRICT_AFTER.some((k) => earlier.i <= k && later.i > k);
      if (later.v < earlier.v || (strict && later.v === earlier.v)) {
        throw new UserError(strict ? 'election-date-not-after' : 'election-date-order', {
          later: labels[later.f], laterDate: formatDateLong(later.v), earlier: labels[earlier.f], earlierDate: formatDateLong(earlier.v), field: later.f,
        });
      }
    }
  }
  return { ...fields, name };
}

function params(fields: ElectionFields): Record<string, string | null> {
  return {
    $name: fields.name, $kind: fields.kind,
    ...Object.fromEntries(STAGE_FIELDS.map((f) => [`$${COLUMN[f]}`, fields[f]])),
  };
}

const STAGE_COLUMNS = STAGE_FIELDS.map((f) => COLUMN[f]);

export function createElection(tx: Tx, preset: ElectionPreset, now = new Date()): Election {
  const fields = presetFields(preset);
  const hasActive = findActiveElection(tx) !== null;
  const at = now.toISOString();
  const { lastId } = tx.run(
    `INSERT INTO election (name, kind, ${STAGE_COLUMNS.join(', ')}, is_active, created_at, updated_at)
     VALUES ($name, $kind, ${STAGE_COLUMNS.map((c) => `$${c}`).join(', ')}, $active, $at, $at)`,
    { ...params(fields), $active: hasActive ? 0 : 1, $at: at },
  );
  tx.audit('Election', lastId, preset);
  return getElection(tx, lastId);
}

export function saveElection(tx: Tx, id: number, input: ElectionFields, now = new Date()): Election {
  getElection(tx, id);
  const fields = validate(input);
  tx.run(
    `UPDATE election SET name = $name, kind = $kind, ${STAGE_COLUMNS.map((c) => `${c} = $${c}`).join(', ')}, updated_at = $at WHERE id = $id`,
    { ...params(fields), $at: now.toISOString(), $id: id },
  );
  tx.audit('Election', id);
  return getElection(tx, id);
}

export function setActiveElection(tx: Tx, id: number): Election {
  getElection(tx, id);
  tx.run('UPDATE election SET is_active = 0 WHERE is_active = 1 AND id <> ?', [id]);
  tx.run('UPDATE election SET is_active = 1 WHERE id = ?', [id]);
  tx.audit('Election', id, 'active');
  return getElection(tx, id);
}

/** Refused while sessions belong to it (their phase comes from it). The active one's place goes to the newest. */
export function removeElection(tx: Tx, id: number): Election[] {
  const election = getElection(tx, id);
  const used = Number(tx.get<{ n: number }>('SELECT COUNT(*) AS n FROM session WHERE election_id = ?', [id])?.n ?? 0);
  if (used > 0) throw new UserError('election-in-use', { name: election.name, count: used });
  tx.run('DELETE FROM election WHERE id = ?', [id]);
  tx.audit('Election', id, `removed: ${election.name}`);
  if (election.active) {
    const next = tx.get<{ id: number }>('SELECT id FROM election ORDER BY voting_day IS NULL, voting_day DESC, id DESC LIMIT 1');
    if (next) tx.run('UPDATE election SET is_active = 1 WHERE id = ?', [Number(next.id)]);
  }
  return listElections(tx);
}
