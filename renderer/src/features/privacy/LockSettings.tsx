// Pengaturan > Privasi, with a passphrase set: "Kunci Temuan dengan kata sandi" (stored with the data; turning it
// off asks for the passphrase) and this PC's idle minutes before the window locks (a per-PC preference).
import { useState } from 'react';
import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Select, Switch, Text, makeStyles, tokens,
} from '@fluentui/react-components';
import type { LockState } from '../../../../electron/core/contract';
import { call } from '../../lib/api';
import { useNotify } from '../../components/toast';
import { useFail } from '../../lib/useFail';
import { fill, ui } from '../../lib/messages';
import { PassphraseField } from './PassphraseField';

const MINUTES = [5, 10, 15, 30] as const;
const p = ui.privacy;

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: '8px', maxWidth: '620px' },
  h2: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  hint: { color: tokens.colorNeutralForeground3 },
  select: { maxWidth: '160px' },
});

export function LockSettings({ lock, readOnly, onChanged }: { lock: LockState; readOnly: boolean; onChanged: (s: LockState) => void }) {
  const styles = useStyles();
  const notify = useNotify();
  const fail = useFail();
  const [asking, setAsking] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | undefined>();

  const setFindingsLock = async (on: boolean, pass?: string) => {
    try {
      const s = await call('privacy.setFindingsLock', pass === undefined ? { on } : { on, passphrase: pass });
      setAsking(false);
      setPassphrase('');
      onChanged(s);
      notify(on ? p.findingsLockOn : p.findingsLockOff);
    } catch (e) {
      fail(e, (_field, message) => { setError(message); return asking; });
    }
  };
  const setMinutes = async (minutes: (typeof MINUTES)[number]) => {
    try {
      const s = await call('privacy.setIdleMinutes', { minutes });
      onChanged(s);
      notify(fill(p.idleSaved, { minutes }));
    } catch (e) {
      fail(e);
    }
  };

  return (
    <div className={styles.section} data-testid="privacy-lock-settings">
      <Text as="h2" className={styles.h2}>{p.lockTitle}</Text>
      <Field label={p.idleMinutes} hint={p.idleHint}>
        <Select className={styles.select} value={String(lock.idleMinutes)} onChange={(_, d) => void setMinutes(Number(d.value) as (typeof MINUTES)[number])} data-testid="privacy-idle-minutes">
          {MINUTES.map((m) => <option key={m} value={m}>{fill(p.idleOption, { minutes: m })}</option>)}
        </Select>
      </Field>
      <Switch
        label={p.findingsLock}
        checked={lock.findingsLock}
        disabled={readOnly}
        data-testid="privacy-findings-lock"
        onChange={(_, d) => {
          if (d.checked) void setFindingsLock(true);
          else { setError(undefined); setAsking(true); }
        }}
      />
      <Text size={200} className={styles.hint}>{p.findingsLockHint}</Text>

      <Dialog open={asking} onOpenChange={(_, d) => !d.open && setAsking(false)}>
        <DialogSurface>
          <form onSubmit={(e) => { e.preventDefault(); void setFindingsLock(false, passphrase); }}>
            <DialogBody>
              <DialogTitle>{p.findingsLockOffTitle}</DialogTitle>
              <DialogContent>
                <Text block>{p.findingsLockOffAsk}</Text>
                <PassphraseField label={p.passphrase} value={passphrase} onChange={setPassphrase} error={error} autoFocus testId="findings-lock-off-passphrase" />
              </DialogContent>
              <DialogActions>
                <Button appearance="secondary" onClick={() => setAsking(false)}>{ui.common.cancel}</Button>
                <Button appearance="primary" type="submit" disabled={!passphrase}>{p.findingsLockOffConfirm}</Button>
              </DialogActions>
            </DialogBody>
          </form>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
