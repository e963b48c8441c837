// The "security service" call scams of the CIS and beyond: a bank's security service or a central
// bank says your money is under attack and an operator will call (tell them the code, move the money
// to a safe account); a message "from your director" announcing a secret call from an officer or an
// auditor; "your communication contract or number expires, wait for the call or dictate the code".

// a bank's own warning, or a person retelling the scam: never the scam itself
private rule secsvc_warning
{
  strings:
    $n1 = /(никогда|ніколи|ешқашан|hech qachon|ҳеч қачон|არასდროს|երբեք|\bnever\b|\bnunca\b|\bmai (ti|le|la|vi)\b|\bnao pedimos\b|\bnao pedimos\b)/
    $n2 = /(мне звонил|мені дзвонил|это мошенники|это развод|бросил трубку|бросила трубку|поклала слухавку|поклав слухавку|це шахра|\bcalled me\b|\bhung up\b|\bit'?s a scam\b|\bme llamaron\b|\bes una estafa\b|\bmi hanno chiamat|\be una truffa\b|\bme ligaram\b|\be golpe\b|\b(scam|scams|pretend\w{0,3}|only criminals|(do not|don't|dont) (move|transfer|share)|estafa|no transfiera|truffa|non trasferire|golpe|nao transfira)\b|мошенники могут|представляются|видают себе|шахраї можуть|не переводите|не переказуйте)/
  condition:
    any of them
}

// an operator, a specialist or an officer will call you: wait for it, do not hang up
private rule secsvc_call
{
  strings:
    $ru = /(позвонит|перезвонит|свяжется|свяжутся|связаться|позвоним|перезвоним|будет звонить|ожидайте звонка|ждите звонка|не сбрасывайте|не кладите трубку|оставайтесь на линии|обратится к вам|к вам обратится)/
    $uk = /(зателефонує|подзвонить|передзвонить|зв.{1,3}яжеться|зв.{1,3}язатися|зателефонуємо|подзвонимо|очікуйте дзвінка|чекайте дзвінка|чекайте на дзвінок|не кладіть слухавку|звернеться)/
    $kk = /(қоңырау шал|қоңырауын күтіңіз|қоңырауды күтіңіз|хабарласады|байланысады|тұтқаны қоймаңыз|qonyrau|qonyrau)/
    $uz = /(ng.{0,3}iroq qil|ng.{0,3}irog.{0,3}ini kuting|ng.{0,3}iroqni kuting|bog.{0,3}lanadi|go.{0,3}shakni qo.{0,3}ymang|қўнғироқ қил|қўнғироғини кутинг|боғланади)/
    $ka = /(დაგირეკავ|დაგიკავშირდებ|ზარს|არ გათიშოთ|dagirekav)/
    $hy = /(կզանգ|կկապվի|զանգին|զանգի|մի անջատեք|kzang)/
    $en = /\b(will (call|ring|phone|contact) you|will be (calling|contacting) you|will reach out|expect a call|wait for (a|our|the) call|(do not|don't) hang up|stay on the line)\b/
    $es = /\b((le|te|lo|la) (llamara|llamara|contactara|contactara)|se (comunicara|pondra en contacto)|va a llamar|espere (la|nuestra|una) llamada|no cuelgue|recibira (la|una) llamada|recibira (la|una) llamada)\b/
    $it = /\b((la|ti|vi|lo) (chiamera|chiamera|contattera|contattera)|attenda la (nostra )?chiamata|non riattacchi|resti in linea|ricevera (la|una) (chiamata|telefonata)|sara contattat|verra chiamat|la chiameremo|non chiuda la chiamata)/
    $pt = /\b(vai (te |lhe )?ligar|ligar-lhe|ira (contacta|ligar)|vai (entrar em contato|contacta)|aguarde (a|nossa|uma) (ligacao|ligacao|chamada)|(nao|nao) desligue|recebera (uma|a) (ligacao|ligacao|chamada))/
  condition:
    any of them
}

// tell the code from the text message (to the operator, only to them)
private rule secsvc_code
{
  strings:
    $ru = /(продикту|назовите код|сообщите код|скажите код|код из смс|код из sms|код подтвержд|код, который|код с смс|назвіть код|повідомте код|код з смс|код з sms|код підтвердж|кодты|растау код|кодни|kodty|kodni (ayt|faqat)|tasdiqlash kod)/
    $ka = /(კოდი|kodi|კარნახ)/
    $hy = /(կոդը|թելադր|kod@|kody)/
    $en = /\b(the (verification |security |one[ -]time |otp |sms )?(code|passcode)|one time passcode|read them the code)\b/
    $es = /\b(el (codigo|codigo)|dictele|dictele|dicte el)\b/
    $it = /\b(il codice|gli detti|detti il)\b/
    $pt = /\b(o (codigo|codigo)|dite o)\b/
  condition:
    any of them
}

rule secsvc_safe_account : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A bank's security service, a central bank or a fraud department says your money is at risk and tells you to move it to a safe, reserve or protected account (Russian, Ukrainian, Kazakh, Uzbek, Georgian, Armenian, English, Spanish, Italian, Portuguese); not the bank's own 'we never ask' warning"
  strings:
    $safe = /(безопасн.{1,4} сч|безопасную ячейк|резервн.{1,4} сч|защищенн.{1,4} сч|защищённ.{1,4} сч|безпечн.{1,4} рахун|резервн.{1,4} рахун|захищен.{1,4} рахун|қауіпсіз шот|резервтік шот|kauipsiz shot|qauipsiz shot|xavfsiz hisob|zaxira hisob|хавфсиз ҳисоб|хавфсиз хисоб|захира ҳисоб|უსაფრთხო ანგარიშ|დაცულ ანგარიშ|სარეზერვო ანგარიშ|անվտանգ հաշվ|պաշտպանված հաշվ|պահուստային հաշվ|\b(safe|safety|reserve) account\b|\b(to|into|in) (a|an|the|our|your) (new )?(secure|protected|holding|secure holding|safe holding) account\b|\bcuenta (segura|protegida|de resguardo|reserva)\b|\bconto (sicuro|protetto|di sicurezza)\b|\bconto di appoggio\b|\bconta (segura|protegida|de reserva|de seguranca|de seguranca)\b)/
    $move = /(перевед|перевест|перемест|переказ|перевед|аудар|audar|o.{0,3}tkaz|ўтказ|გადარიცხ|გადაიტან|փոխանց|\b(move|transfer|send)|\b(transfiera|mueva|mover|transferir)|\b(trasferisca|sposti|trasferire|spostare)|\b(transfira|mova|transferir)|сч|рахун|шот|hisob|ანგარიშ|հաշվ|account|cuenta|conto|conta)/
    $story = /(служб.{1,3} безопасност|отдел.{0,2} безопасност|служб.{1,3} безпек|відділ.{0,2} безпек|қауіпсіздік қызмет|xavfsizlik xizmat|хавфсизлик хизмат|უსაფრთხოების სამსახურ|անվտանգության ծառայ|центробанк|центральн.{1,4} банк|цб рф|нбу|національн.{1,4} банк|ұлттық банк|ulttyq bank|markaziy bank|марказий банк|ეროვნული ბანკ|կենտրոնական բանկ|банк|bank|banco|banca|ბანკ|բանկ|under threat|at risk|in danger|compromised|под угрозой|в опасности|під загрозою|в небезпеці|қауіп|xavf|საფრთხე|վտանգ|en riesgo|en peligro|a rischio|in pericolo|em risco|em perigo|fraud|мошен|шахра|алаяқ|firibgar|თაღლით|խարդախ|кредит|займ|сбережен|заощадж|позик|несие|kredit|სესხ|վարկ|savings|in your name|suspicious|prestamo|a su nombre|ahorros|sospechos|prestito|a suo nome|risparmi|sospett|emprestimo|em seu nome|no seu nome|poupanca|suspeit|seguridad|sicurezza|seguranca)/
  condition:
    $safe and $move and $story and not secsvc_warning
}

rule secsvc_security_call : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A bank's security service, a central bank or a fraud team says someone is debiting your card, taking a loan in your name or reaching your savings, and announces an operator's call or asks for the code (Russian, Ukrainian, Kazakh, Uzbek, Georgian, Armenian, English, Spanish, Italian, Portuguese); not the bank's 'we never call' warning"
  strings:
    // who: a security service, a central bank, a regulator, a fraud department
    $who = /(служб.{1,3} безопасност|отдел.{0,2} безопасност|финансового мониторинг|центробанк|центральн.{1,4} банк|цб рф|служб.{1,3} безпек|відділ.{0,2} безпек|нбу|національн.{1,4} банк|қауіпсіздік қызмет|ұлттық банк|ulttyq bank|xavfsizlik xizmat|хавфсизлик хизмат|markaziy bank|марказий банк|უსაფრთხოების სამსახურ|usafrtxoebis samsax|ეროვნული ბანკ|անվտանգության ծառայ|anvtangutyan|կենտրոնական բանկ|\b(bank security|security (team|department|officer)|fraud (department|team|specialist|prevention)|central bank|financial conduct authority)\b|\b(departamento|area|area|equipo|central) de (seguridad|fraude)|\bseguridad (del banco|bancaria)|\bbanco (central|de espana)\b|\b(servizio|ufficio|reparto) (sicurezza|antifrode)|\bsicurezza bancaria\b|\bbanca d'italia\b|\bantifrode\b|\b(central|setor|departamento) (de seguranca|de seguranca|antifraude|de fraudes)|\bbanco central\b|\b(seguridad|sicurezza|seguranca|security|безопасности|безпеки)\b ?:|\b(seguridad|sicurezza|seguranca|security) [a-z]{1,12}:)/
    // the threat: a debit attempt, a loan in your name, savings at risk, suspicious operations
    $threat = /(списани|оформ.{1,12} (кредит|займ|заявк)|кредит.{0,20} на ваше имя|на ваше имя.{0,20}(кредит|займ)|под угрозой|в опасности|подозрительн.{1,4} операц|попытк.{1,3} взлом|заблокирован|списан|оформ.{1,12} (кредит|позик)|на ваше ім.{1,3}я|під загрозою|в небезпеці|підозріл.{1,4} операц|шахрайськ|ақша шеш|несие|кредит алу|қауіп|бұғатталд|pul yech|пул еч|kredit|кредит|qarz|xavf|хавф|bloklan|ჩამოჭრ|სესხ|sesx|კრედიტ|საფრთხე|დაიბლოკ|գումար դուրս|վարկ|vark|վտանգ|արգելափակ|\b(withdraw|debit|loan|credit|savings|money|funds|account|card)\b.{0,40}\b(attempt|in your name|at risk|in danger|compromised|fraudulent|unusual|stopped)\b|\b(attempt|unusual|fraudulent|criminals|someone)\b.{0,40}\b(withdraw|debit|loan|credit|access)|\b(cargo|prestamo|prestamo|credito|credito|ahorros|dinero|fraude|movimientos sospechosos|accesos no autorizados)\b|\b(addebito|prestito|finanziamento|risparmi|denaro|frode|operazioni sospette|bonifico sospetto)\b|\b(debito|debito|emprestimo|emprestimo|economias|poupancas|dinheiro|fraude|movimentacoes suspeitas|compra suspeita)\b)/
    // a loan being taken in your name (from a number, not the bank's own sender id)
    $loan = /(кредит|займ|позик|несие|kredit|qarz|სესხ|კრედიტ|վարկ|\b(loan|credit|prestamo|credito|prestito|finanziamento|emprestimo)\b)/
    $yourname = /(на ваше имя|на ваше ім.{1,3}я|атыңызға|nomingizga|номингизга|თქვენს სახელზე|ձեր անունով|\b(in your name|a su nombre|a tu nombre|a suo nome|em seu nome|no seu nome|em teu nome)\b)/
  condition:
    // (a bank's own alert may announce its fraud team's call: from its sender id, only with the code ask)
    (($who and $threat and (secsvc_code or (secsvc_call and sender_kind != "alpha" and sender_kind != "shortcode")))
      or ($loan and $yourname and secsvc_call and sender_kind != "alpha" and sender_kind != "shortcode"))
    and not secsvc_warning
}

rule secsvc_boss_officer_call : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A message signed by your director, manager or head of department: an officer of a security agency, an investigator or an auditor will call you about the organisation, cooperate and keep it secret (Russian, Ukrainian, Kazakh, Uzbek, Georgian, Armenian, English, Spanish, Italian, Portuguese)"
  strings:
    $boss = /(директор|начальник|руководител|заведующ|глава администрац|керівник|завідувач|голова правлін|бастығ|басшы|direktor|rahbar|boshli|раҳбар|бошлиқ|დირექტორ|უფროს|ხელმძღვანელ|direqtor|ufros|տնօրեն|ղեկավար|պետ|tnoren|\b(director|manager|boss|ceo|head of (department|hr|finance|the department)|line manager|jefe|jefa|gerente|responsable|direttore|responsabile|capo|dirigente|amministratore delegato|diretor|diretora|chefe|supervisor|supervisora)\b)/
    $officer = /(фсб|сбу|мвд|кнб|финмониторинг|сотрудник|співробітник|працівник|представник|представител|полиция|өкілі|ұқк|дхх|следовател|слідч|аудитор|ревизор|ревізор|куратор|сотрудник.{1,3} (органов|полиц|службы|фсб|мвд|кнб|прокуратур)|представител.{1,3} (мвд|полиц|органов|прокуратур)|співробітник.{1,3} (сбу|поліц|служби)|представник.{1,3} (поліц|сбу)|офіцер|офицер|из органов|тергеуші|органдардан|қызметкері|dxx|uqk|tergovchi|терговчи|prokuratura|прокуратура|auditor|xodimi|ходими|idoradan|გამომძიებ|აუდიტორ|ოფიცერ|ორგანოებიდან|gamomziebel|პოლიციის|უსაფრთხოების სამსახურ|ԱԱԾ|աած|քննիչ|աուդիտոր|ոստիկանութ|մարմիններից|qnnich|անվտանգության ծառայ|\b(officer|investigator|auditor|inspector|detective|agent|regulator|police|fiscal|investigador|auditor|inspector|oficial|funcionario|policia|hacienda|investigatore|ispettore|revisore|funzionario|ufficiale|agente|carabiniere|finanza|delegado|policial|fiscal|inspetor|oficial|policia federal)\b)/
    $secret = /(никому|конфиденциальн|не разглаш|в тайне|нікому|конфіденційн|не розголош|таємниц|секретн|ешкімге|құпия|hech kimga|maxfiy|sir saqla|ҳеч кимга|махфий|არავის|კონფიდენციალ|საიდუმლო|aravis|ոչ մեկին|գաղտնի|voch mekin|розголош|eshkimge|\b(confidential|keep (it|this) (between us|secret|private|quiet)|keep the conversation private|(do not|don't) (tell|discuss|disclose|mention)|not to disclose|tell no ?one|a nadie|confidencial|reservad|discrecion|secreto|no comente|nessuno|riservat|confidenzial|segreto|non ne parli|ninguem|sigilo))/
  condition:
    $boss and $officer and $secret and secsvc_call and not secsvc_warning
}

rule secsvc_contract_expiry : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Says your communication-services contract, SIM or phone number expires or will be cut off today, and to keep it wait for a specialist's call or dictate the code from the text (Russian, Ukrainian, Kazakh, Uzbek, Georgian, Armenian, English, Spanish, Italian, Portuguese); not a carrier's balance or plan notice"
  strings:
    $what = /(договор|сим-карт|sim-карт|sim карт|сим карт|номер|абонент|шарт|нөмір|shartnoma|шартнома|raqam|рақам|sim-kart|сим-карт|ხელშეკრულ|ნომერ|ნომრ|sim ბარათ|xelshekruleb|nomer|պայմանագր|համար|sim քարտ|paymanagr|hamar|\b(contract|agreement|sim( card)?|number|line|contrato|linea|sim|numero|contratto|utenza|linha|chip)\b)/
    $ends = /(истека|истёк|истек|заканчива|окончани|подош.{1,3} к концу|продлить|продлени|закінчу|закінчен|сплив|продовж|аяқтал|бітті|ұзарт|ayaqtal|merzimi|мерзімі|муддати|muddati|tugay|tugadi|tugash|uzaytir|тугай|тугади|узайтир|იწურება|ამოიწურა|ამოწურვ|გააგრძელ|გასაგრძელ|vada amoiwura|լրանում|լրացել|ավարտ|երկարաձգ|zhamkety|\b(expires|expired|expiring|runs out|has ended|lapsed|renew|extend|prolong|vence|vencido|vencimiento|caduca|expira|finaliza|renovar|prorrogar|scade|scadenza|scaduta|scaduto|termina|rinnov|prorogar|prolungar|venceu|vencendo|fim do contrato|prolongar)\b)/
    $carrier = /(услуг.{1,3} связи|оператор|послуг.{1,3} зв.{1,3}язку|байланыс|aloqa|алоқа|კავშირგაბმულ|ოპერატორ|կապի ծառայ|օպերատոր|абонент|абоненте|abonent|აბონენტ|abonento|բաժանորդ|bajanord|sim|сим|номер|нөмір|raqam|рақам|ნომ|համար|\b(subscriber|mobile|phone|operator|number|line|contract|abonado|telefonia|numero|linea|contrato|abbonato|contratto|utenza|assinante|linha|chip|movil)\b)/
    $promo = /(скидк|знижк|жеңілдік|chegirma|ფასდაკლ|զեղչ|\b(discount|offer|deal|descuento|oferta|sconto|offerta|desconto|promo))/
  condition:
    $what and $ends and $carrier and (secsvc_call or secsvc_code) and not $promo and not secsvc_warning
}
