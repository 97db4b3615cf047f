// The import dialog: choose a file → progress (cancellable) → preview → "Impor N pegawai". A file refused as a
// whole shows why and lets the user pick another one.
import { useEffect, useRef } from 'react';
import type { ChangeEvent } from 'react';
import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, MessageBar, MessageBarBody,
  MessageBarTitle, ProgressBar, Text, makeStyles, mergeClasses, tokens,
} from '@fluentui/react-components';
import type { ImportResult } from '../../../electron/core/roster/types';
import { call } from '../api';
import { useNotify } from '../components/toast';
import { fill, ui } from '../messages';
import { downloadFile } from './download';
import { ImportPreview } from './ImportPreview';
import { formatCount } from './labels';
import { useFail } from './useFail';
import { useImportJob } from './useImportJob';

const useStyles = makeStyles({
  small: { width: 'min(600px, 96vw)', maxWidth: 'min(600px, 96vw)' },
  wide: { width: 'min(1100px, 96vw)', maxWidth: 'min(1100px, 96vw)', maxHeight: 'calc(100vh - 24px)', padding: '16px 20px' },
  content: { display: 'flex', flexDirection: 'column', gap: '12px' },
  hint: { color: tokens.colorNeutralForeground3 },
  buttons: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
  progressText: { display: 'flex', justifyContent: 'space-between', gap: '12px' },
  left: { marginRight: 'auto' },
});

const w = ui.roster.wizard;

export interface ImportWizardProps {
  open: boolean;
  onClose: () => void;
  onImported: (result: ImportResult) => void;
  onTemplate: () => void;
}

export const ACCEPTED_FILES = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

/** The job's phase code in words (ui.progress); a phase the core already words is shown as it is. */
export function phaseLabel(phase: string): string {
  return (ui.progress as Record<string, string>)[phase] ?? (phase || ui.common.loading);
}

export function ImportWizard({ open, onClose, onImported, onTemplate }: ImportWizardProps) {
  const styles = useStyles();
  const notify = useNotify();
  const fail = useFail();
  const job = useImportJob(fail);
  const fileInput = useRef<HTMLInputElement>(null);
  const surface = useRef<HTMLDivElement>(null);
  /** the step's main button: it takes the focus when the step changes (the old step's buttons are gone) */
  const mainButton = useRef<HTMLButtonElement>(null);
  const { state } = job;

  useEffect(() => {
    if (!open) return;
    // the preview is a confirmation: focus its surface, not the commit button, so a stray Enter writes nothing
    const target = state.step === 'preview' ? surface.current : mainButton.current;
    target?.focus();
  }, [open, state.step]);

  const close = () => {
    if (state.step === 'reading') void job.cancel();
    job.reset();
    onClose();
  };

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) void job.start(file);
  };

  const commit = async () => {
    const result = await job.commit();
    if (!result) return;
    job.reset();
    onImported(result);
  };

  const saveRefused = async () => {
    if (state.step !== 'preview') return;
    try {
      const file = await call('roster.refusedWorkbook', { previewId: state.preview.previewId });
      downloadFile(file);
      notify(fill(w.downloaded, { file: file.fileName }));
    } catch (e) {
      fail(e);
    }
  };

  const pick = () => fileInput.current?.click();
  const input = (
    <input ref={fileInput} type="file" accept={ACCEPTED_FILES} hidden onChange={choose} data-testid="roster-file-input" />
  );

  let title: string = w.title;
  let body;
  let actions;
  if (state.step === 'choose') {
    body = (
      <>
        <Text>{w.chooseIntro}</Text>
        {state.error && (
          <MessageBar intent="error" layout="multiline" data-testid="import-error">
            <MessageBarBody><MessageBarTitle>{w.failedTitle}</MessageBarTitle>{state.error}</MessageBarBody>
          </MessageBar>
        )}
        {state.info && <MessageBar intent="info"><MessageBarBody>{state.info}</MessageBarBody></MessageBar>}
        <div className={styles.buttons}>
          <Button ref={mainButton} appearance="primary" onClick={pick}>{state.error ? w.chooseOther : w.choose}</Button>
          <Button onClick={onTemplate}>{ui.roster.template}</Button>
        </div>
        <Text size={200} className={styles.hint}>{w.templateHint}</Text>
      </>
    );
    actions = <Button appearance="secondary" onClick={close}>{ui.common.cancel}</Button>;
  } else if (state.step === 'reading') {
    const known = state.total > 0;
    body = (
      <>
        <Text>{fill(w.reading, { file: state.fileName })}</Text>
        <ProgressBar value={known ? Math.min(1, state.done / state.total) : undefined} thickness="large" aria-label={phaseLabel(state.phase)} />
        <div className={styles.progressText} data-testid="import-progress">
          <Text>{phaseLabel(state.phase)}</Text>
          <Text>{known
            ? fill(w.progress, { done: formatCount(state.done), total: formatCount(state.total) })
            : fill(w.progressUnknown, { done: formatCount(state.done) })}</Text>
        </div>
      </>
    );
    actions = <Button ref={mainButton} appearance="secondary" onClick={() => void job.cancel()}>{ui.common.cancel}</Button>;
  } else {
    const { preview, committing } = state;
    const writes = preview.counts.new + preview.counts.updated;
    title = fill(w.previewTitle, { file: preview.fileName });
    body = <ImportPreview preview={preview} busy={committing} onSaveRefused={() => void saveRefused()} />;
    actions = (
      <>
        <Button className={styles.left} disabled={committing} onClick={pick}>{w.chooseOther}</Button>
        <Button appearance="secondary" disabled={committing} onClick={close}>{ui.common.cancel}</Button>
        <Button appearance="primary" disabled={committing || writes === 0} onClick={() => void commit()}>
          {committing ? w.committing : writes === 0 ? w.nothingToCommit : fill(w.commit, { count: formatCount(writes) })}
        </Button>
      </>
    );
  }

  return (
    <Dialog open={open} modalType="modal" onOpenChange={(_, d) => { if (!d.open) close(); }}>
      <DialogSurface ref={surface} className={mergeClasses(state.step === 'preview' ? styles.wide : styles.small)}>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent className={styles.content}>
            {input}
            {body}
          </DialogContent>
          <DialogActions fluid={state.step === 'preview'}>{actions}</DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
