// The pledge text: editable by the OPD, each version kept with the date it applies from. Version 1 is DOMAIN.md's
// four usual points (the documents' default), stored the first time a signature or an edit needs it. A new version
// says whether signatures on the earlier ones still count (the default) or must be signed again.
import type { Query, Tx } from '../db/database';
import { UserError } from '../errors';
import { ui } from '../../shared/messages';
import type { IsoDate } from '../elections/types';
import type { PledgeText } from './types';

const FIRST_DAY = '1900-01-01';

function defaultText(): PledgeText {
  return { id: 0, version: 1, points: [...ui.documents.pledge.points], validFrom: FIRST_DAY, earlierCount: true, createdAt: '' };
}

function rowToText(r: Record<string, unknown>): PledgeText {
  return {
    id: Number(r.id), version: Number(r.version), points: (JSON.parse(String(r.points)) as unknown[]).map(String),
    validFrom: String(r.valid_from), earlierCount: Number(r.earlier_count) === 1, createdAt: String(r.created_at),
  };
}

/** Every version, oldest first; the default alone while nothing was stored. */
export function pledgeTexts(q: Query): PledgeText[] {
  const rows = q.all('SELECT * FROM pledge_text ORDER BY version').map(rowToText);
  return rows.length > 0 ? rows : [defaultText()];
}

export function currentPledgeText(q: Query): PledgeText {
  return pledgeTexts(q).at(-1)!;
}

function ensureStored(tx: Tx, now: Date): void {
  if (tx.get('SELECT 1 AS x FROM pledge_text LIMIT 1')) return;
  const d = defaultText();
  tx.run('INSERT INTO pledge_text (version, points, valid_from, earlier_count, created_at) VALUES (1, ?, ?, 1, ?)', [JSON.stringify(d.points), d.validFrom, now.toISOString()]);
}

/** The version a signature made on this date was made on: the latest one that applied from that day or before. */
export function textInForce(tx: Tx, date: IsoDate, now = new Date()): number {
  ensureStored(tx, now);
  const row = tx.get<{ id: number }>('SELECT id FROM pledge_text WHERE valid_from <= ? ORDER BY version DESC LIMIT 1', [date])
    ?? tx.get<{ id: number }>('SELECT id FROM pledge_text ORDER BY version LIMIT 1');
  return Number(row!.id);
}

/** Signatures on a version below this one do not count (a later text said earlier signatures no longer count). */
export function firstCountingVersion(q: Query): number {
  return Number(q.get<{ v: number | null }>('SELECT MAX(version) AS v FROM pledge_text WHERE earlier_count = 0')?.v ?? 1);
}

/** A new version from today. */
export function savePledgeText(tx: Tx, points: readonly string[], earlierCount: boolean, today: IsoDate, now = new Date()): PledgeText {
  const clean = points.map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  if (clean.length === 0) throw new UserError('pledge-text-empty', { field: 'points' });
  ensureStored(tx, now);
  const version = Number(tx.get<{ v: number }>('SELECT MAX(version) AS v FROM pledge_text')!.v) + 1;
  const { lastId } = tx.run('INSERT INTO pledge_text (version, points, valid_from, earlier_count, created_at) VALUES (?, ?, ?, ?, ?)',
    [version, JSON.stringify(clean), today, earlierCount ? 1 : 0, now.toISOString()]);
  tx.audit('PledgeText', lastId, `versi ${version}${earlierCount ? '' : ', tanda tangan sebelumnya tidak berlaku'}`);
  return rowToText(tx.get('SELECT * FROM pledge_text WHERE id = ?', [lastId])!);
}
