// Pengaturan > Privasi: the passphrase (set once, then changed), the recovery code shown once (and renewed), the
// lock settings (Temuan locked separately, this PC's idle minutes), and every copy of the data on this PC with the
// ones that may be deleted.
import { useCallback, useEffect, useState } from 'react';
import {
  Button, Checkbox, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, MessageBar, MessageBarBody,
  Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens,
} from '@fluentui/react-components';
import type { PrivacyStatus } from '../../../../electron/core/contract';
import type { ScreenProps } from '../../screens';
import { call } from '../../lib/api';
import { useNotify } from '../../components/toast';
import { useFail } from '../../lib/useFail';
import { fill, formatDateTime, formatMegabytes, ui } from '../../lib/messages';
import { PassphraseField } from './PassphraseField';
import { LockSettings } from './LockSettings';
import { RenewRecovery } from './RenewRecovery';

const useStyles = makeStyles({
  root: { padding: '16px 24px', display: 'flex', flexDirection: 'column', gap: '16px', maxWidth: '1000px' },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  section: { display: 'flex', flexDirection: 'column', gap: '8px', maxWidth: '520px' },
  h2: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  code: { fontFamily: 'Consolas, "Courier New", monospace', fontSize: '20px', letterSpacing: '1px', padding: '12px', backgroundColor: tokens.colorNeutralBackground3, textAlign: 'center' },
});

type Errors = Partial<Record<'passphrase' | 'confirm' | 'current', string>>;

export function PrivacyScreen({ readOnly, onChanged }: ScreenProps) {
  const styles = useStyles();
  const notify = useNotify();
  const fail = useFail();
  const [status, setStatus] = useState<PrivacyStatus | null>(null);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [code, setCode] = useState<string | null>(null);
  /** the code shown replaces an older one (renewed): the old sheet is to be destroyed */
  const [renewed, setRenewed] = useState(false);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [asking, setAsking] = useState(false);
  const p = ui.privacy;

  const load = useCallback(async () => setStatus(await call('privacy.status', {})), []);
  useEffect(() => { void load(); }, [load]);

  const atField = (field: string, message: string) => {
    const key = field === 'passphrase' && status?.protected ? 'current' : field;
    setErrors({ [key]: message });
    return true;
  };
  const clear = () => { setCurrent(''); setNext(''); setConfirm(''); setErrors({}); };

  const setPassphrase = async () => {
    try {
      const made = await call('privacy.setPassphrase', { passphrase: next, confirm });
      clear();
      setRenewed(false);
      setCode(made.recoveryCode);
      await load();
      // the shell's lock (Ctrl+L, idle) works from now on
      onChanged();
    } catch (e) {
      fail(e, atField);
    }
  };
  const changePassphrase = async () => {
    try {
      await call('privacy.changePassphrase', { current: { passphrase: current }, next, confirm });
      clear();
      notify(ui.privacy.changed);
    } catch (e) {
      fail(e, atField);
    }
  };
  const saveSheet = async () => {
    if (!code) return;
    try {
      const r = await call('privacy.recoverySheet', { recoveryCode: code });
      if (r.saved) notify(p.sheetSaved, 'success', { label: ui.files.open, onClick: () => void call('files.open', { ref: r.saved!.ref }).catch(() => undefined) });
    } catch (e) {
      fail(e);
    }
  };
  const deleteChosen = async () => {
    setAsking(false);
    try {
      const r = await call('privacy.deleteCopies', { files: [...chosen] });
      notify(fill(ui.privacy.deleted, { count: r.deleted }));
      setChosen(new Set());
      await load();
    } catch (e) {
      fail(e);
    }
  };
  if (!status) return null;
  return (
    <div className={styles.root} data-testid="privacy-screen">
      <Text as="h1" className={styles.title}>{p.title}</Text>
      <MessageBar intent={status.protected ? 'success' : 'warning'}><MessageBarBody>{status.protected ? p.statusOn : p.statusOff}</MessageBarBody></MessageBar>

      <form className={styles.section} onSubmit={(e) => { e.preventDefault(); void (status.protected ? changePassphrase() : setPassphrase()); }}>
        <Text as="h2" className={styles.h2}>{status.protected ? p.changeTitle : p.setTitle}</Text>
        {!status.protected && <Text>{p.setIntro}</Text>}
        {status.protected && <PassphraseField label={p.currentPassphrase} value={current} onChange={setCurrent} error={errors.current} testId="privacy-current" />}
        <PassphraseField label={p.newPassphrase} value={next} onChange={setNext} error={errors.passphrase} testId="privacy-new" />
        <PassphraseField label={p.confirmPassphrase} value={confirm} onChange={setConfirm} error={errors.confirm} testId="privacy-confirm" />
        <div>
          <Button appearance="primary" type="submit" disabled={readOnly || !next || !confirm || (status.protected && !current)} data-testid="privacy-submit">
            {status.protected ? p.change : p.set}
          </Button>
        </div>
      </form>

      {status.protected && (
        <LockSettings lock={status.lock} readOnly={readOnly} onChanged={(lock) => { setStatus({ ...status, lock }); onChanged(); }} />
      )}
      {status.protected && <RenewRecovery readOnly={readOnly} onCode={(c) => { setRenewed(true); setCode(c); }} />}

      <div className={styles.section} style={{ maxWidth: 'none' }}>
        <Text as="h2" className={styles.h2}>{p.copiesTitle}</Text>
        <Text>{p.copiesIntro}</Text>
        <Table size="small" data-testid="privacy-copies">
          <TableHeader>
            <TableRow>
              <TableHeaderCell style={{ width: '40px' }} />
              <TableHeaderCell>{p.copyName}</TableHeaderCell>
              <TableHeaderCell>{p.copyDate}</TableHeaderCell>
              <TableHeaderCell style={{ width: '90px' }}>{p.copySize}</TableHeaderCell>
              <TableHeaderCell style={{ width: '100px' }}>{p.copyEncrypted}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {status.copies.map((c) => (
              <TableRow key={c.file}>
                <TableCell>
                  {c.deletable && (
                    <Checkbox aria-label={c.name} checked={chosen.has(c.file)} disabled={readOnly} onChange={(_, d) => {
                      const s = new Set(chosen);
                      if (d.checked) s.add(c.file); else s.delete(c.file);
                      setChosen(s);
                    }} />
                  )}
                </TableCell>
                <TableCell><div>{p.copyKind[c.kind]}</div><Text size={200}>{c.name}</Text></TableCell>
                <TableCell>{formatDateTime(c.modifiedAt)}</TableCell>
                <TableCell>{formatMegabytes(c.size)}</TableCell>
                <TableCell>{c.encrypted ? p.yes : p.no}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <div><Button disabled={readOnly || chosen.size === 0} onClick={() => setAsking(true)}>{p.deleteChosen}</Button></div>
      </div>

      <Dialog open={asking} onOpenChange={(_, d) => !d.open && setAsking(false)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{p.deleteConfirmTitle}</DialogTitle>
            <DialogContent>{fill(p.deleteConfirm, { count: chosen.size })}</DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={() => setAsking(false)}>{ui.common.cancel}</Button>
              <Button appearance="primary" onClick={() => void deleteChosen()} data-testid="privacy-delete-confirm">{p.deleteChosen}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>

      <Dialog open={code !== null} modalType="alert">
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{p.codeTitle}</DialogTitle>
            <DialogContent>
              <Text block>{p.codeIntro}</Text>
              {renewed && <Text block weight="semibold">{p.renewedNote}</Text>}
              <div className={styles.code} data-testid="recovery-code">{code}</div>
            </DialogContent>
            <DialogActions>
              <Button onClick={() => void saveSheet()} data-testid="recovery-sheet">{p.saveSheet}</Button>
              <Button appearance="primary" onClick={() => setCode(null)}>{p.codeDone}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
