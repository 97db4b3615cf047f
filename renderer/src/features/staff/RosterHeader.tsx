// The roster's head: its title, how many are shown of how many, and the buttons that open the roster's dialogs
// (add, import, export, print, units) and the "Lainnya" menu (the columns shown, undo the last import, template).
import {
  Button, Menu, MenuItem, MenuItemCheckbox, MenuList, MenuPopover, MenuTrigger, Text, makeStyles, tokens, useRestoreFocusTarget,
} from '@fluentui/react-components';
import { fill, ui } from '../../lib/messages';
import { COLUMNS } from './columns';
import type { ColumnKey } from './columns';
import { formatCount } from './labels';
import type { ColumnsState } from './useColumns';

const useStyles = makeStyles({
  head: { display: 'flex', alignItems: 'baseline', gap: '12px', flexWrap: 'wrap' },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  count: { color: tokens.colorNeutralForeground2, fontVariantNumeric: 'tabular-nums' },
  headButtons: { marginLeft: 'auto', display: 'flex', gap: '8px', alignSelf: 'center' },
});

export interface RosterHeaderProps {
  readOnly: boolean;
  /** nobody on the roster yet: only units, undo and the template are offered */
  empty: boolean;
  shown: number;
  total: number;
  columns: ColumnsState;
  onAdd: () => void;
  onImport: () => void;
  onExport: (mode: 'xlsx' | 'print') => void;
  onUnits: () => void;
  onUndoImport: () => void;
  onTemplate: () => void;
}

export function RosterHeader(props: RosterHeaderProps) {
  const { readOnly, empty, shown, total, columns } = props;
  const styles = useStyles();
  /** on the buttons that open a dialog or panel: focus comes back to them when it closes */
  const returnHere = useRestoreFocusTarget();
  const r = ui.roster;
  return (
    <div className={styles.head}>
      <Text as="h1" className={styles.title}>{r.title}</Text>
      {!empty && (
        <Text className={styles.count} data-testid="roster-count" aria-live="polite">
          {fill(r.count, { shown: formatCount(shown), total: formatCount(total) })}
        </Text>
      )}
      <div className={styles.headButtons}>
        {!empty && <Button {...returnHere} appearance="primary" disabled={readOnly} onClick={props.onAdd}>{r.add}</Button>}
        {!empty && <Button {...returnHere} disabled={readOnly} onClick={props.onImport}>{r.import}</Button>}
        {!empty && <Button {...returnHere} disabled={shown === 0} onClick={() => props.onExport('xlsx')}>{r.export}</Button>}
        {!empty && <Button {...returnHere} disabled={shown === 0} onClick={() => props.onExport('print')}>{r.print}</Button>}
        <Button {...returnHere} onClick={props.onUnits}>{r.units}</Button>
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
              <MenuItem disabled={readOnly} onClick={props.onUndoImport}>{r.undoImport}</MenuItem>
              <MenuItem onClick={props.onTemplate}>{r.template}</MenuItem>
            </MenuList>
          </MenuPopover>
        </Menu>
      </div>
    </div>
  );
}
