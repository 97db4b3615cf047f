// "Pegawai": the roster. Loaded once, searched, filtered and sorted in memory, shown in a virtualized table whose
// columns can be hidden and resized; add/edit (and remove a person added by mistake), mark as left (with undo),
// units, the Excel import wizard and the undo of the last import, and the list as shown exported to Excel or
// printed. Its head (RosterHeader), toolbar (RosterToolbar) and export (useRosterExport) are beside it.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { Button, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ImportResult, LastImport, UndoResult } from '../../../../electron/core/staff/import/previewTypes';
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
import { ExportDialog } from './ExportDialog';
import { PrintRoster } from './PrintRoster';
import { DEFAULT_SORT, sortStaff } from './sortStaff';
import type { SortState } from './sortStaff';
import { UndoImportDialog } from './UndoImportDialog';
import { useColumns } from './useColumns';
import { MarkLeftDialog } from './MarkLeftDialog';
import { RosterHeader } from './RosterHeader';
import { RosterToolbar } from './RosterToolbar';
import { filterByPledge, pledgeColumn, usePledgeStatus } from './pledgeStatus';
import type { PledgeFilter } from './pledgeStatus';
import { gridTemplate } from './columns';
import { StaffDialog } from './StaffDialog';
import { StaffTable } from './StaffTable';
import type { StaffTableHandle } from './StaffTable';
import { UnitsPanel } from './UnitsPanel';
import { useFail } from '../../lib/useFail';
import { useRoster } from './useRoster';
import { useRosterExport } from './useRosterExport';
import { useSearchShortcut } from './useSearchShortcut';
import type { ScreenProps } from '../../screens';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '10px', padding: '12px 20px 8px', height: '100%', minHeight: 0 },
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
  const [undoOpen, setUndoOpen] = useState(false);
  const [sort, setSort] = useState<SortState>(DEFAULT_SORT);
  const columns = useColumns();
  const [pledge, setPledge] = useState<PledgeFilter>('ALL');
  const signedOn = usePledgeStatus(roster.index);
  const tableColumns = useMemo(() => (signedOn ? [...columns.columns, pledgeColumn(signedOn)] : columns.columns), [columns.columns, signedOn]);
  const searchRef = useRef<HTMLInputElement>(null);
  const tableRef = useRef<StaffTableHandle>(null);
  const selectFirst = useRef(false);

  const rows = useMemo(() => sortStaff(filterByPledge(filterStaff(roster.index, query, filters), signedOn, pledge), sort), [roster.index, query, filters, sort, signedOn, pledge]);
  const selected = useMemo(() => rows.find((s) => s.id === selectedId), [rows, selectedId]);
  const exporting = useRosterExport({ rows, columns: columns.columns, query, filters, units: roster.units });

  // typing a search selects the first match, so Enter opens it
  useEffect(() => {
    if (!selectFirst.current) return;
    selectFirst.current = false;
    setSelectedId(rows[0]?.id ?? null);
  }, [rows]);

  useSearchShortcut(searchRef, editing !== undefined || leaving !== null || unitsOpen || importOpen || undoOpen || exporting.mode !== null);

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
    const done = fill(r.wizard.done, {
      created: formatCount(result.created), updated: formatCount(result.updated), unchanged: formatCount(result.unchanged),
      refused: formatCount(result.refused), units: formatCount(result.unitsCreated),
    });
    const left = result.markedLeft > 0 ? ` ${fill(r.wizard.doneLeft, { count: formatCount(result.markedLeft) })}` : '';
    notify(`${done}${left}`, 'success', { label: r.undo.toastAction, onClick: () => setUndoOpen(true) });
    void roster.reload();
  };

  const onUndone = (result: UndoResult, last: LastImport) => {
    setUndoOpen(false);
    notify(fill(r.undo.done, {
      file: last.fileName, removed: formatCount(result.removed), restored: formatCount(result.restored), reactivated: formatCount(result.reactivated),
    }));
    void roster.reload();
  };

  const onRemoved = (staff: Staff) => {
    const at = rows.findIndex((s) => s.id === staff.id);
    setSelectedId((rows[at + 1] ?? rows[at - 1])?.id ?? null);
    roster.drop(staff.id);
    setEditing(undefined);
    notify(fill(r.remove.done, { name: staff.name }));
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
      <RosterHeader readOnly={readOnly} empty={empty} shown={rows.length} total={roster.staff.length} columns={columns}
        onAdd={() => setEditing(null)} onImport={() => setImportOpen(true)} onExport={exporting.open} onUnits={() => setUnitsOpen(true)}
        onUndoImport={() => setUndoOpen(true)} onTemplate={() => void downloadTemplate()} />

      {empty ? (
        <EmptyRoster readOnly={readOnly} onImport={() => setImportOpen(true)} onTemplate={() => void downloadTemplate()} onAdd={() => setEditing(null)} />
      ) : (
        <>
          <RosterToolbar readOnly={readOnly} searchRef={searchRef} query={query} filters={filters} units={roster.units} onQuery={changeQuery}
            onFilters={(f) => { selectFirst.current = true; setFilters(f); }} onSearchKey={onSearchKey}
            signedOn={signedOn} pledge={pledge} onPledge={(p) => { selectFirst.current = true; setPledge(p); }}
            selected={selected} onEdit={open} onMarkLeft={askLeave} onReactivate={(s) => void reactivate(s)} />
          <StaffTable
            ref={tableRef}
            rows={rows}
            columns={tableColumns}
            template={gridTemplate(tableColumns, columns.widths)}
            sort={sort}
            onSort={setSort}
            onResize={columns.setWidth}
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

      <StaffDialog staff={editing} units={roster.units} onClose={() => setEditing(undefined)} onSaved={onSaved} onRemoved={onRemoved} />
      <MarkLeftDialog staff={leaving} onClose={() => setLeaving(null)} onDone={onLeft} />
      <UnitsPanel open={unitsOpen} units={roster.units} readOnly={readOnly} onClose={() => setUnitsOpen(false)}
        onChanged={(what) => void (what === 'created' ? roster.reloadUnits() : roster.reload())} />
      <ImportWizard open={importOpen} onClose={() => setImportOpen(false)} onImported={onImported} onTemplate={() => void downloadTemplate()} />
      <UndoImportDialog open={undoOpen} readOnly={readOnly} onClose={() => setUndoOpen(false)} onUndone={onUndone} />
      <ExportDialog mode={exporting.mode} count={rows.length} columns={columns.columns.map((c) => c.header)} filterNote={exporting.filterNote}
        busy={exporting.busy} onClose={exporting.close} onConfirm={(paper) => void exporting.confirm(paper)} />
      {exporting.printing && (
        <PrintRoster rows={rows} columns={columns.columns} paper={exporting.printing.paper} opdName={exporting.printing.opdName}
          filterNote={exporting.filterNote} onDone={exporting.closePrint} />
      )}
    </div>
  );
}
