// Ad-hoc: compile the pack (or nothing) once, for instruction counts under callgrind.
import yarax from '@litko/yara-x';
import { readdirSync, readFileSync } from 'node:fs';
const dir = process.argv[2];
const text = dir ? readdirSync(dir).filter((f) => f.endsWith('.yar')).sort().map((f) => readFileSync(`${dir}/${f}`, 'utf8')).join('\n') : 'rule x { condition: true }';
const vars = { sender: 'none:', sender_kind: 'none', sender_line: '', sender_country: '', url_count: '0', phone_count: '0', shortcode_count: '0', email_count: '0', money_count: '0', priced_money_count: '0', obfuscation_count: '0', shortener_count: '0', ip_url_count: '0', defanged_url_count: '0', risky_tld_count: '0', brand_mismatch_count: '0', brand_link_count: '0', platform_url_count: '0', caps_keyword_count: '0', code_count: '0', opening: '' };
yarax.compile(text, { defineVariables: vars });
