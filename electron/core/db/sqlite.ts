// Loads sql.js once, from a wasm file we ship ourselves (never fetched): the path is resolved from
// node_modules in development and can be set by main.ts for a packaged app.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import initSqlJs from 'sql.js';
import type { SqlJsStatic } from 'sql.js';

let wasmPath: string | null = null;
let loading: Promise<SqlJsStatic> | null = null;

export function setSqlWasmPath(path: string): void {
  wasmPath = path;
  loading = null;
}

function defaultWasmPath(): string {
  return createRequire(import.meta.url).resolve('sql.js/dist/sql-wasm.wasm');
}

export function loadSqlJs(): Promise<SqlJsStatic> {
  if (!loading) {
    const bytes = fs.readFileSync(wasmPath ?? defaultWasmPath());
    const wasmBinary = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    loading = initSqlJs({ wasmBinary });
  }
  return loading;
}
