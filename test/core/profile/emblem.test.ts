// The emblem check against real images from an independent writer (Pillow) and hostile files: polyglots, HTML
// renamed .png, SVGs with scripts, event attributes, foreignObject and javascript: links, a billion-laughs
// DOCTYPE, truncated and padded PNGs and JPEGs. What is stored is decoded again by Pillow (PNG/JPEG) or parsed
// by Python's XML parser (SVG).
import { execFileSync } from 'node:child_process';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inspectEmblem } from '../../../electron/core/profile/emblem';
import { sanitizeSvg } from '../../../electron/core/profile/emblem/svg';
import { emblemPng } from '../../helpers/png';
import { sessionPerTest } from '../../helpers/session';
import { decodeWithPillow, pillowImage } from './images';
import type { PillowImage } from './images';

const start = sessionPerTest();

function stored(bytes: Buffer): Buffer {
  const r = inspectEmblem(bytes);
  if (!r.ok) throw new Error(`refused: ${r.reason}`);
  return r.bytes;
}

const reason = (bytes: Buffer | string) => {
  const r = inspectEmblem(Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes));
  return r.ok ? 'accepted' : r.reason;
};

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  return Buffer.concat([length, body, crc]);
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function ihdr(width: number, height: number, depth = 8, colour = 6): Buffer {
  const data = Buffer.alloc(13);
  data.writeUInt32BE(width, 0);
  data.writeUInt32BE(height, 4);
  data.set([depth, colour, 0, 0, 0], 8);
  return chunk('IHDR', data);
}

const png = (...chunks: Buffer[]) => Buffer.concat([SIGNATURE, ...chunks]);
const IEND = chunk('IEND', Buffer.alloc(0));
const HTML = '<html><body><script>alert(document.cookie)</script></body></html>';

describe('PNG and JPEG emblems', () => {
  it.each<PillowImage>(['rgba.png', 'palette.png', 'gray.png', 'interlaced.png', 'baseline.jpg', 'progressive.jpg', 'gray.jpg', 'cmyk.jpg', 'exif.jpg'])(
    'takes a real %s, stored as an image that decodes to the same picture', (name) => {
      const original = pillowImage(name);
      const [before, after] = decodeWithPillow([original, stored(original)]);
      expect(after).toMatchObject({ format: before!.format, size: [90, 108], mode: before!.mode });
      expect(inspectEmblem(original)).toMatchObject({ ok: true, mime: name.endsWith('.png') ? 'image/png' : 'image/jpeg', width: 90, height: 108 });
    },
  );

  it('stores the same bytes again when given what it stored (the undo of "remove")', () => {
    for (const name of ['rgba.png', 'palette.png', 'progressive.jpg', 'exif.jpg'] as const) {
      const once = stored(pillowImage(name));
      expect(stored(once).equals(once)).toBe(true);
    }
    expect(stored(emblemPng(40)).equals(emblemPng(40))).toBe(true);
  });

  it('leaves text chunks and comments out: a payload hidden in a real image does not travel with it', () => {
    const withText = pillowImage('text-chunk.png');
    expect(withText.includes('<script>')).toBe(true);
    const clean = stored(withText);
    expect(clean.includes('<script>')).toBe(false);
    expect(decodeWithPillow([withText, clean]).map((d) => d.info.includes('Comment'))).toEqual([true, false]);

    const jpeg = pillowImage('baseline.jpg');
    const comment = Buffer.from(`\xff\xfe\x00${String.fromCharCode(HTML.length + 2)}${HTML}`, 'latin1');
    const polyglot = Buffer.concat([jpeg.subarray(0, 2), comment, jpeg.subarray(2)]);
    expect(decodeWithPillow([polyglot])[0]!.format).toBe('JPEG');
    const cleanJpeg = stored(polyglot);
    expect(cleanJpeg.includes('<script>')).toBe(false);
    expect(decodeWithPillow([cleanJpeg])[0]).toMatchObject({ format: 'JPEG', size: [90, 108] });
  });

  it('refuses HTML renamed .png, a PNG or JPEG header followed by HTML, and an image with HTML after its end', () => {
    expect(reason(`<!DOCTYPE html>${HTML}`)).toBe('not-image');
    expect(reason(`<html><body><svg onload="alert(1)"><circle r="5"/></svg></body></html>`)).toBe('not-image');
    expect(reason(Buffer.concat([SIGNATURE, Buffer.from(HTML)]))).toBe('damaged');
    expect(reason(Buffer.concat([SIGNATURE, ihdr(10, 10), Buffer.from(HTML)]))).toBe('damaged');
    expect(reason(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from(HTML)]))).toBe('damaged');
    expect(reason(Buffer.concat([emblemPng(20), Buffer.from(HTML)]))).toBe('damaged');
    expect(reason(Buffer.concat([pillowImage('baseline.jpg'), Buffer.from(HTML)]))).toBe('damaged');
    expect(reason('%PDF-1.7\n1 0 obj\n')).toBe('not-image');
    expect(reason(Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'))).toBe('not-image');
  });

  it('refuses a truncated PNG or JPEG, wherever it was cut', () => {
    const whole = pillowImage('rgba.png');
    for (const keep of [8, 20, 33, 60, whole.length - 30, whole.length - 12, whole.length - 1]) {
      expect([keep, reason(whole.subarray(0, keep))]).toEqual([keep, 'damaged']);
    }
    const jpeg = pillowImage('progressive.jpg');
    for (const keep of [3, 4, 20, 200, Math.floor(jpeg.length / 2), jpeg.length - 2, jpeg.length - 1]) {
      expect([keep, reason(jpeg.subarray(0, keep))]).toEqual([keep, 'damaged']);
    }
  });

  it('refuses a PNG with a wrong CRC, a bad or absurd header, no image data, or image data that is not what the header says', () => {
    const pixels = (w: number, h: number) => zlib.deflateSync(Buffer.alloc((w * 4 + 1) * h));
    expect(reason(png(ihdr(4, 4), chunk('IDAT', pixels(4, 4)), IEND))).toBe('accepted');
    const badCrc = png(ihdr(4, 4), chunk('IDAT', pixels(4, 4)), IEND);
    badCrc.writeUInt8(badCrc.readUInt8(8 + 4 + 4 + 13) ^ 0xff, 8 + 4 + 4 + 13); // the IHDR CRC
    expect(reason(badCrc)).toBe('damaged');
    expect(reason(png(ihdr(0, 4), chunk('IDAT', pixels(0, 4)), IEND))).toBe('damaged');
    expect(reason(png(ihdr(4, 4, 3, 6), chunk('IDAT', pixels(4, 4)), IEND))).toBe('damaged');
    expect(reason(png(ihdr(4, 4, 8, 3), chunk('IDAT', pixels(4, 4)), IEND))).toBe('damaged'); // palette image without PLTE
    expect(inspectEmblem(png(ihdr(100_000, 4), chunk('IDAT', pixels(4, 4)), IEND))).toEqual({ ok: false, reason: 'dimensions', width: 100_000, height: 4 });
    expect(reason(png(ihdr(4, 4), IEND))).toBe('damaged');
    expect(reason(png(ihdr(4, 4), chunk('IDAT', Buffer.from(HTML)), IEND))).toBe('damaged');
    expect(reason(png(ihdr(4, 4), chunk('IDAT', pixels(4, 3)), IEND))).toBe('damaged');
    expect(reason(png(ihdr(4, 4), chunk('IDAT', pixels(4, 5)), IEND))).toBe('damaged');
    expect(reason(png(ihdr(4, 4), chunk('IDAT', pixels(4, 4)), chunk('tEXt', Buffer.from('a\0b')), chunk('IDAT', Buffer.alloc(0)), IEND))).toBe('damaged');
    expect(reason(png(chunk('IDAT', pixels(4, 4)), ihdr(4, 4), IEND))).toBe('damaged');
    expect(reason(png(ihdr(4, 4), chunk('IDAT', pixels(4, 4)), chunk('HTML', Buffer.from(HTML)), IEND))).toBe('damaged');
  });

  it('refuses a decompression bomb in a PNG without inflating it', async () => {
    // 4096 × 4096 announced (64 MB of pixels); the data inflates to 512 MB of zeros, from about 0.5 MB
    const deflate = zlib.createDeflate({ level: 9 });
    const parts: Buffer[] = [];
    deflate.on('data', (b: Buffer) => parts.push(b));
    const done = new Promise((resolve) => deflate.on('end', resolve));
    const zeros = Buffer.alloc(1024 * 1024);
    for (let i = 0; i < 512; i++) if (!deflate.write(zeros)) await new Promise((resolve) => deflate.once('drain', resolve));
    deflate.end();
    await done;
    const bomb = png(ihdr(4096, 4096), chunk('IDAT', Buffer.concat(parts)), IEND);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const before = process.memoryUsage().rss;
    expect(reason(bomb)).toBe('damaged');
    expect(process.memoryUsage().rss - before).toBeLessThan(300 * 1024 * 1024);
  });

  it('refuses a JPEG with a frame of no size, no frame, or no scan', () => {
    const jpeg = pillowImage('baseline.jpg');
    const sof = jpeg.indexOf(Buffer.from([0xff, 0xc0]));
    const zeroWidth = Buffer.from(jpeg);
    zeroWidth.writeUInt16BE(0, sof + 7);
    expect(reason(zeroWidth)).toBe('damaged');
    const huge = Buffer.from(jpeg);
    huge.writeUInt16BE(60_000, sof + 7);
    expect(inspectEmblem(huge)).toMatchObject({ ok: false, reason: 'dimensions', width: 60_000 });
    expect(reason(Buffer.from([0xff, 0xd8, 0xff, 0xd9]))).toBe('damaged');
    const sos = jpeg.indexOf(Buffer.from([0xff, 0xda]));
    expect(reason(Buffer.concat([jpeg.subarray(0, sos), Buffer.from([0xff, 0xd9])]))).toBe('damaged');
  });
});

/** Python's XML parser: the stored SVG is well-formed; its element and attribute names, for the assertions. */
function parsedSvg(bytes: Buffer): { elements: string[]; attributes: string[]; text: string } {
  const script = `
import json, sys, xml.etree.ElementTree as ET
root = ET.fromstring(sys.stdin.buffer.read())
els, attrs = [], []
for e in root.iter():
    els.append(e.tag.split('}')[-1])
    attrs += [k.split('}')[-1] + '=' + v for k, v in e.attrib.items()]
print(json.dumps({'elements': els, 'attributes': attrs, 'text': ''.join(root.itertext())}))`;
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', script], { input: bytes, encoding: 'utf8' })) as { elements: string[]; attributes: string[]; text: string };
}

const HOSTILE_SVG = `<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet href="http://evil.example/x.css"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
     xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" width="90" height="108" viewBox="0 0 90 108" onload="alert(1)">
  <script type="text/javascript">alert(2)</script>
  <style>@import url(http://evil.example/x.css); .st0{fill:red}</style>
  <metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></metadata>
  <defs><linearGradient id="gold"><stop offset="0" stop-color="#e6b41e"/></linearGradient></defs>
  <g inkscape:label="Lapisan 1" onclick="alert(3)" style="fill:#1e783c;behavior:url(x.htc);background:url(javascript:alert(4))">
    <path d="M4 2 H86 V64 L45 105 L4 64 Z" onmouseover="alert(5)"/>
    <circle cx="45" cy="45" r="18" fill="url(#gold)" filter="url(http://evil.example/f.svg#f)"/>
    <a xlink:href="javascript:alert(6)"><rect x="40" y="80" width="10" height="6" fill="#fff"/></a>
    <a href="javascript:alert(7)"><text x="45" y="100" text-anchor="middle" font-size="6">KAB. &amp; &lt;X&gt;</text></a>
    <use xlink:href="other.svg#emblem"/>
    <use href="data:image/svg+xml;base64,PHN2Zy8+"/>
    <image xlink:href="http://evil.example/track.png" width="1" height="1"/>
    <image href="javascript:alert(8)" width="1" height="1"/>
    <foreignObject width="90" height="108"><div xmlns="http://www.w3.org/1999/xhtml"><script>alert(9)</script><iframe src="http://evil.example"/></div></foreignObject>
    <animate attributeName="href" to="javascript:alert(10)" begin="0s"/>
    <set attributeName="onmouseover" to="alert(11)"/>
    <iframe xmlns="http://www.w3.org/1999/xhtml" src="http://evil.example"/>
  </g>
</svg>`;

describe('SVG emblems', () => {
  it('keep the drawing and lose scripts, event attributes, foreignObject, animation, links and outside references', () => {
    const clean = stored(Buffer.from(HOSTILE_SVG));
    const svg = clean.toString('utf8');
    for (const bad of ['script', 'alert', 'javascript', 'onload', 'onclick', 'onmouse', 'foreignObject', 'iframe', 'evil.example', 'animate', '<set', 'other.svg', 'data:', '@import', 'behavior', 'metadata', 'inkscape', 'xml-stylesheet', '<a ']) {
      expect([bad, svg.includes(bad)]).toEqual([bad, false]);
    }
    const parsed = parsedSvg(clean);
    // the <style> with an @import is dropped whole
    expect(parsed.elements).toEqual(['svg', 'defs', 'linearGradient', 'stop', 'g', 'path', 'circle', 'rect', 'text', 'use', 'use', 'image', 'image']);
    expect(parsed.attributes).toContain('fill=url(#gold)');
    expect(parsed.attributes).toContain('style=fill:#1e783c');
    expect(parsed.attributes).toContain('viewBox=0 0 90 108');
    expect(parsed.text).toContain('KAB. & <X>');
    expect(svg).not.toContain('.st0');
  });

  it('keeps what Illustrator and Inkscape emblems need: classes in a <style>, style attributes, local references', () => {
    const illustrator = `<?xml version="1.0" encoding="utf-8"?>
<!-- Generator: Adobe Illustrator 16.0.0, SVG Export Plug-In . SVG Version: 6.00 Build 0)  -->
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<svg version="1.1" id="Layer_1" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" x="0px" y="0px"
	 width="90px" height="108px" viewBox="0 0 90 108" enable-background="new 0 0 90 108" xml:space="preserve">
<style type="text/css">
	.st0{fill:#1E783C;stroke:#14501E;stroke-miterlimit:10;}
	.st1{fill:url(#SVGID_1_);}
</style>
<radialGradient id="SVGID_1_" cx="45" cy="45" r="18" gradientUnits="userSpaceOnUse"><stop offset="0" style="stop-color:#FFE680"/><stop offset="1" style="stop-color:#E6B41E"/></radialGradient>
<switch><foreignObject requiredExtensions="http://ns.adobe.com/AdobeIllustrator/10.0/" x="0" y="0" width="1" height="1"/>
<g><path class="st0" d="M4,2h82v62L45,105L4,64V2z"/><circle class="st1" cx="45" cy="45" r="18"/></g></switch>
</svg>`;
    const clean = stored(Buffer.from(illustrator));
    const svg = clean.toString('utf8');
    expect(svg).not.toContain('DOCTYPE');
    expect(svg).toContain('.st0{fill:#1E783C;stroke:#14501E;stroke-miterlimit:10}');
    expect(svg).toContain('.st1{fill:url(#SVGID_1_)}');
    expect(parsedSvg(clean).elements).toEqual(['svg', 'style', 'radialGradient', 'stop', 'stop', 'g', 'g', 'path', 'circle']);
    expect(parsedSvg(clean).attributes).toContain('style=stop-color:#FFE680');
    expect(stored(clean).equals(clean)).toBe(true);
  });

  it('keeps an embedded PNG only as a checked image', () => {
    const embedded = (data: string) => Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><image width="9" height="9" xlink:href="data:image/png;base64,${data}"/></svg>`);
    const good = stored(embedded(emblemPng(9).toString('base64'))).toString();
    expect(good).toContain(`xlink:href="data:image/png;base64,${emblemPng(9).toString('base64')}"`);
    const polyglot = Buffer.concat([emblemPng(9), Buffer.from(HTML)]).toString('base64');
    expect(stored(embedded(polyglot)).toString()).not.toContain('data:');
  });

  it('refuses a billion-laughs DOCTYPE, external entities and unknown entities at once', () => {
    const laughs = `<?xml version="1.0"?>
<!DOCTYPE svg [
 <!ENTITY lol "lol">
 ${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`).join('\n ')}
]>
<svg xmlns="http://www.w3.org/2000/svg"><text>&lol9;</text><circle r="4"/></svg>`;
    const before = process.memoryUsage().rss;
    expect(reason(laughs)).toBe('svg-unreadable');
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
    expect(reason(`<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg"><text>&x;</text></svg>`)).toBe('svg-unreadable');
    expect(reason(`<svg xmlns="http://www.w3.org/2000/svg"><text>&x;</text><circle r="4"/></svg>`)).toBe('svg-unreadable');
  });

  it('refuses what cannot be parsed, and an SVG with nothing left to draw', () => {
    expect(reason('<svg xmlns="http://www.w3.org/2000/svg"><circle r="4">')).toBe('svg-unreadable');
    expect(reason('<svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/></svg><script>alert(1)</script>')).toBe('svg-unreadable');
    expect(reason('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script></svg>')).toBe('not-image');
    expect(reason('<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><circle r="4"/></foreignObject></svg>')).toBe('not-image');
    expect(reason(Buffer.from([0x3c, 0x73, 0x76, 0x67, 0xff, 0xfe]))).toBe('not-image');
    const deep = `<svg xmlns="http://www.w3.org/2000/svg">${'<g>'.repeat(5000)}<circle r="4"/>${'</g>'.repeat(5000)}</svg>`;
    expect(reason(deep)).toBe('svg-unreadable');
    expect(reason('')).toBe('not-image');
  });

  it('sanitizing is stable: the stored SVG gives the same bytes again', () => {
    const once = sanitizeSvg(Buffer.from(HOSTILE_SVG));
    if (!once.ok) throw new Error('refused');
    const twice = sanitizeSvg(once.bytes);
    expect(twice.ok && twice.bytes.toString()).toBe(once.bytes.toString());
  });
});

describe('through the profile calls', () => {
  it('stores the sanitized SVG, refuses HTML renamed .png and a truncated PNG, and the undo cannot smuggle a script in', async () => {
    const { dispatch, choose } = await start();
    const svg = await choose('lambang.svg', HOSTILE_SVG, 'emblem');
    const r = await dispatch('profile.setEmblem', { ref: svg.ref });
    expect(r).toMatchObject({ ok: true, value: { emblem: { mime: 'image/svg+xml' } } });
    const storedSvg = Buffer.from((r as { value: { emblem: { dataBase64: string } } }).value.emblem.dataBase64, 'base64').toString();
    expect(storedSvg).not.toMatch(/script|onload|javascript/);

    const html = await choose('lambang.png', `<!DOCTYPE html>${HTML}`, 'emblem');
    expect(await dispatch('profile.setEmblem', { ref: html.ref })).toMatchObject({ ok: false, error: { code: 'emblem-not-image' } });
    const cut = await choose('lambang.png', emblemPng(40).subarray(0, 200), 'emblem');
    const refused = await dispatch('profile.setEmblem', { ref: cut.ref });
    expect(refused).toMatchObject({ ok: false, error: { code: 'emblem-damaged' } });
    if (!refused.ok) expect(refused.error.message).toMatch(/rusak, terpotong/);
    const laughs = await choose('lambang.svg', '<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg xmlns="http://www.w3.org/2000/svg">&a;</svg>', 'emblem');
    expect(await dispatch('profile.setEmblem', { ref: laughs.ref })).toMatchObject({ ok: false, error: { code: 'emblem-svg-unreadable' } });

    const restored = await dispatch('profile.restoreEmblem', { mime: 'image/png', dataBase64: Buffer.from(HOSTILE_SVG).toString('base64') });
    expect(restored).toMatchObject({ ok: true, value: { emblem: { mime: 'image/svg+xml', dataBase64: Buffer.from(storedSvg).toString('base64') } } });
    const huge = await dispatch('profile.restoreEmblem', { mime: 'image/png', dataBase64: png(ihdr(9000, 9000), IEND).toString('base64') });
    expect(huge).toMatchObject({ ok: false, error: { code: 'emblem-dimensions' } });
    if (!huge.ok) expect(huge.error.message).toBe('Ukuran gambar lambang tidak wajar (9000 × 9000 piksel). Perkecil gambarnya menjadi paling besar 4096 × 4096 piksel, lalu pilih lagi.');
  });
});
