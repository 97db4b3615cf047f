// Says, at the top of the work area, when the database is not fully usable and why, and what the user should
// know although it is (a daily backup that failed). A database another PC holds can be taken over ("Ambil
// alih") after a confirmation that names the holder, the PC and since when.
import { useState } from 'react';
import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, MessageBar, MessageBarActions,
  MessageBarBody, MessageBarTitle, Text, makeStyles,
} from '@fluentui/react-components';
import type { AppStatus } from '../../../electron/core/contract';
import { ApiCallError, call } from '../lib/api';
import { fill, formatDateTime, ui } from '../lib/messages';
import { useNotify } from './toast';

type ReadOnly = Extract<AppStatus['database'], { state: 'read-only' }>;
type Holder = NonNullable<ReadOnly['holder']>;

const useStyles = makeStyles({ body: { display: 'flex', flexDirection: 'column', gap: '8px' } });

export interface StatusBannerProps {
  status: AppStatus['database'];
  warnings?: string[];
  /** refreshes the app's status (after a take-over); without it no take-over is offered */
  onChanged?: () => Promise<void>;
}

export function StatusBanner({ status, warnings = [], onChanged }: StatusBannerProps) {
  const [confirming, setConfirming] = useState<Holder | null>(null);
  const title = status.state === 'read-only' ? ui.database.readOnlyTitle : status.state === 'corrupt' ? ui.database.corruptTitle : ui.database.newerTitle;
  const holder = status.state === 'read-only' ? status.holder : null;
  return (
    <>
      {warnings.map((w) => (
        <MessageBar key={w} intent="warning" layout="multiline" data-testid="db-warning">
          <MessageBarBody>
            <MessageBarTitle>{ui.database.warningTitle}</MessageBarTitle>
            {w}
          </MessageBarBody>
        </MessageBar>
      ))}
      {status.state !== 'ready' && status.state !== 'locked' && (
        <MessageBar intent={status.state === 'read-only' ? 'warning' : 'error'} layout="multiline" data-testid="db-banner">
          <MessageBarBody>
            <MessageBarTitle>{title}</MessageBarTitle>
            {status.message}
          </MessageBarBody>
          {holder && onChanged && (
            <MessageBarActions>
              <Button onClick={() => setConfirming(holder)}>{ui.database.takeOver}</Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      {onChanged && <TakeOverDialog holder={confirming} onClose={() => setConfirming(null)} onChanged={onChanged} />}
    </>
  );
}

function TakeOverDialog({ holder, onClose, onChanged }: { holder: Holder | null; onClose: () => void; onChanged: () => Promise<void> }) {
  const styles = useStyles();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const takeOver = async () => {
    if (!holder) return;
    setBusy(true);
    try {
      await call('app.takeOverLock', { holder: { host: holder.host, pid: holder.pid, since: holder.since } });
      notify(ui.database.takenOver);
    } catch (e) {
      notify(e instanceof ApiCallError ? e.message : String(e), 'error');
    } finally {
      setBusy(false);
      onClose();
      await onChanged();
    }
  };
  return (
    <Dialog open={holder !== null} modalType="alert" onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{ui.database.takeOverTitle}</DialogTitle>
          <DialogContent className={styles.body}>
            {holder && (
              <>
                <Text weight="semibold">{fill(ui.database.takeOverHolder, { user: holder.user, host: holder.host, since: formatDateTime(holder.since) })}</Text>
                {holder.beat && <Text>{fill(ui.database.takeOverLastSeen, { beat: formatDateTime(holder.beat) })}</Text>}
                <Text>{ui.database.takeOverWarning}</Text>
              </>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onClose}>{ui.common.cancel}</Button>
            <Button appearance="primary" disabled={busy} onClick={() => void takeOver()}>{ui.database.takeOverConfirm}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
