// "Ekspor ke Excel" and "Cetak daftar": what will go out (the rows and columns on screen) and on which paper.
// The paper is remembered on this PC.
import { useState } from 'react';
import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Radio, RadioGroup, Text,
  makeStyles, tokens,
} from '@fluentui/react-components';
import { IdentityNotice } from '../../components/IdentityNotice';
import { fill, ui } from '../../lib/messages';
import { formatCount } from './labels';

export type Paper = 'A4' | 'F4';
const PAPER_STORE = 'satgas.paper';

export function savedPaper(): Paper {
  try {
    return globalThis.localStorage?.getItem(PAPER_STORE) === 'F4' ? 'F4' : 'A4';
  } catch {
    return 'A4';
  }
}

function rememberPaper(paper: Paper): void {
  try {
    globalThis.localStorage?.setItem(PAPER_STORE, paper);
  } catch {
    // not remembered
  }
}

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: '10px' },
  hint: { color: tokens.colorNeutralForeground3 },
});

export interface ExportDialogProps {
  /** null = closed */
  mode: 'xlsx' | 'print' | null;
  count: number;
  columns: string[];
  filterNote: string;
  busy: boolean;
  onClose: () => void;
  onConfirm: (paper: Paper) => void;
}

export function ExportDialog({ mode, count, columns, filterNote, busy, onClose, onConfirm }: ExportDialogProps) {
  const styles = useStyles();
  const [paper, setPaper] = useState<Paper>(savedPaper);
  const e = ui.roster.exporting;
  return (
    <Dialog open={mode !== null} modalType="modal" onOpenChange={(_, d) => { if (!d.open) onClose(); }}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{mode === 'print' ? e.titlePrint : e.titleXlsx}</DialogTitle>
          <DialogContent className={styles.content}>
            <Text>{fill(e.intro, { count: formatCount(count) })} {filterNote}</Text>
            <Text size={200} className={styles.hint}>{fill(e.columns, { columns: columns.join(', ') })}</Text>
            <Field label={e.paper}>
              <RadioGroup value={paper} onChange={(_, d) => setPaper(d.value as Paper)} layout="horizontal">
                <Radio value="A4" label={e.paperA4} />
                <Radio value="F4" label={e.paperF4} />
              </RadioGroup>
            </Field>
            <Text size={200} className={styles.hint}>{mode === 'print' ? e.printHint : e.xlsxHint}</Text>
            {mode === 'xlsx' && count > 0 && <IdentityNotice people={count} />}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onClose}>{ui.common.cancel}</Button>
            <Button appearance="primary" disabled={busy || count === 0} onClick={() => { rememberPaper(paper); onConfirm(paper); }}>
              {mode === 'print' ? e.confirmPrint : e.confirmXlsx}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
