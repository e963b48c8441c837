// Family impersonation ("Hi Mum/Dad" scams): a child who "lost or broke their phone" writes from a
// new number, asks to be saved or texted on a chat app, then asks for money or a bill to be paid.
// A real family text ("hi mum, phone died, home by 8") has the salutation but no new-number story
// and no request for money, so every rule needs the story and a request.

private rule family_new_number_story
{
  strings:
    $n1 = "new number"
    $n2 = "new phone"
    $n3 = "my new no"
    $n4 = "my phone broke"
    $n5 = "phone is broken"
    $n6 = "phone got broken"
    $n7 = "phone broke"
    $n8 = "dropped my phone"
    $n9 = "lost my phone"
    $n10 = "phone got damaged"
    $n11 = "phone is damaged"
    $n12 = "temporary number"
    $n13 = "borrowed phone"
    $n14 = "friend's phone"
    $n15 = "old number"
    $n16 = "save this number"
    $n17 = "screen is smashed"
    $n18 = "phone's smashed"
    $n19 = "phone fell"
    $n20 = "mic broken"
    $n21 = "mic is broken"
    $n22 = "phone is in repair"
    $n23 = "smashed my phone"
    $n24 = "coworker's phone"
    $n25 = "colleague's phone"
    $n26 = "mate's phone"
    $n27 = "phone died"
    $n28 = "mine died"
    $n29 = "phone is dead"
    $n30 = "borrowing a phone"
    $n31 = /\b(phone|mobile|handset)('s| is| got| has| was)? (been )?(broken|smashed|damaged|dead|cracked|water damaged|stolen|nicked|snatched|spoilt|spoiled|wet|drowned|soaked)\b|\b(phone|mobile)('s| is) after (breaking|dying|getting (broken|smashed|robbed|stolen|nicked))\b/
    // "my old phone fell in the water", "phone fall inside water"
    $n35 = /\bphone (fell|fall|dropped|went) (in|inside|into) (the |a )?(water|toilet|river|bath|pool|sea|dam|sink|lake|bucket)\b/
    $n32 = /\bthis is my (new|temp|temporary) (number|no|phone)\b/
    // "on a mates phone, mine broke"
    // Pidgin: "my phone spoil, I dey use my friend line"
    $n34 = /\b(phone|fone) (don )?spoil\b|\bi dey use (my )?(friend|person|another) (line|phone)\b/
    // Singapore and Malaysia English: "I change number ah", "I changed my hp number"
    $n36 = /\b(i|just|already|i just|i already) (change|changed|tukar|switch|switched) (my |to new |new )?(number|no|hp|hp number|handphone|handphone number|phone number)\b/
    // Jamaican Patois: "mi phone bruk", "di ole one mash up", "dem tief mi phone", "a mi fren phone mi a use"
    $n37 = /\b(phone|fone|cell) (drop (an|and) )?(bruk|bruck|mash ?up|spwile|spwil)\b|\bnew numba\b|\b(tief|teef|lose|los|drop) (mi|me) (phone|fone|cell)\b|\bmi fren'?s? (phone|fone)\b|\b(ole|old) one (mash ?up|bruk|bruck|spwile)\b/
    $n33 = /\b(mates|friends|sisters|brothers) phone\b|\b(my )?friend'?s line\b|\bmine (broke|died|is broken|got stolen|is dead)\b|\bscreen (cracked|is cracked|broke|smashed)\b/
  condition:
    any of them
}

private rule family_money_request
{
  strings:
    $m1 = "send money"
    $m2 = "send me money"
    $m3 = "transfer"
    $m4 = "pay a bill"
    $m5 = "pay this bill"
    $m6 = "pay my bill"
    $m7 = "pay for me"
    $m8 = "can you pay"
    $m9 = "could you pay"
    $m10 = "lend me"
    $m11 = "urgent payment"
    $m12 = "bank details"
    $m13 = "sort code"
    $m14 = "account number"
    $m15 = "make a payment"
    $m16 = "payment for me"
    $m17 = "pay you back"
    $m20 = "gift card"
    $m21 = "need help paying"
    $m22 = "urgently need"
    $m23 = "college fees"
    $m24 = "school fees"
    $m25 = " upi "
    $m26 = "gpay"
    $m27 = "paytm"
    $m28 = "zelle"
    $m29 = "cash app"
    $m32 = "payment due"
    $m34 = "venmo"
    $m39 = /\bneed to pay (something|for something|a bill|it|my rent|the rent|rent)\b/
    // the wallets a relative in West or East Africa or South-East Asia is paid on
    $m38 = /\b(opay|palmpay|moniepoint|kuda|momo|m-?pesa|gcash|bkash)\b/
    $mk2 = /\bsend (me )?[0-9]{1,3}k\b/
    // "send 150k to this account" (an account number, not airtime to "this number")
    $mk = /\b(send|transfer|pay) [^ ]{1,10} to this account\b/
    // "send me R1500 for rent", "I need 5000 for rent": an amount for a bill, in any currency the
    // normaliser does not read (rand, shillings, cedis), and "I will pay back month end"
    $m40 = /\b(money|cash|[0-9]k?) for (my |the |house |school )?(rent|fees|transport|groceries|food|electricity|taxi fare|bus fare|hospital)\b/
    // Jamaican Patois: "sen mi 15,000 pon mi account", "sen some money thru Lynk", "mi need a likkle money"
    $m42 = /\bsen(d)? (mi|me) [0-9]|\bsen(d)? (mi |me )?(some |a |a likkle |likkle )?(money|cash|ting)\b|\bpon (mi|me|my) ([a-z]{1,4}[a-z] )?account\b|\b(lynk|western union|moneygram)\b|\bneed (a |some )?(likkle |lickle |little )?(money|cash)\b|\bhelp (wid|with) (a|di|the|mi|my) bill\b/
    $m41 = /\b(i will|i'll|ill|will) pay (it |the money )?back\b|\b(pay|refund|return it to) you (month ?end|end (of the )?month|end month|on payday|when i get paid)\b/
  condition:
    money_count > 0 or any of them
}

// A favour asked before any money: the hook of a new number's first message, not of a dead phone's
// ("phone died, can you do me a favour and feed the cat")
private rule family_favour_hook
{
  strings:
    $f1 = /\b(do me a|need a|quick|small|big) favou?r\b/
    $f2 = /\bneed (some|your) help\b|\bneed help with something\b|\bneed a hand( with something)?\b|\bask you something\b|\bsomething (urgent|important) to (ask|tell)\b/
    // or the move to a chat app: "flick me a text on WhatsApp", "message me on WhatsApp"
    $f3 = /\b(text|message|msg|flick me a text|drop me a (text|message|line)|add me|ping me) (me )?on whats ?app\b/
  condition:
    any of them
}

private rule family_chat_app
{
  strings:
    // a move to the app ("text me on WhatsApp", "add me on Telegram"), not a mention of it ("show me the WhatsApp video thing")
    $w1 = /\b((text|message|msg|contact|add|reach|write|chat with|call) (me|us)( back)?|drop me an? (message|text|line|msg)) (on|via|through) (whats ?app|telegram|signal)\b/
    $w2 = /\b(on|via) (whats ?app|telegram|signal) (instead|only|now|please)\b|\bmy (whats ?app|telegram|signal)\b/
    $w3 = "text me on"
    $w4 = "message me on"
    $w5 = "wa.me/"
    $w6 = /\b(whats ?app|telegram) me (here|on|at|back|when|please|now)\b/
  condition:
    any of them
}

rule family_new_number_money
{
  meta:
    action = "junk"
    weight = 3.0
    description = "'Hi Mum/Dad, this is my new number, my phone broke': a child's new-number story with a money request, a move to a chat app or an urgent problem with 'don't call the old number' (English, Singapore and Malaysia English, Jamaican Patois: 'mi phone bruk, a mi new numba dis, sen mi 15,000 pon mi account'); or a dropped or broken phone, 'this is my temporary number, text me back when you get this' (UK and US English); or an aunt, uncle, grandparent or cousin who names themself ('Hi honey, it's Aunt Carol', 'it's Grandma'), got a new phone and asks a favour without naming it (US English); or the new or temporary number with no ask yet but the excuse not to speak: the new phone's microphone or speaker is broken, calls do not work, text here (UK, US and Australian English), with no 'call me'; or the grandmother, aunt or mother (Nan, Gran, Auntie, Mam, Mathe) on a new or temporary number with a hook (need something urgent, reply asap, WhatsApp me) or 'can't talk, text me here' (UK, Irish and Kenyan English)"
  strings:
    $p = /\b(hi|hello|hey|hiya|dear|morning|molo|sawubona|dumela|howzit|howya|howaya|heya) (mum|mom|mam|ma|mummy|mommy|mumma|mammy|mama|dad|daddy|da|papa|mother|father|mme|ntate|baba|tata|mamma|nan|nana|nanna|gran|granny|grandma|auntie|aunty|mathe|mathee|cucu|shosh)\b/
    // or the bare word opening the message: "Mum I need to pay a bill", "Papa this is my new number"
    $p2 = /^(mum|mom|mam|mummy|mommy|mumma|mammy|mama|dad|daddy|papa|mother|father|mme|ntate|baba|tata|nan|nana|nanna|gran|granny|grandma|auntie|aunty|mathe|mathee|cucu|shosh),? /
    // the first message of the story asks nothing yet but hooks: "need help with something", "can you do me a favour"
    // a favour asked counts after a new number, not after a dead or broken phone
    $new = /\b(new (number|phone|no)|temp(orary)? (number|no|phone)|save (this|my) (number|no)|using this (number|no)|this (number|no) for now)\b/
    // the grandparent or parent of Singapore and Malaysia: "Ah Ma, it's me", "Ah Gong", "Popo"
    $p3 = /\bah (ma|mah|pa|gong|kong|po|mm|ba)\b|^(popo|ah ma|mak|abah|nenek|atuk),? /
    // or an urgent problem told before any ask, with "don't call the old number"
    $prob = /\b(got (some |a |big |small |one )?(problem|trouble|issue)|in (some |a bit of |big )?trouble|something (urgent|happened)|(very )?urgent)\b/
    // a child with a real problem also says "I'll explain later"; only "don't call the old number"
    // (the impostor cannot answer it) stands without a money ask
    $oldline = /\b(don'?t|do not|dont|no need to|pls don'?t|please don'?t) (call|use|msg|text|whatsapp) (my |the )?old (number|no|phone|line|one)\b/
    // or the first text of the story asks only for a reply to a TEMPORARY number ("I dropped my phone
    // down the toilet, this is my temporary number, text me back when you get this"); a new number
    // given to be saved asks for nothing
    $temp = /\b(this is|this is my|this is a|i'?m on|i am on|on|using|texting (you )?from|from|my) (a |my )?temp(orary)? (number|no|phone|sim|mobile|line)\b/
    // the bare reply asked, nothing to answer ("text me back the pickup time" names it)
    $textback = /\b(text|message|msg|reply to|get back to|whatsapp) me (back )?(when you (get|see|read) this|asap|as soon as (you can|possible)|on this( number| one)?|here)\b|\b(text|message|msg|reply to|get back to) me back( please| pls| asap| mum| mom| dad| x{1,3})?[ .!]{0,3}$|\bplease (text|reply|message) (me )?back[ .!]{0,3}$|\b(text|message|reply|write) back (on|to) (this|this number|here)\b/
    // The relative by title who names themself ("Hi honey, it's Aunt Carol, I got a new phone. Can you do
    // me a favor?"; "it's Grandma"): the 'hi mum' opener told from the other side. The favour is left
    // unnamed; a real aunt names it ("do me a favor and bring the potato salad Sunday")
    $p4 = /\b(it'?s|its|it is|this is) (your )?(aunt|auntie|aunty|uncle|grandma|grandpa|granny|gran|nana|grammy|grandmother|grandfather|cousin)[ ,.!]/
    $bare = /\b(do me a|need a|ask (you )?a|quick|small|little|big) favou?r( for me)?( please| pls| real quick)? ?([?.!]|$)|\b(need (some|your) help|need help with something|ask you something|help me with something)( please| pls| real quick)? ?([?.!]|$)/
    $named = /\b(bring|pick (up|me up)|drive|feed|water|watch|babysit|mail|return|remind|show me how|set (it|this|my phone|the phone) up|tell (your|ur) (mom|mum|dad|mother|father))\b|\b(sunday|saturday|monday|tuesday|wednesday|thursday|friday|tomorrow|tonight|this weekend)\b/
    // or the first text gives the new number and the excuse not to speak: the new phone's microphone or
    // speaker is broken, so calls do not work and only messages do (the impostor cannot speak in the
    // child's voice). A new number alone, or "call me when you're free", is the child's own
    $nocall = /\b(mic|microphone|speaker|earpiece|audio)( on (it|this (one|phone)|(my|the|this) (new )?(phone|mobile|one)))?('s|'re| is| are)? (not working|isn'?t working|doesn'?t work|don'?t work|won'?t work|stopped working|(broken|busted|damaged|faulty|dead|fried|messed up|playing up|water damaged|not functioning)|got (damaged|broken|wet|water damaged|busted))\b|\b(calls|calling|phone calls|voice calls) (don'?t|doesn'?t|won'?t|aren'?t|isn'?t|are not|not) work(ing)? (on (this|it|the|my))?|\bcan'?t (hear|be heard)( anything| anyone| you| me)? (on|in|during|when i) (calls|a call|the phone|call)\b|\bno (sound|audio) (on|in|during) (calls|this phone)\b/
    $callme = /\b(call|ring|phone|facetime|buzz|bell) me\b|\bgive (me|us) a (call|ring|bell|buzz)\b|\b(i'?ll|i will|gonna|going to) (call|ring|phone|facetime) (you|u) (tonight|later|tomorrow|in a bit|after|this (evening|afternoon|weekend|morning))\b/
    // the old phone's mic, or another device's (a laptop's mic for a family call is no excuse)
    // the hook of the new or temporary number's first text in its other everyday forms: "need something urgent",
    // "reply asap", "whatsapp me" ("I'll explain later" alone is a real child's too); and the excuse not to speak
    // with the text asked ("can't talk right now, text me here"): a new number given with plans or "call me
    // later" asks neither
    $hook_en = /\bneed (something|help|a favou?r|your help|a hand)( with something)? (urgent|urgently|quickly|asap|fast|now|real quick)\b|\bhelp me with something (urgent|important|quickly|asap)\b|\b(it'?s|its|it is) (urgent|an emergency)\b|\b(reply|respond|answer|get back to) (me )?(asap|quickly|urgently|as soon as)\b|\bwhats ?app me\b/
    $canttalk = /\b(can'?t|cannot|can not|unable to) (talk|speak|take (any )?calls|answer calls)( right now| now| at the moment| atm| on this (phone|one))?\b/
    $texthere = /\b(just |only |pls |please )?(text|message|msg) (me )?(on |at )?(here|this number|this one|instead|only)\b/
    $oldmic = /\bold (phone|one|mobile|handset)('s)? (mic|microphone|speaker|earpiece)\b|\b(mic|microphone|speaker|earpiece) (on|of|in) (my |the |me )?old\b|\b(laptop|computer|headset|headphones|airpods|earbuds|zoom|discord|xbox|playstation|ps5)\b/
  condition:
    ($p or $p2 or $p3) and family_new_number_story and (family_money_request or family_chat_app or (family_favour_hook and $new) or ($prob and $oldline) or ($temp and $textback))
    or (($p or $p2 or $p3) and ($new or $temp) and $nocall and not $callme and not $oldmic and sender_kind != "alpha" and sender_kind != "shortcode")
    or ($p4 and $new and $bare and not $named and sender_kind != "alpha" and sender_kind != "shortcode")
    or (($p or $p2 or $p3) and ($new or $temp) and family_new_number_story and $hook_en and not $callme and sender_kind != "alpha" and sender_kind != "shortcode")
    or (($p or $p2 or $p3) and ($new or $temp) and $canttalk and ($texthere or $textback) and not $callme and sender_kind != "alpha" and sender_kind != "shortcode")
}

// "I'm in a meeting, I cannot take calls right now": why an errand must be done by text (the
// gift-card errand and the boss's opener)
private rule family_cannot_talk
{
  strings:
    $busy = /\b(i'm|i am|im) (in a meeting|in meetings|tied up|in church|at the hospital|on a call|on another call)\b|\b(in a meeting|in meetings|back-to-back meetings|in a conference)\b|\b(can'?t|cannot|can not|unable to) (talk|call|take (any )?calls?|take a call|pick up)( right now| now| at the moment)?\b/
    // the pastor's version: in a service, a programme or a vigil
    $busy_en = /\b(i'm|i am|im|am) (currently |presently |now )?in (a |the )?(service|program|programme|crusade|vigil|retreat|prayer meeting|ministration|revival|convention|seminar|synod)\b/
    // Nigerian Pidgin: "I dey for meeting, I no fit pick call"
    $busy_pcm = /\bi (dey|de) (for |inside )?(meeting|program|programme|service|church|crusade|vigil)\b|\bi no (fit|go fit|dey fit) (pick|take|answer|receive) (call|calls|phone|your call)\b/
    // French (accents folded): "je suis en reunion / au culte", "je ne peux pas decrocher"
    $busy_fr = /\bje suis (actuellement |presentement |en ce moment )?(en (reunion|culte|priere|seminaire|retraite|programme|conference|croisade|veillee|session)|au (culte|programme|seminaire|service))\b|\bje ne (peux|pourrai|pourrais) pas (parler|decrocher|repondre (au telephone|aux appels|a ton appel|a votre appel)|prendre (d'appels?|les appels|ton appel|votre appel)|appeler)\b|\bne m'appel(le|ez) pas\b/
  condition:
    any of them
}

rule family_gift_card_errand
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A relative or boss who 'cannot call' asks for gift cards to be bought and their codes or card backs sent: the gift-card errand scam (English; and Romanian, Greek, Bulgarian, Chinese, Cantonese and Japanese: gift cards named with photos of the codes asked, or with 'I'm in a meeting, I can't talk')"
  strings:
    // compile cost: X{1,a}X{1,b} is X{2,a+b}; counted from 1, YARA-X stops enumerating atoms
    $buy = /\b(buy|get|purchase|pick up)( me)? ([0-9]{1,2} |some |a few |two |three |four |five )?([a-z]{1,6}[a-z]{1,6} ){0,2}(gift ?cards?|itunes cards?|google play cards?|steam cards?|vouchers)\b|\b(buy|get|purchase)( me)? [0-9]{1,2} ?x ?(£|\$|€)?[0-9]{1,3}[0-9]? ([a-z]{2,12} )?(gift ?cards?|vouchers|cards)\b/
    $send = /\b(send|text|email)( me)? (the )?(pics?|photos?|pictures?|codes?|numbers?|card numbers?|scratch)\b|\b(back of the cards?|scratch (off )?the back)\b|\b(i will|i'll) (reimburse you|pay you back|refund you)\b/
    // Romanian, Greek, Bulgarian, Chinese, Cantonese, Japanese (a Greek, Cyrillic or CJK letter is two or three
    // bytes: the gaps are in bytes): gift cards named ...
    $gc_x = /\b(carduri cadou|card cadou|carduri de cadou|vouchere cadou|carduri (google play|itunes|steam|apple|amazon|paysafe))\b|(δωροκάρτ|δωροκαρτ|κάρτες δώρου|καρτες δωρου|κάρτα δώρου|καρτα δωρου|κάρτες (google|itunes|steam|apple|amazon)|καρτες (google|itunes|steam|apple|amazon)|карти за подарък|карта за подарък|ваучери за подарък|подаръчни карти|подаръчна карта|карти (google|itunes|steam|apple|amazon)|礼品卡|禮品卡|礼物卡|禮物卡|购物卡|購物卡|京东卡|京東卡|苹果卡|蘋果卡|充值卡|itunes卡|ギフトカード|ギフト券|itunesカード|google ?playカード|アマギフ|プリペイドカード|app ?storeカード|ウェブマネー)/
    // ... and their codes or card backs asked in photos ...
    $codes_x = /\b(trimite|trimiteti|trimiti)(-mi| mie)?( pozele| poze| fotografii| fotografiile| codurile| codul| coduri)\b|\b(pozele|poze|fotografii|fotografiile) (cu|ale) codur|\brazuie|(φωτογραφί|φωτογραφι).{0,40}κωδικ|(στείλε|στειλε|στείλτε|στειλτε|στείλεις|στειλεις|στείλετε|στειλετε)( μου| του)?.{0,30}(κωδικούς|κωδικους|κωδικό|κωδικο|φωτογραφ)|(ξύσε|ξυσε|ξύστε|ξυστε)|снимк.{0,40}код|(прати|изпрати|пратете|изпратете|пратиш|изпратиш)( ми| му)?.{0,30}(кодовете|кода|снимк)|(изстържи|изстържете)|(卡密|卡号|卡號|密码|密碼|序号|序號|兑换码|兌換碼).{0,30}(拍照|照片|发|發|传|傳|send)|拍照.{0,20}(发|發|传|傳)|影低|(コード|番号|裏).{0,30}(写真|撮影|撮って|送って|送信|教えて)|裏を削/
    // ... or the buyer told the sender is in a meeting and cannot talk
    $busy_x = /\b(sunt in sedinta|sunt intr-o sedinta|nu pot vorbi|nu pot raspunde)\b|(σε σύσκεψη|σε συσκεψη|σε meeting|σε συνάντηση|σε συναντηση|δεν μπορώ να μιλήσω|δεν μπορω να μιλησω|в среща съм|на среща съм|не мога да говоря|在开会|在開會|开会中|開會中|喺度開會|不方便接电话|不方便接電話|唔方便講電話|会議中|打ち合わせ中|電話に出られ|話せない)/
  condition:
    ($buy and ($send or family_cannot_talk) or $gc_x and ($codes_x or $busy_x)) and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule family_new_number_request
{
  meta:
    action = "junk"
    weight = 1.5
    description = "A new-number or broken-phone story from an unknown sender that asks for money (weak alone: the model or another marker tips it)"
  condition:
    family_new_number_story and (family_money_request or family_favour_hook) and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule family_new_number_intl
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A child's new-number story with a money request or a chat app, in Vietnamese, Haitian Creole, Afrikaans, Spanish (a deposit, an 'ingreso' or a Bizum; not a bare 'por favor'), Portuguese, German, Dutch, French, Italian, Polish, Swedish, Danish, Norwegian, Finnish, Czech, Turkish, Romanian, Russian, Ukrainian, Greek, Hebrew, Korean (the broken phone or the temporary phone with a transfer, an ID card photo, a card number or an app to install), Japanese (a new number with a transfer or a LINE to add), Tagalog, Nigerian Pidgin, romanised Hindi, romanised and written Urdu (money asked, or WhatsApp in a hurry), Chinese (and Taiwan: a new number with a LINE to add), West African French (Wave, Orange Money, MoMo), Swahili or Arabic (and the cousin abroad on a changed number who wants 'a small favour, quickly', in Arabic script or in Latin letters with digits); the aunt, uncle or grandparent in Portuguese and Spanish, with a favour or 'something to ask' ('favorzinho', 'necesito pedirte algo', a Yape); the parent or grandparent in Russian or Ukrainian whose phone was taken, written from a friend's number, with a sum to a card; or the new number's excuse not to speak, the microphone or speaker broken, with no 'call me' (Spanish, Dutch, German, French); the grandparent, aunt or uncle in Italian with a favour, a top-up or Satispay; Catalan (a Bizum, a favour); Greek and Greeklish (a transfer, a deposit, 'a favour', Viber); the parent or elder in Swahili and Sheng with a hook (help with something, urgent, WhatsApp); Amharic (birr, telebirr, a favour; the phone lost, stolen or taken, a friend's number); Kinyarwanda (MoMo, money, help quickly); Luganda ('Maama nze, essimu yange bagibbye', MoMo or Airtel Money); romanised Bangla and Bengali (ammu or abbu, a friend's number, bKash, Nagad or Rocket); romanised Sinhala (ammi or thaththi, eZ Cash or mCash); romanised Nepali (aama or buwa, eSewa, Khalti or IME Pay); Arabic in Latin letters (money or a wallet, or the Egyptian hook: 'ab3atli 3al whatsapp', '3ayzak fi 7aga'); the mother, father, grandmother or aunt in Gulf, Levantine and Egyptian Arabic on a new, temporary or friend's number or after a broken, lost or stolen phone, with WhatsApp ('add me on WhatsApp' too), a favour needed or 'answer me urgently'; the Brazilian and European Portuguese, Spanish and Greek first text with 'me chama no zap', 'responde-me', 'contestame', 'urgente' or 'answer me'; the short Polish kin forms (mamcia, mamusiu, tatus, babciu) and the elder brother or sister or Cantonese dad addressed at the start in Chinese (哥, 姐, 家姐, 老豆) with a WeChat or LINE move or money; the cousin, son or daughter of Latin America and the Quebec child or grandchild on a borrowed or friend's phone ('te escribo del celu de una amiga', 'celular de uma amiga', 'le cell d'un chum, le mien est brise') with a Plin, an OXXO deposit, a CBU, a Pix or an Interac e-Transfer; the Romanian child with a bill to pay or money to the account, the Greek one with a bill or a sum needed, the Chinese grandparent and the Cantonese 'phone broke, 過數 / 轉數快', the Korean grandparent or a number changed with money asked urgently, the Haitian child who lost the phone or must pay a bill (MonCash, Natcash)"
  strings:
    $es = /\b(mama|mami|mamita|ma|papa|papi|papito|pa|abu|abue|abuela|abuelo|abuelita|abuelito|yaya|yayo|madrina|padrino|tia|tio|tita|tito|primo|prima|hijo|hija|mijo|mija|sobrino|sobrina|soy tu (sobrino|sobrina|hijo|hija|nieto|nieta|primo|prima))\b.{0,120}\b(numero nuevo|cambie el numero|nuevo numero|este es mi numero|se me (rompio|cayo|perdio|mojo|descompuso|dano|malogro) el (telefono|celular|movil|cel|celu)|(me robaron|perdi|rompi|se me (rompio|cayo|perdio|mojo|descompuso|dano|malogro)) el mio|el mio (se (rompio|cayo|perdio|mojo|descompuso|dano|malogro|quedo sin pantalla)|lo perdi|me lo robaron)|(telefono|celular|cel|celu|movil|numero) prestado|(telefono|celular|cel|celu|movil) de (un|una|mi) (amig[oa]|compa|companer[oa]|vecin[oa]|colega)|te (escribo|hablo) (de|desde) otro numero|(perdi|rompi) (el|mi) (telefono|celular|movil|cel|celu)|cambie de (numero|celular|cel|celu|telefono|movil)|me (robaron|asaltaron|quitaron) el (telefono|celular|movil|cel|celu)|numero (provisional|temporal)|(mi|el) (telefono|celular|movil|cel|celu) (se me )?(rompio|cayo|perdio|mojo|descompuso|murio))/
    $pt = /\b(mae|mamae|mainha|pai|papai|painho|tia|tio|vovo|vozinha|vo|avo|avozinha|madrinha|padrinho|filho|filha|primo|prima|sobrinho|sobrinha)\b.{0,120}\b(numero novo|novo numero|meu numero novo|troquei de numero|mudei de numero|numero (provisorio|temporario)|(celular|telefone|cel|aparelho|telemovel) (se )?(quebrou|caiu|molhou|estragou|pifou|avariou|partiu|foi roubado|foi furtado)|roubaram (o |meu )?(celular|telefone|cel|telemovel)|(perdi|parti) (o |meu |o meu )?(celular|telefone|cel|telemovel)|(mudei|troquei) de (celular|telemovel)|(celular|telefone|cel|zap) (de|da|do) (uma|um|minha|meu) (amig[oa]|colega|vizinh[oa]|namorad[oa])|o meu (quebrou|caiu|molhou|estragou|pifou|foi roubado)|(numero|celular) emprestado)|\b(oi|ola|oie|benca|bom dia|boa tarde|boa noite) (vo|vovo)\b.{0,120}\b(numero novo|novo numero|troquei de numero|mudei de numero|(celular|telefone|cel) (quebrou|caiu|molhou|estragou|pifou|foi roubado))|\bsou eu,? (seu|sua|teu|tua) (neto|neta|filho|filha|sobrinho|sobrinha|afilhado|afilhada)\b.{0,120}\b(numero novo|novo numero|troquei de numero|mudei de numero|esse numero|(celular|telefone|cel) (quebrou|caiu|molhou|estragou|pifou|foi roubado))/
    $hi = /\b(mummy|mumma|mum|maa|mom|papa|pappa|dad)\b.{0,60}\b(mera naya number|mera new number|naya number|new number hai|phone (kharab|toot|gir|kho) (gaya|gya))/
    // (and the grandparent; Cantonese "部手機壞咗", "電話跌咗落水", "用緊朋友部機")
    $zh = /(妈|爸|媽|奶奶|爷爷|爺爺|外婆|外公|姥姥).{0,60}(新号码|新号|换号|新手机号|手机坏了|手机丢了|手机掉了|手机摔坏|同学的手机|朋友的手机|新號碼|換號|手機壞了|手機掉了|手機壞咗|手机坏咗|電話壞咗|跌咗落水|朋友部機|朋友部机|同學部機)/
    // German, Dutch, French, Italian (accents folded: "numero", "uberweisen")
    $de = /\b(mama|mami|mutti|papa|papi)\b.{0,120}\b(neue nummer|neuen nummer|neue handynummer|meine nummer hat sich|handy (ist )?(kaputt|defekt|ins wasser gefallen|runtergefallen)|alte nummer)/
    $nl = /\b(mam|mama|mams|mammie|pap|papa)\b.{0,120}\b(nieuwe? nummer|mijn nieuwe nummer|nieuwe telefoon|telefoon (is )?(kapot|stuk|gevallen)|mobiel (is )?(kapot|stuk)|oude nummer)/
    // French of France and West Africa: the aunt or uncle ("tantie", "tonton", "la fille de tantie ..."), the
    // phone "gate" (spoilt) or stolen; the ask in $money or a wallet, "aider avec 20.000", "on te rembourse"
    $fr = /(\b(maman|papa|mamie|papi|tantie|tanti|tata|tante|tonton|oncle|la fille de|le fils de|ton fils|ta fille|ton neveu|ta niece|grand frere|grande soeur|ton cousin|ta cousine|memere|pepere|marraine|parrain)|^((salut|allo|bonjour|bonsoir|coucou|hey|hello)[ ,!]{1,2})?(ma|pa|m'man|p'pa|moman|popa))\b.{0,120}\b(nouveau numero|mon nouveau (portable|telephone|tel)|(telephone|portable|tel|phone|cell|cellulaire) (est |s'est |a ete |m'a )?(casse|tombe|perdu|gate|vole|en panne|brise|mort|scrap|scrappe|noye)|(cell|cellulaire|telephone|portable|tel) (d'un|d'une|de mon|de ma) (chum|ami|amie|blonde|coloc|colocataire|collegue|voisin|voisine|frere|soeur|cousin|cousine|pote|copain|copine)|le mien (est|s'est|a) (brise|casse|scrap|mort|perdu|tombe)|(d'un|un) autre numero|nouveau (cell|cellulaire)|ancien numero|(j'ai|jai) change (de |mon )?(numero|puce|telephone|portable)|on m'a vole (mon|le) (telephone|portable|tel|phone)|(j'ai|jai) perdu mon (telephone|portable|tel|cell|cellulaire))/
    $fr_ask = /\b(wave|orange money|mtn money|moov money|momo|mobile money|flooz|fcfa|cfa|on te rembourse|je te rembourse|aider avec ([0-9]|un peu|de l'argent|quelque chose)|envoie(-| )moi [0-9]|interac|je te (le |la |les )?(redonne|remets|rends)|depanner?)\b/
    $it = /\b(mamma|mami|papa|babbo|papi)\b.{0,120}\b(nuovo numero|numero nuovo|(telefono|cellulare) (si e |e )?(rotto|caduto|perso)|vecchio numero)/
    // a favour asked ("hazme un favor", "me faz um favor"), not the "por favor" of any request; in Spain a
    // deposit is an "ingreso" or a Bizum; in Mexico "depositame", "mandame dinero"
    // Portuguese and Spanish: "favorzinho", "necesito pedirte algo", a Yape or a Mercado Pago, "te lo devuelvo"
    // a warning passed on in Portuguese or Spanish ("it's a scam", "if anyone asks for money from my old number, it's not me")
    $warn_lat = /\b(e golpe|eh golpe|um golpe|cuidado|nao (e|sou) eu|se alguem (te )?(pedir|pede|mandar)|es (una )?estafa|estafadores|no soy yo|si alguien (te )?(pide|pidiera|escribe))\b/
    // a payment thanked for or already made ("gracias por la transferencia", "obrigada pelo pix", "merci pour le
    // virement", "ya te yapee"): the relative's own news, not an ask
    $done_lat = /\b(gracias por (la|el|tu|los|las) (transferencia|yape|plin|deposito|plata|dinero|lana|giro|nequi)|ya te (lo |la |los |las )?(mande|transferi|pague|yapee|deposite|consigne|envie)|obrigad[oa] pelo (pix|dinheiro|deposito)|valeu pelo pix|ja te (mandei|paguei|transferi|fiz) o pix|merci (encore |beaucoup )?pour (le|ton|votre) (virement|transfert|interac|argent)|je t'ai (deja )?(envoye|fait) le virement)\b/
    $money2b = /\b(yapees|yapeas|plin|plinear|plineame|plinearme|plinees|plineas|oxxo|cbu|cvu|cuenta rut|favorzinho|favorcito|pedirte algo|pedirle algo|pedir algo|pedir un favor|te pedir (uma coisa|um favor|algo|uma ajuda)|me empresta|emprestar|yape|yapear|yapeame|yapearme|mercado ?pago|te lo devuelvo|se lo devuelvo|te devolvo|zap|zapzap|me chama|me responde|responde-me|responde me|me responda|urgente|escribeme|contestame|respondeme)\b/
    $money = /\b((un|um|el|o|a|hazme|haz|hacerme|me haces|me hace|me faz|faz|pedirte|pedir|big|quick|small|huge) favou?r|escribir|ingreso|ingresar|ingresame|bizum|deposita|depositas|deposites|depositarme|(mandame|enviame|mandarme|enviarme) (dinero|plata|lana|feria|\$|[0-9]([0-9.,]{0,8}[0-9])?)|escreve|transferencia|transferir|dinero|plata|nequi|daviplata|transfieras|transferencia urgente|pagar|factura|deposito|depositar|depositame|prestar|prestame|pix|dinheiro|pagamento|conta|paise|paisa|money|transfer|bhej|bhejo|gpay|paytm|phonepe|upi|whats ?app|telegram|uberweisen|uberweisung|uberweist|geld|rechnung|bezahlen|mir helfen|kurz helfen|ein problem|betalen|betaling|overmaken|maak over|rekening|betaalverzoek|tikkie|appen|appje|app me|ajuda|preciso|virement|virer|payer|facture|argent|rib|bonifico|pagare|soldi|fattura|iban)\b|(转账|汇款|打钱|微信|付款|转到|转给|卡上|急需|轉帳|匯款|借我|借点|借一下|急事|匯給|匯[0-9]|先匯|轉給我|急用|别打我原来|别打原来|先别打|不要打我原来|旧号码别|先别告诉|別打我原來|帮我转|幫我轉|过数|過數|转数快|轉數快)/
    $it2 = /\b(mamma|mami|papa)\b.{0,120}\b(ho cambiato numero|nuovo numero|telefono (rotto|caduto|non si accende))/
    $id = /\b(ma|mah|mama|mamah|bu|ibu|pa|pak|papa|ayah)\b.{0,60}\b(nomor baru|ganti nomor|nomor lama (hilang|rusak|mati)|hp (lama )?(rusak|hilang|ilang|jatuh))/
    $money2 = /\b(transfer|rekening|tolong (transfer|kirim|kirimin|bantu|pinjam|pinjamin)|scrivimi|whatsapp|bonifico)\b/
    // the Brazilian parent asked for an urgent Pix because "my account is blocked", "I'll pay you back"
    $pt2 = /\b(mae|pai|mamae|papai)\b.{0,120}\b(pix urgente|fazer um pix|conta (bloqueou|bloqueada|travou|travada))\b.{0,120}\b(te devolvo|devolvo depois|te pago|me ajuda|pode me ajudar)\b/
    // Korean, Tagalog and Polish: the parent or aunt, the broken or new phone, and the money or verification asked for
    $ko = /(엄마|아빠).{0,60}(폰|핸드폰|휴대폰|액정).{0,30}(깨져|깨졌|고장|수리|분실|잃어)/
    $ko_ask = /(상품권|송금|이체|입금|인증|결제|계좌|부탁)/
    // the temporary phone: "이거 임시폰이야", "친구 폰으로 문자해", a dropped or drowned phone, then an ID card
    // photo, a card number or its PIN, a transfer or an app to install (Korean, three bytes a letter)
    // (and the grandparent; the number changed, "번호 바뀌었어", or the phone broken, "휴대폰이 고장 나서")
    $ko2 = /(엄마|아빠|어머니|아버지|할머니|할아버지).{0,90}(임시 ?폰|임시 ?번호|임시 ?핸드폰|임시 ?휴대폰|친구 ?폰|친구 ?핸드폰|지인 ?폰|(폰|핸드폰|휴대폰) ?(액정|화면)|(폰|핸드폰|휴대폰)(을|이|를)? ?(떨어뜨|떨궈|잃어버|분실|침수|물에 빠|고장|깨져|깨졌))/
    // ... or only the number changed, with the money asked urgently
    $ko3 = /(엄마|아빠|어머니|아버지|할머니|할아버지).{0,90}(번호(가|를)? ?(바뀌|바꿨|변경)|새 ?번호)/
    $ko_ask3 = /(급하게|급해|급한|빨리|당장|지금 ?바로|오늘 ?안에).{0,45}(계좌|송금|이체|입금|결제|돈)|(계좌|송금|이체|입금|결제|돈이 ?필요).{0,45}(급하게|급해|급한|빨리|당장|보내 ?줄|보내 ?줘|해 ?줄 ?수|해 ?줘)/
    $ko_thx = /(고마워|고맙|감사|잘 ?받았)/
    $ko_ask2 = /((카톡|카카오톡|카카오) ?(아이디|id|친구 ?추가|추가|친추)|(신분증|주민등록증|주민 ?번호|카드 ?번호|(카드|계좌|통장|인증서) ?비밀 ?번호|카드 ?(사진|앞뒤|앞면|뒷면)|계좌|송금|이체|입금|상품권|앱 ?(좀 )?(설치|깔)|설치 ?(좀 )?해|원격|인증 ?번호|결제|대신 ?(좀 )?(내|결제|해)|돈이 ?(좀 )?필요))/
    // Japanese: the parent or grandparent, the new number or the broken or lost phone, then a transfer, money
    // needed or a new LINE to add
    $ja = /(お母さん|お父さん|母さん|父さん|おかあさん|おとうさん|ママ|パパ|おばあちゃん|おじいちゃん|ばあちゃん|じいちゃん|おかん|おとん).{0,120}(新しい番号|番号(が|を)?(変わ|変え)|電話番号(を)?変え|(携帯|スマホ|ケータイ|iphone)(が|を)?(壊れ|こわれ|落と|なくし|無くし|失くし|水没|割れ)|(友達|友人)の(携帯|スマホ|電話))/
    $ja_ask = /(振り込|振込|送金|立て替|貸して|お金(を|が)?(送|貸|振|用意|必要|足りな|困)|お金.{0,12}(送って|貸して|振り込)|(line|ライン)(を|の)?(追加|登録|交換)|友だち追加|友達追加|電子マネー|ギフトカード|アマギフ|プリペイドカード)/
    // traditional Chinese of Taiwan: the parent or an aunt or uncle, the new number or the broken phone, then
    // money (in $money) or a LINE to add ("加我的LINE", "加我賴")
    $zht = /(媽|爸|阿嬤|阿公|外婆|奶奶|爺爺|姑姑|阿姨|舅舅).{0,60}(新號碼|換號|換了號碼|換手機號|手機壞了|手機掉了|手機摔壞|手機(掉到|泡水|進水)|朋友的手機|同學的手機)/
    // the elder brother or sister, or Cantonese dad, addressed at the start ("哥，我换号了", "家姐，我部手機壞咗"):
    // anchored, so a friend's "我哥换了新号码" is not it
    $zh_sib = /^[^0-9a-z]{0,6}(哥|姐|大哥|大姐|二哥|二姐|老哥|阿哥|阿姐|家姐|哥哥|姐姐|老豆|老竇)(,|!| |。|啊|呀|吖).{0,60}(新号码|新號碼|新号|新號|换号|換號|换了号|換了號|新手机号|新手機號|手机坏了|手機壞了|手机坏咗|手機壞咗|手机丢了|手機丟了|手机掉了|手機掉了|手机摔坏|手機摔壞|手機(掉到|泡水|進水)|手机(掉到|泡水|进水)|同学的手机|同學的手機|朋友的手机|朋友的手機)/
    $zh_line = /(加(我|一下|我的)?(line|賴)|line ?id|(我的|新的)(line|賴)|加入(我的)?line)/
    $tl = /\b(tita|tito|ate|kuya|nanay|tatay|mama|papa|ma|pa|lola|lolo|mam|maam|sir|boss|pastor)\b.{0,80}\b(bago (kong|ko na|ko) (number|numero|sim)|bagong (number|numero|sim) ko|new number ko|(nasira|nawala)( (po|kasi|na|yung|ung|ang|yong)){0,3} (phone|cellphone|cp|selpon))/
    $tl_ask = /\b(makahiram|pahiram|utang|padala|pang-?bayad|pambayad|gcash|maya|pa-?load|emergency)\b/
    $pl = /\b(mamo|tato|mama|tata|mamcia|mamciu|mamusia|mamusiu|mamus|mamuska|mamuniu|mami|tatus|tatusiu|tatku|tatuniu|babciu|babcia|dziadku)\b.{0,80}\b(nowy numer|nowego numeru|moj nowy numer|telefon (mi )?sie (zepsul|popsul)|(stary|moj) (telefon )?(padl|sie zepsul|nie dziala)|zgubilam telefon|zgubilem telefon)|\b(tu|to ja|z tej strony) [a-z]{2,12},? (zmienilam|zmienilem) numer\b/
    $sv = /\b(mamma|pappa|mamsen)\b.{0,80}\b(nytt nummer|mitt nya nummer|tappat min telefon|telefonen (ar )?(trasig|sonder)|telefon gick sonder)/
    // Danish, Norwegian, Finnish and Czech: the parent, the new number or the broken phone
    $nord = /\b(mor|far|mom|mamma|pappa|aiti|isa|mami|tati)\b.{0,80}\b(mit nye nummer|mitt nye nummer|nyt nummer|nytt nummer|telefon(en)? er (gaet i stykker|odelagt|i stykker)|mobilen( min)? er odelagt|uusi numero|mun uusi numero|minun uusi numeroni|puhelin hajosi|puhelimeni hajosi|moje nove cislo|nove cislo|mobil se (rozbil|pokazil)|telefon se rozbil)/
    $sv_ask = /\b(swisha|swish|pengar|betala|kr|whats ?app|whatsappiin|mobilepay|vipps|penge|rahaa|maksaa|penize|poslat)\b/
    $pl_ask = /\b(platnosc|platnoscia|przelew|blik|pieniadze|pomoc|pomoz|pozycz|whats ?app|napisz|przelac|przelej|wyslac|wyslij|oddam)\w{0,4}\b|[0-9] ?(zl|zlotych)\b/
    // Turkish, Romanian, Russian, Ukrainian, Greek and Hebrew: the parent, the new or broken phone, and the money or chat app
    $tr = /\b(anne|annecim|annecigim|baba|babacim|babacigim|abla|ablacim|abi|abicim|abim|kardesim|teyze|teyzecim|dayi|dayicim|amca|amcacim|halacim|yenge|yengecim)\b.{0,80}\b(yeni numaram|yeni numara|numaram degisti|telefonum (bozuldu|kirildi|kayboldu|calindi|dustu|suya dustu))/
    $ro = /\b(mama|mami|mamico|tata|tati|bunico|bunicule|mamaie|tataie)\b.{0,80}\b(numarul meu nou|numar nou|s-a stricat telefonul|telefonul (mi )?s-a stricat|am pierdut telefonul|(mi-am|am) schimbat numarul|mi-a cazut telefonul|telefonul mi-a cazut|mi s-a spart telefonul|numarul meu temporar|numar (temporar|provizoriu)|telefonul (e|este) la reparat|de pe (alt|un alt) numar|numarul (asta|acesta) (e )?nou|al meu s-a (stricat|spart))/
    // the Romanian ask: a bill to pay, money to the account, help, urgently, "I can't talk now"
    $ro_ask = /\b(de platit|sa platesc|poti plati|platesti tu|in cont|ajuta-ma|ma poti ajuta|ajutorul tau)\b/
    $ru = /(мама|мам|папа|пап|мамо|тато|бабушка|бабуля|дедушка|бабусю|бабуся|дідусю).{0,120}(с номера (друга|подруги|товарища)|с телефона (друга|подруги|товарища)|з номера (друга|подруги)|з телефону (друга|подруги)|з чужого|(телефон|мобильный|мобільний) (забрали|отобрали|відібрали)|(забрали|отобрали|відібрали) (телефон|мобильный|мобільний)|(утопил|утопила|разбила) телефон|это мой новый|це мій новий|нового номера|новый номер|новий номер|телефон сломался|телефон зламався|разбил телефон|потерял телефон|с чужого|телефон сел)/
    // Nigerian Pidgin: "my phone spoil, this na my new number", then money to a wallet, "I go pay back"
    $pcm = /\b(my phone (don )?spoil|phone (don )?spoil|my own (phone )?(don )?spoil|this na my new (number|line)|na my new (number|line)|my new line (be|na) this|i (don )?change (my )?(number|line))\b/
    $pcm_ask = /\b(opay|palmpay|moniepoint|kuda|i go pay (you )?back|i go return am|(send|transfer) (me )?[0-9]{1,3}k)\b/
    // Yoruba: "my phone is broken, this is my new number"
    $yo = /\b(foonu mi ti baje|foonu mi baje|nomba tuntun mi|nomba mi tuntun)\b/
    $yo_ask = /\b(ranse|owo|egberun|fi [a-z0-9 ]{1,20} ranse)\b/
    $el = /(μαμά|μαμα|μπαμπά|μπαμπα).{0,80}(καινούργιο μου νούμερο|νέο μου νούμερο|νέος αριθμός|καινούργιο νούμερο|χάλασε το κινητό)/
    $he = /(אמא|אבא|סבתא).{0,100}(המספר החדש|מספר חדש|הטלפון נשבר|הטלפון התקלקל|הטלפון שלי (נפל|נשבר|התקלקל|נגנב))/
    // Turkish "acil 2.000 tl lazim", "kimseye soyleme"; Hebrew "להעביר לי", "בביט", "פייבוקס"
    // a Russian or Ukrainian warning about the scam ("if someone writes from a friend's number, it's fraudsters")
    $ru_warn = /(мошенни|шахра|аферист|развод|осторожно|обережно|не переводи|не переказуй|это не я|це не я)/
    $more_ask = /\b(odeme|para|havale|iban|acil|bani|transfer|plata|whats ?app|telegram|eft|papara|(tl|lira) lazim|kimseye (soyleme|soylemeyin|bahsetme)|revolut|lei|trimite|trimiti|trimite-mi|imprumut|imprumuta)\b|(деньги|скинь|переведи|перевести|переведешь|перекинь|перекинуть|займи|одолжи|позич|перекажи|переказати|на карту|на эту карту|на цю картку|на мою карт|гроші|картку|вотсап|ватсап|χρήματα|λεφτά|כסף|העברה|וואטסאפ|ווטסאפ|להעביר לי|תעביר לי|תעבירי לי|פייבוקס|בביט[ .,!?])/
    // Swahili: "hii ni namba yangu mpya", "simu yangu imeibiwa", then "nitumie elfu 20", M-Pesa, Airtel Money
    $sw = /\b((namba|nambari|laini|line) yangu (mpya|nyingine)|(namba|laini) mpya (ni )?hii|nimebadilisha (namba|nambari|laini|line|simu)|simu (yangu )?(imeibiwa|imeibwa|imepotea|imeharibika|imeanguka|imevunjika|iliibiwa|ilipotea)|nimeibiwa simu|nimepoteza simu|(simu|namba|laini|line) ya (rafiki|msee|beshte|jirani|mtu mwingine)( yangu| wangu)?)\b/
    $sw_ask = /\b(airtel money|m-?pesa|tigo ?pesa|halo ?pesa|nikopeshe|(nitumie|unitumie|tuma|nisaidie)( (tu|basi|haraka|sasa|kwanza|hata|tafadhali))? (pesa|hela|elfu|sh|tsh|ksh|kes|tzs|ugx|shilingi|kwa (m-?pesa|airtel|tigo|halo)|[0-9]))\b|\bnimekwama\b.{0,40}\b(pesa|hela|nauli|fedha|elfu|[0-9])/
    // Arabic of the Levant, the Gulf and Egypt: "هاد رقمي الجديد", "تلفوني انكسر", then send or transfer
    // an amount, a need for money, or a wallet (CliQ, Vodafone Cash); Egyptian spelling ends in "ى"
    $ar = /(رقمي|رقمى) (الجديد|الجديده|الجديدة)|(غيرت|بدلت) (رقمي|رقمى|الرقم|الخط)|(تلفوني|تلفونى|تليفوني|تليفونى|جوالي|جوالى|موبايلي|موبايلى|هاتفي|هاتفى) (انكسر|اتكسر|تكسر|خرب|ضاع|انسرق|اتسرق|سرق|وقع|طاح|باظ|تعطل|اتعطل)/
    // ... or the cousin (abroad) on a changed number who wants "a small favour, quickly", in Arabic script or in
    // Latin letters with digits ("ana weld 3amek, bdelt nmra, bghit mnek wa7ed lkhedma sghira")
    $ar_tie = /(ابن عمك|بنت عمك|ولد عمك|ابن خالك|بنت خالك|ولد خالك|ابن عمتك|ابن خالتك|بنت خالتك|قريبك|قريبتك|يا ابن عمي|يا ولد عمي)/
    $ar_fav = /(خدمة صغيرة|خدمه صغيره|خدمة بسيطة|خدمه بسيطه|منك خدمة|منك خدمه|منك واحد الخدمة|طلب صغير|طلب بسيط|خدمة ضرورية|خدمة بسرعة|خدمه بسرعه)/
    $arz_tie = /\b(weld|wld|ould|ibn|ebn|bent|bint|ben) ?(3am|3amm|khal|5al|3ammet|khalt|5alt)[a-z]{0,3}\b/
    $arz_new = /\b(bdelt|beddelt|badalt|badelt|ghayart|ghayert|8ayart|gheyyart|ghiert)( el| l)? ?(nmra|nemra|numero|numiro|ra9m|raqm|rakm|ra2m|raqami|ra9mi|rakmi|ra2ami|nemrti|nmrti)\b|\b(nmra|nemra|numero|ra9m|raqam|rakam|ra2am) (jdida|jdid|gdida|gedid|gdid|jadid|jdide)\b/
    $arz_fav = /\b(khedma|kheddma|khdma|5edma|5dma|khidma|5idma) (sghira|sghir|sgheira|soghayara|soghayra|so8ayara|sghayra|bsita|basita|bsor3a|bsr3a|daruriya|darouria|mosta3jala)\b|\b(ma7tag|m7tag|me7tej|m7taj|mehtaj|mo7taj|bghit|habit|7abit|7ab|3andi)( mennek| mnek| menak| mink| menek| minak| lik| lek) (wa7ed |wahed |chi |shi |wa7da )?l?(khedma|kheddma|khdma|5edma|5dma|khidma|5idma|talab)\b/
    $ar_ask = /(ابعتلي|ابعتلى|بعتيلي|بعتلي|ابعثلي|ابعثلى|ابعتيلي|ابعثيلي|حولي|حوللي|حول لي|حولى|حوليلي|حوليهم|حولهم|تحولي|تحوللي|سلفني|سلفنى|اسلفني|تسلفني).{0,60}([0-9]|دينار|ريال|جنيه|درهم|فلوس|مصاري|مبلغ|كاش|انستاباي|انستا باي|كليك|stc ?pay)|(محتاج|محتاجة|محتاجه|بحاجة|بحاجه|بدي|لازمني|ساعدني|ساعدنى|احتاج|أحتاج|نحتاج).{0,60}(دينار|ريال|جنيه|درهم|فلوس|مصاري|مبلغ)/
    // Romanised Urdu: "Ammi, mera phone toot gaya, ye mera naya number hai", then money asked (paise,
    // Easypaisa, JazzCash, "bhej dein") or a move to WhatsApp in a hurry ("foran WhatsApp karein, zaroori
    // hai"); a child's new number with "save kar lein" or Eid pictures on WhatsApp asks for neither
    $ur = /\b(ammi|ammy|ami|amma|ammaan|ammijan|abbu|abbo|abba|abbaji|abbujan|walida|ammi ji|abbu ji)\b.{0,80}\b(naya number|nya number|naya no|new number|mera number (badal|change)|number (badal|change) (ho gaya|kar liya|kiya)|(phone|mobile|fone) (toot|tut|tuut|kharab|kharaab|kho|gum|chori|gir|band)( ho)? (gaya|gya|gia|geya))\b/
    $ur_pay = /\b(paise|paisay|pesay|pese|raqam|rupay\w{0,2}|rupees|easy ?paisa|jazz ?cash|sada ?pay|naya ?pay|udhaar|udhar|qarz|qarza|bhej (do|dein|den|dain|dijiye|dijiyega)|bhejo|bhejain|bhejein|bhejen|transfer (kar|kr) (do|dein|den|dain|dijiye)|load (kar|kr|karwa) (do|dein|den|dain))\b/
    $ur_wa = /\bwhats ?app\b/
    $ur_urg = /\b(foran|fauran|furan|jaldi|jldi|urgent|urgently|zaroori|zaruri|zarori|zarurat|emergency)\b/
    // in Urdu script (a letter is two bytes: the gap is in bytes): "امی، میرا فون ٹوٹ گیا، یہ میرا نیا نمبر ہے"
    $urs = /(امی|امّی|ابو|ابّو|اماں|ابا|والدہ|والد صاحب).{0,160}(نیا نمبر|نئے نمبر|نمبر بدل|(فون|موبائل) (ٹوٹ|خراب|گم|چوری|گر))/
    $urs_pay = /(پیسے|پیسہ|رقم|روپے|ایزی پیسہ|ایزی پیسے|جاز کیش|بھیج دیں|بھیج دو|بھیجیں|بھیج دیجیے|ٹرانسفر|ادھار|قرض)/
    $urs_wa = /(واٹس ایپ|واٹس اپ|وٹس ایپ|واٹساپ|وٹساپ)/
    $urs_urg = /(جلدی|فوری|فورا|ضروری|ارجنٹ|مسئلہ|ایمرجنسی)/
    // Vietnamese (diacritics folded): "ma oi con ne", the new number or the broken phone, then a
    // transfer, an account number, Zalo or "don't call the old number"
    $vi = /\b(ma|me|bo|ba|noi|ngoai|ong|cha|u) oi\b.{0,120}\b(so moi|so dien thoai moi|doi so|sim moi|mat dien thoai|(dien thoai|dt|may) (cua con |con )?(bi )?(hu|hong|mat|rot|vo|bi trom))\b/
    $vi_ask = /\b(chuyen (khoan|tien|giup|cho con|gap|ngay)|so tai khoan|stk|muon (tien|tam|it tien)|vay (tien|tam)|gui (tien|giup)|nap (the|tien)|zalo|dung goi (vao |lai )?(so|may) cu|dung noi voi)\b/
    // Haitian Creole (accents folded): "Manmi, se mwen, nouvo nimewo m", then "voye yon ti kob", MonCash
    $ht = /\b(manmi|manman|papi|papa|grann|granmanman|granpapa|matant|tonton|nenenn)\b.{0,120}\b(nouvo nimewo|nouvo nimero|nimewo (m|mwen) (chanje|tounen)|(m|mwen) (te )?chanje nimewo|telefon (m|mwen) (kase|pedi|tonbe|gate|vole|pran dlo|kraze)|(m|mwen) (te )?(pedi|kase|kraze) telefon|yo (te )?vole telefon|telefon yon zanmi|(yon )?lot nimewo)\b/
    $ht_ask = /\b(voye (yon ti |ti |ban m |pou mwen |m |kek |yon )?(kob|lajan|[0-9])|moncash|natcash|prete (m|mwen)|m ap remet|ma remet|pa rele (ansyen|lot) nimewo|whats ?app|zelle|cash ?app|(bezwen|dwe) peye|bezwen (lajan|kob|[0-9])|ede m)\b/
    // Afrikaans: "Ma, dis ek, hierdie is my nuwe nommer, my foon is gebreek", then pay over or lend
    $af = /\b(ma|pa|mamma|pappa|mams|ouma|oupa|tannie|oom)\b.{0,120}\b(nuwe nommer|my nommer (het )?verander|(foon|selfoon) (is )?(stukkend|gebreek|gesteel|weg|verlore|in die water geval))\b/
    $af_ask = /\b(oorbetaal|oorplasing|betaal (asseblief|vir my|my)|geld|rekening|leen (my|vir my)|terugbetaal|terug betaal|dringend|whats ?app)\b/
    // the new number's excuse not to speak, as in English: the microphone or speaker does not work (Spanish,
    // Dutch, German, French; accents folded); "call me" (llamame, bel me, ruf mich an, appelle-moi) is the child's own
    $nocall = /\b(microfono|bocina|altavoz) (no (me )?(funciona|sirve|jala)|esta (roto|danado|descompuesto|fallando)|se (rompio|descompuso|dano))\b|\b(microfoon|speaker|luidspreker) (is (kapot|stuk)|doet het niet|werkt niet)\b|\b(mikrofon|lautsprecher) (ist )?(kaputt|defekt|geht nicht|funktioniert nicht)\b|\b(micro|microphone|haut-parleur) (ne (marche|fonctionne) (pas|plus)|est (casse|en panne|hs|mort))\b/
    $callme = /\b(llamame|marcame|bel me|bel mij|ruf mich an|ruf an|appelle(-| )moi|appelez(-| )moi)\b/
    // Italian: the grandparent, aunt or uncle (accents folded: "e caduto", "te li rido"), a changed number
    // or a broken or stolen phone, then a favour, a top-up, Satispay or PostePay, or "write to me"
    $it3 = /\b(nonna|nonno|nonnina|nonnino|zia|zio|zietta|madrina|padrino)\b.{0,120}\b(ho cambiato (numero|cellulare|telefono)|nuovo numero|numero nuovo|(telefono|cellulare) (si e |e |mi e |mi si e )?(rotto|caduto|perso|rubato|bagnato)|mi hanno rubato il (telefono|cellulare))/
    $it_ask = /\b((un|piccolo|grande|un piccolo) favore|favorino|ricarica|ricaricare|ricaricarmi|satispay|postepay|bonifico|soldi|scrivimi|whats ?app|te li rido|ti rido|te lo rido|te li restituisco|urgente)\b/
    // Catalan (accents folded): the parent, grandparent, aunt or uncle, a new number or a broken, lost or
    // stolen mobile, then a Bizum, a transfer, money, a favour, WhatsApp or "I'll give it back"
    $ca = /\b(mare|pare|mama|papa|iaia|iaio|avia|avi|tieta|tiet|padrina|padri)\b.{0,120}\b(numero nou|nou numero|he canviat (de |el )?(numero|mobil)|(mobil|telefon) (se m'ha |s'ha |m'ha )?(trencat|espatllat|caigut|perdut|mullat)|m'han robat el (mobil|telefon)|he perdut el (mobil|telefon))/
    $ca_ask = /\b(bizum|transferencia|diners|(un|petit) favor|escriu-me|escriu me|whats ?app|t'ho tornare|t'ho torno|us ho torno|te'ls torno|urgent|urgentment|pagar)\b/
    // Greek, with or without the accents: the parent, grandparent, aunt or godmother, a changed or new number
    // or a broken, dropped, lost or stolen phone, then a transfer, a deposit, money, "a favour", Viber, IRIS
    $el2 = /(μαμά|μαμα|μανούλα|μπαμπά|μπαμπα|γιαγιά|γιαγια|παππού|παππου|θεία|θεια|θείε|θειε|νονά|νονα).{0,160}((άλλαξα|αλλαξα) (αριθμό|αριθμο|νούμερο|νουμερο|κινητό|κινητο)|(νέο|νεο|καινούργιο|καινουργιο|καινούριο|καινουριο) (μου )?(νούμερο|νουμερο|αριθμό|αριθμο|κινητό|κινητο)|(χάλασε|χαλασε|έσπασε|εσπασε|έπεσε|επεσε|έχασα|εχασα|έκλεψαν|εκλεψαν) (μου )?το (κινητό|κινητο|τηλέφωνο|τηλεφωνο)|(κινητό|κινητο|τηλέφωνο|τηλεφωνο) μου (χάλασε|χαλασε|έσπασε|εσπασε|έπεσε|επεσε|χάθηκε|χαθηκε|κλάπηκε|κλαπηκε)|(προσωρινό|προσωρινο) (νούμερο|νουμερο|αριθμό|αριθμο|κινητό|κινητο)|(νέος|νεος) (μου )?(αριθμός|αριθμος)|(έσπασε|εσπασε) η οθόνη)/
    $el_ask = /(μεταφορά|μεταφορα|κατάθεση|καταθεση|έμβασμα|εμβασμα|χρήματα|χρηματα|λεφτά|λεφτα|(μια|μία) (χάρη|χαρη)|viber|whats ?app|iris|iban|επείγον|επειγον|επειγόντως|επειγοντως|πλήρωσέ|πληρωσε|δάνεισέ|δανεισε|απάντησέ μου|απαντησε μου|στείλε μου (μήνυμα|μηνυμα)|στειλε μου (μηνυμα|μήνυμα)|να πληρώσ|να πληρωσ|χρειάζομαι [0-9]|χρειαζομαι [0-9]|θα σου τα (δώσω|δωσω|επιστρέψω|επιστρεψω))/
    // Greeklish (Greek in Latin letters)
    $elz = /(\b(mama|mamaka|manoula|mpampa|mpampaka|babas|giagia|yiayia|pappou|papou|thia|theia|thie|theie|nona)|^ma)\b.{0,120}\b((allaksa|allaxa|alaksa|alaxa) (arithmo|noumero|kinito)|(neo|kainourgio|kainourio|kenourio|kenourgio) (mou )?(noumero|arithmo|kinito)|(xalase|halase|espase|epese|exasa|ehasa|eklepsan) (mou )?to (kinito|tilefono))\b/
    $elz_ask = /\b(metafora|katathesi|katathesh|emvasma|lefta|xrimata|xrhmata|(mia|mou kaneis mia|kaneis mia) (xari|hari|xarh)|viber|whats ?app|iris|iban|epeigon|epeigontws|epeigontos|plirwse|plhrwse|daneise|na plirwsw|na plhrwsw|xreiazomai [0-9]|tha sou ta (dwsw|epistrepsw))\b/

    // Swahili and Sheng: the parent or elder addressed, then a hook rather than a sum: help with something,
    // a problem, it is urgent, write on WhatsApp, do not call the old number
    $sw_kin = /\b(mama|mamaa|baba|dadi|mathe|mathee|mzae|mzazi|shangazi|bibi|babu|mjomba|shikamoo)\b/
    $sw_hook = /\b(nisaidie (na |kwa )?(kitu|jambo|kidogo|haraka|tafadhali)|nina dharura|ni (urgent|dharura|muhimu sana)|(niandikie|nitumie ujumbe|ni-?text|nichatie) (kwa |kwenye |kupitia )?whats ?app|usipige (kwa |kwenye )?(namba|laini) (ya zamani|ile))\b|\b(nitumie|unitumie|tuma) (doh|ganji|mulla|chapaa|dough)\b/
    // Amharic (three bytes a letter): the parent or elder, the new number or the stolen, lost or broken phone,
    // then birr or money sent, telebirr, a favour or "urgently"
    $am_kin = /(እማዬ|እማማ|እናቴ|አባዬ|አባቴ|አያቴ|አክስቴ|አጎቴ|ማሚ|ዳዲ|(^| )(እማ|አባ)( |፣|,|!))|^(mom|mum|dad|mommy|mummy|daddy)\b/
    $am_new = /(አዲስ ቁጥር|አዲሱ ቁጥሬ|አዲሱ ስልኬ|ቁጥሬን ቀይሬ|ቁጥር ቀይሬ|ቁጥሬ ተቀይሯል|ስልኬ (ተሰርቋል|ተሰረቀ|ጠፍቷል|ጠፋ|ተበላሽ|ተሰበረ|ወድቆ|ወደቀ|ጠፍቶብ|ተወሰደብ|ተሰርቆብ|ተሰረቀብ)|ስልኬን (ሰረቁ|ወሰዱ|ጣልኩ|አጣሁ|ሰበርኩ|ሰርቀው)|ስልኬ .{0,40}(ተበላሽቷል|ተሰብሯል)|phone ጠፍቶብ|ጓደኛዬ (ስልክ|ቁጥር)|በሌላ ሰው ስልክ)/
    $am_ask = /(ላኪልኝ|ላክልኝ|ላኩልኝ|አስተላልፊልኝ|አስተላልፍልኝ|ቴሌብር|telebirr|cbe ?birr|[0-9] ?ብር|ገንዘብ|ውለታ|በአስቸኳይ)/
    // Kinyarwanda: the parent or grandparent, the new number or the stolen, lost or broken phone, then money
    // sent by MoMo, help quickly, "I'll pay you back"
    $rw_kin = /\b(mama|papa|data|mawe|dawe|nyogokuru|sogokuru|masenge|marume|nyirarume|mom|mum|mummy|dad|daddy)\b/
    $rw = /\b(nimero (yanjye |yange )?nshya|nahinduye (nimero|numero)|(telefone|telefoni|terefone|phone) (yanjye |yange )?(yaribwe|yibwe|yapfuye|yatakaye|yangiritse|yaguye|yamenetse)|banyibye (telefone|telefoni)|nataye (telefone|telefoni)|(nimero|number|telefone) y'? ?inshuti)\b/
    $rw_ask = /\b(amafaranga|momo|mobile money|airtel money|unyoherereze|kunyoherereza|mwanyoherereza|nyoherereza|mwamfasha|ubufasha|byihuse|nzakwishyura|ndakwishyura|nzayakugarurira|whats ?app)\b/
    // Luganda: the parent or grandparent ("Maama nze ..."), the phone stolen, lost, broken or fallen in water, or a
    // friend's or another person's phone or a new number, then money sent on MoMo or Airtel Money ("mpeereza",
    // "sindika", "ontumire"); a child's "my phone was dead, I'll call tonight" asks nothing
    $lg_kin = /\b(maama|taata|mummy|mommy|daddy|jjajja|jajja|ssenga|kojja)\b/
    $lg_new = /\b(e?ssimu|simu)( yange)? (bagibbye|babbye|bagibba|babba|ebbiddwa|yabbiddwa|ebuze|yabuze|egudde|yagudde|efudde|yafudde|eyonoonese|yayonoonese|eyatise|yayatise|eyatika|yayatika)\b|\beyange (bagibbye|babbye|bagibba|babba|ebuze|eyatise|efudde|egudde)\b|\b(essimu|namba|layini) ya (mukwano gwange|mukwano|munnange|friend|muganda wange|mwannyinaze|muliraanwa|omuntu omulala)\b|\bnamba (yange )?empya\b|\bnamba eno si yange\b|\bnkozesa (essimu|layini) ya\b/
    $lg_ask = /\b(mpeereza|weereza|mpereza|nsindikira|nsindikire|sindika|ntumira|ntumire|ontumire|onsindikire|ompeereze|mpa ku|nkwetaaga ssente|nneewola|mpola)\b/
    // romanised Bangla and Bengali: ammu or abbu, the phone stolen, snatched, lost or broken, or a friend's or another
    // person's number, then bKash, Nagad or Rocket, or money to send ("taka pathao", "lagbe")
    $bn_kin = /\b(ammu|ammi|amma|ammajan|abbu|abba|abbajan|baba|mummy|nanu|dadu)\b|^(ma|maa|mom),? |(আম্মু|আম্মি|আম্মা|আব্বু|আব্বা)|^মা[ ,]/
    $bn_new = /\b(phone|mobile|fone)( ta| ti)? (churi|chori|chhintai|chintai|hariye|haray|haraye|nosto|noshto|bhenge|venge|chor niye)\b|\b(phone|mobile)( ta)? pani ?te\b|\b(bondhur|bandhobir|friend ?er|onner|arekjoner) (phone|number|nambar|mobile)\b|\bnotun (number|nambar)\b|\bpurono (number|nambar)e? call\b|(ফোন|মোবাইল)( টা| টি)? (চুরি|হারি|নষ্ট|ভেঙে|ছিনতাই)|(বন্ধুর|অন্যের) (ফোন|নাম্বার|নম্বর)/
    $bn_ask = /\b(bkash|bikash|nagad|rocket|upay)\b|\btaka\b.{0,20}\b(pathao|pathan|pathiye|lagbe|dorkar)\b|(বিকাশ|নগদ|রকেট)|টাকা.{0,30}(পাঠা|লাগবে|দরকার)/
    // romanised Sinhala: ammi or thaththi ("mama" is "I"), the phone lost, stolen, broken or left on a bus, or a
    // friend's or a new number, then eZ Cash, mCash or Genie, or money to send ("salli ewanna")
    $si_kin = /\b(ammi|amma|ammo|thaththi|thaththa|thatha|appachchi|aachchi|achchi|seeya|mummy)\b/
    $si_new = /\bphone eka\b.{0,24}\b(nathi|nethi|horu|hora|kadila|kaduna|kedila|wetila|watila|dala awa)\b|\b(yaluwage|yaluwekuge|yahaluwage|friend ge|wena kenekuge|aluth) (number|phone)\b/
    $si_ask = /\b(ez ?cash|mcash|genie)\b|\bsalli\b.{0,30}\b(ewanna|evanna|danna|denna)\b/
    // romanised Nepali: aama or buwa, the phone stolen, lost or broken, or a friend's or a new number, then eSewa,
    // Khalti or IME Pay, or "pathaidinus"
    $ne_kin = /\b(aama|ama|aamaa|buwa|buba|baba|mummy|mamu|hajurama|hajuraama|hajurba|hajurbuwa)\b|^ba,? /
    $ne_new = /\b(phone|mobile)( pani)? (chori|harayo|haraayo|haraeko|bigriyo|bigryo|futyo|phutyo|futeko)\b|\b(phone|mobile)\b.{0,24}\b(chori bhayo|chorera|lost bhayo|khasera)\b|\b(saathi|sathi|friend|arko|aru) ko (number|phone|mobile)\b|\bnaya number\b/
    $ne_ask = /\b(esewa|e-sewa|khalti|ime ?pay|fonepay)\b|\b(pathaidinus|pathaidinu|pathaidinuhos|pathaideu|halidinus|halidinu|halideu|gardinu|garidinus|garidinu)\b/
    // Arabic in Latin letters with digits: the parent or grandparent, "my new number" or the phone stolen,
    // broken or lost, then money, a transfer or a wallet (Whish, OMT, CliQ, Vodafone Cash, InstaPay, STC Pay)
    // Arabic of the Gulf, the Levant and Egypt: the mother, father, grandmother or aunt addressed (at the start or
    // after "يا"), the new, temporary or friend's number or the phone broken, lost, stolen or fallen (either word
    // order), and the hook rather than a sum: write me on WhatsApp, a favour or something needed from you,
    // answer me urgently ("I'll explain later" alone is a real child's too). A new number to save, or "call me tonight", asks for none of them
    $ar_kin = /^(.{0,30}( |،|,))?(ماما|بابا|يمه|يمة|يما|يبه|يبة|يبا|يوبا|ابوي|أبوي|ابويا|امي|أمي|امى|ستي|تيتا|تيتة|تيته|جدتي|يدوه|خالتي|خالتو|خالتى|عمتي|عمتو|عمتى)( |،|,|!|\.)|يا (ماما|بابا|امي|أمي|امى|ابوي|أبوي|ستي|تيتا|تيتة|تيته|جدتي|خالتي|خالتو|عمتي|عمتو)/
    $ar_new3 = /رقم (مؤقت|مؤقته|مؤقتة|جديد|صاحبي|صاحبتي|صاحبى|رفيقي|رفيقتي|صديقي|صديقتي)|(تلفون|تليفون|جوال|موبايل) (صاحبي|صاحبتي|صاحبى|رفيقي|رفيقتي|صديقي|صديقتي)|(انكسر|اتكسر|انسرق|اتسرق|ضاع|خرب|طاح|وقع|تعطل|اتعطل|باظ) (مني |منى )?(تلفوني|تلفونى|تليفوني|تليفونى|جوالي|جوالى|موبايلي|موبايلى|هاتفي|الموبايل|التلفون|الجوال|التليفون)|(الموبايل|التلفون|الجوال|التليفون|الهاتف) (وقع|طاح|انكسر|اتكسر|خرب|باظ|ضاع|انسرق|اتسرق|تعطل|اتعطل)|(تلفوني|تلفونى|تليفوني|تليفونى|جوالي|جوالى|موبايلي|موبايلى) (خربان|مكسور|ضايع|بالتصليح|في التصليح|فى التصليح|عطلان|بايظ)/
    $ar_hook = /(ضيفيني|ضيفني|ضيفينى|ضيفنى|اضيفيني|اضيفني|أضيفيني|أضيفني|ضيفي رقمي|ضيف رقمي).{0,20}(واتس|وتس|whats ?app)|(كلميني|كلمني|كلمينى|كلمنى|راسليني|راسلني|راسلينى|راسلنى|اكتبيلي|اكتبلي|اكتبيلى|اكتبلى|ابعتيلي|ابعتلي|ابعتيلى|ابعتلى|ابعثيلي|ابعثلي|ارسليلي|ارسلي لي|تواصلي معي|تواصل معي|تواصلى معايا).{0,20}(واتس|وتس|whats ?app|تيليجرام|تلغرام|تليجرام)|(منك|محتاجك|محتاجاك|محتاجتك|ابيك|أبيك|ابيج|ابغاك|بدي اياكي|بدي اياك|بدي ياكي|عايزك|عاوزك|عايزاكي)( ب| في| فى)? ?(خدمة|خدمه|طلب|شغلة|شغله|موضوع|حاجة|حاجه|فزعة|فزعه|امر|أمر|ضروري|ضرورى|بسرعة|بسرعه)|(ردي|ردى|رد|جاوبيني|جاوبني|جاوبينى)( علي| عليا| على| عليه)? ?(ضروري|ضرورى|بسرعة|بسرعه|حالا|الحين)/
    // ... or any plain ask of the first text (a number to save is the child's own): send a message, help me, a bill, transfer to me
    $ar_hook2 = /(ابعتيلي رسالة|ابعتلي رسالة|ابعتيلي مسج|ابعتلي مسج|ارسلي لي رسالة|راسليني|راسلني|تساعديني|تساعدني|ساعديني|ساعدني|فاتورة|فاتوره|تحوليلي|تحولين لي|حوليلي|حوللي|ردي علي|ردي عليا)/
    $arz_kin = /\b(mama|mamma|yumma|yuma|yamma|yoma|ummi|baba|yuba|yaba|yuba|teta|tayta|jiddo|sido|khalto|5alto|3ammo)\b/
    $arz_new2 = /\b(ra2me|ra2mi|ra2my|ra2amy|ra2ami|ra8mi|ra8my|raqmi|raqmy|rakmi|rakmy|ra9mi|nemrti|nmrti|nomrati)( el| il| al)? ?(jdid|jdide|jdeed|jdida|gedid|gdid|gedida|jadid|jadeed|jdeede)\b|\b(telefone|telefoni|telefony|tilifoni|tlfoni|tlifoni|jawali|jawwali|mobile|mobily|mobili|mobayli|mobaily)( ta2i| taba3i)? (w )?(ensara2|insara2|itsara2|etsara2|sara2oh|inkasar|enkasar|inkisar|et3atal|it3atal|ta3attal|tkassar|etkasar|itkasar|da3|daa3|ta7|khirib|5irib)\b/
    // ... or, in Latin letters, the hook rather than a sum: write to me on WhatsApp, "I need you for something",
    // answer me urgently ("ab3atli 3al whatsapp", "3ayzak fi 7aga", "rodi 3alaya daroori")
    $arz_hook = /\b(ab3atli|ab3atili|eb3atli|eb3atili|ib3atli|ib3atili|b3tli|kalemni|kallemni|kalimini|kallemini|kalmini|ektebli|ektebili|rasilni|raselni|raselini)( 3ala| 3al| 3| ala| fel| fi| on)?( el| l)? ?(whats ?app|wts|watsap|wats|telegram)\b|\b(3ayzak|3ayzaki|3ayzek|3awzak|3awzek|3awzaki|me7tagak|me7tagek|mehtagak|m7tagak|abghak|abeek|abeech|abgheek)( fi| f| b)? (7aga|haga|7aja|haja|khedma|5edma|talab|mawdoo3|mawdo3|amr|daroori|darori|bsor3a|bsora)\b|\b(rodi|roddi|rod|redi)( 3alaya| 3alay| 3alia| 3aliya)? (daroori|darori|bsor3a|bsora|7alan|halan|dlw2ty|delwa2ti|el7in|alhin)\b/
    $arz_ask2 = /\b(masari|masare|flous|floos|felous|fulus|filous|mablagh|mablag|t7awli|t7awelli|t7awleen|te7awelili|ti7awlili|7awleli|7awelli|ba3tili|tba3tili|tba3tile|ib3atli|eb3atli|eb3atili|ib3atili|whish|omt|cliq|vodafone cash|instapay|stc ?pay|salifni|sallifni)\b/
    // The post-Soviet new number or emergency (Russian, Ukrainian, Kazakh, Uzbek in both scripts, Georgian,
    // Armenian, Azerbaijani, transliterated Russian): a phone broken, lost or stolen, a new, temporary or
    // borrowed number, or an accident or hospital ...
    $cis_story = /(телефон\S{0,3} (разбил|сломал|украли|утопил|потерял|розбив|загубив|вкрали|зламав)|(разбил|сломал|потерял|утопил|украли|розбив|загубив|вкрали)\S{0,3} (мой |свій |свой )?телефон|нов(ый|ий) номер|временн\S{0,3} номер|тимчасов\S{0,3} номер|с чужого номера|з чужого номера|с номера (друга|подруги|знакомого)|з номера (друга|подруги)|попал\S{0,2} в (аварию|дтп)|потрапи\S{0,2} (в|у) дтп|в реанимаци|в больниц|в лікарн|телефоным\S{0,3} (жоғалт|сынды|ұрла)|жаңа нөмір|жаңа номер|telefonim (buzil|yo.qol|sindi|o.g.irla)|yangi raqam|телефоним (бузил|йўқол|синди|ўғирла)|янги рақам|telefonum (itib|sınıb|sinib|xarab|ogurla|ogurla)|yeni nomrə|ტელეფონი (დამეკარგა|გამიტყდა|მომპარეს)|ახალი ნომერ|հեռախոսս (կոտրվել|կորել|գողացել)|նոր համար|telefon (razbil|slomal|ukrali|poteryal)|novyi nomer|novyy nomer|s chuzhogo nomera|v bolnic)/
    // ... and money asked: a sum or a card to a transfer app, a loan, "send"
    $cis_ask = /(скинь\S{0,3} (на|мне )?.{0,12}[0-9]|скинь\S{0,3} (на карт|на каспи|денег|деньги)|переведи\S{0,3} .{0,20}([0-9]|деньги|на карт|на лечение)|одолжи|займи|нужны деньги|нужно [0-9]|на карту|на картку|на каспи|kaspi|каспи|click orqali|click орқали|payme|пейми|idram|сбер|монобанк|monobank|гроші|позич|жіберші|жіберіп|ақша жібер|tashlab yubor|ташлаб юбор|pul o.tkaz|пул ўтказ|gondər|manat|karta|გადამირიცხ|ფული გამომიგზავნ|ბარათზე|ուղարկիր|փոխանցիր|դրամ|skin .{0,12}[0-9]|na kartu|odolzhi|perevedi)/
    $cis_warn = /(мошенник|шахра|аферист|осторожно|обережно|алаяқ|firibgar|фирибгар|თაღლით|խարդախ|dələduz|moshennik)/
    // the money already sent or arrived ("udah aku transfer", "деньги пришли", "ақша түсті", "الفلوس وصلت"): the relative's own news
    $paid_done = /\b(udah|sudah) (aku |saya )?(transfer|tf|kirim)\b|(деньги (на карту )?пришли|деньги получил|ақша түсті|الفلوس وصلت|وصلت الفلوس|\bfloos wislat)/
  condition:
    (
    (any of ($es, $de, $nl, $fr) and $nocall and not $callme and sender_kind != "alpha" and sender_kind != "shortcode")
    or (any of ($es, $pt, $hi, $zh, $de, $nl, $fr, $it) and ($money or (($es or $pt) and $money2b)) and not (($es or $pt) and $warn_lat) and not (($es or $pt or $fr) and $done_lat)) or ($vi and $vi_ask) or ($ht and $ht_ask) or ($af and $af_ask) or ($fr and $fr_ask and not $done_lat) or (($it2 or $id) and ($money or $money2))
    or ($ko and $ko_ask) or ($pcm and $pcm_ask)
    or ((($ko or $ko2) and $ko_ask2) or ($ko3 and $ko_ask3 and not $ko_thx) or ($ja and $ja_ask) or ($zht and ($money or $zh_line)) or ($zh and $zh_line) or ($zh_sib and ($money or $zh_line))) and sender_kind != "alpha" and sender_kind != "shortcode"
    or ($tl and $tl_ask) or ($pl and $pl_ask) or (($sv or $nord) and $sv_ask)
    or (any of ($tr, $ro, $el, $he) and $more_ask) or ($ro and $ro_ask and sender_kind != "alpha" and sender_kind != "shortcode") or ($ru and $more_ask and not $ru_warn) or $pt2 or ($yo and $yo_ask)
    or ((($sw and $sw_ask) or ($ar and $ar_ask) or ($ar and $ar_tie and $ar_fav) or ($arz_tie and $arz_new and $arz_fav)) and sender_kind != "alpha" and sender_kind != "shortcode")
    or ((($ur and ($ur_pay or ($ur_wa and $ur_urg))) or ($urs and ($urs_pay or ($urs_wa and $urs_urg)))) and sender_kind != "alpha" and sender_kind != "shortcode")
    or ((($it3 and ($it_ask or $money2)) or (($it or $it2) and $it_ask) or ($ca and $ca_ask) or (($el or $el2) and ($el_ask or $more_ask)) or ($elz and $elz_ask)
      or ($sw and $sw_kin and $sw_hook) or ($am_kin and $am_new and $am_ask) or ($rw_kin and $rw and $rw_ask)
      or ($lg_kin and $lg_new and $lg_ask) or ($bn_kin and $bn_new and $bn_ask) or ($si_kin and $si_new and $si_ask) or ($ne_kin and $ne_new and $ne_ask)
      or ($arz_kin and ($arz_new or $arz_new2) and ($arz_ask2 or $arz_hook)) or ($ar_kin and ($ar or $ar_new3) and ($ar_hook or $ar_hook2))) and sender_kind != "alpha" and sender_kind != "shortcode")
    or ($cis_story and $cis_ask and not $cis_warn and sender_kind != "alpha" and sender_kind != "shortcode")
    ) and not $paid_done
}

// The pastor, bishop or imam "on my personal line" (English, Nigerian Pidgin, West and Central African
// French): who he is, the private or new line he writes from, and either the urgent need asked by text
// (busy in a service, reply here, send by mobile money) or the church or mosque project's appeal for
// "any amount" into an account. A congregation's own notice names the project but no private line.
private rule family_cleric_line
{
  strings:
    $cleric = /\b(pastor|bishop|archbishop|reverend|rev|imam|evangelist|apostle|prophet|deacon|deaconess|church elder|man of god|daddy g\.?o|pasteur|eveque|archeveque|l'abbe|monseigneur|le cure|l'imam|apotre|prophete|serviteur de dieu|homme de dieu|l'ancien|le diacre)\b/
    $line = /\bmy (new |own )?(new|personal|private|other|second|direct) (line|number|no|phone number|mobile number)\b|\b(personal|private) (line|number)\b|\b(mon (nouveau numero|autre numero)|ma nouvelle (ligne|puce)|numero (prive|personnel|perso)|ligne (privee|personnelle|perso))\b/
    // or written "personally", between him and the reader
    $privately = /\b(personally|privately|personnellement|en prive)\b/
  condition:
    $cleric and ($line or $privately)
}

rule family_boss_errand_opener
{
  meta:
    action = "junk"
    weight = 2.5
    description = "The boss or pastor who cannot talk: in meetings, needs a quick task done, 'don't call, just text' or a title signed (the gift-card or transfer errand's first text); the pastor, bishop or imam on a personal line with an urgent need or a church project's 'any amount' (English, Nigerian Pidgin, African French); in Chinese, the boss on a new WeChat who needs a payment advanced; the self-presented or signed pastor, priest, imam, rabbi, CEO, director, principal or manager ('... a quick favour. - Pastor Mike', 'Rev. <name>', '<name>, CEO') who asks if you are available or at your desk for a quick favour or a confidential task (English, Spanish); a third person 'from church' or 'from the office' who says the pastor or the boss needs gift cards today and will pay you back, or an HOA official or landlord collecting a new fee who sends the Zelle, Venmo or Cash App details by text (US English); or the director, the boss or their assistant on a new number who asks if you are free right now or at the office, or speaks of a confidential matter (Romanian, Greek and Greeklish, Bulgarian, Chinese, Japanese)"
  strings:
    $task = /\b(quick (task|favou?r|errand)|a task for me|handle (something|a task)|are you (at your desk|available|free|around)|need you to (handle|do|get))\b/
    $text = /\b(don't call|do not call|dont call|just text|text only|text me back|text back|reply here)\b/
    // or signed with a title ("- Laura Chen, CEO", "this is Pastor Mark"): who texts a task instead of calling
    $title = /- ?[a-z]{2,12}( [a-z]{2,14})?,? (ceo|cfo|coo|president|director|managing director|manager|principal|pastor|bishop)\b|\b(this is|it's) (pastor|reverend|rev|bishop|father|your (boss|ceo|director|manager|principal)) [a-z]{2,12}\b|\((ceo|cfo|coo|president|director|manager|principal)\)/
    // or a name given as if known ("hey, it's Mark") and a task left unnamed ("get something done for me")
    $intro = /\b(hey|hi|hello),? (it's|its|this is) [a-z]{2,12}\b/
    $vague = /\b(get|do|handle|sort out|take care of) (something|a (few )?things?|a task|an errand) (done )?(for me|quickly|asap|urgently|real quick)\b/
    // in Chinese: the boss ("王总", "老板", "领导") on a new WeChat or number, a payment to advance
    // first, the company to reimburse (a Chinese character is three bytes)
    $zh_boss = /(总|總|老板|老闆|领导|領導|经理|經理|董事长|董事長)/
    $zh_new = /(新微信|新的微信|换了微信|換了微信|微信号换|新号码|新號碼|换了号|換了號|加一下我|加我微信|换号|換號|新号|新號)/
    // The boss, the director or their assistant on a new number who asks if you are free or at the office, for
    // a confidential matter or meeting "between us" (Romanian, Greek and Greeklish, Bulgarian in both scripts,
    // Chinese, Japanese): who they say they are ...
    $lead_x = /\bsunt (directorul|directoarea|seful|sefa|managerul|administratorul|patronul|patroana)( tau| ta| dvs| dumneavoastra| general| executiv)?\b|\bsunt [a-z]{1,6}[a-z]{0,6},? (ceo|directorul|director general)\b|\b(sunt asistenta|sunt secretara) (domnului|doamnei|directorului)\b|\beimai o (diefthintis|proistamenos|ceo|dieftinths)\b|\baz sam (upravitelyat|upravitelya|direktorat|direktora|shefat|shefa)\b|((είμαι|ειμαι) (ο|η) (διευθυντής|διευθυντης|διευθύντρια|διευθυντρια|προϊστάμενος|προισταμενος|προϊσταμένη|προισταμενη|ceo|γενικός|γενικος)|(ο|η) (ceo|διευθυντής|διευθυντης) εδώ|(γραμματέας|γραμματεας|βοηθός|βοηθος) του (κ\.|κυρίου|κυριου|διευθυντή|διευθυντη)|аз съм (управителят|управителя|директорът|директора|шефът|шефа|собственикът)|(директорът|управителят|шефът) съм|(асистентката|секретарката) на (г-н|г-жа|директора|управителя)|(我是|我係|是我).{0,15}(总|總|老板|老闆|领导|領導|经理|經理|董事长|董事長)|(社長|部長|課長|専務|常務|取締役|支店長|所長|会長)(の.{1,30})?(です|だ|より))/
    // ... a new number (Romanian, Greek, Bulgarian, Japanese; the Chinese one is $zh_new) ...
    $new_x = /\b(numarul meu nou|numar nou|(scrie-mi|scrieti-mi) doar pe (acest|asta) numar|(neo|kainourio|kainourgio) (mou )?noumero|mono se auto to noumero|noviyat mi nomer|nov nomer)\b|(νέο μου νούμερο|νεο μου νουμερο|καινούργιο νούμερο|καινουργιο νουμερο|νέος (μου )?αριθμός|νεος (μου )?αριθμος|μόνο σε αυτό το νούμερο|μονο σε αυτο το νουμερο|новият ми номер|новия ми номер|нов номер|番号(が|を)?(変わ|変え)|新しい番号|携帯(を)?変え)/
    // ... a confidential matter ...
    $conf_x = /\b(confidential[a-z]{0,2}|discret[a-z]{0,3}|intre noi|nu discuta cu nimeni|nu spune(ti)? (la )?nimeni|empisteftik[a-z]{0,2}|metaksi mas|poveritel[a-z]{0,3}|diskretn[a-z]{0,2}|mezhdu nas)\b|(εμπιστευτικ|διακριτικ|μεταξύ μας|μεταξυ μας|μην το πεις|поверител|дискретн|между нас|не казвай на никого|私密|保密|机密|機密|别跟别人说|別跟別人說|先别告诉|先不要告诉|先不要告訴|不要告诉其他|唔好話俾人知|内密|極秘|内緒|他の人には言わ|誰にも言わ|口外)/
    // ... or are you free now, at the office
    $avail_x = /\b(esti|sunteti) (disponibil|disponibila|liber|libera) (acum|in acest moment)\b|\b(esti|sunteti) la birou ?\?|\beisai (diathesimos|diathesimi|eleftheros|eleftheri) (twra|tora)\b|\beisai sto grafeio\b|\bsvobod(en|na) li si sega\b|((είσαι|εισαι) (διαθέσιμος|διαθεσιμος|διαθέσιμη|διαθεσιμη|ελεύθερος|ελευθερος|ελεύθερη|ελευθερη) (τώρα|τωρα)|(είσαι|εισαι) στο (γραφείο|γραφειο)|свобод(ен|на) ли си сега|на работното място ли си|в офиса ли си|你现在方便吗|你現在方便嗎|现在方便吗|現在方便嗎|在办公室吗|在辦公室嗎|今お時間ありますか|今大丈夫|(会社|オフィス)にいますか|今手が空いて)/
    $zh_pay = /(转一下|轉一下|先转|先轉|垫付|墊付|汇款|匯款|打款|转账|轉帳|付一下|报销|報銷)/
    // the cleric on his private line: an urgent need, "reply me here", a wallet or airtime
    $need = /\b(urgent (need|help|assistance|request|matter|issue|favou?r)|something urgent|need your (urgent )?(help|assistance|support)|kindly assist me|i get (one )?(small )?(urgent|important) (need|matter|request|issue)|besoin urgent|aide urgente|service urgent|besoin de (ton|votre) aide|c'est urgent)\b/
    $reply = /\b(reply|respond|answer|get back to) (me )?(here|for here|on this (number|line)|asap|immediately|quickly)\b|\b(repondez|reponds|ecrivez|ecris)(-| )moi (ici|sur ce numero|vite)\b/
    $wallet = /\b(send me|transfer|mobile money|momo|opay|palmpay|moniepoint|airtime|recharge card|orange money|mtn money|moov money|airtel money|wave|flooz|envoie(-| )moi|envoyez(-| )moi|transfert|depot)\b/
    // the church or mosque project: "support with any amount" to an account, written "personally"
    $project = /\b(church|chapel|mosque|cathedral|parish|auditorium|sanctuary|temple) (building|project|construction|roofing|roof|land|renovation|development|expansion|completion)\b|\bbuilding (project|fund)\b|\b(construction|renovation|toiture|achevement|agrandissement|travaux) (de l'|du |de la |de notre )(eglise|temple|chapelle|mosquee|paroisse|cathedrale|sanctuaire|auditorium)\b/
    $any = /\b(any amount|whatever amount|any token|any little|what(ever)? you can afford|according to your (strength|capacity|ability)|anything wey you (fit|get)|n'importe quel montant|toute somme|tout montant|quel que soit le montant|selon (tes|vos) moyens|ce que (tu peux|vous pouvez))\b/
    $acct = /\b(account|acct|a\/c|bank|compte|rib|momo|mobile money|orange money|mtn money|moov money|wave|opay|palmpay|moniepoint)\b/
    // The leader's opener with no busy story: who he says he is ("this is Pastor Mike", "it's your
    // CEO", "soy el pastor Juan", "le escribe el director"), then two of: are you available or at your
    // desk, a quick favour or task left unnamed, and "keep this between us" (a confidential task counts
    // for both); at your desk or "available right now" counts alone
    // compile cost: X{1,a}X{1,b} is X{2,a+b}
    $lead = /\b(this is|it'?s|its|i'?m|i am) (pastor|reverend|rev|father|fr|bishop|imam|rabbi|sheikh|principal|director|chairman|president) [a-z]{1,6}[a-z]{1,6}\b|\b(this is|it'?s|its|i'?m|i am) (your|ur) (pastor|reverend|bishop|imam|rabbi|priest|vicar|ceo|cfo|coo|md|managing director|executive director|director|principal|head ?teacher|headmaster|headmistress|manager|general manager|branch manager|boss|supervisor|chairman|president|superintendent)\b|\b(pastor|reverend|rev|father|bishop|imam|rabbi|principal) [a-z]{1,6}[a-z]{1,6} here\b/
    $lead_es = /\b(soy|le escribe|te escribe|le habla|te habla|habla) (el|la|tu|su) (pastor|pastora|obispo|rabino|imam|director|directora|director general|directora general|gerente|gerente general|presidente|presidenta|jefe|jefa|supervisor|supervisora|ceo|rector|rectora)\b|\b(soy|le escribe|te escribe|le habla|te habla|habla) el (padre|sacerdote) [a-z]{1,6}[a-z]{1,6}\b/
    $strong = /\bare (you|u) (at|on) (your|ur) (desk|seat)\b|\bare (you|u) on seat\b|\bare (you|u) (available|free) (right now|now|at the moment) ?\?|\bare (you|u) available to (assist|handle|help)( me)? (with something|quickly|discreetly|urgently|now|right now)\b/
    $strong_es = /\b(estas|esta|se encuentra|te encuentras) en (tu|su) (escritorio|puesto|oficina)\b|\b(estas|esta|se encuentra|te encuentras) (disponible|libre) (ahora|ahorita|ahora mismo|en este momento) ?\?/
    $avail = /\bare (you|u) (available|free|around|busy)( at the moment| currently| today)? ?\?|\b(let me know|lmk|text me|reply|tell me) (if|when) (you'?re|you are|u r|ur|u are) (available|free|around)\b|\bdo you have a (minute|moment|sec|second) ?\?/
    $avail_es = /\b(estas|esta|esta usted|se encuentra|te encuentras|andas) (disponible|libre|ocupad[oa]) ?\?|\b(avisame|aviseme|dime|digame|confirmame|confirmeme) (si|cuando) (estas|esta|estes|este) (disponible|libre)\b|\b(tienes|tiene) un (momento|minuto) ?\?/
    $fav = /\b(quick|small|little|urgent|discreet|confidential|private|personal|important) (favou?r|task|errand|assignment|request)\b|\b(need|want) you to (do|handle|take care of|run) (something|a (little |quick |small )?(task|errand|favou?r))\b|\bneed a favou?r( from you)?\b|\bi have a task for you\b|\bi need your (urgent )?(help|assistance)( urgently| right now| asap| now| quickly| discreetly| with something| on something)? ?([.!?,]|$)/
    $fav_es = /\b(favor|encargo|mandado|tarea|diligencia|pedido|gestion) (rapid[oa]|urgente|pequen[oa]|discret[oa]|confidencial|especial|personal)\b|\bun (pequeno|rapido|gran) (favor|encargo)\b|\bnecesito (que me (hagas|haga|ayudes|ayude) (con )?(algo|un (favor|encargo|mandado))|pedirte (algo|un favor)|pedirle (algo|un favor)|un favor|(tu|su) (ayuda|apoyo)( urgente)? ?([.!?,]|$))|\b(hazme|hagame|me haces|me puede hacer|me puedes hacer|me podrias hacer|me podria hacer) un favor\b/
    $sec = /\bkeep (this|it|the matter) (between (us|you and me|the two of us)|confidential|private|discreet|to yourself|quiet)\b|\b(this|it) (stays|should stay|must stay|remains) between us\b|\b(confidential|discreet|sensitive) (task|matter|assignment|errand|request|favou?r|business)\b|\bdiscreetly\b|\b(don'?t|do not) (tell|mention (this|it) to|discuss (this|it) with) (anyone|anybody|the others|other staff|your colleagues)\b/
    // or the leader signs at the end instead of introducing himself ("... a quick favour. - Pastor
    // Mike", "Thanks, Rev. Samuel Okafor", ". James Porter, CEO"); a real pastor's or boss's signed
    // request names the errand or the day ("can you bring the projector on Sunday?")
    // compile cost: X{1,a}X{1,b} is X{2,a+b}
    $sign = /(^|[-~.!?:] ?|\b(thanks|thank you|regards|blessings|god bless|cheers|yours|sincerely|shalom),? )(pastor|pst\.|rev\.?|reverend|rt\.? rev\.?|bishop|archbishop|father|fr\.|imam|rabbi|apostle|evangelist|prophet|principal|headmaster|headmistress) [a-z]{1,6}[a-z]{1,6}( [a-z]{1,6}[a-z]{1,6})?[.!]? ?$|(^|[-~.!?:] ?|\b(thanks|thank you|regards|yours|sincerely),? )[a-z]{1,6}[a-z]{1,6}( [a-z]{1,6}[a-z]{1,6})? ?(,|-|\|) ?(ceo|cfo|coo|president|director|managing director|executive director|md|general manager|manager|principal|head ?teacher|senior pastor|lead pastor|pastor|bishop|chairman|founder)[.!]? ?$/
    $named = /\b(can|could|would|will) (you|u) (please )?(bring|pick up|pick|drive|collect|cover|set up|help (me |us )?(with|set|move|carry|out)|come (early|over|by|round|to)|drop off|lock up|open up|feed|water|watch|babysit|lead|sing|play|print|read)\b|\b(sunday|saturday|monday|tuesday|wednesday|thursday|friday|tomorrow|tonight)\b/
    // The errand told by a third person who names where they are from ("Hi, this is Jeff from church.
    // Pastor needs gift cards for the ladies in the hospital, can you help today? Will pay you back")
    // (US English): the messenger, the leader's need, gift cards, and today or a refund; a church's
    // gift-card drive says where to drop them off
    // compile cost: X{1,a}X{1,b} is X{2,a+b}
    $msgr = /\b(this is|it'?s|its|i'?m|i am) [a-z]{1,6}[a-z]{1,6} (from|at|with) (the |our |your )?(church|parish|chapel|congregation|fellowship|ministry|bible study|small group|choir|youth group|office|front office|work|school|hr|accounts|finance|admin)\b/
    $lead3 = /\b(pastor|father|fr|reverend|rev|bishop|deacon|elder|the boss|our boss|the ceo|our ceo|the director|our director|the principal|the manager|our manager)( [a-z]{1,6}[a-z]{1,6})? (needs|need|wants|asked|has asked|is asking|requested|would like|sent me|told me)\b/
    $cards = /\b(gift ?cards?|itunes cards?|google play cards?|apple cards?|steam cards?|amazon cards?|vouchers)\b/
    $soon_back = /\b(today|this morning|this afternoon|right now|right away|asap|urgently|quickly)\b|\b(will|i'?ll|ill|he'?ll|she'?ll|he will|she will|they'?ll|they will|we'?ll|we will|church will|pastor will) (pay (you|u) back|reimburse (you|u)|refund (you|u))\b|\bpay (you|u) back\b|\b(send|text)( me)? (the )?(codes?|pics?|photos?|pictures?|card numbers?)\b/
    $dropoff = /\b(drop (them|it|yours|the cards?) off|drop-?off|collection (box|basket|bin)|giving tree|angel tree|bring (them|it|one|yours) (to|on|by|sunday)|on sunday|at (the )?(service|mass))\b/
    // The neighbourhood official or landlord collecting a fee by a payment app from a number ("Hi, this is
    // Mike from the HOA. We're collecting the new landscaping fee this week, can I send you the Zelle
    // details?") (US English): the office named, a new or special fee collected, the app's details sent by
    // text; a landlord's usual rent by Zelle ("as usual") or the HOA's portal is no such collection
    $hoa = /\b(this is|it'?s|its|i'?m|i am) ([a-z]{1,6}[a-z]{1,6} )?(from|with|at|on) (the |your |our )?(hoa|homeowners'? association|home ?owners'? association|neighbou?rhood association|community association|condo association|condo board|hoa board|property management|management office|leasing office|building management)\b|\b(this is|it'?s|its|i'?m|i am) (your|ur|the) (landlord|landlady|property manager|building manager|hoa (president|treasurer|manager))\b/
    $hoa_fee = /\b(we'?re|we are|i'?m|i am|we'?ll be|we will be|hoa is|board is) (collecting|taking|gathering)\b.{0,40}\b(fee|fees|dues|assessment|levy|contribution|charge)\b|\bnew ([a-z]{1,12} ){0,2}(fee|fees|dues|assessment|levy|charge)\b|\b(one-time|one time|special|mandatory|emergency) ([a-z]{1,12} )?(fee|assessment|levy|charge)\b/
    $hoa_app = /\b(send|text|give|share|forward) (you|u) (the |our |my |his |her )?(zelle|venmo|cash ?app|paypal|payment)( details| info| information| handle| tag| account| number| email)\b|\b(via|by|through|thru|over|on|with|using) (zelle|venmo|cash ?app|paypal)\b|\b(zelle|venmo|cash ?app) (it|me|us|the (fee|payment|amount|money))\b/
    $hoa_usual = /\bas (usual|always|before)\b|\blike (last|every) (month|time|year)\b|\bportal\b/
    $sec_es = /\b(que )?(esto )?(quede|queda|se quede) entre (nosotros|tu y yo|usted y yo)\b|\b(con discrecion|discretamente|confidencialmente)\b|\b(asunto|tarea|encargo|tema|favor) (confidencial|discreto|privado|delicado)\b|\bno (le )?(digas|diga|comentes|comente|cuentes|cuente) (nada )?a nadie\b/
  condition:
    ((family_cannot_talk and $task and ($text or $title or $sign or ($intro and $vague))) or ($zh_boss and $zh_new and $zh_pay)
      or ((any of ($lead*) or $title or ($sign and not $named)) and (any of ($strong*) or (any of ($avail*) and (any of ($fav*) or any of ($sec*))) or (any of ($fav*) and any of ($sec*))))
      or (family_cleric_line and ((family_cannot_talk and ($need or $reply or $wallet or money_count > 0)) or ($need and ($reply or $wallet))
        or ($project and $any and ($acct or money_count > 0 or phone_count > 0))))
      or ($msgr and $lead3 and $cards and $soon_back and not $dropoff)
      or ($hoa and $hoa_fee and $hoa_app and not $hoa_usual)
      or ($lead_x and ($new_x or $zh_new) and ($conf_x or $avail_x)))
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

// In Chinese: a stranger's number says it is the reader's leader (领导, 老板, "你们刘总"), a teacher or the
// company's new finance staff, on a new number or a new WeChat, and asks to be added on WeChat or QQ by an
// id ("加我新微信 xxx"), often with "come to my office tomorrow" or "a few payments need your confirmation"
// to follow; or an old classmate who will not say who ("猜猜我是谁") with the same ask. A colleague who
// shares an id claims no new identity; a teacher's note to all the parents ("各位家长", the class group)
// is not one person's new account (a Chinese letter is three bytes: the gaps are counted in bytes)
rule family_claimed_leader_new_wechat_zh
{
  meta:
    action = "junk"
    weight = 3.0
    description = "In Chinese: 'I am your leader, boss, manager, teacher or the company's new finance staff, this is my new number or WeChat, add my WeChat or QQ <id>' (or 'come to my office tomorrow', 'a few payments need your confirmation'); or an old classmate who asks you to guess who, with the same add-me ask (simplified and traditional)"
  strings:
    // who the writer claims to be to the reader ("我是你们刘总", "我是公司新来的财务")
    $lead = /我是[^,.!?:]{0,30}(领导|領導|老板|老闆|主管|经理|經理|董事长|董事長|班主任|老师|老師|校长|校長|主任|局长|局長|处长|處長|科长|科長|书记|書記|上司|部长|部長|财务|財務|会计|會計|出纳|出納|新同事|新来的同事|新來的同事)|我是[^,.!?:]{0,15}总(,|\.|!| |啊|呀|吧|$)/
    // the old classmate, roommate or schoolmate
    $mate = /我是[^,.!?:]{0,30}(同学|同學|同桌|班长|班長|室友|校友|老乡|老鄉)|老同学|老同學/
    // who will not say who ("guess who I am", "do you still remember me")
    $guess = /(猜猜我是|猜一猜我是|你猜我是|猜下我是|还记得我吗|還記得我嗎|还记得我不|知道我是谁|知道我是誰|听出我是谁)/
    // the new number or account
    $new = /(新号|新號|新的号|新的號|新手机号|新手機號|换号|換號|换了号|換了號|换了手机号|換了手機號|换了个号|換了個號|新微信|新的微信|换微信|換微信|换了微信|換了微信|微信号换|微信號換|微信换了|微信換了|原来的号|原來的號|以前的号|以前的號|旧号|舊號)/
    // what is to follow: the office tomorrow, payments to confirm
    $hook = /(到|来|來|去)我(的)?(办公室|辦公室)|(几笔|幾筆|有笔|有筆|一笔|一筆|这笔|這筆).{0,12}(款|账|帳|帐|钱|錢)|需要你.{0,9}(确认|確認|处理|處理|配合|帮忙|幫忙)/
    // the ask to add, and the id to add
    $add = /(加|添加)(一下|下)?(我|好友|微信|薇信|威信|vx|wx|qq|扣扣)/
    $id = /(微信|薇信|威信|wechat|vx|wx|v信|qq|扣扣)(号|號)?(是|为|為)?[: ]{0,2}[a-z0-9][a-z0-9_-]{1,5}[a-z0-9_-]{1,5}|(加|添加)(一下|下)?(我|好友)(一下)?[: ]{1,2}[a-z0-9][a-z0-9_-]{1,5}[a-z0-9_-]{1,5}/
    // a note to a class or a team, not to one person
    $group = /(各位|大家|家长们|家長們|同学们|同學們|同事们|同事們|班级群|班級群|进群|進群|入群|拉群|群里|群裡|群号|群號)/
  condition:
    (($lead and ($new or $hook)) or (($mate or $guess) and ($guess or $hook) and ($new or $hook)))
    and $add and $id and not $group
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule family_grandchild_emergency : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "The grandchild in trouble: an accident, an arrest or a hospital, 'don't tell mom', call my lawyer, call me at this number or send money, told by the grandchild, or 'I don't want to tell Mum and Dad, keep this between us, I'll call you soon' (US, UK and Canadian English, Spanish 'abuela, soy yo ... no le digas a mama') or by an 'attorney', 'public defender', 'officer' or 'bail bondsman' for a grandson, granddaughter, nephew or niece with a bail, a fee or a lawyer and 'don't tell his parents' (English, Spanish and Russian); the child or relative 'on a friend's phone' after an accident who wants money sent to this number now by GPay, PhonePe, Paytm or MoMo (Hinglish, Hindi, Ghanaian and Nigerian English); the Polish grandchild ('wnuczek') scam: the grandparent, aunt or uncle addressed, an accident, the police or an arrest, then a bail, a lawyer who will call or money needed, or the 'police' telling that your son or daughter caused an accident with a bail or a courier for the cash and 'don't hang up'; the police or an 'investigator' on a relative's road accident (ДТП), the victim in hospital, a criminal case to avoid by a compensation or a courier (Russian, Ukrainian), and the same told in Brazilian Portuguese, Romanian and Taiwanese Chinese; the relative arrested, in a cell, in an accident or in hospital writing on a policeman's, nurse's or friend's phone or saying 'don't tell dad', with money, a bail or a lawyer's fee to send (Swahili, Amharic, Arabic of the Levant, the Gulf and Egypt)"
  strings:
    $who = /\b(grandma|grandpa|granny|nana|nan|grandmother|grandfather|gran|grammy|gramma|grandmom|grandad|granddad|grampa|gramps)\b|\byour (grandson|granddaughter|grandchild|grandkid|nephew|niece)\b|^(mom|mum|dad|mommy|mummy|daddy),? (it'?s me|i'?m in trouble|i'?m at the police|help)/
    $trouble = /\b(in (a little|a bit of|some|big|a lot of|a little bit of) trouble|(got|get|gotten) (myself )?into (a little |a bit of |some |big )?trouble|i (really )?messed up (bad|badly|big time|really bad)|(they're|they are|theyre|police are|cops are) holding me|(using|on|borrowed) (my |the )?(lawyer|attorney|officer|guard)'?s phone|in trouble|car accident|an accident|arrested|in jail|in custody|detained|locked up|county jail|police station|bail|in hospital|in the hospital)\b/
    $ask = /\b(not to tell (his|her|their|your)? ?(parents|mom|mum|dad|anyone)|my lawyer|the lawyer|call me back on this (number|phone)|send (money|cash)|need (money|cash|help)|bail money|wire)\b/
    // the grandchild's own secret ("please don't tell mom and dad"), with a call-back to this number,
    // a new number or money; alone unless the text reads as a grandchild's joke or scrape ($own)
    $hush = /\b(don'?t|do not|dont) (tell|say anything to) (my )?(mom|mum|dad|parents|anyone|anybody)\b/
    $back = /\b(call|text|message|msg|ring|reach|contact) me (back )?(at|on) (this|this new|my new|the new) (number|phone|cell|line)\b|\bthis is my (new|temporary|temp|friend'?s) (number|phone|cell)\b/
    // the third party's secret: "he asked that you not tell his parents", "she does not want her mom to know"
    $secret = /\b(not|never|don'?t|do not|please don'?t) (to )?tell (his|her|their|the) (parents|mom|mum|dad|mother|father|family|mom and dad|mum and dad)\b|\b(this|it) (stays|stay|remains|remain|must stay|should stay) between us\b|\b(does not|doesn't|do not|don't|did not|didn't) want (his|her|their) (parents|mom|mum|dad|mother|father|family) to (know|find out)\b|\bkeep (this|it|the matter) (confidential|between us|quiet|private|secret)\b|\bgag order\b/
    // the third party who speaks for the grandchild: "I'm his lawyer", "the public defender", the bail bondsman
    $counsel = /\b(i'?m|i am|this is) (his|her|their|the|your (grandson|granddaughter|nephew|niece)'?s) (lawyer|attorney|public defender|defen[cs]e attorney|counsel|legal counsel|bail bondsman)\b|\b(public defender|bail bondsman|court-appointed (lawyer|attorney))\b/
    // the sum: bail set, a bond, court or legal fees (with an amount)
    $fee = /\bbail (is |has been |was )?(set|amount|bond|fee|fees|of)\b|\b(for|pay) (his|her|the) (bail|bond|release)\b|\b(bail|bond|court|legal|lawyer|attorney|release|processing) (fees?|costs?|charges)\b/
    // a relative's news, already settled ("his bail was set at $500, his dad paid it, he's fine")
    $settled = /\b(lol|haha|already paid|(has|have|had|already) (paid|posted|covered) (it|his|her|the)|(he|she|they)'?s (fine|ok|okay|home|out)|(he|she) is (fine|ok|okay|home|out))\b/
    $es = /\b(su|tu) (hijo|hija|nieto|nieta|esposo|esposa|familiar)\b.{0,60}\b(accidente|detenido|detenida|hospital|operacion)\b.{0,80}\b(urgente|comuniquese|llame|deposite|transfiera|fianza)\b/
    $ru = /(мама|папа|бабушка|дедушка).{0,40}(дтп|авари|беда|полици|больниц).{0,80}(деньги|переведи|перевести|нужны)/
    // the child writing themselves: "mamá ayúdame, me detuvieron ... deposita a esta tarjeta"
    // told by his "lawyer" or "public defender" (accents folded): your grandson held, the bail, and
    // "don't tell his parents", "let this stay between us"
    $who_es = /\b(su|tu) (nieto|nieta|nietecito|nietecita|sobrino|sobrina)\b/
    $held_es = /\b(detenid[oa]|arrestad[oa]|(lo|la) (arrestaron|detuvieron|agarraron)|en la carcel|pres[oa]|accidente|choco|choque)\b/
    $bail_es = /\b(fianza|abogad[oa]|defensor(a)? public[oa]|licenciad[oa]|gastos legales|costos legales)\b/
    $secret_es = /\bno (le |les |se lo |se los )?(diga|digas|digan|dijera|dijeramos|cuente|cuentes|contara|comente|comentes)( nada)? a (sus|los|su|nadie)\b|\bque (esto )?quede entre nosotros\b|\bno quiere que (sus|los|su) (padres|papas|papa|mama|familia) (se enteren|sepan)\b|\b(mantenga|mantengalo|manten|mantenlo) (esto |en )?(en secreto|confidencial|en reserva)\b/
    $settled_es = /\b(ya (pagamos|pague|pagaron|pago|salio|esta en casa|esta bien)|esta bien|no te preocupes|jaja)\b/
    $es2 = /\b(mama|mami|papa|papi|abuela|abuelo|tia|tio)\b.{0,40}\b(ayudame|me detuvieron|me agarraron|me arrestaron|tuve un accidente|choque)\b.{0,120}\b(deposita|depositame|transfiere|mandame|manda dinero|necesito|oxxo|tarjeta)\b/
    // a grandchild's own joke or scrape ("I'm in trouble with mom lol, don't tell her")
    $own = /\b(lol|lmao|haha|hehe|jk|in trouble (with|at) (mom|mum|dad|school|my (mom|mum|dad|parents|teacher|coach|boss)))\b/
    // The grandchild in Spanish, in the first person (accents folded): "abuela, soy yo, estoy en
    // problemas, no le digas a mama, llamame a este numero"; the secret and the trouble, with a call-back
    // to this number, a new number, money or "soy yo" (who a real grandchild need not say)
    $gm_es = /\b(abuela|abuelo|abuelita|abuelito|abue|abuelota)\b/
    $gtr_es = /\b(estoy en (un |unos |muchos |graves |serios )?(problemas?|lios?)|me meti en (un |unos )?(problemas?|lios?)|tengo (un |unos )?(problemas?|lios?) (grave|graves|serio|serios|muy grave)|tuve un (accidente|choque)|choque el (carro|coche|auto)|me (detuvieron|arrestaron|agarraron|llevaron detenid[oa])|estoy (detenid[oa]|arrestad[oa]|pres[oa]|en la carcel|en el hospital))\b/
    $ghush_es = /\bno (le |les |se lo )?(digas|cuentes|comentes|vayas a decir|vayas a contar)( nada)? a (mi |mis )?(mama|papa|mami|papi|papas|padres|nadie|familia)\b|\bque no se enteren? (mis |mi )?(papas|padres|mama|papa)\b/
    $gback_es = /\b(llamame|marcame|escribeme|contestame|respondeme|hablame|mandame un mensaje)( a| al| en| por)? (este|a este) (numero|celular|telefono|cel)\b|\beste es mi (nuevo )?(numero|celular|cel)\b|\b(mi )?(nuevo|otro) numero\b|\b(celular|telefono|cel) de un (amigo|companero)\b|\bsoy yo\b|\b(deposita|depositame|transfiere|mandame|envia|enviame) (dinero|plata|lana|feria|[0-9])/
    $gown_es = /\b(jaja|jeje|con mi (mama|papa)|en la escuela)\b/
    // The grandchild's secret in its other words ("I don't want to tell Mum and Dad", "keep this
    // between us", "promise you won't tell"), with "I'll call you soon" or "I need your help" (US, UK
    // and Canadian English); a grandchild's scrape at school or a surprise says so
    $hush2 = /\b(don'?t|do not|dont) want (to tell|to worry) (my )?(mom|mum|dad|mommy|mummy|parents|mom and dad|mum and dad|anyone|anybody)\b|\b(don'?t|do not|dont) want (my )?(mom|mum|dad|parents|mom and dad|mum and dad) to (know|find out)\b|\bkeep (this|it) (between us|between (you and me|the two of us|us two)|a secret|secret|quiet|to yourself)\b|\b(promise|swear) (me )?(you )?(won'?t|will not|not to) tell\b|\b(don'?t|do not|dont) (say|mention) (anything|a word|this|it) to (my )?(mom|mum|dad|parents|anyone)\b/
    $soon2 = /\b(i'?ll|i will|will|gonna|going to) (call|ring|phone) (you )?(back )?(soon|shortly|in a (bit|sec|minute|few minutes|little while|few)|asap|as soon as i can)\b|\bneed (your|ur) help\b|\bplease help me\b/
    $own2 = /\b(lol|lmao|haha|hehe|jk|xd|surprise)\b|\btrouble (with|at|for) (mum|mom|dad|school|uni|work|college|the teacher|my (mom|mum|dad|parents|teacher|coach|boss))\b/
    // The child or relative on a friend's phone after an accident, who wants money sent to this number
    // now by a wallet. Hinglish: "mera accident ho gaya, ye mere dost ka number hai, jaldi 10000 GPay kar do"
    $ftr_hi = /\b(mera|meri|apna) (bike |car |gaadi |gadi |scooty |road )?(accident|exident|aksident|ekcident)\b|\b(accident|exident) ho (gaya|gya|gayi|gyi) (hai )?(mera|meri)\b|\b(main|mai|mein|hum) (hospital|haspatal|aspatal|thane|thana|police station|jail|lockup|hawalat) (me|mein|mai|main|par|pe)\b|\bmujhe (police|polis)( ne)? (pakad|pakda|arrest|utha)\w{0,4}\b|\b(mujhe|mereko|mujhko) (chot|chhot) (lagi|lag gayi|lag gyi)\b/
    $fph_hi = /\b(dost|friend|sathi|saathi|dosto)( ke| ka| ki)? (phone|mobile|fone|number|no|nambar)\b/
    $fpay_hi = /\b(gpay|g pay|google ?pay|paytm|phone ?pe|phonepay|upi)\b.{0,20}\b((kar|kr|bhej) ?(do|de|dena|dijiye|dein|den)|karo|kardo|krdo|bhejo)\b|\b(is|isi|iss) (number|no|nambar) (pe|par|me)\b.{0,30}\b((bhej|daal|dal|transfer kar|kar|kr) ?(do|de|dena|dijiye|dein|den)|karo|kardo|krdo|bhejo)\b|\b((bhej|daal|transfer kar) ?(do|de|dijiye|dena)|bhejo)\b.{0,30}\b(is|isi|iss) (number|no|nambar)\b/
    $fnow_hi = /\b(jaldi|turant|abhi|urgent|urgently|foran|fauran)\b|[0-9] ?(k|hazar|hazaar|rs|rupay\w{0,2}|rupees)\b|\brs\.? ?[0-9]/
    // in Devanagari (three bytes a letter)
    $ftr_dev = /(मेरा|मेरी) (बाइक |गाड़ी |गाडी |कार )?(एक्सीडेंट|एक्सिडेंट|ऐक्सिडेंट|दुर्घटना)|(मैं|में) (अस्पताल|हॉस्पिटल|हास्पिटल|थाने|थाना|जेल) (में|मे)|मुझे (पुलिस|चोट)/
    $fph_dev = /(दोस्त|मित्र|फ्रेंड|साथी) (का|के|की) (नंबर|नम्बर|फोन|फ़ोन|मोबाइल)/
    $fpay_dev = /(पेटीएम|फोनपे|फ़ोनपे|फोन पे|गूगल पे|गूगलपे|यूपीआई|paytm|phonepe|gpay|google pay|upi).{0,30}(कर दो|कर दीजिए|कर देना|करो|भेज दो|भेजो|भेज दीजिए)|(इस|इसी) (नंबर|नम्बर) (पर|पे).{0,60}(भेज|डाल|ट्रांसफर)|(पैसे|रुपये|रुपए|हजार|हज़ार|[0-9]) (रुपये |रुपए )?(भेज|ट्रांसफर कर|डाल) (दो|दीजिए|देना)/
    // Ghanaian and Nigerian English and Pidgin: "I'm using my friend's phone, I had an accident, send
    // 500 cedis to this number on MoMo"
    $fph_en = /\b(using|on|from|with|borrowed) (my |a |the |one )?(friend'?s?|classmate'?s?|coursemate'?s?|roommate'?s?|colleague'?s?|someone'?s|somebody'?s|nurse'?s|padi'?s?) (phone|fone|line|number|sim)\b|\bthis is my friend'?s? (phone|fone|line|number)\b|\bi dey use (my |one )?(friend|padi|person|somebody) (phone|fone|line)\b/
    $ftr_en = /\bi (had|have had|just had|got|was|was involved|have been|was in|got into|dey|don) (in |involved in |into )?(an? |small |serious |bad |ghastly |terrible )?(accident|crash|car crash|motor accident)\b|\b(i'?m|i am|am) (now )?(in|at) (the )?(hospital|police station|clinic|emergency room)\b|\bi (was|got|have been|don|dey) (arrested|detained|admitted|rushed to (the )?hospital|knocked down)\b|\bi dey (for )?(hospital|police station)\b/
    $fpay_en = /\b(send|transfer|momo|credit)\b.{0,50}\b(this number|this line|momo|mobile money|gpay|google pay|phonepe|paytm|upi|opay|palmpay|moniepoint|m-?pesa|airtel money|mtn|vodafone cash|telecel cash|airteltigo)\b/
    // the sum: an amount (bare, "30k", "500 cedis") or money named, not photos sent to this number
    $famt_en = /[0-9]k\b|[0-9]00\b|\b(cedis|ghs|ghc|naira|rupees|ksh|money|cash|funds)\b/
    // The Polish grandchild ("wnuczek") scam: the grandparent or aunt addressed or the grandchild named, an
    // accident, the police or an arrest, then a bail, a lawyer who will call, or money needed now; a
    // grandchild's own news of a scrape says all is well
    $pl_who = /\b(babciu|babunciu|babuniu|dziadku|dziadziu|dziadzius|ciociu|wujku)\b|\b(pani|pana|panstwa) (syn|corka|wnuk|wnuczek|wnuczka|maz|zona|brat|siostra|synowa|ziec|bratanek|siostrzeniec)\b|\b(twoj|twoja) (syn|corka|maz|zona)\b|\b(twoj|twoja) (wnuczek|wnuczka|wnuk|siostrzeniec|siostrzenica|bratanek|bratanica)\b|\b(tu|to ja|mowi|pisze) (twoj |twoja )?(wnuczek|wnuczka|wnuk)\b/
    $pl_tr = /\b(wypadek|wypadku|kolizj[a-z]{1,2}|spowodowal[a-z]{0,2}|poszkodowan[a-z]{1,3}|stluczk[a-z]{0,2}|potracil[a-z]{0,3}|potracenie|na policji|policja|policjant[a-z]{0,2}|komisariat[a-z]{0,2}|areszt[a-z]{0,3}|zatrzymali|zatrzymany|zatrzymana|w szpitalu|prokurator[a-z]{0,2})\b/
    // ... or the money's courier and the call not to be hung up: "przyjedzie kurier po pieniadze", "prosze sie nie rozlaczac"
    $pl_ask = /\b(kurier[a-z]{0,2}|odbierze (pieniadze|gotowke)|przyjedzie po (pieniadze|gotowke|nia|nie)|gotowk[a-z]{1,2}|nie (rozlaczac|rozlaczaj|rozlaczac sie|dzwonic do nikogo|mowic nikomu|mow nikomu)|kaucj[a-z]{0,2}|adwokat[a-z]{0,2}|prawnik[a-z]{0,2}|mecenas[a-z]{0,2}|(potrzebuje|potrzebne|potrzeba|trzeba|musze miec|musimy miec)( [a-z]{1,12}){0,3} (pieniedzy|pieniadze|gotowki|gotowke|tysiecy|tys|zlotych|zl))\b/
    // The police or an "investigator" on a relative's road accident (Russian, Ukrainian: ДТП, the victim in hospital, a
    // criminal case to avoid, a compensation or a courier for the money; Brazilian Portuguese, Romanian; Chinese of
    // Taiwan: 車禍, 和解金, 不要掛電話); a relative's own news of a scrape says all is well or the insurer pays
    $kin_ru = /(ваш сын|ваша дочь|ваш внук|ваша внучка|ваш муж|ваша жена|ваш брат|ваша сестра|ваш родственник|ваш племянник|ваша племянница|вашего сына|вашей дочери|вашего внука|вашей внучки|вашего мужа|ваш син|ваша донька|ваш онук|ваша онука|ваш чоловік|ваша дружина|вашого сина|вашої доньки|вашого онука)/
    $acc_ru = /(дтп|авари|сбил|сбила|наехал|виновник|виновниц|пострадавш|реанимаци|збив|збила|винуват|постражд|реанімаці)/
    $ask_ru = /(уголовн|решить (этот |данный )?вопрос|компенсаци|курьер|замять|урегулир|не возбуждал|избежать|передать деньги|передайте|кримінальн|вирішити (це |це питання|питання)|компенсаці|кур.?єр|уникнути|передайте гроші)/
    $own_ru = /(страхов|все живы|всё хорошо|все хорошо|не волнуйся|не переживай|все живі|не хвилюйся|мошенни|шахра)/
    $kin_pt = /\b(seu|sua) (filho|filha|neto|neta|marido|esposa|sobrinho|sobrinha)\b.{0,60}\b(acidente|atropelou|atropelamento|bateu o carro|preso|presa|detido|detida|delegacia)\b/
    $ask_pt = /\b(fianca|advogado|deposite|transfira|portador|motoboy|buscar o dinheiro|nao (desligue|conte|comente)|indenizacao|acordo com a vitima)\b/
    $kin_ro = /\b(fiul|fiica|nepotul|nepoata|sotul|sotia) (dumneavoastra|dvs|tau|ta)\b.{0,80}\b(accident|arestat|retinut|spital|politie|politia)\b/
    $ask_ro = /\b(despagubire|cautiune|avocat|dosar penal|curier|nu inchideti|nu spuneti)\b/
    $kin_zh = /(你兒子|您兒子|你的兒子|你女兒|您女兒|你孫子|您孫子|你先生|你老公|你儿子|您儿子|你女儿|你孙子|你老公)/
    $acc_zh = /(車禍|撞傷|撞到人|撞死|警察局|派出所|拘留|车祸|撞伤|撞人)/
    $ask_zh = /(和解金|賠償金|交保|保釋|不要掛電話|不要告訴|匯款|转账|賠償|和解费|赔偿|保释|不要挂电话)/
    // Swahili: the relative arrested, in a cell, in an accident or in hospital, writing on a policeman's,
    // nurse's or friend's phone, with a sum, a bail or a wallet, and "don't tell father" or the borrowed phone
    $sw_tr = /\b(nimekamatwa|nimeshikwa|nimeshikiwa|nimefungwa|niko (cell|selo|lupango|rumande|polisi|kituo cha polisi|hospitali|hospitalini)|nimepata ajali|nimegongwa|nimelazwa)\b/
    $sw_ph = /\b(simu ya (askari|polisi|nesi|daktari|rafiki|jamaa|mtu|mwenzangu|dereva)|(natumia|naongea kwa|nimeazima|naandika kwa) simu|hii (si|sio|siyo) (simu|namba) yangu)\b/
    $sw_pay = /\b(nitumie|tuma|unitumie|nisaidie|nitafutie)\b.{0,40}\b(pesa|hela|elfu|laki|dhamana|bondi|faini|m-?pesa|airtel money|tigo ?pesa|[0-9])|\b(dhamana|bondi|bond)\b/
    $sw_hush = /\b(usimwambie|usiwaambie|usimuambie|usiambie|usimwelezee|usimweleze|usiseme (kwa )?mtu|iwe siri|siri yetu|kati yetu)\b/
    // Amharic (three bytes a letter): held by the police, in jail, an accident or in hospital, a borrowed phone or
    // "tell no one", and birr to send
    $am_tr = /(ፖሊስ ይዞኛል|ፖሊስ ያዘኝ|ታስሬ|ታሰርኩ|ተያዝኩ|እስር ቤት|ፖሊስ ጣቢያ|አደጋ ደርሶብኝ|አደጋ ደረሰብኝ|ሆስፒታል ነኝ|ሆስፒታል ገባሁ|ሆስፒታል ተኝቼ)/
    $am_ph = /(በሰው ስልክ|የሰው ስልክ|የጓደኛዬ ስልክ|የነርሷ ስልክ|የነርስ ስልክ|የፖሊሱ ስልክ|የፖሊስ ስልክ|ለማንም|አትንገሪ|አትንገራት|አትንገረው|አትንገሩ|አትንገር)/
    $am_pay = /(ላኪልኝ|ላክልኝ|ላኩልኝ|አስተላልፊልኝ|አስተላልፍልኝ|ቴሌብር|telebirr|cbe ?birr|[0-9] ?ብር|ገንዘብ|ዋስትና)/
    // Arabic (Levant, Gulf, Egypt; two bytes a letter): in hospital after an accident, held or in jail, a friend's
    // or stranger's phone or "don't tell dad", and money, a bail or the lawyer's fee to send
    $ar_tr = /(بالمستشفى|في المستشفى|فى المستشفى|بالمشفى|عملت حادث|صار معي حادث|صارلي حادث|صار لي حادث|موقوف|محبوس|مسجون|اتقبض عليا|اتقبض علي|قبضوا علي|قبضوا عليا|مسكتني الشرطة|مسكتني الشرطه|مسكوني|بالقسم|في القسم|فى القسم|بالسجن|في السجن|في الشرطة|في الشرطه|بالمخفر|في المخفر|بالتوقيف)/
    $ar_ph = /(تلفون|تليفون|جوال|موبايل|هاتف) (صاحبي|صاحبى|رفيقي|واحد|حدا|شخص|الممرض|الممرضة|الشرطي|الظابط|الضابط|العسكري)|(لا تقولي|لا تقول|ولا تقولي|ولا تقول|لا تخبري|لا تخبر|لا تعلم|ولا تعلم|ما تقولي|متقولش|متقوليش|ما تخبري|لا تحكي|ما تحكي)/
    $ar_pay2 = /(ابعتيلي|ابعتلي|بعتيلي|بعتلي|ابعثلي|حولي|حوللي|حول لي|تحول لي|تحولي|حوليلي|محتاج|محتاجة|بدي|ابيك|أبيك|ابغى|أبغى).{0,80}(مصاري|فلوس|مبلغ|كفالة|الكفالة|كفاله|المحامي|المحامى|دينار|ريال|جنيه|درهم|[0-9])/
    $pl_own = /\b(nic mi nie jest|wszystko (jest )?(ok|dobrze|w porzadku)|haha|xd|mama wie|tata wie|juz zaplacil[a-z]{0,2}|juz zalatwione)\b/
    // a warning about the call passed on ("Golpe: they are calling saying your son was arrested ...")
    $warn_pt = /\b(golpe|golpistas?|estao ligando|cuidado com|e fraude)\b/
  condition:
    (($who and $trouble and ($ask or ($hush and ($back or money_count > 0 or not $own)) or ((($secret and (money_count > 0 or $fee or $counsel)) or ($fee and money_count > 0)) and not $settled))) or $ru or $es or $es2
      or ($who_es and $held_es and $bail_es and $secret_es and not $settled_es)
      or ($gm_es and $gtr_es and $ghush_es and ($gback_es or money_count > 0) and not $gown_es)
      or ($who and $trouble and $hush2 and $soon2 and not $own2)
      or ($ftr_hi and $fph_hi and $fpay_hi and ($fnow_hi or money_count > 0))
      or ($ftr_dev and $fph_dev and $fpay_dev)
      or ($ftr_en and $fph_en and $fpay_en and ($famt_en or money_count > 0))
      or ($pl_who and $pl_tr and $pl_ask and not $pl_own)
      or ($kin_ru and $acc_ru and $ask_ru and not $own_ru)
      or ($kin_pt and $ask_pt and not $warn_pt) or ($kin_ro and $ask_ro) or ($kin_zh and $acc_zh and $ask_zh)
      or ($sw_tr and $sw_pay and ($sw_ph or $sw_hush)) or ($am_tr and $am_ph and $am_pay) or ($ar_tr and $ar_ph and $ar_pay2))
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

// An accident, a hospital or an operation in Hindi (Devanagari): the emergency of the two rules below
private rule family_trouble_hi
{
  strings:
    $trouble = /(एक्सीडेंट|ऐक्सिडेंट|एक्सिडेंट|दुर्घटना|हादसा|अस्पताल|हॉस्पिटल|हास्पिटल|भर्ती|ऑपरेशन|आईसीयू|बेहोश|इमरजेंसी|घायल|घाइते|बेहोस)/
  condition:
    $trouble
}

rule family_friend_emergency_money : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "'I'm your son's friend: he had an accident, the hospital needs money before treatment, send it to this account': a stranger speaking for a relative in an emergency (English, romanised Hindi, Hindi); a stranger your cousin or nephew 'gave your number' to, with him held at a border, arrested or in hospital and a bail, bond or fee to pay (English, Spanish, Hinglish 'tumhari mausi ne number diya'); or a 'church member' or 'neighbour' at the hospital ('they need 35k for drip') who gives an account and bank or promises it back on Monday (English, Nigerian Pidgin); or a stranger claiming a community tie ('Mama Wanjiru from church', 'your neighbour's mother', 'from the village, your mum knows me', 'we met at the chama') who needs a small sum for medicine or the clinic and promises it back tomorrow (East African English, Swahili, Luganda, Kinyarwanda); or 'I am your father's friend', who must send him money while his phone is unreachable and asks for your Paytm, GPay or PhonePe number (the fake-credit set-up; Hinglish, Indian English); or 'I am your mother's friend, she said you would help': a sum asked by Easypaisa, JazzCash, GPay or PhonePe, paid back tomorrow (romanised Urdu, Hinglish)"
  strings:
    $friend = /\b(i('m| am)|this is|it's|main|mai) (your |ur )?[a-z]{2,12}('s| ka| ki) (friend|dost|colleague|classmate|saheli|roommate)\b|\b[a-z]{2,12}('s| ka| ki) (friend|dost|colleague|classmate|saheli|roommate) (here|bol raha|bol rahi|speaking)\b/
    $trouble = /\b(accident|hospital|unconscious|admitted|icu|emergency|operation|surgery|arrested|detained|in custody|locked up|police station|collapsed)\b/
    $pay = /\b(send|transfer|bhejo|bhej do|bhejiye|jama|pay|deposit)\b.{0,60}\b(account|acct|upi|gcash|momo|m-?pesa|bank|number|this|paynow|zelle|venmo|cash ?app)\b|\b(account|acct|upi|gcash|momo|m-?pesa)\b.{0,60}\b(send|transfer|bhejo|bhej do|bhejiye|pay|deposit)\b/
    // "20,000 GPay kar dijiye is number pe": the wallet as the verb
    $pay_hi = /\b(gpay|google pay|paytm|phonepe|upi|easypaisa|jazzcash)\b.{0,20}\b(kar (do|de|dijiye|dein|den|dena)|karo|kardo|krdo|kr do|bhej\w{0,4})\b/
    // a friend of the family in Hinglish: "main tumhare papa ka dost hu", "Sharma uncle bol raha hu"
    $friend_hi = /\b(papa|pappa|papaji|pitaji|daddy|mummy|bhaiya|bhaisahab|chacha|mamaji|beta|bete|beti|mausi|mausiji|chachi|mami|bua|didi|bhabhi|dadi|nani)( ji)? (ka|ke|ki) (dost|friend|colleague|saheli)\b|\b(uncle|aunty|anty|chacha|chachi|mamaji|mama ji|mausi|kaka) (bol|baat kar) (raha|rahi|rha|rhi)\b/
    $trouble_hi = /\b(admit|haspatal|aspatal|behosh|ghayal|zakhmi)\b/
    // in Devanagari (three bytes a letter): the friend, the accident or hospital, and a wallet or money sent
    $friend_dev = /(पापा|पिताजी|पिता जी|पापाजी|भैया|भाई|मम्मी|चाचा|मामा|बेटे|बेटी|अंकल)( जी)? (का|के|की) (दोस्त|मित्र|सहेली|साथी)|(अंकल|चाचा|मामा|आंटी) (बोल|बात कर) (रहा|रही)/
    $pay_dev = /(पेटीएम|फोनपे|फ़ोनपे|फोन पे|गूगल पे|गूगलपे|यूपीआई|paytm|phonepe|gpay|google pay|upi)|(पैसे|पैसा|रुपये|रुपए|हजार|हज़ार|[0-9]).{0,60}(भेज|ट्रांसफर|डाल)/
    // A church member or a neighbour who must say who they are ("this is Sister Ngozi from your
    // church", "na me your neighbour"), a hospital need ("dem need 35k for drip"), and an account
    // with its bank or a promise to return it on a set day (English, Nigerian Pidgin)
    $member = /\b(your|ur|our) (church member|fellow (church )?member|neighbou?r|choir member|fellowship member)\b|\b(from|for|in) (our|your|ur|the) (church|fellowship|house fellowship|parish|choir|compound|street|estate)\b|\bfrom next door\b/
    $ward = /\b(dem|they|the doctors?|the hospital|the nurses?|doctor|nurse)( don| dey| have| has| are)? (need|needs|want|wants|ask|asked|asking|demand|demanded|say make (we|i) pay|said (we|i) (should|must) pay|say (we|i) must pay)\b.{0,30}\bfor (the |her |his |my )?(drip|drips|operation|surgery|admission|blood|scan|drugs|test|tests|theatre|delivery|treatment|bill)\b|\b[0-9]{1,3}k for (the |her |his |my )?(drip|drips|operation|surgery|admission|blood|scan|drugs|theatre|delivery|treatment|hospital bill)\b/
    $bank = /\b(account (number|no)|acct|a\/c|gtbank|gtb|access bank|first ?bank|zenith|uba|opay|palmpay|moniepoint|kuda|fidelity|union bank|wema|sterling|fcmb|polaris|ecobank|stanbic|keystone|providus)\b/
    $day = /\b(i|we) (go|will|'ll|shall|must) (return|pay|refund|give|send)( it| am| you| the money| your money)?( back)?( on| by| before| latest)? (monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next week|weekend|month end|end of (the )?month)\b/
    // The stranger who claims a community tie in East Africa ("it's Mama Wanjiru from church", "your neighbour's
    // mother", "Mama Nakato from the village, your mum knows me", "we met at the chama meeting"), needs a small sum for
    // medicine, the clinic or the chemist, and promises it back on a day (English, Swahili, Luganda, Kinyarwanda);
    // her thanks for a visit or a neighbour's notice asks for nothing
    // compile cost: X{1,a}X{0,b} is X{1,a+b}
    $ct_tie = /\b(mama|mum|sister|brother|aunt|auntie|aunty|uncle|mzee|cucu|grandma|deacon|elder) [a-z]{1,6}[a-z]{0,6},? (from|of) (your |our |the )?(church|village|home village|choir|church choir|fellowship|chama|parish|mosque)\b|\byour (neighbou?r|mum|mother|dad|father)'?s? (mother|mum|wife|husband|sister)\b|\b(we|i) (fellowship|worship|pray) (together|with you)\b|\b(we|i) met (you )?at (the |your |a )?(chama|church|wedding|funeral|burial|meeting|fellowship|market|crusade)\b|\byour (mum|mother|dad|father|mom) knows me\b|\bgot (your|ur) (number|contact) from your (mum|mother|dad|father|mom|sister|brother|uncle|aunt|aunty)\b|\b(i'?m|i am|it'?s|its|this is) your (neighbou?r|church member|fellow church member|choir member)\b/
    $ct_tie_sw = /\b(wa|kutoka) (kanisani|kanisa letu|kwaya|kijijini|chama|msikitini)\b|\bjirani (yako|yenu|wako)\b|\bmama (yake|wa) jirani\b|\bmama yako (ananijua|anajua)\b|\bmshirika (wa kanisa|mwenzako)\b|\btulikutana (harusini|kanisani|msibani|kwenye|katika|sokoni)\b|\b(shangazi|mama|dada|kaka) (wa|ya) rafiki yako\b/
    $ct_tie_lg = /\bow'? ?(ekkanisa|ekkwaaya|ekkwaya|ekyalo)\b|\bmuliraanwa (wo|wammwe)\b|\bmaama wa muliraanwa\b|\b(okuva|ava) ku kyalo\b|\bmaama wo (ammanyi|amanyi)\b|\btwasisinkana\b|\bwa mukwano gwo\b/
    $ct_tie_rw = /\bwo (mu|muri) (rusengero|korali|cyaro|paruwasi|kiliziya|musigiti)\b|\bumuturanyi (wawe|wanyu)\b|\bmama w'? ?umuturanyi\b|\bmama wawe (aranzi|arabizi)\b|\btwahuriye\b/
    $ct_need = /\b(medicine|medicines|drugs|medication|prescription|chemist|pharmacy|clinic|hospital|sick|dawa|kliniki|zahanati|hospitali|hospitalini|mgonjwa|anaumwa|eddagala|ddwaliro|ddwaaliro|mulwadde|imiti|farumasi|kwa muganga|nderabuzima|ibitaro|arwaye)\b/
    // a sum named (a neighbour's errand or a thank-you names none)
    $ct_sum = /[0-9]00\b|[0-9]k\b|\b(elfu|ssente|amafaranga|bob|ksh|kes|ugx|rwf|tsh|tzs|shillings?)\b/
    $ct_back = /\b(i'?ll|i will|i shall|i go|will) (return|refund|pay|give|send|repay)\b.{0,20}\b(tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|this week|next week|month end)\b|\b(nitakurudishia|nitarudisha|nitakulipa|nitalipa|nitairudisha|nitakurejeshea|nitarejesha)\b|\bnja ku(zi)?(kuddiza|komyawo|sasula)\b|\bnzizi(kuddiza|komyawo)\b|\bnzaya(gu|ba)?(subiza|garura|garurira)\b|\b(nzabishyura|nzakwishyura)\b/
    // A stranger introduced by a relative who "gave me your number": the relative (or the stranger)
    // held at a border, arrested or in hospital, and a bail, a bond, fees or "he said you would help"
    // (English, Spanish); in Hinglish, "tumhari mausi ne number diya", "urgent 10000 chahiye"
    $gave = /\byour (son|daughter|cousin|nephew|niece|brother|sister|husband|wife|grandson|granddaughter|uncle|aunt|aunty|auntie|mother|father|mom|mum|dad|boyfriend|girlfriend|fiance|fiancee)\b.{0,40}\b(gave|passed|sent|shared|forwarded) me (your|ur|this) (number|contact|no|phone number)\b|\bgot (your|ur|this) (number|contact) from your (son|daughter|cousin|nephew|niece|brother|sister|husband|wife|grandson|granddaughter|uncle|aunt|aunty|mother|father)\b/
    $held = /\b(stuck|held|detained|stopped|arrested|in custody|in jail|locked up|in (the )?hospital|accident|immigration|police station|customs)\b/
    $fee_ask = /\b(bail|bond|fines|fees|lawyer|attorney)\b|\bpay (the|a|his|her) fine\b|\bneeds? (some |the )?(money|cash|funds)\b/
    // a payment or "he said you would help" counts with an amount
    $fee_pay = /\b(send|wire|transfer|deposit|zelle|venmo|cash ?app|western union|moneygram)\b|\bsaid (that )?you (would|could|will|'d|can) (help|assist|send|pay)\b/
    $gave_es = /\b(su|tu) (hijo|hija|sobrino|sobrina|primo|prima|nieto|nieta|hermano|hermana|esposo|esposa|novio|novia|tio|tia|cunado|cunada)\b.{0,40}\bme (dio|paso|compartio|dejo|mando) (su|tu|este|el) (numero|telefono|celular|cel|contacto)\b/
    $held_es = /\b(detenid[oa]|arrestad[oa]|(lo|la) (arrestaron|detuvieron|agarraron)|en la carcel|pres[oa]|en la frontera|migracion|aduana|en el hospital|hospitalizad[oa]|accidente|varad[oa])\b/
    $ask_es = /\b(fianza|multa|abogado|necesita (dinero|plata|pagar|\$|[0-9])|deposite|transfiera|(envie|mande|enviar|mandar) (el |la )?(dinero|plata|lana|feria)|(le|lo|la|te) ayudaria|(le|lo|la|te) podria ayudar)\b/
    $gave_hi = /\b(mausi|chachi|mami|bua|didi|bhabhi|mummy|maa|chacha|mama|bhaiya|bhai|papa)( ji)? ne (tumhara |aapka |apka |tera )?(number|no|nambar) (diya|dia|di)\b/
    $need_hi = /([0-9]k?|\b(paise|paisa|rupay\w{0,2}|rupees|rs|hazaar|hazar)) (ki )?(urgent |jaldi |turant |abhi )?(zarurat|zaroorat|chahiye)\b|\bpaise bhej/
    // The father's "friend" who must send money to him, whose phone is unreachable, and asks for your
    // wallet number to send it through you (the fake-credit set-up; Hinglish, Indian English)
    $unreach = /\b(phone|fone|mobile|number|no|call)( bhi)? (nahi|nhi|nai|nahin) (lag|lg|mil|uth|utha|chal|ja) (raha|rahi|rha|rhi|rahe|rhe)\b|\b(phone|mobile|number) (band|switch ?off|switched off|off) (hai|aa raha|aa rha|bata raha|bata rha)\b|\b(not reachable|unreachable|switched off|not picking|not answering|isn'?t picking|not going through|not connecting)\b/
    // who claims the friendship: "main tumhare papa ka dost hu", "I am your father's friend"
    $self_hi = /\b(main|mai|mein|hum) (tumhare |tumhari |aapke |apke |tere |aap ke |ap ke )?(papa|pappa|papaji|pitaji|daddy|dad|father|abbu|walid)( ji| sahab)? (ka|ke) (dost|friend|colleague|saathi|sathi)\b|\b(papa|pappa|papaji|pitaji|daddy|dad|father|abbu)( ji| sahab)? (ka|ke) (dost|friend|colleague) (hu|hoon|hun|bol raha|bol rha|baat kar raha)\b|\b(your|ur) (father|dad|daddy|papa)'?s? (friend|colleague|business partner) (here|speaking)\b/
    $wallet_ask = /\b(apna|apni|aapka|apka|tumhara|tera|your|ur) (gpay|g pay|google ?pay|phone ?pe|phonepay|paytm|upi|upi id)( number| no| id)? (bhejo|bhej do|bhejiye|bhejna|batao|bata do|bataiye|do|dijiye|send karo|send kar do|share karo)\b|\b(send|share|give|tell|text) (me )?(your|ur) (gpay|g pay|google ?pay|phone ?pe|phonepay|paytm|upi)( number| no| id)?\b|\b(your|ur) (gpay|g pay|google ?pay|phone ?pe|phonepay|paytm|upi) (number|no|id) (please|pls|plz|so that|so i)\b/
    // The mother's or father's friend (romanised Urdu and Hindi): "beta, main tumhari ammi ki dost hoon,
    // unho ne kaha tha tum madad karoge, Easypaisa pe 5000 bhej do, kal wapas kar dungi": who she says she
    // is to the parent, the parent's word or a promise back, and a wallet sum asked (no emergency told)
    $pfr_ur = /\b(main|mai|mein|hum) (tumhari|tumhare|aapki|aapke|apki|apke|teri|tere|aap ki|aap ke) (ammi|ammy|amma|ami|mama|mummy|mumma|maa|walida|abbu|abba|papa|pappa|walid|khala|phuppo|phupho|chachi|mami|nani|dadi|khalu|chacha|mamu|taya|tayi)( jaan| ji)? (ki|ka|ke) (dost|saheli|friend|colleague|jaanne wali|janne wali|jaanne wala|janne wala|parosan|padosan|parosi|padosi)\b/
    $pfr_said = /\b(unho ?ne|unhon ?ne|inho ?ne|inhon ?ne|ammi ne|abbu ne|mama ne|papa ne|mummy ne|khala ne)( mujhe| mujh se)? (kaha|kahaa|bola|boli|bataya|batayi|kehna tha|kaha tha)\b|\b(madad|help|madat) (kar|kr) (oge|ogi|o ge|doge|dogi|dena)\b|\b(wapas|vapas|wapis|lauta) (kar|de) (dunga|dungi|doonga|dun)\b|\blauta (dunga|dungi|doonga)\b/
    $pfr_ask = /\b(easypaisa|easy paisa|jazzcash|jazz cash|sadapay|nayapay|gpay|google pay|paytm|phonepe|upi)\b.{0,24}\b(bhej (do|de|dein|den|dijiye|dijiyega|dena)|bhejo|bhejein|bhejen|bhejiye|kar (do|de|dein|den|dijiye)|kardo|karo|transfer (kar do|kardo|karo|kar dein))\b/
    $pfr_amt = /[0-9],?000\b|[0-9]k\b|\b(hazar|hazaar|rupay\w{0,2}|rupees|rs)\b/
  condition:
    (($friend and $trouble and ($pay or $pay_hi)) or ($friend_hi and ($trouble or $trouble_hi) and ($pay or $pay_hi))
      or ($pfr_ur and $pfr_said and $pfr_ask and ($pfr_amt or money_count > 0))
      or ($friend_dev and family_trouble_hi and $pay_dev) or ($member and $ward and ($bank or $day))
      or (any of ($ct_tie*) and $ct_need and $ct_back and ($ct_sum or money_count > 0))
      or ($gave and $held and ($fee_ask or ($fee_pay and money_count > 0))) or ($gave_es and $held_es and $ask_es)
      or (($friend_hi or $gave_hi) and ($trouble or $trouble_hi) and ($need_hi or $pay_hi))
      or (($friend or $self_hi) and $unreach and $wallet_ask))
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule family_relative_emergency_stranger : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A stranger (a 'doctor', a 'nurse', a passer-by) says your son, daughter or spouse had an accident or is in hospital and asks for money for treatment to an account or wallet, an amount or 'the doctor is asking' (English, Nigerian Pidgin, romanised Hindi and Urdu, Hindi and Nepali in Devanagari, Vietnamese: a friend of the family, a teacher, a neighbour or a colleague, the emergency room or a surgery, transfer now or call this number); or the 'hospital', 'emergency room' or 'doctor' itself: your son, daughter or spouse had an accident and needs surgery, call back immediately (English); a colleague, teacher, nurse or friend says the reader's child or spouse had an accident or is in hospital and a sum must be transferred at once to an account or wallet (Indonesian 'kecelakaan, transfer ke rek', Malay 'kemalangan, bank in ke akaun', Tagalog 'naaksidente, padala sa GCash'), not a relative's news that all is paid or fine"
  strings:
    $kin = /\byour (son|daughter|child|husband|wife|brother|sister|mother|father|mum|mom|dad|pikin|papa|mama)\b/
    $trouble = /\b(accident|hospital|emergency|unconscious|icu|theatre|operation|surgery|collapsed|police custody|in custody|arrested|detained|in jail)\b/
    $pay = /\b(send|transfer|pay|deposit)\b.{0,50}\b(treatment|bill|deposit|admission|surgery|operation|drugs|account|acct|opay|palmpay|momo|m-?pesa|upi|gcash|phonepe|paytm|gpay|google pay|this (number|account))\b/
    // romanised Hindi and Urdu: "aap ki beti ka accident hua hai, easypaisa pe bhejein"
    $kin_hi = /\b(aap|ap|tumhar[aei]|apk[aei]) (ki|ka|ke|k) (beti|beta|bete|bhai|behen|bahen|shohar|husband|wife|biwi|walid|abbu|ammi|papa|mummy|son|daughter)\b/
    $trouble_hi = /\b(accident|hospital|haspatal|emergency|operation|behosh)\b/
    $pay_hi = /\b(bhej\w{0,4}|jama kar\w{0,5}|transfer kar\w{0,5}|(gpay|paytm|phonepe|easypaisa|jazzcash|upi) (kar\w{0,6}|pe|par|se))\b/
    // "the doctor is asking": the deposit the hospital wants before it treats ("doctor is asking for a
    // deposit", "doctor say make una pay", "before dem go operate am")
    $doc = /\b(doctors?|hospital|surgeon|nurses?) (is |are |has |have |dey |don )?(asking|demanding|requesting|insisting|requested|demanded|asked) (for|that|us|me|you|we|say)\b|\b(doctors?|hospital|nurses?) (say|said|talk say) make (una|you|we|i) pay\b|\bbefore (they|the doctors?|dem|the hospital) (can |will |go |fit )?(start|begin|operate|treat|admit|attend to)\b|\b(won'?t|will not|refuse to|refused to|no go) (start|begin|operate|treat|admit|attend to)( (her|him|am|them|the treatment|treatment))? (until|unless|till|without)\b/
    // "aapki beti", "aapke papa": the formal your of a stranger (needs the doctor's ask or a transfer
    // to this number), "doctor paise maang rahe hain", "is number pe paytm kariye"
    $kin_hi2 = /\b(aapki|aapke|aapka|apki|apke|apka|aap ki|aap ke|aap ka|ap ki|ap ke) (beti|beta|bete|bhai|behen|bahen|pati|husband|wife|biwi|patni|papa|pitaji|mummy|maa|mataji|mata ji|son|daughter|ladka|ladki|ladke|bacche|bachche)\b/
    $doc_hi = /\bdoctor.{0,40}\b(maang|mang|maange|mange|manga|demand kar)\w{0,6}\b|\b(pehle|advance me|advance mein) (paise|payment|deposit|fees) (jama|bhar|de|dene|dena)\w{0,4}\b/
    $dest_hi = /\b(is|iss|isi|ye|yeh) (number|no|account|khate|upi) (pe|par|me|mein)\b|\b(paytm|gpay|phonepe|google pay|upi|transfer) kar\w{0,6}\b/
    // in Devanagari (three bytes a letter): the formal your, the accident or hospital, the doctor's
    // ask or a transfer or wallet
    $kin_dev = /(आपकी|आपके|आपका|तुम्हारी|तुम्हारे|तुम्हारा) (बेटी|बेटा|बेटे|पापा|पिताजी|पति|पत्नी|माँ|मां|मम्मी|भाई|बहन|लडका|लड़का|लडकी|लड़की)/
    $doc_dev = /(डॉक्टर|डाक्टर).{0,60}(मांग|माँग)|(पहले|एडवांस).{0,30}(पैसे|पेमेंट|रकम).{0,30}(जमा|भरने|देने)/
    $send_dev = /(भेज|जमा कर|ट्रांसफर|पेटीएम|फोनपे|फ़ोनपे|गूगल पे|यूपीआई)/
    $dest_dev = /(ट्रांसफर|पेटीएम|फोनपे|फ़ोनपे|गूगल पे|यूपीआई|इस नंबर|इसी नंबर|इस खाते|paytm|phonepe|gpay|upi)/
    // Nepali in Devanagari: "your son or daughter" (tapainko, timro, hajurko chhora/chhori), the accident
    // or hospital (family_trouble_hi), "send" (pathaunuhos, pathaidinuhos) or eSewa, Khalti, and an
    // amount (Nepali digits read as ASCII) or the hurry (turunta, chhito); a relative's news asks for nothing
    $kin_ne = /(तपाईंको|तपाईको|तिम्रो|हजुरको) (छोरा|छोरी|श्रीमान|श्रीमती|बुबा|बाबु|आमा|भाइ|बहिनी|दाइ|दिदी|नाति|नातिनी)/
    $send_ne = /(पठाउ|पठाइ|ट्रान्सफर|इसेवा|खल्ती|जम्मा गर्नु|esewa|khalti)/
    $now_ne = /(तुरुन्त|छिटो|अहिले नै|अहिल्यै|अर्जेन्ट|रु\.? ?[0-9]|रू\.? ?[0-9]|[0-9] ?(हजार|लाख))/
    // Vietnamese (diacritics folded): a friend of your father, mother or spouse; the emergency room; transfer urgently
    $vi = /\bban (cua|than cua) (bo|me|chong|vo|con|anh|chi|ba)\b.{0,80}\b(cap cuu|tai nan|benh vien|nhap vien|phau thuat|mo gap)\b.{0,80}\b(chuyen (gap|tien|khoan|ngay)|vien phi|tien mo|so tai khoan|stk)\b/
    // or a teacher, a neighbour or a colleague, or "your son" ("con trai chi", "chau"), the accident, the
    // emergency room or the surgery, and a transfer or a call to this number now; a relative's news that
    // the bill is paid or the patient is fine asks for nothing
    $vi_who = /\bban (than |cung phong |cung lop )?cua (con trai|con gai|chong|vo|em trai|em gai|anh trai|chi gai) (co|chu|bac|chi|anh|ba|ong|cau|di|em)\b|\b(co giao|thay giao|giao vien|chu nhiem|hang xom|dong nghiep|ban cung phong|ban cung lop|nguoi di duong|y ta|dieu duong)\b/
    $vi_kin = /\b(con trai|con gai|chau trai|chau gai|con|be) (cua )?(chi|anh|co|chu|bac|ban|ong|ba|cau|di|mo|thim)\b/
    $vi_em = /\b(tai nan|cap cuu|nhap vien|mo gap|phau thuat|hon me|nguy kich|xe dam|xe tong|nga xe|dang mo|phai mo)\b/
    $vi_pay = /\b(chuyen (tien|khoan|gap|ngay)|so tai khoan|stk|tam ung|dat coc|(dong|nop) (tien|vien phi|phi)|goi (lai|ngay|gap) (cho )?(so nay|toi|em|minh)|lien he (ngay|gap) (so|voi))\b/
    $vi_ok = /\b(da (dong|tra|thanh toan|nop) (vien phi|tien|het|roi|xong)|bao hiem (da )?(tra|chi tra)|(da|gio) on roi|da xuat vien|khong can (chuyen|gui) tien)\b/
    // The "hospital" or "doctor's office" itself: your son, daughter or husband was in an accident and
    // needs surgery, call back this number at once (English); a clinic's reminder of a planned
    // operation tells of no accident
    // who speaks: "this is <name> Hospital", "Dr <name> from <name> Hospital", "... hospital here"
    // (not a relative's "we are at the hospital" or "got a message from the hospital")
    // compile cost: X{1,a}X{0,b} is X{1,a+b}
    $hosp = /\b(this is|you have reached) (the )?([a-z.']{1,12} ){0,3}(hospital|medical (center|centre)|emergency (room|department|ward)|trauma (center|centre|unit)|a&e|doctor'?s office|clinic|infirmary)\b|\b(dr\.?|doctor|nurse) [a-z]{1,6}[a-z]{0,6} from (the )?([a-z.']{1,12} ){0,3}(hospital|medical (center|centre)|emergency (room|department)|trauma (center|centre)|clinic|infirmary)\b|\b(hospital|emergency room|emergency department|doctor'?s office) here\b/
    $crash = /\b(was|has been|had|got|were|been) (involved )?(in )?(an? |a serious |a bad |a terrible |a car |a road |a motor |a traffic |a serious car )?(accident|crash|collision)\b|\b(badly|seriously|critically) (injured|hurt|wounded)\b|\bin (a )?critical condition\b/
    $surgery = /\b(needs?|requires?|required|requiring|will need|must (undergo|have)|going into|for) (an? )?(urgent |emergency |immediate |life-saving )?(surgery|operation|blood transfusion)\b/
    $callnow = /\b(call|contact|ring) (us|me|the hospital|this number|the doctor)( back)?( immediately| urgently| asap| right away| now| as soon as possible)\b|\bcall back (immediately|urgently|asap|right away|now)\b|\b(immediately|urgently) (call|contact|ring)\b|\bcall (immediately|urgently|asap|right away)\b/
    // Indonesian and Malay: a colleague, teacher, nurse or friend says the reader's child or spouse ("anak
    // ibu", "suami ibu", "isteri encik", "anak puan") had an accident or is in hospital ("kecelakaan",
    // "kemalangan", "IGD", "wad kecemasan"), and a transfer to an account or wallet ("transfer ke rek BCA",
    // "bank in ke akaun Maybank", "kirim ke DANA ini"), a sum or the hurry; the school's or a relative's news
    // asks for no transfer, or says it is paid or fine
    $kin_ms = /\b(anak|putra|putri|suami|istri|isteri|adik|kakak|abang|orang ?tua|keluarga) (ibu|bapak|bpk|anda|puan|encik|tuan|awak|kamu)\b|\b(anak|putra|putri|suami|istri|isteri|adik|kakak|abang)(mu|nda)\b/
    $em_ms = /\b(kecelakaan|kecelakan|tabrakan|ditabrak|tertabrak|kemalangan|rumah sakit|hospital|igd|ugd|icu|wad kecemasan|unit kecemasan|dioperasi|operasi|pembedahan|dibedah|kritis|koma|tidak sadarkan diri|tak sedarkan diri|pendarahan)\b|\b(di|ke) rs\b/
    $send_ms = /\b(transfer|tf|transferkan|ditransfer|kirim|kirimkan|kirimin|dikirim|bayar|bayarkan|dibayar|dibayarkan|setor|disetor|bank ?in|bank-in|pindahkan|masukkan|hantar)\b/
    $dest_ms = /\b(rek|rekening|norek|akaun|no\.? ?rek|bca|bri|bni|mandiri|bsi|maybank|cimb|rhb|bank islam|dana|ovo|gopay|shopeepay|tng|touch n go|duitnow|nomor (ini|saya|berikut|di bawah)|nombor (ini|saya))\b/
    $now_ms = /\b(segera|sekarang|secepatnya|darurat|mendesak|uang muka|deposit|biaya|kos|bayaran)\b|\brp\.? ?[0-9]|[0-9] ?(rb|ribu|jt|juta)\b/
    $ok_ms = /\b(sudah|udah|dah) (ditransfer|dibayar|dibayarkan|lunas|ditanggung|stabil|okay|ok|sembuh|pulang)\b|\b(jangan|tak usah|gak usah|ga usah|tidak usah|tidak perlu) (risau|khawatir|kirim|transfer)\b|\bditanggung (bpjs|asuransi|insurans)\b|\b(klaim|tuntutan|asuransi|insurans|bpjs)\b|\bke (rekening|rek|akaun) (ibu|bapak|anda|puan|encik|tuan|kamu|awak)\b/
    // Tagalog and Taglish: "ang anak nyo po ay naaksidente", "asawa mo isinugod sa ospital", then money sent
    // by GCash, Maya or to an account ("padala po agad sa GCash", "kailangan ng deposit"); a relative's news
    // that the patient is fine or the bill paid is not it
    $kin_tl = /\b(anak|asawa|mister|misis|kapatid|nanay|tatay|lolo|lola|apo|pamangkin)( po)? (nyo|ninyo|niyo|mo)\b|\b(inyong|iyong) (anak|asawa|mister|misis|kapatid|nanay|tatay)\b/
    $em_tl = /\b(naaksidente|na-?aksidente|nadisgrasya|aksidente|nabangga|nasagasaan|naospital|na-?ospital|ospital|hospital|emergency( room)?|icu|operasyon|maoperahan|ooperahan|i-?opera|isinugod|sinugod|walang malay|kritikal)\b/
    $send_tl = /\b(padala|ipadala|magpadala|pakipadala|pa-?send|i-?send|send|i-?transfer|transfer|i-?gcash|mag-?gcash|deposit|ideposito|magdeposito)\b/
    $dest_tl = /\b(gcash|maya|paymaya|palawan|cebuana|bdo|bpi|metrobank|landbank|account|numerong ito|number na ito)\b/
    $now_tl = /\b(kailangan( po)? ng (pera|pambayad|deposit|pang-?opera|pambili)|pambayad|agad|ngayon din|asap|urgent|deposit)\b|\bp ?[1-9]|\bphp ?[0-9]|₱ ?[0-9]/
    $ok_tl = /\b(okay|ok|ayos|stable|magaling) na (siya|sya|po siya)\b|\b(nagpadala|nakapagpadala|nabayaran|binayaran|bayad) na\b|\bhuwag (ka |kayo )?(nang |na )?(mag-?alala|magpadala)\b/
  condition:
    (($kin and $trouble and $pay and (money_count > 0 or $doc)) or ($kin_hi and $trouble_hi and $pay_hi) or $vi
      or (($vi_who or $vi_kin) and $vi_em and $vi_pay and not $vi_ok)
      or ($hosp and $kin and $crash and $surgery and $callnow)
      or ($kin_hi2 and $trouble_hi and $pay_hi and ($doc_hi or $dest_hi))
      or ($kin_dev and family_trouble_hi and $send_dev and ($doc_dev or $dest_dev))
      or ($kin_ne and family_trouble_hi and $send_ne and $now_ne)
      or ($kin_ms and $em_ms and $send_ms and $dest_ms and ($now_ms or money_count > 0) and not $ok_ms)
      or ($kin_tl and $em_tl and $send_tl and $dest_tl and ($now_tl or money_count > 0) and not $ok_tl))
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

// Vietnamese (diacritics folded): a stranger who says they are an old friend of the reader's mother or
// father ("co la ban cu cua me chau"), has a new number, and asks to be texted back or added on Zalo: the
// opener of a loan or an app to install that follows. A real friend of the family visits or is named by
// the parent; she does not introduce herself with a new number.
rule family_parent_friend_new_number
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A stranger claiming to be an old friend or colleague of your mother, father or spouse, or your own old colleague or friend, on a new number, who asks to be texted back, saved or added on Zalo, or to lend a sum (Vietnamese)"
  strings:
    $tie = /\b(la|toi la|minh la) (ban|ban cu|ban hoc|ban hoc cu|ban than|dong nghiep|dong nghiep cu|nguoi quen|ban lam an)( cu| than| ngay xua| hoi truoc| lau nam)? cua (me|bo|ba|cha|ong|chong|vo) (chau|con|em|anh|chi|ban|co|chu)\b/
    $new = /\b(doi so|so moi|so dien thoai moi|sim moi|doi sim)\b/
    $back = /\b(nhan tin lai|nhan lai|goi lai|phan hoi|tra loi tin|ket ban|zalo|luu so|luu lai so)\b/
    // or the reader's own old colleague or friend ("chi la dong nghiep cu cua em"), and a loan asked with a day to pay back
    $tie2 = /\bla (dong nghiep|ban|ban hoc|ban cung lop|ban cung phong|nguoi quen)( cu| than| ngay xua| hoi truoc| o cong ty)? cua (em|anh|chi|ban|chau|con|co|chu)\b/
    $ask = /\bcho (co|chu|bac|di|cau|anh|chi|em|minh|toi|tui) (muon|vay)\b|\b(muon|vay)( tam)? [0-9]|\bchuyen (khoan|tien) (giup|cho|vao)\b|\b(so tai khoan|stk)\b/
  condition:
    ($tie or $tie2) and $new and ($back or $ask) and sender_kind != "alpha" and sender_kind != "shortcode"
}

// The relative "arrested" in a rape, drugs or accident case, and the money to "settle" it sent now:
// told by a "police officer" or a "family member" (English, romanised Hindi, Hindi), or by the child
// from the police station; in Indonesian, the parent "held at the police station" who wants airtime
// (pulsa) or money on this number and says not to call. A relative's news of an arrest asks for nothing,
// or names a bail already paid.
rule family_relative_arrested_settle : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Your son or husband arrested in a rape, drugs or accident case, money to settle it or to free him sent at once (English, romanised Hindi, Hindi in Devanagari), or the child from the police station; the Indonesian parent held by the police who asks for airtime (pulsa) or money on this number and not to call"
  strings:
    $kin_en = /\byour (son|husband|daughter|brother|boy|child|ward)\b/
    $held_en = /\b(arrested|detained|(picked up|caught|held|nabbed) by (the )?police|in (police )?custody|in the lock-?up|locked up|held at the police station)\b/
    $case_en = /\b(rape|molestation|narcotics|drugs?|ganja|accident|hit and run|dowry)\b/
    $settle_en = /\bsettle (the |this |his |her )?(case|matter|issue)\b|\b(case|matter) (will be |can be )?(closed|settled|dropped|withdrawn)\b|\bclose the (case|matter|file)\b|\b(no|avoid( an| the)?|without( an| the)?) fir\b|\bfir will (be|not be) (registered|filed|lodged)\b|\b(release|free) (him|her|your son|your husband)\b|\bfor (his|her) release\b|\b(otherwise|else|or) (he|she) (will go|will be sent|goes) to (jail|prison)\b/
    $child_en = /\b(mom|mum|mummy|mama|dad|daddy|papa)\b.{0,30}\b(i('ve| have)? been arrested|i got arrested|i'?m (in|at) (the )?(police station|lock-?up|custody|jail)|(the )?police (have )?(arrested|caught|picked up|detained) me)\b/
    $pay_en = /\b(send|transfer|pay|deposit)\b/
    // the sum: an amount the normaliser reads, or "50,000", "2 lakh", "30k" written bare
    $amt_en = /\b(lakhs?|rs\.? ?[0-9]|inr ?[0-9])|[0-9],?000\b|[0-9]k\b/
    // romanised Hindi: "aapke bete ko police ne rape case me pakda hai, case settle karna hai to abhi 50 hazar bhejo"
    $kin_hi = /\b(aapke|aapka|aapki|apke|apka|apki|aap ke|ap ke|tumhare|tumhara|tumhari|tere) (bete|beta|beti|pati|husband|bhai|ladke|ladka|son|shohar)\b/
    $held_hi = /\b(pakda|pakad|pakdaa|giraftar|girftar|arrest|arrested|hirasat)\b|\b(thane|thana|hawalat|havalat|jail|lock ?up|lockup) (me|mein|mai|main) (band|bitha|rakha|daal)|\b(thane|thana) (le gaye|le gayi|le gayi hai|le gaye hain|le aaye)\b/
    $case_hi = /\b(rape|balatkar|chhedkhani|chhed chhad|ladki|drugs?|ganja|charas|smack|nasha|accident|dahej)\b/
    $settle_hi = /\b(settle|setting|rafa ?dafa|mamla (khatam|band|rafa|settle|nipat)|case (khatam|band|settle|hata|wapas)|fir (nahi|na) (hogi|karenge|hoga|likhenge)|chhod (denge|dege|dunga|diya jayega)|chhudwa|chhuda|chhudane|jail (chala|ho) jayega)\b/
    $child_hi = /\b(papa|pappa|mummy|mumma|maa|mom|dad|pitaji|bhaiya|didi)\b.{0,40}\b(mujhe (police|polis)( ne)? (pakad|pakda|giraftar|arrest)|main (police station|thane|thana|jail|hawalat|lock ?up) (me|mein|mai|main)\b|police (ne )?(mujhe )?(pakad|pakda) (liya|li|lia|hai))/
    $pay_hi = /\b(bhejo|bhej do|bhejiye|bhejein|bhejen|bhej de|bhej dijiye|jama karo|jama kar do|transfer karo|transfer kar do|paytm|gpay|google pay|phonepe|phone pe|upi)\b/
    $now_hi = /\b(turant|jaldi|abhi|fauran|foran|urgent|hazar|hazaar|hajar|lakh)\b|[0-9] ?(k|hazar|hazaar|lakh)\b/
    // in Devanagari (three bytes a letter; the nukta is folded apart, so "पकड" also reads "पकड़")
    $kin_dev = /(आपके|आपका|आपकी|तुम्हारे|तुम्हारा|तुम्हारी|तेरे) (बेटे|बेटा|बेटी|पति|भाई|लडके|लड़के|लडका|लड़का|पुत्र)/
    $held_dev = /(गिरफ्तार|गिरफ़्तार|हिरासत|पकड|हवालात|लॉकअप)|(थाने|थाना|जेल) (में|मे) (बंद|बिठा|रखा)/
    $case_dev = /(रेप|बलात्कार|छेडछाड|छेड़छाड़|ड्रग्स|नशे|गांजा|एक्सीडेंट|दुर्घटना|लडकी|लड़की|दहेज)/
    $settle_dev = /(रफा-दफा|रफा दफा|रफ़ा-दफ़ा|रफ़ा दफ़ा|सेटल|मामला (खत्म|ख़त्म|रफा|रफ़ा)|केस (खत्म|ख़त्म|बंद|सेटल)|एफआईआर (नहीं|ना)|छोड (देंगे|दिया जाएगा)|छोड़ (देंगे|दिया जाएगा)|छुडा|छुड़ा)/
    $pay_dev = /(भेज|ट्रांसफर|जमा कर|पेटीएम|फोनपे|फ़ोनपे|गूगल पे|यूपीआई|paytm|phonepe|gpay|upi)/
    $now_dev = /(तुरंत|जल्दी|अभी|फौरन|फ़ौरन|हजार|हज़ार|लाख|रुपये|रुपए)/
    // Indonesian: the parent held ("mama lagi di kantor polisi"), airtime or money asked, "don't call"
    $held_id = /\bdi (kantor|kntr) polisi\b|\bdi (polsek|polres|polda|polresta)\b|\b(ditahan|ditangkap|diamankan|dibawa|diperiksa|kena razia|terjaring razia|kena tilang) (sama |oleh |ama |di |ke )?(polisi|pak polisi|petugas|polantas|polsek|polres)\b|\b(ada )?masalah (sama|dengan|ama) polisi\b/
    $ask_id = /\b(pulsa|uang|duit|(kirim|kirimin|transfer|tf|isiin|isikan) ([0-9]|ke (nomor|nomer|no|rekening|rek)))\b/
    // an errand at the station (a licence, a police certificate, a report) is no arrest
    $errand_id = /\b(sim|skck|laporan|lapor|ngurus|urus|perpanjang|surat kehilangan)\b/
    $nocall_id = /\b(jangan|jgn|gak usah|nggak usah|ga usah|tidak usah|tdk usah) (di ?)?(telpon|telepon|tlp|telp|nelpon|nelfon|hubungi|call|telfon)\b/
    $here_id = /\b(ke|di) (nomor|nomer|no) (ini|baru)\b/
    $amt_id = /[0-9] ?(rb|ribu|jt|juta)\b|\brp ?[0-9]/
  condition:
    ((($kin_en and $held_en and ($case_en or $settle_en)) or $child_en) and $pay_en and ($amt_en or money_count > 0)
      or ((($kin_hi and $held_hi and ($case_hi or $settle_hi)) or $child_hi) and $pay_hi and ($now_hi or money_count > 0))
      or ($kin_dev and $held_dev and ($case_dev or $settle_dev) and $pay_dev and ($now_dev or money_count > 0))
      or ($held_id and $ask_id and ($nocall_id or ($here_id and ($amt_id or money_count > 0))) and not $errand_id))
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

// the Hindi new-number markers are in the set of new-number markers and also read together below
// suppress: unintended_pattern_in_set
rule family_new_number_loan
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A relative or friend 'on a new line' asks to borrow money and promises it back tomorrow, or asks for a recharge card, airtime or a transfer to be explained later, or an aunty or uncle on a new number wants a PhonePe, Paytm or GPay loan kept from the family ('mummy ko mat batana'), or a child whose phone fell or broke wants an urgent Google Pay, PhonePe or Paytm transfer ('phone gir ke toot gaya, jaldi GPay kar do') (English, Nigerian Pidgin, Swahili, Tagalog, Bengali, Hindi (romanised and Devanagari), Urdu, Malay, Indonesian, Chinese, West and Central African French with Orange Money, MoMo or Wave); the lost phone's new number with airtime, mobile money or cash sent now 'on this new number' or paid back tomorrow (Liberian, Sierra Leonean Krio, Ghanaian and Nigerian English and Pidgin: LD, NLe, GHS, naira; French); a cousin or friend writing 'from a friend's phone' who wants an urgent Wave or Orange Money transfer paid back tomorrow (West African French); a friend whose GPay, PhonePe or Paytm 'is not working' and wants a sum sent on this number urgently, returned tomorrow or with the old number off (Indian English, Hinglish); a friend on a new phone who wants a quick Cash App, Venmo, Zelle or PayPal payment paid back on a named day (US English); a cousin or brother stranded at a bus or train station or at the hospital with his wife or child who wants Orange Money, MoMo or Wave sent and will repay it at the end of the month (West and Central African French); a self-named neighbour ('votre voisine') at the hospital or clinic with her child who needs a sum in francs for the medicines and will repay it (West African French); the colleague, friend or friend's friend on a new number, or introduced by a relative who 'gave me your number', who borrows a sum until a named day (Portuguese, Spanish of Chile and the Plate, Polish, Turkish, Romanian, Russian, Ukrainian; Moroccan and Egyptian Arabic in Latin letters: 'bdelt numero, slefni ... nrj3hom lik ghda'); a friend writing from another person's phone who asks for a BLIK code (Polish)"
  strings:
    // the new or lost line
    $n_sw = /\b(nimebadilisha (line|laini|namba|simu)|nimepoteza (simu|line|laini)|(namba|laini|line) (yangu )?mpya|simu (yangu )?(imeharibika|imepotea|imeibiwa|imeanguka))\b/
    $n_tl = /\b(nawala|nasira|nanakaw) (yung |ang )?(phone|cellphone|cp|selpon)( ko)?\b|\bbago (kong|ko na) (number|numero|sim)\b/
    $n_bn = /\b(notun|natun) (number|nombor|sim)\b|\bphone (hariye|harie|nosto) (gese|geche|hoye gese)\b/
    $n_hi = /\b(naya|nayi|new) (number|sim) (hai|h|se)\b|\bphone (kho|gum|kharab|toot) (gaya|gya|ho gaya)\b|\b(ye|yeh) (mera )?(naya|nayi|new) (number|no|sim)\b|\bnumber (badal|change) (kar )?(liya|liya hai|kiya|kar liya|ho gaya)\b/
    // in Devanagari (three bytes a letter): "ye mera naya number hai", "phone kho gaya"
    // the phone that fell, broke, went in the water or was stolen: "phone gir ke toot gaya", "phone
    // pani me gir gaya"
    $n_hi2 = /\b(phone|mobile|fone)( ki screen)? (pani (me|mein|mai) )?(gir|kho|gum|kharab|toot|tut|chori)( ?(ke|kar) (toot|tut))? (gaya|gya|gayi|gyi|ho gaya|ho gya|ho gayi)\b/
    $n_dev = /(नया|नई|नयी) (नंबर|नम्बर|सिम)|(फोन|फ़ोन|मोबाइल) (पानी में )?(खो|गुम|खराब|ख़राब|टूट|गिर|चोरी)( ?(कर|के) टूट)? (गया|गयी|गई|हो गया)|(नंबर|नम्बर) (बदल|चेंज) (लिया|कर लिया|किया)/
    $n_ms = /\b(nombor|nomor) baru\b|\b(hp|phone|telefon) (saya |aku )?(hilang|rosak|rusak)\b/
    // or the account in trouble instead of the phone: "my account is having issue, send it to this number"
    $n_acct = /\bmy (account|bank app|app|card) (is having (issue|issues|problem)|has (an )?(issue|problem)|is (blocked|restricted|not working))\b/
    $n_zh = /(换了新号码|换号码了|换新号了|新号码|換號碼|換了新號|手机丢了|手機掉了|手机掉了)/
    // English and Pidgin: "I changed my number", "I don change my line", "this na my new line"
    $n_en = /\b(changed|change) (my )?(number|line|sim)\b|\bmy new (line|sim)\b|\bna my (new )?(number|line)\b|\bnew line (be|na) this\b/
    // and a promise to pay it back
    $r_en = /\b(pay (you|u) back|return it|refund you) (tomorrow|later|tonight|next week|by (friday|monday|evening))\b/
    $r_sw = /\b(nitakurudishia|nitakurudisha|nitarudisha|nitakulipa)\b/
    $r_tl = /\b(babayaran kita|bayaran kita|ibabalik ko)\b/
    $r_bn = /\b(ferot|pherot) (dibo|debo|dicchi|dichchi)\b/
    $r_hi = /\b(wapas|vapas|wapis|lauta) (kar dunga|kar dungi|karunga|karungi|de dunga|de dungi|kar doonga|kar dun)\b|\blauta (dunga|dungi|doonga|dungaa)\b/
    $r_dev = /(वापस|लौटा) (कर|दे) (दूंगा|दूँगा|दूंगी|दूँगी|दूगा|दूगी)/
    $r_ms = /\b(nanti (aku|saya) (ganti|bayar|pulangkan)|esok (aku|saya) (bayar|ganti))\b/
    $r_zh = /(下周还你|明天还你|下个月还你|马上还你|下週還你|明天還你)/
    // or "I'll explain later" with the money asked for now
    $later = /\b(i('ll| will| go) explain (later|when|everything)|will explain later|i go explain|i go tell you (wetin happen|everything|later))\b/
    // the small ask of the uncle or aunty "on a new line": a recharge card or airtime, sent now
    $airtime = /\b(recharge (card|me|my line|for me)|airtime|(mtn|glo|airtel|9mobile|etisalat) card|card of [0-9]|[0-9]k card|top ?up (me|my line|for me))\b/
    $hurry = /\b(urgent|urgently|asap|sharp sharp|now now|immediately|quickly|right now)\b/
    // the new number itself ("ye mera naya number hai"), or a friend's phone after the fall
    $new_hi = /\b(naya|nayi|new|dusra|doosra|temporary) (number|no|sim|nambar)\b|(नया|नई|नयी|दूसरा) (नंबर|नम्बर|सिम)/
    $friend_hi = /\b(dost|friend|sathi|saathi)( ke| ka| ki) (phone|number|mobile|fone|nambar)\b|(दोस्त|मित्र) (का|के) (फोन|फ़ोन|नंबर|नम्बर|मोबाइल)/
    // the child's hurry in Hinglish and Hindi: "jaldi", "turant", "baad me batata hu"
    $hurry_hi = /\b(jaldi|jldi|turant|fauran|foran|abhi ke abhi|emergency)\b|\bbaad (me|mein|mai) (batata|batati|bataunga|bataungi|bata dunga|bata dungi|samjhata|samjhati)\b|(जल्दी|तुरंत|फौरन|फ़ौरन|अर्जेंट|इमरजेंसी|बाद में (बताता|बताती|बताऊंगा|बताऊँगा|बताऊंगी|बता दूंगा|बता दूँगा))/
    // the aunty, uncle or cousin on a new number who wants a wallet transfer kept from the family
    // (Hinglish, Hindi): "naya number hai ... 5000 PhonePe kar doge? mummy ko mat batana"
    $hush_hi = /\b(mummy|mumma|mom|maa|papa|pappa|dad|ghar|kisi|kisiko|bhaiya|didi|chacha|chachi|uncle|aunty|mami|mausi|bua|family)( ko| se| me| mein| pe)? (mat|na|nahi|mt) (batana|batao|bolna|btana|kehna|bataana|bataiye|batayega)\b/
    $hush_dev = /(मम्मी|पापा|मां|माँ|घर|किसी|भैया|दीदी|चाचा|चाची|मामा|मामी|मौसी|बुआ) (को|से|में|पर) (मत|ना|न|नहीं) (बताना|बताओ|बोलना|कहना|बताइए|बताइएगा|बताएं)/
    $ask_hi = /\b(gpay|g pay|google ?pay|paytm|phone ?pe|phonepay|upi)\b.{0,20}\b((kar|kr) ?(do|de|doge|dogi|dena|dijiye|sakte|sakti|sakoge|dein|den)|karo|kardo|krdo|kardoge|kardena)\b|\b(paise|paisa|rupaye|rupay|rupees|hazar|hazaar|[0-9]k|[0-9])( [a-z]{1,8}){0,2} bhej ?(do|de|doge|dogi|dena|dijiye|sakte|sakti|dein)\b|\budh?aa?r (de|do|chahiye|mil)/
    $ask_dev = /(फोनपे|फ़ोनपे|फोन पे|पेटीएम|गूगल पे|गूगलपे|यूपीआई|phonepe|paytm|gpay|upi).{0,30}(कर दो|कर दोगे|कर दोगी|कर देना|कर दीजिए|कर सकते|कर सकती|करो)|(पैसे|रुपये|रुपए|हजार|हज़ार|[0-9]) (रुपये |रुपए )?(भेज|ट्रांसफर कर|डाल) (दो|दोगे|दोगी|दीजिए|देना|सकते|सकती)|उधार/
    // West and Central African French (accents folded): "c'est moi Awa, j'ai change de numero",
    // then "envoie-moi 15.000 par Orange Money / Wave / MoMo" and "je te rembourse demain",
    // "je t'explique apres" or "c'est urgent"; a new number given to be saved asks for nothing
    // ... or writes from a friend's phone, "le mien est gate" ("j'ecris avec le telephone d'un ami")
    $n_fr = /\b(j'ai|jai|j ai) change (de |mon )?(numero|puce|ligne|telephone)\b|\bnouveau numero\b|\b(telephone|portable|tel|phone|numero) (d'un|d'une|de mon|de ma) (ami|amie|pote|copain|copine|frere|soeur|voisin|voisine|collegue)\b|\b(j'ai|jai|j ai) perdu mon (telephone|portable|tel|phone)\b|\bon m'a vole mon (telephone|portable|tel|phone)\b|\bmon ancien numero (ne (marche|passe|fonctionne) plus|est (bloque|perdu|gate|hors service))\b/
    $fr_ask = /\b((envoie|envoies|envoyez|prete|pretez|depanne|depannez|fais|faites|recharge|rechargez|transfere|transferez)(-| )moi|m'(envoyer|envoie|envoies|preter|depanner)|aide(-| )moi avec|m'aider avec) ([0-9]|de l'argent|l'argent|un peu|quelque chose|les sous|des sous|du credit|une recharge|un transfert|par)|\b(orange money|mtn money|moov money|airtel money|wave|flooz|momo|mobile money|fcfa|cfa|transfert)\b/
    $fr_back = /\bje (te|vous) (le |la |les )?rembourse\b|\bje (te|vous) (le |la |les )?(rends|renvoie|remets|retourne)( (ca|ton argent|votre argent|l'argent|tout|le tout))? (demain|ce soir|apres|plus tard|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|la semaine prochaine|en fin de mois|a la fin du mois|des que|tout de suite|rapidement|vite)\b|\bje (t'|vous )(explique|expliquerai|explique tout|expliquerai tout) (apres|plus tard|ce soir|demain|quand)\b|\b(c'est|c est|cest) (tres )?urgent\b/
    // Liberia, Sierra Leone, Ghana and Nigeria: the lost or "missing" phone, the new number in Krio
    // ("dis na mi nyu namba, mi fon don los") or Pidgin ("my phone don lost"), then airtime, mobile money
    // (Lonestar, Orange Money, Afrimoney, MoMo) or cash in LD, NLe, cedis or naira sent now, "on this new
    // number", or given back tomorrow ("a go pe yu bak tumara", "I will give it back to you tomorrow")
    $n_wa = /\b(my|mi|me) (phone|fone|fon|handset) ((got|get|don|dɔn|done|has|is|go|was|has been) )?(missing|lost|lɔs|los|loss|stolen|spoil|spoilt|tif|tiff)\b|\b(dis|this|dis na|this na|na) (my|mi) (new|nyu|nu) (number|namba|nomba|line|sim)\b|\bi (don |dɔn )?(lost|lose|los|lɔs) (my|mi) (phone|fone|fon)\b|\b(my|mi) (new|nyu) (namba|nomba)\b/
    $wa_ask = /\b(send|sen|transfer|credit|borrow|loan|lend|dash|help|recharge|top up|buy)( me| mi)\b/
    $wa_pay = /\b(lonestar|lone star|orange money|afrimoney|afri money|qmoney|q money|qcell|africell|momo|mobile money|mtn money|vodafone cash|telecel cash|airteltigo|opay|palmpay|moniepoint|scratch ?card|recharge card|airtime|credit|top ?up|ld|lrd|nle|le|ghs|cedis|naira)\b|[0-9] ?(ld|lrd|k|nle)\b/
    $wa_now = /\b(on|to|for|pan|through|wit|with|via) (this|dis|dis ya|this my|dis mi) (new |nyu )?(number|namba|nomba|line|no)\b|\b(now now|right now|sharp sharp|quick quick|immediately|urgently|urgent|asap|kwik kwik|naw naw)\b/
    // The friend whose payment app "is not working" asks for a sum sent "on this number" now, back
    // tomorrow or with "my old number is off" (Indian English, Hinglish); a friend asking to be paid
    // back for a cab names no number
    $app_down = /\b(my|mera|meri) (gpay|g pay|google ?pay|phone ?pe|phonepay|paytm|upi|bhim|bank app|banking app|net ?banking)( app| account| id)? (is not working|isn'?t working|not working|is down|is blocked|got blocked|has (an )?(issue|problem)|kaam nahi kar (raha|rahi|rha|rhi)|nahi chal (raha|rahi|rha|rhi)|band (hai|ho gaya|ho gya|pada hai)|block (hai|ho gaya|ho gya))\b/
    $this_num = /\b(on|to|at|in) this (number|no|upi|upi id)\b|\b(is|isi|iss) (number|no|nambar|upi) (pe|par|me|mein)\b/
    $old_off = /\bold (number|no|sim|line) (is )?(off|switched off|not working|closed|blocked|band|dead)\b|\bpurana (number|no|sim) (band|off|switch off|switched off|kaam nahi)\b/
    $wa_back = /\b(i|a|ah|i'?ll|ill)( will| go| wil| shall)? (pay|pe|refund|return|give|gi|send|sen)( you| yu| u| it| am| the money| your money| yu mane)?( back| bak)?( to you| to yu| to u)? (by |latest |first thing )?(tomorrow|tomorro|tumara|tumaro|tmrw|tmr|2moro|2mrw|tonight|this evening|next week|month end|on friday|on monday|by friday|by monday)\b/
    // The friend "on a new phone" who wants a peer-to-peer payment ("can you Cash App me $60 real
    // quick", "send me 40 on Venmo") paid back on a named day ("I'll pay you back Friday", "I got you
    // on payday") (US English); a friend who asks to be paid back for the Uber promises nothing back
    $p2p_ask = /\b(cash ?app|venmo|zelle|paypal)( me| it to me)\b|\b(send|shoot|throw|toss|spot|lend|loan|front|zelle|venmo)( me)? [^ ]{1,8}( bucks| dollars| real quick)? (on|via|through|thru|by|over|with|using|on my) (cash ?app|venmo|zelle|paypal)\b/
    $p2p_back = /\b(pay|paying|get|send|give|hit)( you| u| ya| it)?( right)? back (on |by |this |next |first thing |tomorrow |tmrw )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|payday|pay day|tomorrow|tmrw|tmr|the weekend|this weekend|when i get paid)\b|\bi got (you|u|ya) (on |by |this |next |first thing )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|payday|pay day|tomorrow)\b/
    // The cousin or "brother" stranded at a bus or train station, or at the hospital with his wife or
    // child, who wants a sum sent by Orange Money, MoMo or Wave and will repay it ("je vais te
    // rembourser", "a la fin du mois") (West and Central African French, accents folded); a relative
    // who thanks for yesterday's Wave at the station asks for nothing
    $st_fr = /\bje suis (bloque|bloquee|coince|coincee|en panne|reste|restee|abandonne|abandonnee)( ici| la)? (a|au|dans) (la |l')?(gare|gare routiere|autogare|agence|corridor|frontiere|peage|station)\b|\bje suis (a l'hopital|au dispensaire|a la clinique|aux urgences|au chu|au chr|a la maternite|au centre de sante) avec (ma femme|mon epouse|ma copine|mon enfant|mon fils|ma fille|mon bebe|le bebe|les enfants|ma mere|mon pere|maman|papa)\b/
    $st_ask = /\b(envoie|envoies|envoyez|fais|faites|transfere|transferez|depose|deposez|aide|aidez|depanne|depannez)(-| )moi\b|\bm'(envoyer|envoie|envoies|aider|depanner|faire un (depot|transfert))\b/
    $st_pay = /\b(orange money|om|mtn money|mtn momo|momo|mobile money|moov money|wave|flooz|airtel money|fcfa|cfa)\b|[0-9][ .]?000\b/
    $st_back = /\bje vais (te |vous )?(le |la |les )?(rembourser|rendre)\b|\bje (te|vous) (le |la |les )?(rembourserai|rendrai)\b|\b(a la fin du|en fin de|fin du) mois\b/
    // The self-named neighbour ("c'est votre voisine Awa", "ta voisine") at the hospital or clinic with her
    // child, who needs a sum in francs for the medicines or the prescription and will repay it ("je vous
    // rembourse demain inchallah") (West African French); a neighbour's news of the clinic asks for nothing
    // compile cost: X{1,a}X{0,b} is X{1,a+b}
    $st_nb = /\b(c'est|c est|cest|ici|moi c'est|je suis|c'est moi)( [a-z]{1,6}[a-z]{0,6},?)? (ta|votre|la) voisine\b|\b(ta|votre) voisine\b/
    $st_hosp = /\b(hopital|clinique|dispensaire|urgences|centre de sante|maternite|ordonnance|medicaments|medicament)\b/
    $st_need = /\b(j'ai|jai|j ai) (besoin|urgemment besoin) (de|d')\b|\b(me preter|prete(-| )moi|pretez(-| )moi)\b/
    $st_frs = /[0-9] ?(francs|franc|frs|fr)\b/
    // The colleague, the friend or a friend's friend on a new number who asks to borrow a sum and gives it
    // back on a day (Portuguese, Spanish, Polish, Turkish, Romanian, Russian, Ukrainian; accents folded);
    // a new number that borrows a charger or a book names no sum
    $warn_lat2 = /\b(e golpe|eh golpe|um golpe|cuidado|nao (e|sou) eu|es (una )?estafa|no soy yo|oszust[a-z]{0,4}|uwaga|dolandirici[a-z]{0,3}|dikkat|teapa|atentie)\b|(мошенни|осторожно|обережно|шахра)/
    $n_lat = /\b(numero novo|novo numero|troquei de numero|mudei de numero|cambie de (numero|celular|celu|cel)|cambie el numero|nuevo numero|numero nuevo|zmienilem numer|zmienilam numer|nowy numer|yeni numaram|numaram degisti|numar nou|numarul meu nou|am schimbat numarul)\b|(новый номер|новий номер|сменил номер|сменила номер|змінив номер|змінила номер|нового номера|нового номеру|с нового номера|з нового номера)/
    // ... or the friend of a relative or a colleague who "gave me your number" ("soy amigo de tu hermano, el me paso tu
    // numero", "я друг Андрія, він дав мені твій номер"): a stranger's introduction before a loan
    $n_gave = /\bme (paso|dio) (tu|su) (numero|celular|cel|fono|contacto)\b|\bme (passou|deu) (o )?(seu|teu) (numero|contato|celular)\b|\b(dal|dala) mi (twoj|pana|pani) numer\b|\bmi-a dat numarul (tau|dvs|dumneavoastra)\b|(дал мне (твой|ваш) номер|дала мне (твой|ваш) номер|дав мені (твій|ваш) номер|дала мені (твій|ваш) номер)/
    $lb_lend = /\b(emprestar|empresta|emprestimo|prestar|prestame|prestarme|me prestas|pozycz[a-z]{0,5}|borc (ver|verir|verebilir)[a-z]{0,6}|odunc|imprumut[a-z]{0,3}|imprumuta[a-z]{0,3}|prestai|me prestarias|me podis prestar)\b|(займи|одолжи|одолжить|одолжишь|занять|займешь|займёшь|выручи|выручить|позич)/
    $lb_back = /\b(te devolvo|devolvo (amanha|sexta|segunda|no|na|dia)|te pago (amanha|sexta|segunda|no|na|dia)|ate (amanha|sexta|segunda|terca|quarta|quinta|o fim do mes|o dia)|te lo (devuelvo|pago|regreso)|hasta el (lunes|martes|miercoles|jueves|viernes|sabado|fin de mes|finde)|hasta (manana|fin de mes)|oddam|zwroce|do (jutra|piatku|poniedzialku|wyplaty)|yarin veririm|geri veririm|maasim yatinca|iti dau inapoi|ti-i dau inapoi|pana (maine|vineri|luni))\b|(верну|поверну|до зарплаты|до зарплати|до (завтра|пятницы|понедельника|вторника|среды|четверга|субботы|воскресенья|выходных|вечера)|до (п.?ятниці|понеділка|вівторка|середи|четверга|суботи|неділі|вечора))/
    $lb_amt = /\b(reais|real|soles|pesos|lucas|mil|zl|zlotych|tl|lira|lei|ron|dinheiro|grana|plata|pieniadze|pieniedzy|bani)\b|(руб|грн|тысяч|тисяч|денег|гроші|грошей)|[0-9]00\b/
    // The friend who writes from someone else's phone and asks for a BLIK code (Polish): the phone of a friend,
    // a dead or lost phone, then "podeslij kod BLIK"; a partner who sends his own BLIK code asks for none
    $n_pl = /\bpisze z (telefonu|numeru|komorki) (kolezanki|kolegi|znajomego|znajomej|siostry|brata|mamy|taty|chlopaka|dziewczyny|kumpla|kumpeli|przyjaciolki|przyjaciela)\b|\bz (cudzego|innego|pozyczonego) (telefonu|numeru)\b|\bmoj (telefon )?(sie )?(rozladowal|padl|zepsul|utonal)\b|\b(padl|rozladowal|zepsul) mi sie telefon\b|\bpadl mi telefon\b|\b(zgubilam|zgubilem) telefon\b/
    // Moroccan and Egyptian Arabic in Latin letters: a colleague or friend "bdelt numero" who asks "slefni 500 dh" and
    // promises it back tomorrow ("nrj3hom lik ghda", "harga3homlak bokra")
    $n_arz = /\b(bdelt|beddelt|badalt|badelt|ghayart|ghayert|8ayart|gheyyart|ghiert)( el| l)? ?(nmra|nemra|numero|numiro|ra9m|raqm|rakm|ra2m|ra9mi|rakmi|ra2ami|nemrti|nmrti)\b|\b(nmra|nemra|numero|ra9m|raqam|rakam|ra2am|rakamy|ra2amy) (jdida|jdid|gdida|gedid|gdid|jadid|el gedid|el gdid)\b/
    $lend_arz = /\b(slefni|sllefni|sellefni|salefni|sallefni|salafni|sallafni|salefny|sallefny|salafny|sallafny|tsallefni|tslefni|9rdni|9redni|9ardni|qardni|tsalefni|tsalefny)\b/
    $back_arz = /\b(nrj3hom|nraj3hom|nrja3hom|nrddhom|nreddhom|nrj3ha|nraj3ha|narga3homlak|harga3homlak|harga3hom|hraga3hom|hraj3hom|arga3homlak|hardhomlak)\b|\b(ghda|ghedda|ghedwa|bokra|bukra|l?jom3a)\b/
    $blik_pl = /\b(podeslij|podeslac|podeslesz|wyslij|wyslac|wyslesz|przeslij|przeslac|przeslesz|daj|dasz|podaj|podasz|wygeneruj|wygenerowac|wygenerujesz)( mi)? (kod |kodu )?blik[a-z]{0,3}\b|\bkod blik[a-z]{0,3} na [0-9]/
  condition:
    ((any of ($n*) or family_new_number_story)
    and (any of ($r*) or ($later and (family_money_request or family_favour_hook or $airtime)) or ($airtime and $hurry) or ($fr_ask and $fr_back)
      or ($wa_ask and ($wa_pay or money_count > 0) and ($wa_now or $wa_back))
      or (($hush_hi or $hush_dev) and ($ask_hi or $ask_dev))
      or (($new_hi or ($friend_hi and ($n_hi2 or $n_dev))) and ($ask_hi or $ask_dev) and ($hurry or $hurry_hi))
      or ($p2p_ask and $p2p_back))
    or ($st_fr and $st_ask and ($st_pay or money_count > 0) and ($st_back or $fr_back))
    or ($st_nb and $st_hosp and ($st_ask or $st_need) and ($st_pay or $st_frs or money_count > 0) and ($st_back or $fr_back))
    or ($app_down and $this_num and (any of ($r*) or $old_off) and ($hurry or $hurry_hi or $old_off))
    or (($n_lat or $n_gave) and $lb_lend and $lb_back and ($lb_amt or money_count > 0) and not $warn_lat2)
    or ($n_arz and $lend_arz and $back_arz)
    or ($n_pl and $blik_pl))
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule family_stranded_traveller
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Someone stranded at an airport, station, border or another city whose wallet or phone was stolen or card blocked, asking for money by a payment app, to be paid back or kept secret, often an 'old school friend' (English, Nigerian Pidgin, French, Hinglish); the Nigerian traveller stranded on the road to a city after robbers took everything, 'send anything to <account> <bank>, God bless' (English); the stranger who is 'sorry to bother you', lost in the city or with a broken-down car and a dying phone, and asks for a small sum by Cash App, Venmo or Zelle, paid back (US English, Spanish); the Nigerian stranger 'sorry to disturb', stranded with no transport fare home, who asks for a small sum returned tomorrow (English, Pidgin)"
  strings:
    $stuck = /\b(stranded|stuck) (at|in) (the )?[a-z]{2,20}\b|\b(i'm|i am|im) (at|in) the (airport|border|station)\b|\bstranded (here|abroad|overseas)\b/
    $lost = /\b(wallet|bag|purse|phone|cards?|money|luggage) (was |were |got |has been |have been )?(stolen|lost|taken|snatched)\b|\b(got|was|were) (robbed|mugged|pickpocketed)\b|\b(my )?cards? (isn't|is not|aren't|are not|doesn't|does not|won't|not) work(ing)?\b|\bmy (atm |bank |debit )?(card|cards|account) (has been |have been |was |were |is |got |are )?(blocked|frozen|swallowed|seized)\b/
    // "I lost my wallet with all my cards"
    $lost2 = /\b(lost|misplaced) my (wallet|purse|handbag|bag|cards?|atm card|bank card|luggage)\b/
    $send = /\b(send|transfer|lend|borrow|help me with)\b/
    $back = /\b(pay (you )?back|refund you|return it|give it back|send it back)\b|\b(will|i'?ll|ill|shall) (return|refund|repay) (the money|your money|the amount|the cash|you)( back)? (tomorrow|tonight|by tomorrow|first thing tomorrow|on monday|next week)\b/
    // Hinglish, the "old school friend" stuck at an airport or a station: "Delhi airport pe phas gaya
    // hu, wallet chori ho gaya, 3000 GPay kar de, kal wapas kar dunga"
    $stuck_hi = /\b(airport|station|railway station|bus stand|bus adda|stand|border)( pe| par| me| mein| mai)? (phas|phans|fas|fans|atak|atka|atki|ruk|reh) (gaya|gayi|gya|gyi|gaye)\b/
    $lost_hi = /\b(wallet|purse|batua|bag|paise|card|cards|atm card|jeb)( bhi)? (kho|gum|chori|miss|kat|kaat)( ho)? (gaya|gayi|gya|gyi|gaye|li)\b|\b(kisi ne|kisine|chor ne) (mera |meri )?(wallet|purse|bag|jeb|batua) (maar|mar|kaat|kat|chura|uda) (liya|li|lia)\b|\b(card|atm card|account) (block|band) (ho gaya|ho gya|hai|kar diya)\b/
    $send_hi = /\b(gpay|g pay|google ?pay|paytm|phone ?pe|phonepay|upi|bhej|bhejo|bhej do|bhej de|udhaar|udhar)\b/
    $back_hi = /\b(wapas|vapas|wapis) (kar|de) (dunga|dungi|doonga)\b|\blauta (dunga|dungi|doonga)\b/
    // Pidgin: "I dey stranded for Abuja", "my card don block", "I go return am tomorrow", "no tell anybody"
    $stuck_pcm = /\bi (dey|don|de) (stranded|stuck|hook)\b|\b(stranded|hook|stuck) for (here|[a-z]{2,12} (park|airport|motor park|border))\b/
    $lost_pcm = /\b(card|atm card|account) (don|dey) (block|freeze|hook)\b|\batm (don )?swallow my card\b|\b(dem|thief|thieves|pickpocket) (don )?(steal|collect|carry|take) my (wallet|bag|phone|card|money)\b|\bdem (don )?rob me\b/
    $back_pcm = /\bi go (return|pay|refund|give you|send) (am|you|back|am back|your money)\b/
    // French (accents folded): "je suis bloque a Lome", "ma carte est bloquee", "je te rembourse demain"
    $stuck_fr = /\bje suis (bloque|bloquee|coince|coincee|en panne)( ici)? (a|au|en|aux|sur)\b|\b(bloque|bloquee|coince|coincee) (a|a l'|en) (l'aeroport|aeroport|la frontiere|la gare)\b/
    $lost_fr = /\b(ma|mes) (carte|cartes|carte bancaire|carte visa)( bancaire)? (a ete |est |sont |ont ete )?(bloquee|bloquees|avalee|avalees|suspendue|desactivee)\b|\bmon compte (est |a ete )?bloque\b|\bon m'a (vole|arrache|pris) (mon|ma|mes) (portefeuille|sac|telephone|carte|cartes|argent|valise|bagages|passeport)\b|\bmon (portefeuille|sac) (a ete )?(vole|perdu)\b/
    $send_fr = /\b(envoie|envoyer|envoyez|envoies|prete|preter|pretez|depanner|depanne|transfert|virement|orange money|mtn money|moov money|wave)\b/
    $back_fr = /\bje (te|vous) (rembourse|rends|renvoie|remets|le rends|la rends|les rends)\b/
    // "don't tell anybody": the secret the stranded one asks for instead of a promise
    // a friend held up close to home ("stuck in traffic, card blocked, transfer me 20 for petrol") is no traveller
    $local = /\bstuck (in|at) (the )?(traffic|work|a meeting|meetings|the office|home|the house|school|bed|a queue|the queue|go-?slow|hold-?up)\b/
    $secret = /\b(don'?t|do not) tell (anybody|anyone|mum|mom|dad|my (wife|husband|parents|mum|mom|dad))\b|\b(no|make you no) tell (anybody|anyone|person)\b|\b(n'en|ne le) (parle|dis|dites|parlez) a personne\b|\bne dis rien a personne\b/
    // Nigeria: the traveller robbed on the road, a stranger to the reader: "stranded at Ore on my way to Lagos,
    // armed robbers took everything, send anything to <account> <bank>, God bless you"
    $robbed_ng = /\brobbers?\b.{0,40}\b(took|collected|carted away|stole|seized|collect|carry|carried|dispossessed|cleared)\b|\b(took|collected|carted away|stole|collect|carry|carried) (away )?(everything|every ?thing|all (i|we) (had|have|get)|all (my|our) (money|belongings|things|property|properties|bags?|luggage|load))\b|\b(dispossessed|robbed) (me|us) of (everything|all)\b/
    $any_ng = /\b(send|transfer|help (me|us) with|assist (me|us) with)( me| us)? (anything|any amount|any little|whatever (you have|you can|you fit)|something|anything you (have|can))\b|\bwhatever you (have|can afford|fit)\b/
    $bless_ng = /\bgod (will |go )?bless\b/
    $acct_ng = /\b(access|gtb|gtbank|first ?bank|zenith|uba|opay|palmpay|moniepoint|kuda|fidelity|union bank|wema|sterling|fcmb|polaris|ecobank|stanbic|keystone|providus)\b|\b(account|acct|acc|a\/c)( (number|no|num|name))?\b/
    // a child's or a spouse's own road news to the family
    $kin_ng = /\b(mummy|mum|mom|mama|daddy|dad|papa|honey|babe|baby|darling|my love|sweetheart)\b/
    // The stranger's small emergency: "Hi, sorry to bother you. I'm lost in the city / my car broke down
    // and my phone is dying. Can you send me $20 on Cash App? I'll pay you back" (US English); "perdon
    // que te moleste, se me descompuso el carro ... me puedes mandar $20 por Zelle? te los devuelvo"
    // (Spanish); a friend's own breakdown ("car died again lol, venmo me 20?") apologises for nothing
    $bother = /\b(sorry|so sorry|i'?m sorry|i am sorry|apologies|i apologi[sz]e|abeg|please|pls)( to| for| i)? (bother|bothering|disturb|disturbing|trouble|troubling)( you| u)?\b|\b(you|u) (don'?t|do not|dont|no) know me\b|\bi know (this is|it'?s|its) (random|weird|strange|odd)\b/
    $plight = /\b(i'?m|i am|im|got|getting) (so |totally |completely )?(lost|stranded)\b|\b(my |the )?(car|truck|vehicle) (just )?(broke down|has broken down|won'?t start|died|ran out of gas|got towed)\b|\b(ran|run|running) out of (gas|fuel)\b|\bmy (phone|cell|battery|phone battery) (is )?(dying|about to die|almost dead|going to die|gonna die)\b/
    $ask_en = /\b(send|spot|lend|loan|front|transfer|cash ?app|venmo|zelle)( me| over)? (like |just |only |maybe )?\$ ?[0-9]/
    $p2p = /\b(cash ?app|venmo|zelle|paypal|chime|apple pay)\b/
    $bother_es = /\b(perdon|perdona|perdone|disculpa|disculpe|disculpen) (que te moleste|que le moleste|la molestia|por (la molestia|molestar(te|le)?|escribir(te|le)?))\b|\b(siento|lamento) (mucho )?molestar(te|le)\b|\b(tu|usted) no me conoce(s)?\b/
    $plight_es = /\b(estoy|me encuentro|ando) (perdid[oa]|varad[oa]|atorad[oa])\b|\bse me (descompuso|averio|murio|quedo sin gasolina|acabo la gasolina|poncho)\b|\b(mi|el) (carro|coche|auto|camioneta|troca) se (descompuso|averio|murio|quedo sin gasolina)\b|\bme quede sin gasolina\b|\b(se me (esta )?(muriendo|acabando|descargando) (el celular|el telefono|el cel|la bateria|la pila)|(mi )?(celular|telefono|cel) se (esta )?(muriendo|descargando|apagando))\b/
    $ask_es = /\b(mandar|mandarme|mandame|enviar|enviarme|enviame|prestar|prestarme|prestame|pasar|pasarme|pasame|depositar|depositarme|hacer|hacerme)( me)? (unos |solo |nomas |como )?\$ ?[0-9]/
    $back_es = /\b(te|se) (lo |los |la |las )?(devuelvo|regreso|pago|repongo|devolvere|regresare|pagare)\b/
    $friendv = /\b(lol|lmao|haha\w{0,4}|bro|bestie|babe|dude|love you|ily|sis)\b/
    // Nigeria: the stranger "sorry to disturb", stranded at a bus stop or park with no transport fare home,
    // who asks for a small sum ("abeg send 2k") to be returned tomorrow (English, Pidgin)
    $fare_ng = /\bno (money|cash|kobo|transport|fare|t-?fare)\b|\b(money|fare|transport) to (go|take me|get|reach|enter) (back )?(home|house|back)\b|\btransport (fare|money)\b|\bt-?fare\b/
    $ask_ng = /\b(send|sen|transfer|borrow|lend|dash|help)( me| mi)?( with| just| only| ordinary)? (n ?|#|₦ ?)?[0-9]/
  condition:
    (($stuck or $stuck_pcm or $stuck_fr or $stuck_hi) and ($lost or $lost2 or $lost_pcm or $lost_fr or $lost_hi) and ($send or $send_fr or $send_hi)
      and ($back or $back_pcm or $back_fr or $back_hi or $secret or money_count > 0)
      or ($stuck or $stuck_pcm) and $robbed_ng and ($any_ng or ($bless_ng and $acct_ng)) and not $kin_ng
      or ($bother and $plight and $ask_en and $back or $bother_es and $plight_es and $ask_es and $back_es) and $p2p and not $friendv
      or ($bother and ($stuck or $stuck_pcm or $plight) and $fare_ng and $ask_ng and ($back or $back_pcm) and not $kin_ng and not $friendv))
    and not $local
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule family_sent_to_collect
{
  meta:
    action = "junk"
    weight = 2.5
    description = "A stranger says someone the reader knows (madam, your brother, the boss) sent them to collect money, and gives an account or wallet to pay into; or a 'sister', 'brother' or 'deacon' from the church says the pastor asked them to collect contributions (for a widow, a burial, a programme) into an account or wallet number; or the office's self-declared 'new accountant' or 'new account officer' collecting a levy or a contribution from every staff member (the MD's party) into an account (Nigerian and Ghanaian English, Nigerian Pidgin)"
  strings:
    $who = /\b(madam|oga|your (brother|sister|husband|wife|boss|landlord|son|daughter|mother|father|mum|dad|uncle|aunty|aunt)|my (madam|oga))\b/
    $collect = /\b(ask|asked|told|said|say) (me )?(to|make i|say make i|that i should) (collect|receive|take)\b/
    $pay = /\b(send|transfer|pay)\b.{0,40}\b(account|acct|opay|palmpay|moniepoint|kuda|momo|mpesa|m-pesa|wallet|bank)\b/
    // The church member who introduces themself ("this is Sister Blessing from the church", "na Deacon
    // Emeka from church"), relays the pastor's instruction ("Pastor asked me to collect", "our pastor
    // has directed", "Pastor talk say make I collect") for contributions, and gives an account or
    // wallet with its number; a member's real reminder names no account number
    // compile cost: X{1,a}X{1,b} is X{2,a+b}
    $member = /\b(this is|it'?s|its|i am|i'm|im|na|na me|my name is) (sister|sis|brother|bro|deacon|deaconess|elder|usher|evangelist|church secretary|church treasurer|treasurer) [a-z]{1,6}[a-z]{1,6}\b/
    $church = /\b(church|parish|chapel|assembly|fellowship|cathedral|tabernacle|ministry|ministries)\b/
    $relay = /\b(pastor|g\.?o|general overseer|reverend|rev|bishop|church council|elders|church leadership|minister|man of god)( has| have| don| dey)? (asked|directed|instructed|told|sent|mandated|said|talk say|say|wants|approved|appointed|delegated)( me| us| that| all| make)?\b/
    $contrib = /\b(contribution|contributions|contribute|donation|donations|support|levy|welfare|collect|offering|condolence|dues)\b/
    $num = /\b(account|acct|a\/c|acc|momo|mobile money|opay|palmpay|moniepoint|kuda|bank|mtn|vodafone cash|telecel cash|airteltigo)\b[^0-9]{0,30}[0-9][0-9]|[0-9][0-9],? ?(access|gtb|gtbank|zenith|uba|first ?bank|fidelity|ecobank|opay|palmpay|moniepoint|kuda|momo|stanbic|wema|sterling|union bank|polaris|fcmb|calbank|gcb|absa)\b/
    // The office's "new accountant" (Nigerian English): a stranger who says they are the new accountant,
    // account officer or secretary, collecting from every staff member for the MD's birthday, a send-forth
    // or a levy, into an account with its number; a colleague's own collection claims no new post
    // compile cost: X{1,a}X{1,b} is X{2,a+b}
    $newpost = /\b(i am|i'?m|this is|my name is)( [a-z]{1,6}[a-z]{1,6},?)?( the| your| our)? new (accountant|account officer|accounts officer|finance officer|cashier|secretary|admin officer|administrative officer|hr officer|hr manager|personnel officer|welfare officer|treasurer|bursar)\b|\b(newly (posted|employed|appointed|resumed)|just resumed as) (the |an? )?(accountant|account officer|accounts officer|finance officer|cashier|secretary|admin officer|hr officer|treasurer|bursar)\b/
    $levy = /\b(every|each|all|all the) (staff|staffs|member of staff|members of staff|workers?|employees?|colleagues?)\b|\b(levy|levies|contribute|contribution|contributions|dues)\b/
  condition:
    ($who and $collect and $pay or $member and $church and $relay and $contrib and $pay and ($num or phone_count > 0)
      or $newpost and $levy and $pay and ($num or phone_count > 0))
    and sender_kind != "alpha" and sender_kind != "shortcode"
}


rule family_payee_new_account : phishing
{
  meta:
    action = "junk"
    weight = 2.5
    description = "A 'landlord', 'school bursar' or 'supplier' who has changed number and mobile-money or bank account, or an 'estate manager', 'caretaker' or 'agent' speaking for the landlord or the school, asks for the rent, the service charge or the fees to be sent to the new one, or the landlord selling the flat who wants the rent and deposit paid into a spouse's account: the payment-redirection fraud (English, Nigerian Pidgin, West and Central African French)"
  strings:
    // who is owed: "this is your landlord", "na your landlord dey talk", "c'est votre proprietaire", "dear parent"
    $payee = /\b(this is|it'?s|its|na|na me|ici|c'est|je suis) (your|ur|votre|ton|ta) (landlord|landlady|caretaker|house owner|property manager|agent|bursar|proprietor|proprietress|headmaster|headmistress|principal|supplier|vendor|proprietaire|proprio|bailleur|bailleresse|gerant|gerante|fournisseur|econome|directeur|directrice)\b|\b(dear|cher|chers|chere) (tenant|tenants|parent|parents|locataire|locataires)\b|\bthe school (bursar|accountant|accounts office|management)\b|\bl'(econome|intendant|intendance|administration) de l'ecole\b/
    // or one who speaks for the payee ("I am the estate manager", "na me be the caretaker", "je suis le
    // gerant de l'immeuble") and says the landlord or the school wants all tenants or parents to pay
    $speaker = /\b(i am|i'm|im|this is|it'?s|na me|na me be|i be) (the |your |ur |una )?(estate manager|estate officer|estate secretary|facility manager|facilities manager|caretaker|care taker|estate agent|house agent|property agent|agent|property manager|bursar|school accountant|school secretary|accountant|landlord'?s (agent|lawyer|representative|rep|son|daughter|wife|secretary|accountant))\b|\bon behalf of (the |your |our )?(landlord|landlady|house owner|property owner|owner|school|management|proprietor|proprietress)\b|\b(je suis|ici|c'est) (le |la |l')?(gerant|gerante|gardien|gardienne|concierge|agent immobilier|agent|econome|intendant|intendante|comptable|representant|representante)\b|\b(au nom|de la part) (du|de la|de l') ?(proprietaire|bailleur|bailleresse|direction|ecole|administration)\b/
    $relay = /\b(landlord|landlady|house owner|property owner|proprietor|proprietress|management|principal|headmaster|headmistress|school|owner)( has| don| have)? (said|says|asked|instructed|directed|wants|want|talk say|say|has asked|decided)\b|\b(all|every|una all|all the) (tenants?|parents?|occupants?|residents?)\b|\b(le|la|notre|votre) (proprietaire|bailleur|bailleresse|proprio|direction|directeur|directrice|administration) (a dit|dit|demande|a demande|souhaite|exige|informe|a decide|veut)\b|\b(tous les|a tous les) (locataires|parents|residents|occupants)\b/
    // the change: a new number or line, a new account or wallet, the old one blocked
    $changed = /\b(changed|change|switched|updated) (my |our )?(phone )?(number|line|account|bank account|account number|account details|momo|momo number|momo account|mobile money|wallet|bank)\b|\b(my|our|the) old (account|line|number|momo|wallet) (is|has been|was|don|dey) (closed|blocked|frozen|suspended|restricted|block|close)\b|\b(new|another) (account|momo|line|number|bank account|account number|wallet)\b|\b(j'ai|jai|nous avons|on a) change (de |mon |notre )?(numero|compte|puce|ligne)\b|\bnouveau (numero|compte)\b|\b(into|to|in|on) (my|our) (wife|husband|partner|spouse|son|daughter|brother|sister|mother|father|mum|mom|dad)'?s (bank )?(account|acct|bank|bank details|account details)\b|\b(mon|notre) ancien (numero|compte) (est|a ete) (bloque|ferme|suspendu|perdu|hors service)\b/
    // the money owed, sent now
    $pay = /\b(send|pay|transfer|deposit|remit)( in)? (this month'?s |this term'?s |the |your |my |all |the school |the house |their |una |all the )?(rent|house rent|fees|school fees|payment|balance|money|levy|dues|invoice|service charge|service charges|estate dues|security levy)\b|\b(rent|fees|school fees|service charges?|levy|levies|dues) (should|must|are to|is to|will|shall)? ?(now )?be (paid|sent|transferred|deposited|remitted)\b|\b(envoyez|envoie|envoyer|versez|verse|verser|payez|paie|paye|payer|transferez|transfere|deposez|depose|reglez|regle) (le |la |les |votre |ton |vos |tes |leur |leurs )?(loyer|loyers|frais|scolarite|paiement|montant|reglement|facture|argent|charges)\b/
    // to where: this or the new number or account, a wallet or a bank
    $dest = /\b(to|into|on|enter|for|via|through|with|in) (this|the new|my new|our new|dis|this new) (number|line|account|acct|momo|wallet|account number|momo number)\b|\b(sur|a|vers|dans) (ce|mon|notre|le nouveau) (numero|compte|nouveau numero|nouveau compte)\b|\b(momo|mobile money|orange money|mtn money|moov money|wave|opay|palmpay|moniepoint|m-?pesa|airtel money|paybill|account (number|no|name)|sort code|acct|a\/c|zenith|gtbank|access bank|first ?bank|uba)\b/
    // the usual account named ("into my wife's account as usual"): no redirection
    $usual = /\bas (usual|always|before|normal)\b|\bsame (account|details|bank) as (always|before|usual|last month)\b/
  condition:
    ($payee or ($speaker and $relay)) and $changed and $pay and ($dest or phone_count > 0) and not $usual and sender_kind != "alpha" and sender_kind != "shortcode"
}

// The payment redirection made decisive: the same new-account ask that also says the old account must
// not be used ("don't use the old account", "ignore the old account", "no pay into the old one"); a
// landlord's ordinary rent reminder names no new account; or the landlord who is selling the flat and
// wants the rent and the deposit paid into a spouse's or a son's account (a landlord who sells gives
// notice, he does not move the rent to his wife)
rule family_payee_old_account_void : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A 'landlord', 'agent', 'caretaker' or 'bursar' who redirects the rent or the fees to a new account and says the old one must no longer be used, or a landlord selling the flat or the house who wants the rent and deposit paid into a spouse's or a child's account: the payment-redirection fraud (English, Nigerian Pidgin, West and Central African French)"
  strings:
    $void = /\b(do not|don'?t|dont|no|never|stop|please don'?t|pls don'?t) (use|pay (in)?to|pay (in|on)|send (it )?to|transfer (in)?to|send am for|pay am for|pay for) (the|that|dat|my|our|una) old (one|account|acct|number|momo|wallet|bank|details)\b|\bignore (the|that|my|our) old (account|acct|number|momo|details)\b|\bthe old (account|acct|momo|number) (is|has been) (no longer|not) (in use|valid|active|working|used)\b|\bn'?(utilisez|utilise) plus (l'ancien|mon ancien|notre ancien) (numero|compte)\b|\bne (payez|versez|envoyez|paie|verse|envoie) (plus|pas|rien) (sur|a|dans|vers) l'ancien (numero|compte)\b/
    $sold = /\b(selling|sold|sell|putting up for sale|put up for sale|listing|listed)( off)? (the|this|my|our) (flat|house|property|apartment|unit|building|place|home)\b|\b(the|this|my|our) (flat|house|property|apartment|unit|building) (is|has been|was) (being )?(sold|on the market|up for sale)\b/
    $kin_acct = /\b(into|to|in|on) (my|our) (wife|husband|partner|spouse|son|daughter|brother|sister|mother|father|mum|mom|dad)'?s (bank )?(account|acct|bank|bank details|account details)\b/
  condition:
    family_payee_new_account and ($void or ($sold and $kin_acct))
}

// The payment redirection in Chinese, where the card number or the WeChat id is written out: decisive
rule family_payee_redirect_zh : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "In Chinese: the landlord whose rent and deposit are now to be paid into a spouse's, a son's or a new card, with its number or holder's name (the house is sold, the old card lost); or the class teacher collecting a materials or book fee by transfer to the 'school finance' WeChat or Alipay, with its id (simplified and traditional)"
  strings:
    // In Chinese (a letter is three bytes: the gaps are counted in bytes): the landlord ("我是房东") whose
    // rent and deposit now go to a spouse's or a son's card, or to a new card because the old one was
    // lost, with the card number or the holder's name; a landlord's reminder names the usual account
    $zh_landlord = /(我是|我係)(你的|你們的|你们的|您的)?(房东|房東|业主|業主|房主)/
    $zh_rent = /(房租|租金|押金|水电费|水電費|物业费|物業費)/
    $zh_other = /(我|我的)(爱人|愛人|老婆|老公|妻子|丈夫|太太|先生|儿子|兒子|女儿|女兒|媳妇|媳婦|亲戚|親戚|弟弟|妹妹|哥哥|姐姐|侄子)的?[^,.!?]{0,24}(卡|账户|賬戶|帳戶|账号|帳號|支付宝|支付寶)|(新卡|新的卡|换了卡|換了卡|换卡|換卡|新账户|新賬戶|新帳戶|新账号|新帳號)|卡(挂失|掛失|丢了|丟了|丢失|丟失|被冻结|被凍結|冻结了|凍結了|注销|註銷|不能用|不用了)/
    $zh_into = /(转到|轉到|打到|汇到|匯到|存到|转入|轉入|打入|汇入|匯入|存入|转给|轉給|交到)/
    $zh_acct = /(户名|戶名|卡号|卡號|开户行|開戶行|收款人)|(卡|账户|賬戶|帳戶|账号|帳號)[^,.!?]{0,6}[0-9][0-9]/
    // or the class teacher (班主任) collecting a materials or book fee by transfer to the "school finance"
    // WeChat or Alipay, with its id; a trip paid in the class group or the school's own payment platform names none
    $zh_teacher = /班主任|我是[^,.!?:]{0,24}(老师|老師|校长|校長)/
    $zh_fee = /(资料费|資料費|教材费|教材費|教辅|教輔|书本费|書本費|书费|書費|校服费|校服費|学杂费|學雜費|材料费|材料費|班费|班費|补课费|補課費|辅导费|輔導費|保险费|保險費|试卷费|試卷費|练习册|練習冊|餐费|餐費|报名费|報名費)/
    $zh_fin = /(学校|學校|校方)?(财务|財務|会计|會計|出纳|出納)(老师|老師|室|处|處|科|部)?的?(个人)?(微信|支付宝|支付寶)|加[^,.!?]{0,15}(财务|財務|会计|會計)[^,.!?]{0,9}(微信|qq)/
    $zh_id = /(微信|支付宝|支付寶|qq)(号|號)?(是|为|為)?[: ]{0,2}[a-z0-9][a-z0-9_-]{1,5}[a-z0-9_-]{1,5}/
  condition:
    (($zh_landlord and $zh_rent and $zh_other and $zh_into and $zh_acct)
      or ($zh_teacher and $zh_fee and $zh_fin and $zh_id))
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule family_neighbour_collection
{
  meta:
    action = "junk"
    weight = 2.5
    description = "A 'neighbour' collecting for a gift or a card who is away and cannot collect cash, so asks for Venmo, Zelle, Cash App or gift-card codes (English)"
  strings:
    $neigh = /\bneighbou?rs?\b|\bfrom (down|across|up) the (street|road|hall|block|way)\b|\bnext door\b|\b(at|from) (number|no\.?|#) ?[0-9]/
    // the writer collects ("we're collecting", "I'm putting together"), not a friend relaying it
    $collect = /\b(we'?re|we are|i'?m|i am|we have been|i have been|we've been|i've been) (collecting|taking (a )?collection|chipping in|pitching in|pooling|putting together|organi[sz]ing)\b.{0,60}\b(gift|present|card|flowers|retirement|birthday|baby|wedding|memorial|mail ?(carrier|man|lady)|postman|mailman|teacher|nurse|coach)\b/
    // the reader asked to pay by an app or to buy a gift card (not "I'll Venmo Jen my share")
    $pay = /\b(venmo|zelle|cash ?app|paypal) (me|it|us|your share)\b|\b(by|via|on|through|over|with|using) (venmo|zelle|cash ?app|paypal)\b|\bmy (venmo|zelle|cash ?app|cashtag|paypal)\b|\b(buy|get|purchase|pick up) (a |an |one )?(\$[0-9]{1,3} )?([a-z]{1,6}[a-z]{1,6} )?gift ?cards?\b/
    // why not cash at the door: away, or the gift card's code sent by text
    $away = /\b(out of town|away (this|for the|on|until)|i'?m away|(traveling|travelling) (this|for|until|at the moment|right now)|can'?t collect (the )?cash|cannot collect (the )?cash|unable to collect|not (able|around) to collect|can'?t (come|get|stop) (by|round|around|over))\b/
    $code = /\b(send|text|email)( me)? (the )?(codes?|pics?|photos?|pictures?|card numbers?)\b/
  condition:
    $neigh and $collect and $pay and ($away or $code) and sender_kind != "alpha" and sender_kind != "shortcode"
}

// West Africa (Nigeria, Ghana, Liberia, Cameroon, Gambia): an emergency told from a number (a
// hospital, an operation, stranded after a lost bag, held at a police post), an amount or a wallet,
// and a send ask. A relative's real ask has the same shape, so the plain form weighs 2.5; a third
// party speaking for the relative or "I'll explain later" makes it decisive.
private rule family_emergency_wallet_wa_base
{
  strings:
    $emerg = /\b(i|we|she|he|mama|papa|mummy|daddy) (dey|is|am|are|'m) (for |at |in )?(the )?(hospital|luth|lasuth|uch|korle bu|komfo anokye|clinic|emergency ward|police station)\b|\b(dem|they|doctors?) (wan|want to|go|are about to|don|have) (operate|admit|detain|lock)\b|\bstranded\b|\b(lost|i don lose|dem steal|they stole|someone stole) (my )?(bag|wallet|purse|handbag|transport money)\b|\b(bloquee?|retenue?|arretee?|en garde a vue) (au|a la|par la|a) (poste|police|gendarmerie|commissariat|frontiere|barriere)\b|\b(a l'hopital|aux urgences|au poste de police|au commissariat)\b|\b(at|in) (the )?hospital\b|\b(arrested|detained|accident)\b/
    $wallet = /\b(opay|palmpay|moniepoint|kuda|momo|mobile money|om|orange money|mtn money|moov money|wave|afrimoney|qmoney|lonestar money|account (number|no)|acct|this (number|momo number|line)|ce numero|mon numero)\b/
    $amt = /[0-9]k\b|[ .,]000\b|\b(ghs|cedis|naira|fcfa|cfa|lrd|gmd|dalasi)\b/
    $ask = /\b(send|transfer|help me with|abeg|please help|envoie|envoyez|envoyer|fais(-| )moi|aide(-| )moi|aidez(-| )moi)\b/
  condition:
    $emerg and $ask and ($wallet or $amt or money_count > 0) and ($amt or money_count > 0 or $wallet)
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule family_emergency_wallet_wa
{
  meta:
    action = "junk"
    weight = 2.5
    description = "West African emergency money ask from a number: a relative at the hospital, stranded or held at a police post, an amount or a wallet (Opay, MoMo, Orange Money) and a send ask (English, Nigerian Pidgin, French)"
  condition:
    family_emergency_wallet_wa_base
}

rule family_emergency_wallet_wa_cue : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "West African emergency money ask told by a third party (a relative's friend whose phone is dead) or with 'I'll explain later', with an amount or wallet and a send ask (English, Nigerian Pidgin, French); or from a 'new number': a friend or sibling in hospital, with a sick mother or 'a problem', who asks to borrow a named sum (20k, N20,000, 500 cedis) (Nigerian Pidgin, Ghanaian and Nigerian English); or with no emergency, a caller who names themself on the 'new number' ('na me Emeka from church', 'it's me Kojo') and asks for a named sum paid back on a day ('I go return am Friday') (Nigerian Pidgin, Ghanaian English); or an aunty or uncle who signs by title and name ('Na Aunty Ngozi'), at the hospital or stranded, and asks for a recharge card or airtime (Nigerian Pidgin, Nigerian and Ghanaian English); or a relative by proxy who introduces themself as someone's child or relative ('this is Auntie Esi's daughter') or relays a parent's message ('Mummy asked me to tell you'), with the relative admitted at a hospital, an amount and a number or wallet to send to (Ghanaian and Nigerian English, Nigerian Pidgin); or an aunty or uncle who signs by title and name on a different or new phone and asks for a named sum sent now, urgent or 'I'll explain later' (Ghanaian and Nigerian English, Nigerian Pidgin); or a caller named by a family tie ('c'est Moussa le cousin de Fatou', 'le fils de tonton Amani', 'ton neveu') or a changed number, at the hospital, with a prescription, an accident, the police or stuck somewhere, who asks for a sum by Wave, Orange Money, MoMo, Moov or Flooz (West and Central African French), the stranger who claims a tie to a friend ('je suis Koffi, cousin de ton ami') stuck at a border or held by the police and asks for a sum by Flooz, Moov Money, Orange Money or Wave (West African French); or a named caller on a friend's or borrowed phone after his own was stolen or lost, who asks for a sum sent to a wallet, an account or a number and promises it back, or in Pidgin names themself beside the borrowed phone ('Na Tunde, I dey use my sister phone') and wants a named sum urgently, paid back on a day (Nigerian Pidgin, Nigerian and Ghanaian English); or a friend of someone you know, whose phone is off, 'told to collect the money' sent to the collector's own number or account, or a self-named neighbour or colleague who asks for a recharge card bought and its PIN sent (Nigerian English and Pidgin)"
  strings:
    $third = /\b[a-z]{2,12}'s (friend|neighbou?r|colleague|classmate)\b|\b(her|his|their) (phone|fone|battery) (is|don|has) (dead|died|off|spoil|spoilt|gone)\b|\b(son|sa) (telephone|portable|tel) (est )?(eteint|gate|mort|decharge|en panne)\b|\b(l'amie?|le collegue|la collegue|la voisine|le voisin) (de|d') ?(tantie|tanti|tonton|tata|ta |ton |votre )/
    $later = /\bje (t'|vous )(explique|expliquerai|explique tout) (apres|plus tard|ensuite)\b|\bi('ll| will| go) explain (later|after|everything later|when i see you)\b|\bexplain later\b/
    // "Bros how far, na me Emeka. I dey hospital, my mama dey sick, abeg borrow me 20k, I go pay back Friday.
    // Na new number be this": the new number or line claimed (Pidgin, Ghanaian and Nigerian English) ...
    $nn = /\bnew (number|line|nomba|namba|sim)\b|\b(nu|nyu) (number|line|nomba|namba)\b|\bi (don |have |just |has )?(change|changed) (my )?(number|line|sim|nomba)\b/
    // ... an emergency: a hospital, a sick mother, "I get problem" ...
    $em = /\b(hospital|clinic|admitted|emergency|accident|operation|surgery|stranded)\b|\b(dey|is|are|am|'m|don|fall|fell|been|get) (very |seriously |so |bad )?(sick|ill)\b|\b(i|we) (get|have|dey get|dey inside|dey for|dey in|dey) (small |big |serious |one |some |a |an )?(problem|wahala|palava|issue|trouble|emergency)\b|\bin (big |serious |some )?(trouble|wahala)\b/
    // ... and a loan or a sum asked of the reader, named ("20k", "N20,000", "500 cedis")
    $lend = /\b(borrow|lend|loan|dash|send|sen|transfer|credit|help|assist)( me| mi)\b|\b(borrow|lend|loan|send|sen|transfer)( me| mi)? (n|ghs|gh)? ?[0-9]/
    $sum = /[0-9]k\b|[0-9],?000\b|\b(ghs|ghc|cedis|cedi|naira)\b/
    // With no emergency, the caller must say who they are on the new number ("How far, na me Emeka from
    // church ... send me 20k, I go return am Friday. Abeg no vex say I use new number", "it's me Kojo")
    // and promise the sum back; "Hi Akua, new number, lend me 200 cedis" names no one and counts only
    // with the emergency above
    // compile cost: X{1,a}X{1,b} is X{2,a+b}
    $me = /\b(na me|na mi|it'?s me|its me|it is me|this is me)( your| ur)?( (bro|sis|brother|sister|aunty|auntie|aunt|uncle|cousin|deacon|deaconess|padi|pastor))? [a-z]{1,6}[a-z]{1,6}\b|\b(na|it'?s|its|this is) (bro|sis|brother|sister|aunty|auntie|aunt|uncle|cousin|deacon|deaconess|mama|papa) [a-z]{1,6}[a-z]{1,6}\b/
    $payback = /\b(i go|i'?ll|i will|will|i shall|a go|i fit) (return|refund) (am|it|you|u|the money|your money)\b|\b(i go|i'?ll|i will|will|i shall|a go) (pay|give|send|sen)( it| am| you| u| the money| your money)?( to you| to u)? (back|bak)\b|\bpay (you|u|ya) back\b/
    // The aunty or uncle who signs by title ("Na Aunty Ngozi", "it's Uncle Kwame"), at the hospital or
    // stranded, asks for a recharge card or airtime ("help me recharge N500 MTN card, my phone no get
    // credit"); thanks for yesterday's airtime asks for nothing
    $air = /\bhelp me (recharge|load|top ?up|buy)\b|\b(recharge|load|top ?up|buy|send|sen)( me| mi| for me| my line| my phone)? (a |one |small |n|ghs ?|gh ?|₦)?([0-9][0-9k,]{0,6} )?(mtn |glo |airtel |9mobile |etisalat |vodafone |telecel |airteltigo )?(recharge card|card|airtime|credit)\b/
    $titled = /\b(na|na me|it'?s|its|it is|this is|it'?s me|its me)( your| ur)? (aunty|auntie|aunt|uncle|cousin|grandma|granny|grandpa) [a-z]{1,6}[a-z]{1,6}\b/
    // The relative by proxy (Ghana, Nigeria): who introduces themself as someone's child or relative
    // ("please this is Auntie Esi's daughter", "I'm Kofi's son") or relays a parent's message ("Mummy
    // asked me to tell you", "Mummy talk say make I tell you"), the relative admitted or at the hospital,
    // a sum, and a number or wallet to send it to; the same child's news of the stay asks for nothing
    // compile cost: X{1,a}X{1,b} is X{2,a+b}
    $proxy = /\b(this is|it'?s|its|it is|i am|i'?m|na me|na)( your)? (auntie |aunty |aunt |uncle |mama |maame |papa |sister |brother |madam |mrs |mr |pastor |deacon |elder |nana |grandma |granny )?[a-z]{1,6}[a-z]{1,6}'s (daughter|son|child|pikin|boy|girl|wife|husband|nephew|niece|cousin|sister|brother|grandson|granddaughter|junior (brother|sister)|younger (brother|sister)|elder (brother|sister)|first (son|daughter)|last born|house ?help|houseboy|housegirl|maid|driver)\b/
    $relay = /\b(mummy|mommy|mum|mom|mama|maame|daddy|dad|papa|my (mother|father|mum|mom|mummy|daddy|dad|aunty|auntie|aunt|uncle|husband|wife|madam|oga|grandma|grandmother)|she|he) (has |have |don )?(asked|told|sent|begged|instructed|said|say|talk say)( me)? (to|make i|say make i|that i should) (tell|text|inform|message|reach|beg|ask|remind|notify) (you|u|una)\b/
    // West and Central African French (accents folded): who the caller is to someone ("c'est Moussa le
    // cousin de Fatou", "le fils de tonton Amani", "c'est ton neveu") or a changed number, an emergency
    // (the hospital, a prescription, an accident, the police, stuck at Adjame), a sum or a wallet and a
    // send ask; a relative's news from the hospital asks for nothing, a friend's new number has no emergency
    // compile cost: X{1,a}X{1,b} is X{2,a+b}
    $fr_tie = /\b(c'est|c est|cest|ici|moi c'est|je suis|c'est moi)( [a-z]{1,6}[a-z]{1,6},?)? (le |la |l'|un |une )?(cousin|cousine|fils|fille|neveu|niece|petit frere|petite soeur|grand frere|grande soeur|frere|soeur|beau-frere|belle-soeur|ami|amie|collegue|voisin|voisine|mari|femme|epouse|filleul|filleule|enfant|petit-fils|petite-fille) (de|d'|du)\b|\b(c'est|c est|cest|ici|c'est moi|moi c'est)( [a-z]{1,6}[a-z]{1,6},?)? (ton|ta|votre) (neveu|niece|cousin|cousine|petit frere|petite soeur|beau-frere|belle-soeur|filleul|filleule|petit-fils|petite-fille)\b/
    $fr_new = /\b(mon numero a change|(j'ai|jai|j ai) change (de |mon )?(numero|puce|ligne)|nouveau numero|ma nouvelle (puce|ligne)|on m'a vole (mon|le) (telephone|portable|tel|phone)|(telephone|portable|tel|phone) (d'un|d'une|de mon|de ma) (ami|amie|pote|copain|copine|frere|soeur|voisin|voisine|collegue))\b/
    $fr_em = /\b(hopital|clinique|dispensaire|maternite|urgences|ordonnance|accident|hospitalise|hospitalisee|operation|operer|malade|coince|coincee|bloque|bloquee|police|gendarmerie|commissariat|garde a vue)\b/
    $fr_send = /\b(envoie|envoies|envoyez|envoyer|transfere|transferez|transferer|depose|deposez|deposer|fais(-| )moi|faites(-| )moi|aide(-| )moi|aidez(-| )moi|depanne(-| )moi|depannez(-| )moi|prete(-| )moi|pretez(-| )moi|me preter|me depanner)\b/
    $fr_pay = /\b(wave|orange money|om|mtn money|mtn momo|momo|mobile money|moov|moov money|flooz|free money|airtel money|wari|fcfa|cfa)\b|[0-9][ .,]000( ?f)?\b|[0-9]000 ?f\b|[0-9] ?milles?\b/
    // The borrowed or stolen phone (Nigeria, Ghana): a named caller ("Bro this is Tunde") on a friend's or
    // a borrowed phone, or whose own was stolen or lost, who asks for a sum to a wallet, an account or a
    // number (often in another person's name) and promises it back ("I go return am Monday")
    $gone = /\b(using|on|with|from|texting (you )?(from|with)) (my |a |one |this )?(friend|padi|paddy|sister|brother|neighbou?r|colleague|cousin|person|somebody|someone|guy|mate|driver|classmate|roommate|wife|husband)('s|s)? (phone|fone|line|handset)\b|\b(mine|my phone|my fone|my handset|my own phone|my own) (was|got|has been|don|is|dey) (stolen|snatched|missing|miss|lost|tiefed|thiefed|stole)\b|\b(dem|they|thieves|thief|someone|somebody|pickpockets?|one guy)( don| have| has)? (stole|steal|snatched|snatch|tief|took|collect|collected) (my|mine|my own) (phone|fone|handset|bag)\b|\bi (don |have )?(lose|lost) my (phone|fone|handset)\b|\bborrowed (this |a |one )?(phone|fone|line)\b/
    $give = /\b(send|sen|transfer|deposit)\b/
    // Pidgin: the caller names themself beside the borrowed phone ("Na Tunde, I dey use my sister phone",
    // "I dey use my padi phone. Na Emeka") and wants a named sum urgently, paid back on a day; the same
    // caller with no ask, or a friend's urgent loan from their own line, names no borrowed phone
    // compile cost: X{1,a}X{1,b} is X{2,a+b}
    $gone_pcm = /\bna (me |mi )?[a-z]{1,6}[a-z]{1,6}[,.! ]{1,3}(i |a )?(dey use|don borrow|borrow|dey text with|dey call with) (my |one |dis |this |another |person |somebody )?(friend|padi|paddy|sister|brother|sis|bros|neighbou?r|colleague|cousin|guy|person|somebody|customer|driver|aunty|uncle|wife|husband|mama|oga)('s|s)? (phone|fone|line|handset)\b|\b(dey use|don borrow|borrow|dey text with|dey call with) (my |one |dis |this |another |person |somebody )?(friend|padi|paddy|sister|brother|sis|bros|neighbou?r|colleague|cousin|guy|person|somebody|customer|driver|aunty|uncle|wife|husband|mama|oga)('s|s)? (phone|fone|line|handset)[,.! ]{1,3}(na|e be|this na|it'?s) (me |mi )?[a-z]{1,6}[a-z]{1,6}\b/
    // The relative by title on a different phone ("Pls this is Auntie Akosua, I'm using a different phone.
    // Send me 200 cedis on this number, I'll explain later. It's urgent") (Ghanaian and Nigerian English,
    // Pidgin): the title and name ($titled), another phone, a sum asked ($lend, $sum) and the hurry; an
    // aunt's news from her other phone asks for no sum
    $diff = /\b(using|on|with|from|texting (you )?(from|with|on)|dey use) (a |another |this |my |one )?(different|other|another|new|borrowed|spare|second|diff) (phone|fone|line|number|sim|handset)\b|\bi (have |'ve |just |don )?(changed|change|got|get|bought|buy) (a |my )?(new|different|another) (phone|fone|line|number|sim)\b/
    $urg = /\b(urgent|urgently|asap|right now|now now|sharp sharp|immediately|quickly|quick quick)\b/
    // the wallet, account or number written out to send to ("to this Opay 80...", "account 0123..."), not
    // "send me your account number" of a friend who pays back
    $dest = /\b(opay|palmpay|moniepoint|kuda|momo|mobile money|vodafone cash|telecel cash|airteltigo|account|acct|a\/c|gtbank|gtb|access bank|first ?bank|zenith|uba|fidelity|ecobank|wema|sterling|this (number|line))( (number|no|num))?[: .-]{1,3}[0-9][0-9]/
    // The collector sent by a friend (Nigeria): "I'm Kelvin's friend, he told me to collect the money he
    // asked you for. Send it to my number, his phone is off" ($third), the money to collect, and the
    // reader's payment to the collector's own number or account; a friend who comes by for it names none
    $coll = /\b(told|asked|sent|said|say|begged|instructed|wants?)( me)? (to|make i|say make i|that i should|i should) (collect|receive|take|help (him|her) collect)( the| dat| that| di| your)? (money|cash|balance|amount|funds|transfer)\b/
    $mine = /\b(to|into|for|on|inside|via|through) (my|me) (own )?(number|line|account|acct|account number|opay|palmpay|moniepoint|kuda|momo|mobile money)\b/
    // The neighbour or colleague who names themself ("Sister abeg, na me Ngozi your neighbour") and asks
    // for a recharge card bought ($air) and its PIN sent (Nigerian Pidgin, Nigerian and Ghanaian English);
    // a known neighbour's thanks for yesterday's card names no PIN asked
    // compile cost: X{1,a}X{0,b} is X{1,a+b}
    $nb_me = /\b(na me|na mi|it'?s me|its me|this is|i am|i'?m|na)( [a-z]{1,6}[a-z]{0,6},?)? (your|ur) (neighbou?r|next door neighbou?r|colleague|co-?worker|office mate|padi for office)\b/
    $pin = /\b(send|sen|text|forward|give|gimme)( me| mi)? (the |di |dat |that |its |d )?(card )?(pin|pins|pin number|pin numbers|recharge pin|card number)\b/
  condition:
    family_emergency_wallet_wa_base and ($third or $later)
    or (($proxy or $relay) and $em and $give and ($sum or money_count > 0) and ($dest or phone_count > 0) and sender_kind != "alpha" and sender_kind != "shortcode")
    or (($fr_tie or $fr_new) and $fr_em and $fr_send and $fr_pay and sender_kind != "alpha" and sender_kind != "shortcode")
    or ($gone and $lend and ($sum or money_count > 0) and $payback and ($dest or phone_count > 0) and sender_kind != "alpha" and sender_kind != "shortcode"
      and ($me or opening matches /\b([Tt]his is|[Ii]t'?s|[Ii]ts|[Ii]t is|[Nn]a me|[Nn]a|[Mm]y name is|[Ii] am|[Ii]'?m)( [Yy]our| [Uu]r)?( ([Bb]ro|[Ss]is|[Bb]rother|[Ss]ister|[Aa]unty|[Aa]untie|[Uu]ncle|[Cc]ousin))? [A-Z][a-z]{1,12}\b/))
    or ($gone_pcm and ($sum or money_count > 0) and $payback and $urg and sender_kind != "alpha" and sender_kind != "shortcode")
    or ($nn and ($em or ($me and $payback)) and $lend and ($sum or money_count > 0) and sender_kind != "alpha" and sender_kind != "shortcode")
    or ($air and $titled and $em and sender_kind != "alpha" and sender_kind != "shortcode")
    or ($nb_me and $air and $pin and sender_kind != "alpha" and sender_kind != "shortcode")
    or ($third and $coll and $give and ($mine or $dest or phone_count > 0) and sender_kind != "alpha" and sender_kind != "shortcode")
    or ($titled and $diff and $lend and ($sum or money_count > 0) and ($later or $urg) and sender_kind != "alpha" and sender_kind != "shortcode")
}

// A friend or relative "stuck" (at an airport, abroad, on the road) whose card failed or phone is
// dying, asking for a transfer into a third person's account ("my mate's", "a friend's"): the mule
// account is the tell; a stranded friend who texts from an unknown number asks to be paid directly.
rule family_stranded_third_party_account : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A friend or relative stranded, their card declined or blocked or their phone dying, who asks for money to be sent to a third person's account (a mate's, a friend's, a cousin's), from a number or address the reader does not have; or the nephew, niece, cousin or a child's classmate in trouble (a wallet stolen abroad, held at a border or by immigration, in hospital with a deposit to pay) who wants the money on a friend's card or account, or on 'this account', and 'don't tell Mum' (Chinese, Cantonese, Spanish, Albanian, Serbian in both scripts)"
  strings:
    $stuck = /\b(stuck|stranded)\b|\b(lost|left) my (wallet|purse|cards?|bag|bank ?cards?)\b|\bcards? (got |was |were |is |has been |keeps? getting )?(declined|blocked|frozen|stolen|swallowed|not working|cancell?ed)\b|\bphone('s| is)? (about to die|dying|almost dead|on [0-9]{1,2} ?%)\b|\bbattery('s| is)? (about to die|dying|almost dead|on [0-9]{1,2} ?%)\b/
    $third = /\b(my|his|her) (mate'?s|friend'?s|buddy'?s|pal'?s|colleague'?s|cousin'?s|boss'?s|landlord'?s|uncle'?s|aunt'?s|roommate'?s|flatmate'?s|housemate'?s|mates|friends) (account|acct|bank|bank account|card|cash ?app|venmo|zelle|paypal|payid|e-?transfer|revolut|monzo)\b|\b(account|acct) of (my|a|his|her) (mate|friend|colleague|cousin|buddy)\b/
    $ask = /\b(transfer|send|sen|lend|e-?transfer|pay|zelle|venmo|bank)\b/
    // the reader telling of it, or a warning about the scam
    $warn = /\b(scam|scammers?|fraud|fake|be careful|don'?t send|never send)\b/
    // The relative or a child's classmate in trouble (accents folded; a Chinese or Cyrillic letter is two or
    // three bytes): the wallet stolen abroad, held at a border, by immigration or the police, in hospital with a
    // deposit or a fine to pay ...
    $tr_zh = /(钱包(被偷|丢|被抢|掉)|錢包(被偷|丟|被搶|掉)|銀包(俾人偷|唔見|跌咗)|护照(丢|被)|護照(丟|被)|(海关|海關|边境|邊境|机场|機場|口岸).{0,15}(被扣|扣留|扣押|拘留|扣咗)|被扣留|被拘留|被扣押|在医院|在醫院|喺醫院|住院|押金|按金|保证金|保證金|罚款|罰款|保释|保釋)/
    $tr_es = /\b(me robaron (la cartera|la billetera|el bolso|la mochila|todo|el pasaporte|los documentos)|(detenid[oa]|retenid[oa]) en (la frontera|el aeropuerto|migracion|la aduana)|me (agarro|detuvo|retuvo|paro) (migracion|la policia|la aduana)|(estoy|me quede|quede) (varad[oa]|atrapad[oa]|detenid[oa])|en el hospital|tuve un accidente|(pagar|piden) una (multa|fianza)|piden un deposito)\b/
    $tr_sq = /\b((me|me kane|ma kane) (vodhen|vjedhur|moren) (portofolin|canten|parate|pasaporten|dokumentet)|(ndaluar|ndaluan|kapi|kapen|bllokuar) (ne|tek) (kufi|dogane|aeroport)|me kapi policia|ne kufi|ne spital|pata (nje )?aksident|kam ngelur|jam bllokuar|gjob(e|en|a)|depozit(e|en|a))\b/
    $tr_sr = /\b((ukrali su mi|su mi ukrali|ukraden mi je) (novcanik|torbu|pasos|dokumente|sve)|(zadrzali|uhapsili|zaustavili) su me|na granici|u bolnici|imao sam (nesrecu|udes)|imala sam (nesrecu|udes)|zaglavi(o|la) sam|kaznu|depozit)\b|(украли су ми|задржали су ме|ухапсили су ме|на граници|у болници|несрећу|заглави|казну|депозит)/
    // ... the money to a friend's card or account, to "this account", or to the classmate's own card ...
    $dest_zh = /((朋友|同学|同學|室友|同事)(的|嘅|張|张)?(卡|账户|賬戶|帳戶|户口|戶口|支付宝|支付寶|银行卡|銀行卡)|(这个|這個|呢个|呢個|以下)(账户|賬戶|帳戶|卡号|卡號|户口|戶口|账号|帳號)|我(的)?(卡上|卡里|卡度))/
    $dest_es = /\b((cuenta|tarjeta|nequi|yape) de (un|una|mi) (amig[oa]|compa|compadre|conocid[oa]|companer[oa])|(a|en) (mi|esta) (cuenta|tarjeta))\b/
    $dest_sq = /\b((ne|te) (karten|llogarine|karta)( e| te)? (nje |e )?(shokut|shoqes|mikut|shoku|shoqe)|te (shoku|shoqja) (im|ime)|ne karten time|ne llogarine time)\b/
    $dest_sr = /\bna (karticu|racun|ime) (mog |moga |moje )?(druga|prijatelja|drugarice|prijateljice|kolege)\b|\bna (moju karticu|moj racun)\b|на (картицу|рачун) (мог |моје )?(друга|пријатеља|другарице)|на моју картицу/
    // ... and "don't tell Mum", or the classmate who says who he is
    $hush_zh = /((别|別|不要|千万别|千萬別|千祈唔好|唔好)(告诉|告訴|跟|同|话俾|話俾|讲|講).{0,15}(妈|媽|爸|家里|家裡|屋企|父母)|(别|別)(让|讓)家(里|裡)知道|(我是|我係)(你|您)(的)?(儿子|兒子|女儿|女兒|孩子|个仔|個仔)(的|嘅)?(同学|同學|室友))/
    $hush_es = /\bno (le )?(digas|diga|cuentes|contes|cuente|comentes) (nada )?(a|con) (mi |mis )?(mama|papa|mami|papi|papas|padres|viejos|nadie)\b|\bque no se entere (mi|mis|nadie)\b|\bcompanero de clase de (su|tu) (hijo|hija)\b/
    $hush_sq = /\bmos (i |u )?(thuaj|tregoni|trego|thoni) (mamit|babit|prinderve|askujt|njeriu)\b|\bshoku i klases\b/
    $hush_sr = /\b(ne govori|nemoj (da )?(reci|kazes|govoris)|ne reci)( nista)? (mami|tati|mojima|roditeljima|nikome)\b|\bdrug iz razreda\b|(не говори|немој (да )?(рећи|кажеш)) (мами|тати|мојима|никоме)/
    $warn_x = /(骗子|騙子|诈骗|詐騙|estafa|estafador|mashtrim|mashtrues|prevar|превар)/
  condition:
    ($stuck and $third and $ask and not $warn
      or any of ($tr_*) and any of ($dest_*) and any of ($hush_*) and not $warn_x)
    and sender_kind != "alpha" and sender_kind != "shortcode"
}


// The child on a new number in German (and Swiss German), Dutch and Flemish, Swedish, Norwegian, Danish,
// Finnish, French (France, Belgium, Quebec), Thai, Malay and Indonesian (accents folded: "ae" for "æ", "o"
// for "ø" and "ö", "a" for "å" and "ä", "ss" for "ß"; Thai stays in its script, three bytes a letter).
// The markers below are shared by the four rules that follow.

// A parent or grandparent addressed at the start of the message ("Hallo Mama", "Hoi mam", "Hej mormor",
// "Moi aiti", "Coucou maman", "Mak,", "แม่ครับ")
private rule family_eu_parent
{
  strings:
    $p = /^[^a-z0-9]{0,8}((hallo|hello|hi|hey|hoi|sali|salu|gruezi|servus|moin|hej|hejsan|hei|heippa|moi|moikka|terve|coucou|salut|bonjour|bonsoir|allo|dag|goedemorgen|goedemiddag|goedenavond|lieve|liebe|lieber|kaere|kjaere|rakas|chere|ma chere|halo|hai|assalamualaikum|salam)[ ,!.]{1,3}){0,2}(mama|mami|mamma|mammi|mutti|mueti|mamsen|mams|mam|maman|mamie|mamy|meme|papa|papi|papy|pepe|pappa|paps|pap|vati|oma|omi|opa|opi|grosi|grossmami|grosspapi|mormor|farmor|morfar|farfar|bestemor|bestefar|bedstemor|bedstefar|mor|far|aiti|isa|isi|mummo|mummi|vaari|ukki|iska|mak|mamah|bunda|ma|mah|umi|ummi|abah|ayah|abi|nenek|atuk|tok|opah|eyang|mbah|nek)\b/
    $p_th = /^(สวัสดี(ครับ|ค่ะ|คะ|จ้า)? ?)?(คุณ)?(แม่|พ่อ|ยาย|ย่า|ปู่)|(แม่|พ่อ|ยาย|ย่า|ปู่|คุณตา)(ครับ|คะ|ค่ะ|จ๋า|จ้า)/
  condition:
    any of them
}

// The new or temporary number
private rule family_eu_new_number
{
  strings:
    $de = /\b(neue|neuen|neui|noii|nui|vorubergehende|temporare|provisorische) (handy)?nummer(e|n)?\b|\b(ubergangs|ersatz)nummer\b|\bmeine nummer hat sich geandert\b/
    $nl = /\b(nieuwe?|tijdelijke?) (telefoon|gsm)?nummer\b/
    $nord = /\b(ny|nytt|nyt|nye|nya|midlertidige?t?|tillfalliga?t?) (mobil|telefon)?numm?er(et)?\b/
    $fi = /\b(uusi|uuden|uudesta|uuteen|valiaikainen|valiaikaisesta|valiaikaiseen) (puhelin)?numero(ni|ltani|stani|sta|lta|on)?\b/
    $fr = /\b(nouveau|nouvo) (numero|num|no)\b|\bnumero (temporaire|provisoire)\b/
    $th = /(เบอร์ใหม่|เบอร์ชั่วคราว|เปลี่ยนเบอร์)/
    $ms = /\b(nombor|nomor|nomer|no) (baru|sementara)\b|\b(ganti|tukar) (nomor|nombor|nomer|no)\b/
    // the new handset rather than the number: "neues Handy", "nieuwe telefoon", "ny mobil", "uusi puhelin",
    // "nouveau portable"; "j'ai change de numero"
    $handset = /\b(neues|neuen|neus|nois|nieuwe|ny|nytt|nyt|uusi|uuden|nouveau|nouvel) (handy|natel|telefoon|gsm|mobiel|mobil|telefon|puhelin|puhelimen|telephone|portable)\b|\b(uuden|uusi) numeron\b|\b(j'ai|jai) change de (numero|num|portable|telephone)\b/
  condition:
    any of them
}

// The old phone broken, lost, stolen or dropped in the water (the child's own, or a friend's child's)
private rule family_eu_phone_gone
{
  strings:
    $de = /\b(handy|natel|telefon|smartphone|iphone)( ist| isch| war| hat)?( mir| leider)? (kaputt|defekt|kaputtgegangen|kaputt gegangen|ins (wasser|klo|wc) gefallen|runtergefallen|heruntergefallen|gestohlen|geklaut|verloren|hinuber|futsch|gstole|gstohle|abegheit|abegheyt|kaputtgange|verlore|is wasser gheit|is wasser gfalle)\b|\b(habe|hab|han) (mein|mis) (handy|natel|telefon) (verloren|kaputt gemacht|fallen lassen)\b/
    $nl = /\b(telefoon|mobiel|gsm|smartphone|iphone)( is| was)? (kapot|stuk|gevallen|in het water gevallen|in de wc gevallen|gestolen|kwijt|verloren|gejat|defect)\b|\bben (mijn|m'n) (telefoon|gsm|mobiel) kwijt\b/
    $nord = /\b(telefonen|mobilen|telefon|mobil)( min)?( ar| er| gick| gikk| gik| blev| ble| har)? (trasig|sonder|odelagt|knust|i stykker|gaet i stykker|stulen|stjalet|borta|borte|vaek|smadret|i vattnet|i vannet|i vandet)\b|\b(tappade|tappat|mistet|mistede|tabte) (min |mitt )?(telefon|telefonen|mobil|mobilen)\b/
    $fi = /\b(puhelin|puhelimeni|puhelimensa|kannykka|kannykkani|luuri)( on| meni)? (hajosi|rikki|hajonnut|hukassa|kadonnut|varastettu|tippui|putosi)\b|\b(kadotin|hukkasin|rikoin) (puhelimeni|puhelimen|kannykkani)\b/
    $fr = /\b(telephone|portable|tel|cell|cellulaire|gsm|iphone)( est| a| s'est| m'a)?( ete)? (casse|brise|tombe|perdu|vole|en panne|mort|hs|fichu|noye|a l'eau)\b|\b(j'ai|jai) (perdu|casse|brise|echappe|noye) mon (telephone|portable|tel|cell|gsm)\b|\bon m'a vole mon (telephone|portable|tel|cell|gsm)\b/
    $th = /(มือถือ|โทรศัพท์|ไอโฟน)(เครื่อง)?(เก่า)?(ของ)?(หนู|ผม|เรา|เขา|เค้า|น้อง)?(มัน)? ?(เสีย|พัง|หาย|ตกน้ํา|ตกแตก|จอแตก|โดนขโมย|ถูกขโมย)/
    $ms = /\b(hp|handphone|telefon|phone|henpon|ponsel|fon)( lama)?( ?nya| saya| aku| adik| kakak| abang| dia)?( dah| sudah| udah)? (rosak|rusak|hilang|ilang|jatuh|kecurian|dicuri|dicopet|masuk air|tercebur)\b/
    // the screen smashed, the phone fallen or stolen in other word orders
    $more = /\b(display|bildschirm|scherm|skarmen|skjermen|skaermen|naytto|nayttoni|ecran)( ist| is| ar| er| est)? (kaputt|zerbrochen|gebrochen|kapot|gebroken|sonder|knust|odelagt|hajosi|rikki|casse|brise)\b|\b(telefoon|telefon|telefonen|mobilen|puhelimeni|puhelin)( is| er| ar)? (gevallen|faldt|falt|foll|putosi|varastettiin)\b|\b(handy|natel|telefoon|mobiel|telefon|mobil)( is| er| ar)?( in het water| i vandet| i vannet| i vattnet)? (runtergefallen|gevallen|faldt|falt)\b/
  condition:
    any of them
}

// A move to a chat app ("schreib mir auf WhatsApp", "op WhatsApp", "pa WhatsApp", "WhatsAppiin", "sur
// WhatsApp", "lewat WA", "แอดไลน์")
private rule family_eu_chat_app
{
  strings:
    $a = /\b(auf|bei|per|uber|uf|via|op|pa|sur|par|lewat|melalui|kat|di|ke|pakai|guna|dekat) (whats ?app|telegram|signal)\b|\b(di|ke|kat|lewat|via) wa\b|\bwhats ?app(iin|issa|in kautta)\b/
    $th = /(แอด|เพิ่ม|ทัก|คุย|ติดต่อ|ส่ง|ทาง)[^ ]{0,12}(ไลน์|วอทส์แอป|วอทแอป)|(ไลน์|line) ?id/
  condition:
    any of them
}

// The hook of the first message: help needed, a problem, it is urgent, delete the old number, write back here
private rule family_eu_hook
{
  strings:
    $de = /\b(brauche|brauch|bruch|bruuch)( dringend| kurz| mal| schnell| bitte)? (deine|eure|dini|ihre) hilfe\b|\bkannst du mir (kurz |schnell |mal |bitte )?(helfen|einen gefallen)\b|\b(hab|habe|han) (ein|es|e) (problem|anliegen)\b|\b(ist|isch) dringend\b|\balte nummer (kannst du |chasch |bitte )?(loschen|losche)\b|\b(losch|losche) (die |mini |meine )?alte nummer\b|\bschreib (mir )?(bitte |kurz )?(zuruck|hier)\b|\b(hier )?zuruckschreiben\b|\bdie alte (nummer )?loschen\b|\bmeld(e)? dich (bitte |kurz |mal )?(hier|zuruck|wenn du)\b/
    $nl = /\b(heb|ik heb) (je|jouw|uw) hulp nodig\b|\b(kun|kan|kunt) (je|jij|u) (me|mij) (even |snel )?helpen\b|\bik heb een (probleem|vraagje)\b|\b(het is|is) dringend\b|\b(verwijder|wis) (mijn |het )?oude nummer\b|\boude nummer (verwijderen|wissen)\b|\bstuur (me |mij )?(even |snel )?een (berichtje|bericht|appje)\b|\blaat (even |snel )?(iets )?weten\b/
    $nord = /\b(behover|trenger|har brug for)( din| di)? (hjalp|hjelp|hjaelp)\b|\bkan du (hjalpa|hjelpe|hjaelpe) (mig|meg)\b|\b(det ar brattom|det haster|haster)\b|\b(radera|slett|slet)( det)? (gamla numret|gamle nummeret|gamle nummer)\b|\b(svara|skriv|svar) (mig |meg )?(har|tilbake|tilbage)\b/
    $fi = /\btarvitsen (apua|apuasi|sun apua)\b|\b(voitko|voisitko|voitsa) auttaa\b|\bon kiire\b|\bpoista (vanha|se vanha) numero\b|\bvastaa (tahan|kun)\b/
    $fr = /\b(j'ai|jai) besoin de (ton|votre) aide\b|\b(tu peux|peux-tu|pourrais-tu|tu pourrais) m'aider\b|\b(j'ai|jai) un (probleme|souci)\b|\bc'est urgent\b|\b(efface|supprime) (mon |l')?ancien numero\b|\b(reponds|ecris)(-| )moi (ici|vite|des que)\b/
    $th = /(มีเรื่อง(ด่วน|ให้ช่วย|จะขอ|จะปรึกษา)|ช่วย(หนู|ผม)|ด่วน|ลบเบอร์เก่า|ตอบกลับ|ทักกลับ)/
    $ms = /\b(perlu|butuh|minta|nak minta) (bantuan|tolong)\b|\b(ada|ade) (masalah|hal penting|hal mustahak)\b|\b(urgent|darurat|mendesak)\b|\b(padam|hapus|delete) (nombor|nomor|no) lama\b|\b(balas|bales) (segera|cepat|ya|ye|kat sini|di sini)\b/
    // a message or an answer asked, help asked, in any of these words (a number only to be saved is the child's own)
    $write = /\b(schreib|schreibe|schriib|schriibe|meld) (mir|mer|mr|dich)\b|\b(app|stuur|antwoord) (me|mij)\b|\b(terug|even) (appen|sturen|schrijven)\b|\bsvara\b|\b(skriv|skicka|send|svar) (till mig|til mig|til meg|mig|meg|ett sms|tilbage|tilbake)\b|\b(kirjoita|laita viestia|laita viesti|vastaa|laitatko viestia)\b|\b(ecris|reponds|envoie)(-| )moi\b/
    $help = /\b(hilf mir|mir helfen|halfe|hjalpa mig|hjelpe meg|hjaelpe mig|auttaa|auta minua|m'aider|aide-moi|rendre un service|un service|helpen met|vippse|vipps)\b/
  condition:
    any of them
}

// The ask to pay, transfer or lend for the child, and the promise to pay it back
private rule family_eu_pay_for_me
{
  strings:
    $de = /\bfur (mich|mi) ([a-z]{1,12} )?(bezahlen|uberweisen|zahlen|begleichen|zahle|uberwiise)\b|\b(zahle|zahl|gebe|geb|uberweise) (ich )?(es |dir es |dir das |es dir |dir |das )?(morgen |heute abend |bald |spater |sofort |direkt )?zuruck\b|\bbekommst (es|das|du es|du das) (morgen |bald |heute abend |gleich )?(zuruck|wieder)\b|\b(leih|leihst) (du )?mir\b|\b(vorstrecken|auslegen)\b|\b(gib|gibe|zahl|zahle|uberwiis|uberwiise)( ich| i)? (dir|der|dr)('s|s| es| das)? ?([a-z]{1,7} ){0,2}zrugg\b/
    $nl = /\bvoor (mij|me) (betalen|overmaken|voorschieten|overboeken)\b|\b(betaal|stort|geef) (ik )?(je|jou|het) ([a-z]{1,8} )?(morgen |vanavond |snel |meteen )?terug\b|\bkrijg (je )?(het|t) (morgen |snel |vanavond )?terug\b|\bvoorschieten\b/
    $nord = /\bbetala ([a-z0-9]{1,12} ){0,3}(at|for) mig\b|\bbetale ([a-z0-9]{1,12} ){0,3}for (meg|mig)\b|\b(swishar|betalar|ger|skickar) (dig )?(tillbaka|tillbaks)\b|\b(far|gir|betaler|vippser|giver|overforer|sender) (du |dig |deg |jeg )?(dem |det |pengene )?(tilbake|tilbage)\b|\bfar (du )?(det |dem |pengarna )?tillbaka\b/
    $fi = /\b(voitko|voisitko|voitsa|voisitsa) (maksaa|siirtaa|lainata|lahettaa)\b|\b(maksan|palautan) (sen |ne |rahat )?(huomenna |illalla |pian |heti )?takaisin\b|\b(mun|minun) puolesta(ni)?\b/
    $fr = /\b(payer|regler|virer|avancer)( [a-z0-9]{1,12}){0,3} pour moi\b|\bje (te|vous) (le |la |les )?rembourse(rai)?\b|\b(avance|prete)(-| )moi\b|\bme (preter|depanner|avancer)\b/
    $th = /(โอน|จ่าย|ชําระ)(เงิน)?(ให้|แทน)(ก่อน|หน่อย|หนู|ผม)|ยืมเงิน|(คืน|โอนคืน|ใช้คืน)ให้/
    $ms = /\b(bayarkan|bayarin|talangin|talangi|pinjamkan|pinjamin|transferin|duluin|dahulukan)\b|\b(tolong|boleh|bisa|bole) (transfer|bank ?in|tf|bayar|pinjam)\b|\b(bayar|pulangkan|kembalikan|transfer) balik\b|\b(esok|besok|nanti|lusa) (saya |aku |adik |kakak )?(ganti|gantiin|balikin|kembalikan)\b/
  condition:
    any of them
}

rule family_child_new_number_eu
{
  meta:
    action = "junk"
    weight = 3.0
    description = "'Hallo Mama, das ist meine neue Nummer, mein Handy ist kaputt': the child's first text from a new or temporary number, with a move to WhatsApp or another app, a hook (help needed, a problem, urgent, delete the old number, write back here) or a payment asked for them (German and Swiss German: the Natel 'abegheit', 'ich gib dir's morn zrugg'; Dutch and Flemish, Swedish, Norwegian, Danish, Finnish, French of France, Belgium and Quebec, Thai, Malay, Indonesian); the new number or a lost, broken or stolen phone with any ask (write or answer me, help me, pay for me) in those languages and in Italian, Spanish, Portuguese and Turkish; a new number with no hook and no ask, a number only to be saved, plans named (see you Sunday) or 'call me tonight', is the child's own"
  strings:
    // "call me" (the impostor cannot speak in the child's voice)
    $callme = /\b(ruf mich an|ruf (dich|di) (an|heute|morgen|spater)|bel (me|mij|je)|ring (mig|meg|dig|deg)|soitan|soita mulle|appelle(-| )moi|je t'appelle|je vous appelle|call (me|you)|(telefon|telepon|telpon|call) (aku|saya)|chiamami|ti chiamo|llamame|te llamo|me liga|te ligo|beni ara|seni ararim)\b|(โทรหา(หนู|ผม)|เดี๋ยวโทร)/
    // a real child's new number names plans (see you Sunday, dinner) or a bill already paid
    $plans = /\b(bis (morgen|bald|dann|spater)|gseh di|sehen uns|tot (morgen|straks|zo|snel)|vi ses|ses (snart|imorgon)|nahdaan|a (demain|ce soir|plus tard)|on se voit|ci vediamo|a domani|nos vemos|a gente se ve|ate (amanha|logo)|gorusuruz|sonntag|sunntig|samstag|zondag|zaterdag|sondag|lordag|sunnuntai|lauantai|dimanche|samedi|domenica|sabato|domingo|sabado|pazar|cumartesi|abendessen|znacht|avondeten|middag|illallinen|diner|cena|jantar|aksam yemegi|de comer|gia pagato|ya (lo )?pague|ja paguei|schon bezahlt|al betaald|redan betalt|allerede betalt|deja paye)\b/
    // Italian, Spanish, Portuguese and Turkish (accents folded): the parent addressed at the start, the new
    // number or the phone broken, lost or stolen, and any ask: write or answer, help, pay, transfer
    $kin_s = /^[^a-z0-9]{0,8}((hola|ola|oi|oie|ciao|salve|buenas|bom dia|boa tarde|boa noite|merhaba|selam|hey|hi)[ ,!.]{1,3}){0,2}(mama|mami|mamita|mamma|mammina|ma|mae|mamae|mainha|papa|papi|papito|pai|papai|painho|babbo|anne|annecim|annecigim|baba|babacim|babacigim)\b/
    $new_s = /\b(nuovo numero|numero nuovo|ho cambiato (numero|cellulare|telefono)|(numero|telefono|celular|telefone) (nuevo|novo)|nuevo (numero|telefono|celular|movil)|novo (numero|celular|telemovel)|cambie (de |el )?(numero|celular|movil|telefono)|(troquei|mudei) de (numero|celular|telemovel)|yeni (numaram|numara|telefon|hattim)|numaram degisti)\b/
    $gone_s = /\b(telefono|cellulare|movil|celular|celu|telefone|telemovel|pantalla|schermo|tela)( mi| se)?( e| si e| mi e| mi si e| se me| me| se)? (rotto|rotta|caduto|caduta|perso|rubato|bagnato|rompio|cayo|perdio|mojo|descompuso|dano|murio|quebrou|caiu|molhou|estragou|pifou|avariou|partiu)\b|\b(ho perso|hanno rubato|perdi|rompi|robaron|roubaram|furtaram|parti) (il |el |mi |o |meu |o meu )?(telefono|cellulare|movil|celular|celu|telefone|telemovel)\b|\b(telefonum|telefonumu|ekranim)( da)? (bozuldu|kirildi|kayboldu|calindi|kaybettim|caldirdim|suya dustu|dustu|bozuk)\b/
    $ask_s = /\b(scrivimi|scrivi(mi)? su|rispondimi|mandami un messaggio|aiutami|mi aiuti|aiutarmi|bonifico|bolletta|escribeme|escribime|contestame|respondeme|mandame un mensaje|ayudame|me ayudas|ayudarme|transferencia|pagar|factura|me chama|me responde|responde-me|me manda (uma )?mensagem|manda-me (uma )?mensagem|me ajuda|ajuda-me|ajudar|pix|boleto|bana yaz|yazar misin|cevap yaz|mesaj at|yardim|puoi aiutarmi|mi puoi aiutare|puedes ayudar|me puedes ayudar|havale|fatura|whats ?app)\b/
  condition:
    (family_eu_parent
    and ((family_eu_new_number or family_eu_phone_gone) and family_eu_chat_app and not $callme
      or family_eu_new_number and family_eu_phone_gone and family_eu_hook and not $callme
      or family_eu_new_number and family_eu_pay_for_me
      or (family_eu_new_number or family_eu_phone_gone) and (family_eu_hook or family_eu_pay_for_me) and not $callme and not $plans)
    or $kin_s and ($new_s or $gone_s) and $ask_s and not $callme and not $plans and sender_kind != "alpha" and sender_kind != "shortcode")
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

// The payment favour: the new phone or number on which the banking app or the e-ID (BankID, MitID, DigiD,
// itsme, a TAN app) does not work yet, and a bill or a transfer to pay for the writer, paid back
rule family_new_phone_bank_app_favour
{
  meta:
    action = "junk"
    weight = 3.0
    description = "'New phone, my banking app or BankID does not work on it yet, can you pay these bills for me today? I'll pay you back tomorrow': the new phone or number with the bank app, BankID, MitID, DigiD, itsme or TAN app not working, and a bill or transfer to pay for the writer (German, Dutch and Flemish, Swedish, Norwegian, Danish, Finnish, French, Thai, Malay, Indonesian); a bank app that is down with no new phone, or a bill paid already, is an ordinary errand"
  strings:
    // the new phone (or the new number: family_eu_new_number)
    $newphone = /\b(neues|neuen|neue|neuem|nieuwe|ny|nya|nye|nyt|uusi|uudessa|uuteen|uudella|nouveau|nouvel|baru) ?(handy|natel|telefon|telefoon|smartphone|gsm|mobil|mobiel|mobilen|telefonen|puhelin|puhelimessa|puhelimeen|puhelimella|telephone|portable|cell|tel|iphone)\b|\b(hp|handphone|telefon|phone|ponsel) baru\b|(เครื่องใหม่|มือถือใหม่|โทรศัพท์ใหม่)/
    // the bank app or the e-ID
    $bank = /\b(online-?banking|e-?banking|mobile ?banking|m-?banking|banking-?app|bank-?app|bankapp|bankappen|bankappi|bank app|app (van|de) (de )?bank|pankkisovellus|verkkopankki|pankkitunnukset|mobiilivarmenne|push-?tan|tan-?app|photo-?tan|securego|bankid|bank-?id|mitid|nemid|digid|itsme|appli bancaire|application bancaire|app bancaire|appli (de )?(la )?banque|aplikasi (bank|m-?banking)|app bank)\b|(แอพธนาคาร|แอปธนาคาร|แอพแบงก์|แอปแบงก์)/
    // not working (yet) on it
    $down = /\b((funktioniert|geht|lauft|klappt) (noch )?(nicht|ned|nid)|noch nicht (aktiviert|freigeschaltet|eingerichtet|verknupft|aktiv)|(werkt|doet het) (nog )?niet|(nog )?niet (geactiveerd|gekoppeld)|(fungerar|funkar) (inte|inte an)|(virker|fungerer) (ikke|ikke enna|ikke endnu)|(er )?ikke (aktivert|aktiveret)|ei (viela )?toimi|ei ole (viela )?(aktivoitu|kaytossa)|ne (marche|fonctionne) (pas|plus)|n'est pas (encore )?(active|activee|configuree)|tak boleh (guna|login|masuk|pakai)|belum (bisa|boleh) (dipakai|dipake|digunakan|login|guna)|(tidak|ga|gak|nggak|tak) bisa (dipakai|digunakan|login)|belum aktif)\b|(ยังใช้ไม่ได้|ใช้ไม่ได้|เข้าไม่ได้)/
    // a bill already paid, or the bank app's own notice
    $done = /\b(schon|bereits) (bezahlt|uberwiesen)\b|\bal (betaald|overgemaakt)\b|\b(redan|allerede|allerede) betalt\b|\bdeja paye\b/
  condition:
    ($newphone or family_eu_new_number) and $bank and $down
    and (family_eu_pay_for_me or (family_eu_parent and family_eu_hook))
    and not $done
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

// The relative in trouble: the grandchild or child in an accident or at the police who asks for secrecy and
// announces a lawyer or a bail; or the "police" telling that the reader's child caused an accident and a
// bail must be paid to avoid custody
rule family_relative_trouble_eu : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "The grandchild or child in an accident or held by the police who says not to tell the parents and that a lawyer will call or a bail or money is needed; or the 'police officer' who says your son or daughter caused an accident and a bail must be paid today to avoid custody (German and Swiss German, Dutch and Flemish, Swedish, Norwegian, Danish, Finnish, French, Thai, Malay, Indonesian); a relative's news that all is well or the insurer pays asks for nothing"
  strings:
    $trouble = /\b(unfall|verhaftet|festgenommen|polizeiwache|polizeirevier|polizei|u-haft|untersuchungshaft|gefangnis|ongeluk|aanrijding|politiebureau|politie|opgepakt|gearresteerd|olycka|krockat|krock|polisen|gripen|anhallen|haktad|ulykke|kollidert|kollideret|politiet|arrestert|arresteret|pagrepet|anholdt|varetekt|varetaegt|onnettomuus|kolari|kolariin|poliisi|poliisilla|poliisiasemalla|pidatetty|putkassa|accident|commissariat|gendarmerie|garde a vue|arrete|arretee|kemalangan|kecelakaan|tabrakan|nabrak|balai polis|kantor polisi|ditahan|ditangkap|lokap)\b|(อุบัติเหตุ|รถชน|ชนคน|โรงพัก|สถานีตํารวจ|ถูกจับ|โดนจับ)/
    // "don't tell Mum", "it stays between us"
    $secret = /\b(sag|sagt|erzahl|erzahle|sage|sagen sie|verzell)( bitte)? (mama|papa|mami|papi|niemandem|keinem|nuut|nichts)\b|\b(bleibt|bliibt) unter uns\b|\bzeg (het |niks |niets )?(niet )?(tegen|aan) (mama|papa|mam|pap|niemand)\b|\b(vertel|zeg) (het )?(niemand|niks|niets)\b|\bblijft tussen ons\b|\bsag (inget|inte|ingenting) till\b|\bberatta (inte|inget)\b|\b(ikke si|si ikke)( noe| det)? til\b|\b(ikke fortell|fortell ikke|fortael ikke|ikke fortael|sig ikke noget|sig ingenting)\b|\b(mellan oss|mellom oss|mellem os)\b|\b(ala|alkaa) (kerro|sano|kertoko)\b|\bne (le )?(dis|dites) (rien|pas|a personne)\b|\bn'en (parle|parlez) (pas|a personne)\b|\bentre nous\b|\bjangan (bagitau|bagitahu|beritahu|kasi tau|kasih tau|bilang|cerita|cakap)\b|\b(rahsiakan|rahasiakan)\b|(อย่าบอก|ห้ามบอก|อย่าให้(พ่อ|แม่)รู้)/
    // a lawyer who will call, a bail, money
    $law = /\b(anwalt|anwaltin|rechtsanwalt|kaution|advocaat|borg|borgsom|advokat|borgen|kausjon|kaution|asianajaja|takuu|takuita|takuut|avocat|avocate|caution|peguam|pengacara|jaminan|ikat jamin)\b|(ทนาย|ประกันตัว|เงินประกัน)/
    $money = /\b(geld|uberweisen|uberweisung|bargeld|geld abholen|overmaken|contant|pengar|swisha|penger|vippse|penge|rahaa|rahat|argent|virement|especes|wang|duit|uang|transfer|bank ?in)\b|(โอนเงิน|โอนให้)/
    // who is addressed: the grandparent or parent (family_eu_parent) ... or told of "your son": the police's story
    $kin = /\b(ihre tochter|ihr sohn|ihr enkel|ihre enkelin|ihr mann|ihre frau|uw zoon|uw dochter|uw kleinzoon|uw kleindochter|uw man|uw vrouw|din son|din dotter|ditt barnbarn|din sonn|din datter|ditt barnebarn|dit barnebarn|poikasi|tyttaresi|lapsenlapsesi|votre fils|votre fille|votre petit-fils|votre petite-fille|votre mari|votre femme|(anak|cucu|suami|isteri|istri) (ibu|bapak|puan|encik|anda))\b|(ลูกชายคุณ|ลูกสาวคุณ|หลานคุณ|ลูกชายของคุณ|ลูกสาวของคุณ)/
    $caused = /\b(verursacht|verschuldet|veroorzaakt|orsakat|forarsaket|forarsaget|aiheutti|aiheuttanut|a cause|a provoque|menyebabkan|punca|menabrak|melanggar|langgar)\b|(เป็นฝ่ายผิด|ขับรถชน|ชนคนเจ็บ|ชนคนตาย)/
    $avoid = /\b(haft|u-haft|untersuchungshaft|gefangnis|cel|gevangenis|fangelse|fengsel|faengsel|vankila|vankilaan|prison|garde a vue|detention|penjara|lokap)\b|(ติดคุก|เข้าคุก)/
    // a relative's own news of a scrape: all is well, the insurer pays
    $ok = /\b(alles (gut|ok|okay|in ordnung)|nichts (passiert|schlimmes)|versicherung|keine sorge|alles is goed|niks aan de hand|verzekering|allt ar bra|forsakring|alt er bra|alt er godt|forsikring|kaikki hyvin|vakuutus|rien de grave|tout va bien|assurance|tak apa|ok je|insurans|asuransi|jangan risau|jangan khawatir)\b|(ไม่เป็นไร|ประกันจ่าย)/
  condition:
    (family_eu_parent and $trouble and $secret and ($law or $money)
      or $kin and $trouble and $caused and $law and ($avoid or $money))
    and not $ok
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

// A friend of the child relays that the child's phone is broken and asks the parent to write or call the
// child on a chat app at another number
rule family_child_friend_relay
{
  meta:
    action = "junk"
    weight = 3.0
    description = "'I'm a friend of your daughter, her phone is broken, she asks you to write to her on WhatsApp at this number': a friend of the reader's child relays a broken or lost phone and a chat app at another number (German, Dutch and Flemish, Swedish, Norwegian, Danish, Finnish, French, Thai, Malay, Indonesian); a friend's news with no other number is not it"
  strings:
    $friend = /\b(freund|freundin|kollege|kollegin|mitbewohner|mitbewohnerin|kumpel)( von)? (ihrer|ihrem|ihres|deiner|deinem|deines) (tochter|sohn|sohnes)\b|\b(vriend|vriendin|collega|huisgenoot|kamergenoot) van (uw|je|jouw) (zoon|dochter)\b|\b(kompis|van|vaninna|kollega|klasskompis|rumskompis|venn|venninne|ven|veninde|kammerat) (till|med|til|av|af) (din|er|deres|jeres) (son|sonn|dotter|datter)\b|\b(poikasi|tyttaresi) (ystava|kaveri|tyokaveri)\b|\b(ami|amie|copain|copine|collegue|coloc|colocataire) de (votre|ton|ta) (fils|fille)\b|\b(kawan|teman|rakan|sahabat) (anak|putra|putri) (ibu|bapak|puan|encik|anda|makcik|pakcik|tante|om)\b|เพื่อน(ของ)?(ลูกสาว|ลูกชาย|ลูก)/
    $app = /\b(whats ?app|whatsappiin|telegram|signal|wa)\b|(ไลน์|line ?id)/
    $num = /\b(unter|an|op|pa|au|sur|di|ke|kat|numerossa|numeroon) (dieser|diese|dit|det|denne|ce|nomor|nombor|no) (nummer|numret|nummeret|numero|ini)\b|\b(nummer|numret|nummeret|numero|nomor|nombor|no)[: ]{0,2}(\+|0)[0-9]|(ที่เบอร์|เบอร์นี้)/
  condition:
    $friend and family_eu_phone_gone and $app and ($num or phone_count > 0)
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

// A stranger's hardship plea: a person (or a "mosque" or "church group") writes to someone they do not know
// that a family is crushed by debt, a hospital bill cannot be paid or a hospital or mortuary holds a body
// until it is, and asks for a donation into a personal account, wallet or number (English, Swahili, Arabic).
// A relative's own appeal to the family, an organisation's receipt and a warning about such pleas are not it.
rule family_stranger_hardship_plea : phishing
{
  meta:
    action = "junk"
    weight = 2.5
    description = "A stranger's plea from a phone number: a family in debt, a hospital bill that cannot be paid, or a body held by the hospital or mortuary until it is, and a donation or any amount asked into a personal account, wallet or number (English, Swahili, Arabic of the Gulf, the Levant and Egypt); not a relative's appeal to the family, nor an organisation's receipt"
  strings:
    // the hardship: the bill, the body held, the debt
    $story_en = /\b(hospital|medical|mortuary|morgue|surgery|operation|dialysis|chemo|chemotherapy|treatment|icu) (bills?|fees?|charges|costs|balance|arrears)\b|\b(hospital|mortuary|morgue)( has| have| is| are)? (refused|refusing|refuses|won'?t|will not|holding|detained|detaining|withholding|withheld|held)\b|\b(detained|held|holding|stuck|locked) (at|in|by) (the )?(hospital|mortuary|morgue)\b|\b(release|collect|bury|burying) (the |his |her |their |my [a-z]{1,10}'?s )?(body|remains)\b|\b(drowning in|buried in|crushed by|deep in|heavily in) (debts?|arrears)\b|\b(owe|owes|owing) (a |the )?(landlord|hospital|loan ?sharks?|creditors?)\b/
    $story_sw = /\b(bili ya (hospitali|matibabu)|deni la (hospitali|matibabu)|gharama za (matibabu|hospitali|upasuaji)|(mwili|maiti) (umezuiliwa|umeshikiliwa|imezuiliwa|imeshikiliwa|bado uko)|(mochwari|mochari|hospitalini) (wamezuia|wamekataa|wanazuia|wanakataa)|kuutoa mwili|kutoa mwili|madeni (makubwa|mengi)|tumezama (kwa|katika) madeni)\b/
    $story_ar = /(فاتورة المستشفى|فاتوره المستشفى|فاتورة العلاج|مصاريف العلاج|تكاليف العلاج|تكاليف العملية|مصاريف المستشفى|حساب المستشفى|المستشفى (رافض|رافضة|رافضه|ترفض|يرفض|حاجز|حاجزة|محتجز)|(محجوز|محتجز|محجوزة|محتجزة) (في|فى|ب)( ال)?(مستشفى|المستشفى|ثلاجة|الثلاجة)|تسليم (الجثة|الجثه|الجثمان)|استلام (الجثة|الجثه|الجثمان)|(غارق|غارقة|غارقين|غرقانين|مدفونين) (في|فى|ب)( ال)?(ديون|دين)|عليه ديون|عليها ديون|علينا ديون|الغارمين|مسجون بسبب (دين|الدين|ديون))/
    // the appeal to the reader's kindness
    $appeal = /\b((please|kindly|pls|plz|humbly) (help|assist|support|donate|contribute|bless)|any amount|whatever (you can|amount)|anything you can|god bless you|may (god|allah) (bless|reward) you|for the sake of (god|allah)|in the name of (god|allah|jesus)|good samaritans?|well ?wishers?|kind ?hearted|(tafadhali|naomba) (saidia|tusaidie|nisaidie|changia|mchango|msaada)|changia|kiasi chochote|chochote ulicho nacho|mungu akubariki|mungu akubarikie)\b|(تبرع|تبرعك|ساهم|ساهموا|ساعدونا|ساعدوني|ساعدنا|مساعدتكم|مساعدتك|اي مبلغ|أي مبلغ|ولو بالقليل|بما تستطيع|بما تقدر|جزاك الله|الله يجزيك|يجزاك خير|فك كربة|فرج كربة|تفريج كربة|صدقة|فزعتك|فزعة)/
    // the personal destination: a wallet or an account with its number, or "this number"
    $dest = /\b(m-?pesa|mpesa|airtel money|tigo ?pesa|halo ?pesa|till|paybill|pay bill|account|acct|a\/c|acc no|iban|cash ?app|zelle|venmo|gcash|momo|mobile money|opay|palmpay)\b.{0,30}[0-9]|\b(to|on|via|kwa|namba) (this|hii|hiyo) (number|namba|no)\b|\b(namba hii|kwa namba)\b|(رقم الحساب|رقم حساب|الحساب البنكي|حساب بنكي|ايبان|آيبان|الايبان|محفظة|المحفظة|فودافون كاش|انستاباي|انستا باي|stc ?pay|كليك|على الرقم|على هذا الرقم|ع الرقم|لهذا الرقم).{0,40}[0-9]/
    // the writer's own family addressed, a receipt or thanks for a gift given, or a warning about such pleas
    $own = /\b(hi|hey|dear|hello) (mum|mom|dad|sis|bro|cuz|cousin|uncle|auntie|aunty|family)\b|\b(our|your) (mum|mom|dad|mother|father|grandma|grandpa|uncle|auntie|aunty|cousin)\b|\b(receipt|received with thanks|thank you for your (donation|contribution|support|generosity)|scam|scammers?|fraud|fake|beware|matapeli|utapeli)\b|(احتيال|نصب|نصابين|ايصال|إيصال|وصل التبرع|شكرا على تبرعك|شكراً على تبرعك)/
  condition:
    sender_kind == "phone" and ($story_en or $story_sw or $story_ar) and $appeal and ($dest or phone_count > 0) and not $own
}

// "Szia Anya, ez az uj szamom" in Central and Eastern Europe: the parent or grandparent addressed at the
// start of the text, the new number or the old phone broken, lost or stolen, and the ask: write to me on
// WhatsApp, Viber or Telegram, help or a payment needed, urgently, answer me. Hungarian, Croatian, Bosnian and
// Serbian (Latin and Cyrillic), Bulgarian and Macedonian (Cyrillic and Latin), Slovenian, Albanian, Lithuanian,
// Latvian, Estonian, Czech and Slovak (accents folded by the
// normaliser; Cyrillic words have no ASCII word boundary, so the gaps end on a space or a mark). A new number
// only announced ("save it"), or "call me tonight", asks for none of them.
rule family_child_new_number_cee
{
  meta:
    action = "junk"
    weight = 3.0
    description = "'Mum, this is my new number, my old phone broke, write to me on WhatsApp or Viber, I need help urgently': the parent or grandparent addressed, the new number or a broken, lost or stolen phone, and a move to a chat app, help, money or a payment asked, or 'urgent' (Hungarian, Croatian, Bosnian, Serbian in Latin and Cyrillic, Bulgarian and Macedonian in Cyrillic and Latin letters, Slovenian, Albanian, Lithuanian, Latvian with its short 'mam' and 'tet', Estonian, Czech, Slovak); a new number given to be saved, or 'call me', is the child's own"
  strings:
    // the parent or grandparent addressed at the start, after at most two greetings
    $kin = /^[^a-z0-9]{0,6}((szia|szervusz|hello|hallo|helo|hi|hej|halo|bok|zdravo|cao|ciao|pozdrav|labas|sveiki|sveika|sveiks|cau|tere|ahoj|cus|cauko|dobry den|dobar dan|jo reggelt|jo estet|selam|merhaba|zivjo|zivijo|pozdravljena|pozdravljen|ojla|pershendetje|tung|ckemi|miredita|mirdita|zdravei|zdraveite|zdrasti|alo|ej)[ ,!.]{1,3}){0,2}(anya|anyu|anyukam|anyuci|anyus|apa|apu|apukam|apuci|nagyi|nagymama|mama|mami|mamo|mamice|mamica|mamika|mamka|mamko|maminko|mamina|mamicka|mamyte|mamute|mammu|mamma|mamucit|tata|tato|tati|tatko|tatinku|tatka|ocko|oci|baba|bako|babi|babka|babicko|deda|djed|dido|tete|teti|tetuk|tetis|mociute|senele|vecmamma|mam|mammit|mamit|tet|tetuk|ema|emme|emps|issi|isa|vanaema|memm|babo|majko|keva|tate|dyado|ati|dedi|nene|nena|gjyshe|gjysh|halla|teze|daje|xhaxha|xhaxhi|mamaja)\b/
    $kin_cy = /^[^a-z0-9]{0,6}((здравей|здрасти|здравейте|здраво|ћао|чао|добър ден|добар дан)[ ,!.]{1,3}){0,2}(мамо|мами|мама|мамче|майко|тате|татко|тато|тата|бабо|бабче|бако|баба|дядо|деда|деко)( |,|!|\.|$)/
    // the new number, or the old phone broken, lost or stolen
    $new_hu = /\b(uj (telefon)?szamom|uj (telefon)?szam(ra|on|rol)?|(regi )?telefonom (elromlott|tonkrement|leesett|elveszett|osszetort|beazott|megbolondult)|elromlott a telefonom|(elvesztettem|elhagytam|osszetortem|leejtettem) a telefonom|ellopt(ak|a) a telefonom)\b/
    // (and Bosnian; "pao mi je telefon", "pisem ti sa novog broja", a friend's number)
    $new_hr = /\b((moj |ovo je moj )?novi broj( mobitela| telefona)?|(sa|s) (novog|drugog|privremenog) broja|privremeni broj|broja? od (prijatelja|prijateljice|druga|drugarice|kolege|kolegice)|(mobitel|mobilni|telefon)( mi)?( se)?( je)? (pokvario|razbio|crkao|crko|ukraden|izgubio|je pao|pao u vodu|pao)|(pao|crkao|crko|pokvario|razbio) (mi )?(je |se )?(mobitel|telefon|mobilni)|(izgubio|izgubila|razbio|razbila) sam (mobitel|telefon|mobilni)|ukrali su mi (mobitel|telefon|mobilni))\b/
    // Slovenian: "to je moja nova stevilka", "telefon se mi je pokvaril", "padel mi je telefon v vodo"
    $new_sl = /\b((moja )?nova (telefonska )?stevilka|(z|iz|s) (nove|druge|zacasne|tuje) stevilke|zacasna stevilka|stevilka od (prijateljice|prijatelja|sosede|soseda|kolegice|kolega)|zamenjal(a)? sem (stevilko|telefon)|(telefon|mobitel|mobi|gsm)( se)?( mi)?( je)? (pokvaril|crknil|padel|razbil|unicen|razbit|ukraden|izgubil)|(pokvaril|crknil|padel|razbil) (se )?mi je (telefon|mobitel|mobi)|ukradli so mi (telefon|mobitel)|(izgubil|izgubila|razbil|razbila) sem (telefon|mobitel|mobi))\b/
    // Albanian: "ky eshte numri im i ri", "telefoni m'u prish", "me ra telefoni ne uje", "humba telefonin"
    $new_sq = /\b(numri (im )?i ri|numer(i|in)? (i|te) ri|numer (i|te) perkohshem|ndryshova numrin|nderrova numrin|(nga|me) (nje )?numer tjeter|numri i (nje )?(shoku|shoqes)|telefoni (m'u |mu |me |u |ma )?(prish|thye|humb|vodh|ra)|(m'u|mu) (prish|thye) telefoni|(me|m'u|mu) ra telefoni|(humba|humbi|humbur|humbe) telefonin|(vodhen|vjedhur|vodhi|moren) telefonin)/
    // Bulgarian and Macedonian in Latin letters: "tova e noviyat mi nomer", "telefonat mi se schupi", "ova e mojot nov broj"
    $new_lat = /\b((mojot |moj )?nov broj|telefonot mi se (rasipa|skrsi)|go izgubiv telefonot|privremen broj|nov(iyat|iqt|iat|ia|iya|iq|ija|ijat)? (mi )?nomer|telefon(at|a|ut|yt)?( mi)? se (schupi|chupi|razvali|povredi)|izgubih (si )?telefona|telefona mi padna|vremen(en|na) nomer)\b/
    // Macedonian: "ова е мојот нов број", "телефонот ми се расипа", "го изгубив телефонот"; Bulgarian "изпуснах телефона"
    $new_mk = /(мојот нов број|нов број|привремен број|временен номер|телефонот ми се (расипа|скрши|изгуби)|ми (се )?(расипа|скрши|падна) телефонот|го изгубив телефонот|ми го (украдоа|зедоа) телефонот|изпуснах (си )?телефона)/
    $new_cs = /\b((moje |to je moje |toto je moje )?nove (cislo|telefonni cislo)|(mobil|telefon)( se| sa)?( mi)? (rozbil|pokazil|ztratil|ukradli|spadl|spadol)|(rozbil|pokazil) (se|sa) mi (telefon|mobil)|(ztratil|ztratila|stratil|stratila) (jsem|som) (telefon|mobil)|ukradli mi (telefon|mobil))\b/
    $new_baltic = /\b((mano )?naujas (telefono )?numeris|(sugedo|suduzo|pavoge) (mano )?telefon(as|a)|telefonas (sugedo|suduzo)|pamesiau telefona|(mans )?jaunais (telefona )?numurs|jauns numurs|telefons (ir )?(saplis|salusa|salauzts|sabojajies|nozagts|pazudis)|pazaudeju telefonu|(minu |mu )?uus (telefoni)?number|telefon (laks|on) katki|(kaotasin|lohkusin) (oma )?telefoni|telefon varastati)\b/
    $new_cy = /(новият ми номер|новия ми номер|нов номер|мой нов номер|телефонът ми (се )?(счупи|развали|падна)|(счупих|загубих) (си )?телефона|откраднаха ми телефона|мој нови број|нови број|телефон ми се (покварио|разбио)|(изгубио|изгубила|разбио|разбила) сам телефон|украли су ми телефон)/
    // the ask: write to me on an app, help or money needed, urgently, answer me
    $ask_hu = /\b(irj|irjal|uzenj)( nekem| ram)?( a| az)? (whatsapp|viber|telegram)|\b(segitseg(re)? (kell|van szuksegem)|szuksegem (van|lenne) (a )?(segitsegedre|segitsegre|penzre)|segits nekem|surgos(en)?|utal(d|j|nal|nod|ni)|fizet(ned|nel|ni)|kolcson|valaszolj|majd elmagyarazom)\b/
    $ask_hr = /\b(pisi|pisite|javi|javite|posalji|posaljite)( mi)?( se)? (na|preko) (whats ?app|viber|vajber|telegram)|\b(hitno|trebam (tvoju |vasu )?pomoc|treba mi (pomoc|novac|novca|pare|para|lova)|trebaju mi (pare|novci)|uplati(ti|s|ts)?|(platiti|platis|plati|platim) (mi )?(jedan |taj |ovaj )?racun|posalji mi (novac|pare|lovu)|objasnit cu|objasnicu|odgovori mi)\b|\btreba mi [0-9]/
    $ask_sl = /\b(nakazes|nakazi|nakazati|placas|placati|poslji mi (denar|evre)|rabim (denar|pomoc|da mi)|nujno|(pisi|napisi|sporoci) mi na (whats ?app|viber|telegram)|odpisi mi|potrebujem (tvojo |vaso )?pomoc|razlozim)\b|\b(rabim|poslji mi) [0-9]/
    $ask_sq = /\b(me dergo(sh|ni)?|dergo(me|m|ni)|pare urgjent|(me|mua) (bej|ben|besh) (nje )?transferte|pagu(aj|an|ash|ani|ar) |urgjent|me shkruaj (ne|ketu|tek)|me duhe(n|t)|ndihm(e|en|a) |mos i thuaj)/
    $ask_lat = /\b(uplatis|itno|mi trebaat|pisi mi na viber|ke ti objasnam|spe(s|sh)no|(trqbvat|tryabvat|trabvat)( mi)? pari|(pishi|pisi) mi na (viber|whats ?app)|(mozhesh|mojesh|mozes) li da mi (prevedesh|pratish|izpratish|uplatis)|prevedi mi|platq|platya|shte ti obyasnya|imam (nuzhda|nujda) ot)\b/
    $ask_cs = /\b(napis|napiste|pis)( mi)? (na|pres|cez) (whats ?app|viber|telegram)|\b(potrebuj(u|i|em) (tvou |tvoju |vasu )?pomoc|nutne|urgentne|surne|posli mi (penize|peniaze)|poslat (penize|peniaze)|zaplat(it|is|ila|il)|odpovez|odpis mi|vysvetlim)\b/
    $ask_baltic = /\b(parasyk|rasyk|raksti|rakstiet|kirjuta)( man| mulle)?( per| i| uz)? (whats ?app|viber|telegram)|\b(reikia (tavo )?pagalbos|skubiai|pervesk|pervesti|pinigu|atsakyk|vajadziga palidziba|vajag (tavu )?palidzibu|steidzami|parskaiti(t)?|atbildi|vajan (sinu )?abi|on kiire|kiiresti|kanna (mulle )?raha|vasta mulle)\b/
    $ask_cy = /(пиши ми|пишете ми|пишите ми|писати ми|отговори ми|одговори ми).{0,12}(вайбър|вајбер|вибер|viber|whats ?app|уатсап|вотсап|телеграм)|(спешно|хитно|трябва ми помощ|имам нужда от помощ|треба ми помоћ|требам помоћ|преведеш|преведи ми|трябват ми пари|трябват ми [0-9]|треба ми новац|уплати ми|уплатите|уплатиш|(^| )уплати |пошаљи ми|ще ти обясня|објаснићу|(^| )итно|ми требаат|ми треба помош|ќе ти објаснам|да платам|да платиш|не кажувај)/
    // "call me", a voice the impostor cannot give
    $callme = /\b(hivj fel|hivjal|nazovi me|nazovite me|zavolej mi|zavolaj mi|paskambink|piezvani|helista mulle|poklici me|me merr ne telefon|obadi mi se|zvanni mi|jaci mi se)\b|(обади ми се|звънни ми|позови ме|назови ме|јави ми се|ѕвони ми)/

    // Without a new number: the parent asked to pay one bill or send money today because the child's card is
    // blocked or the bank app does not work (on the new phone), with the IBAN or account details to follow or
    // "I'll explain later" (Serbian, Croatian, Bosnian, Albanian, Greek, Romanian, Bulgarian); a card blocked for a
    // wrong PIN, or a bill paid, sends no account to pay
    $kin_el = /^[^a-z0-9]{0,6}(μαμά|μαμα|μανούλα|μπαμπά|μπαμπα|γιαγιά|γιαγια)/
    $kin_ro = /^[^a-z0-9]{0,6}(mamico|mamica|mamaie|tataie|bunico|buni)\b/
    $blk_sh = /\b(kartic[a-z]{1,3}|racun|aplikacij[a-z]{1,2}|bankarstvo)\b.{0,30}\b(blokiran[a-z]{0,2}|ne radi|zablokira[a-z]{1,3})\b|\b(blokiral[a-z]{1,2}|zablokiral[a-z]{1,2}) (su |je )?(mi )?(se )?(karticu|racun|kartica)\b|\bne radi mi (mobilno bankarstvo|aplikacija|kartica)\b|(картиц|апликациј).{0,30}(блокиран|не ради)/
    $blk_sq = /\b(karta|karten|kartes|aplikacioni|llogarin[a-z]{0,2})\b.{0,30}\b(bllok[a-z]{1,5}|nuk (me )?punon)\b|\b(bllokuar|bllokoi|bllokua)\b.{0,20}\b(karten|llogarine|karta)\b|\bnuk (me )?punon aplikacioni\b/
    $blk_el = /(κάρτα|καρτα|εφαρμογή|εφαρμογη).{0,40}(μπλοκαρ|μπλόκαρ|κλειδώθηκε|κλειδωθηκε|δεν δουλεύει|δεν δουλευει|δεν λειτουργεί|δεν λειτουργει)|(μπλόκαραν|μπλοκαραν|μπλόκαρε|μπλοκαρε).{0,30}(κάρτα|καρτα|λογαριασμό|λογαριασμο)|\b(den leitourgei|den douleuei) (to app|i efarmogi|i karta)\b/
    $blk_ro = /\b(cardul|contul|aplicatia)\b.{0,30}\b(blocat|nu merge|nu functioneaza)\b|\bblocat (cardul|contul)\b|\bnu-?mi (merge|functioneaza) (aplicatia|cardul)\b/
    $blk_bg = /(картата|приложението).{0,30}(блокира|не работи)|(блокираха|блокира) ми (картата|сметката)|ми блокира (картата|сметката)|\bne (mi )?raboti (prilojenieto|prilozhenieto|kartata)\b/
    // the details to follow or the explanation promised
    $det_sh = /\b(poslat cu ti|poslacu ti|saljem ti|saljem|javit cu ti|dat cu ti) (iban|broj racuna|podatke|racun|sve podatke)\b|\b(objasnit cu|objasnicu)\b|(послаћу ти|шаљем ти).{0,10}(број рачуна|податке|iban)|објаснићу/
    $det_sq = /\b(te dergoj|do te te dergoj|do dergoj|te jap)( iban| numrin e llogarise| te dhenat| llogarine)|\b(te shpjegoj|do te te shpjegoj)\b/
    $det_el = /(σου στέλνω|σου στελνω|θα σου στείλω|θα σου στειλω|θα σου δώσω|θα σου δωσω).{0,10}(iban|στοιχεία|στοιχεια)|θα σου εξηγήσω|θα σου εξηγησω|θα σου πω αργότερα|\bsou stelnw to iban\b/
    $det_ro = /\b(iti trimit|iti dau|o sa-ti trimit) (iban|contul|datele)|\biti explic\b/
    $det_bg = /(ще ти пратя|пращам ти|ще ти дам).{0,12}(iban|данните|сметката)|ще ти обясня|\bshte ti pratya iban\b/
  condition:
    (($kin or $kin_cy) and any of ($new_*) and any of ($ask_*)
      or ($kin or $kin_cy or $kin_el or $kin_ro) and any of ($blk_*) and any of ($det_*))
    and not $callme
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

// In Chinese (simplified, traditional and written Cantonese; a letter is three bytes, the gaps are in
// bytes): someone who will not say who they are ("猜猜我是谁", "估下我係邊個") or who claims to be an old
// classmate, colleague, cousin, uncle or the reader's leader on a changed number, and who moves the talk to
// WeChat, QQ or LINE or hints at a favour, something urgent or money. A friend's new number given with no
// guess and no ask, or a note to a class or a group, is not it.
rule family_guess_who_new_number_zh
{
  meta:
    action = "junk"
    weight = 3.0
    description = "In Chinese: 'guess who I am' or 'I'm your old classmate, colleague, cousin or leader, I changed my number', with a move to WeChat, QQ or LINE, a favour, something urgent or a loan or transfer hinted at (simplified, traditional, Cantonese)"
  strings:
    $guess = /(猜猜我是|猜一猜我是|你猜我是|猜下我是|猜猜看我是|估下我係|估吓我係|估下我系|估估我係|还记得我吗|還記得我嗎|还记得我不|還記得我不|仲記唔記得我|记得我是谁|記得我是誰|知道我是谁吗|知道我是誰嗎|听出我是谁|聽出我是誰)/
    $who = /(我是|我係|我系)(你|妳|您)(的|嘅)?(老同学|老同學|同学|同學|老同事|同事|旧同事|舊同事|表哥|表姐|表弟|表妹|堂哥|堂姐|堂弟|堂妹|舅舅|叔叔|姑姑|阿姨|姨妈|姨媽|伯伯|大伯|二叔|三叔|表舅|老乡|老鄉|领导|領導|上司|老板|老闆|师兄|師兄|师姐|師姐)/
    $new = /(换号|換號|换了号|換了號|换了个号|換了個號|换了手机号|換了手機號|换咗号|換咗號|換咗電話|换咗电话|新号码|新號碼|新手机号|新手機號|新电话|新電話|这是我的新|這是我的新|呢个系我新|呢個係我新|存一下|存下这个|存下這個|记低呢个|記低呢個|保存一下)/
    // the move to an app
    $app = /(加(我|一下|下|个|個)?(的)?(微信|薇信|威信|vx|wx|qq|扣扣|line|賴|好友|whatsapp|telegram)|(微信|wechat|line|qq|whatsapp)(上)?(聊|倾|傾|联系|聯絡|聯繫|找我|搵我|说|說|講|讲))/
    // the favour, the urgent matter, the loan or the transfer
    $fav = /(帮个忙|幫個忙|帮我个忙|幫我個忙|帮下忙|幫下忙|帮我一下|幫我一下|幫吓手|帮吓手|幫手|有件事(想|要)|有点事|有點事|有啲事|急事|急用|借(点|點|些|我|一下|啲)|周转|周轉|手头紧|手頭緊|转账|轉帳|轉賬|汇款|匯款|打钱|打錢|过数|過數)/
    // a note to a class, a team or a group
    $group = /(各位|大家|家长们|家長們|同学们|同學們|同事们|同事們|进群|進群|入群|群里|群裡|群号|群號)/
  condition:
    ($guess and ($app or $fav)
      or $who and $new and ($app or $fav))
    and not $group
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

// In Chinese: the child's teacher, tutor, counsellor or a colleague says the reader's son, daughter or
// spouse is in hospital, hurt or in trouble, and a deposit or a fee must be transferred now (simplified,
// traditional, Cantonese). A school's notice, or a teacher asking the parent to come, asks for no transfer.
rule family_teacher_child_emergency_zh : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "In Chinese: 'I'm your child's teacher (tutor, counsellor, colleague): your son is in hospital, a deposit must be paid now, transfer it to this account' (simplified, traditional, Cantonese)"
  strings:
    $role = /(班主任|辅导员|輔導員|老师|老師|导师|導師|补习|補習|教练|教練|宿管|同事)/
    $trouble = /(儿子|女儿|兒子|女兒|孩子|小孩|个仔|個仔|个女|個女|老公|老婆|先生|太太).{0,45}(住院|进了医院|進了醫院|送(到|去)?医院|送(到|去)?醫院|入院|入咗院|急诊|急診|出事|车祸|車禍|受伤|受傷|晕倒|暈倒|昏迷|抢救|搶救|打架|骨折|手术|手術)/
    $pay = /(押金|手术费|手術費|医药费|醫藥費|住院费|住院費|保证金|保證金|赔偿金|賠償金|医疗费|醫療費).{0,36}(转|轉|交|付|汇|匯|打|过数|過數|俾)|(马上|馬上|立即|立刻|现在|現在|尽快|盡快|即刻|赶紧|趕緊|快啲).{0,18}(转账|轉帳|轉賬|汇款|匯款|打款|交钱|交錢|付款|过数|過數|转给|轉給|转过来|轉過來)|(转|轉|汇|匯)(到|去|入)(这个|這個|以下|我的|呢个|呢個)(账户|賬戶|帳戶|账号|帳號|卡)/
  condition:
    $role and $trouble and $pay
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

// Japan's "it's me" call (オレオレ詐欺) by text: "俺だけど", or the parent or grandparent addressed, a son who lost
// a bag of the company's money, caused an accident or must settle a case, and money needed today or handed to a
// colleague who will come for it; or a friend, colleague or boss of the son or husband who says he had an
// accident and needs surgery, with a transfer asked (Japanese). The same in Korean: "I'm your son's friend",
// an accident, an operation or a settlement, the hospital bill to an account; or the child writing: "엄마 나
// 사고 났어", the settlement money now. A relative's own news says the insurer paid or all is well (a Japanese
// or Korean letter is three bytes: the gaps are counted in bytes)
rule family_its_me_trouble_ja_ko : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "The Japanese 'it's me' son or grandson (俺だけど) who lost a bag of company money, caused an accident or must settle today, money needed now or a colleague sent to collect it; or a friend, colleague or boss of the son or husband who says he had an accident or needs surgery, and a transfer to an account (Japanese, Korean); or the Korean child 'I had an accident', the settlement or hospital money sent to an account now"
  strings:
    // who writes: "it's me" unnamed, or the parent or grandparent addressed
    $ja_me = /(俺|オレ|おれ|僕|ぼく)(だけど|だよ|だけどさ|です|や|やけど)|(お母さん|お父さん|母さん|父さん|おふくろ|おやじ|おばあちゃん|おじいちゃん|ばあちゃん|じいちゃん|おかん|おとん)/
    // the trouble: the company's money or cheque lost with a bag, an accident caused, a settlement, an arrest
    $ja_tr = /(会社の(お金|金|小切手|現金|売上)|(カバン|かばん|鞄|バッグ)(を|ごと)?(なくし|無くし|失くし|置き忘れ|盗まれ|取られ)|(電車|タクシー|駅)に(置き忘れ|忘れ)|事故(を)?(起こし|おこし)|(ぶつけて|ひいて|轢いて|はねて)しま|示談|妊娠させ|横領|使い込|痴漢|逮捕され|警察に捕ま)/
    // the ask: money today, the settlement money, a transfer, or someone sent to collect it
    $ja_ask = /(今日中|今日までに|至急|すぐに).{0,45}(お金|円|万|振り込|振込|用意|払わ|必要)|示談金|(お金|現金|万円|万)(を)?(用意|貸して|振り込んで|送って|立て替え)|振り込んで|振込んで|送金して|(同僚|部下|上司|弁護士|代理の人|会社の人|友達)が(取りに|受け取りに|お金を)/
    // a friend, colleague or boss of the son or husband speaking, the accident or surgery, a transfer
    $ja_fr = /(息子さん|娘さん|ご主人|旦那さん|お孫さん)の(友人|友達|同僚|上司|先輩|知人)/
    $ja_hosp = /(事故|病院|手術|入院|救急|意識が)/
    $ja_pay = /(振り込|振込|送金|口座|手術代|手術費|入院費|治療費)/
    // a relative's own news: the insurer paid, settled, all is well
    $ja_ok = /(保険|大丈夫|解決した|済んだ|払ってくれた|心配しないで)/
    // Korean: your son's (daughter's, husband's) friend, colleague or boss speaking ...
    $ko_fr = /(아드님|따님|아들|딸|남편|부인|손자|손녀|동생)(의|분)? ?(친구|동료|직장 ?동료|선배|후배|상사|지인|팀장)(인데요|입니다|예요|이에요|인데|에요|라고)/
    // ... or the child writing first: mum or dad addressed at the start, "I had an accident"
    $ko_kid = /^[^0-9a-z]{0,6}(엄마|아빠|어머니|아버지|할머니|할아버지)/
    $ko_metr = /(나|내가) ?(교통 ?)?사고|사고(를)? ?(냈|쳤)/
    $ko_now = /(급하게|급해|급한|빨리|당장|지금 ?바로|오늘 ?안에|보내 ?줘|보내 ?주|입금해 ?줘|이체해 ?줘|부쳐 ?줘)/
    $ko_tr = /(교통 ?사고|사고(가|를)? ?(나|났|냈|당했|쳤)|응급실|수술|입원|중환자실|의식(이)? ?없|합의금)/
    $ko_pay = /(수술비|병원비|치료비|합의금|보증금|입금|송금|이체|계좌)/
    $ko_ok = /(보험|괜찮아|걱정 ?(마|하지)|해결했|(합의금|병원비|수술비|돈)(은|을|도)? ?(다 )?냈)/
  condition:
    (($ja_me and $ja_tr and $ja_ask and not $ja_ok) or ($ja_fr and $ja_hosp and $ja_pay and not $ja_ok)
      or ((($ko_fr and $ko_tr) or ($ko_kid and $ko_metr and $ko_now)) and $ko_pay and not $ko_ok))
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

// Southern Africa: the child, grandchild or sibling on a new number (the phone stolen, lost, broken or in the
// water, or a friend's phone), who asks for money today by a wallet or a bank app (eWallet, Cash Send, Capitec,
// EcoCash, InnBucks, OneMoney, Orange Money, MyZaka, Smega, M-Pesa, Airtel Money, Mpamba) or in the language's own
// "send me money, lend me" (isiZulu, isiXhosa, Sesotho, Setswana, Shona, Chichewa, Afrikaans, South African
// English). A new number given to be saved, or money thanked for, names no ask of both kinds.
rule family_new_number_za
{
  meta:
    action = "junk"
    weight = 3.0
    description = "'Mama, my phone was stolen, this is my new number, send me money by eWallet, EcoCash, MyZaka or Mpamba today': a parent or grandparent addressed, the new number or the lost phone, and money asked by a Southern African wallet or in words (isiZulu, isiXhosa, Sesotho, Setswana, Shona, Chichewa, Afrikaans, South African English)"
  strings:
    $kin = /\b(mama|ma|mom|mum|mommy|dad|daddy|baba|tata|gogo|ugogo|makhulu|mkhulu|mme|mma|ntate|rra|nkgono|nkoko|amai|mai|ambuya|sekuru|amayi|bambo|agogo|pa|ouma|oupa|mamma|pappa)\b/
    // the new number or the phone gone, in each language
    $new_ng = /(inombolo|inamba)( yam| yami)? entsha\b|\bnenombolo entsha\b|\b(ifoni|ifowuni|ucingo)( yami| yam| lwami)? (yebiwe|intshontshiwe|ibiwe|iphukile|yaphuka|yaphukile|ilahlekile|iwile|lwebiwe|lwaphuka)\b|\b(ngilahlekelwe|ndilahlekelwe) (ifoni|yifowuni|yifoni|ucingo)\b|\bngishintshe inombolo\b/
    $new_st = /\bnomoro( ya ka| ya me)? e (ntjha|ncha|ntsha)\b|\b(mohala|mogala|founu|fono)( wa ka| wa me| ya me| ya ka)? (o|e) (utswitswe|utswilwe|robehile|thubegile|lahlehile|latlhegile|wetse)\b|\b(ke sebedisa|ke dirisa) (mohala|mogala|founu) (wa|ya) (motswalle|tsala)\b|\bke fetotse nomoro\b/
    $new_sn = /\b(nhamba|number|nambala)( yangu)? (itsva|nyowani|yatsopano)\b|\b(foni|phone)( yangu| yanga)? (ya|yaka|yaa|ina|yakati)?(biwa|bedwa|tsemuka|rasika|sweka|tayika|wira|gwera)\b|\bndiri kushandisa foni\b|\bndikugwiritsa ntchito foni\b|\b(ndachinja|ndasintha) (nhamba|nambala)\b/
    $new_af = /\bnuwe nommer\b|\b(foon|selfoon)( is| het)? (gesteel|stukkend|gebreek|weg|in die water geval)\b/
    $new_en = /\b(phone|cellphone)( got| was| is)? (stolen|broken|lost)\b|\b(new number|lost my phone|my phone broke|phone fell and broke)\b/
    // the wallets and banks, or the words of "send me money", "lend me"
    $pay = /(e-?wallet|cash ?send|capitec|fnb|shoprite money transfer|ecocash|innbucks|onemoney|orange money|myzaka|smega|m-?pesa|airtel money|mpamba)\b/
    $ask = /\b(ngithumelele|ungithumelele|ungikhokhele|ngiboleke|ungiboleke|ndithumelele|undithumelele|undiboleke|nthomelle|nthomelela|nthomelele|nkadime|nditumirei|mundikweretese|nditumizireni|ndibwerekeni|stuur (vir my|my)|leen (my|vir my))\b/
    // a saved number, money thanked for: the relative's own news
    $own = /\b(thanks for|ngiyabonga|ndiyabulela|ke a leboha|ke a leboga|ndatenda|zikomo|dankie|ngizokushayela|ndiza kukufowunela|call me|save it, i'?ll call)\b/
  condition:
    $kin and any of ($new_*) and ($pay or $ask) and not $own
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

// South-East Asia, the Gulf's workers, the former Soviet states and West Africa: the relative addressed at the
// very start ("Ma,", "Nay,", "Mak,", "Amma,", "يمه", "Мама,", "Apa,", "Maame,"), who writes from a new number or a
// friend's phone (the old one broken or lost) and asks for money to a wallet, a card or an account (DANA, OVO,
// GCash, Maya, bank in, Touch 'n Go, JazzCash, Easypaisa, Kaspi, Click, MoMo, Orange Money); or who is held by
// the police or at a checkpoint and asks for the settlement ("areglo") with "don't tell" (Indonesian, Javanese,
// Tagalog, Cebuano, Malay, romanised Tamil, Malayalam, Urdu, Gulf Arabic and Arabizi, Russian, Belarusian,
// Kazakh and Uzbek in Cyrillic and Latin, Twi, Krio, Igbo, Liberian English). A new number given to be saved,
// or money asked with no new number and no arrest, is the relative's own.
rule family_new_number_wallet_kin
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A relative addressed at the start ('Ma,', 'Nay,', 'Mak,', 'Amma,', 'Мама,', 'Apa,', 'Maame,') on a new number or a friend's phone, or held by the police, who asks for money to a wallet, card or account (Indonesian, Javanese, Tagalog, Cebuano, Malay, romanised Tamil, Malayalam, Urdu, Gulf Arabic and Arabizi, Belarusian, Russian, Kazakh, Uzbek, Twi, Krio, Igbo, Liberian English)"
  strings:
    // the new number, the friend's phone, the old phone broken or lost
    $new_sea = /\b(nomor baru|nomer baru|ganti (nomor|nomer)|nomer(ku)? (sing )?anyar|nomor anyar|(pake|pakai|pinjem|pinjam) hp (temen|teman|kanca|kancaku)|hp ?(ku|gw|aku|lama)? (rusak|hilang|ilang|mati total|jatuh)|bagong (number|numero|sim)|bago (kong|ko na) (number|numero|sim)|bag-?o (nako nga |nga |nakong )?(number|numero|sim)|bag-?ong (number|numero|sim)|(phone|cellphone|cp) ng (kaibigan|barkada)|(nasira|nawala|naguba|nawala na) (ang |yung |akong |ako nga )?(phone|cellphone|cp|selpon)|nombor baru|tukar nombor|guna (fon|phone|nombor|hp|telefon) kawan|(fon|telefon|hp) (lama |aku |saya |adik )?(rosak|hilang|jatuh))\b/
    $new_sa = /\b(pudhu|puthu|pudhiya|puthiya|puthya) (number|nambar|no)\b|\bphone (odanjiduchu|odanju pochu|kaanama pochu|kettu pochu|kedayi|kedaayi|poyi)\b|\bfriend phone\b|\b(idhu|ithu) en new number\b|\b(naya|nya) (number|nambar) (hai|he)\b|\bpurana phone (kho|kharab|toot)|(പുതിയ നമ്പർ|പുതിയ നമ്പര്|ഫോൺ കേടായി|ഫോൺ പോയി|ഫോൺ നഷ്ടപ്പെട്ടു|نیا نمبر|فون خراب|فون گم)/
    $new_ar = /\bra(8|g)mi (el |el-|l)?(jdeed|jded|jadeed|yedeed)\b|\b(tilfon|telfon|jawal) (rabee3|rfee8|sadeeg|sadeej|7baybi)|\btilfoni (khareb|kharab|6a7|ta7|ink(a|i)sar|da3)\b|(من تلفون|من جوال|من تليفون) (ربيع|رفيج|صديق|صاحب)|(تلفوني|جوالي) (طاح|خرب|انكسر|ضاع)/
    $new_cy = /(новы нумар|мой новы|з нумара (сяброўкі|сябра)|тэлефон зламаўся|сменил номер|сменила номер|поменял номер|поменяла номер|янги рақам|янги номер|\bjana nomir|\bjana nomer|\byangi (raqam|nomer)|do.stimning telefon|\btelefonim (buzil|yo.qol|sindi)|\btelefonym (synyp|joghal|zhogal))/
    $new_wa = /\b(number|nomba) foforo\b|\bme phone (abu|ayera|asee)\b|\bnyu nomba\b|\bfon (don )?(los|pwel|brok)\b|\bnomba ohuru\b|\bekwenti m (mebiri|furu|efuola)\b|\bekwenti enyi m\b|\bmy phone (spoil|spoiled|don spoil)\b|\bi (using|use|dey use) my friend phone\b/
    // the police, a checkpoint or a station holding the writer, with "don't tell"
    $held = /\b(nasa presinto|sa presinto|naa ko sa presinto|nahuli ako|hinuli ako|kena tahan polis|ditahan polisi|di kantor polisi|police station la|polis dem ol mi|police (holding|hold|caught|arrest(ed)?) me|at the checkpoint|sa checkpoint|na checkpoint|uwe ojii jidere m)\b|(بالمخفر|في المخفر|الشرطة مسكوني|مسكتني الشرطة|в полиции|в отделении)/
    $secret = /\b(wag mo sabihin|huwag mong sabihin|wag mo ipagsabi|ayaw sultihi|ayaw isulti|jangan bilang|jangan kasih tau|jangan bagitau|jangan beritahu|ojo kandha|ojo ngomong|sollatheenga|sollatha|mat batana|don'?t tell (mama|papa|mum|dad|anyone)|no tell (mama|papa)|ka onye o bula|agwala)\b|(ولا تقول|لا تقول|لا تعلم|не говори|не кажи|нікому не кажи)/
    // the money asked, to a wallet, a card or an account
    $ask_sea = /\b(transfer|tf ke|kirim(in|i)? (uang|duit|pulsa|[0-9])|isiin pulsa|pulsa [0-9]|pinjem duit|pinjam (uang|duit)|butuh (duit|uang)|(ke|lewat|neng|nang) (dana|ovo|gopay|rekening|rek)|gcash|maya|pahiram|makahiram|padala|padalahi|pa-?send|i-?send|areglo|bank ?in|akaun|touch ?n ?go|tng|pinjam rm)\b/
    $ask_sa = /\b(account|acct|bank in|transfer|anuppu|anuppunga|kaasu venum|panam|kadan|ayakk|ayakkamo|ayakkanam|cash venam|jazz ?cash|easypaisa|easy paisa|bhej (do|dein|dain|den)|paise chahiye)\b|(അക്കൗണ്ട്|അയക്ക|ട്രാൻസ്ഫർ|جاز کیش|ایزی پیسہ|اکاؤنٹ|بھیج)/
    $ask_ar = /\b(t7awel|t7awil|t7awleen|7awel|7awleli|7awli|7sab|floos|flous)\b|(حول|تحول|فلوس|حساب)/
    $ask_cy = /(перавядзі|перавядзіце|картку|переведи|скинь|на карту|kaspi|каспи|\bclick\b|payme|kartaga|kartamga|картага|audaryp|audar|o.tkaz|tashlab)/
    $ask_wa = /\b(momo|mobile money|orange money|lonestar|afrimoney|sen mi|send me|zitere m|zite m ego|cedis|ghc)\b/
    // a call promised, a payment thanked for: the relative's own news
    // or money the reader owes the writer for a shared meal or ticket ("duit makan hari tu", "utang kamu kemarin")
    $own = /\b(duit (makan|minyak|tiket|barang|sewa) (hari tu|kemarin|semalam|minggu lepas)|(hutang|utang) (kau|kamu|awak|lu|lo|mo)|share (mo|mu|kau|kamu)|(udah|sudah|wis|dah|sudah saya|udah aku) (aku |tak |saya )?(transfer|tf|bank in|kirim)|na-?send ko na|nasend ko na|napadala ko na|received|thank you|thanks|shukran|wislat|tatawag ako|tawagan kita|nanti (aku|saya) (telpon|telepon|call)|nanti adik call|call pannuren|vilikkam|call karunga|terima kasih|makasih|salamat po|rahmet|meda wo ase|daalu)\b|(позвоню|подзвоню|пазваню|بكلمك|شكرا|спасибо|дзякуй|рахмет|пришли|وصلت)/
  condition:
    (any of ($new_*) and any of ($ask_*) or $held and $secret and any of ($ask_*))
    and not $own
    and sender_kind != "alpha" and sender_kind != "shortcode"
    and (opening matches /^[^A-Za-z0-9]{0,4}(([Hh]i|[Hh]alo|[Hh]ai|[Hh]ello|[Hh]ey|[Aa]ssalamualaikum|[Ss]alam)[ ,!.]{1,3})?([Mm]a|[Mm]ah|[Mm]ama|[Mm]amah|[Mm]ak|[Pp]a|[Pp]ak|[Pp]apa|[Bb]u|[Ii]bu|[Bb]ude|[Pp]akde|[Ll]e|[Nn]duk|[Bb]ro|[Mm]as|[Mm]bak|[Nn]ay|[Nn]anay|[Tt]ay|[Tt]atay|[Aa]te|[Kk]uya|[Tt]ita|[Tt]ito|[Ll]ola|[Ll]olo|[Aa]bang|[Bb]ang|[Kk]ak|[Kk]akak|[Aa]yah|[Aa]bah|[Aa]dik|[Aa]mma|[Aa]ppa|[Aa]nna|[Aa]kka|[Mm]achan|[Aa]mme|[Cc]hetta|[Cc]hechi|[Aa]mmi|[Aa]bbu|[Bb]hai|[Yy]uma|[Yy]umma|[Yy]ubba|[Yy]aba|[Yy]a5oy|[Aa]5oy|[Mm]aame|[Nn]ne|[Nn]na|[Aa]pa|[Aa]ta|[Bb]alam|[Qq]izim|[Dd]adajon|[Dd]ada|[Dd]adang|[Oo]na|[Oo]yi)\b/
      or opening matches /^[^A-Za-z0-9]{0,4}(يمه|يبه|ماما|بابا|اخوي|أخوي|اختي|امی|ابو|بھائی|അമ്മേ|അമ്മ|ചേട്ടാ|ചേച്ചി|Мама|мама|Мам|мам|Пап|пап|Мамо|мамо|Сынок|сынок|Синку|синку|Тато|тато|Дадажон|дадажон|Апа|апа|Ата|ата|Қызым|қызым|Балам|балам|Она|она)( |,|!|\.|،)/)
}

// The child's class or homeroom teacher, from a phone: the child fainted, fell or was hurt at school and is at the
// clinic or the hospital, and the treatment fee is to be sent to the teacher's own account, wallet or card
// (Indonesian, Tagalog, Malay, Russian, Uzbek, English of West Africa). A school's notice asks the parent to come,
// and a teacher's own message asks for no transfer to herself.
rule family_teacher_treatment_fee : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "The child's class or homeroom teacher says the child fainted, fell or was hurt at school and asks for the treatment fee to be sent to the teacher's own account, wallet or card (Indonesian, Tagalog, Malay, Russian, Uzbek, West African English)"
  strings:
    $role = /\b(wali kelas|guru kelas|saya guru|gurunya|guru (dari )?(anak|putra|putri)|adviser ng anak|adviser po|guro ng anak|class adviser|cikgu kelas|class teacher|form teacher|form master|form mistress|homeroom teacher|sinf rahbari|sinf rahbariman|o.qituvchisi)\b|(классный руководитель|классная руководительница|учитель вашего|учительница вашего|класний керівник|синф раҳбари)/
    $hurt = /\b(pingsan|jatuh|berdarah|kejang|nahimatay|nawalan ng malay|naaksidente|nadisgrasya|pengsan|cedera|fainted|collapsed|convulsing|injured|got hurt|was hurt|broke (his|her) (arm|leg)|hushini yo.qotdi|yiqildi|jarohat)\b|(стало плохо|потерял сознание|потеряла сознание|упал|упала|травм|в больниц|в больніц|знепритомн)/
    $own = /\b(rekening saya|rekening pribadi saya|ke rek saya|gcash ko|gcash number ko|akaun saya|my (account|acct|momo|mobile money|opay|palmpay)( number)?|kartamga|mening kartam)\b|(на мою карту|на мою картку|мне на карту|моя карта|картамга)/
    $fee = /\b(biaya|pengobatan|perawatan|pambayad|bayad|deposit|kos rawatan|rawatan|bil|treatment|hospital bill|clinic|davolanish|pul)\b|(лечени|лікуванн|оплат|переведите|деньги)/
  condition:
    $role and $hurt and $own and $fee
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

// The village head, the barangay captain, the chief or the assemblyman, from a phone: in a meeting at the
// district, a loan or an advance asked by transfer or wallet now, and "don't tell anyone" (Indonesian, Tagalog,
// Malay, Ghanaian and Nigerian English). A village's own notice calls a meeting and asks no loan kept secret.
rule family_official_secret_loan
{
  meta:
    action = "junk"
    weight = 3.0
    description = "The village head, barangay captain, chief or assemblyman in a meeting asks to borrow money now by transfer or wallet and says not to tell anyone (Indonesian, Tagalog, Malay, Ghanaian and Nigerian English)"
  strings:
    $role = /\b(pak kades|kepala desa|pak lurah|ini lurah|pak camat|pak rt|pak rw|pak kadus|kapitan|kapitana|kap ito|barangay captain|punong barangay|ketua kampung|tok ketua|penghulu|your chief|the chief|your chairman|your councillor|assemblyman|assembly member|district chief executive|local government chairman|village head)\b/
    $meet = /\b(rapat|sedang rapat|lagi rapat|meeting|mesyuarat|pulong|in a meeting|nomor baru|nombor baru|bagong number|private line|new number)\b/
    $ask = /\b(pinjam|pinjami|pinjamkan|talangi|talangin|transfer|pahiram|makahiram|i-?send|gcash|bank ?in|send me|momo me|send [0-9]|to this account|refund (you|it) tomorrow|pay (you|it) back)\b/
    $secret = /\b(jangan bilang (siapa|sapa|ke)|jangan kasih tahu|jangan kasih tau|rahasiakan|rahasia ya|wag mo ipagsabi|wag mo sabihin|huwag ipagsabi|atin atin lang|jangan bagitau|jangan beritahu|rahsiakan|don'?t tell anyone|do not tell anyone|keep (it|this) between us|keep (it|this) secret)\b/
  condition:
    $role and $meet and $ask and $secret
    and sender_kind != "alpha" and sender_kind != "shortcode"
}
