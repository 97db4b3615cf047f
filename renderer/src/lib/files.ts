// Files through the platform port: the renderer never reads or writes a file itself. It asks the main process
// to choose one (a native dialog in Electron, the browser's picker in the web harness) and gets a reference;
// a saved file comes back as a reference it can open.
import { useCallback } from 'react';
import type { ChosenFile, SaveResult } from '../../../electron/core/contract';
import type { OpenKind } from '../../../electron/core/platform/port';
import { useNotify } from '../components/toast';
import { call } from './api';
import { fill, ui } from './messages';

/** Call straight from a click handler: the browser shows its picker only during the click. */
export async function chooseFile(kind: OpenKind): Promise<ChosenFile | null> {
  const [file] = await call('files.choose', { kind, multiple: false });
  return file ?? null;
}

/** A toast for a saved file ("Tersimpan: … di …") with "Buka"; nothing when the user cancelled the dialog. */
export function useSavedNotice(): (result: SaveResult) => void {
  const notify = useNotify();
  return useCallback((result: SaveResult) => {
    const saved = result.saved;
    if (!saved) return;
    notify(fill(ui.files.savedTo, { file: saved.name, folder: saved.folder }), 'success', {
      label: ui.files.open,
      onClick: () => void call('files.open', { ref: saved.ref }).catch(() => undefined),
    });
  }, [notify]);
}
