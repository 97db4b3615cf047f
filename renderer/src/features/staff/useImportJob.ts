// The import wizard's steps: choose a file → the core reads it in the background (polled every 200 ms, can be
// cancelled) → a preview → commit. Nothing is written before commit.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChosenFile, ImportResult, InputOf, JobPhase, RosterPreview } from '../../../../electron/core/contract';
import { ApiCallError, call } from '../../lib/api';
import { ui } from '../../lib/messages';
import { errorText } from '../../lib/useFail';

export const POLL_MS = 200;

export type ImportStep =
  | { step: 'choose'; error?: string; info?: string }
  | { step: 'reading'; fileName: string; jobId: string | null; phase: JobPhase; done: number; total: number }
  | { step: 'preview'; preview: RosterPreview; committing: boolean };

const EXPIRED = new Set(['import-preview-expired', 'import-job-not-found']);

export interface ImportJob {
  state: ImportStep;
  start: (file: ChosenFile) => Promise<void>;
  cancel: () => Promise<void>;
  /** leaves the named sheets out of the previewed import; the preview becomes the new one */
  leaveOut: (sheets: string[]) => Promise<void>;
  /** resolves with the result, or null when it failed (the failure is shown at its field by onField, or reported) */
  commit: (input: InputOf<'staff.importCommit'>, onField?: (field: string, message: string) => boolean) => Promise<ImportResult | null>;
  reset: () => void;
}

export function useImportJob(onError: (e: unknown, onField?: (field: string, message: string) => boolean) => void): ImportJob {
  const [state, setState] = useState<ImportStep>({ step: 'choose' });
  /** the job being polled; anything else that answers is stale */
  const active = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  /** bumped by every start, cancel and reset: a start that comes back after one of those is dropped */
  const generation = useRef(0);

  const stop = useCallback(() => {
    generation.current += 1;
    active.current = null;
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  }, []);
  useEffect(() => stop, [stop]);

  const poll = useCallback(async (jobId: string, fileName: string) => {
    if (active.current !== jobId) return;
    let status;
    try {
      status = await call('staff.importStatus', { jobId });
    } catch (e) {
      if (active.current !== jobId) return;
      stop();
      setState({ step: 'choose', error: errorText(e) });
      return;
    }
    if (active.current !== jobId) return;
    switch (status.state) {
      case 'running':
        setState({ step: 'reading', fileName, jobId, phase: status.phase, done: status.done, total: status.total });
        timer.current = setTimeout(() => void poll(jobId, fileName), POLL_MS);
        return;
      case 'done':
        stop();
        setState({ step: 'preview', preview: status.result, committing: false });
        return;
      case 'failed':
        stop();
        setState({ step: 'choose', error: status.error.message });
        return;
      case 'cancelled':
        stop();
        setState({ step: 'choose', info: ui.roster.wizard.cancelled });
    }
  }, [stop]);

  const start = useCallback(async (file: ChosenFile) => {
    stop();
    const mine = generation.current;
    setState({ step: 'reading', fileName: file.name, jobId: null, phase: 'reading', done: 0, total: 0 });
    try {
      const { jobId } = await call('staff.importStart', { ref: file.ref });
      if (generation.current !== mine) {
        // cancelled while the file was being read
        await call('staff.importCancel', { jobId }).catch(() => undefined);
        return;
      }
      active.current = jobId;
      setState((s) => (s.step === 'reading' ? { ...s, jobId } : s));
      await poll(jobId, file.name);
    } catch (e) {
      if (generation.current === mine) setState({ step: 'choose', error: errorText(e) });
    }
  }, [poll, stop]);

  const cancel = useCallback(async () => {
    const jobId = active.current;
    stop();
    setState({ step: 'choose', info: ui.roster.wizard.cancelled });
    if (jobId) {
      try {
        await call('staff.importCancel', { jobId });
      } catch (e) {
        onError(e);
      }
    }
  }, [onError, stop]);

  const commit = useCallback(async (input: InputOf<'staff.importCommit'>, onField?: (field: string, message: string) => boolean) => {
    if (state.step !== 'preview' || state.committing) return null;
    const { preview } = state;
    setState({ step: 'preview', preview, committing: true });
    try {
      return await call('staff.importCommit', input);
    } catch (e) {
      if (e instanceof ApiCallError && EXPIRED.has(e.code)) setState({ step: 'choose', error: e.message });
      else {
        setState({ step: 'preview', preview, committing: false });
        onError(e, onField);
      }
      return null;
    }
  }, [onError, state]);

  const leaveOut = useCallback(async (sheets: string[]) => {
    if (state.step !== 'preview' || state.committing) return;
    const { preview } = state;
    setState({ step: 'preview', preview, committing: true });
    try {
      setState({ step: 'preview', preview: await call('staff.importSheets', { previewId: preview.previewId, leaveOut: sheets }), committing: false });
    } catch (e) {
      if (e instanceof ApiCallError && EXPIRED.has(e.code)) setState({ step: 'choose', error: e.message });
      else {
        setState({ step: 'preview', preview, committing: false });
        onError(e);
      }
    }
  }, [onError, state]);

  const reset = useCallback(() => {
    stop();
    setState({ step: 'choose' });
  }, [stop]);

  return { state, start, cancel, leaveOut, commit, reset };
}
