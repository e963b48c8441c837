// Investment scams: guaranteed or daily returns, stock-tip and trading "groups" on chat apps,
// pump-and-dump stock alerts, and loan offers for people with bad credit.

// Dutch, German, Danish, Swedish, Norwegian, French, Indonesian: an investment, stock or trading group or club
// ("beleggingsgroep", "Aktiengruppe", "aksjegruppe", "club d'investissement", "grup saham"); read by
// invest_guaranteed_returns (with a return by the month, week or day) and invest_tip_group (with a join ask)
private rule invest_ml_group
{
  strings:
    $g = /\b(beleggings|investerings|investment|investitions|aktien|aktie|aksje|aandelen|borsen|anleger|trading|krypto)[- ]?(groep|club|gruppe|grupp|gruppen|klub|klubb|kring|community|kreis|zirkel)\b|\b(groupe|club|cercle|communaute) (prive |privee |vip |exclusif |exclusive )?(d'investissement|d'investisseurs|boursier|de trading)\b|\b(grup|komunitas|kelas) (saham|investasi|trading)\b/
  condition:
    $g
}

// the return by the month, week or day in those languages ("15% afkast om maneden", "Rendite von 30 %")
private rule invest_ml_return
{
  strings:
    $r = /[0-9] ?% (rendite |rendement |afkast |avkastning |fortjeneste |vinst |gevinst |winst |gewinn |keuntungan |profit )?(pro|per|par|om|i|im|a|in|setiap) (monat|maand|maned|maneden|manad|manaden|mois|bulan|woche|week|uge|ugen|vecka|veckan|uke|uken|semaine|minggu|tag|dag|dagen|jour|hari)\b|\b(rendite|rendement|afkast|avkastning|fortjeneste|gevinst|keuntungan)( [a-z]{1,10}){0,2} [0-9]{1,2}[0-9]? ?%/
  condition:
    $r
}

rule invest_guaranteed_returns
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Promises guaranteed, risk-free or fixed high returns on an investment (a percent a month, week or day in English, Spanish, Portuguese, Italian, French, German, Polish, Swedish, Malay, Vietnamese); the Ponzi revivals of Nigeria, Ghana and Kenya (MMM's 'provide help, get help', a monthly percent or 'get rich in N days' with a Telegram or WhatsApp sign-up; English, Pidgin); French West Africa's 'invest X FCFA, receive Y in N days', an 'approved platform' with daily gains or places limited; the 'donation' communities: donate or pay X and receive 2X or a percent in N days, with referral codes and members already paid (English, Pidgin in naira; French in FCFA); the agro and poultry 'investments' of Nigeria and Ghana: a farm's fixed return in days ('put N100k, get N180k in 30 days', '40% ROI in 60 days'), 'CAC registered', limited slots (English, Pidgin); a crypto investment with a guaranteed or fixed monthly profit percentage, 'do you want the details?' (Arabic); a fund's or a crypto club's monthly return with a word between the percent and the month ('9% Rendite pro Monat', '15% zysku miesiecznie', 'rendement van 12% per maand') and 'reply yes' or 'interested?' from a person's number (Dutch, German, French, Italian, Polish, English); a crypto adviser's, fund's or arbitrage scheme's return by the day, week or month from a person's line with a way to write (Romanian, Polish, Turkish, Portuguese, Spanish, Russian, Ukrainian, Arabizi); an online rotating savings scheme (paluwagan, arisan, tontine, susu): a small sum a day for a large payout, slots or a guarantee, and a group to join (Tagalog, Indonesian, French, English); a company's shares on a licensed platform with a monthly profit, or 'pay X and receive Y after a month' (Gulf and Egyptian Arabic); off-plan property with a guaranteed ROI, a free trading course promising a monthly income (English, Arabic); a crypto stake earning a sum a month with 'reply YES' or an adviser (Greek); East Africa's groups: a forex mentor, a crypto or AI-bot club or a betting 'investment' paying a profit every day or week, a chama that doubles the contributions ('weka 2k upate 4k', 'inadouble pesa') (Swahili, Sheng); the same in Amharic (script and romanised: 'በየቀኑ 10% ትርፍ', '5,000 ብር ... በ7 ቀን ... 15,000 ብር', an online equb paying out a large sum for a small daily one) and Luganda ('amagoba ga 15% buli wiiki', 'teekamu 50,000 ofune 150,000', 'ssente zo tuzikubisaamu'), with a group to join, a chat app or a number"
  strings:
    $r1 = /\b(guaranteed|risk[- ]free|no risk|zero risk|fixed|stable|passive) (returns?|profits?|income|gains?|earnings)\b/
    $r2 = /\bdouble (your|ur) (money|investment|capital|deposit|crypto|bitcoin)|\b(your|ur) money (go|fit|will) double\b|\b[2-9]x (returns?|profits?|your money)\b|\breturns? in [0-9]{1,2} ?(hours|hrs)\b/
    $r3 = /\b(daily|weekly) (returns?|profits?|income|earnings|roi)\b/
    // "invest 50k, receive 150k in 7 days", "turn 50,000 into 500,000 in 10 days"
    $r5 = /\b(invest|put in|deposit|send|turn) [^ ]{1,14} (today |now )?(and|to) (receive|get|earn|make|collect) [^ ]{1,14} (in|within|after) [0-9]{1,2} ?(days|hours|hrs|weeks)\b|\bturn (your |ur )?[^ ]{1,14} into [^ ]{1,14} (in|within) [0-9]{1,2} ?(days|hours|hrs|weeks)\b/
    $r4 = /\b[0-9]{1,3}(\.[0-9]{1,2})? ?% (daily|weekly|monthly|per (day|week|month)|a (day|week|month)|every (day|week|month)|each month|returns?|profit|roi|gains?|interest|semanal|diario|diaria|mensual|al dia|por semana|por dia|ao dia|ao mes|por mes|al mese|a settimana|al giorno|mensile|settimanale|par mois|par semaine|par jour|pro monat|pro woche|im monat|monatlich|miesiecznie|tygodniowo|w miesiacu|per manad|i manaden|per vecka|sebulan|seminggu|setiap bulan|mot thang|moi thang|hang thang|moi tuan)/
    // "lai 20%/thang", "20%/bulan": the period after a slash
    $r7 = /\b[0-9]{1,3} ?% ?\/ ?(thang|tuan|bulan|minggu|mese|mois|monat|miesiac|manad|mes|month|week)\b/
    $i = /\b(invest\w{0,12}|invist\w{1,4}|trading|trade|stocks?|shares|forex|fx|crypto|bitcoin|usdt|btc|eth|arbitrage|bot|cripto|inversion|inversiones|investimento|portfolio|fund|mining|platform|options|capital|deposit|investiment[io]|investire|azioni|titoli|criptovalut\w{1,2}|oro|investition\w{0,2}|investieren|geldanlage|aktie\w{0,6}|krypto|investissement\w?|investir|actions|bourse|inwestycj\w{1,3}|inwestuj\w{0,3}|akcj[ei]|kryptowalut\w{1,3}|zloto|investering\w{0,2}|investera|guld|pelaburan|melabur|modal|saham|emas|kripto|dau tu|co phieu|chung khoan|tien ao)\b/
    // the promise in words ("rendimento garantito", "pulangan dijamin", "lai dam bao"), counted with a way in
    $gi = /\b(rendiment[oi] garantit[oi]|guadagn[oi] garantit[oi]|profitt[oi] garantit[oi]|pulangan (dijamin|tetap)|(keuntungan|untung) dijamin|(lai|loi nhuan) (dam bao|co dinh)|cam ket (lai|loi nhuan)|garantiert\w{0,2} (rendite|gewinne?)|rendite garantiert|rendements? garantis?|(gains|profits|benefices) garantis|gwarantowan\w{1,2} (zysk\w{0,2}|zwrot)|zysk\w{0,2} gwarantowan\w{1,2}|garanterad\w? (avkastning|vinst))\b/
    // Ponzi revivals (Nigeria, Ghana, Kenya; English and Pidgin): MMM's "provide help, get help"
    // ("PH 10k, GH 20k"), a monthly percent earned, "get rich in 14 days", and the sign-up on a chat app
    $mmm1 = /\b(mmm (nigeria|ghana|kenya|global|cooperation|is back|community|office)|mavrodi)\b|\bprovide help \(ph\)|\bget help \(gh\)|\bph (of )?(n|ghs|ksh)?[0-9].{0,30}\bgh (of )?(n|ghs|ksh)?[0-9]/
    $mmm2 = /\bprovide help\b.{0,60}\bget help\b|\bget help\b.{0,60}\bprovide help\b/
    $pct = /\b(earn|receive|collect|make|pays?|paying|gain)\b.{0,20}\b[0-9]{1,3} ?% (daily|weekly|monthly|per (day|week|month)|a (day|week|month)|every (day|week|month)|each month)\b|\b[0-9]{1,3} ?% (daily |weekly |monthly )?(returns?|profits?|roi|interest|income) (daily|weekly|monthly|per (day|week|month)|a (day|week|month)|every (day|week|month))\b|\b[0-9]{1,3} ?% (daily|weekly|monthly) (returns?|profits?|roi|income|earnings)\b/
    $ponzi_rich = /\b(get|become|be|go) rich (in|within|after) [0-9]{1,2} ?(days|weeks|months)\b/
    $signup = /\b(register|registration|sign up|signup|participants?|join)\b.{0,30}\b(telegram|whats ?app|t\.me|wa\.me|channel|platform|group|community)\b|\b(register|registration|sign up|signup) (now|today|here)\b/
    // a friend's warning ("it's a scam", "we warned him"), not the pitch's "e no be scam"
    $ponzi_warn = /\b(it's a scam|its a scam|is a scam|na scam|we warned|beware|lol)\b|\bscam (o|oh|sha|abeg)\b/
    // French (West Africa): "investissez 10 000 FCFA et recevez 50 000 FCFA dans 7 jours"; or an
    // "approved" platform with daily gains or places running out
    $fr_mult = /\b(investissez|investis|investir|placez|deposez|misez|cotisez|envoyez|envoie)\b.{1,30}\b(et|pour) (vous |tu )?(recevez|recevoir|recois|recevras|recevrez|gagnez|gagner|gagnes|obtenez|obtenir|touchez|toucher|retirez|retirer)\b.{1,30}\b(dans|en|apres|sous|au bout de) [0-9]{1,2} ?(jours?|heures?|h|semaines?)\b/
    $fr_plat = /\bplateformes? (d'investissement |de trading |de minage |en ligne )?(agreee?s?|certifiee?s?|reconnue?s?|securisee?s?|fiables?|officielles?|legales?)\b/
    $fr_gain = /\b(gains?|benefices?|revenus?|rendements?|interets?|profits?) (journaliers?|quotidiens?|garantis?|par jour|chaque jour|hebdomadaires?)\b|\b[0-9]{1,3} ?% (par jour|chaque jour|journaliers?|quotidiens?|par semaine)\b/
    $fr_limit = /\bplaces? (limitees?|restantes?)\b|\bnombre de places (est )?limite\b/
    $fr_warn = /\b(arnaque|escroquerie|escrocs?|mefie|mefiez|mefiance)\b/
    // Ponzi "donation" communities: "donate N10,000 and receive N20,000 in 7 days", "pay 5k today
    // collect 10k after 5 days", "give 20k, receive 40% in 14 days" (English, Pidgin), with the
    // community's marks: donors, referral codes, members already paid, "e no be scam"
    $dn_mult = /\b(donate|pay|give|drop|contribute|send|put|bring|provide)( help)?( of| in)? (any amount|[^ ]{1,14})( naira| cedis| shillings| ghs| ksh)?,? (today|now|only)?,? ?(and |to |then )?((you|u) (go|will|fit|shall|can) )?(receive|get|collect|earn|cash ?out|withdraw) (back )?(double|2x|3x|(₦|n|ghs|ksh|kes|\$|£|€|rs\.? ?)?[0-9][0-9,.]{0,9}(k|m)?( naira| cedis| shillings)?|[0-9]{1,3} ?%)( back| profit| interest| returns?| roi)? (in|within|after|for|by) [0-9]{1,2} ?(days?|hours?|hrs|weeks?)\b/
    $dn_ctx = /\b(donat(e|es|ed|ing|ion|ions)|donors?|mutual (aid|help|donation)|helping hands?|referr?al (code|link|id|bonus)|upline|downline|members? (have |has |don |already |dey )?(been )?(paid|receiv\w{1,3}|collect\w{0,3})|already (paid|received)|payment proofs?|proofs? of payment|e no be scam|no be scam|not a scam|100% legit)\b/
    // French (FCFA): "faites un don de 10 000 FCFA et recevez 20 000 FCFA dans 7 jours", "donnez 5 000
    // et recevez le double en 10 jours", with a sign-up, a referral code or a contact
    $fr_don = /\b(faites un don|fais un don|donnez|donne|payez|paye|versez|verse|contribuez|contribue|mettez|mets|deposez|cotisez|cotise)\b.{1,40}\b(et|pour) (vous |tu )?(recevez|recevoir|recois|recevras|recevrez|gagnez|gagner|gagnes|gagneras|obtenez|obtiens|touchez|touches|toucheras|retirez|retires) (le double|le triple|[0-9][0-9 .,]{0,10}( ?(fcfa|cfa|f|francs|xof|%))?)( de (benefices?|gains?|interets?))? (dans|en|apres|sous|au bout de) [0-9]{1,2} ?(jours?|heures?|h|semaines?)\b/
    // a rotating savings club's own arithmetic (ajo, esusu, susu, tontine): members get back what they put in
    // an online rotating savings scheme (paluwagan, arisan, tontine, susu): a small sum paid every day and a large
    // payout promised, with slots, a guarantee or a link, and a group to join; not friends arranging their own turn
    $sv = /\b(paluwagan|arisan|tontine|tontines|susu|esusu|sou-sou|stokvel|chama|njangi)\b/
    $sv_day = /\b(araw-araw|kada araw|bawat araw|per day|a day|daily|every day|each day|per hari|setiap hari|sehari|tiap hari|par jour|chaque jour|journalier\w{0,2})\b/
    $sv_get = /\b(makakuha|makukuha|matatanggap|tatanggap|receive|get|collect|payout|dapat|dapatkan|terima|menerima|cair|recevez|recevoir|recois|recevras|touchez|toucher|gagnez)\b/
    $sv_amt = /(\bp|₱|\brp\.? ?|\bphp ?|\$|\bghs ?|\bksh ?)[0-9]|[0-9] ?(fcfa|cfa|pesos|php|ribu|rb|juta|jt|cedis)\b/
    $sv_mark = /\b(online|slots?|limited|limitado|terbatas|limitees?|guaranteed|garantisado|dijamin|garantie?s?|legit|100 ?%)\b/
    $sv_in = /\b(join|sumali|mag-join|gc|group ?chat|gabung|bergabung|daftar|rejoignez|rejoindre|inscri\w{1,8}|register|sign up|whats ?app|telegram)\b/
    $ml_in = /\b(ausgewahlt|geselecteerd|uitgekozen|uitgenodigd|eingeladen|udvalgt|udvalgte|inviteret|valgt ut|invitert|utvald|utvalda|inbjuden|selectionnee?s?|invitee?s?|terpilih|diundang|treten sie|beitreten|word lid|sluit (je|u) aan|meld (je|u) aan|tilmeld|bliv medlem|bli med|bli medlem|meld deg pa|ga med|rejoignez|rejoindre|rejoins|gabung|bergabung|whats ?app|telegram|signal)\b/
    $ml_warn = /\b(betrug|oplichting|oplichters?|svindel|bedrageri|arnaque|escroquerie|penipuan|waspada|pas op|vorsicht)\b/
    $sv_turn = /\b(turn|turno|giliran|kocokan|dikocok|tour de)\b/
    $dn_thrift = /\b(ajo|esusu|susu|adashe|tontine|njangi)\b/
    $fr_ctx = /\b(code de parrainage|lien de parrainage|parrain\w{0,4}|filleul\w{0,2}|membres? (ont |a )?(deja )?(ete )?(payes?|recu)|deja payes?|preuves? de paiement|entraide|dons? solidaires?|inscri\w{1,8})\b/
    // Nigeria's and Ghana's agro and poultry "investments": a farm, a pond or a crop sponsored ...
    $ag = /\b(poultry|broilers?|layers farm|catfish|fish (farm|pond)s?|fish farming|piggery|pig farm\w{0,3}|snail farm\w{0,3}|goat farm\w{0,3}|cattle (farm|ranch)\w{0,3}|livestock|cassava|maize|rice (farm\w{0,3}|paddy|cultivation|mill)|oil palm|palm oil|plantain|cocoa|cashew|soya ?beans?|agro|agric|agricultur\w{1,3}|agri-?business|agro-?allied|farm (investments?|sponsorship|projects?|produce)|farmland)\b/
    // ... for a fixed return in days or months: "40% ROI in 60 days", "get N180k in 30 days" ...
    $ag_ret = /\b[0-9]{1,3} ?% (roi|returns?|profits?|interest)( in| within| after| every| for)? [0-9]{1,2} ?(days|weeks|months)\b|\b(roi|returns?|profits?|interest) (of )?[0-9]{1,3} ?% (in|within|after|every|for) [0-9]{1,2} ?(days|weeks|months)\b|\b(get|receive|collect|earn|cash ?out|withdraw|make) (back )?(₦ ?|n|ngn ?|ghs ?|gh₵ ?|₵ ?|gh¢ ?)?[0-9][0-9,.]{0,9}(k|m)?( naira| cedis)? (in|within|after|for|by|every) [0-9]{1,2} ?(days|weeks|months)\b/
    // ... with the scheme's marks: "CAC registered", limited slots, the capital secured, or an investment pitched
    $ag_mark = /\bcac[- ]?(registered|reg|certified|approved|number|no|accredited)\b|\b(registered|incorporated) (with|by|under) (the )?(cac|corporate affairs commission|registrar[- ]general)\b|\bcorporate affairs commission\b|\blimited (slots?|units?|spaces?|spots?)\b|\b(slots?|units?|spots?) (are |don |dey )?(limited|remaining|left|filling|almost (finish|full|gone|filled))\b|\bonly [0-9]{1,3} (slots?|units?|spots?)\b|\b(capital|investment|your money|funds?) (is |are )?(100 ?% )?(secured|insured|guaranteed|safe|protected)\b|\bregistered company\b/
    $ag_inv = /\b(invest\w{0,6}|sponsor\w{0,5}|roi|partner with us)\b/
    // a farmer's own news: what we sold, what my uncle invested
    $ag_own = /\b(i|we) (sold|harvested)\b|\bi (invested|put|bought)\b|\b(my|our) (uncle|brother|sister|dad|father|mum|mother|cousin|family)('s)? (poultry|farm|pond|birds|business)\b/
    // Arabic crypto "investment": a guaranteed or fixed profit, a percent a month, an opportunity, "do you want
    // the details?" (an Arabic letter is two bytes; no \b around Arabic words)
    $ar_inv = /(استثمار|استثمر)/
    $ar_cr = /(العملات الرقمية|العملات المشفرة|العملات الافتراضية|بيتكوين|البتكوين|كريبتو|تداول|فوركس)/
    $ar_sure = /(ربح|أرباح|ارباح|عائد|عوائد|فائدة|فوائد)( شهري| شهرية| يومي| يومية| أسبوعي| اسبوعي)? (مضمون|مضمونة|ثابت|ثابتة|مؤكد|مؤكدة)|(بدون|بلا|دون|من غير) (أي |اي )?(مخاطر|مخاطرة|خسارة|خسائر)|(مضمون|مضمونة) (100|مئة|مية)/
    $ar_pct = /[0-9] ?(%|٪|في المئة|في المائة|بالمئة|بالمائة).{0,40}(شهري|في الشهر|كل شهر|بالشهر|أسبوعي|اسبوعي|في الأسبوع|كل أسبوع|يومي|في اليوم|كل يوم)|(شهري|في الشهر|كل شهر|أسبوعي|اسبوعي|يومي).{0,30}[0-9] ?(%|٪)/
    $ar_opp = /(فرصة استثمار|فرصة ذهبية|فرصة لا تعوض|فرص استثمار|نقدم لك|نقدم لكم|ندعوك|انضم إلينا|انضم الينا|شركتنا|منصتنا|منصة)/
    $ar_ask = /(هل تريد|هل ترغب|هل تود|هل تحب|هل أنت مهتم|هل انت مهتم|مهتم؟|التفاصيل|للمزيد|تواصل معي|تواصل معنا|راسلني|راسلنا|واتساب|واتس اب|اتصل بي|اتصل بنا)/
    // Europe (Dutch, German, French, Italian, Polish, English): a fund's or a crypto club's fixed monthly return with
    // a word between the percent and the month ("9% Rendite pro Monat", "15% zysku miesiecznie", "elke maand 8
    // procent rendement"), and "reply yes" or "interested?"
    $eu_ret = /\b[1-9][0-9]?([.,][0-9]{1,2})? ?(%|procent|prozent|pour ?cent|per ?cento|proc\.?) (de |di |van |an |d')?(netto |vast |feste |fixe |garantiert\w{0,2} |gwarantowan\w{1,3} )?(rendite|rendement|rendimento|rendita|zysku?|zwrotu|winst|gewinn|profitto|profit|return|interessi|zinsen|odsetek|benefice|gains?|opbrengst) (per maand|elke maand|iedere maand|maandelijks|pro monat|im monat|jeden monat|monatlich|par mois|chaque mois|tous les mois|al mese|ogni mese|mensil[ei]|miesiecznie|w miesiacu|co miesiac|na miesiac|per month|a month|every month|each month|monthly)\b|\b(elke maand|iedere maand|jeden monat|chaque mois|tous les mois|ogni mese|co miesiac|every month|each month)( [a-z]{1,12}){0,3} [1-9][0-9]?([.,][0-9]{1,2})? ?(%|procent|prozent|pour ?cent|per ?cento|proc\.?) (de |di |van |an |d')?(rendite|rendement|rendimento|rendita|zysku?|winst|gewinn|profitto|profit|return|benefice|opbrengst)\b|\b(rendite|rendement|rendimento|rendita|zysk\w{0,2}|winst|gewinn|profitto|return|returns|profit|benefice|opbrengst)( [a-z']{1,10}){0,2} [1-9][0-9]?([.,][0-9]{1,2})? ?(%|procent|prozent|pour ?cent|per ?cento|proc\.?) (per maand|elke maand|pro monat|im monat|monatlich|par mois|chaque mois|al mese|ogni mese|mensil[ei]|miesiecznie|w miesiacu|na miesiac|per month|a month|every month|each month|monthly)\b/
    $eu_ret2 = /\b(monatlich\w{0,2}|maandelijks\w?|mensuel\w{0,2}|mensil\w{1,2}|miesieczn\w{1,3}|monthly) (rendite|rendement|rendimento|rendita|zysk\w{0,2}|return|returns|profit|winst|gewinn|benefice|opbrengst)( [a-z']{1,10}){0,2} [1-9][0-9]?([.,][0-9]{1,2})? ?(%|procent|prozent|pour ?cent|per ?cento|proc\.?)|\b(rendite|rendement|rendimento|rendita|zysk\w{0,2}|return|profit|winst|gewinn|benefice|opbrengst) (mensuel\w{0,2}|mensil\w{1,2}|miesieczn\w{1,3}|maandelijks\w?|monatlich\w{0,2})( [a-z']{1,10}){0,2} [1-9][0-9]?([.,][0-9]{1,2})? ?(%|procent|prozent|pour ?cent|per ?cento|proc\.?)|\b[1-9][0-9]?([.,][0-9]{1,2})? ?% (per maand|elke maand|maandelijks|pro monat|jeden monat|monatlich|miesiecznie|co miesiac|w miesiacu)\b/
    $eu_inv = /\b(belegg\w{1,12}|beleggen|fonds\w{0,2}|\w{0,8}fonds|fundusz\w{0,3}|fondo|fondi|fund|funds|krypto\w{0,10}|crypto\w{0,10}|kryptowalut\w{1,3}|inwestycyj\w{1,3}|investerings\w{0,8}|investment club|investeringsclub|anlage\w{0,4})\b/
    $eu_ask = /\b(antwoord|antwoorden|stuur|reageer|antworten sie|antworte|repondez|reponds|rispondi|risponda|odpowiedz|odpisz|reply|text back) (met |mit |avec |con |z |with )?"?(ja|oui|si|tak|yes)\b|\b(interesse|interessiert|interessato|interessata|zainteresowan\w{1,2}|interested)\b ?\?|\b(wilt u meer weten|meer informatie|mehr erfahren|mehr wissen|en savoir plus|saperne di piu|chcesz wiedziec wiecej|wiecej informacji|want to know more)\b/
    // a warning or a loss told
    $ar_warn = /(احتيال|نصب|نصاب|محتال|احذر|حذار|انتبه|وهمي|وهمية|لا ترد|كذب|خسر|خسرت)/
    // Beyond English: a crypto adviser, fund or arbitrage scheme from a person's line with a return by the day, week
    // or month ("20% pe luna", "gunluk %5", "20% в месяц", "3% ao dia", "30% in prima saptamana"), and a way to write
    // (Romanian, Polish, Turkish, Portuguese, Spanish, Russian, Ukrainian, Moroccan and Algerian Arabic in Latin letters)
    $x_ret = /[0-9] ?% ?((de )?(ganancias?|lucro|rendimento|rendimiento|rentabilidad|retorno|profit|castig|randament) )?(pe (zi|luna|saptamana)|lunar|zilnic|saptamanal|in prima saptamana|ao (dia|mes)|por (dia|semana|mes)|na primeira semana|en la primera semana|al (dia|mes)|mensa(l|is|les)|mensual(es)?|semana(l|is|les)|diari(o|os|a|as)|(zysku |zwrotu )?(miesiecznie|tygodniowo|dziennie|w pierwszym tygodniu)|(f|fe|fi|fel) ?(simana|semana|chhar|shahr|nhar|lyoum|osbou3))\b|\b(gunluk|haftalik|aylik|ilk hafta|ilk haftada|her gun|her ay) (en az |ortalama |garantili |sabit |net )?% ?[0-9]|[0-9] ?% ?(в месяц|в неделю|в день|ежемесячно|ежедневно|за (месяц|неделю|день|первую неделю)|в первую неделю|на місяць|на тиждень|на день|щомісяця|щодня|за (місяць|тиждень|перший тиждень))/
    // (the gain named first: "profit lunar garantat de 20%", "ganancia mensual del 10%", "aylik kazanc %15")
    $x_ret2 = /\b(profit|castig|randament|dobanda|ganancia|rendimiento|rentabilidad|lucro|rendimento|kazanc|kar|getiri)\w{0,3} (lunar|zilnic|saptamanal|mensual|semanal|diari[oa]|mensal|aylik|haftalik|gunluk)( garantat\w{0,2}| garantizad[oa]| garantid[oa]| garantili)?( de| del| do| da)? %? ?[0-9]{1,2} ?%/
    // Korean: a monthly, weekly or daily percent guaranteed ("월 30% 수익 보장") on automated, AI or crypto trading
    $ko_ret = /(월|매월|한 ?달|주|매주|일|매일|하루) ?(평균 ?)?(수익률? ?)?[0-9]{1,3} ?%( ?이상)?( ?(수익률?|이익|수익을))? ?(보장|확정|약속)|(수익|수익률|원금) ?(100% ?)?보장/
    $ko_inv = /(자동매매|자동 매매|ai 매매|ai 트레이딩|인공지능|오토 ?트레이딩|코인|비트코인|선물|리딩방|리딩|트레이딩|주식 ?투자|투자 ?프로그램|매매 ?프로그램)/
    $ko_in = /(상담|문의|신청|카톡|카카오톡|텔레|오픈채팅|체험|링크|연락)/
    $ko_warn = /(사기|조심|신고|경찰|피해)/
    // Russian: income from crypto arbitrage (P2P chains) by the day or month, free training, "write me in DM"
    $ru_arb = /(арбитраж.{0,30}крипт|крипт.{0,30}арбитраж|p2p.{0,20}(арбитраж|связк)|арбитраж.{0,20}p2p|связк.{0,20}(p2p|бирж))/
    $ru_inc = /(доход|заработ|зарабатыва|прибыл|профит).{0,40}(в день|в месяц|в неделю|ежедневно|за день|за месяц)|(от|до) [0-9][0-9 ]{0,8}[0-9]? ?(руб|₽|р\.|\$|usdt|долл).{0,20}(в день|в месяц|в неделю|ежедневно)/
    $ru_in = /(бесплатн.{1,4} обучени|обучени.{1,6} бесплатн|обучу|научу|пиши|напиши|в личку|в лс|в личные|телеграм|подробност)/
    $ru_own = /(я (тоже |сам |сама )?(зарабатываю|попробовал|попробовала|потерял|потеряла)|мошенн|развод|обман)/
    $x_inv = /\b(kripto\w{0,6}|crypto\w{0,6}|cripto\w{0,6}|criptomonedas?|criptomoedas?|fondo de inversion|fondo|fondos|binance|bitcoin|usdt|arbitra\w{1,4}|portofoliu\w{0,3}|portfoy\w{0,6}|portfolio|portafolio|fondul|fundusz\w{0,3}|yatirim\w{0,4}|investiti\w{1,3}|inwestycj\w{1,3}|investimento|inversion\w{0,2}|forex|trading|trader)\b|(крипт|биткоин|біткоїн|инвестиц|інвестиц|арбитраж|арбітраж|фонд|портфел|трейдинг|форекс)/
    $x_ask = /\b(donus yapin|bilgi icin|detalii|doriti detalii|mai multe detalii|scrie\w{0,3}|scrieti\w{0,3}|napisz\w{0,3}|odpisz|yazin|yaziniz|dm|direct|inbox|me chama|chama no|escribe\w{0,4}|escribi|escribime|mandame|ktb|kteb|ktebli|ktbli|info)\b|(пишите|напишите|пиши|напиши|пишіть|напишіть|инфо|інфо|телеграм)/
    // Portuguese, English: "invista 1.000 e receba 1.150 no proximo mes", "pay 500 receive 800 next month"
    $nm_mult = /\b(invista|invest[ae]|aplique|deposite|pague|coloque|pay|invest|deposit|put in)\b.{1,25}\b(receba|recebe|ganhe|saque|receive|get|collect)\b.{1,25}\b(no proximo mes|no mes seguinte|next month|at the end of the month)\b/
    // Greek (accented or not: the normaliser keeps the tonos): a percent a month or a week, a guaranteed or fixed
    // return, "double your money", "put in X and take Y next month"; on an investment, crypto, shares or forex
    $gr_ret = /[0-9] ?% (απόδοση |αποδοση |κέρδος |κερδος |κέρδη |κερδη )?(τον μήνα|τον μηνα|το μήνα|το μηνα|μηνιαίως|μηνιαιως|κάθε μήνα|καθε μηνα|την εβδομάδα|την εβδομαδα|τη μέρα|την ημέρα|ημερησίως)|(εγγυημένη|εγγυημενη|εγγυημένα|εγγυημενα|εγγυημένο|εγγυημενο|σταθερή μηνιαία|σταθερη μηνιαια) (απόδοση|αποδοση|κέρδη|κερδη|κέρδος|κερδος|αποδόσεις|αποδοσεις|μηνιαία|μηνιαια)|(διπλασιάστε|διπλασιαστε|διπλασιάσετε|διπλασιασετε|διπλασιάζετε) (τα χρήματά|τα χρηματα|τα λεφτά|τα λεφτα|το κεφάλαιό|το κεφαλαιο)|(βάλτε|βαλτε|επενδύστε|επενδυστε|πληρώστε|πληρωστε|καταθέστε|καταθεστε).{1,30}(πάρτε|παρτε|λάβετε|λαβετε|κερδίστε|κερδιστε).{1,30}(επόμενο μήνα|επομενο μηνα)/
    $gr_inv = /(επένδυσ|επενδυσ|επενδύ|επενδυ|επενδυτ|κρυπτο|μετοχ|συναλλαγ)|\b(forex|bitcoin|crypto|trading)\b/
    $gr_ask = /(στείλτε|στειλτε|επικοινωνήστε|επικοινωνηστε|καλέστε|καλεστε|γράψτε|γραψτε)|\b(whats ?app|viber|telegram)\b/
    $sw_in = /\b(m-?pesa|tigo ?pesa|airtel money|jiunge|piga|tuma ujumbe|whats ?app)\b/
    $gr_warn = /(απάτη|απατη|απατεών|απατεων|προσοχή|προσοχη)/
    // Swahili: "faida ya 30% kila mwezi", a chama or group that pays back several times the deposit
    // ("weka 5,000 upokee 25,000 baada ya wiki mbili")
    $sw_ret = /\b(faida|riba|gawio|mapato)( ya| la)? [0-9]{1,3} ?% (kila|kwa) (mwezi|wiki|siku)\b|\b[0-9]{1,3} ?% (kila|kwa) (mwezi|wiki|siku)\b/
    $sw_inv = /\b(wekeza|uwekezaji|kuwekeza|forex|crypto|bitcoin|hisa|biashara ya mtandaoni|betting|trading|trader|signals)\b/
    $sw_mult = /\b(weka|tuma|changia|lipa|wekeza|lipia)( kiasi cha)? (ksh\.? ?|kes ?|tsh\.? ?|sh\.? ?|ugx ?)?[0-9][0-9,.]{0,9}k?( tu| leo)?,? (upokee|upate|utapokea|utapata|pokea|upewe|ulipwe|ulipwa|utalipwa) (ksh\.? ?|kes ?|tsh\.? ?|sh\.? ?|ugx ?)?[0-9][0-9,.]{0,9}/
    $sw_when = /\b(baada ya|ndani ya) (siku|wiki|mwezi|masaa|saa)\b|\b(chama|kikundi|group)\b|\b(nafasi (chache|ni chache|zimebaki)|uhakika|bila hasara)\b/
    $sw_warn = /\b(tapeli|matapeli|utapeli|jihadhari|tahadhari|uongo)\b/
    // Swahili and Sheng: a profit paid by the day or the week ("faida kila siku", "faida ya uhakika kila siku", "daily
    // returns za 10%"), on forex, crypto, an AI bot or a betting "investment"; a chama that doubles the contributions
    // ("chama yetu inadouble pesa", "tunazidisha michango yako mara mbili")
    $sw_daily = /\b(faida|mapato|gawio|malipo)( ya| za| la)?( uhakika| haraka| kubwa| nzuri)?( ya| za)?( [0-9]{1,3} ?%)? (kila siku|kila wiki|kwa siku|daily|weekly)\b|\b(daily|weekly) (returns?|profits?|income) (za|ya)\b/
    $sw_dbl = /\b(ku|ina|kina|tuna|ita|tuta|itaku|tutaku|inaku|tunaku|kinaku)-?doubl(e|isha|ish)\w{0,2}\b|\b(zidisha|tunazidisha|inazidisha|kuzidisha|itazidisha) (pesa|michango|mchango|hela|akiba|doh)( yako| zako)? (mara mbili|mara tatu|maradufu)\b/
    // Amharic (script, three bytes a letter; and romanised): forex, crypto, an AI bot, betting or an online equb with a
    // profit by the day or the week, a percent of profit or the money doubled ("በየቀኑ 10% ትርፍ", "በእጥፍ", "be ken 5%
    // tirf"); "5,000 ብር ... በ7 ቀን ... 15,000 ብር"; a small sum a day for a large one ("በቀን 100 ብር ... 10,000 ብር
    // ይውሰዱ"); and a group to join, a chat app or a number; a loss told or a warning is no pitch
    $am_inv = /(ኢንቨስት|ፎሬክስ|ትሬዲንግ|ክሪፕቶ|ቢትኮይን|ቤቲንግ|ውርርድ|እቁብ|ዕቁብ|ቦት)|\b(forex|crypto|trading|bitcoin|betting|invest\w{0,6}|equb|iqub)\b/
    $am_ret = /(በየቀኑ|በቀን|በየሳምንቱ|በሳምንት).{0,40}ትርፍ|[0-9] ?% ?(ትርፍ|ወለድ)|እጥፍ|\b(be ?ken|beyeken|be samint|beyesamintu)\b.{0,25}\btirf\b|[0-9] ?% ?tirf\b|\bbe ij(if)?\b/
    $am_mult = /[0-9][0-9,]{0,8} ?ብር.{0,80}በ ?[0-9]{1,2} ?(ቀን|ሳምንት|ወር).{0,60}[0-9][0-9,]{0,8} ?ብር|[0-9][0-9,]{0,8} ?birr\b.{0,40}\bbe ?[0-9]{1,2} ?(ken|qen|samint|wer)\b.{0,30}[0-9][0-9,]{0,8} ?birr\b/
    $am_save = /(በቀን|በየቀኑ|በሳምንት|በየሳምንቱ) [0-9][0-9,]{0,8} ?ብር.{0,100}[0-9][0-9,]{0,8} ?ብር (ይውሰዱ|ያግኙ|ይቀበሉ|ይወስዳሉ|ያገኛሉ|ይረከቡ)/
    $am_in = /(ይቀላቀሉ|ተቀላቀሉ|ለመቀላቀል|ቴሌግራም|ዋትስአፕ|ይደውሉ|ያናግሩን|ያናግሩኝ|ይጻፉልኝ|ይጻፉልን|ቦታ ውስን)|\b(telegram|whats ?app|tekelakelu)\b/
    $am_warn = /(አጭበርባሪ|ማጭበርበር|ተጠንቀቅ|ተጠንቀቂ|ተጠንቀቁ|ከሰርኩ|ውሸት|ማታለል)|\b(achberbari|tetenkek|tetenkeki|scam|wushet)\b/
    // Luganda: a profit by the day or the week ("amagoba ga 15% buli wiiki", "amagoba buli lunaku") on forex, crypto,
    // betting or a group; "teekamu 50,000 ofune 150,000", "sasula 2,000 buli lunaku, ofune 500,000"; "ssente zo
    // tuzikubisaamu" (your money multiplied); and a group to join, a chat app or a number
    $lg_ret = /\bamagoba\b.{0,30}\bbuli (lunaku|wiiki|sabiiti)\b|\bamagoba( ga| g')? ?[0-9]{1,3} ?%|\b[0-9]{1,3} ?% buli (lunaku|wiiki|mwezi|sabiiti)\b|\bbuli (lunaku|wiiki|sabiiti)\b.{0,30}\bamagoba\b/
    $lg_inv = /\b(forex|crypto|bitcoin|trading|betting|bet|okusiga ssente|siga ssente|okuteeka ssente|kibiina|ekibiina|bot)\b/
    $lg_mult = /\b(teekamu|teeka|siga|sasula|weereza)\b.{0,12}[0-9][0-9,.]{0,9}k?\b.{0,20}\b(ofune|ofuna|onofuna|ojja kufuna|ofunire)\b.{0,12}[0-9][0-9,.]{1,8}[0-9]/
    $lg_when = /\bmu (nnaku|wiiki|sabiiti|myezi)\b|\bbuli (lunaku|wiiki|sabiiti)\b|\bku nkomerero\b/
    $lg_dbl = /\b(ssente|sente|ensimbi)( zo| zammwe)? [a-z]{0,5}kubis(a|aa)mu\b/
    $lg_in = /\b(weegatte|wegatte|yingira|mpandiikira|tuwandiikire|tuweereze|whats ?app|telegram)\b/
    $lg_warn = /\b(bafere|obufere|mufere|fere|weegendereze|mwegendereze|nafiiriddwa|yafiiriddwa|tewegatta\w{0,4}|teweegatta\w{0,4})\b/
    // a forex or trading course that guarantees an income (Portuguese, Spanish, English, Arabic)
    $fx_course = /\b(curso|cursos|mentoria|treinamento|course|training|masterclass)\b.{0,30}\b(forex|trading|day ?trade|opcoes binarias|cripto\w{0,6}|crypto)\b|(دورة|دورات|كورس|تدريب|أكاديمية|اكاديمية).{0,20}(تداول|الفوركس|فوركس|الفوريكس)/
    $fx_inc = /\b(ganhar|ganhe|renda|lucrar|lucre|faturar|ganar|earn|make|income)\b.{0,30}[0-9].{0,25}\b(por mes|por dia|ao mes|ao dia|mensais|al mes|a month|per month|a day|per day|monthly|daily)\b|(دخل|ربح|أرباح|ارباح|تربح|اربح).{0,30}[0-9].{0,25}(شهريا|يوميا|في الشهر|في اليوم|كل شهر)/
    $fx_sure = /\b(garantid[oa]s?|garantizad[oa]s?|guaranteed|sem risco|sin riesgo|risk[- ]free)\b|(تضمن|مضمون|مضمونة|ضمان|مؤكد)/
    // a national company's shares sold "from 1000" (Aramco, Petrobras, Safaricom ...), with a profit or a way in
    $sh_nat = /(أسهم|اسهم) (في |فى )?(شركة )?(أرامكو|ارامكو|سابك|معادن|قناة السويس|أدنوك|ادنوك)|\b(acoes|acao) (da |de |do )?(petrobras|vale|banco do brasil|galp|edp)\b|\b(shares|hisa|stocks?) (in|of|za|ya) (safaricom|kengen|aramco|petrobras|ethio ?telecom|gazprom|equity bank)\b|(μετοχές|μετοχες) (της )?(δεη|ολπ|οτε|εθνικής|εθνικης)/
    $sh_from = /(ابتداء من|ابتداءا من|بداية من|بدءا من|بمبلغ|فقط ب) ?[0-9]|\ba partir de (r\$ ?|€ ?)?[0-9]|\b(from|starting at|kuanzia|only) (ksh\.? ?|kes ?|\$|£|€)?[0-9]|(από|απο) [0-9]/
    $sh_ret = /(أرباح|ارباح|ربح|عائد)|\b(lucros?|rendimentos?|dividendos?|profits?|returns?|faida|gawio)\b|(κέρδ|κερδ|απόδοσ|αποδοσ)/
    $sh_own = /(اشتريت|اشترينا|احتيال|نصب)|\b(comprei|i bought|nilinunua|golpe|scam)\b/
    // Arabic: shares of a company on a "licensed platform" with a monthly profit, or "pay 5000 and receive 15000 after a
    // month" (Gulf and Egyptian Arabic)
    $ar_shr = /(أسهم|اسهم|سهم) (في |فى )?(شركة|شركات)/
    $ar_plat = /(منصة|منصه) (تداول |استثمار |استثمارية )?(مرخصة|مرخصه|معتمدة|معتمده|موثوقة|موثوقه|رسمية|رسميه)/
    $ar_month = /(شهري|في الشهر|فى الشهر|كل شهر|بالشهر)/
    $ar_mult = /(ادفع|تدفع|ادفعي|حط|تحط|استثمر|ضع|حول|حوّل) [0-9][0-9,.]{0,9} ?(جنيه|ريال|درهم|دينار|دولار|الف|ألف)?.{0,30}(واستلم|وتستلم|واستلمي|واحصل على|وتحصل على|وخد|وتاخد|وتاخذ|واقبض|وتقبض|استلم|تستلم) [0-9][0-9,.]{0,9}.{0,30}(بعد|خلال) (شهر|أسبوع|اسبوع|شهرين|[0-9])/
    $ar_ask3 = /(كلمني|كلمنا|كلميني|الواتس|ابعتلي|ابعت لي|راسلني|تواصل)/
    // English: off-plan property or units with a guaranteed ROI, rental yield or return
    $op_prop = /\b(off[- ]plan|apartments?|villas?|townhouses?|propert(y|ies)|real estate|studios?|units)\b/
    $op_roi = /\bguaranteed ([0-9]{1,2}(\.[0-9])? ?% )?(net )?(rental )?(roi|returns?|yield|rental (income|yield|returns?))\b|\b[0-9]{1,2}(\.[0-9])? ?% (net )?(roi|rental yield|yield) (is )?guaranteed\b/
    $op_not = /\b(no|not|never|nothing) (is |was )?guaranteed\b|\b(i|we) (viewed|visited|bought|saw|looked at)\b/
    // a free forex or trading course, in either order of the words
    $fx_course2 = /\b(forex|trading|crypto) (trading )?(course|masterclass|training|class|mentorship)\b|(دورة|دورات|كورس) (تداول|فوركس|الفوركس)/
    $fx_free = /\bfree (forex |trading |crypto |stock |online ){0,2}(course|masterclass|training|class|webinar|mentorship)\b|\b(curso|mentoria|treinamento) (gratis|gratuit[oa])\b|(مجانية|مجاني|مجانا|مجاناً)/
    // Greek: a sum earned a month or a week on a crypto or investment stake, and "reply YES" or an adviser to call
    $gr_amt = /(κερδίστε|κερδιστε|βγάλτε|βγαλτε|κερδίζετε|κερδιζετε|κερδίσετε|κερδισετε|κέρδος|κερδος|κέρδη|κερδη|απόδοση|αποδοση|βγάζετε|βγαζετε|βγάλετε|βγαλετε).{0,30}[0-9].{0,12}(τον μήνα|τον μηνα|το μήνα|το μηνα|μηνιαίως|μηνιαιως|μηνιαία|μηνιαια|κάθε μήνα|καθε μηνα|την εβδομάδα|την εβδομαδα)/
    $gr_yes = /(απαντήστε|απαντηστε|απάντησε|απαντησε|στείλτε|στειλτε|στείλε|στειλε|γράψτε|γραψτε) (με )?("|«)?(ναι|nai|yes)|(σύμβουλο|συμβουλο|σύμβουλος|συμβουλος|εκπρόσωπος|εκπροσωπος|αναλυτής|αναλυτης)/
    $x_warn = /\b(teapa|escroc\w{0,4}|oszust\w{0,4}|dolandirici\w{0,4}|golpe|estafa|fraude|piramide|kkk|jaja|hhh)\b|(мошенн|шахра|развод|обман)/
  condition:
    (any of ($r*) and $i) or $r5
    or ($gi and $i and (url_count > 0 or phone_count > 0 or contact_count > 0 or money_count > 0))
    or (sender_kind != "alpha" and sender_kind != "shortcode" and not $ponzi_warn
      and (($mmm1 and ($signup or contact_count > 0 or url_count > 0 or phone_count > 0))
        or (($pct or $ponzi_rich or ($mmm2 and (money_count > 0 or $r4 or $r7))) and $signup)))
    or (sender_kind != "alpha" and sender_kind != "shortcode" and not $fr_warn
      and ($fr_mult
        or ($fr_plat and ($fr_gain or $fr_limit) and (url_count > 0 or phone_count > 0 or contact_count > 0))
        or ($fr_gain and $fr_limit and $i)
        or ($fr_don and not $dn_thrift and ($fr_ctx or url_count > 0 or phone_count > 0 or contact_count > 0))))
    // (an investment group or club and its return by the month, week or day, with a way in)
    or (sender_kind != "alpha" and sender_kind != "shortcode" and not $ponzi_warn and not $ml_warn
      and invest_ml_group and invest_ml_return and ($ml_in or url_count > 0 or contact_count > 0))
    or (sender_kind != "alpha" and sender_kind != "shortcode" and not $ponzi_warn and not $sv_turn
      and $sv and $sv_day and $sv_get and #sv_amt >= 2 and ($sv_mark or url_count > 0) and ($sv_in or url_count > 0))
    or (sender_kind != "alpha" and sender_kind != "shortcode" and not $ponzi_warn
      and $dn_mult and not $dn_thrift and ($dn_ctx or $signup or url_count > 0 or phone_count > 0 or contact_count > 0))
    // (the farm's fixed return with a scheme's mark, or pitched as an investment with a way in)
    or (sender_kind != "alpha" and sender_kind != "shortcode" and not $ponzi_warn and not $ag_own
      and $ag and $ag_ret
      and ($ag_mark or ($ag_inv and ($signup or url_count > 0 or phone_count > 0 or contact_count > 0))))
    or (sender_kind != "alpha" and sender_kind != "shortcode" and not $ponzi_warn
      and ($eu_ret or $eu_ret2) and ($i or $eu_inv) and ($eu_ask or contact_count > 0 or url_count > 0))
    or (sender_kind != "alpha" and sender_kind != "shortcode" and not $ar_warn
      and ($ar_inv or $ar_cr) and (($ar_sure and $ar_pct) or ($ar_opp and ($ar_pct or ($ar_sure and $ar_cr))))
      and ($ar_ask or url_count > 0 or phone_count > 0 or contact_count > 0))
    // (Arabic: a company's shares on a licensed platform with a monthly profit; pay X and receive Y after a month)
    or (sender_kind != "alpha" and sender_kind != "shortcode" and not $ar_warn
      and (($ar_shr and $ar_plat and $ar_month) or $ar_mult)
      and ($ar_ask or $ar_ask3 or url_count > 0 or phone_count > 0 or contact_count > 0))
    // (beyond English: the return by the day, week or month on a crypto, fund or arbitrage pitch, and a way to write)
    or (sender_kind != "alpha" and sender_kind != "shortcode" and not $x_warn
      and ($x_ret or $x_ret2) and $x_inv and ($x_ask or contact_count > 0 or url_count > 0))
    // (Korean: the guaranteed percent on automated or crypto trading, with a way in; Russian: crypto arbitrage income
    // by the day or month with free training or "write me")
    or (sender_kind != "alpha" and sender_kind != "shortcode" and not $ko_warn
      and $ko_ret and $ko_inv and ($ko_in or url_count > 0 or phone_count > 0))
    // (Portuguese, English: pay X, receive Y next month; Greek: the monthly or guaranteed return on an investment;
    // Swahili: the monthly percent, or the group paying back several times the deposit; a forex course guaranteeing an
    // income; a national company's shares "from 1000" with a profit or a way in)
    or (sender_kind != "alpha" and sender_kind != "shortcode" and not $ponzi_warn and not $x_warn
      and (($nm_mult and ($i or contact_count > 0 or phone_count > 0))
        or ($gr_ret and $gr_inv and not $gr_warn and (contact_count > 0 or url_count > 0 or phone_count > 0 or $gr_ask))
        or ((($sw_ret and $sw_inv) or ($sw_mult and $sw_when) or ($sw_daily and $sw_inv) or ($sw_dbl and $sw_when)) and not $sw_warn
          and (contact_count > 0 or url_count > 0 or phone_count > 0 or money_count > 0 or $sw_in))
        or (($fx_course or $fx_course2) and $fx_inc and ($fx_sure or $fx_free))
        or ($gr_inv and $gr_amt and $gr_yes and not $gr_warn)
        or ($op_prop and $op_roi and not $op_not and (contact_count > 0 or phone_count > 0 or url_count > 0))
        or ($sh_nat and $sh_from and not $sh_own and ($sh_ret or url_count > 0 or phone_count > 0 or contact_count > 0))))
    // (Amharic and Luganda: the daily or weekly profit, the money multiplied in days or the small daily sum for a
    // large payout, on forex, crypto, betting, an AI bot or a group, and a way in)
    or (sender_kind != "alpha" and sender_kind != "shortcode" and not $am_warn
      and (($am_ret and $am_inv) or ($am_mult and ($am_inv or $am_ret)) or ($am_save and $am_inv))
      and ($am_in or url_count > 0 or phone_count > 0 or contact_count > 0))
    or (sender_kind != "alpha" and sender_kind != "shortcode" and not $lg_warn
      and (($lg_ret and $lg_inv) or ($lg_mult and ($lg_inv or $lg_when)) or $lg_dbl)
      and ($lg_in or url_count > 0 or phone_count > 0 or contact_count > 0))
    or (sender_kind != "alpha" and sender_kind != "shortcode" and not $x_warn and not $ru_own
      and $ru_arb and $ru_inc and ($ru_in or url_count > 0 or contact_count > 0))
}

rule invest_tip_group
{
  meta:
    action = "junk"
    weight = 2.5
    description = "Invitation to a free stock, crypto or trading 'group', 'club' or 'mentor' on a chat app or link (English, Portuguese, Spanish; and an analyst's or professor's free chat group in Italian, French, German, Polish, Swedish, Malay, Vietnamese); the fake 'institutional' class: added to a VIP class where an analyst or professor teaches, block trades, IPO subscriptions or an institutional account to open in their app (English, Hinglish; India and the US); an investment, stock or trading group or club you are 'selected' for or invited to, with a return by the month, week or day, or a chat app or a link to join (Dutch, German, Danish, Swedish, Norwegian, French, Indonesian)"
  strings:
    $g2 = /\b(free|private|vip|exclusive) (whats ?app|telegram) (group|channel|community)\b.{0,40}\b(picks?|stocks?|trading|signals?|investing|profits?|market)\b|\b(stocks?|picks?|trading|investing|signals?)\b.{0,60}\b(free|private|vip|exclusive) (whats ?app|telegram) (group|channel|community)\b/
    $g = /\b(stock|stocks|trading|investment|investor|investing|crypto|market|wealth|vip|profit|signals?|growth) (research group|study group|learning group|group|club|community|channel|circle|class|mentor(ship)?|signals?|picks|tips|alerts|recommendations?|analyst|coach|discussion group)\b|\b(free|today's|todays) (daily |weekly )?(stock )?picks?\b/
    $j = /\b(join|whats ?app|telegram|wa\.me|t\.me|invite|invited|exclusive|add me)\b/
    $link = /(https?:\/\/|www\.)/
    // Portuguese and Spanish: free stock analyses in a WhatsApp group, "can I add you?"
    $g3 = /\b(analises|acoes|sinais|investimentos|analisis|acciones|senales|inversiones)\b.{0,60}\bgrupo (do |de |no |en )?(whats ?app|telegram)\b/
    $j2 = /\b(adicionar|te adicionar|entrar|participar|agregar|te agrego|unirte)\b/
    // other languages: a chat-app group ("gruppo WhatsApp gratuito", "WhatsApp-Gruppe", "nhom Zalo",
    // "group Telegram kami"), stock-market words, and the pitch (free, places limited; or the
    // professor's or analyst's assistant with an invitation to join)
    $cg = /\b(gruppo|grupo|groupe|gruppe|grupa|grupy|grupie|grupp|gruppen|kumpulan|group|grup|nhom|canale|kanal)( gratuit\w{0,2}| gratis| kostenlose?n?| darmow\w{1,3}| percuma| mien phi| privat\w{0,2}| vip)?( di| de| do| da| na| en| no| sur| su| w| pa| tren| dalam)? (whats ?app|telegram|zalo|signal)|\b(whats ?app|telegram|zalo)[- ]?(gruppe|gruppen|grupp|gruppo|grupa|grupy|group|kanal|kanalen)\b/
    $cs = /\b(azioni|titoli azionari|analisi (dei |di |sui )?titoli|in borsa|della borsa|trading|acciones (de|para) (manana|hoy)|analisis de acciones|bolsa de valores|en bolsa|inversiones|bourse|boursier\w{0,2}|(analyses?|conseils?|recommandations?) (d'|de |des |sur les )?actions|aktie\w{0,10}|aksje\w{0,10}|aktier|aksjer|aandelen|beurs|beleggingen|borsentipps?|an der borse|borsen|gield\w{1,2}|spolek|spolki|analiz\w{0,3} akcji|saham|pelaburan|chung khoan|co phieu|criptovalut\w{1,2}|kryptowalut\w{1,3}|krypto|cripto)\b/
    $cp = /\b(gratuit\w{0,3}|gratis|kostenlos\w{0,2}|darmow\w{1,3}|percuma|mien phi|posti limitati|plazas limitadas|cupos limitados|places limitees|platze begrenzt|begrenzte platze|liczba miejsc|begransat antal|tempat terhad|slot terhad|so luong co han)\b/
    // (a professor or an analyst in a group is also a person's news: with an invitation only)
    $cr = /\b(assistent\w{0,2}|asystent\w{0,2}|asistente|tro ly|pembantu|professor\w{0,2}|profesor\w{0,2}|professeur|chuyen gia|pakar|analist\w{0,2}|analyste|analityk\w{0,2}|analytiker|giao su|guru|mentor|experte|expert|ekspert|aktieexpert\w{0,2}|aksjeekspert\w{0,2}|beleggingsexpert|asisten|analis)\b/
    $cj = /\b(unisciti|iscriviti|rispondi|unete|unirte|responde|rejoignez|rejoindre|repondez|treten sie|beitreten|tritt|dolacz|zapraszam|odpisz|ga med|svara|join|sertai|balas|tham gia|tra loi|word lid|doe mee|bli med|tilmeld|gabung|bergabung|sumali)\b/
    // Dutch, German, Scandinavian, French, Indonesian: an investment, stock or trading group or club
    // (invest_ml_group) the reader is "selected" for or invited to join, by a chat app or a link
    $ns = /\b(ausgewahlt|geselecteerd|uitgekozen|uitgenodigd|eingeladen|udvalgt|udvalgte|inviteret|valgt ut|invitert|utvald|utvalda|inbjuden|selectionnee?s?|invitee?s?|terpilih|diundang|treten sie|beitreten|word lid|sluit (je|u) aan|meld (je|u) aan|tilmeld|bliv medlem|bli med|bli medlem|meld deg pa|ga med|rejoignez|rejoindre|rejoins|gabung|bergabung)\b/
    $nc = /\b(whats ?app|telegram|signal|t\.me|wa\.me)\b/
    $nw = /\b(betrug|oplichting|oplichters?|svindel|bedrageri|bedrag|arnaque|escroquerie|penipuan|waspada|pas op|vorsicht|achtung)\b/
    // the fake "institutional" class (India and the US, real investment banks' names abused): the
    // privileges retail investors do not get (block trades, an IPO or QIB quota, an institutional
    // account), with the class an analyst or professor teaches, or their app and account to open
    $ia = /\b(block (trades?|trading|deals?)|ipo (subscriptions?|allotments?|allocations?|quotas?|shares|applications?)|(qib|anchor) (quota|account|category|allocation)|otc (trading|account|shares)|institutional (privileges?|quotas?|seats?|channel|allocations?|shares|discounts?|prices?|stocks?|trading))\b/
    $ib = /\binstitutional (trading |investor |vip )?accounts?\b/
    $ic = /\b(added|add you|been added|welcome|invited|invite you|selected) (to|into|in|for) (our|the|this) ([a-z]{1,11}[a-z] ){0,3}(class|classes|course|program|programme|study group|learning group|community)\b|\b(analyst|professor|prof\.|mentor|instructor|research team|chief strategist|teacher)s? (will |shall |personally )?(teach|teaches|guide|guides|lead|leads|explain|explains|share|shares|sikhayenge|batayenge|padhayenge|guide karenge)\b|\b(vip|elite|premium|institutional) (class|classes|course|membership|program|programme|study group|learning group)\b|\b(class|group) (me|mein|main) (add|join|shamil)\b/
    $io = /\b(download|install) (our|our official|the official) ([a-z]{1,11}[a-z] ){0,2}(app|application|apk)\b|\bopen (an? |your )?(institutional|vip|special|exclusive|dedicated) ([a-z]{1,11}[a-z] )?accounts?\b|\b(register|apply for|activate) (an? |your )?(institutional|vip) ([a-z]{1,11}[a-z] )?accounts?\b|\bapp (download|install) (karein|karen|kare|karo|kijiye)\b|\baccount (kholen|kholein|kholiye|khole|kholo|open karein|open karen|open kare|open kijiye|activate karein)\b/
    // a person's warning about such a class
    $iw = /\b(is|it's|its|sounds like|looks like|total|pure|sab) (a )?(scam|fraud)\b|\b(scam|fraud|dhokha|farzi) (hai|he|h|tha|lag raha)\b|\bdon'?t (join|download|install|pay)\b|\bmat (karna|karo|join|download)\b/
  condition:
    ($g and ($j or $link or url_count > 0 or contact_count > 0)) or $g2 or ($g3 and $j2) or ($cg and $cs and ($cp or ($cr and $cj)))
    or (invest_ml_group and $ns and ($nc or url_count > 0) and not $nw and sender_kind != "alpha" and sender_kind != "shortcode")
    or ((($ic and ($ia or $ib)) or ($ia and $io)) and not $iw and sender_kind != "alpha" and sender_kind != "shortcode")
}

// A person's own shares or trade talked about ("my stocks went up 25% haha", "glad I held", "should I
// sell?"): no pump blast says so; read by the US pump rules of this file.
private rule invest_own_shares
{
  strings:
    $mine = /\b(lol|lmao|haha|dude|glad i|should i|wish i|should'?ve|i (bought|sold|held|hold|own|added|lost|made)|my (shares|stocks?|portfolio|position|calls|puts|401k|ira))\b/
  condition:
    $mine
}

rule invest_stock_pump
{
  meta:
    action = "junk"
    weight = 2.5
    description = "Pump-and-dump stock alert: a 'strong buy' or 'explosive pick' set to soar (not a person's own shares gone up)"
  strings:
    $h = /\b(strong[- ]buy|explosive (pick|growth|stock|move)|hot (stock|pick|tip)|next (big|hot) (stock|thing|winner)|set to (soar|explode|skyrocket|take off)|[0-9]{1,3}[0-9]% upside|upside potential|(sharing|share|giving|give|send) (you )?(one|a|my|a few|[0-9]) free (stock|pick)|about to (soar|explode|skyrocket)|(up|gain(ed|ing)?|soar(ed|ing)?|rise|rose|jump(ed)?) (over |by |more than )?[0-9]{1,3}[0-9]%)/
    $s = /\b(nasdaq|nyse|otc|amex|tsx|ticker|symbol|stocks?|shares|penny stock|picks?)\b/
  condition:
    $h and $s and not invest_own_shares
}

rule invest_options_tips
{
  meta:
    action = "junk"
    weight = 3.0
    description = "India's stock and index-options tip spam: Nifty, Bank Nifty or F&O calls, intraday or jackpot trades with what no SEBI-registered adviser may claim (calls that never fail, 100% accuracy, zero loss, hundreds of percent a week, a paid VIP or premium group), with a link, a number or a chat app; or an accuracy claimed with a free trial and a reply keyword, a short code or a call-back; from DLT sender headers and numbers alike, whatever folder the header declares (English, Hinglish); and the pump-and-dump share tip: a trade's levels (target with the CMP or a stop loss) and the pump's story (operators buying, big news coming, a jackpot or multibagger share, an upper circuit), with or without a link, often signed by a 'traders club' or 'research' desk (English, Hinglish); the US penny-stock pump: a ticker (a cashtag, 'OTC: ABCD', a penny stock) promised hundreds of percent or a multiple, or a sub-dollar share given a price target, and the hurry to buy before the open, the bell or the news, from long and toll-free numbers with a 'Reply STOP' footer or not (English)"
  strings:
    // the market: the index and its options, an options strike ("48500 CE buy above"), intraday tips
    $mkt = /\b(nifty|bank ?nifty|fin ?nifty|midcp ?nifty|midcap ?nifty|sensex|bankex|f ?& ?o|fno|index options?|options? (trading|calls?|tips?|trades?|buying|selling)|intraday|btst|stbt|(stock|share|equity|commodity|mcx|crude|option|options|market) (tips?|calls?)|jackpot (calls?|trades?|tips?)|expiry (day )?(calls?|trades?|jackpot|special)|hero ?zero|multibagger|trading (calls?|tips?|signals?)|swing (trades?|trading|calls?|tips?)|(positional|cash|futures?) (calls?|tips?))\b|\b(ce|pe) (buy|sell|above|below|near|around|@|cmp|range|tgt|target)\b/
    // what an adviser may not promise: a call that never fails, an accuracy or a sure shot, no loss,
    // a multiple or hundreds of percent in a day, week or month, a paid VIP or premium group
    $hype = /\b(never (fails?|lose|loses)|kabhi (fail|loss) nahi|fail nahi (hot[ie]|hoga|hua|hogi)|loss nahi (hoga|hota|hogi)|100 ?% (accuracy|accurate|sure ?shot|sure (calls?|profits?|trades?|tips?)|profit|profitable|guaranteed|guarantee)|sure ?shot (calls?|trades?|tips?|profits?|jackpot|targets?|entry|stocks?)|(zero|no) loss (trading|calls?|trades?|strategy|guarantee|guaranteed|tips?)|without (any )?loss|loss (recovery|recover|cover) (guaranteed|guarantee|100|pakka)|guaranteed (profits?|returns?|calls?|tips?|income|gains?)|pakka (profit|munafa|call|trade)|[0-9]{1,2} ?%\+? ?(accuracy|accurate|success rate|hit rate|strike rate)|[0-9]{1,2} percent (accuracy|accurate)|(accuracy|success rate|hit rate|strike rate)( rate| ratio| level)?( of| upto| up to| is| above| over| ~|:| -)? ?[0-9]{1,2}[0-9]?|(double|triple|2x|3x|5x|10x) (your |apna |apni )?(capital|money|paisa|paise|account|investment)|(vip|premium|paid|private) (group|channel|calls?|tips?|telegram|whatsapp))\b|[0-9][0-9] ?% (return|returns|profit|profits|gain|gains) (in|every|per|each|a|this|har) (day|week|month|din|hafte|mahine)\b|\b(weekly|daily|monthly|roz|rozana|har din) [0-9][0-9] ?% (return|returns|profit|profits|gain|gains)?|[0-9][0-9]{1,2}[0-9] ?% (return|returns|profit|profits|gain|gains)\b/
    // the way in beside a link or a number: join or subscribe, the Telegram channel
    $join = /\b(join|joining|subscribe|t\.me|wa\.me)\b|\btelegram\b ?(id|channel|group)? ?:? ?@[a-z0-9_]/
    // a free trial of the calls (an adviser's research service gives no accuracy figure) and the
    // keyword to send back ("reply YES", "YES likh ke bhejo"); a reply verb, a short code or a number
    $trial = /\bfree (trial|demo)\b|\btrial (free|pack|calls?|tips?|period|offer)\b|\b[0-9]{1,2} (days?|din) (ka |ki |ke )?(free|muft|trial)\b|\b(free|muft) (me|mein|main) ([0-9]{1,2} (din|days?) )?(trial|calls?|tips?|demo)\b/
    $kw = /\b(likh ?(kar|ke)|type (kar|karke|karo|karein|karen)|bhejo|bhejein|bhejen)\b/
    // (a learner's own score and trial: "accuracy 70% aayi, free trial khatam, reply karna")
    $me = /\b(raha (hu|hoon|hun)|rahi (hu|hoon|hun)|mera|meri|mujhe|i'm learning|i am learning|my (score|course|strategy|paper trading))\b/
    // a person's loss, warning or request ("sure shot call tha, phir bhi loss ho gaya lol", "link bhej")
    $mine = /\b(lol|lmao|haha|scam|scammers?|fraud|farzi|dhokha|beware|don'?t join|mat join|maine|mene|humne|i (joined|paid|subscribed|lost|took)|link (bhej|bhejo|bhejna|send)|send me the link|bolte (hai|hain|h)|they claim)\b/
    // the pump-and-dump tip of the DLT headers (no options, no link needed): a share's call written as a
    // trade ("buy X CMP 142 target 165 SL 135") ...
    $pd_tgt = /\b(targets?|tgts?|trgts?)\b/
    $pd_lvl = /\bcmp\b|\bcurrent market price\b|\b(sl|s\/l|stop[- ]?loss)\b/
    // ... and the pump's story: operators buying, big news about to break, a jackpot or multibagger share,
    // an upper circuit coming (no research desk's note says so; English, Hinglish)
    $pd_pump = /\boperators? (ki |ka |ke )?(buying|entry|accumulat\w{1,6}|activity|interest|driven|based|game|support|active|loading|picked)\b|\b(strong|heavy|big|huge|massive) operator\b|\b(big|good|positive|major|huge) (news|announcement|update|event|order news) (is |are )?(coming|expected|soon|awaited|pending|on the way|about to)\b|\bnews (coming|awaited|expected) (soon|shortly|this week|tomorrow)\b|\b(rocket|flying|bumper|blockbuster|dhamaka|jackpot) (stocks?|shares?|picks?|calls?)\b|\b(bada|badi|bdi|bari) (news|khabar|announcement) (aane|aa rahi|aa raha|aayegi|aayega|aane wali|aane wala)\b|\bmultibaggers?\b|\bhidden gems?\b|\bupper circuits?\b|\bsure ?shot\b|\bnews based (stock|share|call|pick)\b|\binsider (news|buying|info)\b/
    // a person's own trade or a friend's word about it ("bought it at 38", "my broker says", "tu bhi dekh")
    $pd_mine = /\b(i|we) (bought|sold|booked|got in|added|exited|entered)\b|\bmy (broker|advisor|adviser|position|avg|average)\b|\b(bhai|yaar|bro|tu bhi|tum bhi|maine|mene|liya tha|le liya)\b/
    // the US penny-stock pump (long and toll-free numbers, a "Reply STOP" footer or not): a ticker (a cashtag,
    // "OTC: ABCD", a penny stock) ...
    $us_tick = /\$[a-z]{1,4}[a-z]\b|\b(otc|otcqb|otcqx|otc markets|nasdaq|nyse|amex|ticker|symbol) ?: ?[a-z]{1,4}[a-z]\b|\bpenny stocks?\b/
    // ... a rise of hundreds of percent or a multiple promised ("could rocket 500%", "last pick ran 340%") ...
    // (compile cost: [1-9][0-9]{1,2}[0-9] is three or four digits, a hundred percent and more)
    $us_big = /\b[1-9][0-9]{1,2}[0-9] ?(%|percent)|\b[1-9],[0-9]{1,2}[0-9] ?(%|percent)|\b([2-9]|[1-9]0|[1-9]00)x (gains?|returns?|moves?|potential|runner|play|upside|from here)\b|\b(double|triple|quadruple) (by|before|this week|overnight|tomorrow)\b/
    // ... or a sub-dollar share given a price target ("trading at $0.12, target $1.50") ...
    $us_sub = /\b(at|under|around|near|only|just) \$ ?0?\.[0-9]/
    $us_tgt = /\b(price )?targets? (of |is |at )?\$ ?[0-9]|\$ ?[0-9][0-9.,]{0,8} (price )?target\b/
    // ... and the hurry: buy before the open, the bell or the news ("get in before the news drops", "load up pre-market")
    $us_before = /\bbefore (the |monday'?s |tomorrow'?s |today'?s |market )?(open|opening bell|bell|market opens?|news|announcement|press release|it (runs|takes off|explodes|moves|pops|rips|flies)|everyone else|the crowd|listing|[0-9]{1,2}(:30)? ?am)\b/
    $us_buy = /\b(buy|get in|load up|grab|jump in|position yourself|accumulate|pick up|scoop up)\b/
    $us_go = /\b(load up|get in|buy in|jump in|grab (shares|it|some)|position yourself) (now|early|today|asap|quick|fast|while)\b|\bbuy (now|today|at the open|first thing|pre-?market)\b|\bbefore (the )?news (hits|drops|breaks|is out|comes out|goes public|is released)\b/
  condition:
    ($mkt and $hype and not $mine
      and (url_count > 0 or phone_count > 0 or $join
        or ($trial and not $me and (caps_keyword_count > 0 or shortcode_count > 0 or contact_count > 0 or $kw))))
    // (the pump-and-dump tip: a trade's levels and the pump's story, whatever the sender and the folder
    // its header declares: a broker's contract note has no target, a research note no operator)
    or ($pd_tgt and $pd_lvl and $pd_pump and not $mine and not $pd_mine)
    // (the US penny-stock pump: a ticker promised hundreds of percent and a buy before the open or the news;
    // the "Reply STOP" footer does not make it a broker's marketing: a research note promises no multiple)
    or ($us_tick and ($us_big or ($us_sub and $us_tgt)) and (($us_before and $us_buy) or $us_go)
      and not $mine and not $pd_mine and not invest_own_shares)
}

// some loan wordings ($l1, $l4, $l7, $l9) and guarantee words ($g2, $g3) also count alone
// suppress: unintended_pattern_in_set
rule invest_loan_offer
{
  meta:
    action = "junk"
    weight = 2.5
    description = "Unsolicited loan or credit offer, often 'even with bad credit' or 'previously refused'; the US pre-approval blast from a long or toll-free number: 'your request for up to $35,000 was pre-approved', funds tomorrow, a shortener or an unknown link, opt-out footer or not (English, Spanish: 'pre-aprobado', 'sin verificacion de credito'); India's instant loans and credit limits 'in 10 min' or 'in 2 hours', 'EMI starting', at home, with no paperwork or 0% interest, and a number or a link not a bank's own, from any sender (Hinglish, English)"
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
    $url = /(https?:\/\/|www\.)/
    // India's instant-loan blasts from any sender, a DLT header too (Hinglish, English): the money in minutes
    // ("30 min me", "bas 10 min me", "in 2 min") ...
    $fast_min = /\b(in|within|bas|sirf|only|just|matra) [0-9]{1,2} ?(min|mins|minute|minutes|mint|sec|secs|seconds|hours?|hrs?|ghante)\b|\b[0-9]{1,2} ?(min|mins|minute|minutes|mint|seconds|ghante|ghanto) (me|mein|main|mai|ke andar)\b/
    // ... the credit limit of the loan apps ...
    $climit = /\bcredit limit\b/
    // ... and the pitch: instant, at home, no paperwork, interest-free, "salary nahi aayi?"
    $fast_pitch = /\b(instant|instantly|turant|tatkal|ghar baithe|paperless|no paperwork|zero paperwork|koi paperwork|bina paperwork|no documents?|bina (documents?|kagaz|kagzat)|salary nahi aayi|0 ?% interest|zero interest|interest[- ]free|byaj mukt|sabse kam byaj|no cibil|no credit check|money in (your )?(bank|account)|paisa (seedha )?(bank|account|khate) (me|mein)|emi (starting|starts|from|as low as|just|only))\b/
    // a person's own loan or advice, a lender's notice of a loan already given
    $fast_mine = /\b(maine|mene|mera|meri|mere|mujhe|humne|bhai|yaar|bro|lol|haha|scam|fraud|farzi|papa|mummy|didi|bhaiya|dad|mom|mum|got|took|liya|le liya|my (loan|salary|account|bank)|i (applied|used|need))\b|\b(has been|have been|was|is) (credited|disbursed|transferred|debited|closed|repaid)\b|\bemi (is )?due\b/
    // the US pre-approval blast: "your request for up to $35,000 was PRE-APPROVED" (a request the reader
    // never made), the money "as soon as tomorrow", and a shortener or a link of unknown standing
    $req_ok = /\b(request|application|inquiry|enquiry)( for| of)?( up to| a loan of)? \$ ?[0-9][0-9,.]{0,8}k? (was|is|has been|have been|just got|got) (pre-?approved|approved|pre-?qualified|accepted)\b|\$ ?[0-9][0-9,.]{0,8}k? (loan |cash |funding )?(request|application) (was|is|has been|got) (pre-?approved|approved|pre-?qualified)\b/
    $soon = /\b(funds?|money|cash|deposit(ed)?|funding|payout)\b.{0,30}\b(tomorrow|tonight|as soon as today|in minutes|within hours)\b/
    // a person's own loan news ("my request for $5k was approved")
    $req_mine = /\b(my|lol|haha)\b|\bi'(m|ve|ll)\b|\bi (applied|asked|requested|got|was|am|just|can|will)\b/
    // the same blast in Spanish (accents folded): "tu prestamo de $3,000 ha sido pre-aprobado", "sin verificacion
    // de credito", "solicitalo hoy"; a person's own loan news ("mi prestamo", "me aprobaron") stays clean
    $es_ok = /\bprestamo\b.{0,40}\b(pre-?aprobado|aprobado)\b|\b(pre-?aprobad[oa])s? (para|por) (un prestamo|hasta)\b/
    $es_pitch = /\bsin (verificacion|revision|chequeo|consulta|verificar) (de |del )?(credito|buro)\b|\bsolicit(alo|elo|a|e|ala) (hoy|ya|ahora|aqui)\b|\b(dinero|fondos|deposito)\b.{0,25}\b(hoy mismo|manana|el mismo dia|en minutos)\b/
    $es_mine = /\b(mi prestamo|me (aprobaron|dieron|lo aprobaron)|jaja|jeje)\b/
  condition:
    ((2 of ($l*) or $l1 or $l4 or ($wloan and 2 of ($g*)) or (($l7 or $l9) and ($g2 or $g3))) and ($act or $url or $reply or phone_count > 0 or url_count > 0 or contact_count > 0)
    // a bank's or lender's own sender id advertising its loan ("a Personal Loan of up to ...") is its
    // marketing: from one, only the lure's promises count (bad credit, refused before, guaranteed)
    and ((sender_kind != "alpha" and sender_kind != "shortcode") or 2 of ($l*) or ($wloan and 2 of ($g*))))
    // (the loan or credit limit in minutes with the instant pitch and a number or a link, whatever the sender:
    // a bank's own offer names it and links to its own site)
    or (($wloan or $climit) and $fast_min and $fast_pitch and not $fast_mine
      and (phone_count > 0 or url_count > brand_link_count + named_url_count + platform_url_count)
      and brand_link_count + named_url_count == 0)
    // (the pre-approval blast from a long or toll-free number: a lender texts from its sender id or short
    // code and links to its own site; the opt-out footer does not make it a lender's marketing)
    or ((($req_ok or $l7 or $l9) and ($g3 or $soon) and not $req_mine or $es_ok and $es_pitch and not $es_mine)
      and (shortener_count > 0 or url_count > brand_link_count + named_url_count + platform_url_count)
      and sender_kind != "alpha" and sender_kind != "shortcode")
}

rule invest_loan_no_documents
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A loan 'approved' or offered with what no lender promises (no salary slip, no CIBIL or credit check, no documents, paperwork or income proof, 'koi paperwork nahi') and a link or number, from India's DLT headers (AD-, JD-, VK-, BZ-) or numbers, unless its only links are a bank's official domain; or a debt-consolidation or personal loan at a low rate with a free-mail contact (English, Hinglish); the illegal loan app of India, Pakistan and Nigeria: a loan approved or offered on the Aadhaar, PAN, CNIC or BVN alone, the money in minutes or an app to install, from a link not a lender's own site (app deep links, APKs, shorteners) or a person's number (English, Hinglish)"
  strings:
    // the loan on offer or already "approved" ("your loan of Rs 3,50,000 is approved", "loan approve ho gaya")
    $ln = /\bloans?\b.{0,40}\b(approved|approve ho|sanctioned|pre-?approved|ready|disburs\w{0,6}|available|mil (jayega|raha|sakta)|milega)\b|\b(approved|pre-?approved|sanctioned|instant|quick|personal|cash) loans?\b|\bloans? (of|upto|up to|amount|limit) (rs\.?|₹|inr|[0-9])|\b(gold|property|bike|car|vehicle|business) (pe|par|per|ke against|ke badle) loans?\b/
    // what a lender cannot skip: the salary slip, the CIBIL check, the documents
    $nodoc = /\b(no|without|zero|bina|nil) (salary slips?|pay ?slips?|income proof|income documents?|cibil( score| check)?|credit (score|check)|documents?|documentation|docs|paperwork|itr|bank statements?)\b|\b(cibil|credit score|salary slip|documents?) (not required|not needed|no bar|nahi chahiye|ki zarurat nahi|ki jarurat nahi)\b|\b(low|bad|poor) cibil (ok|accepted|bhi|also|chalega)\b|\b(koi|zero) (paperwork|documents?|documentation|kagaz|kagzat|kaagaz)( ki (zarurat|jarurat|zaroorat))? (nahi|nahin|na)\b|\bbina (paperwork|kagaz|kagzat|kaagaz)\b/
    // a person's own loan
    $mine = /\b(mera|meri|maine|my loan|i got|i took|i applied|bhai|yaar|bro|lol)\b/
    // the illegal loan app (India, Pakistan, Nigeria): approved on an identity number alone ("only Aadhaar
    // and PAN", "sirf CNIC par", "with just your BVN", "loan on Aadhaar card", "no BVN needed") ...
    $idonly = /\b(only|just|sirf|bas|matra|need only|need just) (your |ur |apne |aapke |apke )?(aadhaa?r|pan|bvn|nin|cnic|nic)( card| number| no)?( ?(and|&|\+|aur|or|-) ?(pan|aadhaa?r|bvn|nin)( card| number)?)?\b|\b(aadhaa?r|pan|bvn|nin|cnic)( card| number)?( ?(and|&|\+|aur|-) ?(pan|aadhaa?r|bvn|nin)( card| number)?)? (only|se|par|pe|needed|required|chahiye|is enough|kafi)\b|\bloans? (on|against) (your |ur |just |only )?(aadhaa?r|pan|bvn|cnic|nic)\b/
    $id_ln = /\b(loans?|qarz|qarza|qarzay|karz|karza)\b/
    // ... the money in minutes ...
    $id_fast = /\b(in|within|bas|sirf|only|just) [0-9]{1,2} ?(min|mins|minute|minutes|mint|sec|secs|seconds)\b|\b[0-9]{1,2} ?(min|mins|minute|minutes|mint) (me|mein|main|mai|ke andar)\b|\b(instant|same[- ]day|turant|tatkal) (disburs\w{1,6}|credit|transfer|payout|approval)\b/
    // ... and its app to install from the link
    $id_app = /\b(download|install)( the| our| this)?( [a-z0-9]{1,11}[a-z0-9]){0,2} (app|apk|application)\b|\bapp (download|install) (karein|karen|kare|karo|kijiye|now)\b|\b(download|install) (karein|karen|kare|karo|kijiye|now)\b/
    // a loan "at 2% interest" with a free-mail contact: the advance-fee lender
    $dc = /\b(debt consolidation|consolidat(e|ion of|ing) (all )?(your|ur|all|of your) (debts?|loans?|bills|credit cards?)|we (offer|give|grant|provide|render) (all kinds of |all types of |personal |business |private |quick |urgent |affordable )?(loans?|financing|funding)|(do|are) (you|u) (in need of|need|looking for) (a |an |urgent |quick |any )?(loan|financing|funding|financial (help|assistance)))\b/
    $rate = /\b(low|lowest|affordable|minimal|cheap) (interest|rate)\b|\b[0-9](\.[0-9]{1,2})? ?% (interest|rate|apr|per annum|annual|p\.a)|\binterest (rate )?(of )?(just |only )?[0-9](\.[0-9]{1,2})? ?%/
    $freemail = /@(gmail|googlemail|yahoo|ymail|hotmail|outlook|live|aol|msn|proton|protonmail|icloud|mail|gmx|yandex|zoho)\.[a-z]/
    // a person weighing their own consolidation loan
    $dc_mine = /\b(my (bank|credit union|mortgage|loans?|debts?|cards?|e-?mail|address)|(offered|gave|sent|told) me|should i|thinking (about|of)|lol|i (got|took|applied|was offered|have been offered))\b/
  condition:
    ($ln and $nodoc and not $mine
      and (url_count > brand_link_count or phone_count > 0 or email_count > 0))
    // (the loan app: the identity number alone with the money in minutes or the app to install, and a link
    // that is not a lender's own site, or a person's number; a bank's own offer links to its own domain)
    or ($id_ln and $idonly and ($id_fast or $id_app) and not $mine and brand_link_count == 0
      and (url_count > named_url_count
        or (phone_count > 0 and sender_kind != "alpha" and sender_kind != "shortcode")))
    or ($dc and $rate and not $dc_mine and ($freemail or sender matches /^email:[^@]{1,64}@(gmail|googlemail|yahoo|ymail|hotmail|outlook|live|aol|msn|proton|protonmail|icloud|mail|gmx|yandex|zoho)\./))
}

rule invest_credit_card_no_proof
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A credit card pushed with what no issuer promises (no income proof, no CIBIL or credit check, approval guaranteed) beside instant approval, a lifetime-free card or 'apply now': the card-lead spam of India's business headers and of numbers (English, Hinglish)"
  strings:
    $cc = /\bcredit ?cards?\b/
    $dub = /\b(no|without|zero|bina) (income|salary) (proof|documents?|docs|slips?|criteria)\b|\b(no|without|bina) (cibil|credit score|credit check|itr|salary slips?)\b|\b(low|bad|poor|any) cibil\b|\bcibil (score )?(not (required|needed)|no bar)\b|\b(guaranteed|100 ?%|assured) approval\b|\bapproval (guaranteed|assured)\b/
    $pitch = /\blifetime free\b|\binstant (approval|approved|issuance)\b|\bapproval in [0-9]{1,2} ?(min|mins|minutes|sec|seconds)\b|\b(apply|get it) (now|today|here|online)\b|\bapply ?:/
    // a card against a fixed deposit needs no income proof: a real product
    $fd = /\bagainst (your |a )?(fd|fixed deposit)\b|\bfd[- ](backed|based)\b|\bsecured (credit )?card\b/
    // Vietnamese (no diacritics) from a person's number: a credit card without proof of income or despite bad debt, or
    // the "card maturity" and cash-out service (dao han, rut tien the tin dung) that a bank never sells by text
    $vi_cc = /\bthe tin dung\b/
    $vi_dub = /\bkhong (can )?(chung minh|cm) thu nhap\b|\bkhong can (sao ke|bang luong|hop dong lao dong|the chap)\b|\bno xau (van|cung) (lam|mo|duoc)\b|\b(nhan |ho tro |dich vu )?dao han( the)?\b|\brut tien( mat)?( tu)? the\b|\b(mo|lam) the (nhanh|trong ngay|lay ngay|chi can cccd|chi can cmnd)\b/
    $vi_in = /\b(lien he|goi|goi ngay|zalo|inbox|ib|lh|nhan tin|sdt)\b/
    $vi_own = /\b(the (cua )?(em|anh|chi|minh|toi) (den han|dao han)|lua dao|canh giac)\b/
  condition:
    ($vi_cc and $vi_dub and ($vi_in or phone_count > 0 or url_count > 0) and not $vi_own and sender_kind == "phone")
    or
    // (the lead form's link or number: a friend passing on the card's pitch sends neither)
    $cc and $dub and $pitch and not $fd and (url_count > 0 or phone_count > 0)
}

rule invest_credit_fix_card_cash
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Credit repair and card cash from a person's number: a CIBIL or credit score raised or a report cleaned (settled, written-off, late payments removed) in days, loan or card-dues settlement for a fraction and recovery calls stopped; or cash drawn from your credit card into your account at a small fee the same day; with a number or a contact (Hinglish, English); US credit repair from long or toll-free numbers: a score to jump 100 points in 30 days, negative items deleted, a free consultation and a link or a number, opt-out footer or not (English)"
  strings:
    // the report or score to repair
    $cr_fix = /\b(credit|cibil) (repair|fix|correction|improvement|sudhar)\b|\b(improve|increase|boost|repair|fix|raise|correct|clean|clean up|clear|rebuild|badhaye|badhayein|badhaen|badhao|sudhare|sudharein|sudharen|sudharo) (your |ur |apna |apni |aapka |aapki |apka |apki )?(cibil|credit)( score| report| history| record)?\b|\b(cibil|credit score|score)( ko)? (improve|increase|badhaye|badhayein|badhaen|sudhare|sudharein|sudharen|theek|thik|repair|fix|clean|clear)\w{0,4}\b|\bremove (late payments?|collections?|charge-?offs?|negative (items|remarks|entries)|settled (status|remarks?)|written[- ]?off|write-?offs?|dpd)\b|\b(settled|written[- ]?off|write[- ]?off|dpd|overdue) (status |remark |tag |entry )?(ko )?(remove|hatwaye|hatwayein|hatayein|hataye|hatwa|delete|removed)\b/
    // US credit repair: "your credit score could jump 100 points", "boost your score 120+ points", "delete negative items"
    $cr_pts = /\b(boost|raise|increase|improve|bump|lift|jump|add)( your| ur)?( credit| fico)?( score)?( by| up to| as much as| over)? [0-9]{1,2}[0-9]\+? points\b|\b(credit|fico) scores? (could|can|will|may|might) (jump|rise|increase|go up|soar|climb|improve|skyrocket)\b|\bdelete (negative|bad) (items|marks|accounts|remarks|entries)\b/
    $cr_free = /\bfree (consultation|credit (analysis|review|evaluation|audit|consultation)|evaluation|analysis|review)\b/
    // in days, guaranteed
    $cr_time = /\b(in|within) [0-9]{1,2} ?(days|working days|hours|hrs|weeks)\b|\b[0-9]{1,2} ?(din|dino|dinon|days) (me|mein|main|mai|ke andar)\b|\b(guarantee|guaranteed|gaurantee|pakka)\b|\b100 ?% (result|guarantee|guaranteed|success)\b/
    // the settlement: the loan or card dues settled for a fraction, recovery calls stopped
    $settle = /\b(loans?|credit cards?|card|debts?|emi|dues|outstanding) (settlement|settle karein|settle karen|settle karwayein|settle karwaye|settle karwaen)\b|\bsettle (your |ur |apna |apne |apni |aapka |aapke )?(loans?|credit cards?|card dues|debts?|dues|outstanding)\b|\b(pay|bharein|bhare|chukaye|chukayein|chukaen) (only |just |sirf |bas )?[0-9]{1,2} ?% (of|ka|ki)\b|\brecovery (agents?|calls?) (harassment|ki harassment|se pareshan|band|stop|se chhutkara)\b|\b(stop|band) (recovery|harassment)\b/
    // a card's cash drawn out: "credit card se cash", "cash on credit card", "swipe and get cash"
    $cc = /\bcredit ?cards?\b/
    $cash = /\bcash (on|from|against|out of|withdrawal from) (your |ur |any )?(credit ?cards?|card)\b|\b(credit ?cards?|card) (se|to|into) (cash|bank|account)\b|\bcash (nikalwayein|nikalwaye|nikalwaen|nikalwaiye|nikalein|nikale|nikaliye|milega|paayen|payen|paaye|le|lein|lijiye)\b|\b(swipe|swiping)\b.{0,30}\b(cash|account|bank)\b|\b(convert|badle|badlein|badlen) (your |ur |apni |apne )?(credit ?card )?limit (to|into|ko) cash\b|\bcard (limit|balance) (to|into|ko) cash\b/
    // at a small charge, the same day
    $fee = /\b[0-9](\.[0-9]{1,2})? ?% (charges?|fees?|commission|only|sirf|me|mein|service charge)\b|\b(low|lowest|minimum|kam|minimal|nominal|sabse kam) (charges?|fees?|commission)\b|\b(charges?|fees?|commission) (sirf|only|just|matra) [0-9]/
    $now = /\b(same[- ]day|instant|instantly|turant|tatkal|immediate|immediately|within [0-9]{1,2} ?(min|mins|minutes|hours|hrs)|[0-9]{1,2} ?(min|mins|minute|minutes|ghante) (me|mein|main|mai)|in [0-9]{1,2} ?(min|mins|minutes))\b/
    // a person's own card or loan, a warning
    $mine = /\b(maine|mera|meri|mere|humne|my|bhai|yaar|bro|i (did|got|paid|settled|took|had|have)|mat|don'?t|do not|never|avoid|lol|scam|fraud|farzi)\b/
  condition:
    sender_kind != "alpha" and sender_kind != "shortcode" and not $mine
    and (phone_count > 0 or contact_count > 0 or url_count > 0)
    and ((($cr_fix or $settle) and 2 of ($cr_fix, $cr_time, $settle)) or #settle > 1
      // (the opt-out footer's STOP is no warning: $mine has "stop" nowhere)
      or ($cr_pts and ($cr_time or $cr_free or $cr_fix))
      or ($cc and $cash and ($fee or $now)))
}

rule invest_loan_bad_credit
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A loan offered to people with bad credit ('negativados', 'nome sujo', 'sin buro', 'zonder BKR', 'cattivi pagatori', 'bad credit OK, no credit check'), texted from someone's number (Portuguese, Spanish, Dutch, Italian, English); a loan despite the credit register ('ohne Schufa', 'trotz Betreibungen', 'utan UC', 'betalingsanmerkning', 'RKI', 'negatieve registratie', 'fiche Banque de France', 'sans enquete de credit') with a fast payout, no papers or a way to write (German, Swiss, Swedish, Norwegian, Danish, Flemish, French, Quebec French); any unsolicited loan or cash offer promising no credit check, with a sum, a link or a number, from someone's number (US 'need cash fast? up to $5,000 today, no credit check, reply YES'); a payday advance 'bad credit welcome, same day, reply YES to apply' from a long or toll-free number, opt-out footer or not (US English); the cash-advance blast: a cash or payday advance (or a sum) pre-approved or waiting, to claim at a link-in-bio page or a shortener, from any sender, a short code with a STOP footer too (English, Spanish)"
  strings:
    $loan = /\b(emprestimos?|credito|consignado|prestamos?|financiamento|lenen|lening|prestiti|prestito|finanziamento)\b/
    $bad = /\b(negativad[oa]s?|nome sujo|sem consulta (ao )?(spc|serasa)|mesmo (negativado|com nome sujo)|sin buro|con buro malo|aunque (estes|este) en buro|zonder bkr|zonder bkr-toetsing|bkr-registratie|cattivi pagatori|protestati)\b/
    // English: the payday pitch ("bad credit OK", "no credit check loans", "cash deposited today");
    // a person mentions such a loan, the pitch adds a way to take it and a link, a number or the money today
    $en_loan = /\b(loans?|payday|cash advance|lenders?|borrow|(fast|quick|instant|emergency) cash)\b|\b(get|borrow|receive) (up to |as much as )?\$[0-9]/
    $en_bad = /\b((bad|poor|no) credit(\?|,|!)?( is)? (ok|okay|welcome|accepted|no problem|considered|approved)|all credit (types|scores) (welcome|accepted|approved)|no credit checks?|even with (bad|poor|no) credit)\b/
    // a friend's voice around the same words ("I can lend you $200, no credit check lol")
    $en_mine = /\b(lol|lmao|haha|i (can|could|will|'ll) lend|lend me|don'?t (use|do|take|fall)|my (cousin|friend|brother|sister|mom|dad))\b/
    // the keyword to send back for the cash: "reply YES to apply", "text YES"; with a sum or the money today
    $en_kw = /\b(reply|text|txt) "?(yes|y|loan|cash|apply)"? (to|2|now|for)\b/
    $en_fast = /\bsame[- ]day\b|\b(funds|cash|money|funding) (today|tomorrow|in minutes|within hours)\b|\bapproval in [0-9]{1,2} ?(min|mins|minutes|hours|hrs)\b/
    $en_today = /\bdecision in [0-9]{1,2} ?(secs|seconds|mins|minutes)\b|\b(cash|funds|money)\b.{0,20}\b(deposited|in your (bank|account)|sent to your (bank|account))\b.{0,16}\b(today|same[- ]day|within [0-9]{1,2} ?(hours?|hrs|mins?|minutes)|in [0-9]{1,2} ?(hours?|hrs|mins?|minutes)|instantly)\b/
    // the cash-advance blast: an advance or payday cash "pre-approved" or waiting, to claim at a link-in-bio page
    // or a shortener (shortener_count: both are in the redirectors map): a lender's own offer links to its own site
    // the UK payday pitch under a marketing footer: a loan or payday cash "even with bad credit or CCJs"
    $uk_bad = /\b(ccjs?|county court judge?ments?|(bad|poor|low) credit (history|score)?( is)? ?(ok|okay|considered|accepted|welcome)|even with (a )?(bad|poor|low|no) credit( history| score)?)\b/
    $pa_what = /\b(cash|payday|paycheck|pay ?check|salary|wage|emergency) (advances?|loans?)\b|\b(fast|quick|instant|emergency) (cash|funds|funding)\b|(£|\$) ?[0-9][0-9,.]{0,7} (cash |payday )?advance\b|\bpre-?(approved|qualified) for (up to )?(£|\$)|\badelanto (de (efectivo|nomina|sueldo|salario|dinero)|en efectivo)\b|\bprestamo (rapido|de dia de pago|express)\b/
    $pa_ok = /\bpre-?(approved|qualified|selected|aprobad[oa]|calificad[oa])\b|\b(advance|cash|loan|funds)( request| application)?( of [^ ]{1,12})? (is|was|has been) (approved|ready|waiting|reserved)\b|\bapproved for (up to )?(£|\$)/
    $pa_claim = /\bclaim(ed|ing)?\b|\breclam(a|alo|ala|e|elo|ela|ar|arlo)\b|\b(grab|collect|accept) (it|yours|your (cash|funds|money|advance))\b/
    // a person's own advance ("I got pre-approved at work, the claim form is at ...")
    $pa_mine = /\b(jaja|jeje|i (got|applied|was|just|asked)|my (job|boss|employer|hr|bank|credit union|payroll)|me (aprobaron|dieron|salio))\b/
    // German, Swiss, Swedish, Norwegian, Danish, Flemish, French and Quebec French: the loan despite the credit
    // register (Schufa, ZEK and Betreibungen, UC, betalingsanmerkning, RKI, the National Bank's negative
    // registration, FICP), with a fast payout, no papers or a way to write (a person's own loan says "ich habe")
    $eu_loan = /\b(kredit\w{0,6}|privatkredit\w{0,2}|sofortkredit\w{0,2}|darlehen|lan|lanet|laan|lenen|lening\w{0,2}|prets?|credit rapide|financement)\b|(privat|snabb|kvik|hurtig|forbrugs|sms)lan\b/
    $eu_bad = /\b(ohne schufa|trotz schufa|schufa[- ]?frei|ohne bonitatsprufung|ohne zek|trotz zek|trotz betreibung\w{0,2}|auch mit betreibung\w{0,2}|utan uc|utan kreditupplysning|trots betalningsanmarkning\w{0,3}|med betalningsanmarkning\w{0,3}|uten kredittsjekk|uten kredittvurdering|med betalingsanmerkning\w{0,3}|tross betalingsanmerkning\w{0,3}|registreret i rki|trods rki|selv med rki|uden kreditvurdering|uden kredittjek|negatieve registratie|zonder (controle|raadpleging) (bij |van |in )?(de )?nationale bank|zonder krediettoets|fiche\w{0,2} (a la )?banque de france|fiche\w{0,2} (au )?ficp|sans enquete de credit|sans verification de credit|mauvais (dossier de )?credit|meme (interdit|interdits) bancaires?)\b/
    $eu_fast = /\b(sofort|schnell\w{0,3}|innerhalb (von )?[0-9]{1,2} ?(stunden|std|h)|innan [0-9]{1,2} ?(timmar|h)|innen [0-9]{1,2} ?(timer|t)|inden for [0-9]{1,2} ?(timer|t)|binnen [0-9]{1,2} ?(uur|dagen)|samma dag|samme dag|snabbt|hurtig\w{0,2}|raskt|snel\w{0,2}|rapide\w?|en [0-9]{1,2} ?(h|heures)|ohne unterlagen|ingen dokumentation|ingen papirer|geen papieren|sans justificatifs?|aucun document|utbetaling|udbetaling|auszahlung|uitbetaling|inom (en|[0-9]{1,2}) ?(timme|timmar|dag)|(svara|svar|sms|antwoord|antworte|textez|texte|skriv) "?(ja|lan|laan|oui|pret|kredit))\b|\b(24|48) ?h\b/
    $eu_mine = /\b(ich (hab|habe|hatte)|wir (haben|hatten)|mein|meine|jag (fick|har|tog)|vi (fick|har|tog)|jeg (fik|fikk|har)|ik (heb|had|kreeg)|we (hebben|kregen)|j'ai (eu|obtenu|pris)|mon|ma banque)\b/
  condition:
    (($loan and $bad)
      or ($en_loan and $en_bad and ($en_today or url_count > 0 or phone_count > 0)
        and (url_count > 0 or phone_count > 0 or contact_count > 0 or claim_count > 0))
      // a payday advance "bad credit welcome, same day, reply YES to apply": the opt-out footer
      // after it does not make it a lender's marketing (a lender texts from its sender id)
      or ($en_loan and $en_bad and $en_kw and (money_count > 0 or $en_fast) and not $en_mine)
      // invest_loan_offer's lure (a STOP footer does not make it a lender's marketing: a lender
      // texts from its sender id) with the promise no lender can keep, and a sum, a link or a number
      or (invest_loan_offer and $en_bad and not $en_mine and (money_count > 0 or url_count > 0 or phone_count > 0)))
    and sender_kind != "alpha" and sender_kind != "shortcode"
    // (the cash-advance blast "pre-approved, claim now" at a link-in-bio page or a shortener, whatever the sender:
    // a short code and a STOP footer do not make it a lender's marketing, which links to its own domain)
    // (the payday loan "even with bad credit or CCJs" with a sum and a link or a number, whatever the sender: the opt-out
    // footer makes it no bank's offer to its customer, which promises no loan despite the credit history)
    or ($en_loan and $uk_bad and ($en_bad or $en_fast or $en_today or money_count > 0) and (url_count > 0 or phone_count > 0 or shortcode_count > 0) and not $en_mine)
    or ($pa_what and $pa_ok and $pa_claim and shortener_count > 0 and brand_link_count == 0 and not $en_mine and not $pa_mine)
    or ($eu_loan and $eu_bad and not $eu_mine
      and ($eu_fast or email_count > 0 or url_count > 0 or phone_count > 0 or contact_count > 0 or caps_keyword_count > 0)
      and sender_kind != "alpha" and sender_kind != "shortcode")
}

rule invest_loan_fee_before_disbursal : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A loan 'approved' or 'sanctioned' that a file, processing, insurance or GST charge must be paid to release: lenders deduct their fees, they never collect them first (and in Japanese and Korean: screening passed, the guarantee fee or insurance to transfer first); Central America's 'your loan was approved, deposit the administrative fee' from a mobile (Spanish)"
  strings:
    $loan = /\b(loan|credit|finance)\b.{0,60}\b(approved|sanctioned|disburs\w{0,6}|released|credited)\b/
    $fee = /\b(pay|deposit|transfer|send)\b.{0,30}\b(file|processing|insurance|gst|stamp duty|legal|registration|verification|documentation|activation) (charges?|fees?)\b|\b(file|processing|insurance|gst|stamp duty|legal|registration|verification|documentation|activation) (charges?|fees?) (of )?(rs\.?|₹|n|ksh|ghs|php|\$|£)? ?[0-9]/
    $deducted = /\b(deducted|will be deducted|adjusted from|no (upfront|advance) (fee|charge|payment))\b/
    // Spanish (Chile and Latin America): a consumer credit "approved" without guarantor or credit record, only the
    // management or notary costs to pay first, "reply SI"
    $es_loan = /\b(credito|prestamo|financiamiento)s?( de consumo| personal| express)? (ya |esta |fue |ha sido )?(aprobado|pre-?aprobado|preaprobado|otorgado|autorizado|disponible)\b|\b(credito|prestamo|financiamiento|solicitud)\b.{0,40}\b(esta|fue|ha sido|quedo) (pre-?aprobad[oa]|preaprobad[oa]|aprobad[oa]|autorizad[oa])\b/
    $es_fee = /\b(solo|unicamente|solamente) (debes |debe |tienes que |tiene que )?(pagas|paga|pagar|cancelas|cancela|cancelar|cubres|cubre|cubrir|abonas|abona|abonar|depositas|deposita|depositar) (los |el |un |unos )?(gastos|costos|cargos|comision|seguro|pago) (de |del )?(gestion|administracion|administrativos|notaria|notariales|tramite|apertura|operacionales|desembolso|activacion|seguro|evaluacion)\b|\b(gastos|costos|cargo) (de )?(gestion|notaria|notariales|tramite|apertura|desembolso|activacion) (previo|antes|por adelantado|anticipad\w{1,2})\b|\b(antes del|previo al) desembolso\b.{0,30}\b(paga|pagar|cancela|cancelar|deposita|depositar|abona|abonar|transfiere|transferir)\b/
    $es_lure = /\bsin (aval|avales|garantia|garante|codeudor|fiador|historial|antecedentes|revisar dicom|dicom|buro|papeleo)\b|\b(responde|responda|contesta|escribe) "?(si|ok)\b/
    $es_own = /\b(me aprobaron|mi credito|mi prestamo|estafa|fraude|ojo con)\b/
    // Central America: "your loan was approved, deposit the administrative fee (of L 850, Q450) to release it"
    // Japanese and Korean: "審査通過 ... 保証料のお振込後に実行", "대출 승인 완료, 보증보험료 입금 후 지급"
    $jk_ok = /(審査通過|審査に通過|審査に通り|ご融資(が|の)(可能|決定|確定)|融資(が)?決定|대출 ?(승인|심사 ?통과|가결)|승인 ?완료)/
    $jk_fee = /(保証料|保証金|手数料|保険料|登録料)(の|を)?(お)?(振込|振り込|入金|支払)|(보증 ?보험료|보증금|수수료|인지대|보험료|선납금|공탁금)(를|을)? ?(먼저 )?(입금|납부|송금|결제)/
    $jk_own = /(私の|僕の|うちの|詐欺|怪しい|사기|조심|엄마|아빠|했어|했는데)/
    $ca_fee = /\b(deposite|depositar|deposita|cancele|cancelar|pague|pagar|transfiera|transferir|abone|abonar|cubrir|cubra)\b.{0,30}\b(comision|cargo|gasto|cuota|tarifa|costo|seguro)s? (administrativ[oa]s?|de (desembolso|tramite|activacion|apertura|liberacion|gestion|administracion|poliza))\b/
  condition:
    ($loan and $fee and not $deducted and sender_kind != "alpha" and sender_kind != "shortcode")
    or ($es_loan and $es_fee and $es_lure and not $es_own and sender_kind != "alpha" and sender_kind != "shortcode")
    or ($es_loan and $ca_fee and not $es_own and sender_kind == "phone" and (sender_line == "mobile" or sender_line == "fixed_line_or_mobile"))
    or ($jk_ok and $jk_fee and not $jk_own and sender_kind != "alpha" and sender_kind != "shortcode")
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
    // or a withdrawal held until a fee or tax is paid: "pending withdrawal ... pay the 8% tax to release funds"
    $pending = /\bpending (withdrawal|payout)\b|\bto (release|unlock) (the |your )?(funds|withdrawal|payout|profits?)\b/
  condition:
    ($grown and $withdraw and money_count > 0
    and ($fee or ($manager and sender_kind != "alpha" and sender_kind != "shortcode")))
    or ($pending and $fee and money_count > 0)
}

rule invest_returns_intl
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Investment or trading returns promised in Chinese (simplified, and the traditional of Hong Kong and Taiwan: a teacher's free LINE or WhatsApp stock group), Japanese (a teacher's stock group, LINE to add), Spanish, Portuguese or romanised Hindi, with a group or contact to join; or romanised Urdu and Hindi 'online earning': a daily sum earned from home or only your mobile, join the WhatsApp group; or a crypto or 'scheme' multiplier a friend of a friend pitches ('1 lakh lagao, 30 din mein 3 lakh', 'double in 15 din', join the Telegram group) in Hinglish and Hindi; a crypto robot's, AI's, mentor's or adviser's gains by the day, week or month ('mis alumnos ganan 500 dolares al dia', 'mon robot de trading IA m'a fait 2 000 piasses la semaine passee') with a move to WhatsApp or Telegram (Spanish, Canadian French); a Canadian French crypto mentor or coach who teaches you to make a sum or profits every day, week or month, and a chat app, 'texte-moi' or a private group; a deposit by Pix, Yape, Plin, Nequi or a transfer into a trading or investment group, a fund, an AI or a trading robot that pays daily or weekly gains, 'renda extra', or doubles it in hours (Spanish, Portuguese)"
  strings:
    $zh1 = /(投资|理财|收益|带单|炒股|股票|数字货币|虚拟币|回报|稳赚|翻倍|导师)/
    $zh2 = /(微信|加群|进群|群|联系|telegram|whatsapp|链接|点击|老师)/
    $es = /\b(inversion|invierta|invertir|criptomonedas?|trading|acciones)\b.{0,80}\b(ganancias?|rentabilidad|ganar|garantizad[oa]s?|diari[oa]s?|duplica)/
    $pt = /\b(investimento|invista|investir|criptomoedas?|trading|acoes)\b.{0,80}\b(lucro|ganhos?|rendimento|garantid[oa]|diari[oa]|dobr)/
    // romanised Urdu and Hindi "online earning": a daily sum, from home or only the mobile, a group to join
    $hi_earn = /\b(rozana|roz|daily|har din|mahana|monthly|weekly)\b.{0,25}[0-9].{0,30}\b(kamayein|kamaye|kamaen|kamain|kamao|kamaiye|kama sakte|kama sakti|kamaai|kamai|income|earning)\b/
    $hi_pitch = /\b(sirf|only|bas) (apne |aapke |apke )?(mobile|phone|smartphone)\b|\bghar (baithe|bethe|bethay|baithay)\b|\bonline (earning|kamai|kamaai)\b/
    $hi_join = /\bjoin (karein|karen|kare|karo|kijiye|karne)\b|\b(whats ?app|telegram) group\b|\bchat\.whatsapp/
    $hi_warn = /\b(sab|sirf) (fraud|scam|dhokha)\b|\b(fraud|scam|dhokha) (hai|he|h)\b|\bjoin mat\b|\bmat (karna|karo|karein)\b/
    $hi = /\b(paisa|paise|rupay?e|amount) (double|dugna|teen guna)|\b(invest|nivesh) (kare|karein|karo|kijiye)\b.{0,60}\b(return|munafa|profit|kamaye)|\bguaranteed (return|profit) (milega|paaye)/
    // the multiplier in days from a friend of a friend: "1 lakh lagao, 30 din mein 3 lakh", "20 din mein
    // double"; years are a real investment's horizon ("5 saal mein double"), days and weeks are the scheme's
    $hi_put = /\b(lagao|lagaiye|lagayein|lagayen|lagaen|daalo|daaliye|invest (karo|karein|karen|kijiye)|nivesh (karo|karein|karen|kijiye)|jama (karo|karein|karen|kijiye))\b.{0,60}\b[0-9]{1,2} ?(din|dino|dinon|days|ghante|ghanton|hafte|hafton|mahine|mahino) (me|mein|main|mai|mei|ke andar|baad)\b/
    $hi_ret = /\b(din|dino|dinon|days|ghante|ghanton|hafte|hafton|mahine|mahino) (me|mein|main|mai|mei|ke andar|baad) (hi |seedha |sidha |direct |pure |poore |aapko |apko |aap |tum |tumhe |tumko )?(rs\.? ?|₹ ?)?[0-9]|\b(milenge|milega|paoge|paaoge|payenge|paayenge|paiye|paaiye|pao|paao|wapas|withdraw)\b/
    $hi_x = /\b[0-9]{1,2} ?(din|dino|dinon|days|ghante|hafte|mahine) (me|mein|main|mai|mei|ke andar)( hi)? (paisa |paise |amount |raqam |rakam |aapka |apka |tumhara )?(double|dugna|duguna|doguna|tiguna|teen guna|char guna|das guna|[2-9] ?guna|[2-9]x)\b|\b(double|dugna|duguna|doguna|tiguna|teen guna|[2-9] ?guna)\b.{0,12}\b[0-9]{1,2} ?(din|dino|dinon|days|ghante|hafte|mahine) (me|mein|main|mai|mei|ke andar)\b/
    // Hindi in Devanagari (three bytes a letter): the same promise, and its group
    $hid_put = /(लगाओ|लगाइए|लगाइये|लगाएं|लगायें|डालो|डालिए|इन्वेस्ट करें|इन्वेस्ट करो|निवेश करें|निवेश करो|जमा करें|जमा करो).{0,120}[0-9]{1,2} ?(दिन|दिनों|घंटे|घंटों|हफ्ते|हफ़्ते|महीने) (में|के अंदर|बाद)/
    $hid_ret = /(दिन|दिनों|घंटे|घंटों|हफ्ते|हफ़्ते|महीने) (में|के अंदर|बाद) (ही |सीधे |आपको |पूरे )?(₹ ?)?[0-9]|(मिलेंगे|मिलेगा|पाएं|पाइए|पाओ|वापस|डबल|दोगुना|दुगना|दुगुना|तिगुना|तीन गुना)/
    $hid_x = /[0-9]{1,2} ?(दिन|दिनों|घंटे|हफ्ते|हफ़्ते|महीने) (में|के अंदर) (ही )?(पैसा |पैसे |रकम )?(डबल|दोगुना|दुगना|दुगुना|तिगुना|तीन गुना)/
    $hid_join = /(टेलीग्राम|व्हाट्सएप|व्हाट्सऐप|telegram|whatsapp) (ग्रुप|चैनल|group)|(ग्रुप|चैनल) (जॉइन|ज्वाइन|से जुड़ें)|(जॉइन|ज्वाइन) (करें|करो|कीजिए)/
    // a friend's news of a share that did double ("2 din mein double ho gaya")
    $hi_past = /\b(double|dugna|duguna|doguna|tiguna|guna) (ho gaya|ho gya|ho gye|ho gaye|hua|hue|huye|kar liya|kar diya|kiya)\b/
    $hid_warn = /(धोखा|फ्रॉड|फर्जी|स्कैम) (है|हैं|था)|(जॉइन|ज्वाइन) मत|मत (करना|करो)/
    // traditional Chinese (Hong Kong, Taiwan): the stocks, the pitch (free sharing, places limited,
    // add the LINE, the investment group) and the teacher's or analyst's assistant, or a sure profit
    $zht1 = /(投資|飆股|牛股|港股|台股|美股|選股|個股|股票|明牌|漲停)/
    $zht2 = /(免費分享|免費加入|免費領取|名額有限|加入line|加line|line群|投資群|股票群|飆股群|whatsapp群|telegram群|入群|進群|加入群組)/
    $zht3 = /(老師|分析師|股神|助理|教授|操盤手)/
    $zht4 = /(保證獲利|穩賺|保本|月收益|月報酬|每月收益|每月報酬)/
    // Japanese: stocks, a teacher or analyst (or a sure return), and LINE to add or a group to join
    $ja1 = /(株式投資|投資グループ|投資コミュニティ|投資クラブ|株の|株価|銘柄|日本株|米国株|株式市場|仮想通貨|暗号資産)/
    $ja2 = /(先生|アナリスト|講師|アシスタント|助手|秘書|専門家)/
    $ja3 = /(line追加|ライン追加|lineに追加|友だち追加|友達追加|グループに参加|グループへの参加|無料で(配信|共有|公開)|無料配信|無料公開|名様限定|先着|人数限定|定員)/
    // Vietnamese (no diacritics): a free or VIP stock group of an "expert" with daily picks, and Zalo to join
    $vi_grp = /\b(nhom|group|room|cong dong|hoi)( zalo| kin| vip| mien phi){0,2} (chung khoan|co phieu|dau tu|phan tich|tu van)|\b(nhom|room|group) (vip|kin|mien phi)\b/
    $vi_exp = /\b(chuyen gia|tro ly|giao su|thay|chuyen vien phan tich|khuyen nghi|ma co phieu|ma tang tran|tang tran|diem mua|co phieu tiem nang|lai [0-9]{1,2} ?%)\b/
    $vi_in = /\b(zalo|ket ban|them zalo|tham gia|vao nhom|inbox|ib)\b/
    $vi_warn = /\b(lua dao|lua|bi lua|canh giac|scam)\b/
    // (a free stock study group, 勉強会, with daily picks, joined on LINE)
    $ja_grp = /(勉強会|勉強グループ|学習グループ|投資塾|無料(の|で)?(株|投資)|株の勉強|投資の勉強)/
    $ja_line = /\bline\b|(ライン)/
    $ja_free = /(無料|毎日配信|毎朝配信|配信中|お届け|ご招待)/
    $ja4 = /(元本保証|月利 ?[0-9]|日利 ?[0-9]|確実に儲か|必ず儲か|絶対に儲か)/
    // a bank's own product paying a share of a benchmark ("100% do CDI", "Tesouro Direto"), from its id
    $pt_bench = /\b(do|da) (cdi|selic|poupanca)\b|\btesouro direto\b|\bcdb\b/
    // a bank's own statement of the reader's fund ("tu fondo de inversion ha tenido una rentabilidad del 2,1%"), from its id
    $es_stmt = /\b(tu|su) (fondo|plan|cartera|deposito|cuenta)( de (inversion|pensiones|ahorro|valores))?\b/
    // Spanish and Canadian French: crypto or trading, a robot, an AI, a mentor, an adviser or a trader's signals, a sum
    // or a percent earned by the day, the week or the month ("mis alumnos ganan 500 dolares al dia", "m'a fait 2 000
    // piasses la semaine passee", "doublent ton investissement"), and a move to WhatsApp or Telegram; a loss, a warning
    // or a laugh is a person's talk
    $lx_mkt = /\b(cripto\w{0,8}|crypto\w{0,8}|bitcoin|btc|usdt|trading|forex)\b/
    $lx_who = /\b(ia|inteligencia artificial|intelligence artificielle|robot|bot|algoritmo|algorithme|logiciel|software|mentor\w{0,2}|asesor\w{0,2}|conseill(er|ere)s?|traders?|expert[oa]s?|experts?|coach|senales|signaux|alumnos|eleves|formateur|formatrice|je forme|(je|j') ?(t'|vous )?(enseigne|apprends))\b/
    $lx_gain = /\b(gan(a|an|e|o|amos|ar)|genera|generan|rinde|gagn(e|es|ent|er|ez)|rapporte\w{0,2}|fait|fais|font|fera|faire)\b.{0,40}[0-9].{0,30}\b(al dia|diarios?|a la semana|por semana|semanal\w{0,2}|al mes|este mes|por mes|mensual\w{0,2}|par jour|par semaine|par mois|ce mois-ci|ce mois|cette semaine|la semaine (passee|derniere)|le mois passe|quotidien\w{0,3}|hebdo\w{0,6}|en (deux|trois|quelques|dos|tres|pocas|[0-9]{1,2}) (jours|semaines|dias|semanas))\b|\b(profits?|gains|benefices|ganancias|revenus) (garantis |garantizadas |assures |seguras )?(chaque|tous les|toutes les|cada|todos los|todas las) (jours?|semaines?|mois|dias?|semanas?|mes)\b|\b[0-9]{1,3} ?% (de )?(rendement|profit|gains?|ganancias?|rentabilidad) (par mois|par semaine|par jour|al mes|a la semana|al dia|mensual|semanal)\b|\b(duplica\w{0,3}|doubl(e|ent|ons|er|ez)|tripl\w{1,4}) (tu|su|ton|votre|vos|tes) (dinero|plata|inversion|capital|argent|investissement|mise|placement)\b|\bde l'argent en masse\b|\b[0-9]{1,3} ?% (al dia|diario|a la semana|semanal|al mes|mensual|par jour|par semaine|par mois|ce mois-ci|cette semaine)\b/
    $lx_move = /\b(whats ?app|telegram|texte-moi|textez-moi|groupe prive|(rejoindre|rejoins|joindre) (mon|notre) (groupe|canal))\b/
    $lx_warn = /\b(estafa|estafadores|fraude|arnaque|escroquerie|fraudeurs?|perdio|perdi|perdu|cuidado|mefie\w{0,3}|lol|jaja\w{0,4}|haha\w{0,4}|golpe|golpistas?|piramide|kkk\w{0,6})\b/
    // Spanish and Portuguese: a deposit by Pix, Yape, Plin, Nequi or a transfer ("yapea 30 soles de inscripcion", "faca
    // seu Pix") into a trading or investment group, a fund, an AI or a trading robot, with the gains ("ganancias",
    // "renda extra", a percent) paid by the day or the week or doubled in hours; a friend's Pix for dinner, a cake sold
    // as "renda extra" or a warning is none of it
    $py_pay = /\b(yape\w{0,4}|plin|pix|nequi|daviplata|mercado ?pago|transferencia|deposit[ae]\w{0,3}|deposito)\b/
    $py_veh = /\bgrupo( vip| privado| exclusivo)? (de |do |dos |de los )?(inversion\w{0,3}|inversionistas|trading|traders|cripto\w{0,6}|investimentos?|investidores|forex|senales|sinais)\b|\bgrupo vip\b|\b(fondo|fondos|fundo|fundos) de (inversion\w{0,3}|investimentos?)\b|\b(nuestro|nosso) (fondo|fundo)\b|\b(robo|robot|bot)( de)? (ia|trading|inversion|investimentos?)\b|\binteligencia artificial\b/
    $py_gain = /\b(ganancias?|lucros?|lucra\w{0,2}|rendimientos?|rendimentos?|rentabilidad|renda extra|ingresos? extra|ganhando|ganando|dobro|el doble)\b|[0-9] ?%/
    $py_per = /\b(diari[oa]s?|todos los dias|todo dia|todos os dias|cada dia|por dia|al dia|ao dia|del dia|do dia|semanal\w{0,2}|por semana|cada semana|toda semana|o dobro|el doble|(en|em) [0-9]{1,2} (horas|dias))\b/
  condition:
    // (Italian shares "investimento ... rendimento" with Portuguese: from an Italian number those two
    // words are a person's talk, and Italian scams answer to invest_guaranteed_returns)
    ($zh1 and $zh2) or ($hi and not $hi_warn) or ($es and not ((sender_kind == "alpha" or sender_kind == "shortcode") and $es_stmt and url_count == 0)) or ($pt and sender_country != "IT" and not ($pt_bench and (sender_kind == "alpha" or sender_kind == "shortcode")))
    or ($hi_earn and $hi_pitch and ($hi_join or url_count > 0 or contact_count > 0) and not $hi_warn)
    or (not $hi_warn and (($hi_put and ($hi_ret or $hi_x)) or ($hi_x and not $hi_past and ($hi_join or url_count > 0 or phone_count > 0 or contact_count > 0))))
    or (not $hid_warn and (($hid_put and $hid_ret) or ($hid_x and ($hid_join or url_count > 0 or phone_count > 0 or contact_count > 0))))
    or ($zht1 and $zht2 and ($zht3 or $zht4))
    or ($ja3 and (($ja1 and $ja2) or ($ja4 and ($ja1 or $zht1))))
    or ($ja_grp and $ja1 and ($ja3 or ($ja_line and $ja_free)) and sender_kind != "alpha" and sender_kind != "shortcode")
    // (Vietnamese: an expert's free or VIP stock group with daily picks, and Zalo to join)
    or ($vi_grp and $vi_exp and $vi_in and not $vi_warn and sender_kind != "alpha" and sender_kind != "shortcode")
    // (Spanish, Canadian French: the robot's, AI's or mentor's crypto gains by the day, week or month, moved to WhatsApp)
    or ($lx_mkt and $lx_who and $lx_gain and $lx_move and not $lx_warn and sender_kind != "alpha" and sender_kind != "shortcode")
    // (Spanish, Portuguese: the deposit by Pix or Yape into a trading group, a fund or a robot with daily or weekly gains)
    or ($py_pay and $py_veh and $py_gain and $py_per and not $lx_warn and sender_kind != "alpha" and sender_kind != "shortcode")
}

// A Chinese brand's or bank's commercial text: the carrier-registered opt-out ("退订回T", "回TD退订", "拒收请回复R") or
// the 【brand】 signature with every link its own, sent from a sender id, a short code or a 106 business number (a
// person's mobile is 1[3-9]...), and no look-alike, disguised or abuse-prone link: its interest-free instalments
// (N期免息, 以旧换新) are a shop's or a bank's marketing, not a stranger's loan
private rule invest_zh_brand_promo
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

rule invest_loan_intl
{
  meta:
    action = "junk"
    weight = 2.5
    description = "An unsolicited loan offer in Chinese, Spanish, Portuguese, Polish, Bengali, German or romanised Hindi, or a quick loan's pitch (no papers, no credit check, no guarantor, same day) from a person's number in Romanian, French (and West Africa's loan 'without guarantee' in FCFA), Chilean and Argentine Spanish, European Portuguese, Turkish, Arabic, Hebrew, traditional Chinese, Japanese, Korean or Thai, with a link, a number or a chat app; an Indian loan agent's balance-transfer, gold-loan or personal-loan pitch at a low rate ('shift karen', 'pe paayen', 'transfer your loan @ 10.5%') from a person's number (English, Hinglish); South Asia's instant loan from a person's number: no documents, guarantor, collateral or CIBIL needed, the money instant or 'from 10 thousand up to 5 lakh', and a number (Hindi, Nepali, Bengali, Tamil, Telugu, Sinhala and their romanised forms); a Chinese loan from a person's number that ignores the credit record, takes 'black and white households' or pays out the same day, with a call, a reply or WeChat (simplified and traditional); the Chinese loan ad from a mobile (a housing-fund, social-insurance or policy loan, an owner's private loan, a first or second mortgage or a cash-out remortgage) with its rate, ceiling or same-day promise and a hotline, a chat id or a number (simplified, Hong Kong and Taiwan); a credit consolidation (rachat de credit, monthly payments cut) with a free study, no commitment or a call back from a French mobile; Gulf Arabic loans and cards paid off for a commission with new financing, or property in instalments without a bank; not a Chinese shop's or bank's interest-free instalments (N期免息) from its own sender with its opt-out or signature"
  strings:
    $zh = /(贷款|借款|网贷|额度|下款|放款|低息|免息)/
    // a shop's or a bank's instalments (N期免息, 分期, 以旧换新), and the lender's lure no shop writes (a loan
    // approved or waiting to be collected, no collateral, the money the same day, a daily rate)
    $zh_inst = /(免息|分期|以旧换新|以舊換新|信用卡)/
    $zh_lend = /(贷款|貸款|借款|網貸|网贷|下款|放款|抵押|当天到账|當天到賬|当日到账|當日到賬|待领取|待領取|审批通过|審批通過|已审批|已審批|日息|秒批)/
    // Chinese from a person's number: a loan that ignores the credit record (无视征信), takes "black and white
    // households" (黑白户均可) or pays out the same day, and a way to reach the lender (a call, a reply, WeChat)
    $zh_ln = /(贷款|貸款|借款|借钱|借錢|网贷|網貸|放款|下款|额度|額度|急用钱|急用錢|周转|週轉|私借|私人借)/
    $zh_easy = /(无视征信|無視徵信|不看征信|不看徵信|不查征信|不查徵信|不上征信|不上徵信|征信花|徵信花|征信不好也|徵信不好也|黑白户|黑白戶|黑户白户|黑戶白戶|黑户也|黑戶也|白户也|白戶也|黑户可|黑戶可|無視聯徵|无视联征|不看聯徵|不查聯徵|免聯徵|當天撥款|当天拨款|即日撥款|即日批|当天放款|當天放款|当天下款|當天下款|当天到账|當天到賬|当日下款|當日下款|当日到账|當日到賬|当日放款|當日放款|秒下款|秒到账|秒到賬|秒批|无需抵押|無需抵押|无抵押|無抵押|免抵押)/
    $zh_reach = /(电话|電話|致电|致電|来电|來電|联系|聯繫|联络|聯絡|咨询|諮詢|详询|詳詢|微信|加微|加v|vx|回复|回覆|私聊|私信|找我)/
    // a person's own loan or a question about it ("我征信不好", "你的贷款下来了吗")
    $zh_mine = /我的(贷款|貸款|借款|征信|徵信)|我(征信|徵信|贷款|貸款|借款|借了|欠了)|(吗|嗎|么|麼)\?|(骗子|騙子|诈骗|詐騙|别信|別信)/
    $es = /\bprestamos?\b.{0,60}\b(aprobado|pre-?aprobado|inmediato|sin aval|sin buro|rapido|al instante|gota a gota|sin papeleo|sin fiadores?|sin codeudor)/
    $pt = /\bemprestimos?\b.{0,60}\b(aprovado|pre-?aprovado|liberado|na hora|sem consulta|rapido)/
    // (romanised Hindi's own words: an English "your loan has been approved" is a lender's notice as often)
    $hi = /\b(loan|rin)\b.{0,40}\b(mil jayega|milega|turant|bina (document|cibil)|sanction ho)\b/
    // Polish: the quick loan without a credit check ("szybka pozyczka bez BIK")
    $pl = /\b(szybka pozyczka|pozyczka (bez|online|do)|chwilowka|bez bik|bez zaswiadczen)\b/
    // Bengali and German: a loan "without collateral", "without Schufa" (a Bengali letter is three bytes)
    $bn = /(ঋণ|লোন).{0,120}(জামানত লাগবে না|জামানত ছাড়া|বিনা জামানতে)|(জামানত ছাড়া|বিনা জামানতে).{0,120}(ঋণ|লোন)/
    $de = /\b(kredit|darlehen)\b.{0,40}\b(ohne schufa|sofortige auszahlung|sofortzusage)\b/
    // The pitch from a person's number: the loan word and what a lender cannot promise (no papers, no
    // credit-bureau check, no guarantor, blacklisted welcome), in either order.
    // Romanian: "credit rapid fara acte", "chiar daca esti in Biroul de Credit"
    // ("... si celor cu restante la banci", "aprobare garantata"; "raspundeti DA", "scrie-ne pe WhatsApp")
    $ro = /\b(credit(e|ul)?|imprumut(uri|ul)?)\b.{0,50}\b(fara (acte|adeverinta|verificar[ei]|giranti|garant|ipoteca|istoric|banca)|(in|cu) biroul de credit|doar cu (buletinul|ci)\b|(si|chiar si) (celor|pentru cei|persoanelor) cu (restante|datorii|popriri|istoric negativ)|aprobare garantata)|\b(fara (acte|verificar[ei]|giranti)|(in|cu) biroul de credit)\b.{0,50}\b(credit(e|ul)? rapid|imprumut)/
    // French: the loan "between individuals", or a loan with no proof of income or for the banned from banking
    // West Africa: "pret rapide sans garantie de 100 000 a 5 000 000 FCFA, remboursement facile",
    // "credit rapide sans avaliste jusqu'a 5 millions FCFA": the loan without a guarantee (or guarantor),
    // and the lender's pitch (a range or ceiling in FCFA, a rate, easy repayment, fast payout)
    $fr_wa = /\b(pret|prets|credit|credits|financement|financements)\b.{0,60}\bsans (garantie|garants?|caution|avalistes?|aval|apport|hypotheque)\b|\bsans (garantie|garants?|caution|avalistes?)\b.{0,60}\b(pret|prets|credit|credits|financement)\b/
    $fr_wa2 = /\bremboursement (facile|souple|flexible|echelonne|progressif)\b|\bdecaissement (rapide|immediat|express|en [0-9])|\b(de [0-9][0-9 .]{0,10} (fcfa |f |cfa |francs )?a|jusqu'a) [0-9][0-9 .,]{0,12}(millions? (de )?)?(fcfa|f|cfa|francs|xof)\b|\btaux (d'interet )?(de |a )?[0-9]{1,2}([.,][0-9])? ?%|\b(offrons|accordons|proposons|octroyons|accorde|octroie) (des |un |une )?(prets?|credits?|financements?)\b/
    $fr = /\b(pret|credit|financement|emprunt)s? entre particuliers\b|\b(pret|credit|financement)s?\b.{0,50}\b(sans justificatifs?|sans apport|sans condition de revenus?|interdits? bancaires?|fiches? (a la )?banque de france|ficp|reponse (en|sous) (24|48) ?h|accord (immediat|en 24 ?h))/
    // French credit consolidation from a mobile: a buy-back or consolidation of loans, or monthly payments cut, and
    // the broker's pitch (a free study, no commitment, up to N%, reply or call back); not a person's own or a
    // client's file ("suite a votre demande")
    $fr_rc = /\b(rachat|regroupement|restructuration) (de |des |d'|de vos )?(credits?|prets?|dettes?|emprunts?)\b|\b(regroupez|regrouper|rachetez|racheter|reunissez|reunir) (vos|tous vos|l'ensemble de vos) (credits|prets|dettes|emprunts)\b|\b(reduisez|reduire|baissez|baisser|diminuez|diminuer|allegez|alleger|divisez|diviser) (vos |de |les |votre )?(mensualites|remboursements|echeances|charges de credit)\b|\bune (seule|unique) mensualite\b/
    $fr_rc2 = /\b(etude|simulation|analyse|devis) (gratuite?|offerte?|personnalisee|sans frais)\b|\bsans engagement\b|\bjusqu'a -?[0-9]{1,2} ?%|\b(repondez|repondre|tapez|envoyez|ecrivez) "?(oui|ok|stop credit|rachat|etude)\b|\b(rappelez|rappeler|appelez|contactez|joignez)[- ](nous|moi|un conseiller|notre conseiller|le [0-9])\b|\bun conseiller (vous rappelle|vous contacte|est disponible|dedie)\b/
    $fr_rc_own = /\b(on a fait|j'ai fait|on a pris|j'ai pris|on a obtenu|j'ai obtenu|on a eu|j'ai eu|ma femme|mon mari|ma copine|mon copain|je te raconte|mon banquier|suite a votre demande|votre demande|votre dossier|comme convenu|votre rendez-vous|notre rendez-vous)\b/
    // Hong Kong and Taiwan: approved today, paid out the same day, no proof of income, no guarantor,
    // no credit report (TU, JCIC); a Chinese character is three bytes
    $zht = /(貸款|借款|借錢|借貸|私貸|信貸|週轉|周轉).{0,90}(即日批|即批|即日過數|當日撥款|即日撥款|免入息|免保人|免照會|免tu|免查tu|免聯徵|不查聯徵|免抵押|黑戶|信用瑕疵|快速撥款|秒批)|(即日批|即批|即日過數|當日撥款|即日撥款|免入息|免保人|免照會|免tu|免聯徵|不查聯徵|免抵押|黑戶|信用瑕疵|快速撥款|秒批).{0,90}(貸款|借款|借錢|借貸|私貸|信貸|週轉|周轉)/
    // Japanese: "same-day financing", "lenient or no screening", "blacklisted OK", "refused elsewhere"
    $ja = /即日融資|個人間融資|(融資|貸付|借入|キャッシング|ローン|お貸し|貸します|貸金).{0,90}(審査(なし|不要|ゆるい|緩い|甘い|が甘い|が緩い)|無審査|ブラック(ok|可|でも)|他社(で|に)?断られた|他社借入|保証人不要|収入証明(なし|不要)|書類不要)|(審査(なし|不要|ゆるい|緩い|甘い|が甘い|が緩い)|無審査|ブラック(ok|可|でも)|他社(で|に)?断られた|他社借入|保証人不要|収入証明(なし|不要)|書類不要|信用情報に関係なく|信用情報を問わず).{0,90}(融資|貸付|借入|キャッシング|ローン|お貸し|貸します|貸金)/
    // Korean: the loan whatever the credit, to the jobless, paid out the same day; or any loan ad (the
    // legal "(광고)" mark or opt-out line) sent from a mobile number
    $ko_loan = /(대출|급전|대부|빌려 ?드립니다|빌려 ?드려요)/
    $ko_pitch = /(신용 ?무관|신용 ?조회 ?없이|서류 ?없이|핸드폰만 있으면|(타사 ?)?부결자도|[0-9] ?분 ?(만에|안에|내)? ?(승인|입금|심사)|(무직자|저신용자?|신불자|신용불량자?|연체자|주부|누구나)도? ?(가능|ok|환영)|무서류|무방문|당일 ?(입금|지급|송금)|즉시 ?(입금|승인)|비대면 ?(당일|즉시))/
    $ko_ad = /(\(광고\)|\[광고\]|무료 ?거부|수신 ?거부)/
    // the "government-supported" low-rate loan switch (정부지원 저금리 대환대출, 햇살론), with a consultation to call
    $ko_gov = /(정부 ?지원|정부 ?보증|서민 ?금융|햇살론|새희망홀씨|안전망 ?대출|국민 ?지원|정책 ?자금|정책 ?대출)/
    $ko_sw = /(대환|갈아타|저금리|금리 ?인하|한도 ?조회|승인 ?가능|대상자로 선정|채무 ?통합)/
    $ko_call = /(상담|문의|신청|전화|연락|카톡)/
    $ko_num = /\b(01[016789]|070|080|15[0-9][0-9]|16[0-9][0-9]|18[0-9][0-9]) ?-? ?[0-9]/
    $ko_reply = /(회신 ?(주세요|바랍니다|부탁|1)|회신은)/
    $ko_mine = /(엄마|아빠|언니|오빠|형|누나|알아봤|한대|했어|했는데|거든|사기|조심)/
    // Taiwan: loan projects (credit, mortgage, car loans) and debt consolidation or negotiation, a LINE id to add
    $tw_ln = /(信貸|房貸|車貸|貸款|借款|二胎|增貸|轉貸|債務)/
    $tw_svc = /(負債整合|債務整合|整合負債|債務協商|協商還款|前置協商|協商降息|債務處理|代辦|專案|免費諮詢|免費評估|快速過件|好過件|核貸|降低月付|降息)/
    $tw_mine = /(我的|我家|我在|我想|我要|騙子|騙局|詐騙|小心)/
    // the Chinese loan ad from a mobile (simplified, and the traditional of Hong Kong and Taiwan): a loan on the housing fund,
    // social insurance or a policy, an owner's private loan, a first or second mortgage, a cash-out remortgage ...
    $zl_prod = /(公积金贷|公積金貸|社保贷|社保貸|保单贷|保單貸|保单借款|保單借款|勞保貸|劳保贷|业主贷|業主貸|私人贷款|私人貸款|私人借贷|私人借貸|二按|加按|轉按|转按|套現|套现|二胎|增貸|转增贷|轉增貸|二次抵押|房屋贷款|房屋貸款|房产抵押|房產抵押|车贷|車貸|信贷|信貸)/
    // ... its rate or ceiling and the promises no bank's notice makes ...
    $zl_offer = /(月息|年息|月平息|日息|低息|利率低至|利息低至|低至 ?[0-9]|最高可借|最高可贷|最高可貸|最高借|最高贷|最高貸|额度最高|額度最高|[0-9] ?(万|萬|成)|即日批|即日過數|即日撥款|当天放款|當天放款|當天撥款|当天到账|當天到賬|免入息|免保人|免担保|免擔保|无需担保|無需擔保|免聯徵|不看征信|不查征信|信用瑕疵|黑户|黑戶|不看負債|不看负债)/
    // ... and a line to call or write: a hotline, an enquiry number, WhatsApp, LINE or WeChat, a number the phone
    // reader does not take (an 8-digit Hong Kong number, a Taiwanese 09...) after the word
    $zl_call = /(致電|致电|來電|来电|電話|电话|熱線|热线|查詢|查询|詳詢|详询|洽詢|咨询|諮詢|whatsapp|加賴|加line|加微|微信) ?:? ?[0-9][0-9]{1,2}[0-9]/
    $zl_mine = /(我的|我想|我要|我最近|我家|我媽|我妈|我爸|阿媽|阿爸|你知道|你有|吗|嗎|騙子|骗子|詐騙|诈骗|小心)/
    // Thai: no credit-bureau check, no guarantor, no documents, only the ID card; a Thai letter is three bytes
    $th = /(เงินกู้|สินเชื่อ|กู้เงิน|เงินด่วน|ปล่อยกู้|กู้ด่วน).{0,120}(ไม่เช็ค ?(เครดิต)?บูโร|ไม่ตรวจบูโร|ติดบูโร|ไม่ต้อง(มี)?คนค้ํา|ไม่ใช้คนค้ํา|ไม่ต้องค้ํา|ไม่(ต้อง)?ใช้เอกสาร|ไม่ต้องมีสลิป|บัตรประชาชนใบเดียว)|(ไม่เช็ค ?(เครดิต)?บูโร|ไม่ตรวจบูโร|ติดบูโร|ไม่ต้อง(มี)?คนค้ํา|ไม่ต้องค้ํา|ไม่(ต้อง)?ใช้เอกสาร|บัตรประชาชนใบเดียว).{0,120}(เงินกู้|สินเชื่อ|กู้เงิน|เงินด่วน|ปล่อยกู้|กู้ด่วน)|(เงินด่วน|ปล่อยกู้|กู้ด่วน).{0,120}อนุมัติ(ไว|เร็ว|ง่าย|ทันที)/
    // Chile and Argentina: a loan "without DICOM", "only with your ID card", "approved in 24 hrs";
    // "we clean your Veraz", "get out of the Clearing", even with a bad Veraz
    $es_cs = /\b(credito|prestamo)s?\b.{0,60}\b(sin dicom|dicomizad[oa]s|(aunque|si|incluso) (estes|este|esten|estas|estan) en (dicom|el veraz|veraz|el clearing|clearing)|solo con (tu |su |el )?(carnet|cedula|rut|dni)|limpia(mos)? tu veraz|sali del clearing|veraz negativo)|\bcreditos\b.{0,60}\baprobados? en (24|48) ?(hrs|horas|hs|h)\b|\b(sin dicom|dicomizad[oa]s|limpia(mos)? tu veraz|sali del clearing|veraz negativo)\b.{0,60}\b(credito|prestamo)s?\b/
    // Portugal: "credito rapido sem fiador", "sem Banco de Portugal", even blacklisted or with seizures
    $pt_pt = /\b(credito|emprestimo|financiamento)s?\b.{0,60}\b(sem fiador(es)?|sem (consulta (ao |do |no )?|recurso ao )?banco de portugal|mesmo (em|na|com) (lista negra|incumprimento|penhoras?|o banco de portugal)|sem comprovativos?)|\b(sem fiador(es)?|sem banco de portugal|mesmo (em|na) lista negra)\b.{0,60}\b(credito|emprestimo|financiamento)s?\b/
    // Turkish (folded): "kefilsiz", "evraksiz", "to those with a low credit score", no KKB or Findeks query
    $tr = /\b(kredi\w{0,4}|nakit|borc para)\b.{0,60}\b(kefilsiz|evraksiz|kredi notu (dusuk|kotu) olan\w{0,4}|(kkb|findeks|sicil)\w{0,4} (sorgusuz|bakilmaksizin|bakmadan)|sicili bozuk olan\w{0,4}|ayni gun (onay|odeme|hesabiniz\w{0,2}))|\b(kefilsiz|evraksiz|kredi notu (dusuk|kotu) olan\w{0,4}|sicili bozuk olan\w{0,4})\b.{0,60}\b(kredi\w{0,4}|nakit|borc para)\b/
    // Arabic: quick personal loans, no guarantor, no salary transfer, for employees and retirees; loans and cards paid
    // off for a commission with new financing; property in instalments "without a bank" (two bytes a letter)
    $ar = /(قروض شخصية سريعة|قرض شخصي سريع|تمويل فوري)|(سداد|تسديد|نسدد|نسدد عنك|نسدد لك|نقوم بسداد) (ال)?(قروض|مديونيات|مديونية|ديون|بطاقات).{0,80}(تمويل جديد|قرض جديد|استخراج تمويل|بعمولة|مقابل عمولة|نسبة عمولة)|(شقق|شقة|فلل|فيلا|اراضي|أراضي|ارض|أرض|عقارات|وحدات) .{0,60}(تقسيط|أقساط|اقساط).{0,60}(بدون بنك|بدون بنوك|بدون تدخل بنك|من غير بنك|بدون تمويل بنكي|بدون وساطة بنك)|(قرض|قروض|تمويل|سلفة|سلف).{0,120}(بدون كفيل|بدون ضامن|بدون تحويل (ال)?راتب|بدون ضمانات|للموظفين والمتقاعدين|حتى للمتعثرين|المتعثرين في سمة|موافقة فورية)|(بدون كفيل|بدون ضامن|بدون تحويل (ال)?راتب|للموظفين والمتقاعدين|حتى للمتعثرين).{0,120}(قرض|قروض|تمويل|سلفة)/
    // Hebrew: immediate loans, no guarantors, also for the restricted, with a bad BDI record
    $he = /(הלוואה|הלוואות) (חוץ בנקאית |חוץ בנקאיות )?(מיידית|מיידיות)|(הלוואה|הלוואות|הלוואת|אשראי|מימון).{0,120}(ללא ערבים|בלי ערבים|ללא ערבות|גם למוגבלים|ללא בדיקת (bdi|אשראי)|bdi שלילי|בעלי bdi|גם עם bdi|ללא bdi)|(ללא ערבים|בלי ערבים|גם למוגבלים|bdi שלילי|בעלי bdi).{0,120}(הלוואה|הלוואות|הלוואת|אשראי|מימון)/
    // India's loan agents (DSAs) from their own mobiles: a balance transfer, a gold or personal loan to
    // shift or take ("shift karen", "pe paayen", "transfer your loan"), at a rate ("@ 10.49%", "0.75% per
    // month ki dar par", "lowest ROI"); a bank's own offer comes from its sender id
    $bt_act = /\b(transfer|shift|switch|move) (your|ur|apna|apne|apni|aapka|aapke|aapki|apka|apke|apki) (existing |current |running |purana |purane |high[- ]interest |costly )?([a-z]{1,8} )?loans?\b|\bloans? (balance transfer|bt|takeover)\b|\b(get|avail) (an? |your |instant |quick |easy )?(personal|home|gold|car|business|property|education) loans?\b|\b(personal|home|gold|business|car|property|education) loans? (@|starting|available|upto|up to|sirf|only|just|mil raha|milega)|\bloans?\b.{0,60}\b(paayen|payen|paaye|paiye|paaiye|prapt karen|prapt karein|prapt kijiye|shift karen|shift karein|shift kare|shift kijiye|shift karayen|shift karwayen|transfer karen|transfer karein|transfer kijiye|transfer karwayen|le jaayen)\b/
    $bt_rate = /(@ ?|\bat (just |only |low |lowest |starting |an? )?|\b(just|only|sirf|matra|starting|from|mein|me) )[0-9]{1,2}(\.[0-9]{1,2})? ?%|\b[0-9]{1,2}(\.[0-9]{1,2})? ?% ?(p\.? ?a|per annum|per month|p\.? ?m|roi|onwards|ki dar|ke dar|ki byaj|ke byaj|byaj|interest|par|pe|pr)\b|\b(lowest|best|low|attractive|kam|sabse kam|sasti|sasta) (rate|roi|interest|byaj|biyaj|dar|byaj dar)\b/
    // a person telling of their own loan
    $bt_mine = /\b(maine|humne|i (got|took|shifted|transferred|moved|switched|have|had|did)|my (bank|loan|home loan|gold loan|personal loan|car loan|emi|rate))\b/
    // South Asia's instant loans from a person's number, in the regional scripts (three bytes a letter; the
    // normaliser drops the joiners, so "අවශ්‍ය" is scanned without its ZWJ): the loan word, what no lender
    // promises (no documents, papers, guarantor, collateral or CIBIL check), and the instant money or the range
    // "from 10 thousand up to 5 lakh"; Hindi and Nepali (Devanagari) ...
    $rg_dv_ln = /(लोन|ऋण|कर्ज|\bloan)/
    $rg_dv_no = /बिना (किसी |कुनै )?(डॉक्यू|डॉक्यु|डाक्यू|डाक्यु|डकुमेन्ट|दस्तावेज|कागज|पेपर|गारंट|सिबिल|cibil|जमानत|गिरवी|धितो|जमानी|धरौटी|सैलरी स्लिप|आय प्रमाण|इनकम प्रूफ)|(दस्तावेज|डॉक्यू|डॉक्यु|डाक्यू|डकुमेन्ट|कागज|पेपर|गारंटर|गारंटी|सिबिल|धितो|जमानी|धरौटी|cibil|document)[^ ]{0,12} (की |केही |कुनै )?(जरूरत नहीं|ज़रूरत नहीं|आवश्यकता नहीं|नहीं चाहिए|नहीं लगेगा|नहीं लगेंगे|चाहिँदैन|चाहिदैन|चाहिंदैन|नचाहिने|आवश्यक छैन|बिनै|नराखी)|(धितो|कागजात) बिना|कोई (भी )?(डॉक्यू|डॉक्यु|डाक्यू|दस्तावेज|कागज|पेपर|गारंट|सिबिल)[^ ]{0,12} नहीं( चाहिए| लगेगा| लगेंगे)?(,|।|!|\.|$)/
    $rg_dv_fast = /(तुरंत|तुरन्त|तुरुन्त|तत्काल|इंस्टेंट|इंस्टैंट|इन्स्टेन्ट|फौरन|छिटो|उसी दिन|एकै दिनमा|घर बैठे|घरमै)|[0-9] (मिनट|मिनेट)/
    $rg_dv_amt = /[0-9] ?(हजार|हज़ार|लाख)( रुपये| रुपए| रुपैयाँ| रूपैयाँ| रुपैया)? (तक|सम्म)/
    $rg_dv_rng = /[0-9]( ?(हजार|हज़ार|लाख|रुपये|रुपए))? (से|देखि) (₹ ?|रु\.? ?)?[0-9][0-9,.]{0,8} ?(हजार|हज़ार|लाख)/
    $rg_dv_call = /(कॉल कर|फोन कर|संपर्क कर|सम्पर्क|फोन गर्नुहोस्|कल गर्नुहोस्|व्हाट्सएप|वाट्सएप|व्हाट्सऐप|भाइबर)/
    $rg_dv_mine = /(मुझे|मेरा|मेरी|मेरे|मैंने|मैने|हमें|हमने|मलाई|मेरो|मैले|हामीलाई|चाहियो|पापा|मम्मी|भैया|दीदी|बेटा|यार|दाइ|दिदी|बुबा|आमा)/
    // ... Bengali ...
    $rg_bn_ln = /(লোন|ঋণ|\bloan)/
    $rg_bn_no = /(কাগজ|ডকুমেন্ট|জামানত|গ্যারান্টার|গ্যারান্টি|সিবিল|জামিনদার|cibil|document)[^ ]{0,12} ?(লাগবে না|লাগে না|লাগবেনা|লাগেনা|ছাড়া|প্রয়োজন নেই|প্রয়োজন হবে না|দরকার নেই|দরকার হবে না)|বিনা (কাগজ|ডকুমেন্ট|জামানত|গ্যারান্টি)/
    $rg_bn_fast = /(তাৎক্ষণিক|তাৎক্ষনিক|তাত্ক্ষণিক|ইনস্ট্যান্ট|ইন্সট্যান্ট|দ্রুত|জরুরি|জরুরী|সঙ্গে সঙ্গে|সাথে সাথে|একদিনে|ঘরে বসে)|[0-9] মিনিটে/
    $rg_bn_amt = /[0-9] ?(লাখ|লক্ষ|হাজার)( টাকা)? পর্যন্ত/
    $rg_bn_rng = /[0-9]( ?(হাজার|লাখ|লক্ষ|টাকা))? থেকে (৳ ?)?[0-9][0-9,.]{0,8} ?(হাজার|লাখ|লক্ষ)/
    $rg_bn_call = /(কল করুন|ফোন করুন|যোগাযোগ|হোয়াটসঅ্যাপ|ইমো)/
    $rg_bn_mine = /(আমার|আমি|আমাকে|আমাদের|ভাই|দাদা|আপু|আম্মু|আব্বু|মা,|বাবা)/
    // ... Tamil ...
    $rg_ta_ln = /(கடன|லோன்|\bloan)/
    $rg_ta_no = /(ஆவண|டாக்குமெண்ட்|டாக்குமென்ட்|டாக்யுமென்ட்|ஜாமீன்|ஜாமின்|பிணை|உத்தரவாத|சிபில்|கேரண்டி|cibil|document)[^ ]{0,18} ?(தேவையில்லை|தேவை இல்லை|இல்லாமல்|இன்றி|அவசியமில்லை|வேண்டாம்)/
    $rg_ta_fast = /(உடனடி|உடனே|விரைவு|விரைவான|இன்ஸ்டன்ட்|அதே நாளில்|ஒரே நாளில்|வீட்டிலிருந்தே)|[0-9] நிமிட/
    $rg_ta_amt = /[0-9] ?(லட்ச|லட்சம்|ஆயிரம்)[^ ]{0,9} வரை/
    $rg_ta_rng = /[0-9]( ?(ஆயிரம்|லட்சம்|ரூபாய்))? முதல் (₹ ?)?[0-9][0-9,.]{0,8} ?(ஆயிர|லட்ச)/
    $rg_ta_call = /(அழைக்கவும்|அழையுங்கள்|தொடர்பு கொள்|தொடர்புக்கு|கால் செய்|வாட்ஸ்அப்|வாட்சப்)/
    $rg_ta_mine = /(எனக்கு|என்னுடைய|நான்|அண்ணா|அப்பா|அம்மா|தம்பி|அக்கா)/
    // ... Telugu ...
    $rg_te_ln = /(రుణ|లోన్|అప్పు|\bloan)/
    $rg_te_no = /(డాక్యుమెంట్|పత్రాలు|పత్రం|ష్యూరిటీ|షూరిటీ|గ్యారంటీ|గ్యారెంటీ|హామీ|సిబిల్|తాకట్టు|cibil|document)[^ ]{0,12} ?(అవసరం లేదు|అవసరంలేదు|లేకుండా|అక్కర్లేదు|అక్కర లేదు)/
    $rg_te_fast = /(తక్షణ|వెంటనే|త్వరిత|త్వరగా|ఇన్స్టంట్|అదే రోజు|ఇంటి నుండే)|[0-9] నిమిషా/
    $rg_te_amt = /[0-9] ?(లక్ష|వేల|వేలు)[^ ]{0,9} వరకు/
    $rg_te_rng = /[0-9]( ?(వేల|వేలు|లక్ష|రూపాయల)[^ ]{0,6})? (నుండి|నుంచి) (₹ ?)?[0-9][0-9,.]{0,8} ?(వేల|లక్ష)/
    $rg_te_call = /(కాల్ చేయండి|ఫోన్ చేయండి|సంప్రదించండి|వాట్సాప్)/
    $rg_te_mine = /(నాకు|నేను|అన్నా|నాన్న|అమ్మ|తమ్ముడు|అక్కా)/
    // ... Sinhala ...
    $rg_si_ln = /(ණය|ලෝන්|ලොන්|\bloan)/
    $rg_si_no = /(ලේඛන|ලියකියවිලි|ඇපකරු|ඇප|සහතික|ඔප්පු|cibil|crib|document)[^ ]{0,15} ?(අවශ්ය නැත|අවශ්ය නෑ|අවශ්ය නොවේ|නැතිව|නොමැතිව|ඕනේ නෑ|ඕන නෑ|රහිත)/
    $rg_si_fast = /(ක්ෂණික|ඉක්මන්|ඉක්මනින්|හදිසි|එදිනම|දිනකින්)|[0-9] ?විනාඩි/
    $rg_si_amt = /[0-9] ?(ලක්ෂ|දහස)[^ ]{0,9} ?(දක්වා|තෙක්)|(ලක්ෂ|දහස)[^ ]{0,9} ?[0-9][^ ]{0,9} ?(දක්වා|තෙක්)/
    $rg_si_rng = /[0-9]( ?(දහස|ලක්ෂ|රුපියල්)[^ ]{0,6})? ?සිට (රු\.? ?|ලක්ෂ ?)?[0-9][0-9,.]{0,8} ?(ලක්ෂ|දහස|දක්වා)/
    $rg_si_call = /(අමතන්න|ඇමතුම් ගන්න|කතා කරන්න|සම්බන්ධ වන්න|විමසන්න|වට්ස්ඇප්)/
    $rg_si_mine = /(මට|මගේ|මම|අම්මේ|තාත්තේ|අයියේ|මල්ලි|නංගී|අක්කේ)/
    // ... and their romanised forms (Bengali, Tamil, Telugu, Nepali, Sinhala, Hindi): the loan word, the
    // documents not needed in each language's words, and the instant money or the lakh
    $rg_rom_ln = /\b(loans?|kadan|kadanum|runam|runalu|appu|karja|karza|karz|rin|rinn)\b/
    $rg_rom_no = /\b(kagoj|kagojpotro|kagaz|kagzat|kagaj|kagajat|documents?|docs|paper|papers|jamanot|jamanat|guarantor|guarantee|aavanam|avanam|aavanangal|jamin|jameen|patralu|surety|cibil|dhito|dhitho|jamani|lekhana|lekana|apakaru\w{0,4}|sahathika)\w{0,3} (lagbe na|lagbena|lage na|chara|charai|chhara|chharai|proyojon nei|dorkar nei|thevai illai|thevaiyillai|thevaillai|illamal|illama|avasaram ledu|avasaramledu|akkarledu|akkaraledu|akkara ledu|lekunda|lekundane|chaidaina|chahidaina|chaindaina|nachahine|nachaine|binai|narakhi|ona na|ona naha|one na|one naha|oni na|onna|awashya na|avashya na|awashya naha|nathuwa|nathiwa|nomathiwa|ki zarurat nahi|ki jarurat nahi|nahi chahiye|nahi lagega)\b|\bbina (kisi )?(document|documents|docs|kagaz|kagzat|kagaj|kagajat|dhito|jamani|guarantee|guarantor|cibil)\b/
    $rg_rom_fast = /\b(instant|urgent|turant|tatkal|udanadi|udane|ventane|tvaraga|turuntai|turunta|ikmanin|ikman|hadisi|same day|ghar baithe|[0-9]{1,2} ?(min|mins|minute|minutes|minit))\b/
    $rg_rom_amt = /[0-9] ?(lakh|lakhs|lac|lacs|laksham|lakshala|lakshalu|latcham|lacham|laksha|lakshaya)\b|\b(lakshaya|laksha|lakh) [0-9]/
    $rg_rom_mine = /\b(mera|meri|maine|mujhe|amar|amake|enakku|naaku|nenu|mero|malai|maile|mage|mata|bhai|yaar|bro|lol|haha)\b/
    // a warning about such offers (fraud, scam in each language)
    $rg_warn = /\b(scam|fraud|fake|farzi|dhokha|thagi)\b|(धोखा|ठगी|फर्जी|ठग|सावधान|প্রতারণা|প্রতারক|ভুয়া|সাবধান|மோசடி|ஏமாற்று|మోసం|జాగ్రత్త|වංචා|පරිස්සම්)/
    // their ways in that the vocabulary does not count: reply a word, write or call us, the chat app
    $in = /\b(responde|responda|contesta) "?(si|ok|credito|prestamo)\b|\b(escribinos|escribenos|escribime|escribeme|consulta por|consultanos|llamanos|contactanos|contacte-nos|contacta-nos|arayin|arayiniz|ulasin|ulasabilirsiniz|basvurun|wsp|wa\.me)\b|(واتساب|واتس اب|התקשרו (עכשיו|עוד היום|אלינו)|חייגו|לפרטים|וואטסאפ|ווטסאפ|בוואטסאפ|בווטסאפ)/
    // the way in a lender gives and a friend does not: a chat app with the id or number to add
    $ro_ask = /\b(sunati|suna acum|suna la|scrie-ne|scrieti-ne|contactati-ne|contacteaza-ne|raspundeti|raspunde cu|detalii la|viber)\b/
    // Japanese and Korean: the lender's "consult us", "reply", a call or a chat named as the way in
    $jk_ask = /(ご相談|お問い合わせ|お問合せ|お電話|ご連絡|お申し?込み|(連絡|相談)は(line|ライン)|상담|문의|회신|연락 ?(주세요|바랍니다|드립니다))/
    $handle = /\b(line|wa|whats ?app|telegram|wechat|kakao(talk)?)\b ?((id ?:?|:) ?@?[a-z0-9]|@[a-z0-9]|\+?[0-9])|(微信|加微|加賴|카톡|카카오톡|텔레그램|텔레|ไลน์|ライン) ?(id|号|號|아이디)? ?:? ?@?[a-z0-9]/
  condition:
    // (a Chinese shop's or bank's instalments from its own sender, with its opt-out or its signature, are no stranger's
    // loan, unless it lends: a loan approved or waiting, no collateral, the money the same day)
    ((($zh and not (invest_zh_brand_promo and $zh_inst and not $zh_lend)) or any of ($es, $pt, $hi, $pl, $bn, $de)) and (url_count > 0 or phone_count > 0 or contact_count > 0))
    or ($zh_ln and $zh_easy and $zh_reach and not $zh_mine and not invest_zh_brand_promo
      and sender_kind != "alpha" and sender_kind != "shortcode" and not sender matches /^phone:(\+?86)?106[0-9]/)
    or ($fr_rc and $fr_rc2 and not $fr_rc_own and sender_kind == "phone")
    or (sender_kind != "alpha" and sender_kind != "shortcode"
      and (((any of ($ro, $fr) or ($fr_wa and $fr_wa2)) and (url_count > 0 or phone_count > 0 or email_count > 0 or contact_count > 0))
        or ($ro and $ro_ask)
        or (($ja or ($ko_loan and $ko_pitch)) and $jk_ask)
        // a chat app's name alone is a friend's "talk on LINE": the lender adds its id, number or link
        or ((any of ($zht, $ja, $th) or ($ko_loan and $ko_pitch)) and (url_count > 0 or phone_count > 0 or email_count > 0 or $handle))
        or ($ko_loan and $ko_ad and sender_kind == "phone" and sender_line == "mobile")
        or ($ko_loan and $ko_gov and $ko_sw and $ko_call and not $ko_mine and ($ko_num or phone_count > 0 or url_count > 0 or $handle or $ko_reply)
          and sender_kind == "phone")
        // (the Chinese loan ad: the product, its rate, ceiling or promise, and a hotline, a chat id or a number to call)
        or ($zl_prod and $zl_offer and not $zl_mine and not invest_zh_brand_promo and not sender matches /^phone:(\+?86)?106[0-9]/
          and ($zl_call or $handle or phone_count > 0 or url_count > brand_link_count + named_url_count))
        or ($tw_ln and $tw_svc and not $tw_mine and ($handle or phone_count > 0 or url_count > brand_link_count + named_url_count))
        // (a national number the phone reader does not take is written beside the vocabulary's words or $in's)
        or (any of ($es_cs, $pt_pt, $tr, $ar, $he) and (url_count > 0 or phone_count > 0 or email_count > 0 or contact_count > 0 or $handle or $in))
        or ($bt_act and $bt_rate and not $bt_mine and (url_count > 0 or phone_count > 0 or contact_count > 0 or $handle))
        // (South Asia's instant loans in the regional scripts and romanised: the loan, no documents and the money
        // instant or up to so many lakh, with a number, a link or a call; or, no documents named, the instant money
        // and the offer's range "from N thousand to N lakh" with a number or a link, not a person's own news or
        // request to a relative)
        or (not $rg_warn and (url_count > 0 or phone_count > 0 or contact_count > 0 or any of ($rg_dv_call, $rg_bn_call, $rg_ta_call, $rg_te_call, $rg_si_call))
          and (($rg_dv_ln and $rg_dv_no and ($rg_dv_fast or $rg_dv_amt or $rg_dv_rng or money_count > 0))
            or ($rg_bn_ln and $rg_bn_no and ($rg_bn_fast or $rg_bn_amt or $rg_bn_rng or money_count > 0))
            or ($rg_ta_ln and $rg_ta_no and ($rg_ta_fast or $rg_ta_amt or $rg_ta_rng or money_count > 0))
            or ($rg_te_ln and $rg_te_no and ($rg_te_fast or $rg_te_amt or $rg_te_rng or money_count > 0))
            or ($rg_si_ln and $rg_si_no and ($rg_si_fast or $rg_si_amt or $rg_si_rng or money_count > 0))
            or ($rg_rom_ln and $rg_rom_no and ($rg_rom_fast or $rg_rom_amt or money_count > 0) and not $rg_rom_mine)))
        or (not $rg_warn and (url_count > 0 or phone_count > 0)
          and (($rg_dv_ln and $rg_dv_fast and $rg_dv_rng and not $rg_dv_mine)
            or ($rg_bn_ln and $rg_bn_fast and $rg_bn_rng and not $rg_bn_mine)
            or ($rg_ta_ln and $rg_ta_fast and $rg_ta_rng and not $rg_ta_mine)
            or ($rg_te_ln and $rg_te_fast and $rg_te_rng and not $rg_te_mine)
            or ($rg_si_ln and $rg_si_fast and $rg_si_rng and not $rg_si_mine)))))
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
    description = "A cash loan 'without collateral, without BI checking, only an ID card, disbursed in minutes' from a person's number, in Indonesian: the illegal lending app (pinjol) spam; the Chinese loan ad (no collateral or guarantee, only an ID card, the money the same day) and the fake lender (your loan application is approved, add the specialist's or customer service's chat id), both with a WeChat or QQ id to add, whatever the sender and the carrier's opt-out (simplified and traditional Chinese)"
  strings:
    $loan = /\b(pinjaman|pinjol|dana (tunai|cepat)|kredit tunai)\b/
    $easy = /\b(tanpa (jaminan|agunan|survei|survey)|tanpa bi ?checking|tanpa (cek|bi) ?(slik|ojk)|cukup (ktp|e-?ktp|foto ktp)|modal ktp|hanya (ktp|pakai ktp|dengan ktp)|syarat (hanya |cukup )?ktp|cair (cepat|dalam [0-9]{1,2} ?(menit|jam)|[0-9]{1,2} ?(menit|jam))|langsung cair|pasti acc|acc cepat)\b/
    // "hub WA 0812...": the shortened "hub(ungi)" and WA, and an Indonesian mobile the phone reader
    // does not take (12 or 13 digits after the 0)
    $wa = /\b(hub|wa)\b/
    // Chinese (simplified and traditional; three bytes a character): a loan ...
    $zh_loan = /(贷|貸|借款|借钱|借錢|放款|下款|额度|額度|周转|週轉|急用钱|急用錢)/
    // ... with no collateral or guarantee, only an ID card, the money the same day, whatever the credit record ...
    $zh_easy = /(无抵押|無抵押|无需抵押|無需抵押|不用抵押|免抵押|无担保|無擔保|无需担保|無需擔保|免担保|免擔保|凭身份证|憑身份證|只需身份证|只需身份證|只要身份证|只要身份證|仅需身份证|僅需身份證|一张身份证|一張身份證|当天到账|當天到賬|当天放款|當天放款|当日到账|當日到賬|当日放款|當日放款|秒到账|秒到賬|秒下款|极速放款|極速放款|黑户可|黑戶可|不看征信|不查征信|無視徵信|无视征信|征信不好也)/
    // ... or a lender's "your application is approved", a specialist or customer service to add ...
    $zh_ok = /(您|你)(的|在我司|在本公司|在我们平台|在我們平台)?(申请的|申請的)?(贷款|貸款|借款)(申请|申請)?(已|已经|已經)?(审核|審核|审批|審批)?(通过|通過|批准|批下来|批下來|获批|獲批)|(审核|審核|审批|審批)(已)?(通过|通過).{0,45}(额度|額度|可借|借款|贷款|貸款)/
    $zh_spec = /(专员|專員|客服|经理|經理|顾问|顧問|信贷员|信貸員|业务员|業務員)/
    // a person's own loan, or a question about yours ("你的贷款通过了吗?")
    $zh_mine = /(通过|通過|批下来|批下來|批了|下来|下來)(了)?(吗|嗎|没|沒|么|麼)|我的(贷款|貸款|借款)|我(贷款|貸款|借款|申请|申請)/
    // ... and a WeChat or QQ id to add (a lender's notice sends you to its app, never to a chat id)
    $zh_wx = /(微信|加微|v信|薇信|威信|微信同号|微信同號)(号|號|id)? ?:? ?[a-z0-9]|\b(vx|wx|qq)(号|號)? ?:? ?[a-z0-9]/
  condition:
    ($loan and $easy and (contact_count > 0 or phone_count > 0 or url_count > 0 or $wa) and sender_kind != "alpha" and sender_kind != "shortcode")
    // (the Chinese loan ad and fake lender: the WeChat id is the way in, whatever the sender; the carrier's
    // "回T退订" opt-out does not make it a lender's marketing)
    or ($zh_loan and ($zh_easy or ($zh_ok and $zh_spec)) and $zh_wx and not $zh_mine)
}

rule invest_stock_room_ko : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A Korean stock 'leading room': free entry, this week's picks, a return in percent, a KakaoTalk id or link; overseas futures with zero commission, margin or a free trial and a KakaoTalk or Telegram id"
  strings:
    $room = /(리딩방|주식 리딩|종목 추천|추천 종목|급등주|주식 ?(단톡방|카톡방|정보방)|무료 ?(종목|주식) ?(추천|정보|리딩)|vip ?리딩)/
    $pull = /(무료|수익률|카톡|오픈채팅|입장|%)/
    // overseas futures "zero commission", margin or a free trial, with a KakaoTalk or Telegram id
    $fut = /(해외 ?선물|나스닥 ?선물|항셍 ?선물)/
    $fut_lure = /(수수료 ?(무료|0원|면제|최저|없)|증거금|무료 ?체험|모의 ?(투자|계좌)|1:1 ?관리)/
    $fut_in = /(카톡|카카오톡|오픈채팅|텔레그램|텔레) ?(아이디|id)? ?:? ?@?[a-z0-9]|(아이디|id) ?:? ?@?[a-z0-9]/
    $fut_mine = /(사기|조심|피싱|잃었|날렸|ᄏᄏ)/
  condition:
    ($room and $pull)
    or ($fut and $fut_lure and ($fut_in or url_count > 0 or phone_count > 0) and not $fut_mine and sender_kind != "alpha" and sender_kind != "shortcode")
}

rule invest_loan_stranger
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A quick loan's promises (no guarantor, no documents, blacklisted welcome, paid out in minutes, a processing fee first) texted from someone's number, in English, Swahili, Malay, Indonesian, Vietnamese ('no collateral, disbursed the same day'), Hindi, Haitian Creole ('no credit check, ITIN accepted'); Korean business funds or a loan whatever the credit score, unsecured or the same day, 'reply 1', from a mobile; a Vietnamese loan file 'approved', the contract or the payout through Zalo: lenders write from their sender ids"
  strings:
    $loan = /\b(loans?|pre (rapid|pesonel|lajan|prive)|prestamo rapido|pinjaman|mkopo|mikopo|vay tien|vay von|vay tin chap|khoan vay|cho vay|karz|karza|loan ya)\b/
    $easy = /\b(no (guarantor|collateral|documents?|paperwork)|without (a )?(guarantor|collateral|documents?|security)|bila (guarantor|dhamana|mdhamini)|tanpa (dokumen|jaminan|penjamin)|blacklist(ed)? (welcome|ok|accepted|pun boleh|boleh)|lulus (dalam )?[0-9]{1,2} ?(jam|minit)|giai ngan ([0-9]{1,2} ?(phut|gio)|trong ngay|ngay trong ngay|trong [0-9]{1,2} ?(phut|gio))|chi can (cccd|cmnd|can cuoc)|khong can (the chap|tai san the chap|chung minh thu nhap|tham dinh)|khong the chap (tai san|ts|lai suat|giai ngan|duyet|thu tuc|ho so|online|nhanh|chi can)|no xau (van vay|cung vay|van ho tro)|ho tro (ca )?no xau|approval (ndani ya|within|in) [0-9]{1,2} ?(dakika|minutes|mins|hours|hrs)|(processing|registration) fee (of |ya )?(ksh|kes|ugx|tsh|r|rm|rs|n|ghs|\$)|ada ya (processing|usajili)|san (verifikasyon|verification|tcheke|chek) (kredi|credit)|kredi (move|pa bon)|(ak|avek) (yon )?itin|itin (ok|aksepte|asepte))\b/
    // Korean from a mobile: business funds or a loan whatever the credit score, unsecured, the same day, "reply 1"
    $ko_loan = /(대출|급전|대부|사업 ?자금|운영 ?자금)/
    $ko_easy = /(신용 ?(등급|점수|도)? ?(무관|상관 ?없)|무담보|무보증|무서류|저신용|저금리|당일 ?(승인|입금|지급)|한도 ?조회)/
    $ko_reply = /((숫자|번호) ?1|1 ?번|1 ?(을|만|로)? ?(회신|답장|답문|남겨|보내)|회신 ?(1|숫자))/
    $ko_mine = /(엄마|아빠|언니|오빠|누나|했어|했는데|거든|알아봤|사기|조심|피싱|스팸|ᄏᄏ)/
    // Vietnamese: a loan file "approved", the contract or the payout through Zalo
    $vi_loan = /\b(khoan vay|ho so vay|goi vay|don vay|vay tin chap|vay tien|vay von|vay [0-9]{1,3} ?(tr|trieu))\b/
    $vi_ok = /\b(da duoc (phe )?duyet|phe duyet thanh cong|duyet thanh cong|du dieu kien (vay|giai ngan))\b/
    $vi_zalo = /\bzalo\b.{0,60}\b(hop dong|giai ngan|nhan tien|ky)\b|\b(hop dong|giai ngan)\b.{0,60}\bzalo\b/
  condition:
    ($loan and $easy and (contact_count > 0 or phone_count > 0 or url_count > 0 or money_count > 0) and sender_kind != "alpha" and sender_kind != "shortcode")
    or ($ko_loan and $ko_easy and ($ko_reply or phone_count > 0 or url_count > 0) and not $ko_mine
      and sender_kind == "phone" and sender_line == "mobile")
    or ($vi_loan and $vi_ok and $vi_zalo and sender_kind != "alpha" and sender_kind != "shortcode")
}

rule invest_multiply_quick
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Money multiplied in days ('invest 1,000 get 5,000 in 7 days') or a weekly income from forex or crypto at home, no experience needed; 'double your money in two weeks' with a way in (Caribbean English and Patois, Spanish, Haitian Creole)"
  strings:
    $mult = /\binvest\b.{0,25}\b(get|earn|receive|returns?|withdraw)\b.{0,25}\b(in|within|after) [0-9]{1,2} ?(days?|hours?|hrs|weeks?)\b/
    $weekly = /\b(make|earn|get)\b.{0,20}\b(weekly|daily|every week|per week|a week|per day|a day)\b.{0,40}\b(forex|crypto|bitcoin|trading|binary|options)\b|\b(forex|crypto|bitcoin|trading|binary)\b.{0,40}\b(weekly|daily) (profit|income|returns?)\b/
    $easy = /\b(no experience|100% (safe|guaranteed|profit)|guaranteed (profit|returns?)|from home|risk[- ]free)\b/
    // "double your money in two weeks" (Caribbean English and Patois, Latin American Spanish, Haitian Creole) with a way in
    $dbl = /\bdoubl\w{0,3} (up )?(your|yuh|yu|ur|you|unu) (money|moni|cash|investment|funds)\b|\b(duplica|duplique|duplicamos|duplicar)\w{0,2} (tu|su|sus|tus) (dinero|plata|inversion|capital)\b|\bdouble (lajan|kob) (ou|w|nou)\b/
    $dbl_when = /\b(in|inna|ina|eena|within|nan|en) (just |only |jis |solo )?(a |one |two |three |1 |2 |3 |[0-9]{1,2} |dos |tres |de )?(weeks?|wiks?|days?|semen|semanas?|dias|jou)\b/
    $dbl_mine = /\b(lol|haha|scam|fraud|nuh believe|don'?t believe|estafa|eskwokri|mwen pa kwe)\b/
  condition:
    (($mult or ($weekly and $easy)) and sender_kind != "alpha" and sender_kind != "shortcode")
    or ($dbl and $dbl_when and not $dbl_mine and (contact_count > 0 or phone_count > 0 or url_count > 0)
      and sender_kind != "alpha" and sender_kind != "shortcode")
}

rule invest_mentor_brag
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A friend-like stranger's trading win ('made me 38% this week') and an offer to add you to a mentor's or coach's group; a stranger who saw your number in a forex group and made 200k (Swahili, Luganda), an Arabic trading adviser's daily profits and a group to join; the pig-butchering opener: an uncle or aunt taught me crypto or gold trading, I make 20% a month, do you invest too? (English, Hinglish, Chinese); the referral opener: your cousin or colleague gave me your number, you're looking for investment options, I made 4 lakh or $20k in 2 months (English, Hinglish), or our mutual friend told me you might be interested in crypto trading, I made 30% this month (English); the self-described mentor (a single mother, a nurse, a woman from Taiwan or Singapore) who made a fortune with crypto arbitrage, quant trading, gold or forex and shares the strategy if you message back (English, Chinese); the 'mining pool' opener: sorry to bother you, I made a lot mining ETH or USDT in a liquidity pool or by arbitrage on an app my uncle taught me, I can show you how (English); the script's second message: the crypto, gold or trading platform the stranger told you about earlier has already returned a percent or a sum, and the event, round or places are about to end (English, Chinese); the tip group's pitch: its picks' record ('our last picks returned 40%', 'called 6 winners in a row'), tomorrow's ticker or an IPO allocation for members, and 'want in?', 'interested?' or 'reply YES' (English)"
  strings:
    $win = /\b(made|earned|gained|returned|got) (me |us )?[0-9]{1,3}(\.[0-9])? ?%|\b(make|made|earn|earned|making|earning) (about |around |over |like )?\$[0-9]{1,3}(k|,[0-9]00)? (a|per|every) (week|day)\b|\b[0-9]{1,3} ?% (profit|return|gain)s? (this|last|in a|in one|per) (week|day|month)\b|\bup [0-9]{1,3} ?% (this|last|in a|in one) (week|month|year)\b/
    $group = /\b(mentor|mentorship|coach|coaching|teacher|analyst|professor|my (uncle|aunt))\b.{0,80}\b(group|spots?|slots?|class|add you|invite you|members?)\b|\b(add|invite) you (to|into) (the |her |his |our |my )?(group|class|team|chat)\b|\b(i|she|he) (could|can) (show|teach|guide) you\b/
    // or a stranger who introduces themself as a trader and offers to show you ("I'm Lucas, a crypto trader")
    $trader = /\b(i'm|i am|im) [a-z]{2,12},? an? ([a-z]{2,12} )?(trader|investor|analyst)\b|\bi trade (gold|forex|crypto|stocks|futures|options|bitcoin)\b|\bmy (uncle|aunt|cousin|mentor|brother|sister|father|dad) (works|worked|is) (at|for|in) [a-z]{2,12}\b|\b(quant|crypto|forex|gold|day) trader with [0-9]{1,2} ?(yrs|years)\b/
    $show = /\b(want|would you like|do you want) me to (show|teach|guide|send) you\b|\bwant me to send (you )?the link\b|\bi can invite you\b|\bfree access to (my|our) (vip )?(group|signals|bot)\b|\bi('ll| will| can) (teach|guide) you\b/
    $win3 = /\b(made|earned|gained) \$?[0-9][0-9,.]{0,7}k? in [0-9]{1,2} (days|weeks|months)\b|\bmade \$?[0-9]{1,3}k so far\b|\binsider (info|information|tips?)\b/
    // or the relative or mentor who is an analyst or trader, and "would you like to learn?"
    $who = /\b(uncle|aunt|mentor|teacher|professor)\b.{0,40}\b(analyst|wall street|trader|expert|fund manager|investor)\b/
    $win2 = /\b(made|earned|gained|profited) \$[0-9][0-9,.]{0,9}k? (last|this|in (a|one|the last)) (week|month|quarter|year)\b/
    $platform = /\b(platform|app|exchange|website) (my|that my) (uncle|aunt|cousin|mentor|brother|sister|teacher) (recommended|introduced|uses|showed me|told me about)\b/
    $teach = /\b(would you like|do you want|want) to learn\b|\b(i|she|he) (can|could) (teach|show) you\b/
    // Swahili: "I saw your number in a forex group ... I made 200k this week ... let me link you to my mentor"
    $sw_fx = /\b(forex|crypto|bitcoin|btc|usdt|trading|binary|deriv|biashara ya (forex|crypto|sarafu))\b/
    $sw_seen = /\b(nimeona|niliona|nimepata|nilipata) (namba|number|nambari) yako\b|\b(nnalaba|nalaba|nfunye|nafunye) (ennamba|namba|nnamba) yo\b/
    $sw_win = /\b(nilitengeneza|nimetengeneza|nimeunda|nilipata faida|nimepata faida|nimeingiza|niliingiza|faida ya|nafunye|nfunye|nakoze|nkoze)\b.{0,30}([0-9]|\belfu\b|\blaki\b|\bakakadde\b|\bemitwalo\b)/
    $sw_show = /\b(oyagala okuyiga|okukuyigiriza|nkuyigirize|mentor wange|nikufundishe|nikuonyeshe|nikuunganishe|nikuongeze|nikuadd|nikuelekeze|mentor wangu|account manager|kocha wangu|nitakufundisha|nitakuonyesha|ungependa kujifunza|unataka kujifunza)\b/
    // Arabic: a trading adviser or expert, forex or crypto, a daily or sure profit, and join or write to me
    $ar_fx = /(فوركس|الفوركس|تداول|التداول|العملات الرقمية|العملات المشفرة|الكريبتو|بيتكوين|البيتكوين)/
    $ar_adv = /(مستشار|مستشارة|خبير|خبيرة|محلل|محللة|مدير حساب|مديرة حساب|مدرب|مدربة)/
    $ar_win = /(أرباح|ارباح|ربح|عائد|عوائد).{0,40}([0-9]|يومي|يومية|أسبوعي|اسبوعي|مضمون|مضمونة)/
    $ar_join = /(انضم|أضيفك|اضيفك|سأضيفك|مجموعة|واتساب|واتس|تلغرام|تيليجرام|راسلني|تواصل معي|أعلمك|اعلمك)/
    // the pig-butchering opener: a relative taught the writer crypto or gold trading, a gain each
    // month, and "do you invest too?" (English, Hinglish, Chinese)
    $pb_rel = /\bmy (uncle|aunt|aunty|auntie|cousin|brother|sister|dad|father|mom|mum|mother|godfather|godmother|grandpa|grandfather|brother-in-law|sister-in-law|family friend)\b.{0,60}\b(taught|teaches|teaching|showed|shows|guides|guided|guiding|introduced|got me into|trains|trained|coached|coaches)\b|\b(taught|trained|guided|coached) by my (uncle|aunt|aunty|auntie|cousin|brother|sister|dad|father|mom|mum|mother|godfather|godmother)\b|\blearn(ed|t|ing)? [a-z ]{0,30}from my (uncle|aunt|aunty|auntie|cousin|brother|sister|dad|father|mom|mum|mother|godfather|godmother)\b|\b(meri|mere|mera) (chachi|chacha|mama|mami|mausi|mausa|bua|fufa|aunty|uncle|bhaiya|bhaia|didi|bhai|behen|cousin|jiju|papa)\b.{0,40}\b(sikha\w{0,4}|sikhai|sikhate|sikhati|bataya|batayi|guide)\b/
    $pb_asset = /\b(crypto|bitcoin|btc|usdt|gold|forex|futures|contracts?|options|stocks?|trading|trade|investing|investment)\b/
    $pb_gain = /[0-9] ?% (profit |return |returns |gain |gains |roi )?(a|per|each|every|last|this|in a|in one) (month|week)\b|[0-9] ?% (monthly|weekly)\b|\b(monthly|weekly|every month|each month|last month|this month|a month|per month|har mahine|mahine (me|mein|ka|ke)|har hafte) ([a-z]{1,12} ){0,3}[0-9]{1,3}(-[0-9]{1,3})? ?%|[0-9] ?% (profit |return |munafa )?(har mahine|mahine (me|mein|ka)|per month|monthly)/
    $pb_ask = /\b(do|did) (you|u) (also |ever |usually |currently )?(invest|trade|do (any )?(investing|investments?|trading))\b|\bare (you|u) (also |currently )?(investing|trading|into (investing|investments?|trading|crypto)|interested in (investing|investments?|trading|crypto|gold))\b|\bhave (you|u) (ever )?(invested|traded|tried (investing|trading))\b|\b(you|u) (invest|trade) too\b|\b(aap|ap|tum|aapne|apne) (bhi |kabhi )?(invest|trading|trade|nivesh) (karte|karti|karoge|kiya|kiye|karna)\b/
    // Chinese (simplified and traditional; three bytes a character): the relative who teaches, the asset, a monthly gain, and "do you invest?"
    $pb_zh_rel = /(舅舅|叔叔|阿姨|姑姑|姨妈|姨媽|姑妈|姑媽|小姨|舅妈|舅媽|伯伯|表哥|表姐|表弟|表妹|堂哥|堂姐|姐姐|哥哥|姐夫|干爹|乾爹|爸爸|爷爷|爺爺).{0,45}(教我|带我|帶我|带着我|帶著我|指导我|指導我|教会我|教會我)|(跟着|跟著|跟)(我)?(舅舅|叔叔|阿姨|姑姑|姨妈|姨媽|小姨|表哥|表姐|姐姐|哥哥|伯伯)(学|學|做|炒|玩)/
    $pb_zh_asset = /(黄金|黃金|比特币|比特幣|数字货币|數字貨幣|加密货币|加密貨幣|虚拟币|虛擬幣|炒股|股票|期货|期貨|外汇|外匯|合约|合約)/
    $pb_zh_gain = /(每个月|每個月|每月|一个月|一個月|上个月|上個月|这个月|這個月|月收益|月回报|月回報|每周|每週).{0,30}[0-9] ?%/
    $pb_zh_ask = /(你|您)(平时|平時|平常|现在|現在|自己)?(也)?(有|会|會|在)?(做|玩|搞|了解|接触|接觸)?(投资理财|投資理財|投资|投資|理财|理財|炒股|炒币|炒幣|交易)(吗|嗎|嘛|么|麼|没|沒|不)/
    // the referral opener: "your cousin Amit gave me your number, he said you're looking for investment options?
    // I made 4 lakh in 2 months" (English, Hinglish): a stranger, a referral and a gain in months
    $ref = /\b(your|ur) (cousin|colleague|coworker|co-worker|friend|brother|sister|uncle|aunt|aunty|neighbou?r|classmate|boss|roommate|brother-in-law|sister-in-law)( [a-z]{1,12})? (gave|shared|passed|sent|forwarded) me (your|ur) (number|contact|no|details)\b|\bgot (your|ur) (number|contact) from (your|ur) (cousin|colleague|coworker|friend|brother|sister|uncle|aunt|neighbou?r|classmate|boss)\b|\b(aapke|apke|tumhare|aapki|apki|tumhari) (cousin|colleague|dost|friend|bhai|bhaiya|behen|didi|mama|chacha|jiju|office wale)( [a-z]{1,12})? ne (aapka|apka|tumhara|aap ka|ap ka) (number|no|nambar|contact) (diya|dia|di|share kiya)\b/
    $ref_gain = /\b(made|earned|gained|profited|cleared) (over |about |around |nearly |almost |close to )?(rs\.? ?|₹ ?|\$ ?|£ ?|€ ?)?[0-9][0-9,.]{0,8} ?(k|lakh|lakhs|lac|lacs|crore|cr|grand)?( rupees| dollars| pounds)? (in|within) (just |only |the (last|past) )?[0-9]{1,2} ?(days|weeks|months)\b|\b[0-9]{1,2} ?(mahine|mahino|mahinon|months|hafte|hafton|din) (me|mein|main|mai|mei) ((rs\.? ?|₹ ?)?[0-9][0-9,.]{0,8} ?(lakh|lakhs|lac|lacs|crore|k)?) (kamaye|kamaya|kamai|banaye|banaya|ka profit|ka return|ka munafa)\b/
    $ref_inv = /\binvest(ing|ment|ments)? (options?|opportunit(y|ies)|ideas?|plans?)\b|\b(interested in|looking (for|into)|thinking (of|about)|want to (start|try)|curious about) (learning (about |more about )?)?(investing|investments?|trading|crypto|stocks|bitcoin|forex)\b|\b(grow|double|multiply) (your|ur) (money|savings|wealth|income)\b|\b(invest|nivesh|trading) (karna|karne|kar|shuru) (chahte|chahti|chahate|ka soch|karna)\b/
    // the mutual-friend opener: "this is Cindy, our mutual friend Linda told me you might be interested in crypto
    // trading; I made 30% this month" (English): a stranger's referral, the interest named, a gain
    $mf = /\b(our|a) mutual (friend|acquaintance|contact)\b|\bmutual friends? (of ours )?([a-z]{1,12} )?(told|said|mentioned|suggested|recommended)\b|\b(someone|somebody) (told|said to|mentioned to) me (that )?(you|u)\b/
    $mf_loss = /\b(lost|lose|losing)\b/
    // the self-described mentor opener: "I'm a single mother from Singapore, I made a fortune with crypto
    // arbitrage; if you want to learn my strategy, message me" (English, Chinese): who, a fortune, how, reply
    $mb_self = /\b(single (mother|mom|mum|dad|father)|widow|widower|nurse|(i'm|i am|im) (a |an )?(retired|from (taiwan|singapore|hong kong|malaysia|korea|japan|dubai))|(financial|investment|market|crypto) analyst|my name is [a-z]{1,11}[a-z])\b/
    $mb_win = /\b(made|make|making|earned|earning) (a )?(fortune|killing|lot of money|good money)\b|\b(got|became|become|getting) (rich|wealthy)\b|\bfinancial(ly)? (freedom|free|independence|independent)\b|\b(earn|earning|make|making|profit) (money |profits? |income )?(daily|every day)\b|\bdaily (profits?|income|earnings|returns)\b/
    $mb_how = /\b(arbitrage|quantitative|quant trading|forex|gold trading|trading gold|crypto|bitcoin|usdt|futures)\b/
    $mb_offer = /\b(learn|know|copy|follow|get) (my|her|his|the) (strategy|strategies|method|methods|secrets?|trading (plan|method|strategy|skills?)|skills?)\b|\b(share|teach|show) (you )?(my|her|his) (strategy|strategies|method|secrets?|skills?)\b/
    $mb_reply = /\b(message|text|reply|dm|contact|write|whatsapp|pm) (to )?me( back)?\b|\bget back to me\b|\bsend me a (message|text)\b/
    $mb_zh_self = /(单亲妈妈|單親媽媽|护士|護士|寡妇|寡婦|分析师|分析師|来自台湾|來自台灣|来自新加坡|來自新加坡|来自香港|來自香港|我是台湾|我是台灣|我是新加坡|我是香港)/
    $mb_zh_win = /(发财|發財|赚了很多|賺了很多|赚了不少|賺了不少|财富自由|財富自由|致富|每天赚|每天賺|每天都有收益|日赚|日賺)/
    $mb_zh_how = /(套利|量化交易|量化|黄金|黃金|外汇|外匯|加密货币|加密貨幣|比特币|比特幣|虚拟币|虛擬幣)/
    $mb_zh_offer = /(想学|想學|想了解|想知道).{0,60}(策略|方法|秘诀|秘訣|技巧).{0,60}(联系我|聯繫我|聯絡我|私信我|加我|回复我|回覆我|给我留言|給我留言|找我)|(分享|教你|传授|傳授).{0,30}(策略|方法|秘诀|秘訣|技巧)/
    // the "mining pool" opener (pig-butchering, US): a stranger who is sorry to bother you made money mining
    // ETH or USDT in a pool, by liquidity mining or arbitrage on an app a relative taught them, and offers
    // to show you how (English)
    $mn = /\b(liquidity (mining|pools?|staking|farming)|mining pools?|(defi|cloud|node|smart contract|yield) (mining|pools?)|(eth|ethereum|usdt|usdc|tether|crypto|bitcoin|btc|coin|token) (mining|staking|pools?|arbitrage)|min(e|ed|ing) (eth|ethereum|usdt|usdc|crypto|bitcoin|btc|coins))\b/
    $mn_arb = /\b(arbitrage|quant(itative)? trading)\b/
    $mn_coin = /\b(crypto|bitcoin|btc|eth|ethereum|usdt|usdc|tether|coins?|defi|wallet|exchange)\b/
    $mn_sorry = /\bsorry (to|for) (bother|disturb|trouble|interrupt)\w{0,3}\b|\bsorry (for|about) (the |this )?(random|sudden|unexpected|unsolicited) (text|message|msg)\b|\b(apologi[sz]e|apologies) (for|to) (the |this |my )?(random|sudden|unexpected|bother|disturb|intru|interrupt)\w{0,8}\b|\bhope (i'?m|i am) not (bothering|disturbing|interrupting)\b|\bexcuse me for (bothering|disturbing|the interruption)\b/
    $mn_rel = /\bmy (uncle|aunt|aunty|auntie|cousin|godfather|godmother|brother-in-law|sister-in-law|grandpa|grandfather) (taught|teaches|showed|shows|introduced|recommended|told me about|got me into|guided|guides|shared)\b|\b(taught|shown|introduced|recommended|guided) (to me )?by my (uncle|aunt|aunty|auntie|cousin|godfather|godmother)\b/
    $mn_gain = /\b(made|make|making|earned|earn|earning|gained|profit|profited) (a lot of|lots of|so much|good|great|decent|real|serious|quite a bit|a fortune|a killing|over|about|around|nearly|more than|up to|\$ ?[0-9]|[0-9])|\b(pays?|paid|paying) (out )?(daily|every day|weekly|every week)\b|\b(daily|weekly|passive|steady) (income|profits?|returns?|earnings|rewards|payouts?)\b|[0-9] ?% (a|per|every|each) (day|week)\b/
    $mn_offer = /\b(i|she|he|they|we|my (uncle|aunt|aunty|cousin))( can| could| will| would|'ll|'d)( be happy to| gladly| also| even)? (show|teach|guide|help|walk|introduce) (you|u)\b|\b(want|would you like|do you want|should) (me|her|him) to (show|teach|guide|help|walk|introduce) (you|u)\b|\blet me (show|teach|guide|walk) (you|u)\b|\b(i|she|he)( can| could| will|'ll) share (it |how |the (method|details|steps) )?with (you|u)\b|\b(if you'?re|if you are|are you|r u) interested( in (learning|trying|it|this|joining))?\b|\bhappy to (show|teach|guide|help) (you|u)\b|\b(would you like|do you want|want|are you interested) to (learn|try|know how|join)\b/
    // the second message of the script: the stranger follows up on the tip of an earlier message ("the ETH pool
    // I mentioned last week", "did you get a chance to look at the app I told you about?") ...
    $fu = /\b(i|we) (mentioned|told you about|shared with you|recommended|introduced|sent you|showed you|talked about|spoke about)\b|\b(remember|recall) (the|that|what|when|how) |\b(did|have) you (get|got|had|have|find) (a chance|the chance|time|a moment|a minute) (to )?(look|check|think|try|read|consider|see)|\b(following up|just checking in|checking back in|as i (said|mentioned|promised))\b/
    $fu_asset = /\b(crypto|bitcoin|btc|eth|ethereum|usdt|usdc|defi|arbitrage|liquidity|staking|mining pool)\b|\b(gold|forex|futures|contracts?|options|stocks?|trading|trade|investment|mining|quant|ai) (trading|app|platform|account|plan|pool|program|programme|project|strategy|bot|contract|fund)\b/
    // ... the gains already made since ("my account is already up 18%", "it returned 32% for me this month") ...
    $fu_gain = /\b(up|returned|return of|gave me|paid( me| out)?|brought( me| in)?|made( me)?|earned( me)?|gained|profit(ed)?( of)?|yielded|netted|grew|grown|increased) (by |another |an extra |over |about |around |nearly |almost |more than |a |an )?((\$|usdt|£|€) ?[0-9]|[0-9][0-9.,]{0,8} ?(%|percent|usdt|usd|dollars|k\b))/
    // ... and the chance about to end: the event, round or bonus closes, a few places left, the last chance
    $fu_end = /\b(event|promotion|promo|bonus|round|cycle|pool|plan|campaign|activity|opportunity|chance|quota|program|programme|phase|presale|pre-sale)s?( window| period| bonus| round| offer)? (ends|closes|expires|is ending|is closing|will end|will close|ending|closing|expiring|is about to (end|close)|won'?t last)\b|\b(only|just) (a few|[a-z0-9]{1,5}) (spots?|slots?|places|seats|days|hours) (left|remaining)\b|\b(last|final) (chance|call|round|slots?|spots?)\b|\bdon'?t miss (this|the) (chance|opportunity|round|event|window)\b/
    // the same follow-up in Chinese: "the platform I told you about last time", a percent earned since, the event
    // or the places about to end
    $fu_zh = /(上次|之前|昨天|前几天|前幾天|前两天|前兩天|那天)(跟你|和你|给你|給你|同你)(说|說|提|讲|講|推荐|推薦|分享|介绍|介紹)(的|过|過)/
    $fu_zh_asset = /(比特币|比特幣|以太坊|泰达币|泰達幣|虚拟币|虛擬幣|数字货币|數字貨幣|加密货币|加密貨幣|黄金|黃金|外汇|外匯|合约|合約|矿池|礦池|挖矿|挖礦|套利|量化|平台|usdt|btc|eth)/
    $fu_zh_gain = /(赚了|賺了|收益|盈利|涨了|漲了|回报|回報|翻了).{0,15}[0-9] ?(%|个点|個點)|[0-9] ?%(的)?(收益|利润|利潤|回报|回報)/
    $fu_zh_end = /(活动|活動|名额|名額|机会|機會|优惠|優惠|这期|這期|本期)(马上|馬上|即将|即將|快要|今天|明天|今晚|就要|就快|周日|週日|本周|本週){1,2}(结束|結束|截止|满|滿|没了|沒了)|(最后|最後)(一天|机会|機會|名额|名額)|名额有限|名額有限/
    // the tip group's pitch by text (English): the picks' record ("our last picks returned 40%", "called 6 winners in
    // a row"), tomorrow's ticker or an IPO allocation for members, and "want in?", "interested?", "reply YES"
    $tp_rec = /\b(picks?|calls?|tips?|recommendations?|signals?|alerts?)( [a-z']{1,12}){0,3} (returned|gained|delivered|averaged|rose|jumped|soared|closed up|ran|went up|are up|were up|made)( over| about| nearly| almost| more than| an average of| another| us| members)? \(?\+?[0-9]|\b(called|picked|nailed|hit) [0-9]{1,2} (winners|wins|runners|winning (picks|trades)|in a row)\b/
    $tp_next = /\b(tomorrow'?s|next|today'?s|this week'?s|monday'?s|friday'?s) (free )?(ticker|pick|stock pick|stock|call|symbol|play)\b|\bipo (allocation|allotment|subscription|quota|shares?)\b/
    $tp_mem = /\b(free|members?|membership|group|club|circle|community|channel|spots?|slots?|seats?)\b/
    $tp_ask = /\bwant in\b|\binterested ?\?|\b(want|would you like|shall i|should i|can i|may i)( me)?( to)? (add|invite|include|join|get in|be in)\b|\breply "?(yes|y|1|in|join|pick)\b|\b(text|dm|message) (me|us)\b|\bjoin (us|our|the)\b/
    $tp_own = /\b(lol|lmao|haha|dude|my (picks?|calls?|stocks?|shares|portfolio|broker)|i (bought|sold|held|got in|made))\b/
    // a friend's voice or a warning
    $pb_warn = /\b(lol|lmao|haha|scam|scammer|fraud|dhokha|farzi)\b|(骗子|騙子|诈骗|詐騙)/
  condition:
    (((($win or ($win2 and $platform)) and $group) or ($who and $teach) or (($win or $win3) and $trader and $show))
      or ($sw_fx and $sw_win and ($sw_seen or $sw_show))
      or ($ar_fx and $ar_adv and $ar_win and $ar_join)
      or (not $pb_warn and $ref and $ref_gain and ($ref_inv or $pb_asset))
      // (the mining-pool opener: the story and the offer to show a stranger, with two of the apology, the
      // relative who taught and the gain; a friend's news of a loss is no pitch)
      or (not $pb_warn and not $mf_loss and ($mn or ($mn_arb and $mn_coin)) and $mn_offer
        and (($mn_sorry and ($mn_rel or $mn_gain)) or ($mn_rel and $mn_gain)))
      or (not $pb_warn and not $mf_loss and $mf and $ref_inv and ($ref_gain or $win or $pb_gain))
      // (the follow-up: the tip told earlier, the gains made since and the chance about to end; no ask for money yet)
      or (not $pb_warn and not $mf_loss and $fu and $fu_asset and $fu_gain and $fu_end)
      or (not $pb_warn and $fu_zh and $fu_zh_asset and $fu_zh_gain and $fu_zh_end)
      // (the tip group's pitch: the picks' record, the next ticker or an IPO allocation for members, and the ask)
      or (not $pb_warn and not $tp_own and $tp_rec and $tp_next and $tp_mem and $tp_ask)
      or (not $pb_warn and (($pb_rel and $pb_asset and $pb_gain and $pb_ask)
        or ($pb_zh_rel and $pb_zh_asset and $pb_zh_gain and $pb_zh_ask)
        or ($mb_self and $mb_win and $mb_how and $mb_offer and $mb_reply)
        or ($mb_zh_self and $mb_zh_win and $mb_zh_how and $mb_zh_offer))))
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule invest_loan_limit_fee_ke : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Kenya's fake loan-limit increase: your Fuliza, M-Shwari or KCB M-Pesa limit raised, pay a fee to a till or paybill to activate it, from someone's number (Swahili, English)"
  strings:
    $brand = /\b(fuliza|m-? ?shwari|kcb m-? ?pesa|hustler fund|okoa jahazi|tala|branch|zenka|loan limit|limit ya mkopo)\b/
    $raise = /\blimit (yako )?(imeongezwa|imepandishwa|imeongezeka|imeboreshwa)\b|\b(kuongeza|kupandisha|kuongezewa) limit\b|\blimit\b.{0,30}\b(has been|have been|is|was) (increased|upgraded|raised|boosted|approved)\b|\b(increase|upgrade|raise|boost) (your |ur )?([a-z-]{2,10} ){0,2}limit\b|\bnew limit\b/
    $pay = /\b(ku-? ?activate|kuactivate|kuiactivate|to activate|activate|activation)\b|\b(till|paybill|buy goods) (number|no\.?|namba)?\b|\b(tuma|send|pay|lipa)\b.{0,20}\b(ksh|kes|sh)\.? ?[0-9]/
  condition:
    $brand and $raise and $pay and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule invest_business_proposal
{
  meta:
    action = "junk"
    weight = 2.5
    description = "A stranger's 'business proposal' worth millions (crude oil, gold, a contract, a fund transfer), or a foreign investor who needs a reliable local partner, or a contract from someone who 'got your contact', or crude oil or gold from a stranger who 'saw your number on the business directory': the advance-fee opener (English, West Africa)"
  strings:
    $deal = /\b(business (proposal|deal|transaction|partnership)|lucrative (deal|business|proposal))\b/
    $sum = /\b(worth|valued at|sum of|million|billion)\b|\$ ?[0-9.,]{1,6} ?(m|mn|million|billion)\b/
    // a proposal of any kind, and the stranger's marks: a trustworthy partner wanted, a contact found
    // in a directory, "strictly confidential", an investor for "your country"
    $prop = /\b(business|contract|investment|partnership|joint venture|supply) (proposal|deal|transaction|opportunity|offer)\b|\blucrative (deal|business|proposal|contract|opportunity|investment)\b/
    $trust = /\b(reliable|trustworthy|trusted|honest|sincere|god-?fearing) (and [a-z]{2,12} )?(local |foreign )?(partner|person|individual|associate|representative)\b|\b(needs?|seeking|looking for|requires?) a (local|foreign) (partner|representative)\b/
    $mutual = /\b(got|obtained|found|came across) your (contact|number|details|profile) (from|through|via|on|in)\b|\b(strictly|private and|highly) confidential\b/
    $country = /\b(invest|investors?|investment|funds?|capital)\b.{0,30}\bin your (country|region)\b/
    // West Africa's cold contact: "saw your number on the business directory, crude oil supply, very lucrative"
    $seen = /\b(saw|seen|see|got|found|picked) your (contact|number|details|profile) (on|in|from) (the |a )?(business|trade|company|chamber of commerce|yellow pages|online) ?(directory|list|listing|register|pages)?\b/
    $sector = /\b(crude oil|bonny light|petroleum products|jet a-?1|lpg|gold (dust|bars)|solid minerals|cashew nuts|cocoa beans|scrap metals?)\b/
    $lucr = /\b(lucrative|huge profit|big profit|good profit|massive profit)\b/
  condition:
    (($deal and $sum) or ($prop and ($trust or $mutual or $country or $seen)) or ($trust and $country) or ($sector and ($mutual or $seen) and ($lucr or $prop)))
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule invest_pidgin_runs
{
  meta:
    action = "junk"
    weight = 2.5
    description = "Nigerian Pidgin get-rich 'runs': a deal that will bring millions this week if you put in a stake first (Pidgin, West African English)"
  strings:
    // "I get one runs", "I don get one connect", "we get one deal wey go give us 2M"
    $runs = /\b(i|we) (get|dey get|don get|have|got) (one |a |some )?(runs|connect|plug|hookup|hook-?up|sure deal|sure plug)\b/
    $yield = /\b(go|will|fit|would) (give|bring|pay|fetch|yield|land) (us|you|we|u)\b.{0,20}([0-9]{1,3} ?(k|m|million|millions|mill)\b|\bmillions\b)|\b(double|triple) (am|your money|it|the money)\b/
    $stake = /\bneed [0-9]{1,3}(k|m)? (to|make (we|i)) (start|begin|enter|run am|do am|kick off)\b|\b(drop|bring|send|contribute|put) [0-9]{1,3}k\b|\b(capital|to start|startup money|small money to start)\b/
  condition:
    $runs and $yield and $stake and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule invest_loan_credit_register
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A loan 'even with your name in the credit register' (Portugal's central bank register, Greece's Tiresias, Kenya's CRB) or without a guarantor, papers, a tax statement or checks or only with an ID card, from someone's number (Portuguese, Greek and Greeklish, Swahili); debts settled and a service suspension or travel ban lifted for a fee (Gulf Arabic)"
  strings:
    $pt_loan = /\b(credito|emprestimo|financiamento)s?\b/
    $pt_reg = /\b(mesmo|ainda que|inclusive) (com|estando|que esteja)( o)?( seu| teu)? nome (sujo |negativado )?(no|na|em) (banco de portugal|central de responsabilidades|lista negra|mapa do bp)\b|\bmesmo (com|estando (com|em)) (incidentes|incumprimentos?|penhoras?) (no|na|com o) (banco de portugal|central de responsabilidades)\b/
    // Greek (the normaliser keeps the tonos): a loan or financing "even if you are in Tiresias" or "without a
    // guarantor, papers or checks"
    $gr_loan = /(δάνει|δανει|χρηματοδότησ|χρηματοδοτησ)|\b(daneio|daneia|daneiou)\b/
    $gr_reg = /(ακόμα|ακομα|ακόμη|ακομη) και (αν|εάν|εαν|με|σε|για).{0,30}(τειρεσ|οφειλ|χρέη|χρεη|κόκκιν|κοκκιν)|(χωρίς|χωρις) (εγγυητή|εγγυητη|εγγυήσεις|εγγυησεις|δικαιολογητικά|δικαιολογητικα|έλεγχο|ελεγχο|τράπεζα|τραπεζα|χαρτιά|χαρτια|εκκαθαριστικ)|(μόνο|μονο) με (την )?(ταυτότητα|ταυτοτητα)|\b(xwris|xoris|choris) (elegxo|elegho|eggyhth|eggyiti|dikaiologhtika|dikaiologitika|trapeza|xartia)\b/
    // (and Greeklish: "egkrisi se 15 lepta", "grapste mas sto viber")
    $gr_fast = /(έγκριση|εγκριση|εκταμίευση|εκταμιευση|χρήματα|χρηματα).{0,60}(ώρες|ωρες|ώρα|ωρα|λεπτά|λεπτα|αμέσως|αμεσως|σήμερα|σημερα|αυθημερόν|αυθημερον)|(καλέστε|καλεστε|επικοινωνήστε|επικοινωνηστε|στείλτε|στειλτε|γράψτε|γραψτε|απαντήστε|απαντηστε|τηλ )|\b(egkrisi|egrisi|ektamieusi) .{0,30}(lepta|ores|amesws|amesa|simera)\b|\b(kaleste|grapste|steilte|viber|whats ?app)\b/
    // Swahili: a loan "even if you are listed with CRB", "without collateral or a guarantor"
    $sw_loan = /\b(mkopo|mikopo)\b/
    $sw_reg = /\bhata (kama )?(ume|u)(orodheshwa|listiwa|blacklistiwa)\b|\bhata (kama )?(uko|upo|umo) (kwenye |katika )?crb\b|\bcrb (si|sio|haina|hakuna) (tatizo|shida)\b|\bbila (dhamana|mdhamini|crb|kuangalia crb)\b/
    $sw_fast = /\b(haraka|papo hapo|ndani ya (saa|dakika|masaa)|leo hii)\b|\b(tuma ujumbe|piga|whats ?app)\b/
    // Gulf Arabic: debts, loans or defaulted credit settled, and a services suspension or a travel ban lifted
    $ar_debt = /(سداد|تسديد) (ال)?(مديونيات|مديونية|ديون|قروض|متعثرات|المتعثرين|متأخرات|البطاقات)/
    $ar_ban = /(رفع|فك|إلغاء|الغاء) (ال)?(إيقاف|ايقاف|منع|حظر) (ال)?(خدمات|سفر)|(رفع|فك|إزالة|ازالة) (ال)?(سمة|تعثر)/
    $ar_ask = /(تواصل|للتواصل|راسلنا|واتساب|واتس|اتصل|للاستفسار)/
    // the writer's own loan, a refusal told, a warning
    $own = /\b(recusou|recusaram|recusado|golpe|nimelipa|nimekopa|tapeli|matapeli)\b|(με έβαλαν|μπήκα|απάτη|απατη|سددت|رفعوا|احتيال|نصب|احذر)/
  condition:
    (($pt_loan and $pt_reg and (contact_count > 0 or phone_count > 0 or url_count > 0))
      or ($gr_loan and $gr_reg and $gr_fast)
      or ($sw_loan and $sw_reg and ($sw_fast or phone_count > 0))
      or ($ar_debt and $ar_ban and ($ar_ask or phone_count > 0 or contact_count > 0)))
    and not $own
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule invest_inheritance_abroad
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A lawyer or notary announces an inheritance from a relative who died abroad, with the reader as the only heir, no will or the same surname, or millions at stake, and asks to be contacted (Italian, Spanish, English)"
  strings:
    $lawyer = /\b(avvocato|avvocatessa|avv\.|notaio|studio legale|abogad[oa]|notari[oa]|bufete|despacho de abogados|attorney|barrister|solicitor|lawyer|notary|legal (representative|counsel))\b/
    // a relative, often distant, who died (abroad): "un suo parente deceduto in Canada", "un familiar suyo fallecido"
    $kin = /\b(parente|familiare|lontano parente|zio|cugino|prozio|connazionale)\b.{0,50}\b(deceduto|defunto|morto|scomparso|venuto a mancare)\b|\b(familiar|pariente|tio|primo|tio abuelo)\b.{0,50}\b(fallecido|fallecio|murio|difunto)\b|\b(relative|family member|kinsman|distant relative|uncle|cousin)\b.{0,50}\b(passed away|died|deceased)\b|\b(deceased|late) (relative|kinsman|client)\b/
    $legacy = /\b(eredita|lascito|patrimonio|herencia|legado|inheritance|estate|fortune|bequest)\b/
    $heir = /\b(unico erede|unica erede|erede legittim[oa]|senza eredi|beneficiari[oa]|unico heredero|unica heredera|heredero legitimo|sin herederos|next of kin|no will|without a will|sole (heir|beneficiary)|(same|his|her) (surname|last name)|stesso cognome|mismo apellido|sin testamento|senza testamento)\b/
    $big = /\b(milioni|millones|million|millions)\b|[0-9][.,][0-9]{2}[0-9][.,][0-9]{2}[0-9]/
    $ask = /\b(mi contatti|contattami|mi contatti|mi scriva|risponda|comuniquese|contacteme|escribame|responda|contact me|reply|get back to me|write to me)\b|\b(per i dettagli|per maggiori dettagli|para mas detalles|for (more )?details)\b/
    // a real notary's or lawyer's appointment, a relative passing on news
    $real = /\b(appuntamento|firmiamo|firma|cita|lectura del testamento|le recuerdo|hearing|appointment|probate|as discussed|ha chiamato|llamo el|said)\b/
  condition:
    $lawyer and $kin and $legacy and ($heir or $big or money_count > 0)
    and ($ask or contact_count > 0 or phone_count > 0 or email_count > 0)
    and not $real
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule invest_passive_income_cee
{
  meta:
    action = "junk"
    weight = 2.8
    description = "Investing 'together with' a national energy, oil or telecom company or its shares, or trading with AI or a trading bot, from a small deposit to a large monthly or passive income, and 'reply YES', register or 'our analyst will call you'; an AI or a bot that trades on its own for a weekly or monthly sum, with a registration or a link; a free crypto or trading class tonight with a daily or weekly sum and a group link (Czech, Slovak, Hungarian, Polish, Romanian, Serbian in Latin and Cyrillic, Brazilian Portuguese, Latin American Spanish); investing in a national company through a 'state programme' or 'official platform' for a passive or monthly income, or compensation for Soviet-era savings, with a request to leave, an adviser's call or a link (Russian, Ukrainian, Kazakh, Uzbek, Georgian, Armenian, Azerbaijani)"
  strings:
    // the investment (Cyrillic: no \b, its letters are not word bytes)
    $inv = /\b(investuj\w{0,4}|investic\w{1,3}|fektess\w{0,4}|befektet\w{0,6}|reszveny\w{0,6}|inwestuj\w{0,3}|inwestycj\w{1,3}|investeste|investiti|investitie|investitii|investind|investiraj\w{0,3}|investicij\w{1,2}|invista|investindo|invierte|invierta|inversion)\b|(инвестир|инвестициј)/
    $ai = /\b(umel\w{1,3} inteligenc\w{1,3}|sztuczn\w{1,3} inteligencj\w{1,2}|mesterseges intelligencia\w{0,4}|inteligenta artificiala|vestack\w{1,3} inteligencij\w{1,2}|inteligencia artificial|trading ?bot\w{0,2}|ai trading|robot\w{0,2} de trading|obchodni robot|obchodny robot|robot handlow\w{1,2}|kereskedo ?robot\w{0,3}|ai robot\w{0,2}|ai bot\w{0,2}|robo\w{0,2} (de |com )?(ia|trading|trader|investidor|investimentos?)|robo trader|bot\w{0,2} de (trading|ia|inversion|inversiones)|robot\w{0,2} de (ia|inversion))\b|(вештачк\S{1,3} интелигенциј)/
    // the promised income: passive, or by the month beside an amount
    $passive = /\b(pasivni\w{0,2} prijem\w{0,2}|pasivny\w{0,2} prijem\w{0,2}|passziv jovedelem\w{0,3}|pasywn\w{1,3} doch\w{1,4}|venit\w{0,3} pasiv\w{0,2}|pasivn\w{1,3} prihod\w{0,2}|renda passiva|ingresos? pasivos?)\b|(пасивн\S{1,3} приход)/
    $month = /[0-9] ?(kc|czk|eur|eura|evra|euro|€|ft|huf|forint|zl|pln|lei|ron|din|dinara|rsd)\b.{0,40}\b(mesicne|mesacne|mesecno|miesiecznie|lunar|havonta|za tyden|za tyzden|tygodniowo|nedeljno)\b|\b(havi|mesicni|mesacny|mesecn\w{1,2}) [0-9]|[0-9] ?(евра|динара|дин).{0,40}(месечно|недељно)/
    // the profit by the week or the day beside an amount, or the bot that trades on its own
    $week = /[0-9] ?((kc|czk|eur|euro|ft|huf|forint|reais|usd|dolares|dollars)\b|€).{0,40}\b(tyzdenne|tydne|tydenne|hetente|naponta|denne|por semana|semanais|a la semana|por semana|semanales|por dia|diarios|al dia|mensais|por mes|al mes|mensuales)\b|(r\$|\$|€) ?[0-9][0-9.,]{0,8} (por|a la|al|ao) (semana|dia|mes)\b/
    $auto = /\b(obchoduje (za vas|sama?|samo|automaticky)|obchoduje za tebe|vydelava (sama?|samo|za vas|automaticky)|zarabata (sama?|samo|za vas)|kereskedik (on|on)? ?helyett|kereskedik (helyetted|automatikusan|egyedul)|automatikusan keresked\w{1,4}|opera (sozinho|sozinha|por voce|por ti|por usted|solo|sola|automaticamente|24 ?h)|operando sozinho|invierte por ti|investe por voce|trades? (for you|on its own|automatically))\b/
    // the free class or course tonight on crypto or trading, and its group or registration link
    $class = /\b(aula|aulao|clase|masterclass|live|webinar|curso|treinamento|mentoria|bezplatn\w{1,3} (kurz|webinar|skoleni)|ingyenes (webinar|kepzes|tanfolyam|oktatas|ora))\b.{0,40}\b(gratuit[oa]s?|gratis|de graca|hoje|esta noche|hoy|ao vivo|en vivo|dnes|ma este)\b/
    $class_mkt = /\b(cripto\w{0,6}|kryptomen\w{1,3}|kripto\w{0,6}|bitcoin|trading|forex|day ?trade|opcoes binarias|opciones binarias)\b/
    $group = /\b(entre no grupo|entra no grupo|link do grupo|unete al grupo|entra al grupo|unase al grupo|link del grupo|pridajte sa|pripojte sa|csatlakozz|csatlakozzon)\b|chat\.whatsapp|\bt\.me\//
    // the ask: reply YES, register, the analyst or expert calls back
    $ask = /\b(odpovezte ano|odpovedzte ano|odpiste ano|valaszoljon igen|valaszolj igen|odpisz tak|odpowiedz tak|raspunde da|raspundeti da|odgovorite da|odgovori da|responda sim|responde si|responda si)\b|\b(zavola|zavolame|ozve|ozveme|kontaktuje|felhivj\w{0,2}|visszahiv\w{0,4}|oddzwoni|zadzwoni|te suna|va suna|pozvati|pozvace|kontaktirati|liga para|te llamara|le llamara|zaregistrujte|regisztral\w{1,4}|zarejestruj\w{1,4}|inregistreaza|registrujte|prijavite|registrac\w{1,3}|registracia|cadastr\w{1,5}|inscreva-se|inscrevase|registrate|registrese|inscribete|inscribase)\b|(одговорите да|позвати|позваће|контактира|региструјте|пријавите)/
    // the same pitch in Russian, Ukrainian, Kazakh, Uzbek, Georgian, Armenian, Azerbaijani: invest in a national company or
    // through a "state programme" or "official platform", a passive or monthly income, and leave a request or wait for the
    // adviser's call; compensation for Soviet-era savings with a request
    $cis_inv = /(на акциях|газпром|роснефт|лукойл|нафтогаз|укрнафт|казмунайгаз|қазмұнайгаз|самрук|ўзбекнефтегаз|инвестир|инвестиц|інвестуй|інвестиц|інвестуван|вложени|вложите|вложив|вкладіть|вкладень|инвестиция сал|ინვესტიც|ներդր)|\b(investits\w{1,6}|investisiya\w{0,6}|investisiy\w{1,6}|sarmoya\w{0,6}|uzbekneftegaz|socar)\b/
    $cis_prog = /(государственн.{1,6}программ|госпрограмм|официальн.{1,6}платформ|державн.{1,6}програм|офіційн.{1,6}платформ|мемлекеттік бағдарлама|ресми платформ|давлат дастур|расмий платформ|სახელმწიფო პროგრამ|ოფიციალურ პლატფორმ|պետական ծրագր|պաշտոնական հարթակ)|\b(davlat dastur\w{0,4}|rasmiy platforma\w{0,4}|d(o|o)vl(e|ə)t proqram\w{0,4}|r(e|ə)smi platforma\w{0,4})\b/
    $cis_ret = /(пассивн.{1,4} доход|пасивн.{1,4} дох|доход.{1,30}(в месяц|ежемесячно)|(ежемесячн|щомісячн).{1,6} дох|дох.{1,30}(на місяць|щомісяця)|пассивті табыс|айына.{1,30}табыс|табыс.{1,30}айына|пассив даромад|ойига.{1,30}даромад|პასიური შემოსავ|თვეში.{1,30}შემოსავ|պասիվ եկամուտ|ամսական.{1,30}եկամուտ|եկամուտ.{1,30}ամսական)|\b(passiv daromad|oyiga .{1,30}daromad|passiv g(e|ə)lir|ayda .{1,30}g(e|ə)lir)\b/
    $cis_comp = /(компенсац.{1,40}(советск|ссср)|компенсац.{1,40}(радянськ|срср)|(советск|радянськ).{1,6}вклад)/
    $cis_ask = /(оставьте заявку|оставить заявку|подайте заявку|оставьте номер|залиште заявку|подайте заявку|ожидайте звонка|очікуйте дзвінка|консультант|менеджер свяжется|специалист (перезвонит|свяжется)|свяжется с вами|зв.яжеться з вами|перезвоним|зарегистрируйтесь|регистрируйтесь|зареєструйтесь|өтінім қалдыр|кеңесші|ариза қолдир|мутахассис|დატოვეთ განაცხად|დაგიკავშირდებ|კონსულტანტ|թողեք հայտ|մասնագետ|խորհրդատու)|\b(ariza qoldir\w{0,4}|maslahatchi\w{0,4}|mutaxassis\w{0,4}|m(u|u)raci(e|ə)t (qoyun|edin|buraxin)|m(e|ə)sl(e|ə)h(e|ə)tci\w{0,4})\b/
    // a person's own news or a warning
    $warn = /\b(podvod\w{0,2}|csalas\w{0,2}|oszustw\w{0,2}|oszust\w{0,2}|teapa|prevar\w{1,3}|golpe|estafa|meu curso|mi curso|moj kurz|muj kurz)\b|(превар|мошенн|шахра|я вложил|я вложила|я вклав|я вклала)/
  condition:
    ((($inv or $ai) and ($passive or $month) and $ask)
      // (the CIS pitch: an investment or a programme, a passive or monthly income, and a request, a call or a link)
      or (($cis_inv or $cis_prog) and $cis_ret and ($cis_ask or url_count > 0))
      or ($cis_prog and $cis_inv and $cis_ask)
      or ($cis_comp and ($cis_ask or url_count > 0))
      // (the bot or AI that trades alone, a weekly or daily sum from a deposit, and a registration or a link)
      or ($ai and $auto and ($month or $week or $passive) and ($ask or url_count > 0))
      // (the free crypto or trading class tonight, a sum by the day or week, and its group or a link to register)
      or ($class and $class_mkt and ($week or $month or $passive) and ($group or $ask)))
    and not $warn
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule invest_loan_debt_mobile
{
  meta:
    action = "junk"
    weight = 2.8
    description = "A quick loan, debt relief or consumer bankruptcy pitched from a person's number: no guarantor, no credit-register check, even for the blacklisted, or debts settled with no upfront fee, and a call, a reply or a chat app (Hungarian, Polish, Serbian in Latin and Cyrillic, Czech, Slovak; Bosnian, Macedonian and Bulgarian in both scripts: no check of the credit bureau, no guarantor, payslip or papers, only an ID card, even with a blocked account or arrears); debt consolidation with no upfront fee, or a refinance with cash out and 'reply YES' (English, Brazilian Portuguese, Latin American Spanish); a payroll-deducted loan (consignado, libranza, nomina) refinanced, moved or bought out with money left over, and a reply, a call or a chat app (Brazilian Portuguese, Latin American Spanish); a microloan or cash loan with no certificates, guarantor or refusal, a loan against a car in a day, 'your loan is approved, pay the insurance', or debts written off through bankruptcy with a free lawyer, and a call, a chat app or a link (Russian, Ukrainian, Kazakh, Uzbek, Georgian, Armenian, Azerbaijani)"
  strings:
    $loan = /\b(gyorskolcson\w{0,4}|kolcson\w{0,4}|szemelyi hitel\w{0,3}|pozyczk\w{1,2}|chwilowk\w{1,2}|kredyt\w{0,3}|kredit\w{0,3}|pozajmic\w{1,2}|pujck\w{1,2}|pozick\w{1,2}|uver\w{0,2})\b|(кредит|позајмиц|заем|заеми)/
    $easy = /\b(kezes nelkul|hitelellenorzes nelkul|jovedelemigazolas nelkul|bar ?list\w{0,6}|negativ listas\w{0,3}|bez bik|bez krd|bez zaswiadczen|bez poreczyciel\w{1,2}|bez zyrant\w{1,2}|dla zadluzonych|bez zirant\w{1,3}|bez provere|i za blokiran\w{1,2}|bez registru|bez doloz\w{1,4}|bez rucitela|bez rucitele|pro dluzniky|aj pre dlznikov|bez overovania)\b|(без жиранта|без провере|и за блокиран|кредитн\S{0,3} биро)/
    // Bosnian, Macedonian and Bulgarian (both scripts): no check (of the CRK, the credit bureau, the CKR), no guarantor,
    // no payslip, papers or bank, only the ID card, even with a blocked account or arrears, approval guaranteed
    $easy_bmb = /\b(bez provjere|bez proverka|bez jemaca|bez papira|bez banke|bez potvrde o plati|samo uz licnu kartu|samo so licna karta|(i )?za (one|osobe|sve) sa blokiran\w{1,3}|bez poruchitel\w{0,3}|bez zirant\w{0,3})\b|(без проверка|без поръчител|без документи|без бележка за заплата|без банка|само с лична карта|само со лична карта|с лоша кредитна история|лоша кредитна история|с просрочия|за хора с просрочия|гарантирано одобрение|без жирант|без потврда за плата|за блокирани сметки|цкр)/
    $ask_bmb = /\b(nazovite|pisite|odgovorite|obadete se|javete se|tel|viber)\b|(обадете се|звъннете|пишете ни|отговорете|јавете се|одговорете|тел |вайбър|вајбер)/
    $debt = /\b(adossagrendez\w{0,4}|magancsod\w{0,4}|upadlosc\w{0,2} konsumenck\w{1,2}|oddluzani\w{1,2}|oddluz\w{0,5}|osobni bankrot\w{0,2}|oddluzeni\w{0,2})\b|(отпис дуга|репрограм)/
    $nofee = /\b(eloleg nelkul|elore fizetendo dij nelkul|dijmentes\w{0,2}|bez oplat\w{0,2} (z gory|wstepn\w{1,3})|bez zaloh\w{1,2}|bez poplatk\w{1,3} predem|bez avansa)\b|(без аванса|без унапред)/
    // refinancing with cash out, debts consolidated with no upfront fee (English, Portuguese, Spanish)
    $refi = /\b(refinanc\w{1,5}|refinancie|refinancia|refinanciamento|refinanciamiento)\b/
    $cashout = /\b(cash ?back|cash out|cash in hand|saia com|sai com|dinheiro (extra |no bolso|na conta)|dinero (extra|en tu bolsillo|en tu cuenta)|efectivo extra|troco)\b/
    $debt_en = /\b(debt (relief|consolidation|agreement|solution\w{0,1})|consolidat\w{1,4}|part (ix|9) (debt )?agreement|consolide suas dividas|consolida tus deudas|renegocie suas dividas|liquida tus deudas)\b/
    $nofee_en = /\b(no upfront (fees?|costs?|payment)|no fees? upfront|sem taxa (antecipada|inicial)|sem pagamento antecipado|sin (pago|costo|cobro) (inicial|por adelantado)|sin anticipo)\b/
    $yes = /\b(reply yes|responda sim|responde si|responda si)\b/
    // the payroll-deducted loan (Brazil's consignado for INSS retirees and civil servants, Colombia's libranza, Mexico's
    // nomina) refinanced, moved or bought out with money left over ("troco", "dinero extra", "compra de cartera")
    $payroll = /\b(consignado|margem consignavel|cartao beneficio|libranza|credito (de|por) nomina|prestamos? (de|por|con descuento (de|por)) nomina|descuento (de|por) nomina)\b/
    $pr_deal = /\b(refinanc\w{1,5}|portabilidade|compra de cartera|compramos tu cartera|margem (livre|disponivel)|saque (do|de) (troco|margem)|troco|dinheiro (extra|no bolso|na conta)|dinero (extra|en tu bolsillo|en tu cuenta)|efectivo extra|liberad[oa] (na hora|hoje|em [0-9])|desembolso (inmediato|el mismo dia|en [0-9]))\b/
    $pr_ask = /\b(responda|responde|ligue|chame|chama|fale|escreva|simule|llama|llamanos|escribenos|escribinos|escribeme|whats ?app|zap)\b/
    $ask = /\b(hivjon|hivj|irjon|valaszoljon|zadzwon|odpisz|napisz|pozovite|pozovi|javite|zavolejte|napiste|volajte)\b|(позовите|позови|јавите)/
    // the CIS loan: a microloan or cash loan with no certificates, guarantor or refusal, against a car in a day; "your loan
    // is approved, pay the insurance first"; debts written off through bankruptcy with a free lawyer (Russian, Ukrainian,
    // Kazakh, Uzbek, Georgian, Armenian, Azerbaijani)
    $cis_loan = /(деньги под|денег под|гроші під|займ|заём|кредит|позик|позичк|несие|қарыз|кредитингиз|სესხ|վարկ)|\b(kredit\w{0,6}|qarz\w{0,4}|nasiya\w{0,4}|borc\w{0,4})\b/
    $cis_easy = /(без справ|без поручител|без залог|без отказ|без проверк|плох.{1,6}кредитн|под залог (авто|птс|машин)|без довідок|без поручител|без відмов|під заставу авто|анықтамасыз|анықтамаларсыз|кепілгерсіз|кафилсиз|маълумотномасиз|ცნობების.{1,60}გარეშე|თავდებ.{1,30}გარეშე|առանց (տեղեկանք|երաշխավոր))|\b(kafilsiz|ma.?lumotnomasiz|arayissiz|zaminsiz|girovsiz)\b/
    $cis_appr = /(одобрен|схвален|мақұлдан|тасдиқлан|დამტკიცდ|հաստատվ)|\b(tasdiqlan\w{1,6}|t(e|ə)sdiql(e|ə)n\w{1,6})\b/
    $cis_fee = /(страховк|страхово.{1,4} (взнос|платеж)|страхування|сақтандыру|суғурта|დაზღვევ|ապահովագր)|\b(sug.?urta\w{0,4}|sigorta\w{0,4})\b/
    $cis_debt = /(спиш(ем|у).{1,20}долг|списани.{1,4} долг|списать.{1,20}долг|банкротств|спишемо.{1,20}борг|списання.{1,4}борг|банкрутств)/
    $cis_free = /(бесплатн.{1,6}(юрист|консультац)|безкоштовн.{1,6}(юрист|консультац)|юрист.{1,20}бесплатн|законно)/
    $cis_ask = /(8 ?800|0 ?800|звоните|позвоните|пишите|напишите|дзвоніть|зателефонуйте|пишіть|напишіть|хабарлас|қўнғироқ|ёзинг|დარეკეთ|მოგვწერეთ|զանգահարեք|գրեք)|\b(qo.?ng.?iroq|yozing|z(e|ə)ng edin|yazin|telegram|whatsapp)\b/
    $own = /\b(podvod\w{0,2}|csalas\w{0,2}|oszustw\w{0,2}|oszust\w{0,2}|prevar\w{1,3}|mi brat|moja mama|anyam|tata|golpe|estafa|meu consignado|mi libranza|vale a pena|minha mae|mi mama|peguei|fiz o|me ofereceu|ofereceu|me ofrecieron)\b|(превар|мошенн|шахра|я (думаю|хочу|взял|взяла|беру)|мой кредит|мій кредит)/
  condition:
    (((($cis_loan and $cis_easy) or ($cis_debt and $cis_free))
        and ($cis_ask or $ask or contact_count > 0 or phone_count > 0 or url_count > 0))
      or ($cis_loan and $cis_appr and $cis_fee)
      or ((($loan and $easy) or ($debt and $nofee) or ($debt_en and $nofee_en) or ($refi and $cashout and $yes))
        and ($ask or contact_count > 0 or phone_count > 0))
      or ($loan and $easy_bmb and ($ask or $ask_bmb or contact_count > 0 or phone_count > 0))
      // (the payroll loan refinanced or bought out with cash left over, and a reply, a call or a chat app)
      or ($payroll and $pr_deal and ($pr_ask or $yes or contact_count > 0 or phone_count > 0 or url_count > 0)))
    and not $own
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

// The Gulf's, Egypt's and Turkey's stock-tip groups with a "doctor" or a "teacher" (the Saudi market, the Egyptian
// exchange, Borsa Istanbul): daily or guaranteed profits and a free or VIP group to join; and "invest X, receive Y every
// week" in a farm or a project with a "guaranteed contract". A broker's notice comes from its sender id.
rule invest_group_returns_ar_tr
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A stock-tip group with a doctor, teacher or analyst (Saudi market, Egyptian exchange, Borsa Istanbul) promising daily or guaranteed profits, free or with few places, to join on a chat app; or invest a sum and receive a weekly or monthly sum in a farm or project under a guaranteed contract (Gulf and Egyptian Arabic, Turkish); the same tip group in any of the languages (English, German, French, Italian, Spanish, Portuguese, Turkish, Arabic): stocks, crypto or trading signals, a professor, doctor, teacher, analyst or expert or a group or channel, a return by the day, week or month, free, guaranteed or with limited places, and an ask to join, reply or write"
  strings:
    $ar_grp = /(قروب|جروب|مجموعة|مجموعه|الدكتور|دكتور|الأستاذ|الاستاذ|المحلل|الخبير)/
    $ar_stock = /(السوق السعودي|سوق الأسهم|سوق الاسهم|الأسهم|الاسهم|البورصة|تاسي|توصيات|الفوركس|التداول)/
    $ar_gain = /(أرباح|ارباح|ربح|عوائد|عائد) (يومية|يوميه|مضمونة|مضمونه|أسبوعية|اسبوعية|مؤكدة|مؤكده)|مضمونة 100|مضمونه 100|يومياً|يوميا/
    $ar_join = /(انضم|الانضمام|للانضمام|اشترك|للاشتراك|رابط القروب|رابط الجروب|واتس|تلجرام|تيليجرام|المقاعد محدودة|الأماكن محدودة|الاماكن محدودة|عدد محدود|مجانا|مجاناً|مجاني)/
    $ar_inv = /(استثمر|ساهم|ادفع).{0,120}(واحصل|احصل|تحصل|واربح|تربح|بعائد).{0,90}(أسبوعي|اسبوعي|شهري|كل اسبوع|كل أسبوع|كل شهر)/
    $ar_ctr = /(عقد مضمون|عقد موثق|بعقد|عقود موثقة|ضمان|مضمون|مضمونة|مزارع|مزرعة|مشروع)/
    $tr_stock = /\b(borsa|bist|hisse\w{0,4}|kripto|forex)\b/
    $tr_grp = /\b(grub\w{0,3}|grup\w{0,3}|hoca\w{0,5}|uzman\w{0,4}|analist\w{0,3})\b/
    $tr_gain = /\b(garantili|kesin kazanc|gunluk %|her gun %|haftalik %)/
    $tr_join = /\b(katilin|katil|katilmak|uye ol|ucretsiz|kontenjan|son [0-9]{1,2} kisi)\b/
    $tr_inv = /\byatir\w{1,4}\b.{0,60}\b(haftalik|her hafta|aylik|her ay)\b.{0,40}\bkazan\w{0,4}\b/
    $tr_ctr = /\b(garantili|noter onayli|sozlesme\w{0,3}|ciftlik\w{0,4}|proje\w{0,4})\b/
    // any language: the market (stocks, crypto, trading signals), the group or the expert, the bait (a return by the
    // day, week or month, free, guaranteed, limited places, a tenfold stock) and the ask (join, reply, write)
    $x_mkt = /\b(stocks?|stock picks|shares|trading|trades|crypto|cripto|krypto|kripto|forex|signals?|sinais|senales|segnali|signaux|sinyal\w{0,4}|aktien\w{0,14}|borsen\w{0,6}|bourse|boursier\w{0,2}|azionari\w?|azioni|titolo|acciones|accion|acoes|acao|bolsa|borsa|hisse\w{0,4}|al-sat|investment\w{0,6}|investissement|investimento|inversion|investition\w{0,2}|yatirim\w{0,5}|kazanc\w{0,2}|operazioni|operaciones|operacoes|prochaine action|actions? x ?10|kursrakete)\b|(الاسهم|الأسهم|أسهم|اسهم|البورصة|التداول|تداول|العملات الرقمية|توصيات)/
    $x_grp = /\b(group|club|channel|class|gruppe|gruppo|grupo|groupe|grup\w{1,6}|grub\w{1,6}|investmentgruppe|aktiengruppe|tradinggruppe|kryptogruppe|canale|canal|kanal|clube|professor\w{0,2}|profesor\w{0,2}|professeur|professore|dr|dott|doctor|docteur|doutor|teacher|maestra|maestro|lehrer\w{0,2}|hoca\w{0,3}|coach|mentor|analyst|analista|analyste|analist\w{0,3}|expert\w{0,2}|esperto|experto|especialista|uzman\w{0,4}|profi|assistant|assistente|asistente|assistentin|asistan\w{0,6})\b|(مجموعة|مجموعه|جروب|قروب|قناة|الدكتور|الاستاذ|الأستاذ|المحلل|خبير|المعلمة|المعلم)/
    $x_bait = /[0-9] ?% (a|per|al|por|ao|pro|par|au|am|each|every|im|in)? ?(day|dia|giorno|tag|jour|week|semana|settimana|woche|semaine|month|mes|mese|monat|mois)\b|\b(per|a|al|por|ao|pro|par|am|each|every) (day|dia|giorno|tag|jour|week|semana|settimana|woche|semaine|month|mes|mese|mois)\b|\b(daily|taglich\w{0,2}|quotidien\w{0,3}|giornalier\w|diari[oa]s?|diarios|gunluk|her gun|ayda|haftada|guaranteed|garantiert\w{0,2}|garanti\w{0,4}|garantit[oi]|garantizad[oa]|free|gratis|gratuit\w{0,3}|kostenlos\w{0,2}|ucretsiz|bedava|limited (places|seats|spots)|places? (limitees?|left)|posti limitati|plazas limitadas|cupos limitados|vagas limitadas|ultim[oa]s [0-9]{1,2}|last [0-9]{1,2}|nur noch [0-9]{1,2}|begrenzte platze|yer sinirli|son [0-9]{1,2} kisi|x ?10|10 ?x)\b|(يوميا|يومياً|كل يوم|مضمونة|مضمون|مجانا|مجاناً|مجاني|ببلاش|عدد محدود|اماكن محدودة|أماكن محدودة|[0-9]٪|٪ ?يوميا)/
    $x_join = /\b(join|reply|add me|unisciti|entra|iscriviti|rispondi\w{0,3}|rispondendo|prenota|unete|entra al|responde|respondiendo|reserva|rejoignez|rejoindre|repondez|repondant|reservez|beitreten|tritt|antworte|platz sichern|melde dich|entre|participe|responda|respondendo|garanta|katil\w{0,5}|eklen\w{0,4}|mesaj at\w{1,3}|yazin|scrivimi|mandami|mandame|escribeme|ecrivez-moi|envoyez-moi|schreib mir|message me|text me|me chama)\b|(انضم|للانضمام|الانضمام|اضيفك|ابعتلي|سجل|اضغط|كلمنا|راسلنا|رد بكلمة|ارسل نعم)/
    // a person's own group, class or shares ("the professor made the class group", "my stocks are up")
    $x_own = /\b(my (stocks|shares|portfolio)|meine aktien|mes actions|le mie azioni|mis acciones|minhas acoes|for the class|della classe|de la classe|de la clase|da turma|ders grubu|lerngruppe|exam group|study group for)\b/
    // a person asking about their own shares or a warning
    $own = /(نصب|احتيال|احذر|احذروا|هل أبيع|هل ابيع)|\b(dolandirici\w{0,4}|sahte|dikkat|scam|arnaque|betrug|truffa|estafa|golpe)\b/
  condition:
    (($ar_grp and $ar_stock and $ar_gain and $ar_join) or ($ar_inv and $ar_ctr)
      or ($tr_stock and $tr_grp and $tr_gain and ($tr_join or contact_count > 0)) or ($tr_inv and $tr_ctr)
      or ($x_mkt and $x_grp and $x_bait and ($x_join or contact_count > 0 or url_count > 0) and not $x_own))
    and not $own and sender_kind != "alpha" and sender_kind != "shortcode"
}

// West Africa's and India's Ponzi "placements" and contribution schemes from a person's number: a stake that comes
// back two or three times in days or weeks ("tu places 10.000 tu gagnes 30.000 en 7 jours", "put 20k, you go collect
// 60k for 2 weeks", "fa 200 cedis to mu na wobenya 600 nnanson akyi", "dugalal 10.000 nga jot 30.000 ci 7 fan",
// "10,000 kattunga 20 naalla 30,000 kidaikum"), or the money doubled or tripled by a placement, a cooperative, an
// ajo, esusu, susu, natt, njangi or committee with the crowd already in it (Ivorian and Cameroonian French, Pidgin,
// Nigerian English, Twi, Wolof, Hindi, Tamil). A rotating club's turn pays back what was put in: no multiplier.
rule invest_ponzi_placement_wa_in
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A Ponzi placement or contribution scheme from a person's number: put a sum in and collect two or three times it in days or weeks, or the money doubled or tripled by a placement, cooperative, ajo, esusu, susu, natt, njangi or committee the whole area is already in (Ivorian and Cameroonian French, Pidgin, Nigerian English, Twi, Wolof, Hindi, Tamil)"
  strings:
    // the stake, then the larger sum collected
    $sc_lat = /\b(places?|placez|deposes?|deposez|depose|verses?|versez|mets|mettez|mise|cotises?|cotisez|investis|investissez|put|pay|drop|contribute|invest|deposit|fa|to|dugalal|dugal|joxal|lagao|lagaiye|jama karo|kattunga|kattina|kattinaa|pottaa|potta|podunga)\b.{0,30}[0-9].{0,50}\b(gagnes?|gagnez|recois|recevez|retires?|retirez|ramasses?|ramassez|touches?|touchez|on te (verse|donne)|devient|collect|receive|cash ?out|give you|turn|get|w(o|ɔ)b(e|ɛ)nya|w(o|ɔ)b(e|ɛ)gye|nga jot|dinga jot|dinga am|pao|paiye|milenge|milega|kidaikum|kidaikkum|varum|vaanganga|vaangunga)\b/
    $sc_nl = /(लगाओ|लगाइए|जमा करो|जमा करें|कट்டினால்|கட்டினால்|கட்டுங்க|போட்டா|போடுங்க).{0,60}(पाओ|पाइए|मिलेंगे|मिलेगा|கிடைக்கும்|வாங்குங்க|வரும்)/
    // the short span: days, weeks or a month
    $time = /\b(en|dans|apres|au bout de|in|for|after|within|by|every|ci|me|mein) ([0-9]{1,2}|un|une|deux|trois|one|two|three|a|benn) ?(jours?|semaines?|mois|days?|weeks?|months?|fan|ayu bis|weer|din|hafte|mahine|mahina)\b|\bnext (week|month)\b|\bci (ayu bis|benn weer)\b|\bnna [0-9]{1,2} mu\b|\b(nnanson|nnaw(o|ɔ)twe|nnafua|bosome)\b|\b(naalla|naal la|naalil|vaaram la|maasathula|naal)\b|(दिन में|हफ्ते में|महीने में|நாளில்|நாள்ல|வாரத்தில்|மாதத்தில்)/
    // the money doubled or tripled
    $mult = /[0-9] devient [0-9]|\b(doubles?|triples?|doubled|tripled|multiplie\w{0,2} par [2-9]|multiply|bedoble|doble|dey double|go double|collect double|[2-9] times|[2-9]x|naari yoon|netti yoon|[2-9] yoon|paisa double|double (hota|ho jata|karo|karne|kar)|(do|teen) guna|double aagum|(moonu|rendu|irandu) madangu)\b|\bmm(o|ɔ)ho (mmienu|mmi(e|ɛ)nsa|abi(e|ɛ)sa)\b|(डबल|दोगुना|तीन गुना|இரட்டிப்பு|இரண்டு மடங்கு|மூன்று மடங்கு)/
    // the scheme and the crowd in it
    $scheme = /\b(placements?|cooperatives?|cooperative society|mutuelle|tontine|njangi|ndjangui|nda|ajo|esusu|susu|thrift|contribution (group|scheme|plan)|contribution|scheme|natt|mbootaay|committee|commitee|chit)\b|\b(tout le (quartier|monde)|tout (yopougon|abobo|douala|yaounde|le quartier)|whole (area|estate|street|church|village)|everybody (for|in) our|obiara (w(o|ɔ)|a)|kurom|nepp a ngi|goxbi|sab log|poora mohalla|oorey|area fulla)\b|(पूरा मोहल्ला|सब लोग|கமிட்டி|சீட்டு|ஊர் முழுக்க|எல்லாரும்)/
    // a warning, a loss told, or the club's own turn
    $warn = /\b(arnaque|escroquerie|escrocs?|bouffe|nnaadaa|nax la|doob gaye|mat lagana|police case|your turn|ton tour|sa tour)\b|\b(na|is|it's|its|hai|c'est|est) (a |une )?(scam|fraud|ponzi|arnaque)\b|\bscheme fraud\b|(धोखा|ठगी|மோசடி)/
  condition:
    (($sc_lat or $sc_nl) and $time and ($mult or $scheme or #sc_lat > 1)
      or $mult and $time and $scheme)
    and not $warn
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

// The pitch of the gold or FX arbitrage, the teacher's stock-tip group, the shares "before the IPO", the bitcoin
// group paying by the week and the guaranteed monthly yield, in Chinese (simplified, traditional and written
// Cantonese; three bytes a character), Japanese, Korean and Central American Spanish (accents folded): the asset or
// the scheme, the bait (a sure or guaranteed profit, the principal protected, a percent by the week or month, a
// multiple once listed, tomorrow's limit-up pick, free entry, few places) and the way in (a chat app, a group, a
// reply, "interested?"). A relative's shares, a seminar moved to another room and a bank's maturing deposit carry no
// bait and no way in.
rule invest_scheme_pitch_cjk_ca
{
  meta:
    action = "junk"
    weight = 2.5
    description = "Gold or FX arbitrage, a teacher's stock-tip group, unlisted shares before an IPO, a bitcoin group paying by the week or a guaranteed monthly yield: the asset, a sure or guaranteed profit, protected principal, a percent a week or month, a multiple once listed or a free pick, and a chat app, a group or a reply to join (Chinese simplified and traditional, written Cantonese, Japanese, Korean, Central American Spanish)"
  strings:
    $zh_asset = /(黄金|黃金|炒金|外汇|外匯|套利|股票|港股|美股|原始股|上市前|未上市|比特币|比特幣|基金|期货|期貨|数字货币|數字貨幣|投资|投資|理财|理財|保本|本金|隻股|只股)/
    $zh_bait = /(稳赚|穩賺|保本|保息|本金(有)?保障|零风险|零風險|无风险|無風險|保证收益|保證收益|保证收息|保證收息|每月回报|每月回報|月收益|月赚|月賺|每周收益|每週收益|每星期回報|周收益|固定收益|翻倍|翻(三|两|兩|二|十|[0-9])倍|涨停|漲停|爆升|暴涨|暴漲|带单|帶單|落单|落單|赚了[^,.?]{1,8}(万|萬|千)|賺咗[^,.?]{1,8}(万|萬|千)|[0-9] ?%|一成|[0-9]厘)/
    $zh_way = /(加我|加微信|加微|微信|whatsapp|telegram|\bline\b|进群|進群|入群|入我(哋|们|們)?群|进我(们|們)?群|拉你|群组|群組|回复|回覆|联系我|聯繫我|聯絡我|搵我|私聊|试试|試試|試吓|试吓|名额|名額)/
    $zh_own = /(我买的|我買的|我的股票|我隻股|骗子|騙子|骗局|騙局|诈骗|詐騙|小心|别信|別信|呃人|老公|老婆|阿爸|阿媽|爸,|媽,|妈,)/
    $ja_asset = /(株|銘柄|ゴールド|金投資|アービトラージ|裁定取引|\bfx|ビットコイン|仮想通貨|暗号資産|投資|ファンド)/
    $ja_bait = /(元本保証|確実|必ず(儲|稼|上が)|月利|週利|日利|利回り|配当|[0-9] ?倍|急騰|損失補填|無料|[0-9] ?%|リスクなし|ノーリスク)/
    $ja_way = /(\bline\b|ライン|テレグラム|telegram|whatsapp|返信|ご連絡|参加|友だち追加|友達追加)/
    $ja_own = /(私の株|うちの|詐欺|怪しい|気をつけ|お父さん|お母さん)/
    $ko_asset = /(주식|종목|비상장|상장|금 ?(차익|투자|시세|거래)|차익거래|코인|비트코인|선물|투자|펀드|원금)/
    $ko_bait = /(수익 ?보장|원금 ?보장|확정 ?수익|[0-9] ?%|[0-9] ?배|상한가|급등|무료|손실 ?보상|선착순)/
    $ko_way = /(카톡|카카오톡|텔레그램|오픈 ?채팅|단톡방|입장|회신|문의|추가)/
    $ko_own = /(사기|조심|아빠|엄마|여보|ᄏᄏ|ᅲᅲ)/
    $es_asset = /\b(acciones|accion|bolsa|oro|forex|divisas|arbitraje|bitcoin|cripto\w{0,8}|inversion\w{0,2}|invierta|invertir|rendimientos?)\b/
    $es_bait = /\b(garantizad[oa]s?|sin riesgo|antes de (salir a bolsa|cotizar)|valdran el (doble|triple)|va a subir (manana|hoy)|gano [^ ]{1,10} (dolares|colones) (por|a la|al) (semana|mes|dia)|gratis)\b|[0-9] ?% (mensual|semanal|diario|al mes|cada mes|por semana|a la semana)\b|\b(rendimiento|ganancia)s? (semanal|mensual|diari[oa])/
    $es_way = /\b(whats ?app|telegram|escribame|escribime|escribeme|unase|unirse|al grupo|su grupo|responda|le interesa|te interesa|le explico|pregunte)\b/
    $es_own = /\b(estafa|fraude|cuidado|compre|compraste|mis acciones|papi|mami|amor)\b/
  condition:
    ($zh_asset and $zh_bait and $zh_way and not $zh_own
      or $ja_asset and $ja_bait and $ja_way and not $ja_own
      or $ko_asset and $ko_bait and $ko_way and not $ko_own
      or $es_asset and $es_bait and $es_way and not $es_own)
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule invest_loan_blacklisted_no_payslip
{
  meta:
    action = "junk"
    weight = 2.5
    description = "A cash loan for the blacklisted, with no payslip, no credit check, no collateral or no documents, or paid in minutes from a person's number, applied for on WhatsApp or by sending an ID number (Southern Africa: English, Afrikaans, Chichewa, Shona, Portuguese)"
  strings:
    $loan = /\b(loans?|cash loans?|lening|lenings|kontantlenings?|ons leen|ngongole|chikwereti|zvikwereti|yechikwereti|chekukurumidza|tinokweretesa|emprestimos?|emprestamos|credito (facil|rapido|imediato|urgente))\b/
    // no check: blacklisted welcome, no payslip, no credit check, no collateral, no documents
    $nocheck = /\b(blacklisted|debt review|swartgelys|swartgelyste|swartlys|skuldberading|no payslip|without (a )?payslip|(without|no) bank statements|no credit checks?|without (a )?credit check|no documents|no collateral|sonder (betaalstrokie|kredietkontrole|bankstate|dokumente)|geen (betaalstrokie|kredietkontrole|kredietondersoek|dokumente)|popanda (payslip|chikole|kufufuza)|palibe (payslip|zikalata)|zopanda chikole|pasina (payslip|collateral|chibatiso|kutariswa)|hapana (payslip|magwaro)|sem (comprovativo|fiador|garantias|documentos|consulta de credito|analise de credito|recibo de salario|folha de salario)|lista negra|nome sujo)\b/
    // paid at once
    $fast = /\b(in minutes|paid in [0-9]{1,2}|within [0-9]{1,2} ?min|binne [0-9]{1,2} minute|mumphindi|mu mphindi|mkati mwa mphindi|mumaminitsi|em minutos|em [0-9]{1,2} minutos|na hora)\b/
    // the ask: an ID number, names, a WhatsApp number
    $id = /\b(send|sms|reply with|stuur|antwoord met|tumizani|tumira|utumire|envie|mande)\b.{0,40}\b(id|ids|id.nommer|id nr|bi|chiphaso|nrc|nuit|full names|jou naam)\b/
    $ask = /\b(whatsapp|watsapp|imbani|fonera|nyorera|lemberani|kontak ons|contacte.nos|fale connosco|sms us)\b/
  condition:
    $loan and ($nocheck or ($fast and sender_kind == "phone"))
    and ($id or $ask)
}

rule invest_group_income_intl
{
  meta:
    action = "junk"
    weight = 2.6
    description = "From a person's number: a professor's assistant inviting to a free stock-learning group with daily picks and a high accuracy (Indonesian, Malay); passive income from shares 'from N a month' (Ukrainian, Russian, Belarusian); gold investment with a monthly percentage and no risk (Arabizi); a susu or savings group that multiplies the money in two weeks (Krio, Twi, Ghanaian English); loans for civil servants at 1% (Nigeria) or for OFWs and seamen approved in minutes (Tagalog)"
  strings:
    // Indonesian and Malay: the professor's assistant or the professor's group, stocks, and the daily picks or accuracy
    $id_prof = /\b(asisten|pembantu)( dosen| peribadi| pribadi)? (prof|profesor)\b|\b(bersama|oleh|dipimpin|bimbingan) (prof|profesor)\b/
    $id_saham = /\bsaham\b/
    $id_pick = /\b(akurasi\w{0,3}|ketepatan|sinyal saham|isyarat saham|saham (pilihan|potensial|berpotensi|harian)|rekomendasi saham|cadangan saham)\b/
    // Ukrainian, Russian and Belarusian: passive income from shares "from N a month" (Cyrillic letters are two bytes)
    $cis_inc = /(пасивн|пассивн|пасіўн|дохід|доход|даход)|\b(pasyvn\w{0,3}|dokhid|dokhod)\b/
    $cis_share = /(акці|акци|акцый)|\baktsi\w{0,2}\b/
    $cis_from = /(від|от|ад) [1-9]|\b(vid|ot) [1-9]/
    $cis_month = /(на місяць|щомісяця|в месяц|у месяц|ежемесячно)|\b(na misyats|v mesyats|shchomisyatsia)\b/
    // Arabizi: gold, an investment or profit, and "no risk" or "guaranteed", with a percentage
    $ar_gold = /\b(dahab|thahab|zahab|dhahab|dahabeya)\b/
    $ar_inv = /\b[ei]st[aei](th|s|sh|t)m[ae]r\w{0,4}|\b(ar2ba7|arba7|arbah|rib7|ribh|reb7)\b/
    $ar_safe = /\b(mo5atra|mokhatra|mukhatara|mo5atara|risk|mdmon\w{0,2}|madmon\w{0,2}|madmoon\w{0,2}|mazmon\w{0,2})\b/
    $ar_pct = /[0-9] ?%/
    // Krio, Twi and Ghanaian English: a susu or savings group, two weeks, and the money multiplied
    $su_grp = /\b(o?susu|savings group)\b/
    $su_two = /\b(tu wik|2 wik|wan wik|two weeks|2 weeks|one week|nnaw(o|ɔ)twe (mmienu|abien|baako))\b/
    $su_mult = /\b(triple|double|tri tem|tu tem|x3|mmiensa|mmiɛnsa|yu go get|dem go pay yu|wobenya|beye gh|bɛyɛ gh)/
    $su_no = /\b(reminder|as usual|contribution)\b/
    // Nigeria: loans for civil servants at 1% or on the IPPIS number; Tagalog: loans for OFWs and seamen approved in minutes
    $cs = /\bcivil servants?\b/
    $loan = /\b(loans?|pautang)\b/
    $cs_rate = /\b1 ?%|\b(one|1) percent\b|\bippis\b/
    $cs_fee = /\bprocessing fee\b/
    $ofw = /\b(ofws?|seam[ae]n|seafarers?|marino)\b/
    $ofw_fast = /\b(approv\w{0,4}|aprub\w{0,5})\b.{0,30}\b(minutes?|minuto|mins?)\b|\b(walang|no) (collateral|co-?maker)\b/
  condition:
    sender_kind != "alpha" and sender_kind != "shortcode"
    and (($id_prof and $id_saham and $id_pick)
      or ($cis_inc and $cis_share and $cis_from and $cis_month)
      or ($ar_gold and $ar_inv and $ar_safe and $ar_pct)
      or ($su_grp and $su_two and $su_mult and not $su_no)
      or ($cs and $loan and $cs_rate and (contact_count > 0 or claim_count > 0 or phone_count > 0 or $cs_fee))
      or ($ofw and $loan and $ofw_fast))
}
