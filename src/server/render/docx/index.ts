/**
 * The DOCX renderer: a parsed document typeset in the Decree 30/2020 layout (Mẫu 1.5 công văn,
 * Mẫu 1.2/1.4 typed documents). This folder is the only place that imports `docx` (design.md §4).
 * Pure: the same document gives the same XML (docx stamps its own creation time in
 * docProps/core.xml); no I/O.
 */
import { Document, Packer } from 'docx';
import type { ParsedDocument } from '../../../contract/documents.js';
import { bodyBlock } from './body.js';
import { footerBlock, type LeftSigner } from './footer-block.js';
import { cleanText } from './format.js';
import { headerBlock } from './header-block.js';
import { kinhGuiBlock } from './kinh-gui.js';
import { DOCUMENT_STYLES, section } from './page-setup.js';
import { titleBlock } from './title-block.js';

export interface RenderDocxOptions {
  /**
   * The line of Mẫu 1.2 under a decision's trích yếu naming who decides, e.g. "CHỦ TỊCH ỦY BAN
   * NHÂN DÂN HUYỆN TỦA CHÙA". The parse format does not carry it, so only a caller can give it.
   */
  enactingAuthority?: string | null;
  /** A second signature on the left, in place of Nơi nhận: the secretary of a biên bản. */
  leftSigner?: LeftSigner | null;
}

/** Typesets a document as DOCX bytes. */
export async function renderDocumentDocx(doc: ParsedDocument, options: RenderDocxOptions = {}): Promise<Buffer> {
  const footer = footerBlock(doc, options.leftSigner ?? null);
  const document = new Document({
    creator: 'thidua',
    title: doc.subject === null ? '' : cleanText(doc.subject),
    styles: DOCUMENT_STYLES,
    sections: [
      section([
        headerBlock(doc),
        ...titleBlock(doc, options.enactingAuthority ?? null),
        ...kinhGuiBlock(doc),
        ...bodyBlock(doc.body, doc.docType, footer.length > 0),
        ...footer,
      ]),
    ],
  });
  return Packer.toBuffer(document);
}

export { formatNumberLine, formatPlaceDateLine, formatListLines, formatDistributionLines } from './format.js';
export { signerAuthorityLines } from './signer.js';
