// One finding: the person, the act and its derived classification, the chronology, the evidence, the follow-up
// steps as a timeline with the deadlines, and the audit trail. Opening it is itself recorded in the audit log.
import { useState } from 'react';
import {
  Badge, Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, MessageBar, MessageBarBody, Text, makeStyles, tokens,
} from '@fluentui/react-components';
import type { FindingDetail } from '../../../../electron/core/contract';
import { call } from '../../lib/api';
import { formatDateLong, ui } from '../../lib/messages';
import { useNotify } from '../../components/toast';
import { useFail } from '../../lib/useFail';
import { candidatesLabel, phaseLabel } from '../elections/labels';
import { AuditList } from './AuditList';
import { ChronologyPanel } from './ChronologyPanel';
import { EvidencePanel } from './EvidencePanel';
import { ExportPanel } from './ExportPanel';
import { StepsPanel } from './StepsPanel';
import { useCardStyles } from './styles';
import { classificationLabel, identifierLabel, sanctionScale } from './labels';

const f = ui.findings;

const useStyles = makeStyles({
  root: { display: 'grid', gridTemplateColumns: 'minmax(420px, 1fr) minmax(360px, 460px)', gap: '12px', padding: '10px 20px 20px', alignItems: 'start' },
  head: { gridColumn: '1 / 3', display: 'flex', gap: '8px', alignItems: 'center', flexWrap: 'wrap' },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  column: { display: 'flex', flexDirection: 'column', gap: '12px', minWidth: 0 },
  actions: { display: 'flex', gap: '8px', marginLeft: 'auto' },
});

export interface FindingViewProps {
  finding: FindingDetail;
  readOnly: boolean;
  onBack: () => void;
  onEdit: () => void;
  onChanged: (f: FindingDetail | null) => void;
}

export function FindingView({ finding: x, readOnly, onBack, onEdit, onChanged }: FindingViewProps) {
  const styles = useStyles();
  const card = useCardStyles();
  const notify = useNotify();
  const fail = useFail();
  const [confirmRemove, setConfirmRemove] = useState(false);
  const c = x.classification;
  const scale = sanctionScale(c);
  const candidates = candidatesLabel(c.phase);
  const remove = async () => {
    setConfirmRemove(false);
    try {
      await call('findings.remove', { id: x.id });
      notify(f.removed);
      onChanged(null);
    } catch (e) {
      fail(e);
    }
  };

  return (
    <div className={styles.root}>
      <div className={styles.head}>
        <Button appearance="subtle" onClick={onBack}>← {f.back}</Button>
        <Text as="h1" className={styles.title}>{x.person.name}</Text>
        <Badge appearance={x.closed ? 'tint' : 'filled'} color={x.closed ? 'informative' : 'brand'}>{f.stages[x.stage]}{x.closed ? ` · ${f.closed}` : ''}</Badge>
        <div className={styles.actions}>
          <Button disabled={readOnly} onClick={onEdit}>{f.edit}</Button>
          <Button appearance="subtle" disabled={readOnly} onClick={() => setConfirmRemove(true)}>{f.remove}</Button>
        </div>
      </div>
      <div className={styles.column}>
        <section className={card.card} aria-label={f.person}>
          <Text weight="semibold">{f.person}</Text>
          <dl className={card.facts}>
            <dt className={card.dt}>{f.fields.personName}</dt><dd className={card.dd}>{x.person.name}</dd>
            <dt className={card.dt}>{f.fields.identifier}</dt><dd className={card.dd}>{identifierLabel(x.person) || '—'}</dd>
            <dt className={card.dt}>{f.fields.position}</dt><dd className={card.dd}>{x.person.position || '—'} <span className={card.sub}>({ui.roster.positionType[x.person.positionType]})</span></dd>
            <dt className={card.dt}>{f.fields.unit}</dt><dd className={card.dd}>{x.person.unit || '—'}</dd>
            <dt className={card.dt}>{f.fields.employment}</dt><dd className={card.dd}>{ui.roster.employment[x.person.employment]}</dd>
          </dl>
        </section>
        <section className={card.card} aria-label={f.act}>
          <Text weight="semibold">{f.act}</Text>
          <dl className={card.facts}>
            <dt className={card.dt}>{f.fields.violationType}</dt>
            <dd className={card.dd}>{`${x.violationCode} · ${x.violationAct}`}{x.violationRetired && <Badge appearance="tint" color="warning">{` ${f.retired}`}</Badge>}</dd>
            <dt className={card.dt}>{f.fields.actDate}</dt><dd className={card.dd}>{formatDateLong(x.actDate)}{x.actTime ? `, ${x.actTime.replace(':', '.')}` : ''}{x.actPlace ? ` · ${x.actPlace}` : ''}</dd>
            <dt className={card.dt}>{f.fields.knownDate}</dt><dd className={card.dd}>{formatDateLong(x.knownDate)}</dd>
            <dt className={card.dt}>{f.fields.source}</dt>
            <dd className={card.dd}>{f.sources[x.source]}{x.sourceLink ? <span className={card.sub}>{` · ${x.sourceLink}`}</span> : null}</dd>
            {x.sbtNumber && <><dt className={card.dt}>{f.fields.sbtNumber}</dt><dd className={card.dd}>{x.sbtNumber}</dd></>}
            <dt className={card.dt}>{f.phase}</dt><dd className={card.dd}>{phaseLabel(c.phase)}{candidates ? <span className={card.sub}>{` · ${candidates}`}</span> : null}</dd>
            <dt className={card.dt}>{f.classification}</dt>
            <dd className={card.dd} data-testid="finding-classification"><Badge appearance="filled" color={c.kind === 'DISCIPLINE' ? 'danger' : c.kind === 'ETHICS' ? 'warning' : 'subtle'}>{classificationLabel(c)}</Badge></dd>
            {scale && <><dt className={card.dt}>{f.sanctionRange}</dt><dd className={card.dd}>{scale}</dd></>}
            <dt className={card.dt}>{f.sanctionRule}</dt><dd className={card.dd}>{f.sanctionRules[c.sanctionRule]}</dd>
          </dl>
          {x.electionId === null && <MessageBar intent="info"><MessageBarBody>{f.noElection}</MessageBarBody></MessageBar>}
          {x.description && <Text>{x.description}</Text>}
        </section>
        <EvidencePanel finding={x} readOnly={readOnly} onChanged={onChanged} />
        <ChronologyPanel finding={x} readOnly={readOnly} onChanged={onChanged} />
      </div>
      <div className={styles.column}>
        <StepsPanel finding={x} readOnly={readOnly} onChanged={onChanged} />
        <ExportPanel findingId={x.id} />
        <AuditList entries={x.audit} />
      </div>
      <Dialog open={confirmRemove} onOpenChange={(_, d) => setConfirmRemove(d.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{f.remove.replace('…', '')}</DialogTitle>
            <DialogContent>{f.removeConfirm}</DialogContent>
            <DialogActions>
              <Button onClick={() => setConfirmRemove(false)}>{ui.common.cancel}</Button>
              <Button appearance="primary" onClick={() => void remove()}>{ui.common.remove}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
