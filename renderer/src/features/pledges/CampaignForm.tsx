// The election's signing deadline and target (every active person, or chosen employment kinds).
import { useEffect, useState } from 'react';
import { Button, Checkbox, Field, Radio, RadioGroup, makeStyles } from '@fluentui/react-components';
import type { PledgeCampaign } from '../../../../electron/core/contract';
import type { Employment } from '../../../../electron/core/staff/types';
import { call } from '../../lib/api';
import { ui } from '../../lib/messages';
import { useNotify } from '../../components/toast';
import { useFail } from '../../lib/useFail';
import { DateInput } from '../staff/DateInput';
import { EMPLOYMENT_OPTIONS, employmentLabel } from '../staff/labels';

const p = ui.pledges;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '8px' },
  kinds: { display: 'grid', gridTemplateColumns: '1fr 1fr', paddingLeft: '24px' },
});

export function CampaignForm(props: { campaign: PledgeCampaign; readOnly: boolean; onSaved: () => void }) {
  const styles = useStyles();
  const notify = useNotify();
  const fail = useFail();
  const [deadline, setDeadline] = useState(props.campaign.deadline ?? '');
  const [kinds, setKinds] = useState<Employment[] | null>(props.campaign.targetKinds);
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => {
    setDeadline(props.campaign.deadline ?? '');
    setKinds(props.campaign.targetKinds);
  }, [props.campaign]);

  const save = async () => {
    setErrors({});
    try {
      await call('pledges.saveCampaign', { electionId: props.campaign.electionId, deadline: deadline || null, targetKinds: kinds });
      notify(p.campaignSaved);
      props.onSaved();
    } catch (e) {
      fail(e, (field, message) => { setErrors({ [field]: message }); return true; });
    }
  };
  const toggle = (k: Employment, on: boolean) => setKinds((list) => {
    const now = new Set(list ?? []);
    if (on) now.add(k); else now.delete(k);
    return EMPLOYMENT_OPTIONS.filter((e) => now.has(e));
  });

  return (
    <div className={styles.root}>
      <Field label={p.deadlineLabel} validationMessage={errors.deadline}>
        <DateInput name="deadline" value={deadline} disabled={props.readOnly} onChange={(iso) => setDeadline(iso ?? '')} />
      </Field>
      <Field label={p.targetLabel} validationMessage={errors.targetKinds}>
        <RadioGroup value={kinds === null ? 'all' : 'kinds'} disabled={props.readOnly} onChange={(_, d) => setKinds(d.value === 'all' ? null : ['PNS', 'CPNS', 'PPPK'])}>
          <Radio value="all" label={p.targetAll} />
          <Radio value="kinds" label={p.targetKinds} />
        </RadioGroup>
      </Field>
      {kinds !== null && (
        <div className={styles.kinds}>
          {EMPLOYMENT_OPTIONS.map((k) => <Checkbox key={k} label={employmentLabel(k)} checked={kinds.includes(k)} disabled={props.readOnly} onChange={(_, d) => toggle(k, d.checked === true)} />)}
        </div>
      )}
      <Button appearance="primary" disabled={props.readOnly} onClick={() => void save()} style={{ alignSelf: 'flex-start' }}>{p.save}</Button>
    </div>
  );
}
