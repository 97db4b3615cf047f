// The recovery sheet: one page with the kop and the code, made only for the code that opens this data.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { layoutPages, pdfInfo } from '../../helpers/poppler';
import { typed } from '../../helpers/call';
import { openTestSession } from '../../helpers/session';

describe('the recovery sheet', () => {
  it('prints the code the passphrase setting gave, and refuses any other code', async () => {
    const s = await openTestSession({ scrypt: { N: 2 ** 10, r: 8, p: 1 } });
    const call = typed(s.dispatch);
    s.workspace.db().write('test.profile', (tx) => tx.run("UPDATE opd_profile SET opd_name = 'Dinas Sosial', regency = 'Kabupaten Sleman', head_name = 'Drs. H. Abdul Rahman, M.Si.' WHERE id = 1"));
    const set = await call('privacy.setPassphrase', { passphrase: 'Satgas Netral 2024!', confirm: 'Satgas Netral 2024!' });
    if (!set.ok) throw new Error(set.error.message);
    const code = set.value.recoveryCode;
    const wrong = await call('privacy.recoverySheet', { recoveryCode: code.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')) });
    expect(!wrong.ok && wrong.error.code).toBe('recovery-code-wrong');
    const r = await call('privacy.recoverySheet', { recoveryCode: code.toLowerCase() });
    if (!r.ok || !r.value.saved) throw new Error('not saved');
    const file = s.ctx.files.get(r.value.saved.ref).path;
    expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfInfo(file).pages).toBe(1);
    const text = layoutPages(file).join('\n').replace(/\s+/g, ' ');
    // the code is letter-spaced: pdftotext may put a space between two of its letters
    expect(text.replace(/ /g, '')).toContain(code);
    expect(text).toContain('DINAS SOSIAL');
    expect(text).toContain('Lupa kata sandi? Pakai kode pemulihan');
    expect(text).toContain('Drs. H. Abdul Rahman, M.Si.');
  });
});
