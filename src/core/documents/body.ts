/**
 * The body (ô 6) as sections of paragraphs. Lines are joined back into paragraphs: a line that
 * goes on in lower case continues the one before (even across a page break's blank lines), and
 * in hard-wrapped text (PDF, old web pages) a line that does not end a sentence does too.
 */
import type { BodySection } from '../../contract/documents.js';
import { endsSentence, startsLowercase } from './fold.js';
import { isCapsLine, isRuler } from './lines.js';
import { ParagraphBuilder } from './words.js';

/** "- ", "1.", "1/-", "a)", "I.", "Điều 2", "PHẦN": a line that starts something new. */
const NEW_ITEM = /^(?:[-–—•+*]\s|\d{1,2}(?:\.\d{1,2})*\s*[.)/](?!\d)|[a-zđ]\)\s|[IVXLC]+\s*[.)]\s|Điều\s+\d|PHẦN\s|Phần\s|CHƯƠNG\s|Chương\s)/u;

export function toParagraphs(lines: string[]): string[] {
  let breaks = 0;
  let lowerStarts = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (lines[i] && lines[i + 1]) {
      breaks++;
      if (startsLowercase(lines[i + 1]!)) lowerStarts++;
    }
  }
  // Text wrapped at a fixed width breaks mid-sentence on most lines; text with one line per
  // paragraph almost never does.
  const hardWrapped = breaks >= 4 && lowerStarts / breaks >= 0.25;

  const out: string[] = [];
  let current = new ParagraphBuilder();
  let blankBefore = false;
  for (const line of lines) {
    if (line === '' || isRuler(line)) {
      blankBefore = true;
      continue;
    }
    if (current.empty || !continues(current, line, blankBefore, hardWrapped)) {
      if (!current.empty) out.push(current.text());
      current = new ParagraphBuilder();
    }
    current.add(line);
    blankBefore = false;
  }
  if (!current.empty) out.push(current.text());
  return out;
}

function continues(paragraph: ParagraphBuilder, next: string, blankBefore: boolean, hardWrapped: boolean): boolean {
  if (NEW_ITEM.test(next) || endsSentence(paragraph.last)) return false;
  if (startsLowercase(next)) return true;
  if (blankBefore || (paragraph.length <= 150 && isCapsLine(paragraph.last)) || isCapsLine(next)) return false;
  return hardWrapped;
}

/** A heading: a short line in capitals, or a numbered title that is not a sentence. */
export function isHeading(p: string): boolean {
  if (p.length > 120) return false;
  return (
    isCapsLine(p) ||
    /^(PHẦN|Phần|CHƯƠNG|Chương|MỤC|Mục)\s+\S/u.test(p) ||
    (/^[IVXLC]+\s*[.)]\s*\S/.test(p) && !/[.;,]$/.test(p)) ||
    /^[A-Z]\.\s+\p{Lu}/u.test(p) ||
    (/^Điều\s+\d+/u.test(p) && p.length <= 100) ||
    (/^\d{1,2}(?:\.\d{1,2})*\s*[.)/](?!\d)-?\s*\p{Lu}/u.test(p) && p.length <= 80 && !/[.;,]$/.test(p))
  );
}

export function readBody(lines: string[], from: number, to: number): BodySection[] {
  const sections: BodySection[] = [];
  let current: BodySection | null = null;
  for (const p of toParagraphs(lines.slice(from, to))) {
    if (isHeading(p)) {
      current = { heading: p, paragraphs: [] };
      sections.push(current);
    } else {
      if (!current) {
        current = { heading: null, paragraphs: [] };
        sections.push(current);
      }
      current.paragraphs.push(p);
    }
  }
  return sections;
}
