// One passphrase field and its submit, as the lock screen, Temuan's prompt and the new recovery code use it: the
// core's message at the field when it names one (a wrong passphrase), else a toast; the field cleared on success.
import { useState } from 'react';
import { useFail } from '../../lib/useFail';

export function usePassphraseForm(submit: (passphrase: string) => Promise<void>) {
  const fail = useFail();
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | undefined>();
  const onSubmit = async () => {
    try {
      await submit(passphrase);
      setPassphrase('');
      setError(undefined);
    } catch (e) {
      fail(e, (_field, message) => { setError(message); return true; });
    }
  };
  return { passphrase, setPassphrase, error, onSubmit };
}
