// LibreOffice as the independent reader of Word files: converts a .docx to PDF headless, with a private
// profile (several soffice runs at once must not share one). Writer is installed when missing, as the e2e
// suite installs Chromium (these machines may have only LibreOffice Calc).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { makeTempDir } from './tempDir';

function hasWriter(): boolean {
  return fs.existsSync('/usr/lib/libreoffice/program/libswlo.so') || fs.existsSync('/usr/lib/libreoffice/share/registry/writer.xcd');
}

export function ensureLibreOfficeWriter(): void {
  if (hasWriter()) return;
  execFileSync('apt-get', ['install', '-y', '-qq', 'libreoffice-writer-nogui'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (!hasWriter()) throw new Error('LibreOffice Writer is not installed and could not be installed with apt-get');
}

/** The PDF LibreOffice makes of `docx` (in a fresh folder). */
export function docxToPdf(docx: string): string {
  ensureLibreOfficeWriter();
  const out = makeTempDir('lo-out');
  const profile = makeTempDir('lo-profile');
  try {
    execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', out, docx], { stdio: 'pipe', timeout: 180_000 });
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  const pdf = path.join(out, `${path.basename(docx, '.docx')}.pdf`);
  if (!fs.existsSync(pdf)) throw new Error(`LibreOffice did not convert ${docx}`);
  return pdf;
}
