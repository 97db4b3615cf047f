// One piece of evidence as a button that opens it in the system viewer: a small thumbnail for an image (made by
// the core, findings.thumbnail), otherwise its kind in a box.
import { useEffect, useState } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { EvidenceItem } from '../../../../electron/core/evidence/types';
import { call } from '../../lib/api';
import { ui } from '../../lib/messages';

const f = ui.findings;

const useStyles = makeStyles({
  button: {
    height: '96px', width: '100%', border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusSmall, cursor: 'pointer',
    backgroundColor: tokens.colorNeutralBackground3, display: 'flex', alignItems: 'center', justifyContent: 'center', padding: 0, overflow: 'hidden',
  },
  img: { maxWidth: '100%', maxHeight: '100%', objectFit: 'contain' },
  kind: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
});

export function Thumbnail({ item, label, onOpen }: { item: EvidenceItem; label: string; onOpen: () => void }) {
  const styles = useStyles();
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    if (item.fileKind !== 'image') return;
    let live = true;
    void call('findings.thumbnail', { evidenceId: item.id }).then((r) => { if (live) setSrc(r.dataUrl); }).catch(() => undefined);
    return () => { live = false; };
  }, [item.id, item.fileKind]);
  const kind = f.evidenceKinds[item.kind === 'link' ? 'link' : item.fileKind ?? 'document'];
  return (
    <button type="button" className={styles.button} aria-label={label} title={label} onClick={onOpen}>
      {src ? <img className={styles.img} src={src} alt="" /> : <span className={styles.kind}>{kind}</span>}
    </button>
  );
}
