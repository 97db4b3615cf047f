// The sheet's rows as printed, virtualized (a session for the whole OPD can have thousands): No, name, NIP/NIK,
// unit, and the two marks as check boxes (a click is one undoable action).
import { useRef } from 'react';
import { Checkbox, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { TickOffRow } from '../../../../electron/core/contract';
import { ui } from '../../lib/messages';

const a = ui.attendance;
const ROW = 34;
const GRID = '52px minmax(200px, 1.5fr) 160px minmax(150px, 1.2fr) 64px 116px';

const useStyles = makeStyles({
  grid: { display: 'flex', flexDirection: 'column', minHeight: 0, flex: '1 1 auto', backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusMedium, boxShadow: tokens.shadow2 },
  header: { display: 'grid', gridTemplateColumns: GRID, fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground3, padding: '6px 0', scrollbarGutter: 'stable', overflow: 'hidden', flex: '0 0 auto' },
  body: { flex: '1 1 auto', minHeight: 0, overflowY: 'auto', scrollbarGutter: 'stable' },
  row: { display: 'grid', gridTemplateColumns: GRID, alignItems: 'center', height: `${ROW}px`, position: 'absolute', left: 0, right: 0, borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  attended: { backgroundColor: tokens.colorPaletteGreenBackground1 },
  cell: { padding: '0 8px', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  no: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', fontWeight: tokens.fontWeightSemibold },
  sub: { color: tokens.colorNeutralForeground3 },
});

export interface SheetRowsProps {
  rows: TickOffRow[];
  readOnly: boolean;
  label: string;
  onToggle: (row: TickOffRow, mark: 'attended' | 'signed', value: boolean) => void;
}

export function SheetRows({ rows, readOnly, label, onToggle }: SheetRowsProps) {
  const styles = useStyles();
  const body = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({ count: rows.length, getScrollElement: () => body.current, estimateSize: () => ROW, overscan: 12, initialRect: { width: 900, height: 500 } });
  return (
    <div className={styles.grid} role="table" aria-label={label} aria-rowcount={rows.length}>
      <div className={styles.header} role="row">
        {[a.colNo, a.colName, a.colNip, a.colUnit, a.colAttended, a.colSigned].map((h, i) => <div key={h} role="columnheader" className={mergeClasses(styles.cell, i === 0 && styles.no)}>{h}</div>)}
      </div>
      <div className={styles.body} ref={body}>
        <div style={{ height: `${virtual.getTotalSize()}px`, position: 'relative' }} role="rowgroup">
          {virtual.getVirtualItems().map((v) => {
            const r = rows[v.index]!;
            return (
              <div key={r.staffId} role="row" aria-rowindex={v.index + 1} data-testid={`tick-row-${r.staffId}`} className={mergeClasses(styles.row, r.attended && styles.attended)} style={{ top: `${v.start}px` }}>
                <div role="cell" className={mergeClasses(styles.cell, styles.no)}>{r.no ?? '+'}</div>
                <div role="cell" className={styles.cell} title={r.name}>{r.name}</div>
                <div role="cell" className={mergeClasses(styles.cell, styles.sub)}>{r.identifier || '—'}</div>
                <div role="cell" className={mergeClasses(styles.cell, styles.sub)} title={r.unitName ?? ''}>{r.unitName ?? '—'}</div>
                <div role="cell" className={styles.cell}>
                  <Checkbox checked={r.attended} disabled={readOnly} aria-label={`${a.colAttended}: ${r.name}`} onChange={(_, d) => onToggle(r, 'attended', d.checked === true)} />
                </div>
                <div role="cell" className={styles.cell}>
                  <Checkbox checked={r.signed} disabled={readOnly} aria-label={`${a.colSigned}: ${r.name}`} onChange={(_, d) => onToggle(r, 'signed', d.checked === true)} />
                </div>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
