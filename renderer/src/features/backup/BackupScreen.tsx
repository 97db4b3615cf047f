// "Cadangan" (under Pengaturan): make a backup to a USB stick or a shared folder, restore one after seeing what
// it holds and confirming, see where the data lives, and make the handover files for the next secretary.
// "Cadangkan" and "Pulihkan" run as jobs with their progress shown (files done of all); an encrypted backup asks
// for its passphrase or the recovery code before the restore.
import { useCallback, useEffect, useState } from 'react';
import { Button, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { BackupState, BackupSummary, ChosenFile } from '../../../../electron/core/contract';
import { ApiCallError, call } from '../../lib/api';
import { chooseFile, useSavedNotice } from '../../lib/files';
import { fill, formatDateLong, formatDateTime, ui } from '../../lib/messages';
import { IdentityNotice } from '../../components/IdentityNotice';
import { useNotify } from '../../components/toast';
import { useFail } from '../../lib/useFail';
import type { ScreenProps } from '../../screens';
import { BackupSummaryView } from './BackupSummaryView';
import { ConfirmDialog } from './ConfirmDialog';
import type { JobProgress } from './backupJob';
import { untilDone } from './backupJob';
import { JobProgressView } from './JobProgressView';
import type { BackupSecretInput } from './SecretField';
import { SecretField } from './SecretField';

const b = ui.backup;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '14px', padding: '16px 20px', maxWidth: '880px' },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
  sections: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '14px' },
  // minWidth 0: a long message wraps inside its column instead of widening it
  section: { minWidth: 0, backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusMedium, padding: '12px 16px', boxShadow: tokens.shadow2, display: 'flex', flexDirection: 'column', gap: '8px', alignItems: 'flex-start' },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  path: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, wordBreak: 'break-all' },
});

function lastBackupText(state: BackupState): string {
  if (!state.lastManual) return b.neverBackedUp;
  const date = formatDateTime(state.lastManual.at);
  return state.daysSince === 0 ? fill(b.lastBackupToday, { date }) : fill(b.lastBackup, { date, days: state.daysSince ?? 0 });
}

export function BackupScreen({ onChanged, readOnly, openedBackup }: ScreenProps) {
  const styles = useStyles();
  const notify = useNotify();
  const fail = useFail();
  const savedNotice = useSavedNotice();
  const [state, setState] = useState<BackupState | null>(null);
  const [busy, setBusy] = useState(false);
  const [chosen, setChosen] = useState<{ file: ChosenFile; summary: BackupSummary } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [confirmMove, setConfirmMove] = useState(false);
  /** the running job: which section shows it, and how far it is */
  const [progress, setProgress] = useState<{ of: 'backup' | 'restore'; at: JobProgress } | null>(null);
  const [secret, setSecret] = useState<BackupSecretInput>({ kind: 'passphrase', text: '' });
  const [secretError, setSecretError] = useState<string | undefined>(undefined);

  const load = useCallback(async () => setState(await call('backup.status', {})), []);
  useEffect(() => void load().catch(fail), [load, fail]);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  };

  const backup = () => run(async () => {
    const { jobId } = await call('backup.createStart', {});
    if (!jobId) return;
    setProgress({ of: 'backup', at: { phase: 'starting', done: 0, total: 0 } });
    try {
      const result = await untilDone(() => call('backup.createStatus', { jobId }), (at) => setProgress({ of: 'backup', at }));
      if (result.saved) savedNotice(result);
    } finally {
      setProgress(null);
    }
    await load();
  });
  const show = (pick: () => Promise<ChosenFile | null>) => run(async () => {
    setChosen(null);
    setSecret({ kind: 'passphrase', text: '' });
    setSecretError(undefined);
    const file = await pick();
    if (!file) return;
    setChosen({ file, summary: await call('backup.inspect', { ref: file.ref }) });
  });
  const choose = () => show(() => chooseFile('backup'));
  // opened by a double-click: shown as if chosen here (nothing is restored before the user confirms)
  useEffect(() => {
    if (openedBackup) void show(async () => openedBackup); // once per opened file
  }, [openedBackup]);
  const restore = () => run(async () => {
    if (!chosen) return;
    setConfirming(false);
    setSecretError(undefined);
    const typed = chosen.summary.encrypted ? (secret.kind === 'passphrase' ? { passphrase: secret.text } : { recoveryCode: secret.text }) : undefined;
    setProgress({ of: 'restore', at: { phase: 'starting', done: 0, total: 0 } });
    let result;
    try {
      const { jobId } = await call('backup.restoreStart', { ref: chosen.file.ref, confirmed: true, ...(typed ? { secret: typed } : {}) });
      result = await untilDone(() => call('backup.restoreStatus', { jobId }), (at) => setProgress({ of: 'restore', at }));
    } catch (e) {
      // a missing or wrong secret is said at its field; the chosen backup stays chosen
      if (e instanceof ApiCallError && e.field === 'secret') {
        setSecretError(e.message);
        return;
      }
      throw e;
    } finally {
      setProgress(null);
    }
    setChosen(null);
    setSecret({ kind: 'passphrase', text: '' });
    notify(fill(b.restored, { folder: result.setAside }));
    await load();
    onChanged();
  });
  const handover = () => run(async () => {
    const result = await call('backup.handover', {});
    if (result.backup && result.summary) {
      notify(fill(b.handoverSaved, { backup: result.backup.name, summary: result.summary.name }), 'success', {
        label: b.open,
        onClick: () => void call('files.open', { ref: result.summary!.ref }).catch(() => undefined),
      });
    }
    await load();
  });

  const move = () => run(async () => {
    setConfirmMove(false);
    const { moved } = await call('backup.moveDatabase', {});
    if (!moved) return;
    setState(moved);
    notify(fill(b.moved, { folder: moved.dataFolder }));
    onChanged();
  });

  if (!state) return <Spinner label={ui.common.loading} />;

  return (
    <div className={styles.root}>
      <h1 className={styles.title}>{b.title}</h1>
      <Text className={styles.hint}>{b.intro}</Text>
      {state.remind && (
        <MessageBar intent="warning">
          <MessageBarBody>{state.lastManual ? b.remind : b.remindNever}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.sections}>
        <section className={styles.section} aria-labelledby="backup-now">
          <h2 id="backup-now" className={styles.heading}>{b.sectionBackup}</h2>
          <Text className={styles.hint}>{b.backupHint}</Text>
          <Text>{lastBackupText(state)}</Text>
          <Text className={styles.hint}>{fill(b.automatic, { count: state.automatic })}</Text>
          <Button appearance="primary" disabled={busy} onClick={() => void backup()}>{b.backupNow}</Button>
          {progress?.of === 'backup' && <JobProgressView progress={progress.at} />}
        </section>

        <section className={styles.section} aria-labelledby="backup-restore">
          <h2 id="backup-restore" className={styles.heading}>{b.sectionRestore}</h2>
          <Text className={styles.hint}>{b.restoreHint}</Text>
          <Button disabled={busy || readOnly} onClick={() => void choose()}>{b.chooseBackup}</Button>
          {chosen && (
            <>
              <Text weight="semibold">{`${b.previewTitle}: ${chosen.file.name}`}</Text>
              <BackupSummaryView summary={chosen.summary} />
              <MessageBar intent="success" layout="multiline"><MessageBarBody>{chosen.summary.encrypted ? b.verifiedEncrypted : b.verified}</MessageBarBody></MessageBar>
              {chosen.summary.encrypted && <SecretField secret={secret} onChange={(s) => { setSecret(s); setSecretError(undefined); }} error={secretError} />}
              <Button appearance="primary" disabled={busy || readOnly || (chosen.summary.encrypted && secret.text.trim() === '')} onClick={() => setConfirming(true)}>{b.restoreStart}</Button>
              {progress?.of === 'restore' && <JobProgressView progress={progress.at} />}
            </>
          )}
        </section>

        <section className={styles.section} aria-labelledby="backup-handover">
          <h2 id="backup-handover" className={styles.heading}>{b.sectionHandover}</h2>
          <Text className={styles.hint}>{b.handoverHint}</Text>
          <IdentityNotice />
          <Button disabled={busy} onClick={() => void handover()}>{b.handoverDo}</Button>
        </section>

        <section className={styles.section} aria-labelledby="backup-location">
          <h2 id="backup-location" className={styles.heading}>{b.sectionLocation}</h2>
          <Text className={styles.hint}>{b.locationHint}</Text>
          <Text className={styles.path}>{state.dataFolder}</Text>
          <Text className={styles.hint}>{b.moveHint}</Text>
          <Button disabled={busy || readOnly} onClick={() => setConfirmMove(true)}>{b.moveDo}</Button>
        </section>
      </div>

      {/* one question at a time, mounted only while asked */}
      {confirming && <ConfirmDialog modalType="alert" open title={b.restoreConfirmTitle} action={b.restoreDo} onConfirm={() => void restore()} onClose={() => setConfirming(false)}>
        {chosen && fill(b.restoreConfirm, { date: formatDateLong(chosen.summary.createdAt.slice(0, 10)) })}
      </ConfirmDialog>}
      {confirmMove && <ConfirmDialog open title={b.moveConfirmTitle} action={b.moveConfirmDo} onConfirm={() => void move()} onClose={() => setConfirmMove(false)}>
        {b.moveConfirm}
      </ConfirmDialog>}
    </div>
  );
}
