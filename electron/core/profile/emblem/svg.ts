// An SVG emblem is parsed (saxes: a strict XML parser that never loads a DTD or expands a custom entity) and
// rebuilt from an allow-list: SVG drawing elements and presentation attributes only. Out go scripts,
// foreignObject, animation, event attributes (on…), links, metadata and editor namespaces; an href may only
// point inside the file (#id), except an <image> holding a PNG or JPEG that passes the same checks as an
// emblem; CSS keeps presentation declarations only (svgStyle.ts). A DOCTYPE with an internal subset
// (entities: the billion laughs) is refused; a bare one (Illustrator's SVG 1.1 DTD line) is dropped. What
// cannot be parsed is refused; what is stored is the rebuilt file, never the original bytes.
import { SaxesParser } from 'saxes';
import type { SaxesTagNS } from 'saxes';
import { checkJpeg, isJpegSignature } from './jpeg';
import { checkPng, isPngSignature } from './png';
import { PRESENTATION, safeValue, sanitizeDeclarations, sanitizeStyleSheet } from './svgStyle';
import type { ImageCheck } from './types';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

const MAX_DEPTH = 200;
const MAX_ELEMENTS = 100_000;

const DRAWING = ['path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'text', 'image', 'use'];
const FILTER_PRIMITIVES = [
  'feBlend', 'feColorMatrix', 'feComponentTransfer', 'feComposite', 'feConvolveMatrix', 'feDiffuseLighting',
  'feDisplacementMap', 'feDistantLight', 'feDropShadow', 'feFlood', 'feFuncA', 'feFuncB', 'feFuncG', 'feFuncR',
  'feGaussianBlur', 'feMerge', 'feMergeNode', 'feMorphology', 'feOffset', 'fePointLight', 'feSpecularLighting',
  'feSpotLight', 'feTile', 'feTurbulence',
];
const ELEMENTS = new Set([
  'svg', 'g', 'defs', 'title', 'desc', 'symbol', 'tspan', 'textPath', 'linearGradient', 'radialGradient', 'stop',
  'pattern', 'clipPath', 'mask', 'marker', 'filter', 'style', ...DRAWING, ...FILTER_PRIMITIVES,
]);
/** Kept for their children only: a link's content, a <switch> drawn as a group. */
const UNWRAPPED: Record<string, string | null> = { a: null, switch: 'g' };
/** Elements whose text is content. */
const TEXT_ELEMENTS = new Set(['text', 'tspan', 'textPath', 'title', 'desc']);
/** Elements an href may appear on (always to #id, except <image>). */
const HREF_ELEMENTS = new Set(['use', 'textPath', 'linearGradient', 'radialGradient', 'pattern', 'filter', 'image']);

const ATTRIBUTES = new Set([
  ...PRESENTATION,
  'id', 'class', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'fx', 'fy', 'fr', 'width', 'height', 'd',
  'points', 'pathLength', 'viewBox', 'preserveAspectRatio', 'version',
  'offset', 'gradientUnits', 'gradientTransform', 'spreadMethod', 'patternUnits', 'patternContentUnits',
  'patternTransform', 'clipPathUnits', 'maskUnits', 'maskContentUnits', 'filterUnits', 'primitiveUnits',
  'dx', 'dy', 'rotate', 'textLength', 'lengthAdjust', 'startOffset', 'method', 'spacing', 'side',
  'markerWidth', 'markerHeight', 'refX', 'refY', 'orient', 'markerUnits',
  'in', 'in2', 'result', 'stdDeviation', 'mode', 'operator', 'k1', 'k2', 'k3', 'k4', 'values', 'type', 'tableValues',
  'slope', 'intercept', 'amplitude', 'exponent', 'baseFrequency', 'numOctaves', 'seed', 'stitchTiles', 'scale',
  'xChannelSelector', 'yChannelSelector', 'radius', 'order', 'kernelMatrix', 'divisor', 'bias', 'targetX', 'targetY',
  'edgeMode', 'preserveAlpha', 'surfaceScale', 'diffuseConstant', 'specularConstant', 'specularExponent',
  'kernelUnitLength', 'azimuth', 'elevation', 'z', 'pointsAtX', 'pointsAtY', 'pointsAtZ', 'limitingConeAngle',
]);

const LOCAL_HREF = /^#[\w.:-]+$/;
const DATA_IMAGE = /^data:image\/(?:png|jpe?g);base64,([A-Za-z0-9+/\s]+=*)$/;

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;');
}

/** An embedded raster: kept only as a checked, rebuilt PNG or JPEG. */
function safeImageHref(value: string): string | null {
  const m = DATA_IMAGE.exec(value.trim());
  if (!m) return null;
  const bytes = Buffer.from(m[1]!.replace(/\s+/g, ''), 'base64');
  const checked = isPngSignature(bytes) ? checkPng(bytes) : isJpegSignature(bytes) ? checkJpeg(bytes) : null;
  return checked?.ok ? `data:${checked.mime};base64,${checked.bytes.toString('base64')}` : null;
}

function attributesOf(tag: SaxesTagNS, element: string): string {
  const out: string[] = [];
  for (const attr of Object.values(tag.attributes)) {
    const { uri, local, value } = attr;
    if (local === 'href' && (uri === XLINK_NS || uri === '')) {
      if (!HREF_ELEMENTS.has(element)) continue;
      const href = element === 'image' ? safeImageHref(value) : LOCAL_HREF.test(value.trim()) ? value.trim() : null;
      if (href !== null) out.push(`xlink:href="${escapeAttr(href)}"`);
      continue;
    }
    if (uri === XML_NS && local === 'space') {
      if (value === 'preserve' || value === 'default') out.push(`xml:space="${value}"`);
      continue;
    }
    if (uri !== '' || !ATTRIBUTES.has(local)) continue;
    if (local === 'style') continue;
    if (!safeValue(value)) continue;
    out.push(`${local}="${escapeAttr(value)}"`);
  }
  const style = tag.attributes.style;
  if (style && style.uri === '') {
    const clean = sanitizeDeclarations(style.value);
    if (clean) out.push(`style="${escapeAttr(clean)}"`);
  }
  return out.length ? ` ${out.join(' ')}` : '';
}

class Refused extends Error {
  constructor(readonly reason: 'not-image' | 'svg-unreadable', message: string) {
    super(message);
  }
}

interface Frame {
  /** the element written for it, or null (dropped, or unwrapped without a replacement) */
  written: string | null;
  /** true when this element and everything in it is left out */
  dropped: boolean;
  hasChildren: boolean;
  /** a <style> element: its text is collected and written, sanitized, when it closes */
  style?: boolean;
  text: string;
}

/** The sanitized SVG, or why it is refused. */
export function sanitizeSvg(bytes: Buffer): ImageCheck {
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\ufeff/, '');
  } catch {
    return { ok: false, reason: 'not-image' };
  }

  const parser = new SaxesParser({ xmlns: true, position: false });
  const out: string[] = [];
  const stack: Frame[] = [];
  let rootSeen = false;
  // before the root element is known, an error is the SVG's only when the text looks like one
  const looksSvg = /<svg[\s>/]/i.test(source);
  const unreadable = () => (rootSeen || looksSvg ? 'svg-unreadable' : 'not-image');
  let rootUri = SVG_NS;
  let elements = 0;
  let drawings = 0;
  let width: number | null = null;
  let height: number | null = null;

  /** Writes markup inside the nearest written element, closing that element's start tag first. */
  const open = (s: string) => {
    for (let i = stack.length - 1; i >= 0; i--) {
      const parent = stack[i]!;
      if (!parent.written) continue;
      if (!parent.hasChildren) {
        parent.hasChildren = true;
        out.push('>');
      }
      break;
    }
    out.push(s);
  };

  parser.on('error', (e) => {
    throw new Refused(unreadable(), e.message);
  });
  parser.on('doctype', (doctype) => {
    // entity declarations live in the internal subset: refuse them; a bare DTD reference is dropped
    if (doctype.includes('[') || rootSeen) throw new Refused(unreadable(), 'doctype with an internal subset');
  });
  parser.on('opentag', (tag) => {
    if (++elements > MAX_ELEMENTS || stack.length >= MAX_DEPTH) throw new Refused('svg-unreadable', 'too deep or too many elements');
    const parent = stack[stack.length - 1];
    if (!rootSeen) {
      rootSeen = true;
      if (tag.local !== 'svg' || (tag.uri !== SVG_NS && tag.uri !== '')) throw new Refused('not-image', 'not an svg root');
      rootUri = tag.uri;
    }
    const inSvg = tag.uri === rootUri;
    const name = tag.local;
    if (parent?.dropped || parent?.style || !inSvg || !(ELEMENTS.has(name) || Object.hasOwn(UNWRAPPED, name))) {
      stack.push({ written: null, dropped: true, hasChildren: false, text: '' });
      return;
    }
    if (Object.hasOwn(UNWRAPPED, name)) {
      const as = UNWRAPPED[name]!;
      if (as) open(`<${as}${attributesOf(tag, as)}`);
      stack.push({ written: as, dropped: false, hasChildren: false, text: '' });
      return;
    }
    if (DRAWING.includes(name)) drawings++;
    let attrs = attributesOf(tag, name);
    if (stack.length === 0) {
      attrs = ` xmlns="${SVG_NS}" xmlns:xlink="${XLINK_NS}"${attrs}`;
      const size = (v: string | undefined) => (v && /^\d+(\.\d+)?(px)?$/.test(v.trim()) ? Math.round(parseFloat(v)) : null);
      width = size(tag.attributes.width?.value);
      height = size(tag.attributes.height?.value);
    }
    if (name === 'style') {
      stack.push({ written: null, dropped: false, hasChildren: false, style: true, text: '' });
      return;
    }
    open(`<${name}${attrs}`);
    stack.push({ written: name, dropped: false, hasChildren: false, text: '' });
  });
  const onText = (text: string) => {
    const frame = stack[stack.length - 1];
    if (!frame || frame.dropped) return;
    if (frame.style) frame.text += text;
    if (frame.written && TEXT_ELEMENTS.has(frame.written)) open(escapeText(text));
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', () => {
    const frame = stack.pop()!;
    if (frame.dropped) return;
    if (frame.style) {
      const css = sanitizeStyleSheet(frame.text);
      if (css) open(`<style>${escapeText(css)}</style>`);
      return;
    }
    if (!frame.written) return;
    out.push(frame.hasChildren ? `</${frame.written}>` : '/>');
  });

  try {
    parser.write(source).close();
  } catch (e) {
    if (e instanceof Refused) return { ok: false, reason: e.reason };
    throw e;
  }
  if (!rootSeen) return { ok: false, reason: unreadable() };
  if (drawings === 0) return { ok: false, reason: 'not-image' };
  return { ok: true, mime: 'image/svg+xml', bytes: Buffer.from(out.join(''), 'utf8'), width, height };
}
