// Charity and donation appeals from strangers: the dying widow or rich patient who wants to give millions
// to charity through the reader, and the appeal for a disaster's or a war's families or a child's operation
// paid into an IBAN or an account number written in the text, from a mobile number (English of Britain and
// America, German, French, Turkish, Gulf and Egyptian Arabic). A charity's own receipts and newsletters come
// from its sender id or a short code; a friend collecting for a colleague's present tells no such story.

private rule charity_person_sender
{
  condition:
    sender_kind != "alpha" and sender_kind != "shortcode"
}

rule charity_dying_donor : phishing
{
  meta:
    action = "junk"
    weight = 2.8
    description = "A sick widow or a dying rich person (cancer, an incurable illness, months to live) who wants to give a fortune or millions to charity, orphans or the poor through the reader (English, German, French, Turkish, Gulf and Egyptian Arabic)"
  strings:
    // the story: the illness that leaves months to live, or the widow of a rich man
    $sick = /\b(diagnosed with|suffering from|battling) (cancer|leukemia|leukaemia|a terminal|an incurable|terminal)|\b(terminal|incurable) (illness|disease|cancer)\b|\b(months|weeks) (left )?to live\b|\b(on my )?sick ?bed\b|\b(a |an old |elderly )?widow\b|\b(krebs|leukamie|unheilbar krank|unheilbaren krankheit|todkrank|witwe)\b|\b(wenige|nur noch|ein paar) (monate|wochen) zu leben\b|\b(atteinte?|souffre|souffrant) d'un (cancer|maladie incurable|leucemie)|\b(cancer|maladie incurable|maladie grave) en phase terminale\b|\bveuve\b|\b(quelques|peu de) (mois|semaines) a vivre\b|\b(kanser|losemi|olumcul hastalik|tedavisi olmayan)|\b(dul bir|dul kadin|dul kaldim)\b|\b(birkac|bir kac|sadece birkac) (ay|hafta) (omrum|omur|yasayacak)|(مصابة بالسرطان|مصاب بالسرطان|مرض السرطان|مرض خبيث|مرض عضال|مرض لا علاج له|أرملة|ارملة|أيام معدودة|ايام معدودة|أشهر قليلة|شهور قليلة|اشهر قليلة)/
    // the fortune
    $fortune = /\b(millions?|fortune|my (wealth|estate|savings|inheritance)|the (sum|amount) of)\b|\b(million(en)?|vermogen|mein erbe|meine ersparnisse)\b|\b(ma fortune|mes biens|mon heritage|la somme de)\b|\b(milyon|servetim|servetimi|mirasim|mirasimi|birikimim)\b|(مليون|ملايين|ثروتي|أموالي|اموالي|ميراثي|إرثي|ارثي|مبلغ قدره)/
    // given to charity, orphans, the poor ...
    $charity = /\b(charity|charities|charitable|orphans?|orphanages?|less privileged|the poor|the needy|good cause)\b|\b(wohltatig\w{0,4}|waisen\w{0,6}|bedurftige\w{0,2}|den armen|spende|spenden)\b|\b(oeuvres? (caritatives?|de charite|de bienfaisance)|orphelins?|orphelinats?|les pauvres|les demunis|faire (un )?don|leguer)\b|\b(hayir|yetim|muhtac|bagis|bagisla|fakir)|(الأعمال الخيرية|الاعمال الخيرية|أعمال الخير|اعمال الخير|الأيتام|الايتام|الفقراء|المحتاجين|صدقة جارية|للخير|أتبرع|اتبرع|التبرع)/
    // ... through the reader, who is chosen as a trustworthy person and asked to answer
    $you = /\b(through you|to you|with you|your (help|assistance|trust|honesty|full name|details|reply|response|cooperation)|trustworthy|honest person|god.?fearing|reliable person)\b|\b(ihnen|ihre hilfe|ihre daten|vertrauenswurdig\w{0,3}|ehrliche person)\b|\b(par votre (intermediaire|biais)|a vous|votre (aide|reponse|confiance|nom complet)|personne (honnete|de confiance))\b|\b(size|sizin araciliginizla|sizin araciliginiz|guvenilir (biri|bir kisi)|durust (biri|bir kisi)|bana donun|cevabinizi)\b|(شخص (أمين|امين|ثقة|موثوق)|عن طريقك|من خلالك|بياناتك|ردك|راسلني|تواصل معي|اليك|إليك|عليك)/
    // a warning about the scam, or the writer's own family's news
    $warn = /\b(scam|scams|fraud|beware|betrug|betruger|arnaque|escroquerie|dolandirici|dolandiricilik)\b|(احتيال|نصب|نصابين)/
  condition:
    charity_person_sender and $sick and $fortune and $charity and $you and not $warn
}

rule charity_appeal_account : phishing
{
  meta:
    action = "junk"
    weight = 2.8
    description = "A stranger's appeal from a mobile number for an earthquake's, a flood's or a war's families, orphans or a child's operation, with the donation to be sent to an IBAN or an account number in the text (English, German, French, Dutch, Swedish, Italian, Spanish, Portuguese, Turkish, Gulf and Egyptian Arabic)"
  strings:
    // the appeal: a disaster's or a war's victims and families, orphans, a child's operation
    $story = /\b(earthquake|flood|hurricane|war|famine|wildfire) (victims|survivors|families|orphans|refugees)\b|\b(families|children|people|orphans) (in|of|from) (gaza|palestine|syria|sudan|yemen|ukraine|turkey|morocco|libya|lebanon)\b|\b(child|boy|girl|baby|son|daughter|toddler)\b.{0,50}\b(operation|surgery|heart surgery|transplant|chemotherapy)\b|\b(erdbebenopfer\w{0,2}|flutopfer\w{0,2}|kriegsopfer\w{0,2}|waisenkinder\w{0,2}|(familien|kinder|menschen) in (gaza|syrien|der turkei|marokko|der ukraine|sudan|palastina))\b|\b(kind|junge|madchen|baby|sohn|tochter)\b.{0,50}\b(operation|herzoperation|transplantation|chemotherapie)\b|\bvictimes (du seisme|du tremblement de terre|des inondations|de la guerre)\b|\b(familles|enfants) (de gaza|sinistrees|deplacees|de palestine|en syrie|au soudan)\b|\b(enfant|bebe|fils|fille|garcon|fillette)\b.{0,50}\b(operation|greffe|chimiotherapie)\b|\b(orphelins?)\b|\b(depremzede\w{0,4}|deprem bolgesi|deprem magdur\w{0,4}|sel magdur\w{0,4}|savas magdur\w{0,4}|gazze|yetim(ler)?|ameliyat\w{0,3} (parasi|masrafi|icin|olmasi)|tedavi masrafi|tedavi parasi)|(ضحايا الزلزال|متضرري الزلزال|منكوبي|المنكوبين|أهل غزة|اهل غزة|أهالي غزة|اهالي غزة|عائلات غزة|أسر الشهداء|اسر الشهداء|الأيتام|الايتام|أيتام|ايتام|عملية جراحية|عملية قلب|عملية زراعة|عملية (لطفل|لطفلة|لابني|لبنتي|لابنتي)|علاج (طفل|طفلة)|حالة إنسانية|حالة انسانية|حالة حرجة)/
    // the destination: an IBAN or an account number written in the text
    $acct = /\b(iban|rib|bic|swift)\b.{0,12}[a-z0-9]|\b(tr|de|fr|gb|sa|ae|eg|be|ch|at|nl|kw|qa|bh|om|jo) ?[0-9][0-9] ?[0-9][0-9]|\b(account (number|no)|acct (no|number)|sort code|kontonummer|konto ?nr|numero de compte|hesap (no|numarasi|numaram)|hesabina|hesabima)\b.{0,20}[0-9]|(رقم الحساب|رقم حساب|الحساب رقم|حساب رقم|الايبان|ايبان|آيبان|الآيبان|حساب بنكي|الحساب البنكي).{0,30}[0-9a-z]/
    // or, in any of the languages, a plea to give (donate, help, support) with a cause: a disaster, a war, refugees,
    // orphans, an illness or an operation (Dutch, Swedish, Italian, Spanish and Portuguese too)
    $give = /\b(donate|donation|donations|contribute|contribution|appeal|spende|spenden|spendenaufruf|faites un don|vos dons|votre don|don par|dons par|faire un don|doneer|donatie|gift|giften|bijdrage|skank|skanka|gava|bidrag|donera|insamling|dona|donate|donazione|offerta|raccolta fondi|contributo|donativo|donacion|colabora|aporta|recaudamos|doe|doacao|donativo|contribua|arrecadando|bagis|bagislarinizi|yardim\w{0,7}|unterstutz\w{0,4}|aidez|participez|zamelen|samlar in|raccogliamo|ajuda|ajude)\b|(تبرع|تبرعوا|التبرع|ساعدوا|أغيثوا|اغيثوا|صدقة)/
    $cause = /\b(earthquake|flood|floods|fire|war|refugees|orphans|famine|victims|cancer|surgery|operation|treatment|gaza|ukraine|syria|sudan|erdbeben\w{0,4}|hochwasser|brand|krieg|krebs|fluchtling\w{0,2}|seisme|inondations?|incendie|guerre|refugies|sinistres|cancer|opere|aardbeving|overstroming\w{0,2}|oorlog|vluchtelingen|kanker|operatie|behandeling|jordbavning\w{0,2}|oversvamning\w{0,2}|branden|kriget|flyktingar|cancern|operation|behandling|terremoto|alluvione|incendio|guerra|profughi|tumore|operata|cure|inundaciones|refugiados|cancer|operacion|tratamiento|sismo|enchentes|incendio|cancro|cirurgia|tratamento|deprem|sel|yangin|savas|kanser|ameliyat\w{0,4}|tedavi\w{0,4})\b|(غزة|الزلزال|السيول|اللاجئين|سرطان|عملية|علاج|الحرب)/
    $acct2 = /\b(nl|se|it|es|pt|br|be|dk|no|fi|pl|ie|lu|ch|at)[0-9][0-9] ?[0-9a-z][0-9a-z]|\b(nib|account|acct|konto|kontonr|compte|rekening(nummer)?|kontonummer|bankkonto|bankgiro|plusgiro|conto( corrente)?|cuenta|conta( corrente)?|hesap|hesabi|bankverbindung)\b.{0,20}[0-9][0-9]|\b(pix|swish|swisha|bizum)\b/
    // the sender's own people, a receipt or thanks, a collection for a colleague or a friend, a warning
    $own = /\b(receipt|thank you for your (donation|gift|support)|your donation of|leaving (gift|present|collection)|birthday|colleague|office collection|whip ?round|lol|haha|scam|fraud|beware|i donated|i have donated|gespendet|j'ai donne|heb gedoneerd|ho donato|he donado|doei|spendenquittung|danke fur ihre spende|geschenk|kollegin|kollegen|recu fiscal|merci pour votre don|cadeau|collegue|anniversaire|arnaque|bagisiniz icin tesekkur|hediye|dogum gunu|dolandirici)\b|(شكرا لتبرعك|شكراً لتبرعك|إيصال|ايصال|هدية|عيد ميلاد|زميلنا|زميلتنا|احتيال|نصب)/
  condition:
    charity_person_sender and sender_kind == "phone" and not $own
    and (($story and $acct) or ($give and $cause and ($acct or $acct2)))
}
