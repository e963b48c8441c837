// "Wrong number" openers of romance and pig-butchering scams: a stranger's "Hi, is this Linda?",
// then "sorry, wrong number ... but nice to meet you, can we be friends?". The opener alone is
// weak evidence (real people do text it); the follow-up is strong. Openers count only from a
// person-like sender (a phone number, an e-mail address, or none known), never from a brand.

rule wrongnum_name_opener
{
  meta:
    action = "junk"
    weight = 1.0
    description = "A message from an unknown number that opens by asking for someone by name (weak alone)"
  strings:
    // The shape in lower case; the capitalised name is checked on `opening` (the message start in
    // its own case) only when the shape is there.
    $o = /^((hi|hello|hey|hiya|good (morning|afternoon|evening))[ ,!.]{1,3})?(is this|are you|is that|am i (talking|speaking) (to|with)) /
  condition:
    $o and sender_kind != "alpha" and sender_kind != "shortcode" and (
      opening matches /^([Hh]i|[Hh]ello|[Hh]ey|[Hh]iya|[Gg]ood (morning|afternoon|evening))[ ,!.]{1,3}([Ii]s this|[Aa]re you|[Ii]s that|[Aa]m I (talking|speaking) (to|with)) (Mr\.? |Mrs\.? |Ms\.? |Miss |Dr\.? )?[A-Z][a-z]{1,11}[a-z]\b/ or
      opening matches /^(Is this|Are you|Is that) (Mr\.? |Mrs\.? |Ms\.? |Miss |Dr\.? )?[A-Z][a-z]{1,11}[a-z]('s (number|phone))?\?/
    )
}

rule wrongnum_plans_with_stranger
{
  meta:
    action = "junk"
    weight = 1.0
    description = "Opener about plans with a named person ('are we still on for golf tomorrow?') from an unknown number"
  strings:
    // compile cost: X{1,a}X{1,b} is X{2,a+b}; counted from 1, YARA-X stops enumerating atoms
    $p = /^(hi|hello|hey|dear|good (morning|afternoon|evening))[ ,!.]{1,3}[a-z]{1,6}[a-z]{1,6}[a-z][ ,!.]{1,3}(are we still (on|meeting|going)|is (our|the) (meeting|dinner|lunch|appointment|game|tee time|reservation) still|did you (get|receive|see) my (last |previous )?(message|text|email)|long time no see|i('m| am) (here|outside|at the))/
  condition:
    $p and sender_kind != "alpha" and sender_kind != "shortcode" and
      opening matches /^([Hh]i|[Hh]ello|[Hh]ey|[Dd]ear|[Gg]ood (morning|afternoon|evening))[ ,!.]{1,3}[A-Z][a-z]{1,11}[a-z][ ,!.]/
}

// Markers shared by the stranger's openers below (they never vote): the wrong-number admission in
// Dutch, the Nordic languages, Finnish, German, French, Vietnamese, Indonesian, Thai and South-East Asian
// English (accents folded); a claimed past meeting at an event or "remember me?"; the number taken from
// a group or the profile seen.
private rule wrongnum_p_admit
{
  strings:
    $wn_eu = /\b(verkeerde? (nummer|persoon)|verkeerd (verstuurd|gestuurd|gebeld)|(fel|feil|forkert|forkerte) (nummer|person)|vaara(an|lle)? (numero|numeroon|henkilo|henkilolle)|falschen? nummer|falsch verbunden|verwahlt|falsche person|mauvais (numero|destinataire)|trompee? de (numero|personne|destinataire)|erreur de (numero|destinataire))\b/
    // French "je me suis trompe (de numero)", Polish "zly numer", "pomylka", Turkish "yanlis numara", English
    // "sorry if not (you)" after "is this still X's number?"
    $wn_more = /\b(je me suis trompee?( de (numero|personne|destinataire|contact))?|(zly|bledny) numer|pomylka|pomylil(em|am) (sie|numer)|yanlis (numara|numaraya|kisi|kisiye|mesaj)|numarayi yanlis|sorry if (not|it'?s not( you)?|this isn'?t (you|them|her|him)))\b/
    // Arabic (Gulf and Egyptian) and Arabizi: "غلطت في الرقم", "الرقم غلط", "ghalatt fel ra2am"
    $wn_ar = /(غلطت|غلط|غلطانة|غلطان|اتلخبطت) (في|فى|ب)( ال)?(رقم|نمرة|النمرة|الرقم)|(الرقم|رقم|النمرة) (غلط|خطأ|خطا)|\b(ghalatt?|8alatt?|ghlatt?|ghalatet|ghalatit) (fel|fi el|f el|fil|bel|fe el) (ra2am|ra2m|rakam|raqam|nemra|nmra|number)\b/
    $wn_as = /\b(nham (so|nguoi)|(nhan|gui|goi|nhan tin) nham|salah (nomor|nomer|kirim|orang|sambung)|wrong send|sent wrongly|send wrong)\b|(ผิดเบอร์|ทักผิด|ส่งผิดคน|ผิดคน)/
  condition:
    any of them
}

private rule wrongnum_p_met
{
  strings:
    // compile cost: X{1,a}X{1,b} is X{2,a+b}
    $met_en = /\bwe (met|spoke|talked|chatted) (at|during|in|on) (the|a|an|your|that) ([a-z]{1,6}[a-z]{1,6} ){0,2}(party|event|gala|conference|expo|exhibition|seminar|summit|fair|dinner|wedding|tasting|meetup|meet-up|club|bar|lounge|concert|fundraiser|auction|launch|forum|workshop|retreat|cruise|tournament)\b|\bremember me\?/
    $met_eu = /\b(we hebben elkaar (ontmoet|gesproken|gezien)|we (ontmoetten|spraken) elkaar|vi (traffades|sags|pratade) (pa|under|vid)|vi (mottes|traff hverandre|snakket) (pa|under)|vi (modtes|talte sammen|saa hinanden) (pa|til|under)|tapasimme|wir haben uns (letzte woche |neulich |damals |kurz )?(auf|bei|beim|in|im|an|am) [a-z ]{1,16}[a-z ]{1,16}(kennengelernt|getroffen|unterhalten)|on s'est (rencontres?|vus?|croises?|parle) (a|au|aux|lors|pendant|chez)|nous nous sommes (rencontres|vus|croises|parle) (a|au|aux|lors|pendant)|(minns|kommer) du ihag mig|husker du meg|kan du huske mig|muistatko minut|erinnerst du dich (noch )?an mich|tu te souviens de moi|vous vous souvenez de moi|weet je nog wie ik ben)\b/
    // "we hebben elkaar vorige maand op de beurs ontmoet", Polish "poznalismy sie na targach", Turkish "fuarda
    // tanismistik", Arabic "اتقابلنا في المعرض", "remember me?" in these languages
    $met_more = /\bwe hebben elkaar ([a-z]{1,12} ){1,7}(ontmoet|gesproken|leren kennen)\b|\b(poznalismy|spotkalismy) sie (na|w|podczas)\b|\bpamieta(sz)? (mnie|pan|pani)\b|\b(fuarda|kongrede|konferansta|etkinlikte|seminerde|sergide|partide) (tanismistik|tanistik|gorusmustuk|karsilasmistik|konusmustuk)\b|\bbeni hatirl(iyor musunuz|iyor musun|adiniz mi|adin mi)\b|(اتقابلنا|تقابلنا|التقينا|تعرفنا|اتعرفنا) (في|فى|ب)( ال)?(معرض|مؤتمر|حفلة|ملتقى)|(فاكرني|فاكراني|تتذكرني|متذكرني|تذكرتني)/
    $met_as = /\b((chung ta|minh|chung minh|hai dua minh) (da )?(gap|gap nhau|quen nhau) (o|tai|hom)|(ban|anh|chi|em) con nho (em|anh|toi|minh|chi) (khong|ko)|kita (pernah |sudah |udah )?(ketemu|bertemu|kenalan) (di|waktu|pas|saat))\b|(เราเคยเจอกัน|เจอกันที่งาน|จํา(ฉัน|ผม|หนู|เรา)ได้(ไหม|มั้ย))/
  condition:
    any of them
}

private rule wrongnum_p_group_profile
{
  strings:
    $src_any = /\b(found|got|saw|took) (your|ur) (number|contact|no) (in|on|from) (a|the|our) ([a-z]{1,6}[a-z]{1,6} )?(group|group chat|chat group|community|whatsapp group|telegram group|line group|wechat group)\b|\b(saw|came across|found|noticed|viewed) (your|ur) (profile|photos?|pictures?) (on|in)\b|\b(nummer|profiel) (in|uit|via) (de|een|onze) (groep|groepsapp|groepschat|whatsappgroep|whatsapp-groep)\b|\b(zag|bekeek) (ik )?(je|jouw|uw) profiel\b|\b(ditt|ert|dit) nummer (i|fran|fra|via) (en |var |vores )?(grupp|gruppen|gruppchatten|gruppe|gruppechatten)\b|\bnummeret ditt (i|fra) (en |var )?(gruppe|gruppen)\b|\b(sag|hittade|sa|fant|fandt) (din profil|profilen din)\b|\bnumerosi (ryhmasta|ryhmassa)\b|\b(nain|loysin) profiilisi\b|\b(deine|ihre) nummer (in|aus) (einer|der|unserer) [a-z-]{0,9}gruppe\b|\b(dein|ihr) profil (gesehen|entdeckt)\b|\b(ton|votre) (numero|num|contact) dans (un|le|notre) groupe\b|\b(vu|decouvert|remarque) (ton|votre) profil\b|\b(so|sdt) (cua )?(ban|anh|chi|em) (trong|tu|o) (nhom|group)\b|\b(thay|xem) (trang ca nhan|profile|facebook|anh) (cua )?(ban|anh|chi|em)\b|\b(nomor|nomer|kontak) (kamu|kakak|kak|anda) (dari|di) (grup|group)\b|\b(lihat|liat) (profil|foto) (kamu|kakak|kak|anda)\b|(เบอร์|ไลน์|โปรไฟล์).{0,60}(ในกลุ่ม|จากกลุ่ม)|เห็นโปรไฟล์/
  condition:
    any of them
}

// A stranger's way in by someone else: "I got your number from a friend, a dating site or a group" (German,
// French, Dutch, Swedish, Norwegian, Danish, Finnish, Polish, Turkish, Arabic of the Gulf and Egypt and in
// Latin letters, English "a mutual friend gave me your number")
private rule wrongnum_p_number_via
{
  strings:
    $de = /\b(deine|ihre) (handy)?nummer (von|uber|aus|auf) (einem|einer|meinem|meiner|der|dem)( gemeinsamen)? (freund|freundin|bekannten|bekannte|kollegen|kollegin|dating-?seite|datingseite|dating-?app|partnerborse|singleborse|gruppe|whatsapp-gruppe)\b/
    $fr = /\b(eu|obtenu|recu|trouve) (ton|votre) (numero|num|contact) (par|grace a|via|sur|dans) (un |une |mon |ma )?(ami|amie|copain|copine|collegue|connaissance|site de rencontre|appli de rencontre|application de rencontre|groupe)\b/
    $nl = /\b(je|jouw|uw) (telefoon)?nummer (gekregen )?(van|via) (een|mijn|m'n)( gemeenschappelijke?| gezamenlijke?)? (vriend|vriendin|kennis|collega|datingsite|datingapp|groep)\b/
    $nord = /\b(fick|fatt|hittade) (ditt|ert) nummer (fran|av|via|pa) (en|min|mitt|ett)( gemensam)? (van|vannina|kompis|kollega|bekant|dejtingsajt|dejtingsida|dejtingapp|grupp)\b|\b(fikk|fik|fandt|fant) (nummeret ditt|dit nummer|ditt nummer) (fra|av|af|via|pa) (en|min|mitt|et)( felles| faelles)? (venn|venninne|ven|veninde|kollega|bekjent|bekendt|datingside|datingapp|gruppe)\b/
    $fi = /\bsain (numerosi|sinun numerosi|numeronne) (ystavalta|kaverilta|tuttavalta|tyokaverilta|ystavaltani|kaveriltani|deittisivustolta|deittipalvelusta|ryhmasta)\b/
    $pl = /\b(dostalem|dostalam|otrzymalem|otrzymalam|znalazlem|znalazlam) (twoj|pana|pani) (numer|kontakt) (od|z|przez) (znajom\w{0,3}|przyjaciel\w{0,3}|kolegi|kolezanki|portalu randkowego|aplikacji randkowej|grupy)\b/
    $tr = /\b(numaranizi|numarani) (bir |ortak bir )?(arkadastan|arkadasimdan|arkadasinizdan|tanidiktan|tanidigimdan|gruptan|arkadaslik sitesinden|tanisma sitesinden|tanisma uygulamasindan) (aldim|buldum)\b/
    $ar = /(حصلت على رقمك|حصلت ع رقمك|اخذت رقمك|أخذت رقمك|جبت رقمك|لقيت رقمك|اعطاني رقمك|أعطاني رقمك|عطاني رقمك|ادتني رقمك|اداني رقمك|إداني رقمك)|رقمك (من|عند) (صديق|صديقة|صاحبي|صاحبتي|واحد صاحبي|وحدة صاحبتي|قروب|جروب|مجموعة|موقع)/
    $arz = /\b(gebt|gabt|5adt|khadt|akhadt|la2et|l2eet) (ra2mek|ra2mak|nemretek|nemretak|rakamak|rakamek) (men|mn|3and) (sa7bi|sa7bti|sahbi|sa7ebti|wa7ed sa7bi|group|groub|gruop)\b/
    $en = /\b(a|our) (mutual|common) (friend|contact|acquaintance) (gave|shared|passed|sent) me (your|ur) (number|contact|no)\b/
    // the same in any word order, and in Italian, Spanish and Portuguese: "your number" next to a friend, a group
    // or a dating site or app ("ein Freund hat mir deine Nummer gegeben", "ho trovato il tuo numero su un sito di
    // incontri", "un amigo me dio tu numero", "peguei seu numero com uma amiga", "numerosi oli WhatsApp-ryhmassa")
    $num_src = /\b(deine|ihre|dini|je|jouw|uw|ditt|dit|ert|ton|votre|tuo|suo|tu|su|teu|seu|o seu|o teu) (handy)?(nummer|nummere|numero|num|numret|nummeret)\b.{0,40}\b(freund|freundin|kollegin|kolegin|vriend|vriendin|van|vaninna|kompis|venn|venninne|ven|veninde|amie?|copine|copain|amic[oa]|amig[oa]|dating-?\w{0,6}|datingsite|datingapp|dejting\w{0,4}|tinder|rencontre|incontri|citas|encontros|namoro|grupp\w{0,4}|gruppe\w{0,4}|groep\w{0,4}|groupe|grupo|gruppo|chat grupal|chat di gruppo)\b|\b(nummeret ditt|numerosi|numeronne|numarani|numaranizi|numaraniz|numaran)\b.{0,40}\b(venn\w{0,4}|ystava\w{0,4}|kaveri\w{0,4}|deitti\w{0,12}|ryhma\w{0,5}|ryhmachat\w{0,4}|gruppe\w{0,4}|gruppechat|datingside|datingapp|arkadas\w{0,6}|tanisma|grup\w{0,6}|whats ?app)\b/
    $src_num = /\b(freund|freundin|kollegin|vriend|vriendin|vriendinnen|van|vaninna|vaninnan|kompis|venn|venninnen|ven|veninde|ystavani|ami|amie|copine|une amie|amico|amica|amiga|amigo|arkadasim|kolleg\w{0,3})\b.{0,30}\b(deine|ihre|dini|je|jouw|uw|ditt|dit|nummeret ditt|ton|votre|il tuo|tu|su|seu|o seu|numaranizi|numarani|numerosi)( handy)?( nummer| nummere| numero| num| numret| nummeret)?\b/
    $ar_src = /(رقمك).{0,40}(صديق|صاحب|صاحبت|جروب|قروب|مجموعة|موقع|تطبيق|تعارف)|(صديقي|صديقتي|صاحبي|صاحبتي).{0,30}(رقمك)/
  condition:
    any of them
}

// The befriending turn of such an opener: getting to know the reader, being friends, loneliness (the same
// languages), never an errand
private rule wrongnum_p_befriend
{
  strings:
    $de = /\b(freunde (werden|sein)|(dich|sie|uns|euch) (ja |gerne |gern |mal |vielleicht |naher |besser ){0,2}(kennen ?zu ?lernen|kennenlernen)|freundschaft schliessen|ich bin (so )?einsam)\b/
    $nl = /\b(vrienden (worden|zijn|maken)|(je|jou|u|elkaar) (graag )?(beter )?leren kennen|kennis(making)? maken|ik ben (zo )?eenzaam)\b/
    $nord = /\b((bli|vara|vaere|blive) (vanner|venner)|lara kanna (dig|varandra)|bli (bedre )?kjent med (deg|hverandre)|laere (dig|hinanden) (bedre )?at kende|jeg er (saa |sa )?ensom|jag ar (sa )?ensam)\b/
    $fi = /\b(olla ystavia|ystavystya|tutustua|tutustutaan|tutustutaanko|tutustumaan|tutustuisin|olen yksinainen)\b/
    $fr = /\b(faire (ta |votre )?connaissance|devenir amis|etre amis|mieux (te|vous) connaitre|(te|vous) connaitre (davantage|mieux|un peu plus))\b/
    $pl = /\b((cie|pana|pania) (lepiej )?poznac|poznac (cie|pana|pania)|(zostac|byc) (przyjaciolmi|znajomymi)|zaprzyjaznic sie|mozemy sie poznac|jestem (bardzo )?samotn(y|a))\b/
    $tr = /\b(arkadas olabilir (miyiz|miyim)|arkadas olalim|arkadaslik kur\w{0,6}|(sizi|seni) (daha )?(yakindan |iyi )?tanimak|tanisabilir miyiz|tanisalim|yalnizim)\b/
    $ar = /(نبقى اصحاب|نبقى أصحاب|نكون اصدقاء|نكون أصدقاء|نصير اصحاب|نصير أصدقاء|نصير ربع|اتعرف عليك|أتعرف عليك|التعرف عليك|نتعرف على بعض|نتعارف|صداقتك|صداقة معك|انا وحيد|أنا وحيد|انا وحيدة|أنا وحيدة)/
    $arz = /\b(nb2a as7ab|neb2a as7ab|nkoon as7ab|nkon as7ab|nseer as7ab|nt3araf|net3arraf|at3araf 3aleek|at3araf 3aleki|at3arraf 3aleki)\b/
    $en = /\b(get to know (you|u|each other)|(can|could) we (be|become) friends|know you (more|better))\b|\byou seem (lovely|nice|sweet|kind)( though)?,? (fancy|want|wanna|would you like|up for) (a )?(chat|to chat)\b/
    // the personal questions and invitations of a romance opener: where do you live, where are you from, are
    // you single or free, shall we chat or get to know each other (the same languages, Italian, Spanish, Portuguese)
    $ask_eu = /\b(wo wohnst du|woher kommst du|bist du single|lust zu schreiben|magst du schreiben|wo wohnsch|mich kennenlernen|waar woon je|waar woont u|waar kom je vandaan|ben je single|ben je vrijgezel|zin om te kletsen|var bor du|var kommer du ifran|ar du singel|ar du ledig|vill du chatta|hvor bor du|hvor kommer du fra|er du single|er du singel|er du ledig|lyst til at skrive|lyst til a chatte|missa asut|mista olet kotoisin|oletko sinkku|oletko vapaa|haluatko jutella|tu habites ou|vous habitez ou|tu vis dans quelle|tu es celibataire|vous etes celibataire|vous etes d'ou|tu es d'ou|ca te dit de discuter|se connaitre|dove abiti|di dove sei|sei single|sei libero|sei libera|conoscerci|conoscerti|conoscerla|ti va di chattare|donde vives|de donde eres|eres solter[oa]|estas libre|conocernos|conocerte|te apetece charlar|onde moras|onde mora|de onde voce e|solteir[oa]|nos conhecer|te conhecer|quer conversar|esta livre|nerede yasiyorsun|nerelisin|bekar misin|bekar misiniz|evli misin|sohbet etmek ister|tanismak isterim|bor du i|asutko|haluatko jutella|bli kjent|vivi a|vive usted en|mora em|yasiyorsunuz)\b/
    $ask_ar = /(وين ساكن|ساكن فين|ساكنة فين|انت ساكن|من وين انت|من وين إنت|ممكن نتعرف|نتعرف|ندردش|سنجل|متزوج ولا|ممكن نبقى)/
  condition:
    any of them
}

rule wrongnum_apology_followup
{
  meta:
    action = "junk"
    weight = 2.5
    description = "'Sorry, wrong number - but nice to meet you, can we be friends?': the pig-butchering follow-up; a stranger who found your number sorting contacts, on social media or in a relative's phone, or saved it wrongly, and asks if you know them, remember meeting or can be friends, or flatters the profile picture or asks 'are you <name> from <city>?' (English, romanised Hindi and Urdu, French, Indonesian; and Italian, Spanish, German, Portuguese: 'ho trovato il tuo numero in rubrica, ci conosciamo?', 'revisando mis contactos ... ¿nos conocemos?', 'kennen wir uns?', 'a gente se conhece?'); whose phone 'saved your number' and who asks where you live (romanised Nepali); or who praises your name and moved to a US city from abroad for a jewellery, wine or fashion business (English); or whose number 'popped up in my WhatsApp contacts', was in old contacts, was seen in a mutual group, came from a friend or a dating-site match, and who asks to be friends or introduces themself by name, age or city and asks 'are you there?' (English, romanised Hindi and Urdu, West African French); 'sorry, wrong number, but you sound nice, what's your name?' (English); 'tu ne me connais pas mais je cherche quelqu'un de serieux pour une relation', living abroad or 'reponds si tu es interesse(e)' (French); the wrong-number admission then a befriending ask or the stranger's introduction with a job abroad in Dutch, Swedish, Norwegian, Danish, Finnish, German, French, Vietnamese, Indonesian, Thai and South-East Asian English ('verkeerd nummer ... kunnen we vrienden worden?', 'nham so ... lam quen nhe?'); a claimed past meeting at an event with the number from a group, a move to Telegram, WhatsApp, LINE or Zalo, or 'did you see my last message?'; or a number taken from a group or a profile seen, then 'get to know you', 'be friends' or a widow's romance ask; and in German, French, Dutch, Swedish, Norwegian, Danish, Finnish, Polish, Turkish, Gulf and Egyptian Arabic and Arabizi: the wrong-number admission ('je me suis trompe', 'zly numer', 'yanlis numara', 'غلطت في الرقم', 'ghalatt fel ra2am'), the number had from a friend, a dating site or a group, or a meeting at a fair or an expo, then 'can we be friends', 'get to know you better' or 'I am lonely'; or a stranger who got the number from a friend, a group or a dating site or app, with a personal question (where do you live, are you single, shall we chat or get to know each other) (German, French, Dutch, Swedish, Danish, Norwegian, Finnish, Turkish, Arabic, Italian, Spanish, Portuguese)"
  strings:
    $w = /\b(wrong (number|person|contact|guy|girl)|saved (the |your |this )?(number|contact) (wrong|incorrectly)|added (you )?by mistake|mistyped|typo in the number|got the wrong)/
    // romanised Hindi: "galat number lag gaya", "aapka number galat save kar liya"
    $w_hi = /\bgalat (number|no|nmbr|nambar|numbar) (lag|laga|pe|par|pr|dial|save)|\b(number|no|nmbr|nambar|numbar) galat (save|lag|laga|dial|likh)|\bgalti se (save|msg|message|text|sms)\b/
    // the flattery after the apology: the profile picture praised ("your profile picture is so
    // beautiful", "aapki DP bahut sundar hai")
    $compl = /\b(your|ur) (profile |display |whatsapp |dp )?(picture|pic|photo|dp|pfp|avatar) (is|looks) (so |very |really |quite |too )?(beautiful|pretty|lovely|nice|cute|gorgeous|stunning|handsome|charming|attractive|elegant)\b|\byou (look|are|re) (so |very |really |quite )?(beautiful|pretty|gorgeous|stunning|handsome|charming|attractive|elegant) (in|on) (your|ur|the|this) (picture|pic|photo|dp|profile)\b|\b(beautiful|gorgeous|stunning|lovely) (profile )?(picture|pic|photo|dp|pfp)\b|\b(aapki|apki|aap ki|ap ki|tumhari) (dp|profile pic|profile photo|photo|pic|pfp|tasveer)( (bahut|bohot|bahot|bht|kaafi|kafi|badi|bohat|boht|sach me|sach mein|so|very|really))? (sundar|khubsurat|khoobsurat|pyari|pyaari|achhi|acchi|cute|beautiful|nice|lovely|zabardast)\b/
    // or the identity question naming a person and a city: "are you Linda from Chicago?", "aap Pune
    // wali Sneha ho?", "aap Rohit ho na Delhi se?"
    // compile cost: X{1,a}X{1,b} is X{2,a+b}
    $ident = /\b(are you|is this|is that|am i (talking|speaking) (to|with)) (mr\.? |mrs\.? |ms\.? |miss |dr\.? )?[a-z]{1,6}[a-z]{1,6} from [a-z]{1,8}[a-z]{1,8}( [a-z]{1,6}[a-z]{1,6})? ?\?|\b(aap|ap|tum) [a-z]{1,8}[a-z]{1,8} (se|wali|wale|vali|vale|waali|waale) [a-z]{1,6}[a-z]{1,6} (ho|hain|hai|hu)\b|\b(aap|ap|tum) [a-z]{1,6}[a-z]{1,6} (ho|hain|hai) (na |kya )?[a-z]{1,8}[a-z]{1,8} (se|wali|wale|vali|vale)\b/
    // ... from work, class or church: a colleague's real mix-up; and a friend's voice
    $place = /\bfrom (work|school|class|church|the|my|your|college|uni|office|gym|yoga|choir|next door|upstairs|downstairs|accounts|hr|sales|marketing|reception|pta)\b/
    $known = /\b(haha\w{0,4}|lol|lmao|yaar|see (you|u) (at|tomorrow|later|soon|on|then)|milte (hain|hai|h)|milenge)\b/
    $f = /\b(nice|pleasure|glad|happy) (to|that i) (meet|know|met|chat|connect)|\b(fate|destiny)\b|\bwhere are you (from|located|based)|\bwhat do you do\b|\bcan we (be|make) friends|\bget to know|\bbe friends\b/
    // How the stranger got the number (sorting contacts, social media, a relative's phone, saved with
    // no name or wrongly), then a turn to the reader: do you know me, have we met, can we be friends or
    // talk. A buyer who saw the number on a listing asks about the item, not about the seller.
    $how_en = /\b(sorting|organi[sz]ing|cleaning( up| out)?|going through|clearing( out)?|tidying( up)?|scrolling through|updating|checking) (my )?(contacts|contact list|phone ?book|address book)\b|\b(found|saw|got|came across|noticed|spotted) (your|ur|this) (number|no|contact|digits)( saved)? (in|on|from|through|via) ((my )?(contacts|contact list|phone ?book|address book|old phone|facebook|fb|instagram|insta|ig|tiktok|twitter|linkedin|snapchat|social media|whatsapp group|telegram group)|(my|a) [a-z]{1,6}[a-z]{1,6}'?s? (phone|contacts|contact list))\b|\b(your|this) number (is|was) (saved|stored) (in my (phone|contacts) )?(without a name|with no name|under (the |a )?(wrong|different) name|by mistake)\b|\bsaved (your|ur|this) (number|contact) (wrongly|by mistake|under (the |a )?wrong name|without a name)\b|\b(your|ur|this) (number|no|contact) (popped up|pops up|appeared|appears|showed up|shows up|came up|is showing|was showing) (in|on) my (whatsapp|telegram|signal|contacts|contact list|phone ?book|suggestions)\b|\b(your|ur|this) (number|no|contact) (was|is) (in|saved in|stored in) my old (contacts|contact list|phone|sim|phone ?book)\b|\b(found|saw|got) (your|ur|this) (number|no|contact) in my old (contacts|contact list|sim|phone ?book)\b|\b(saw|seen|noticed|found|spotted) (you|your (number|profile|contact)) (in|on) (a|the|our|one) (common|mutual|shared) (whatsapp |telegram |facebook )?(group|chat)\b|\b(i was|we were|we got|i got|we|i) matched (with you )?(on|through|via) (a |the |this )?(dating (app|site|website)|tinder|bumble|hinge|badoo|okcupid)\b/
    // "a friend gave me your number" counts only with the turn to the reader (a tradesman's or a
    // client's first text says it too)
    $how_en_friend = /\b(a|my) (friend|colleague|cousin|classmate) (gave|shared|passed|sent) me (your|ur|this) (number|contact|no)\b/
    // or "are you there?" after a stranger's introduction by a name and an age, a city or "new in town"
    // ("I'm Kate, 29, from Denver ... are you there?")
    $there_en = /\bare (you|u) (still )?there ?\?/
    // compile cost: X{1,a}X{1,b} is X{2,a+b}
    $intro_en = /\b(i'?m|i am|my name is|this is) [a-z]{1,6}[a-z]{1,6},? ([1-5][0-9]\b|from [a-z]{1,8}[a-z]{1,8}|new (in|to) (the |this )?(city|town|area|country)|(living|based) in [a-z]{1,8}[a-z]{1,8})/
    $turn_en = /\b(do (you|u) know me|(do|did) (we|i) know (each other|you)|have we met( before)?|did we meet|(do you )?remember me|do you remember meeting|where (did|have) we met|can we (be|become) friends|(be|become) (my )?friends?|make friends|get to know (you|each other))\b|\bcan we (chat|talk)( a bit| for a bit| sometime| more)? ?\?/
    // romanised Hindi and Urdu: "contacts check kar rahi thi, apka number mila", "galti se save",
    // "kya aap mujhe jante ho?", "dosti karoge?"
    $how_hi = /\b(contacts?|contact list|phone ?book) (check|saaf|clean|delete|dekh|scroll) (kar|kr) (raha|rahi|rha|rhi) (tha|thi)\b|\b(aapka|apka|tumhara|tera|ap ka|aap ka) (number|no|nmbr|nambar|numbar) (mere|meri|mery|my) (contacts?|contact list|phone|mobile|fon) (me|mein|mai|main|men|mn) (save|saved|tha|mila|para|pada|dekha)\b|\b(galti|ghalti|galati) se (save|saved)\b|\bgalat (naam|name) se save\b|\b(facebook|fb|insta|instagram|tiktok|group|snapchat) (se|pe|par|per) (aapka |apka |tumhara |tera )?(number|no|nmbr|nambar|numbar) (mila|liya|dekha)\b|\b(aapka|apka|tumhara|tera|aap ka|ap ka) (number|no|nmbr|nambar|numbar) (facebook|fb|insta|instagram|tiktok|group) (se|pe|par|per) (mila|liya|dekha)\b|\b(behen|bhai|cousin|dost|friend|sister|bhabhi|didi|bhaiya|ammi|abbu|mummy|papa) (ke|ki) (phone|mobile|fon) (se|me|mein|mai) (aapka|apka|tumhara|tera|number|no)\b|\b(aapka|apka|tumhara|tera|aap ka|ap ka) (number|no|nmbr|nambar|numbar) (mere|meri|mery|my) ((whatsapp |telegram )?(contacts?|contact list)|whatsapp|telegram)( me| mein| mai| main)? (aa gaya|aa gya|aaya|aya|show ho raha|show ho rha|show hua|dikha|dikh raha|dikh rha)\b|\b(common|mutual|same|whatsapp|telegram) group (me|mein|mai|se|pe|par) (aapko|apko|tumko|tumhe|aapka|apka|tumhara|tera)\b|\b(dost|friend|saheli|colleague) ne (aapka|apka|tumhara|tera|aap ka|ap ka) (number|no|nmbr|nambar|numbar|contact) (diya|dia|di|share kiya)\b|\b(aapka|apka|tumhara|tera|aap ka|ap ka) (number|no|nmbr|nambar|numbar|contact) (mujhe|muje|mjhe) (ek |mere |meri |apne |apni )?(dost|friend|saheli|colleague) ne (diya|dia|di|share kiya)\b|\bdating (app|site) (pe|par|se|me|mein) (match|mila|mili|mile)\b/
    $turn_hi = /\b(aap|ap|tum|tu) (mujhe|muje|mujhy|mujhko|mjhe) (jante|jaante|jaanti|janti|jantay|pehchante|pehchanti|pehchaante|pehchaanti|janty|jaanty) (ho|hain|hai|hein|hn|h|hou)\b|\b(dosti|friendship) (karoge|karogi|karenge|kar lo|kar sakte|kar sakti|karna chahta|karna chahti|karni hai)\b|\b(dost|friends?) (banoge|banogi|ban sakte|ban sakti|ban jao)\b|\b(hum|ham) (pehle|kabhi|kahin|kahi) (mile|mily) (hain|the|hai|hn|hen|thay)\b|\bkahan (mile|mily) (the|thay|hain)\b/
    // French (accents folded): "en faisant le tri dans mes contacts", "trouve ton numero sur Facebook",
    // "ton numero est enregistre sans nom", then "tu me connais ?", "on peut faire connaissance ?"
    $how_fr = /\ben (triant|rangeant|nettoyant|parcourant|faisant le tri (dans|de)|verifiant|classant) (mes |mon )?(contacts|repertoire|telephone|portable)\b|\b(trouve|vu|recupere|tombe sur) (ton|votre) (numero|contact|num) (dans (mon repertoire|mes contacts|le (telephone|portable|tel) de (ma|mon) [a-z]{1,6}[a-z]{1,6})|sur (facebook|fb|instagram|insta|tiktok|les reseaux|whatsapp|un groupe))\b|\b(ton|votre) (numero|contact) (est |etait )?(enregistre|sauvegarde) (sans nom|par erreur|sous un autre nom|sous le mauvais nom)\b|\b(enregistre|sauvegarde) (ton|votre) numero par erreur\b|\b(j'ai|jai|j ai) (eu|recu|obtenu|pris|trouve) (ton|votre) (numero|num|contact) (par|grace a|aupres d'|aupres de|chez|via|de la part d') ?(un|une|mon|ma|un de mes|une de mes) ?(ami|amie|copine|copain|pote|connaissance|cousin|cousine|collegue)\b|\b(vu|vue|trouve|remarque|croise|apercu)\b.{0,30}\bgroupe (whatsapp |telegram |facebook )?(commun|en commun)\b|\b(ton|votre) (numero|contact) (est apparu|apparait|s'est affiche|s'affiche|est sorti|est ressorti) dans (mes contacts|mon repertoire|mon whatsapp|whatsapp)\b|\b(on a|nous avons|j'ai) (matche|ete mis en relation|ete mise en relation) (avec (toi|vous) )?sur (un|le|une|ce) (site|appli|application) de rencontres?\b/
    $turn_fr = /\b(tu me connais|vous me connaissez|on se connait|nous nous connaissons|on s'est (deja )?(rencontres?|vus?|croises?)|nous sommes-nous (deja )?(rencontres|vus)|on peut (faire connaissance|etre amis|devenir amis)|faire (ta|votre) connaissance|tu te souviens de moi|vous vous souvenez de moi|tu te rappelles de moi|vous vous rappelez de moi|devenir amis|etre amis)\b|\b(on peut|on pourrait|peut-on|pouvons-nous) (se connaitre|mieux se connaitre|apprendre a se connaitre) ?\?/
    // Indonesian: "lagi beres-beres kontak", "nemu nomor kakak di FB", "salah simpan nomor", then
    // "kakak kenal aku?", "kita pernah ketemu?", "boleh kenalan?"
    $how_id = /\b(lagi|sedang|pas|waktu|tadi) (beres-beres|beres beres|bersih-bersih|bersihin|membersihkan|merapikan|rapiin|ngerapiin|cek|ngecek|lihat-lihat|liat-liat|scroll) (kontak|daftar kontak|phonebook)\b|\b(nemu|menemukan|nemuin|dapat|dapet|lihat|liat|melihat) (nomor|nomer|no|kontak) (kamu|kakak|kak|anda|ini|mu)( di| dari)? (kontak|daftar kontak|fb|facebook|ig|instagram|tiktok|medsos|sosmed|grup|group|hp (kakak|adik|ibu|mama|teman|saudara|sepupu|om|tante|abang))\b|\b(nomor|nomer|no) (kamu|kakak|anda|ini|mu) (tersimpan|kesimpan|ke-?save|tersave|ada) (di (hp|kontak) (aku|saya) )?tanpa nama\b|\bsalah (simpan|save|nyimpen|menyimpan) (nomor|nomer|kontak|no)\b/
    $turn_id = /\b(kamu|kakak|kak|anda|mas|mbak|bang|abang) (kenal|masih ingat|ingat|inget|masih inget) (aku|saya|sama aku|sama saya)\b|\b(pernah|udah pernah|sudah pernah) (ketemu|bertemu|kenal)\b|\b(boleh|mau|bisa) (kenalan|berteman|temenan|jadi teman|berkenalan)\b|\bboleh (ngobrol|kenal)\b|\bsalam kenal\b/
    // Italian, Spanish, German and Portuguese (accents folded), the English form mirrored: sorting the
    // address book, the number found there, on social media, in a group or a relative's phone, saved
    // with no name, popped up in WhatsApp, or given by a friend; then the stranger's question: do we
    // know each other, do you know me, can we be friends or get to know each other. An old classmate
    // who found the number says who they are and where from, laughs or says see you.
    $eu_how_it = /\b(sistemando|riordinando|pulendo|controllando|scorrendo|aggiornando|sfogliando) (la (mia )?rubrica|i (miei )?contatti|il (mio )?telefono)\b|\b(trovato|visto|notato|beccato) (il tuo|il suo) (numero|contatto)( salvato| memorizzato)? (nella (mia )?rubrica|tra i (miei )?contatti|nei (miei )?contatti|su (facebook|instagram|tiktok|whatsapp)|in un gruppo|nel gruppo|nel telefono di (mia|mio) [a-z]{1,6}[a-z]{1,6}|senza nome)\b|\b(il tuo|il suo) (numero|contatto) (era |e )?(salvato|memorizzato|registrato) (senza nome|per sbaglio|con un altro nome)\b|\b(il tuo|il suo) (numero|contatto) (mi )?(e comparso|e apparso|e spuntato|compare|appare) (tra|nei|nella|su|in)\b|\b(un|una|un mio|una mia) (amico|amica|collega|cugino|cugina) mi ha (dato|passato|girato) il tuo (numero|contatto)\b/
    $eu_turn_it = /\b(ci conosciamo|mi conosci|mi conosce|ci siamo (gia )?(conosciuti|visti|incontrati|sentiti))( per caso| di persona| gia)? ?\?|\b(possiamo|potremmo|ti va di|le va di|vorrei) (fare amicizia|conoscerci|conoscerti|diventare amici|essere amici)\b/
    $eu_how_es = /\b(revisando|ordenando|limpiando|organizando|depurando|actualizando) (mis contactos|mi agenda|la agenda|mi lista de contactos|mi telefono|mi celular|mi movil)\b|\b(encontre|vi|halle|tengo) (tu|su) (numero|contacto)( guardado| agendado)? (en (mis contactos|mi agenda|mi telefono|mi celular|facebook|instagram|tiktok|un grupo|el grupo|el (telefono|celular) de (mi|una|un) [a-z]{1,6}[a-z]{1,6})|sin nombre)\b|\b(tu|su) (numero|contacto) (esta|estaba) (guardado|agendado|registrado) (sin nombre|por error|con otro nombre)\b|\b(tu|su) (numero|contacto) (me )?(aparecio|aparece|salio|sale) en (mis contactos|mi agenda|mi whatsapp|los contactos|whatsapp)\b|\b(un|una|mi) (amigo|amiga|colega|primo|prima) me (dio|paso|compartio) tu (numero|contacto)\b/
    $eu_turn_es = /\b(nos conocemos|te conozco|me conoces|me conoce|nos hemos (visto|conocido)|ya nos conocemos)( de algo| de algun lado| de alguna parte| de antes)? ?\?|\b(podemos|podriamos|quieres|te gustaria|le gustaria) (ser amig[oa]s|conocernos|hacer amistad)\b/
    $eu_how_de = /\bbei(m| dem) (aufraumen|durchgehen|durchsehen|sortieren|ausmisten|aktualisieren|durchscrollen) (meiner|meines|der) (kontakte|kontaktliste|telefonbuchs|adressbuchs)\b|\b(deine|ihre) nummer (ist |war )?(in meinen (alten )?kontakten|in meiner kontaktliste|in meinem (handy|telefon|adressbuch|telefonbuch|whatsapp)|ohne namen|in einer (whatsapp|telegram|facebook)?-? ?gruppe|in der gruppe|auf (facebook|instagram|tiktok))\b|\b(ein|eine|mein|meine) (freund|freundin|kollege|kollegin|bekannter|bekannte) hat mir (deine|ihre) nummer (gegeben|geschickt|weitergegeben)\b/
    $eu_turn_de = /\b(kennen wir uns|kennst du mich|kennen sie mich|haben wir uns (schon )?(mal |einmal )?(gesehen|getroffen|kennengelernt))( schon| vielleicht| irgendwoher| von irgendwo| von fruher)? ?\?|\b(konnen|konnten|wollen|sollen) wir (freunde (werden|sein)|uns (besser |naher )?kennenlernen)\b|\b(mochtest|willst|mochten|wollen) (du|sie) (mich kennenlernen|freunde (werden|sein))\b/
    $eu_how_pt = /\b(organizando|arrumando|limpando|revendo|verificando|atualizando) (os )?(meus contatos|meus contactos|minha agenda|a minha agenda|a agenda|minha lista de contatos)\b|\b(achei|encontrei|vi) (o )?(seu|teu) (numero|contato|contacto)( salvo| guardado)? (nos (meus )?(contatos|contactos)|na (minha )?agenda|no (facebook|instagram|tiktok|whatsapp)|(num|no|em um|numa|na|em uma) grupo|no (celular|telefone|telemovel) d[ao] (minha|meu) [a-z]{1,6}[a-z]{1,6}|sem nome)\b|\b(seu|teu) (numero|contato|contacto) (esta|estava|ficou|foi) (salvo|guardado|gravado) (sem nome|por engano|com outro nome)\b|\b(seu|teu) (numero|contato|contacto) (me )?(apareceu|aparece|surgiu) (nos (meus )?(contatos|contactos)|no (meu )?whatsapp|na (minha )?agenda)\b|\b(um|uma|meu|minha) (amigo|amiga|colega|primo|prima) me (deu|passou) (o )?(seu|teu) (numero|contato|contacto)\b/
    $eu_turn_pt = /\b(a gente se conhece|nos (nos )?conhecemos|voce me conhece|tu me conheces|ja nos (vimos|conhecemos)|a gente ja se viu)( de algum lugar| de onde)? ?\?|\b(podemos|vamos|quer|queres|gostaria de) (ser amig[oa]s|nos conhecer|fazer amizade)\b/
    $eu_known = /\b(jaja\w{0,4}|jeje\w{0,4}|kkk\w{0,6}|rsrs\w{0,4}|ahah\w{0,4}|haha\w{0,4}|nos vemos|ci vediamo|a presto|bis (bald|morgen|dann|sonntag|samstag)|ate (logo|amanha|sabado|domingo)|hasta (luego|pronto|manana))\b|\b(del (liceo|lavoro|corso|trabajo|colegio|instituto|gimnasio)|della (palestra|scuola|classe)|de la (uni|universidad|escuela|oficina|facultad|prepa)|aus der (schule|arbeit|uni|klasse)|vom (sport|verein|kurs)|da (faculdade|escola|academia|igreja|firma)|do (trabalho|colegio))\b/
    // Romanised Nepali: "tapai ko number mero phone ma save raicha", then "tapai kaha basnu hunchha?",
    // "hajur ko ghar kata ho?" (where do you live); "save chhaina" (not saved, who is this?) is a reply,
    // and a parcel or an order to deliver is a courier's question
    $ne_how = /\b(tapai|tapain|tapaai|hajur|timi) ?ko (number|no|nambar|numbar|nmbr) (mero |mera )?(phone|mobile|fone|fon|contact|contacts|contact list)( ma| maa)? (save|sev|saved) (raicha|raichha|rahecha|rahechha|thiyo|theo|cha|chha|xa|bhayeko|bhako|vayeko|vako|bhaxa|bhayecha|vayecha)\b|\bmero (phone|mobile|fone|fon|contact|contacts|contact list)( ma| maa) (tapai|tapain|tapaai|hajur|timi) ?ko (number|no|nambar|numbar|nmbr) (save|sev|saved) (raicha|raichha|rahecha|rahechha|thiyo|theo|cha|chha|xa|bhayeko|bhako|vayeko|vako|bhaxa|bhayecha|vayecha)\b/
    $ne_turn = /\b(tapai|tapain|tapaai|hajur|timi) (kaha|kahaa|kata|kahan|kun thau|kun thaun)( tira| ma)? (basnu|basnuhunchha|basnuhuncha|basnuhunxa|bascha|baschau|basxau|baschhau|basne)\b|\b(tapai|tapain|tapaai|hajur|timi) ?ko (ghar|basai|thegana|address) (kaha|kahaa|kata|kahan|kun thau)\b/
    $ne_deliv = /\b(parcel|delivery|order|courier|saman|pathau\w{0,6}|lyaun\w{0,4}|daraz)\b/
    // The compliment on the reader's NAME from a stranger who moved to a US city from abroad for a
    // business (jewellery, wine, fashion) and wants to get to know you (English)
    $name_en = /\b(your|ur) name (is|sounds) (so |very |really |quite |such a )?(beautiful|pretty|lovely|nice|cute|unique|special|elegant|charming|sweet|rare)\b|\b(what|such) a (beautiful|pretty|lovely|unique|special|elegant|charming|sweet|rare) name\b|\byou have (a|such a) (beautiful|pretty|lovely|unique|special|elegant|charming|sweet|rare) name\b|\bi (love|like) your name\b/
    // compile cost: X{1,a}X{1,b} is X{2,a+b}
    $moved_en = /\b(moved|relocated|came|immigrated|emigrated)( here| over)?( to [a-z]{1,8}[a-z]{1,8}( [a-z]{1,8}[a-z]{1,8})?)? from [a-z]{1,8}[a-z]{1,8}\b|\b(moved|relocated|came|immigrated|emigrated)( here| over)? to [a-z]{1,8}[a-z]{1,8}( [a-z]{1,8}[a-z]{1,8})? (for|to (run|start|open|expand|manage)) (my|our|the|a)( family'?s?)? ([a-z]{1,6}[a-z]{1,6} )?(business|company|store|shop|boutique|brand|winery|vineyard)\b|\b(i'?m|i am|originally) from [a-z]{1,8}[a-z]{1,8}( [a-z]{1,8}[a-z]{1,8})?,? (but )?(now )?(living|based|working|settled|staying) in\b/
    $biz_en = /\b(jewel\w{0,5}|wine|winery|vineyard|fashion|clothing|boutique|antiques?|art|perfume|cosmetics|handbag|leather|tea|coffee|import|export)( and [a-z]{1,6}[a-z]{1,6})? (business|company|store|shop|brand|trade|boutique|gallery)\b/
    // The pivot after the apology: "sorry, wrong number, but you sound nice, what's your name?"
    $nice = /\byou (sound|seem|seem like|sound like) (a |such a )?(really |very |so |super |quite )?(nice|sweet|kind|friendly|lovely|cool|fun|interesting|genuine|polite)\b/
    $name = /\bwhat('?s| is) (your|ur) name\b|\b(may|can|could) i (know|ask|have|get) (your|ur) name\b|\bwho (am i|i'?m) (talking|speaking|chatting) (to|with)\b/
    // The French romance opener (accents folded): "tu ne me connais pas mais je cherche quelqu'un de
    // serieux pour une relation", living abroad ("je vis au Canada") or "reponds si tu es interesse(e)";
    // a neighbour looking for someone serious to mind the cat seeks no relationship
    $fr_unk = /\b(tu ne me connais pas|vous ne me connaissez pas|tu ne me connais pas encore|vous ne me connaissez pas encore)( mais| encore mais|,|\.| !)/
    $fr_rel = /\b(quelqu'un|une personne|un homme|une femme|une dame|un partenaire|une partenaire) (de )?(serieux|serieuse|sincere|honnete|fidele)( et (sincere|serieux|serieuse|honnete|fidele))? (pour (une |un |le )?(relation|mariage|vie a deux|amitie serieuse|relation amoureuse))\b|\b(relation|relation amoureuse) (serieuse|sincere|durable|stable)\b|\bl'ame soeur\b/
    $fr_abroad = /\bje (vis|suis|habite|reside|travaille) (actuellement )?(au|en|aux|a) (canada|france|usa|etats-unis|etats unis|belgique|suisse|quebec|montreal|paris|amerique|angleterre|allemagne|italie|espagne|londres|new york)\b/
    $fr_int = /\bsi (tu es|vous etes|t'es) (interesse|interessee|interesses)/
    // Nordic, Dutch, Finnish, German, French, Vietnamese, Indonesian, Thai and South-East Asian English
    // (accents folded): the wrong-number admission ("sorry, verkeerd nummer", "fel nummer", "feil
    // nummer", "forkert nummer", "vaara numero", "falsch verbunden", "mauvais numero", "nham so",
    // "salah nomor", "ผิดเบอร์", "wrong send"), then the befriending ask or the stranger's own
    // introduction; a real mix-up apologises and ends, or names the party and says see you
    $bf_en = /\b(can|may|could) (we|i) (be|make|become) (a )?friends?\b|\bnice to know (you|u)\b|\b(may|can) i know (you|u|more about you)\b|\bmake friends? with (you|u)\b|\bwhere (do|are) (you|u) (live|stay|from|come from)\b/
    $bf_nl = /\b(vrienden (worden|zijn|maken)|(je|jou|u) (graag )?(beter )?leren kennen|(leuk|fijn|aangenaam) (om )?(je|jou|u) (te )?(leren )?kennen|(leuk|fijn|aangenaam) kennis te maken|kennis(making)? maken|elkaar (beter )?(leren )?kennen|waar kom (je|jij) vandaan|wat doe (je|jij) voor werk)\b/
    $bf_nd = /\b((bli|vara|vaere|blive) (vanner|venner)|lara kanna (dig|varandra)|bli (bedre )?kjent( med (deg|hverandre))?|laere (dig|hinanden) (bedre )?at kende|(trevligt|kul|roligt|hyggelig|hyggeligt|rart|dejligt) att? (lara kanna dig|bli kjent|laere dig at kende)|var kommer du ifran|hvor kommer du fra|vad jobbar du med|hva jobber du med|hvad arbejder du med|odet)\b/
    $bf_fi = /\b(olla ystavia|ystavystya|tutustua|tutustutaan|tutustutaanko|tutustumaan|mista olet kotoisin|mita teet tyoksesi|kohtalo)\b/
    $bf_de = /\b(freunde (werden|sein)|(dich|sie|uns) (naher |besser )?kennen ?zu ?lernen|(uns|dich|sie|euch) (ja |gerne |gern |mal |vielleicht |naher |besser ){1,2}kennenlernen|kennenzulernen|woher kommst du|was machst du beruflich|schicksal)\b/
    $bf_fr = /\b(faire (ta |votre )?connaissance|devenir amis|etre amis|d'ou (viens-tu|venez-vous|tu viens)|tu viens d'ou|vous venez d'ou|(tu fais|vous faites|que fais-tu|que faites-vous) (quoi )?dans la vie|le destin|apprendre a (se|nous|vous|te) connaitre|jaser un peu)\b/
    $bf_vi = /\b(lam quen|ket ban|co duyen|duyen phan)\b/
    $bf_id = /\b((boleh|bisa|mau) (kenalan|berteman|temenan|kenal)|salam kenal|asal(nya)? (dari )?mana|kerja (apa|di mana|dimana)|jodoh)\b/
    $bf_th = /(เป็นเพื่อนกัน|ขอรู้จัก|ยินดีที่ได้รู้จัก|ทําความรู้จัก|รู้จักกันไว้|เป็นเพื่อนได้)/
    // the stranger's introduction by name with a job abroad: "my name is Lily, I work in finance in Singapore"
    // compile cost: X{1,a}X{1,b} is X{2,a+b}
    $myname_en = /\b(my name is|i'?m|i am) [a-z]{1,6}[a-z]{1,6}[,. ]/
    $job_en = /\bi (work|am working|'m working) (as (a|an) [a-z]{1,8}[a-z]{1,8} )?in (finance|fashion|trading|real estate|investment|banking|e-?commerce|import|export|a bank|an investment|the (finance|fashion|trading|investment|banking|jewel\w{0,5}|wine|cosmetics) (industry|business|sector)|singapore|hong kong|dubai|shanghai|kuala lumpur|bangkok|london|new york|los angeles|san francisco|toronto|vancouver|sydney|tokyo|seoul)\b/
    // a friend's voice in these languages: see you, laughing, yesterday's meeting
    $known_eu = /\b(tot (morgen|straks|zo|snel|zaterdag|zondag|vrijdag|dan)|zie je (morgen|straks|zaterdag|snel)|vi ses|ses (snart|imorgon|i morgon)|snakkes|hilsen mor|nahdaan|nahdaan|hihi|haha\w{0,4}|gisteren|igar|i gar|eilen|gestern|hier soir|a (demain|plus tard|bientot)|bis (bald|morgen|dann)|hom qua|kemarin|wkwk\w{0,4})\b|(555|เมื่อวาน)/
    // A stranger's claim of a past meeting at an event ("we met at the wine tasting", "we hebben
    // elkaar ontmoet op", "vi traffades pa", "vi mottes pa", "vi modtes til", "tapasimme",
    // "wir haben uns auf der Messe kennengelernt", "on s'est rencontres a", "chung ta da gap nhau o",
    // "kita pernah ketemu di", "เราเคยเจอกัน"), or "remember me?"; it counts only with a second sign a real
    // acquaintance rarely adds in a first text: how the number was had (a group, a profile), a move to
    // another app, or an unexplained "did you see my last message?"
    $mv_any = /\b(add|ajoute|voeg|lagg|legg|tilfoj|lisaa|adde|tambah|them)( me| moi|-moi| mij| mig| meg| minut| mich| aku| saya| minh| em| anh)?( toe| till| til)? (on|op|pa|sur|auf|di|qua|via|bei|in|ke) (whats ?app|telegram|line|wechat|signal|kakao|zalo|viber)\b|\b(chat|talk|continue|chatten|praten|chatta|prata|chatte|prate|skrive|snakke|jutellaan|discuter|parler|nhan tin|ngobrol) (on|op|via|pa|sur|auf|qua|di|lewat|over) (whats ?app|telegram|line|wechat|signal|kakao|zalo|viber)\b|\bmy (whats ?app|telegram|line|wechat|kakao|zalo) (id|is)\b|(แอดไลน์|ไลน์ไอดี|คุยทางไลน์|คุยในไลน์)/
    $fu_any = /\bdid (you|u) (see|get|receive|read) my (last|previous|earlier) (message|text|msg) ?\?|\bwhy (didn'?t|haven'?t|did not|have not) (you|u) (reply|respond|answer|text back)\b|\bheb je mijn (vorige|laatste) bericht (gezien|gelezen|ontvangen)\b|\b(sag|fick) du mitt (forra|senaste|sista) meddelande\b|\b(sa|fikk) du (den forrige |den siste )?meldingen min\b|\b(sa|fik) du min (sidste|forrige) besked\b|\b(saitko|saitkos|naitko|naitkos) (edellisen |viimeisen )?viestini\b|\bhast du meine (letzte |vorige )?nachricht (gesehen|bekommen|erhalten|gelesen)\b|\b(as-tu|tu as|avez-vous|vous avez) (vu|recu|lu) mon (dernier |precedent )?message\b|\btin nhan (truoc|hom truoc) (chua|khong|ko)\b|\b(udah|sudah) (baca|lihat|terima) pesan (aku|saya|sebelumnya)\b|(เห็นข้อความก่อนหน้า|ทําไมไม่ตอบ)/
    // the romance or getting-to-know ask after a number from a group or a profile
    $rom_en = /\byou (look|seem) (like )?(a )?(so |very |really )?(kind|sweet|gentle|nice|lovely|caring|honest|decent)( person| man| woman| lady| soul)?\b|\b(i am|i'?m) (a )?(widow|widowed|widower|lonely)\b|\blooking for (a )?(serious |true |honest |genuine )?(relationship|companion|soul ?mate|life partner)\b|\bget to know (you|u|each other)\b|\bbe friends\b/
    // a recruiter or a buyer who saw a profile or a listing, a real group's organiser
    $biz = /\b(linkedin|recruit\w{0,5}|position|vacancy|vacature|tjanst|stilling|stelle|poste|resume|cv|hiring|candidate|listing|for sale|te koop|till salu|til salgs|til salg|zu verkaufen|a vendre|dijual|ban (xe|nha)|the meeting|the agenda|rsvp)\b/
  condition:
    ($w and ($f or ($nice and $name) or wrongnum_p_befriend))
    or ($fr_unk and $fr_rel and ($fr_abroad or $fr_int) and sender_kind != "alpha" and sender_kind != "shortcode")
    or (($w or $w_hi) and ($compl or ($ident and not $place)) and not $known and sender_kind != "alpha" and sender_kind != "shortcode")
    or (any of ($how*) and any of ($turn*) and sender_kind != "alpha" and sender_kind != "shortcode")
    or (any of ($eu_how*) and any of ($eu_turn*) and not $eu_known and sender_kind != "alpha" and sender_kind != "shortcode")
    or ($how_en and $there_en and $intro_en and not $place and not $known and sender_kind != "alpha" and sender_kind != "shortcode")
    or ($ne_how and $ne_turn and not $ne_deliv and sender_kind != "alpha" and sender_kind != "shortcode")
    or ($name_en and $moved_en and ($biz_en or $f or $turn_en) and not $known and sender_kind != "alpha" and sender_kind != "shortcode")
    or (($w or wrongnum_p_admit) and (any of ($bf_*) or wrongnum_p_befriend or $f or $turn_en or $turn_fr or $turn_id or any of ($eu_turn*) or $myname_en and $job_en) and not $known and not $known_eu and not $eu_known and not $place and sender_kind != "alpha" and sender_kind != "shortcode")
    or (wrongnum_p_met and (wrongnum_p_group_profile or $mv_any or $fu_any) and not $known and not $known_eu and not $biz and sender_kind != "alpha" and sender_kind != "shortcode")
    or ((wrongnum_p_met or wrongnum_p_number_via) and wrongnum_p_befriend and not $known and not $known_eu and not $biz and sender_kind != "alpha" and sender_kind != "shortcode")
    or (wrongnum_p_group_profile and (any of ($bf_*) or $rom_en or $turn_en or $turn_fr or $turn_id or any of ($eu_turn*)) and not $known and not $known_eu and not $biz and sender_kind != "alpha" and sender_kind != "shortcode")
}

rule wrongnum_number_from_someone
{
  meta:
    action = "junk"
    weight = 1.5
    description = "A stranger who 'got your number' from an assistant, a group or an app and wants to chat"
  strings:
    $n1 = /\b(my (assistant|secretary|friend|colleague|manager)|a friend) (gave|passed|sent) me (your|this) (number|contact)/
    $n2 = /\b(got|found|saw) (your|ur|this) (number|contact) (from|on|in|through) (a |the |my )?(dating|group|app|contacts?|list|linkedin|facebook|instagram|wechat|website|phone book|address book|friend|friends|cousin|colleague)/
    // compile cost: X{1,a}X{1,b} is X{2,a+b}; counted from 1, YARA-X stops enumerating atoms
    $n3 = /\b(i am|i'm|my name is) [a-z]{1,6}[a-z]{1,6}[a-z]\b.{0,40}\bwe met (at|on|in)\b/
    // the same in German and Japanese: "deine Nummer in meinen Kontakten gefunden", "LINEを変えたので、こちらに追加して"
    $n4 = /\b(deine|ihre) nummer in meinen kontakten\b|(lineを変えた|line変えた|ライン変えた|新しいline).{0,60}(追加|id)/
    // a buyer who saw the number on a listing asks after the item
    $listing = /\b(marketplace|listing|for sale|still available|still for sale|the (ad|advert|advertisement|post) (for|about)|olx|craigslist|gumtree|jiji)\b/
    // ... unless the "buyer" is away and sends someone to collect: the fake buyer's shape
    $away = /\b(outside the country|out of the country|abroad|overseas|offshore)\b|\bmy (driver|courier|shipper|mover|agent|assistant) (will|would|can|is going to) (come (and |to )?)?(pick|collect)/
    // a classmate's, an alumnus' or a neighbour's errand: the reunion, the meeting, the notes
    $errand = /\b(reunion|rehearsal|past questions|(class|lecture) notes|(the|our) (meeting|reunion) (is|on|this))\b|\bare you coming (for|to) the\b/
  condition:
    any of ($n*) and (not $listing or $away) and not $errand and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule wrongnum_stranger_friendship_link
{
  meta:
    action = "junk"
    weight = 2.0
    description = "A stranger who wants to be your friend and sends you to a web page or profile to see them"
  strings:
    $f = /\b(i (want|wish|would like|'d like|hope) (to|2) (be|make) (your|ur) (friend|pen ?pal)|(want|like) (to|2) (be|make) friends with (you|u)|can (i|we) (be|make) friends with (you|u)|looking for (a )?(new )?(friend|pen ?pal)s?)\b/
    $w = /\b(guess who|my (web ?page|site|profile|page|pics|photos)|(visit|see|check|read) (my|all i wrote|what i wrote))\b/
  condition:
    $f and $w and url_count > 0
}

// The partner or friendship a stranger's romance opener seeks, in Swahili, romanised Amharic, Luganda, Kinyarwanda,
// English, Spanish and French (accents folded): a lover, a faithful or serious partner, a serious relationship,
// "let's be friends", "get to know each other"; it counts only beside a persona (a soldier or peacekeeper abroad, a
// widow who wants to invest, a stranger living abroad) in wrongnum_deployed_romance and wrongnum_abroad_partner_seek
private rule wrongnum_p_seek_partner
{
  strings:
    $sw = /\b(natafuta|ninatafuta|nahitaji|ninahitaji) (mpenzi|mwenzi|mchumba|mke|mume|bae|mwanamke|mwanaume)\b|\b(tuwe|tunaweza kuwa|tuweze kuwa) (marafiki|wapenzi)\b|\b(tujuane|kukujua zaidi|kukufahamu zaidi|wa kuoa|wa kuolewa|nimekupenda|nimevutiwa na (picha|sura) yako)\b|\b(mpenzi|mwenzi|mwanamke|mwanaume|mke|mume) (wa kweli|mwaminifu)\b/
    $am = /\b(ye ?fikir (guadegna|gwadegna|guadenya|gwadenya)|tamagn|wodajinet|metewawek|meteawawek|lemetewawek|mist magbat|bal magbat|wededkush|wededkuh)\b/
    $lg = /\b(omwagalwa|omwesigwa|ab'omukwano|tumanyagane|tumanyiganye|okukumanya|nnoonya omwami|nnoonya omukyala|nkwagadde)\b/
    $rw = /\b(umukunzi|wizerwa|w'inyangamugayo|tuba inshuti|twaba inshuti|tube inshuti|tumenyana|kukumenya|nshaka umugabo|nshaka umugore)\b/
    $en = /\b(faithful|loyal|god-?fearing|trustworthy|sincere|serious|honest)(,? (and )?(faithful|loyal|god-?fearing|trustworthy|sincere|serious|honest|caring|loving))? (partner|wife|husband|woman|man|lady|relationship|companion|soul ?mate|life partner)\b|\b(settle down|build a life|share my life|grow old) with\b|\blooking for (someone|somebody) (trustworthy|honest|faithful|loyal|serious|caring)\b|\b(get to know you|can we be friends|be my (friend|partner))\b/
    $es = /\b(conocerte|tu amistad|ser amig[oa]s|relacion (seria|formal|estable)|(companer[oa]|pareja|mujer|hombre|esposa|esposo) (fiel|sincer[oa]|honest[oa]|seri[oa])|casarme|me siento sol[oa]|busco (una |un )?(pareja|novia|novio|esposa|esposo|mujer|hombre))\b/
    $fr = /\b(relation (serieuse|sincere|durable|stable)|amitie sincere|(homme|femme|partenaire|compagnon|compagne) (fidele|sincere|serieuse|serieux|honnete)|refaire ma vie|me marier|je me sens seule?|je cherche (une |un )?(femme|homme|partenaire|compagne|compagnon|epouse|epoux))\b/
  condition:
    any of them
}

rule wrongnum_deployed_romance
{
  meta:
    action = "junk"
    weight = 3.0
    description = "The deployed-stranger romance opener: a soldier, army doctor, oil-rig or oil-platform engineer or UN officer on a mission abroad who saw your profile, found your number by chance and wants to get to know you (English; French 'en mission', 'ingenieur sur une plateforme petroliere', 'on peut faire connaissance ?', 'j'ai trouve ton numero par hasard'; German, Dutch, Swedish, Norwegian, Danish, Finnish, Polish, Turkish and Arabic: the army doctor, soldier or oil-platform engineer in a war zone or on a peace mission who got the number from a friend or wants to get to know you; Swahili, romanised Amharic, Luganda, Kinyarwanda and Spanish: 'mimi ni mwanajeshi wa UN', 'wetader negn', 'ndi mujaasi', 'ndi umusirikare', 'soy sargento' in an army, a UN peace mission, a war zone or on an oil platform at sea, who seeks a lover, a faithful partner or friendship; French: the same who seeks a serious relationship or a sincere friendship)"
  strings:
    $who = /\b(us|u\.s\.|american|british|uk|un|united nations) (army|military|marine|navy|air force|soldier|peace ?keepers?|officer|doctor|general|surgeon)\b|\b(oil rig|offshore rig|offshore platform|on a rig|oil engineer|rig engineer|oil and gas engineer|oil platform|drilling platform|drilling rig|gas platform)\b|\b(nurse|doctor|surgeon|engineer|contractor|soldier) (stationed|working|deployed|serving) (abroad|overseas|offshore|in [a-z]{1,12})\b/
    $where = /\bserving (with|in)\b|\b(mission|stationed|abroad|deployed|deployment|peace ?keeping|syria|afghanistan|yemen|iraq|somalia|mali|sudan|libya|congo|lebanon|offshore|overseas|rig|oil platform|drilling platform|gas platform)\b/
    $approach = /\b(saw your (profile|picture|photo|number)|know each other|(got|found) your (number|contact)|your (profile|picture|photo) (caught|got)|get to know you|friendship|relationship|lonely|honest (woman|man|lady)|my dear|dearest|darling|soul ?mate|(someone|somebody) to talk to|be friends|felt a connection|came across your (number|profile)|know you (more|better)|fell in love|for safe ?keeping|(box|package|consignment) to send (to )?you)\b/
    // French: a foreign engineer, officer or doctor on a mission (an oil platform, the UN, the US army),
    // often "given your number by a friend", who asks "on peut faire connaissance ?"
    $who_fr = /\b(ingenieure?|officier|militaire|soldat|medecin|chirurgien|colonel|capitaine|commandant|general|sergent|lieutenant|casque bleu|pilote|infirmiere?)\b/
    $where_fr = /\b(plate-?forme|plate forme) (petroliere|offshore|de forage)\b|\b(offshore|en mer du nord|onu|nations unies|casques bleus|minusma|monusco|minusca|l'armee (americaine|britannique)|us army)\b|\ben mission (de paix|humanitaire|a l'etranger|pour (l'onu|les nations unies|l'armee)|en (syrie|irak|afghanistan|yemen|somalie|libye|centrafrique|ukraine|mer)|au (mali|yemen|soudan|liban|niger|tchad|congo|nigeria))\b/
    $meet_fr = /\b(on peut|on pourrait|pouvons-nous|peut-on|pourrions-nous|j'aimerais|je voudrais|je souhaite|je souhaiterais|ca te dit de|ca vous dit de) (faire|bien faire) (ta |votre )?connaissance\b|\bmieux (te|vous) connaitre\b|\b(te|vous) connaitre (davantage|mieux|un peu plus)\b/
    // ... or who "found your number by chance" (the stock persona's way in: "j'ai trouve ton numero par hasard")
    $found_fr = /\b(trouve|eu|vu|recupere|obtenu|tombe sur) (ton|votre) (numero|num|contact) (par hasard|au hasard|par erreur|par accident|sur (facebook|internet|un site|les reseaux))\b|\bpar hasard\b.{0,30}\b(ton|votre) (numero|num|contact)\b/
    // German, Dutch, Swedish, Norwegian, Danish, Finnish, Polish, Turkish, Arabic: the army doctor, soldier, officer or
    // engineer, on a mission, in a war zone or on an oil platform, who got the number or wants to get to know you
    $who_eu = /\b(arzt|militararzt|soldat|offizier|ingenieur|arts|legerarts|officier|lakare|militarlakare|ingenjor|laege|lege|militaerlaege|ingenior|ingenioer|laakari|sotilas|upseeri|insinoori|lekarz\w{0,2}|zolnierz\w{0,2}|oficer\w{0,2}|inzynier\w{0,2}|doktorum|askerim|subayim|muhendisim)\b|(طبيب|دكتور|جندي|ضابط|مهندس) (في|فى|ب|مع)/
    $where_eu = /\b(bundeswehr|us-armee|us army|amerikanischen armee|armen|armeen|haeren|haren|hæren|forsvaret|armeija|armii|wojsku|ordusu|ordusunda|un-mission|un-einsatz|fn-soldat|fn-styrka|vn-missie|vredesmissie|fredsbevarande|fredsstyrke|friedensmission|auslandseinsatz|misji pokojowej|baris gucu|bohrinsel|olplattform|olieplatform|booreiland|oljeplattform|olieplatform|olieplatformen|oljynporauslautta|porauslautta|platformie (wiertniczej|naftowej)|petrol platformu\w{0,3}|syrien|syria|suriye|afghanistan|afganistan|irak|jemen|yemen|somalia|sudan|libyen|libya|libii)\b|(الجيش الأمريكي|الجيش الامريكي|الجيش البريطاني|الأمم المتحدة|الامم المتحدة|حفظ السلام|مهمة سلام|منصة نفط|منصة بترول|سوريا|اليمن|أفغانستان|افغانستان|العراق)/
    // Swahili, romanised Amharic, Luganda, Kinyarwanda, Spanish: the stranger's own introduction as a soldier, a UN
    // peacekeeper, an army doctor or an oil-rig engineer ...
    $who_af = /\bmimi ni (mwanajeshi|askari|daktari wa jeshi|afisa wa jeshi|mhandisi|sajenti|kapteni|jenerali)\b|\b(wetader|wotader|askebari|doktor|hakim|enjiner|injiner) negn\b|\b(nze|ndi) (omu)?(mujaasi|ddokita|yinginiya|musirikale)\b|\bndi (umusirikare|muganga|umuganga|injeniyeri|enjeniyeri|ofisiye)\b|\bsoy (el |la |un |una )?(sargento|soldado|militar|capitan|coronel|teniente|general|medic[oa]|doctor|doctora|ingenier[oa]|casco azul|enfermer[oa]|oficial)\b/
    // ... in an army, the UN, a peace mission, a war zone or on an oil platform at sea (a relative's news of a son
    // deployed names no such self)
    $where_af = /\b(misheni|jeshi la (marekani|uingereza|umoja wa mataifa)|umoja wa mataifa|kulinda amani|walinda amani|sudan kusini|somalia|afghanistan|iraq|syria|yemen|mali|libya|jukwaa la mafuta|meli ya mafuta|mafuta baharini|serawit|selam askebari|amagye|amaggye|emirembe|amafuta mu nnyanja|ingabo z'amerika|butumwa bw'amahoro|loni|somaliya|sudani|afuganisitani|siriya|peteroli|ejercito|onu|naciones unidas|mision de paz|casco azul|cascos azules|siria|afganistan|irak|sudan|libia|plataforma petrolera|alta mar|estadounidense)\b/
  condition:
    ($who and $where and $approach)
    or ($who_af and $where_af and wrongnum_p_seek_partner and sender_kind != "alpha" and sender_kind != "shortcode")
    or ($who_eu and $where_eu and (wrongnum_p_befriend or wrongnum_p_number_via) and sender_kind != "alpha" and sender_kind != "shortcode")
    or ($who_fr and $where_fr and ($meet_fr or $found_fr or wrongnum_p_seek_partner) and sender_kind != "alpha" and sender_kind != "shortcode")
}

// The romance opener's persona beside the greeting, in Swahili, romanised Amharic, Luganda, Kinyarwanda, English,
// Spanish and French (accents folded): a widow or widower (from abroad) who wants to invest in your country and seeks
// a faithful partner, or a stranger living abroad (Dubai, Canada, the US, Europe) who seeks a lover or a serious
// relationship and moves the chat to WhatsApp or Telegram, often with a handle. A relative's news of a widowed aunt, a
// partner who landed abroad or a classmate's WhatsApp names no such self.
rule wrongnum_abroad_partner_seek
{
  meta:
    action = "junk"
    weight = 2.5
    description = "A stranger who introduces themself as a widow or widower who wants to invest in your country and seeks a faithful or serious partner, or as living abroad (Dubai, Canada, the US, Europe) and seeks a lover or a serious relationship on WhatsApp or Telegram, often with a handle: the romance opener (Swahili 'mimi ni mjane ... nataka kuwekeza ... mwenzi mwaminifu', 'naishi Dubai ... natafuta mpenzi'; romanised Amharic 'baltet negn ... invest madreg ... tamagn', 'Dubai new yemnorew ... ye fikir guadegna'; Luganda 'nze nnamwandu ... okusiga ssente ... omwagalwa omwesigwa', 'mbeera Dubai'; Kinyarwanda 'ndi umupfakazi ... gushora imari ... umukunzi wizerwa', 'mba i Dubai'; English, Spanish, French)"
  strings:
    // the widow or widower speaking of themself
    $wid = /\bmimi ni (mjane|mgane)\b|\b(baltet|yemotechibet|yemotebign) negn\b|\bbale (kemote|motobign|motebign)\b|\bnze nnamwandu\b|\bndi umupfakazi\b|\b(i am|i'm|im) (a |an )?(lonely |retired |rich |young )?(widow|widower)\b|, (a |an )?(widow|widower) (from|in|living|based)\b|\bsoy (un |una )?viud[oa]\b|\bje suis (une |un )?(veuve|veuf)\b/
    // the investment in the reader's country
    $inv = /\b(kuwekeza|wekeza|uwekezaji)\b|\binvest (madreg|lemadreg|madrag|lemadrag)\b|\b(okusiga|okuteeka) ssente\b|\bgushora imari\b|\binvest(ing|ment)? in (your country|kenya|uganda|rwanda|tanzania|ethiopia|nigeria|ghana|cameroon|africa|real estate|land|property|a business)\b|\b(invertir|inversion) en\b|\binvestir (au|en|a|dans)\b/
    // living abroad, said of oneself
    $abroad = /\b(naishi|ninaishi|nafanya kazi|ninafanya kazi) (huko |katika |nchini )?(dubai|marekani|uingereza|canada|kanada|ulaya|ujerumani|uarabuni|saudia|oman|qatar|london|usa|uk)\b|\b(wuch ager|america|amerika|canada|kanada|england|london|dubai|germany|jermen|usa|europe|awropa|saudi)( new)? (yemnorew|yemnor|yemitnor|enoralehu|enorallehu)\b|\b(mbeera|abeera|nkolera) (mu |e )?(dubai|london|canada|amerika|bulaaya|germany|bungereza|uk|usa)\b|\b(mba|uba|ntuye|utuye|nkorera) (muri|mu|i) (canada|kanada|dubai|amerika|bwongereza|budage|burayi|ububiligi|ubufaransa|london|usa)\b|\b(living|based|settled|staying|working|i live|i work) (in|at) (the )?(us|usa|uk|canada|dubai|london|europe|germany|america|australia|qatar|saudi arabia|abroad|overseas)\b|\b(vivo|resido|trabajo|radico) en (dubai|canada|estados unidos|eeuu|europa|espana|londres|alemania|inglaterra|suiza|italia|francia|miami|nueva york)\b|\b(je vis|j'habite|je reside|je travaille|vivant|residant) (actuellement )?(au|en|aux|a) (canada|france|usa|etats-unis|belgique|suisse|allemagne|angleterre|italie|espagne|dubai|londres|paris|montreal|quebec|new york)\b/
    $app = /\b(whats ?app|telegram|hangouts?|signal|viber|imo|wechat)\b/
    // compile cost: X{1,a}X{1,b} is X{2,a+b}
    $handle = /@[a-z][a-z0-9_]{1,10}[a-z0-9_]{1,10}/
  condition:
    (($wid and $inv and wrongnum_p_seek_partner)
      or ($abroad and wrongnum_p_seek_partner and ($app or $handle)))
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule wrongnum_investment_pivot
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A stranger's 'is this X? / we met at ...' opener that brings up a trading platform, gold, crypto or a relative's tips: the pig-butchering opener; in Chinese, someone met at an exhibition or a conference who now is in a digital-currency project with stable returns; or a stranger who met or saw the reader (an event, 'remember me?', a wrong number, a group or a profile) and brings up an arbitrage, trading or investment platform with recent profits or an offer to show how (English, Dutch, Nordic, Finnish, German, French, Vietnamese, Indonesian, Thai)"
  strings:
    $open = /\b(is this|are you) (mr\.? |mrs\.? |ms\.? |miss |dr\.? )?[a-z]{2,12}\?|\bwe (met|spoke|talked|chatted) (at|last|about|on)\b|\b(remember me|nice to meet you)\b/
    // "this is Alice from the tennis club", "my friend Tom gave me this number", "¿eres Carlos? soy ..."
    $open2 = /\b(this is|it's|i'm|i am) [a-z]{2,12} (from|with) (the |your )?[a-z]{3,15} (club|class|gym|group|church|conference|party|event|building|community)\b|\b(friend|cousin|colleague|coach|neighbou?r) [a-z]{2,12} (gave|passed|sent) me (your|this) (number|contact)\b|\b(eres|es usted) [a-z]{2,12}\? soy\b/
    $invest = /\b(trading platform|gold trading|crypto (platform|trading|investment)|forex|investment (platform|app|opportunity|group)|trading (app|account|tips?|group)|stock tips?|my (uncle|aunt|mentor)'?s? (tips?|advice|strategy)|tips? paid off|(steady|daily|stable|guaranteed) profits?)\b/
    // the coins by name, only after the stranger's own introduction
    $coin = /\b(btc|bitcoin|eth|ethereum|usdt|tether|crypto|cryptocurrency|criptomonedas?|staking|inversiones)\b/
    // Chinese (simplified and traditional; a character is three bytes): met at an exhibition, a fair, a
    // summit or a conference ("上次在展会上认识的", "在峰会上交换过名片"), now in a digital-currency or
    // blockchain project whose returns are stable or daily; a warning about such a pitch is not it
    $zh_met = /(展会|展會|展览会|展覽會|博览会|博覽會|交易会|交易會|广交会|廣交會|峰会|峰會|论坛|論壇|研讨会|研討會|交流会|交流會|年会|年會|酒会|酒會|会议|會議)(上|时|時|期间|期間|现场|現場)?.{0,30}(认识|認識|见过|見過|结识|結識|交换过名片|交換過名片|交换了名片|交換了名片|加了?(您|你)|聊过|聊過)/
    $zh_coin = /(数字货币|數字貨幣|虚拟币|虛擬幣|虚拟货币|虛擬貨幣|加密货币|加密貨幣|比特币|比特幣|以太坊|泰达币|泰達幣|usdt|区块链|區塊鏈|数字资产|數字資產|币圈|幣圈)/
    $zh_ret = /(收益|回报|回報|利润|利潤|盈利|分红|分紅)(很|非常|特别|特別|都|一直|十分)?(稳定|穩定|稳|穩|可观|可觀)|(稳定|穩定|每天|每日|日|每月)的?(收益|回报|回報|分红|分紅|盈利)|(稳赚|穩賺|保本)/
    $zh_warn = /(骗子|騙子|骗局|騙局|诈骗|詐騙|小心|别信|別信|不要信|当心|當心)/
    // The profit hook after a stranger's way in (a claimed meeting, "remember me?", a wrong number, a
    // group or a profile): an arbitrage, trading or investment platform and the stranger's own recent
    // profits, or an offer to show how (English, Dutch, the Nordic languages, Finnish, German, French,
    // Vietnamese, Indonesian, Thai; accents folded); a business contact's "our platform" and a warning
    // about such a pitch are not it
    $wn_en2 = /\bwrong (number|person|contact)\b/
    $pf_any = /\b(arbitrage|arbitrase|(trading|investment|invest|crypto|forex|gold|quant|quantitative|futures|contract|ai) (platform|app|site|website|strategy|signals?)|handelsplatform|beleggingsplatform|handelsplattform|investeringsplattform|investeringsplatform|kaupankayntialusta|sijoitusalusta|investmentplattform|tradingplattform|trading-plattform|plateforme (de )?(trading|placement|investissement|crypto)|san (giao dich|dau tu|coin|crypto)|nen tang (dau tu|giao dich)|platform (trading|investasi|kripto|crypto))\b|(แพลตฟอร์มเทรด|แพลตฟอร์มลงทุน|แพลตฟอร์มการลงทุน)/
    $gain_any = /\b((my|recent|steady|daily|weekly|stable|nice|good|huge) (profits?|returns?|gains?|earnings?)|(made|earned|gained|profited|netted) [^ ]{0,12} ?(profit|in profits?|this week|last week|this month|last month|today|yesterday)|show (you|u) how|teach (you|u)|(winst|rendement) (gemaakt|behaald)|(mooie|goede|flinke) (winst|rendement)|laat (je|jou) zien hoe|(fin|bra|stabil|god|fast) (vinst|avkastning|fortjeneste|gevinst|afkast)|(tjanat|tjent|tienasin|tienannut|verdient)|visa dig hur|vise (deg|dig) hvordan|(hyvaa|vakaata) (voittoa|tuottoa)|(gewinne?|rendite) (gemacht|erzielt)|zeige? (dir|ihnen) (gerne )?wie|(beaux |bons |gros )?(benefices|rendements|gains) (reguliers|stables|chaque)|j'ai (gagne|encaisse|fait) [^ ]{0,12} ?(de benefice|ce mois|cette semaine)|(te|vous) montrer comment|loi nhuan (on dinh|deu|moi ngay|hang ngay)|(em|anh|chi|minh|toi) (da )?(kiem|lai) (duoc )?[^ ]{0,12} ?(trieu|usd|do)|chi (ban|anh|chi|em) cach|(profit|untung|cuan|keuntungan) (stabil|tiap hari|setiap hari|lumayan|besar)|ajarin (kamu|kakak|kak)|kasih tau caranya)\b|(กําไรทุกวัน|ได้กําไร|กําไรดี|สอนวิธี|สอนให้)/
    $pf_own = /\b(our|ons|onze|vart|var|vores|unsere?|notre|nos|cong ty chung toi|perusahaan kami)( new)? (platform|plattform|plateforme|app|product|team|company|demo)\b|\bdemo\b/
    $pf_warn = /\b(scam|scammer|fraud|oplichting|oplichter|bedrageri|bedrager|svindel|huijaus|huijari|betrug|betruger|arnaque|escroquerie|lua dao|penipuan|penipu)\b|(หลอกลวง|มิจฉาชีพ)/
  condition:
    ((($open or $open2) and $invest) or ($open2 and $coin)
      or (($open or $open2 or $wn_en2 or wrongnum_p_met or wrongnum_p_admit or wrongnum_p_group_profile) and $pf_any and $gain_any and not $pf_own and not $pf_warn)
      or ($zh_met and $zh_coin and $zh_ret and not $zh_warn)) and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule wrongnum_romance_customs_fee
{
  meta:
    action = "junk"
    weight = 2.5
    description = "The romance scammer's parcel: 'my love', customs or a courier holds a package of gold, cash or gifts, and a fee must be paid to release it (English); 'mon amour, bloque a l'aeroport, la douane demande 150.000 FCFA pour liberer mes bagages, peux-tu m'aider ?' (French, Canadian French 'fais-moi un virement Interac'); 'mi amor, la aduana retuvo mi maleta con tus regalos, piden 8.500 pesos para liberarla, ¿me ayudas?' (Latin American Spanish); 'meu amor, a alfandega reteve minha mala, preciso de R$ 3.800 pra liberar, faz um Pix?' (Brazilian and European Portuguese)"
  strings:
    $love = /\b(my love|my dear|darling|my heart|sweetheart|my queen|my king|honey|babe|baby|your (lover|fiance|fiancee|boyfriend|girlfriend))\b|\b(hi|hey|hello) (love|dear)\b/
    $hold = /\b(customs|diplomat|clearance|consignment|shipping company|courier|delivery company)\b/
    $goods = /\b(gold|cash|dollars|box|package|parcel|gifts?|jewel\w{0,5}|consignment|luggage|baggage|bags|suitcases?)\b/
    // a request, not a partner telling of a fee they paid
    $ask = /\b(please send|send (it|me|the)|i need|(can|could) you (send|pay|help|cover|zelle|venmo|cash ?app|wire|transfer)|pay (it|the fee) for me|so (that )?i can)\b|\bpay( [^ ]{1,14}){1,2} (clearance|clearing|customs|release)\b/
    // French: "mon amour ... bloque a l'aeroport, la douane demande 150.000 FCFA pour liberer mes bagages, peux-tu
    // m'aider ?": the endearment, customs or an airport, the luggage or parcel, the sum and the plea
    $love_fr = /\b(bebe|mon amour|mon coeur|ma cherie|mon cheri|mon bebe|ma puce|mon ange|ma belle|mon tresor|ma douce|ma reine|mon roi|mon homme|ma femme|ma chere|mon cher)\b/
    // (customs or a courier, not the airport alone: a partner short of a taxi fare there asks for money too)
    $hold_fr = /\b(douane|douanes|douanier|douaniers|dedouanement|transitaire|diplomate|service de livraison|societe de livraison|compagnie de livraison|societe de transport)\b/
    $goods_fr = /\b(bagages?|valises?|colis|paquets?|cadeaux?|bijoux|coffre|cartons?|malles?|lingots?|l'or|d'or|l'argent|argent liquide)\b/
    $ask_fr = /\b(peux-tu|peux tu|tu peux|pourrais-tu|pourrais tu|tu pourrais|pouvez-vous|vous pouvez|pourriez-vous) (m'aider|me (depanner|preter|envoyer|aider|payer|faire)|envoyer|payer|regler|faire (un|le) (virement|transfert|depot|paiement))\b|\b(aide-moi|aidez-moi|envoie-moi|envoies-moi|envoyez-moi|fais-moi|faites-moi|j'ai besoin de (toi|ton aide|votre aide))\b|\bpour (liberer|recuperer|debloquer|retirer|dedouaner|sortir) (mes|les|le|mon|ma|la|ces)\b/
    // Latin American Spanish and Portuguese (accents folded): "mi amor ... la aduana retuvo mi maleta con tus regalos,
    // piden 8.500 pesos para liberarla, ¿me ayudas?", "meu amor ... a alfandega reteve minha mala, preciso de R$ 3.800
    // pra liberar, faz um Pix?": the endearment, customs or a courier, the luggage, gift or cash, and the plea
    $love_lat = /\b(amor|mi vida|mi cielo|mi corazon|carino|mi reina|mi rey|querid[oa]|mi princesa|mi tesoro|bebe|minha vida|meu bem|minha linda|meu lindo|meu coracao|minha princesa|minha rainha|meu rei|mozao|benzinho)\b/
    $hold_lat = /\b(aduanas?|aduaner[oa]|aduanal|alfandega|alfandegari[oa]|aduaneir[oa]|receita federal|pela receita|desembaraco|despachante|diplomatic[oa]|diplomata|courier|empresa de (envios|entrega|paqueteria|mensajeria|transporte)|transportadora)\b/
    $goods_lat = /\b(maletas?|equipaje|paquetes?|caja|cajas|regalos?|joyas|oro|dinero|efectivo|dolares|encomienda|malas?|bagagem|bagagens|pacotes?|caixa|caixas|presentes?|ouro|dinheiro|encomenda|anillo|joias)\b/
    $ask_lat = /\b(me (puedes|podrias) ayudar|me ayudas|(puedes|podrias|pudieras) (pagar\w{0,3}|enviar\w{0,3}|mandar\w{0,3}|depositar\w{0,3}|transferir\w{0,3}|ayudarme)|necesito que (me )?(lo |los |la )?(pagues|envies|mandes|deposites|transfieras)|depositame|mandame|enviame|yapeame|transfiereme|envialo|mandalo|pode me ajudar|me ajuda|(pode|podes|consegue|consegues) (pagar|fazer|mandar|enviar|depositar|transferir|me ajudar)|(me )?(faz|faca|faz ai|manda|me manda) (um |o )?pix|(para|pra|para a|para o) (liberar|liberarl[oa]s?|libertar|retirar|sacar|soltar)\w{0,3}|(te|le) paso (los datos|la cuenta|el numero de cuenta|la clabe)|(te|lhe) (passo|mando|envio) (a chave|os dados)|vou te passar a chave|chave pix)\b/
    // money the normaliser does not read ("1 800 $", "2.500 soles", "350 dolares", "2 mil dolares")
    $cur_lat = /[0-9] ?((pesos|soles|dolares|reais|euros|usd|fcfa|mil)\b|\$|€)/
    // the partner who paid it or will pay it at the post office is no plea
    $paid_lat = /\b(ya (lo |la |los )?pague|lo pago yo|yo lo pago|voy a pagar(lo)?|ja paguei|eu pago|vou pagar|j'ai (deja )?paye|je (vais|vas) (le )?payer)\b/
  condition:
    ($love and $hold and $goods and $ask or $love_fr and $hold_fr and $goods_fr and $ask_fr) and (money_count > 0 or $cur_lat) and (sender_kind == "phone" or sender_kind == "email")
    or $love_lat and $hold_lat and $goods_lat and $ask_lat and (money_count > 0 or $cur_lat) and not $paid_lat and (sender_kind == "phone" or sender_kind == "email")
}

rule wrongnum_dating_app_offplatform
{
  meta:
    action = "junk"
    weight = 2.5
    description = "A 'match' from a dating app (Tinder, Hinge, Bumble) who does not use the app any more, is rarely on it or whose app 'keeps crashing', and moves the chat to text; or '<name> from Tinder, Hinge, Bumble, Match or POF, we matched a while ago, sorry I've been busy, how have you been?' (English)"
  strings:
    $app = /\b(tinder|hinge|bumble|plenty of fish|pof|okcupid|coffee meets bagel|dating (app|site))\b/
    $off = /\b((don't|do not|dont) (really )?use (it|the app|that app)( much| anymore| any more)?|easier to (chat|talk|text) here|(chat|text|talk) (here|on here) instead|here instead|(deleted|uninstalled) (the|that|my) (app|account|profile)|here is my (number|no))\b/
    // or the app that "keeps crashing" or is rarely opened, and the chat moved here
    $flaky = /\b(app|it|hinge|tinder|bumble) (keeps|kept|has been|is|was) (crashing|glitching|freezing|logging me out|acting up|buggy|not working)\b|\b(i'?m|i am|im) (rarely|barely|hardly|hardly ever|not often|not really|never|not very active) (on|active on|using) (the app|that app|there|it|hinge|tinder|bumble|dating apps?)\b|\b(rarely|barely|hardly|never) (check|open|use|log into|go on) (the app|that app|it|hinge|tinder|bumble)\b/
    $here = /\b(text|chat|talk|message|continue|reach|contact) (you |me )?(here|on here|over text|by text|via text|on this number)\b|\b(this is|here'?s|here is) my (number|no|cell)\b|\b(thought|figured|decided) (i'?d|i would|to) (text|message|reach out to) you\b/
    // or the stranger's follow-up: "this is Jessica from Tinder, we matched a while ago, sorry I've been
    // busy, how have you been?" (a match who was given the number does not explain when they matched)
    // compile cost: X{1,a}X{1,b} is X{2,a+b}
    $intro = /\b(this is|it'?s|its|i'?m|im|i am) [a-z]{1,6}[a-z]{1,6} from (tinder|hinge|bumble|match|match\.com|pof|plenty of fish|okcupid|badoo)\b|\b[a-z]{1,6}[a-z]{1,6} from (tinder|hinge|bumble|match|match\.com|pof|plenty of fish|okcupid|badoo) here\b/
    $ago = /\bmatched( with you| on (it|there|the app|the site|tinder|hinge|bumble|match|pof|okcupid|badoo))? (a (little )?while|a long time|some time|a (few|couple( of)?) (weeks|months)|weeks|months|ages|a bit) (ago|back)\b/
    $catch = /\bsorry (i'?ve|i have|i|i'?d|for|been|i was|i got)( been| being)? (so |super |really |crazy |very )?(busy|mia|awol|quiet|slow|distant|swamped|caught up)\b|\bhow (have|has|hve|'?ve) (you|u|ya|life|things) been\b|\bhow (you|u) been\b|\b(i )?never (replied|got back to you|answered)\b/
  condition:
    ($app and ($off or ($flaky and $here)) or ($intro and $ago and $catch)) and (sender_kind == "phone" or sender_kind == "email")
}

rule wrongnum_gift_parcel_clearance : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A parcel of gifts, cash or gold 'worth' a fortune is held at customs or an airport, and a clearing fee releases it: the advance fee behind a romance or a 'diplomat'; or 'your uncle's friend from America or the UK' sent a box of dollars and gifts and the courier at the port needs a clearance fee (leones, cedis, naira, dollars); or a stranger holding a parcel of rice, oil or foodstuff 'from your brother' or 'de la part de votre frere' who wants the transport or delivery fee sent first by MoMo, Orange Money or Opay (French, Cameroon and Cote d'Ivoire; English, Nigeria and Ghana); or a stranger ('please don't be offended', 'I'm Dr. ...') who wants to send a gift from abroad and asks for your name, address or MoMo number for the courier (English, West Africa)"
  strings:
    $parcel = /\b(package|parcel|box|consignment|luggage)\b/
    $gift = /\b(gifts?|gold|jewel\w{0,5}|cash|dollars|valuables)\b.{0,30}\b(worth|valued at|of)\b|\b(worth|valued at) [^ ]{1,14} (in )?(gifts?|gold|cash|jewel\w{0,5})\b/
    $held = /\b(held|seized|detained|stuck|on hold)\b.{0,30}\b(customs|airport|clearance)\b|\b(customs|clearance|clearing|release|diplomatic) (fee|fees|charge|charges)\b/
    // in Hindi and Malayalam: customs, a parcel or gift, and "deposit"/"pay" (three bytes a letter: gaps in bytes)
    $hi = /(कस्टम्स|कस्टम).{0,200}(पार्सल|गिफ्ट|उपहार).{0,200}(जमा कर|शुल्क|भुगतान)|(पार्सल|गिफ्ट|उपहार).{0,200}(कस्टम्स|कस्टम).{0,200}(जमा कर|शुल्क|भुगतान)/
    $ml = /(സമ്മാനം|പാർസൽ|ഗിഫ്റ്റ്).{0,200}കസ്റ്റംസ്.{0,200}(അടയ്ക്ക|അടക്ക)/
    // "Your uncle's friend from America sent you a box of dollars and gifts; the courier at the port
    // needs the clearance fee" (leones, cedis, naira, dollars); gifts alone count only with the
    // relative's friend, and a relative who paid the fee asks for nothing
    $cashbox = /\b(box|package|parcel|consignment|trunk|suitcase|luggage|carton) (of|containing|with|full of|filled with|loaded with)( some| the| foreign| us)? (dollars|cash|money|pounds|euros|foreign currency|currency)\b|\b(dollars|cash|money|pounds|euros) (and|&) (gifts?|valuables|jewel\w{0,5}|clothes|phones?|laptops?|gold)\b/
    $giftbox = /\b(box|package|parcel|consignment|trunk|suitcase|carton) (of|containing|with|full of|filled with)( some| the| nice| many| expensive)? (gifts?|presents|valuables)\b/
    $sentby = /\b(your|ur) (late )?(uncle|aunt|aunty|auntie|father|dad|daddy|brother|cousin|mother|mum|mom|sister|husband)'?s? (friend|colleague|business partner|partner|boss)\b|\b(friend|colleague|business partner) of your (late )?(uncle|aunt|aunty|auntie|father|dad|brother|cousin|mother)\b/
    $port = /\b(sea ?port|port|wharf|quay|airport|customs|cargo (office|terminal)|courier|shipping (company|agent)|delivery (company|agent)|freight)\b/
    $fee2 = /\b(clearance|clearing|release|customs|demurrage|delivery|shipping|courier) (fee|fees|charge|charges|cost|costs|bill|duty|duties)\b|\bpay (for )?(the )?(clearance|clearing|customs|release)\b/
    $pay2 = /\b(pay|send|transfer|deposit|remit)\b/
    $paid = /\b(i|we|he|she|they|i'?ve|we'?ve|i have|we have|he has|she has|they have) (already |just )?(paid|cleared|settled)\b|\b(i'?ll|i will|will|i go) (refund|pay|return|give) (you|u|it|am)( back)?\b|\bpay (you )?back\b/
    // the sum in leones, cedis or naira where the normaliser reads no money
    $cur = /\b(le|nle|sll|ghs|ghc|ngn|usd|lrd) ?[0-9]|[0-9] ?(leones?|nle|sll|cedis?|ghs|naira|dollars|usd)\b/
    // A stranger holds a parcel "from your brother" (rice, oil, foodstuff) and wants the transport fee sent
    // first by mobile money (French, Cameroon and Cote d'Ivoire; English, Nigeria and Ghana)
    $rel = /\bde la part de (votre|ton|vos|tes) (grand |petit |grande |petite )?(frere|soeur|pere|papa|mere|maman|oncle|tonton|tante|tata|cousin|cousine|fils|fille|mari|epoux|epouse|femme|neveu|niece|parents|enfants?)\b|\b(votre|ton) (grand |petit |grande |petite )?(frere|soeur|pere|papa|mere|maman|oncle|tonton|tante|tata|cousin|cousine|fils|fille|mari|epoux|epouse|femme|neveu|niece)\b.{0,20}\b(m'a|m'ont|nous a) (remis|confie|donne|envoye|charge|laisse)\b|\bcommission de (votre|ton) (grand |petit )?(frere|soeur|pere|papa|mere|maman|oncle|tonton|tante|tata|cousin|cousine|fils|fille|mari)\b|\bfrom your (elder |big |younger |little |junior |senior )?(brother|sister|father|dad|daddy|mother|mum|mom|mummy|uncle|aunt|aunty|auntie|cousin|son|daughter|husband|wife|nephew|niece|relatives?|people)\b|\byour (elder |big |younger |little |junior |senior )?(brother|sister|father|dad|daddy|mother|mum|mom|mummy|uncle|aunt|aunty|auntie|cousin|son|daughter|husband|wife|nephew|niece) (sent|gave|handed|asked me to (bring|deliver|give))\b/
    $colis = /\b(colis|paquets?|cartons?|sacs?|bagages?|commission|vivres|bags?|foodstuffs?)\b/
    $tfee = /\b(frais|argent|l'argent|montant) (de|du|pour le|pour la) (transport|livraison|deplacement|route|voyage|carburant|dedouanement|expedition)\b|\bpour (le|la) (transport|livraison|deplacement|carburant)\b|\b(transport|delivery|transportation|waybill|logistics|dispatch) (fee|fees|fare|money|cost|charge|charges)\b|\bfor (the )?(transport|transportation|delivery|waybill|t-?fare|fuel)\b/
    $wallet = /\b(momo|mobile money|orange money|mtn money|wave|moov money|flooz|t-?money|express union|airtel money|opay|palmpay|moniepoint|kuda|m-?pesa)\b/
    // already paid, or paid on the spot when the parcel is collected
    $tpaid = /\b(deja|est) (paye|regle)\b|\b(j'ai|il a|elle a|ils ont) (deja )?(paye|regle)\b|\b(sur place|a l'arrivee|a la (reception|livraison|recuperation))\b|\bpay (on|upon|at) (arrival|delivery|collection|pick ?up)\b|\bno need to pay\b/
    // The stranger's gift from abroad (West Africa): "please don't be offended, I'm Dr. ..., I want to send
    // you a gift from abroad, send me your name and MoMo number so the courier can deliver" (the fee comes
    // later); a friend abroad who sends a gift and asks for the address introduces no stranger
    $gstr = /\b(don'?t|do not|dont) be (offended|annoyed|angry|surprised|scared)\b|\b(you|u) (don'?t|do not|dont) know me\b|\bi got your (number|contact|no)\b|\b(my name is|i am|i'?m|this is) (dr|doctor|engr|engineer|captain|capt|general|gen|sgt|sergeant|barrister|prof|col|colonel|major)\.? [a-z]/
    $gabroad = /\b(send|sending|ship|shipping|post)( you| u)? (a |some |my |this |the )?(little |small |special |nice |few )?(gifts?|presents?|gift package|package|parcel|box)\b.{0,30}\b(abroad|overseas|the uk|the us|the usa|america|london|dubai|canada|europe|the states)\b/
    $gdet = /\b(send|give|text|forward|drop)( me)? your (full )?(name|names|address|home address|location|details|momo|mobile money|wallet|phone|account)\b.{0,60}\b(courier|deliver|delivery|dispatch|shipping)\b|\b(courier|delivery company|delivery agent|dispatch|shipping company)\b.{0,60}\byour (full )?(name|names|address|home address|momo|mobile money|number|details)\b/
  condition:
    ((($parcel and $gift and $held) or $hi or $ml) and money_count > 0
      or ($cashbox or $giftbox and $sentby) and $port and $fee2 and $pay2 and not $paid and ($cur or money_count > 0)
      or $rel and ($parcel or $colis) and $tfee and ($wallet or phone_count > 0) and not $paid and not $tpaid
      or $gstr and $gabroad and $gdet)
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule wrongnum_lonely_stranger_chat
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A stranger who is lonely or new in town, or fell for your picture, asks to be friends and moves the chat to WhatsApp or Telegram: the romance opener; or 'lonely tonight' with an invitation to chat and a wink or a flirt (English); or a foreigner 'from America' who wants friendship and asks whether you speak English (Bengali, script and romanised); or a stranger who introduces themself by name with a foreign origin, a job abroad ('Elena from Ukraine, working as nurse in Dubai') or 'hello dear' and wants to 'make friendship with you' (English as written in India and Africa), or who saw your Facebook profile, flatters you and asks 'kya hum dost ban sakte hai?' (Hinglish)"
  strings:
    $lonely = /\b(new in (town|the city|this city)|(just )?want a friend to (talk|chat) (to|with)|looking for (a )?(true |serious |honest |good )?(friend|friends|friendship|relationship|partner|husband|wife)|can we be friends|i want (friendship|to be (your )?friends?) with you|(fell|falling) in love with (you|your)|saw your (picture|photo|pic|profile) (on|in)\b)/
    // romanised Hindi: "I'm alone, video call me"
    $lonely_hi = /\b(akeli|akela) (hu|hoon|hun)\b|\bvideo call (karo|kar lo|karoge|karogi|pe baat)\b/
    $app = /\b(whats ?app|telegram|hangouts|signal|wechat|kik|snap ?chat|line)\b|wa\.me\//
    // or a stranger's introduction by name and city: "I am Pooja from Delhi, looking for friendship"
    $intro = /\b(i am|i'm|im|this is) (a |an )?[a-z]{2,12} from [a-z]{3,15}\b/
    // the dating profile's "I'm Kelly, 27, just moved to your area, kinda lonely": a name and an age
    $moved = /\b(just )?moved to (your|ur) (area|city|town|neighbou?rhood)\b|\b(i'm|i am|im|feeling|feel) (kinda |kind of |so |very |a bit |bit )?lonely\b/
    $age = /\b(i'm|i am|im) [a-z]{2,12},? (age )?[1-5][0-9]\b/
    // Lonely tonight, an invitation to talk and a wink or a flirt: "feeling kinda lonely tonight 😘
    // wanna chat?" (English); a partner's "miss you, lonely without you, call me" is no stranger's
    $tonight = /\blonely (tonight|this evening|right now|rn|today|at the moment)\b|\b(lonely|boring|quiet) (night|evening|weekend) (alone|here|at home|by myself)\b/
    $invite = /\b(want|wanna|would you like|do you want|care|fancy|down|up for) (to )?(talk|chat|have a chat|keep me company|get to know (me|each other))\b|\b(someone|somebody|anyone|a friend) to (talk|chat) (to|with)\b|\b(chat|talk) with me\b|\bkeep me company\b/
    $flirt = /(😘|😉|😏|🥰|😍|💋|😜|😚|🥵|😈|💕|💞)|\b(cutie|handsome|sexy|hottie|gorgeous)\b/
    $partner = /\b(miss (you|u|ya)|without (you|u)|love (you|u|ya)|since you left|when you (get|come) (home|back)|when you land|you'?re away|babe|baby|hubby|wifey|the kids)\b/
    // someone else's loneliness ("Mum's lonely tonight, want to chat with her?") is no stranger's
    $other = /\b(mum|mom|mama|dad|papa|grandma|grandpa|granny|gran|nan|nana|grandad|she|he|they|my (mother|father|sister|brother|friend|neighbou?r))('s| is| was| feels| seems| gets| has been| must be)? ?(so |very |a bit |kinda |really )?(feeling )?lonely\b/
    // Bengali: a foreigner "from America" who wants friendship and asks whether you speak English
    // ("আমি আমেরিকা থেকে ... তোমার সাথে বন্ধুত্ব করতে চাই ... তুমি কি ইংরেজি বলতে পারো?"), in the
    // script or romanised
    $bn_friend = /বন্ধুত্ব (করতে|করবে|করবেন|করবা|চাই)|বন্ধু (হতে|হবে|হবেন|হবা)|\bbondhu(tto|two|tvo|to|ttho)? (korte chai|korte pari|korbe|korben|korba|hobe|hoben|hote chai)\b/
    $bn_abroad = /(আমেরিকা|যুক্তরাষ্ট্র|বিদেশ|লন্ডন|কানাডা|ইংল্যান্ড)|\b(america|amerika|usa|bidesh|london|canada|england)\b/
    $bn_eng = /(ইংরেজি|ইংলিশ|ইংরেজী) (বলতে |বুঝতে )?(পারো|পারেন|পারবে|পারবেন|জানো|জানেন|বোঝো|বোঝেন|বুঝো|বুঝেন)|\b(english|engreji|ingreji|inglish) (bolte |bujhte )?(paro|paren|parbe|parben|jano|janen|bujho|bujhen|bojho|bojhen)\b|\b(do|can) you (speak|understand) english\b/
    // A stranger's self-introduction with a foreign origin, a job abroad or "hello dear", and "I want to make
    // friendship with you" (English as written in India and Africa): "Hello dear, I am Elena from Ukraine,
    // I am working as nurse in Dubai"; a neighbour whose son "would like to make friendship with your son",
    // or one met at a wedding, is no stranger
    $fr_en = /\b(make|do|have|start|want|need|like) (a )?(friendship|friend ?ship|friends?) with (you|u)\b|\b(can|could|shall|may) (we|i) (be|become|make) (friends?|friendship)\b|\b(accept|want|need) (my|your|ur) friendship\b|\bbe my friend\b/
    // compile cost: X{1,a}X{1,b} is X{2,a+b}
    $myname = /\bmy name is [a-z]{1,6}[a-z]{1,6}\b/
    $abroad = /\bfrom (ukraine|russia|belarus|poland|romania|usa|america|uk|london|england|scotland|canada|australia|germany|france|italy|spain|sweden|norway|denmark|netherlands|holland|switzerland|turkey|philippines|syria|dubai)\b|\b(work|working|job|employed|living|based|staying|settled|posted) (as (a |an )?[a-z]{1,8}[a-z]{1,8} )?(in|at) (dubai|abu dhabi|uae|qatar|doha|saudi|saudi arabia|riyadh|kuwait|oman|bahrain|london|uk|usa|america|canada|australia|germany|europe|singapore|malaysia|abroad|overseas|offshore)\b/
    $dear = /^(hello|hi|hey|good (morning|afternoon|evening|day)),? (my )?(dear|dearest)\b/
    $met = /\b(we met|met you|nice (to meet|meeting) you|(at|from) (the|your|our) (wedding|party|office|school|class|college|gym|church|temple|mosque|meeting|conference|event|building|society|colony|shop))\b|[a-z]'s (husband|wife|brother|sister|cousin|friend|colleague|mother|father|son|daughter|neighbou?r)\b|\b(your|ur) (new )?(neighbou?r|colleague|classmate|tenant|landlord)\b/
    // Hinglish: "maine Facebook pe aapka profile dekha, aap bahut ache lagte ho. Mai Pooja, Indore se. Kya
    // hum dost ban sakte hai?": the friendship asked, the stranger's flattery or the profile seen, and a
    // name with a city or the profile
    $fr_hi = /\b(dost|dosti|friends?|friendship) (ban sakte|ban sakti|ban sakta|banoge|banogi|banna chahta|banna chahti|banna chahenge|karoge|karogi|kar sakte|kar sakti|karna chahta|karna chahti|karni hai|karenge|karna chahoge|karna chahogi)\b/
    $flat_hi = /\b(aap|ap|tum)( bahut| bohot| bahot| bht| kaafi| kafi| bade| badi| boht| bohat| itne| itni| sach me| sach mein)? (ache|acche|achhe|acchi|achi|achhi|sundar|cute|handsome|smart|pyare|pyari|khubsurat|khoobsurat) (lagte|lagti|lag rahe|lag rahi|dikhte|dikhti|ho)\b|\b(facebook|fb|insta|instagram|tiktok|sharechat) (pe|par|per|me|mein) (aapka|apka|aapki|apki|tumhara|tumhari|aap ka|ap ka) (profile|dp|photo|pic|id|account)\b|\b(aapka|apka|aapki|apki|tumhara|tumhari) (profile|dp|photo|pic) (dekha|dekhi|dekh ke|dekhkar|dekh kar)\b/
    // compile cost: X{1,a}X{1,b} is X{2,a+b}
    $intro_hi = /\b(mai|main|mein|mera naam|my name is|i am|i'?m) [a-z]{1,6}[a-z]{1,6}( hu| hoon| hun| hai)?,? [a-z]{1,8}[a-z]{1,8} (se|say)\b/
    $met_hi = /\b(mile|mili|mila) (the|thi|tha)\b|\bmulakat hui\b|\b(shaadi|party|function|office|college|class|gym|mandir|society|meeting) (me|mein|mai|pe|par) (mile|mili|mila|dekha|dekhi)\b|\b(ki|ka|ke) (saheli|cousin|behen|bhai|bhabhi|didi|colleague|padosi|padosan)\b/
  condition:
    (($lonely or $lonely_hi) and ($app or ($lonely and $lonely_hi) or ($lonely and $intro)) or ($moved and $age and $app)
      or ($fr_en and ($intro or $myname) and ($abroad or $dear) and not $met)
      or ($fr_hi and $flat_hi and ($intro_hi or $intro or $myname) and not $met and not $met_hi)
      or ($tonight and $invite and $flirt and not $partner and not $other) or ($bn_friend and $bn_abroad and $bn_eng))
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule wrongnum_sugar_daddy_offer
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A stranger's sugar daddy or sugar mummy offer: a weekly allowance to spoil you, no meetups needed, text me back; or a rich 'sugar mummy' or widow who wants a caring young man or woman and will pay weekly or monthly, call me now (the fee or fake-cheque scam to follow; US, Nigerian and Ghanaian English, Nigerian Pidgin)"
  strings:
    $sugar = /\bsugar (daddy|daddies|dad|mummy|mommy|momma|mama|mum|mom|baby|babe|babies)\b/
    // the offer: an allowance by the week or month, "to spoil you", no meeting required, "I will pay you"
    $offer = /\b(weekly|monthly|every week|each week|per week|a week|daily) (allowance|payment|support|stipend|pay)\b|\ballowance (of|is|will be|every|each|per|weekly|monthly)\b|\bspoil (you|u)\b|\b(no|without|don'?t need (to|a)|never) (meet ?ups?|meeting|physical|sex|in[- ]person)\b|\b(looking for|seeking|in need of|need) (a |an )?(new |serious |honest |loyal |sweet )?sugar (baby|babe|boy|girl)\b|\b(i will|i'll|i'd|i can|will) (pay|send|give) (you|u) (\$|£|€)?[0-9]/
    $ask = /\b(text|message|reply|get back to|hit) me\b|\bare (you|u) (interested|down|in)\b|\binterested\?|\bsend (me )?(your )?(cash ?app|zelle|venmo|paypal|bank|name|pic|picture)\b|\b(cash ?app|zelle|venmo|paypal|chime|mobile deposit)\b/
    // an allowance and no meetups, without the word: "I'll send $500 weekly, no meetup needed"
    $allow = /\b(weekly|monthly) allowance\b|\ballowance of\b/
    $nomeet = /\b(no|without|don'?t need (to|a)|never) (meet ?ups?|meeting|physical|sex|in[- ]person)\b/
    // the rich mummy or widow who wants a caring young man and pays him by the week or month:
    // "I will be paying you 300k weekly", "GHS 5,000 monthly upkeep", "she go dey pay you 150k every week"
    $rich = /\brich (sugar )?(mummy|mommy|mama|momma|woman|lady|widow|divorcee|white (lady|woman|man)|daddy|man|old man|businesswoman|business woman)\b/
    $caring = /\b(caring|loving|romantic|sweet|energetic|handsome|good looking|responsible|serious) (young )?(man|guy|boy|boyfriend|lady|girl|woman|girlfriend|partner|companion)\b|\byoung (man|guy|boy|lady|girl) (to|who will|who can|that will|that can|wey go|wey fit) (take care of|satisfy|love|keep|care for) (me|her|him)\b/
    $paid = /\b(pay|paying|send|sending|give|giving) (you|u) [^ ]{1,12} (weekly|monthly|every week|every month|per week|per month|a week|a month|each week|each month)\b|\b(weekly|monthly) (pay|payment|salary|allowance|stipend|upkeep) (of|is|will be) [^ ]{0,4}[0-9]|[0-9]k? (weekly|monthly|every week|every month|per week|per month) (upkeep|allowance|salary|pay|payment|stipend)\b/
    $callnow = /\b(call|text|whatsapp|message|chat) (me )?(now|asap|immediately|right now)\b/
  condition:
    ($sugar and $offer and ($ask or contact_count > 0 or money_count > 0 or url_count > 0) or ($allow and $nomeet and ($ask or money_count > 0))
      or (($sugar and $caring and ($paid or $offer) or $rich and $caring and $paid) and ($ask or $callnow or phone_count > 0)))
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule wrongnum_late_husband_contact
{
  meta:
    action = "junk"
    weight = 2.5
    description = "A widow or relative who 'found your number in my late husband's phone', says you were his business partner or has important information about his funds, and asks you to get in touch; or a widow, retired general or dying businessperson with a large inheritance or fortune who seeks an honest person in your country; or a solicitor, barrister ('Barr.') or attorney whose late client 'with the same surname as yours' died in a crash, or left millions with no next of kin and a 'confidential business' to discuss: the advance-fee opener (English, Nigerian English, French); or a sick, dying, widowed, childless or rich donor who 'wishes to donate' a named fortune to an honest person, reply by e-mail (English, French); or a colonel or general on mission in Mali, Syria or Afghanistan with a large sum to put in safety who seeks a trustworthy person (English, French); or a widow or relative who needs a God-fearing or trustworthy person to help invest her late husband's money or the inheritance (English, West Africa; French; romanised Hindi 'main ek widow hoon ... mujhe ek bharosemand insaan chahiye jo invest kare')"
  strings:
    $late = /\bmy late (husband|father|dad|wife|brother|uncle|son|boss|partner)\b|\bmy (husband|father|brother|uncle) who (passed away|died)\b|\b(mon|ma) (defunt|defunte) (mari|epoux|pere|frere|oncle)\b|\bfeu mon (mari|epoux|pere|frere|oncle)\b|\bmon (mari|epoux|pere|frere|oncle) (decede|defunt)\b|\bla veuve (de|du|d')/
    $found = /\b(found|saw|got|came across|picked) (your|ur) (number|contact|name|phone number|details)\b|\b(trouve|vu|recupere|eu) (votre|ton) (numero|contact|nom)\b/
    $partner = /\b(his|her) (business )?(partner|associate|trusted (friend|partner))\b|\bbusiness partner\b|\b(son|votre|ton) (associe|partenaire)\b|\bpartenaire d'affaires\b/
    $bait = /\b(important (information|matter|issue|discussion|message|documents?)|something (important|urgent)|concern(s|ing)? (his|her|the) (funds?|money|deposit|estate|inheritance|consignment|investment|business|account|gold|will)|information (importante|urgente|capitale)|une (affaire|chose|information) (importante|urgente)|(ses|les) fonds|(son|le) (depot|heritage))\b/
    // the widow telling of the funeral: a real one
    $funeral = /\b(funeral|burial|memorial|obseques|enterrement|funerailles|inhumation)\b/
    // The inheritance seeker speaking of themself: a widow, a retired general, a dying businessperson
    // ("I am a widow suffering from cancer", "je suis un general a la retraite"), a fortune of
    // millions, and "an honest person in your country" to receive or manage it
    $self = /\b(i am|i'm|im|am) (a |an |the )?(retired|rtd\.?|former) ([a-z]{1,6}[a-z]{0,6} ){0,2}(general|colonel|brigadier|commander|officer)\b|\b(i am|i'm|im|am) (a |an |the )?(widow|widower|dying|terminally ill|bedridden|sick (businessman|businesswoman|business man|business woman|man|woman|widow))\b|\bi (am|have been) (suffering from|diagnosed with|battling|dying of|dying from) (cancer|leuk\w{0,5}|a terminal|terminal|stroke|a brain|brain|tumou?r|kidney|esophageal|oesophageal)|\b(general|gen\.?|colonel|col\.?) [a-z]{1,6}[a-z]{1,6} \(?rtd\b|\b(widow|widower),? (suffering|battling|diagnosed|dying|with (cancer|a terminal))\b/
    $self_fr = /\bje suis (une |un )?(veuve|veuf|general|colonel|officier|militaire)( a la retraite| retraite| en retraite)?\b|\bje suis (un homme|une femme) d'affaires (malade|mourant|mourante|gravement malade)\b|\bje (suis atteinte?|souffre) (d'un|du|de la|d'une) (cancer|leucemie|tumeur|maladie)\b|\bje suis (gravement |tres )?malade\b|\bmes jours sont comptes\b|\b(veuve|veuf),? (atteinte?|souffrante?|malade|gravement malade|mourante?)\b/
    $fortune = /\b(large|huge|substantial|vast|considerable) (inheritance|fortune|sum|estate|amount)\b|\b(inheritance|fortune|estate|fund|funds|sum|deposit) (of|worth|valued at) [^ ]{1,14}( (million|billion|m))?\b|\b(million|millions|billion) (dollars|euros|pounds|usd|eur|gbp|us dollars)\b|\b(heritage|fortune|somme|fonds|montant) (de|d'un montant de|estime a|evalue a|s'elevant a) [^ ]{1,14}\b|\bmillions? (de |d')(dollars|euros|livres|francs|fcfa)\b/
    $honest = /\b(honest|trustworthy|reliable|god[- ]fearing|sincere|trusted|reputable) (and (trustworthy|reliable|honest|god[- ]fearing|sincere|trusted) )?(person|individual|man|woman|lady|partner|foreigner|someone|somebody|beneficiary)\b|\bpersonne (honnete|de confiance|serieuse|sincere|fiable|integre)\b|\bquelqu'un (d'honnete|de confiance|de serieux|d'integre)\b/
    // The widow or relative who needs a God-fearing or trustworthy person to help invest her late husband's money
    // or the inheritance (English, West Africa; French "une personne de confiance pour investir l'heritage de mon
    // defunt mari"): the investing asked, a stranger's marks (her own introduction, "God-fearing", "in your
    // country"), and no friend's "do you know a good accountant?"
    $w_inv = /\b(invest|investing|manage|managing)\b.{0,40}\b(money|funds?|inheritance|estate|fortune|savings|wealth|deposit)\b|\b(help|assist) me (to )?(invest|manage)\b|\b(investir|gerer|placer|faire fructifier)\b.{0,40}\b(heritage|fonds|argent|fortune|economies|somme|biens)\b/
    $w_intro = /\b(i am|i'm|my name is) (mrs|mr|madam|madame|miss|ms|dr|chief|lady|widow)\b|\bje (suis|m'appelle) (mme|madame|mlle|mademoiselle|la veuve|veuve|une veuve)\b|\bgod[- ]fearing\b|\b(qui craint|craignant) dieu\b|\bin your country\b|\bdans votre pays\b/
    $w_rec = /\b(do|would) you know (a|an|any|anyone|anybody|someone|somebody)\b|\b(can|could) you recommend\b|\brecommend (someone|anyone|a|an|your)\b|\b(tu connais|vous connaissez|tu connaitrais|vous connaitriez|tu peux me recommander|vous pouvez me recommander)\b/
    // Romanised Hindi: "mera naam Sarita hai aur main ek widow hoon, mere pati 3 crore chhod gaye hain,
    // mujhe ek bharosemand insaan chahiye jo inhe invest kare": the widow herself (or her late husband
    // with her name given), a trustworthy person sought, the investing; a widow asking a friend "koi
    // accha CA jaante ho?" asks for a name, and an aunt's news told in the third person is no widow's
    $self_hi = /\b(main|mai|mein|me) (ek |bhi ek |ab ek |abhi )?(widow|vidhwa|vidhva|bewa|bewah|bevaa)( aurat| mahila| lady)? (hu|hoon|hun|hoo)\b/
    $late_hi = /\b(mere|meri) (late |swargiya |swargvasi |marhoom |marhum |divangat )?(pati|husband|shohar|patidev|pati dev)( ji| sahab)?\b.{0,40}\b(chhod (gaye|gye|gae|kar gaye|ke gaye)|ka (dehant|dehaant|nidhan|intekal|inteqal|intkal) ho|guzar (gaye|gye)|nahi rahe|chal base|death ho)/
    // compile cost: X{1,a}X{1,b} is X{2,a+b}
    $naam_hi = /\bmera naam [a-z]{1,6}[a-z]{1,6}\b/
    $honest_hi = /\b(bharosemand|bharose ?mand|bharosey ?mand|bharose (ka|ke|wala|wale|layak)|vishwasniya|vishwasneey|vishwas (ka|ke|layak)|imaandar|imandar|eemandar|honest|trustworthy|nek|sachcha|saccha)( aur (imaandar|imandar|bharosemand|nek|honest|sachcha|saccha))? (insaan|insan|aadmi|admi|vyakti|banda|bande|person|shakhs|partner)\b/
    $inv_hi = /\b(invest|nivesh|sambhal|manage) (kare|karein|karen|kar sake|kar sakein|kar sakte|karna|karne|karwa|karwana|karwane|karega|kar de|kar dein|karenge|karwaye)\b/
    $rec_hi = /\b(jaante|jante|jaanti|janti|jaanta|janta) (ho|hain|hai|h)\b|\bbata (sakte|sakti|do|dijiye|dena|doge)\b|\b(suggest|recommend) (karo|kar do|kijiye|karna|kar sakte)\b/
    // The next-of-kin letter: a solicitor or barrister whose late client "has the same surname as
    // yours" died with his family in a crash and left millions with no next of kin (English)
    $lawyer = /\b(solicitor|barrister|attorney|lawyer|legal (practitioner|adviser|advisor|counsel|representative)|esq|executor|notary public|private banker|account officer)\b/
    $surname = /\b(same|similar|identical) (sur ?name|last name|family name)\b|\b(shares?|bears?|bearing|sharing|has|had|with) (the same|your) (sur ?name|last name|family name)\b|\bsame name (as|with) (you|yours)\b/
    $client = /\b(my|our) (late |deceased )?(client|customer)\b|\b(late|deceased) (client|customer)\b/
    $died = /\b(died|perished|killed|lost (his|her|their) (life|lives)|passed away|deceased|crash|accident)\b/
    $nok = /\bnext of kin\b|\b(no|without) (a |any )?(beneficiary|heir|will|relatives?)\b/
    // the titled lawyer's letter that names no death but a late client and "this confidential business":
    // "I am Barr. <name> ... my late client ... reply to discuss this confidential business" (Nigerian English)
    $barr = /\bbarr\.? [a-z]{1,6}[a-z]{1,6}\b/
    $client2 = /\b(attorney|lawyer|counsel|solicitor|barrister|legal (practitioner|adviser|advisor|representative)) to (the |my |our )?late\b|\bthe late (mr|mrs|ms|dr|engr|chief|sir|alhaji)\b/
    $confid = /\bconfidential (business|transaction|matter|deal|proposal|discussion|information|issue)\b|\b(strictly|highly|very|private and) confidential\b|\b(in|with) (strict |utmost |absolute |the strictest |the utmost )?confidence\b/
    // The donor who writes in the first person: "I wish to donate my fortune to an honest person",
    // "je souhaite faire don de ma fortune a une personne honnete", sick, dying, widowed, rich or
    // childless, with the sum named (reply by e-mail); no one's tools or books given away
    $donate = /\bi (want|wish|would like|have decided|decided|intend|plan|am willing|hope) to (donate|give|bequeath|will|hand over|entrust|leave)\b|\bje (veux|souhaite|voudrais|desire|compte|tiens a|ai decide de|suis dispose a|souhaiterais) (faire (un )?don|leguer|donner|offrir|ceder|remettre|transmettre|confier)\b/
    $donor = /\b(widow|widower|cancer|terminal|terminally|dying|sick|stroke|tumou?r|leuk\w{0,5}|bedridden|rich|wealthy|millionaire|childless|no (children|child|heir|family))\b|\b(veuve|veuf|cancer|malade|mourante?|phase terminale|tumeur|leucemie|alitee?|riche|fortunee?|millionnaire|sans (enfants?|heritiers?|famille))\b/
    // The serving colonel or general "on mission" (Mali, Syria, Afghanistan ...) who holds a large sum to put
    // in safety and seeks a trustworthy person (English, French): himself, a mission, a sum, the trust
    $officer = /\b(i am|i'm|im|am|my name is|je suis|je m'appelle)( the| a| an| le| la| un| une)?( us| u\.s\.?| american| british| french| francais| united nations| un| nato)?( army| military)? (colonel|col\.?|lieutenant-colonel|lt\.? col\.?|general|gen\.?|major|captain|capt\.?|capitaine|commandant|commander|sergeant|sgt\.?|sergent|lieutenant|officer|officier|soldier|soldat|militaire)\b/
    $mission = /\b(mission|missions|deployed|deployment|stationed|posted|serving|peace ?keeping|peacekeepers?|maintien de la paix|casques bleus|forces|troops|troupes|base|camp|operation|operations)\b.{0,40}\b(mali|syria|syrie|afghanistan|iraq|irak|libya|libye|yemen|sudan|soudan|somalia|somalie|niger|burkina|chad|tchad|centrafrique|lebanon|liban|ukraine|kabul|kaboul|damascus|damas|bamako|gao|tombouctou|timbuktu|kandahar|baghdad|bagdad)\b/
    $mil_sum = /\b(we|i) (recovered|found|discovered|seized|confiscated|intercepted)\b|\b(fonds|argent|somme|butin|caisses?|malles?|lingots?) (recupere|trouve|saisi|decouvert|confisque)e?s?\b|\b(boxes|trunks?|cartons?|bags?|consignment|crates?) (of|containing|filled with) (cash|money|gold|dollars|us dollars|euros)\b|\bmillions?\b/
    $safe = /\b(safe ?keeping|to (a )?safe (place|country|hands)|(to|into) safety|keep (it|them|the (money|funds|sum|cash|boxes)|my share) safe|out of (the country|syria|afghanistan|iraq|mali|libya|yemen))\b|\b(mettre|placer|garder|transferer|deplacer) (ces fonds |cet argent |cette somme |ma part |le tout )?(a l'abri|en securite|en lieu sur|hors du pays)\b/
  condition:
    ($late and $found and ($partner or $bait) and not $funeral or ($self or $self_fr) and $fortune and $honest
      or $officer and $mission and ($fortune or $mil_sum) and ($honest or $safe)
      or $donate and $donor and $honest and ($fortune or money_count > 0)
      or ($late or $self or $self_fr) and $honest and $w_inv and $w_intro and not $w_rec and not $funeral
      or ($self_hi or $late_hi and $naam_hi) and $honest_hi and $inv_hi and not $rec_hi and not $w_rec
      or ($lawyer or $barr) and ($client or $client2) and $surname and ($died or $confid) and ($fortune or $nok))
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule wrongnum_admirer_delivery_address
{
  meta:
    action = "junk"
    weight = 2.5
    description = "A 'florist' or 'courier' with flowers or a gift from a secret or anonymous admirer who asks for your home address (English)"
  strings:
    $admirer = /\b(secret admirer|anonymous (admirer|sender|gift|person)|an admirer|someone special|someone who (admires|likes|loves) you|wishes to (remain|stay) anonymous|wants to (remain|stay) anonymous)\b/
    // the delivery announced to the reader, not roses seen on a desk
    $deliv = /\b(florist|flower shop|courier|delivery (for you|company|driver|van)|(flowers?|bouquet|roses|package|parcel|gifts?|hamper|delivery) (for you|to you|addressed to you))\b/
    $addr = /\b(confirm|send|reply with|provide|verify|share|text|give)( me| us)?( with)? (your )?(full |home |delivery |current |street |exact )?address\b|\bwhat('s| is) your (full |home |delivery |exact )?address\b/
  condition:
    $admirer and $deliv and $addr and sender_kind != "alpha" and sender_kind != "shortcode"
}

// The stranger who "added you by mistake" or met you at a gym, an expo or on an app, in Chinese (simplified,
// traditional, Cantonese; the gaps are in bytes), Brazilian Portuguese and Latin American Spanish (accents
// folded), then asks to be friends, moves the talk to WeChat, LINE, WhatsApp or Telegram, introduces
// themself with a job or a life abroad, or brings up crypto or an investment platform: the romance and
// pig-butchering opener. A genuine wrong number looking for a named person about a flat, a sofa or an
// appointment asks for none of these.
rule wrongnum_mistaken_add_befriend_intl
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A stranger who added you by mistake, sent to the wrong person or met you at a gym, an expo or on an app, and asks to be friends, to add WeChat, LINE or WhatsApp, introduces a job or life abroad (nurse, fund manager, trader) or brings up crypto or investing (Chinese, Brazilian Portuguese, Latin American Spanish); or a foreigner who says where they come from or live (the US, China, Germany, London ...), is learning or wants to practise Spanish or Portuguese or wants to be friends, and moves the chat to WhatsApp or Telegram (Spanish, Portuguese, English)"
  strings:
    // the mistaken add or the claimed meeting
    $zh_mis = /(加错|加錯|发错人|發錯人|发错了|發錯了|打错了|打錯了|搞错人|搞錯人|认错人|認錯人|加错人|加錯人|錯咗人|错咗人)|(在|喺)(健身房|健身室|gym|展会|展會|展览|展覽|博览会|博覽會|交友软件|交友軟件|交友app|探探|tinder)(上|度)?.{0,30}(认识|認識|见过|見過|看到|睇到|加了)/
    $pt_mis = /\b(numero errado|mandei (pra|para) (a )?pessoa errada|mensagem (foi )?errada|(te |lhe )?adicionei (voce |vc |seu numero |seu contato )?por engano|(te )?add por engano|salvei (seu|teu) numero errado)\b|\b(nos )?(conhecemos|vi voce|te vi) (na|no) (academia|feira|evento|expo|tinder|aplicativo|app)\b/
    $es_mis = /\b(numero equivocado|me equivoque de numero|persona equivocada|mensaje equivocado|(te )?agregue (tu numero |tu contacto )?por (error|equivocacion)|guarde (mal )?tu numero por error)\b|\b(nos )?(conocimos|te vi) en (el|la) (gimnasio|gym|feria|expo|evento|tinder|app|aplicacion)\b/
    // the ask to be friends or the move to an app
    $zh_move = /(加(个|個|一下|下)?(你|我)?(的)?(微信|薇信|vx|wx|line|賴|whatsapp|telegram|好友)|交个朋友|交個朋友|做个朋友|做個朋友|做朋友|认识一下|認識一下|識吓|识吓|(微信|line|whatsapp|telegram)(上)?(聊|倾|傾|联系|聯絡))/
    $pt_move = /\b((podemos|poderiamos|vamos|quer|gostaria de) (ser amig[oa]s|fazer amizade|nos conhecer( melhor)?)|(me )?(adiciona|adicione|add|chama) (no|pelo|meu) (whats ?app|zap|telegram|line|wechat|instagram))\b/
    $es_move = /\b((podemos|podriamos|quieres|te gustaria|te parece si) (ser amig[oa]s|hacer amistad|conocernos( mejor)?)|(agregame|agregarme|me agregas|escribeme|hablame|platiquemos) (a|al|en|por) (mi )?(whats ?app|telegram|line|wechat|instagram))\b/
    // the job or life abroad, and the investment hint
    $zh_intro = /我(现在|現在|目前|一直)?(在|喺)(美国|美國|加拿大|新加坡|澳洲|澳大利亚|澳大利亞|迪拜|纽约|紐約|日本|英国|英國|伦敦|倫敦|香港|德国|德國)(工作|做|当|當|读书|讀書|生活|定居)|我是.{0,24}(护士|護士|基金经理|基金經理|交易员|交易員|分析师|分析師|操盘手|操盤手)/
    $pt_intro = /\b(sou|eu sou|trabalho como) (enfermeira|enfermeiro|gestora de fundos|gestor de fundos|gerente de (fundos|investimentos)|trader|analista financeir[oa]|consultora financeira)\b|\b(trabalho|moro|vivo) (em|no|na|nos) (dubai|estados unidos|eua|londres|canada|singapura|hong kong|japao|australia|nova york|suica)\b/
    $es_intro = /\b(soy|trabajo como) (enfermera|enfermero|gestora de fondos|gestor de fondos|gerente de (fondos|inversiones)|trader|analista financier[oa]|asesora financiera)\b|\b(trabajo|vivo) en (dubai|estados unidos|eeuu|londres|canada|singapur|hong kong|japon|australia|nueva york|suiza)\b/
    $zh_inv = /(比特币|比特幣|加密货币|加密貨幣|虚拟币|虛擬幣|数字货币|數字貨幣|usdt|外汇|外匯|合约交易|合約交易|带你(赚|理财|投资)|帶你(賺|理財|投資)|投资(平台|项目|机会)|投資(平台|項目|機會)|理财(平台|项目)|理財(平台|項目))/
    $lat_inv = /\b(criptomoedas?|criptomonedas?|bitcoin|usdt|forex|plataforma de (investimento|inversion|trading)|(te )?(ensino|ensinar|enseno|ensenar) a (investir|invertir)|lucros? (diarios?|garantidos?)|ganancias (diarias|garantizadas))\b/
    // The foreign "language learner": "soy Lin de China, estoy aprendiendo espanol ... ¿me agregas a tu WhatsApp?", "sou
    // a Lena da Alemanha, quero praticar meu portugues ... podemos conversar pelo Telegram?", "I'm Kenji from Japan,
    // studying Spanish, add my WhatsApp": the stranger's own foreign origin, the language or the friendship, and a chat
    // app; a classmate, an exchange student met through school or a cousin's request introduces no such stranger
    // compile cost: X{1,a}X{1,b} is X{2,a+b}
    $lp_from = /\b(soy|sou|me llamo|me chamo|mi nombre es|meu nome e)( el| la| o| a)?( [a-z]{1,6}[a-z]{1,6})?,? (de|da|do|dos|del|desde|en|em|no|na) (estados unidos|eeuu|eua|china|japon|japao|corea|coreia|alemania|alemanha|francia|franca|inglaterra|reino unido|londres|canada|singapur|singapura|hong kong|taiwan|australia|italia|rusia|russia|ucrania|dubai|malasia|filipinas|tailandia|vietnam|suiza|suica|holanda|suecia|texas|california|florida|nueva york|nova york|paris|tokio|toquio|seul|shanghai)\b|\b(vivo|trabajo|moro|trabalho|resido) (en|em|no|na|nos) (estados unidos|eeuu|eua|china|japon|japao|corea|coreia|alemania|alemanha|francia|franca|inglaterra|londres|canada|singapur|singapura|hong kong|taiwan|australia|italia|dubai|suiza|suica|holanda|texas|california|florida|nueva york|nova york|paris|tokio|toquio|seul|shanghai)\b|\b(i'?m|i am|im|my name is) ([a-z]{1,6}[a-z]{1,6},? )?from (the )?(united states|usa|the us|america|the states|china|japan|korea|south korea|germany|france|england|uk|london|canada|singapore|hong kong|taiwan|australia|italy|russia|ukraine|dubai|malaysia|philippines|thailand|vietnam|switzerland|netherlands|sweden|texas|california|florida|new york|paris|tokyo|seoul|shanghai)\b|\bi (live|work|am living|'m living|am based|'m based) in (the )?(united states|usa|china|japan|korea|germany|france|england|uk|london|canada|singapore|hong kong|taiwan|australia|italy|dubai|switzerland|netherlands|texas|california|florida|new york|paris|tokyo|seoul|shanghai)\b/
    $lp_lang = /\b(aprendiendo|aprendo|estudio|estudiando|practicar|practicando|mejorar|aprender|aprendendo|estudo|estudando|praticar|praticando|melhorar|learning|learn|practi[cs]e|practi[cs]ing|improve|improving|studying|study)( mi| el| meu| o| my)? (espanol|castellano|portugues|spanish|portuguese|brazilian portuguese)\b|\b(language (partner|exchange)|intercambio (de idiomas|linguistico|de linguas))\b/
    $lp_friend = /\b(ser (mi |tu |minha |meu |tua )?amig[oa]s?|hacer amig[oa]s|fazer amizade|(tener|ter) (una|uma) amiga|(busco|procuro) (amig[oa]s|una amiga|un amigo|uma amiga|um amigo)|be (my )?friends?|make (a )?friends?)\b/
    $lp_app = /\b(whats ?app|telegram|zap|wechat)\b/
    $lp_known = /\b(de la clase|da turma|da aula|from (spanish |portuguese |the )?class|del curso|do curso|intercambista|exchange student|estudiante de intercambio|coordinadora|coordenadora|coordinator|mi prima|minha prima|my cousin)\b/
  condition:
    ($zh_mis and ($zh_move or $zh_intro or $zh_inv)
      or $zh_intro and ($zh_move or $zh_inv)
      or ($pt_mis or $es_mis) and ($pt_move or $es_move or $pt_intro or $es_intro or $lat_inv)
      or ($pt_intro or $es_intro) and ($pt_move or $es_move or $lat_inv)
      or $lp_from and ($lp_lang or $lp_friend) and $lp_app and not $lp_known)
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

// The romance opener in Russian, Ukrainian, Kazakh, Uzbek (both scripts), Georgian, Armenian, Azerbaijani and
// transliterated Russian: how the number was found (an old notebook, a graduates' group, a dating profile,
// passing through the city) and the move to a chat or a meeting. A genuine wrong number about a flat or
// documents says neither.
rule wrongnum_romance_opener_cis
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A stranger who found your number in an old notebook or a graduates' group, saw your profile on a dating site, or is passing through your city, and asks to chat on Telegram, WhatsApp or Viber or to meet (Russian, Ukrainian, Kazakh, Uzbek, Georgian, Armenian, Azerbaijani, transliterated Russian)"
  strings:
    $how = /((нашла|нашел|нашёл|знайшла|знайшов)\S{0,2} (тво|ваш)\S{0,3} (номер|контакт)|записн\S{0,3} книжк|старом блокнот|старому записник|групп\S{0,2} выпускник|групі випускник|(твою|вашу) анкету|(твой|ваш) профиль|(твій|ваш) профіль|сайт\S{0,2} знакомств|сайті знайомств|на знакомствах|проездом|проїздом|танысу сайт|анкетаңыз|нөміріңізді таптым|tanishuv sayt|anketangiz|raqamingizni topdim|рақамингизни топдим|ёндафтар|tanıslıq sayt|anketinizi|nomrənizi tapdım|ნომერი .{0,40}ვიპოვე|გაცნობის საიტ|ძველ რვეულ|համարը գտա|հին տետր|ծանոթությունների կայք|nashla tvo|zapisnoy knizhk|sayte znakomstv|proezdom)/
    $inv = /(телеграм|телегу|телеге|telegram|whatsapp|вотсап|ватсап|вацап|вайбер|viber|напиши мне|пиши мне|напишите мне|пишите|давай пообщаемся|давайте пообщаемся|познакомимся|познакомиться|встретимся|увидимся|напиши мені|спілкуватися|познайомимось|зустрінемось|жазыңыз|жазшы|танысайық|yozing|yozib qo.ying|ёзинг|гаплашайлик|tanishamiz|yazın|tanıs olaq|მომწერე|მოგწერ|შევხვდეთ|գրիր ինձ|հանդիպենք|napishi|davai poobshchaemsya|vstretimsya)/
    $real = /(квартир|объявлени|документ|посылк|доставк|мастер|ремонт|kvartira|hujjat)/
  condition:
    $how and $inv and not $real and sender_kind != "alpha" and sender_kind != "shortcode"
}

// The stranger who "saw your number in a group" or "your profile on Facebook" and moves the talk to WhatsApp or
// Telegram or offers pictures: the romance opener of West Africa and India (English, Pidgin, Twi, Wolof, French,
// Hindi in Latin letters and Devanagari, Malayalam and Tamil in their scripts and romanised; the gaps are in bytes,
// three a letter in those scripts). A neighbour from the estate group, a classmate after the notes or a genuine
// wrong number names the source but moves nowhere and sends no pictures of themself.
rule wrongnum_group_profile_chat_wa_in
{
  meta:
    action = "junk"
    weight = 2.5
    description = "A stranger who saw your number in a group or your profile or photos on Facebook and asks to chat on WhatsApp or Telegram, gives a handle or offers their pictures (English, Pidgin, Twi, Wolof, French, Hindi, Malayalam, Tamil)"
  strings:
    // the source: a group, Facebook, Instagram
    $src_en = /\b(saw|seen|see|found|got|collect|picked|came across|noticed|dey see|remarque|vu|trouve|eu|decouvert) (your|ur|ton|votre|tes|vos|ta) (number|no|contact|pictures?|photos?|pics?|profile|profil|dp|numero|num)\b.{0,30}\b(group|groupe|facebook|fb|instagram|insta|tiktok)\b|\b(your|ur|ton) (number|numero) (was|dey|etait) (in|dans) (a|the|one|un|le) ([a-z]{1,12} )?(group|groupe)\b|\b(for|in) (the |one |a |that )?group (i|wey i) (see|saw) (your|ur) (number|dp|picture)/
    $src_loc = /\b(mihuu|mehuu|mehu|mihu)\b.{0,30}\b(group|facebook|fb)\b|\b(gis naa sa (nimero|numero|nataal|profil|photo)|sa (nimero|numero) laa gis)\b.{0,30}\b(groupe|group|facebook)\b|\b(aapka|apka|aapki|apki|tumhara|tumhari) (number|no|profile|photo|pic|pics|dp)\b.{0,30}\b(dekha|dekhi|mila|mili)\b|\b(group|facebook|fb|insta) (me|mein|pe|par)( aapka| apka| aapki| apki)? (number|profile|photo|pic|dp)? ?(dekha|dekhi|mila|mili)\b|\b(groupil|group il|facebookil|fbil|instagramil)\b.{0,40}\b(kandu|kittiyathu|kitti)\b|\b(group|facebook|fb|insta) ?la\b.{0,40}\b(paathen|parthen|kidaichuchu|kidaichathu|kidaichudhu)\b/
    $src_nl = /(ग्रुप|फेसबुक).{0,60}(नंबर|प्रोफाइल|फोटो).{0,30}(देखा|देखी|मिला)|(नंबर|प्रोफाइल|फोटो).{0,40}(ग्रुप|फेसबुक).{0,30}(देखा|देखी|मिला)|(ഗ്രൂപ്പ|ഫേസ്ബുക്ക).{0,90}(കണ്ടു|കിട്ടിയ)|(குரூப்|பேஸ்புக்|ஃபேஸ்புக்).{0,90}(பார்த்தேன்|கிடைச்சது|கிடைத்தது)/
    // the move to a chat app, a handle, or the pictures offered
    $mv_lat = /\b(add|chat|text|message|msg|talk|yarn|gist|ping|dm|write|reach|inbox|move|go|ecris|ecrivez|ajoute|ajoutez|viens|venez|passons|discuter|parler|contacte|bind ma|waxtaan|woo ma|yonneel ma message|baat karo|baat karein|chat karein|msg karo|aao|pesalama|chat pannalam|msg pannunga|varamo|chat cheyyamo|chat cheyyam|msg cheyyu)( me| us| moi| ma)?( up)?( (on|for|via|through|to|go|sur|par|ci|pe|par|wo|w(o|ɔ)) (my |your )?(whats ?app|telegram)|-moi sur (whats ?app|telegram))\b|\b(my|add my|mon|me) (whats ?app|telegram)\b|\b(telegram|whats ?app)\b.{0,20}@[a-z]|\b(whats ?app|telegram) (so|ho|pe|par|la)\b|\b(whatsappil|telegramil)\b|\b(send|show|share|envoyer|envoie)( you| u| t'| te)? ?(my|more|some of my|mes|des) (pictures|pics|photos|picture|pic)\b|\b(me mfoni|(sama|samay) nataal|(meri|apni) (photos?|pics?)|ente (photos?|pics?)|en (photos?|pics?))\b/
    $mv_nl = /(व्हाट्सएप|टेलीग्राम|वाट्सएप) (पर|पे)|(मेरी|अपनी) (फोटो|तस्वीर)|(വാട്സാപ്പിൽ|ടെലിഗ്രാമിൽ|എന്റെ ഫോട്ടോ)|(வாட்ஸ்அப்ல|வாட்ஸ்அப்பில்|டெலிகிராம்ல|டெலிகிராமில்|என் போட்டோ)/
  condition:
    ($src_en or $src_loc or $src_nl or wrongnum_p_group_profile) and ($mv_lat or $mv_nl)
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

// The stranger's opener of the romance and pig-butchering cons in Chinese (simplified, traditional and written
// Cantonese; a character is three bytes), Malay, Japanese, Korean, Romanian, Bulgarian, Serbian (both scripts),
// Croatian, Bosnian, Greek (and Greeklish), Central American Spanish and Caribbean English (Latin accents folded).
// The ways in: a stranger's sign (the wrong number owned up to, new in town and knowing nobody, a job in finance in
// Singapore, Hong Kong or Dubai) or an acquaintance's pretext ("is this Mr X?", "we met at the wedding, the training,
// golf", "a friend gave me your number", "remember me?", the number found in a group). The turn: "can we be friends,
// get to know each other", the profile picture praised, or the move to LINE, WhatsApp, Telegram, Viber, KakaoTalk or
// WeChat. Counted: the befriending turn with any way in; the move to an app with a stranger's sign, or with two of
// the acquaintance's pretexts. A genuine wrong number apologises and stops; a real acquaintance names the errand
// (the photos, the meeting) and neither befriends nor flatters.
rule wrongnum_stranger_befriend_multi
{
  meta:
    action = "junk"
    weight = 2.5
    description = "A stranger who owns up to a wrong number, is new in town and knows nobody, or works in finance in Singapore, Hong Kong or Dubai, or who asks 'is this Mr X?', claims a meeting at a wedding, a training or golf, got the number from a friend or a group or asks 'remember me?', and asks to be friends or get to know you, praises your profile picture, or moves the chat to LINE, WhatsApp, Telegram, Viber, KakaoTalk or WeChat (Chinese simplified and traditional, written Cantonese, Malay, Japanese, Korean, Romanian, Bulgarian, Serbian, Croatian, Bosnian, Greek, Central American Spanish, Caribbean English)"
  strings:
    // the stranger's signs: the wrong number owned up to ...
    $s1_zh = /(发错了|發錯了|发错人|發錯人|传错人|傳錯人|传错了|傳錯了|send错|send錯|打错了|打錯了|打错电话|打錯電話|打错号码|打錯號碼|錯咗人|错咗人|搞错号码|搞錯號碼)/
    $s1_ja = /(間違えて(送|メッセージ|連絡|メール|電話)|送り間違え|番号を間違え|番号間違え|人違い|宛先を間違え|違っていたらごめん|間違っていたらすみません)/
    $s1_ko = /(잘못 (보냈|보낸|눌렀|연락|걸었|저장)|번호를 잘못|잘못된 번호|아니면 죄송)/
    $s1_lat = /\b(salah (nombor|no|hantar|send|orang|taip)|tersalah (hantar|send|nombor|mesej|orang)|tersilap (hantar|nombor|orang)|am gresit numarul|(numar|numarul) gresit|persoana gresita|pogresan broj|krivi broj|(pogresio|pogresila|pogrijesio|pogrijesila) sam broj|sam (pogresio|pogresila|pogrijesio|pogrijesila) broj|pogresna osoba|kriva osoba|lathos (arithmo|noumero|atomo)|numero equivocado|me equivoque de numero|wrong (number|person|contact)|texted the wrong)\b/
    $s1_cy = /(сбърках номера|грешен номер|сгрешила номера|сгрешил номера|сбъркала номера|грешния номер|сгреших номера|погрешан број|погрешила сам број|погрешио сам број|λάθος αριθμ|λαθος αριθμ|λάθος νούμερο|λαθος νουμερο|λάθος άτομο|λαθος ατομο)/
    // ... new in town and knowing nobody, or alone and lonely far from home ...
    $s1_new_zh = /(刚搬|剛搬|啱啱搬|新搬嚟|刚来到|剛來到).{0,60}(不认识|不認識|冇朋友|一個朋友都冇|一个朋友都没|人都不認識|人也不认识|人生地不熟)|(一个人|一個人)(在外地|在这边|在這邊|喺度)?.{0,15}(孤单|孤單|寂寞)/
    $s1_new_jk = /(引っ越してきた|引っ越して来た|上京した|転勤してきた).{0,45}(知り合いが(い|居)(ない|ません)|友達が(い|居)(ない|ません)|知り合いも(い|居)(ない|ません)|友達も(い|居)(ない|ません))|(이사 ?와서|이사 ?왔는데|이사 ?온 지|전근 와서).{0,45}(아는 사람이 없|아는 사람도 없|친구가 없|친구도 없)/
    $s1_new_lat = /\b(tak kenal sesiapa|tidak kenal sesiapa|nu cunosc pe nimeni|nu stiu pe nimeni aici|nikoga ne poznajem|nikog ne poznajem|nova sam u gradu|nov sam u gradu|no conozco a nadie|soy nuev[oa] (en|aqui|por aca|por aqui)|don'?t know any(body|one) (here|around here)|new in town)\b/
    $s1_new_cy = /(не познавам никого|нова съм в града|нов съм в града|никога не познајем|нова сам у граду|нов сам у граду|δεν ξέρω κανέναν|δεν ξερω κανεναν|δεν γνωρίζω κανέναν|καινούργια στην πόλη|καινουργια στην πολη|καινούργιος στην πόλη)/
    // ... or the stranger's own job in finance or life in Singapore, Hong Kong or Dubai
    $s1_ab_zh = /(我|本人)(现在|現在|目前|一直)?(在|喺)(新加坡|香港|迪拜|杜拜|纽约|紐約|台湾|台灣|马来西亚|馬來西亞)(做|工作|从事|從事).{0,12}(金融|投资|投資|贸易|貿易|基金|證券|证券)/
    $s1_ab_jk = /(香港|シンガポール|ドバイ|ニューヨーク|台湾|上海)で(金融|投資|貿易|ファンド|証券)|(싱가포르|홍콩|두바이|뉴욕|대만|상하이)에서 (금융|투자|무역|펀드|증권)/
    $s1_ab_lat = /\b(saya|aku) (kerja|bekerja|tinggal|menetap) (di|kat) (singapura|singapore|hong kong|dubai|taiwan)\b|\b(lucrez|locuiesc|traiesc) (in|la) (dubai|singapore|hong kong)\b|\b(radim|zivim) u (dubaiju|dubaiu|singapuru|hong kongu|hongkongu)\b|\b(trabajo|vivo|resido) en (dubai|singapur|hong kong)\b|\bi (work|live|'m based|am based) in (dubai|singapore|hong kong)\b|\b(sunt|ja sam|soy|saya|i'?m|i am) [a-z]{1,6}[a-z]{1,6},? (din|iz|de|dari|from) (singapore|singapura|singapur|hong kong|hong konga|taiwan|tajvana|dubai|dubaija)\b/
    $s1_ab_cy = /(работя|живея) (в|във) (дубай|сингапур|хонконг|хонг конг)|от (сингапур|хонконг|хонг конг|дубай|тайван) съм|(радим|живим) у (дубаију|сингапуру)|(δουλεύω|δουλευω|ζω|μένω|μενω) (στο|στη|στην) (ντουμπάι|ντουμπαι|σιγκαπούρη|σιγκαπουρη|χονγκ κονγκ)|από (τη|την|το) (σιγκαπούρη|σιγκαπουρη|ντουμπάι|χονγκ κονγκ)/
    // the acquaintance's pretexts, each its own kind: "is this Mr X?" ...
    $s2id_cjk = /(请问|請問)(您|你)?是.{1,24}(吗|嗎)|(你是不是|係咪|系咪|係唔係).{1,24}\?|^(你好|您好|哈喽|哈囉)?,? ?是.{1,18}(吗|嗎)\?|(さん|様|社長|部長|課長)(ですか|でしょうか|の番号で(合って|あって))|(님|씨) ?(맞으시죠|맞으세요|맞나요|맞죠|이세요|이신가요|번호 (아닌가요|맞나요|맞죠))/
    // compile cost: X{1,a}X{1,b} is X{2,a+b}
    $s2id_lat = /\b(ni|ini) (encik |cik |puan |tuan |kak |abang |dato )?[a-z]{1,6}[a-z]{1,6} ke ?\?|\b(sunteti|esti|este) (domnul |doamna |domnisoara )?[a-z]{1,6}[a-z]{1,6} ?\?|\b(da li ste (vi|to)|jeste li vi|jesi li (ti|to)|je li to|jel to|da li je to)\b|\b(es usted|hablo con)\b|\b(is this|is that|am i speaking (to|with)) (mr\.? |mrs\.? |ms\.? |miss )?[a-z]{1,6}[a-z]{1,6} ?\?/
    $s2id_cy = /(вие ли сте|ти ли си|да ли сте ви|је ли то|јел то|είστε (ο|η) |ειστε (ο|η) |είσαι (ο|η) |εισαι (ο|η) )|\S ли е\?|(ο|η) \S{1,12}\S{1,12} (είναι|ειναι);/
    // ... a meeting claimed at a wedding, a training, golf, the gym ...
    $s2meet_zh = /(婚礼|婚禮|婚宴|喜宴|培训|培訓|研修|高尔夫|高爾夫|球场|球場|健身房|健身室|聚会|聚會|酒会|酒會|讲座|講座)(上|时|時|班|课|課|度)?.{0,36}(见过|見過|认识|認識|識嘅|识嘅|结识|結識|坐你|同学|同學)/
    $s2meet_jk = /(結婚式|披露宴|研修|セミナー|ゴルフ|ジム|パーティー|交流会)(で|の時|のとき|コンペで).{0,45}(隣の席|一緒|お会い|会った|お話し|知り合)|(결혼식|교육|연수|세미나|골프장|골프|헬스장|모임|파티)(에서|때).{0,45}(만났|뵀|봤|옆자리|같이)/
    $s2meet_lat = /\b(kita|kami) (pernah )?(jumpa|berjumpa|bertemu|berkenalan) (kat|di|masa|semasa|waktu|dekat)\b|\bne-?am (cunoscut|vazut|intalnit) (la|in|pe)\b|\b(upoznali|upoznale|videli|vidjeli|videle|vidjele|sreli) smo se (na|u|kod)\b|\b(gnwristikame|gnoristikame|vrethikame) (sto|ston|sti|stin)\b|\bnos (conocimos|vimos|encontramos) en (la|el) (boda|capacitacion|curso|seminario|fiesta|cancha|gimnasio|gym|reunion|cumple\w{0,4}|conferencia|taller|congreso|entrenamiento)\b|\bwe (met|did meet|meet) (at|during) (the |a |[a-z]{1,12}'s )?([a-z]{1,12} )?(wedding|training|seminar|workshop|conference|golf|gym|party|reception|fundraiser|course)\b/
    $s2meet_cy = /(запознахме се|видяхме се|срещнахме се) (на|в|във)|(упознали|упознале|видели|срели) смо се (на|у|код)|(γνωριστήκαμε|γνωριστηκαμε|είχαμε βρεθεί|ειχαμε βρεθει|βρεθήκαμε|βρεθηκαμε) (στο|στον|στη|στην|σε)/
    // ... a friend who gave the number ...
    $s2fr_zh = /(朋友|同事|同学|同學|闺蜜|閨蜜|表姐|表哥)(给了我|給了我|给我|給我|把|俾咗|话|話).{0,30}(号码|號碼|电话|電話|number)|(朋友|同事)(介绍|介紹)(的|嘅)/
    $s2fr_jk = /(友人|友達|知人|友だち|知り合い)(から|に|より).{0,30}(番号|連絡先)|(친구|지인|동료)(가|한테|에게|분이|를 통해)? ?.{0,30}(번호|연락처)(를|을)? ?(알려|받았|줬|주셨)/
    $s2fr_lat = /\b(kawan|rakan|sahabat|kenalan)( saya| aku)? (bagi|beri|kasi|berikan)( saya| aku)? (nombor|no)\b|\b(dapat|dpt) (nombor|no) (awak|anda|kau) (dari|daripada) (kawan|rakan|kenalan)\b|\b(o prietena|un prieten|o colega|un coleg|o cunostinta)( comun| comuna)? mi-a (dat|trimis) (numarul|nr)\b|\b(drugarica|drugar|prijateljica|prijatelj|jaran|kolega|koleginica|poznanik|poznanica)( mi)? (je )?(dao|dala|proslijedio|prosledio|prosledila)( mi)? (tvoj|vas) broj\b|\b(una amiga|un amigo|una companera|un companero|un conocido|una conocida)( en comun)? me (paso|dio|compartio) (tu|su) (numero|contacto)\b|\b(a|my|one) (mutual )?(friend|colleague|bredren|coworker) (gave|shared|passed|give) me (your|ur|yuh) (number|contact|digits)\b/
    $s2fr_cy = /(приятелка|приятел|колежка|колега|познат|позната)( ми)?,? (ми )?(даде|предаде)( ми)? (номера|вашия номер|твоя номер)|(φίλη|φίλος|φιλη|φιλος|συνάδελφος)( μου)? (μου )?(έδωσε|εδωσε|πέρασε)( μου)? (το νούμερ|το νουμερ|τον αριθμ|το τηλέφων)/
    // ... "remember me?" ...
    $s2rem = /(还记得我吗|還記得我嗎|记得我吗|記得我嗎|記唔記得我|记唔记得我|覚えていますか|覚えてますか|覚えていらっしゃいますか|기억하세요|기억하시나요|기억나세요|기억하시죠|помниш ли ме|помните ли ме|сећаш ли ме се|сећате ли ме се|με θυμάσαι|με θυμασαι|με θυμάστε)|\b(awak|kau|anda) (ingat|masih ingat) (saya|aku)( tak| tidak| lagi)?|\b(mai tii minte|iti amintesti de mine|va amintiti de mine|secas li me se|sjecas li me se|secate li me se|sjecate li me se|me thimasai|te acordas de mi|te acuerdas de mi|se acuerda de mi|yuh remember mi|you remember me\?|remember me\?)/
    // ... the reader's golf as the reason to write ("a friend said you play golf too")
    $s2hob = /(也|都)(喜欢|喜歡|鍾意|在)打?(高尔夫|高爾夫)|ゴルフ(が|は)お好き|골프 (좋아하신|치신다)|\b(suka|minat) main golf\b|\b(jucati|joci|jucat) golf\b|\b(igras|igrate) golf\b|\b(jugas|juega|juegas) golf\b|\b(you|u|yuh) (play|like|love) golf\b|(играеш|играете) голф|(παίζεις|παιζεις|παίζετε) γκολφ/
    // ... the number found in a group
    $s2grp = /\b(am gasit|am vazut) (numarul|contactul)( tau| dumneavoastra)? (intr-un|in|pe|din) (grup|grupul)\b|\b(nasla|nasao|vidjela|vidio|videla|video) (sam )?(tvoj |vas )?broj u (jednoj |nekoj )?grupi\b|\b(encontre|vi|saque|consegui) (su|tu) (numero|contacto) en (un|el) (grupo|chat)\b|\b(found|saw|got) (your|ur|yuh) (number|contact) (in|on|from) (a|the|one) ([a-z]{1,12} )?group\b|(намерих|видях) (номера|номер)( ви| ти)? (в|във|от) (една )?група|(βρήκα|βρηκα|είδα|ειδα) (τον αριθμό|τον αριθμο|το νούμερο|το νουμερο)( σας| σου)? (σε|στην|από) (μια |μία )?(ομάδα|ομαδα|γκρουπ)|(群里|群裡|群组|群組)(看到|見到|睇到)(你的|你)(号码|號碼|电话|電話)/
    // the turn: be friends, get to know each other, the picture praised ...
    $f_zh = /(交个朋友|交個朋友|做个朋友|做個朋友|做朋友|认识一下|認識一下|識吓你|识吓你|識下你)|(头像|頭像|大头贴|大頭貼|个相|個相)(挺|很|好|真|幾|几|非常)?(有气质|有氣質|漂亮|好看|靚|帅|帥)/
    $f_jk = /(お友達|友達|友だち)(に|から)(なりませんか|なって(ください|もらえ|いただけ))|仲良くして(もらえ|いただけ|ください)|(アイコン|プロフィール写真|プロフィール画像)(が|、)?(素敵|かわいい|可愛い|綺麗|きれい|かっこいい)|これも何かの縁|(친구 ?(해요|할래요|할 수 있을까요|하실래요|해 주실래요|가 되어 ?주실래요|가 돼 ?주실래요|하고 싶어요|해도 될까요))|알고 ?지내(요|고 싶)|프로필 사진이? (너무|정말|참|진짜)? ?(멋지|예쁘|이쁘)|인연인데/
    $f_lat = /\b(boleh|nak|jom|mari) (kita )?(berkawan|berkenalan|kenal-kenal|kenal kenal|jadi kawan)\b|\b(gambar|foto)( profil)? (awak|anda) (cantik|lawa|comel|hensem|menarik)\b|\b(putem|am putea|vrei sa|ai vrea sa|ati vrea sa)( sa)? (fi prieteni|devenim prieteni|ne cunoastem|ne imprietenim)\b|\b(arati|aratati) (foarte )?(bine|frumos|superb) in poza\b|\b(da budemo prijatelji|biti prijatelji|da se (bolje )?upoznamo|se bolje upoznati|bolje da se upoznamo|htjeli upoznati|zeleli da se upoznamo)\b|\b(slika|fotka)( na profilu)?( vam| ti)? (je )?(bas |jako )?(predivna|prelijepa|prelepa|lijepa|lepa|divna)\b|\b(podemos|podriamos|le parece si|te parece si|le gustaria|te gustaria)( que)? (ser amig[oa]s|somos amig[oa]s|nos conozcamos|conocernos( mejor)?|hacer amistad)\b|\bnos podemos conocer\b|\b(linda|bonita|hermosa) (su|tu) foto\b|\b(can|could|shall|would you like to|want to|wanna) (we )?(be|become) friends\b|\bwe can be friends\b|\bget to know (each other|you)\b|\bget acquainted\b|\bprofile (pic|picture|photo) (look|looks|is) (real |so |very )?(nice|pretty|beautiful|lovely)\b/
    $f_cy = /(да станем приятели|да се запознаем|да се опознаем|да бъдем приятели|да се сприятелим|(снимката|профилната снимка)( ви| ти)? (е )?(много )?(хубава|красива|страхотна)|да будемо пријатељи|да се упознамо|боље упознамо|να γίνουμε φίλοι|να γινουμε φιλοι|να γνωριστούμε|να γνωριστουμε|(φωτογραφία|φωτογραφια)( προφίλ| προφιλ)? (σας|σου) (είναι|ειναι) (πολύ |πολυ )?(υπέροχη|υπεροχη|ωραία|ωραια|όμορφη))/
    // ... or the move to a chat app
    $m_zh = /加(个|個|一下|下|返|番)?(你|我)?(的)?(微信|薇信|vx|wx|line|賴|whatsapp|telegram|wechat)|(微信|line|whatsapp|telegram|wechat)(上)?(聊|倾|傾|联系|聯絡|聯繫)|我的(微信|line|賴)(是|號|号|id)/
    $m_jk = /(line|ライン|whatsapp|telegram|テレグラム)(交換|追加|で(話|お話|連絡|やり取り|やりとり))|(line|ライン) ?id|友(だち|達)追加|(카톡|카카오톡|라인|텔레그램|왓츠앱|위챗) ?(친구 ?추가|추가|아이디|id)|(카톡|카카오톡|라인|텔레그램|왓츠앱)(으로|로) /
    $m_lat = /\b(add|tambah) (whatsapp|wechat|line|telegram) (saya|aku)\b|\b(sembang|borak|chat|berbual) (kat|di|dekat|guna) (whatsapp|telegram|wechat|line)\b|\b(ma|te) (puteti |poti )?adaug\w{0,4} pe (whatsapp|telegram|viber)\b|\b(scrie-mi|scrieti-mi|vorbim|vorbi|discutam|sa vorbim) (pe|prin) (whatsapp|telegram|viber)\b|\b(dodaj|dodajte|dodate|dodati|dodas)( me)? (na|u) (viber|whatsapp|telegram)|\b(pisite|pisi|dopisujemo|dopisivati|javite|javi|cujemo)( mi| se)?( se)? (na|preko) (viber|whatsapp|telegram)|\b(proste|prosthese|grapse|grapste)( me| mou)? sto (viber|whatsapp|telegram)\b|\b(agregame|agregarme|me agrega|me agregas|me puede agregar|agregueme|escribame|escribime|escribeme|platicamos|platiquemos|chateamos)( a| al| en| por)? (mi )?(whats ?app|telegram)\b|\b(add|link|message|text|hit) (me|mi) (up )?(on|pon|via) (whatsapp|telegram|signal|wechat)\b|\b(chat|talk|link up) (on|pon|via) (whatsapp|telegram|signal)\b/
    $m_cy = /(добавите|добавиш|добави|добавете)( ме)?( ли)? (във|в|на) (viber|вайбър|whatsapp|telegram|телеграм)|(пишете|пиши|пишем)( ми| си)? (във|в|на|по) (viber|вайбър|whatsapp|telegram|телеграм)|(додај|додајте|пишите|пиши|јавите)( ми| ме)?( се)? (на|преко) (вајбер|viber|whatsapp|телеграм|telegram)|(προσθέσετε|προσθέσεις|πρόσθεσέ|πρόσθεσε|προσθέτετε|προσθέστε)( με)? (στο|σε) (viber|whatsapp|telegram)|(γράψτε|γραψτε|γράψε|γραψε|τα πούμε|τα πουμε|μιλάμε|μιλαμε)( μου)? (στο|μέσω) (viber|whatsapp|telegram)/
  condition:
    (any of ($f_*) and (any of ($s1*) or any of ($s2*))
      or any of ($m_*) and (any of ($s1*) or 2 of ($s2id*, $s2meet*, $s2fr*, $s2rem, $s2grp, $s2hob)))
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

// The reply bait of a premium call-back: an unknown number with no name says it called and could not reach you, or
// has an important or urgent matter, and asks for a call back now (Chinese simplified and traditional, written
// Cantonese, Serbian in both scripts, Japanese). It names nothing: no errand (a parcel, a contract, a meeting, an
// appointment, results) and no relative; the courier, the clinic, the colleague and the mother all say what about.
rule wrongnum_missed_call_callback
{
  meta:
    action = "junk"
    weight = 2.5
    description = "An unknown number with no name that 'could not reach you', has an important or urgent matter and asks for a call back at once, naming no errand, no parcel, meeting or appointment and no relative: the premium call-back bait (Chinese simplified and traditional, written Cantonese, Serbian, Japanese)"
  strings:
    // the call back asked for
    $cb = /(回电|回電|回拨|回撥|回个电话|回個電話|回电话|回電話|覆电话|覆電話|打给我|打給我|打俾我|折り返し|お電話(を)?(ください|下さい|お願い)|電話(ください|下さい|して)|ご連絡(ください|下さい|をお願い)|позовите|позови|назовите|јавите се|узвратите)|\b(pozovite|pozovi|nazovite|nazovi|javite se|javi se|uzvratite poziv|okrenite)\b/
    // the important matter ...
    $imp = /(重要的事|重要事情|重要的事情|很重要|事关重大|事關重大|好緊要|好紧要|要紧事|要緊事|急事|紧急事务|緊急事務|重要な|大事な|大切なご用件|急ぎの用件|急用|緊急のご用件|важн|битн)|\b(vazn[aeiou]\w{0,2}|bitn[aeiou]\w{0,1})\b/
    // ... the urgency ...
    $urg = /(尽快|盡快|马上|馬上|速回|务必|務必|立即|即刻|至急|すぐ|本日中|早急に|хитно|одмах|што пре)|\b(hitno|odmah|sto pre|sto prije)\b/
    // ... and the call that did not get through
    $miss = /(没接|沒接|没人接|沒人接|未接来电|未接來電|打不通|没接通|沒接通|冇人聽|冇人听|繋がりません|つながりません|お繋がりに|ご不在|出なかった|着信|пропуштен позив|звао сам|звала сам)|\b(propusten poziv|nisam (uspeo|uspela|uspio|uspjela) da vas dobijem|pokusali smo da vas dobijemo|zvao sam|zvala sam|zvali smo)\b/
    // the errand or the relative that a real caller names
    $named = /(快递|快遞|外卖|外賣|合同|老师|老師|妈|媽|爸|老公|老婆|孩子|儿子|兒子|女儿|女兒|订单|訂單|面试|面試|会议|會議|医院|醫院|预约|預約|客户|客戶|物业|物業|师傅|師傅|お母さん|お父さん|母さん|父さん|打ち合わせ|会議|荷物|お届け|配達|予約|歯科|病院|クリニック|面接|ご注文|契約|мама|тата|сестр|брат|састан|курир|пакет|достав|ординациј|резултат|термин)|\b(mama|mamo|tata|tato|sine|cerka|cerko|brate|sestro|sastan\w{1,3}|kurir\w{0,2}|paket\w{0,2}|dostav\w{1,3}|ordinacij\w{1,2}|rezultat\w{0,2}|termin\w{0,2})\b/
  condition:
    $cb and ($imp and ($urg or $miss) or $urg and $miss) and not $named and sender_kind == "phone"
}

// The stranger's opener of the romance and investment cons in Persian (Iran), Dari and Pashto (Afghanistan), Urdu
// and Bengali, in their scripts and in Latin letters (Finglish, romanised Urdu and Bengali; a letter of the Arabic
// script is two bytes, of Bengali three): a stranger's sign (a self-introduction from Turkey or Dubai, new in the
// city and knowing nobody, the number found on Facebook or in a group) or an acquaintance's pretext (a friend gave
// the number, "are you Mr X?"), and the turn (be friends, get to know each other) or the move to WhatsApp,
// Telegram or imo. A genuine wrong number apologises and stops; a real client names the errand and befriends no one.
rule wrongnum_stranger_opener_fa_ur_bn
{
  meta:
    action = "junk"
    weight = 2.5
    description = "A stranger from Turkey or Dubai, new in the city, who found your number on Facebook or got it from a friend, or asks 'are you Mr X?', and asks to be friends or get to know you, or to write on WhatsApp, Telegram or imo (Persian, Dari, Pashto, Urdu, Bengali, in their scripts and romanised)"
  strings:
    // the turn: be friends, get to know each other
    $fr_ar = /دوست (باشیم|بشیم|شویم|شیم|بشویم|بمانیم)|(آشنا|اشنا) (بشیم|شویم|بشم|شوم|شیم|بشویم)|(باهات|باهاتون|با شما|با تو|ابا شما|همراه تان) (آشنا|اشنا|دوست)|دوستی (کنیم|کنید|کنی|داشته باشیم)|ملګري (شو|شي|کېدای|کیدای|جوړ)|ملگري (شو|شي|کیدای)|دوستي (وکړو|کوې|کوئ)|دوست بن (سکت|جائیں|جاؤ|جاو)|دوستی (کر|کریں|کرو|کرنا|کرنی)/
    $fr_bn = /বন্ধুত্ব (করতে|করবে|করবেন|করবা|চাই)|বন্ধু (হতে|হবে|হবেন|হবা|হবো)|পরিচিত (হতে|হবো|হই)/
    $fr_lat = /\b(doost|dust|dost) (bashim|beshim|shim|shavim|beshavim|ban sakte|ban sakti|ban sakta|ban jaye|ban jayen|banoge|banogi|ban jao)\b|\b(ashna|aashna) (besham|beshim|shim|shavim|sham|shawim)\b|\b(dosti|dusti|dostii) (konim|konid|kardan|karo|karoge|karogi|karein|karen|karni|karna|karenge|korbe|korben)\b|\b(bondhu|bandhu) (hote|hobe|hoben|hoba|hobo)\b|\bbondhut{1,2}(o|wo|ho|u) (korte|korben|korbe|korba|hobe)\b|\bmalgari (shu|keday|kedai|kidai|sho|shoo)\b|\b(can|could) we (be|become) friends\b/
    // the move to a chat app
    $app = /\b(whats ?app|watsapp|watsap|telegram|imo|viber)\b|(واتساپ|واتس اپ|واتس آپ|واتسپ|واټساپ|واٹس ایپ|واٹس اپ|واٹساپ|واٹس آپ|تلگرام|تلګرام|ٹیلیگرام|ٹیلی گرام|ایمو|وایبر|হোয়াটসঅ্যাপ|হোয়াটস অ্যাপ|টেলিগ্রাম|ইমো)/
    // the stranger's signs: the self-introduction from abroad ...
    $abr_ar = /(از|له) (ترکیه|دبی|دوبی|دوبۍ|امارات|استانبول|آلمان|المان|آمریکا|امریکا|کانادا|لندن|انگلیس|سویدن|سوئد|هالند|هلند|مالزی) |(دبئی|دوبئی|ترکی|امریکہ|لندن|کینیڈا|استنبول|ملائیشیا) سے /
    $abr_bn = /(দুবাই|তুরস্ক|আমেরিকা|লন্ডন|কানাডা|ইস্তানবুল|মালয়েশিয়া|ইংল্যান্ড) থেকে/
    $abr_lat = /\b(az|la) (torkiye|turkiye|turkey|dubai|dobai|emarat|alman|amrika|kanada|london|istanbul|swedan|holland)\b|\b(dubai|turkey|turkiye|london|canada|america|istanbul|malaysia|england) (se|theke)\b/
    // ... new in the city and knowing nobody ...
    $new_ar = /تازه (به|در|تو) (این )?شهر|(هیچکس|هیچ کس|هیچ کسی|کسی)( رو| را|و)? (اینجا )?(نمیشناسم|نمی شناسم)|په دې ښار کې نو|(هیڅوک|هیچا|څوک) نه (پېژنم|پیژنم)|شہر میں (نئی|نیا|نئ) |کسی کو (نہیں|نہی) (جانتی|جانتا)/
    $new_bn = /শহরে নতুন|কাউকে (চিনি না|চিনিনা)/
    $new_lat = /\b(taze|tazeh) (be|too|tu|dar) (in |een )?shahr\b|\bhichkas(o|ro| ro| ra)? (nemishnasam|nemishenasam|nemishnasm)\b|\bshe?h(e|a)r (mein|me|mai|main) (nayi|naya|nai|new)\b|\bkisi ko (nahi|nahin|nhi) (jaanti|janti|jaanta|janta)\b|\b(shohore|shohor e|sohore|shahore) (notun|new)\b|\bkauke (chini na|chinina)\b/
    // ... the number or profile found on Facebook or in a group
    $src_ar = /(فیسبوک|فیس بوک|فېسبوک|اینستاگرام|اینستا|گروه|ګروپ).{0,50}(پیدا کردم|پیدا کرد|دیدم|گرفتم|یافتم|ومونده|ومومه|ولید)|(فیس بک|فیسبک|انسٹاگرام|گروپ).{0,50}(ملا|ملی|دیکھا|دیکھی)/
    $src_bn = /(ফেসবুক|গ্রুপ|ইনস্টাগ্রাম).{0,80}(পেয়েছি|পেলাম|দেখেছি|দেখলাম)/
    $src_lat = /\b(facebook|fb|insta|instagram)\b.{0,30}\b(peyda kardam|paida kardam|didam|gereftam|mila|mili|dekha|dekhi|peyechi|pelam|dekhechi|dekhlam|wmunda)\b/
    // the acquaintance's pretexts: a friend gave the number ...
    $pre_ar = /(شماره|نمبر|شمېره)[^ ]{0,4} .{0,30}(دوستم|دوستام|دوستانم|رفیقم|ملګري|ملگري)|(دوستم|رفیقم|یکی از دوستا|یک دوستم|ملګري|ملگري).{0,40}(شماره|نمبر|شمېره)|(دوست|سہیلی) نے .{0,30}نمبر|نمبر .{0,30}(دوست|سہیلی) نے/
    $pre_bn = /(বন্ধু|বান্ধবী)[^ ]{0,9} .{0,50}(নাম্বার|নম্বর) (দিয়েছে|দিল|দিলো|দিয়েছেন)/
    $pre_lat = /\b(doostam|dustam|doostan|rafigham|malgari|bondhu|bandhobi)\b.{0,40}\b(shomare\w{0,6}|shomara\w{0,6}|number|nambar|nmbr)\b|\b(shomare\w{0,6}|shomara\w{0,6}|number|nambar)\b.{0,40}\b(doostam|dustam|ye doost|dost ne|friend ne|saheli ne|malgari|bondhu)\b/
    // ... or "are you Mr X?"
    $mr = /(آقای|اقای|خانم|جناب|ښاغلی) .{2,30}(هستید|هستین|استید|یاست)|کیا آپ .{2,30}(صاحب|جی) ہیں|আপনি কি .{2,40}(সাহেব|ভাই|আপা)|\b(agha|aghaye|aqaye|khanom|khanum) [a-z]{1,8}[a-z]{1,8} (hastid|hastin|hasti|astid)\b|\b(aap|ap) [a-z]{1,8}[a-z]{1,8} (sahab|sahib|saheb) (hain|ho|hai)\b|\bapni (ki )?[a-z]{1,8}[a-z]{1,8} (saheb|shaheb)\b/
    // the genuine wrong number or a warning about such messages
    $real = /(ببخشید اشتباه|اشتباه (گرفتم|زدم|شد)|معذرت.{0,20}غلط|غلطی سے|ভুল নাম্বার|ভুল নম্বর|کلاهبرداری|فراڈ|প্রতারক)|\b(eshtebah|ghalti se|bhul number|fraud|scam)\b/
  condition:
    ((any of ($fr_*) and (any of ($abr_*) or any of ($new_*) or any of ($src_*) or any of ($pre_*) or $mr))
      or ($app and (any of ($new_*) or any of ($src_*)))
      or ($app and any of ($abr_*) and any of ($pre_*)))
    and not $real and sender_kind != "alpha" and sender_kind != "shortcode"
}

// The stranger's romance or investment opener of Turkey, the Caucasus, the CIS, South-East Asia, the Gulf and West
// Africa: a claimed meeting at a wedding, in a hotel or on holiday, "remember me?", the number from a friend, a
// photo seen at a friend's, or a wrong send owned up to; and the move to Telegram, Instagram or WhatsApp with a
// handle or a wish to chat and get acquainted (Turkish, Azerbaijani, Russian in both scripts, Ukrainian, Georgian
// and Latin Georgian, Armenian in both scripts, Indonesian, Malay, Tagalog, Gulf Arabic and Arabizi, English,
// Pidgin, Krio; three bytes a letter in the Caucasian scripts). A real guest from the wedding names a plan and
// no handle; a genuine wrong number apologises and stops.
rule wrongnum_met_stranger_handle_intl
{
  meta:
    action = "junk"
    weight = 2.5
    description = "A stranger claiming a meeting at a wedding, a hotel or on holiday, a photo seen at a friend's, the number from a friend or a wrong send, who moves the chat to Telegram, Instagram or WhatsApp with a handle or a wish to get acquainted (Turkish, Azerbaijani, Russian, Ukrainian, Georgian, Armenian, Indonesian, Malay, Tagalog, Gulf Arabic, Arabizi, English, Pidgin, Krio)"
  strings:
    // the claimed meeting or acquaintance
    $met_lat = /\b(dugunde|otelde|tatilde|plajda|sahilde|partide) (tanismistik|tanistik|gorusmustuk|karsilasmistik)\b|\b(toyda|toyunda|oteldə|tətildə|cimərlikdə) (tanis olmusduq|tanis olduq|gorusmusduk)\b|\byadinizdadir|\bmeni xatirlayirsan|\b(dostumun|rəfiqəmin) evində səklini(zi)? gordum\b|\bnomrənizi (rəfiqəmdən|dostumdan)\b|\bpoznakomilis (v otele|na svadbe|na otdyhe|na plyazhe|v turcii)\b|\b(pomnish|pomnite) menya\b|\b(qorwilshi|qorcilshi|sastumroshi|zgvaze) gavicanit\b|\b(gaxsovar|gakhsovar)\b|\bnomeri megobarma (momca|mometsa)\b|\b(harsaniqum|hyuranocum|hyuranotsum) (enq )?(tsanotacel|canotacel|tsanotatsel)\b|\bhishum (es|eq) indz\b|\bhamard (ynkerhis|ynkeruhis|enkeruhis|ynkers|enkers) (tvec|tvets)\b|\b(nampak|tengok|nampak) gambar (awak|anda) (kat|di) rumah kawan\b|\bt3arafna (fi|fe|b) (3ers|3ors|fondo2|hotel|el 3ers)\b|\b(tetzakarni|tetfakarni|fakerni|fakrani)\b|\b(ra2mak|ra2mek|rakamak) (men|mn|3and) (sa7b|sa7bi|sa7bti|sahbi|sa7ebti)\b|\bwe met (at|in) (a|the) (wedding|hotel|beach|resort)\b|\b(saw|seen) (your|ur) (photo|picture|pic) (at|in) (a|my) friend\b|\b(your|ur) number came from (a|my) friend\b|\bwi bin mit na di (wedin|weddin|wedding|pati|otel|hotel)\b|\byu memba mi\b|\bpadi gi mi yu (nomba|number)\b/
    $met_cy = /(познакомились|виделись|встречались) (на свадьбе|в отеле|на отдыхе|на пляже|в турции)|(помните|помнишь) меня|(ваш|твой) номер (мне )?(дала|дал) (подруга|друг|знакомая)|(видела|видел) (ваше|твое|твоё) фото у (подруги|друга|знакомых)|познайомилися (на весіллі|в готелі|на відпочинку|на пляжі)|(пам'ятаєш|пам'ятаєте|памятаєш) мене|номер (мені )?(дала|дав) (подруга|друг)/
    $met_ka = /(ქორწილში|სასტუმროში|ზღვაზე) გავიცანით|გახსოვარ|ნომერი მეგობარმა მომცა|(հարսանիքում|հյուրանոցում) (ենք )?ծանոթացել|(հիշում|հիշու՞մ) (ես|եք) ինձ|համարդ (ընկերուհիս|ընկերս) տվեց|(تعرفنا|اتعرفنا|التقينا|شفتك) (في|فى|ب)( ال)?(عرس|زواج|فندق)/
    // a wrong send owned up to (beyond the shared markers)
    $adm = /(ошиблась номером|ошибся номером|не туда написала|помилилася номером|помилився номером)/
    // the wish to chat, get acquainted or the personal question
    $wish = /\b(tanis olaq|tanis ola bilərik|boleh kenalan|kenalan yuk|tinggal di mana|boleh (kita )?berkenalan|jom berkenalan|pwede (ba )?(tayo )?(maging )?(friends|magkaibigan)|taga saan ka|make we be friends|where (you|u) dey stay|mek wi bi padi|gavicnot|davmegobrdet|tsanotananq|davay poobshchaemsya|davay poznakomimsya)\b|(давай(те)? (по)?общ|давай(те)? познаком|давай познайомимось|давай поспілкуємось|გავიცნოთ|დავმეგობრდეთ|ծանոթանանք|ընկերանանք|ممكن نتعرف)/
    // the chat app and the handle
    $app = /\b(telegram\w{0,6}|instagram\w{0,4}|insta|whats ?app\w{0,6}|viber)\b|(телеграм|телеге|телегу|инстаграм|інстаграм|вотсап|ватсап|вайбер|ტელეგრამ|ინსტაგრამ|տելեգրամ|ինստագրամ|واتس|تيليجرام|تلغرام|تليجرام|تلجرام|انستا)/
    $handle = /@[a-z_][a-z0-9_]/
  condition:
    sender_kind != "alpha" and sender_kind != "shortcode" and $app
    and ((($met_lat or $met_cy or $met_ka or wrongnum_p_met or wrongnum_p_number_via) and ($handle or $wish or wrongnum_p_befriend))
      or (($adm or wrongnum_p_admit) and ($wish or wrongnum_p_befriend)))
}
