// "Sent by mistake" reversals: a stranger says money or airtime went to your number, account or
// wallet by mistake (often after a fake mobile-money receipt) and begs you to send it back, or
// asks for your UPI PIN "to receive" a payment. Operators and banks write from sender ids and
// short codes, and their reversal receipts ask nobody to send anything back, so every rule
// needs a personal or unknown sender, the mistake story and the request to return it.

private rule reversal_personal_sender
{
  condition:
    sender_kind != "alpha" and sender_kind != "shortcode"
}

rule reversal_sent_by_mistake : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A stranger claims to have sent money or airtime to you by mistake and asks you to send it back or reverse it (English, Nigerian Pidgin with Opay, Palmpay, Moniepoint and POS agents, Ghanaian English and Pidgin with MoMo or cedis, Swahili, Arabic, West African French with Orange Money, Wave and Moov, Moroccan Darija, Hinglish and Indian English with PhonePe, GPay or Paytm, Urdu, Bengali and romanised Bangla with bKash or Nagad, Tagalog, Indonesian, Tamil, Twi, romanised Nepali with eSewa or Khalti, Brazilian Portuguese with Pix or a top-up, Latin American Spanish with Yape, Plin, Nequi, Daviplata or Mercado Pago, Turkish with Papara, an IBAN or a line topped up, Egyptian and Algerian Arabic in Latin letters or in script with Vodafone Cash, InstaPay, flexy or rased; Chilean and Argentine Spanish with a 'cuenta RUT' or a transfer that 'went' by mistake and 'hacer la devolucion', Moroccan Darija 'bla ma nqsed', Egyptian 'ba3to tany', Vietnamese 'chuyen nham ... chuyen lai giup vao STK', Russian, Ukrainian, Polish, Romanian and Taiwanese Chinese), or a 'bKash office' reports a wrong transaction on your account and gives a number to call (Bengali); Kinyarwanda and Amharic with MoMo, francs, birr or telebirr; Luganda with MoMo or Airtel Money ('mu nsobi', 'mu butanwa', 'zikomyewo'); romanised and written Sinhala with eZ Cash, mCash or a reload ('waradila', 'aapahu ewanna'); Swahili 'nikidhani ni ya mama', 'badala ya kaka yangu'; the English 'by mistake' inside Bangla, Sinhala or Amharic; the mistake said many ways and the return asked politely or plainly, and the wallet 'staff' who asks for a USSD code and the PIN"
  strings:
    // the mistake story
    $m1 = /\b(mistakenly|accidentally|wrongly|erroneously|mistakingly|unknowingly) (sen[dt]|transfer(red)?|deposit(ed)?|credit(ed)?|paid|pay|recharge[d]?|load(ed)?|top(ped)? up)\b/
    $m2 = /\b(sent|send|transferred|deposited|credited|paid|recharged|loaded)\b.{0,60}\b(by mistake|in error|by accident|mistakenly|to (the |a )?wrong (number|account|line|wallet))\b|\bby mistake,? (i|we) (don |take )?(sent|send|transferred|transfer|paid|recharged|loaded)\b/
    $m3 = /\b(wrong|mistaken|wrongful) (cash-?in|transfer|deposit|credit|payment)\b|\bkwa (makosa|bahati mbaya|kukosea)\b|\bkimakosa\b|\b(nikidhani|nilidhani) ni (ya|wa)\b|\bsi wewe (nilikuwa|niliyekuwa|nilitaka)\b|\bnimekosea (kutuma|namba|kukutumia)\b|\bbadala ya (kaka|dada|mama|baba|mke|mume|mtoto|rafiki|ndugu)\b|(بالخطأ|بالخطا|بالغلط|عن طريق الخطأ|عن طريق الخطا|ভুল করে|ভুলবশত|ভুলে|ভুল (লেনদেন|ট্রানজেকশন|নাম্বারে|নম্বরে)|தவறுதலாக|தவறாக|பிழையாக)|(حولت|حولتلك|بعت|بعتلك|بعتت|ارسلت|أرسلت|شحنت|شحنتلك|دزيت).{0,60}غلط/
    // French: "j'ai envoye par erreur ... sur votre numero Orange Money", "je me suis trompe de numero"
    // (and "je viens d'envoyer ... par erreur", "la somme envoyee", "fait un transfert de 15 000 F sur ton Orange Money, c'est par erreur")
    $m6 = /\b(envoye|envoyes|envoyee|envoyees|envoyer|transfere|transferee|depose|recharge|credite|fait un (transfert|depot|envoi))\b.{0,80}\bpar erreur\b|\bpar erreur\b.{0,40}\b(envoye|transfere|depose|recharge|credite|sur (votre|ton) (numero|compte))\b|\b(je me suis trompe|je me suis trompee|erreur) de (numero|transfert|transaction)\b/
    // Moroccan Darija in Latin letters: "sift lik recharge b lghalat" (I sent you ... by mistake)
    $m5 = /\b(sift|sifet|sifat|siftt|7welt|7wlt|hawlt|hawalt|3mert|3amert|chrjt|charjit|dert|drt)\b.{0,50}\bl?(ghlat|ghalat|ghalta|ghlta|ghlet|ghelta)\b|\bl?(ghlat|ghalat|ghalta|ghlta|ghlet) (sift|sifet|7welt|hawalt|3mert|charjit)\b/
    // Twi: "mede sika kɔɔ wo MoMo mu mfomsoɔ mu" (the open o written as o or ɔ)
    $m7 = /\bmfom ?so/
    // Pidgin and West African English: "I make mistake send 10k to your Opay", "I made a mistake and sent",
    // "the money I sent to your MoMo was meant for my mother"
    $m8 = /\b(i|we|he|she|my (son|daughter|wife|husband|boy|girl|pikin|child|kid|brother|sister|boss|oga|madam|cousin)) (don |go |take )?(make|made|do|did) (a |one )?mistake( and| to)? (sen[dt]|transfer(red)?|pay|paid|credit(ed)?|recharge[d]?|load(ed)?)\b|\b(sent|send|transferred|transfer|paid|deposited)\b.{0,60}\b(was|is|na) (meant|supposed to go|supposed to be) for\b/
    // French: "par megarde", "par inadvertance", "je me suis trompe en tapant le numero", "au mauvais numero"
    $m9 = /\b(envoye|envoyes|transfere|depose|recharge|credite|transfert|depot|envoi)\b.{0,60}\bpar (megarde|inadvertance|maladresse)\b|\bpar (megarde|inadvertance)\b.{0,40}\b(envoye|transfere|depose|recharge|credite|sur (votre|ton) (numero|compte))\b|\b(je me suis|j'ai) trompee? (en (tapant|saisissant|composant)|de destinataire|sur le numero)\b|\b(envoye|transfere|depose|partis?|tombes?)\b.{0,30}\b(au|sur un|sur le|vers un) (mauvais|faux) numero\b/
    $m4 = /\b(galti|galati|galthi|ghalti) se\b|\bna (mistake|by mistake)\b|\b(vul|bhul) kore\b|\b(vul|bhul) (number|nambar|nombor)e?\b|\b(vule|bhule) (chole|pathiye|pathai|send|apnake|apnar|tomake|tomar)\b|\bnimekosea\b|\bkwa mistake\b|\b(nagkamali|napadala|na-?send|nasend|naipadala) ko\b|\bnagkamali (po )?ako( po)? (ng|sa) ((send|pagsend|pag-send|padala|pagpadala|transfer) (ng )?load|load|pag-load)\b|\bsalah (transfer|kirim|tf)\b|\b(yapearon|plinearon|transfirieron|deposite|transferi|envie)\b.{0,60}\bpor (error|equivocacion)\b/
    // romanised Nepali: "tapai ko number ma Rs 500 galti le pathaye", "bhul le recharge gare"
    $m10 = /\b(galti ?le|galati ?le|ghalti ?le|bhul ?le|bhool ?le|vul ?le|galti (bhayera|vayera|bata)|bhul (bhayera|vayera))\b/
    // West African English: "I sent you 300 cedis instead of my brother", "it was supposed to go to my sister",
    // Pidgin "I mistake send 5k to your number", "I typed the wrong number"
    $m11 = /\b(sent|send|transferred|transfer|paid|deposited|recharged|credited|loaded)\b.{0,60}\b(instead of (to |sending (it )?to )?((my|our|mine|the other)\b|0[0-9])|(was|is|na) (supposed|suppose|intended) (to go |to be )?(to|for) (my|our)\b)|\b(i|we) (don |take )?mistake(nly)? (sen[dt]|transfer(red)?|pay|paid|credit(ed)?|recharge[d]?)\b|\b(typed|entered|punched|dialled|dialed|inputted|keyed) (in )?(the |a )?(wrong|incorrect) (number|digits?|account number|momo number)\b/
    // Nigerian English and Pidgin: the misspelt transfer ("I transfered 20k ... in error"), "by error", "e be
    // mistake", "the money no be for you", "it wasn't meant for you"
    $m12 = /\b(transfered|tranfered|trasfered|transferd|sended)\b.{0,60}\b(by mistake|in error|by error|mistakenly|wrongly|by accident|to (the |a )?wrong (number|account|line|wallet))\b|\b(sent|send|transferred|transfered|transfer|paid|credited|deposited)\b.{0,60}\b(by|through|on) error\b|\be (be|was) (a |one )?(mistake|error)\b|\b(no be|wasn'?t meant|was not meant|isn'?t meant|is not meant|not meant) for (you|u)\b/
    // Brazilian Portuguese (accents folded): "te mandei um pix por engano", "fiz uma transferencia errada pra sua
    // chave", "digitei a chave errada e caiu na sua conta", "coloquei recarga no seu numero sem querer"
    $m13 = /\b(mandei|enviei|transferi|depositei|passei|fiz|caiu|coloquei|botei|recarreguei|fiz um pix|fiz uma transferencia|fiz um deposito|fiz uma recarga)\b.{0,60}\b(por engano|sem querer|errad[oa]|por erro|por acidente)\b|\b(pix|transferencia|deposito|recarga|ted|doc) (errad[oa]|por engano)\b|\b(digitei|coloquei|botei|errei) (a |o )?(chave|numero|conta|pix|cpf|telefone)( [a-z]{1,8})? ?(errad[oa]|\b)|\b(chave|numero|conta) (pix )?errad[oa]\b.{0,40}\b(caiu|foi|mandei|enviei|transferi)\b/
    // Latin American Spanish: "te yapee por equivocacion", "le recargue saldo por error", "te transferi sin querer,
    // me equivoque de alias" (Peru, Colombia, Argentina, Chile)
    $m14 = /\b(yapee|yapie|te yape|plinee|plinie|transferi|envie|mande|deposite|pase|cargue|recargue|realice|hice (una|un) (transferencia|yape|plin|deposito|envio|recarga|giro))\b.{0,60}\b(por (error|equivocacion|accidente|descuido)|sin querer|equivocadamente|erroneamente)\b|\bme equivoque (de|en (el|un|una|los)) (numero|alias|cbu|cvu|cuenta|rut|digito|digitos|celular|cel|destinatario|contacto)\b/
    // Turkish: "yanlislikla gonderdim", "yanlis numaraya yukledim", "hattina yanlislikla TL yukledim"
    $m15 = /\byanlislikla\b|\byanlis (numaraya|hesaba|ibana|iban|kisiye|hatta|hesap)\b|\bhataen (gonder|yolla|at|yukle|havale)/
    // Egyptian and Algerian Arabic in Latin letters (8 or gh for the ghayn): "ba3tlak ... bel ghalat", "flexitlek bel ghalta"
    $m16 = /\b(bel|bl|bil|b) ?l?(ghalat|ghalta|ghlat|ghlta|8alat|8alta|8lat)\b|\bbel(ghalat|ghalta|8alat|8alta)\b/
    // Chile and the Plate: the transfer that "went" or "reached you" by mistake ("se me fue una transferencia a tu
    // cuenta por equivocacion", "te llego una transferencia mia por error")
    $m17 = /\b(se me fue|se me paso|se fue|te llego|le llego|te cayo|le cayo|te entro|le entro)\b.{0,50}\bpor (error|equivocacion|accidente)\b/
    // Vietnamese (diacritics folded): "chuyen nham", "ck nham", "nap nham the", "chuyen khoan lon", "nham so tai khoan"
    $m18 = /\b(chuyen|ck|chuyen khoan|chuyen tien|nap|nap tien|nap the|gui|gui tien)( tien)? (nham|lon)\b|\b(nham|lon) (so tai khoan|stk|so dien thoai|sdt|tai khoan|tk)\b/
    // Russian and Ukrainian: "случайно перевела вам", "ошибочно отправил", "помилково переказала"
    $m19 = /(случайно|ошибочно|по ошибке|нечаянно|помилково|випадково|через помилку|по помилці).{0,60}((перевел|перевёл)|перевела|отправил|отправила|скинул|скинула|закинул|закинула|пополнил|пополнила|переказав|переказала|надіслав|надіслала|скинув|поповнив|поповнила|перерахував|перерахувала)|((перевел|перевёл)|перевела|отправил|отправила|скинул|скинула|переказав|переказала|надіслав|надіслала|скинув|поповнив|поповнила).{0,60}(случайно|ошибочно|по ошибке|не на тот номер|помилково|випадково|не на той номер)/
    // Polish: "przez pomylke przelalem", "omylkowo wyslalam", "pomylilam numer"
    $m20 = /\b(przez (pomylke|przypadek)|omylkowo|pomylkowo)\b.{0,50}\b(przelal[a-z]{0,3}|wyslal[a-z]{0,3}|doladowal[a-z]{0,3}|przeslal[a-z]{0,3}|zrobil[a-z]{0,3} przelew)|\b(przelal[a-z]{0,3}|wyslal[a-z]{0,3}|doladowal[a-z]{0,3}|przeslal[a-z]{0,3})\b.{0,50}\b(przez (pomylke|przypadek)|omylkowo|pomylkowo|na (zly|bledny) numer)\b|\bpomylil[a-z]{0,3} (numer|konto|odbiorce|cyfry)\b/
    // Romanian: "am trimis din greseala 200 lei", "din greseala v-am transferat"
    $m21 = /\b(am trimis|am transferat|am virat|am facut (un|o) (transfer|plata|virament)|am incarcat|am alimentat|am reincarcat|am depus)\b.{0,60}\b(din greseala|din eroare|gresit|la numarul gresit)\b|\bdin greseala (am|v-am|ti-am) (trimis|transferat|virat|incarcat)\b/
    // Chinese of Taiwan (and simplified): "轉錯帳", "匯錯", "不小心轉到你的帳戶"
    $m22 = /(轉錯|匯錯|轉帳錯|儲值錯|誤轉|誤匯|不小心.{0,18}(轉|匯|儲值|加值)|转错|汇错|误转|不小心.{0,18}转)/
    // Moroccan Darija: "bla ma nqsed" (without meaning to), "ghlatt f numero" (I got the number wrong)
    $m23 = /\bbla ma (n9sed|nqsed|nkssed|nksed|n9ssed)\b|\bghla?tt? (f|fi|f l) ?(numero|nemra|nmra|ra9m|raqm|rqm|lra9m)\b/
    // Indonesian and Malay: "nggak sengaja transfer", "tersilap hantar", "kepencet", "salah nombor akaun";
    // Tagalog and Taglish: "wrong send po", "na-send ko sa maling number", "nagkamali ako ng padala"
    $m24 = /\b(tidak sengaja|nggak sengaja|ngga sengaja|gak sengaja|ga sengaja|tak sengaja|tersalah|tersilap|terlanjur) (transfer|tf|kirim|ngirim|hantar|isi|topup|top up|bank in|banking|pindah|masuk|trf)\b|\b(kekirim|ketransfer|ke-transfer|kepencet|terhantar|tertransfer)\b|\bsalah (nomor|nombor|no akaun|akaun|akun|no rekening|rekening|isi pulsa|kirim pulsa|bank in|hantar)\b|\b(wrong send|wrong sent|wrongsend|na-?wrong send)\b|\bmaling (number|numero|num|account|send|padala|transfer|gcash)\b|\bnagkamali (po )?(ako|kami)( po)? (ng|sa) (pag-?send|send|padala|pagpadala|transfer|pag-?transfer|number|numero|pindot)\b/
    // Thai "โอนผิด", "เติมเงินผิดเบอร์"; Khmer "ផ្ញើលុយខុស", "វេរខុស" (no spaces between words in either script)
    $m25 = /(โอนผิด|โอนเงินผิด|เติมเงินผิด|เติมผิดเบอร์|โอนพลาด|ผิดบัญชี|กดผิดบัญชี|ផ្ញើខុស|ផ្ញើលុយខុស|វេរខុស|វេរលុយខុស|ផ្ទេរខុស|ផ្ទេរលុយខុស|បញ្ចូលលុយខុស|ខុសលេខ|ច្រឡំលេខ)/
    // Dutch "per ongeluk overgemaakt", Danish "ved en fejl overfort" (the letters folded), "fejloverforsel"
    $m26 = /\b(per ongeluk|perongeluk|per abuis|abusievelijk|per vergissing)\b.{0,60}\b(overgemaakt|overgeboekt|gestuurd|verstuurd|gestort|opgewaardeerd|betaald|getikkied)\b|\b(overgemaakt|overgeboekt|gestort|opgewaardeerd)\b.{0,40}\b(per ongeluk|per abuis|naar (het |een )?verkeerde? (nummer|rekening|iban))\b|\b(ved en fejl|ved et uheld|fejlagtigt)\b.{0,60}\b(overfort|overforte|sendt|sendte|indbetalt|betalt|mobilepayet)\b|\b(overfort|overforte|sendt|sendte|indbetalt)\b.{0,60}\b(ved en fejl|ved et uheld|til (et )?forkert (nummer|konto|kontonummer))\b|\bfejloverforsel\b/
    // Lingala "na libunga" (by mistake); Wolof "ci njuumte", "dama juum" (I erred)
    $m27 = /\bna (libunga|mabunga)\b|\b(ci|ak) (njuumte|njumte|njoumte|ndjoumte|njuumtee)\b|\b(dama|da ma) (juum|jum|djoum|joum|djum)\b|\b(juum|djoum|joum) naa\b/
    // Luganda "mu nsobi", "nsobye" (I erred); Kinyarwanda "nibeshye", "mu makosa", "kubw'impanuka"; Amharic
    // "በስህተት", "ተሳስቼ" (by mistake, I erred; an Ethiopic letter is three bytes)
    // (and Kinyarwanda "ntabigambiriye", "ntabishaka" (without meaning to), "ku bw'impanuka", "nakoze ikosa"; Amharic
    // "ሳላስበው" (without thinking), "በድንገት" (by accident), "በስተት" (the common misspelling), "ተሳስቶ")
    $m28 = /\b(mu|olw'?|lwa) ?(nsobi|ensobi|kiwubi)\b|\bmu butanwa\b|\bnkoze(eko)? ensobi\b|\b(tekyali|si) kigendererwa\b|\b(nsobye|nsobezza|nsobyeko|nibeshye|naribeshye|twibeshye|nabyibeshyeho|ntabigambiriye|ntabishaka|ntabishakaga|nakoze ikosa|nakosheje)\b|\b(mu|ku|kubera) (makosa|ikosa)\b|\bku ?bw'? ?(impanuka|amakosa)\b|(በስህተት|ተሳስቼ|ተሳስቸ|ሳላስበው|ሳላስበዉ|በድንገት|በስተት|ተሳስቶ|ባለማወቅ)/
    // Italian "ho mandato per sbaglio", "ricarica fatta per errore"; Spain's Spanish "te he hecho un Bizum por error",
    // "me he equivocado de numero"; Greek "σας έστειλα κατά λάθος", "λάθος μεταφορά"
    $m29 = /\b(mandato|inviato|fatto|ricaricato|bonificato|trasferito|versato|accreditato|ricarica|bonifico)\b.{0,60}\b(per (errore|sbaglio)|erroneamente|al numero sbagliato)\b|\bper (errore|sbaglio)\b.{0,30}\b(ho|abbiamo) (mandato|inviato|fatto|ricaricato|bonificato|trasferito|versato)\b|\b(ho|abbiamo) sbagliato (numero|iban|destinatario|conto)\b|\b(he|hemos) (enviado|mandado|transferido|ingresado|hecho (un|una) (bizum|transferencia|ingreso|recarga))\b.{0,60}\bpor (error|equivocacion|accidente)\b|\bme he equivocado (de|al poner el) (numero|telefono|cuenta|iban|destinatario|contacto)\b|κατ(ά|α) λ(ά|α)θος|λ(ά|α)θος (μεταφορ(ά|α)|κατ(ά|α)θεση|αριθμ(ό|ο)|λογαριασμ(ό|ο))|λανθασμ(έ|ε)να/
    // "by mistake" in English inside Bangla, Sinhala or Amharic ("by mistake apnar bKash e chole gese", "by mistake
    // 2500 birr telebirr lekehalehu"); romanised and written Sinhala "waradila" (by mistake), "waradi number ekata"
    $m30 = /\bby (mistake|accident)\b.{0,50}\b(chole (gese|geche|gelo)|pathiye|pathaisi|pathiyechi|ewwa|una|giya)\b|\bby (mistake|accident)\b.{0,60}(ልኬ|ላክሁ|ላኩ|ገብቷል|ገብቶ|ሄዷል|አስተላለፍ)/
    $m31 = /\b(waradila|waradilaa|waradilla|waradi (number|ankaya)|waradeemakin|waradimakin)\b|(වැරදිලා|වැරදීමකින්|වැරදි අංකයට)/
    // Setswana and Sesotho "ka phoso", "ke dirile phoso"; isiZulu "ngephutha", "ngenze iphutha"; Shona
    // "nekukanganisa", "ndakanganisa"; Chichewa "molakwitsa", "ndalakwitsa", "mwangozi" (by mistake, I erred)
    $m32 = /\bka phoso\b|\b(ke dirile|ke entse) phoso\b|\bngephutha\b|\bngenze iphutha\b|\bnekukanganisa\b|\bndakanganisa\b|\bmolakwitsa\b|\bndalakwitsa\b|\bmwangozi\b/
    // the request to give it back
    $b1 = /\b(send|sen|transfer|refund|return|pay|give)( it| am| me| the (money|amount|cash|airtime|funds|balance))? back\b/
    $b2 = /\b(reverse|refund|return) (it|am|the (money|amount|funds|cash|airtime|transaction|transfer))\b/
    // Pidgin: "help me return am"
    $b7 = /\b(return|refund|send|give) am\b/
    // ... and "please check and return", "kindly confirm and reverse it"
    $b6 = /\b(please|pls|plz|kindly) (return|refund|reverse)\b|\b(return|refund|reverse) (it |the money |the amount )?(please|pls|plz)\b|\b(check|confirm|verify)( it)? and (kindly |please |pls )?(return|reverse|refund)\b/
    $b3 = /\bu?(nirudishie|nirudishe|nirejeshee|nirejeshe|rudisha|rudishe|rejesha|rejeshe)|\b(u|ku|ni)?i(rudish|rejesh)(e|a|ie)\b|\b(uitume|uzitume)\b|\bnitumie (hiyo|ile) (pesa|hela)\b|(إعادته|اعادته|إعادتها|اعادتها|ارجاعه|إرجاعه|رجعه|رجعها|رجعلي|رجعيلي|ترجعلي|ترجعيلي|ফেরত)/
    // Tamil "send it back, give it back" (the imperative: "I will give it back" is a person's promise);
    // Twi "san de bra", "san fa ma me" (bring it back, give it back to me)
    $b9 = /திருப்பி ?(அனுப்புங்கள்|அனுப்புங்க|அனுப்பவும்|அனுப்பிவிடுங்கள்|அனுப்பி விடுங்கள்|தாருங்கள்|தாங்க|தரவும்|கொடுங்கள்|கொடுங்க|கொடுக்கவும்|போடுங்கள்|போடுங்க|போடவும்)|\bsan (de|fa) (bra|ma me|bre|brɛ)/
    // French "renvoyez-moi", "me le retourner", "stp renvoie"; Darija "rdha lia", "rj3ha lia"
    $b8 = /\b(renvoy|renvoi|retourn|rembours|revers|restitu)[a-z]{0,4}(-| )((le|la|les)(-| ))?(moi|nous|l'argent|mon argent|le montant|les fonds)\b|\bme (le |la |les )?(renvoyer|retourner|rembourser|reverser|restituer)\b|\b(stp|svp) (renvoie|renvoyez|retourne|retournez)\b|\b(rdha|rddha|reddha|rdhom|reddhom|rj3ha|rja3ha|rje3ha|rj3hom|rja3hom)\b/
    // French "renvoyez-les", "retournez-le", "veuillez les renvoyer", "merci de me les retourner"
    $b10 = /\b(renvoy|renvoi|retourn|rembours|restitu)(ez|e|es)-(le|la|les)\b|\b(veuillez|merci de|priere de|pouvez-vous|pourriez-vous|peux-tu|pourrais-tu|je vous prie de) (me |nous )?(le |la |les )?(renvoyer|retourner|rembourser|restituer|reverser)\b/
    // Pidgin and English "abeg return my money"; French "faites-moi le retour", "rendez-moi mon argent"
    $b11 = /\b(return|refund|reverse|send back|give me back|transfer back) (me )?my (money|cash|funds|transfer)\b|\b(faites|fais|faire)(-| )(moi |nous )?le retour\b|\b(rendez|rends|remettez|remets)(-| )moi\b|\b(me )?(rendre|remettre) (mon argent|l'argent)\b/
    // French: the bare imperative, "renvoie stp", "... mon frere. Renvoie vite", "tu peux me renvoyer": at the
    // start of a clause or after "stp", "pardon", "tu peux", never after "je te" ("je te renvoie les 20 EUR ce soir"
    // is the writer's own promise)
    $b12 = /(^|[.,;:!?] ?|\b(stp|svp|pardon|donc|alors|vite|svp donc) )(me |m'|nous )?(le |la |les )?(renvoie|renvoies|renvoyez|retourne|retournez|rembourse|remboursez)\b|\b(tu peux|peux-tu|peux tu|tu pourrais|pourrais-tu|vous pouvez|pouvez-vous|vous pourriez|pourriez-vous|il faut|faut) (me |m'|nous )?(le |la |les )?(renvoyer|retourner|rembourser)\b/
    // romanised Nepali: "firta garidinu hola", "firta pathaidinu na", "pharkai dinus" (the polite imperative;
    // "didi le firta garidinchhin" is a report)
    $b13 = /\b(firta|phirta|fhirta|pharkai|farkai|pharkaai|farkaai) ?(gari ?|gar ?|pathai ?|pathaera |garera )?(dinu ?hola|dinus|dinuhos|dinuhosh|dinuna|dinu na|dinu|deu|dinos)\b|\b(firta|phirta|pharkai|farkai) (garnu ?hola|garnus|garnuhos|pathaunu ?hola|pathaunus|pathaunuhos)\b/
    // "I will be grateful if you could send it", "grateful if you kindly reverse"
    $b14 = /\bgrateful if (you|u)( can| could| would| will)?( kindly| please| help( me)?)? (send|return|reverse|refund|transfer|resend)\b/
    // Nigerian English and Pidgin: "do the refund", "refund it to my Palmpay", "send am to my Opay"
    $b15 = /\b(do|make|process)( me)? (the |a )?(refund|reversal)\b|\bhelp me (to )?(return|refund|reverse|send back)\b|\b(refund|reverse|return) (the |my )?(n|₦)?[0-9][0-9,.]{0,8}k?\b|\b(refund|reverse|return)( it| am| the money| the balance| the amount)? (to|into) (me|my)\b|\bsend (it|am|the money|the balance|the amount) (back )?(to|into) my (opay|palmpay|moniepoint|kuda|account|acct|wallet|bank|number|line)\b/
    $b5 = /\b(dikembalikan|kembalikan|balikin|transfer balik|devuelvelo|devuelvamelo|devolverlo|regresalo|regresamelo|pabalik|ibalik|isauli|pakibalik|paki-balik|pakisauli|pakibalik po)\b|\b(ferot|ferat|fherot|phirot|firot) (pathan|pathao|den|din|dien|diyen|dao|diben|koren|korun|diye (den|din|dao|diben)|pathiye (den|din|dao|diben)|kore (den|din|dao|diben))\b/
    $b4 = /\b(wapas|wapis|vapas|vapis|lauta|return) (kar|karo|kardo|kar do|kijiye|karein|kar dijiye|bhej|bhejo|de do|dedo)\b|\b(google pay|gpay|phonepe|paytm) kar (do|dijiye|dena)\b|\bbhej (de|do|dijiye|dena) (wapas|vapas|wapis)\b|\b(lauta|lota) (do|dijiye|dijie|dena|dein|de do|dedo|de dijiye)\b|\b(wapas|wapis|vapas|vapis) (dijiye|de dijiye)\b/
    // Portuguese, Spanish, Turkish and Arabic in Latin letters: "pode me devolver", "consegue estornar", "me los
    // devolves", "me lo podria regresar", "geri gonderebilir misiniz", "iade eder misiniz", "raga3hom", "3awedli"
    $b16 = /\b(me )?(devolve|devolva|devolver|devolvesse|estorna|estornar|estorne|reembolsar|mandar de volta|manda de volta|enviar de volta|fazer a devolucao|faz a devolucao|fazer o estorno)\b/
    $b17 = /\b(devolver|devuelve|devuelva|devolve|regresar|reintegrar|retornar|reembolsar)(lo|la|los|las|me|melo|mela|melos|melas)?\b|\b(devolves|regresemelo|regresemela|regresemelos|regreseme|devuelvame|devuelvamelos|devuelvemelo|devolvemelo|devolveme|devolvemelos)\b|\bme (lo|la|los|las) (podes|puedes|podrias|podria|puede|pueda|pudieras|pudiera) (devolver|regresar|reintegrar|retornar|yapear|transferir)\b/
    $b18 = /\bgeri (gonder|yolla|at|ode|iade|aktar|yatir|yukle)[a-z]{0,12}|\biade (et|eder|edebilir|edin|etsen|etseniz|yap)[a-z]{0,8}/
    $b19 = /\b(t?raga3|t?rag3|t?rg3)(hom|hum|ha|o|oh|ohom|ohum|oha|uhom|li|ly|hali|homli|ohomli)\b|\b(3awed|3awd|3aoud|3awad)i?(li|ly|hom|ha|homli|hali)\b|(عاود|عاودلي|بعثهولي|رجعهولي|رجعهملي|رديهم|ردهملي)/
    // Spanish "me podria hacer la devolucion", Chilean "me la devolvi"; Egyptian "tb3athom tany", "ba3to tany" (send
    // it back); Darija "raj3iha lia"; Vietnamese "chuyen lai giup", "ck lai giup em", "hoan lai giup"; Russian and
    // Ukrainian "верните", "поверніть"; Polish "prosze o zwrot", "oddasz?"; Romanian "sa mi-i returnati"; Chinese "轉回來"
    $b20 = /\b(hacer|hacerme|hace|haceme|hagame|hazme|me haces|me hace|realizar|realizarme) (la|una) devolucion\b|\bme (lo|la|los|las) devolvi\b/
    $b21 = /\b(t?e?b3at|t?ba3at|t?ba3t|t?eba3t|ib3at|ab3at|ebaat|t?7awel|t?7awil)(o|oh|ohom|hom|hum|homli|holi|oli|ha|hali)( li| ly| lya)? (tany|tani|tanii|tanee)\b|\b(raj3|rje3|rja3|raja3)(i|o|u)?(ha|hom|h|ih)\b/
    $b22 = /\b(chuyen|ck|chuyen khoan|tra|hoan|gui|nap|chuyen tra)( lai| tra) (giup|dum|ho|cho|vao|ve)\b|\b(giup|dum|ho) (minh |em |toi |chi |anh |tui |co |chu )?(chuyen|ck|tra|hoan|gui|nap) (lai|tra)\b/
    $b23 = /(верните|вернуть|верни|(вернете|вернёте)|переведите обратно|отправьте обратно|скиньте обратно|поверніть|повернути|поверни|повернете|перекажіть назад|надішліть назад)/
    $b24 = /\b(prosze o zwrot|prosze (zwrocic|oddac|odeslac)|zwroc|zwrocisz|zwrocic|oddasz|odeslij|odeslesz|odda pan|odda pani|moze pan oddac|moze pani oddac|zwrot (na|blikiem|przelewem))\b|\b(returnati|returneaza|returnezi|restituiti|inapoiati)\b|\b(dati|da|trimite|trimiteti)(-mi)? inapoi\b|\bsa (mi )?(-i |ii |le )?(trimiteti|trimiti|dati|dai) inapoi\b|(轉回|匯回|退還給我|退回給我|還給我|还给我|转回|退还给我)/
    // Malay and Indonesian "pulangkan semula", "tolong bank in balik"; Tagalog "pakisend back", "paki-return";
    // Dutch "terugstorten", "stort het terug"; Danish "send pengene tilbage", "tilbagefor";
    // Lingala "zongisela ngai"; Wolof "delloo ma ko"; Thai "โอนคืน"; Khmer "ផ្ញើមកវិញ"
    $b25 = /\b(pulangkan|pulangkan semula|pulangkan balik|hantar (balik|semula)|transfer (semula|balek)|bank in (balik|semula)|tf balik|kirim (balik|kembali)|pindahkan semula|balikkan)\b|\b(pakisend|paki-send|pakitransfer|paki-transfer|pakireturn|paki-return|pakiibalik|maibalik)\b|\b(terugstorten|terug storten|terugsturen|terugboeken|terug overmaken|terugbetalen|terugmaken)\b|\b(stort|maak|stuur|boek) (het|dat|dit|die|deze|het geld|het bedrag)( aub| alsjeblieft| alstublieft| even| ajb)? terug\b|\b(send|sende|overfor|overfore|betal|betale|mobilepay)( mig)?( dem| det| pengene| belobet)? tilbage\b|\btilbagefor(e|sel)?\b|\bzongis[a-z]{1,8}\b|\b(delloo|dellool|delloomal|deloo|delou|dellu|deloul|dellul)\b|\byonne?waat[a-z]{0,3}\b|(โอนคืน|โอนกลับ|ส่งคืน|คืนให้|ช่วยคืน|โอนเงินคืน|ផ្ញើមកវិញ|ផ្ញើលុយមកវិញ|វេរមកវិញ|វេរលុយមកវិញ|ផ្ទេរមកវិញ|ផ្ទេរលុយមកវិញ|សងមកវិញ|សងវិញ|បង្វិលមកវិញ|បញ្ជូនមកវិញ)/
    // Luganda "ozizzeeyo", "onziddize" (give them back); Kinyarwanda "uyansubize", "muyagarure" (return them, the
    // money's class); Amharic "መልሰህ ላክልኝ", "ይመልሱልኝ"; Italian "restituirmeli", "me li puoi rimandare";
    // Greek "επιστρέψτε τα", "στείλτε τα πίσω"
    // (Kinyarwanda "yohereze" (send them), "uyasubize"; Amharic "እባክህ መልሰው", "መልሰህ አስገባልኝ")
    $b26 = /(zzeeyo|zzaayo|zizeeyo|zizaayo|zizzeeyo|zizzaayo)\b|\b(o|mu)?zikomyewo\b|\b[a-z]{0,3}zi(sindik|weerez)[a-z]{1,3} (eri|ku) namba eno\b|(መልሰሽ ላኪ|መልሰህ ላኪ)|\b[a-z]{0,4}ddiz(e|a|ize)\b|\b(u|mu|ku|mwa|wa)?ya(n)?(subiz|garur)(e|a|ire|ira)\b|\b(u|mu|ku|mwa|wa)?yohere(ze|za|reze|reza)\b|(መልሰህ ላክ|መልሰሽ ላክ|መልሰው ይላኩ|መልሰው ላኩ|መልሱልኝ|ይመልሱልኝ|መልስልኝ|መልሺልኝ|ይመልሱት|ተመላሽ አድርግ|መልሰህ አስገባ|መልሰሽ አስገባ|መልሰው ያስገቡ|እባክ.{0,9} መልሰው)/
    // Sinhala, romanised and written: "aapahu ewanna", "aapahu denna puluwanda" (send or give it back; "aapahu ewwa",
    // I sent it back, is the writer's own)
    $b29 = /\ba?apahu\b.{0,25}\b(ewanna|evanna|denna|danna|dannako|ewannako)\b|(ආපහු|ආපසු) (එවන්න|දෙන්න|දාන්න|එවන්නකෝ|ලබා දෙන්න)/
    $b27 = /\b(restituir|rimandar|ridar|rimborsar|rinviar|ristornar)(meli|mele|melo|mela|li|le|lo|la|mi)\b|\bme (li|le|lo|la) (puoi|potresti|potrebbe|puo|riesce a|riesci a) (restituire|rimandare|ridare|rimborsare|rinviare|ristornare)\b|\b(restituisca|restituisci|rimandi|rimanda|ridia)\b|επιστρ(έ|ε)ψ(τε|ετε|εις|ει)|(στε(ί|ι)λτε|στε(ί|ι)λετε|στε(ί|ι)λε|γυρ(ί|ι)στε|γ(ύ|υ)ρνα) (τα |μου τα )?π(ί|ι)σω/
    // the reversal done by a USSD code and the PIN ("dial *456*9# and enter your PIN to reverse", "piga ... weka
    // PIN yako kurudisha"): the "customer care agent" who claims the mistake; no operator reverses by the payee's PIN
    $b28 = /\*[0-9]{1,3}[0-9*]{0,12}#.{0,80}(\b(pin|namba ya siri|nambari ya siri|umubare w'ibanga|ppini)\b|ፒን|የሚስጥር ቁጥር|ሚስጥር ቁጥር)/
    // the imperative to give it back: Setswana "a busetse", Sesotho "e khutlise", isiZulu "uyibuyisele", Shona
    // "mundidzosere", Chichewa "mundibwezere" ("o tla mpusetsa", you will pay me back, is a friend's)
    $b30 = /\b(busetsa|busetse|khutlise|khutlisetse|nthomelele morago|nthomelela morago|uyibuyisele|uyibuyise|buyisela|ungibuyisele|mundidzosere|idzoserei|idzosei|mundibwezere|bwezerani|zibwezereni)\b|\bungithumelele yona emuva\b|\b(nthomelele|nthomelle|nthomelela) (madi|chelete)\b/
    // a stranger's channel (mobile money, airtime, UPI) or plea: a friend asking for their £20
    // back names neither
    $c1 = /(جنيه|فودافون كاش|رصيد|ريال|دينار|درهم|كاش|বিকাশ|টাকা|ரூபா|ரூ\.|பணம்)|\b(ez ?cash|mcash|wave|orange money|mtn money|moov( money| africa)?|free money|flooz|fcfa|cfa|recharge|drahem|dirhams?|m-?pesa|mpesa|momo|mobile money|airtime|credit|upi|gpay|google pay|phonepe|paytm|bkash|ecocash|airtel money|tigo ?pesa|opay|palmpay|moniepoint|kuda|paga|pos|wallet|pesa|hela|salio|cash ?app|zelle|venmo|naira|ksh|ugx|ghs|cedis|rupees|rs|dana|ovo|gopay|rekening|rp|yape|plin|nequi|pulsa|load|gcash|easypaisa|jazzcash|nagad|taka|tk|bdt|paisa|paise|telecel|vodafone cash|at money|airteltigo)\b|\bs\/ ?[0-9]|(\bn|₦) ?[0-9]{1,3}(,|k\b)|\b(yapeo|yapear\w{0,4})\b|[0-9] ?(dh|dhs|fcfa|cfa)\b/
    $c2 = /\b(abeg|i beg|god bless|god will bless|please help|kindly|school fees|hospital|medical bill|my (last|only) (money|savings)|tafadhali|mungu|please sir|please madam|plz sir|bhai ?sahab|bhaiya|sir please|mohon|rumah sakit)\b|\b(it's|it is|its|that's|that is|na) my ([a-z]{1,10} )?(rent|bill|fees|hospital|medicine|transport|feeding|last) (money|cash)\b|\b(svp|stp|s'il (vous|te) plait|que dieu (te|vous) benisse|3afak|3afakom|lah ykhalik|llah ykhalik)\b|\bc'etait pour (l'ecole|l'hopital|les frais|la scolarite|les medicaments|le loyer)\b|\b(mesre wo|mepa wo kyew)\b|(mesrɛ wo|mepa wo kyɛw|தயவுசெய்து)|\bfor my (mother|father|mom|mum|dad|son|daughter|wife|husband|child|baby|sister|brother)'?s? (medicine|medicines|treatment|operation|surgery|hospital|school fees|fees|tuition)\b|\b(mayer|babar|ammur|abbur|bachchar|meyer|cheler|bouer) (oshudh|osudh|oshud|oushodh|oushod|chikitsa|operation|hospital|school fees|fees)\b/
    // French: the francs written the wallets' way ("15 000 F", "5000f", "10.000 frs"), which the money count
    // does not read, and the mistaken transfer "c'etait pour mon frere"
    $c3 = /[0-9] ?(f|frs?|francs|xof|xaf)\b|\bc'etait (pour|destine a|destinee a|cense aller a) (mon|ma) (frere|petit frere|grand frere|soeur|petite soeur|grande soeur|mere|maman|pere|papa|fils|fille|oncle|tante|tonton|tata|cousin|cousine|femme|mari|patron|client|fournisseur|boutiquier)\b/
    // Hinglish: "1500 rupaye", "₹1500", "screenshot bhej deta hoon" (a stranger's proof); Ghana and Nigeria:
    // "chale", "boss", "GH₵300", "this is my number" (a friend's number is known)
    $c5 = /\b(rupaye|rupaiye|rupay|rupiya)\b|₹ ?[0-9]|\bscreenshot (bhej|send|de|dikha|share)|\b(chale|charley|my boss|boss please|please boss|cedi|ghc)\b|gh₵|\b(this is|here is|here's|na) my (momo |mtn |telecel |opay |palmpay )?(number|line)\b/
    // the channels of Brazil, the Andes and the Plate, Turkey, Egypt and Algeria: Pix, Yape, Plin, Nequi, Mercado Pago,
    // Papara, an IBAN or a line topped up, Vodafone Cash, flexy and rased (airtime), pounds and dinars
    $c6 = /\b(pix|chave|reais|recarga|saldo|yape|plin|nequi|daviplata|mercado ?pago|cbu|cvu|alias|soles|pesos|lucas|papara|iban|havale|eft|hattina|kontor|flexy|flexi|rased|raseed|raseid|geneh|gneh|genih|dinar|dzd|instapay|vodafone cash)\b|r\$ ?[0-9]|[0-9] ?(tl|lira|mil|da|le|dh)\b|(فليكسي|دج)/
    // Chile's "cuenta RUT" and a transfer; Vietnam's account number (STK), millions and banks; roubles, hryvnias and
    // cards; zloty and BLIK; lei and Revolut; Taiwan dollars and accounts
    $c7 = /\b(rut|cuenta rut|cuenta vista|transferencia|stk|so tai khoan|tai khoan|tk|trieu|nghin|vnd|zalopay|vietcombank|vcb|techcombank|bidv|agribank|vietinbank|tpbank|vpbank|sacombank|mbbank|the cao|zl|zlotych|blik|przelew|lei|ron|revolut|contul)\b|[0-9] ?(k|tr|trieu)\b|(руб|₽|грн|гривн|гривен|карт|сбп|по номеру|за номером|元|帳戶|帳號|账户|台幣|儲值)/
    // the wallets and banks of Malaysia, the Philippines, Thailand, Cambodia, the Netherlands, Denmark, Congo and Senegal
    $c8 = /\b(rm|ringgit|tng|touch ?n ?go|duitnow|maybank|cimb|boost|grabpay|shopeepay|linkaja|bca|bri|bni|mandiri|seabank|php|maya|paymaya|baht|promptpay|truemoney|aba|wing|acleda|pipay|riel|khr|tikkie|betaalverzoek|euro|euros|rekeningnummer|beltegoed|kr|kroner|mobilepay|kontonummer|fc|mbongo|xaalis|unites)\b|(₱|฿|€) ?[0-9]|[0-9] ?(€|฿)|(บาท|พร้อมเพย์|ทรูมันนี่|บัญชี|លុយ|ដុល្លារ|រៀល)/
    // Uganda's and Rwanda's shillings and francs, Ethiopia's birr and wallets, Italy's and Spain's payments, the euro
    // in Greek letters
    $c9 = /\b(ssente|sente|shs|frw|rwf|amafaranga|birr|telebirr|cbe ?birr|etb|bizum|postepay|satispay|bonifico|ricarica|paysafecard|salli|reload)\b|(රු\. ?[0-9]|රුපියල්|ብር|ቴሌብር|ευρ(ώ|ω)|λογαριασμ)/
    // Southern Africa's wallets and bank apps, and money in Setswana, Sesotho, isiZulu, Shona and Chichewa
    $c10 = /\b(e-?wallet|cash ?send|capitec|myzaka|smega|mpamba|onemoney|innbucks|madi|chelete|imali|mari|ndalama|nomorong|kunombolo|nhamba|kunhamba|nambala)\b/
    // Nepal's wallets and rupees (eSewa, Khalti, IME Pay)
    $c4 = /\b(esewa|e-sewa|khalti|ime ?pay|fonepay|npr|rupaiya|rupaiyan|ncell|ntc)\b/
    // the "bKash office": a wrong transaction on your account, call this number (a Bengali letter is three bytes)
    $office_bn = /(বিকাশ|নগদ|রকেট).{0,30}(অফিস|কাস্টমার কেয়ার|হেল্পলাইন|এজেন্ট)/
    $call_bn = /(কল (করুন|দিন|করবেন)|যোগাযোগ করুন)/
    // a friend's voice: a shared bill, a joke, no hurry
    // scan cost: no "for (the) ..." branch (an atom at every "for ")
    $friend = /\b(lol|haha|lmao|mdr|ptdr|no rush|no hurry|whenever|pizza|dinner|drinks|keep it|(till|until|when) we meet|bisous|bisou|rien ne presse|pas presse|quand tu peux|hatar (chaina|chhaina|chhain|xaina)|bhetda|bhetepachi|koi jaldi nahi|jaldi nahi hai|aaram se|jab time mile|jab (mile|milo|milenge))\b/
    // a person who is not sure the money went astray ("I think I sent ...", "if it came, ..."): the scam
    // asserts the transfer its fake alert showed
    // ... in Portuguese, Spanish and Turkish: "sem pressa", "quando der", "kkk", "sin apuro", "cuando puedas", "acelesi yok"
    $friend2 = /\b(sem pressa|quando der|quando puder|kkk|kkkk|rsrs|sin apuro|sin prisa|cuando puedas|jaja|jajaja|acelesi yok|ne zaman istersen|sonra verirsin)\b/
    // a third party's promise to undo it ("ele vai me devolver", "el me lo va a devolver", "banka iade edecek")
    $third2 = /\b(ele|ela|eles|o banco|el|ella|ellos|el banco|banka)( ja)?( (disse|falou|dijo) que)? (vai|vao|va a|van a|me va a|me lo va a) (me )?(devolver|estornar|regresar|reintegrar)\b|\biade edecek\b/
    // ... in Vietnamese, Russian, Ukrainian, Polish and Romanian: "khong sao", "не срочно", "nie ma pospiechu", "nu e graba"
    $friend3 = /\b(khong sao|tu tu|hihi|hehe|khi nao ranh|khong gap|nie ma pospiechu|bez pospiechu|nu e graba|nu-i graba|cand poti)\b|(не срочно|не спеши|когда сможешь|не поспішай|коли зможеш)/
    // ... in Dutch, Danish, Indonesian, Malay, Tagalog and Thai: "geen haast", "ingen hast", "wkwk", "takpe", "ไม่ต้องรีบ";
    // an acquaintance who names herself ("si Jen to from the office", "ito si Tin")
    $friend4 = /\b(geen haast|geen stress|als je tijd hebt|ingen hast|ingen stress|nar du har tid|wkwk|wkwkwk|santai aja|santai je|takpe|takpa|walang madalian|hindi nagmamadali)\b|\bsi [a-z]{1,11}[a-z] (to|ito)\b|\b(ito|eto) si [a-z]|\bfrom (work|the office)\b|(ไม่รีบ|ไม่ต้องรีบ)/
    // the writer who has sent it back already (Luganda "nzikuzzizzaayo", "nzikuddizza": I returned them to you)
    $returned = /\bn(zi|ga)?ku(zzizz|ddizz)/
    // a friend's loan back or the bank that will recall it (Southern Africa)
    $friend_za = /\b(ga go potlake|ha ho potlako|hapana kumhanya|palibe changu|akukho kuphuthuma|banka e tla|bhangi rati|banki yati|ibhange lithe)\b/
    $hedge = /\bi think i (sent|send|transferred|paid|made)\b|\bif (it|the money|the cash) (came|has come|arrived|has arrived|reached|has reached|entered|dropped)\b/
    // the writer's own slip that a third party (the shopkeeper, the bank) promised to undo: "he said he will return it"
    $third = /\b(he|she|they|shopkeeper|agent|bank|merchant|vendor)( has| have)? (said|says|promised|told me|agreed)( that)?( he| she| they| it)? (will|'ll|would|shall) (return|refund|reverse|send)\b|\b(he|she|they) (will|'ll|would) (return|refund|reverse) (it|the money|the amount)\b/
  condition:
    reversal_personal_sender and any of ($m*) and not $friend and not $friend2 and not $friend3 and not $friend4 and not $hedge and not $third and not $third2 and not $returned and not $friend_za
    and ((any of ($b*) and any of ($c*)) or ($office_bn and (phone_count > 0 or $call_bn)))
}

rule reversal_you_sent_me_by_mistake : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "The reverse mistaken payment: a stranger says YOU sent THEM money by mistake on Cash App, Venmo, Zelle, PayPal, Apple Cash or Chime ('I just got $300 from your number', 'someone using this number paid me') and asks you to check or verify your account, says where or how to send it back, asks for your e-mail, cashtag or a code, or points to a refund link: the lead-in to a fake refund or an account 'verification' (US English, US Spanish)"
  strings:
    // the story: you (or your number, your account) sent the writer money by mistake ...
    $ys1 = /\b(you|u|ya) (have |just |must have |might have |may have |prob(ably)? )?(accidentally |mistakenly |wrongly )?(sent|send|transferred|paid|deposited|zelled|venmoed|venmo'?d|cash ?app'?d|cash ?apped)( me| to me| my (account|cash ?app|venmo|zelle|paypal|chime))\b.{0,60}\b(by mistake|by accident|accidentally|mistakenly|in error|on accident|wrong (person|number|account|recipient)|meant for (someone|somebody) else|not (meant|intended) for me)\b/
    $ys2 = /\b(you|u) (have |just )?(accidentally|mistakenly|wrongly) (sent|transferred|paid|deposited|zelled|venmoed)\b/
    // ... or the writer "received" it from your number or account, with no one named
    $ys3 = /\b(i|we) (just |have just |have |recently )?(received|got|was sent|been sent)\b.{0,40}\bfrom (you|your (number|phone|account|cash ?app|venmo|zelle|paypal|chime|acct)|this (number|phone))\b|\byour (number|account|cash ?app|venmo|zelle|paypal|chime) (just )?(sent|paid|transferred)( me| to me)\b|\b(a |the )?(payment|transfer|deposit) (of (\$ ?)?[0-9][0-9.,]{0,8} )?from (you|your (number|account))\b/
    // ... or "someone using this number paid me": a stranger's framing whoever reads it
    $ys4 = /\b(someone|somebody) (with|using|on|from) (this|your) (number|phone|account)\b.{0,30}\b(sent|paid|transferred|zelled|venmoed)\b/
    // Spanish (accents folded): "me enviaste $200 por Zelle por error", "recibi un pago de tu numero"
    $ys_es = /\b(me )?(enviaste|mandaste|depositaste|transferiste|pasaste|mando|envio|deposito)\b.{0,60}\bpor (error|equivocacion|accidente)\b|\b(recibi|me llego|me llegaron)\b.{0,40}\b(de (tu|su|este) (numero|cuenta|zelle|cash ?app)|de usted|de ti)\b/
    // ... which needs the mistake said: a friend's "got the $50 from you, thanks" is a receipt
    $mist = /\b(by mistake|by accident|on accident|accidentally|mistakenly|in error|(to|for) the wrong (person|number|account|recipient)|meant for (someone|somebody) else|(wasn'?t|was not|isn'?t|is not|not) (meant|intended) for me|(wasn'?t|was not|weren'?t|never|not) expecting\b|(don'?t|do not) know (you|who you are|who this is)|(don'?t|do not|didn'?t|did not) recogni[sz]e (you|your|the|this))\b/
    $mist_es = /\bpor (error|equivocacion|accidente)\b|\bno (te |lo |la )?(conozco|esperaba)\b/
    // the payment app (where this story is told) or the amount
    $p2p = /\b(cash ?app|cashapp|venmo|zelle|paypal|apple (cash|pay)|chime|cashtag)\b/
    // ... and the money itself: "you sent me the wrong Venmo by mistake" is a handle, not a payment
    $mword = /\b(money|payment|funds|dollars|bucks|dinero|pago)\b/
    // the ask: check or verify your account, where or how to send it back, your e-mail, cashtag or a code,
    // a refund link or request
    $ask1 = /\b(please|pls|plz|kindly|can (you|u)|could (you|u)|would (you|u)|can (you|u) please|could (you|u) please)( just)? (check|confirm|verify|look at|look into|review)\b|\bcheck (your|ur|the) (account|acct|app|cash ?app|venmo|zelle|paypal|chime|balance|transactions?|activity|history|bank|statement|e-?mail|inbox)\b/
    $ask2 = /\b(tell|let) me (know )?(where|how) (to|i (should|can)|should i|do i) (send|return|refund|give)( it| that| the money| them| your money)?( back)?\b|\b(where|how) (should|do|can|shall) (i|we) (send|return|refund|give)( it| that| the money| them| your money)? back\b/
    $ask3 = /\b(send|give|text|share|drop)( me)? (your|ur) (e-?mail|email address|cashtag|\$cashtag|cash ?tag|username|user ?name|handle|zelle|venmo|paypal|cash ?app|account (info|details|number)|full name|details|info)\b|\bwhat(s|'s| is) (your|ur) (e-?mail|email address|cashtag|\$cashtag|cash ?tag|username|handle|zelle|venmo|paypal|cash ?app)\b|\b(the )?code (you|u) (get|got|received|will (get|receive))\b/
    $ask4 = /\b(verify|confirm|validate|authenticate) (your|ur) (account|acct|identity|details|info|information|e-?mail|number|cash ?app|venmo|zelle|paypal)\b|\b(accept|approve|click|tap|open)( the| my| this)? (refund|request|link|payment request)\b|\brefund (link|request)\b/
    $ask5 = /\b(is|was) (this|it|that) (yours|you|your payment|from you)\b|\bdid (you|u) (mean|intend) to (send|pay|transfer)\b/
    $ask_es = /\b(puedes|podrias|puede|podria|favor de|por favor) (verificar|revisar|checar|confirmar)\b|\b(verifica|revisa|checa|confirma|verifique|revise|cheque|confirme) (tu|su) (cuenta|zelle|cash ?app|correo|app|saldo|banco)\b|\b(donde|a donde|adonde|como) (te |se )?(lo |la )?(devuelvo|regreso|mando|envio|reembolso)\b|\b(cual es|pasame|mandame|dame) (tu|su) (correo|e-?mail|cashtag|usuario)\b/
    // the writer who has already given it back, with nothing asked of the reader
    $returned = /\b(already|just) (sent|returned|refunded|reversed|gave)( it| that| the money| them| your money)?( back)?\b|\b(i|i'?ve|i have) (sent|returned|refunded|reversed) (it|that|the money|them|your money) back\b/
    // a known payer's double payment ("you paid me twice for March, check your account, I'll refund one")
    $twice = /\b(twice|double|two times|2x|too much|extra|more than (you owed|we agreed|the bill))\b/
  condition:
    reversal_personal_sender and ($ys1 or $ys2 or $ys4 or ($ys3 and ($mist or $ask5)) or ($ys_es and $mist_es)) and ($p2p or money_count > 0) and (money_count > 0 or $mword)
    and ($ask1 or $ask2 or $ask3 or $ask4 or $ask5 or $ask_es) and not $returned and not $twice
}

rule reversal_accept_request_to_receive : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A 'buyer' or 'payer' who sends a UPI collect request and asks you to accept or approve it 'to receive' the money (accepting a request pays it): English, Hinglish ('request bheji hai, approve kar do, paise aapke account mein aa jayenge'), the 'advance' that arrives as a request ('you will get a request on Google Pay, accept it to receive', 'request aayegi, accept kar lena, paise aa jayenge'); or who sends a QR code and asks you to scan it to receive the payment (scanning a QR only pays): English, Hinglish ('QR bheja hai, scan karke payment receive kar lo'), Latin American Spanish and Brazilian Portuguese (a Bancolombia, Nequi or Pix QR 'escanealo y te llega la plata', 'e so escanear que o dinheiro cai na sua conta'); or a CoDi 'cobro' or a Pix 'cobranca' to accept 'y te cae el dinero' (Mexico, Brazil)"
  strings:
    $accept = /\b(accept|approve|click|pay)( the| my| this)? (payment |collect |upi |money )?request\b/
    $recv = /\b(to receive|and receive|to get (the )?(money|payment|amount|advance)|receive (the )?(money|payment|amount|advance))\b/
    // "I'm sending it via PhonePe, accept the request": the sender says they pay, the request takes
    $sending = /\b(i('m| am) sending|i('ll| will) send)( it| you| the money| the amount)? (via|through|on|by|with) (upi|gpay|google pay|phonepe|paytm|bhim)\b/
    // Hinglish: "UPI request bheji hai, bas approve kar dijiye" (the request, then the approval asked),
    // "just approve it" in English
    $req = /\brequest\b/
    $appr = /\b(approve|accept|confirm) (kar do|kar de|kar dijiye|kar dena|kar dein|kar den|karo|kro|kardo|krdo|kar lo|kar lena|kar lijiye|kijiye|karein|kariye|kr do|kr dena|kr dijiye)\b|\bjust (approve|accept) (it|that|the request)\b/
    // ... and the reader said to receive the money ("paise aapke account mein aa jayenge", "receive karne ke
    // liye"), or the writer said to pay ("main advance bhej raha hoon"): a payer never needs an approval
    $recv_hi = /\b(aapke|apke|aap ke|aapko|apko|aap ko|tumhare|tumko|tumhe)\b.{0,40}\b(aa jayenge|aa jayega|aa jaega|aa jaenge|aa jaayenge|aa jaayega|mil jayenge|mil jayega|mil jaega|mil jaenge|credit ho jayega|credit ho jayenge|credit ho jaega|credit ho jaenge)\b|\b(receive|paise lene|payment lene) (karne )?(ke liye|keliye|k liye)\b/
    $paying_hi = /\b(advance|payment|paise|amount) (bhej raha|bhej rahi|bhej rha|bhejta|bhej deta|bhej dunga|bhej diya|de raha|de deta|de dunga|transfer kar raha|transfer kar deta|kar raha|kar deta|kar dunga)\b/
    // The QR code "to receive": the buyer sends a QR (a payment request) and tells the seller to scan it to
    // receive the money (scanning a QR only ever pays): "scan it to receive the payment", "scan karke payment
    // receive kar lo", "scan karo, paise aapke account mein aa jayenge" (English, Hinglish)
    // the "advance" announced as a request: "you will get a request on Google Pay, accept it to receive",
    // "request aayegi, accept kar lena, paise aa jayenge" (a request to accept for money to come in)
    $appr_it = /\b(accept|approve) (it|that|the same)\b/
    $recv_in = /\b(paise|paisa|payment|amount|advance|rupaye|money)( turant| seedha| direct)? (aa jayenge|aa jayega|aa jaega|aa jaenge|aa jaayenge|aa jaayega|mil jayenge|mil jayega|credit ho jayenge|credit ho jayega)\b/
    $upi_ctx = /\b(upi|gpay|google pay|phonepe|phone pe|paytm|bhim|advance|olx|quikr)\b/
    $qr = /\b(qr|scanner)\b/
    $scan_en = /\bscan\b.{0,50}\b(to|and|then|&) (receive|recieve|accept|claim|collect|get)( the| your| ur| my| this| that)? (payment|money|amount|advance|funds|cash|refund|rs|inr|rupees|[0-9])/
    $scan_hi = /\bscan (karke|kar ke|karo|kar lo|kar do|kar lena|kar dena|kijiye|kariye|kr ke|krke|kr lo|karte hi|kar lijiye|kar dijiye|karein)\b/
    $recv_qr_hi = /\b(receive|recieve|accept) (kar lo|karo|kar lena|kar lijiye|kijiye|kr lo|krlo|karlo|kar le|kar lein|ho jayega|ho jayenge|ho jaega)\b|\b(paise|paisa|payment|amount|rupaye|money) (lene|receive karne|milne) (ke liye|keliye|k liye)\b|\b(aapke|apke|aap ke|tumhare|tere) (account|khate|bank account|a\/c|upi)( me| mein| mai| main)? (aa jayenge|aa jayega|aa jaega|aa jaenge|aa jaayenge|aa jaayega|credit ho jayega|credit ho jayenge|credit ho jaega|jama ho jayega|jama ho jayenge)\b/
    // the honest buyer scans the seller's QR himself; a warning says never scan to receive
    $qr_self = /\bi('ll| will| can| shall|'m going to| am going to)( just)? scan\b|\b(send|share|give|bhejo|bhej do|de do|dedo|bhejiye)( me)? (your|ur|apna|aapka|apka)( upi| payment| gpay| phonepe| paytm)? (qr|scanner)\b|\b(apna|aapka|apka)( upi| payment)? (qr|scanner)( code)? (bhejo|bhej do|bhejiye|bhej dijiye|de do|send karo|send kar do)\b|\b(main|mai|mein|hum) scan (kar ke|karke|kar dunga|kar deta|kar lunga|karunga|kar denge)\b/
    // Latin American Spanish and Brazilian Portuguese (accents folded): the QR to scan or read ("escanealo", "escaneia",
    // "leia esse QR") ...
    $scan_lat = /\b(escane[a-z]{0,7}|scanea[a-z]{0,5}|(leia|ler|le) (o|esse|este|aquele) qr|lee (el|este|ese) (qr|codigo))\b/
    // ... or a collect request (a CoDi "cobro", a Pix "cobranca") to accept or authorise ...
    $cobro_lat = /\b(cobro|solicitud de (cobro|pago)|cobranca|codi)\b/
    $acc_lat = /\b(acept[a-z]{0,6}|autori[cz][a-z]{0,6}|aprueb[a-z]{0,5}|aceit[a-z]{1,4}|aprov[a-z]{1,4})\b/
    // ... so that the money reaches the reader ("para que le llegue la plata", "y te cae el dinero", "pro pix cair na sua
    // conta", "pra liberar o recebimento"): paying a QR or a request only ever sends
    $recv_lat = /\b(para que|y|asi) (ya )?(te|le|se te|se le) (llegue|entre|caiga|acredite|llega|entra|cae|acredita) (el|la|los|tu|su) (pago|plata|dinero|transferencia|deposito|monto|lana|platica)\b|\bpara (recibir|cobrar|liberar) (el|la|los|las|tu|su|sus) ([0-9][0-9.,]{0,8} )?(pago|plata|dinero|transferencia|deposito|monto|millones|lana)\b|\b(pra|para|pro) (voce |vc )?(receber|liberar) (o |seu |o seu )?(dinheiro|pagamento|recebimento|valor|pix)\b|\b(pro|para o|pra o) (pix|dinheiro|pagamento|valor) cair\b|\b(dinheiro|pix|pagamento|valor) cai (na|em) (sua|tua) conta\b|\b(ai|e) cai na hora\b/
    // the honest buyer asks for the seller's own QR or scans it himself; a warning
    $qr_self_lat = /\b(mandame|pasame|enviame|me mandas|me pasas|me manda|me passa|manda|passa)( tu| su| seu| o seu| teu)( codigo)? qr\b|\b(yo escaneo|eu escaneio|escaneio)\b/
    $qr_warn_lat = /\b(nunca|no escanees|no escanee|nao escaneie|nao escaneia|estafa|golpe|fraude|cuidado)\b/
    $qr_warn = /\b(never|don'?t|do not|dont|no need to|not)( need to| have to)? scan\b|\bscan (mat|na|nahi|nahin) (karo|karna|karein|kare)\b|\b(beware|savdhan|saavdhan|dhokha|thagi|scam)\b/
  condition:
    ($accept and ($recv or $sending)
      or ($req and $appr and ($recv or $recv_hi or $paying_hi or $sending))
      or ($req and ($appr or $appr_it) and ($recv or $recv_in) and ($upi_ctx or money_count > 0))
      or ($qr and ($scan_en or ($scan_hi and $recv_qr_hi)) and not $qr_self and not $qr_warn)
      or ((($qr and $scan_lat) or ($cobro_lat and $acc_lat)) and $recv_lat and not $qr_self_lat and not $qr_warn_lat))
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

// "I typed your number by mistake, the verification code went to you, please send it to me": the code asked
// back by a stranger who claims the slip (Serbian and Croatian in both scripts, Greek and Greeklish, Romanian,
// Bulgarian in both scripts, simplified, traditional and Cantonese Chinese, Japanese, Korean; accents folded,
// a Greek or Cyrillic letter is two bytes, a CJK or Hangul one three). A relative's gate or wifi code asks for
// nothing back; a service's own code message comes from a sender id; a warning says never to give it.
rule reversal_mistaken_code_intl : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A stranger says a verification code reached you by mistake (they typed your number, sent it to the wrong one) and asks you to send, forward, read or tell them the digits: the account takeover told as a slip (Serbian, Croatian, Greek and Greeklish, Romanian, Bulgarian, Chinese, Cantonese, Japanese, Korean)"
  strings:
    // Serbian and Croatian: "greskom sam uneo vas broj ... posaljite mi ga"
    $mis_sr = /\b(greskom|slucajno|pogresno|omaskom|nehotice|krivo (sam )?(upisao|upisala|ukucao|ukucala|unio|unijela|uneo|unela))\b|(грешком|случајно|погрешно|омашком)/
    $code_sr = /\b(kod|koda|sifr[a-z]{1,2}|cifr[a-z]{1,2}|sms)\b|(код|шифр|цифр)/
    $back_sr = /\b(posalji|posaljite|proslijedi|proslijedite|prosledi|prosledite|napisi|napisite|vrati|vratite) mi\b|\bmi (ga|je|ih) (posalji|posaljite|poslati|proslijedi|proslijedite|proslijediti|prosledi|prosledite|proslediti|napisati|vratiti|reci|recite)\b|\bda mi (ga |je |ih )?(posaljete|prosledite|proslijedite|napisete|kazete|vratite)\b|(пошаљите ми|проследите ми|напишите ми|пошаљи ми|ми га (пошаљ|просле|напиш|врат))/
    $no_sr = /\b(nikome|nikad|nikada|ne (saljite|salji|prosledjujte|prosledujte|prosljedujte|dajte|daj|delite|dijelite)|prevar[a-z]{0,4})\b|(никоме|никад|превар|не (шаљите|прослеђујте|дајте))/
    // Greek and Greeklish: "έβαλα κατά λάθος το νούμερό σας ... μου τον στείλετε;"
    $mis_el = /(κατά λάθος|κατα λαθος|λάθος (αριθμό|αριθμο|νούμερο|νουμερο)|(έβαλα|εβαλα|πληκτρολόγησα|πληκτρολογησα) λάθος|λάθος (έβαλα|εβαλα|πληκτρολόγησα)|kata lathos|lathos noumero|evala lathos)/
    $code_el = /(κωδικ|ψηφί|ψηφι|kwdik|kodik)/
    $back_el = /((στείλ|στειλ|προωθ|γράψ|γραψ|πείτε|πειτε|δώσ|δωσ)[^ ]{0,12} μου|μου (τον|το|τα) (στείλ|στειλ|προωθ|γράψ|γραψ|δώσ|δωσ|πείτε|πειτε|πεις|πείς)|steil[a-z]{0,4} mou|mou (ton|to|ta) (steil|proowth|prowth|graps|dws|peite))/
    $no_el = /((^| )(μην|μη) |ποτέ|ποτε|απάτη|απατη|\bmin |\bmhn )/
    // Romanian: "am introdus din greseala numarul dumneavoastra ... mi-l puteti trimite?"
    $mis_ro = /\b(din greseala|din eroare|gresit|am gresit (numarul|cifra))\b/
    $code_ro = /\b(cod|codul|coduri|codurile|cifrele|cifre|sms)\b/
    $back_ro = /\bmi-(l|le|o) (puteti|poti|dati|da|trimiteti|trimite|trimiti|spuneti|spui|redirectionati)\b|\b(trimite|trimiteti|da|dati|spune|spuneti|scrie|scrieti|redirectioneaza|redirectionati)-mi\b|\b(imi|mi) (spuneti|spui|trimiteti|trimiti|dati|dai) (si )?(codul|cifrele|cifre)\b|\bsa mi-(l|le) (trimiti|trimiteti|dati|dai|spui|spuneti)\b/
    $no_ro = /\b(nu (il |le |o )?(comunica|comunicati|trimite|trimiteti|da|dati|spune|spuneti|divulga|divulgati)|niciodata|nimanui|frauda|teapa|inselator[a-z]{0,3})\b/
    // Bulgarian: "по погрешка въведох вашия номер ... може ли да ми го изпратите?"
    $mis_bg = /(по погрешка|по грешка|сбърках (номера|цифра)|грешно (набрах|въведох|написах)|без да искам|\bpo pogreshka|\bpo greshka|\bsbarkah nomera)/
    $code_bg = /(код|цифр|\bkod|\bcifr)/
    $back_bg = /((изпратите|изпратиш|пратите|пратиш|препратете|препратиш|върнете|върнеш|кажете|кажеш|напишете) ми го|ми го (изпрат|прат|препрат|върн|кажете|кажи|напиш)|(препратете|пратете|изпратете|кажете|напишете|върнете|върни|прати|изпрати|кажи) ми|\bmi go (izprat|prat|preprat|varn|kazh)|\b(prepratete|pratete|izpratete|kazhete|varnete|varni) mi)/
    $no_bg = /(никога|не (го )?(споделяйте|давайте|препращайте)|измам|\bnikoga)/
    // Chinese and Cantonese: "手机号输错了，验证码发到你手机上了，能发给我吗"
    $mis_zh = /(不小心|输错|輸錯|填错|填錯|打错|打錯|误发|誤發|发错|發錯|写错|寫錯|弄错|弄錯|搞错|搞錯)/
    $code_zh = /(验证码|驗證碼|认证码|認證碼|校验码|校驗碼|动态码|動態碼|确认码|確認碼)/
    $back_zh = /(发给我|發給我|发我|發我|告诉我|告訴我|传给我|傳給我|转发给我|轉發給我|回复给我|回覆給我|俾我|给我|給我)/
    $no_zh = /(不要|别给|別給|勿|骗|騙|千万别|千萬別|泄露|洩露)/
    // Japanese: "番号を間違えて入力して、そちらに認証コードが届いた ... 教えていただけますか"
    $mis_ja = /(間違え|間違っ|まちがえ|誤って|打ち間違)/
    $code_ja = /(認証コード|確認コード|認証番号|確認番号|コード|ワンタイム)/
    $back_ja = /(教えて|転送して|返して|返信して|伝えて|送って(ください|くれ|もらえ|ほしい|下さい|いただけ))/
    $no_ja = /(教えないで|絶対|詐欺|無視して|しないで|他人に)/
    // Korean: "번호를 잘못 입력해서 인증번호가 그쪽으로 갔어요. 알려주실 수 있나요?"
    $mis_ko = /(실수로|잘못 ?(입력|눌러|눌렀|적어|적었|보낸|보냈|썼|기입))/
    $code_ko = /(인증 ?번호|인증 ?코드|인증 ?문자|확인 ?번호|코드)/
    $back_ko = /(알려 ?주|보내 ?주|전달해 ?주|불러 ?주|다시 보내)/
    $no_ko = /(사기|절대|알려주지 ?마|보내지 ?마|하지 ?마)/
  condition:
    reversal_personal_sender
    and (($mis_sr and $code_sr and $back_sr and not $no_sr)
      or ($mis_el and $code_el and $back_el and not $no_el)
      or ($mis_ro and $code_ro and $back_ro and not $no_ro)
      or ($mis_bg and $code_bg and $back_bg and not $no_bg)
      or ($mis_zh and $code_zh and $back_zh and not $no_zh)
      or ($mis_ja and $code_ja and $back_ja and not $no_ja)
      or ($mis_ko and $code_ko and $back_ko and not $no_ko))
}

rule reversal_other_number : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "'Send the money to this number instead, the other one has a problem' from an unknown number, signed with a name (Swahili, English)"
  strings:
    $send = /\b(tuma|tumia|send|transfer)\b.{0,30}\b(kwa hii (number|namba)|to this (number|line) instead|to this new (number|line))\b/
    $other = /\b(hiyo|ile) (ingine|nyingine) (ina shida|imezimwa|haifanyi kazi)\b|\b(the )?other (one|number|line) (has a problem|is blocked|is not working|isn't working)\b/
  condition:
    $send and $other and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule reversal_pin_to_receive : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Asks for a UPI or mobile-money PIN 'to receive' or accept a payment: no PIN is ever needed to receive money"
  strings:
    $pin = /\b(enter|input|type|put|share|provide|use|send)( your| ur| the| apna)? (upi |mpin |m-pin |secret |wallet |momo |mobile money )?(pin|mpin)\b/
    $recv = /\b(to|and|for|then) (receive|accept|get|claim|collect|credit)\b|\b(receive|accept|claim|collect) (the |your )?(money|payment|amount|funds|cashback|refund|prize|reward)\b|\b(paise|amount|payment) (receive|credit|aa jayega|mil jayega)/
    $pay = /\b(upi|gpay|google pay|phonepe|paytm|bhim|m-?pesa|mpesa|momo|mobile money|wallet|cashback|refund|prize|payment request|collect request)\b/
    // a bank's or an app's warning says the opposite
    $never = /\b(never|do not|don't|dont|not required|not needed|no need|nahi|mat)\b/
  condition:
    reversal_personal_sender and $pin and $recv and $pay and not $never
}

rule reversal_send_to_this_number
{
  meta:
    action = "junk"
    weight = 3.0
    description = "'That money, send it to this number, the name will show as ...': the Swahili redirect of a payment to a stranger's mobile-money number; and the change of payee told by a 'landlord', 'caretaker', 'bursar' or relative: the rent, the fees or the money not to the old or blocked number but to this one, with the name it will show (English, Swahili, Luganda, romanised Bangla and Bengali, with M-Pesa, MoMo, Airtel Money, bKash, Nagad or Rocket)"
  strings:
    $send = /\b(ile |hiyo )?(hela|pesa|fedha) (tuma|itume|tumia) (kwa|kwenye) (namba|no|nambari) hii\b|\btuma (kwa|kwenye) (namba|nambari) hii\b/
    $name = /\bjina (litakuja|litatokea|ni)\b/
    // the change of payee: the money to this (new) number ...
    $to_this = /\b(send|pay|transfer|deposit|use|goes|go)\b.{0,40}\b(to|on|into|via) (this|the new|my new|this new) (number|line|one|m-?pesa|momo|bkash|nagad|rocket|mobile money)\b|\b(kwa|kwenye) (hii|namba hii|nambari hii)\b|\bku (namba|layini|momo|airtel money) eno\b|\b(ei|notun) (bkash |nagad |rocket )?(number|nambar)\b|এই (বিকাশ |নগদ |রকেট )?(নাম্বারে|নম্বরে)/
    // ... under the name it will show (a mule's, not the writer's)
    $shown = /\bnames? (will |would |should )?(show|shows|come|comes|appear|appears|read|reads|display|displays)\b|\bit (will|should) (show|read|appear)( as)? [a-z]|\bregistered (as|under)\b|\bunder (my |his |her |the )?([a-z]{1,10}'s )?names?\b|[0-9],? names?\b|\bname: |\b(itaonyesha|itasoma|itakuja|litakuja|litasoma|litaonekana|litaonyesha|litatokea) jina\b|\bjina (litakuja|litatokea|litasoma|litaonekana|litaonyesha|itakuja|itaonyesha)\b|[0-9],? jina\b|\berinnya\b|\bnaam\b|নাম (আসবে|দেখাবে|উঠবে)/
    // ... and not to the old, usual or blocked one
    $old = /\bold (number|line|no|m-?pesa|momo|bkash|nagad|account)\b|\bnot (to )?(the |his |her |my )(previous |old |usual |other )?(one|number|line)\b|\bnot (to )?(the )?(previous|old|usual|other) (one|number|line)\b|\b(previous|former) (one|number|line)\b|\b(don'?t|do not|never) (send|pay|transfer|use)\b.{0,40}\b(number|line)\b|\b(number|line) (is |has been )?(blocked|closed|no longer in use)\b|\b(number|line|it) has (a |some )?problem\b|\b(usitume|usilipe|usiweke|usitumie|msitume|msilipe|sio kwake)\b|\b(namba|laini|line)( yangu| yake)?( ya [a-z-]{1,12})? (imefungwa|ina shida|imezimwa|haifanyi kazi|haitumiki)\b|\bnamba (ya zamani|ile ya zamani|ya awali|nilikupea|niliyokupa)\b|\bnamba (yange |ye )?enkadde\b|\bnamba gye (nakuwa|wakozesanga)\b|\b(tozisindika|tozisasulira|tosindika|temuweereza|baagiggala|tekyakola)\b|\b(layini|namba) (ye |yange )?erimu obuzibu\b|\b(ager|purono|puraton) (bkash |nagad |rocket )?(number|nambar)\b|\bsim ?e problem\b|\b(pathaben|pathaio) na\b|(আগের|পুরাতন|পুরানো) (বিকাশ |নগদ |রকেট )?(নাম্বার|নম্বর)/
  condition:
    reversal_personal_sender and (($send and $name) or (($to_this or phone_count > 0) and $shown and $old))
}

rule reversal_fake_credit_alert : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A bank or mobile-money credit receipt (money received, the new balance: M-Pesa, MoMo, Orange Money, Wave, Moov, Free Money; Ghana's 'Payment received for GHS X from NAME. Current Balance ... Transaction ID ... Fee charged' of MTN MoMo, Telecel or Vodafone Cash and AirtelTigo Money, Zambia's and Malawi's in kwacha; Bangladesh's bKash, Nagad and Rocket 'You have received Tk X from 01... Fee Tk 0.00 Balance Tk ... TrxID', in English or Bengali) sent from someone's mobile (in French too: 'Transfert de X FCFA recu du ... Votre nouveau solde', 'Vous avez recu 15000F'), or followed by 'it was sent in error', or from someone's number with 'if you did not initiate this, call ... to cancel' (English, French): the forged alert before the reversal request"
  strings:
    $recv = /\b(you have received|you've received|received (ksh|kes|tsh|ugx|ghs|ghc|ngn|n|rs|inr|php|p|rm|rp|zmw|mwk|rwf|\$)|cash ?in (received|of)|(payment|transfer|deposit|money|funds) received (for|of|from)|credited (with|to your)|credit alert|umepokea|amepokea|votre compte a ete credite|money received[.:]?\s{0,3}amount|received from a\/c)\b|(পেয়েছেন|প্রাপ্ত|জমা হয়েছে)|\bvous avez recu (un (transfert|depot|paiement|envoi)( d'argent)? (de|du) |la somme de )?[0-9]|\b(transfert|depot|paiement) recu (de|du)\b|\b(cr|credit)\b.{0,40}\b(desc|from|by)\b|\bcash ?in (of |tk ?|bdt ?|rs\.? ?|pkr ?)?[0-9][0-9,.]{0,12} (from|received)\b|[0-9] (has been |have been )?received from\b/
    $bal = /\b(new [a-z-]{2,12} balance|new balance|avail(able)? bal(ance)?|avl\.? bal|avbl\.? bal|current balance|bal:|salio( jipya)? (ni|la)?|nouveau solde|solde (actuel|disponible)|balance:? ?(tk|bdt|৳)|bal\.?:? ?(rs|pkr|tk|bdt|inr|ksh|kes|ghs|ngn|ugx|tzs)\b)|ব্যালেন্স/
    // or the typed receipt's tail instead of a balance: "Transaction ID: ...", "Fee charged: GHS 0.00", "E-Levy"
    $tail = /\b(financial transaction id|transaction id|trans(action)? ref(erence)?|fee charged|tax charged|e-levy|trx ?id|txn ?id)\b/
    // the payee who forwards the receipt of money a friend sent ("got it, medaase") or the payer's own
    $own = /\b(got it|medaase|chale|see (the|my) receipt|here'?s (the|my) receipt|proof of payment|i('ve| have)? (received|got) (it|the money|your))\b/
    // the wallet's French receipt: "Transfert de 25 000 FCFA recu du 07...", "Depot de 30000 F recu de ..."
    $recv_fr = /\b(transfert|depot|paiement|envoi|credit)( d'argent)? de [0-9][0-9 .,]{0,10}(fcfa|f cfa|cfa|xof|xaf|f)\b.{0,12}\brecu (de|du|par)\b/
    $err = /\b(sent|sen|transferred|credited|paid|deposited)\b.{0,40}\b(in error|by mistake|mistakenly|wrongly|to (the |a )?wrong (number|account))\b|\bnimekosea\b/
    // the forged receipt's hook: "if you did not initiate this, call ... to cancel" (an operator's own
    // receipt says so from its sender id)
    $cancel = /\bif (you|u) (did not|didn't|didnt|have not|haven't) (initiate|authori[sz]e|make|request|perform|do)d?\b.{0,60}\b(call|dial|contact|reach)\b|\bsi vous n'avez pas (initie|effectue|autorise|demande|fait|ordonne)\b.{0,60}\b(appelez|appeler|contactez|composez|joignez|rappelez)\b/
    // currencies the money reader does not know: Liberian dollars, dalasi, leones ("LRD 12,500", "D15,000"),
    // kwacha by their codes ("ZMW 1,500.00", "MWK 20,000"), cedis written "GHc"
    $cur = /\b(lrd|l\$|gmd|sll|nle|le|gnf|zmw|mwk|ghc)\.? ?[0-9]|[0-9] ?টাকা/
    // francs CFA written the wallets' way, which the money reader does not take ("15000F", "10.000 F"):
    // the new balance's amount itself, "Nouveau solde: 15300F", "votre nouveau solde Flooz est de 20500"
    $bal_amt = /\bnouveau solde[a-z ]{0,16}:? ?[0-9]/
  condition:
    ((money_count > 0 or $cur or $bal_amt) and ($recv or $recv_fr) and ($bal or $tail) and not $own
      and (sender_line == "mobile" and sender_kind == "phone" or ($err and reversal_personal_sender)))
    or ($recv and $cancel and reversal_personal_sender)
}

rule reversal_parent_friend_credit_hi : phishing
{
  meta:
    action = "junk"
    weight = 2.5
    description = "Hindi, romanised and Devanagari: a stranger who introduces himself as your father's or mother's friend says your father asked him to send you money and that he has sent it, 'check kar lo' (the fake UPI credit before the 'sent too much, refund it' ask), or that money went into your account by mistake and asks for it back"
  strings:
    // the stranger's introduction: "main tumhare papa ka dost bol raha hoon", "papa ka friend bol raha hu"
    $intro = /\b(main|mai|me|mein|hum) (tumhare|tumhari|tumhara|aapke|apke|aap ke|aapki|tere|teri) (papa|pappa|papaji|pitaji|daddy|dad|father|mummy|mammi|maa|chacha|chachaji|mama|mamaji|bhaiya|bhai)( ji)? (ka|ke|ki) (dost|friend|colleague|saheli|jaan pehchan wala)\b|\b(papa|pappa|papaji|pitaji|daddy|dad|mummy|chacha|mama|mamaji|bhaiya)( ji)? (ka|ke|ki) (dost|friend|colleague|saheli)( [a-z]{1,12})? (bol|baat kar) (raha|rahi|rha|rhi)\b/
    // "maine bhej diya hai", "transfer kar diye"
    $sent = /\b(bhej|transfer kar|send kar|daal|dal|credit kar|jama kar|paytm kar|gpay kar|phonepe kar) (diya|diye|di|dia)\b/
    // why a stranger pays ("papa ne bola tha"), and "check it"
    $why = /\b(papa|pappa|papaji|pitaji|daddy|dad|mummy|uncle|chacha|mama|mamaji)( ji)? ne (bola|kaha|bataya|boli|kahi)\b|\bcheck (kar lo|karo|kar lena|kr lo|krlo|kar lijiye|kijiye|karke batao|kar ke batao)\b|\b(message|msg|sms|balance|account|khata) (dekh|check) (lo|lena|lijiye|kar lo|karo|kijiye)\b/
    // Devanagari: the self-introduction ("मैं तुम्हारे पापा का दोस्त", "पिताजी का मित्र बोल रहा हूँ"),
    // the mistake ("गलती से ... खाते में आ गए", "ज्यादा पैसे") and the ask ("वापस कर दो", "लौटा दीजिए");
    // nukta letters are written decomposed, as the normaliser leaves them (NFKC)
    $dev_intro = /(मैं|मै|में|हम) (तुम्हारे|तुम्हारी|आपके|आपकी|तेरे|तेरी) (पापा|पापाजी|पिताजी|पिता जी|डैडी|मम्मी|चाचा|चाचाजी|मामा|मामाजी)( जी)? (का|के|की) (दोस्त|मित्र|फ्रेंड|फ़्रेंड|साथी|सहेली)|(पापा|पापाजी|पिताजी|पिता जी|डैडी|मम्मी|चाचा|मामा)( जी)? (का|के|की) (दोस्त|मित्र|फ्रेंड|फ़्रेंड|साथी|सहेली)( [^ ]{1,24})? (बोल रहा|बोल रही|बात कर रहा|बात कर रही|हूँ|हूं|हू)/
    $dev_err = /(गलती|ग़लती|भूल) से|(ज्यादा|ज़्यादा|एक्स्ट्रा|अधिक) (पैसे|रुपये|रुपए|अमाउंट)/
    $dev_back = /(वापस|लौटा|रिटर्न|रिफंड)( कर| भेज| डाल| ट्रांसफर कर| दे)? (दो|दें|दीजिए|दीजिये|देना)/
  condition:
    reversal_personal_sender and (($intro and $sent and $why) or ($dev_intro and $dev_err and $dev_back))
}

rule reversal_pin_to_receive_hi : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Romanised Hindi: 'accept the request and enter your PIN, the money will come to your account' (a UPI collect request: entering the PIN pays, never receives)"
  strings:
    $req = /\b(request|collect request|payment request)\b/
    $pin = /\b(upi )?pin (daal|dal|daalo|dalo|daal do|daal dena|dal dena|dalna|enter kar|enter karo|enter kijiye)\b/
  condition:
    $req and $pin and sender_kind != "alpha" and sender_kind != "shortcode"
}


rule reversal_overpaid_difference : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "'I overpaid you, I mailed a check for too much, please Zelle, Venmo or Cash App the difference back', or 'I accidentally overpaid you for the tickets, can you refund me through Zelle?': the overpayment reversal (English, Spanish); the buyer's or tenant's cheque, bank draft or money order for more than the price, the rent or the deposit, the rest to send back by Interac e-Transfer (Canadian English and French); the payment made 'de mas' or 'a mais' refunded through a QR, a CoDi request or a Pix 'estorno' (Latin American Spanish, Brazilian Portuguese); and its opener, the fake buyer of a listed item or pet who pays 'right now' by Zelle, Cash App or PayPal, asks for your e-mail ('just need your email') or sends a mover or courier to collect (English; the cheque for more than the asking price is goods_overpayment_mover's); the Marketplace buyer who 'can pay by Zelle' and asks for your e-mail, sends a mover, or says your Zelle must be upgraded to a business account (Spanish, English); and the buyer of an item you listed (Facebook Marketplace, Craigslist, OfferUp, Gumtree) whose 'bank needs your email', whose Zelle, Cash App or PayPal payment is 'pending until you' pay a fee or upgrade, or who asks for the code the app 'sent you' (US and UK English); the buyer who wants your e-mail for the payment and sends a courier (English, AU and NZ); the buyer who bought or paid already, but the money waits until the seller contacts 'customer service' to activate a deposit, a guarantee or a seller verification, or opens a link to receive it (Simplified and Traditional Chinese, written Cantonese, Polish, Czech, Slovak, Brazilian Portuguese, Latin American Spanish)"
  strings:
    // the writer overpaid (a reader who overpaid is refunded, not asked)
    $over = /\bi (have |just |accidentally |mistakenly |wrongly )?(overpaid|over-paid|over paid|paid (you )?(too much|(an |the )?extra|more than|twice|double)|sent (you )?(too much|(an |the )?extra|more than|twice|double|the wrong amount)|made (the|a|you a) (check|cheque) (out )?for (more|too much)|wrote (the|a|you a) (check|cheque) for (more|too much)|mailed (you )?a (check|cheque) for (more|too much))\b|\b(the|my) (check|cheque|payment) (was|is) (for )?(more|too much)\b|\b(check|cheque|sent|paid|mailed|transferred|deposited|wrote)\b.{0,40}\binstead of (\$|£|€)[0-9]/
    $back = /\b(send|zelle|venmo|cash ?app|wire|transfer|refund|return|give|pay)( me| it)?( back)? (the )?(difference|excess|overpayment|remainder|overage)\b|\b(send|zelle|venmo|cash ?app|refund|return|wire)( me)? (it|the (extra|rest|excess|difference|balance)|the money) back\b|\bsend (back|me back) the (difference|extra|excess|rest|balance|remainder)\b|\b(refund|return|send|give|transfer)( me| it| that| them)?( back)?( the (extra|money|difference|rest|excess|overpayment|balance|amount))? (through|via|on|with|by|using|thru|over) (zelle|venmo|cash ?app|paypal|apple (pay|cash)|chime)\b|\b(zelle|venmo|cash ?app|paypal)( me| it)? back\b/
    // Spanish (accents folded): "le pague de mas", "te mande $600 en vez de $60", "devuelvame la diferencia"
    $over_es = /\b(pague|envie|mande|deposite|transferi|pase) (de mas|demas)\b|\b(pague|envie|mande|deposite|transferi)\b.{0,30}\bde (mas|demas)\b|\b(mande|envie|deposite|pague|transferi|cheque)\b.{0,40}\b(en vez de|en lugar de) (\$|€)?[0-9]/
    $back_es = /\b(devuelv|regres|mand|envi|transfier|deposit|reembols)\w{0,6} (la |el )?(diferencia|excedente|sobrante|resto)\b|\b(devolv|devuelv|regres|reembols)\w{0,8}( el dinero| la diferencia| el excedente| el resto)? (por|via|con|en|usando) (zelle|venmo|cash ?app|paypal)\b/
    // a friend's voice: no hurry, keep it
    // ... refunded through a QR, a CoDi "cobro" or a link ("le comparto un QR de Nequi para que me devuelva los 100 mil",
    // "autoricelo para que me regrese lo que sobra")
    $back_es2 = /\blo que (sobra|sobro|te pague de mas|le pague de mas|te mande de mas|le mande de mas)\b|\b(qr|codigo|cobro|codi|solicitud de (cobro|pago)|link de pago|llave)\b.{0,80}\b(devuelv|devolv|regres|reembols)[a-z]{0,8}\b|\b(devuelv|devolv|regres|reembols)[a-z]{0,8}\b.{0,60}\b(qr|codigo|cobro|codi|solicitud de (cobro|pago)|link de pago|llave)\b/
    // the third party's or the buyer's cheque, draft or money order for more than the price, the rent or the deposit
    // (Canada and the US: "my employer will send a certified cheque for more than the first month") ...
    $over3 = /\b(a|the|my|his|her|their|our|company'?s|employer'?s) (certified |cashier'?s |bank |personal |business )?(check|cheque|bank draft|draft|money order)\b.{0,60}\b(more than (the|your|my) (first month|rent|deposit|price|asking|amount|total|agreed)|over (the|your) (asking |listed )?(price|rent|amount|asking)|above (the|your) (price|asking|rent)|plus extra|extra by mistake|instead of (\$|£|€)?[0-9])|\b(the|my) (check|cheque|payment|draft|money order)( (i|we) (sent|mailed|gave|wrote|posted)( you)?)? (was|is) (for |made out for )?(more|too much)\b|\b(my|the) (client|employer|company|accountant|boss|cousin|father|dad|mother|mom|secretary|agent|assistant|husband|wife|son|daughter)( has| have)? (overpaid|over-paid|made the (check|cheque|draft) (out )?for (more|too much))\b/
    // ... and the rest sent back by Interac e-Transfer, a wire or an app ("e-Transfer me the difference", "Interac the
    // extra back", "send the balance via Interac", "return the remaining funds by e-transfer")
    $back2 = /\b(send|wire|transfer|e-?transfer|interac|refund|return|give|zelle|venmo)( me)?( back)? (the )?(difference|excess|overpayment|remainder|overage|extra|balance|rest|remaining (funds|amount|balance))\b.{0,40}\b(by|via|through|with|using|over|on|to)\b|\b(e-?transfer|interac)( me)?( back)? (the )?(difference|excess|overpayment|remainder|overage|extra|rest|balance)\b|\b(send|wire|e-?transfer|interac|refund|return)( me)? (it|the (extra|rest|excess|difference|balance|remainder)|the money)( (\$|£|€)?[0-9][0-9,.]{0,8})? back\b|\b(send|wire|transfer|e-?transfer|interac|refund|return|give)( me)? back the (difference|extra|excess|rest|balance|remainder|overage)\b|\b(refund|return|send|give|transfer)( me| it| that| them)?( back)?( the (extra|money|difference|rest|excess|overpayment|balance|amount))? (through|via|on|with|by|using|thru|over) (interac|e-?transfer|etransfer)\b/
    // Brazilian Portuguese (accents folded): the Pix paid twice, for more or instead of the price, and the "estorno" asked
    $over_pt = /\b(paguei|mandei|transferi|enviei|depositei|fiz (o|um) pix|fiz (a|uma) transferencia)\b.{0,50}\b(a mais|duas vezes|em dobro|(em vez|ao inves|no lugar) de [0-9r])|\bvalor a mais\b|\b(pix|transferencia|pagamento) (duplicad[oa]|em dobro)\b/
    $back_pt = /\b(estorn[a-z]{1,5}|devolv[a-z]{1,6}|devolucao|reembols[a-z]{1,5}|me (devolve|manda de volta|retorna))\b/
    // Canadian French: the cheque, the draft, the money order or the transfer "au lieu de", "de trop", "plus que le depot",
    // and the rest sent back ("me renvoyer la difference par virement Interac", "retournez-moi le montant en trop")
    $over_fr = /\b(j'ai|je t'ai|je vous ai|on vous a|on t'a|nous avons|nous vous avons)( [a-z']{1,12}){0,2} (paye|envoye|verse|fait|depose|poste|vire)\b.{0,50}\b(au lieu de|de trop|en trop|trop eleve|plus que|surplus|de plus)\b|\b(cheque|traite|mandat|mandat-poste|virement|paiement)\b.{0,60}\b(au lieu de|trop eleve|plus que|depasse|surplus|en trop|de trop)\b/
    $back_fr = /\b(renvoyer|renvoyez|renvoie|renvoies|renverrez|retourner|retournez|retourne|retournerez|retourneras|rembourser|remboursez|rembourserez|remettre|remettez|virer|virez|transferer|transferez)(-(moi|lui|nous))?( me| lui| moi| nous)? (la difference|le reste|l'excedent|le surplus|la balance|le montant en trop|la somme en trop|le trop-percu|les [0-9])|\brembourse(-| )moi (la difference|le reste|l'excedent|le surplus|la balance|les [0-9])/
    // a third party who will refund the writer ("la ville va me rembourser la difference", "they'll credit the difference")
    // the scheme told to a friend: "the buyer wants me to send back the difference, is this a scam?"
    $relay3 = /\b(he|she|they|the buyer|the guy|this (guy|person|buyer|lady|woman|man)|buyer|someone|somebody)( [a-z]{1,10})? (wants|asked|is asking|asks|said|says|told) me to\b|\bis (this|that|it) (a )?(scam|legit)\b|\bshould i\b|\bsounds? (like )?(a )?(scam|fishy|sketchy)\b|\b(scam|fishy|sketchy)\b/
    $third3 = /\b(va|vont|doit|doivent|devrait|devraient) me (rembourser|renvoyer|retourner)\b|\b(they|he|she|the city|the bank|the company|the landlord|the office)('ll| will| would| are going to| is going to) (credit|refund|reimburse)\b/
    $easy = /\b(no rush|no hurry|whenever|when you (can|get a chance)|no worries|keep (it|the (change|rest|extra|difference))|lol|haha|quedatelo|quedate con|no hay prisa|sin prisa|sin apuro|cuando puedas|sem pressa|rsrs|kkk|quando (puder|der)|garde(-| )le|garde la monnaie|pas presse|rien ne presse|quand tu peux|(depois|despues) (me |voce me |vc me |voce |vc |tu )?(devolve|devolves|devuelves|acerta|acertamos|pasas|passa))\b|😂|🤣/
    // the fake buyer's opener: your listing "still available", paid at once by an app, and the hook:
    // your e-mail (the forged payment notice goes there) or a mover, shipper or courier to collect
    $avail = /\bstill (available|for sale|up for sale|on sale)\b|\b(saw|seen|found) your (ad|listing|post|advert|item)\b|\b(i'?m|i am|am) (very |really |still )?interested in (your|the|buying)\b|\b(marketplace|craigslist|offerup|offer up)\b|\b(sigue|todavia|aun|esta) disponible\b|\b(vi|mire|encontre) (tu|su) (anuncio|publicacion)\b|\b(estoy|ando) (muy )?interesad[oa] en (tu|su|el|la|comprar)\b|\b(you|u) (posted|listed|advertised|are selling)\b|\b(gumtree|vinted|depop)\b/
    $app = /\b(zelle|cash ?app|paypal|venmo|chime)\b/
    $email = /\b(what'?s|what is|send (me )?|give (me )?|text (me )?|drop (me )?)(your|ur|the) (e-?mail|email address|(zelle|paypal|cash ?app|venmo) (e-?mail|email address|account e-?mail))\b|\b(e-?mail|email address) (linked|connected|associated|registered) (to|with) (your|ur) (zelle|paypal|cash ?app|venmo|account)\b|\byour (e-?mail|email address) (for|to send|so i can send) (the )?(payment|money|funds)\b|\b(just|only|all i) (need|want) (is )?(your|ur) (e-?mail|email address|(zelle|paypal|cash ?app|venmo) (e-?mail|email|info|details|tag))\b|\b(cual es|pasame|mandame|enviame|dame|me das|me pasas|me mandas|necesito|solo necesito|nada mas necesito) (tu|su) (correo|e-?mail)\b|\b(correo|e-?mail) (vinculado|asociado|registrado|conectado) (a|con) (tu|su) (zelle|cuenta)\b/
    $collect = /\bmy (mover|movers|moving company|shipper|shipping agent|courier|pick-?up agent|driver|assistant|agent) (will|would|can|is going to|gonna) (come|pick|collect|get|handle)\b|\bmi (chofer|mudanza|empresa de mudanzas|transportista|mensajero|asistente|agente|hijo|sobrino) (va a (pasar|recoger|ir)|pasara|recogera|ira|vendra|lo recoge|la recoge|lo recogera|la recogera)\b/
    // the fake Zelle notice's next hook: your account must be upgraded to a business one (a "fee" follows)
    $upgrade = /\bupgrade (your|ur) (zelle|account)\b|\bupgraded? to (a )?business\b|\b(actualiza|actualizar|actualices|cambiar|cambies|pasar|pases) (tu|su) (cuenta|zelle)( de zelle)? a (una )?(cuenta )?(de negocios|comercial|empresarial|business)\b|\b(tu|su) (cuenta|zelle)\b.{0,30}\b(de negocios|business|comercial)\b/
    // "my bank needs your email to send it", "Zelle requires your email address": the forged notice's address
    $email2 = /\b(bank|zelle|paypal|cash ?app|venmo)( app)? (needs|requires|require|need|is asking for|asks for|wants)( me to (get|have))? (your|ur) (e-?mail|email address|(full )?name and (e-?mail|email)|phone number and (e-?mail|email))\b/
    // the payment "pending" or "on hold" until the seller pays a fee or upgrades (the forged notice's ask) ...
    $held = /\b(pending|on hold|held|holding (it|the (money|payment|funds))|frozen|stuck|not (be )?released)\b/
    $until = /\buntil (you|u)( first)? (pay|send|upgrade|cover|confirm|verify|add)\b|\b(once|after|as soon as) (you|u) (pay|send|cover)( the| a| that)?( small| refundable)?( [a-z]{1,12})? (fee|charge)\b/
    // ... or the code the app "sent you" asked back (the account taken over)
    // ("what's the code for the gate" is no such code)
    $code = /\bcode( that| which)? (they|it|zelle|paypal|cash ?app|venmo|the app|the bank|google) (just )?(sent|texted|emailed)( to)? (you|u|your (phone|email|number))\b|\b(send|give|tell|read|text|forward) me the( [0-9]-digit| six-digit)?( verification| confirmation| security)? code (you|u) (got|received|just got)\b|\b(needs|requires|need) (your|ur) (confirmation|verification|security|release) code\b/
    // a real buyer comes to see it or pays on collection
    $self = /\b(pay|paying) (you )?(cash )?(on|at|upon) (pick ?up|collection)\b|\b(when|once) i (pick it up|come|get there|see it)\b|\b(come|stop by|swing by|pop over) (and |to )?(see|look at|check|try|test)\b|\b(paso|pasaria|puedo pasar|voy|puedo ir|iria) a (verlo|verla|probarlo|probarla)\b|\bcuando (lo|la) (recoja|vea|pase a buscar)\b|\b(al|en la) (recogerlo|recogerla|entrega en persona)\b/
    // The buyer of a listed item outside English (Chinese resale apps, OLX, Allegro Lokalnie, Bazos, Vinted, Mercado
    // Livre, Mercado Libre, Marketplace): bought or paid already ...
    $mk_buy = /(闲鱼|閒魚|转转|轉轉|旋转拍卖|旋轉拍賣|carousell|蝦皮|虾皮|拍下|买家|買家|买咗|買咗|二手)|\b(kupil[a-z]{0,3}|kupujac[a-z]{1,3}|oplacil[a-z]{0,3}|zaplacil[a-z]{0,3}|koupil[a-z]{0,3}|kupujici|kupujuci|inzerat[a-z]{0,3}|bazos[a-z]{0,2}|sbazar|ogloszeni[a-z]{1,3}|olx|vinted|allegro lokalnie|comprei|comprador|compradora|enjoei|mercado livre|mercado libre|marketplace|publicacion)\b/
    // ... but the money waits until the seller contacts "customer service" to activate a deposit, a guarantee or a seller
    // verification, or opens a link or gives card details to receive it
    $mk_act = /(保证金|保證金|诚信保障|誠信保障|担保交易|擔保交易|(卖家|賣家|商家|收款)(认证|認證|验证|驗證|权限|權限)|(联系|聯繫|聯絡|联络|找|加)(在线|線上|官方|平台)?客服)|\b(aktyw(uj|owac|acj)[a-z]{0,3}|weryfikacj[a-z]{1,2} sprzedaw|aktivac[a-z]{1,3}|aktivovat|aktivujte|overeni prodejce|overenie predajcu|(ative|ativar|ativacao|habilite|habilitar) (a |sua |o )?(garantia|conta de vendedor|verificacao|recebimento)|(entre em contato|fale) com o (suporte|atendimento|sac)|verifi(ques|que|car|ca) (tu|su) cuenta de vendedor|(contacta|contacte|comunicate|comuniquese) (a|con) (atencion al cliente|soporte|servicio al cliente))\b/
    $mk_recv = /(无法收款|無法收款|无法付款|無法付款|付款失败|付款失敗|收不到|收唔到|过唔到|過唔到|到账|到賬|冻结|凍結|未开通|未開通|未认证|未認證)|\b(odebra[a-z]{1,4}|otrzyma[a-z]{1,4}|wyplac[a-z]{1,4}|przyj[a-z]{1,4}) (pieniadze|pieniedzy|srodki|srodkow|platnosc|platnosci|zaplate)\b|\b(prijeti|prijmout|obdrzeni|obdrzet|prevzeti|vyplaceni|prijatie|prijat|obdrzanie|ziskanie|prevzatie|vyplatenie) (penez|penazi|platby|castky|sumy|prostredku|prostriedkov)\b|\b(liberar|receber|desbloquear|recibir|cobrar) (o |seu |o seu |el |tu |su )?(pagamento|dinheiro|valor|pago|dinero|importe)\b|\b(pagamento|pago)\b.{0,30}\b(retido|bloqueado|pendente|retenido|pendiente)\b/
    $mk_link = /\b(link|linkiem|linku|odkaz[a-z]{0,2}|odkaze|enlace|formularz[a-z]{0,2}|dane karty|udaje (karty|o karte)|dados do cartao|datos de (tu|su) tarjeta)\b/
    // a genuine buyer's or seller's own chat ("is it still there, I can pick it up tomorrow")
    $mk_self = /(还在吗|還在嗎|仲有冇|明天|听日|聽日|自取|面交)|\b(odbior osobisty|osobiscie|osobne vyzvednuti|osobny odber|retiro en persona|em maos|pessoalmente)\b/
  condition:
    reversal_personal_sender
    and (((($over and $back) or (($over or $over3) and $back2) or ($over3 and $back) or ($over_es and ($back_es or $back_es2)) or ($over_pt and $back_pt) or ($over_fr and $back_fr)) and not $easy and not $third3 and not $relay3)
      or ($avail and $app and ($email or $email2 or $collect or $upgrade or ($held and $until) or $code) and not $self)
      // the buyer who asks for your e-mail "for the payment" and sends a courier, no app named
      or ($avail and $email and $collect and not $self)
      // outside English: bought or paid, and the money held until the seller activates a deposit or a verification
      // with "customer service", or opens a link or gives card details to receive it
      // (a person's number: a platform's own notice comes from its sender id or a service number)
      or ($mk_buy and $mk_recv and ($mk_act or ($mk_link and url_count > 0)) and not $mk_self
        and sender_line != "unknown" and sender_line != "toll_free"))
}

rule reversal_mule_fake_alert_ng : phishing
{
  meta:
    action = "junk"
    weight = 2.5
    description = "Nigerian money mule and fake-alert buyer (English, Pidgin): 'my account has an issue, I will send N to your account, help me receive it, I will give you something', or a classifieds buyer (Jiji, Marketplace) who pays 'from my bank app' and asks you to confirm the alert and give the item to his driver; or the buyer who saw your post, asks if you are still selling, will pay now by MoMo, Opay or a transfer and asks for your MoMo, Opay or account name (Ghanaian and Nigerian English, Pidgin): the prelude to the fake alert"
  strings:
    // the mule: the writer's own account said to be in trouble ...
    $issue = /\bmy (bank )?(account|acct|acc|a\/c)\b.{0,24}\b(issue|issues|problem|problems|wahala|restricted|restriction|blocked|block|frozen|freeze|pnd|post no debit|flagged)\b|\b(dem|they|bank|cbn|efcc)( don| have| has)? (block|blocked|freeze|froze|frozen|restrict|restricted) my (account|acct|acc)\b/
    // ... the reader's account borrowed to receive the money ...
    $recv = /\b(help|helping) me (to |take |go )?(receive|collect)\b|\b(use|borrow) (your|ur|ya) (account|acct|acc|account number|acct number|bank account|opay|palmpay|moniepoint|kuda)\b|\b(receive|collect) (it|am|the money|the funds|the transfer|the payment|some money) (for|on behalf of) me\b/
    // ... with a reward or the cash to be withdrawn and passed on
    $reward = /\b(i|we) (will|go|would|'ll|shall) (give|dash|pay|settle|send) (you|u)\b.{0,30}\b(for (your|ur) (help|trouble|time|stress|effort|side|assistance)|as (a )?(thank you|appreciation|commission)|commission)\b|\b(keep|take|remove|deduct|cut|collect)( [0-9][0-9,.]{0,6}k?| n ?[0-9][0-9,.]{0,7}| [0-9]{1,2} ?%| [0-9]{1,2} percent)? (for (yourself|your side|your help|your trouble|ur side)|as (your|ur) (commission|share|cut))\b|\bwithdraw (it|am|the money|everything)\b/
    // the fake-alert buyer: "confirm the alert", "once you see the alert", "the money will reflect" ...
    $alert = /\b(confirm|check|see|watch for|wait for|look at)( the| your| my)? (debit |credit |transfer )?alert\b|\b(once|when|as soon as|immediately) (you )?(see|get|receive|confirm)( the| my| your)? (debit |credit )?alert\b|\balert (will|go|don|has|should|dey) (come|drop|enter|reflect|land|show)\b|\b(money|payment|transfer|funds) (will|go|should) (reflect|enter|drop)\b|\b(sent|send|forwarded|forward) (you )?(the )?(payment )?(screenshot|proof of payment)\b/
    // ... the item handed to the buyer's driver or rider ...
    $driver = /\b(give|hand|release|handover)( it| am| the item| the goods| the phone| the product| the car| the laptop| them)?( over)? to my (driver|rider|dispatch|dispatch rider|dispatcher|logistics|delivery (guy|man|boy)|boy|errand boy|brother|cousin|staff|pa|assistant)\b|\bmy (driver|rider|dispatch rider|dispatch|dispatcher|logistics (guy|man|person|rider|company)|delivery (guy|man|boy)|errand boy|boy|staff|pa) (will|go|is coming|dey come|would|shall|can|don dey come)( to)? (come|pick|carry|collect|meet)\b/
    // ... a stranger who answers a listing, or pays "from my bank app" and says "just confirm", "no need to wait"
    $listing = /\b(jiji|marketplace|your (ad|advert|advertisement|post|listing)|still available|i saw (your|the) (ad|advert|post|item|listing))\b|\bstill (selling|for sale)\b|\b(you|u|una) (still )?(dey|de) sell\b|\b(you|u) posted\b/
    $bankapp = /\b(from|with|via|through|on|using) my (bank|banking|mobile banking|bank mobile) app\b/
    $just = /\bjust (confirm|check|see)\b|\b(don'?t|no need to|no need) wait\b/
    // Ghana and Nigeria: the buyer of a listing pays "now" by a wallet or a transfer and asks for the wallet's or
    // the account's name (the name the forged alert will show); a real buyer comes to see the item first
    $gh_pay = /\b(pay|paying|send|sending|transfer|momo)( you| u)?( the (money|cash|payment|amount))?( now| right now| now now| immediately)? (through|via|by|with|on|using|thru) (momo|mobile money|mtn momo|mtn money|telecel cash|vodafone cash|airteltigo money|opay|palmpay|moniepoint|kuda|transfer|bank transfer)\b|\b(pay|paying|send|sending|transfer|momo) (you |u )?(now|now now|right now|immediately|asap|right away)\b/
    $gh_ask = /\b(send|give|text|drop|forward|share|what'?s|what is|tell me|i need)( me)? (your|ur|ya)( correct| full)? (momo|mobile money|opay|palmpay|moniepoint|kuda|account|acct|acc|bank|wallet)( account| wallet)? names?\b|\bname on (your|ur) (momo|account|wallet|opay|palmpay)\b/
    $gh_self = /\b(come|coming) (and |to )?(see|check|inspect|test|look at|pick)\b|\b(when|once|after) i (come|see|check|inspect|pick|get there|collect)\b|\b(on|at|upon) (pick ?up|pickup|collection|delivery|inspection)\b|\bbefore i pay\b/
  condition:
    reversal_personal_sender
    and (($issue and $recv and $reward) or ($alert and $driver and ($listing or ($bankapp and $just)))
      or ($listing and $gh_pay and $gh_ask and not $gh_self))
}

rule reversal_mule_gulf_commission : phishing
{
  meta:
    action = "junk"
    weight = 2.5
    description = "Money-mule ask from a stranger 'in Dubai, Qatar or Saudi' or sending money home: the money routed through your account for a commission or a percentage, give me your account number (English, romanised Hindi and Urdu, romanised Nepali)"
  strings:
    // the reward: "I will give you 10% commission", "commission doonga", "10% tera", "commission dinchhu"
    $cut = /\b(i|we)('ll| will| shall| can)? (give|pay|offer) (you|u)( a| good| some| your)? ([0-9]{1,2} ?%|commission|percentage)|\b[0-9]{1,2} ?% (commission|for you|is yours|for your (help|trouble))\b|\b(commission|commision|kamishan|[0-9]{1,2} ?%|percent) (doonga|dunga|dungi|duga|denge|de dunga|de doonga|milega|milegi|mil jayega|mil jaega|dega|aapka|apka|tumhara|tera|rakh lena|rakh lo|dinchhu|dinchu|dinxu|dinchhau|dinchau|dinchhaun|dinechhu|paunu ?hunchha|paunu ?huncha|milchha|milcha|milxa)\b/
    // the money routed through the reader's account: "send money home through your account", "use your account"
    $route = /\b(through|via|using) (your|ur|ya) (bank )?(account|acct|acc|a\/c)\b|\b(use|borrow) (your|ur|ya) (bank )?(account|acct|acc|a\/c)\b|\b(receive|collect)( it| the money| the funds| the payment)? (for|on behalf of) me\b/
    // romanised Hindi and Urdu: "aapke account mein paisa bhejna hai", "tera account use karna hai"
    $route_hi = /\b(aapke|apke|aap ke|tumhare|tere|aapka|apka|tumhara|tera)( bank)? (account|acc|a\/c|khate|khata)\b.{0,40}\b(bhejna|bhejne|bhejni|bhejwana|bhejwane|mangwana|mangwane|mangwani|dalwana|dalwane|dalna|dalne|daalna|daalne|transfer karna|transfer karne|receive karna|receive karne|use karna|use karne|istemal karna)\b/
    // romanised Nepali: "tapai ko account ma pathauchhu"
    $route_ne = /\b(tapai|tapain|timi|hajur) ?ko (bank )?(account|khata|acc) (ma|maa)\b/
    // the writer abroad or sending home
    // ("I am in Dubai", "Qatar se", "Sharjah mein hun", "ma Qatar ma chhu"; not "the Dubai deal")
    $abroad = /\b(in|from|at) (the )?(uae|dubai|sharjah|abu dhabi|ajman|qatar|doha|saudi|saudi arabia|riyadh|jeddah|dammam|kuwait|oman|muscat|bahrain|malaysia)\b|\b(uae|dubai|sharjah|abu dhabi|ajman|qatar|doha|saudi|riyadh|jeddah|dammam|kuwait|oman|muscat|bahrain|malaysia) (mein|me|main|mai|ma|maa|se|say|bata|baata)\b|\b(abroad|overseas)\b/
    $home = /\b(send|sending|transfer) (the |some |my )?(money|cash|funds|salary) (back )?home\b|\bghar (pe |par |mein |me )?(paisa|paise|paisay|pese) (bhejna|bhejne|bhejni)\b|\b(paisa|pesa|paise|rakam) (ghar ma |ghar |nepal )?(pathaunu|pathauna|pathaune)\b/
    // and the ask for it: "give me your account number", "tera account de de", "account number dinus"
    $ask = /\b(give|send|text|share|forward|drop)( me)? (your|ur|ya) (bank )?(account|acct|acc|a\/c) ?(number|no|details|info)\b|\b(account|acc|a\/c|khata)( number| no| nambar)? (de de|de do|dedo|bhejo|bhej do|bhej dein|bhejiye|bhej dijiye|send karo|dijiye|dinus|dinuhos|dinu ?hola|deu|pathaunus|pathaideu|pathaidinus)\b/
  condition:
    reversal_personal_sender and $cut
    and ((($route or $route_hi or $route_ne) and ($abroad or $home or $ask)) or ($ask and $abroad and $home))
}

rule reversal_boss_driver_collect_ng : phishing
{
  meta:
    action = "junk"
    weight = 2.5
    description = "Payment redirection in Nigerian English and Pidgin: the driver, assistant or staff of an 'Alhaji', 'Chief', 'Oga' or 'Madam' was told to collect the money for the goods and gives a bank account number and name to pay into"
  strings:
    // the boss's man: "I am Alhaji Musa's driver", "na Chief driver be this", "Madam PA"
    $who = /\b(alhaji|alhaja|hajia|hajiya|chief|oga|madam|ogbeni|boss)\b.{0,24}\b(driver|assistant|pa|p\.a|secretary|boy|accountant|cashier|staff|store ?keeper|sales ?(boy|girl|rep)|manager)\b/
    // the instruction to collect, or to pay to this account
    $told = /\b(told|asked|sent|instructed|directed|said|say|talk say|mandated)( me)? (to|make i|say make i|that i should|that i) (collect|receive|take|pick up|come for)\b|\b(pay|send|transfer|remit)( the| your| una)? (money|balance|payment|amount|[0-9n][0-9,.]{0,9}k?) (to|into|for) (me|my account|this account|the account below|the following account)\b/
    // a bank account with its number or its name
    $acct = /\b(account|acct|acc|a\/c)( (number|no|num|details))?\b[^0-9]{0,30}[0-9][0-9]|[0-9][0-9],? ?(access|gtb|gtbank|zenith|uba|first ?bank|fidelity|ecobank|opay|palmpay|moniepoint|kuda|stanbic|wema|sterling|union bank|polaris|fcmb|keystone|jaiz)\b|\b(account|acct|acc) name\b/
  condition:
    reversal_personal_sender and $who and $told and $acct
}

rule reversal_inspection_fee_ng : phishing
{
  meta:
    action = "junk"
    weight = 2.5
    description = "A house 'agent' who wants an inspection or viewing fee paid into an account before showing a flat (Nigerian English and Pidgin, Naira)"
  strings:
    $fee = /\b(inspection|viewing) (fee|fees|charge|charges|money|cost|token)\b/
    // paid first: "before inspection", "pay am first", "after payment I'll send the address"
    $first = /\bbefore (the |any |we (go|do|start|proceed|carry out)( for| to)? (the )?|i (show|take) you( to)?( see)? (the )?|you (see|view|come for) (the )?|going for (the )?)?(inspection|viewing|showing|house|flat|apartment|property)\b|\b(pay|paid|payment|send|transfer)( it| am| the fee| the money)? (first|upfront|up front|in advance)\b|\bnon-?refundable\b|\bafter (payment|you pay|paying|you don pay|you transfer)\b.{0,40}\b(address|location|send|share|show|take)\b/
    // the order with the fee in between: "pay inspection fee of N10,000 first to my Opay", "abeg pay the
    // inspection money 5k first" (an order, so "I go pay the inspection fee first thing" is left alone)
    $first2 = /(^|[.,;:!] ?|\b(pls|please|kindly|abeg|you (will|go|should|must|need to|have to|are to)) )(pay|send|transfer)( the| your| an| a)? (inspection|viewing) (fee|fees|charge|money|token)\b.{0,30}\b(first|upfront|up front|in advance)\b/
    $prop = /\b(flat|apartment|self ?con|self-?contain|self-?contained|bedroom|duplex|bungalow|room and parlou?r|room & parlou?r|terrace|house|property|shop|office space|bq)\b/
    $pay = /\b(account|acct|acc|a\/c)( (number|no|num|details))?\b[^0-9]{0,30}[0-9][0-9]|\b(opay|palmpay|moniepoint|kuda)\b|\b(pay|send|transfer)\b.{0,30}\b(to|into|via|through|on) (this|my|the following|our|the) (account|acct|number)\b/
    // a tenant relaying what an agent asked ("the agent said", "should we pay?")
    $relay = /\b(the|that|our|my|this|una) agent (said|says|wants|want|asked|is asking|dey ask|collected|collect|charged|charge|don)\b|\bshould (i|we) pay\b/
  condition:
    reversal_personal_sender and $fee and ($first or $first2) and $prop and $pay and not $relay
}

rule reversal_relocation_sale_ng : phishing
{
  meta:
    action = "junk"
    weight = 2.5
    description = "Nigerian English advance-payment sale: a stranger 'relocating abroad' (japa) sells a phone, laptop or car cheap and wants half or part payment now, the balance on delivery; and its opener, a stranger who introduces himself by a rank or a title and name ('I am Sgt. X of the Nigerian Army', 'I'm Mr X from Tema', 'sorry for disturbing you') and sells goods at a give-away, half or cheap price because of a relocation, a transfer or his travelling, call me (English, Nigeria, Ghana, India; Hinglish 'army mein hoon, transfer ho gaya, saste mein bech raha hoon'); and a stranger's land sale, the plots you asked about still available at a price in cedis or naira, send a deposit today to hold them (Ghanaian and Nigerian English)"
  strings:
    $relocate = /\b(relocating|relocate|relocated|japa|travelling out|traveling out|leaving the country|leaving nigeria|leaving naija|moving abroad|moving out of the country|travelling abroad|traveling abroad)\b|\b(moving|leaving|travelling|traveling|relocating) to (canada|the uk|uk|london|the us|usa|the states|dubai|germany|australia|ireland)\b/
    $sell = /\b(selling|sell off|disposing|dispose|for sale|going for|letting (it|them) go)\b/
    // half or part payment first, the balance when it arrives
    $adv = /\b(pay|send|transfer|make|drop)( me)?( the| a)? (half|part|50 ?%|60 ?%|70 ?%|deposit|half payment|part payment|commitment fee|booking fee)\b|\b(half|part|advance|upfront) payment\b|\b(balance|rest|remaining) (on|after|upon|when) (delivery|arrival|you receive|it arrives)\b|\bpay (first|before delivery|upfront|up front)\b/
    $dlv = /\b(delivery|deliver|delivered|waybill|dispatch|courier|logistics|ship|shipped|shipping)\b/
    // a real seller lets the buyer inspect and pay on the spot
    $self = /\bpay (on|after|upon) (delivery|inspection|pickup|pick ?up)\b|\b(come|you can come) (and |to )?(see|inspect|check|test)\b|\binspection (is )?(allowed|welcome)\b/
    // the opener: a stranger's introduction by a rank, or by a title and a name, or his apology for writing
    // ("I am Sgt. X of the Nigerian Army", "I'm Mr X from Tema", "sorry for disturbing you", "main army mein hoon")
    $rl_intro = /\b(i am|i'm|im|my name is|myself|this is) (sgt|sergeant|cpl|corporal|lance corporal|pte|private|capt|captain|maj|major|lt|lieutenant|col|colonel|warrant officer|subedar|naib subedar|havildar|havaldar|naik|sepoy|mr|mrs|madam|mdm|alhaji|alhaja|chief|engr)\.? [a-z]|\bmy name is [a-z]|\b(i am|i'm|im) (a |an )?(soldier|army officer|military officer|serving officer)\b|\b(sorry|sorry for|i'?m sorry for|pardon me for|pardon for) (disturbing|bothering|the disturbance)\b|\bsorry to (disturb|bother)\b|\b(main|mai|hum) (army|fauj|military|crpf|bsf|cisf|itbp|navy|air force) (mein|me|main) (hoon|hu|hun|hain)\b/
    // moved by the service or a journey: a transfer, a posting, the barracks left, "because of my travelling"
    $rl_move = /\b(transferred|posted|redeployed|reposted) (to|out)\b|\b(transfer|posting|redeployment) (order|letter)\b|\b(leaving|vacating|moving out of|relocating from) (the |our |my )?(barracks|quarters|cantonment|cantt|base)\b|\brelocation\b|\b(because of|due to) (my|our) (travell?ing|travel|journey|transfer|posting)\b|\b(i am|i'm|im|we are|we're) (travell?ing|leaving) (out|abroad|next|tomorrow|this|to)\b|\btransfer (ho gaya|ho gya|ho gayi|ho raha|hua hai|ho chuka)\b/
    $rl_sell = /\b(to sell|sell|bech (raha|rahi|rahe|rha|rhi|dunga|denge)|bechna|bechne)\b/
    // the give-away price
    $rl_cheap = /\b(give ?away|throw ?away|half|slashed|reduced|bargain) (price|prices|rate|rates|amount)\b|\bcheap(ly|er|est)?\b|\bhalf (the )?(price|cost)\b|\b(sasta|saste|sasti)\b|\b(aadhe|adhe) (daam|dam|keemat|kimat)\b/
    // a neighbour's or a friend's honest sale to someone they know
    // the land sale (Ghana, Nigeria): the plots "you asked about" are still available, send a deposit today
    // to hold them; an agent's real reply offers a site inspection, a friend tells of land he bought
    $ld_land = /\b(plots?|acres?|plots? of land|parcel of land)\b|\bland (at|in|located|situated|you|is still|for sale)\b/
    $ld_pitch = /\bstill available\b|\b(you|u) (asked|enquired|inquired|called|requested) (about|for)\b|\bfirst come,? first serve|\bselling fast\b|\b(few|only [0-9]{1,2}) plots? (left|remaining)\b|\bmany (people|buyers|clients) (are )?(interested|asking)\b|\bbefore (someone|somebody|another (person|buyer|client)) (else )?(takes?|buys?|pays?)\b/
    $ld_dep = /\b(send|pay|make|transfer|drop|momo)( me| us)?( the| a| your| an| small| some)? (initial |part |token |commitment )?(deposit|commitment fee|booking fee|part payment|down ?payment)\b|\bdeposit (today|now|to (hold|secure|reserve|book|block))\b|\bto (hold|secure|reserve|book|block) (it|them|the (land|plots?)|your (plots?|land))( for you)?\b/
    $ld_cur = /\b(ghs|ghc|cedis|naira|million|per plot)\b|gh₵|₦/
    $ld_self = /\b(site )?(inspection|visit)\b|\b(come|you can come|visit) (and |to )?(see|view|inspect|check)( the)? (land|site|plots?)\b|\b(i|we) (just |have |finally )?(bought|acquired|paid for)\b|\bmy (land|plots?)\b|\b(congrats|congratulations|lol|haha)\b/
    $rl_known = /\b(as (i|we) (told|said|promised|discussed)|you (asked|wanted|said|mentioned)|(still|if you) (want|wants|need|needs) (it|them)|your (wife|husband|mum|mom|dad|brother|sister)|neighbou?rs?|remember|lol|haha|bro|bhai|yaar|tujhe|tera|tere)\b/
  condition:
    reversal_personal_sender
    and (($relocate and $sell and $adv and $dlv and not $self)
      or ($rl_intro and ($relocate or $rl_move) and ($sell or $rl_sell) and $rl_cheap and (contact_count > 0 or phone_count > 0)
        and not $rl_known and not $self)
      or ($ld_land and $ld_pitch and $ld_dep and ($ld_cur or money_count > 0) and not $ld_self))
}

// The marketplace and rental advance fee (English of Britain and America, German, French, Turkish, Gulf and
// Egyptian Arabic): the landlord abroad who posts the keys by courier once the deposit is paid, the car "in
// shipping" held for whoever sends a deposit, and the buyer who "has already paid" and asks the seller to
// confirm a payment service's e-mail or to enter card details at a link "to receive" the money, a courier to
// collect. A real landlord shows the flat; a real buyer comes to see it, or pays at pick-up.
rule reversal_listing_advance_fee : phishing
{
  meta:
    action = "junk"
    weight = 2.8
    description = "Marketplace and rental advance fee from a person's number: keys sent by courier or post once the deposit is paid, a car or vehicle in shipping or at customs reserved for a deposit, or a buyer who has 'already paid' and asks to confirm the payment service's e-mail or to enter card details to receive the money (English, German, French, Turkish, Gulf and Egyptian Arabic)"
  strings:
    // the keys posted or couriered ("keys by DHL", "Schlussel per Post", "cles par colis", "anahtarlari kargo ile", "المفاتيح بالشحن")
    $keys = /\bje (vous|te) (poste|posterai|envoie|enverrai) les (cles|clefs)\b|\bkeys?\b.{0,30}\b(by|via|through|with) (courier|post|mail|dhl|fedex|ups|royal mail|parcel|a delivery (company|service))\b|\b(send|post|mail|ship|courier)( you)? the keys\b|\bkeys (will be |would be |can be )?(posted|mailed|couriered|shipped|sent (to you )?by)\b|\bschlussel\b.{0,40}\b(per|mit der|mit|uber|via) (post|dhl|hermes|dpd|kurier|paket|spedition)\b|\b(cles|clefs)\b.{0,40}\b(par|via) (la poste|colis|chronopost|dhl|ups|fedex|transporteur|coursier|courrier|colissimo)\b|\banahtar(lari|i|lar)?\b.{0,30}\b(kargo|kurye|posta)|\b(sleutels?|nycklarna|nyckeln|chiavi|llaves|chaves)\b.{0,40}\b(per post|op(sturen)?|met (de )?posten|med posten|per (corriere|posta)|por (mensajeria|correo|paqueteria)|pelo correio|por correio|skickar)|(المفاتيح|المفتاح).{0,40}(بالشحن|شركة الشحن|شركه الشحن|بالبريد|مع المندوب|مندوب|ارامكس|أرامكس|دي اتش ال)/
    // the deposit, the first rent or a reservation sum asked
    $dep = /\b(deposit|first month'?s? rent|holding fee|premier mois|primer mes|reservation fee|security bond|bond)\b|\b(kaution|anzahlung|reservierungsgebuhr|erste(n)? miete|monatsmiete)\b|\b(caution|depot de garantie|acompte|premier loyer|frais de reservation|arrhes)\b|\b(depot|depot de garantie|versement)\b|\b(borg|waarborgsom|aanbetaling|deposition|depositionen|handpenning\w{0,2}|caparra|deposito( cauzionale)?|acconto|fianza|senal|deposito|caucao|sinal)\b|\b(depozito|kapora|on odeme|ilk kira|kiranin ilk)|(عربون|العربون|التأمين|تأمين الشقة|مقدم|المقدم|دفعة مقدمة|الدفعة المقدمة|ايجار أول شهر|إيجار أول شهر|ايجار اول شهر)/
    // the ask to transfer it
    $send = /\b(send|wire|transfer|pay|zelle|bank transfer|western union|moneygram|paypal|revolut)\b|\b(uberweisen|uberweisung|uberweist|zahlen|bezahlen|uberweisen sie)\b|\b(virement|virer|envoyer|envoyez|payer|mandat cash|western union|transcash|pcs)\b|\b(verser|versez|verse|reception)\b|\b(overmaken|overmaakt|betaling|betald|betala|betalat|inviare|versamento|ricevo|bonifico|pagare|transferencia|ingreso|reciba|recibir|pague|enviar|depositar|deposite|transferir|receber)\b|\b(skicka|skickar|gonder\w{0,9}|yatir\w{0,6}|havale|eft|iban)\b|(حول|حوّل|تحويل|ابعت|ابعتلي|ارسل|أرسل|ادفع|الايبان|ايبان|آيبان|رقم الحساب)/
    // the vehicle in shipping or at customs, reserved for a deposit
    $car = /\b(car|vehicle|truck|motorbike|motorcycle|caravan|motorhome|auto|fahrzeug|wagen|wohnmobil|voiture|vehicule|camping-car|araba|arac|aracim|arabam)\b|(السيارة|السياره|العربية|العربيه|سيارتي|عربيتي)/
    $ship = /\b(with|at) (the |a )?(shipping|transport|freight|logistics) (company|agent|firm)\b|\b(in|at) customs\b|\b(in transit|being shipped|in shipping|shipping company)\b|\b(spedition|transportunternehmen|beim zoll|im zoll|verschifft|versandfirma)\b|\b(transporteur|transitaire|a la douane|en douane|societe de transport|en cours d'expedition)\b|\b(nakliye|nakliyat|gumrukte|gumrukte bekliyor|lojistik firma)|(شركة الشحن|شركه الشحن|في الشحن|فى الشحن|في الجمارك|فى الجمارك|بالجمارك|مخلص جمركي)/
    $hold = /\bto (reserve|hold|secure|book)\b|\b(reservieren|zu reservieren|sichern)\b|\b(reserver|bloquer|pour la reserver|pour le reserver)\b|\b(ayirmak|ayirtmak|rezerve|ayirabilirim)\b|(للحجز|لحجز|احجزها|احجزهالك|عشان احجز|لحجزها)/
    // the owner abroad (landlord or seller), the rented flat
    $abroad = /\b(abroad|overseas|out of (the )?(country|state)|working offshore|im ausland|in (spanien|frankreich|england|italien)|a l'etranger|en (allemagne|espagne|italie)|yurt ?disi\w{0,6}|buitenland|in (spanje|duitsland)|utomlands|i tyskland|all'estero|in germania|en el extranjero|fuera de (espana|mexico|el pais)|fuera del pais|en alemania|no estrangeiro|fora do pais|na alemanha)\b|(خارج الدولة|خارج المملكة|خارج البلد|بره مصر|برا مصر|مسافر)/
    $flat = /\b(flat|apartment|house|room|studio|wohnung|zimmer|appartement|logement|maison|daire|ev|woning|appartement|huis|kamer|lagenhet\w{0,2}|daire\w{0,3}|landlord|owner|vermieter|proprietaire|ev sahibi\w{0,3}|eigenaar|verhuurder|hyresvard|proprietario|propietario|dono|senhorio|appartamento|casa|piso|apartamento|imovel|car|auto|wagen|voiture|araba|bilen|coche|carro)\b|(الشقة|الشقه|السيارة|العربية)/
    // the buyer who has paid already ...
    $keyword = /\b(keys?|schlussel|cles|clefs|anahtar\w{0,4}|sleutels?|nycklarna|nyckeln|chiavi|llaves|chaves)\b|(المفاتيح|المفتاح)/
    $link = /\b(link|lien|enlace|lanken|linke|linki)\b|(اللينك|الرابط)/
    $paid = /\b(i|we)( have| ve|'ve)?( already| just)? (paid|made the payment|sent the (money|payment)|completed the payment|transferred the money)\b|\b(ich habe|hab|habe) (bereits |schon |gerade )?(bezahlt|uberwiesen|die zahlung (gesendet|veranlasst|getatigt))\b|\bj'ai (deja |bien )?(paye|effectue le (paiement|virement)|envoye (l'argent|le paiement))\b|\b(odemeyi|parayi|ucreti) (yaptim|gonderdim|yatirdim|attim|tamamladim)\b|\b(already paid|paid (through|via|with) (paypal|zelle|cash ?app|venmo)|heb al betaald|(betaald|bezahlt|betalat|pagato|pagado|pague|paguei|paye|paiement deja fait) (via|per|met|med|con|por|par|pelo|com|tramite) |har redan betalat|ho gia pagato|ya (he pagado|te pague|te mande el pago)|ja paguei|hab per paypal bezahlt|odemeyi yaptim)|\b(habe|hab)( [a-z]{1,12}){0,4} (bezahlt|uberwiesen|geschickt)\b|\b(parayi|odemeyi|ucreti)\b.{0,40}\b(yatirdim|yaptim|gonderdim)\b|\b(j'ai regle|buyer has paid|the buyer (has )?paid|koper heeft betaald|kop(are|aren) har betalat|acquirente ha pagato|comprador (ha )?pag\w{1,3}|alici\w{0,4} odeme\w{0,3} yapti)\b|(دفعت|اشتريت).{0,80}(الدفع الآمن|الدفع الامن|الدفع الإلكتروني|الدفع الالكتروني)|(حولت المبلغ|حوّلت المبلغ|دفعت المبلغ|تم التحويل|تم الدفع|ارسلت المبلغ|أرسلت المبلغ|بعتلك الفلوس|حولتلك الفلوس|حولتلك المبلغ)/
    // ... and asks to confirm a payment service's e-mail, or to enter the card at a link to receive it
    $mail = /\b(confirm|accept|check|approve|open)( the| your)? (e-?mail|email|mail|message|notification) (from|of|sent by) (paypal|the bank|bank|zelle|ebay|vinted|gumtree|the payment|payment)\b|\b(e-?mail|email|mail|nachricht) (von|der) (paypal|kleinanzeigen|der bank|bank)\b.{0,40}\b(bestatig|bestatigen|akzeptier|offnen)|\b(bestatigen|bestatige) (sie )?(die|den) (e-?mail|mail|link|zahlung)\b|\b(mail|e-?mail|courriel|message) (de|from) (paypal|leboncoin|vinted|la banque)\b.{0,40}\b(confirm|valid|accept)|\b(confirmer|confirmez|confirme|valider|validez|valide|accepter|acceptez) (le |l'|la )?(mail|e-?mail|courriel|notification|message) (de|envoye par) (paypal|leboncoin|vinted|la banque|votre banque)\b|\b(paypal|iyzico|sahibinden|letgo|dolap|papara)\b.{0,40}\b(mail|e-?posta|eposta)\b.{0,30}\b(onayla|kontrol)|(ايميل|الإيميل|الايميل|بريدك|الرسالة).{0,40}(باي بال|paypal|البنك).{0,30}(أكد|اكد|تأكيد|تاكيد|وافق)/
    $mail2 = /\b(confirm|confirma|confirmer|confirmar|bestatig\w{0,3}|confirmez|valid\w{0,3}|bevestig\w{0,2}|bekrafta|conferma|confirme|onayla\w{0,6}|check|kolla|controlla|veja|schau)\b.{0,20}\b(your |ihre |deine |votre |ton |je |uw |din |la tua |su |tu |o seu |seu )?(e-?mail|email|mail|mails|correo|mejl|e-?post|e-?postanizi|mailinizi|courriel)\b|\b(e-?mail|mail|mails|correo|mejl|e-?postanizi|mailinizi)\b.{0,25}\b(bevestig\w{0,2}|bestatig\w{0,3}|onayla\w{0,6}|kontrol|confirm\w{0,2})|(أكد|اكد|تأكيد).{0,10}(إيميلك|ايميلك|بريدك)/
    $recv = /\b(to (receive|release|get) (the|your) (money|funds|payment)|money (is|will be) released|the money shows|damit (das geld|die zahlung)|pour (le )?recevoir|recevoir l'argent|om het geld te ontvangen|geld kunt ontvangen|geld ontvangen|geld (niet )?binnen|for att (fa|ta emot) pengarna|slapps pengarna|per ricevere|ti arrivano i soldi|para (recibir|que se libere)|para (o dinheiro|receber)|almak icin|hesabiniza gecmesi|onaylar misiniz|para cobrar|reception des fonds|ontvang je geld|receive your (money|payment|funds))\b|(الفلوس توصلك|تستلم الفلوس|لاستلام المبلغ|عشان الفلوس توصلك)/
    $card = /\b(enter|fill in|put in|type in|provide) (your )?(card|debit card|credit card|bank card|card details|card number)\b.{0,50}\b(receive|get|release|claim|accept)\b|\b(karten ?daten|kartennummer|kreditkarten ?daten|kartendaten)\b.{0,50}\b(erhalten|empfangen|bekommen|auszahl)|\b(coordonnees bancaires|numero de (carte|ta carte|votre carte)|informations de (carte|votre carte)|donnees de (carte|votre carte))\b.{0,50}\b(recevoir|encaisser|debloquer|percevoir)|\bkart (bilgi|numara)\w{0,8}\b.{0,50}\b(almak|alabilmek|alabilirsiniz|ulasmasi|gecmesi|teslim)|\b(almak|alabilmek|tahsil etmek|cekebilmek|cekmek) icin\b.{0,40}\bkart (bilgi|numara)|(بيانات البطاقة|بيانات الكارت|رقم البطاقة|رقم الكارت|بيانات الفيزا|رقم الفيزا).{0,60}(لاستلام|تستلم|لاستقبال|عشان توصلك|علشان توصلك|يوصلك|لتحصل)/
    // the courier or an agent to collect the item
    $courier = /\b(courier|shipping agent|mover|delivery (guy|man|company|service)|dhl|fedex|ups) (will|would|can|is going to|shall) (come|pick|collect)\b|\b(kurier|spedition|bote|dhl|hermes)\b.{0,30}\b(abholen|holt|abgeholt)\b|\b(coursier|transporteur|livreur)\b.{0,40}\b(recuperer|passera|viendra|recupere)\b|\b(kurye|kargo)\b.{0,30}\b(gelip alacak|alacak|teslim alacak|gelecek)\b|(المندوب|مندوب الشحن|مندوب|شركة الشحن).{0,30}(هيستلم|سيستلم|يستلم|هييجي|سيأتي|يجي ياخذ|يجي ياخد|هياخدها|هياخده)/
    $listing = /\b(listing|advert|your ad|marketplace|gumtree|craigslist|ebay|vinted|depop|kleinanzeigen|inserat|anzeige|leboncoin|annonce|sahibinden|letgo|dolap|ilan|ilaniniz|haraj|dubizzle|opensooq|olx)\b|(حراج|دوبيزل|السوق المفتوح|الإعلان|الاعلان|اعلانك|إعلانك)/
    // a real buyer or tenant comes to see it or pays on the spot
    $self = /\b(come (and |to )?(see|view|look)|viewing on|pick it up (myself|tomorrow|tonight|on)|pay (cash )?(on|at) (pick ?up|collection)|in person)\b|\b(besichtigung|vorbeikommen|hole es ab|abholung (am|morgen)|bar bei abholung)\b|\b(visite|je passe (le|la) (recuperer|voir)|en main propre)\b|\b(gelip (bakarim|alirim|gorurum)|elden)\b|(معاينة|هاجي اشوف|اجي اشوف|هعدي اخد|يد بيد|كاش عند الاستلام|دفعته|دفعتها|دفعت العربون)/
  condition:
    reversal_personal_sender and not $self
    and (($keys and $dep and $send)
      or ($car and $ship and $dep and $hold)
      or ($paid and $mail and ($listing or $courier))
      or ($card and ($paid or $listing or $courier) and ($listing or $courier or url_count > 0))
      or ($paid and $mail2 and ($recv or $listing))
      or ($abroad and $dep and $flat and ($send or $keyword or $ship))
      or ($paid and ($link or url_count > 0) and $recv)
      or ($car and ($ship or $abroad) and $dep and ($hold or $send)))
}


// The rental deposit "to secure the viewing" (Canadian and US English, Canadian French, Latin American Spanish): an
// "owner" or "agent" who asks a deposit, a holding or viewing fee or the first month by Interac e-Transfer, Zelle or a
// transfer BEFORE any viewing ("to book a showing", "avant toute visite", "para agendar la visita"), or gives the
// viewing to the first one who pays, or sends the address or the keys once the money is in. A real landlord shows the
// place first; the deposit follows the viewing or the signed lease.
rule reversal_rental_viewing_deposit : phishing
{
  meta:
    action = "junk"
    weight = 2.8
    description = "A rental deposit, a holding or viewing fee or the first month asked by Interac e-Transfer, Zelle, a transfer or OXXO to secure, book or reserve a viewing, before any showing, the viewing given to the first who pays, or the address or keys sent once it is paid (Canadian and US English, Canadian French, Latin American Spanish); a deposit after the viewing or at the signing is not it"
  strings:
    // the rented home
    $home = /\b(viewing|showing|frais de visite|(rendez-vous|plage|cita|turno) de visita?e?|landlord|tenant|locataire|proprietaire|proprio|inquilino|arrendatario|arriendo|alquiler|renta|rent|loyer|bedroom|bdrm|apartment|apt|condo|room|suite|basement|unit|house|townhouse|studio|flat|bachelor|loft|rental|duplex|triplex|logement|appartement|appart|chambre|maison|plex|departamento|depa|depto|apartamento|apto|cuarto|habitacion|casa|monoambiente|propiedad|property)\b|\b[1-9] 1\/2\b/
    // the money asked: a deposit, a holding or viewing fee, the first month (a "reserva", a "sena", an "anticipo")
    $dep = /\b(deposit|holding fee|viewing fee|showing fee|reservation fee|first month'?s?( rent)?|depot|acompte|caution|frais de visite|premier (mois|loyer)|deposito|anticipo|sena|garantia|apartado|reserva)\b|\b(send|pay|e-?transfer|envoyer|envoyez|m'envoie|verser|virer|mandar|enviar|depositar|deposite|transferir|transfiera|pagar|consignar)( me| moi)? [0-9]/
    // sent by a payment app, a transfer or a cash deposit
    $pay = /\b(e-?transfers?|etransfer|interac|zelle|cash ?app|venmo|paypal|wire|send|sent|pay|paid|payable|virement|envoyer|envoyez|m'envoie|verse|verser|versez|transferencia|transfier[a-z]{0,4}|transferir|consignar|consigne|oxxo|deposit[a-z]{0,4}|mandar|enviar)\b/
    // ... before the viewing, to secure it, or the viewing given to whoever pays first
    $first_en = /\bto (secure|book|reserve|schedule|confirm|hold|lock in|get|guarantee) (a |the |your |my )?(viewing|showing|tour|visit)\b|\bbefore (any |the |a |scheduling (a |the )?|booking (a |the )?|we (do|schedule|book|arrange) (a |the )?)(viewing|showing|tour|visit)s?\b|\b(viewings?|showings?|tours?) (are |is )?(only )?(arranged|scheduled|booked|done|possible|available|given|offered) (only )?(after|once|upon)\b|\bonly (show|shown|showing) (it|the (place|unit|apartment|room|house|condo|property|suite))( [a-z]{1,12}){0,4} (who|that) (have |has |already )?(sent|paid|e-?transfer|transfer|deposit)|\bfirst (one |person |applicant )?(to|who) (send|pay|e-?transfer|transfer|deposit)s?\b.{0,60}\b(viewing|showing|tour|visit)\b|\b(viewing|showing|tour) (deposit|fee)\b/
    $first_fr = /\b(pour|afin de) (reserver|confirmer|obtenir|avoir|planifier|fixer|bloquer|garantir) (une|la|votre|ta) (visite|plage de visite|rendez-vous)\b|\bavant (la|toute|une|chaque) visite\b|\bpour visiter\b.{0,40}\b(il faut|vous devez|tu dois) (d'abord|avant|premierement)\b|\bvisites? (possibles? )?(seulement|uniquement) (apres|qu'apres|suite au)\b|\bne fais visiter qu'(aux|a)\b|\ble premier qui (m'envoie|envoie|paie|verse|fait le virement)\b.{0,60}\bvisite\b|\bfrais de visite\b/
    $first_es = /\bpara (agendar|apartar|separar|reservar|confirmar|asegurar|programar|coordinar) (la|tu|su|el) (visita|cita|turno)\b|\bantes de (mostrar(lo|la)?|ver(lo|la)|la visita|visitar(lo|la)?|ensenar(lo|la)?)\b|\b(consignar|depositar|transferir|mandar|enviar|pagar) primero\b|\bsolo (muestro|mostramos|enseno|ensenamos)\b.{0,60}\b(transfirieron|depositaron|pagaron|mandaron|consignaron)\b|\bel primero (que|en) (deposite|transfiera|pague|mande|consigne)\b.{0,60}\b(visita|cita)\b|\b(turno|cita) de visita\b/
    // ... or the address, the keys or the lockbox code sent once the money is in
    $then = /\b(once|when|as soon as|after) (it'?s in|it is in|received|i receive it|i get it|the (deposit|payment|transfer) is (in|received)|that)\b.{0,40}\b(address|keys|lockbox|location)\b|\bje vous (envoie|donne|enverrai|donnerai) l'adresse (des|apres|une fois)\b|\b(ensuite|apres|une fois (le virement|le depot|le paiement) recu),? je vous (envoie|donne) l'adresse\b|\b(ya con eso|al recibirlo|una vez recibido|recibido el (deposito|pago)|en cuanto (me )?(llegue|deposite|transfiera))\b.{0,30}\b(le|te) (doy|mando|envio|paso) la direccion\b|\b(keys?|cles|clefs|llaves)\b.{0,30}\b(for (the|a) (viewing|look)|to have a look|pour (la|une) visite|pour visiter|para (que lo vea|verlo|verla|la visita))\b/
    // a viewing already done, a signed lease, an open house, or the tenant's own question
    $self = /\b(after|once|when) (we|you|i) (sign|signed)\b|\b(at|after) (the )?signing\b|\blease (is )?signed\b|\bafter the (viewing|showing|tour)\b|\bopen house\b|\b(bail signe|signature du bail|apres la visite|suite a la visite|visite libre|sans rendez-vous)\b|\b(al|cuando|despues de) firmar\b|\bfirmemos\b|\bdespues de la visita\b|\bsin cita\b|\bshould (i|we)\b|\b(do|would|will) you (need|want|require)\b|\b(faut-il|est-ce qu'il faut|voulez-vous que|veux-tu que)\b|\b(necesita|necesitas|quiere|quieres) que (le|te) (deje|mande|transfiera|deposite)\b/
  condition:
    reversal_personal_sender and $home and $dep and $pay
    and (any of ($first_*) or $then)
    and not $self
}
