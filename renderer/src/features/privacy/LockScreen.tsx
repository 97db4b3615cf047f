// The lock screen over an open app: after this PC's idle minutes (Pengaturan > Privasi; IDLE_MINUTES unless
// chosen) without a key or a mouse move, or on Ctrl+L. Only when the data is protected (there is a passphrase to
// ask for). The data stays open underneath; the passphrase is checked by the core (privacy.verify). Locking the
// window locks Temuan again too.
import { useCallback, useEffect, useRef, useState } from 'react';
import { Button, Card, Text, makeStyles, tokens } from '@fluentui/react-components';
import { call } from '../../lib/api';
import { useNotify } from '../../components/toast';
import { fill, ui } from '../../lib/messages';
import { relockFindings } from './FindingsGate';
import { PassphraseField } from './PassphraseField';
import { usePassphraseForm } from './usePassphraseForm';

export const IDLE_MINUTES = 10;

const useStyles = makeStyles({
  overlay: { position: 'fixed', inset: 0, zIndex: 1000000, display: 'grid', placeItems: 'center', backgroundColor: tokens.colorNeutralBackground3 },
  card: { width: '420px', display: 'flex', flexDirection: 'column', gap: '12px', padding: '24px' },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  form: { display: 'flex', flexDirection: 'column', gap: '12px' },
});

/** This PC's idle minutes, asked again whenever `refreshKey` changes (Pengaturan > Privasi refreshes the shell). */
export function useIdleMinutes(enabled: boolean, refreshKey: unknown): number {
  const [minutes, setMinutes] = useState(IDLE_MINUTES);
  useEffect(() => {
    if (enabled) void call('privacy.lockState', {}).then((s) => setMinutes(s.idleMinutes)).catch(() => undefined);
  }, [enabled, refreshKey]);
  return minutes;
}

/** Locks after `minutes` idle or on Ctrl+L, when `enabled`; returns [locked, unlock]. */
export function useIdleLock(enabled: boolean, minutes = IDLE_MINUTES): [boolean, () => void] {
  const [locked, setLocked] = useState(false);
  const notify = useNotify();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const arm = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    if (enabled) timer.current = setTimeout(() => setLocked(true), minutes * 60_000);
  }, [enabled, minutes]);
  useEffect(() => {
    arm();
    const onActivity = () => arm();
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'l') {
        e.preventDefault();
        if (enabled) setLocked(true);
        else notify(ui.privacy.lockNeedsPassphrase, 'info');
        return;
      }
      arm();
    };
    window.addEventListener('mousemove', onActivity);
    window.addEventListener('mousedown', onActivity);
    window.addEventListener('keydown', onKey);
    return () => {
      if (timer.current) clearTimeout(timer.current);
      window.removeEventListener('mousemove', onActivity);
      window.removeEventListener('mousedown', onActivity);
      window.removeEventListener('keydown', onKey);
    };
  }, [arm, enabled, notify]);
  useEffect(() => {
    if (locked) relockFindings();
  }, [locked]);
  return [locked, useCallback(() => { setLocked(false); arm(); }, [arm])];
}

export function LockScreen({ onUnlocked, minutes = IDLE_MINUTES }: { onUnlocked: () => void; minutes?: number }) {
  const styles = useStyles();
  const { passphrase, setPassphrase, error, onSubmit } = usePassphraseForm(async (p) => {
    await call('privacy.verify', { passphrase: p });
    onUnlocked();
  });
  return (
    <div className={styles.overlay} role="dialog" aria-modal="true" aria-label={ui.privacy.lockedTitle} data-testid="lock-screen">
      <Card className={styles.card}>
        <Text as="h1" className={styles.title}>{ui.privacy.lockedTitle}</Text>
        <Text>{fill(ui.privacy.lockedIntro, { minutes })}</Text>
        <form className={styles.form} onSubmit={(e) => { e.preventDefault(); void onSubmit(); }}>
          <PassphraseField label={ui.privacy.passphrase} value={passphrase} onChange={setPassphrase} error={error} autoFocus testId="lock-passphrase" />
          <Button appearance="primary" type="submit" disabled={!passphrase} data-testid="lock-submit">{ui.privacy.unlock}</Button>
        </form>
      </Card>
    </div>
  );
}
