// One roster row (kept separate from the virtualizer so it can be rendered and tested on its own).
import { memo } from 'react';
import type { CSSProperties } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Staff } from '../../../../electron/core/staff/types';
import { ROW_HEIGHT } from './columns';
import type { Column } from './columns';

const useStyles = makeStyles({
  row: {
    display: 'grid', gridTemplateColumns: 'var(--roster-grid)', alignItems: 'center', height: `${ROW_HEIGHT}px`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, cursor: 'default', userSelect: 'none',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  selected: {
    backgroundColor: tokens.colorBrandBackground2,
    ':hover': { backgroundColor: tokens.colorBrandBackground2Hover },
  },
  focused: { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  left: { color: tokens.colorNeutralForeground3 },
  cell: { padding: '0 8px', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  numeric: { fontVariantNumeric: 'tabular-nums' },
  statusLeft: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

export function rowId(staff: Pick<Staff, 'id'>): string {
  return `staff-row-${staff.id}`;
}

export interface StaffRowProps {
  staff: Staff;
  /** 1-based, counting the header row as 1 (aria-rowindex) */
  rowIndex: number;
  /** the shown columns (the grid's --roster-grid template sizes them) */
  columns: readonly Column[];
  selected: boolean;
  focused: boolean;
  style?: CSSProperties;
  onSelect: (staff: Staff) => void;
  onOpen: (staff: Staff) => void;
}

export const StaffRow = memo(function StaffRow({ staff, rowIndex, columns, selected, focused, style, onSelect, onOpen }: StaffRowProps) {
  const styles = useStyles();
  return (
    <div
      role="row"
      id={rowId(staff)}
      aria-rowindex={rowIndex}
      aria-selected={selected}
      data-staff-id={staff.id}
      className={mergeClasses(styles.row, selected && styles.selected, selected && focused && styles.focused, staff.status === 'LEFT' && styles.left)}
      style={style}
      onMouseDown={(e) => {
        e.preventDefault(); // keep focus on the grid
        onSelect(staff);
      }}
      onDoubleClick={() => onOpen(staff)}
    >
      {columns.map((c) => {
        const text = c.value(staff);
        return (
          <div
            key={c.key}
            role="gridcell"
            className={mergeClasses(styles.cell, c.numeric && styles.numeric, c.key === 'status' && staff.status === 'LEFT' && styles.statusLeft)}
            title={c.title?.(staff) || text || undefined}
          >
            {text}
          </div>
        );
      })}
    </div>
  );
});
