// Ad-hoc: compile cost per rule (min CPU of N repeats), each rule compiled with its file's private rules.
import yarax from '@litko/yara-x';
import { readdirSync, readFileSync } from 'node:fs';
const dir = process.argv[2] ?? 'shared/rules';
const N = Number(process.argv[3] ?? 7);
const vars = { sender: 'none:', sender_kind: 'none', sender_line: '', sender_country: '', url_count: '0', phone_count: '0', shortcode_count: '0', email_count: '0', money_count: '0', priced_money_count: '0', obfuscation_count: '0', shortener_count: '0', ip_url_count: '0', defanged_url_count: '0', risky_tld_count: '0', brand_mismatch_count: '0', brand_link_count: '0', platform_url_count: '0', caps_keyword_count: '0', code_count: '0', opening: '' };
const cpu = (text) => { let best = Infinity; for (let i = 0; i < N; i++) { const c0 = process.cpuUsage(); yarax.compile(text, { defineVariables: vars }); const c = process.cpuUsage(c0); best = Math.min(best, (c.user + c.system) / 1000); } return best; };
const base = cpu('rule x { condition: true }');
const out = [];
for (const f of readdirSync(dir).filter((f) => f.endsWith('.yar')).sort()) {
  const src = readFileSync(`${dir}/${f}`, 'utf8');
  const blocks = src.split(/\n(?=(?:private )?rule )/).filter((b) => /^(private )?rule /.test(b.trim()) || /^(private )?rule /.test(b));
  const privates = blocks.filter((b) => b.startsWith('private rule')).join('\n');
  const privCost = privates ? cpu(privates) - base : 0;
  out.push([`${f} (private rules)`, privCost]);
  for (const b of blocks.filter((b) => b.startsWith('rule '))) {
    const name = b.match(/^rule (\w+)/)[1];
    out.push([name, cpu(`${privates}\n${b}`) - base - privCost]);
  }
}
out.sort((a, b) => b[1] - a[1]);
let total = 0; for (const [, c] of out) total += c;
console.log(`base ${base.toFixed(2)} ms; sum ${total.toFixed(1)} ms`);
for (const [n, c] of out.slice(0, 40)) console.log(`${c.toFixed(2).padStart(7)}  ${n}`);
