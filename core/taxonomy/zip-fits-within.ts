import { inflateRawSync } from 'node:zlib';

const endOfDirectory = 0x06054b50;
const directoryEntry = 0x02014b50;
const localHeader = 0x04034b50;

function findEndOfDirectory(zip: Buffer): number {
  const last = zip.length - 22;
  for (let at = last; at >= Math.max(0, last - 0xffff); at--) {
    if (zip.readUInt32LE(at) === endOfDirectory) return at;
  }
  return -1;
}

/**
 * Whether every file in the zip (an uploaded XLSX) inflates to at most `limit` bytes in all, found by
 * inflating each one with that cap before any library unpacks it: a small upload cannot unpack into
 * gigabytes (a "zip bomb"). Anything it cannot read plainly (zip64, encryption, other compressions, a
 * broken directory) is refused as well.
 */
export function zipFitsWithin(zip: Buffer, limit: number): boolean {
  if (zip.length < 22) return false;
  const end = findEndOfDirectory(zip);
  if (end < 0) return false;
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  let total = 0;
  try {
    for (let i = 0; i < count; i++) {
      if (zip.readUInt32LE(at) !== directoryEntry) return false;
      const flags = zip.readUInt16LE(at + 8);
      const method = zip.readUInt16LE(at + 10);
      const compressedSize = zip.readUInt32LE(at + 20);
      const local = zip.readUInt32LE(at + 42);
      at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
      if ((flags & 1) !== 0 || compressedSize === 0xffffffff || local === 0xffffffff) return false;
      if (zip.readUInt32LE(local) !== localHeader) return false;
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + compressedSize);
      if (data.length !== compressedSize) return false;
      if (method === 0) total += compressedSize;
      else if (method === 8) total += inflateRawSync(data, { maxOutputLength: Math.max(1, limit - total + 1) }).length;
      else return false;
      if (total > limit) return false;
    }
  } catch {
    // past the cap (ERR_BUFFER_TOO_LARGE), a corrupt stream or a read beyond the buffer
    return false;
  }
  return true;
}
