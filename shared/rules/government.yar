// Government lures: student-loan forgiveness, relief and rebate payments, stimulus and cost-of-
// living payments "waiting to be claimed" through a link or a call-back. Real agencies' notices
// (a letter is on its way, a deadline) ask nobody to claim money by text.

// A call-back or a chat number written the local way, which the phone count does not read ("Sunati la 0741 555 101",
// "καλέστε στο 2111982345", "Обадете се на 0888 555 201", "Pozovite 064 555 3011", "Telefononi 069 555 5011",
// "Јавете се на 070 555 601", "Viber 0655553012"): the formal imperative to call, contact or write, or a chat app,
// then within a few words a number of seven digits or more (Greek and Greeklish, Romanian, Bulgarian, Serbian,
// Croatian and Bosnian in both scripts, Albanian, Macedonian). A Greek or Cyrillic letter is two bytes.
private rule gov_callback_number_local
{
  strings:
    // compile cost: [0-9]{2}[0-9] is [0-9]{3}
    $num = /(καλέστε|καλεστε|τηλεφωνήστε|τηλεφωνηστε|επικοινωνήστε|επικοινωνηστε|\bkaleste|\btilefoniste|\bepikoinoniste|\bsunati|\bapelati|\bcontactati|\btelefonati|обадете се|позвънете|звъннете|звънете|свържете се|\bobadete se|\bpozovite|\bnazovite|\bjavite se|\bkontaktirajte|позовите|јавите се|контактирајте|\btelefononi|\bthirrni|\bkontaktoni|јавете се|повикајте|\bviber|\bwhatsapp|\btelegram)[^0-9]{0,50}(\+[0-9]{1,3} ?)?0?[1-9][0-9]{1,2}[ .-]?[0-9]{2}[0-9][ .-]?[0-9]{1,3}[0-9]/
  condition:
    $num
}

rule gov_student_loan_relief : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Student-loan forgiveness, discharge or relief on offer, with a call, a reply or a link; the 'FED Student Aid' or 'Dept of Education' forgiveness deadline with a toll-free call-back from a person's number (English)"
  strings:
    $l = /\b(student loans?|student debt|federal loans?|loan forgiveness|debt forgiveness)\b/
    $f = /\b(forgiv(e|en|eness)|discharg(e|ed)|cancel(l?ed|lation)?|relief|wip(e|ed) out|eliminat(e|ed)|approved|eligible|eligibility|qualif(y|ied|ies)|pre-?approved)\b/
    $reply = /\breply "?(yes|y|1|now)"?\b/
    // or a plan that cuts the payment to enrol in by calling, from a person's number
    $plan = /\b(enroll?(ed|ment)?|reduce(d)? (your )?(monthly )?payments?|payments? to \$0|\$0 (a month|monthly|payments?))\b/
    // the agency named instead of the loans ("FED Student Aid: the forgiveness programme deadline is
    // approaching, call 1-8xx to see if your loans qualify"), with a toll-free call-back
    $agency = /\b(student aid|(department|dept\.?) of education|education (department|dept)|fsa)\b.{0,120}\bforgiv(e|en|eness)\b|\bforgiveness (program|programme|plan|deadline|application|window|period)\b/
    $tollfree = /\b1?[-. ]?\(?8(00|33|44|55|66|77|88)\)?[-. ]?[0-9]/
    // a borrower's own news ("my loans got forgiven, call me", "I called my servicer")
    $me = /\bmy (student |federal )?loans?\b|\bi (called|applied)( to| for)? my\b|\bi (just |finally )?got (my|mine)\b|\bmine (got|was|is|went)\b/
  condition:
    not $me
    and (
    // contact_count, claim_count: the vocabulary's words (shared/maps/vocabulary.tsv)
    (($l or $agency) and $f and (contact_count > 0 or claim_count > 0) and (url_count > brand_link_count or phone_count > 0 or caps_keyword_count > 0 or $reply))
    or ($l and $plan and phone_count > 0 and sender_kind != "alpha" and sender_kind != "shortcode")
    or (($l or $agency) and $f and $tollfree and phone_count > 0 and (sender_kind == "phone" or sender_kind == "email")))
    // the agency's own notice from its short code or sender id, linking to studentaid.gov (a
    // government suffix: brand_link_count) or to none, its own helpline given or not
    and not ((sender_kind == "shortcode" or sender_kind == "alpha") and url_count <= brand_link_count + platform_url_count
      and deceptive_url_count == 0 and shortener_count == 0)
}

rule gov_relief_payment_claim : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A government relief, rebate, stimulus or benefit payment to claim or apply for through a link; in other languages, a pension or benefit payout with the data, link or reply that collects it: Brazil's INSS review with back pay or a Bolsa Familia withdrawal (reply YES, talk to the lawyer, a link), forgotten money at the Central Bank, an irregular CPF, a blocked benefit or a held FGTS or tax refund (a link, a release fee, the CPF or password asked), Argentina's ANSES bonus (send your CUIL and CBU), Mexico's Bienestar pension or scholarship, Colombia's income transfer or VAT refund, Peru's or Chile's bonus held, approved or pending (the ID or card number, a release fee or a link), a GST/HST credit, carbon rebate, tax refund or benefit from the CRA, Service Canada or Revenu Quebec to accept by Interac e-Transfer or deposit at a link, or the SIN and bank details by reply (English, French), UN or Red Cross aid for displaced people (send your full name and card number; Ukrainian, Russian), a state payment or benefit assigned to you to collect at a link (Kazakh, Russian, Turkish, Romanian, Vietnamese); a benefit, support payment or medical-expense, pension or tax refund with a deadline, at a link off the government's sites, a number to call, an ATM to visit, a LINE account or the account number to send back (Japanese), or the Financial Supervisory Service's victim refund, a relief payment, a small-business fund or a government-backed low-rate loan you were selected for, at a link, a mobile or 070 consultation number or a KakaoTalk account, or with the ID and account numbers to send back (Korean); a state energy, cost-of-living, child-benefit or pension payment to claim at a link that is not the agency's own (German, French, Dutch, Swedish, Danish, Norwegian, Finnish, Gulf and Egyptian Arabic; a state pension top-up in English)"
  strings:
    $p = /\b(disaster (assistance|relief|aid|grant)|relief (payment|fund|check|cheque)|rebate|stimulus|winter fuel payment|(government|federal) grant|economic impact payment|cost of living (payment|support)|energy (bill )?(support|rebate|grant)|inflation relief|fuel (tax )?rebate|government (grant|payment|subsidy|benefit)|(small )?business grant|benefit payment|universal credit|child benefit|tax credit|unclaimed (funds|money|refund)|covid (relief|grant|fund)|(state )?pension (top-?up|uplift|bonus payment))\b/
    $c = /\b(claim|apply|collect|receive|redeem|eligible|entitled|approved|pending|unclaimed|waiting|release|deposit)\b/
    $act = /\b(click|tap|visit|log ?in|sign ?in|verify|confirm|submit|complete|follow|check (now|here|(your )?eligibility)|claim (your|it|now|here|today))\b/
    // "a grant you never have to pay back": no agency describes a payment that way
    $never = /\b(never (have|need) to (pay|be paid) (it )?back|free (government )?(money|grant)|no repayment)\b/
    // Brazil (accents folded): the pension or benefit (INSS, Bolsa Familia, FGTS), or the Central Bank's forgotten
    // money, the tax office's refund and the CPF (Receita Federal, gov.br) ...
    $pt_story = /\b(inss|aposentad[oa]s|aposentadoria|pensionistas?|bolsa familia|auxilio (brasil|emergencial|gas)|bpc ?\/? ?loas|fgts|pis ?\/? ?pasep|abono salarial|seguro-?desemprego|banco central|receita federal|governo federal|gov\.br|imposto de renda|irpf|cpf)\b/
    // ... a review with back pay, money to receive or a withdrawal released, or the CPF, the benefit or the refund
    // irregular, blocked, held or suspended ...
    $pt_lure = /\b(revisao (da vida toda|do beneficio|da aposentadoria|de beneficio)|retroativ[oa]s|(pagamento|valores) (de |dos )?atrasados|valor(es)? (a receber|esquecidos?|retidos?|liberados?)|(tem|possui|tera) direito a (receber|revisao|restituicao|indenizacao)|saque (extra|liberado|disponivel|emergencial)|(foi|esta|estao|foram) liberad[oa]s? para (saque|voce|o senhor|a senhora)|cpf (esta |consta como |encontra-se |foi |sera )?(irregular|suspenso|bloqueado|cancelado)|(possui|constam|existem) pendencias|(precisa|precisam) ser (confirmad|liberad|validad|regularizad)[oa]s?|disponive(l|is) para (saque|resgate))\b|\b(beneficio|bolsa familia|auxilio|restituicao|pagamento|parcela)\b.{0,40}\b(esta|foi|sera|serao|estao|foram) (bloquead[oa]s?|suspens[oa]s?|cancelad[oa]s?|retid[oa]s?|cortad[oa]s?|pendente)\b/
    // ... and the reply, the lawyer or the link that collects it, a release fee, or the CPF, the card or the password
    $pt_reply = /\b(responda|responder|digite|envie|mande) "?(sim|1|2|ok|quero)"?\b/
    $pt_ask = /\b(falar|fale|conversar|converse|agendar|agende) com (o |a |nosso |nossa |um |uma )?(advogad[oa]|especialista|escritorio|atendente|consultor[a]?)\b|\b(cadastre|informe|atualize|confirme|acesse|consulte|clique|regularize|resgate|prova de vida|pelo link|no link)\b/
    $pt_fee = /\b(taxa|tarifa) (de )?(liberacao|desbloqueio|regularizacao|saque|resgate|transferencia|cadastro|ativacao)\b/
    $pt_data = /\b(responda|informe|envie|mande|digite)( com)? (o |a |seu |sua )?(cpf|senha|numero do cartao|dados do cartao)\b/
    $pt_me = /\b(mae|mainha|pai|painho|vo|vovo|tia|tio|filho|filha|minha|meu|kkk|vi no|vi na|saiu no)\b/
    // a warning about the lure ("it's a scam, the tax office never texts asking for a Pix")
    $pt_warn = /\b(golpe|golpistas?|fraude|nao (envia|manda|pede|solicita)|nunca (envia|manda|pede|solicita)|nao clique)\b/
    // Argentina (voseo and usted): ANSES, a pension or the child allowance, a bonus you are due; Mexico's Bienestar
    // pensions and scholarships, Colombia's income transfers and VAT refund, Peru's and Chile's bonuses ...
    $ar_story = /\b(anses|jubilad[oa]s|jubilacion|pensionad[oa]s|auh|asignacion universal|ife|ingreso familiar de emergencia|refuerzo de ingresos|bono (extraordinario|previsional|para jubilados|de refuerzo)|potenciar trabajo|tarjeta alimentar|pension(es)? (para el |del |de )?bienestar|secretaria (de |del )?bienestar|programas? (del |para el )?bienestar|tarjeta (del )?bienestar|becas? (benito juarez|rita cetina|del bienestar|para el bienestar)|jovenes (construyendo el futuro|en accion)|renta ciudadana|ingreso solidario|colombia mayor|familias en accion|devolucion del iva|prosperidad social|bono (familiar|universal|yanapay|independiente|del gobierno|del estado|de emergencia|invierno|de invierno|marzo|por hijo|logro escolar)|bolsillo familiar|aporte familiar permanente|chileatiende|pension garantizada universal)\b/
    $ar_lure = /\b(te corresponde|le corresponde|(sos|es|fuiste|fue|resultaste|resulto|ha sido|has sido) (beneficiari[oa]|seleccionad[oa]|aprobad[oa])|(tenes|tiene|tienes) (un|una) (pago|bono|cobro|beneficio|saldo|giro|deposito|apoyo)( [a-z]{1,12}){0,2} (pendiente|disponible|a cobrar|sin cobrar)|pago pendiente|cobro pendiente|giro pendiente|para (cobrarlo|cobrarla|acreditarlo|acreditarte|liberarlo|recibirlo|depositarlo)|(califica|calificas) para (cobrar|recibir))\b|\b(su|tu) (pago|beca|bono|apoyo|beneficio|pension|giro|deposito|subsidio)\b.{0,40}\b(retenid[oa]|detenid[oa]|suspendid[oa]|bloquead[oa]|aprobad[oa]|cancelad[oa]|rechazad[oa]|pendiente)\b/
    // ... and the identity and bank numbers asked for, or a link to enter them, or a release fee
    $ar_ask = /\b(envia|enviame|envianos|envie|enviar|manda|mandame|mandanos|mande|pasame|pasanos|pase|indicame|indicanos|informanos|responde|responda|completa|complete|carga|cargue|registre|registra|confirme|confirma|actualice|actualiza|ingrese|ingresa|ingresando|valide|valida|proporcione)\b.{0,60}\b(cuil|cuit|cbu|cvu|alias|numero de tarjeta|datos bancarios|clave de la seguridad social|clave fiscal|curp|cedula|dni|rut|clave unica|cuenta bancaria|datos de (tu |su )?tarjeta|fecha de vencimiento|cvv|nip|clabe)\b/
    $ar_act = /\b(ingresa|ingrese|completa|complete|registrate|registrese|inscribite|inscribase|carga|cargue|valida|valide|activalo|activala|actualice|actualiza|confirme|confirma)\b/
    $es_fee = /\b(pago|cuota|costo|cargo|comision) (de |por )?(activacion|registro|inscripcion|liberacion|desbloqueo|validacion)\b|\b(pague|deposite|deposita|transfiera)\b.{0,40}\b(oxxo|nequi|daviplata|yape|plin|mercado pago)\b/
    $es_me = /\b(abu|abuela|mami|mama|papi|jaja|jajaja|te ayudo|mi (bono|cobro|jubilacion|beca|pension|apoyo|pago)|me (llego|cayo|depositaron|pagaron))\b/
    // Canada (English, French): the CRA, Service Canada or Revenu Quebec ...
    $ca_ag = /\b(cra|canada revenue agency|revenue canada|service canada|revenu quebec|revenue quebec|agence du revenu|(government|govt|gov) of canada|gouvernement du (canada|quebec)|arc)\b/
    // ... a GST/HST credit, a carbon rebate or another federal or Quebec programme (named alone, it stands for the
    // agency), or a tax refund, a pension or a benefit ...
    $ca_prog = /\b(gst\/hst|tps\/tvh|(credit|remboursement) (de |pour |pour la |de la )?(tps|tvh)|carbon (tax )?rebate|climate action incentive|remise (canadienne )?(sur le|du) carbone|incitatif a l'action pour le climat|grocery rebate|canada child benefit|allocation canadienne pour enfants|old age security|canada pension plan|solidarity tax credit|credit d'impot (pour|de) solidarite)\b/
    $ca_pay = /\b(gst|hst|child benefit|credit d'impot|tax (refund|credit|rebate)|refund|rebate|remboursement|retour d'impot|benefits?|prestations?|allocations?|(has sent|sent) you|vous a (envoye|transfere|verse))\b/
    // ... to accept by Interac e-Transfer or deposit at a link, or the SIN, the card or the bank details to send
    $ca_dep = /\b(interac|e-?transfers?|etransfer|virement|direct deposit|depot direct|deposit (it|your|the)|deposez|accept (the|your|it)|acceptez|claim (it|your|now|the)|reclamez|reclamer|select your (bank|financial institution)|choisissez votre (banque|institution))\b/
    $ca_ask = /\b(reply|respond|send|text|confirm|verify|provide|enter|update|repondez|envoyez|confirmez|verifiez|fournissez|entrez|indiquez)\b.{0,60}\b((your|ur) sin|sin number|social insurance number|(votre|ton) nas|numero d'assurance sociale|date of birth|date de naissance|card number|numero de carte|bank(ing)? (details|information|info)|coordonnees bancaires|informations bancaires|renseignements bancaires)\b/
    $ca_no = /\b(my|mine|mon|le mien|la mienne|lol|j'ai|i got|scam|fraud|fraudsters|beware|never|arnaque|fraude|jamais|hameconnage|phishing)\b/
    // UN, Red Cross or state aid for displaced people (Ukrainian, Russian: no word boundaries around Cyrillic;
    // a Cyrillic letter is two bytes) ...
    $ua_story = /(оон|юнісеф|юнисеф|unhcr|увкб|червон\S{0,4} хрест|красн\S{0,4} крест|переселенц|переселенок|вимушено переміщ|внутрішньо переміщ|внутренне перемещ|біженц|беженц)/
    $ua_pay = /(виплат|выплат|допомог|помощ|компенсац|грн|гривен)/
    // ... and the full name and card number to send
    $ua_ask = /(надішліть|надіслати|відправте|вкажіть|напишіть|повідомте|введіть|отправьте|пришлите|укажите|напишите|сообщите|введите)\S{0,2} .{0,80}(номер\S{0,4} (вашої |вашей )?(банківськ\S{0,4} |банковск\S{0,4} |платіжн\S{0,4} |платежн\S{0,4} )?карт|піб|фио|cvv|cvc|термін дії картки|срок действия карты)/
    $ua_warn = /(ніколи|никогда|шахраї|мошенник|аферист|обережно|осторожно|не повідомляйте|не сообщайте|не передавайте)/
    $ua_me = /(мам|мама|бабуль|бабусю|тато|папа|сестр|давай)/
    // a state payment assigned to you, to collect at a link (Kazakh, Russian)
    $kz = /(мемлекеттік (әлеуметтік )?төлем|әлеуметтік төлем|біржолғы төлем|жәрдемақы|өтемақы|төлем тағайындалды|государственн\S{0,6} выплат|социальн\S{0,6} выплат|единовременн\S{0,6} (государственн\S{0,6} |социальн\S{0,6} )?выплат|(назначен|положен|начислен)\S{0,4} (единовременн\S{0,6} |государственн\S{0,6} |социальн\S{0,6} |денежн\S{0,6} )?(выплат|пособи|компенсац))/
    $kz_get = /(получит|оформит|забрат|по ссылке|перейдите|алу үшін|алыңыз|рәсімдеңіз|өтінім|сілтеме)/
    // Turkish, Romanian, Vietnamese (accents folded): a state benefit or support payment for you, to collect at a link
    $tr_b = /\b(e-?devlet|sosyal yardim|aile destek|destek odemesi|yardim odemesi|devlet destegi|sgk)/
    $tr_b_get = /\b(adiniza (tanimlan|tanimli)|hak (kazandiniz|sahibisiniz)|odemeniz (hazir|onaylandi|tanimlandi)|basvurunuzu (yapin|tamamlayin)|almak icin|tahsil etmek icin)/
    $ro_b = /\b(ajutor (social|de stat|guvernamental|financiar|de urgenta)|ajutorul (social|de stat)|indemnizatie|tichete sociale|voucher social|casa de pensii)\b/
    $ro_b_get = /\b(ati (primit|fost selectat|fost aprobat)|aveti dreptul|beneficiati de|pentru a (primi|incasa|ridica)|revendicati|completati datele)\b/
    $vi_b = /\b(bhxh|bao hiem xa hoi|tro cap|ho tro tien|ho tro tai chinh|luong huu|goi ho tro)\b/
    $vi_b_get = /\b(duoc nhan|de nhan|nhan ngay|dang ky nhan|rut tien)\b/
    // Japan (a letter is three bytes: gaps in bytes): a benefit, a support payment or a medical-expense, pension or
    // tax refund ...
    $ja_b = /(給付金|支援金|補助金|助成金|還付金|還付手続|払い?戻し金|(保険料|医療費|税金|年金)の?(払い?戻し|返金|還付)|特別給付|臨時給付|調整給付|定額減税|一時金)/
    // ... you are due or must apply for, with a deadline ...
    $ja_now = /(本日中|本日まで|今日中|至急|早急|今すぐ|お早めに|速やかに|期限(が|は)?(迫|切|過|本日|今日|明日|今週)|(期限|期日)(まで|内)|[0-9]{1,2}月[0-9]{1,2}日(まで|迄)|までに(お手続|手続|申請|ご連絡|連絡)|受付(終了|締切)|(本日|今日|明日)(締切|締め切り)|締切は(本日|今日|明日)|締め切りは(本日|今日|明日)|未(受給|申請|受取|手続)|失効)/
    // ... at a link, or by calling the pension or insurance section at a number
    $ja_call = /(お電話|電話(を)?(ください|下さい|して)|ご連絡|連絡(を)?(ください|下さい|して)|お問い?合わせ|折り返し|担当|atm(で|に|へ|まで|の操作))/
    // (a Japanese number, which the phone count does not read: "03-1234-5678", "080-1234-5678")
    $ja_num = /(電話|tel|連絡|問い?合わせ|担当|折り返し|案内)[^0-9]{0,30}0[0-9]{1,4}-[0-9]{1,3}[0-9]-[0-9]/
    // ... or a LINE account to add, or the account number, PIN or My Number to send back ("口座番号を返信")
    $ja_line = /(\bline\b|ライン).{0,12}(id|で|に|を|の|追加|登録|友だち|友達)/
    $ja_id = /(口座番号|暗証番号|マイナンバー|キャッシュカード|生年月日).{0,60}(返信|送って|送信|教えて|お知らせ|line|ライン)/
    // the warning passed on (the city's own notice says it never asks for an ATM transfer), or a person's own news
    $ja_warn = /(詐欺|ご注意|に注意|注意して|なりすまし|不審|騙|だまされ|ことはありません|ことはございません|絶対に)/
    $ja_me = /(私の|僕の|俺の|うちの|母の|父の|お母さん|お父さん|もらった|もらえた|届いた|来たよ|してきた|だって|らしい)/
    // a municipality's own site (".lg.jp" is a government's, like ".go.jp")
    $lg = /\.lg\.jp(\/|\s|$)/
    // Korea: the Financial Supervisory Service's "victim refund", a relief or support payment, a tax refund, a
    // government-backed low-rate loan ...
    $ko_b = /(피해금|피해 ?구제|피해 ?보상금|환급금|환급 ?대상|지원금|재난 ?지원|긴급 ?지원|민생 ?지원|장려금|보조금|정부 ?지원 ?(자금|대출)|정부 ?보증 ?대출|저금리 ?(대출|대환|전환)|(안정|정책|경영|긴급|지원) ?자금|추가 ?지급금|미지급금|햇살론|새희망홀씨)/
    // ... from a named authority or the government ...
    $ko_who = /(금융감독원|금감원|금융위원회|정부|국세청|행정안전부|행안부|보건복지부|국민연금|건강보험|근로복지공단|서민금융|소상공인|중소벤처기업부|중기부|햇살론)/
    // ... you were selected for or must apply for, with a deadline ...
    $ko_you = /(대상자|대상으로|대상입니다|선정|해당(되|되셨|하십)|미수령|미신청|지급 ?(예정|대상|완료)|수령 ?(가능|하실))/
    $ko_now = /(오늘|금일|마감|기한|까지|즉시|서둘러|소멸|만료|선착순|한정|빠른|신속)/
    // ... at a link or a consultation number (a mobile or 070 line: the agencies' numbers are landlines and 1xxx)
    $ko_ask = /(바로가기|접속|클릭|링크|상담|문의|전화|연락|신청|본인 ?확인)/
    // ... or a KakaoTalk or Telegram account to write to, or the ID card, resident number or account number to send back
    $ko_kakao = /(카카오톡|카톡|\bkakao|오픈 ?채팅|오픈톡|텔레그램|\btelegram\b)/
    $ko_id = /(신분증|주민등록번호|주민번호|계좌번호|통장 ?사본|카드번호|비밀번호).{0,40}(회신|보내|전송|알려|남겨)/
    $ko_num = /\b(010|070)[- .]?[0-9]{1,3}[0-9][- .]?[0-9]/
    $ko_warn = /(사칭|주의|속지|스미싱|조심|사기 ?(주의|조심|예방|입니다|예요|에요|문자))/
    $ko_me = /(엄마|아빠|언니|오빠|누나|나도|내가|받았어|했어|했는데|거든|래요|대요)/
    // Europe and the Gulf (accents folded): a state energy, cost-of-living, child or pension payment ...
    $eu_b = /\b(energiepreispauschale|energiepauschale|heizkostenzuschuss\w{0,2}|entlastungsbetrag|kindergeld\w{0,12}|kinderbonus|wohngeld\w{0,2}|rentennachzahlung|rentenerhohung|staatliche (hilfe|unterstutzung|auszahlung|pramie|entlastung)|prime (energie|inflation|de noel|exceptionnelle)|cheque energie|indemnite inflation|aide (de l'etat|exceptionnelle|gouvernementale|energie)|allocations? familiales?|complement (de retraite|de pension|d'allocations)|energietoeslag|energiecompensatie|energietegemoetkoming|kinderbijslag|kindgebonden budget|zorgtoeslag|huurtoeslag|aow-?(verhoging|toeslag|uitkering)|tegemoetkoming energie|elstod|elprisstod|elpriskompensation|barnbidrag\w{0,3}|bostadsbidrag|pensionstillagg|elcheck\w{0,2}|varmecheck\w{0,2}|energicheck\w{0,2}|aeldrecheck\w{0,2}|bornecheck\w{0,2}|bornepenge|boligstotte|stromstotte|stromstonad|energistotte|barnetrygd\w{0,2}|bostotte|pensjonstillegg|sahkotuki|energiatuki|lapsilisa\w{0,3}|asumistuki|elakelisa\w{0,3}|elakkeen korotus)\b|(دعم غلاء المعيشة|غلاء المعيشة|حساب المواطن|تكافل وكرامة|الضمان الاجتماعي|منحة العمالة|دعم حكومي|الدعم الحكومي|منحة حكومية|مكرمة|اعانة حكومية|إعانة حكومية|معاش استثنائي)/
    // ... to claim at the link: the ask, in the formal voice
    $eu_ask = /\b(beantragen sie|jetzt beantragen|hier beantragen|fordern sie|bestatigen sie|klicken sie|folgen sie dem link|um (die|den|das|ihre|ihren) (betrag|auszahlung|zahlung|zuschuss|pauschale|erstattung|geld) zu (erhalten|beantragen)|reclamez|validez|confirmez|completez|remplissez|cliquez|pour (recevoir|percevoir|obtenir|beneficier)|vraag (deze|het|uw|de|hem) (vandaag |direct |nu )?aan|aanvragen via|claim (uw|het|deze)|bevestig uw|vul uw|klik (op|hier)|om (het|uw|de) (bedrag|uitbetaling|toeslag|geld) te ontvangen|ansok (via|har|nu|om|idag|senast)|bekrafta (dina|ditt|din)|klicka|for att (fa|ta emot) (beloppet|utbetalningen|pengarna|stodet|bidraget)|ansog (her|nu|via|om|senest)|bekraeft (dine|dit|din)|udfyld|klik her|for at modtage|sok om|sok (her|na|via)|bekreft (dine|ditt|din)|fyll (ut|inn)|klikk|for a motta|hae (tuki|tukea|korvaus|avustus|etuus|rahat|tasta|tassa|linkista|heti|nyt)|vahvista (tietosi|tilisi|pankkitietosi)|klikkaa|napsauta|vastaanottaaksesi|saadaksesi)\b|(للاستلام|لاستلام|لصرف|للحصول على|سجل بياناتك|حدث بياناتك|اضغط|عبر الرابط|على الرابط)/
    // a person's own news about it, or a warning passed on
    $eu_no = /\b(ich|mein|meine|habe|hab|haben wir|j'ai|ma|mon|mes|moi|ik|mijn|heb|jag|min|mitt|mina|fick|jeg|mine|fik|fikk|minun|sain|haha|lol|betrug|betruger|phishing|arnaque|escroquerie|oplichting|oplichters|nep|bedrageri|bedragare|svindel|svindlere|huijaus|huijari|aldrig|aldri|koskaan|nie|jamais|nooit)\b|(احتيال|احذر|تحذير|محتال|لا تضغط)/
  condition:
    ($p and $c and ((url_count > 0 and ($act or shortener_count > 0 or risky_tld_count > 0)) or ($never and (caps_keyword_count > 0 or phone_count > 0))))
    // the languages' branches: a person's number or an address, or a link of an impersonator's shape from any
    // sender (the agencies text from sender ids and short codes to their own sites)
    or ((sender_kind == "phone" or sender_kind == "email"
        or deceptive_url_count > 0 or risky_tld_count > 0 or shortener_count > 0 or brand_mismatch_count > 0)
      and (
        ($pt_story and $pt_lure and not $pt_me and not $pt_warn and ($pt_reply or $pt_fee or $pt_data
          // (a chat link counts: "talk to our office at wa.me/...")
          or ($pt_ask and (url_count > 0 or phone_count > 0 or contact_count > 0))))
        or ($ar_story and $ar_lure and not $es_me
          and ($ar_ask or $es_fee or ($ar_act and url_count > brand_link_count + platform_url_count + named_url_count)))
        or ((($ca_ag and ($ca_pay or $ca_prog)) or $ca_prog) and not $ca_no
          and ($ca_ask or ($ca_dep and url_count > brand_link_count + platform_url_count + named_url_count)))
        or ($ua_story and $ua_pay and $ua_ask and not $ua_warn and not $ua_me)
        or ((($kz and $kz_get and not $ua_warn and not $ua_me) or ($tr_b and $tr_b_get) or ($ro_b and $ro_b_get) or ($vi_b and $vi_b_get)
            or ($eu_b and $eu_ask and not $eu_no))
          and url_count > brand_link_count + platform_url_count + named_url_count)))
    // Japan: the benefit or refund with a deadline, at a link that is not the government's or a municipality's
    // (.lg.jp), or to call a number; from a person's number or an address, or a link of an impersonator's shape
    or ($ja_b and $ja_now and not $ja_warn and not $ja_me
      and ((url_count > brand_link_count + platform_url_count + named_url_count and not ($lg and url_count == 1))
        or ($ja_call and (phone_count > 0 or $ja_num) and url_count == 0)
        or (($ja_id or $ja_line) and url_count == 0))
      and ((sender_kind == "phone" and sender_line != "toll_free") or sender_kind == "email"
        or deceptive_url_count > 0 or risky_tld_count > 0 or shortener_count > 0 or brand_mismatch_count > 0))
    // Korea: the authority's refund, support or loan for you, with urgency, at a link off go.kr or a mobile or 070
    // consultation number
    // (or a KakaoTalk account; or, the authority named or not, the ID and account numbers to send back)
    or ($ko_b and $ko_you and $ko_now and not $ko_warn and not $ko_me
      and (($ko_who and $ko_ask and (url_count > brand_link_count + platform_url_count + named_url_count or $ko_num or $ko_kakao))
        or $ko_id)
      and ((sender_kind == "phone" and sender_line != "toll_free") or sender_kind == "email"
        or deceptive_url_count > 0 or risky_tld_count > 0 or shortener_count > 0 or brand_mismatch_count > 0))
}

rule gov_health_benefit_offer : phishing
{
  meta:
    action = "junk"
    weight = 2.5
    description = "A health-benefit lure: you qualify for a new Medicare or Medicaid card, a grocery allowance, free benefits or a rebate; call or tap now"
  strings:
    $scheme = /\b(medicare|medicaid|social security|obamacare|aca|health insurance|health plan|flex card|otc card|grocery (card|allowance|benefit))\b/
    $qualify = /\b(you|u) (qualify|are eligible|are entitled|have been approved|may qualify|now qualify)\b|\b(pre-?approved|eligible) for\b/
    $bait = /\b(new( [a-z]{1,10}){0,2} (card|benefits?)|free|at no cost|groceries|grocery|allowance|rebate|extra benefits?|cash back|dental|zero premium|\$?0 premium)\b/
    // "your new card and $2,800 of benefits are ready, call to activate"
    $ready = /\b(is|are) (now )?(ready|waiting|available|expiring)\b|\bto activate\b|\bwill expire\b/
    $askid = /\b(confirm|verify|provide|update|give|tell|reply with|send|text)( us| me)? (your )?(medicare number|medicare id|medicaid number|ssn|social security number|national insurance number|nhs number)\b/
    $details = /\b(confirm|verify|update) (your )?(details|information|identity|address)\b/
  condition:
    // (or "reply YES for a free quote": contact_count)
    $scheme and ($qualify or ($ready and (money_count > 0 or $details)) or $askid) and ($bait or money_count > 0 or $askid or $details) and (phone_count > 0 or url_count > 0 or contact_count > 0)
}

rule gov_tax_penalty_callback : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "An unpaid tax or tax penalty with a threat of legal action, arrest or a warrant, and a number to call, from a personal number (and a revenue authority, GRA, FIRS, KRA or SARS, with tax arrears found on your business: call back today to settle before officers are sent or sanctions follow); or a named person 'from the tax office' or the IRS with an issue on your tax return who asks for a call back, from a person's number (English, US); or the tax office (ΑΑΔΕ, ΕΝΦΙΑ, ANAF, НАП, Poreska uprava) threatening seizure, garnishment, frozen accounts or forced collection, with a number to call, from a person's number (Greek, Romanian, Bulgarian, Serbian)"
  strings:
    // (Africa's revenue authorities too: GRA, FIRS, KRA, SARS, URA, ZRA, RRA)
    $tax = /\b(hmrc|irs|internal revenue|tax (office|department|authority|agency|debt|bill|arrears|fraud|evasion|return|penalty|case|liability)|revenue (service|agency|authority)|inland revenue|cra|ato|income tax|taxes|gra|firs|kra|sars|zra|rra|zimra|lirs|revenue board)\b/
    // addressed to you: a friend writing about their own tax bill says "my", "I"
    $owe = /\byour (outstanding|unpaid|overdue|tax|case|file|account|balance|debt|arrears|penalty|return|business|company|shop|premises|tin|kra pin|pin|tax identification number)\b|\byou (owe|have (an? )?(outstanding|unpaid|overdue)|are (liable|being (sued|investigated|charged)))\b/
    // (or the officers sent to the premises, the sanctions or the closure a call today avoids)
    $threat = /\b(legal action|lawsuit|legal proceedings|arrest(ed)?|warrant|court (case|summons|hearing)|prosecut(e|ed|ion)|enforcement (action|officers?)|bailiffs?|police|seiz(e|ed|ure)|jail|prison|criminal (charges|case|investigation)|distrain\w{0,4}|garnish\w{0,5}|(sanctions|penalties and sanctions) (will|shall|may) (be|follow|apply)|avoid (further )?(sanctions|closure|sealing|distraint)|(seal|sealing|close|closure|shut ?down|lock ?up) (of )?(your )?(shop|business|premises|office|store|company)|(officers|officials|agents|task ?force|team) (will be|are being|would be|shall be|are|get) (sent|dispatched|deployed))\b/
    $warn = /\b(scam|scams|scammer|scammers|fraudsters|impersonat\w{0,5}|beware|never (call|share|pay))\b/
    // a named person "from the tax office" or the IRS (a preparer writes from its own firm's name:
    // "Maria from Garcia Tax Office" is not "from the tax office") ...
    $who = /\b(this is|i am|i'm|my name is|it's) [a-z]{1,6}[a-z]{1,6}( [a-z]{1,6}[a-z]{1,6})?,? (from|with|at) (the )?(irs|internal revenue service|(local |federal |state |county )?tax (office|department|division|agency|bureau)|department of (the )?treasury|treasury department|(state )?department of revenue)\b/
    // ... on an issue with the reader's tax return ...
    $return = /\byour ([0-9]{1,3}[0-9] |[a-z]{1,8} )?(tax return|taxes|tax file|tax filing|tax records?|tax refund|tax account|return|refund)\b/
    $issue = /\b(issue|issues|problem|problems|discrepanc\w{1,3}|errors?|irregularit\w{1,3}|flagged|audit\w{0,3}|under review|reviewing|verify|verification|questions?|pending|on hold)\b/
    // ... who asks for a call back
    $back = /\b(call|ring|phone) me( back)?\b|\bcall (us )?back\b|\breturn (my|this|our) call\b|\bgive me a call\b|\breach me\b/
    // Greece, Romania, Bulgaria, Serbia (accents folded in Latin; a Greek or Cyrillic letter is two bytes, no word
    // boundaries around them): the tax office or a tax (ΑΑΔΕ, the "εφορία", ΔΟΥ, ΕΝΦΙΑ; ANAF, the local tax
    // office; НАП, local taxes; the Poreska uprava) ...
    $bk_tax = /(ααδε|εφορία|εφορια|(^| )δου( |:|,)|ενφια|φόρου|φορου|φόρων|φορων|φορολογ|\baade\b|\benfia\b|\beforia|\banaf\b|\bfisc\w{0,4}\b|\bimpozit\w{0,4}\b|\badministratia finantelor\b|\bditl\b|\bcass\b|\bcontribuabil\w{0,2}\b|(^| |\()нап( |:|,|\.|\)|$)|агенция за приходите|данък|данъч|\bnap\b|\bdanak|\bporesk\w{1,4}\b|\bporez\w{0,3}\b|\bpib\b|пореск|порез)/
    // ... the seizure, garnishment, frozen accounts or forced collection it threatens ...
    $bk_threat = /(κατάσχεσ|κατασχεσ|κατασχετήρι|κατασχετηρι|(δέσμευσ|δεσμευσ)\S{0,6} (του |των )?(τραπεζικ\S{0,6} )?λογαριασμ|δεσμευτεί|δεσμευτει|δεσμεύετ|δεσμευετ|δεσμεύοντ|δεσμευοντ|\bkatasxes|\bkatasches|\bdesmef\w{0,4} logariasm|\bpoprir\w{1,3}|\bpoprit\w{0,2}\b|\bexecutar\w{1,3} silit\w{1,2}|\bexecutor\w{0,4} (fiscal|judecatoresc)|\bsechestr\w{1,3}|\bblocar\w{1,3} (a )?(conturilor|contului)|запор|възбран|принудително изпълнение|принудително събиране|публичен изпълнител|\bzapor|\bblokad\w{1,2}\b|\bblokiran\w{1,2}\b|\bplenidb\w{1,2}|\bzaplen\w{1,2}|\bprinudn\w{1,2} naplat\w{1,2}|\bizvrsitelj|блокад|блокиран|заплен|пленидб|принудн\S{0,4} наплат|извршитељ)/
    // ... for a debt still unpaid, against the reader, or to be avoided (a lawyer's word that a seizure was lifted is not)
    $bk_owe = /(οφειλ|ληξιπρόθεσμ|ληξιπροθεσμ|απλήρωτ|απληρωτ|ανείσπρακτ|ανεισπρακτ|εκκρεμ|\bofeil|\bdatori\w{0,3}\b|\brestant\w{0,3}\b|\bneplatit\w{0,2}\b|\bneachitat\w{0,2}\b|\bnu achitati\b|\bobligatii\w{0,2}\b|\bpenalitati\b|\bimpotriva (dvs|dumneavoastra)\b|\bse va aplica\b|\bevita\w{0,2}\b|задължени|дължи|дълг|неплатен|неплатени|просроч|избегнете|ще бъдат|ще бъде|\bzadaljen|\bzadalzhen|\bdug\w{0,3}\b|\bduguj\w{1,3}\b|\bduznik\w{0,3}\b|\bneplacen\w{1,2}\b|\bneizmiren\w{1,2}\b|\bopomen\w{1,2}\b|\bizbegl\w{1,3}\b|\bizbegavanj\w{1,2}\b|\bbice\b|дуг|дужник|неплаћен|опомен|избегав|биће)/
    // ... and a number to call ("Τηλ. 69...", "Tel. 07...", "Тел. за контакт 08...": the rest in gov_callback_number_local)
    // compile cost: [0-9]{2}[0-9] is [0-9]{3}
    $bk_tel = /(τηλ|\btel\b|тел)[^0-9]{0,20}(\+[0-9]{1,3} ?)?0?[1-9][0-9]{1,2}[ .-]?[0-9]{2}[0-9][ .-]?[0-9]{1,3}[0-9]/
    // a person's own tax letter, the accountant's reminder, or a warning passed on
    $bk_no = /(μου |μαμά|μαμα|ρε |λογιστ|απάτη|απατη|απατεών|απατεων|προσοχή|προσοχη|δεν ζητά|δεν ζητα|\bmama\b|\bmi-a\b|\bcontabil\w{0,3}|\bescroc\w{0,3}|\bfrauda\b|\batentie\b|\bnu platiti\b|мамо|ми дойде|счетоводит|измамни|внимание|\btata\b|\bstigla mi\b|\bknjigovod\w{0,4}|\bprevarant\w{0,2}|\bpaznja\b|\bne placajte\b|превар|пажња)/
  condition:
    ($tax and $owe and $threat and phone_count > 0 and not $warn
    and sender_kind != "alpha" and sender_kind != "shortcode")
    or ($who and $return and $issue and $back and not $warn and sender_kind == "phone" and sender_line != "toll_free")
    // the tax office's seizure threat with a local call-back number (Greek, Romanian, Bulgarian, Serbian)
    or ($bk_tax and $bk_threat and $bk_owe and (gov_callback_number_local or $bk_tel or phone_count > 0) and not $bk_no
      and (sender_kind == "phone" or sender_kind == "email"))
}

// A state benefit, a compensation, a pension bonus, a tax overpayment, a care or welfare refund, a small-business
// emergency fund or a state-guaranteed low-rate loan, "you were selected" or "deadline today", and the lure that
// collects it: a local call-back number, a chat app (Viber, WhatsApp, Telegram, WeChat, LINE) or the ID and bank
// details to send. The offices pay into the account they hold and see people at their counters; they do not text
// from a mobile asking for a call, a chat or an IBAN. (Greek letters with and without accents; a Greek or Cyrillic
// letter is two bytes, a Chinese one three; no word boundaries around them.)
rule gov_benefit_callback_or_id : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A state benefit, compensation, pension bonus, tax overpayment, care or welfare refund, small-business emergency fund or state-guaranteed low-rate loan you were selected for or must take today, with a local call-back number, a chat app or your ID and bank details to send, from a person's number or an address (Greek and Greeklish, Romanian, Bulgarian, Serbian and Croatian in both scripts, Albanian, Macedonian; Chinese: subsidies and social insurance, with a WeChat, QQ or LINE contact or the ID and bank-card numbers)"
  strings:
    // the benefit, compensation, refund, fund or state-guaranteed loan
    $story = /(επίδομα|επιδομα|επιδόματ|επιδοματ|αποζημίωσ|αποζημιωσ|επιστροφή φόρου|επιστροφη φορου|επιστροφή χρημάτων|επιστροφη χρηματων|μπόνους σύνταξης|μπονους συνταξης|οικονομική ενίσχυσ|οικονομικη ενισχυσ|έκτακτη ενίσχυσ|εκτακτη ενισχυσ|ενίσχυση ύψους|ενισχυση υψους|επιδότησ|επιδοτησ|εγγύηση του δημοσίου|εγγυηση του δημοσιου|\bepidom|\bapozimios|\bepistrofi forou|\benisxys|\bepidotis|\bcompensati\w{1,3}\b|\bajutor\w{0,3} (de stat|guvernamental|de urgenta|financiar|social|de incalzire)|\bbonus\w{0,3} (de|la) pensie|\bindemnizati\w{1,3}|\btichete sociale|\bvoucher\w{0,2} (energetic|social|de energie)|\brestituire|\brambursare|\bplatit in plus|\bcredit garantat de stat|\bprogram\w{0,3} guvernamental|\bfonduri nerambursabile|\bsprijin financiar|еднократна помощ|безвъзмездна помощ|държавна помощ|социална помощ|финансова помощ|помощ от|добавка към|добавка за|добавка от|компенсаци|надвнесен|възстановяване|безвъзмездн|държавна гаранция|подпомагане|\bkompensaci|\b(drzavn|jednokratn|novcan|socijaln|energetsk|financijsk)\w{0,3} pomoc\b|\bdodat(ak|ka) (za|na|od)\b|\bpovrat poreza|\bpovracaj|\bpovrat uplacen|\bnaknad\w{1,2} za\b|\bbespovratn\w{1,3}|\bpotpor\w{1,2}\b|\bsubvencij\w{1,2}|\bgarancij\w{1,2} drzave|\bdrzavn\w{1,3} (jamstv|garancij)|(државн|једнократн|новчан|социјалн|енергетск)\S{0,4} помоћ|повраћај|додатак (за|од|на)|накнад\S{0,2} за|бесповратн|гаранциј\S{0,3} државе|\bkompensim\w{0,3}|\bndihm\w{1,2} (ekonomike|financiare|shteterore|sociale)|\bpaket\w{0,3} e ndihmes|\bbonus\w{0,2} (i |e )?(fundvitit|pensionit)|\brimbursim\w{0,3}|\bteprice\w{0,2} (e )?tatim|\bgrant\w{0,2} (prej|nga|per)\b|\bfond\w{0,2} (i |e )?(emergjences|ndihmes|mbeshtetjes)|\bgaranci shteterore|\bpagese shtese|државна помош|еднократна помош|помош за|социјална помош|финансиска помош|додаток (за|од|на)|поврат на данок|неповратни средства|надоместок|државна гаранција)/
    // addressed to the reader as the one entitled, selected or approved ...
    $you = /(δικαιούστε|δικαιουστε|επιλεγεί|επιλεγει|επιλεγήκατε|επιλεγηκατε|εγκρίθηκε|εγκριθηκε|προεγκριθεί|προεγκριθει|υπέρ σας|υπερ σας|εντάχθηκε|ενταχθηκε|αδιάθετο|αδιαθετο|δικαιούχ|δικαιουχ|\bepilegei|\bdikaiouste|\begkrithike|\bati fost (selectat|aprobat|ales|inclus)\w{0,2}|\bsunteti (selectat|aprobat|eligibil|preaprobat)\w{0,2}|\bbeneficiati\b|\baveti dreptul|\baveti (o suma|de primit|de recuperat)|\bfigureaza pe lista|\beste eligibil\w{0,2}|имате право|одобрена ви|одобрен ви|одобрени сте|полагат ви|полага ви|на ваше име|избрани сте|предварително одобрен|имате надвнесен|\bimate pravo|\b(ostvarili|stekli) ste pravo|\bsleduje\b|\bpripada vam|\bodobren\w{0,2} vam|\bodabran\w{0,2}\b|\bizabran\w{0,2} ste|\bunapr(ij)?ed ste odobreni|\butvrden vam|остварили сте право|изабрани сте|одобрен\S{0,2} вам|\bjeni (perzgjedhur|zgjedhur|miratuar|paramiratuar)|\bkeni perfituar|\bkeni (nje|te drejte)\b|\beshte miratuar|\bemri juaj|\bu jepet|добивте право|избрана е|однапред сте одобрени)/
    // ... or with a deadline
    $now = /(σήμερα|σημερα|αύριο|αυριο|προθεσμία|προθεσμια|λήγει|ληγει|\bsimera\b|\bazi\b|\bastazi\b|\btermen\w{0,3}\b|\bpana (maine|la ora)|\blocuri limitate|днес|срок|до края на деня|\bdanas\b|\brok\w{0,2}\b|\bdo kraja dana|\bdo sutra|\bistice\b|данас|до краја дана|рок |\bsot\b|\bafati\b|\bderi neser|\bbrenda dites|денес|денеска|рокот|до крајот на денот|истекува)/
    // the chat handle ("Telegram @..."), or the ID and bank details to send
    $chat = /\b(viber|whatsapp|telegram|signal)\b.{0,12}@[a-z0-9_]/
    $idask = /(στείλτε|στειλτε|απαντήστε|απαντηστε|αποστείλετε|αποστειλετε|στέλνοντας|στελνοντας|\bsteilte|\btrimiteti|\braspundeti|\btransmiteti|\bcomunicati|изпратете|отговорете|пратете|\bposaljite|\bodgovorite|\bdostavite|пошаљите|одговорите|\bdergoni|\bpergjigjuni|испратете|одговорете).{0,80}(αμκα|αφμ|iban|αριθμό λογαριασμού|αριθμο λογαριασμου|λογαριασμ|ταυτότητ|ταυτοτητ|αριθμό κάρτας|αριθμο καρτας|\bcnp\b|\bbuletin|\bcart\w{1,3} de identitate|\bnumarul cardului|\bdatele cardului|\bcont\w{0,3} bancar|егн|лична карта|личната карта|банкова сметка|номер на карта|номер на сметка|\bjmbg|\boib\b|\blicn\w{1,3} kart|\bosobn\w{1,3} iskaznic|\bbroj\w{0,2} (tekuceg )?racuna|\bbroj kartice|јмбг|личн\S{0,3} карт|број рачуна|текућег рачуна|\bkart\w{1,3} (se )?identitetit|\bleternjoftim|\bnumrin personal|\bllogari|\bnumrin e kartes|ембг|трансакциска сметка|број на сметка)/
    // a relative's or the reader's own word, the office asking to come in or saying the money will be paid into the
    // account it holds, or a warning passed on
    $me = /(θα πιστωθεί|θα πιστωθει|πιστώθηκε|πιστωθηκε|\bse vireaza\b|\bva fi virat\w{0,2}|\ba fost virat\w{0,2}|ще бъде преведен|ще я получите|ще ги получите|\bbice (uplacen|isplacen)\w{0,2}|\bbit ce (uplacen|isplacen)\w{0,2}|\bisplatit ce se\b|\bdo te (kalohet|paguhet)\b|ќе биде уплатен|ќе биде исплатен|μαμά|μαμα|μπαμπά|μπαμπα|γιαγιά|γιαγια|πάρε με|παρε με|σου |λογιστ|ελάτε|ελατε|περάστε|περαστε|\bmama\b|\bmamaie\b|\btata\b|\bbunic\w{1,2}|\bsuna-ma|\bmi-a\b|\bti-a\b|\bam primit|\bai primit|\bcontabil\w{0,3}|\bveniti\b|\bghiseu\w{0,2}|мамо|тате|бабо|обади ми|звънни ми|счетоводит|елате|\bmamu\b|\bbaka\b|\bdeda\b|\bpozovi me|\bnazovi me|\bdobio sam|\bdobila sam|\bknjigovod|\bracunovod|\bdodite\b|\bdjite\b|мама|тата|позови ме|дођите|\bmami\b|\bbabi\b|\bvella\b|\bme telefono|\bparaqituni|тато|јави ми|дојдете)/
    $warn = /(απάτη|απατη|απατεών|απατεων|προσοχή|προσοχη|ψεύτικ|ψευτικ|ποτέ|ποτε|\bfrauda\b|\bfraude\b|\binselaciun|\bescroc|\bfalse\b|\batentie\b|\bniciodata\b|\bnu solicit|\bnu raspundeti|измам|внимание|никога|не давайте|\bprevar|\bprijevar|\blazn\w{1,3}\b|\bpaznja\b|\bupozorenje\b|\bnikada\b|\bne odgovarajte|превар|лажн|пажња|никада|\bmashtr|\bkujdes\b|\bkurre\b|\basnjehere\b|измамн|никогаш|не одговарајте)/
    // Chinese: a subsidy, an allowance, a social or health insurance refund, a pension or relief payment ...
    $zh_story = /(补贴|補貼|补助|補助|津贴|津貼|退费|退費|退税|退稅|社保|醫保|医保|勞保|劳保|年金|育儿补|育兒補|纾困|紓困|救助金|慰问金|慰問金)/
    // ... the reader qualified, selected, approved or not yet collecting it ...
    $zh_you = /(符合|已被选中|已被選中|尚未领取|尚未領取|未领取|未領取|已核准|已列入|可领取|可領取|资格|資格|已发放|已發放)/
    // ... a private contact (WeChat, QQ, LINE, a "specialist" to call) with a deadline, or the ID and bank-card numbers
    $zh_chat = /(微信|加微|\bqq\b|\bline\b|加賴|致电|致電|联系专员|聯繫專員|联系工作人员|聯繫工作人員|联系客服|聯繫客服)/
    $zh_now = /(今日|今天|逾期|截止|尽快|盡快|立即|请即|請即|作废|作廢|取消资格|取消資格)/
    $zh_id = /(回复|回覆|回復|提交|提供|发送|發送).{0,60}(身份证|身分證|身份證|身分证|银行卡|銀行卡|银行帐号|銀行帳號|银行账号|帳號|账号)/
    $zh_no = /(警惕|诈骗|詐騙|冒充|小心|谨防|謹防|妈|媽|爸|我的|我已|我明天|帮你|幫你)/
  condition:
    (sender_kind == "phone" or sender_kind == "email")
    and (($story and not $warn and not $me
        and ($idask or ((gov_callback_number_local or $chat or phone_count > 0) and ($you or $now))))
      or ($zh_story and $zh_you and (($zh_chat and $zh_now) or $zh_id) and not $zh_no))
}

rule gov_medicare_device_offer : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A medical device (back or knee brace, glucose monitor, hearing aids) 'covered 100% by Medicare, at no cost to you', to claim by a reply or a call"
  strings:
    $scheme = /\b(medicare|medicaid|part b)\b/
    $device = /\b((back|knee|wrist|ankle|neck|shoulder) braces?|glucose (monitor|meter)|cgm|continuous glucose|hearing aids?|diabetic (supplies|test strips|shoes)|test strips|mobility scooter|power chair|wheelchair|medical alert (device|system|button)|pain relief device|tens unit|covid (tests?|test kits?))\b/
    $free = /\b(at no cost|no cost to you|no charge to you|free of charge|zero cost|(100|100%) (covered|coverage|paid)|covered (100|in full|at 100|fully)|fully covered|no out-of-pocket|\$0 (cost|copay)|for free|free)\b/
    $claim = /\breply "?(yes|y|1|2|ok|brace|claim)"?\b|\b(to|and) (claim|get|order|receive|request) (yours|it|one|your (free |new )?[a-z]{1,8})\b|\b(you|u) (qualify|are eligible|may qualify|have been approved)\b|\b(call|dial) (now|today|toll[- ]free)\b/
  condition:
    $scheme and $device and $free and $claim and (phone_count > 0 or url_count > 0 or caps_keyword_count > 0 or contact_count > 0)
}

rule gov_debt_writeoff_lure : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A 'government-backed' scheme to write off most of your debt: check if you qualify at a link"
  strings:
    $off = /\b(write off|wipe|wipe out|clear|cancel|forgive|reduce)( up to)?( [0-9]{1,2}% of)? (your |all your |of )?(debts?|what you owe|credit card debt|credit card balances?|balances?|loans?)\b|\bwrite off up to\b/
    $gov = /\b(government|govt|state|federal|new law|scheme|programme|program|initiative|legislation)\b/
    $check = /\b(qualify|eligible|eligibility|check|apply|see if)\b/
  condition:
    $off and $gov and $check and (url_count > 0 or phone_count > 0 or contact_count > 0)
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule gov_visa_lottery_fee : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "'You were selected in the Diversity Visa or Canada visa lottery, pay the processing fee' (often by Wave, Orange Money or MTN mobile money, MonCash, Western Union or MoneyGram): the visa-lottery fee lure (English, French, Spanish, Albanian, Haitian Creole; the real lottery never texts winners, and Canada has none)"
  strings:
    $lottery = /\b(diversity visa|dv-?20[0-9]{2}|dv lottery|green card lottery|visa lottery|(canada|canadian|american|us|usa) (visa |immigration |green card )?lottery|loterie (de |de la |du |des )?(visa|dv|green card|carte verte|diversite|americaine|canadienne|canada|usa|etats-unis|immigration)|(programme|tirage) (de |du )?(la )?(loterie|visa) (dv|canada|canadien|americain|usa)|loteria de (visas?|la visa|green card|la green card|la diversidad|tarjeta verde)|sorteo de (visas?|green card|la green card)|visa de (la )?diversidad|l?lotari\w{0,3} (e vizave|amerikane|kanadeze|dv|green card)|lotri (viza|dv|kat ve(t)?|green card|ameriken|kanada))\b/
    $won = /\b(selected|winner|won|chosen|successful|selectionnee?s?|retenue?s?|gagnante?s?|choisie?s?|tiree? au sort|seleccionad[oa]s?|ganador(a|es)?|elegid[oa]s?|favorecid[oa]s?|perzgjedhur|zgjedhur|fitues\w{0,2}|fituar|urime|chwazi|genyen|gayan|konpliman)\b/
    $fee = /\b(fee|fees|pay|payment|frais|payer|payez|paiement|envoyez|wave|orange money|mtn|momo|mobile money|moov money|free money|airtel money|pague|pagar|pago|cuota|tarifa|western union|moneygram|paguani|paguar|pagesa|tarif\w{1,3}|peye|fre|moncash|natcash)\b/
    // the entrant's own news ("I was selected in the DV lottery!")
    $me = /\b(i|we) (was|were|got|have been|am|'ve been|'m) (selected|chosen)\b|\bi won\b|\bj'ai ete (selectionnee?|retenue?|choisie?)\b|\b(fui|sali|salio|salimos) seleccionad[oa]s?\b|\b(dola|dolem) fitues\b|\bjam (perzgjedhur|zgjedhur)\b|\b(mwen|m) (chwazi|genyen)\b/
    // the embassy's own warning ("never texts winners, never asks for a fee")
    $warn = /\b(never|scam|scams|fraudsters|arnaque|arnaques|escrocs|jamais|nunca|estafa|estafas|fraude|mashtrues\w{0,3}|mashtrim\w{0,2}|kujdes|falas|asnjehere|kurre|eskwok|gratis|atansyon)\b/
  condition:
    $lottery and $won and $fee and not $me and not $warn and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule gov_aid_id_and_account : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A 'government aid' or benefit payout that asks for a photo of your ID card and your bank account number by chat, or a government or humanitarian aid to register for by replying YES with a photo of your ID card: identity harvesting (English, Indonesian, Malay, Tagalog; Caribbean English and Patois, Latin American Spanish, Haitian Creole)"
  strings:
    $id = /\b(photo|foto|picture|pic|copy|scan|selfie)( of| dari| ng)? (your |ur |anda )?(id|ktp|e-ktp|kk|nric|mykad|aadhaa?r|nin|bvn|national id|id card|passport|umid|philsys)\b/
    $acct = /\b(account number|acct (no|number)|bank details|nomor rekening|no\.? rekening|rekening|bank account|nombor akaun|akaun bank|gcash number)\b/
    // "ke WA 0813...": WhatsApp, as Indonesian and Malay write it
    $wa = /\b(ke|via|lewat|melalui) wa\b/
    // or a government or humanitarian aid to register for by replying YES with a photo of the ID card (Caribbean
    // English and Patois, Latin American Spanish, Haitian Creole; accents folded)
    $aid2 = /\b(humanitarian (aid|assistance|relief|support|grant|fund)|government (aid|assistance|relief|support|grant|help|benefit|payment)|govament (help|money|grant|aid)|relief (aid|package|grant|support|payment)|(food|cash) (assistance|aid|voucher|grant)|ayuda (humanitaria|del gobierno|gubernamental|economica|alimentaria|social|de emergencia)|bono (del gobierno|solidario|humanitario)|apoyo (del gobierno|economico|gubernamental|humanitario)|subsidio (del gobierno|humanitario|de emergencia)|(ed|ede|asistans|kob|lajan) (imanite|gouvenman|leta))\b/
    $reply2 = /\b(reply|repli|answer|text back|responda|responde|conteste|reponn|reponn ak)\b.{0,12}\b(yes|yeah|yah|si|wi)\b/
    $id2 = /\b(photo|foto|picture|pic|pikcha|copy|scan)( of| a| ah| de| del)? (your |yuh |ur |su |tu )?(id|id card|national id|voter'?s? id|trn|passport|drivers licen[cs]e)\b|\bfoto (de |del )?(su |tu )?(cedula|dui|ine|identificacion|documento( de identidad)?|dpi|carnet|pasaporte|tarjeta de identidad)\b|\b(foto|pic|photo) (kat|kat idantite|kat id|cin|nif|paspo|lisans)( ou| w)?\b/
    $aid_me = /\b(my|mi|mwen|mom|mum|mommy|mama|manman|granny|abuela|lol|jaja|haha)\b/
    $aid_warn = /\b(scam|scams|scammers?|fraud|fraudsters|beware|never|estafa|estafas|fraude|nunca|eskwok|atansyon|pa voye)\b/
  condition:
    (($id and $acct and (contact_count > 0 or phone_count > 0 or url_count > 0 or $wa))
      or ($aid2 and $reply2 and ($id or $id2) and not $aid_me and not $aid_warn))
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule gov_aid_id_number_by_text : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A relief payout (BISP, Ehsaas, a stimulus) 'has arrived' and your ID card number must be texted to this number to collect it: the programme's own short code never asks that from a personal number (Urdu, romanised Urdu, English); or a 'ministry officer' on a personal number with a cash transfer, welfare, humanitarian or youth-empowerment grant or loan for you, or a donor's youth grant (USAID, UNDP, World Bank, Mastercard Foundation, Tony Elumelu) or a telecom or company foundation's aid (MTN, Orange, Airtel, Sonatel) you were 'selected' for or are the beneficiary of, that wants your BVN, NIN, account or mobile-wallet number (Wave, Orange Money, MoMo) or a registration or file-processing fee (English of Nigeria, Ghana, Sierra Leone, Gambia and Kenya, Pidgin; West African French)"
  strings:
    $scheme = /\b(bisp|ehsaas|ahsaas|benazir|8171|relief (payment|fund)|stimulus|government (aid|grant|payment))\b|(بینظیر|احساس|امدادی رقم)/
    $id = /\b(cnic|id card number|national id number|id number)\b|(شناختی کارڈ)/
    $send = /\b(send|text|sms|bhejein|bhejen|bhejo|bhej dein|bhej den|forward|provide|submit|drop|pay)\b|(بھیجیں|بھیج دیں|ارسال کریں)/
    // West and East Africa: a cash transfer, palliative, welfare or humanitarian grant ...
    $cash = /\b(conditional cash transfer|cash transfer|n-?power|social investment|humanitarian (affairs|ministry|grant|fund|aid|support|palliative)|ministry of (humanitarian|social|gender|women|labour|youth)|poverty alleviation|palliatives?|trader ?moni|market ?moni|farmer ?moni|survival fund|leap (grant|cash|programme|program|payment)|inua jamii|hunger safety net|(social )?welfare (grant|fund|payment|support|programme|program)|social protection (grant|fund|payment|programme|program)|empowerment (grant|fund|programme|program|scheme|money|payment|loans?)|youth (empowerment|employment|enterprise|development) (loans?|grants?|funds?|scheme|programme|program|project|agency|commission|initiative)|national youth (commission|council|service)|naycom|neip|(federal|fg|government|govt|presidential) (grant|palliative|empowerment|cash|support|relief|intervention|fund)|cbn (grant|intervention|loan))\b/
    // or a donor's or foundation's youth grant (USAID, UNDP, the World Bank, the Mastercard Foundation,
    // the Tony Elumelu Foundation)
    $donor = /\b(usaid|undp|world bank|mastercard foundation|tony elumelu|elumelu foundation|unicef|unesco|united nations|un women|african development bank|afdb|ecowas|ford foundation|gates foundation|dangote foundation)\b|\b(mtn|orange|airtel|glo|9mobile|safaricom|vodacom|vodafone|telecel|airteltigo|africell|moov|sonatel|tigo|econet|wave|ecobank|dangote|totalenergies) (foundation|fondation)\b|\b(foundation|fondation) (mtn|orange|airtel|glo|safaricom|vodacom|vodafone|telecel|africell|moov( africa)?|sonatel|free|expresso|celtiis|tigo|wave|ecobank|dangote|totalenergies)\b/
    $grant = /\b(grants?|funding|empowerment|scholarship|stipend|seed (capital|fund|funding)|business support|aid|support fund|assistance|donation|cash (gift|support|award))\b/
    // ... that the reader needs only an ID number, an account or a fee to receive ...
    $ask = /\b((momo|mobile money|wallet|wave|orange money|m-?pesa|airtel money|vodafone cash|telecel cash|mtn money) (number|no|account)|bvn|nin|bank verification number|national identification number|nin slip|ghana ?card( number)?|account (number|details|no)|acct (no|number|details)|bank details|(processing|registration|activation|transfer|clearance|approval|release|verification) (fee|charge|charges)|to (process|release|activate|open) (your|the) (file|grant|funds?|application|payment)|file (processing|opening))\b/
    // ... addressed to the reader as a payee (a friend helping with a form says none of these)
    $payee = /\b(you (have been|are|were|don) (selected|approved|shortlisted|enrolled|captured|qualified|eligible|listed|among)|you don (qualify|dey among|enter)|your (name|number|phone number) (is|was|has been|don) (among|on|listed|selected|approved|shortlisted|captured|enter)|beneficiar(y|ies)|to (receive|collect|claim|access) (your|the|am|una|this)|(ministry|programme|program|welfare|desk|field|relations) officer|your (payment|grant|money|fund|funds|cash|palliative|benefit|stipend) (is|has been|don|will)|make (we|i|dem) (pay|credit|process|release) (you|your|am)|credit (your|you) (account|acct)|(approved|granted|reserved|allocated|earmarked) for you)\b/
    // French (West Africa): the foundation's aid to you, "send your name and your Wave or Orange Money number"
    $fr_benef = /\bvous (etes|avez ete) (l'un des |l'une des |parmi les |le |la )?(heureux |heureuses )?(beneficiaires?|selectionnee?s?|retenue?s?|choisie?s?|eligibles?|gagnante?s?)\b|\bvotre (numero|nom) (a ete|est) (selectionne|retenu|tire|choisi|parmi)\b|\ben tant que beneficiaire\b|\bbeneficiaire d'une? (aide|don|subvention|financement|appui|soutien|enveloppe|somme|bourse)\b/
    $fr_ask = /\b(envoyez|envoyer|communiquez|communiquer|transmettez|transmettre|donnez|donner|fournissez|fournir|ecrivez|renseignez|precisez)\b.{0,60}\b(numero (wave|orange money|om|momo|mtn( mobile)? money|moov( africa)? money|mobile money|flooz|t-?money|free money|airtel money|de paiement|de transfert)|(wave|orange money|momo|mobile money|flooz|moov money|mtn money)|nom (complet|et prenoms?))\b/
    $warn = /\b(scam|scams|scammers?|fraudsters|beware|never (ask|request)|arnaque|arnaques|escroc|escrocs|escroquerie|jamais|mefiez)\b/
  condition:
    (($scheme and $id and $send) or (($cash or ($donor and $grant)) and $ask and $payee and $send and not $warn)
      or ($donor and $fr_benef and $fr_ask and not $warn))
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule gov_aid_release_fee : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A local chief, a ministry, a civil-registration office or a bursary fund announcing aid, a bursary, a promotion letter or a new ID card, or a farm subsidy (fertiliser, inputs, an e-voucher) the reader was 'selected' for, that a small fee or a registration fee sent to an officer's number, a Till or M-PESA releases (Swahili, English); A government cash programme's installment or grant 'released' to you that a fee, a load of balance or a file-opening charge sent by mobile wallet releases, from someone's number (Ehsaas and BISP in romanised Urdu and Urdu, or your name 'come up' in the Benazir, BISP or Ehsaas programme and a fee to send by Easypaisa or JazzCash before the aid is paid, or a BISP, Ehsaas or relief amount 'won' that a call and a code for Easypaisa or JazzCash verification collects; India's PM schemes in Hinglish and Hindi (an installment or a loan released for a fee, or an installment held until the Aadhaar number or the UPI PIN is sent or told); Francophone West Africa's aid and youth-financing programmes and donors' grants (USAID, PNUD, World Bank, Mastercard Foundation), paid by Orange Money, Wave or MoMo; a Nigerian scheme's call-up letter, slip or licence 'ready' or 'pending' until a verification fee is paid at a link that is not the agency's .gov.ng site (English)); Southern Africa (Chichewa, Setswana, Shona, isiZulu, Sesotho, English): a fertiliser or farm-input subsidy, free electricity, a tax refund or a grant for a registration fee or your name, ID and wallet number"
  strings:
    // Pakistan: the programme, its installment released, a balance, load or fee, "send it" (formal imperative)
    // (the programme by its name: "ehsaas" alone is "feeling", Benazir a given name)
    $pk = /\b(ehsaas|ahsaas|ehsas) (program|programme|prog|kafalat|emergency|cash|ration|nashonuma)|\bbenazir (income|inkam|support|kafalat|program|programme)|\b(bisp|8171|pm relief (fund|package|program|programme)|(prime minister|wazir ?e ?azam|wazir-e-azam)( ka)? (relief|imdadi) (fund|package|program|programme)|imdadi (raqam|package|program|programme))\b|(وزیر اعظم (ریلیف|امدادی)|امدادی (رقم|پیکج|پروگرام)|احساس (پروگرام|کفالت|ایمرجنسی|کیش|راشن)|(بینظیر|بے نظیر) (انکم|کفالت|پروگرام)|بی آئی ایس پی)/
    $pk_inst = /\b(qist|qisat|qisht|installment|instalment|raqam (jari|jaari|release|aa gayi|mojood|manzoor))\b|(قسط|رقم جاری|رقم آ گئی|رقم منظور)/
    $pk_fee = /\b(balance|blnc|load|easy ?load|fee|fees|charges|kharcha|tax)\b|(بیلنس|لوڈ|ایزی لوڈ|فیس|چارجز|ٹیکس)/
    $pk_send = /\b(bhejein|bhejen|bhej dein|bhej den|bhejain|send karein|send karain|send kren|karwayen|karwaein|karwain|karayen|load karein|transfer karein)\b|(بھیجیں|بھیج دیں|کروائیں|کرائیں|ارسال کریں|لوڈ کریں|ٹرانسفر کریں)/
    // (the programme's own warning: "do not send balance or fees to anyone")
    $pk_warn = /\b(na bhejein|na bhejen|mat bhejein|na dein|na den|mat dein|mat do|muft|bilkul free|fraud|dhoka|dhokay|dhokebaz|hoshiyar|khabardar|jaali|jali)\b|(دھوکہ|فراڈ|ہوشیار|خبردار|نہ بھیجیں|نہ دیں|مت دیں|مفت|جعلی)/
    // or the reader "won" or is eligible for an amount, to call a number and give or quote a code
    // for an Easypaisa or JazzCash "verification" (the wallet taken over), in the formal you
    $pk_win = /\b(mubarak|mubarik|mubaarak|congratulations|inaam|inam|jeet|jeeti|jeeta|jeet gaye|muntakhib|mustahiq|mustahaq|eligible|selected|select|manzoor|qualify)\b|(مبارک|انعام|جیت|منتخب|مستحق|اہل|منظور)/
    $pk_wallet = /\b(easypaisa|easy paisa|jazzcash|jazz cash)\b|(ایزی پیسہ|ایزی پیسا|جاز کیش)/
    $pk_code = /\b(code|pin|otp|verification|verify|tasdeeq|tasdeeqi)\b|(کوڈ|تصدیق|ویریفکیشن|ویریفیکیشن)/
    $pk_you = /\b(aap|aapka|apka|aapki|apki|aapko|apko|aapke|apke)\b|آپ/
    $pk_call = /\b(rabta|raabta|rabita|call karein|call karain|call kren|call kijiye)\b|(رابطہ|رابطا|کال کریں)/
    // (a relative's word about a mother's installment: "ammi ka code mujhe bhej do")
    $pk_me = /\b(ammi|ammy|abbu|abba|amma|nani|dadi|khala|phuppo|mujhe|mera|meri|humein|hamein)\b|(امی|ابو|مجھے|میرا|میری)/
    // or a fee paid first and the aid promised after it: "4 hazar ki fees Easypaisa karo tou 25 hazar mil
    // jayenge" (the wallet as the verb, the informal or the formal imperative) ...
    $pk_pay = /\b(easypaisa|easy paisa|jazzcash|jazz cash|easyload|easy load|load|transfer|send|jama) ?(karo|kro|kardo|kar do|karein|karen|karain|kren|kar dein|kar den|karwao|karwa do|karwa dein|karwayen|karwaein|karao)\b|\b(bhejo|bhej do|bhejdo)\b|(ایزی پیسہ|ایزی پیسا|جاز کیش|ایزی لوڈ|لوڈ|جمع|ٹرانسفر) ?(کرو|کریں|کر دیں|کر دو|کروائیں|کرائیں|کروا دیں|کروا دو)|بھیج دو/
    // ... then the payout: "mil jayenge", "aap ko mil jayegi" (Urdu script: "مل جائیں گے")
    $pk_get = /\b(hasil karne (ke|kay) liye|hasil karein|wusool karne (ke|kay) liye|wasool karne (ke|kay) liye|mil jayenge|mil jaenge|mil jayen ge|mil jayegi|mil jaegi|mil jaye gi|mil jayega|mil jaega|mil jaye ga|milenge|milen ge|milegi|mile gi|milega|mile ga|jari ho jayegi|jari ho jaegi|release ho jayegi|release ho jaegi|aap ke account mein)\b|(حاصل کرنے کے لیے|حاصل کریں|وصول کرنے کے لیے|وصولی کے لیے|مل جائیں گے|مل جائے گی|مل جائے گا|ملیں گے|ملے گی|ملے گا|جاری ہو جائے گی)/
    // India: a PM scheme's installment released, a registration or processing charge, pay it by UPI
    $in = /\b(pm kisan|pm-kisan|pradhan ?mantri|pm (awas|mudra|yojana|svanidhi|ujjwala|vishwakarma)|ladli (behna|behan|bahna)|mahila samman|jan dhan|sarkari yojana|modi sarkar|berojgari bhatta|lakhpati didi)\b|(पीएम किसान|प्रधानमंत्री|प्रधान मंत्री|लाडली बहना|सरकारी योजना)/
    $in_inst = /\b(kist|kisht|qist|installment|instalment|rashi|raashi|loan (approved|sanctioned|manjoor|sweekrit|pass))\b|(किस्त|क़िस्त|राशि|(लोन|ऋण) (स्वीकृत|मंजूर|पास))/
    $in_fee = /\b(registration|processing|file|verification|activation|kyc|gst|tax|service) (charge|charges|fee|fees|shulk|kharcha)\b|(रजिस्ट्रेशन|प्रोसेसिंग|पंजीकरण|सत्यापन|फाइल|फ़ाइल) ?(चार्ज|फीस|शुल्क)/
    // (the ask, not a wallet named: "maine Paytm kar diya" is a relative's own payment)
    $in_pay = /\b(phone ?pe|paytm|g ?pay|google ?pay|upi|bhim|jama|pay|transfer) ?(karein|karen|kijiye|kar dein|kar dijiye|karna hoga|karne honge|karwayen)\b|\b(bhejein|bhejen|bhej dijiye)\b|(फोनपे करें|पेटीएम करें|यूपीआई करें|जमा करें|जमा करना होगा|भेजें|पे करें|भुगतान करें)/
    // ... or, the installment held, the Aadhaar number or the UPI PIN to tell or send (no warning passed on)
    $in_pin = /\b(upi pin|aadhaa?r (number|no|card number)|atm pin)\b|(यूपीआई पिन|आधार नंबर|आधार संख्या|एटीएम पिन)/
    $in_tell = /\b(batayein|bataiye|bataein|bata dijiye|bata dein)\b|(बताएं|बताइए|बताएँ|बता दें)/
    $in_no = /\b(na (batayein|bataye|bataen|den|dein)|mat (batao|batayein|do|dena)|never|fraud|fake|farzi|dhokha)\b|(न बताएं|ना बताएं|मत बताएं|कभी न|फर्जी|सावधान|धोखा)/
    // Francophone West Africa: an aid or youth-financing programme, you the beneficiary, a file fee by wallet
    $fr_prog = /\b(aide (du gouvernement|de l'etat|gouvernementale|sociale|humanitaire|presidentielle|financiere)|subvention|programme (gouvernemental|national|presidentiel|d'aide|social|d'appui|de soutien|special|d'autonomisation)|fonds (national|de solidarite|d'appui|de soutien|d'insertion|de garantie)|financement (des jeunes|de la jeunesse|jeunes|des femmes|de projets?)|pret (sans interet|d'honneur)|filets sociaux|transferts? monetaires?|bourse de securite familiale|cash transfert|fnpj|der ?\/ ?fj|usaid|pnud|undp|unicef|unesco|nations unies|banque mondiale|banque africaine de developpement|union europeenne|fondation (mastercard|tony elumelu|dangote|bill (et|&) melinda gates))\b/
    $fr_you = /\bvous (etes|avez ete) (selectionnee?|retenue?|beneficiaire|eligible|choisie?|inscrite?)\b|\bvotre (dossier|financement|aide|subvention|pret|demande|credit|versement|paiement|projet|candidature) (a ete|est) (validee?|approuvee?|accordee?|debloquee?|disponible|retenue?|prete?|selectionnee?)\b|\ben tant que beneficiaire\b/
    $fr_fee = /\bfrais (d'ouverture|de dossier|d'inscription|de traitement|de deblocage|de transfert|d'activation|de validation|de retrait|administratifs|de timbre)\b|\bouverture (de |du )?(votre )?dossier\b|\bpour (le traitement|l'ouverture|la validation|l'activation|le deblocage|la constitution|l'etude) (de |du )?(votre |ton )?(dossier|financement|subvention|pret|credit|fonds)\b|\b(faites|effectuez|faire|effectuer) (un|le) (depot|versement|transfert) de\b/
    $fr_pay = /\b(orange money|wave|momo|mtn money|moov money|free money|flooz|t-?money|airtel money|mobile money|envoyez|payez|versez|transferez)\b/
    $fr_warn = /\b(arnaque|arnaques|escroc|escrocs|escroquerie|jamais|mefiez|aucun frais|ne payez|n'envoyez)\b/
    // Nigeria: a scheme's or agency's document ready or pending, a fee to pay at a link not its own
    $ng = /\b(nysc|jamb|nimc|frsc|n-?power|nasims|nigeria immigration|nis passport|neco|waec)\b/
    $ng_doc = /\b(call-?up letters?|call ?up|posting letter|admission letter|result slip|nin slip|certificate|licen[cs]e|passport|slip|letter|registration|enrol?ment|stipend)\b.{0,60}\b(ready|pending|on hold|awaiting|not (yet )?(activated|printed|confirmed|validated|verified)|(been|is|was) (approved|generated|released|suspended|withheld|blocked|flagged))\b/
    $ng_fee = /\b(verification|processing|activation|validation|printing|clearance|mobili[sz]ation|accreditation|reprint) (fee|charge|charges|levy)\b|\bpay (a |the )?(ngn ?|n|#)[0-9]/
    $ng_warn = /\b(scam|scammers?|fraud|fraudsters|fake|legit|beware|never (ask|charge)|free of charge|does not charge|do not pay|don'?t pay)\b/
    // East Africa (Swahili, English): a chief, a ministry, a civil-registration office or a bursary fund announces aid,
    // a bursary, a promotion letter or a new ID card ...
    $ea_off = /\b(chifu|chief'?s? office|assistant chief|mwenyekiti wa (kijiji|mtaa|serikali ya mtaa)|mkuu wa (wilaya|mkoa)|ofisi ya (chifu|mkuu wa wilaya|mkuu wa mkoa|serikali|rais|waziri|mtendaji)|wizara ya|ministry of|nida|rita|registrar of persons|civil registration|huduma namba|county (government|commissioner)|deputy county commissioner|teachers service commission|tsc|heslb|helb|ng-?cdf|cdf bursary|bursary (fund|committee|office)|afisa (mtendaji|ustawi|elimu|maendeleo))\b/
    $ea_ben = /\b(msaada|misaada|ruzuku|mbolea|pembejeo|e-?voucher|fertili[sz]er subsidy|basari|bursary|bursaries|mkopo|barua (yako )?ya (kupandishwa cheo|kupanda daraja|ajira|uhamisho)|kupandishwa cheo|promotion letters?|kitambulisho (chako|kipya|cha taifa)|vitambulisho vipya|new (id|identity|national id) cards?|(id|identity) card (is |has been )?(ready|out|printed)|relief (food|funds?|aid)|food aid|government aid|cash transfer|inua jamii|tasaf|scholarship)\b/
    // ... or the reader 'selected' or listed as a beneficiary with no office named ("umechaguliwa kupokea mbolea ya ruzuku")
    // (or a registration or form fee, which no subsidy programme charges)
    $ea_sel = /\b(umechaguliwa|umeteuliwa|umeselected|imekuchagua|tumekuchagua|jina lako (limeidhinishwa|limechaguliwa|limepita|limeorodheshwa)|serikali (imekuchagua|inatoa|imetoa|itakupa)|wanufaika|mnufaika|ada ya (usajili|fomu))\b/
    // ... that a small fee sent to an officer's number releases (Swahili: "tuma ... kwa namba hii")
    $ea_fee_sw = /\b(tuma|lipa|weka|changia)\b.{0,50}\b(kwa|kupitia|kwenye) (namba|nambari|till( namba)?|paybill|simu|m-?pesa|mpesa|tigo ?pesa|mixx|airtel money|halopesa|lipa namba)\b|\b(namba|nambari) ya (afisa|mhusika|katibu)\b/
    $ea_fee_en = /\b(processing|registration|clearance|facilitation|application|printing|collection|activation|stamp) (fee|fees|charge|charges)\b|\bsmall fee\b|\ba fee of\b/
    $ea_to = /\b(send|pay|transfer|m-?pesa|mpesa)\b.{0,40}\b(to|via|on|through) (this|the|my|our|his|her|officer'?s?|the officer'?s?) (number|line|m-?pesa|mpesa|till)\b/
    // the office's own notice, a warning, or a parent's own errand ("nimelipa", "I went to the chief")
    $ea_warn = /\b(utapeli|tapeli|matapeli|bure|bila malipo|hailipiwi|hakuna malipo|usitume|usilipe|tahadhari|scam|scams|scammers?|fraudsters|free of charge|do not pay|don'?t pay|never (ask|charge)|beware|nimelipa|nililipa|nimeenda|tulienda|i paid|i went)\b/
    // Southern Africa (Chichewa, Setswana, Shona, isiZulu, Sesotho, English of the region): a fertiliser or farm-input
    // subsidy, free electricity units, a tax refund or a government grant, and a registration fee to send, or the name,
    // the ID number and a wallet number to send. The programmes register people at their offices for free and pay
    // the account they hold.
    $sa_prog = /\b(feteleza|fetiraiza|manyolo|umanyolo|menontsha|fertili[sz]er|pfumvudza|farm inputs?|input subsidy|zipangizo za ?ulimi|magetsi aulere|magetsi emahara|motlakase wa mahala|ugesi wamahhala|free electricity|tax refund|sassa|srd grant|grant payment|thuso ya (puso|mmuso)|thandizo la (ndalama|boma)|rubatsiro rwehurumende|uxhaso lukahulumeni|isibonelelo)\b/
    $sa_fee = /\b(ndalama yolembetsera|yolembetsera|mari yekunyoresa|yekunyoresa|imali yokubhalisa|yokubhalisa|tuelo ya go ikwadisa|tefo ya ngodiso|registration fee|processing fee|activation fee)\b/
    $sa_id = /\b(nambala ya (id|chiphaso)|nhamba ye-?id|inombolo ye-?id|nomoro ya (id|omang)|id number)\b/
    $sa_wal = /\b(ye|ne|ku|pa|nge-?)?(airtel money|mpamba|ecocash|onemoney|one money|orange money|myzaka|smega|e-?wallet|m-?pesa|mukuru|wallet number|bank account number)\b/
    $sa_send = /\b(tumizani|lipirani|romela|duela|lefa|tumira|bhadhara|thumela|khokha|send|pay)\b/
    $sa_w = /\b(scam|scams|scammers|never asks?|do not pay|don'?t pay|chenjerani|samalani|chenjerai|qaphela|tlhokomela|hlokomela|palibe ndalama)\b/
  condition:
    (($pk and $pk_inst and $pk_fee and $pk_send and not $pk_warn)
      or ($pk and $pk_win and $pk_wallet and $pk_code and $pk_you and ($pk_call or phone_count > 0) and not $pk_warn and not $pk_me)
      // (the fee sent first and the aid promised after it)
      or ($pk and $pk_fee and $pk_pay and $pk_get and not $pk_warn and not $pk_me)
      or ($in and $in_inst and $in_fee and $in_pay)
      or ($in and $in_inst and $in_pin and ($in_pay or $in_tell) and not $in_no)
      or ($fr_prog and $fr_you and $fr_fee and ($fr_pay or money_count > 0) and not $fr_warn)
      // (a link that is not the agency's .gov.ng site: brand_link_count counts government suffixes)
      or ($ng and $ng_doc and $ng_fee and not $ng_warn and url_count > brand_link_count + platform_url_count)
      or (($ea_off or $ea_sel) and $ea_ben and ($ea_fee_sw or ($ea_fee_en and ($ea_to or phone_count > 0))) and not $ea_warn)
      or ($sa_prog and $sa_send and ($sa_fee or ($sa_id and $sa_wal)) and (phone_count > 0 or $sa_wal) and not $sa_w))
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

// A government allowance, fund, subsidy, loan or family card the reader was selected for, or whose payment is held or
// suspended, and a registration fee to send to a number or a wallet, or the PIN, the ID number or the bank details to
// send, from someone's number. The agencies pay into the account they hold, register people at their offices for free
// and never ask a PIN. (Bengali, Sinhala, Amharic and Devanagari letters are three bytes: gaps in bytes; no word
// boundaries around them. The normaliser drops the Sinhala joiner (written "ප්ර") and splits the Bengali "ya" with a
// dot into the letter and its nukta, so the patterns are written that way.)
rule gov_benefit_fee_or_pin : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A government allowance, fund, subsidy, loan or family card you were selected for, or whose payment is held or suspended, with a registration fee to send to a number or a wallet, or your PIN, ID number or bank details to send, from someone's number (Luganda: PDM and Emyooga funds; Bengali and romanised Bangla: old-age, widow and disability allowances, the family card, a bKash or Nagad PIN; Sinhala: Aswesuma and Samurdhi payments, bank details and NIC; Amharic: government support, the safety net, a fertiliser subsidy or a youth loan; Nepali in Devanagari and romanised: allowances and grants, eSewa and Khalti)"
  strings:
    // Luganda: the fund (PDM, Emyooga, the government's or the President's money, aid, seeds and fertiliser) ...
    $lg_prog = /\b(pdm|parish development|emyooga|gavumenti|pulezidenti|minisitule|obuyambi|ebigimusa|okwekulaakulanya)\b/
    // ... the reader selected, or to receive it ...
    $lg_you = /\b(olondeddwa|kirondeddwa|balondeddwa|erinnya lyo|ofunye|ofune|afune|okufuna|okuzifuna|abanaafuna)\b/
    // ... and a registration fee or money to send or pay "ku namba", to a wallet or a local number (a PDM SACCO's
    // members pay their own fees at the SACCO's account)
    $lg_fee = /\b(okwewandiisa|okuwandiisa|registration fee|fee ya registration|weereza|sindika|osindike|asindike|sasula|osasule|tuma)\b/
    $lg_to = /\bku (namba|nnamba|mobile money|momo|mtn|airtel|0[0-9])/
    $lg_warn = /\b(mwegendereze|weegendereze|abafere|bafere|omufere|abakumpanya|temubawa|temusasula|tosasula|tewasasula|tewali ssente)\b/
    // Bengali: an allowance, the family card, a government grant or gift ...
    $bn_prog = /(ভাতা|ফ্যামিলি কার্ড|টিসিবি|সরকারি অনুদান|সরকারি সহায়তা|প্রধানমন্ত্রীর উপহার|সমাজসেবা|উপবৃত্তি)/
    // ... and the PIN, OTP or a fee the formal imperative asks, or the ID number to send or tell (not "submit a copy
    // at the union council": the office's own ask)
    $bn_ask = /(পিন|ওটিপি|নিবন্ধন ফি|রেজিস্ট্রেশন ফি|টাকা ফি).{0,90}(পাঠান|পাঠিয়ে দিন|দিন|বলুন|বিকাশ করুন|নগদ করুন|রকেট করুন|হোয়াটসঅ্যাপ)|(এনআইডি|পরিচয়পত্র).{0,90}(পাঠান|পাঠিয়ে দিন|বলুন|হোয়াটসঅ্যাপ)/
    $bn_warn = /(সাবধান|প্রতারণা|প্রতারক|ভুয়া|দেবেন না|বলবেন না)/
    // romanised Bangla: the allowance or card, a wallet, and the PIN, ID or fee asked
    $bnr_prog = /\b(vata|vatar|bhata|bhatar|family card|sorkari onudan|sarkari onudan|onudan|upohar|somajseba|shomajsheba|upobritti)\b/
    $bnr_wal = /\b(bkash|bikash|nagad|rocket)\b/
    $bnr_ask = /\b(pin|otp|fee)\b.{0,50}\b(pathan|pathiye din|pathiye den|din|den|bolun|bolen|bolle|korun|koren)\b|\bnid\b.{0,50}\b(pathan|pathiye din|pathiye den|bolun|bolen)\b/
    $bnr_warn = /\b(shabdhan|sabdhan|sabdan|protarona|prottarona|protarok|vuya|bhuya|fake|scam|fraud)\b/
    // Sinhala (and romanised): Aswesuma, Samurdhi, a benefit, an allowance or a subsidy ...
    $si_prog = /(අස්වැසුම|සමෘද්ධි|ප්රතිලාභ|දීමනාව|සහනාධාර|රජයේ ආධාර|සුබසාධන|aswesuma|samurdhi)/
    // ... and the bank details, the NIC, an OTP or a fee to send, give, enter or pay
    $si_ask = /(බැංකු|ගිණුම්|හැඳුනුම්පත්|ජා\.හැ|nic|otp|ගාස්තුව|bank account|account details).{0,120}(එවන්න|යවන්න|කරන්න|ලබා දෙන්න|ලබා දී|ewanna|yawanna|denna|karanna)/
    // ... with the payment suspended or blocked, the reader selected or eligible, or the details sent "to this number"
    $si_hook = /(අත්හිටුවා|නවතා|අවහිර|තෝරාගෙන|සුදුසුකම්|මෙම අංකයට|sms|whatsapp|nawathwa|athhituwa|ankayata)/
    // a warning passed on, or the office's own ask to bring them "to the office"
    $si_warn = /(වංචා|අවවාද|එපා|නොදෙන්න|පරෙස්සම්|කාර්යාලයට|wanchawa)/
    // Amharic: the government, support, a subsidy, aid, the safety net, a loan or fertiliser ...
    $am_prog = /(መንግስት|መንግሥት|ድጋፍ|ድጎማ|እርዳታ|ሴፍቲኔት|ብድር|ማዳበሪያ)/
    // ... the reader selected, approved or listed ...
    $am_you = /(ተመርጠዋል|ተፈቅዶልዎታል|ተጠቃሚ|ስምዎ|ለእርስዎ|ተመዝግበዋል)/
    // ... and a fee, the PIN, the account or ID number to send, pay or enter (formal imperative)
    $am_ask = /(ክፍያ|ፒን|ሂሳብ ቁጥር|መታወቂያ|ፋይዳ|ማስከፈቻ|ምዝገባ).{0,90}(ይላኩ|ይክፈሉ|ያስተላልፉ)/
    $am_warn = /(ማጭበርበር|አጭበርባሪ|አይክፈሉ|አያጋሩ|ተጠንቀቁ|ይጠንቀቁ|ነፃ ነው|ነጻ ነው|ክፍያ የለውም)/
    // Nepali: an allowance, a grant, relief, social security, an employment programme ...
    $ne_prog = /(भत्ता|अनुदान|राहत रकम|सामाजिक सुरक्षा|रोजगार कार्यक्रम)/
    // ... and a fee or the PIN to pay or send, or the citizenship or account number to send (Nepali imperatives; the
    // ward office's own ask is to submit copies at the office)
    $ne_ask = /(शुल्क|पिन|esewa|khalti).{0,90}(पठाउनुहोस्|तिर्नुहोस्|गर्नुहोस्|दिनुहोस्)|(नागरिकता|खाता नम्बर).{0,90}पठाउनुहोस्/
    $ne_warn = /(सावधान|ठग|नपठाउनुहोस्|नतिर्नुहोस्|नदिनुहोस्|लाग्दैन|निःशुल्क|निशुल्क|कार्यालयमा|वडामा)/
    $ner = /\b(sarkari anudan|anudan|bhatta|rahat rakam)\b.{0,120}\b(darta shulka|shulka|esewa|khalti)\b.{0,50}\b(garnuhos|garnuhola|pathaunuhos|pathaunuhola|tirnuhos|tirnuhola)\b/
    $ner_warn = /\b(sabdhan|savdhan|thag|thagi|napathaunuhos|lagdaina)\b/
  condition:
    (($lg_prog and $lg_you and $lg_fee and $lg_to and not $lg_warn)
      or ($bn_prog and $bn_ask and not $bn_warn)
      or ($bnr_prog and $bnr_wal and $bnr_ask and not $bnr_warn)
      or ($si_prog and $si_ask and $si_hook and not $si_warn)
      or ($am_prog and $am_you and $am_ask and not $am_warn)
      or ($ne_prog and $ne_ask and not $ne_warn)
      or ($ner and not $ner_warn))
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule gov_free_phone_benefit : phishing
{
  meta:
    action = "junk"
    weight = 2.5
    description = "A free phone or tablet for people on Medicaid, SNAP or Lifeline, to claim by reply or a link from a person's or a toll-free number (the lead-generation and identity-harvest lure); India's 'government scheme' giving a free laptop, smartphone, recharge, solar panel or scooty to students, farmers or women: register now at a link that is not a government site, from someone's number (Indian English, Hinglish, Hindi)"
  strings:
    $free = /\bfree (iphone|phone|smartphone|tablet|cell ?phone|android|5g phone)\b/
    $aid = /\b(medicaid|snap|ebt|lifeline|acp|affordable connectivity|food stamps|ssi|wic|section 8)\b/
    $reply = /\b(reply|text|txt) "?(yes|y|claim|phone|free|info)"?\b|\bclaim (yours|it|now|your|today)\b/
    // India: the free gadget (English, Hinglish "muft"; Hindi in its letters, three bytes each) ...
    $in_free = /\b(free|muft|muphat) (5g |4g |android |new )?(laptops?|smart ?phones?|mobiles?|mobile phones?|tablets?|recharge|mobile recharge|solar (panels?|pumps?|plants?)|scooty|scooters?|sewing machines?|silai machines?|cycles?|bicycles?|gas (cylinders?|connections?))\b|\b(laptop|smartphone|mobile|tablet|recharge|scooty|silai machine) (free|muft)\b/
    $in_free_dev = /(मुफ्त|मुफ़्त|फ्री|निःशुल्क|निशुल्क)( में)? ?(लैपटॉप|लैपटाप|स्मार्टफोन|स्मार्ट फोन|स्मार्टफ़ोन|मोबाइल|टैबलेट|रिचार्ज|सोलर|स्कूटी|सिलाई मशीन|साइकिल|गैस)|(लैपटॉप|स्मार्टफोन|मोबाइल|रिचार्ज|स्कूटी|टैबलेट) (मुफ्त|मुफ़्त|फ्री)/
    // ... from the government or a scheme ...
    $in_gov = /\b(govt|government|sarkar|sarkaar|sarkari|pradhan ?mantri|mukhya ?mantri|modi|yojana|yojna|scheme|ministry|mantralaya)\b|(सरकार|योजना|प्रधानमंत्री|प्रधान मंत्री|मुख्यमंत्री|मोदी|मंत्रालय)/
    // ... to register for at the link
    $in_reg = /\b(register|registration|apply|avedan|aavedan|form (bharein|bharen|bhare|bharo|bharna)|fill (the |this |your |up )?form|click|last date|eligibility)\b|(रजिस्टर|रजिस्ट्रेशन|पंजीकरण|आवेदन|अप्लाई|क्लिक|फॉर्म भरें)/
    // a fact check or a warning passed on ("PIB Fact Check: this claim is fake")
    $in_warn = /\b(fake|fraud|farzi|scam|fact ?check|pib|beware|dhokha|thagi|afwah|rumou?r)\b|(फर्जी|फ़र्ज़ी|फेक|धोखा|ठगी|सावधान|अफवाह)/
  condition:
    (($free and $aid and (url_count > 0 or phone_count > 0 or $reply))
      or (($in_free or $in_free_dev) and $in_gov and ($in_reg or claim_count > 0) and not $in_warn
        and url_count > brand_link_count + platform_url_count))
    and sender_kind != "alpha" and sender_kind != "shortcode"
}


rule gov_appointment_result_link : phishing
{
  meta:
    action = "junk"
    weight = 2.5
    description = "A DMV, RMV or driver-licence appointment that 'requires verification', is 'not confirmed' or 'will be cancelled' unless confirmed within hours, or a COVID-19 or lab test result 'ready, view', behind a link that is not the state's .gov site, from a person's number or an address (English, Spanish; US): the agency and the lab send from short codes and their own domains"
  strings:
    $dmv = /\b(dmv|department of motor vehicles|motor vehicles? (office|department|division|services)|driver'?s? licen[cs]e (office|renewal|appointment)|rmv|mvd|bmv|dvla|departamento de vehiculos (motorizados|de motor)|(cita|oficina|renovacion|examen) (para |de |del )?(la )?licencia de (conducir|manejo|manejar))\b/
    $appt = /\b(appointment|licen[cs]e|renewal|real ?id)\b.{0,60}\b(requires|require|needs|need|pending|awaiting) (your )?(verification|confirmation|re-?verification)\b|\b(verify|confirm|reconfirm)( your| the)? (appointment|licen[cs]e|identity|details|information)\b.{0,60}\bwithin [0-9]{1,2} ?(hours|hrs|h)\b|\bwithin [0-9]{1,2} ?(hours|hrs)\b.{0,60}\b(cancell?ed|forfeited|released|lost)\b/
    // "your appointment is not confirmed and will be cancelled" (then "confirm within 12 hours")
    $appt_un = /\b(appointment|road test|real ?id)\b.{0,40}\b((is|has|was|remains)( still)? not( yet)?( been)? confirmed|(isn'?t|hasn'?t been)( yet)? confirmed|unconfirmed|will be (automatically )?(cancell?ed|released|forfeited))\b/
    // Spanish (accents folded): "su cita no esta confirmada / sera cancelada", "confirme dentro de 24 horas"
    $appt_es = /\bcita\b.{0,60}\b(no (esta|ha sido|fue) confirmada|sin confirmar|pendiente de (confirmacion|verificacion)|(requiere|necesita) (verificacion|confirmacion)|(sera|va a ser) (cancelada|anulada)|se (cancelara|anulara))\b|\b(confirme|verifique|reconfirme)( su| la)? (cita|licencia|identidad)\b.{0,60}\b(dentro de|en|antes de) (las )?(proximas )?[0-9]{1,2} ?(horas|hrs|h)\b|\b(dentro de|en) (las )?(proximas )?[0-9]{1,2} ?(horas|hrs)\b.{0,60}\b(cancelada|cancelara|anulada|perdera)\b/
    $result = /\b(covid-?19|covid|coronavirus|pcr|antigen|lab|laboratory|blood ?work|blood|test|screening) (test )?(results?|report)\b.{0,40}\b(is|are) (now )?(ready|available|in)\b/
    $view = /\b(view|see|check|access|open|download|confirm|verify|confirme|verifique|ingrese|visite|consulte|acceda)\b/
    // a person's own appointment or results ("my test results are in, look", "mi cita del DMV")
    $me = /\b(my|our) (covid|test|lab|blood|results?|appointment|dmv|licen[cs]e|road test)\b|\b(mi|nuestra) (cita|licencia)\b/
    // a clinic's own patient portal, named as such
    $portal = /\b(mychart|my chart|patient portal|followmyhealth|healthelife|myhealthevet)\b/
  condition:
    // a link to the agency's own address (dmv.ca.gov: a government suffix), a platform or a clinic
    // portal the text names is not the lure's
    // (a result's link counts only when it is also a lure's by its shape: a clinic's own short
    // domain, "kp.org" beside "Kaiser Permanente", is unknown to the lists but no impersonation)
    (($dmv and ($appt or $appt_un or $appt_es)) or ($result and (brand_mismatch_count > 0 or deceptive_url_count > 0 or risky_tld_count > 0 or shortener_count > 0)))
    and $view and not $me and not $portal
    and url_count > brand_link_count + platform_url_count + named_url_count
    // a person's number, or (for the licence office) an address: the iMessage lure's other sender
    and ((sender_kind == "phone" and (sender_line == "mobile" or sender_line == "fixed_line_or_mobile" or sender_line == "invalid" or sender_line == "unknown"))
      or (sender_kind == "email" and $dmv))
}

rule gov_immigrant_aid_fee : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Lures to immigrants: an immigration 'lawyer' pitching an immigration pardon or amnesty with limited places (Spanish), a 'social worker' saying the government is giving TPS or aid for a fee sent (Haitian Creole), a social or case worker asking a fee to release aid (English); a consulate, high commission or immigration officer saying a visa appointment was moved or a work permit, parole or visa approved, and a biometrics, processing or ticket fee to pay by money transfer or at once (Caribbean English and Patois, Latin American Spanish, Haitian Creole); a notario, 'immigration consultant' or fixer guaranteeing papers, a work permit, asylum, parole or residency for a fee, or an immigration office threatening deportation or a blocked file unless a fine, bond or fee is paid (Spanish, French and English to migrants in the US and Canada)"
  strings:
    $es_prog = /\b(perdon migratorio|amnistia migratoria|amnistia para (inmigrantes|indocumentados)|nuevo programa (migratorio|de inmigracion|para (inmigrantes|indocumentados))|permiso de trabajo (gratis|garantizado|inmediato)|residencia (garantizada|rapida|inmediata))\b/
    $es_push = /\b(cupo limitado|cupos limitados|ultimos cupos|plazas limitadas|espacios limitados|solo (hoy|esta semana)|no pierda (esta|su) oportunidad|aplique (ya|hoy|ahora)|califica (ya|hoy)|usted califica|consulta gratis)\b/
    $es_warn = /\b(estafa|estafas|estafadores|fraude|notario|notarios)\b/
    $ht_who = /\b(travaye sosyal|gouvenman an|gouvenman ameriken|leta a|imigrasyon)\b/
    $ht_give = /\b(ap bay|pral bay|ap distribye|ap separe|ou kalifye|ou elijib|ou chwazi)\b/
    $ht_fee = /\b(voye|peye)\b.{0,40}\b(fre|fre yo|fre dosye|fre pwosesis)\b/
    $en_who = /\b(i am|i'm|im|this is) (your |a |the )?(assigned )?(social worker|case ?worker|case manager)\b|\b(your|ur) (assigned |new )?(social worker|case ?worker)\b/
    $en_aid = /\b(grant|assistance|benefits?|aid|relief|funds?|voucher|housing|food stamps|ebt|stipend)\b/
    $en_fee = /\b(processing|release|application|delivery|clearance|activation|registration|transfer|approval) (fee|charge)s?\b|\b(pay|send) (a |the )?(small )?(fee|charge)\b|\bgift ?cards?\b/
    $en_me = /\bmy (social worker|case ?worker|case manager)\b/
    // A consulate, a high commission or an immigration officer: a visa appointment moved, a work permit, parole
    // or visa approved, and a biometrics, processing or ticket fee to pay, often by money transfer (Caribbean
    // English and Patois, Latin American Spanish, Haitian Creole; accents folded) ...
    $vf_who = /\b(consulate|consular (section|officer|office|department)|high commission|embassy|immigration (officer|department|office|services|authority|agent)|uscis|pica|consulado|embajada|seccion consular|oficial (consular|de (inmigracion|migracion))|agente (de )?(inmigracion|migracion)|instituto nacional de migracion|(direccion|oficina) (general )?de migracion|konsila|anbasad|biwo imigrasyon|ofisye imigrasyon|ajan imigrasyon|ambasad\w{1,3}|konsullat\w{1,3}|zyra e emigracionit)\b/
    $vf_news = /\b(your|yuh|unu|ur) (us |canada |canadian |uk |farm work )?(visa|work permit|permit|parole|humanitarian parole|travel authori[sz]ation|petition|application|visa appointment|appointment|interview|biometrics? appointment)\b.{0,40}\b(approved|approve|granted|accepted|rescheduled|re-scheduled|moved|changed|brought forward|postponed)\b|\bsu (visa|permiso de trabajo|permiso|parole|solicitud|peticion|cita|entrevista|cita de biometri(a|cos))\b.{0,40}\b(aprobad[oa]|reprogramad[oa]|cambiad[oa]|adelantad[oa]|movid[oa]|pospuest[oa])\b|\b(viza|pemi travay|pemi|parol|demann|randevou|entevyou|aplikasyon|paspo)( [a-z]{1,8}){0,2} (ou|w|nou)\b.{0,40}\b(apwouve|aksepte|chanje|deplase|ranvwaye|avanse|pare)\b|\b(aplikimi|viza|leja|takimi|intervista|dosja) juaj\b.{0,40}\b(u miratua|eshte miratuar|u zhvendos|u ndryshua|u aprovua|u pranua|eshte bllokuar|u shty)\b|\b(ou|w) (apwouve|aksepte) pou\b/
    // ... the fee ...
    $vf_fee = /\b(biometrics?|processing|visa|application|medical|ticket|airfare|plane ticket|flight|courier|stamping|clearance|permit|booking|reservation) (fee|fees|charge|payment|cost)\b|\b(pago|cuota|tarifa|costo|arancel|cargo) (de |del |por )?(la |el )?(biometri(a|cos)|procesamiento|tramite|visa|boleto|pasaje|permiso|cita)\b|\bfre (biyometrik|biometrik|dosye|pwosesis|viza|tike|paspo|randevou)\b|\b(peye|voye)\b.{0,30}\b(tike|tike avyon|biyometrik|moncash|natcash)\b|\b(depositar|deposite|deposita|pagar|pague)\b.{0,30}\b(cita|biometri\w{1,3}|visa|tramite)\b|\btarif\w{0,3}( e| per| te)? (biometris\w{0,1}|perpunimit|dosjes|vizes|intervistes|aplikimit|takimit)\b|\b(paguani|paguaj|dergoni)\b.{0,30}\b(tarif\w{1,3}|gjob\w{1,3})\b/
    // ... paid to a person: a money-transfer service, or at once
    $vf_via = /\b(western union|moneygram|money gram|remitly|ria|jn money|money transfer|wire transfer|cash app|zelle|moncash|natcash|cam transfer|unitransfer|giro|remesa|transferencia|deposito)\b/
    $vf_urg = /\b(within [0-9]{1,2} ?(hours|hrs|days)|today|immediately|urgent(ly)?|right away|asap|or (it|your (slot|appointment|approval|permit)) (will be|get) (cancell?ed|forfeited|lost)|hoy( mismo)?|de inmediato|inmediatamente|urgente|en (las proximas )?[0-9]{1,2} horas|jodi a|kounye a|imedyatman|ijan|sot|brenda (dites|[0-9]{1,2} oreve)|menjehere|urgjent)\b/
    $vf_me = /\b(my|mi|mwen) (us |canada |farm work )?(visa|work permit|permit|parole|appointment|interview|permiso|cita|entrevista|viza|pemi|randevou)\b|\b(viza|pemi travay|randevou|parol) (mwen|m)\b|\b(pagova|mami|babi|vella|motra)\b/
    $vf_warn = /\b(scam|scams|scammers?|fraud|fraudsters|beware|never|do not pay|don'?t pay|estafa|estafas|fraude|nunca|no pague|eskwok|atansyon|pa peye|pa voye|mashtrues\w{0,3}|kujdes|falas|mos paguani)\b/
    // The fixer who sells papers (Spanish, French, English; accents folded): the papers, permit, asylum, parole or
    // residency ...
    $im_prod = /\b(permisos? de trabajo|residencia( permanente)?|green card|tarjeta verde|asilo|parole( humanitario)?|tps|ciudadania|papeles|numero de seguro social|work permits?|work visa|asylum|permanent residen(ce|cy)|pr card|citizenship|lmia|permis de travail|permis d'etudes|residence permanente|demande d'asile|asile|parrainage|citoyennete|visa de travail|papiers|visas? (americana|de trabajo|canadiense|de turista|de estudiante|de residencia)|cita (consular|garantizada)|viz\w{1,2} pune|leje (pune|qendrimi)|leja e qendrimit|letrat|dokumentet|kontrat\w{1,3} pune|papye|viza|pemi travay|rezidans|paspo|parol)\b/
    // ... a notario, an "immigration consultant", a lawyer's office or a fixer's opener ...
    $im_who = /\b(notari[oa]s?|abogad[oa]s? (de |en )?(inmigracion|migracion)|consultor(es|a)? (de |en )?(inmigracion|migracion)|asesor(es|a)? migratori[oa]s?|gestor(es|a)? migratori[oa]s?|agencia (de )?(inmigracion|migracion|migratoria)|consultants? en immigration|cabinet (d'avocats )?(en |d')immigration|avocate? (en |d')immigration|agence d'immigration|immigration (consultants?|attorneys?|lawyers?|agents?|agency|experts?|specialists?)|sin papeles|need papers|besoin de papiers|arregl(e|a|amos) (sus|tus) papeles|tramitamos|we process|agjenci\w{1,3} (jone|per viza|emigracioni)|ajan (ki travay|imigrasyon)|mwen travay ak anbasad)\b/
    // ... who guarantees the result, gets it for you or says you were selected ...
    $im_fix = /\b((le|te|les) )?(conseguimos|sacamos|saca|arreglamos|garantizamos|aseguramos)\b|\bnous (obtenons|garantissons)\b|\bwe guarantee\b|\b(garantizad[oa]s?|garantie?s?|guarantee[ds]?|sin abogado|no lawyer needed|sans avocat)\b|\b(aprobacion|approval) (garantizada|asegurada|guaranteed|en [0-9]|in [0-9])|\bapproved fast\b|\b(garantojme|garantuar|garanci|ju pergatit\w{0,2}|i bejme|bejme (te gjitha|letrat|dokumentet)|pa interviste|garanti|nou prepare|nou fe papye|nou ka jwenn|(mwen|m|nou) ka ba (w|ou))\b|\b(usted fue|fue|vous avez ete|you have been|you were|you've been) (seleccionad[oa]|selectionnee?|selected|pre-?approved|preaprobad[oa])\b/
    // ... for a fee
    $im_fee = /\b(pague|cuota|costo|anticipo|honorarios|payez|versez|frais|acompte|paiement|fee|fees|retainer|pagesa|paradhenie|cmimi|tarifa|paguani|fre|peye)\b/
    // The threat: deportation, a removal order or a blocked file ...
    $im_dep = /\b(deportacion|deportad[oa]s?|orden de (deportacion|expulsion|remocion)|mesure de renvoi|ordre d'expulsion|deportation|deported|deport you|removal order|order of removal|removal from)\b|\b(expulsion|expulsad[oa]|expulse(e|s|es)?)\b.{0,80}\b(immigration|inmigracion|migracion|statut|estatus|residence|residencia|asile|asilo|permis|permiso|visa|canada|frais|amende|multa)\b|\b(dossier|caso|case|application|solicitud|demande)( de [a-z]{1,12})? (est |esta |is |has been |fue |a ete )?(bloque|bloquead[oa]|frozen|gele|retenid[oa]|suspendu|suspendid[oa])\b|\b(debim\w{0,3}|deportim\w{0,3})\b|\b(leja|dosja|viza) juaj\b.{0,30}\bbllokuar\b/
    // ... unless a fine, a bond or a fee is paid
    $im_pay = /\b(pague|pagar|pagando|paga|deposite)\b.{0,40}\b(multa|fianza|tarifa|cuota|cargo|penalidad|sancion)\b|\b(multa|fianza|tarifa|cuota|cargo|penalidad) de \$|\b(payez|payer|reglez|regler|versez|verser)\b.{0,40}\b(frais|amende|penalite|caution)\b|\b(pay|paying|settle)( the| a| an| your| this)?( [a-z0-9$.,]{1,12}){0,2} (fee|fine|bond|penalty)\b|\bpaguani\b.{0,40}\b(gjob\w{1,3}|tarif\w{1,3}|garanci\w{0,2})\b/
    // an amount written the French way ("950 $", "1 500,00 $"), which the money count does not read
    $im_cad = /[0-9](,[0-9][0-9])? ?\$/
    // or in dollars, gourdes or leks written out ("500 dola", "15,000 goud", "8.000 leke")
    $im_amt = /[0-9] ?(dola|goud|gdes|lek|leke)\b/
    // a person's own case or payment, or a warning passed on
    $im_me = /\b(mi|mis|my|mon|ma) (abogad[oa]|avocate?|lawyer|attorney|caso|case|dossier|solicitud|application|demande|permiso|permit|permis|visa|papeles|papers|papiers|tio|tia|primo|prima|hermano|hermana|esposo|esposa|hijo|hija|cousin|uncle|aunt|brother|sister|husband|wife|son|daughter|oncle|tante|frere|soeur|mari|femme|fils|fille)\b|\b(le pagamos|les pagamos|we paid|i paid|j'ai paye|on a paye|(mwen|m) deja peye|pagova)\b/
    $im_warn = /\b(estafa\w{0,2}|estafador\w{0,2}|fraude\w{0,2}|cuidado|scam\w{0,3}|fraud\w{0,5}|beware|nunca|never|jamais|arnaque\w{0,2}|fraudeur\w{0,2}|escroc\w{0,4}|no pague|don'?t pay|do not pay|aucuns? frais|no cobra|does not charge|eskwok|atansyon|mashtrues\w{0,3}|kujdes)\b/
  condition:
    (($es_prog and $es_push and not $es_warn and (phone_count > 0 or url_count > 0 or contact_count > 0))
      or ($vf_who and $vf_news and $vf_fee and ($vf_via or $vf_urg) and not $vf_me and not $vf_warn
        and (money_count > 0 or phone_count > 0 or $vf_via))
      or ($ht_who and $ht_give and $ht_fee and money_count > 0)
      or ($en_who and $en_aid and $en_fee and not $en_me and (money_count > 0 or phone_count > 0 or url_count > 0))
      // the fixer: papers guaranteed by a notario or a consultant, or for a fee, with its price
      or ($im_prod and $im_fix and ($im_who or $im_fee) and (money_count > 0 or $im_cad or $im_amt) and not $im_me and not $im_warn)
      // the threat: deportation or a blocked file unless a fine, bond or fee is paid
      or ($im_dep and $im_pay and (money_count > 0 or $im_cad or $im_amt or phone_count > 0) and not $im_me and not $im_warn))
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule gov_lab_report_upi_fee : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A 'lab', diagnostic centre or hospital says your test report has an issue or an error and asks a small payment by UPI, Google Pay, PhonePe or Paytm 'to verify' before it sends the report (Indian English, Hinglish): no lab charges to verify a report"
  strings:
    $lab = /\b(lab|labs|laboratory|diagnostics?|pathology|path ?labs?|hospital|clinic|scan (centre|center)|radiology|imaging|blood test|test report|lab report|medical report|health check ?up)\b/
    // the report in trouble (English, Hinglish: "report mein kuch issue hai", "report me galti")
    $issue = /\b(report|reports|result|results|sample)\b.{0,60}\b(issue|issues|problem|problems|error|errors|mismatch|discrepancy|not (generated|uploaded|released|updated)|incomplete|incorrect|galti|gadbad|dikkat|samasya|pending verification|under verification|on hold|rok (di|diya|li)|ruki|ruka|atki|atka)\b/
    // the payment "to verify" (a token amount, refunded), not a bill's balance
    $verify = /\b(verify|verification|verif(y|ied) karne|confirm|confirmation|token (amount|fee|money|payment)|nominal (fee|amount|charge)|refundable|refund (ho|kar|mil) (jayega|jaega|denge|dega)|wapas (mil|kar|ho) (jayega|jaega|denge|dega)|processing (fee|charge)|re-?generat\w{1,4}|re-?issue)\b/
    $upi = /\b(upi|google ?pay|gpay|g pay|phone ?pe|phonepay|paytm|bhim|scan (the |this )?qr|qr code)\b/
    $rupaye = /\b[0-9]{1,4} ?(rupaye|rupay|rupiya|rupya|rupees?)\b/
  condition:
    $lab and $issue and $verify and $upi and (money_count > 0 or $rupaye)
}

rule gov_donation_gift_cards : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A hospital, church, foundation or relief fund raising money for the families of a hurricane, fire or flood, or for sick children, asks donations in Google Play, Apple, Steam or other gift cards, or for the cards' codes (English): no charity collects donations as card codes"
  strings:
    $cause = /\b(hurricane|tornado|wildfire|wildfires|fire victims|house fire|the fire|flood|floods|flooding|earthquake|tsunami|typhoon|cyclone|disaster|victims|orphans|orphanage|homeless|cancer (patients|children|kids)|children'?s hospital|sick (children|kids)|widows|refugees|families (of|affected|who lost)|relief (fund|effort|drive|campaign))\b/
    $give = /\b(donate|donating|donation|donations|contribute|contribution|fundraiser|fundraising|raising (funds|money)|raise funds|charity|charitable|foundation)\b/
    // the gift card as the payment: bought, sent or donated
    $gcpay = /\b(donat\w{1,5}|contribut\w{1,6}|send|sending|buy|buying|purchase|get|give|support)\b.{0,50}\b(gift ?cards?|google play|itunes|apple cards?|steam (cards?|wallet)|razer gold|vanilla (visa|cards?|gift))\b|\b(in|via|with|through|using) (the form of )?([a-z]{1,10} )?(gift ?cards?|google play cards?|itunes cards?|steam cards?)\b/
    // the cards no relief effort has a use for, or their codes asked by text
    $brand = /\b(google play|play store|itunes|apple (gift )?cards?|steam (cards?|wallet|gift)|razer gold|ebay (gift )?cards?|vanilla (visa|gift|cards?))\b/
    $codes = /\b(send|text|share|forward|reply with|email)( me| us)?( the| a)? (card )?(codes?|pins?|card numbers?|claim codes?|pictures?|pics|photos?|picture of the back|back of the cards?)\b|\bscratch (the|off)\b/
    $warn = /\b(scam|scams|scammer|scammers|fraud|fraudsters|beware|never (ask|request|accept\w{0,3}))\b/
  condition:
    $cause and $give and $gcpay and ($brand or $codes) and not $warn
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule gov_health_subsidy_claim : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Health-subsidy and benefit lead generation: your claim for a $X healthcare, ACA or Medicare subsidy, a grocery allowance or a flex card is ready or waiting, call or tap to see if you qualify, often with a STOP footer (English, Spanish to US readers): no agency texts a subsidy to claim"
  strings:
    $subsidy = /\b(health ?care|health|medical|aca|obamacare|insurance|medicare|medicaid|premium|grocery|groceries|food|utility|utilities|rent) (subsid(y|ies)|allowance|benefits?|credit|rebate|stipend|card|funds?)\b|\b(flex (card|benefits?|allowance|spending)|otc (allowance|card)|giveback( benefit)?|subsid(y|ies))\b|\b(subsidio|subsidios|asignacion|ayuda|beneficio|beneficios|credito|reembolso) (de |del |para |en )?(la |el )?(salud|seguro medico|seguro de salud|medicare|medicaid|obamacare|comestibles|alimentos|comida|mercado|despensa|renta)\b|\btarjeta (flex|flexible|de beneficios|de comestibles|para (comestibles|alimentos|comida))\b/
    // the claim ready or waiting, addressed to the reader
    $ready = /\b(your|ur) (claim|benefits?|subsidy|allowance|card|funds|payment|credit|rebate)\b.{0,60}\b(is|are|has been|have been) (now )?(ready|waiting|approved|pending|available|unclaimed|reserved|on hold)\b|\bclaim (your|ur) \$[0-9]|\b(unclaimed|still unclaimed|waiting (for|to be claimed by) you)\b|\bsu (reclamo|reclamacion|beneficio|subsidio|tarjeta|asignacion|pago|credito|reembolso)\b.{0,60}\b(esta|estan|ha sido|fue) (list[oa]s?|aprobad[oa]s?|disponibles?|pendientes?|esperando|reservad[oa]s?)\b|\bsin reclamar\b|\breclame (su|sus)\b/
    // see if you qualify
    $qual = /\b(see|check|find out|learn|verify) (if|whether) (you|u) (qualify|are eligible|may qualify|still qualify)\b|\b(you|u) (may|might|could|can|still) (qualify|be eligible)\b|\b(you|u) (qualify|are eligible|have been approved|are pre-?approved|pre-?qualify)\b|\bpre-?qualified\b|\b(ver|saber|averiguar|verificar|comprobar) si (usted )?(califica|es elegible|cumple)\b|\b(usted )?(puede|podria) (calificar|ser elegible)\b|\busted (califica|es elegible|fue aprobad[oa]|ha sido aprobad[oa])\b/
    // a relative's or a friend's word about their own card ("mom your flex card came")
    $me = /\b(mom|mum|dad|grandma|granny|grandpa|nana|lol|i'll|i can|i think|i told|i called|i saw|we got|my|mami|papi|abuela|abuelo|mija|mijo|mi)\b/
    $warn = /\b(scam|scams|scammer|scammers|fraud|fraudsters|beware|never (call|text|ask)|estafa|estafas|fraude|nunca (llama|pide|envia))\b/
  condition:
    $subsidy and ($ready or $qual) and money_count > 0 and not $me and not $warn
    and (phone_count > 0 or url_count > 0 or contact_count > 0)
    // an insurer's own notice from its short code says the allowance loaded, not "see if you qualify"
    and ((sender_kind != "alpha" and sender_kind != "shortcode") or ($ready and $qual))
}

rule gov_benefit_renewal_link : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A US benefit-renewal lure: your Medicaid, SNAP, WIC or SSI coverage or benefits are ending or will stop, renew or verify now at a link that is not a government domain (English, Spanish): a state agency's renewal links to its own .gov site"
  strings:
    $prog = /\b(medicaid|medi-cal|snap|ebt|wic|ssi|ssdi|calfresh|food stamps|tanf|medicare|social security|lifeline|cupones de alimentos|estampillas de comida)\b/
    // the coverage or the benefits ending, addressed to the reader
    $end = /\byour( [a-z-]{1,12}){0,2} (coverage|benefits?|card|eligibility|enrollment|case|plan)\b.{0,40}\b(is ending|will end|ends|has ended|will stop|stops|expires|will expire|expiring|has expired|is expiring|will be (terminated|cancell?ed|suspended|closed|discontinued|cut off|stopped)|is (about|set) to (end|expire|stop)|(is|are) at risk)\b|\b(you will|you could|you may|to avoid|don'?t) (lose|losing) (your )?(coverage|benefits)\b/
    $renew = /\b(renew|re-?certify|recertify|re-?verify|verify|update|reapply|re-?apply|confirm|re-?enroll|keep (your )?(coverage|benefits))\b/
    $es_end = /\bsu(s)? (cobertura|beneficios?|tarjeta|elegibilidad|caso|plan)\b.{0,40}\b(terminan?|terminaran?|estan? por terminar|van? a terminar|vencen?|venceran?|se vencen?|han? vencido|expiran?|expiraran?|se suspenderan?|seran? (cancelad|suspendid|cortad)[oa]s?|se detendran?|dejaran? de)\b|\b(perder|perdera|pierda|perderia) (su |sus )?(cobertura|beneficios)\b/
    $es_renew = /\b(renueve|renovar|renueva|renuevalo|actualice|actualizar|verifique|verificar|confirme|confirmar|recertifique|recertificar)\b/
    // a relative's word ("mom your Medicaid renewal came, I did it online") or the county's own notice
    $me = /\b(mom|mum|dad|grandma|grandpa|lol|i'll|i can|i did|i think|we need|my|mami|papi|abuela|abuelo|mija|mijo|yo lo)\b/
    $county = /\b(county|caseworker|case worker|condado|trabajador social)\b/
  condition:
    $prog and (($end and $renew) or ($es_end and $es_renew)) and not $me
    // a link that is not the state's: brand_link_count counts .gov and the other government suffixes
    and url_count > brand_link_count + platform_url_count
    // from a person's number or an address; from a sender id or none, a link of an impersonator's shape
    and ((sender_kind == "phone" or sender_kind == "email")
      or deceptive_url_count > 0 or risky_tld_count > 0 or shortener_count > 0 or brand_mismatch_count > 0)
    and not ($county and deceptive_url_count == 0 and risky_tld_count == 0 and shortener_count == 0)
    // a state agency's own reminder ("Ohio Benefits: time to renew your Medicaid at benefits.ohio.gov",
    // "BenefitsCal: ... renew at BenefitsCal.com") from its toll-free number, short code or sender id:
    // every link is the agency's own or the portal the text names in its own words (as toll_unpaid_balance
    // treats a toll agency's notice); a look-alike or a shortener is named by nothing and still counts,
    // and the same text from a mobile number or an address still fires
    and not (url_count <= brand_link_count + platform_url_count + named_url_count
      and (sender_kind == "shortcode" or sender_kind == "alpha"
        or (sender_kind == "phone" and sender_line == "toll_free")))
}

rule gov_visa_slot_documents_wa : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "West Africa: a fixer 'working with the embassy' sells visa-lottery or appointment slots for a fee, or Ghana Cards, passports and driver's licences 'in 3 days, no queue' (English, French)"
  strings:
    $emb = /\b(embassy|high commission|consulate|ambassade|consulat|vfs)\b/
    $seller = /\b(i am|i'm|am|we are|we're) (working|work) (with|at|in|for) (the )?([a-z]{1,12} ){0,3}(embassy|high commission|consulate)\b|\b(i|we) (have|get|can get|can secure|can book|fit get|dey get) ([a-z]{1,10} ){0,3}slots?\b|\bbook (your|ur) slots?\b|\bslots? (available|remaining|left|dey)\b|\bje (travaille|suis) (avec|a) l'ambassade\b|\b(places|creneaux|rendez-vous) disponibles\b/
    $pay = /\b(pay|payment|fee|fees|to process|processing|payez|frais|envoyez|momo|orange money|wave)\b/
    $amt = /[0-9]k\b|[ .,]000\b/
    // documents sold fast: the card, passport or licence, a short delay or no queue, an offer and a contact
    $doc = /\b(ghana card|national id|nin slip|voter'?s? (card|id)|passport|driver'?s? licen[cs]e|drivers licen[cs]e|birth certificate|carte d'identite|cni|passeport|permis de conduire|acte de naissance)\b/
    $fast = /\b(in|within) [0-9]{1,2} (days|hours|working days)\b|\b(no queue|no queuing|without queue|without queuing|no stress|no biometrics?|without biometrics?|no need to (come|go|queue|appear)|sans (file|rang|deplacement|biometrie)|en [0-9]{1,2} (jours|heures))\b/
    $offer = /\b(get your|we (process|do|produce|make|issue|register|sell)|we help (you )?(to )?(get|process)|obtenez votre|nous (faisons|etablissons|delivrons|vendons))\b/
    $call = /\b(call|whatsapp|dm|inbox|appelez|contactez|ecrivez)\b/
  condition:
    (($emb and $seller and $pay and ($amt or money_count > 0)) or ($doc and $fast and $offer and ($call or phone_count > 0 or contact_count > 0)))
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule gov_eu_refund_callback : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A European pension, social-security or tax office (INPS, Agenzia delle Entrate; Seguridad Social, Agencia Tributaria; CAF, impots, Ameli; Finanzamt, Rentenversicherung) says a refund or reimbursement is due to you and asks you to call a 'processing office' number, or to follow a link that is not the agency's own, from a person's number or an address (Italian, Spanish, French, German; accents folded): the offices pay refunds into the account they hold and ask nobody to call"
  strings:
    // the office and its refund, in the same language (Italy's "CAF" is a private tax helper, so
    // "caf" counts only beside the French words)
    $ag_it = /\b(inps|agenzia (delle |della )?entrate|istituto nazionale (della )?previdenza)\b/
    $rf_it = /\b(rimbors[oi]|conguaglio|arretrati|somma (a suo|a tuo|in suo|in tuo) favore)\b/
    $ag_es = /\b(seguridad social|tesoreria general|agencia tributaria|hacienda|aeat|inss|sepe)\b/
    $rf_es = /\b(reembolso|devolucion|reintegro|abono pendiente|ingreso pendiente|cantidad a (su|tu) favor)\b/
    $ag_fr = /\b(caf|caisse d'allocations familiales|impots|dgfip|finances publiques|ameli|assurance maladie|cpam|assurance retraite|cnav|urssaf)\b/
    $rf_fr = /\b(remboursement|trop-percu|trop percu|regularisation en votre faveur|somme (qui )?vous (est|reste) due?)\b/
    $ag_de = /\b(finanzamt|finanzamts|bundeszentralamt|rentenversicherung|rentenkasse|rentenservice|familienkasse|krankenkasse)\b/
    $rf_de = /\b(erstattung|ruckerstattung|steuererstattung|steuerruckerstattung|ruckzahlung|gutschrift|erstattungsbetrag)\b/
    // the call-back, in the formal or the familiar voice ("contatti l'ufficio liquidazioni", "llame a la
    // oficina de tramitacion", "appelez le service de traitement", "rufen Sie die Bearbeitungsstelle an")
    $call = /\b(chiami|chiamare|chiama|chiamaci|contatti|contattare|contatta|telefoni|richiami|richiama|llame|llamar|llamenos|llamanos|contacte|contactar|contacta|comuniquese|marque|appelez|appeler|appelle|contactez|contacter|rappelez|joignez|composez|anrufen|rufen sie|ruf uns|kontaktieren sie|melden sie sich|wenden sie sich)\b/
    // a Spanish number, which the phone count does not read ("llame al 910 555 123", "comuniquese ... en el
    // 612 34 56 78"), after the verb that asks for the call (a rare anchor)
    // compile cost: [0-9]{1,2}[0-9] is [0-9]{2,3}
    $es_num = /\b(llame|llamen|llamar|llamenos|llamanos|contacte|contactar|comuniquese|marque)\b[^.]{0,60}\b(\+34 ?)?[6-9][0-9]{1,2}[0-9][ .]?[0-9]/
    // a person's own word about a refund ("mamma ha chiamato l'INPS", "mi devolucion de Hacienda", "j'ai
    // appele la CAF", "mein Finanzamt"), or a warning passed on (not French "mon": "mon espace" is the lure's own)
    // (not the short words the languages share: Italian "ma" is "but", Spanish "mes" is "month")
    $me = /\b(mamma|papa|nonna|nonno|mia|mio|miei|ho (chiamato|ricevuto|fatto)|mi hanno|mama|abuela|abuelo|he (llamado|recibido)|me han|me ha|mi (devolucion|reembolso|declaracion|renta|madre|padre|abuela|hermana|hermano)|maman|mamie|papi|j'ai|je (vais|suis|viens|dois)|moi|oma|opa|ich|mein|meine|meinen|mir|lol|haha)\b/
    // the helper a person uses for the return (a commercialista, a gestoria, a Steuerberater) writes to its client
    $helper = /\b(patronato|commercialista|gestoria|asesoria|gestor|asesor fiscal|expert-comptable|comptable|steuerberater|steuerberatung|steuerkanzlei|lohnsteuerhilfe)\b/
    // the lure's imperative to open the link (a friend's news link asks for nothing)
    $open = /\b(clicca|accedi|acceda|completa|compili|compila|verifica|verifichi|conferma|confermi|aggiorna|aggiorni|accede|pulse|pulsa|haga clic|complete|rellene|verifique|confirme|actualice|cliquez|cliquer|connectez|completez|remplissez|confirmez|verifiez|mettez a jour|klicken|besuchen|bestatigen|aktualisieren|ausfullen|verifizieren|melden sie sich)\b/
    $warn = /\b(truffa|truffe|truffatori|falso|falsi|estafa|estafas|fraude|falsos|arnaque|arnaques|escroquerie|escrocs|betrug|betruger|betrugsmasche|phishing|scam)\b/
  condition:
    (($ag_it and $rf_it) or ($ag_es and $rf_es) or ($ag_fr and $rf_fr) or ($ag_de and $rf_de)) and not $me and not $warn and not $helper
    and (
      // the number to call, from a person's number or an address
      ($call and (phone_count > 0 or $es_num) and (sender_kind == "phone" or sender_kind == "email"))
      // a link that is neither the agency's own (a government suffix, its table domain) nor one the text names,
      // of an impersonator's shape from any sender, or of unknown standing from a person's number or an address
      or (url_count > brand_link_count + platform_url_count + named_url_count
        and (brand_mismatch_count > 0 or deceptive_url_count > 0 or risky_tld_count > 0 or shortener_count > 0
          or (($open or claim_count > 0) and (sender_kind == "phone" or sender_kind == "email")))))
}

rule gov_eid_renewal_link : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A government e-ID lure: your My Number card, its electronic certificate or the My Number portal (Japan), your mobile ID or Government24 certificate (Korea), your citizen digital certificate or household record (Taiwan) or your VNeID account (Vietnam), or a health or residence card (English, Arabic) is expiring, suspended or needs an update, or a Gulf portal (Absher, Nafath, Tawakkalna, ICP) asks to update the data or choose a number or face a suspension or a fine (Arabic, English), renew or verify at a link that is not the government's domain"
  strings:
    // the e-ID and its problem, per language (a CJK letter is three bytes: gaps in bytes)
    $ja = /(マイナポータル|マイナンバー|マイナ保険証|マイナカード|電子証明書|マイナポイント).{0,90}(失効|有効期限|期限切れ|期限が(切れ|近)|更新|停止|利用(でき|出来)なく|無効|再登録|再認証|認証(が必要|手続)|紐付け|ひも付け)/
    $ko = /(정부 ?24|모바일 ?(신분증|주민등록증|운전면허증)|전자 ?증명서|공동 ?인증서|금융 ?인증서|행정안전부|행안부|국민비서|주민등록증).{0,90}(만료|갱신|재발급|정지|중지|폐기|재등록|업데이트|본인 ?확인|인증 ?필요|효력 ?상실)/
    $tw = /(自然人憑證|數位身分證|行動自然人憑證|健保卡|戶政事務所|內政部|台灣fido|臺灣fido|tw ?fido).{0,90}(到期|過期|失效|更新|逾期|停用|註銷|重新認證|驗證|異常|凍結)/
    $vi = /\b(vneid|dinh danh (dien tu|dien tu muc 2|muc 2|muc hai)|tai khoan dinh danh|can cuoc (cong dan|dien tu)|cccd|the can cuoc|ma dinh danh)\b.{0,60}\b(cap nhat|het han|het hieu luc|bi khoa|tam khoa|vo hieu|kich hoat|xac thuc|tich hop|dong bo|chuan hoa|bo sung|khoa vinh vien)\b/
    // the ask to do it at the link
    $ask = /(こちら|下記|以下|url|リンク|アクセス|ログイン|お手続き|手続きを|ください|下さい|必要があります|必要です|바로가기|접속|클릭|링크|아래|진행|하세요|하시기|바랍니다|點擊|點選|連結|網址|請於|請至|請盡速|立即|\bbam vao\b|\btruy cap\b|\bvao link\b|\bvao duong dan\b|\btai day\b|\bvui long\b|\bngay\b)/
    // the warning passed on, or a person's own errand
    $warn = /(ご注意|に注意|注意して|なりすまし|を装|騙され|だまされ|詐欺|不審|사칭|주의|속지|스미싱|詐騙|冒充|假冒|謹防|小心|切勿|\blua dao\b|\bgia mao\b|\bmao danh\b|\bcanh giac\b)/
    $me = /(私の|僕の|俺の|うちの|してきた|行ってきた|忘れてた|(^|[ ,.!?])(나는|나도|나) |엄마|아빠|我的|我剛|媽|爸|\bcua toi\b|\bcua em\b|\bcua minh\b|\bme oi\b|\bbo oi\b)/
    // a health or residence card "expired" or "suspended", to renew at the link (English, Arabic: no word boundaries)
    $hc_en = /\b(health (card|insurance card)|medical (aid )?card|ehic|ghic|residence (card|permit)|residency (card|permit|visa)|resident (card|id)|emirates id|iqama|civil id|national health insurance card)\b.{0,60}\b(expired|has expired|is expiring|will expire|expires (today|soon|tomorrow)|suspended|deactivated|invalid|blocked)\b/
    $hc_en_ask = /\b(renew|renewal|update|reactivate|re-activate|verify)\b/
    $hc_en_me = /\b(my|mum|mom|dad|lol|i'?ve|i (just|already|need|have|will))\b/
    $hc_ar = /(البطاقة الصحية|بطاقة صحية|بطاقتك الصحية|بطاقة التأمين|التأمين الصحي|الإقامة|الاقامة|إقامتك|اقامتك|الهوية الإماراتية|الهوية الاماراتية|البطاقة المدنية|بطاقة الهوية|هويتك).{0,80}(منتهية|انتهت|انتهاء|منتهي|موقوفة|تم إيقاف|تم ايقاف|سيتم إيقاف|سيتم ايقاف|تعليق)/
    $hc_ar_ask = /(تجديد|جدد|حدث|تحديث|الرابط|اضغط)/
    $hc_ar_no = /(احتيال|احذر|مزيف|وهمي|انتحال|نصب|لا تضغط)/
    // a Gulf portal (Absher, Nafath, Tawakkalna, ICP, UAE Pass, Muqeem, Metrash) asking to update the data or to
    // choose a number in the app, or else a suspension or a fine (Arabic, English)
    $gp = /(أبشر|ابشر|توكلنا|نفاذ|الهوية والجنسية|الهوية الإماراتية|الهوية الاماراتية|مقيم|مطراش|\b(absher|tawakkalna|tawakalna|nafath|nafaz|icp|uae ?pass|muqeem|metrash)\b)/
    $gp_upd = /(تحديث (بيانات|البيانات|بياناتك|الهوية|الإقامة|الاقامة|المعلومات)|حدث بياناتك|اختر الرقم|اختيار الرقم|\b(update|verify|confirm) (your |the )?(data|details|information|emirates id|id)\b|\b(data|details|information) (must|needs to|need to) be (updated|verified|confirmed)|\b(choose|select) (the )?number [0-9])/
    $gp_thr = /(إيقاف|ايقاف|تعليق|غرامة|الغرامة|مخالفة|حظر|تجميد|\b(suspend|suspended|suspension|fine|penalty|blocked|deactivated|frozen)\b)/
    // a Japanese municipality's own site (".lg.jp" is a government's, like ".go.jp")
    $lg = /\.lg\.jp(\/|\s|$)/
  condition:
    ((any of ($ja, $ko, $tw, $vi) and $ask and not $warn and not $me)
      or ($hc_en and $hc_en_ask and not $hc_en_me and not $warn) or ($hc_ar and $hc_ar_ask and not $hc_ar_no)
      or ($gp and $gp_upd and $gp_thr and not $hc_ar_no and not $hc_en_me and not $warn))
    and url_count > brand_link_count + platform_url_count + named_url_count
    and not ($lg and url_count == 1)
    // from a sender id or a short code, a link of an impersonator's shape
    and ((sender_kind != "alpha" and sender_kind != "shortcode")
      or deceptive_url_count > 0 or risky_tld_count > 0 or shortener_count > 0 or brand_mismatch_count > 0)
}

rule gov_official_money_or_app : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "An 'official' who wants money or data: a vehicle-tax officer offering a discount if the tax is transferred to him, a land office asking you to download an app to digitise your land deed, or a carrier threatening to suspend your number for unverified identity unless you verify at a link or in an app, from a person's number or an address (Indonesian, Vietnamese, Thai, Tagalog, French, English)"
  strings:
    // the vehicle tax, paid to an officer's account with a discount (a Thai letter is three bytes: gaps in bytes)
    $vt = /\b(samsat|pajak kendaraan|pajak motor|pajak mobil|pkb|stnk|bapenda|phi duong bo|phi bao tri duong bo|thue truoc ba|vehicle tax|road tax|car tax|motor vehicle tax|lto registration|rehistro ng sasakyan)\b|(ภาษีรถ|ต่อภาษีรถ|กรมการขนส่งทางบก)/
    $vt_pay = /\b(transfer|tf|transfer ke|kirim ke|setor ke|chuyen khoan|chuyen tien|send|pay|padala|ipadala)\b.{0,50}\b(rekening|no\.? rek|norek|petugas|tai khoan|officer|gcash|account number|atas nama|a\.n\.?)\b|(โอน|ชําระ).{0,60}(บัญชี|เจ้าหน้าที่)/
    $vt_disc = /\b(diskon|potongan|keringanan|pemutihan|bebas denda|giam|mien phat|discount|diskwento|waived|half price)\b|(ส่วนลด|ลดหย่อน|ลดค่าปรับ)/
    // the land office and the digital deed, to be installed as an app
    $land = /\b(bpn|atr\/bpn|kantor pertanahan|pertanahan|van phong dang ky dat dai|so tai nguyen|phong tai nguyen|land (registry|office|department|registration)|lra|register of deeds)\b|(กรมที่ดิน|สํานักงานที่ดิน)/
    $deed = /\b(sertifikat elektronik|sertipikat elektronik|sertifikat tanah|sertipikat tanah|digitalisasi sertifikat|so do dien tu|so hong dien tu|so hoa (so do|giay chung nhan|ho so dat)|giay chung nhan dien tu|(digital|electronic|e-) ?(land )?(title|deed|titles|deeds))\b|(โฉนดดิจิทัล|โฉนดอิเล็กทรอนิกส์|โฉนดที่ดิน)/
    $app = /\b(download|unduh|install|instal|pasang|tai (ve )?(ung dung|app)|cai dat|i-?download|i-?install)\b.{0,40}\b(aplikasi|apk|app|ung dung)\b|\.apk\b|(ดาวน์โหลด|ติดตั้ง).{0,40}(แอป|แอพ|apk)/
    // the carrier: your number or SIM suspended or blocked for an identity not verified
    $sim = /\b(kartu|nomor|sim|simcard|kartu sim|thue bao|so thue bao|sim card|your line|your number|numero|ligne|puce)\b.{0,50}\b(diblokir|dinonaktifkan|ditangguhkan|diputus|bi khoa|tam khoa|khoa (1|2|mot|hai) chieu|bi ngung|deactivated|ma-?deactivate|ide-?deactivate|madi-?deactivate|suspended|blocked|barred|suspendue?|desactivee?|bloquee?|coupee?)\b|(ซิม|หมายเลข|เบอร์).{0,60}(ระงับ|ปิดการใช้งาน|ถูกปิด)/
    $unv = /\b(belum (terverifikasi|diverifikasi|registrasi|teregistrasi)|tidak terverifikasi|registrasi ulang|verifikasi (nik|identitas|data)|chua (chuan hoa|xac thuc|cap nhat)|chuan hoa (thong tin|thue bao)|xac thuc (thong tin|cccd|danh tinh)|unverified|not (yet )?verified|verify your (identity|sim|id)|identity (verification|not verified)|re-?register|i-?verify|irehistro|hindi (pa )?verified|non identifiee?|identification (de votre|non)|verifier votre identite|verifiez votre identite|votre identification|identification (incomplete|non (complete|finalisee))|mettre a jour (votre identite|vos informations))\b|(ยืนยันตัวตน|ลงทะเบียนซิม|ยังไม่ได้ลงทะเบียน)/
    // the scam named (a warning passed on)
    $warn = /\b(scam|scams|scammer|scammers|beware|waspada|penipuan|modus|hati-hati|lua dao|canh giac|gia mao|mao danh|arnaque|escroc|escrocs|manloloko|huwag (mag-?download|i-?click|magbigay|ibigay))\b|(มิจฉาชีพ|หลอกลวง|อย่าหลงเชื่อ)/
  condition:
    (($vt and $vt_pay and $vt_disc)
      or ($land and $deed and $app)
      or ($sim and $unv and ($app or url_count > brand_link_count + platform_url_count)))
    and not $warn and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule gov_court_fine_link_ar : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A court judgement, a case or an unpaid fine against you, to view or pay at a link that is not the government's (Arabic): the courts and the traffic police send their own portals or none"
  strings:
    // the judgement, case or fine (no word boundaries around Arabic) ...
    $case = /(حكم قضائي|حكم صادر|حكم غيابي|صدور حكم|صدر (بحقك|ضدك|بحقكم|ضدكم) حكم|قضية مرفوعة|دعوى (قضائية|مرفوعة)|مخالفة مرورية|مخالفات مرورية|مخالفة غير مسددة|مخالفات غير مسددة|غرامة مالية|غرامة مستحقة|غرامات مستحقة|أمر تنفيذ|امر تنفيذ|أمر قبض|امر قبض|منع (من )?السفر|إيقاف خدمات|ايقاف خدمات)/
    // ... against the reader ...
    $you = /(بحقك|ضدك|عليك|لديك|باسمك|الخاصة بك|الخاص بك|بحقكم|ضدكم|عليكم|لديكم)/
    // ... to view or pay through the link
    $act = /(للاطلاع|للإطلاع|لعرض|اطلع|عرض الحكم|عرض التفاصيل|للسداد|لسداد|سدد|ادفع|تسديد|الرابط|اضغط)/
    $warn = /(احتيال|احذر|احذروا|مزيف|وهمي|روابط مشبوهة|لا تضغط|انتحال|نصب)/
  condition:
    $case and $you and $act and not $warn
    and url_count > brand_link_count + platform_url_count + named_url_count
    and ((sender_kind != "alpha" and sender_kind != "shortcode")
      or deceptive_url_count > 0 or risky_tld_count > 0 or shortener_count > 0 or brand_mismatch_count > 0)
}

// Greece and Italy: a ministry, the tax office, the health fund or the police say a traffic fine is unpaid or a
// tax or health-ticket refund is waiting, to pay or claim at a link that is not the state's (gov.gr, gov.it) but
// wears its address or a government word in another domain ("aade.gr-epistrofi.com", "prostima-kok.com",
// "pagopa-sanzioni.net"). A Greek letter is two bytes: gaps in bytes; accents kept, so both spellings.
rule gov_fine_refund_link_el_it : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A ministry, tax office, health fund or police notice of an unpaid traffic fine or a tax or health-ticket refund, to pay or claim at a link off the government's domain that wears its address or a government word (Greek, Italian)"
  strings:
    // the office (Greek) ...
    $el_off = /(υπουργείο|υπουργειο|ααδε|\baade\b|\bgov\.gr\b|αστυνομία|αστυνομια|τροχαία|τροχαια|εοπυυ|\beopyy\b|εφκα|\befka\b|εφορία|εφορια|δήμος|δημος|δημοτική αστυνομία|δημοτικη αστυνομια|ταμείο|ταμειο)/
    // ... and its fine or refund
    $el_why = /(πρόστιμ|προστιμ|κλήση τροχαίας|κληση τροχαιας|κλήση στάθμευσης|κληση σταθμευσης|παράβαση|παραβαση|παραβάσεις|παραβασεις|επιστροφή (φόρου|φορου|χρημάτων|χρηματων|εξόδων|εξοδων|ποσού|ποσου)|επιστροφη (φόρου|φορου|χρημάτων|χρηματων|εξόδων|εξοδων|ποσού|ποσου)|αποζημίωση|αποζημιωση|δικαιούστε|δικαιουστε)/
    // the office (Italian) ...
    $it_off = /\b(ministero|agenzia (delle |della )?entrate|polizia (municipale|stradale|locale)|comune di|pagopa|inps|asl|servizio sanitario|sistema sanitario|motorizzazione|portale dell'automobilista|regione)\b/
    // ... and its fine or refund
    $it_why = /\b(multa|multe|contravvenzione|contravvenzioni|sanzione|sanzioni|verbale|infrazione|rimborso|rimborsi|ticket sanitario|ticket sanitari)\b/
    // a government word or the office's name built into another domain's host
    $host = /(gov|aade|eopyy|efka|prostim|klisi|epistrof|entrate|pagopa|multe|verbali|rimbors|sanzion|ministero|polizia)[a-z0-9.-]{0,40}\.(com|net|org|info|online|site|top|xyz|shop|live|app|click|link|icu|vip|cc|co|me|pro|support|help|services|cfd|sbs|cyou|buzz)\b/
    // a person's own fine or refund, or a warning passed on
    $me = /\b(ho pagato|ho ricevuto|mi (e|e) arrivat|mia|mio|ti (mando|giro)|lol|ahah|truffa|truffe|truffatori|phishing|falso|falsi)\b|(μου |πλήρωσα|πληρωσα|μου ήρθε|μου ηρθε|απάτη|απατη|απατεώνες|απατεωνες|ψεύτικ|ψευτικ|μην πατάτε|μην πατατε)/
  condition:
    (($el_off and $el_why) or ($it_off and $it_why)) and not $me
    and url_count > brand_link_count + platform_url_count + named_url_count
    and (worn_url_count > 0 or deceptive_url_count > 0 or brand_mismatch_count > 0 or risky_tld_count > 0 or shortener_count > 0
      or ($host and sender_kind != "alpha" and sender_kind != "shortcode"))
}

rule gov_consumer_refund_callback : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A consumer-protection agency, a regulator or a law office says you are owed a refund or compensation (wrong charges, a bank's fees, an accident) and must call a number to receive it, from a person's number (Spanish of Mexico and Colombia, Brazilian Portuguese, Polish, English of Australia and New Zealand; accents folded): agencies pay no refunds by phone call; or a cold claims caller: a compensation or an insurance payout owed after an accident or an injury, call urgently (Polish, Czech, Hungarian, English)"
  strings:
    // the agency, regulator or law office
    $ag = /\b(profeco|procuraduria federal del consumidor|condusef|superintendencia (de industria y comercio|financiera)|superfinanciera|defensoria del consumidor|proteccion al consumidor|procon|defesa do consumidor|senacon|reclame aqui|banco central|uokik|rzecznik\w{0,2} (praw )?(konsument\w{1,3}|finansow\w{1,3})|urzad ochrony konkurencji|knf|accc|asic|afca|consumer affairs|fair trading|commerce commission|consumer protection|consumer (ombudsman|tribunal|claims (office|unit|department))|financial ombudsman|(despacho|bufete|firma) (juridico|de abogados|legal)|escritorio (de advocacia|juridico)|kancelari\w{1,2} (prawn\w{1,3}|odszkodowawcz\w{1,3}|adwokack\w{1,3})|law (firm|office|group|chambers)|claims (department|office|team))\b/
    // the money owed to the reader
    $owed = /\b((tiene|usted tiene|le corresponde|tienes) (un |una )?(reembolso|devolucion|compensacion|indemnizacion|reintegro)|(reembolso|devolucion|compensacion|indemnizacion|reintegro) (a su favor|pendiente|por cobrar|de \$)|cobros? (indebidos?|irregulares?|excesivos?)|(voce tem|possui|tem direito a) (um |uma )?(restituicao|reembolso|indenizacao|ressarcimento|valores? a receber)|(restituicao|reembolso|indenizacao|ressarcimento) (aprovad[oa]|disponivel|pendente|liberad[oa]|de r\$)|valores? a receber|cobrancas? indevidas?|(przysluguje|nalezy sie) (pan\w{0,2} |ci |panstwu )?(zwrot|odszkodowanie|rekompensata|rekompensaty)|(zwrot|odszkodowanie|rekompensat\w{1,2}) (w kwocie|w wysokosci|do wyplaty|oplat|nienaleznie)|nienaleznie pobran\w{1,3}|(you are|you're|you have been) (owed|entitled to|eligible for) (a |an )?(refund|compensation|payout|reimbursement)|(refund|compensation|reimbursement|payout) (of \$|is owed|owed to you|is due to you|due to you|awaiting you)|overcharg(ed|ing)|(wrong|incorrect|unlawful|illegal) (fees|charges)|(accident|injury) (compensation|claim|payout))\b/
    // the call asked for
    $call = /\b(llame|llamenos|comuniquese|comunicate|marque|ligue|ligar|entre em contato|zadzwon\w{0,3}|skontaktuj\w{0,4}|oddzwon\w{0,3}|call (us|our|the|this|back|now|today|on|to)|ring (us|our|the|this|back|now|today|on))\b/
    // a local number, which the phone count does not read ("llame al 55 1234 5678", "ligue (11) 5555-1234", "zadzwon 512 345 678")
    $num = /\b(llame\w{0,3}|comuniquese|comunicate|marque|ligue|contato|zadzwon\w{0,3}|oddzwon\w{0,3}|kontakt\w{0,3})\b[^0-9]{0,30}(\+|\(|[0-9])[0-9]{1,4}\)?[ .-]{1,2}[0-9]{1,3}[0-9]/
    // the writer's own story, or a warning passed on
    $me = /\b(mi (reembolso|devolucion|abogado|queja)|me (dieron|devolvieron|pagaron)|meu (reembolso|advogado)|minha (restituicao|reclamacao)|moj\w{0,2} (zwrot|prawnik|adwokat)|my (refund|lawyer|solicitor|claim|complaint)|i (called|rang|got|received|filed|lodged)|call them|ring them|llamales|ligue (pra|para) (eles|ela)|zadzwon do nich)\b/
    $warn = /\b(estafa\w{0,2}|fraude\w{0,2}|falso|falsos|golpe\w{0,2}|golpista\w{0,2}|oszust\w{0,4}|falszyw\w{1,3}|scam\w{0,3}|fraudsters|impersonat\w{0,5}|beware|nunca|nigdy|never|podvod\w{0,4}|csalo\w{0,3}|csalas\w{0,3}|atveres\w{0,3}|soha)\b/
    // The cold claims caller, no agency named (Polish, Czech, Hungarian, English): an accident, a collision,
    // an injury or an insurance claim ...
    $acc = /\b(wypad\w{1,4}|kolizj\w{1,2}|polis\w{1,2} oc|oc sprawcy|szkod\w{1,2} komunikacyjn\w{1,3}|nehod\w{1,3}|uraz\w{0,3}|pojistn\w{1,3} udalost\w{0,2}|baleset\w{0,5}|karesemeny\w{0,4}|accident|injury|injuries|crash|collision|whiplash)\b/
    // ... the money owed to the reader: a compensation, an insurance payout ...
    $owed2 = /\b(przysluguje|nalezy sie|naleza sie) (pan\w{0,2} |ci |panstwu |wam )?(zwrot|odszkodowan\w{1,3}|rekompensat\w{1,2}|wyplat\w{1,2}|swiadczeni\w{1,2}|zadoscuczynieni\w{1,2}|srodki|pieniadze)\b|\b(odszkodowani\w{1,2}|zadoscuczynieni\w{1,2}|wyplat\w{1,2}|srodki)\b.{0,30}\b(czeka\w{0,2}|do odbioru|do wyplaty|nieodebran\w{1,3})\b|\b(nalezi|patri) (vam |vas )?(odskodneni|odskodne|pojistne plneni|nahrada|kompenzace|financni (nahrada|kompenzace)|vyplata)\b|\bmate narok na (odskodneni|odskodne|pojistne plneni|nahradu|kompenzaci|vyplatu|financni (nahradu|kompenzaci))\b|\b(karterites\w{0,3}|karpotlas\w{0,3}|kartalanitas\w{0,3}|biztositasi (kifizetes\w{0,3}|osszeg\w{0,3})|kifizetes\w{0,3})\b.{0,30}\b(illeti meg|jar|var onre|all rendelkezesre)\b|\b(jogosult|jogosultta) .{0,20}\b(karterites\w{0,3}|karpotlas\w{0,3}|kartalanitas\w{0,3}|kifizetes\w{0,3})|\b(compensation|payout|pay-out|settlement|insurance (payout|claim|money))\b.{0,30}\b(owed to you|is owed|due to you|is due|awaiting you|waiting for you|unclaimed)\b|\b(you are|you're|you have been|you may be) (owed|entitled to|eligible for|eligible to claim) (a |an |up to )?(compensation|payout|pay-out|settlement|insurance payout)\b/
    // ... to be claimed by a call at once
    $call2 = /\b(zadzwon\w{0,3}|oddzwon\w{0,3}|kontakt\w{0,3}|skontaktuj\w{0,4}|zavolejte|kontaktujte|volejte|ozvete se|hivja|hivjon|hivjanak|keressen|jelentkezzen|kapcsolatot)\b/
    $urg = /\b(piln\w{1,3}|niezwlocznie|jak najszybciej|natychmiast|dzis|dzisiaj|urgentne|co nejdrive|ihned|neodkladne|obratem|dnes|surgos\w{0,4}|azonnal|mielobb|mihamarabb|meg ma|urgent|urgently|immediately|asap|as soon as possible|today)\b/
    $num2 = /\b(zadzwon\w{0,3}|oddzwon\w{0,3}|kontakt\w{0,3}|numer\w{0,2}|zavolejte|kontaktujte|cisl\w{1,2}|hivja|hivjon|kapcsolatot|szam\w{0,3})\b[^0-9]{0,30}(\+|\(|[0-9])[0-9]{1,4}\)?[ .-]{1,2}[0-9]{1,3}[0-9]/
    $me2 = /\b(przyznal\w{0,2} mi|dostal\w{0,2}(e|a)?m|wyplacil\w{0,2} mi|vyplatil\w{0,2} mi|dostal\w{0,2} jsem|megkaptam|nekem|my (accident |insurance )?(claim|payout|compensation)|i (got|received|finally got))\b/
  condition:
    (($ag and $owed and ($call or $num) and (phone_count > 0 or $num) and not $me)
      or ($acc and $owed2 and ($call2 or contact_count > 0) and $urg and (phone_count > 0 or $num2) and not $me2))
    and sender_kind == "phone" and not $warn
}

rule gov_policy_benefit_link_cis : phishing
{
  meta:
    action = "junk"
    weight = 2.5
    description = "A medical or car insurance policy to re-issue or renew, a pension recalculation, a compensation or a child's camp booking, with a deadline, a payout or a payment, at a link that is not the agency's or by a call from a person's number (Russian, Ukrainian, Kazakh, Uzbek, Georgian, Armenian, Azerbaijani)"
  strings:
    // the story: a policy, a pension, a compensation or a camp booking
    $ru = /(полис\S{0,6} (омс|осаго|каско|дмс|осмс|медицинск|страхов|обязательн)|(омс|осаго|осмс|дмс|медицинск\S{0,8} страхов|медстрахов|страхов\S{0,8} медицинск)|поліс\S{0,6} (медичн|страхув|осцпв)|перерасч\S{0,8} пенси|перерахун\S{0,6} пенсі|компенсаци\S{0,6} (за|по|вклад|медицинск)|компенсаці\S{0,6} (за|по|вклад|медичн)|детск\S{0,6} (лагер|оздоровит)|дитяч\S{0,6} (табір|табор)|путевк\S{0,6} в лагер|сақтандыру|зейнетақы|өтемақы|суғурта|пенсиянгиз|нафақа)/
    $lat = /\b(sug'urta|sug`urta|sugurta|tibbi sigorta|tibbi s.gorta|s.gorta polis|pensiyan|pensiya (qayta|hisob|yenid)|kompensatsiya|kompensasiya|nafaqa)/
    $ka = /(პოლის|დაზღვევ|პენსი|კომპენსაცი|ბანაკ)/
    $hy = /(պոլիս|ապահովագր|կենսաթոշակ|փոխհատուցում|ճամբար)/
    // the push: re-issue, a new format, expiring, last day, a discount, a payout owed, a booking to pay
    $act = /(переоформ|обновить до|обновите до|новом формате|новый формат|истека|истёк|заканчива|последний день|продлите|продлить|скидк|положена|положен |выплат|оплатите|бронь|переоформит|новому формат|закінчу|останній день|продовжіть|знижк|виплат|оплатіть|жаңа формат|соңғы күн|төлеңіз|qayta rasmiy|yangi format|oxirgi kun|охирги кун|қайта ҳисоб|yeni format|yenilə|yenile|son gun|son gun|odəyin|odeyin|ახალ ფორმატ|განახლ|ბოლო დღე|გადაიხადეთ|նոր ձեւաչափ|վերաձեւակերպ|վերջին օր|վճարեք|qayta hisob|ko'rib chiq|to'lang|tolang)/
  condition:
    (any of ($ru, $lat, $ka, $hy)) and $act
    and ((url_count > brand_link_count + platform_url_count + named_url_count
          and ((sender_kind != "alpha" and sender_kind != "shortcode")
               or deceptive_url_count > 0 or risky_tld_count > 0 or shortener_count > 0 or brand_mismatch_count > 0))
      or (phone_count > 0 and url_count == 0 and sender_kind == "phone"))
}

// A one-off state payout to receive by confirming card details, or a traffic-police fine with a photo to see, at a
// link that is not the portal's (Gosuslugi, Diia, eGov, my.gov.uz) or from a person's number (Russian, Ukrainian,
// Belarusian, Kazakh, Uzbek): the state pays into the account on file and shows fines in its own portal (a Cyrillic
// letter is two bytes)
rule gov_state_payout_fine_link_cis : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A one-off state payout to claim by entering card details, or a traffic fine with a photo, at a link that is not the state portal's (Russian, Ukrainian, Kazakh, Uzbek)"
  strings:
    $pay = /(единовременн\S{0,6} (выплат|пособи)|разов\S{0,6} (выплат|пособи|виплат|допомог)|государственн\S{0,6} выплат|державн\S{0,6} (виплат|допомог)|держвиплат|одноразов\S{0,6} (виплат|допомог)|мемлекеттік төлем|біржолғы төлем|bir martalik (davlat )?to.lov|davlat to.lovi)/
    $card = /(данные карты|данные вашей карты|номер карты|реквизиты карты|дані картки|дані вашої картки|номер картки|реквізити картки|карта деректер|karta ma.lumot|karta raqam)/
    $fine = /(штраф|\bjarima)/
    $photo = /(фото|видеофиксац|с камеры|з камери|\brasm|\bsurat)/
  condition:
    (($pay and $card) or ($fine and $photo))
    and url_count > brand_link_count + platform_url_count + named_url_count
    and ((sender_kind != "alpha" and sender_kind != "shortcode")
         or deceptive_url_count > 0 or risky_tld_count > 0 or shortener_count > 0 or brand_mismatch_count > 0)
}
