// Pengaturan > Privasi: a new recovery code (the sheet was lost, the head of OPD changed). Asks the current
// passphrase; the new code is shown once by the screen's recovery-code dialog, with the sheet offered again.
import { useState } from 'react';
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { call } from '../../lib/api';
import { useFail } from '../../lib/useFail';
import { ui } from '../../lib/messages';
import { PassphraseField } from './PassphraseField';

const p = ui.privacy;

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: '8px', maxWidth: '520px' },
  h2: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

export function RenewRecovery({ readOnly, onCode }: { readOnly: boolean; onCode: (code: string) => void }) {
  const styles = useStyles();
  const fail = useFail();
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | undefined>();
  const renew = async () => {
    try {
      const r = await call('privacy.renewRecoveryCode', { passphrase });
      setPassphrase('');
      setError(undefined);
      onCode(r.recoveryCode);
    } catch (e) {
      fail(e, (_field, message) => { setError(message); return true; });
    }
  };
  return (
    <form className={styles.section} onSubmit={(e) => { e.preventDefault(); void renew(); }} data-testid="privacy-renew">
      <Text as="h2" className={styles.h2}>{p.renewTitle}</Text>
      <Text>{p.renewIntro}</Text>
      <PassphraseField label={p.renewPassphrase} value={passphrase} onChange={setPassphrase} error={error} testId="privacy-renew-passphrase" />
      <div><Button type="submit" disabled={readOnly || !passphrase} data-testid="privacy-renew-submit">{p.renew}</Button></div>
    </form>
  );
}
