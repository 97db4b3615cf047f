// What needs doing now, each with the screen where it is done.
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { TodoItem } from '../../../../electron/core/contract';
import { fill, formatDateLong, ui } from '../../lib/messages';
import type { ScreenId } from '../../screens';
import { daysLeftLabel, percent, unitName } from '../pledges/labels';

const h = ui.home;

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '6px', overflowY: 'auto', minHeight: 0 },
  item: { display: 'flex', gap: '8px', alignItems: 'center', padding: '6px 8px', borderLeft: `3px solid ${tokens.colorPaletteMarigoldBorderActive}`, backgroundColor: tokens.colorNeutralBackground2 },
  urgent: { borderLeftColor: tokens.colorPaletteRedBorderActive },
  text: { flex: '1 1 auto' },
});

function itemText(t: TodoItem): { text: string; screen: ScreenId; urgent: boolean } {
  switch (t.kind) {
    case 'unitBehind': return { text: fill(h.todoUnitBehind, { unit: unitName(t.unitName), percent: percent(t.percent), days: daysLeftLabel(t.daysLeft) }), screen: 'pledges', urgent: true };
    case 'notTickedOff': return { text: fill(h.todoNotTickedOff, { date: formatDateLong(t.date), topic: t.topic }), screen: 'sessions', urgent: false };
    case 'headsNotSigned': return { text: fill(h.todoHeads, { names: t.names.join('; ') }), screen: 'pledges', urgent: true };
    case 'noDeadline': return { text: h.todoNoDeadline, screen: 'pledges', urgent: false };
    case 'noElection': return { text: h.todoNoElection, screen: 'elections', urgent: false };
  }
}

export function TodoList({ items, navigate }: { items: TodoItem[]; navigate?: (id: ScreenId) => void }) {
  const styles = useStyles();
  if (items.length === 0) return <Text>{h.todoNone}</Text>;
  return (
    <ul className={styles.list} aria-label={h.todo}>
      {items.map((t, i) => {
        const x = itemText(t);
        return (
          <li key={i} className={`${styles.item} ${x.urgent ? styles.urgent : ''}`}>
            <Text className={styles.text}>{x.text}</Text>
            {navigate && <Button size="small" onClick={() => navigate(x.screen)}>{h.open}</Button>}
          </li>
        );
      })}
    </ul>
  );
}
