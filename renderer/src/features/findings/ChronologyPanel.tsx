// The chronology: dated free-text entries, oldest first, and a line to add one.
import { useState } from 'react';
import { Button, Input, Text, Textarea, makeStyles } from '@fluentui/react-components';
import type { FindingDetail } from '../../../../electron/core/contract';
import { call } from '../../lib/api';
import { formatDateLong, ui } from '../../lib/messages';
import { useFail } from '../../lib/useFail';
import { todayIso } from '../sessions/labels';
import { useCardStyles } from './styles';

const f = ui.findings;

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: '18px', display: 'flex', flexDirection: 'column', gap: '4px', whiteSpace: 'pre-wrap' },
  add: { display: 'grid', gridTemplateColumns: '150px 1fr auto', gap: '8px', alignItems: 'start' },
});

export function ChronologyPanel({ finding: x, readOnly, onChanged }: { finding: FindingDetail; readOnly: boolean; onChanged: (f: FindingDetail) => void }) {
  const styles = useStyles();
  const card = useCardStyles();
  const fail = useFail();
  const [date, setDate] = useState(todayIso());
  const [text, setText] = useState('');
  const add = async () => {
    try {
      onChanged(await call('findings.chronologyAdd', { findingId: x.id, date, text }));
      setText('');
    } catch (e) {
      fail(e);
    }
  };
  return (
    <section className={card.card} aria-label={f.chronology}>
      <Text weight="semibold">{f.chronology}</Text>
      {x.chronology.length === 0 ? <Text className={card.sub}>{f.chronologyEmpty}</Text> : (
        <ol className={styles.list}>
          {x.chronology.map((c) => <li key={c.id}><strong>{formatDateLong(c.date)}</strong> — {c.text}</li>)}
        </ol>
      )}
      {!readOnly && (
        <div className={styles.add}>
          <Input type="date" aria-label={f.fields.chronologyDate} value={date} onChange={(_, d) => setDate(d.value)} />
          <Textarea aria-label={f.fields.chronologyText} rows={1} value={text} onChange={(_, d) => setText(d.value)} />
          <Button disabled={text.trim() === ''} onClick={() => void add()}>{f.chronologyAdd}</Button>
        </div>
      )}
    </section>
  );
}
