import { createContext, useCallback, useContext } from 'react';
import { Link, Toast, ToastTitle, useToastController } from '@fluentui/react-components';

export const ToasterContext = createContext<string>('toaster');

export interface ToastAction {
  label: string;
  onClick: () => void;
}

type Intent = 'success' | 'error' | 'warning' | 'info';

/** A short toast: success after a save (optionally with an undo), or an error that says what to do. */
export function useNotify(): (message: string, intent?: Intent, action?: ToastAction) => void {
  const toasterId = useContext(ToasterContext);
  const { dispatchToast } = useToastController(toasterId);
  return useCallback(
    (message, intent = 'success', action) =>
      dispatchToast(
        <Toast>
          <ToastTitle action={action ? <Link onClick={action.onClick}>{action.label}</Link> : undefined}>{message}</ToastTitle>
        </Toast>,
        { intent, timeout: intent === 'error' ? 8000 : action ? 8000 : 3000 },
      ),
    [dispatchToast],
  );
}
