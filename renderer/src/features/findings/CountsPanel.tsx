// The counts central systems ask for, at a glance above the list: how many findings, how many still open, kode
// etik / disiplin, recommendations and sanctions; the breakdowns by type, position, phase and stage on request.
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { FindingCounts } from '../../../../electron/core/contract';
import { ui } from '../../lib/messages';

const f = ui.findings;
const c = f.counts;

const useStyles = makeStyles({
  root: { backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusMedium, boxShadow: tokens.shadow2, padding: '8px 16px' },
  figures: { display: 'flex', gap: '28px', flexWrap: 'wrap' },
  figure: { display: 'flex', flexDirection: 'column' },
  number: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  label: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  tables: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))', gap: '12px' },
  list: { margin: 0, padding: 0, listStyle: 'none' },
  line: { display: 'flex', justifyContent: 'space-between', gap: '8px' },
});

function Breakdown({ title, rows }: { title: string; rows: [string, number][] }) {
  const styles = useStyles();
  return (
    <section aria-label={title}>
      <Text weight="semibold">{title}</Text>
      <ul className={styles.list}>
        {rows.map(([label, n]) => <li key={label} className={styles.line}><span>{label}</span><span>{n}</span></li>)}
      </ul>
    </section>
  );
}

const OPEN_STAGES = ['RECORDED', 'REPORTED_BAWASLU', 'FORWARDED_BKN', 'WAITING_VERIFICATION', 'WAITING_PPK'] as const;

export function CountsPanel({ counts }: { counts: FindingCounts }) {
  const styles = useStyles();
  const open = OPEN_STAGES.reduce((n, s) => n + counts.byStage[s], 0);
  const figures: [string, number][] = [
    [c.total, counts.total], [c.open, open], [f.kinds.ETHICS, counts.byKind.ETHICS], [f.kinds.DISCIPLINE, counts.byKind.DISCIPLINE],
    [c.recommendations, counts.recommendations], [c.sanctions, counts.sanctions],
  ];
  const nonZero = (rows: [string, number][]) => rows.filter(([, n]) => n > 0);
  return (
    <section className={styles.root} aria-label={c.title}>
      <div className={styles.figures}>
        {figures.map(([label, n]) => (
          <div key={label} className={styles.figure}><span className={styles.number}>{n}</span><span className={styles.label}>{label}</span></div>
        ))}
      </div>
      <Accordion collapsible>
        <AccordionItem value="details">
          <AccordionHeader size="small">{c.details}</AccordionHeader>
          <AccordionPanel>
            <div className={styles.tables}>
              <Breakdown title={c.byViolationType} rows={nonZero(counts.byViolationType.map((v) => [`${v.code} ${v.act.slice(0, 40)}…`, v.count]))} />
              <Breakdown title={c.byPositionType} rows={nonZero(Object.entries(counts.byPositionType).map(([k, n]) => [ui.roster.positionType[k as keyof typeof ui.roster.positionType], n]))} />
              <Breakdown title={c.byPhase} rows={nonZero(Object.entries(counts.byPhase).map(([k, n]) => [k === 'NONE' ? c.unknown : ui.elections.phases[k as keyof typeof ui.elections.phases], n]))} />
              <Breakdown title={c.byStage} rows={nonZero(Object.entries(counts.byStage).map(([k, n]) => [f.stages[k as keyof typeof f.stages], n]))} />
            </div>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </section>
  );
}
