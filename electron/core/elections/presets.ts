// Where a new election starts. Pilkada serentak 2024 from PKPU 2/2024 (DOMAIN.md): registration 27–29 Aug,
// candidates set 22 Sep, numbers drawn 23 Sep, campaign 25 Sep–23 Nov, quiet period 24–26 Nov, voting 27 Nov,
// recapitulation until 16 Dec. The blank ones have every date empty, to be filled in; every date stays editable.
import { ui } from '../../shared/messages';
import type { ElectionFields, ElectionPreset, ElectionStages } from './types';

const BLANK: ElectionStages = {
  registrationStart: null, registrationEnd: null, candidatesSet: null, numbersDrawn: null, campaignStart: null,
  campaignEnd: null, quietStart: null, quietEnd: null, votingDay: null, recapEnd: null,
};

export const PILKADA_2024: ElectionStages = {
  registrationStart: '2024-08-27',
  registrationEnd: '2024-08-29',
  candidatesSet: '2024-09-22',
  numbersDrawn: '2024-09-23',
  campaignStart: '2024-09-25',
  campaignEnd: '2024-11-23',
  quietStart: '2024-11-24',
  quietEnd: '2024-11-26',
  votingDay: '2024-11-27',
  recapEnd: '2024-12-16',
};

export function presetFields(preset: ElectionPreset): ElectionFields {
  const names = ui.elections.presetNames;
  switch (preset) {
    case 'PILKADA_2024':
      return { name: names.PILKADA_2024, kind: 'PILKADA', ...PILKADA_2024 };
    case 'PEMILU_BLANK':
      return { name: names.PEMILU_BLANK, kind: 'PEMILU', ...BLANK };
    case 'PILKADA_BLANK':
      return { name: names.PILKADA_BLANK, kind: 'PILKADA', ...BLANK };
  }
}
