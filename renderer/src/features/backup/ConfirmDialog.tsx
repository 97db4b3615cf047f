// The question asked before anything that replaces or moves the data: a title, what will happen, do it or cancel.
import type { ReactNode } from 'react';
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { ui } from '../../lib/messages';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  action: string;
  onConfirm: () => void;
  onClose: () => void;
  /** 'alert' for a replacement that cannot be taken back in the app */
  modalType?: 'modal' | 'alert';
}

export function ConfirmDialog({ open, title, children, action, onConfirm, onClose, modalType = 'modal' }: ConfirmDialogProps) {
  return (
    <Dialog modalType={modalType} open={open} onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>{children}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>{action}</Button>
            <Button onClick={onClose}>{ui.backup.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
