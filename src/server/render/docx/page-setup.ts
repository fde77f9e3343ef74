/**
 * Page set-up (Decree 30, Phụ lục I §I.3–4): A4 portrait, margins, Times New Roman as the
 * document default, and page numbers centred in the top margin from page 2 (the first page has
 * its own, empty header: `titlePage`).
 */
import { AlignmentType, Header, PageNumber, PageOrientation, TextRun, type ISectionOptions, type IStylesOptions } from 'docx';
import { BLACK, FONT, MARGIN, PAGE, SIZE, paragraph } from './style.js';

/** Document defaults: every run without its own font still gets Times New Roman, black, 14 pt. */
export const DOCUMENT_STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT, size: SIZE.body * 2, color: BLACK },
      paragraph: { spacing: { before: 0, after: 0 } },
    },
  },
};

function pageNumberHeader(): Header {
  const size = SIZE.pageNumber;
  const page = new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: size * 2, bold: false, italics: false, color: BLACK });
  return new Header({ children: [paragraph([page], { size, align: AlignmentType.CENTER })] });
}

/** The section: page, margins and headers; `children` is the document's content. */
export function section(children: ISectionOptions['children']): ISectionOptions {
  return {
    properties: {
      titlePage: true,
      page: {
        size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
        margin: MARGIN,
      },
    },
    headers: {
      default: pageNumberHeader(),
      first: new Header({ children: [paragraph([], { size: SIZE.pageNumber })] }),
    },
    children,
  };
}
