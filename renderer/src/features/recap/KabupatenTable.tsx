// The kabupaten table on screen: one row per OPD in the core's order (furthest behind first), the figures a
// monev meeting asks for first; the workbook has every figure.
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles } from '@fluentui/react-components';
import type { ConsolidationResult } from '../../../../electron/core/contract';
import { ui } from '../../lib/messages';
import { countText, coverage, figure, percentText } from './figures';

const useStyles = makeStyles({
  num: { textAlign: 'right' },
  total: { fontWeight: 600 },
  no: { width: '40px' },
  opd: { width: '30%' },
});

export function KabupatenTable({ result }: { result: ConsolidationResult }) {
  const styles = useStyles();
  const c = ui.consolidation;
  const columns: [string, (f: { figures: ConsolidationResult['opds'][number]['figures'] }) => string][] = [
    [c.colStaff, (o) => countText(figure(o, 'staff.active'))],
    [c.colTarget, (o) => countText(figure(o, 'pledges.target'))],
    [c.colSigned, (o) => countText(figure(o, 'pledges.signed'))],
    [c.colCoverage, (o) => { const v = coverage(o); return v === null ? c.none : percentText(v); }],
    [c.colSessions, (o) => countText(figure(o, 'sessions.held'))],
    [c.colFindings, (o) => countText(figure(o, 'findings.total'))],
  ];
  return (
    <Table size="small" aria-label={c.tableTitle} data-testid="kabupaten-table">
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.no}>{c.colNo}</TableHeaderCell>
          <TableHeaderCell className={styles.opd}>{c.colOpd}</TableHeaderCell>
          {columns.map(([label]) => <TableHeaderCell key={label} className={styles.num}>{label}</TableHeaderCell>)}
          <TableHeaderCell className={styles.num}>{c.colOpenFindings}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {result.opds.map((o, i) => (
          <TableRow key={o.opdCode}>
            <TableCell>{i + 1}</TableCell>
            <TableCell>{o.opdName}</TableCell>
            {columns.map(([label, value]) => <TableCell key={label} className={styles.num}>{value(o)}</TableCell>)}
            <TableCell className={styles.num}>{countText(o.openFindings.length)}</TableCell>
          </TableRow>
        ))}
        <TableRow className={styles.total}>
          <TableCell />
          <TableCell>{c.total}</TableCell>
          {columns.map(([label, value]) => <TableCell key={label} className={styles.num}>{value({ figures: result.totals })}</TableCell>)}
          <TableCell className={styles.num}>{countText(result.opds.reduce((s, o) => s + o.openFindings.length, 0))}</TableCell>
        </TableRow>
      </TableBody>
    </Table>
  );
}
