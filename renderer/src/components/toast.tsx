import { createContext, useCallback, useContext } from 'react';
import { Link, Toast, ToastTitle, useToastController } from '@fluentui/react-components';

export const ToasterContext = createContext<string>('toaster');

let toastCount = 0;

export interface ToastAction {
  label: string;
  onClick: () => void;
}

type Intent = 'success' | 'error' | 'warning' | 'info';

/** A short toast: success after a save (optionally with an undo), or an error that says what to do. */
export function useNotify(): (message: string, intent?: Intent, action?: ToastAction) => void {
  const toasterId = useContext(ToasterContext);
  const { dispatchToast, dismissToast } = useToastController(toasterId);
  return useCallback(
    (message, intent = 'success', action) => {
      const toastId = `toast-${++toastCount}`;
      // An undo is done once: the toast goes away when its action is used.
      const onAction = action && (() => {
        dismissToast(toastId);
        action.onClick();
      });
      dispatchToast(
        <Toast>
          <ToastTitle action={onAction ? <Link onClick={onAction}>{action!.label}</Link> : undefined}>{message}</ToastTitle>
        </Toast>,
        { toastId, intent, timeout: intent === 'error' ? 8000 : action ? 8000 : 3000 },
      );
    },
    [dispatchToast, dismissToast],
  );
}
