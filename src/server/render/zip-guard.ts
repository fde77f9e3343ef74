/**
 * A check of an uploaded Office file (XLSX, DOCX: both are ZIP archives) before a library opens
 * it. exceljs and mammoth unpack every part in memory through jszip, so a zip bomb (a few KB that
 * inflate to gigabytes) or an entry lying about its size must be refused first.
 */
import { inflateRawSync } from 'node:zlib';
import { UnreadableFileError } from './cells.js';

export interface ZipGuard {
  /** Sum of the uncompressed sizes of every part of the file. */
  maxUncompressedBytes: number;
  maxEntries: number;
  /** Messages for this kind of file ("Tệp không phải định dạng Excel .xlsx", …). */
  messages: {
    notThisKind: string;
    tooManyParts: string;
    tooBig: (megabytes: number) => string;
  };
}

/**
 * Walks the ZIP central directory and inflates every entry with a hard output cap: the declared
 * sizes of a zip bomb lie. Costs one extra inflate of at most maxUncompressedBytes. Returns the
 * names of the entries, so the caller can check it has the parts its format needs.
 */
export function inspectZip(bytes: Buffer, guard: ZipGuard): string[] {
  const { maxUncompressedBytes, maxEntries, messages } = guard;
  if (bytes.length === 0) throw new UnreadableFileError('Tệp trống');
  const notThisKind = () => new UnreadableFileError(messages.notThisKind);
  if (bytes.length < 22 || bytes.readUInt32LE(0) !== 0x04034b50) throw notThisKind();

  // End of central directory: 22 bytes plus a comment of up to 65,535 bytes, at the very end.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw notThisKind();
  const entries = bytes.readUInt16LE(eocd + 10);
  const cdOffset = bytes.readUInt32LE(eocd + 16);
  // ZIP64 markers: a 5 MB upload never needs them, so they only appear in crafted files.
  if (entries === 0xffff || cdOffset === 0xffffffff) throw notThisKind();
  if (entries === 0) throw notThisKind();
  if (entries > maxEntries) throw new UnreadableFileError(messages.tooManyParts);

  const tooBig = () => new UnreadableFileError(messages.tooBig(Math.round(maxUncompressedBytes / 1024 / 1024)));
  const names: string[] = [];
  let total = 0;
  let at = cdOffset;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) throw notThisKind();
    const method = bytes.readUInt16LE(at + 10);
    const compressedSize = bytes.readUInt32LE(at + 20);
    const size = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const localOffset = bytes.readUInt32LE(at + 42);
    if (at + 46 + nameLength > bytes.length) throw notThisKind();
    names.push(bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8'));
    at += 46 + nameLength + extraLength + commentLength;

    total += size;
    if (total > maxUncompressedBytes) throw tooBig();
    if (localOffset + 30 > bytes.length || bytes.readUInt32LE(localOffset) !== 0x04034b50) throw notThisKind();
    const dataStart = localOffset + 30 + bytes.readUInt16LE(localOffset + 26) + bytes.readUInt16LE(localOffset + 28);
    if (dataStart + compressedSize > bytes.length) throw notThisKind();
    const data = bytes.subarray(dataStart, dataStart + compressedSize);
    let actual: number;
    if (method === 0) {
      actual = data.length;
    } else if (method === 8) {
      try {
        // The cap is the declared size: an entry that inflates past what it declares is a bomb in disguise.
        actual = inflateRawSync(data, { maxOutputLength: Math.max(size, 1) }).length;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooBig();
        throw notThisKind();
      }
    } else {
      throw notThisKind();
    }
    // Inflating past the declared size already threw above; a shortfall is a damaged file.
    if (actual !== size) throw notThisKind();
  }
  return names;
}
