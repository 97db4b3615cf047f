// Starts the web harness on the built renderer with a fresh data folder, and a Chromium page at 1366×768 (the
// most common office laptop screen). Screenshots go to test/artifacts/ for a person to look at.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { startHarness } from '../../electron/harness/server';
import type { Harness } from '../../electron/harness/server';
import { makeTempDir } from '../helpers/tempDir';
import { launchChromium } from './browser';
import { E2E_LOGS, identitiesIn, leaksIn } from './logCheck';

export const ARTIFACTS = path.resolve('test/artifacts');

export async function ensureRendererBuilt(): Promise<string> {
  const root = path.resolve('dist-renderer');
  if (!fs.existsSync(path.join(root, 'index.html')) || process.env.SATGAS_REBUILD === '1') {
    // @ts-expect-error plain ESM script without types
    const { buildRenderer } = (await import('../../electron/scripts/build.mjs')) as { buildRenderer: () => Promise<void> };
    await buildRenderer();
  }
  return root;
}

export interface AppUnderTest {
  harness: Harness;
  browser: Browser;
  page: Page;
  dataDir: string;
  errors: string[];
  /** this harness's app log, under test/artifacts/e2e-logs/ */
  logFile: string;
  /** closes the browser and the harness, then fails when the app log holds a NIP, NIK or name (logCheck.ts) */
  close(): Promise<void>;
}

export async function openApp(dataDir = makeTempDir('satgas-e2e')): Promise<AppUnderTest> {
  const rendererRoot = await ensureRendererBuilt();
  const logDir = path.join(E2E_LOGS, `${path.basename(expect.getState().testPath ?? 'harness', '.test.ts')}-${process.pid}-${Date.now()}`);
  const harness = await startHarness({ rendererRoot, dataDir, logDir });
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'id-ID' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(harness.url);
  return {
    harness, browser, page, dataDir, errors, logFile: harness.logFile,
    close: async () => {
      await browser.close();
      const identities = identitiesIn(harness.workspace);
      await harness.close();
      const leaks = leaksIn(harness.logFile, identities);
      if (leaks.length > 0) throw new Error(`the app log ${harness.logFile} holds identities: ${leaks.join(' | ')}`);
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  // Dialogs and drawers animate in: finish every finite animation so the picture shows the settled screen.
  await page.screenshot({ path: file, animations: 'disabled' });
  return file;
}

/** Does what a user does in the file picker: the click opens the browser's chooser (the harness's stand-in for
 * Electron's dialog), and the file is picked in it. */
export async function pickFile(page: Page, click: () => Promise<void>, file: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click()]);
  await chooser.setFiles(file);
}

/** A file the app saved "where the user chose": the toast names it, and the harness wrote it to its downloads
 * folder (Electron's save dialog in the app). Returns its path. */
export async function savedFile(app: AppUnderTest, name: string): Promise<string> {
  await app.page.getByText(`Tersimpan: "${name}"`).first().waitFor();
  const file = path.join(app.harness.platform.downloadsDir, name);
  if (!fs.existsSync(file)) throw new Error(`not saved: ${file}`);
  return file;
}
