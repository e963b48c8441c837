// One-time-code theft: "reply with the code to cancel", "I sent my code to your phone by
// mistake, can you send it to me", "tell me the code you receive to prove you are real".
// Genuine code messages say the opposite ("do not share this code"); see transactions.yar.

private rule otp_negated_share
{
  strings:
    $n = /\b(do not|don't|dont|never|not to|won't|will never|nobody|no one|not) ([a-z]{1,12} ){0,2}(share|send|forward|give|disclose|tell|reveal|ask)/
  condition:
    $n
}

rule otp_reply_with_code : phishing
{
  meta:
    action = "junk"
    weight = 3.5
    description = "Asks to reply with a verification code: no real service ever asks for its code back"
  strings:
    $r1 = /\b(reply|respond|text|txt|send|sms)( back)?( to (this|the) (message|text|number|sender))? with (the|this|that|your|a|ur|the same) (([0-9]-digit|[0-9] digit|six-digit|four-digit|one-time|verification|security|confirmation|otp) ){0,2}(code|otp|pin|passcode|password)/
    $r2 = /\b(reply|respond|text|send)( back)? (the|this|that|your|ur) ([0-9]-digit |six-digit |verification |security |confirmation |one-time )?(code|otp|pin|passcode) (to|in order to|2) (cancel|stop|block|confirm|verify|secure|unlock|prevent|reverse|dispute)/
    $r3 = /\b(reply|respond|text)( back)? with it\b.{0,30}\b(block|cancel|stop|secure|verify|confirm|prevent)/
    $r4 = /\b(reply|respond|send|text)( back)? (it|this code|the code|the otp)( back)? (to|in order to) (block|cancel|stop|prevent|secure)/
    // a real service's warning says the opposite: "Don't reply to this message with your code"
    $neg = /\b(do not|don't|dont|never|please do not) (reply|respond|text)( back)?( to (this|the) (message|text|number|sender))? with/
    // a code printed on a letter or form the reader holds (an electoral canvass, a census) is no one-time code
    $letter = /\bcodes? (on|from|printed on|shown on|in) (your|the) (letter|form|card|leaflet|envelope)\b/
  condition:
    any of ($r*) and not $neg and not $letter
}

rule otp_send_me_the_code : phishing
{
  meta:
    action = "junk"
    weight = 3.5
    description = "Asks the reader to pass on a code they received ('send me the code you got')"
  strings:
    // "send me the 6-digit code": a qualified code, so "send me the code for the door" does not count
    $s1 = /\b(send|forward|share|tell|give|read|text|pass|screenshot)( it| that| this)?( back)? (to )?(me|us)( the| that| this| your| ur)? ([0-9]-digit|[0-9] digit|six-digit|six digit|verification|security|confirmation|login|one-time|otp|sms|whatsapp|google|facebook|instagram|bank) (code|otp|pin|passcode|digits|number)\b/
    $s1b = /\b(send|forward|share|tell|give|read|text|pass)( me| us) (the|that|this) (code|otp|pin) (sent|texted|that was sent|we sent|just sent) (to )?(you|your (phone|number|mobile))/
    $s2 = /\b(send|forward|share|tell|give|read|text|pass)( me| us)? (the|that|this|your|ur) ([0-9]-digit |six-digit |verification |security |whatsapp |google )?(code|otp|pin|number|digits) (you|u) (just |will |'ll |are about to )?(got|get|received?|receive|see)\b/
    $s3 = /\b(the|a|that|this) ([0-9]-digit |six-digit |verification |security |whatsapp |google )?(code|otp|pin) (you|u) (just |will |'ll )?(got|get|received?|receive)\b/
    $s4 = /\b(you('ll| will) (receive|get)|(i|we)('ll| will|'m going to| am going to) (send|text) you) (a|the|an) ([0-9]-digit |six-digit |verification |security |confirmation |google |whatsapp )?(code|otp|pin)\b/
    $s5 = /\b(a|the) ([0-9]-digit |six-digit |verification |security |google |whatsapp )?(code|otp|pin) (will|is going to|should|might) (come through|arrive|be sent|pop up|come)/
    $to_me = /\b(send|forward|share|tell|give|read|text|pass|reply)( it| that| this)?( back)? (to )?(me|us)\b/
    $with_me = /\b(share|send|forward|tell|give|read|pass)( it| that| them| the code| the digits| the numbers)?( back)? (to|with) (me|us)\b|\btell me (it|what it says|the digits|the numbers)\b/
    // a booking's confirmation number asked of a travel companion is no one-time code
    $booking = /\bconfirmation (code|number)\b.{0,40}\b(hotel|reservation|booking|flight|airbnb|rental car|car rental|table|tickets?|check-?in|front desk)\b|\b(hotel|reservation|booking|flight|airbnb|rental|table|ticket) confirmation (code|number)\b/
    // a parent whose own bank's code went to the child's phone ("Mum here, my bank's code went to your phone"),
    // in a parent's voice, with no new-number story
    $parent = /^((hi|hey|hello) )?(beta|son|sweetie|sweetheart)\b|\b(mum|mom|mummy|mommy|dad|daddy|papa) here\b|\bit'?s (mum|mom|dad|your (mum|mom|dad))\b/
    $own_bank = /\b(my|our) (bank|card|account|net ?banking|online banking|mobile banking|banking app)\b|\bthe bank'?s? (code|otp|text)\b|\bthe bank (sent|texted)\b/
    $newnum = /\bnew (number|phone|sim|mobile)\b|\b(lost|broke|broken|dropped|changed) my (phone|number|sim)\b|\bphone (broke|is broken|got stolen|was stolen)\b/
  condition:
    ($s1 or $s1b or $s2 or ($s3 and $to_me) or (($s4 or $s5) and $with_me)) and not otp_negated_share and not $booking
    and not ($parent and $own_bank and not $newnum)
}

rule otp_mistaken_code_story : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "'I sent my WhatsApp or Facebook code to your number by mistake, please send it back', or 'they blocked my account, I will send a code to your phone, help me send it back', or 'my line is blocked, I want to use your number to receive my code, send me the code that comes to you': the locked-out friend's account takeover (English, Pidgin, romanised Hindi, Spanish, French, Portuguese, Dutch, Swedish, German, Turkish)"
  strings:
    $m1 = /\b(accidentally|mistakenly|by mistake|by accident|wrongly|in error)\b.{0,50}\b(code|otp|pin)\b/
    $m2 = /\b(code|otp|pin)\b.{0,80}\b(by mistake|by accident|in error|accidentally|mistakenly)/
    $m3 = /\b(used|entered|put|registered|typed) your (phone )?(number|no)\b.{0,50}\b(verification|whatsapp|account|code|otp)\b/
    $back = /\b(send|forward|give|share|tell|pass|return|text)( it| that| the code)?( back)?( to)? (me|us|back)\b|\b(send|forward|share|pass|text) (me )?the (code|otp|pin)\b|\b(could|can|would) you (please |pls |kindly )?(forward|send|share|pass) (it|that|the code|them)\b|\b(send|forward|drop|give) am\b/
    // romanised Hindi: "galti se mera code tere number pe aa gaya, forward kar de"
    $hi_mis = /\b(galti|galati|galthi|bhool|bhul|mistake) se\b/
    $hi_num = /\b(code|otp)\b.{0,60}\b(tere|tera|tumhare|tumhara|aapke|apke|aapka|apka) (number|phone|mobile|no)\b|\b(tere|tumhare|aapke|apke) (number|phone|mobile) (pe|par|pr)\b.{0,40}\b(code|otp)\b/
    $hi_back = /\b(forward|send|share) (kar|kr) (do|de|dena|dijiye|dijie)\b|\b(bhej|bata) (do|de|dena|dijiye|dijie)\b|\b(bhejo|bhejna|bhejiye|batao|batana|bataiye|batayiye)\b/
    // a delivery code to be told to the rider at the door, not to the writer
    $hi_rider = /\b(delivery|rider|driver|courier)( (boy|guy|wala|wale|partner|person|agent|executive))? ko\b/
    // Spanish, French, Portuguese: the code that went to you by mistake, and "pass it to me"
    $es = /\bcodigo\b.{0,60}\b(sin querer|por error|por equivocacion)\b|\b(sin querer|por error|por equivocacion)\b.{0,60}\bcodigo\b/
    $es_back = /\bme lo (puedes |podrias )?(reenviar|reenvias|pasar|pasas|mandar|mandas|enviar|envias)\b|\b(reenviamelo|pasamelo|mandamelo|enviamelo)\b/
    $fr = /\bcode\b.{0,60}\bpar (erreur|megarde|inadvertance)\b|\bpar (erreur|megarde|inadvertance)\b.{0,60}\bcode\b/
    $fr_back = /\bme (le|la) (renvoyer|renvoies|renvoie|transferer|transferes|transfere|envoyer|envoies|donner|donnes|passer|passes|faire suivre)\b|\b(renvoie|transfere|envoie|donne|passe|renvoyez|transferez|envoyez|donnez)-(le|la)-moi\b/
    $pt = /\bcodigo\b.{0,60}\b(sem querer|por engano|por erro)\b|\b(sem querer|por engano|por erro)\b.{0,60}\bcodigo\b/
    $pt_back = /\bme (passa|manda|envia|encaminha|repassa)( ele| esse| o codigo| pra mim)?\b|\bpode me (enviar|mandar|passar|encaminhar|repassar)\b|\b(manda|envia|passa|encaminha|repassa) (ele |esse |o codigo )?pra mim\b/
    // Dutch, Swedish, German: the code sent to your number by mistake, and "forward it to me"
    $nl = /\b(per ongeluk|per vergissing|perongeluk|abusievelijk)\b.{0,60}\b(code|verificatiecode|sms-code|inlogcode|controlecode)\b|\b(code|verificatiecode|sms-code|inlogcode)\b.{0,60}\b(per ongeluk|per vergissing|perongeluk|abusievelijk)\b/
    $nl_back = /\b(doorsturen|door te sturen|terugsturen|terug te sturen|doorgeven|stuur (hem|die|het|de code) (even )?(door|naar mij|terug|naar me))\b/
    $sv = /\b(av misstag|rakade|rakat|felaktigt)\b.{0,60}\b(kod|koden|verifieringskod|sms-kod|engangskod|bekraftelsekod)\b|\b(kod|koden|verifieringskod|sms-kod|engangskod)\b.{0,60}\bav misstag\b/
    $sv_back = /\bskicka (den|koden|vidare|den vidare|tillbaka|den tillbaka)( till mig)?\b|\bvidarebefordra (den|koden)\b|\bsag (koden|den) till mig\b/
    $de = /\b(aus versehen|versehentlich|irrtumlich|falschlicherweise)\b.{0,60}\b(code|bestatigungscode|verifizierungscode|sms-code|zugangscode)\b|\b(code|bestatigungscode|verifizierungscode|sms-code)\b.{0,60}\b(aus versehen|versehentlich|irrtumlich)\b/
    $de_back = /\b(weiterleiten|zurucksenden|zuruckschicken|weitergeben|schicken sie (ihn|mir)|schick (ihn|mir))\b|\bmir (den code |ihn |den )?(bitte )?(senden|schicken|weiterleiten|sagen|geben|mitteilen)\b/
    // Turkish: "I entered your number by mistake, the code that came to your phone, send it to me" (accents folded)
    $tr_mis = /\b(yanlislikla|sehven|hatayla|yanlis (numara|girdim|yazdim|tusladim))\b|\bnumara[a-z]{0,5} yanlis (gir|yaz|tusla)[a-z]{0,6}\b/
    $tr_you = /\b(numarani|numaranizi|numarana|numaraniza|telefonuna|telefonunuza|sana gelen|size gelen|sana gitti|size gitti|sana geldi|size geldi|sana gelecek|size gelecek)\b/
    $tr_code = /\b(kod|kodu|kodun|kodunu|onay kodu|dogrulama kodu|sms kodu|aktivasyon kodu)\b/
    $tr_back = /\b(gonder|gonderin|gonderir misin|gonderir misiniz|gonderebilir misin|gonderebilir misiniz|gondersene|atar misin|atar misiniz|atabilir misin|atsana|ilet|iletin|iletir misin|iletir misiniz|iletebilir misin|yolla|yollar misin|yollasana|soyle|soyler misin|soyler misiniz|soylesene|okur musun|yazar misin|yazsana)\b/
    $tr_no = /\b(asla|kimseyle|kimseye|paylasmayin|paylasma|dolandirici[a-z]{0,4})\b/
    // "they blocked my account, I will send a code to your phone, help me send it back": the code is announced as
    // coming to the reader's phone (English, Nigerian Pidgin, French) ...
    $lk_coming = /\b(i|we|dem|they)( go|'ll| will|'m going to| am going to|'m| am| dey| wan| want to| need to)? (send|sending|text|texting|forward)( one| a| an| the| some)?( [0-9]-digit| [0-9] digit| six-digit| small| verification| whatsapp| facebook)? (code|otp|pin)( number)? (to|for|enter|inside|into|on) (your|ur|ya) (phone|number|line|mobile|sim|side)\b|\b(one|a|the|some)( [0-9]-digit| small| verification)? (code|otp|pin) (go|will|dey|is going to|should|wan) (come|enter|land|drop|arrive|reach)( for| to| on| in| inside)? (your|ur|ya) (phone|number|line|mobile|sim)\b/
    $lk_coming_fr = /\b(je vais|je dois|ils vont|on va)( t'| te | vous )?(envoyer|transferer)( un| le)? code\b|\bje (t'|te )(envoie|envoies|transfere)( un| le)? code\b|\b(tu vas|tu va|vous allez) recevoir (un|le) code\b|\bun code (va|vas) (t'arriver|arriver|venir|tomber|te parvenir)\b/
    // ... then asked back: "send am give me", "read it back to me", "renvoie-le moi", "envoie-moi le code"
    $lk_back = /\b(send|forward|give|drop|read|snap|screenshot|paste) am (back|give me|for me|to me)\b|\b(send|forward|read|text|screenshot|pass)( it| that| the code| the otp| the digits| them)? (back )?(to|for) me\b|\b(send|forward|read|text) (it|the code|the otp|them|that) (back|out)\b|\b(renvoie|envoie|donne|transfere|passe|renvoyez|envoyez|donnez|transferez)[- ](le|la)[- ]moi\b|\b(renvoie|envoie|donne|transfere|passe|renvoyez|envoyez|donnez|transferez)[- ]moi (le|ce) code\b/
    // ... and the account said to be blocked or locked (English, Pidgin, French)
    $lk = /\b(my|mi)( [a-z]{1,10})? (account|acct|whatsapp|facebook|fb|instagram|ig|page|line|number|telegram|tiktok|snapchat)\b.{0,30}\b(blocked|block|locked|lock|banned|ban|suspended|disabled|restricted|hacked)\b|\b(blocked|block|locked|lock|banned|suspend|suspended|disable|disabled|restrict|restricted) (my|mi) (account|acct|whatsapp|facebook|fb|instagram|ig|page|line|number)\b|\bmon (compte|whatsapp|facebook|numero)\b.{0,30}\b(bloque|suspendu|desactive|pirate|verrouille)\b|\b(bloque|suspendu|desactive|pirate|verrouille) mon (compte|whatsapp|facebook|numero)\b/
    // "my line is blocked, I want to use your number to receive my code": the writer's own line said to be
    // blocked (Ghana and Nigeria English, Pidgin, French) ...
    $lk_line = /\b(my|mi) (line|sim|number|phone number|mobile number|network)\b.{0,20}\b(blocked|block|barred|bar|suspended|deactivated|disconnected|not working|no dey work|seized|restricted)\b|\b(ma|mon) (ligne|puce|sim|numero)\b.{0,20}\b(bloquee?|suspendue?|desactivee?|coupee?|ne (marche|fonctionne) (pas|plus)|hors service)\b/
    // ... and the reader's number borrowed to receive the code
    $use_num = /\b(use|using|put|register|enter)( your| ur| ya) (number|line|phone number|phone|sim|no)\b( to| for| make i| and| go)? (receive|get|collect|verify|confirm|register)( my| the| one| a| some)?( verification| whatsapp| facebook| momo| bank| sms| small)? (code|otp|pin)\b|\b(utiliser|utilise|prendre|emprunter|mettre) (ton|votre) (numero|ligne|puce|telephone)( pour)? (recevoir|avoir|valider|activer|confirmer|obtenir) (mon|un|le|ce) code\b/
    // a friend's warning: "make you no give am", "ne le donne a personne"
    $lk_no = /\b(no|never) (give|send|share|forward|tell|show) (am|anybody|anyone|person)\b|\bmake (you|u) no\b|\bne (le |la |les )?(donne|envoie|partage|transmets|transfere|communique|renvoie|donnez|envoyez|partagez)\b|\ba personne\b|\bjamais\b/
  condition:
    (any of ($m*) and $back) or ($hi_mis and $hi_num and $hi_back and not $hi_rider)
    or ($es and $es_back) or ($fr and $fr_back) or ($pt and $pt_back)
    or (($nl and $nl_back) or ($sv and $sv_back) or ($de and $de_back)) and not $lk_no and not otp_negated_share
    or ($tr_mis and $tr_you and $tr_code and $tr_back and not $tr_no and sender_kind != "alpha" and sender_kind != "shortcode")
    or (($lk_coming or $lk_coming_fr) and ($lk_back or ($back and $lk)) and not $lk_no and not otp_negated_share)
    or ($use_num and ($lk_line or $lk) and ($back or $lk_back or $fr_back) and not $lk_no and not otp_negated_share)
}

rule otp_prove_you_are_real : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "'Before I proceed, prove you are real with the code I send': Google Voice style code theft; or a lost pet, a lost item or a marketplace listing answered, 'I need to verify you're the owner, what's the code I just texted you?' (US English); a marketplace buyer who sends an SMS code 'to check you are a real person' and asks for it (Dutch, Swedish, German, French, Indonesian, Tagalog, Vietnamese)"
  strings:
    $p = /\b(verify|confirm|make sure|prove|check|know) (that )?(you('re| are)|ur|u r|you r) (a )?(real|legit|legitimate|genuine|not a (scam|scammer|bot|fake|robot)|human|a real person|the real owner)/
    $c = /\b(code|otp|pin|digits)\b/
    // The lost-and-found or marketplace pretext: "are you the one who posted the lost dog on Nextdoor? I
    // found him, before I send pics I need to verify you're the owner, what's the code I just texted you?"
    // (US English): a post, a listing or a lost pet answered ...
    $post = /\b(nextdoor|craigslist|marketplace|offerup|letgo|kijiji|gumtree|facebook group|neighborhood group)\b|\b(lost|missing|found) (dog|cat|pet|puppy|kitten|wallet|keys|phone|ring|bike)\b|\b(you|u) (posted|listed|advertised|put up)\b|\b(your|ur|the) (listing|ad|post|flyer)\b/
    // ... the owner or the seller to be "verified" ...
    $owner = /\b(verify|confirm|make sure|prove|check|know) (that )?(you('re| are)|ur|u r|you r|you'?re really|you are really) (the |his |her |its |the real |the actual |the rightful )?(owner|seller|one who posted|person who posted|poster|real one)\b|\b(verify|confirm|prove) (your )?(ownership|identity)\b/
    // ... by the code the writer "just texted" or "sent" (Google Voice's code, forwarded to the writer)
    $sent_code = /\b(code|otp|pin|digits) (i|we) (just |am about to |'?m about to |will |'ll |'ve just |have just )?(sent|send|texted|text|sending|texting)\b|\b(code|otp|pin|digits) (you|u) (just |should have |should've )?(got|get|received|receive)\b|\bgoogle voice\b/
    // a marketplace buyer in Dutch, Swedish, German, French, Indonesian, Tagalog, Vietnamese: "to check you are a real
    // person I send you an SMS code, send it to me"
    $mk = /\b(marktplaats|2dehands|tweedehands|blocket|tradera|tutti|ricardo|anibis|kleinanzeigen|leboncoin|vinted|marketplace|carousell|olx|cho tot|chotot|advertentie|annons|annonsen|inserat|annonce|iklan|listing)\b/
    $human = /\b(echt bent|echte persoon|echt persoon|geen bot|geen oplichter|riktig person|inte en bot|inte ar en bot|echte person|kein bot|echt sind|echt bist|personne reelle|vraie personne|pas un robot|orang asli|orang sungguhan|bukan bot|bukan penipu|totoong tao|hindi bot|hindi scammer|nguoi that|khong phai bot|khong phai lua dao)\b/
    $mk_code = /\b(sms-code|code|kod|koden|kode|kode otp|otp|ma xac nhan)\b/
    $mk_back = /\b(stuur|sturen|door|skicka|skriv|senden|schicken|sagen|nennen|envoie|envoyez|renvoie|donne|kirim|kirimkan|kasih tau|sebutkan|ipadala|ibigay|sabihin|gui|doc)\b/
  condition:
    ($p and $c) or ($post and $owner and $sent_code and not otp_negated_share)
    or ($mk and $human and $mk_code and $mk_back and not otp_negated_share and sender_kind != "alpha" and sender_kind != "shortcode")
}

rule otp_share_code_request : phishing
{
  meta:
    action = "junk"
    weight = 3.5
    description = "Asks for the code that was just sent (share it, tell the agent, send it back), in English, Spanish, Portuguese, romanised Hindi, Chinese, Arabic or Urdu; or a temple trust, hotel or travel desk's booking (prasad, darshan, room, ticket) in the reader's name to confirm or cancel with the OTP (romanised Hindi, Hindi); or a carrier's free data or airtime (MTN, Airtel, Glo, Telecel) 'activated' by sending the code you will receive back to a number (Nigerian and Ghanaian English); or a stranger claiming a family tie ('your papa's friend', 'your uncle asked me') who says he is sending you money and asks for the OTP that comes (romanised Hindi, Hindi, Indian English); or a scholarship or government payment to be transferred to the reader, who is asked for the PhonePe, GPay or account number and told an OTP will come (Hinglish); or a stranger's vote for a baby competition or a delivery rider's 'wrong code': a code will come to your phone, send me the code (West African English, Nigerian Pidgin); or a stranger claiming to be a friend of the reader's mother, aunt or father whose code 'came to your number', asking for it with no money story (romanised Urdu and Hindi)"
  strings:
    $en1 = /\b(share|send|forward|tell|give|read|provide)( us| me| our (agent|representative|team|advisor)| the (agent|representative|caller))? (the|that|this|your) ([0-9]-digit |six-digit |verification |security |confirmation |activation |one-time |otp )?(code|otp|pin)( number)? ((that |which )?(was |we |i )?(just )?(sent|texted|received|sent to you|you received|you got)|(we|i) (are|am) sending( now| you)?|(we|i)('ll| will) (send|be sending)|to (keep|activate|unlock|verify|secure|confirm|reactivate|restore|claim|receive)|when (they|we|our agent|the agent) call)/
    $en2 = /\b(tell|give|read) (our|the) (agent|representative|advisor|caller|support team) (the|that|your) (code|otp|pin)\b/
    // an id with it: "send your BVN and the OTP sent to you"
    $id_and_code = /\b(send|share|provide|give|forward)( us| me)? (your|the) [a-z]{2,12}( number)? (and|&) (the|your) (otp|code|pin|token)\b/
    $es = /\b(codigo)\b.{0,40}\b(por error|por equivocacion)|\bnecesito (tu [a-z]{2,10} y )?el codigo (que te (llego|llega|mandaron|enviaron))\b|\b(reenvia|reenviar|reenviame|pasame|dime|enviame|mandame)(me)?( el| ese)? (codigo)|me lo (puedes|podrias) (reenviar|pasar|mandar)/
    // (a gate's, a padlock's or the Wi-Fi's code asked of a relative is no one-time code)
    $pt_phys = /\bcodigo (do|da|de) (portao|portaria|cadeado|alarme|wifi|wi-fi|predio|condominio|armario|fechadura|garagem|elevador)\b/
    $es_phys = /\bcodigo (del|de la|de) (portal|puerta|porton|alarma|wifi|wi-fi|garaje|candado|caja fuerte|buzon|trastero|ascensor)\b/
    $pt = /\b(codigo)\b.{0,40}\bpor engano|\b(me (manda|envia|passa)|reenvia|encaminha)( o| esse)? codigo/
    // "OTP aaya hoga, reply karo": the code's arrival, then a request (two patterns, not one with a
    // gap before "reply", which hostile text repeats)
    $hi1 = /\b(otp|code)\b.{0,30}\b(aaya|aya|mila|aayega)\b/
    $hi2 = /\b(reply|bata|batao|batayein|bhej|bhejo|bhejiye|bhejein|share|de do|dijiye|send)\b/
    // ... not the code already passed on ("galti se mujhe bhej diya": sent to the writer, nothing asked)
    $hi2_done = /\b(bata|bhej|share|send) (diya|di|dia|chuka|chuki|chuke)\b/
    // the delivery code told to the rider at the door, not sent to the writer
    $rider = /\b(delivery (boy|guy|wala|wale|partner|person|agent|executive)|rider|driver) ko\b/
    // ... or asked for by a son or daughter whose delivery is at the door ("papa, OTP aaya hoga, delivery wala khada hai")
    $door = /\bdelivery (boy|guy|wala|wale|vala|partner|person|agent|executive)\b|\b(amazon|flipkart|courier|parcel|zomato|swiggy|blinkit|zepto|meesho|myntra|ekart|delhivery) (wala|wale|vala|boy|guy|bhaiya)\b/
    $hi = /\b(otp|code) (bata do|bata dena|bata dijiye|batao|batayein|bhejo|bhej do|bhejiye|bhejein|bhej dijiye|share karo|share kar do|share kijiye|de do|dijiye)\b/
    $zh = /(验证码|驗證碼|短信码).{0,15}(告诉|发给|发送给|转发|提供给|报给)|验证码.{0,12}(告诉我|发我|给我)/
    // the service's own warning: "do not give the code to others", "giving it to others may get the
    // account stolen" (a request names who to give it to: me, the agent, customer service)
    $zh_warn = /(勿|不要|切勿|千万别|严禁|不得|请勿|請勿|切莫)(将|把|向)?.{0,4}(验证码|驗證碼|短信码)|(告诉|告知|发给|发送给|转发|提供给|报给|泄露给|透露给)(或.{0,9})?(他人|任何人|别人|陌生人|第三方)|(可能|将|会)导致/
    $zh_to_us = /(验证码|驗證碼|短信码).{0,12}(告诉我|发我|给我|发给我|客服|工作人员|专员|我们)/
    // a "bank officer" asking to be given the code that will arrive (Spanish, Arabic, Urdu)
    $es2 = /\b(proporcione|proporcioneme|proporcionenos|indiquenos|digame|dictenos|compartanos|facilitenos)\b.{0,30}\b(codigo|clave|token)\b/
    // the Saudi "Nafath / Absher employee": "a code reached your phone, send it to me" (ارسله لي)
    $ar = /(رمز|كود|الرمز).{0,60}(تزويدنا|تزودنا|إرساله لنا|ارساله لنا|إعطائنا|اعطائنا|مشاركته)|(أرسل|ارسل|أرسلي|ارسلي|ابعث|ابعثي)( لي| لنا)? (رمز|كود|الرمز|الكود)|(رمز|وصلك|وصلتك|جاك|جاءك|نفاذ|أبشر|ابشر).{0,80}(أرسله لي|ارسله لي|أرسلهلي|ارسلهلي|أرسليه لي|ارسليه لي|أرسلها لي|ارسلها لي|ابعثه لي|ابعثيه لي)/
    $ur = /(کوڈ|کود).{0,60}(بتائیں|بتا دیں|بھیج دیں|بھیجیں|شیئر کریں)/
    // a bank's own warning says the opposite ("nunca le pediremos que nos proporcione el codigo")
    $nunca = /\b(nunca|jamas)\b|(لن نطلب|لا تشارك|لا تعط|کبھی|نہ بتائیں|مت بتائیں)/
    // "I will send a code now, read it back to me", "send your SIM serial and the code we will send you"
    $back = /\b(read|send|tell|give) (it|the code|that code|the otp) back to (me|us)\b|\band the code (we|i) (will |'ll )?send\b/
    $code = /\b(code|otp|pin)\b/
    // romanised Bangla: "code ta bolle thik kore dibo" (tell me the code and I'll fix it)
    $bn = /\b(code|otp|pin)( ta| ti| number ta)? (bolle|bolen|bolun|bolo|diye den|den|dao|pathan|pathiye)\b/
    // a friend or relative on a shared account: the familiar "you" (tere, tumhare; the script says
    // "aapke") and what the writer is doing with it ("booking kar raha hu", "maine ... order kiya"),
    // with no "by mistake"
    $familiar = /\b(tere|tera|teri|tujhe|tumhare|tumhara|tumhari|tumhe|tumko)\b/
    $own_use = /\b(kar|kr|bana|khol|bhar|set kar|register kar) (raha|rahi|rha|rhi) (hu|hoon|hun|hu)\b|\bmaine\b.{0,40}\b(order|book|booking|login|recharge|payment|apply)\b|\b(tere|tera|teri|tumhare|tumhara) (number|no|account|acc|phone|mobile|id) se\b/
    $mistake = /\b(galti|galati|ghalti|mistake|wrong number|galat number)\b/
    // ... or a son or daughter who names the parent first ("Mummy, ... main recharge kar raha hu"), unless on a "new number"
    $newnum = /\b(naya|nayi|new|dusra|doosra|dusri) (number|no|phone|sim|mobile)\b|\bphone (kharab|toot|tut|gir|kho|chori)/
    // a mother or father at their own bank's branch or counter, the account linked to the child's phone
    // ("beta, OTP aaya hoga, bata de, main branch mein khadi hoon", "counter pe hoon", "at the bank right
    // now"), with a relative addressed or the familiar "you"; not one who speaks from the bank
    $branch = /\b(branch|bank|counter|cash counter)( mein| me| mai| main| pe| par| pr)( hi| abhi)? (hoon|hun|hu|khadi|khada|khade|baithi|baitha|baithe|aayi|aaya|aai|hai|hain|line mein|line me|queue mein)\b|\b(i'?m|i am|im|we'?re|we are) (at|in) the (bank|branch|counter)\b/
    $bank_caller = /\b(se|ki taraf se|ki or se) (bol|baat kar) (raha|rahi|rahe|rha|rhi)\b|\bcalling (you )?from\b/
    // the fake booking: a temple trust, hotel or travel desk says a prasad, darshan, room or ticket was
    // booked in the reader's name and asks for the OTP "to confirm or cancel" (romanised Hindi, Hindi;
    // a Devanagari letter is three bytes)
    $bk = /\b(aapke|apke|aap ke|aapka|apka|aapki|apki) (naam|name) (se|par|pe|pr|per)\b|\b(mandir|temple|devasthan|devasthanam|sansthan|dham) (trust|samiti|committee|office|counter)\b|\b(travel|booking|hotel|reception) (desk|agency|counter|office) se\b/
    $bk_ask = /\botp\b.{0,40}\b(bata|batao|bataye|bataiye|batayein|bataen|batayen|btao|bta|bol do|boliye|bol dijiye|share|bhej|bhejo|bhejiye|bhejein|de do|dijiye)\b/
    // a relative's own booking ("papa, aapke naam se ticket book kiya hai"): a relative addressed first (not "Maa
    // Vaishno Devi" inside the text), and the writer's own act, where the scam's booking "hui hai" or "kisi ne ki hai"
    $bk_rel = /^((hi|hello|namaste|salam|assalam|suno|arre) )?(papa|pappa|mummy|mumma|maa|mom|mum|dad|didi|beta|beti|chachu|chacha|mausi|nani|dadi|baji|appi|api|ammi|abbu|amma|bhaijan|bhai jaan|khala|phuppo|phupho)\b/
    $bk_did = /\b(book|booking) (kiya|ki|kar di|kar diya|kardi|kardiya|karwaya|karwayi|karwa di|kara di) (hai|hain|h|tha)\b/
    $bk_me = /\bmaine\b/
    // a family warning: "OTP kisi ko mat batana"
    $bk_no = /\bkisi (ko|se|aur ko)\b|\bmat (bata|batana|batao|share|bhej|bhejna|dena|do)\b|\b(batana|bataye|batayen|share|bhejna|dena) (mat|nahi|nahin)\b|\b(share|bata|bhej) (na|nahi) (karein|karen|kare|kijiye|karna|dena|dijiye)\b/
    $bk_hi = /(आपके|आपका|आपकी) (नाम|मोबाइल नंबर|नंबर) (से|पर|पे)|(मंदिर|देवस्थान|संस्थान|धाम) (ट्रस्ट|समिति|कार्यालय)|(ट्रैवल|ट्रेवल|होटल|बुकिंग) (डेस्क|एजेंसी)/
    $bk_ask_hi = /(ओटीपी|otp|कोड).{0,60}(बताइए|बताइये|बताएं|बताएँ|बताये|बतायें|बता दीजिए|बता दीजिये|बता दें|बता दे|बताओ|शेयर करें|शेयर कीजिए|शेयर कर दें|भेजें|भेज दीजिए|भेज दें|भेजिए|बोलिए|बोल दीजिए)/
    // a relative's own booking or warning ("maine tumhare naam se", "kisi ko mat batana", "papa, ..." first)
    $bk_own_hi = /(मैंने|मैने|कर रहा हूँ|कर रहा हूं|कर रही हूँ|कर रही हूं|तुम्हारे|तुम्हारा|तुम्हारी|तेरे|तेरा|किसी को|मत (बताना|बताएं|बताएँ|बताइए|बताओ|बताये|शेयर|भेज|देना))/
    $bk_rel_hi = /^((नमस्ते|सुनो) )?(पापा|मम्मी|माँ|मां|बेटा|बेटी|दीदी)/
    // The bank or authority caller in Nepali or Hindi: "I'm speaking from the bank, a suspicious
    // transaction on your account, tell me the OTP that came to your mobile" (the ask with a space
    // before it: the negated "नबताउनुहोस्" of a bank's own warning is no ask)
    $np_ask = /(ओटीपी|otp|कोड|पिन).{0,90} (बताउनुहोस्|भन्नुहोस्|पठाउनुहोस्|दिनुहोस्|सेयर गर्नुहोस्)/
    $np_no = /(कसैलाई|कहिल्यै|कहिले पनि|नबताउनु|नभन्नु|नदिनु)/
    $np_rel = /^((नमस्ते|सुन) )?(आमा|बुबा|बाबा|दिदी|दाइ|भाइ|बहिनी|छोरा|छोरी|हजुरआमा|हजुरबुबा)/
    $hi_caller = /(बैंक|एसबीआई|कस्टमर केयर|ग्राहक सेवा|केवाईसी|खाता|कार्ड|बाट).{0,30}(से बोल|बोल्दै|बंद|ब्लॉक|शंकास्पद|संदिग्ध)|से बोल (रहा|रही|रहे) (हूँ|हूं|हु|हैं)/
    // The family friend who "sends money": "beta, main tumhare papa ka dost hu, papa ne bola tha tumhe 15000
    // bhejne ko, mera UPI nahi chal raha, dusre app se bhej raha hu, OTP aayega wo bata dena" (romanised Hindi,
    // Indian English, Hindi): the writer's own claim of a tie to the reader's family ("I am your father's
    // friend", "your uncle asked me") ...
    $ff_who = /\b(main|mai|mein|hum) (tumhare |tumhari |aapke |apke |tere |aap ke |ap ke )?(papa|pappa|papaji|pitaji|daddy|dad|abbu|mummy|mama|mamaji|chacha|chachu|tauji|fufa|fufaji|mausa|mausaji|bhaiya|uncle)( ji| sahab)? (ka|ke|ki) (dost|friend|colleague|saathi|sathi|saheli|partner)\b|\b(papa|pappa|papaji|pitaji|daddy|dad|abbu|mummy|mama|mamaji|chacha|chachu|tauji|fufa|mausa|bhaiya|uncle)( ji| sahab)? (ka|ke|ki) (dost|friend|colleague|saathi|sathi|saheli) (hu|hoon|hun|bol raha|bol rha|bol rahi|baat kar raha)\b|\b(tumhare|tumhari|aapke|apke|aap ke|ap ke|tere) (papa|pappa|papaji|pitaji|daddy|dad|abbu|mummy|mama|mamaji|chacha|chachu|tauji|fufa|mausa|bhaiya|uncle)( ji| sahab)? ne (mujhe |hume |humein )?(bola|kaha|kahaa|bataya|boli|kahi)\b|\b(uncle|aunty|anty|chacha|mamaji|kaka) (bol|baat kar) (raha|rahi|rha|rhi)\b|\b(i am|i'm|im|this is|it'?s) (your |ur )?(father|dad|daddy|papa|uncle|mother|mom|mum|mummy|brother|husband)'?s? (old |close |office )?(friend|colleague|business partner)\b|\b(your|ur) (father|dad|daddy|papa|uncle|mother|mom|mum|mummy)( ji)? (asked|told|instructed|requested) me\b/
    $ff_who_dev = /(मैं|मै|हम) (तुम्हारे |तुम्हारी |आपके |तेरे )?(पापा|पिताजी|पिता जी|चाचा|मामा|ताऊ|फूफा|मौसा|भैया|अंकल)( जी)? (का|के|की) (दोस्त|मित्र|साथी|सहकर्मी)|(पापा|पिताजी|चाचा|मामा|अंकल)( जी)? (का|के|की) (दोस्त|मित्र|साथी) (हूँ|हूं|हु|बोल रहा)|(तुम्हारे|तुम्हारी|आपके|तेरे) (पापा|पिताजी|पिता जी|चाचा|मामा|अंकल|मम्मी)( जी)? ने (मुझे )?(कहा|बोला|बताया)/
    // ... or a stranger's tie to a mother, an aunt or a sister ("main aapki ammi ki saheli hun", "tumhari khala ki jaan
    // pehchan wali"), the code said to have come to the reader's number and asked back, with no money story (romanised Urdu and Hindi)
    $ff_who_ur = /\b(main|mai|mein|hum) (aapki|apki|aapke|apke|tumhari|tumhare|teri|tere|aap ki|aap ke) (ammi|ami|amma|ammu|abba|abbu|khala|khalu|mamu|mamoo|phuppo|phupho|chachi|taya|tayi|nana|nani|dada|dadi|bhai|baji|appi|behen|bhabhi)( jaan| ji)? (ka|ke|ki) (dost|friend|colleague|saathi|sathi|saheli|partner|jaan pehchan wali|jaan pehchan wala|jan pehchan wali|jan pehchan wala|padosi|padosan|rishtedar)\b/
    $ff_code_you = /\b(code|otp)\b.{0,40}\b(aapke|apke|tumhare|tere|aap ke|ap ke) (number|phone|mobile|no)\b|\b(aapke|apke|tumhare|tere|aap ke) (number|phone|mobile) (pe|par|pr)\b.{0,40}\b(code|otp)\b/
    $ff_ask_ur = /\b(batayen|bataen|batain|batayein|bataiye|bata dein|bata den|bata do|bata dijiye|bhej dein|bhej do|bhejen|bhejein|bhejiye|bhej dijiye|send kar dein|send kar do|forward kar dein|forward kar do)\b/
    // ... the money he says he is sending to the reader ...
    $ff_send = /\b(bhej|transfer kar|send kar|daal|dal)( raha| rahi| rha| rhi) (hu|hoon|hun|hai|hain)\b|\b(bhejne|bhejna|transfer karne|transfer karna|dalne|daalne) (ko|ke liye|ka|hai|hain|tha|the)\b|\b(bhej|transfer kar) (du|dun|doon|diye|diya|dunga|dungi)\b|\b(i am|i'm|im|i will|i'll|i want to|i have to) (send|sending|transfer|transferring|credit|crediting)\b|\b(asked|told|instructed|requested) me to (send|transfer|give|pay|credit)\b|\b(i have|i've|i|just) (sent|transferred|credited) (you|u|it|the money|rs|inr|[0-9])/
    $ff_send_dev = /(भेज|ट्रांसफर कर|डाल) (रहा|रही) (हूँ|हूं|हु|है|हैं)|(भेजने|ट्रांसफर करने|डालने) (को|के लिए|का|हैं|है)|(भेज|ट्रांसफर कर) (दूँ|दूं|दू|दिए|दिया|दूंगा|दूँगा)/
    // ... and the code that comes asked back (with $hi, $bk_ask, $bk_ask_hi): "confirm the OTP that comes and tell me"
    $ff_ask_en = /\b(tell|send|share|forward|read|give|confirm)( me| us| out)?( the| that| this)? (otp|code)\b|\b(otp|code)\b.{0,40}\b(tell|send|share|forward|read|give)( it| that| the same)?( back)?( to| with)? (me|us)\b/
    // a warning about it: "never share", "it is a fraud", "dhokha"
    $ff_no = /\b(never|do not|don'?t|dont) (share|tell|give|disclose)\b|\b(scam|scammers?|fraud|fraudsters?|beware|savdhan|sawdhan|dhokha|thagi)\b|(कभी|किसी को|मत बता|धोखा|ठगी|सावधान)/
    // The scholarship or government payment "to transfer to your account": "aapki beti ka scholarship ka
    // 26,000 aaya hai, transfer karna hai, PhonePe number batao, main OTP bhejta hoon" (Hinglish): the
    // payment named ...
    $sch = /\b(scholarship|chhatravritti|chatravriti|chhatravriti|chatravritti|vazifa|wazifa|yojana|yojna|pm kisan|kisan samman|ladli behna|ladki bahin|subsidy|sarkari (paisa|paise|madad|rashi|scheme)|government (scheme|fund|payment|money|grant)|dbt)\b/
    // ... said to be due or to be transferred to the reader ...
    $sch_due = /\b(transfer|bhejna|bhejne|dalna|daalna|jama|credit)( karna| karne| kar| krna)? (hai|he|hain|h|wala|wale|rahe|raha)\b|\b(aaya|aya|aayi|ayi|aa gaya|aa gya|mila|mili|approve|approved|sanction|pass) (hai|hua|hui|ho gaya|ho gya|hua hai|ho gaya hai)\b/
    // ... the reader's wallet or account number asked for ...
    $sch_num = /\b(phone ?pe|phonepay|gpay|g pay|google ?pay|paytm|upi|bank|account|khata|khate)( wala| ka| ke)? (number|no|id|details|detail|nambar)( [a-z]{1,8})? (batao|bata do|bata dijiye|bataiye|batayein|bataye|btao|bhejo|bhej do|bhejiye|bhej dijiye|do|dijiye|send karo|share karo|likho|likh do)\b/
    // ... and the OTP the writer says he will send ("main OTP bhejta hoon", "OTP aayega")
    $sch_otp = /\b(main|mai|mein|hum|ham)( aapko| apko| tumhe| tumko| abhi)? (otp|code) (bhej|send kar)\w{0,6}\b|\b(otp|code) (aayega|aaega|ayega|aega|aa jayega|jayega|jaega|aaye|aaega)\b|\b(i will|i'll|i am|i'm) (send|sending) (you )?(an |the |a )?(otp|code)\b/
    // the carrier's free data or airtime: "MTN is giving you free 10GB", "Airtel bonus airtime" ...
    $tel = /\b(mtn|airtel|glo|globacom|9mobile|etisalat|vodafone|telecel|airteltigo|airtel ?tigo)\b/
    $gift = /\b(free|bonus|gift(ed)?|giveaway|give ?away|reward(ed)?|won|win)\b.{0,30}\b([0-9]{1,3} ?(gb|mb)|data|airtime|recharge card|call credit|bundle)\b|\b([0-9]{1,3} ?(gb|mb)|data|airtime)( bundle| bonus)? (for )?free\b/
    // ... activated by the code returned to a number ("send the code to this number to activate it")
    $code_to_num = /\b(send|forward|text|sms|resend|reply)( it| the code| that code| this code| the pin| the otp| the [0-9]-digit code| the [0-9] digit code| the activation code| the verification code)?( back)? (to|via|on) ((this|the|my|our|same|that|above|below) (number|line|whatsapp)|\+?[0-9])/
    // a son or daughter sharing data at home ("Mummy, I sent you 2GB, a code will come, send it to me")
    $rel_en = /^((hi|hello|good (morning|afternoon|evening)) )?(mum|mummy|mom|mommy|mama|dad|daddy|papa|sis|bro|aunty|auntie|uncle|baby|babe|grandma)\b/
    // The West African account takeover from a stranger: "vote for my daughter in the baby competition, a code
    // will come to your phone, send me the code"; "I'm the delivery rider, the code I used for your delivery is
    // wrong, check the message I just sent you and send me the code" (English, Nigerian Pidgin): the code said
    // to come or to be wrong ...
    $wa_came = /\b(code|otp|pin|message|sms|text) (will|go|dey|is going to|just|has|have|was|don|will be|has been|have been|wey just|wey)( just| now)? (come|came|coming|enter|entered|drop|dropped|arrive|arrived|land|landed|reach|sent|send|pop up)\b/
    $wa_wrong = /\b(code|otp|pin)\b.{0,40}\b(wrong|incorrect|not correct|no correct|invalid|not working|no dey work)\b|\bcheck (the|your|ya|ur) (message|sms|text|inbox|messages)\b/
    // ... asked for ...
    $wa_ask = /\b(send|forward|text|give|drop|screenshot|snap|read|pass)( me| us) (the|that|this|ya|your|ur)( [0-9]-digit| six-digit| [0-9] digit)? (code|otp|pin|digits|numbers|message|sms)\b|\b(send|forward|text|give|drop|screenshot|read|pass) (it|that|am|the code|the otp|the message|the sms)( back)? (to|for|give) (me|us)\b/
    // ... under a pretext: a vote, a competition, a delivery
    $wa_pre = /\b(vote|votes|voting|competition|contest|pageant|award|nominee|delivery|dispatch|rider|courier|waybill|package|parcel)\b/
    // a parent's own code or order on the child's number ("mummy's OTP", "my package")
    $wa_own = /\b(my|mummy'?s|mum'?s|mom'?s|daddy'?s|dad'?s|papa'?s|mama'?s)( [a-z]{1,10})? (otp|code|order|package|parcel|account|delivery)\b/
  condition:
    (any of ($en*, $bn) or ($es and not $es_phys) or ($pt and not $pt_phys) or ($zh and not ($zh_warn and not $zh_to_us)) or ($back and $code))
    or ($hi and not ($familiar and $own_use and not $mistake) and not ($bk_rel and $own_use and not $mistake and not $newnum) and not ($bk_rel and $bk_did) and not (($familiar or $bk_rel) and $branch and not $bank_caller))
    or ($id_and_code and not otp_negated_share and sender_kind != "alpha" and sender_kind != "shortcode") or (any of ($es2, $ar, $ur) and not $nunca) or ($hi1 and $hi2 and #hi2 > #hi2_done and @hi2[#hi2] > @hi1[1] and not $rider and not ($bk_rel and $door) and not ($familiar and $own_use and not $mistake) and not ($bk_rel and $own_use and not $mistake and not $newnum) and not ($bk_rel and $bk_did)
      and not (($familiar or $bk_rel) and $branch and not $bank_caller))
    or ((($np_ask and not $np_no and not $np_rel) or ($bk_ask_hi and $hi_caller and not $bk_own_hi and not $bk_rel_hi))
      and sender_kind != "alpha" and sender_kind != "shortcode")
    or ((($bk and $bk_ask and not $bk_no and not $bk_rel and not ($bk_did and $bk_me) and not $rider and not ($familiar and $own_use and not $mistake)) or ($bk_hi and $bk_ask_hi and not $bk_own_hi and not $bk_rel_hi))
      and not otp_negated_share and sender_kind != "alpha" and sender_kind != "shortcode")
    or ($tel and $gift and $code and $code_to_num and not $rel_en and not otp_negated_share and sender_kind != "alpha" and sender_kind != "shortcode")
    or (($ff_who or $ff_who_dev) and ($ff_send or $ff_send_dev) and ($hi or $bk_ask or $bk_ask_hi or $ff_ask_en)
      and not $bk_no and not $ff_no and not $rider and not ($bk_rel and $door) and sender_kind != "alpha" and sender_kind != "shortcode")
    or (($ff_who or $ff_who_ur) and $ff_code_you and ($hi or $ff_ask_en or $ff_ask_ur)
      and not $bk_no and not $ff_no and not $rider and sender_kind != "alpha" and sender_kind != "shortcode")
    or ($sch and $sch_due and $sch_num and $sch_otp and not $bk_no and not $ff_no and sender_kind != "alpha" and sender_kind != "shortcode")
    or (($wa_came or $wa_wrong) and $wa_ask and $wa_pre and not $rel_en and not $wa_own and not otp_negated_share
      and sender_kind != "alpha" and sender_kind != "shortcode")
}

rule otp_esim_swap : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "The eSIM swap: 'upgrade to eSIM free, reply with your e-mail or the code for the QR', from someone's number (the QR moves your number to their phone)"
  strings:
    $esim = /\be-?sim\b/
    $ask = /\b(reply|send|share|text|forward)\b/
    $what = /\b(e-?mail|email id|otp|code|qr)\b/
  condition:
    $esim and $ask and $what and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule otp_tell_the_code_ru : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Asked to tell or dictate the code from the next SMS to an 'operator' or 'specialist' (Russian, Ukrainian)"
  strings:
    $ask = /(сообщите|назовите|продиктуйте|скажите|скажи|повідомте|назвіть|продиктуйте) (нам |мне |оператору |специалисту |спеціалісту )?(код|пароль)|код,? который (придет|прийдет|пришел)/
  condition:
    $ask
}

rule otp_central_bank_safe_account_ru : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "The 'central bank security service': a fraud attempt on your account and your money to be protected (Russian)"
  strings:
    $who = /(служба безопасности|центробанк|центрального банка|цб рф|қауіпсіздік қызмет)/
    $what = /(мошенничеств|защиты средств|защитить средства|безопасный счет|безопасный счёт|резервный счет|подозрительн|оформлен.{0,30}кредит|несие)/
  condition:
    $who and $what
}

rule otp_code_coming_send_it : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A code is about to reach the reader's phone (a group to join, a reward to redeem) and the sender asks for it"
  strings:
    $coming = /\byou('ll| will) (get|receive) an? ([0-9]-digit |6 digit |six-digit )?(code|otp)\b|\ban otp has (come|been sent)\b|\botp (has )?come on your phone\b|\bcode (has been |was )?sent to your phone\b/
    $ask = /\b(send|share|forward|tell|read)( me)? (it|the (otp|code)|that code)\b|\bcan you send it to me\b/
  condition:
    $coming and $ask and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule otp_courier_needs_code : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A 'driver' or 'courier' of a parcel firm or a food or grocery app (Amazon, FedEx, UPS, DoorDash), at your door or gate, the gate or locker not working or nobody answering, or unable to find the address, asks you to read, tell or send him the code that is just sent or about to arrive on your phone, or the one 'you'll get from Amazon or the app' (an account-takeover code; English, Spanish, romanised Hindi)"
  strings:
    // the writer says he is the driver or the courier (first person), or names the role and stands at the door himself
    $who = /\b(i'?m|i am|im|this is|it'?s|its)( [a-z]{1,12})?,? (the |your |ur |ya )?([a-z]{1,12} ){0,2}(delivery (driver|guy|man|boy|person|agent|executive|partner|rider)|courier|driver|dispatch rider|rider|postman|postie|mail carrier|carrier|dasher|shopper)\b|\b(courier|driver|rider|dasher|delivery (guy|man|boy|agent))( [a-z]{1,12})? here\b/
    // "this is Jamie from DPD", "I'm Rosa with USPS"
    $who_from = /\b(this is|i'?m|i am|im|it'?s|its) [a-z]{1,12},? (from|with) (the )?(usps|ups|fedex|dhl|royal ?mail|evri|hermes|dpd|yodel|parcelforce|amazon|australia post|auspost|aramex|startrack|couriers please|canada post|purolator|an post|nz ?post|courierpost|ontrac|lasership|gls|inpost|jumia|flipkart|ekart|delhivery|dtdc|blue ?dart|xpressbees)\b/
    $role = /\b(amazon|evri|hermes|dpd|dhl|ups|fedex|usps|royal mail|yodel|parcelforce|aramex|gls|ontrac|jumia|flipkart|ekart|delhivery|dtdc|bluedart|blue dart|xpressbees|meesho|shopee|lazada|delivery|parcel|package|courier) (delivery )?(driver|courier|rider|guy|man|boy|agent|executive|partner)\b|\b(doordash|door dash|instacart|grubhub|uber ?eats|postmates|shipt|gopuff) (driver|dasher|shopper|courier|delivery)\b|\b(your|ur|the) (dasher|shopper)\b/
    // ... or stands at the door with the reader's parcel or order ("I'm at your gate with your Amazon package")
    $carry = /\b(with|have|got) (your|ur|ya) (amazon |fedex |ups |usps |dhl |doordash |instacart |grubhub |uber ?eats )?(package|parcel|delivery|order|groceries|food|box)\b/
    $at = /\b(i'?m|i am|im|am) (now |just |currently |already |standing |waiting )?(at|outside|by|in front of|downstairs at|at the front of) (your|ur|ya|the)( front| main| building| street)? (door|gate|house|flat|building|address|place|home|entrance|property|apartment|lobby|reception|compound)\b|\b(i'?m|i am|im) (outside|downstairs|at the door|at the gate)\b|\b(can'?t|cannot|can not|couldn'?t|unable to|not able to) (find|locate|see) (your|ur|the) (address|house|flat|building|place|door|street|gate|apartment)\b/
    // the code said to be just sent, arriving or about to arrive on the reader's phone
    $arr1 = /\b(code|otp|pin|passcode|digits?|number)\b.{0,30}\b(just|now|sent|texted|came|coming|come|arrive|arrived|arriving|pop up|pops up|popped up|come through|comes through|coming through|you got|you received|u got)\b/
    $arr2 = /\b(sent|texted|send|sending)( you| to you| to your (phone|mobile|number))? (a|an|the|one)( [a-z0-9-]{1,12}){0,2} (code|otp|pin)\b/
    $arr3 = /\b(you|u)('ll| will|'ve| have| are about to| are going to|'re about to|'re going to| should)?( just| soon| now)? (get|receive|got|received) (a|an|the)( [a-z0-9-]{1,12}){0,2} (code|otp|pin|text|sms|message)\b/
    // ... and asked for: read it out, tell me, text it back, what does it say
    $ask1 = /\b(read|tell|send|text|give|share|forward|say|pass|confirm)( it| that| them| the code| the otp| the number| the digits| the pin)?( out| back| over)?( to)? (me|us)\b|\b(read|tell|send|text|give|share|forward|say|pass)( it| that| them) (back|out|over)\b|\breply with (it|the code|the otp|the number|the digits)\b|\bwhat (does|did) (it|the (code|text|message|sms)) say\b/
    $ask2 = /\b(tell|send|give|share|read|forward|text|say|confirm|provide)( me| us)? (the|that|this|your|ur)( [a-z0-9-]{1,12}){0,2} (code|otp|pin|number|digits)\b/
    $ask3 = /\bi need (the|that|this|your|ur)( [a-z0-9-]{1,12}){0,2} (code|otp|pin|number|digits)\b|\b(send|text|forward|read) it (asap|now|quickly|fast|please|pls|to this number|here)\b|\b(text|send|read|forward|reply)( me)? back (the|that|this|your|ur)( [a-z0-9-]{1,12}){0,2} (code|otp|pin|number|digits)\b/
    // "what's the code ...": only beside a code the service is about to send (a real driver asks a gate code this way)
    $ask_q = /\bwhat('?s| is| was| does) (the|that|it|ur|your) (code|otp|pin|number|digits|say)\b/
    // The code a service is about to send or has just sent: "the code you'll get from Amazon", "the code that's
    // coming", "Amazon will text you a code", "the code DoorDash sent you": an account's sign-in code, which
    // no driver needs (a gate, buzzer or locker code the resident knows is asked in other words)
    $svc1 = /\b(code|otp|pin|passcode)( number)? (that |which )?(you('ll| will| are about to| are going to|'re about to|'re going to| should| might)|u('ll| will| should)|ya('ll| will))( soon| now| just)? (get|receive|be getting|be receiving)\b/
    $svc2 = /\b(code|otp|pin|passcode)( number)? (that'?s|that is|thats|which is|is) (coming|about to (come|arrive|pop up)|on (its|the) way|going to (come|arrive)|gonna (come|arrive))\b/
    $svc3 = /\b(code|otp|pin|passcode) (will|should|is going to|is gonna|is about to|gonna) (come|arrive|pop up|be sent|show up|come through|be texted)\b/
    $svc4 = /\b(amazon|fedex|ups|usps|dhl|doordash|door dash|instacart|grubhub|uber ?eats|postmates|shipt|gopuff|ontrac|lasership|the app|the company|dispatch|my dispatcher|the system)( will| is going to| is gonna|'ll| is about to| just| is)? (send|sending|text|texting|sent|texted|sends|texts)( to)?( you| your phone| ya| u)? (a|an|the|one)( [a-z0-9-]{1,12})? (code|otp|pin|passcode)\b/
    $svc5 = /\b(code|otp|pin|passcode) (from|by|sent by|texted by|sent from) (amazon|fedex|ups|usps|dhl|doordash|door dash|instacart|grubhub|uber ?eats|postmates|shipt|gopuff)\b|\b(code|otp|pin|passcode) (amazon|fedex|ups|usps|dhl|doordash|instacart|grubhub|uber ?eats|the app|they) (sent|sends|texted|texts|will send|will text|is sending|just sent|just texted)\b/
    // Spanish: "soy el repartidor de DHL ... le acaba de llegar un codigo, me lo puede dictar?"
    $es_who = /\bsoy (el |la |su |tu )?(repartidor|repartidora|mensajero|mensajera|conductor|conductora|chofer|cartero|cartera|transportista|driver|delivery)\b|\b(le|te) (habla|escribe) (el |la |su |tu )(repartidor|repartidora|mensajero|mensajera|chofer|cartero|cartera|driver|delivery)\b/
    // ... or names the firm's role and stands at the door, gate or locker, finds nobody or cannot find the house
    $es_role = /\b(repartidor|repartidora|mensajero|mensajera|chofer|conductor|driver)( de| del)? (amazon|fedex|ups|usps|dhl|estafeta|correos|seur|mrw|gls|mercado ?libre|doordash|uber eats|rappi|didi food|paquetexpress|servientrega|coordinadora|chilexpress|andreani)\b/
    // (the driver named by someone else, "el repartidor de Amazon esta en el porton", is a relative's errand, not the writer)
    $es_third = /\b(el|al|del|un|una|la) (repartidor|repartidora|mensajero|mensajera|chofer|conductor|driver)\b/
    $es_at = /\bestoy (en|afuera de|fuera de|frente a|abajo de|en la puerta de) (su|tu|la) (casa|puerta|porton|domicilio|edificio|entrada|reja|direccion|portal|locker|casillero)\b|\bno (encuentro|doy con|ubico|localizo) (su|tu|la) (casa|domicilio|direccion|portal|edificio|numero)\b|\bnadie (contesta|responde|abre|sale)\b|\b(porton|puerta|reja|locker|casillero|timbre|interfon|intercomunicador)( [a-z]{1,12}){0,3} no (abre|funciona|sirve|contesta|jala)\b/
    $es_code = /\b(codigo|clave|pin)\b/
    $es_ask = /\bme lo (puede|puedes|podria|podrias|pueden) (dictar|decir|leer|pasar|enviar|mandar|reenviar|dar|confirmar)\b|\bme lo (manda|mandas|envia|envias|pasa|pasas|dicta|dictas|comparte|compartes|reenvia|reenvias)\b|\b(me|nos) (puede|puedes|podria|podrias) (mandar|enviar|pasar|dar|dictar|decir|leer|compartir|reenviar|escribir) (el|ese|este) (codigo|pin|numero|clave)\b|\bnecesito (el|ese|este|su|tu) (codigo|pin|clave)\b|\b(compartame|comparteme|regaleme|regalame)( por favor)? (el|ese|este) (codigo|pin|numero|clave)\b|\b(dictemelo|digamelo|enviemelo|mandemelo|pasemelo|reenviemelo|leamelo|dimelo|pasamelo|mandamelo|enviamelo|reenviamelo|dictamelo|leemelo)\b|\b(digame|dime|indiqueme|dicteme|leame|enviame|mandame|pasame|envieme|mandeme|paseme|confirmeme)( por favor)? (el|ese|este) (codigo|pin|numero|clave)\b/
    // the code about to arrive or sent by the service ("le va a llegar un codigo", "el codigo que le mando Amazon") ...
    $es_arr = /\b(le|te) (va a|van a|acaba de|acaban de|debe de|debio|deberia|tiene que) (llegar|mandar|enviar)\b|\b(le|te) (llega|llegara|llego|llegue)( ahorita| ahora| en un momento| en unos segundos)? (un|el|su|tu)( [a-z]{1,12})? (codigo|pin|mensaje|sms)\b|\bcodigo que (le|te) (va a llegar|van a mandar|van a enviar|llegue|llegara|llego|acaba de llegar|mandaron|enviaron|mando|envio|manda|envia)\b|\b(amazon|la app|la aplicacion|la empresa|el sistema|fedex|dhl|ups|estafeta|mercado ?libre|rappi|uber eats|doordash) (le|te) (va a )?(mandar|enviar|manda|envia|mando|envio|acaba de mandar|acaba de enviar)\b|\bcodigo (de|que manda|que envia) (amazon|la app|la aplicacion|fedex|dhl|ups|estafeta|mercado ?libre|rappi|uber eats|doordash)\b|\b(le|te) (acabamos|acaban|acabo) de (enviar|mandar)\b/
    // ... not the gate's, the door's or the building's own code, which a real driver may ask for
    $es_phys = /\bcodigo (del|de la|de) (porton|puerta|entrada|edificio|reja|acceso|casillero|locker|caseta|garaje|cochera|estacionamiento|elevador|wifi|condominio|fraccionamiento|privada|residencial|portal|interfon|timbre)\b/
    // romanised Hindi: "main Amazon delivery boy bol raha hu ... abhi ek OTP aayega, mujhe bhej do"
    $hi_who = /\b(main|mai|mein|hum)( [a-z]{1,12}){0,2} (delivery (boy|wala|vala|man|partner|executive|agent)|courier (wala|vala|boy)|rider)( [a-z]{1,10})? (bol raha|bol rha|baat kar raha|hu|hoon|hun)\b/
    $hi_ask = /\b(otp|code)\b.{0,40}\b(bata|batao|bata do|bata dijiye|bataiye|batayein|bhej|bhejo|bhej do|bhejiye|bhej dijiye|bol do|boliye|share kar|share karo|share kijiye)\b/
    $hi_now = /\b(abhi|abi)( ek)? (otp|code)\b|\b(otp|code) (aayega|aaega|ayega|aega|aane wala|aa raha|aa jayega|bheja|bhej raha|aaya hoga|aya hoga)\b|\bverif/
    // a ride's PIN told to its driver, or a code held in the carrier's app or e-mail, is not the scam
    $ride = /\b(uber|ola|lyft|bolt|rapido|careem|indrive|cab|taxi)\b/
    $eats = /\b(uber ?eats|bolt food|careem (food|quik))\b/
    $app = /\b(code|otp|pin)\b.{0,30}\b(in|on|from) (your|the|ur) (app|email|e-mail|emails|inbox)\b/
    // a real driver asking for the gate, door, buzzer or locker code to get in
    $phys = /\b(gate|door|building|entry|entrance|access|lockbox|lock box|key ?safe|buzzer|intercom|lobby|apartment|keypad|alarm|garage|locker|parking|elevator|lift|wifi|wi-fi) (code|pin|number)\b/
  condition:
    (((($who or $who_from or ($role and $at)) and ($arr1 or $arr2 or $arr3) and ($ask1 or $ask2 or $ask3)
        and not $app and not $phys)
      // the code the service is about to send, asked by the driver: then a broken gate or locker code is the pretext
      or (($who or $who_from or (($role or $carry) and $at)) and any of ($svc*) and ($ask1 or $ask2 or $ask3 or $ask_q))
      or ($es_who and $es_code and $es_ask and not ($es_phys and not $es_arr))
      or ($es_role and $es_at and $es_arr and $es_ask and not $es_third)
      or ($hi_who and $hi_ask and $hi_now and not $app and not $phys))
    and not ($ride and not $eats) and not otp_negated_share and code_count == 0
    and sender_kind != "alpha" and sender_kind != "shortcode")
}

rule otp_wallet_cashback_code : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A stranger or 'customer care' on a personal number says a cashback, reward or bonus is credited or pending in your wallet (Khalti, eSewa, Paytm, PhonePe, JazzCash, Easypaisa, bKash ...) and asks for the OTP or PIN that arrives to 'complete' it (English, romanised Hindi, Urdu, Nepali, Bangla); or a bonus, prime or gift offered on a West African wallet (Wave, Orange Money, MTN MoMo, Moov Money, Flooz, Airtel Money) that 'customer service' will activate once the reader sends on the code about to arrive by SMS (French, English)"
  strings:
    $wallet = /\b(khalti|esewa|e-sewa|ime ?pay|paytm|phone ?pe|phonepay|google ?pay|gpay|mobikwik|freecharge|amazon pay|jazz ?cash|easy ?paisa|sada ?pay|nayapay|bkash|nagad|upay|wallet|wave|orange money|momo|mobile money|moov money|moov africa|flooz|airtel money|t-?money|free money|wizall)\b/
    $cash = /\b(cash ?back|cash-back|reward|rewards|bonus|inaam|inam|puraskar|prize|prime|cadeau|recompense|ristourne|gain|gains)\b/
    // the code or PIN asked for (English, romanised Hindi and Urdu, Nepali, Bangla)
    $ask_en = /\b(share|tell|send|give|provide|forward|read|confirm|say|reply with)( it| that)?( to)?( me| us)? (the|your|ur|that|this)( [a-z0-9-]{1,12}){0,2} (otp|pin|mpin|code)\b/
    $ask_hi = /\b(otp|code|pin|mpin)\b.{0,60}\b(bata|batao|bata do|bata dein|bata den|bata dijiye|bataiye|batayein|batayen|bataen|bhej|bhejo|bhej do|bhej dein|bhejein|bhejen|bhejiye|bhej dijiye|bol do|boliye|share kar|share karo|share karein|send karein|send karo|send kar do|likh kar|reply kar|reply karein|reply karen)\b/
    $ask_ne = /\b(otp|code|pin)\b.{0,60}\b(bhannus|bhannuhos|bhanu hos|bhandinus|bhandinuhos|bhani dinus|pathaunus|pathaunuhos|pathai dinus|pathaidinus|dinus|dinuhos|dinu hos|share garnus|send garnus|share garnuhos|send garnuhos|bataunus)\b/
    $ask_bn = /\b(otp|code|pin)( ta| ti| number ta| code ta)?( amake| amader| amay| amare)? (bolen|bolun|bolo|bole din|diye din|den|dao|pathan|pathiye din|share koren|share korun)\b/
    // a promotion's own code to use or pass on, not one to hand over
    $promo = /\b(referral|refer|promo|coupon|invite|voucher|discount|gift) code\b|\buse (the )?code\b|\bcode (promo|de parrainage|parrain|de reduction|cadeau)\b|\bparrainage\b/
    // the wallet's own warning, a family member's or a friend's (the familiar "you")
    $no = /\b(never|do not|don'?t|dont|kisi ko|kisi se|mat|kabhi|kasai ?lai|kaslai|nadinus|nabhannus|nagarnus|kauke|kawke|karo sathe|scam|fraud|thagi|dhokha)\b/
    $kin = /\b(beta|beti|mom|mum|mummy|mommy|dad|daddy|papa|pappa|ammi|abbu|amma|ammu|abba|aama|buwa|baba|nani|dadi)\b/
    $familiar = /\b(tere|tera|teri|tujhe|tumhare|tumhara|tumhari|tumhe|tumko|timro|timilai|tero|tomar|tomake)\b/
    // West Africa's wallets: "Orange Money vous offre un bonus, pour l'activer envoyez le code que vous allez
    // recevoir par SMS au service client", "un code va vous etre envoye, transferez-le a notre service clientele",
    // "you will receive a code by SMS, send it to our customer care" (French, English): the code sent on ...
    $ask_fr = /\b(envoyez|envoyer|envoie|renvoyez|renvoyer|renvoie|transferez|transferer|transfere|transmettez|transmettre|transmets|communiquez|communiquer|communique|donnez|donner|partagez|partager|dictez|dicter|indiquez|faites suivre|faire suivre)(-nous|-moi| nous| moi)?( (au|aux|a notre|a nos|a l'|a ce|a cet|a cette|a votre) [a-z']{1,12}( [a-z']{1,12})?)? (le|ce|votre|ton|ces|les) (code|codes|otp|chiffres)\b/
    $ask_fr_back = /\bcode\b.{0,80}\b(envoyez|envoie|renvoyez|renvoie|transferez|transfere|transmettez|transmets|communiquez|communique|donnez|partagez|dictez|faites suivre)[- ](le|la|les)\b/
    $ask_it = /\b(send|forward|text|sms|share|give|transfer|resend)( it| that| the code| this code| the sms| the message| the otp| them)( back)? to( our| the| this| that| a)? (customer (care|service|support)|agent|number|line|whatsapp|team|office|support)\b/
    $coming = /\b(you('ll| will)( now| shortly| soon)? (receive|get)|(will|is going to|shall) (come|arrive|be sent|drop|reach)|vous allez recevoir|que vous (allez|venez de) recevoir|va vous etre (envoye|transmis)|(va|vient d') ?arriver)\b/
    // ... to activate the bonus, or to customer service or a number
    $why = /\b(pour|afin de|afin d') ?(l'|le |la |les |en )?(activer|debloquer|valider|recevoir|retirer|encaisser|crediter|confirmer|beneficier|reclamer|toucher)\b|\bto (activate|unlock|claim|receive|redeem|release|credit|validate)\b/
    $dest = /\b(service client|service clientele|notre (service|agent|conseiller|equipe)|ce numero|customer (care|service|support)|this (number|line))\b/
    // the wallet's warning ("ne le communiquez a personne", "jamais"), or a relative's help at home
    $no_fr = /\b(jamais|a personne|arnaque|arnaqueurs?|escroc|escrocs|escroquerie|never|do not|don'?t|scam)\b|\bne (le |la |les )?(partagez|communiquez|donnez|transmettez|divulguez|partage|donne|envoie|envoyez)\b/
    $kin_fr = /\b(maman|mamie|mamy|papi|papy|tonton|tata|tantie|tante|grand-mere|grand-pere|grand frere|grande soeur|petit frere|petite soeur|mum|mom|mummy|dad|daddy|papa)\b/
  condition:
    ($wallet and $cash and ($ask_en or $ask_hi or $ask_ne or $ask_bn)
      and not $promo and not $no and not $kin and not $familiar and not otp_negated_share and code_count == 0
      and sender_kind != "alpha" and sender_kind != "shortcode")
    or ($wallet and $cash and ($ask_fr or $ask_fr_back or ($ask_it and $coming)) and ($why or $dest or phone_count > 0)
      and not $promo and not $no_fr and not $kin_fr and not otp_negated_share
      and sender_kind != "alpha" and sender_kind != "shortcode")
}

rule otp_tell_the_code_intl : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Asks the reader to say, send or share the code (or the card's last digits) to the sender, in Indonesian, Malay, Bengali, Urdu, Tagalog; a bank or carrier agent, one who sent a code 'by mistake', or a line to be closed, asking for the code, PIN or agent start key (Swahili, Luganda, Kinyarwanda, Amharic, Egyptian and Gulf Arabic), or in everyday Gulf and Egyptian speech a code said to be arriving or sent 'by mistake' and asked back ('send it to me', 'give it to me') beside a bank, a suspicious operation, a carrier's gift balance or the mistake: a courier's, a bank's or a stranger's code request; or a 'bank agent' renewing an expiring card or unblocking an account who asks for the SMS code, or the BVN and PIN (romanised Urdu and Hindi, French, Yoruba, Bengali, English); or a Sri Lankan, Indian or Pakistani 'bank officer': your card is blocked, tell me the OTP that just came (romanised Sinhala, Sinhala, English); or a 'WhatsApp, Telegram or bank support team' that sent a code and asks for it to validate the account, or a prize that wants a photo of your ID and the code that will arrive (Brazilian Portuguese, Spanish, Turkish, Russian, Ukrainian, Polish, Romanian, Arabic); or a courier asking for the SMS code to confirm receipt (Vietnamese, Thai); or an e-wallet 'security team' writing from an e-mail address that asks for the OTP"
  strings:
    $id = /\b(kode|otp)\b.{0,60}\b(kirimkan|kirim ke saya|kasih ?tau|kasih ?tahu|beritahu|sebutkan|bacakan|infokan|share ke saya)\b|\b(tolong|boleh|mohon) (tolong )?(kirimkan|kasih ?tau|beritahu|sebutkan|bacakan) (kode|otp)\b/
    $bn_ur = /\b(otp|code|pin|cvv)( number| ta| ti| code)? (bolun|bolen|bolo|bole din|diye din|share (karein|karen|kijiye|kar dein))\b/
    $tl = /\b(ibigay|sabihin|i-?send|isend|ipasa)( mo| nyo| niyo)?( po)?( sa akin| sa amin)? (ang|yung|iyong) (code|otp|pin)\b/
    $card = /\b(pichoner|piche ke|back of (your|the) card)\b.{0,30}\b[0-9] ?digit\b/
    // a warning: "wag mong ibigay", "jangan kasih tau", "kabhi share mat karein"
    $no = /\b(wag|huwag|hindi|jangan|mat|kabhi|never|do not|don't|dont)\b/
    // The "bank agent": the bank calling, the card expiring or the account blocked (romanised Urdu
    // and Hindi, English, French, Yoruba, Bengali; a Bengali letter is three bytes) ...
    $ag_story = /\bbank se (bol|baat kar) (raha|rahi|rahe)\b|\b(card|account|acount|khata)\b.{0,20}\b(expire|expires|expiring|expired|block|blocked|band|suspend|suspended|renew|unblock)\b|\b(agent|conseiller|conseillere|service client|service clientele|service de securite|responsable)\b.{0,30}\b(de la|de votre|de ta) banque\b|\b(agent|agents|conseiller|conseillere|service client|service clientele|technicien|responsable)( de| d'| du| chez)? ?(mtn|moov|orange|momo|mobile money|flooz|wave|airtel|free money|t-?money|celtiis)\b|\b(votre|ta) (carte|compte)\b.{0,40}\b(expir|bloque|suspendu|desactive|renouvel|debloqu)|\bile ifowopamo\b|\b(kaadi|kadi|akanti|akaunti)\b.{0,30}\b(ti fe pari|ti pari|ti di|dina)\b|(ব্যাংক|বিকাশ|নগদ|রকেট).{0,40}(থেকে বলছি|অফিস|হেল্পলাইন|কাস্টমার কেয়ার)|(কার্ড|একাউন্ট|অ্যাকাউন্ট).{0,60}(বন্ধ|ব্লক)/
    // ... and the ask: the code that came by SMS, or the BVN with the PIN
    $ag_ask = /\b(otp|code|pin)\b.{0,40}\b(batayen|bataen|batain|batayein|bataiye|batayiye|bata dein|bata den|bata do|bata dijiye|bata de|bhej dein|bhejein|bhej dijiye|likh kar bhej\w{0,3}|reply (karein|karen|kar dein|mein bhej\w{0,3}|me bhej\w{0,3})|share (karein|karen|kar dein)|bol dijiye|bol dein|bol den|boliye|bol do)\b|\b(donnez|donne|communiquez|communique|transmettez|transmets|envoyez|envoie|dites|dictez|indiquez|lisez|renvoyez|confirmez)(-moi|-nous| moi| nous)?( vite| rapidement| svp| stp| juste| seulement)? (le|ce|votre|ton) code\b.{0,50}\b(recu|sms|recevoir|envoye)\b|\b(me|nous) (donner|communiquer|transmettre|envoyer|dire|dicter|lire|indiquer|confirmer|renvoyer) (le|ce|votre) code\b.{0,50}\b(recu|sms|recevoir|envoye)\b|\bbvn\b.{0,20}\b(ati|pelu|and|&) (your |yin |re )?(atm |card |kaadi )?(pin|nomba pin)\b|\b(koodu|otp|pin)\b.{0,60}\b(fun mi|fun wa|ranse si mi|ranse si wa)\b|(কোড|ওটিপি|পিন)(টি|টা)?.{0,60}(বলুন|বলেন|আমাকে দিন|দিয়ে দিন|বলে দিন|পাঠান|জানান|শেয়ার করুন)/
    // the bank's own warning: never, to nobody
    $ag_no = /\b(kisi ko|kisi aur ko|kisi se)\b.{0,30}\b(mat|na|nahi|nahin)\b|\b(mat|nahi|nahin|kabhi) (bataye|batayen|bataen|batain|batayein|bataiye|batana|batao|bhejein|bhejen|share)|\bkabhi\b.{0,30}\b(nahi|nahin)\b|\b(jamais|ne (le |la |les )?(communiquez|donnez|transmettez|partagez|divulguez))\b|\b(ma se|mase|ma fi|ko ni beere|ko gbodo|lailai)\b|(কাউকে|কখনো|কখনও|কখনই)/
    // Sri Lanka's "bank officer" (Sampath, Commercial, BOC, HNB): "your card is blocked, tell me the OTP that
    // just came" in romanised Sinhala ("oyage card eka block wela ... OTP eka kiyanna") and Sinhala script (a
    // Sinhala letter is three bytes: gaps in bytes); "your" (oyage, obage, ඔබගේ), not a relative's "my" (mage)
    $si = /\b(oyage|oyaage|oyge|obage|obe|obege)\b.{0,24}\b(card|account|kaadpatha|ginuma)\b.{0,30}\b(block|blok|awahira|nawaththa|nawatthu|nawathwa|suspend)/
    $si_ask = /\b(otp|code|pin|kode)( eka| ek| number eka| ankaya)?\b.{0,24}\b(kiyanna|kiyannako|kiyanawada|kiyala denna|kiyala dennako|kiyapan|denna|dennako|ewanna|ewannako)\b/
    $si_s = /(ඔබගේ|ඔයාගේ|ඔබේ|ඔයාගෙ).{0,40}(කාඩ්|ගිණුම|ඇකවුන්ට්).{0,60}(අවහිර|බ්ලොක්|අත්හිටු)/
    $si_s_ask = /(otp|pin|කේතය|කේත අංකය|කෝඩ්|ඕටීපී).{0,60}(කියන්න|කියලා දෙන්න|කියල දෙන්න|ලබා දෙන්න|එවන්න)/
    // ... and in English (Sri Lanka, India, Pakistan): "your card has been blocked ... read out the OTP you just got"
    $en_story = /\b(your|ur) (credit |debit |atm |bank |visa |master ?)?(card|account)\b.{0,30}\b(blocked|suspended|deactivated|locked|frozen|on hold)\b/
    $en_ask = /\b(tell|read|give|say|confirm|share|send)( it| that| them)?( out| back)?( to)?( me| us)? (the|that|this|your) ([0-9]-digit |[0-9] digit |six-digit |one-time |verification |sms )?(otp|code|pin)( number)? (that |which )?(you )?(just )?(came|arrived|got|received|receive|get|come|comes|will come|is coming|we sent|i sent|sent|on your)\b|\bread (it|that|them|the (otp|code|digits)) (out|back)\b|\bread out (the|that|this|your)( [0-9]-digit| [0-9] digit| six-digit| one-time)? (otp|code|pin)\b/
    // the bank's own warning, or a relative's: "never", "don't tell" (epa, එපා), "to anyone" (kawuruwath, කිසිවෙකුට)
    $lk_no = /\b(epa|kawuruwath|kauruwath|kisiwekuta|kisikenekuta|never|do not|don't|dont|scam|scammers)\b|(එපා|කිසිවෙකුට|කවුරුවත්)/
    // The "platform team": "I'm from WhatsApp, Telegram or your bank's support, we sent you a 6-digit code, send it to us to
    // validate your account" (Brazilian Portuguese, Spanish, Turkish, Russian, Ukrainian, Polish, Romanian, Arabic) ...
    $tm_team = /\b(equipe|suporte|central|time|setor|departamento|seguranca|atendimento)( tecnico| de seguranca| de suporte| de verificacao| de atendimento)? (do|da) (whatsapp|telegram|instagram|facebook|meta|google|tiktok|nubank|banco|seu banco|itau|bradesco|caixa|santander|mercado pago|picpay|inter)\b|\b(equipo|soporte|departamento|area|centro|seguridad|atencion)( tecnico| de seguridad| de soporte| de verificacion| de atencion( al cliente)?)? (de|del) (whatsapp|telegram|instagram|facebook|meta|google|tiktok|banco|tu banco|su banco|mercado pago|bbva|santander|banamex|nequi|daviplata|yape)\b|\b(whatsapp|telegram|instagram|banka|bankanin|bankaniz|bankanizin|turkcell|vodafone|turk telekom|e-devlet)( destek| guvenlik| musteri)? (ekibi|ekibinden|birimi|biriminden|hizmetleri|hizmetlerinden|departmani|departmanindan)\b|((служб|команд|отдел|специалист).{0,4} (поддержки|безопасности) (whatsapp|ватсап|вотсап|telegram|телеграм|госуслуг|банка)|техподдержк.{1,4} (whatsapp|ватсап|вотсап|telegram|телеграм|банка)|(служб|команд|відділ|фахів).{0,6} (підтримки|безпеки) (whatsapp|ватсап|telegram|телеграм|дії|банку))|\b(zespol|dzial|zespolu|dzialu|pomoc techniczna|wsparcie|obsluga)( techniczny| techniczna| bezpieczenstwa| klienta)? (whatsapp|telegram|instagram|facebook|banku|twojego banku|blik|mbank|pko)\b|\b(echipa|echipei|departamentul|suportul|serviciul)( tehnic| de securitate| de suport| clienti)? (de la |al |a )?(whatsapp|telegram|instagram|facebook|bancii|banca)\b|((فريق|دعم|الدعم الفني|خدمة العملاء|قسم|إدارة|ادارة) (واتساب|الواتساب|واتس اب|تيليجرام|تلغرام|البنك|المصرف))/
    // ... or a prize that wants a photo of your ID and "the code that will arrive" ...
    $tm_prize = /\b((voce|vc) (foi (sorteado|sorteada|contemplado|contemplada|selecionado|selecionada)|ganhou)|(has|ha) (ganado|sido (seleccionado|seleccionada|sorteado|sorteada|elegido|elegida))|kazandiniz|ati castigat|ai castigat|wygrales|wygralas|wygral pan|wygrala pani)\b|(вы выиграли|ви виграли|فزت|ربحت|لقد فزت)/
    $tm_id = /\bfoto (do|da|de) (seu |sua |tu |su )?(rg|documento|cnh|identidade|dni|ine|cedula|identificacion|carnet)\b|\bkimli\w{1,6} (fotograf\w{0,4}|foto\w{0,3}|on yuz\w{0,3}|resmi\w{0,2})\b|(фото (паспорта|документ)|фото (паспорта|документа))|\bzdjeci\w{1,3} (dowodu|dokumentu|paszportu)\b|\b(poza|fotografie|foto) (cu |a )?(buletin\w{0,4}|cartea de identitate|actul de identitate)\b|((صورة|صوره) (الهوية|هويتك|الهويه|البطاقة|بطاقتك|جواز))/
    // ... and the code asked for: "me envie o codigo", "envianos el codigo", "kodu bize iletin", "продиктуйте код",
    // "podaj kod", "trimite-ne codul", "أرسل لنا الرمز"
    $tm_ask = /\b(envie|envia|mande|manda|passe|passa|informe|informa|encaminhe|encaminha|repasse|repassa|digite|confirme|me diga|me fala|me envie|me mande|me passe|nos envie|nos informe)( aqui| para mim| pra mim| para nos| pra gente)? (o|esse|este|seu) codigo\b|\b(envianos|enviame|mandanos|mandame|envienos|envieme|mandenos|mandeme|diganos|compartanos|reenvienos|indiquenos|proporcionenos|facilitenos|dinos|dime|reenvianos|reenviame|compartenos|facilitanos|proporcionanos|indicanos|pasanos|pasame|envie|envia|comparta|comparte|reenvie|reenvia|indique|dictenos|digame|proporcione|facilite)( por aqui| aqui)? (el|ese|este|tu|su) codigo\b|\b(kodu|sifreyi|dogrulama kodunu|onay kodunu|aktivasyon kodunu|kodunuzu|gelen kodu|sms kodunu)( bize| bana)? (iletin|iletiniz|iletir misiniz|gonderin|gonderiniz|gonderir misiniz|soyleyin|soyleyiniz|soyler misiniz|yazin|yaziniz|yazar misiniz|paylasin|paylasiniz|atin|atar misiniz|okuyun|okur musunuz|bildirin|bildiriniz)\b|((пришлите|отправьте|перешлите|скиньте|напишите|продиктуйте|назовите|скажите|сообщите|пришли|отправь|перешли|скинь|продиктуй|назови|надішліть|перешліть|напишіть|назвіть|повідомте|скажіть|надішли)( нам| мне| мені| пожалуйста| будь ласка)?( этот| полученный| пришедший| цей| отриманий)? (код|цифры|цифри))|\b(podaj|podaj mi|podaj nam|prosze podac|przeslij|przeslij mi|przeslij nam|wyslij|wyslij mi|wyslij nam|przepisz|przekaz|przekaz mi|przekaz nam|podyktuj)( mi| nam)?( ten| otrzymany| ten otrzymany| 6-cyfrowy| szesciocyfrowy)? kod\b|\b(trimite-mi|trimiteti-mi|trimite-ne|trimiteti-ne|spune-mi|spuneti-mi|spune-ne|spuneti-ne|comunicati-ne|comunica-ne|dati-ne|da-ne|dictati-ne|transmiteti-ne|transmite-ne|trimiteti|trimite) (si )?codul\b|((أرسل|ارسل|أرسلي|ارسلي|أعطني|اعطني|أعطنا|اعطنا|زودني|زودنا|ابعث|ابعثي|ابعتلي|شاركني|شاركنا)( لي| لنا)? (الكود|الرمز|رمز التحقق|كود التحقق|رمز التفعيل))/
    // a courier or a "shipper" asking for the code that came by SMS "to confirm receipt" (Vietnamese, diacritics folded;
    // Thai, a letter is three bytes); the bank's own warning says "khong", "tuyet doi", "ห้าม", "อย่า"
    $vi_ask = /\b(doc|gui|bao|nhan|cho (minh|em|anh|toi) xin)( giup| lai| qua)?( (minh|em|anh|toi|shipper))? (ma|ma so) (xac nhan|xac thuc|otp)\b|\b(ma (xac nhan|xac thuc|otp)|otp)\b.{0,50}\b(vua gui|vua nhan|gui ve|nhan duoc)\b.{0,40}\b(doc|gui|bao) (lai |giup )?(cho )?(minh|em|anh|toi|shipper)\b/
    $vi_story = /\b(shipper|giao hang|don hang|buu kien|kien hang|nhan hang|buu ta|grab|giao hang tiet kiem|ghn|viettel post)\b/
    $vi_no = /\b(khong|tuyet doi|dung|lua dao|canh giac)\b/
    $th_ask = /(แจ้ง|บอก|ส่ง)(รหัส|โค้ด) ?(otp|ยืนยัน)/
    $th_story = /(พัสดุ|ส่งของ|ขนส่ง|ไรเดอร์|รับของ|kerry|flash|j&t|ไปรษณีย์)/
    $th_no = /(ห้าม|อย่า|ไม่ควร|มิจฉาชีพ)/
    // an e-wallet's "security team" writing from an e-mail address: reply with your number and the OTP
    $ew_team = /\b(gcash|maya|paymaya|dana|ovo|gopay|shopeepay|linkaja|momo|zalopay|viettelpay|truemoney|e-?wallet|dompet digital|vi dien tu)\b.{0,40}\b(security|keamanan|seguridad|bao mat|support|verification|verifikasi) ?(team|tim|department|dept|unit|center|centre)?\b|\b(tim|team|doi|bo phan) (keamanan|security|bao mat) (of |dari |cua )?(gcash|maya|paymaya|dana|ovo|gopay|shopeepay|linkaja|momo|zalopay|truemoney)\b|\b(security|keamanan|bao mat) (team|tim|department|dept|unit) (of |dari |cua )?(gcash|maya|paymaya|dana|ovo|gopay|shopeepay|linkaja|momo|zalopay|truemoney)\b/
    $ew_ask = /\b(reply|respond|send|provide|submit|balas|kirim|kirimkan|berikan|sagutin|ipadala|tra loi|gui)\b.{0,60}\b(otp|kode otp|one-time (pin|code|password)|verification code|kode verifikasi|ma otp|ma xac nhan)\b/
    $tm_code = /\bcodigo\b|\bkod(u|unu)?\b|\bcodul\b|код|(الرمز|الكود|رمز التحقق)/
    // the service's own warning: never share it with anyone
    $tm_no = /\b(nunca|jamais|jamas|ninguem|nadie|asla|kimseyle|kimseye|nigdy|nikomu|niciodata|nimanui|nimeni|golpe|estafa|dolandirici\w{0,3}|oszust\w{0,3})\b|(никому|никогда|нікому|ніколи|мошенн|шахра|لا تشارك|لا تعط|لا ترسل|أبدا|ابدا|احتيال)/
    // Swahili: "nitumie / naomba unitumie / nipe / niambie" the code, the secret number or the agent's start key ...
    $sw_ask = /\b(nitumie|ntumie|unitumie|nitumia|nipe|unipe|niambie|uniambie|nitajie|unitajie|nisomee|unisomee|rudisha|nirudishie)\b.{0,40}\b(code|kodi|msimbo|namba ya siri|nambari ya siri|neno la siri|pin|otp|namba ya uthibitisho|nambari ya uthibitisho|start ?key|namba (hiyo|hizo|uliyotumiwa|iliyoingia|uliyopokea)|ujumbe (huo|uliotumiwa|ulioingia|uliopokea))\b|\b(code|msimbo|namba ya siri|nambari ya siri|pin|otp|start ?key)\b.{0,60}\b(nitumie|unitumie|nipe|unipe|niambie|uniambie|nitajie|unitajie|nisomee|unisomee|nirudishie|irudishe|itume kwangu)\b/
    // ... by a carrier or bank "agent", for a code sent "by mistake", for the agent PIN, or before the line is closed
    // (not the carriers' or wallets' names alone: a friend asks for a till or merchant code beside them)
    $sw_story = /\b(mhudumu|huduma kwa wateja|afisa|mfanyakazi|benki|kimakosa|kwa makosa|kwa bahati mbaya|nimekosea|itafungwa|imefungiwa|itazimwa|itasitishwa|kufungiwa|kuzimwa|start ?key|pin ya wakala)\b/
    // Luganda: "mpeereza / mpeereze / mbuulira" the code sent "mu nsobi" (by mistake), or the carrier's line to be shut
    $lg_ask = /\b(mpeereza|mpeereze|gimpeereze|mpereza|mpereze|gimpereze|ntumira|ntumire|mbuulira|mbuulire|mbulira|mbulire|gindeetere|nzirayo|giweereze|giwereze)\b/
    $lg_story = /\b(koodi|kodi|code|pin|ennamba y'ekyama|namba y'ekyama|ennamba ey'ekyama)\b.{0,80}\b(mu nsobi|nsobi|kunsobi|kasitoma|customer care|ggalwa|kuggalwa|ejja kuggalwa|omukozi wa)\b|\b(mu nsobi|nsobi|kunsobi|kasitoma|customer care|ggalwa|kuggalwa|omukozi wa)\b.{0,80}\b(koodi|kodi|code|pin|ennamba y'ekyama|namba y'ekyama)\b/
    // Kinyarwanda: "nyoherereza / mwoherereze / mbwira" the code or secret number, sent "nibeshye" (by mistake), or the SIM to be closed
    $rw_ask = /\b(nyoherereza|nyoherereze|mwoherereze|unyoherereze|ohereza|mwohereze|mbwira|mumbwire|umbwire|mpa|mumpe|umpe|nsubiza)\b.{0,50}\b(kode|code|umubare w'ibanga|ijambo ry'ibanga|pin|otp|ubutumwa)\b|\b(kode|code|umubare w'ibanga|ijambo ry'ibanga|pin|otp)\b.{0,50}\b(nyoherereza|nyoherereze|mwoherereze|unyoherereze|mbwira|mumbwire|umbwire|mumpe|umpe)\b/
    // (not "momo" or a carrier alone: a merchant's MoMo pay code is asked for beside them)
    $rw_story = /\b(nibeshye|nabyibeshyeho|ku makosa|mu makosa|umukozi wa (mtn|airtel|banki|banque)|serivisi z'abakiriya|izafungwa|irafungwa|rizafungwa|izahagarikwa|bizafungwa)\b/
    // Amharic (a Ge'ez letter is three bytes): send or tell me the code or the secret number ...
    $am_ask = /(ኮድ|ኮዱን|ኮዱ|የሚስጥር ቁጥር|ሚስጥራዊ ቁጥር|ምስጢር ቁጥር|ፒን|የማረጋገጫ ቁጥር|የማረጋገጫ ኮድ).{0,60}(ላክልኝ|ላኩልኝ|ላኪልኝ|ይላኩልኝ|ንገረኝ|ንገሩኝ|ንገሪኝ|ይንገሩኝ|ስጠኝ|ስጡኝ|ይስጡኝ|አንብብልኝ|ያንብቡልኝ)/
    // ... from a "bank" or carrier (ethio telecom, Safaricom, telebirr), sent by mistake, or the SIM to be closed
    $am_story = /(በስህተት|ኢትዮ ቴሌኮም|ኢትዮቴሌኮም|ሳፋሪኮም|ባንክ|ሲም ካርድ|ሲምካርድ|መስመርዎ|መስመርህ|ይዘጋል|ይታገዳል|የደንበኞች አገልግሎት|ሰራተኛ|ወኪል)/
    // Egyptian and Gulf Arabic: "send me / tell me the code that reached you" ...
    $eg_ask = /(ابعتلي|ابعتهولي|ابعتيلي|ابعتهالي|ابعت لي|قولي|قوللي|قوليلي|اديني|إديني|ادينى|هاتلي|ابعثلي|ارسلي لي|ارسله لي|أرسله لي|عطني|عطيني|اعطني|أعطني)( ال| الرقم| رقم)? ?(الكود|كود|الرمز|رمز|الرقم السري|الباسورد|الكود اللي|الرقم اللي)/
    // ... from a bank or carrier "employee", sent by mistake, or the line or SIM to be shut
    $eg_story = /(بالغلط|بالخطأ|رقمك غلط|الرقم غلط|رقمي غلط|غلط في الرقم|غلطت في|خدمة العملاء|موظف|البنك|فودافون|اتصالات|اورنج|أورنج|موبايلي|stc|الشريحة|الشريحه|خطك|هيتقفل|هتتقفل|سيتم ايقاف|سيتم إيقاف|هيتوقف|هتتوقف|إيقاف الخط|ايقاف الخط)/
    // Gulf and Egyptian everyday speech: the code announced as arriving or sent to the reader ("هيجيلك كود", "راح
    // يوصلك رمز", "أرسلت كود لجوالك") ...
    $ar_arrive = /(هيوصلك|هيجيلك|هتوصلك|هتجيلك|حيوصلك|حيجيلك|بيوصلك|بتوصلك|بيجيك|بيجيلك|راح يوصلك|راح يجيك|يوصلك|سيصلك|جالك|جاتلك|وصلك|وصلتك|جاك|جاءك|بعتلك|بعتتلك|بعتت لك|أرسلت لك|ارسلت لك|أرسلتلك|ارسلتلك|رسلتلك|أرسلت كود|ارسلت كود|أرسلت رمز|ارسلت رمز|أرسلت الكود|ارسلت الكود)/
    $ar_what = /(كود|رمز|الرقم السري|الباسورد|رسالة فيها رقم|رساله فيها رقم|الرقم اللي|otp)/
    // ... then asked back with the pronoun of "it" ("ابعتهولي", "ادهولي", "ترسله لي", "عطني اياه", "قولي الرقم")
    $ar_give = /(ابعتهولي|ابعتهولى|ابعتهلي|ابعتيهولي|ابعتيهلي|تبعتهولي|تبعتهلي|ادهولي|اديهولي|إديهولي|اديهالي|قولهولي|قوليهولي|قولهالي|تقولهولي|قولي الرقم|قوليلي الرقم|قولي الكود|قولي الرمز|ارسله لي|أرسله لي|ترسله لي|ترسلها لي|ترسلهلي|ترسليه لي|رسله لي|رسلها لي|دزه لي|دزيه لي|طرشه لي|عطني اياه|عطني إياه|عطيني اياه|اعطني اياه|أعطني إياه|تعطيني اياه|تعطيني إياه|عطني الرمز|عطني الكود|عطني الرقم|تزودني به|تزويدي به|تزويدنا به)/
    // ... not a son or daughter asking a parent for the code of their own bank
    $ar_rel = /(يا ماما|يا بابا|يا امي|يا أمي|يا ابوي|يا أبوي|يمه|يبه|ماما |بابا )/
    $ar_story = /(عملية مشبوهة|عمليه مشبوهه|عملية مش طبيعية|عمليه مش طبيعيه|حركة مشبوهة|عملية غير معتادة|رصيد هدية|رصيد هديه|رصيد مجاني|هدية|جائزة|بنك|مصرف)/
    // the service's or a friend's warning: never give it to anyone
    $af_no = /\b(usimpe|usimtumie|usitume|usishiriki|usimwambie|kamwe|mtu yeyote|tapeli|matapeli|utapeli|tahadhari|togimpa|togiwa|tewali|mubbi|ababbi|ntimuzayihe|ntuzayihe|ntugahe|ntimugahe|ntukabwire|uwo ari we wese|abatekamutwe|ubutekamutwe)\b|(ለማንም|አያጋሩ|አታጋሩ|አትስጡ|አይስጡ|አትስጥ|ማጭበርበር|አጭበርባሪ|لا تشارك|لا تعط|متديش|ماتديش|متقولش|ماتقولش|محدش|لأي حد|لاي حد|لأي شخص|احتيال|نصب|نصاب|حرامي)/
  condition:
    (($tm_team and $tm_ask) or ($tm_prize and $tm_id and ($tm_ask or $tm_code))) and not $tm_no and not otp_negated_share
      and sender_kind != "alpha" and sender_kind != "shortcode"
    or (($id or $bn_ur or $tl or $card) and not $no and not otp_negated_share and sender_kind != "alpha" and sender_kind != "shortcode")
    or ($vi_ask and $vi_story and not $vi_no and sender_kind != "alpha" and sender_kind != "shortcode")
    or ($th_ask and $th_story and not $th_no and sender_kind != "alpha" and sender_kind != "shortcode")
    or ($ew_team and $ew_ask and sender_kind == "email" and not otp_negated_share)
    or ($ag_story and $ag_ask and not $ag_no and not otp_negated_share and sender_kind != "alpha" and sender_kind != "shortcode")
    or ((($si and $si_ask) or ($si_s and $si_s_ask) or ($en_story and $en_ask)) and not $lk_no and not otp_negated_share
      and sender_kind != "alpha" and sender_kind != "shortcode")
    // East Africa and Egypt: the code or PIN asked of the reader by a "bank" or carrier agent, by one who "sent it by
    // mistake", or to keep the line from being closed
    or ((($sw_ask and $sw_story) or ($lg_ask and $lg_story) or ($rw_ask and $rw_story) or ($am_ask and $am_story) or ($eg_ask and $eg_story)
      or ($ar_arrive and $ar_what and $ar_give and ($eg_story or $ar_story) and not $ar_rel))
      and not $af_no and not otp_negated_share and sender_kind != "alpha" and sender_kind != "shortcode")
}

rule otp_sim_serial_request : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Asks for the long serial number printed on the back of a SIM card ('to upgrade to 5G', 'to avoid deactivation'): the SIM-swap takeover"
  strings:
    $sim = /\b(sim|e-?sim)( card)?\b.{0,60}\b(1[89]|20|2[0-9])[- ]?digits?\b|\b(1[89]|20|2[0-9])[- ]?digits? (number|serial|iccid|code)\b.{0,40}\b(sim|card)\b|\biccid\b/
    $ask = /\b(share|send|reply|tell|provide|give|forward|sms|text)\b/
  condition:
    $sim and $ask and sender_kind != "alpha" and sender_kind != "shortcode"
}

// The carrier's "staff" upgrading the line: "we are upgrading your line to 5G (moving your SIM to 4G, doing your SIM
// swap or registration), you will receive a code by SMS, read it to me, don't switch off your phone" (English, Swahili,
// Luganda, Kinyarwanda, Amharic, Hindi, Bangla): the code moves the number to the caller's SIM. Carriers upgrade lines
// without a code and write from their sender ids.
rule otp_line_upgrade_code : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A carrier's 'staff' upgrading the reader's line or SIM to 4G or 5G, doing a SIM swap, replacement or registration, or telling them not to switch off the phone, who asks for the code that arrives by SMS (read it, send it, tell me), from a person's number (English, Swahili, Luganda, Kinyarwanda, Amharic, Hindi, Bangla): the SIM-swap takeover; or a carrier's 'technician' moving the line to an eSIM who asks for the code from the SMS (Romanian, Spanish, Korean, Greek, Serbian, Croatian, Bosnian)"
  strings:
    // the story: the line or SIM upgraded, moved, swapped, replaced or registered, or "don't switch off your phone"
    $up_en = /\b(upgrad\w{0,3}|migrat\w{0,4}|convert\w{0,3}|moved?|moving|switch(ed|ing)?|activat\w{1,4})\b.{0,40}\b(4g|5g|lte|volte|e-?sim)\b|\b(4g|5g|lte|e-?sim)\b.{0,20}\b(upgrad\w{0,3}|migration|conversion)\b|\bsim( card)? (swap|upgrade|replacement|registration|re-?registration|verification|update)\b|\b(line|number) (upgrade|re-?registration|verification)\b|\bupgrade (ya|of|wa|y'|for)( your)? (laini|layini|line|sim|simukadi|umurongo)\b|\b(do not|don't|dont|never|pls don'?t|please don'?t) (switch|turn|power|put)( your phone| the phone| it)? off\b|\bkeep (your|the) phone (on|switched on)\b/
    // (Swahili: we are upgrading, moving or registering your line, "don't switch off the phone")
    $up_sw = /\b(tunaboresha|inaboreshwa|kuboresha laini|kuiboresha|tunahamisha|inahamishiwa|kuhamishia|tunasajili|kusajili upya|usajili wa laini|kuhakiki usajili|tunahakiki usajili|usizime|usizime simu)\b/
    // (Luganda: we are changing, improving or registering your line, "don't switch off the phone")
    $up_lg = /\b(tukyusa|okukyusa|kukyusa|tulongoosa|tugirongoosa|okulongoosa|kulongoosa|okuwandiisa|kuwandiisa|tuwandiisa|tozikiza|tozikizza)\b|\b(layini|ssimu kaadi|sim card) (yo|yammwe)\b.{0,30}\bkuggalwa\b/
    // (Kinyarwanda: changing, renewing or registering anew your SIM or line, "don't switch off", the line to be closed)
    $up_rw = /\b(guhindura|kuvugurura|kwandika bundi bushya|kwandikisha) (simukadi|umurongo|sim)\b|\b(simukadi|umurongo|sim)( yawe| wawe)?( [a-z]{1,10}){0,2} (kuvugururwa|guhindurwa|ivugururwa|uvugururwa|uzafungwa|izafungwa)\b|\bsimukadi yawe (irashaje|ishaje)\b|\bntuzimye\b/
    // (Amharic, a Ge'ez letter is three bytes: to 4G or 5G, registration, upgrading, changing, renewing, "don't switch off")
    $up_am = /(ወደ ?[45]g|ምዝገባ|አያጥፉ|አታጥፋ|አታጥፊ|እያሳደግን|እየቀየርን|እያደስን|ለማሳደግ|እየተሻሻለ|ማሻሻል|እንዳይዘጋ|ሲም ካርድዎ)/
    // (Hindi and Bangla: upgrade, swap, SIM verification or registration, the SIM to be closed, "don't switch off")
    $up_in = /(अपग्रेड|स्वैप|सिम वेरिफिकेशन|सिम बंद|नंबर बंद|फोन बंद मत|फ़ोन बंद मत|आपग्रेड|রূপান্তর|রেজিস্ট্রেশন|নিবন্ধন|রিপ্লেসমেন্ট|ফোন বন্ধ করবেন না|সিম বন্ধ|[45]g ?(চালু|সক্রিয়))|\b(phone|fon) (off|switch off|band|bondho) (mat|na|korben na|koren na|korbe na)\b|\bnotun [45]g sim\b|\bsim purono\b/
    // the code asked back: English (with a code word), Swahili, Luganda, Kinyarwanda (with the code's word), Amharic,
    // Hindi, Bangla
    $ask_en = /\b(read|send|tell|give|share|forward|text|pass|say)( it| that| them| this)?( out| back| over)?( to| with)? (me|us|this number|our (agent|officer|technician))\b|\b(send|share|tell|read|give|forward|text)( me| us)? (the|that|this|your)( [0-9]-digit| [0-9] digit| six-digit| verification| activation| confirmation| sms| one-time)? (code|otp|pin)\b|\bread out (the|that|this|your)\b|\breply with (it|the code|the otp)\b/
    $code_en = /\b(code|otp|pin|digits)\b/
    $ask_sw = /\b(nitumie|ntumie|unitumie|nipe|unipe|niambie|uniambie|nitajie|unitajie|nisomee|unisomee|nirudishie|itume kwangu|zitume kwangu)\b/
    $code_sw = /\b(code|kodi|msimbo|namba ya siri|nambari ya siri|tarakimu|otp|pin|namba (hiyo|hizo|utakayopokea|uliyopokea|iliyoingia|itakayokuja|itakayoingia))\b|\b(hiyo|hizo) (namba|nambari|tarakimu)\b/
    $ask_lg = /\b(gimpeereze|zimpeereze|ogimpeereze|ozimpeereze|mpeereza|mpeereze|gimpereze|mpereza|gimbuulire|zimbuulire|ogimbuulire|mbuulira|mbuulire|mbulira|ongambe|ombuulire|gisome|zisome|gimpe|zimpe|nzirayo|giweereze)\b/
    $code_lg = /\b(koodi|kodi|code|ennamba|obubaka|pin)\b/
    $ask_rw = /\b(unyoherereze|nyoherereza|nyoherereze|mwoherereze|uyinyoherereze|uzinyoherereze|mbwira|umbwire|mumbwire|uyimbwire|uyisome|umpe|uyimpe|mumpe)\b/
    $code_rw = /\b(kode|code|imibare|mibare|umubare|ubutumwa|otp|pin)\b/
    $ask_am = /(ኮድ|ኮዱ|ቁጥር|ፒን).{0,90}(ላክልኝ|ላኩልኝ|ላኪልኝ|ይላኩልኝ|ንገረኝ|ንገሩኝ|ንገሪኝ|ይንገሩኝ|ስጠኝ|ስጡኝ|ይስጡኝ|አንብብልኝ|ያንብቡልኝ)/
    // (the number or code said to arrive: "the 6-digit number that reaches you")
    $arr_am = /(የሚደርስ|የሚመጣ|የሚላክ|ይደርስዎታል|ይደርስሃል|ይመጣል|ሲደርስ|ሲመጣ|የደረሰ|የመጣ)/
    $ask_hi = /(ओटीपी|otp|कोड).{0,90}(बता दीजिए|बता दीजिये|बता दें|बता दे|बताएं|बताएँ|बताइए|बताइये|बताओ|भेज दें|भेज दे|भेजें|भेजिए|भेज दीजिए|बोलिए|शेयर करें)/
    $ask_bn = /(কোড|ওটিপি|পিন).{0,90}(বলুন|বলেন|আমাকে দিন|দিয়ে দিন|বলে দিন|পাঠান|পাঠিয়ে দিন|জানান|শেয়ার করুন)|\b(code|otp|pin)\b.{0,50}\b(bolun|bolen|bolo|bole din|pathan|pathiye din|pathiye den|janan|diye din)\b/
    // the carrier's or a relative's warning: never give it to anyone, it is a fraud
    $no = /\b(never|nobody|no one|anyone|anybody|scam|scams|scammers?|fraud|fraudsters?|conman|con men|beware|kamwe|usimpe|usimtumie|usitume|usishiriki|tapeli|matapeli|utapeli|tahadhari|yeyote|tewali muntu|togimpa|togiwa|mubbi|ababbi|abafere|ntugahe|ntuzigere|ntimuzahe|abatekamutwe|ubutekamutwe|kisi ko|kabhi|kauke|kokhono|protarok)\b|(ለማንም|አያጋሩ|አታጋሩ|አትስጡ|ማጭበርበር|አጭበርባሪ|किसी को|कभी|साझा न|धोखा|ठगी|सावधान|কাউকে|কখনো|প্রতারক|সতর্ক)/
    // a parent or a sibling writing, and the home Wi-Fi or router
    $kin = /^((hi|hey|hello|habari) )?(mum|mom|mummy|mama|maama|dad|papa|baba|taata|kaka|dada|sis|ammi|abbu|amma|ammu|apu|didi)\b|^(እማዬ|አባዬ|ወንድሜ|እህቴ|আম্মু|আব্বু|আপু|मम्मी|पापा|दीदी)/
    $wifi = /\b(wi-?fi|router|hotspot|password|netflix|tv)\b/
    // Romanian, Spanish, Korean, Greek, Serbian, Croatian and Bosnian: the line or the number moved to an eSIM or the USIM
    // replaced (a Greek or Cyrillic letter is two bytes, a Hangul one three) ...
    $up_x = /\be-?sim\b|(유심|usim).{0,20}(교체|변경|업그레이드)|\b(mutarea|mutam|transferul) (numarului|liniei)\b|\b(pasar|migrar|portar|migrando|pasando) (tu|su) (linea|numero)\b|μεταφορ(ά|α) (του αριθμο(ύ|υ)|της γραμμ(ή|η)ς)|μεταφ(έ|ε)ρουμε τη γραμμ|\b(prebacivanj[a-z]|prebacujemo|prenos) (vaseg|vas|broja|linije)|(пребацујемо|пребацивање)/
    // ... and the code from the SMS asked for: tell me, send it to us, read it, reply with it
    $ask_x = /\b(comunicati|comunicati-mi|comunica-mi|spuneti-mi|spune-mi|spuneti|trimiteti-ne|trimiteti-mi|trimite-mi|dictati|cititi-mi|mi-l|ni-l|digas|dime|digame|dictas|dicta|dictame|dicteme|envianos|enviame|envienos|mandame|pasame|me lo|nos lo|facilitenos|indiquenos|recite mi|reci mi|posaljite nam|posaljite mi|procitajte mi|diktirajte|javite mi|peite mou|steilte)\b|(알려|불러|회신|보내주|말씀해|πε(ί|ι)τε μου|πες μου|στε(ί|ι)λτε μας|στε(ί|ι)λτε μου|στε(ί|ι)λε μου|υπαγορε(ύ|υ)στε|διαβ(ά|α)στε μου|реците ми|реци ми|пошаљите нам|пошаљите ми|прочитајте ми)/
    $code_x = /\b(codul|cod|codigo|kod|koda|kodiko)\b|(인증번호|인증 ?코드|κωδικ|код)/
    // a door's, a gate's or an alarm's code asked of a relative (the Wi-Fi's is $wifi)
    $phys_x = /\b(portal|puerta|porton|alarma|interfon|usa|poarta|portii|vrata|vrat|kapija|kapije|interfona)\b|(현관|비번|πόρτα|πορτα|συναγερμ|врата|капија)/
    // the carrier's or a relative's warning: to nobody, never
    $no_x = /\b(nimanui|niciodata|nadie|nunca|nikome|nikada|nikad|niciun)\b|(아무에게|절대|κανέναν|ποτέ|ποτε|никоме|никада)/
  condition:
    ((($up_en or $up_sw or $up_lg or $up_rw or $up_am or $up_in)
      and (($ask_en and $code_en) or ($ask_sw and $code_sw) or ($ask_lg and $code_lg) or ($ask_rw and $code_rw)
        or ($ask_am and $arr_am) or $ask_hi or $ask_bn))
      or ($up_x and $ask_x and $code_x and not $no_x and not $phys_x))
    and not $no and not $kin and not $wifi and not otp_negated_share
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule otp_dial_ussd_enter_code : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "'Dial *170# and enter the code we send you': a caller walks the reader through a mobile-money menu to approve a transfer or hand over the account; or 'a bonus, promotion or gift is pending on your MoMo, dial *126# and enter the code and your secret code or PIN to validate it', or 'dial *110#, allow cash out, enter your PIN' from a fake customer service, or 'your SIM was drawn, dial #150*...# to validate your prize', or 'your Orange Money or MoMo account shows an anomaly, dial #150*...# and enter your secret code to fix it', or 'you received a refund or credit, dial a long menu string holding a number and the amount, then your secret code, to validate it' (English: Ghana's MTN MoMo, Telecel/Vodafone Cash, AirtelTigo Money; French)"
  strings:
    $dial = /\b(dial|press|type|go to|composez|compose|composer|tapez|tape|taper|faites|fais)\b.{0,10}(\*|#)[0-9]{1,2}[0-9#*]{1,12}#/
    $code = /\b(enter|input|type|put) (the |a |our )?(code|otp|pin|number)( (we|i) (will )?(send|sent|give))?\b|\b(code|otp|pin) (we|i) (will )?(send|sent)\b/
    // French: "entrez le code 4417", "saisissez le code ... et votre code secret"
    $code_fr = /\b(entrez|entre|entrer|saisissez|saisis|saisir|tapez|tape|taper|mettez|mets|renseignez|inserez)( le| ce| votre| ton| un)? (code|pin|mot de passe)\b/
    // the secret code or PIN itself asked for after the menu
    $secret = /\b(code secret|code pin|mot de passe|(votre|ton) (pin|code)|your (secret |momo |mobile money |wallet )?(pin|code)|secret (code|pin)|pin code)\b/
    // the bait: a bonus, a gift, a prize or a refund pending (a relative's "type #144# and your PIN
    // to check your balance" has none)
    $lure = /\b(bonus|gift|reward|prize|cashback|promo|promotion|won|congratulations|cadeau|prime|gain|gains|remboursement|refund|pending|en attente)\b/
    // Ghana's "you have a bonus or promotion of GHS 500, dial *170# and approve": the menu's
    // approval moves the reader's money out (a friend's payment request to approve has no bait)
    $approve = /\b(approve|approval|approvals|accept|authori[sz]e)\b/
    $bait = /\b(you have|you've|you|your) ([a-z0-9,.]{1,12} ){0,4}(bonus|gift|reward|prize|promo|promotion|cashback)\b|\b(bonus|gift|reward|prize|promotion|cashback) (of|worth)\b/
    // Ghana and Cameroon: "customer service: to complete your account upgrade dial *110#, select Allow
    // Cash Out, enter your PIN" (the menu's cash-out approval); "votre puce a ete tiree au sort,
    // composez #150*...# pour valider votre gain" (the menu sends the reader's money)
    $cashout = /\ballow cash ?-?out\b|\b(account|wallet|sim|momo) (upgrade|update|verification|reactivation)\b|\bcustomer (service|care)\b|\bservice client(ele)?\b/
    $valid_fr = /\bpour (valider|confirmer|recevoir|retirer|reclamer|encaisser|activer|debloquer) (votre |ton |le |la )?(gain|lot|prix|cadeau|bonus|transfert|remboursement)\b/
    // "an anomaly or irregularity on your account: dial #150*...# and enter your secret code to fix it"
    // (English, French): the wallet's fault the menu is said to repair
    $fault = /\b(anomal\w{1,4}|irregularit\w{1,3}|dysfonctionnement|suspicious (activity|transaction)|activite suspecte|operation suspecte|(is|was|has been|will be) (suspended|blocked|restricted|frozen)|(est|a ete|sera) (suspendu|bloque|restreint|gele)e?)\b/
    // a relative's help or story ("maman, tape #144#", "my MoMo had an issue, I dialed"), or the carrier's warning
    // (not "my": the menu's own "My Wallet > My Approvals")
    $fault_me = /\b(maman|papa|mum|mom|mummy|dad|bro|sis|chale|mon|j'ai|i (dialed|dialled|did|entered|typed|tried)|jamais|never|scam|arnaque)\b/
    // The fake refund or credit: "vous avez recu un remboursement de 75 000 FCFA, pour le valider composez
    // *133*4*1*05xxxxxxxx*75000# puis entrez votre code secret" (French, English): a menu string of three or more
    // parts (the code, a menu choice, a long number: the thief's wallet), the transfer the reader is made to send
    // (compile cost: one exact digit first, then counted pairs, not [0-9]{2} runs or counted groups: ~0.3 ms, not ~18)
    $dial_long = /\b(dial|press|type|composez|compose|composer|tapez|tape|taper|faites|fais)\b.{0,10}[*#][0-9]{1,4}\*[0-9*]{1,20}\*[0-9][0-9]{1,2}[0-9]{1,2}[0-9]{1,2}[0-9]{1,2}[0-9]{1,2}[0-9]{1,2}[0-9*]{0,16}#/
    // ... beside a credit or refund said to be waiting for the reader ...
    $credit = /\b(vous avez recu|tu as recu|you have received|you've received|(has been|have been|was|been|est|a ete) (credited|credite|creditee|refunded|rembourse|reverse)|remboursement|refund|reversal|un credit|a credit|bonus|cadeau|gain|prime|en attente|pending)\b/
    // ... to be "validated" or "received" by it
    $valid_any = /\bpour (le |la |les )?(valider|confirmer|recevoir|encaisser|debloquer|activer|retirer|reclamer)\b|\bto (validate|confirm|receive|claim|accept|release|unlock|redeem) (it|the|your|this|them)\b/
    // "wallets are being upgraded / migrated: open the MoMo menu (*165#), go to My Approvals and approve the
    // pending request to confirm your wallet" (Ghana, Uganda, Zambia, Nigeria): no bait, the upgrade story is the lure
    $open_menu = /\b(open|access|visit|launch|go to)\b.{0,24}[*#][0-9]{1,2}[0-9#*]{1,12}#/
    $migrate = /\b(wallets?|accounts?|momo|mobile money|lines?|sims?) (is |are |has |have )?(being |been |now |currently )?(upgraded|upgrading|migrated|migrating|verified|revalidated|reverified|re-verified)\b|\b(wallet|account|momo|sim) (migration|revalidation|re-?verification)\b|\bto (confirm|verify|validate|secure|keep|reactivate) (your|ur) (wallet|momo|mobile money|account|line|sim)\b/
  condition:
    (($dial or $open_menu) and $approve and $migrate and not $fault_me and not otp_negated_share)
    or ($dial and ($code or (($code_fr or $secret) and ($lure or $cashout)) or ($approve and $bait) or $valid_fr
      or ($fault and ($code_fr or $secret) and not $fault_me and not otp_negated_share))
    or ($dial_long and $credit and ($code or $code_fr or $secret or $valid_any) and not $fault_me and not otp_negated_share))
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule otp_wallet_pin_for_prize : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A prize, bonus or free data from a carrier or its mobile-money wallet (Africell Afrimoney, MTN MoMo, Orange Money, Airtel Money) that asks for the wallet PIN or secret code 'to confirm your identity', or a carrier threatening deactivation that asks for your ID number and wallet PIN (English, French): no carrier ever asks for it"
  strings:
    // the PIN or secret code asked for by text (not "enter": the wallet's own menu asks that on the phone)
    $ask = /\b(send|sending|reply with|replying with|reply|text|texting|provide|providing|give|giving|share|sharing|tell|forward|forwarding|submit|sms)( us| me| back)?( with)? (your|ur|the) ([a-z-]{1,12} ){0,2}(pin|pin code|pin number|secret code|secret pin|password|passcode)\b/
    $ask_fr = /\b(envoyez|envoie|envoyer|envoyant|communiquant|communiquez|communique|communiquer|donnez|donne|donner|transmettez|transmets|transmettre|renvoyez|renvoie|indiquez|indiquer|repondez avec|repondre avec)(-nous|-moi| nous| moi)? (votre|ton) (code secret|code pin|pin|mot de passe|code confidentiel|code de retrait)\b/
    // the bait: a prize, a bonus, free data or airtime
    $bait = /\b(won|winner|prize|gift|bonus|reward|promo|promotion|selected|congratulations|free (data|airtime|bundle|internet|credit|gb|mb)|gagne|gagnant|cadeau|felicitations|lot|recompense|gratuit|gratuite|gratuits|offert|offerte|selectionne|tire au sort)\b/
    // ... a wallet or the identity check that the PIN is said to be for
    $wallet = /\b(afrimoney|africell|momo|mobile money|orange money|airtel money|moov money|flooz|wave|m-?pesa|vodafone cash|telecel cash|tigo pesa|free money|t-?money|wallet)\b/
    $why = /\b(confirm|verify|validate|prove|authenticate) (your|ur) (identity|account|ownership|number|sim)\b|\bto (receive|claim|redeem|activate|credit) (your|the|this) (gift|prize|bonus|data|reward|airtime|money)\b|\b(confirmer|verifier|valider|justifier|authentifier) (votre|ton) (identite|compte|numero)\b|\bpour (recevoir|retirer|reclamer|activer|valider|crediter) (votre|ton|le|la|vos) (gain|gains|cadeau|bonus|lot|prix|argent|internet|forfait)\b/
    // the carrier's own warning: never share the PIN
    $never = /\b(never|nobody|no one|do not share|don't share|dont share|jamais|ne (le |la )?(communiquez|partagez|donnez|transmettez|divulguez))\b/
    // the carrier's deactivation threat: send your ID number and your wallet PIN "to avoid suspension"
    $ask2 = /\b(send|reply with|text|provide|share|forward|submit)\b.{0,60}\b(your|ur) ((mobile money|momo|wallet|[a-z]{1,10} money) )?(pin|pin code|secret code)\b|\b(envoyez|envoie|envoyer|communiquez|transmettez|donnez|repondez avec)\b.{0,60}\b(votre|ton) (code secret|code pin|pin|code confidentiel)\b/
    $deact = /\b(deactivat\w{1,4}|suspend\w{0,4}|suspension|blocked|barred|disconnect\w{0,4}|desactiv\w{1,6}|suspendu\w{0,2}|bloque\w{0,2}|coupure|resiliation)\b/
    $idnum = /\b(cni|carte d'identite|numero d'identite|piece d'identite|national id|id number|id card number|nin|ghana card)\b/
  condition:
    (($ask or $ask_fr) and $bait and ($wallet or $why) or ($ask2 and $deact and $idnum and $wallet))
    and not $never and not otp_negated_share
}

rule otp_reply_y_activate_link : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "'Reply Y, then reopen this message to activate the link': the trick that makes a phone enable a stranger's link, beside a link (English, Vietnamese, Indonesian, Tagalog, Dutch, Swedish, French, German, Thai, Greek, Italian, Swahili, Kinyarwanda, Luganda, Arabic, Amharic)"
  strings:
    // the reply of a single letter (Y, 1) asked for, and the link that it "activates" or "opens"
    $y = /\b(reply|respond|answer|text back|tra loi|phan hoi|balas|mag-?reply|sumagot|antwoord|beantwoord|svara|repondez|repondre|antworten sie|antworte)( with| dengan| ng| met| med| par| mit)? "?(y|yes|1)"?\b|(ตอบกลับ|พิมพ์) ?"?(y|1)"?/
    $act = /\b(activate|enable|unlock|open|re-?open|kich hoat|mo (lien ket|link)|aktifkan|mengaktifkan|buka|i-?activate|activeren|openen|aktivera|oppna|activer|ouvrir|aktivieren|offnen)\b.{0,40}\b(link|links|lien ket|lien|tautan|lank|lanken|lenke)\b|\b(link|links|lien ket|tautan|lanken|lien)\b.{0,40}\b(activate|activated|enable|enabled|clickable|kich hoat|aktif|diaktifkan|activated|geactiveerd|aktiveras|aktiverad|active|actif|aktiviert)\b|(เปิดใช้|ใช้งาน).{0,40}(ลิงก์|ลิ้งค์)|(ลิงก์|ลิ้งค์).{0,40}(เปิดใช้|ใช้งานได้)/
    // Greek, Italian, Swahili, Kinyarwanda, Luganda, Arabic, Amharic (a Greek or Arabic letter is two bytes, a
    // Ge'ez letter three: wider gaps): "απαντήστε με Y", "rispondi con 1", "jibu Y", "subiza Y", "ddamu Y",
    // "رد بـ Y", "Y ብለው ይመልሱ" ...
    $y2 = /(απαντήστε|απαντηστε|απάντησε|απαντησε|απαντήστε μας|rispondi|rispondete|risponda|rispondere|jibu|ujibu|subiza|musubize|usubize|ddamu|muddemu|رد|ردي|ردوا|قم بالرد|الرد) ?(με|con|kwa|na|ne|ب|بـ)? ?"?(y|1)"?( |$|,|\.|\))|(y|1)"? (ብለው|በማለት|ብለህ|ብለሽ) (ይመልሱ|ይላኩ|መልስ|መልሱ)/
    // ... and the link made to work by reopening the message
    $act2 = /(ενεργοποι|λειτουργ|σύνδεσμο|συνδεσμο|σύνδεσμος|συνδεσμος).{0,80}(σύνδεσμο|συνδεσμο|σύνδεσμος|συνδεσμος|link|ενεργοποι|λειτουργ)|\b(attivare|attivato|attivo|abilitare|abilitato|cliccabile|cliccabili)\b.{0,40}\b(link|collegamento)\b|\b(link|collegamento)\b.{0,40}\b(attivare|attivato|attivo|abilitare|abilitato|cliccabile)\b|\b(kiungo|linki|link)\b.{0,40}\b(kifanye kazi|ifanye kazi|kiweze kufanya kazi|iweze kufanya kazi|kufanya kazi|ianze kufanya kazi|kiwashwe|kuwasha|kuamilisha|kitafanya kazi|kianze kufanya kazi|ikore|ukore|gukora|ifunguke|okukola|ekole)\b|\b(kuamilisha|kuwezesha|gukora|gufungura|okukola|okuggulawo)\b.{0,40}\b(kiungo|linki|link)\b|(الرابط|رابط|اللينك|لينك).{0,60}(لتفعيل|تفعيل|يتفعل|يتم تفعيل|قابل للنقر|قابلا للنقر|لتنشيط|يشتغل|يعمل)|(لتفعيل|تفعيل|لتنشيط).{0,40}(الرابط|اللينك)|(ሊንኩ|ሊንኩን|ሊንክ|ማስፈንጠሪያ).{0,90}(ለማንቃት|እንዲሰራ|እንዲከፈት|ይነቃል|ይሰራል)/
  condition:
    ($y and $act or $y2 and ($act or $act2)) and (url_count > 0 or shortener_count > 0)
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

// The code asked back in the Americas' languages (Spanish, Portuguese, French, English): "envíanos el código", "me
// passa o código", "communiquez-nous le code", "send us the code", or, beside a code word, "pásamelo", "me manda ele",
// "renvoie-le moi", "read it to me"
private rule otp_code_ask_americas
{
  strings:
    $es_n = /\b(envianos|enviame|envienos|envieme|envia|envie|mandanos|mandame|mandenos|mandeme|manda|mande|pasame|pasanos|paseme|pasa|pase|dinos|dime|diganos|digame|decime|decinos|reenvia|reenvie|reenvianos|reenviame|reenvienos|reenvieme|indique|indiquenos|indiqueme|indicame|indicanos|dictenos|dicteme|dictanos|dictame|comparte|comparta|compartenos|compartanos|proporcione|proporcionenos|facilitenos|necesitamos|necesito|escribe|escriba|escribi|escribinos|confirme|confirma)( por aqui| aqui| aca| a este numero| por este medio| por favor| porfa| rapido)? (el|ese|este|tu|su) (code|codigo|pin|clave)\b|\b(responde|responda|contesta|conteste)( a)?( este| el)? (mensaje|sms)? ?con (el|ese|este|tu|su) codigo\b/
    $es_p = /\bme lo (puedes |puede |podes |podrias |podria )?(pasar|pasas|pases|mandar|mandas|mandes|enviar|envias|envies|reenviar|reenvias|reenvies|dictar|dictas|decir|dices|compartir|compartes|confirmar|confirmas)\b|\b(pasamelo|mandamelo|enviamelo|reenviamelo|dictamelo|dimelo|decimelo|pasanoslo|mandanoslo|envianoslo|escribimelo|escribemelo|escribilo|indiquemelo|digamelo|dictemelo|envieme?lo|mandemelo|pasemelo|reenviemelo)\b/
    $pt_n = /\b(envie|envia|enviando|mande|manda|mandando|passe|passa|passando|informe|informa|informando|encaminhe|encaminha|repasse|repassa|digite|digitando|diga|fala|confirme|me (mandar|enviar|passar|informar|encaminhar|repassar|falar|dizer)|preciso d|precisamos d)( aqui| me| nos| para mim| pra mim| para nos| pra gente| (pra|para) (este|esse) numero)? ?(o|esse|este|seu) (codigo|code|pin)\b|\b(responda|responde)( (a|essa|esta) mensagem)? com (o|esse|este|seu) codigo\b/
    $pt_p = /\bme (manda|mande|passa|passe|envia|envie|encaminha|encaminhe|repassa|repasse|informa|informe|fala|diz|diga)( ele| esse| isso| aqui| por aqui| pra mim| por favor| pfv| pf)\b|\b(pode|poderia|consegue) me (informar|passar|mandar|enviar|falar|dizer|encaminhar|repassar)( ele| esse| por favor| aqui)? ?\?/
    $fr_n = /\b(envoyez|envoie|renvoyez|renvoie|transmettez|transmets|communiquez|communique|donnez|donne|dites|dis|indiquez|indique|transferez|transfere|dictez|dicte|lisez|confirmez)(-nous|-moi| nous| moi)? (le|ce|votre|ton) code\b|\b(nous|me|m') ?(transmettre|envoyer|renvoyer|communiquer|donner|dire|indiquer|dicter|confirmer|transferer) (le|ce|votre|ton) code\b|\b(repondez|reponds)( a ce (message|texto|sms))? avec (le|ce|votre|ton) code\b/
    $fr_p = /\bme (le|la) (transmettre|transmets|transmettez|donner|donnes|donnez|communiquer|communiques|communiquez|transferer|transferes|transferez|envoyer|envoies|envoyez|renvoyer|renvoies|renvoyez|dire|dis|dites|lire|dicter|faire suivre|faire parvenir)\b|\b(envoie|envoyez|renvoie|renvoyez|transfere|transferez|transmets|transmettez|donne|donnez|communique|communiquez|dis|dites|lis|lisez|dicte|dictez)[- ](le|la)[- ]?(moi|nous)\b/
    $en_n = /\b(send|forward|text|tell|give|read|provide|share|pass|confirm)( it| us| me)?( back)?( to us| to me)? (the|that|this|your|ur)( [0-9]-digit| six-digit| 6 digit| verification| security| confirmation| sms| whatsapp| telegram| one-time)? (code|otp|pin)\b|\b(reply|respond)( back)?( to (this|the) (message|text))? with (the|that|this|your|ur)( [0-9]-digit| six-digit| verification| security| confirmation)? (code|otp|pin)\b|\bwhat'?s (the|that|ur|your) (code|otp|pin)( ?\?| (you|u|ya) (just )?(got|get|received))/
    $en_p = /\b(send|forward|text|read|tell|give|pass|screenshot)( it| that| them)( back| over| out)?( to)? (me|us|this number|here)\b|\b(can|could|would) you (please |pls |kindly )?(send|forward|text|read|pass|share) (it|that|them)\b/
    $code = /\b(codigo|code|pin|otp)\b/
  condition:
    $es_n or $pt_n or $fr_n or $en_n or (($es_p or $pt_p or $fr_p or $en_p) and $code)
}

// The warning said around such an ask: never, to nobody, a scam ("no lo compartas con nadie", "não passe pra
// ninguém", "ne le donnez jamais", "scammers pretend"), or a door's, a gate's or the Wi-Fi's code, no one-time code
private rule otp_code_warning_americas
{
  strings:
    $phys = /\b(code|codigo|pin) (for|to|of|del|de la|de|da|do|du|pour)( the| la| el| o| a| le)? (door|gate|gym|wifi|wi-fi|alarm|garage|locker|building|lockbox|puerta|porton|portao|porta|alarma|alarme|garagem|edificio|predio|porte|portail|immeuble|casier|candado|cadeado)\b|\b(door|gate|wifi|wi-fi|alarm|garage|locker|building|lockbox|keypad) (code|pin)\b/
    $no = /\b(nunca|jamas|jamais|never|nadie|ninguem|personne|anyone|anybody|nobody|no one|estafa|estafas|estafador\w{0,3}|golpe|golpes|golpista|golpistas|arnaque|arnaques|fraudeur|fraudeurs|escroc|escrocs|scam|scams|scammer|scammers)\b|\bno (lo |la |le )?(compartas|comparta|des|de|envies|envie|pases|pase|reenvies|mandes)\b|\bnao (compartilhe|passe|envie|mande|informe|repasse)\b|\bne (le |la )?(communiquez|donnez|partagez|transmettez|envoyez|donne|partage|envoie)\b/
  condition:
    $no or $phys
}

rule otp_chat_app_deletion_code : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A WhatsApp or Telegram 'support' saying the account will be deleted, suspended or banned unless the reader sends back the code that came by SMS (Spanish, Portuguese, French, English), from a person's number: the code registers the account on the thief's phone"
  strings:
    $app = /\b(whatsapp|whatsap|wpp|zap|zapzap|telegram)\b|\b(do|no|seu|o|del|tu|su) whats\b|\bmeta (support|suporte|soporte|security|seguranca|seguridad|securite)\b|\b(de|da|from|chez) meta\b/
    // the account to be deleted, suspended, banned or disabled (participles and nouns of the four languages)
    $threat = /\b(eliminad[oa]|borrad[oa]|suspendid[oa]|bloquead[oa]|desactivad[oa]|deshabilitad[oa]|inhabilitad[oa]|dad[oa] de baja|excluid[oa]|apagad[oa]|suspens[oa]|desativad[oa]|banid[oa]|removid[oa]|supprimee?|suspendue?|bloquee?|desactivee?|bannie?|resiliee?|deleted|suspended|banned|blocked|disabled|terminated|deactivated|eliminacion|exclusao|suppression|deletion|suspension|suspensao|bloqueio|blocage|se va a bloquear|(sera|vai ser) encerrad[oa]|(sera|va etre) fermee?)\b/
  condition:
    $app and $threat and otp_code_ask_americas and not otp_code_warning_americas and not otp_negated_share
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule otp_marketplace_buyer_code : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A 'buyer' answering a listing on OLX, Mercado Libre, Facebook Marketplace, Kijiji or Leboncoin who says a code will reach the seller's phone 'to confirm the payment, the shipment or that you are the seller' and asks for it (Portuguese, Spanish, English, French): the code is a chat app's or a bank's; or, from a person's number, a buyer on OLX, KupujemProdajem, Vendora or Danggeun who says a code will reach the seller and asks for it, or says the payment is made and the money is to be confirmed or received at a link of unknown standing (Romanian, Spanish, Korean, Greek, Serbian, Croatian, Bosnian)"
  strings:
    // the listing, the buyer or the seller
    $mk = /\b(olx|mercado ?libre|mercado ?livre|marketplace|kijiji|leboncoin|craigslist|facebook|anuncio|anunciad[oa]|anunciaste|publicacion|publicaste|annonce|listing|listed|vendedor|vendedora|vendeur|vendeuse|seller|comprador|compradora|acheteur|acheteuse|buyer|interesad[oa]|interessad[oa]|tenho interesse|me interesa|interested|interessee?|still (selling|available|for sale)|sigue disponible|toujours disponible|encore disponible)\b/
    // the code said to reach the reader: "te va a llegar", "vai chegar", "vous allez recevoir", "will text you"
    $arr_es = /\b(te|le|les) (va a |van a |acaba de |acaban de )?(llegar|llega|llegara|llego|llegue|mandar|manda|mandara|mando|mandaron|enviar|envia|enviara|envio|enviaron)\b/
    $arr_pt = /\b(vai|vao|deve|deveria) (te )?(chegar|receber)\b|\b(voce|vc) (vai |deve ter |ja )?(receber|recebeu)\b|\bque (chegou|chega|vai chegar|foi enviado|te enviei|te mandei)\b|\b(te|lhe) (mandar|enviar|mandou|enviou|mandei|enviei)\b|\b(enviou|mandou) um codigo\b|\b(pro|para o|no) seu (numero|celular|telefone|whats|zap)\b/
    $arr_fr = /\b(vous allez|tu vas|tu va) recevoir\b|\b(vous avez|tu as) (du )?(recevoir|recu)\b|\b(va|vont) (vous |t'|te )?(envoyer|arriver|parvenir)\b|\bje (vous |t'|te )?(envoie|envoies)\b|\brecu (sur|par|au)\b|\b(vous venez|tu viens) de recevoir\b|\bvient de (vous |t')?etre envoye\b/
    $arr_en = /\b(will|gonna|going to|should|is going to) (send|text)\b|\bi'?ll (send|text) you\b|\b(sending|texting) you\b|\b(code|otp|pin) (will |should |is going to )?(arrive|come|pop up)\b|\byou (will |should have |should've |have )?(get|gotten|got|receive|received)\b|\b(comes|came|sent|texted|goes|went) to your (phone|number|cell|mobile)\b/
    // a tracking number, asked by a genuine buyer, is no one-time code
    $track = /\bcodigo de (rastreio|rastreamento|seguimiento|rastreo|envio)\b|\b(tracking|suivi) (code|number|numero|#)\b|\b(code|numero) de suivi\b|\bnumero de (guia|seguimiento|rastreio)\b/
    // Romanian, Korean, Greek, Serbian, Croatian and Bosnian (a Greek or Cyrillic letter is two bytes, a Hangul one three):
    // the listing, the marketplace or the buyer ...
    $mk_x = /\b(olx|vinted|wallapop|milanuncios|vendora|car\.gr|skroutz|kupujemprodajem|kupujem prodajem|kp|njuskalo|halo oglasi|polovni|publi24|anunt[a-z]{0,3}|oglas[a-z]{0,2}|cumparator[a-z]{0,2}|kupac|kupio sam|kupila sam|am cumparat|sunt interesat[a-z]?|zainteresovan[a-z]?|zainteresiran[a-z]?)\b|(당근|중고나라|번개장터|구매자|αγγελ(ί|ι)α|αγ(ό|ο)ρασα|αγοραστ(ή|η)ς|ενδιαφ(έ|ε)ρομαι|огласу|купац|купио сам)/
    // ... the code said to reach the seller's phone ...
    $arr_x = /\b(va veni|vine|veti primi|vei primi|o sa (primiti|primesti)|va sosi|stici ce|stize|dobicete|dobit cete|dobices)\b|(문자로 (갈|올|가|와|보내)|발송될|전송될|θα σας (έ|ε)ρθει|θα σου (έ|ε)ρθει|θα λ(ά|α)βετε|стићи ће|добићете)/
    // ... and asked for: send it to me, tell me
    $ask_x = /\b(mi-l (puteti|poti|trimiteti|spuneti)|trimiteti-mi|trimite-mi|spuneti-mi|spune-mi|comunicati-mi|(mozete li|mozes li|mozete) mi ga (poslati|reci|procitati)|posaljite mi|recite mi|procitajte mi)\b|(알려주|보내주|불러주|να μου τον (στε(ί|ι)λετε|πε(ί|ι)τε)|στε(ί|ι)λτε μου|πε(ί|ι)τε μου|μου τον στε(ί|ι)λετε|пошаљите ми|реците ми)/
    $code_x = /\b(codul|cod|kod|koda|kodove)\b|(인증번호|인증 ?코드|κωδικ|код)/
    // ... or a payment the buyer says was made, the money to confirm or receive at a link
    $paid_x = /\b(am efectuat plata|am platit|am trimis (plata|banii)|v-am trimis (plata|banii)|uplatio sam|uplatila sam|uplatili smo|poslao sam (novac|pare)|platio sam|ya te he pagado|te he pagado|ya (realice|hice|te hice|he hecho) el pago|ya te (pague|transferi)|te he (enviado|transferido) el dinero)\b|((έ|ε)κανα (την )?πληρωμ|σας (έ|ε)στειλα (τα )?χρ(ή|η)ματα|입금했|송금했|결제했|입금 ?완료|송금 ?완료|уплатио сам)/
    $recv_x = /\b(confirmati (plata|primirea|tranzactia)|primiti banii|sa primiti|incasati|potvrdite uplatu|primite novac|da primite|naplatite|confirma el pago|confirmar el pago|recibir el dinero|liberar el dinero|cobrar (el|tu) dinero)\b|(επιβεβαι(ώ|ω)στε|να τα λ(ά|α)βετε|λ(ή|η)ψη των χρημ|결제 ?확인|수령|계좌 ?인증|판매 ?대금|потврдите уплату|примите новац)/
    // the seller's own warning about it
    $no_x = /\b(nimanui|niciodata|teapa|nikome|nikada|prevar[a-z]{1,3})\b|(아무에게|절대|사기|κανέναν|απ(ά|α)τη|никоме|превар)/
  condition:
    ($mk and ($arr_es or $arr_pt or $arr_fr or $arr_en) and otp_code_ask_americas and not $track
      and not otp_code_warning_americas and not otp_negated_share and code_count == 0
      and sender_kind != "alpha" and sender_kind != "shortcode")
    or ($mk_x and (($arr_x and $ask_x and $code_x)
        or ($paid_x and $recv_x and url_count > brand_link_count + platform_url_count + named_url_count))
      and not $no_x and not otp_negated_share and code_count == 0 and sender_kind == "phone")
}

rule otp_courier_damage_compensation : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A courier says the reader's parcel was damaged or lost and offers a compensation, and asks for the account number, the IBAN, the card's details or the code from the SMS by reply or at a link, from a person's number (Romanian, Spanish, Korean, Greek, Serbian, Croatian, Bosnian): a courier pays a claim through its own site"
  strings:
    // the courier, the parcel (a Greek or Cyrillic letter is two bytes, a Hangul one three)
    $cour = /\b(curier[a-z]{0,3}|colet[a-z]{0,3}|pachet[a-z]{0,3}|courier|paquete|envio|posiljk[a-z]|paket[a-z]{0,2}|sameday|cargus|seur|correos|mrw|gls|dhl|ups|fedex|post express|d express|bex|elta|acs|speedex|geniki)\b|(택배|배송|δ(έ|ε)μα|αποστολ|пошиљк|пакет)/
    // ... damaged, broken or lost
    $dmg = /\b(deteriorat[a-z]{0,2}|avariat[a-z]{0,2}|pierdut[a-z]{0,2}|danad[oa]s?|dano|roto|rota|perdid[oa]|ostecen[a-z]{0,2}|ostecenj[a-z]|unisten[a-z]{0,2}|izgubljen[a-z]{0,2})\b|(파손|분실|ζημι(ά|α)|καταστροφ|κατεστρ(ά|α)φ|χ(ά|α)θηκε|оштећен|изгубљен)/
    // ... a compensation offered
    $comp = /\b(despagubir[a-z]{0,3}|compensati[a-z]{0,3}|compensar[a-z]{0,2}|compensaremos|indemnizacion|indemnizar|nadoknad[a-z]{0,2}|odstet[a-z]{0,2}|obestecenj[a-z])\b|(보상|배상|αποζημ(ί|ι)ωσ|накнад|обештећ|одштет)/
    // ... and the account, the IBAN, the card or the SMS code asked for
    $ask = /\b(iban[a-z-]{0,4}|numarul (de card|cardului|contului)|datele (cardului|bancare)|cont bancar|numero de (cuenta|tarjeta)|datos (de (tu|su) tarjeta|bancarios)|broj (racuna|tekuceg racuna|kartice)|podatke (kartice|o kartici)|karticu)\b|(계좌번호|계좌 ?정보|카드번호|예금주|인증번호|αριθμ(ό|ο) λογαριασμο(ύ|υ)|στοιχε(ί|ι)α της κ(ά|α)ρτας|κωδικ|број рачуна|податке картице)/
    // the courier's own claim form, or a customer telling of it
    $me = /\b(mama|tata|am primit|am depus|reclamatia mea|mi paquete|mi envio|moj paket|moja posiljka)\b|(제 택배|내 택배|το δέμα μου|мој пакет)/
  condition:
    $cour and $dmg and $comp and $ask and not $me
    and (sender_kind == "phone" or url_count > brand_link_count + platform_url_count + named_url_count)
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule otp_refund_reversal_code_za : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A shop's, delivery app's or bank's agent from a number: a refund failed, a payment to reverse or a debit order to stop, or a code sent by mistake, and send, share or read out the OTP, PIN or code you receive (Southern Africa: English, isiZulu, Afrikaans)"
  strings:
    // the code
    $code = /\b(otp|one time pin|one-time pin|eenmalige pin|pin|ikhodi|i.otp|i.pin|kode|code)\b/
    // the ask: send it back, share it, read it out, give it to us
    $ask_en = /\b(send (it|them|me|us|the)|forward (it|me|the)|give (me|us|the)|share the|read (out|it out) the|read it out|reply with the|need your (pin|otp))\b/
    $ask_zu = /(ngithumelele|sithumelele|usithumelele|ungithumelele|unginike|usinike|ngifowardele|phendula nge)/
    $ask_af = /\b(stuur (asseblief )?(vir (my|ons)|dit|die (otp|kode|eenmalige))|deel (asseblief )?die (kode|otp|pin)|lees dit vir|gee (ons|my) jou|ons jou pin)\b/
    // the story: a refund or a reversal, a debit order, a code about to arrive (a code "sent by mistake"
    // alone is the reversal family's, whose rules weigh a friend's genuine slip)
    $story = /\b(refund|refunds|reverse|reversal|cancel the debit|debit order|terugbetaling|omkeer|kanselleer|debietorder|you will (receive|get)|ibuyisele|ngikubuyisele|sibuyisele|ngihoxise|ngephutha|engagunyaziwe|izovalwa|unauthori[sz]ed|ozoyithola|esizokuthumelela|engena manje|wat jy nou|inkom)\b|(i.refund|ye.refund|ibhange|ebhange)/
  condition:
    $code and ($ask_en or $ask_zu or $ask_af) and $story
    and sender_kind != "alpha" and sender_kind != "shortcode"
    and not otp_negated_share
}

rule otp_stranger_code_ask_intl : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A stranger asks for the code that came or will come by SMS: a fake intercom replacement or building management for its 'master', a courier at the door 'to confirm delivery', a carrier agent or a prize (Russian, Ukrainian, Gulf Arabic, Gulf English, Tagalog, Indonesian, Malay)"
  strings:
    // Russian and Ukrainian: an imperative to tell or send, a code from the SMS, and the stranger's story
    $ru_ask = /(сообщите|назовите|продиктуйте|скажите|пришлите|отправьте|перешлите|повідомте|назвіть|скажіть|надішліть|перешліть|скажи мне|назови мне)[ ,.!]/
    $ru_code = /(код из смс|код с смс|код из сообщения|смс с кодом|код із смс|код з смс|смс з кодом|код подтверждения|код підтвердження|код, который|код который|код, що|код, який|код який|придет код|прийде код|пришел код|прийшов код|вам придет|вам прийде|вам пришел|вам прийшов|придет смс|прийде смс)/
    $ru_story = /(домофон|подъезд|під'їзд|жильц|мешканц|управляющ|керуюч|осбб|тсж|мастер|майстр|курьер|кур'єр|доставщик|доставк|оператор|тариф|выиграли|виграли|приз)/
    $ru_no = /(никому|нікому|никогда|ніколи|мошенн|шахра|сынок|синку|доча|доню|(^|[ ,])(мам|мама|пап|папа|тату|мамо)[ ,!.])/
    // Gulf Arabic: a code said to reach the reader, asked back ("عطني اياه", "ارسله لنا") by a courier, a building, a carrier or a prize
    $ar_arr = /(وصلك|وصلتك|جاك|جاءك|راح يجيك|راح يوصلك|سيصلك|بيجيك|بيوصلك|يوصلك)/
    $ar_give = /(ارسله لي|أرسله لي|ارسله لنا|أرسله لنا|ارسلها لنا|أرسلها لنا|عطني اياه|عطني إياه|عطنا اياه|عطنا إياه|عطني الكود|عطني الرمز|عطنا الكود|عطنا الرمز|دزه لي|دزه لنا)/
    $ar_story = /(مندوب|العمارة|انتركم|الانتركم|البوابة|صيانة|إدارة|ادارة|موظف|خدمة عملاء|جائزة|ربحت|مبروك|الشريحة|الطلب|الشحنة|التوصيل)/
    $ar_no = /(لا تشارك|لا تعط|ابدا|أبدا|احتيال|يمه|يبه|يا ولدي|يا بنتي|ماما|بابا|اخوي|اختي)/
    // Gulf English: "read me the OTP that came to your phone" from a carrier's or a courier's "agent"
    $en_ask = /\bread (me|us) (the|that|this|your)( [a-z0-9-]{1,12}){0,2} (otp|code|pin)\b/
    $en_story = /\b(line|sim|intercom|courier|delivery|driver|rider|prize|won|resident|customer)\b/
    // Tagalog: "pakisend po ang code na natanggap niyo", "pakibasa po ang OTP"
    $tl_ask = /\b(pakisend|paki-send|pasend|pa-send|pakibigay|paki-bigay|pakisabi|paki-sabi|pakibasa|paki-basa|pakiforward|paki-forward)( niyo| nyo| mo)?( po)?( sa akin| sa amin| sa technician| sa rider| sa courier)?( po)?( ang| yung| ng| na)? (code|otp|pin)\b|\b(code|otp)\b.{0,60}\b(pakisend|paki-send|pasend|pa-send|pakibasa|pakisabi|pakibigay)( po)? sa (akin|amin)\b/
    $tl_story = /\b(courier|rider|delivery|agent|rep|globe|smart|dito|tnt|sim|premyo|nanalo|intercom|admin|condo|load|parcel)\b/
    $tl_no = /\b(huwag|wag|hindi|scam|kahit kanino)\b|^(anak|ma|pa|nay|tay)[,!]/
    // Indonesian and Malay: "kirim kode yang masuk ke nomor ini", "bacakan kode OTP", "hantar kod tu kat saya", "bagi TAC"
    $ms_ask = /\b(kirim|kirimkan|kasih tau|kasih tahu|bacakan|bagikan|hantar|hantarkan|bagi|berikan|beritahu|kongsi)( semula| balik)?( ke saya| kepada saya| kat saya| ke kami| kepada kami)? (kode|kodenya|kod|tac|otp)\b|\b(kode|kodenya|kod|tac|otp)\b.{0,50}\b(kirim ke nomor ini|kirim ke saya|kirimkan ke saya|tolong kirim|kasih tau|kasih tahu|hantar semula|kat saya|kepada saya|bagi saya|kepada ejen|kepada juruteknik)\b/
    $ms_story = /\b(kurir|kurier|paket|rider|posmen|parcel|penghantaran|pengelola|pengurus|pengurusan|interkom|gerbang|kondo|apartemen|hadiah|menang|tahniah|selamat!|telkomsel|indosat|maxis|celcom|digi|umobile|ejen|talian|customer service|gopay|data percuma)\b/
    $ms_no = /\b(jangan|siapapun|siapa pun|sesiapa|penipuan|penipu|scam)\b|^(nak|bu|ma|pa|mah|pah|mak|bang)[,!]/
  condition:
    sender_kind != "alpha" and sender_kind != "shortcode" and not otp_negated_share
    and (($ru_ask and $ru_code and $ru_story and not $ru_no)
      or ($ar_arr and $ar_give and $ar_story and not $ar_no)
      or ($en_ask and $en_story)
      or ($tl_ask and $tl_story and not $tl_no)
      or ($ms_ask and $ms_story and not $ms_no))
}
