// Transactions: verification codes from real services, order and delivery notices without a
// payment request, appointment reminders, bank alerts (card activity, balances, payments),
// carrier notices, rewards, weather and public-service alerts.
//
// A transaction vote files a message away from junk, so every rule here stays silent when the
// message also carries a phishing marker (txn_phishing_markers below): a suspicious link, a
// request to send a code back, a fee to pay, a prize, a locked account with a link.

private rule txn_has_link
{
  strings:
    $l1 = /https?:\/\//
    $l2 = /\bwww\./
    $l3 = /[a-z0-9]\.(com|net|org|co|us|uk|io|app|ly|me|info|top|xyz|icu|cyou|buzz|live|click|vip|shop)\/[a-z0-9]/
  condition:
    url_count > 0 or any of them
}

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

private rule txn_phishing_markers
{
  strings:
    $short = /\b(bit\.ly|bitly\.com|tinyurl\.com|goo\.gl|is\.gd|ow\.ly|rb\.gy|cutt\.ly|shorturl\.at|tiny\.cc|rebrand\.ly|bit\.do|t\.ly|v\.gd|s\.id|surl\.li|short\.gy|x\.gd)\/[a-z0-9]/
    $ip = /\b[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}(:[0-9]{1,4}[0-9])?\/[a-z0-9]/
    $tld = /\b[a-z0-9-]{1,39}[a-z0-9-]\.(top|xyz|icu|cyou|buzz|click|vip|sbs|cfd|bond|rest|monster|quest|lat|tk|ml|ga|cf|gq|pw|win|loan)(\/|\b)/
    $bait = /\b[a-z0-9]{1,19}[a-z0-9]-(verify|verification|secure|security|login|signin|unlock|recovery|refund|claim|redelivery|toll|tolls|customs|billing|auth)[a-z0-9-]{0,30}\.[a-z]{1,11}[a-z]/
    $code_back1 = /\b(reply|respond|text|send)( back)?( to (this|the) (message|text))? with (the|this|that|your|a) ([0-9]-digit |six-digit |verification |security |confirmation )?(code|otp|pin)/
    $code_back2 = /\b(send|forward|share|tell|give|read)( it| that| this)?( back)? (to )?(me|us)( the| that| this| your)? ([0-9]-digit |six-digit |verification |security )?(code|otp|pin|digits)\b/
    $code_back3 = /\b(code|otp|pin)\b.{0,50}\b(by mistake|by accident|accidentally|mistakenly)/
    $code_back4 = /\b(reply|respond|send|text)( back)?( with)? (it|this code|the code)( back)? (to|in order to) (block|cancel|stop|prevent|secure)/
    $prize = /\b(you('ve| have)? won |claim|claims|prize|winner|congratulations|selected to receive|gift card|reward is waiting|airdrop)\b/
    $premium = /\b[0-9]{1,3} ?p ?\/ ?(msg|min|txt|wk|week)|\b[0-9]{1,2}[0-9] ?ppm\b/
    $fee = /\b(pay|settle|cover)( a| the| your)?( small| outstanding| unpaid| redelivery| customs| delivery| shipping)? (fee|fine|toll|charge|balance|duty|duties)\b/
    $fail = /\b(failed|unsuccessful|missed) (delivery|delivery attempt)|could not be delivered|unable to deliver|(incomplete|incorrect|invalid) (shipping |delivery )?address/
    $seed = /\b((seed|recovery|secret) phrase|private key)\b/
    $lock = /\b(suspended|locked|restricted|blocked|deactivated|frozen|will be (closed|suspended|blocked|deactivated)|unusual activity|suspicious activity)\b/
    $update = /\b(update|verify|confirm|validate|re-?enter) (your )?(address|details|information|identity|payment|billing|card|bank)/
    $chat = /\b(wa\.me|t\.me)\/|\b(telegram|whats ?app) ?(@|:|\+[0-9]|me\b)|\b(on|via|add me on|contact (me|us) on) (whats ?app|telegram)\b/
    $deny_call = /\b(did not|didn't) (authori[sz]e|make|place|recogni[sz]e)\b.{0,40}\b(call|ring|dial)\b/
  condition:
    any of ($short, $ip, $tld, $bait, $code_back*, $prize, $premium, $fee, $fail, $seed, $chat, $deny_call) or (($lock or $update) and txn_has_link)
}

rule txn_verification_code
{
  meta:
    action = "transaction"
    sub_action = "transactionalOthers"
    weight = 1.0
    description = "A one-time verification or login code from a service ('Your Google code is 123456', 'Do not share this code')"
  strings:
    // The code itself must be there, next to the words that introduce it.
    $c1 = /\b(verification|security|login|log-in|sign-in|signin|one[- ]time|confirmation|authentication|auth|access|2fa|otp|passcode|activation|validation|authori[sz]ation) (code|pin|password|passcode)\b.{0,24}\b[0-9]{2}[0-9][- ]?[0-9]{1,5}\b/
    $c2 = /\byour ([a-z0-9]{1,15} ){0,3}(code|otp|pin|passcode)( is:?|:) ?[0-9]{2}[0-9][- ]?[0-9]{1,5}\b/
    $c3 = /\b[0-9]{2}[0-9][- ]?[0-9]{1,5} (is|as) your ([a-z0-9]{1,15} ){0,3}(code|otp|pin|passcode|password)\b/
    $c4 = /\b(use|enter) [0-9]{2}[0-9][0-9a-z]{1,5} (as|to|for)\b/
    $c5 = /\bg-[0-9]{2}[0-9][0-9]{2}[0-9]\b/
  condition:
    any of them and not txn_phishing_markers
}

rule txn_order_status
{
  meta:
    action = "transaction"
    sub_action = "transactionalOrders"
    weight = 1.0
    description = "Order, shipping or delivery status from a merchant or carrier, with no payment request"
  strings:
    $o1 = /\byour( [a-z]{1,15}){0,2} (order|package|parcel|shipment|delivery)( #?[a-z0-9-]{2,23}[a-z0-9-])? (has been |has |was |is |will be )?(shipped|dispatched|confirmed|delivered|out for delivery|on (its|the) way|arriving|ready for (pickup|collection)|picked up|in transit|scheduled for delivery|left at)/
    $o2 = /\b(thanks|thank you) for (your )?(order|purchase|shopping)\b/
    $o3 = /\b(tracking (number|no|#|id|code)|track (your|it) (here|at|online|order|package)|order (number|no\.?|#|id|ref))/
    $o4 = /\bout for delivery\b/
    $o5 = /\bdelivered (to|at) (your )?(front door|mailbox|reception|porch|parcel locker|safe place|door|neighbou?r)/
  condition:
    ($o1 or $o4 or $o5 or ($o2 and $o3)) and not txn_phishing_markers
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
    $a3 = /\b(your|an) (appointment|appt|booking|reservation|visit|consultation)( with [a-z.]{1,20}[a-z.]( [a-z]{1,20}[a-z])?| at [a-z' ]{2,30}[a-z' ])? (is |has been )?(scheduled|booked|on|at|for) /
  condition:
    ($a1 or $a2 or ($a3 and txn_service_wording)) and not txn_phishing_markers
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
    $svc = /\b(reminder|confirmed|scheduled|pick ?up|collection|patient portal)\b/
  condition:
    any of ($h*) and ($svc or txn_service_wording) and not txn_phishing_markers
}

rule txn_card_activity
{
  meta:
    action = "transaction"
    sub_action = "transactionalFinance"
    weight = 1.0
    description = "A bank card or account alert: a purchase, payment, deposit or transfer on the card or account ending in 1234"
  strings:
    $acct = /\b(card|account|acct|a\/c)( number| no\.?)? (ending( in| with)?|x{1,8}|\*{1,8}|#|xx)\s?[0-9]{1,3}[0-9]\b/
    $what = /\b(purchase|transaction|charged|debited|credited|spent|payment|withdrawal|withdrawn|deposit|deposited|balance|authori[sz]ed|declined|transfer|transferred)\b/
  condition:
    // money_count: the normaliser finds £ $ € ₹ rs inr usd gbp eur amounts, no pattern needed
    $acct and $what and money_count > 0 and not txn_phishing_markers
}

rule txn_balance_or_payment
{
  meta:
    action = "transaction"
    sub_action = "transactionalFinance"
    weight = 1.0
    description = "A balance notice, a payment received or scheduled, or a 'did you make this purchase? reply YES/NO' check"
  strings:
    $b1 = /\b(available|current|account|ledger|closing|statement) balance (is|of|:|was)\s?(£|\$|€|₹|rs\.? ?|inr ?|usd ?)?[0-9]/
    $b2 = /\b(payment|deposit|transfer|direct debit|autopay|auto-pay|refund) (of )?(£|\$|€|₹|rs\.? ?|inr ?)[0-9][0-9,.]{0,12} (has been |was |is )?(received|processed|posted|scheduled|successful|sent|completed|credited|made)/
    $b3 = /\bwe('ve| have) received your payment\b/
    $b5 = /\byour ([a-z]{1,15} )?(statement|e-?statement) (is ready|is now ready|is (now )?available)/
    $b4 = /\b(did you (make|attempt|authori[sz]e)|was this you\?|is this you\?)\b.{0,120}\breply "?(yes|y|1)"?\b.{0,40}\b(no|n|2)\b/
    // a payment app's receipt: "You sent $25.00 to Jamie", "You paid £12.50 to Acme Ltd"
    $b6 = /\byou (sent|paid|transferred) (£|\$|€|₹|rs\.? ?|inr ?)[0-9][0-9,.]{0,12} to [a-z]/
    // ... but not the "sent to the wrong account, call to reverse it" scam
    $mistake = /\b(wrong (account|number|person|recipient)|by mistake|by accident|reverse|send it back|return it)\b/
  condition:
    (any of ($b1, $b2, $b3, $b4, $b5) or ($b6 and not $mistake)) and not txn_phishing_markers
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
    $d3 = /\byour ([a-z]{1,15} )?(bill|phone bill|mobile bill) (is ready|is now ready|is (now )?available|has been (issued|generated))/
    $d4 = /\b(top[- ]?up|recharge|airtime) (of (£|\$|€|₹|rs\.? ?)?[0-9]|successful|was successful|received|confirmed)/
    $d5 = /\b(you('re| are) (now )?roaming in|welcome to [a-z][a-z]{1,20})\b.{0,60}\b(roaming|calls|data|texts|rates|pass)\b/
  condition:
    any of them and not txn_phishing_markers
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
    any of them and not txn_phishing_markers
}

rule txn_weather_alert
{
  meta:
    action = "transaction"
    sub_action = "transactionalWeather"
    weight = 1.0
    description = "A weather warning or advisory (storm, flood, heat, snow) from a forecasting or civil service"
  strings:
    $w1 = /\b(severe weather|weather (warning|alert|advisory|watch)|(flood|flash flood|tornado|hurricane|tropical storm|winter storm|storm|heat|excessive heat|wind|high wind|snow|ice|fog|thunderstorm|air quality|wildfire|red flag|frost|blizzard) (warning|watch|advisory|alert))\b/
    $w2 = /\b(issued|in effect|until [0-9a-z]|take shelter|seek shelter|avoid (unnecessary )?travel|for (your|the) (area|county|region)|from [0-9]{1,2}[:.]?[0-9]{0,2} ?(am|pm)?)\b/
  condition:
    $w1 and $w2 and not txn_phishing_markers
}

rule txn_public_service
{
  meta:
    action = "transaction"
    sub_action = "transactionalPublicServices"
    weight = 1.0
    description = "A public-service notice: emergency or evacuation alerts, boil-water notices, outages, school closures, bin collections"
  strings:
    $p1 = /\b(amber alert|emergency alert|evacuation (order|warning|notice)|shelter in place|boil[- ]water (notice|advisory|order))\b/
    $p2 = /\b(power|water|gas|electricity|service) (outage|interruption|disruption|shut-?off)\b.{0,60}\b(restored|expected|estimated|planned|scheduled|in your area|update)/
    $p3 = /\b(school|schools|campus) (is |are |will be )?(closed|closure|delayed|delay|cancelled)\b/
    $p4 = /\byour (bin|rubbish|recycling|waste|garbage|trash) collection\b/
  condition:
    any of them and not txn_phishing_markers
}
