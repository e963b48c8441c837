/**
 * Extracts a zip archive into a folder: with `unzip` when the machine has it, else with the small
 * reader below (stored and deflated entries, which is all the Serverless packager writes).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { inflateRawSync } from 'node:zlib';

export function hasUnzip(): boolean {
  return spawnSync('unzip', ['-v'], { stdio: 'ignore' }).status === 0;
}

export function extractWithUnzip(zip: string, dir: string): void {
  const r = spawnSync('unzip', ['-q', zip, '-d', dir], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`unzip failed: ${r.stderr}`);
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Every entry of the archive: name and content. */
export function readZip(zip: string): Map<string, Buffer> {
  const buf = readFileSync(zip);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65_535); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error(`${zip}: no end of central directory`);
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const entries = new Map<string, Buffer>();
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(p) !== CENTRAL) throw new Error(`${zip}: bad central directory entry ${n}`);
    const method = buf.readUInt16LE(p + 10);
    const compressedSize = buf.readUInt32LE(p + 20);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const localOffset = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLength);
    p += 46 + nameLength + extraLength + commentLength;
    if (buf.readUInt32LE(localOffset) !== LOCAL) throw new Error(`${zip}: bad local header for ${name}`);
    const start = localOffset + 30 + buf.readUInt16LE(localOffset + 26) + buf.readUInt16LE(localOffset + 28);
    const raw = buf.subarray(start, start + compressedSize);
    if (method !== 0 && method !== 8) throw new Error(`${zip}: ${name} uses compression method ${method}`);
    if (!name.endsWith('/')) entries.set(name, method === 8 ? inflateRawSync(raw) : Buffer.from(raw));
  }
  return entries;
}

export function extractWithReader(zip: string, dir: string): void {
  for (const [name, content] of readZip(zip)) {
    const target = normalize(join(dir, name));
    if (!target.startsWith(normalize(dir))) throw new Error(`${zip}: entry ${name} escapes the folder`);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
}

export function extract(zip: string, dir: string): 'unzip' | 'reader' {
  if (hasUnzip()) {
    extractWithUnzip(zip, dir);
    return 'unzip';
  }
  extractWithReader(zip, dir);
  return 'reader';
}
