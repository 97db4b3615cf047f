// Marks a person as left (reason and date, default today). Nobody is deleted; the toast offers an undo.
import { useState } from 'react';
import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Select, Text,
  makeStyles, tokens,
} from '@fluentui/react-components';
import type { LeftReason, Staff } from '../../../../electron/core/staff/types';
import { call } from '../../lib/api';
import { fill, ui } from '../../lib/messages';
import { LEFT_REASON_OPTIONS, leftReasonLabel, todayIso } from './labels';
import { useFail } from '../../lib/useFail';
import { DateInput } from './DateInput';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: '12px' },
  hint: { color: tokens.colorNeutralForeground3 },
  row: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '12px' },
});

export interface MarkLeftDialogProps {
  /** the person to mark; null = closed */
  staff: Staff | null;
  onClose: () => void;
  onDone: (staff: Staff) => void;
}

export function MarkLeftDialog({ staff, onClose, onDone }: MarkLeftDialogProps) {
  return (
    <Dialog open={staff !== null} modalType="modal" onOpenChange={(_, d) => { if (!d.open) onClose(); }}>
      <DialogSurface>{staff && <MarkLeftBody staff={staff} onClose={onClose} onDone={onDone} />}</DialogSurface>
    </Dialog>
  );
}

function MarkLeftBody({ staff, onClose, onDone }: { staff: Staff; onClose: () => void; onDone: (s: Staff) => void }) {
  const styles = useStyles();
  const fail = useFail();
  const [reason, setReason] = useState<LeftReason>('MUTASI');
  /** YYYY-MM-DD; '' when empty, null while the typed text is no date */
  const [date, setDate] = useState<string | null>(todayIso());
  const [dateError, setDateError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const l = ui.roster.left;

  const submit = async () => {
    if (!date) {
      setDateError(ui.roster.dateInvalid);
      return;
    }
    setBusy(true);
    try {
      onDone(await call('staff.markLeft', { id: staff.id, reason, date }));
    } catch (e) {
      fail(e, (field, message) => {
        if (field !== 'date') return false;
        setDateError(message);
        return true;
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      noValidate
      onSubmit={(e) => { e.preventDefault(); if (!busy) void submit(); }}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.target as HTMLElement).tagName === 'SELECT') {
          e.preventDefault();
          e.currentTarget.requestSubmit();
        }
      }}
    >
      <DialogBody>
        <DialogTitle>{fill(l.title, { name: staff.name })}</DialogTitle>
        <DialogContent className={styles.content}>
          <Text className={styles.hint}>{l.intro}</Text>
          <div className={styles.row}>
            <Field label={l.reason}>
              <Select name="reason" value={reason} onChange={(_, d) => setReason(d.value as LeftReason)}>
                {LEFT_REASON_OPTIONS.map((r) => <option key={r} value={r}>{leftReasonLabel(r)}</option>)}
              </Select>
            </Field>
            <Field label={l.date} validationMessage={dateError} validationState={dateError ? 'error' : 'none'}>
              <DateInput name="date" value={date ?? ''} required onChange={(iso) => { setDate(iso); setDateError(undefined); }} />
            </Field>
          </div>
        </DialogContent>
        <DialogActions>
          <Button appearance="secondary" onClick={onClose}>{ui.common.cancel}</Button>
          <Button appearance="primary" type="submit" disabled={busy}>{l.confirm}</Button>
        </DialogActions>
      </DialogBody>
    </form>
  );
}
