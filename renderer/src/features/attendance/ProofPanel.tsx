// The session's proof: the scan of the signed sheet and photos of the event, chosen through the platform's file
// chooser (several at once), stored in the evidence folder; each opens in the PC's viewer.
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { EvidenceItem } from '../../../../electron/core/contract';
import { call } from '../../lib/api';
import { fill, ui } from '../../lib/messages';
import { useNotify } from '../../components/toast';
import { useFail } from '../../lib/useFail';

const a = ui.attendance;

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '2px', maxHeight: '120px', overflowY: 'auto' },
  item: { display: 'flex', alignItems: 'center', gap: '4px' },
  name: { flex: '1 1 auto', minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', justifyContent: 'flex-start' },
  sub: { color: tokens.colorNeutralForeground3 },
});

export function ProofPanel(props: { sessionId: number; proof: EvidenceItem[]; readOnly: boolean; onChange: (proof: EvidenceItem[]) => void }) {
  const styles = useStyles();
  const notify = useNotify();
  const fail = useFail();
  const add = async () => {
    try {
      const files = await call('files.choose', { kind: 'evidence', multiple: true });
      if (files.length === 0) return;
      props.onChange(await call('attendance.proofAdd', { sessionId: props.sessionId, refs: files.map((f) => f.ref) }));
      notify(fill(a.proofAdded, { count: files.length }));
    } catch (e) {
      fail(e);
    }
  };
  const remove = async (id: number) => {
    try {
      props.onChange(await call('attendance.proofRemove', { sessionId: props.sessionId, evidenceId: id }));
    } catch (e) {
      fail(e);
    }
  };
  return (
    <>
      <Text className={styles.sub}>{a.proofHint}</Text>
      {props.proof.length === 0 ? <Text className={styles.sub}>{a.proofNone}</Text> : (
        <ul className={styles.list} aria-label={a.proofTitle}>
          {props.proof.map((p) => (
            <li key={p.id} className={styles.item}>
              <Button size="small" appearance="transparent" className={styles.name} onClick={() => void call('evidence.open', { id: p.id }).catch(fail)}>{p.originalName}</Button>
              <Button size="small" appearance="subtle" disabled={props.readOnly} aria-label={fill(a.proofRemove, { name: p.originalName })} onClick={() => void remove(p.id)}>✕</Button>
            </li>
          ))}
        </ul>
      )}
      <Button disabled={props.readOnly} onClick={() => void add()}>{a.proofAdd}</Button>
    </>
  );
}
