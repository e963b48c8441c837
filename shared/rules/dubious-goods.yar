// Dubious goods and services pushed to strangers: counterfeit luxury goods, miracle weight-loss
// products, search-ranking and business-funding solicitations. Written for the families, not from
// any corpus message.

// a seller's ask to write, order or message, beyond the contact words counted in contact_count (English, German,
// French, Italian, Spanish, Portuguese, Turkish, Gulf and Egyptian Arabic): "DM me", "schreib uns", "ecris-moi",
// "scrivimi", "mandame un mensaje", "envie mensagem", "mesaj atin", "siparis icin", "للطلب"
private rule goods_ml_ask
{
  strings:
    $a = /\b(dm (me|us)|text me|message (me|us)|order (now|today|yours|here)|schreib(t)? uns|melde dich|bestell\w{1,4}|ecris-moi|ecrivez-moi|envoyez-moi|commandez|pour commander|scrivimi|scrivici|mandami|ordina\w{0,2}|contattami|contattaci|manda\w{0,3} (un )?mensaje|mandame|pide ya|pedidos|haz tu pedido|encomende|encomendas|envie (uma )?mensagem|faca (o )?seu pedido|mesaj at\w{1,3}|siparis\w{0,4}|arayin|hemen ara|bana yaz\w{0,3}|whats ?app|telegram)\b|(واتس|للطلب|للتواصل|للاشتراك|اطلب|كلمنا|كلمني|راسلنا|راسلني)/
  condition:
    $a
}

rule goods_replica_luxury
{
  meta:
    action = "junk"
    weight = 2.6
    description = "Counterfeit luxury goods offered with a link, a contact or an Instagram handle: replica, 1:1, master or first copy watches, bags, sneakers (Rolex, Omega, Gucci), often at a rupee or dirham price with cash on delivery (English; India, the Gulf)"
  strings:
    $rep = /\b(replica|replicas|knock-?offs?|1:1 (mirror |top |aaa )?(quality|copy|copies|clone|kalite|qualitat|qualite|qualita|calidad|qualidade)|(quality|kalite|qualitat|qualite|qualita|calidad|qualidade) 1:1|calidad (espejo|aaa)|qualidade (espelho|aaa)|primeira linha|birebir( kalite)?|aaa (quality|grade)|mirror (quality|copy)|super ?fake|first copy|master copy|7a (quality|grade)|designer-inspired)\b/
    $goods = /\b(watch|watches|bags?|handbags?|purses?|sneakers|shoes|belts?|wallets?|sunglasses|rolex|omega|cartier|louis vuitton|gucci|chanel|hermes|prada|dior|jordans?|yeezys?|hublot|patek philippe|audemars piguet|tag heuer|rado|balenciaga|ysl|versace|fendi|burberry)\b/
    // the seller's Instagram or TikTok page ("DM on Instagram @lux.watch", "Insta: @...")
    $ig = /\b(insta|instagram|tiktok)( id| page| handle)? ?:? ?(@|dm)|\big ?: ?@|\bdm (us |me )?(on |at )?(insta|instagram|ig)\b/
    // a buyer's own story: "my cousin bought a first copy", "maine 1500 me liya tha"
    $own = /\b(bought|purchased|maine|mene|liya tha|li thi|kharida|kharidi|mangwaya|mangwayi|lol|haha|lmao)\b/
    // with a word of contact alone, the seller's terms: cash on delivery, delivery, in stock, order
    // Arabic, Turkish, German, French, Swedish: "ماستر كوبي", "replika", "a+ kalite", "repliques", the goods in their words
    $rep_x = /\b(replika|replikas|repliken|repliques?|replikor|replikat\w{0,2}|aaa kalite|a\+ kalite)\b|(ماستر كوبي|ماستر كواليتي|كوبي ون|هاي كوبي|تقليد درجة|درجة اولى|درجة أولى|طبق الاصل|طبق الأصل)/
    $goods_x = /\b(uhren|taschen|handtaschen|saat|saatler|canta|cantalar|cuzdan\w{0,3}|montres?|sacs?|klockor|klocka|vaskor|vaska|relojes|orologi|relogios|bolsos|bolsas|borse|malas)\b|(ساعات|شنط|شنطة|حقائب|رولكس|شانيل|جوتشي|قوتشي|لويس فيتون|ديور|كارتير)/
    $sell_x = /\b(kapida odeme|kargo|versand|lieferung|nachnahme|livraison|leverans|consegna|contra ?reembolso|pago al recibir|entrega|cobranca|pay when you receive|photos|fotos|catalogo|katalog)\b|(الدفع عند الاستلام|التوصيل|توصيل)/
    $ask_ar = /(واتس|للطلب|للتواصل|كلمنا|كلمني|راسلنا)/
    $sell = /\b(cash on delivery|cod|free (shipping|delivery)|(shipping|delivery) (all over|across|available|in|worldwide)|ships? worldwide|in stock|available|order (now|today|on|via)|wholesale|best (price|quality)|top quality|catalogu?e|price list|whats ?app|dm)\b/
  condition:
    ($rep or $rep_x) and ($goods or $goods_x) and not $own
    and (url_count > 0 or phone_count > 0 or $ig or ((contact_count > 0 or $ask_ar or goods_ml_ask) and ($sell or $sell_x)))
}

rule goods_diet_miracle
{
  meta:
    action = "junk"
    weight = 2.5
    description = "A weight-loss product pushed to a link: 'lose 20 lbs in 30 days', keto or slimming gummies, pills, drops or patches; a miracle cure sold by phone or WhatsApp, cash on delivery, from a number or an Indian header: kilos in days without gym or diet, diabetes controlled naturally with no more insulin, joint, knee or back pain gone forever, fair skin in 7 days, '100% Ayurvedic or herbal, no side effects'; a hair-fall kit, onion or herbal hair oil or weight-gain powder (hair fall stopped, new hair, kilos gained) at a rupee price, cash on delivery, from a number (English, Hinglish, Hindi; fairness creams in Bengali and English); weight loss in Gujarati and French, hair-growth oil in Malayalam, with a contact; West Africa's skin-lightening creams and slimming teas ('perdez 8 kg en 3 semaines', 'teint clair en 7 jours') delivered in named cities, order by phone (French); West Africa's aphrodisiacs and female enhancement (kayanmata, 'make him stay', tighten) with discreet nationwide delivery, ordered by phone (English, Pidgin); enlargement, enhancement and slimming remedies paid on delivery or delivered discreetly, from a number (English with the Caribbean's man-power and stamina pills, Swahili, Arabic, Amharic, Vietnamese); herbal juice or medicine for several chronic conditions (weight loss, sugar control, BP control) with a free consultation or 'call Dr. X', from a number (English, Hinglish); slimming pills and teas ('pastillas pa rebajar', 'te rebajador') and men's pills ('pastillas pa hombre', 'potencia y duracion') sold discreetly by WhatsApp (Dominican Spanish); a diet pill or appetite suppressant with a miracle ('10kg in a month', 'just take it', 'no rebound') ordered by KakaoTalk, Telegram or an ID from a person's number, '(광고)' tag or not (Korean)"
  strings:
    $loss = /\b(lose|burn|drop|shed|melt) (up to )?[0-9][0-9]? ?(lbs|pounds|kg|kilos)\b|\b(melt|burn|torch) (belly |stubborn )?fat\b/
    $product = /\b(keto|diet|slimming|slim|weight ?loss|fat ?burn(ing|er)?|detox|glp-?1|appetite|cbd|thc|delta-?8|hemp) (gummies|pills|capsules|caps|tea|drops|patch|patches|shots?|formula|supplement|oil)\b/
    // the miracle itself: kilos in days, with nothing but a herbal formula
    $miracle = /\b(100% (natural|herbal|ayurvedic)|ayurvedic|herbal (formula|capsules?|powder)|no (diet|dieting|exercise|gym)|without (diet|dieting|exercise|gym))\b/
    $push = /\b(order|buy|shop|claim|get yours|try it|rush|free bottle|free trial|[0-9][0-9]?% off|discount|limited (stock|supply)|pay on delivery|payment on delivery)\b/
    // the miracle cure sold by phone or WhatsApp, cash on delivery (India): the claim no medicine makes
    // (kilos in days, diabetes cured naturally or no more insulin, joint pain gone forever, fair skin in
    // days), a 100% Ayurvedic, herbal or no-side-effects formula, and an order or a delivery
    $mc_claim = /\b[0-9]{1,2} ?(kg|kilo|kilos) (tak )?(wajan|vajan|wazan|weight|motapa|charbi|fat) (kam|ghataye|ghatayen|ghataen|ghatao|ghatayein|reduce)|\b(wajan|vajan|wazan|motapa|charbi) (kam|ghataye|ghatayen|ghataen|ghatao|khatam|gayab) (karein|karen|kare|karo|kijiye|hoga|ho jayega)\b|\b(diabetes|sugar|blood sugar|madhumeh)( ko| ki bimari)? (naturally|natural tarike se|jad se|permanently|hamesha ke liye|forever) (control|khatam|cure|thik|theek|reverse|gayab|free)|\b(control|cure|reverse|khatam|end|beat) (your )?(diabetes|sugar|blood sugar)( level| levels)? (naturally|permanently|forever|jad se)\b|\bno more insulin\b|\binsulin[- ]free\b|\b(stop|quit|chhodo|chhodein|chhod den|band karein) (taking |lena |ka )?insulin\b|\binsulin (ki |ka )?(zarurat|jarurat|zaroorat|jaroorat|injection|jhanjhat) (khatam|nahi|nahin|band)\b|\b(joint|joints|knee|knees|back|kamar|ghutno|ghutnon|ghutne|jodo|jodon|neck|gardan|sciatica|arthritis|gathiya)( ka| ke| ki)? (pain|dard)\b.{0,40}\b(gone forever|forever|permanently|jad se|hamesha ke liye|gayab|chhutkara|chutkara)\b|\b(pain|dard) (gone|free|khatam|gayab) (forever|hamesha ke liye|permanently)\b|\b(fair|fairer|gora|gori|white|whiter)( and [a-z]{1,10})? (skin|complexion|rang|twacha|chehra)\b.{0,30}\b(in|within|me|mein) [0-9]{1,2} ?(days|din)\b|\b[0-9]{1,2} ?(days|din) (me|mein|main|mai|in) (fair|fairer|gora|gori|goriya|white) (skin|complexion|rang|twacha|chehra|bane|banen|banein|ho jaye)|\b(fairness|skin whitening|whitening|gora(pan)?) (cream|serum|soap|lotion|kit|capsules?)\b/
    $mc_nat = /\b100 ?% (ayurvedic|herbal|natural|organic|desi)\b|\b(no|zero|koi|without any|without) side ?effects?\b|\bside ?effects? (free|nahi|nahin)\b|\b(ayurvedic|ayurveda|herbal|jadi ?buti|desi) (dawa|dawai|oil|tel|powder|churan|churna|capsules?|medicine|cream|treatment|ilaj|nuskha|formula|kit)\b|\b(without|bina|no) (gym|diet|dieting|exercise|kasrat)\b/
    $mc_sell = /\b(cash on delivery|cod|order (now|today|karein|karen|kare|karo|kijiye|here|for)|free (home )?delivery|home delivery|ghar (baithe|par|pe|tak)|all india delivery|limited stock)\b/
    // the COD kit sold by phone (English, Hinglish): a hair-fall kit, an onion or herbal hair oil, a weight-gain
    // powder, with the claim (hair fall stopped, new hair, kilos gained), a rupee price and cash on delivery
    $mc_kit = /\b(hair ?fall|anti[- ]hair ?fall|hair (growth|regrowth)|onion|red onion|adivasi|bhringraj|kalonji|herbal|ayurvedic) (hair )?(oil|tel|kit|shampoo|serum)\b|\bhair ?fall (control |rokne ka |stop )?(kit|solution|treatment)\b|\bweight ?gain(er)? (powder|capsules?|kit|formula|supplement|churan|churna)\b|\bmass gainer\b/
    $mc_grow = /\b(baal|hair) (jhadna|jharna|girna|fall|loss|jhad|gir)\b.{0,20}\b(band|stop|stops|stopped|khatam|ruk|rok|gayab)\b|\bnaye baal (ugaye|ugayen|ugaen|ugenge|aayenge|ayenge|ugna|ugte)\b|\b(new hair|hair regrowth|regrow (your )?hair|regrowth in)\b|\b(ganjapan|ganjepan|baldness|bald patch(es)?)\b|\b[0-9]{1,2} ?(kg|kilo|kilos) (tak )?(wajan|vajan|wazan|weight) (badhaye|badhayen|badhaen|badhao|badhega|gain|increase)|\b(gain|put on) [0-9]{1,2} ?(kg|kilos)\b|\bdubla ?patla\b|\bdublapan\b/
    $mc_cod = /\b(cash on delivery|cod|pay on delivery)\b/
    // the herbal cure for several chronic conditions at once ("weight loss, sugar control, BP control"), a herbal
    // juice or medicine, a free consultation or "call Dr. X" (English, Hinglish): counted, two conditions or more
    $mc_ctl = /\b(sugar|diabetes|bp|blood pressure|thyroid|cholesterol|uric acid|obesity|piles|arthritis|joint pain|asthma|pcod|pcos)( level| levels)? (control|cure|treatment|reversal|ka ilaj|ka ilaaj|khatam)\b|\bweight (loss|gain)\b/
    $mc_herb = /\b(herbal|ayurvedic|ayurveda|natural|organic|desi|jadi ?buti) (juice|ras|medicine|dawa|dawai|remedy|remedies|treatment|ilaj|ilaaj|products?|supplements?|formula|kit|capsules?|powder|churan|churna|tea|kadha)\b/
    $mc_consult = /\bfree (online )?(consultation|consult|check-?up|health check|diet plan|advice|salah)\b|\b(call|contact|consult|whatsapp|meet) dr\b|\b(call|contact|consult|whatsapp) (our |the )?(doctor|vaidya|vaid|hakim)\b/
    // a clinic's own reminder to its patient
    $mc_appt = /\byour (appointment|consultation|visit|follow-?up|booking|review)\b|\breminder\b/
    // a buyer's own order: "maine mangwaya", "I ordered"
    $mc_own = /\b(mangwaya|mangwayi|mangaya|mangayi|kharida|kharidi|didi|bhaiya|lol|mera|meri|mere|mujhe|my)\b|\b(i|we) (ordered|bought|got|tried|used)\b/
    // Hindi (Devanagari): kilos of weight, sugar or diabetes ended at the root, pain gone forever, no insulin
    $mc_hi_claim = /[0-9]{1,2} ?(किलो|kg)( तक)? (वजन|वज़न|मोटापा|चर्बी)|(वजन|वज़न|मोटापा|चर्बी) (कम|घटाएं|घटाएँ|खत्म|ख़त्म|गायब) (करें|करे|हो)|(शुगर|डायबिटीज|डायबिटीज़|मधुमेह)( को)? (जड़ से|हमेशा के लिए|प्राकृतिक (रूप|तरीके) से|नेचुरली) (खत्म|ख़त्म|कंट्रोल|नियंत्रित|ठीक|गायब)|इंसुलिन (की|का) (जरूरत|ज़रूरत|झंझट|इंजेक्शन) (नहीं|खत्म|ख़त्म)|(घुटनों|घुटने|जोड़ों|जोड़|कमर|गर्दन|गठिया|साइटिका)( का| के| की| में)? दर्द.{0,60}(हमेशा के लिए|जड़ से|छुटकारा)/
    $mc_hi_nat = /100 ?% (आयुर्वेदिक|हर्बल|प्राकृतिक|नेचुरल)|साइड ?(इफेक्ट|इफ़ेक्ट) (नहीं|नही)|बिना साइड|(आयुर्वेदिक|हर्बल) (दवा|तेल|चूर्ण|कैप्सूल|पाउडर|इलाज)|बिना (जिम|डाइट|व्यायाम|एक्सरसाइज|कसरत)/
    $mc_hi_sell = /(कैश ऑन डिलीवरी|होम डिलीवरी|घर बैठे|फ्री डिलीवरी|ऑर्डर|डिलीवरी)/
    // Bengali: fair skin in days, a herbal or no-side-effects cream, delivered
    $mc_bn_fair = /ফর্সা/
    $mc_bn_nat = /(হারবাল|প্রাকৃতিক|আয়ুর্বেদিক|পার্শ্বপ্রতিক্রি|100 ?%|[0-9]{1,2} ?দিনে)/
    $mc_bn_sell = /(হোম ডেলিভারি|ক্যাশ অন ডেলিভারি|অর্ডার|ডেলিভারি)/
    // Gujarati: kilos of weight or belly fat lost, a 100% Ayurvedic or herbal formula without gym or diet,
    // cash on delivery (a letter of these scripts is three bytes: the gaps are counted in bytes)
    $mc_gu_claim = /[0-9]{1,2} ?(કિલો|kg)( સુધી)? (વજન|ચરબી)|(વજન|ચરબી|મેદસ્વિતા|જાડાપણું|મોટાપો) (ઘટાડો|ઘટાડે|ઘટાડવા|ઘટશે|ઓછું|ઓછુ|ઉતારો|ગાયબ|ખતમ)|પેટની ચરબી/
    $mc_gu_nat = /100 ?% (આયુર્વેદિક|હર્બલ|કુદરતી|નેચરલ|પ્રાકૃતિક)|(સાઈડ|સાઇડ) ?(ઈફેક્ટ|ઇફેક્ટ|ઇફેક્ટ્સ) (નહીં|નહિ|નથી)|(આયુર્વેદિક|હર્બલ) (દવા|તેલ|ચૂર્ણ|પાવડર|કેપ્સ્યુલ|ઉપચાર)|(જીમ|જિમ|ડાયેટ|ડાયટ|કસરત) (વગર|વિના)|(વગર|વિના) (જીમ|જિમ|ડાયેટ|ડાયટ|કસરત)/
    $mc_gu_sell = /(કેશ ઓન ડિલિવરી|કેશ ઓન ડિલીવરી|હોમ ડિલિવરી|હોમ ડિલીવરી|ઘરે બેઠા|ડિલિવરી|ડિલીવરી|ઓર્ડર)/
    // French (West Africa, the Maghreb, France): kilos lost in days, a flat belly, "100% naturel, sans
    // effets secondaires", "sans regime ni sport", and payment on delivery or an order by WhatsApp
    $mc_fr_claim = /\b(perdez|perdre|perdrez|eliminez|eliminer|brulez|bruler|faites fondre|fondre) (jusqu'a |plus de |facilement |rapidement )?[0-9]{1,2} ?(kg|kilos?)\b|\b(maigrir|mincir|perdre du poids) (vite|rapidement|sans|en [0-9]{1,2})\b|\b(ventre plat|graisse (du ventre|abdominale)|bruleur de graisse|amincissante?s?|minceur)\b/
    $mc_fr_nat = /\b100 ?% (naturel|naturelle|naturels|bio|vegetal|a base de plantes)\b|\bsans (aucun )?(effets? secondaires?|regime|sport|exercice|privation)\b|\baucun effet secondaire\b|\ba base de plantes\b/
    $mc_fr_sell = /\b(paiement|payement|payez|paiment|reglement) (a|apres|lors de|des|a la reception de) (la )?(livraison|reception)\b|\blivraison (gratuite|offerte|partout|rapide|a domicile|disponible|dans tout|dans toute)\b|\bcommandez( (maintenant|vite|des maintenant|aujourd'hui|par whatsapp|sur whatsapp|au))?\b|\bcommande (par|sur|via) whatsapp\b|\bstock limite\b/
    // West Africa: skin-lightening creams ("creme eclaircissante", "teint clair en 7 jours") and slimming teas,
    // delivered in named cities ("livraison a Abidjan, Bouake"), ordered by phone or WhatsApp
    $mc_fr_clair = /\b(eclaircissant\w{0,2}|blanchissant\w{0,2}|depigmentant\w{0,2}|teint (clair|eclatant|uniforme|lumineux|eclairci)|peau (claire|blanche|eclatante|eclaircie)|(the|tisane|gelules|capsules|poudre|cafe|sirop|patchs?) (minceur|amincissant\w{0,2}|detox|ventre plat|brule-?graisse))\b/
    $mc_fr_time = /\b(en|sous|apres|dans) [0-9]{1,2} (jours|semaines|mois)\b|\b[0-9]{1,2} (jours|semaines)\b|\bresultats? (garanti\w{0,2}|rapides?|visibles?|immediats?|en [0-9])|\bgaranti\w{0,2}\b/
    $mc_fr_city = /\blivr\w{1,6}\b.{0,40}\b(abidjan|yamoussoukro|bouake|san-?pedro|korhogo|daloa|cocody|yopougon|abobo|treichville|marcory|dakar|thies|saint-louis|touba|ziguinchor|kaolack|mbour|douala|yaounde|bafoussam|cotonou|porto-?novo|parakou|abomey-calavi|lome|kara|ouagadougou|ouaga|bobo-?dioulasso|bamako|sikasso|niamey|conakry|libreville|brazzaville|pointe-noire|kinshasa|lubumbashi|nouakchott|ndjamena)\b/
    $mc_fr_order = /\b(commandez|pour commander|commander (au|par|sur|via|maintenant|vite)|commande (au|par|sur|via|whatsapp|ici|vite|maintenant)|appelez|contactez|ecrivez)\b|\bcommande ?:/
    // a friend's own cream or parcel: "ta creme est arrivee?", "appelle-moi"
    $mc_fr_you = /\b(ta|ton|tes|ma|mon|mes|sa|son) (creme|the|tisane|commande|colis|kit|savon|lait)\b.{0,40}\b(arrive\w{0,2}|livre\w{0,2}|recu\w{0,2}|fini\w{0,2})\b|\b(appelle-moi|appelle moi|je t'appelle|bisous)\b/
    $mc_fr_mine = /\b(mon|ma) (medecin|docteur|mere|soeur|mari|femme|tante|cousine?|amie?)\b|\ble (medecin|docteur) (m'a|a|lui a) (dit|conseille|prescrit)\b|\bj'ai (perdu|commande|pris|essaye|achete)\b|\bmaman\b/
    // Malayalam: hair that grows back or stops falling, a 100% Ayurvedic or herbal oil with no side
    // effects, cash on delivery (the chillu letters also as the older consonant with virama)
    $mc_ml_claim = /(മുടി|കഷണ്ടി|താര(ൻ|ന്)).{0,90}(വളരും|വളരാ|വള(ർ|ര്)ച്ച|വള(ർ|ര്)ത്ത|കിളി(ർ|ര്)|തഴച്ച|നിൽക്കും|നില്ക്കും|നിലയ്ക്കും|മാറും|ഇല്ലാതാകും|ഇല്ലാതാക്കും)/
    $mc_ml_nat = /100 ?% (ആയു(ർ|ര്)വേദ|ഹെ(ർ|ര്)ബ(ൽ|ല്)|പ്രകൃതിദത്ത|നാച്ചുറ(ൽ|ല്))|(സൈഡ് ഇഫക്ട്|സൈഡ് ഇഫക്റ്റ്|സൈഡ് എഫക്ട്|പാ(ർ|ര്)ശ്വഫല)|ആയു(ർ|ര്)വേദ (എണ്ണ|ഓയി|തൈലം|മരുന്ന്)|ഹെ(ർ|ര്)ബ(ൽ|ല്) (ഓയി|എണ്ണ|തൈലം)/
    $mc_ml_sell = /(ക്യാഷ് ഓ(ൺ|ണ്) ഡെലിവറി|ഹോം ഡെലിവറി|ഡെലിവറി|ഓ(ർ|ര്)ഡ(ർ|ര്))/
    // a patient's or a relative's news in Gujarati or Malayalam: I, my, mum, dad, the doctor
    $mc_gu_ml_mine = /(મેં |મારા |મારી |મારું |મમ્મી|પપ્પા|ડૉક્ટર|ડોક્ટર|ഞാ(ൻ|ന്) |എന്റെ |അച്ഛ|അമ്മ|ഡോക്ട(ർ|ര്))/
    // West Africa's aphrodisiacs and "female enhancement" (kayanmata, yoni pearls, "make him stay forever",
    // tighten), delivered discreetly nationwide, ordered by phone (English, Pidgin)
    $afr_sex = /\b(kayanmata|kayan mata|yoni (pearls?|steam|detox)|female (enhancement|libido|viagra)|womb (cleanser|detox)|make him (stay|love you|yours|beg|crave|addicted|obsessed|never leave)|(tighten|tightening|tightener|shrink) (your |the )?(v|vagina|kitty|punani|womanhood|walls?)|(man ?power|manhood|bedroom) (booster|enhancer|power|performance)|(quick|premature|early) ejaculation|weak erection)\b/
    $afr_sell = /\b(discreet (delivery|packaging|packing|shipping)|delivery (nationwide|available nationwide|all over nigeria|within and outside)|nationwide delivery|pay on delivery|order (now|yours|today)|call ?\/ ?whats ?app|whats ?app (us|me|now))\b/
    $afr_own = /\b(lol|lmao|haha|did you see|i (bought|ordered|tried|used)|my (wife|husband|babe|aunty|auntie))\b/
    // enlargement, enhancement and slimming remedies paid on delivery or delivered discreetly, from a number
    // (English, Swahili, Arabic, Amharic): the remedy no pharmacy sells by text ...
    $en_big = /\b(penis|manhood|breasts?|hips?|butt|bum|booty) (enlargement|enlarger|enhancement|enlarging|growth)\b|\benlarge (your |ur )?(penis|manhood|breasts?|hips|butt|bum)\b|\b(enlargement|enhancement) (cream|oil|pills|capsules|gel|tablets?|herbs)\b|\b(slimming|weight ?loss|fat ?burn\w{0,3}|flat tummy) (capsules|pills|tablets?)\b|\b(man ?power|manpower|stamina|performance|libido|long ?time|last ?longer) (pills|capsules|tablets?|tonic|herbs)\b/
    // Vietnamese: men's enhancement or slimming remedies ...
    $vi_big = /\b(tang cuong sinh ly|sinh ly nam|yeu sinh ly|cuong duong|keo dai thoi gian quan he|tang kich thuoc|vien giam can|thuoc giam can|tra giam can|giam can cap toc|giam [0-9]{1,2} ?(kg|can) (trong|sau|chi))\b/
    // ... delivered discreetly or paid on receipt, with Zalo or a number
    $vi_cod = /\b(kin dao|bao mat (thong tin|don hang)|ship cod|giao hang (tan noi|toan quoc)|nhan hang (roi |moi |truoc )?thanh toan|kiem tra hang (truoc )?khi thanh toan|thanh toan khi nhan hang)\b/
    $sw_big = /\b(kuongeza (maumbile|uume|ukubwa wa uume|makalio|hips|matiti|nguvu za kiume)|dawa ya (kuongeza|kupunguza) (maumbile|uume|makalio|hips|uzito|tumbo|kitambi|unene)|kupunguza (uzito|kitambi|tumbo|unene) (kwa|ndani ya|haraka)|vidonge vya (kupunguza|kuongeza|nguvu)|chai ya kupunguza)\b/
    $ar_big = /(تكبير (القضيب|العضو|الذكر|المؤخرة|الارداف|الأرداف|الصدر|الثدي)|تطويل (القضيب|العضو)|(كبسولات|حبوب|اعشاب|أعشاب|شاي) (التخسيس|تخسيس|التنحيف|تنحيف|التكبير|تكبير)|(انقاص|إنقاص|خسارة) الوزن (في|خلال|بدون)|حرق الدهون (في|خلال|بدون)|ضعف الانتصاب|سرعة القذف)/
    $am_big = /(ክብደት (መቀነሻ|ለመቀነስ)|ቦርጭ (ማጥፊያ|ለማጥፋት|መቀነሻ)|የወንድነት (ብርታት|ችግር|አቅም)|ብልት (ማሳደጊያ|ማስረዘሚያ)|ዳሌ (ማሳደጊያ|ማስፋፊያ)|ጡት ማሳደጊያ)/
    // ... paid on delivery, delivered discreetly or anywhere
    $big_cod = /\b(pay on delivery|payment on delivery|cash on delivery|discreet (delivery|packaging|packing)|delivery (nationwide|countrywide)|malipo baada ya kupokea|lipa (ukipokea|baada ya kupokea|ukishapokea)|unalipa ukipokea|tunafikisha (popote|mpaka mlangoni|nchi nzima)|tunaleta popote|delivery bure|kwa usiri)\b|(الدفع عند الاستلام|الدفع بعد الاستلام|الدفع عند التوصيل|توصيل مجاني|التوصيل مجاني|توصيل لجميع|بسرية تامة|ሲደርስዎ ይክፈሉ|እናደርሳለን|ዴሊቨሪ)/
    // the Arabic order words when no number stands in the text ("order on WhatsApp", "talk to us")
    $big_reach_ar = /(واتساب|واتس|كلمني|كلمنا|راسلني|راسلنا|للطلب|اطلبي|اطلب الان|اطلب الآن)/
    // Turkish, German, Swedish, Arabic: slimming pills and men's enhancement paid at the door or sent discreetly
    $x_big = /\b(zayiflama (hapi|kapsulu|cayi|urunu|damlasi|ilaci)|geciktirici (sprey|krem|hap)|penis buyut\w{1,5}|potenzmittel|potenzpillen|abnehmpillen|schlankheitspillen|diatpillen|penisvergrosser\w{1,4}|bantningspiller|bantningstabletter|potensmedel|potenspiller)\b|(تكبير وتطويل|كبسولات تطويل|حبوب تطويل|كبسولات تنحيف|حبوب تنحيف)/
    $x_cod = /\b(kapida odeme|zahlung bei lieferung|bezahlung bei lieferung|diskret\w{0,2} (versand|verpackung|lieferung|leverans)|betala vid leverans|betalning vid leverans|ohne rezept|utan recept)\b|(شحن سري|توصيل سري)/
    // a patient's or a relative's news: the doctor's advice, mum's knee, what I lost
    // slimming products and men's enhancement by their names in German, French, Italian, Spanish, Portuguese, Turkish
    // and Gulf and Egyptian Arabic ("gelules minceur", "capsule dimagranti", "pastillas adelgazantes", "cha seca barriga",
    // "zayiflama kapsulu", "حبوب تنحيف"), or kilos lost in a month or N weeks, with an order or a way to write, from a number
    $sl_prod = /\b(slimming|fat ?burn\w{0,3}|keto|weight ?loss) (capsules?|pills|tea|gummies|drops|patch\w{0,2}|shakes?)\b|\b(gelules?|capsules?|the|tisane|pilules?|comprimes?) (minceur|amincissant\w{0,2}|brule-?graisses?)\b|\bbrucia ?grassi\b|\bdimagrant[ei]\b|\b(pastillas?|capsulas?|te|gotas|parches?) (adelgazantes?|para adelgazar|quema ?grasas?)\b|\b(pastillas?|capsulas?|te|gotas|gotitas|jugo) (pa|para) (rebajar|bajar de peso)\b|\b(te|jugos?|capsulas?) rebajador\w{0,2}\b|\bquema ?grasas?\b|\b(capsulas?|cha|comprimidos|gotas) (emagrecedor\w{0,3}|para emagrecer|queima ?gordura)\b|\bseca barriga\b|\bschlankheits\w{1,8}|\babnehm(pillen|tropfen|kapseln|tee)\b|\bfatburner\b|\bzayiflama (hapi|kapsul\w{0,2}|cayi|urun\w{0,2}|damla\w{0,2}|ilaci)\b|\bkilo verdir\w{1,4}\b|\byag yakici\b|((حبوب|كبسولات|شاي|اعشاب|أعشاب|قطرات|منتج) (ال)?(تنحيف|تخسيس)|تخسيس سريع|تنحيف سريع)/
    $sl_claim = /\b(lose|drop|shed|perdez|perdre|perdi|perca|perder|pierde|baja|bajar|verin|abnehmen|elimine|eliminez|brulez|minus|weg) (bis zu |jusqu'a |fino a |hasta |ate |up to )?[0-9]{1,2} ?(kg|kilos?|chili|quilos|lbs|pfund)\b|\b[0-9]{1,2} ?(kg|kilo) (verin|verdim|gitti|weg)\b|\bbauchfett weg\b/
    $sl_time = /\b(a|in|en|em|num|in un|in einem|innerhalb|within|al|ao|par|per) (month|mes|mois|mese|monat|week|semaine|settimana|semana|woche)\b|\b(in|en|em|within|innerhalb von|dans) [0-9]{1,2} (days|jours|giorni|dias|tage\w?|semaines|weeks|wochen|settimane|semanas)\b|\b[0-9]{1,2} (days|jours|giorni|dias|tage\w?|semaines|weeks|wochen|settimane|semanas)\b|\b(ayda|haftada|[0-9]{1,2} gunde)\b|(في شهر|خلال شهر|في اسبوع|خلال اسبوع)/
    // a person's own loss or order: "I lost", "j'ai perdu", "ho perso", "perdi ... desde", "abgenommen"
    $sl_own = /\b(i (lost|ordered|bought|tried)|j'ai (perdu|commande|essaye)|ho (perso|ordinato|provato)|(he|hemos) (perdido|bajado|pedido)|baje|perdi [0-9]{1,2} ?(kg|kilos|quilos) (desde|em|no)|ich hab\w{0,2} (abgenommen|bestellt)|verdim|bhai|yaar|cancel\w{0,4}|refund\w{0,2}|my (mum|mom|wife|husband|sister|doctor)|ojo con|cuidado con|tumbe\w{0,2}|estafa\w{0,2})\b/
    $sx = /\b(erection\w{0,2}|erecao|erecoes|erecciones|ereccion|erezion[ei]|erektion\w{0,2}|eyaculacion precoz|eiaculazione precoce|ejaculacao precoce|ejaculation precoce|potenzmittel|potenzpillen|geciktirici|erkeklere ozel|sertlesme|potenciador masculino|estimulante masculino|(pastillas?|potenciador\w{0,2}|capsulas?) (pa|para) (el )?(hombre|caballeros?)|potencia y (duracion|aguante)|potenziatore|integratore (naturale )?per uomo|male enhancement)\b|(الضعف الجنسي|ضعف جنسي|تأخير القذف|تاخير القذف|سرعة القذف|ضعف الانتصاب|تكبير القضيب|تكبير العضو|منشط جنسي)/
    $sx_sell = /\b(discreet\w{0,2}|discret\w{0,2}|diskret\w{0,2}|discreto|discreta|gizli (paket\w{0,4}|kargo)|natural\w{0,2}|naturel\w{0,2}|naturale|bitkisel|herbal|garanti\w{0,4}|order|commande\w{0,2}|ordina\w{0,2}|pedidos?|siparis\w{0,4}|bestell\w{0,4}|encomend\w{0,4}|kapida odeme|nachnahme|livraison|consegna|spedizione|envio|entrega|versand|kargo|ohne rezept)\b|(طبيعي|مضمونة|مضمون|للطلب|سرية|الدفع عند الاستلام)/
    // Korean: a diet pill, supplement or appetite suppressant with a miracle ("한 달 10kg 감량", "먹기만 하면", "요요 없는"),
    // ordered through KakaoTalk, Telegram or an ID from a person's number, the "(광고)" tag or not
    $ko_slim = /(다이어트 ?(약|보조제|환|캡슐|젤리|식품|제품)|식욕 ?억제제|지방 ?분해|살 ?빠지는|체지방 ?감소)/
    $ko_claim = /[0-9]{1,2} ?(kg|킬로) ?(감량|빠짐|빠져|빠지|쏙|뺐|빼)|먹기만 ?하면|요요 ?(없|x\b)|처방 ?없이|부작용 ?(없|0)/
    $ko_ask = /(카톡|카카오톡|텔레그램|라인|아이디|오픈 ?채팅|문자 ?주)|\bid ?:/
    $ko_own = /(엄마|아빠|나 |내가|했어|했는데|사기|가짜|조심|ᄏᄏ)/
    $mc_mine = /\b(doctor|dr|daktar) (ne|said|says|told|advised|kaha|bola|boli|recommended|suggested)\b|\b(mummy|mumma|papa|nani|dadi|maine|mujhe|my (mom|mum|dad|mother|father|doctor))\b|(डॉक्टर ने|मम्मी|पापा|मैंने|मुझे)|(ডাক্তার|আম্মু|আব্বু)/
  condition:
    ($loss or $product) and $push and (url_count > 0 or phone_count > 0)
    or ($loss and $product and (phone_count > 0 or contact_count > 0) and sender_kind != "alpha" and sender_kind != "shortcode")
    or ($loss and $miracle and $push)
    or ($mc_kit and $mc_grow and money_count > 0 and $mc_cod and (phone_count > 0 or contact_count > 0) and not $mc_mine and not $mc_own
      and sender_kind != "alpha" and sender_kind != "shortcode")
    or (((($mc_claim or $loss) and $mc_nat and $mc_sell) or ($mc_hi_claim and $mc_hi_nat and $mc_hi_sell) or ($mc_bn_fair and $mc_bn_nat and $mc_bn_sell))
      and (phone_count > 0 or contact_count > 0) and not $mc_mine)
    or ((($mc_gu_claim and $mc_gu_nat and $mc_gu_sell) or ($mc_ml_claim and $mc_ml_nat and ($mc_ml_sell or $mc_sell))
        or ($mc_fr_claim and $mc_fr_nat and $mc_fr_sell and not $mc_fr_mine))
      and (phone_count > 0 or contact_count > 0) and not $mc_mine and not $mc_gu_ml_mine)
    // (the order word is the contact: "commande au 77 123 45 03" is a number the phone reader may not take)
    or (($mc_fr_claim or $mc_fr_clair) and $mc_fr_city and ($mc_fr_time or $mc_fr_nat) and $mc_fr_order
      and not $mc_fr_mine and not $mc_fr_you and sender_kind != "alpha" and sender_kind != "shortcode")
    or (#mc_ctl >= 2 and ($mc_herb or $mc_nat) and $mc_consult and (phone_count > 0 or contact_count > 0)
      and not $mc_appt and not $mc_mine and not $mc_own and sender_kind != "alpha" and sender_kind != "shortcode")
    or ($afr_sex and $afr_sell and (phone_count > 0 or contact_count > 0) and not $afr_own and sender_kind != "alpha" and sender_kind != "shortcode")
    or ($vi_big and $vi_cod and (phone_count > 0 or contact_count > 0) and not $mc_mine and sender_kind != "alpha" and sender_kind != "shortcode")
    or ($x_big and ($x_cod or $big_cod) and (phone_count > 0 or contact_count > 0 or $big_reach_ar) and not $afr_own and not $mc_mine
      and sender_kind != "alpha" and sender_kind != "shortcode")
    or (($sl_prod or ($sl_claim and $sl_time) or ($sx and $sx_sell)) and (contact_count > 0 or phone_count > 0 or goods_ml_ask)
      and not $sl_own and not $afr_own and not $mc_mine and sender_kind != "alpha" and sender_kind != "shortcode")
    or ($ko_slim and $ko_claim and $ko_ask and not $ko_own and sender_kind != "alpha" and sender_kind != "shortcode")
    or (($en_big or $sw_big or $ar_big or $am_big) and $big_cod and (phone_count > 0 or contact_count > 0 or ($ar_big and $big_reach_ar)) and not $afr_own and not $mc_mine
      and sender_kind != "alpha" and sender_kind != "shortcode")
}

rule goods_business_solicitation
{
  meta:
    action = "junk"
    weight = 2.0
    description = "Unsolicited business services: first page of Google guaranteed, more leads or reviews in N days, merchant cash advances and business funding 'approved'; 'more customers? Google top ranking in 7 days, website and SEO only Rs N, call' and cheap plots with a free site visit or limited plots (English, Hinglish; from a header or a number)"
  strings:
    $seo = /\b(page (1|one)|first page|top (spot|position)s?|rank(ed|ing)? #?1) (of|on|in) (google|search results|search engines)\b/
    $leads = /\b(more|get|double your|triple your) (leads|customers|clients|traffic|reviews|sales)\b.{0,60}\b(guaranteed|guarantee|in [0-9][0-9]? days|money back|or you don't pay)\b/
    // a person's own site: "our website is finally on the first page of google"
    $seo_mine = /\b(our|my) (website|web ?site|site|shop|store|business|bakery|restaurant|cafe|salon|page|listing|blog) (is|was|got|finally|now|shows|came|made)\b|\b(lol|haha)\b/
    $funding = /\bmerchant cash advance\b|\b(funding|capital|loan) of [^ ]{1,12} for your business is (ready|approved|available|waiting)\b|\b(business|working capital) (funding|loan|line of credit|financing) (of |for )?(up to|approved|pre-?approved|available)\b/
    // "Google top ranking in 7 days", "google pe first page", "rank your business on Google"
    $seo2 = /\bgoogle (pe |par |me |mein |on )?(top|first page|1st page|page 1|page one|#1|no\.? ?1|number 1|number one)( [a-z]{1,10})? (rank|ranking|rankings|position|listing|result)s?\b|\b(top|first page|1st page|#1) (rank|ranking|position|listing) (on|in) google\b|\brank (your )?(business|website|site|shop|company) (on|in) google\b/
    $days = /\b(in|within) [0-9]{1,2} (days|din|hours)\b|\b[0-9]{1,2} (din|days) (me|mein|main)\b|\bguaranteed?\b/
    // a website, SEO or ads package at a price: "website + SEO only Rs 4999"
    $web = /\b(website|web ?site|seo|digital marketing|social media marketing|google ads|google my business|gmb)\b.{0,60}\b(only|just|sirf|starting|starts|at|from|mein|me|in) (rs\.? ?|₹ ?|inr ?)[0-9]/
    $customers = /\b(want|need|get|looking for) (more|new) (customers|clients|leads|sales)\b|\b(zyada|jyada|naye|adhik) (customers|grahak|clients|leads)\b|\bgrow your business\b|\bbusiness (badhaye|badhayein|badhao|grow karein|grow kare)\b/
    // cheap plots in Hinglish: "plot sirf 2.5 lakh me", with the developer's pitch
    $plot = /\b(plots?|zameen|jameen|bhukhand)\b.{0,40}\b(sirf|only|just|keval|matra|starting|shuru|from|@) ?(rs\.? ?|₹ ?)?[0-9]{1,2}(\.[0-9]{1,2})? ?(lakh|lac|lakhs|lacs)\b|\b[0-9]{1,2}(\.[0-9]{1,2})? ?(lakh|lac|lakhs|lacs) (me|mein|main|mai) (plots?|zameen|apna plot)\b/
    $plot_pitch = /\b(limited plots?|plots? limited|site visit (free|muft|bilkul free)|free site visit|free pick ?up|registry (free|turant|same day|ready)|emi (available|suvidha|facility)|easy emi|bank loan (available|suvidha)|booking (open|amount|shuru|start|chalu)|rera approved|gated (township|society|colony)|dtcp approved|approved (layout|colony|plots?)|corner plots?|park facing)\b/
  condition:
    ($seo and not $seo_mine) or $leads or $funding
    or ($seo2 and ($days or $web or $customers or money_count > 0))
    or ($web and $customers and (contact_count > 0 or phone_count > 0 or url_count > 0))
    or ($plot and $plot_pitch and (contact_count > 0 or phone_count > 0 or url_count > 0))
}

rule goods_seo_leads_package
{
  meta:
    action = "junk"
    weight = 3.0
    description = "SEO and digital-marketing packages sold cold: a first-page Google ranking or Google and Facebook ads with N leads a month for Rs or $, call our expert (English; India's DLT headers and numbers)"
  strings:
    // the ranking or the ads sold: "first page of Google", "Google top ranking", "rank #1 on Google", SEO, ads
    $rank = /\b(first|1st|top|front) (page|position|rank|ranking|rankings|spot)s?( of| on| in)? google\b|\b(top|first|1st|#1) google (rank|ranking|rankings|position|spot)s?\b|\bgoogle (first page|1st page|page (1|one)|top (rank|ranking|rankings|position|spot)|#1|no\.? ?1|number (1|one)|ranking|rankings)\b|\brank(ed|ing)? (#1|no\.? ?1|number one|first|top|higher) (on|in) google\b|\b(seo|search engine optimi[sz]ation|digital marketing|social media marketing|performance marketing|lead generation)\b|\b(google|facebook|instagram|meta)( (&|and|\+) (google|facebook|instagram|meta))? ads\b/
    // the leads counted: "100+ genuine leads", "50 leads per month", "daily leads"
    $lds = /\b[0-9]{1,3}[0-9]?\+? ?(genuine |quality |verified |real |targeted |organic |business |guaranteed |hot |qualified )?(leads|enquiries|inquiries)\b|\b(generate|get|unlimited|daily|guaranteed) (daily |quality |genuine |verified |unlimited )?(leads|enquiries|inquiries)\b/
    // the seller: "call our expert", "talk to our SEO expert"
    $exp = /\b(our|an?) (seo |digital marketing |marketing |google ads |growth |ads )?(experts?|specialists?|consultants?|strategists?)\b|\b(call|talk to|contact|whats ?app) (us|now|today|our|expert|an expert)\b/
    // a person who talked to an SEO man: "he said first page in 3 months and 50 leads"
    $mine = /\b(he|she|they) (said|says|told|quoted|promised)\b|\b(our|my) (website|web ?site|site|shop|store|business|page) (is|was|got|finally|now)\b|\b(did you|lol|haha|his number|her number|their number)\b/
  condition:
    $rank and $lds and ($exp or phone_count > 0) and money_count > 0 and not $mine
}

rule goods_followers_for_sale
{
  meta:
    action = "junk"
    weight = 2.5
    description = "Social-media followers, likes, views or subscribers for sale: buy real or active Instagram, TikTok or YouTube followers, '1k followers for $5', packages at a price, with a link, a number or a chat app (English; Nigerian, Indian and US senders; Brazilian Portuguese, Spanish, Turkish, Russian, Ukrainian, Polish, Romanian, Arabic, Swahili, Amharic, Vietnamese, Korean)"
  strings:
    // the story: followers, likes or views bought or sold ("buy real TikTok followers", "likes available,
    // price list"), or counted against a price ("1000 followers for $9", "5k views @ N3,000")
    $fw_buy = /\b(buy|buying|sell|selling|gain|grow|boost|increase|purchase|tunauza|nauza|nunua|ongeza|kuongeza)\b.{0,40}\b(followers|likes|views|subscribers|watch hours)\b|\b(followers|likes|views|subscribers|watch hours)\b.{0,20}\b(for sale|available|packages?|price list|rates|plans)\b|\b(need|want|get) more (instagram |insta |tiktok |youtube |ig |yt |real |active )?(followers|likes|views|subscribers)\b/
    $fw_count = /[0-9](k|,000|000)?\+? ?(real |active |organic |genuine |instagram |insta |tiktok |youtube |facebook |twitter |spotify |hq |non-?drop )?(followers|likes|views|subscribers|subs|watch hours)\b ?(for|@|at|=|-|:|only|just|from)\b/
    // the platform the account lives on
    $fw_plat = /\b(instagram|insta|tiktok|tik tok|youtube|facebook|twitter|spotify|snapchat|threads|twitch|linkedin|telegram|soundcloud)\b|\b(ig|yt|fb) ?(followers|likes|views|subscribers|account|page|channel|reels?|posts?)\b|(سناب|انستقرام|انستغرام|انستجرام|انستا|تيك توك|تيكتوك|يوتيوب|فيسبوك|فيس بوك|تويتر|تلجرام|تيليجرام)/
    // the price as Nigeria, Ghana, Kenya and India write it, which the money count may not read
    $fw_amt = /(₦|₹|gh₵|\brs\.? ?|\bngn ?|\bksh ?|\bghs ?)[0-9]|\bn[1-9][0-9]{0,2}(,[0-9]{2}[0-9]|k\b)|\b[0-9][0-9,]{1,6} ?(naira|rupees|cedis|shillings)\b/
    // a person's own follower count, a friend's purchase or a question about it, a class on growing an account
    $fw_own = /\b(lol|lmao|haha|i (bought|paid|tried)|did (you|u) (buy|pay)|(is|was) (it|this|that) (legit|real)|scam|scams|workshop|webinar|seminar|masterclass|tutorial)\b/
    // Brazilian Portuguese, Spanish, Turkish, Russian, Ukrainian, Polish, Romanian, Arabic: followers, likes or views
    // sold ("vendo seguidores", "takipci satin al", "накрутка подписчиков", "kup obserwujacych") ...
    $ml_fw = /(ፎሎወር|ተከታዮች)|\b(wafuasi|seguidores|curtidas|visualizacoes|inscritos|me gusta|visualizaciones|suscriptores|takipci|begeni|izlenme|abone|obserwujacych|obserwujacy|obserwatorow|polubien|polubienia|wyswietlen|subskrybentow|urmaritori|aprecieri|vizualizari|abonati)\b|(подписчик|лайков|просмотров|підписник|вподобайок|переглядів|متابعين|متابع |لايكات|مشاهدات)/
    $ml_sell = /(እንሸጣለን|ይግዙ|ይጨምሩ)|\b(tunauza|nunua|ongeza|vendo|vendemos|compre|comprar|compra|ganhe|aumente|impulsione|impulsa|consigue|satin al|satin alin|satiyoruz|satilik|arttirin|artirin|kup|kupic|sprzedam|sprzedaz|zwieksz|cumpara|cumparati|vindem|cresteti)\b|(продаю|продам|накрутк|купить|купите|придбайте|накрутка|شراء|زيادة|بيع|بأرخص|بارخص|ارخص الاسعار|أرخص الأسعار|نوفر لك|نوفر لكم|متوفر|متوفرة)/
    // ... at a price as these countries write it (R$ is read as money; TL, zl, lei, rubles and hryvnias are not)
    $ml_amt = /[0-9] ?(tl|lira|zl|zlotych|pln|lei|ron|reais|soles)\b|[0-9] ?(руб|₽|грн|₴|₺|ريال|جنيه|درهم|ብር)|(₺|₽|₴) ?[0-9]/
    // the Arabic ways in when no number stands in the text ("talk to us on WhatsApp")
    $ml_reach_ar = /(واتساب|واتس اب|كلمني|كلمنا|راسلني|راسلنا|للطلب|للتواصل)/
    // a person's own purchase or joke ("comprei", "kkk", "вы покупали?")
    $ml_fw_own = /\b(comprei|kkk\w{0,4}|jaja\w{0,4}|satin aldim|kupilem|kupilam|am cumparat|vale a pena|golpe|dolandirici\w{0,3}|oszust\w{0,3}|teapa)\b|(купил|покупал|развод|мошенн|купив|шахра)/
    // Vietnamese and Korean: followers, likes or views sold or raised as a service, cheaply, with Zalo, Kakao or a number
    $vi_fw = /\b(ban|tang|buff|dich vu tang|dich vu buff|cung cap|mua) (follow|follower|followers|like|likes|view|views|sub|luot theo doi|luot thich|luot xem|mat xem|nguoi theo doi)\b/
    $vi_price = /\b(gia re|gia tot|gia si|gia chi|chi tu|chi voi|uy tin|bao gia)\b/
    $ko_fw = /(팔로워|좋아요|조회수|구독자) ?(구매|판매|늘리기|늘려|작업|대행)/
    $ko_plat = /(인스타|틱톡|유튜브|페이스북|스레드)/
    $ko_fw_in = /(카톡|카카오톡|오픈채팅|텔레그램|텔레|문의|상담)/
  condition:
    ((($vi_fw and ($vi_price or money_count > 0) and $fw_plat) or ($ko_fw and $ko_fw_in and ($ko_plat or $fw_plat))) and not $fw_own
      and (url_count > 0 or phone_count > 0 or contact_count > 0 or $ko_fw_in)
      and sender_kind != "alpha" and sender_kind != "shortcode")
    or (($fw_buy or $fw_count) and $fw_plat and (money_count > 0 or $fw_amt) and not $fw_own
      or $ml_fw and $ml_sell and $fw_plat and (money_count > 0 or $ml_amt) and not $ml_fw_own)
    and (url_count > 0 or phone_count > 0 or contact_count > 0 or $ml_reach_ar)
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule goods_gulf_cold_services
{
  meta:
    action = "junk"
    weight = 2.5
    description = "The Gulf's cold sells from mobile numbers: business setup or a free-zone licence with visas at a price, call us now; cheap air tickets, holiday or Umrah packages at a price, call our agent (English)"
  strings:
    // business setup: "freezone licence + 2 visas from AED 5,750", "mainland company formation with investor visa"
    $bs = /\b(business|company) (setup|set-up|set up|formation|registration|incorporation)\b|\b(free ?zone|mainland|offshore) (company|companies|licen[cs]es?|business|setup|set-up|formation|packages?)\b|\b(trade|commercial|e-?commerce|freelance|freelancer|free ?zone|business|professional) licen[cs]es?\b/
    $visa = /\bvisas?\b/
    // travel: cheap tickets, holiday and Umrah packages
    $trv = /\b(umrah|hajj|ziyarat)\b|\b(holiday|tour|travel|vacation|honeymoon) packages?\b|\b(cheap|cheapest|lowest|discounted|budget|best|special) (air ?tickets?|air ?fares?|flights?|fares?|tickets?|flight tickets?)\b|\bair ?tickets?\b/
    // the seller's pitch: call us now, call our agent, a price from, book now, lowest fares
    $call = /\b(call|whats ?app|contact) (us|now|today|our)\b|\bcall (our |the )?(travel )?(agent|agents|consultant|consultants|office|team)\b|\bbook (now|today|your)\b/
    $pitch = /\b(starting|starts|only|just|from|at) (aed|dhs?|dirhams?|sar|sr|qar|qr|omr|bhd|kwd)\b|\b(aed|dhs?|sar|qar|omr|bhd|kwd)\.? ?[0-9]|\b(lowest|best|cheapest|unbeatable|special) (fares?|prices?|rates?|deals?|offers?)\b|\b100 ?% (ownership|foreign ownership)\b|\bno (office|audit|deposit) required\b|\b24 ?\/ ?7\b|\bguaranteed\b/
    // a person's own licence or trip: "I got my freezone license", "we booked the umrah package"
    $mine = /\b(i|we|he|she|they) (got|booked|paid|took|did|had|bought|renewed|found)\b|\b(my|our) (company|licen[cs]e|visa|setup|business|trip|flight|flights|tickets?|package)\b|\b(thanks|thank you|lol|haha|bro|should we|shall we|can we|can you|could you)\b/
  condition:
    (($bs and $visa) or $trv) and $call and ($pitch or money_count > 0)
    and not $mine and sender_kind == "phone"
}

rule goods_gulf_street_offers
{
  meta:
    action = "junk"
    weight = 2.8
    description = "The Gulf's street offers from mobile numbers: special or VIP phone numbers for sale, the operator named or not; cash buyers of any car, even damaged or financed; maids and cleaners by the hour or for transfer; 'original' perfumes at 60-90% off or at a price 'instead of' the shop's with free delivery; Snapchat, Instagram or TikTok followers and likes in packages at a price; villas and flats in instalments without a bank; club nights with free entry or a table to book; each with a number or a contact (English, Gulf and Egyptian Arabic)"
  strings:
    // special ("VIP", golden) phone numbers for sale (English, Arabic)
    $vip = /\b(vip|golden|gold|fancy|platinum|diamond) (mobile |phone |sim )?(numbers|nos)\b|\bspecial (mobile |phone |sim )(numbers|nos)\b|(ارقام|أرقام|رقم) (زين|موبايلي|stc|اتصالات|دو|فودافون|اورنج|أورنج|وي|فيرجن|عمانتل|اوريدو|أوريدو|بتلكو|سوا|ليبارا|ليكا) (مميزة|مميزه|مميز|ذهبية|ذهبي|بلاتينية|vip)|(ارقام مميزة|أرقام مميزة|ارقام مميزه|أرقام مميزه|رقم مميز|ارقام ذهبية|أرقام ذهبية|ارقام بلاتينية|أرقام بلاتينية|ارقام فضية|أرقام فضية|ارقام vip|أرقام vip)/
    $vip_sale = /\b(for sale|available|selling|prices?)\b|(للبيع|بسعر|بأسعار|باسعار|متوفر|متوفرة|يتوفر|لدينا)/
    // cash car buyers: "we buy all cars, even damaged or financed, cash on the spot"
    $car = /\b(we|i) buy (all |any |used |your |every )?(cars?|vehicles?)\b|\b(buying|purchasing) (all |any |used )(cars|vehicles)\b|((بنشتري|نشتري|نشترى|بنشترى) (جميع |كافة |كل |اي |أي |جميع انواع |جميع أنواع )?(السيارات|سيارات|سيارتك|عربيات|العربيات|عربيتك|عربية|عربيه)|شراء (جميع |كافة )?(السيارات|سيارات) (المستعملة|المدعومة|المصدومة|المرهونة|التالفة|المعطلة))/
    $car_how = /\b(even if|any condition|damaged|accident(ed)?|financed|on loan|under (bank )?loan|with loan|mortgaged|scrap|non-?running|not running|cash on the spot|instant cash|spot cash|top price|same day)\b|(المدعومة|المصدومة|المرهونة|عليها (قرض|اقساط|أقساط)|المعطلة|التالفة|السكراب|كاش|نقدا|فورا|فوراً|أعلى سعر|اعلى سعر|بأعلى|باعلى|حتى لو)/
    // maids by the hour or "for transfer" (English, Arabic)
    $maid = /\b(maids|housemaids|cleaning ladies|nannies)\b|(خادمات|عاملات منزليات|عاملات|شغالات|مربيات)/
    $maid_how = /\b(hourly( basis)?|per hour|by the hour|for transfer|transfer (visa|sponsorship)|monthly contract)\b|(بالساعة|بالساعه|بنظام الساعات|نظام الساعات|للتنازل|نقل كفالة|بدون كفالة|بالشهر)/
    // "original" perfumes at a discount no perfumery gives
    $perf = /\b(original|authentic|branded|tester) (perfumes?|fragrances?|colognes?)\b|\bperfumes? (original|branded|tester)\b|(عطور (اصلية|أصلية|اصليه|أصليه|ماركات|عالمية|فرنسية|تستر)|عطر (اصلي|أصلي)|العطور (الاصلية|الأصلية|العالمية|الفرنسية)|(برفانات|برفان|البرفانات) (اصلي|أصلي|اصلية|أصلية|اورجينال|أورجينال|فرنساوي|ماركات))/
    $perf_off = /\b[6-9][0-9] ?% (off|discount)\b|\b(up ?to|upto|flat) [6-9][0-9] ?%|(خصم [6-9][0-9]|خصومات (تصل|حتى) (الى |إلى )?[6-9][0-9]|[6-9][0-9] ?% خصم|بنص السعر|نصف السعر)/
    // ... or at a price "instead of" the shop's, with free delivery or payment on delivery
    $perf_deal = /(بدلا من|بدلاً من|بدل [0-9]|بدال [0-9]|توصيل مجاني|التوصيل مجاني|توصيل مجانا|التوصيل مجانا|التوصيل ببلاش|شحن مجاني|الدفع عند الاستلام)|\b(free (delivery|shipping)|cash on delivery|instead of [0-9])\b/
    // villas and flats in instalments straight from the owner, without a bank (Gulf, Egyptian)
    $villa = /(فلل|فيلا|فله|فلة|شقق|شقة|دوبلكس|تاون هاوس|وحدات سكنية)|\b(villas?|townhouses?|apartments?|flats)\b/
    $villa_how = /(بدون بنك|بدون بنوك|بدون تمويل بنكي|بدون وساطة بنكية|بدون فوائد|بدون فوايد|من غير بنك|من غير بنوك|تقسيط مباشر|بالتقسيط المباشر|قسط مباشر)|\b(without (a )?bank|no bank (loan|finance|financing)|direct (developer |owner )?(instal?ments?|payment plan))\b/
    // the Gulf's club nights pushed by a promoter: ladies' night, free entry or drinks, a table to book
    $club = /\b(ladies'? ?nights?|club nights?|party nights?|pool party|night ?club|brunch party|after ?party)\b|(ليلة السيدات|ليلة البنات|حفلة الليلة|سهرة الليلة|نايت كلوب)/
    $club_how = /\b(free (entry|entrance|drinks|shots)|unlimited (drinks|shots|bubbly)|(table|vip) (booking|bookings|reservations?)|book (your|a) (table|vip)|vip tables?|guest ?list|bottle (offer|deals?|service))\b|(دخول مجاني|الدخول مجاني|حجز طاولات|حجز طاولة|طاولات vip)/
    // a friend's plan for the night out ("are you coming?", "we're going")
    $club_mine = /\b(we'?re going|we are going|i'?m going|i am going|wanna come|want to come|you coming|are you coming|see you|meet (you|us)|my (friend|cousin|sister)|with me|i'?ll be)\b/
    // followers, likes or views for Snapchat, Instagram or TikTok sold in packages at a price (Gulf, Egyptian)
    $fol = /(متابعين|متابع |لايكات|مشاهدات|ريتويتات)/
    $fol_plat = /(سناب|انستقرام|انستغرام|انستجرام|انستا|تيك توك|تيكتوك|يوتيوب|تويتر)/
    $fol_sell = /(زيادة|للبيع|بأرخص|بارخص|باقات|باقة|نوفر|متوفر|حقيقيين|عرب حقيقي|خليجيين|سعوديين)/
    // a price in riyals, dirhams, pounds or dinars, which the money count may not read
    $ar_amt = /[0-9] ?(ريال|درهم|جنيه|دينار|دنانير|ر\.س|د\.إ)|\b[0-9] ?(aed|sar|qar|kwd|bhd|omr|egp|le)\b/
    // the way in as the Gulf writes it when no number stands in the text
    $ar_reach = /(واتساب|واتس اب|واتس|كلمني|كلمنا|كلمونا|راسلني|راسلنا|للتواصل|للطلب|للحجز|اطلب الان|اطلب الآن|اطلبي)/
    // a person's own car, maid or number; a question to friends, a thank-you
    $ar_mine = /(سيارتي|خادمتي|رقمي|عندي خادمة|اشتريت|بعت |ابغى|أبغى|تعرف احد|تعرفون احد|تعرف أحد|تعرفون أحد|أحد يعرف|احد يعرف)/
    $mine = /\b(i|we|he|she|they) (got|booked|paid|took|did|had|bought|sold)\b|\bmy (car|maid|number|perfume)\b|\b(thanks|thank you|lol|haha|bro|can you|could you|do you know)\b/
  condition:
    (($vip and $vip_sale) or ($car and $car_how) or ($maid and $maid_how) or ($perf and $perf_off)
      or ($perf and $perf_deal and (money_count > 0 or $ar_amt or $perf_off or $vip_sale)) or ($villa and $villa_how)
      or ($club and $club_how and not $club_mine) or ($fol and $fol_plat and $fol_sell and ($ar_amt or money_count > 0)))
    and (phone_count > 0 or contact_count > 0 or $ar_reach) and not $ar_mine and not $mine and sender_kind == "phone"
}

rule goods_cold_services_intl
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Cold sells from a person's number (Brazilian Portuguese, Latin American Spanish, Turkish, Russian, Ukrainian, Polish, Romanian, Arabic): your name cleaned from Serasa, SPC, Dicom, Buro, KKB, BIK or SIMAH in so many days or guaranteed; a credit score raised or debts and collections removed from the report in so many days or guaranteed (US Spanish and Portuguese, Quebec French); air miles bought for cash or Pix; a health plan with no waiting period; a flat or house with no down payment; solar panels at no cost, reply YES, TAK or DA; each with its price, a number, a link or a reply asked"
  strings:
    // the name or the credit record cleaned ("limpamos seu nome do Serasa", "te sacamos de Dicom", "KKB notunuzu
    // yukseltiyoruz", "исправим кредитную историю", "usuwamy wpisy z BIK", "scoatere din Biroul de Credit", "اخراج من سمة")
    $cr_pt = /\b(nome limpo|limpa(r|mos)? (o |seu |teu |sua )?(nome|cpf)|limpe (o |seu |teu |sua )?(nome|cpf)|(tira|tire|tirar|tiramos|retira|retirar|retiramos|exclui|excluir|excluimos|remove|remover|removemos|baixa|baixar|baixamos) (seu |o |teu |sua |as |suas |os |seus )?(nome|cpf|restricoes|restricao|pendencias|apontamentos|negativacao|negativacoes))\b.{0,40}\b(serasa|spc|scpc|boa vista|cadin|bacen)\b/
    // the name cleaned with no register named ("a gente limpa seu nome em 7 dias"): the second person, never "meu nome"
    $cr_pt2 = /\b(limpa|limpe|limpamos|limpar|limpeza d[oe]) (o |seu |teu |sua )?(nome|cpf)\b/
    $cr_es = /\b(limpiamos|limpiar|limpia|sacamos|sacarte|sacarlo|salir|sal|eliminamos|eliminar|elimina|borramos|borrar|borra|quitamos|quitar)( tu| su| te| lo| le)?( nombre| historial| reporte| rut| registro| deuda| deudas)?( de| del| en| en el)? (dicom|buro de credito|buro|infocorp|veraz|datacredito|centrales de riesgo|central de riesgo)\b/
    $cr_tr = /\b(kkb|findeks|kredi) (notu\w{0,4}|puan\w{0,4}|skor\w{0,4}|sicil\w{0,4})\b.{0,30}\b(yukselt\w{0,8}|duzelt\w{0,8}|temizle\w{0,8})|\b(sicil (affi|temizleme|silme|temizligi)|kara listeden (cikar|cikma|cikis))/
    $cr_ru = /(исправ|очист|улучш|обнул).{0,12} (вашу |вам |свою |плохую |испорченную )?кредитн.{0,6} истори|(виправ|очист|покращ).{0,12} (вашу |вам |свою |погану )?кредитн.{0,6} істор/
    $cr_pl = /\b(usun\w{0,6}|usuwamy|wykresl\w{0,6}|wyczysc\w{0,4}|czyszczenie|oczyszczenie)( [a-z]{1,10})? (z |wpisu |wpisow |w )?(bik|krd|big|erif|rejestru dluznikow|rejestrow dluznikow)\b/
    $cr_ro = /\b(stergere|stergem|scoatere|scoatem|iesire|eliminare|eliminam)( [a-z]{1,10})? (din|de la|de pe) (biroul de credit|birou de credit|lista neagra|centrala riscului)\b/
    $cr_ar = /(إخراج|اخراج|حذف|إزالة|ازالة|رفع|تنظيف|شطب).{0,20}(سمة|سمه|السجل الائتماني|القائمة السوداء)/
    // the credit repair offered to migrants in the US and Canada: "reparamos tu credito", "subimos tu puntaje", "borramos
    // colecciones"; "consertamos seu credito", "aumentamos seu score", "removemos cobrancas"; "on augmente votre cote de
    // credit", "nous effacons vos dettes" (the firm's "we", never a person's "my credit")
    $cr_lx = /\b(reparamos|arreglamos|limpiamos|mejoramos|subimos|levantamos|aumentamos|consertamos|arrumamos|melhoramos|reparons|ameliorons|augmentons|on augmente|nettoyons|reparation de)( tu| su| el| seu| teu| o seu| votre| ta| ton| du)? (credito|puntaje|score|historial crediticio|reporte de credito|pontuacao|credit|dossier de credit|cote de credit|pointage de credit)\b|\b(borramos|quitamos|eliminamos|removemos|te quitamos|le quitamos|tiramos|apagamos|excluimos|effacons|on efface|supprimons|retirons)( tus| sus| las| los| suas| as| seus| os| vos| tes| les)? (colecciones|cobros|deudas|cuentas negativas|pagos atrasados|cobrancas|dividas|negativacoes|dettes|collections|retards de paiement)\b/
    // ... in so many days, guaranteed, without paying the debt, with a lawyer
    $cleanpitch = /\b[0-9]{1,2} (dias|horas|dias uteis|dias habiles|zile|dni|days)\b|\b(cinco|sete|dez|siete|diez) (dias|horas)\b|\b[0-9]{1,2} (gunde|gun icinde|is gunu)\b|\b[0-9]{1,2} jours\b|\b(garantid[oa]s?|garantizad[oa]s?|garantia|garantie?s?|garantis|garantili|gwarancj\w{1,2}|garantat\w{0,2}|sem pagar|sin pagar|bez splaty|advogad\w{1,2}|abogad\w{1,2}|avukat|prawnik|kancelari\w{1,2}|avocat|liminar|score)\b|(за [0-9]{1,2} (дн|дня|дней)|гарант|юрист|خلال [0-9]{1,2}|مضمون|بضمان)/
    // air miles bought for cash ("compro suas milhas", "compramos tus millas", "mil satin aliyoruz", "скупка миль")
    $mi = /\b(compro|compramos|compra-se|comprando|compra de|venda suas|vende tus|vende sus|venda|vende) (suas |sus |tus |as |las |seus )?(milhas|millas)\b|\b(mil|millerinizi|millerinizi) (satin aliyoruz|aliyoruz|nakite cevir\w{0,4})|(скупка|выкуп|куплю|покупаю|купим|покупаем|скуповую|купую|купимо|викуп)( ваши| ваших| ваші)? (миль|мили|милі)|\b(skup|kupie|kupimy|skupujemy|kupuje) (twoje |wasze |twoich )?mil\w{0,2}\b|\bcumpar(am)? (mile|milele)\b|(نشتري|شراء) (الأميال|الاميال|أميالك|اميالك|أميال|اميال)/
    $mi_cash = /\b(pagamento|pagamos|pago|a vista|na hora|pix|dinheiro|milheiro|efectivo|al contado|nakit|pesin|gotowk\w{1,2}|przelew\w{0,2}|numerar|cash|bani)\b|(наличн|деньг|оплат|грош|كاش|نقد|فوري)|r\$/
    // a health plan with no waiting period ("plano de saude sem carencia", "seguro medico sin periodo de espera")
    $hp = /\bplanos? (de saude|odontologic\w{1,2}|medic\w{1,2})\b|\b(seguros?|planes?) (de salud|medic\w{1,2}|de gastos medicos)\b|\b(prepaga|isapre)\b|\b(ozel|tamamlayici) saglik sigorta\w{0,3}\b|(дмс|медицинск.{1,8} страховк|медичн.{1,8} страхуванн)|\b(prywatn\w{1,2} opiek\w{1,2} medyczn\w{1,2}|pakiet\w{0,2} medyczn\w{1,4}|ubezpieczeni\w{1,2} zdrowotn\w{1,4})\b|\basigurar\w{1,3} (de sanatate|medical\w{1,2})\b|(تأمين صحي|تامين صحي|التأمين الطبي|تأمين طبي)/
    $hp_nowait = /\b(sem carencias?|carencia zero|zero carencia|isencao de carencia|sin (periodo de )?(carencia|espera)|sin preexistencias|cero carencia|bekleme suresi(z| olmadan| yok)|beklemesiz|bez karencji|bez okresu (karencji|oczekiwania)|fara perioada de (asteptare|carenta)|fara carenta)\b|(без (периода )?ожидания|без періоду очікування|بدون فترة انتظار|بدون فترة الانتظار)/
    // a flat or house with no down payment ("apartamento sem entrada", "depa sin enganche", "pesinatsiz daire")
    $ap = /\b(apartamentos?|apto|ape|imove(l|is)|casa propria|lancamento|departamentos?|depas?|casas?|vivienda|lotes?|terrenos?|daire|daireler|konut|konutlar|rezidans|mieszkani\w{0,3}|apartamente|apartament)\b|(квартир|новострой|житл|شقة|شقق|فلل|فيلا|وحدات سكنية)/
    $ap_nodown = /\b(sem entrada|entrada zero|zero de entrada|entrada facilitada|entrada parcelada|sin enganche|enganche cero|sin cuota inicial|sin pie|sin anticipo|pesinatsiz|sifir pesinat|pesinat(siz| olmadan)|bez wkladu wlasnego|fara avans)\b|(без первоначального взноса|без первого взноса|без першого внеску|بدون دفعة أولى|بدون دفعة اولى|بدون مقدم)/
    // solar panels at no cost ("placas solares sem custo", "fotowoltaika za darmo", "panouri solare gratuit")
    $so = /\b(energia solar|placas? solar\w{0,2}|paine(l|is) solar\w{0,2}|paneles solares|panel solar|gunes (paneli|panelleri|enerjisi|enerji sistemi)|fotowoltaik\w{0,2}|panele? (fotowoltaiczne|sloneczne)|instalacj\w{1,2} fotowoltaiczn\w{1,2}|panouri (solare|fotovoltaice)|sistem fotovoltaic)\b|(солнечн.{1,6} (панел|батаре|электростанц)|сонячн.{1,6} (панел|батаре|електростанц)|ألواح شمسية|الواح شمسية|الطاقة الشمسية)/
    $so_free = /\b(sem (custo|investimento|entrada|pagar nada)|custo zero|investimento zero|sin (costo|coste|inversion|pago inicial)|costo cero|sifir maliyet|za 0 ?zl|bez wkladu|fara (cost|costuri|investitie|bani))\b|\b(solar|solares|fotowoltaik\w{0,2}|paneli|panelleri|solare|fotovoltaice|fotovoltaic|sloneczne|fotowoltaiczne) (gratis|gratuit\w{0,2}|de graca|ucretsiz|bedava|za darmo|bezplatn\w{1,4})\b|\b(gratis|gratuitas|gratuitos|ucretsiz|bedava|darmowa|darmowe|bezplatna|bezplatne|gratuite) (placas|paneles|paineis|kurulum|montaj|fotowoltaika|instalacja|panouri)\b|(без вложений|без вкладень|بدون تكلفة|(панел|батаре|станци).{0,6} (бесплатн|безкоштовн)|(бесплатн|безкоштовн).{1,6} (солнечн|сонячн)|(ألواح شمسية|الواح شمسية) (مجان|مجانا))/
    // the marketer's way back: reply YES, TAK, DA, EVET, ДА, نعم; or a call or a chat
    $yes = /\b(responda|responde|conteste|contesta|odpowiedz|odpisz|wyslij|napisz|raspunde\w{0,2}|trimite\w{0,2}|yazin|yaziniz|gonderin)( com| con| z| cu)? "?(sim|si|yes|tak|da|evet|1|info)"?\b|(ответьте|напишите|відповідайте|напишіть|ответь|відповідай) "?(да|так|1)|(رد|ارسل|أرسل) (بنعم|نعم)/
    $ask = /\b(chame|chama|fale|escreva|escribeme|escribenos|llame|llamenos|mandame un (texto|mensaje)|texte-moi|textez-nous|arayin|zadzwon\w{0,3}|napisz\w{0,3}|sunati|suna-ma|scrie-mi|scrieti-ne|informatii)\b|(звоните|пишите|звоніть|пишіть|للتواصل|راسلنا|واتس)/
    $amt = /[0-9] ?(tl|lira|zl|zlotych|pln|lei|ron|reais|soles)\b|[0-9] ?(руб|₽|грн|₴|₺|ريال|جنيه|درهم)|(₺|₽|₴) ?[0-9]/
    // a person's own purchase, cleaning or panels, a question or a joke, an agent's reply to a client's request
    $own = /\b(eu (comprei|instalei|vendi|contratei|limpei|tirei)|comprei|contratei|limpei meu|instalei|vale a pena|(voce|vc) sabe|sabes si|conforme (conversamos|combinado|solicitado)|como (conversamos|combinamos|me pediste|solicitaste)|obrigad[oa] pelo (contato|interesse)|gracias por (tu|su) (interes|consulta)|kkk\w{0,4}|jaja\w{0,4}|aldim|aldik|taktirdik|yaptirdik|kupilem|kupilam|kupilismy|zalozylismy|am (cumparat|montat|pus|instalat)|golpe|estafa|recomendo|recomiendo|te recomiendo|polecam|tavsiye ederim|recomand)\b|(мы (купили|поставили|установили)|я (купил|купила|поставил|установил)|ми (купили|встановили)|اشتريت|ركبت)/
  condition:
    ((any of ($cr_pt, $cr_es, $cr_tr, $cr_ru, $cr_pl, $cr_ro, $cr_ar, $cr_lx) and ($cleanpitch or money_count > 0 or $amt))
      or ($cr_pt2 and $cleanpitch and (money_count > 0 or $yes or $ask))
      or ($mi and ($mi_cash or money_count > 0))
      or ($hp and $hp_nowait)
      or ($ap and $ap_nodown)
      or ($so and $so_free))
    and ($yes or $ask or phone_count > 0 or contact_count > 0 or url_count > 0)
    and not $own
    and sender_kind == "phone"
}

rule goods_army_buyer_upi
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A buyer or customer 'in the army' or the CRPF who saw your listing or wants tuition, a service or goods, pays 'from the army account', if you send a rupee or scan a QR code to receive; a unit's bulk order paid in advance from the army account; a CISF, BSF or CRPF camp's order of thalis or meals for the jawans, 'payment will be done by the officer in advance', share your account details, UPI or card; an officer renting a house or portion for his family with the advance 'from the army office' who asks for your JazzCash, Easypaisa, UPI or Paytm number; an army captain or major buying goods from your shop, or answering your OLX or PakWheels ad with an advance, who will pay by JazzCash or Easypaisa and asks for your wallet number and CNIC: the army-buyer scam (English, romanised Hindi and Urdu, Urdu script); an officer who says who he is ('I am Major X from the Indian Army') and hires a tutor, photographer, caterer, tent house or taxi, with an advance, and asks for your UPI, QR code or payment details (English, Hinglish); without the army, the fake bulk buyer of so many bags, boxes or kilos who pays online in advance before delivery and asks for the shop's QR code, UPI, GPay, PhonePe, JazzCash or Easypaisa handle (English, Hinglish; India, Pakistan)"
  strings:
    $army = /\b(army|military|crpf|bsf|cisf|itbp|ssb|assam rifles|indian air force|navy|fauj\w{0,3}|jawan|jawans)\b/
    $listing = /\b(olx|quikr|pak ?wheels|marketplace|listing|ad|advertisement|ishtihar|ishtehar|sofa|bike|car|gari|gaari|flat|room|scooty)\b/
    $pay = /\b(google pay|gpay|phonepe|paytm|upi|qr code|scan|bhejo|send)\b/
    // the service or goods ordered: tuition for the officer's children, meals, rooms, a bulk order
    $svc = /\b(tuition|tuitions|tutor|teacher|coaching|classes|students|order|bulk|catering|caterers?|tiffin|thalis?|meals|lunch|dinner|breakfast|food packets|rooms|hotel|booking|taxi|cab|tent|tent house|decorators?|decoration|photographer|photography|videographer|videography|dj|sound system|band|cook|driver|pandit|movers|packers|water cans?|supplies|saman|samaan|material)\b/
    // what gives it away: the rupee or the QR code sent "to receive", the army's own account
    $strong = /\b(scan|qr)\b|(₹ ?|\b(re|rs)\.? ?)1\b[^,.0-9]|\b(1|one|ek) (rupee|rupaya|rupiya)\b|\b(to receive|receive (the )?(payment|money|amount|fees?)|receive karne|payment lene|upi pin)\b/
    $acct = /\b(army|defence|defense|military|crpf|bsf|unit|cantt|canteen) (account|a\/c|acct|department account|payment system)\b|\b(army|unit|department) (ka|ke|ki) (account|khate|khata)\b/
    $office = /\b(army|defence|defense|military|unit|cantt|regiment|battalion|fauji) (office|daftar|accounts? (office|section|department)|finance (office|department)|headquarters)\b|\b(army|unit|department) (ka|ke|ki) (office|daftar)\b/
    // the order for a whole unit, and the advance promised ("advance milega", "payment in advance", "army office se advance")
    $bulk = /\b(unit|camp|regiment|battalion|mess|jawans|platoon) (ke liye|kay liye|ki liye|ka order|ke jawano)\b|\bfor (our|the|my) (unit|camp|jawans|regiment|battalion|mess|platoon)\b/
    $adv = /\badvance (payment|pay|milega|milegi|milenge|mil jayega|mil jaega|mil jayegi|denge|dega|de denge|de dunga|bhej denge|bhejenge|bhej dunga|aayega|ayega|aaega|aa jayega|aa jaega|transfer|karenge|kar denge|kar dunga|ho jayega|from|se)\b|\b(payment|paisa|paise|amount|rent|kiraya|kiraye|fees?) advance (mein|me|main|milega|milegi|denge|dega|de dunga|aayega|ayega|karenge|kar dunga)\b|\b(pay|payment|rent)( [a-z]{1,10}){0,2} in advance\b|\b(army|unit|department|office|cantt|headquarters|daftar)( [a-z]{1,10})? (se|ki taraf se|from) advance\b/
    // the camp's order paid "by the officer in advance" ("payment will be done by our officer in advance",
    // "payment advance mein officer karenge"), and the shop asked for its account, UPI or card details
    $adv2 = /\bin advance\b|\badvance (me|mein|main|mai)\b|\b(payment|amount|bill) (will|would|shall) be (done|made|paid|cleared|transferred) by (our|the|my) (officer|officers|sir|commanding officer|co|accounts? (officer|section|department)|cashier|department)\b/
    $share = /\b(share|send|provide|forward|give|whatsapp|text)( me| us)?( your| ur| the| apna| apni| apne| aapka| aapki| aapke)?( bank| upi| card| account| a\/c| debit| credit| atm)? (account|a\/c|acct|bank|upi|card|qr|qr code|paytm|gpay|phonepe)( [a-z]{1,10})? (details|detail|number|no|id)\b|\b(account|a\/c|bank|upi|card|paytm|gpay|phonepe)( [a-z]{1,10})? (details|detail|number|no|id)\b.{0,20}\b(bhejo|bhej do|bhejiye|bhejein|bhej dein|bhej dijiye|send (karo|karein|kare|kijiye|kariye|kar do|kar dijiye)|share (karo|karein|kare|kijiye|kariye|kar do|kar dijiye)|dijiye|de do|batao|bataiye|please|pls|plz)\b/
    // the officer's own claim: "I am Major X from the Indian Army", "main army se Captain Y bol raha hu",
    // "Colonel Z here": a rank or the army said in the first person
    $army_me = /\b(i am|i'm|this is|myself|my name is)( [a-z.]{1,12}){0,4} (from|in|of|with|posted (at|in)) (the )?(indian )?(army|military|air force|navy|crpf|bsf|cisf|itbp|assam rifles|cantonment|cantt)\b|\b(main|mai|hum)( [a-z]{1,12}){0,2} (army|fauj|military|crpf|bsf|cisf|itbp|cantt|cantonment) (se|mein|me|main|ka|ki|ke)\b|\b(major|captain|capt|colonel|col|lieutenant|subedar|havildar|havaldar|commandant|brigadier)( [a-z.]{1,12}){1,3} (here|bol raha|bol rahi|speaking)\b/
    // the payee's UPI, wallet or payment details asked for ("share your UPI", "apna UPI bhejo")
    $upi_ask = /\b(send|share|give|forward|whatsapp|provide)( me| us)? (your|ur|apna|apni|aapka|aapki|apka|apki) (upi|gpay|google pay|phonepe|phone pe|paytm|bank|payment|account)\b|\b(apna|apni|aapka|aapki|apka|apki|your|ur) (upi|gpay|google pay|phonepe|phone pe|paytm|qr|qr code|scanner|bank details|account details|payment details|account number|account no)( id| number| no| details)?( [a-z]{1,8})? (bhejo|bhej do|bhejiye|bhej dijiye|bhejein|bhej dein|bhejen|share karo|share karein|share kijiye|send karo|send karein|send kijiye|dijiye|de do|batao|bataiye)\b/
    // a house, flat or portion to rent for the family, and the number asked to send the advance to
    $rent = /\b(kiraye|kiraya|kiraaye|kiraay\w{0,2}|kirae|kiray|rent|rental|portion|tenant)\b/
    $wallet = /\b(jazz ?cash|easy ?paisa|upi|paytm|phonepe|phone pe|gpay|google pay|bank|account)( [a-z]{1,10})? (number|no|nambar|id|details)\b/
    // Pakistan: "main army captain hun, aap ki dukaan se saman lena hai, payment JazzCash se karunga, apna
    // JazzCash number aur CNIC bhejen": the officer says who he is, buys from the shop or answers the OLX or
    // PakWheels ad with an advance, asks for the wallet or CNIC
    $pk_me = /\b(main|mai|i am|i'm)( pak| pakistan)? (army|fauj|fauji|military|rangers)( ka| ki| mein| main| me| se)? (captain|capt|major|colonel|col|lieutenant|subedar|havaldar|naik|officer|afsar)\b|\b(army|fauj|fauji|military) (captain|capt|major|colonel|officer|afsar|subedar|havaldar) (hun|hoon|hu|hon)\b|\bfauji (hun|hoon|hu|hon)\b/
    $pk_shop = /\b(dukaan|dukan|dokan|shop|store|saman|samaan|maal)\b/
    $pk_cnic = /\b(cnic|shanakhti card|shanakhti|id card) ?(ki |ka )?(copy|number|no|photo|pic|bhej\w{0,4}|send)\b|\b(cnic|shanakhti card)\b.{0,30}\b(bhej\w{0,4}|send|share)\b/
    // the same in Urdu script
    $ur_me = /میں (پاک |پاکستان )?(آرمی|فوج)( میں)? (کیپٹن|میجر|کرنل|صوبیدار|حوالدار|نائیک|افسر|لیفٹیننٹ)|(کیپٹن|میجر|کرنل|صوبیدار|حوالدار) ہوں/
    $ur_shop = /(دکان|دوکان|سامان|آرڈر|یونٹ کے (لیے|لئے))/
    $ur_ask = /(جاز ?کیش|ایزی ?پیسہ|ایزی ?پیسے|ایزی ?پیسا|بینک)( اکاؤنٹ| اکاونٹ| اکائونٹ)? نمبر|شناختی کارڈ|سی این آئی سی/
    // the fake bulk buyer without the army: "I want 20 bags of cement from your shop, I will pay online in advance,
    // send your PhonePe QR code" (a bulk quantity, the advance before delivery, the shop's QR code or handle asked)
    $qty = /\b([2-9]|[1-9][0-9]{1,2}) ?(bags?|bori|boriyan|boriya|katta|kattay|boxes|box|cartons?|peti|sacks?|quintals?|tons?|tonnes?|dozen|crates?|drums?)\b|\b[1-9][0-9]{1,2} ?(kg|kgs|kilo|litres?|liters?|ltrs?|packets|pieces|pcs)\b/
    $adv3 = /\b(advance|before delivery|upfront|up front)\b|\b(delivery|maal|saman|samaan) (se|say|sy) (pehle|pahle|phle)\b|\b(pehle|pahle|phle) (payment|paisa|paise|online)\b/
    $qr_ask = /\b(send|share|forward|whatsapp|give)( me)?( your| ur| the| shop'?s| store'?s)?( gpay| google pay| phonepe| phone pe| paytm| bhim| upi| payment| jazz ?cash| easy ?paisa)? (qr|qr code|scanner)\b|\b(qr|qr code|scanner)\b.{0,20}\b(send|share|bhejo|bhej do|bhejiye|bhej dijiye|bhejein|bhej dein|dijiye|de do|please|pls|plz)\b|\b(your|ur|apna|apni|aapka|aapki|apka|apki)( shop| dukaan| dukan| store)?( ka| ki| kay)? (gpay|google pay|phonepe|phone pe|paytm|upi|bhim|jazz ?cash|easy ?paisa)( [a-z]{1,10})? (number|no|id|qr|qr code|scanner|handle)\b/
    // a regular customer's order already placed
    $placed = /\b(yesterday|kal wala|kal wali|kal ka|kal ki|last time|as usual|pichli baar|pichhli baar|same as before|i placed|i ordered|maine diya tha|order diya tha|already ordered)\b/
  condition:
    ($army and (($listing and $pay) or ($svc and $strong) or ($acct and ($strong or $pay))
      or ($svc and $adv and ($acct or $office or $bulk)) or ($rent and $wallet and ($acct or $office or $adv))
      or ($svc and ($adv or $adv2) and $share) or ($pk_me and ($pk_shop or $svc or $bulk or $listing) and ($wallet or $pk_cnic)))
     // the officer who hires a tutor, a photographer, a caterer, a tent house or a taxi and pays "in advance"
     or ($army_me and $svc and $adv3 and ($upi_ask or $qr_ask or $share or $wallet))
     or ($ur_me and $ur_shop and $ur_ask)
     or ($qty and $adv3 and ($qr_ask or $share) and not $placed))
    and (sender_kind == "phone" or sender_kind == "email")
}

rule goods_marketplace_escrow_email : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A buyer who 'already paid' through the marketplace's escrow or sent proof of payment to your e-mail: the fake-payment e-mail that asks you to confirm or pay a fee (English; Jiji, Jumia, OLX, Marketplace, Craigslist)"
  strings:
    $market = /\b(marketplace|gumtree|craigslist|olx|ebay|facebook|kijiji|carousell|vinted|depop|advert|listing|jiji|jumia|tonaton|dubizzle|offerup|quikr|mudah|your ad)\b/
    $paid = /\b(already paid|i have paid|i've paid|payment (is|has been) (made|sent)|proof of payment|paid through|via escrow|escrow|zelle business)\b/
    $mail = /\b(check your (email|e-mail|inbox|mail)|to your (email|e-mail|inbox)|in your (email|e-mail|inbox))\b/
    // the buyer who asks for an e-mail address "for the Zelle payment" (the fake payment e-mail to follow)
    $ask = /\bsend me your (email|e-mail)( address)? for the (zelle|paypal|payment|venmo|cash app)\b/
  condition:
    $market and ($paid and $mail or $ask) and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule goods_rental_overseas_deposit : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A landlord abroad (missionary work, deployed, relocated) who cannot show the flat but wants the deposit sent first: the rental scam (English; Central American Spanish, Croatian, written Cantonese and traditional Chinese: the owner abroad or away for work, the deposit paid or transferred before any viewing, the keys sent by courier or post)"
  strings:
    $away = /\b(overseas|out of the country|abroad|missionary|deployed|relocated (to|abroad)|offshore|fuera del pais|fora do pais)\b|\b(i'm|i am|currently) (in|out in|away in|working in) [a-z]{3,14} for (work|my job|a contract)\b|\b(out of (town|state)|traveling|travelling) for work\b|\bdrive by (and )?(see|look at|view) (it )?(from )?(the )?outside\b/
    $let = /\b(apartment|flat|house|room|rental|rent|property|piso|alquiler|apartamento)\b/
    $pay = /\b(send|wire|transfer|pay)\b.{0,40}\b(deposit|first month|rent)\b|\bkeys (will be )?(posted|sent|mailed)\b|\b(adelantas|adelanta|envias|envia) la fianza\b|\b(deposit|first month)\b.{0,40}\b(zelle|venmo|cash app|wire|bank transfer|western union|paypal)\b/
    // Central American Spanish: the owner abroad or travelling ("vivo en Estados Unidos", "ando de viaje", "de mision en el
    // exterior"), the house or room, a deposit to send first, and the keys by courier or no viewing before it
    $es_away = /\b(en el extranjero|en el exterior|fuera del pais|de mision|(vivo|trabajo|estoy|ando|me encuentro|resido) (en|por) (estados unidos|los estados|usa|espana|europa|canada|mexico|italia|alemania)|(estoy|ando|me encuentro) de viaje)\b/
    $es_let = /\b(apartamento|apto|casa|cuarto|habitacion|departamento|depa|local|propiedad|dueno|duena|propietari[oa])\b/
    $es_dep = /\b(deposit[ae]|depositar|depositarme|depositeme|me deposita|hacer un deposito|haga un deposito|un deposito de|el deposito por|(mandeme|mandame|envieme|enviame) el deposito|transfier[ae]|adelant(e|a|ar) el (primer )?mes)\b/
    $es_keys = /\b(le|te) (envio|mando|enviare|mandare|hago llegar) (el contrato y )?las llaves\b|\bllaves por (courier|correo|paqueteria|encomienda|dhl)\b|\b(mi agente|mi abogado|un agente) (le|te) (da|entrega|dara|entregara) las llaves\b|\bdespues (le|te) entrego las llaves\b|\b(no (puedo|lo puedo|la puedo) (mostrar|ensenar)\w{0,3}|antes de (verlo|verla)|primero debe)\b/
    // Croatian: "u inozemstvu", working in Germany or Ireland, the flat, the deposit ("polog", "kapara", "depozit"), and the
    // keys by post or courier or no viewing before the payment
    $hr_away = /\b(u inozemstvu|na misiji|(radim|zivim|sam|smo|boravim) u (njemackoj|austriji|irskoj|svicarskoj|londonu|engleskoj|americi|kanadi|norveskoj|svedskoj|italiji|inozemstvu))\b/
    $hr_let = /\b(stan\w{0,2}|apartman\w{0,2}|kuca|kucu|soba|sobu|nekretnin\w{1,2}|vlasni(k|ca))\b/
    $hr_dep = /\b(polog\w{0,2}|kapar\w{1,2}|depozit\w{0,2}|akontacij\w{1,2})\b/
    $hr_keys = /\bkljuceve (saljem|cu poslati|posaljem|poslat cu|dobivate)\b|\bkljuceve (postom|kurirom|putem dostave)\b|\b(poslat cu|saljem) (vam |ti )?kljuceve\b|\bpreda\w{1,3} kljuceve\b|\b(ne mogu (ga |ju |je )?pokazati|tek nakon uplate)\b/
    // written Cantonese and traditional Chinese: the owner overseas or in another country, the flat, the deposit paid in
    // first, and the keys sent or handed by a friend, or no viewing (a letter is three bytes: the gaps are counted in bytes)
    $zh_away = /(海外|國外|国外|外國|外国|身在|(人|我)在(美國|美国|英國|英国|加拿大|澳洲|日本|國外|国外|海外)|喺(英國|美國|加拿大|澳洲|海外|外國|日本))/
    $zh_let = /(業主|业主|房東|房东|屋主|單位|单位|套房|房子|間房|层楼|層樓|睇樓|看房)/
    $zh_dep = /(過數|过数|過|过|轉|转|匯|汇|畀|付|入)(咗|了)?.{0,18}(按金|押金|訂金|订金|定金)|(按金|押金|訂金|订金|定金).{0,12}(過數|过数|轉帳|转账|匯款|汇款|入數|入数)/
    $zh_keys = /(寄|速遞|速递|快遞|快递|郵寄|邮寄).{0,12}(鎖匙|锁匙|鑰匙|钥匙)|(鎖匙|锁匙|鑰匙|钥匙).{0,9}(寄|速遞|郵寄|邮寄)|(交|畀|俾|給|给)(鎖匙|鑰匙|钥匙)|(冇辦法|無法|无法|唔可以|不能|沒辦法|没办法)(帶你|带你)?(睇樓|看房|帶看|带看)|看房前/
    // a viewing offered, a payment at the signing or through an agent, the writer's own deposit or an errand for them
    $own = /\b(en persona|lo vemos|puede ver|se puede ver|ya (pague|lo vendi)|osobno|pogledati|razgledavanje|platila sam|platio sam|prodan\w{0,2})\b|(簽約|签约|地產|地产|仲介|我已經|我已经|睇樓時|看房時|賣咗|賣掉|卖掉|幫我|帮我)/
  condition:
    (($away and $let and $pay)
      or ($es_away and $es_let and $es_dep and $es_keys)
      or ($hr_away and $hr_let and $hr_dep and $hr_keys)
      or ($zh_away and $zh_let and $zh_dep and $zh_keys))
    and not $own and sender_kind != "alpha" and sender_kind != "shortcode"
}

// The second-hand item "held" for a deposit (Central American Spanish, Croatian, written Cantonese, traditional Chinese): the
// seller keeps the phone, the bike or the fridge for you if you send an advance now, other buyers waiting, or ships it
// once paid; a buyer who comes to see it and pays in person, or the writer's own purchase, is not it
rule goods_reserved_item_deposit : phishing
{
  meta:
    action = "junk"
    weight = 2.5
    description = "A second-hand item or a car 'reserved' or 'yours' once an advance or deposit is sent by transfer, with other buyers waiting or the item shipped after payment (Central American Spanish, Croatian, written Cantonese, traditional Chinese)"
  strings:
    // held for you
    $res = /\b(se lo aparto|te lo aparto|se la aparto|te la aparto|le aparto|te aparto|lo aparto|la aparto|apartarlo|apartarla|separarlo|separarla|reservarlo|reservarla|es tuy[oa]|es suy[oa]|rezerviram\w{0,2}|rezerviran\w{0,2}|je (vasa|vas|vase|tvoja|tvoj|tvoje))\b|(幫你留|帮你留|幫您留|帮您留|留住|留俾你|留畀你|留給你|留给你|hold住|保留|預留|预留|留著|留着)/
    // the advance or deposit ...
    $dep = /\b(anticipo|adelanto|adelant[ae]|adelantar|deposito|deposit[ae]|reserva|sena|kapar\w{1,2}|akontacij\w{1,2}|polog\w{0,2}|depozit\w{0,2})\b|(訂金|订金|定金|按金|押金)/
    // ... sent by transfer
    $send = /\b(mand\w{1,4}|deposit\w{1,3}|transfer\w{1,6}|envi\w{1,4}|adelant[ae]|uplat\w{1,4}|posalj\w{1,4}|prebac\w{1,4}|na racun)\b|(轉|转|匯|汇|過數|过数|畀|俾|付|入數|入数|轉數快|转账|轉帳)/
    // other buyers waiting, or the item shipped once paid
    $rush = /\b(varios interesados|otr[ao]s? (persona|interesad[oa]s?|comprador\w{0,2})|(hay|tengo) (mas )?(gente|personas) (interesad\w{1,2}|preguntando)|se lo doy a otr[oa]|vise zainteresiranih|vise zainteresovanih|ima (jos|vise) (ljudi|kupaca|zainteresiranih)|dajem (ga |je )?drug\w{1,3})\b|(好多人|很多人|其他(買家|买家|人)|第二個|第二个|別人|别人|逾時不候|逾时不候|先到先得|唔係就)/
    $ship = /\b(se lo envio|se la envio|te lo envio|te la envio|por encomienda|por paqueteria|por courier|saljem (ga|je|vam)|(saljem|posaljem) (ga |je )?(dostavom|postom|kurirom))\b|(寄順豐|寄顺丰|速遞|快遞|快递|黑貓|黑猫|宅配|郵寄|邮寄|寄出|寄俾你|寄給你|寄给你)/
    // a viewing or a handover in person, the writer's own purchase
    $own = /\b(en persona|lo vemos|paso a (verlo|recogerlo|buscarlo)|al recoger|ya (lo )?vendi|ya pague|osobno|preuzimanje|pogledati|platila sam|platio sam|prodan\w{0,2})\b|(面交|睇貨|看貨|验货|驗貨|已經賣|已经卖|賣咗|賣掉|卖掉|我已經|我已经)/
  condition:
    $res and $dep and $send and ($rush or $ship) and not $own
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule goods_ticket_resale : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A stranger's spare concert or match tickets at face value or 'can't go anymore', paid by bank transfer, Zelle, Cash App or friends-and-family first or only, or with other buyers waiting, or offered cold to someone whose post they saw (the ticket-resale scam)"
  strings:
    $tickets = /\b([0-9]|two|three|four) (spare )?tickets?\b.{0,80}\b(face value|each|a piece|apiece|per ticket|for both)\b|\b(tickets?|seats)\b.{0,80}\b(face value|can'?t go|cant go|can no longer (go|make it))\b|\bspare [0-9] tickets?\b|\b(can'?t|cannot|cant|can no longer|won'?t be able to|unable to) (go|make it|attend)\b.{0,80}\b(selling|sell|my|the|[0-9]|two|three|four) (spare )?tickets?\b|\bselling (my |our )?([0-9]|two|three|four) (spare )?tickets?\b/
    $pay = /\b(bank transfer only|transfer only|once paid|pay first|paypal friends|friends and family|friends & family|f&f|send (them|it) (straight )?after|screenshot of (the )?booking)\b|\b(zelle|venmo|cash ?app|apple pay|bank transfer|e-?transfer|interac|paypal|chime)( payment)? (only|first|upfront|up front|before (i|the) (send|transfer))\b|\bonly (accept|take|taking|do) (zelle|venmo|cash ?app|bank transfer|e-?transfer|paypal)\b/
    // texted cold: the seller saw the reader's post, or knows the reader is "looking for tickets"
    $cold = /\b(saw|seen|read) (your|ur) (post|comment|tweet|story|ad|listing)\b|\b(you('re| are| were)|u r|ur|still) looking for (tickets?|[0-9] tickets?|(a )?ticket)\b|\bgot your (number|contact) (from|in|on|off)\b/
    $app = /\b(zelle|venmo|cash ?app|paypal|bank transfer|e-?transfer|chime|apple pay)\b/
    // the pressure: other buyers waiting, the first to pay gets them (a friend offers "first dibs", no rush)
    $rush = /\b(other|many|several|a lot of|lots of|multiple) (people|buyers|folks|persons)\b.{0,30}\b(interested|asking|waiting|want(ing)? them|messag|lined up|in line)|\bfirst (come,? first serve|to (pay|send)|person to (pay|send)|one to (pay|send))|\b(going|selling|will go) fast\b/
    $easy = /\b(whenever|no rush|no hurry|first dibs|lol|haha|pay me back)\b/
  condition:
    $tickets and ($pay or ($cold and $app) or ($rush and $app and not $easy)) and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule goods_pet_shipping_fee : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A puppy or kitten 'ready to ship' once a crate, insurance or delivery fee is paid; a 'shelter', rescue or breeder's adoption or rehoming fee by text with the shipping included (English)"
  strings:
    $pet = /\b(puppy|puppies|kitten|kittens|pup|pups|dog|dogs|cat|cats|kitty|kitties|yorkies?|frenchies?|bulldogs?|poodles?|parrots?)\b/
    $ship = /\b(ship|shipping|delivery|deliver|courier|pet transport|airline)\b/
    $fee = /\b(crate|insurance|vaccination|delivery|shipping|transport) (&|and )?(insurance )?fee\b|\bcrate insurance\b/
    // or paid up front through an app that cannot be disputed
    $app = /\b(zelle|cash ?app|venmo|apple pay|gift ?cards?|friends (and|&) family)\b/
    // the "shelter", rescue or breeder's adoption or rehoming fee, with the shipping or a flight nanny included
    $adopt = /\b(adoption|adopting|rehoming|re-homing|rehome|re-home) (fee|fees|cost|price|donation)\b|\b(up for|available for|ready for) (adoption|rehoming|re-homing|a new home)\b/
    $incl = /\b(includ(es|ing|ed)|inclusive of|covers?|with|plus|\+) (free |the |all )?(shipping|delivery|transport|transportation|pet transport|flight|flight nanny|pet nanny|air ?fare)\b|\b(shipping|delivery|transport|flight nanny)( fee| fees| cost| costs)? (is |are )?(included|inclusive|free|covered)\b|\b(ship|deliver|fly|transport) (him|her|them|it|the (puppy|kitten|pup|baby))( straight| directly| right)? to (you|your (door|doorstep|home|location|city|state|airport))\b/
    // a person's own pet: "we adopted", "I paid the adoption fee"
    $own = /\b(i|we|i've|we've|i just|we just) (have )?(adopted|paid|got|picked up|brought home|rescued)\b|\bmy (dog|cat|puppy|kitten|pup)\b/
  condition:
    $pet and $ship and ($fee or ($app and money_count > 0 and sender_kind != "alpha" and sender_kind != "shortcode"))
    or ($pet and $adopt and $incl and not $own and (money_count > 0 or phone_count > 0 or contact_count > 0 or $app)
        and sender_kind != "alpha" and sender_kind != "shortcode")
}

rule goods_overpayment_mover : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A buyer who 'sent more' to cover a mover, courier or shipper, or a soldier buyer whose courier will collect, or who pays the asking price plus extra by cashier's check or money order: the overpayment scam"
  strings:
    $over = /\bincludes? (an extra )?[^ ]{1,12} for the (mover|movers|courier|shipper|pick-?up agent|agent)\b|\bsend (his|her|the courier'?s|the agent'?s|the mover'?s) fee\b|\bsend back the [^ ]{1,10} extra for (transport|the courier|the agent|shipping)\b|\b(sent|paid) (you )?(extra|more)\b.{0,40}\b(mover|courier|shipper|shipping agent)\b/
    $soldier = /\b(soldier|in the army|military|deployed)\b.{0,80}\b(courier|mover|pick ?up|collect)\b/
    // or the buyer's cheque for more than the price, and a mover sent while the buyer is away
    $check = /\b(certified|cashier'?s|bank) (check|cheque)\b|\bmoney order\b|\b(sending|send|mail|mailing) (you )?a (check|cheque)\b/
    $refund = /\b(refund|return|send back|send me back) the (difference|balance|extra|rest)\b/
    $extra = /\b(a (bit|little) more|extra (for|to cover) (your|ur|the) (trouble|time|patience|inconvenience)|(above|more than|over) (your|the) asking( price)?|(above|more than) (your|the) price)\b|\b(full|asking|listed) price (\+|plus|and) ?\$?[0-9]{1,4} ?(extra|more)\b|\b(asking|full|listed) price (plus|\+|and) (some |a little |a bit |an )?(extra|more)\b/
    $mover = /\b(mover|movers|shipper|courier|pick-?up agent)\b/
    $away = /\bout of (town|the country|state)\b|\b(travell?ing|offshore|on a ship|deployed|away on (business|duty))\b/
    // someone else pays, more than the price: "my dad will send the full amount + movers fee"
    $third = /\bmy (dad|father|mom|mother|boss|company|employer|husband|wife|uncle) will (send|pay|transfer) (you )?(the )?(full amount|full payment|extra|balance|rest)\b.{0,40}\b(mover|movers|shipping|courier|agent)\b/
  condition:
    ($over or $soldier or $third or ($check and ($extra or $refund or ($mover and $away))))
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule goods_marketplace_buyer_email : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A 'buyer' of your listing (Depop, Vinted, Marketplace, Gumtree, Kleinanzeigen, Leboncoin, Marktplaats) who wants your e-mail to pay by PayPal or arranges the courier: the fake-payment e-mail follows; a buyer of your OLX, Avito, sahibinden, Mercado Libre or Allegro ad who 'already paid' through the site's safe deal or sends a Pix receipt and asks you to ship, or sends or promises the link to receive the money, or asks for your WhatsApp to send it (Brazilian Portuguese, Spanish, Turkish, Russian, Ukrainian, Polish, Romanian, Arabic)"
  strings:
    $buy = /\b(want to buy|interested in (buying )?your|i'll (buy|take) (your|the)|is (your|the) [a-z]{2,15} still available)\b/
    $email = /\b(send|give|text) (me )?your (e-?mail|email address|paypal (e-?mail|address))\b|\byour (e-?mail|paypal) (so|and) (i|that i) (can|could|will) (pay|send)\b/
    $paypal = /\b(paypal|zelle|bank transfer)\b/
    $courier = /\b(courier|shipping agent|pick-?up agent|mover|extra for (the )?(shipping|courier|delivery))\b/
    // German, French and Dutch: your listing, the buyer arranges the courier, and your e-mail please
    // (the "secure payment" e-mail follows: Kleinanzeigen, Leboncoin, Marktplaats)
    $eu_ad = /\b(dein|deine|ihr|ihre) (inserat|anzeige|artikel)\b|\bist (der|die|das) [a-z]{2,20} noch (da|verfugbar|zu haben)\b|\b(ton|votre) annonce\b|\b(je|uw) advertentie\b|\bis (de|het) [a-z]{2,20} nog (beschikbaar|te koop)\b|\b(voce|vc) (vendeu|esta vendendo|anunciou)\b|\bseu anuncio\b|\b(il suo|il tuo|suo|tuo) annuncio\b/
    $eu_ship = /\b(versand|abholung|kurier|spedition|livraison|coursier|transporteur|verzending|koerier|bezorging|ja fiz o pagamento|ja paguei|fiz o pix|corriere|spedizione)\b/
    $eu_mail = /\b(schick|schicke|sende|gib|schicken sie|senden sie) (mir )?(bitte )?(deine|ihre) (e-?mail|mail|e-?mail-adresse|mailadresse)\b|\b(envoie|envoyez|donne|donnez|envoie-moi|donne-moi|envoyez-moi|donnez-moi) (moi )?(ton|votre) (e-?mail|adresse (e-?)?mail|mail)\b|\b(stuur|geef|stuurt|geeft) (me |mij )?(je|uw) (e-?mail|mailadres|e-?mailadres)\b|\b(clicar|clica|clique|acessar|acesse) (no|o|neste|nesse) link (pra|para) (receber|liberar|resgatar)\b|\b(mi dia|mi dai|mandami|inviami|mi mandi) (la sua |la tua )?(email|e-mail|mail)\b/
    // The marketplace's "safe deal" or fake receipt (OLX, Avito, sahibinden, Mercado Libre, Allegro, Vinted; Brazilian
    // Portuguese, Latin American Spanish, Turkish, Russian, Ukrainian, Polish, Romanian, Arabic): the seller's ad ...
    $ml_ad = /\b(seu|teu|sua|tu|su) (anuncio|aviso|publicacion|articulo)\b|\b(olx|enjoei|mercado ?livre|mercado ?libre|wallapop|vinted|avito|sahibinden|letgo|dolap|allegro|haraj|opensooq|dubizzle)\b|\bilan(iniz|inizi|inizla|inizdaki|inizdan|ini gordum)\b|(объявлени|оголошенн|авито|юла)|\b(pana|pani|twoje|twoja|twoj|panstwa) (ogloszeni\w{1,3}|ofert\w{1,2})\b|\bogloszeni\w{1,3}\b|\banunt(ul|ului)? (dumneavoastra|dvs|tau|de pe)\b|(إعلانك|اعلانك|إعلانكم|اعلانكم|حراج|السوق المفتوح)/
    // ... the buyer's claim to have paid already, or the receipt sent ...
    $ml_paid = /\bja (fiz o pagamento|efetuei o pagamento|realizei o pagamento|paguei|fiz o pix|fiz a transferencia|transferi)\b|\b(segue|aqui esta|te mandei|enviei|envio) o comprovante\b|\bcomprovante (do pix|de pagamento|da transferencia)\b|\bya (te |le )?(pague|hice el pago|realice el pago|hice la transferencia|transferi|deposite)\b|\b(te|le) (envio|mando|adjunto) el comprobante\b|\bcomprobante de (pago|transferencia|deposito)\b|\bodeme(yi|mi)? (yaptim|gerceklestirdim|gonderdim|tamamladim)\b|\b(parayi|ucreti) (gonderdim|yatirdim|odedim)\b|\bdekont(u)? (gonderdim|atiyorum|ekte)\b|(уже (оплатил|оплатила|перевел|перевёл|перевела)|чек об оплате|вже (оплатив|оплатила|сплатив|сплатила|переказав|переказала)|квитанці.{1,4} про оплату)|\bjuz (zaplacilem|zaplacilam|oplacilem|oplacilam|przelalem|przelalam|wyslalem pieniadze|wyslalam pieniadze)\b|\bpotwierdzenie (platnosci|przelewu)\b|\bam (platit|efectuat plata|facut plata|achitat|trimis banii)\b|\bdovada (platii|de plata)\b|(قمت بالدفع|قمت بالتحويل|تم الدفع|تم التحويل|إيصال الدفع|ايصال الدفع|إيصال التحويل|ايصال التحويل)/
    // ... "you can ship the product now" ...
    $ml_ship = /\b(pode|ja pode) (enviar|mandar|despachar|postar) o (produto|item|pedido)\b|\b(puedes|puede|podes) (enviar|mandar|despachar) (el|la) (producto|articulo|paquete|pedido)\b|\b(urunu|kargoyu) (gonderebilirsiniz|kargolayabilirsiniz|gonderin|yollayin|kargoya verin|kargoya verebilirsiniz)\b|((можете|можешь) (отправлять|отправить|высылать|выслать) (товар|посылку)|(можете|можеш) (відправляти|відправити|надсилати|надіслати) (товар|посилку))|\b(mozesz|moze pan|moze pani|prosze) (wyslac|nadac) (paczke|towar|przedmiot)\b|\b(puteti|poti) (trimite|expedia) (produsul|coletul|marfa)\b|(يمكنك (إرسال|ارسال|شحن) (المنتج|الطلب|الشحنة))/
    // ... the site's own "safe payment" or delivery said to hold the money ...
    $ml_safe = /\b(olx|enjoei) pay\b|\bpagamento seguro\b|\bpago seguro\b|\bcompra protegida\b|\bguvenli (odeme|alisveris|e-ticaret|ticaret)\b|(безопасн.{1,6} сделк|авито доставк|безпечн.{1,6} (угод|оплат)|olx доставк)|\bbezpieczn\w{1,3} (transakcj|platnos|zakup|kupowani)\w{0,3}\b|\bplata (securizata|sigura|prin olx)\b|(الدفع الآمن|الدفع الامن|صفقة آمنة|صفقة امنة)/
    // ... a link to receive the money, or the link the site "will send" ...
    $ml_link = /\b(clica|clique|clicar|acesse|acessa|entra|entre) (no|nesse|neste|pelo) link (pra|para|e) (receber|liberar|resgatar|confirmar)\b|\blink (pra|para) (receber|liberar) (o )?(pagamento|dinheiro|valor)\b|\b(link|enlace) (para|de) (recibir|cobrar) (el|tu|su) (pago|dinero)\b|\b(te|le) (llegara|va a llegar|enviaran|van a enviar|enviara|va a enviar) un (link|enlace) (para|de) (cobrar|recibir|que (cobres|recibas|confirmes))\b|\b(linke|baglantiya) tikla\w{1,8} (odemenizi|paranizi|ucretinizi|odemeyi|parayi) (al|tahsil)|\b(odemenizi|paranizi|ucretinizi) (almak|tahsil etmek) icin\b|(по ссылке.{0,30}(получит|получени|забрать|зачислен)|за посиланням.{0,30}(отрима|зарахува))|\blink\w{0,2} (do|aby|zeby) (odbioru|otrzymania|odebrac|otrzymac) (platnosci|pieniedzy|srodkow)\b|\blink(ul)? (pentru|de) (primire|incasare|a primi|a incasa)\b|(رابط.{0,30}(لاستلام|استلام|لاستقبال) (المبلغ|المال|الدفع|الأموال|الاموال|مبلغك))/
    // ... or the chat app asked for, to send that link ("give me your WhatsApp and I'll send the link")
    $ml_payword = /\b(pagamento|pago|cobrar|receber o dinheiro|odeme\w{0,3}|platnos\w{1,3}|plata|platii)\b|(оплат|دفع|الدفع)/
    $ml_chat = /\b(whatsapp|zap|wpp|wsp|viber|telegram|watsap)\b.{0,50}(\blink\b|\benlace\b|\blinki\b|\bbaglanti|ссылк|посилан|رابط)|(ватсап|вотсап|вайбер|телеграм).{0,50}(ссылк|посилан)/
  condition:
    (($buy and $email and $paypal and ($courier or money_count > 0)) or ($eu_ad and $eu_ship and $eu_mail)
      or ($ml_ad and (($ml_paid and ($ml_ship or $ml_safe or $ml_link)) or $ml_link or ($ml_safe and ($ml_chat or url_count > 0)) or ($ml_chat and ($ml_paid or $ml_payword)))))
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule goods_free_item_pay_shipping : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A piano, pet or car 'free to a good home' from a stranger: only the mover's or shipper's fee to pay, or a late relative's piano, organ or furniture given away, 'contact my mover or shipping company to schedule delivery' (the fee is the scam)"
  strings:
    $free = /\b(free to a (good|loving|caring) home|free to (anyone|someone) who|giv(e|ing) (it|them|him|her) away (for )?free|for free to (someone|anyone|a family)|free of charge to)\b/
    $pay = /\b(only|just) (need to |have to )?(pay|cover) (for )?(the )?(moving|shipping|delivery|transport|movers?|courier)\b|\b(you('d| would| will)?|you'll) only (need to )?pay (the |for the )?(moving|shipping|delivery|movers?|transport|courier)\b/
    // the late relative's piano, organ or furniture given away, "contact my mover to schedule delivery"
    $item = /\b(piano|pianos|baby grand|keyboard|organ|harp|furniture|dining set|bedroom set)\b/
    $give = /\b(giv(e|ing) (it |them )?away|free of charge|for free|it'?s free|is free|at no cost|donat(e|ing)|to a (good|loving|new) home|needs a (new|good|loving) home)\b/
    $late = /\b(late|deceased) (husband|wife|mother|father|mom|mum|dad|grandmother|grandfather|grandma|grandpa|granny|aunt|uncle|brother|sister|son|daughter|parents)\b|\bpassed away\b/
    $ask = /\b(to someone|to anyone|to a (family|person|music lover)|who (will|would|can) (cherish|love|appreciate|use|play)|music lover|(would|will) you (like|want|be interested)|are you interested|if interested)\b/
    $mover = /\b(contact|reach out to|reach|text|call|email|e-mail|message|get in touch with|write to) (my|the|our) (mover|movers|moving company|moving agent|shipping company|shipping agent|shipper|delivery company|delivery agent|courier|logistics company)\b|\b(my|our) (mover|movers|moving company|shipping company|delivery company|courier)( [a-z]{1,10}){0,3} (will|to|can) (schedule|arrange|handle|deliver|contact)\b/
  condition:
    ($free and $pay or ($item and $give and $mover and ($late or $ask)))
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule goods_cash_home_buyer
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A cold text from an investor who wants to buy your house for cash, any condition, or asks if the property is still available for the cash buyer they have; a first name who buys houses as-is or for cash in your neighbourhood, closes in N days, and asks if you are open to selling or would consider an offer (unsolicited, from a person's number; English)"
  strings:
    $buy = /\b(buy|purchase) your (house|home|property|land|lot)\b|\b(cash )?offer (on|for) your (house|home|property|land)\b|\bwe buy (houses|homes)\b|\b(get|receive) a cash offer\b|\b(looking to|interested in) sell(ing)? your (house|home|property|land|lot)\b|\bstill own (the|your) (property|house|home|land|lot)\b|\b(interested in|looking at|looking into) (buying|purchasing) your (house|home|property|land|lot)\b|\b(buy|purchase) (a few|some|several|more) (properties|houses|homes) in your (area|neighbou?rhood|street)\b/
    // "I buy houses as-is", "we're buying homes in your area", "would you sell your house?", "are you open to
    // selling your property?", "looking to buy a house in your neighborhood"
    $buy2 = /\b(i|we) (buy|purchase) (houses|homes|properties)\b|\b(i'm|im|i am|we're|we are) (buying|purchasing) (houses|homes|properties|a few (houses|homes|properties))\b|\b(would|will|could) you (ever )?(sell|consider selling) your (house|home|property|place|land|lot)\b|\b(open to|consider|considering|thought about) selling (your|the) (house|home|property|land|lot)\b|\b(buy|purchase) an? (house|home|property) in your (area|neighbou?rhood|street|zip)\b/
    $how = /\b(for cash|cash offer|all cash|cash buyers?|(we|i) pay cash|paying cash|any condition|as-?is|no repairs|no commissions?|close in (as little as |under |about )?[0-9]{1,2} (days|weeks)|still (yours|own it|for sale)|consider (an offer|selling))\b/
    // the cold ask, for the texts that name the house without "your": "are you open to selling 412 Pine St?"
    $ask = /\b(are you|would you be|you) open to (selling|an offer|offers)\b|\b(would|will) you (consider|entertain) (selling|an offer)\b/
    // a person's own sale or talk: "the investor offered us cash", "our neighbours sold as-is"
    $own = /\b(we|i|they|he|she) (sold|offered|got|accepted|took)\b|\b(offered|gave) (us|me)\b|\b(my|our|mom'?s|dad'?s) (house|home|place|property)\b|\blol\b/
    $house = /\b(houses?|homes?|property|properties)\b/
    // "is the property still available? I have a cash buyer": the wholesaler's opener (a buyer of a
    // listed house asks the same, but is the buyer: "we are cash buyers")
    $avail = /\b(is|are) (the|your) (property|house|home|land|lot|parcel)\b.{0,30}\bstill (available|for sale|on the market)\b/
    $third = /\b(i|we) have an? cash (buyer|investor)\b|\b(i|we) have cash (buyers|investors)\b|\bmy cash (buyer|investor)s?\b|\bany condition\b|\bno repairs\b|\boff[- ]market\b/
  condition:
    (($buy and $how) or ($avail and $third)
      or ((($buy2 and ($how or $ask)) or ($ask and $how and $house)) and not $own))
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule goods_health_plan_zero_premium : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Health-plan lead generation: a '$0 premium' ACA or Medicare plan, a subsidy you qualify for, call to enrol (from a person's number); the same in Chinese to the Chinese community in the US (medical insurance from $0 a month, reply STOP)"
  strings:
    $plan = /\b(aca|obamacare|affordable care act|health (plans?|insurance|coverage)|medicare|medicaid)\b/
    $zero = /\$0 ?(premium|monthly|a month|per month|plan|copay|deductible|\/ ?(month|mo)\b)|\b(zero|no)[- ]cost (health|plan|coverage)\b|\b(subsid(y|ies)|tax credit|benefit)\b.{0,40}\b(qualify|eligible|eligibility)\b|\b(eligibility|qualify)\b.{0,40}\$0\b/
    // Chinese: medical insurance, Obamacare, Medicare's red-and-blue card, "from $0 a month", "$0 premium"
    $zh_plan = /(医疗保险|醫療保險|医保|醫保|健保|健康保险|健康保險|奥巴马|歐巴馬|奧巴馬|红蓝卡|紅藍卡|联邦医疗|聯邦醫療|白卡|红白蓝卡|紅白藍卡)/
    $zh_zero = /(最低|低至|只需|仅需|僅需|只要|月费|月費|保费|保費) ?\$ ?0([^0-9.,]|[.,][^0-9]|$)|\$ ?0 ?(保费|保費|月费|月費|自付|起)|(零|0元|免)(保费|保費|月费|月費)/
    // a family's own plan: "my mother's insurance is $0 a month"
    $zh_mine = /(我的|我们的|我們的|妈妈的|媽媽的|爸爸的|我妈|我媽|我爸)/
    // an insurer's notice to its own member: "your plan covers ...", "call member services"
    $member = /\bmember services\b|\byour( [a-z]{1,12}){0,2} (plan|policy) (covers|includes|pays)\b/
  condition:
    ($plan and $zero and not $member or $zh_plan and $zh_zero and not $zh_mine) and (contact_count > 0 or phone_count > 0 or url_count > 0)
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule goods_adult_massage
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Massage or escort 'service' with girls to a hotel or home, day and night, from someone's number; a body massage at home by a female therapist with 'full privacy' (English, Hinglish); the Gulf's massage centre with Filipina or Thai staff, home and hotel service, 24 hours (English, Gulf and Egyptian Arabic); a massage by girls at a hotel or at home, day and night (Swahili, Sheng, Amharic); the escort ad ('商务模特', '外围', '学生妹', '靚女', '外送茶') to a home or hotel or for the night, 'real person guaranteed', 'discreet', 'come at once', with a chat id, a number or a link (Chinese, written Cantonese); the 'business-trip massage' (출장 안마) to a hotel or a home, round the clock, with a mobile number or KakaoTalk (Korean); the escort ad ('acompanhantes de luxo', 'garotas de programa', 'scorts', 'escort bayan', 'досуг' with girls, 'dziewczyny do towarzystwa', 'dame de companie') to a hotel or a home, discreet or round the clock, with a number (Brazilian Portuguese, Spanish, Turkish, Russian, Ukrainian, Polish, Romanian, Arabic)"
  strings:
    $svc = /\b(massage|massages|escort|escorts|call girls?|maalish|malish|body to body)\b/
    $girls = /\b(young|asian|russian|thai|indian|arab|filipina|european|sexy|beautiful|hot|vip) (ladies|girls|models|therapists?)\b|\b(female|lady|ladies|girl|girls) (therapists?|masseuses?|massagers?|masseurs?|staff)\b|\b(filipina|thai|asian|russian|moroccan|indonesian|balinese|vietnamese|chinese|kenyan)( (and|&) [a-z]{1,10}[a-z])? (staff|ladies|girls|therapists?|masseuses?)\b|\bcall girls?\b|\bby (a )?(female|lady|girl|ladies|girls)\b|\b(female|lady|ladki|ladkiyon|ladies|girls?) (se|dwara|ke dwara|ke sath|ke saath|ke haath|ke hath|dwara)\b/
    $where = /\b(hotel and home|home and hotel|home ?\/ ?hotel|hotel ?\/ ?home|home service|hotel service|hotel visits?|outcall|in ?call|24 ?(hours|hrs|\/7)|all night|full service)\b|\b(full|complete|total|100 ?%) (privacy|secrecy)\b|\bprivacy (guaranteed|assured|maintained|100 ?%)\b|\b(ghar|room|hotel) (par|pe|pr|mein|me) (service|aakar|aa kar|akar)\b/
    // a ladies' beauty parlour at home (facial, waxing) is no lure
    $salon = /\b(facials?|waxing|threading|bridal|beauticians?|parlou?r|pedicure|manicure|for ladies|for women|ladies only|women only)\b/
    // someone's own booking: "mom booked a lady therapist to come home"
    $own = /\b(i|we|mom|mum) (booked|called|had|got|went)\b|\bmy (wife|mom|mum|mother|sister|physio|physiotherapist)\b|\b(maine|mene|humne|mummy ne|mom ne|didi ne|bhabhi ne|book kiya|book ki thi|book karwaya|book karwayi|bulaya|bulayi|bulwaya)\b/
    // Arabic: a massage centre, Filipina, Thai or Moroccan staff, hotels and homes or round the clock
    $ar_svc = /(مساج|تدليك)/
    $ar_girls = /(فلبينيات|تايلنديات|تايلانديات|مغربيات|روسيات|اندونيسيات|إندونيسيات|آسيويات|اسيويات|موظفات|معالجات|مدلكات)/
    $ar_where = /(فنادق|الفنادق|منازل|المنازل|24 ساعة|٢٤ ساعة|على مدار الساعة|للشقق|شقتك|فندقك)/
    // Egyptian Arabic: girls for massage ("مساج بنات", "مدلكات"), a full massage
    $ar_girls2 = /(مدلكة|مدلكات|بنات (روس|مغربيات|فلبينيات|حلوين|جميلات|صغيرين)|مساج (كامل|بنات|حريمي للرجال))/
    // Swahili and Sheng: girls ("warembo", "mademu") for a massage at a hotel or at home, day and night
    $sw_girls = /\b(wasichana|warembo|mademu|madem|manzi|mabinti)\b/
    $sw_where = /\b(hotelini|lodge|gesti|nyumbani kwako|tunakufuata|tunakuja ulipo|masaa 24|saa 24|usiku mzima|faragha)\b/
    // Amharic: a massage by women at a hotel or a home, round the clock
    $am_svc = /(ማሳጅ|የሰውነት ማሸት)/
    $am_girls = /(ሴቶች|ቆነጃጅት|ልጃገረዶች|ቆንጆ)/
    $am_where = /(ሆቴል|ቤትዎ|ቤት ድረስ|24 ሰዓት|ሌሊት)/
    // Chinese: the escort ad ("商务模特", "外围", "学生妹"), the service to a home or hotel or for the night
    // ("上门", "包夜", "全套"), the ad's promise ("保证真人", "安全保密", "同城") and a chat id or a number;
    // a repairman's or a courier's home visit is not it
    $zh_girl = /(外围|外圍|模特|嫩模|学生妹|學生妹|兼职妹|兼職妹|空姐|少妇|少婦|良家|熟女|萝莉|蘿莉|御姐|佳丽|佳麗|靚女|正妹|援交|援妹|外送茶)|(美女|小姐|妹子|女)(按摩|技师|技師|spa|推油)|推油|大保健/
    // ("美女" and "小姐" address any woman: with a home visit alone they need the night's service)
    $zh_girl_weak = /(美女|小姐|妹子|妹妹)/
    $zh_svc = /(包夜|全套|过夜|過夜|一夜情|约炮|約炮|陪睡|陪游|陪遊|伴游|伴遊|陪同|出台|特殊服务|特殊服務|莞式|一条龙|一條龍|同城约|同城約)/
    $zh_visit = /(上门|上門|酒店服务|酒店服務|到酒店|宾馆|賓館|到府)/
    $zh_ad = /(真人|保密|隐私|隱私|不满意|不滿意|随叫随到|隨叫隨到|即約即到|即约即到|同城|全城|本地|24小时|24小時|先服务|先服務|先见面|先見面|价格|價格|价位|價位|优惠|優惠|照片|睇相|验证|驗證)/
    $zh_ct = /(微信|加v|加微|vx|qq|扣扣|电话|電話|联系|聯繫|飞机|飛機|telegram|line|whatsapp|加我)/
    $zh_chore = /(快递|快遞|取件|维修|維修|安装|安裝|师傅|師傅|保洁|保潔|家政|空调|空調|预约|預約|工程师|工程師|看房|租房|房租|搬家|装修|裝修|量房|测量|測量|送货|送貨|外卖|外賣|拍摄|拍攝|摄影|攝影|走秀|试镜|試鏡)/
    // Brazilian Portuguese, Spanish, Turkish, Russian, Ukrainian, Polish, Romanian, Arabic: the escort ad ("acompanhantes de
    // luxo", "garotas de programa", "scorts", "escort bayan", "досуг" with girls, "dziewczyny do towarzystwa") ...
    $ml_esc = /\bacompanhantes? (de luxo|vip|independentes?|top|gostosas?|safadas?|lindas?|novinhas?|femininas?|trans|reais|disponiveis)\b|\b(garotas?|meninas|gatas) de programa\b|\bscorts?\b|\b(chicas|nenas|modelos) (prepago|prepagos|vip|escort|scort)\b|\bdamas? de compania\b|\b(eskort|escort) (bayan|kiz|kizlar)\b|\b(anonse towarzyskie|dziewczyny do towarzystwa|panie do towarzystwa|roksa)\b|\b(escorte (de )?lux|dame de companie)\b|(индивидуалк|интим услуг|девушки на час|девочки на час|досуг для мужчин|дівчата на годину|інтим послуг)/
    $ml_dosug = /досуг/
    $ml_girls = /(девушк|девочк|дівчат|индивидуалк|красотк)/
    // ... to a hotel or a home, discreet, round the clock
    $ml_where = /\b(24 ?h|24 ?hs|24 ?horas|24 ?saat|24\/7|discretas?|discretos?|discrecion|sigilo|sigilosas?|hotel|hoteles|motel|moteis|a domicilio|local proprio|com local|con lugar|otele|eve ve otele|wyjazd|dojazd|dyskretnie|dyskrecja|deplasare|discretie|la hotel)\b|(выезд|апартамент|круглосуточно|конфиденциальн|виїзд|цілодобово|فنادق|منازل|24 ساعة)/
    // a news report or a joke about it
    // Korean: the "business-trip massage" (출장 안마, 홈타이) to a hotel, a motel or a home, round the clock, women in their
    // twenties, with a mobile number, KakaoTalk or Telegram; a booking's confirmation names the booking
    $ko_svc = /(출장 ?(안마|마사지|홈타이|스웨디시)|홈타이)/
    $ko_where = /(호텔|모텔|자택|오피스텔|24 ?시간|여성 ?관리사|20대|방문)/
    $ko_reach = /\b01[016-9][ -]?[0-9]{2}[0-9]|(카톡|카카오톡|텔레그램|라인)/
    $ko_booked = /(예약 ?(확인|완료|되었|번호)|고객님의 예약)/
    $ml_esc_own = /\b(kkk\w{0,4}|jaja\w{0,4}|reportagem|noticia|novela|pelicula|haber|dizi|policia|polis|policja|politia)\b|(новост|сериал|полици|поліці|شرطة)/
  condition:
    (($svc and $girls and $where and not $own and not $salon or $ar_svc and ($ar_girls or $ar_girls2) and $ar_where
       or $svc and $sw_girls and $sw_where and not $salon or $am_svc and $am_girls and $am_where
       or ($ml_esc or $ml_dosug and $ml_girls) and $ml_where and not $ml_esc_own)
      and (phone_count > 0 or contact_count > 0)
     or (($zh_girl and ($zh_svc or $zh_visit) or $zh_girl_weak and $zh_svc) and $zh_ad
       and ($zh_ct or phone_count > 0 or url_count > brand_link_count + platform_url_count) and not $zh_chore)
     or ($ko_svc and $ko_where and ($ko_reach or phone_count > 0 or contact_count > 0) and not $ko_booked))
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule goods_car_wrap_offer : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "'We will pay you $500 a week to wrap your car with our ads', 'get paid to drive with our decal, text your name and car model': the car-wrap cheque scam (English, Spanish)"
  strings:
    $wrap = /\bwrap(ping)? (your|ur) (car|vehicle|truck|suv|auto)\b|\b(car|vehicle|auto) ?wrap(ping)? (program|advert\w{0,8}|ad|ads|campaign|job|offer|deal)\b|\b(your|ur) (car|vehicle|truck|suv) wrapped\b|\b(car|vehicle) (decal|sticker) (advert\w{0,8}|program)\b|\b(decals?|stickers?|logos?|ads|adverts?|advertisements?) on (your|ur) (car|vehicle|truck|suv)\b|\b(car|vehicle|auto) advertising (program|campaign|job|offer|deal|partner)\b/
    $pay = /\b(we('ll| will) pay you|pay you|earn|get paid|weekly|per week|a week)\b/
    // "get paid to drive as you normally do", with the ad or the ask for the car's make and model
    $drive = /\bget paid( [^ ]{1,12}){0,3} (to|for) driv(e|ing)\b|\bearn (money |cash )?(while|as|when) you drive\b|\bdrive (as you normally do|as usual|like you normally do|your normal routes?)\b/
    $ad = /\b(decals?|stickers?|wrap|wrapped|wrapping|brand(ed)? (ads?|logo)|advertis(ing|ement|ements)|logos?)\b/
    $model = /\b(car|vehicle|auto) (make|model|year)\b|\bmake (and|&) model\b|\bmodel of (your|ur) (car|vehicle)\b/
    // Spanish: wrap or label your car with a brand's ads ("rotular tu carro con publicidad") and a weekly pay,
    // or "te pagamos por manejar" with the ads or the car's make and model asked
    $es_wrap = /\b(envolver|rotular|forrar|envolviendo|rotulando|forrando|calcomanias? (en|para|de|sobre)|pegatinas? (en|para|sobre)|vinil (en|para|sobre)|publicidad (en|sobre)) (tu|su|sus|tus) (auto|autos|carro|carros|coche|coches|vehiculo|vehiculos|camioneta|troca|camion)\b|\bpublicidad (vehicular|movil en (tu|su) (auto|carro|coche))\b/
    $es_pay = /\b(gana|ganar|ganes|ganaras|ganaria|te pagamos|le pagamos|te pagaremos|le pagaremos|recibe|recibiras|por semana|a la semana|semanales|semanalmente|cada semana)\b/
    $es_drive = /\b(te|le|les) (pagamos|pagaremos|pagan|pagara|pagaran) (solo )?(por|para) (manejar|conducir)\b/
    $es_ad = /\b(publicidad|anuncios?|calcomanias?|pegatinas?|logos?|marca|modelo (de|del) (tu|su) (auto|carro|coche|vehiculo)|(marca|ano) y modelo)\b/
  condition:
    ($wrap and $pay) or ($drive and $ad and ($model or money_count > 0))
    or ($es_wrap and $es_pay) or ($es_drive and $es_ad)
}

rule goods_adult_dating : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Adult dating spam: 'hot singles in your area', lonely wives waiting to meet tonight, pushed to a link, opt-out footer or not (UK, US English); a young woman 'N years old and new in town, text me back if you want some fun' with a flirty emoji, from a long number (English); lonely wives or girls nearby waiting, a hook-up or dating 'platform' with a link (Chinese, written Cantonese); 'conditional meetings', a 'lover agency' or women nearby, with a link, or with KakaoTalk, Telegram, an ID or a number from a person's line (Korean)"
  strings:
    $a = /\b(hot|lonely|horny|local|naughty) (singles|women|wives|girls|milfs|moms)\b|\bsingles (in|near) your (area|city|town)\b|\b(hook ?up|meet) tonight\b/
    // a person's evening out or joke: "hot singles night at the bar, we should go lol"
    $a_own = /\b(singles (night|event|mixer|party|cruise)|speed dating|lol|lmao|haha|we should go|that ad)\b/
    // "I'm 24 and new in town", "jenny, 22 years old", "Amber, 23, just moved here"
    $age = /\b(i'?m|im|i am) [1-3][0-9]\b|\b[1-3][0-9] ?(years old|yrs old|yr old|y\/o|yo)\b|\b(i'?m|im|i am) [a-z]{2,12}, ?[1-3][0-9]\b/
    $new = /\bnew (in|to) (town|the area|the city|this city|your area|the neighbou?rhood)\b|\bjust moved (here|to (town|the area|your area|the city))\b/
    $fun = /\b(some fun|have fun|up for fun|a good time|fun tonight|naughty fun|play ?time|no strings)\b/
    $back = /\b(text|txt|message|msg|hit) me (back|up)\b|\btext back\b|\b(reply|respond) (back )?if (you|u)\b/
    // the flirty emoji (or its words) that no running-buddy ad carries
    $flirt = /(😘|😉|😏|💋|😈|🔥|🍑|🍆|💦|😜|🥵|😍|❤|💕|💖|😻|😋)|\b(bored|lonely|naughty|horny|discreet|kisses|xoxo|babe|hun)\b/
    // Chinese and written Cantonese: lonely wives, the girls "nearby" waiting, "tonight", hook-ups, a dating "platform";
    // Korean: "conditional meetings", a "lover agency", lonely tonight, women nearby
    $a_zh = /(寂寞(少婦|少妇|人妻|美女|女|嗎|吗)|正妹.{0,15}(等你|陪你|約|约)|約炮|约炮|約砲|一夜情|附近(的)?(美女|正妹|少婦|少妇|人妻|單身|单身)|交友(約會|约会)(平台|網站|网站|app)|援交|外送茶)/
    $a_ko = /(조건 ?만남|즉석 ?만남|원나잇|애인 ?대행|외로우세요|외로운 ?밤|근처 ?(여성|여자|미녀|싱글)|만남 ?주선|섹파|성인 ?만남)/
    $a_ko_ask = /(카톡|카카오톡|텔레그램|라인|아이디|오픈 ?채팅)|\bid ?:/
    $a_cjk_own = /(新聞|新闻|小心|詐騙|诈骗|騙|骗|사기|조심|뉴스|ᄏᄏ)/
  condition:
    ($a and url_count > brand_link_count + platform_url_count and not $a_own)
    or ($a_zh and not $a_cjk_own and url_count > brand_link_count + platform_url_count)
    or ($a_ko and not $a_cjk_own
      and (url_count > brand_link_count + platform_url_count or (($a_ko_ask or phone_count > 0) and sender_kind != "alpha" and sender_kind != "shortcode")))
    or ($age and $new and $fun and $back and $flirt and sender_kind == "phone")
}

rule goods_lead_gen_offers
{
  meta:
    action = "junk"
    weight = 2.5
    description = "Lead-generation offers from a person's or a toll-free number: 'free solar panels' homeowners 'qualify' for, 'get paid $25 a survey', 'get an extended car warranty now and save $1,000, call' (the pitch itself, from any sender not a business's, STOP footer or not), cheap auto insurance 'from $29/mo', debt relief for '$10k+ in debt', 'stop collection calls' or 'your application is pending, get out of debt in 24 months, reply YES'; '$0 down solar, cut your electric bill'; a pre-approved SBA or business loan or line of credit 'ready', an auto-loan refinance 'final notice', a home-equity cash-out 'you're approved'; to Spanish-speaking immigrants, papers, asylum or TPS 'for only $99, without a lawyer', debt programmes 'reduce your debt up to 60%', and personal loans 'sin verificación de crédito, aprobación inmediata, responda SI'"
  strings:
    $solar = /\b(qualify|qualifies|eligible) for (free|no-cost|zero-cost|\$0) solar\b|\bfree solar panels\b|\b(no-cost|zero-cost|\$0|free) solar (installation|system|program)\b|\bsolar (panels )?(at|for|with) (\$0|zero|no) (down|cost|money down)\b|\b(\$0|zero|no)[- ](money[- ])?down solar\b/
    // "solar ... cut your electric bill": with a qualify or a reply, not a neighbour's "ours cut the bill"
    $solar_bill = /\bsolar\b.{0,60}\b(cut|lower|slash|reduce|eliminate|shrink) your (monthly )?(electric|electricity|power|energy|utility) bills?\b|\b(cut|lower|slash|reduce|eliminate|shrink) your (monthly )?(electric|electricity|power|energy|utility) bills?\b.{0,60}\bsolar\b/
    // a neighbour's own panels ("we got solar for $0 down"), an installer's reply to the customer's request
    $sol_own = /\b(we|i) (just |finally |also )?(got|had|did|went)\b|\b(thanks|thank you) for (your|the) (request|inquiry|enquiry|call|visit)\b|\bas (you )?requested\b/
    $qualify = /\b(you|homeowners|your (home|household|address|roof|zip)) (may |now |could |might )?(qualify|qualifies|are eligible|is eligible|pre-?qualify)\b|\bsee if you qualify\b|\b(no|\$0|zero) (money |cost )?(down|upfront|out of pocket)\b/
    $survey = /\bget paid \$?[0-9]{1,3} (for|per) (every|each) (survey|review|task)\b/
    $debt = /\b(lower|reduce|cut|slash) your (credit card |unsecured |total |tax )?debts? (by|up to|by up to) [0-9]{1,2} ?%|\bdebt (relief|settlement|consolidation|reduction|forgiveness|hardship) (program|programme)\b|\bdebt (reduction|relief|forgiveness|settlement)\b.{0,40}\b(program|programme|plan)\b|\bconsolidate (all )?(of )?(your )?(bills|debts?|credit cards?)\b/
    // the debt-relief lead's opener: "struggling with $10k+ in debt?", "stop collection calls", "a debt program"
    $owing = /\b(struggling with|drowning in|buried in|behind on|over|more than) \$?[0-9]{1,3}(k|,000)\+? (in|of) ([a-z]{1,12} ){0,2}(debt|bills)\b|\bstop (the )?(collection|collector|creditor) calls\b|\b[a-z]{3,12} (start|relief|freedom) debt (program|programme|plan)\b/
    $insure = /\b(low|cheap|lowest) (cost|price|rate)? ?(auto|car) insurance\b.{0,40}\bfrom \$[0-9]|\blower your (car|auto) insurance\b/
    // the car-warranty call, as a text: "your vehicle's factory warranty is about to expire"
    $warranty = /\b(vehicle|car|auto)('s)? (factory |extended |manufacturer'?s? )?warranty\b.{0,40}\b(expir|reinstate|renew|final notice|last chance)/
    // a person's own car: "my car's warranty expires next month"
    $mine = /\b(my|our) (car|vehicle|truck|auto)\b/
    // the extended-warranty pitch itself, nothing expiring: "get an extended car warranty now and save $1,000"
    $ext = /\bextended (car|auto|vehicle|truck) (warrant(y|ies)|coverage|protection( plans?)?|service contracts?)\b|\b(car|auto|vehicle|truck)('s)? extended (warrant(y|ies)|coverage|protection( plans?)?)\b|\bextended (warrant(y|ies)|coverage|protection plans?|service contracts?) (for|on) (your|any|every|all) (car|auto|vehicle|truck|ride)s?\b/
    // a person weighing one ("should I get it?", "the dealer tried to sell me one", "lol")
    $ext_own = /\b(should (i|we)|lol|haha|worth it|(sell|sold|offered|pitched|quoted|told|call|text) me)\b|\bi'(m|ve|d)\b|\bi (got|had|bought|paid|need|think|was|did)\b/
    // "your debt relief application is pending", "get out of debt in 24 months": with a reply or a pending file
    $pending = /\b(debt|relief|consolidation|hardship|settlement) (program |programme )?(application|enrollment|enrolment|file) (is|was|has been|remains) (still )?(pending|incomplete|on hold|waiting|pre-?approved)\b/
    $app_pending = /\byour (application|file|enrollment|enrolment) (is|was|remains) (still )?(pending|incomplete|on hold)\b/
    $out_debt = /\b(out of debt|debt[- ]free)\b.{0,20}\b(in|within) [0-9]{1,2}\b/
    $yes = /\breply "?(yes|y|1)\b/
    // the student-loan lead: "following up on your student loan consolidation, your application is pending"
    $student = /\bstudent loans? (consolidation|forgiveness|relief|discharge|cancellation|reduction|payment reduction)\b/
    // the loan lead: a pre-approved SBA or business loan or line of credit "ready", an auto-loan
    // refinance "final notice", a home-equity cash-out "you're approved" (a lender's own notice
    // comes from its sender id or short code, excluded below)
    $loan = /\b(sba|business|small business|working capital|equipment) (loans?|lines? of credit|credit lines?|funding|financing)\b|\b(auto|car|vehicle) loan refinanc\w{0,4}|\brefinanc\w{0,4} (your |ur )?(auto|car|vehicle)\b|\b(home ?equity (loan|line|cash|offer)|heloc|cash[- ]out (refi\w{0,6}|loan|offer|of up to))\b/
    $approved = /\byou('re| are|'ve been| have been| were| just got)( now)? (pre-?approved|pre-?qualified|approved)\b|\byour (business |company )?(is|has been) (pre-?approved|pre-?qualified)\b|\byour pre-?(approved|qualified)\b|\b(loan|lines? of credit|credit line|funding|financing|heloc|cash[- ]out)( offer| amount)?( of (up to )?[^ ]{1,12})? (is|are|has been) (now )?(ready|pre-?approved|approved|waiting|available)\b|\b(final|last) (notice|reminder|chance)\b|\byou (may |now |still )?qualify for (up to|an?|a lower)\b/
    // a person's own loan news: "we got approved for the HELOC", "our SBA loan was approved"
    $own = /\b(we|we're|we've|i|i'm|i've) (just |finally )?(got|are|were|have been|was|been) (pre-?approved|approved)\b|\b(my|our) (sba|business|small business|home equity|heloc|car|auto) (loan|line|refi)\w{0,12} (is|was|got|has been|came)\b/
    // Spanish, to immigrants: papers, asylum or TPS for only $99 without a lawyer; "reduce your debt up to 60%"
    $es_imm = /\b(papeles|asilo|tps|permiso de trabajo|residencia|green card|ciudadania|daca|parole|perdon migratorio|visa u)\b/
    $es_price = /\b(por solo|por solamente|solo|por apenas|unicamente|desde) \$ ?[0-9]|\$ ?[0-9]{1,4} (solamente|nada mas|dolares nada mas)\b/
    $es_pitch = /\b(sin (abogado|necesidad de (un )?abogado|ir a corte|salir del pais)|(aprobacion|aprobado|resultado) (garantizad[oa]|100 ?%)|garantizad[oa]|llame (hoy|ya|ahora)|llamenos|escribanos|consulta gratis|cupos limitados|aplique hoy)\b/
    $es_debt = /\b(reduzca|reduce|reducir|elimine|eliminar|consolide|consolidar|baje|bajar) (su |tu |sus |tus )?(deuda|deudas)\b.{0,40}\b(hasta (un |el )?[0-9]{1,2} ?%|programa|califica|califique|calificar)\b|\b(programa|alivio) (de|para) (reduccion de |alivio de )?(deuda|deudas)\b.{0,60}\b(califica|califique|llame|responda|hasta)\b/
    // Spanish personal loans: no credit check, approved at once or the same day, "responda SI"
    $es_loan = /\b(prestamos?|credito personal|creditos personales|efectivo rapido|dinero rapido)\b/
    $es_nocheck = /\bsin (verificacion|revision|chequeo|checar|revisar|verificar|consultar|consulta|historial|importar) (de |del |su |tu |el )?(credito|buro)\b|\b(mal credito|credito malo|sin credito|buro) (no importa|ok|aceptado|bienvenido)\b|\bno (revisamos|verificamos|checamos|consultamos|importa) (su |tu |el )?(credito|buro)\b/
    $es_fast = /\baprobacion (inmediata|instantanea|garantizada|en minutos|el mismo dia|rapida|al instante)\b|\b(aprobado|aprobada|aprobados) (al instante|en minutos|garantizad[oa]s?|hoy mismo)\b|\b(dinero|efectivo|deposito|fondos) (el mismo dia|hoy mismo|en minutos|en [0-9]{1,2} horas)\b/
    $es_reply = /\b(responda|responde|conteste|contesta|envie|envia|escriba|escribe|texto) "?(si|yes|1|info|prestamo)\b/
  condition:
    (($solar and not $sol_own) or $survey or $insure or $debt or $owing or $es_debt
      or ($es_loan and ($es_nocheck or $es_fast) and ($es_reply or ($es_nocheck and $es_fast and (phone_count > 0 or url_count > 0 or contact_count > 0))))
      or ($warranty and (contact_count > 0 or phone_count > 0 or url_count > 0 or $yes) and not $mine)
      // (the extended-warranty pitch from any sender not a business's, opt-out footer or not)
      or ($ext and (phone_count > 0 or url_count > 0 or $yes or (contact_count > 0 and money_count > 0)) and not $mine and not $ext_own)
      or ($es_imm and $es_price and $es_pitch)
      or ($pending and (contact_count > 0 or phone_count > 0 or url_count > 0))
      or ($out_debt and ($pending or $app_pending or $yes))
      or ($student and ($app_pending or $yes))
      or ($solar_bill and ($qualify or $yes) and not $sol_own)
      or ($loan and $approved and not $own and ($yes or money_count > 0 or url_count > 0 or phone_count > 0)))
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule goods_lead_gen_phone_marketing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "US lead-generation marketing from a person's number, STOP footer or not: car-insurance quotes ('still paying too much? from $29/mo, reply YES'), final-expense or burial cover, a cash home-buying programme or an offer for your property, solar incentives or solar 'for $0 down, save up to 90% on your electric bill, reply YES' (not an installer's reply to a request), debt relief; the vehicle or factory warranty 'expired or about to', roof inspections or storm damage (a hurricane named or not) 'insurance may cover' or 'may be covered by your insurance', working capital 'in 24 hours, no collateral', student-loan discharge or forgiveness with a call-back before a deadline; refinance 'rates as low as 5.9%, reply YES for a quote'; Medicare or ACA extra benefits (a grocery allowance, dental, an OTC card) with a number to call; 'get 3 free quotes from top contractors, reply YES'; timeshare exit: 'get out of your timeshare legally', money-back guarantee, a free exit review, call; 'you're approved for a free government phone (Lifeline, ACP) with unlimited data, claim now', 'you qualify for a free hearing aid trial, call now', IRS tax-debt relief 'for pennies on the dollar' or the 'Fresh Start program', call; Medicare members' free back or knee brace, diabetic supplies or medical alert system 'at no cost', call; mass-tort settlements (Camp Lejeune, hair relaxer, Roundup): 'you may be owed up to $N', a free case review, call; UK accident or mis-sold-loan claims: an accident not your fault, 'you could be owed up to £N compensation', reply CLAIM; US accident and injury claims: 'were you injured in a car accident, at work or by a product? you could be owed thousands, you may be entitled to compensation', reply YES for a free consultation or call now, not a law firm's word to its client about the case (English, US Spanish)"
  strings:
    $t_ins = /\b(car|auto|vehicle) insurance\b|\b(final[- ]expense|burial|funeral) (insurance|coverage|cover|plans?|polic(y|ies)|benefits?)\b|\blife insurance\b/
    $p_ins = /\b(paying too much|overpaying|still paying|switch (and|&) save|quotes? (from|starting at|as low as)|rates? (from|starting at|as low as)|free (quote|quotes|rate check|price check)|compare (quotes|rates)|drivers (in|near) (your area|you)|seniors|no medical exam|no health questions|guaranteed (acceptance|approval|issue)|(funeral|burial|final) (costs|expenses))\b|\$[0-9]{1,3} ?\/ ?(mo|month)\b/
    $t_home = /\bcash (buying|home[- ]?buying|purchase|offer) program\b|\b(good|great|right) fit for (our|a) (cash|home[- ]?buying|buying|purchase) program\b|\binterest(ed)? in (an? |receiving an? |getting an? )?(cash )?offer (for|on) your (property|house|home|land|lot)\b|\b(buying|purchasing) (homes|houses|properties) in your (area|neighbou?rhood|street|zip)\b/
    // (and the $0-down pitch: "get solar panels installed for $0 down and save up to 90% on your electric bill")
    $t_solar = /\bsolar\b.{0,60}\b(incentives?|tax credits?|rebates?|program|qualif\w{1,6}|eligible|free (estimate|quote|assessment|consultation|design)|no (cost|money) (down|upfront)|zero down|homeowners|save (up to |as much as )?[0-9]{1,2} ?% (on|off) (your )?(monthly )?(electric|electricity|power|energy|utility) bills?)\b|\bsolar\b.{0,60}\$0 (money )?(down|upfront|out of pocket)\b|\$0[- ](money[- ])?down\b.{0,40}\bsolar\b/
    // a real installer's reply to the customer's own request or visit ("thanks for your request, your
    // consultation is booked"), a neighbour's own panels
    $sol_req = /\b(thanks|thank you) for (your|the) (request|inquiry|enquiry|call|visit)\b|\bas (you )?requested\b|\byour (consultation|appointment|site visit|site survey|installation|install) (is|was|has been) (booked|scheduled|confirmed|set)\b|\b(we|i) (just |finally |also )?(got|had|did|went)\b/
    $t_debt = /\bdebt (relief|settlement|resolution|consolidation|reduction)\b|\b(lower|reduce|cut) your (monthly )?(debt|card|credit card) payments?\b/
    // a mortgage refinance at "rates as low as 5.9%", reply YES for a quote
    $t_refi = /\b(refinanc\w{0,4}|refi|mortgage|home loan|heloc)\b/
    $p_refi = /\b(rates?|apr) (are |is |have |just |now )?(as low as|starting at|starting from|from|under|dropped to) [0-9]/
    // Medicare or ACA plans with "extra benefits": a grocery allowance, an OTC or flex card, dental, vision, a giveback
    $t_med = /\b(medicare|medicaid|aca|obamacare|affordable care act|dual[- ]eligible)\b/
    $p_med = /\b(extra|additional|more|new) (medicare |health )?benefits\b|\b(grocery|food|utility|otc|over-the-counter) (allowance|card|credit|benefit)s?\b|\bflex (card|benefit)s?\b|\b(part b )?giveback\b|\bdental,? (vision|hearing)\b/
    $med_pitch = /\b(you|seniors|members|beneficiaries|homeowners) (may|could|might|now|still) (qualify|be eligible|get|receive)\b|\bsee if you qualify\b|\b(call|text) (now|today|us|a licensed)\b|\b(many|most|all) (seniors|members|beneficiaries)\b/
    // a relative's plan, told: "mom's medicare plan now has a grocery allowance"
    $med_own = /\b(my|mom'?s|mum'?s|dad'?s|her|his|our|their) (medicare|plan|insurance|benefits|coverage)\b|\b(mom|mum|dad|grandma|grandpa|she|he) (called|got|has|gets|said)\b/
    // the Medicare giveaway: a free back or knee brace, diabetic supplies, a glucose monitor, a medical alert system
    $p_dev = /\b(free|no[- ]cost)( [a-z]{1,12}){0,3} (braces?|glucose (monitors?|meters?)|cgms?|diabetic (supplies|shoes|test strips|testing supplies)|test strips|medical alert (systems?|devices?|buttons?|pendants?)|mobility scooters?|power (wheelchairs?|chairs?)|wheelchairs?|catheters?|covid (tests?|test kits?))\b|\b(back|knee|wrist|ankle|shoulder|neck|hip) braces?\b.{0,60}\b(at no cost|no cost to you|free of charge|for free|fully covered|100 ?% covered)\b/
    // mass-tort lead generation: the lawsuit or the settlement (Camp Lejeune, hair relaxer, Roundup ...) ...
    $t_tort = /\b(camp lejeune|hair[- ]?(relaxers?|straighteners?|straightening)|roundup|paraquat|talc(um)?( powder)?|baby powder|combat arms|3m (ear ?plugs?|earplugs?)|zantac|hernia mesh|firefighting foam|afff|mesothelioma|asbestos|(philips )?cpap (recall|lawsuit|machines?)|depo[- ]?provera|(nec )?baby formula lawsuit|tylenol (autism|lawsuit)|suboxone|ozempic (lawsuit|claims?)|mass tort|class action (lawsuit|settlement)|lawsuit settlement|settlement (fund|payout|payment)s?)\b|\b(accident|injury|injured|crash|collision|whiplash)\b.{0,40}\b(wasn'?t|was not|not) (your|ur) fault\b|\b(accident|injury|injured|crash)\b.{0,30}\bin the (last|past) [0-9]{1,2} ?(years|yrs)\b|\bmis-?sold (an? |your |ur )?(loans?|ppi|car finance|finance|pensions?|mortgages?|payday loans?|credit cards?)\b|\b(car finance|ppi) (claims?|compensation|refunds?)\b/
    // ... and the lead's pitch: "you may be owed up to $N", "free case review", "no win, no fee"
    $p_tort = /\byou (or a loved one |or your loved one |or a family member |or someone you love )?(may|might|could) (be (owed|entitled|eligible)|qualify|have a (case|claim))\b|\b(free|no[- ]cost|no[- ]obligation) (case|claim|legal) (review|evaluation|consultation|check)\b|\b(compensation|settlement|payout|payment|cash award)s? (of )?up to (\$|£)?[0-9]|\b(entitled|eligible) (to|for) (compensation|a (payout|refund|claim))\b|\bowed up to\b|\bno win,? no fee\b|\bpay nothing unless (we|you) win\b/
    // a relative's case or a law firm's notice to its own client ("your claim was filed")
    $tort_own = /\b(mom|mum|dad|grandpa|grandma|granddad|uncle|aunt|lol|haha)\b|\bmy (lawyer|attorney|case|claim)\b|\byour( [a-z]{1,12}){0,2} (claim|case|file|settlement) (was|has been|is|were|have been) (filed|received|submitted|approved|accepted|processed|under review|pending|updated)\b|\b(further to|following|regarding|re) (your|our) (enquiry|inquiry|call|conversation|meeting|instructions)\b/
    // US accident and injury leads: the reader injured in a crash, at work or by a product, asked or told
    // ("were you hurt in a car accident?", "injured on the job?", "you were injured in an accident") ...
    $inj = /\b(were|are|have|did|was) (you|u|a loved one|you or a loved one|you or a family member|you or someone you love)( recently| ever| been| seriously| badly| ever been| recently been){0,2} (injured|hurt|involved in an? ([a-z]{1,12} ){0,2}(accident|crash|wreck|collision))\b|\b(you|u)( were| have been|'ve been| got| recently| were recently){1,2} (injured|hurt|involved in an? ([a-z]{1,12} ){0,2}(accident|crash|wreck|collision))\b|\b(injured|hurt|injuries) (in an? ([a-z]{1,12} ){0,2}(accident|crash|wreck|collision)|at work|on the job|at your job|by an? (defective|faulty|dangerous|recalled) ([a-z]{1,12} )?(product|device|drug|medication|vehicle|part))\b|\b(car|auto|truck|trucking|semi-truck|motorcycle|rideshare|uber|lyft|bike|bicycle|pedestrian|work|workplace|construction|slip and fall|slip-and-fall|dog bite|on-the-job|job site) (accident|crash|wreck|injury)( victims?| claims?| injuries)?\?|\b(car|auto|truck|trucking|motorcycle|rideshare|bike|bicycle|pedestrian|work|workplace|construction) (accident|crash|wreck) victims\b|\bworkers'? comp(ensation)?\b|\bpersonal injury (claims?|case|cases|lawyers?|attorneys?|compensation|settlements?)\b|\b(sufrio|ha sufrido|tuvo|ha tenido|estuvo en|involucrado en) un (accidente|choque)\b|\b(lesionad[oa]s?|herid[oa]s?|lastimad[oa]s?) en (un )?(accidente|choque|el trabajo|su trabajo)\b/
    // ... and the lead's lure: owed thousands, compensation you deserve, a free consultation, an attorney to speak to
    $inj_p = /\byou (may|might|could|can) (deserve|receive|get|recover|be awarded|claim|collect) (compensation|a (cash |large |big )?settlement|thousands|money|a payout|cash|\$[0-9])|\b(owed|entitled to|deserve|recover|collect) (thousands|tens of thousands|big money|maximum compensation|\$[0-9])|\b(compensation|settlement|money|cash) (you|u) (deserve|are owed|may be owed|could be owed|are entitled to)\b|\b(free|no[- ]cost|no[- ]obligation|complimentary) (case |claim |legal |injury |accident |attorney )?(review|evaluation|consultation|consult)\b|\b(speak|talk) (with|to) an? (attorney|lawyer|injury (attorney|lawyer)|accident (attorney|lawyer))\b|\b(podria|puede|podrias|puedes) (recibir|tener derecho|calificar|obtener)\b|\btiene derecho a (una )?(compensacion|indemnizacion)|\b(consulta|evaluacion|revision) (gratis|gratuita)\b/
    // the way back beside a number or a footer: "call now", "call us today", "responda SI"
    $inj_ask = /\b(call|text|contact) (us |our (office|team|attorneys?|lawyers?) )?(now|today|right away|asap|24\/7)\b|\b(responda|responde|conteste|llame|llamenos) "?(si|ya|hoy|ahora)?\b/
    // a law firm's word to its client about the case (an appointment, a deposition, the case number), a
    // friend's sympathy, a person's own injury
    $inj_own = /\byour (appointment|deposition|hearing|mediation|court date|intake call|signing|settlement check|case manager|attorney|lawyer|paralegal|medical records)\b|\b(case|claim|file|matter) (number|no\.?|#)|\b(regarding|about|re|on|in) your (accident |injury |car accident |personal injury |workers'? comp )?(case|claim|lawsuit|file|matter)\b|\bwe (received|got|filed|sent|submitted|spoke|talked|met)\b|\b(sorry|hope you|feel better|get well|heal up|praying)\b|\bi (was|got|am) (injured|hurt)\b|\bi heard\b|\bheard (about|from)\b|\b(his|her|their|the other (driver|guy|party)'?s?) (insurance|insurer)\b|\bmy (accident|injury|injuries|back|neck|knee|case|claim|lawyer|attorney)\b/
    // home improvement: "get 3 free quotes from top local contractors"
    $t_reno = /\b(get|compare|receive) (up to )?([0-9]|three|four|five|multiple) (free|no[- ]obligation) (quotes|estimates|bids)\b|\bfree (quotes|estimates|bids) from (top|local|trusted|top-rated|pre-screened|licensed|vetted|certified)( local| rated| top-rated)? (contractors|pros|roofers|remodell?ers|installers|plumbers|builders)\b/
    // the marketer's hooks: an opt-out footer, "reply YES / QUOTE", a link
    $footer = /\b(reply|text|txt) "?(stop|end|quit|unsubscribe)"?\b|\bstop (to|2) (end|opt[- ]?out|quit|unsubscribe|cancel)\b|\bopt[- ]?out\b/
    $reply = /\b(reply|text|txt) (back )?"?(yes|y|1|info|quote|interested|offer|more|claim)"?\b|\breply (back )?(with|for) (a |your )?(free )?(quote|offer|info|details)\b/
    // a person's own house or policy: "our house", "my car insurance", "we got", "I got"
    $own = /\b(my|our) (car |auto |home |life )?(insurance|house|home|property|policy)\b|\b(we|i) (got|had|took|signed|switched)\b|\b(my|our) (car|vehicle|truck|roof|student loans?)\b/
    // the robocall's topics as texts, which no business sends cold, with a call-back number enough:
    // the vehicle or factory warranty "expired or about to", a roof "your insurance may cover",
    // working capital "in 24 hours, no collateral", student-loan discharge before a deadline
    $t_warranty = /\b(vehicle|car|auto|factory|extended|powertrain|manufacturer'?s?)('s)? (factory |extended |manufacturer'?s? )?warranty\b.{0,60}\b(expir|about to|reinstat|renew|final notice|last chance|lapse)|\bvehicle service contract\b/
    $t_roof = /\broof\b.{0,80}\binsurance (may|could|might|will|should|often) (cover|pay)|\b(insurance|insurer|claim) (may|could|might|will|should|often) (cover|pay for) (a |your |the )?(new |full |entire )?roof|\bfree roof (inspection|estimate|assessment|check)/
    // a storm named or not ("Hurricane Milton damage?", "roofs in your area") and the cover told in any voice:
    // "may be covered by your insurance", "your insurance may cover the full replacement"
    $t_storm = /\b(hurricane|storm|hail|wind|tornado)( [a-z]{1,12})? damage\b|\b(roofs?|roofing|shingles)\b/
    $t_cover = /\b(may|could|might|can|will|should|often) be (fully |100% |completely )?(covered|paid for) by (your |the )?(homeowners?'?s? |home |property )?(insurance|insurer|insurance company|policy)\b|\binsurance (may|could|might|will|should|often|can) (cover|pay)\b|\b(we|we'll|we will|our team|our adjusters?|we can) (help you )?(file|handle|process|navigate|work with|deal with|negotiate with|work directly with) (your |the )?(entire )?(insurance|insurer|claim|adjuster)|\b(little|no|zero|\$0) (cost )?out[- ]of[- ]pocket\b/
    // with a number only, the roofer's pitch (a free inspection, your area, our crews); a neighbour's report
    // ("the adjuster says it may be covered") is no lead
    $t_pitch = /\bfree (roof |storm |damage |home )?(inspections?|estimates?|assessments?)\b|\b(in|across|throughout) your (area|neighbou?rhood|zip|community|street)\b|\b(call|text) (us|now|today)\b|\b(our|licensed|local) (team|crews?|contractors?|roofers?|inspectors?)\b/
    $t_heard = /\b(said|says|thinks|told (me|us))\b/
    // timeshare exit: "get out of your timeshare legally", with a money-back guarantee or a free exit review
    $t_ts = /\b(get|getting|got|help) (you |owners |families |clients )?(out of|rid of|free of|free from|released from) (your |their |a |the )?timeshares?\b|\btimeshare (exit|cancell?ation|release|relief|termination|freedom|exit specialists?)\b|\b(exit|cancel|end|terminate|escape|dump) (your |their |a |the )?timeshares?\b/
    $p_ts = /\blegally (exit|cancel|end|terminate|get out|released|free|out)\b|\b(exit|out of|free of|cancel|end) (your |their |a |the )?timeshares? (legally|for good|forever|permanently)\b|\bmoney[- ]back guarantee\b|\b(your|their) money back\b|\bfree (exit |case |timeshare |no-obligation )?(review|consultation|evaluation|analysis|assessment)\b|\bmaintenance fees (forever|for good)\b|\b(stop|end|eliminate) (paying )?(the |your |those )?maintenance fees\b/
    // a relative's or a neighbour's own timeshare
    $ts_own = /\b(my|our|mom'?s|mum'?s|dad'?s|his|her) timeshares?\b|\b(dad|mom|mum|grandma|grandpa|he|she|they) (wants?|is trying|are trying|tried|called|said|got)\b|\b(his|her) number\b/
    $t_mca = /\b(working capital|business (funding|capital|loans?|cash)|merchant (cash advance|funding)|cash advance)\b/
    $p_mca = /\b(in|within) [0-9]{1,2} ?(hours|hrs|business hours)\b|\bsame[- ]day (funding|approval|deposit)\b|\bno collateral\b|\b(bad|poor|low|any) credit( score)? (ok|okay|accepted|welcome|is fine|considered)\b|\bno (credit check|hard (credit )?pull)\b/
    $t_student = /\bstudent loans?\b.{0,60}\b(discharge|discharged|forgiveness|forgiven|cancellation|cancell?ed|wiped)\b|\b(discharge|forgiveness|cancellation) (program|programme|plan)\b.{0,60}\bstudent\b/
    $deadline = /\b(deadline|final notice|last chance|time[- ]sensitive|expires? (today|tonight|tomorrow|soon|this week|on)|(closes?|ends?) (today|tonight|tomorrow|friday|this week|soon)|before (it|the program|the window|enrollment) (closes?|ends?)|before [0-9]{1,2} ?(pm|am) (today|tonight|tomorrow))\b/
    // the free government phone (Lifeline, ACP): a free phone with unlimited data, or the programme named
    $t_gphone = /\bfree (government|gov'?t|gov|federal|obama|lifeline|acp) (cell ?phones?|phones?|smart ?phones?|tablets?|iphones?|androids?|mobile phones?|wireless)\b|\bfree (5g |4g |android |new )?(cell ?phones?|phones?|smart ?phones?|tablets?|iphones?)\b.{0,60}\bunlimited (data|talk|minutes)\b|\bunlimited (data|talk)\b.{0,60}\bfree (5g |4g |android |new )?(cell ?phones?|phones?|smart ?phones?|tablets?|iphones?)\b|\b(lifeline|acp|affordable connectivity) (program|programme|benefit|assistance|phone|plan|service)\b/
    // a free hearing aid or its free trial, and a free hearing test offered with them
    $t_hear = /\bfree (pair of )?(hearing aids?|hearing aid (trial|fitting|program)|(in-home |home )?hearing (test|exam|screening|check) and (hearing )?aids?)\b|\bhearing aids?\b.{0,40}\b(free (trial|of charge)|risk[- ]free trial|at no cost|no cost to you|\$0|for free)\b/
    // the lead's "you qualify": approved, eligible, claim yours
    $p_qual = /\b(you|u|your (household|family|home)|seniors|veterans)('re| are|'ve been| have been| were| may| might| could| now| still| already| just)?( now| still| be| also)? (pre-?)?(approved|qualify|qualif(ies|ied)|eligible|selected)\b|\bsee if you (qualify|are eligible)\b|\bclaim (yours|it|now|your|today)\b/
    // IRS tax-debt relief: pennies on the dollar, the Fresh Start programme, a levy or garnishment stopped
    $t_tax = /\b(irs|tax|taxes|back taxes|tax debts?)\b/
    $p_tax = /\bpennies on the dollar\b|\bfresh start (program|programme|initiative)\b|\boffer in compromise\b|\b(stop|end|release|remove|lift) (an? |the |your )?(irs |tax )?(wage garnish\w{0,5}|garnish\w{0,5}|levy|levies|liens?|bank levy)\b|\b(settle|reduce|resolve|eliminate|erase|forgive|wipe out|pay off) (your |all your )?(irs |tax |back )?(debts?|taxes|balance)\b.{0,30}\b(for (a fraction|less|pennies)|fraction of|up to [0-9]{1,2} ?%)/
    // a person's own tax bill, hearing aids or phone; a clinic's service to its wearers
    $t_mine = /\bhearing aid (cleaning|check|checks|repairs?|batter(y|ies)|service|servicing|adjustments?|tune-?ups?|appointment)\b|\b(i|we) (owe|owed)\b|\b(my|our) (accountant|cpa|tax (guy|lady|preparer|bill)|taxes)\b|\b(my|mom'?s|mum'?s|dad'?s|grandma'?s|grandpa'?s|his|her) (new )?(hearing aids?|phone)\b|\b(mom|mum|dad|grandma|grandpa|she|he|my aunt|my uncle) (got|gets|has|qualified|called|tried)\b/
  condition:
    ((($t_ins and $p_ins) or $t_home or ($t_solar and not $sol_req) or $t_debt)
      and ($footer or $reply or url_count > brand_link_count + platform_url_count)
     or ((($t_refi and $p_refi) or $t_reno) and ($footer or $reply))
     or ($t_med and $p_med and not $med_own
      and ($footer or $reply or url_count > brand_link_count + platform_url_count or (phone_count > 0 and $med_pitch)))
     // (a free brace or device for Medicare members, a mass-tort settlement you "may be owed": a call-back number enough)
     or ((($t_med and $p_dev and not $med_own) or ($t_tort and $p_tort and not $tort_own and not $sol_req))
      and ($footer or $reply or phone_count > 0 or url_count > brand_link_count + platform_url_count))
     // (the US accident or injury lead: the injury asked or told, the lure, and a way back; not the firm's own client)
     or ($inj and ($inj_p or $p_tort) and not $tort_own and not $inj_own
      and ($footer or $reply or $inj_ask or phone_count > 0 or url_count > brand_link_count + platform_url_count))
     or (($t_warranty or $t_roof or ($t_mca and $p_mca) or ($t_student and $deadline) or ($t_ts and $p_ts and not $ts_own))
      and ($footer or $reply or phone_count > 0 or url_count > brand_link_count + platform_url_count))
     or ($t_storm and $t_cover and ($footer or $reply or url_count > brand_link_count + platform_url_count
      or (phone_count > 0 and $t_pitch and not $t_heard)))
     // (the free government phone, a free hearing aid, IRS tax relief: with a number to call enough)
     or ((($t_gphone or $t_hear) and $p_qual) or ($t_tax and $p_tax)) and not $t_mine
      and ($reply or phone_count > 0 or url_count > brand_link_count + platform_url_count + named_url_count))
    and not ($own and not $footer)
    and sender_kind == "phone"
}

rule goods_gold_dust
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Gold dust, bars or nuggets by the kilo from a 'dealer' for sale or export (the West African gold scam); antique coins, relics or statues 'from an inheritance' for sale, with a number (English, Arabic, Swahili)"
  strings:
    $gold = /\bgold (dust|bars?|nuggets?|bullion)\b/
    $deal = /\b(for sale|dealer|serious buyers?|[0-9]{1,3} ?(kg|kilos?|kilograms?)|export)\b/
    // antique coins, relics and statues "from an inheritance" for sale (English, Arabic, Swahili)
    $relic = /\b(antique|ancient|rare|roman|ottoman|historic(al)?) (coins?|relics?|artifacts?|artefacts?|manuscripts?|statues?)\b|(عملات (قديمة|اثرية|أثرية|نادرة|عثمانية|ذهبية قديمة)|عملة (قديمة|اثرية|أثرية|نادرة)|قطع (اثرية|أثرية)|آثار للبيع|اثار للبيع|تماثيل (اثرية|أثرية)|الزئبق الأحمر|زئبق احمر|(جنيهات|جنيه|ليرات|ليرة|ليره) (دهب|ذهب|ذهبية) (قديمة|قديمه|عثمانية|عثماني|انجليزي|إنجليزي|ملكي|اثرية|أثرية))|\b(sarafu za (kale|zamani)|vitu vya kale)\b/
    $relic_deal = /\b(inherit\w{0,4}|inheritance|heirloom|for sale|serious buyers?|buyers? (needed|wanted)|certified|valued at|worth millions)\b|(ورث|ورثة|إرث|من جدي|للبيع|مشتري جاد|للجادين|بسعر مغري)|\b(urithi|zinauzwa|mnunuzi)\b/
    // the Egyptian and Gulf ways in, when no number stands in the text
    $relic_reach = /(كلمني|كلمنا|راسلني|واتساب|واتس|للتواصل|للجادين)/
    // a museum's notice, a collector's talk
    $relic_own = /\b(museum|exhibition|auction house|lol|should (we|i)|do you know|what do you think)\b|(متحف|معرض|رأيك|رايك)/
  condition:
    ($gold and $deal or $relic and $relic_deal and (phone_count > 0 or contact_count > 0 or $relic_reach) and not $relic_own)
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule goods_cheap_direct_sale
{
  meta:
    action = "junk"
    weight = 2.5
    description = "Goods too cheap from a person's number: cars 'from the port' or customs auction, UK-used phones at wholesale prices, land with papers ready; a deposit to secure or an order on WhatsApp (Nigerian, Ghanaian, Kenyan English); UK-used iPhones 'clean clean, you dey interested?' (Nigerian and Ghanaian Pidgin); new phones and electronics at so many FCFA, delivery anywhere, paid in advance by Wave, Orange Money or MTN MoMo to reserve (West African French); digital goods from a personal number: streaming premium accounts for a few hundred rupees for months, cheap data bundles for all networks paid by MoMo, branded goods at huge discounts ordered on WhatsApp, cash on delivery (English, Hinglish); a fake MTN, Glo or Airtel staff whose glitch or promo gives 50-100GB, send airtime or a small sum to this number to activate (Nigerian and Ghanaian English, Pidgin)"
  strings:
    $car = /\b(cars?|vehicles?|jeeps?|suvs?|trucks?|tokunbo|benz|camry|corolla|lexus|highlander|venza)\b.{0,60}\b(from (the )?(port|wharf|customs)|at the (port|wharf)|port (price|auction)|customs (auction|seized|released))\b|\b(customs|port|wharf|auction|seized) (cars?|vehicles?)\b/
    $phone = /\b(uk|london|us|usa|ex-?uk|ex-?uae|dubai)[- ]used (phones?|iphones?|laptops?|samsungs?|pixels?|macbooks?|gadgets)\b|\b(phones?|iphones?|laptops?|gadgets) (at|for) (wholesale|factory|bulk) (price|prices|rate)s?\b/
    $land = /\b(plots?|land|acres?|hectares?)\b.{0,60}\b(c of o|cofo|certificate of occupancy|title deeds?|ready titles?|governor'?s consent|deed of assignment|registered survey|papers (are )?(ready|intact|complete)|documents (are )?(ready|intact)|allocation letter|indenture)\b/
    // the seller's pitch: a deposit to secure it, a price too good, plots running out
    $pitch = /\b((pay|make) (a |an |the |your )?(small |initial |part |refundable )?(deposit|down ?payment|commitment fee)|(secure|reserve|book) (yours|your (car|plot|unit|order|phone|own))|pay on delivery|going for (just |only )?(n|ksh|kes|ghs|gh|\$)|(slashed|giveaway|give ?away|unbelievable|promo|promotional) (price|prices|rate|offer)|limited (plots?|units?|stock|slots)|instal?lment (plan|payment|basis))\b/
    // Pidgin: "I dey sell iPhone 13 Pro Max, UK used, clean clean, you dey interested?" (not "my phone")
    $pcg_used = /\b(uk|london|us|usa|canada|belgium|germany|dubai)[- ]?used\b|\b(tokunbo|clean clean|neat neat|fairly used|foreign used|direct from (uk|london|usa|the us|abroad))\b/
    $pcg_gadget = /\b(iphones?|samsung|galaxy|pixel|macbook|laptops?|phones?|pro max|airpods|ipads?)\b/
    $pcg_sell = /\b(i|we|una) (dey|de|still dey|get|still get) (sell|sale|selling|supply)\b|\b(dey|de) for sale\b|\byou (dey|de) (interested|find|look for|need|want)\b|\b(una|you) (wan|want) (buy|make i)\b|\bmake (you|una) (call|whatsapp|chat|buzz|dm|text) (me|us)\b/
    $pcg_own = /\b(my|ma|mine|my own|my old|my former) (phone|iphone|laptop|samsung|macbook|ipad)\b/
    // West African French: new phones and electronics ("neuf, sous emballage") at so many FCFA, delivered
    // anywhere, paid in advance by mobile money to reserve ("paiement d'avance par Wave / Orange Money")
    $fr_goods = /\b(iphone|samsung|galaxy|tecno|infinix|itel|redmi|xiaomi|oppo|pixel|ordinateurs?|laptops?|pc portables?|macbook|televiseurs?|televisions?|teles?|tv|ecrans?|playstation|ps5|ps4|consoles?|telephones?|smartphones?|tablettes?|ipad|airpods|frigos?|refrigerateurs?|congelateurs?|climatiseurs?|groupes? electrogenes?)\b/
    $fr_new = /\b(neuf|neufs|neuve|neuves|sous (emballage|blister|scelle|plastique)|jamais (utilise|servi|ouvert)|scelles?|etat neuf|dernier modele|garantie|livraison (partout|gratuite|disponible|rapide|a domicile|dans tout|dans toute|sur tout|possible|offerte|express))\b/
    $fr_adv = /\b(acompte|avance|reservation|reserver|reservez)\b.{0,40}\b(wave|orange money|om|mtn|momo|mobile money|moov money|moov|flooz|t-?money|free money|airtel money)\b|\b(wave|orange money|momo|mobile money|moov money|flooz|t-?money|free money|airtel money)\b.{0,40}\b(avance|acompte|reserver|avant (la )?livraison)\b|\b(payer|payez|paiement|payement|versement) (d'avance|a l'avance|anticipe|avant (la )?livraison)\b/
    $fr_cfa = /\b(fcfa|f cfa|cfa|xof|xaf)\b/
    // a relative's own payment: "je t'ai envoye ... par Wave"
    $fr_own = /\b(j'ai|je t'ai|je vous ai|on a|nous avons|il a|elle a|tu as) (deja |bien )?(paye|envoye|verse|fait|achete|recu|transfere)\b/
    // and the way in: an order on WhatsApp, "inbox me" (the vocabulary's call, text, whatsapp are contact_count)
    $reach = /\b(call ?\/ ?whats ?app|whats ?app (us|me|only|now)|order (now |yours )?(on|via|through) whats ?app|inbox (me|us)|dm (me|us))\b/
    // digital goods from a personal number (English, Hinglish): streaming "premium accounts" for a few
    // hundred rupees for months ("Netflix premium 1 year sirf Rs 299, warranty, WhatsApp karo")
    $ott = /\b(netflix|prime video|amazon prime|hotstar|disney ?\+ ?hotstar|jio ?cinema|jio ?hotstar|sony ?liv|zee5|spotify|youtube premium|canva pro|chatgpt plus)\b/
    $ott_acct = /\b(premium|4k|uhd|ultra ?hd|private|personal|own|single|shared) (accounts?|subscriptions?|screens?|logins?|ids?|memberships?|plans?)\b|\b(accounts?|subscriptions?|screens?|logins?) (available|for sale|in stock)\b/
    // a bundle of every streaming app (or an IPTV line) for one small yearly or monthly price: no
    // platform sells the others' catalogues, so the bundle is a reseller's of shared or pirated logins
    $ott_all = /\ball (the )?(ott|streaming|premium) (apps?|platforms?|services?|subscriptions?)\b|\b[1-9][0-9]\+? (ott|streaming) (apps?|platforms?)\b|\biptv (subscriptions?|lines?|box|service|plans?)\b|\b[0-9]{1,2},?[0-9]{2}[0-9]\+? (live )?(tv )?channels\b/
    $ott_per = /(₹|\brs\.? ?|\binr ?|\$|£|€)[0-9][0-9,]{0,5} ?(\/|per|a|for (a|one|1|the whole)) ?(year|yr|month|mo|saal|mahina)\b/
    $ott_price = /(₹|\brs\.? ?|\binr ?)[0-9].{0,30}\b([0-9]{1,2} ?(months?|mnths?|mahine|mahina|mahino|days|din|years?|yrs?|saal|sal)|(one|ek|full|pura|poora) (year|saal|month|mahina|mahine))\b|\b([0-9]{1,2} ?(months?|mnths?|mahine|mahina|mahino|years?|yrs?|saal)|(one|ek|full|pura|poora) (year|saal))\b.{0,30}(₹|\brs\.? ?|\binr ?|@ ?|sirf |only |just )[0-9]/
    $ott_sell = /\b(available|for sale|in stock|selling|warranty|replacement|cheapest|lowest price|best price|bulk|resellers?|dm (me|us|now|for)|ping (me|us)|inbox (me|us)|whats ?app (me|us|now|karo|kare|karein|kijiye|for|to order)|order (now|karo|karein|kare)|milega|milenge|available hai|le lo|lelo)\b/
    // friends splitting one plan: "your share", "split", "my account"
    $ott_own = /\b(split|splitting|your share|tera share|tumhara share|aapka share|my (account|password|login|plan|subscription)|mera (account|password|plan)|our (account|plan|subscription)|hamara (account|plan)|humara (account|plan))\b|\b(jio|airtel|vi|bsnl|vodafone) (ka|ke|ki|plan|recharge|prepaid|postpaid|fiber|fibre)\b|\brecharge\b/
    // cheap data bundles for all networks paid by MoMo or a transfer (Ghana, Nigeria): "MTN 10GB GHS 25,
    // Telecel 10GB GHS 22, send MoMo to ...", "SME data, all networks, instant delivery"
    $data = /\b(cheap|cheapest|affordable|non-?expir(y|ing)|bulk|sme|corporate gifting|gifting) (internet )?data( bundles?| plans?| packages?| subscriptions?)?\b|\bdata (bundles?|plans?|packages?) (for|on|across) all (networks?|nets?)\b/
    $gb = /\b[0-9]{1,3}(\.[0-9])? ?(gb|mb|tb)\b/
    $all_nets = /\ball (networks?|nets?|sims?|carriers)\b/
    $net_gb = /\b(mtn|airteltigo|airtel ?tigo|telecel|vodafone|glo|airtel|9mobile|safaricom)( data)?( bundles?)? ?(:|-|=)? ?[0-9]{1,3}(\.[0-9])? ?(gb|mb)\b/
    // a "carrier staff" selling a glitch: "I work at MTN, a bug gives 100GB, send N1,000 airtime to this
    // number and I activate it" (Nigerian and Ghanaian English, Pidgin)
    $cs_staff = /\b(i|i'm|im|i am|me) (dey |de |still )?(work|working|a staff|staff|an? (engineer|agent|technician|insider|employee)) (at|with|for|in) (mtn|glo|airtel|9mobile|airteltigo|telecel|vodafone)\b|\b(mtn|glo|airtel|9mobile|airteltigo|telecel|vodafone) (staff|engineer|technician|insider|employee|worker)\b/
    $cs_glitch = /\b(glitch|bug|loophole|system (error|glitch|bug)|back ?door|cheat code|secret (code|promo|offer)|staff (promo|offer|bundle|code))\b/
    $cs_big = /\b[1-9][0-9]{1,2} ?(gb|tb)\b|\bunlimited data\b/
    $cs_ask = /\b(send|sen|transfer|recharge|load|buy)( me| am)? (₦|n|ghs|gh₵|₵)?[1-9][0-9,.]{0,6}k?( naira| cedis?)?( airtime| card| recharge| momo)?\b|\bsend (me )?(airtime|recharge card|card|momo|money|cash|the fee)\b|\b(to|for|on) (this|dis|my) (number|line|no)\b/
    $cs_act = /\b(activate|activation|activating|unlock|subscribe you|load am|credit you|credit your line|enable am|migrate you|put you on)\b/
    $momo = /\b(momo|mobile money|mtn money|telecel cash|vodafone cash|at money|airteltigo money|opay|palmpay|moniepoint|kuda|bank transfer|transfer to|send (payment|momo|cash|money) to|pay (to|via|through|with))\b/
    // branded goods at a huge discount, cash on delivery, ordered on WhatsApp (English, Hinglish)
    $brand = /\b(branded|original|imported|first class) ([a-z]{1,12} )?(shoes|sneakers|watches|watch|perfumes?|bags|handbags|sunglasses|clothes|shirts|t-?shirts|jeans|wallets?|belts?|footwear|kurtis?|sarees?)\b|\b(nike|adidas|puma|jordans?|reebok|skechers|fossil|rolex|casio|michael kors|ray-?ban|gucci|louis vuitton|zara|levi'?s|tommy hilfiger|calvin klein|armani|apple watch|airpods)\b/
    $disc = /\b[5-9][0-9] ?% (off|discount|sale|chhoot|chhut|chut)\b|\b(up ?to|upto|flat|straight|direct) [5-9][0-9] ?%|\b(half price|clearance sale|stock clearance|factory price|wholesale price|godown sale)\b/
    $cod = /\b(cash on delivery|cod|pay on delivery|payment on delivery)\b/
    $wa_order = /\border (on|via|through|by|karne ke liye|ke liye)( [a-z]{1,8})? whats ?app\b|\bwhats ?app (us|now)\b|\bwhats ?app (karo|kare|karein|kijiye|karen) (order|to order)\b|\bwhats ?app (to|for) (order|orders|booking|price|catalogue|catalog|details)\b|\bwhats ?app (par|pe|pr) (order|message|msg|catalogue|catalog)\b|\b(dm|inbox) (to|for) (order|price)\b/
    $brand_own = /\b(i|we) (bought|ordered|got|paid)\b|\b(maine|mene|humne|order kiya|order kiye|order ki thi|mangaya|mangwaya|mangwayi|kharida|kharidi|le liya|le liye)\b/
  condition:
    ((($car or $land) and $pitch) or ($phone and ($pitch or $reach)) or ($pcg_used and $pcg_gadget and $pcg_sell and not $pcg_own)
      or ($fr_goods and $fr_new and $fr_adv and ($fr_cfa or money_count > 0) and not $fr_own)
      or ($ott and $ott_acct and $ott_price and $ott_sell and not $ott_own)
      or ($ott_all and ($ott_per or $ott_price) and not $ott_own)
      or ($data and $gb and ($all_nets or #net_gb >= 2) and ($momo or $reach))
      or ($cs_big and $cs_ask and $cs_act and ($cs_staff or $cs_glitch) and sender_kind == "phone")
      or ($brand and $disc and $cod and $wa_order and not $brand_own))
    and ($reach or $pcg_sell or phone_count > 0 or contact_count > 0 or url_count > 0 or money_count > 0)
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule goods_customs_seized_sale
{
  meta:
    action = "junk"
    weight = 2.5
    description = "A 'customs officer' on a personal number selling seized or confiscated cars, containers or phones cheap, with a price, a deposit or 'interested?' (West African English and French: douanier, vehicules saisis a bas prix); or, with no officer named, goods 'out of customs' (sortis de la douane, dedouanes, a customs lot) at half price, reserved by paying in advance through Wave, Orange Money or MoMo (West African French and English)"
  strings:
    // the seller says he is the officer ("I'm a customs officer at Tin Can port", "je suis douanier au port")
    $off_en = /\b(i am|i'm|im) (a |an )?(customs|port|clearing) (officer|official|agent)\b|\bi work (at|with|in) (the )?(customs|port|wharf)\b/
    $off_fr = /\bje suis (un |une )?(douanier|douaniere|agent (de la douane|des douanes|de douane)|officier (de la douane|des douanes|de douane))\b|\bje travaille (a|au|aux|dans|pour) (la douane|les douanes|le port)\b/
    $seized_en = /\b(seized|confiscated|impounded|unclaimed|overtime)( [a-z]{1,10})? (cars?|vehicles?|containers?|goods|phones?|iphones?|laptops?|jeeps?|trucks?|items|motorcycles?)\b|\b(cars?|vehicles?|containers?|goods|phones?|laptops?)\b.{0,30}\b(seized|confiscated|impounded)\b/
    $seized_fr = /\b(vehicules?|voitures?|engins?|motos?|conteneurs?|containers?|marchandises?|telephones?|ordinateurs?|biens|articles)( [a-z]{1,10})? (saisie?s?|confisquee?s?|abandonnee?s?|sous douane)\b/
    $sale_en = /\b(for sale|to sell|selling|cheap|cheaply|low prices?|giveaway price|throw ?away price|going for|interested|pay (a |the |your )?deposit|deposit to clear)\b/
    $sale_fr = /\b(a vendre|en vente|vendre|vendons|bas prix|prix (bas|casse|cadeau|imbattable|derisoire|sacrifie)|moins cher|pas cher|interesse|interessee|interesses|acompte|avance)\b/
    $price = /\b(fcfa|f cfa|cfa|naira|millions?)\b|[0-9][.,][0-9]{1,2}[0-9] ?(f|n|fr)\b|\bn[0-9]/
    // no officer named: goods "out of customs" (sortis de la douane, dedouanes, a customs lot or auction) at half
    // price or less, reserved by paying in advance through a mobile-money wallet (West African French and English)
    $dz_fr = /\b(sorti(e|s|es)? de (la )?douane|dedouanee?s?|saisie?s? (par|a) la douane|lots? (de|des) (la )?douanes?|(vente|liquidation|enchere|stock)s? (de|des) (la )?douanes?)\b/
    $dz_en = /\b(cleared|released|auctioned|seized|bought) (from|by|at) (the )?customs\b|\bcustoms (goods|lots?|stock|items|auction|clearance sale|seized|released|cleared)\b|\bfrom (the )?customs (warehouse|auction|yard)\b/
    $dz_cheap = /\b(moitie prix|demi-?tarif|bas prix|prix (bas|casse|cadeau|imbattable|derisoire|sacrifie|douane)|moins cher|pas cher|half (the )?price|half-price|giveaway price|give ?away price|throw ?away price|cheap|cheaply)\b|\b[2-7][0-9] ?% (du prix|moins cher|off|of the price|of (its|their|the) (value|price))\b/
    $dz_adv = /\b(acompte|avance|d'avance|a l'avance|reserver|reservez|reservation|avant (la )?livraison|deposit|advance|upfront|up front|pay first|before delivery|to (reserve|secure|book))\b/
    $dz_wallet = /\b(wave|orange money|mtn momo|momo|mobile money|moov money|moov|flooz|t-?money|free money|airtel money|opay|palmpay|m-?pesa|vodafone cash|telecel cash)\b/
    // a buyer's own parcel or purchase, a joke
    $dz_own = /\b(j'ai (achete|commande|paye|recu)|je t'ai|ma commande|mon colis|i (bought|ordered|paid|got)|my (parcel|order|package)|mdr|lol|haha)\b/
  condition:
    (($off_en and $seized_en and $sale_en) or ($off_fr and $seized_fr and $sale_fr)
      or (($dz_fr or $dz_en) and $dz_cheap and $dz_adv and $dz_wallet and not $dz_own))
    and (money_count > 0 or $price or phone_count > 0 or contact_count > 0 or $dz_wallet)
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule goods_chain_appeal
{
  meta:
    action = "junk"
    weight = 2.5
    description = "An appeal for money to a personal payment handle that asks to be forwarded to many people"
  strings:
    $forward = /\bforward (this |it )?to [0-9]{1,2} (people|friends|contacts|groups)\b/
    $money = /\b(upi|gpay|gcash|cash ?app|venmo|paypal|zelle|m-?pesa|send (anything|whatever|money))\b/
  condition:
    $forward and $money
}

rule goods_fake_degree
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Fake degrees and certificates: 10th, 12th or a degree 'without exam' in a few days, 'all India valid', back-dated, with a number to call; an MBA, BBA, B.Tech or any degree 'in 1 year', no exams or no attendance, UGC approved, admission open, call (Hinglish, English); fake documents: real and fake passports, driver's licences, SSN cards (English), invoices, licences and green cards issued with a WeChat id (Chinese); degrees and diplomas 'handled' (办理学历) with no exam or 'verifiable online', with a chat id or a number (Chinese); invoices sold ('代开发票', VAT invoices 'real and verifiable', a low tax point, every kind) with a number or a chat id, or a company that all year round issues every kind of VAT invoice at a discount on the points, call the manager back (Chinese); MBBS, BDS or B.Tech admission without NEET or JEE, or a management or NRI quota seat in a top private college, call the counsellor (English, Hinglish); a driving licence, an ID or a diploma 'without the exam', registered or genuine, to buy, with a contact, from a person's number (French, German, Dutch, Danish, Swedish, Norwegian, Finnish, Indonesian, Malay, Tagalog, Thai); a driving licence 'without papers' or a high-school diploma or GED 'without classes', registered or valid in all states, offered to migrants (US Spanish, Portuguese and English, Quebec French)"
  strings:
    $cert = /\b(10th|12th|10 th|12 th|tenth|twelfth|matric|ssc|hsc|graduation|degree|degrees|diploma|marksheets?|mark ?sheets?|certificates?|b\.?com|b\.?sc|b\.?tech|mba|bba|bca|mca|phd|iti|polytechnic)\b/
    $noexam = /\bwithout (any )?(exams?|examination|studying|attending (college|classes))\b|\bno (exams?|examination)( is)? (needed|required|necessary)\b|\bbina (exam|pariksha|padhai|padhe|college gaye)\b|\bexam (ke )?bina\b|\b(direct|seedha|sidha) (degree|marksheet|certificate)\b|\bback ?dated?\b/
    $quick = /\b(in|within|mein|me|main) [0-9]{1,2} (days|din|dino|hours|ghante|weeks|hafte|months|mahine)\b|\b[0-9]{1,2} (days|din|dino|hafte|weeks) (me|mein|main|mai|in)\b|\bone sitting\b|\b(in|within) (1|one|ek) (year|yr|saal|sal)\b|\b(1|one|ek) (year|yr|saal|sal) (me|mein|main|mai|in)\b/
    // the study centre's pitch: no exams or no attendance, with "any degree" or "admission open"
    $noexam_soft = /\bno (exams?|examination|attendance|classes)\b|\bwithout (attendance|attending)\b|\bbina (attendance|hazri|haziri|class)\b|\b(attendance|hazri) (not required|nahi|zaroori nahi|jaruri nahi|compulsory nahi)\b/
    $pitch = /\bany (degree|graduation|course|stream)\b|\badmissions? (open|opened|chalu|shuru|going on|started)\b|\b(limited|few) seats\b|\b(apply|enrol|enroll) (now|today)\b/
    $valid = /\b(all india|govt\.?|government|sarkari|ugc|aicte|board|university) (valid|approved|recogni[sz]ed|recognition|manyata|verified)\b|\b(100% )?(valid|genuine|verifiable|original) (degree|marksheet|certificate|documents?)\b|\b(online )?verification (available|possible|ho jayega|hoga)\b|\ball india valid\b/
    // fake documents: "real and fake passports, driver's licences, SSN cards" (English); invoices,
    // licences, Social Security cards and green cards "issued" with a WeChat id (Chinese)
    $en_rf = /\b(real and fake|fake and real|genuine and fake|registered and unregistered|real (and|&) novelty|novelty and real)\b.{0,40}\b(passports?|driver'?s? licen[cs]es?|driving licen[cs]es?|ssn|social security cards?|id cards?|visas?|green cards?|residence permits?|documents?)\b/
    $en_docs = /\b(passports?|driver'?s? licen[cs]es?|driving licen[cs]es?|ssn cards?|social security cards?|green cards?|id cards?)\b.{0,30}\b(passports?|driver'?s? licen[cs]es?|driving licen[cs]es?|ssn cards?|social security cards?|green cards?|id cards?|ielts|toefl|diplomas?)\b/
    $en_sell = /\b(we (produce|make|sell|offer|supply|provide)|buy (real|fake|registered|novelty)|order (real|fake|registered)|(undetectable|registered|novelty|high quality|quality) (fake )?(passports?|documents?|licen[cs]es?|ssn))\b/
    $zh_doc = /(办理(各类|各种)?(证件|证书)|辦理(各類|各種)?(證件|證書)|代办(各类|各种|香港|台湾|澳门)?(证件|身份证|毕业证|文凭)|代辦(各類|各種|香港|台灣|澳門)?(證件|身份證|身分證|畢業證|文憑)|代开发票|代開發票|代开各种|代開各種|办证|辦證|办理(驾照|驾驶证|社安卡|绿卡|身份证|护照|毕业证)|辦理(駕照|駕駛證|社安卡|綠卡|身分證|護照|畢業證)|假证|假證)/
    $zh_item = /(结婚证|結婚證|房产证|房產證|户口本|戶口本|出生证|出生證|离婚证|離婚證|营业执照|營業執照|证书|證書|发票|發票|驾照|駕照|驾驶证|駕駛證|社安卡|绿卡|綠卡|身份证|身分證|护照|護照|毕业证|畢業證|证件|證件|学历|學歷|学位证|學位證|资格证|資格證|文凭|文憑)/
    // a chat id or a number, or the call-back to a named manager ("欢迎来电咨询", "请回电", "致电王经理")
    $zh_ct = /(微信|加v|加微|vx|wechat|line|賴|whatsapp|telegram|联系|聯繫|電話|电话|来电|來電|致电|致電|回电|回電|经理|經理|qq)/
    // invoices sold (Chinese): "代开发票", "发票代开", "本公司常年代开", with the seller's terms ("真票可查",
    // "验证后付款", a tax point, every kind or region) and a number or a chat id; a buyer asking a supplier
    // ("你们能代开吗", "帮我开一张") is not it
    $zh_inv = /(代开|代開)(各类|各類|各种|各種|各地|全国|全國){0,2}(增值税|增值稅)?(普通|专用|專用|电子|電子)?(发票|發票|专票|專票|普票)|(发票|發票|专票|專票|普票)(代开|代開)|(可|本公司|公司|长期|長期|常年|专业|專業)(代开|代開)|(出售|提供|开|開)(各类|各類|各种|各種|各地|各行业|各行業)(发票|發票)|(发票|發票)出售/
    // the company's own introduction: "本公司常年为企业开具各类增值税发票", "我司可对外开具增值税专票", "长期出具各地各类
    // 发票", with a tax rate or points on offer and a call-back to a manager ("欢迎来电，刘经理"); a buyer asks
    // for "the invoice" after it (开具一张, 请按税率开具), never for every kind all year round; a supplier who "can
    // issue VAT invoices" for its own goods offers no points, no tax rate and no verification of the invoice
    $zh_inv_co = /(常年|长期|長期|专业|專業|对外|對外|大量)(为|為|给|給|替)?.{0,15}(开具|開具|出具|开出|開出)(各地|各类|各類|各种|各種|各行业|各行業|全国|全國|正规|正規){0,2}(增值税|增值稅)?(专用|專用|普通|电子|電子)?(发票|發票|专票|專票|普票)/
    $zh_inv_sell = /(真票|可查|可验|可驗|验证后|驗證後|查验后|查驗後|先验|先驗|验票|驗票|税点|稅點|点数|點數|低点|低點|各类|各類|各种|各種|各地|各行业|各行業|常年|长期|長期|进项|進項|票点|票點|税率优惠|稅率優惠|点数优惠|點數優惠|从优|從優)/
    $zh_inv_pts = /(税点|稅點|点数|點數|票点|票點|低点|低點|税率优惠|稅率優惠|验证后|驗證後|查验后|查驗後|可查验|可查驗|先验|先驗|真票|进项|進項)/
    $zh_inv_own = /(你们|你們|贵公司|貴公司|你那边|你那邊|您那边|您那邊|你家)(公司|这边|這邊|店|厂|廠)?(能|可以|可不可以|能不能|能否|会开|會開|会帮|會幫|会给|會給|方便)|帮我|幫我|麻烦|麻煩|(多少|几个|幾個)(个)?点/
    // academic records sold (Chinese): "办理各类学历", "代办本科毕业证", with the seller's promise (no exam, a pass
    // guaranteed, "学信网可查", the certificate fast) and a chat id or a number; an adult-education school's own "学历提升"
    // enrols students and sells no certificate, and a school's notice to collect one ("办理毕业证领取手续") is no sale
    $zh_edu = /(办理|代办|辦理|代辦|出售|制作|製作|办|辦)(各类|各類|各种|各種|国内外|國內外|全日制|本科|硕士|碩士|博士|大专|大專|专科|專科|中专|中專|大学|大學|高中|研究生){0,2}(学历|學歷|学位证|學位證|毕业证|畢業證|文凭|文憑)/
    $zh_edu_fast = /(不用考试|不用考試|免考|无需考试|無需考試|包过|包過|保过|保過|快速拿证|快速拿證|当天拿证|當天拿證|可查|可验|可驗)/
    $zh_edu_own = /(同学们|同學們|教务|教務|领取手续|領取手續|我的|我们的|我們的|骗|騙|小心|谨防|謹防)/
    // admission without the entrance exam: "MBBS admission without NEET", "management or NRI quota seat in top
    // private medical colleges", "call our counsellor" (English, Hinglish)
    // fake driving licences, IDs and diplomas "without the exam" (France, Germany, the Netherlands, the Nordics, Indonesia,
    // Malaysia, the Philippines, Thailand): the document, no exam or test, and "registered", "genuine" or "buy"; a driving
    // school's or a ministry's notice sells no registered licence without the test
    $eu_doc = /\b(permis de conduire|permis (b|moto|poids lourd)|carte d'identite|passeport|titre de sejour|diplomes?|fuhrerschein|personalausweis|reisepass|aufenthaltstitel|zeugnis(se)?|rijbewijs|paspoort|identiteitskaart|verblijfsvergunning|korekort|forerkort|korkort|ajokortti|henkilokortti|id-?kort|ijazah|sim (a|b|c)|paspor|lisensya|driver'?s licen[cs]e|driving licen[cs]e)\b|(ใบขับขี่|วุฒิการศึกษา|ใบปริญญา)/
    $eu_noexam = /\bsans (passer (l'|le |les )?|l'|le |les |d')?(examen|code|epreuves?)\b|\bohne (prufung|mpu|fahrprufung|theorieprufung|theorie)\b|\bzonder (examen|cbr|theorie|rijexamen|examens)\b|\buden (prove|koreprove|teoriprove|koreskole)\b|\butan (prov|uppkorning|teoriprov)\b|\buten (oppkjoring|teoriprove|prove|kjoreskole)\b|\bilman (koetta|kokeita|ajokoetta|inssia|autokoulua)\b|\btanpa (tes|ujian|kuliah|kursus|sekolah|test)\b|\b(walang|hindi na kailangan ng) (exam|test|pagsusulit)\b|(ไม่ต้องสอบ|ไม่ต้องเรียน)/
    $eu_sell = /\b(acheter|achetez|achat|obtenez|vendons|kaufen|verkaufen|kopen|koop|verkopen|kobe|kob|kjop\w{0,2}|kopa|kop|osta|ostaa|myymme|beli|jual|menjual|bumili|nagbebenta|enregistre\w{0,2}|geregistreerd|registriert|registrert|registreret|registrerad|rekisteroity|terdaftar|rehistrado|authentique|echte?r?|aito|asli|legit|original)\b|(ขาย|ของแท้|จดทะเบียน)/
    // Turkish and Arabic: a driving licence or a diploma without the exam, registered or "certified", and English "no test needed"
    $tr_doc = /\b(ehliyet|surucu belgesi|diploma\w{0,3}|sertifika\w{0,3}|driving licen[cs]e|driver'?s licen[cs]e|ielts)\b/
    $tr_noexam = /\b(sinavsiz|sinava (girmeden|girmeden de)|sinav olmadan|no (driving )?test (needed|required)|without (a |the |any )?(driving )?test)\b/
    $tr_sell = /\b(e-?devlet\w{0,4}|kayitli|gecerli|resmi|buy|registered|genuine)\b/
    $ar_doc = /(شهادات جامعية|شهادة جامعية|شهادات معتمدة|رخصة قيادة|رخص قيادة|رخصة سواقة|رخص سواقة|رخصة سياقة|شهادة معادلة|شهادات معادلة|دبلومات|شهادات خبرة|شهادة ايلتس)/
    $ar_noexam = /(بدون اختبار|بدون امتحان|بدون اختبارات|بدون دوام|بدون حضور|بدون دراسة|من غير امتحان|من غير اختبار)/
    $ar_sell = /(معتمدة|معتمده|موثقة|موثقه|مسجلة|مسجله|نوفر|نستخرج|استخراج|سرية تامة)/
    $ar_ask = /(واتس|للطلب|للتواصل|كلمنا|كلمني|راسلنا)/
    // driving licences, diplomas and experience certificates "for all countries" or "without the exam", registered,
    // genuine or issued (English, Italian, Spanish, Portuguese, French, German, Turkish, Gulf Arabic)
    $dl_doc = /\b(driving licen[cs]es?|driver'?s? licen[cs]es?|patente( di guida)?|patenti|carnet de conducir|licencias? de (conducir|manejo)|high school diplomas?|ged|diplomas? de (preparatoria|bachillerato|secundaria|ensino medio|high school)|titulos|carteira de (motorista|habilitacao)|carta de conducao|permis de conduire|fuhrerschein\w{0,2}|ehliyet|diplomas?|diplomi|diplomes?|titulos universitarios|degrees?|experience certificates?|work certificates?|certificados?|certificati|attestati|attestations? de travail|tecrube belgesi|arbeitszeugnis\w{0,2})\b|(شهادات جامعية|شهادة جامعية|شهادات خبرة|شهادة خبرة|رخصة قيادة|رخص قيادة|رخصة سواقة|رخص سواقة)/
    $dl_all = /\b(all|every|any) countr\w{1,3}|\btous les pays\b|\btutti i paesi\b|\btodos (los|os) (paises|estados)\b|\ball (50 |fifty )?states\b|\breconnus? partout\b|\ballen? land\w{1,3}\b|\btum ulke\w{0,5}|(لجميع الدول|لكل الدول|كل الدول|جميع الدول)/
    $dl_noexam = /\bwithout (an? |the |any )?(exams?|tests?|examination|classes|studying)\b|\b(senza|sin|sem|sans|ohne) (esame|examen|exame|prova|prufung)\b|\b(sin|sem) (tomar clases|clases|estudiar|estudar|fazer (a )?prova|papeles|documentos)\b|\bsinavsiz\b|(بدون اختبار|بدون امتحان|من غير امتحان)/
    $dl_sell = /\b(real|registered|genuine|verifiable|verified|original\w{0,2}|echte?r?|registriert|registrad[oa]s?|verificables|registrato|enregistre|kayitli|duzenlenir|we (make|sell|issue|provide|offer))\b|(معتمدة|معتمده|استخراج|نستخرج|نوفر)/
    $adm_course = /\b(mbbs|bds|bams|bhms|bums|md ?\/ ?ms|pg medical|medical seats?|b\.?tech|btech|b\.? ?pharm|bsc nursing|engineering seats?)\b/
    $adm_noexam = /\b(without|bina|bagair|no|without any|without giving) (the )?(neet|jee|cet|entrance)( exam| test| score| qualification)?\b|\b(neet|jee|entrance)( exam| score)? (ke )?bina\b|\b(neet|jee|entrance)( exam| score)? (not required|not needed|nahi chahiye|ki zarurat nahi|ki jarurat nahi|zaruri nahi|jaruri nahi)\b|\b(low|kam|less|poor) (neet|jee) (score|marks|rank)\b/
    $adm_quota = /\b(management|nri|donation|direct) (quota|seats?|admissions?)\b/
    $adm_where = /\b(top|reputed|private|deemed|best|good|renowned)( [a-z]{1,12}){0,2} (colleges?|universit(y|ies)|institutes?)\b|\bmedical colleges?\b|\b(colleges?|universit(y|ies)) (of|in) (india|karnataka|maharashtra|bangalore|bengaluru|pune|mumbai|delhi|ncr)\b/
    $adm_call = /\b(counsell?or|counsell?ors|counsell?ing|admission (cell|desk|helpline|expert|consultant|guidance)|seat (booking|confirm\w{0,5}|guarantee\w{0,2}|reserv\w{0,5}|pakki|pakka)|(guaranteed|confirmed|assured|pakki|pakka) (seat|admission)|limited seats)\b/
    // a parent's or a student's own search
    $adm_abroad = /\b(abroad|overseas|russia|ukraine|georgia|kazakhstan|kyrgyzstan|uzbekistan|philippines|china|bangladesh|nepal|armenia|belarus|egypt)\b/
    $adm_own = /\b(scam|fraud|fake|dhokha|beware)\b|\bmy (son|daughter|cousin|nephew|niece|brother|sister|friend)\b|\b(mera|mere|meri|hamara|hamari) (beta|beti|bete|bhai|behen|dost|bachche)\b|\b(beta|beti|bete|bhai) (ka|ki|ke)\b|\b(i|we|humne|maine|mene) (talked|spoke|met|paid|went|applied|got|baat ki|baat kari|mile|gaye|apply kiya)\b/
  condition:
    ($cert and (($noexam and ($quick or $valid))
        or ($noexam_soft and $pitch and ($quick or ($valid and sender_kind != "alpha" and sender_kind != "shortcode"))))
      and (phone_count > 0 or contact_count > 0 or url_count > 0))
    or ((($en_rf) or ($en_docs and $en_sell)) and (phone_count > 0 or contact_count > 0 or url_count > 0 or email_count > 0) and sender_kind != "alpha" and sender_kind != "shortcode")
    or ($zh_doc and (#zh_item >= 2 or ($zh_item and $zh_edu_fast)) and $zh_ct and not $zh_edu_own and sender_kind != "alpha" and sender_kind != "shortcode")
    or ($zh_edu and $zh_edu_fast and ($zh_ct or phone_count > 0) and not $zh_edu_own and sender_kind != "alpha" and sender_kind != "shortcode")
    or (($zh_inv and $zh_inv_sell or $zh_inv_co and $zh_inv_pts) and ($zh_ct or phone_count > 0) and not $zh_inv_own and sender_kind != "alpha" and sender_kind != "shortcode")
    or ($eu_doc and $eu_noexam and $eu_sell and (phone_count > 0 or contact_count > 0 or url_count > 0 or email_count > 0) and sender_kind != "alpha" and sender_kind != "shortcode")
    or (($tr_doc and $tr_noexam and $tr_sell or $ar_doc and $ar_noexam and $ar_sell)
      and (phone_count > 0 or contact_count > 0 or url_count > 0 or $ar_ask) and sender_kind != "alpha" and sender_kind != "shortcode")
    or ($dl_doc and (($dl_all and $dl_noexam) or (($dl_all or $dl_noexam) and $dl_sell))
      and (phone_count > 0 or contact_count > 0 or url_count > 0 or goods_ml_ask) and sender_kind != "alpha" and sender_kind != "shortcode")
    or ($adm_course and $adm_where and $adm_call and not $adm_own and (phone_count > 0 or contact_count > 0 or url_count > 0)
        and not $adm_abroad and ($adm_noexam or ($adm_quota and sender_kind != "alpha" and sender_kind != "shortcode")))
}

// Immigration "packages" sold with a guarantee (Chinese): a green card, a work visa, a residence permit or a Hong Kong
// identity "handled" (包办, 代辦) with success guaranteed, a visa 100% issued, no interview or no language test, or the fee
// refunded if it fails, and a chat id, a consultant or a number. A licensed consultancy promises no outcome; an immigration
// office's notice warns against those who do.
rule goods_immigration_guaranteed_zh
{
  meta:
    action = "junk"
    weight = 2.5
    description = "An immigration, residence, work-visa or identity 'package' handled for you with success guaranteed, a visa 100% issued, no interview or language test, or a full refund if it fails, with a chat id, a consultant or a number (simplified and traditional Chinese, written Cantonese)"
  strings:
    $imm = /(移民|绿卡|綠卡|工签|工簽|居留|签证|簽證|永居|入籍|护照|護照|留学签|留學簽|拿身份|拿綠卡|拿绿卡|(香港|台灣|台湾|澳門|澳门|美國|美国|加拿大|日本|新加坡|英國|英国)(身份|身分))/
    // the guarantee no consultancy can give
    $sure = /(保证|保證)(成功|通过|通過|下签|下簽|获批|獲批|拿到|出签|出簽)|(包办|包辦|包过|包過|包下签|包下簽|包拿|包批)|100 ?% ?(下签|下簽|出签|出簽|获批|獲批|成功|通过|通過)|不成功(全额|全額)?(退款|退费|退費)|零拒签|零拒簽|免面试|免面試|(无需|無需|不需要)(语言|語言|雅思|面试|面試)/
    $reach = /(微信|加v|加微|vx|qq|line|賴|whatsapp|telegram|顾问|顧問|咨询|諮詢|联系|聯繫|聯絡|致电|致電)/
    // an immigration office's or a friend's warning, the writer's own visa news
    $warn = /(切勿|谨防|謹防|骗|騙|诈骗|詐騙|小心|提示|我的|我已|下来了|下來了)/
  condition:
    $imm and $sure and ($reach or phone_count > 0) and not $warn
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule goods_credit_card_agent
{
  meta:
    action = "junk"
    weight = 2.5
    description = "A credit card sold by a named agent from a personal number (the Gulf's card agents on WhatsApp): 'need a credit card? salary 5000+ eligible, no annual fee, instant approval, WhatsApp <name>' (English)"
  strings:
    $card = /\bcredit cards?\b/
    // the eligibility by salary, as an agent writes it: "salary 5000+", "minimum salary AED 4,000", "3000 and above"
    $salary = /\b(salary|income)( of| from)?( aed| sar| qar| kwd| omr| bhd| dhs?| usd)? ?[0-9][0-9,.]{1,6}k? ?(\+|and above|& above|above|or more|plus|eligible|minimum|min)|\b(min|minimum|monthly) (monthly )?(salary|income)\b|\b(salary|income) (above|from|more than|starting|minimum|min)\b|\bsalaried\b.{0,20}\beligible\b/
    // what the agent adds: no annual fee, lifetime free, instant approval, no salary transfer
    $perk = /\b(no|zero|free|0) annual (fee|fees|charges?)\b|\bannual fee (free|waived)\b|\b(lifetime|life ?time|life-time) free\b|\bfree for life\b|\binstant (approval|approved|issuance)\b|\b(approval|approved|delivered) (in|within) [0-9]{1,2} ?(hours|hrs|days|minutes|mins)\b|\bno (salary transfer|documents?|security cheque|bank statements?)\b/
    // a holder's own card or a friend's advice
    $own = /\bmy (new )?(credit )?card\b|\b(i|we) (just )?(got|applied|received)\b|\bgot (it )?approved\b|\byou should (apply|get)\b|\b(i'll|i will) (tell|ask|show) you\b|\bwhich bank\b/
  condition:
    $card and $salary and $perk and (contact_count > 0 or phone_count > 0) and not $own and sender_kind == "phone"
}

rule goods_card_cashout_zh
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A credit card's, Huabei's, Baitiao's or a POS terminal's limit cashed out (套现) or repaid for you (代还), sold with a chat id or a number from a person's line (Chinese): the card cash-out no bank offers"
  strings:
    // a credit card, Huabei, Baitiao or a POS terminal cashed out (套现) or repaid for you (代还), sold with a
    // chat id or a number (a friend's or the police's warning against it is not the offer)
    $zh_cash = /(套现|套現|取现秒到|取現秒到)/
    // "repaid for you" (代还) only with a chat app: a relative's "我帮你代还了信用卡, 有事电话" names none
    $zh_repay = /(代还|代還)/
    $zh_app = /(微信|加v|加微|vx|wechat|\bqq\b|飞机|飛機)/
    $zh_card = /(信用卡|花呗|花唄|白条|白條|借呗|借唄|额度|額度|\bpos\b|刷卡)/
    $zh_ct = /(微信|加v|加微|vx|wechat|\bqq\b|飞机|飛機|联系|聯繫|电话|電話|来电|來電)/
    $zh_warn = /(不要|别|別|小心|谨防|謹防|骗|騙|违法|違法|犯罪|风险|風險|封卡|警方|公安|提醒)/
  condition:
    (($zh_cash and ($zh_ct or phone_count > 0)) or ($zh_repay and $zh_app)) and $zh_card
    and not $zh_warn and sender_kind != "alpha" and sender_kind != "shortcode"
}

// A stranger selling something (a car, a pet, tickets, a flat to rent) who will take payment in gift
// cards and nothing else: no real seller or landlord is paid in store cards, whose codes cannot be
// traced or reversed once read out.
rule goods_sale_paid_in_gift_cards
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A seller or landlord from a person's number who asks to be paid in gift cards only (Apple, Google Play, Steam, eBay, Amazon cards): the payment no real sale takes"
  strings:
    $sale = /\b(selling|for sale|sell(ing)? (my|it|the|this|them)|price|rent(ing)?|deposit|shipping|deliver(y|ed)?|tickets?|puppy|puppies|kitten|car|truck|bike|apartment|flat|condo|room)\b/
    $gc = /\bgift ?cards? only\b|\bonly (accept|accepts|take|takes|want|wants|do|doing)( payment)?( in| by| with| via)? (([a-z]{1,12} ){0,2})(gift ?cards?|itunes cards?|steam cards?)\b|\bpayment (is |must be |will be |should be |has to be |can only be )?(only )?(by|in|with|via|through) (([a-z]{1,12} ){0,2})(gift ?cards?|itunes cards?|steam cards?)\b|\bpay (me|us|the (owner|seller|landlord|agent)) (only )?(by|in|with|via|through) (([a-z]{1,12} ){0,2})(gift ?cards?|itunes cards?|steam cards?)\b|\b(must|has to|have to|needs? to|can only|will only) be paid (only )?(by|in|with|via|through) (([a-z]{1,12} ){0,2})(gift ?cards?|itunes cards?|steam cards?)\b/
    // a buyer's or friend's own cards: "I can pay you back with a gift card", "my gift card"
    $mine = /\b(pay you back|my gift ?cards?|i (have|got|bought|used) (a |an |some |the )?([a-z]{1,12} )?gift ?cards?)\b/
  condition:
    $sale and $gc and not $mine and sender_kind != "alpha" and sender_kind != "shortcode"
}

// Cheap or duty-free cigarettes, tobacco or vapes delivered discreetly and ordered on a messaging
// app or by text, from a person's number: contraband, not a licensed shop's offer (a shop texts from
// its sender id or short code, with its own site).
rule goods_contraband_tobacco
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Cheap, duty-free or wholesale cigarettes, tobacco or vapes delivered discreetly or nationwide, ordered on Telegram, WhatsApp or by text, from a person's number"
  strings:
    $tob = /\b(cheap|cheapest|duty[- ]free|discount(ed)?|wholesale|bulk|tax[- ]free|imported) (cigarettes?|cigs|ciggies|ciggs|smokes|tobacco|rolling tobacco|chop chop|vapes?|disposable vapes?|e-?cigs?|puff ?bars?|elf ?bars?|nicotine pouches)\b/
    $way = /\b(deliver(ed|y|ies)?|shipped|shipping|posted|post|door ?to ?door|discreet(ly)?|no id( needed| required)?|nationwide|australia[- ]wide|uk[- ]wide|aus[- ]wide|same[- ]day|next[- ]day)\b/
    $order = /\b(telegram|whats ?app|wa\.me|t\.me|snapchat|signal|wickr|order (now|today|here|on|via)|dm (me|us)|text (me|us) (to|for) order)\b|(واتس|للطلب|للتواصل|كلمنا|كلمني|راسلنا)/
    // German, French, Turkish, Swedish, Arabic: disposable vapes or puffs wholesale, delivered
    $tob_x = /\b(einweg ?(vapes?|e-?zigaretten)|vapes? (grosshandel|grossist|en gros|toptan)|(grosshandel|toptan) (vapes?|e-?zigaretten|puffs?|elektronik sigara)|puffs? en gros|elektronik sigara (toptan|ucuz)|toptan (elektronik sigara|puff|vape)|engangsvape\w{0,2})\b|((فيب|فيبات|سحبات|شيشة الكترونية|شيشة إلكترونية|سجائر الكترونية|سجائر إلكترونية).{0,40}(بالجملة|جملة|بأقل الأسعار|باقل الاسعار|ارخص|أرخص))/
    $way_x = /\b(lieferung|versand|livraison|leverans|kargo|kapida odeme|teslimat|frakt)\b|(توصيل|التوصيل)/
    $mine = /\b(i|we) (quit|stopped|bought|got|smoke|vape)\b|\bmy (dad|mum|mom|husband|wife|brother|sister)\b/
  condition:
    ($tob or $tob_x) and ($way or $way_x) and ($order or contact_count > 0 or phone_count > 0) and not $mine
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

// Cannabis sold by text from a person's number: the product (weed, kush, hash, edibles, "wiet", "Gras und Hasch",
// "beuh") and the dealer's terms (a menu, same-day or discreet delivery, "order"), with a number or a chat app. A
// friend's "bring some weed tonight" has no menu and no delivery service; a licensed dispensary writes from its id.
rule goods_cannabis_delivery
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Cannabis delivered by a dealer from a person's number: weed, kush, hash or edibles with a menu, a price list, same-day or discreet delivery, and a number or a chat app to order (English, French, German, Dutch, Danish, Swedish, Norwegian, Finnish, Indonesian, Malay, Tagalog, Thai)"
  strings:
    $weed = /\b(weed|kush|cannabis|marijuana|marihuana|marijuwana|ganja|haschisch|haschich|hasch|hasj|hashish|wiet|skunk|thc|edibles|pre-?rolls?|zaza|beuh|gras (und|&|en|og|och) (hasch|haschisch|hasj|hash)|pilvea|kannabis)\b|(กัญชา)/
    // a gardener's weeds: "weed control", "weed killer"
    $garden = /\bweed (killer|control|removal|spray|whacker|eater|barrier|fabric|membrane|mat)\b|\bweeding\b/
    $sell = /\b(menu|price ?list|top shelf|same[- ]day|discreet\w{0,2}|discrete\w{0,2}|(we|i) deliver|delivery (service|available|all over|24 ?\/ ?7|24h|today)|all strains|strains|in stock|order now|to order|karte|preisliste|diskret\w{0,2}|lieferservice|lieferung|liefern|menukaart|prijslijst|thuisbezorgd|bezorgd|bezorging|bezorgen|levering|leverans|levereras|leveres|leveret|hemleverans|toimitus|toimitetaan|kotiin|carte|livraison|livre|livrons|diskret levering|antar|kirim|cod|ส่งถึงบ้าน|ส่งด่วน|เก็บเงินปลายทาง|ส่งฟรี)\b/
    $ask = /\b(text|dm|whats ?app|telegram|snap(chat)?|wickr|signal|threema|potato|app (mij|me|ons|voor)|stuur|schreib|schreiben|skriv|laita|ecris|ecrivez|contactez|line|hmu|hit me up)\b/
    // a friend's or a patient's own, the news, a joke
    $own = /\b(i (smoked|bought|got|had)|my (dealer|guy)|lol|haha\w{0,4}|lmao|legali[sz]\w{1,6}|dispensary|prescription|rezept|recept|resept|ordonnance|police|polizei|politie|polisen|politiet|poliisi)\b/
  condition:
    $weed and $sell and not $garden and not $own
    and ($ask or contact_count > 0 or phone_count > 0 or url_count > 0)
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

// Energy and mobile-plan telemarketing from a private mobile number (Germany, the Netherlands, the Nordics,
// France, North America): a heat pump, solar panels, an electricity contract or a mobile plan, and "reply YES and
// we call you". An installer's reply to a request thanks for it; a friend recommends the one they used.
rule goods_energy_telemarketing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Unsolicited energy or mobile-plan telemarketing from a private mobile number: a heat pump, solar panels, an electricity or gas contract, a lower energy bill or a cheaper mobile plan, 'reply YES and we call you back' (German, Dutch, Danish, Swedish, Norwegian, Finnish, French, English); light and gas, the bill, fibre and mobile, a home alarm or solar panels with a saving or a price, 'reply SI or SIM' or 'a consultant will call you' (Italian, Spanish, Portuguese); insulation, a heat pump, fibre at a speed or a cash buyer for your car, at zero cost, with state incentives or in cash, 'reply SI' (Italian, Spanish, Portuguese); free loft, cavity-wall or boiler upgrades under a government scheme, reply YES, with an opt-out (English)"
  strings:
    $offer = /\b(warmepumpe\w{0,2}|solaranlage\w{0,2}|photovoltaik\w{0,6}|pv-?anlage\w{0,2}|solarmodule|stromvertrag|stromanbieter\w{0,2}|stromtarif|stromkosten|gasvertrag|handyvertrag|mobilfunkvertrag|handytarif|warmtepomp\w{0,2}|zonnepane\w{1,4}|energiecontract|energieleverancier|energierekening|energiekosten|stroomcontract|telefoonabonnement|solceller|solcelle\w{0,4}|solpaneler|solpanel\w{0,4}|varmepumpe\w{0,2}|varmepump\w{0,3}|bergvarme|elavtal\w{0,3}|elaftale\w{0,2}|stromavtale\w{0,2}|elregning\w{0,2}|elrakning\w{0,2}|stromregning\w{0,2}|mobilabonnement\w{0,2}|mobilabonnemang\w{0,2}|aurinkopaneel\w{1,4}|lampopump\w{1,4}|ilmalampopump\w{1,4}|sahkosopimu\w{1,4}|sahkolasku\w{0,4}|puhelinliittym\w{1,4}|pompes? a chaleur|panneaux? (solaires?|photovoltaiques?)|contrat (d'electricite|d'energie|de gaz)|fournisseur d'(electricite|energie)|facture d'(electricite|energie)|forfait mobile|solar panels?|heat pumps?|electricity (contract|plan|bill|rate|tariff)|energy (bill|plan|contract)|(mobile|phone|cell) plan)\b/
    // "reply YES", "antworten Sie mit JA", "stuur JA", "svara JA", "vastaa KYLLA", "repondez OUI"
    $yes = /\b(antworten sie|antworte|antwort|sende|senden sie|schreiben sie|stuur|antwoord|beantwoord|reageer|svar|svara|vastaa|repondez|reponds|envoyez|reply|text back|respond)( mit| met| med| avec| with| par)? "?(ja|jaa|kylla|oui|yes|y)"?\b/
    // "and we call you", "wir rufen Sie an", "een adviseur belt u", "sa ringer vi dig op", "soitamme sinulle"
    $cb = /\bwir rufen (sie|dich) (an|zuruck)\b|\b(rufen|melden) (wir|sich) (uns )?(bei )?(ihnen|dir)\b|\b(belt|bellen) (u|je) (terug|op|vandaag|morgen)?\b|\b(ringer|ringen) (vi|en radgiver|en konsulent) (dig|deg|jer|er)?\b|\bsoitamme\b|\b(vous|te) rappelle\w{0,2}\b|\bvous rappeler\b|\b(we('ll| will)|an (advisor|agent|expert) will) (call|ring) you\b/
    // an installer's answer to a request, a customer's own purchase, a friend's tip
    $own = /\b(thanks? (you )?for your (request|enquiry|inquiry)|danke fur ihre (anfrage|bestellung)|bedankt voor (uw|je) (aanvraag|bestelling)|tak for (din|jeres) (henvendelse|foresporgsel|bestilling)|tack for (din|er) (forfragan|bestallning)|takk for (din|henvendelsen)|kiitos (yhteydenotostasi|tilauksestasi)|merci pour votre (demande|commande)|(we|i) (got|bought|had|installed)|wir haben (eine|unsere)|(wij|we) hebben (een|onze)|vi (fick|fikk|fik|kopte|kjopte|kobte)|me ostimme|on a (fait|pris|installe)|lol|haha\w{0,4}|recommend|empfehle|aanrader|anbefaler|rekommenderar|suosittelen|je recommande)\b/
    // an appointment of a customer's own, to confirm by YES
    // Italian, Spanish, Portuguese: the cold offer (light and gas, the bill, fibre and mobile, an alarm, solar
    // panels) ...
    $offer_r = /\b(luce e gas|luce o gas|offerta (luce|gas|fibra|energia|mobile)|bolletta (della luce|del gas|luce|gas|energetica)|bollette (di luce|luce|energetiche)|fornitura (di )?(luce|gas|energia)|fibra (ottica|1 ?giga|fino a)|impianto (fotovoltaico|d'allarme|di allarme)|pannelli (solari|fotovoltaici)|sistema d'allarme|antifurto|tariffa (luce|gas|mobile|fibra)|factura de (la )?(luz|gas)|tarifa de (luz|gas)|fibra (y|\+) movil|fibra optica|alarma (para (tu|su) (casa|hogar|negocio)|sin cuota|gratis)|placas solares|paneles solares|fatura (da )?(luz|eletricidade|gas)|tarifario (de |da )?(luz|eletricidade|gas|movel)|fibra (e|\+) (movel|tv)|alarme (para (a sua|sua) casa|gratuito|gratis)|paineis solares|isolamento (termico|a cappotto|della casa|da casa|de fachada)|cappotto termico|pompa di calore|pompe di calore|caldaia (nuova|a condensazione|gratis)|aislamiento (termico|de (tu|su) (casa|vivienda|fachada)|gratis|gratuito)|aerotermia|bombas? de calor|fibra (fino a |hasta |ate )?[0-9]{1,4} ?(mb|gb|giga|mega)|fibra (y|e|\+) (movil|movel|mobile)|compriamo (la tua|il tuo|qualsiasi|tutte le) (auto|macchina|macchine|veicolo|veicoli|moto)|acquistiamo (la tua|il tuo|qualsiasi) (auto|macchina|veicolo)|compramos (tu|su|o seu|o teu|a sua|seu|sua|cualquier|qualquer) (coche|carro|auto|vehiculo|veiculo|moto|mota|viatura)|compramos (coches|carros|vehiculos|veiculos|automoveis|viaturas))\b/
    // ... the ask: reply SI or SIM, or a consultant who will call ...
    $yes_r = /\b(rispondi|risponda|rispondete|scrivi|scriva|responde|responda|contesta|conteste|escribe|escreva)( con| com)? "?(si|sim|ok)"?\b/
    $cb_r = /\b(un (nostro )?(consulente|operatore|esperto|tecnico) (ti|la) (chiamera|contattera|richiamera)|ti (richiamiamo|ricontattiamo|contatteremo|richiameremo|ricontatteremo)|sarai (ricontattato|contattato|richiamato)|verrai (ricontattato|contattato|richiamato)|la (richiamiamo|contatteremo|ricontatteremo)|un (asesor|agente|tecnico|comercial) (te|le) (llamara|contactara)|te (llamamos|llamaremos|contactaremos)|le (llamaremos|contactaremos)|um (consultor|assessor|assistente|tecnico|comercial) (ira ligar|vai ligar|liga-lhe|ligara|entrara em (contacto|contato))|(ligamos-lhe|ligamos para si|entraremos em (contacto|contato) (consigo|com voce)))\b/
    // ... a saving, a discount or a price
    $pitch_r = /\b(risparmi\w{0,4}|sconto|gratis|gratuit\w{1,2}|offerta|promo\w{0,6}|ahorr\w{1,4}|descuento|oferta|economiz\w{1,4}|poupe\w{0,2}|poupanca|desconto|mas barat\w{1,2}|mais barat\w{1,2}|piu conveniente|costo zero|senza costi|sin coste|sin costo|coste cero|sem custos?|custo zero|incentiv\w{1,3}|bonus (statale|casa)|ecobonus|superbonus|subvencion\w{0,2}|ayudas? (del|de la) (gobierno|estado|junta|ue)|fondos europeos|apoio do estado|apoios? do governo|fundo ambiental|contanti|al contado|en efectivo|a pronto|pagamento (imediato|na hora)|valutazione gratuita|tasacion gratis|avaliacao gratuita)\b/
    // the customer's own request, contract or appointment; a friend's tip
    $own_r = /\b(grazie per (la (tua|sua) richiesta|averci contattato)|come (concordato|richiesto|da accordi)|(il tuo|il suo|del tuo|del suo) (contratto|appuntamento|ordine)|appuntamento|gracias por (tu|su) (solicitud|interes|consulta)|(tu|su) (contrato|cita|pedido|solicitud)|cita previa|obrigad[oa] pel[oa] (seu |sua )?(pedido|contacto|contato|interesse)|(o seu|a sua) (contrato|marcacao|encomenda|pedido)|marcacao|confermare|confirmar|abbiamo (preso|messo|fatto)|ho (preso|messo|fatto)|contratamos|contrate|ti consiglio|te recomiendo|recomendo|mamma|papa|ahah\w{0,4}|jaja\w{0,4}|kkk\w{0,4})\b/
    // English: free insulation or heating under a government scheme ("ECO4", "fully funded"), reply YES, opt out
    $offer_gov = /\b(loft insulation|cavity wall insulation|(external|internal|solid) wall insulation|home insulation|spray foam insulation|free insulation|insulation (grant|scheme)|free (boiler|heating|central heating)|boiler (grant|upgrade|replacement) (scheme|grant)|eco ?4|great british insulation scheme|gbis)\b/
    $gov = /\b(government|govt|gov'?t|eco ?4|fully[- ]funded|grant[- ]funded|grant|free of charge|zero[- ]cost|no cost|at no cost)\b/
    $optout = /\b(stop|opt[- ]?out|unsubscribe)\b/
    $appt = /\b(appointment|booking|installation date|termin\w{0,2}|bestatig\w{1,4}|afspraak|bevestig\w{0,3}|aftale\w{0,2}|bekraft\w{1,4}|bokning\w{0,2}|bokad|bekreft\w{1,4}|avtalt|varau\w{1,4}|vahvist\w{1,6}|rendez-vous|confirm\w{0,6}|your (order|contract|account|meter|installation))\b/
  condition:
    ($offer and $yes and $cb and not $own
      or $offer_r and ($yes_r or $cb_r) and ($pitch_r or money_count > 0) and not $own_r
      or $offer_gov and $gov and $yes and $optout and not $own)
    and not $appt
    and sender_kind == "phone" and sender_line != "toll_free" and sender_line != "premium_rate"
}

// Hajj and Umrah packages sold by a stranger outside the official channels: a place without the lottery or
// the permit, a visa guaranteed, a hotel by the Haram, reserved by a deposit sent to a personal number or
// wallet. A licensed agency confirms a booking the pilgrim made, with its reference, and from its sender id.
rule goods_pilgrimage_package
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A Hajj or Umrah package from a person's number with a visa guaranteed, a place 'without the lottery' or without the permit, or a deposit or advance to a personal number or wallet to reserve (Arabic, Urdu and roman Urdu, English)"
  strings:
    // the package: Hajj, Umrah (Arabic "حج" alone is inside "حجز", a booking: only its own phrases)
    $pkg = /\b(hajj|umrah|umra|omrah)\b|(الحج|حج (بدون|مضمون|سياحي|فاخر|اقتصادي|vip)|باقات الحج|باقة الحج|برامج الحج|تأشيرة حج|تاشيرة حج|فيزا حج|فيزا الحج|العمرة|عمرة|حج پیکج|حج پیکیج|عمرہ|حج ویزا|حج کی بکنگ)/
    // the lure: a visa guaranteed, no lottery or permit, a deposit to a personal number
    $sure = /\b(guaranteed|guarantee|assured|100 ?% (guaranteed|sure)) (hajj |umrah )?(visas?|seats?|places?)\b|\bvisas? (is |are )?(guaranteed|100 ?% (guaranteed|sure)|assured)\b|\b(without|no|skip the|bypass|bina|bagair|baghair|beghair) (the )?(lottery|ballot|qurrah|qura|qurandazi|qura andazi|balloting|permit|nusuk)\b|\b(qura|qurandazi|qura andazi) (ke )?(baghair|bagair|bina|nahi)\b|\bvisa (ki )?(guarantee|gaurantee|pakka)\b|\b(deposit|advance|token (money|amount)|booking amount)\b.{0,40}\b(to|on|into|in) (this|my|our) (number|account|easypaisa|easy paisa|jazzcash|jazz cash|wallet)\b|\b(send|transfer|pay|bhejein|bhejen|jama karwaen|jama karayen) (the |a |your )?(deposit|advance|booking amount|token (money|amount))\b/
    $ar_sure = /(بدون قرعة|بدون القرعة|دون قرعة|بلا قرعة|بدون تصريح|بدون نسك|تأشيرة مضمونة|تاشيرة مضمونة|فيزا مضمونة|التأشيرة مضمونة|ضمان التأشيرة|مضمونة 100|عربون|دفعة مقدمة|حول المبلغ|تحويل المبلغ|قرعہ اندازی کے بغیر|بغیر قرعہ|ویزا کی گارنٹی|گارنٹی ویزا|گارنٹیڈ ویزا|ایڈوانس|بیعانہ|ٹوکن منی)/
    // a pilgrim's own trip or an agency's confirmation of a booking; a warning
    $own = /\b(i|we|he|she|they|my (mother|father|parents|mum|dad)) (booked|paid|went|got|performed|did|returned)\b|\b(my|our) (visa|booking|package|group|flight)\b|\b(booking|reservation) (ref|reference|number|no|confirmed|confirmation)\b|\byour (booking|reservation|visa|application)\b|\b(scam|scams|fraud|fake|beware|warning|dhoka|dhokay|fraudulent|unlicensed|illegal)\b|(تم تأكيد|رقم الحجز|حجزكم|حجزك|احذر|احذروا|نصب|احتيال|وهمية|دھوکہ|فراڈ|ہوشیار|آپ کی بکنگ)/
  condition:
    $pkg and ($sure or $ar_sure) and not $own
    and (phone_count > 0 or contact_count > 0 or money_count > 0 or url_count > 0)
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule goods_cash_car_buyer_exchange
{
  meta:
    action = "junk"
    weight = 2.8
    description = "Cash buyers and street exchangers by text from a person's number: 'we buy your car for cash, any condition, even with fines, debts or unregistered', call or write; or currency exchange delivered to your home at the best rate; gold and jewellery bought or pawned for cash on the spot; a car rented, sold or financed with no credit check; with a call or a chat id (Polish, Serbian in Latin and Cyrillic, Hungarian, Czech, Brazilian Portuguese, Latin American Spanish, English, Chinese)"
  strings:
    $buy = /\b(skup (aut|samochodow|pojazdow)|skupujemy (auta|samochody)|otkup (automobila|vozila|auta)|otkupljujemo (automobile|vozila)|autofelvasarlas\w{0,3}|felvasarolunk|vykup (aut|automobilu|vozidel)|vykupujeme (auta|automobily|vozidla)|compramos (seu|sua|o seu|tu|su) (carro|veiculo|moto|auto|coche|vehiculo|camioneta)|we buy (any|your|all) (car|cars|vehicle|vehicles|ute|utes))\b|(откуп (аутомобила|возила)|откупљујемо)/
    $cash = /\b(za gotowke|gotowka|gotowke|za kes|u kesu|kes odmah|za gotovinu|keszpenz\w{0,4}|hotovost\w{0,2}|za hotove|a vista|em dinheiro|de contado|en efectivo|cash)\b|(готовин|кеш)/
    $any = /\b(kazdy stan|w kazdym stanie|z dlugami|bez przegladu|uszkodzone|mandat\w{0,3}|kazn\w{1,3}|neregistrovan\w{1,3}|u bilo kom stanju|havarisan\w{1,3}|birsag\w{0,4}|barmilyen allapot\w{0,3}|serult|v jakemkoli stavu|multas?|dividas|qualquer estado|batid[oa]s?|adeudos?|infracciones|cualquier estado|chocad[oa]s?|fines|unregistered|any condition|damaged|not running)\b|(казн|нерегистрован|у било ком стању|хаварисан)/
    // gold, jewellery and pawns bought for cash on the spot ("compro ouro", "compramos oro y plata", "empena tus joyas")
    $gold = /\b(compro|compramos|compra de|compra-se|compra y venta de) (seu |sua |suas |seus |tu |tus |su |sus )?(ouro|oro|joias|joyas|alhajas|relogios de ouro)\b|\b(empena|empenamos|empeno de|empenhe|penhor de) (tu |tus |su |sus |seu |suas )?(oro|joyas|alhajas|ouro|joias|celular|auto)\b/
    $gold_pay = /\b(na hora|em dinheiro|a vista|pix|melhor (preco|cotacao)|al instante|en efectivo|de contado|mejor precio|pago inmediato|pagamos (mais|mas))\b/
    // a car rented, sold or financed with no credit check ("sem consulta ao SPC", "sin buro", "solo con tu INE")
    $car = /\b(aluguel|locacao|alugamos|alugo|vendemos|vendo|financiamos|renta|rentamos|arrendamos|venta|financiamiento) (de )?(carros?|veiculos?|motos?|autos?|coches?|vehiculos?|camionetas?)\b/
    $car_nocheck = /\b(sem consulta( ao| a)?( spc| serasa| score)|sem comprovar renda|sem comprovacao de renda|nome sujo|negativad[oa]s?|sin (buro|consulta (a|al|de) buro|revisar buro|historial crediticio|aval)|aunque (estes|este) en buro|solo con (tu |su )?(ine|ife|dni|cedula))\b/
    // currency exchange brought to you
    $fx = /\b(kantor\w{0,2}|wymian\w{1,2} walut|menjacnic\w{1,2}|valutavalt\w{1,4}|penzvalt\w{1,4}|smenarn\w{1,2}|cambio de (dolares|divisas|moneda)|casa de cambio|currency exchange|cambio de moeda)\b|(мењачниц|换汇|換匯|货币兑换|貨幣兌換|外币兑换|外幣兌換|港币兑换|港幣兌換|人民币兑换|人民幣兌換|美金兑换|美金兌換)/
    $fx_home = /\b(z dowozem|dowozimy|dowoz\w{0,3}|na kucnu adresu|na adresu|dostavljamo|hazhoz|kiszallit\w{1,5}|dovezeme|a domicilio|entregamos|delivered|delivery to your)\b|(на кућну адресу|доносимо|достављамо|上门|上門|送上门|送上門|送货|送貨)/
    $ask = /\b(zadzwon|zadzwonic|dzwon|pozovite|pozovi|javite|hivjon|hivj|volejte|zavolejte|ligue|chame|llamanos|llamenos|llama|escribenos|escribinos|mandanos|call|text us|whats ?app)\b|(позовите|позови|јавите|加微信|加v|微信|联系|聯繫|聯絡|telegram)/
    $own = /\b(moj|moja|moje|mi brat|my (dad|brother|mate|son)|meu pai|mi papa|moj tata|sprzedalem|prodao sam|vendi|sabe onde|sabes donde|da vo|de mi abuela)\b/
  condition:
    (($buy and ($cash or $any)) or ($fx and $fx_home) or ($gold and $gold_pay) or ($car and $car_nocheck))
    and ($ask or contact_count > 0 or phone_count > 0)
    and not $own
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule goods_handle_ads_zh
{
  meta:
    action = "junk"
    weight = 2.8
    description = "Contact-handle ads in Chinese: escort 'home visits', 'tea delivery' and adult services, adult goods and aphrodisiacs, counterfeit luxury watches and bags ('1:1', top replicas, cash on delivery), each with a WeChat, QQ, LINE or Telegram handle or number to add; slimming pills, teas or enzymes with a miracle claim (20 jin in a month, no rebound, no dieting, no side effects) and a handle, WhatsApp or a number; chat and social accounts sold (old or real-name WeChat, QQ, Douyin or Telegram accounts, bank-card 'four-piece sets') in bulk with a handle (simplified and traditional Chinese, Cantonese)"
  strings:
    $adult = /(学生妹|學生妹|包夜|楼凤|樓鳳|外围女|外圍女|兼职妹|兼職妹|约炮|約炮|一夜情|外送茶|援交|援妹|少妇上门|少婦上門|美女上门|美女上門|上门服务.{0,12}(全套|妹|美女|少妇|包夜)|上門服務.{0,12}(全套|妹|美女|少婦|包夜)|成人用品|情趣用品|情趣内衣|情趣內衣|壮阳|壯陽|春药|春藥|催情|迷情)/
    $fake = /(高仿|精仿|复刻|復刻|原单|原單|超a|a货|a貨|1:1)/
    $lux = /(名表|手表|手錶|名包|包包|奢侈品|劳力士|勞力士|香奈儿|香奈兒|爱马仕|愛馬仕|古驰|古馳|路易威登)/
    $sell = /(货到付款|貨到付款|支持验货|支持驗貨|批发|批發|工厂直|工廠直|出售|专卖|專賣|代购|代購|包邮|包郵|现货|現貨|质量保证|品質保證|欢迎咨询|歡迎諮詢|欢迎选购|歡迎選購)/
    $mine = /(我买了|我買了|我买的|我買的|我朋友)/
    $handle = /(加|添加|联系|聯繫|聯絡|咨询|諮詢|私聊|找我)(我)?(的)?(微信|威信|薇信|vx|v信|qq|扣扣|line|賴|telegram|tg|飞机|飛機|纸飞机|紙飛機|whatsapp)|(微信|威信|薇信|vx|qq|扣扣|line|telegram|飞机|飛機)(号|號|id)?:|(私聊|私信|私訊|联系|聯繫|飞机|飛機|飞机号|飛機號|tg|telegram) ?:? ?@[a-z0-9_]/
    // slimming pills, teas and enzymes with the miracle no product keeps ("一个月瘦20斤", "7日瘦8斤", "不反弹", "唔使節食",
    // "无副作用"): the claim, the seller's reach (a handle, WhatsApp, a private message, an order) or a number
    $slim = /(减肥|減肥|纤体|纖體|瘦身(产品|產品|丸|茶|药|藥|胶囊|膠囊|咖啡)|酵素|燃脂|排油|左旋肉碱|左旋肉鹼|代餐)/
    $slim_claim = /(瘦|减|減|掉)(了|咗)? ?([0-9]{1,3}|一|二|三|四|五|六|七|八|九|十|两|兩|十五|二十|三十) ?(斤|磅|公斤|kg)|(一个月|一個月|[0-9]{1,2} ?(日|天|周|週|星期))(內|内)? ?(瘦|减|減|掉)|唔反彈|不反弹|不反彈|唔使節食|不用节食|不用節食|免节食|免節食|无需节食|無需節食|无副作用|無副作用|冇副作用|躺着瘦|躺著瘦/
    $slim_reach = /(whatsapp|telegram|私訊|私信|私聊|搵我|下单|下單|订购|訂購)/
    $slim_own = /(我最近|我而家|我现在|我現在|我減|我减|我瘦|我食|我吃|我用|我喝|我買|我买|我試|我试|医生|醫生|妈|媽)/
    // chat and social accounts sold ("出售微信老号", "收售抖音号", "实名 Telegram 帐号批发", "银行卡四件套"): the account, the
    // trade's terms (bulk, real-name, rebinding, first-hand stock) and a handle
    $acct = /(微信号|微信號|微信老号|微信老號|qq号|qq號|抖音号|抖音號|快手号|快手號|小红书号|小紅書號|(telegram|tg|whatsapp|飞机|飛機|facebook|fb|instagram|推特|支付宝|支付寶)(帐号|账号|帳號|賬號|号|號)|老号|老號|白号|白號|实名号|實名號|实名账号|實名帳號|万粉账号|萬粉帳號|万粉号|萬粉號|四件套)/
    $acct_sell = /(出售|收售|收号|收號|售卖|售賣|批发|批發|低价出|低價出|量大从优|量大從優|一手货源|一手貨源|可换绑|可換綁|实名认证|實名認證|包售后|包售後|秒发|秒發|出租)/
    $warn = /(骗子|騙子|诈骗|詐騙|举报|舉報|小心|别信|別信)/
  condition:
    ($adult or ($fake and $lux and $sell and not $mine)) and $handle and not $warn
    or ($slim and $slim_claim and ($handle or $slim_reach or phone_count > 0) and not $slim_own and not $warn
      and sender_kind != "alpha" and sender_kind != "shortcode")
    or ($acct and $acct_sell and $handle and not $warn and sender_kind != "alpha" and sender_kind != "shortcode")
}

// Digital goods and rooms sold from a person's number with a chat app: pirate IPTV (thousands of channels, all the
// sports, a year for a small price), game currency topped up cheap (PUBG UC, Free Fire diamonds, V-Bucks, Robux),
// furnished flats rented by the hour with "full privacy". A provider bills its own subscribers from its sender id.
rule goods_chat_app_offers
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Pirate IPTV subscriptions (thousands of channels, all sports, months or a year at a price), cheap game-currency top-ups (PUBG UC, Free Fire diamonds, V-Bucks, Robux) and furnished flats by the hour with full privacy, sold from a person's number with a chat app or a number (English, Gulf and Egyptian Arabic, Turkish, German, French, Swedish)"
  strings:
    $iptv = /\biptv\b/
    $chan = /\b(channels|kanal\w{0,4}|sender|chaines|canali|canales|canais|live tv)\b|(قناة|القنوات|قنوات)/
    $period = /\b(12|6|3|24) (months|monate|mois|manader|ay|mon|mesi|meses)\b|\b(1|one|ein|un|bir|ett) (year|jahr|an|ar|yil|anno|ano)\b|\b(yearly|annual|jahresabo|yillik)\b|(سنة|سنه|شهر|شهور|اشهر|أشهر)/
    $iptv_own = /\b(my iptv|mine|lol|haha|meine? iptv|mon iptv|benim|min iptv|mitt iptv|is it legal)\b|(اشتراكي|عندي)/
    $game = /\b(pubg (mobile )?uc|uc (pubg|top-?up|top up|yukleme)|free ?fire (diamonds?|elmas)|(diamantes?|diamants?) (de )?free ?fire|v-?bucks|robux|valorant (points|vp)|cod points|fifa coins|monete fifa|pavos de fortnite|elmas (yukleme|paketi))\b|(شدات|جواهر فري فاير|شحن ببجي|روبوكس|فيبكس)/
    $cheap = /\b(cheap\w{0,3}|best price|lowest price|instant\w{0,2}|cheaper|en ucuz|ucuz|aninda|uygun fiyat\w{0,3}|gunstig\w{0,2}|billig\w{0,2}|sofort|pas chers?|moins chers?|prix bas|baratos?|baratas?|prezzi bassi|economic\w{1,2}|immediata|inmediata|imediata|na hora)\b|(ارخص|أرخص|بأرخص|باقل|بأقل|فوري|فورا)/
    $game_own = /\b(can you|could you|buy me|for me|mum|mom|dad|anne|baba|mama|papa|pappa)\b|(ماما|بابا|اشتري لي|اشحن لي)/
    $hour = /\b(by the hour|per hour|hourly|saatlik|stundenweise|pro stunde|a l'heure|per timme)\b|(بالساعة|بالساعه|بالساعات)/
    $flat = /\b(apartments?|flats?|studios?|rooms?|chalets?|daire\w{0,3}|oda|apart|wohnung\w{0,2}|zimmer|appartements?|lagenhet\w{0,3})\b|(شقق|شقة|شقه|استراحة|استراحات|شاليه|شاليهات|غرف|غرفة|استوديو)/
    $priv = /\b(full|total|complete|100 ?%) (privacy|discretion)\b|\bno (id|questions asked|contract)( needed| required)?\b|\bgizlilik\b|\bdiskret\w{0,2}\b|\bdiscretion\b|(خصوصية|خصوصيه|بدون عقد|بدون قسيمة|بدون قسيمه|بدون إثبات|بدون اثبات|سرية تامة)/
    $ask = /\b(whats ?app|snap ?chat|telegram|wa\.me|t\.me|siparis|bestell\w{0,4}|commandez|bestall\w{0,3})\b|(واتس|للطلب|للحجز|للتواصل|كلمنا|كلمني|راسلنا)/
  condition:
    (($iptv and $chan and ($period or money_count > 0) and not $iptv_own) or ($game and $cheap and not $game_own) or ($hour and $flat and $priv))
    and ($ask or contact_count > 0 or phone_count > 0 or goods_ml_ask)
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

// The loan "without collateral" or "without a credit check" texted from a person's number, with the file, registration
// or insurance fee to send first, a chat handle, a link or a number: a lender deducts its fees and texts from its
// sender id. A relative asks to borrow in plain words, a customer's own loan needs its collateral, a warning names
// the fraudsters.
rule goods_loan_no_collateral_chat
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A loan without collateral, guarantor or credit check from a person's number, with a file, registration or processing fee to send first, a Telegram or WhatsApp contact, a link or a number: Kinyarwanda ('inguzanyo nta ngwate, amafaranga y'idosiye'), Amharic (Ge'ez script and romanised: a loan without guarantee in an hour, Telegram), Luganda ('looni awatali kakalu'), Swahili and Sheng ('mkopo bila dhamana, bila CRB'), Canadian French ('pret sans enquete de credit, repondez OUI'; or a loan 'approved' with insurance or file fees to send by Interac first); a loan for migrants and the unbanked 'even without a bank account' or 'only with your ITIN or consular ID', approved in minutes, the same day or by WhatsApp (US Spanish, Portuguese and English, Quebec French)"
  strings:
    // Kinyarwanda: a loan ("inguzanyo") without collateral ("nta ngwate", "itagira ingwate")
    $rw_loan = /\binguzanyo\b/
    $rw_free = /\b(nta ngwate|itagira ingwate|ntabwo dusaba ingwate|nta mukoresha)\b/
    $rw_lure = /\b(y'idosiye|dosiye|ubwishingizi|wishyur\w{1,3}|kwishyura|ohereza|twandikire|hamagara|kanda|momo|telegram|whats ?app)\b/
    $rw_own = /\b(mwirinde|ntimukishyure|ubwambuzi|abatekamutwe|wantiza|nzakwishyura|nzayakwishyura)\b/
    // Amharic (a letter is three bytes: no \b): a loan ("ብድር") without guarantee ("ያለ ዋስትና", "ያለ ማስያዣ", "ያለ ዋስ")
    $am_loan = /(ብድር)|\b(bidir|bdr)\b/
    $am_free = /(ያለ ዋስትና|ያለ ማስያዣ|ያለ ዋስ|ያለምንም ዋስትና|ዋስትና አያስፈልግም|ማስያዣ አያስፈልግም)|\b(yale (wastina|wasitina|masyaja|was))\b/
    $am_lure = /(ቴሌግራም|ዋትስአፕ|ይደውሉ|ክፍያ|ቴሌብር|ይላኩ|ይጻፉ|ያግኙን|ይቀላቀሉ|ቻናል)|\b(telegram|whats ?app|telebirr)\b/
    $am_own = /(ተጠንቀቁ|አጭበርባሪ|ጠየቀኝ|ልትበደረኝ|እመልሳለሁ)/
    // Luganda: a loan ("looni", "ebbanja") without security ("awatali kakalu", "tetwetaaga kakalu")
    $lg_loan = /\b(looni|lowooni|ebbanja)\b/
    $lg_free = /\b((awatali|nga tewali|nga teri|tewali|teri|tetwetaaga|teweetaaga|tosaba|tetusaba) (kakalu|musingo|omusingo)|without (collateral|security))\b/
    $lg_lure = /\b(sasula|osasule|weereza|fayiro|okuwandiisa|z'okuwandiisa|z'okuggulawo|okuggulawo|processing fee|form fee|mobile money|momo|kuba|tuukirira|telegram|whats ?app)\b/
    $lg_own = /\b(weegendereze|bafere|obufere|mufere|nsaba onwole|looni yange)\b/
    // Swahili and Sheng: a loan ("mkopo", "loan") without collateral, guarantor or the credit bureau
    $sw_loan = /\b(mkopo|mikopo|loan)\b/
    $sw_free = /\b(bila|hakuna|hatuhitaji|bila ya) (dhamana|mdhamini|security|collateral|crb|kuangalia crb)\b|\bhata kama (umeblacklist\w{0,4}|uko crb|umeorodheshwa crb)\b/
    $sw_lure = /\b(lipa|lipia|tuma|ada ya|processing fee|registration fee|jiunge|piga|telegram|whats ?app)\b/
    $sw_own = /\b(tahadhari|usitume|matapeli|tapeli|jihadhari|unikopeshe|nikopeshe|imeniomba|nimeomba)\b/
    // Canadian French: a loan without a credit check, or approved with a fee to send first by Interac
    $fr_loan = /\bprets?\b/
    $fr_free = /\b(sans (enquete|verification|verif) de credit|aucune (enquete|verification) de credit|mauvais credit (accepte|bienvenu|ok)|meme (en faillite|avec (un )?mauvais credit)|approbation garantie)\b/
    $fr_lure = /\b(repondez|repondre|textez|texte|ecrivez|ecrivez-nous|cliquez|telegram|whats ?app|interac|frais (de dossier|d'assurance|d'ouverture|de traitement|administratifs))\b/
    $fr_ok = /\b(est|a ete) (approuve|accepte|autorise)\b/
    $fr_fee = /\b(envoyez|payez|versez|deposez|transferez|reglez)\b.{0,30}\bfrais (de dossier|d'assurance|d'ouverture|de traitement|administratifs|d'activation)\b/
    $fr_own = /\b(j'ai|on a|ma banque|notre banque|maman|papa|me preter|rembourse)\b/
    // the migrant's and the unbanked's loan by chat (US Spanish, Portuguese and English, Quebec French): a loan "even without a
    // bank account" or "only with your ITIN or consular ID", approved in minutes, the same day or over WhatsApp
    $ub_loan = /\b(prestamos?|emprestimos?|prets?|loans?)\b/
    $ub_free = /\b(sin|aunque no (tengas|tenga)|no necesitas|no necesita)( tener)?( una)? cuenta (de banco|bancaria|en el banco)\b|\b(solo|solamente|so|apenas|somente|seulement|just|only) (con|com|avec|with)? ?(tu |su |seu |o |votre |ton |your |an )?(itin|matricula( consular)?|id consular|consular id|carte consulaire)\b|\bsem (ter )?(uma )?conta (em banco|bancaria|no banco)\b|\b(meme sans|sans|meme si vous n'avez pas de|meme si tu n'as pas de|pas besoin d'un|pas besoin de) (un )?compte (bancaire|en banque|de banque)\b|\bno bank account( needed| required| necessary)?\b|\bwithout a bank account\b|\b(don't|do not) need a bank account\b/
    $ub_fast = /\b(aprobad[oa]s?|aprovad[oa]s?|approuves?|approved) (en|em|in) (minutos|minutes|quelques minutes|[0-9]{1,2} (minutos|minutes))\b|\b(mismo dia|same day|na hora|en (1|una) hora|em (1|uma) hora|en 1 heure|in minutes|en minutos)\b|\b(por|pelo|par|by|on|via) whats ?app\b/
    $ub_own = /\b(me (puedes|podes|pode) prestar|me empresta|te pago|je te rembourse|lend me|pay you back|mi (banco|tio|tia|prestamo)|meu emprestimo|my (bank|loan|cousin)|j'ai|i got)\b/
  condition:
    (($rw_loan and $rw_free and ($rw_lure or phone_count > 0 or url_count > 0 or contact_count > 0) and not $rw_own)
      or ($am_loan and $am_free and ($am_lure or phone_count > 0 or url_count > 0 or contact_count > 0) and not $am_own)
      or ($lg_loan and $lg_free and ($lg_lure or phone_count > 0 or url_count > 0 or contact_count > 0) and not $lg_own)
      or ($sw_loan and $sw_free and ($sw_lure or phone_count > 0 or url_count > 0 or contact_count > 0) and not $sw_own)
      or ($fr_loan and ($fr_free and ($fr_lure or phone_count > 0 or url_count > 0 or contact_count > 0) or $fr_ok and $fr_fee) and not $fr_own)
      or ($ub_loan and $ub_free and ($ub_fast or phone_count > 0 or url_count > 0 or contact_count > 0 or money_count > 0) and not $ub_own))
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

// Car insurance sold to migrants from a person's number: "aseguranza sin licencia, aceptamos matricula consular", "seguro
// de carro sem carteira americana", "assurance auto sans permis, carte consulaire acceptee", "car insurance, no license
// needed": the insurance with a price, a quote or the documents it takes, and a way to reach the seller. An insurer
// writes from its sender id about a policy; a relative tells of their own policy.
rule goods_auto_insurance_no_licence
{
  meta:
    action = "junk"
    weight = 2.5
    description = "Car insurance offered from a person's number without a driving licence or a social security number, or on a consular ID or for the undocumented, with a price, a quote or 'we accept' and a way to reach the seller (US Spanish, Portuguese and English, Quebec French)"
  strings:
    $ins = /\b(aseguranzas?|aseguramos (tu|su) (carro|auto|coche|vehiculo)|seguros? (de |para )?(auto|autos|carro|carros|coche|vehiculo)|seguro auto|assurances? (auto|automobile|de voiture)|(car|auto|vehicle) insurance)\b/
    // without a licence or a social security number, or on a consular ID, for the undocumented or the newcomers
    $nolic = /\b(sin|sem|sans|no|without( a| any)?) (licencia|licenca|carteira( de motorista| de habilitacao)?|permis( de conduire)?|(driver'?s )?licen[cs]e|social security|ssn|seguro social|numero de seguro social|papeles|historique de conduite)\b|\b(matricula consular|carte consulaire|consular id|indocumentad[oa]s|undocumented|imigrantes|inmigrantes|nouveaux arrivants)\b/
    // the pitch: a price from, a quote, full cover, the documents accepted
    $pitch = /\b(desde|a partir de|from|starting at|cotiza\w{0,3}|cotizacion|cotacao|soumission|quotes?|cobertura (completa|total)|couverture complete|full coverage|aceptamos|aceitamos|on accepte|nous acceptons|we accept)\b/
    // a relative's or a friend's own policy
    $own = /\b(mi|my|mon|ma|meu|minha) (cousin|cousine|primo|prima|hermano|hermana|tio|tia|brother|sister|mom|dad|carro|car|auto|voiture)\b|\b(ya saque|me salio|compa|i got|i called|j'ai|eu fiz|eu tirei|paguei|apparently)\b/
  condition:
    $ins and $nolic and $pitch and not $own
    and (contact_count > 0 or phone_count > 0 or url_count > 0 or money_count > 0 or goods_ml_ask)
    and sender_kind == "phone"
}

// South Asia's paid adult-video groups: a "VIP", "premium" or private Telegram group or channel of "desi", "viral MMS"
// or "18+" videos, joined for a fee sent by bKash, Nagad, UPI, Paytm or PhonePe. A friend shares a link free; a
// streaming plan split between friends names no adult content.
rule goods_adult_video_group_fee
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A paid adult-video group or channel (18+, desi, viral MMS, hot or uncut videos) on Telegram or WhatsApp, joined for a fee by bKash, Nagad, UPI, Paytm, PhonePe or GPay (romanised and script Bangla, Hinglish and Hindi)"
  strings:
    $adult = /(^|[^0-9])18 ?\+ ?(bangla |hindi |desi |premium |hot |private )?(videos?|content|channel|group|ভিডিও|वीडियो)|\b(adult|xxx|porn\w{0,4}|nude|sex ?videos?|mms|choti|bhabhi|bhabi|uncut|hot (video|videos|web ?series|bhabhi|bhabi|girls?)|viral (mms|full videos?)|desi (hot|bhabhi|bhabi|mms|sex|viral)|college girls? (viral|mms|hot)|gopon video|blue film)\b|(হট ভিডিও|গোপন ভিডিও|চটি|देसी हॉट|हॉट वीडियो|अश्लील|एडल्ट)/
    $group = /\b(group|grp|channel|vip|premium|membership|lifetime)\b|(গ্রুপ|চ্যানেল|ग्रुप|चैनल|जॉइन|टेलीग्राम|টেলিগ্রাম)/
    $pay = /\b(bkash|bikash|nagad|rocket|upi|paytm|phonepe|gpay|google pay)\b|@(ybl|paytm|okaxis|oksbi|okhdfcbank|okicici|ibl|axl)\b|(বিকাশ|নগদ|यूपीआई)/
    $amt = /[0-9] ?(taka\b|tk\b|rs\b|rupees\b|rupaye\b|টাকা|रुपये|रुपए)|\b(rs\.?|inr) ?[0-9]|₹ ?[0-9]/
  condition:
    $adult and $group and $pay and ($amt or money_count > 0)
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

// The cooking-gas and appliance "offer" from a person's number (India, Nigeria): an Indane, HP or Bharat gas cylinder or
// a new connection, a gas cylinder with a burner, or a fridge, TV or washing machine at a fraction of the price, and only
// a booking, delivery or advance charge to pay first: the goods never come. A distributor's booking comes from its
// sender id; a relative asks to book the refill.
rule goods_cylinder_appliance_advance : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A cooking-gas cylinder, connection or appliance (fridge, TV, washing machine) offered cheap from a person's number, with only a booking, delivery or advance charge to pay first (English, Hinglish, Hindi, Nigerian Pidgin)"
  strings:
    $goods = /\b(gas cylinders?|cylinders?|gas connection|lpg|cooking gas|indane|bharat gas|hp gas|burner|cooker|fridge|refrigerator|freezer|washing machine|air ?conditioner|inch tv|led tv|smart tv|television)\b|(सिलेंडर|गैस कनेक्शन|इंडेन|फ्रिज|वॉशिंग मशीन)/
    $cheap = /\b(only|sirf|just|offer|sasta|discount|clearance)\b|\b[1-9]0 ?% (off|discount)\b|(सिर्फ|मात्र|ऑफर|छूट)/
    $first = /\b(booking|delivery|dispatch|advance|registration) (charges?|fees?|amount|money)\b|\b(pay|send|transfer|paytm|phonepe|gpay)( the| a| rs\.?| n)? ?[0-9,]{0,8}( rupaye| rupees| naira)? (for|as) (the )?(delivery|booking|dispatch)\b|\bbooking ke liye\b|\badvance (paytm|phonepe|gpay|upi|bhejo|karo|pay)\b|(बुकिंग चार्ज|डिलीवरी चार्ज|एडवांस|पहले भेजें|पहले जमा)/
    $own = /\b(mummy|papa|mom|dad|bhaiya|didi|i'?m selling|my used|scam|fraud|fake|beware)\b/
  condition:
    $goods and $cheap and $first and not $own
    and (money_count > 0 or phone_count > 0 or contact_count > 0)
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

// Southern Africa: cut-price prepaid electricity tokens ("buy R500 get R1000 units", "ZESA tokens half price") or a
// solar kit "with no deposit", sold by WhatsApp and paid first by wallet (isiZulu, isiXhosa, Sesotho, Shona, English).
// A utility's warning and a bank's token receipt come from sender ids; a relative asks for a plain top-up.
rule goods_sadc_power_tokens_solar : phishing
{
  meta:
    action = "junk"
    weight = 2.5
    description = "Cut-price prepaid electricity tokens or a no-deposit solar kit sold by WhatsApp and paid first by wallet or to a number (isiZulu, isiXhosa, Sesotho, Shona, English of southern Africa)"
  strings:
    $tok = /tokeni|\b(li-?token|tokens?|units|amayunithi)\b/
    $elec = /\b(ugesi|kagesi|zombane|ombane|motlakase|magetsi|zesa|eskom|electricity|prepaid|meter)\b/
    $cheap = /\b(cheap|cheaper|half price|discount|ashibhile|eshibhile|eliphantsi|theko e tlase|mutengo wakaderera)\b|% off\b|\b(r|m|p|\$) ?[0-9][0-9,]{0,7} (uthole|ufumana|o fumana|get|for)\b/
    $solar = /solar\b/
    $nodep = /\b(no|without|zero) deposit\b|kwediphozithi|\bntle le (deposit|diphositi)\b|\bpasina deposit\b/
    $pay = /hlawul|khokh|bhadhar|\b(lefa|pay|e-?wallet|cash ?send|ecocash|m-?pesa|orange money|myzaka|airtel money|whats ?app)\b/
    $no = /\b(never buy|authorised vendors?|scam|beware|qaphela|lumka|ngwarira|hlokomela)\b/
  condition:
    (($tok and $elec and $cheap) or ($solar and $nodep)) and $pay and not $no
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

// The holiday flat's deposit paid outside the booking platform: the apartment or room, an advance (akontacija,
// kapara, predujam, avans, prokatavoli) and Western Union, MoneyGram, an IBAN "directly to me" or "without Booking"
// (Croatian, Montenegrin, Greek). The platform's own confirmation comes from its sender id; a guest's own payment
// through the platform names no transfer service.
rule goods_holiday_deposit_offplatform : phishing
{
  meta:
    action = "junk"
    weight = 2.6
    description = "A holiday apartment's deposit or advance to pay by Western Union, MoneyGram or IBAN directly, outside Booking or Airbnb (Croatian, Montenegrin, Greek)"
  strings:
    $stay = /apartman|smjestaj|smestaj|rezervacij|διαμερ|δωματ|καταλυμ|κρατησ|κράτησ|\b(vila|booking|airbnb)\b/
    $dep = /akontacij|kapar|predujam|προκαταβολ|\b(avans|polog|deposit)\b/
    $off = /\b(western union\w{0,2}|moneygram\w{0,2}|iban|izvan (bookinga|airbnb|platforme)|direktno (meni|na moj)|bez bookinga|ne preko (bookinga|airbnb))\b|απευθ|εκτος|εκτός|χωρις airbnb|χωρίς airbnb/
    $own = /\b(uplatio sam|uplatila sam|platio sam|platila sam|placanje pri dolasku)\b/
  condition:
    $stay and $dep and $off and not $own
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

// Bought medical papers: a sick note, a medical certificate, a disability status or an exemption from mobilisation
// "without a doctor's visit", backdated or entered into the system, sold by Telegram or WhatsApp (Russian, Ukrainian,
// Turkish, Azerbaijani, Arabic, Malay). A patient's own sick note names no shortcut; the state portal writes from its id.
rule goods_medical_papers_sold
{
  meta:
    action = "junk"
    weight = 2.5
    description = "Sick notes, medical certificates, disability status or exemption from mobilisation sold without a doctor's visit, backdated or 'entered in the system', with a chat app or a number (Russian, Ukrainian, Turkish, Azerbaijani, Arabic, Malay)"
  strings:
    $doc = /\b(saglik raporu|istirahat raporu|engelli raporu|heyet raporu|curuk raporu|askerlik muafiyet\w{0,2}|xəstəlik vərəqəsi|arayis|əlillik (statusu|dərəcəsi)|sijil cuti sakit|cuti sakit|sijil perubatan|mc)\b|(больничн|справк|отсрочк|белый билет|военный билет|инвалидност|лікарнян|довідк|інвалідніст|бронювання від мобілізації|відстрочк|شهادة طبية|إجازة مرضية|اجازة مرضية|تقرير طبي|سكليف)/
    $nodoc = /\b(doktora gitmeden|muayenesiz|sisteme islenir|həkimə getmədən|rəsmi qaydada|tanpa jumpa doktor|tanpa (ke )?klinik|boleh backdate)\b|(без (визита|посещения|похода) (к врачу|в поликлинику|военкомата)|задним числом|без візиту|без відвідування|заднім числом|بدون مراجعة|بدون كشف|بدون زيارة)/
    $app = /\b(telegram|whats ?app|viber)\b|(телеграм|вотсап|ватсап|واتس|تيليجرام|تلغرام)/
  condition:
    $doc and $nodoc and ($app or phone_count > 0 or url_count > 0 or contact_count > 0)
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

// Social-media followers with likes and views sold at a price, marketplace seller accounts sold, and flagship phones
// cheap on prepayment through Instagram (Russian, Ukrainian, Turkish, Azerbaijani, Arabic, Malay). A friend's count
// of followers has no price; a carrier's offer comes from its sender id.
rule goods_followers_accounts_phones_intl
{
  meta:
    action = "junk"
    weight = 2.5
    description = "Followers with likes and views sold at a price, marketplace seller accounts for sale, or flagship phones on prepayment through an Instagram page, from a person's number (Russian, Ukrainian, Turkish, Azerbaijani, Arabic, Malay)"
  strings:
    $fol = /\b(takipci\w{0,2}|izləyici|followers)\b|(подписчик|متابعين|متابع)/
    $like = /\b(begeni|izlenme|bəyənmə|baxis|likes|views)\b|(лайк|просмотр|لايكات|مشاهدات)/
    $price = /\b(tl|azn|rm ?[0-9]|sadece|sahaja)\b|(руб|ريال|درهم)/
    $acc = /(продам|продаю|продаж\S{0,4}) (аккаунт\S{0,3}|кабинет\S{0,3}) (продавца )?/
    $mkt = /\b(wildberries|ozon|avito|kaspi|trendyol|hepsiburada|shopee|lazada)\b/
    $phone = /\b(iphone|samsung galaxy s2)|(айфон|ايفون)/
    $prepay = /\b(kapora|on odeme|deposit dulu|bayar dulu)\b|(предоплат|передоплат|دفع مقدم|عربون)/
    $ig = /\b(instagram|insta)\b|(инстаграм|інстаграм|انستا)/
    $sell = /\b(siparis|sifaris|whats ?app|telegram|order|dm)\b|(пишите|заказ|للطلب|واتس)/
  condition:
    sender_kind != "alpha" and sender_kind != "shortcode"
    and (($fol and $like and ($price or money_count > 0) and ($sell or phone_count > 0))
      or ($acc and $mkt and ($sell or phone_count > 0))
      or ($phone and $prepay and $ig))
}
