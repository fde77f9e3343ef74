/**
 * Ô 6: căn cứ and the body. Căn cứ ban hành italic; paragraphs justified, 14 pt, first line
 * indented 1 cm, 6 pt apart, line spacing 1.2; section headings and "Điều N." bold; a decision's
 * "QUYẾT ĐỊNH:" upper-case bold centred before Điều 1 (Mẫu 1.2), added when the text lacks it.
 */
import { AlignmentType, type Paragraph } from 'docx';
import type { BodySection, DocType } from '../../../contract/documents.js';
import { cleanText, isDispatch } from './format.js';
import { BODY, SIZE, paragraph, pt, run } from './style.js';

/** The enacting words between the preamble and the articles (Mẫu 1.1, 1.2). */
const ENACTING = /^(QUYẾT ĐỊNH|QUYẾT NGHỊ)\s*:?$/iu;
/** Lines of the căn cứ ban hành: "Căn cứ …;", "Theo đề nghị của …", "Xét đề nghị của …". */
const PREAMBLE = /^(Căn cứ|Theo đề nghị|Xét đề nghị)(?=\s|$)/iu;
/** "Điều 1." — the label is bold; the article's words stay upright. */
const ARTICLE = /^(Điều\s+\d+[.:])(\s*)/u;
/** Phần, Chương, Mục headings stand centred on their own line. */
const CENTRED_HEADING = /^(Phần|Chương|Mục|Tiểu mục)(?=\s|$)/iu;

type Kind = 'preamble' | 'enacting' | 'heading' | 'text';

interface Block {
  kind: Kind;
  text: string;
}

/** Flattens the sections into typed blocks, in order. */
function blocksOf(sections: readonly BodySection[], docType: DocType | null): Block[] {
  const blocks: Block[] = [];
  // Căn cứ are italic only as the căn cứ ban hành of a typed document; a công văn has none.
  let inPreamble = !isDispatch({ docType });
  for (const section of sections) {
    const heading = section.heading === null ? '' : cleanText(section.heading);
    if (heading !== '') {
      inPreamble = false;
      blocks.push({ kind: ENACTING.test(heading) ? 'enacting' : 'heading', text: heading });
    }
    for (const raw of section.paragraphs) {
      const text = cleanText(raw);
      if (text === '') continue;
      if (ENACTING.test(text)) {
        inPreamble = false;
        blocks.push({ kind: 'enacting', text });
      } else if (inPreamble && PREAMBLE.test(text)) {
        blocks.push({ kind: 'preamble', text });
      } else {
        inPreamble = false;
        blocks.push({ kind: 'text', text });
      }
    }
  }
  if (docType === 'Quyết định' && !blocks.some((b) => b.kind === 'enacting')) {
    const first = blocks.findIndex((b) => /^Điều\s+1\b/u.test(b.text));
    if (first >= 0) blocks.splice(first, 0, { kind: 'enacting', text: 'QUYẾT ĐỊNH:' });
  }
  return blocks;
}

function bodyParagraph(block: Block, keepNext: boolean): Paragraph {
  const size = SIZE.body;
  const justified = {
    size,
    align: AlignmentType.JUSTIFIED,
    indent: { firstLine: BODY.firstLine },
    after: BODY.after,
    line: BODY.line,
    keepNext,
  };
  switch (block.kind) {
    case 'enacting':
      return paragraph([run(block.text.toUpperCase().replace(/\s*:?$/, ':'), { size, bold: true })], {
        size,
        align: AlignmentType.CENTER,
        before: pt(6),
        after: pt(6),
        line: BODY.line,
        keepNext: true,
      });
    case 'preamble':
      return paragraph([run(block.text, { size, italics: true })], justified);
    case 'heading':
      if (CENTRED_HEADING.test(block.text)) {
        return paragraph([run(block.text, { size, bold: true })], { ...justified, align: AlignmentType.CENTER, indent: {}, keepNext: true });
      }
      return paragraph([run(block.text, { size, bold: true })], { ...justified, keepNext: true });
    case 'text': {
      const m = ARTICLE.exec(block.text);
      if (!m) return paragraph([run(block.text, { size })], justified);
      const rest = block.text.slice(m[0].length);
      return paragraph([run(`${m[1]}${rest ? ' ' : ''}`, { size, bold: true }), ...(rest ? [run(rest, { size })] : [])], justified);
    }
  }
}

/** The body's paragraphs; `keepEndWithNext` keeps the last one on the page of the signature block. */
export function bodyBlock(sections: readonly BodySection[], docType: DocType | null, keepEndWithNext = false): Paragraph[] {
  const blocks = blocksOf(sections, docType);
  return blocks.map((b, i) => bodyParagraph(b, keepEndWithNext && i === blocks.length - 1));
}
