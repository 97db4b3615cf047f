// The pledge text: the current version and its points; a change is saved as a new version, and when people have
// already signed, the OPD is asked whether their signatures still count (the default: yes).
import { useState } from 'react';
import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Text, Textarea, makeStyles, tokens,
} from '@fluentui/react-components';
import type { PledgeText } from '../../../../electron/core/contract';
import { call } from '../../lib/api';
import { fill, formatDateLong, ui } from '../../lib/messages';
import { useNotify } from '../../components/toast';
import { useFail } from '../../lib/useFail';

const p = ui.pledges;

const useStyles = makeStyles({
  points: { margin: 0, paddingLeft: '20px', display: 'flex', flexDirection: 'column', gap: '2px' },
  sub: { color: tokens.colorNeutralForeground3 },
});

export function TextPanel(props: { texts: PledgeText[]; signatures: number; electionName: string; readOnly: boolean; onSaved: () => void }) {
  const styles = useStyles();
  const notify = useNotify();
  const fail = useFail();
  const current = props.texts[props.texts.length - 1]!;
  const [editing, setEditing] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);

  const save = async (earlierCount: boolean) => {
    setAsking(false);
    try {
      const saved = await call('pledges.saveText', { points: (editing ?? '').split('\n'), earlierCount });
      setEditing(null);
      notify(fill(p.textSaved, { version: saved.version }));
      props.onSaved();
    } catch (e) {
      fail(e);
    }
  };
  const submit = () => (props.signatures > 0 ? setAsking(true) : void save(true));

  return (
    <>
      <Text className={styles.sub}>{current.version === 1 ? p.textVersionFirst : fill(p.textVersion, { version: current.version, date: formatDateLong(current.validFrom) })}</Text>
      <ol className={styles.points}>{current.points.map((pt, i) => <li key={i}>{pt.replace('{election}', props.electionName)}</li>)}</ol>
      <Button disabled={props.readOnly} onClick={() => setEditing(current.points.join('\n'))} style={{ alignSelf: 'flex-start' }}>{p.textEdit}</Button>
      {/* one dialog, two steps: the text, then (when people have signed) whether their signatures still count */}
      <Dialog open={editing !== null} onOpenChange={(_, d) => { if (!d.open) { setEditing(null); setAsking(false); } }}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{asking ? p.textAskTitle : p.textEditTitle}</DialogTitle>
            <DialogContent>
              {asking ? fill(p.textAsk, { count: props.signatures }) : (
                <Field label={p.textPoints} hint={p.textEditHint}>
                  <Textarea name="points" rows={9} value={editing ?? ''} onChange={(_, d) => setEditing(d.value)} />
                </Field>
              )}
            </DialogContent>
            <DialogActions>
              {asking ? (
                <>
                  <Button onClick={() => void save(false)}>{p.textResign}</Button>
                  <Button appearance="primary" onClick={() => void save(true)}>{p.textKeep}</Button>
                </>
              ) : (
                <>
                  <Button onClick={() => setEditing(null)}>{p.cancel}</Button>
                  <Button appearance="primary" disabled={!editing?.trim()} onClick={submit}>{p.textSave}</Button>
                </>
              )}
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}
