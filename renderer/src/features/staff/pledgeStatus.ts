// The pledge on the roster: who signed for the active election (the date of the signature that counts today),
// a filter on it and a column showing it. Read from pledges.staffStatus; the column is on screen only (the
// roster export keeps its own columns).
import { useEffect, useState } from 'react';
import type { Staff } from '../../../../electron/core/staff/types';
import { call } from '../../lib/api';
import { fill, formatDateShort, ui } from '../../lib/messages';
import type { Column, ColumnKey } from './columns';

export type PledgeFilter = 'ALL' | 'SIGNED' | 'NOT_SIGNED';

/** null while there is no active election (no filter, no column) */
export function usePledgeStatus(refreshKey: unknown): Record<number, string> | null {
  const [signedOn, setSignedOn] = useState<Record<number, string> | null>(null);
  useEffect(() => {
    let live = true;
    call('pledges.staffStatus', {}).then((s) => { if (live) setSignedOn(s.electionId === null ? null : s.signedOn); }, () => undefined);
    return () => { live = false; };
  }, [refreshKey]);
  return signedOn;
}

export function filterByPledge(rows: Staff[], signedOn: Record<number, string> | null, want: PledgeFilter): Staff[] {
  if (signedOn === null || want === 'ALL') return rows;
  return rows.filter((s) => (signedOn[s.id] !== undefined) === (want === 'SIGNED'));
}

/** The "Ikrar" column: "Sudah (20/09/2024)" or "Belum". Its key is its own (not an export column). */
export function pledgeColumn(signedOn: Record<number, string>): Column {
  const p = ui.pledges;
  const value = (s: Staff) => (signedOn[s.id] ? fill(p.signedOn, { date: formatDateShort(signedOn[s.id]!) }) : p.notSigned);
  return { key: 'pledge' as ColumnKey, header: p.statusColumn, value, track: '130px', min: 80, shown: true };
}
