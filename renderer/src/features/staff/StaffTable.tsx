// The roster as a virtualized grid: a fixed header, only the visible rows in the DOM (10,000 staff stay smooth),
// arrow keys / Page Up / Page Down / Home / End move the selection, Enter opens, Delete marks the person as left.
// A header sorts by its column (again: the other way); its right edge is dragged (or moved with the arrow keys)
// to change the column's width, a double click there gives the column its own width back.
import { forwardRef, useCallback, useEffect, useImperativeHandle, useRef, useState } from 'react';
import type { CSSProperties, KeyboardEvent, PointerEvent as ReactPointerEvent, ReactNode } from 'react';
import { makeStyles, mergeClasses, tokens, useRestoreFocusTarget } from '@fluentui/react-components';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Staff } from '../../../../electron/core/staff/types';
import { fill, ui } from '../../lib/messages';
import { ROW_HEIGHT } from './columns';
import type { Column, ColumnKey } from './columns';
import type { SortState } from './sortStaff';
import { StaffRow, rowId } from './StaffRow';

const useStyles = makeStyles({
  grid: {
    display: 'flex', flexDirection: 'column', minHeight: 0, flex: '1 1 auto',
    backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow2, outline: 'none',
  },
  header: {
    display: 'grid', gridTemplateColumns: 'var(--roster-grid)', alignItems: 'stretch', minHeight: `${ROW_HEIGHT + 2}px`,
    lineHeight: tokens.lineHeightBase200, padding: '2px 0',
    flex: '0 0 auto', overflow: 'hidden', scrollbarGutter: 'stable',
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`, fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground3,
    borderTopLeftRadius: tokens.borderRadiusMedium, borderTopRightRadius: tokens.borderRadiusMedium,
  },
  headerCell: { position: 'relative', display: 'flex', alignItems: 'center', overflow: 'hidden', minWidth: 0 },
  sortButton: {
    flex: '1 1 auto', minWidth: 0, height: '100%', padding: '0 14px 0 8px', border: 'none', background: 'none', textAlign: 'left',
    font: 'inherit', color: 'inherit', cursor: 'pointer', display: 'flex', alignItems: 'center',
    ':hover': { backgroundColor: tokens.colorNeutralBackground3Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  // the arrow is drawn by CSS, so a header's text stays its name
  ascending: { '::after': { content: '"▲"', fontSize: '9px', marginLeft: '4px', color: tokens.colorBrandForeground1 } },
  descending: { '::after': { content: '"▼"', fontSize: '9px', marginLeft: '4px', color: tokens.colorBrandForeground1 } },
  resizer: {
    position: 'absolute', top: 0, right: 0, width: '7px', height: '100%', cursor: 'col-resize', touchAction: 'none',
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    ':hover': { backgroundColor: tokens.colorBrandBackground2Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  body: { flex: '1 1 auto', minHeight: 0, overflowY: 'auto', overflowX: 'hidden', scrollbarGutter: 'stable' },
  inner: { position: 'relative', width: '100%' },
});

export interface StaffTableProps {
  rows: Staff[];
  columns: readonly Column[];
  /** the grid template of the shown columns */
  template: string;
  sort: SortState;
  onSort: (sort: SortState) => void;
  onResize: (key: ColumnKey, width: number | null) => void;
  selectedId: number | null;
  onSelect: (id: number) => void;
  onOpen: (staff: Staff) => void;
  onMarkLeft: (staff: Staff) => void;
  /** shown in the body when there are no rows */
  empty?: ReactNode;
}

export interface StaffTableHandle {
  /** focuses the grid, selecting the first row when nothing visible is selected */
  focus: () => void;
}

export const StaffTable = forwardRef<StaffTableHandle, StaffTableProps>(function StaffTable(props, ref) {
  const { rows, columns, template, sort, onSort, onResize, selectedId, onSelect, onOpen, onMarkLeft, empty } = props;
  const styles = useStyles();
  const gridRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const [focused, setFocused] = useState(false);
  // a dialog opened from the grid (Enter, Delete) gives focus back to it when it closes
  const restoreFocusTarget = useRestoreFocusTarget();

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => bodyRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    getItemKey: (i) => rows[i]?.id ?? i,
  });

  const selectedIndex = selectedId === null ? -1 : rows.findIndex((s) => s.id === selectedId);

  const moveTo = useCallback((index: number) => {
    const target = rows[Math.max(0, Math.min(rows.length - 1, index))];
    if (!target) return;
    onSelect(target.id);
  }, [rows, onSelect]);

  // keep the selected row in view when it moves (keyboard) or the list changes under it
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  useImperativeHandle(ref, () => ({
    focus: () => {
      gridRef.current?.focus();
      if (selectedIndex < 0) moveTo(0);
    },
  }), [selectedIndex, moveTo]);

  const pageSize = () => Math.max(1, Math.floor((bodyRef.current?.clientHeight ?? 0) / ROW_HEIGHT) - 1) || 10;

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const current = selectedIndex;
    const selected = current >= 0 ? rows[current] : undefined;
    let handled = true;
    switch (e.key) {
      case 'ArrowDown': moveTo(current + 1); break;
      case 'ArrowUp': moveTo(current < 0 ? 0 : current - 1); break;
      case 'PageDown': moveTo(current + pageSize()); break;
      case 'PageUp': moveTo(current - pageSize()); break;
      case 'Home': moveTo(0); break;
      case 'End': moveTo(rows.length - 1); break;
      case 'Enter': if (selected) onOpen(selected); break;
      case 'Delete': if (selected) onMarkLeft(selected); break;
      default: handled = false;
    }
    if (handled) e.preventDefault();
  };

  const select = useCallback((staff: Staff) => {
    gridRef.current?.focus();
    onSelect(staff.id);
  }, [onSelect]);

  const items = virtualizer.getVirtualItems();
  const selectedRow = selectedIndex >= 0 ? rows[selectedIndex] : undefined;
  return (
    <div
      ref={gridRef}
      role="grid"
      aria-label={ui.roster.tableLabel}
      aria-rowcount={rows.length + 1}
      aria-colcount={columns.length}
      aria-activedescendant={selectedRow && items.some((v) => v.index === selectedIndex) ? rowId(selectedRow) : undefined}
      tabIndex={0}
      {...restoreFocusTarget}
      className={styles.grid}
      onKeyDown={onKeyDown}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
      data-testid="staff-grid"
      style={{ '--roster-grid': template } as CSSProperties}
    >
      <div role="rowgroup">
        <div role="row" aria-rowindex={1} className={styles.header}>
          {columns.map((c) => (
            <HeaderCell key={c.key} column={c} sort={sort} onSort={onSort} onResize={onResize} />
          ))}
        </div>
      </div>
      <div ref={bodyRef} role="rowgroup" className={styles.body}>
        {rows.length === 0 ? empty : (
          <div className={styles.inner} style={{ height: `${virtualizer.getTotalSize()}px` }}>
            {items.map((v) => {
              const staff = rows[v.index]!;
              return (
                <StaffRow
                  key={v.key}
                  staff={staff}
                  rowIndex={v.index + 2}
                  columns={columns}
                  selected={v.index === selectedIndex}
                  focused={focused}
                  style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${v.start}px)` }}
                  onSelect={select}
                  onOpen={onOpen}
                />
              );
            })}
          </div>
        )}
      </div>
    </div>
  );
});

function HeaderCell({ column, sort, onSort, onResize }: {
  column: Column; sort: SortState; onSort: (s: SortState) => void; onResize: (key: ColumnKey, width: number | null) => void;
}) {
  const styles = useStyles();
  const cell = useRef<HTMLDivElement>(null);
  const drag = useRef<{ x: number; width: number } | null>(null);
  const active = sort.key === column.key ? sort.direction : undefined;
  const toggle = () => onSort({ key: column.key, direction: active === 'ascending' ? 'descending' : 'ascending' });
  const width = () => cell.current?.getBoundingClientRect().width ?? column.min;
  const onPointerDown = (e: ReactPointerEvent<HTMLDivElement>) => {
    e.preventDefault();
    e.stopPropagation();
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { x: e.clientX, width: width() };
  };
  const onPointerMove = (e: ReactPointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    onResize(column.key, Math.max(column.min, drag.current.width + e.clientX - drag.current.x));
  };
  const onPointerUp = (e: ReactPointerEvent<HTMLDivElement>) => {
    drag.current = null;
    if (e.currentTarget.hasPointerCapture(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
  };
  return (
    <div ref={cell} role="columnheader" aria-sort={active ?? 'none'} className={styles.headerCell}>
      <button type="button" tabIndex={-1} className={mergeClasses(styles.sortButton, active && styles[active])}
        title={fill(ui.roster.sortBy, { column: column.header })} onClick={toggle}
        onMouseDown={(e) => e.preventDefault() /* keep focus on the grid */}>
        {column.header}
      </button>
      <div
        role="separator" aria-orientation="vertical" aria-label={fill(ui.roster.resizeColumn, { column: column.header })}
        tabIndex={-1} className={styles.resizer}
        onPointerDown={onPointerDown} onPointerMove={onPointerMove} onPointerUp={onPointerUp} onPointerCancel={onPointerUp}
        onDoubleClick={() => onResize(column.key, null)}
        onKeyDown={(e) => {
          if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
          e.preventDefault();
          e.stopPropagation();
          onResize(column.key, width() + (e.key === 'ArrowRight' ? 16 : -16));
        }}
      />
    </div>
  );
}
