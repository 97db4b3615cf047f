// Shown at start when the data is protected: the passphrase, or the recovery code from the recovery sheet.
import { useState } from 'react';
import { Button, Card, Field, Input, Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { AppStatus } from '../../../../electron/core/contract';
import { ApiCallError, call } from '../../lib/api';
import { useNotify } from '../../components/toast';
import { errorText } from '../../lib/useFail';
import { ui } from '../../lib/messages';
import { PassphraseField } from './PassphraseField';

const useStyles = makeStyles({
  root: { display: 'grid', placeItems: 'center', padding: '48px 24px' },
  card: { width: '420px', display: 'flex', flexDirection: 'column', gap: '12px', padding: '24px' },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  form: { display: 'flex', flexDirection: 'column', gap: '12px' },
});

export function UnlockScreen({ message, onUnlocked }: { message: string; onUnlocked: (status: AppStatus) => void }) {
  const styles = useStyles();
  const notify = useNotify();
  const [recovery, setRecovery] = useState(false);
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const status = await call('privacy.unlock', recovery ? { recoveryCode: secret } : { passphrase: secret });
      if (recovery) notify(ui.privacy.afterRecovery, 'warning');
      onUnlocked(status);
    } catch (e) {
      if (e instanceof ApiCallError && e.field) setError(e.message);
      else notify(errorText(e), 'error');
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className={styles.root}>
      <Card className={styles.card} data-testid="unlock-screen">
        <Text as="h1" className={styles.title}>{ui.privacy.unlockTitle}</Text>
        <Text>{message}</Text>
        <form className={styles.form} onSubmit={(e) => { e.preventDefault(); void submit(); }}>
          {recovery ? (
            <Field label={ui.privacy.recoveryCode} hint={ui.privacy.recoveryHint} validationMessage={error} validationState={error ? 'error' : 'none'}>
              <Input value={secret} autoFocus onChange={(_, d) => setSecret(d.value)} data-testid="unlock-recovery" autoComplete="off" />
            </Field>
          ) : (
            <PassphraseField label={ui.privacy.passphrase} value={secret} onChange={setSecret} error={error} autoFocus testId="unlock-passphrase" />
          )}
          <Button appearance="primary" type="submit" disabled={busy || !secret} data-testid="unlock-submit">{ui.privacy.unlock}</Button>
        </form>
        <Link onClick={() => { setRecovery(!recovery); setSecret(''); setError(undefined); }}>{recovery ? ui.privacy.usePassphrase : ui.privacy.useRecovery}</Link>
      </Card>
    </div>
  );
}
