// Serves the built renderer from app://satgas/ (not file://), every response with the CSP header.
import fs from 'node:fs/promises';
import { contentSecurityPolicy } from './csp';
import { contentTypeOf, resolveStaticPath } from './staticFiles';

export function appProtocolHandler(rendererRoot: string): (request: Request) => Promise<Response> {
  const csp = contentSecurityPolicy();
  return async (request) => {
    const url = new URL(request.url);
    const file = url.host === 'satgas' ? resolveStaticPath(rendererRoot, url.pathname) : null;
    if (!file) return new Response('Not found', { status: 404 });
    try {
      const body = await fs.readFile(file);
      return new Response(body, {
        headers: { 'Content-Type': contentTypeOf(file), 'Content-Security-Policy': csp, 'X-Content-Type-Options': 'nosniff' },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  };
}
