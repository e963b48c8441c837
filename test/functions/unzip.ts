/** Reads the Lambda zip with fflate (a maintained zip library): entries in memory, or written to a folder. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize, sep } from 'node:path';
import { unzipSync } from 'fflate';

/** Every file of the archive: name and content. */
export function readZip(zip: string): Map<string, Buffer> {
  const entries = unzipSync(readFileSync(zip));
  const out = new Map<string, Buffer>();
  for (const [name, content] of Object.entries(entries)) {
    if (!name.endsWith('/')) out.set(name, Buffer.from(content));
  }
  return out;
}

/** Writes every file of the archive under `dir`, refusing an entry that would land outside it. */
export function extractZip(zip: string, dir: string): void {
  const root = normalize(dir) + sep;
  for (const [name, content] of readZip(zip)) {
    const target = normalize(join(dir, name));
    if (!target.startsWith(root)) throw new Error(`${zip}: entry ${name} escapes the folder`);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
}
