// CSS inside an emblem SVG (Inkscape's style="…", Illustrator's <style>.st0{fill:#fff}</style>): kept only as
// presentation declarations from an allow-list, with values that cannot load anything (url() only to an
// element of the same file). An @-rule, an escape or a value outside the rules drops the declaration or, in a
// <style> element, the whole sheet.

/** Presentation properties: what decides how an emblem looks, nothing that loads or runs. */
export const PRESENTATION = new Set([
  'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-linecap', 'stroke-linejoin',
  'stroke-miterlimit', 'stroke-dasharray', 'stroke-dashoffset', 'opacity', 'color', 'display', 'visibility',
  'clip-path', 'clip-rule', 'mask', 'filter', 'marker', 'marker-start', 'marker-mid', 'marker-end', 'stop-color',
  'stop-opacity', 'font', 'font-family', 'font-size', 'font-weight', 'font-style', 'font-variant', 'font-stretch',
  'text-anchor', 'text-decoration', 'letter-spacing', 'word-spacing', 'dominant-baseline', 'alignment-baseline',
  'baseline-shift', 'writing-mode', 'direction', 'paint-order', 'vector-effect', 'shape-rendering', 'text-rendering',
  'image-rendering', 'color-interpolation', 'color-interpolation-filters', 'flood-color', 'flood-opacity',
  'lighting-color', 'overflow', 'enable-background', 'transform', 'transform-origin', 'mix-blend-mode', 'isolation',
  'line-height', 'white-space', 'solid-color', 'solid-opacity',
]);

/** Characters a presentation value needs: colours, numbers, units, lists, font names in quotes, url(#id). */
const VALUE = /^[\p{L}\p{N}_\s#%.,:()+\-'"!/]*$/u;
const ANY_URL = /url\s*\(/gi;
const LOCAL_URL = /url\(\s*(['"]?)#[\w.:-]+\1\s*\)/gi;

/** True when a value can be kept: allowed characters, every url() pointing inside the file (url(#id)). */
export function safeValue(value: string): boolean {
  if (!VALUE.test(value) || /expression|javascript|vbscript/i.test(value)) return false;
  return (value.match(ANY_URL)?.length ?? 0) === (value.match(LOCAL_URL)?.length ?? 0);
}

/** "fill:#fff; stroke:url(http://x)" → "fill:#fff" */
export function sanitizeDeclarations(text: string): string {
  const kept: string[] = [];
  for (const part of text.split(';')) {
    const colon = part.indexOf(':');
    if (colon < 0) continue;
    const name = part.slice(0, colon).trim().toLowerCase();
    const value = part.slice(colon + 1).trim();
    if (PRESENTATION.has(name) && value !== '' && safeValue(value)) kept.push(`${name}:${value}`);
  }
  return kept.join(';');
}

const SELECTOR = /^[\w\s.#,>+~*:-]+$/;

/** A <style> sheet: rule sets of simple selectors and allowed declarations; '' when anything else is in it. */
export function sanitizeStyleSheet(css: string): string {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  if (/[@\\<]/.test(text)) return '';
  const rules: string[] = [];
  const RULE = /([^{}]+)\{([^{}]*)\}/g;
  for (const [, selector, body] of text.matchAll(RULE)) {
    const sel = selector!.trim();
    if (!SELECTOR.test(sel)) return '';
    const declarations = sanitizeDeclarations(body!);
    if (declarations) rules.push(`${sel.replace(/\s+/g, ' ')}{${declarations}}`);
  }
  if (text.replace(RULE, '').trim() !== '') return '';
  return rules.join('\n');
}
