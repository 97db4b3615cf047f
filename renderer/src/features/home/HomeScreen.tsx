// "Beranda": the active election with its phase and days to voting, the pledge deadline and days left, coverage
// as a figure and a bar per unit (furthest behind first), sessions held and planned with the next one, and what
// needs doing. Made to fit 1366×768 without scrolling: the unit list shows as many as fit and says how many more.
import { useEffect, useState } from 'react';
import { Badge, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { HomeOverview } from '../../../../electron/core/contract';
import { call } from '../../lib/api';
import { fill, formatDateLong, ui } from '../../lib/messages';
import { useFail } from '../../lib/useFail';
import type { ScreenProps } from '../../screens';
import { phaseColor, phaseLabel } from '../elections/labels';
import { daysLeftLabel } from '../pledges/labels';
import { UnitBars } from '../pledges/UnitBars';
import { CoverageRing } from './CoverageRing';
import { TodoList } from './TodoList';

const h = ui.home;
const UNITS_SHOWN = 9;

const useStyles = makeStyles({
  root: { display: 'grid', gridTemplateColumns: 'repeat(4, minmax(0, 1fr))', gridTemplateRows: 'auto auto minmax(0, 1fr)', gap: '12px', padding: '12px 20px 16px', height: '100%', boxSizing: 'border-box' },
  title: { gridColumn: '1 / 5', fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  card: { backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusMedium, padding: '12px 16px', boxShadow: tokens.shadow2, display: 'flex', flexDirection: 'column', gap: '6px', minWidth: 0, minHeight: 0 },
  label: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, textTransform: 'uppercase' },
  big: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  sub: { color: tokens.colorNeutralForeground3 },
  ring: { display: 'flex', gap: '12px', alignItems: 'center' },
  units: { gridColumn: '1 / 3' },
  todo: { gridColumn: '3 / 5' },
});

export function HomeScreen({ navigate }: ScreenProps) {
  const styles = useStyles();
  const fail = useFail();
  const [o, setO] = useState<HomeOverview | null>(null);
  useEffect(() => void call('home.overview', {}).then(setO).catch(fail), [fail]);
  if (!o) return <Spinner label={ui.common.loading} />;

  const e = o.active?.election ?? null;
  const c = o.coverage;
  const voting = e?.votingDay ?? null;
  const votingText = o.daysToVoting === null || voting === null ? null
    : o.daysToVoting > 0 ? fill(h.votingIn, { days: o.daysToVoting, date: formatDateLong(voting) })
      : o.daysToVoting === 0 ? h.votingToday : fill(h.votingPast, { date: formatDateLong(voting) });
  const next = o.sessions.next;
  return (
    <div className={styles.root}>
      <Text as="h1" className={styles.title}>{h.title}</Text>
      <section className={styles.card} aria-label={h.election} data-testid="home-election">
        <Text className={styles.label}>{h.election}</Text>
        {e ? (
          <>
            <Text className={styles.big}>{e.name}</Text>
            <span><Badge appearance="filled" color={phaseColor(o.active!.phase)}>{phaseLabel(o.active!.phase)}</Badge></span>
            {votingText && <Text className={styles.sub}>{votingText}</Text>}
          </>
        ) : <><Text className={styles.big}>{h.noElection}</Text><Text className={styles.sub}>{h.noElectionHint}</Text></>}
      </section>
      <section className={styles.card} aria-label={h.deadline} data-testid="home-deadline">
        <Text className={styles.label}>{h.deadline}</Text>
        {c?.deadline ? (
          <>
            <Text className={styles.big}>{formatDateLong(c.deadline)}</Text>
            <Text weight="semibold" style={{ color: c.daysLeft !== null && c.daysLeft < 3 ? tokens.colorPaletteRedForeground1 : undefined }}>{daysLeftLabel(c.daysLeft!)}</Text>
          </>
        ) : <><Text className={styles.big}>{h.deadlineNone}</Text><Text className={styles.sub}>{h.deadlineSet}</Text></>}
      </section>
      <section className={styles.card} aria-label={h.coverage} data-testid="home-coverage">
        <Text className={styles.label}>{h.coverage}</Text>
        {c ? (
          <div className={styles.ring}>
            <CoverageRing value={c.overall.percent} size={84} />
            <Text weight="semibold">{fill(h.coverageOf, { signed: c.overall.signed, target: c.overall.target })}</Text>
          </div>
        ) : <Text className={styles.sub}>—</Text>}
      </section>
      <section className={styles.card} aria-label={h.sessions} data-testid="home-sessions">
        <Text className={styles.label}>{h.sessions}</Text>
        <Text className={styles.big}>{fill(h.sessionsCount, { held: o.sessions.held, planned: o.sessions.planned })}</Text>
        <Text className={styles.sub}>{next ? fill(h.nextSession, { date: formatDateLong(next.date), time: next.startTime, topic: next.topic }) : h.noNextSession}</Text>
      </section>
      <section className={`${styles.card} ${styles.units}`} aria-label={h.units}>
        <Text weight="semibold">{h.units}</Text>
        {c && <UnitBars units={c.units} max={UNITS_SHOWN} />}
        {c && c.units.length > UNITS_SHOWN && <Text className={styles.sub}>{fill(h.unitsMore, { count: c.units.length - UNITS_SHOWN })}</Text>}
      </section>
      <section className={`${styles.card} ${styles.todo}`} aria-label={h.todo}>
        <Text weight="semibold">{h.todo}</Text>
        <TodoList items={o.todo} navigate={navigate} />
      </section>
    </div>
  );
}
