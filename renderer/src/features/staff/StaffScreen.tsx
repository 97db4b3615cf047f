// "Pegawai": the roster. Loaded once, searched and filtered in memory, shown in a virtualized table; add/edit,
// mark as left (with undo), units, and the Excel import wizard.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { Button, Spinner, Text, makeStyles, tokens, useRestoreFocusTarget } from '@fluentui/react-components';
import type { ImportResult } from '../../../../electron/core/staff/import/previewTypes';
import type { Staff } from '../../../../electron/core/staff/types';
import { call } from '../../lib/api';
import { useNotify } from '../../components/toast';
import { fill, ui } from '../../lib/messages';
import { useSavedNotice } from '../../lib/files';
import { EmptyRoster } from './EmptyRoster';
import { DEFAULT_FILTERS, filterStaff } from './filterStaff';
import type { StaffFilters } from './filterStaff';
import { ImportWizard } from './ImportWizard';
import { formatCount, leftReasonLabel } from './labels';
import { MarkLeftDialog } from './MarkLeftDialog';
import { RosterFilters } from './RosterFilters';
import { StaffDialog } from './StaffDialog';
import { StaffTable } from './StaffTable';
import type { StaffTableHandle } from './StaffTable';
import { UnitsPanel } from './UnitsPanel';
import { useFail } from '../../lib/useFail';
import { useRoster } from './useRoster';
import type { ScreenProps } from '../../screens';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '10px', padding: '12px 20px 8px', height: '100%', minHeight: 0 },
  head: { display: 'flex', alignItems: 'baseline', gap: '12px', flexWrap: 'wrap' },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  count: { color: tokens.colorNeutralForeground2, fontVariantNumeric: 'tabular-nums' },
  headButtons: { marginLeft: 'auto', display: 'flex', gap: '8px', alignSelf: 'center' },
  toolbar: { display: 'flex', gap: '8px', alignItems: 'center', flexWrap: 'wrap' },
  selection: { marginLeft: 'auto', display: 'flex', gap: '8px' },
  hint: { color: tokens.colorNeutralForeground3 },
  noMatch: { padding: '24px', display: 'flex', flexDirection: 'column', gap: '8px', alignItems: 'flex-start' },
});

export function StaffScreen({ readOnly }: ScreenProps) {
  const styles = useStyles();
  const notify = useNotify();
  const savedNotice = useSavedNotice();
  const fail = useFail();
  const roster = useRoster(fail);
  const r = ui.roster;

  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<StaffFilters>(DEFAULT_FILTERS);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [editing, setEditing] = useState<Staff | null | undefined>(undefined);
  const [leaving, setLeaving] = useState<Staff | null>(null);
  const [unitsOpen, setUnitsOpen] = useState(false);
  const [importOpen, setImportOpen] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const tableRef = useRef<StaffTableHandle>(null);
  const selectFirst = useRef(false);
  /** on the buttons that open a dialog or panel: focus comes back to them when it closes */
  const returnHere = useRestoreFocusTarget();

  const rows = useMemo(() => filterStaff(roster.index, query, filters), [roster.index, query, filters]);
  const selected = useMemo(() => rows.find((s) => s.id === selectedId), [rows, selectedId]);

  // typing a search selects the first match, so Enter opens it
  useEffect(() => {
    if (!selectFirst.current) return;
    selectFirst.current = false;
    setSelectedId(rows[0]?.id ?? null);
  }, [rows]);

  const dialogOpen = editing !== undefined || leaving !== null || unitsOpen || importOpen;
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (dialogOpen || !(e.ctrlKey || e.metaKey) || e.key.toLowerCase() !== 'f') return;
      e.preventDefault();
      searchRef.current?.focus();
      searchRef.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dialogOpen]);

  const changeQuery = (value: string) => {
    selectFirst.current = true;
    setQuery(value);
  };

  const open = useCallback((staff: Staff) => {
    if (!readOnly) setEditing(staff);
  }, [readOnly]);
  const askLeave = useCallback((staff: Staff) => {
    if (!readOnly && staff.status === 'ACTIVE') setLeaving(staff);
  }, [readOnly]);

  const onSearchKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Escape' && query) {
      e.preventDefault();
      changeQuery('');
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      tableRef.current?.focus();
    } else if (e.key === 'Enter' && selected) {
      e.preventDefault();
      open(selected);
    }
  };

  const reactivate = async (staff: Staff) => {
    try {
      const back = await call('staff.reactivate', { id: staff.id });
      roster.put(back);
      notify(fill(r.left.reactivated, { name: back.name }));
    } catch (e) {
      fail(e);
    }
  };

  const onLeft = (staff: Staff) => {
    // keep a neighbour selected when the person drops out of the list
    const at = rows.findIndex((s) => s.id === staff.id);
    const stays = filters.status !== 'ACTIVE';
    setSelectedId(stays ? staff.id : (rows[at + 1] ?? rows[at - 1])?.id ?? null);
    roster.put(staff);
    setLeaving(null);
    let undone = false; // the toast stays a while: a second click must not undo twice
    notify(fill(r.left.done, { name: staff.name, reason: staff.leftReason ? leftReasonLabel(staff.leftReason) : r.statusLeft }), 'success', {
      label: ui.common.undo,
      onClick: () => {
        if (undone) return;
        undone = true;
        void reactivate(staff);
      },
    });
  };

  const onSaved = (staff: Staff, isNew: boolean) => {
    roster.put(staff);
    setSelectedId(staff.id);
    setEditing(undefined);
    notify(fill(isNew ? r.form.added : r.form.saved, { name: staff.name }));
  };

  const onImported = (result: ImportResult) => {
    setImportOpen(false);
    notify(fill(r.wizard.done, {
      created: formatCount(result.created), updated: formatCount(result.updated), unchanged: formatCount(result.unchanged),
      refused: formatCount(result.refused), units: formatCount(result.unitsCreated),
    }));
    void roster.reload();
  };

  const downloadTemplate = async () => {
    try {
      savedNotice(await call('staff.saveTemplate', {}));
    } catch (e) {
      fail(e);
    }
  };

  if (roster.staff === null) return <Spinner label={ui.common.loading} />;

  const empty = roster.staff.length === 0;
  const resetFilters = () => {
    changeQuery('');
    setFilters(DEFAULT_FILTERS);
  };

  return (
    <div className={styles.root}>
      <div className={styles.head}>
        <Text as="h1" className={styles.title}>{r.title}</Text>
        {!empty && (
          <Text className={styles.count} data-testid="roster-count" aria-live="polite">
            {fill(r.count, { shown: formatCount(rows.length), total: formatCount(roster.staff.length) })}
          </Text>
        )}
        <div className={styles.headButtons}>
          {!empty && <Button {...returnHere} appearance="primary" disabled={readOnly} onClick={() => setEditing(null)}>{r.add}</Button>}
          {!empty && <Button {...returnHere} disabled={readOnly} onClick={() => setImportOpen(true)}>{r.import}</Button>}
          <Button {...returnHere} onClick={() => setUnitsOpen(true)}>{r.units}</Button>
          {!empty && <Button appearance="subtle" onClick={() => void downloadTemplate()}>{r.template}</Button>}
        </div>
      </div>

      {empty ? (
        <EmptyRoster readOnly={readOnly} onImport={() => setImportOpen(true)} onTemplate={() => void downloadTemplate()} onAdd={() => setEditing(null)} />
      ) : (
        <>
          <div className={styles.toolbar} role="toolbar" aria-label={r.searchLabel}>
            <RosterFilters ref={searchRef} query={query} filters={filters} units={roster.units} onQuery={changeQuery}
              onFilters={(f) => { selectFirst.current = true; setFilters(f); }} onSearchKey={onSearchKey} />
            <div className={styles.selection}>
              <Button {...returnHere} disabled={readOnly || !selected} onClick={() => selected && open(selected)}>{r.edit}</Button>
              {selected?.status === 'LEFT'
                ? <Button disabled={readOnly} onClick={() => void reactivate(selected)}>{r.reactivate}</Button>
                : <Button {...returnHere} disabled={readOnly || !selected} onClick={() => selected && askLeave(selected)}>{r.markLeft}</Button>}
            </div>
          </div>
          <StaffTable
            ref={tableRef}
            rows={rows}
            selectedId={selectedId}
            onSelect={setSelectedId}
            onOpen={open}
            onMarkLeft={askLeave}
            empty={(
              <div className={styles.noMatch}>
                <Text>{r.noMatch}</Text>
                <Button onClick={resetFilters}>{r.clearFilters}</Button>
              </div>
            )}
          />
          <Text size={200} className={styles.hint}>{r.keyboardHint}</Text>
        </>
      )}

      <StaffDialog staff={editing} units={roster.units} onClose={() => setEditing(undefined)} onSaved={onSaved} />
      <MarkLeftDialog staff={leaving} onClose={() => setLeaving(null)} onDone={onLeft} />
      <UnitsPanel open={unitsOpen} units={roster.units} readOnly={readOnly} onClose={() => setUnitsOpen(false)}
        onChanged={(what) => void (what === 'created' ? roster.reloadUnits() : roster.reload())} />
      <ImportWizard open={importOpen} onClose={() => setImportOpen(false)} onImported={onImported} onTemplate={() => void downloadTemplate()} />
    </div>
  );
}
