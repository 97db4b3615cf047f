// The import dialog: choose a file → progress (cancellable) → preview → "Impor N pegawai". A file refused as a
// whole shows why and lets the user pick another one.
import { useEffect, useRef, useState } from 'react';
import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, MessageBar, MessageBarBody,
  MessageBarTitle, ProgressBar, Text, makeStyles, mergeClasses, tokens,
} from '@fluentui/react-components';
import type { ImportResult, JobPhase } from '../../../../electron/core/contract';
import { call } from '../../lib/api';
import { fill, ui } from '../../lib/messages';
import { chooseFile, useSavedNotice } from '../../lib/files';
import { ImportPreview } from './ImportPreview';
import { commitInput, commitLabel, initialChoices } from './importChoices';
import type { ImportChoices } from './importChoices';
import { formatCount } from './labels';
import { useFail } from '../../lib/useFail';
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


/** The job's phase code in words: the core sends codes, the renderer words them. */
export function phaseLabel(phase: JobPhase): string {
  return ui.progress[phase];
}

export function ImportWizard({ open, onClose, onImported, onTemplate }: ImportWizardProps) {
  const styles = useStyles();
  const fail = useFail();
  const job = useImportJob(fail);
  const savedNotice = useSavedNotice();
  const surface = useRef<HTMLDivElement>(null);
  /** the step's main button: it takes the focus when the step changes (the old step's buttons are gone) */
  const mainButton = useRef<HTMLButtonElement>(null);
  const { state } = job;
  const [choices, setChoices] = useState<ImportChoices>(initialChoices);
  const [leaveDateError, setLeaveDateError] = useState<string>();
  const previewId = state.step === 'preview' ? state.preview.previewId : null;
  // a new preview starts with no choices made
  useEffect(() => {
    setChoices(initialChoices());
    setLeaveDateError(undefined);
  }, [previewId]);

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


  const commit = async () => {
    if (state.step !== 'preview') return;
    const input = commitInput(state.preview.previewId, choices);
    if (!input) {
      setLeaveDateError(ui.roster.dateInvalid);
      return;
    }
    const result = await job.commit(input, (field, message) => {
      if (field !== 'date') return false;
      setLeaveDateError(message);
      return true;
    });
    if (!result) return;
    job.reset();
    onImported(result);
  };

  const saveRefused = async () => {
    if (state.step !== 'preview') return;
    try {
      savedNotice(await call('staff.saveRefusedRows', { previewId: state.preview.previewId }));
    } catch (e) {
      fail(e);
    }
  };

  const pick = () => {
    chooseFile('roster').then((file) => file && job.start(file), fail);
  };

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
    const label = commitLabel(preview, choices);
    title = fill(w.previewTitle, { file: preview.fileName });
    body = (
      <ImportPreview key={preview.previewId} preview={preview} busy={committing} onSaveRefused={() => void saveRefused()}
        onLeaveOut={(sheets) => void job.leaveOut(sheets)}
        choices={choices} onChoices={(c) => { setChoices(c); setLeaveDateError(undefined); }} leaveDateError={leaveDateError} />
    );
    actions = (
      <>
        <Button className={styles.left} disabled={committing} onClick={pick}>{w.chooseOther}</Button>
        <Button appearance="secondary" disabled={committing} onClick={close}>{ui.common.cancel}</Button>
        <Button appearance="primary" disabled={committing || label === null} onClick={() => void commit()}>
          {committing ? w.committing : label ?? w.nothingToCommit}
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

            {body}
          </DialogContent>
          <DialogActions fluid={state.step === 'preview'}>{actions}</DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
