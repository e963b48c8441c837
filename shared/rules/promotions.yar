// Promotions: marketing with an opt-out footer, coupon and promo codes, percentage-off sales
// with a link, named sale events. Precise on purpose: a friend's "there's a sale at Zara" must
// not be filed away, so each rule needs a marketing structure (footer, code, link), not just
// an offer word. Paid subscription traps are junk (subscriptions.yar), not promotions.

private rule promo_marketing_footer
{
  strings:
    $f1 = /\b(reply|text|txt|send|sms) "?stop"?( [a-z0-9]{1,11}[a-z0-9])? (to|2) (opt[- ]?out|unsubscribe|end|cancel|quit|stop|unsub|be removed)/
    $f2 = /\bstop (to|2) (opt[- ]?out|unsubscribe|end|cancel|quit)\b/
    $f3 = /\bmsg ?(&|and) ?data rates (may )?apply/
    $f4 = /\b(to )?(opt[- ]?out|unsubscribe|stop (receiving|these|further))\b.{0,30}\b(reply|text|txt|send|click|visit|stop)\b/
    $f5 = /\b[0-9]{1,2} ?msgs?\/(mo|month|wk|week)\b/
    // the footers of French, Spanish, German, Portuguese, Italian and Indonesian marketing
    $f8 = /\bto stop (offers|promotions|promotional (messages|sms)|marketing|these (messages|texts))\b|\b(text|txt|sms|send|envia|stuur) stop (to|al|naar|au|an) [0-9]|\bstop [0-9][0-9]|\bafmelden\b|\bto unsubscribe,? dial\b/
    $f7 = /\bstop (sms )?(au|an) [0-9]|\b(responde|envia|responda) (baja|sair)\b|\bpara (darte de baja|sair|cancelar)\b|\babmelden\b|\binvia stop\b|\bper non ricevere\b|\bketik stop\b|\bberhenti berlangganan\b/
    // Chinese, Korean, Japanese, Vietnamese, Indonesian and Arabic marketing footers and markers
    // ("回TD退订", "(광고) ... 무료수신거부", "配信停止", "tu choi QC", "ketik UNREG", "لإلغاء الاشتراك")
    $f9 = /(退订|拒收请回复|\(광고\)|수신거부|配信停止|لإلغاء الاشتراك|لالغاء الاشتراك)|\btu choi (qc|quang cao)\b|\bunreg\b|\bunsub:? (reply|text|txt|sms) stop\b|\brezygnacja:? (odpisz|wyslij|sms) stop\b|\bret icin\b|\bstop (to|al|au|an|na|naar) [0-9]|\bstop sms [0-9]|\bbaja:? (baja )?al [0-9]|\brezygnacja:? stop\b|\bto unsub\b|\bopt out of (promotional|marketing) (sms|messages|texts)\b|\bret yazip\b|\bavregistrera\b|\bpour vous desabonner\b|\barret pour\b|\bdisiscriverti\b|\bdeixar de receber\b|\bkujiondoa\b/
    $f6 = /\b(stop|baja|alto)\b.{0,20}\b(to )?(opt[- ]?out|unsubscribe|end|quit|cancel|no recibir|darte de baja|dejar de recibir)\b|\b(txt|text|reply) stop (to )?(end|quit|cancel)\b/
    // more of Europe's, Turkey's, the Gulf's, Russia's, Ukraine's, Israel's, East Africa's and Asia's marketing footers
    // ("para no recibir mas", "Abbestellen: Antwort STOP", "Rezygnacja: NIE na 8055", "IPTAL yaz", "للإلغاء أرسل",
    // "Отказ от рассылки", "Відписатися", "Dezabonare", "להסרה", "Kuacha tuma STOP", "拒收請回覆R", "ยกเลิกข่าวสาร")
    $f10 = /\bpara no recibir\b|\babbestellen\b|\brezygnacja\b|\biptal yaz|\bdezabonare\b|\bkuacha tuma\b|\btu choi nhan tin\b|\bcancelar:? stop\b|\bstop (στο|la|kwa|para) [0-9]|(للإلغاء|للالغاء|отказ от рассылки|отписаться|відписатися|להסרה|拒收|ยกเลิกข่าวสาร)/
  condition:
    any of them
}

private rule promo_personal_sender
{
  condition:
    sender_kind == "email" or sender_line == "mobile"
}

private rule promo_offer_words
{
  strings:
    $o1 = /\b[0-9]{1,2}% (off|discount)\b/
    // (and the words of an offer in more languages: "dcto", "vente privee", "indirim", "reduceri", "giam gia", "скидки", "הנחה")
    $o3 = /\b(dcto|vente privee|duree limitee|reduziert|indirim\w{0,4}|kampanya|reduceri|reducere|promocja|rabat|giam gia|giam den|khuyen mai|uu dai|punguzo|ofa|chhoot|chhut)\b|(скидк|знижк|распродаж|розпродаж|הנחה|מבצע|خصم|خصومات|تخفيضات|عروض|छूट|εκπτώσεις|προσφορά|优惠|特惠|折扣|할인|특가|セール|割引|ส่วนลด|ลดราคา)/
    $o2 = /\b(sale|deals?|discount|offer|offers|coupon|promo|save|savings|clearance|bogo|buy one get one|free (shipping|delivery|gift|trial|dessert|drink|appetizer)|limited time|ends (today|tonight|soon|sunday|midnight)|shop now|order now|book now|new arrivals|exclusive|members? only|special price|half price|two for one|2 for 1|2-4-1|voucher|rewards? member|descuentos?|rebajas|ofertas?|promocion|soldes|reduction|offerts?|jusqu'a|angebot|rabatt|sconto|saldi|desconto|promocao|cupom|cupon|diskon|cashback|korting|aanbieding|halve prijs|gratis|sonderangebot)\b/
  condition:
    any of them
}

// A cheap-goods blast dressed as a sale (India's DLT headers, English and Hinglish): 70-99% off, or a
// clearance at a throwaway price ("smart watch only 499"), cash on delivery, and a link that is no shop's
// own (an abuse-prone TLD, a shortener, a domain the text does not name). A real shop's sale names its
// own site ("shop at myntra.com"); the promotion rules below stand aside when this one fires.
rule promo_fake_clearance_cod
{
  meta:
    action = "junk"
    weight = 2.5
    description = "A cheap-goods blast posing as a sale: 70-99% off or a clearance at a throwaway price, cash on delivery, and a link on an abuse-prone TLD or a shortener or not the shop's own (English, Hinglish; India's sender ids)"
  strings:
    $huge = /\b[7-9][0-9] ?% (off|discount|chhoot|chhut|chut|ki chhoot)\b|\b(flat|upto|up to|straight|direct|pure) [7-9][0-9] ?%/
    // a two- to four-digit price after "only", "sirf", "@" ("only 499", "sirf ₹299")
    $price = /(\b(only|just|sirf|keval|matra)|@) ?(rs\.? ?|₹ ?|inr ?)?[1-9][0-9]{1,3}\b/
    $clear = /\b(clearance sale|stock clearance|clearance offer|godown sale|warehouse clearance|loot (sale|offer|deal)|lowest price ever|limited stock|stock (khatam|seemit|limited)|last few pieces)\b/
    $cod = /\bcod (available|only|uplabdh|facility|option|available hai)\b|\b(cash|pay|payment) on delivery\b/
    // a person passing a deal on
    $mine = /\b(i|we) (got|bought|ordered|paid)\b|\b(my|mera|meri|maine|mene|mangwaya|mangwayi|lol|haha|bhai|yaar|bro|sis|scam|fraud|farzi|fake)\b/
  condition:
    (($huge and ($price or $clear)) or ($price and $clear and risky_tld_count > 0)) and $cod and not $mine
    and (risky_tld_count > 0 or shortener_count > 0 or url_count > brand_link_count + named_url_count + platform_url_count)
    and brand_link_count + named_url_count == 0
}

rule promo_opt_out_marketing
{
  meta:
    action = "promotion"
    sub_action = "promotionalOffers"
    weight = 1.0
    description = "Marketing offer with an opt-out footer ('reply STOP to opt out', 'msg & data rates may apply')"
  strings:
    // compile cost: X{1,a}X{1,b} is X{2,a+b}; counted from 1, YARA-X stops enumerating atoms
    // (French typography puts a space before the colon: "McDonald's : ...")
    $signed = /^[a-z0-9'&.+ -]{1,15}[a-z0-9'&.+ -]{1,15}[a-z0-9'] ?: |^【.{1,60}】/
    $free = /\b(free|join|sign up|book|shop|order|get|grab|save|deal|fares?)\b/
  condition:
    // the footer carriers require of marketing, with an offer, a price, a link or a brand signing the message
    (promo_marketing_footer and (promo_offer_words or money_count > 0 or url_count > 0 or $signed or $free)) and not promo_personal_sender
    and not promo_fake_clearance_cod
}

// A person passing on a code ("got the promo code for X: CODE15", "I used my code, 15% off"):
// the first person or a friend's word, where a brand's coupon text speaks of "your" order
private rule promo_person_voice
{
  strings:
    // the first person, a friend's words, a family member addressed ("Dad, a voucher code for your birthday"),
    // a gift, or a friend's Hinglish ("use kar lena")
    $p = /\b(i'm|i've|i'll|i'd|im|ive|my|me|mine|lol|haha|bro|sis|dude|yaar|bhai|btw|fyi|mera|meri|mere|maine)\b|\bi (got|have|had|just|used|found|get|can|am|was|will|think)\b|^(just )?got (the|a|an|this|one|it|some)\b|^(dad|daddy|papa|mom|mum|mummy|mama|maa|beta|beti|son|didi|bhaiya|babe|honey)\b|\b(for|on) your (birthday|bday|anniversary)\b|\b(birthday|bday) gift\b|\b(kar|le|rakh) (lena|lo|lijiye)\b/
  condition:
    $p
}

rule promo_coupon_code
{
  meta:
    action = "promotion"
    sub_action = "promotionalCoupons"
    weight = 1.0
    description = "A coupon, promo or discount code to use at checkout"
  strings:
    // the code itself is checked by its first character only: a class after a class makes
    // YARA-X expand atoms (36 x 36 combinations), a single one does not
    $c1 = /\b(promo|coupon|discount|voucher|offer) ?code[: "]{1,3}[a-z0-9]/
    $c3 = /\b(with|use|using|apply|enter) (the )?(promo |coupon )?code[: "]{1,3}[a-z0-9]/
    // a brand signing its text: "Brand: ...", "[Brand] ...", "- Team Brand" at the end
    // compile cost: X{1,a}X{1,b} is X{2,a+b}; counted from 1, YARA-X stops enumerating atoms
    $brand1 = /^[a-z0-9'&.+-]{1,10}[a-z0-9'&.+-]{1,10}( [a-z0-9'&.+-]{1,15})? ?: /
    $brand2 = /^【.{1,60}】|^\[[a-z0-9 '&.-]{1,19}[a-z0-9]\]/
    $brand3 = /\bteam [a-z0-9]{1,14}[a-z0-9]\.?$/
    $code_open = /^((my|the|a|promo|coupon|discount|referral|invite) )?code ?:/
  condition:
    (any of ($c1, $c3) and promo_offer_words) and not promo_personal_sender
    // a person's number passing a code on in its own voice, with no footer, link or brand signing it
    and not (sender_kind == "phone" and promo_person_voice and not promo_marketing_footer and url_count == 0
      and not ($brand1 and not $code_open) and not $brand2 and not $brand3)
}

rule promo_percent_off_link
{
  meta:
    action = "promotion"
    sub_action = "promotionalOffers"
    weight = 1.0
    description = "A percentage-off or half-price offer with a link to shop"
  strings:
    $p1 = /\b(up to |extra |an extra |take )?[0-9]{1,2}% (off|discount)\b/
    $p2 = /\b(half price|buy one get one|bogo|2 for 1|two for one)\b/
  condition:
    (any of them and url_count > 0) and not promo_personal_sender and not promo_fake_clearance_cod
}

rule promo_sale_event
{
  meta:
    action = "promotion"
    sub_action = "promotionalOffers"
    weight = 1.0
    description = "A named sale event (flash, seasonal, Black Friday ...) with a link or an opt-out footer"
  strings:
    $s = /\b(flash|summer|winter|spring|autumn|fall|black friday|cyber monday|clearance|holiday|end of season|january|boxing day|mega|anniversary|warehouse|vip|members'?|semi-annual|labor day|memorial day|easter|christmas|xmas|new year'?s?) sale\b/
  condition:
    ($s and (url_count > 0 or promo_marketing_footer)) and not promo_personal_sender and not promo_fake_clearance_cod
}

rule promo_sponsored_message
{
  meta:
    action = "promotion"
    sub_action = "promotionalOthers"
    weight = 1.0
    description = "A message that names its sponsor ('this message is brought to you by ... Ltd')"
  strings:
    $s1 = /\b(this|the following) (message|msg|text|sms|txt|alert|service) (is|was) (brought to (you|u)|sponsored|paid for|sent on behalf of) by\b/
    $s2 = /\bbrought to (you|u) by [a-z0-9&.' -]{1,39}[a-z0-9&.' -] (ltd|limited|plc|inc|llc|gmbh)\b/
  condition:
    (any of them) and not promo_personal_sender
}

rule promo_tickets_on_sale
{
  meta:
    action = "promotion"
    sub_action = "promotionalOthers"
    weight = 1.0
    description = "An event's ticket sale announced with marketing urgency ('tickets now on sale ... selling fast')"
  strings:
    $t = /\btickets? (are |is )?(now |officially )?(on sale|available|released)\b/
    $u = /\b(selling fast|going fast|limited (tickets|availability|numbers|places|capacity)|book (early|now|today)|don'?t miss (out|it)|while (stocks|they|tickets) last|almost sold out|last (few )?(tickets|remaining))\b/
  condition:
    ($t and $u) and not promo_personal_sender
}

rule promo_brand_offer
{
  meta:
    action = "promotion"
    sub_action = "promotionalOffers"
    weight = 1.0
    description = "A brand's offer from a sender id: buy one get one, a sale that starts, ends or is live, a recharge or plan deal ('recharge with Rs 299 and get 2GB/day'), an offer valid till a date"
  strings:
    $b1 = /\b(buy (1|one|2|two) get (1|one|2|two)( free)?|bogo)\b/
    $b2 = /\bsale (starts|begins|ends|is live|is now live|goes live)\b|\b(offer|deal|price|discount)s? (valid|ends|available) (till|until|through|thru)\b/
    $b3 = /\brecharge (with|of|for) (rs\.?|inr|₹)? ?[0-9]{2,4} (and|&) (get|enjoy)\b/
  condition:
    // a brand's sender id (not a person's number) and the offer's own words
    any of them and sender_kind != "phone" and sender_kind != "email" and not promo_personal_sender
    and not promo_fake_clearance_cod
}

rule promo_declared_ad_ko
{
  meta:
    action = "promotion"
    sub_action = "promotionalOffers"
    weight = 1.0
    description = "A Korean message that opens with the '(광고)' mark the law requires of advertising, not from a person's mobile"
  strings:
    $ad = /^(\[web발신\] ?)?(\(광고\)|\[광고\])/
  condition:
    // a person's mobile or an e-mail address declares no advertising
    $ad and sender_kind != "email" and sender_line != "mobile"
}

rule promo_declared_ad
{
  meta:
    action = "promotion"
    sub_action = "promotionalOffers"
    weight = 1.0
    description = "A mark the law requires of advertising: Vietnam's [QC], Russia's 'Реклама', the Philippines' DTI promo permit"
  strings:
    $ad = /^\[qc\]|(^|\s)реклама[.:]|\bdti (fair trade )?permit\b|\bper dti-fteb\b/
  condition:
    $ad and sender_kind != "email" and sender_line != "mobile"
}
