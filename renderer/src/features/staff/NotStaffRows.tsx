// The import preview's rows not read as staff: what lies below a table (a signature block, "Keterangan:"
// notes), listed with its sheet and row so that nothing is dropped without the user seeing it.
import { Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { NotStaffRow } from '../../../../electron/core/staff/import/previewTypes';
import { fill, ui } from '../../lib/messages';
import { formatCount } from './labels';

const n = ui.roster.notStaff;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '4px' },
  title: { fontWeight: tokens.fontWeightSemibold },
  hint: { color: tokens.colorNeutralForeground3 },
  scroll: { overflowY: 'auto', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  table: { borderCollapse: 'collapse', width: '100%' },
  th: {
    position: 'sticky', top: 0, textAlign: 'left', padding: '3px 8px', fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground3, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  td: { padding: '3px 8px', verticalAlign: 'top', borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, color: tokens.colorNeutralForeground2 },
  narrow: { width: '64px', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
});

/** `total`: how many rows are not staff (a sheet lists the first few hundred of its own). */
export function NotStaffRows({ rows, total, showSheet, maxHeight }: { rows: NotStaffRow[]; total: number; showSheet: boolean; maxHeight: number }) {
  const styles = useStyles();
  if (total === 0) return null;
  const title = fill(n.title, { count: formatCount(total) });
  return (
    <div className={styles.root} data-testid="import-not-staff">
      <Text className={styles.title}>{title}</Text>
      <Text size={200} className={styles.hint}>{n.hint}</Text>
      <div className={styles.scroll} style={{ maxHeight: `${maxHeight}px` }}>
        <table className={styles.table} aria-label={title}>
          <thead>
            <tr>
              {showSheet && <th className={mergeClasses(styles.th, styles.narrow)}>{n.colSheet}</th>}
              <th className={mergeClasses(styles.th, styles.narrow)}>{n.colRow}</th>
              <th className={styles.th}>{n.colText}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.sheet ?? ''}:${r.row}`}>
                {showSheet && <td className={mergeClasses(styles.td, styles.narrow)}>{r.sheet}</td>}
                <td className={mergeClasses(styles.td, styles.narrow)}>{r.row}</td>
                <td className={styles.td}>{r.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {total > rows.length && <Text size={200} className={styles.hint}>{fill(n.more, { count: formatCount(total - rows.length) })}</Text>}
      </div>
    </div>
  );
}
