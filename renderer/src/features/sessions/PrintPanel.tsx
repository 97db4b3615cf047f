// Printing a session's documents: the daftar hadir (paper remembered on this PC, order, one section per unit,
// blank rows), previewed as the real PDF, saved as PDF or Word; the pledge text and the head's ikrar page.
import { useEffect, useState } from 'react';
import { Button, Checkbox, Field, Radio, RadioGroup, SpinButton, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { DocumentKind, PaperSize, SheetOrder } from '../../../../electron/core/contract';
import { call } from '../../lib/api';
import { useSavedNotice } from '../../lib/files';
import { fill, ui } from '../../lib/messages';
import { IdentityNotice } from '../../components/IdentityNotice';
import { useNotify } from '../../components/toast';
import { useFail } from '../../lib/useFail';
import { ReprintWarning } from '../attendance/ReprintWarning';

const o = ui.documents.options;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '10px' },
  row: { display: 'flex', gap: '8px', flexWrap: 'wrap', alignItems: 'center' },
  hint: { color: tokens.colorNeutralForeground3 },
});

export function PrintPanel({ sessionId }: { sessionId: number }) {
  const styles = useStyles();
  const notify = useNotify();
  const savedNotice = useSavedNotice();
  const fail = useFail();
  const [paper, setPaper] = useState<PaperSize | null>(null);
  const [order, setOrder] = useState<SheetOrder>('unit');
  const [sections, setSections] = useState(false);
  const [blankRows, setBlankRows] = useState(10);
  const [busy, setBusy] = useState<string | null>(null);

  useEffect(() => {
    call('documents.preferences', {}).then((p) => setPaper(p.paper), () => setPaper('A4'));
  }, []);
  if (!paper) return <Spinner size="tiny" />;

  const request = (document: DocumentKind) => ({ document, source: { kind: 'session' as const, sessionId }, paper, order, sectionsPerUnit: sections, blankRows });
  const run = async (what: string, work: () => Promise<void>) => {
    setBusy(what);
    try {
      await work();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(null);
    }
  };
  const preview = (document: DocumentKind) => run(document, async () => {
    const made = await call('documents.preview', request(document));
    await call('files.open', { ref: made.ref });
    notify(fill(o.previewOpened, { pages: made.pages }), 'info');
  });
  const save = (format: 'pdf' | 'docx') => run(format, async () => savedNotice(await call('documents.save', { ...request('attendance'), format })));
  const label = (what: string, text: string) => (busy === what ? o.making : text);

  return (
    <div className={styles.root}>
      <Field label={o.paper} hint={o.paperHint}>
        <RadioGroup layout="horizontal" value={paper} onChange={(_, d) => setPaper(d.value as PaperSize)}>
          <Radio value="A4" label={o.papers.A4} />
          <Radio value="F4" label={o.papers.F4} />
        </RadioGroup>
      </Field>
      <Field label={o.order}>
        <RadioGroup value={order} onChange={(_, d) => setOrder(d.value as SheetOrder)}>
          <Radio value="unit" label={o.orders.unit} />
          <Radio value="name" label={o.orders.name} />
        </RadioGroup>
      </Field>
      <Checkbox checked={sections} onChange={(_, d) => setSections(d.checked === true)} label={o.sections} />
      <Field label={o.blankRows} style={{ maxWidth: '320px' }}>
        <SpinButton min={0} max={500} value={blankRows} onChange={(_, d) => {
          const v = d.value ?? Number(d.displayValue);
          if (Number.isInteger(v) && v >= 0 && v <= 500) setBlankRows(v);
        }} />
      </Field>
      <ReprintWarning sessionId={sessionId} order={order} sectionsPerUnit={sections} refreshKey={busy} />
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy !== null} onClick={() => void preview('attendance')}>{label('attendance', o.preview)}</Button>
        <Button disabled={busy !== null} onClick={() => void save('pdf')}>{label('pdf', o.savePdf)}</Button>
        <Button disabled={busy !== null} onClick={() => void save('docx')}>{label('docx', o.saveDocx)}</Button>
      </div>
      <Text size={200} className={styles.hint}>{o.printHint}</Text>
      <IdentityNotice />
      <div className={styles.row}>
        <Button appearance="subtle" disabled={busy !== null} onClick={() => void preview('pledge')}>{label('pledge', o.previewPledge)}</Button>
        <Button appearance="subtle" disabled={busy !== null} onClick={() => void preview('ikrar')}>{label('ikrar', o.previewIkrar)}</Button>
      </div>
    </div>
  );
}
