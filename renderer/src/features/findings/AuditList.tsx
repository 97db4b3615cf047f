// The finding's audit trail: who (OS user) did what, when — every change and every open. Collapsed by default.
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import type { AuditEntry } from '../../../../electron/core/contract';
import { fill, formatDateTime, ui } from '../../lib/messages';
import { useCardStyles } from './styles';

const f = ui.findings;

const W = f.auditWords;
const PREFIXES: [string, string][] = [
  ['diubah', W.changed], ['kronologi ditambah', W.chronologyAdded], ['kronologi dihapus', W.chronologyRemoved],
  ['bukti ditambah', W.evidenceAdded], ['bukti dihapus', W.evidenceRemoved], ['langkah dihapus', W.stepRemoved],
];

/** The core's audit detail ("dibuka", "diubah: act_place", "langkah SANCTION (#3) → SANCTIONED") in words. */
export function auditWhat(a: AuditEntry): string {
  const d = a.detail ?? '';
  if (d === 'dibuka') return W.opened;
  if (d === 'dicatat') return W.recorded;
  if (d === 'dihapus') return W.removed;
  const prefixed = PREFIXES.find(([p]) => d.startsWith(p));
  if (prefixed) return prefixed[1];
  const step = /^langkah (\w+)/.exec(d);
  if (step && step[1]! in f.stepKinds) return fill(W.step, { kind: f.stepKinds[step[1] as keyof typeof f.stepKinds] });
  return d;
}

export function AuditList({ entries }: { entries: AuditEntry[] }) {
  const card = useCardStyles();
  return (
    <section className={card.card} aria-label={f.audit}>
      <Accordion collapsible>
        <AccordionItem value="audit">
          <AccordionHeader size="small"><Text weight="semibold">{`${f.audit} (${entries.length})`}</Text></AccordionHeader>
          <AccordionPanel>
            <Text className={card.sub}>{f.auditHint}</Text>
            <Table size="extra-small" aria-label={f.audit}>
              <TableHeader><TableRow>{[f.auditColumns.at, f.auditColumns.user, f.auditColumns.what].map((h) => <TableHeaderCell key={h}>{h}</TableHeaderCell>)}</TableRow></TableHeader>
              <TableBody>
                {[...entries].reverse().map((a, i) => (
                  <TableRow key={i}><TableCell>{formatDateTime(a.at)}</TableCell><TableCell>{a.osUser}</TableCell><TableCell>{auditWhat(a)}</TableCell></TableRow>
                ))}
              </TableBody>
            </Table>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </section>
  );
}
