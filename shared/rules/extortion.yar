// Sextortion: "I recorded you through your webcam on an adult site / I have your intimate
// pictures", a payment demand (bitcoin, gift cards, Cash App) and a threat to send the material
// to your contacts, family or followers before a deadline. A friend's joke about an embarrassing
// photo has neither the recording story nor a demand with a deadline, so every rule needs the
// material, the threat to spread it, and a payment or a deadline.

rule extort_sextortion_payment : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Sextortion: claims a webcam or adult-site recording or intimate pictures, threatens to send them to your contacts, and demands payment or sets a deadline"
  strings:
    // the material: a recording or pictures of an intimate kind
    $m1 = /\b(webcam|web cam|your camera|video chat|video call|facetime|our chat|adult (site|website|video|content)|porn|pornographic|xxx|masturbat(e|ing|ion)|nudes?|naked|nakedness|intimate|explicit|sex(ual)? (video|tape|clip|pictures?|photos?|content)|obscene|morphed (photos?|pictures?|pics|videos?|images?))\b/
    $m3 = /\b(i|we) (have|got|saved|kept) (all )?(the |your )?(pictures|pics|photos|videos?|screenshots|chats?)( you (sent|shared)| of you| and (your )?(chats|messages|contacts|videos|photos))\b|\b(tengo|tenemos) tus (fotos|videos) (intimas|intimos|privadas|privados)\b/
    $m2 = /\b(i|we) (have )?(recorded|filmed|captured|hacked) (you|your (device|phone|camera|webcam|account))\b/
    // the shorthand aimed at teenagers: "i have ur pics from snap ... they go to ur school and ur parents"
    $m5 = /\b(i|we) (have|got|saved) (ur|your|all ur|all your) (pics|pictures|photos|nudes|videos?|snaps)\b/
    $t5 = /\b(they|it|them|its|it's|everything) (go|goes|will go|gets? sent|get posted) to (ur|your) (school|parents|mom|dad|family|friends|followers|insta|contacts|teachers)\b/
    $m4 = /\byour (video|videos|clip|pics|pictures|photos) (with|of) (a|the|that) (girl|woman|lady|man|boy)\b|\b(video|clip|recording|photos) (is|are) with us\b/
    // the threat: to spread it to the people around you
    $t1 = /\b(send|sent|share|post|upload|leak|forward|release|expose|distribute|publish|goes|will go|go out)(ed|ing)?( it| them| this| the (video|clip|pictures?|photos?|recording))?( out)? (to|with) (all |each of |every one of )?(all )?(your |ur )?(contacts|contact list|friends|family|followers|colleagues|co-?workers|employer|boss|wife|husband|partner|relatives|everyone you know)\b/
    $t4 = /\b(everyone|all your contacts|your contacts|your family|your friends|your followers) (gets?|will (get|see|receive)|sees?) (it|them|this|the (video|pictures?|recording))\b/
    $t3 = /\b(i|we)('ll| will)? (post|leak|share|send|expose|publish) (everything|it all|them all|all of (it|them))\b/
    $t2 = /\b(go viral|goes viral|make (it|them) (public|viral)|ruin your (life|reputation|marriage))\b|\b(they|it) (go|goes|will go) to your (family|wife|husband|employer|boss|contacts)\b|\b(las|los) publico\b|\b(voy a|vamos a) (publicar|enviar)las\b/
    // Nigerian Pidgin: "i go post am for your family", "your mama go see am", "everybody go see am", "make i delete am"
    $t6 = /\b(i|we) (go|wan|will) (post|send|leak|share|release|expose|upload|drop) am (for|to|on|give) (your|ur|all|everybody|everyone|the group|facebook|instagram|twitter|whatsapp|tiktok|social media)\b|\b(wife|husband|family|pastor|mama|papa|church|friends|people|contacts) go see am\b|\b(everybody|everyone) (go )?see am\b|\bmake i (delete|remove) am\b|\be go (viral|spread)\b/
    // a demand or a deadline
    // (and the Pidgin and Gulf-English amount: "pay 150k", "send money now", "pay 500 BD")
    $p3 = /\b(pay|send|transfer|drop)( me)? [0-9][0-9]{0,5}( ?k| ?bd| ?kd| ?sar| ?aed| ?naira)?\b|\b(send|pay|transfer|drop) (the |me )?(money|cash|moni)\b/
    $p1 = /\b(bitcoin|btc|crypto|wallet address|gift ?cards?|cash ?app|western union|moneygram|usdt|upi|paytm|phonepe|gpay|google pay)\b/
    $p2 = /\b(within|in the next|you have|before) [0-9]{1,2} ?(hours?|hrs?|h|days?|minutes|mins)\b|\b(deadline|countdown|time is running out|last chance)\b/
  condition:
    any of ($m*) and any of ($t*) and (any of ($p*) or money_count > 0)
}

rule extort_loan_shaming
{
  meta:
    action = "junk"
    weight = 3.0
    description = "An illegal loan app's threat: pay the overdue loan or your pictures or details go to all your contacts, or you are posted as a fraud; the recovery agent's shaming from a person's number: every contact in your phone or your whole family called, your photo posted as a fraud, defaulter or 'chor' in WhatsApp groups or on social media, morphed photos (English, romanised Hindi and Urdu, Hindi); the illegal lending app's threat to spread the borrower's ID card, photo or data to every contact, the family or social media (Indonesian, Malay, Tagalog and Taglish); the collector's visit to the home or the workplace or a threat of violence over the overdue loan (English, Indonesian, Malay, Tagalog); the overdue loan with a threat to tell every contact or the employer, to come to the house, or to post the borrower as a swindler (French of France and West and Central Africa, Thai); the employer, church or landlord told or the photo and ID to be posted over the overdue loan, or the reader named as the guarantor or referee of someone else's loan, held liable or told to make them pay (English of East and West Africa); the loan or its guarantor with a message to every contact, the employer or the groups, the photo or ID posted, or 'you are a swindler', 'or else' (Swahili, Luganda, Kinyarwanda)"
  strings:
    $loan = /\b(loan|repayment|overdue|outstanding|debt|emi|borrowed)\b/
    // "send your photos and a defaulter message to all your contacts"
    $shame = /\b(send|share|post|forward|broadcast|circulate)( your)? (pictures?|photos?|details|number|info|picture)? ?(to|with|on) (all )?(your )?(contacts|contact list|friends|family|facebook|whatsapp|relatives)\b|\b(post|declare|expose|tag) you as (a |an )?(fraud|thief|scammer|defaulter|criminal)\b|\b(post|share|circulate)( una| your| ur| his| her| their)? (picture|pictures|pics?|photos?) as (a |an )?(fraud|fraudster|thief|scammer|defaulter|criminal)\b|\b(send|share|forward)\b.{0,40}\bto (all|every one of|each of) (your|ur) (contacts|friends|relatives|family)\b/
    // romanised Hindi and Urdu: the loan not repaid, the photos to every contact or the family called
    $loan_hi = /\b(loan|qarz|karz|karza|udhaar|udhar)\b/
    $shame_hi = /\b(contacts?|family|gharwalo\w{0,2}|rishtedar\w{0,4}) (ko|me|mein) (message|msg) (jayega|jaega|jayenge|bhejenge|bhej denge) (ki|that) (tu|tum|aap|you)\b|\b(photo|photos|pic|pics) (morph|edit) (karke|kar ke)\b|\bnangi (photo|photos|pic|video)\b|\b(photos?|pics?|tasveer\w{0,3}|details|number)\b.{0,40}\b(contacts?|rishtedar\w{0,4}|dosto\w{0,2}|family walo\w{0,2}|gharwalo\w{0,2}) (ko|mein|me) (bhej|send|share|call)|\b(contacts?|rishtedar\w{0,4}|family walo\w{0,2}|gharwalo\w{0,2}) (ko|mein|me) (call|phone) (ki|kiya|karenge|ki jayegi)\b/
    // The recovery agent of an instant-loan app: the loan's days over or overdue, and the shaming the
    // real lender never threatens: every number in your phone or your whole family called, your photo
    // posted as a fraud, defaulter or "chor" in WhatsApp groups or on social media, morphed photos.
    // English: every contact, number or relative called or told (a victim's "they messaged all my contacts"
    // is in the past and in the first person, and the threat is in the future)
    $ra_all = /\b(call|message|msg|text|sms|whats ?app|inform|contact|tell|notify|visit)\w{0,3}( to)? (all|each|every|every one of|each one of|every single one of)( of)?( the)? (your |ur )?(contacts|numbers?|contact list|phone ?book|relatives|family members|friends|references|people)\b|\b(call|message|msg|text|inform|contact|tell|notify|visit)\w{0,3} (your|ur) (whole|entire|complete|full) (family|contact list|phone ?book|contacts|relatives|village|office|society|colony)\b|\b(go|goes|sent|reach|reaches) to (all|every|each one of|every one of) (your|ur) (contacts|relatives|friends|family members)\b|\b(all|every|each)( the| of the)? (numbers?|contacts?) (saved |stored )?(in|on|from) (your|ur) (phone|mobile|contact list|phone ?book|device)\b|\b(call|message|msg|text|inform|contact|tell|visit)\w{0,3} (to )?(your|ur) (family|relatives|friends|contacts|parents|father|mother|wife|husband|brother|sister)( members)?,? (and|&) (your |ur |all )?(relatives|friends|contacts|family|colleagues|neighbou?rs|office|references|employer|boss)\b/
    // the label: you are a fraud, a defaulter, a "chor", told to everyone ...
    $ra_told = /\b(tell|telling|inform|informing|know|knows|message|saying|that)\b.{0,30}\b(you are|you're|ur|u r|u are|you r) (a |an )?(fraud|fraudster|defaulter|thief|cheat|cheater|chor|scammer|criminal|absconder)\b/
    // ... or on your photo, a poster
    $ra_label = /\b(photo|photos|pic|pics|picture|pictures|image|images|dp|face)\b.{0,40}\b(as|with|written|marked|labell?ed|tagged|likh\w{0,4}) (a |an |the )?(fraud|fraudster|defaulter|thief|chor|cheater|scammer|absconder)\b|\b(fraud|defaulter|thief|chor|cheater|wanted) (poster|posters|notice|tag|photo|pic|alert)\b/
    // the posting of you: your photo or details in WhatsApp groups, on social media, made viral ...
    $ra_post = /\b(post|put|upload|share|circulate|publish|broadcast|send|forward|add)\w{0,3} (your|ur|his|her) (photo|photos|pic|pics|picture|pictures|image|images|face|details|name|number|data|aadhaa?r|pan)\b.{0,40}\b(whats ?app groups?|social media|facebook|instagram|insta|telegram groups?|all (the )?groups|every group)\b|\b(post|put|expose|shame) (you|u) (on|in|all over|across) (social media|facebook|whats ?app|all (the )?groups)\b|\b(photos?|pics?|pictures?|videos?|name|face|you|u) (will )?(go|goes|be made|get) viral\b|\bmake (you|u|your (photo|photos|pics?|name|face)) (viral|famous)\b/
    // ... or morphed photos
    $ra_morph = /\bmorph(ed|ing)? (photos?|pics?|pictures?|images?|videos?)\b|\b(photos?|pics?|pictures?) (will be )?(morphed|edited) (and|&) (sent|shared|posted)\b/
    // the threat's "or else" (a friend's "inform all your relatives, the loan came through" has none)
    $ra_if = /\b(otherwise|else|unless|failing which|if (you )?(don'?t|do not|fail to|not|dont)|if not|or (else|we|i|our|your|all|every|they|it|them))\b/
    // the loan-app story: the loan's days, the due date, the recovery team
    $ra_loan = /\b(loan|loans|repayment|overdue|emi|instant loan|due date|utang|hutang|pinjol|pinjaman|recovery (agent|team|department|officer|executive|manager))\b/
    // a victim's or a friend's report of it, an awareness message: no threat in the recovery agent's own voice
    $ra_report = /\b(threaten\w{0,4}|harass\w{0,5} (me|us|my|people|borrowers|customers)|harassment by|complaint|cyber ?crime|cyber (police|cell)|1930|sachet|helpline|beware|(it'?s|is|its) a scam|ignore (it|them|those|these|such)|they (called|messaged|sent|posted|said|are saying)|(messaged|called|texted|contacted) (all )?my (contacts|family|relatives|friends)|lol|lmao|haha\w{0,4}|jk)\b/
    // the collector's visit to the home or the workplace, or the violence ("our agents will visit your home and your
    // office", "we'll break your legs"), beside the overdue loan and its "or else" (a friend's "I'll come to your
    // place" is in the first person singular, and names no loan's recovery)
    $vi_visit = /\b(we|our (agents?|team|field (team|agents?|officers?)|collectors?|recovery (team|agents?)|boys|people|men)|my (boys|people|men))( will| are going to|'ll| shall)( personally)? (visit|come to|come over to|show up at|turn up at|go to|pay a visit to|be at|find you at|knock on)( your| ur) (home|house|place|residence|office|workplace|work|job|door|doorstep|neighbou?rhood|village|family|parents)\b/
    $vi_harm = /\b(break|broke) (your|ur) (legs?|arms?|bones|knees|fingers|face|head)\b|\b(hurt|harm|deal with) (you|your (family|kids|children|wife|husband))\b.{0,20}\b(pay|loan|money|debt)\b|\b(burn|torch|smash) (your|ur) (house|car|shop|home)\b/
    // romanised Hindi and Urdu: every contact or relative called or told, your photo put in the groups as a
    // "chor", made viral; the threat in the future ("call karenge", "daal denge")
    $rh_loan = /\b(loan|qarz|qarza|karz|karza|karja|emi|kisht|installment|overdue|due date|repayment)\b/
    $rh_all = /\b(sabhi|saare|sare|sab|har|tere|tumhare|tumhari|teri|aapke|apke|aapki|apki|aap ke|ap ke)( sabhi| saare| sare| sab| har ek| ek)? (contacts?|contact list|numbers?|rishtedar\w{0,4}|rishtedaar\w{0,4}|relatives|gharwal\w{0,4}|ghar wal\w{0,4}|dosto\w{0,2}|doston|family walo\w{0,2}|family members|jaan pehchan wal\w{0,4}|mohalle wal\w{0,4}|office wal\w{0,4}|padosi\w{0,4}) (ko|pe|par|mein|me)( bhi)? (call|phone|fon|message|msg|bata|bhej|inform)\w{0,4} ?(karenge|kar denge|karunga|kar dunga|kar doonga|karega|kiya jayega|ki jayegi|denge|dunga|doonga|jayega|jayegi|jaega|jaegi|karke bata\w{0,5}|kar ke bata\w{0,5}|karke bol\w{0,5})\b/
    $rh_post = /\b(whats ?app|fb|facebook|insta|instagram|social media|status)( ke| wale| ki)?( group| groups| status)? (me|mein|main|pe|par)( bhi)? (daal|dal|post|viral|upload|share|laga|chipka)\w{0,3} (denge|dunga|doonga|karenge|kar denge|kar dunga|diya jayega|di jayegi|jayega|jayegi)\b|\bviral (kar denge|kar dunge|kar dunga|kar doonga|karenge|kiya jayega|ho jayegi|ho jayega)\b|\b(group|groups) (me|mein|pe|par) (daal|dal|post|share|viral)\w{0,3} (denge|dunga|doonga|karenge|kar denge|diya jayega|di jayegi)\b/
    // "everyone will be told", only with the label ("sabko bata denge ki tu chor hai")
    $rh_sab = /\b(sabko|sab ko|sabhi ko|har kisi ko|sab logo ko|sab logon ko) (call|phone|fon|message|msg|bata|bhej)\w{0,4} ?(denge|dunga|doonga|karenge|kar denge|kar dunga|jayega|jayegi)\b|\bsabko pata (chal jayega|chalega|lag jayega)\b/
    $rh_label = /\b(chor|fraud|fraudi|frod|dhokebaaz|dhokebaz|dhokhebaaz|dhokhebaz|defaulter|cheater|bhagoda|420|beimaan|beiman|bhikari|bhikhari|kangal|kangaal)\b/
    $rh_photo = /\b(photo|photos|pic|pics|tasveer\w{0,3}|dp)\b/
    $rh_if = /\b(warna|varna|nahi to|nahi toh|nahin to|otherwise|aaj hi|aaj raat|aaj shaam|abhi ke abhi)\b/
    $rh_report = /\b(kar rahe|kar rhe|kar diya unhone|kiya unhone|de rahe|bol rahe|bol rhe|keh rahe|dhamki|dhamka\w{0,4}|complaint|ignore (karna|kar dena|kar de|karo|krna|kr dena)|police (complaint|ko)|lol|haha\w{0,4}|mazak|mazaak|majak)\b/
    // Hindi (Devanagari, three bytes a letter): the loan, the contacts or relatives called, the photo in the
    // groups as a fraud or made viral
    $dv_loan = /(लोन|ऋण|कर्ज|कर्जा|उधार|ईएमआई|किस्त|ओवरड्यू|\bemi\b|\bloan\b)/
    $dv_all = /(सभी|सारे|सब|हर|तुम्हारे|तेरे|आपके) ?(कॉन्टैक्ट|कांटेक्ट|कॉन्टेक्ट|कांटैक्ट|संपर्क|रिश्तेदार|परिवार|घरवाल|घर वाल|दोस्त|नंबर|नम्बर|जान पहचान).{0,40}(कॉल|फोन|मैसेज|बता|भेज).{0,20}(करेंगे|कर देंगे|करूंगा|करूँगा|देंगे|दूंगा|दूँगा|जाएगा|जायेगा|जाएगी|जायेगी)/
    $dv_post = /(व्हाट्सएप|व्हाट्सऐप|वॉट्सऐप|वाट्सएप|फेसबुक|सोशल मीडिया|ग्रुप|ग्रूप|इंस्टाग्राम).{0,45}(डाल|पोस्ट|वायरल|अपलोड|शेयर).{0,20}(देंगे|दूंगा|दूँगा|करेंगे|जाएगा|जायेगा|जाएगी|जायेगी)|वायरल कर (देंगे|दूंगा|दूँगा)/
    $dv_morph = /(मॉर्फ|मोर्फ|एडिट).{0,20}(फोटो|तस्वीर|वीडियो)|(फोटो|तस्वीर|वीडियो).{0,20}(मॉर्फ|मोर्फ|एडिट)/
    $dv_sab = /(सबको|सब को|सभी को|हर किसी को) (कॉल|फोन|मैसेज|बता|भेज)[^ ]{0,9} ?(देंगे|दूंगा|दूँगा|करेंगे|कर देंगे|जाएगा|जायेगा)/
    $dv_label = /(फ्रॉड|फ्रोड|चोर|धोखेबाज|डिफॉल्टर|डिफाल्टर|ठग|भगोड़ा|बेईमान)/
    $dv_if = /(वरना|नहीं तो|आज ही|आज रात|आज शाम|अभी)/
    $dv_report = /(धमकी|धमका|शिकायत|साइबर|सावधान|कर रहे हैं|कर दिया उन्होंने)/
    // Indonesian and Malay: the illegal lending app's (pinjol, ah long) debt past its due date, and the threat to
    // spread the borrower's ID card (KTP, IC), photo or data to every contact, the family, the employer or social
    // media, to shame them or post them as a fraud, "or else" (a victim's report, an awareness notice, a joke has none)
    $id_debt = /\b(pinjol|pinjaman|aplikasi pinjaman|tunggakan|menunggak|nunggak|penagihan|penagih|kolektor|jatuh tempo|jatuh tempoh|telat bayar|terlambat bayar|gagal bayar|galbay|keterlambatan|pelunasan|lunasi|cicilan|angsuran|bayaran balik|tertunggak|lewat tempoh|ah ?long|debt collector)\b/
    // a bare debt or bill ("utangmu", "tagihan") in the lender's "we" (a friend's own quarrel over a debt is in "I")
    $id_owe = /\b(tagihan\w{0,3}|hutang\w{0,3}|utang\w{0,3})\b/
    $id_we = /\b(kami|pihak kami)\b/
    // the threat in the collector's voice ("kami akan sebarkan", "data anda akan disebar"): the spreading of the ID card,
    // photo or data, or a call or message to every contact, the family, the office or social media (a friend's "tolong
    // sebarkan undangan ini ke semua kontak" asks the reader to spread something, in no collector's voice)
    $id_spread = /\b(kami|kita|saya|aku|gw|gue|gua|akan|segera|terpaksa|langsung)( akan| terpaksa| langsung| segera)? (sebar|sebarkan|menyebar|menyebarkan|viralkan|memviralkan|tularkan|menularkan|posting|pajang|tampal)\b.{0,40}\b(data|foto|ktp|e-?ktp|ic|mykad|identitas|selfie|gambar|wajah|muka|aib|kontak|kenalan|keluarga|teman|kawan|rakan|saudara|atasan|majikan|kantor|pejabat|jiran|tetangga|media sosial|medsos|facebook|fb|grup|group|tiktok|instagram)\w{0,4}\b|\b(disebar|disebarkan|diviralkan|ditularkan|dipajang|ditampal)\b.{0,40}\b(data|foto|ktp|e-?ktp|ic|mykad|identitas|selfie|gambar|wajah|muka|aib|kontak|kenalan|keluarga|teman|kawan|rakan|saudara|atasan|majikan|kantor|pejabat|jiran|tetangga|media sosial|medsos|facebook|fb|grup|group|tiktok|instagram)\w{0,4}\b|\b(data|foto|ktp|identitas|selfie|gambar|wajah|muka|aib)\w{0,4}( pribadi| diri| ktp| ic)?( kamu| anda| awak| kau| lu| lo)? (akan )?(kami |saya |kita |segera )?(disebar|disebarkan|diviralkan|ditularkan|dipajang|ditampal|tersebar|kami sebar|kami sebarkan|kami viralkan|kami tularkan)\b/
    // ... or a call or a message to every contact, or to the reader's own family, employer, emergency contact
    $id_call = /\b(kami|saya|aku|gw|gue|gua|akan|segera|terpaksa|langsung)( akan| terpaksa| langsung| segera)? (kirim|kirimkan|mengirim|hubungi|menghubungi|telepon|telpon|telefon|menelpon|menelepon|datangi|mendatangi|kabari|mengabari|beritahu|beritahukan|maklumkan|bagitahu)\b.{0,40}\b((semua|seluruh|setiap|tiap)( nomor| nombor| nomer| orang)?( di| dalam)? (kontak|kenalan|contact)|(kontak|kenalan|keluarga|teman|kawan|rakan|saudara|atasan|majikan|kantor|pejabat|jiran|tetangga|bos)(mu| anda| kamu| awak| lu| lo| kau| darurat))\b/
    $id_shame = /\b(dipermalukan|mempermalukan|permalukan|malukan|dimalukan|aibmu|aib (kamu|anda|awak))\b|\b(sebagai|adalah|bahwa (kamu|anda|dia) (adalah )?|bahawa (kamu|anda|awak) (adalah )?)(seorang )?(penipu|pencuri|maling|buronan|penghutang)\b|\b(poster|foto|gambar|status|tulisan|bertuliskan|label|cap) (dpo|buronan|penipu|maling|pencuri)\b|\b(buat|buatkan|bikin|bikinin|membuat) (grup|group) (wa|whatsapp)\b.{0,40}\b(kontak|keluarga|teman|kenalan|saudara)\w{0,3} (anda|kamu|lu|lo|mu)\b/
    $id_if = /\b(jika|kalau|kalo|klo|apabila|bila|sekiranya)( kamu| anda| awak| kau| masih)? (tidak|tdk|gak|ga|nggak|ngga|enggak|tak|belum|blm)\b|\batau (kami|data|foto|ktp|semua|kamu akan|anda akan|awak akan|tim kami|orang kami|petugas kami|kolektor kami)\b|\b(sebelum jam|paling lambat|hari ini juga|hari ni juga|sekarang juga|secepatnya|jangan salahkan (kami|kita|saya))\b/
    $id_report = /\b(waspada|hati-?hati|awas|modus|ojk|diteror|meneror|mengancam|diancam|(saya|aku|sudah|udah|sdh|telah) (lapor|melapor|melaporkan|mengadu)|(data|kontak|foto|ktp|keluarga|teman) (saya|aku|ku)|(mereka|dc|debt collector|pinjol itu) (sudah |udah |telah )?(menyebar|menyebarkan|nyebar|sebar|menghubungi|nelpon|menelpon|telpon|chat|kirim|mengirim)|(kalau|kalo|klo|jika) (tidak|tdk|gak|ga|nggak|tak) salah|(hutang|utang) budi|wkwk\w{0,6}|haha\w{0,4}|hehe\w{0,4}|bercanda|becanda|lol)\b/
    // the collector's gang or team at the house, the office or the village, or the Malaysian ah long's splashed
    // paint ("kami datang rumah", "tim kami akan datang ke rumah dan kantor anda", "simbah cat")
    $id_visit = /\b(kami|kita|saya|aku|tim kami|orang kami|budak-?budak (kami|aku)|kolektor (kami|lapangan)|petugas (kami|lapangan)|penagih (kami|lapangan))( akan| terpaksa| segera| terus)? (datang|datangi|mendatangi|kunjungi|mengunjungi|pergi|serbu|cari|mencari|tunggu)( ke| di)? (rumah|tempat kerja|kantor|pejabat|kampung|alamat)\w{0,3}\b|\b(simbah|conteng|baling|sembur) (cat|asid)\b/
    // French (France, West and Central Africa): the loan or credit overdue or unpaid, and the threat to tell every
    // contact, the employer or the family, to come to the house or the office, or to post the borrower's face as a
    // swindler, "sinon" (a borrower's own complaint is about what they did)
    $fr_debt = /\b(pret|credit|dette|emprunt|remboursement|echeance|mensualite)s?\b.{0,60}\b(en retard|impaye\w{0,2}|echu\w{0,2}|non rembourse\w{0,2}|non paye\w{0,2})\b|\bretard de (paiement|remboursement)\b|\b(votre|ta|ton) (dette|pret|credit) de [0-9]/
    $fr_threat = /\b(informer|informerons|informeront|prevenir|previendrons|previendront|contacter|contacterons|contacteront|appeler|appellerons|appelleront|alerter|alerterons|envoyer|enverrons|diffuser|diffuserons|publier|publierons|exposer|exposerons)\b.{0,30}\b(tous (vos|tes) (contacts|proches|collegues|amis)|(vos|tes) (contacts|voisins|collegues|proches|parents)|(votre|ton) (employeur|patron|famille|entourage|quartier|voisinage|chef))\b|\b(viendront|viendrons|passeront|passerons|debarqueront|debarquerons|irons|iront|seront|serons) (a|chez|dans|devant) (votre|ton|vous|toi|ta)( domicile| maison| travail| bureau| quartier| lieu de travail| porte)?\b|\b(votre|ta|ton) (photo|visage|nom|piece d'identite|cni)\b.{0,40}\b(facebook|whatsapp|tiktok|reseaux sociaux|escroc|voleur|voleuse|fraudeur|fraudeuse)\b/
    $fr_if = /\b(sinon|faute de quoi|a defaut|si (vous|tu) ne|avant (ce soir|demain|midi|minuit|[0-9])|aujourd'hui (meme|avant)|dernier (avertissement|rappel|delai))\b/
    $fr_report = /\b(arnaque\w{0,2}|arnaqueurs?|escroquerie|harcel\w{0,6}|plainte|mdr|lol|ptdr|ils m'ont|ils ont (appele|contacte|envoye|menace)|(mes|mon|ma) (contacts|employeur|famille))\b/
    // Thai (three bytes a letter, the sara am as the normaliser writes it): the loan or the debt overdue, and the
    // shaming on Facebook, every contact or relative told, a visit to the house or the office, "or else"
    $th_debt = /(ค้างชําระ|ค้างจ่าย|เกินกําหนด|หนี้|เงินกู้|ยอดค้าง|กู้เงิน)/
    $th_threat = /(ประจาน|ไปหาที่บ้าน|ไปหาถึงบ้าน|ไปที่บ้าน|บุกบ้าน|ไปหาที่ทํางาน|ไปที่ทํางาน|(โทร|แจ้ง|ส่ง)(หา|ให้|ไปหา)?(ทุกคน|ญาติ|ครอบครัว|เพื่อน|ที่ทํางาน|หัวหน้า|เจ้านาย|รายชื่อ)|(โพสต์|โพส|ลง)(ใน|ลง)?(เฟซบุ๊ก|เฟสบุ๊ค|เฟซ|เฟส|โซเชียล|facebook))/
    $th_if = /(ไม่งั้น|ไม่เช่นนั้น|มิฉะนั้น|ภายในวันนี้|ภายใน ?[0-9]|ก่อน ?[0-9]|ถ้าไม่|หากไม่)/
    $th_report = /(มิจฉาชีพ|แก๊ง|ระวัง|แจ้งความ|โดนทวง|ถูกทวง|555)/
    // Tagalog and Taglish: the debt or the lending app overdue, and the threat to shame the borrower to all the
    // contacts, the family, the employer or on Facebook ("ipapahiya ka namin", "ikakalat namin ang ID mo"), "kundi"
    $tl_debt = /\b(utang|utang mo|bayarin|loan|overdue|due date|lending|hulog|past due|collector)\b/
    $tl_app = /\b(loan|lending|app|overdue|due date|past due|collector|collection|penalty|penalties|interest)\b/
    // the collector's future threat (the imperative "i-post mo" is a friend's request)
    $tl_verb = /\b(ipapahiya|mapapahiya|ipagkakalat|ikakalat|ipapakalat|ipo-?post|ipopost|ipapost|i-?(po|se|te|me|a)-?(post|send|text|message|upload)|ia-?upload|iuupload|isi-?send|isesend|ite-?text|itetext|tatawagan|ime-?message|imemessage|sasabihan|ipapaalam|ipapakita|ipapa-?viral|ibubulgar|ita-?tag|itatag)\b/
    // every contact, not one person ("sasabihan ko boss mo" is a friend's own quarrel)
    $tl_all = /\b(lahat ng|buong|mga) (contacts?|contact list|kakilala|kaibigan|kamag-?anak|pamilya|katrabaho|ka-?trabaho|friends|relatives|references|fb friends|followers)\b|\b(contacts?|contact list|kakilala|kamag-?anak|references|fb friends) (mo|nyo|ninyo)\b/
    $tl_fb = /\b(facebook|fb|social media|group chats?|gc|tiktok)\b/
    $tl_strong = /\b(ipapahiya|mapapahiya|ipagkakalat|ikakalat|ipapakalat|ibubulgar|ipapa-?viral)\b|\b(as|bilang|na) (a |an |isang )?(scammer|magnanakaw|estafador|manloloko|swindler|wanted)\b/
    $tl_we = /\b(namin|kami|nmin)\b/
    $tl_if = /\b(kundi|kung hindi|kapag hindi|pag hindi|pag di|kung di|kapag di|if not|or else|otherwise|ngayong araw|ngayon din|bago mag|within)\b/
    // the collector's visit to the house or the office ("pupuntahan ka namin sa bahay at sa trabaho")
    $tl_visit = /\b(pupuntahan|puntahan|dadalawin|susugurin|aabangan)( ka| kita| kayo)?( namin| nmin| ng team namin)?( sa| hanggang sa| mismo sa)? (bahay|trabaho|opisina|office|barangay|lugar)\b/
    $tl_report = /\b(haha\w{0,4}|hehe\w{0,4}|lol|charot|joke|biro|jk|mag-?ingat|ingat kayo|modus|ni-?report|nireport|ireport|harassment|hina-?harass|hinaharass|(kinalat|pinost|tinext|tinawagan|minessage) nila|(contacts|pamilya|kaibigan) ko)\b/
    // the reader named as the guarantor, referee or next of kin of someone else's overdue loan, held liable or
    // told to make them pay, or threatened like the borrower (English of Kenya, Uganda, Rwanda, Nigeria)
    $gu_en = /\b(you (are|were|have been) (listed|named|registered|indicated|given|used|added|put|nominated) as (a |the |an |his |her |their )?(guarantor|referee|emergency contact|next of kin)|you are (the |a |his |her |their )?(guarantor|referee)|as (his|her|their|the) (guarantor|referee))\b/
    $gu_ask = /\b(held (liable|responsible|accountable)|pay on (his|her|their) behalf|(tell|inform|remind|ask|advise|urge) (him|her|them) to (pay|repay|clear|settle)|(recover|deduct|collect) (it|the (money|amount|debt|loan|balance)) from you)\b/
    // the employer, the church or the landlord told of the debt, and the photo or ID posted (passive voice)
    $ra_emp = /\b(inform|contact|call|notify|visit|tell|write to|email|report you to)\w{0,3} (your|ur) (employer|boss|hr|workplace|place of work|manager|church|pastor|landlord|chief|school)\b/
    $ra_post2 = /\b(your|ur) (photo|photos|pic|pics|picture|image|id|national id|details|name|face)( and (your |ur )?(id|national id|photo|details|name|number))? (will|shall) be (posted|shared|circulated|published|sent|broadcast|forwarded|uploaded|displayed)\b/
    // Swahili: the loan or debt (or its guarantor), and the message to every contact, the employer, the groups, the
    // photo or the ID card, or "you are a swindler", with "or else", today, or before a time
    $sw_debt = /\b(mkopo|mikopo|deni|madeni|mdhamini)\w{0,4}\b/
    $sw_threat = /\b(tutawatumia|tutawajulisha|tutawapigia|tutapiga simu|tutawaambia|tutakutangaza|tutaweka|tutasambaza|tutachapisha|tutatuma|tutamjulisha|tutamwambia)\b.{0,60}\b(contacts?|watu wote|marafiki|familia|ndugu|mwajiri|kazini|magroup|ma-?group|group|whats ?app|facebook|mitandao|picha|kitambulisho)\w{0,4}|\b(wewe ni|kuwa wewe ni|kwamba wewe ni) (tapeli|mwizi|mdanganyifu|fisadi|mkwepaji)\b|\b(picha|kitambulisho) (yako|chako)\b.{0,40}\b(itasambazwa|kitasambazwa|itawekwa|kitawekwa|itatumwa|kitatumwa|whats ?app|facebook|mitandao)/
    $sw_if = /\b(la sivyo|vinginevyo|usipolipa|ukikosa kulipa|kabla ya saa|leo|au tuta\w{1,12}|ama tuta\w{1,12})\b/
    $sw_report = /\b(jihadhari|tahadhari|wamenitumia|wamewatumia|walinitumia|wananitishia|walitishia|wanatishia|haha\w{0,4})\b/
    // Luganda: the loan, the debt or its guarantor, and every person in the phone, the family, the employer,
    // Facebook or WhatsApp told, or "you are a thief", "or else"
    $lg_debt = /\b(looni|lowooni|ebbanja|bbanja|omweyimirizi|mweyimirizi)\b/
    $lg_threat = /\b(tujja|tugenda)\b.{0,60}\b(abantu bonna|ab'?omu maka|famire|mukama wo|ku mulimu|facebook|whats ?app|ekifaananyi|ebifaananyi|endagamuntu)\b|\b(nti oli|oli) (mubbi|omubbi|mufere|omufere)\b/
    $lg_if = /\b(oba (tujja|tugenda)|bw'?otosasul\w{1,3}|leero)\b/
    // Kinyarwanda: the loan or debt or its guarantor ("umwishingizi"), and a message to everyone in the phone, the
    // family, the employer or social media, the photo or ID posted, or "you are a thief", "or else"
    $rw_debt = /\b(inguzanyo|umwenda|ideni|umwishingizi)\w{0,4}\b/
    $rw_threat = /\b(tuzohereza|tuzoherereza|tuzabimenyesha|tuzamenyesha|tuzashyira|tuzabishyira|tuzahamagara|tuzagutangaza)\b.{0,60}\b(abantu bose|bantu bose|inshuti|umuryango|umukoresha|whats ?app|facebook|imbuga|ifoto|indangamuntu)\w{0,4}|\b(ko uri|uri) (umujura|umutekamutwe|umuhemu)\b|\b(ifoto|indangamuntu)\b.{0,40}\b(whats ?app|facebook|imbuga|tuzabishyira|tuzayishyira)/
    $rw_if = /\b(cyangwa|naho ubundi|bitarenze|uyu munsi)\b/
  condition:
    ($loan and $shame and not $ra_report) or ($loan_hi and $shame_hi)
    or (sender_kind != "alpha" and sender_kind != "shortcode"
      and (($ra_loan and ($ra_label or (($ra_all or $ra_post or $ra_morph or $ra_told) and $ra_if)) and not $ra_report)
        or ($rh_loan and (($rh_post and ($rh_label or ($rh_photo and $rh_if))) or ($rh_all and ($rh_label or $rh_if)) or ($rh_sab and $rh_label)) and not $rh_report)
        or ($dv_loan and (($dv_post and $dv_label) or ($dv_all and ($dv_label or $dv_if)) or ($dv_sab and $dv_label) or ($dv_morph and ($dv_all or $dv_post or $dv_sab))) and not $dv_report)
        or ($ra_loan and ($vi_visit or $vi_harm) and ($ra_if or money_count > 0) and not $ra_report)
        or (($id_debt or ($id_owe and $id_we)) and ($id_spread or $id_call or $id_shame or $id_visit) and $id_if and not $id_report)
        or ($tl_debt and ((($tl_verb or $tl_strong) and ($tl_all or $tl_fb)) or ($tl_strong and $tl_app) or ($tl_visit and $tl_we)) and ($tl_app or $tl_we) and $tl_if and not $tl_report)
        or ($fr_debt and $fr_threat and $fr_if and not $fr_report)
        or ($th_debt and $th_threat and $th_if and not $th_report)
        or ($ra_loan and ($ra_emp or $ra_post2) and ($ra_if or $gu_en) and not $ra_report)
        or ($gu_en and ($ra_loan or $loan) and ($gu_ask or $ra_all or $ra_post or $ra_told or $ra_label) and not $ra_report)
        or ($sw_debt and $sw_threat and $sw_if and not $sw_report)
        or ($lg_debt and $lg_threat and $lg_if)
        or ($rw_debt and $rw_threat and $rw_if)))
}

rule extort_exposure_threat
{
  meta:
    action = "junk"
    weight = 3.0
    description = "'I know what you did, I have the photos: pay or reply, or they go to your wife': the exposure threat's opener"
  strings:
    $claim = /\b(i know what you did|i have (your |the |some )?(photos|pictures|pics|videos?|recordings?|screenshots|evidence|proof)|i (recorded|filmed) you)\b/
    $or = /\b(or|unless|otherwise|else|if (you )?(don't|do not|dont))\b.{0,40}\b(go(es)? to|(will )?be sent to|gets? sent to|(i'll|i will) send (them|it|everything) to|reach|show (them|it) to)\b.{0,10}\byour (wife|husband|family|boss|employer|contacts|friends|parents|girlfriend|boyfriend|church|colleagues)\b/
    $all = /\b(or|unless|otherwise|else)\b.{0,30}\b(everyone|everybody|all)( in| on| of)? (your|ur) (contacts|contact list|family|friends|followers)\b/
  condition:
    $claim and ($or or $all) and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule extort_threat_es
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Threats in Spanish: 'we are watching you, we know where you live' with a deposit demanded, or 'we have your daughter, don't call the police'; the gang's levy of Central America ('renta', the war tax, a 'collaboration' from the shop, in the vos forms of Honduras, El Salvador and Guatemala): we know where you live or where your children study, pay the week's share, or we kill you, burn the shop, no police; in Haitian Creole: the gang's base knows where you live and which school your children go to, prepare the money or send it by MonCash, don't call the police or we kill you"
  strings:
    $watch = /\b(te (tenemos|estamos) (vigilad[oa]|vigilando|checando|checad[oa]|siguiendo)|(lo|la|los|las) tenemos (bien )?(vigilad|checad|ubicad)[oa]s?|tenemos vigilad[oa] (tu|su) (casa|familia|negocio|trabajo)|sabemos donde (vives|vivis|vive|viven|trabajas|trabaja|estudian|estudia|van tus hijos|van sus hijos)|sabemos (a que|en que) (escuela|colegio)|conocemos (tu|su) (casa|carro|negocio|familia)|tenemos gente (afuera|afuera de tu casa|vigilando)|ya te (ubicamos|tenemos ubicad[oa]))\b/
    $threat = /\bsi no quier(es|e) (problemas|que le pase algo)\b/
    $pay = /\b(deposit[ae]\w{0,2}|pag[ae]\w{0,2}|transfier[ae]\w{0,2}|cuota|cuenta|renta|colaborar|colaboracion|impuesto de guerra|tigo money|prepar(a|e|en|ate)( el| la)? (dinero|pisto|plata|billete|feria))\b|\bprepar(a|e|en|ate) [0-9]/
    $held = /\btenemos a (su|tu) (hij[oa]|espos[oa]|mama|papa|herman[oa]|familiar)\b/
    $police = /\b(policia|no cuelgue|no cuelgues|la lastimamos|lo lastimamos)\b/
    // the gang's levy and its violence: "el impuesto de guerra", "la renta de la semana", "o te matamos", "le quemamos
    // el negocio", "nada de policia" (a landlord's reminder of the rent threatens nobody)
    $levy = /\b(impuesto de guerra|la renta (semanal|mensual|de la semana|del mes)|pagar la renta|la cuota de la semana|la cuota semanal)\b|\b(la renta de|colaborar con) [0-9]/
    $harm = /\b(te (matamos|moris|vamos a matar|quemamos)|(le|les|los|lo) (matamos|quemamos|vamos a matar)|(le|les) pasa algo|venimos por vos|vamos por vos|quemamos el negocio|nada de policia|cero policia|no (llames|avises|denuncies|denuncie|hables con) (a )?la policia|si (llamas|hablas|avisas|denuncias) (a |con )?la policia)\b/
    $warn_es = /\b(extorsion\w{0,3}|denuncie al|denuncia anonima|de forma anonima|victima|no se deje)\b/
    // Haitian Creole: the gang or its base, "we know where you live, your children's school", the money to prepare or
    // send (MonCash, dollars, gourdes), and the threat: no police, or we kill you, burn the shop, come for you; or "we
    // kidnapped your child"; the police's notice tells victims to report
    $ht_watch = /\b(nou konnen (kote|ki kote|ki le|lekol|tout fanmi|fanmi (ou|w)|machin|kay (ou|w))|nou gen je sou (ou|w)|nou ap veye (ou|w)|nou kidnape|nou pran pitit)\w{0,3}\b/
    $ht_gang = /\b(baz la|gang nan|gang lan|chef la|chef baz|bandi yo|taks baz)\b/
    $ht_pay = /\b(prepare (kob|lajan)|peye|voye (kob|lajan)|moncash|natcash|dola|goud|ranson|ranzon)\b|\b(prepare|voye) [0-9]/
    $ht_harm = /\b(pa rele lapolis|pa di lapolis|okenn polis|si (ou|w) rele lapolis|n ?ap touye (ou|w)|n ?ap boule|n ?ap vin (cheche|chache|pran)|fanmi (ou|w) ap peye|disparet|pa fe entelijan|denye avetisman)\b/
    $ht_warn = /\b(pnh|denonse|pa pe|viktim)\b/
  condition:
    ((($watch and ($pay or $threat or $harm)) or ($held and $police) or ($levy and $harm)) and not $warn_es
      or (($ht_watch or $ht_gang) and $ht_pay and $ht_harm and not $ht_warn))
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule extort_sextortion_hi : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Sextortion in romanised Hindi and Urdu and in Hindi: 'we have your nude video' or 'your photos morphed into a video', pay by UPI or it goes to YouTube, your Facebook friends, your family; in romanised Nepali and Nepali ('timro nangi video mero ma cha', pay by eSewa or Khalti, natra your friends and family get it) and romanised Bangla and Bengali ('tomar gopon video amar kache', bKash or Nagad, nahole it goes to your family or Facebook)"
  strings:
    $vid = /\b(nanga|nangi|nange|nude|ashleel|ashlil|gandi|ganda|private|obscene|sex|sexy) (video|videos|photo|photos|pics?|clip|recording)\b/
    $out = /\b(viral|upload|leak)\b|\b(bhej|daal|post|share) (denge|dunga|doonga|di jayegi|diya jayega|kar denge|kar dunga)\b/
    // or "your photo and video are with me" / "the video call recording is with us", and the threat
    $have = /\b(tumhari|tumhara|teri|tera|aapki|aapka|your) (nangi |nanga |nude |private |gandi |sexy |personal )?(photo|photos|video|videos|pics?)( aur (photo|video|videos))? (mere|hamare|humare) (paas|pass) (hai|hain)\b|\b(video call|call)( ki| ka)? recording\b.{0,40}\b(with us|with me|hamare paas|mere paas)\b|\byour (nude |private |intimate |sexy )?(photos?|videos?|pics?) (is|are) with (me|us)\b|\bvideo call\b.{0,40}\brecord (hua|ho gaya|ho gya|ho chuka|kiya|kar liya|kar li|kar rakha)\b/
    // (the spreading in the future, beside a payment: "send kar dunga", "dikha dunga", "bhej di jayengi")
    $out2 = /\b(bhej|daal|dal|post|share|send|upload|viral|dikha|leak) (kar )?(denge|dunga|doonga|dungi|di jayegi|di jayengi|diye jayenge|diya jayega)\b/
    $to = /\b(contacts?|family|gharwal\w{0,3}|rishtedar\w{0,4}|dosto\w{0,2}|youtube|facebook|instagram) (ko|pe|par|me|mein) (bhej|daal|upload|post)\w{0,6}\b|\bupload ho (jayegi|jayega|jaegi)\b/
    // the morphed or edited photos made into a video: a friend's edited photo is no threat, so with a payment
    $morph = /\b(morph|morphed|edit|edited|fake) (ki hui |kiya hua |ki gayi |kari hui )?(photo|photos|pics?|video|videos|images?|tasveer\w{0,3})\b|\b(photo|photos|pics?|dp|tasveer\w{0,3}) (ko )?(morph|edit) (karke|kar ke|kar di|kar diya|kiya|ki)\b/
    $pay = /\b(upi|paytm|phonepe|phone pe|gpay|google pay|bhejo|bhej do|paise|payment|warna|nahi to)\b/
    // Hindi: an obscene, nude, morphed or edited photo or video, spread (viral, upload, sent) unless paid
    $hi_vid = /(अश्लील|न्यूड|नंगी|नंगा|गंदी|गंदा|मॉर्फ|मोर्फ|एडिट|एडिटेड|प्राइवेट) ?(की गई |की गयी |किया गया |की हुई |करके |कर के )?(वीडियो|विडियो|फोटो|फ़ोटो|तस्वीर|तस्वीरें|फोटोज)/
    $hi_out = /(वायरल|अपलोड|लीक|भेज देंगे|भेज दूंगा|भेज दूँगा|भेज देंगें|डाल देंगे|डाल दूंगा|शेयर कर देंगे)/
    $hi_pay = /(पैसे|रुपये|रूपये|भुगतान|पेमेंट|यूपीआई|वरना|नहीं तो)|\b(upi|paytm|phonepe|gpay|google pay)\b/
    // romanised Nepali: intimate pictures or the video call's recording, sent or shown in the future tense
    // ("pathaidinchhu", "viral gardinchhu"), and the "or else" or the wallet (eSewa, Khalti, IME Pay)
    $ne_m = /\b(nangi|nango|nanga|nude|private|sexy|ashlil|ashleel|gopya) (photo|photos|foto|video|videos|bhidio|tasbir|pic|pics)\b|\bvideo call (ko )?(recording|record)\b|\bvideo call\b.{0,50}\brecord (bhayo|bhayeko|gareko|garyo)\b|\bnude (banako|banayeko|banaeko)\b/
    $ne_t = /\b((pathai|dekhai|hali|hal)dinch\w{1,3}|(pathau|dekhau)nch\w{1,3}|(viral|send|post|upload|leak|share) gardinch\w{1,3})\b/
    $ne_if = /\b(natra|hoina bhane|napathaye|napathae|esewa|khalti|ime ?pay|fonepay)\b/
    // Nepali (Devanagari, three bytes a letter)
    $ne_dm = /(नाङ्गो|नाङ्गा|नग्न|अश्लील|न्युड|न्यूड|प्राइभेट).{0,12}(भिडियो|फोटो|तस्बिर)/
    $ne_dt = /(पठाइदिन्छु|पठाइदिन्छौं|देखाइदिन्छु|भाइरल गरिदिन्छु|हालिदिन्छु|पोस्ट गरिदिन्छु)/
    $ne_dif = /(नत्र|होइन भने|इसेवा|खल्ती|\besewa\b|\bkhalti\b)/
    // romanised Bangla: the dirty, nude or secret video or pictures, or the video call recorded, sent or posted in
    // the future ("pathiye dibo", "viral kore dibo", "dekhabo"), and the "or else" or the wallet (bKash, Nagad, Rocket)
    $bn_m = /\b(nongra|nogno|ulongo|nude|private|gopon|sexy|oshlil|ashlil) (video|vdo|chobi|chhobi|pic|pics|photo|photos)\b|\bvideo call (er |e )?recording\b|\bvideo call\b.{0,50}\brecord (hoyeche|hoise|korechi|korsi|kore rekhechi)\b|\b(nude|nongra) (banaisi|banaichi|baniyechi)\b|\bedit kore nude\b/
    $bn_t = /\b(pathiye|pathie|diye|chere|chhere|chhede|post kore|viral kore|send kore|upload kore|dekhiye) (dibo|debo|dimu|dimo)\b|\b(pathabo|pathamu|dekhabo|dekhamu)\b/
    $bn_if = /\b(bkash|bikash|nagad|rocket|nahole|noile|na hole|na hoy|na dile|na korle)\b/
    // Bengali (three bytes a letter)
    $bn_sm = /(নগ্ন|উলঙ্গ|নোংরা|ন্যুড|গোপন|অশ্লীল|প্রাইভেট) ?(ভিডিও|ছবি)/
    $bn_st = /(পাঠিয়ে (দেব|দিব|দিবো)|ভাইরাল করে (দেব|দিব)|ছেড়ে (দেব|দিব)|দেখিয়ে (দেব|দিব)|পাঠাবো|পাঠাব)/
    $bn_sif = /(বিকাশ|নগদ|রকেট|নাহলে|না দিলে|না হলে|\bbkash\b)/
    // a warning passed on ("sabdhan", "blackmail", report it)
    $sx_warn = /\b(sabdhan|savdhan|saavdhan|blackmail|thagi|ujuri|1930|999)\b/
  condition:
    (($vid and $out) or ($have and ($to or $out)) or ($morph and ($out or $to) and ($pay or money_count > 0))
      or ($hi_vid and $hi_out and ($hi_pay or money_count > 0))
      or ((($vid or $have) and ($out2 or $to) and ($pay or money_count > 0))
        or ($ne_m and $ne_t and $ne_if) or ($ne_dm and $ne_dt and ($ne_dif or money_count > 0))
        or ($bn_m and $bn_t and $bn_if) or ($bn_sm and $bn_st and ($bn_sif or money_count > 0)))
        and not $sx_warn)
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule extort_sextortion_es
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Sextortion in Spanish and Portuguese: a compromising video or photos, shown to your contacts unless you pay; in French (West Africa): 'I have your video from the call, your sextape', sent to your contacts or posted on Facebook unless you send so many FCFA"
  strings:
    $m = /\b(video|fotos|imagenes|grabacion)\b.{0,30}\b(comprometid[oa]s?|intim[oa]s?|intimas?)\b/
    $t = /\b(tus|sus|seus) contactos?\b|\b(publicar|enviar|mandar|difundir)\b/
    $p = /\b(paga|pague|pagar|bitcoin|btc|transferencia|pix)\b/
    // French: the intimate video or the call recorded, the threat to post it or send it to the people
    // around you, an "or else" and the money (FCFA, mobile money)
    $fr_m = /\bsex ?tapes?\b|\b(videos?|photos?|images?|captures?|enregistrements?) (intimes?|nue?s?|denudee?s?|compromettante?s?|pornographiques?|obscenes?|sexuelles?|coquines?)\b|\b(ta|votre|la) video (de |pendant |durant )?(l'|notre |ton |votre )?appel\b|\b(ta|votre) video (pendant|durant)\b|\b(j'ai|on a|nous avons|je t'ai|on t'a|nous t'avons) (enregistre|filme|capture)\b|\b(toute? nue?|tout nu|en train de te (masturber|toucher|deshabiller))\b|\bte masturb/
    $fr_t = /\b(publie|publier|publierai|balance|balancer|balancerai|diffuse|diffuser|diffuserai|partage|partager|partagerai|poste|poster|posterai|envoie|envoyer|enverrai|mets|mettre|mettrai)\b.{0,40}\b(facebook|whatsapp|tiktok|instagram|youtube|internet|reseaux sociaux|tes contacts|vos contacts|ta famille|votre famille|tes amis|vos amis|ton mari|ta femme|votre mari|votre femme|tes parents|vos parents|ton patron|votre patron)\b/
    $fr_if = /\b(sinon|si tu ne|si vous ne|d'ici|avant (ce soir|demain|minuit|[0-9]))\b|\bdans (les )?[0-9]{1,2} ?(h|heures|minutes)\b/
    $fr_pay = /\b(fcfa|cfa|wave|orange money|momo|mtn money|moov money|flooz|bitcoin)\b|[0-9] ?f\b/
  condition:
    (($m and $t and $p) or ($fr_m and $fr_t and $fr_if and ($fr_pay or money_count > 0)))
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule extort_hitman_threat
{
  meta:
    action = "junk"
    weight = 3.0
    description = "'Someone paid me to kill you; pay and I'll spare you': the hitman extortion"
  strings:
    $hired = /\b(paid|hired|sent|contracted|given money to) (me|us) to (kill|take you out|eliminate|hurt|harm|finish) (you|your)?/
    $pay = /\b(bitcoin|btc|usdt|crypto|wire|pay|send)\b/
  condition:
    $hired and $pay and money_count > 0 and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule extort_virtual_kidnap : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "The virtual kidnapping: 'we have your son', a ransom to send now, and no police or 'his phone is with us'; or the child's own voice: 'I have been kidnapped, don't call the police, they want 5 million, they will call you' (English, Nigerian English and Pidgin, French); in Chinese (simplified, traditional, written Cantonese): your son or husband is in our hands, the ransom or a transfer within the hour, no police or you won't see him again"
  strings:
    $have = /\bwe (have|took|are holding) your (son|daughter|child|kid|boy|girl|husband|wife|mother|father|mom|mum|dad)\b|\b(kidnapped|abducted)\b/
    $pay = /\b(send|pay|transfer|wire)\b.{0,40}\b(now|today|immediately|within|zelle|cash app|bitcoin|western union)\b|\bransom\b/
    $police = /\b(police|cops|watching you|tell anyone|hurt (him|her))\b/
    // "don't call him, his phone is with us": the reader kept from checking
    $phone = /\b(his|her) (phone|mobile|handset) (is|dey) with (us|me)\b/
    // news or a film told by a friend: "did you hear a boy was kidnapped near the school?"
    $news = /\b(did you (hear|see|read)|have you (heard|seen|read)|(in|on) the news|newspaper|headlines?|film|movie|series|episode|novel|documentary)\b|\b(a|the) (boy|girl|child|kid|man|woman|pastor|family|businessman) (was|were|got|has been) (kidnapped|abducted)\b/
    // In the child's own voice: "Mummy, I have been kidnapped / dem don kidnap me / on m'a kidnappee",
    // no police ("make you no call police", "n'appelle pas la police"), a ransom or what they want
    // with a sum, and "they will call you" (Nigerian English and Pidgin, English, French)
    $self = /\b(i'?ve been|i have been|i was|i got|i'?m being|i am being|i'?m|i am|i don|i dey) (kidnapped|abducted|kidnap)\b|\b(they|dem|some (men|people|guys|boys)|these (men|people)|kidnappers?|armed men|gunmen) (have |just |don |dey |are )?(kidnapped|abducted|kidnap|abduct|carried|carry|taken|took|holding|hold) me\b/
    $nopol = /\b(don'?t|do not|dont|never|please don'?t|pls don'?t|make (you|una) no|abeg no|no go|no) (call|tell|inform|involve|contact|alert|report to) (the )?(police|cops|anyone|anybody)\b|\bif (you|una) (call|tell|inform|involve|contact|alert) (the )?(police|cops|anyone|anybody)\b|\b(they|dem) (go|will|'ll) (call|phone|contact|text|ring) (you|u|una)\b|\bthe kidnappers (will|go|are going to) (call|contact)\b/
    $want = /\b(they|dem|the kidnappers|kidnappers|the men) (are |dey |don |have )?(want|wan|wants|demanding|demand|demanded|asking for|ask for|asked for|collect|say make (you|una) (send|pay))\b|\bransom\b/
    $sum = /[0-9] ?(million|millions|m|k|lakh|lakhs)\b|\b(naira|cedis|dollars|fcfa|cfa|euros)\b/
    $self_fr = /\b(on m'a|ils m'ont|des (hommes|gens|bandits|individus|inconnus) m'ont|j'ai ete|je suis|je viens d'etre) (kidnappee?|enlevee?|sequestree?|pris en otage|prise en otage)\b|\bje suis (retenue?|detenue?) (en otage|par des)\b/
    $nopol_fr = /\b(n'appelle|n'appelez|ne previens|ne prevenez|n'alerte|n'alertez|ne contacte|ne contactez|n'informe|n'informez)( surtout)? pas (la police|les policiers|la gendarmerie|les gendarmes|personne)\b|\bne (dis|dites) rien a (la police|personne|la gendarmerie)\b|\bsi (tu|vous) (appelles?|appelez|previens|prevenez|alertes?|alertez) (la police|les gendarmes|la gendarmerie)\b|\bpas de police\b|\bils (vont|va) (t'appeler|vous appeler|te contacter|vous contacter)\b/
    $want_fr = /\brancon\b|\b(ils|les ravisseurs|ces (hommes|gens|bandits)) (demandent|exigent|veulent|reclament)\b/
    $sum_fr = /[0-9] ?(millions?|m|fcfa|cfa|f|euros?)\b|\b(fcfa|cfa|euros|millions)\b/
    // Chinese (simplified, traditional, written Cantonese; three bytes a letter): your son, daughter or husband is in
    // our hands or was kidnapped, a ransom or a transfer, and no police or "you won't see him again"; the anti-fraud
    // notice tells you to check with the family and call the police
    $zk_kin = /(你|您)(的|嘅|個|个)?(儿子|兒子|女儿|女兒|老公|老婆|爸|妈|媽|孩子|细路|細路|妹妹|弟弟|哥|姐|仔|女)/
    $zk_held = /(在我们手|在我們手|喺我哋手|在我们这|在我們這|被我们绑|被我們綁|被绑|被綁|绑架|綁架|绑了|綁了|平安回家)/
    $zk_money = /(赎金|贖金|准备|準備|转账|轉賬|轉帳|过数|過數|汇到|匯到|现金|現金|(转|轉|打|过|過)[0-9]|[0-9](万|萬))/
    $zk_nopol = /(报警|報警|不要告诉|不要告訴|撕票|后果自负|後果自負|见不到|見不到|再见佢|再見佢)/
    $zk_warn = /(反诈|反詐|提醒|谎称|謊稱|冒充|核实|核實|不法分子|诈骗|詐騙)/
    // the child joking about a day out ("kidnapped by the girls for a spa day lol")
    $joke = /\b(lol|lmao|haha\w{0,4}|jk|spa|prank|kidding|mdr|ptdr|blague|je rigole)\b/
  condition:
    (($have and $pay and ($police or $phone))
      or ($self and $nopol and $want and ($sum or money_count > 0) and sender_kind != "alpha" and sender_kind != "shortcode")
      or ($self_fr and $nopol_fr and $want_fr and ($sum_fr or money_count > 0) and sender_kind != "alpha" and sender_kind != "shortcode")
      or ($zk_kin and $zk_held and $zk_money and $zk_nopol and not $zk_warn and sender_kind != "alpha" and sender_kind != "shortcode"))
    and not $news and not $joke
}

rule extort_arrested_relative : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "'The police have your son; pay and the case goes away': a caller posing as an officer demands money for a relative's release (English, romanised Hindi, Indonesian), or 'your son has been caught by the police in a rape case, arrange 50000 to save him, don't tell anyone' (English); or 'your son is in big trouble or kidnapped, send it now, don't call him, his phone is with us' (Indian and Nigerian English, Hinglish); or 'your son is with us, a police case is made, send it now or the FIR is filed, tell nobody' (romanised Hindi and Urdu); or a detective branch (DB) officer or the police station: your son or brother was caught with yaba or in a drug case, send the money by bKash, Nagad or Rocket to drop it, tell nobody (romanised Bangla, Bengali); or in the Balkans (Greek and Greeklish, Romanian, Bulgarian and Serbian in both scripts, Croatian, Bosnian, Macedonian, Slovenian, Albanian) an officer, investigator or lawyer: your son, daughter or husband caused a road accident or hit someone and is held, call or send the money or a colleague comes for it, for the bail, the damages or to keep him out of prison, tell no one"
  strings:
    $held = /\b(police|inspector|thana|polisi|cops?)\b.{0,60}\b(pakda|pakad liya|giraftar|arrested|detained|in custody|lock-?up|ditahan|ditangkap)\b|\b(pakda|pakad liya|giraftar|arrested|detained|ditahan|ditangkap|caught|nabbed|picked up)\b.{0,40}\b(police|inspector|thana|polisi)\b|\b(we have|we've|we) (arrested|detained|caught|picked up) (your|ur)\b/
    $kin = /\b(your|ur|aapke|aapka|aapki|tumhare|aap ke|aap ka|aap ki|apke|apka|apki|tumhara|tumhari) (son|daughter|child|husband|wife|brother|beta|bete|beti|pati|bhai|shohar|biwi|bachcha|bacha|ladka|ladki)\b|\banak (anda|bapak|ibu)\b/
    $pay = /\b(bhejo|bhej do|bhejiye|bhejein|bhej dein|send|pay|transfer|kirim|transfer)\b|\b(case|fir|kes) (band|closed|close|settle)|\b(paytm|gpay|phonepe|upi|jama) (karo|kar do|kariye|karein|karen|karwao|karwayen)\b/
    // romanised Hindi and Urdu, no arrest named: "aap ka beta humare paas hai, police case ho gaya hai, abhi bhejo
    // warna FIR kat jayegi, kisi ko mat batana": the relative held, a case or FIR, the money and secrecy or a threat
    $with_hi = /\b(hamare|humare|hmare|hamaare) (paas|pass|qabze|kabze|hirasat|custody) (mein |me |main )?(hai|hain|he)\b|\b(hirasat|thane|thaane|hawalat|lock-?up) (mein|me|main) (hai|hain|he|band)\b/
    $fir_hi = /\b(fir|parcha|parchah) (kat|darj|lodge|register|ho gayi|ho jayegi|ho jaegi|lag)\w{0,6}\b|\b(police case|pulis case|mukadma|muqadma|muqaddama)\b/
    $hush_hi = /\bkisi ko (bhi )?(kuch )?(mat|na|nahi|nahin) (batana|bataana|batao|bataiye|batayen|batayein|btana|bolna|kehna)\b|\b(warna|varna|nahi to|nahin to)\b/
    // or no police named: "your son is in big trouble / kidnapped, send it now, don't call him, his
    // phone is with us" (Indian and Nigerian English, romanised Hindi)
    $trouble = /\b(big|serious|bad|great) trouble\b|\b(badi|bahut badi|bohot badi|bari) (musibat|mushkil|pareshani)\b|\b(phas|phans|fas|fans) (gaya|gayi|gya|gyi) (hai|he)\b|\b(kidnap|kidnapped|abducted|agwa|caught)\b/
    $silence = /\b(his|her) (phone|mobile|handset) (is|dey) with (us|me)\b|\b(don'?t|do not|dont|no) (call|try to call|try calling|bother calling|ring) (him|her)\b|\b(uska|uski|iska|iski) (phone|mobile|fon) (hamare|humare|mere|hmare) (paas|pass)\b|\b(usko|use|usse|unko) (call|phone|fon) (mat|na|nahi) (karo|karna|kariye|karein|karen|kijiye)\b/
    $now = /\b(immediately|urgently|right now|turant|jaldi|abhi ke abhi|sharp sharp|asap|within [0-9]{1,2} ?(hours?|hrs?|minutes|mins)|lakh|lakhs|thousand|hazar|hazaar)\b/
    // English, the 'digital arrest' of a child: held by the police in a grave case (rape, murder, drugs), "if you
    // want to save him arrange 50000", and secrecy ("don't tell anyone") or haste; a relative's news of an arrest
    // asks for no money to be arranged
    $case = /\b(rape|murder|drugs?|drug peddling|narcotics?|ndps|molestation|kidnapping|accident|hit and run|pocso|smuggling|robbery|theft|sex racket|eve teasing|fraud|cyber ?crime) (case|charges?|matter)\b|\b(case|charges?) of (rape|murder|molestation|kidnapping|smuggling|robbery|drug peddling)\b/
    $save = /\b(save|release|free|rescue|bail out|get) (him|her|your (son|daughter|child|husband|brother))( out)?\b.{0,30}\b(arrange|send|pay|transfer)\b|\b(settle|close|finish|hush up) (the|this) (matter|case)\b|\bfor (his|her) (release|bail)\b/
    $arrange = /\barrange\b.{0,20}\b(money|amount|cash|funds|rs|rupees|inr|lakh|lakhs|[0-9])|\b(send|pay|transfer)\b.{0,20}\b([0-9]|rs|rupees|inr|lakh|lakhs)/
    $secret = /\b(don'?t|do not|dont|never) (tell|inform|share (this )?with|talk to|disclose (this )?to|call) (anyone|anybody|any one|your family|family|others|the media|a lawyer|relatives)\b|\bkeep (this|it) (a )?(secret|confidential|between us)\b/
    // romanised Bangla and Bengali (three bytes a letter): your son or brother caught or arrested ("dhora poreche",
    // "grefter", "aatok"), in a drug case (yaba, madok, a mamla), the money by bKash, Nagad or Rocket, and tell nobody
    // or now; a relative's own news of an arrest names no wallet
    $kin_bn = /\b(apnar|apner|tomar|your) (chele|chhele|chela|bhai|bhaiya|swami|jamai|son|brother|husband)\b|আপনার (ছেলে|ভাই|স্বামী|জামাই)/
    $held_bn = /\b(dhora (poreche|porse|porche|pore geche|khaise|khayeche|khaiche)|dhore (niye|rekhe)|grefter|greftar|greftaar|grephtar|greptar|aatok|atok kora|(is|was|got|been) caught)\b|(ধরা প|গ্রেফতার|গ্রেপ্তার|আটক)/
    $case_bn = /\b(yaba|iyaba|madok|ganja|phensedyl|fensidil|heroin|drugs?|mamla|mamlay|mamlae)\b|(মাদক|মামলা|গাঁজা|ফেনসিডিল|হেরোইন)/
    $pay_bn = /\b(bkash|bikash|nagad|rocket)\b|(বিকাশ|নগদ|রকেট)/
    $hush_bn = /\b(kauke|kaoke|karo ke|kawke) (bolben|janaben|bolo|bolba|janio|bolbe|bolbi) na\b|\bkaro sathe kotha (bolben|bolo|bolba) na\b|\bgopon rakh\w{0,4}\b|\bkeu jante parle\b|\b(ekhoni|ekhuni|ghontar moddhe|ajker moddhe|(don'?t|do not|dont) tell (anyone|anybody))\b|[0-9] ?(tk|taka|hajar|hazar)\b|(কাউকে (বলবেন|জানাবেন) না|গোপন রাখ|এখনই|ঘণ্টার মধ্যে)/
    // West Africa and India, the "officer" at the station or the checkpoint (Nigerian and Ghanaian English, Nigerian and
    // Cameroonian Pidgin, Indian English, romanised Hindi): your son, wife or pikin is held (no ID, a fight, cultism,
    // drugs), call back at once or send the release or bail money by mobile money, before he goes to court; the
    // relative's own "I'm at the station, bring my ID" names no "your" relative, a lawyer's note nothing held and no fee
    $kin_wa = /\b(your|ur|ya|una) (pikin|pickin|boy|girl|sister|massa|junior brother|small brother|younger brother|nephew|niece)\b/
    $held_wa = /\b(arrested|detained|remanded|picked up|apprehended|nabbed|caught|held|stopped|in (our |police )?(custody|cell|lock-?up|detention)|(dey|is|are) (for |inside |in )?(our |the )?(cell|custody|lock-?up|counter|gendarmerie|police station)|with us (at|for|in) (the )?(station|cell|counter|checkpoint|police)|(don|have|has) (carry|catch|arrest|hold|lock)|pakda|pakdi|pakad liya|giraftar|girftar|hirasat)\b/
    $auth_wa = /\b(police|station|policeman|inspector|sergeant|sgt|corporal|cpl|constable|dpo|ipo|sho|dsp|asp|cid|sars|checkpoint|check point|road ?block|barrier|police station|our (custody|cell)|crime branch|naka|thana|thane|daroga|gendarme|gendarmerie)\b/
    $send_wa = /\b(send|transfer|drop|pay|arrange|deposit)\b/
    $bail_wa = /\b(bail|(his|her|him) (release|bail)|release (him|her|am|yi)|settle (the matter|am|this matter|the case)|close the case|chhudwane|chhudane|chhod denge)\b/
    $wallet_wa = /\b(opay|palmpay|moniepoint|momo|mobile money|orange money|gpay|google pay|phonepe|paytm|upi)\b/
    $cb_wa = /\b(call (me )?back|call (me |us )?(now|immediately|urgently|on|this number)|call karo|call karein|call karen|phone karo)\b/
    $fate_wa = /\bbefore (he|she|they|dem|e) (is |are |go |will be |gets )?(transferred|taken|charged|sent|moved|remanded|arraigned|transfer|carry|charge)|\b(taken|sent|moved|transferred|charged|produced|arraigned|remanded|put) (to|before) (court|the court|the magistrate|magistrate|prison|jail|abuja|panti|kirikiri)\b|\b(or|else|if not|if no|otherwise|warna|varna|nahi to) .{0,40}\b(court|prison|jail|remand\w{0,2}|abuja|kirikiri|fir|charged|detained)\b|\b(go court|na court|carry (am|yi|him|her) go|immediately|urgently|right now|now now|sharp sharp|quick quick|asap|turant|tonight|today|within [0-9]{1,2} ?(hours?|hrs?|minutes|mins)|(don'?t|do not|no) (tell|call) (anyone|anybody|nobody))\b/
    $warn_wa = /\b(beware|scam|scams|scammers?|fraudsters|impersonat\w{0,5}|bail is free|never (ask|pay|demand)|(do not|don'?t|no) pay)\b/
    // French of Cote d'Ivoire, Senegal and Cameroon (accents folded): "votre fils est en garde a vue, envoyez la caution
    // par Orange Money ou Wave, sinon il sera defere"; a relative's own call or a lawyer's note asks for no transfer
    $kin_fr = /\b(votre|ton|ta) (fils|fille|enfant|mari|epoux|epouse|femme|frere|soeur|petit frere|petite soeur|grand frere|neveu|niece|garcon)\b/
    $held_fr = /\b(interpellee?s?|arretee?s?|detenue?s?|retenue?s?|gardee? ici|garde a vue|en cellule|au violon|embarquee?s?|apprehendee?s?)\b/
    $auth_fr = /\b(police|policier|commissariat|commissaire|gendarmerie|gendarme|brigade|adjudant|brigadier|opj|barrage|corridor|cybercriminalite|parquet|procureur)\b/
    $lure_fr = /\b(envoyez|envoie|envoyer|versez|verse|verser|transfert|transferez|orange money|wave|momo|mtn money|moov money|free money|appelez|rappelez|contactez|joignez|appelle-moi|rappelle-moi|appelle moi|rappelle moi)\b/
    $fate_fr = /\b(defere|deferement|parquet|procureur|prison|maca|kondengui|new-bell|rebeuss|reubeuss|sinon|faute de quoi|avant qu|ce soir|tout de suite|immediatement|d'urgence|aujourd'hui|maintenant|(n'en parlez|n'en parle|ne dites rien) a personne|liberation|arrangement|caution)\b/
    $warn_fr = /\b(jamais|arnaque\w{0,2}|escroc\w{0,2}|faux (policiers?|gendarmes?|agents?)|mefiez|gratuite?)\b/
    // Hindi (three bytes a letter): your son held at the thana, call this number or send the money now, or jail
    $kin_dv = /(आपके|आपका|आपकी|तुम्हारे|तुम्हारा|तुम्हारी) (बेटे|बेटा|बेटी|पति|भाई|बहन|बच्चे|लड़के|लड़का|लड़की|लडके|लडका|पत्नी)/
    $held_dv = /(गिरफ्तार|गिरफ़्तार|हिरासत|पकड|लॉकअप|हवालात|थाने में बंद|थाने में है)/
    $auth_dv = /(पुलिस|थाना|थाने|दरोगा|दारोगा|इंस्पेक्टर|नाके|लॉकअप|हवालात|हिरासत)/
    $lure_dv = /(भेजो|भेजिए|भेजें|भेज दो|फोनपे|फ़ोनपे|गूगल पे|पेटीएम|यूपीआई|जमानत के लिए|छुड़ाने|छुडाने|कॉल करें|कॉल करो|फोन करें|संपर्क करें)/
    $fate_dv = /(वरना|नहीं तो|जेल|कोर्ट|तुरंत|अभी|किसी को मत|एफआईआर)/
    $warn_dv = /(सावधान|ठगी|धोखा|फर्जी|फ़र्ज़ी)/
    // The Balkans (Greek in its script and in Greeklish, Romanian, Bulgarian and Serbian in Cyrillic and in Latin
    // letters, Croatian, Bosnian, Macedonian, Slovenian, Albanian; Latin accents folded, Greek keeps its accents):
    // your son, daughter, grandson or husband (the formal you), or the relative's own "I'm at the police", caused a
    // road accident, hit someone or is held; the police, an investigator or a lawyer; a call, a transfer or a
    // colleague to collect the money; and the bail, the damages, prison, tell no one or today. A relative's own news of
    // a scrape names the insurer, a school's note no police, the police warning the impostors (a Greek or Cyrillic
    // letter is two bytes: no word boundary around them)
    $kin_bk = /(γιος σας|γυιος σας|κ(ό|ο)ρη σας|εγγον(ό|ο)ς σας|εγγον(ή|η) σας|σ(ύ|υ)ζυγ(ό|ο)ς σας|αδ(ε|έ)λφ(ό|ο)ς σας|αδερφ(ό|ο)ς σας|αδελφ(ή|η) σας|αδερφ(ή|η) σας|ανιψι(ό|ο)ς σας|παιδ(ί|ι) σας|синът ви|сина ви|дъщеря ви|внукът ви|внука ви|внучка(та)? ви|съпругът ви|съпруга(та)? ви|братът ви|сестра ви|детето ви|вашият син|вашата дъщеря|ваш син|ваша ћерка|ваша кћи|ваш унук|ваша унука|ваш супруг|ваш муж|ваша супруга|ваша жена|ваш брат|ваша сестра|вашиот син|вашата ќерка|вашиот внук|вашата внука|вашиот сопруг|вашата сопруга|вашиот брат|вашата сестра|у полицији сам|во полиција сум|в полицията съм)|\b((vas|vasa|vasiot|vasata) (sin|cerka|kcer|kci|kcerka|kerka|unuk|unuka|vnuk|vnuka|suprug|supruga|sopruga|sopprug|muz|zena|brat|sestra|hci|moz)|(djali|vajza|nipi|mbesa|bashkeshorti|bashkeshortja|burri|gruaja|vellai|motra) juaj|(sinat|sina|dashterya|dashteria|vnukat|vnuka|vnuchkata|saprugat|sapruga|saprugata|bratat|brata|sestra|deteto) vi|(fiul|fiica|nepotul|nepoata|sotul|sotia|fratele|sora|baiatul|copilul) (dumneavoastra|dvs|dumitale)|(o gios|o gyios|(i|h) kori|o eggonos|o egonos|(i|h) eggoni|o syzygos|o sizigos|(i|h) syzygos|o adelfos|o aderfos|(i|h) adelfi|(i|h) aderfi|to paidi) sas|u policiji sam|na policiji sem|jam ne polici|vo policija sum|sunt la politie)\b/
    $held_bk = /(τροχα(ί|ι)|ατ(ύ|υ)χημα|χτ(ύ|υ)πησε|παρ(έ|ε)συρε|κρατε(ί|ι)ται|κρατητ(ή|η)ρι|συν(έ|ε)λ(ή|η)φθη|συλλ(ή|η)φθηκε|τον κρατ|την κρατ|катастроф|блъсна|задържан|ареста|арестуван|пътнотранспортно|саобраћајн|несрећ|несреќ|незгод|ударио|удрил|удрив|оборио|приведен|притвор|ухапшен|уапсен|задржан)|\b(katastrof\w{1,4}|blasna\w{0,2}|zadarzhan\w{0,2}|arestuvan\w{0,2}|saobracajn\w{1,3}|nesrec\w{1,3}|nesrek\w{1,3}|nezgod\w{1,2}|udes\w{0,2}|udario|udarila|udrio|udril|udriv|oborio|zbil\w{0,2}|pripor\w{0,2}|pritvor\w{0,3}|priveden\w{0,2}|pridrzan\w{0,2}|zadrzan\w{0,2}|zadrzal\w{0,2}|uhapsen\w{0,2}|uhicen\w{0,2}|uapsen\w{0,2}|aretiran\w{0,2}|aksident\w{0,3}|ndaluar|arrestua|qeli|goditi|perplasi|perplasa|accident\w{0,4}|lovit\w{0,2}|retinut\w{0,2}|arestat\w{0,2}|arestul|pieton|troxaio|trochaio|atyxima|atixima|xtypise|xtipise|chtypise|kratite|krateitai|kratitirio|sylifthike|sillifthike|syllifthike|sinelifthi|synelifthi)\b/
    $auth_bk = /(αστυν|ανακριτ|εισαγγελ|δικηγ(ό|ο)ρ|δικογραφ|κρατητ(ή|η)ρι|полиц|следовател|рпу|прокур|адвокат|инспектор|истражн|истражи|тужил|судија|ареста|притвор)|\b(polici\w{0,4}|politi\w{1,4}|policajac|policajc\w{1,2}|policist\w{0,2}|polic|inspektor\w{0,3}|istrazitelj\w{0,3}|istraznik\w{0,3}|islednik\w{0,2}|preiskoval\w{1,6}|sodnik|sudija|sudac|advokat\w{0,3}|odvjetnik\w{0,3}|odvetnik\w{0,3}|hetues\w{0,3}|avokat\w{0,3}|komisariat\w{0,2}|stanic\w{1,2}|postaj\w{1,2}|sledovatel\w{0,4}|anchetator\w{0,3}|procuror\w{0,3}|avocat\w{0,3}|comisar\w{0,3}|sectie|arestul|astyno\w{1,6}|astino\w{1,6}|anakrit\w{1,3}|dikigor\w{1,3}|pritvor\w{0,3}|pripor\w{0,2}|qeli)\b/
    $lure_bk = /(плати|јавете|повик|позив|καλ(έ|ε)στε|επικοινων(ή|η)στε|στε(ί|ι)λτε|καταθ(έ|ε)στε|συνεργ(ά|α)τ|χρ(ή|η)ματα|ευρ(ώ|ω)|обадете|изпратете|преведете|платете|внесете|колега|куриер|парите|позовите|јавите|пошаљите|уплатите|испратете|платите|новац|пари)|\b(obadete|izpratete|prevedete|platete|vnesete|kolega|kurier|parite|povik|poziv|klic|thirrjen|apelul|plateste|plati|paguhet|paguani|paguar|pozovite|nazovite|javite|javete|poklicite|telefononi\w{0,3}|telefonojeni|posaljite|uplatite|platiti|placate|nakazite|isprati|isprate|dergoni|koleg|novac|pare|denar|sunati\w{0,3}|trimiteti|transferati|achitati|depuneti|coleg|curier\w{0,3}|banii|kaleste|epikoinoniste|steilte|stilte|katatheste|xrimata|chrimata)\b/
    $fate_bk = /(εγγ(ύ|υ)ηση|αποζημ(ί|ι)ωση|φυλακ(ή|η)|δ(ί|ι)ωξη|σε καν(έ|ε)ναν|гаранци|обезщетени|затвор|не казвайте|никого|кауциј|кауција|одштет|отштет|не говорите|никоме|никому|не кажувајте|не причајте)|\b(garanci\w{0,3}|obezshtetenie|zatvor\w{0,2}|ne kazvaite|nikogo|kaucij\w{1,2}|kaucija|jamcevin\w{1,2}|varscin\w{1,2}|odstet\w{1,2}|otstet\w{1,2}|odskodnin\w{1,2}|demshperblim\w{0,3}|zapor|burg|(krivicn|kaznen)\w{1,3} postup\w{1,3}|kazensk\w{1,3} postop\w{1,3}|krivicn\w{1,2} postapka|procedim\w{0,2} penal|ne govorite|nikome|nikomu|nikomur|ne povejte|ne pricajte|mos i tregoni|askujt|ne kazuvajte|cautiune\w{0,2}|despagubir\w{1,3}|inchisoare|puscarie|dosar\w{0,3} penal|nu spuneti|nimanui|la nimeni|egguisi|egyisi|engyisi|eggyisi|egiisi|apozimiosi|fylaki|filaki|se kanena)\b/
    // (or haste with the money named: "call him urgently and send the money")
    $now_bk = /(σ(ή|η)μερα|αμ(έ|ε)σως|(ά|α)μεσα|τ(ώ|ω)ρα|αλλι(ώ|ω)ς|днес|веднага|спешно|сега|иначе|данас|денес|одмах|веднаш|хитно|итно|инаку)|\b(dnes|vednaga|speshno|sega|inache|hitno|itno|nujno|urgjent\w{0,3}|odmah|takoj|vednas|menjehere|danas|denes|danes|sot|tani|inace|sicer|inaku|perndryshe|azi|astazi|urgent|acum|altfel|simera|amesa|amesws|twra|tora|alliws|allios)\b/
    $money_bk = /(χρ(ή|η)ματα|ευρ(ώ|ω)|пари|парите|новац|лева|евра|евро)|\b(banii|bani|lei|pare|novac|denar|denarja|para|parate|xrimata|chrimata|euro|eura|evra|evri|leva|km)\b/
    $warn_bk = /(απατε(ώ|ω)ν|επιτ(ή|η)δει|προσοχ(ή|η)|ποτ(έ|ε)|ασφαλιστικ|измамниц|никога|предупреждава|внимание|преварант|никада|упозорава|никогаш|предупредува|осигур|застрахов)|\b(atentie|metoda|infractori\w{0,2}|escroc\w{0,3}|niciodata|nu dati|izmamnici|nikoga|vnimanie|prevarant\w{0,3}|nikada|upozorava\w{0,2}|goljufi|nikoli|opozarja|nikogas|predupreduva|mashtrues\w{0,2}|kurre|paralajmeron|apateon\w{1,3}|apatewn\w{1,3}|prosoxi|pote|osiguranje|zavarovalnica|sigurimi|asigurare\w{0,2}|asigurarea|zastrahovk\w{1,3})\b/
  condition:
    (($kin or $kin_wa) and $held_wa and $auth_wa
      and ($cb_wa or $wallet_wa or ($send_wa and ($bail_wa or money_count > 0)) or (phone_count > 0 and contact_count > 0))
      and $fate_wa and not $warn_wa and sender_kind == "phone")
    or ($kin_fr and $held_fr and $auth_fr and $lure_fr and $fate_fr and not $warn_fr and sender_kind == "phone")
    or ($kin_dv and $held_dv and $auth_dv and ($lure_dv or phone_count > 0) and $fate_dv and not $warn_dv and sender_kind == "phone")
    or ($kin_bk and $held_bk and $auth_bk and ($lure_bk or phone_count > 0)
      and ($fate_bk or ($now_bk and ($money_bk or money_count > 0))) and not $warn_bk and sender_kind == "phone")
    or (($held and $kin and $pay) or ($kin and ($held or $trouble) and $silence and $pay and ($now or money_count > 0))
      or ($held and $kin and $case and ($save or $arrange) and ($arrange or money_count > 0) and ($secret or $now))
      or ($kin and $with_hi and $fir_hi and $pay and $hush_hi)
      or ($kin_bn and $held_bn and $case_bn and $pay_bn and ($hush_bn or money_count > 0)))
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule extort_police_porn_fine : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A 'cyber cell', CBI or cyber crime police notice: your number or IP was found in a child pornography or obscene video case, pay the fine or the police come to your home or arrest you today (English, Hinglish, Hindi)"
  strings:
    // the crime: child pornography, obscene or adult videos, the IT Act's section 67A/67B, POCSO
    $crime = /\bchild (porn\w{0,8}|sex(ual)? abuse|abuse (material|videos?|content))\b|\b(csam|pocso|ashleelta|ashlilta)\b|\bporn(o|ography|ographic)?\b|\b(obscene|adult|vulgar|indecent|sexual|nude|xxx|ashleel|ashlil|gandi|gande|ganda|nangi|nange) (videos?|vdos?|sites?|websites?|content|material|clips?|photos?|pics?|images?|films?|movies?)\b|\bsection 67 ?(a|b)\b|\b67 ?(a|b) (of )?(the )?it act\b/
    // the reader's number, IP or device caught (English, romanised Hindi)
    $you = /\b(your|ur) (mobile |phone |cell |whatsapp |sim )?(number|no|ip|ip address|device|phone|mobile|computer|laptop|pc|sim|whatsapp|browser|system|internet|wifi|aadhaa?r)\b|\byou (have been|were|are|had been|got) (found|caught|detected|identified|tracked|traced|seen|accused|booked|reported)\b|\byou (watched|viewed|downloaded|searched|shared|uploaded|forwarded|browsed|circulated)\b|\b(aapke|apke|aap ke|ap ke|aapka|apka|aapki|apki|tumhare|tumhara|tumhari|tere|tera|teri) (mobile |phone |whatsapp )?(number|no|ip|phone|mobile|device|sim|laptop|computer|whatsapp|system|internet)\b|\b(aapne|aap ne|tumne|tum ne)\b/
    $auth = /\b(cyber ?(cell|crime|police|department|thana|wing)|cbi|police|crime branch|i4c|ncrb|interpol|nodal officer|dcp|acp|ips officer)\b/
    // the fine to pay, or the police at the door, the arrest
    $fine = /\b(fine|fines|penalty|jurmana|jurmaana|jurmane|challan|settlement amount)\b|\b(pay|deposit|transfer|send|bhejo|jama)\b.{0,30}\b(rs\.?|inr|rupees|rupaye|amount|money|upi|paytm|phonepe|gpay)\b/
    $come = /\b(police|team|officers?|cops)\b.{0,40}\b(come|coming|reach|reaching|visit|visiting|arrive|arriving|raid|on (the|their|its) way)\b.{0,20}\b(your|ur) (home|house|place|residence|address|doorstep|door|office)\b|\b(police|team) (aapke|apke|tumhare|tere) ghar\b|\b(arrest|arrested|arrest warrant|warrant|giraftar|giraftari|girftar|jail|lock-?up)\b/
    // Hindi: the crime, your number or phone, the police, the fine or the arrest (a Devanagari letter is three bytes)
    $hi_crime = /(चाइल्ड पोर्न|पोर्नोग्राफी|पोर्नोग्राफ़ी|पोर्न|अश्लील|बाल यौन|गंदी वीडियो|गंदे वीडियो|गंदी फिल्म)/
    $hi_you = /(आपके|आपका|आपकी|तुम्हारे|तुम्हारा|तुम्हारी) ?(मोबाइल|मोबाईल|फोन|फ़ोन|नंबर|नम्बर|आईपी|डिवाइस|सिम|व्हाट्सएप|कंप्यूटर|लैपटॉप|ip)|आपने|तुमने/
    $hi_auth = /(पुलिस|साइबर|सीबीआई|क्राइम ब्रांच|अपराध शाखा)/
    $hi_threat = /(जुर्माना|जुरमाना|जुर्माने|दंड|भुगतान|पेमेंट|गिरफ्तार|गिरफ़्तार|वारंट|जेल|घर (पर |पे )?(आ|पहुं|पहुँ))/
    // a police awareness message: the scam named, never pay; or a friend's joke
    $warn = /\b(scam|scams|scammer|scammers|fraudsters|fraud calls?|fake (calls?|notices?|messages?|police|officers?|cyber cell|cbi)|impersonat\w{0,5}|claiming to be|claim to be|posing as|pose as|pretend\w{0,4} to be|beware|be alert|be careful|never pay|never (share|transfer|send)|(do not|don'?t|dont) pay (any|anyone|anybody|money)|hang up|savdhan|saavdhan|sabdhan|thagi|farzi|jhanse|lol|haha|lmao)\b|\b(jurmana|jurmaana|fine|paise|paisa|payment) (kabhi )?mat (dena|do|dijiye|bharna|bharo|bhariye|bhejna|bhejo|karna)\b|(सावधान|ठगी|धोखा|फर्जी|फ़र्ज़ी|जालसाज|झांसे|(जुर्माना|पैसे|भुगतान) (मत|न) (दें|देना|भरें|भेजें))/
  condition:
    (($crime and $you and $auth and ($fine or $come or money_count > 0))
      or ($hi_crime and $hi_you and $hi_auth and ($hi_threat or $fine or money_count > 0)))
    and not $warn and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule extort_exposure_contact_intl : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "The exposure threat that asks for contact: 'I have your photos, your chats, I know what you did; they go to your family, your partner, your contacts or online unless you write to me on WhatsApp or Telegram today' (simplified and traditional Chinese, written Cantonese, Polish, Spanish, Portuguese; accents folded); and sextortion's payment: a video chat, a webcam or a porn site recorded, nude pictures, pay by transfer, bitcoin or gift cards (or write to me) before a deadline, or it goes to your contacts, family, office or online (Chinese and written Cantonese, Japanese, Korean, Greek and Greeklish, Serbian and Croatian in both scripts, Macedonian in Latin letters, Romanian)"
  strings:
    // Chinese: the material, the threat to send or publish it (or tell the family), and the contact asked
    // (a Chinese letter is three bytes: the gaps are counted in bytes)
    $zh_m = /(裸聊|咸片|鹹片|條片|条片|录屏|錄屏|錄咗屏|色情|不雅|画面|畫面|照片|相片|裸照|艳照|艷照|视频|視頻|影片|片段|录像|錄像|聊天记录|聊天記錄|截图|截圖|私密|丑事|醜事|把柄|你做过的事|你做過的事|你做的事)/
    $zh_t = /(发给|發給|发送给|發送給|寄给|寄給|传给|傳給|传到|傳到|发到|發到|放上|上传|上傳|散播|散布|曝光|公开|公開|告诉|告訴|话俾|話俾|讲俾|講俾|俾).{0,18}(家人|老婆|老公|太太|先生|父母|爸妈|爸媽|同事|老板|老闆|公司|屋企人|亲戚|親戚|亲友|親友|联系人|聯絡人|聯繫人|联络人|所有人|通讯录|通訊錄|朋友圈|网上|網上|全世界|大家)|(曝光|公开|公開)(你|妳)|(群发|群發)|(放上|传到|傳到|发到|發到|上载|上載)(网|網)/
    $zh_ask = /(加我|联系我|聯繫我|聯絡我|搵我|私聊|回复我|回覆我|覆我|微信|wechat|whatsapp|telegram|qq)/
    $zh_if = /(否则|否則|不然|唔係|如果不|如果唔|若不|今天之内|今天内|今日内|今日內|今晚|小时内|小時內|個鐘內|个钟内|限你|马上|馬上|立即)/
    $zh_joke = /(哈哈|笑死|开玩笑|開玩笑|讲笑|講笑|玩笑)/
    // ... or the sextortion's payment, with the recording named (a video chat, a webcam, nude pictures, a porn
    // site): "pay 20,000 within 24 hours or it goes to all your contacts"; an anti-fraud notice quotes the threat and
    // says call the police
    $zh_pay = /(转账|轉賬|轉帳|过数|過數|打款|汇款|匯款|支付|付款|比特币|比特幣|usdt|(转|轉|打|过|過|俾)[0-9]|[0-9](万|萬|元|蚊|块|塊))/
    $zh_sx = /(裸聊|裸照|不雅|私密|录屏|錄屏|錄咗屏|色情|黄色|黃色|成人网|成人網|咸片|鹹片|摄像头|攝像頭|镜头|鏡頭|视像|視像|录下|錄低|入侵|艳照|艷照)/
    $zh_warn = /(警惕|提醒|提提你|立即报警|立即報警|即刻報警|请报警|請報警|请勿|請勿|切勿|敲诈|敲詐|勒索)/
    // Japanese and Korean (three bytes a letter): the recording, the threat to send it to the contacts, the family, the
    // office or online, the payment or the contact asked, and the deadline or the "or else"
    $ja_m = /(録画|撮影|盗撮|裸|ヌード|わいせつ|猥褻|性的|恥ずかしい(動画|写真|画像)|アダルト|不倫の(写真|動画)|ハッキング|ウェブカメラ|webカメラ)/
    $ja_t = /(連絡先|家族|会社|職場|友人|知人|奥さん|旦那|sns|ネット)(全員)?(と|に|へ|で)?.{0,30}(送|ばらま|拡散|公開|見せ|晒)/
    $ja_p = /(ビットコイン|btc|送金|振り?込|支払|払え|払わ|ギフトカード|万円|円分|用意|lineで連絡|連絡して)/
    $ja_if = /(時間以内|本日中|今日中|明日まで|期限|さもないと|なければ|ないと|場合は)/
    $ko_m = /(녹화|촬영|몸캠|나체|알몸|야동|은밀한|웹캠|해킹|성인 ?사이트|영상통화)/
    $ko_t = /(연락처|가족|회사|지인|친구|sns|인터넷|단톡).{0,30}(보내|보낸|보냅|뿌리|뿌린|유포|공개|퍼뜨)|(유포한|유포합|유포하겠|공개하겠|뿌린다)/
    $ko_p = /(비트코인|btc|송금|입금|돈|만원|상품권|핀번호|연락하|카카오톡|카톡|텔레그램)/
    $ko_if = /(시간 ?안에|시간 ?내|시간 ?이내|오늘 ?안에|오늘까지|오늘 ?중|내일까지|기한|않으면|안 그러면|전에)/
    // Greek (two bytes a letter) and Greeklish
    $el_m = /(κατ(έ|ε)γραψα|καταγρ(ά|α)ψει|γυμν|βιντεοκλ(ή|η)σ|κ(ά|α)μερα|πορνογραφ|χ(ά|α)καρα|προσωπικ(έ|ε)ς σου (φωτογραφ|β(ί|ι)ντεο))|\b(katagrapsa|katagrapsame|gymn\w{1,3}|gimn\w{1,3}|kamera|porno|xakara|hakara)\b/
    $el_t = /(στε(ί|ι)λω|στ(έ|ε)λνω|στε(ί|ι)λουμε|ανεβ(ά|α)σ|δημοσιε(ύ|υ)|θα π(ά|α)ει|θα το δει)[^.]{0,80}(επαφ(έ|ε)ς|οικογ(έ|ε)νει|φ(ί|ι)λους|γυνα(ί|ι)κα|σ(ύ|υ)ζυγο|αφεντικ|συναδ(έ|ε)λφ|facebook|instagram|(ί|ι)ντερνετ)|\b(steilw|steilo|stelnw|stelno|anevasw|anevaso|dimosieuw|tha paei|tha to dei|tha tis dei)\b.{0,60}\b(epafes|oikogeneia|ikogenia|filous|gynaika|syzygo|instagram|facebook|internet)\b/
    $el_p = /(κρυπτο|ευρ(ώ|ω)|πλ(ή|η)ρωσ|στε(ί|ι)λε|μ(ή|η)νυμα)|\b(bitcoin|btc|euro|whatsapp|plirwse|plirose|steile|steileis)\b/
    $el_if = /(μ(έ|ε)σα σε|σε [0-9]{1,2} (ώ|ω)ρες|μ(έ|ε)χρι|σ(ή|η)μερα|αλλι(ώ|ω)ς|αν δεν)|\b(mesa se|se [0-9]{1,2} ores|mexri|simera|alliws|allios|an den)\b/
    // Serbian and Croatian (both scripts), Macedonian in Latin letters, Romanian (accents folded; a Cyrillic letter is
    // two bytes): "I recorded you on the webcam", "I have your nude pictures", sent to your family or posted ...
    $sh_m = /(снимио сам те|снимили смо те|снимак са камере|снимак твог видео|гол\S{1,3} (слик|фотограф|видео|снимак)|интимн|порно)|\b(snimio sam te|snimila sam te|snimili smo te|te snimiv|te snimivme|snim\w{1,5} (tvog|tvojot|od tvojot) (video ?poziva|video povik)|snimak sa kamere|snimka od kamerata|gol\w{1,3} (slik\w{1,2}|fotografij\w{1,2}|fotografii|video|snim\w{1,4})|intim\w{1,4}|porno\w{0,3}|skidao|skidala|soblekuvase|hakovao|hakirao|hakirav|te-am (inregistrat|filmat)|inregistrarea (apelului|camerei)|de pe camera|camera web|nud\w{0,2}|intime|dezbracat\w{0,2}|dezbracai)\b/
    $sh_t = /(пошаљ|послаћу|шаљем|објав|видети|видеће|добити)[^.]{0,80}(контакт|породиц|пријатељ|жен|шеф|колег|фејсбук|интернет)|\b(posla\w{1,4}|saljem|prakam|pratam|pratime|objav\w{1,6}|dobiti|dobijat|videti|vidjeti|vidi|trimit|trimitem|public\w{0,4}|postez|postam|ajunge|vede)\b.{0,60}\b(kontakt\w{0,3}|porodic\w{1,2}|obitelj\w{0,2}|semejstvo\w{0,2}|prijatelj\w{0,3}|prijateli|zen\w{1,2}|sef\w{0,2}|kolege|kolegama|kolegite|fejsbuk\w{0,2}|contact\w{0,4}|famili\w{0,2}|prieten\w{0,4}|sotiei|sotului|sefului|colegilor|facebook\w{0,2}|instagram\w{0,2}|internet\w{0,2})\b/
    $sh_p = /(биткоин|крипто|уплат|плати|пошаљи|евра)|\b(bitcoin\w{0,3}|bitkoin\w{0,3}|btc|kripto\w{0,6}|crypto|uplat\w{1,4}|plati\w{0,3}|platis|platest\w{1,2}|posalji|isprati|evra|eura|evri|euro|lei|revolut|trimite|javis|whats ?app|scrii)\b/
    $sh_if = /(у року|за [0-9]{1,2} сата|до вечерас|до сутра|данас|или ће|иначе|ако не)|\b(u roku od|vo rok od|za [0-9]{1,2} (sati|casa)|do veceras|do vecer|do sutra|do utre|danas|denes|ili (ce|cemo|ke|saljem|prakam|ja|go|gi)|inace|inaku|ako ne|ako mi|in [0-9]{1,2} (de )?ore|pana (diseara|maine)|azi|altfel|daca nu|sau (il|o|le|trimit|public\w{0,3}))\b/
    // the police warning about it, in those languages
    $sx_warn = /(警察庁|注意|相談|신고|주의|피싱|καταγγε|μην πληρ(ώ|ω)νετε|полиција упозорава)|\b(avertizeaza|upozorava|predupreduva|prijavite|sesizati|santaj\w{0,6}|ucenjivac\w{0,4}|ucjenjivac\w{0,4}|ucenuvac\w{0,4})\b/
    // Polish
    $pl_m = /\b(zdjeci\w{1,3}|fotk\w{1,3}|nagrani\w{1,3}|film\w{0,3}|wideo|rozmow\w{1,3}|wiadomosci|screen\w{0,3}|zrzut\w{0,3} ekranu|tajemnic\w{1,3}|co zrobil(es|as))\b/
    $pl_t = /\b(wysle|wyslemy|rozesle|roslemy|rozeslemy|opublikuj\w{1,3}|upublicznie|upublicznimy|pokaze|pokazemy|udostepnie|wrzuce|wrzucimy|powiem|powiemy|dowie sie|dowiedza sie)\b.{0,60}\b(rodzin\w{1,3}|zon\w{0,2}|mez\w{1,3}|dziewczyn\w{1,3}|chlopak\w{0,3}|rodzic\w{1,3}|znajom\w{1,3}|kontakt\w{1,4}|pracodawc\w{1,3}|szef\w{0,3}|facebook\w{0,3}|internec\w{0,2}|sieci|wszyscy|wszystkim)\b/
    $pl_ask = /\b(napisz|odpisz|skontaktuj sie|odezwij sie|zadzwon|dodaj mnie)\b.{0,40}\b(whatsapp\w{0,3}|telegram\w{0,3}|signal\w{0,3}|dzis|dzisiaj|natychmiast|teraz)\b|\bna (whatsapp\w{0,3}|telegram\w{0,3}|signal\w{0,3})\b/
    // Spanish
    $es_m = /\b(tus fotos|tus videos|tu video|fotos intimas|videos intimos|lo que hiciste|tu secreto|tus conversaciones|tus chats|capturas|tus mensajes)\b/
    $es_t = /\b(enviare|mandare|publicare|subire|mostrare|contare|le dire|les dire|se enteren|se va a enterar|se van a enterar|voy a (enviar|mandar|publicar|subir|mostrar|contar|decir|ensenar)\w{0,4}|se (lo|la|los|las) (enviare|mandare|mostrare|contare|dire))\b.{0,60}\b(tu (familia|esposa|esposo|mujer|marido|pareja|novia|novio|jefe|mama|papa|trabajo)|tus (contactos|amigos|familiares|hijos|padres|companeros)|redes sociales|facebook|todo el mundo|todos)\b/
    $es_ask = /\b(escribeme|contactame|comunicate conmigo|hablame|llamame|agregame|contestame|respondeme)\b|\bpor (whatsapp|telegram)\b/
    // Portuguese
    $pt_m = /\b(suas fotos|seus videos|seu video|fotos intimas|videos intimos|o que voce fez|seu segredo|suas conversas|prints|suas mensagens)\b/
    $pt_t = /\b(vou (enviar|mandar|publicar|postar|divulgar|mostrar|contar|expor|espalhar)|enviarei|divulgarei|publicarei|mostrarei|contarei)\b.{0,60}\b(sua (familia|esposa|mulher|namorada|mae|chefe)|seu (marido|namorado|pai|chefe|trabalho)|seus (contatos|amigos|familiares|filhos|pais|colegas)|redes sociais|facebook|instagram|todo mundo|todos)\b/
    $pt_ask = /\b(me chama|chama no|me manda mensagem|fala comigo|me responde|me procura)\b|\bno (whatsapp|zap|telegram)\b/
    // the "or else" or the deadline (a friend passing photos on has none)
    $pl_if = /\b(jesli nie|jezeli nie|bo inaczej|inaczej|w przeciwnym razie|do konca dnia|do jutra|do wieczora|do polnocy|masz czas do|masz [0-9]{1,2} godzin\w{0,2})\b/
    $es_if = /\b(si no|o si no|de lo contrario|antes de (las|que|manana|esta noche)|tienes hasta|hoy mismo|en [0-9]{1,2} horas)\b/
    $pt_if = /\b(se (voce )?nao|senao|caso contrario|ou (vou|eu|mando|todo)|ate (hoje|as|amanha)|ainda hoje|hoje mesmo|em [0-9]{1,2} horas|voce tem ate)\b/
    // a friend's joke, or a warning passed on
    $joke = /\b(haha\w{0,4}|jaja\w{0,4}|kkk\w{0,4}|rsrs\w{0,4}|xd|lol|zart\w{0,3}|broma|brincadeira|estafa\w{0,2}|golpe\w{0,2}|oszust\w{0,4}|scam)\b/
  condition:
    (($zh_m and $zh_t and ($zh_ask or ($zh_pay and $zh_sx)) and $zh_if and not $zh_joke and not $zh_warn)
      or (($ja_m and $ja_t and $ja_p and $ja_if) or ($ko_m and $ko_t and $ko_p and $ko_if)
        or ($el_m and $el_t and $el_p and $el_if) or ($sh_m and $sh_t and $sh_p and $sh_if)) and not $sx_warn
      or ($pl_m and $pl_t and $pl_ask and $pl_if)
      or ($es_m and $es_t and $es_ask and $es_if)
      or ($pt_m and $pt_t and $pt_ask and $pt_if))
    and not $joke and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule extort_kin_held_latam : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A 'police captain', prosecutor, 'delegado' or his clerk writes to a parent: your son or daughter ran someone over, crashed or was caught and is detained; pay the damages, the bail or a fee by Yape, Plin, Nequi, OXXO, a transfer or Pix so he is not charged or jailed, don't hang up, tell no one; or the virtual kidnapping: 'we have your son', a ransom by Yape, OXXO, a transfer or Pix within the hour, no police (Spanish of Peru, Mexico, Argentina, Chile and Colombia; Brazilian Portuguese; accents folded)"
  strings:
    // the relative, in the formal or plain you
    $kin = /\b(su|tu|seu|sua) (hij[oa]|hijit[oa]|espos[oa]|marido|niet[oa]|filh[oa]|filhinh[oa]|net[oa])\b/
    // the police story: detained, held at the station or the prosecutor's, or what he did to a victim ...
    $held = /\b(detenid[oa]|retenid[oa]|demorad[oa]|arrestad[oa]|aprehendid[oa]|pres[oa]|detid[oa]|apreendid[oa]|(lo|la) (detuvo|detuvieron|arrestaron|agarraron|levanto|levantaron)|en (la )?(comisaria|carcel|fiscalia|estacion de policia|delegacion)|en el (mp|ministerio publico|penal|juzgado)|na (delegacia|viatura|cadeia)|(atropello|lesiono|lastimo|arrollo|hirio|mato) a|(atropelou|feriu|machucou|matou) (um|uma|a|o)|pego com|pega com)\b/
    // ... or the kidnapping: "tenemos a tu hijo", "secuestrado", "estamos com seu filho"
    $took = /\b(tenemos (secuestrad[oa] )?a (su|tu)|secuestrad[oa]|secuestramos|raptad[oa]|raptamos|levantamos a (su|tu)|sequestrad[oa]|sequestramos|estamos com (seu|sua)|(ta|esta) com a gente)\b/
    // the payment: a wallet, OXXO, a transfer, a deposit or Pix
    $pay = /\b(yape\w{0,4}|plin|oxxo|nequi|daviplata|transferencia|transfier\w{1,3}|transferir|transfer[ai]\w{0,2}|deposit[ae]\w{0,2}|depositar|consign[ae]\w{0,2}|consignar|clabe|mercado ?pago|pix)\b/
    // what it buys: the bail, the damages, no charge, no record, his release, or his life
    $why = /\b(fianza|fianca|reparacion civil|(los|pagar los|pague los|cubrir los) danos|os danos|para que no|para evitar|para nao|pra nao|se arregla|antecedentes|rescate|resgate|libere\w{0,2}|liberar\w{0,2}|liberacao|soltar\w{0,2}|lo suelten|la suelten|responder em liberdade|indenizacao|ocorrencia|inquerito|con vida|ele vivo|ela viva|de volta|volver a ver\w{0,2})\b/
    // the pressure: don't hang up, tell no one, don't call him, no police, or at once
    $hush = /\bno (le |lo |la )?(cuelgue|cuelgues|corte|cortes|diga|digas|cuente|cuentes|comente|comentes|avise|avises|marque|marques|llame|llames)\b|\bni (le |lo |la )?(marques|marque|llames|llame|avises|avise)\b|\bmantenga (reserva|silencio|la calma)\b|\bnao (desligue|conte|comente|ligue|liga|chame|chama|avise)\b|\b(nada de|sem) policia\b|\b(ahorita|ahora mismo|ya mismo|hoy mismo|de inmediato|agora|ainda hoje|imediatamente)\b|\b(en|em) [0-9]{1,2} (minutos|hora|horas)\b/
    // the family's own voice: a spouse asking for it ("mi amor", "me manda um Pix", "depositame")
    $own = /\b(mi amor|amor|gordo|gorda|me (manda|mande|passa|faz|faca|transfere|empresta|yapeas|depositas|mandas|pasas)|mandame|pasame|yapeame|depositame|transfiereme)\b/
    // a warning passed on, the news, a joke
    $warn = /\b(estafa\w{0,2}|estafador\w{0,2}|fraude\w{0,2}|cuidado|alerta|golpe\w{0,2}|golpista\w{0,2}|falso|falsa|falsos|extorsion\w{0,3}|noticias?|noticiero|jornal|viste|jaja\w{0,4}|jeje\w{0,4}|kkk\w{0,4}|rsrs\w{0,4})\b/
  condition:
    $kin and (($held and $why) or $took) and $pay and $hush and not $warn and not $own
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule extort_sextortion_intl : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Sextortion in Indonesian, Malay, Darija (Arabic script and Latin letters), Gulf Arabic and Russian (Cyrillic and romanised): a recorded video call or nude pictures or video, sent to your family, spouse, colleagues or posted online (or deleted from the group) unless you pay or transfer"
  strings:
    // the material: nude or intimate (an Arabic letter is two bytes, a Cyrillic letter two)
    $m = /\b(bugil|telanjang|syur|mesum|vcs|bogel|lucah|kamera web|webcam|3aryan|3aryana|3eryan|intim\w{0,4}|golye|golaya)\b|(عاري|عارية|عريان|عريانة|فاضح|فاضحة|إباحي|اباحي|интим|голые|голых|голая|голый|обнаж|раздева|эротич|порно|веб-камер|вебкамер)/
    // or a video call ...
    $vc = /\b(video call|video panggilan|panggilan video|appel video|vidcall|videozvon\w{0,3})\b|(مكالمة الفيديو|مكالمة فيديو|الفيديو كول|فيديو كول|видеозвон)/
    // ... recorded or held ("i recorded", "i have")
    $rec = /\b(rekam|merekam|direkam|rekaman|rakam|dirakam|rakaman|sajelt|tsajlat|tsajlet|3ndi|zapisal)\b|(سجلت|تسجيل|تسجلت|سجلته|عندي|записал|запись|записан|у меня)/
    // the threat: spread, posted, sent to the family, the spouse, colleagues, or deleted for money
    $t = /\b(sebar\w{0,4}|disebar\w{0,4}|tersebar|viral\w{0,3}|tular\w{0,3}|upload|diupload|posting|diposting|dikirim ke|dihantar kepada|disebarkan|hantar (kepada|kat|ke) (semua|keluarga|isteri|suami|majikan|kawan|kenalan|mereka)|kirim ke (keluarga|istri|suami|atasan|semua|teman|kontak)|post\w{0,3} (dalam|dekat|kat|di) (group|grup)|padam|dihapus|nsift\w{0,4}|nlo7|nlou7|nnchr\w{0,4}|nnechr\w{0,4}|ytla3|npubli\w{0,3}|nmse7\w{0,4}|rasshl\w{0,3}|otpravlyu|opublikuyu|uvidyat|rodnye|rodnym|kollegi|kollegam)\b|(برسل|بنشر|بيوصل|غادي ينشر|غادي يوصل|نصيفط|نشرتهم|نشرته|منشور|لأهلك|لاهلك|لعائلتك|للعائلة|لزوجتك|لمراتك|زملائك|أصدقائك|اصدقائك|صحابك|ربعك|تنحذف|أحذف|احذف|نمسح|разошл|разослать|отправлю|опубликую|выложу|выложен|увидят|уйдёт|уйдет|родным|родственник|жене|мужу|коллег|на работу|подписчик)/
    // the demand: pay, transfer, a wallet, an amount
    $p = /\b(transfer|bayar|tebus|kirim uang|rekening|ovo|gopay|usdt|bitcoin|[0-9] ?(juta|jt|dh|dhs)|bank in|duitnow|sift\w{0,4}|khl{1,2}es|khlles|lflous|flous|cashplus|wafacash|perevedi|zaplati|rubl\w{0,3})\b|(صيفط|خلص|حول|حولت|ادفع|دفعت|تدفع|درهم|ريال|دينار|المبلغ|الحساب|كاش بلس|переведи|перевед|плати|заплат|деньги|на карту|биткоин|рубл|тысяч|долларов)/
    // a warning about the scam: a bank, the police, "don't pay"
    $w = /\b(hati-hati|modus|pemerasan|penipuan|awas|jangan (bayar|transfer|layan)|laporkan|beware|scam\w{0,3}|sextortion)\b|(تحذير|ابتزاز|الابتزاز|بلغوا|لا تحول|لا تؤدوا|мошенни|вымогател|не переводите|в полицию)/
  condition:
    ($m or ($vc and $rec)) and $t and ($p or money_count > 0) and not $w
    and sender_kind != "alpha" and sender_kind != "shortcode"
}
