// Exporting one finding: the case summary as PDF with the kop (on the paper this PC uses), the SBT-ready sheet.
import { useEffect, useState } from 'react';
import { Button, Radio, RadioGroup, Text } from '@fluentui/react-components';
import type { PaperSize } from '../../../../electron/core/contract';
import { call } from '../../lib/api';
import { useSavedNotice } from '../../lib/files';
import { ui } from '../../lib/messages';
import { IdentityNotice } from '../../components/IdentityNotice';
import { useFail } from '../../lib/useFail';
import { useCardStyles } from './styles';

const x = ui.findings.export;

export function ExportPanel({ findingId }: { findingId: number }) {
  const card = useCardStyles();
  const savedNotice = useSavedNotice();
  const fail = useFail();
  const [paper, setPaper] = useState<PaperSize>('A4');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    call('documents.preferences', {}).then((p) => setPaper(p.paper), () => undefined);
  }, []);
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className={card.card} aria-label={x.title}>
      <Text weight="semibold">{x.title}</Text>
      <div className={card.row}>
        <Text className={card.sub}>{x.paper}</Text>
        <RadioGroup layout="horizontal" value={paper} onChange={(_, d) => setPaper(d.value as PaperSize)} aria-label={x.paper}>
          <Radio value="A4" label={ui.documents.options.papers.A4} />
          <Radio value="F4" label={ui.documents.options.papers.F4} />
        </RadioGroup>
      </div>
      <div className={card.row}>
        <Button disabled={busy} onClick={() => void run(async () => savedNotice(await call('findings.exportSummary', { id: findingId, paper })))}>{x.summary}</Button>
        <Button disabled={busy} onClick={() => void run(async () => savedNotice(await call('findings.exportSbt', { id: findingId })))}>{x.sbt}</Button>
      </div>
      <IdentityNotice people={1} />
    </section>
  );
}
