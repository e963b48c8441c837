// Transactions: verification codes from real services, order and delivery notices without a
// payment request, appointment reminders, bank alerts (card activity, balances, payments),
// carrier notices, rewards, weather and public-service alerts.
//
// A transaction vote files a message away from junk, so every rule here stays silent when the
// message also carries a phishing marker (txn_phishing_markers below): a suspicious link, a
// request to send a code back, a fee to pay, a prize, a locked account with a link.

private rule txn_service_wording
{
  strings:
    // "Reply C to confirm", "to cancel or reschedule", "call us on 0800 ...", "if you cannot attend"
    $w1 = /\b(reply|text|txt) "?(c|y|yes|1|confirm|cancel)"? (to|if|or)\b/
    $w2 = /\bto (cancel|reschedule|amend)\b/
    $w3 = /\bcall (us )?(on |at )?[0-9+(]/
    $w4 = /\bif you (cannot|can't|need to|are unable to) (attend|make it|cancel|change)/
  condition:
    any of them
}

// A sender that is a person's number (mobile, or a number the library cannot place) or an e-mail
// address (iMessage), not a short code or a sender id: where banks do not send from.
private rule txn_personal_number
{
  condition:
    sender_kind == "email" or sender_kind == "phone" and (sender_line == "mobile" or sender_line == "fixed_line_or_mobile" or sender_line == "unknown" or sender_line == "invalid")
}

// A number to call, from a number or an address: a bank's payee or device alert comes from its
// short code or sender id; "a new payee was added, not you? call our fraud team at <number>" from a
// number (a toll-free or landline one too) is the vishing lure that opens the safe-account call.
private rule txn_number_callback
{
  condition:
    (sender_kind == "phone" or sender_kind == "email") and phone_count > 0 and contact_count > 0
}

private rule txn_phishing_markers
{
  strings:
    $code_back1 = /\b(reply|respond|text|send)( back)?( to (this|the) (message|text))? with (the|this|that|your|a) ([0-9]-digit |six-digit |verification |security |confirmation )?(code|otp|pin)/
    $code_back2 = /\b(send|forward|share|tell|give|read)( it| that| this)?( back)? (to )?(me|us)( the| that| this| your)? ([0-9]-digit |six-digit |verification |security )?(code|otp|pin|digits)\b/
    $code_back3 = /\b(code|otp|pin)\b.{0,50}\b(by mistake|by accident|accidentally|mistakenly)/
    $code_back4 = /\b(reply|respond|send|text)( back)?( with)? (it|this code|the code)( back)? (to|in order to) (block|cancel|stop|prevent|secure)/
    // "claim" as the lure's imperative ("claim your prize", "claim now"), not the reader's own claim ("your claim was processed")
    $prize = /\b(you('ve| have)? won |claim (your|now|it|the|this|a|my|here)|claims? (now|today)|prize|winner|congratulations|selected to receive|gift card|reward is waiting|airdrop)\b/
    $premium = /\b[0-9]{1,3} ?p ?\/ ?(msg|min|txt|wk|week)|\b[0-9]{1,2}[0-9] ?ppm\b/
    $unlock_fee = /\b(verification|activation|release|clearance|unlock|unlocking|withdrawal) (fee|tax|charge)\b|\bactivate (your account )?with an? [^ ]{1,10} fee\b|\bto receive the funds,? you (must|need to)\b/
    // a balance to pay has its determiner ("pay the outstanding balance"): "your Amazon Pay balance" is a wallet
    $fee = /\b(pay|settle|cover)( a| the| your)?( small| outstanding| unpaid| redelivery| customs| delivery| shipping)? (fee|fine|toll|charge|duty|duties)\b|\b(pay|settle|cover)( a| the| your| this)( small| outstanding| unpaid| remaining| due)? balance\b|\b(pay|settle) (outstanding|unpaid) balance\b|\b(complete|make|confirm) (the |a |your )?(payment|fee)( of)?\b/
    $fail = /\b(failed|unsuccessful|missed) (delivery|delivery attempt)|could not be delivered|unable to deliver|(incomplete|incorrect|invalid) (shipping |delivery )?address/
    $seed = /\b((seed|recovery|secret) phrase|private key|usdt|trc-?20|erc-?20)\b/
    $lock = /\b(suspended|locked|restricted|blocked|deactivated|frozen|will be (closed|suspended|blocked|deactivated)|unusual activity|suspicious activity)\b/
    $update = /\b(update|verify|confirm|validate|re-?enter) (your )?(address|details|information|identity|payment|billing|card|bank)/
    $provide = /\b(provide|submit|fill in|send) (us )?(with )?(the following|your|the required|some) (information|details|info|data)\b/
    $chat = /\b(wa\.me|t\.me)\/|\b(telegram|whats ?app) ?(@|\+[0-9]|me\b)|\b(on|via|add me on|contact (me|us) on) (whats ?app|telegram)\b/
    // the app's own login link under its login code ("t.me/login/71833"), from its sender id
    $app_login = /\bt\.me\/login\/[0-9]/
    // a real service's warning: "Don't reply to this message with your code"
    $neg_reply = /\b(do not|don't|dont|never|please do not) (reply|respond|text)( back)?( to (this|the) (message|text))? with/
    $deny_call = /\b(did not|didn't) (authori[sz]e|make|place|recogni[sz]e)\b.{0,40}\b(call|ring|dial)\b/
    // the fake-renewal and fake-charge call-back: "to cancel, call 1-888...", "to stop it press 1"
    $cancel_call = /\bto (cancel|dispute|stop|reverse|refund|block|decline)( it| this| the (order|payment|charge|renewal|subscription|transaction|membership))?,? (please )?(call|press|dial|contact|ring|reach)\b/
    // money or an account held until the reader calls or replies: "to receive it, call ...", "call to release the funds"
    $release_call = /\bto (receive|claim|collect|release|get|activate|unlock|reactivate)( it| them| the (funds|money|refund|payment|amount)| your (funds|money|refund|payment|account|card))?,? (please )?(call|contact|dial|ring|reply)\b|\b(call|contact|dial|ring)\b.{0,40}\bto (release|receive|claim|unlock|reactivate) (the|your) (funds|money|refund|payment|account|card)\b|\b(call|contact|dial|ring)\b.{0,40}\bto (verify|confirm|update|validate) (your )?(identity|account|card|details|information)\b/
    // asks for personal details by reply: "confirm your address by replying with your full name"
    $reply_details = /\b(reply|replying|respond|text|send)( back)? with your (full name|name|address|zip|zip code|postcode|date of birth|dob|card|account|ssn|social security|pin|password)\b|\band your (card|account|debit card) number\b/
    // a utility's service cut within hours or today, or a crew on its way to cut it: with a number to call and
    // from no utility's sender id, short code or toll-free line, the disconnection scam, no past-due notice
    $cut_now = /\b(technicians?|techs?|crew|lineman|linemen|field (agent|rep|representative|worker))\b.{0,60}\b(to|will|is going to|is scheduled to) (disconnect|shut off|cut off|cut|turn off)\b|\b(disconnect(ed|ion)?|shut ?off|shut-off|cut off|turned off)\b.{0,40}\b(today|tonight|within (the |an |one |the next )?([0-9]{1,2} ?)?(minutes?|mins?|hours?|hrs?)|in (the next )?[0-9]{1,2} ?(minutes?|mins?|hours?|hrs?))\b|\b(desconectar|desconectado|desconectada|desconexion|cortar|cortado|cortada|corte)\b.{0,40}\b(hoy|esta (tarde|noche)|en [0-9]{1,2} (horas|minutos))\b/
    // a service's own disclaimer: "IRAS will not ask you to make payment via links"
    $never_ask = /\b(will|would|do|does) (never|not) (ask|request|require) (you )?(to )?(make|pay|complete|confirm|settle)\b/
    $pay_deposit = /\bby paying\b|\bpay (the|a|your)( [a-z]{1,12}){0,2} (deposit|fee|charge)\b/
    $not_you_intl = /\b(si (usted |tu )?no (autorizo|realizo|solicito|intento)|no lo reconoces?|no la reconoces?|si no fue usted|nicht sie|wenn sie (das|dies) nicht (waren|veranlasst)|no fuiste tu|no has sido tu|no reconoces|no reconoce|pas vous|ce n'est pas vous|pas a l'origine|nao foi voce|nao reconhece|non sei stato tu|non riconosci|non hai (effettuato|autorizzato)|als u dit niet (was|heeft gedaan)|niet herkent)\b/
    // a carrier's roaming notice states its own per-minute rates
    $roaming = /\b(roaming|you('re| are) now in|calls (to|back to) (the )?uk)\b/
    // a bank sends the reader to the number it printed on the card, not to one in the message
    // a national number phone_count does not read (Spanish, Italian ...), after the verb to call it
    $dial = /\b(llame|llama|chiama|chiami|appelez|rufen sie|ligue)( de inmediato| inmediatamente| ya| subito| immediatamente| immediatement| sofort| imediatamente| agora)?( (al|il|le|uns an|para( o)?))? \+?[0-9][0-9 ]{1,3}[0-9]/
    // money "received from" someone, told by a person's number: the forged receipt that opens the
    // "I sent it by mistake, send it back" scam (an operator's receipt comes from its sender id)
    $received_from = /\breceived\b.{0,40}\bfrom\b/
    $own_number = /\b(number|phone number|no\.?) (on|at) the back of your (card|debit card|credit card)\b/
    $reply_yn = /\breply "?(yes|y)"? or "?(no|n)"?\b/
    // a person by name from a payment app or a bank's team ("this is Michelle from Cash App")
    $agent = /\b(this is|i'm|i am|my name is) [a-z]{2,12},? (from|with|at) (the )?(paypal|cash ?app|zelle|venmo|coinbase|kraken|binance|amazon|apple|microsoft|[a-z]{2,12} (bank|security|fraud|support))\b/
    // a call-back number that is someone's mobile (UK 071-079, India's ten digits from 6-9; not UK 070 personal
    // numbers): a bank's fraud line there is toll-free or a landline (Nigeria's banks do use mobile-range lines)
    $mobile_callback = /\b(call|dial|ring|helpline|contact) (us |our |the )?([a-z]{1,12} )?((team|line|desk) )?((on|at|no\.?:?) )?(07[1-9][0-9]{2} ?[0-9]{2}[0-9] ?[0-9]{2}[0-9]|[6-9][0-9]{2}[0-9]{2}[0-9]{2}[0-9]{2}[0-9])\b/
    // the marketplace buyer's and the payment app's "upgrade to a business account to receive it"
    $business_upgrade = /\b(not a business account|upgrade(d)? (it |your account |the account )?to a business account|business account (upgrade|fee))\b/
    // "if this was not you, cancel it at <link>": the fake-code and fake-charge lure (with a link
    // that is not the brand's own; a bank's "if not you, call us" without a link is ordinary)
    // the fraud team's call-back and the "reply YES or NO" check: banks send them from short codes
    // and sender ids, scammers from personal numbers
    $callback = /\b(call|contact|ring)( our| the)? (fraud|security|card services|fraud prevention) (team|department|line|desk)|\breply "?(yes|y)"? or "?(no|n)"?|\breply "?(yes|y)"? if you (made|attempted|authori[sz]ed|tried)\b|\breply "?1"? (for|if) "?yes"?|\bif (this|it) (was|wasn't|was not|is not|isn't) (not )?you\b/
    // "if not, reply NO and a representative will call you": the call promised after the payment check is the
    // vishing set-up; a bank's own check asks YES or NO and says no more
    $call_promise = /\b(representative|agent|specialist|advisor|adviser|officer|someone|we|member of our [a-z]{1,10} team|(fraud|security|card services|fraud prevention|claims) (team|department|dept|unit|specialist|officer))( will| shall|'ll| is going to| are going to)( shortly| soon| now)? (call|contact|ring|phone|reach out to|get in touch with) you\b|\byou('ll| will) (receive|get) a (call|phone call) from\b/
    // a Zelle or wire payment to confirm ("did you attempt a Zelle payment of $X to <name>? reply YES or NO", "intento
    // usted un pago de Zelle"): from a toll-free number it may be a bank's or the lure's, so no notice's vote
    $p2p_check = /(\b(did you (attempt|try to (send|make|pay)|make|authori[sz]e|send|initiate|request)|(intento|realizo|autorizo|envio|solicito) usted|usted (intento|realizo|autorizo|envio|solicito))\b|¿ ?(intento|realizo|autorizo|envio|solicito) (un|una|el|la))\b.{0,30}\b(zelle|wire|transferencia bancaria|giro bancario)\b/
    $not_you = /\b(if (this|it) (was|wasn't|was not|is not|isn't|were not) (not )?(you|yours|requested by you|generated by you|initiated by you|made by you|authori[sz]ed by you)|if (you|u) (did not|didn't|do not|don't) (request|make|authori[sz]e|recogni[sz]e|initiate|generate|order|place|purchase|buy)|if not (you|requested by you)|not you\?|cancel (this|the) (request|transaction|login|withdrawal|payment|transfer)|confirm or deny|approve or (cancel|decline|deny)|to (approve|cancel|decline|dispute) (it|this|the (payment|transfer|transaction))|(was|has been) (stopped|blocked|flagged|held)|unexpected\?|(messages?|this) unexpected|did you (make|attempt|authori[sz]e)|(text|reply|txt) "?(yes|y|1)"? if you (authori[sz]ed|made|attempted)|not expecting (this|it)|yet to be (received|claimed|collected)|to (receive|claim|collect) (it|the funds|your (funds|money|refund|payment)))/
  condition:
    shortener_count > 0 or ip_url_count > 0 or risky_tld_count > 0 or brand_mismatch_count > 0
    or ($code_back1 and not $neg_reply)
    or any of ($code_back2, $code_back3, $code_back4, $prize, $fail, $seed, $unlock_fee)
    or ($chat and not ($app_login and code_count > 0 and sender_kind == "alpha"))
    or ($fee and not $never_ask)
    or ($premium and not $roaming)
    // (the fake charge has an amount; a profile-change notice "didn't make this change? call us" has none)
    or ($deny_call and not $own_number and (money_count > 0 or txn_personal_number))
    or ($cancel_call and phone_count > 0 and money_count > 0)
    or (($lock or $update or $provide) and url_count > brand_link_count)
    or ($callback and txn_personal_number)
    // a "reply YES or NO" check that also gives a number to call, from no bank's id or short code
    or ($reply_yn and phone_count > 0 and sender_kind != "alpha" and sender_kind != "shortcode")
    or ($agent and sender_kind != "alpha" and sender_kind != "shortcode")
    or ($received_from and txn_personal_number)
    or ($not_you and url_count > brand_link_count + platform_url_count)
    // "not you? call 1-888-..." from a personal number: the fake-charge call-back
    or (($not_you or $not_you_intl or $deny_call) and (phone_count > 0 or $dial) and txn_personal_number)
    or ($release_call and phone_count > 0)
    // "your Zelle transfer of $X is being processed, if you did not authorize reply NO to cancel", "text
    // YES if you authorized": a bank's check comes from its short code, sender id or toll-free number,
    // not from a mobile, landline or VoIP number
    or (($not_you or $not_you_intl) and money_count > 0 and sender_kind == "phone" and sender_line != "toll_free")
    or any of ($reply_details, $pay_deposit, $mobile_callback, $business_upgrade)
    // the payment check that promises a call, from a number or an address (toll-free too): no bank's short code or id
    or ($call_promise and ($not_you or $reply_yn or $callback) and (sender_kind == "phone" or sender_kind == "email"))
    // a Zelle or wire payment check from a toll-free number: not junk (banks' own checks come from those too), but
    // not filed as the bank's notice either (its short code or sender id still is)
    or ($p2p_check and money_count > 0 and sender_line == "toll_free")
    or ($cut_now and phone_count > 0 and sender_kind != "alpha" and sender_kind != "shortcode" and sender_line != "toll_free")
}

// A person's voice, not a service's: "I paid", "from me", "you owe", "lol", "abeg", "mama". A
// notification rule that a friend's text could also match checks it.
// The weather and emergency lure: an alert whose link of unknown standing asks for something
// ("download the alert app at", "get free cooling vouchers", "register for evacuation support").
// The warnings' own "Info: readyharris.org" asks for nothing.
private rule txn_alert_lure
{
  strings:
    $ask = /\b(download|register|claim|get (your )?free|free [a-z0-9]{1,12} (vouchers?|masks?|kits?)|buy|enter your|apply|sign up|request|check your address)\b/
  condition:
    $ask and url_count > brand_link_count + platform_url_count + named_url_count
}

// Where a link goes is of known standing: a brand's or a government's own, a platform's, or
// the sender's own name; notices with a link elsewhere are not trusted with a notice's vote.
private rule txn_links_known
{
  condition:
    url_count == brand_link_count + platform_url_count + named_url_count
}

// "credited to you by mistake, please send it back": the story that opens the reversal scam,
// never a bank's receipt.
private rule txn_mistake_story
{
  strings:
    $m = /\b(by mistake|in error|wrongly|mistakenly|by accident|refund it|send it back|return it|reverse it|please refund)\b/
  condition:
    $m
}

// A parent or grandparent addressed first, with a comma ("Tata, ...", "Mamo, ...", "Papa, ..."): a service never opens so.
private rule txn_kin_first
{
  strings:
    $kin = /^(tata|tato|mamo|mamus\w{0,3}|babciu|dziadku|papa|papi|mami|mamie|mutti|vati|oma|opa|nonna|nonno|abuela|abuelo|avo|avozinha)(,| ,|!)/
  condition:
    $kin
}

private rule txn_personal_voice
{
  strings:
    $p = /\b(i'm|i'll|i've|i'd|my|mine|lol|haha|pls|plz|babe|hun|bro|bros|sis|abeg|oga|chale|mama|mummy|mum|mom)\b|\bi (am|was|will|have|had|think|hope|guess|got|just|booked|made|paid|sent|left|did|bought|need|can|want|owe|transferred)\b|\b(from|to|with|by|for|want|need|let|should) me\b|\b(pick|meet|call|ring|text) me( up)?\b|\byou owe\b|\b(hey|hiya|yo),? (it's|its) [a-z]|\b(sent|sending) (you|u) (a |the )?([a-z]{1,8} ){0,2}request\b|\bdid (you|u) (also |just )?(get|see|hear|receive|read)\b|\bdude\b|\bthey('re| are) saying\b|\b(lmk|btw|tbh|idk|imo|gonna|wanna|gotta|fwd|wya|omw)\b|\bwhere (are|r) (you|u)\b|\b(grandpa|grandma|granny|nana|aunty|auntie|uncle|dad|mum|mom) (wants|says|said|asked|is asking)\b/
    // the same voice in Portuguese, Spanish, French, German, Italian: "fiz o pix", "te paso", "mon rib", "kannst du"
    $p2 = /\b(fiz o|eu fiz|te mandei|te mando|confere ai|te paso|te pase|te envio|me pasas|je t'ai|j'ai (fait|envoye|vire)|tu peux|peux-tu|mon rib|ich hab|hab dir|kannst du|ti ho|puoi farmi|meu|minha|tava|me llego|mi celular|compa|le dices|dile al|guys|moja|moje|dzieki)\b/
    // asking where the reader is ("where are youuu"): a carrier never asks
    $where = /\bwhere (are|r) (you|u|ya)\w{0,3}\b/
    // romanised Hindi: "yaar", "bhai", "where are you", "I'm standing at", "I'm coming"
    $p4 = /\b(yaar|bhai|bhaiya|kidhar|kahan ho|khada (hu|hoon|hun)|khadi (hu|hoon|hun)|aa raha (hu|hoon|hun)|aa rahi (hu|hoon|hun)|mujhe|tujhe|tumhe)\b/
    // in Chinese: "help me", "I put it ... for you", "OK?", "thanks", "remember to pick it up"
    $p3 = /(帮我|帮你|我帮|帮忙|好吗|谢啦|谢谢你|拜托|记得取|别忘了)/
    // ... or a relative addressed first: "姐，...", "妈 ..."
    $p5 = /^(姐|哥|姐姐|哥哥|妈|爸|老妈|老爸|弟弟|妹妹|宝贝|老婆|老公)(,| )/
    // ... or in Thai: "แม่ ...", "พ่อจ๋า ..." (mum, dad, child, elder or younger sibling addressed first)
    $p7 = /^(แม่|พ่อ|ลูก|พี่|น้อง|ยาย|ย่า|ป้า|น้า)( |,|จ๋า|ขา)/
    // a neighbour holding the reader's parcel: "it's Priya from the 2nd floor", "it was left with us" (not a courier's "we leave it with your neighbour")
    $p6 = /\b(this is|it'?s|its) [a-z]{2,12} (from|at|in) (the )?([0-9]{1,2}(st|nd|rd|th) floor|flat [0-9a-z]|apt|apartment|unit [0-9]|house (no|number) [0-9]|next door|upstairs|downstairs|across the (road|street|hall))\b|\b(delivered|dropped|left|came|given) (to|at|with) (us|me|my (place|flat|house|door|apartment|unit))\b/
    // an Interac e-Transfer's answer passed on: the sender sets it, a bank never texts it
    $answer = /\be-?transfer\b.{0,80}\b(answer|password|pw)( is|:| =)|\b(answer|password|pw)( is|:| =) [^ ]{1,20} .{0,40}\be-?transfer\b/
  condition:
    $p or $p2 or $p3 or $p4 or $p5 or $p6 or $p7 or $answer or $where or txn_kin_first
}

// A service's own signs in a message: a reference or booking number, an opt-out footer.
private rule txn_service_reference
{
  strings:
    $ref = /\b(ref|reference|booking|appt|appointment|token|uhid|mrn|case|application|confirmation|registration|patient|epic) ?(no\.?|number|id|#) ?:? ?#?[a-z0-9-]{0,4}[0-9]|\bref\.?:? ?#?[a-z]{0,4}[0-9]/
    $footer = /\b(reply|text|txt) "?stop\b|\bopt[- ]?out\b|\bunsubscribe\b/
  condition:
    $ref or $footer
}

// A family's errand told from someone's number: "Papa's checkup at the hospital tomorrow 9am",
// "polls open at 7, our place is the library". A relative's possessive or "our" home, polling
// place or street, with none of a service's signs: no link, no reference number, no footer.
// (mum, mom, sis, bro are already txn_personal_voice; a clinic writes "your son's", an agency "your polling place")
private rule txn_household_errand
{
  strings:
    $fam = /\b(papa|papaji|dad|daddy|dada|dadi|nana|nani|nanu|grandma|grandpa|granny|grandad|amma|ammi|abbu|appa|maa|aunty|auntie|uncle|didi|chacha|chachi|mausi|mami|bua)('s| ka| ki| ke| ji)\b/
    $our = /\bour (place|booth|polling|voting|ward|colony|society|building|street|flat|house|home|area|neighbou?rhood|block|lane|village)\b|\b(hamara|hamare|hamari)\b/
  condition:
    ($fam or $our) and txn_personal_number and url_count == 0 and not txn_service_reference and not txn_service_wording
}

// Written by a person to the reader, from a person's number (any phone line but a toll-free one):
// a question put to the reader ("did you vote yet?", "can you pick it up?", "school leave ah?"),
// first-person chat ("we're doing secret Santa", "booked the tickets"), chat markers ("!!!",
// "omg", a face or a heart to end on), a relative named ("your dad", "Aunt Carol"). A clinic's,
// a school district's or an election office's notice from a long number has none of them; the
// signs a notice can also carry (a question, a relative, an emoji, "tmrw") count only without
// the service's own ("reply C to confirm", a reference number, an opt-out footer).
private rule txn_person_to_reader
{
  strings:
    $chat = /!!!|\?\?|\b(omg|lmao|lmfao|hehe|hahaha|ikr|ttyl|ngl|smh|xoxo|machan|machi|macha)\b/
    $ask = /\b(did|can|could|are|r|will|do|wanna|want to) (you|u|ya|y'all|yall)\b[^.!?]{0,60}\?|\b(did|do|does|is|are|will) (they|there|it|school|schools)\b[^.!?]{0,60}\?|\b(ah|aah|meh|leh|lah|lor|na|kya|right|yeah|ok|okay|or not) ?\?/
    $we = /\bwe're (doing|going|gonna|planning|thinking|all|still)\b|\bwe (booked|bought|drew|picked|decided)\b|\blet's (go|do|meet|get|all)\b|\bour (tickets|seats|train|flights?|trip|tix|holiday|vacation|booking|secret santa)\b|\btickets (are )?done\b|^(booked|got|bought|grabbed|done|reached) (the|our|your|it|us|tickets|seats)\b|^sent (you|u) (the|our|your|it)\b/
    $kin = /\b(dad|daddy|grandma|grandpa|granny|aunt|aunty|auntie|uncle|cousin|hubby)\b/
    $short = /\b(rn|tmrw|tmr|2mrw|2moro|ur|cuz|coz)\b/
    // a chat face or heart to end on (a business's smile or parcel is not one): tears of joy, sweat
    // smile, grinning squint, heart eyes, unamused, kiss, pout, huff, weary, grimace, loud crying,
    // flushed, upside-down, eye roll, thinking, rolling laughing, facepalm, shrug, hearts face,
    // holding back tears, pleading, skull, two hearts, heavy heart
    $emoji_end = /(\xf0\x9f(\x98[\x82\x85\x86\x8d\x92\x98\xa1\xa4\xa9\xac\xad\xb3]|\x99[\x83\x84]|\xa4[\x94\xa3\xa6\xb7]|\xa5[\xb0\xb2\xba]|\x92[\x80\x95])|\xe2\x9d\xa4)[^a-z0-9]{0,12}$/
  condition:
    sender_kind == "phone" and sender_line != "toll_free"
    and ($chat
      or (any of ($ask, $we, $kin, $short, $emoji_end) and not txn_service_wording and not txn_service_reference))
}

// What keeps a message out of Transactions whatever notice it resembles: a phishing marker, or a
// person speaking from a person's number ("the OTP came on my phone, it's 7193", "I sent you
// $85 via PayID"). A service's notice neither says "I" nor comes from someone's mobile.
// A bonus or free credit in a game or betting account with a call to play or claim: marketing (or
// an unlicensed operator's bait), never an account's notice, whatever money it names
private rule txn_gambling_bonus
{
  strings:
    $game = /\b(rummy|poker|teen ?patti|casino|slots?|jackpot|betting|sportsbook|aviator|satta|ludo|fantasy (cricket|team|league)|free ?bets?|bet (on|now|today|with))\b/
    $bonus = /\b(bonus|free ?bets?|free ?credits?|free spins?|cashback|welcome offer)\b/
    $play = /\b(play|bet|claim|win|wager|spin|deposit|join|download)\b/
    // the betting site's deposit pitch that names no game (Nigeria, Ghana, Kenya, India): "welcome
    // bonus 500%, deposit N1,000 and play with N6,000, instant withdrawal", "200% first deposit bonus"
    $pitch = /\b(welcome|first deposit|1st deposit|deposit|sign-?up|registration|reload|match(ed)?) bonus\b|\b[0-9]{1,3}% (welcome |deposit |first deposit |1st deposit |sign-?up |match )?bonus\b|\bbonus of [0-9]{1,3}%/
    $stake = /\b(play|plays|bet|bets|betting|stake|wager|odds|spins?|games?|jackpot|withdrawals?)\b/
    // a card's "welcome bonus of 60,000 points" or a bank's "direct deposit bonus" is no stake
    $card = /\b(direct deposit|checking|savings|points|miles|card ?member|statement credit)\b/
    $play_with = /\b(deposit|stake|fund|top ?up|load)\b.{0,40}\b(and|&|to) (play|bet|stake|wager) with\b|\b(play|bet|stake) with (n|ngn|₦|ksh|kes|kshs|ghs|ghc|gh₵|₵|rs\.?|inr|₹|\$|usd) ?[0-9]/
  condition:
    ($game and $bonus and $play) or ($pitch and $stake and not $card) or $play_with
}

// A friend telling the reader a payment is on its way, in the first person without the "I": "just
// sent you $50 on Zelle for the concert tix", "ok zelled you $75 for the tickets", "sent ya $35
// thru cash app". A payment app's or a bank's notice names the payer ("JOHN SMITH sent you") and
// comes from its short code or id; this comes from a person's number, with none of the account's
// words (a balance, "your account", a reference number). (A sentence's end before it is a word's, not a
// payer's initial: "Jordan P. paid you".)
private rule txn_friend_transfer
{
  strings:
    $sent = /(^|[a-z0-9)][a-z0-9)][.!?] |[!?,:;] |\b(ok|okay|kk|hey|hi|yo|alright|done|yep|yup|also|and|there) )(just |already |also )?(sent|paid|zelled|venmoed|venmo'd|cashapped|cash apped|cash app'd|paypaled|paypal'd|transferred) (you|u|ya|y'all|yall)\b/
    $bank = /\byour (account|acct|a\/c|balance|checking|savings)\b|\b(available|avl|current|new) (bal|balance)\b|\b(transaction|txn|confirmation) (id|no|number|#)/
  condition:
    $sent and money_count > 0 and txn_personal_number and not $bank and not txn_service_reference
}

// A code passed on by a relative or a friend in their own words: "Beta, gas book kar diya hai, OTP
// delivery wale ko de dena, khana kha liya?", "Didi, cab aa rahi hai, ride PIN usko bol dena", "Son,
// the LPG OTP is ..., how was your exam?", "there's the code, don't ask me again 😂". A service writes
// its code in its own sentence; a person writes around it: a relative addressed, the familiar "I" and
// "you" of romanised Hindi, the informal imperative ("bata dena", "de de"; a service's is "batayein",
// "dein"), a question about the reader's day, a chat face. txn_veto reads it beside a code (code_count)
// from a sender that is no business's id, short code or toll-free line.
private rule txn_code_relay
{
  strings:
    // a relative or a pet name first: "Beta, ...", "Papa, OTP ...", "Putha ...", "Mum, ..." ("Papa John's" and
    // DiDi's "[DiDi]" are no address: papa, son, didi and the English kin only with a comma, an exclamation or "ji")
    $kin_open = /^((hi|hello|hey|arre|are|oye|suno|o) )?(beta|beti|betu|bete|putha|puthe|duwa|bhaiya|bhaiyya|mummy|mumma|mamma|ammi|abbu|amma|appa|aai|chacha|chachi|chachu|mausi|bhabhi|jiju|dadi|nani|kiddo|sweetie|sweetheart|jaan)\b|^((hi|hello|hey|arre|are|suno) )?(papa|pappa|son|didi|dada|maa|baba|mom|mum|mommy|dad|daddy|aunty|auntie|uncle|grandma|grandpa|granny|nana|bro|sis)( ji)?[,!]/
    // ... or told what to do for a relative or by one: "didi ko", "papa ne bola", "mummy se"
    $kin_mid = /\b(beta|beti|putha|didi|bhaiya|bhaiyya|papa|pappa|mummy|mumma|amma|ammi|abbu|chacha|chachi|mausi|bhabhi|jiju|dadi|nani) (ji |ko|ne|se|ka|ki|ke)\b/
    // the familiar "I" and "you" of romanised Hindi ("tu" is also Spanish and French, "aapne" a service's)
    $hi_me = /\b(maine|mene|humne|hamne|tumne|mera|meri|mere|tera|tere|teri|tumhara|tumhare|tumhari|tumko|mereko|tereko|usko|unko)\b/
    // the informal imperative, the writer's own act ("kar diya hai"; not the notice's "kar diya gaya") and
    // someone on the way ("10 min mein aayega": with a code, a notice names the code, not who comes)
    $hi_do = /\b(bata|de|bol|dikha|bhej|daal|dal|likh) (dena|de|diyo)\b|\bkar (dena|de|do|lena|le|diyo)\b|\b(aayega|aayegi|aa jayega|aa jayegi)\b|\b(kar|bhej|book) (diya|di|diye|dia)( hai| h| tha|,|\.| na| re| yaar| tere| tumhare| tujhe| tumhe| ab| abhi)\b|\b(book|order) (kiya|ki) (hai|tha|h)\b/
    // the reader's day: "khana kha liya?", "have you eaten?", "how was the exam?", "reached home?"
    $day = /\b(khana|kha (liya|lena|le|li)|dawai|dawa (li|le|lena|kha))\b|\b(have|had|did) (you|u) (eaten|eat|had (your |ur )?(lunch|dinner|breakfast|food|meds|medicine)|take (your |ur )?(meds|medicine|tablets))\b|\bhow (was|did) (your|ur|the) (day|exam|paper|test|class|school|college|trip|journey|interview|shift)\b|\b(when|once|after) (you|u) (reach|land|get home|get there)( home| there| office| college| hostel| safely)?( ok| okay| na| beta)?([.!?,]|$)|\breached (home|office|safely|safe)\b|\bpahunch ?(ke|kar|kr|karke|gaya|gayi|gaye)\b/
    // "don't ask me again", "message me when"
    $me = /\b(ask|asking|bug|bugging|pester|pestering|message|msg|ping|buzz) me\b/
    // a chat face anywhere: laughing, rolling, sweat smile, heart eyes, kiss, tongue, crying, upside-down, eye
    // roll, facepalm, hearts face, pleading, two hearts, a heart (not a business's smile or wink)
    $face = /\xf0\x9f(\x98[\x81\x82\x85\x86\x8d\x98\x9b\x9c\x9d\xad]|\x99[\x83\x84]|\xa4[\xa3\xa6]|\xa5[\xb0\xba]|\x92\x95)|\xe2\x9d\xa4/
    // a service's own warning beside its code: the weaker signs (a face, "message me", the reader's trip) then
    // do not count; a relative addressed or the familiar Hindi still do
    $svc_warn = /\b(do not|don'?t|dont|never|not to) (share|disclose|give out|forward)\b/
    // a relative addressed or named in Spanish, German, Malay or Chinese (simplified, traditional and
    // Cantonese: "媽，...", "老豆，..."): "Hijo, ...", "hat der Papa
    // bekommen", "masuk phone mak", "姐，..."
    $kin_more = /^((hola|oye|hallo|hai) )?(hijo|hija|mijo|mija|mami|papi|abuela|abuelo|tia|tio)[,!]|\b(der|dem|die|den) (papa|mama|oma|opa|vati|mutti)\b|\b(phone|fon|hp) (mak|abah|ayah|ibu|nenek|atuk|kakak|abang|adik)\b|^(姐|哥|妈|爸|老妈|老爸|弟弟|妹妹|宝贝|老婆|老公|媽|阿媽|阿爸|老媽|老豆|媽咪|爹哋|家姐|細佬|寶貝|パパ|ママ|お母さん|お父さん|母さん|父さん|ばあちゃん|じいちゃん|엄마|아빠|언니|누나|오빠|형)(,|、| )/
    // the writer's own act and the reader's answer asked for: "te mande el codigo", "me dices si",
    // "schreib kurz ob's geklappt hat", "cepat sikit"
    // a code on a relative's phone, in Thai: "เครื่องแม่" (mum's phone), "มือถือพ่อ", "เบอร์ยาย"
    $kin_th = /(เครื่อง|มือถือ|โทรศัพท์|เบอร์)(แม่|พ่อ|ยาย|ตา|ย่า|ปู่|พี่|น้อง|ลูก)/
    $voice_more = /\b(te mande|te envie|me dices si|me avisas si|mi cel|schreib (mir )?(kurz|mal|bitte)|ob'?s geklappt|hat'?s geklappt|cepat sikit|tau tak|ok tak)\b/
    // the familiar "you", the "I" and a relative in Russian, Ukrainian, Belarusian, Kazakh and Uzbek Cyrillic (a service
    // writes "Вы", "Ваш", "Сиз"): "мне пришел код от курьера, ты заказывал?", "Тату, ...", "Ата, маған код келді"
    // (Cyrillic is no ASCII word: the word's edges are written out)
    $cis_voice = /(^|[ ,.!?])(ты|тебе|тебя|твой|твоя|я|мне|мой|моя|мам|мама|мамуль|пап|папа|сынок|сына|доча|дочка|бабуль|дедуль|ти|тобі|твій|мені|тату|тато|мамо|синку|доню|табе|мяне|маған|саған|сен|сенің|ата|апа|әже|менга|сенга|қизим|ўғлим|она|ота)[ ,.!?]/
    // ... and in Uzbek Latin, Finnish, Swedish, Norwegian, Danish, Estonian, Latvian, Lithuanian, Turkish, Indonesian,
    // Tagalog: "qizim", "mulle tuli koodi", "jag fick", "jeg fikk", "mulle tuli kood", "man atnaca", "man atejo",
    // "bana kod geldi", "hp ibu", "phone ko"; a relative addressed first
    $lat_voice = /\b(qizim|o'g'lim|oglim|menga|senga|mulle|sulle|tilasitko|jag|jeg|var det du|er det dig|kas sina|man atnaca|vai tu|man atejo|ar tu|bana|sana|sen mi|siz mi|oglum|kizim|annecim|babacim|hp (ibu|mama|ayah|bapak|papa)|hpku|hp ku|kamu pesan|phone ko|cp ko|ikaw ba)\b|^(ona|ota|dada|aiti|iska|mutsi|mamma|pappa|mor|far|ema|isa|issi|mammu|tet|teti|mama|tete|anne|baba|nak|bu|ma|pa|nay|tay|anak|ate|kuya)[,!]/
    // ... in Gulf Arabic: "يا ولدي", "يمه", "جاني كود"
    $ar_voice = /(يا ولدي|يا بنتي|يمه|يبه|ماما|بابا|جاني|جاتني|وصلني|اخوي|اختي|انت طلبت|أنت طلبت)/
    // a door, gate, intercom or entrance code passed on: "код от домофона", "код хвіртки", "eshik kodi", "porttikoodi",
    // "kapi sifresi", "kode pintu pagar", "code ng gate", "رمز البوابة"
    $door = /(домофон|калитк|двер|подъезд|ворота|ворот |хвіртк|під'їзд|дамафон|пад'езд|брамк|eshik|darvoza|podyezd|domofon|porttikoodi|ovikoodi|rappukoodi|portkod|dorrkod|dorkode|portkode|uksekood|ukse kood|durvju kods|vartu kods|duru kodas|vartu kodas|laiptines|kapi sifre|kapi kod|kapinin|apartman|kode pintu|kode pagar|kode gerbang|pintu pagar|kod pintu|kod pagar|ng gate|sa gate|ng pinto|البوابة|بوابة|باب العمارة|باب البيت|باب الشقة|العمارة)/
  condition:
    $kin_open or $kin_mid or $hi_me or $hi_do or $kin_more or $kin_th or $voice_more or $cis_voice or $lat_voice or $ar_voice or $door
    or (($day or $me or $face) and not $svc_warn)
}

private rule txn_veto
{
  condition:
    txn_phishing_markers or txn_person_to_reader or txn_gambling_bonus or txn_friend_transfer
    // a link built around the sender id's own name that is not its own address ("Hepsiburada" ->
    // hepsiburada-gift.shop): a borrowed id, no notice to file away
    or sender_host_mismatch_count > 0
    // a person's voice from an address or any number but a toll-free one
    or (txn_personal_voice and (sender_kind == "email" or (sender_kind == "phone" and sender_line != "toll_free")))
    // money told from someone's mobile or an e-mail address: a friend's transfer or a forged receipt, no bank's notice
    or (money_count > 0 and code_count == 0 and (sender_line == "mobile" or sender_kind == "email"))
    // a code passed on in a relative's or a friend's words, from no business's id, short code or toll-free line
    or (code_count > 0 and txn_code_relay and sender_kind != "alpha" and sender_kind != "shortcode" and sender_line != "toll_free")
}

rule txn_verification_code
{
  meta:
    action = "transaction"
    sub_action = "transactionalOthers"
    weight = 1.0
    description = "A one-time code from a service, in any word order and common languages ('123456 is your X code', 'Your X code: 5521', 'G-123456', 'tu codigo es', '验证码')"
  strings:
    $call_back = /\b(call|dial|contact)\b/
    // a meeting's link and passcode, shared by a person: not a one-time code
    $meeting = /\b(zoom\.us|meet\.google\.com|teams\.microsoft\.com|teams\.live\.com|webex\.com|whereby\.com)\/|\bmeeting (id|passcode|password)\b/
  condition:
    // code_count: codes.ts finds the code in the sentence a service writes around it (the words
    // are data, shared/maps/code-words.tsv); a code with a number to call from no business sender
    // is the lure's (a bank's own "didn't request it? call us" comes from its id or short code)
    code_count > 0 and not txn_veto and not (phone_count > 0 and $call_back and sender_kind != "alpha" and sender_kind != "shortcode")
    and not ($meeting and sender_kind != "alpha" and sender_kind != "shortcode")
    // a code passed on by a relative from their phone ("Tata, kod z banku to ...") is a person's text
    and not (txn_kin_first and sender_kind == "phone")
}

rule txn_order_status
{
  meta:
    action = "transaction"
    sub_action = "transactionalOrders"
    weight = 1.0
    description = "Order, shipping or delivery status from a merchant or carrier, with no payment request"
  strings:
    // compile cost: X{1,a}X{1,b} is X{2,a+b}; counted from 1, YARA-X stops enumerating atoms
    $o1 = /\byour( [a-z]{1,15}){0,2} (order|package|parcel|shipment|delivery)( #?[a-z0-9-]{1,12}[a-z0-9-]{1,11}[a-z0-9-])? (has been |has |was |is |will be )?(shipped|dispatched|confirmed|delivered|out for delivery|on (its|the) way|arriving|ready for (pickup|collection)|picked up|in transit|scheduled for delivery|left at)/
    $o2 = /\b(thanks|thank you) for (your )?(order|purchase|shopping)\b/
    $o3 = /\b(tracking (number|no|#|id|code)|track (your|it) (here|at|online|order|package)|order (number|no\.?|#|id|ref))/
    $o4 = /\bout for delivery\b/
    $o5 = /\bdelivered (to|at) (your )?(front door|mailbox|reception|porch|parcel locker|safe place|door|neighbou?r)/
    // in the service's voice ("your order ...", "we'll deliver your parcel"), not a person's ("the package was delivered to mum's")
    $o6 = /\b(your|we'll deliver your|we will deliver your)( [a-z0-9'&-]{1,20}){0,3} (order|package|parcel|shipment|delivery|item|pizza|food|takeaway|groceries|dasher|courier|driver|shopper)\b.{0,60}\b(has shipped|is on (its|the) way|on (its|the) way (to you|with)|arriving in|is arriving|will be delivered|will arrive|(will|we'll|we will) deliver|is ready (for|to|at)|ready (for pickup|for collection|to collect)|was delivered|has been delivered|delivered (in|at|to)|left (near|at|by|in)|stops? away|scheduled for delivery|is booked for|picked up|started shopping|out of the oven)\b/
    $o7 = /\b(envio|pedido|paquete|pacote|encomenda|commande|colis)\b.{0,60}\b(se entregara|sera entregad[oa]|esta en camino|en reparto|ha sido entregad[oa]|llega hoy|chega hoje|saiu para entrega|foi entregue|a caminho|sera livre|a ete livre|est en cours de livraison|en cours de livraison)/
    // "your glasses are ready for pick up", "your car is ready for collection"
    $o9 = /\byour( [a-z'-]{1,15}){1,3} (is|are) (now )?ready (for (pick ?up|pick-up|collection)|to (collect|pick up|be collected))\b/
    // a ride on its way: "your driver is arriving", "look for a grey Camry, plate ABC123"
    // compile cost: X{1,a}X{1,b} is X{2,a+b}; counted from 1, YARA-X stops enumerating atoms
    $o10 = /\byour (ride|driver|taxi|cab|car|chauffeur) (is |will be )?(arriving|here|outside|waiting|on (the|its) way|[0-9]{1,2} (min|mins|minutes) away)\b|\blook for a [a-z ]{1,15}[a-z ]{1,15}\b(plate|licen[cs]e plate|reg)\b/
    $chat = /\b(lol|haha|babe|hun|when you get (home|back|here))\b/
    // "10% off your next order ... delivered in 10 minutes": an offer's order, not one placed
    $next = /\byour (next|first|1st) (order|purchase|booking|ride|delivery)\b/
    $o8 = /(正在派送|派送中|已签收|已到达|已到|取件码|已发货|运输中|配送中|已送達|送達|お届け予定|お荷物|配達完了|発送しました|배송 완료|배송완료|배송 출발|도착 예정|saiu para entrega|objeto entregue)/
  condition:
    ($o1 or $o4 or $o5 or ($o6 and not $next) or $o7 or $o8 or ($o9 and not $chat) or $o10 or ($o2 and $o3)) and not txn_veto and not txn_personal_voice
}

rule txn_appointment_reminder
{
  meta:
    action = "transaction"
    sub_action = "transactionalReminders"
    weight = 1.0
    description = "An appointment, booking or reservation reminder with service-style confirm/cancel wording"
  strings:
    $a1 = /\b(appointment|appt|booking|reservation|visit|consultation) (reminder|confirmation|confirmed|is confirmed|has been (booked|confirmed|scheduled))\b/
    $a2 = /\breminder:? (your|you have an?) (appointment|appt|booking|reservation|visit|service|consultation)\b/
    $a5 = /\b(rappel|recordatorio|promemoria|erinnerung|lembrete|herinnering)\b.{0,20}\b(rdv|rendez-vous|cita|appuntamento|termin|consulta|afspraak)\b/
    $a4 = /\byour (table|room|stay|tickets?|seats?|reservation|booking)\b.{0,40}\b(is|are|has been|have been) (confirmed|booked|reserved)\b/
    // compile cost: X{1,a}X{1,b} is X{2,a+b}; counted from 1, YARA-X stops enumerating atoms
    $a3 = /\b(your|an) (appointment|appt|booking|reservation|visit|consultation)( with [a-z.]{1,20}[a-z.]( [a-z]{1,20}[a-z])?| at [a-z' ]{1,15}[a-z' ]{1,15}[a-z' ])? (is |has been )?(scheduled|booked|on|at|for) /
  condition:
    ($a1 or $a2 or $a4 or $a5 or ($a3 and txn_service_wording)) and not txn_veto and not txn_personal_voice
}

rule txn_health_reminder
{
  meta:
    action = "transaction"
    sub_action = "transactionalHealth"
    weight = 1.5
    description = "A clinic, pharmacy or lab notice: appointments, prescriptions ready, results, vaccinations"
  strings:
    $h1 = /\b(prescription|rx|refill)s? (is |are )?(ready|available|due)( for (pick ?up|collection))?/
    $h2 = /\b(appointment|appt|visit|consultation|booking|check-?up)\b.{0,60}\b(dr\.?|doctor|dental|dentist|clinic|pharmacy|hospital|surgery|gp|nhs|medical|health|hygienist|physio|optician|vaccin\w{0,12}|covid)\b/
    $h3 = /\b(dr\.?|doctor|dental|dentist|clinic|pharmacy|hospital|surgery|gp|nhs|medical|health|hygienist|physio|optician)\b.{0,60}\b(appointment|appt|visit|consultation|check-?up)\b/
    $h4 = /\b(test|lab) results? (is |are )?(ready|available)\b/
    $h5 = /\b(video visit|telehealth (visit|appointment)|virtual visit|your (visit|appointment|appt) (starts|begins) in)\b/
    $h6 = /\b(dental cleaning|cleaning|eye exam|eye test|check-?up|vaccination|flu shot|blood test|mammogram|scan|therapy session|physio session)\b.{0,40}\b(tomorrow|today|on (mon|tue|wed|thu|fri|sat|sun)|at [0-9])/
    $svc = /\b(reminder|confirmed|scheduled|patient portal|reply (y|yes|c|1) to confirm|to (cancel|reschedule))\b/
  condition:
    ($h1 or $h4 or $h5 or (any of ($h2, $h3, $h6) and ($svc or txn_service_wording))) and not txn_veto and not txn_personal_voice
    and not txn_household_errand
}

rule txn_card_activity
{
  meta:
    action = "transaction"
    sub_action = "transactionalFinance"
    weight = 1.0
    description = "A bank card or account alert: money moved on a masked account or card (ending 1234, XX1234, **1234, 01****789) with the bank's verb (debited, credited, spent, withdrawn)"
  strings:
    $acct = /\b(card|account|acct|acc|a\/c|ac|a\/c no\.?|account no\.?|wallet|debit card|credit card|tarjeta|cuenta|cartao|conta|carte|compte)( number| no\.?| num)?:? ?(ending( in| with)?:? ?|terminacion:? ?|terminada en:? ?|final:? ?|finalizado em:? ?|se terminant par:? ?|(x|\*|#)(x|\*|#){0,9}|\.\.\.? ?|[0-9]{1,5}(x|\*|#)(x|\*|#){1,8}|xx-?)\s?([0-9]{1,4}[0-9]|####|xxxx)\b/
    $what = /\b(purchase|transaction|txn|used|using|charged|debited|credited|debit|credit|spent|payment|withdrawal|withdrawn|deposit|deposited|balance|bal|authori[sz]ed|approved|declined|transfer|transferred|trf|received|paid|sent|pos|atm|upi|neft|imps|rtgs|ach|refund|reversal|compra|cargo|deposito|retiro|pago|transferencia|achat|paiement|retrait|virement)\b/
  condition:
    // money_count: the normaliser finds £ $ € ₹ rs inr usd gbp eur amounts, no pattern needed
    $acct and $what and money_count > 0 and not txn_veto
}

rule txn_money_movement
{
  meta:
    action = "transaction"
    sub_action = "transactionalFinance"
    weight = 1.0
    description = "A card or account alert in the bank's voice: an amount spent, charged, debited, credited or sent, with a card, account, balance or reference"
  strings:
    // the amount itself is the normaliser's (money_count: £ $ € ₹ ₦ R$ RM Rs AED NGN KES ... before
    // or after the number); these are the bank's words around it
    $m1 = /\b(spent|paid|charged|debited|credited|withdrawn|deposited|received|transferred|sent|deducted|used|utili[sz]ed|reversed|refunded) (at|on|to|from|via|with|in|for)\b/
    $m2 = /\b(card |debit card |credit card |cash )?(transaction|purchase|charge|debit|credit|payment|withdrawal|deposit|transfer|e-transfer|amount) (of|for)\b/
    $m3 = /\byou('ve| have)? (made|spent|paid|sent|received|withdrew|transferred)\b/
    $m4 = /\b(credited|debited) (for|with|by)\b/
    $m5 = /\b(was|been) charged\b|\b(pending|posted) (charge|transaction|payment)\b/
    $m8 = /\b(disbursed|disbursal|matured|maturity amount|units (allotted|allocated)|sip (instal{1,2}ment )?(of|for)|(held|blocked|on hold|pre-?authori[sz]ed) (for|on your)|overdrawn|overdraft (fee|limit)|insufficient funds)\b/
    $m6 = /\btransfer of .{0,30}\b(successful|completed|received)\b|\bwallet load\b.{0,60}\bsuccessful/
    $m7 = /\b(a|your) [^ ]{1,16} (debit card |credit card |card )?(transaction|purchase|payment|charge|withdrawal|transfer|refund|deposit)\b/
    $ctx = /\b(card|cc|a\/c|acct|account|chk|checking|savings|loan|policy|folio|avl|avlb|available|bal|balance|limit|ref|txn|transaction|transaction id|ref no|e-transfer|wallet|upi|pos|atm|visa|mastercard|amex|rupay|discover)\b/
    $personal = /\b(i|i've|i have|we|we've|we have|i just|i already) (just |already )?(paid|sent|spent|transferred|made)\b/
    // a loan or card on offer ("pre-approved loan, instant disbursal, apply now") is marketing, not a movement
    // or money off ("$5 off your $15 purchase", "20% off your next order, use code SAVE20")
    $offer = /\b(pre-?approved (personal |home |car |business |gold )?(loan|credit card|card|limit)|instant (disbursal|loan|approval)|apply (now|today|online|on|at|via))\b|\b(off|discount on) (your|any|a|one)( next| first)? ([a-z]{1,12} )?(purchase|order|booking|ride|delivery)\b|\buse (promo |coupon |discount )?code\b/
  condition:
    money_count > 0 and any of ($m*) and ($ctx or sender_kind == "alpha" or sender_kind == "shortcode") and not $personal and not $offer and not txn_veto
}

rule txn_account_event
{
  meta:
    action = "transaction"
    sub_action = "transactionalFinance"
    weight = 1.0
    description = "An account's scheduled events with an amount: a standing or debit order run or bounced, a deposit matured or renewed, a salary credited, fund units bought, money received into an account"
  strings:
    $e1 = /\b(standing order|debit order|direct debit|recurring deposit|rd instal{1,2}ment|sip)\b.{0,60}\b(executed|processed|received|paid|collected|dishonou?red|returned|unpaid|successful|bounced)\b/
    $e2 = /\b(fixed deposit|term deposit|time deposit|fd|cd|isa|fixed goal|fixed rate|deposit|bond)\b.{0,60}\b(matures|matured|has matured|will mature|maturity|renewed|rolled over)\b/
    $e3 = /\bsalary\b.{0,30}\b(credited|received|paid in|in!|has landed|deposited)\b/
    $e4 = /\bunits\b.{0,80}\b(purchased|allotted|allocated|redeemed|switched)\b|\bnav (date|of|as on)\b/
    $e5 = /\b(received|credited)\b.{0,60}\b(into|to|in) (your )?([a-z0-9-]{1,15} ){0,2}(account|acc|a\/c|wallet)\b/
    $e6 = /\bcheque ?book\b.{0,60}\b(request|dispatched|accepted|delivered|issued)\b/
  condition:
    (($e1 or $e2 or $e3 or $e4 or $e5) and money_count > 0 or $e6) and not txn_mistake_story and not txn_veto and not txn_personal_voice
}

rule txn_service_confirmation
{
  meta:
    action = "transaction"
    sub_action = "transactionalOthers"
    weight = 1.0
    description = "A service confirming what the reader did: 'has been successfully paid / submitted / registered / renewed' with an amount or a reference, a tax return filed through a service and where it stands"
  strings:
    $ok = /\b(has been|have been|was|were|is) successfully (paid|processed|completed|received|credited|debited|transferred|submitted|registered|renewed|activated|updated|booked|cancell?ed|delivered|verified|linked|generated|filed|scheduled|recharged)\b|\bsuccessfully (paid|submitted|registered|renewed|booked|filed|recharged)\b/
    $ref = /\b(ref|reference|ref\.? no|transaction id|txn id|request (no|number|id)|ack(nowledge?ment)? (no|number)|application (no|number|id)|order (no|number|id)|booking (id|no|ref)|client id|receipt|challan)\b/
    $tax = /\b(your|the) (tax return|return|tax information|tax documents)\b.{0,60}\b(submitted|accepted|received|filed|processed|rejected|started|under review|requires (additional )?review)\b/
  condition:
    (($ok and (money_count > 0 or $ref)) or $tax) and not txn_veto and not txn_personal_voice
    and txn_links_known
}

rule txn_security_notice
{
  meta:
    action = "transaction"
    sub_action = "transactionalOthers"
    weight = 1.0
    description = "An account-security notice that asks for nothing: a password, PIN or contact detail changed, a new device signed in"
  strings:
    $s1 = /\b(password|pin|passcode|mpin|email address|e-mail address|phone number|mobile number|registered mobile|address|payee|beneficiary) (was|has been|have been|is) (changed|updated|reset|added|registered|modified)\b|\bsim (change|swap) was requested\b/
    $s3 = /\b(your )?(new |replacement )?(card|debit card|credit card)( ending( in)? [0-9]{1,3}[0-9])? (has been|was|is now|is) (activated|mailed|shipped|dispatched|on its way)\b|\bwe('ve| have) received your (loan|credit card|card|account|mortgage|insurance) (application|request|claim)\b/
    $s2 = /\b(new (device|sign-in|login|log-in)|signed in (on|from|to)|logged in (on|from)|login from a new|sign-in from a new)\b/
    // "the PIN for your debit card ending 8830 was changed"
    $s4 = /\b(pin|password|passcode|mpin|tpin)( for| on| of) your [^.]{1,40}\b(was|has been|have been) (changed|reset|updated|generated)\b/
    // a payee, recipient or device added: from a number that gives a number to call, the vishing lure
    $change = /\b(payee|beneficiary|recipient|new device)\b/
  condition:
    any of ($s*) and not txn_veto and txn_links_known and not ($change and txn_number_callback)
}

rule txn_payment_due
{
  meta:
    action = "transaction"
    sub_action = "transactionalFinance"
    weight = 1.0
    description = "A statement or instalment reminder: total or minimum amount due, due date, an auto-debit or standing instruction, a cheque cleared"
  strings:
    $d1 = /\b(total|minimum|min\.?|outstanding|statement) (amount )?(due|balance|amt)\b|\bminimum payment\b/
    $d2 = /\b(due (date|on|by)|payment due|emi (due|of)|instal{1,2}ment (due|of))\b/
    $d3 = /\b(auto-?debit|auto-?pay|standing instruction|nach|e-?mandate|direct debit|si) .{0,70}\b(successful|scheduled|executed|registered|processed|set up|is now active|will be (debited|processed))\b/
    $svc = /\b(card|account|a\/c|acct|statement|loan|emi|bill|policy|payment|balance)\b/
    // "your electricity bill of Rs 1,842 ... is due on", "premium of $120 for policy ... due by"
    $d5 = /\b(bill|premium|emi|instal{1,2}ment|repayment|invoice|account|payment|autopay|auto-pay) (of|amount|amt|for)\b.{0,50}\b(is due|due (on|by|date)|due [0-9]{1,2}[\/.-][0-9]|will (be )?(process|processed|debited|charged|deducted)|is scheduled|scheduled (for|on))\b/
    $d4 = /\b(cheque|check) #?(no\.? ?)?[0-9].{0,60}\b(cleared|returned|deposited|presented|realised|realized)\b/
  condition:
    (($d1 and $d2 and $svc) or $d3 or $d4 or $d5) and money_count > 0 and not txn_veto
    and not txn_personal_voice
}

rule txn_balance_notice
{
  meta:
    action = "transaction"
    sub_action = "transactionalFinance"
    weight = 1.0
    description = "A bank or wallet notice that states the balance after a movement ('Avl Bal', 'Available balance', 'New M-PESA balance is')"
  strings:
    $b1 = /\b(avl|avbl|avail|available|clear|clr|closing|ledger|current|new|your) ?\.? ?(bal|balance|bal\.|acct bal|account balance|wallet balance|m-?pesa balance)\b ?(is|:|was|of|-)? ?(£|\$|€|₹)?/
    $b2 = /\b(debited|credited|withdrawn|withdraw|deposited|spent|received|sent|paid|transferred|reversed|reversal|dr|cr|deposit|withdrawal|purchase|pur|payment|transfer)\b/
  condition:
    $b1 and $b2 and money_count > 0 and not txn_mistake_story and not txn_veto
}

rule txn_balance_or_payment
{
  meta:
    action = "transaction"
    sub_action = "transactionalFinance"
    weight = 1.0
    description = "A balance notice, a payment received or scheduled, or a 'did you make this purchase? reply YES/NO' check"
  strings:
    $b1 = /\b(available|current|account|ledger|closing|statement|checking|savings|card|loan|outstanding|new|your) balance ?(is|of|:|was|fell below|dropped below|is below|has fallen below)\s?(£|\$|€|₹|rs\.? ?|inr ?|usd ?)?[0-9]/
    // the amounts are money_count's; the words around them the service's
    $b2 = /\b(payment|deposit|transfer|direct debit|autopay|auto-pay|refund) (of )?[^ ]{1,16}( [0-9][^ ]{0,14})?( (to|for|from) [^ ]{1,24}( [^ ]{1,24})?)? (has been |was |is |is now )?(received|processed|posted|scheduled|successful|sent|complete|completed|credited|made)\b|\bthank you for (your )?(payment|deposit)\b/
    $b3 = /\bwe('ve| have)? received your payment\b/
    $b5 = /\byour ([a-z]{1,15} ){0,2}(statement|e-?statement|bill)( for [a-z]{1,15}( [a-z]{1,15})?( ending( in)? [0-9]{1,3}[0-9])?)? (is ready|is now ready|is (now )?available)/
    $b4 = /\b(did you (make|attempt|authori[sz]e)|was this you\?|is this you\?)\b.{0,120}\breply "?(yes|y|1)"?\b.{0,40}\b(no|n|2)\b/
    // a payment app's receipt: "You sent $25.00 to Jamie", "You paid £12.50 to Acme Ltd"
    $b6 = /\byou (sent|paid|transferred) [^ ]{1,16}( [a-z]{3})? to [a-z]|\byou (paid|sent) [a-z]{1,15}( [a-z]{1,15})? \$?[0-9]/
    // "Jordan P. paid you $24.00", "You received $50 from", "sent you $60.00", "Pix de R$ 250,00", "Zelle payment of $120.00 to M was sent"
    $b7 = /\b(paid you|sent you (\$|£|€|₹|rs|a payment|money|cash|[0-9])|you('ve| have)? received|you got|voce recebeu|recebeu um pix|pix (enviado|recebido)|(zelle|paynow|duitnow|interac|venmo|upi|imps|neft) (payment|transfer|e-transfer)( of)?)\b/
    // a person's own words: "I sent you $50", "we paid £20 to the plumber"
    $personal = /\b(i|i've|i have|we|we've|we have|i just|i already) (just |already )?(paid|sent|spent|transferred)\b/
    $b8 = /(账户|尾号|卡号|賬戶)[0-9].{0,60}(扣款|支出|收入|入账|转账|转入|转出|消费|交易|存入)/
    // ... but not the "sent to the wrong account, call to reverse it" scam
    $mistake = /\b(wrong (account|number|person|recipient)|by mistake|by accident|reverse|send it back|return it)\b/
  condition:
    (any of ($b1, $b3, $b5, $b8) or ($b4 and (phone_count == 0 or sender_kind == "alpha" or sender_kind == "shortcode")) or ($b2 and money_count > 0) or (($b6 or $b7) and money_count > 0 and not $mistake and not $personal)) and not txn_veto
    and not txn_personal_voice
}

rule txn_carrier_notice
{
  meta:
    action = "transaction"
    sub_action = "transactionalCarrier"
    weight = 1.0
    description = "A mobile-carrier notice: data usage, allowance reached, bill ready, top-up or roaming"
  strings:
    $d1 = /\b(you('ve| have)|u have) used [0-9]{1,3}% of (your )?([a-z0-9-]{1,15} ){0,2}(data|allowance|plan|minutes|high-speed data|bundle)/
    $d2 = /\b(data|roaming) (usage|allowance|limit|cap|pass|bundle)\b.{0,30}\b(reached|exceeded|used|remaining|alert|expires?|activated|renewed|is now)/
    $d3 = /\byour ([a-z]{1,15} )?(bill|phone bill|mobile bill)\b.{0,40}\b(is ready|is now ready|is (now )?available|has been (issued|generated))/
    $d9 = /\b(tu |su )?recarga (de \$?[0-9][0-9.,]{0,9} )?(fue |ha sido )?(exitosa|realizada|aplicada)\b/
    $d4 = /\b(top[- ]?up|recharge|airtime) (of (£|\$|€|₹|rs\.? ?)?[0-9]|successful|was successful|received|confirmed)/
    $d5 = /\b(you('re| are) (now )?roaming in|welcome to [a-z][a-z]{1,20})\b.{0,60}\b(roaming|calls|data|texts|rates|pass)\b/
    // compile cost: X{1,a}X{1,b} is X{2,a+b}; counted from 1, YARA-X stops enumerating atoms
    $d6 = /\b(you('ve| have) used (all|[0-9]{1,3}%)|(used|reached) (all )?(of )?your (monthly |daily )?(data|allowance)|(plan|pack|bundle|validity|subscription) (expires|will expire|has expired|ends)|successfully (recharged|renewed|subscribed)|(credited|topped up) with [0-9.]{1,5}[0-9]? ?(gb|mb|mins|minutes)|registered to [a-z0-9]{1,10}[a-z0-9]{1,10}[a-z0-9] with|data (valid|balance)|(gb|mb) (data )?(valid|expires|remaining))\b/
    $d8 = /\byou('ve| have)? (successfully )?recharged\b|\b[0-9]{1,4}(\.[0-9]{1,2})? ?(mb|gb)\b.{0,30}\b(left|remaining)\b|\b(data plan|data bundle|bundle|plan) is (now )?active\b/
    $d7 = /\b(tu|su) (factura|recibo)\b.{0,60}\b(disponible|ya esta|vence)|\bsua fatura\b.{0,40}\b(disponivel|vence)|\bvotre facture\b.{0,60}\bdisponible/
  condition:
    any of them and not txn_veto
}

rule txn_travel_update
{
  meta:
    action = "transaction"
    sub_action = "transactionalReminders"
    weight = 1.0
    description = "A flight, train or stay update: delays, gates, boarding, check-in open, departure reminders"
  strings:
    // a flight or train by its number, as the carrier writes it ("flight UA1423", "train 173", "6E 2134")
    $t1 = /\b(flight|train)( no\.?| number)? [a-z0-9]{1,2}[a-z0-9]? ?[0-9]{1,3}[0-9]?\b.{0,80}\b(delayed|cancell?ed|on time|now boarding|is boarding|boarding (at|closes|begins)|departs|departure|gate [a-z]?[0-9]|check-?in (is )?(now )?open|rescheduled|platform [0-9])/
    $t3 = /\b(now boarding|is boarding|boarding closes|boarding begins)\b.{0,40}\bgate\b|\bgate [a-z]?[0-9]{1,2}\b.{0,40}\bboarding\b/
    $t2 = /\b(check-?in (is )?(now )?open|your check-?in (at|for)|boarding pass (is )?(ready|available)|your (reservation|booking|stay|trip|rental) (starts|begins|is tomorrow|is confirmed|at))\b/
  condition:
    // a person saying their train is late ("train 20 min late, I'm on platform 5") is no carrier's notice
    any of them and not txn_veto and not txn_personal_voice
}

rule txn_rewards_update
{
  meta:
    action = "transaction"
    sub_action = "transactionalRewards"
    weight = 1.0
    description = "A loyalty programme statement: points, stars or miles earned or balance"
  strings:
    $r1 = /\b(you('ve| have)? earned|you now have|you('ve| have) collected) [0-9][0-9,]{0,9} ([a-z]{1,20} )?(points|pts|stars|miles|rewards|cashback)/
    $r2 = /\byour (points|rewards|stars|miles|loyalty) balance (is|:)\s?[0-9]/
  condition:
    any of them and not txn_veto
}

rule txn_weather_alert
{
  meta:
    action = "transaction"
    sub_action = "transactionalWeather"
    weight = 1.0
    description = "A weather warning or advisory (storm, flood, heat, snow) from a forecasting or civil service"
  strings:
    $w1 = /\b(severe weather|severe (storms?|thunderstorms?)|excessive heat|high tide|king tide|prescribed burn|public safety power shutoff|weather (warning|alert|advisory|watch)|(tsunami|earthquake|lightning|rain|dust|sandstorm|cold wave|heatwave|heat wave|uv|pollen|fire|fire weather|flood|flash flood|tornado|hurricane|tropical storm|winter storm|storm|heat|excessive heat|wind|high wind|snow|ice|fog|thunderstorm|air quality|wildfire|red flag|frost|blizzard) (warning|watch|advisory|alert))\b/
    $w1b = /\b(warning|watch|advisory|alert|signal( no\.?)?) (for|of|over)? ?(wind|rain|rainfall|snow|ice|fog|heat|frost|freeze|storms?|thunderstorms?|floods?|cyclone|typhoon|hurricane|tornado)\b|\b(heavy|very heavy|extremely heavy) (rain|rainfall|snow)\b|\b(tropical (cyclone|storm|depression)|typhoon|cyclone) (wind )?signal\b|\bfreeze warning\b/
    // an alert level, the air and the cold, named the way met services and agencies name them
    $w1d = /(폭염|호우|대설|태풍|한파|강풍)(경보|주의보)|\b(unwetterwarnung|sturmwarnung|orkanboen|hitzewarnung|unwetter)\b/
    $w1c = /\b(red|orange|yellow|amber) (alert|warning|level|rainfall warning|weather warning)\b|\blevel [1-9] (warning|alert)\b|\b(air quality (statement|index)|aqi|psi|heat index|wind chill)\b|\b(cold|extreme cold|gale|dust storm|sandstorm) (warning|watch|advisory|alert)\b|\b(strong|damaging|gale-force|gale force) winds\b/
    $w2 = /\b(issued|in effect|until [0-9a-z]|take shelter|seek shelter|avoid (unnecessary )?travel|for (your|the) (area|county|region)|in your area|tonight|today|tomorrow|this (morning|afternoon|evening)|overnight|expect|expected|be alert|take cover|cooling cent(er|re)s?|crews|visible|prepare|low-lying areas|take precaution(s|ary measures)|lifted|cancell?ed|likely|possible|stay safe|gusts|low of|high of|in force|hoisted|raised|lowered|til [0-9]|till [0-9]|this area|check (local )?media|from [0-9]{1,2}[:.]?[0-9]{0,2} ?(am|pm)?)\b|\b(avoid|evacuate|relocate|be ready to|stay (indoors|inside|away|safe|off)|limit (outdoor|time outdoors|strenuous)|reduce (prolonged|outdoor|strenuous)|drink (plenty of )?water|exercise caution|check on|keep cool|n95|follow (official )?(instructions|advice))\b/
    // a forecast: a reading (18°C, 88F, 15 km/h, 10% chance), the weather's words, a time
    $f1 = /\b-?[0-9]{1,3} ?(°|deg|degrees) ?(c|f)?\b|\b-?[0-9]{1,3}o ?(c|f)\b|\b(high|low|highs|lows|high of|low of|near) -?[0-9]{1,3} ?(c|f)\b|\b[0-9]{1,3} ?(km\/h|kmh|mph|kph)\b|\b[0-9]{1,3}% (chance|probability) of\b|\buv index\b/
    $f2 = /\b(sunny|cloudy|overcast|showers|drizzle|rain|snow|sleet|hail|thunderstorms?|fog|frost|freezing|humid|humidity|winds?|gusts|clear skies|heatwave)\b/
    $f3 = /\b(forecast|weather|temperatures?|highs?|lows?|uv|landfall)\b/
    // an advisory's advice around the weather's words: "temperatures will drop below freezing tonight, protect pipes"
    $f4 = /\b(protect (your )?(pipes|plants|pets)|stay indoors|stay hydrated|wear sunscreen|drive with|allow extra (time|travel time)|take precautions|secure loose)\b/
    // a person passing on what someone said of the weather ("coach says practice is off, storm warning")
    $relay = /\b(coach|mom|mum|dad|teacher|miss|sir|boss|they|he|she) (says|said|just said)\b/
  condition:
    (($w1 or $w1b or $w1c) and $w2 or $w1d or ($f1 and $f2 and $f3) or ($f2 and $f3 and $f4 and $w2)) and not txn_veto
    and not txn_personal_voice and not ($relay and sender_kind != "alpha" and sender_kind != "shortcode")
    and not txn_alert_lure
}

rule txn_subscription_status
{
  meta:
    action = "transaction"
    sub_action = "transactionalOthers"
    weight = 1.0
    description = "A service confirming an opt-out: unsubscribed, opted out, no more messages from this number"
  strings:
    $u1 = /\byou('ve| have)? (successfully |now )?(been )?(unsubscribed|opted out|removed from (our|the|this) ([a-z]{1,10} )?(list|alerts))\b|\byou are (now )?(unsubscribed|opted out)\b/
    $u2 = /\byou('ll| will) (no longer|not) receive (any more |any further )?(messages|texts|sms|alerts|notifications)\b/
    // the opt-in's confirmation: "Welcome to text updates from ...", "you're now signed up for SMS alerts"
    $u3 = /\b(welcome to|you('re| are) (now )?(subscribed|signed up|enrolled|registered) (to|for)) ([a-z'&.-]{1,15} ){0,3}(text|sms) (updates|alerts|notifications|reminders)\b/
  condition:
    any of them and url_count == brand_link_count and not txn_veto
}

rule txn_weather_forecast
{
  meta:
    action = "transaction"
    sub_action = "transactionalWeather"
    weight = 1.0
    description = "A forecast or agro-met advisory in the forecaster's grammar: an intensity and a phenomenon, or a named system, that is likely, expected or in force, for an area or a period"
  strings:
    $ph1 = /\b(light|moderate|heavy|very heavy|scattered|isolated|widespread|intense|fairly widespread)( to (moderate|heavy|very heavy|intense))? (rain|rains|rainfall|showers|snow|snowfall|thunderstorms?|drizzle|winds|hailstorm)\b/
    $ph2 = /\b(cyclone|typhoon|tropical (storm|depression|cyclone)|hurricane|cold wave|heat ?wave|monsoon|low pressure (area|system)|western disturbance|dry weather|fog conditions|rainfall recorded|(rain|snow|showers) forecast|thunderstorms? (with|and) (lightning|gusty winds|hail))\b/
    $ph3 = /\b(max|min|maximum|minimum)\.? temp(erature)?\b/
    $adv = /\b(farmers|fishermen|residents|motorists|the public|advised|next [0-9]{1,2} ?(hours|hrs|days)|isolated places|over (the|your) (district|region|area|state|city)|in force|intensified|to cross|landfall|secure loose|recorded|forecast|likely|expected|to prevail|this week|tonight|tomorrow)\b/
    // official forecasts do not speak in the first person
    $personal = /\b(i'm|i'll|i've|we're|we'll|my|lol|haha)\b|\b(i|we) (am|are|was|were|will|have|think|hope|guess|got)\b/
  condition:
    any of ($ph*) and $adv and not $personal and not txn_personal_number and not txn_veto and not txn_personal_voice and not txn_alert_lure
}

rule txn_public_service
{
  meta:
    action = "transaction"
    sub_action = "transactionalPublicServices"
    weight = 1.0
    description = "A public-service notice: emergency or evacuation alerts, boil-water notices, outages, school closures, bin collections (announced, not a person asking whether schools are closed)"
  strings:
    $p1 = /\b(amber alert|emergency alert|evacuation (order|warning|notice)|shelter in place|boil[- ]water (notice|advisory|order))\b/
    $p2 = /\b(power|water|gas|electricity|service) (outage|interruption|disruption|shut-?off)\b.{0,60}\b(restored|expected|estimated|planned|scheduled|in your area|update)/
    $p3 = /\b(school|schools|campus|colleges) (is |are |will be |will remain |shall remain |remain )?(closed|closure|delayed|delay|cancelled)\b/
    $p4 = /\byour (bin|rubbish|recycling|waste|garbage|trash) collection\b/
    $p5 = /\b(passport|driver'?s? licen[cs]e|visa application|e-?visa|residence permit|aadhaa?r|national id|id card|benefits? claim|unemployment claim|claim for the week)\b.{0,60}\b(has been|was|is) (received|processed|approved|updated|renewed|issued|dispatched|ready)\b|\bwe('ve| have) received your (passport |visa |licen[cs]e |benefits? )?(application|renewal|claim)\b/
    $p7 = /\bballot\b.{0,40}\b(has been|was) (received|accepted|counted)\b|\b(items?|books?|holds?) (is|are) (now )?ready for (pick-?up|collection)\b|\b(your (polling|voting) (place|station|location)|polls (open|close)|your (mail |postal |absentee )?ballot (has been|was|is) (received|accepted|mailed|counted))\b/
    $p8 = /\b(your )?(vehicle|car|auto) registration (expires|will expire|is due|renewal)\b|\bjury (duty|service)\b.{0,40}\b(report|reminder|date|starts|begins)\b/
    $p9 = /\b(water|power|gas|electric|electricity|internet) (service|supply)\b.{0,60}\b(will be|has been) (interrupted|restored|disrupted|suspended)\b|\b(trash|garbage|recycling|bin|rubbish|waste) (pickup|pick-up|collection) (is |will be )?(delayed|moved|cancell?ed|rescheduled|tomorrow|today)\b/
    $p17 = /(緊急地震速報|地震発生|津波警報|避難指示)/
    $p6 = /\b(water main break|road closure|road closed|street closure|road conditions|chains required|fire ban|fire danger|public health (advisory|alert|notice)|(measles|covid-19|covid|flu|norovirus) (case|exposure|outbreak)|voter registration (deadline|closes)|early voting|library notice|overdue (book|item)s?|(book|item|title)s? you (reserved|requested|placed on hold) (is|are) (ready|available)|traffic (advisory|alert)|service (alert|advisory))\b/
    // a voter's registration and polling place, a filing deadline or an assessment from the tax
    // authority, a vaccine dose due, a document ready for collection, a court date, a road closed
    $p10 = /\b(you are registered (to vote )?(at|in)|registered to vote at|your name is (in|on) the (electoral|voters'?) (roll|list|register)|polling (station|unit|booth)|voting is compulsory|voter registration (for|runs|closes|ends))\b/
    $p11 = /\b(deadline|due date|last date|last day) (to|for) (file|filing|lodge|submit)\b|\b(tax return|itr|self assessment)\b.{0,60}\b(is due|must be (filed|submitted)|due (on|by))\b|\b(notice of assessment|itr)\b.{0,60}\b(is ready|has been processed|processed)\b/
    $p12 = /\b(dose|booster|vaccine|vaccination)\b.{0,40}\b(is due|due (from|on|by)|you are eligible)\b|\byou are eligible for (a|an|the|your) ([a-z0-9-]{1,12} ){0,2}(booster|vaccine|vaccination|dose|screening)\b|\bdue for (the |your |a )?([a-z0-9]{1,8} ){0,2}(dose|booster|vaccine|vaccination|jab|shot)\b/
    $p13 = /\b(passport|id|id card|identity card|licen[cs]e|permit|certificate|cnic|card|document)s?\b.{0,60}\b(is|are) (now )?ready for (collection|pick-?up)\b|\byou have a (court date|hearing)\b|\bcourt (date|hearing|appearance) (on|is|reminder)\b|\bthank you for (your|the) report\b/
    $p16 = /\b(was|has been|is) marked (absent|late|tardy)\b|\b(absence|attendance) (was |has been )?(recorded|marked)\b|\bcontact the attendance office\b/
    $p14 = /\b(road|roads|street|highway|bridge|lanes?|interchange|expressway|flyover)\b.{0,60}\b(will be closed|will remain closed|closed (between|from|for)|diversions? (in place|will be))\b/
    // a person asking about the closure ("schools closed tmrw?", "is school cancelled?") or whether the
    // reader goes to work ("u still going in?"), or in a region's chat words: an alert announces, it does not ask
    $q1 = /\b(school|schools|campus|colleges|classes)\b[^.!?]{0,30}\b(closed|closing|close|closure|cancell?ed|delayed|off|open)\b[^.!?]{0,24}\?/
    $q2 = /\b(is|are|was|were|did|do|does|will) (the |ur |your |y'?all'?s? )?(school|schools|campus|classes)\b[^.!?]{0,40}\?/
    $q3 = /\b(you|u|ya|y'?all)( still| even| really)? (going|goin|gonna go|headed|headin|heading|working|workin|go) (in|to work|into work|in to work|to the office|to school)\b[^.!?]{0,30}\?/
    $slang = /\b(y'?all|ya'll|finna|hella|tryna|nah|ain'?t|innit|wee|bairns|yinz|youse)\b/
  condition:
    any of ($p*) and not txn_veto and not txn_personal_voice and not txn_alert_lure and not txn_household_errand
    and not $q1 and not $q2 and not $q3 and not $slang
}

rule txn_card_status
{
  meta:
    action = "transaction"
    sub_action = "transactionalFinance"
    weight = 1.0
    description = "A card or account status notice that asks for nothing: a payment declined on a masked card, a card activated, locked or unlocked at the holder's request, a balance as at a time"
  strings:
    $masked = /\b(card|account|acct|a\/c)( number| no\.?)? (ending|ending in|ending with|x|\*|xx|\*\*) ?[0-9x*]/
    $declined = /\b(payment|purchase|transaction|charge|card) (was |has been |is )?(declined|not approved|unsuccessful)\b/
    $active = /\b(card|account)( ending( in)? [0-9x*]{1,8})? (is now|has been|was) (active|activated|unlocked|unfrozen|reactivated|ready to use)\b/
    $by_you = /\b(locked|frozen|paused|blocked|stopped|hot-?listed|cancell?ed|unlocked|unfrozen|turned (off|on)) (as you requested|at your request|on your request|as requested|as per your request)\b|\bas (you )?requested,? (your )?([a-z]{1,12} ){0,3}(card|account)\b/
    $bal_at = /\b(your|the) (available |current |account |closing |ledger )?balance (at|as at|as of|on) [^.]{1,40}\b(was|is|stood at)\b/
    // a card locked or unlocked in the app, reported lost, replaced and shipped; a limit changed; a travel notice set
    $call = /\b(call|dial|contact|ring)\b/
    $state = /\b(card|debit card|credit card)( ending( in)? [0-9x*]{1,8})? (is|was|has been) (locked|unlocked|reported (lost|stolen)|replaced)\b|\byou('ve| have) (locked|unlocked|frozen|unfrozen) your card\b|\breplacement card\b.{0,40}\b(has shipped|is on its way|will arrive|was mailed|has been mailed)\b|\b(credit )?limit (has been |was )?(increased|decreased|raised|lowered|changed) to\b|\btravel (notice|notification)\b.{0,20}\b(for|set|added)\b/
  condition:
    // (a card "locked" with a number to call to verify or unlock it is the lure; the bank's lock is undone in its app)
    not txn_personal_voice and (($masked and $declined) or $active or $by_you or ($state and not (phone_count > 0 and $call)) or ($bal_at and money_count > 0))
    and not txn_veto and txn_links_known
}

rule txn_trade_confirmation
{
  meta:
    action = "transaction"
    sub_action = "transactionalFinance"
    weight = 1.0
    description = "A broker's or exchange's confirmation: an order to buy or sell filled or executed, a recurring buy completed, a withdrawal started"
  strings:
    $t1 = /\b(order|trade) to (buy|sell)\b.{0,60}\b(filled|executed|completed|placed|cancell?ed|partially filled)\b/
    $t2 = /\b(buy|sell|limit|market|stop) order\b.{0,60}\b(filled|executed|completed|cancell?ed|expired)\b/
    $t3 = /\byou (bought|sold) [0-9]/
    $t4 = /\b(recurring|scheduled|automatic) (buy|purchase|investment|deposit)\b.{0,60}\b(completed|executed|processed|went through)\b/
    $t5 = /\b(withdrawal|deposit|transfer)( of)? .{0,48}\b(has been|was|is being) (initiated|processed|completed)\b/
    $t6 = /\b(purchase|sale|buy|sell|conversion) of [0-9][^ ]{0,12} [a-z]{2,5}\b.{0,30}\b(has )?(completed|been completed|executed|gone through)\b/
    $t7 = /\b(direct deposit|deposit|transfer|refund)( of)? .{0,24}\b(has|is) (arrived|landed|available)\b/
  condition:
    // trade confirmations carry the amount or the quantity; the lures among them are caught by the markers
    not txn_personal_voice and any of them and (money_count > 0 or $t3) and not txn_veto
    and txn_links_known
}

rule txn_card_payment_intl
{
  meta:
    action = "transaction"
    sub_action = "transactionalFinance"
    weight = 1.0
    description = "A card or account movement in the bank's voice in German, French, Spanish, Italian, Portuguese, Dutch or Indonesian: card payment, direct debit, transfer, withdrawal of an amount"
  strings:
    $de = /\b(kartenzahlung|kartenumsatz|zahlung|lastschrift|uberweisung|gutschrift|abbuchung|umsatz|abhebung|bargeldabhebung) (von|uber|in hohe von|mit)\b/
    $fr = /\b(paiement|achat|retrait|virement|prelevement|debit|credit) (par carte |carte |cb )?(de|d'un montant de|recu de)\b/
    $es = /\b(pago|compra|cargo|retiro|transferencia|abono|disposicion) (con tarjeta |de tarjeta )?(de|por|recibida de)\b/
    $it = /\b(pagamento|acquisto|addebito|accredito|prelievo|bonifico) (con carta |carta )?(di|da|per)\b/
    $pt = /\b(pagamento|compra|debito|credito|saque|transferencia|pix) (no cartao |com cartao |no valor )?(de|recebid[oa])\b/
    $nl = /\b(betaling|pinbetaling|overboeking|afschrijving|bijschrijving) (van|bij)\b/
    $id = /\b(transaksi|pembayaran|penarikan|transfer|pembelian) (sebesar|senilai|rp)\b/
  condition:
    not txn_personal_voice and any of them and money_count > 0 and not txn_veto
    and txn_links_known
}

rule txn_security_setting
{
  meta:
    action = "transaction"
    sub_action = "transactionalOthers"
    weight = 1.0
    description = "An account's security setting changed, told after the fact: two-step verification or a passkey turned on or off, a device removed"
  strings:
    $s1 = /\b(two-step|2-step|two-factor|2-factor|2fa|multi-factor|two step|2 step) (verification|authentication|login)? ?(has been|was|is now|is) (turned (on|off)|enabled|disabled|activated|deactivated|removed|set up)\b/
    $s2 = /\b(passkey|security key|trusted device|authenticator app) (has been|was) (added|removed|registered|deleted)\b/
  condition:
    not txn_personal_voice and any of them and not txn_veto and txn_links_known
}

rule txn_order_update
{
  meta:
    action = "transaction"
    sub_action = "transactionalOrders"
    weight = 1.0
    description = "More of an order's life in the merchant's voice: it will ship, is confirmed, cancelled, being prepared, complete, ready; a refund issued; a delivery or ride on its way"
  strings:
    // a reference, when there is one, is matched by its first character (a class after a class
    // makes YARA-X expand atoms)
    $u1 = /\byour( [a-z']{1,15}){0,2} (order|package|parcel|shipment|delivery|return|repair|prescription|refill|photo order|alteration)( #?[a-z0-9][a-z0-9-]{0,22})?( (from|at|with) .{1,30})? (will ship|ships|is shipping|is confirmed|has been confirmed|was confirmed|has been cancell?ed|was cancell?ed|is in the oven|is being prepared|is being packed|is complete|is completed|has been completed|has been received|was received|is scheduled|has been scheduled|is arriving|arrives)\b/
    $u2 = /\b(refund|credit|reimbursement) of .{1,16} (will be|has been|was|is being) (issued|processed|credited|sent|refunded|initiated)\b/
    $u3 = /\byour (delivery|installation|service visit|technician visit|pickup|collection) (is|has been) (scheduled|booked|confirmed|rescheduled) (for|on)\b/
    // the app's words: a friend says "your uber is outside"
    $u4 = /\byour (uber|lyft|ride|driver|taxi|cab) is (arriving|now arriving|on (the|its|their) way)\b/
  condition:
    not txn_personal_voice and any of them and not txn_veto
}

rule txn_service_update
{
  meta:
    action = "transaction"
    sub_action = "transactionalReminders"
    weight = 1.0
    description = "A booking or stay in the provider's voice: a table for N, a room ready, a reservation confirmed or reminded"
  strings:
    $r1 = /\byour (table|reservation|booking) for [0-9]/
    $r2 = /\byour (room|suite|cabin|rental car|car rental|campsite) is (ready|confirmed|booked)\b/
    $r3 = /\b(reservation|booking) (at|with) .{1,40} (is|has been) (confirmed|cancell?ed|changed|modified)\b/
  condition:
    not txn_personal_voice and any of them and not txn_veto
}

rule txn_plan_status
{
  meta:
    action = "transaction"
    sub_action = "transactionalCarrier"
    weight = 1.0
    description = "A carrier's or provider's plan and service notice: a data pack used up, speed reduced, an outage with an estimated restoration"
  strings:
    $c1 = /\b(data|data pack|data plan|data bundle|data allowance|high-speed data|internet pack) (has been |is )?(exhausted|used up|depleted|consumed|finished)\b/
    $c2 = /\b(speed|speeds) (has been |have been |is |are |will be )?(reduced|throttled|slowed|limited) to\b/
    $c3 = /\b(outage|service interruption|service disruption|network issue)\b.{0,80}\b(est\.? restoration|estimated (restoration|restore|repair|time)|working to restore|expected to be restored|crews are|technicians are)\b|\bcrews are working to restore\b|\bestimated restoration\b/
    $c4 = /\b[0-9]{1,3}% of (your )?(daily |monthly )?(high[- ]speed )?(data|data quota|quota|allowance|data allowance)\b/
    $c5 = /\b(data|data plan|data bundle|data pack|plan|mobile plan|pack|bundle|add-on|booster) (has been|was|is now) (activated|upgraded|downgraded|changed|renewed|added|applied)\b/
    $c6 = /\b(restored (the )?service|(service|power|electricity|water|gas) (has been |is )?restored|will be (down|unavailable) for (maintenance|upgrades?|planned work)|(scheduled|planned) (maintenance|network work))\b/
    $c7 = /\byour (bill|invoice|statement)( of [^ ]{1,16})? (was|has been) (paid|settled|received)\b/
  condition:
    not txn_personal_voice and any of them and not txn_veto and txn_links_known
}

rule txn_membership_renewal
{
  meta:
    action = "transaction"
    sub_action = "transactionalOthers"
    weight = 1.0
    description = "A membership or subscription renewed or about to renew, told by the service with the date or amount, asking for nothing"
  strings:
    $m1 = /\b(membership|subscription|plan|policy|premium|prime) (has been |was |is )?(renewed|auto-renewed|extended)\b/
    $m2 = /\b(membership|subscription|plan|policy) (renews|will renew|will auto-renew|auto-renews) (on|in|for)\b/
    // a friend asks ("do you still want the gym?"); the service tells
    $ask = /\b(do|did|are|can|could|will|would|should) (you|u|we)\b[^.!?]{0,40}\?/
  condition:
    not $ask and not txn_personal_voice and any of them and not txn_veto and txn_links_known
}

rule txn_account_service
{
  meta:
    action = "transaction"
    sub_action = "transactionalFinance"
    weight = 1.0
    description = "A bank's, insurer's or fund's notice of something done on the holder's account, in its passive voice: a premium received, a contribution credited, a SIP processed, a statement sent, a request registered, a PIN generated, KYC updated"
  strings:
    // "your <account thing> ... has been <done>": the institution speaking of the reader's account
    $done = /\byour( [a-z0-9'&.\/-]{1,20}){0,3} (premium|contribution|sip|instal{1,2}ment|emi|redemption|e-?statement|statement|cheque ?book|check ?book|pin|wallet|a\/c|account|policy|fixed deposit|fd|recurring deposit|loan|units|interest|dividend|bonus|salary|pension|claim|request|mandate|nominee|nomination|standing instruction)\b.{0,60}\b(has been|have been|was|were|is) (successfully )?(credited|debited|received|processed|posted|registered|generated|updated|linked|sent|emailed|allotted|renewed|closed|opened|activated|dispatched|deducted)\b/
    $asked = /\b(blocked|hotlisted|cancell?ed|closed|deactivated|stopped) (as per|at|on) your (request|instruction)\b/
    $worth = /\b(units|holding|holdings|investment|portfolio)\b.{0,40}\b(worth|valued at|value (of|is))\b/
    $threat = /\b(will be|to be|shall be) (blocked|suspended|closed|deactivated|frozen)|\b(expired|expiring|expire|pending|incomplete|failed)\b/
  condition:
    ($done or $asked or ($worth and money_count > 0)) and not $threat and not txn_personal_voice
    and not txn_veto and txn_links_known
}

rule txn_weather_advisory
{
  meta:
    action = "transaction"
    sub_action = "transactionalWeather"
    weight = 1.0
    description = "A met service's advisory in more of its words: thundery showers, gusty winds, dust or sand storms, low visibility, rough seas, snowfall in cm, unstable weather, with 'expected', 'advised', 'in effect'; and the same in Malay, Indonesian and Spanish"
  strings:
    $w1 = /\b(thundery showers|gusty winds?|dust ?storms?|sand ?storms?|blowing (dust|sand)|rising dust|(low|poor|reduced) visibility|visibility (less than|below|dropping|may drop|reduced)|rough seas?|high seas|sea (state|waves)|snowfall|freezing rain|black ice|unstable weather|weather (conditions|statement|advisory|bulletin|warning))\b/
    $w2 = /\b(expected|advised|in effect|issued|likely|forecast|warning|alert|until|valid (until|till))\b/
    $ms = /\b(ribut petir|hujan lebat|angin kencang|cuaca buruk|amaran cuaca)\b.{0,80}\b(dijangka|diramal|sehingga|waspada|diperkirakan|berpotensi)\b/
    $es = /\b(alerta|aviso) (amarilla|naranja|roja|meteorologica|por (lluvias|tormentas|viento|calor|nevadas))\b/
  condition:
    (($w1 and $w2) or $ms or $es) and not txn_personal_voice and not txn_veto
}

rule txn_civic_notice
{
  meta:
    action = "transaction"
    sub_action = "transactionalPublicServices"
    weight = 1.0
    description = "More of a government's notices, asking for nothing behind a link: an ID or permit approved or issued, a fine registered, a vehicle or property tax due, a tax return accepted, a vaccination campaign, an outbreak advisory, a snow emergency"
  strings:
    $c1 = /\b(emirates id|national id|id card|residence permit|iqama|residence visa|work permit|driving licen[cs]e|driver'?s licen[cs]e|passport)( application| renewal)?\b.{0,40}\b(has been|was|is) (approved|issued|renewed|printed|ready for (collection|pick-?up))\b/
    $c2 = /\b(traffic|parking|speeding|red light) (fine|violation|ticket|offence)\b.{0,40}\b(has been |was )?(registered|issued|recorded)\b/
    $c3 = /\b(vaccination|immuni[sz]ation|polio|vaccine|booster) (campaign|drive|clinic|week|days?)\b/
    $c4 = /\b(vehicle|road|council|property|land|income|motor) tax\b.{0,40}\b(is due|due on|is now due|due by|renewal)\b/
    $c5 = /\b(tax return|income tax return|itr)( for [0-9a-z-]{1,12})? (has been|was|is) (accepted|received|processed|filed|verified)\b/
    $c6 = /\b(snow|weather|heat|water|fire|boil water) emergency\b|\bparking (restrictions?|ban)\b.{0,30}\b(in effect|apply|begins?|starting)\b/
    $c7 = /\b(measles|mumps|covid(-19)?|flu|influenza|norovirus|hepatitis|cholera|dengue|mpox) (cases?|exposures?|outbreaks?)\b/
    // the fine and renewal lures demand: pay, settle, a deadline, a penalty, a fee, a suspension
    $demand = /\b(pay|paid|payment|settle|penalt(y|ies)|suspend(ed)?|suspension|within [0-9]{1,3} ?(hours|hrs|days)|late fee|processing fee|confirm your|verify|reply|avoid)\b/
  condition:
    // fines and approvals are the lures' favourite subjects: only from a sender id or short code
    (any of ($c3, $c4, $c5, $c6, $c7) or (($c1 or $c2) and sender_kind != "phone" and sender_kind != "email"))
    and not $demand and not txn_personal_voice and not txn_veto
    and txn_links_known
}

// US carriers require "Reply STOP to opt out" of every message a short code or business number
// sends, notices included: a notice is still a notice with the footer on it.
rule txn_notice_with_footer
{
  meta:
    action = "transaction"
    sub_action = "transactionalOthers"
    weight = 1.0
    description = "A business's notice signed with its name ('Brand: your results are ready ...') under the opt-out footer carriers require, with no offer in it"
  strings:
    // compile cost: X{1,a}X{1,b} is X{2,a+b}; counted from 1, YARA-X stops enumerating atoms
    $signed = /^[a-z0-9'&.+ -]{1,15}[a-z0-9'&.+ -]{1,15}[a-z0-9']: /
    $footer = /\b(reply|text|txt|or) "?stop"? (to )?(opt[- ]?out|unsubscribe|end|cancel|quit|stop (updates|msgs|messages|alerts|texts))\b/
    // scan cost: the state words themselves, not "is"/"are" before them (an atom at every "is ")
    $notice = /\b(ready|available|due|delayed|cancell?ed|confirmed|scheduled|rescheduled|restored|closed|processed|received|shipped|delivered|approved|updated|reminder|summoned|new message from|(delayed|late) opening|dismiss (early|late)|avoid the area|expect delays|advises|evacuat\w{1,5}|your (appointment|prescription|lab results|test results|bill|statement|reservation|booking|flight|order|package|shipment|visit|payment))\b/
    $offer = /\b([0-9]{1,2}% off|sale|deals?|discount|offer|coupon|promo|save|savings|bonus|double points|free|limited time|shop|tickets|upgrade today|switch|pre-?approved|earn|win)\b/
  condition:
    // a link of unknown standing is allowed: the footer and the signature are the business's, and
    // the phishing markers still veto a bad link (shortener, abuse-prone TLD, brand mismatch)
    $signed and $footer and $notice and not $offer and not txn_personal_voice
    and not txn_veto and sender_kind != "email" and sender_line != "mobile"
}

rule txn_public_alert_intl
{
  meta:
    action = "transaction"
    sub_action = "transactionalPublicServices"
    weight = 1.0
    description = "A public emergency alert telling people what to do (go inside, close windows, avoid the area, evacuate), in Dutch, German, French, Spanish, Portuguese, Italian or English; Taiwan's and China's national alerts, China's anti-fraud centre's and police's public warnings against scams, Ukraine's air-raid alarm, Romania's RO-ALERT code levels, the Philippines' rain warnings in Tagalog"
  strings:
    $alert = /\b(nl-alert|alert|alerte|alerta|allerta|warnung|waarschuwing|emergency|noodgeval)\b/
    $do = /\b(ga naar binnen|sluit (ramen|deuren)|blijf binnen|bleiben sie (zu hause|drinnen)|fenster (und turen )?schliessen|restez (chez vous|a l'interieur)|fermez les fenetres|permanezca en (casa|el interior)|quedese en casa|fique em casa|evacu\w{1,6}|rimanete in casa|stay indoors|shelter in place|avoid the area|close (your )?windows)\b/
    // the state's alerts in Chinese, Ukrainian, Romanian and Tagalog, by their own names
    $zh = /(國家級警報|国家级警报|緊急警報|紧急警报)/
    $uk = /(повітряна тривога|воздушная тревога).{0,120}(укриття|укрытие)/
    $ro = /\bro-alert\b|\bcod (rosu|portocaliu|galben)\b.{0,60}\b(inundatii|ploi|vant|canicula|ninsori|viscol)\b/
    $tl = /\bmalakas na (pag-ulan|ulan|hangin)\b|\bmaging alerto\b.{0,60}\b(pagbaha|landslide|bagyo)\b/
    // China's anti-fraud centre and police: "anyone claiming to be customer service offering a refund is a scammer,
    // strangers asking you to transfer money are scammers, install the anti-fraud app" (Chinese; a Chinese letter
    // is three bytes): the scams named to warn of them ...
    $fz_warn = /(都是|均是|均为|全是|一律是|就是|肯定是)(诈骗|骗子|骗局|詐騙|騙子|騙局)|(谨防|謹防|警惕|提高警惕|请勿轻信|切勿|不要轻信|不要相信|不转账|不要转账)/
    // ... signed by the centre or the police, or sent from their short numbers (12381, 96110) ...
    $fz_sig = /【.{0,30}(反诈|反詐|公安|警方|派出所|网警|警务|警察|反电信网络诈骗).{0,30}】/
    // ... and nothing the lure says: a case against the reader, an account to freeze, a handle to add
    $fz_lure = /(涉嫌|您名下|你名下|冻结您|冻结你|配合调查|通缉|办案|逮捕|(qq|微信|vx|v信)(号)?(:| ){0,2}[0-9a-z_]{1,8}[0-9])/
  condition:
    ($alert and $do or any of ($zh, $uk, $ro, $tl)
      or ($fz_warn and ($fz_sig or sender == "shortcode:12381" or sender == "shortcode:96110") and not $fz_lure and url_count == brand_link_count
        and sender_line != "mobile"))
    and not txn_veto and not txn_personal_voice and not txn_alert_lure
}

rule txn_payee_added
{
  meta:
    action = "transaction"
    sub_action = "transactionalFinance"
    weight = 1.0
    description = "A bank telling the holder a payee, beneficiary or recipient was added to the account (English, Spanish), with no link but its own and, from a number, no number to call"
  strings:
    $a1 = /\b(payee|beneficiary|recipient|biller)\b.{0,80}\b(was|has been|have been|been) (added|registered)\b/
    $a2 = /\b(request to add|you('ve| have)? added|added a new) (a )?(new )?([a-z]{1,10} )?(payee|beneficiary|recipient|biller)\b/
    $a3 = /\bbeneficiary\b.{0,80}\badded (to|on|in|via) your\b/
    // Spanish: "se agrego un nuevo destinatario", "nuevo beneficiario ... registrado"
    $a4 = /\b(se (agrego|anadio|registro|inscribio)|(se ha|has|ha) (agregado|anadido|registrado|inscrito)|agregaste|anadiste|registraste) (un |una )?(nuevo |nueva )?(destinatario|beneficiario|beneficiaria)\b|\b(nuevo|nueva) (destinatario|beneficiario|beneficiaria)\b.{0,60}\b(agregad[oa]|anadid[oa]|registrad[oa]|inscrit[oa])\b/
  condition:
    any of them and not txn_personal_voice and not txn_veto
    and txn_links_known and not txn_number_callback
}

rule txn_fraud_check
{
  meta:
    action = "transaction"
    sub_action = "transactionalFinance"
    weight = 1.0
    description = "A card issuer's fraud check: 'did you use / try to pay ... with card ending 1234? Reply YES or NO'"
  strings:
    $did = /\bdid you (use|try to (pay|use|spend|make)|attempt|make|authori[sz]e|just (use|make|spend|pay)|spend|pay)\b|\bis this (charge|purchase|transaction) yours\b/
    $reply = /\breply "?(yes|y|1)"? (or|\/) "?(no|n|2)"?\b|\breply "?(yes|y)"? if\b|\breply 1 if yes\b/
  condition:
    // the check is answered by reply; the lure adds a number to call (a bank's id or short code may give its own)
    $did and $reply and money_count > 0 and (phone_count == 0 or sender_kind == "alpha" or sender_kind == "shortcode")
    and not txn_personal_voice and not txn_veto
    and txn_links_known
}

rule txn_statement_ready
{
  meta:
    action = "transaction"
    sub_action = "transactionalFinance"
    weight = 1.0
    description = "A card or account statement ready, with the balance, the minimum or the total due, or a loan, EMI, interest or premium due on a date"
  strings:
    $s1 = /\bstatement (is ready|is now ready|is (now )?available|has been (generated|issued|sent|emailed)|generated)\b/
    $s2 = /\b(statement balance|minimum (payment|amount|due)|min\.? (payment|due|amt)|total (amount )?due|amount due|closing balance)\b/
    // "your EMI of Rs 2,999 ... is due on", "interest of Rs 1,842 on your gold loan is due on", "your loan of Ksh3,000 is due"
    $due = /\b(emi|loan|interest|instal{1,2}ment|repayment|premium|dues) (of|amount|amt)\b.{0,60}\b(is due|due (on|by|date)|will be (debited|deducted|auto-debited))\b/
  condition:
    ($s1 and $s2 or $due) and money_count > 0 and not txn_personal_voice and not txn_veto
    and txn_links_known
}

// one credit wording ($i7) is its own context
// suppress: unintended_pattern_in_set
rule txn_account_credit
{
  meta:
    action = "transaction"
    sub_action = "transactionalFinance"
    weight = 1.0
    description = "Money in or out of an account told by the institution: interest earned, a deposit or payment received towards a policy or loan, a wire sent, an instalment collected, a fee to appear on the statement, an amount spent or debited on a card"
  strings:
    $i1 = /\b(you('ve| have)? earned|we('ve| have) paid( you)?|credited with) [^ ]{1,14} (in |of )?interest\b|\binterest (of [^ ]{1,14} )?(has been |was )?(credited|paid (in|into|to))\b/
    $i2 = /\bwe('ve| have)? received your (deposit|transfer|payment|contribution|premium)\b|\bwe('ve| have)? received an? (incoming )?(wire|deposit|transfer|payment)\b/
    $i7 = /\bearned [^ ]{1,14} (in )?interest\b|\b(paycheck|direct deposit|pay|military pay|deposit)( of [^ ]{1,14})?( from [^.]{1,40})? (arrived|was deposited|has been deposited|has posted|posted)\b|\b[^ ]{1,14} was (moved|transferred) from your\b|\bclaim of [^ ]{1,14} was paid\b|\bprovisional credit\b|\bdividend\b.{0,40}\b(reinvested|was paid|credited)\b|\b(round-?ups?|auto-?stash|recurring investment)( of [^ ]{1,14})?.{0,40}\b(were invested|was invested|was completed|completed)\b|\bbill pay\b.{0,60}\b(was sent|has been sent|was paid|is scheduled)\b|\bpayment [0-9] of [0-9]\b.{0,60}\b(was successful|succeeded|was processed|was completed)\b/
    $i3 = /\b(received|credited) [^ ]{1,14} towards\b/
    // (the one that needs no account word: "your payment of $31.25 for TARGET was successfully collected")
    $c4 = /\b(wire|wire transfer|payment|automatic payment|instal{1,2}ment|transfer) (of )?[^ ]{1,16}( [a-z]{3})?( (to|for|from) [^.]{1,40})? (was|has been) (successfully )?(sent|collected|completed|processed|received)\b/
    $i5 = /\bwill appear on your ([a-z]{1,12} ){0,2}statement\b/
    // "Spent Rs.1,874 on HDFC Bank card 4432 at ...", "debited by 350.0 ... trf to": the amount after the bank's verb
    $i6 = /\b(spent|debited|credited|withdrawn|charged) (by |with |for )?(rs\.?|inr|₹|\$|£|€|usd|gbp|eur|aed|ngn|kes|ksh|zar|tk|php|₱|sgd|rm)? ?[0-9][0-9,]{0,9}(\.[0-9]{1,2})? (on|at|to|from|via|in|trf)\b/
    $ctx = /\b(card|a\/c|acct|account|loan|policy|isa|saver|savings|statement|ref|refno|txn|upi|imps|neft|rtgs|confirmation)\b/
  condition:
    (any of ($i*) and ($ctx or $i7) or $c4 and money_count > 0) and not txn_mistake_story and not txn_personal_voice and not txn_veto
    and txn_links_known
}

rule txn_points_statement
{
  meta:
    action = "transaction"
    sub_action = "transactionalRewards"
    weight = 1.0
    description = "A loyalty or card-rewards statement in the programme's words: points, miles or cashback earned, credited or received, a points balance, vouchers ready to use"
  strings:
    $p1 = /\b[0-9][0-9,]{0,9} ([a-z]{1,15} ){0,2}(points|pts|miles|stars|ebucks) (earned|credited|added|collected|awarded|received)\b/
    $p2 = /\b(you('ve| have)? (earned|collected|received|got)) [^ ]{0,3}[0-9][0-9,.]{0,9} ([a-z]{1,15} ){0,2}(points|pts|miles|stars|ebucks|in [a-z]{1,15} vouchers|vouchers)\b/
    $p3 = /\b(total|available|current|new) (reward )?(points|pts|miles|stars)( balance)?:? ?(is |of )?[0-9]|\b(points|bonga|ebucks|miles|rewards?) balance (is|:)( now)? ?[a-z]{0,3}[0-9]|\bbalance (is )?(now )?[0-9][0-9,]{0,9} (points|pts|miles)\b/
    $p4 = /\b(rewards?|cashback|cash back) (of|worth) [^ ]{1,14}\b.{0,60}\b(credited|added|paid)\b/
    $p5 = /\bearned [^ ]{0,3}[0-9][0-9,.]{0,9} (in )?([a-z]{1,15} ){0,2}(cash back|cashback|cash rewards|rewards|points|cash)\b|\b(rewards?|points|extrabucks|earnings|cash)( rewards)? (have been|has been|were|was) (added|loaded|credited|posted) to your (card|account)\b|\byou('ve| have) hit [0-9][0-9,]{0,9} points\b/
    $lure = /\b(expire|expires|expiring) (today|tonight|soon|in [0-9]{1,2} (hours|days))\b|\bexpired\b|\bredeem (now|today|before)\b|\bbefore (midnight|tonight)\b|\blast (day|chance)\b/
  condition:
    any of ($p*) and not $lure and not txn_personal_voice and not txn_veto
    and txn_links_known
}

rule txn_application_status
{
  meta:
    action = "transaction"
    sub_action = "transactionalPublicServices"
    weight = 1.0
    description = "An office telling an applicant where a filed application, return, form or survey response stands (received, accepted, approved, processed), or that a tax assessment is ready, with no link but its own and nothing to pay"
  strings:
    $a1 = /\bapplication( (no|number|ref|reference|id)\.?:? ?[a-z0-9][a-z0-9\/-]{1,24})? (has been|was|is) (accepted|approved|received|processed|rejected|registered|under (review|process|processing))\b/
    $a2 = /\byour ([a-z0-9-]{1,15} ){0,4}(response|submission|return|form|survey|declaration|filing) (has been|was) (received|submitted|recorded|accepted|processed)\b/
    $a3 = /\b(income tax return|tax return|itr|tax assessment|notice of assessment|assessment)( for [a-z0-9 -]{1,14})?( \([a-z0-9]{1,8}\))? (has been|was|is) (now )?(processed|accepted|ready|available|issued)\b/
    $a4 = /\b(dose|vaccine|vaccination|booster)\b.{0,40}\badministered\b/
    $demand = /\b(pay|payment|fee|fine|penalt(y|ies)|suspend(ed)?|within [0-9]{1,3} ?(hours|hrs|days)|on hold|verify|confirm your|update your|claim|deadline|finali[sz]e)\b/
  condition:
    any of them and not $demand and not txn_personal_voice and not txn_veto
    and txn_links_known
}

rule txn_court_listing
{
  meta:
    action = "transaction"
    sub_action = "transactionalPublicServices"
    weight = 1.0
    description = "A court's reminder: a case set or listed for a date or before a court, asking for no payment"
  strings:
    $c1 = /\b(case|matter|hearing)\b.{0,60}\b(is|has been) (set|listed|scheduled|adjourned|posted)( for| before| on| to)\b/
    $c2 = /\bcourt (date )?reminder\b/
    $demand = /\b(pay|payment|fee|fine|bail|warrant|arrest|call (officer|agent|the officer))\b/
  condition:
    any of them and not $demand and not txn_personal_voice and not txn_veto
    and txn_links_known
}

rule txn_transit_disruption
{
  meta:
    action = "transaction"
    sub_action = "transactionalPublicServices"
    weight = 1.0
    description = "A transit operator's disruption notice: a line or its trains suspended, delayed or disrupted, with the cause or the stretch of line"
  strings:
    $what = /\b(line|lines|trains?|train services?|services|metro|subway|tram|trams|buses|bus services?|ferry|ferries)\b.{0,40}\b(suspended|delayed|delays|disrupted|disruption|not running|part suspended|diverted|severe delays|minor delays|running with delays|single tracking)\b|\b(disruption|delays|suspension) on\b.{0,30}\bline\b|\bdelays of up to [0-9]/
    $why = /\bdue to (a |an |the )?([a-z-]{1,15} ){0,2}(failure|fault|snag|problem|problems|incident|issue|works|work|engineering|weather|obstruction|trespass|congestion|heat|flooding|maintenance)\b|\bwhile we (address|investigate|fix|respond to|remove|repair)\b|\bbetween [a-z]{1,20}( [a-z]{1,20})? and [a-z]\b|\btickets (are )?(accepted|valid) on\b|\b(free )?(shuttle|replacement|bus) (bus(es)? |services? )?(available|operating|in place|are running)\b/
  condition:
    $what and $why and not txn_personal_voice and not txn_veto
    and txn_links_known
}

rule txn_utility_outage
{
  meta:
    action = "transaction"
    sub_action = "transactionalPublicServices"
    weight = 1.0
    description = "A utility's outage notice: a planned power or water interruption, load shedding, a burst main, low pressure or no supply until a time"
  strings:
    $o1 = /\b(planned|scheduled|unplanned|emergency) (power|water|electricity|gas|supply)? ?(outage|interruption|shutdown|maintenance|cut|works)\b|\bload ?shedding\b|\bburst (water )?main\b/
    $o2 = /\b(low (water )?pressure|no water|no (power|electricity|supply)|supply (will be )?(interrupted|off))\b.{0,40}\b(until|from|between|restored|expected|today|tonight|tomorrow)\b/
    $school = /\bearly dismissal\b|\b(after-school|after school) (activities|programs|clubs) (are|have been|will be) cancell?ed\b|\bschools? will dismiss\b/
    $pay = /\b(pay|payment|settle|overdue|unpaid|disconnect(ed|ion)?|reconnect(ion)?|bill)\b/
  condition:
    // outages and load shedding are talked about between people too: the notice comes from the utility's id, not a mobile
    ($o1 or $o2 or $school) and not $pay and not txn_personal_number and not txn_personal_voice and not txn_veto
    and txn_links_known
}

rule txn_service_reminder
{
  meta:
    action = "transaction"
    sub_action = "transactionalReminders"
    weight = 1.0
    description = "A provider's reminder: a check-up, test or visit booked for a date, a refill, meter reading or vehicle inspection due, a next payment date, a new line active"
  strings:
    $r1 = /\byour ([a-z-]{1,15} ){0,3}(check|checkup|check-up|health check|test|scan|screening|appointment|visit|consultation|session|eye test|cleaning)( (at|with) [^.]{1,30})? (is|has been) (scheduled|booked|confirmed|rescheduled) (on|for|at)\b/
    $r2 = /\b(refill|prescription|rx)\b.{0,30}\b(is due|is ready|ready for (pick-?up|collection))\b|\btime to refill\b|\b(trouble|problem) filling your prescription\b|\bdue for (an? )?(oil change|service|inspection|tune-up|checkup|check-up|cleaning|dental cleaning)\b|\byour appointment( at [^.]{1,40})? is (tomorrow|today)\b|\breminder\b.{0,40}\b(has|have) an appointment\b|\byour estimated wait( time)? is\b|\breminder of your ([a-z]{1,15} ){0,2}(appointment|haircut|booking|reservation|visit|class|session)\b|\bmeter reading (is due|due|reminder)\b|\b(mot|smog check|emissions test|vehicle inspection|roadworthy)\b.{0,40}\b(is due|due (by|on)|expires)\b/
    $r3 = /\byour next (payment|bill|charge|billing date|renewal)( of [^ ]{1,14})? (is|will be) (on|due)\b|\byour new (line|number|sim|esim)\b.{0,40}\b(is now active|is active|has been activated)\b|\b(sim|number|line)\b.{0,30}\b(linked|registered) (to|with) your (nin|national id|id|aadhaa?r|cnic|bvn)\b/
    $cut = /\b(disconnect(ed|ion)?|shut-?off|past-due|overdue|suspend(ed|ion)?)\b/
  condition:
    any of ($r*) and not $cut and not txn_personal_voice and not txn_veto
    and txn_links_known
}

rule txn_branch_notice
{
  meta:
    action = "transaction"
    sub_action = "transactionalFinance"
    weight = 1.0
    description = "A bank asking the holder to update KYC, an ID number or documents at a branch or in its app: no link, no number to call (the lure sends a link or a phone number)"
  strings:
    $branch = /\b(at|visit|via) (your |the |any )?(nearest |home |any |local )?([a-z]{1,12} )?(branch|branches)\b/
    $what = /\b(kyc|nin|bvn|pan|aadhaa?r|national id|id|documents?|details|signature|mandate)\b/
  condition:
    $branch and $what and url_count == 0 and phone_count == 0 and not txn_personal_voice and not txn_veto
}

rule txn_order_progress
{
  meta:
    action = "transaction"
    sub_action = "transactionalOrders"
    weight = 1.0
    description = "An order or parcel on its way in the app's or the carrier's words: a dasher or shopper approaching or checking out, a bag loaded, a parcel to be delivered today (French, Indonesian, Chinese)"
  strings:
    $en = /\byour (dasher|shopper|driver|courier|rider|delivery partner)\b.{0,30}\b(is approaching|is on (the|their|his|her) way|is checking out|has arrived|has picked up|is nearby|is arriving)\b|\byour (bag|bags|luggage) (has|have) been (loaded|checked|delivered|scanned)\b/
    $fr = /\b(votre|ton) (colis|colissimo|envoi|commande|chronopost)\b.{0,40}\b(sera livre|a ete livre|est en cours de livraison|est disponible|arrive aujourd'hui)\b/
    $id = /\bpesanan\b.{0,60}\b(sudah dikirim|telah dikirim|sedang dikirim|telah diterima|sudah sampai|dalam perjalanan)\b/
    // (a Chinese letter is three bytes: the gap is counted in bytes)
    $zh = /(快件|包裹|快递|快遞|订单|訂單).{0,60}(派送|配送|送達|送达|签收|簽收|已发货|已發貨)/
  condition:
    any of them and not txn_personal_voice and not txn_veto
    and txn_links_known
}

rule txn_notice_intl
{
  meta:
    action = "transaction"
    sub_action = "transactionalOthers"
    weight = 1.0
    description = "Notices in their own languages' forms: a Chinese card spend on a card's last four digits, a Korean card approval with its running total or a delivery or hospital booking, a Japanese booking held, card use or points added, a Portuguese or Spanish lab result ready, a Spanish or Italian appointment or prescription, a Portuguese fee falling due, a French data allowance used, Indonesian, Russian and Thai weather warnings, a train boarding or delayed, a stay's check-in, a US case status, library items due, a meeting about to start"
  strings:
    $card_zh = /(信用卡|金融卡|簽帳卡|借记卡|信用卡).{0,40}(末四碼|末4碼|尾號|尾号|末四位).{0,40}(消費|消费|刷卡|交易|支出)/
    $card_ko = /(승인|취소).{0,60}[0-9],?[0-9]{2}[0-9]원.{0,60}(일시불|할부|누적|잔액)/
    $booking_ja = /(ご予約|予約).{0,60}(承って|確定|お待ちして|受け付け)/
    $lab = /\b(seu|sua|su|tu|votre|ihr) (resultado|resultados|resultat|resultats|befund)( de| des| del| do)? ?(exame|examen|examenes|analyse|analises|laboratorio|labor)?\b.{0,30}\b(ja esta disponivel|esta disponivel|ya esta disponible|esta disponible|est disponible|sont disponibles|liegt vor)\b/
    $case = /\bcase status (update|changed)\b|\bcase\b.{0,30}\bstatus (was|has been) updated\b/
    $library = /\b[0-9]{1,2} items? (is|are) due\b|\b(items?|books?) (is|are) (now )?overdue\b/
    $meeting = /\byour (meeting|call|webinar|session|class|event)\b.{0,60}\b(starts|begins) (in|at) [0-9]/
    $ja = /(ご利用のお知らせ|ご利用明細|カードご利用|ポイントが付与|ポイント.{0,30}(付与|加算)されました)/
    $ko = /(배송 (예정|완료|출발)|진료 예약|예약 (안내|확인))/
    $es = /\b(tiene cita con|le recordamos su cita|su cita (es|sera) (el|manana))\b/
    $it = /\bricetta\b.{0,40}\bpronta\b/
    $pt = /\b(mensalidade|fatura|boleto)\b.{0,60}\bvence\b/
    $fr = /\bvous avez consomme [0-9]{1,3}%/
    $wx = /\bperingatan dini( cuaca)?\b|(ожидается сильн|мчс россии|กรมอุตุนิยมวิทยา|ฝนตกหนัก)/
    $travel = /\b(train|flight|bus) [0-9a-z]{1,6}\b.{0,80}\b(will board|boarding) from (track|gate|platform)\b|\byour [0-9]{1,2}[:.][0-9]{2} .{1,60} is (delayed|cancell?ed)\b|\byou check in\b.{0,60}\b(tomorrow|today)\b/
  condition:
    any of them and not txn_personal_voice and not txn_veto and not txn_alert_lure
    and txn_links_known
}

rule txn_document_ready
{
  meta:
    action = "transaction"
    sub_action = "transactionalOthers"
    weight = 1.0
    description = "A document of the reader's account ready to view: a statement, a tax form (1099, W-2, 1098), a pay statement or stub, a policy's documents, a school report, a test result, a trade confirmation"
  strings:
    $doc = /\b(statement|e-?statement|form 1099(-[a-z]{1,4})?|1099(-[a-z]{1,4})?|w-2|w2|1098|tax (documents?|forms?)|pay ?statement|pay ?stub|progress reports?|report cards?|renewal documents|policy documents|test results?|lab results?|trade confirmation)\b.{0,60}\b(is|are) (now )?(ready|available|posted|in)\b|\byou have a new (test result|lab result|message from your (doctor|care team|provider))\b/
  condition:
    $doc and not txn_personal_voice and not txn_veto
    and txn_links_known
}

rule txn_account_notice
{
  meta:
    action = "transaction"
    sub_action = "transactionalFinance"
    weight = 1.0
    description = "A lender's, bank's or broker's notice in its own words: an escrow analysis, a credit score changed, a balance low, a payment past due, returned or declined, a loan application's status, a margin call"
  strings:
    $n1 = /\bescrow (analysis|account|payment|shortage|surplus)\b|\b(credit score|fico score|vantagescore)\b.{0,60}\b(went up|went down|increased|decreased|changed|has been updated|was updated)\b|\b(maintenance|margin) call\b/
    $n2 = /\blow balance\b|\bbalance is low\b|\bis at (\$|£|€)[0-9]/
    $n3 = /\b[0-9]{1,3} days past due\b|\bis past due\b|\bpayment\b.{0,40}\b(was returned|returned unpaid|was declined|could not be processed)\b/
    $n4 = /\bloan application\b.{0,40}\b(is under review|under review|has been (approved|received|declined)|was (approved|received|declined))\b|\bclaim\b.{0,40}\b(has been assigned to an adjuster|has been approved|has been closed)\b/
    // the lure's next step: a number to call, a discharge or forgiveness to finalise
    $lure = /\b(call|dial)\b.{0,40}\b(before|to (finali[sz]e|verify|confirm|complete|unlock))\b|\b(discharge|forgiveness|final step)\b/
  condition:
    (any of ($n1, $n4) or (any of ($n2, $n3) and money_count > 0) or $n3) and not $lure and not txn_personal_voice and not txn_veto
    and txn_links_known
}

rule txn_benefits_notice
{
  meta:
    action = "transaction"
    sub_action = "transactionalPublicServices"
    weight = 1.0
    description = "A public program's notice: food, WIC or cash benefits loaded or available, a renewal, recertification or report due, an unemployment claim processed or a payment request due, an allowance issued, a child-support payment received, a licence due or issued, a claim received"
  strings:
    $prog = /\b(benefits?|snap|food assistance|wic|ewic|ebt|calfresh|medicaid|medi-cal|unemployment|reemployment|ui claim|child support|allowance|housing|recertification|driver'?s? licen[cs]e|licen[cs]e)\b/
    $state = /\b(are available|are loaded|have been loaded|(has been|was|were) (issued|processed|approved|received|sent|mailed)|renewal is due|(is|are) due (by|on|before)|report is due|time to renew|(payment|benefits?) request is due|request (your )?(benefits|payment)|needs more information|recertification is due)\b/
    $recv = /\bwe('ve| have)? received your (claim|application|request|return|report|payment|renewal)\b|\bthere has been an update to your (application|case|claim)\b|\bpayment was received on your case\b/
  condition:
    ($prog and $state or $recv) and not txn_personal_voice and not txn_veto
    and txn_links_known
}

rule txn_local_notice
{
  meta:
    action = "transaction"
    sub_action = "transactionalPublicServices"
    weight = 1.0
    description = "A city's, school's or court's notice: street sweeping, an election day and ballot drop boxes, schools closed or opening late for the weather, sirens tested, jury groups told not to report, a probation check-in, a water main worked on"
  strings:
    $l1 = /\bstreet (will be )?(swept|sweeping|cleaning)\b|\bmove your (car|vehicle) to avoid\b|\belection day is\b|\breturn your ballot\b|\bballot drop box\b/
    $l2 = /\bschools?\b.{0,40}\b(are|is|will be) closed\b|\b(delayed opening|late opening|[0-9]-hour delay)\b|\bclasses\b.{0,30}\b(are|have been) (canceled|cancelled)\b|\binclement weather\b/
    $l3 = /\b(sirens?|alert system) (will be )?tested\b|\bthis is (only )?a test\b|\bnot required to report\b|\bcheck-in with your (probation|parole) officer\b|\bwater main (work|break|repair)\b|\b(annual )?recertification (is )?due\b/
  condition:
    any of them and not txn_personal_voice and not txn_personal_number and not txn_veto and not txn_alert_lure
}
