// A .satgasbak double-clicked in Explorer: the app (started with it, or focused by a second start) asks the core
// for it once, at start and whenever the window gains focus; the shell then shows it on the Cadangan screen.
import { useEffect } from 'react';
import type { ChosenFile } from '../../../electron/core/contract';
import { call } from './api';

export function useOpenedBackup(enabled: boolean, onOpened: (file: ChosenFile) => void): void {
  useEffect(() => {
    if (!enabled) return;
    const ask = () => {
      call('app.openedFile', {}).then((r) => {
        if (r.file) onOpened(r.file);
      }, () => {
        // nothing opened this way: the screens work as always
      });
    };
    ask();
    window.addEventListener('focus', ask);
    return () => window.removeEventListener('focus', ask);
  }, [enabled, onOpened]);
}
