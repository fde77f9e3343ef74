/**
 * Test support: reads a DOCX back (unzip with node:zlib, then a few regular expressions over
 * WordprocessingML) so tests assert on what Word will see, never on bytes.
 */
import { inflateRawSync } from 'node:zlib';

/** Every entry of a ZIP file by name (stored or deflated entries, as docx writes them). */
export function unzip(bytes: Buffer): Map<string, Buffer> {
  let eocd = -1;
  for (let i = bytes.length - 22; i >= 0; i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a ZIP file');
  const entries = bytes.readUInt16LE(eocd + 10);
  let at = bytes.readUInt32LE(eocd + 16);
  const files = new Map<string, Buffer>();
  for (let n = 0; n < entries; n++) {
    const method = bytes.readUInt16LE(at + 10);
    const compressedSize = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    at += 46 + nameLength + extraLength + commentLength;
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(start, start + compressedSize);
    files.set(name, method === 0 ? Buffer.from(data) : inflateRawSync(data));
  }
  return files;
}

export interface DocxParts {
  document: string;
  settings: string;
  styles: string;
  /** Header parts by relationship type: "default" (pages 2+) and "first". */
  headers: Record<string, string>;
}

export function readDocx(bytes: Buffer): DocxParts {
  const files = unzip(bytes);
  const text = (name: string) => {
    const f = files.get(name);
    if (!f) throw new Error(`${name} missing`);
    return f.toString('utf8');
  };
  const document = text('word/document.xml');
  const rels = text('word/_rels/document.xml.rels');
  const headers: Record<string, string> = {};
  for (const m of document.matchAll(/<w:headerReference w:type="(\w+)" r:id="(\w+)"\/>/g)) {
    const target = new RegExp(`Id="${m[2]}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${m[2]}"`).exec(rels);
    const path = target?.[1] ?? target?.[2];
    if (path) headers[m[1]!] = text(`word/${path}`);
  }
  return { document, settings: text('word/settings.xml'), styles: text('word/styles.xml'), headers };
}

const unescape = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The value of `<w:tag w:attr="…"/>` inside `xml`, or null. */
export function attr(xml: string, tag: string, name: string): string | null {
  const el = new RegExp(`<w:${tag}\\b[^>]*>`).exec(xml);
  if (!el) return null;
  const a = new RegExp(`w:${name}="([^"]*)"`).exec(el[0]);
  return a ? a[1]! : null;
}

/** An on/off property (`<w:b/>`, `<w:i w:val="false"/>`) as a boolean. */
function toggle(rPr: string, tag: string): boolean {
  const el = new RegExp(`<w:${tag}(?: w:val="(\\w+)")?/>`).exec(rPr);
  return el !== null && el[1] !== 'false' && el[1] !== '0';
}

export interface Run {
  text: string;
  /** Half-points. */
  size: number | null;
  bold: boolean;
  italics: boolean;
  underline: string | null;
  fontAscii: string | null;
  fontHAnsi: string | null;
  color: string | null;
  hasField: boolean;
}

export interface Para {
  xml: string;
  text: string;
  runs: Run[];
  align: string | null;
  before: number;
  after: number;
  line: number | null;
  indent: { left: number; right: number; firstLine: number; hanging: number };
  bottomBorder: boolean;
}

function readRun(xml: string): Run {
  const rPr = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(xml)?.[1] ?? '';
  const size = attr(rPr, 'sz', 'val');
  return {
    text: unescape([...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')),
    size: size === null ? null : Number(size),
    bold: toggle(rPr, 'b'),
    italics: toggle(rPr, 'i'),
    underline: attr(rPr, 'u', 'val'),
    fontAscii: attr(rPr, 'rFonts', 'ascii'),
    fontHAnsi: attr(rPr, 'rFonts', 'hAnsi'),
    color: attr(rPr, 'color', 'val'),
    hasField: /<w:fldChar|<w:instrText/.test(xml),
  };
}

function num(xml: string, tag: string, name: string): number {
  const v = attr(xml, tag, name);
  return v === null ? 0 : Number(v);
}

/** Paragraphs of a part (or of a table cell), in order. */
export function paragraphs(xml: string): Para[] {
  return [...xml.matchAll(/<w:p(?: [^>]*)?>[\s\S]*?<\/w:p>|<w:p\/>/g)].map(([p]) => {
    const pPr = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(p)?.[1] ?? '';
    const runs = [...p.matchAll(/<w:r>[\s\S]*?<\/w:r>/g)].map(([r]) => readRun(r));
    const line = attr(pPr, 'spacing', 'line');
    return {
      xml: p,
      text: runs.map((r) => r.text).join(''),
      runs,
      align: attr(pPr, 'jc', 'val'),
      before: num(pPr, 'spacing', 'before'),
      after: num(pPr, 'spacing', 'after'),
      line: line === null ? null : Number(line),
      indent: {
        left: num(pPr, 'ind', 'left'),
        right: num(pPr, 'ind', 'right'),
        firstLine: num(pPr, 'ind', 'firstLine'),
        hanging: num(pPr, 'ind', 'hanging'),
      },
      bottomBorder: /<w:pBdr>[\s\S]*<w:bottom w:val="single"/.test(pPr),
    };
  });
}

/** Tables of a part as rows of cells of XML (docx writes no nested tables here). */
export function tables(xml: string): { xml: string; rows: string[][] }[] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map(([t]) => ({
    xml: t,
    rows: [...t.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map(([tr]) => [...tr.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([tc]) => tc)),
  }));
}

/** The paragraphs outside any table. */
export function bodyParagraphs(document: string): Para[] {
  return paragraphs(document.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, ''));
}

/** The first paragraph whose text satisfies `test`; throws when there is none, naming it. */
export function findParagraph(paras: Para[], test: string | RegExp): Para {
  const found = paras.find((p) => (typeof test === 'string' ? p.text === test : test.test(p.text)));
  if (!found) throw new Error(`no paragraph ${String(test)} among: ${paras.map((p) => JSON.stringify(p.text)).join(', ')}`);
  return found;
}
