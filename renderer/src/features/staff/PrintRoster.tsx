// The roster as it prints: a plain table of the rows and columns on screen, on A4 or F4 landscape, the header
// repeated on every page and the pages numbered. Rendered outside the app (a portal on <body>) and shown only
// by the print stylesheet; the window's own print dialog does the rest (a printer, or "Save as PDF").
// A PDF made in core, like the other printed documents, can replace this later.
import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import type { Staff } from '../../../../electron/core/staff/types';
import { fill, formatDateShort, ui } from '../../lib/messages';
import type { Column } from './columns';
import type { Paper } from './ExportDialog';
import { formatCount, todayIso } from './labels';

const PAGE: Record<Paper, string> = { A4: '297mm 210mm', F4: '330mm 215mm' };

function css(paper: Paper): string {
  return `
#satgas-print { display: none; }
@media print {
  @page {
    size: ${PAGE[paper]}; margin: 12mm 10mm 14mm;
    @bottom-right { content: "Halaman " counter(page) " dari " counter(pages); font: 8pt Arial, "Liberation Sans", sans-serif; }
  }
  html, body { height: auto !important; overflow: visible !important; background: #fff !important; }
  body > *:not(#satgas-print) { display: none !important; }
  #satgas-print { display: block; font: 9pt Arial, "Liberation Sans", sans-serif; color: #000; }
  #satgas-print h1 { font-size: 12pt; text-align: center; margin: 0 0 2mm; }
  #satgas-print p { margin: 0 0 3mm; text-align: center; font-size: 8.5pt; }
  #satgas-print table { width: 100%; border-collapse: collapse; }
  #satgas-print thead { display: table-header-group; }
  #satgas-print tr { break-inside: avoid; }
  #satgas-print th, #satgas-print td { border: 0.5pt solid #000; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
  #satgas-print th { background: #ddebf7; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  #satgas-print td.num { white-space: nowrap; }
}`;
}

export interface PrintRosterProps {
  rows: readonly Staff[];
  columns: readonly Column[];
  paper: Paper;
  opdName: string;
  filterNote: string;
  /** called once the print dialog is closed */
  onDone: () => void;
}

export function PrintRoster({ rows, columns, paper, opdName, filterNote, onDone }: PrintRosterProps) {
  useEffect(() => {
    const after = () => onDone();
    window.addEventListener('afterprint', after);
    // let the table reach the document before the dialog opens
    const timer = setTimeout(() => {
      window.print();
    }, 50);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('afterprint', after);
    };
  }, [onDone]);
  const e = ui.roster.exporting;
  const title = [e.printTitle, opdName.trim().toUpperCase()].filter(Boolean).join(' ');
  return createPortal(
    <div id="satgas-print" data-testid="print-roster">
      <style>{css(paper)}</style>
      <h1>{title}</h1>
      <p>{[filterNote, fill(e.printedOn, { date: formatDateShort(todayIso()), count: formatCount(rows.length) })].filter(Boolean).join(' · ')}</p>
      <table>
        <thead>
          <tr><th>{ui.rosterFiles.colNo}</th>{columns.map((c) => <th key={c.key}>{c.header}</th>)}</tr>
        </thead>
        <tbody>
          {rows.map((s, i) => (
            <tr key={s.id}>
              <td className="num">{i + 1}</td>
              {columns.map((c) => <td key={c.key} className={c.numeric ? 'num' : undefined}>{c.value(s)}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>,
    document.body,
  );
}
