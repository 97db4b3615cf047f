// The Content-Security-Policy of every page we serve (Electron's app:// protocol and the web harness).
// No remote content at all; styles inline because Fluent UI (Griffel) inserts its CSS at run time; images from
// data:/blob: for the emblem preview. sql.js lives in the main process, so no 'wasm-unsafe-eval' here.
export const CSP_DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'none'",
  'script-src': "'self'",
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data: blob:",
  'font-src': "'self' data:",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'frame-src': "'none'",
  'frame-ancestors': "'none'",
  'worker-src': "'none'",
};

export function contentSecurityPolicy(): string {
  return Object.entries(CSP_DIRECTIVES).map(([k, v]) => `${k} ${v}`).join('; ');
}
