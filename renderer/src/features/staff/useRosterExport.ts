// The roster as shown, out of the app: "Ekspor ke Excel" saves the rows and columns on screen as .xlsx
// (staff.exportXlsx); "Cetak daftar" prints them (PrintRoster) under the OPD's name. Both name the search and
// filters in words.
import { useCallback, useMemo, useState } from 'react';
import type { Staff, Unit } from '../../../../electron/core/staff/types';
import { call } from '../../lib/api';
import { useSavedNotice } from '../../lib/files';
import { useFail } from '../../lib/useFail';
import type { Column } from './columns';
import type { Paper } from './ExportDialog';
import { filterNote as describeFilters } from './filterNote';
import type { StaffFilters } from './filterStaff';

export type ExportMode = 'xlsx' | 'print';

export interface RosterExportInput {
  rows: Staff[];
  columns: Column[];
  query: string;
  filters: StaffFilters;
  units: Unit[];
}

export function useRosterExport({ rows, columns, query, filters, units }: RosterExportInput) {
  const savedNotice = useSavedNotice();
  const fail = useFail();
  /** the dialog open, if any */
  const [mode, setMode] = useState<ExportMode | null>(null);
  const [busy, setBusy] = useState(false);
  const [printing, setPrinting] = useState<{ paper: Paper; opdName: string } | null>(null);
  const filterNote = useMemo(() => describeFilters(query, filters, units), [query, filters, units]);

  const confirm = async (paper: Paper) => {
    if (mode === 'print') {
      setMode(null);
      let opdName = '';
      try {
        opdName = (await call('app.status', {})).opdName;
      } catch {
        // printed without the OPD's name
      }
      setPrinting({ paper, opdName });
      return;
    }
    setBusy(true);
    try {
      const result = await call('staff.exportXlsx', { ids: rows.map((s) => s.id), columns: columns.map((c) => c.key), paper, filterNote });
      setMode(null);
      savedNotice(result);
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  const closePrint = useCallback(() => setPrinting(null), []);

  return { mode, open: setMode, close: () => setMode(null), busy, confirm, printing, closePrint, filterNote };
}
