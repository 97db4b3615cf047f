// The kop surat as it will print (DOMAIN.md "Printed documents"): emblem at top left, PEMERINTAH KABUPATEN …,
// the OPD's name in capitals, address and contacts, a double rule under it. Arial, like official letters.
import { makeStyles } from '@fluentui/react-components';
import type { Profile } from '../../../../electron/core/contract';
import { ui } from '../../lib/messages';

type LetterheadData = Pick<Profile, 'opdName' | 'regency' | 'address' | 'postcode' | 'phone' | 'email' | 'website' | 'emblem'>;

const useStyles = makeStyles({
  paper: {
    fontFamily: 'Arial, "Liberation Sans", Helvetica, sans-serif', color: '#000', backgroundColor: '#fff',
    padding: '18px 22px 10px', boxShadow: '0 1px 4px rgba(0,0,0,0.25)', width: '100%', boxSizing: 'border-box',
  },
  row: { display: 'grid', gridTemplateColumns: '72px 1fr 72px', alignItems: 'center', gap: '8px' },
  emblem: { width: '68px', height: '80px', objectFit: 'contain' },
  text: { textAlign: 'center', lineHeight: 1.25 },
  gov: { fontSize: '15px', fontWeight: 700, letterSpacing: '0.3px' },
  opd: { fontSize: '17px', fontWeight: 700, letterSpacing: '0.3px' },
  contact: { fontSize: '11px' },
  rule: { marginTop: '8px', borderTop: '3px solid #000', borderBottom: '1px solid #000', height: '2px' },
});

export function contactLines(p: LetterheadData): string[] {
  const l = ui.profile;
  const first = [p.address, p.phone && `${l.letterPhone} ${p.phone}`, p.postcode && `${l.letterPostcode} ${p.postcode}`].filter(Boolean).join(', ');
  const second = [p.email && `${l.letterEmail}: ${p.email}`, p.website && `${l.letterWebsite}: ${p.website}`].filter(Boolean).join(', ');
  return [first, second].filter(Boolean);
}

export function Letterhead({ data }: { data: LetterheadData }) {
  const styles = useStyles();
  const regency = data.regency.trim().toUpperCase();
  return (
    <div className={styles.paper} data-testid="letterhead">
      <div className={styles.row}>
        {data.emblem
          ? <img className={styles.emblem} alt="" src={`data:${data.emblem.mime};base64,${data.emblem.dataBase64}`} data-testid="letterhead-emblem" />
          : <img className={styles.emblem} alt={ui.profile.emblemNone} title={ui.profile.emblemNone} src="./lambang-placeholder.svg" />}
        <div className={styles.text}>
          <div className={styles.gov}>{regency ? `${ui.profile.government} ${regency}` : ui.profile.government}</div>
          <div className={styles.opd}>{data.opdName.trim().toUpperCase() || '—'}</div>
          {contactLines(data).map((line) => <div key={line} className={styles.contact}>{line}</div>)}
        </div>
        <div />
      </div>
      <div className={styles.rule} />
    </div>
  );
}
