/**
 * Links whose host is built of the sender id's own name the way impersonators build one:
 * "Hepsiburada" linking to `hepsiburada-hediye.shop`, "NovaPoshta" to `novaposhta-ua.delivery`. A business
 * sends its own domain (`hepsiburada.com`, `kaspi.kz`); an impersonator borrows the id and builds a
 * host around the name. Covers every brand, listed in `brands.tsv` or not. Read for the scan variable
 * `sender_host_mismatch_count`.
 */
import type { UrlFeature } from '../normalize/types.ts';
import type { SenderInfo } from '../sender.ts';
import { BAIT_IN_HOST } from './bait.ts';
import { HYPHEN_CODE, nameParts } from './deceptive-host.ts';
import { lastLabels } from './facts.ts';
import { hostIn, type LinkMaps } from './maps.ts';

/** A sender id this short, or a word every sender uses, names no one in particular. */
const MIN_NAME = 4;
/**
 * A shorter id ("BCA", "CSN", "STC", "DAO", "GCB") names its sender only in a host that starts with it,
 * a hyphen and a word of the lure ("dao-levering.x", "csn-refund.x"): never alone or beside a product word.
 */
const MIN_SHORT_NAME = 3;
const GENERIC_IDS: ReadonlySet<string> = new Set(
  'info alert alerts notice notify verify update bank service services text promo offer offers news account secure support delivery post mobile code auth shop store online sms txt mail message msg order orders login card cards pay payment payments travel health club rewards otp app web vip win bet'.split(
    ' ',
  ),
);
/**
 * What an id sets off after its name besides a two-letter region: a department or a generic word
 * ("BCA-INFO", "GCB-Bank") or the country it serves ("MOI-Qatar", "ECG-Ghana").
 */
const ID_TAILS: ReadonlySet<string> = new Set(
  'ghana nigeria naija kenya uganda tanzania qatar oman kuwait bahrain saudi ksa uae dubai egypt jordan india indonesia malaysia philippines turkey russia ukraine kazakhstan uzbekistan sweden norway denmark finland estonia latvia lithuania africa group ltd plc'.split(
    ' ',
  ),
);

/**
 * The sender id as a host would carry it: letters and digits only, lower case ("Posta Romana" ->
 * "postaromana"); and without a region set off after its name ("Movistar-PE", "iFood BR" -> "movistar",
 * "ifood"), a department or a country after a hyphen ("BCA-INFO", "MOI-Qatar" -> "bca", "moi"): a host
 * built around the brand carries the name, not the sender's region. `short`: a name of 3 characters.
 */
function idNames(sender: SenderInfo): { name: string; short: boolean }[] {
  if (sender.kind !== 'alpha') return [];
  const fold = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  // the name before what an id sets off after it: any two letters (a region) or a listed tail
  const tailed = /^(.*[a-z0-9])[\s_.-]+([a-z]{2,20})$/i.exec(sender.value);
  const tail = tailed?.[2]?.toLowerCase();
  const head =
    tail !== undefined && (tail.length === 2 || GENERIC_IDS.has(tail) || ID_TAILS.has(tail))
      ? tailed?.[1]
      : undefined;
  const names = [...new Set([fold(sender.value), ...(head ? [fold(head)] : [])])];
  return names
    .filter((n) => n.length >= MIN_SHORT_NAME && /[a-z]/.test(n) && !GENERIC_IDS.has(n))
    .map((name) => ({ name, short: name.length < MIN_NAME }));
}

/** How many links carry the sender id's name in their host without being its own plain address. */
export function senderBuiltHosts(urls: readonly UrlFeature[], sender: SenderInfo, maps: LinkMaps): number {
  if (urls.length === 0) return 0;
  const names = idNames(sender);
  if (names.length === 0) return 0;
  let n = 0;
  // a host is judged once: hostile text repeats one thousands of times
  const judged = new Map<string, boolean>();
  for (const u of urls) {
    if (u.ip) continue;
    const host = lastLabels(u.host.startsWith('www.') ? u.host.slice(4) : u.host);
    let built = judged.get(host);
    if (built === undefined) {
      built = names.some(({ name, short }) =>
        short ? shortNameBuilt(host, name, maps) : builtByName(host, u.tld, name, maps),
      );
      judged.set(host, built);
    }
    if (built) n++;
  }
  return n;
}

/**
 * Words a courier's, bank's or office's lure adds beside a borrowed name on a plain .com, besides the
 * ones of `BAIT_IN_HOST`: the errand the host pretends to serve ("aramex-delivery", "adcb-card-renew",
 * "x-asfaleia" (Greek: security), "x-epistrofi" (Greek: refund), "x-safecard"; a parcel's errand in
 * the languages of Europe and Latin America: doruceni, dostawa, przesylka, zasilka, csomag, colet, entrega,
 * rastreio, siuntinys, sutijums, aduana; points, prizes and benefits in Spanish and Portuguese:
 * puntos, pontos, premio, regalo, brinde, canje, beneficio; a bill's copy: 2via; the Nordic, Baltic,
 * Turkish, Russian, Indonesian and Malay parcel: levering, leverans, toimitus, pakke, pakk, paket,
 * kiriman, posylka, teslimat, tull (customs); prizes: hadiah, undian, poin, sovga; renew: uusi; a fine:
 * denda, boter, sakko, trahv, bauda, multa, ceza; a line's upgrade, an opt-out). A brand's other
 * sites add a region or a product ("canalplus-afrique"), not these.
 */
const ERRAND_IN_HOST =
  /(?:^|-)(?:deliver|renew|track|parcel|reward|gift|bonus|prize|point|fine|toll|penalt|asfal|epistrof|safe|protect|fraud|alert|doruc|dostav|dostaw|przesyl|paczk|zasilk|zasiel|kezbes|csomag|livra|colet|entreg|envio|rastre|siunt|sutij|pratk|posilk|customs|aduan|alfandeg|taxa|punto|ponto|premio|regalo|brinde|canje|benefic|2via|levering|leverans|toimitus|pakke|pakk|paket|kiriman|posylk|teslimat|tull|hadiah|undian|poin|sovga|uusi|denda|boter|sakko|trahv|bauda|multa(?!n)|ceza|upgrade|opt-?out)/;

/** Words beside the name that only a lure adds: its bait or its errand. */
function lureWords(rest: string): boolean {
  return BAIT_IN_HOST.test(rest) || ERRAND_IN_HOST.test(rest);
}

/**
 * Where the registrable name is among a host's parts: the last, or the one before a country code worn
 * before a generic TLD ("tele2-x.ru.com": the part before "ru").
 */
function registrableAt(parts: readonly string[]): number {
  return parts.length > 1 && parts[parts.length - 1]?.length === 2 ? parts.length - 2 : parts.length - 1;
}

/** The host is built around the id's name the impersonator's way (see `senderBuiltHosts`). */
function builtByName(host: string, tld: string, name: string, maps: LinkMaps): boolean {
  if (hostIn(host, maps.brandDomains) || hostIn(host, maps.platforms)) return false;
  const parts = nameParts(host);
  // the registrable name only: a shop's own subdomain on a platform ("brand.myshopify.com") is its own
  // (a country code worn before a generic TLD, "tele2-x.ru.com", is no name: the part before it is)
  const last = registrableAt(parts);
  const raw = parts[last] ?? '';
  const label = raw.replace(/-/g, '');
  if (label === name) return false;
  // the name with a country code or a lure's word as a subdomain of another's address
  // ("kestrel-bg.plateni.cc", "kestrel-delivery.x.top"); a name alone there is often the business's
  // own service on a partner's address ("mychart.<hospital>.org", "vicroads.vic.gov.au")
  for (let i = 0; i < last; i++) {
    const words = (parts[i] ?? '').split('-');
    if (words.length < 2 || !words.includes(name)) continue;
    const rest = words.filter((w) => w !== name).join('-');
    if (words.some((w) => HYPHEN_CODE.test(w)) || lureWords(rest)) return true;
  }
  // the sender's own address is its name alone before the suffix ("kaspi.kz", "isbank.com.tr");
  // a brand's other sites add a word ("waecdirect.org", "canalplus-afrique.com"), so only a host
  // built the impersonator's way counts: on an abuse-prone TLD, under a country code worn before
  // a generic TLD ("x.ru.com"), or with a country code hyphenated after the name ("novaposhta-ua")
  if (
    label.startsWith(name) &&
    (maps.abuseTlds.has(tld) || last !== parts.length - 1 || /-[a-z]{2}(-|$)/.test(raw))
  )
    return true;
  // on any TLD: the name as whole hyphenated words beside a word of the lure ("adcb-card-renew.com",
  // "my-aramex-delivery.com"), or as the start of the first word, a word of the brand's own, before
  // it ("wingbank-bonus.com" for "Wing")
  const dash = raw.indexOf('-');
  const rest = wordsBeside(raw, name) ?? (dash > 0 && raw.startsWith(name) ? raw.slice(dash + 1) : undefined);
  return rest !== undefined && lureWords(rest);
}

/**
 * The other words of a hyphenated label in which the id's name is a run of whole words ("card-renew"
 * in "adcb-card-renew", "my-delivery" in "my-ara-mex-delivery" for "aramex"), or undefined.
 */
function wordsBeside(raw: string, name: string): string | undefined {
  const words = raw.split('-');
  if (words.length < 2) return undefined;
  for (let i = 0; i < words.length; i++) {
    let joined = '';
    let j = i;
    while (j < words.length && joined.length < name.length) joined += words[j++];
    if (joined === name) return [...words.slice(0, i), ...words.slice(j)].join('-');
  }
  return undefined;
}

/**
 * A short id's name as the first word of the registrable name, before a word of the lure
 * ("csn-refund.com", "dao-levering.net" for "CSN", "DAO"); not the name alone ("csn.se"), nor beside a
 * product word ("stc-pay.com"), nor inside a longer word ("bcaexpress.com").
 */
function shortNameBuilt(host: string, name: string, maps: LinkMaps): boolean {
  if (hostIn(host, maps.brandDomains) || hostIn(host, maps.platforms)) return false;
  const parts = nameParts(host);
  const last = registrableAt(parts);
  const raw = parts[last] ?? '';
  if (!raw.startsWith(`${name}-`)) return false;
  const rest = raw.slice(name.length + 1);
  return lureWords(rest);
}
