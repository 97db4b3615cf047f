// The evidence: each file or link with its kind, name and caption, opened in the system viewer (a link in the
// browser); add files (several at once) or a link; a piece taken off this finding only (its file stays while
// another finding uses it).
import { useState } from 'react';
import { Button, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { FindingDetail } from '../../../../electron/core/contract';
import { call } from '../../lib/api';
import { fill, ui } from '../../lib/messages';
import { useNotify } from '../../components/toast';
import { useFail } from '../../lib/useFail';
import { useCardStyles } from './styles';
import { Thumbnail } from './Thumbnail';

const f = ui.findings;

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))', gap: '8px' },
  item: { display: 'flex', flexDirection: 'column', gap: '2px', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: '6px', minWidth: 0 },
  name: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  link: { display: 'flex', gap: '8px' },
});

export function EvidencePanel({ finding: x, readOnly, onChanged }: { finding: FindingDetail; readOnly: boolean; onChanged: (f: FindingDetail) => void }) {
  const styles = useStyles();
  const card = useCardStyles();
  const notify = useNotify();
  const fail = useFail();
  const [url, setUrl] = useState('');
  const addFiles = async () => {
    try {
      const chosen = await call('files.choose', { kind: 'evidence', multiple: true });
      if (chosen.length === 0) return;
      onChanged(await call('findings.evidenceAdd', { findingId: x.id, files: chosen.map((c) => ({ ref: c.ref, caption: '' })) }));
      notify(fill(f.evidenceAdded, { count: chosen.length }), 'success');
    } catch (e) {
      fail(e);
    }
  };
  const addLink = async () => {
    try {
      onChanged(await call('findings.evidenceLink', { findingId: x.id, url, caption: '' }));
      setUrl('');
    } catch (e) {
      fail(e);
    }
  };
  const unlink = async (evidenceId: number) => {
    try {
      onChanged(await call('findings.evidenceRemove', { findingId: x.id, evidenceId }));
    } catch (e) {
      fail(e);
    }
  };
  return (
    <section className={card.card} aria-label={f.evidence}>
      <div className={card.row}>
        <Text weight="semibold">{`${f.evidence} (${x.evidence.length})`}</Text>
        {!readOnly && <Button size="small" onClick={() => void addFiles()}>{f.evidenceAdd}</Button>}
      </div>
      {x.evidence.length === 0 ? <Text className={card.sub}>{f.evidenceEmpty}</Text> : (
        <ul className={styles.grid} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {x.evidence.map((e) => {
            const name = e.kind === 'link' ? e.url ?? '' : e.originalName;
            return (
              <li key={e.id} className={styles.item}>
                <Thumbnail item={e} label={fill(f.evidenceOpen, { name })} onOpen={() => void call('evidence.open', { id: e.id }).catch(fail)} />
                <span className={styles.name} title={name}>{name}</span>
                <span className={card.sub}>{f.evidenceKinds[e.kind === 'link' ? 'link' : e.fileKind ?? 'document']}{e.caption ? ` · ${e.caption}` : ''}</span>
                {!readOnly && <Button size="small" appearance="subtle" onClick={() => void unlink(e.id)}>{f.evidenceRemove}</Button>}
              </li>
            );
          })}
        </ul>
      )}
      {!readOnly && (
        <div className={styles.link}>
          <Input style={{ flex: 1 }} aria-label={f.evidenceLinkLabel} placeholder={f.evidenceLinkLabel} value={url} onChange={(_, d) => setUrl(d.value)} />
          <Button disabled={url.trim() === ''} onClick={() => void addLink()}>{f.evidenceAddLink}</Button>
        </div>
      )}
    </section>
  );
}
