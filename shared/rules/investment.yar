// Investment scams: guaranteed or daily returns, stock-tip and trading "groups" on chat apps,
// pump-and-dump stock alerts, and loan offers for people with bad credit.

rule invest_guaranteed_returns
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Promises guaranteed, risk-free or fixed high returns on an investment"
  strings:
    $r1 = /\b(guaranteed|risk[- ]free|no risk|zero risk|fixed|stable|passive) (returns?|profits?|income|gains?|earnings)\b/
    $r2 = /\bdouble (your|ur) (money|investment|capital|deposit|crypto|bitcoin)|\b[2-9]x (returns?|profits?|your money)\b|\breturns? in [0-9]{1,2} ?(hours|hrs)\b/
    $r3 = /\b(daily|weekly) (returns?|profits?|income|earnings|roi)\b/
    // "invest 50k, receive 150k in 7 days", "turn 50,000 into 500,000 in 10 days"
    $r5 = /\b(invest|put in|deposit|send|turn) [^ ]{1,14} (today |now )?(and|to) (receive|get|earn|make|collect) [^ ]{1,14} (in|within|after) [0-9]{1,2} ?(days|hours|hrs|weeks)\b|\bturn (your |ur )?[^ ]{1,14} into [^ ]{1,14} (in|within) [0-9]{1,2} ?(days|hours|hrs|weeks)\b/
    $r4 = /\b[0-9]{1,3}(\.[0-9]{1,2})? ?% (daily|weekly|monthly|per (day|week|month)|a (day|week|month)|returns?|profit|roi|gains?|interest|semanal|diario|diaria|mensual|al dia|por semana|por dia|ao dia|por mes)/
    $i = /\b(invest\w{0,12}|trading|trade|stocks?|shares|forex|fx|crypto|bitcoin|usdt|btc|eth|arbitrage|bot|cripto|inversion|inversiones|investimento|portfolio|fund|mining|platform|options|capital|deposit)\b/
  condition:
    (any of ($r*) and $i) or $r5
}

rule invest_tip_group
{
  meta:
    action = "junk"
    weight = 2.5
    description = "Invitation to a free stock, crypto or trading 'group', 'club' or 'mentor' on a chat app or link"
  strings:
    $g2 = /\b(free|private|vip|exclusive) (whats ?app|telegram) (group|channel|community)\b.{0,40}\b(picks?|stocks?|trading|signals?|investing|profits?|market)\b|\b(stocks?|picks?|trading|investing|signals?)\b.{0,60}\b(free|private|vip|exclusive) (whats ?app|telegram) (group|channel|community)\b/
    $g = /\b(stock|stocks|trading|investment|investor|investing|crypto|market|wealth|vip|profit|signals?|growth) (research group|study group|learning group|group|club|community|channel|circle|class|mentor(ship)?|signals?|picks|tips|alerts|recommendations?|analyst|coach|discussion group)\b|\b(free|today's|todays) (daily |weekly )?(stock )?picks?\b/
    $j = /\b(join|whats ?app|telegram|wa\.me|t\.me|invite|invited|exclusive|add me)\b/
    $link = /(https?:\/\/|www\.)/
    // Portuguese and Spanish: free stock analyses in a WhatsApp group, "can I add you?"
    $g3 = /\b(analises|acoes|sinais|investimentos|analisis|acciones|senales|inversiones)\b.{0,60}\bgrupo (do |de |no |en )?(whats ?app|telegram)\b/
    $j2 = /\b(adicionar|te adicionar|entrar|participar|agregar|te agrego|unirte)\b/
  condition:
    ($g and ($j or $link or url_count > 0 or contact_count > 0)) or $g2 or ($g3 and $j2)
}

rule invest_stock_pump
{
  meta:
    action = "junk"
    weight = 2.5
    description = "Pump-and-dump stock alert: a 'strong buy' or 'explosive pick' set to soar"
  strings:
    $h = /\b(strong[- ]buy|explosive (pick|growth|stock|move)|hot (stock|pick|tip)|next (big|hot) (stock|thing|winner)|set to (soar|explode|skyrocket|take off)|[0-9]{1,3}[0-9]% upside|upside potential|(sharing|share|giving|give|send) (you )?(one|a|my|a few|[0-9]) free (stock|pick)|about to (soar|explode|skyrocket)|(up|gain(ed|ing)?|soar(ed|ing)?|rise|rose|jump(ed)?) (over |by |more than )?[0-9]{1,3}[0-9]%)/
    $s = /\b(nasdaq|nyse|otc|amex|tsx|ticker|symbol|stocks?|shares|penny stock|picks?)\b/
  condition:
    $h and $s
}

rule invest_loan_offer
{
  meta:
    action = "junk"
    weight = 2.5
    description = "Unsolicited loan or credit offer, often 'even with bad credit' or 'previously refused'"
  strings:
    $l1 = /\b(loans?|cash advance|credit) (for any purpose|approved|available|offer|up to|of up to)\b/
    $l2 = /\b(bad|poor|no) credit\b/
    $l3 = /\b((previously|already|been) refused|refused (a |for a )?(loan|credit|mortgage)|(can'?t|cannot|unable to) get (a )?(loan|credit))\b/
    $l4 = /\bpre-?approved (for )?(an? )?(loan|credit|cash)/
    $l5 = /\b(homeowners|tenants) (\+ tenants |and tenants )?welcome/
    $l7 = /\bpre-?(approved|qualified) for (up to )?(£|\$|€|₹)/
    $l6 = /\b(instant|quick|fast|same[- ]day|guaranteed|easy) ((£|\$|€)[0-9,]{1,9} )?(cash |payday |personal )?loans?\b/
    $l8 = /\b(need|get) cash (fast|now|today|quick)\b/
    // "approved for up to $5,000": the amount is what is approved, no loan word needed
    $l9 = /\bapproved for (up to )?(£|\$|€|₹|rs\.?) ?[0-9]/
    $l10 = /\b(cash advance|loan|payday loan) (of [^ ]{1,10} )?(is|has been) (approved|ready)\b/
    // how to take it: apply now, or a number to call or text (the normaliser's phones and short
    // codes with the vocabulary's contact words: no gap after "txt" for hostile text to repeat)
    // the lure's promises: approval taken for granted, no credit check, the money today; two of
    // them with a loan word (one alone is a real lender's or a phone shop's line)
    $g1 = /\b(pre-?approved|pre-?qualified|guaranteed approval|approval (is )?guaranteed|guaranteed to be approved|100% approval|instant approval|approved instantly)\b|\bapproval in [0-9]{1,2} ?(min|mins|minutes|hours|hrs)\b/
    $g2 = /\b(no (credit|cibil) checks?|no cibil|without (a )?credit check|credit check free|all credit (types|scores) (welcome|accepted|considered)|(bad|poor) credit (ok|okay|welcome|accepted|no problem)|no guarantor|without (a )?guarantor)\b/
    $g3 = /\b(funds?|money|cash|deposit(ed)?|paid out)\b.{0,25}\b(same[- ]day|today|within (24|48|[0-9]) ?(hours?|hrs?|minutes|mins)|in (24|48|[0-9]) ?(hours?|hrs?|minutes|mins)|next (business )?day|instantly)\b/
    $wloan = /\b(loans?|lending|lender|money ?lender|borrow|cash advance|line of credit|credit line|financing|funding)\b/
    $reply = /\breply "?(yes|y|1|loan|cash)"?\b/
    $act = /\bapply( now| here| today| online|:)|\b(reply|text|txt) "?help\b/
    $link = /(https?:\/\/|www\.)/
  condition:
    (2 of ($l*) or $l1 or $l4 or ($wloan and 2 of ($g*)) or (($l7 or $l9) and ($g2 or $g3))) and ($act or $link or $reply or phone_count > 0 or url_count > 0 or contact_count > 0)
    // a bank's or lender's own sender id advertising its loan ("a Personal Loan of up to ...") is its
    // marketing: from one, only the lure's promises count (bad credit, refused before, guaranteed)
    and ((sender_kind != "alpha" and sender_kind != "shortcode") or 2 of ($l*) or ($wloan and 2 of ($g*)))
}

rule invest_loan_bad_credit
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A loan offered to people with bad credit ('negativados', 'nome sujo', 'sin buro', 'zonder BKR', 'cattivi pagatori'), texted from someone's number (Portuguese, Spanish, Dutch, Italian)"
  strings:
    $loan = /\b(emprestimos?|credito|consignado|prestamos?|financiamento|lenen|lening|prestiti|prestito|finanziamento)\b/
    $bad = /\b(negativad[oa]s?|nome sujo|sem consulta (ao )?(spc|serasa)|mesmo (negativado|com nome sujo)|sin buro|con buro malo|aunque (estes|este) en buro|zonder bkr|zonder bkr-toetsing|bkr-registratie|cattivi pagatori|protestati)\b/
  condition:
    $loan and $bad and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule invest_loan_fee_before_disbursal : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A loan 'approved' or 'sanctioned' that a file, processing, insurance or GST charge must be paid to release: lenders deduct their fees, they never collect them first"
  strings:
    $loan = /\b(loan|credit|finance)\b.{0,60}\b(approved|sanctioned|disburs\w{0,6}|released|credited)\b/
    $fee = /\b(pay|deposit|transfer|send)\b.{0,30}\b(file|processing|insurance|gst|stamp duty|legal|registration|verification|documentation|activation) (charges?|fees?)\b|\b(file|processing|insurance|gst|stamp duty|legal|registration|verification|documentation|activation) (charges?|fees?) (of )?(rs\.?|₹|n|ksh|ghs|php|\$|£)? ?[0-9]/
    $deducted = /\b(deducted|will be deducted|adjusted from|no (upfront|advance) (fee|charge|payment))\b/
  condition:
    $loan and $fee and not $deducted and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule invest_withdrawal_fee
{
  meta:
    action = "junk"
    weight = 3.0
    description = "'Your investment has grown to X; to withdraw, pay a release fee or contact your account manager': the fake-platform withdrawal lure"
  strings:
    $grown = /\b(investment|portfolio|account|balance|profits?|earnings|wallet|trading account|funds|assets|capital|deposit)\b.{0,40}\b(has grown|grew|has (increased|risen|reached|multiplied|matured)|now stands at|is now (worth|at)|has yielded|has generated|(is|are) now available|ready (for|to) (withdraw|withdrawal))/
    $withdraw = /\b(withdraw|withdrawal|withdrawing|cash out|payout)\b/
    $fee = /\b(release|withdrawal|clearance|activation|unlock|unlocking|maintenance|upgrade|conversion|verification|gas|capital gains|anti-?money laundering|aml|insurance) (fee|charge|tax|deposit|payment)s?\b|\bpay (a|the|your)( small| one-?time| refundable)? (fee|tax|commission|charge)\b/
    $manager = /\b(contact|message|text|reach|speak (to|with)|chat with|whatsapp)( your| our| the)? (account manager|personal manager|broker|financial advis[eo]r|mentor|customer service|support team|relationship manager|agent)\b/
  condition:
    $grown and $withdraw and money_count > 0
    and ($fee or ($manager and sender_kind != "alpha" and sender_kind != "shortcode"))
}

rule invest_returns_intl
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Investment or trading returns promised in Chinese, Spanish, Portuguese or romanised Hindi, with a group or contact to join"
  strings:
    $zh1 = /(投资|理财|收益|带单|炒股|股票|数字货币|虚拟币|回报|稳赚|翻倍|导师)/
    $zh2 = /(微信|加群|进群|群|联系|telegram|whatsapp|链接|点击|老师)/
    $es = /\b(inversion|invierta|invertir|criptomonedas?|trading|acciones)\b.{0,80}\b(ganancias?|rentabilidad|ganar|garantizad[oa]s?|diari[oa]s?|duplica)/
    $pt = /\b(investimento|invista|investir|criptomoedas?|trading|acoes)\b.{0,80}\b(lucro|ganhos?|rendimento|garantid[oa]|diari[oa]|dobr)/
    $hi = /\b(paisa|paise|rupay?e|amount) (double|dugna|teen guna)|\b(invest|nivesh) (kare|karein|karo|kijiye)\b.{0,60}\b(return|munafa|profit|kamaye)|\bguaranteed (return|profit) (milega|paaye)/
  condition:
    ($zh1 and $zh2) or any of ($es, $pt, $hi)
}

rule invest_loan_intl
{
  meta:
    action = "junk"
    weight = 2.5
    description = "An unsolicited loan offer in Chinese, Spanish, Portuguese, Polish, Bengali, German or romanised Hindi, with a link or a number"
  strings:
    $zh = /(贷款|借款|网贷|额度|下款|放款|低息|免息)/
    $es = /\bprestamos?\b.{0,60}\b(aprobado|pre-?aprobado|inmediato|sin aval|sin buro|rapido|al instante|gota a gota|sin papeleo|sin fiadores?|sin codeudor)/
    $pt = /\bemprestimos?\b.{0,60}\b(aprovado|pre-?aprovado|liberado|na hora|sem consulta|rapido)/
    // (romanised Hindi's own words: an English "your loan has been approved" is a lender's notice as often)
    $hi = /\b(loan|rin)\b.{0,40}\b(mil jayega|milega|turant|bina (document|cibil)|sanction ho)\b/
    // Polish: the quick loan without a credit check ("szybka pozyczka bez BIK")
    $pl = /\b(szybka pozyczka|pozyczka (bez|online|do)|chwilowka|bez bik|bez zaswiadczen)\b/
    // Bengali and German: a loan "without collateral", "without Schufa" (a Bengali letter is three bytes)
    $bn = /(ঋণ|লোন).{0,120}(জামানত লাগবে না|জামানত ছাড়া|বিনা জামানতে)|(জামানত ছাড়া|বিনা জামানতে).{0,120}(ঋণ|লোন)/
    $de = /\b(kredit|darlehen)\b.{0,40}\b(ohne schufa|sofortige auszahlung|sofortzusage)\b/
  condition:
    any of ($zh, $es, $pt, $hi, $pl, $bn, $de) and (url_count > 0 or phone_count > 0 or contact_count > 0)
}

rule invest_loan_registration_fee_sw
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A loan you 'qualify for' without collateral once you send a registration fee, in Swahili (mkopo ... tuma ... usajili)"
  strings:
    $loan = /\b(mkopo|umehitimu|umestahili)\b/
    $fee = /\b(usajili|ada)\b/
    $send = /\b(tuma|lipa)\b/
  condition:
    $loan and $fee and $send and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule invest_loan_no_collateral_id
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A cash loan 'without collateral, without BI checking, disbursed in minutes' from a person's number, in Indonesian: the illegal lending app (pinjol) spam"
  strings:
    $loan = /\b(pinjaman|pinjol|dana tunai)\b/
    $easy = /\b(tanpa jaminan|tanpa bi checking|cair (cepat|[0-9]{1,2} menit)|langsung cair)\b/
  condition:
    $loan and $easy and (contact_count > 0 or phone_count > 0 or url_count > 0) and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule invest_stock_room_ko : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A Korean stock 'leading room': free entry, this week's picks, a return in percent, a KakaoTalk id or link"
  strings:
    $room = /(리딩방|주식 리딩|종목 추천|추천 종목|급등주)/
    $pull = /(무료|수익률|카톡|오픈채팅|입장|%)/
  condition:
    $room and $pull
}

rule invest_loan_stranger
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A quick loan's promises (no guarantor, no documents, blacklisted welcome, paid out in minutes, a processing fee first) texted from someone's number, in English, Swahili, Malay, Indonesian, Vietnamese, Hindi: lenders write from their sender ids"
  strings:
    $loan = /\b(loans?|pinjaman|mkopo|mikopo|vay tien|vay von|karz|karza|loan ya)\b/
    $easy = /\b(no (guarantor|collateral|documents?|paperwork|credit check)|without (a )?(guarantor|collateral|documents?|security)|bila (guarantor|dhamana|mdhamini)|tanpa (dokumen|jaminan|penjamin)|blacklist(ed)? (welcome|ok|accepted|pun boleh|boleh)|lulus (dalam )?[0-9]{1,2} ?(jam|minit)|giai ngan [0-9]{1,2} ?(phut|gio)|chi can (cccd|cmnd)|approval (ndani ya|within|in) [0-9]{1,2} ?(dakika|minutes|mins|hours|hrs)|(processing|registration) fee (of |ya )?(ksh|kes|ugx|tsh|r|rm|rs|n|ghs|\$)|ada ya (processing|usajili))\b/
  condition:
    $loan and $easy and (contact_count > 0 or phone_count > 0 or url_count > 0 or money_count > 0) and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule invest_multiply_quick
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Money multiplied in days ('invest 1,000 get 5,000 in 7 days') or a weekly income from forex or crypto at home, no experience needed"
  strings:
    $mult = /\binvest\b.{0,25}\b(get|earn|receive|returns?|withdraw)\b.{0,25}\b(in|within|after) [0-9]{1,2} ?(days?|hours?|hrs|weeks?)\b/
    $weekly = /\b(make|earn|get)\b.{0,20}\b(weekly|daily|every week|per week|a week|per day|a day)\b.{0,40}\b(forex|crypto|bitcoin|trading|binary|options)\b|\b(forex|crypto|bitcoin|trading|binary)\b.{0,40}\b(weekly|daily) (profit|income|returns?)\b/
    $easy = /\b(no experience|100% (safe|guaranteed|profit)|guaranteed (profit|returns?)|from home|risk[- ]free)\b/
  condition:
    ($mult or ($weekly and $easy)) and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule invest_mentor_brag
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A friend-like stranger's trading win ('made me 38% this week') and an offer to add you to a mentor's or coach's group"
  strings:
    $win = /\b(made|earned|gained|returned|got) (me |us )?[0-9]{1,3}(\.[0-9])? ?%|\b(make|made|earn|earned|making|earning) (about |around |over |like )?\$[0-9]{1,3}(k|,[0-9]00)? (a|per|every) (week|day)\b|\b[0-9]{1,3} ?% (profit|return|gain)s? (this|last|in a|in one|per) (week|day|month)\b/
    $group = /\b(mentor|mentorship|coach|coaching|teacher|analyst|professor|my (uncle|aunt))\b.{0,80}\b(group|spots?|slots?|class|add you|invite you|members?)\b|\b(add|invite) you (to|into) (the |her |his |our |my )?(group|class|team|chat)\b|\b(i|she|he) (could|can) (show|teach|guide) you\b/
    // or the relative or mentor who is an analyst or trader, and "would you like to learn?"
    $who = /\b(uncle|aunt|mentor|teacher|professor)\b.{0,40}\b(analyst|wall street|trader|expert|fund manager|investor)\b/
    $win2 = /\b(made|earned|gained|profited) \$[0-9][0-9,.]{0,9}k? (last|this|in (a|one|the last)) (week|month|quarter|year)\b/
    $platform = /\b(platform|app|exchange|website) (my|that my) (uncle|aunt|cousin|mentor|brother|sister|teacher) (recommended|introduced|uses|showed me|told me about)\b/
    $teach = /\b(would you like|do you want|want) to learn\b|\b(i|she|he) (can|could) (teach|show) you\b/
  condition:
    ((($win or ($win2 and $platform)) and $group) or ($who and $teach)) and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule invest_business_proposal
{
  meta:
    action = "junk"
    weight = 2.5
    description = "A stranger's 'business proposal' worth millions (crude oil, gold, a contract, a fund transfer): the advance-fee opener"
  strings:
    $deal = /\b(business (proposal|deal|transaction|partnership)|lucrative (deal|business|proposal))\b/
    $sum = /\b(worth|valued at|sum of|million|billion)\b|\$ ?[0-9.,]{1,6} ?(m|mn|million|billion)\b/
  condition:
    $deal and $sum and sender_kind != "alpha" and sender_kind != "shortcode"
}
