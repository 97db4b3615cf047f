// One way to report a failed call: the core's Indonesian message at the field when it names one, else a toast.
import { useCallback } from 'react';
import { ApiCallError } from './api';
import { useNotify } from '../components/toast';
import { ui } from './messages';

export function errorText(e: unknown): string {
  if (e instanceof ApiCallError) return e.message;
  // a programming error: logged, not shown raw
  console.error(e);
  return ui.common.errorTitle;
}

/** Returns fail(e, onField?): onField gets (field, message) and returns true when it showed the message. */
export function useFail(): (e: unknown, onField?: (field: string, message: string) => boolean) => void {
  const notify = useNotify();
  return useCallback((e, onField) => {
    if (e instanceof ApiCallError && e.field && onField?.(e.field, e.message)) return;
    notify(errorText(e), 'error');
  }, [notify]);
}
