// Berjenjang: the head of the OPD and the heads of units who have not signed yet, named first.
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { PledgeCoverage } from '../../../../electron/core/contract';
import { fill, ui } from '../../lib/messages';
import { unitName } from './labels';

const p = ui.pledges;

export function HeadsNotSigned({ coverage }: { coverage: PledgeCoverage }) {
  if (coverage.headsNotSigned.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="heads-not-signed">
      <MessageBarBody>
        <MessageBarTitle>{p.headsTitle}</MessageBarTitle>
        {coverage.headsNotSigned.map((h) => `${h.name} (${h.staffId === coverage.headOfOpd?.staffId ? p.headOfOpd : fill(p.headOfNamed, { unit: unitName(coverage.units.find((u) => u.head?.staffId === h.staffId)?.unitName ?? null) })})`).join('; ')}.
        {' '}{p.headsHint}
      </MessageBarBody>
    </MessageBar>
  );
}
