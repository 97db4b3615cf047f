// The follow-up as a timeline: the deadlines first (the next one highlighted), then each step with its date, who,
// the note and the stage it led to; a form to add the next step (the stage after it offered from its kind).
import { useState } from 'react';
import { Badge, Button, Field, Input, Select, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { FindingDetail, FindingStage, StepKind } from '../../../../electron/core/contract';
import { call } from '../../lib/api';
import { fill, formatDateLong, ui } from '../../lib/messages';
import { useNotify } from '../../components/toast';
import { useFail } from '../../lib/useFail';
import { todayIso } from '../sessions/labels';
import { deadlineColor, deadlineLabel } from './labels';
import { useCardStyles } from './styles';

const f = ui.findings;
const STEP_KINDS = Object.keys(f.stepKinds) as StepKind[];
const STAGES = Object.keys(f.stages) as FindingStage[];

const useStyles = makeStyles({
  timeline: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '6px', borderLeft: `2px solid ${tokens.colorBrandStroke2}`, paddingLeft: '10px' },
  step: { display: 'flex', flexDirection: 'column' },
  deadlines: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '4px' },
  deadline: { display: 'flex', justifyContent: 'space-between', gap: '8px', alignItems: 'center' },
  badge: { flexShrink: 0, whiteSpace: 'nowrap' },
  form: { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '6px 10px', borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: '8px' },
  wide: { gridColumn: '1 / 3' },
});

export function StepsPanel({ finding: x, readOnly, onChanged }: { finding: FindingDetail; readOnly: boolean; onChanged: (f: FindingDetail) => void }) {
  const styles = useStyles();
  const card = useCardStyles();
  const notify = useNotify();
  const fail = useFail();
  const next = STEP_KINDS.find((k) => !x.steps.some((s) => s.kind === k)) ?? 'CLOSED';
  const [kind, setKind] = useState<StepKind>(next);
  const [date, setDate] = useState(todayIso());
  const [actor, setActor] = useState('');
  const [note, setNote] = useState('');
  const [stageAfter, setStageAfter] = useState<FindingStage | ''>('');
  const [error, setError] = useState<string | null>(null);
  const add = async () => {
    setError(null);
    try {
      const changed = await call('findings.stepAdd', { findingId: x.id, kind, date, actor, note, stageAfter: stageAfter || null });
      notify(fill(f.stepAdded, { kind: f.stepKinds[kind] }));
      setActor('');
      setNote('');
      setStageAfter('');
      setKind(STEP_KINDS.find((k) => !changed.steps.some((s) => s.kind === k)) ?? 'CLOSED');
      onChanged(changed);
    } catch (e) {
      fail(e, (_field, message) => {
        setError(message);
        return true;
      });
    }
  };
  const open = x.deadlines.filter((d) => d.state !== 'DONE').sort((a, b) => a.due.localeCompare(b.due))[0];
  return (
    <section className={card.card} aria-label={f.steps}>
      <Text weight="semibold">{f.deadlines.title}</Text>
      {x.deadlines.length === 0 ? <Text className={card.sub}>{f.deadlines.none}</Text> : (
        <ul className={styles.deadlines} aria-label={f.deadlines.title}>
          {x.deadlines.map((d) => (
            <li key={d.kind} className={styles.deadline}>
              <span>{d === open ? <strong>{f.deadlines[d.kind]}</strong> : f.deadlines[d.kind]}</span>
              <Badge className={styles.badge} appearance={d === open ? 'filled' : 'tint'} color={deadlineColor(d)}>{deadlineLabel(d)}</Badge>
            </li>
          ))}
        </ul>
      )}
      <Text weight="semibold">{f.steps}</Text>
      {x.steps.length === 0 ? <Text className={card.sub}>{f.stepsEmpty}</Text> : (
        <ol className={styles.timeline} aria-label={f.steps}>
          {x.steps.map((s) => (
            <li key={s.id} className={styles.step}>
              <span><strong>{formatDateLong(s.date)}</strong> · {f.stepKinds[s.kind]}{s.actor ? ` · ${s.actor}` : ''}</span>
              {s.note && <span>{s.note}</span>}
              <span className={card.sub}>{`${f.columns.stage}: ${f.stages[s.stageAfter]}`}</span>
            </li>
          ))}
        </ol>
      )}
      {!x.closed && !readOnly && (
        <div className={styles.form} role="group" aria-label={f.stepAdd}>
          <Field label={f.stepKind}>
            <Select value={kind} onChange={(_, d) => setKind(d.value as StepKind)}>
              {STEP_KINDS.map((k) => <option key={k} value={k}>{f.stepKinds[k]}</option>)}
            </Select>
          </Field>
          <Field label={f.fields.stepDate} validationState={error ? 'error' : 'none'} validationMessage={error ?? undefined}>
            <Input type="date" value={date} onChange={(_, d) => setDate(d.value)} />
          </Field>
          <Field className={styles.wide} label={f.stepActor}><Input value={actor} onChange={(_, d) => setActor(d.value)} /></Field>
          <Field className={styles.wide} label={f.stepNote}><Textarea rows={2} value={note} onChange={(_, d) => setNote(d.value)} /></Field>
          <Field className={styles.wide} label={f.stepStageAfter}>
            <Select value={stageAfter} onChange={(_, d) => setStageAfter(d.value as FindingStage | '')}>
              <option value="">{fill(f.stepStageDefault, { stage: f.stages[defaultStage(kind, x.stage)] })}</option>
              {STAGES.map((s) => <option key={s} value={s}>{f.stages[s]}</option>)}
            </Select>
          </Field>
          <Button className={styles.wide} appearance="primary" onClick={() => void add()}>{f.stepAdd}</Button>
        </div>
      )}
    </section>
  );
}

/** The stage a step of this kind leads to (mirrors the core's DEFAULT_STAGE_AFTER, shown before saving). */
function defaultStage(kind: StepKind, current: FindingStage): FindingStage {
  const map: Partial<Record<StepKind, FindingStage>> = {
    REPORTED_BAWASLU: 'REPORTED_BAWASLU', FORWARDED_BKN: 'FORWARDED_BKN', VERIFICATION: 'WAITING_PPK', RECOMMENDATION: 'WAITING_PPK',
    PPK_DECISION: 'WAITING_PPK', SANCTION: 'SANCTIONED',
  };
  return map[kind] ?? current;
}
