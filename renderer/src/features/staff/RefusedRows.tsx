// The import preview's refused rows: the Excel row number and the Indonesian reason (what to fix).
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { PreviewRefusal } from '../../../../electron/core/staff/import/previewTypes';
import { fill, ui } from '../../lib/messages';
import { formatCount } from './labels';

/** more than this is for the saved workbook, not a dialog */
const SHOWN = 300;

const useStyles = makeStyles({
  scroll: { overflowY: 'auto', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium },
  table: { borderCollapse: 'collapse', width: '100%' },
  th: {
    position: 'sticky', top: 0, textAlign: 'left', padding: '4px 8px', fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground3, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  td: { padding: '4px 8px', verticalAlign: 'top', borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  rowNo: { width: '64px', fontVariantNumeric: 'tabular-nums' },
  more: { padding: '6px 8px', color: tokens.colorNeutralForeground3 },
});

const w = ui.roster.wizard;

/** `showSheet`: the file had several sheets; each row says which (as "PNS: 4"). */
export function RefusedRows({ rows, maxHeight, showSheet = false }: { rows: PreviewRefusal[]; maxHeight: number; showSheet?: boolean }) {
  const styles = useStyles();
  const shown = rows.slice(0, SHOWN);
  return (
    <div className={styles.scroll} style={{ maxHeight: `${maxHeight}px` }}>
      <table className={styles.table} aria-label={fill(w.refusedTitle, { count: rows.length })}>
        <thead>
          <tr><th className={mergeClasses(styles.th, styles.rowNo)}>{w.colRow}</th><th className={styles.th}>{w.colReason}</th></tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr key={`${r.sheet ?? ''}-${r.row}-${r.code}`} data-refused-row={r.row}>
              <td className={mergeClasses(styles.td, styles.rowNo)}>{showSheet && r.sheet !== null ? `${r.sheet}: ${r.row}` : r.row}</td>
              <td className={styles.td}>{r.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > SHOWN && <div className={styles.more}>{fill(w.refusedMore, { count: formatCount(rows.length - SHOWN) })}</div>}
    </div>
  );
}
