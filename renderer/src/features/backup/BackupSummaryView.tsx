// What a verified backup holds, as the restore's preview shows it: OPD, date, version, counts, evidence files.
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { BackupSummary } from '../../../../electron/core/contract';
import { formatDateTime, ui } from '../../lib/messages';

const b = ui.backup;

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '4px 16px', margin: 0 },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold },
});

function count(n: number | null): string {
  return n === null ? b.notInBackup : n.toLocaleString('id-ID');
}

function megabytes(bytes: number): string {
  return `${(bytes / 1048576).toFixed(1).replace('.', ',')} MB`;
}

export function BackupSummaryView({ summary }: { summary: BackupSummary }) {
  const styles = useStyles();
  const rows: [string, string][] = [
    [b.previewOpd, summary.opdName || '-'],
    [b.previewDate, formatDateTime(summary.createdAt)],
    [b.previewVersion, summary.appVersion],
    [b.previewStaff, count(summary.counts.staff)],
    [b.previewSessions, count(summary.counts.sessions)],
    [b.previewPledges, count(summary.counts.pledges)],
    [b.previewFindings, count(summary.counts.findings)],
    [b.previewEvidence, count(summary.evidenceFiles)],
    [b.previewSize, megabytes(summary.totalBytes)],
  ];
  return (
    <dl className={styles.grid} aria-label={b.previewTitle}>
      {rows.map(([term, value]) => (
        <div key={term} style={{ display: 'contents' }}>
          <dt className={styles.term}><Text>{term}</Text></dt>
          <dd className={styles.value}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
