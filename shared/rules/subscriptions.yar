// Subscription traps: premium per-message or per-minute pricing, "text KEYWORD to 8xxxx",
// "you are subscribed / you have been billed", ringtone and content clubs, adult and chat
// lines, dating and "secret admirer" teasers, premium voicemail call-backs.

private rule sub_price_stated
{
  strings:
    // priced_money_count: the normaliser's amounts charged per message, minute, week ("150p/msg",
    // "£1.50 per week", "150ppm"); below, the shapes it does not read as money with a rate
    $p3 = /\b(ppm|msg@) ?[0-9]{1,2}[0-9]/
    $p5 = /\b(msg ?rc?v?c?d|msgrcvd|mt ?msg|mtmsgrcvd|std ?txt ?rate|call ?cost ?([0-9]|£)|calls cost ?([0-9]|£)|txt rec|ntwk chg|std ntwk)/
    $p6 = /\b(costs?|charged|billed) (at |just |only )?(£|\$)?[0-9]{1,3}([.,][0-9]{1,2})? ?(p|pence)\b/
    // "All replies cost £1.50", "msgs 150p inc VAT", "£1.50 to rcv", "msg@£1.50rcvd"
    $p8 = /\b(replies|msgs?|texts?|txts?|calls?) (cost|costs|charged at|@) ?(£|\$)[0-9]/
    $p9 = /\b(msgs?|txts?|texts) ?[0-9]{1,2}[0-9] ?p\b/
    $p10 = /(£|\$)[0-9]{1,2}([.,][0-9]{1}[0-9])? ?(to|2) ?(rcv|receive|recieve)\b/
    $p11 = /\bmsg ?@ ?(£|\$)?[0-9]/
    $p12 = /\b(gbp|pounds?) ?\/ ?(sms|msg|txt|text|min)\b/
  condition:
    priced_money_count > 0 or any of them
}

private rule sub_keyword_to_shortcode
{
  strings:
    // "Txt CHAT to 86688", "send the word ENTER to 88877", "reply WIN to 83355", "text: PARIS to No: 69101"
    // compile cost: 3+ digits end the pattern, so this equals [0-9]{3} and spares ~1,000 digit atoms
    $k1 = /\b(txt|text|send|reply|sms|rply)\b[^.!?]{1,40}\b(to|2) (no:? ?|number )?[0-9][0-9]{1,2}[0-9]{1,2}/
    $k2 = /\b[0-9]{1,2}[0-9][0-9]{1,2}[0-9]:? ?(txt|text|send|reply)\b/
    // ... unless the verb opens an opt-out footer ("MA 01845 Reply HELP for info, STOP to cancel")
    // compile cost: [0-9]{1,2}[0-9][0-9]{1,2}[0-9] is [0-9]{4,6} without enumerating its atoms
    $k2footer = /\b[0-9]{1,2}[0-9][0-9]{1,2}[0-9]:? ?(txt|text|send|reply) (help|stop|info)\b/
    $k3 = /\b(to|2) [0-9][0-9]{1,2}[0-9]{1,3} (to|2) (join|start|chat|play|enter|claim|win|subscribe|order)\b/
    // the same shape with an opt-out keyword ("text STOP to 60123") is a footer, not a sign-up
    // compile cost: 3+ digits end the pattern, so this equals [0-9]{3} and spares ~1,000 digit atoms
    $stop = /\b(txt|text|send|reply|sms|rply)( with)?( the word| word)?:? "?(stop|help|end|unsub|unsubscribe|cancel|quit|out|info|nopromo|optout|dnd|block [a-z0-9]{1,12})"?[^.!?]{0,30}\b(to|2) (no:? ?|number )?[0-9][0-9]{1,2}[0-9]{1,2}/
  condition:
    #k1 > #stop or #k2 > #k2footer or $k3
}

private rule sub_reply_keyword
{
  strings:
    // "Reply REAL", "reply WILD to this txt", "Txt XXX SLO": a capitalised keyword after a
    // lower-case command word (all-capitals messages such as "TEXT ME BACK" do not count); the
    // capitals are caps_keyword_count, the shape around them this pattern
    $r = /\b(reply|text|txt|send|sms)( with| back)?( the word| the keyword| word)?:? "?[a-z]/
  condition:
    caps_keyword_count > 0 and $r
}

private rule sub_stop_instruction
{
  strings:
    $s1 = /\b(txt|text|send|reply|rply|sms)( with)? "?stop"?\b/
    $s2 = /\bstop ?(2|to) ?(end|cancel|stop|cnl|quit|unsub)/
    $s3 = /\b(2 ?stop|to stop|2 ?end|to end|stop2|stopsms|2optout|or2stoptxt|call ?2 ?optout|unsub(scribe)?)\b/
    // a service's own stop code: "End? Reply END SPTV", "send STOP FRND to ..."
    // compile cost: X{1,a}X{1,b} is X{2,a+b}; counted from 1, YARA-X stops enumerating atoms
    $s4 = /\b(reply|send|txt) (end|stop|out) [a-z]{1,5}[a-z]{1,4}[a-z]\b/
    $s5 = /\bstop (to|2) [0-9]{1,2}[0-9]{1,2}[0-9]/
  condition:
    any of ($s1, $s2, $s3, $s5) or ($s4 and caps_keyword_count > 0)
}

private rule sub_keyword_local
{
  strings:
    // The keyword-to-short-code instruction outside English. Indonesian: "REG HORO kirim ke 9xxx", "ketik ON LAGU ke ..."
    // ("unreg" never matches "\breg")
    // a short code never starts with 0 (a phone number does); compile cost: 3+ digits end the pattern, so this
    // equals [1-9][0-9]{2} and spares ~1,000 digit atoms
    $id = /\b(reg|ketik|ktk|daftar)( ?<spasi> ?| spasi | \(spasi\) | )[a-z0-9]{1,12}( ?<spasi> ?| spasi )?( [a-z0-9]{1,12}){0,2} (lalu |dan |& )?(kirim |kirimkan |sms |send |kirim sms )?ke (no\.? |nomor )?[1-9][0-9]{1,2}[0-9]{1,2}/
    // Malay: "taip ON LAGU hantar ke 3xxxx", "hantar ON HORO ke ..."
    $ms = /\btaip [^.!?]{1,40}\b(hantar|hntr|hantarkan|sms|send) (ke|kpd|kepada) [1-9][0-9]{1,2}[0-9]{1,2}|\b(hantar|hntr|sms) [a-z0-9]{1,12}( [a-z0-9]{1,12}){0,2} (ke|kpd|kepada) [1-9][0-9]{1,2}[0-9]{1,2}/
    // romanised Hindi: "START likh kar 5xxxx par bhejein", "5xxxx par ON likh kar SMS karein"; Hindi in Devanagari
    $hi = /\b(likh ?kar|likhkar|likh ke|likhke|likh kr|likhkr|type kar ?ke|type karke)\b[^.!?]{0,16}\b[1-9][0-9]{1,2}[0-9]{1,3} (par|pe|pr|per)\b|\b[1-9][0-9]{1,2}[0-9]{1,3} (par|pe|pr) [a-z0-9]{1,12}( [a-z0-9]{1,12})? (likh ?kar|likhkar|likh ke|likhke|type kar ?ke|type karke)\b|(लिखकर|लिख कर|लिखके|लिख के|टाइप करके|टाइप कर के).{0,30}[1-9][0-9]{1,2}[0-9]{1,2} ?(पर|पे)/
    // Tagalog: "i-text ang LOVE sa 2xxx", "mag-text ng JOKE at i-send sa 4xxx"
    $tl = /\b(i-?text|itext|mag-?text|i-?send|isend|i-?type|itype|text|txt|type)( ang| ng| mo ang)? [a-z0-9]{1,12}( [a-z0-9]{1,12}){0,2} (at i-?send |at isend |and send )?sa [1-9][0-9]{1,2}[0-9]{1,2}/
  condition:
    any of them
}

private rule sub_tariff_local
{
  strings:
    // The per-message or per-day tariff outside English. Indonesian: "Rp2.200/sms", "Rp1100/hari", "Rp5rb/7hr"
    $rp = /\brp[. ]{0,2}[0-9]{1,3}([.,]?[0-9]{1,2}[0-9])?( ?(rb|ribu|k))? ?(\/ ?|per |tiap |setiap )(sms|pesan|msg|hari|hr|minggu|mgg|bulan|bln|konten|[0-9]{1,2} ?(hari|hr))\b/
    // Hinglish and Hindi: "Rs 3+tax rozana", "Rs.2/day", "₹5 pratidin", "rozana sirf Rs 2", "रु 3 प्रतिदिन"
    $rs = /(\brs\.? ?|₹ ?|\binr ?)[0-9]{1,2}([.][0-9]{1,2})? ?(\+ ?(tax|taxes|gst|kar))? ?(\/ ?|per |prati |har )?(day|din|rozana|roz|rojana|pratidin|prati din|daily|sms|msg|week|hafta|saptah|[0-9]{1,2} ?(din|days))\b|\b(rozana|pratidin|prati din) (sirf |only |matra |bas )?(rs\.? ?|₹ ?)[0-9]|(रु\.?|₹|\brs\.?) ?[0-9]{1,2} ?(\+ ?(टैक्स|tax))? ?(\/ ?|प्रति ?)?(दिन|प्रतिदिन|रोज़ाना|रोजाना|एसएमएस)/
    // Malay: "RM3/mesej", "RM4 seminggu"
    $rm = /\brm ?[0-9]{1,2}([.,][0-9]{1,2})? ?(\/|per|setiap|tiap) ?(sms|mesej|msg|hari|minggu|mgu|bulan|[0-9] ?hari)\b|\brm ?[0-9]{1,2}([.,][0-9]{1,2})? (seminggu|sehari|sebulan)\b/
    // Tagalog: "P2.50/msg", "P5 kada text", "Php10/3 days"
    $php = /\b(php|p) ?[0-9]{1,2}([.,][0-9]{1,2})? ?(\/|per|kada|bawat) ?(msg|txt|text|sms|mensahe|day|araw|week|linggo|[0-9] ?days?|[0-9] ?araw)\b/
  condition:
    any of them
}

rule sub_premium_price
{
  meta:
    action = "junk"
    weight = 2.0
    description = "States a premium per-message, per-minute or per-week charge (150p/msg, 10p/min, £1.50/wk)"
  strings:
    // a carrier's roaming or tariff notice states its own rates ("calls to UK 3p/min")
    $tariff = /\b(roaming|you('re| are) now in|your (uk |home )?(allowance|plan|tariff|bundle)|calls (to|back to) (the )?uk)\b/
  condition:
    sub_price_stated and not $tariff
}

rule sub_keyword_shortcode_paid
{
  meta:
    action = "junk"
    weight = 2.0
    description = "Text a keyword to a short code, combined with a charge, a stop instruction or an age limit"
  strings:
    $age = /\b(16|18)\+|\b(over|age|ages|aged) ?(16|18)\b|\b(16|18) ?(only|yrs|years)\b/
    $free = /\b(free|win|prize|claim)\b/
  condition:
    sub_keyword_to_shortcode and (sub_price_stated or sub_stop_instruction or $age or $free)
}

rule sub_subscription_notice
{
  meta:
    action = "junk"
    weight = 2.5
    description = "Announces a paid subscription or a charge already billed ('you are subscribed ... until you send STOP')"
  strings:
    $n1 = /\b(you are|you're|u r|u are|you have been|you've been|uve been|u have been) (now )?(subscribed|registered|signed up|enrolled)\b/
    $n2 = /\bsubscription (service|club|to)\b/
    $n3 = /\b(you have|you've|u have|uve) been (billed|charged)\b/
    $n4 = /\buntil (you|u) (send|text|txt|reply) stop\b/
    $n5 = /\bregistered (optin |opt-in )?subscriber/
  condition:
    any of ($n*) and (sub_price_stated or sub_stop_instruction or sub_keyword_to_shortcode)
}

rule sub_content_club
{
  meta:
    action = "junk"
    weight = 2.0
    description = "Ringtone, wallpaper, game or video content sold by text to a short code"
  strings:
    $c1 = /\b(ring ?tones?|polyphonic|poly ?tones?|polys|mono ?tones?|real ?tones?|true ?tones?|wallpapers?|screensavers?|java games|mobile (content|club|music service)|video clip|tone of the week)\b/
    $c2 = /\b(free|new|top|hot|classic|chart|nokia|no\.? ?1|xmas|christmas|fav|poly|mono)\b.{0,20}\btones?\b/
    $c3 = /\b(wap link|on (ur|your) mob|wap\. |goto wap|service msg 2 download)/
  condition:
    any of ($c*) and (sub_keyword_to_shortcode or sub_price_stated or sub_stop_instruction or sub_reply_keyword)
}

rule sub_adult_chat_line
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Adult or sex chat line advertised with a number, short code or price; in Hinglish, live or 'masti bhari' talk with a girl or a bhabhi for a few rupees a few minutes, with a number to call"
  strings:
    $a1 = /\b(horny|sexy|xxx (chat|pics|videos|girls|babes|action|content|movies)|naughty|dogging|fantasies|fantasy (chat|line|show|girls)|erotic|porn|filthy|dirty|nude|naked|lapdancer|busty|rude|shag\w{0,12}|knickers|kinky|babes?|hot (girls|guys|babes|chat|live|pics|singles|women|moms)|adult (content|parties|chat|singles)|gay (chat|guys))\b/
    // the people and the talk in one clause: a shop named "Five Guys: show this text ..." is not a chat line
    $a2 = /\b(girls|women|wives|housewives|guys|singles)\b[^.:;!?]{0,30}\b(chat|talk|waiting|call|txt|text)\b/
    // compile cost: 3+ digits end the pattern, so this equals [0-9]{3} and spares ~1,000 digit atoms
    $line1 = /\b09[0-9]{1,2}[0-9]{1,2}[0-9]/
    $line2 = /\b0(87|84|70)[0-9]{1,2}[0-9]{1,2}[0-9]/
    $link = /(https?:\/\/|www\.)/
    // Hinglish: live talk with a girl or a bhabhi, a few rupees for a few minutes, call ("ladkiyon se live
    // baat karein, sirf 10 rupaye me 5 minute")
    $hi_girl = /\b(ladki|ladkiyon|ladkiyo|ladkiya|ladkiyan|ladkiyaan|girl|girls|bhabhi|bhabi|bhabhiyon|aunty|aunties|housewife|housewives|college girls?|call girls?|kudi|kudiyan)\b/
    $hi_talk = /\b(live|sexy|hot|romantic|romance|masti|masti bhari|maza|mazaa|mazedar|raat|akele|akela|akelapan|lonely|private|adult|naughty|garam|rangeen|rangin|dil ki baat|pyar bhari|pyaar bhari)\b/
    $hi_baat = /\b(baat|baatein|baaten|batein|baten|bate|chat|talk|dosti|friendship|masti)\b/
    $hi_rate = /\b[0-9]{1,3} ?(rs|rupaye|rupay|rupees|rupee|rupaya|rupiya|rupiye)?\.? ?(me|mein|main|mai|mei|m|=|for|in) ?[0-9]{1,2} ?(min|mins|minute|minutes|mint|minat)\b|(rs\.? ?|₹ ?)[0-9]{1,3} ?(me|mein|main|mai|mei|m|=|for|in) ?[0-9]{1,2} ?(min|mins|minute|minutes|mint|minat)\b|\b[0-9]{1,2} ?(rs|rupaye|rupees|rupee|₹) ?(\/|per|prati|ek|1|har) ?(min|minute|minat)\b|(rs\.? ?|₹ ?)[0-9]{1,2} ?(\/|per|prati|ek|har) ?(min|minute|minat)\b|\b(per|prati|har) (min|minute|minat) (sirf|only|bas|matra|just)? ?(rs\.? ?|₹ ?)?[0-9]/
  condition:
    // (a link counts when it is of unknown standing: a friend's map or video link on a platform is no chat line's)
    any of ($a*) and (sub_price_stated or sub_keyword_to_shortcode or sub_reply_keyword or any of ($line*) or ($link and url_count > platform_url_count) or (sub_stop_instruction and (phone_count > 0 or shortcode_count > 0)))
    or ($hi_girl and $hi_talk and $hi_baat and ($hi_rate or sub_price_stated) and (phone_count > 0 or contact_count > 0))
}

rule sub_dating_teaser
{
  meta:
    action = "junk"
    weight = 2.5
    description = "Dating or 'secret admirer' teaser that asks you to call or text a line to find out more"
  strings:
    $d1 = /\b(dating service|date service|secret admirer|speed ?chat|chatter|chat rooms?|flirt\w{0,12}|singles|invited (you )?(to|2) (x?chat|be (her|his|their) friend)|inviting you to be (her|his) friend)/
    $d2 = /\b(someone|somebody) (you know )?(secretly |really )?(fancies|likes|has a crush on|is interested in|wants to meet|shy) ?(you|u)?\b/
    $d3 = /\b(find out who|reveal who|all will be revealed|who (it is|thinks))\b/
    $d4 = /\b(looking for|wanting|want) (some )?(discreet|no strings|company|fun|sex|a real man)\b/
    $d5 = /\b(reply|txt|text|send)( back)?( with)? (your|ur) (name|age)( ?(and|&|,) ?(your |ur )?(age|gender|name|sex))/
    // "in your area" alone is an outage or a weather notice: the dating line names who is there
    $d6 = /\b(local (dates|singles|girls|women)|(girls|women|ladies|singles|dates|hookups?|milfs) (in|near) (your|ur|yr) (area|town|city)|singles near you)\b/
    $d7 = /\b(ur|your) name ?(&|and) ?(ur |your )?age\b/
    // compile cost: 3+ digits end the pattern, so this equals [0-9]{3} and spares ~1,000 digit atoms
    $line = /\b0(9|87)[0-9]{1,2}[0-9]{1,2}[0-9]/
    $link = /(https?:\/\/|www\.)/
    // a person's evening out: "singles night at the bar on Friday, we should go lol"
    $own = /\b(singles (night|event|mixer|party|cruise|bar)|speed dating|lol|lmao|haha)\b/
  condition:
    any of ($d*) and ($line or $link or url_count > 0 or phone_count > 0 or shortcode_count > 0 or sub_price_stated or sub_keyword_to_shortcode or sub_reply_keyword or sub_stop_instruction)
    and not $own
}

rule sub_premium_message_callback
{
  meta:
    action = "junk"
    weight = 2.5
    description = "'You have new messages or matches' teaser with a premium or national-rate number to call back"
  strings:
    $m1 = /\b(you have|u have|there (is|are)|there's) (an? |[0-9]{1,3} )?(new |urgent |important |unread )?(voice ?mails?|messages?|matches|msgs?)\b/
    $m2 = /\b(urgent|important) (message|msg|information)\b/
    $m3 = /\b(mailbox|voicemail) (messaging|alert)/
    // compile cost: 3+ digits end the pattern, so this equals [0-9]{3} and spares ~1,000 digit atoms
    $n1 = /\b09[0-9]{1,2}[0-9]{1,2}[0-9]/
    $n2 = /\b087[0-9]{1,2}[0-9]{1,2}[0-9]/
  condition:
    any of ($m*) and (any of ($n*) or sub_price_stated)
}

rule sub_free_msg_header
{
  meta:
    action = "junk"
    weight = 1.5
    description = "'FreeMsg' / 'This message is free' header that premium-rate services put before a paid offer"
  strings:
    $h1 = /^(\*{1,3} ?)?(free ?msg|free message|this (message|msg) is free)\b/
    $h2 = /\b(this (msg|message) is free|free ?msg:)/
  condition:
    any of them and (sub_price_stated or sub_stop_instruction or sub_reply_keyword or sub_keyword_to_shortcode)
    // "AT&T Free Msg: your bill ... att.com": a carrier's own notice, on its own site
    and brand_link_count == 0
}

rule sub_horoscope_psychic
{
  meta:
    action = "junk"
    weight = 2.8
    description = "Paid horoscope, tarot or psychic readings by text ('txt HORO followed by your star sign') or by phone at a per-message or per-minute price, or a keyword to a short code (English, German, French, Italian, Spanish, Portuguese, Turkish, Gulf and Egyptian Arabic)"
  strings:
    $h = /\b(horoscopes?|horo|psychic|tarot|star ?sign|astrology|love ?(life|meter|test|match|reading))\b/
    // the reading in the other languages: voyance, cartomanzia, videncia, Hellseher, fal, برجك, التاروت
    $hx = /\b(voyance|voyant\w{0,2}|medyum\w{0,3}|clairvoyan\w{1,4}|horoscop\w{1,2}|oroscop\w{1,2}|horoskop\w{0,2}|liebeshoroskop|tarocchi|taro|cartomant\w{1,2}|cartomanzia|sensitiv[ao]|vident\w{1,3}|videncia|hellseh\w{1,4}|wahrsager\w{0,3}|kartenleg\w{1,3}|buzios|burc\w{0,4}|fal (bak\w{1,6}|yorum\w{0,3})|(kahve|ask|tarot) fali|falci\w{0,3}|astro)\b|(حظك|برجك|الابراج|الأبراج|الفنجان|التاروت|قراءة الكف|الفلك)/
    // its price: per message or minute in those languages, a premium-rate number (0900, 0906, 0892, 899, 806)
    $px = /\b(sms|msg|min|minute|minuto|mensaje|messaggio|mensagem|message)\b.{0,3}$|[0-9] ?(€|\$|£|tl|eur|r\$)? ?(\/ ?|per |par |pro |a |al |por |por )(sms|msg|min|minute|minuto|mensaje|messaggio|mensagem|message|anruf)\b|\b(mesaj basi|dakikasi|sms ucreti|prix (d'un |du )?sms|costo|coste|custo)\b|\b(0900|0906|0908|0909|0898|0892|0895|0899|899|895|806|807|803)[- ]?[0-9]|(للدقيقة|للرسالة|سعر الرسالة|الخط الساخن)/
  condition:
    ($h or $hx) and (sub_keyword_to_shortcode or sub_reply_keyword or sub_price_stated or shortcode_count > 0 or $px)
}

rule sub_content_delivery_notice
{
  meta:
    action = "junk"
    weight = 2.0
    description = "A paid content service announcing delivery ('your tone will arrive within 24hrs', 'adult content: your video is on its way')"
  strings:
    $d1 = /\b(you will|u will|you'll|u'll|you shall) (shortly )?(receive|recieve|get) (your|ur) (new |weekly |next )?(ring ?tone|tone|video|content|pics|wallpaper|game)s?\b/
    $d2 = /\b(your|ur) (new |weekly |next )?(ring ?tone|tone|video|content|pics|wallpaper)s? (will be (with you|sent|delivered)|(is|are) on (its|the|their) way|(is|are) ready to download)/
    $d3 = /\badult (18\+? )?(content|video|pics|movie|clip)/
  condition:
    any of them
}

rule sub_service_stop_code
{
  meta:
    action = "junk"
    weight = 1.5
    description = "A premium text service's own stop code ('End? Reply END SPTV', 'Stop? Send STOP FRND to 62468')"
  strings:
    // compile cost: X{1,a}X{1,b} is X{2,a+b}; counted from 1, YARA-X stops enumerating atoms
    $s1 = /\b(end|stop)\? ?(reply|send|txt|text) (end|stop|out) [a-z]{1,5}[a-z]{1,4}[a-z]\b/
    $s2 = /\b(reply|send|txt) (end|stop|out) [a-z]{1,5}[a-z]{1,4}[a-z] (to|2) [0-9]{1,2}[0-9]{1,2}[0-9]/
  condition:
    any of them and caps_keyword_count > 0
}

rule sub_content_download_notice
{
  meta:
    action = "junk"
    weight = 2.0
    description = "A picture, video or ringtone message said to be waiting for you, to download or collect by reply, link, number or short code"
  strings:
    // plain text strings: matched by Aho-Corasick, no regex to verify
    $c1 = "picture message"
    $c2 = "picture msg"
    $c3 = "pic msg"
    $c4 = "photo message"
    $c5 = "video message"
    $c6 = "video msg"
    $c7 = "ringtone"
    $c8 = "ring tone"
    $c9 = "polyphonic"
    $c10 = "mms"
    $v1 = "to download"
    $v2 = "waiting for you"
    $v3 = "waiting 4 u"
    $v4 = "sent to you"
    $v5 = "has been sent"
    $v6 = "to view"
    $v7 = "to collect"
    $v8 = "ready for download"
    $v9 = "to claim"
    $v10 = "to receive"
  condition:
    any of ($c*) and any of ($v*) and (url_count > 0 or shortcode_count > 0 or phone_count > 0 or sub_price_stated or sub_keyword_to_shortcode or sub_reply_keyword)
}

rule sub_personal_number_callback
{
  meta:
    action = "junk"
    weight = 2.5
    description = "A voicemail or 'someone left you a message' teaser asking to call a personal (070), national (087) or premium (09) number"
  strings:
    $t1 = "voicemail"
    $t2 = "voice mail"
    $t3 = "left you a message"
    $t4 = "left a message for you"
    $t5 = "personal message"
    $t6 = "private message"
    $t7 = "has a message for you"
    $t8 = "trying to contact"
    $t9 = "wants to talk to you"
    $t10 = "personal number"
    $t11 = "is waiting for your call"
    // compile cost: 3+ digits end the pattern, so this equals [0-9]{3} and spares ~1,000 digit atoms
    $n = /\b(call|ring|dial|phone)\b.{0,40}\b0(70|87|9[0-9])[0-9]{1,2}[0-9]{1,2}[0-9]/
  condition:
    any of ($t*) and $n
}

rule sub_admirer_teaser
{
  meta:
    action = "junk"
    weight = 2.5
    description = "'Someone fancies you / you have a secret admirer': find out who by calling, texting or paying"
  strings:
    $a1 = "secret admirer"
    $a2 = "secret friend"
    $a3 = "fancies you"
    $a4 = "fancies u"
    $a5 = "fancys u"
    $a6 = "has a crush on"
    $a7 = "is in love with you"
    $a8 = "thinks ur cute"
    $a9 = "thinks you're cute"
    $a10 = "admirer"
    $w1 = "find out who"
    $w2 = "who it is"
    $w3 = "who they are"
    $w4 = "reveal"
    $w5 = "their name"
    $w6 = "who likes"
  condition:
    any of ($a*) and any of ($w*) and (phone_count > 0 or shortcode_count > 0 or url_count > 0 or caps_keyword_count > 0 or sub_price_stated or sub_keyword_to_shortcode)
}

rule sub_charged_fun_service
{
  meta:
    action = "junk"
    weight = 2.0
    description = "A charged joke, horoscope, quiz, trivia or love-tip text service that states its price"
  strings:
    $s1 = "joke"
    $s2 = "horoscope"
    $s3 = "quiz"
    $s4 = "trivia"
    $s5 = "love tip"
    $s6 = "chat up line"
    $s7 = "pick up line"
    $s8 = "fun fact"
    $s9 = "gossip"
    $s10 = "star sign"
  condition:
    any of them and (sub_price_stated or (money_count > 0 and (shortcode_count > 0 or caps_keyword_count > 0 or sub_stop_instruction)))
}

rule sub_adult_material_offer
{
  meta:
    action = "junk"
    weight = 2.5
    description = "Offers explicit pictures, videos or stories, or 'girls waiting for you', with or without a number yet"
  strings:
    // what is offered: explicit material named as a product. Words partners use about
    // themselves ("naughty", "sexy", "nude") are left out: "send you naughty pix?" is not spam.
    $m1 = /\b(xxx|x-rated|porn|porno|hardcore|babes?) (pics|pix|photos|pictures|videos?|vids|movies|clips|stories|films|web ?cams?|live cams?)\b/
    $m4 = /\b(filthy|erotic|sex) (stories|videos|vids|movies|clips|films|web ?cams?|live cams?|chat ?lines?)\b/
    $m2 = /\badult (parties|party|videos?|movies|pics|stories|clips|chat ?lines?|webcams?)\b/
    $m3 = /\b(girls|babes|women|ladies|wives|housewives|singles|milfs?) (are )?(waiting|dying|desperate|gagging) (for|to meet|to chat|to talk to|2) (you|u|ur|your)\b/
  condition:
    any of them
}

rule sub_keyword_call_to_action
{
  meta:
    action = "junk"
    weight = 2.0
    description = "'Just text the word OK' - a keyword campaign's call to action, even when the short code is cut off"
  strings:
    $k = /\b(text|txt|send|reply with|sms) (the|this) (key ?word|word|code ?word) "?[a-z0-9]{1,11}[a-z0-9]"?\b/
  condition:
    $k
}

rule sub_missed_call_premium_number
{
  meta:
    action = "junk"
    weight = 2.5
    description = "The missed-call lure: 'sorry I missed your call, I'm on 070...' pointing at a personal (070) or national (087) number (not 09: a mobile prefix in much of Asia)"
  strings:
    $missed = /\b(missed (your|ur|yr) call|missed call from|you called me|i('m| am) on|im on|call me (back )?on|ring me (back )?on|get me on)\b/
    // compile cost: 3+ digits end the pattern, so this equals [0-9]{3} and spares ~1,000 digit atoms
    $n = /\b0(70|87)[0-9]{1,2}[0-9]{1,2}[0-9]/
  condition:
    // 070 and 087 are UK non-geographic ranges; elsewhere (Nigeria: 0703, 0706, 0708) 070 is a mobile
    $missed and $n and (sender_kind == "none" or sender_country == "GB")
}

rule sub_content_link_free
{
  meta:
    action = "junk"
    weight = 2.5
    description = "Mobile content pushed to a link: 'hit the link to get a premium game, a new no. 1 ringtone, an animation or a wallpaper, all free'"
  strings:
    $link = /\b(hit|click|follow|press|open|tap) (the|this) (link|wap link)\b/
    $content = /\b(premium|free|new|top|hot|java|polyphonic) (games?|ringtones?|tones?|animations?|wallpapers?|screensavers?|videos?|themes?)\b/
  condition:
    $link and $content
}

rule sub_private_pics_link : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A stranger's 'private pics' behind a link of unknown standing"
  strings:
    $m5 = /\b(my|check out my|see my) (private|naughty|hot|sexy|spicy) (pics|pix|photos|videos|vids|content)\b/
  condition:
    $m5 and url_count > platform_url_count + brand_link_count and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule sub_escort_outcall
{
  meta:
    action = "junk"
    weight = 3.0
    description = "An escort's 'outcall' or 'incall' offer with rates, from a stranger"
  strings:
    $call = /\b(outcall|incall)\b/
    $what = /\b(massage|rates|available tonight|tonight|private)\b/
  condition:
    $call and $what and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule sub_escort_girls_available
{
  meta:
    action = "junk"
    weight = 3.0
    description = "'Hot girls / call girls available tonight, discreet, call or WhatsApp': an escort offer from a stranger"
  strings:
    $who = /\b(hot|sexy|young|beautiful|independent|vip|college) (girls|ladies|babes|escorts|models|call girls)\b|\bcall ?girls?\b|\bescort (service|services|girls|agency)\b/
    $when = /\b(available|waiting|tonight|24\/7|24 hours|discreet|discrete|safe (and|&) secure|in your area|near you|home service|hotel service)\b/
  condition:
    $who and $when and (contact_count > 0 or phone_count > 0 or url_count > 0) and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule sub_fake_renewal_refund_callback : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "The fake-renewal refund call-back: 'thank you for your purchase' of an antivirus, software or support-plan renewal for a sum, 'if you want a refund or to cancel, call our support team', from a number or an address (English, Spanish)"
  strings:
    // the seller's thanks for a purchase the reader never made
    $buy = /\b(thank you|thanks|thank u) for (your|ur) (recent )?(purchase|order|payment|renewal|subscription)\b|\bgracias por (su|tu) (reciente )?(compra|pedido|pago|renovacion|suscripcion)\b/
    $renew = /\b(renewal|renewed|auto-?renew\w{0,3}|subscription|membership|annual plan|yearly plan|licen[cs]e|renovacion|renovado|renovada|renovo|suscripcion|membresia|plan anual|licencia)\b/
    $brand = /\b(norton|mcafee|geek squad|avast|kaspersky|antivirus|anti-virus|office 365|microsoft|windows defender|paypal|best buy|tech support|soporte tecnico|total protection|proteccion total)\b/
    // the refund or the cancellation the call-back promises
    $refund = /\b(want|wish|would like|need|like) (a |to (get|request|receive|claim|process) a )?(full )?refund\b|\bto (cancel|get a refund|request a refund|claim (a|your) refund|dispute)\b|\bfor (a )?(full )?refund\b|\b(desea|quiere|quieres|deseas|solicitar|pedir|obtener|recibir|tramitar)( un| su| el| tu)? reembolso\b|\b(para|si (usted )?desea|si quiere|si deseas|si quieres) (cancelar|anular)\b/
    $within = /\bwithin [0-9]{1,2} ?(hours|hrs|h)\b|\b(dentro de|en las proximas|en un plazo de) [0-9]{1,2} ?(horas|hrs|h)\b/
    $es_call = /\b(comuniquese|contacte|marque|llamenos)\b/
    // a friend sharing a plan: "if you want a refund for your share, call me"
    $me = /\b(call|text) me\b|\b(llamame|escribeme)\b/
  condition:
    $refund and ($renew or $brand) and ($buy or $brand or $within) and (contact_count > 0 or $es_call)
    and phone_count > 0 and money_count > 0 and not $me
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule sub_live_cam_invite : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A stranger's live webcam invitation ('I'm live on my cam, all alone, come watch me') with a link that is no known platform's or brand's, from a number or an address"
  strings:
    // the show, not the hardware ("my webcam stopped working"): a live cam, a cam show, live on my cam
    $cam = /\b(live ?cams?|cam ?(show|girl|model|session|chat|room)s?|web ?cam (show|girl|model|session|chat|room|live)s?|(live|naked|nude|now|me) on (my )?(web ?)?cam|cam ?2 ?cam)\b/
    $inv = /\b(watch me|see me|join me|come (and )?(watch|see|join)|i'?m (live|online)|i am (live|online)|going live|(live|online) (now|right now|tonight)|waiting for you|my (room|profile|page|show))\b/
    $lure = /\b(alone|lonely|bored|naughty|horny|sexy|18\+|nude|naked|strip\w{0,6}|undress\w{0,3}|handsome|lingerie|shower|bedroom|private (cam )?shows?|free (cam )?shows?|for free|no credit card|kiss\w{0,3})\b/
  condition:
    $cam and $inv and $lure and url_count > platform_url_count + brand_link_count
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule sub_hourly_couple_rooms
{
  meta:
    action = "junk"
    weight = 2.5
    description = "Hotel rooms by the hour for couples ('couple friendly, hourly basis, local ID accepted, full privacy') with a price or an offer and a contact, from a person's number (English, Hinglish)"
  strings:
    $couple = /\b(couple[- ]?friendly|couples? (allowed|welcome)|unmarried couples?|local (id|ids|couples?) (accepted|allowed|ok|chalega|chalegi|valid|welcome))\b/
    $hourly = /\b(hourly (basis|rooms?|booking|stay|rent|rates?|packages?)|per hour (rooms?|stay|booking)|short (stay|time) (rooms?|booking|packages?)|[0-9]{1,2} ?(hours?|hrs?|ghante|ghanta) (stay|room|rooms|booking|package|ke liye|@|rs|only|just|sirf)|ghant(e|on) ke (hisab|hisaab|liye)|day ?use rooms?)\b/
    $offer = /\b(available|availble|milenge|milega|uplabdh|book now|book (karein|karen|kare|kijiye)|(100 ?%|full|complete|total) privacy|privacy (guaranteed|assured)|safe (and|&) secure)\b/
    // the customer asking for one ("4 ghante ke liye chahiye")
    $need = /\b(chahiye|chaiye|chahie|i need|we need)\b/
  condition:
    $couple and $hourly and ($offer or money_count > 0) and not $need
    and (phone_count > 0 or contact_count > 0 or url_count > 0)
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule sub_keyword_tariff_local
{
  meta:
    action = "junk"
    weight = 2.8
    description = "A premium-rate content subscription outside English: a keyword to a short code and a per-message or per-day tariff ('REG <KEYWORD> kirim ke <code>, Rp<price>/sms', '<digit> likh kar <code> par bhejein, Rs <n>+tax rozana', 'taip ON <keyword> hantar ke', 'i-text ang <KEYWORD> sa <code>, P<price>/msg'), or the subscription announced with its tariff and its UNREG code"
  strings:
    // the subscription announced: "you are now subscribed", with the way to stop it and the tariff
    $sub = /\b(telah|sudah|berhasil) (berlangganan|terdaftar|didaftarkan|diaktifkan)\b|\b(anda|kamu|awak) (telah |sudah |kini )?(melanggan|berlangganan|dilanggan)\b|\b(subscription|service|pack|sewa) (activate|active|shuru|chalu) (ho gaya|ho gayi|ho gai|kar di|kar diya|hai)\b|\b(naka-?subscribe|subscribed) ka( na)?\b/
    // compile cost: 3+ digits end the pattern, so this equals [1-9][0-9]{2} and spares ~1,000 digit atoms
    $unreg = /\b(unreg|stop|off|batal|berhenti|henti)( ?<spasi> ?| spasi | )[a-z0-9]{1,12}( [a-z0-9]{1,12})? (kirim |sms |hantar |send )?(ke|kpd|sa|to) [1-9][0-9]{1,2}[0-9]{1,2}/
    // not a content service: a bank's balance or account help text, a carrier's own data pack or balance, a donation
    $bank = /\b(saldo|balance|bal|mutasi|rekening|rek|mini ?statement|sms ?banking|m-?banking|mobile banking|account|a\/c|acct|upi|netbanking|atm|pin)\b/
    $carrier = /\b(kuota|quota|paket (data|internet|nelpon|telpon|sms|combo|bicara)|internet (pack|plan|package)|data ?pack|[0-9] ?(gb|mb)|masa aktif|validity|talk ?time|recharge|isi ulang|top ?up|topup|reload|tambah nilai|load balance|regular load|pasaload|roaming|sisa pulsa|pulsa utama)\b/
    $give = /\b(donasi|donation|donate|sumbang\w{0,3}|derma|peduli|amal|zakat|infaq|infak|sedekah|bantuan bencana|donasyon|abuloy)\b/
  condition:
    ((sub_keyword_local and (sub_tariff_local or sub_price_stated))
      or ($sub and $unreg and (sub_tariff_local or sub_price_stated))
      // "SMS ON JOKES to 5xxxx, Rs 3/day": the English instruction with a local tariff, from a service (no person's number)
      or (sub_keyword_to_shortcode and sub_tariff_local and sender_kind != "phone" and sender_kind != "email"))
    and not $bank and not $carrier and not $give
}

// The voicemail or "new message waiting" lure: a voice message or a message said to be waiting, to play or open
// at a link of unknown standing, from a person's number or an address. Carriers announce voicemail from their
// sender id with a number to dial; a friend's voice note is on a chat app or a known platform
rule sub_voice_message_link : phishing
{
  meta:
    action = "junk"
    weight = 2.5
    description = "A new, pending or unheard voice message, voicemail or 'messages waiting', to play, hear or open at a link that is no brand's, platform's or named site's, from a person's number or an address (Spanish, Portuguese, French, English)"
  strings:
    // the voice message in each language
    $vm = /\b(voice ?mails?|voice messages?|voice notes?|audio messages?|mensajes? de voz|buzon de voz|mensage(m|ns) de voz|caixa postal|correio de voz|messages? vocal|messages? vocaux|messagerie vocale)\b/
    // ... new, received, pending or left for the reader ...
    $new = /\b(new|unread|unheard|pending|waiting|received|left you|nuevos?|recibiste|recibido|pendientes?|sin escuchar|esperando|te dejaron|le dejaron|nova|novas|recebeu|recebida|nao ouvidas?|pendentes?|aguardando|deixaram|nouveaux?|nouvel|recu|en attente|non ecoutes?|vous attend|on vous a laisse)\b/
    // ... or a message said to wait in an inbox (no voice named)
    $wait = /\b(you have|u have|there (is|are))( an?| [0-9]{1,2}| \([0-9]{1,2}\))? (new |unread |unheard |pending |private )?(messages?|msgs?) (waiting|pending|in your (inbox|mailbox))\b|\bmessage waiting\b|\b[0-9]{1,2} (unread|unheard) messages?\b|\b(tienes|tiene) (un|[0-9]{1,2}) mensajes? (nuevos? )?(esperando|pendientes?|sin leer)\b|\b(voce tem|tem) (uma|[0-9]{1,2}) (nova |novas )?mensage(m|ns) (aguardando|pendentes?|nao lidas?)\b|\b(vous avez|tu as) (un|[0-9]{1,2}) (nouveaux? )?messages? en attente\b/
    // the writer's own voice note, a relative
    $mine = /\b(i left|i sent|deje|subi|te mande|te mandei|deixei|je t'ai|mon message|my message|lol|haha|jaja|kkk|mdr|mama|mae|mom|mum|grandma|abuela|vovo|mamie)\b/
  condition:
    (($vm and $new) or $wait) and not $mine
    and url_count > brand_link_count + platform_url_count + named_url_count
    and (sender_kind == "phone" or sender_kind == "email")
}

rule sub_paytv_renewal_discount : phishing
{
  meta:
    action = "junk"
    weight = 2.5
    description = "A pay-TV or streaming subscription (Canal+, DStv, GOtv, StarTimes, Showmax, Netflix, JioHotstar, Tata Play) said to expire today, with a discount or free months to renew at a link that is not the provider's: a shortener, an abuse-prone TLD, a host built of the brand's name, or any foreign link from a personal number (French, English, Hinglish)"
  strings:
    $tv = /\b(canal ?(\+|plus)|canalsat|dstv|gotv|startimes|star times|showmax|netflix|jio ?hotstar|hotstar|tata ?play|tata ?sky|dish ?tv|sun direct|airtel (digital tv|dth|xstream))/
    // the end of the subscription, today or within hours
    $exp = /\b(expire\w{0,2}|expiring|expiration|echeance|prend fin|ends|ending|will be (suspended|deactivated|disconnected)|sera (suspendu|coupe|desactive)e?|expire ho (raha|rahi|jayega|jaega)|khatam ho (raha|rahi|jayega))\b/
    $now = /\b(today|tonight|aujourd'hui|ce soir|dans (les )?[0-9]{1,2} ?h(eures)?|in [0-9]{1,2} ?(hours|hrs)|within [0-9]{1,2} ?(hours|hrs)|dernier jour|last day|aaj|today only)\b/
    // the lure: a discount, half price, free months
    $deal = /[0-9] ?% ?(off|de (reduction|remise|rabais)|discount|reduction|cashback)\b|-[0-9]{1,2} ?%|\b(half price|moitie prix|demi-tarif|special offer|offre speciale|discount|reduction|remise)\b|\b[0-9] (mois|months?) (offerts?|gratuits?|free)\b/
  condition:
    $tv and $exp and $now and $deal and url_count > brand_link_count
    and (shortener_count > 0 or risky_tld_count > 0 or brand_host_mismatch_count > 0 or worn_url_count > 0
      or ((sender_kind == "phone" or sender_kind == "email") and (brand_mismatch_count > 0 or url_count > brand_link_count + named_url_count)))
}
