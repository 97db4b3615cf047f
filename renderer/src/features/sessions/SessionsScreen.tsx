// "Sosialisasi": the sessions, upcoming first with the phase of each; one session's screen with its print
// panel; the form for a new one or changes.
import { useCallback, useEffect, useState } from 'react';
import {
  Badge, Button, MessageBar, MessageBarBody, Spinner, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text,
  makeStyles, tokens,
} from '@fluentui/react-components';
import type { Session, SessionDetail } from '../../../../electron/core/contract';
import { call } from '../../lib/api';
import { ui } from '../../lib/messages';
import { useNotify } from '../../components/toast';
import { useFail } from '../../lib/useFail';
import type { ScreenProps } from '../../screens';
import { phaseColor, phaseLabel } from '../elections/labels';
import { audienceLabel, dayAndDate, timeLabel, todayIso } from './labels';
import { SessionForm } from './SessionForm';
import { SessionView } from './SessionView';
import { TickOffScreen } from '../attendance/TickOffScreen';

const s = ui.sessions;

type View = { kind: 'list' } | { kind: 'detail'; session: SessionDetail } | { kind: 'form'; session: SessionDetail | null } | { kind: 'tickOff'; session: SessionDetail };

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '10px', padding: '12px 20px 20px' },
  head: { display: 'flex', alignItems: 'baseline', gap: '12px' },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
  add: { marginLeft: 'auto', alignSelf: 'center' },
  table: { backgroundColor: tokens.colorNeutralBackground1, boxShadow: tokens.shadow2, borderRadius: tokens.borderRadiusMedium },
  group: { backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightSemibold },
  row: { cursor: 'pointer' },
  cancelled: { color: tokens.colorNeutralForeground4, textDecorationLine: 'line-through' },
  empty: { backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusMedium, padding: '20px', boxShadow: tokens.shadow2, display: 'flex', flexDirection: 'column', gap: '12px', alignItems: 'flex-start', maxWidth: '720px' },
});

export function SessionsScreen({ readOnly, onChanged }: ScreenProps) {
  const styles = useStyles();
  const notify = useNotify();
  const fail = useFail();
  const [sessions, setSessions] = useState<Session[] | null>(null);
  const [hasElection, setHasElection] = useState(true);
  const [view, setView] = useState<View>({ kind: 'list' });

  const load = useCallback(async () => {
    const [list, active] = await Promise.all([call('sessions.list', {}), call('elections.active', {})]);
    setSessions(list);
    setHasElection(active !== null);
  }, []);
  useEffect(() => void load().catch(fail), [load, fail]);

  const open = async (id: number) => {
    try {
      setView({ kind: 'detail', session: await call('sessions.get', { id }) });
    } catch (e) {
      fail(e);
    }
  };
  const back = () => {
    // a spinner, not the list as it was before the change, until the list is read again
    setSessions(null);
    setView({ kind: 'list' });
    void load().catch(fail);
  };

  if (view.kind === 'form') {
    return (
      <SessionForm
        session={view.session}
        readOnly={readOnly}
        onCancel={() => (view.session ? setView({ kind: 'detail', session: view.session }) : back())}
        onSaved={(saved) => {
          notify(s.saved);
          onChanged();
          setView({ kind: 'detail', session: saved });
        }}
      />
    );
  }
  if (view.kind === 'tickOff') {
    const session = view.session;
    return <TickOffScreen sessionId={session.id} readOnly={readOnly} onBack={() => { onChanged(); setView({ kind: 'detail', session }); }} />;
  }
  if (view.kind === 'detail') {
    return (
      <SessionView
        session={view.session}
        readOnly={readOnly}
        onBack={back}
        onEdit={() => setView({ kind: 'form', session: view.session })}
        onChanged={(changed) => (changed ? setView({ kind: 'detail', session: changed }) : back())}
        onTickOff={() => setView({ kind: 'tickOff', session: view.session })}
      />
    );
  }
  if (!sessions) return <Spinner label={ui.common.loading} />;

  const today = todayIso();
  const upcoming = sessions.filter((x) => x.date >= today);
  const past = sessions.filter((x) => x.date < today);
  const rows = (list: Session[]) => list.map((x) => (
    <TableRow key={x.id} className={styles.row} onClick={() => void open(x.id)} onKeyDown={(e) => { if (e.key === 'Enter') void open(x.id); }} tabIndex={0} aria-label={x.topic}>
      <TableCell>{dayAndDate(x.date)}</TableCell>
      <TableCell>{timeLabel(x)}</TableCell>
      <TableCell><span className={x.status === 'CANCELLED' ? styles.cancelled : undefined}>{x.topic}</span></TableCell>
      <TableCell>{x.place || '—'}</TableCell>
      <TableCell>{audienceLabel(x)}</TableCell>
      <TableCell><Badge appearance="tint" color={phaseColor(x.phase)}>{phaseLabel(x.phase)}</Badge></TableCell>
      <TableCell>{s.statuses[x.status]}</TableCell>
    </TableRow>
  ));
  const group = (label: string) => (
    <TableRow className={styles.group}><TableCell colSpan={7}>{label}</TableCell></TableRow>
  );

  return (
    <div className={styles.root}>
      <div className={styles.head}>
        <Text as="h1" className={styles.title}>{s.title}</Text>
        <Text className={styles.hint}>{s.intro}</Text>
        <Button className={styles.add} appearance="primary" disabled={readOnly} onClick={() => setView({ kind: 'form', session: null })}>{s.add}</Button>
      </div>
      {!hasElection && <MessageBar intent="info"><MessageBarBody>{s.noElectionHint}</MessageBarBody></MessageBar>}
      {sessions.length === 0 ? (
        <div className={styles.empty}>
          <Text weight="semibold" size={400}>{s.emptyTitle}</Text>
          <Text>{s.emptyHint}</Text>
          <Button appearance="primary" disabled={readOnly} onClick={() => setView({ kind: 'form', session: null })}>{s.add}</Button>
        </div>
      ) : (
        <Table className={styles.table} aria-label={s.listLabel} size="small">
          <TableHeader>
            <TableRow>
              {[s.colDate, s.colTime, s.colTopic, s.colPlace, s.colAudience, s.colPhase, s.colStatus].map((h) => <TableHeaderCell key={h}>{h}</TableHeaderCell>)}
            </TableRow>
          </TableHeader>
          <TableBody>
            {upcoming.length > 0 && group(s.upcoming)}
            {rows(upcoming)}
            {past.length > 0 && group(s.past)}
            {rows(past)}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
