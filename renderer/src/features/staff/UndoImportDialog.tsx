// "Batalkan impor terakhir": what taking the last import back will do (or who keeps it from being taken back),
// then the undo itself after the user confirms.
import { useEffect, useState } from 'react';
import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, MessageBar, MessageBarBody, Spinner,
  Text, makeStyles, tokens,
} from '@fluentui/react-components';
import type { LastImport, UndoResult } from '../../../../electron/core/staff/import/previewTypes';
import { call } from '../../lib/api';
import { fill, formatDateTime, ui } from '../../lib/messages';
import { useFail } from '../../lib/useFail';
import { formatCount } from './labels';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: '10px' },
  list: { margin: 0, paddingLeft: '20px', display: 'flex', flexDirection: 'column', gap: '2px' },
  hint: { color: tokens.colorNeutralForeground3 },
});

export interface UndoImportDialogProps {
  open: boolean;
  readOnly: boolean;
  onClose: () => void;
  onUndone: (result: UndoResult, last: LastImport) => void;
}

export function UndoImportDialog({ open, readOnly, onClose, onUndone }: UndoImportDialogProps) {
  return (
    <Dialog open={open} modalType="modal" onOpenChange={(_, d) => { if (!d.open) onClose(); }}>
      <DialogSurface>{open && <UndoBody readOnly={readOnly} onClose={onClose} onUndone={onUndone} />}</DialogSurface>
    </Dialog>
  );
}

function UndoBody({ readOnly, onClose, onUndone }: Omit<UndoImportDialogProps, 'open'>) {
  const styles = useStyles();
  const fail = useFail();
  const [last, setLast] = useState<LastImport | null | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const u = ui.roster.undo;

  useEffect(() => {
    call('staff.importLast', {}).then(setLast, (e: unknown) => {
      fail(e);
      setLast(null);
    });
  }, [fail]);

  const undo = async () => {
    if (!last) return;
    setBusy(true);
    try {
      onUndone(await call('staff.importUndo', { importId: last.importId }), last);
    } catch (e) {
      fail(e);
      setBusy(false);
    }
  };

  const effects = last ? [
    last.created > 0 && fill(u.created, { count: formatCount(last.created) }),
    last.updated > 0 && fill(u.updated, { count: formatCount(last.updated) }),
    last.markedLeft > 0 && fill(u.left, { count: formatCount(last.markedLeft) }),
    last.unitsCreated > 0 && fill(u.units, { count: formatCount(last.unitsCreated) }),
  ].filter((x): x is string => !!x) : [];

  return (
    <DialogBody>
      <DialogTitle>{u.title}</DialogTitle>
      <DialogContent className={styles.content} data-testid="undo-import">
        {last === undefined && <Spinner size="small" label={ui.common.loading} />}
        {last === null && <Text>{u.none}</Text>}
        {last && (
          <>
            <Text>{fill(u.summary, { file: last.fileName, when: formatDateTime(last.at) })}</Text>
            <ul className={styles.list}>{effects.map((e) => <li key={e}>{e}</li>)}</ul>
            <Text size={200} className={styles.hint}>{u.later}</Text>
            {last.blocked.length > 0 && (
              <MessageBar intent="error" layout="multiline">
                <MessageBarBody>
                  {fill(u.blocked, { count: formatCount(last.blocked.length) })}
                  <ul className={styles.list}>
                    {last.blocked.slice(0, 8).map((b) => <li key={b.id}>{fill(u.blockedPerson, { name: b.name, what: b.what })}</li>)}
                  </ul>
                </MessageBarBody>
              </MessageBar>
            )}
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button appearance="secondary" onClick={onClose}>{ui.common.cancel}</Button>
        {last && (
          <Button appearance="primary" disabled={readOnly || busy || last.blocked.length > 0} onClick={() => void undo()}>{u.confirm}</Button>
        )}
      </DialogActions>
    </DialogBody>
  );
}
