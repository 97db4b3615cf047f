// "Hapus …?": the question asked before a record is removed, with what will go; Batal, or Hapus.
import type { ReactNode } from 'react';
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { ui } from '../lib/messages';

export interface RemoveDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  /** what will be removed, in words */
  children: ReactNode;
  onRemove: () => void;
}

export function RemoveDialog({ open, onOpenChange, title, children, onRemove }: RemoveDialogProps) {
  return (
    <Dialog open={open} onOpenChange={(_, d) => onOpenChange(d.open)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>{children}</DialogContent>
          <DialogActions>
            <Button onClick={() => onOpenChange(false)}>{ui.common.cancel}</Button>
            <Button appearance="primary" onClick={onRemove}>{ui.common.remove}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
