// Online pharmacy spam: prescription drugs without a prescription, cheap or generic pills,
// the usual brand names, often misspelt ("drvgs", "v1agra") to pass keyword filters.

rule pharma_cheap_medication
{
  meta:
    action = "junk"
    weight = 2.5
    description = "Sells prescription drugs or pills cheaply, without a prescription or by brand name; controlled drugs (tramadol, Xanax, Adderall, oxycodone, Percocet) with a dealer's pitch (no script, overnight or discreet delivery, text ORDER for the menu); in Chinese, potency pills sold discreetly or through a chat id; controlled or potency drugs (Tapentadol, Kamagra, Cialis) 'available without prescription' or in stock with same-day or home delivery and a contact (English, Hinglish); a French 'pharmacie naturelle' treating sexual weakness, diabetes or hypertension, delivered, with a contact; Ayurvedic or herbal power and stamina capsules with a '100% result in 7 days' claim and an order, cash on delivery (India's business headers and numbers; English, Hinglish); GLP-1 drugs (Ozempic, Wegovy, semaglutide) with no insurance or prescription needed or discreet delivery, or compounded versions and 'Ozempic alternatives' at a discount or shipped fast with a link, STOP footer or not (English); Viagra, Cialis or an appetite suppressant without a prescription or by anonymous delivery (Korean); an ancestral remedy or an Indian generic for impotence, or potency pills and delay sprays sent in a private parcel, with a WeChat, QQ or LINE id (Chinese); a potency or sexual-health remedy (premature ejaculation, impotence, 'sex power') sold from a person's number with a discreet or home delivery, or as herbal, Ayurvedic or kobiraji medicine sent all over Bangladesh, and a contact (Bengali, romanised Bangla, Indonesian, Hindi, Hinglish); a 'gupt rog' clinic's guaranteed cure for weakness and secret diseases from a person's number, with a contact (Hinglish, Hindi); male-enhancement, ED or slimming pills and capsules, or ED pills naming no drug ('say goodbye to ED', 'perform like you're 20'), with a discount or no prescription and a link, a number or an order number from toll-free and mobile numbers, STOP footer or not (US English), or Ayurvedic slimming or potency capsules with 'no side effects', COD and an order (India: English, Hinglish); a controlled or prescription drug (Adderall, Xanax, Ozempic, semaglutide, tirzepatide) 'without prescription', 'no need for a prescription' or 'no rx needed' with a link, or a number and a pitch or a contact (US English); India's potency, slimming or fairness remedies from any sender, a DLT header included ('mardana kamzori ka ilaaj, 100% ayurvedic', 'timing badhaye 30 min tak', 'fairness cream, 7 din me gora rang'), sold cash on delivery with a number or a link not the seller's own site (English, Hinglish); a hair-regrowth oil or a slimming tea with a miracle result in so many days or weeks ('results in 15 days or money back', 'lose 10kg in 2 weeks'), money back or pay on delivery, and a number or an order line, from numbers and sender ids alike (English: India, Nigeria)"
  strings:
    $cheap = /\b(cheap|cheapest|low[- ]?cost|discount(ed)?|generic|no prescription|without (a )?prescription|no rx|online)\b.{0,20}\b(prescri[a-z]{0,12}|meds|medications?|dr[uv0]gs|pills|pharmacy|pharmacies|rx)\b/
    $brand = /\b(v[i1!|]agra|c[i1!|]al[i1!|]s|levitra|phentermine|ambien|kamagra|tadalafil|sildenafil|vidalista|cenforce|fildena|malegra|super p[- ]?force)\b/
    // controlled drugs: people talk about their own ("need to order my adderall refill"), so the
    // name needs a dealer's pitch, a link with a sale, or no prescription
    $ctrl = /\b(tapentadol|aspadol|tapaday|alprazolam|zolpidem|etizolam|nitrazepam|clonazepam|tramadol|xanax|xanex|xans|valium|oxycodone|oxycontin|oxy|roxicodone|roxies|adderall|aderall|adderal|addys|percocet|percocets|percs|hydrocodone|vicodin|norco|klonopin|ativan|dilaudid|ritalin|codeine)\b/
    $dealer = /\b(overnight|next[- ]day|discreet|discrete|stealth) (delivery|shipping|shipment|packaging|packing|delivered)\b|\b(text|txt|reply|send|dm|message) (me |us )?"?(order|menu)\b|\b(text|txt|dm|message|hmu|hit me up|reply|ask) (me |us )?(up )?for (the |our |my )?(full |price )?menu\b|\b(price|full) menu\b|\bper (pill|tab|tablet|bar)\b|\bno (script|scripts|rx)( (is )?(needed|required|necessary))\b|\bwithout (a )?(script|rx) (needed|required)\b|\b(legit|reliable|trusted) (plug|vendor|supplier|source)\b/
    $buy = /\b(buy|cheap|cheapest|discount|discounted|wholesale|bulk)\b/
    $sell = /\b(buy|order|cheap|save|discount|online|no prescription|delivered|shipping|per pill)\b/
    $norx = /\b(no prescription|without (a |any )?(doctor'?s? |valid )?prescription|no rx|no doctor|no need (for|of) (a |any )?(doctor'?s? )?(prescription|rx|script)|w\/o (a )?(prescription|rx|script))( (is )?(needed|required|necessary))?\b|\bprescription (is )?(not|isn'?t) (needed|required|necessary)\b/
    // "available without prescription", "bina prescription": the seller's words, not a patient's
    $avail_norx = /\b(available|availble|sell|selling|supply|supplying|deliver|delivered|delivery|order|sold)( [a-z]{1,12}){0,2} without (a |any )?(prescription|doctor'?s? prescription|rx|script)\b|\bbina (doctor |dr\.? )?(prescription|parchi|parche|parchee)\b/
    $deliv = /\b(same[- ]day|home|doorstep|door ?step|cash on|all india|nationwide|express|24 ?hours?|urgent) (delivery|deliveries|shipping|dispatch)\b|\bcod (available|only)\b|\bdelivery (all over|across|anywhere|available)\b/
    // a patient told no: "you can't get it without a prescription", "bina prescription nahi milegi"
    $neg = /\b(can'?t|cannot|cant|won'?t|wont|couldn'?t|not allowed to) (get|buy|order|fill|refill|renew|have|find|sell|give|prescribe)( [a-z]{1,12}){0,2} without (a |any )?(prescription|script|rx)\b|\bbina (doctor |dr\.? )?(prescription|parchi|parche|parchee) (nahi|nahin|na)\b/
    // a patient's report of what the pharmacy or the doctor said ("the pharmacy said no prescription, no refill")
    $rx_told = /\b(pharmacy|pharmacist|doctor|dr|clinic|nurse)('s office)? (said|says|told|won'?t|wouldn'?t|refused|needs|wants)\b/
    $instock = /\b(available|availble|in stock|stock available|for sale|selling|we sell|we supply)\b/
    // French: a "natural pharmacy" or natural treatment for sexual weakness, diabetes, hypertension ...
    // delivered, with a contact (West African senders)
    $fr_pharm = /\b(pharmacie naturelle|phytotherapie|tradipraticien|herboriste|medecine (traditionnelle|naturelle)|produits? (naturels?|100% naturels?|bio)|traitements? (naturels?|traditionnels?|efficaces?|100% naturels?)|remedes? (naturels?|traditionnels?)|medicaments? naturels?|plantes medicinales)\b/
    $fr_ill = /\b(faiblesse sexuelle|impuissance|ejaculation precoce|dysfonction erectile|troubles? (de l'|d')?erection|panne sexuelle|baisse de libido|diabete|hypertension|hemorroides?|infertilite|sterilite|fibromes?|prostate|ulceres?)\b/
    $fr_deliv = /\b(livraison|livrons|livre partout|expedition|disponible|commandez|commande)\b/
    // in Chinese: potency pills sold discreetly, cash on delivery or through a chat id
    $zh = /(壮阳|壯陽|伟哥|偉哥|威而钢|威而鋼|犀利士|春药|春藥|催情|迷药|迷藥|延时药|延時藥|持久不|延时喷剂|延時噴劑|增大增粗|必利劲|必利勁)/
    $zh_sell = /(货到付款|貨到付款|隐密包装|隱密包裝|隐私包装|隱私包裝|私密包装|私密包裝|保密发货|保密發貨|快递到家|快遞到家|下单|下單|line|微信|加v|加微|qq|whatsapp|telegram|@)/
    // GLP-1 weight-loss drugs sold without insurance, a prescription or a doctor, delivered discreetly
    $glp = /\b(ozempic|wegovy|mounjaro|zepbound|saxenda|semaglutide|tirzepatide|glp-? ?1s?)\b/
    $glp_pitch = /\b(no insurance (needed|required|necessary)|insurance (not|isn'?t) (needed|required)|without (insurance|a prescription|prescription|a doctor|seeing a doctor)|no (prescription|rx|script|doctor'?s? visit|doctor visit|consultation) (needed|required|necessary)|discreet(ly)? (delivery|delivered|shipping|shipped|packaging)|shipped (discreetly )?to your door)\b/
    // ... or sold as a cheaper "alternative": compounded or generic semaglutide, "the Ozempic alternative", "same
    // active ingredient as Mounjaro", at a discount or a monthly price, shipped fast, with a link (US long numbers)
    $glp_alt = /\b(compounded|generic|cheaper|affordable|low[- ]cost|discount(ed)?) (semaglutide|tirzepatide|glp-? ?1s?|ozempic|wegovy|mounjaro|zepbound)\b|\b(ozempic|wegovy|mounjaro|zepbound|glp-? ?1|semaglutide|tirzepatide)('s)? (alternatives?|dupes?|substitutes?|generics?)\b|\bsame (active )?ingredients? as (ozempic|wegovy|mounjaro|zepbound)\b|\b(alternatives?|dupes?) (to|for) (ozempic|wegovy|mounjaro|zepbound)\b|\bglp-? ?1 (weight[- ]loss )?(shots|injections|pens|program|programme|meds|medications?)\b/
    $glp_deal = /\b[0-9]{1,2} ?% off\b|\b(save|discount|starting at|as low as|first month|per month)\b|\b(ships?|shipped|delivered|delivery|shipping)( [a-z]{1,8}){0,2} (fast|free|today|overnight|next[- ]day|in [0-9]{1,2} ?(days|hours)|to your door|in days)\b|\b(fast|free|next[- ]day|overnight|2-day|same[- ]day) (free )?(shipping|delivery)\b/
    // a patient's own treatment: "my doctor switched me", "I'm on it"
    $glp_push = /\b(order|start|get started|get yours|claim|sign up|join|buy|shop|reply|stop|today|limited|spots?|qualify|apply|tap|click|visit)\b/
    $glp_own = /\bmy (doctor|dr|prescription|dose|insurance|pharmacy|sister|brother|mom|mum|dad|wife|husband|friend)\b|\b(i'm|i am|im) (on|taking)\b|\bi (got|take|started|switched|ordered|use|tried|lost)\b|\b(mom|mum|dad)'s\b|\b(lol|haha)\b/
    // Korean: Viagra or Cialis with no prescription, anonymous delivery
    $ko = /(비아그라|시알리스|레비트라|프릴리지|카마그라|발기부전 ?치료제|정력제|식욕 ?억제제|펜터민|디에타민|나비약)/
    $ko_norx = /(처방전 ?(없이|불필요|필요 ?없|필요없)|처방 ?없이|무처방|비밀 ?배송|익명 ?배송|비공개 ?배송|당일 ?배송|정품 ?보장)/
    // Chinese: an ancestral secret remedy for impotence or premature ejaculation, with a WeChat id
    $zh_old = /(祖传秘方|祖傳秘方|祖传|祖傳|秘方|老中医|老中醫|中药调理|中藥調理|仿制药|仿製藥|印度药|印度藥|特效药|特效藥)/
    $zh_ill = /(阳痿|陽痿|早泄|早洩|肾虚|腎虛|性功能|勃起)/
    // India: Ayurvedic or herbal potency and stamina products with a result promised in days and an order
    $ay = /\b(ayurvedic|ayurveda|herbal|unani|jadi ?buti|shilajit)\b/
    $ay_sex = /\b(power|stamina|timing|josh|mardana|mardani|taqat|taakat|takat|sexual|libido|vigou?r|testosterone|size (badhaye|increase|enlargement))\b/
    $ay_claim = /\b100 ?% (result|results|guaranteed|guarantee|effective|asardar)\b|\bresults? in [0-9]{1,2} ?(days|din)\b|\b[0-9]{1,2} ?(days|din) (me|mein|main|mai|in) (result|results|asar|fark|farak|fayda)\b|\bmoney ?back guarantee\b/
    $ay_order = /\b(cod|cash on delivery|order (now|today|karein|karen|kare|karo|kijiye|here)|order ?:|free (home )?delivery)\b/
    // potency and sexual-health remedies sold by phone or WhatsApp with a discreet or home delivery:
    // the complaint (premature ejaculation, impotence, "sex power"), the delivery and a contact.
    // Romanised Bangla and Hinglish share one list; Indonesian; Bengali and Devanagari (3 bytes a letter)
    $sx_lat = /\b(joun|jouno|jounu|youn) ?(durbolota|durbalata|somossar?|shomossar?|shokti|khomota)\b|\b(purush(er|der)? )?gopon (rog|rogo|somossar?|shomossar?)\b|\b(druto |drut )?birjo ?pat\b|\bdhoj[oa] ?bhongo\b|\bpurush[ao]?t?to ?hinota\b|\b(mardana|mardani) (taqat|takat|taakat|kamzori|shakti|power)\b|\bsex (power|timing|problem|samasya|shakti|kamzori)\b|\b(shi|shee)g?h?ra ?patan\b|\bnapunsakt?a\b|\bgupt ?(rog|rogon|bimari|bimariyon|bimariyan|samasya|samasyaon)\b|\b(purush|purushon|mardon|mard) (ki|ke) (kamzori|kamjori|kamzoriyan)\b|\b(sexual|sex|sharirik|shaaririk|mardana|mardani) (kamzori|kamjori|weakness)\b|\bnight ?fall\b|\bpremature ejaculation\b|\berectile dysfunction\b|\bdhat(u)? (rog|girna|ki bimari)\b|\b(swapn?a?|sopno) ?dosh\b|\bdhat rog\b|\bling (vardhak|badhaye|badhane|mota|lamba)\b|\btiming (badhaye|badhane|badhao|badhaen|barhaye|barano|barabe|baraben)\b/
    $sx_lat_pack = /\b(discreet|discrete|secret|gupt|gopon|goponiyo) (packing|packaging|packet|delivery|parcel)\b|\bgopone\b|\b(home|ghar|ghar par|ghar pe|ghar tak|basay) delivery\b|\bghar baithe\b|\bcash on delivery\b|\bcod\b|\b(all india|sara deshe|sara desh|all over bangladesh|all bangladesh) delivery\b|\bcourier\b/
    $sx_id = /\bobat (kuat|pembesar|perkasa|ejakulasi|tahan lama|lemah syahwat|impoten\w{0,2}|vitalitas)\b|\bpembesar (penis|alat vital|mr ?p|kelamin)\b|\blemah syahwat\b|\bejakulasi dini\b|\bimpoten(si)?\b|\bdisfungsi ereksi\b|\bereksi (lemah|loyo)\b|\btahan lama (di ranjang|saat berhubungan|berhubungan)\b|\b(vitalitas|keperkasaan|stamina) pria\b|\btongkat ali\b|\b(jamu|ubat|ubatan|obat) (kuat|lelaki|batin|tongkat)\b|\btahan lama (di ranjang|untuk (lelaki|suami)|bagi (lelaki|suami)|di atas katil)\b|\b(tenaga|kekuatan) batin\b/
    $sx_id_pack = /\b(pengiriman|kiriman|kirim|paket|kemasan|packing) (rahasia|aman|polos|tanpa nama)\b|\b(dijamin|terjamin|100 ?%) (rahasia|privasi)\b|\bprivasi (terjamin|aman|dijamin)\b|\btanpa nama produk\b|\bbisa cod\b|\bcod\b|\bbayar di tempat\b|\b(kirim|dikirim|pengiriman) (ke )?(seluruh indonesia|rumah|alamat)\b|\bseluruh indonesia\b|\b(penghantaran|pos|bungkusan) (rahsia|sulit)\b|\bseluruh malaysia\b/
    $sx_bn = /(যৌন ?(দুর্বলতা|সমস্যা|শক্তি|ক্ষমতা)|(পুরুষের|পুরুষদের) গোপন (সমস্যা|রোগ)|গোপন রোগ|বীর্যপাত|ধ্বজভঙ্গ|পুরুষত্বহীনতা|স্বপ্নদোষ|লিঙ্গ (বড়|মোটা)|সেক্স (পাওয়ার|টাইমিং))/
    // Bangladesh: the herbal, Ayurvedic, Unani or kobiraji medicine itself, or the delivery all over the country
    // (romanised Bangla; the Bengali words join the Bengali packing list)
    $sx_bd_med = /\b(herbal|hakimi|hekimi|kobiraji|kabiraji|unani|ayurvedic|ayurvedik)( [a-z]{1,10})? (oushod|oushodh|oushudh|oushud|oshudh|oshud|osudh|osud|ousod|medicine|chikitsa|treatment)\b|\b(sara|shara) ?(bangladesh|bangladeshe|deshe|desh e)( [a-z]{1,10})? (delivery|courier|pathano|pathai|pouche)\b/
    // a relative's or a friend's advice in romanised Bangla: "tomar ... daktar dekhao"
    $sx_bd_mine = /\b(tomar|tor|amar|amr|bhai|bhaiya|apu|ammu|abbu|dekhao|dekhan|dekhaben)\b/
    $sx_bn_pack = /(হারবাল|আয়ুর্বেদিক|ইউনানী|ইউনানি|হাকিমি|কবিরাজি|ভেষজ|হোম ডেলিভারি|ক্যাশ অন ডেলিভারি|গোপনে|গোপনীয়|গোপন প্যাকেট|সারা ?দেশে|কুরিয়ার|ডেলিভারি)/
    $sx_hid = /(मर्दाना (ताकत|कमजोरी|शक्ति)|मर्दानगी|शीघ्रपतन|नपुंसकता|सेक्स (पावर|टाइमिंग|समस्या)|स्तंभन दोष|गुप्त (रोग|बीमारी|बीमारियों|समस्या)|(मर्दाना|पुरुषों की|शारीरिक) (कमजोरी|कमज़ोरी)|धातु रोग|यौन (कमजोरी|शक्ति|रोग|समस्या|क्षमता|दुर्बलता)|लिंग (वृद्धि|का आकार)|स्वप्नदोष|धात रोग)/
    $sx_hid_pack = /(गुप्त पैकिंग|गोपनीय|घर बैठे|घर पर डिलीवरी|घर तक डिलीवरी|होम डिलीवरी|कैश ऑन डिलीवरी|डिलीवरी)/
    // the "gupt rog" clinic: the secret disease and weakness cured for sure ("100% guarantee ilaj", "jad se
    // khatam", "pakka ilaj"), no delivery needed
    $sx_cure = /\b(guarantee|guaranteed|gaurantee|garanti|guaranty) (se |ke sath |ke saath |wala |with |of )?(ilaj|ilaaj|elaj|treatment|cure|upchar)\b|\b(ilaj|ilaaj|elaj|treatment|cure|upchar) (ki )?(guarantee|guaranteed|gaurantee)\b|\b(pakka|sampoorn|sampurn|complete|permanent) (ilaj|ilaaj|elaj|upchar|cure)\b|\bjad se (ilaj|ilaaj|khatam|samapt|mukti|theek|thik)\b|\b100 ?% (ilaj|ilaaj|cure|treatment|guarantee|guaranteed|gaurantee|result|results)\b/
    $sx_hid_cure = /(गारंटी|गारन्टी|गैरंटी|पक्का इलाज|संपूर्ण इलाज|सम्पूर्ण इलाज|(जड़|जड) से|100 ?% इलाज)/
    // a relative's or friend's news, a warning
    $sx_mine = /\b(papa|mummy|chacha|chachu|bhaiya|bhai|yaar|didi|maine|mujhe|fraud|farzi|fake|thagi|dhokha|scam|lol)\b|(पापा|चाचा|भैया|भाई|मैंने|मुझे|फर्जी|धोखा|ठगी)/
    // the ways in the vocabulary does not count ("hub WA", "order korte")
    $sx_in = /\b(wa|hub|order|inbox|imo)\b/
    // a patient's news of what the doctor said
    $sx_dr = /\b(doctor|dr|dokter|daktar) (ne|ke|bilang|said|says|told|bolse|boleche|bolechen|kaha)\b|(ডাক্তার|डॉक्टर ने)/
    // male-enhancement, ED and slimming pills or capsules pushed with a discount and a way to order (a link, a
    // number, an order number), STOP footer or not, from toll-free and mobile numbers (US English); India's
    // Ayurvedic slimming or potency capsules "no side effects, COD available, order <number>" (English, Hinglish)
    $me_prod = /\bmale enhancement\b|\b(male|men'?s) (enhancers?|boosters?|performance (pills|capsules|gummies|formula))\b|\bpenis (enlargement|enlarger|growth)\b|\b(ed|erection|erectile|potency|libido|testosterone|virility|stamina|enlargement|enhancement|sex|sexual|slimming|slim|diet|weight ?loss|fat ?(burner|burning|burn|loss|cutter)|keto|appetite suppressant|belly fat|carb blocker|ling vardhak) (pills?|capsules?|caps|gummies|tablets?|tabs|supplements?|boosters?|formula)\b|\b(slim|keto)[a-z]{1,6} (pills|capsules|caps|gummies)\b|\bfat burners?\b|\b(motapa|wajan|vajan|wazan|charbi) (kam|ghatane|ghataane) (karne )?(ki|ke|wali|wale|vali|vale) (ayurvedic |herbal |desi )?(dawa|dawai|capsules?|goli|goliyan|tablets?)\b/
    $me_deal = /\b[0-9]{1,2} ?% off\b|\bbuy [a-z0-9]{1,5} get [a-z0-9]{1,5} free\b|\bbogo\b|\b(free|[0-9]) bottles?\b|\bhalf (price|off)\b|\b(today|tonight|this week|this weekend) only\b|\blast chance\b|\blimited (time|stock|offer)\b|\bfree (shipping|delivery|trial)\b|\bdiscreet (shipping|delivery|packaging|packing)\b/
    // "order 98123 45678", "order #84721": the order path when the number is one the phone reader does not take
    $me_ordno = /\border( now| today| here| karein| karen| ke liye)? ?(#|no\.?|number|id)? ?:? ?\+?[0-9][0-9 ]{1,3}[0-9]/
    $me_nat = /\b(no|zero|koi|without any|without) side ?effects?( nahi| nahin)?\b|\b100 ?% (natural|herbal|ayurvedic|safe)\b|\b(ayurvedic|herbal|desi)\b/
    // India's remedy blasts from any sender, a DLT header (VM-, JD-, AX-) too: a fairness cream or capsule
    // ("7 din me gora rang", "fair skin in 7 days") ...
    $fair = /\b(fairness|whitening|skin whitening|gorapan|gora ?pan|goraapan) (cream|serum|soap|lotion|kit|capsules?|face ?wash|oil|gel)\b|\b(gora|gori|goraa|fair|fairer|white|whiter|safed|nikhra) (rang|skin|complexion|twacha|chehra|chehera)\b/
    // ... the claim no licensed brand prints (a result in days or minutes, 100% ayurvedic, no side effects) ...
    $rem_claim = /\b100 ?% (ayurvedic|herbal|natural|result|results|guarantee|guaranteed|effective|asardar|safe|desi)\b|\b(no|zero|koi) side ?effects?\b|\b[0-9]{1,2} ?(din|days|dino|dinon) (me|mein|main|mai|in)\b|\b(in|within) [0-9]{1,2} ?days\b|\b[0-9]{1,2} ?(min|mins|minute|minutes|mint) (tak|ka|ki)\b/
    // ... sold cash on delivery or "order now"
    $rem_cod = /\bcod( available| only| uplabdh| available hai)?\b|\bcash on delivery\b|\border (now|today|karein|karen|kare|karo|kijiye|ke liye|here)\b/
    // Remedies sold by a miracle in days: a hair-regrowth oil for hair fall and baldness ("results in 15 days or
    // money back"), a slimming or detox tea ("lose 10kg in 2 weeks, pay on delivery"): the product, the result
    // promised in a number of days or weeks, money back, pay on delivery or cash on delivery (India, Nigeria)
    $hair = /\b(hair ?fall|hair ?loss|baldness|bald (patch|patches|head|spots?)|receding hairline|alopecia|ganjapan|ganjepan|baal (jhadna|girna|jhadte|girte))\b|\bhair (re-?growth|growth|regrow\w{0,3}|fall|loss) (oil|serum|tonic|spray|shampoo|kit|capsules?|formula|treatment)\b|\bregrow (your |lost |new )?hair\b/
    $slim = /\b(slim(ming)?|detox|flat (tummy|belly|stomach)|weight ?loss|fat ?(burn|burner|burning)|belly fat|tummy) (tea|coffee|drink|juice|powder|belt|cream|gel|patch|patches|oil|sachets?)\b/
    $miracle = /\b(results?|hair growth|new hair|regrowth|difference|effect) (in|within|after) [0-9]{1,2} ?(days|weeks|week|din)\b|\b(lose|burn|melt) (belly|stomach|tummy) fat (in|within) [0-9]{1,2} ?(days|weeks|week)\b|\bflat (tummy|belly|stomach) (in|within) [0-9]{1,2} ?(days|weeks|week)\b|\b(lose|loose|burn|shed|reduce|drop|melt) (up to )?[0-9]{1,2} ?(kg|kgs|kilos?|lbs|pounds|sizes?|dress sizes?|inches)( of (belly )?fat)? (in|within) [0-9]{1,2} ?(days|weeks|week)\b|\b(in|within) [0-9]{1,2} ?(days|weeks)( only)?,? (or|else) (your )?money back\b/
    $moneyback = /\bmoney ?back\b|\b(full )?refund (guarantee|guaranteed)\b|\bpay (on|after|upon) delivery\b|\bpayment (on|after|upon) delivery\b|\bcod\b|\bcash on delivery\b/
    // ED pill blasts that name no drug: "say goodbye to ED", "erectile dysfunction", "perform like you're 20", pills or
    // meds, with a big discount or no prescription or doctor visit and a shop's link (US English)
    $ed = /\b(goodbye to|beat|cure|fix|end|treat|overcome|struggling with|suffering from|no more|bye bye) ed\b|\berectile dysfunction\b|\bperform like (you'?re|you are|you were) [0-9]{1,2}[0-9]?\b|\b(rock[- ]hard|harder|stronger|longer[- ]lasting) erections?\b/
    $ed_pill = /\b(pills?|tablets?|tabs|meds|medications?|capsules?|gummies)\b/
    // a buyer's, a patient's or a relative's own pills
    $me_own = /\bmy (doctor|dr|husband|wife|dad|mom|mum|uncle|aunt|brother|sister|friend|pharmacy|prescription|order|refill)\b|\bi (ordered|bought|tried|take|got|used|was taking)\b|\b(lol|haha|lmao|mummy|papa|maine|mujhe|mangwaye|mangwaya|mangwayi)\b/
  condition:
    not $neg and ($cheap or ($norx and ($sell or money_count > 0 or url_count > 0) and not $rx_told and not $glp_own and not $me_own) or ($brand and ($sell or money_count > 0 or url_count > 0))
    or ($ctrl and ($dealer or ($buy and url_count > 0)))
    or ($zh and $zh_sell and sender_kind != "alpha" and sender_kind != "shortcode")
    or ($zh_old and $zh_ill and $zh_sell and sender_kind != "alpha" and sender_kind != "shortcode")
    or ($glp and $glp_pitch and (url_count > 0 or phone_count > 0 or contact_count > 0 or money_count > 0) and sender_kind != "alpha" and sender_kind != "shortcode")
    or ($glp_alt and ($glp_deal or money_count > 0) and $glp_push and url_count > brand_link_count + platform_url_count and not $glp_own and sender_kind != "alpha" and sender_kind != "shortcode")
    or ($ko and $ko_norx and sender_kind != "alpha" and sender_kind != "shortcode")
    // a controlled or prescription drug "without (a) prescription", "no rx needed", with a link, or a number and a pitch or a contact
    or (($ctrl or $brand or $glp) and $norx and not $rx_told and not $glp_own and not $me_own
      and (url_count > 0 or (phone_count > 0 and ($sell or $deliv or $instock or $dealer or $glp_deal or contact_count > 0)))
      and sender_kind != "alpha" and sender_kind != "shortcode")
    or (($ctrl or $brand) and $avail_norx and ($deliv or contact_count > 0 or phone_count > 0 or url_count > 0))
    or (($ctrl or $brand) and $deliv and $instock and (phone_count > 0 or url_count > 0) and sender_kind != "alpha" and sender_kind != "shortcode")
    or ($ay and $ay_sex and $ay_claim and ($ay_order or $deliv) and (url_count > 0 or phone_count > 0))
    or ($fr_pharm and $fr_ill and $fr_deliv and (phone_count > 0 or contact_count > 0 or url_count > 0) and sender_kind != "alpha" and sender_kind != "shortcode")
    or ((($sx_lat and ($sx_lat_pack or $deliv or ($sx_bd_med and not $sx_bd_mine))) or ($sx_id and $sx_id_pack) or ($sx_bn and $sx_bn_pack) or ($sx_hid and $sx_hid_pack)
        or ((($sx_lat and $sx_cure) or ($sx_hid and ($sx_hid_cure or $sx_cure))) and not $sx_mine))
      and (phone_count > 0 or contact_count > 0 or url_count > 0 or $sx_in) and not $sx_dr and sender_kind != "alpha" and sender_kind != "shortcode")
    // (a pharmacy's refill reminder and a brand's own offer come from its sender id or short code and its own domain)
    or ($me_prod and not $me_own and sender_kind != "alpha" and sender_kind != "shortcode"
      and ((($me_deal or money_count > 0) and (url_count > brand_link_count + platform_url_count or phone_count > 0 or $me_ordno))
        or ($me_nat and $rem_cod and (phone_count > 0 or contact_count > 0 or url_count > 0 or $me_ordno))))
    // (an ED pill blast with no drug named: the complaint, pills, a big discount or no prescription, a shop's link or a number)
    or ($ed and $ed_pill and ($me_deal or $norx) and not $me_own and not $rx_told and not $sx_dr
      and (url_count > brand_link_count + named_url_count + platform_url_count or phone_count > 0)
      and sender_kind != "alpha" and sender_kind != "shortcode")
    // (India's potency, slimming or fairness remedy with its claim, sold cash on delivery, from any sender: a
    // brand's own offer links to its own site; a buyer's or a relative's news and a doctor's word are left alone)
    or (($sx_lat or $sx_hid or ($fair and $rem_claim) or ($me_prod and $me_nat)) and ($rem_claim or $sx_cure or $ay_claim) and $rem_cod
      and (phone_count > 0 or url_count > brand_link_count + named_url_count + platform_url_count or $me_ordno)
      and brand_link_count + named_url_count == 0 and not $sx_mine and not $sx_dr and not $me_own)
    // (a hair-regrowth oil or a slimming tea, belt or capsule with a miracle result in days or weeks, money back
    // or pay on delivery, and a number or an order line, from any sender: a shop's own offer links to its site)
    or (($hair or $slim or $me_prod) and $miracle and $moneyback
      and (phone_count > 0 or contact_count > 0 or $me_ordno or url_count > brand_link_count + named_url_count + platform_url_count)
      and brand_link_count + named_url_count == 0 and not $sx_mine and not $sx_dr and not $me_own))
}

// West and Central Africa's "power" tablets, bitters and creams sold from a person's mobile: the bedroom promise (a hard
// or strong erection, lasting so many minutes, a weak erection or quick ejaculation cured, the manhood enlarged; French
// "panne au lit", "comprimes de puissance", "faiblesse sexuelle") and a discreet, nationwide or pay-on-delivery
// delivery (Nigeria, Ghana, Cameroon, Cote d'Ivoire). A doctor's or a relative's message names no such delivery.
rule pharma_power_tablets_discreet
{
  meta:
    action = "junk"
    weight = 2.5
    description = "Power tablets, herbal bitters or creams for a hard erection, lasting longer, quick ejaculation or a bigger manhood, with discreet, nationwide or pay-on-delivery delivery from a person's number (Nigerian and Ghanaian English, Pidgin, French of Cameroon and Cote d'Ivoire)"
  strings:
    $sex = /\b(power (tablets?|pills?|capsules?|bitters|drink)|(strong|hard|weak|big) erection|quick (ejaculation|release)|premature ejaculation|enlarge (your |the )?(manhood|penis|size)|manhood|last(ing)? [0-9]{1,2} ?(mins?|minutes|hours?|rounds)|long time in bed|stay (strong|hard)|satisfy (your )?(woman|wife|partner)|panne (au lit|sexuelle)|comprimes? (de puissance|aphrodisiaques?)|faiblesse sexuelle|ejaculation precoce|dur toute la nuit|troubles? de l'erection)\b/
    $deliv = /\b(discreet|discrete|discreetly|discretely|secret) (delivery|packaging|packing|deliver\w{0,2})\b|\bdeliver\w{0,2} discreetly\b|\b(nationwide|pay on delivery|payment on delivery|delivery (everywhere|nationwide|anywhere|across))\b|\blivraison (discrete|partout|gratuite|a domicile|rapide)\b/
  condition:
    $sex and $deliv and (phone_count > 0 or contact_count > 0)
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

// Southern Africa: traditional medicine for manhood and the bedroom sold by WhatsApp or a call ("umuthi wesintu
// wokwandisa ubudoda", "iyeza lobudoda", "moriana oa setso oa ho holisa botona", "herbal manpower, enlarge"): the
// medicine and the sexual promise, with a contact (isiZulu, isiXhosa, Sesotho, English). A relative asking for
// headache pills names no manhood; a pharmacy's notice comes from its sender id.
rule pharma_sadc_herbal_manhood
{
  meta:
    action = "junk"
    weight = 2.5
    description = "Traditional or herbal medicine for manhood, size or bedroom strength sold by WhatsApp or a call (isiZulu, isiXhosa, Sesotho, English of southern Africa)"
  strings:
    $med = /\b(umuthi|muthi|amakhambi|iyeza|amayeza|lesintu|wesintu|moriana|meriana|setso|herbal|herbs|ixhwele|inyanga|sangoma|ngaka|traditional healer|healer)\b/
    $sex = /budoda|cansini|thobalano|botona|\b(amandla endoda|namandla endoda|nowamandla endoda|ebhedini|engaqini|matla a monna|betheng|manpower|man power|enlarge|enlargement|erections?|stamina|penis|sex booster|ejaculation)\b/
    $contact = /\b(whats ?app|shayela|tsalela|letsetsa|thumela|romela|call|order)\b/
  condition:
    $med and $sex and ($contact or contact_count > 0 or phone_count > 0)
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

// Slimming capsules and teas ("N kilos in a month", natural, cash on delivery) and potency pills with an anonymous or
// secret delivery, ordered by a call or a message from a person's number (Turkish, Azerbaijani, romanised Armenian,
// Russian, Malay, Krio). A pharmacy's notice comes from its sender id; a relative's errand sells nothing.
rule pharma_slim_potency_cod_intl
{
  meta:
    action = "junk"
    weight = 2.5
    description = "Slimming capsules or teas with kilos lost in a month, or potency pills, with cash on delivery or an anonymous delivery and an order by call or message (Turkish, Azerbaijani, romanised Armenian, Russian, Malay, Krio)"
  strings:
    $slim = /\b(zayiflama (kapsulu|kapsul|hapi|cayi)|(ayda|1 ayda|haftada) [0-9]{1,2} kilo|ariqlama (kapsulu|cayi|həbi)|[0-9]{1,2} kiloya qədər ariqla|ariqlayin|niharacman|nihareli|kapsul pelangsing|(teh|ubat) pelangsing|turun [0-9]{1,2} (kilo|kg)|(los|lose) [0-9]{1,2} kilo|slimming (capsules?|tea|pills?))\b|(для похудения|минус [0-9]{1,2} кг|жиросжигател)/
    $pot = /\b(geciktirici|guclendirici|cinsel guc|erkeklere ozel|kisi gucu|potensiya|tghamardkayin|ubat kuat lelaki|man pawa|strong erection)\b|(для потенции|потенци)/
    $pill = /\b(kapsul\w{0,3}|hap|haplar|həb\w{0,3}|hab|cay\w{0,3}|ubat|tablet\w{0,2}|capsules?|pills?|tea|kapsulner)\b|(капсул|таблет)/
    $sell = /\b(kapida (nakit )?odeme|gizli kargo|isimsiz|catdirilma|gizli qablasdirma|anonim|araqman pahin|araqum|gaghtni|cod|bayar semasa terima|penghantaran rahsia|tanpa nama|pay wen (yu|u) get|sekrit)\b|(оплата при получении|анонимн|без рецепта)/
    $call = /\b(siparis|arayin|sifaris|zəng edin|patvireq|zangahareq|zangaharelov|order|whats ?app|kol|call)\b|(звоните|заказ|пишите)/
    $mine = /\b(doktor dedi|həkim dedi|annecim|anam|mama|dad|mom)\b|(врач сказал|мама)/
  condition:
    ($slim or $pot) and $pill and $sell and ($call or phone_count > 0 or contact_count > 0 or url_count > 0)
    and not $mine and sender_kind != "alpha" and sender_kind != "shortcode"
}
