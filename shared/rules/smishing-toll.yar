// Road-toll and traffic-fine smishing: an unpaid toll (E-ZPass, FasTrak, SunPass style), a
// parking or traffic fine, a penalty "to avoid", paid through a link.

rule toll_unpaid_balance : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "An unpaid toll or road charge with a penalty threat and a way to pay"
  strings:
    $t1 = /\b(tolls?|t-tag|e-?z ?pass|fastrak|sunpass|txtag|ez ?tag|i-?pass|peach pass|good to go|pike ?pass|quick ?pass|e-?pass|tollway|turnpike|toll ?road|toll service|toll authority|ntta|road user charge|congestion charge|dart ?charge|ulez|clean air zone)\b/
    $d1 = /\b(unpaid|outstanding|in arrears|overdue|past due|balance due|amount due|due balance|unsettled|pending (toll|payment|balance)|late (fee|fees|charge|payment)|penalt(y|ies)|fines?|collections?|surcharge)\b/
    $d2 = /\b(avoid|prevent) (additional|extra|late|further|a|any)? ?(fees?|charges?|penalt(y|ies)|fines?|suspension)/
    $d3 = /\b(suspen(d|sion)|revo(ke|cation)) (of )?(your )?(driving |driver'?s )?(licen[cs]e|registration|privileges)/
    $pay = /\b(pay|settle|resolve)\b/
  condition:
    // a notice whose every link is the agency's own domain is the agency's (brands.tsv); one whose
    // every link is the site the text names in its own words ("NC Quick Pass ... ncquickpass.com")
    // is too when it comes from a toll-free number, a short code or a sender id: a look-alike
    // ("ncquickpass-pay.com", "sunpass.com-xyz.top") is named by nothing and still counts
    $t1 and any of ($d*) and ($pay or url_count > 0)
    and (url_count == 0 or url_count > brand_link_count)
    and (url_count > brand_link_count + named_url_count
      or not (sender_kind == "shortcode" or sender_kind == "alpha"
        or (sender_kind == "phone" and sender_line == "toll_free")))
}

rule toll_traffic_fine_link : phishing
{
  meta:
    action = "junk"
    weight = 2.5
    description = "A parking, speeding or vehicle-tax notice that must be paid through a link"
  strings:
    $f1 = /\b(parking|traffic|speeding|camera|moving|red[- ]light) (fine|ticket|violation|penalty|notice|citation|offen[cs]e|charge)s?\b|\be-?challan\b/
    $f2 = /\b(vehicle|car|road) tax\b.{0,40}\b(unpaid|expired|overdue|outstanding|due|failed)/
    $f3 = /\b(penalty charge notice|pcn|notice of intended prosecution)\b/
    $urg = /\b(unpaid|outstanding|overdue|pending|final|within [0-9]{1,3} (hours|days)|immediately|avoid|increase|double|court|legal action|enforcement)\b/
  condition:
    any of ($f*) and $urg and url_count > 0
}

rule toll_unpaid_intl : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "An unpaid road toll or traffic fine in Spanish, Portuguese, Italian, French, German, Dutch, Swedish, Norwegian, Danish, Finnish, Polish, Thai, Chinese, Korean or Japanese, paid through a link; Taiwan's eTag toll unpaid on its last day with a penalty, or Japan's ETC toll unpaid, at a link that is not the operator's; Turkey's 'violating toll passages detected' (HGS, OGS, KGM), Brazil's unpaid free-flow toll (pedagio), Romania's vignette, toll or fine, Russia's and Ukraine's unpaid fines or toll road, Vietnam's camera fine (phat nguoi) or road fee, a toll, e-vignette, parking charge or fine unpaid, expired or owed in the Balkans (Bulgarian, Macedonian, Serbian, Bosnian, Croatian, Slovenian, Albanian; Cyrillic and Latin) or Greece (script and Greeklish) with a call to pay, with a debt, a penalty or legal action, paid at a link that is not the operator's or the state's, from any sender; Japan's ETC service or card 'invalid', stopped or expired, mainland China's ETC card 'invalid' to re-certify, Taiwan's traffic fine unpaid"
  strings:
    $es = /\b(peajes?|autopista|multa de trafico|multa)\b.{0,80}\b(pendiente|impagad[oa]|sin pagar|vencid[oa]|recargo|sancion|pague|pagar)/
    $pt = /\b(portage(m|ns)|multa)\b.{0,80}\b(em atraso|pendente|por pagar|nao paga|pague|pagar)/
    $it = /\b(pedaggio|pedaggi|multa)\b.{0,80}\b(non pagat|insolut|scadut|sanzione|paga)/
    $fr = /\b(peage|amende|contravention)\b.{0,80}\b(impaye|non paye|majoration|a regler|payer|reglez)/
    $de = /\b(maut|bussgeld|strafzettel)\b.{0,80}\b(offen|unbezahlt|mahngebuhr|zahlen|begleichen)/
    $zh = /(过路费|通行费|罚款|违章|etc)[^a-z]{0,40}(未缴|欠费|逾期|缴纳|支付|处理)/
    // Korean and Japanese: a fine notice or unpaid charge "to check" or pay (a letter is three bytes: gaps in bytes)
    $ko = /(과태료|범칙금|벌금|통행료).{0,60}(고지서|확인|조회|납부|미납)/
    $ja = /(反則金|罰金|未払い料金|未納).{0,60}(確認|支払|お支払い|納付)/
    // Dutch, the Nordic languages and Polish (accents folded: "bompenger", "parkeringsbot")
    $nl = /\b(tol|parkeerboete|parkeerretributie|verkeersboete|boete)\b.{0,80}\b(openstaande?|onbetaald|aanmaning|verhoging|te voorkomen|binnen [0-9]{1,2} (uur|dagen))/
    $nord = /\b(bompenger|bompengar|vagtull|trangselskatt|parkeringsbot|parkeringsbote|parkeringsafgift|bot|bote|boten|sakko|pysakointivirhemaksu|tietulli)\b.{0,80}\b(ubetalt|ubetalte|obetald|obetalda|maksamatta|maksamaton|erapaiva|gebyr|paminnelse|paminnelseavgift|inkasso|perintakulu|for a unnga|for att undvika|valttaaksesi)/
    $pl = /\b(oplata drogowa|mandat|e-toll|etoll)\b.{0,80}\b(nieoplacon|zaleg|zaplac|oplac|kara)/
    $th = /(ใบสั่ง|ค่าปรับ|ค่าผ่านทาง).{0,90}(ค้างชําระ|ชําระ|จ่าย)/
    // Taiwan (traditional Chinese): an eTag or freeway toll unpaid, the last day, a penalty or a surcharge
    // ("遠通電收：您的eTag通行費尚未繳納，今日為繳費最後期限，逾期將處以罰鍰")
    $tw_toll = /(etag|遠通|遠通電收|高公局|高速公路局|國道|通行費|過路費|停車費|交通違規|違規罰|監理站|監理所|監理服務)/
    $tw_due = /(未繳|尚未繳|欠費|欠繳|逾期|待繳|補繳|催繳|未付)/
    $tw_pen = /(最後期限|最後一天|最後一日|截止|罰鍰|罰款|加收|滯納金|逕行舉發|移送|強制執行|今日|今天|盡速|立即)/
    // Japan: ETC or expressway tolls unpaid ("ETC利用料金の未払い")
    $ja_etc = /(\betc|高速道路|nexco|ネクスコ|通行料金).{0,60}(未払い|未納|滞納|未精算|お支払いが確認)/
    // ... or the ETC service or card said to be invalid, suspended or expired, to renew at a link
    $ja_etc2 = /etc(サービス|カード|利用)(.{0,60})(無効|停止|失効|有効期限|に問題が)/
    // mainland China: the ETC card or account "invalid", to re-certify or be blocked
    $zh_etc = /etc(卡|账户|帐户|服务|會員|会员)?.{0,30}(失效|停用|认证|認證|过期|過期|冻结|凍結|注销|註銷)/
    // the toll operator's own site (not in the brand table), as the only link
    $tw_own = /(^|[^a-z0-9.-])(www\.)?(fetc\.net\.tw|driveplaza\.com|(c-|e-)?nexco\.co\.jp)([^a-z0-9.-]|$)/
    // Turkish (accents folded; suffixes follow the stem): a violating passage or a toll, and the debt, the
    // payment or the legal action
    $tr = /\b(ihlalli gecis|hgs|ogs|otoyol|kopru gecis|gecis ucret|kgm|karayollari)/
    $tr_due = /\b(borc|odeme|odeyin|odeyiniz|odenmemis|cezali|ceza|yasal islem|icra|tahsil|gecikme)/
    // Brazil: a free-flow toll or a toll debt
    $pt2 = /\b(pedagios?|free flow|sem parar|conectcar|tag de pedagio)\b.{0,100}\b(em aberto|pendente|pendencia|debito|nao pag[oa]|pague|pagar|quitar|regularize|evite)/
    // Romanian (accents folded): the vignette, a toll or a fine, unpaid
    $ro = /\b(rovinieta|rovinietei|peaj|taxa de pod|amenda|amenzi|contraventie|proces-verbal|parcare|parcarea)\b.{0,80}\b(neplatit|neachitat|restant|achitati|platiti|plata|penalitat|majorar|expirat)/
    // Russian, Ukrainian (no word boundaries around Cyrillic): an unpaid fine or toll road
    $ru = /(штраф|платн\S{0,6} дорог|проезд по платн|проїзд платн|платон|айыппұл)\S{0,6} .{0,80}(неоплачен|не оплачен|оплатите|задолженн|пени|погасите|сплатіть|оплатіть|несплачен|заборгован|төлеңіз)/
    // Vietnamese (diacritics folded): a camera fine or a road fee
    $vi = /\b(phat nguoi|vi pham giao thong|bien ban (vi pham|xu phat)|phi (duong bo|bao tri duong bo|qua tram)|tram thu phi|vetc|epass)\b.{0,80}\b(chua nop|nop phat|nop phi|thanh toan|qua han|no phi|dong phat|xu phat|tra cuu)\b/
    // The Balkans in Latin letters (Bosnian, Croatian, Serbian, Slovenian, Albanian; Bulgarian and Macedonian written in
    // Latin; diacritics folded): a toll, a vignette, a parking charge or a fine ...
    $bk_toll = /\b(putarin\w{1,2}|cestarin\w{1,2}|cestnin\w{1,2}|e-?vinjet\w{1,2}|darsgo|patarin\w{1,2}|vinetk\w{1,3}|gjob\w{1,3}|kundervajtj\w{1,2}|tarif\w{1,3} e (rruges|autostrades)|parkirnin\w{1,2}|parkirn\w{1,3} kart\w{1,2}|parking|dnevn\w{1,2} kart\w{1,2}|parkiranj\w{1,2}|parkim\w{0,3}|kazn(a|u|e|i)|glob(a|o|e|i)|prekrsajn\w{1,3} nalog|placilni nalog)\b/
    // ... unpaid, overdue, expired or owed ...
    $bk_due = /\b(neplacen\w{0,3}|neplacan\w{0,3}|nije placen\w{0,2}|ni (bila )?placan\w{0,2}|papaguar\w{0,2}|nuk (eshte|u) paguar|e vonuar|potekl\w{1,2}|istekl\w{1,2}|neplaten\w{0,2}|dug (za|od)|dugujete|dolgujete|negativ\w{1,3} (saldo|stanje)|do te rritet|dyfishim\w{0,2}|uvecanj\w{1,2}|povisanj\w{1,2})\b/
    // ... to pay now
    $bk_pay = /\b(platite|placajte|uplatite|izmirite|podmirite|poravnajte|nadoplatite|dopunite|paguani|paguajeni|paguaj|shlyeni|platete)\b/
    // Bulgarian, Macedonian and Serbian in Cyrillic: the toll, vignette, parking or fine ...
    $cy_toll = /(тол такс|винетк|патарин|путарин|глоб(а|ата|и|у)|казн(а|у|ата)|фиш|паркиран|паркинг|прекршоч|прекршајн)/
    // ... unpaid, expired, owed ...
    $cy_due = /(неплатен|неплаћен|изтекл|изтича|истекл|истиче|задължени|дуг за|долг за|негативно (салдо|стање))/
    // ... to pay
    $cy_pay = /(платете|платите|заплатете|измирите|допуните|надополнете)/
    // Greek (script and Greeklish): tolls, a fine or a parking ticket, unpaid or outstanding, to pay
    $el_toll = /(δι(ό|ο)δι|πρ(ό|ο)στ(ί|ι)μ|e-?pass|κλ(ή|η)ση στ(ά|α)θμευσης|παρ(ά|α)βαση κοκ|\b(diodi(a|wn|on)|prostimo|klisi)\b)/
    $el_due = /(απλ(ή|η)ρωτ|εκκρεμ|οφειλ|αρνητικ(ό|ο) υπ(ό|ο)λοιπο|\b(aplirwt|apliroto|aplirwto|ekkremei|ofeil))/
    $el_pay = /(πληρ(ώ|ω)στε|εξοφλ(ή|η)στε|\b(plirwste|pliroste|exoflhste|exofliste)\b)/
  condition:
    // the added languages: a link that is neither the operator's nor the state's (government suffixes count
    // in brand_link_count), nor the site the text names
    ((($tr and $tr_due) or any of ($pt2, $ro, $ru, $vi) or ($bk_toll and $bk_due and $bk_pay)
        or ($cy_toll and $cy_due and $cy_pay) or ($el_toll and $el_due and $el_pay))
      and url_count > brand_link_count + platform_url_count + named_url_count)
    or (any of ($es, $pt, $it, $fr, $de, $zh, $ko, $ja, $nl, $nord, $pl, $th) and url_count > brand_link_count + named_url_count)
    or ((($tw_toll and $tw_due and $tw_pen) or $ja_etc or $ja_etc2 or $zh_etc)
      and url_count > brand_link_count + platform_url_count and not ($tw_own and url_count == 1))
}

rule toll_vehicle_compliance_link : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A vehicle's emission or clean-air certificate or sticker (Crit'Air, Umweltplakette, milieusticker, uji emisi, smog or PUC certificate) said to be required, missing or expired under a fine, obtained or paid at a link that is not the state's (English, German, Dutch, Swedish, Danish, Norwegian, French, Indonesian, Malay, Tagalog, Thai)"
  strings:
    $cert = /\b(emission|emissions|smog|pollution under control|puc|abgas|umweltplakette|feinstaubplakette|milieusticker|milieuzone|crit'? ?air|vignette antipollution|uji emisi|miljozon|miljoklass|miljomarkat|miljozone)\b|(ใบรับรองมลพิษ|ตรวจมลพิษ)/
    $doc = /\b(certificate|certification|sticker|compliance|plakette|zertifikat|bescheinigung|certificaat|vignette|certificat|certifikat|sertifikat|sijil|test|check|stiker)\b|(ใบรับรอง)/
    $must = /\b(required|mandatory|missing|expired|expires|penalty|fine|fined|verplicht|pflicht|pflichtig|abgelaufen|fehlt|bussgeld|verlopen|ontbreekt|boete|obligatorisk|utgangen|bot|boten|bod|obligatoire|expire|expiree|manquant|amende|wajib|kedaluwarsa|kadaluarsa|denda|tilang|diperlukan|kailangan|multa)\b|(ค่าปรับ|หมดอายุ)/
  condition:
    $cert and $doc and $must and url_count > brand_link_count + platform_url_count + named_url_count
}

// The same shape for a household utility: an electricity, water, gas or heating bill said to be unpaid or overdue,
// the supply cut off today, and a link to pay that is not the supplier's own (Bulgarian, Macedonian, Serbian in
// Cyrillic and Latin, Croatian, Bosnian, Greek in script and Greeklish, Romanian). A supplier's own bill or
// outage notice comes from its sender id with its own site, and announces a planned cut without a debt
rule toll_utility_cutoff_link : phishing
{
  meta:
    action = "junk"
    weight = 2.5
    description = "An electricity, water, gas or heating bill unpaid or overdue, the supply to be cut off today, with a link to pay that is not the supplier's own, from a person's number or an address or through an impersonator's link (Bulgarian, Macedonian, Serbian, Croatian, Bosnian, Greek and Greeklish, Romanian)"
  strings:
    // the utility: a bill for power, water, gas or heating, the supply, the meter, the supplier's name
    $u_cy = /(сметка за (ток|вода|парно|газ|електроенергия|струја|греење|електрична)|сметки за (ток|вода|парно|газ|струја|греење)|рачун\S{0,2} за (струју|воду|гас|грејање|електричну)|захранването|електрозахранване|(^| )ток(ът)? (ще|ви|е)|струјата|броило|бројило|евн|енерго-про|електрохолд|софийска вода|топлофикац|овергаз|водовод|епс|србијагас|инфостан)/
    $u_lat = /\b(racun\w{0,2} za (struju|vodu|plin|gas|grijanje|grejanje|elektricnu energiju)|smetk\w{1,2} za (tok|voda|struja|parno)|brojilo|hep|eps|infostan|bvk|vodoopskrb\w{1,2}|plinar\w{1,2}|elektrodistribucij\w{1,2}|electrohold|energo-?pro|evn|zahranvaneto|factur\w{1,3} (la|de) (energie|curent|gaz|gaze|apa|electricitate)|furnizare\w{0,2}|contor\w{0,2}|curentul|la curent|curent electric|enel|e\.on|electrica|engie|hidroelectrica|apa nova|logariasmo\w{0,2} (reumatos|nerou)|reuma|ilektrodotis\w{1,2}|ydrodotis\w{1,2}|deh|eydap)\b/
    $u_el = /(λογαριασμ(ό|ο)\S{0,2} (ρε(ύ|υ)ματος|νερο(ύ|υ)|φυσικο(ύ|υ) α(έ|ε)ριου)|ρε(ύ|υ)μα|ηλεκτροδ(ό|ο)τηση|υδροδ(ό|ο)τηση|δεη|ευδαπ|δεδδηε|παροχ(ή|η))/
    // the cut-off
    $cut = /(прекъснат|спиране|спрян|спря(на|но|ни)|изключ|прекратен|исклуч|прекинат|искључ|прекинут|διακοπ|διακ(ό|ο)πτ|\b(iskljuc|iskljuci|prekinut|diakopi|intrerupt|intrerupere|deconect|sistare|sistarea|oprita|oprire|prekasnato|isklucuvanje))/
    // ... or the last warning before it
    $final = /(последно (напомняне|предупреждение|предупредување)|последња опомена|τελευτα(ί|ι)α (υπενθ(ύ|υ)μιση|ειδοπο(ί|ι)ηση)|\b(zadnja opomena|posljednja opomena|poslednja opomena|ultimul avertisment|ultima notificare|teleftaia ypenthymisi))/
    // the debt: unpaid, overdue, a last reminder
    $due = /(неплатен|не е платен|није плаћен|δεν (έ|ε)χει (πληρωθε|εξοφληθε)|просроч|задължени|последно напомняне|задоцнет|поради долг|последно предупредување|неплаћен|због дуга|дуговањ|дугујете|опомен|ληξιπρ(ό|ο)θεσμ|απλ(ή|η)ρωτ|οφειλ|εκκρεμ|\b(neplacen|nije placen|dospio|zbog duga|dugujete|dugovanj|opomen|prosrochen|neplatena|lixiprothesm|aplirwt|ofeil|ekkremei|restant|neplatit|neachitat|nu a fost (platit|achitat)|scadent|datori(a|e|ei|ile|ilor)\b|ultim(ul|a) (avertisment|notificare)))/
    // a relative or a flatmate passing on the bill or the outage
    $me = /(мамо|мама|татко|платих|ја платив|платила сам|платио сам|μαμ(ά|α)|πλ(ή|η)ρωσα|\b(mama|mami|tata|platila sam|platio sam|am platit|lol))/
  condition:
    ($u_cy or $u_lat or $u_el) and ($cut or $final) and $due and not $me
    and url_count > brand_link_count + platform_url_count + named_url_count
    and ((sender_kind != "alpha" and sender_kind != "shortcode")
      or deceptive_url_count > 0 or risky_tld_count > 0 or shortener_count > 0 or brand_mismatch_count > 0)
}

rule toll_prepaid_meter_tamper_link : phishing
{
  meta:
    action = "junk"
    weight = 2.5
    description = "A prepaid electricity meter flagged for tampering, an illegal bypass or connection, blocked or to be deactivated, with a fine or a disconnection and a link that is not the supplier's own, from a person's number or through an impersonator's link (South Africa, Zimbabwe, Zambia, Botswana)"
  strings:
    // the meter and what was found on it
    $tamper = /\b(meter|meters|meter number|kragmeter)\b.{0,60}\b(tamper|tampering|tampered|illegal (bypass|connection)|bypass(ed)?|blacklisted|flagged|deactivated|blocked|gepeuter)\b|\b(tamper|tampering|illegal (bypass|connection)|gepeuter)\b.{0,60}\bmeter\b/
    // the consequence: a fine, a penalty, a disconnection, no more tokens
    $cost = /\b(fine|penalty|boete|disconnect(ed|ion)?|cut off|reconnection( fee)?|afgesny|tokens?)\b/
  condition:
    $tamper and $cost
    and url_count > brand_link_count + platform_url_count + named_url_count
    and ((sender_kind != "alpha" and sender_kind != "shortcode")
      or deceptive_url_count > 0 or risky_tld_count > 0 or shortener_count > 0 or brand_mismatch_count > 0)
}
