/**
 * How a host is built against the brands: a brand's name in it, a word of the lure beside the name,
 * the brand's own address worn inside it, and a platform tenant's name made the same way.
 */
import { type Brand, type HostTokenIndex, type LinkMaps, lookalikeFold } from './maps.ts';

/**
 * The brands the host is made of, look-alike letters folded: a long name anywhere in it, a short or
 * common one as a whole part between dots and hyphens. Through the index, the cost is the host's
 * length, not the number of brands.
 */
export function brandsInHost(joined: string, parts: readonly string[], index: HostTokenIndex): Brand[] {
  const out: Brand[] = [];
  for (const p of parts) {
    const list = index.short.get(p);
    if (list) for (const b of list) if (!out.includes(b)) out.push(b);
  }
  // where each part starts in `joined`, for anchored tokens
  const starts = new Set<number>();
  let at = 0;
  for (const p of parts) {
    starts.add(at);
    at += p.length;
  }
  const k = index.prefix;
  for (let i = 0; i + k <= joined.length; i++) {
    const list = index.long.get(joined.slice(i, i + k));
    if (list)
      for (const t of list)
        if (!out.includes(t.brand) && (!t.anchored || starts.has(i)) && joined.startsWith(t.token, i))
          out.push(t.brand);
  }
  return out;
}

/**
 * Words of the lure a phishing host adds to a brand's name: what the message asks the reader to
 * do there, in English and the languages the pack covers most (update: atualiza, guncelle; verify:
 * weryfikacja, dogrula, overit, megerosit; refund: reembolso, iade, zwrot, devolucion, vraceni,
 * povrat, rambursare; cancel: anulowanie, anular, storno; payment: odeme, oplata, platnosc, platba,
 * fizetes, pagamento; address: adres, direccion, endereco; log in: giris; security: sicherheit,
 * beveiliging, sakerhet; confirm: bestaetigen, bevestig, bekraft, vahvista; refund: erstattung,
 * terugbetaling, aterbetalning, refusjon, palautus; withdrawal: widerruf; renewal: renouvellement,
 * renovacion, renovar; Swahili verify: hakiki, thibitisha). The Nordic and Baltic languages, the
 * Gulf's romanised Arabic, Russian, Ukrainian, Kazakh and Uzbek romanised, Indonesian and Malay, and
 * West Africa's: pay (betal, maksu, maksa, bayar, tolov, tolem, mokejimas); my pages and the account
 * cabinet (minasidor, minside, mitside, omasivut, kabinet, "lk-"); refund or return (retur, qaytarish,
 * pengembalian, hyvitys, tagastus, istirdad); activation (aktivasi, aktivering, aktivointi,
 * aktivatsiya); receive (receive, terima, poluchit); renew (prodlit, prodlenie, perpanjang, perbarui);
 * a fine or violation (violation, shtraf, mukhalafat); blocked (blokir, sperret, sparr, spaerret,
 * lukitus); payouts and aid (vyplata, kompensatsiya, dopomoga); confirm (podtverdit, tasdiqlash,
 * kinnita, apstiprinat, patvirtinti); update (tahdith); claim (klaim); a Nigerian bank's BVN. A brand's
 * own sites that the table does not list add product words ("tescomobile", "redcrossblood",
 * "bancosantander"), not these.
 */
export const BAIT_IN_HOST =
  /cancel|verif|kyc|secure|login|log-in|signin|sign-in|unlock|suspend|refund|redeliver|reschedule|billing|update|support|helpdesk|reactivat|recover|confirm|claim|unblock|validat|atualiz|actualiz|aktualiz|guncelle|weryfik|dogrula|seguranca|seguridad|desbloq|reembols|rembours|resgat|odeme|oplata|platnosc|iade|zwrot|vozvrat|anulow|anular|anulova|storn|odblok|potvrd|overen|overit|megerosit|visszater|rambursa|devoluc|vracen|povrat|nadplat|doplat|platb|fizetes|pagamento|restitu|address|adres|direcc|endereco|giris|sicherheit|bestaetig|bestatig|erstattung|widerruf|freischalt|beveilig|bevestig|terugbetal|sakerhet|bekraft|aterbetal|refusjon|palautus|vahvist|renouvel|renovac|renovar|hakiki|thibitish|betal|maksu|maksa|bayar(?!ea)|tolov|tolem|mokejim|minasidor|minside|mitside|omasivut|kabinet|(?:^|[.-])lk-|retur(?!n)|qaytar|pengembalian|hyvitys|tagastus|istirdad|aktivas|aktivat|aktiver|aktivoi|receive|terima(?!kasih)|poluchi|prodli|prodlen|perpanjang|perbarui|pembaruan|violation|shtraf|mukhalaf|blokir|sperr|sparr(?!ow)|spaerr|lukitus|vyplat|viplat|kompensa|dopomog|podtverd|tasdiq|kinnita|apstiprin|patvirtin|tahdith|tahdeeth|klaim|bvn/;

/**
 * A brand's official address worn inside another host, its dot dropped or made a hyphen
 * ("amelifr-vitale.com", "usps-com.help"): no brand restates its own address inside another domain.
 */
export function wearsOfficialDomain(name: string, brands: readonly Brand[]): boolean {
  for (const b of brands)
    for (const d of b.domains) {
      for (const worn of [d.replace(/\./g, ''), d.replace(/\./g, '-')]) {
        const at = name.indexOf(worn);
        if (at < 0) continue;
        const before = at === 0 ? '-' : name[at - 1];
        const after = name[at + worn.length] ?? '-';
        if (/[.-]/.test(before as string) && /[.\d-]/.test(after)) return true;
      }
    }
  return false;
}

/**
 * A tenant's name on a platform built of a brand's name and a word of the lure
 * ("kotak811-vkyc.page.link", "usps-redeliver.app.link"): the platform's customer chose it, and no
 * brand names its own deep links after the lure. (Not the worn address: "swiggy.onelink.me" is
 * Swiggy's own, and "swig.gy" without its dot is its name.) `platform`: the platform's entry the
 * host is under; the caller has ruled out a brand's own host.
 */
export function baitedTenant(host: string, platform: string, maps: LinkMaps): boolean {
  if (platform.length >= host.length) return false;
  const tenant = lookalikeFold(host.slice(0, host.length - platform.length - 1));
  return (
    BAIT_IN_HOST.test(tenant) &&
    brandsInHost(tenant.replace(/[.-]/g, ''), tenant.split(/[.-]/), maps.hostTokenIndex).length > 0
  );
}
