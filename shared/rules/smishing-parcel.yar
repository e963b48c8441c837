// Parcel-delivery smishing: a missed or failed delivery, a parcel on hold, a customs or
// redelivery fee, "update your address" - with a link, a number to call or a reply to send.
// Real carriers' status notices (shipped, out for delivery, delivered) are transactions.

private rule parcel_contact
{
  strings:
    // "click here", "call 0123...", "reply 1": a way to act on the lure other than a link
    $c1 = /\b(click|tap|follow (the|this) link|visit)\b/
    $c2 = /\b(call|reply|text|ring)( us)?( now)?( on| at)? ?\+?[0-9]/
  condition:
    phone_count > 0 or any of them
}

private rule parcel_mentioned
{
  strings:
    $p = /\b(your barrel|barrels? from|package|parcel|shipment|delivery|courier|consignment|item|goods|usps|ups|fedex|dhl|royal ?mail|evri|hermes|dpd|yodel|parcelforce|canada post|australia post|auspost|india post|post office|postal service|la poste|correos|posti|postnl)\b/
  condition:
    $p
}

// one failure wording ($f5) is also enough on its own with a link
// suppress: unintended_pattern_in_set
rule parcel_delivery_failed : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Says a parcel could not be delivered or is on hold, and asks to click, reschedule or update details; or a 'driver' on a personal number with a torn label, a signature needed or no one reached, who asks for the full address, house number, postcode or a time by reply; or USPS, UPS, FedEx or Correos 'your package needs to be rescheduled' or 'could not be delivered' with a shortener or a link no carrier owns, from a long number or an address (English, Spanish)"
  strings:
    $f1 = /\b(could not|couldn't|cannot|can't|unable to|failed to|was not|wasn't|not able to|were unable to|did not)( be)? (deliver|delivered|complete (the |your )?delivery|process (your )?(package|parcel|shipment))/
    $f2 = /\b(missed|failed|unsuccessful|incomplete) (delivery|delivery attempt|attempt to deliver)/
    $f3 = /\b(delivery|shipment|package|parcel)( attempt)? (has )?(failed|was unsuccessful|is suspended|has been suspended|is on hold|has been held|is pending|was returned|exception)/
    $f4 = /\b(package|parcel|shipment|item)( is| has been| was| is being| is currently)? (on hold|held|suspended|stopped|detained|returned to (the )?(sender|warehouse))/
    $f5 = /\b(incomplete|incorrect|invalid|wrong|insufficient|unclear|missing) (shipping |delivery |street |house |recipient )?(address|information|details|house number)/
    $f6 = /\btried (to |2 )(make a |deliver)/
    $f7 = /\b(we|sorry,? we|sorry we) missed you\b/
    $f8 = /\b(will be |be |being )?returned to (the )?(sender|depot|warehouse|origin)/
    $a1 = /\b(update|confirm|verify|provide|re-?enter|complete|correct) (your |the )?(shipping |delivery |street )?(address|details|information|preferences|info)/
    $a2 = /\b(re-?schedule|redeliver|re-?delivery|re-?arrange|(arrange|book) (a |the )?(new |re)?delivery|new delivery (date|time|slot))/
    // the "driver" on a personal number: a torn label, a signature needed, no one reached ...
    $drv_who = /\b(i'?m|i am|this is|it'?s) (the |your )?([a-z]{1,12} )?(courier|driver|delivery (driver|guy|man|rider)|dispatch rider|rider|postman|postie)\b|\b(courier|driver|delivery driver|rider|postman|postie) here\b|\b(this is|i'?m|i am) [a-z]{1,12},? (from|with) (the )?(usps|ups|fedex|dhl|royal ?mail|evri|hermes|dpd|yodel|parcelforce|canada post|australia post|auspost|nz ?post|courier ?post|aramex|the depot|the courier|the delivery (company|office))\b|\bfrom the (depot|sorting (office|centre|center)|delivery (office|centre|center))\b/
    $drv_why = /\blabel( on (your|the) (parcel|package|item|box))? (is |was |got |has been |has |came |fell )?(a bit |partly )?(torn|ripped|damaged|unreadable|smudged|wet|illegible|missing|faded|off)\b|\b(torn|ripped|damaged|unreadable|smudged|illegible|faded) (address |shipping )?label\b|\b(needs|requires) (a |your )?signature\b|\bsignature (is )?(required|needed)\b|\b(could not|couldn't|can't|cannot|unable to|was unable to) (reach|contact|find|locate|get hold of) (you|your (address|house|property|flat|building|home))\b|\b(no one|nobody|no-one) (was )?(home|answered|in|at home)\b|\bcan'?t read the (address|house number|street|postcode)\b/
    // ... and the reply asked for: the full address, house number, postcode, or a time to call round
    // the redelivery lure with no fee: a carrier's name, the package "needs to be rescheduled" or "could not be
    // delivered", and a shortener or a link of no carrier's, from a long number or an address (English, Spanish)
    $rd_brand = /\b(usps|ups|fedex|fed ex|dhl|ontrac|lasership|us ?post|postal service|correos|servicio postal)\b/
    $rd_when = /\b(needs|need|has|have|must|is waiting|waiting) to be (re-?scheduled|re-?delivered|re-?arranged)\b|\b(requires|require|needs|pending|awaiting) (re-?scheduling|re-?delivery|a new delivery (date|time))\b|\b(has been|was|is|been) re-?scheduled\b|\b(re-?schedule|schedule) (a |your |the )?(new )?(delivery|re-?delivery)\b/
    $rd_es = /\b(necesita|debe|tiene que|requiere) (ser )?reprogramad[oa]\b|\b(ha sido|fue|esta) reprogramad[oa]\b|\breprogram(e|ar|a) (su |tu |la )?entrega\b|\bpendiente de (reprogramacion|reprogramar|reentrega|nueva entrega)\b|\bno (pudo|se pudo|pudimos|hemos podido) (ser )?(entregar|entregad[oa])\b/
    // a friend's own parcel ("UPS says my package needs to be rescheduled")
    $rd_mine = /\b(my|our|mi|nuestro) (package|parcel|delivery|order|shipment|paquete|envio|pedido)\b|\b(says|said|ugh|lol|dice|dijo|dijeron)\b|\bi (booked|rescheduled|scheduled|picked|chose|set it)\b/
    $drv_ask = /\b(reply|send|text|confirm|provide|give)( me| us)?( with)? (your |the )?(full |complete |exact |correct |delivery )?(address|house number|house no|street address|postcode|post code|zip code|zip|eircode|unit number|flat number)\b|\b(convenient|suitable|good|best) time (for|to) (deliver|delivery|drop|redeliver|bring)\b|\bwhat time (is|would be|works) (convenient|good|best|for you)\b/
  condition:
    // a carrier's own "we'll try again tomorrow, details at fedex.com" asks for nothing: a link
    // alone counts only when the stated failure is about the address
    // (not a friend's own parcel or what the carrier told them: $rd_mine)
    parcel_mentioned and ((any of ($f*) and (any of ($a*) or parcel_contact or ($f5 and url_count > 0)) and not $rd_mine
        // a courier's own notice from its sender id (VK-XPRSBS, XX-DELHVY) links only to the site it
        // names or a carrier's official domain: from a sender id, a link of another standing is needed
        and ((sender_kind != "alpha" and sender_kind != "shortcode")
          or url_count > brand_link_count + platform_url_count + named_url_count
          or shortener_count > 0 or risky_tld_count > 0 or deceptive_url_count > 0 or brand_mismatch_count > 0))
      // a carrier asks by its app or site, not a driver by text for the address it already holds
      or ($drv_who and $drv_why and $drv_ask and sender_kind != "alpha" and sender_kind != "shortcode"))
    // the no-fee redelivery lure: carriers text from short codes to their own domains
    or ($rd_brand and ($rd_when or $rd_es or $f1) and not $rd_mine
      and (shortener_count > 0 or url_count > brand_link_count + platform_url_count + named_url_count)
      and (sender_kind == "phone" or sender_kind == "email"))
}

rule parcel_fee_request : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Asks for a customs, redelivery or shipping fee to release a parcel"
  strings:
    $fee1 = /\b(customs|redelivery|re-delivery|postage|handling|import|clearance|small|unpaid|outstanding|storage|release|processing) (fee|charge|duty|duties|cost|payment|tax)s?\b/
    // a delivery or shipping fee counts unless the text promises it away: "$0 delivery fees for
    // members", "no delivery fee" is a shop's perk, not a parcel held for a fee
    $dfee = /\b(delivery|shipping) (fee|charge|duty|duties|cost|payment|tax)s?\b/
    $promise = /(\$0|£0|€0|\bzero|\bfree|\bno|\bwaived|\breduced|\blower|\bwithout) (delivery|shipping|service) (fee|charge|cost)s?\b|\b(delivery|shipping) (fees?|charges?) (waived|on us|included)\b/
    $fee2 = /\b(pay|settle|cover)( a| the| your)?( small| outstanding| unpaid| required)? (fee|charge|amount|balance|duty|duties)\b/
    $fee4 = /\b(fee|duty|duties|charge|tax) of (£|\$|€)[0-9]{1,3}([.,][0-9]{1}[0-9])?\b.{0,40}\b(paid|pay|settle)/
    $fee3 = /\bpay (£|\$|€)[0-9]{1,3}([.,][0-9]{1}[0-9])? (to|for|and) (release|receive|redeliver|reschedule|deliver|get|collect)/
  condition:
    // a carrier's own duty notice links only to its official domain (dhl.com, royalmail.com):
    // the fee request counts with a link elsewhere or a number to call, unless the carrier's own
    // sender id sends it beside its own link ("pay at mydhl.express.dhl or call our centre")
    parcel_mentioned and (any of ($fee*) or ($dfee and not $promise))
    and (url_count > brand_link_count
      or (parcel_contact and not (sender_kind == "alpha" and url_count > 0 and url_count == brand_link_count)))
}

rule parcel_driver_fee_callback : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A 'driver' or 'courier' of a parcel firm texting from a personal number: the parcel has underpaid postage, a small charge or a customs fee and cannot be left until it is settled, ring or text him back (UK, US, AU English; German, French, Spanish, Italian, Dutch): carriers collect fees on their own sites, never by a driver's phone"
  strings:
    // the writer says he is the parcel firm's driver (first person, "<name>, your DPD driver", "Evri courier Jamie here")
    $who = /\b(i'?m|i am|im|this is|it'?s|its)( [a-z]{1,12})?,? (the |your |ur )?([a-z]{1,12} ){0,2}(courier|driver|delivery driver|delivery guy|delivery man|postman|postie|mail carrier|mailman|postal worker|carrier)\b|\b(courier|driver|postman|postie|carrier)( [a-z]{1,12})? here\b|^((hi|hello|hey|hiya|morning|afternoon|evening|good (morning|afternoon|evening))[,!.]? )?(royal mail|evri|hermes|dpd|dhl|ups|fedex|usps|yodel|parcelforce|amazon|australia post|auspost|aramex|startrack|couriers please|canada post|purolator|an post|nz post|courierpost|ontrac|gls|inpost) (delivery )?(driver|courier|postman|postie|carrier)\b/
    // "this is Jamie from DPD", "I'm Rosa with USPS"
    $who_from = /\b(this is|i'?m|i am|im|it'?s|its) [a-z]{1,12},? (from|with) (the )?(usps|ups|fedex|dhl|royal ?mail|evri|hermes|dpd|yodel|parcelforce|amazon|australia post|auspost|aramex|startrack|couriers please|canada post|purolator|an post|nz ?post|courierpost|ontrac|lasership|gls|inpost|jumia|flipkart|ekart|delhivery|dtdc|blue ?dart|xpressbees)\b/
    // the charge: underpaid postage, a shortfall, a small or customs fee
    $fee = /\b(underpaid|under-paid|under paid|insufficient|unpaid|missing) (postage|stamps?|shipping)\b|\bpostage (is |was )?(due|owing|owed|outstanding|unpaid|underpaid|short|missing|to pay|shortfall)\b|\b(shortfall|short fall|surcharge)\b|\b(small|delivery|customs|handling|postage|outstanding|unpaid|redelivery|import|duty|shipping|extra|additional|remaining|balance) (fee|charge|payment|balance|amount|cost|duty|duties)s?\b|\b(fee|charge|balance|amount) (of )?(£|\$|€)/
    // ... which keeps the parcel from being left
    $hold = /\b(can'?t|cannot|can not|unable to|not able to|won'?t be able to|not allowed to|couldn'?t) (leave|drop|deliver|release|hand over|hand it|give you)\b|\b(before|until|till|once|unless) (it'?s |it is |this is |that'?s |the (fee|charge|postage|balance) is )?(paid|settled|covered|sorted|cleared)\b|\b(has|needs|have) to be (paid|settled|covered)\b/
    // ... and the call or text back to the driver
    $back = /\b(call|ring|text|phone|message|contact|buzz|whatsapp) me( back)?\b|\bgive me a (call|ring|bell|text|buzz)\b|\b(call|ring|text|reply|get back)( me)?( back)? (on|to|at) this (number|mobile|phone)\b|\bon this (number|mobile)\b/
    // German, French, Spanish, Italian, Dutch (accents folded): the driver, the postage or fee, the call back
    $de = /\b(hier ist|ich bin) (ihr|dein|der|ihre|deine|die) ([a-z]{1,10}[- ])?(fahrer|fahrerin|zusteller|zustellerin|paketbote|paketbotin|paketzusteller|kurier|kurierfahrer)\b|\b(dhl|dpd|hermes|gls|ups|amazon|fedex)[- ]?(fahrer|zusteller|bote|kurier)( [a-z]{1,12})? hier\b/
    $de_fee = /\b(porto|nachporto|nachgebuhr|zollgebuhr|zustellgebuhr|gebuhr|restbetrag|nachzahlung|fehlbetrag|zuschlag)\b/
    $de_back = /\b(rufen sie mich|ruf mich|melden sie sich|melde dich|schreiben sie mir|schreib mir|kontaktieren sie mich)\b|\bunter dieser nummer\b/
    $fr = /\b(je suis|c'est|ici) (votre|ton|le) (livreur|livreuse|coursier|facteur|factrice|chauffeur)\b|\bvotre (livreur|livreuse|coursier|facteur|factrice)\b/
    $fr_fee = /\baffranchissement\b|\bfrais de (port|livraison|douane|reexpedition|dedouanement)\b|\b(reste a payer|a regler|a payer|complement|supplement)\b/
    $fr_back = /\b(rappelez|appelez|contactez|rappelle|appelle|ecrivez)[- ]moi\b|\b(sur|a) ce numero\b/
    $es = /\b(soy|le habla|te habla|le escribe|te escribe)( [a-z]{1,12},?)?( el| la| su| tu)? (repartidor|repartidora|mensajero|mensajera|conductor|conductora|cartero|cartera|transportista)\b|\b(repartidor|mensajero|cartero)( de [a-z]{1,12})?,? (aqui|por aqui)\b/
    $es_fee = /\b(franqueo|tasa|tasas|importe|cargo|recargo|pago pendiente|pendiente de pago)\b|\bgastos de (envio|aduana|gestion)\b/
    $es_back = /\b(llameme|llamame|llamenme|contacteme|contactame|escribame|escribeme|devuelvame la llamada)\b|\b(a|en) este numero\b/
    $it = /\b(sono|qui|qui e) (il |la )?(vostro |suo |tuo )?(corriere|fattorino|postino|postina|autista)\b|\b(il )?(vostro|suo) (corriere|fattorino|postino)\b/
    $it_fee = /\baffrancatura\b|\bspese di (spedizione|consegna|sdoganamento)\b|\b(tassa|tasse|supplemento|da pagare)\b/
    $it_back = /\b(richiamami|mi richiami|chiamami|mi chiami|mi contatti|contattami|scrivimi|mi scriva)\b|\b(a|su) questo numero\b/
    $nl = /\b(ik ben|dit is) (uw|je|jouw|de) ([a-z]{1,8}[- ])?(bezorger|pakketbezorger|koerier|chauffeur|postbode)\b|\buw ([a-z]{1,8}[- ])?(bezorger|pakketbezorger|koerier|postbode)\b/
    $nl_fee = /\b(porto|bijbetalen|bijbetaling|toeslag|invoerrechten)\b/
    $nl_back = /\b(bel me|bel mij|belt u mij|belt u me|bel me terug|stuur me een|app me)\b|\b(op )?dit nummer\b/
    // cash on delivery is a real courier's collection; a ride's fare or cleaning fee is no parcel's
    $cod = /\b(cash on delivery|cod|contra ?reembolso|reembolso|nachnahme|contrassegno|contre[- ]remboursement|rembours|onder rembours|pobranie)\b/
    $ride = /\b(uber|lyft|ola|bolt|cab|taxi|ride|trip|fare)\b/
    // a friend passing on what the driver said ("the DPD driver says there's £2 to pay, call me")
    $told = /\b(says|said|told (me|us)|reckons|asked (me|us))\b|\b(he|she|they) (is|was|wants|needs|won'?t|can'?t|left)\b|\b(he|she)'s\b/
  condition:
    (((($who or $who_from) and $fee and ($hold or money_count > 0) and $back and not $told) and parcel_mentioned)
      or ($de and $de_fee and $de_back) or ($fr and $fr_fee and $fr_back) or ($es and $es_fee and $es_back)
      or ($it and $it_fee and $it_back) or ($nl and $nl_fee and $nl_back))
    and not $cod and not $ride and url_count == 0
    and sender_kind == "phone"
}

rule parcel_waiting_arrange : phishing
{
  meta:
    action = "junk"
    weight = 1.5
    description = "A delivery 'waiting for you' with a number or link to arrange it (weak alone)"
  strings:
    $w = /\b(you have|there is|there's) an? ([a-z']{1,15} ){0,3}(package|parcel|delivery|shipment) (waiting|pending|awaiting)/
  condition:
    $w and (url_count > 0 or parcel_contact)
}

rule parcel_problem_intl : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A parcel that could not be delivered, is held or owes a fee, in Spanish, Portuguese, Italian, French, German, Chinese, romanised Hindi or Russian, or goods from home held by customs for a tax (Vietnamese, a balikbayan box in Tagalog or English), or a gift parcel from abroad in your name with a customs charge to pay (romanised Hindi and Nepali), with a link, a number or a wallet; or a parcel held by customs over incomplete clearance papers, 'reply 1 for a Chinese-speaking agent' (Chinese, from a number); or, at a link that is not the carrier's own (from a person's number or an address, or of an impersonator's shape), a parcel taxed, held at customs or awaiting a fee in Brazilian Portuguese (or a Pix to pay), or undelivered, held at customs or owing a fee in Russian, Ukrainian, Kazakh, Romanian, Turkish or Vietnamese; or undelivered, short of postage or owing a fee, to reschedule, in German, Dutch, Swedish, Indonesian, Malay or Tagalog; or undelivered, held at customs or in the depot, an incomplete address to confirm, a duty, storage or redelivery fee to pay, in Greek (script and Greeklish), Bulgarian, Macedonian, Serbian (Cyrillic and Latin), Bosnian, Croatian, Slovenian or Albanian"
  strings:
    // the scanned text is lower case with accents folded ("envio", "livre")
    $es = /\b(paquete|envio|pedido|correos|encomienda|bulto|su caja|tu caja)\b.{0,80}\b(detenid[oa]|(cargo|tarifa) de (manejo|almacenaje|almacenamiento)|no (pudo|se pudo|ha podido|hemos podido|pudimos) (ser )?entreg|entrega (fallida|pendiente|suspendida|no realizada)|retenid[oa]|direccion (incompleta|incorrecta|erronea)|(tasas?|tarifa|pago|gastos|arancel|cargos?( pendientes?)?) (de |del )?(aduana|envio|entrega|reenvio|almacenaje)|actualice (su |la )?direccion|reprogram|devuelt[oa] al remitente|(confirme|confirma) (su |tu |la )?direccion|(pague|paga) .{0,20}(de|del) (envio|entrega|reenvio|aduana))/
    // a friend's own parcel, or what the carrier told them ("USPS dice que mi paquete ...")
    $es_mine = /\b(mi|nuestro) (paquete|envio|pedido)\b|\b(dice|dijo|dijeron) que\b/
    $pt = /\b(encomenda|pacote|correios|ctt)\b.{0,80}\b(nao (foi possivel|conseguimos) entregar|retid[oa]|taxa (alfandegaria|aduaneira|de entrega|de envio|de reenvio)|morada incompleta|endereco (incompleto|incorreto)|atualize)/
    $it = /\b(pacco|spedizione|consegna)\b.{0,80}\b(sospes[oa]|in giacenza|tass[ae] doganal|spese di (spedizione|consegna)|indirizzo (incompleto|errato)|non (e stato|e stata) (possibile )?consegna)/
    $fr = /\b(colis|livraison|envoi)\b.{0,80}\b(n'a pas pu etre livre|pas pu etre (livre|distribue)|en attente|frais de (douane|livraison|port|reexpedition)|adresse (incomplete|incorrecte)|reprogrammer)/
    $de = /\b(paket|sendung|zustellung|lieferung)\b.{0,80}\b(konnte nicht zugestellt|nicht zugestellt werden|zollgebuhr|gebuhr|adresse (ist )?unvollstandig|zuruckgehalten)/
    $zh1 = /(包裹|快递|快遞|快件|邮件|郵件|派送|投递|投遞|物流|运单|運單)/
    $zh2 = /(地址不详|地址不全|地址错误|地址有误|无法投递|无法派送|无法配送|派送失败|投递失败|滞留|补交|补缴|运费|关税|清关|重新派送|重新投递|更新地址|地址不詳|地址不完整|地址錯誤|地址有誤|無法投遞|無法派送|無法配送|派送失敗|投遞失敗|滯留|補交|補繳|運費|關稅|清關|重新預約|重新投遞|更新地址|更新資料|未付足|郵費|邮费|暫停派遞|暂停派送)/
    $hi = /\b(parcel|courier|package|saman)\b.{0,60}\b(deliver nahi|delivery nahi|nahi ho (saka|paya|payi)|address (galat|adhura|update kare|update karein)|(fee|charge|shulk) (bhare|bharein|bharo|pay kare|pay karein))/
    // romanised Hindi: a gift parcel from abroad in your name, a customs charge to deposit
    // ("Dubai se gift parcel aaya hai, customs charge 25,000 jama karna hoga")
    $hi2 = /\b(parcel|courier|package|saman|gift)\b.{0,80}\b(customs?|clearance)( duty)? (charge|charges|fee|fees|duty|shulk|tax)\b.{0,40}\b((jama|bharna|bharni|bharo|bharein|bhariye) ?(karna|karni|karo|karein|karen|kare|kijiye|kariye|kar dijiye|kar de)?|pay ?(karna|karni|karo|karein|karen|kare|kijiye|kariye|kar dijiye|kar de))( hoga| hogi| padega| padegi)?\b/
    // romanised Nepali: a parcel from abroad in your name ("tapai ko naam ma ... parcel aako cha"),
    // and a customs charge to pay ("bhansar shulka tirnu parcha", "customs charge tirnuhos")
    $ne_you = /\b(tapai|tapain|tapaai|hajur)( ?ko| ?lai| ?le)?\b/
    $ne_parcel = /\b(parcel|parsal|courier|package|gift|saman|samaan)\b.{0,60}\b(aako|aaeko|aayeko|ayeko|aeko|aayako|pathaeko|pathayeko|pathako|rokiyeko|rokeko|atkeko|atkiyeko|hold)\b/
    $ne_fee = /\b(bhansar|bhanshar|custom|customs|clearance)\b.{0,60}\b(tirnu ?(parcha|parchha|parxa|parne|hunecha|hunechha|hunexa|huncha|hola)|tirnuhos|tirnuhola|tirnus|bujhaunu ?(parcha|parchha|parxa|hunecha)|bujhaunuhos|jamma (garnu ?(parcha|parchha|parxa|hos)|garnuhos|garnus)|pay (garnu ?(parcha|parchha|parxa|hos)|garnuhos|garnus))\b/
    $ne_wallet = /\b(esewa|e-sewa|khalti|ime ?pay|connect ?ips|fonepay)\b/
    // Chinese, from a foreign mobile number: a parcel held by customs over incomplete clearance papers, and a digit
    // to reply for a Chinese-speaking agent ("回复1转中文客服"), or it will be returned or destroyed
    $zh_pc = /(包裹|快递|快遞|快件|邮件|郵件|邮包|郵包|货物|貨物|物品|國際件|国际件)/
    $zh_cu = /(海关|海關|清关|清關|报关|報關|关税|關稅)/
    $zh_hold = /(资料|資料|文件|信息|資訊|材料|手续|手續|单据|單據|申报|申報).{0,9}(不全|不齐|不齊|不完整|不完善|缺失|缺少|有误|有誤|不符)|(扣留|扣押|暂扣|暫扣|滞留|滯留|查扣|扣件|查验|查驗)/
    $zh_reply = /(回复|回覆|回復|回傳|按)(数字|數字)? ?[0-9]/
    $zh_cs = /(中文|客服|专员|專員|人工|协助|協助|坐席)|(退回|退件|退运|退運|销毁|銷毀)/
    // the writer's own parcel or a relative's ("我的包裹", "妈")
    $zh_mine = /(我的包裹|我的快递|我的快遞|我寄|我买的|我買的|我已经|我已經|妈|媽|爸)/
    // Russian: a parcel waiting for a customs duty to be paid
    $ru = /(таможенн\w{0,4} пошлин|ожидает оплаты|посылка.{0,60}(оплат|доставк))/
    // Vietnamese: goods shipped from home held by customs, extra tax to pay ("hai quan ... dong them tien thue")
    $vi = /\bhai quan\b.{0,100}\b(dong|nop|thanh toan|chuyen khoan|chuyen)( them)?\b.{0,30}\b(thue|phi|le phi)\b/
    // Tagalog and English: a balikbayan box held at customs, duties or a fee to pay
    $tl = /\bbalikbayan( box| boxes)?\b.{0,120}\b(customs|boc|adwana)\b.{0,120}\b(bayad|magbayad|bayaran|pay|fee|fees|tax|taxes|duties|duty)\b|\b(customs|boc|adwana)\b.{0,120}\bbalikbayan( box| boxes)?\b.{0,120}\b(bayad|magbayad|bayaran|pay|fee|fees|tax|taxes|duties|duty)\b/
    // Brazil: an international parcel taxed, held at customs or awaiting payment, a clearance fee (often a Pix)
    $pt2 = /\b(encomenda|pacote|correios|remessa|objeto|mercadoria)\b.{0,100}\b(tributad[oa]|imposto de importacao|taxa (de liberacao|de desembaraco|de importacao|alfandegaria|aduaneira|de despacho|de nacionalizacao)|alfandega|desembaraco aduaneiro|aguarda(ndo)? (o )?pagamento|agente aduaneiro|fiscalizacao aduaneira)/
    $pix = /\b(via|por|no|pelo|chave|pagamento) pix\b|\bpix:/
    $pt_mine = /\b(minha|meu|nossa|nosso) (encomenda|pacote|compra|pedido)\b|\b(tive|paguei|pagamos) (que pagar|a taxa|o imposto)\b/
    // Russian, Ukrainian, Kazakh (no word boundaries around Cyrillic): the parcel or the post ...
    $ru_parcel = /(посылк|отправлени|бандерол|посилк|відправленн|сәлемдеме|почта россии|почты россии|нова пошта|новой почт|укрпошт|казпочт|қазпошта|сдэк|boxberry)/
    // ... undelivered, held at customs or a fee to pay, an address to confirm
    // Uzbek (Latin and Cyrillic), Kazakh, Georgian, Armenian, Azerbaijani: the parcel ...
    $cis_parcel = /(посылк|посилк|сәлемдеме|жөнелтілім|жўнатма|ამანათ|გზავნილ|ծանրոց|\bposilka|\bjo.natma|\bbaglama|\bbaglama|\bg.nd.ri)/
    // ... waiting at a warehouse, a delivery fee to pay or an address to update
    $cis_fail = /(на складе|на складі|оплатите доставк|оплатіть доставк|қоймада|жеткізу ақы|мекенжай\S{0,8} (жаңарт|нақтыла)|омборда|манзил\S{0,8} (янгил|тасдиқ)|етказиб бериш .{0,30}тўл|\bomborda|\bmanzil\S{0,4} (yangil|tasdiq)|yetkazib berish .{0,30}to.la|საწყობ|მიწოდების საფასურ|მიწოდება ვერ|მისამართ\S{0,3} (განაახლ|დაადასტ)|պահեստ|առաքման վճար|հասցե\S{0,3} (թարմաց|հաստատ)|\banbarda|.atd.r.lma (haqq|.d.ni)|\b.nvan\S{0,4} (yenil|t.sdiq))/
    $ru_fail = /(не может быть доставлен|не удалось доставить|не было доставлен|не доставлен|задержан\S{0,4} на таможн|находится на таможн|таможенн\S{0,6} (сбор|пошлин|платеж|оформлен|очистк)|(оплатите|оплатить|доплатите) .{0,40}(доставк|сбор|пошлин|хранени)|неполн\S{0,6} адрес|(обновите|уточните|подтвердите) (ваш |свой )?адрес|не може бути доставлен|не вдалося доставити|затриман\S{0,4} на митниці|митн\S{0,6} (збір|платіж|оформлен|очищен)|сплатіть мито|(сплатіть|оплатіть) .{0,40}(доставк|збір|мито|зберіган)|неповн\S{0,6} адрес|(оновіть|уточніть|підтвердіть) (вашу |свою )?адрес|жеткізілмеді|кеденде)/
    // Romanian (accents folded): the parcel, undelivered, held at customs or a fee to pay
    $ro_parcel = /\b(colet|coletul|coletului|pachet|pachetul|posta romana|fan courier|sameday|cargus|expeditia|expedierea|expedierii|livrarea|awb|curierul)\b/
    $ro_fail = /\b(a esuat|asteapta plata|plata taxei|taxelor vamale|necesita plata|nu (v-a|te-a|va) (gasit|gasi)|reprogramati (livrarea|coletul|expeditia)|nu a putut fi (livrat|livrata)|nu (a fost|poate fi) (livrat|livrata)|livrare (esuata|nereusita|suspendata)|retinut (in|la) vama|taxa (vamala|de livrare|de expediere|de depozitare|de procesare|de vama)|taxe vamale|adresa (incompleta|incorecta|gresita)|(actualizati|confirmati|completati) (adresa|datele)|(achitati|platiti|achita|plateste) .{0,30}(taxa|lei|suma))/
    // Turkish (accents folded; suffixes follow the stem): the parcel, undelivered, at customs or a fee to pay
    $tr_parcel = /\b(kargo|gonderi|paket|ptt|yurtici|aras kargo|mng kargo|surat kargo|hepsijet)/
    $tr_fail = /\b(teslim edilemedi|teslim edilemiyor|teslimat (basarisiz|yapilamadi)|adres (bilgisi |bilginiz )?(eksik|hatali)|adres eksikligi|gumrukte|gumruk (vergisi|ucreti|bedeli|masrafi)|(odeme|ucret) (yapin|yapiniz|odeyin|odeyiniz|yapmaniz)|adresinizi (guncelleyin|guncelleyiniz|dogrulayin))/
    // German, Dutch, Swedish, Indonesian, Malay, Tagalog and English: a failed delivery, a postage shortfall or a fee, a
    // delivery to reschedule ("Nachporto", "onvoldoende gefrankeerd", "fraktavgift", "kurang bayar ongkir")
    $de2 = /\b(paket|sendung|zustellung|lieferung|paketzustellung)\b.{0,80}\b(nachporto|porto|zustellversuch|zustellung (ist )?fehlgeschlagen|nicht zugestellt|neuen zustelltermin|zustelltermin|versandkosten|restbetrag|nachzahlung|nachgebuhr)/
    $nl2 = /\b(pakket|pakketje|zending|bezorging)\b.{0,80}\b(niet (worden )?bezorgd|bezorgpoging|bezorging mislukt|in de wacht|vastgehouden|onvoldoende (porto|gefrankeerd|frankering)|porto|bijbetal|verzendkosten|douanekosten|adres (is )?onvolledig|nieuwe bezorgdatum|opnieuw (plannen|inplannen|bezorgen|in te plannen))/
    $sv2 = /\b(paket|paketet|forsandelse|forsandelsen|leverans|leveransen)\b.{0,80}\b(kunde inte (levereras|delas ut)|leveransforsok|misslyckad|misslyckades|obetald (frakt|avgift|tull)|fraktavgift|tullavgift|porto|ofullstandig adress|boka (om|ny) leverans|ny leveranstid|ombokning)/
    $id2 = /\b(paket|paket anda|kiriman|pengiriman|barang anda|bungkusan|parsel)\b.{0,80}\b(gagal (dikirim|diantar|terkirim|dihantar)|tidak dapat (dikirim|diantar|dihantar)|tertahan|alamat (tidak lengkap|salah|tidak valid|tidak sah)|kemas ?kini alamat|biaya (pengiriman|ongkir|bea cukai|tambahan|penanganan)|ongkos kirim|kurang bayar|jadwal(kan)? ulang|pengiriman ulang)/
    $tl2 = /\b(parcel|package|padala|pakete)\b.{0,80}\b(hindi (ma-?deliver|na-?deliver|maihatid|naihatid)|bigong|kulang (ang )?(bayad|postage|address)|i-?reschedule|mag-?reschedule|i-?update ang (address|iyong address))/
    // Vietnamese (diacritics folded): the parcel, undelivered, a wrong address or a fee
    $vi_parcel = /\b(buu kien|buu pham|don hang|kien hang|goi hang|vnpost|viettel post|giao hang nhanh|giao hang tiet kiem)\b/
    $vi_fail = /\b(khong the giao|giao (hang )?(that bai|khong thanh cong)|chua (the )?giao (duoc|thanh cong)|dia chi (khong (day du|chinh xac|hop le)|sai|chua day du)|cap nhat (lai )?dia chi|phi (van chuyen|giao hang|luu kho|hai quan|thong quan|giao lai)|bi giu (lai )?(tai )?hai quan|tam giu)\b/
    // Greek (script and Greeklish; tonos kept by the normaliser: both spellings written out): a parcel or shipment ...
    $el_parcel = /(δ(έ|ε)μα|αποστολ(ή|η) σας|παραγγελ(ί|ι)α σας|ταχυδρομε(ί|ι)|ελτα|τελωνε(ί|ι)|\b(dema|demata|dematos|paketo|apostoli sas|elta|teloneio)\b)/
    // ... undelivered, held at customs or in the depot, an incomplete address, a duty or a redelivery fee to pay
    $el_fail = /(δεν (μπ(ό|ο)ρεσε να )?παραδ(ό|ο)θ|δεν (ή|η)ταν (δυνατ|εφικτ)|αποτυχ(ί|ι)α (της )?παρ(ά|α)δοσης|παρ(ά|α)δοση.{0,60}απ(έ|ε)τυχε|ελλιπ(ή|η|ού|ου)ς|επιβεβα(ί|ι)ω(ση|στε) (τη |της )?διε(ύ|υ)θυνσ|(δεσμευτε(ί|ι)|κρατε(ί|ι)ται|παραμ(έ|ε)νει) (στο |στην )|(ε(ί|ι)ναι|παραμ(έ|ε)νει|βρ(ί|ι)σκεται) σε αναμον(ή|η)|τ(έ|ε)λη (επαναποστολ|τελωνε|εκτελωνισμ|αποθ(ή|η)κευσ)|τελωνειακ(ά|α) τ(έ|ε)λη|δασμ(ό|ο|ού|ου)|στον αποστολ(έ|ε)α|ν(έ|ε)α παρ(ά|α)δοση|επαναποστολ(ή|η)|πληρ(ώ|ω)στε.{0,40}(τ(έ|ε)λη|μεταφορικ|δασμ)|\b(den (mporese na )?paradoth|plir(w|o)ste.{0,40}(teli|metaforika|dasmo)|apot[iy]xia paradosis|ellip(ous|is|h)|epivevaiwste|(krateitai|desmeutei|se anamoni)|teli (epanapostolis|epanaapostolis|teloneiou|ektelwnismou|ektelonismou)|dasmo|ston apostolea|nea paradosi))/
    // Bulgarian, Macedonian, Serbian in Cyrillic (no word boundaries around Cyrillic): the parcel ...
    $cy_parcel = /(пратк|пошиљк|пакет|колет|еконт|спиди|български пощи|пошта|митниц|царин)/
    // ... undelivered, held, an incomplete address to confirm, customs duty, storage or a fee to pay, returned to sender
    $cy_fail = /(не може да бъде доставен|не може да биде доставен|не може бити испоручен|неуспешна (доставка|испорака)|(непълен|грешен|неточен|невалиден) адрес|(нецелосна|погрешна) адреса|непотпун\S{0,3} адрес|задържан|задржан|повторна (доставка|испорака)|поновн\S{1,2} (испорук|достав)|(неплатено|дължимо|платете|заплатете|плащане на) (\S{1,12} )?мито|митническ\S{0,3} такс|царинска давачка|(платете|платите|заплатете) .{0,30}(такса|таксата|царин|трошков|достав)|върнат\S{0,2} на подателя|вратена на испраќачот|враћена пошиљаоцу|потвърдете адреса|потврдете ја адресата|потврдите адресу|актуализирайте (данните|адреса)|ажурирајте|складиран|складиштењ|доставката е спряна|нова достава|не е доставен|није успела|очаква плащане)/
    // Bosnian, Croatian, Serbian, Slovenian and Albanian in Latin letters (diacritics folded), Bulgarian and Macedonian
    // written in Latin: the parcel ...
    $bk_parcel = /\b(posiljk\w{0,3}|paket\w{0,3}|pratk\w{0,3}|pako|pakoja|pakon|pakos|pakua|dergesa|dergesen|dergeses|econt|speedy|euroexpress|d ?express|overseas express)\b/
    // ... undelivered, held, an incomplete address, customs, storage or postage to pay, returned to the sender
    $bk_fail = /\b(nije (mogla |mogao |moglo |moguce )?(biti )?(dostavljen|isporucen|urucen)|ne (moze|mogu) (biti )?(dostavljen|isporucen|urucen)|nije uspj?ela|nepotpun\w{0,3} adres|zadrzan\w{0,2}|ponovn\w{1,2} (dostav|isporuk)|na carini|(platiti|platite|uplatite|podmirite) (carin|naknad|trosk|postarin|dostav)|carinsk\w{1,3} (pristojb|troskov|dazbin|dajatev)|vracen\w{0,2} posilja|potvrdite adresu|azurirajte (adresu|podatke)|troskov\w{0,2} (skladistenja|dostave)|neplacen\w{0,3} (dostav|postarin|carin)|nepreuzet\w{0,2}|novu isporuku|ni (bilo )?mogoce dostaviti|ni uspela|nepopoln\w{0,3} naslov|ponovno dostavo|vrnjen\w{0,2} posiljatelju|potrdite naslov|posodobite naslov|stroskov\w{0,2} skladiscenja|caka na (ponovno|prevzem)|postnin\w{1,2}|poravnajte carin\w{1,2}|nov termin dostave|nuk mund te dorezohet|nuk u dorezua|dorezimi.{0,30}deshtoi|paplote|bllokuar|ne dogane|doganor\w{0,2}|ridergim|kthehet te derguesi|magazinimit|mbajtur ne depo|konfirmoni adresen|perditesoni adresen|dorezim te ri|zadarzhan\w{0,2}|zadrzhan\w{0,2}|na carina|platete (taksa|carina|mito)|neuspeshna dostavka|nepalen adres)/
  condition:
    // (a link that is not the carrier's own, from a person's number or an address, or of an impersonator's shape)
    ((($pt2 and not $pt_mine) or ($ru_parcel and $ru_fail) or ($cis_parcel and $cis_fail) or ($ro_parcel and $ro_fail) or ($tr_parcel and $tr_fail) or ($vi_parcel and $vi_fail)
        or ($el_parcel and $el_fail) or ($cy_parcel and $cy_fail) or ($bk_parcel and $bk_fail)
        or any of ($de2, $nl2, $sv2, $id2, $tl2))
      and (url_count > brand_link_count + platform_url_count + named_url_count or ($pt2 and $pix and not $pt_mine))
      and ((sender_kind != "alpha" and sender_kind != "shortcode")
        or deceptive_url_count > 0 or risky_tld_count > 0 or shortener_count > 0 or brand_mismatch_count > 0))
    or ((($es and not $es_mine) or any of ($pt, $it, $fr, $de, $hi, $hi2, $ru, $vi, $tl))
      // a carrier's own Chinese notice from its sender id, linking only to its own site ("已完成清关 ... sf-express.com")
      or ($zh1 and $zh2 and not ((sender_kind == "alpha" or sender_kind == "shortcode") and url_count > 0 and url_count == brand_link_count)))
      and (url_count > 0 or phone_count > 0)
    or ($zh_pc and $zh_cu and $zh_hold and $zh_reply and $zh_cs and not $zh_mine and sender_kind != "alpha" and sender_kind != "shortcode")
    or ($ne_you and $ne_parcel and $ne_fee and (url_count > 0 or phone_count > 0 or $ne_wallet)
      and sender_kind != "alpha" and sender_kind != "shortcode")
}

rule parcel_seized_authority : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "The seized-parcel threat: a courier parcel in your name held by customs or police for illegal items (drugs, passports), and a call with an officer, 'press 1'"
  strings:
    $parcel = /\b(parcel|package|courier|shipment|consignment)\b/
    $illegal = /\b(illegal|prohibited|contraband|banned|suspicious) (items?|goods|substances?|drugs)\b|\b(drugs|narcotics|mdma|fake passports?)\b.{0,40}\b(found|seized|detected|inside)\b|\b(seized|confiscated|intercepted) by (customs|police|the police|narcotics|ncb|cbi)\b/
    $authority = /\b(press [0-9]|cyber ?crime|police|customs officer|narcotics|ncb|cbi|investigation|arrest|fir|legal action|case (has been )?(filed|registered))\b/
  condition:
    $parcel and $illegal and $authority
}

rule parcel_compensation_chat : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A parcel said to be lost or damaged in transit, with a compensation or refund offered through a QQ, WeChat, WhatsApp or Telegram contact (Chinese or English)"
  strings:
    $zh_parcel = /(包裹|快递|快遞|快件|物流|运单|運單|订单|訂單|商品|货物|貨物)/
    $zh_lost = /(丢失|丟失|丢件|丟件|遗失|遺失|破损|破損|损坏|損壞|损毁|損毀|丢了|丟了)/
    $zh_comp = /(理赔|理賠|赔付|賠付|赔偿|賠償|退款|补偿|補償|双倍赔|雙倍賠)/
    $zh_chat = /(qq|微信|vx|v信|企业微信|企業微信|加好友|添加|扫码|掃碼|二维码|二維碼|群号|群號)/
    $en_lost = /\b(package|parcel|shipment|order|item|goods)\b.{0,60}\b(lost|damaged|broken|destroyed|missing)\b.{0,20}\b(in transit|during (transport|transportation|delivery|shipping|shipment))\b/
    $en_comp = /\b(compensat(e|ed|ion)|refund(ed)?|reimburs(e|ed|ement)|double (refund|compensation)|claim)\b/
    $en_chat = /\b(whats ?app|telegram|wechat|qq|line id|add (our|the) (customer service|agent|claims?))\b/
  condition:
    ($zh_parcel and $zh_lost and $zh_comp and $zh_chat)
    or ($en_lost and $en_comp and ($en_chat or (url_count > 0 and sender_kind != "alpha" and sender_kind != "shortcode")))
}

rule parcel_cod_to_ewallet : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A courier's 'rider' asks for the cash-on-delivery amount by e-wallet to a personal number (a courier collects at the door, into its own account)"
  strings:
    $courier = /\b(lazada|shopee|j&t|jnt|lbc|flash express|ninja ?van|xde|lex ?ph|grab ?express|lalamove|entrego|2go|courier|rider|logistics)\b/
    $cod = /\b(cod|cash on delivery)\b/
    $wallet = /\b(gcash|maya|paymaya|shopeepay|touch ?n ?go|tng|grabpay|ovo|dana|gopay|m-?pesa|momo|easypaisa|jazzcash|bkash)\b/
  condition:
    $courier and $cod and $wallet and phone_count > 0 and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule parcel_problem_ar_ja : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A parcel held, undelivered or owing a fee, or an order not delivered for a wrong address to update, in Arabic, Japanese or Korean, with a link that is not the carrier's own (Japan's redelivery lure: Sagawa, Yamato or Japan Post 'you were out, we took it back'); or a parcel from abroad held at customs for an unpaid duty, to be returned, with a call-back to a VoIP, 050 or mobile number (Japanese, Korean)"
  strings:
    $ar1 = /(شحنتك|شحنة|الشحنة|طردك|الطرد|طلبيتك|الطلبية)/
    $ar2 = /(معلقة|متوقفة|تعذر|لم يتم|عدم اكتمال|رسوم|دفع|تحديث|إعادة التوصيل|اعادة التوصيل)/
    // the delivery that failed (an order, not only a parcel; Gulf and Egyptian speech) and the address to fix
    $ar3 = /(تعذر|لم نتمكن من|لم يتم|ما قدرنا|مقدرناش|ماقدرناش|معرفناش|ما تمكنا من|فشل) ?(ال)?(توصيل|تسليم|نوصل|نسلم)/
    $ar4 = /(تحديث|حدث|حدّث|تأكيد|أكد|اكد|عدل|عدّل|تعديل|صحح|أدخل|ادخل) ?(ال)?(عنوان|بيانات العنوان)/
    $ja1 = /(お荷物|荷物|配達|配送|宅配便|お届け物|郵便物|ゆうパック|宅急便|佐川|ヤマト|クロネコ|日本郵便|国際郵便|税関)/
    $ja2 = /(不在|持ち帰り|再配達|確認|下記|住所|宛先不明|保管期限|返送|関税|通関)/
    // Korean: a parcel or an import (직구) not delivered, held or owing a fee (a letter is three bytes: gaps in bytes)
    $ko1 = /(택배|배송|소포|우체국|물품|상품|화물|직구|통관|대한통운|한진|롯데택배|로젠)/
    $ko2 = /(미배송|배송 ?불가|배송 ?실패|주소 ?(불명|오류|불일치)|부재|보류|반송|미납|관세|통관 ?(보류|지연|정지)|재배송|수령 ?(불가|지연))/
    // customs: an unpaid duty or a hold, and the return or disposal that follows
    $cu_ja = /(関税|通関|税関).{0,60}(未払い|未納|保留|差し止め|止まって|お支払い|納付)/
    $cu_ko = /(관세|통관).{0,40}(미납|보류|지연|정지|납부|미결)/
    $ret = /(返送|返還|廃棄|処分|반송|폐기|회수)/
    // the call-back: a Japanese 050 or mobile number, a Korean 070 or mobile number (not a date)
    $cb = /(ご連絡|お電話|お問い?合わせ|担当|연락|문의|전화|상담|담당)/
    $num = /(^|[^0-9.\/-])(050|070|080|090|010)[-.) ]?[0-9]/
    // the writer's own import ("my shoes are held", "I paid the duty"): first person, a chat's laugh or tears
    $me = /((^|[ ,.!?])(나|우리)( |가|는|도)|했어|됐대|私|僕|俺|うちの|払ったら|届いたよ|してみる)/
  condition:
    // (a courier's own sender id linking to its own site, one the brand table does not list, is its real notice: from
    // a sender id the Arabic lure needs a link of an impersonator's standing)
    (((($ar1 and $ar2) or ($ar3 and $ar4)) and (sender_kind != "alpha" or shortener_count > 0 or risky_tld_count > 0
        or deceptive_url_count > 0 or brand_mismatch_count > 0 or sender_host_mismatch_count > 0))
      or ($ja1 and $ja2) or ($ko1 and $ko2)) and url_count > brand_link_count + platform_url_count
    or (($cu_ja or $cu_ko) and $ret and $cb and $num and not $me and sender_kind != "alpha" and sender_kind != "shortcode")
}

rule parcel_named_tracking_link : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "'Hi <first name>, your package is out for delivery, track here' from a person's number with a link that is no carrier's, brand's or platform's (English): carriers send from short codes to their own domains"
  strings:
    $hello = /^(hi|hello|hey|dear) [a-z]{1,11}[a-z][,!.:]|^[a-z]{1,11}[a-z], your (package|parcel|order|shipment|delivery)\b/
    $out = /\b(package|parcel|order|shipment|delivery)\b.{0,40}\b(is |has )?(out for delivery|arriving today|arrives today|will (be delivered|arrive) today|on (its|the) way|on route|en route|ready for delivery|shipped)\b/
    $track = /\b(track|tracking)\b/
    // a family word or a courtesy, not a first name: "Hi Mom,", "Thanks, your order shipped"
    $notname = /^((hi|hello|hey|dear) )?(mom|mum|mommy|mama|ma|dad|daddy|papa|babe|baby|honey|hun|sis|bro|love|guys|all|there|team|friend|thanks|thank you|sorry|great|update|notice|alert|reminder|good news|ok|okay|yes|congrats|attention|important|urgent|note|customer|sir|madam)[,!.:]/
  condition:
    // a first name on the opening, in its own case ("Hi Jessica,"), not "hi there," or "hey you,"
    $hello and $out and $track and not $notname and opening matches /^(([Hh]i|[Hh]ello|[Hh]ey|[Dd]ear) )?[A-Z][a-z]{1,11}[a-z]?[,!.:]/
    and url_count > 0 and brand_link_count == 0 and platform_url_count == 0 and named_url_count == 0
    and sender_kind == "phone" and (sender_line == "mobile" or sender_line == "fixed_line_or_mobile" or sender_line == "invalid" or sender_line == "unknown")
}

rule parcel_customs_officer_charge : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A 'customs officer' on a personal number says a parcel from abroad is in your name and asks for a clearance charge or threatens a police case (English, Hinglish, romanised Tamil, Telugu, Bengali; French in West and Central Africa: a 'douanier' holds a parcel in your name, pay the 'frais de dedouanement' in F CFA or by mobile money); or a foreigner's gift parcel of an iPhone, gold or pounds and dollars that 'customs will call you' to charge for clearance (English); the same gift in Vietnamese: someone abroad sent you a box with an iPhone, gold or dollars, pay the customs or clearance fee, the shipping staff will call you; a box or trunk holding cash, gold or jewellery whose customs, clearance or delivery charge is to be paid by Western Union, MoneyGram, a money transfer or gift cards (English, Spanish)"
  strings:
    // the officer: customs speaking, not a carrier's duty notice
    $off = /\b(customs?|custom's) (officer|officers|official|officials|department|dept|office|authority|authorities|team|desk|cell)\b|\b(airport|cargo) customs\b|\bfrom (the )?customs\b|\bcustoms (se|la|lo|nundi|nunchi|theke|thekey)\b/
    $parcel = /\b(parcel|parcels|parsal|package|courier|consignment|gift box|gift pack)\b/
    // the reader's parcel: your, in your name (Hinglish aapke, Tamil ungal, Telugu meeku, Bengali apnar)
    $you = /\b(your|in your name|for you|aapke|apke|aapka|apka|aapko|apko|tumhare|tumhara|ungal|ungalukku|ungaluku|unga|ungaloda|ungaludaiya|neenga|meeku|miku|mee|meeru|mee peru|apnar|apnake|apni|tomar|tomake)\b/
    // the charge and the verb that asks for it (Hinglish jama karo, Tamil kattanum, Telugu kattali, Bengali jama korun)
    $clear = /\b(clearance|clearing|customs?|release) (charges?|fees?|amount|duty|tax|money|paisa|panam|dabbu|taka)\b/
    $ask = /\b(pay|deposit|transfer|send)\b.{0,30}\b(immediately|today|now|within|otherwise|else|to (release|receive|get|collect))\b|\b(have to|need to|must|should) pay\b|\b(jama|pay|bhar|deposit) ?(karo|karein|karen|kijiye|kariye|karna hoga|karna padega|karni hogi|karna hai|korun|koren|korte hobe|kore din)\b|\b(bharo|bharein|bharna hoga|bharna padega)\b|\b(kattanum|kattunga|kattungal|kattavum|katta vendum|katta venum|katta vendum|pay pannunga|pay pannanum|pay panna venum|anuppunga)\b|\b(kattali|kattaali|kattandi|pay cheyyandi|pay cheyandi|pay cheyali|pay cheyyali|pampandi|pampali)\b|\b(dite hobe|diye din|pathan|pathiye din)\b/
    // or the threat: a police case, an FIR, an arrest
    $threat = /\bpolice case\b|\b(case|fir) (will be |hoga|ho jayega|ho jayegi|hobe|avutundi|aagum|podu\w{0,5}|pedata\w{0,3}|pettestam|book chestam|file chestam|darj)\b|\b(warna|nahi to|illana|illaina|illai na|lekapothe|lekapote|na hole|noile) .{0,30}\b(police|arrest|case|fir)\b/
    // the foreigner's gift: a parcel of an iPhone, gold or cash, and customs to call you for the clearance charges
    $gift = /\b(gift|gifts|parcel|package|box)\b.{0,100}\b(iphones?|gold|jewel\w{0,5}|pounds|dollars|euros|cash|foreign currency|rolex|laptop)\b/
    $will_call = /\bcustoms?\b.{0,30}\b(will|would|shall|may|going to) (call|contact|reach|text|message|phone) you\b.{0,60}\b(clearance|clearing|charges?|fees?|duty|duties)\b/
    // the friend's own news about a customs officer: "my parcel", "I paid"
    $me = /\b(my|mera|meri|mere|en|naa|na|amar) (parcel|package|courier|gift)\b|\bi (paid|have paid|already paid)\b|\bmaine (diya|de diya|bhar diya|jama kar diya)\b/
    // French (West and Central Africa, accents folded): a customs officer ("je suis douanier a l'aeroport de
    // Douala", "ici la douane de Dakar") ...
    $fr_off = /\b(douanier|douaniere|douaniers)\b|\b(agent|agents|officier|inspecteur|inspectrice|chef|service|bureau|brigade|commissaire) (de la douane|des douanes|de douane)\b|\b(ici|depuis|de la part de|je suis a|je suis de|nous sommes|c'est) (la douane|les douanes|le service des douanes)\b|\bla douane (de|d'|du) ?(l'aeroport|aeroport|port|douala|yaounde|dakar|abidjan|lome|cotonou|bamako|ouagadougou|niamey|libreville|brazzaville|kinshasa|conakry|ndjamena|bangui)\b/
    // ... a parcel in the reader's name ("un colis a votre nom", "votre colis", "un carton vous est destine") ...
    $fr_you = /\b(a|en|sous) votre nom\b|\bvotre (colis|paquet|carton|cadeau|envoi|malle|valise|marchandise|conteneur)\b|\bvous (est|sont) (destine|destinee|destines|adresse|adressee)\b|\b(colis|paquet|carton|cadeau|envoi|malle|valise) pour vous\b/
    // ... a clearance fee, a release or a fine ...
    $fr_fee = /\b(frais|droits?|taxes?|penalites?) (de |d')?(dedouanement|douane|douanes|liberation|sortie|retrait|mainlevee|dossier|enlevement)\b|\bamende\b|\bcaution\b/
    // ... to pay: a verb, a mobile-money wallet or an amount in F CFA ("35.000 F")
    $fr_ask = /\b(payez|payer|versez|verser|envoyez|envoyer|reglez|regler|transferez|transferer|deposez|deposer|faites (le|un) (depot|transfert|paiement))\b|\b(orange money|mtn momo|momo|mobile money|moov money|wave|flooz|t-?money|airtel money|express union|fcfa|f cfa|xaf|xof)\b|000 ?(f|frs|francs?)\b/
    // a relative's or a friend's own parcel at customs ("mon colis", "maman, votre colis", "j'ai paye")
    $fr_me = /\b(mon|ma|mes|notre|nos) (colis|paquet|carton|cadeau|envoi|malle|valise|marchandise)\b|\bj'ai (deja )?(paye|regle|verse|envoye)\b|\b(maman|papa|tonton|tata|tantine|mon frere|ma soeur|mon pere|ma mere|grand frere|grande soeur)\b/
    // a box or trunk said to hold cash, gold or jewellery, its customs, clearance or delivery charge paid by a money
    // transfer (Western Union, MoneyGram, Remitly) or gift cards (English, Spanish; accents folded)
    $cash_box = /\b(box|parcel|package|consignment|luggage|trunk|caja|paquete|encomienda|maleta|valija|bulto)\b.{0,80}\b(contain(s|ing|ed)?|with|full of|loaded with|contiene|conteniendo|que contiene|con|lleno de|llena de)\b.{0,30}\b(cash|money|dollars|jewel\w{0,6}|gold|diamonds?|efectivo|dinero|dolares|joyas|oro|prendas)\b/
    $cash_fee = /\b(customs|clearance|duty|duties|diplomatic|delivery|release|shipping|aduana|aduanal|aranceles?|impuestos?|desaduanaje|liberacion|envio)\b/
    $mt = /\b(western union|moneygram|money ?gram|ria money|remitly|world ?remit|money transfer|wire transfer|elektra|transferencia de dinero|envio de dinero|giro|gift ?cards?|tarjetas? de regalo)\b/
    $cash_me = /\b(my|mi|our|nuestro|nuestra) (box|parcel|package|caja|paquete|encomienda)\b|\bi (paid|sent|have paid|already paid)\b|\bya (pague|envie|mande|pagamos)\b/
    // Vietnamese (diacritics folded): a box of gifts sent to you with an iPhone, gold or dollars ...
    $vi_gift = /\b(gui|ship|chuyen|gui ve) (cho |ve cho )?(em|anh|chi|ban|co|chau|con)( mot| 1)? (thung|hop|goi|kien|va li|vali|buu kien) (qua|hang|do)\b/
    $vi_value = /\b(iphone|dien thoai|vang|trang suc|dong ho|do la|usd|tien mat|kim cuong|laptop)\b/
    // ... a customs or clearance fee to pay, and the staff who will call
    $vi_fee = /\b(phi (hai quan|thong quan|giai phong|bao hiem|phat|nhan hang)|thue (hai quan|nhap khau)|(dong|nop|chuyen) (tien )?(phi|thue)|le phi)\b/
    $vi_call = /\b(nhan vien|hai quan|cong ty (van chuyen|chuyen phat)|ben van chuyen|buu dien)( [a-z]{1,8}){0,3} (se )?(goi|lien he|lien lac|nhan tin)\b/
  condition:
    ($vi_gift and $vi_value and $vi_fee and ($vi_call or phone_count > 0 or url_count > 0)
      and sender_kind != "alpha" and sender_kind != "shortcode")
    or ($cash_box and $cash_fee and $mt and not $cash_me and sender_kind != "alpha" and sender_kind != "shortcode")
    or (($off and $parcel and $you and (($clear and $ask) or $threat) and not $me) or ($gift and $will_call)
      or ($fr_off and $fr_you and $fr_fee and $fr_ask and not $fr_me))
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

// The cash-on-delivery fee asked in advance: a shipper or courier says the order is cash on delivery and
// asks for the amount to be transferred first to a bank account (his own), the parcel to be left with the
// guard or the reception (Vietnamese, Spanish, English; accents folded). A courier collects at the door or
// by its own app, not into an account named by text
rule parcel_cod_prepay_account : phishing
{
  meta:
    action = "junk"
    weight = 1.5
    description = "A shipper or courier says the order is cash on delivery and asks for the amount to be transferred first to a bank account, the parcel left with the guard or the reception (Vietnamese, Spanish, English); not decisive alone: some real shippers take a transfer for a COD order"
  strings:
    $vi_ship = /\b(shipper|shiper|ship|giao hang|buu ta|nhan vien giao|don hang|kien hang|buu kien|ghtk|ghn|j&t|viettel post|ninja van|best express)\b/
    $vi_cod = /\b(cod|thu ho|tien hang|tien don|tien thu ho)\b/
    $vi_pre = /\b(chuyen khoan|ck|chuyen tien|thanh toan)( truoc| giup| ho)?( tien hang| tien don| tien cod)? (truoc|vao|qua|cho em|cho anh)\b.{0,60}\b(stk|so tai khoan|tai khoan|ngan hang|vietcombank|vcb|techcombank|tcb|mb ?bank|mbbank|vpbank|acb|agribank|bidv|vietinbank|tpbank|sacombank|momo)\b/
    $vi_guard = /\b(gui|de|giao|treo) (lai |hang )?(o |cho |tai )?(bao ve|le tan|cong|hang xom|quay|chot bao ve|tiep tan)\b|\bchuyen khoan truoc\b|\bck truoc\b/
    $es_ship = /\b(repartidor|repartidora|mensajero|mensajera|paqueteria|paquete|pedido|envio|courier|motorizado|domiciliario)\b/
    $es_cod = /\b(contra ?entrega|contraentrega|pago (al recibir|contra entrega|en efectivo al recibir)|cobro (contra entrega|a domicilio)|por cobrar|pago a la entrega)\b/
    $es_pre = /\b(deposite|depositar|deposita|depositame|depositeme|transfiera|transferir|transfiere|transferirme|envie|enviar|pague|pagar|adelant[a-z]{1,6})\b.{0,60}\b(cuenta|clabe|cbu|alias|nequi|daviplata|yape|plin|oxxo|spei)\b/
    $es_guard = /\b(vigilante|portero|porteria|conserje|guardia|caseta|recepcion|vecino|vecina|antes de (la entrega|entregar|llegar)|por adelantado|previamente|primero)\b/
    $en_ship = /\b(courier|rider|dispatch|dispatcher|delivery (man|guy|driver|agent|rider)|driver|logistics|parcel|package|order)\b/
    $en_cod = /\b(cod|cash on delivery|pay on delivery|payment on delivery)\b/
    $en_pre = /\b(transfer|send|pay|deposit)\b.{0,40}\b(first|before (delivery|i (deliver|drop|come|arrive))|in advance|upfront|ahead)\b.{0,60}\b(account|acct|a\/c|bank)\b|\b(account|acct|a\/c)\b.{0,60}\b(transfer|send|pay|deposit)\b.{0,30}\b(first|in advance|upfront|before (delivery|i (deliver|drop|come|arrive)))\b/
    $en_guard = /\b(security( guard| man)?|gateman|gate man|guard|reception|receptionist|concierge|neighbou?r|front desk|doorman)\b/
  condition:
    (($vi_ship and $vi_cod and $vi_pre and $vi_guard) or ($es_ship and $es_cod and $es_pre and $es_guard)
      or ($en_ship and $en_cod and $en_pre and $en_guard))
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

// A parcel, a gift or a prize "held" until a freight or release fee is paid by a wallet or a transfer to the
// writer: Pix, Yape, Plin, Nequi, OXXO, a CLABE or an alias, M-PESA, Tigo Pesa, MoMo, Opay. A carrier charges a
// duty on its own site or at its counter, not into a wallet named by text from a person's number
rule parcel_held_wallet_fee : phishing
{
  meta:
    action = "junk"
    weight = 2.5
    description = "A parcel, gift or prize held or awaiting release until a freight, delivery, release or customs fee is paid by Pix, Yape, Plin, Nequi, OXXO, SPEI, a transfer to an account or an alias, M-PESA, Tigo Pesa, Airtel Money, MoMo or Opay, from a person's number or an address (Brazilian Portuguese, Latin American Spanish, Swahili, English of Africa: the English one with a gift or a prize)"
  strings:
    // Portuguese: the parcel, gift or prize held or awaiting release ...
    $pt_story = /\b(encomenda|encomendas|pacote|caixa|objeto|produto|premio|brinde|presente|kit)\b.{0,80}\b(retid[oa]s?|parad[oa]|bloquead[oa]|aguardando (o )?(envio|pagamento|liberacao)|pront[oa] para (envio|entrega)|para (liberar|liberacao)|liberacao)\b/
    // ... the freight or release fee ...
    $pt_fee = /\b(frete|taxa (de )?(frete|entrega|envio|liberacao|desembaraco|alfandega\w{0,3})|custo (de|do) (envio|frete))\b/
    // ... paid by Pix or a transfer
    $pt_pay = /\b(pix|transferencia|deposito na conta|deposite na conta)\b/
    $pt_mine = /\b(minha|meu|nossa|nosso) (encomenda|pacote|caixa|presente|premio|compra|pedido)\b|\b(paguei|pagamos|ganhei)\b/
    // Spanish: the parcel, gift or prize held, at customs or pending release ...
    $es_story = /\b(paquete|encomienda|envio|caja|premio|regalo|pedido|canasta)\b.{0,80}\b(retenid[oa]s?|detenid[oa]|en (la )?aduana|pendiente de (entrega|envio|pago|liberacion)|para (liberarlo|liberarla|liberar|entregarlo|entregarla|recibirlo|recibirla)|liberacion|desaduanaje)\b/
    // ... the shipping, freight or release fee ...
    $es_fee = /\b(envio|flete|gastos de envio|costo (de|del) envio|desaduanaje|liberacion|arancel)\b/
    // ... paid by a wallet or to an account, a card, an alias
    $es_pay = /\b(yape|yapee|yapea|yapear|plin|nequi|daviplata|oxxo|spei|mercado pago|tigo money|transferi\w{0,4}|transferencia|deposit\w{1,4}|cuenta|clabe|cbu|alias|tarjeta|banrural)\b/
    $es_mine = /\b(mi|mis|nuestro|nuestra) (paquete|encomienda|envio|caja|premio|regalo|pedido)\b|\b(ya|yo) pague\b|\b(gane|me toca pagar)\b/
    // Swahili: the load, parcel or gift held, stuck, in the store, not releasable until paid ...
    $sw_story = /\b(mzigo|kifurushi|zawadi|bidhaa|sanduku)\b.{0,100}\b(umezuiliwa|imezuiliwa|kimezuiliwa|umeshikiliwa|imeshikiliwa|kimeshikiliwa|umekwama|imekwama|kimekwama|(uko|iko|kiko) stoo|imehifadhiwa|kimehifadhiwa|umehifadhiwa|haiwezi kutolewa|hakiwezi kutolewa|hauwezi kutolewa|kitolewe|itolewe|utolewe|kutolewa|unadaiwa)\b/
    // ... a fee, a tax or a duty ...
    $sw_fee = /\b(ada|kodi|ushuru|gharama za (usafirishaji|kusafirisha|mzigo|usafiri))\b/
    // ... paid by mobile money
    $sw_pay = /\b(m-?pesa|mpesa|tigo ?pesa|airtel money|halopesa|t-?pesa|paybill|till|mobile money|momo|lipa na)\b/
    $sw_mine = /\b(nimelipa|nililipa|nimekutumia|nilikutumia|nitakutumia|nilipie|nitakurudishia|mzigo wangu|kifurushi changu|zawadi yangu)\b/
    // English (Africa): a gift or prize parcel held, a release, clearing or delivery fee by mobile money or a transfer
    $en_story = /\b(parcel|package|box|gift|prize|consignment|shipment)\b.{0,80}\b(held|on hold|detained|stuck|awaiting (release|clearance|delivery|dispatch)|ready for dispatch|to (release|clear) it)\b/
    $en_fee = /\b(release|clearing|clearance|delivery|dispatch|shipping|freight|customs|handling|demurrage) (fee|fees|charge|charges)\b/
    $en_pay = /\b(m-?pesa|mpesa|momo|mobile money|airtel money|tigo ?pesa|opay|palmpay|moniepoint|gcash|easypaisa|jazzcash|bkash|cash ?app|zelle|bank transfer|account (number|no))\b/
    $en_gift = /\b(gift|prize|won|winner|promo|promotion|congratulations|reward)\b/
    $en_mine = /\b(my|our) (parcel|package|box|gift|order)\b|\bi (paid|sent|have paid)\b|\b(mum|mom|dad|bro|sis)\b/
  condition:
    (($pt_story and $pt_fee and $pt_pay and not $pt_mine) or ($es_story and $es_fee and $es_pay and not $es_mine)
      or ($sw_story and $sw_fee and $sw_pay and not $sw_mine) or ($en_story and $en_fee and $en_pay and $en_gift and not $en_mine))
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

// "You have a missed call regarding your parcel, call back urgently": the call-back lure from a person's number
// (often abroad) to a premium or a scam line; a carrier writes from its sender id and links to its own site
rule parcel_missed_call_callback : phishing
{
  meta:
    action = "junk"
    weight = 2.5
    description = "A missed call or a failed attempt to reach you about your parcel, package or shipment, with a call back asked (urgently, on a number), from a person's number (English, Spanish, Portuguese, French)"
  strings:
    $mc = /\b(missed calls?|tried (to )?(call|calling|reach|reaching|contact|contacting) you|we (called|rang) you|(could not|couldn't|were unable to|was unable to|unable to) (reach|contact|get through to) you|you did not (answer|pick)|you didn'?t (answer|pick)|llamadas? perdidas?|intentamos (llamarle|llamarte|comunicarnos)|chamadas? perdidas?|tentamos (ligar|contato)|appels? manques?|nous avons essaye de vous (joindre|appeler))\b/
    $about = /\b(regarding|about|concerning|for|re|on) (your|the|ur) (parcel|package|shipment|delivery|consignment|courier)\b|\b(sobre|acerca de|referente a|respecto a) (su|tu) (paquete|envio|pedido|encomienda|entrega)\b|\b(sobre|referente a|a respeito d[ao]) (sua|seu) (encomenda|pacote|entrega|pedido)\b|\b(concernant|au sujet de|pour) votre (colis|livraison|envoi|commande)\b/
    $back = /\b(call|ring|phone|contact)( us)? back\b|\breturn (the|our|this) call\b|\bcall (us )?(urgently|immediately|now|asap|today)\b|\b(devuelva|devuelve|regrese) (la|nuestra) llamada\b|\b(llamenos|llamanos) (urgente\w{0,5}|de inmediato|ahora|al)\b|\b(retorne|retornar) (a )?(ligacao|chamada)\b|\b(ligue|ligar) (urgente|com urgencia|para)\b|\b(rappelez|rappeler)(-nous)?\b/
    // a friend's own missed call, what the courier told them
    $told = /\b(i'?ll|i will|i'?m|sorry|did you|they (rang|called)|missed your call|call you back|te llamo|te ligo|je te rappelle|lol|haha|mom|mum)\b/
  condition:
    $mc and $about and $back and not $told
    and sender_kind == "phone" and sender_line != "toll_free"
}
