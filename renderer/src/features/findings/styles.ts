// The card look shared by the finding screen's panels.
import { makeStyles, tokens } from '@fluentui/react-components';

export const useCardStyles = makeStyles({
  card: { backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusMedium, padding: '10px 14px', boxShadow: tokens.shadow2, display: 'flex', flexDirection: 'column', gap: '6px' },
  facts: { display: 'grid', gridTemplateColumns: '150px 1fr', gap: '3px 12px', margin: 0 },
  dt: { color: tokens.colorNeutralForeground3 },
  dd: { margin: 0 },
  sub: { color: tokens.colorNeutralForeground3 },
  row: { display: 'flex', gap: '8px', alignItems: 'center', flexWrap: 'wrap' },
});
