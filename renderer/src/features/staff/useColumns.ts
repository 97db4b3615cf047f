// Which roster columns are shown and how wide, as the user left them on this PC (the page's localStorage: a
// per-PC preference, nothing a backup must carry).
import { useCallback, useEffect, useMemo, useState } from 'react';
import { COLUMNS, COLUMN_BY_KEY, gridTemplate } from './columns';
import type { Column, ColumnKey } from './columns';

const STORE = 'satgas.roster.columns.v1';

interface Saved {
  shown: ColumnKey[];
  widths: Partial<Record<ColumnKey, number>>;
}

const DEFAULTS: Saved = { shown: COLUMNS.filter((c) => c.shown).map((c) => c.key), widths: {} };

function load(): Saved {
  try {
    const raw = globalThis.localStorage?.getItem(STORE);
    if (!raw) return DEFAULTS;
    const parsed = JSON.parse(raw) as Partial<Saved>;
    const shown = (parsed.shown ?? []).filter((k) => COLUMN_BY_KEY.has(k));
    const widths: Saved['widths'] = {};
    for (const [k, w] of Object.entries(parsed.widths ?? {})) {
      const column = COLUMN_BY_KEY.get(k as ColumnKey);
      if (column && typeof w === 'number' && w >= column.min && w <= 2000) widths[column.key] = Math.round(w);
    }
    for (const c of COLUMNS) if (c.fixed && !shown.includes(c.key)) shown.unshift(c.key);
    return { shown: shown.length ? shown : DEFAULTS.shown, widths };
  } catch {
    return DEFAULTS;
  }
}

export interface ColumnsState {
  /** the shown columns, in the table's order */
  columns: Column[];
  template: string;
  widths: Partial<Record<ColumnKey, number>>;
  isShown: (key: ColumnKey) => boolean;
  setShown: (keys: ColumnKey[]) => void;
  setWidth: (key: ColumnKey, width: number | null) => void;
  reset: () => void;
}

export function useColumns(): ColumnsState {
  const [saved, setSaved] = useState<Saved>(load);
  useEffect(() => {
    try {
      globalThis.localStorage?.setItem(STORE, JSON.stringify(saved));
    } catch {
      // private mode or full storage: the layout is simply not remembered
    }
  }, [saved]);
  const columns = useMemo(() => COLUMNS.filter((c) => c.fixed || saved.shown.includes(c.key)), [saved.shown]);
  const setShown = useCallback((keys: ColumnKey[]) => {
    setSaved((s) => ({ ...s, shown: COLUMNS.filter((c) => c.fixed || keys.includes(c.key)).map((c) => c.key) }));
  }, []);
  const setWidth = useCallback((key: ColumnKey, width: number | null) => {
    const column = COLUMN_BY_KEY.get(key);
    if (!column) return;
    setSaved((s) => {
      const widths = { ...s.widths };
      if (width === null) delete widths[key];
      else widths[key] = Math.max(column.min, Math.round(width));
      return { ...s, widths };
    });
  }, []);
  const reset = useCallback(() => setSaved(DEFAULTS), []);
  return {
    columns, template: gridTemplate(columns, saved.widths), widths: saved.widths,
    isShown: (key) => columns.some((c) => c.key === key), setShown, setWidth, reset,
  };
}
