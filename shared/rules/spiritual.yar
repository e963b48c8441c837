// Spiritual lures: a man of God's "office" who saw a vision about you and asks for a call, a seed
// or an offering; a healer selling spells, luck and cures. Churches and mosques write to their
// members about services and offerings, never about a revelation concerning the reader that a
// payment or a call to an assistant will unlock.

private rule spirit_stranger
{
  condition:
    sender_kind != "alpha" and sender_kind != "shortcode"
}

// A number written as bare local digits after a contact word ("Tel 779405162", "appelez 77 940 51
// 62", "WhatsApp 07 08 12 34 30"): phone_count reads international and a few national forms only
private rule spirit_bare_number
{
  strings:
    $tel = /\b(tel|telephone|appelez|appeler|appelle|appelez-moi|contact|contactez|contactez-moi|joindre|whatsapp|whats app|cel|cell|portable)\b ?:? ?(le |au )?(\+|00)?[0-9]{1,2}[0-9][ .-]?[0-9]{1,2}[0-9][ .-]?[0-9]{1,2}[0-9]/
  condition:
    $tel
}

// An amount in leones or Liberian dollars as Sierra Leone and Liberia write it ("Le 500", "SLE 200",
// "LRD 2,000", "2000 leones"): the money count reads "NLe" and "LD$" but not these (and "le" is
// French too: only after a verb that pays or before the currency's name)
private rule spirit_wa_money
{
  strings:
    $le = /\b(send|sen|pay|gi|give|bring|transfer|sow|cost|costs|only|just|na)( me| mi| am| us)? (le|sle|lrd|ld)\.? ?[0-9]/
    $name = /[0-9] ?(leones|leone|liberian dollars|lib dollars)\b/
  condition:
    $le or $name
}

// A member's own gift already sent ("I have sent my tithe", "ya le yapee", "ja fiz o Pix", "nimetuma sadaka yangu"):
// a report to the pastor or the family, not an appeal
private rule spirit_own_gift
{
  strings:
    $own = /\b(i (have |had |already |just )?(sent|paid|transferred|gave)|i'?ve (sent|paid)|ya (le |te )?(yapee|deposite|transferi|envie|mande|di)|ja (fiz|mandei|enviei|transferi|dei)|fiz o pix|nimetuma|nimetoa|nimelipa|nimeshatuma|nsindise|mpeerezza|nweerezza)\b/
  condition:
    $own
}

rule spirit_cleric_revelation
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A pastor's, prophet's or imam's office says God showed them something about you, your family or your destiny, and asks for a call, a seed or an offering (English, Swahili); or, with no title, 'God showed me your name in a vision', 'God has shown me a vision about you, an attack is coming, call me to know what to sow', 'votre nom est sorti dans ma priere', with a prophecy, a danger or a sacrifice to make and a number, bare local digits included (West African English, Nigerian Pidgin, French); or a marabout, alfa or prophet of Sierra Leone or Liberia: your enemies are blocking your success, send Le or LD$ so I pray or make the sacrifice, wealth will come (English, Krio)"
  strings:
    $cleric = /\b(pastor|prophet|prophetess|bishop|apostle|evangelist|daddy g\.?o|mummy g\.?o|man of god|woman of god|imam|sheikh|ustaz|ustadz|mchungaji|nabii|spiritualist|native doctor|babalawo|seer|marabout|alfa|moriman|morimen|mori man|zoe (man|woman|priest|doctor|healer)|juju man|medicine man|country doctor)\b/
    $sign = /\b(vision|revelation|prophecy|prophetic|special prayers?|deliverance|anointing|anointed oil|sow a seed|seed of|seed offering|offering|sadaka|sadaqah|tithe|breakthrough|nikuombee|baraka)\b|\b(god|the lord|mungu|allah) (has )?((told|showed|shown|revealed|directed|instructed|led) (me|to me|a|an|something|your|this|that)|ameniambia|amenionyesha)\b|\b(was|were|has been) revealed to me\b|\b(cleansing|spiritual bath|enemies are|your enemies)\b/
    $you = /\b(bless you|about you|for you|concerning you|upon you|over you|your name|against you|your (family|destiny|life|home|marriage|finances|star|future|children)|nikuombee|upokee|akubariki|yako leo)\b/
    // no title, the vision itself: God showed the writer your name or your life ...
    // (Pidgin "God show me vision about you"; "a vision concerning you and your family")
    $rev_you = /\b(god|the lord|the holy spirit|holy ghost|the spirit|jesus|allah)\b.{0,20}\b(showed|shown|show|revealed|told|gave|brought)\b( me| to me)?.{0,40}\b(your (name|face|life|destiny|family|future|picture|number)|(something |a vision |a revelation |vision |revelation )?(about|concerning|regarding) (you|your))\b|\bi (saw|had|received|see|don see) (a |one )?(vision|revelation|dream) (about|concerning|regarding|over) (you|your)\b|\byour name (came|appeared|was revealed|popped up|came up|was shown)\b.{0,30}\b(vision|prayers?|dream|revelation|spirit)\b/
    // ... and the lure: a prophecy to hear, a danger, a sacrifice or a seed
    $rev_lure = /\b(prophecy|prophetic (word|message)|sacrifice|seed|offering|deliverance|spiritual attack|danger|calamity|evil (people|spirits?|forces|eye|plans?)|enemies|bad omen|misfortune|cleansing|something bad|attack (is )?(coming|against|on|upon)|under attack|wan attack|what to sow|(you|u) (will |go |must |should )?sow)\b/
    // Sierra Leone and Liberia (English, Krio): money asked so that the writer prays or makes the
    // sacrifice ("send Le 500 and I will pray for you", "sen Le 300 mek a pre fo yu") ...
    $wa_pay = /\b(send|sen|pay|gi|give|bring|transfer)\b.{0,40}\b(and|an|en|so|mek|make|then|den|for|fo)( that)? (i|a|ah|me|mi) (will |wil |go |can |shall |gon |de |to )?(pray|pre|do (the |di )?(work|prayer|sacrifice|sara)|make (the |di )?(sacrifice|sara|prayer)|mek (di |the )?(sara|sacrifice|pre)|cleanse|wash)\b|\b(send|sen|pay|gi|give|bring)\b.{0,40}\b(for|fo|to buy|fo bay) (the |di |a |one |your |yu )?(prayers?|pre|sacrifice|sara|sadaka|candles?|kola|white (cloth|fowl|chicken)|spiritual work|ram|sheep)\b/
    // ... and the trouble or the promise: enemies blocking your success, wealth that will come
    $wa_why = /\b(your|yu|ur) (enem(y|ies)|enemi|enimi)\b|\b(block|blocking|blocked|de blok|don blok|tie|tied|tying|holding|spoil|spoiling) (your|yu|ur) (success|progress|progres|blessing|blessin|luck|lok|star|destiny|way|road|marriage|business|bizines|money|moni|work|wok)\b|\b(wealth|riches|money|moni|blessing|blessin|blessings|luck|fortune|success) (will|go|gona|de go|don|shall) (come|kam|cam|flow|enter|meet)\b/
    // French: "votre nom est sorti dans ma priere", "Dieu m'a revele", "les esprits m'ont montre" ...
    $fr_rev = /\bvotre nom (est|a ete|m'a ete|m'est|etait) (sorti|apparu|revele|ressorti|tombe|venu|montre)\b|\b(dieu|le seigneur|l'esprit saint|le saint-esprit|les esprits|les ancetres|allah|mes genies|les genies)\b.{0,20}\b(m'a|m'ont|me l'a|me l'ont) (montre|revele|parle|dit|fait voir)\b|\b(j'ai|nous avons) (vu|eu) (une vision|un reve|une revelation)\b.{0,40}\b(vous|votre|vos)\b|\b(dans|pendant|lors de) (ma|mes|une) (priere|prieres|vision|consultation|consultations|meditation)\b.{0,60}\b(votre nom|vous concernant|sur vous|sur votre (vie|famille|avenir))\b/
    // ... a sacrifice to make, a misfortune to avert
    $fr_lure = /\b(sacrifices?|offrandes?|malheur|danger|drame|deces|accident|mauvais sort|envoutement|ennemis|attaque spirituelle|blindage|delivrance)\b/
  condition:
    spirit_stranger and (contact_count > 0 or phone_count > 0 or money_count > 0 or spirit_bare_number or spirit_wa_money)
    and (($cleric and $sign and $you) or ($rev_you and $rev_lure) or ($fr_rev and $fr_lure) or ($wa_pay and $wa_why))
    and not spirit_own_gift
}

rule spirit_cleric_airtime_request
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A 'pastor' or church leader from an unknown number asks for a recharge card, airtime or a small transfer, to be 'refunded tomorrow'"
  strings:
    $cleric = /\b(pastor|reverend|rev\.?|bishop|evangelist|deacon|elder|imam|sheikh|father)\b/
    $ask = /\b(send|buy|get) me (a |an )?([^ ]{1,8} )?(recharge cards?|airtime|credit|card|mtn card|glo card|airtel card)\b/
    $back = /\b(refund|pay|return)( it| you)?( back)? (tomorrow|later|soon|first thing)\b|\bi will refund you\b/
  condition:
    spirit_stranger and $cleric and $ask and $back
}

rule spirit_donation_handle
{
  meta:
    action = "junk"
    weight = 2.5
    description = "A stranger's appeal for a madrasa, mosque, temple, church, orphanage or foundation (orphans, poor students' food, building or repair of the place of worship), chain forwards included, asking a donation to a personal destination: a UPI id, PhonePe, GPay, Paytm, bKash, Nagad, JazzCash, Cash App, Venmo, e-wallet or bank account or IBAN, or 'this number' (Hinglish, roman Urdu, Hindi, romanised Bangla, Indonesian, Arabic, English); a mosque, a Quranic school, orphans or a temple in Tamil, Hausa and French, paid to Wave, Orange Money, Opay or an account, a number before its app ('9812340012 par Paytm') or a QR code to scan; a 'pastor's secretary' or a church member asking an offering, a tithe or a building fund for a church to a Pix key, a Yape, Nequi, Bizum or MB Way number, an account, a card or an alias, M-PESA, Tigo Pesa, Airtel Money or MoMo (Spanish, Portuguese, Swahili, Luganda, English)"
  strings:
    // the institution or the needy cause, in each language's own words
    $cause = /\b(madrasa|madrassa|madrasah|madarsa|madrase|madrasay|madrasar|madrasha|madrashar|masjid|masjider|mosjid|mosjider|moshjid|mosque|musholla|mushola|mushalla|surau|pesantren|ponpes|santri|mandir|temple|gurudwara|gurdwara|church|orphanage|orphans?|orphaned|yateem|yateemon|yatim|yatimkhana|yateem ?khana|etim|etimkhana|etim ?khana|anath|anathalay|anath ashram|gaushala|gau ?seva|panti asuhan|yatim piatu|poor (students|children|kids|families|widows)|widows|talaba|taleb ?e ?ilm|talib ?e ?ilm|hifz|huffaz|hafiz bachon|quran (class|classes|school|students)|gareeb (bachon|bachche|bachay|bachchon|logon|talaba)|garib (bachon|bachche|chatro|chhatro|chatrader)|gorib (chatro|chhatro|manush|shishu|bachcha)|building fund|tameer|tamir|nirman|renovasi|pembangunan|iglesia|iglesias|templo|igreja|igrejas|kanisa|kanisani|ekkanisa|kkanisa|ekanisa|pastor|mchungaji|omusumba|masallaci|masallacin|masallatai|islamiyya|makarantar allo|marayu|almajirai|almajiri|gidan marayu|mosquee|mosquees|orphelinat|orphelinats|orphelins|eglise)\b|(கோவில்|கோயில்|ஆதரவற்ற|அனாதை|ஆசிரம|கோசாலை|மசூதி|பள்ளிவாசல்|தேவாலய|மதரஸா|मदरसा|मदरसे|मस्जिद|मंदिर|गुरुद्वारा|अनाथ|यतीम|गौशाला|गौ सेवा|गरीब बच्च|निर्माण|مسجد|مساجد|مدرسة|الايتام|الأيتام|ايتام|أيتام|يتيم|تحفيظ|طلاب العلم|بناء|ترميم|جمعية خيرية|كفالة)/
    // the donation asked (or the chain's "forward it")
    $give = /\b(donate|donation|donations|contribute|contribution|any amount|kindly (help|support)|please (help|support|donate|bless)|support (us|our|these|the children|them)|help (us|our|these|the children|them)|sadqa|sadqah|sadaqah|sadaqa|sadka|sadaka|zakat|zakaat|zakah|lillah|fitra|fitrana|khairat|chanda|chandah|daan|dan (karein|karen|kijiye|kare|korun|koren|den)|imdad|madad (karein|karen|kijiye|kare|kar|farmaein|korun)|sahayata|sahyog|sahajjo|shahajjo|sahajjo korun|donasi|sedekah|sodaqoh|shodaqoh|sedekahkan|infaq|infak|wakaf|waqf|jariyah|jariah|uluran tangan|(kindly|please|pls|plz) send|send (something|anything|whatever|your (support|gift|offering|seed))|bless (us|them|these|the children)|jitna ho sake|koi bhi raqam|kuch bhi raqam|haisiyat|hissa (dalein|daalein|len|lein|milayein)|jotota (somvob|shombhob|sombhob)|mohon bantuan|bantu (kami|anak|pembangunan|santri|pesantren|panti)|forward (this|to [0-9])|aage (bhej|forward)|sebarkan|teruskan|offering|offerings|tithes?|pledge|sow|(your|a|the) seed|raising (funds|money)|fundraising|ofrenda|ofrendas|diezmos?|donacion|donativo|aporte|aporten|recaudando|recaudacion|colaboracion|apoyo|oferta|ofertas|ofertar|dizimo|dizimos|doacao|doacoes|contribua|contribuicao|arrecadando|arrecadacao|angariar|mchango|michango|changia|linachangisha|tunachangisha|fungu la kumi|harambee|ekiweebwayo|ebiweebwayo|kiweebwayo|okuwaayo|awaayo|obuyambi|oyambe|otuyambe|tuyambe|gudummawa|gudunmawa|ku taimaka|taimaka wa|taimako|votre don|vos dons|un don|faire un don|soutenez|aidez|aidez-nous)\b|(நன்கொடை|உதவுங்கள்|உதவி செய்|காணிக்கை|தானம்|योगदान|दान|सहयोग|सहायता|मदद|चंदा|ज़कात|जकात|تبرع|التبرع|ساهم|المساهمة|مساهمة|مساعدة|مساعدتكم|ساعدونا|صدقة|الصدقة|زكاة|الزكاة|ادعم|انشر)/
    // the personal destination: an app or wallet with its number, id or cashtag; a UPI id; a bank
    // account or IBAN with its digits; "this number"
    $app = /\b(upi( id)?|phone ?pe|gpay|g pay|google pay|paytm|bhim|bkash|bikash|bikas|nagad|rocket|jazz ?cash|easy ?paisa|cash ?app|venmo|zelle|opay|palmpay|m-?pesa|ovo|gopay|shopee ?pay|vodafone cash|stc ?pay|insta ?pay|account|a\/c (no|number)|acct (no|number)|ac no|ifsc|iban|rekening|norek|no rek|bank|pix|yape|yapear|plin|nequi|daviplata|bizum|mb ?way|cuenta|conta|tarjeta|clabe|momo|mtn|mobile money|airtel money|tigo ?pesa|halopesa|pochi la biashara|namba|nnamba|wave|orange money|moov money|moniepoint|palmpay)\b[^0-9]{0,24}(\+|[0-9]|\$[a-z]|@[a-z])|\balias:? ?[a-z]{1,20}\.[a-z]|\bdana( ke| ?:)? ?(08|\+62)|(यूपीआई|फोनपे|फ़ोनपे|गूगल पे|पेटीएम|खाता संख्या|खाता नंबर|खाता नं|बैंक खाता|رقم الحساب|رقم حساب|الحساب البنكي|حساب بنكي|الايبان|الآيبان|ايبان|آيبان|رقم المحفظة|فودافون كاش|انستاباي|إنستاباي).{0,40}[0-9]/
    // the number first ("9812340012 par Paytm karein"), or a QR code to scan
    $num_app = /[0-9] (पर|पे|par|pe|on|to|க்கு) (paytm|phone ?pe|gpay|google pay|upi|पेटीएम|फोनपे|फ़ोनपे)|\bscan (the |our |this )?qr\b|\bqr (code )?(scan|स्कैन)|(क्यूआर|qr) कोड (स्कैन|scan)/
    $vpa = /[a-z0-9]@(ybl|ibl|axl|okaxis|oksbi|okhdfcbank|okicici|paytm|upi|apl|yapl|ptyes|ptsbi|pthdfc|ptaxis|axisbank|icici|sbi|hdfcbank|kotak|airtel)\b/
    $this = /\b((to|on|par|pe|per|te|ke) (this|is|isi|iss|ei) (number|nombor|nombore|numbere|nomor|nomer)|(ei|is|isi) (number|nombor|nambar) (e|pe|par|per|te)|ei numbere|ei nombore|(nomor|nomer) (ini|wa ini))\b|(इस नंबर पर|इसी नंबर पर|इस नंबर पे|على الرقم|على هذا الرقم|لهذا الرقم|عبر الرقم)/
    // a congregation's own collection: a merchant line and a reference to quote (the member's name, envelope or
    // membership number), as a treasurer reconciles it; a stranger's appeal asks for neither
    $ref = /\b(merchant (number|no|line|code|id)|reference|referencia|kumbukumbu|membership (number|no)|envelope (number|no))\b/
    // a warning about such appeals, not one
    $warn = /\b(scam|scams|scammer|fraud|fraudster|fake|hoax|penipuan|modus|dhoka|dhokha|thagi|beware|savdhan|sabdhan|golpe|estafa|matapeli|utapeli|tahadhari|abafere|bufere)\b|(धोखा|फ्रॉड|ठगी|احتيال|نصب)/
  condition:
    spirit_stranger and $cause and $give and ($app or $vpa or $this or $num_app) and not $warn and not $ref and not spirit_own_gift
}

rule spirit_jinn_king
{
  meta:
    action = "junk"
    weight = 3.0
    description = "'I am the king of the jinn, wealth is in your fate, contact me in secret' (Bangladesh's jiner badsha scam)"
  strings:
    $jinn = /(জিনের বাদশা|জ্বীনের বাদশা|জীনের বাদশা|জিনের বাদশাহ)|\bjin(er|ner) badsha\b/
  condition:
    spirit_stranger and $jinn
}

rule spirit_healer_spell
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A traditional healer's, herbalist's or spell caster's offer: love spells, a lost lover brought back, luck, protection, jackpot wins, wealth, or cures for impotence and incurable illness, with a number to call (English, Swahili and Sheng, Luganda, Kinyarwanda, Amharic, Arabic: mganga, omusawo w'ekinansi, umuvuzi gakondo, the 'spiritual sheikh' who brings the beloved back and undoes magic); the West African spiritualist: ancestors or village people blocking your blessings, spiritual cleansing, money rituals, fast results or no blood, call (English, Pidgin of Ghana and Nigeria)"
  strings:
    $spell = /\b(love spells?|spell ?casters?|spell casting|bring back (your |ur )?(lost |ex[- ])?(lover|ex|partner|husband|wife|boyfriend|girlfriend)|return (your |ur )(lost |ex[- ])?(lover|ex|partner|husband|wife)|lost lover|(marriage|money|luck|lottery|jackpot|protection|revenge|divorce|pregnancy|fertility|powerful) spells?|lucky charms?|voodoo|juju|witchcraft|sangoma|herbalist|traditional (healer|doctor)|mganga|narudisha mpenzi|mvuto wa biashara|nasafisha nyota|utajiri|nguvu za kiume)\b/
    // Swahili: the healer's menu (medicine for luck, love or pull, bringing a lover back, a lucky
    // ring, winning a case or the betting jackpot); it counts with the healer or a second service
    $sw_who = /\b(mganga|waganga|daktari wa (jadi|kienyeji|tiba asili|mitishamba)|mtaalamu wa tiba (asili|za asili)|tabibu wa (jadi|asili)|dkt|dr)\b/
    $sw_love = /\b(dawa ya (mapenzi|mvuto|kurudisha)|kurudisha (mpenzi|mume|mke|aliyekuacha|mchumba)|mpenzi (aliyekuacha|arudi)|kupendwa na|kumteka (mpenzi|mume|mke))\b/
    $sw_luck = /\b(dawa ya (bahati|utajiri|biashara|kazi|kesi|nguvu|kuongeza)|pete ya (bahati|utajiri|mvuto|miujiza)|hirizi|kinga ya (mwili|nyumba|biashara|mali)|kushinda (kesi|bahati nasibu|jackpot|betting|bet)|mvuto wa (biashara|kazi)|nyota (ya bahati|kung'?aa)|kusafisha nyota)\b/
    // West Africa (English, Pidgin of Ghana and Nigeria): the spiritualist's story (your ancestors or the
    // village people blocking your blessings, spiritual cleansing, money rituals) ...
    $wa_rit = /\b(ancestors?|village people|enem(y|ies)|evil spirits?|marine spirits?)( [a-z]{1,12}){0,3} (are |is |dey |de )?(blocking|block|blocked|holding|hold|tying|tie|tied|spoiling|spoil|closing|stopping) (your|ur|yur|una) (blessings?|destiny|star|money|marriage|progress|success|breakthrough|business|luck|wealth|doors?)\b|\bspiritual (cleansing|bath|protection|fortification)\b|\bmoney rituals?\b|\b(open|opening|unlock|unlocking) (your |ur )?(doors?|ways?|gates?) (of|to) (blessings?|wealth|riches|success|favou?r|money)\b/
    // ... her fast results, guarantees or a rite with no blood ...
    $wa_fast = /\b(fast|quick|instant|immediate|speedy) (results?|answers?|manifestation)\b|\bresults? (in|within) [0-9]{1,2} ?(days|hours|hrs)\b|\b(100 ?%|guaranteed?) (results?|success|guaranteed|sure|working)\b|\b(no|without|wey no need|no need) (any )?(human )?(sacrifice|blood)\b/
    // ... or her title, with a number
    $wa_who = /\b(spiritualist|native doctor|herbalist|babalawo|oracle|mallam|fetish priest|juju priest|spiritual (father|mother|healer|doctor|home|temple))\b/
    // Swahili and Sheng, the menu widened: a lover brought back ("ex wako arudi"), customers pulled to a
    // shop, the betslip won ("kushinda mkeka"), a promotion at work
    $sw_more = /\b(mvuto wa mapenzi|kumrudisha (mpenzi|ex|mume|mke|mchumba)|ex wako (arudi|atarudi|arudi kwako)|kuvuta wateja|kuleta wateja|kushinda (mkeka|mikeka|odds|sportpesa|mechi|kamari)|kuzuia (talaka|mchepuko)|kumfunga (mpenzi|mume|mke))\b/
    // Luganda: the healer (omusawo w'ekinansi, omulaguzi, omusamize) and the menu (a lover brought back,
    // medicine for love or luck, a case or a bet won, customers)
    $lg_who = /\b(omusawo (w'|w)ekinansi|omusawo w'ekiganda|omusawo (wa )?(ddagala ly'ekinansi|lubaale|misambwa)|omulaguzi|omusamize|basamize|jjajja (lubaale|musoga|w'ekinansi|omusawo))\b/
    $lg_pow = /\b(okuzza (omwagalwa|omuganzi|muganzi|bba|mukyala|omukazi|omusajja)|omwagalwa (eyakuleka|akomewo|akudde)|eddagala ly'?(omukwano|omukisa|obugagga|bizinensi|ssente)|okuwangula (omusango|emisango|bet|betting|zzaala)|okufuna (abaguzi|bakasitoma|obugagga|omukisa)|abaguzi bangi|okunyweza obufumbo)\b/
    // Kinyarwanda: the healer (umuvuzi gakondo, umupfumu) and the menu
    $rw_who = /\b(umuvuzi gakondo|abavuzi gakondo|umuvuzi w'imiti gakondo|umupfumu|abapfumu|umuvuzi wa kinyarwanda|imiti (ya kinyarwanda|gakondo|y'ibyatsi|y'abakurambere))\b/
    $rw_pow = /\b(kugarura (umukunzi|uwo ukunda|umugabo|umugore)|umukunzi (wagutaye|wawe yaragutaye|aragaruka|azagaruka)|imiti y'?(urukundo|amahirwe|ubukire|ubucuruzi)|gukundwa n|gutsinda (urubanza|imanza|bet|betting|ikizamini)|kubona (abakiriya|akazi|ubukire|umugabo|umugore|umukunzi|urubyaro|amafaranga)|abakiriya benshi|kurinda (urugo|ubucuruzi)|amahirwe (mu|ku|y'?) ?(bucuruzi|kazi|rukundo|buzima)|(ira|ara|iza)mugarura|kumugarura)\b/
    // Amharic: the traditional healer or the sorcerer, a love charm, a lover returned, luck, customers, a court case
    $am_who = /(የባህል ሐኪም|የባህል ሀኪም|የባህል ህክምና|ባህላዊ ሐኪም|ባህላዊ ሀኪም|ጠንቋይ|ቃልቻ|መተት|መንፈሳዊ አዋቂ|የመንፈስ አዋቂ|አዋቂ ቤት|ባለ ዛር|ድግምት|የባህል መድሃኒት|የባህል መድኃኒት)/
    $am_pow = /(መስተፋቅር|ፍቅር|የሄደ|ትዳር|ዕድል|እድል|ንግድ|ደንበኛ|ፍርድ ቤት|ውርርድ|ቤቲንግ|ሀብት|ሲሳይ|ለስራ|ለሥራ)/
    // Arabic (Gulf, Egyptian, Maghreb): the "spiritual sheikh" and the menu: the beloved brought back, magic
    // undone, marriage eased, customers or money drawn, a case won
    $ar_who = /(شيخ روحاني|الشيخ الروحاني|معالج روحاني|المعالج الروحاني|شيخة روحانية|الشيخة الروحانية|روحاني مغربي|روحانية مغربية|ساحر|عراف|العراف)/
    $ar_pow = /(جلب الحبيب|رجوع الحبيب|ارجاع الحبيب|إرجاع الحبيب|رد الحبيب|عودة الحبيب|رد المطلقة|فك السحر|فك المربوط|فك العكوسات|فك النحس|تسهيل الزواج|زواج العانس|جلب الزبائن|جلب الرزق|جلب المال|محبة وقبول|المحبة والقبول|كسب القضايا|الفوز بالقضايا|سحر المحبة|خاتم سليماني|خواتم روحانية|تهييج)/
    // a warning about such healers, a sermon against them
    $ar_not = /(احذر|احذروا|نصاب|نصابين|احتيال|دجال|الدجالين|شعوذة|حرام|بلغوا)/
    // a film, a funeral rite, a warning
    $wa_not = /\b(movie|film|nollywood|scam|scammers?|fake|fraud|lol|haha|lmao|beware|funeral|libation)\b/
    $cure = /\b(mardana (kamzori|taakat|taqat|takat|kamjori)|weak erection|premature ejaculation|low sperm count|manhood|penis enlargement|enlarge (your|ur) (manhood|penis)|cure (hiv|diabetes|infertility|barrenness|fibroids|hepatitis)|(hiv|diabetes|infertility|barrenness|fibroids) (cure|healed))\b/
    // a herbal medicine named alone is the healer's too, but not a relative's treatment ("mum is taking herbal medicine")
    $herbal = /\bherbal (medicine|cure|remedy|mixture)\b/
    $herb_mine = /\b(my|mum|mom|mummy|dad|daddy|papa|grandma|granny|she|he|her|his|i'm|i am|taking|tomar|amar|bhai)\b/
  condition:
    spirit_stranger and ($spell or $cure or ($herbal and not $herb_mine) or (($sw_love or $sw_luck or $sw_more) and ($sw_who or (($sw_love or $sw_more) and $sw_luck)))
      or ($lg_who and $lg_pow) or ($rw_who and $rw_pow) or ($am_who and $am_pow) or (($ar_who and $ar_pow or #ar_pow >= 2) and not $ar_not))
      and (phone_count > 0 or contact_count > 0 or spirit_bare_number)
    or (spirit_stranger and $wa_rit and ($wa_fast or ($wa_who and phone_count > 0)) and (phone_count > 0 or contact_count > 0) and not $wa_not)
}

rule spirit_astrologer_solution
{
  meta:
    action = "junk"
    weight = 3.0
    description = "An astrologer's, tantrik's or marabout's guaranteed solution to love, marriage or family problems (vashikaran, black magic, kundli dosh, retour de l'etre aime, envoutement, chance aux jeux), or the seer's list (voyance, travaux occultes, richesse, magic wallet) in hours or days, or a vashikaran puja for a fee, or a 'grand voyant medium' paid after the result, or a 'Pr.', 'Professeur' or 'Maitre' listing love, luck and wealth with results guaranteed, or a marabout's or a 'grand guerisseur's' promise to win your court case or your exams, with a number to call (bare local digits count); or an amil baba's or peer sahab's spiritual healing ad (rohani ilaj, kala jadu or bandish removed, love marriage, husband and wife brought round) with a promise of a quick or guaranteed result; a love-problem baba's or vashikaran specialist's 'love problem solved in hours, guaranteed, call'; the Hinglish astrologer's list (kundli milan, a marriage delayed, losses in business, strife at home) solved by a guru of decades' experience, call; the astrologer by phone: a free kundli or horoscope report, love, career or shaadi problems solved, call guru ji or baba ji at a number: spam from any sender (Hinglish, roman Urdu, Hindi, Bengali, English, West African French)"
  strings:
    $problem = /\b(vashikaran|vasikaran|black magic|kala jadu|kaala jadu|love problem|love marriage problem|husband wife problem|pati patni (me |mein )?(jhagda|jhagada|anban|vivad|problem)|(ex|pyar|love|lover|girlfriend|boyfriend) (wapas|vapas|vaapas)|pyar me dhoka|shadi me rukawat|shaadi me rukawat|get your (love|ex) back|tantrik|tantra mantra|aghori|retour (immediat |rapide )?(de l'etre aimee?|de l'etre cher|de l'(homme|femme) aimee?|affectif)|(faire |fait |fais )?revenir l'(etre|homme|femme) aimee?|envoutement|desenvoutement|maraboutage|marabout|sorcellerie|mauvais sorts?|voyance|travaux (occultes|mystiques)|sciences occultes|retour d'affection|(retour|revenir) (de )?l'amour perdu|porte-?monnaie magique|portefeuille magique|multiplication (d'argent|de billets|des billets)|manchaha (pyar|prem|pyaar|jeevan ?saathi|jivan ?sathi|life ?partner)|(ladki|ladka|pati|patni|boss|saas|girlfriend|boyfriend|lover)( ko)? vash (me|mein|main|karein|kare|karo|karna)|love guru|(lost|your) love back|inter ?caste (love )?marriage (problem|solution)|one side(d)? love (problem|solution))\b|(वशीकरण|प्यार में धोखा|गृह क्लेश|सौतन|काला जादू|लव प्रॉब्लम|लव प्रोब्लम|मनचाहा (प्यार|प्रेम|जीवनसाथी)|पति पत्नी (में|का) (अनबन|विवाद|क्लेश)|(प्रेम विवाह|लव मैरिज) (में )?(रुकावट|समस्या)|तांत्रिक)/
    // a horoscope flaw: a temple's puja for it is a notice, not a lure, until a promise comes with it
    $dosh = /\b(kundli|manglik|shani|pitra|kaal sarp) dosh/
    $promise = /\b(100 ?% (guarantee|guaranteed|solution|result)|guaranteed (solution|result)|solution in [0-9]{1,2} ?(hrs|hours|days|ghante)|[0-9]{1,2} (ghante|ghanto|din) (me|mein) (solution|samadhan|result)|specialist|baba ji|babaji|astrologer|jyotish|ghar baithe (samadhan|solution|puja|ilaj)|pakka (ilaj|samadhan|solution)|(guarantee|gaurantee) (ke sath|ke saath|se)|nivaran (guarantee|guaranteed|pakka)|resultats? (garantis?|immediats?|rapides?)|100 ?% garantie?s?|garantie?s? a 100|efficacite garantie|discretion (assuree|totale|garantie)|resultat en [0-9]{1,2}|en [0-9]{1,2} ?(jours|heures|h)|travail (serieux|rapide|efficace)|chance aux jeux|gains? aux jeux|grand (marabout|maitre|voyant)|voyant medium|medium voyant|marabout (voyant|medium|africain|puissant|competent)|guru ji|pandit ji|love guru|gold medalist|world famous|fees after result|within [0-9]{1,2} ?(hrs|hours|days|ghante))\b|(बाबा|समाधान|घंटे में|गारंटी|स्पेशलिस्ट|विशेषज्ञ|गुरु जी|गुरुजी|पंडित जी|ज्योतिषी)/
    // a fee for the ritual itself, asked before any result
    $fee = /\b(puja|pooja|anushthan|havan) (fee|fees|charge|charges|kharcha|ka kharcha|dakshina)\b|\b(dakshina|fees?) (advance|pehle)\b/
    // a marabout's list of services beside the love return: "faire reussir vos affaires", "protection contre"
    // the French seer's own title and his "payment after the result"
    $seer = /\bgrande? (voyant|voyante|medium|marabout|maitre|guerisseur|guerisseuse|feticheur|spiritualiste)\b|\b(voyant|voyante) (medium|guerisseur|marabout|spirituel|africain)\b|\bmedium (voyant|voyante|africain|guerisseur|puissant)\b/
    $after = /\bpaiement (apres|a la fin|seulement apres) (le |les |la )?(resultat|resultats|satisfaction|travail|travaux|reussite)\b|\b(payez|vous payez|payer) (apres|a la fin|seulement apres) (le |les |la )?(resultat|resultats|satisfaction|travail|travaux|reussite)\b/
    $services_fr = /\b(gagner (un|le|vos|votre|ton|tes|ses) proces|victoire (dans|a|en) (vos |votre |ton |tes )?(proces|affaires judiciaires|justice)|reussite aux (examens|concours)|faire reussir|reussite (en|aux|dans|de vos)|chance aux jeux|protection contre|attirer (la )?clientele|rendre fidele|(gagner|gains?) (au|aux) (loto|jeux|pmu|paris)|richesse|enrichissement|devenir riche|porte-?monnaie magique|multiplication (d'argent|de billets|des billets))\b/
    // the seer by title ("Pr. Diallo", "Professeur Kone", "Maitre Bamba", a spiritualiste) and his menu, two
    // of the lives he mends side by side ("amour, chance, richesse") ...
    $fr_who = /\b(professeur|grand maitre|maitre|spiritualiste|voyante?|medium|guerisseur|feticheur|occultiste|marabout|cheikh|serigne|karamoko)\b|\bpr\. ?[a-z]/
    $fr_list = /\b(amour|chance|richesse|fortune|argent|travail|reussite|protection|fidelite|mariage|impuissance( sexuelle)?|desenvoutement|envoutement|loterie|ennemis|fertilite|sterilite)s? ?(,|\/|-|&|et) ?(l'|la |le |les |de l'|de la )?(amour|chance|richesse|fortune|argent|travail|reussite|protection|fidelite|mariage|impuissance|desenvoutement|envoutement|loterie|ennemis|fertilite|sterilite)s?\b/
    // ... with results guaranteed (a bare "in 30 days" is a friend's word too) ...
    $fr_sure = /\b(garantie?s?|garantit|garantissons|100 ?% (garanti|reussi|efficace|sur)|discretion (assuree|totale|garantie)|travail (serieux|rapide|efficace)|resultats? (immediats?|rapides?|en [0-9]))\b/
    // ... unless a teacher's, a lawyer's or a church's notice, or a friend's story
    $fr_not = /\b(cours|soutien|repetiteur|eleves?|ecole|lycee|avocat|cabinet|notaire|pasteur|eglise|culte|paroisse|prions|messe|mdr|lol|arnaques?|escrocs?|escroquerie|ma tante|maman|papa)\b/
    // roman Urdu and Hinglish: the amil baba's or peer sahab's title ...
    $amil = /\b((amil|aamil|amel) (baba|babaji|sahab|sahib|saheb|bangali|hazrat|pir|peer|ji)|(peer|pir) (sahab|sahib|saheb|baba|babaji)|bangali (baba|amil|aamil)|(rohani|roohani|ruhani) (amil|aamil|ilaj|elaj|moalij|ilm|taqat|madad)|spiritual heal(er|ing)|black magic (removal|expert|specialist)|istikhara (center|centre|online|service))\b/
    // ... the troubles he removes ...
    $ur_problem = /\b(kala jadu|kaala jadu|kala jaadu|kala ilm|sifli (jadu|ilm|amal)|jadu tona|jaadu tona|bandish|bandhish|black magic|love problem|love marriage|mohabbat (mein|me|main) (nakami|nakaami|kamyabi|kaamyabi)|pasand ki (shadi|shaadi)|manpasand (shadi|shaadi)|shohar (biwi|bivi)|miyan biwi|mian biwi|shohar ko (qabu|kabu|kaboo|raazi|razi|wapas)|mehboob (wapas|ko qabu|ko kabu)|sautan|(shadi|shaadi|rishte|rishton|karobar|kaarobar|kaam) (mein|me|main) (rukawat|rukawaten|bandish|deri|nuqsan)|taweez|taveez|tawiz|buri nazar|jinnat|jin ka saya|asrat|asraat)\b/
    // ... and the ad's promise
    $ur_promise = /\b(har (masle|masla|maslay|mushkil|pareshani|problem) (ka|ki) (hal|ilaj|solution)|[0-9]{1,2} (ghante|ghanton|ghanto|gante|din|dino|dinon) (mein|me|main) (hal|ilaj|kaam|result|solution|khatam|kamyabi)|100 ?% (gaurantee|guarantee|guaranteed|hal|ilaj|result|kamyabi)|(guarantee|gaurantee|gurantee) (ke sath|ke saath|se|wala|ke sath hal)|(foran|fauran|fori|fouri) (hal|ilaj|natija|rabta|call)|(ghar baithe|online) (ilaj|hal|istikhara)|removal|ka tor|ka tod|ka khatma)\b/
    // Bengali (three bytes a letter): vashikaran, a love or husband-and-wife problem, black magic, a
    // tantrik ...
    $bn_problem = /(বশীকরণ|বশীকরন|বশিকরণ|প্রেমের সমস্যা|ভালোবাসার সমস্যা|ভালবাসার সমস্যা|লাভ প্রবলেম|প্রেমে ব্যর্থ|হারানো প্রেম|স্বামী স্ত্রীর (অশান্তি|ঝামেলা|সমস্যা|কলহ|মনোমালিন্য)|স্বামী-স্ত্রীর (অশান্তি|ঝামেলা|সমস্যা|কলহ|মনোমালিন্য)|কালো জাদু|তন্ত্র মন্ত্র|তান্ত্রিক)/
    // ... solved in hours, guaranteed, by a specialist or a baba
    $bn_promise = /(গ্যারান্টি|গ্যারেন্টি|100 ?% (সমাধান|ফল|রেজাল্ট)|ঘন্টায় সমাধান|ঘণ্টায় সমাধান|ঘন্টার মধ্যে|ঘণ্টার মধ্যে|দিনের মধ্যে সমাধান|দিনে সমাধান|বিশেষজ্ঞ|স্পেশালিস্ট|জ্যোতিষী|জ্যোতিষ সম্রাট|(তান্ত্রিক|বাঙালি|বাঙ্গালি|আমিল) বাবা|বাবাজি|বাবা জি|গুরুজী|গুরুজি|পণ্ডিত|পন্ডিত)/
    $bn_call = /(কল করুন|কল করো|ফোন করুন|ফোন করো|যোগাযোগ করুন|যোগাযোগ).{0,30}[0-9]/
    // Hinglish: the astrologer's list (horoscope matching, a marriage delayed, losses in business,
    // strife at home) ...
    $hg_prob = /\b(kundli|kundali|janam kundli|horoscope|gun) (milan|matching|match)\b|\b(shadi|shaadi|vivah|marriage) (me|mein|main|mai) (deri|der|delay|rukawat|badha|baadha|problem|samasya|pareshani)\b|\b(business|karobar|karobaar|vyapar|vyapaar|dhandhe|dhande|naukri|job) (me|mein|main|mai) (nuksan|nuksaan|nukasan|ghata|ghaata|loss|rukawat|problem|samasya|pareshani)\b|\b(grih|gruh|griha|gharelu|parivarik) (kalesh|klesh|kalah|ashanti|jhagda|jhagde|jhagada)\b|\bghar (me|mein|main|mai) (kalesh|klesh|kalah|ashanti|jhagda|jhagde)\b|\bsaas bahu (ka |ke )?(jhagda|jhagde|kalesh|problem)\b|\bsantan (sukh|prapti)\b/
    // ... solved ...
    $hg_solve = /\b(samadhan|samadhaan|solution|solutions|nivaran|upay|upaay|ilaj|ilaaj|remedy|remedies)\b/
    // ... by a guru of decades' experience, famous, guaranteed
    $hg_exp = /\b[0-9]{1,2}\+? ?(saal|sal|saalon|varsh|varshon|years?|yrs) (ka |ke |ki |of )?(anubhav|anubhavi|experience|exp)\b|\b(experience|anubhav) (of )?[0-9]{1,2}\+? ?(saal|sal|years?|yrs)\b|\b(famous|world famous|prasiddh|prasidh|vikhyat|mashhoor|gold medalist|no\.? ?1|number 1|best) (astrologer|jyotishi|jyotish|pandit|guru ?ji|acharya|jyotishacharya|baba ?ji)\b|\b(guarantee|guaranteed|gaurantee|pakka)\b|100 ?%/
    // the astrologer by phone (English, Hinglish): a free kundli or horoscope report, a list of lives he
    // mends ("love, career, shaadi problem"), a guru ji or baba ji to call at a number
    $as_free = /\bfree (janam |online |personal |detailed |full |complete )?(kundli|kundali|horoscope|birth chart|janam ?patri|janampatri|janmapatri|astrology (reading|consultation|report)|prediction|predictions)\b/
    $as_dom = /\b(love|career|shaadi|shadi|marriage|vivah|job|naukri|business|family|money|health|education|foreign|visa|divorce|santan|child)( ka| ki| ke)? (problems?|issues?|samasya|samasyaen|pareshani|prediction|report)\b/
    $as_list = /\b(love|career|shaadi|shadi|marriage|vivah|job|naukri|business|family|money|health|education|foreign|visa)( ?(,|\/|&|\+) ?| (and|aur|or|ya) )(love|career|shaadi|shadi|marriage|vivah|job|naukri|business|family|money|health|education|foreign|visa)\b/
    // a relative's or a friend's own chart: "free kundli bana diya tere liye"
    $as_mine = /\b(tere|tera|teri|tujhe|tumhare|tumhari|tumhara|bana diya|banwa di|banwayi|dekh li|dekha)\b/
    $as_guru = /\b(guru ?ji|baba ?ji|pandit ?ji|acharya ?ji|swami ?ji|maharaj ?ji|astrologer|jyotishi|jyotish ?acharya|jyotishacharya)\b/
    // a family's own news of a match or a remedy
    $hg_mine = /\b(maine|mummy|mumma|papa|didi|bhaiya|bhai|bhabhi|jiju|yaar|chacha|chachi|mausi|mama|mami|dadi|nani|bataya|batayi|karwaya|karwayi|karaya|lol)\b/
  condition:
    ((($problem or $dosh) and ($promise or $services_fr or $after)) or ($problem and $fee) or ($seer and ($after or $services_fr))
     or ($amil and ($ur_problem or $problem) and ($ur_promise or $promise))
     or ($hg_prob and $hg_solve and $hg_exp and not $hg_mine)
     or ((($as_free and ($as_dom or $as_list)) or ($as_list and $as_dom and $hg_solve)) and $as_guru and phone_count > 0 and spirit_stranger and not $hg_mine and not $as_mine)
     or ($fr_who and $fr_list and $fr_sure and not $fr_not))
    and (phone_count > 0 or contact_count > 0 or url_count > 0 or spirit_bare_number)
    or ($bn_problem and $bn_promise and (phone_count > 0 or contact_count > 0 or url_count > 0 or spirit_bare_number or $bn_call))
}


rule spirit_illuminati_recruit
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Illuminati or 'great brotherhood' recruitment: join and become rich, famous and powerful, no human sacrifice, a membership or initiation fee, call the agent (English of Nigeria, Ghana, Sierra Leone, Kenya and Uganda; French)"
  strings:
    // the society: named, or a "brotherhood" that needs the ritual reassurance or the fee and agent
    $ill = /\b(illuminati|iluminati|illuminatti|illuminaty|illumanati|ilumanati|secret societ(y|ies)|free ?masons?|free ?masonry|franc-?macon\w{0,6}|societes? secretes?|temple of illumination|occult (kingdom|society|group|brotherhood|world))\b/
    $bro = /\b(brotherhood|fraternity|confreries?)\b/
    $join = /\b(join|joining|jon|become (a |one of )?(our )?members?|membership|initiat(e|ed|ion)|recruit\w{0,4}|enrol\w{0,4}|rejoindre|rejoignez|rejoins|adherer|adherez|adhesion|devenir membre|devenez membre|integrer|integrez|recrutement|recrute)\b/
    // the promise: riches, fame, power, a monthly payment, a car and a house
    $lure = /\b(rich|riches|richer|wealth|wealthy|famous|fame|powerful|millionaire|billionaire|millions?|monthly (salary|payment|benefits?|income|allowance)|(a|your) (new |dream )?(car|house|mansion)|riche|richesse|fortune|celebre|celebrite|pouvoir|gloire|puissance|milliardaire|salaire mensuel)\b/
    // the reassurance about rituals, the fee, the agent
    $safe = /\b(no (human )?(sacrifices?|blood|rituals?|killing)|without (any )?(human )?(sacrifices?|blood|rituals?)|(no one|nobody) (will|would|shall) (be )?(harmed|killed|sacrificed)|sans (aucun |aucune )?(sacrifices?|sang|rituels?)|(aucun|pas de) (sacrifices?|sang|rituels?))\b/
    $fee = /\b(membership|registration|initiation|joining|enrollment|enrolment) (fees?|charges?)\b|\bfrais (d'adhesion|d'inscription|d'initiation|d'integration)\b/
    $agent = /\b(agents?|grand ?master|high priest|our master|recruiter|grand maitre|l'agent|maitre)\b/
    // a person talking about the rumour or warning about the scam
    $warn = /\b(scams?|scammers?|fake|fraud|hoax|lol|lmao|haha|beware|arnaques?|arnaqueurs?|escrocs?|escroquerie|mdr)\b/
  condition:
    spirit_stranger and not $warn
    and ($ill or $bro) and $join and $lure and ($safe or $fee or $agent) and ($ill or $safe or ($fee and $agent))
    and (phone_count > 0 or contact_count > 0 or email_count > 0 or url_count > 0 or spirit_bare_number)
}

// The seed offering: a pastor, prophet or prayer line says the Lord put the reader on their heart (or
// showed them the reader's breakthrough) and asks to "sow a seed" of a sum to an account, a wallet or a
// money transfer, to receive a blessing, a miracle or a breakthrough (English, Jamaican Patois, Spanish,
// Haitian Creole; accents folded). A church's own notice of an offering speaks to all, not a word from God
// about the reader; without that word, only a titled writer, a sum, a deadline and the blessing promised
rule spirit_seed_offering
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A pastor, prophet or prayer line says the Lord put you on their heart or gave them a word for you, and asks you to sow a seed of a sum by an account, a wallet or a money transfer to receive a breakthrough, a blessing or a miracle; or a titled prophet's seed of a sum before a deadline for the blessing (English, Jamaican Patois, Spanish, Haitian Creole)"
  strings:
    // the word from God about the reader
    $word_en = /\b(put|placed|laid|lay|pressed|dropped|put yuh|put yu) (you|your name|yuh|yu|u|ur name|yuh name) (on|upon|pon|in) (my|mi) (heart|spirit)\b|\b(you|yuh|yu|u|your name) (were|was|have been|came|come|deh|is|keep coming) (on|pon|upon) (my|mi) (heart|spirit)\b|\b(god|the lord|lord|holy spirit|holy ghost|jesus|di lawd|di lord|jah|gad)( has| just| jus| have| did)? (told|showed|shown|revealed|spoke|spoken|tell|show|seh|sey|gave|give|gi)( to)? (me|mi)\b.{0,40}\b(you|your|yuh|yu|u|ur)\b|\b(a|one|this) (prophetic |special |direct )?word (for|fi|concerning|about) (you|yuh|yu|u)\b/
    $word_es = /\b(dios|el senor|jesus|jesucristo|el espiritu santo|el espiritu|jehova)\b.{0,30}\b(me (mostro|revelo|dijo|hablo|puso|mando)|te puso|puso tu nombre)\b|\b(te|tu nombre) (puso|ha puesto|pone|esta) en mi corazon\b|\bpalabra (profetica |de dios )?(para ti|para usted|para tu vida)\b/
    $word_ht = /\b(bondye|senye a|jezi|lespri (sen|bondye)|letenel)\b.{0,30}\b(mete (w|ou|non w|non ou)|montre (m|mwen)|di (m|mwen)|revele (m|mwen))\b|\b(yon )?(pawol|mesaj|revelasyon) (pou ou|pou w|pou oumenm)\b|\bnan ke (m|mwen)\b/
    // the seed asked
    $seed = /\b(sow|sowing|plant|release)\b.{0,20}\bseeds?\b|\bseed (of|offering|a|fi)\b|\b(faith|covenant|prophetic|breakthrough|harvest|kingdom|miracle|special) (seed|offering)\b|\b(siembra|siembre|siembrale|sembrar|sembrad|sembremos|sembrale|siembras)\b.{0,20}\b(semilla|ofrenda|pacto)\b|\b(semilla|ofrenda|pacto) (de fe|de pacto|profetic[oa]|especial|de (\$|[0-9]))|\b(simen|plante|bay|voye)\b.{0,20}\b(semans|grenn|ofrann)\b|\bsemans (lafwa|benediksyon|pwofetik|de|pou)\b/
    // what it buys
    $gain = /\b(breakthrough|breakthru|blessings?|blessin|miracle|harvest|favou?r|increase|double portion|open doors?|financial (release|freedom|miracle)|bendicion|bendiciones|milagro|prosperidad|cosecha|victoria|puertas abiertas|benediksyon|mirak|gras|deblokaj|delivrans|rekot|pwosperite|chans)\b/
    // where the money goes: an app, an account, a money transfer, a sum in local money
    $dest = /\b(cash ?app|zelle|venmo|paypal|chime|western union|moneygram|money ?gram|remitly|worldremit|lynk|account|acct|routing|bank|cuenta|deposita|deposite|depositar|transferencia|transfiere|transfiera|nequi|daviplata|yape|plin|oxxo|moncash|natcash|kont|sou kont)\b|\$[a-z]|[0-9] ?(goud|gouds|gourdes|dola|pesos|jmd|usd)\b/
    // the titled writer, the deadline
    $title = /\b(prophet|prophetess|apostle|pastor|bishop|evangelist|prayer line|prayer warrior|man of god|woman of god|profeta|profetisa|apostol|evangelista|pwofet|paste|apot|sevite bondye)\b/
    $soon = /\b(before midnight|tonight|today|within [0-9]{1,2} (hours|hrs|days)|in [0-9]{1,2} days|antes de (la )?medianoche|hoy mismo|esta noche|en [0-9]{1,2} (horas|dias)|jodi a|aswe a|anvan minwi)\b/
    // a warning about it, or the writer's own story
    $warn = /\b(scam|scams|scammer|fraud|fake|beware|estafa|estafador|fraude|cuidado|eskwoke|atansyon|lol|lmao|haha|jaja)\b/
  condition:
    spirit_stranger and $seed and $gain and not $warn
    and (($word_en or $word_es or $word_ht) and ($dest or money_count > 0)
      or ($title and $soon and money_count > 0 and $dest))
}
