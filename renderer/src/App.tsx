// The app shell: header with the OPD name, a left navigation with only the screens that exist, the work area.
import { useCallback, useEffect, useRef, useState } from 'react';
import { Badge, Spinner, Text, Toaster, makeStyles, tokens, useId } from '@fluentui/react-components';
import type { AppStatus } from '../../electron/core/contract';
import { call, hasApi } from './lib/api';
import { DatabaseRecovery } from './components/DatabaseRecovery';
import { StatusBanner } from './components/StatusBanner';
import { ActiveElectionBadge } from './features/elections/ActiveElection';
import { LockScreen, useIdleLock, useIdleMinutes } from './features/privacy/LockScreen';
import { UnlockScreen } from './features/privacy/UnlockScreen';
import { ToasterContext } from './components/toast';
import { ui } from './lib/messages';
import { Navigation } from './Navigation';
import { screens } from './screens';
import { useOpenedBackup } from './lib/useOpenedBackup';
import type { ChosenFile } from '../../electron/core/contract';
import type { ScreenId } from './screens';

const useStyles = makeStyles({
  shell: { display: 'grid', gridTemplateRows: '48px 1fr', gridTemplateColumns: '200px 1fr', height: '100vh', minHeight: 0 },
  header: {
    gridColumn: '1 / 3', display: 'flex', alignItems: 'center', gap: '16px', padding: '0 16px',
    backgroundColor: tokens.colorBrandBackground, color: tokens.colorNeutralForegroundOnBrand,
  },
  appName: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  opd: { color: tokens.colorNeutralForegroundOnBrand, opacity: 0.9 },
  main: { overflow: 'auto', minHeight: 0, backgroundColor: tokens.colorNeutralBackground2 },
  centered: { display: 'grid', placeItems: 'center', height: '100vh', padding: '24px', textAlign: 'center' },
});

export function App() {
  const styles = useStyles();
  const toasterId = useId('toaster');
  const [status, setStatus] = useState<AppStatus | null>(null);
  const [screen, setScreen] = useState<ScreenId>('home');
  const leaveGuard = useRef<(() => Promise<boolean>) | null>(null);
  const setLeaveGuard = useCallback((guard: (() => Promise<boolean>) | null) => { leaveGuard.current = guard; }, []);
  const select = useCallback(async (id: ScreenId) => {
    if (id !== screen && leaveGuard.current && !(await leaveGuard.current())) return;
    setScreen(id);
  }, [screen]);

  const refreshStatus = useCallback(async () => setStatus(await call('app.status', {})), []);
  useEffect(() => {
    if (hasApi()) void refreshStatus();
  }, [refreshStatus]);
  const [openedBackup, setOpenedBackup] = useState<ChosenFile | null>(null);
  const showOpened = useCallback((file: ChosenFile) => {
    setOpenedBackup(file);
    void select('backup');
  }, [select]);
  useOpenedBackup(status?.database.state === 'ready' || status?.database.state === 'read-only', showOpened);
  const lockable = status?.protected === true && (status.database.state === 'ready' || status.database.state === 'read-only');
  const idleMinutes = useIdleMinutes(lockable, status);
  const [locked, unlock] = useIdleLock(lockable, idleMinutes);

  if (!hasApi()) return <div className={styles.centered}><Text>{ui.harness.tokenMissing}</Text></div>;
  if (!status) return <div className={styles.centered}><Spinner label={ui.common.loading} /></div>;

  const db = status.database;
  const usable = db.state === 'ready' || db.state === 'read-only';
  const Screen = screens.find((s) => s.id === screen)?.component;

  return (
    <ToasterContext.Provider value={toasterId}>
      <Toaster toasterId={toasterId} position="bottom-end" />
      <div className={styles.shell}>
        <header className={styles.header}>
          <span className={styles.appName}>{ui.appName}</span>
          <span className={styles.opd} data-testid="header-opd">{db.state === 'locked' ? ui.privacy.unlockTitle : status.opdName || ui.header.noOpd}</span>
          {db.state === 'read-only' && <Badge color="warning">{ui.header.readOnly}</Badge>}
          {usable && <ActiveElectionBadge refreshKey={status} />}
        </header>
        <Navigation current={screen} onSelect={(id) => void select(id)} enabled={usable} />
        <main className={styles.main}>
          <StatusBanner status={db} warnings={status.warnings} onChanged={refreshStatus} />
          {db.state === 'corrupt' && <DatabaseRecovery status={db} onRestored={refreshStatus} />}
          {db.state === 'locked' && <UnlockScreen message={db.message} onUnlocked={setStatus} />}
          {usable && Screen && <Screen onChanged={refreshStatus} readOnly={db.state === 'read-only'} setLeaveGuard={setLeaveGuard} navigate={(id) => void select(id)} openedBackup={openedBackup} />}
        </main>
      </div>
      {locked && <LockScreen onUnlocked={unlock} minutes={idleMinutes} />}
    </ToasterContext.Provider>
  );
}
