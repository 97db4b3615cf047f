// An encrypted backup is restored with the passphrase set when it was made, or with the recovery code from the
// recovery sheet: one field, and a link to switch between the two.
import { Button, Field, Input, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { ui } from '../../lib/messages';

export type BackupSecretInput = { kind: 'passphrase' | 'recoveryCode'; text: string };

export function SecretField({ secret, onChange, error }: { secret: BackupSecretInput; onChange: (s: BackupSecretInput) => void; error: string | undefined }) {
  const b = ui.backup;
  const code = secret.kind === 'recoveryCode';
  return (
    <>
      <MessageBar intent="info" layout="multiline"><MessageBarBody>{b.encryptedBackup}</MessageBarBody></MessageBar>
      <Field label={code ? b.secretCode : b.secretPassphrase} validationMessage={error} style={{ width: '100%' }}>
        <Input type={code ? 'text' : 'password'} value={secret.text} autoComplete="off" onChange={(_, d) => onChange({ ...secret, text: d.value })} />
      </Field>
      <Button appearance="transparent" size="small" onClick={() => onChange({ kind: code ? 'passphrase' : 'recoveryCode', text: '' })}>
        {code ? b.secretUsePassphrase : b.secretUseCode}
      </Button>
    </>
  );
}
