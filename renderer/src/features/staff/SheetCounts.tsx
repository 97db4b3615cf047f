// The import preview's sheets: each sheet of the file with what it gives (accepted, refused, not staff), or why
// it gives nothing (hidden, no roster); a box to leave a sheet out of the import (and to bring it back).
import { Checkbox, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { PreviewSheet } from '../../../../electron/core/staff/import/previewTypes';
import { fill, ui } from '../../lib/messages';
import { employmentLabel, formatCount } from './labels';

const s = ui.roster.sheets;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '2px' },
  title: { fontWeight: tokens.fontWeightSemibold },
  row: { display: 'flex', alignItems: 'center', gap: '8px', flexWrap: 'wrap' },
  counts: { color: tokens.colorNeutralForeground2, fontVariantNumeric: 'tabular-nums' },
  off: { color: tokens.colorNeutralForeground3, paddingLeft: '34px' },
});

function countsOf(sheet: PreviewSheet): string {
  const counts = fill(s.counts, { accepted: formatCount(sheet.accepted), refused: formatCount(sheet.refused), notStaff: formatCount(sheet.notStaff) });
  return sheet.employment ? `${counts} · ${fill(s.fromName, { employment: employmentLabel(sheet.employment) })}` : counts;
}

export interface SheetCountsProps {
  sheets: PreviewSheet[];
  busy: boolean;
  /** the names of the sheets to leave out, after the user ticked or unticked one */
  onLeaveOut: (names: string[]) => void;
}

export function SheetCounts({ sheets, busy, onLeaveOut }: SheetCountsProps) {
  const styles = useStyles();
  const leftOut = sheets.filter((x) => x.status === 'left-out').map((x) => x.name ?? '');
  const toggle = (name: string, include: boolean) => onLeaveOut(include ? leftOut.filter((n) => n !== name) : [...leftOut, name]);
  return (
    <div className={styles.root} data-testid="import-sheets">
      <Text className={styles.title}>{s.title}</Text>
      {sheets.map((sheet) => {
        const name = sheet.name ?? s.unnamed;
        if (sheet.status === 'hidden' || sheet.status === 'no-roster') {
          return <Text key={name} size={200} className={styles.off} data-sheet={name}>{`${name}: ${s.status[sheet.status]}`}</Text>;
        }
        const included = sheet.status === 'read';
        return (
          <div key={name} className={styles.row} data-sheet={name}>
            <Checkbox
              checked={included}
              disabled={busy}
              label={name}
              aria-label={fill(s.include, { sheet: name })}
              onChange={(_, d) => toggle(sheet.name ?? '', d.checked === true)}
            />
            <Text size={200} className={styles.counts}>{included ? countsOf(sheet) : `${s.status['left-out']} · ${countsOf(sheet)}`}</Text>
          </div>
        );
      })}
    </div>
  );
}
