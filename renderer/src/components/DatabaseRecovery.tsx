// Offered when the database file was bad: the good backups, newest first; restoring one asks first.
import { useState } from 'react';
import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Table, TableBody, TableCell,
  TableHeader, TableHeaderCell, TableRow, Text, makeStyles,
} from '@fluentui/react-components';
import type { AppStatus } from '../../../electron/core/contract';
import { ApiCallError, call } from '../lib/api';
import { fill, formatDateTime, ui } from '../lib/messages';
import { useNotify } from './toast';

type Corrupt = Extract<AppStatus['database'], { state: 'corrupt' }>;

const useStyles = makeStyles({ root: { padding: '16px 24px', display: 'flex', flexDirection: 'column', gap: '12px' } });

export function DatabaseRecovery({ status, onRestored }: { status: Corrupt; onRestored: () => Promise<void> }) {
  const styles = useStyles();
  const notify = useNotify();
  const [chosen, setChosen] = useState<Corrupt['backups'][number] | null>(null);
  const restore = async () => {
    if (!chosen) return;
    try {
      await call('app.restoreBackup', { file: chosen.file });
      notify(ui.database.restored);
      await onRestored();
    } catch (e) {
      notify(e instanceof ApiCallError ? e.message : String(e), 'error');
    } finally {
      setChosen(null);
    }
  };
  return (
    <div className={styles.root}>
      <Text>{status.backups.length ? ui.database.backupsIntro : ui.database.noBackups}</Text>
      {status.backups.length > 0 && (
        <Table size="small">
          <TableHeader><TableRow><TableHeaderCell>{ui.database.location}</TableHeaderCell><TableHeaderCell>{ui.database.modified}</TableHeaderCell><TableHeaderCell /></TableRow></TableHeader>
          <TableBody>
            {status.backups.map((b) => (
              <TableRow key={b.file}>
                <TableCell>{b.file}</TableCell>
                <TableCell>{formatDateTime(b.modifiedAt)}</TableCell>
                <TableCell><Button onClick={() => setChosen(b)}>{ui.database.restore}</Button></TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Dialog open={chosen !== null} onOpenChange={(_, d) => !d.open && setChosen(null)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{ui.database.restore}</DialogTitle>
            <DialogContent>{chosen && fill(ui.database.restoreConfirm, { date: formatDateTime(chosen.modifiedAt) })}</DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={() => setChosen(null)}>{ui.common.cancel}</Button>
              <Button appearance="primary" onClick={() => void restore()}>{ui.database.restore}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
