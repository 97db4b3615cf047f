// The search and filters in words, for the exported and printed list: "Unit: Bidang A · Status: Pegawai aktif".
import type { Unit } from '../../../../electron/core/staff/types';
import { fill, ui } from '../../lib/messages';
import { isUnfiltered } from './filterStaff';
import type { StaffFilters } from './filterStaff';
import { employmentLabel } from './labels';

export function filterNote(query: string, filters: StaffFilters, units: readonly Unit[]): string {
  const r = ui.roster;
  if (isUnfiltered(query, filters)) return r.exporting.noFilter;
  const parts: string[] = [];
  if (filters.unitId === 'none') parts.push(`${r.filterUnit}: ${r.noUnit}`);
  else if (filters.unitId !== null) parts.push(`${r.filterUnit}: ${units.find((u) => u.id === filters.unitId)?.name ?? ''}`);
  if (filters.employment) parts.push(`${r.filterEmployment}: ${employmentLabel(filters.employment)}`);
  const status = filters.status ?? 'ALL';
  parts.push(`${r.filterStatus}: ${status === 'ACTIVE' ? r.filterActive : status === 'LEFT' ? r.filterLeft : r.filterAll}`);
  if (query.trim()) parts.push(fill(r.exporting.search, { query: query.trim() }));
  return parts.join(' · ');
}
