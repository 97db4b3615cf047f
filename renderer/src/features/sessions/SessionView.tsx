// One session: when, where, what, its phase, who is invited (with those who left since), its status, and the
// print panel for its daftar hadir.
import { useState } from 'react';
import {
  Badge, Button, MessageBar, MessageBarBody, Text,
  makeStyles, tokens,
} from '@fluentui/react-components';
import type { SessionDetail, SessionStatus } from '../../../../electron/core/contract';
import { call } from '../../lib/api';
import { fill, formatDateLong, ui } from '../../lib/messages';
import { useNotify } from '../../components/toast';
import { RemoveDialog } from '../../components/RemoveDialog';
import { useFail } from '../../lib/useFail';
import { candidatesLabel, phaseColor, phaseLabel } from '../elections/labels';
import { audienceLabel, dayAndDate, timeLabel } from './labels';
import { PrintPanel } from './PrintPanel';

const s = ui.sessions;

const useStyles = makeStyles({
  root: { display: 'grid', gridTemplateColumns: 'minmax(420px, 1fr) minmax(340px, 440px)', gap: '16px', padding: '12px 20px 20px', alignItems: 'start' },
  head: { gridColumn: '1 / 3', display: 'flex', gap: '8px', alignItems: 'center', flexWrap: 'wrap' },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  card: { backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusMedium, padding: '12px 16px', boxShadow: tokens.shadow2, display: 'flex', flexDirection: 'column', gap: '8px' },
  facts: { display: 'grid', gridTemplateColumns: '130px 1fr', gap: '4px 12px', margin: 0 },
  dt: { color: tokens.colorNeutralForeground3 },
  dd: { margin: 0 },
  actions: { display: 'flex', gap: '8px', flexWrap: 'wrap', marginLeft: 'auto' },
  people: { listStyle: 'none', margin: 0, padding: 0, maxHeight: '260px', overflowY: 'auto', display: 'flex', flexDirection: 'column', gap: '2px' },
  person: { display: 'flex', gap: '8px', alignItems: 'center' },
  sub: { color: tokens.colorNeutralForeground3 },
});

const STATUS_COLOR: Record<SessionStatus, 'informative' | 'success' | 'subtle'> = { PLANNED: 'informative', HELD: 'success', CANCELLED: 'subtle' };

export interface SessionViewProps {
  session: SessionDetail;
  readOnly: boolean;
  onBack: () => void;
  onEdit: () => void;
  onChanged: (s: SessionDetail | null) => void;
  /** opens "Catat kehadiran" (held sessions) */
  onTickOff: () => void;
}

export function SessionView({ session: x, readOnly, onBack, onEdit, onChanged, onTickOff }: SessionViewProps) {
  const styles = useStyles();
  const notify = useNotify();
  const fail = useFail();
  const [confirmRemove, setConfirmRemove] = useState(false);

  const setStatus = async (status: SessionStatus) => {
    try {
      onChanged(await call('sessions.setStatus', { id: x.id, status }));
      notify(fill(s.statusChanged, { status: s.statuses[status] }));
    } catch (e) {
      fail(e);
    }
  };
  const remove = async () => {
    setConfirmRemove(false);
    try {
      await call('sessions.remove', { id: x.id });
      notify(s.removed);
      onChanged(null);
    } catch (e) {
      fail(e);
    }
  };

  const candidates = candidatesLabel(x.phase);
  const signer = x.signerResolved;
  return (
    <div className={styles.root}>
      <div className={styles.head}>
        <Button appearance="subtle" onClick={onBack}>← {s.back}</Button>
        <Text as="h1" className={styles.title}>{x.topic}</Text>
        <Badge appearance="tint" color={STATUS_COLOR[x.status]}>{s.statuses[x.status]}</Badge>
        <div className={styles.actions}>
          {x.status === 'HELD' && <Button appearance="primary" onClick={onTickOff}>{ui.attendance.open}</Button>}
          <Button disabled={readOnly} onClick={onEdit}>{s.edit}</Button>
          {x.status !== 'HELD' && <Button disabled={readOnly} onClick={() => void setStatus('HELD')}>{s.markHeld}</Button>}
          {x.status !== 'CANCELLED' && <Button disabled={readOnly} onClick={() => void setStatus('CANCELLED')}>{s.markCancelled}</Button>}
          {x.status !== 'PLANNED' && <Button disabled={readOnly} onClick={() => void setStatus('PLANNED')}>{s.markPlanned}</Button>}
          <Button appearance="subtle" disabled={readOnly} onClick={() => setConfirmRemove(true)}>{s.remove}</Button>
        </div>
      </div>
      <div className={styles.card}>
        <dl className={styles.facts}>
          <dt className={styles.dt}>{s.colDate}</dt><dd className={styles.dd}>{dayAndDate(x.date)}</dd>
          <dt className={styles.dt}>{s.detailWhen}</dt><dd className={styles.dd}>{timeLabel(x)}</dd>
          <dt className={styles.dt}>{s.colPlace}</dt><dd className={styles.dd}>{x.place || '—'}</dd>
          <dt className={styles.dt}>{s.phase}</dt>
          <dd className={styles.dd} data-testid="session-phase">
            <Badge appearance="filled" color={phaseColor(x.phase)}>{phaseLabel(x.phase)}</Badge>
            {candidates && <Text className={styles.sub}>{` ${candidates}`}</Text>}
            {x.electionName && <Text className={styles.sub}>{` · ${x.electionName}`}</Text>}
          </dd>
          <dt className={styles.dt}>{s.detailSpeakers}</dt><dd className={styles.dd}>{x.speakers.length ? x.speakers.join('; ') : '—'}</dd>
          <dt className={styles.dt}>{s.detailSigner}</dt>
          <dd className={styles.dd}>{signer.name ? `${signer.name}${signer.position ? `, ${signer.position}` : ''}` : s.fields.signerHeadMissing}</dd>
        </dl>
        <Text weight="semibold">{s.sectionAudience}: {audienceLabel(x)}</Text>
        {x.left > 0 && <MessageBar intent="warning"><MessageBarBody>{fill(s.leftSummary, { count: x.left })}</MessageBarBody></MessageBar>}
        {x.units.length > 0 && (
          <ul className={styles.people} aria-label={s.sectionAudience}>
            {x.units.map((u) => <li key={u.id} className={styles.person}>{u.name} <span className={styles.sub}>({u.activeStaff})</span></li>)}
          </ul>
        )}
        {x.staff.length > 0 && (
          <ul className={styles.people} aria-label={s.sectionAudience}>
            {x.staff.map((p) => (
              <li key={p.id} className={styles.person}>
                <span>{p.name}</span><span className={styles.sub}>{p.unitName ?? ''}</span>
                {p.status !== 'ACTIVE' && <Badge appearance="tint" color="warning">{s.leftBadge}{p.leftDate ? ` (${formatDateLong(p.leftDate)})` : ''}</Badge>}
              </li>
            ))}
          </ul>
        )}
      </div>
      <section className={styles.card} aria-label={s.sectionPrint}>
        <Text weight="semibold" size={400}>{s.sectionPrint}</Text>
        <PrintPanel sessionId={x.id} />
      </section>
      <RemoveDialog open={confirmRemove} onOpenChange={setConfirmRemove} title={s.remove.replace('…', '')} onRemove={() => void remove()}>
        {fill(s.removeConfirm, { topic: x.topic, date: formatDateLong(x.date) })}
      </RemoveDialog>
    </div>
  );
}
