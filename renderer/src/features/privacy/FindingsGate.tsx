// "Temuan" behind its own passphrase prompt when the Temuan lock is on (Pengaturan > Privasi). The core refuses
// every findings call while it is locked (privacy/findingsLock.ts); this screen asks for the passphrase, and
// locks the area again when the user leaves Temuan, when the window locks (idle or Ctrl+L), and when any call
// answers `findings-locked` (the core's idle minutes ran out).
import { useCallback, useEffect, useState } from 'react';
import type { ComponentType } from 'react';
import { Button, Card, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { LockState } from '../../../../electron/core/contract';
import { ApiCallError, FINDINGS_LOCKED_EVENT, call } from '../../lib/api';
import { useFail } from '../../lib/useFail';
import { fill, ui } from '../../lib/messages';
import type { ScreenProps } from '../../screens';
import { PassphraseField } from './PassphraseField';
import { usePassphraseForm } from './usePassphraseForm';

const useStyles = makeStyles({
  root: { padding: '48px 24px', display: 'grid', justifyItems: 'center' },
  card: { width: '460px', display: 'flex', flexDirection: 'column', gap: '12px', padding: '24px' },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  form: { display: 'flex', flexDirection: 'column', gap: '12px' },
});

/** Locks Temuan again in the core and on the screen (the window locked). */
export function relockFindings(): void {
  void call('privacy.lockFindings', {}).catch(() => undefined);
  window.dispatchEvent(new Event(FINDINGS_LOCKED_EVENT));
}

function FindingsPrompt({ minutes, onOpened }: { minutes: number; onOpened: (s: LockState) => void }) {
  const styles = useStyles();
  const { passphrase, setPassphrase, error, onSubmit } = usePassphraseForm(async (p) => onOpened(await call('privacy.unlockFindings', { passphrase: p })));
  return (
    <div className={styles.root}>
      <Card className={styles.card} data-testid="findings-locked">
        <Text as="h1" className={styles.title}>{ui.privacy.findingsLockedTitle}</Text>
        <Text>{fill(ui.privacy.findingsLockedIntro, { minutes })}</Text>
        <form className={styles.form} onSubmit={(e) => { e.preventDefault(); void onSubmit(); }}>
          <PassphraseField label={ui.privacy.passphrase} value={passphrase} onChange={setPassphrase} error={error} autoFocus testId="findings-passphrase" />
          <Button appearance="primary" type="submit" disabled={!passphrase} data-testid="findings-unlock">{ui.privacy.findingsUnlock}</Button>
        </form>
      </Card>
    </div>
  );
}

/** The screen `Screen` shown only while Temuan is open; the prompt otherwise. */
export function withFindingsLock(Screen: ComponentType<ScreenProps>): ComponentType<ScreenProps> {
  function FindingsGate(props: ScreenProps) {
    const fail = useFail();
    const [state, setState] = useState<LockState | null>(null);
    const load = useCallback(() => call('privacy.lockState', {}).then(setState).catch(fail), [fail]);
    useEffect(() => {
      void load();
      const relock = () => setState((s) => (s && s.findingsLock ? { ...s, findingsOpen: false } : s));
      window.addEventListener(FINDINGS_LOCKED_EVENT, relock);
      return () => {
        window.removeEventListener(FINDINGS_LOCKED_EVENT, relock);
        // leaving Temuan locks it again
        void call('privacy.lockFindings', {}).catch((e: unknown) => { if (!(e instanceof ApiCallError)) console.error(e); });
      };
    }, [load]);
    if (!state) return <Spinner label={ui.common.loading} />;
    if (!state.findingsOpen) return <FindingsPrompt minutes={state.idleMinutes} onOpened={setState} />;
    return <Screen {...props} />;
  }
  return FindingsGate;
}
