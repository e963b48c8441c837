// Premium-rate contests and prize claims: "you have won / been selected", claim codes,
// guaranteed prizes, repeated "final attempt" notices, premium-rate call-backs, prize draws
// and quizzes, unredeemed points, free-handset cold sells and compensation claims.
// Every rule needs at least two independent markers (an announcement and a way to pay out).

// Shared markers. Kept in private rules so each vocabulary list is matched once per message,
// not once per rule that needs it (frequent words are what a scan pays for).

private rule contest_prize
{
  strings:
    $prize1 = /\b(prize|cash|award|reward|voucher|gift ?card|holiday|bonus|jackpot|iphone|ipad|laptop|tickets?|shopping spree|cheque|giveaway|camera|videophones?|ps5|playstation|xbox|macbook|airpods|smart ?tv|galaxy s[0-9]{1,2})/
    $prize2 = /(£|\$|€)[0-9]/
    $prize3 = /\b[0-9][0-9,.]{0,12} ?(pounds|dollars|usd|gbp|euros)\b/
    $prize4 = /\b[0-9]{1,3} ?(lakh|lakhs|crore|crores|million)\b/
  condition:
    money_count > 0 or any of them
}

private rule contest_cta
{
  strings:
    $claim = /\b(claim|collect|redeem)/
    $call = /\b(call|ring|dial|phone|telephone)( us| now| free| freefone| freephone| back| on| at| to| our){0,3}:? ?\+?[0-9]/
    // compile cost: 3+ digits end the pattern, so this equals [0-9]{3} and spares ~1,000 digit atoms
    $txt = /\b(txt|text|send|reply|sms)\b.{0,30}\b(to|2) (no:? )?[0-9][0-9]{1,2}[0-9]{1,2}/
    $yes = /\b(reply|txt|text|send)( with)? "?(yes|win|claim|ok|go)"?\b/
    $link = /(https?:\/\/|www\.|\blog ?on ?to\b|\bclick\b|\btap\b|\bvisit\b|\bgo to\b)/
  condition:
    url_count > 0 or shortcode_count > 0 or any of them
}

// A brand's own notice: from its sender id or short code, every link its own, a platform's or a site
// its text names, and no number to call ("Congrats! Your item sold: ebay.com/...", a shop's survey)
private rule contest_sender_own_links
{
  condition:
    (sender_kind == "alpha" or sender_kind == "shortcode") and url_count > 0
    and url_count <= brand_link_count + named_url_count + platform_url_count
    and phone_count == 0 and shortcode_count == 0
}

// A Chinese brand's commercial text: the carrier-registered opt-out ("退订回T", "回TD退订", "拒收请回复R") or the
// 【brand】 signature with every link its own, sent from a sender id, a short code or a 106 business number (a person's
// mobile is 1[3-9]...), and no look-alike, disguised or abuse-prone link: its red packets (红包) are coupons
private rule contest_zh_brand_promo
{
  strings:
    $optout = /(退订回t|退訂回t|回t退订|回t退訂|回td退订|回td退訂|退订回td|退訂回td|回复td退订|回覆td退訂|回复t退订|回覆t退訂|回n退订|回r退订|拒收请回复r|拒收請回覆r|退订请回复|退訂請回覆)/
    $bracket = /^【.{1,36}】|【.{1,36}】.?$/
    // China's own suffix, abuse-prone worldwide and a Chinese brand's everyday address (10086.cn, tb.cn)
    $cn = /[a-z0-9]\.cn\b/
  condition:
    (sender_kind == "alpha" or sender_kind == "shortcode" or sender matches /^phone:(\+?86)?106[0-9]/)
    and brand_mismatch_count == 0 and deceptive_url_count == 0 and ip_url_count == 0
    // (with the opt-out, an abuse-prone suffix only on .cn or the brand's own links; with the signature alone,
    // every link the brand's own)
    and (($optout and risky_tld_count <= brand_link_count + #cn)
      or ($bracket and url_count <= brand_link_count + named_url_count + platform_url_count and risky_tld_count <= brand_link_count))
}

// the win announcements are a set, and a government notice exempts some of them by name
// suppress: unintended_pattern_in_set
rule contest_won_prize_claim
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Announces a win or selection, names a prize or sum, and asks to claim, call, text or click"
  strings:
    $won1 = /\b(you|u|ur|you've|youve|uve|u've)( have| ave| r| are| has| been| just| now| all){0,2} (won|been (selected|chosen|picked)|a (lucky )?winner|the (lucky )?winner|selected|chosen|awarded|a guaranteed|qualif(y|ied) for)[ !.,:;]/
    $won2 = /\b(your|ur|yr) (mobile|phone|number|no\.?|mob|sim)( no\.?| number)?( \S{1,16})? (has )?(won|been (selected|chosen|drawn))/
    $won3 = /\bnumbers? ending (with |in )?\S{2,6} (are|is|has been|have been) (selected|chosen|drawn|winners?)/
    $won4 = /\brandomly (picked|selected|chosen|drawn)/
    $won5 = /\bcongrat(ulation)?s\b/
    $won6 = /\b(is|are) (waiting|awaiting|reserved) (for )?(you|u)\b/
    $won7 = /\b(cash|prize|gift|iphone|voucher|holiday|reward)s? give ?-?away\b/
    // a bank's loyalty notice: points credited to your card, no link but its own
    // (or a points reward the member earned: "your 500-point reward is ready to redeem at checkout",
    // "you have earned Rs.150 CashPoints on your card")
    $points = /\bpoints? (have been|has been|were|are|is) (credited|added)\b|\bpoints? (credited|added)\b|\b(earned|collected) (rs\.? ?|inr ?|₹ ?)?[0-9][0-9,.]{0,9}( [a-z]{1,12}){0,3} (cash|reward|bonus)?(points?|stars|miles)\b|\b[0-9][0-9,]{0,6}[- ]points? ([a-z]{1,12} ){0,2}(reward|voucher|coupon)\b/
    // a government's public notice ("Congratulations! 200 crore vaccine doses ... book at cowin.gov.in"):
    // its links all on a government suffix (brand_link_count counts .gov, .gov.in; .nic.in is India's too)
    $gov_host = /[a-z0-9]\.(gov|nic\.in)\b/
    $nic = /[a-z0-9]\.nic\.in([\/:?#),!; ]|$|\.( |$))/
    // a carrier's or shop's own reward claimed in its app ("open the Airtel Thanks app > Rewards")
    $in_app = /\b(in|on|via|through|from) (the |your |our )?([a-z]{1,12} ){0,2}app\b|\bopen (the |your )?([a-z]{1,12} ){0,2}app\b/
  condition:
    any of ($won*) and contest_prize and (contest_cta or phone_count > 0)
    and not ($points and url_count <= brand_link_count)
    // a marketplace's or shop's own notice ("Congrats! Your item sold for $289. Please ship by Oct 4: ebay.com/sh/ord")
    and not contest_sender_own_links
    // from a sender id or short code with no link and no number: the reward waits in the brand's app
    and not ($in_app and url_count == 0 and phone_count == 0 and (sender_kind == "alpha" or sender_kind == "shortcode"))
    // a ministry's sender id: India's government header ("XX-MOHFWI-G"), the health ministry's or CoWIN's
    and not sender matches /^alpha:([a-z]{2}-)?([a-z0-9]{1,9}-g$|mohfw|cowin|mygov)/i
    // links only to the state's own domains, and no number to call about a "win"
    and not ($gov_host and url_count > 0 and url_count <= brand_link_count + #nic
      and (phone_count == 0 or not any of ($won1, $won2, $won3, $won4, $won7)))
}

rule contest_prize_guaranteed
{
  meta:
    action = "junk"
    weight = 2.5
    description = "A prize, cash sum or holiday described as guaranteed or awaiting collection"
  strings:
    $g1 = /\bguaranteed\b/
    $g2 = /\bawait(s|ing)? (your |ur )?collection\b/
    $g3 = /\b(prize|reward|award|surprise)\s?(is )?(awaiting|waiting for) (you|u)\b/
  condition:
    ($g1 and contest_prize) or $g2 or $g3
}

rule contest_claim_reference
{
  meta:
    action = "junk"
    weight = 1.5
    description = "A claim, prize or identifier code quoted beside a prize or win"
  strings:
    $code = /\b(claim|prize|bonus|winning|winner|identifier|redemption) ?(code|number|no\.?|ref(erence)?|id|pin)\b/
  condition:
    $code and contest_prize
}

rule contest_repeated_contact_attempt
{
  meta:
    action = "junk"
    weight = 2.0
    description = "A 'second / final attempt to contact you' notice about a prize or a number to call"
  strings:
    $att1 = /\b(2nd|second|3rd|third|final|last) (attempt|notice|contact attempt|time we('ve| have)? tried)\b/
    $att2 = /\b(trying|tried|attempting) (to |2 )(contact|reach) (you|u)\b/
    $why = /\b(won|winner|claim|collect|delivery|offer)\b/
  condition:
    any of ($att*) and ($why or contest_prize)
}

rule contest_premium_rate_callback
{
  meta:
    action = "junk"
    weight = 2.5
    description = "Asks to call a premium-rate number (UK 09xx, North American 1-900)"
  strings:
    // compile cost: 3+ digits end the pattern, so this equals [0-9]{3} and spares ~1,000 digit atoms
    $uk = /\b(call|ring|dial|phone|telephone|contact|on)\b.{0,40}\b09[0-9]{1,2}[0-9]{1,2}[0-9]/
    $uk2 = /\b09[0-9]{2}[0-9].{0,48}\b(claim|prize|now|asap|landline|to collect|ppm|p\/min)/
    $us = /\b(call|dial)\b.{0,20}\b1-?900-?[0-9]/
  condition:
    any of them
}

rule contest_landline_only
{
  meta:
    action = "junk"
    weight = 1.5
    description = "Insists the call be made from a landline, as premium-rate prize lines do"
  strings:
    $l = /\b(call|ring|phone|telephone|dial)\b.{0,60}\b(from|frm|fromm|on) (a |your |ur |the )?(land ?line|fixed line|bt line)\b/
  condition:
    $l and contest_prize
}

rule contest_prize_draw_entry
{
  meta:
    action = "junk"
    weight = 2.0
    description = "Free entry or a chance to win in a prize draw or competition, entered by text or call"
  strings:
    $d1 = /\b(free entry|entry (in|into|2|to)|enter(ed)? (in|into|2|to|the|our|for|a))\b.{0,30}\b(draw|comp|competition|sweepstakes?|raffle|lottery|prize)/
    $d2 = /\b(weekly|wkly|monthly|prize|cash|grand|xmas|christmas|easter) (draw|comp|competition)\b/
    $d3 = /\b(chances?|opportunity) (to|2) win\b/
    $d4 = /\b(win|won) an? (£|\$)?[0-9,]{1,9} ?(prize|cash|gift|voucher|shopping)/
    $d5 = /\b(reply|txt|text|call|play) (now )?(to|2|&) win\b/
    $c2 = /\b(t ?& ?c|ts ?& ?cs|t&cs|tncs?|tscs|t ?cs)\b/
  condition:
    any of ($d*) and (contest_cta or phone_count > 0 or $c2 or caps_keyword_count > 0)
    // a retailer's own survey or sweepstakes
    and not contest_sender_own_links
}

rule contest_quiz_answer
{
  meta:
    action = "junk"
    weight = 2.0
    description = "A premium quiz: text your answer to a short code to win"
  strings:
    $q1 = /\b(txt|text|send|reply)( with)?( ur| your| the)? (ans|answer)s?\b/
    $q2 = /\bcorrect (ans|answer)\b/
    $q3 = /\b(next|first|last) question( is)?\b/
    $win = /\b(win|draw|good luck)\b/
  condition:
    any of ($q*) and (contest_cta or contest_prize or $win)
}

rule contest_multiple_choice_quiz
{
  meta:
    action = "junk"
    weight = 2.5
    description = "A premium trivia question to answer by text with a letter ('send A, B or C')"
  strings:
    $q1 = /\b(send|reply|txt|text|answer)( with)?( ur| your| the)?( answer| ans)?:? "?a"?,? "?b"?,? (or|\/) "?c"?\b/
  condition:
    $q1
}

rule contest_lucky_day
{
  meta:
    action = "junk"
    weight = 2.0
    description = "'Today is your lucky day', 'find out why': a teaser that leads to a prize line or site"
  strings:
    $l1 = /\b(today is|2day is|it'?s|its|tonight is|2nite is|2nights) (ur|your) lucky (day|night)/
    $l2 = /\b(fantastic|amazing|special) (prize|surprise|reward)\s?(is )?(awaiting|waiting|await)/
    $find = /\bfind out\b/
  condition:
    any of ($l*) and ($find or contest_cta)
}

rule contest_unredeemed_points
{
  meta:
    action = "junk"
    weight = 2.5
    description = "Unredeemed or unclaimed bonus points to claim by calling a number"
  strings:
    $p = /\b(un-? ?redeemed|unclaimed|uncollected) (bonus |reward |loyalty |s\.? ?i\.? ?m\.? ?|mobile |cash )?(points|credits|rewards|miles|bonus)/
  condition:
    $p and (contest_cta or phone_count > 0)
}

// A relative's or a friend's reminder about points ("Mom, your points expire today, want me to redeem them?"), a joke or a
// warning (Spanish, Portuguese, French, English)
private rule contest_points_own_voice
{
  strings:
    $own = /\b(mama|mami|papa|papi|mae|pai|mainha|maman|cherie|mom|mum|dad|honey|babe|mija|mijo|filha|filho|jaja|kkk|haha|lol|fyi|btw|quieres que|queres que|quer que|veux-tu que|want me to|estafa|golpe|arnaque|scam)\b/
  condition:
    $own
}

rule contest_points_expiring_link
{
  meta:
    action = "junk"
    weight = 1.0
    description = "Reward points said to expire, with a link to redeem them (weak alone; a bad link tips it)"
  strings:
    $p = /\b(points|rewards|miles|reward balance)\b.{0,30}\b(expire|expiring|will be forfeited|about to lapse)/
    $link = /(https?:\/\/|www\.)/
  condition:
    $p and contest_cta and ($link or url_count > 0)
    // (a relative's reminder, or a link to the brand's own site or one the text names)
    and not contest_points_own_voice and url_count > brand_link_count + named_url_count
}

// The carrier's or the store's loyalty points "expiring today" (Movistar, Claro, Tigo, Entel, Telcel, Vivo, TIM, Oi;
// Rogers, Bell, Videotron, Fido; supermarkets and pharmacies), to redeem at a link that is not the brand's own: sent
// from a person's number or an address, or with a look-alike or disguised link. A brand's reminder comes from its
// sender id to its own site and names a date; a relative's "your points expire today" carries no link of its own.
rule contest_points_expiring_today_link : phishing
{
  meta:
    action = "junk"
    weight = 2.5
    description = "Loyalty points of a carrier, a supermarket or a pharmacy said to expire today, tonight or within 24 hours, to redeem, exchange or claim at a link that is not the brand's own, from a person's number or an address or with a look-alike or disguised link (Spanish, Portuguese, French, English)"
  strings:
    // the points and their expiry, then the deadline of the day: "sus puntos vencen HOY", "pontos expiram hoje",
    // "vos points expirent aujourd'hui", "points expire at midnight", "pontos prestes a expirar ... hoje"
    $exp = /\b(puntos|pontos|points|pts|millas|milhas|miles)\b.{0,60}\b(venc\w{1,6}|caduc\w{1,6}|expir\w{1,6}|perdid[oa]s|perdus|lost|forfeited)\b.{0,40}\b(hoy|hoje|aujourd'hui|today|tonight|esta noche|ce soir|medianoche|meia-noite|minuit|midnight|24 ?(h|hs|hrs|horas|heures|hours))\b/
    // "ultimo dia para usar tus puntos", "derniere chance ... vos points", "last day to redeem your points"
    $last = /\b(ultimo dia|dernier jour|last day|derniere chance|ultima chance|ultima oportunidad)\b.{0,50}\b(puntos|pontos|points|millas|milhas|miles)\b/
    $redeem = /\b(canje\w{0,6}|redim\w{1,6}|redeem\w{0,3}|resgat\w{1,4}|troque|trocar|cambia\w{0,6}|cambie\w{0,4}|reclam\w{1,5}|echange\w{0,5}|utilise[zr]|usar|use (them|it|your)|convert\w{0,6}|claim|obtenez|recupere[zr])\b/
  condition:
    ($exp or $last) and $redeem and not contest_points_own_voice
    and brand_link_count == 0 and url_count > platform_url_count + named_url_count
    and ((sender_kind == "phone" and sender_line != "toll_free") or sender_kind == "email" or sender_kind == "none"
      or brand_mismatch_count > 0 or deceptive_url_count > 0)
}

rule contest_free_handset_offer
{
  meta:
    action = "junk"
    weight = 2.0
    description = "Cold-sell of a free phone, upgrade or tariff ('had your mobile 11 months?', half-price line rental)"
  strings:
    $h1 = /\b(had|have) (your|ur) (contract )?(mobile|phone|fone|handset)( for)? [0-9]{1,2} ?\+? ?(months|mths|mnths|month|mth)/
    $h2 = /\b(entitled|eligible) (to|2|for) (an? )?(update|upgrade|upd8|new (mobile|phone|handset))/
    $h3 = /\b(latest|free|new) (colou?r |camera |video |3g |nokia |motorola |samsung ){1,3}(phones?|mobiles?|handsets?|fones?)\b.{0,60}\b(free|call|txt|text|reply)\b/
    $h4 = /\b(free|cheap) (camera )?(phone|mobile) upgrade/
    $t1 = /\b(half price|1\/2 ?price) ?line ?rental\b/
    $t2 = /\b(double|dbl) (mins|minutes)( ?(&|and) ?(double )?(txts|texts))?\b/
    $t3 = /\b[0-9]{1,3}[0-9] (anytime |free |cross ?(ntwk|network) |inclusive ){0,3}(mins|minutes)\b.{0,40}\b[0-9]{1,3}[0-9] (free )?(txts|texts)\b/
    $t4 = /\bfree (camcorder|bluetooth|b'?tooth|headset|handset)/
  condition:
    (any of ($h1, $h2, $h4, $t*) and (contest_cta or phone_count > 0)) or $h3
}

rule contest_leadgen_cold_sell
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Lead-generation cold sells from a person's number or an address, STOP footer or not: a cheap 'free' resort stay that comes with a timeshare presentation; your home, home-systems or car warranty coverage 'expiring', lock in a monthly price, call (English)"
  strings:
    // the timeshare: a few nights for a token price, and the sales presentation it costs
    $stay = /\b([0-9]|two|three|four|five|seven)[- ](nights?|days?)( [a-z]{1,12}){0,2} (stay|vacation|getaway|trip|cruise|escape|package)\b|\bfree (vacation|getaway|cruise|resort stay|hotel stay)\b/
    $pitch = /\b(resort|timeshare|vacation ownership|owners?'?) (presentation|preview|tour|update|seminar)\b|\b[0-9]{1,2}[0-9][- ]min(ute)? (presentation|tour|preview|sales presentation)\b|\battend(ing)? (a|our|one|the|a short|a brief) ([a-z0-9-]{1,14} ){0,2}(presentation|preview|tour|seminar)\b/
    // the warranty: the reader's coverage lapsing, and the sales push
    $cover = /\byour( [a-z']{1,12}){0,2} (home|house|car|auto|vehicle|vehicle's|car's|factory|extended|appliance) (warranty|warranties|protection plan|service contract|coverage)\b|\byour home systems? (coverage|protection|plan|warranty)\b/
    $lapse = /\b(expir\w{1,3}|lapsing|lapsed|ending|about to end|will end|reinstate|re-?activate)\b|\b(final|last) (notice|chance)\b/
    $push = /\block in\b|(\$[0-9]{1,3}|[0-9] ?)\/ ?(mo|mon|month)\b|\bper month\b|\b(call|reply|text|press) (now|today|yes|1)\b|\bact (now|today)\b/
    // a guest's own story of the stay ("we did the 3-night stay, had to sit through the presentation")
    $guest = /\b(we|i) (did|went|stayed|had|got|booked|sat|took)\b/
  condition:
    (($stay and $pitch and money_count > 0 and not $guest and (phone_count > 0 or url_count > 0 or contact_count > 0)) or ($cover and $lapse and $push and (phone_count > 0 or contact_count > 0 or url_count > 0)))
    and (sender_kind == "phone" or sender_kind == "email")
}

rule contest_compensation_claim
{
  meta:
    action = "junk"
    weight = 2.5
    description = "Cold text about compensation or a refund you may be entitled to (accident, PPI, mis-sold)"
  strings:
    $c1 = /\b(entitled|eligible) (to|2|for) .{0,40}\b(compensation|refund|payout|pay-out|reclaim)/
    $c2 = /\b(compensation|refund) (for|from) (the |your |ur )?(accident|injury|ppi|mis-?sold|loan|bank charges)/
    $c3 = /\b(ppi|payment protection)\b.{0,60}\b(claim|refund|reclaim|owed)/
    $c4 = /\b(entitled|eligible) (to|2|for) .{0,40}\b(for|after) the (accident|injury|crash)/
    // the "UN compensation unit" that pays scam victims
    $c5 = /\b(un|united nations|imf|world bank)\b.{0,40}\bcompensation\b|\b(scam|fraud) victims? compensation\b/
    // "an ATM card worth $1.5M": the advance-fee parcel of money
    $c6 = /\batm (card|master ?card|visa card)\b.{0,30}\b(worth|valued at|loaded with|containing|of the sum of)\b/
    $send = /\bsend (your|us your) (full name|name|details|phone)\b|\b(listed|selected|approved|nominated) to receive\b/
  condition:
    any of ($c*) and (contest_cta or phone_count > 0 or email_count > 0 or $send)
}

rule contest_winner_salutation
{
  meta:
    action = "junk"
    weight = 2.0
    description = "Opens with 'Dear Voucher Holder / Winner / Subscriber' and asks to claim, call or visit"
  strings:
    $s = /^(dear|attention|attn:?|hello|hi) (voucher ?holder|winner|lucky (winner|customer|subscriber)|prize ?winner|subscriber|registered subscriber|lucky one)\b/
  condition:
    $s and (contest_cta or phone_count > 0)
}

rule contest_prize_intl : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A prize, reward or lucky-draw win to claim, in Chinese, Spanish, Portuguese, French, Italian, German, Vietnamese, Arabic, Persian, Urdu, Hindi, Marathi, Gujarati, Bengali, Telugu, Tamil, Kazakh, Amharic or romanised Hindi, with a link or a number; a lucky draw or prize 'you' won or were selected in, in romanised Marathi, Gujarati, Tamil or Sinhala ('oyage number ekata lakshayaka thyagayak dinala'), from someone's number, to contact; your number or you won a draw, a prize of lakhs or crores or a car, in Tamil script, to contact by WhatsApp or call; a Kerala lottery or bumper draw 'you' won, in Malayalam, with a number to call; a prize, a lottery or a draw that 'has been won' by the reader or the reader's number, lakhs, crores or a car, in Sinhala script, with a number to call; a Chinese TV show's off-site draw (场外抽奖), a second prize of tens of thousands of yuan and a laptop, with a number to call or a link (simplified and traditional); or 'your number won the draw' (Spanish, West African French, Portuguese, Swahili, Arabic) with a sum and a call, a USSD string or a PIN to enter; your number won or was drawn in a mobile lottery, a prize or a sum in zloty, call back to collect (Polish); a consumption voucher's extra subsidy your number was drawn for, call a number to register (Hong Kong, traditional and simplified Chinese); not a Chinese brand's red-packet coupon from its own sender with its opt-out or its 【signature】"
  strings:
    $zh1 = /(中奖|恭喜|获奖|幸运|抽中|奖品|奖金|大奖|红包)/
    $zh2 = /(领取|兑换|点击|登录|链接|联系)/
    // a win already drawn ("恭喜您中奖", "奖金"), not a shop's red-packet coupon
    $zh_won = /(中奖|中獎|获奖|獲獎|抽中|奖金|獎金)/
    $es = /\b(has|ha|usted ha|tu has) (ganado|sido (seleccionad[oa]|elegid[oa]))|\b(felicidades|enhorabuena)\b.{0,80}\b(premio|ganador|regalo|sorteo)|\breclam[ae] (su|tu) (premio|regalo|recompensa)/
    $pt = /\b(voce|vc) (ganhou|foi (selecionad[oa]|sorteado))|\bparabens\b.{0,80}\b(premio|ganhador|sorteio|brinde)|\bresgate (seu|o seu) (premio|brinde)/
    $fr = /\b(vous avez (gagne|ete selectionne)|felicitations)\b.{0,80}\b(cadeau|prix|lot|gagnant|recompense)/
    $id = /\b(selamat|tahniah)\b.{0,80}\b(hadiah|pemenang|terpilih|undian|menang|cabutan bertuah)\b|\bterpilih (mendapatkan|sebagai pemenang)\b|\bpin pemenang\b/
    // Thai: "congratulations ... you received a prize" (a Thai letter is three bytes)
    $th = /(ยินดีด้วย|ขอแสดงความยินดี).{0,120}(รางวัล|ถูกรางวัล)/
    $vi = /\b(xin )?chuc mung\b.{0,80}\b(trung thuong|trung giai|giai thuong|qua tang|may man)\b|\b(da|vua) trung (thuong|giai)\b/
    // (an Arabic letter is two bytes, a Devanagari or Bengali letter three: the gaps are counted in bytes)
    $ar = /(مبروك|تهانينا|مبارك).{0,160}(جائزة|فزت|فاز|ربحت|الفائز)|(فزت|فاز|ربحت) ?(ب|في )?(جائزة|الجائزة|سحب)/
    $it = /\b(hai vinto|ha vinto|sei stato (selezionato|estratto)|congratulazioni)\b.{0,80}\b(premio|vincitore|regalo|buono)\b/
    $de = /\b(sie haben|du hast) (gewonnen|einen gewinn)|\bherzlichen gluckwunsch\b.{0,80}\b(gewinn|preis|gutschein|gewinner)\b/
    $sw = /\b(hongera|umeshinda|mshindi)\b.{0,80}\b(zawadi|droo|shinda|ksh|tuma|usajili)\b/
    $hi_dev = /(लॉटरी|इनाम|केबीसी|kbc).{0,150}(जीता|जीती|जीते|जीत|मिला|निकला)/
    $bn = /(অভিনন্দন).{0,240}(জিতেছেন|পুরস্কার|লটারি)/
    // Telugu, Tamil and Marathi: a lottery or prize "came to you" or was won
    $te = /(లాటరీ|బహుమతి|లక్కీ డ్రా|kbc).{0,150}(వచ్చాయి|వచ్చింది|గెలుచుకున్నారు|గెలుచుకుంది|గెలిచారు)/
    $gu = /(લકી ડ્રો|લોટરી|ઇનામ|kbc).{0,150}(મળ્યું|મળ્યો|જીત્યા|જીત્યું)/
    $ta = /(லாட்டரி|பரிசு|kbc).{0,150}(வென்றுள்ளீர்கள்|வென்றீர்கள்|கிடைத்துள்ளது|விழுந்துள்ளது)/
    $mr = /(लॉटरी|बक्षीस|kbc).{0,150}(जिंकल|लागली|लागले|मिळाले)/
    // Persian, Kazakh and Amharic: the congratulation, the win, and a number or a way to collect
    $fa = /(تبریک).{0,200}(برنده|جایزه|قرعه)/
    $kk = /(құттықтаймыз).{0,200}(ұттыңыз|жүлде)/
    $am = /(እንኳን ደስ አለዎት|እንኳን ደስ አላችሁ).{0,240}(አሸንፈዋል|ሎተሪ|ሽልማት)/
    // Malayalam: the lottery, bumper or draw and the prize won, addressed to the reader ("your number",
    // "congratulations"), with a number or "contact" (a Malayalam letter is three bytes; stems only, as
    // a chillu letter is written two ways)
    $ml_lot = /(ലോട്ടറി|ബമ്പ|നറുക്കെടുപ്പ|ഭാഗ്യക്കുറി).{0,240}(സമ്മാന|അടിച്ചു|നേടി|ലഭിച്ചു|വിജയി|കിട്ടി)/
    $ml_you = /(അഭിനന്ദന|നിങ്ങളുടെ നമ്പ|താങ്കളുടെ നമ്പ|നിങ്ങൾക്ക്|താങ്കൾക്ക്|നിങ്ങള്ക്ക്|താങ്കള്ക്ക്)/
    $ml_ask = /(ബന്ധപ്പെടുക|ബന്ധപ്പെടൂ|ഫീസ്|അടയ്ക്കുക|വാട്ട്സ്ആപ്പ്|വാട്സ്ആപ്പ്)/
    $ur = /(مبارک|مبارك).{0,200}(منتخب|جیت|انعام|رقم)|(جیت لی|جیت لیا|جیتو پاکستان).{0,200}(انعام|رابط)/
    // romanised Marathi, Gujarati and Tamil: the draw or the prize won or "selected", addressed to the
    // reader (tumcha, tamaro, ungal ...): a friend's own news says "mala", "mane", "enakku"
    $mr_rom = /\b(lucky draw|lottery|lotri|bumper draw|sodat|soddat)\b.{0,60}\b(nivadla|nivadli|nivadle|nivad (zali|jhali|keli|karnyat)|nivadnyat|jinkla|jinkli|jinkle|jinklat|jinkale|jinkali|lagli|lagla|lagle|lagali|lagale)\b|\b(bakshis|bakshees|bakshish|baksis)\b.{0,60}\b(jinkla|jinklat|jinkle|jinkale|jinkali|milavnyasathi|milvnyasathi|milvanyasathi|ghenyasathi|prapt karnyasathi|claim karnyasathi)\b/
    $mr_you = /\b(tumcha|tumchi|tumche|tumchya|tumhala|tumhi|tumhas|aaplya|aplya|aapla|apla|aapli|apli)\b/
    $gu_rom = /\b(lucky draw|lottery|lotri|inam|inaam|dhiraan)\b.{0,60}\b(jityu|jitya|jiti gaya|pasand thayo|pasand thayu|pasandgi thai|select thayo|select thayu|nikalyo|nikalyu|melavva|melvava|prapt karva)\b/
    $gu_you = /\b(tame|tamne|tamaro|tamari|tamaru|tamara|tamaare)\b/
    $ta_rom = /\b(lucky draw|lottery|lottary|kulukkal|bumper draw)\b.{0,60}\b(vendrulleergal|vendrulleerkal|vendrullirgal|vendreergal|vendrirgal|jeyichirukeenga|jeyicheenga|therndhedukkapattu|therndhedukkappattu|thernthedukkappattu|therndhedukka|kidaithullathu|kidaichirukku|vizhundhullathu|vizhunthullathu|vizhundhirukku)\b|\bparisu\b.{0,60}\b(vendrulleergal|vendrulleerkal|vendrullirgal|vendreergal|vendrirgal|jeyichirukeenga|peruvatharku|pera thodarbu)\b/
    $ta_you = /\b(ungal|ungalukku|ungaluku|neengal|neenga|unga|ungalathu|thangal|thangalukku)\b/
    $ta_ask = /\bthodarbu (kollavum|kolla|kollungal|kollunga)\b/
    // romanised Sinhala: a prize or a lakh "won" (dinala, himi wela, labila), addressed to the reader's number
    // ("oyage number ekata", "obage ankayata"), to claim by a call ("labaganna call karanna")
    $si_rom = /\b(thyagay|thyagaya|thyagayak|thyagayaka|thyagaye|tyagaya|tyagayak|thyaagaya|thyaagayak|thagga|thaggak|thaggaya|lakshaya|lakshayak|lakshayaka|lucky draw|lottery|lotharaiya|lotharaiyak|jackpot)\b/
    $si_rom_won = /\b(dinala|dinuwa|dinnuwa|dinnala|himi ?wela|himi ?wi|labila|lebila|hambela|therila|therunu)\b/
    $si_rom_you = /\b(oyage|obage|oyaage|obe)( mobile| phone| sim)? (number|numbar|ankaya|ankayata)\b|\b(number|numbar) ekata\b|\bankayata\b|\b(oyata|obata|oyaata)\b.{0,40}\b(dinala|himi ?wela|himi ?wi|labila)\b/
    $si_rom_ask = /\b(labaganna|labaganimata|laba ganna|laba ganimata|amathanna|katha karanna|sambandha wenna)\b/
    // someone warning of it ("boru", "wanchawak": a lie, a fraud)
    $si_rom_no = /\b(boru|wanchawa|wanchawak|wanchaka|rawattanna)\b/
    // Tamil script: a draw or a prize, won by the reader or the reader's number, a sum in lakhs or crores, a
    // contact (a Tamil letter is three bytes)
    $tas_draw = /(குலுக்க|லக்கி டிரா|லக்கி ட்ரா|அதிர்ஷ்ட|லாட்டரி|பரிசு|பரிசை|பரிசாக|பம்பர்)/
    $tas_won = /(வென்றுள்ளது|வென்றுள்ளீர்கள்|வென்றீர்கள்|வெற்றி பெற்றுள்ளது|வெற்றி பெற்றுள்ளீர்கள்|தேர்வு செய்யப்பட்டுள்ளது|தேர்வு செய்யப்பட்டுள்ளீர்கள்|தேர்ந்தெடுக்கப்பட்டுள்ளது|தேர்ந்தெடுக்கப்பட்டுள்ளீர்கள்|கிடைத்துள்ளது|விழுந்துள்ளது|அடித்துள்ளது)/
    $tas_you = /(உங்கள் எண்|உங்களது எண்|உங்கள் மொபைல்|உங்களது மொபைல்|உங்கள் கைபேசி|உங்கள் தொலைபேசி|உங்கள் சிம்|தங்கள் எண்|தங்களது எண்|தங்கள் மொபைல்|வென்றுள்ளீர்கள்|வென்றீர்கள்|பெற்றுள்ளீர்கள்|செய்யப்பட்டுள்ளீர்கள்|தேர்ந்தெடுக்கப்பட்டுள்ளீர்கள்)|உங்களுக்கு.{0,120}(கிடைத்துள்ளது|விழுந்துள்ளது|அடித்துள்ளது)/
    // (the sum, or a car or a motorbike: "காரை வென்றுள்ளது"; after a space, as "கார்" ends other words)
    $tas_sum = /(லட்சம்|லட்ச|கோடி|ரூபாய்|ரூ\.|மகிழுந்து|மோட்டார் சைக்கிள்|இருசக்கர வாகன|( |^)(கார்|காரை|காரும்|காரொன்ற|பைக்))/
    $tas_call = /(தொடர்பு கொள்|வாட்ஸ்அப்|வாட்ஸ் அப்|வாட்ஸ்ஆப்|அழைக்கவும்|அழையுங்கள்|கால் செய்)/
    // Sinhala script: a prize, a lottery or a draw, won by or falling to the reader ("ඔබගේ අංකයට ... හිමි වී ඇත", the
    // formal "has been won" of an announcement: a relative's own news says "දිනුවා", "ලැබුණා"), a sum in lakhs or
    // crores, a car or a three-wheeler, and a number to call (a Sinhala letter is three bytes)
    $sis_draw = /(ත්යාග|තෑගි|තෑග්ග|ලොතරැයි|දිනුම් ඇද|වාසනාවන්ත|ජයග්රාහක|මෝටර් රථ|මෝටර් රිය|ත්රීරෝද|යතුරුපැදි|මෝටර් සයිකල)/
    $sis_won = /(දිනා ඇත|දිනා තිබේ|දිනා ඇති|දිනාගෙන ඇත|දිනා ගෙන ඇත|හිමි වී ඇත|හිමිවී ඇත|හිමි වී තිබේ|හිමිවී තිබේ|හිමි වේ|හිමි වනු ඇත|ලැබී ඇත|ලැබී තිබේ|තෝරා ගෙන ඇත|තෝරාගෙන ඇත|තෝරා ගැනී ඇත|තේරී ඇත|ජයග්රාහකයා බවට)/
    $sis_you = /(ඔබ|ඔයා)/
    $sis_sum = /(ලක්ෂ|කෝටි|මිලියන|රුපියල්|රු\.|මෝටර් රථ|මෝටර් රිය|කාර් |ත්රීරෝද|යතුරුපැදි|මෝටර් සයිකල)/
    $sis_call = /(අමතන්න|අමතන්නේ|අමතා|ඇමතුමක් ලබා|ඇමතුම් ලබා|කතා කරන්න|සම්බන්ධ වන්න|සම්බන්ධ වෙන්න|සම්බන්ධ කර ගන්න)/
    // someone warning of it: a lie, a fraud, a cheat
    $sis_no = /(බොරු|වංචා|රැවටී|රවට්ට|පරිස්සම්)/
    // Chinese: a TV show's "off-site draw" (场外抽奖: 《奔跑吧兄弟》, 《中国好声音》 ...): a second prize of tens of thousands
    // of yuan and a laptop, call a landline or a hotline to claim (simplified and traditional letters, three bytes each)
    $zh_show = /(场外|場外)(抽奖|抽獎|抽选|抽選|幸运|幸運|活动|活動|观众|觀眾)|(节目组|栏目组|節目組|欄目組|节目|節目).{0,60}(抽奖|抽獎|抽中|抽选|抽選|幸运观众|幸運觀眾)/
    $zh_prize2 = /(一等奖|二等奖|三等奖|特等奖|一等獎|二等獎|三等獎|特等獎|奖金|獎金|笔记本|筆記本|电脑|電腦|现金|現金)/
    // the number to call, written after its word (a Chinese landline is no number phone_count reads)
    $zh_tel = /(致电|致電|拨打|撥打|电话|電話|热线|熱線|来电|來電|联系|聯繫|聯絡|咨询|諮詢)[^0-9]{0,18}[0-9][0-9]{0,3}[ -]?[0-9]{1,4}[0-9]/
    $zh_warn = /(骗子|骗局|诈骗|别信|不要信|假的|騙子|騙局|詐騙|別信)/
    // a friend's question ("tumchi lottery lagli ka? call kar"): the announcement asks none
    $rom_q = /[a-z]\?( |$)/
    $hi = /\b(aapne|aap ne|apne|tumne)\b.{0,40}\b(jeeta|jita|jeeti|jeete|jite)\b|\b(inaam|inam|lucky draw|kbc lottery|lottery)\b.{0,60}\b(jeeta|jita|mila|lagi|laga|claim|paane|pane|aaya|aya|nikla|nikal aaya)\b/
    // "your line or number won the draw": the carrier's or mobile-money draw that no one entered
    // (Spanish, West African French, Portuguese, Swahili, Arabic); it counts with a draw or a sum
    // and an ask: call "Mr." someone, dial a USSD string, enter the PIN (the mobile-money theft)
    $num_es = /\b(tu|su) (linea|numero|celular|chip|numero (de )?(celular|telefono|movil)) (resulto|ha resultado|salio|fue|ha sido) (seleccionad[oa] )?(ganador|ganadora|premiad[oa]|favorecid[oa]|sorteado)\b/
    $num_fr = /\bvotre (numero|puce|ligne|numero (de telephone|mobile|de mobile)) (a (gagne|remporte|ete (tire|tiree|selectionne|selectionnee|retenu|retenue))|est (gagnant|parmi les gagnants))\b/
    $num_pt = /\b(seu|teu) (numero|cartao sim|chip|numero de (telemovel|celular|telefone)) (foi (sorteado|premiado|seleccionado|selecionado|contemplado)|ganhou|saiu premiado|e o vencedor)\b/
    $num_sw = /\b(namba|nambari|laini) yako (ya simu )?(imeshinda|imechaguliwa|imeibuka mshindi|ni mshindi)\b/
    $num_ar = /(رقمك|رقم هاتفك|شريحتك) (قد )?(ربح|فاز|تم اختياره)|(ربحت|فزت).{0,60}(في|ب) ?(ال)?سحب/
    $draw = /\b(sorteo|sorteio|tirage|tire au sort|droo|fcfa|f cfa|millones|millions?|milhoes|meticais|kwanzas?|ksh|tsh|ugx)\b|[0-9] ?(mt|mzn|kz|aoa|xof|xaf|cfa)\b|(سحب|ريال|درهم|دينار|جنيه)/
    // ... in Luganda ("ennamba yo ewangudde", "owangudde" in the carrier's "kalulu"), Kinyarwanda ("nimero yawe
    // yatsindiye", "watsindiye" in a "tombola"), Italian ("il tuo numero ha vinto" in a "concorso") and Greek ("ο αριθμός
    // σας κέρδισε", "κερδίσατε" in a "κλήρωση"), with a draw, a prize or a sum and a number to call, from a person's
    // line: a carrier's own draw writes from its sender id
    $nw_lg = /\b(ennamba|namba|nnamba|essimu|layini) (yo|yammwe|yaffe) (ewangudde|yawangudde|ewangula|erondeddwa|elondeddwa)\b|\b(owangudde|muwangudde|owangula)\b/
    $nw_rw = /\b(nimero|numero|telefoni) (yawe|yanyu|yanyu ya telefoni) (yatsindiye|yatsinze|yatoranyijwe|yegukanye)\b|\b(watsindiye|mwatsindiye|wegukanye|mwegukanye)\b/
    $nw_it = /\b(il )?(tuo|suo|vostro) numero( di (telefono|cellulare))? (ha vinto|e stato (estratto|selezionato|premiato|sorteggiato)|e risultato vincitore|risulta vincente)\b|\b(lei ha|voi avete) vinto\b/
    $nw_el = /αριθμ(ό|ο)ς σας (κ(έ|ε)ρδισε|επιλ(έ|ε)χθηκε|κληρ(ώ|ω)θηκε)|κερδ(ί|ι)σατε|(ε(ί|ι)στε|ε(ί|ι)σαι) ο (τυχερ(ό|ο)ς )?νικητ(ή|η)ς/
    $nw_draw = /\b(kalulu|akalulu|ekirabo|obukadde|tombola|tombora|igihembo|isabukuru|concorso|estrazione|lotteria|anniversario|premio|frw|rwf|ugx|shs|euro)\b|(κλ(ή|η)ρωση|δ(ώ|ω)ρο|ευρ(ώ|ω)|€)/
    $nw_ask = /\b(kuba|kubira|tukubire|hamagara|hamagare|muhamagare|ohereza|chiama|chiami|chiamare|richiama|contatta|contattare)\b|(καλ(έ|ε)στε|επικοινων(ή|η)στε|τηλεφων(ή|η)στε)/
    // Italy's premium-rate lines (899, 892, 895, 894, 166, 144): "chiama subito il 899 ..."
    $it_prem = /\b(chiama|chiami|chiamare|richiama|richiami|contatta|contattare|telefona|telefonare)\b.{0,24}\b(899|892|895|894|166|144)[ .]?[0-9]/
    $nw_own = /\b(nawangudde|nawangula|natsindiye|twatsindiye|ho vinto|abbiamo vinto|haha|lol)\b|κ(έ|ε)ρδισα/
    $ussd = /[*#][0-9][0-9]{0,2}(\*[0-9][0-9]{0,3}){0,4}#/
    $ask = /\b(comunicate|comuniquese|contactate|contactese|llame|llama|escribale) (con|al|a) (el |la )?(sr|sra|senor|senora|lic|licenciado|licenciada|ing|ingeniero|dr|doctor|asesor|asesora|gerente|agente)\b|\b(code secret|codigo secreto|namba ya siri)\b|\b(seu|o seu|teu|votre|tu|su) (pin|code pin|codigo pin)\b|(الرقم السري|الرمز السري)/
    // Polish: your number won or was drawn in a (mobile) lottery, a prize or a sum in zloty, call back to collect
    // ("twoj numer wygral", "wygrales nagrode", "zostal pan wylosowany"): a person's own win says "wygralem"
    $pl_won = /\b(twoj|pana|pani|panstwa|wasz) (numer|nr)( telefonu| komorkowy| komorki| abonenta)? (wygral|zostal (wylosowany|wybrany|nagrodzony|zwyciezca))\b|\bwygral(es|as|a pani|pan|a pan|y panstwo)\b|\b(zostal(es|as)|zostal pan|zostala pani|jestes|jest pan|jest pani) (zwyciezc\w{1,3}|laureat\w{0,3}|wylosowan[ya]|wybran[ya] (do|w) (nagrod\w{1,3}|losowani\w{1,3}))\b|\bgratulacje\b.{0,80}\b(wygral\w{0,3}|wygran\w{1,3}|wylosowan\w{1,3})\b/
    $pl_prize = /\b(nagrod\w{1,3}|wygran\w{1,3}|loteri\w{1,3}|losowani\w{1,3}|konkurs\w{0,3}|zl|zlotych|pln)\b/
    $pl_call = /\b(oddzwon\w{0,4}|zadzwon\w{0,4}|prosimy o kontakt|skontaktuj\w{0,6}|kontakt telefoniczny|pod (numer|nr|numerem)|na (ten|nasz|podany) (numer|nr))\b/
    $pl_own = /\b(wygralem|wygralam|haha|hahaha|oszust\w{0,4}|oszukac)\b/
    // Hong Kong: a consumption voucher's "extra subsidy" (消費券 額外補貼) your number was drawn for, call a number to
    // register or collect (traditional and simplified Chinese; a Chinese character is three bytes)
    $hk_sub = /(消費券|消费券|補貼|补贴|津貼|津贴|資助|资助|現金券|现金券)/
    $hk_drawn = /(被抽中|已抽中|抽中|中籤|中签|獲選|获选|被選中|被选中|幸運兒|幸运儿|中獎|中奖|得獎|得奖|獲得額外|获得额外|獲額外|获额外|獲派|获派)/
    $hk_reg = /(登記|登记|辦理|办理|領取|领取|申領|申领|核實|核实)/
    // Cantonese "call us" before the number ("打俾我哋 3xxx xxxx")
    $hk_tel = /(打俾|打畀|打比|打給|打给|whatsapp)[^0-9]{0,18}[0-9][0-9]{0,3}[ -]?[0-9]{1,4}[0-9]/
    // the ways to collect a prize when no link or number is given: add a chat id, send an ID photo or an IBAN
    $collect = /(加微信|加微|微信号|加qq|加line|加我)|(صورة الهوية|الآيبان|الايبان|رقم الحساب)|\b(iban|photo of your id|id photo)\b/
  condition:
    // (a Chinese brand's red-packet coupon from its own sender, with its opt-out or its signature, is no prize; a win
    // already drawn still is)
    // (points or miles "won" from a business's own id, pointing to its own site only, is a loyalty notice)
    ((($zh1 and $zh2) and not (contest_zh_brand_promo and not $zh_won)) or any of ($es, $pt, $fr, $id, $th, $hi, $vi, $ar, $it, $de, $sw, $hi_dev, $bn, $te, $ta, $mr, $gu, $ur, $fa, $kk, $am)) and (url_count > 0 or phone_count > 0 or shortcode_count > 0 or contact_count > 0 or $collect or (money_count > 0 and sender_kind != "alpha" and sender_kind != "shortcode"))
      and not (sender_kind == "alpha" and url_count > 0 and url_count == brand_link_count + named_url_count and phone_count == 0 and contact_count == 0)
    or (any of ($num_*) and ($draw or money_count > 0) and (url_count > 0 or phone_count > 0 or shortcode_count > 0 or contact_count > 0 or $ussd or $ask))
    or (($nw_lg or $nw_rw or $nw_it or $nw_el) and ($nw_draw or money_count > 0)
      and ($it_prem or $nw_ask or $ussd or phone_count > 0 or contact_count > 0) and not $nw_own
      and sender_kind != "alpha" and sender_kind != "shortcode")
    or ((($mr_rom and $mr_you) or ($gu_rom and $gu_you) or ($ta_rom and $ta_you)) and (url_count > 0 or phone_count > 0 or contact_count > 0 or $ta_ask) and not $rom_q and sender_kind != "alpha" and sender_kind != "shortcode")
    or ($si_rom and $si_rom_won and $si_rom_you and (url_count > 0 or phone_count > 0 or contact_count > 0 or $si_rom_ask) and not $rom_q and not $si_rom_no and sender_kind != "alpha" and sender_kind != "shortcode")
    or ($tas_draw and $tas_won and $tas_you and ($tas_sum or money_count > 0) and (url_count > 0 or phone_count > 0 or contact_count > 0 or $tas_call) and sender_kind != "alpha" and sender_kind != "shortcode")
    or ($ml_lot and $ml_you and (url_count > 0 or phone_count > 0 or contact_count > 0 or $ml_ask) and sender_kind != "alpha" and sender_kind != "shortcode")
    or ($sis_draw and $sis_won and $sis_you and ($sis_sum or money_count > 0) and (phone_count > 0 or url_count > 0)
      and ($sis_call or contact_count > 0 or url_count > 0) and not $sis_no and sender_kind != "alpha" and sender_kind != "shortcode")
    or ($zh_show and $zh_prize2 and ($zh_tel or url_count > 0 or phone_count > 0) and not $zh_warn
      and sender_kind != "alpha" and sender_kind != "shortcode")
    // (Polish: the win addressed to the reader, a prize or a sum, and a call back; Hong Kong: a subsidy the reader's
    // number was drawn for, a number to call and a registration)
    or ($pl_won and $pl_prize and ($pl_call or phone_count > 0) and not $pl_own and sender_kind != "alpha" and sender_kind != "shortcode")
    or ($hk_sub and $hk_drawn and $hk_reg and ($zh_tel or $hk_tel or phone_count > 0 or url_count > 0) and not $zh_warn
      and sender_kind != "alpha" and sender_kind != "shortcode")
}

rule contest_airline_free_tickets
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Free airline tickets or flights 'waiting' or won from an airline (Southwest, Delta, American, Emirates, Avianca ...), to claim at a link not the airline's own or by a number (English, Spanish)"
  strings:
    // the airline, by name or as "airline(s)" / "aerolinea"
    $air = /\b(southwest|delta|united airlines|american airlines|alaska airlines|spirit airlines|frontier airlines|jetblue|allegiant|hawaiian airlines|emirates|qatar airways|etihad|lufthansa|ryanair|easyjet|klm|air france|british airways|air canada|westjet|aeromexico|volaris|viva ?aerobus|avianca|iberia|latam|copa airlines|turkish airlines|airlines?|airways|aerolineas?)\b/
    // the tickets: round-trip, plane or flight tickets, free flights; boletos, pasajes, vuelos gratis
    $tix = /\b(round[- ]?trip|roundtrip|airline|plane|flight|air) (tickets?|flights?|vouchers?|passes)\b|\bfree (flights?|airfare|air travel|round[- ]?trips?)\b|\b(boletos?|pasajes?|billetes?|tiquetes?|vuelos?) (de avion|aereos?|de ida y vuelta|redondos?|gratis|gratuitos?|de cortesia)\b/
    // the lure: won, selected, waiting for you, to claim (English, Spanish)
    $won = /\b(won|winner|congrat\w{0,9}|claim\w{0,3}|redeem|selected|awarded|eligible|qualif\w{1,6}|(waiting|reserved|awaiting|on hold) (for )?(you|u)|ganad[oa]s?|ganaste|ganador\w{0,2}|felicidades|felicitaciones|seleccionad[oa]|reclam\w{1,6}|esperando|reservad[oa]s?|elegid[oa]|obsequi\w{1,3}|canjea\w{0,3}|cobrar)\b/
  condition:
    $tix and $air and $won
    and (url_count > brand_link_count + named_url_count or phone_count > 0)
    // the airline's own notice from its sender id or short code, linking to its own site
    and not ((sender_kind == "alpha" or sender_kind == "shortcode") and url_count <= brand_link_count + named_url_count and phone_count == 0)
}

rule contest_selected_reward_link
{
  meta:
    action = "junk"
    weight = 2.5
    description = "'You have been selected' for a reward, gift card or survey prize, claimed through a link; 'you won' or 'you and a guest were selected' for a free cruise or vacation for two, call now to claim, from a long or toll-free number, its STOP footer or not (US English)"
  strings:
    $s = /\b(you('ve| have)? been (selected|chosen|picked)|you are (our|the|a) (lucky|selected|chosen) (winner|customer|user|shopper)|congratulations?[!,.]? (you|your)|you('re| are) (eligible|qualified) (for|to (receive|claim)))\b/
    // (the trip's own announcements: "you've won a ...", "you and a guest have been selected")
    $s2 = /\b(you('ve| have)?|u) (just )?won (a|an|the|our|this|two|2)\b|\byou (and|\+|plus) (a|one|your) (guest|companion|spouse|partner|friend|loved one|family)( member)? (have|has|were|are|have just)( been)? (selected|chosen|picked|approved|awarded)\b|\byour (household|number|phone number|family) (has been|was|have been) (selected|chosen|picked|drawn)\b/
    $r = /\b(reward|gift ?card|prize|voucher|bonus|free (gift|iphone|ipad|airpods)|survey|giveaway|cash ?back)\b/
    // a free holiday or cruise to claim by calling: the timeshare lure
    $trip = /\b([0-9]{1,2}[- ](night|day)s?|free|complimentary|all[- ]inclusive) ([a-z-]{1,7}[a-z-]{1,7} ){0,2}(vacation|holiday|cruise|trip|getaway|stay)\b|\b(cruise|vacation|holiday|trip|getaway) for (two|2)\b/
  condition:
    // (the census's "you've been selected for the survey, respond at respond.census.gov" links to the state's own site)
    ($s and (($r and url_count > brand_link_count) or ($trip and (url_count > brand_link_count or phone_count > 0))))
    or ($s2 and $trip and (url_count > brand_link_count or phone_count > 0))
}

rule contest_postal_claim
{
  meta:
    action = "junk"
    weight = 2.5
    description = "A prize or holiday claimed by post: send a stamped self-addressed envelope (SAE) to a PO box, with a quiz or an opt-out"
  strings:
    $claim = /\b(claim|win|won|collect|to receive)\b/
    $post = /\b(stamped,? self[- ]?addressed envelope|s\.?a\.?e\.?\b|p\.?o\.? box [0-9])/
    $bulk = /\b(quiz|unsub|stop|prize|holiday|hols|cash|draw|winner)\b/
  condition:
    $claim and $post and $bulk
}

rule contest_inheritance_next_of_kin : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "An unclaimed fortune, a late relative or client with no next of kin, a barrister or banker who will share it: the inheritance advance-fee letter; or a barrister, solicitor or attorney who says your late uncle, father or grandmother left an inheritance or estate (of millions, or to process) with you as next of kin, call me back (English: Nigeria, Ghana)"
  strings:
    $dead = /\b(next of kin|late (client|relative|husband|father|customer)|unclaimed (fund|funds|deposit|inheritance)|inheritance|beneficiary of)\b/
    $sum = /\b(sum of|fixed deposit|deposit|fund|funds|consignment|estate|with your (surname|last name))\b|\bleft [^ ]{1,12} in (our|the|his|her) bank\b/
    $who = /\b(barrister|attorney|lawyer|banker|bank manager|solicitor|executor|reply|contact)\b/
    // The call-back form: "I'm Barrister Okoye. Your late uncle left an inheritance of N45M with your name as next
    // of kin. Call me back on this line for processing" (Nigeria, Ghana; a sum in naira or cedis, "N45M", is no
    // counted money): a title, the reader's late relative, the inheritance, the reader as next of kin, a call back
    $title = /\b(barrister|barr\.?|solicitor|attorney|lawyer|esq|legal practitioner|notary( public)?|executor|probate officer)\b/
    $kin_late = /\b(your|ur) (late|deceased|departed) ([a-z]{1,8} )?(uncle|aunt|aunty|auntie|father|dad|mother|mum|mom|grand ?father|grand ?mother|grand ?dad|grand ?pa|grandma|granny|brother|sister|cousin|relative|relation|husband|wife|son|daughter|step-?father|benefactor|kinsman|nephew|niece)\b|\bthe late (mr|mrs|ms|dr|engr|chief|sir|alhaji|alhaja|madam|prof|pastor|nana|otunba)\b/
    $legacy = /\b(inheritance|inherit|estate|fortune|bequeath\w{0,3}|bequest|legacy|will and testament|left (behind )?(an?|the sum of|you))\b/
    $nok = /\bnext[- ]of[- ]kin\b|\b(sole|only|rightful|legal|named) (beneficiary|heir)\b/
    // millions, or the lure's errand: to process, claim or release it
    $big = /[0-9](m|mln|bn)\b|\b(million|millions|billion)\b|\b(for (the )?(processing|claim|release|transfer|documentation|verification)|to (claim|process|release|receive|transfer) (it|the|your)|unclaimed)\b/
    // a relative passing on what the family's lawyer said, and a real lawyer's notice to a client (probate, a
    // hearing, documents to sign, an appointment)
    $told = /\b(lawyer|barrister|solicitor|attorney)('s office)?( just| has| had)? (said|says|called|rang|told|wants|mentioned|asked|sent|phoned|texted|confirmed)\b/
    $real = /\b(probate|hearing|affidavit|letters of administration|grant of (probate|administration)|as discussed|further to|our (meeting|conversation|discussion|fees?)|your instructions?|sign (the )?(documents?|papers|forms)|appointment)\b/
  condition:
    ($dead and $sum and $who and money_count > 0
      or $title and $kin_late and $legacy and $nok and ($big or money_count > 0) and (phone_count > 0 or contact_count > 0)
        and not $told and not $real)
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule contest_survey_reward : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A gift card, voucher or free device to claim by completing a short survey or confirming its shipping, with a link (the marketing footer it may carry changes nothing); a party's 'official member survey' linking to a domain not its own; a big payment-app or retailer reward ('a $750 Cash App / Shein / Walmart reward') earned by completing deals or sponsored offers at a link that is not the brand's own, a short code's STOP footer or not (lead generation: the brand is not the sender; US English)"
  strings:
    $survey = /\b(complete|take|fill (in|out)|answer) (our|a|this|the|my|one) (quick |short |brief )?([0-9]{1,3}[- ]?(sec|secs|second|seconds|min|mins|minute|question)s? )?(quick |short |customer |brief )?(survey|questionnaire)\b/
    $reward = /\b(voucher|gift ?card|reward|claim|free|cash|prize)\b/
    // "your FREE iPhone 15 / Costco prize is waiting: confirm shipping" (the card form follows)
    $ship = /\bconfirm (your )?(shipping|delivery|address|shipment)\b|\b(pay|cover) (only |just )?(the )?(shipping|s&h)\b/
    $prize = /\b(prize|gift ?card|giveaway|won|winner|free (iphone|ipad|airpods|macbook|ps5|playstation|xbox|galaxy|samsung|dyson|tv|laptop|kindle|gift))\b/
    // the political "official member survey": the party's own domain is named in its text
    $poll = /\bofficial (20[0-9][0-9] )?([a-z]{1,12} ){0,2}(member|membership|supporter|voter|party) (survey|poll|census)\b|\b(gop|republican|democratic|democrat|dnc|rnc|trump|maga|conservative|progressive) (member|membership|supporter|voter|party) (survey|poll|census)\b/
    // the incentive lead-generator's price: complete the deals or sponsored offers (how many, "required")
    $deals = /\b(complete|completing|finish|finishing) (the |a few |some |your |all |all the |all required |the required |required |[1-9] |[1-9]-[1-9] |[1-9] to [1-9] |[1-9] or more |at least [1-9] )?(more )?(deals|offers|sponsor offers|sponsored offers|partner offers|promo offers|trial offers)\b|\b(deals|offers) (required|needed) to (qualify|unlock|claim|receive)\b/
    // ... for a sum at a payment app or a retailer (beside $reward's words)
    $deals_app = /\b(cash ?app|venmo|paypal|zelle|chime|shein|temu|walmart|amazon|target|costco|sephora|ulta|kroger|starbucks|best buy|home depot|balance|to spend)\b/
    // a shopper's or a member's own story ("after completing the spending deal lol", "I did the offers")
    $deals_mine = /\b(lol|haha|lmao|i (finally |just )?(got|did|completed|finished)|my (reward|gift card|bonus))\b/
  condition:
    ($survey and $reward and url_count > brand_link_count
      // a retailer's own survey from its sender id or short code, on the site its text names
      and not ((sender_kind == "alpha" or sender_kind == "shortcode") and url_count <= brand_link_count + named_url_count + platform_url_count
        and deceptive_url_count == 0 and risky_tld_count == 0 and shortener_count == 0))
    or ($ship and $prize and url_count > brand_link_count + platform_url_count
      and (sender_kind == "phone" or brand_mismatch_count > 0 or deceptive_url_count > 0 or risky_tld_count > 0 or shortener_count > 0))
    or ($poll and url_count > brand_link_count + named_url_count + platform_url_count)
    // (the reward for completing deals, a sum named: a brand's own offers page is its own or named site)
    or ($deals and ($reward or $deals_app) and money_count > 0 and not $deals_mine
      and url_count > brand_link_count + named_url_count + platform_url_count)
}

rule contest_consignment_funds : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A soldier, diplomat or official holds a consignment, trunk box or fund of millions and needs a trusted partner or next of kin to receive it for a share"
  strings:
    $box = /\b(consignment|trunk box|metal box|diplomatic (box|bag|courier)|sealed box|fund of|funds? (worth|of|valued))\b/
    $big = /\b(million|millions|mln)\b|[0-9](m|mln)\b/
    $you = /\b(trusted|trustworthy|reliable|honest) (partner|person|foreigner)|\b(receive|keep|secure|claim) (it|the (box|consignment|funds?))\b|\byou (get|will get|take|will take|keep) [0-9]{1,2} ?(%|percent)|\bnext of kin\b|\bin your (care|custody)\b|\bsend (it )?to you\b/
  condition:
    $box and $big and $you
}

rule contest_prize_fee
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A lottery, jackpot or prize you 'won' that a processing, clearance or delivery fee releases, from someone's number: no real prize costs a fee to collect; a free or sponsored Hajj or Umrah seat you were 'selected' for, released by a visa, processing or documentation fee (English, West Africa); a store's, a carrier's or an Instagram raffle the reader or the reader's number won, released by a shipping, delivery or tax fee paid by transfer, Pix, IBAN, card or wallet, or by sending an ID or card data (Brazilian Portuguese, Latin American Spanish, Turkish, Russian, Ukrainian, Polish, Romanian, Arabic and Arabizi); a prize, gift card or draw the reader won that needs a shipping or processing fee, the reader's name, address or e-mail, or an 'agent' written to by e-mail (English, French, Moroccan Darija, Lingala, Wolof, Tagalog, Indonesian, Malay, Thai, Khmer, Dutch, Danish); a shop's, a carrier's or a birthday draw the reader or the reader's number won, then a shipping or handling fee, the reader's name, ID number or bank account, 'reply YES' or a call (Czech, Slovak, Hungarian, Bulgarian, Croatian, Serbian); a prize the reader won, then a handling, shipping or tax fee or a transfer, or the name, ID card or bank account to reply with (simplified and traditional Chinese, written Cantonese); a shop's, a carrier's, a birthday or holiday draw or a tourism board's lucky traveller the reader or the reader's number won, with only 'reply YES (TAK, DA, SI, SIM, JA, JAH)', the name and the city, or a number to call (Polish, Romanian, Latvian, Estonian, Brazilian Portuguese, Latin American Spanish; and a number to call in Czech, Slovak and Chinese); a gift card, cash or a prize (a phone, a signed shirt) won that an administrative or shipping fee or a transfer releases (Japanese); a shop's, a carrier's or a fan campaign's draw the reader or the reader's number won, then a shipping, delivery or handling fee to pay or a number to write to (Greek and Greeklish, Albanian); a car, a motorbike or cash the reader won in a draw (tiraj), call now (Haitian Creole)"
  strings:
    $won = /\b(won|win|winner|winning|jackpot|lotto|lottery|sweepstakes|prize|cash prize)\b/
    $fee = /\b(processing|clearance|release|delivery|insurance|transfer|registration|handling) (fee|fees|charge)\b/
    $hajj = /\b(hajj|umrah|umra|holy pilgrimage|pilgrimage to (mecca|makkah|saudi arabia))\b/
    // addressed to the reader as the one chosen: not a friend's "Alhaji got a sponsored seat"
    $lucky = /\byou (have been|were|are|have|just) (selected|shortlisted|picked|chosen|won|nominated)\b|\byour (name|number|phone number|line|application) (has been|was|is|have been) (selected|picked|drawn|shortlisted|approved)\b|\byou (are|have been) (a |one of the )?(lucky|beneficiar(y|ies)|winners?)\b|\b(won|win) (a |the )?(free |sponsored |fully sponsored )?(hajj|umrah|umra)\b|\b(free|fully sponsored|fully paid) (hajj|umrah|umra)\b/
    $fee2 = /\b(processing|documentation|visa|passport|registration|logistics|medical|form|clearance|ticketing|administrative|admin) (fee|fees|charge|charges)\b|\bpay\b.{0,30}\bfor (your |the )?(visa|processing|documentation|passport|form|registration|ticket|seat|slot)\b/
    // Beyond English: the reader (or the reader's number) won a store's, a carrier's or an Instagram raffle, or was
    // chosen for a free pilgrimage (Brazilian Portuguese, Latin American Spanish, Turkish, Russian, Ukrainian, Polish,
    // Romanian, Arabic, and Arabic in Latin letters with digits); a winner's own news says "ganhei", "kazandim" ...
    $i_won = /\b(voce|vc) (ganhou|foi (sorteado|sorteada|contemplad[oa]|premiad[oa]|(o |a )?(grande )?(ganhador|ganhadora|vencedor|vencedora)))\b|\b(seu|teu) (numero|cpf|nome|celular|telefone|perfil|cupom) foi (sorteado|contemplado|premiado|selecionado)\b|\b(ganaste|has ganado|usted gano|resultaste ganador\w{0,2}|saliste sorteado\w{0,2})\b|\b(eres|es|fuiste|sos) (el |la |uno de los |una de las )?(feliz |afortunad[oa] |seleccionad[oa] (como )?(el |la )?)?(ganador|ganadora|ganadores|favorecid[oa])\b|\bsize (bir )?(hediye|odul|iphone)\w{0,3} cik(mistir|ti)\b|\b(tu|su) (linea|numero|celular|chip) (fue|ha sido|resulto|salio) (sorteado|seleccionado|ganador|premiado|favorecido)\b|\b(kazandiniz|kazandin|kazanmis bulunmaktasiniz|kazanmissiniz|talihlisi oldunuz|talihliler arasinda)\b|\badiniza .{0,40}\bcik(mistir|ti)\b|\b(wygral(es|as)|wygrala pani|wygral pan|zostal(es|as) (zwyciezc\w{1,3}|laureat\w{0,3}|wylosowan[ya]))\b|\b(ai castigat|ati castigat|esti (castigatorul|castigatoarea)|sunteti (castigatorul|castigatoarea|printre castigatori)|numarul (tau|dumneavoastra|dvs) a (castigat|fost extras))\b|\b(rb7t|rbe7t|rba7t|rb7ti|rbe7ti|kasabt|ksabt|ksbt|kasbt|kesbt|kesebt|kisbt|fozt|fezt|fozti)\b|\b(nmrtk|nmertk|nemertek|ra9mek|rakamak|ra2mak|numerok) (rb7|rbe7|ksb|kasab|faz|fez)|\b((ju )?keni fituar|fituat|ke fituar|fitove|numri (juaj|yt) (fitoi|u shortua|u perzgjodh|eshte fitues)|(ju )?jeni (fituesi|fituesja|fitues)|jeni zgjedhur|cmimi (juaj|yt) (ju|te) pret|kerdisate|kerdises|eiste o (tyxeros |tixeros |tycheros )?nikitis|o arithmos sas (kerdise|klirothike))\b|(κερδ(ί|ι)σατε|κ(έ|ε)ρδισες|αριθμ(ό|ο)ς σας (κ(έ|ε)ρδισε|κληρ(ώ|ω)θηκε|επιλ(έ|ε)χθηκε)|ε(ί|ι)στε ο (τυχερ(ό|ο)ς )?νικητ(ή|η)ς|(έ|ε)χετε επιλεγε(ί|ι))|(вы (выиграли|победили|стали (победител|обладател))|ваш (номер|телефон) (выиграл|стал победител|победил)|ви (виграли|перемогли|стали переможц|стали власник)|ваш (номер|телефон) (виграв|став переможц)|ربحت|فزت|تم اختيارك|رقمك (ربح|فاز)|أنت الفائز|انت الفائز)/
    // ... then the fee that releases it (shipping, delivery, tax, a commission, a file) ...
    $i_fee = /\b(frete|taxa|tarifa|imposto|gastos|costo|costos|cargo|impuesto|comision|importe) (de |do |da |del |por )?(entrega|envio|frete|liberacao|liberacion|resgate|retirada|retiro|cadastro|transporte|traslado|seguro|cartorio|despacho|flete|tramite|aduana|gestion|manejo|tramitacion|procesamiento)\b|\bfrete\b|\b(metaforika|exoda apostolis|kostos apostolis|tarif\w{1,3} (e |te )?(transporti|dergeses|perpunimi|postimi)|kosto\w{0,3} (e |te )?(transportit|dergeses)|per (transportin|dergesen|dorezimin|posten))\b|\b(el )?delivery\b|\bpara (el )?(envio|despacho|retiro) (consign|deposit|transfier|pag|abon)\w{1,4}\b|\b(kargo|gonderim|teslimat|noter|sigorta|islem|hizmet|vergi) (ucreti|ucretini|bedeli|bedelini|masrafi|masrafini)\b|\b(koszt\w{0,2}|oplat\w{1,3}) (za )?(wysylk\w|przesylk\w|dostaw\w|manipulacyjn\w{1,3}|podatk\w|skarbow\w{1,2})|\b(taxa|taxei|taxe|costul|comision\w{0,3}|impozit\w{0,3}) (de )?(transport|livrare|expediere|procesare|curier|eliberare|asigurare)\b|\bpentru (livrare|expediere|ridicare)\b|\b(frais|masarif|masaref|msarif|rsoum|rosoom|taxe|livraison|tawsil|flexy)\b|(доставк|комисси|налог|пошлин|страховк|комісі|податок|податку|збір|збору|رسوم|مصاريف|ضريبة|عمولة|μεταφορικ(ά|α)|(έ|ε)ξοδα αποστολ(ή|η)ς|κ(ό|ο)στος αποστολ(ή|η)ς|τ(έ|ε)λος διεκπερα(ί|ι)ωσης|για την παρ(ά|α)δοση|για την αποστολ(ή|η))/
    // ... paid by transfer, Pix, an IBAN, a card or a wallet ...
    $i_pay = /\b(pagar|pague|pagamento|paga|deposite|depositar|transfira|transferir|pix|abonar|abone|abona|abonas|consigne|consignar|deposita|transferi|transferencia|yape|plin|nequi|daviplata|cbu|cvu|alias|mercado pago|iban|havale|eft|yatir\w{1,8}|gonder\w{1,8}|odeyin|odeyiniz|odemeniz|odemek|przelew\w{0,3}|blik|oplac\w{0,3}|wplac\w{1,3}|achita\w{0,2}|plateste|platiti|vireaza|contul|ba3t|b3at|ab3at|seft|sift|7awel|7awl|khless|khles|t5ls|tkhless|edfa3|dfa3|flexy|ccp|baridimob|fawry|cash|plirwste|pliroste|plirwnontas|plironontas|katavalete|paguani|paguaj|paguar)\b|(оплат|переве|перечисл|на карту|сплат|перека|на картку|ادفع|دفع|تحويل|سداد|كاش|πληρ(ώ|ω)στε|πληρ(ώ|ω)νοντας|καταβ(ά|α)λετε|καλ(ύ|υ)ψετε)/
    // ... or the reader's ID or card data to send
    $i_data = /\b(necesitamos|requerimos|precisamos|necesito|preciso) (de )?(tu |su |seu |sua |o |a )?(rut|cuil|cuit|dni|cedula|cpf|rg|carnet)\b|\b(envie|mande|informe|passe|envia|enviame|envianos|mandanos|mandame|manda|indica|indicanos|proporciona|facilitanos|responde con|responda con|contesta con|contestanos con|respondenos con)( por este medio| aqui)? (seu |sua |o |os |a |tu |su |el |la )?(cpf|rg|dados do cartao|numero do cartao|codigo de seguranca|cvv|rut|cuil|cuit|dni|cedula|carnet|numero de (tu |su )?tarjeta|datos de (tu |su )?tarjeta|codigo de seguridad|foto (del|de tu|de su|do|da) (carnet|dni|cedula|documento|rg))\b|\b(tc kimlik|kimlik (numaranizi|bilgilerinizi|fotografinizi)|kart (numaranizi|bilgilerinizi)|numer karty|dane karty|pesel|datele cardului|numarul cardului|rakam el visa|ra2am el visa|rakam el sery|cvv|cvc)\b|(номер карты|данные карты|номер картки|дані картки|صورة الهوية|رقم الهوية|رقم البطاقة|الرقم السري)/
    // a warning, or a winner's own news
    // (the fee with a number to call instead of a payment: "pentru livrare achitati ..., sunati la 07...")
    $i_call = /\b(sunati|sunati-ne|suna-ne|apelati|apelati-ne|arayin|arayiniz|shkruani|telefononi|kaleste|tilefoniste)\b.{0,20}[0-9]|(позвоните|звоните|اتصل|καλ(έ|ε)στε|τηλεφων(ή|η)στε).{0,20}[0-9]/
    // Japanese: "you were chosen as the recipient of N million yen", a win decided, reply or call to receive
    $ja_won = /(受取人|受け取り人|当選者|受賞者|対象者)(に|として)(選ばれ|決定|選出)|当選(いたしました|されました)|ご当選(です|されました|いたしました)/
    $ja_sum = /[0-9] ?(万円|億円|円)|(万円|億円)/
    $ja_ask = /(返信|ご連絡|お電話|お問い合わせ|受け取り|受取手続|受け取る)/
    // Korean: a gift-voucher or event prize "won", and a 070 (internet-phone) number or an unknown link to call
    $ko_won = /(당첨되셨습니다|당첨되었습니다|당첨 ?되셨|당첨자로 (선정|확정)|당첨을 축하|에 당첨되어|이벤트 ?당첨|경품 ?당첨)/
    $ko_prize = /(상품권|경품|상금|현금|만원|기프트 ?카드)/
    $ko_070 = /\b070 ?-? ?[0-9]/
    // Japanese: a gift card or cash "won" ("当選しました", "当選のお知らせ") that an administrative fee, a transfer or a payment
    // releases ("事務手数料", "お振込み", "お支払い"); not "no fee" ("手数料無料")
    $ja_win2 = /(当選しました|当選となりました|当選が確定|に当選|当選のお知らせ|当選通知|当選者様|ご当選|当選されました|当選者に選ばれ|当選者として)/
    $ja_gift = /(ギフト券|ギフトカード|商品券|電子マネー|現金|賞金|万円|円分|賞品|景品|プレゼント|サイン入り|iphone|アイフォン)/
    $ja_fee = /(手数料|手続き費用|受取費用|登録料|お振込|お振り込み|振込|振り込み|お支払い|支払い|送金|送料|配送料|決済)[^.!]{0,60}(必要|お願い|ください|下さい|いただ|後|の上|次第|完了|でお届け|で発送|でお送り)/
    $ja_nofee = /(手数料|送料|費用)(は)?(無料|不要|かかりません|一切|0円|当社負担|弊社負担)/
    // Haitian Creole: the reader (or the reader's number) won a car, a motorbike or cash in a draw ("tiraj", "loto"), call now
    $ht_won = /\b(ou|w|nimewo (w|ou)|nimewo telefon (w|ou)|liy (w|ou)) (te |fin |deja )?genyen\b.{0,40}\b(machin|oto|motosiklet|moto|kob|lajan|goud|dola|kado|pri|gwo lo|premye pri|telefon|kay)\b|\b(ou|w|nimewo (w|ou)) (soti|se) (gayan|genyen|ganyan)\b|\bnimewo (w|ou) (soti|sorti|tonbe)\b/
    $ht_draw = /\b(tiraj|loto|lotri|bolet|konkou|pwomosyon|gwo lo)\b/
    $ht_ask = /\b(rele|kontakte|voye|peye|ekri)\b/
    $ht_own = /\b(mwen|m|nou) (te |fin )?genyen\b|\b(atansyon|vole|arnak|eskwo|manti|fo mesaj)\b/
    $jk_warn = /(詐欺|騙|注意|사기|조심|주의)/
    // The one small step in French, Darija, Lingala, Wolof, Tagalog, Indonesian, Malay, Thai, Khmer, Dutch, Danish and
    // English: the reader (or the reader's number) won a gift card, voucher, draw or prize ...
    $s_won = /\byou('ve| have)? (won|emerged (as )?(the |a )?winner)\b|\byour (number|mobile number|phone number|e-?mail( address)?|name|ticket) (has )?(won|emerged|been (selected|drawn|picked) as)\b|\bvous avez (gagne|remporte)\b|\btu as (gagne|remporte)\b|\bvotre (numero|ligne|adresse e-?mail|nom) (a (gagne|ete tire|ete selectionne)|est (gagnant|parmi les gagnants))\b|\b(rbe7ti|rba7ti|rb7ti|rbehti|rbahti)\b|\b(olongi|olongaki)\b|\b(yaa|yangi|danga|dangua) (gagne|gane|ganne|gagner)\b|\b(nanalo|nakapanalo|napanalunan|nabunot) (ka|kayo|po kayo|po ka|ang (iyong|inyong|number mo|numero mo))\b|\bwinner (ka|kayo|po kayo)\b|\b(anda|kamu|nomor anda|no anda|nombor anda|akaun anda|akun anda) (telah |resmi |sudah |berhasil |adalah |merupakan )?(memenangkan|memenangi|menang|mendapatkan hadiah|mendapat hadiah|pemenang)\b|(คุณเป็นผู้โชคดี|คุณถูกรางวัล|คุณได้รับรางวัล|คุณชนะ|បានឈ្នះ|ឈ្នះរង្វាន់|ទទួលបានរង្វាន់)|\b(u|je|jij) (heeft|hebt|bent)\b.{0,50}\b(gewonnen|de (gelukkige )?winnaar)\b|\b(du|de) (har )?(vundet|er (den heldige )?vinder(en)?)\b|\b(sie haben|du hast|ihre (handy|telefon|mobil)?nummer hat)\b.{0,50}\bgewonnen\b|\bihre (handy|telefon|mobil)?nummer (wurde|ist)( [a-z]{1,15}){0,4} (gezogen|ausgelost)\b|\b(sie sind|du bist) (der|die|unser|unsere) (gluckliche |glucklicher )?(gewinner|gewinnerin)\b|\b(du|ditt (telefon|mobil)?nummer) har (vunnit|dragits|blivit (dragen|draget|utvald|utvalt))\b|\bdu ar (var |den lyckliga |den lycklige )?vinnare(n)?\b|\bdit (telefon|mobil)?nummer (er|har) (blevet )?(udtrukket|vundet)\b|\bdu er (blevet )?udtrukket\b|\b(olet|numerosi|puhelinnumerosi|liittymasi) (voittanut|voitti|on voittanut|on arvottu)\b|\bsinut on arvottu\b|\bolet (onnekas )?voittaja\b|\buw (telefoon|mobiele )?nummer is( [a-z]{1,15}){0,3} (uitgeloot|getrokken)\b|\bu wint\b|\b(twoj|pana|pani) numer( telefonu)? (wygral|zostal wylosowany)\b|\bwygral(es|as)\b|\bnumaraniz\b.{0,60}\bkazan(di|mistir)\b|\bkazandiniz\b|\bvous gagnez\b|\bvotre numero a ete tire au sort\b/
    // ... and the step: a shipping, delivery or processing fee ...
    $s_fee = /\b(shipping|delivery|processing|handling|release|clearance|registration|courier|postage) (fee|fees|charge|charges|cost)\b|\bfrais (de |d')?(livraison|dossier|envoi|expedition|traitement|transfert|enregistrement|retrait|inscription|transport)\b|\b(biaya|ongkos) (admin|administrasi|pengiriman|kirim|proses|pajak|registrasi|pendaftaran|pencairan|materai|asuransi|klaim)\b|\bongkir\b|\bpajak hadiah\b|\b(yuran|caj|bayaran|kos) (pemprosesan|penghantaran|pos|pendaftaran|proses|admin|pentadbiran|cukai|insurans|pengeluaran)\b|(ค่าธรรมเนียม|ค่าจัดส่ง|ค่าส่งของรางวัล|ภาษีรางวัล|ค่าดําเนินการ|ค่าลงทะเบียน|ថ្លៃដឹកជញ្ជូន|ថ្លៃសេវា|ថ្លៃចុះឈ្មោះ|ថ្លៃដំណើរការ)|\b(verzendkosten|administratiekosten|verwerkingskosten|registratiekosten|bezorgkosten|servicekosten|inschrijfkosten)\b|\b(ekspeditionsgebyr|administrationsgebyr|behandlingsgebyr|leveringsgebyr|forsendelsesgebyr|fragtgebyr|gebyr)\b|\b(bearbeitungs|versand|liefer|zustell|verwaltungs|transfer)gebuhr\w{0,2}\b|\bgebuhr von\b|\b(avgift|avgiften|expeditionsavgift\w{0,2}|fraktavgift\w{0,2})\b|\b(kasittely|toimitus|lunastus|postitus|palvelu)maksu\w{0,3}\b|\boplat\w{1,3}\b|\bkoszt\w{0,2} (wysylki|przesylki|dostawy)\b|\b(kargo|teslimat|noter|vergi|islem|hizmet) (ucreti|ucretini|bedeli|bedelini|masrafi)\b|\b(payez|reglez|regler|payer) les frais\b/
    // ... or the reader's name, address or e-mail ...
    $s_data = /\b(send|reply with|provide|text|email|e-mail|forward|confirm|submit)( us| me| back)?( with)? (your|ur) (full )?(name|names|home address|address|delivery address|e-?mail( address)?|shipping details)\b|\b(envoyez|envoie|envoyer|communiquez|transmettez|indiquez|confirmez)(-nous|-moi| nous| moi)? (votre|ton|vos|tes) (nom|adresse|e-?mail|coordonnees)\b|\b(i-?send|ipadala|i-?text|ibigay|i-?reply|reply|send)\b.{0,20}\b(buong pangalan|pangalan|tirahan|full name|complete address)\b|\b(kirim|kirimkan|balas dengan|sertakan|lengkapi|hantar|hantarkan|berikan|sila berikan|isi)( data| maklumat)? (nama( lengkap| penuh)?|alamat|email|emel|e-?mel|data diri|no kp|nombor ic)\b|(ชื่อ-?นามสกุล|ที่อยู่จัดส่ง|แจ้งที่อยู่|ส่งที่อยู่|ផ្ញើឈ្មោះ|ឈ្មោះ និង អាសយដ្ឋាន|ឈ្មោះនិងអាសយដ្ឋាន)|\b(stuur|geef|mail|reageer met|antwoord met)( ons| mij)? (uw|je|jouw) (volledige )?(naam|adres|e-?mailadres|gegevens)\b|\b(send|oplys|skriv|svar med)( os| mig)? (dit|din|dine) (fulde )?(navn|adresse|e-?mail|mailadresse|oplysninger)\b|\btind(ela|el) (biso|ngai) kombo\b|\b(antworten|senden|schicken|nennen) sie (uns )?(mit )?(ihre[nmr]?) (e-?mail\w{0,8}|namen|adresse|bankverbindung|iban|ausweis\w{0,4})\b|\b(svara|skicka|ange|uppge)( oss)?( med)? (din|ditt|dina) (e-?post\w{0,6}|mejl\w{0,6}|namn|adress|personnummer|kontonummer|bankuppgifter)\b|\b(vastaa|laheta|ilmoita)\w{0,6} (sahkopostiosoitteesi|sahkopostiosoitteellasi|nimesi|nimellasi|osoitteesi|osoitteellasi|henkilotunnuksesi|tilinumerosi|pankkitietosi)\b|\bzdjeci\w{1,2} dowodu\b|\bnumer (konta|dowodu)\b|\b(podaj|wyslij|przeslij|odpisz)\w{0,3}( nam)? (swoj |swoje |swoja |twoj |twoje )?(adres e-?mail|e-?mail|imie|dane|pesel)\b|\b(tc kimlik|kimlik (bilgi|numara|fotokopi)\w{0,5}|iban)\b|\b(e-?posta|mail) adresinizi\b|\b(evet|onay) (yazin|yaziniz|yazip|gonderin)\b|\b(svara|svar|vastaa|antworten sie mit|antwoord met|odpisz|odpowiedz) "?(ja|kylla|tak)\b|\bsa tur (ak|and) sa (adresse|adres)\b/
    // ... or an "agent" to write to at an e-mail address
    $s_agent = /\b(agent|agen|ejen|officer|claims? (manager|department|desk)|coordinator|gestionnaire|responsable|medewerker|sagsbehandler)\b|(ตัวแทน|เจ้าหน้าที่|ភ្នាក់ងារ)/
    // the winner's own news, a joke, a warning
    $s_own = /\b(lol|haha|hahaha|wkwk|hehe|i won|we won|ik heb gewonnen|jeg har vundet|ich habe gewonnen|jag har vunnit|voitin|wygralem|wygralam|kazandim|betrug|bedrageri|huijaus|oszustwo|dolandirici\w{0,4}|scam|arnaque|penipuan|penipu|modus|oplichting|svindel|phishing|loko|manloloko|bid|auction|drop (it|them) off|bring it|pick (it|them) up|fantasy|the pool)\b|(ไม่หัก|ไม่มีค่า|มิจฉาชีพ|หลอกลวง|ការបោកប្រាស់)/
    // Czech, Slovak, Hungarian, Bulgarian, Croatian and Serbian (typed without diacritics, or in Cyrillic): the reader or
    // the reader's number won or was drawn in a shop's, a carrier's or a birthday or anniversary draw ...
    $ce_won = /\b(vyhral(a|i)? (jste|ste)|vyhral(a)? jsi|jste (vyhercem|vyherkyni|vyherce)|ste (vyhercom|vyhercem|vyherkynou)|stal(a|i)? (jste|ste) se (vyhercem|vyherkyni)|stal(a|i)? ste sa (vyhercom|vyherkynou)|(vase|vasi|tvoje) (telefonni |telefonne |mobilni |mobilne )?(cislo) (vyhralo|bylo (vylosovano|vybrano|vyzrebovane|vyzrebovano)|bolo (vyzrebovane|vybrane|vylosovane))|(byl|byla|byli|boli|bol|bola) (jste|ste) (vylosovan|vyzrebovan)\w{0,2}|on (nyert|nyerte|lett a (szerencses )?nyertes)|(on|az on) telefonszama (nyert|lett a nyertes)|(telefonszamat|ont) (kisorsoltak|sorsoltak ki)|nyerteskent (kisorsoltak|sorsoltak)|osvojili ste|osvojio si|osvojila si|(vas|tvoj) (broj|broj telefona|broj mobitela|telefonski broj) (je )?(izvucen|osvojio|dobitnik|pobijedio|pobedio)|(vi ste|postali ste|vi ste postali) (glavni |sretni |srecni )?dobitni(k|ca|ci))\b|(вашият номер (спечели|беше изтеглен)|вие спечелихте|спечелихте|вие сте (печелившият|щастливият печеливш|победител)|освојили сте|ваш (број|број телефона) (је )?(извучен|освојио|добитник)|ви сте (добитник|срећни добитник)|печелите (награда|подарък|ваучер|телефон)|наградата ви (очаква|чака)|избрани сте да получите)/
    // ... then the ask: a shipping or handling fee to pay, a transfer, the reader's name, ID number or account, "reply YES", a call
    $ce_fee = /\b(poplat\w{1,3}|postovne|postovneho|dobirk\w{1,2}|uhrad(it|te|a)|zaplat(it|te)|prevod\w{0,3} na ucet|(kiszallitasi|szallitasi|postazasi|kezelesi|ugyintezesi|atutalasi|feldolgozasi) (dij|dijat|koltseg|koltseget)|befizet\w{1,6}|fizesse|fizessen|utalja|utaljon|postarin\w{1,3}|trosk\w{1,5} (dostave|slanja|postarine)|naknad\w (za|dostave|obrade)|uplat(ite|iti|u)|uplatom)\b|(такса|таксата|платете|преведете|по сметка|наложен платеж|покриете|разходите за доставка|лв за доставка|лв доставка|лв\. доставка|за куриер|уплатите|уплатити|трошкове доставе|трошкови доставе|поштарин)/
    $ce_data = /\b(cislo (uctu|karty|op|obcanskeho)|rodne cislo|(zaslete|poslete|napiste|poslite|uvedte|pripojte)( nam| mi)? (vase |svoje )?(cele )?(jmeno|meno|adresu|cislo)|bankszamlaszam\w{0,4}|szamlaszam\w{0,4}|kartyaszam\w{0,3}|szemelyi (igazolvany|szam)\w{0,4}|adoazonosito\w{0,4}|(nevet|nevet es|nevet, cimet)|broj (racuna|kartice|licne karte|osobne iskaznice)|oib|jmbg|(posaljite|javite)( nam)? (ime|vase ime|puno ime))\b|(егн|три(те)? (си )?имена|номер на (сметка|карта|лична карта)|лична карта|јмбг|број рачуна|број картице|пошаљите (име|своје име))/
    $ce_yes = /\b(odpovez(te)?|odpovedz(te)?|odpiste|napiste) (slovem |slovom )?"?ano\b|\b(valaszoljon|valaszolj|irja vissza|irjon) (egy )?"?igen|\bigen-nel\b|\b(odgovorite|odgovori|posaljite|posalji) (sa )?"?da\b|(отговорете|изпратете) (с |със )?"?да([ .,!?"]|$)|(одговорите|пошаљите) (са )?"?да([ .,!?"]|$)/
    $ce_call = /\b(zavolejte|zavolajte|volejte|volajte|hivja|hivjon|hivja fel|nazovite|pozovite|javite se)\b|(обадете се|позвънете|позовите|јавите се)/
    // (the number to call written out, a premium or local one the phone counter does not read: "zavolejte na 906 ...")
    $ce_calln = /\b(zavolejte|zavolajte|volejte|volajte|hivja|hivjon|nazovite|pozovite)\b.{0,24}[0-9]|(обадете се|позвънете|позовите).{0,30}[0-9]/
    $ce_draw = /\b(soutez\w{0,3}|sutaz\w{0,3}|slosovani\w{0,2}|losovani\w{0,2}|zrebovani\w{0,2}|tombol\w{1,2}|vyrocn\w{1,3}|narozeninov\w{1,3}|narodeninov\w{1,3}|jubilejn\w{1,3}|sorsolas\w{0,3}|nyeremenyjatek\w{0,4}|jubileumi|szuletesnapi|szulinapi|evforduloj?\w{0,4}|nagradn\w{1,3} igr\w|izvlacenj\w|rodjendan\w{0,4}|rodendan\w{0,4}|jubilarn\w{1,3})\b|(томбол|лотари|юбилейн|рожден|наградн|извлачењ|рођендан|јубилар)/
    $ce_own = /\b(vyhral jsem|vyhrala jsem|vyhral som|vyhrala som|nyertem|osvojio sam|osvojila sam|haha|podvod\w{0,4}|csalas\w{0,3}|csalo\w{0,3}|prevar\w{1,3})\b|(спечелих[ .,!]|спечелих$|измам|превар|освојио сам|освојила сам)/
    // Chinese and written Cantonese: a prize the reader (or the reader's number) won in a shop's or a carrier's draw, then a
    // handling, shipping or tax fee to pay or transfer first, or the reader's name, ID card or bank account to reply with
    $zh_you_won = /(您|你|閣下|阁下).{0,72}(中奖|中獎|中咗|抽中|获奖|獲獎|得獎|得奖|等奖|等獎|幸运用户|幸運用戶|幸运客户|幸運客戶|幸运儿|幸運兒)/
    $zh_fee = /(手续费|手續費|运费|運費|邮费|郵費|快递费|快遞費|税金|稅金|个人所得税|個人所得稅|保证金|保證金|公证费|公證費|激活费|激活費|行政费|行政費|汇款|匯款|转账|轉帳|轉賬|过数|過數)/
    $zh_data = /(回复|回覆|覆返|提供|发送|發送|留低|填写|填寫).{0,24}(姓名|全名|身份证|身份證|银行卡|銀行卡|银行账|銀行帳|帐号|帳號|账号|賬號|卡号|卡號)/
    // (or a number to call to collect it: "请致电 ... 领取", "請致電 ... 領取獎品")
    $zh_call = /(致电|致電|来电|來電|打电话|打電話|拨打|撥打|回电|回電|call).{0,30}[0-9]/
    $zh_own = /(我中|我抽中|我都中|我贏|我赢|骗子|骗局|诈骗|騙子|騙局|詐騙|假的|小心)/
    $i_own = /\b(ganhei|gane|kazandim|wygralem|wygralam|am castigat|golpe|estafa|dolandirici\w{0,4}|oszust\w{0,4}|teapa|kkk|jaja|fitova|kerdisa|mashtrim\w{0,2}|apati)\b|(мошенн|шахра|احتيال|نصب|κ(έ|ε)ρδισα|απ(ά|α)τη)/
    // The reply-only or call-only ask after a shop's, a carrier's, a birthday or a holiday draw, or a tourism board's
    // lucky traveller (Polish, Romanian, Latvian, Estonian, Brazilian Portuguese, Latin American Spanish): the win,
    // more forms of it (the number drawn, Latvian and Estonian) ...
    $r_won = /\b((twoj|pana|pani|wasz) numer( telefonu)? (zostal )?(wylosowany|wygral|zostal wybrany)|zostal(es|as) (wylosowan\w|wybran\w) (w|do)|salio sorteado (tu|su) (numero|linea|celular)|(eres|es|usted es) el (viajero|turista|visitante|cliente) (afortunado|ganador|premiado)|(voce|vc) e o (viajante|turista|cliente) (sortudo|premiado|ganhador)|(jus|tu) (esat|esi) (laimejis|laimejusi|uzvaretajs|uzvaretaja)|jus (laimejat|esat izlozets|esat izlozeta)|(jusu|tavs) (talruna )?(numurs) (ir )?(izlozets|laimejis|uzvarejis)|(te|sa) (voitsite|voitsid)|teie (telefoni)?number (voitis|loositi|osutus voitjaks)|olete( [a-z]{1,12}){0,2} (voitja|voitnud))\b/
    // ... in a draw, a raffle or a shop's, carrier's, birthday or anniversary game ...
    $r_draw = /\b(sorteo|sorteado|sorteada|sorteio|rifa|loteria|tombola|tombolei|extragere|losowani\w{1,2}|loteri\w{1,2}|konkurs\w{0,2}|urodzin\w{1,3}|jubileusz\w{0,4}|aniversar\w{1,4}|cumpleanos|aniversario|promocao|promocion|turismo|izloz\w{1,4}|loterij\w{1,2}|dzimsanas dien\w{1,2}|jubilej\w{1,3}|loosimi\w{1,3}|loos\w{0,3}|sunnipae\w{1,3}|juubel\w{1,3}|auhind\w{0,3}|balv\w{1,2})\b/
    // ... and the ask: reply YES (TAK, DA, SI, SIM, JA, JAH), the name and the city, or a number to call
    $r_yes = /\b(odpowiedz|odpisz|wyslij|raspundeti|raspunde|trimiteti|trimite|responda|responde|contesta|conteste|envie|envia|atbildiet|atbildi|nosutiet|vastake|vasta|saatke)( [a-z-]{1,12}){0,2} "?(tak|da|si|sim|ja|jah)\b/
    $r_name = /\b(imie|imieniem|numele|nume|nombre|nome|vardu|nimi|nime)\b.{0,40}\b(miasto|miejscowosc|orasul|localitatea|ciudad|cidade|pilsetu|linn|linna|elukoht)\b/
    $r_call = /\b(llame|llamanos|llamenos|comuniquese|comunicate|marque|ligue|liga|zadzwon|dzwon|sunati|apelati|zvaniet|zvani|helistage|helista)\b.{0,24}[0-9]/
  condition:
    (($won and $fee and money_count > 0) or ($hajj and $lucky and $fee2 and (money_count > 0 or phone_count > 0 or contact_count > 0))
      // (the win beyond English, with the fee and its payment, or the data asked)
      or ($i_won and (($i_fee and ($i_pay or $i_call)) or $i_data) and not $i_own)
      // (the reply-only or call-only ask: the win in a draw, then "reply YES", the name and the city, or a number to call)
      or (($i_won or $r_won) and $r_draw and ($r_yes or $r_name or $r_call) and not $i_own)
      // (Japanese: a large sum the reader was "chosen" to receive, reply to claim; Korean: a voucher won, call a 070 line)
      or ($ja_won and $ja_sum and $ja_ask and not $jk_warn)
      or ($ja_win2 and $ja_gift and $ja_fee and not $ja_nofee and not $jk_warn)
      // (Haitian Creole: a car or cash won in a draw, and a call, a message or a fee)
      or ($ht_won and $ht_draw and ($ht_ask or phone_count > 0) and not $ht_own)
      or ($ko_won and $ko_prize and ($ko_070 or url_count > brand_link_count + named_url_count) and not $jk_warn)
      // (the one small step: the win, then a fee, the reader's name, address or e-mail, or an agent to e-mail)
      or ($s_won and ($s_fee or $s_data or ($s_agent and email_count > 0)) and not $s_own)
      // (Czech, Slovak, Hungarian, Bulgarian, Croatian, Serbian: the win, then a fee, the reader's data or "reply YES", or a
      // call about a draw to a number; Chinese and Cantonese: the win, then a fee or a transfer, or the reader's ID or account)
      or ($ce_won and ($ce_fee or $ce_data or $ce_yes or ($ce_call and $ce_draw and (phone_count > 0 or $ce_calln))) and not $ce_own)
      or ($zh_you_won and ($zh_fee or $zh_data or $zh_call) and not $zh_own and not contest_zh_brand_promo))
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule contest_prize_fee_wallet : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A lucky-draw prize (Umrah, a car, cash) released by a registration, delivery or service fee sent to a mobile wallet, from someone's number (romanised Urdu and Hindi, Sinhala, Pidgin; Nepali in Latin and Devanagari letters, Telugu, Tamil and Bengali: the lottery, the service or processing charge and 'pay'); Korean and Arabic: a prize you won, its tax or fee, transfer it first; a bKash or Nagad prize 'you won' (apni ... puroskar jitechen) with a fee to send (romanised Bangla); a JazzCash or Easypaisa 'inaam' addressed to the reader with a fee to send or deposit (romanised Urdu and Urdu)"
  strings:
    $won = /\b(mubarak|congratulations|congrats|(inami|inaam|inam) nikla|nikla hai|jeeta|jeeti|won|winner)\b/
    $fee = /\b(registration|delivery|processing|clearance|tax|release) (fee|fees|charges?|kharcha)\b/
    $send = /\b(bhejein|bhejen|bhej dein|bhejo|bhejiye|jama karwayen|jama karain|send|pay|transfer)\b/
    $wallet = /\b(easypaisa|easy paisa|jazzcash|jazz cash|bkash|nagad|rocket|momo|m-?pesa|gcash|paytm|phonepe|upi|ez ?cash|mcash)\b/
    // Sinhala: a prize (ත්යාග) and a registration fee (ගාස්තු) to a mobile wallet
    $si = /(ත්යාග|ත්යාග).{0,200}ගාස්තු/
    // Pidgin: "your line don win N200k, send N2,000 make I process am"
    $pidgin = /\b(don win|you win|line win|number win)\b.{0,60}\bsend\b.{0,30}\b(make i|to)\b/
    // Nepali (romanised and Devanagari), Telugu, Tamil, Bengali: a lottery or lucky draw "you won",
    // a service or processing charge, and "pay / send it" (eSewa, Khalti, bKash) or a number to call
    $lot = /\b(jitnu ?(bhayo|bhaeko|bhayeko|bhako)|jiteko (chha|cha|xa)|lucky draw ma|lucky draw maa|chitth?a ma|chitth?a (parnu|paryo|pareko))\b|(लक्की ड्र|लकी ड्र|लॉटरी|लटरी|चिठ्ठा|चिट्ठा|जित्नुभयो|जित्नु भयो|जित्नुभएको|లాటరీ|లక్కీ డ్రా|ప్రైజ్ మనీ|லாட்டரி|லக்கி டிரா|குலுக்கல்|பரிசுத் தொகை|பரிசு தொகை|লটারি|লটারী|লাকি ড্র)/
    $chg = /\b(service charge|sewa shulka|sewa sulka|shulka|sulka|processing (fee|charge)|dastur|charge (tirnu|pathaunu|pay))\b|(शुल्क|सर्भिस चार्ज|सर्विस चार्ज|दस्तुर|ఫీజు|రుసుము|ఛార్జ|கட்டணம்|প্রসেসিং ফি|রেজিস্ট্রেশন ফি|সার্ভিস ফি|সার্ভিস চার্জ|প্রসেসিং চার্জ|ডেলিভারি চার্জ|ফি বাবদ|চার্জ বাবদ|ভ্যাট|ট্যাক্স)/
    // Korean: "you have won (당첨되셨습니다) ... tax or fee ... transfer it first"; Arabic: "congratulations,
    // you won a prize ... to receive it ... a fee or a transfer"
    $ko_won = /(당첨되셨|당첨되었습니다|당첨자로 선정|당첨을 축하|당첨 축하|경품 ?당첨|이벤트 ?당첨)/
    $ko_fee = /(세금|제세공과금|수수료|배송비|보증금|등록비)/
    $ko_pay = /(송금|입금|이체|계좌로|보내주|납부)/
    $ar_won = /(مبروك|تهانينا|ربحت|فزت|ربح|فاز)/
    $ar_prize = /(جائزة|الجائزة|جائزتك)/
    $ar_fee = /(لاستلام|لإستلام|لاستلامها|لإستلامها|لاستلام جائزتك|لتسلم|للحصول على).{0,100}(رسوم|تحويل|حول|دفع|ادفع|سداد)/
    // romanised Bangla: "apni / apnar number ... puroskar jitechen / peyechen / nirbachito", a fee (or a "fee" in
    // taka) to send by bKash or Nagad ("pathan", "bikash korun"): a friend's own win is "jitechi"
    $bn_you = /\b(apni|apnar|apnake|aponi|aponar|apnader)\b/
    $bn_won = /\b(jitechen|jitechhen|jitesen|jitsen|peyechen|peyesen|pechen|nirbachito|bijoyi|bijoyee|bijayi)\b/
    $bn_prize = /\b(puroskar|puroshkar|purashkar|puraskar|purushkar|inam|upohar|lucky draw|lottery|lotari|lotteri)\b|[0-9] ?(taka|takar|tk|lakh|lac)\b/
    $bn_fee = /\b(fee|fees|charge|charges|khoroch|khorch|khorcha|vat|tax)\b/
    $bn_wallet = /\b(bkash|bikash|bikas|nagad|nogod|rocket|upay|ucash|sure ?cash)\b/
    $bn_send = /\b(pathan|pathiye (din|den|dite hobe)|pathate hobe|send (korun|koren|kore din)|(bkash|bikash|bikas|nagad|nogod|rocket|cash ?in|jama|pay|payment) (korun|koren|kore din|din|den|korte hobe)|dite hobe)\b/
    // romanised Urdu: "aap ka number ... inaam nikla hai / jeeta hai", a fee to send or deposit by JazzCash or
    // Easypaisa ("bhejein", "jama karwaein"); and the same in Urdu letters (two bytes each)
    $ur_you = /\b(aap|ap (ka|ki|ke|ko|ne)|aapka|apka|aapki|apki|aapke|apke|aapko|apko|aapne|janab|mohtaram|mohtarma)\b/
    $ur_prize = /\b(inaam|inam|inami|in'?aam|lucky draw|qura ?andazi|qurandazi|qurrah? andazi|prize)\b/
    $ur_won = /\b(jeeta|jeeti|jeete|jita|jiti|nikla|nikli|nikal aya|nikal aaya|muntakhib|mubarak|mubarik|selected|select (hua|ho)|lag gaya|laga hai)\b/
    $ur_fee = /\b(fee|fees|charges?|kharcha|tax)\b/
    $ur_wallet = /\b(easypaisa|easy paisa|easypesa|jazzcash|jazz cash|jazz|upaisa|sadapay|nayapay)\b/
    $ur_send = /\b(bhejein|bhejen|bhejain|bhej dein|bhej den|bhej kar|bhejni|bhejna|jama (karwaein|karwayen|karwain|karain|karen|karein|kar dein|kar den|karwa dein|karwa den|karwana|karana)|send (karein|karen|kar dein|karo)|transfer (karein|karen|kar dein)|ada (karein|karen|kar dein)|(easypaisa|easy paisa|jazzcash|jazz cash) (karein|karen|kar dein|karwaein|karo))\b/
    $urs_prize = /(انعام|لکی ڈرا|قرعہ اندازی)/
    $urs_fee = /(فیس|چارجز|ٹیکس)/
    $urs_wallet = /(جاز کیش|جازکیش|ایزی پیسہ|ایزی پیسے|ایزی پیسا|easypaisa|jazzcash)/
    $urs_won = /(جیت|نکلا|نکلی|مبارک|منتخب)/
    // the winner's own news, a joke, a warning
    $rom_mine = /\b(jitechi|jitlam|jitsi|maine|mene|humne|hum ne|lol|haha|hahaha|fraud|fake|scam|dhoka|dhokha|protarok|protarona|batpar)\b/
    $paynow = /\b(tirnu ?(hos|hola|parne|parchha|parcha|paryo|hunechha|hunecha)|tirnuhos|tirera|pathaunu ?(hos|hola|parne|parchha|parcha)|pathaunuhos|pathaera|e-?sewa|khalti|ime ?pay)\b|(तिर्नुहोस्|तिर्नु होस्|तिर्नुपर्ने|तिर्नु पर्ने|पठाउनुहोस्|पठाउनु होस्|भुक्तानी|इसेवा|खल्ती|చెల్లించ|పంపండి|కట్టండి|కట్టాలి|செலுத்த|அனுப்ப|পাঠান|পাঠিয়ে|পরিশোধ|জমা দিন|জমা করুন|বিকাশ|নগদ)/
  condition:
    (($won and $fee and $send and $wallet) or ($pidgin and money_count > 0) or ($si and $wallet)
     or ($lot and $chg and ($paynow or $wallet or phone_count > 0))
     or ($ko_won and $ko_fee and $ko_pay) or ($ar_won and $ar_prize and $ar_fee)
     or ($bn_you and $bn_won and ($bn_prize or money_count > 0) and $bn_fee and $bn_wallet and ($bn_send or phone_count > 0) and not $rom_mine)
     or ($ur_you and $ur_prize and $ur_won and $ur_fee and $ur_wallet and ($ur_send or phone_count > 0) and not $rom_mine)
     or ($urs_prize and $urs_won and $urs_fee and $urs_wallet and phone_count > 0))
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule contest_prize_id_ar : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "In Arabic: you won a prize in a draw, send your ID number, name or account to collect it"
  strings:
    $won = /(فزت|ربحت|الفائز|تم اختيارك|مبروك|تهانينا)/
    $prize = /(جائزة|الجائزة|درهم|ريال|دينار|السحب)/
    $send = /(أرسل|ارسل|زودنا|أرسلي|قم بإرسال).{0,40}(الهوية|هويتك|رقم الحساب|اسمك|بياناتك|الآيبان|ايبان)/
  condition:
    $won and $prize and $send and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule contest_quiz_device_prize : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "'Win a new iPhone, just answer 3 questions': the survey-prize lure (the questions lead to a card form)"
  strings:
    $win = /\bwin (a|an|the|your)( brand)?( new)? (iphone|samsung|galaxy|ipad|macbook|ps5|playstation|airpods|dyson|gift card|\$[0-9])/
    $quiz = /\b(answer|complete|take) ([0-9]|a few|three|two|some|our|this) (quick |short |simple )?(questions|survey|quiz)\b/
  condition:
    $win and $quiz and url_count > 0
}

rule contest_kbc_lottery : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "The KBC lottery: a SIM or number 'won' a lakh or crore prize of Kaun Banega Crorepati, claimed by calling a 'manager' (the show runs no lottery; English, romanised Hindi, Hindi and Nepali in Devanagari); or a lottery 'laga hai' released by a processing, registration or tax charge to deposit, 'tell no one', from someone's number (Hinglish, Hindi)"
  strings:
    $kbc = /\b(kbc|kaun banega crorepati)\b/
    $won = /\b(won|winner|winning|lucky draw|lottery|lucky number|jeeta|jeeti|inaam|prize)\b/
    // (Devanagari text often keeps the show's initials in Latin letters: "KBC की तरफ से ... लॉटरी लगी है")
    $kbc_dev = /(कौन बनेगा करोड़पति|कौन बनेगा करोड़पति|केबीसी|बधाई छ|बधाई हो|\bkbc\b)/
    $won_dev = /(लकी ड्रा|लक्की ड्र|लॉटरी|लाटरी|विजेता|इनाम|जीत|जित्नु)/
    // the ask: send, contact, call, the "lottery manager", "on this number", WhatsApp
    $ask_dev = /(भेजें|भेजे|भेजिए|संपर्क करें|कॉल करें|सम्पर्क|मैनेजर|मेनेजर|इस नंबर पर|व्हाट्सएप|व्हाट्सऐप|वॉट्सऐप)/
    // KBC named or not: a lottery that "fell" to the reader, a processing, GST or registration charge
    // to deposit first, and the secrecy ("kisi ko na batayein"): a winner's news does not come with a fee
    $hi_lot = /\b(lottery|lotri|lautri|lucky draw|jackpot|kbc|crorepati|karodpati)\b.{0,40}\b(lagi|laga|lag gayi|lag gaya|nikli|nikla|nikal|jeeta|jeeti|jeete|jita|jite|select|selected|chuna|chuni)\b/
    $hi_fee = /\b(processing|registration|gst|tax|tds|insurance|delivery|file|transfer|clearance|verification|service) ?(charge|charges|fee|fees|shulk|kharcha)\b/
    $hi_secret = /\bkisi (ko|se) (bhi )?(na|mat|nahi|nahin) (batayein|batayen|bataye|bataiye|bataen|batana|btana|batao|share)|\b(gupt|secret|confidential) (rakhein|rakhen|rakhe|rakhiye|rakhna)\b|\bkeep (it|this)( information)? (secret|confidential)\b/
    $hi_pay = /\b(jama|deposit|pay|transfer|bhejne|bhejna)\b ?(karne|karna|karein|karen|kijiye|kar dein|kar den|kar dijiye|karwa dein|karwayen|honge|hoga|hogi)\b/
    // addressed to the reader, for a lakh or crore prize (a friend's "chacha ki lottery lagi" is neither)
    $hi_you = /\b(aapke|aapka|aapki|aapko|aapne|apke|apka|apki|apko|aap ke|aap ka|aap ki|aap ko)\b/
    $hi_big = /\b[0-9]{1,3}(\.[0-9])? ?(lakh|lakhs|lac|crore|crores|karod)\b/
    $lot_dev = /(लॉटरी|लाटरी|लकी ड्रा|लक्की ड्रा|केबीसी|कौन बनेगा)/
    $you_dev = /(आपके|आपका|आपकी|आपको|आपने)/
    $big_dev = /(लाख|करोड़|करोड़)/
    $fee_dev = /(चार्ज|फीस|फ़ीस|शुल्क|टैक्स|जीएसटी)/
    $secret_dev = /किसी (को|से) (भी )?(न|ना|मत|नहीं) (बताएं|बताएँ|बताये|बताइए|बताना|बताओ)|(गुप्त|सीक्रेट) (रखें|रखे|रखिए|रखना)/
    $pay_dev = /(जमा करें|जमा करना|जमा कर दें|जमा करवाएं|जमा कराएं|भेजें|भेजने होंगे|भेजना होगा|पे करें|ट्रांसफर करें|भुगतान करें)/
  condition:
    ($kbc and $won and (phone_count > 0 or contact_count > 0 or url_count > 0))
    or ($kbc_dev and $won_dev and ($ask_dev or phone_count > 0 or url_count > 0))
    or ((($hi_lot and $hi_fee and $hi_you and $hi_big and ($hi_secret or $hi_pay))
        or ($lot_dev and $fee_dev and $you_dev and $big_dev and ($secret_dev or $pay_dev)))
      and sender_kind != "alpha" and sender_kind != "shortcode")
}

// India's insurance-bonus call-back: "I am Rajeev from SBI Life / LIC. Your old policy bonus 3,85,000 is pending since
// 2015. To release, pay GST charges 12,300. Call me back"; "aapki policy ka bonus pending hai, GST jama karein": an
// insurer releases a bonus or a maturity without a fee, and writes from its sender id
rule contest_insurance_bonus_fee : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "An Indian insurer (LIC, SBI Life, HDFC Life, the IRDAI ...) named on a policy bonus, maturity or refund pending or unclaimed, released by paying a GST, TDS or processing charge, call back, from a person's number (English, Hinglish)"
  strings:
    $ins = /\b(lic|sbi life|hdfc life|icici (pru|prudential)|max life|bajaj allianz|tata aia|kotak (life|mahindra life)|aditya birla|birla sun ?life|pnb metlife|reliance (life|nippon)|bharti axa|exide life|star union|future generali|aviva|canara hsbc|indiafirst|edelweiss tokio|shriram life|sahara (life|india life)|aegon|irda|irdai|insurance (company|department|dept|office|regulatory)|bima (company|vibhag|nigam))\b/
    $bonus = /\b(bonus|maturity|surrender value|fund value|policy (refund|amount|money|funds?)|policy (ka|ki) (paisa|raqam|rakam|amount|refund|fund)|refund (amount|of)|claim amount)\b/
    $pend = /\b(pending|unclaimed|matured|lapsed|stuck|on hold|atka|atki|atak|ruka|ruki|rukha|baki|baaki|due since|release (hone|karne|karwane|hoga|nahi))\b/
    $fee = /\b(gst|tds|cgst|igst)\b|\b(processing|file|service|clearance|release|stamp|noc|verification|income tax|tax) ?(charge|charges|fee|fees|duty|shulk|kharcha)\b/
    $pay = /\b(pay|paying|payment of|deposit|jama|bhejein|bhejiye|bhej dijiye|bhejna|bhejne|transfer)\b/
    // the agent's premium reminder, a maturity paid with TDS deducted
    $due = /\b(premium (is )?(due|overdue|payable)|renewal premium|due date|grace period|(tds|gst) (will be |is |has been )?(deducted|kata|katega|cut)|no need to pay)\b/
    // the policyholder or a relative telling of it, or a warning
    $mine = /\b(my|mera|meri|mere|hamari|hamara) (policy|bonus|lic|refund|maturity)\b|\b(fraud|scam|fake|farzi|thagi|dhokha|beware|papa|mummy|mumma|beta|bhaiya|didi|mom|dad)\b/
  condition:
    $ins and $bonus and $pend and $fee and $pay and not $due and not $mine
    and (phone_count > 0 or contact_count > 0)
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule contest_carrier_anniversary_prize : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A mobile carrier's anniversary promotion or lucky draw: your number 'won' a car or cash, call this number for delivery or send a fee, from someone's number (Robi, Grameenphone, Banglalink in romanised Bangla; Dialog, Mobitel in Sinhala and romanised Sinhala; MTN, Orange, Airtel, Glo, Moov in English, French of Cameroon and Cote d'Ivoire, Nigerian Pidgin, Hausa, Yoruba and Igbo; Jio, Airtel, Vodafone in Hindi); an Indian shopping site's lucky draw (Flipkart, Amazon, Meesho, Snapdeal, Shopsy, Naaptol): your name came up, you won a car (Tata Safari, Mahindra) or lakhs in cash, pay the registration or GST first or call this number (English, Hinglish, Hindi, Bengali); a carrier's or a promotion's 'you won' asking to send the code you just received to an agent (Digicel, Natcom, Claro: English, Haitian Creole, Spanish)"
  strings:
    $carrier = /\b(robi|grameen ?phone|gp|banglalink|teletalk|airtel|dialog|mobitel|hutch|mtn|orange|glo|moov|safaricom|vodacom|tigo|africell|9mobile|jio|vodafone|bsnl|flipkart|amazon|meesho|snapdeal|shopsy|naaptol|napptol)\b|(जियो|एयरटेल|वोडाफोन|बीएसएनएल|ඩයලොග්|මොබිටෙල්|එයාටෙල්|හච්|फ्लिपकार्ट|अमेजन|अमेज़न|मीशो|स्नैपडील|शॉप्सी|नापतोल|ফ্লিপকার্ট|অ্যামাজন|আমাজন|মীশো|মিশো|স্ন্যাপডিল|শপসি|নাপতোল)/
    // the anniversary or the draw ("borsho purti", "sangwathsaraya", "25e anniversaire")
    $promo = /\b(anniversary|anniversaire|borsho ?purti|bochor ?purti|barsho ?purti|barshiki|sangwathsar|sanwathsar|sanvathsar|sangvathsar|promo|lucky draw|lottery|raffle|tirage|tombola|jackpot|lucky (winner|customer)|bumper (draw|prize|inaam)|mega draw|inaam|inam)|(सालगिरह|සංවත්සර|ලොතරැයි|වාර්ෂික|लकी ड्रा|लक्की ड्रा|लॉटरी|इनाम|ईनाम|লাকি ড্র|লটারি|লটারী)/
    // the reader (or the reader's number) won: English, French
    $en_won = /\byou (have )?(won|emerged)[ !.,:;]|\byour ([a-z0-9]{1,10} )?(number|line|sim|mobile number|phone number|name) (has )?(won|emerged|been selected|was selected|been picked|was picked|been drawn|was drawn|come up|came up)\b|\byou (are|have been) (selected as )?(one of )?(the |our )?(lucky )?winners?\b/
    $fr_won = /\bvous avez (gagne|remporte)\b|\bvotre (numero|ligne|puce) ([a-z]{1,10} )?(a (gagne|remporte|ete (tire|tiree|selectionne|selectionnee|retenu|retenue))|est (gagnant|parmi les gagnants))\b|\bvous etes (l'un des |parmi les |le |l')?(heureux )?gagnants?\b/
    // romanised Bangla: "apni / apnar number ... jitechen" (the formal you; a friend's own win is "jitechi")
    $bn_you = /\b(apni|apnar|apnake|aponi|aponar)\b/
    $bn_won = /\b(jitechen|jitechhen|jitesen|jitsen|jiteche|jitechhe|peyechen|bijoyi|bijoyee|bijayi|nirbachito)\b/
    // Sinhala and romanised Sinhala: "obata / obage ankayata ... dinala" (a Sinhala letter is three bytes)
    $si_you = /\b(obata|obage|oyata|oyage)\b|(ඔබට|ඔබගේ|ඔබේ|ඔයාට|ඔයාගේ)/
    $si_won = /\b(dinala|dinuwa|dinum|dinumak|dinnu|dina atha|dinaa atha|himi ?wi|labila|jayagrahaka)\b|(දිනා|දිනුම්|දිනූ|දිනල|ජයග්රාහක|හිමි වී|හිමිවී)/
    // India's shopping-site draws: "aapka naam lucky draw me aaya hai", "aapne Tata Safari jeeti hai"
    // (the formal you: a friend writes "tera", "tumhara"); Hindi and Bengali in their letters (three bytes each)
    $in_won = /\b(aapka|apka|aap ka|aapke|apke|aap ke|aapki|apki) (naam|number|mobile number|mobile|order)\b.{0,40}\b(aaya|aya|aa gaya|nikla|nikal|select|selected|chuna|chun liya)\b|\b(aapne|aap ne|aap)\b.{0,30}\b(jeeta|jeeti|jeete|jeet (gaye|gye|liya|li|liye|chuke|chuki))\b|\baap (hi |ek )?(lucky )?(winner|vijeta) (hai|hain|bane|ho)\b|\b(aapko|apko)\b.{0,40}\b(inaam|inam|puraskar|uphaar) (me|mein|main|ke roop me)\b|(आपका|आपके|आपकी) (नाम|नंबर|मोबाइल नंबर|ऑर्डर).{0,90}(आया|निकला|चुना|चयन|सेलेक्ट)|(आपने|आप).{0,90}(जीत|विजेता)|(আপনার|আপনি|আপনাকে).{0,120}(জিতে|নির্বাচিত|বিজেতা|উঠেছে)/
    // someone telling of the draw as a fraud (the pitch does not call itself one)
    $in_warn = /\b(fraud|scam|farzi|fake|dhokha|thag|thagi|beware)\b|(फ्रॉड|फर्जी|धोखा|ठग|প্রতারণা|ভুয়া|স্ক্যাম)/
    // the prize: a car, a motorbike, a sum
    $prize = /\b(safari|mahindra|scorpio|thar|xuv|maruti|brezza|nexon|innova|creta|bolero|gaadi|cars?|vehicle|toyota|corolla|camry|jeep|suv|motorcycle|motorbike|motor ?cycle|bike|keke|tricycle|cash|millions?|naira|cedis|fcfa|cfa|voiture|vehicule|moto|somme|gari|taka|lakh|lakhs|crore)\b|\b(puroskar|puroshkar|purushkar|puraskar|thyag|tyag|thagga|laksh|rupiyal)|(ත්යාග|තෑගි|මෝටර් රථ|කාර්|ලක්ෂ|රුපියල්|මුදල්|स्मार्टफोन|बाइक|सफारी|महिंद्रा|महिन्द्रा|स्कॉर्पियो|गाड|लाख|करोड|नकद|সাফারি|মাহিন্দ্রা|গাড|লাখ|লক্ষ|টাকা|নগদ)/
    // call this number for delivery, or a delivery or registration fee to send
    $ask = /\b(call|contact|reach|whatsapp) (this|the|our|us on this) (number|line|office|agent|manager)|\b(for|about) (the |your )?(delivery|claim|collection|payout)\b|\b(delivery|registration|processing|clearance|vat|tax|gst|insurance) (details|fee|fees|charge|charges|shulk|kharcha)\b|\b(livraison|frais|depot|rappelez|retirer votre gain|recevoir votre (lot|gain|cadeau))\b|\b(call|kol|phone) (korun|koren|karanna|karanne)\b|\bjogajog (korun|koren)\b|\b(bkash|nagad|ez ?cash|mcash|pathan|amathanna|katha karanna)\b|(අමතන්න|කතා කරන්න|ඇමතුමක්|ඇමතුම් ලබා|සම්බන්ධ වන්න|ගාස්තු|कॉल करें|रजिस्ट्रेशन|पंजीकरण|जीएसटी|शुल्क|इस नंबर पर|রেজিস্ট্রেশন|জিএসটি|ফি জমা|চার্জ|এই নম্বরে)/
    // Nigeria's languages: the reader, the number or the line won (Hausa "lambar wayarka ta ci", "ka lashe"; Yoruba
    // "o jawe olubori", "nomba re ti yege", "o gba ebun"; Igbo "i meriri", "i meriela"; Pidgin "your number don win")
    $ng_won = /\b(ka|kin|ta|ya|kun|suka) (ci|lashe)\b|\b(ka|ta|kin) yi nasara\b|\b(jawe olubori|ti yege|gba ebun|meriri|meriela|imeriela|imeriri)\b|\b(you|u|una|number|line|sim) (don )?win\b|\bdon enter (the |our )?(lucky )?winners?\b/
    // the gift or prize (kyauta, ebun, onyinye, ihe nrite) or a sum in naira
    $ng_prize = /\b(kyauta\w{0,4}|ebun|onyinye|nrite|prize|winnings?|phone|car|cash|mota|babur|moto|ugbo ala|foonu|ekwenti|waya)\b|\bn[1-9][0-9]{0,2}[0-9,k]/
    // the lure: call, pay, buy or send a recharge card, receive the prize (Hausa kira, biya, turo katin, karbi;
    // Yoruba pe, san owo, ra kaadi, fi ... ranse; Igbo kpoo, kwuo ugwo, zuta kaadi, zite, nata; Pidgin)
    $ng_lure = /\b(kira|kiran|kpoo|kpotu|kan si|biya|turo|katin|kaadi|san owo|kwuo ugwo|zite|zuta|recharge|karbi|karbar|karba|nata|nweta|make we (release|transfer|activate|send))\b|\bfi [a-z0-9]{1,8} ?[a-z0-9]{0,8} ranse\b|\bpe( wa)?( ni| lori| si)? \+?[0-9]/
    $ng_warn = /\b(scam|fraud|fake|419|beware|damfara|jibiti|wayo|aghugho)\b/
    // the carrier's "you won", then "send the code you (just) received to our agent" (English, Haitian Creole, Spanish):
    // the code is the reader's own account or SIM code, handed to the thief
    $cc_carrier = /\b(digicel|natcom|flow|lime|claro|movistar|tigo|entel|bitel|altice|viva)\b/
    $cc_won = /\byou('ve| have)? won\b|\byour (number|line) (has )?(won|been selected|was selected)\b|\b(ou|w|nimewo (w|ou)|liy (w|ou)) (te |fin )?genyen\b|\b(ganaste|has ganado|usted gano|resulto ganador\w{0,2}|salio (sorteado|ganador))\b/
    $cc_code = /\b(send|forward|give|read|text)( us| me)? (the|that|this|your) (code|pin)( that)? (you|u) (just |have )?(received|got|get)\b|\b(code|pin)\b.{0,40}\bto (our|the|my) (agent|representative|rep|operator)\b|\b(voye|bay|li)( nou| m)? (kod|kod la|kod ou|kod sa|pin)\b.{0,40}\b(resevwa|jwenn|rive|ajan)\b|\b(envia|envie|enviar|enviame|envianos|envienos|dicta|dictanos|reenvia|reenvie|manda|mande|mandanos|mandenos)( nos| me)? (el|ese|este|su|tu) (codigo|pin)( que)? (recibiste|recibio|te llego|le llego|acabas de recibir|acaba de recibir|al agente)\b/
  condition:
    (($carrier and $promo and $prize
      and (any of ($en_won, $fr_won) or ($bn_you and $bn_won) or ($si_you and $si_won) or ($in_won and not $in_warn))
      and ($ask or phone_count > 0))
     // (Nigeria's languages and Pidgin: the win, a prize or a sum, a carrier or a promo, and a call, a card or a fee)
     or ($ng_won and $ng_prize and ($carrier or $promo or money_count > 0) and ($ng_lure or contact_count > 0) and not $ng_warn)
     // (French of Cameroon and Cote d'Ivoire: the carrier's winner, its prize, and a call, a deposit or a fee, no draw named)
     or ($fr_won and $carrier and $prize and ($ask or contact_count > 0))
     // (the carrier's or a promotion's win, then the code received to send to an agent)
     or ($cc_won and $cc_code and ($cc_carrier or $carrier or $promo)))
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule contest_philanthropist_giveaway
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A 'wealthy businessman' or philanthropist giving out grants or cash to lucky people: send your name and bank details to qualify (the advance fee follows); a famous pastor's office says God laid it on his heart to bless you with a sum, send your account details or sow a seed (Nigeria)"
  strings:
    $give = /\b(giving out|giving away|to give out|to give away|donating|sharing out)\b.{0,40}\b(grants?|cash|money|gifts?|empowerment|funds|[0-9]{1,3}k|[0-9]{1,3},000)\b/
    $details = /\b(send|text|provide|forward)( me| us)? (your )?(full )?(name|names|bank|bank details|account (number|details)|acct)( and| &|,)/
    // the famous pastor's office: God laid it on his heart to bless you with a sum; send your account or sow a seed
    $bless = /\b(laid|lay|put|placed) (it )?(on|in) (his|my|the man of god'?s?|daddy'?s?) heart\b|\b(led|instructed|directed|told|asked) (him|me|us|the man of god|daddy) to bless you\b|\b(to )?bless you with (the sum of |a sum of |an amount of )?(n|#|ngn|ksh|\$|₦)? ?[0-9]/
    $pastor = /\b(office of|secretary to|personal assistant to|p\.?a\.? to|pastor|bishop|apostle|prophet|evangelist|daddy g\.?o|general overseer|man of god|papa|ministry)\b/
    $seed = /\b(send|forward|provide|drop)( me| us)? (your )?(full )?(name|names|account (details|number)|acct (details|no|number)|bank details|bank name)\b|\bsow (a |your |this )?(seed|offering)\b|\bseed (of|offering)\b/
  condition:
    (($give and $details) or ($bless and $pastor and $seed)) and sender_kind != "alpha" and sender_kind != "shortcode"
}


rule contest_payment_app_giveaway
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A payment-app giveaway, flip or blessing: Cash App, Venmo, Zelle or PayPal money given away, reply or send your $cashtag, username or e-mail to enter or receive (US English)"
  strings:
    $app = /\b(cash ?app|venmo|zelle|paypal|chime)\b/
    $give = /\b(giveaways?|give ?away|giving (away|out)|flips?|flipping|blessings?|blessing [0-9]|bless(ing)? (you|someone|[0-9]{1,2} (people|lucky))|free (money|cash)|money drop|cash drop|winners? (picked|chosen|announced|selected|drawn))\b/
    $ask = /\b(reply|send|text|drop|dm|comment|leave|post|inbox|share)( me| us)?( back)?( with)? (your|ur|yo|their) (\$ ?cash ?tag|cash ?tag|\$ ?tag|cash ?app (name|tag|handle|username)|venmo|zelle|paypal|user ?name|handle|e-?mail)/
    // a friend settling up or sharing a win, and the brand's own sweepstakes with its official rules
    $own = /\b(pay (you|u) back|i owe (you|u)|owe me|(you|u) (paid|lent|covered|spotted)|i (just )?won|we (just )?won|no purchase necessary|official rules)\b/
  condition:
    $app and $give and $ask and not $own
    and sender_kind != "alpha" and sender_kind != "shortcode"
}


rule contest_award_nomination_fee
{
  meta:
    action = "junk"
    weight = 3.0
    description = "'You have been nominated for an award or honour': send your name and picture, then pay for the plaque, the dinner or the logistics (the award advance fee, English)"
  strings:
    $nom = /\b(nominated|shortlisted|nominee|nomination|selected for (the |an? |this year'?s )?([a-z]{1,14} ){0,3}(award|honou?r|recognition|doctorate))\b/
    $award = /\b(awards?|honou?rs?|honorary|merit|hall of fame|icon|ambassador|recognition|doctorate|laureate)\b/
    // what the nominee is asked to pay for: a real ceremony invites, it does not bill the honoree
    $cost = /\b(plaques?|award fee|nomination fee|processing fee|registration fee|logistics (fee|charge|cost)|dinner (fee|levy)|table fee|convocation fee|investiture fee|frame fee|publication fee)\b/
    $pay = /\b(pay|payment|paying|payable|transfer|deposit|contribute|contribution|balance|token)\b/
    $payfor = /\b(pay|payment|paying|token|contribute|contribution)( of [^ ]{1,12})? (for|towards) (the |your )?(plaque|dinner|award|frame|logistics|ceremony|magazine|certificate|publication|souvenir|honou?r)\b/
  condition:
    $nom and $award and ($payfor or ($cost and ($pay or money_count > 0)))
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule contest_lottery_ticket_play
{
  meta:
    action = "junk"
    weight = 3.0
    description = "An online lottery pushed by text, from business headers too: a jackpot of a crore or lakhs ('Lucky Crorepati'), a ticket for a few rupees, play or buy now or a link (Hinglish, English); a daily lottery's tickets sold by phone from a person's number: a ticket for a few rupees, a crore to win, results every day, call (English, Hinglish, Hindi, Bengali)"
  strings:
    $lot = /\b(jackpot|lottery|lotto|crorepati|karodpati|lucky draw|bumper draw|mega draw|daily draw)\b/
    $big = /\b[0-9]{1,2}(\.[0-9])? ?(crore|crores|cr|karod|karor|lakh|lakhs|lac)\b/
    // the cheap ticket: "ticket sirf Rs 49", "ticket price ₹99", "₹49 ka ticket"
    $ticket = /\btickets? (sirf|only|just|matra|keval|price|@|at|for|bas)? ?(rs\.? ?|₹ ?|inr ?)?[1-9][0-9]{0,2}\b|(rs\.? ?|₹ ?)[1-9][0-9]{0,2} (ka|ki|me|mein|mai|main|only|per|wala) ?(ticket|tikat)\b|\b(ticket|tikat) (ki|ka) (keemat|kimat|price|daam)\b/
    $play = /\b(play now|play today|khelo|khelein|kheliye|abhi khel|buy now|kharido|kharidein|kharide|download|install|join now)\b/
    // sold by phone: a ticket bought for a few rupees (or taka), a crore to win, results every day, a
    // number to call (English and Hinglish above; Hindi and Bengali in their letters, three bytes each)
    $buy = /\b(buy|purchase|book|order|kharido|kharidein|kharide|khariden|kharidiye|le lo|lijiye|lein)\b/
    $daily = /\b(results? (daily|every ?day|roz|rozana|har din|3 times|twice)|daily (results?|draws?|lottery|lotteries)|(roz|rozana|har din) (ka )?(result|draw|khulta|khulega|nikalta)|(morning|evening|night|day) draws?|[0-9]{1,2} ?(am|pm|baje) (draw|result|ka result))\b/
    $ticket2 = /\b(lottery|lotto|jackpot) tickets? (for |at )?(only |just |sirf |matra )?(rs\.? ?|₹ ?|inr ?)?[1-9][0-9]{0,2}\b|\btickets? (for|at|of) (only |just )?(rs\.? ?|₹ ?|inr ?)[1-9][0-9]{0,2}\b/
    $hi_lot = /(लॉटरी|लाटरी|लोटरी|जैकपॉट)/
    $hi_ticket = /(टिकट|टिकेट).{0,60}(रुपये|रुपए|रुपया|रु\.?|₹|rs)|(रुपये|रुपए|रु\.?|₹|rs).{0,30}(टिकट|टिकेट)/
    $hi_big = /(करोड़|करोड|लाख)/
    $hi_daily = /(रोज़ाना|रोजाना|रोज़|रोज |प्रतिदिन|हर दिन|डेली|दैनिक)/
    $bn_lot = /(লটারি|লটারী|লোটারি|লটারির|লটারীর)/
    $bn_ticket = /(টিকিট|টিকেট).{0,60}(টাকা|₹|rs)|(টাকা|₹|rs).{0,30}(টিকিট|টিকেট)/
    $bn_big = /(কোটি|লাখ|লক্ষ)/
    $bn_daily = /(প্রতিদিন|রোজ|দৈনিক|ডেইলি|প্রত্যেক দিন)/
    // a family's own ticket
    $lot_mine = /\b(bought|i buy|li|liya|kharida|kharidi|lol|haha|papa|mummy|mom|dad|bhai|yaar)\b|(पापा|मम्मी|खरीदा|लिया|বাবা|কিনেছে|কিনেছি|কিনলাম)/
  condition:
    $lot and $ticket and $big and ($play or url_count > 0)
    or (sender_kind != "alpha" and sender_kind != "shortcode" and (phone_count > 0 or contact_count > 0) and not $lot_mine
      and (($lot and ($ticket or $ticket2) and $big and ($daily or $buy))
        or ($hi_lot and $hi_ticket and $hi_big and $hi_daily)
        or ($bn_lot and $bn_ticket and $bn_big and $bn_daily)))
}

rule contest_aid_fee : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Aid, a grant or a free trip the reader was 'selected' or listed for by an official, a programme or a foundation, released by a processing, administration or registration fee, or a fee 'to reserve your name' (English, French, Moroccan Darija, Lingala, Wolof, Tagalog, Indonesian, Malay, Thai, Khmer, Dutch, Danish)"
  strings:
    // the aid: a grant, relief, a social programme, a free trip or pilgrimage
    $aid = /\b(grants?|relief (fund|package|grant|assistance)|financial (aid|assistance|support)|cash (assistance|grant|support|transfer)|palliative|empowerment (fund|grant|programme|program)|stipend|free (trip|tour|travel|pilgrimage|hajj|umrah|holiday)|aide (financiere|sociale|humanitaire|alimentaire|de l'etat|du gouvernement)|subvention|don (de|d')|filets sociaux|transfert monetaire|voyage (gratuit|offert)|pelerinage (gratuit|offert)|mosa3ada|musa3ada|mousa3ada|da3m|lisungi|lisalisi|ndimbal|ayuda|tulong pinansyal|financial assistance|4ps|dswd|aics|bansos|bantuan( sosial| langsung| tunai| dana| pemerintah| umkm| kerajaan| khas| rakyat)?|blt|pkh|bpnt|prakerja|santunan|(umroh|umrah|haji|wisata|percutian|lawatan) (gratis|percuma)|sumbangan|geran|str|bkm|subsidie|toelage|tegemoetkoming|noodfonds|gratis reis|tilskud|stotte|hjaelpepakke|legat|gratis rejse)\b|(เงินช่วยเหลือ|เงินเยียวยา|เงินสงเคราะห์|ทุนช่วยเหลือ|เที่ยวฟรี|ทัวร์ฟรี|ជំនួយ|ឧបត្ថម្ភ|ដំណើរកម្សាន្តឥតគិតថ្លៃ)/
    // the reader chosen or listed
    $sel = /\byou (have been|were|are|have|just) (been )?(selected|shortlisted|approved|chosen|listed|enrolled|qualified|eligible)\b|\byour name (has been|was|is|appeared|appears|came out) (selected|shortlisted|approved|listed|submitted|on the list|among)\b|\b(vous avez ete|tu as ete) (retenu|retenue|selectionne|selectionnee|choisi|choisie)\b|\bvotre nom (a ete|figure|est) (retenu|sur la liste|selectionne|inscrit)\b|\bvous (etes|faites) (parmi|partie des) (les )?beneficiaires\b|\bvous etes beneficiaire\b|\b(tkhtarti|tekhtarti|smitek|smiytek)\b|\b(kombo na yo|bapona yo|oponami)\b|\b(sa tur|tannees|tann nanu la|tanne nanu la)\b|\b(napili ka|napili po kayo|kasama ka sa|kasama ang (iyong |inyong )?pangalan|qualified (ka|po kayo)|benepisyaryo|beneficiary)\b|\b(anda|nama anda|nik anda|kamu) (telah |sudah |resmi )?(terpilih|dipilih|terdaftar|lolos|berhak|layak|disenaraikan|diluluskan|ditetapkan)\b|\b(calon penerima|penerima bantuan)\b|(ได้รับสิทธิ์|มีสิทธิ์รับ|ได้รับการคัดเลือก|ผ่านการคัดเลือก|មានឈ្មោះ|ត្រូវបានជ្រើសរើស)|\b(u bent|je bent|jij bent) (geselecteerd|uitgekozen|gekozen|goedgekeurd)\b|\buw naam (staat|is geselecteerd)\b|\bdu er (blevet )?(udvalgt|godkendt|berettiget|valgt)\b|\bdit navn (er|star) pa\b/
    // the fee: processing, administration, registration, or "to reserve your name"
    $fee = /\b(processing|administration|administrative|admin|registration|documentation|form|reservation|booking|activation|verification|enrollment|enrolment|clearance|release) (fee|fees|charge|charges)\b|\bto (reserve|secure|book|hold) (your|ur) (name|slot|seat|spot|place)\b|\bfrais (de |d')?(dossier|traitement|inscription|enregistrement|administration|reservation|ouverture|validation|confirmation)\b|\bfrais administratifs\b|\bpour (reserver|garder|valider) (votre|ton) (nom|place)\b|\b(bayad sa (processing|pagproseso|pag-?proseso|registration|reservation)|reservation fee|membership fee)\b|\b(biaya|uang) (admin|administrasi|pencairan|pendaftaran|registrasi|materai|proses|verifikasi|aktivasi)\b|\b(yuran|caj|bayaran|kos) (pemprosesan|pendaftaran|proses|admin|pentadbiran|pengesahan|tempahan)\b|(ค่าธรรมเนียม|ค่าดําเนินการ|ค่าลงทะเบียน|ค่าเอกสาร|ค่าจองสิทธิ์|ค่ามัดจํา|ថ្លៃសេវា|ថ្លៃរដ្ឋបាល|ថ្លៃចុះឈ្មោះ|ថ្លៃឯកសារ|កក់ឈ្មោះ)|\b(administratiekosten|verwerkingskosten|dossierkosten|registratiekosten|inschrijfkosten|reserveringskosten|behandelkosten)\b|\b(ekspeditionsgebyr|administrationsgebyr|behandlingsgebyr|registreringsgebyr|reservationsgebyr)\b/
    // a relative's collection for a family event, a warning
    $family = /\b(funeral|burial|wake|lamay|burol|tahlilan|birthday|kaarawan|wedding|kasal|nikahan|pernikahan|reunion|tito|tita|lola|lolo|auntie|uncle|tante|oom|our family|my family|mariage|bapteme|deuil|scam|arnaque|penipuan|hoax|oplichting|svindel|fake|modus)\b|(มิจฉาชีพ|หลอกลวง|งานศพ|งานแต่ง|បុណ្យសព|មង្គលការ)/
  condition:
    sender_kind != "alpha" and sender_kind != "shortcode" and not $family
    and $aid and $sel and $fee
}

rule contest_charity_personal_wallet : phishing
{
  meta:
    action = "junk"
    weight = 2.0
    description = "A charity, foundation, orphanage or disaster appeal from someone's number that collects into a personal wallet or account number (GCash, DANA, TNG, PromptPay, ABA, Wave, M-Pesa ...) or a named account holder, with a number or a sum (weak alone: the text model decides; Tagalog, Indonesian, Malay, Thai, Khmer, French, Dutch, Danish, English)"
  strings:
    // the charity: an appeal for victims, an orphanage, a foundation ...
    $char = /\b(donations?|donate|charity|foundation|orphanage|orphans|flood victims|fire victims|typhoon victims|sinalanta|nasalanta|bagyo|donasi|yayasan|panti asuhan|korban (banjir|gempa|bencana)|derma|rumah anak yatim|anak yatim|tabung|fondation|orphelinat|sinistres|dons|stichting|weeshuis|indsamling|bornehjem)\b|(บริจาค|มูลนิธิ|สถานเด็กกําพร้า|សប្បុរសធម៌|មណ្ឌលកុមារកំព្រា|បរិច្ចាគ)/
    // ... collected into a personal wallet or account: the wallet named with a number, or a person's name on it
    $wal_name = /\b(a\.?n\.?|atas nama|account name|acct name|nom du compte|au nom de)\b/
    $wal = /\b(gcash|maya|paymaya|dana|ovo|gopay|shopeepay|tng|touch ?n ?go|duitnow|truemoney|promptpay|aba|wing|wave|orange money|m-?pesa|airtel money|mobilepay|tikkie)\b.{0,30}[0-9][0-9]|(พร้อมเพย์|ทรูมันนี่|เลขบัญชี).{0,40}[0-9][0-9]/
    $family = /\b(funeral|burial|wake|lamay|burol|tahlilan|birthday|kaarawan|wedding|kasal|nikahan|pernikahan|reunion|tito|tita|lola|lolo|auntie|uncle|tante|oom|our family|my family|mariage|bapteme|deuil|scam|arnaque|penipuan|hoax|oplichting|svindel|fake|modus|our church|our parish|our class|batch|alumni)\b|(มิจฉาชีพ|หลอกลวง|งานศพ|งานแต่ง|បុណ្យសព|មង្គលការ)/
  condition:
    sender_kind != "alpha" and sender_kind != "shortcode" and not $family
    and $char and ($wal or ($wal_name and (phone_count > 0 or money_count > 0)))
}

rule contest_win_claim_eu : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Your number drawn or you won a prize, or an inheritance from a relative, with 'reply YES to confirm', your ID, bank details, the tax or shipping first, or a notary or lawyer to contact (Turkish, Arabic, German, Nordic, Finnish, Dutch, French, Italian, Spanish, Portuguese, Polish)"
  strings:
    $win = /\b(gewonnen|gewinner|ausgelost|gezogen|gewinnspiel|verlosung|vunnit|vundet|vunnet|vinnare|vinder|vinner|utlottning|lodtraekning|lodtrakning|trekningen|drogs|dragits|trukket|voittanut|voittaja\w{0,3}|arvottiin|arvottu|arvonnassa|winnaar|getrokken|uitgeloot|loterij|gagne|gagnant|tire\(?e?\)? au sort|tirage|tombola|hai vinto|vince|vincitore|estratto|lotteria|ganaste|gano|ganado|ganador|sorteado|sorteo|ganhou|vencedor|ganhador|wygral\w{0,3}|wygrana|wygranej|zwyciezca|wylosowany|loteri\w{0,2}|kazandi\w{0,3}|kazanan|cekilis\w{0,4}|ikramiye|erbe|erbschaft\w{0,4}|nachlass\w{0,3}|arv|arvet|arven|arvinge|arving|arvesak|arvsarende|erfenis\w{0,4}|erfgenaam|heritage|heritier|succession|eredita|erede|herencia|heredero|heranca|herdeiro|spadek|spadkobierca|spadkowa|miras\w{0,3}|mirasci)\b|(perinno|perinto|perillise|cekilis|numaraniz)|(فزت|فائز|الفائز|كسبت|رقمك|اختيارك|للفوز|ميراث|ورثة)/
    $claim = /\b(antworten sie|antworte|svara|svar|vastaa|antwoord|repondez|rispondi|responda|odpowiedz|yazin)( mit| med| met| con| com| avec)? "?(ja|kylla|oui|si|sim|tak|evet)\b|\b(ausweis\w{0,3}|id-?en|id|piece d'identite|documento d'identita|ine|rg|dowodu|kimlik|evet yaz\w{0,3})\b|(henkilollisyystodistu|sahkopost|lakimie|asianajaja|tilitie|kontoopplysning|notariusz|prawnik|avukat|advokat)|\b(steuer|skatt|skatten|vero|belasting|taxes|tasse|impuestos|impostos|podatek|vergi\w{0,2}|versandkosten|fraktavgift\w{0,3}|fragtgebyr\w{0,3}|fraktgebyr\w{0,3}|toimitusmaksu|verzendkosten|frais de livraison|spese di spedizione|envio|frete|wysylke|kargo ucreti)\b|\b(kontodaten|kontouppgifter|kontooplysninger|kontoopplysning\w{0,4}|tilitie\w{0,4}|rekeninggegevens|coordonnees bancaires|coordinate bancarie|datos bancarios|dados bancarios|dane konta|iban)\b|\b(notar|notaris|notaire|notaio|notario|notariusz\w{0,3}|noter|advokat\w{0,3}|asianajaja\w{0,2}|lakimie\w{0,4}|jurist|advocaat|avocat|avvocato|abogado|advogado|prawnik\w{0,3}|avukat\w{0,3}|anwalt)\b|\b(rufen sie uns|ring oss|ring til os|soita meille|bel ons|appelez-nous|chiamaci|llamenos|ligue para nos|zadzwon do nas|arayin|e-?mail|e-post|mejla|mailem|mailowo|pa mail|paa mail|mail ons|mail us|send os|send oss|skicka|laheta|stuur|wyslij|gonderin|schicken sie|senden sie|envoyez|inviaci|envianos|mandanos|mande|por correo|par mail|per mail|per e-mail)\b|(ارسل|ابعت|الهوية|رقم حسابك|المحامي|الضريبة|الشحن|اتصل|تواصل|كلمنا|رد بنعم)/
    $own = /\b(ich habe|jag har|vann jag|jeg har|jeg vant|jeg vandt|vi fikk|vi fik|ik heb|ik won|j'ai|ho vinto|he ganado|gane|eu ganhei|wygralem|wygralam|kazandim|voitin|voitimme|avo|avo|bestemor|bestemors|mormor|farmor|oma|opa|nonna|nonno|abuela|abuelo|babcia|dziadek|babaanne|anneanne|my (gran|grandma|grandpa|aunt|uncle))\b|(لاخوك|اخوك|اخويا|ابويا|جدي|جدتي)/
  condition:
    $win and $claim and not $own
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

// The CIS and Caucasus prize claim: your number, card or deposit won a shop's or bank's anniversary draw, a lottery or a
// Telegram channel's contest (a car, a phone, a sum), and a way to receive it: "to receive the prize" or a call, a reply
// or a chat handle with a number or a link (Russian, Ukrainian, Belarusian, Kazakh, Uzbek, Georgian, Armenian,
// Azerbaijani). A shop's own bonus notice comes from its sender id; a person's own win says "I won".
rule contest_cis_prize_claim
{
  meta:
    action = "junk"
    weight = 2.6
    description = "Your number, card or deposit won a draw, lottery, promotion or channel contest (a car, a phone, a sum), and a way to receive it: to receive the prize, call, reply YES or write, with a number, a link or a handle (Russian, Ukrainian, Belarusian, Kazakh, Uzbek, Georgian, Armenian, Azerbaijani)"
  strings:
    $won = /(выиграли|выиграл|выигрыш|победител|победил|выпал в|виграли|виграв|виграш|переможц|переміг|выйграў|выйгралі|выйгрыш|пераможц|ұтып ал|ұттыңыз|жеңімпаз|ютиб ол|ютдингиз|ютуқ|ғолиб|მოიგეთ|გაიმარჯვ|გამარჯვებულ|შահ|շահել|հաղթել|հաղթող)|\b(yutib ol\w{0,6}|yutdingiz|yutuq\w{0,4}|g.?olib\w{0,4}|qazandin\w{0,4}|qalib)\b/
    $claim = /((для|чтобы|чтоб) (получени|получить|забрать)|для отриманн|щоб (отримати|забрати)|каб атрымаць|для атрыманн|алу үшін|олиш учун|მისაღებად|ստանալու համար)|\b(olish uchun|almaq ucun)\b/
    $prize = /(приз|подар|автомобил|смартфон|iphone|сертификат|прыз|жүлде|сыйлық|совриг|соврин|პრიზ|საჩუქ|მრცანაკ|մրցանակ|նվեր)|\b(sovrin\w{0,6}|h(e|ə)diyy(e|ə)\w{0,4}|m(u|u)kafat\w{0,4}|avtomobil|iphone)\b/
    $ask = /(позвоните|звоните|свяжитесь|напишите|ответьте|перейдите|зателефонуйте|зв.яжіться|напишіть|відповідайте|перейдіть|адкажыце|пазваніце|хабарлас|өтіңіз|жазыңыз|жавоб беринг|ёзинг|дарეკეთ|დარეკეთ|მოგვწერეთ|გადადით|პასუხ|զանգահարեք|գրեք|պատասխանեք|անցեք)|\b(qo.?ng.?iroq qiling|yozing|javob bering|z(e|ə)ng edin|yazin|daxil olun|telegram|whatsapp)\b/
    $own = /(я выиграл|я выиграла|мы выиграли|я виграв|я виграла|ми виграли|мошенн|шахра|развод)/
  condition:
    $won and ($claim or $ask) and ($prize or $claim)
    and ($claim or phone_count > 0 or url_count > 0 or $ask)
    and not $own
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

// The carrier's "free data" or "free airtime" gift (Kenya, Tanzania, Uganda): free gigabytes, bundles or credit
// "from Safaricom, Airtel, Vodacom", claimed on a link the carrier does not own or by dialling a call-forwarding code
// (*21*<number>#, which hands the reader's calls and codes to the sender). The carrier's own notice names no stranger's
// link; a friend asks for bundles; a warning names the fraudsters.
rule contest_free_data_bundle : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Free data, bundles or airtime 'from the carrier' (Safaricom, Airtel, Vodacom, Tigo, MTN) to claim on a link the carrier does not own, from a person's number or with a disguised link, or by dialling a call-forwarding code (Swahili and Sheng: 'GB za bure, bofya hapa', 'wanapeana bundles za bure, claim hapa', 'piga *21*...#')"
  strings:
    $free = /\b(gb|mb|data|bundles?|bando|kifurushi|vifurushi|airtime|credit|dakika|internet)\b.{0,30}\b(za bure|ya bure|la bure|bure|free)\b|\b(bure|free)( [a-z]{1,10}){0,2} (gb|mb|data|bundles?|bando|kifurushi|airtime|credit)\b|\b[0-9]{1,3} ?gb (za |ya )?(bure|free)\b/
    $carrier = /\b(safaricom|airtel|vodacom|tigo|yas|halotel|telkom|mtn|zantel|ttcl|ethio ?telecom)\b/
    $claim = /\b(bofya|bonyeza|claim|dai|kudai|ingia|jaza|fungua|pokea|kupokea|kuzipokea|chukua|kuchukua|click|gusa)\b/
    // a call-forwarding code: *21*<number>#, **21*, *62*, *67*
    $fwd = /\*{1,2}(21|61|62|67|002|004)\*\+?[0-9]/
    $own = /\b(nitumie|nimeisha|nitakurudishia|jihadhari|matapeli|tapeli|utapeli|haitakuomba|usibofye)\b/
  condition:
    $free and $carrier and not $own
    and (($fwd and sender_kind != "alpha" and sender_kind != "shortcode")
      or ($claim and url_count > brand_link_count + platform_url_count
        and ((sender_kind != "alpha" and sender_kind != "shortcode") or brand_mismatch_count > 0 or deceptive_url_count > 0)))
}

// Money "waiting" at Western Union or MoneyGram that a release, clearance, tax or receiving fee must free first:
// a transfer is collected with an ID and its number, its fee paid by the sender. A relative's "I sent you ... the MTCN
// is" asks nothing; a bank's credit notice comes from its sender id.
rule contest_money_transfer_release_fee : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A Western Union or MoneyGram transfer said to be waiting, pending, held or sent in your name, freed only after a release, clearance, activation, tax or receiving fee is paid (English, Swahili and Sheng, Amharic in Ge'ez script and romanised)"
  strings:
    $mto = /\b(western union|westernunion|moneygram|money gram|ria money transfer|worldremit|world remit|mtcn)\b|(ዌስተርን ዩኒየን|ዌስተርን ዩኒዬን|ዌስተርን|መኒግራም|ማኒግራም|ሞኒግራም)/
    // the money waiting: pending, on hold, ready, unclaimed, sent to you or in your name
    $en_wait = /\b(waiting|awaiting|pending|on hold|unclaimed|held|blocked|stuck|ready (at|for (pickup|collection)|to be (collected|picked up))|(has been |was )?sent (to you|in your name|via|through)|in your name|your (payment|funds|fund|transfer|money|compensation|inheritance|winnings))\b/
    $en_fee = /\b(release|clearance|activation|receiving|stamp duty|unlock|delivery|pickup|processing|registration|tax|insurance|redemption|security|approval|handling|conversion) (fee|fees|charge|charges|cost|costs)\b|\b(pay|send|paying|deposit)( a| the| your| only)? (\$|usd ?|£|€)?[0-9]/
    $sw_wait = /\b(zinazokusubiri|inakusubiri|zinakusubiri|yanayosubiri|umetumiwa|imekwama|zimekwama|zimezuiliwa|imezuiliwa|imefika|umefika|iko tayari|ziko tayari|kwa jina lako)\b/
    $sw_fee = /\b(ada|gharama|kodi|clearance fee|release fee)\b/
    $sw_pay = /\b(lipa|lipia|ulipie|ulipe|tuma|itumwe|lipwe)\b/
    $sw_amt = /[0-9] ?(dola|dollar|dollars|usd|ksh|tsh|bob|k)\b|\b(dola|ksh|kes|tsh|usd) ?[0-9]/
    // Amharic (a letter is three bytes: no \b): sent to you, held or waiting, and birr to send or pay first
    $am_wait = /(ተልኮልዎታል|የተላከልዎ|እየጠበቀዎት|ተይዟል|ታግዷል|ደርሶዎታል|ተልኮልሃል|ተልኮልሻል)|\b(tilkolwotal|tilkolihal|tekilkolwotal)\b/
    $am_pay = /(ይላኩ|ይክፈሉ|በመላክ)|\b(yikfelu|yilaku)\b/
    $am_amt = /[0-9] ?(ብር|birr\b)/
    // the writer's own transfer, or a relative's
    $own = /\b(i sent|i've sent|i have sent|sent you|i paid|my side|nimekutumia|amenitumia|ilikuwa|upande wake)\b|(ልኬልሻለሁ|ልኬልሃለሁ|ልኮልኛል|እቀበላለሁ)/
  condition:
    $mto and not $own
    and (($en_wait and $en_fee and money_count > 0)
      or ($sw_wait and $sw_fee and $sw_pay and (money_count > 0 or $sw_amt))
      or ($am_wait and $am_pay and $am_amt))
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

// Southern Africa: "your number won" a carrier's or shop's promotion or draw (Mascom, Orange, Vodacom, MTN, Econet,
// NetOne, Airtel, Shoprite), then call this number today, bring or send your ID (Omang, chitupa, inombolo kamazisi),
// or pay a fee to receive it (Setswana, Sesotho, isiZulu, isiXhosa, Shona, English of the region). The carrier's own
// results come from its sender id and ask nothing; a person's own win says "ke fentse", "ngiwine", "ndahwina".
rule contest_sadc_prize_claim
{
  meta:
    action = "junk"
    weight = 2.6
    description = "You or your number won a carrier's or shop's promotion or draw, and call a number today, send or bring your ID number, or pay a fee to receive it (Setswana, Sesotho, isiZulu, isiXhosa, Shona, English of southern Africa)"
  strings:
    // the win, said to the reader
    $won = /\b(o|e|u) (fentse|gapile|thopile|hapile|hlotse)\b|\b(uwine|iwine|uwinile|iwinile|uphumelele|uzuzile|wawina|mawina|wahwina|mahwina|yahwina|yawina|makahwina|wakahwina)\b|\b(you|your( [a-z]{1,10})? (number|line|cell|sim|phone number|cellphone number|mobile number|sim card)) (have |has )?(just )?won( |!|\.|,)|\b(lucky|draw|promo|promotion) winner\b/
    // the draw or the prize
    $prize = /mklomelo|mubayiro|makwikwi|mncintiswan|\b(promo|promotion|draw|lotto|lottery|tshwetso(ng)?|lotaring|lotong|papaling|sekgele|moputso|umvuzo|mpho|isipho|chipo|koloi|imoto|motokari|voucher|prize)\b/
    // the way to claim: call, send or bring the ID, pay, "to receive"
    $claim = /\b(leletsa|letsetsa|shayela|fonai|fonera|fonerai|call|omang|boitsebiso|kamazisi|chitupa|yechitupa|nechitupa|id number|national id|ka id|ye id|ya id|ea id|duela|lefa|khokha|bhadhara|hlawula|romela|thumela|tumira|tumirai|go amogela|ho amohela|ukuthola|kuti uwane|kuti muwane|to receive|to claim)\b|\bpay (a |the )?(r|p|m|k|\$)?[0-9]/
    $amt = /\b(r|p|m|k|\$|usd) ?[0-9]/
    $no = /\b(tlhokomela|hlokomela|qaphela|lumka|ngwarira|chenjerani|beware|scam|scams|scammers?|fake|magodu|mashodu|amasela|bangamasela|imbavha|never ask)\b/
  condition:
    $won and ($prize or $amt or money_count > 0) and $claim and not $no
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

// The inheritance letter of the Balkans, Greece and Romania: a lawyer or a bank about a late relative or a deceased
// client with your surname, an estate of millions, and a call to answer (Croatian, Serbian in both scripts, Bosnian,
// Greek, Romanian, English). A relative passing on what the family's lawyer said, or a real appointment, is not it.
rule contest_inheritance_balkan_el_ro : phishing
{
  meta:
    action = "junk"
    weight = 2.6
    description = "A lawyer or a bank about the estate of a late relative or a deceased client with your surname, worth millions, with a call to answer or contact (Croatian, Serbian, Bosnian, Greek, Romanian, English)"
  strings:
    $inh = /nasljedstv|naslijedstv|nasledstv|ostavstin|nasljednik|naslednik|наследств|заоставштин|наследник|κληρονομ|κληρονόμ|mostenir|mostenitor|succesiun|\b(inheritance|estate of)\b/
    $dead = /preminul|pokojn|rahmetl|покојн|преминул|εκλιπ|εκλίπ|αποθαν|θανοντ|θανόντ|decedat|defunct|\b(late|deceased)\b/
    $big = /milijun|miliona|милион|εκατομμ|εκατ\.|milioane|\bmillion|[0-9]\.[0-9]{2}[0-9]\.[0-9]/
    $ask = /javite|kontaktir|odgovorit|јавите|контактир|одговорит|επικοινων|απαντ|contactat|raspunde|\b(contact|reply|e-?mail|advokat\w{0,3}|odvjetnik|avocat\w{0,3}|lawyer|bank\w{0,3}|banca)\b|адвокат|δικηγ/
    $own = /\b(rekao|rekla|kaze|kazao|a spus|says|said|told|potpisujemo|appointment|termin|bunicii|babe|djedov\w{0,2})\b|είπε|ειπε|γιαγιά|γιαγια/
  condition:
    $inh and $dead and $big and $ask and not $own
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule contest_number_won_call_intl : phishing
{
  meta:
    action = "junk"
    weight = 2.6
    description = "From a person's number: 'your number won' a sum in a lottery or a carrier's promo with a number to call (Twi, romanised Ukrainian), or a draw's prize to take by replying YES (Indonesian); or 'customer care' offering a free phone and asking to read out or send back the code"
  strings:
    // Twi: your number won ("wo nɔma no adi nkonim"), a sum in cedis, and call ("frɛ")
    $tw_won = /\b(adi nkonim|nkonimdifo|winner)\b/
    $tw_num = /\bwo (nɔma|noma|nama)\b|\bwo (ayɛ|aye) nkonimdifo\b/
    $tw_amt = /gh(s|c|₵|¢) ?[0-9]/
    $tw_call = /\b(frɛ|fre)\b/
    // romanised Ukrainian: your number won in a lottery, a draw or a promotion, call
    $uk_won = /\b(vyhrav|vygrav|vyhraly|vygraly|vyhrala|peremozh\w{0,6})\b/
    $uk_num = /\b(vash nomer|vy vyhraly|vy vygraly)\b/
    $uk_prize = /\b(loter\w{0,4}|rozihrash\w{0,2}|rozygrash\w{0,2}|aktsi\w{0,2}|pryz\w{0,2}|vyhrash|vygrash)\b/
    $uk_call = /\b(zatelefonu\w{0,4}|dzvon\w{1,4}|telefonuite)\b/
    // Indonesian: a draw's winner and "reply YES"
    $id_draw = /\bundian\b/
    $id_win = /\b(pemenang|memenangkan|hadiah|berhak atas)\b/
    $id_reply = /\b(balas|ketik) ya\b/
    // customer care from a number, a free phone, and the code to read out or send back
    $fp_cc = /\bcustomer (service|care)\b/
    $fp_phone = /\bfree ([a-z0-9]{1,12} ){0,2}(phone|smartphone|handset|iphone|samsung)\b/
    $fp_ask = /\b(read( out)?|share|send (us|me)|forward|give (us|me))( us| me)?( the| your| it)?\b.{0,20}\b(code|otp|pin)\b/
  condition:
    sender_kind == "phone"
    and (($tw_won and $tw_num and (money_count > 0 or $tw_amt) and ($tw_call or phone_count > 0))
      or ($uk_won and $uk_num and $uk_prize and ($uk_call or phone_count > 0))
      or ($id_draw and $id_win and $id_reply)
      or ($fp_cc and $fp_phone and $fp_ask))
}
