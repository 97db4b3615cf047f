// The import preview's accepted rows, marked Baru / Diperbarui / Tidak berubah; virtualized (a file can hold 10,000).
import { useRef } from 'react';
import { Badge, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { PreviewStaff } from '../../../../electron/core/staff/import/previewTypes';
import { fill, ui } from '../../lib/messages';
import { employmentLabel, fieldLabel, formatIdentifier } from './labels';

const ROW = 30;
const COLUMNS = '56px minmax(150px, 2fr) 184px 136px minmax(130px, 2fr) minmax(110px, 1.3fr) 108px';

const useStyles = makeStyles({
  table: { display: 'flex', flexDirection: 'column', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, minHeight: 0 },
  row: { display: 'grid', gridTemplateColumns: COLUMNS, alignItems: 'center', height: `${ROW}px`, borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  header: {
    fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground3, overflow: 'hidden', scrollbarGutter: 'stable',
    height: 'auto', minHeight: `${ROW}px`, lineHeight: tokens.lineHeightBase200, padding: '2px 0',
  },
  cell: { padding: '0 6px', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  headerCell: { padding: '0 6px', overflow: 'hidden' },
  num: { fontVariantNumeric: 'tabular-nums' },
  body: { overflowY: 'auto', scrollbarGutter: 'stable', position: 'relative' },
});

const w = ui.roster.wizard;
const CHANGE_COLOR = { new: 'success', updated: 'informative', unchanged: 'subtle' } as const;

export function AcceptedRows({ rows, height }: { rows: PreviewStaff[]; height: number }) {
  const styles = useStyles();
  const body = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => body.current, estimateSize: () => ROW, overscan: 8 });
  const cell = mergeClasses(styles.cell);
  return (
    <div className={styles.table} role="table" aria-label={fill(w.acceptedTitle, { count: rows.length })} aria-rowcount={rows.length + 1}>
      <div role="row" className={mergeClasses(styles.row, styles.header)}>
        {[w.colRow, ui.roster.colName, ui.roster.colIdentifier, ui.roster.colEmployment, ui.roster.colPosition, ui.roster.colUnit, w.colChange]
          .map((h) => <div key={h} role="columnheader" className={styles.headerCell}>{h}</div>)}
      </div>
      <div ref={body} className={styles.body} style={{ height: `${Math.min(height, rows.length * ROW + 2)}px` }}>
        <div style={{ height: `${virtualizer.getTotalSize()}px`, position: 'relative' }}>
          {virtualizer.getVirtualItems().map((v) => {
            const s = rows[v.index]!;
            const changed = s.change === 'updated' && s.changedFields.length > 0
              ? fill(w.changedFields, { fields: s.changedFields.map(fieldLabel).join(', ') }) : undefined;
            return (
              <div key={v.key} role="row" aria-rowindex={v.index + 2} className={styles.row}
                style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${v.start}px)` }}>
                <div role="cell" className={mergeClasses(cell, styles.num)}>{s.row}</div>
                <div role="cell" className={cell} title={s.name}>{s.name}</div>
                <div role="cell" className={mergeClasses(cell, styles.num)}>{formatIdentifier(s)}</div>
                <div role="cell" className={cell}>{employmentLabel(s.employment)}</div>
                <div role="cell" className={cell} title={s.position ?? undefined}>{s.position}</div>
                <div role="cell" className={cell} title={s.unit ?? undefined}>{s.unit}</div>
                <div role="cell" className={cell} title={changed}>
                  <Badge appearance="tint" color={CHANGE_COLOR[s.change]}>{w.change[s.change]}</Badge>
                </div>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
