// Bank, KYC and account-lock smishing: "your account has been suspended, verify", KYC/PAN
// updates, failed-payment "update your billing", tax refunds - through a link or a call-back.
// Real bank alerts (card transactions, balances, "reply YES or NO") are transactions.

private rule account_mentioned
{
  strings:
    $a = /\b(account|acct|a\/c|card|debit card|credit card|online banking|mobile banking|net ?banking|banking|access|profile|apple ?id|icloud|paypal|membership|wallet|bank|paylah|digibank|ibanking|m2u|maybank2u|singpass|e-?wallet)\b/
  condition:
    $a
}

// A person who tells of a message they received and asks whether it is true ("msg aaya hai ki
// aaj raat bijli kat jayegi ... sach hai kya?", "I got a text saying ... is this real?"): a parent
// asking their child, not the lure (English, romanised Hindi, Hindi; a Devanagari letter is three bytes)
private rule account_reported_message
{
  strings:
    $got = /\b(i|we|mom|mum|dad|papa|mummy) (just )?(got|received|get|have received|have got|'ve got|'ve received) (a|an|this|one|some|the) (text|message|msg|sms|whatsapp)\b|\b(text|message|msg|sms) (saying|says|that says|which says|telling (me|us))\b|\b(msg|message|messege|massage|sms|text) (aaya|aya|aayi|ayi|mila|mili)\b|(मैसेज|मेसेज|एसएमएस|संदेश) (आया|आई|मिला)/
    $true = /\b(is (this|it|that) (real|true|legit|legitimate|genuine|a scam|fake|a fraud|fraud|correct)|should i (call|pay|believe)|(sach|sahi|asli|sachi|real|fraud|fake|farzi) (hai|h) (kya|kia|na)|kya (ye|yeh|yah|wo|woh) (sach|sahi|asli|real|fraud|fake|farzi)|(fraud|fake|farzi) to nahi)\b|(सच|सही|असली|फ्रॉड|फर्जी) (है|तो नहीं)|क्या (यह|ये|वो) (सच|सही|असली|फ्रॉड|फर्जी)/
  condition:
    $got and $true
}

// A utility cut-off passed on by a relative, a flatmate or a tenant ("Mom, ConEd says your power will be shut off
// today, call them", "our electric bill is past due", "the landlord said the water goes off at 2"), not the lure
private rule account_utility_personal
{
  strings:
    $me = /\b(mom|mum|dad|mama|mami|papa|babe|honey|lol|landlord|says|said|told me|call them|dice que|dijo|dijeron|llamalos|llamales)\b|\b(my|our|mi|nuestra|nuestro) (power|electric|electricity|gas|water|lights?|light bill|service|account|bill|luz|cuenta|servicio|factura)\b/
  condition:
    $me
}

// A utility's own notice: from its short code or sender id, or from its toll-free line with a link, or with links
// that all go to a site of known standing (a brand's, a government's, the one the text names)
private rule account_utility_own_notice
{
  condition:
    sender_kind == "alpha" or sender_kind == "shortcode" or (sender_line == "toll_free" and url_count > 0)
    or (url_count > 0 and url_count <= brand_link_count + named_url_count + platform_url_count)
}

// A bank card said to have expired or to be blocked, with a new card to activate by calling a number, from a
// number or an address (English, romanised Hindi and Urdu: Meezan, HBL, UBL, MCB, SBI, HDFC): banks renew cards
// by post and at branches, and write from their sender ids and short codes
private rule account_card_expiry_story
{
  strings:
    $exp = /\bcard\b.{0,40}\b(has expired|is expired|expired|will expire|expires|expiring|will be (blocked|deactivated|suspended|closed|disabled)|has been (blocked|deactivated|suspended|disabled)|is (blocked|deactivated|suspended))\b/
    $exp_r = /\bcard\b.{0,40}\b(expire|expired|block|blocked|band|bund|deactivate|deactivated) (ho|hogaya|hogya|hoga|hogi|kar|kr|krdiya|hone|hai|he|hain)\b/
    $act = /\b(re-?activat\w{0,5}|activat\w{1,5}|naya card|naye card|nya card|new (atm |debit |chip |credit )?card|card renew\w{0,4}|renew (your|the|apna|apne) card)\b/
    // a son or daughter telling a parent, or the bank's own warning about such calls
    $kin = /\b(ammi|abbu|ammu|abba|amma|mummy|papa|beta|beti|bhai|bhaiya|baji|appi|mom|mum|dad|my|mera|meri|mere|maine|never|kabhi|scam|scammers|fraudsters|dhoka|dhokebaz|hoshiyar|beware|savdhan|khabardar)\b/
  condition:
    ($exp or $exp_r) and $act and not $kin and phone_count > 0 and sender_kind != "alpha" and sender_kind != "shortcode"
}

// A link of an impersonator's standing: none of the brand's, a platform's or the site the text names, and either
// wearing a brand or another address, on an abuse-prone TLD or a shortener, or sent from a person's number or an
// address (a sender id is spoofed, but a business's own id links to its own site)
private rule account_lure_link
{
  condition:
    url_count > brand_link_count + platform_url_count + named_url_count
    and (brand_mismatch_count > 0 or deceptive_url_count > 0 or risky_tld_count > 0 or shortener_count > 0
      or (sender_kind == "phone" and sender_line != "toll_free") or sender_kind == "email" or sender_kind == "none")
}

rule account_locked_verify : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Says an account or card is suspended, locked or flagged, and asks to verify or restore it through a link"
  strings:
    $lock1 = /\b(suspended|suspension|restriction|locked|lock(ed)? out|restricted|limited|disabled|blocked|deactivated|de-activated|frozen|on hold|temporarily (closed|held|unavailable|blocked))\b/
    $lock2 = /\bwill be (permanently |temporarily )?(closed|suspended|blocked|deactivated|terminated|restricted|locked|disabled|frozen)/
    $lock3 = /\b(unusual|suspicious|unauthori[sz]ed|irregular|fraudulent|strange) (activity|activities|login|log-?in|sign-?in|access|attempt|transaction|charge|payment)s?\b/
    $lock4 = /\bhas been (compromised|flagged)\b/
    $fix = /\b(verify|verification|confirm|validate|update|re-?activate|unlock|unfreeze|restore|unblock|reinstate|secure|appeal|review|log ?in|sign ?in|click|tap|visit|follow)\b/
  condition:
    // a bank's own lock notice links only to its official domain (netbanking.hdfcbank.com)
    account_mentioned and any of ($lock*) and $fix and url_count > brand_link_count
}

rule account_locked_callback : phishing
{
  meta:
    action = "junk"
    weight = 1.5
    description = "A card or account said to be blocked, with a phone number to call (weak alone: banks do this too); or an ATM or debit card said to have expired or to be blocked, call a number to activate the new card, from a number (English, romanised Hindi and Urdu)"
  strings:
    $lock = /\b(card|account|acct)\b.{0,40}\b(suspended|locked|restricted|blocked|deactivated|frozen|on hold)\b/
    $call = /\b(call|contact|ring|dial)( us| our| the)?( fraud| security| support)?( team| department| line| desk)?( now| immediately| urgently)?( on| at)?:? ?\+?[0-9]/
    // a block the holder asked for: "blocked as per your request. Call ... for a replacement"
    $asked = /\b(as per your|at your|on your) request\b|\bas (you )?requested\b/
    // the bank's own free line (1800, 0800, 1-300, 1-8xx) in a notice from its sender id or short code
    $free = /\b(1[-. ]?8(00|33|44|55|66|77|88)|0800|1-?300)[-. ]?[0-9]/
  condition:
    (($lock and $call) or account_card_expiry_story) and not $asked
    and not ($free and (sender_kind == "alpha" or sender_kind == "shortcode"))
}

rule account_fraud_alert_from_person : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A bank's fraud alert (a charge 'if this wasn't you', 'call our fraud team', 'reply YES or NO') sent from a personal or invalid number: banks send these from short codes and sender ids; or a new payee, Zelle recipient or device 'added to your account, if you did not request this call our security team at <number>' from any number or an address; a sign-in flagged or a purchase declined with a number to call, a Zelle transfer 'reply NO to cancel', a credit union's 'did you authorize $X at <merchant>? reply 1 for yes, 2 for no' from a mobile, landline or VoIP number; a 'did you attempt a Zelle, wire or card payment of $X? reply NO and a representative will call you' from any number, toll-free included; a carrier's 'a SIM swap, port-out or eSIM transfer was requested on your line, if this was not you call security at <number>' from a long number (English, Spanish); a mobile-money withdrawal or transfer code 'si vous n'avez pas initie cette operation, appelez immediatement le 07...' from a person's number (French: Orange Money, MTN MoMo, Moov Money, Wave); a brand's or bank's purchase, charge or transfer of an amount 'was this you? / reply 1 to confirm or 2 to cancel / reply YES or NO / if not, call' from a long number that is not toll-free (English, US and Canada); a card alert with no amount (a card ending in digits, unusual activity, a fraud alert) 'reply 1 if you made it, 2 if not' from such a number (English, Spanish); a US bank's card deactivated, locked or suspended, 'reply ACTIVATE (YES, UNLOCK) to reactivate', from such a number (English); a bank's fraud team on a suspicious transfer, payment or sign-in, a new device or payee, that will call you in minutes ('stay available', 'un conseiller va vous appeler, restez joignable', 'un operatore la contattera', 'un ejecutivo le llamara'), or 'if it wasn't you, call <number>' to a line that is not toll-free, from a mobile, landline or VoIP number (French, Italian, Spanish of Mexico and Spain, English); a card payment or transfer the reader did not make, for an amount or abroad, 'if it wasn't you, call <number> / reply NO', from a person's number (Polish, Czech, Slovak, Brazilian Portuguese, Simplified and Traditional Chinese, written Cantonese); a purchase abroad or online, a SPEI, PIX or TED transfer in process, a new device or number change, or a card 'cloned', 'if you do not recognise it, call <number> / reply NO (SIM/NAO)', from a person's number (Spanish of Mexico, Colombia, Argentina and Chile, Brazilian Portuguese); an outgoing transfer abroad 'not you? call the security department at <number>' from a spoofed generic sender id such as Bank, Banco, Alerta or Seguranca (Polish, Portuguese, Spanish): the vishing lure"
  strings:
    $alert = /\b(if (this|it) (was|wasn't|was not|is not|isn't) (not )?you|if not (you|yours)|if you (did not|didn't) (authori[sz]e|make|recogni[sz]e|request|attempt)|(text|reply|txt) "?(yes|y|1)"? if you (authori[sz]ed|made|attempted)|did you (make|attempt|authori[sz]e)|did you (send|try to send|initiate|request) (a |an )?(zelle|wire)|(fraud|security|card services|fraud prevention) (team|department|line|desk|alert)|not you\?|unrecogni[sz]ed (charge|transaction|payment)|(intento|realizo|autorizo|envio|solicito) usted|usted (intento|realizo|autorizo|envio|solicito)|si no lo reconoce|si no reconoce|no reconoces|size ait degilse|size ait degilse|si (usted |tu )?no (lo |la )?(realizo|solicito|autorizo|hizo|intento|reconoce|fue usted|fuiste tu)|si no ha sido usted)\b|¿ ?(intento|realizo|autorizo|envio|solicito) (un|una|el|la|esta|este) (pago|transferencia|envio|retiro|compra|cargo)\b/
    $money = /\b(card|account|acct|a\/c|transaction|payment|purchase|charge|transfer|cargo|compra|tarjeta|cuenta|pago|transferencia|retiro|islem|kart)\b/
    // a change to the account that moves no money yet: a payee, a recipient, a device, a login
    $change = /\b(new (payee|recipient|beneficiary|device|login)|new zelle recipient|(payee|recipient|beneficiary|device)\b.{0,40}\b(was|has been|been) (added|registered|linked|enrolled)|sign-?in from a new)\b/
    $change_es = /\b(nuevo|nueva) (destinatario|beneficiario|beneficiaria|dispositivo)\b|\b(destinatario|beneficiario|dispositivo)\b.{0,40}\b(agregad[oa]|anadid[oa]|registrad[oa]|vinculad[oa])\b/
    // the carrier's line moved: a SIM swap, a port-out, an eSIM transfer requested (English, Spanish)
    $port = /\b(sim (swap|change|card (swap|change|replacement))|sim-swap|e-?sim (transfer|swap|change|conversion|activation)|port-?out( request)?|port (request|out request)|porting request|number (transfer|port|porting) request|(transfer|port) (of )?your (phone |mobile |wireless )?(number|line)|(number|line) (is being|was|has been|will be) (transferred|ported|moved))\b|\b(cambio|intercambio|duplicado|reemplazo|reposicion) de (tarjeta )?(sim|e-?sim|chip)\b|\bportabilidad\b|\btransferencia de (su |tu )?(e-?sim|numero|linea)\b|\b(numero|linea) (sera|esta siendo|fue|ha sido) (transferid[oa]|portad[oa])\b/
    // in the bank's voice, not a friend's story about one
    // a sign-in, sign-on or login flagged, or a purchase declined (English, Spanish): the alert's event
    $event = /\b(suspicious|unusual|unrecogni[sz]ed|unauthori[sz]ed|unknown) (sign-?in|sign-?on|log-?in|login attempt|access attempt)s?\b|\b(sign-?in|sign-?on|log-?in) (attempt )?from\b.{0,40}\b(was |has been )?(detected|blocked|flagged)\b|\b(purchase|charge|transaction|payment|order)\b.{0,60}\b(was|has been) (declined|blocked|flagged|held)\b/
    $event_es = /\b(inicio de sesion|acceso|ingreso) (sospechoso|inusual|no autorizado|no reconocido)\b|\b(compra|cargo|transaccion|pago)\b.{0,60}\b(fue|ha sido) (rechazad[oa]|declinad[oa]|bloquead[oa]|retenid[oa])\b/
    $voice = /\b(your (debit |credit )?(card|account|acct|a\/c)|(call|contact) (us|our)|our (fraud|security)|(fraud|security) (team|department|dept)|(reply|text|txt) "?(yes|y|no|n|1|2|stop|cancel)"?|(responda|responde|envie|escriba) "?(si|no|stop|cancelar)"?|detectamos|llame al|llama al|comuniquese|(departamento|equipo) de (fraudes?|seguridad)|kartinizdan|arayiniz)\b/
    // the credit union's reply-code check: "did you authorize $498.20 at <merchant>? reply 1 for yes, 2 for no",
    // "was this you? ... reply Y if yes or N if no", "confirm purchase of $X: reply 1 to approve" (English, Spanish)
    $ask = /\b(did you (authori[sz]e|attempt|approve|recogni[sz]e|use your|try to (use|spend|make|pay))|do you (recogni[sz]e|authori[sz]e|approve)|(was|is) this (you|yours|purchase yours|charge yours)|is this (purchase|charge|transaction|payment) (yours|authori[sz]ed)|confirm (this |the )?(purchase|charge|transaction|payment) (of|for|at)|(reconoce|autorizo|realizo|intento) (usted )?(esta |este |la |el |una |un )?(compra|cargo|transaccion))\b/
    $codes = /\b(reply|text|txt|respond|responda|responde|conteste|envie)( with| con)? "?(1|y|yes|si)"? (for|if|to|or|para|o)\b/
    // a spouse's or a friend's question about a shared card ("did you authorize the $200 on my card? reply yes or no")
    $mine = /\b(my|our|joint|mi|nuestra) (card|account|cuenta|tarjeta|line|number|sim|phone|linea|numero)\b|\b(lol|haha|lmao)\b/
    // ... in the alert's words: a bank, a fraud alert, a card, or an amount spent at a merchant (a colleague's
    // "did you approve the $300 invoice? reply yes or no" has none)
    $issuer = /\b(fraud|alert|alerta|bank|banco|credit union|card ending|card services|debit card|credit card|visa|mastercard|suspicious|unusual|transaction|transaccion)\b|[0-9] (at|en) [a-z0-9]/
    // "did you attempt a Zelle payment of $X to <name>? if not, reply NO and a representative will call you": the
    // call promised after the reply is the vishing set-up (a bank's own check asks YES or NO and says no more)
    $promise = /\b(representative|agent|specialist|advisor|adviser|officer|someone|we|member of our [a-z]{1,10} team|(fraud|security|card services|fraud prevention|claims) (team|department|dept|unit|specialist|officer))( will| shall|'ll| is going to| are going to)( shortly| soon| now)? (call|contact|ring|phone|reach out to|get in touch with) you\b|\byou('ll| will) (receive|get) a (call|phone call) from\b/
    $reply_no = /\b(reply|text|txt|respond|send)( with)? ("?(yes|y|1)"? ?(or|\/) ?)?"?(no|n|2)"?\b|\bif "?no"?,/
    // French (Cote d'Ivoire, Senegal, Cameroon, Mali): a withdrawal or transfer code of Orange Money, MTN MoMo, Moov
    // Money or Wave "si vous n'avez pas initie cette operation, appelez immediatement le 07 ..." from a person's number:
    // the operator writes from its sender id, the vishing caller from his mobile, and asks for the code on the call
    $alert_fr = /\bsi vous n'avez pas (initie|effectue|autorise|demande|fait|ordonne|valide|sollicite)|\bsi vous n'etes pas (a l'origine|l'auteur|l'initiateur)|\bsi ce n'(est|etait) pas vous\b|\bsi vous ne reconnaissez pas\b/
    $what_fr = /\b(code de (retrait|transfert|validation|confirmation)|retrait|transfert|depot|envoi d'argent|paiement|orange money|mtn momo|momo|mobile money|moov money|wave|flooz|free money|t-?money|airtel money|compte|solde)\b/
    // the call-back: a number written out (a national one phone_count may not read: 77 845 12 36), "us", "this number"
    $call_fr = /\b(appelez|appeler|contactez|contacter|composez|joignez|rappelez)( immediatement| sans delai| rapidement| urgemment| d'urgence| vite)?(( le| au| notre| le service client| notre service client| le service clientele)( au| le)?:? ?\+?[0-9][0-9 .]{1,3}[0-9]|(-| )nous\b| ce (meme )?numero\b)/
    // a relative, a neighbour or a tontine's treasurer in their own voice ("appelez-moi", "j'ai fait le depot")
    $me_fr = /\b(je|j'ai|moi|maman|papa|tonton|tata|tantine|frere|soeur|chez nous)\b/
    // a brand or bank opening the text in the alert's voice ("Capital One:", "RBC Royal Bank:", "Hi this is Amazon.",
    // "<name> Credit Union:"), not a person's "hey, amazon says ..." (US and Canada)
    $brand_open = /^((hi|hello|hey|dear customer|dear member)[,.!]? ?)?(this is (the )?)?(amazon|apple|paypal|walmart|best buy|costco|target|ebay|chase|bank of america|bofa|wells fargo|capital one|citi|citibank|us bank|pnc|td bank|td canada trust|truist|usaa|navy federal|discover|american express|amex|synchrony|ally|regions|fifth third|huntington|keybank|santander|venmo|cash app|zelle|coinbase|rbc|scotiabank|bmo|cibc|desjardins|interac|tangerine|[a-z][a-z0-9&'. -]{0,24} (bank|credit union|fcu))([a-z0-9&'. -]{0,20}:|[.!,]| here\b| (fraud|security) )/
    // ... asking about the charge: "was this you?", "if not, call", "reply 1 to confirm or 2 to cancel", "reply YES or NO"
    $verify = /\b(was|is) this (you|yours)\b|\bif not,? (please |kindly )?(call|contact|dial|reply|text)\b|\b(reply|text|txt|press|respond)( with)? "?(1|y|yes)"?( (to|for|if) [a-z]{1,12}( [a-z]{1,12})?)?(,? or|,) (reply |text |press )?"?(2|n|no)"?\b/
    // the digit check with no amount: "unusual activity on your card ending 4471: reply 1 if you recognise it, 2 if
    // you do not" (English, Spanish: "responda 1 si reconoce la operacion, 2 si no"); the reply starts the call
    $digit1 = /\b(reply|text|txt|respond|responda|responde|conteste|envie|envia|marque|escriba)( with| con| el)? "?1"? (if|for|to|si|para)\b/
    $digit2 = /(,|\bor|\bo|\breply|\btext|\bresponda|\bresponde|\bmarque|\benvie) "?2"? (if|for|to|si|para)\b/
    // ... on a card alert: unusual or suspicious activity, a fraud alert (English, Spanish) ...
    $card_alert = /\b(unusual|suspicious|unrecogni[sz]ed|irregular|unauthori[sz]ed) (activity|transaction|charge|purchase|payment|use)\b|\b(actividad|movimiento|transaccion|cargo|compra|operacion|uso) (inusual|sospechos[oa]|no reconocid[oa]|irregular|no autorizad[oa])\b|\b(fraud alert|alerta de fraude)\b/
    // ... or a card ending in digits and the reply asking whether the reader made it (a card shipped, "reply 1 to
    // activate", asks nothing of the kind)
    $card_end = /\b(card|acct|account|tarjeta|cuenta)( number| no\.?)? (ending|ends|terminada|terminado|que termina|con terminacion)\b/
    $made = /\b(recogni[sz]e|made|make|authori[sz]ed?|attempted|was you|were you|was not you|reconoce|reconoces|realizo|realizaste|autorizo|autorizaste|fuiste tu|fue usted)\b/
    // a US bank's card or account "deactivated", "locked" or "suspended", then "reply ACTIVATE (YES, UNLOCK) to
    // reactivate it" from a long number: the reply is answered by a call from the "fraud team" (the bank's own
    // new-card activation by reply comes from its short code, and its card was never deactivated)
    $us_bank = /\b(chase|jp ?morgan|bank of america|bofa|wells fargo|capital one|citi|citibank|pnc|truist|usaa|navy federal|nfcu|penfed|discover|american express|amex|synchrony|ally|regions|fifth third|huntington|keybank|santander|citizens|m&t|bmo|chime|varo|bank|credit union|fcu)\b/
    $deact = /\b(card|account|acct)\b.{0,50}\b(de-?activated|disabled|suspended|locked|frozen|blocked|restricted|on hold|paused)\b|\b(de-?activated|disabled|suspended|locked|froze|frozen|blocked|restricted|paused) (your|the) ([a-z]{1,10} ){0,2}(card|account)\b/
    // the keyword to send back: "reply ACTIVATE to reactivate", "to restore access, text YES" (in one sentence: not
    // "call us to reactivate. Reply STOP to opt out"), "reply UNLOCK."
    $react_kw = /\b(reply|text|txt|respond)( back)?( with)?( the word)?:? "?[a-z0-9]{1,12}"? (to|and we will|and we'll) (re-?activat|unlock|unfreeze|unblock|restore|reinstate|resume|re-?enable|lift (the|this) |remove (the|this) )/
    $react_to = /\bto (re-?activat\w{0,4}|unlock|unfreeze|unblock|restore|reinstate|resume|re-?enable|turn (it|your card|the card) back on|lift (the|this) (hold|lock|block|restriction)|remove (the|this) (hold|lock|block|restriction))\b[^.!?]{0,60}\b(reply|text|txt|respond)\b/
    $react_bare = /\b(reply|text|txt|respond)( back)?( with)?:? "?(re-?activate|activate|unlock|unblock|unfreeze|restore|enable)"? ?([.!]|$|now\b|today\b)/
    // a relative or a customer telling of such a text ("Mom, the bank texted you to reply ACTIVATE, did you?")
    $told_us = /\b(mom|mum|dad|honey|babe|hun|grandma|grandpa|did you|have you|they (said|say|texted|sent|want)|the bank (said|says|texted|sent|wants)|i (got|had|have|just|think|did))\b/
    // The fraud team's call-back from a person's line (French, Italian, Spanish of Mexico and Spain, English): a
    // suspicious transfer, payment or sign-in, a new device or payee, "did you make it?" ...
    $fx_story_en = /\b(suspicious|unusual|unauthori[sz]ed|fraudulent|irregular|unrecogni[sz]ed) (transfers?|payments?|transactions?|charges?|activity|log-?ins?|sign-?ins?|withdrawals?|debits?|devices?|access|purchases?)\b|\bnew (device|payee|beneficiary)\b|\b(anti-?fraud|fraud prevention) (team|department|unit|centre|center)\b/
    $fx_story_fr = /\b(operation|virement|paiement|transaction|prelevement|connexion|acces|achat|retrait|transfert)s? (suspecte?s?|inhabituel(le)?s?|frauduleu(x|se|ses)|non autorisee?s?|douteu(x|se|ses)|anormale?s?)\b|\b(nouvel appareil|nouveau (beneficiaire|terminal|peripherique))\b|\btentative (de|d') ?(virement|paiement|connexion|retrait|prelevement|achat|transfert)\b|\bservice (de )?(fraude|anti-?fraude|securite|lutte contre la fraude)\b|\bavez-vous (effectue|autorise|initie|valide|realise|demande)\b/
    $fx_story_it = /\b(bonifico|pagamento|operazione|transazione|accesso|addebito|prelievo|movimento|acquisto)( [a-z]{1,12})? (sospett[oa]|anomal[oa]|non autorizzat[oa]|insolit[oa]|fraudolent[oa]|non riconosciut[oa])\b|\bnuovo dispositivo\b|\btentativo di (bonifico|pagamento|accesso|addebito|prelievo)\b|\b(ufficio|servizio|reparto|team|centro) (antifrode|anti-frode|sicurezza)\b|\b(hai|ha) (autorizzato|effettuato|disposto|richiesto) (un|il|questo|una|la)\b/
    $fx_story_es = /\b(transferencia|cargo|compra|operacion|movimiento|acceso|bizum|transaccion|retiro|disposicion)( [a-z]{1,12})? (sospechos[oa]|inusual|no reconocid[oa]|no autorizad[oa]|irregular|fraudulent[oa])\b|\bnuevo dispositivo\b|\b(reconoce|reconoces|autorizo|autorizaste|realizo|realizaste|solicito|solicitaste) (usted )?(la|el|esta|este|una|un) (transferencia|cargo|compra|operacion|movimiento|bizum|retiro|pago|disposicion|acceso)\b|\b(departamento|area|equipo|centro) de (fraudes?|seguridad|prevencion de fraudes?)\b|\bintento de (transferencia|cargo|compra|acceso|bizum|retiro|pago)\b/
    // ... then the call promised and the wait asked ("an adviser will call you in minutes, stay available",
    // "un conseiller va vous appeler, restez joignable", "un operatore la contattera", "un ejecutivo le llamara") ...
    $fx_promise_en = /\b(adviser|advisor|agent|representative|specialist|officer|analyst|colleague|executive|member of (our|the) [a-z]{1,10} team|(fraud|security) (team|department|dept|unit)) (will|shall|'ll|is going to) (shortly |soon |now |personally )?(call|contact|ring|phone) you\b|\b(stay|remain|keep yourself) (available|reachable|contactable|by your phone|near your phone)\b|\bkeep your phone (nearby|close|on|with you|switched on)\b|\b(expect|await) (a|our|the) (call|phone call)\b|\byou (will|'ll) (shortly |soon )?be (called|contacted|phoned)\b/
    $fx_promise_fr = /\bvous (appellera|appelleront|contactera|contacteront|rappellera|rappelleront|joindra|telephonera)\b|\b(va|vont|allons) vous (appeler|contacter|rappeler|joindre|telephoner)\b|\brestez (joignable|disponible|a l'ecoute|pres de votre telephone)\b|\bgardez votre telephone\b|\bvous (serez|allez etre) (rapidement |tres vite |bientot )?(contactee?|appelee?|rappelee?)\b/
    $fx_promise_it = /\b(la|ti|vi|lo) (contattera|chiamera|richiamera|contatteranno|chiameranno|richiameranno|telefonera)\b|\b(resti|rimanga|resta|rimani|stia) (disponibile|raggiungibile|in attesa della (nostra )?chiamata)\b|\b(tenga|tieni) (il )?telefono (a portata|vicino|acceso)\b|\b(sara|verra|verrai|sarai) (a breve |presto |subito )?(contattat[oa]|chiamat[oa]|richiamat[oa])\b/
    $fx_promise_es = /\b(le|te|lo|la) (llamara|llamaran|contactara|contactaran|marcara|marcaran|llamaremos|contactaremos|marcaremos)\b|\b(permanezca|mantengase|quedese|mantente|permanece|quedate) (atent[oa]|disponible|pendiente|localizable|cerca)\b|\b(espere|aguarde) (nuestra|la|una) llamada\b|\brecibira (una|nuestra) llamada\b|\bse (comunicara|pondra en contacto) (con usted|con ud|contigo)\b/
    // ... or "if it wasn't you, call <number>" (a national number the phone count does not read: 02 1234 5678)
    $fx_notme = /\bse non (e stato|e stata|sei stato|sei stata|ha effettuato|hai effettuato|riconosce|riconosci|ha autorizzato|hai autorizzato|e lei|sei tu)\b|\bsi no (la|lo|las|los) reconoce\b|\bsi no (la|lo) (realizo|solicito|autorizo)\b/
    $fx_dial = /\b(appelez|contactez|composez|rappelez|joignez|chiami|chiamare|contatti|contattare|richiami|llame|llamar|marque|comuniquese|comunicarse)( [a-z']{1,12}){0,3}:? \+?[0-9][0-9 .]{1,3}[0-9]/
    // ... about money or a bank (a colleague's "unusual activity on the shared drive, IT will call you" is not it)
    $fx_money = /\b(bank|banking|card|account|transfer|payment|payee|compte|carte|virement|banque|paiement|beneficiaire|conto|carta|bonifico|banca|pagamento|cuenta|tarjeta|banco|transferencia|bizum|cargo|compra)\b/
    // ... to a number that is not a toll-free line (a US bank's own new-device alert from its long number sends to its
    // 1-800 line; the vishing caller gives his own)
    $fx_free = /(\b1[-. ]?\(?|\(|\b)8(00|33|44|55|66|77|88)\)?[-. ]?[2-9][0-9]/
    // a customer or a relative telling of the bank's call, or a bank's warning about such calls
    $fx_me = /\b(my|mon|ma|mes|mi|mio|mia|our|notre|nuestra|nuestro|nostro|nostra) (bank|banque|banco|banca|card|carte|tarjeta|carta|account|compte|cuenta|conto)\b|\b(mum|mom|dad|mama|maman|papa|mamma|babbo|lol|haha|mdr|jaja|jajaja|ahah|they said|il m'a dit|on m'a dit|me dijeron|me dijo|mi hanno detto|mi ha detto)\b|\b(the bank|la banque|el banco|la banca) (said|says|called|rang|m'a|me|mi|ha chiamato|a appele)\b/
    $fx_warn = /\b(hang up|raccrochez|cuelgue|riattacchi|scam|arnaque|estafa|truffa|beware|mefiez-vous|never|jamais|nunca)\b/
    // Polish, Czech, Slovak, Brazilian Portuguese and Chinese (Simplified, Traditional, written Cantonese): a card
    // payment or transfer the reader did not make (often abroad), "if it wasn't you, call <number> / reply NO", from a
    // person's number (the bank's own alert comes from its sender id or short number) ...
    $cx_notme = /\b(jesli|jezeli|gdy) (to )?nie (ty|pan|pani|wy|byl[a-z]{0,3})\b|\bnie (zlecal|dokonywal|dokonal|wykonywal|wykonal|autoryzowal|rozpoznaj)[a-z]{0,5}\b|\b(neprovedl|nezadal|neautorizoval|neuskutecnil|nevykonal|neuskutocnil|nerozpoznavate|nepoznavate|nepoznate)[a-z]{0,3}\b|\b(nebyli jste to vy|nejste to vy|to nebol[a-z]{0,2} vy|to nebyl[a-z]{0,2} vy|neboli ste to vy|nejde o vas|nejde-li o vas)\b|\b(nao reconhece|nao reconheceu|nao foi voce|caso nao (tenha|reconheca|seja voce)|se nao (foi voce|reconhece|reconhecer))\b|(如非本人|若非本人|非本人操作|非本人交易|并非本人|並非本人|不是您本人|唔係你本人|唔係本人|唔係你做|如非閣下|若非閣下)/
    // ... about a card, an account or a bank ...
    $cx_card = /\b(kart[a-z]{1,2}|karcie|konto|konta|koncie|rachun[a-z]{1,3}|ucet|uctu|ucte|bank[a-z]{0,2}|transakc[a-z]{1,3}|przelew[a-z]{0,2}|platb[a-z]{1,2}|platnosc[a-z]{0,2}|prevod[a-z]{0,2}|cartao|conta|banco|pix|pko|pekao|mbank|csob|raiffeisen|sporitelna|sporitelne|nubank|bradesco|itau)\b|(信用卡|银行卡|銀行卡|扣账卡|扣賬卡|提款卡|储蓄卡|儲蓄卡|银行|銀行|账户|賬戶|帳戶|尾号|尾號)/
    // ... for an amount, or abroad ...
    $cx_amt = /[0-9] ?(zl|pln|kc|czk|eur|euro|usd|reais)\b|\br\$ ?[0-9]|\b(za granica|zagranicn[a-z]{1,3}|v zahranici|zahranicn[a-z]{1,3}|internacional|no exterior)\b|(人民币|人民幣|港币|港幣|hk\$|nt\$|新台币|新台幣|台幣|美元) ?[0-9]|[0-9] ?(元|蚊)|(境外|海外|國外|国外)/
    // ... then a call to a number or a reply NO
    $cx_call = /\b(zadzwon|oddzwon|skontaktuj sie|volejte|zavolejte|zavolajte|volajte|kontaktujte|ligue|retorne|entre em contato)\b[^0-9]{0,40}[0-9][0-9 -]{1,3}[0-9]|\b(odpisz|odpowiedz|odpovezte|odpiste|odpovedzte|responda)( slowem| slovem)? "?(nie|ne|nao)"?\b|(致电|致電|拨打|撥打|联系|聯繫|聯絡|联络|回电|回電)[^0-9]{0,18}[0-9][0-9 -]{1,3}[0-9]/
    // a relative, a spouse or a friend telling of their card, or a warning about such texts
    $cx_me = /\b(moj[a-z]{0,3} (kart[a-z]{1,2}|konto|rachunek|bank)|mamo|mama|mami|tato|tati|ocko|kochanie|moje karta|moji kartu|moju kartu|mae|mamae|meu cartao|minha conta|meu banco|kkk|oszust[a-z]{0,4}|podvod[a-z]{0,4}|golpe|zadzwonie|zavolam)\b|(我的卡|我张卡|我張卡|我嘅卡|妈|媽|老公|老婆|爸|诈骗|詐騙|骗子|騙子|呃人)/
    // Latin American Spanish (Mexico, Colombia, Argentina, Chile) and Brazilian Portuguese, in their everyday
    // wordings: a purchase abroad or online, a transfer (SPEI, PIX, TED) in process or scheduled, a new device or a
    // phone-number change, "si desconoce / si no la reconoce / caso nao reconheca" ...
    $la_notme = /\b(si|en caso de que) (usted |tu )?(desconoce|desconoces|desconozca|desconozcas)\b|\ben caso de (no reconocer|desconocer)\b|\bpara desconocer(lo|la)?\b|\bsi no (lo |la )?(reconoce|reconoces|realizo|realizaste|solicito|solicitaste|autorizo|autorizaste|hizo|hiciste|fue usted|fuiste tu)\b|\b(caso|se) (voce )?(desconheca|desconhece|desconhecer)\b|\bnao (reconhece|reconheceu|reconheca|reconhecer|foi voce|autorizou|solicitou|realizou)\b|\bnao tenha (solicitado|sido voce|realizado|autorizado|feito|reconhecido)\b/
    $la_op = /\b(compras?|cargos?|consumos?|transferencias?|spei|retiros?|transaccion|operacion|movimiento|pix|ted|saque|pagamento|debito|remessa)\b/
    $la_change = /\bnuev[oa] (dispositivo|celular|equipo)\b|\bcambio (de|del) (numero|celular|telefono|dispositivo)\b|\bnovo (dispositivo|aparelho|celular)\b|\b(troca|alteracao|mudanca) (do|de) (numero|celular|telefone|aparelho|dispositivo)\b/
    $la_card = /\b(tarjeta|cuenta|banco|cartao|conta|banca movil|app)\b/
    $la_abroad = /\b(internacional|en el exterior|al exterior|en el extranjero|al extranjero|no exterior|para o exterior|en linea|online)\b/
    // ... or a card "cloned" (to be blocked by a call) ...
    $la_clone = /\b(tarjeta|cartao)\b.{0,40}\bclonad[oa]\b|\bclonad[oa]\b.{0,20}\b(tarjeta|cartao)\b|\b(clonacion|clonagem)\b/
    // ... then a call to a number (0800, a local one), a reply SI/NO or SIM/NAO, the security department at a number
    $la_dial = /\b(llame|llama|llamar|llamando|marque|marca|comuniquese|comunicate|comunicarse|contactese|contactenos|ligue|liga|ligar|retorne|entre em contato|contate)\b[^0-9]{0,40}[0-9][0-9 -]{1,3}[0-9]/
    $la_reply = /\b(responda|responde|conteste|envie|envia)( con| com)?( la palabra| a palavra)? "?(no|nao)"?\b/
    $la_yesno = /\b(responda|responde|conteste|envie|envia)( con| com)? "?(si|sim|1)"?\b.{0,40}\b(o|ou) "?(no|nao|2)"?\b/
    // a relative, a friend or a customer telling of their card, or a warning about such texts
    $la_me = /\b(mi|mis|nuestra) (tarjeta|tarjetas|cuenta|banco)\b|\b(meu|minha|nosso) (cartao|conta|banco)\b|\b(me|nos|le|te) (clonaron|robaron|hackearon|clonaram|roubaram|hackearam)\b|\b(mama|mami|papa|papi|amor|mija|mijo|hermana|hermano|abuela|abuelo|mae|mamae|pai|filho|filha|vo|jaja|jajaja|kkk|kkkk|vecina|vecino|amiga|amigo|comadre|compadre|golpe|golpes|estafa|estafas|cuidado|ojo|nunca|nigdy|nikdy)\b/
    // a spoofed generic sender id that names no bank ("Bank", "Banco", "Seguranca", "Alerta"): an outgoing transfer
    // abroad the reader did not make, "call the security department at <number>" (Polish, Portuguese, Spanish)
    $gx_out = /\b(transferencias?|spei|envio|ted|pix|remessa|przelew[a-z]{0,2}|platnosc[a-z]{0,2}|wyplat[a-z]{1,2})\b.{0,60}\b(internacional|exterior|extranjero|zagraniczn[a-z]{1,3}|za granice|za granica|miedzynarodow[a-z]{1,3})\b/
  condition:
    // from a mobile, landline or VoIP number: not a toll-free one (a US business's own alerts come from
    // those, its short code or sender id) nor one of no known country and line (a carrier's own service
    // number: "1111301000")
    ($alert and not $mine and ((sender_kind == "phone" and sender_line != "toll_free" and sender_line != "unknown"
      // a charge with an amount (a reply-to-cancel or reply-YES/NO check too), or a change to the account
      and (($voice and (($money and money_count > 0) or $change))
        // a sign-in flagged or a purchase declined, "if not you, call <number>"
        or (($event or $event_es) and phone_count > 0 and contact_count > 0)
        // a payee or device added and a number to call
        or ($voice and ($change or $change_es) and phone_count > 0)
        // a SIM swap, port-out or eSIM transfer on the line, call the carrier's "security" on a number
        or ($port and phone_count > 0 and contact_count > 0)))
      // the last from an e-mail address too
      or (sender_kind == "email" and $voice and ($change or $change_es) and phone_count > 0)))
    // the reply-code check on a charge with an amount, from the same numbers: "reply 1 for yes, 2 for no"
    or ($ask and $codes and $issuer and money_count > 0 and not $mine
      and sender_kind == "phone" and sender_line != "toll_free" and sender_line != "unknown")
    // the reply-NO check that promises a call back, from any number (toll-free too: this wording is the scam's)
    or ($promise and ($alert or $ask) and $reply_no and money_count > 0 and not $mine and sender_kind == "phone")
    // a brand's or bank's purchase, charge or transfer of an amount "was this you? / reply 1 or 2 / reply YES or NO /
    // if not, call", from the same numbers (the issuer's own comes from its short code, sender id or toll-free line)
    or ($brand_open and $verify and $money and money_count > 0 and not $mine
      and sender_kind == "phone" and sender_line != "toll_free" and sender_line != "unknown")
    // the digit check on a card alert with no amount ("reply 1 if you made it, 2 if not"), from the same numbers
    or ($digit1 and $digit2 and ($card_alert or ($card_end and $made)) and not $mine
      and sender_kind == "phone" and sender_line != "toll_free" and sender_line != "unknown")
    // French: the mobile-money code "not initiated by you? call 07 ... at once", from any number but a toll-free one
    or ($alert_fr and $what_fr and ($call_fr or (phone_count > 0 and contact_count > 0)) and not $me_fr
      and sender_kind == "phone" and sender_line != "toll_free")
    // a US bank's card deactivated or locked, "reply ACTIVATE to reactivate", from a mobile, landline or VoIP number
    or ($us_bank and $deact and ($react_kw or $react_to or $react_bare) and not $mine and not $told_us
      and sender_kind == "phone" and sender_line != "toll_free" and sender_line != "unknown")
    // the fraud team's call-back: a suspicious transfer, payment, sign-in or new device, then "an adviser will call you,
    // stay available" or "if it wasn't you, call <number>", from a mobile, landline or VoIP number (French, Italian,
    // Spanish, English): the bank's own alert comes from its sender id or short code and asks "reply Y or N"
    or ((any of ($fx_story*) or $event or $event_es or $change or $change_es or $card_alert)
      and (any of ($fx_promise*)
        or (($fx_notme or $alert or $alert_fr) and ($fx_dial or (phone_count > 0 and contact_count > 0)) and not $fx_free))
      and $fx_money and not $fx_me and not $fx_warn and not $mine and not $me_fr
      and sender_kind == "phone" and sender_line != "toll_free" and sender_line != "unknown")
    // the same from a person's number in Polish, Czech, Slovak, Brazilian Portuguese and Chinese: a card payment the
    // reader did not make, for an amount or abroad, "not you? call <number> / reply NO"
    or ($cx_notme and $cx_card and ($cx_amt or money_count > 0) and ($cx_call or (phone_count > 0 and contact_count > 0))
      and not $cx_me and not $mine and not $fx_warn
      and sender_kind == "phone" and sender_line != "toll_free" and sender_line != "unknown")
    // Latin American Spanish and Brazilian Portuguese from a person's number: an operation the reader does not
    // recognise (a purchase, a SPEI, PIX or TED transfer, a new device or number) or a card "cloned", then a call
    // to a number or a reply NO (SI/NO, SIM/NAO on a purchase abroad or on a card)
    or (((($la_notme or $alert or $cx_notme) and (($la_op and ($la_card or money_count > 0)) or $la_change))
        or ($la_yesno and $la_op and ($la_card or $la_abroad))
        or $la_clone)
      and ($la_dial or $la_reply or $la_yesno or $cx_call)
      and not $la_me and not $cx_me and not $mine and not $fx_warn
      and sender_kind == "phone" and sender_line != "toll_free" and sender_line != "unknown")
    // the same transfer abroad from a spoofed generic sender id, with the call to a number
    or ($gx_out and ($la_notme or $alert or $cx_notme) and ($la_dial or $cx_call)
      and not $la_me and not $cx_me and not $mine and not $fx_warn
      and sender_kind == "alpha"
      and sender matches /^alpha:(bank|banco|banca|banc|alerta?|alertas|aviso|avisos|seguran(c|ç)a|seguridad|security|bezpiecze(n|ń)stwo|fraude|fraudes|antifraude)([ ._-]?(bank|banco|alerta?|aviso|seguran(c|ç)a|seguridad|security|info|informa))?$/i)
}

rule account_kyc_update : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "KYC, PAN or identity update demanded under threat of a blocked account"
  strings:
    $k1 = /\b(e-?kyc|kyc|know your customer|pan ?card|pan number|aadhaa?r)\b/
    $k2 = /\b(update|expired?|pending|suspend(ed)?|block(ed)?|verify|link|complete|incomplete|not updated|deactivat(e|ed))\b/
    $act = /\b(click|tap|download)\b/
    $call = /\b(call|contact|dial|helpline|customer care)( us)?( now| immediately)?( on| at| no\.?)?:? ?\+?[0-9]/
  condition:
    // "download e-Aadhaar from myaadhaar.uidai.gov.in": a click or download on the authority's own link is not the lure;
    // "call 1947" in the authority's own notice (a sender id or short code) is its helpline, not a call-back, and
    // neither is its "download the mAadhaar app" with no link at all
    $k1 and $k2 and (($act and url_count == 0 and sender_kind != "alpha" and sender_kind != "shortcode") or ($call and sender_kind != "alpha" and sender_kind != "shortcode") or url_count > brand_link_count + platform_url_count + named_url_count or phone_count > 0)
}

rule account_billing_failed : phishing
{
  meta:
    action = "junk"
    weight = 2.5
    description = "A failed or declined payment that must be fixed by updating card or billing details through a link"
  strings:
    $f1 = /\b(payment|billing|subscription|membership|renewal|auto-?pay)( method)? (was |has been |is )?(declined|failed|unsuccessful|rejected|on hold|not processed|could not be (processed|completed))/
    $f2 = /\b(unable|couldn't|could not|failed) (to )?(process|charge|renew|verify) (your )?(last |latest |recent |most recent )?(payment|card|billing|subscription)/
    $u = /\b(update|verify|confirm|re-?enter|add) (your |a )?(new )?(payment|billing|card|bank)( details| information| info| method)?/
  condition:
    any of ($f*) and $u and url_count > 0
}

rule account_tax_refund : phishing
{
  meta:
    action = "junk"
    weight = 2.5
    description = "A tax refund, rebate or government payment to claim through a link"
  strings:
    $t1 = /\b(tax (refund|rebate|return)|hmrc|irs|revenue agency|stimulus (payment|check)|council tax (refund|rebate)|energy (rebate|refund|bill support)|cost of living payment)\b/
    $t2 = /\b(you are|you're|u r|you have been) (due|eligible for|entitled to|owed|approved for)( an?)? (tax )?(refund|rebate|payment|reimbursement)\b/
    $t3 = /\b(ato|cra|canada revenue|mygov|impots|agencia tributaria|receita federal|income tax (department|refund))\b.{0,80}\b(refund|rebate|reembolso|remboursement|devolucion|restituicao|claim|on hold)\b|\b(remboursement d'impot|devolucion (de impuestos|fiscal)|restituicao do imposto)\b|(退税|退款|补贴).{0,30}(领取|办理|登录|点击|申请)/
  condition:
    // the tax office's own link (gov.uk, irs.gov) is not the lure's
    any of ($t*) and url_count > brand_link_count
}

rule account_new_login_link : phishing
{
  meta:
    action = "junk"
    weight = 1.5
    description = "A 'new sign-in / was this you?' alert whose remedy is a link (weak alone; a bad link tips it)"
  strings:
    $n1 = /\b(new|unrecogni[sz]ed|unknown|unusual) (sign-?in|log-?in|device|login attempt)/
    $n2 = /\b(if this (was not|wasn't) you|not you\?|if you did not (make|authori[sz]e|request) this)/
  condition:
    // a link of known standing (the service's own domain: "review it at g.co/sc") is not the lure's
    $n1 and $n2 and url_count > brand_link_count + platform_url_count + named_url_count
}

rule account_reply_with_details : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Asks to reply or send card, account, PIN, password or identity details by text"
  strings:
    $r = /\b(reply|respond|text (us|back)|send (us|back))( back)?( with)? (your|ur) (full |16[- ]digit |long |online |banking |bank |card |account |mobile ){0,3}(card number|card details|account number|account details|bank details|pin|password|passcode|cvv|cvc|date of birth|dob|social security|ssn|national insurance|sort code|online banking (details|login))\b/
  condition:
    $r
}

rule account_renewal_callback : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A fake renewal, order or invoice for a large sum that you must call a number to cancel or refund, from a number or an address (English; French, German, Dutch, Swedish: a membership renewed for an amount, call to cancel)"
  strings:
    $what = /\b(subscription|membership|order|purchase|plan|licen[cs]e|invoice|antivirus|protection)\b.{0,60}\b(auto-?renewed|renewed|charged|placed|processed|billed|debited|made|will (auto-?)?renew|auto-?renews|renews)\b/
    $deny = /\b(did not|didn't|not) (authori[sz]e|make|recogni[sz]e|place|request)|\bif (this was |it was )?not you\b|\bto cancel\b|\bfor (a|your) refund\b|\bdispute\b|\b(questions|queries|refund|refunds)( or (a )?refunds?)?,? (call|contact|dial)\b/
    $call = /\b(call|contact|dial|ring)( us)?( now| immediately| our (helpline|support|billing))?( on| at)?:? ?\+?[0-9]/
    // French, German, Dutch, Swedish: the membership or subscription renewed or charged, and "to cancel, call"
    $what_x = /\b(abonnement|adhesion|mitgliedschaft|abo|lidmaatschap|prenumeration|medlemskap|abonnemang)\b.{0,60}\b(sera (renouvele|reconduit|preleve|debite)e?|renouvele|reconduit|wird [a-z0-9 ,.]{0,30}verlangert|verlangert sich|abgebucht|wordt [a-z0-9 ,.]{0,30}verlengd|verlengd|afgeschreven|fornyas|kommer att fornyas|debiteras|dras)/
    $cancel_x = /\b(pour (annuler|resilier|vous desabonner)|zum (kundigen|stornieren)|um [a-z ]{0,20}zu (kundigen|stornieren)|kundigen sie|zur kundigung|om (te annuleren|op te zeggen)|annuleren|opzeggen|for att (avbryta|avsluta|saga upp))\b/
    $amt_x = /[0-9] ?(kr|sek)\b/
    // a person's own membership ("mein Abo", "mon abonnement", "mijn lidmaatschap", "mitt medlemskap")
    $me_x = /\b(mein|meine|ich|mon|je|mijn|ik|mitt|jag|lol|haha)\b/
  condition:
    (($what and $deny and ($call or phone_count > 0))
      or ($what_x and $cancel_x and phone_count > 0 and (money_count > 0 or $amt_x) and not $me_x))
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule account_storage_full_link : phishing
{
  meta:
    action = "junk"
    weight = 2.5
    description = "'Your cloud storage is full, your photos will be deleted': an upgrade or payment lure behind a link"
  strings:
    $s = /\b(storage|icloud|cloud|google drive|dropbox|onedrive)\b.{0,30}\b(is full|has run out|exceeded|over (the )?limit|out of space)/
    $loss = /\b(deleted|lost|removed|erased|suspended|blocked)\b/
  condition:
    $s and $loss and url_count > 0
}

rule account_unrecognised_payment_link : phishing
{
  meta:
    action = "junk"
    weight = 1.5
    description = "A payment, payee or purchase 'if this was not you' alert whose remedy is a link (weak alone)"
  strings:
    $p = /\b(payment|transfer|purchase|transaction|payee|direct debit|standing order|withdrawal)\b/
    $n = /\b(if (you did not|you didn't|this was not you|this wasn't you|it wasn't you|not you)|did not (make|authori[sz]e|request|recogni[sz]e))/
  condition:
    $p and $n and url_count > 0
}

rule account_authority_threat : phishing
{
  meta:
    action = "junk"
    weight = 2.5
    description = "Threatens arrest, a police or court case, or a cut-off utility unless you call or pay now"
  strings:
    $t1 = /\b(arrest|arrest warrant|warrant|police case|fir|legal action|lawsuit|court (case|summons)|case (has been |is )?registered)\b.{0,40}\b(against (you|your)|in your name|to avoid)/
    $t2 = /\bto avoid (arrest|legal action|prosecution|a warrant|court)/
    $t3 = /\b(electricity|power|gas|water|connection|service|sim|number)\b.{0,30}\b(will be|to be|is being) (disconnected|cut off|terminated|shut off|blocked)\b.{0,40}\b(tonight|today|within [0-9]{1,2} (hours|hrs|minutes|mins)|immediately)/
    $call = /\b(call|contact|dial|ring|pay)\b/
  condition:
    // a utility's own cut-off notice (its short code, sender id or own link) or a relative passing one on is no threat
    ($t1 or $t2 or ($t3 and not account_utility_own_notice and not account_utility_personal))
    and ($call or url_count > 0 or phone_count > 0) and not account_reported_message
}

rule account_locked_intl : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "An account, card or SIM said to be blocked or to need verification, in Spanish, Portuguese, French, Italian, German, Chinese, Indonesian, Urdu, Nepali, Hindi or romanised Hindi, with a link or a number; or, from a person's number, a bKash, Nagad, Rocket or bank account to be closed or a wrong PIN entered on it, call this number, or an ATM card or a wallet to be closed, reply with its number and PIN (romanised Bangla, Bengali), a BRI, BCA, Mandiri or BNI account or ATM card blocked, contact a mobile number (Indonesian), a transaction detected on your card, call customer service (Haitian Creole), a mandatory update, call with your ATM card close by (Nigeria); or a bKash, Nagad, Rocket or bank account to be closed, call me, or mobile banking to upgrade at an impersonator's link (Bengali); or a bank account, card or SIM to be suspended, blocked or cut tonight, confirm here or call now, from a person's number or at an impersonator's link (Sinhala, romanised Sinhala); or a card, an account or the e-banking access blocked, suspended, limited or to be deactivated, at an impersonator's link or with a call-back from a person's number (Greek and Greeklish, Serbian, Croatian, Bosnian, Slovenian, Macedonian, Bulgarian, Romanian, Albanian)"
  strings:
    $es = /\b(cuenta|tarjeta|banca)\b.{0,60}\b(bloquead[oa]|suspendid[oa]|desactivad[oa]|restringid[oa]|cancelad[oa])|\b(verifique|actualice|confirme|valide|reactive) (sus |tus |su |tu )?(datos|informacion|identidad|cuenta)/
    $pt = /\b(conta|cartao)\b.{0,60}\b(bloquead[oa]|suspens[oa]|desativad[oa])|\b(atualize|confirme|valide) (seus|os seus|sua) (dados|cadastro|informacoes)/
    $fr = /\b(compte|carte)\b.{0,60}\b(bloque|suspendu|desactive|restreint)|\b(mettre a jour|confirmer|verifier) (vos|votre) (informations|donnees|identite|compte)/
    $it = /\b(conto|carta)\b.{0,60}\b(bloccat[oa]|sospes[oa]|disattivat[oa])|\b(aggiorna|verifica|conferma) i (tuoi|suoi) dati/
    $de = /\b(konto|karte)\b.{0,60}\b(gesperrt|eingeschrankt|deaktiviert)|\b(bestatigen|verifizieren|aktualisieren) sie (ihre|ihr) (daten|konto|identitat)/
    $zh1 = /(账户|账号|帐户|帐号|银行卡|社保卡|医保卡|etc)/
    $zh2 = /(冻结|异常|停用|封禁|锁定|注销|过期|失效)/
    $id = /\b(akun|rekening|kartu)\b.{0,60}\b(diblokir|dinonaktifkan|ditangguhkan|dibekukan|disekat)|\b(verifikasi|perbarui|konfirmasi) (sekarang|akun|data)/
    $hi = /\b(account|khata|card|sim|atm)\b.{0,40}\b(band|block|suspend|deactivate)\b.{0,20}\b(ho jayega|ho jaega|hoga|kar diya|kar dia|ho gaya|hone wala|hone wali|hone vala)|\bkyc\b.{0,40}\b(nahi|na) (kiya|hua|karaya)/
    // ... said to the reader: "aapka / your account", "dear customer" (a person who tells that their own or a
    // relative's SIM stopped working and passes on another number names no reader's account)
    $hi_you = /\b(aapka|apka|aapke|apke|aapki|apki|aap ka|aap ke|aap ki|your|tumhara|tumhare|dear customer|dear user|priya grahak|grahak)\b/
    // a person's own card, account or SIM, or a relative's, or a new number to save ("bhai mera card block ho gaya")
    $hi_mine = /\b(mera|meri|mere|maine|yaar|purana|purani|purane|mummy|mummi|papa|bhaiya|didi|chacha|chachi|mausi|nana|nani|dada|dadi|bua|save (kar|kr|karlo|krlo|karna|kar lena|kar lo|kar lijiye))\b|\b(naya|nayi|naye|new) (number|no|sim|nambar)\b/
    // Urdu, and Nepali or Hindi in Devanagari: the account closed, blocked or stopped (a letter is two or three bytes: gaps in bytes)
    $ur = /(اکاؤنٹ|اکاونٹ|کھاتہ|کارڈ).{0,120}(بند کر دیا|بند ہو|بلاک|معطل)/
    $ne = /(खाता|कार्ड|वॉलेट).{0,120}(रोकिएको|बन्द गरिएको|ब्लक|निलम्बित|बंद कर दिया|ब्लॉक कर दिया|बंद हो जाएगा|ब्लॉक हो जाएगा)/
    // Haitian Creole: "we detected a transaction on your card, call customer service" (from a
    // person's number: the bank's own alert comes from its sender id)
    $ht = /\bnou (detekte|remake|bloke|sispann)\b.{0,80}\b(tranzaksyon|kat ou|kont ou|kat kredi ou|kat debi ou)\b/
    $ht_call = /\b(rele|kontakte|ekri) (nou|sevis kliyan|sevis kliyantel|depatman|bank)\b|\bsevis kliyan\b/
    // Nigeria: a "mandatory update", call with your ATM card close by
    $ng = /\b(mandatory|compulsory) (bvn |account |card |atm )?(update|upgrade|verification|revalidation|re-?validation)\b/
    $ng_card = /\b(atm|debit|bank|master ?|verve) card (close by|nearby|near you|with you|handy|beside you|ready)\b/
    // Bangladesh, from a person's number: "your bKash / Nagad / Rocket account will be closed (or: a wrong PIN
    // was entered on it), call customer care on this number" (romanised Bangla, Bengali script: "your" (apnar, আপনার), not a relative's "my" (amar, আমার))
    $bn = /\b(apnar|apner|aponar) ([a-z]{1,8} ){0,2}(account|acc|a\/c|hisab|wallet)\b.{0,50}\b(bondho|bondo|bandh|block|blocked|lock|sthogito|suspend|suspended|(vul|bhul|wrong|incorrect) pin|pin (ti )?(vul|bhul))\b/
    $bn_s = /আপনার.{0,60}(একাউন্ট|অ্যাকাউন্ট|হিসাব|বিকাশ|নগদ|রকেট).{0,120}(বন্ধ|ব্লক|স্থগিত|লক|ভুল পিন|পিন ভুল)/
    // (the calls contact_count does not count: "call" is its word, counted once)
    $bn_call = /\b(jogajog|joggajog|phone|fon) (korun|koren|korte|kore)\b|(যোগাযোগ|কল কর|ফোন কর|কাস্টমার|হেল্পলাইন)/
    // ... to "this number" or "me" when none is written out ("khulte ekhoni amake phone korun")
    $bn_this = /(এই নম্বরে|এই নাম্বারে|আমাকে ফোন|আমাকে কল)|\b(ei number e|ei nombore|amake (call|phone|fon))\b/
    // ... or mobile banking or the account "to be upgraded, or it will be closed", at an impersonator's link
    $bn_up = /(একাউন্ট|অ্যাকাউন্ট|হিসাব|বিকাশ|নগদ|রকেট|ব্যাংকিং|কার্ড|সিম).{0,60}(বন্ধ|ব্লক|স্থগিত|লক|বাতিল|সাসপেন্ড)/
    $bn_you = /আপনার/
    $bn_up_r = /\b(apnar|apner|aponar)\b.{0,60}\b(bondho|bondo|block|blocked|lock|sthogito|suspend|suspended)\b/
    // ... or "your (DBBL, Sonali Bank) ATM or debit card will be closed within 24 hours (the central bank's order)":
    // the card, with the account words above, named after "your" (apnar) ...
    $bn_card = /\b(apnar|apner|aponar) ([a-z-]{1,12} ){0,3}(card|cards|atm|debit card|credit card|account|acc|a\/c|wallet|bkash|nagad|rocket)\b.{0,60}\b(bondho|bondo|bandh|block|blocked|lock|sthogito|suspend|suspended|deactivate|deactivated|batil|off)\b/
    $bn_card_s = /আপনার.{0,100}(কার্ড|একাউন্ট|অ্যাকাউন্ট|বিকাশ|নগদ|রকেট).{0,90}(বন্ধ|ব্লক|স্থগিত|লক|বাতিল)/
    // ... and the PIN asked for by reply: "card number o PIN likhe reply korun", "PIN ti ei number e pathan"
    $bn_pin = /\bpin( number| nombor| code| no)?\b.{0,40}\b(reply|pathan|pathiye|pathaben|pathaye|din|dien|diben|send|janan|janaben|likhe|likhun|sms)\b|\b(reply|pathan|pathiye) (korun|koren|din|dien)\b.{0,40}\bpin\b/
    $bn_pin_s = /পিন.{0,60}(পাঠান|পাঠিয়ে|রিপ্লাই|জানান|লিখে|দিন)|(রিপ্লাই|পাঠান|পাঠিয়ে).{0,60}পিন/
    // the bank's or a friend's warning: "never give your PIN to anyone" (kokhono karo ke PIN diben na)
    $bn_never = /\b(kokhono|kakhono|konodin|karo ke|kauke|karo sathe|diben na|deben na|janaben na|pathaben na|share korben na|protarok|protarona|sotorko|sabdhan|fraud|scam)\b|(কখনো|কাউকে|দেবেন না|দিবেন না|জানাবেন না|প্রতারক|প্রতারণা|সতর্ক)/
    // a relative asking about it ("apu, apnar bKash account block naki?")
    $bn_kin = /\b(naki|ammu|abbu|apu|bhaiya|khala|mama)\b|(নাকি|আম্মু|আব্বু|আপু)/
    // Indonesia, from a person's number: "your BRI / BCA account or ATM card is blocked or will be closed,
    // contact our CS on 0812-..." (a mobile number the phone counter does not read: 08xx with 11 to 13 digits)
    $id2 = /\b(rekening|akun|kartu atm|kartu debit|kartu kredit|atm|m-?banking|mobile banking|brimo|livin|tabungan) (anda|nasabah)\b.{0,60}\b(terblokir|diblokir|ditutup|dibekukan|dinonaktifkan|dikunci|nonaktif|ditangguhkan|blokir)\b/
    $id_num = /(\+62 ?|\b62|\b0)8[1-9][0-9]/
    // Sri Lanka, from a person's number or at an impersonator's link: "your (ඔබගේ, oyage) bank account, card, SIM or
    // number will be suspended, blocked, deactivated or cut tonight; confirm here, call now" (Sinhala script, a letter
    // is three bytes: gaps in bytes; the normaliser drops the joiner of "අක්‍රිය"; romanised Sinhala)
    $si_s = /(ඔබගේ|ඔබේ|ඔයාගේ|ඔයාගෙ).{0,60}(ගිණුම|කාඩ්|සිම්|අංකය|account|ජංගම බැංකු).{0,90}(අත්හිටුව|අවහිර|අක්රිය|විසන්ධි|බ්ලොක්|වසා දම|suspend|block)/
    $si_r = /\b(oyage|oyaage|oyge|obage|obe|obege)\b.{0,30}\b(account|card|sim|ginuma|kaadpatha|number|ankaya)\b.{0,40}\b(block|blok|suspend|awahira|nawaththa\w{0,6}|nawatth\w{0,6}|deactivate|cut|close)/
    $si_do = /(අමතන්න|අමතා|කතා කරන්න|තහවුරු කරන්න|යාවත්කාලීන|ක්ලික්|ඇතුළත් කරන්න|ඇතුලත් කරන්න)|\b(call|amathanna|katha karanna|confirm|verify|update|click)\b/
    // the bank's warning ("never give it to anyone"), or a relative's own card ("මගේ", "mage")
    $si_no = /(කිසිවෙකුට|කවුරුවත්|එපා|වංචා|නොදෙන්න|මගේ)|\b(epa|kawuruwath|mage|scam)\b/
    // Greece, the Balkans and Romania: a card, an account or the e-banking access blocked, suspended, limited or to be
    // deactivated (Greek and Greeklish; Serbian, Croatian, Bosnian and Slovenian in Latin letters; Serbian, Macedonian
    // and Bulgarian in Cyrillic; Romanian; Albanian; a Greek or Cyrillic letter is two bytes: gaps in bytes) ...
    $el_obj = /(κ(ά|α)ρτα|λογαριασμ|πρ(ό|ο)σβασ|e-?banking|web ?banking|internet banking|mobile banking|winbank|\bkarta sas|\blogariasm)/
    $el_lock = /(μπλοκαρ(ί|ι)σ|μπλοκ(ά|α)ρ|δεσμε(ύ|υ)τηκε|δεσμευτε(ί|ι)|απενεργοποι(ή|η)θηκε|απενεργοποιηθε(ί|ι)|αναστ(ά|α)λη|ανασταλε(ί|ι)|κλειδ(ώ|ω)θηκε|κλειδωθε(ί|ι)|περιορ(ί|ι)στηκε|περιοριστε(ί|ι)|αποκλε(ί|ι)στηκε|αποκλειστε(ί|ι)|παγ(ώ|ω)θηκε|\bmplokaris|\bapenergopoi|\banastal)/
    $sh = /\b(kartic[a-z]{1,3}|karta|kartu|racun[a-z]{0,2}|smetk[a-z]{1,3}|nalog[a-z]{0,2}|bankarstv[a-z]{1,2}|e-?banking|m-?banking|m-?zaba|mbank[a-z]{0,2}|spletn[a-z]{1,3} bank[a-z]{1,2}|dostop|pristup[a-z]{0,2})\b.{0,60}\b(blokiran|deaktiviran|suspendovan|suspendiran|ogranicen|zakljucan|onemogucen|onemogocen|zamrznut|zaklenjen|omejen)|\b(blokiran|deaktiviran|suspendovan|suspendiran|zakljucan|zaklenjen)[a-z]{0,2} (je |vam je |je vasa |je vas )?(vasa |vas )?(kartic|racun|nalog|pristup|dostop)/
    $cy = /(картиц|картичк|карта|рачун|сметк|банкарств|банкиране|достъп|пристап|приступ|профил).{0,80}(блокиран|деактивиран|суспендован|суспендиран|ограничен|закључан|заклучен|замрзнат|замразен)/
    $ro = /\b(cardul|contul|card|cont|accesul|internet banking|mobile banking|aplicatia)\b.{0,60}\b(blocat[aei]?|dezactivat[aei]?|suspendat[aei]?|restrictionat[aei]?|inghetat[aei]?)\b/
    $sq = /\b(karta|kartes|kartela|llogari[a-z]{0,4}|e-?banking|aksesi|hyrja)\b.{0,60}\b(bllok[a-z]{1,6}|pezull[a-z]{1,6}|caktiviz[a-z]{1,6}|kufizuar|ngrir[a-z]{0,3})/
    // ... the action asked at the link: verify, update, reactivate, unblock, log in, click, here ...
    $bk_fix = /(επιβεβαι(ώ|ω)|επαληθε(ύ|υ)|ενημερ(ώ|ω)στε|επανενεργοπ|ενεργοποι(ή|η)στε|ξεκλειδ(ώ|ω)|π(α|ά)τ(ή|η)στε|κ(ά|α)ντε κλικ|συνδεθε(ί|ι)τε|ολοκληρ(ώ|ω)στε|(ά|α)ρση|εδ(ώ|ω)|ажурира|потврд|потвърд|активира|отблокира|одблокира|кликн|влезте|въведете|обновете|актуализира|отклуч|најавете|тук|тука|овде|ovde|линк)|\b(verify|energopoi|epivevaio|edo|edw|azurirajte|azurirati|potvrdite|verifikujte|verificirajte|reaktivirajte|aktivirajte|aktivacij[a-z]{1,2}|odblokirajte|deblokad[a-z]{1,2}|otkljucajte|kliknite|klikom|prijavite se|posjetite|posetite|unesite|ovdje|linku|link|detalji|posodobite|potrdite|preverite|odklenite|odblokiranje|tukaj|aktivacijo|potvrdete|kliknete|najavete|vnesete|potvardete|aktivirayte|aktualizirayte|vlezte|tuk|actualizati|actualizeaza|confirmati|confirma|verificati|verifica|reactivati|reactivare|deblocati|deblocare|accesati|apasati|intra|introduceti|aici|perditesoni|konfirmoni|verifikoni|riaktivizo[a-z]{0,4}|riaktivizim|zhbllok[a-z]{0,4}|klikoni|kliko|hyni|ketu|linkun)\b/
    // ... and the call-back asked in the same languages (a national number phone_count does not read: 061 234 567)
    $bk_call = /(καλ(έ|ε)στε|τηλεφων(ή|η)στε|επικοινων(ή|η)στε|обадете|позвънете|свържете се|јавете се|контактирајте|повикајте|позовите|назовите)|\b(kaleste|tilefoniste|pozovite|nazovite|zovite|kontaktirajte|javite se|poklicite|sunati|suna|apelati|contactati|telefononi|kontaktoni)\b/
    $bk_dial = /\b(pozovite|nazovite|zovite|kontaktirajte|poklicite|sunati|suna|apelati|telefononi|kontaktoni)( [a-z]{1,10}){0,3}:? \+?[0-9][0-9 ]{1,3}[0-9]/
    // ... not a customer telling of their own card, nor a relative asking for money (my, mum, dad)
    $bk_me = /(μου |μαμ(ά|α)|μπαμπ(ά|α)|ρε συ|(ε(ί|ι)ναι|ε(ί|ι)ναι μια) απ(ά|α)τη|απ(ά|α)τη ε(ί|ι)ναι|мамо|мама|тато|моята|мојата|ми е |ми ја|блокираха ми)|\b(mi je|meni|moja|moju|mama|mami|mamo|tata|tati|brate|prevara|mi-au|mi-a|imi|mea|meu|teapa|mua|babi|ma bllok)\b/
  condition:
    ((any of ($es, $pt, $fr, $it, $de, $id, $ur, $ne) or ($hi and $hi_you and not $hi_mine) or ($zh1 and $zh2)) and (url_count > 0 or phone_count > 0 or contact_count > 0))
    or ((($ht and $ht_call) or ($ng and $ng_card)) and (phone_count > 0 or url_count > 0)
      and sender_kind != "alpha" and sender_kind != "shortcode")
    or (((($bn or $bn_s) and (contact_count > 0 or $bn_call) and not $bn_kin) or $id2) and (phone_count > 0 or $id_num)
      and sender_kind == "phone")
    // the card or wallet to be closed and its number and PIN asked for by reply, from a person's number (romanised
    // Bangla, Bengali): no bank, wallet or Bangladesh Bank asks for a PIN
    or (($bn_card or $bn_card_s) and ($bn_pin or $bn_pin_s) and not $bn_kin and not $bn_never and sender_kind == "phone")
    // ... or said from a person's number to be closed, with "call me" or "this number" in place of a written number,
    // or at an impersonator's link (romanised Bangla, Bengali)
    or (($bn or $bn_s) and (contact_count > 0 or $bn_call) and $bn_this and not $bn_kin and not $bn_never and sender_kind == "phone")
    or ((($bn_up and $bn_you) or $bn_up_r) and account_lure_link and not $bn_kin and not $bn_never)
    // Sri Lanka: the account, card or SIM suspended or cut tonight, confirm here or call now (Sinhala, romanised Sinhala)
    or (($si_s or $si_r) and ($si_do or contact_count > 0) and (phone_count > 0 or account_lure_link) and not $si_no
      and (sender_kind == "phone" or account_lure_link))
    // Greece, the Balkans and Romania: blocked or to be deactivated, at an impersonator's link, or a call-back asked
    // from a person's number (a bank's own block notice comes from its sender id and gives its own line)
    or (((($el_obj and $el_lock) or $sh or $cy or $ro or $sq) and not $bk_me)
      and ((account_lure_link and $bk_fix) or ($bk_call and (phone_count > 0 or $bk_dial) and sender_kind == "phone")))
}

rule account_bill_paid_by_p2p : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A utility bill, fine, tax or past-due account to be paid through Zelle, Cash App, Venmo, gift cards or crypto to avoid a shutoff or a penalty: no utility or authority takes those"
  strings:
    $due = /\b(past due|overdue|unpaid|outstanding balance|shut ?off|disconnect(ed|ion)?|(service|power|gas|water|electricity) (will be )?(interrupted|suspended|cut)|fine|penalty|warrant|back taxes|tax (debt|bill|balance))\b/
    $p2p = /\b(pay|paid|payment|send it|settle it)( it| the balance| the amount| now)? (via|through|with|by|on|using) (zelle|cash ?app|venmo|apple pay|gift ?cards?|bitcoin|crypto|a bitcoin atm)\b/
    // addressed to the customer or the accused, not a flatmate's "the bill is overdue, pay it via Venmo?"
    $cust = /\byour (account|service|power|electricity|gas|water|bill|balance|case|license|licence|vehicle|unpaid|outstanding)\b|\byou (have|owe)\b/
  condition:
    $due and $p2p and $cust and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule account_electricity_cutoff : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "'Your electricity will be disconnected tonight, call this officer': the power-cut callback scam (English, romanised Hindi, Marathi, Gujarati and Bengali, the Indian scripts, and other languages); or a utility's meter blocked or supply cut for an unpaid bill, pay by Orange Money, Wave, MoMo or M-Pesa or 'send am to this number', or buy an unblock code, from a person's number (ENEO, SENELEC, CIE, CAMWATER, ECG, EKEDC, PHED, KPLC, CEB, NEA, a water board; English, Pidgin, French); or the electricity board's 'lineman' or meter inspector from a number: the meter to be checked or a big bill, a 'settlement' to pay by tomorrow (romanised Hindi, Hindi); or a US utility (Duke Energy, ConEd, PG&E, FPL or 'your electric company') whose account is past due and whose service will be interrupted or disconnected today or within the hour, or a technician or crew on its way to cut it, pay by calling a number (often in a prepaid or gift card), from a long number that is not toll-free or with a callback number in the text (US English, Spanish); or a carrier's line or number to be cut or suspended today for an unpaid or overdue bill, call a number now, from a person's number (Simplified and Traditional Chinese, Polish, Latin American Spanish)"
  strings:
    $e = /\b(electricity|electric|power|bijli|light|listrik):? (connection|supply|bill|line)?\b.{0,110}\b(disconnect(ed|ion)?|cut|cut off|shut off|shutoff|turned off|kat|kaat|band|suspend(ed)?|diputus|dipadamkan)\b/
    // romanised Marathi ("vij puravtha khandit", "light kapli jail"), Gujarati ("light kapai jashe",
    // "vij connection bandh") and Bengali ("bidyut sanjog bichchinno", "line kete deoa hobe")
    $e_in = /\b(vij|veej|light|bijli|electricity|electric|power|bidyut|biddut|bidyuth|bijlee|current (bill|line|connection|sanjog|songjog))\b.{0,110}\b(kapli|kapla|kaapli|kapnyat|kapanyat|khandit|kapai|kapase|kapashe|kapi|kaapi|bandh|kete|kata|katbe|bichchinno|bicchinno|bichhinno|bicchhinno|bichinno|bondho)\b/
    // the same threat in Italian, Spanish, Portuguese, French, German, Vietnamese, Thai and Chinese
    $e2 = /\b(fornitura|servizio) (verra|sara) (sospesa|sospeso|interrotta|interrotto)\b|\b(suministro|servicio|luz) (sera|va a ser) (suspendido|cortado|cortada)\b|\bcorte (de|del) (luz|suministro)\b|\b(fornecimento|energia|luz) (sera|vai ser) (suspens[oa]|cortad[oa])\b|\b(coupure|suspension) (de|d'|de votre) ?(electricite|courant|fourniture)\b|\b(strom|stromversorgung|versorgung) wird (abgestellt|gesperrt|unterbrochen)\b|\b(dien se bi cat|cat dien|ngung cap dien)\b|(ค่าไฟฟ้าค้างชําระ|ตัดไฟ|停电|断电)/
    // ... addressed to the customer ("your", "dear customer"), not a neighbour's "our line"
    $e_you = /\b(tumcha|tumchi|tumche|tumchya|tamaru|tamari|tamaro|tamara|tamne|apnar|apnader|tomar|grahak|grahok|graahak)\b/
    $when = /\b(tonight|today|within|hari ini|malam ini|aaj (raat|sham)|aa?je? (ratri|raatri|rate|raate|ratre|raatre|rat|raat|sanje|sandhya)|[0-9]{1,2}[.:][0-9]{2} ?(pm|am|baje|vajta|vaajta|vagye|vage|vaage|tay|tai)|[0-9]{1,2} ?(pm|baje|vajta|vagye|vage|tay)|oggi|subito|entro|hoy|hoje|aujourd'hui|heute|hom nay|trong ngay|in [0-9]{1,2} ?(hours|hrs|minutes|mins))\b|(วันนี้|今天|今日|24小时|ఈరోజు)|आज|बजे|இன்று இரவு|आज रात्री|वाजता|আজ রাত|টায়|ఈ రాత్రి|આજે રાત્રે|ಇಂದು ರಾತ್ರಿ|ഇന്ന് രാത്രി/
    // the ways to call are contact_count's (call, contact, whatsapp, hubungi, chiama, lien he, 致电 ...):
    // no pattern on them, so hostile "call call ..." text does not verify this rule at every word
    $act = /\b(immediately|turant|officer|adhikari|department|baat kar|petugas|segera|contattare|chiamare|llame|llama|ligue|appelez|rufen sie|lagech|tatkal|tatkaal|twarit|tarat|ekhuni|ekhoni|akhuni|jogajog)\b|(ติดต่อ|กรุณาชําระ|కాల్ చేయండి|వెంటనే)|(तुरंत|तुरन्त|ताबडतोब|உடனடியாக|వెంటనే|অবিলম্বে|এখনই|તાત્કાલિક|તરત|ತಕ್ಷಣ|ഉടൻ)/
    $warn = /\b(is fake|it's fake|its fake|a scam|is a fraud|ignore it|don't call|dont call|do not call)\b/
    // service, gas or water "will be disconnected": a carrier's own notice says it too, so only from a non-business sender
    $e3 = /\b(service|gas|water|account)\b.{0,40}\b(will be|is being|to be) (disconnected|shut off|cut off)\b|\bscheduled for (disconnection|shutoff|shut-off)\b|\b(disconnection|shutoff|shut-off) (is )?scheduled\b/
    // in Hindi (a Devanagari letter is three bytes: the gap is counted in bytes)
    $e4 = /(बिजली|पानी).{0,150}(काट|कट|बंद)|மின் இணைப்பு.{0,150}துண்டி|वीज.{0,150}(खंडित|कापली|कापला|बंद)|বিদ্যুৎ.{0,150}(বিচ্ছিন্ন|কাটা|বন্ধ)|విద్యుత్.{0,150}(నిలిపి|కట్)|વીજ.{0,150}(કાપ|બંધ)|ವಿದ್ಯುತ್.{0,150}(ಕಡಿತ|ಸ್ಥಗಿತ)|വൈദ്യുതി.{0,150}(വിച്ഛേദ|കട്ട്)/
    // Africa and South Asia: the meter blocked or the power or water cut for an unpaid bill, to be paid by mobile
    // money to a number (often the sender's own) or for an "unblock code" (English, French; the utility's own notice
    // comes from its sender id and sends to its agencies, its app or a merchant code)
    $m_who = /\b(eneo|senelec|woyofal|cie|sodeci|camwater|sde|sen'eau|seneau|ecg|gwcl|ekedc|ikedc|aedc|ibedc|eedc|phed|kedco|jed|bedc|kplc|kenya power|ceb|nea|edsa|nawec|sbee|ceet|nigelec|sonabel|edm|snel|umeme|tanesco|zesco)\b/
    $m_you = /\b(cher client|chere cliente|cher abonne|chere abonnee|votre (compteur|abonnement|contrat|branchement)|dear (customer|client|subscriber|valued customer)|your (prepaid |electricity |power |water )?meter|(your|ur) (light|water supply|power supply)|water (board|corporation))\b/
    $m_cut = /\b(compteur|meter|courant|electricite|electricity|power|light|supply|fourniture|eau|water|abonnement|contrat|branchement|connection|token)\b.{0,60}\b(bloque|bloquee|suspendu|suspendue|coupe|coupee|desactive|resilie|blocked|suspended|disconnected|cut|cut off|deactivated|disabled|barred|don block|go off)\b|\b(coupure|suspension|deconnexion|disconnection|disconnect)\b|\b(cut|off|block|disconnect) (your|ur) (light|water|meter|power|supply|connection)\b/
    // Pidgin and English: the money sent to "this number" with no wallet named ("send am to this number quick")
    $m_send = /\b(send|transfer|pay) (am|it|the money|the balance|the amount|the bill) (to|for|into) this (number|line|account)\b/
    $m_unpaid = /\b(impaye|impayee|impayes|impayees|arriere|arrieres|arrierees|facture|factures|dette|unpaid|outstanding|arrears|overdue|past due|bill|bills|debt)\b/
    $m_wallet = /\b(orange money|wave|momo|mtn momo|mtn money|mobile money|moov money|flooz|m-?pesa|airtel money|free money|t-?money|wari|esewa|khalti|ez ?cash|mcash|afrimoney|opay|palmpay|vodafone cash|telecel cash|at money)\b/
    // the number to pay to: written out (a national number phone_count may not read: 677 12 34 56, 77 123 45 67) or "this number"
    $m_num = /\b(au|to|sur le|vers le|numero|number|no)\.?:? ?\+?[0-9]{1,2}[0-9][ .]?[0-9]{1,2}[0-9][ .]?[0-9]{1,2}[0-9]/
    $m_this = /\b(ce (meme )?numero|this (same )?(number|line)|le numero (ci-dessus|suivant)|the (number|line) above|the following number)\b/
    $m_code = /\b(code de (deblocage|reactivation|reconnexion|retablissement|rebranchement)|(unblock|unblocking|unlock|reconnection|reactivation|restoration) (code|token))\b/
    // a relative or a neighbour telling of the cut ("l'ENEO a coupe chez nous, je t'envoie 5000 par Orange Money")
    $m_me = /\b(chez nous|je t'envoie|je vais|j'ai|je te|maman|papa|frere|soeur|tonton|tata|i'll|i will|i've|i have|i paid|i sent|our area|mum|mom|dad|bro|sis|abeg|chale|lol)\b/
    // India: the "lineman" or meter inspector of the electricity board ("aapke meter ki jaanch hogi", "bill
    // 18,450 aaya hai") who asks a "settlement" paid by tomorrow (romanised Hindi, Hindi); the board's own
    // one-time settlement scheme comes from its sender id and names the scheme
    $in_who = /\b(lineman|line man|linemen|meter (reader|inspector|checker)|bijli (vibhag|vibhaag|vibag|department|board|daftar|office|dept|ghar)|vidyut (vibhag|vibhaag|board|nigam)|electricity (department|board|office|dept))\b|\b(aapke|apke|aapka|apka|aapki|apki) (bijli|meter|light|electricity)\b|\bmeter (ki|ka) (jaanch|jaach|janch|jach|checking|check|inspection)\b|(लाइनमैन|लाइन मैन|बिजली विभाग|विद्युत विभाग|बिजली दफ्तर|मीटर रीडर|मीटर की जांच|मीटर की जाँच|मीटर की चेकिंग|आपके मीटर|आपका बिजली|आपकी बिजली)/
    $in_settle = /\b(settlement|setlement|settelment|settlment|samjhauta|samjhota|samjhouta)\b|(सेटलमेंट|सैटलमेंट|सेटलमैंट|समझौता|समझौते|निपटारा|निपटान)/
    $in_pay = /\b(jama|pay|payment|bhugtan|transfer|online) (karein|karen|kare|kijiye|kijie|karayein|karaye|karaen|karwayein|karwaye|karwaen|kar dein|kar den|kar dijiye)\b|\b(bhejein|bhejiye|bhejen)\b|(जमा करें|जमा करे|जमा कराएं|जमा करायें|जमा कीजिए|जमा कीजिये|जमा कर दें|भुगतान करें|भुगतान कीजिए|भेजें|भेजिए|पे करें)/
    $in_amt = /(₹|\brs\.?|\binr) ?[0-9]|[0-9] ?(rs|rupaye|rupees|rupay|rupaiye|rupiya|\/-)\b|[0-9] ?(रुपये|रुपए|रु)|\b(kal|aaj) tak [1-9]|(कल|आज) तक [1-9]/
    // the scheme's notice, or a person telling of the visit ("maine mana kar diya", "papa ne")
    $in_own = /\b(one time settlement|ots|yojana|maine|mene|humne|hamne|papa|mummy|bhai|bhaiya)\b|(एकमुश्त|योजना|मैंने|हमने|पापा|मम्मी)/
    // US: the utility's account past due and the service cut today, pay by calling (English, Spanish; accents folded).
    // The utility's own reminders come from its short code or toll-free number, name a date and link to its site
    $us_cut = /\b(will be|is scheduled to be|are scheduled to be|is set to be|is going to be|is about to be|is being|will get|sera|seran|va a ser|van a ser|esta programad[oa] para ser) (disconnected|interrupted|shut off|shutoff|turned off|cut off|suspended|terminated|desconectad[oa]s?|suspendid[oa]s?|interrumpid[oa]s?|cortad[oa]s?)\b|\b(disconnection|interruption|shut-?off|disconnect order) (is |has been )?(scheduled|will occur|will take place|set for|pending)\b|\bscheduled for (disconnection|interruption|shut-?off)\b|\bdispatched to (disconnect|shut off|cut off|turn off)\b|\bfinal (disconnection|disconnect|shut-?off|termination) notice\b|\b(desconexion|suspension|interrupcion|corte) (de|del) (su |tu )?(servicio|luz|energia|electricidad|gas|agua|suministro)\b|\bprogramad[oa] para (la )?(desconexion|corte|suspension)\b|\b(enviado|asignado) (un tecnico )?para (desconectar|cortar|suspender)\b/
    // ... or a technician or crew said to be on the way to cut it ("a technician is en route to disconnect your
    // service", "un tecnico va en camino para cortar su luz")
    $us_tech = /\b(technician|technicians|tech|techs|crew|lineman|linemen|field (agent|rep|representative|worker))\b.{0,60}\b(to|will|is going to|are going to|is scheduled to|are scheduled to) (disconnect|shut off|shut down|cut off|cut|turn off|terminate|pull|remove|lock)\b|\b(tecnico|tecnicos|cuadrilla)\b.{0,60}\b(para|a) (desconectar|cortar|suspender|retirar|quitar)\b/
    $us_util = /\b(electric|electricity|power|energy|gas|water|utility|utilities|duke|con ?ed|con edison|pg&e|pge|fpl|sce|sdg&e|pse&g|pseg|dominion|xcel|entergy|ameren|comed|dte|reliant|txu|oncor|centerpoint|national grid|eversource|peco|pepco|bge|nipsco|srp|teco|jea|ladwp|luma|luz|electricidad|electric[oa]|energia|agua)\b/
    $us_due = /\b(past[- ]due|overdue|delinquent|unpaid|non[- ]?payment|lack of payment|[0-9] (months?|cycles?) behind|outstanding (balance|amount|bill)|final (disconnect(ion)? )?notice|vencid[oa]|atrasad[oa]|falta de pago|pendiente de pago|saldo pendiente|morosidad|morosa|moroso|impagad[oa]|aviso final|ultimo aviso)\b/
    $us_when = /\b(today|tonight|this (afternoon|evening|morning)|within (the next )?[0-9]{1,2} ?(minutes?|mins?|hours?|hrs?)|in (the next )?[0-9]{1,2} ?(minutes?|mins?|hours?|hrs?)|in (one|an) hour|within (the|an|one) hour|within the next hour|in the next hour|hoy|esta (tarde|noche|manana)|(en|dentro de) (los proximos )?[0-9]{1,2} (minutos|horas)|(en|dentro de) (una|1) hora)\b/
    // the payment asked in a prepaid or gift card, or at a bitcoin machine: no utility takes those
    $us_card = /\b(prepaid (debit |visa |master ?card |reloadable )?cards?|gift ?cards?|green ?dot|moneypak|money ?pak|vanilla (reload|visa|gift|card)|reloadable (debit )?card|bitcoin (atm|machine)|tarjetas? (prepagadas?|de regalo))\b/
    // addressed to the customer: your account, su servicio, dear customer
    $us_you = /\b(your|su|tu) (electric |electricity |power |energy |gas |water |utility |light )?(account|service|power|electricity|energy|gas|water|utilities|utility|bill|balance|meter|lights|cuenta|servicio|luz|energia|electricidad|suministro|medidor|factura|saldo)\b|\b(dear|valued) (customer|client)\b|\b(estimad[oa]|querid[oa]) (cliente|usuari[oa])\b/
    // a carrier's line or number cut or suspended for an unpaid bill, call a number now, from a person's number
    // (Chinese, Polish, Latin American Spanish): carriers write from their sender ids and short numbers
    $tc_cut = /(停机|停機|停话|停話|注销|註銷|销号|銷號|停用|暂停服务|暫停服務|断网|斷網)|\b(zostanie|zostal|zostala|bedzie) (zablokowan|odlaczon|zawieszon|wylaczon)[a-z]{1,2}\b|\b(blokad[a-z]{1,2}|odlaczeni[a-z]{1,2}|zawieszeni[a-z]{1,2}) (numeru|linii|uslug|karty sim|telefonu)\b|\b(linea|servicio|numero)\b.{0,30}\b(sera|seran|va a ser|quedara) (suspendid[oa]|cortad[oa]|bloquead[oa]|desactivad[oa]|dad[oa] de baja)\b|\b(corte|suspension|baja) (de|del) (su |tu )?(linea|servicio|numero)\b/
    $tc_due = /(欠费|欠費|逾期|未缴|未繳|拖欠|欠缴|欠繳)|\b(nieoplacon|niezaplacon|zaleg)[a-z]{1,6}\b|\bbrak (platnosci|wplaty)\b|\b(adeudo|vencid[oa]|falta de pago|saldo pendiente|impag[oa]|atrasad[oa]|deuda|mora)\b/
    $tc_line = /(移动|移動|联通|聯通|电信|電信|号码|號碼|门号|門號|手机|手機|话费|話費|大哥大|遠傳|远传)|\b(numer[a-z]{0,2}|lini[a-z]{1,2}|abonament[a-z]{0,2}|operator[a-z]{0,2}|orange|play|plus|t-?mobile|heyah|faktur[a-z]{1,2}|linea|telcel|movistar|claro|entel|tigo|bitel|telefonica|telefono|celular|factura)\b/
    $tc_call = /(拨打|撥打|致电|致電|联系|聯繫|聯絡|联络|回电|回電)[^0-9]{0,18}[0-9][0-9 -]{1,3}[0-9]|\b(zadzwon|oddzwon|skontaktuj sie|llame|llama|llamar|comuniquese|comunicate|marque|contacte)\b[^0-9]{0,40}[0-9][0-9 -]{1,3}[0-9]/
    $tc_me = /\b(mi linea|mi numero|mi celular|me cortaron|me suspendieron|porfa|llamame|moj numer|mi wylaczyl[a-z]{0,2}|mi zablokowal[a-z]{0,2}|zapomnial[a-z]{0,3}|mamo|mama|tato|kochanie)\b|(我的号码|我的號碼|我个号码|我個號碼|我的手机|我的手機|我手机|我手機|妈|媽|老公|老婆|诈骗|詐騙|骗子|騙子)/
  condition:
    // a parent telling their child of such a message and asking whether it is true is not the lure
    not account_reported_message and (
    // (the romanised forms to "your" connection with the officer's number: a neighbour's "light kapli jail aaj ratri, call kar" has neither)
    // (not the utility's own notice: from its short code or sender id, or with its own link; a header's "power cut
    // tonight, call 98..." with a number and no link to pay at is the lure; not a relative passing it on)
    ((($e or $e2 or $e4 or ($e_in and $e_you and phone_count > 0)) or ($e3 and sender_kind != "alpha" and sender_kind != "shortcode")) and $when and ($act or contact_count > 0) and not $warn
      and not (account_utility_own_notice and (phone_count == 0 or url_count > 0)) and not account_utility_personal)
    // the meter blocked or the supply cut, pay by mobile money to a number or buy the unblock code, from a person's number
    or (($m_who or $m_you) and $m_cut and (($m_unpaid and ($m_wallet or $m_send) and ($m_num or $m_this or phone_count > 0)) or ($m_code and ($m_wallet or $m_num or phone_count > 0 or money_count > 0)))
      and not $m_me and not $warn and sender_kind == "phone")
    // the lineman's or meter inspector's settlement, paid by a date to a number (romanised Hindi, Hindi)
    or ($in_who and $in_settle and $in_pay and ($in_amt or money_count > 0 or phone_count > 0)
      and not $in_own and not $warn and sender_kind == "phone")
    // the US utility's past-due account cut today, pay by calling, from a long number (not its short code or
    // toll-free line) and with no link to a site the text names
    or (($us_cut or $us_tech) and $us_util and $us_due and ($us_when or $us_card) and $us_you and phone_count > 0 and not $warn
      and not account_utility_personal and not account_utility_own_notice
      // (a long number that is not toll-free; from no sender or an address, the crew on its way or a card payment)
      and ((sender_kind == "phone" and sender_line != "toll_free") or (($us_tech or $us_card) and (sender_kind == "none" or sender_kind == "email"))))
    // the carrier's line cut or suspended for an unpaid bill, call a number now, from a mobile or landline number
    or ($tc_cut and $tc_due and $tc_line and $tc_call and not $tc_me and not $warn and not account_utility_personal
      and sender_kind == "phone" and sender_line != "toll_free" and sender_line != "unknown"))
}

rule account_tech_support_callback : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "The tech-support call-back: your account, computer or device is compromised, hacked or infected, call 'support' on a number; or a telecom's or ISP's 'technical team' (Telstra, Optus, BT, Virgin, Comcast): the line or router is compromised and about to be cut off, call a number (English: AU, UK, US, NZ); the computer or the phone infected, hacked or sending security errors, call Microsoft's or Apple's 'technical support' on a number (Greek and Greeklish, Traditional and Simplified Chinese, Korean, Japanese)"
  strings:
    $bad = /\b(account|computer|device|pc|laptop|iphone|phone|icloud|windows|network|ip address)( has been| was| is| may be| has)? (been )?(compromised|hacked|infected|breached|under attack)\b|\b(virus|viruses|malware|trojans?|spyware)\b.{0,20}\b(detected|found)\b/
    // anchored on the service's words, not on "call" (hostile "call call ..." text would verify a
    // pattern at every word)
    $support = /\b(support|helpline|help desk|security team|technician|technical team|customer care|toll-?free)\b/
    // a bank's advice supposes it ("if you think your account has been compromised, call us")
    $if = /\bif (you )?(think|feel|suspect|believe|notice|fear)\b|\bif your (account|card|device|computer|phone)\b/
    // a telecom's or ISP's "technical team": the line, router or internet connection hacked or compromised ...
    $line_bad = /\b(internet|broadband|nbn|router|modem|wi-?fi|line|landline|connection|ip|network|service)\b.{0,40}\b(compromised|hacked|infected|breached|hijacked|under attack|used by hackers|used for (illegal|criminal|fraudulent))\b|\b(security breach|hack(ing|er)? attack|hackers|malicious activity|illegal activity|cyber ?attack)\b.{0,40}\b(internet|broadband|nbn|router|modem|wi-?fi|line|connection|ip address|network)\b/
    // ... about to be cut off ...
    $line_cut = /\b(disconnected|disconnection|disconnect|cut off|suspended|terminated|deactivated|blocked|shut down|switched off|barred)\b/
    // ... in a carrier's or its technicians' name (Telstra, Optus, BT, Virgin, Comcast ...)
    $isp = /\b(telstra|optus|tpg|iinet|aussie broadband|vodafone|nbn ?co|nbn|bt|openreach|virgin( media)?|sky|talktalk|plusnet|comcast|xfinity|spectrum|at&t|verizon|cox|centurylink|frontier|spark|one ?nz|2degrees|chorus|technical (department|team|support|dept|division)|tech support|technician|engineer)\b/
    // the 1300, 1800 and 13 xx xx numbers phone_count does not read (Australia)
    $au_num = /\b1[38]00 ?[0-9]{1,2}[0-9] ?[0-9]{1,2}[0-9]\b|\b13 ?[0-9][0-9] ?[0-9][0-9]\b/
    // addressed to the subscriber, not a customer telling of the call ("the Telstra guy said our router was hacked")
    $line_you = /\byour (home |nbn |broadband |internet |landline |phone |fibre |fiber )?(internet|broadband|nbn|router|modem|wi-?fi|line|landline|connection|ip|ip address|network|service|account)\b/
    $told = /\b(said|says|told|reckons|rang|lol|haha|mate)\b/
    // Greek, Chinese (Traditional and Simplified), Korean and Japanese: the computer, the phone or the device infected
    // with a virus, hacked, locked or sending security errors (a Greek letter is two bytes, a CJK one three) ...
    $el_bad = /(υπολογιστ|συσκευ|iphone|windows|\bypologist).{0,80}(μολυνθε|μολ(ύ|υ)νθηκε|μ(ό|ο)λυνση|από ι(ό|ο)|απο ιο| ι(ό|ο)( |!|\.|,)|ι(ό|ο)ς|ιο(ύ|υ)ς|παραβιαστε|παραβι(ά|α)στηκε|χ(ά|α)κερ|κακ(ό|ο)βουλ|σφ(ά|α)λματα ασφαλε|σφ(ά|α)λμα ασφαλε|trojan|malware|molynthei|\bio\b)|(ι(ό|ο)ς|κακ(ό|ο)βουλο λογισμικ(ό|ο)|σφ(ά|α)λμα ασφαλε(ί|ι)ας|trojan|malware).{0,80}(υπολογιστ|συσκευ|iphone|windows)/
    // ... in Microsoft's, Apple's or Windows' name, or with the alarm of the pop-up ("security errors", "do not switch
    // it off") and a support line (a repair shop's "your laptop is clean, call us" names neither)
    $x_brand = /(microsoft|windows|apple|defender|μ(ά|α)ικροσοφτ|微軟|微软|蘋果|苹果|마이크로소프트|윈도우|애플|マイクロソフト|アップル)|\bms\b/
    $el_alarm = /(σφ(ά|α)λματα ασφαλε|σφ(ά|α)λμα ασφαλε|μην τον απενεργοποι|προειδοπο(ί|ι)ηση|παραβιαστε|παραβι(ά|α)στηκε|χ(ά|α)κερ)/
    $el_support = /(υποστ(ή|η)ριξη|τεχνικ(ό|ο) τμ(ή|η)μα|\btexniki|\bypostiri)/
    $el_call = /(καλ(έ|ε)στε|τηλεφων(ή|η)στε|επικοινων(ή|η)στε|\bkaleste|\btilefoniste)/
    $zh_bad = /(電腦|电脑|裝置|装置|設備|设备|iphone|手機|手机|windows|系統|系统).{0,45}(中毒|病毒|木馬|木马|駭客|黑客|入侵|惡意軟體|恶意软件|安全錯誤|安全错误|鎖定|锁定|漏洞)/
    $zh_alarm = /(警告|請勿關機|请勿关机|勿重新啟動|勿重新启动|安全錯誤|安全错误|外洩|外泄)/
    $zh_support = /(技術支援|技术支持|技術支持|技術人員|技术人员|工程師|工程师|客服)/
    $zh_call = /(致電|致电|撥打|拨打|聯繫|联系|聯絡|联络|來電|来电)/
    $zh_dial = /(致電|致电|撥打|拨打|聯繫|联系|聯絡|联络|專線|专线)[^0-9]{0,24}[0-9][0-9 -]{1,3}[0-9]/
    $ko_bad = /(컴퓨터|pc|피시|아이폰|휴대폰|기기|윈도우|windows).{0,45}(바이러스|해킹|해커|악성코드|보안 ?오류|감염|트로이|잠겼|노출)|(바이러스|악성코드|트로이목마|보안 ?오류|해킹).{0,45}(컴퓨터|pc|기기|아이폰)/
    $ko_alarm = /(경고|끄지 ?마|재부팅하지|보안 ?오류|유출 ?위험)/
    $ko_support = /(기술 ?지원|고객 ?지원|고객센터|지원센터|보안센터|원격 ?지원)/
    $ko_dial = /(15|16|18)[0-9][0-9] ?- ?[0-9]/
    $ja_bad = /(パソコン|pc|コンピューター|コンピュータ|iphone|端末|スマホ|windows).{0,45}(ウイルス|ウィルス|感染|ハッキング|エラー|トロイ|ロックされ|不正アクセス|危険)|(ウイルス|ウィルス|トロイの木馬).{0,45}(パソコン|pc|端末|iphone)/
    $ja_alarm = /(警告|電源を切らず|再起動せず|セキュリティエラー|不正アクセス|流出)/
    $ja_support = /(サポート|テクニカル|技術者)/
    // a person about their own computer, asking a friend to look at it
    $x_me = /(υπολογιστ(ή|η)ς μου|υπολογιστ(ή|η) μου|κινητ(ό|ο) μου|μπορε(ί|ι)ς|νομ(ί|ι)ζω|我電腦|我的電腦|我电脑|我的电脑|幫我|帮我|你有空|같아|봐줄|줄래|みたい|見てくれ|今度)/
  condition:
    ((($el_bad and ($x_brand or ($el_alarm and $el_support)) and $el_call)
      or ($zh_bad and ($x_brand or ($zh_alarm and $zh_support)) and ($zh_call or $zh_dial))
      or ($ko_bad and ($x_brand or ($ko_alarm and $ko_support)))
      or ($ja_bad and ($x_brand or ($ja_alarm and $ja_support))))
      and (phone_count > 0 or $zh_dial or $ko_dial) and not $x_me
      and sender_kind != "alpha" and sender_kind != "shortcode" and sender_line != "unknown" and sender_line != "toll_free")
    or ($bad and $support and not $if and phone_count > 0
    and sender_kind != "alpha" and sender_kind != "shortcode")
    or ($line_bad and $line_cut and $isp and $line_you and not $if and not $told and (phone_count > 0 or $au_num)
      and sender_kind != "alpha" and sender_kind != "shortcode")
}

rule account_callback_lure : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A notification-shaped call-back lure from a personal number or an address: a charge, order, refund or account change, then 'not you? call', 'if you did not approve this, call', 'call to verify your identity', 'to receive it, call', or an account frozen with 'call support to avoid closure', or a terse 'card ending 1234 suspended, call', with a number in the text; or the estate or building 'security' about the reader's property: 'your car was hit at the gate, call me back on this number quickly' (Nigeria); or a bank's ATM or debit card expired or about to be blocked, call a mobile number to activate the new card (English, romanised Urdu and Hindi: Meezan, HBL, UBL, MCB, SBI)"
  strings:
    $ctx = /\b(card|account|order|payment|refund|withdrawal|transfer|charge|charged|purchase|subscription|membership|funds|verification|password|login|sign-in|deposit|loan|kyc|renewal|auto-renewal|invoice|billing|transaction|cargo|movimiento|tarjeta|cuenta|compra|operacion|carta|conto|bonifico|operazione|karte|konto|zahlung|carte|compte|paiement|cartao|conta|betaling|rekening|accesso|acceso|acces|zugriff|anmeldung|kort|kortet|kop|kjop|kob|betalning)\b/
    $not_you = /\b(not you\?|if (this|it) (was|wasn't|was not|is not|isn't) (not )?(you|yours|authori[sz]ed by you|approved by you|made by you|placed by you)|if (this|the|your) (order|purchase|charge|payment|transaction|subscription|renewal) (was|wasn't|was not|is not|isn't) (not )?(made |placed |authori[sz]ed |approved |requested )?by you|if (you|u) (did not|didn't|do not|don't) (request|make|authori[sz]e|recogni[sz]e|initiate|order|place|purchase|buy|approve)|nicht sie\?|wenn sie (das|dies) nicht|no fuiste tu|no reconoce|pas vous\?|pas a l'origine|non riconosci|se non e stato lei|se non sei stato tu|nao reconhece|als u dit niet|si no (ha sido|fue|has sido) (usted|tu)|om det inte var du|hvis det ikke var (dig|deg)|jos et (tehnyt|tunnista))/
    // what the call is for; the number itself is phone_count (no pattern on "call": hostile
    // "call call ..." text would verify it at every word)
    $to_do = /\bto (verify|validate|release|receive|claim|unlock|reactivate|dispute) (it|this|them|the|your)\b|\b(reply|text|press) "?[0-9y]"? to (cancel|stop|block|decline)( it| this)?,? or call\b/
    // a friend asking about their own card calls back to themselves
    $me = /\b(call me|ring me|text me|my ([a-z]{1,10} )?(card|account|order|payment)|lol|haha)\b/
    // a national number phone_count does not read (Spanish, Italian ...), after the verb to call it
    $dial = /\b(llame|llama|chiama|chiami|contatti|appelez|rufen sie|ligue|ring)( [a-z]{2,14})?( (al|il|le|uns an|para( o)?))?( (nostro )?(operatore|numero)){0,2}( al numero)? \+?[0-9][0-9 ]{1,3}[0-9]/
    // a person by name from a payment app or a bank's team: no service's alert introduces its writer
    $agent = /\b(this is|i'm|i am|my name is) [a-z]{2,12},? (from|with|at) (the )?(paypal|cash ?app|zelle|venmo|coinbase|kraken|binance|amazon|apple|microsoft|[a-z]{2,12} (bank|security|fraud|support))\b/
    // "your Chime / Cash App / Revolut account has been frozen: call support to avoid closure"
    $frozen = /\b(account|acct|card|wallet)\b.{0,40}\b(frozen|restricted|suspended|locked|limited|on hold|blocked|flagged|deactivated)\b/
    $closure = /\bto avoid (the |a |any )?(permanent |further |final )?(account |card )?(closure|suspension|termination|deactivation|cancellation|restrictions?)\b/
    // the terse bank lure from a long number: "<bank>: card ending 4471 suspended. call ..." (a
    // bank's own block notice from a number asks to reply YES or NO, or comes from a short code)
    $ending = /\b(card|acct|account)( number)? (ending|ends) (in |with )?[x*#]{0,4}[0-9]/
    $yesno = /\breply "?(yes|no|y|n)"?\b/
    // Nigeria: the estate's or building's "security" says the reader's car was hit at the gate, call back quickly
    $sec = /\b(estate|compound|building|gate|site|car ?park|parking) (security|management|manager|caretaker|office)\b|\bsecurity (man|men|guard|officer|post|team|desk|department|personnel)\b|\b(gate ?man|gatekeeper|mai ?gadi|facility manager|caretaker)\b/
    $prop = /\b(your|ur|ya) (car|vehicle|motor|jeep|bus|shop|flat|apartment|house|generator|store)\b.{0,40}\b(hit|bashed|scratched|damaged|broken|smashed|towed|knocked|jammed|rammed|vandali[sz]ed|burgled|on fire|caught fire|flooded|leaking)\b|\b(hit|bashed|scratched|damaged|smashed|jammed|rammed|knocked|towed|broke into|crashed into) (your|ur|ya) (car|vehicle|motor|jeep|bus|shop|flat|apartment|house|generator|store)\b/
    $back = /\b(call|flash|ring) (me )?back\b|\b(call|ring|reach) me (on|with|via|through) this (number|line)\b|\bcall this (number|line)\b/
    $fast = /\b(quickly|quick|urgently|urgent|asap|immediately|now now|sharp sharp|right now|fast)\b/
    // the one who hit it owns up ("sorry I hit your car while reversing")
    $did = /\bi (hit|bashed|scratched|reversed into|damaged|jammed|knocked)\b|\bmy (fault|bad)\b/
    // a US carrier's own header ("AT&T Free Msg: ..."): its port-out and SIM notices give its toll-free line
    $free_msg = /^[a-z&-]{1,11}[a-z&-]( [a-z&-]{1,11}[a-z&-])? free msg\b/
  condition:
    ($sec and $prop and $back and $fast and not $did and sender_kind == "phone")
    // an ATM or debit card expired or to be blocked, call to activate the new card, from a person's number
    or (account_card_expiry_story and sender_kind == "phone"
      and (sender_line == "mobile" or sender_line == "fixed_line_or_mobile" or sender_line == "unknown" or sender_line == "invalid"))
    or ($ctx and not $me and not $free_msg and ($not_you or $to_do or ($frozen and ($closure or ($ending and not $yesno)))) and (phone_count > 0 or $dial)
    and (sender_kind == "email" or (sender_kind == "phone" and ($agent
    or sender_line == "mobile" or sender_line == "fixed_line_or_mobile" or sender_line == "unknown" or sender_line == "invalid"))))
}

rule account_payment_app_upgrade : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A Zelle, Cash App, PayPal or Venmo payment held 'until you upgrade to a business account' or pay to release it (the fake-buyer lure), or stopped or on hold with 'support' to call on a number, or a bank's 'fraud prevention' specialist who will call, do not hang up: fake payment notices"
  strings:
    $app = /\b(zelle|cash ?app|paypal|venmo|payid|e-?wallet)\b/
    $upgrade = /\bupgrad(e|ed|ing)( your)?( account)? (to|into) an? (business|merchant|premium|pro|seller) account\b|\b(business|merchant|premium|seller) account (upgrade|is required|required|is needed|needed)\b/
    $held = /\b(payment|funds|money|transfer|transaction|amount)\b.{0,40}\b(pending|on hold|held|frozen|cannot be (released|credited|received|completed)|could not be (released|credited|received|completed)|unable to (receive|release|credit))\b|\bto (receive|release|unlock|credit) (the|your|these) (funds|payment|money)\b/
    // held until a fee or an upgrade is paid (a real hold waits for a delivery to be confirmed)
    // "pay $150 to upgrade your account so the money clears"
    $clears = /\bupgrade (your|the) account\b.{0,30}\b(clears?|releases?|goes through)\b|\b(your )?account needs to upgrade( to (a )?business)?\b/
    $until = /\b(pending|on hold|held|will not be (released|credited)|won'?t be (released|credited)) until\b.{0,40}\b(fee|upgrade|upgraded|activation|pay|paid)\b/
    // the fake notice: a payment stopped or on hold, and "support" on a phone number to release it
    $stopped = /\b(payment|transfer|transaction|funds|money|deposit)\b.{0,40}\b(stopped|paused|declined|failed|flagged|blocked|reversed|suspended|under review|held for review)\b|\b(stopped|paused|blocked|declined|flagged|held|froze|placed on hold|put on hold) (a|an|the|your) ([a-z]{1,10} )?(payment|transfer|transaction)\b/
    $support = /\b(support|customer service|customer care|help ?desk|helpline|hotline|specialist|representative|fraud (department|team|prevention|dept))\b/
    // a bank's "fraud prevention" who will call from the bank's own number: stay on the line
    $bank = /\b(fraud (prevention|department|team|protection|dept|alert)|security (team|department))\b/
    $hang = /\b(do not|don't|dont|please do not|please don't) (hang up|disconnect|end the call)\b|\bstay on the line\b|\b(specialist|agent|representative|officer|advisor|member of our (fraud|security) team) will (call|contact|ring) you\b.{0,40}\b(from|using) (our|your bank'?s|the bank'?s|an? official|the official|our official)\b/
    // a person's own payment ("my Zelle payment is on hold, I called support")
    $me = /\bmy (zelle|venmo|cash ?app|paypal|payment|transfer|money)\b|\b(lol|haha|lmao)\b|\bi('ll| will| called| tried| got) (call|ring|phone|try|them|their)\b|\btheir (support|customer service|helpline|number)\b/
    $never = /\b(never|scam|scammers|fraudsters)\b/
  condition:
    ($app and (($upgrade and $held) or $until or $clears))
    or ((($app and ($held or $stopped) and $support and phone_count > 0) or (($app or $bank) and ($held or $stopped) and $hang))
      and not $me and not $never and sender_kind != "alpha" and sender_kind != "shortcode")
}

rule account_safe_account : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "The safe-account scam: a 'fraud team' says the account is compromised (often by an insider), the app must not be used, and the money must move to a safe account; the instruction to move the money into a safe, secure or protected account beside a fraud story, from any sender (a bank's spoofed sender id included); a bank's security team that will call and asks the customer to keep the call secret or not to tell the branch, from any sender; a bank's own warning ('we will never ask you to move money to a safe account') is not it"
  strings:
    $safe = /\b(move|transfer|send|shift) (your |all your |all of your |the )?(money|funds|savings|balance|crypto|coins) (in)?to an? (safe|secure|new|protected|holding|cold) (account|wallet)\b|\b(safe|secure|holding) (account|cold wallet)\b|\b(move|transfer|shift|put) (it|them) (in)?to an? (temporary |new )?(safe|secure|protected|holding) (account|wallet)\b/
    // the instruction itself: your money, funds, savings or balance moved into a safe, secure or protected account
    // (a bank's "open a secure savings account" or "log in to your secure account" gives none)
    $move = /\b(move|moving|transfer|transferring|send|shift|put|wire|deposit) ((all |all of )?(your |the |ur )?(remaining )?(money|funds|savings|balance|balances|deposits?|cash)|it|them|everything) (immediately |now |today |urgently )?(in)?to (a|an|the|our|this|one of our) (new |temporary |special |separate |designated |government |reserve )?(safe|safety|secure|secured|protected|safeguard|safeguarding) (bank )?(account|acct|wallet)\b|\b(safe|safety|secure|secured|protected|holding|safeguard) (account|acct) (we have|we've|that we|which we|has been|have been) (opened|created|set up|prepared|generated)\b|\b(opened|created|set up|prepared) (a|an) (new |temporary )?(safe|safety|secure|secured|protected|holding) (account|acct) (for you|in your name)\b/
    // the cash fed into a crypto ATM "to secure it": no bank or police asks that
    $atm = /\b(deposit|put|feed|insert) (it|them|the cash|your (money|funds|savings|cash)) (in|into) (a|the) (bitcoin|crypto|btc) atm\b/
    $team = /\b(fraud|security|investigations?|protection) (team|department|unit|officer|desk|specialist|advisor|adviser)\b/
    $inside = /\b(internal|inside|rogue) (employee|staff|member)\b|\b(do not|don't|dont) (use|log in to|log into|open) (the|your) (app|online banking|banking app)\b|\bi will call you\b/
    $bad = /\b(compromised|breached|hacked|at risk|under attack|exposed to (a )?hack(er|ers|ing)?( attack)?|hacker attack)\b/
    // the fraud story beside the instruction: suspicious or unauthorised activity, an attempt, protecting the money
    $story = /\b(suspicious|unusual|unauthori[sz]ed|fraudulent|irregular) (activity|activities|transactions?|payments?|transfers?|access|logins?|log-?ins?|attempts?|debits?)\b|\b(fraud|security) (alert|breach|incident|investigation)\b|\bto (protect|secure|safeguard) (your|the) (money|funds|savings|balance|account)\b/
    // the call promised, and the secrecy asked: not a word to the branch, the bank's staff or anyone about the call
    $call = /\b(will|shall|is going to|are going to|'ll) (shortly |soon |now )?(call|contact|ring|phone) you\b|\b(expect|await|wait for|answer) (a|our|the|their) (call|phone call)\b|\byou (will|'ll) (receive|get) a (call|phone call)\b/
    $secret = /\b(do not|don't|dont|please do not|you must not|you should not) (tell|inform|notify|alert|mention (this|it) to|discuss (this|it|the matter|the call) with|speak (to|with)|talk (to|with)|visit|go to|contact) (the |your |any |our )?(branch|branch staff|bank staff|local branch|staff at (the|your) (branch|bank)|(anyone|anybody) at (the|your) (branch|bank)|bank teller|teller|cashier|bank manager|branch manager|bank employees?)\b|\b(do not|don't|dont|please do not|you must not) (tell|inform|discuss (this|it) with|mention (this|it) to) (anyone|anybody|your family|family|friends)( else)? about (this|the|our) (call|matter|investigation|case|conversation)\b|\b(keep|treat) (this|the|our) (call|matter|conversation|investigation|case|message) (strictly )?(confidential|secret|private|between us)\b|\b(confidential|secret|covert|undercover) (investigation|operation)\b/
    // the bank's own warning or a relative's: "we will never ask you to move money to a safe account", "if
    // anyone does, hang up", "fraudsters may pose as us", "it's a scam"
    $never = /\b(never|won'?t ever|will not ask|won'?t ask|would not ask|wouldn'?t ask|do not ask|don'?t ask|beware|be aware|be wary|stay alert|hang up|only (a )?(fraudsters?|criminals?|scammers?)|(fraudsters?|criminals?|scammers?|crooks|impostors?) (may|might|could|can|will|often|sometimes|pretend|pose|claim|posing|pretending)|(it'?s|it is|that'?s|that is|this is) (a |the |always a )?(scam|fraud)|scam (alert|awareness|warning)|if (someone|anyone|somebody|a caller|they) (asks?|tells?|calls?|does|do))\b/
  condition:
    ((($safe and ($team or $bad)) or ($team and $bad and $inside) or $atm)
      and sender_kind != "alpha" and sender_kind != "shortcode")
    // (from any sender, a spoofed bank id included: the instruction with a fraud story or a team, or the team's call
    // with the secrecy asked; never a code's own delivery)
    or ((($move and ($team or $bad or $story or $call or $inside)) or (($team or $call) and $secret and ($team or $story or $bad)))
      and not $never and code_count == 0)
}

rule account_invoice_callback : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "The fake-invoice refund scam: an antivirus, tech-support, protection-plan or payment-app invoice, renewal or 'thank you for your payment' for a large sum, 'not you? / questions or cancel? call' a number, from any sender but a card issuer's purchase alert ('<Brand> Card:', 'card ending in 1234', a purchase at a shop approved or declined) from a toll-free line; or a shop's or app's order or charge for an expensive item (a MacBook, an iPhone, a console, gift cards) 'if you didn't place this order, reply CANCEL / NO / STOP' from a mobile or landline number or an e-mail address, never a short code, sender id or toll-free line (English, US)"
  strings:
    // the scam's own goods (an antivirus, tech support, a protection plan), or a shop or payment app
    $tech = /\b(norton|mcafee|geek squad|avast|kaspersky|antivirus|anti-virus|protection plan|tech support|windows defender)\b/
    $shop = /\b(best buy|paypal|coinbase|amazon prime|amazon|apple pay|apple store|apple|walmart|ebay|target|costco|microsoft)\b/
    $bill = /\b(invoice|renewal|renewed|auto-?renew\w{0,3}|payment request|subscription|order|charged|billed|transaction|purchase|payment (of|processed)|processed|you('ve| have) sent)\b/
    $deny = /\b(not you\?|if (you )?(did not|didn't|do not|don't) (authori[sz]e|recogni[sz]e|make|request|want)|if (this|it) (was|wasn't|was not) (not )?(you|authori[sz]ed)|(wish|want) to cancel|to cancel|for (a )?(full )?refund|to dispute|dispute (within|now|here|it|this|the charge))\b|\b(questions|queries|concerns) or (to |wish to |want to )?(cancel|refund|dispute)\w{0,6}( ?\?|,? (call|contact|dial|reach)( us| our [a-z]{1,10})?( at| on)?:? ?(\+|\(|[0-9]))/
    // a bare "questions? call <number>" denies nothing: a card issuer's own "your <store> Card payment
    // of $X is scheduled for <date>. Questions? Call 1-8xx" says it too. It counts only on the scam's
    // own goods ($tech)
    $questions = /\b(questions|queries|concerns)( ?\?|,? (call|contact|dial|reach)( us| our [a-z]{1,10})?( at| on)?:? ?(\+|\(|[0-9]))/
    // a card issuer's own purchase alert: the card named ("Apple Card:", "card ending in 1234") ...
    $card = /^[a-z][a-z0-9&'. -]{0,24} card( alert)?:|\bcard (ending|ends)( in| with)? ?[x*#.]{0,4}[0-9]/
    // ... and a purchase at a merchant approved or declined ("a purchase of $86.12 at <shop> was approved")
    $at_shop = /\b(purchase|charge|transaction)\b.{0,40} at [a-z0-9].{0,60}\b(was|has been|is|were) (approved|declined|authori[sz]ed)\b|\b(approved|declined|authori[sz]ed)( a| an| the| your)?( \$?[0-9][0-9.,]{0,9}| [a-z]{1,12})? (purchase|charge|transaction)\b.{0,40} at [a-z0-9]/
    // the reply-to-cancel form, no number to call: "if you didn't place this order please reply CANCEL", "if this
    // wasn't you, reply NO", "not you? reply STOP", the reply asked in the same sentence (a shop's own "if you didn't
    // place this order, contact us. Reply STOP to opt out" ends the sentence first)
    $reply_cancel = /\bif (you )?(did not|didn't|didnt|do not|don't|dont) (place|make|authori[sz]e|recogni[sz]e|request|order|initiate|approve)[^.!?]{0,40},? ?(please |kindly |simply |just )?(reply|text|txt|respond|send)( back)?( with)?:? "?(cancel|no|stop|n)\b|\bif (this|it) (wasn't|wasnt|was not|is not|isn't) (you|yours|authori[sz]ed|made by you)[^.!?]{0,30},? ?(please |kindly |simply |just )?(reply|text|txt|respond|send)( back)?( with)?:? "?(cancel|no|stop|n)\b|\bnot (you|yours)\? ?(please |kindly |simply |just )?(reply|text|txt|respond|send)( back)?( with)?:? "?(cancel|no|stop|n)\b/
    // ... for an expensive item, the amount written or not
    $item = /\b(macbook|iphone|ipad|airpods|apple watch|playstation|ps5|xbox|nintendo switch|galaxy (s|z|fold|flip|tab|watch)|laptop|gaming (pc|console|chair|monitor)|smart tv|oled tv|4k tv|television|gift ?cards?|dyson|gopro|drone|rolex|bose|graphics card)\b/
    // a spouse or a child about a shared card or account ("did you order an iPhone on my card? if you didn't, text no"),
    // and a pharmacy's or grocer's own refill or pickup check from its long number
    $mine = /\b(my|our) (card|account|acct|amazon|order|credit card|debit card|paypal|apple id)\b|\bi (placed|ordered|bought|made|used|paid|think|saw|got)\b|\b(lol|haha|babe|honey|hun|mom|mum|dad|prescription|refill|pharmacy|grocery|groceries|curbside)\b/
  condition:
    (($tech or $shop) and $bill and ($deny or ($questions and $tech)) and money_count > 0 and phone_count > 0
      // the reply-to-cancel order: from a person's number (not a toll-free line: a shop's own) or an address
      or ($reply_cancel and $bill and ($shop or $item) and (money_count > 0 or $item) and not $mine
        and (sender_kind == "email" or (sender_kind == "phone" and sender_line != "toll_free" and sender_line != "unknown"))))
    and sender_kind != "alpha" and sender_kind != "shortcode"
    // the issuer's alert from its verified toll-free line (the scam writes from long numbers and addresses;
    // its own goods, an antivirus or tech support, are no card purchase at a shop)
    and not ($card and $at_shop and not $tech and sender_line == "toll_free")
}

rule account_sim_id_barring : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "'Your SIM will be barred over your NIN/ID verification: reply with your NIN, name and date of birth', or 'the CBN is closing dormant accounts this month: send your BVN, account number and date of birth' (a regulator, carrier or bank never asks for them by text; Nigeria and West Africa); or, from a person's number, 'the SIMs issued on your Aadhaar are misused for illegal activity, contact this number or an FIR will be filed' (UIDAI, TRAI, DoT impersonation; India: English, romanised Hindi, Hindi); or a central bank or regulator (UAE Central Bank, RBI, State Bank of Pakistan, CBN) saying your account or card is blocked, call back to update your Emirates ID, CNIC, Aadhaar or BVN and card details, from a mobile number (English, romanised Urdu and Hindi, Arabic, Urdu, Hindi): no central bank contacts customers about their accounts"
  strings:
    $sim = /\b(sim|line|number)\b.{0,40}\b(barred|blocked|deactivated|disconnected|suspended|blacklisted)\b/
    $id = /\b(nin|bvn|national id|id number|nida|cnic|aadhaar|kyc|ghana card|id verification)\b/
    $ask = /\b(reply|send|text|respond)( us)?( back)? (with )?(your )?(nin|bvn|full name|date of birth|dob|id number|national id|cnic|aadhaar)\b/
    // the central bank's "dormant accounts closing" round-up
    $cbn = /\b(cbn|central bank|apex bank|bank of ghana|bceao|ndic)\b/
    $dormant = /\b(dormant|inactive)( bank)? (accounts?|accts?)\b|\b(accounts?|accts?)\b.{0,40}\b(will be|to be|are being) (closed|deactivated|frozen|blocked|shut down|deleted)\b/
    $ask2 = /\b(send|provide|forward|submit|reply with|text|sms)( us| me)?( with)? (your |ur )?(bvn|account (number|no|details)|acct (no|number|details)|date of birth|dob)\b/
    // a bank's or the regulator's own warning ("the CBN will never ask for your BVN")
    // (and the regulator's warnings about the Aadhaar-SIM calls: "beware", "check at Sanchar Saathi")
    $never = /\b(never|do not (send|share|disclose|call|respond)|don't (send|share|call|respond)|scam|scams|scammers|fraudsters|fake (calls?|messages?|sms)|farzi|thagi|beware|savdhan|saavdhan|sanchar ?saathi|tafcop)\b|(सावधान|ठगी|फर्जी|संचार साथी|कभी)/
    // in the notice's voice: what the details are for ("to keep your account active")
    $for = /\b(to (keep|avoid|prevent|reactivate|retain|maintain|stop|secure|protect)|kindly|avoid (closure|deactivation|blocking))\b/
    // India: the SIMs issued on "your" Aadhaar (a relative's "my Aadhaar" is not the notice) ...
    $aad_sim = /\b(your|ur|aapke|apke|aapka|apka|aap ke|aap ka|tumhare)( [a-z]{1,8})? (aadhaa?r|adhaa?r)\b.{0,60}\bsims?\b|\bsims?\b.{0,60}\b(your|ur|aapke|apke|aapka|apka|aap ke|aap ka|tumhare)( [a-z]{1,8})? (aadhaa?r|adhaa?r)\b/
    // ... misused for illegal activity ...
    $aad_mis = /\b(misus\w{1,4}|illegal\w{0,2}|unlawful\w{0,2}|fraud|fraudulent\w{0,2}|criminal|galat (istemal|istemaal|upyog|use)|gair ?kanooni|gair ?kanuni|avaidh)\b/
    // ... and an FIR, a case or an arrest unless the reader calls
    $aad_fir = /\b(fir|legal action|arrest\w{0,3}|police (case|complaint|action)|case (darj|register\w{0,3}|file\w{0,2})|giraftar\w{0,2}|girftar\w{0,2}|kanooni (karyavahi|karwai|karyawahi|karvai))\b/
    // the same in Hindi (a Devanagari letter is three bytes: the gaps are counted in bytes)
    $aad_hi = /(आपके|आपका|आपकी|तुम्हारे) आधार.{0,90}सिम|सिम.{0,90}(आपके|आपका|आपकी) आधार/
    $aad_hi_mis = /(दुरुपयोग|गलत इस्तेमाल|गलत उपयोग|अवैध|गैरकानूनी|गैर-कानूनी|गैर कानूनी|धोखाधड़ी)/
    $aad_hi_fir = /(एफआईआर|एफ़आईआर|मुकदमा|कानूनी कार्रवाई|गिरफ्तार|पुलिस केस)/
    // a central bank or national regulator (the UAE Central Bank, the RBI, the State Bank of Pakistan, the CBN) says the
    // reader's account or card is blocked: call back to update the ID (Emirates ID, CNIC, Aadhaar, BVN, NID) and the
    // card details. No central bank holds customers' accounts (English, romanised Urdu and Hindi, Arabic, Urdu, Hindi;
    // an Arabic or Urdu letter is two bytes, a Devanagari one three)
    $reg = /\b(central bank|cbuae|cbn|rbi|reserve bank|state bank of pakistan|sbp|bangladesh bank|nepal rastra bank|bank of ghana|apex bank|banking regulator|financial regulator)\b|(المصرف المركزي|البنك المركزي|مصرف الإمارات المركزي|مصرف الامارات المركزي|اسٹیٹ بینک|مرکزی بینک|रिज़र्व बैंक|रिजर्व बैंक|आरबीआई)/
    $reg_acct = /\b(account|acct|a\/c|card|khata)\b|(حساب|بطاقة|اکاؤنٹ|اکاونٹ|کارڈ|खाता|कार्ड)/
    $reg_blk = /\b(blocked|suspended|frozen|restricted|deactivated|disabled|barred|on hold|(band|bund|block) (kar|ho|hogaya|hojaye|hojayega))\b|(إيقاف|ايقاف|تجميد|حظر|تعليق|بند کر|بند ہو|بلاک|معطل|ब्लॉक|बंद कर|बंद हो)/
    $reg_id = /\b(emirates id|eid|cnic|nicop|aadhaa?r|pan card|bvn|nin|nid|national id|id card|iqama|ghana ?card|e-?kyc|kyc)\b|(الهوية|هويتك|شناختی کارڈ|آدھار|आधार|केवाईसी)/
    // the call back: to "this number" when none is written out, in Arabic and Urdu too ("call" is contact_count's)
    $reg_back = /\b(this (number|line)|call (us |me )?back|is number|isi number)\b|(هذا الرقم|على الرقم|الاتصال|اتصل|اس نمبر|کال کریں|इस नंबर)/
    // a relative or a friend passing on the news ("bhai RBI ne naya rule nikala", "Mummy the CBN said")
    $reg_me = /\b(my|our|mera|meri|mere|hamara|hamare|mummy|mum|mom|dad|papa|bhai|yaar|bro|sis|lol|haha|said|says|ne)\b/
  condition:
    ($sim and $id and $ask)
    or ($cbn and $dormant and $ask2 and $for and not $never and sender_kind != "alpha" and sender_kind != "shortcode")
    // the Aadhaar-SIM misuse call-back, from a person's number (a child telling a parent of such a
    // message and asking whether it is true is not the lure)
    or ((($aad_sim and $aad_mis and $aad_fir) or ($aad_hi and $aad_hi_mis and $aad_hi_fir))
      and (phone_count > 0 or contact_count > 0) and not $never and not account_reported_message and sender_kind == "phone")
    // the central bank's block with a call back about the ID and the card, from a person's number
    or ($reg and $reg_acct and $reg_blk and $reg_id and (phone_count > 0 or $reg_back) and (contact_count > 0 or $reg_back)
      and not $never and not $reg_me and not account_reported_message
      and sender_kind == "phone" and (sender_line == "mobile" or sender_line == "fixed_line_or_mobile" or sender_line == "unknown"))
}

rule account_signin_callback : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A sign-in or new-device alert from a person's number that names Apple, Amazon, PayPal, Microsoft or the like and gives a number to call 'if this wasn't you' (their own alerts send you to the app or site, never to a phone line)"
  strings:
    $signin = /\b(sign(ed)? ?in|log(ged)? ?in|login|new device|used to sign in|signed into)\b/
    $deny = /\bif (this|it) (was|wasn't|was not|is not|isn't) (not )?(you|your)\b|\bif (you )?(did not|didn't|do not|don't) (recogni[sz]e|authori[sz]e|request)\b|\bnot you\?/
    // services that send no call-back number with a sign-in alert (a bank's alert may: not listed)
    $brand = /\b(apple|icloud|apple id|amazon|paypal|microsoft|outlook|google|gmail|netflix|facebook|instagram|whatsapp|coinbase|binance)\b/
    // a person telling of their own sign-in trouble ("I can't sign in ... call me")
    $person = /\bi (can'?t|cannot|couldn'?t|just|tried)\b|\bcall me\b/
  condition:
    $signin and $deny and $brand and not $person and phone_count > 0 and url_count == 0 and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule account_sim_block_ur : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Your SIM will be blocked within hours, call this number for biometric or thumb verification, from a person's number (PTA, Jazz, Zong; NTC, Ncell; GP, Robi): in Urdu, roman Urdu, romanised and Devanagari Nepali, romanised Bangla and Bengali (carriers never ask by a call to a mobile number)"
  strings:
    $sim = /(سم|سِم).{0,40}(بند|بلاک)/
    $verify = /(بائیومیٹرک|بایومیٹرک|تصدیق)/
    // roman Urdu, Nepali and Bangla: the SIM blocked ...
    $r_sim = /\bsim( card)?( ti| ta| number)?\b.{0,40}\b(band|bandh|bandha|bondho|bondo|block|blok|deactivate|suspend)\b/
    // ... soon (will be: ho jaye gi, hunechha, hoye jabe; within 24 hours) ...
    $r_soon = /\b(ho jaye ?g[aie]|ho jaeg[aie]|ho jayeg[aie]|kar di jaye ?g[aie]|kar diya jaye ?g[aie]|kar dia jaye ?g[aie]|hune ?chha|hune ?cha|garine ?chha|garine ?cha|hoye jabe|kora hobe|kore deya hobe|[0-9]{1,2} (ghante|ghanton|ghanta|ghantama|ghontar|ghonta|hours|hrs))\b/
    // ... unless the biometric or thumb verification is done ...
    $r_verify = /\b(biometric|bio-?metric|thumb|thumb ?print|angootha|angutha|angotha|aaunthachhap|aunthachhap|aunthachap|aunthi ?chhap|aaunthi ?chhap|aulo ?chhap|angul ?chhap|anguler chhap|fingerprint|finger ?print|tasdeeq|tasdiq|pramanikaran|re-?verification)\b/
    // ... in a carrier's "you" (aap, tapai, apnar), not a relative's "my SIM" (meri, mero, amar)
    $r_you = /\b(aap|aapki|apki|aapka|apka|tapai|tapain|tapaiko|tapainko|tapaiharu|apnar|apner|your|mohtaram|mohtarma|priyo grahok|grahak|grahok)\b/
    // a son or daughter passing the news on to a parent ("aama, tapaiko SIM band hunechha re")
    $kin = /\b(aama|ama|buwa|baba|dai|didi|bahini|ammi|abbu|ammu|abba|apu|bhaiya|beta)\b|(आमा|बुवा|दाइ|दिदी|बहिनी|आम्मु|আম্মু|আব্বু|আপু)/
    // Devanagari Nepali (and Hindi), Bengali script: the SIM blocked soon, biometric or thumb verification, "your"
    // (a letter is three bytes: gaps in bytes)
    $d_sim = /सिम.{0,60}(बन्द|बंद|ब्लक|ब्लॉक|निष्क्रिय)/
    $d_soon = /(हुनेछ|गरिनेछ|हुने छ|गरिने छ|हो जाएगा|हो जाएगी|जाएगा|जाएगी|घण्टा|घंटे)/
    $d_verify = /(बायोमेट्रिक|औंठाछाप|औँठाछाप|औठाछाप|प्रमाणीकरण|भेरिफिकेसन|सत्यापन|अंगूठा|अँगूठा)/
    $d_you = /(तपाई|आपक)/
    $b_sim = /সিম.{0,60}(বন্ধ|ব্লক)/
    $b_soon = /(যাবে|হবে|ঘণ্টা|ঘন্টা)/
    $b_verify = /(মেট্রিক|আঙুলের ছাপ|আঙ্গুলের ছাপ|যাচাই|ভেরিফিকেশন|নিবন্ধন)/
    $b_you = /আপনার/
  condition:
    (($sim and $verify) or ((($r_sim and $r_soon and $r_verify and $r_you) or ($d_sim and $d_soon and $d_verify and $d_you)
      or ($b_sim and $b_soon and $b_verify and $b_you)) and not $kin)) and phone_count > 0 and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule account_press_key_callback : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A robocall's script sent as a text: 'press 1 to speak to an agent' about a charge, order or account, from a person's number (a text has no keys to press)"
  strings:
    $press = /\bpress [0-9#*]\b|(请按|請按)[0-9]/
    $what = /\b(charged|charge|order|purchase|account|subscription|renew\w{0,4}|refund|verify|cancel|speak|agent|representative|support|officer|department|suspended|fraud)\b|(查询|查詢|详情|詳情|领取|領取|包裹|文件|账户|賬戶|冻结|凍結)/
  condition:
    $press and $what and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule account_care_callback : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A refund, cancellation or KYC 'customer care' number to call, from a person's number (the fake helpline)"
  strings:
    $why = /\b(refund|cancel\w{0,4}|cashback|kyc|order|payment failed|reversal)\b/
    $care = /\b(customer care|customer service|helpline|help line|support number|care number|toll-?free)\b/
  condition:
    // contact_count: the vocabulary's ways to get in touch (call, karein, whatsapp ...), counted
    // once; a pattern on "call" would be verified at every word of hostile "call call ..." text
    $why and $care and contact_count > 0 and phone_count > 0 and sender_kind == "phone"
    and (sender_line == "mobile" or sender_line == "fixed_line_or_mobile" or sender_line == "unknown")
}

rule account_locked_ar : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A bank card or account stopped, suspended or needing its data updated, in Arabic, with a link or a number"
  strings:
    $what = /(بطاقتك|حسابك|البطاقة المصرفية|بطاقتك المصرفية|الحساب البنكي|بطاقة الصراف)/
    $bad = /(إيقاف|ايقاف|تعليق|تجميد|حظر|تم إيقاف|تحديث بيانات|تحديث البيانات|تحديث بياناتك)/
  condition:
    $what and $bad and (url_count > 0 or phone_count > 0 or contact_count > 0)
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule account_credit_record_cancel_zh : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "'A student or online loan account you opened must be cancelled or your credit record suffers, call customer service' (注销校园贷 ... 影响征信): the Chinese account-cancellation scam"
  strings:
    $cancel = /(注销|关闭|取消)/
    $credit = /(征信|信用记录|个人信用)/
    $call = /(回电|致电|拨打|联系|客服|电话)/
  condition:
    $cancel and $credit and $call and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule account_payment_redirection : phishing
{
  meta:
    action = "junk"
    weight = 2.5
    description = "A landlord, supplier or employer 'changed bank accounts': pay the rent or invoice to the new one (the payment-redirection fraud); or a 'landlord', letting agent or property manager whose deposit or bond refund is ready asks for the account number, sort code, BSB or routing number (English: US, UK, AU, NZ)"
  strings:
    $changed = /\b(changed|new|updated|switched) (our |my |the )?(bank|banking|account|payment) (account|accounts|details|info|information)\b|\bold (account|bank account) (is|has been|was) (closed|frozen|suspended)\b|\b(my|our) new (bank )?account\b/
    $pay = /\b(send|pay|transfer|deposit) (this month'?s |this year'?s |the |your |all )?(rent|invoice|payment|salary|fees?|deposit)\b/
    // the deposit or bond refund "ready" or "approved" ...
    $refund = /\b(deposit|bond) (refund|return|reimbursement)\b|\b(refund|return|release|reimburse) (of )?(your|the) (full |security |tenancy |rental |rent |damage |holding )?(deposit|bond)\b|\b(deposit|bond)\b.{0,40}\b(ready to be|to be|will be|has been|is being) (refunded|returned|released|reimbursed)\b/
    // ... then the bank details asked for by text: a routing number, sort code, BSB, IBAN or account number
    $bank = /\b(routing|sort code|bsb|aba|transit number|iban)\b|\b(bank|banking) (account|acct) (number|no|details)\b|\baccount (number|no|#)\b/
    $ask = /\b(provide|send|reply with|text|forward|share|confirm|furnish|update)( us| me)?( with)? (your |the )?(full name|bank|banking|account|acct|routing|sort code|bsb|name|iban)\b/
    // in an office's voice (a tenant's own landlord writes "can you send me your sort code")
    $formal = /\b(kindly|please provide|ready to be (refunded|returned|released|paid)|has been (approved|processed|released|initiated)|is (approved|pending|being processed|ready for (processing|release|payment))|to (process|complete|release|receive|finali[sz]e) (the|your|it|this)|for (processing|verification)|direct deposit|so (we|i) can (process|release|complete|initiate)|dear (tenant|resident|customer|sir|madam))\b/
    $friendly = /\b(lol|haha|cheers|mate|xx|thanks for (leaving|being|the)|hope (you|the|your))\b/
  condition:
    (($changed and $pay) or ($refund and $bank and $ask and $formal and not $friendly))
    and (sender_kind == "phone" or sender_kind == "email")
}

rule account_dating_verification : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A date who asks you to 'verify' on a safety site with your card before meeting: the dating verification lure"
  strings:
    $verify = /\b(verify|verification|verified|get verified)\b/
    $site = /\b(safety|safe|security|dating|id) (site|link|app|platform|check|verification)\b|\bprove (you'?re|you are|that you'?re) (over 18|real|not a (bot|cop|catfish))\b/
    $card = /\b(card|credit card|debit card|free|18\+|over 18)\b/
  condition:
    $verify and $site and $card and url_count > 0 and (sender_kind == "phone" or sender_kind == "email")
}

rule account_gaming_report_lure : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "'I accidentally reported your Steam/Discord account, message the admin to fix it or you'll be banned': the gaming account takeover"
  strings:
    $report = /\b(accidentally|mistakenly|by mistake|wrongly) reported (your|ur) ([a-z]{1,12} )?(account|profile)\b/
    $admin = /\b(admin|moderator|support|staff)\b/
  condition:
    $report and $admin and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule account_auto_warranty_robotext : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "'Your vehicle's warranty is about to expire, reply 1 to extend': the auto-warranty robotext"
  strings:
    $w = /\b(vehicle|car|auto|factory|extended)('s)? (factory |extended )?warranty\b/
    $end = /\b(expire|expires|expiring|expired|about to end|final (notice|attempt)|last chance|ends soon|coverage ends)\b/
    $act = /\b(reply|press|call|text) "?[0-9a-z]{1,3}"? to (extend|renew|speak|keep)\b|\bto (extend|renew) (your )?coverage\b/
  condition:
    $w and $end and $act and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule account_disaster_donation_link : phishing
{
  meta:
    action = "junk"
    weight = 2.5
    description = "A disaster appeal with a donation link of unknown standing from a person's number: the fake-charity lure after every hurricane, flood or earthquake"
  strings:
    $d = /\b(donate|donation|donations|give now|your gift)\b/
    $event = /\b(hurricane|earthquake|flood|floods|wildfire|wildfires|typhoon|cyclone|tsunami|victims|relief)\b/
  condition:
    $d and $event and url_count > brand_link_count + platform_url_count + named_url_count and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule account_locked_ru : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "An account or card said to be blocked, in Russian (Госуслуги, банк), with a link or a number"
  strings:
    $a = /(аккаунт|учетная запись|учётная запись|личный кабинет|карта|карту|счет|счёт)/
    $b = /(заблокирован|приостановлен|ограничен|взломан)/
  condition:
    $a and $b and (url_count > 0 or phone_count > 0 or contact_count > 0) and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule account_callback_ko_zh : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Korean and Chinese call-back lures: an overseas payment 'approved, call if it wasn't you', or a card approval abroad or an expensive order paid 'if you did not pay or order, call the centre' from a mobile or under the international-sender tag (not a card issuer's alert from its service number), a wedding or funeral notice with a link, a government low-rate loan, an auto-deducted service to cancel through customer service, a boss's new number asking for WeChat; a crypto withdrawal or an antivirus renewal 'not requested by you, call', a card issued in your name 'if you did not apply, call the card company', a card or an account stopped, or a certificate expiring, with a call-back from a mobile or at an impersonator's link (Korean); an order or an account wrongly set as a wholesaler or a member with monthly debits, cancel through customer service (Chinese)"
  strings:
    $ko_pay = /(해외결제|결제완료|승인)/
    $ko_notme = /(본인 아닐|본인이 아닐|본인 아님|본인 아니|정상결제가 아닐|정상 결제가 아닐|아닐 경우)/
    $ko_invite = /(청첩장|부고|돌잔치)/
    $ko_loan = /(대출|대환).{0,40}(선정|대상자)/
    $zh_fee = /(自动扣费|扣费|开通了|自動扣款|扣款|自動扣費)/
    $zh_cancel = /(取消|关闭|關閉|解除)/
    $zh_cs = /(客服|qq|微信)/
    $zh_boss = /(新号码|新号|换号).{0,60}(微信|加我|加一下)/
    $zh_title = /(总|董事长|老板|领导)/
    // a card approval abroad or an order paid for an expensive item, "if you did not order or pay, call the centre",
    // from a mobile or under the carrier's international tag (a card issuer writes from its service number)
    $ko_paid = /(해외 ?(결제|승인|사용)|결제 ?(완료|승인|되었|처리)|승인 ?(완료|되었)|주문 ?(완료|접수|결제)|구매 ?(완료|확정))/
    $ko_notyou = /(본인 ?(결제|사용|주문|구매)(가|이)? ?(아니|아닌|아닐)|본인이 ?(아니|아닌|아닐)|(주문|구매|결제|사용)(하지 ?않|한 ?적 ?(이 )?없|을 ?안)|명의 ?도용|미사용 ?시|(결제|주문) ?취소 ?(문의|요청|접수))/
    $ko_centre = /(고객 ?센터|상담 ?센터|소비자 ?(보호 ?)?센터|신고 ?센터|문의|연락|신고|전화)/
    $ko_dial = /(15|16|18)[0-9][0-9] ?- ?[0-9]|0(2|70|80) ?- ?[0-9]/
    $ko_tag = /\[(국제발신|국외발신|해외발신)\]/
    $ko_told = /(피싱|스미싱|사기|조심|맞지|맞아|왔는데|하래|이거|ᄏᄏ|엄마|아빠|뉴스|기사|된대|됐대|했대)/
    // a withdrawal, a transfer or a renewal paid (a crypto exchange, an antivirus), "if you did not request it" or "to
    // cancel and refund, call" (a card, an account or the banking access stopped or frozen is below)
    $ko_paid2 = /(출금|인출|송금|이체|자동 ?갱신|구독|연장|[0-9]원 ?승인|승인 ?\((해외|국외))/
    $ko_notyou2 = /(요청하지 ?않|신청하지 ?않|하지 ?않으셨다면|(취소|환불).{0,60}(전화|연락|문의))/
    // the certificate or the security card expiring, the account, the card or the banking access stopped or frozen
    $ko_cert = /(공동인증서|공인인증서|금융인증서|인증서|보안카드|otp).{0,40}(만료|갱신|재발급|폐기|정지|중지|효력)/
    $ko_lock = /(사용 ?정지|이용 ?정지|거래 ?정지|계좌 ?정지|지급 ?정지|정지되었|정지 ?처리|동결되었|동결 ?처리|잠금 ?처리|잠겼습니다|차단되었|제한되었|중지되었)/
    // a card issued in your name that you did not apply for: "call the card company"
    $ko_issued = /(카드|신용카드|체크카드).{0,40}(발급|배송|발송)/
    $ko_notapp = /(신청하지 ?않|신청한 ?적|신청하신 ?적|본인 ?신청이 ?아닌|명의 ?도용)/
    // Chinese: an order or an account wrongly set as a wholesaler, an agent or a member, charged every month, to cancel
    // with customer service
    $zh_whole = /(批发|批發|代理商|经销商|經銷商|分销商|分銷商|批发代理|商家会员|商家會員|会员服务|會員服務|分期)/
    $zh_err = /(误|誤|错误|錯誤|不小心|系统问题|系統問題)/
    $zh_debit = /(扣款|扣费|扣費|扣除|收费|收費|扣钱|扣錢)/
  condition:
    (($ko_pay and $ko_notme and (phone_count > 0 or contact_count > 0)) or ($ko_invite and url_count > 0) or ($ko_loan and (phone_count > 0 or contact_count > 0))
    or ((($ko_paid or $ko_paid2) and ($ko_notyou or $ko_notyou2)) or ($ko_issued and $ko_notapp) or $ko_lock)
      and $ko_centre and not $ko_told and (phone_count > 0 or contact_count > 0 or url_count > 0 or $ko_dial)
      and sender_kind == "phone" and (sender_line == "mobile" or $ko_tag)
    or (($ko_cert or $ko_lock) and not $ko_told and account_lure_link
      and (sender_line == "mobile" or $ko_tag or brand_mismatch_count > 0 or deceptive_url_count > 0 or risky_tld_count > 0 or shortener_count > 0))
    or ($zh_whole and $zh_err and $zh_debit and $zh_cancel and ($zh_cs or phone_count > 0 or contact_count > 0))
    or ($zh_fee and $zh_cancel and $zh_cs) or ($zh_boss and $zh_title))
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

// A charge, a purchase, a crypto withdrawal or a subscription renewed that the reader did not make, "if it wasn't you,
// call" or "to cancel and get a refund, call within 24 hours", from a person's number (the bank's, the shop's or the
// exchange's own alert comes from its sender id, its short code or its toll-free line and sends to its app)
rule account_charge_callback_intl : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A card charge, a purchase, a crypto exchange withdrawal or an antivirus or software subscription renewed, 'if it wasn't you, call' or 'to cancel and get a refund, call within 24 hours', from a person's number (Greek and Greeklish, Croatian, Serbian and Bosnian, Japanese, Simplified and Traditional Chinese)"
  strings:
    // Greek (a letter is two bytes): the charge, the "not you", the refund, the call
    $el_chg = /(χρ(έ|ε)ωση|χρε(ώ|ω)θηκε|εγκρ(ί|ι)θηκε|αγορ(ά|α) |αν(ά|α)ληψη|ανανε(ώ|ω)θηκε|συνδρομ(ή|η)|παραγγελ(ί|ι)α|πληρωμ(ή|η)|συναλλαγ(ή|η)|\bxrewsi|\bxreosi|\bagora|\banalipsi)/
    $el_not = /(αν δεν (την |το |τις |τα )?(πραγματοποι(ή|η)σατε|κ(ά|α)νατε|ζητ(ή|η)σατε|εγκρ(ί|ι)νατε|αναγνωρ(ί|ι)ζετε|(ή|η)σασταν εσε(ί|ι)ς)|δεν (την |το )?αναγνωρ(ί|ι)ζετε|δεν (ή|η)σασταν εσε(ί|ι)ς|σε περ(ί|ι)πτωση που δεν|\ban den (tin |to )?(kanate|pragmatopoiisate|zitisate|egkrinate|isastan))/
    $el_ref = /(επιστροφ(ή|η) (χρημ(ά|α)των|του ποσο(ύ|υ))|επιστροφ(ή|η) ποσο(ύ|υ))/
    $el_renew = /(ανανε(ώ|ω)θηκε|αν(ά|α)νεωση|συνδρομ(ή|η)|ετ(ή|η)σια|αυτ(ό|ο)ματα)/
    $el_call = /(καλ(έ|ε)στε|τηλεφων(ή|η)στε|επικοινων(ή|η)στε|\bkaleste|\btilefoniste)/
    // Croatian, Serbian and Bosnian (accents folded)
    $hr_chg = /\b(tereceno|tereceni|terecenje|transakcij[a-z]{1,2}|kupnj[a-z]|kupovin[a-z]|placanj[a-z]|isplat[a-z]|povlacenj[a-z]|pretplat[a-z]|obnovljen[a-z]{0,2}|narudzb[a-z]|uplat[a-z]|odobren[a-z]{0,2})\b/
    $hr_not = /\bako (to |ga |je )?(niste|nisi) (vi|bili vi|izvrsili|odobrili|narucili|podnijeli|podneli|zatrazili|prepoznali)\b|\bne prepoznajete\b/
    $hr_ref = /\b(povrat (novca|sredstava|uplate))\b/
    $hr_renew = /\b(pretplat[a-z]|obnovljen[a-z]{0,2}|obnov[a-z]|produljen[a-z]{0,2}|produzen[a-z]{0,2}|automatski|godisnj[a-z]{1,2}|clanarin[a-z])\b/
    $hr_call = /\b(nazovite|pozovite|zovite|kontaktirajte|javite se)\b/
    // Japanese
    $ja_chg = /(ご注文|注文が確定|決済|ご利用|出金|送金|更新料|自動更新|請求|引き落とし|お支払い|購入)/
    $ja_not = /(心当たりがない|心当たりのない|身に覚えのない|身に覚えがない|ご本人.{0,12}でない|ご自身.{0,12}でない)/
    $ja_ref = /返金/
    $ja_renew = /(更新|自動更新|年間|年額|サブスク|会員|定期)/
    $ja_call = /(お電話|ご連絡)/
    // Chinese, Simplified and Traditional
    $zh_chg = /(付款|支付|消费|消費|扣款|扣费|扣費|续费|續費|提币|提幣|提现|提現|转账|轉帳|订单|訂單|购买|購買)/
    $zh_not = /(如非本人|非本人操作|非本人交易|不是您本人|不是本人|如不是您|若非本人|如非閣下|並非本人|并非本人)/
    $zh_ref = /(退款|退费|退費)/
    $zh_renew = /(续费|續費|自动续|自動續|年费|年費|会员|會員|订阅|訂閱)/
    $zh_call = /(致电|致電|拨打|撥打|联系|聯繫|聯絡|联络|电话|電話)/
    // a national number written after the call (an 8-digit Hong Kong or Korean number phone_count does not read)
    $zh_dial = /(致电|致電|拨打|撥打|联系|聯繫|聯絡|联络|电话|電話)[^0-9]{0,18}[0-9][0-9 -]{1,3}[0-9]/
    // a person's own charge, a relative, or a warning about such texts
    $me = /(μου |μαμ(ά|α)|μπαμπ(ά|α)|(ε(ί|ι)ναι|ε(ί|ι)ναι μια) απ(ά|α)τη|απ(ά|α)τη ε(ί|ι)ναι|お母さん|母さん|詐欺|私の|我的|妈|媽|诈骗|詐騙|骗子|騙子)|\b(moj[a-z]{0,2}|mama|tata|prevar[a-z]{1,3}|lol)\b/
  condition:
    // (the refund only on a renewal or a subscription: a shop's "to cancel the order, call" is no lure)
    (($el_chg and ($el_not or ($el_ref and $el_renew)) and $el_call) or ($hr_chg and ($hr_not or ($hr_ref and $hr_renew)) and $hr_call)
      or ($ja_chg and ($ja_not or ($ja_ref and $ja_renew)) and $ja_call) or ($zh_chg and ($zh_not or ($zh_ref and $zh_renew)) and $zh_call))
    and (phone_count > 0 or $zh_dial) and not $me
    and sender_kind == "phone" and sender_line != "toll_free" and sender_line != "unknown"
}

rule account_pension_release : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "'Unlock your pension early, tax free': the pension-release cold text (and France's 'your CPF training rights expire, call your adviser')"
  strings:
    $pension = /\b(pension|pensions|401k|superannuation|super fund)\b.{0,60}\b(early|before (55|retirement)|tax[- ]free|unlock|release)\b/
    $cpf = /\b(cpf|compte personnel de formation)\b.{0,80}\b(expire|expirent|perdre|perdus|droits)\b/
  condition:
    ($pension or $cpf) and (contact_count > 0 or phone_count > 0 or url_count > 0) and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule account_business_upgrade : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A payment held because the reader's account 'is not a business account' and must be upgraded (the marketplace buyer's and the fake payment app's fee)"
  strings:
    $biz = /\b(not a business account|upgrade(d)? (it |your account |the account |your [a-z]{1,10} )?to a business account|business account (upgrade|fee|activation))\b/
    $money = /\b(payment|funds|money|receive|pending|release|sent)\b/
  condition:
    $biz and $money
}

rule account_refund_agent_zh : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A shop's 'customer service' offering a compensation or refund for a faulty order, to be arranged on QQ, WeChat or an app to download (Chinese); not the anti-fraud centre's or the police's warning that names this story as a scam"
  strings:
    // (a Chinese letter is three bytes: the gaps are counted in bytes)
    $who = /(客服|售后|店家|快递公司)/
    $offer = /(理赔|退款|赔偿|赔付|退还)/
    $move = /(加qq|加 qq|qq[0-9 ]{1,3}|qq号|加微信|添加微信|(添加|加)(客服|官方|专员|售后|工作人员)(的)?(qq|微信)|钉钉|下载.{0,30}(app|软件)|屏幕共享)/
    // The anti-fraud centre's or the police's public warning names the same story to warn of it: "anyone who
    // claims to be customer service and offers a refund is a scammer" ... (都是诈骗, 均为骗子) ...
    $warn = /(都是|均是|均为|全是|一律是|就是|肯定是)(诈骗|骗子|骗局|詐騙|騙子|騙局)|(谨防|謹防|警惕|提高警惕|请勿轻信|切勿|不要轻信|不要相信)/
    // ... signed by it (【国家反诈中心】, 【XX公安局】, 【反诈提醒】) or sent from its short numbers (12381, 96110)
    $sig = /【.{0,30}(反诈|反詐|公安|警方|派出所|网警|警务|警察|反电信网络诈骗).{0,30}】/
    // ... with no handle of its own to add, no link and no number to call
    $handle = /(qq|微信|vx|v信)(号)?(:| ){0,2}[0-9a-z_]{1,8}[0-9]/
  condition:
    $who and $offer and $move
    and not ($warn and ($sig or sender == "shortcode:12381" or sender == "shortcode:96110") and not $handle and url_count == 0)
}

rule account_locked_sw_am : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A mobile-money or bank account said to be closed or blocked, call or tap to open it (Swahili, Amharic); or, from a person's number or at an impersonator's link, 'your account, line or M-PESA will be suspended or closed (tonight), confirm your details here, enter your PIN, call the officer now' (Swahili, Amharic in Ge'ez script, Luganda, Kinyarwanda), or a wallet or mobile banking blocked or 'upgraded' with an officer to call or a PIN to enter (East African English): banks and wallets write from their sender ids and never ask for the PIN"
  strings:
    $sw = /\b(akaunti|laini)( yako)?( ya [a-z-]{1,12})? (imefungwa|imezuiwa|imesimamishwa)\b/
    $am = /(አካውንትዎ|ሂሳብዎ) (ታግዷል|ተዘግቷል)/
    $act = /\b(piga|bonyeza|fungua|kuifungua)\b|(ይጫኑ|ይደውሉ)/
    // Swahili: "your" account, line or wallet (yako) to be suspended, closed, blocked or switched off ...
    $sw2 = /\b(akaunti|account|laini|line|m-?pesa|mpesa|tigo ?pesa|airtel money|halo ?pesa|mixx|kadi) (yako|yenu)\b.{0,60}\b(itasimamishwa|inasimamishwa|imesimamishwa|isisimamishwe|itafungwa|inafungwa|imefungwa|isifungwe|itafungiwa|imefungiwa|itazuiwa|imezuiwa|isizuiwe|itasitishwa|inasitishwa|imesitishwa|isisitishwe|itazimwa|inazimwa|imezimwa|isizimwe|imeblockiwa|itablockiwa|ina tatizo)\b/
    // ... and the lure: confirm or update your details, tap, enter the PIN, call (me) now
    $sw_do = /\b(thibitisha|kuthibitisha|hakiki|kuhakiki|sasisha|kusasisha|huisha|kuhuisha|bofya|bonyeza|fungua|kuifungua|ingiza|weka|piga|nipigie|tupigie|wasiliana)\b/
    $sw_me = /\b(nipigie|tupigie|namba hii)\b/
    $sw_no = /\b(kamwe|usimpe|usimtumie|usitume|usishiriki|tapeli|matapeli|utapeli|tahadhari|haitakuomba|hatutakuomba|hatutawahi)\b/
    // Amharic (a Ge'ez letter is three bytes: gaps in bytes): your account, telebirr, service or line blocked, closed or cut ...
    $am2 = /(አካውንትዎ|አካውንትህ|አካውንትሽ|ሂሳብዎ|ሂሳብህ|ሂሳብሽ|ቴሌብርዎ|አገልግሎትዎ|ካርድዎ|መስመርዎ).{0,90}(ታግዷል|ተዘግቷል|ይዘጋል|ይታገዳል|ሊዘጋ|ሊታገድ|እገዳ|ተቋርጧል|ይቋረጣል|ሊቋረጥ|እንዳይዘጋ|እንዳይታገድ|ተቆልፏል|ይቆለፋል)/
    // ... confirm here, click, call (me), enter, renew, update
    $am_do = /(ያረጋግጡ|አረጋግጥ|አረጋግጪ|ይጫኑ|ተጫን|ይደውሉ|ደውልልኝ|ደውይልኝ|ይደውሉልኝ|ደውሉልኝ|ያድሱ|ያስገቡ|አስገባ|ያሻሽሉ|ያዘምኑ)/
    $am_me = /(ደውልልኝ|ደውይልኝ|ይደውሉልኝ|ደውሉልኝ|በዚህ ቁጥር)/
    $am_no = /(ለማንም|አያጋሩ|አታጋሩ|አይጠይቅም|አንጠይቅም|ማጭበርበር|አጭበርባሪ|ይጠንቀቁ)/
    // Luganda: your account, line or MoMo (yo) to be closed or stopped, or out of service ...
    $lg2 = /\b(akawunti|akaawunti|account|layini|laini|momo|mobile money|airtel money|kaadi|ssimu|sim card|mobile banking) (yo|yammwe)\b.{0,60}\b(kuggalwa|eggaddwa|eggaliddwa|eyimiriziddwa|kuyimirizibwa|tegenda kukola|tejja kukola|erimu obuzibu|esaziddwamu|kusazibwamu)\b/
    // ... confirm your details, enter, press, call (me)
    $lg_do = /\b(kakasa|okakasa|okukakasa|kakasizza|okakasizza|yingiza|teekamu|nyiga|kuba|nkubira|tukubire|mukubire|ggulawo|giggulewo|okugiggulawo)\b/
    $lg_me = /\b(nkubira|tukubire|namba eno|ennamba eno)\b/
    $lg_no = /\b(tewali muntu|togimpa|togiwa|mubbi|ababbi|abafere|obufere|tegenda kukusaba)\b/
    // Kinyarwanda: your account, SIM or line (yawe, wawe) to be closed or suspended, or in danger ...
    $rw2 = /\b(konti|konte|account|simukadi|sim card|umurongo|nimero|momo|mobile money|mobile banking|airtel money|ikarita) (yawe|yanyu|wawe|ryawe)\b.{0,60}\b(izafungwa|irafungwa|yafunzwe|yafungwe|ifunzwe|izahagarikwa|irahagarikwa|yahagaritswe|ihagaritswe|uzafungwa|urafungwa|wafunzwe|uzahagarikwa|wahagaritswe|iri mu kaga|idafungwa|itazafungwa|izakurwaho)\b/
    // ... confirm, press, enter, call (me), renew
    $rw_do = /\b(emeza|wemeze|kwemeza|utemeje|kanda|shyiramo|ushyiramo|hamagara|mpamagara|muhamagare|uhamagare|duhamagare|vugurura|kuvugurura|uyifungure|kuyifungura)\b/
    $rw_me = /\b(mpamagara|muhamagare|duhamagare|iyi nimero)\b/
    $rw_no = /\b(ntugahe|ntuzigere|ntimuzahe|abatekamutwe|ubutekamutwe|uwo ari we wese|ntizigera|ntizizigera)\b/
    // East African English: a wallet or mobile banking ...
    $ea_wallet = /\b(m-?pesa|mpesa|momo|mobile money|airtel money|tigo ?pesa|halo ?pesa|telebirr|cbe ?birr|mobile banking|sim banking|wallet)\b/
    // ... blocked, suspended or being "upgraded" ...
    $ea_bad = /\b(suspended|blocked|deactivated|closed|frozen|on hold|restricted|barred|disabled|upgrad\w{0,3})\b/
    // ... with an officer or customer care to call, or the PIN to enter
    $ea_call = /\b(call|contact|reach)( our| the| your)? (officer|agent|customer care officer|customer care agent|bank officer|account officer|relationship officer|manager)\b/
    $ea_pin = /\benter (your|ur) (m-?pin|pin|secret pin|pin number|account number)\b/
    $ea_no = /\b(never|do not share|don't share|dont share|scam|scammers|fraudsters|my|i'll|i will)\b/
    // a relative or a friend writing ("Mama, ...", "Maama, ...", "እማዬ፣ ...")
    $kin = /^(mama|mamaa|maama|baba|taata|papa|data|kaka|dada|bro|sis|mpenzi|babe|shangazi|mjomba|ssenga|kojja|jjajja|muvandimwe|mukuru)\b|^(እማዬ|እማ|አባዬ|ወንድሜ|እህቴ|ውዴ)/
  condition:
    (($sw or $am) and ($act or url_count > 0 or phone_count > 0))
    or (((($sw2 and $sw_do and ($sw_me or url_count > 0 or phone_count > 0) and not $sw_no)
        or ($am2 and $am_do and ($am_me or url_count > 0 or phone_count > 0) and not $am_no)
        or ($lg2 and $lg_do and ($lg_me or url_count > 0 or phone_count > 0) and not $lg_no)
        or ($rw2 and $rw_do and ($rw_me or url_count > 0 or phone_count > 0) and not $rw_no))
        and ((sender_kind != "alpha" and sender_kind != "shortcode") or account_lure_link))
      or ($ea_wallet and $ea_bad and (($ea_call and phone_count > 0) or ($ea_pin and account_lure_link)) and not $ea_no
        and sender_kind != "alpha" and sender_kind != "shortcode"))
      and not $kin and not account_reported_message
}

rule account_locked_west_africa : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A bank's or wallet's 'customer care' from a person's number or at an impersonator's link: your account, ATM card or wallet is blocked, closed or expired (BVN, NIN or Ghana Card not linked), call this number, send the BVN, PIN or OTP, or tap to update (Yoruba, Hausa, Igbo, Twi; French of Cote d'Ivoire, Senegal and Cameroon: Orange Money, Wave, MTN MoMo, Moov Money): banks and wallets write from their sender ids and never ask for the PIN"
  strings:
    // Yoruba: your (yin, re) account, card or wallet ... blocked, closed, expired (the word order varies: "a o dina akanti yin")
    $yo = /\b(akanti|akaunti|kaadi|wallet)( [a-z]{1,10}){0,2} (yin|re)\b/
    $yo_blk = /\b(dina|didina|titi pa|ti pa|pipade|ti pari|daduro|da duro|dawo duro)\b/
    // Hausa: your (-nka, -nki, dinka) account, card or wallet ... closed, blocked, locked, stopped, expired
    $ha = /\b(asusunka|asusunki|asusunku|asusun ajiyarka|asusun ajiyarki|katinka|katinki|katin atm dinka|katin atm dinki|walat dinka|walat dinki)\b/
    $ha_blk = /\b(rufe|rufewa|toshe|toshewa|kulle|dakatar|ya kare|ya ƙare)\b/
    // Igbo (dots under the vowels folded): your (gi) account or card ... blocked, closed, stopped, expired
    $ig = /\b(akauntu|kaadi|wallet)( [a-z]{1,10}){0,2} gi\b/
    $ig_blk = /\b(egbochi|egbochiri|emechi|mechie|akwusi|ekwusila|agwula|kpochie|akpochiri)\b/
    // Twi (wo: your; the open vowels written as e and o or as themselves): account, wallet, card or MoMo ... blocked, closed, expired
    $tw = /\bwo ([a-z]{1,10} ){0,2}(account|wallet|card|momo|cash|akawnt)\b/
    $tw_blk = /\b(block|blocked|aba awie)\b|to mu\b/
    // French (Cote d'Ivoire, Senegal, Cameroon): the wallet or bank account or card blocked, suspended, closed or expired ...
    $fr = /\b(compte|carte|portefeuille)\b.{0,60}\b(bloque|suspendu|desactive|ferme|expire|cloture|restreint)/
    $fr_who = /\b(orange money|wave|momo|mobile money|moov money|flooz|free money|wari|cher client|chere cliente|cher abonne|chere abonnee|carte bancaire|service client)\b/
    // ... call this number back, or give the secret code or the code received
    $fr_do = /\b(rappelez|appelez|contactez|composez|joignez|ce numero|code secret|code recu|code que vous|code confidentiel)\b/
    // the call-back, a number to call, or the secrets asked for
    $this_num = /\b(nomba yii|nomba yi|nomba a|wannan lamba|wannan lambar|saa n(o|ɔ)ma yi|this number)\b/
    $secret = /\b(bvn|pin|otp|cvv|koodu|lambar sirri|lambobi)\b/
    // the bank's own warning ("never share it": ma se, kada ka, egbula, mma obiara, jamais), or a relative's own account
    $never = /\b(never|ma se|ma fun|enikeni|kada ka|kada ki|kowa|ba za mu|egbula|agaghi|o bula|mma obiara|mfre wo da|jamais|ne communiquez|ne partagez|ne donnez)\b/
    $kin = /\b(mama|maama|maame|baba|egbon|aburo|nwanne|papa|maman|daddy|mummy|abeg|akanti mi|kaadi mi|katina|asusuna|kaadi m|akauntu m|me momo|me account|mon compte|ma carte|je vais|agence)\b/
  condition:
    (((($yo and $yo_blk) or ($ha and $ha_blk) or ($ig and $ig_blk) or ($tw and $tw_blk))
      and (phone_count > 0 or $this_num or $secret or account_lure_link)
      and (sender_kind == "phone" or account_lure_link))
    or ($fr and $fr_who and $fr_do and sender_kind == "phone"))
    and not $never and not $kin and not account_reported_message
}

rule account_card_details_ua_ru : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A payment or aid to receive by entering card details (Ukrainian, Russian)"
  strings:
    $enter = /(введіть|введите|вкажіть|укажите) (дані|данные|реквізити|реквизиты) (картки|карты)/
  condition:
    $enter
}

rule account_thai_lures : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Thai account and authority lures: an account suspended pending confirmation, a power authority's deposit refund, the DSI about your bank account"
  strings:
    // (a Thai letter is three bytes: the gaps are counted in bytes)
    $suspended = /บัญชีของท่านถูกระงับ/
    $refund = /(การไฟฟ้า|pea|กฟภ).{0,150}(เงินคืน|คืนเงิน)/
    $dsi = /(กรมสอบสวนคดีพิเศษ|ดีเอสไอ|\bdsi\b).{0,150}(บัญชี|ฟอกเงิน)/
  condition:
    any of them and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule account_kyc_agent_chat : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A BVN, NIN or KYC update, a blocked ATM card or account: update it with 'our agent' on WhatsApp, or a 'head office' or 'your bank' caller asks for the BVN, the card details or last digits, the 3 digits on the back, the PIN or the OTP ; or a bank's 'your account will be blocked or suspended (BVN upgrade, KYC, Ghana Card linkage), kindly call <number>' from a person's mobile (English, Pidgin, romanised Hindi, Hindi; Nigeria, Ghana, Kenya, India): banks update identity records in their apps and branches, and write from sender ids and short codes"
  strings:
    $kyc = /\b(bvn|nin|kyc|kyc details|biometric|aadhaa?r|pan|cnic|national id)\b/
    $threat = /\b(restricted|blocked|suspended|deactivated|frozen|closed|band ho|block ho)\b/
    $agent = /\b(our|the|an?) (agent|officer|representative|account officer)\b.{0,30}\b(on|via|through) (whats ?app|telegram|this number)\b|\b(whats ?app|call|contact) (our|the) (agent|officer|account officer)\b/
    // the "head office" caller: a BVN or KYC revalidation or a blocked ATM card to reactivate ...
    $head = /\b(head ?office|headquarters|head quarters|corporate office)\b|(हेड ऑफिस|हेड ऑफ़िस|मुख्यालय|मुख्य कार्यालय)/
    // ... or plainly "your bank" speaking: "we are (calling) from your bank", "na your bank", "we be from your bank"
    // ... or a bank by name ("this is Ecobank", "hello from Equity Bank", "dear customer") with the
    // account to be blocked (a relative's "your account was blocked? send your BVN to their care desk" has no bank's voice)
    $acct = /\b(your|ur) (bank |savings |current )?(account|acct|a\/c)\b.{0,60}\b(blocked|block|deactivated|deactivate|suspended|suspend|restricted|frozen|freeze|closed|disabled)\b|\b(go|don|wan|will|dey) (block|close|freeze|restrict) (your|ur) (bank )?(account|acct)\b/
    $bank_voice = /\b(this is|hello from|greetings from|calling from|message from|we are from|i am from|i'm from|we are|we're|na) ([a-z]{1,12} ){0,2}([a-z]{1,10})?bank\b|\bdear (valued |esteemed )?customer\b/
    $your_bank = /\b(we are|we're|i am|i'm|this is|we be|e be) (calling |messaging |writing |texting )?(from )?(your|ur) bank\b|\b(calling|messaging|writing|texting|message) from (your|ur) bank\b|\bna (from )?(your|ur) bank (we|i) (dey|be)\b/
    $story = /\b(bvn|kyc|nin)\b.{0,30}\b(re-?validat\w{0,5}|validat\w{0,5}|verif\w{0,8}|updat\w{0,3}|upgrad\w{0,3}|link\w{0,3})|\b(your|ur|aapka|apka|aapke|apke) (atm |debit |bank |master ?|verve |visa )?card\b.{0,40}\b(blocked|block|deactivated|suspended|restricted|expired|band)\b|\breactivat\w{0,5} (your|the|it)\b|(आपका|आपके) (एटीएम |डेबिट |बैंक )?(कार्ड|खाता|अकाउंट).{0,60}(ब्लॉक|बंद)|केवाईसी/
    // ... then the secrets asked for: the BVN, the card's last digits, the 3 digits on the back, the OTP
    $ask = /\b(send|provide|give|tell|confirm|share|forward|drop|read|reply with|text)( us| me)? (your |the |ur )?(bvn|cvv|cvc|otp|atm pin|card pin|pin|card number|atm card number|card details|atm card details|(last|first) (4|6|four|six) (digits|numbers)|(3|three) (digits|numbers) (at|on|behind|for) (the )?back)\b/
    $ask_hi = /\bcard( ke| ka| par| pe)? (piche|peeche|pichhe|back side|last|aakhri|akhri|aakhiri)( ke| wale| ka| side ke)? ([0-9]|teen|char|chaar|chhe) (number|numbers|digit|digits|ank)\b|\b(otp|cvv|pin|bvn)( bhi| number| code)? (batayiye|bataiye|bataye|batayein|bataiyega|batao|bata do|bata dijiye|bata de|bhejiye|bhej dijiye|bhejo|bhej do|boliye|bolo|share karo|share kijiye|share karein)\b/
    // (a Devanagari letter is three bytes: the gaps are counted in bytes)
    $ask_deva = /कार्ड.{0,24}(पीछे|आखिरी|अंतिम|लास्ट).{0,24}(अंक|नंबर|डिजिट)|(ओटीपी|सीवीवी|पिन|otp|cvv).{0,12}(बताइए|बताइये|बताएं|बताएँ|बताओ|बता दीजिए|बता दें|भेजिए|भेजें|भेज दीजिए|शेयर करें)/
    // the bank's own warning: "we will never ask for your BVN or OTP"
    $never = /\b(never|will not ask|won't ask|do not share|don't share|dont share|kabhi|mat (batayein|bataye|batana|share)|scam|scams|scammers|fraudsters|no (send|give|share|tell) ([a-z]{1,10} ){0,3}(anybody|anyone|any person))\b|(कभी|न बताएं|ना बताएं|मत बताएं|साझा न करें|शेयर न करें)/
    // the bank's block notice sent from a person's mobile: the bank named, "dear customer" or an identity record
    // to update (BVN, NIN, KYC, Ghana Card, PAN) ...
    $notice = /\b(bvn|nin|kyc|e-?kyc|ghana ?card|pan|aadhaa?r|dear (valued |esteemed )?customer|[a-z]{0,10}bank|gtb|gtco|uba|zenith|fidelity|wema|opay|palmpay|moniepoint|kuda|stanbic|absa|kcb|ncba|m-?pesa|sbi|hdfc|icici|pnb)\b/
    // ... "your (First Bank) account or card will be blocked, suspended, restricted" ...
    $blk = /\b(your|ur) ([a-z-]{1,12} ){0,2}(account|acct|a\/c|card|wallet)\b.{0,60}\b(blocked|block|blocking|deactivated|deactivate|suspended|suspend|restricted|restrict|frozen|freeze|closed|disabled|barred|flagged|on hold)\b|\b(go|don|wan|will|dey) (block|close|freeze|restrict|suspend) (your|ur) ([a-z-]{1,12} )?(account|acct)\b/
    // ... and the call-back to "this number" (the sender's own) when none is written out
    $this_num = /\b(on|via|through|with|to) this (number|line)\b|\bcall (us )?back\b/
    // a friend telling of what "they" (the bank, the care desk) asked, not the bank's own voice
    $they = /\b(they|them|their)\b/
    // a relative or a friend passing on the news ("mummy the bank say make I update my BVN", "call the bank")
    $kin = /\b(my|our) (account|acct|bank|card|atm|bvn|nin)\b|\b(mummy|mumsy|daddy|mum|mom|dad|bro|sis|aunty|auntie|uncle|lol|haha)\b|\b(call|visit|go to) (the|your) (bank|branch)\b|\b(call|ring|flash|text) me\b/
  condition:
    ($kyc and $threat and $agent)
    or ((($story and ($ask or $ask_hi or $ask_deva)) or (($head or $your_bank) and $ask) or ($acct and $bank_voice and $ask)) and not $never
      and sender_kind != "alpha" and sender_kind != "shortcode")
    // the bank's "your account will be blocked today (BVN upgrade, KYC), kindly call <number>" from a person's
    // mobile in Nigeria, Ghana, Kenya or India: banks write from their sender ids and short codes
    or ($blk and $notice and (((phone_count > 0 or $this_num) and contact_count > 0) or ($ask and not $they))
      and not $never and not $kin and not account_reported_message
      and sender_kind == "phone" and (sender_line == "mobile" or sender_line == "fixed_line_or_mobile")
      and (sender_country == "NG" or sender_country == "GH" or sender_country == "KE" or sender_country == "IN"))
}

rule account_bill_paid_gift : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "'Your bill is paid, here's a little gift for you' with a link the brand does not own: the thank-you-gift lure"
  strings:
    $paid = /\b(bill|payment|invoice)( for [a-z]{3,9})? (is|was|has been) (paid|received|processed)\b/
    $gift = /\b(a (little |small |special )?(gift|reward|thank you|bonus) for you|thank-?you gift|here'?s a (little |small )?(gift|reward|thank you))\b/
  condition:
    $paid and $gift and url_count > brand_link_count + platform_url_count
}

rule account_card_digits_by_reply : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A stranger (a found wallet, a refund, a prize) asks by text for your name with the last four digits of your card or social security number"
  strings:
    $ask = /\b(send|text|reply with|confirm|provide|give)( me| us)? (your )?(full name|name|date of birth|dob|address|zip( code)?)( and| &|,) (the )?last (4|four) (digits )?(of|on) (your|the) (card|debit card|credit card|ssn|social|account)\b/
  condition:
    $ask and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule account_remote_access_app : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A refund, KYC or account 'helper' who asks you to install a screen-sharing app (AnyDesk, TeamViewer, QuickSupport): the account-takeover call"
  strings:
    $app = /\b(anydesk|any desk|teamviewer|team viewer|quicksupport|quick support|rustdesk|airdroid|screen ?share|screen sharing)\b/
    $get = /\b(download|install|open|download karo|install karo|download kijiye|install kijiye)\b/
    $why = /\b(refund|kyc|cashback|verify|verification|account|guide|help|support|process)\b/
  condition:
    $app and $get and $why and sender_kind != "alpha" and sender_kind != "shortcode"
}


rule account_shared_file_link : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "'Someone shared a photo or document with you, view it here' with a link of unknown standing from a person's number or an address: the credential-harvest share lure (English)"
  strings:
    $shared = /\b(shared|sent) (a |an |some |the |[0-9] )?(new )?(photos?|pictures?|pics?|images?|documents?|docs?|files?|albums?|videos?|pdfs?|folders?|spreadsheets?) with you\b/
    $view = /\b(view|open|see|access|review|download)\b/
    // a friend who shared it says so ("I shared the album with you")
    $i = /\b(i|we)( just| have|'ve)? (shared|sent)\b/
    // Google Photos' own share link (a shortener's host, not a platform's)
    $gphotos = /\bphotos\.app\.goo\.gl\//
  condition:
    $shared and $view and not $i and not $gphotos and url_count > brand_link_count + platform_url_count + named_url_count
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule account_carrier_pin_rep : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A mobile or cable carrier's 'rep' offering a loyalty discount or credit who asks you to confirm the account PIN, passcode or security code (English, Spanish): the port-out and SIM-swap lure"
  strings:
    $carrier = /\b(verizon|at&t|att|t-?mobile|xfinity|comcast|spectrum|sprint|cricket|metro ?pcs|boost mobile|us cellular|carrier|wireless)\b/
    $offer = /\b(loyalty|discount|credit|promo|promotion|rebate|lower (your|the) (bill|rate)|save|descuento|credito|lealtad|promocion|bonificacion|rebaja)\b/
    $pin = /\b(confirm|verify|provide|send|text|give|share|tell|read|reply with)( me| us)? (your |ur )(account |acct |security |transfer |port ?out |wireless |4-digit |4 digit )?(pin|passcode|pass code|security code|pin number|pin code)\b/
    $pin_es = /\b(confirme|confirma|verifique|verifica|proporcione|proporciona|envie|envia|enviame|digame|dime|comparta|comparte)( nos| me)? (su|tu) (pin|nip|codigo de seguridad|clave|contrasena|codigo pin)\b/
    // the carrier's own warning: "we will never ask for your PIN"
    $never = /\b(never|nunca|will not ask|won't ask|do not share|don't share|no comparta|no compartas)\b/
  condition:
    $carrier and $offer and ($pin or $pin_es) and not $never and sender_kind == "phone"
}

rule account_airline_callback : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "An airline's name (Delta, United, American, Southwest, Air India, Emirates ...) on a flight 'cancelled' or 'rescheduled', with a number to call to rebook for free or to receive a refund or compensation, sent from a mobile, landline or VoIP number (English): airlines write from short codes and sender ids, and their toll-free lines send to their own site"
  strings:
    // the airline by name, or as the airline's own voice ("United:" opens the message)
    $air = /\b(delta( air ?lines)?|united airlines|american airlines|southwest( airlines)?|jetblue|alaska airlines|spirit airlines|frontier airlines|allegiant|hawaiian airlines|sun country|air india|indigo|spicejet|vistara|akasa air|emirates|qatar airways|etihad|flydubai|lufthansa|british airways|virgin atlantic|air canada|westjet|klm|air france|turkish airlines|aeromexico|avianca|ryanair|easyjet|airlines|airways)\b|^united\b/
    // the flight (or the booking) cancelled, rescheduled or changed, said to the reader
    $flight = /\b(your|the) (flight|booking|reservation|itinerary|trip|departure)\b.{0,80}\b(has been|have been|was|is|been) (cancell?ed|rescheduled|re-scheduled|changed|modified|disrupted|delayed|moved)\b|\bflight (cancellation|cancell?ed|rescheduled|schedule change)\b/
    // what the call is for: rebooking at no cost, a refund, compensation
    $for = /\b(re-?book\w{0,3}|re-?schedul\w{1,4}|re-?accommodat\w{1,6}|alternat(e|ive) flight|new flight|compensation|refund|travel (credit|voucher)|free of (charge|cost)|at no (extra |additional )?(cost|charge)|for free)\b/
    // a person telling of their own trip
    $own = /\b(my|our) (flight|trip|booking)\b|\b(i|we) (have to|had to|need to|called|just)\b|\b(lol|ugh|omg|honey|babe|mom|mum|dad|i'm|we're)\b/
  condition:
    $air and $flight and $for and phone_count > 0 and not $own
    and sender_kind == "phone" and sender_line != "toll_free" and sender_line != "unknown"
}

rule account_reward_points_expiry_link : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A bank's or card's reward points (often 'worth Rs N') said to expire today or within hours, redeem through a link that is not the bank's: a look-alike of the bank's name, a host wearing another address, or any link of unknown standing from a person's number (India: the DLT-style sender id or a mobile; English, romanised Hindi)"
  strings:
    $pts = /\b(reward|rewards|loyalty|bonus|card|cash|edge|membership) ?(points?|pts)\b|\b(cashpoints|rewardz|reward balance)\b/
    // a bank or a card, by name or as such (a grocer's fuel points or a coffee shop's stars name neither)
    $bank = /\b(bank|banking|netbanking|credit card|debit card|sbi ?card|sbi|hdfc|icici|axis|kotak|indusind|yes bank|idfc|rbl|au bank|pnb|canara|baroda|union bank|federal bank|citi|citibank|hsbc|amex|american express|standard chartered|bajaj finserv|onecard)\b/
    // the deadline of the lure: today, tonight, within hours (the bank's own reminder names a date)
    $today = /\bexpir(e|es|ed|ing|y)\b.{0,30}\b(today|tonight|midnight|aaj|within [0-9]{1,2} ?(hours?|hrs?)|in [0-9]{1,2} ?(hours?|hrs?))\b|\b(today|tonight|aaj)\b.{0,30}\bexpir(e|es|ed|ing|y)\b|\b(lapse|lapsing|be forfeited)\b.{0,20}\b(today|tonight|midnight)\b/
    $redeem = /\b(redeem|redemption|convert|claim|encash|cash out)/
    // the banks' own suffix (hdfc.bank.in), registered only to banks
    $bank_in = /[a-z0-9]\.bank\.in\b/
  condition:
    $pts and $bank and $today and $redeem and not $bank_in
    and brand_link_count == 0 and url_count > platform_url_count + named_url_count
    // the link wears the bank's name on a domain it does not own or another address; or comes from a person's number
    and (brand_mismatch_count > 0 or deceptive_url_count > 0
      or (sender_kind == "phone" and sender_line != "toll_free" and sender_line != "unknown"))
    and sender_kind != "shortcode"
}

rule account_mfa_reenrol_link : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "An MFA, two-step or authenticator registration (Microsoft 365, Okta, Google Workspace, Duo) said to expire or be reset, re-enrol by opening a link that is not the vendor's and scanning a QR code, or today (the 2025 QR-phishing lure; English)"
  strings:
    // the second factor's registration ...
    $mfa = /\b(mfa|2fa|multi-?factor|two-?factor|2-?step|two-?step|authenticator|okta verify|duo mobile|duo push|security info|sign-?in method)\b/
    // ... said to expire, be reset or removed, or to need re-enrolling
    $exp = /\b(registration|enrol?ment|enrol?lment|setup|set-up|token|method|device|verification|authentication|authenticator)\b.{0,40}\b(expire|expires|expired|expiring|will be (disabled|deactivated|removed|reset|revoked|suspended|deleted)|has been (reset|revoked|disabled|deactivated))\b|\bre-?(enrol|enroll|register|registration|enrolment|enrollment|authenticate|verify|validate|activate)\w{0,4}\b/
    // the lure: scan a QR code, or do it today
    $qr = /\b(qr|qr-?code)\b/
    $today = /\b(today|tonight|immediately|within [0-9]{1,2} ?(hours?|hrs?)|in [0-9]{1,2} ?(hours?|hrs?)|end of (the )?day|lose access)\b/
    // the vendors' own hosts (Okta's and Duo's tenants, Microsoft's short links) the brand table does not hold
    $vendor = /(^|[ .\/])(okta\.com|oktapreview\.com|okta-emea\.com|duosecurity\.com|aka\.ms|microsoft\.com|microsoftonline\.com|office\.com|google\.com)(\/|:| |$)/
    // a colleague telling of it ("IT says we all have to re-enroll, did you?")
    $person = /\b(did you|have you|i (just|have|had|did)|i've|we all|lol|haha|says|said|told)\b/
  condition:
    $mfa and $exp and ($qr or $today) and not $vendor and not $person
    and url_count > brand_link_count + named_url_count + platform_url_count
    // the link an impersonator's (a look-alike, a host wearing another address, an abuse-prone TLD, a shortener),
    // or the QR code to scan today
    and (brand_mismatch_count > 0 or deceptive_url_count > 0 or risky_tld_count > 0 or shortener_count > 0 or ($qr and $today))
}

// The bank's or carrier's "security department" writing from a person's line (Brazil, Argentina and the Andes,
// Russia and Kazakhstan, Poland; accents folded): who they say they are (the security, anti-fraud or finance team
// of a bank or carrier, or a regulator), what happened (a suspicious purchase, a loan applied for in your name, a
// refund due, your data leaked) and the ask (confirm some data, the best time to call, call back, your Pix key or
// ID). Banks send their alerts from their sender ids and short codes; a customer telling of such a call names it
// as a scam or as their own bank.
rule account_security_dept_from_person : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A bank's or carrier's 'security department', anti-fraud or finance team, or a regulator, writing from a person's number: a suspicious purchase, a loan or credit applied for in your name, a refund owed or your data leaked, then 'can I confirm some data', 'what is the best time to call', 'call back', 'tell me your Pix key' (Brazilian Portuguese, Latin American Spanish, Russian of Russia and Kazakhstan, Ukrainian, Polish, Romanian, Vietnamese, Taiwanese Chinese: a wrong debit or instalment setting to cancel, call back; English: an order or a bill set to monthly instalments or a membership by mistake, call a number to cancel it); or the branch manager or account executive ('gerente da sua agencia', 'su ejecutiva de la sucursal') who must update your registration and asks the best time to call, a carrier's 'valor a receber' for your Pix key, a bank named by a consultant on an attempted theft, 'call back urgently'"
  strings:
    // who: the team of a bank or a carrier
    $sd_pt = /\b(central|setor|departamento|area|equipe|time|nucleo|gerencia) (de |da |do )?(seguranca|prevencao (a|de) fraudes?|fraudes?|antifraude|monitoramento)\b|\b(financeiro|seguranca|antifraude) (do|da) (banco|itau|bradesco|santander|caixa|nubank|inter|c6|sicredi|sicoob|picpay|mercado pago|vivo|claro|tim|oi)\b|\b(sou|falo|aqui e|aqui eh|falamos) (da|do) (vivo|claro|tim|oi|nubank|itau|bradesco|santander|caixa|inter|c6|picpay|mercado pago|banco do brasil|sky)\b/
    $sd_es = /\b(area|departamento|sector|equipo|centro|gerencia|division) (de )?(seguridad|fraudes?|prevencion( de fraudes?)?|antifraude|monitoreo)\b/
    $sd_ru = /(служба безпеки|служби безпеки|службу безпеки|відділ безпеки|відділу безпеки|фінансового відділу|служба безопасности|службы безопасности|службу безопасности|отдел безопасности|отдела безопасности|финансовый отдел|финансового отдела|финансового мониторинга|департамент безопасности|қауіпсіздік қызмет)/
    $sd_pl = /\b(dzial|dzialu|dzialem|departament|departamentu|departamentem|zespol|zespolu|zespolem|biuro|biura|biurem|centrum|wydzial|wydzialu|wydzialem) (ds\.? )?(bezpieczenstwa|przeciwdzialania (oszustwom|naduzyciom)|monitoringu transakcji|antyfraudow[a-z]{0,3})\b/
    // ... or a consultant of a bank, or the bank by name, with only a theft or an unauthorised operation told (a refund is a friend's news)
    $sd_pl2 = /\b(konsultant|doradca|opiekun|pracownik|specjalista)[a-z]{0,3} (banku|bankowy|ds\.? bezpieczenstwa)\b|\bbank[a-z]{0,2} (pko|pekao|ing|mbank|santander|millennium|alior|bnp|citi|credit agricole|pocztowy|bps|velo)\b/
    // or a regulator to be called
    $reg = /\b(banco central|bacen|anpd|bcra|superintendencia de bancos|knf|uodo|rzecznik finansowy)\b|(центробанк|центральн.{0,8} банк|цб рф|роскомнадзор|финмониторинг|нацбанк|агентство по финансовому мониторингу)/
    // what happened
    $ev_pt = /\b(compra|transacao|transferencia|movimentacao|pix|acesso|emprestimo|financiamento|saque) (suspeit[oa]|nao reconhecid[oa]|irregular|indevid[oa])\b|\btentativa de (emprestimo|compra|acesso|transferencia|pix|financiamento|saque)\b|\b(emprestimo|financiamento|credito|cartao|conta)( aberto| aberta| solicitad[oa]| contratad[oa])? (em|no) seu nome\b|\b(reembolso|estorno|restituicao|ressarcimento|cobranca indevida)\b|\bvalor (a receber|para receber|a ser (restituido|devolvido))\b|\bseus dados (foram )?(vazad|expost|comprometid)/
    $ev_es = /\b(compra|transferencia|operacion|movimiento|transaccion|consumo|acceso|prestamo|credito) (sospechos[oa]|no reconocid[oa]|irregular|inusual|no autorizad[oa])\b|\b(solicitud|pedido|intento|tramite|alta) de (prestamo|credito|tarjeta|compra|transferencia|acceso)\b|\ba su nombre\b|\b(reintegro|reembolso|devolucion) (a su favor|pendiente)\b|\bsus datos (fueron )?(filtrad|expuest|comprometid)/
    $ev_ru = /(попытк.{0,6} (списания|перевода|входа|взлома|снятия|оформления)|списани.{0,8} (средств|денег)|несанкционированн|намагалися (списати|оформити|зняти|перевести)|спроб.{0,6} (списання|переказу|входу|оформлення)|підозріл|на ваше ім|оформити кредит|заявк.{0,6} на (кредит|займ)|оформ.{0,16} (кредит|займ)|подозрительн|на ваше имя|ваши (персональные )?данные|утечк|утекли|компенсаци|возврат средств)/
    $ev_pl = /\b(podejrzan[a-z]{1,3}|nieautoryzowan[a-z]{1,3}|nietypow[a-z]{1,3}) (transakcj[a-z]{1,2}|przelew[a-z]{0,2}|logowan[a-z]{1,2}|operacj[a-z]{1,2}|platnosc[a-z]{0,2})\b|\bwniosek (o )?(kredyt|pozyczk)[a-z]{0,3}\b|\bwniosek kredytowy\b|\bdane (osobowe )?(wyciekly|zostaly wykradzione)\b|\bwyciek (danych|pana|pani)\b|\b(zwrot|nadplat|rekompensat)[a-z]{0,2}\b/
    $ev_pl2 = /\b(podejrzan[a-z]{1,3}|nieautoryzowan[a-z]{1,3}|nietypow[a-z]{1,3}) (transakcj[a-z]{1,2}|przelew[a-z]{0,2}|logowan[a-z]{1,2}|operacj[a-z]{1,2}|platnosc[a-z]{0,2})\b|\bprob[a-z]{1,2} (kradziezy|wyludzenia|nieautoryzowan[a-z]{1,3}|przejecia|wyplaty|przelewu|logowania|oszustwa)\b|\bkradziez[a-z]{0,2} (srodkow|pieniedzy)\b|\bprzejeci[a-z] (konta|rachunku)\b/
    // the ask: some data confirmed, a time to call, a call back, the Pix key or an ID
    $ask_pt = /\b(posso|podemos|preciso|precisamos) (confirmar|validar|atualizar|verificar) (alguns |seus |uns )?(dados|informacoes|cadastro)\b|\b(qual|que) (o |e o )?(melhor )?horario (para|pra) (ligar|ligarmos|falar|conversar|contato|te ligar|retornar|lhe ligar)\b|\b(qual|informe|me informe|me passa|me passe|confirme|confirma|digite) (a |e a )?(sua|seu) (chave pix|chave|cpf|data de nascimento|senha|codigo|token)\b|\bretorne (a ligacao|o contato|para (este|esse) numero|a chamada)\b|\b(ligue|liga|retorne) (urgente |com urgencia )?(para|no|neste|nesse) (este |esse |o )?(numero|telefone|contato|banco central)\b|\bpode (falar|atender) (agora|um momento)\b|\bposso (te |lhe )?ligar\b/
    $ask_es = /\b(podemos|puedo|necesito|necesitamos|debemos) (confirmar|validar|verificar|actualizar) (algunos |unos |sus )?(datos|informacion)\b|\b(cual es el|que|en que) (mejor )?horario\b.{0,30}\b(llamar|llamarlo|llamarla|llamarle|comunicarnos|contactarlo|contactarla|hablar)\b|\b(me )?(confirma|confirme|pasa|pase|indica|indique|brinda|brinde|envia|envie|dicta|dicte) (su|tu) (dni|cuil|cuit|cbu|cvu|alias|clave|codigo|token|numero de tarjeta|fecha de nacimiento|cedula|rut)\b|\b(puede|podes|puedes) (atender|hablar) (ahora|un momento|una llamada)\b|\b(comuniquese|comunicate|llame|llamanos|devuelva la llamada) (a|al) (este|este mismo) numero\b|\ba que hora (lo |la |le |te )?(puedo|podemos|podria|podriamos) (llamar|contactar|ubicar)\b/
    $ask_ru = /(зателефонуйте|передзвоніть|перетелефонуйте|зв.?яжіться|очікуйте дзвінка|підтвердіть|назвіть код|когда (вам )?удобно (поговорить|говорить|ответить|принять звонок)|перезвоните|свяжитесь|позвоните|подтвердите (данные|личность)|продиктуйте|назовите код|сообщите код|можете (сейчас )?говорить|ответьте на звонок|ожидайте звонка)/
    $ask_pl = /\bkiedy (moge|mozemy|bedzie mozna) (zadzwonic|oddzwonic|porozmawiac)\b|\b(prosze|prosimy) o (pilny |pilne |natychmiastowy )?(kontakt|telefon|oddzwonienie|potwierdzenie danych)\b|\b(prosze|prosimy) (pilnie )?(oddzwonic|zadzwonic|potwierdzic|podac)\b|\b(pilnie )?(zadzwon|skontaktuj sie|oddzwon)\b|\b(potwierdzic|zweryfikowac) (dane|pesel|numer karty)\b|\bczy (moze|mozna|mozemy) (pan|pani)? ?(teraz )?rozmawiac\b/
    // Romanian: the bank's security department, a suspicious transaction or a credit in your name, call me back
    $sd_ro = /\b(departament|departamentul|serviciul|echipa|biroul|divizia) (de )?(securitate|fraude|antifrauda|prevenire a fraudelor)\b|\b(consultant|angajat|reprezentant)[a-z]{0,3} (al |la )?(bancii|banca)\b/
    $ev_ro = /\btranzacti[ae] (suspect[ae]|neautorizat[ae])\b|\b(plata|transfer|acces|logare|autentificare) (suspect|neautorizat)[a-z]{0,2}\b|\bcredit (solicitat |contractat )?pe numele (dvs|dumneavoastra|tau)\b|\bincercare de (frauda|furt|transfer|plata|logare|accesare)\b/
    $ask_ro = /\b(sunati|sunati-ma|sa ma sunati|suna-ma|reveniti cu un apel|apelati|contactati-ne|contactati-ma)\b|\b(cand|la ce ora) (va|te) pot (suna|apela)\b|\bconfirmati (datele|codul)\b/
    // Vietnamese (diacritics folded): a bank employee or its security team, an unusual transaction or a locked
    // account, call back or confirm
    $sd_vi = /\b(nhan vien|tong dai vien|chuyen vien|bo phan (an ninh|bao mat|chong gian lan|cham soc khach hang)|phong (an ninh|chong gian lan)) (cua |tu |ben )?(ngan hang|vietcombank|techcombank|bidv|agribank|vietinbank|mb ?bank|tpbank|vpbank|sacombank|acb)\b/
    $ev_vi = /\bgiao dich (bat thuong|dang ngo|dang nghi|nghi van|khong xac dinh|sai|loi)\b|\btai khoan ((cua )?(anh|chi|ban|quy khach|ong|ba|em) )?(bi|da bi|dang bi) (khoa|tam khoa|xam nhap|hack|dang nhap|phong toa)\b|\b(tru tien nham|bi tru tien|khoan vay (dung|mang) ten)\b/
    $ask_vi = /\b(goi lai|lien he lai|lien he ngay|xac nhan (thong tin|so the|ma otp|ma)|cung cap (ma|so the|thong tin|otp))\b|\b(khi nao|luc nao|may gio) (thi )?(tien|thuan tien)\b/
    // Chinese of Taiwan: the bank's customer service on a wrong debit, a wrong instalment or membership setting to
    // be cancelled, with the call-back
    $sd_zh = /(銀行客服|客服專員|客服人員|銀行專員|銀行人員|(銀行|郵局).{0,12}客服)/
    $ev_zh = /(錯誤扣款|重複扣款|誤設|誤將|設定錯誤|分期付款|自動扣款|每月扣款)/
    $ask_zh = /(回電|配合|解除|致電)/
    // English (AU, NZ, UK, US): a shop's, a telecom's or a bank's "customer service" says an order or a bill was set to
    // monthly instalments or a membership by mistake, and will be charged every month unless you call to cancel today
    $ev_en = /\b(wrongly|mistakenly|erroneously|by mistake|in error|(system|staff|technical|processing|clerical|operator) error)\b.{0,80}\b(instal?ments?|payment plan|monthly (plan|membership|subscription|payments?|charges?|deductions?)|membership)\b|\b(instal?ments?|payment plan|membership)\b.{0,60}\b(wrongly|mistakenly|erroneously|by mistake|in error)\b/
    $cancel_en = /\b(to cancel|cancel (it|this|the|your)|stop (the |these |further )?(repeated |monthly |recurring )?(charges|deductions|payments|debits))\b/
    $me_en = /\bi (accidentally|mistakenly|wrongly|signed|set)\b|\b(mum|mom|dad|babe|my gym)\b/
    $told_x = /\b(teapa|escroc[a-z]{0,3}|atentie|niciodata|lua dao|canh giac|me oi)\b|(詐騙|騙子|шахра|не вір|ніколи)/
    // a customer or a relative telling of such a call, or a warning about it
    $told = /\b(amor|mae|mamae|pai|meu banco|me ligaram|ligaram|golpe|golpista|mi banco|me llamaron|estafa|cuidado|nunca|kochanie|moj bank|oszust[a-z]{0,4}|uwaga|nigdy|lol|haha|kkk|jaja)\b|(мам|пап|мне звонили|мошенни|не верь|никогда|якобы)/
  condition:
    sender_kind == "phone" and not $told and not $told_x
    and ((($sd_pt or $reg) and $ev_pt and $ask_pt)
      or (($sd_es or $reg) and $ev_es and $ask_es)
      or (($sd_ru or $reg) and $ev_ru and $ask_ru)
      or (($sd_pl or $reg) and ($ev_pl or $ev_pl2) and $ask_pl) or ($sd_pl2 and $ev_pl2 and $ask_pl)
      or ($sd_ro and $ev_ro and $ask_ro) or ($sd_vi and $ev_vi and $ask_vi) or ($sd_zh and $ev_zh and $ask_zh)
      or ($ev_en and $cancel_en and phone_count > 0 and not $me_en))
}

rule account_points_refund_link : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Loyalty points about to expire to be converted to cash or redeemed, a loyalty bonus to claim before a deadline, a refund for a cancelled service that needs the card's details, or a pending transfer to reject if it was not you, at a link that is not the brand's (English, German, Dutch, Swedish, Danish, Norwegian, French, Indonesian, Malay, Tagalog, Thai); a carrier's or a card's points expiring today, to use or exchange at such a link (Japanese, Korean, Chinese, Albanian)"
  strings:
    // points about to expire ...
    $pts = /\b(points?|poin|punkte|punten|poang|poeng|pointe?s|mata ganjaran|ganjaran)\b.{0,60}\b(expire|expires|expiring|will expire|verfallen|verfall|laufen ab|verlopen|vervallen|vervalt|upphor|forfaller|forfalder|udlober|utloper|expirent|expireront|expirer|expirant|kadaluarsa|hangus|mag-?e-?expire|mawawala|luput|tamat)/
    $pts_th = /(คะแนน|แต้ม).{0,60}หมดอายุ/
    // ... to be turned into cash (a shop's or a carrier's own reminder offers its catalogue, not money)
    $redeem = /\b(cash|cash out|bargeld|auszahlen|auszahlung|contant|contanten|kontant|kontanter|especes|argent liquide|uang tunai|tunai|wang tunai|pera|e-?cash)\b|เงินสด/
    // a loyalty bonus to claim before a deadline
    $bonus = /\b(loyalty|loyaliteits|trouw|treue|kundentreue|lojalitet|lojalitets|fidelite|kesetiaan|pelanggan setia)[a-z]{0,6} ?(bonus|reward|beloning|pramie|premie|cadeau|hadiah|ganjaran|gift)/
    $deadline = /\b(before|until|by|expires?|deadline|today|tonight|within|vor|bis|heute|voor|vandaag|uiterlijk|innan|senast|idag|inden|senest|i dag|innen|avant|aujourd'hui|sebelum|hari ini|paling lambat|bago|ngayon|hingga)\b/
    $claim = /\b(claim|collect|redeem|activate|fordern|abholen|einlosen|aktivieren|claimen|ophalen|hamta|los in|hente|indlos|reclamer|recuperer|klaim|ambil|i-?claim|kunin|tuntut|tebus)\b/
    // a refund for a cancelled service, the card's details needed
    $ref = /\b(refund|ruckerstattung|erstattung|terugbetaling|restitutie|aterbetalning|refusion|tilbagebetaling|refusjon|tilbakebetaling|remboursement|pengembalian dana|bayaran balik|dana kembali)\b/
    $cxl = /\b(cancell?ed|cancell?ation|storniert|storno|gekundigt|geannuleerd|annulering|annullerad|avbokad|annulleret|kansellert|annule|annulee|annulation|resilie|dibatalkan|pembatalan|kinansela|na-?cancel)\b/
    $card = /\b(card (details|number|info|information)|bank details|kartendaten|kreditkarte|bankdaten|kaartgegevens|bankgegevens|kortuppgifter|kortoplysninger|kortinformasjon|kortdetaljer|coordonnees bancaires|carte bancaire|donnees bancaires|detail kartu|data kartu|nomor kartu|butiran kad|maklumat kad|enter your card)\b/
    // a pending transfer to reject if it was not you
    $xfer = /\b(transfer|transaction|overboeking|transactie|uberweisung|uberweisungsauftrag|overforing|overforsel|virement|transfer dana|transaksi|pemindahan)\b/
    $pend = /\b(pending|ausstehend|in behandeling|vantande|vantar|afventer|afventende|venter|ventende|en attente|tertunda|menunggu|nakabinbin|belum selesai)\b/
    $reject = /\b(reject|decline|cancel|ablehnen|stornieren|widersprechen|weigeren|annuleren|afwijzen|avvisa|avbryt|afvis|annuller|avvis|rejeter|refuser|annuler|tolak|batalkan|i-?reject|i-?cancel|tanggihan)\b/
    $notyou = /\b(not you|wasn't you|was not you|not made by you|didn't make|did not make|nicht sie|nicht von ihnen|niet door u|niet u|niet jij|inte du|inte gjort|ikke dig|ikke deg|pas vous|pas de vous|bukan anda|bukan kamu|tidak melakukan|hindi ikaw|hindi mo)\b/
    // a carrier's or a card's points expiring today, to redeem or exchange now (Japanese, Korean, Chinese, Albanian; a
    // CJK letter is three bytes): the points ...
    $cjk_pts = /(ポイント|[0-9]pt|[0-9] pt|포인트|积分|積分|點數|点数)/
    // ... expiring or cleared ...
    $cjk_exp = /(失効|有効期限|期限が|期限切れ|消滅|소멸|만료|유효|清零|过期|過期|到期|失效|作废|作廢)/
    // ... today, tonight or at midnight
    $cjk_today = /(本日|今日|今夜|금일|오늘|오늘까지|자정|今天|今晚|今日24点|即日)/
    $sq_pts = /\b(pike|piket|piket e|piket tuaja)\b/
    $sq_exp = /\b(skadojne|skadojn|skadon|skadojne sot|do te skadojne|humbasin|mbarojne|mbaron)\b/
    $sq_today = /\b(sot|sonte|ne mesnate|brenda dites)\b/
  condition:
    ((($pts or $pts_th) and $redeem) or ($bonus and $deadline and $claim) or ($ref and $cxl and $card)
      or ($xfer and $pend and $reject and $notyou)
      or ((($cjk_pts and $cjk_exp and $cjk_today) or ($sq_pts and $sq_exp and $sq_today))
        // (a carrier's own reminder may come from a service number of no known line, with its own site)
        and (sender_line == "mobile" or brand_mismatch_count > 0 or deceptive_url_count > 0 or risky_tld_count > 0 or shortener_count > 0)))
    and account_lure_link and not account_reported_message
}

rule account_bill_cutoff_link : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "An unpaid electricity, water, internet or phone bill with the service about to be cut off, paid at a link that is not the provider's (English, German, Dutch, Swedish, Danish, Norwegian, French, Indonesian, Malay, Tagalog, Thai, Russian, Ukrainian, Uzbek, Kazakh); or a DisCo, water board or pay-TV provider's supply, meter or decoder cut today, paid or renewed at such a link (English, Pidgin, French, romanised Hindi, Hindi: DStv, GOtv, Canal+, DTH, IKEDC, ECG, CIE, SENELEC, ENEO)"
  strings:
    $bill = /\b(electricity|electric|power|water|gas|internet|broadband|phone|mobile|telecom|utility|energy) (bill|invoice|account|payment)s?\b|\b(stromrechnung|energierechnung|gasrechnung|telefonrechnung|handyrechnung|internetrechnung|rechnung|energierekening|factuur|elrakning|elrakningen|faktura|fakturan|regning|elregning|stromregning|facture|facture d'electricite|tagihan|bil elektrik|bil air|bil tnb|bil telefon|bill sa kuryente|bill sa tubig|meralco|maynilad|pln|pdam|indihome|tnb)\b|(ค่าไฟ|ค่าน้ํา|ค่าโทรศัพท์|ค่าอินเทอร์เน็ต|ใบแจ้งหนี้)/
    // Russian, Ukrainian, Uzbek, Kazakh: a debt for gas, power or water and the supply cut off or stopped
    $c_debt = /(задолженн\S{0,10} .{0,30}(газ|электр|свет|коммунал|жкх|вод)|заборгован\S{0,10} .{0,30}(газ|електр|світл|комунал|вод)|(gaz|elektr\S{0,10}|svet|suv|kommunal\S{0,6}) uchun qarzdor|(газ|электр|жарық|су)\S{0,8} .{0,20}қарыз)/
    $c_cut = /(отключ|приостановл|припинен|відключ|o.chiril|uziladi|ажыратыл|тоқтатыл)/
    $unpaid = /\b(unpaid|overdue|outstanding|past due|not (been )?paid|unbezahlt|offen|offene|ausstehend|uberfallig|onbetaald|openstaand|openstaande|achterstallig|obetald|obetalda|forfallen|ubetalt|ubetalte|forfalden|forfalt|impayee|impaye|impayes|en retard|non reglee|belum dibayar|tunggakan|menunggak|tertunggak|belum dijelaskan|hindi pa bayad|hindi nabayaran|lampas na)\b|(ค้างชําระ|เกินกําหนด)/
    $cut = /\b(disconnect|disconnected|disconnection|cut off|cut-off|suspended|suspension|terminated|shut off|deactivated|gesperrt|sperrung|abgeschaltet|abschaltung|unterbrochen|eingestellt|afgesloten|afsluiting|stopgezet|stangs av|stangas av|avstangning|avstangd|avbryts|lukket|lukkes|afbrudt|afbrydelse|stenges|stengt|frakoblet|avstengning|coupure|coupe|suspendu|suspendue|diputus|pemutusan|dinonaktifkan|diblokir|dipotong|pemotongan|putol|puputulin|mapuputol|naputol)\b|(ตัดไฟ|ตัดน้ํา|ระงับ|ตัดสัญญาณ)/
    // West Africa and India: a DisCo, water board or pay-TV provider named, the supply, meter or decoder cut today,
    // at an impersonator's link (English, Pidgin, French, romanised Hindi, Hindi: DStv, GOtv, Canal+, DTH, IKEDC, ECG,
    // CIE, SENELEC, ENEO, the state boards)
    $u_who = /\b(dstv|gotv|startimes|canal ?\+|canal ?plus|dth|tata ?play|tata ?sky|dish ?tv|d2h|decoder|decodeur|ikedc|ekedc|aedc|phed|ibedc|eedc|kedco|bedc|ecg|gwcl|cie|sodeci|senelec|woyofal|sen'eau|seneau|eneo|camwater|bijli|electricity|electricite|compteur|meter)\b|(बिजली|पानी)/
    $u_cut = /\b(disconnected|disconnect|cut|cut off|go off|suspendu|suspendue|coupe|coupee|coupure|bloque|bloquee|band ho jayega|band ho jayegi|kaat di jayegi|kat jayegi)\b|(काट दी|काट दिया|कट जाएगी|बंद हो जाएगा)/
    $u_when = /\b(today|tonight|aujourd'hui|ce soir|ce jour|aaj)\b|आज/
  condition:
    (($bill and $unpaid and $cut) or ($u_who and $u_cut and $u_when) or ($c_debt and $c_cut)) and account_lure_link
    and not account_utility_personal and not account_reported_message
}

rule account_gov_loan_disbursement_link : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A government loan or grant said to be approved, confirm the account it will be paid into at a link that is not the government's (English, Indonesian, Malay, Tagalog, Thai, German, Dutch, Nordic, French)"
  strings:
    $gov = /\b(government|govt|gov't|state|pemerintah|kerajaan|gobyerno|dswd|sss|gsis|pag-?ibig|bpjs|kur|prakerja|regering|overheid|staatlich|staatliche|bund|regeringen|staten|gouvernement|etat|l'etat)\b|รัฐบาล/
    $loan = /\b(loan|pinjaman|kredit|pautang|lening|darlehen|forderkredit|statslan|pret|subsidy|bantuan|ayuda|grant)\b|(เงินกู้|สินเชื่อ)/
    $appr = /\b(approved|has been approved|disetujui|diluluskan|lulus|aprubado|naaprubahan|goedgekeurd|genehmigt|bewilligt|godkand|godkendt|godkjent|approuve|accorde)\b|อนุมัติ/
    $acct = /\b(disbursement|disburse|payout|pencairan|dicairkan|pengeluaran|rekening|akaun|bank account|account number|receiving account|bankverbindung|iban|rekeningnummer|kontonummer|bankkonto|rib|coordonnees bancaires)\b|(บัญชี|รับเงิน)/
    $conf = /\b(confirm|verify|update|provide|enter|submit|konfirmasi|verifikasi|sahkan|kemaskini|isi|i-?confirm|i-?verify|bestatigen|angeben|bevestig|bevestigen|bekrafta|bekraeft|bekreft|confirmez|confirmer|verifiez)\b|ยืนยัน/
  condition:
    $gov and $loan and $appr and $acct and $conf and account_lure_link and not account_reported_message
}

rule account_bank_lure_tr_de : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A bank or card lure in Turkish or German: mobile or online banking, a password, a pushTAN or the account blocked or expiring, verify your identity; a payment or debit set up 'if it was not you, cancel'; the card expiring, order a new one free; all at a link that is not the bank's; or a card-fee refund 'reply YES and our representative will call you', from a number"
  strings:
    // the account, the banking access or its password blocked, suspended or expiring (Turkish; accents folded)
    $tr_lock = /\b(mobil|internet|dijital) (bankacilik|sube)[a-z]{0,4}\b.{0,40}\b(bloke|askiya|kilitlen|kisitlan|durduruldu|engellen|pasif|kapatil|iptal)|\b(hesabiniz|hesabinizin|sifreniz|sifrenizin|kartiniz|kartinizin|erisiminiz|musteri numaraniz)\b.{0,40}\b(bloke|askiya alin|kilitlen|kisitlan|dondurul|engellen|pasif duruma|kullanima kapatil)/
    // ... and the ask: verify your identity, update, confirm, log in, click
    $tr_fix = /\b(kimli[a-z]{1,8} dogrula|dogrulama|dogrulayin|dogrulayiniz|guncelle[a-z]{0,8}|onayla[a-z]{0,8}|giris yap[a-z]{0,6}|tiklay[a-z]{0,6}|baglanti[a-z]{0,6}|linke|linkten|adresine|adresinden)\b/
    // a payment, an order or a debit set up, and "if it was not you / to cancel"
    $tr_pay = /\b(odeme|harcama|islem|havale|eft|fast|talimat|otomatik odeme|abonelik|kredi basvuru)[a-z]{0,6}\b.{0,60}\b(olusturul|planlan|tanimlan|gerceklestiril|baslatil|onaylan|alin|yapil)[a-z]{0,8}\b/
    $tr_notyou = /\b(size ait degil|siz yapmadiy|sizin tarafinizdan (yapilmadi|gerceklestirilmedi)|bilginiz disinda|iptal (etmek|icin)|itiraz (etmek|icin))/
    // the card expiring, a new card free
    $tr_exp = /\bkart[a-z]{0,6}\b.{0,40}\b(son kullanma tarihi|suresi) (dol|gec)[a-z]{0,6}/
    $tr_new = /\b(yeni kart|kartinizi yenile|kart yenileme|ucretsiz)/
    // a card-fee refund, "reply YES", "our representative will call you"
    $tr_fee = /\b(kart aidat|yillik (kart )?ucret|hesap isletim ucret|dosya masraf|kredi karti ucret)[a-z]{0,6}\b.{0,40}\biade/
    $tr_yes = /\bevet (yaz|yanit|cevap|gonder)[a-z]{0,8}\b|\b(temsilci|yetkili|danisman|uzman)[a-z]{0,6} (sizi |size )?(arayacak|arayacaktir|donus (yapacak|saglayacak))/
    // German: the online banking access, the pushTAN or the account or card blocked, or the procedure to renew
    $de_lock = /\b(online-?banking|onlinebanking|banking-?app|pushtan|push-tan|tan-verfahren|photo-?tan|securego|s-id-check|zugang|konto|karte|bankkarte|girocard)\b.{0,50}\b(gesperrt|sperrung|eingeschrankt|deaktiviert|blockiert|lauft ab|laufen ab|ablauft|ungultig|verliert (seine |ihre )?gultigkeit|aktualisiert werden|erneuert werden|muss (neu )?(bestatigt|verifiziert|aktiviert))/
    $de_fix = /\b(bestatigen|verifizieren|aktualisieren|erneuern|reaktivieren|freischalten|entsperren|legitimieren|identifizieren)\b|\bhier\b/
    // a debit, a payment or a standing order set up, "was it not you? object / cancel"
    $de_pay = /\b(abbuchung|lastschrift|zahlung|uberweisung|dauerauftrag|zahlungsauftrag|bestellung)\b.{0,60}\b(veranlasst|geplant|eingerichtet|angewiesen|vorgemerkt|ausgelost|autorisiert|eingeleitet|beauftragt)\b/
    $de_notyou = /\b(nicht sie|nicht von ihnen|waren sie das nicht|nicht veranlasst|nicht autorisiert|widersprechen|widerspruch|stornieren|zuruckbuchen|ablehnen)\b/
    // the card expiring, a new one to order free
    $de_exp = /\b(karte|girocard|bankkarte|kreditkarte|debitkarte|sparkassen-card)\b.{0,40}\b(lauft ab|lauft [a-z]{1,10} ab|ist abgelaufen|(ihre|seine) gultigkeit|wird ungultig|ablauft)/
    $de_new = /\b(neue karte|ersatzkarte|folgekarte|kostenlos|kostenfrei|gebuhrenfrei)\b/
    // a fee refund, "reply YES", "an adviser will call you"
    $de_fee = /\b(kontofuhrungsgebuhr|kartengebuhr|jahresgebuhr|bankgebuhr|entgelt)[a-z]{0,3}\b.{0,60}\b(ruckerstattung|erstattung|erstattet|zuruck)/
    $de_yes = /\b(mit ja|ja antworten|antworten sie ja)\b|\b(berater|mitarbeiter|kundenbetreuer|kundenberater)[a-z]{0,2} (wird sie|ruft sie)\b/
    // a person's own word, or the bank's own warning
    $me = /\b(abi|abla|annem|anne|babam|kanka|benim|bende|ben de|asla|hicbir zaman|kimseyle|dolandirici[a-z]{0,4}|ich|mein|meine|meiner|mama|papa|niemals|betruger[a-z]{0,2}|phishing)\b/
  condition:
    not $me and not account_reported_message
    and (((($tr_lock and $tr_fix) or ($tr_pay and $tr_notyou) or ($tr_exp and $tr_new)
        or ($de_lock and $de_fix) or ($de_pay and $de_notyou) or ($de_exp and $de_new)) and account_lure_link)
      or (($tr_fee and $tr_yes) or ($de_fee and $de_yes)) and sender_kind != "alpha" and sender_kind != "shortcode")
}

rule account_insurer_refund_link : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A health insurer's contribution refund or reimbursement, or an energy supplier's refund for an overpayment, to request or confirm at a link that is not the insurer's or supplier's (German, French, Dutch, Swedish)"
  strings:
    // the insurer or the supplier (German, French, Dutch, Swedish; accents folded)
    $who = /\b(krankenkasse|krankenversicherung|aok|barmer|techniker krankenkasse|dak-gesundheit|ikk|bkk|hkk|knappschaft|stromanbieter|energieversorger|stadtwerke|mutuelle|assurance maladie|complementaire sante|cpam|fournisseur d'(energie|electricite)|zorgverzekeraar|zorgverzekering|energieleverancier|forsakringskassan|forsakringsbolag|elbolag|elleverantor|e\.on|eon|edf|engie|totalenergies|vattenfall|enbw|eneco|essent|fortum)\b/
    // the refund
    $ref = /\b(beitragsruckerstattung|beitragserstattung|ruckerstattung|erstattung|ruckzahlung|uberzahlung|guthaben|remboursement|trop-percu|trop percu|terugbetaling|teruggave|restitutie|aterbetalning|aterbaring)\b/
    // the ask at the link: request, confirm, fill in, give your bank details
    $ask = /\b(beantragen|anfordern|bestatigen|ausfullen|angeben|hinterlegen|einreichen|demande|demandez|reclamez|confirmez|formulaire|remplissez|renseignez|saisissez|aanvragen|vraag|bevestig|invullen|ansok|begar|bekrafta|fyll i|hier|ici|hamta)\b/
    // a refund already paid into the account on file (the real notice), or a person's own word
    $paid = /\b(wurde|wird|ist) ([a-z]{1,12} )?(uberwiesen|ausgezahlt|uberwiesen|gutgeschrieben)\b|\ba ete (effectue|verse|vire)\b|\b(is|wordt) (overgemaakt|uitbetaald|gestort)\b|\b(har|kommer att) (betalats ut|sattas in)\b/
    $me = /\b(ich|mein|meine|mir|j'ai|moi|je|ik|mijn|jag|min|mitt|mama|papa|maman|mam|lol|haha)\b/
  condition:
    $who and $ref and $ask and not $paid and not $me and account_lure_link and not account_reported_message
}

rule account_charge_refund_link_cis : phishing
{
  meta:
    action = "junk"
    weight = 2.5
    description = "A yearly subscription about to be debited, an overcharge to get back or online-banking access restricted, at a link that is not the company's (Russian, Ukrainian, Kazakh, Uzbek, Georgian, Armenian, Azerbaijani)"
  strings:
    // a debit for a subscription, an overcharge or refund, access restricted or blocked
    $cyr = /(будет списан|будут списан|спишется|списан\S{0,4} .{0,40}подписк|годов\S{0,6} подписк|платн\S{0,6} подписк|ежегодн\S{0,6} подписк|річн\S{0,6} підписк|платн\S{0,6} підписк|буде списан|переплатил|переплата|переплату|переплати|(верните|вернуть|получите) (деньги|средства|возврат)|возврат (средств|денег|переплат)|повернути кошти|поверніть кошти|отримайте (повернення|кошти)|доступ .{0,80}(ограничен|приостановлен|заблокирован|обмежен|заблокован)|жазылым|шегеріледі|ақшаңызды қайтар|шектелді|обуна|ечиб олинади|қайтариб)/
    $lat = /\b(obuna|yechib olinadi|yechiladi|ortiqcha to'la|ortiqcha tola|pulingizni qaytar|cheklangan|abun. (haqq|ucun|ucun)|illik abun|.x.lacaq|geri qaytar|m.hdudla)/
    $ka = /(გამოწერ|ჩამოიჭრ|ჩამოგეჭრ|თანხის დაბრუნებ|შეიზღუდ|შეზღუდულ)/
    $hy = /(բաժանորդագր|կգանձվի|գումարի վերադարձ|սահմանափակվ)/
  condition:
    any of them
    and url_count > brand_link_count + platform_url_count + named_url_count
    and ((sender_kind != "alpha" and sender_kind != "shortcode")
         or deceptive_url_count > 0 or risky_tld_count > 0 or shortener_count > 0 or brand_mismatch_count > 0)
}

rule account_payment_key_claim_link : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "An instant-payment key or alias (Pix key, Bre-B key, CBU or CVU alias) said to be registered, claimed or moved to another bank or device, 'if it wasn't you, cancel here', with an impersonator's link (Portuguese, Spanish): banks confirm a key in their app"
  strings:
    $key = /\bchaves? (pix|cpf|celular|e-?mail|aleatoria)\b|\bllaves? (bre-?b|breb)\b|\bbre-?b\b|\b(tu|su|seu|sua) (llave|chave|alias)\b|\balias (cbu|cvu|de mercado pago|bancario)\b|\b(cbu|cvu) (y|e|o) alias\b|\b(nueva|una) llave\b|\bnova chave\b/
    // ... moved or claimed: another bank, institution or device, a portability or a claim
    $moved = /\b(outr[oa] (instituicao|banco|conta|dispositivo|aparelho|celular)|portabilidade|portabilizad[oa]|reivindicacao|reivindicad[oa]|otr[oa] (entidad|banco|cuenta|dispositivo|celular|billetera)|nuevo (dispositivo|celular|banco)|trasladad[oa]|inscrit[oa] en|registrad[oa] (en|em|no|na)|cadastrad[oa] (em|no|na)|vinculad[oa] (a|em)|(com|con) (seus|sus|tus) dados|con (tus|sus) datos|con (tu|su) cedula|(com|con) (seu|su|tu) cpf)\b/
    // ... "if it wasn't you", "don't recognise it?", and the cancel or block to do at the link
    $disown = /\b(se|caso) (nao|voce nao|vc nao) (foi|tenha|reconhec\w{1,4}|solicitou|fez|autorizou)\b|\bnao (foi (voce|vc)|reconhece)\b|\bsi (no|usted no) (fuiste|fue|fuiste vos|lo reconoce\w{0,1}|reconoce\w{0,1}|autorizaste|autorizo|realizaste|realizo|solicitaste|lo solicitaste)\b|\bdesconoce\b/
    $cancel = /\b(cancele|cancelar|cancela|cancelala|cancelalo|bloqueie|bloquear|bloquealo|anular|anularla|anulala|desvincular|desvinculalo|regularize|regularizar)\b/
  condition:
    $key and $moved and ($disown or $cancel) and account_lure_link
}

rule account_etransfer_deposit_link : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "An Interac e-Transfer said to be received, pending or on hold, 'accept the deposit here' or 'select your bank', at a link that is not Interac's or a bank's (English, French): the page asks for the online-banking login"
  strings:
    $etr = /\b(interac|e-?transfer|etransfer|virement (electronique|interac|e-?transfer))\b/
    // received, pending, waiting or held
    $recv = /\b(you (have|'ve) received|you received|pending|waiting for you|on hold|not (yet )?(been )?deposited|vous avez recu|tu as recu|en attente|vous attend|t'attend|retenue?|n'a pas ete depose|pas encore ete depose)\b/
    // ... to accept, deposit or claim at the link (an imperative or "to accept the funds"), or the bank to choose
    $accept = /\b(accept|claim|deposit|collect)( it| the (funds|money|transfer|deposit|payment|e-?transfer)| your (funds|money|transfer|deposit|payment))?( now| here| online| below| today)?( ?:| at| via| here| now| below)|\b(click|tap|visit|go to)( the link| here| below)?( to)? (accept|deposit|claim|receive)\b|\bcomplete (the|your) deposit\b|\b(select|choose) your (bank|financial institution)\b|\bto (accept|claim|receive|deposit) (the|your) (funds|money|transfer|deposit|payment)\b|\b(acceptez|deposez|reclamez|encaissez|completez|recuperez)\b|\b(accepte|depose|reclame|encaisse)-le\b|\bpour (l')?(accepter|deposer|recevoir|reclamer|encaisser)\b|\bchoisissez votre (institution|banque)\b/
    // a person who sent one and asks about it
    $me = /\b(i (sent|just sent|have sent)|i've sent|on my end|my end|j'ai envoye|je (t'|vous )?ai envoye|de mon cote|chez moi)\b/
  condition:
    $etr and $recv and $accept and not $me and account_lure_link
}

rule account_fica_reward_lure_za : phishing
{
  meta:
    action = "junk"
    weight = 2.5
    description = "A Southern African bank or wallet: FICA or digital-ID verification due, an account frozen or a card blocked, or rewards or cash-back expiring, to verify, confirm or claim on a link that is not the bank's own (English, Afrikaans, Portuguese)"
  strings:
    // the bank or wallet of the region, or the account in Afrikaans or Portuguese
    $bank = /\b(capitec|fnb|absa|standard bank|nedbank|tymebank|discovery bank|african bank|ebucks|greenbacks|ecocash|onemoney|airtel money|mtn momo|cbz|steward bank|zanaco|stanbic|bci|millennium bim|bim|m.pesa|e.mola|mkesh|bankkaart|rekening|kaart|sua conta|seu cartao|cartao de debito)\b/
    // the story: FICA or ID due, frozen or blocked, rewards expiring
    $story = /\b(fica|digital id|digitale id|id verification|verifikasie|gevries|geblokkeer|opgeskort|gesluit|verval|belonings|terugbetaling|cashback|bloqueada|bloqueado|bloqueio|suspensa|suspenso|verificacao|bonus|reembolso|expira)\b/
    // the act: verify, confirm, claim on the link
    $act = /\b(verifieer|bevestig|eis|klik|teken in|verify|confirm|claim|redeem|actualize|confirme|reative|resgate|reclame|verifique|conclua|desbloquear)\b/
  condition:
    $bank and $story and $act
    and url_count > brand_link_count + platform_url_count + named_url_count
    and ((sender_kind != "alpha" and sender_kind != "shortcode")
      or deceptive_url_count > 0 or risky_tld_count > 0 or shortener_count > 0 or brand_mismatch_count > 0)
}

// A bank card said to expire, to re-issue at a link, or a sign-in from a new device to block at a link, where the
// link is not the bank's (Russian, Ukrainian, Belarusian, Kazakh, Uzbek): banks re-issue cards at the branch or in
// their own app, and their sign-in alerts carry no link (a Cyrillic letter is two bytes)
rule account_card_login_lure_cis : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A card expiring with a re-issue link, or a sign-in from a new device with a block link, at a link that is not the bank's (Russian, Ukrainian, Kazakh, Uzbek)"
  strings:
    $exp = /(срок действия.{0,50}карт\S{0,4} .{0,20}(истека|заканчива|подходит к концу)|термін дії.{0,50}карт\S{0,6} .{0,20}(закінчу|спливає|спливе)|karta\S{0,6} .{0,30}muddati .{0,10}(tugay|tugam|tugaydi|o.tadi)|карта\S{0,6} .{0,30}мерзім\S{0,8} .{0,20}(аяқтал|бітеді))/
    $reiss = /(перевыпуск|перевипуск|замен\S{0,4} карт|нов\S{0,6} карт|yangi karta|yangilash|жаңа карта)/
    $dev = /(с нового устройства|з нового пристрою|yangi qurilmadan|жаңа құрылғыдан)/
    $blk = /(заблокир|заблоку|блокировк|блокуван|blokla|бұғатта)/
  condition:
    (($exp and $reiss) or ($dev and $blk)) and account_lure_link
}

// A debit card blocked after wrong PIN entries, reactivate it at a link that is not the bank's (Indonesian, Malay,
// Tagalog, English of the Philippines): banks unblock a card at the branch, the ATM or their own app
rule account_card_pin_block_link_sea : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A card or account blocked after wrong PIN entries, reactivated at a link that is not the bank's (Indonesian, Malay, Tagalog, English)"
  strings:
    $pin = /\b(salah (memasukkan |masukkan |input |masuk )?(pin|mpin)|(pin|mpin) (yang )?salah|wrong (pin|mpin)|incorrect (pin|mpin)|invalid (pin|mpin)|maling (pin|mpin))\b/
    $blk = /\b(diblokir|terblokir|disekat|dibekukan|dikunci|blocked|locked|deactivated|na-?block|na-?lock|naka-?block)\b/
  condition:
    $pin and $blk and account_lure_link
}

// A remittance at an exchange house awaiting the receiver's confirmation, or a telco's or bank's points expiring
// today, at a link that is not the company's (Arabic of the Gulf, English): exchange houses pay out at the counter
// or in their app, and points reminders come from the brand's own id with its own site
rule account_remittance_points_link_gulf : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A remittance awaiting confirmation, or points expiring today to redeem, at a link that is not the company's (Gulf Arabic, English)"
  strings:
    $rem = /(حوالة|حوالتك|الحوالة|حواله).{0,60}(بانتظار|معلقة|قيد الانتظار|تأكيد|تاكيد)|\bremittance\b.{0,60}\b(awaiting|pending|on hold)\b/
    $pts = /(نقاط|نقاطك|النقاط).{0,60}(تنتهي|ستنتهي|ينتهي|سينتهي|انتهاء صلاحي)/
    $redeem = /(استبدل|استبدال|استبدلها|اصرف|استخدمها)/
  condition:
    ($rem or ($pts and $redeem)) and account_lure_link and not account_reported_message
}

// Nigeria and Ghana: the bank account frozen or restricted for a NIN or BVN not linked ("CBN directive"), an
// electricity meter to upgrade or be disconnected, or SMS-alert charges to opt out of, by calling a mobile number or
// at a link that is not the bank's or the DisCo's: banks and DisCos write from their ids and name their own lines
rule account_ng_directive_callback : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "An account frozen for an unlinked NIN or BVN, a meter upgrade or disconnection, or SMS-alert charges to stop, by calling a mobile number or at an impersonator's link (Nigeria, Ghana)"
  strings:
    $id = /\bbvn\b|\bnin (and|with|to|linkage|number|verification|slip)\b|(your|their|with|link) nin\b/
    $frz = /\b(frozen|freeze|freezing|restricted|restriction|blocked|block|suspended|deactivated|closed)\b/
    $meter = /\bmeters?\b.{0,40}\b(upgrade|replacement|recalibration|migration)\b|\b(upgrade|replace) (of )?your (prepaid |postpaid )?meter\b/
    $cut = /\b(disconnect|disconnected|disconnection|cut off|cut-off|deactivated|blocked)\b/
    $alert = /\b(sms|text) alerts?\b.{0,80}\b(opt[ -]?out|deactivate|unsubscribe|stop)\b/
    $mob = /\b0(70[1-9]|80[2-9]|81[0-8]|90[1-9]|91[0-6])[0-9]{2}[0-9]/
    // a son or daughter telling a parent about their own account or meter
    $me = /\b(mummy|mum|mom|daddy|dad|papa|mama|abeg|i go|call me|my bvn|my nin|my account|my meter|our meter)\b/
  condition:
    (($id and $frz) or ($meter and $cut) or $alert)
    and (account_lure_link or $mob or (sender_kind == "phone" and sender_line != "toll_free" and phone_count > 0))
    and not $me and not account_reported_message
}
