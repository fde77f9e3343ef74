/**
 * Ô 9a "Kính gửi" (Decree 30, Phụ lục I §II.9.a): one addressee on the same line; several each
 * on a line of their own, "- …;" and the last "- … .", the dashes aligned under the colon.
 */
import { AlignmentType, type Paragraph } from 'docx';
import type { ParsedDocument } from '../../../contract/documents.js';
import { bareItem, formatListLines, isDispatch } from './format.js';
import { SIZE, TEXT_WIDTH, mm, pt, run, paragraph } from './style.js';
import { textWidthTwips } from './text-width.js';

const LABEL = 'Kính gửi';

/**
 * Types whose addressees Decree 30 prints under "Kính gửi". The parser fills `recipients` from
 * Nơi nhận when a text has no Kính gửi, so a Tờ trình or Báo cáo whose recipients merely repeat
 * its Nơi nhận shows none rather than an invented one; a công văn always has one.
 */
export function kinhGuiRecipients(doc: ParsedDocument): string[] {
  const recipients = doc.recipients.map(bareItem).filter(Boolean);
  if (recipients.length === 0) return [];
  if (isDispatch(doc)) return recipients;
  if (doc.docType !== 'Tờ trình' && doc.docType !== 'Báo cáo') return [];
  const distribution = doc.distribution.map(bareItem).filter((s) => s !== '' && !/^lưu\b/i.test(s));
  const sameAsDistribution = distribution.length === recipients.length && distribution.every((d, i) => d === recipients[i]);
  return sameAsDistribution ? [] : recipients;
}

export function kinhGuiBlock(doc: ParsedDocument): Paragraph[] {
  const recipients = kinhGuiRecipients(doc);
  if (recipients.length === 0) return [];
  const size = SIZE.body;
  const spacing = { before: pt(12), after: pt(6), keepNext: true } as const;
  if (recipients.length === 1) {
    return [paragraph([run(`${LABEL}: ${recipients[0]}`, { size })], { size, align: AlignmentType.CENTER, ...spacing })];
  }
  const lines = formatListLines(recipients);
  const labelWidth = textWidthTwips(LABEL, size);
  const dashWidth = textWidthTwips('- ', size);
  const widest = Math.max(...lines.map((l) => textWidthTwips(l, size)));
  // Centre the block (label + longest line) on the page, between 1 and 4 cm from the margin.
  const left = Math.min(mm(40), Math.max(mm(10), Math.round((TEXT_WIDTH - labelWidth - widest) / 2)));
  const out = [paragraph([run(`${LABEL}:`, { size })], { size, indent: { left }, before: spacing.before, keepNext: true })];
  lines.forEach((line, i) => {
    out.push(
      paragraph([run(line, { size })], {
        size,
        align: AlignmentType.JUSTIFIED,
        // The dash hangs under the colon; a wrapped line continues under the text after it.
        indent: { left: left + labelWidth + dashWidth, hanging: dashWidth },
        after: i === lines.length - 1 ? spacing.after : 0,
        keepNext: true,
      }),
    );
  });
  return out;
}
