// Pengaturan > Privasi: a new recovery code (the sheet was lost, the head of OPD changed). Asks the current
// passphrase; the new code is shown once by the screen's recovery-code dialog, with the sheet offered again.
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { call } from '../../lib/api';
import { ui } from '../../lib/messages';
import { PassphraseField } from './PassphraseField';
import { usePassphraseForm } from './usePassphraseForm';

const p = ui.privacy;

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: '8px', maxWidth: '520px' },
  h2: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

export function RenewRecovery({ readOnly, onCode }: { readOnly: boolean; onCode: (code: string) => void }) {
  const styles = useStyles();
  const { passphrase, setPassphrase, error, onSubmit } = usePassphraseForm(async (p) => onCode((await call('privacy.renewRecoveryCode', { passphrase: p })).recoveryCode));
  return (
    <form className={styles.section} onSubmit={(e) => { e.preventDefault(); void onSubmit(); }} data-testid="privacy-renew">
      <Text as="h2" className={styles.h2}>{p.renewTitle}</Text>
      <Text>{p.renewIntro}</Text>
      <PassphraseField label={p.renewPassphrase} value={passphrase} onChange={setPassphrase} error={error} testId="privacy-renew-passphrase" />
      <div><Button type="submit" disabled={readOnly || !passphrase} data-testid="privacy-renew-submit">{p.renew}</Button></div>
    </form>
  );
}
