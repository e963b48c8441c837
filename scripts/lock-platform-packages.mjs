// @litko/yara-x lists optional addon packages for macOS that were never published to npm.
// `npm install` skips them silently and leaves them out of package-lock.json, and then `npm ci`
// refuses the lock file as "missing" them. This adds the entries `npm ci` expects (marked optional
// and darwin-only, so nothing is fetched on Linux). Run after any `npm install` that rewrites the lock.
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const parent = lock.packages['node_modules/@litko/yara-x'];
let added = 0;
for (const [name, version] of Object.entries(parent?.optionalDependencies ?? {})) {
  const key = `node_modules/${name}`;
  if (lock.packages[key]) continue;
  const [, os, cpu] = /-(darwin|win32|linux)-(x64|arm64)/.exec(name) ?? [];
  lock.packages[key] = { version, cpu: [cpu], license: 'MIT', optional: true, os: [os] };
  added++;
}
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: ${added} unpublished optional platform package(s) recorded`);
