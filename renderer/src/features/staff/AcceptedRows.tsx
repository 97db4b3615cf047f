// The import preview's accepted rows, marked Baru / Diperbarui / Tidak berubah; virtualized (a file can hold
// 10,000). An updated row shows what changes, old → new, on a second line; a row whose unit, jabatan or position
// type was changed by hand in the app shows the app's value and the file's, with "Pakai dari berkas".
import { useRef } from 'react';
import { Badge, Checkbox, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { FieldChange, PreviewStaff } from '../../../../electron/core/staff/import/previewTypes';
import type { Employment, Gender, PositionType } from '../../../../electron/core/staff/types';
import { fill, ui } from '../../lib/messages';
import { isoToDmy } from './dates';
import { employmentLabel, fieldLabel, formatIdentifier, positionTypeLabel } from './labels';

const ROW = 30;
const DETAIL = 22;
const COLUMNS = '48px minmax(150px, 1.7fr) 172px 124px minmax(130px, 1.6fr) minmax(150px, 1.6fr) 128px';

const useStyles = makeStyles({
  table: { display: 'flex', flexDirection: 'column', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, minHeight: 0 },
  row: {
    display: 'grid', gridTemplateColumns: COLUMNS, alignItems: 'center', minHeight: `${ROW}px`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  header: {
    fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground3, overflow: 'hidden', scrollbarGutter: 'stable',
    height: 'auto', minHeight: `${ROW}px`, lineHeight: tokens.lineHeightBase200, padding: '2px 0',
  },
  changed: { backgroundColor: tokens.colorBrandBackground2 },
  conflict: { backgroundColor: tokens.colorPaletteYellowBackground1 },
  cell: { padding: '0 6px', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  headerCell: { padding: '0 6px', overflow: 'hidden' },
  num: { fontVariantNumeric: 'tabular-nums' },
  body: { overflowY: 'auto', scrollbarGutter: 'stable', position: 'relative' },
  detail: {
    gridColumn: '2 / -1', display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '2px 14px', padding: '0 6px 4px',
    fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, minHeight: `${DETAIL}px`,
  },
  from: { color: tokens.colorNeutralForeground3 },
  to: { fontWeight: tokens.fontWeightSemibold },
  label: { color: tokens.colorNeutralForeground2 },
  take: { marginLeft: '-6px' },
  empty: { padding: '10px 8px', color: tokens.colorNeutralForeground3 },
});

const w = ui.roster.wizard;
const CHANGE_COLOR = { new: 'success', updated: 'informative', unchanged: 'subtle' } as const;

/** A stored value as the screen words it. */
export function displayValue(field: string, value: string | null): string {
  if (value === null || value === '') return w.emptyValue;
  switch (field) {
    case 'employment': return employmentLabel(value as Employment);
    case 'positionType': return positionTypeLabel(value as PositionType);
    case 'gender': return ui.roster.gender[value as Gender] ?? value;
    case 'birthDate': return isoToDmy(value);
    default: return value;
  }
}

/** The changes worth a line: the rank's name goes with the rank. */
function shownChanges(changes: readonly FieldChange[]): FieldChange[] {
  const rank = changes.some((c) => c.field === 'rank');
  return changes.filter((c) => !(rank && c.field === 'rankName'));
}

/** `Pangkat/Gol: IV/a → IV/b` */
export function changeText(c: FieldChange): string {
  return `${fieldLabel(c.field)}: ${displayValue(c.field, c.from)} → ${displayValue(c.field, c.to)}`;
}

export function hasDetail(s: PreviewStaff): boolean {
  return s.changes.length > 0 || s.conflicts.length > 0;
}

export interface AcceptedRowsProps {
  rows: PreviewStaff[];
  height: number;
  /** whether the file's values are taken for this person's hand-set fields */
  takes: (s: PreviewStaff) => boolean;
  onTake: (staffId: number, take: boolean) => void;
  /** the filter left nothing to show */
  emptyText?: string;
}

export function AcceptedRows({ rows, height, takes, onTake, emptyText }: AcceptedRowsProps) {
  const styles = useStyles();
  const body = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length, getScrollElement: () => body.current, overscan: 8,
    estimateSize: (i) => ROW + (rows[i] && hasDetail(rows[i]!) ? DETAIL : 0),
    getItemKey: (i) => `${rows[i]?.row ?? i}-${rows[i]?.name ?? ''}`,
  });
  const cell = styles.cell;
  const estimated = rows.reduce((n, s) => n + ROW + (hasDetail(s) ? DETAIL : 0), 0);
  return (
    <div className={styles.table} role="table" aria-label={fill(w.acceptedTitle, { count: rows.length })} aria-rowcount={rows.length + 1}>
      <div role="row" className={mergeClasses(styles.row, styles.header)}>
        {[w.colRow, ui.roster.colName, ui.roster.colIdentifier, ui.roster.colEmployment, ui.roster.colPosition, ui.roster.colUnit, w.colChange]
          .map((h) => <div key={h} role="columnheader" className={styles.headerCell}>{h}</div>)}
      </div>
      {rows.length === 0 && emptyText && <div className={styles.empty}>{emptyText}</div>}
      <div ref={body} className={styles.body} style={{ height: `${Math.min(height, estimated + 2)}px` }}>
        <div style={{ height: `${virtualizer.getTotalSize()}px`, position: 'relative' }}>
          {virtualizer.getVirtualItems().map((v) => {
            const s = rows[v.index]!;
            const changes = shownChanges(s.changes);
            const conflict = s.conflicts.length > 0;
            const take = conflict && takes(s);
            return (
              <div key={v.key} ref={virtualizer.measureElement} data-index={v.index} role="row" aria-rowindex={v.index + 2}
                data-testid={`accepted-${s.row}`}
                className={mergeClasses(styles.row, changes.length > 0 && styles.changed, conflict && styles.conflict)}
                style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${v.start}px)` }}>
                <div role="cell" className={mergeClasses(cell, styles.num)}>{s.row}</div>
                <div role="cell" className={cell} title={s.name}>{s.name}</div>
                <div role="cell" className={mergeClasses(cell, styles.num)}>{formatIdentifier(s)}</div>
                <div role="cell" className={cell}>{employmentLabel(s.employment)}</div>
                <div role="cell" className={cell} title={s.position ?? undefined}>{s.position}</div>
                <div role="cell" className={cell} title={s.unit ?? undefined}>{s.unit}</div>
                <div role="cell" className={cell}>
                  <Badge appearance="tint" color={conflict ? 'warning' : CHANGE_COLOR[s.change]}>{conflict && s.change === 'unchanged' ? w.countConflicts : w.change[s.change]}</Badge>
                </div>
                {(changes.length > 0 || conflict) && (
                  <div role="cell" className={styles.detail} data-testid="row-changes">
                    {changes.map((c) => (
                      <span key={c.field} title={changeText(c)}>
                        <span className={styles.label}>{fieldLabel(c.field)}: </span>
                        <span className={styles.from}>{displayValue(c.field, c.from)}</span>
                        {' → '}
                        <span className={styles.to}>{displayValue(c.field, c.to)}</span>
                      </span>
                    ))}
                    {s.conflicts.map((c) => (
                      <span key={`conflict-${c.field}`} data-testid="row-conflict">
                        <span className={styles.label}>{fieldLabel(c.field)}: </span>
                        <span className={take ? styles.from : styles.to}>{displayValue(c.field, c.from)}</span>
                        <span className={styles.label}> ({w.conflictMine}) · </span>
                        <span className={take ? styles.to : styles.from}>{displayValue(c.field, c.to)}</span>
                        <span className={styles.label}> ({w.conflictFile})</span>
                      </span>
                    ))}
                    {conflict && s.staffId !== null && (
                      <Checkbox className={styles.take} size="medium" label={w.takeFile} checked={take}
                        onChange={(_, d) => onTake(s.staffId!, d.checked === true)} />
                    )}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
