// Ad-hoc: whole-pack compile time under binding options.
import yarax from '@litko/yara-x';
import { readdirSync, readFileSync } from 'node:fs';
const dir = '/work/main/shared/rules';
const text = readdirSync(dir).filter((f) => f.endsWith('.yar')).sort().map((f) => readFileSync(`${dir}/${f}`, 'utf8')).join('\n');
const vars = { sender: 'none:', sender_kind: 'none', sender_line: '', sender_country: '', url_count: 0, phone_count: 0, shortcode_count: 0, email_count: 0, money_count: 0, obfuscation_count: 0, shortener_count: 0, ip_url_count: 0, defanged_url_count: 0, risky_tld_count: 0, brand_mismatch_count: 0, brand_link_count: 0, platform_url_count: 0, caps_keyword_count: 0, opening: '' };
const declared = Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, typeof v === 'number' ? String(v) : v]));
function t(opts) {
  const times = [];
  for (let i = 0; i < 5; i++) { const c0 = process.cpuUsage(); yarax.compile(text, { defineVariables: declared, ...opts }); const c = process.cpuUsage(c0); times.push((c.user + c.system) / 1000); }
  times.sort((a, b) => a - b);
  return times[2].toFixed(1);
}
console.log('default', t({}));
console.log('conditionOptimization', t({ conditionOptimization: true }));
console.log('relaxedReSyntax', t({ relaxedReSyntax: true }));
