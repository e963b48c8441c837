/**
 * The sender as rules see it. The raw number never leaves this module except as the YARA scan
 * variable `sender`, which is encoded `kind:value` ("shortcode:87121", "phone:+14085550001",
 * "alpha:AMAZON", "email:a@b.example", "none:"). The encoding also guards the binding's quirk:
 * a numeric-looking string variable would otherwise be rejected as an integer.
 */

export type SenderKind = 'none' | 'shortcode' | 'phone' | 'email' | 'alpha';

export interface SenderInfo {
  readonly kind: SenderKind;
  /** The sender with separators removed (digits keep a leading `+`). */
  readonly value: string;
}

export function classifySender(sender: string | undefined): SenderInfo {
  const s = (sender ?? '').normalize('NFKC').trim();
  if (s === '') return { kind: 'none', value: '' };
  if (s.includes('@')) return { kind: 'email', value: s.toLowerCase() };
  const compact = s.replace(/[\s().-]/g, '');
  if (/^\+?\d+$/.test(compact)) {
    const digits = compact.replace('+', '');
    if (!compact.startsWith('+') && digits.length >= 3 && digits.length <= 6)
      return { kind: 'shortcode', value: digits };
    return { kind: 'phone', value: compact };
  }
  return { kind: 'alpha', value: s };
}

export function senderVariable(info: SenderInfo): string {
  return `${info.kind}:${info.value}`;
}
