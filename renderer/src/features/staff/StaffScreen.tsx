// "Pegawai": the roster. Loaded once, searched, filtered and sorted in memory, shown in a virtualized table whose
// columns can be hidden and resized; add/edit (and remove a person added by mistake), mark as left (with undo),
// units, the Excel import wizard and the undo of the last import, and the list as shown exported to Excel or
// printed.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import {
  Button, Menu, MenuItem, MenuItemCheckbox, MenuList, MenuPopover, MenuTrigger, Select, Spinner, Text, makeStyles, tokens, useRestoreFocusTarget,
} from '@fluentui/react-components';
import type { ImportResult, LastImport, UndoResult } from '../../../../electron/core/staff/import/previewTypes';
import type { Staff } from '../../../../electron/core/staff/types';
import { call } from '../../lib/api';
import { useNotify } from '../../components/toast';
import { fill, ui } from '../../lib/messages';
import { useSavedNotice } from '../../lib/files';
import { EmptyRoster } from './EmptyRoster';
import { DEFAULT_FILTERS, filterStaff, isUnfiltered } from './filterStaff';
import type { StaffFilters } from './filterStaff';
import { ImportWizard } from './ImportWizard';
import { employmentLabel, formatCount, leftReasonLabel } from './labels';
import { ExportDialog } from './ExportDialog';
import type { Paper } from './ExportDialog';
import { PrintRoster } from './PrintRoster';
import { DEFAULT_SORT, sortStaff } from './sortStaff';
import type { SortState } from './sortStaff';
import { UndoImportDialog } from './UndoImportDialog';
import { useColumns } from './useColumns';
import { COLUMNS } from './columns';
import type { ColumnKey } from './columns';
import { MarkLeftDialog } from './MarkLeftDialog';
import { RosterFilters } from './RosterFilters';
import { filterByPledge, pledgeColumn, usePledgeStatus } from './pledgeStatus';
import type { PledgeFilter } from './pledgeStatus';
import { gridTemplate } from './columns';
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
  const [undoOpen, setUndoOpen] = useState(false);
  const [sort, setSort] = useState<SortState>(DEFAULT_SORT);
  const [exporting, setExporting] = useState<'xlsx' | 'print' | null>(null);
  const [exportBusy, setExportBusy] = useState(false);
  const [printing, setPrinting] = useState<{ paper: Paper; opdName: string } | null>(null);
  const columns = useColumns();
  const [pledge, setPledge] = useState<PledgeFilter>('ALL');
  const signedOn = usePledgeStatus(roster.index);
  const tableColumns = useMemo(() => (signedOn ? [...columns.columns, pledgeColumn(signedOn)] : columns.columns), [columns.columns, signedOn]);
  const searchRef = useRef<HTMLInputElement>(null);
  const tableRef = useRef<StaffTableHandle>(null);
  const selectFirst = useRef(false);
  /** on the buttons that open a dialog or panel: focus comes back to them when it closes */
  const returnHere = useRestoreFocusTarget();

  const rows = useMemo(() => sortStaff(filterByPledge(filterStaff(roster.index, query, filters), signedOn, pledge), sort), [roster.index, query, filters, sort, signedOn, pledge]);
  const selected = useMemo(() => rows.find((s) => s.id === selectedId), [rows, selectedId]);

  // typing a search selects the first match, so Enter opens it
  useEffect(() => {
    if (!selectFirst.current) return;
    selectFirst.current = false;
    setSelectedId(rows[0]?.id ?? null);
  }, [rows]);

  const dialogOpen = editing !== undefined || leaving !== null || unitsOpen || importOpen || undoOpen || exporting !== null;
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

  /** the search and filters in words, for the exported and printed list */
  const filterNote = useMemo(() => {
    if (isUnfiltered(query, filters)) return r.exporting.noFilter;
    const parts: string[] = [];
    if (filters.unitId === 'none') parts.push(`${r.filterUnit}: ${r.noUnit}`);
    else if (filters.unitId !== null) parts.push(`${r.filterUnit}: ${roster.units.find((u) => u.id === filters.unitId)?.name ?? ''}`);
    if (filters.employment) parts.push(`${r.filterEmployment}: ${employmentLabel(filters.employment)}`);
    const status = filters.status ?? 'ALL';
    parts.push(`${r.filterStatus}: ${status === 'ACTIVE' ? r.filterActive : status === 'LEFT' ? r.filterLeft : r.filterAll}`);
    if (query.trim()) parts.push(fill(r.exporting.search, { query: query.trim() }));
    return parts.join(' · ');
  }, [query, filters, roster.units, r]);

  const confirmExport = async (paper: Paper) => {
    if (exporting === 'print') {
      setExporting(null);
      let opdName = '';
      try {
        opdName = (await call('app.status', {})).opdName;
      } catch {
        // printed without the OPD's name
      }
      setPrinting({ paper, opdName });
      return;
    }
    setExportBusy(true);
    try {
      const result = await call('staff.exportXlsx', { ids: rows.map((s) => s.id), columns: columns.columns.map((c) => c.key), paper, filterNote });
      setExporting(null);
      savedNotice(result);
    } catch (e) {
      fail(e);
    } finally {
      setExportBusy(false);
    }
  };

  const closePrint = useCallback(() => setPrinting(null), []);

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
          {!empty && <Button {...returnHere} disabled={rows.length === 0} onClick={() => setExporting('xlsx')}>{r.export}</Button>}
          {!empty && <Button {...returnHere} disabled={rows.length === 0} onClick={() => setExporting('print')}>{r.print}</Button>}
          <Button {...returnHere} onClick={() => setUnitsOpen(true)}>{r.units}</Button>
          <Menu>
            <MenuTrigger disableButtonEnhancement>
              <Button {...returnHere} appearance="subtle">{r.more}</Button>
            </MenuTrigger>
            <MenuPopover>
              <MenuList>
                {!empty && (
                  <Menu checkedValues={{ columns: columns.columns.map((c) => c.key) }}
                    onCheckedValueChange={(_, d) => columns.setShown(d.checkedItems as ColumnKey[])}>
                    <MenuTrigger disableButtonEnhancement>
                      <MenuItem>{r.columns}</MenuItem>
                    </MenuTrigger>
                    <MenuPopover>
                      <MenuList aria-label={r.columnsTitle}>
                        {COLUMNS.map((c) => (
                          <MenuItemCheckbox key={c.key} name="columns" value={c.key} disabled={c.fixed}>{c.header}</MenuItemCheckbox>
                        ))}
                        <MenuItem onClick={columns.reset}>{r.columnsReset}</MenuItem>
                      </MenuList>
                    </MenuPopover>
                  </Menu>
                )}
                <MenuItem disabled={readOnly} onClick={() => setUndoOpen(true)}>{r.undoImport}</MenuItem>
                <MenuItem onClick={() => void downloadTemplate()}>{r.template}</MenuItem>
              </MenuList>
            </MenuPopover>
          </Menu>
        </div>
      </div>

      {empty ? (
        <EmptyRoster readOnly={readOnly} onImport={() => setImportOpen(true)} onTemplate={() => void downloadTemplate()} onAdd={() => setEditing(null)} />
      ) : (
        <>
          <div className={styles.toolbar} role="toolbar" aria-label={r.searchLabel}>
            <RosterFilters ref={searchRef} query={query} filters={filters} units={roster.units} onQuery={changeQuery}
              onFilters={(f) => { selectFirst.current = true; setFilters(f); }} onSearchKey={onSearchKey} />
            {signedOn && (
              <Select aria-label={ui.pledges.statusFilter} value={pledge} onChange={(_, d) => { selectFirst.current = true; setPledge(d.value as PledgeFilter); }}>
                <option value="ALL">{`${ui.pledges.statusFilter}: ${ui.pledges.statusAll}`}</option>
                <option value="SIGNED">{ui.pledges.statusSigned}</option>
                <option value="NOT_SIGNED">{ui.pledges.statusNotSigned}</option>
              </Select>
            )}
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
      <ExportDialog mode={exporting} count={rows.length} columns={columns.columns.map((c) => c.header)} filterNote={filterNote}
        busy={exportBusy} onClose={() => setExporting(null)} onConfirm={(paper) => void confirmExport(paper)} />
      {printing && (
        <PrintRoster rows={rows} columns={columns.columns} paper={printing.paper} opdName={printing.opdName} filterNote={filterNote}
          onDone={closePrint} />
      )}
    </div>
  );
}
