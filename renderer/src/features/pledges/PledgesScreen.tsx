// "Ikrar": coverage of the pledge for the active election (overall, per unit furthest behind first, per
// employment kind and position type, the heads who have not signed), its deadline and target, the text and its
// versions, and who has not signed yet.
import { useCallback, useEffect, useState } from 'react';
import { Badge, MessageBar, MessageBarBody, Spinner, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { CoverageCount, PledgesOverview } from '../../../../electron/core/contract';
import { call } from '../../lib/api';
import { fill, ui } from '../../lib/messages';
import { useFail } from '../../lib/useFail';
import type { ScreenProps } from '../../screens';
import { employmentLabel, positionTypeLabel } from '../staff/labels';
import { CampaignForm } from './CampaignForm';
import { HeadsNotSigned } from './HeadsNotSigned';
import { deadlineLabel, percent } from './labels';
import { NotSignedPanel } from './NotSignedPanel';
import { TextPanel } from './TextPanel';
import { UnitBars } from './UnitBars';

const p = ui.pledges;

const useStyles = makeStyles({
  root: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 340px', gap: '12px 16px', padding: '12px 20px 20px', alignItems: 'start' },
  head: { gridColumn: '1 / 3', display: 'flex', gap: '12px', alignItems: 'baseline', flexWrap: 'wrap' },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  sub: { color: tokens.colorNeutralForeground3 },
  card: { backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusMedium, padding: '12px 16px', boxShadow: tokens.shadow2, display: 'flex', flexDirection: 'column', gap: '8px', minWidth: 0 },
  big: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  tables: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '12px', alignItems: 'start' },
  side: { display: 'flex', flexDirection: 'column', gap: '12px' },
  wide: { gridColumn: '1 / 3' },
});

function CountTable({ label, rows }: { label: string; rows: { key: string; label: string; count: CoverageCount }[] }) {
  return (
    <Table size="extra-small" aria-label={label}>
      <TableHeader><TableRow><TableHeaderCell>{label}</TableHeaderCell><TableHeaderCell>{p.colCount}</TableHeaderCell></TableRow></TableHeader>
      <TableBody>
        {rows.map((r) => <TableRow key={r.key}><TableCell>{r.label}</TableCell><TableCell>{r.count.signed}/{r.count.target} ({percent(r.count.percent)}%)</TableCell></TableRow>)}
      </TableBody>
    </Table>
  );
}

export function PledgesScreen({ readOnly }: ScreenProps) {
  const styles = useStyles();
  const fail = useFail();
  const [o, setO] = useState<PledgesOverview | null>(null);
  const [refresh, setRefresh] = useState(0);
  const load = useCallback(async () => setO(await call('pledges.overview', {})), []);
  useEffect(() => void load().catch(fail), [load, fail, refresh]);
  const changed = () => setRefresh((n) => n + 1);

  if (!o) return <Spinner label={ui.common.loading} />;
  const head = (
    <div className={styles.head}>
      <Text as="h1" className={styles.title}>{p.title}</Text>
      {o.election && <Text weight="semibold">{o.election.name}</Text>}
      {o.coverage && <Badge appearance="tint" color={o.coverage.daysLeft !== null && o.coverage.daysLeft < 3 ? 'danger' : 'informative'} data-testid="pledge-deadline">{deadlineLabel(o.coverage.deadline, o.coverage.daysLeft)}</Badge>}
      <Text className={styles.sub}>{p.intro}</Text>
    </div>
  );
  if (!o.election || !o.coverage || !o.campaign) {
    return <div className={styles.root}>{head}<MessageBar intent="info" className={styles.wide}><MessageBarBody>{p.noElection}</MessageBarBody></MessageBar></div>;
  }
  const c = o.coverage;
  return (
    <div className={styles.root}>
      {head}
      <section className={styles.card} aria-label={p.coverageTitle}>
        <Text weight="semibold" size={400}>{p.coverageTitle}</Text>
        {c.overall.target === 0 ? <Text>{p.coverageNone}</Text> : (
          <Text className={styles.big} data-testid="pledge-coverage">{fill(p.coverageLine, { signed: c.overall.signed, target: c.overall.target, percent: percent(c.overall.percent) })}</Text>
        )}
        <HeadsNotSigned coverage={c} />
        {c.headOfOpd === null && c.overall.target > 0 && <Text className={styles.sub}>{p.headOfOpdMissing}</Text>}
        <Text weight="semibold">{p.perUnit}</Text>
        <UnitBars units={c.units} />
        <div className={styles.tables}>
          <CountTable label={p.perEmployment} rows={c.employment.map((e) => ({ key: e.kind, label: employmentLabel(e.kind), count: e }))} />
          <CountTable label={p.perPositionType} rows={c.positionTypes.map((e) => ({ key: e.positionType, label: positionTypeLabel(e.positionType), count: e }))} />
        </div>
      </section>
      <div className={styles.side}>
        <section className={styles.card} aria-label={p.campaignTitle}>
          <Text weight="semibold" size={400}>{p.campaignTitle}</Text>
          <CampaignForm campaign={o.campaign} readOnly={readOnly} onSaved={changed} />
        </section>
        <section className={styles.card} aria-label={p.textTitle}>
          <Text weight="semibold" size={400}>{p.textTitle}</Text>
          <TextPanel texts={o.texts} signatures={o.signatures} electionName={o.election.name} readOnly={readOnly} onSaved={changed} />
        </section>
      </div>
      <section className={`${styles.card} ${styles.wide}`} aria-label={p.notSignedTitle}>
        <Text weight="semibold" size={400}>{p.notSignedTitle}</Text>
        <NotSignedPanel electionId={o.election.id} readOnly={readOnly} refreshKey={refresh} onSigned={() => void load().catch(fail)} />
      </section>
    </div>
  );
}
