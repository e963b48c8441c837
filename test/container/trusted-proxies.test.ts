/**
 * TRUSTED_PROXIES that trust every address (`0.0.0.0/0`, `::/0`, or pieces adding up to them) are
 * a configuration error of the built server: exit 2, as every bad key.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { BUILT, MAIN } from './built.ts';

function start(trusted: string) {
  return spawnSync(process.execPath, [MAIN, 'server', '--port', '0', '--workers', '1'], {
    env: { PATH: process.env.PATH ?? '', TRUSTED_PROXIES: trusted },
    encoding: 'utf8',
    timeout: 30_000,
  });
}

describe('TRUSTED_PROXIES', { skip: !BUILT }, () => {
  it('exits 2 for a list that trusts every address', () => {
    for (const [list, family] of [
      ['0.0.0.0/0', 'IPv4'],
      ['10.0.0.0/16, ::/0', 'IPv6'],
      ['0.0.0.0/1,128.0.0.0/1', 'IPv4'],
    ]) {
      const r = start(list as string);
      assert.equal(r.status, 2, `${list}: ${r.stderr}`);
      assert.match(r.stderr, new RegExp(`TRUSTED_PROXIES: trusts every ${family} address`));
    }
  });
});
