// The search box and the unit / employment / status filters above the roster table.
import { forwardRef } from 'react';
import type { KeyboardEvent } from 'react';
import { SearchBox, Select, makeStyles, useRestoreFocusTarget } from '@fluentui/react-components';
import type { Employment, Unit } from '../../../../electron/core/staff/types';
import { fill, ui } from '../../lib/messages';
import type { StaffFilters, StatusFilter } from './filterStaff';
import { EMPLOYMENT_OPTIONS, employmentLabel, formatCount } from './labels';

const useStyles = makeStyles({
  search: { width: '240px', maxWidth: '240px' },
  unit: { width: '220px' },
  employment: { width: '218px' },
  status: { width: '150px' },
});

export interface RosterFiltersProps {
  query: string;
  filters: StaffFilters;
  units: Unit[];
  onQuery: (query: string) => void;
  onFilters: (filters: StaffFilters) => void;
  onSearchKey: (e: KeyboardEvent<HTMLInputElement>) => void;
}

export const RosterFilters = forwardRef<HTMLInputElement, RosterFiltersProps>(function RosterFilters(props, ref) {
  const { query, filters, units, onQuery, onFilters, onSearchKey } = props;
  const styles = useStyles();
  const returnHere = useRestoreFocusTarget();
  const r = ui.roster;
  const unitValue = filters.unitId === null ? 'all' : String(filters.unitId);
  return (
    <>
      <SearchBox
        ref={ref}
        {...returnHere}
        className={styles.search}
        aria-label={r.searchLabel}
        placeholder={r.searchPlaceholder}
        value={query}
        onChange={(_, d) => onQuery(d.value)}
        onKeyDown={onSearchKey}
      />
      <Select className={styles.unit} aria-label={r.filterUnit} value={unitValue}
        onChange={(_, d) => onFilters({ ...filters, unitId: d.value === 'all' ? null : d.value === 'none' ? 'none' : Number(d.value) })}>
        <option value="all">{r.allUnits}</option>
        <option value="none">{r.noUnit}</option>
        {/* the count of active staff per unit */}
        {units.map((u) => <option key={u.id} value={String(u.id)}>{fill(r.unitOption, { name: u.name, count: formatCount(u.activeStaff) })}</option>)}
      </Select>
      <Select className={styles.employment} aria-label={r.filterEmployment} value={filters.employment ?? 'all'}
        onChange={(_, d) => onFilters({ ...filters, employment: d.value === 'all' ? null : d.value as Employment })}>
        <option value="all">{r.allEmployments}</option>
        {EMPLOYMENT_OPTIONS.map((e) => <option key={e} value={e}>{employmentLabel(e)}</option>)}
      </Select>
      <Select className={styles.status} aria-label={r.filterStatus} value={filters.status ?? 'ALL'}
        onChange={(_, d) => onFilters({ ...filters, status: d.value as StatusFilter })}>
        <option value="ACTIVE">{r.filterActive}</option>
        <option value="LEFT">{r.filterLeft}</option>
        <option value="ALL">{r.filterAll}</option>
      </Select>
    </>
  );
});
