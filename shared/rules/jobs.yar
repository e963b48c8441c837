// Job scams: "earn $500/day part time, contact us on WhatsApp", recruiters who move you to a
// chat app, paid "tasks" (liking videos, rating apps, boosting orders).

private rule job_pay_rate
{
  strings:
    // $500/day, 300-800 USD per day, Rs 5000 daily, £200 a week, 100 dollars per hour: an amount
    // (money_count, the normaliser's) paid by the day, hour, week, task or order
    $r1 = /(\/|\bper|\ba|\beach|\bevery) ?(day|hour|hr|week|wk|task|order)\b|\b(daily|weekly|hourly) (pay|salary|income|earnings|commission|wages)|\b(usd|dollars|pounds|rupees|euros|usdt) ?(\/|per|a|each|every|daily|weekly)\b/
    $r5 = /\b(make|earn|dey make)( up to)? [0-9]{1,3}k (every|per|a|each) (day|week|month)\b/
    $r4 = /\b(earn|make|salary|income|paid|pay)\b.{0,20}(£|\$|€|₹|\brs\.? ?|\busd ?)/
  condition:
    (money_count > 0 and any of them) or (money_count > 0 and $r4) or $r5
}

private rule job_mentioned
{
  strings:
    // "HR" only as a department or a role: "$18/hr" is a rate
    $role = /\b(remote|online|part[- ]time|work[- ]from[- ]home) ([a-z]{1,12} ){0,2}(role|position|job|work)\b/
    $j = /\b(part[- ]time|full[- ]time|work from home|wfh|remote (job|work|position|role)|online (job|work|tasks?|position)|job|jobs|position|vacanc(y|ies)|recruit(ing|ment|er)?|hiring|hr (department|team|manager|recruiter|officer|executive|assistant|on|via)|(contact|message|text|our|the) hr|opportunit(y|ies)|side (hustle|income|job)|flexible (hours|time|schedule|working)|simple tasks?|easy (work|tasks?|job)|no experience|employment|employer|(from|on) your phone)\b/
  condition:
    $j or $role
}

private rule job_chat_app
{
  strings:
    $c = /\b(whats ?app|wa\.me|telegram|t\.me|signal|wechat|line id|kakao|viber)\b/
  condition:
    $c
}

// French: the writer's own news ("j'ai paye", "ma soeur") or a warning ("mefiez-vous", "arnaque"), not an offer
private rule job_own_news_fr
{
  strings:
    $own = /\bj'ai (paye|envoye|verse|depose|postule|fait|trouve)\b|\b(ma|mon) (soeur|frere|cousine?|fille|fils|mere|pere|amie?|tante|oncle|voisine?)\b|\b(mefiez|arnaques?|escroc\w{0,5})\b/
  condition:
    $own
}

rule job_easy_money_contact
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Part-time or remote work paying a daily or hourly sum, with a contact to reply to"
  strings:
    $contact = /\b(contact (us|me)|add me|reply|apply (now|here|today)|dm me|(text|txt) "?(yes|y|job|info)|(text|txt|message) (me |us )?back|(text|send) (me |us )?your (full )?(name|email|resume|cv))\b|\binterested\?/
    $link = /(https?:\/\/|www\.)/
  condition:
    // a job board's or an app's own notice from its sender id ("new jobs paying $25/hr near you") is no lure
    job_pay_rate and job_mentioned and ($contact or job_chat_app or $link or url_count > 0 or phone_count > 0)
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule job_recruiter_chat_app
{
  meta:
    action = "junk"
    weight = 2.5
    description = "A 'recruiter' offering work who asks to continue on WhatsApp, Telegram or a similar app; or an interview or onboarding for a remote or entry-level position held by Google Chat, Teams chat, Telegram, Signal or Wire, adding a free-mail address or a handle, or after the app's download a hiring manager or HR 'Mr <name>' to contact, for a job found on a job site or paid by the hour (English)"
  strings:
    $who = /\b(recruiter|hr|headhunter|hiring manager|recruitment|talent (team|acquisition|manager)|staffing|agency|company|employer|came across your (profile|resume|cv))\b/
    $what = /\b(job|position|salary|interview|role|opportunit(y|ies)|hiring|vacanc(y|ies))\b/
    // the interview held in a chat app, not a video call on a company's scheduling tool
    $iv_app = /\b(interview|onboarding|orientation)\b.{0,100}\b(via|on|through|over|using|in) (the )?(google (chat|hangouts?)|hangouts|(microsoft |ms )?teams chat|telegram|signal|wire|skype chat|wickr|threema|element)( app| messenger)?\b|\b(google chat|hangouts|teams chat|telegram|signal|wire|wickr|threema) (text |chat |online |virtual |instant messaging )?(interview|onboarding)\b/
    $iv_pos = /\b(data entry|customer (service|support|care)|admin(istrative)? assistant|virtual assistant|personal assistant|receptionist|typist|clerk|remote|work[- ]from[- ]home|entry[- ]level|part[- ]time|full[- ]time|position|role)\b/
    // the interviewer on a free-mail address or a bare handle, or the app to install for it
    $iv_add = /[a-z0-9]@(gmail|outlook|hotmail|yahoo|aol|protonmail|proton|icloud|ymail|gmx)\.(com|me)\b| @[a-z0-9_]|\bdownload (the )?(google chat|hangouts|teams|telegram|signal|wire|wickr|threema|element)( app)?\b/
    // the reader's own interview or a warning about the scam
    // the chat app to download, then "contact our hiring manager Mr <name>" with no address: the interview
    // for a job found "on a job site", or a pay by the hour
    $iv_dl = /\b(download|install|get)( the)? (microsoft |ms )?(teams|telegram|signal|wire|wickr|threema|element|google chat|hangouts)( app| messenger)?\b.{0,80}\b(contact|message|text|add|reach out to|reach|chat with|send a (message|request) to)( with)? (our|the) (hiring manager|hr manager|hr officer|hr representative|hr|recruiter|recruiting manager|recruitment officer|interviewer|supervisor),? (mr|mrs|ms|miss|dr)\.? [a-z]/
    $iv_src = /\b(got|found|saw|obtained|received|came across) your (number|contact|resume|cv|profile|application)\b/
    $iv_own = /\b(my|our) (interview|onboarding)\b|\bi (have|had|got|did) (an? |my |the )?(interview|onboarding)\b|\binterview went\b|\b(they|we) (did|had|held) (it|the interview)\b|\b(scam|scams|scammers?|fake|sketchy|beware|legit)\b/
  condition:
    (job_chat_app and $who and $what and (job_mentioned or job_pay_rate))
    or ((($iv_app and $iv_add) or ($iv_dl and $what and ($iv_src or job_pay_rate))) and $iv_pos and not $iv_own
      and sender_kind != "alpha" and sender_kind != "shortcode")
}

rule job_recruiter_opener
{
  meta:
    action = "junk"
    weight = 2.5
    description = "The job scam's first text: a stranger from 'HR' or a staffing or recruiting firm, or who says your resume was recommended or reviewed, offers a remote, part-time or flexible opportunity before asking anything (English); or 'your assigned recruiter or agent' for an Amazon, Walmart or remote job application who asks you to confirm you are over 2x years old and have a phone or are available (English, Spanish); or 'someone gave me your number that you are looking for a job, call me back' (Ghanaian and Nigerian English, Nigerian Pidgin); 'je vous contacte de la part de votre ami, vous cherchez du travail, avez-vous WhatsApp ?' (French); a firm's HR that 'saw your CV' offering a part-time, remote or flexible job, are you available or interested? (Turkish, Russian, Ukrainian, Portuguese, Spanish, Romanian, Polish, Arabic); 'I got your number from a friend, do you want a side job or extra income?' (English, German, Dutch, Swedish, Norwegian, Danish, French, Indonesian, Tagalog); a stranger who found your profile offering remote work of an hour a day paid daily, reply for details (Portuguese, Spanish, Catalan, Italian)"
  strings:
    // the self-introduction: a name, then from HR or a recruiting firm, or a recruiter's title
    // compile cost: [a-z]{1,14}[a-z] for a name of 2-15 letters
    $intro = /\b(this is|my name is|i'm|i am) [a-z]{1,14}[a-z]( [a-z]{1,15})?,? ((from|with|at|of|representing) (the |a |an )?([a-z&]{1,15} ){0,3}(hr|human resources|recruitment|recruiting|staffing|talent acquisition|personnel|workforce|manpower|headhunting|hiring (team|department))|(a |an |the |your )?(senior |lead )?(hr|recruitment|recruiting|talent acquisition|talent|hiring|staffing|human resources) (manager|specialist|consultant|coordinator|assistant|officer|representative|rep|partner|lead|executive|advisor|agent)|(a |an |the |your )?(recruiter|headhunter))\b|\b(i'm|i am) (a|an|the) (senior |lead )?(recruiter|headhunter|hr (manager|specialist|consultant|coordinator|assistant|officer))\b/
    // nobody recommended the reader's resume to a stranger
    $resume = /\byour (resume|cv|profile|contact|number|information|details)( [a-z]{1,12})? (was|has been|have been|were|is) (recommended|referred|forwarded|passed (on|along)|shared|shortlisted|selected|reviewed|received)\b|\b(we|our (team|company|recruiters?|hr|department)) (have |has |just )?(reviewed|came across|found|received|obtained|got|saw|checked) your (resume|cv|profile|contact|information|details)\b|\bi (have |just )?(reviewed|came across|obtained|received) your (resume|cv)\b|\b(recommended|referred) (you|your (resume|cv|profile)) (to (us|me)|for)\b/
    $opp = /\b(remote|part[- ]time|flexible|online|home[- ]based|work[- ]from[- ]home|wfh|freelance) ([a-z]{1,12} ){0,2}(opportunit(y|ies)|positions?|roles?|jobs?|vacanc(y|ies)|openings?|gig|career)\b/
    // a recruiter for a job the reader applied to names the interview; a person's own job news
    $specific = /\byour (interview|appointment|orientation|start date|first (day|shift)|application for the)\b|\binterview (is |has been |was )?(scheduled|confirmed|booked|set for|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b|\b(thanks|thank you) for (applying|your application)\b|\byou (applied|interviewed)\b/
    $own = /\b(i|i've|i have|i just) (started|landed|accepted|took|joined) (a|the|my|this|at|with|working)\b|\bi got (a|the|my) (new )?(job|position|role|offer)\b|\bi'm (now|still|currently) (working|in|at|with)\b|\bmy (new )?(job|boss|manager|coworkers?|office)\b|\bcongrat/
    // "I'm your assigned recruiter / agent for the Amazon, Walmart or remote job application, please confirm if you
    // are over 25 and have a phone" (English, Spanish): the assignment and the age or phone check before any detail
    $assigned = /\byour (assigned|designated|dedicated|personal) (recruiter|recruiting (agent|manager|specialist|coordinator)|agent|hiring (agent|manager|coordinator)|hr (agent|representative|rep|specialist|coordinator)|career (agent|advisor|consultant)|job (agent|coordinator|advisor))\b|\bi('ve| have) been assigned (to|as) your\b/
    $assigned_es = /\b(su|tu) (agente|reclutador|reclutadora|asesor|asesora|representante|coordinador|coordinadora|encargad[oa]) (asignad[oa]|designad[oa]|personal)\b|\b(he sido|fui) asignad[oa] (a|como) (su|tu)\b/
    $age = /\b(over|above|at least|older than) (1[89]|2[0-9]|eighteen|twenty[- a-z]{0,6})( years| yrs)?( old| of age)?\b|\b(1[89]|2[0-9]) (years|yrs) (old|of age) or (older|above|over)\b/
    $age_es = /\b(mayor de|mas de|al menos) (1[89]|2[0-9]|dieciocho|veinti[a-z]{1,6}) anos\b|\b(1[89]|2[0-9]) anos (o mas|cumplidos)\b/
    $have = /\b(have|own|has) (a |an )?(smart ?phone|phone|mobile phone|cell ?phone|iphone|android|computer|laptop)\b|\b(currently )?available\b|\bavailability\b/
    $have_es = /\b(tiene|tienes|cuenta con|cuentas con) (un |una )?(telefono|celular|movil|smartphone|computadora|laptop)\b|\b(disponibilidad|disponible)\b/
    $job_es = /\b(empleo|trabajo|vacante|puesto|posicion|solicitud de empleo)\b/
    // Ghana and Nigeria (English, Pidgin): "someone gave me your number that you are looking for a job, call
    // me back", from nobody named: the job connection's opener
    $gave = /\b(someone|somebody|one (guy|man|lady|person|bros|sister)|dem|they) (gave|give|don give|has given|have given|just gave) (me )?(your|ur|una) (number|contact|phone number)\b|\b(got|collected|collect|get) (your|ur) (number|contact) from (someone|somebody|one (guy|man|lady|person))\b|\b(i was|i've been|i have been|i don) (given|collect|collected) (your|ur) (number|contact)\b/
    $seek = /\b(looking for|searching for|in need of|dey find|dey look for|dey search for|need|needs|want|wan) (a |an |one |some )?(job|jobs|work|employment)\b/
    $back = /\b(call|flash|beep|ring) me( back| when| as soon| asap| now|$|\.|!)|\b(call|flash|beep) back\b|\bgive me a (call|ring)\b/
    $biz = /\b(my|our) (shop|salon|store|restaurant|office|farm|site|school|church|workshop|boutique|house)\b/
    // a recruiter for a job the reader applied to names it, or the interview
    $specific_es = /\b(aplicaste|aplico|postulaste|postulo|se postulo|te postulaste|(su|tu) entrevista|entrevista (es|sera|esta programada|quedo))\b/
    // French: "je vous contacte de la part de votre ami(e)", "on m'a donne votre numero" (a friend nobody
    // names), "vous cherchez du travail ?", then "avez-vous WhatsApp ?": the recruiter's opener
    $fr_ref = /\bde la part (de |d')(votre|ton|ta|vos|tes|un|une|l'un de vos|l'une de vos|un de vos|une de vos|un de tes|une de tes)( [a-z]{1,10})? (ami|amie|amis|amies|connaissance|connaissances|proche|proches|collegue|collegues|contact|contacts)|\b(on m'a|on nous a|quelqu'un m'a|un ami m'a|une amie m'a|une connaissance m'a) (donne|transmis|communique|passe|refile|recommande) (votre|ton) (numero|contact|num)\b/
    $fr_seek = /\b(vous etes|tu es|etes-vous|es-tu|vous etes toujours|tu es toujours|etes-vous toujours|es-tu toujours) (a la recherche|en recherche) (d'un |d'une |du |de |d')(travail|emploi|job|boulot|poste|revenu)|\b(vous cherchez|tu cherches|vous recherchez|tu recherches|cherchez-vous|cherches-tu|recherchez-vous) (un |une |du |de |d')?(travail|emploi|job|boulot|poste|revenu)/
    $fr_app = /\b(avez-vous|avez vous|as-tu|as tu|vous avez|tu as|est-ce que vous avez|est-ce que tu as|disposez-vous d'|utilisez-vous) (un compte |un numero |le |l'application )?(whats ?app|telegram)\b|\b(votre|ton) (numero )?(whats ?app|telegram)\b/
    // Beyond English: a firm's HR "saw your CV", offers a part-time, remote or flexible job, and asks whether you are
    // available or interested (Turkish, Russian, Ukrainian, Portuguese, Spanish, Romanian, Polish, Arabic); a real
    // employer names the interview or the application
    $x_cv = /\b(ozgecmisinizi|ozgecmisiniz|cv'?nizi) (inceledik|gorduk|aldik|degerlendirdik|elimize ulasti|bize ulasti|bize iletildi|tavsiye edildi)\b|\b(vimos|analisamos|recebemos|encontramos|avaliamos|vi|analisei) (o )?(seu|teu) (curriculo|cv|perfil)\b|\b(seu|teu) (curriculo|cv|perfil) foi (selecionado|aprovado|analisado|indicado|encaminhado)\b|\b(vimos|revisamos|recibimos|analizamos|encontramos|revise) (tu|su) (curriculum|curriculo|cv|hoja de vida|perfil)\b|\b(am vazut|am analizat|am primit|am gasit) (cv-ul|cv|profilul) (tau|dumneavoastra|dvs)\b|\b(przejrzelismy|widzielismy|otrzymalismy|znalezlismy) (pana|pani|twoje|twoj) (cv|profil)\b|((рассмотрели|изучили|увидели|нашли|получили|просмотрели) ваше резюме|ваше резюме (было )?(рекомендовал|передал|одобрен|рассмотрен)|(розглянули|переглянули|побачили|отримали|знайшли) ваше резюме|سيرتك الذاتية|سيرتكم الذاتية)/
    $x_pt = /\b(yari zamanli|part ?time|evden calisma|uzaktan (calisma|is)|esnek (calisma|saat)\w{0,4}|meio periodo|meio expediente|home ?office|trabalho remoto|renda extra|medio tiempo|tiempo parcial|trabajo remoto|horario flexible|jumatate de norma|de acasa|program flexibil|praca zdalna|pol etatu|praca dodatkowa)\b|(подработк|неполный день|неполн.{1,6} занятост|частичн.{1,6} занятост|удал(е|ё)нн.{1,6} работ|гибк.{1,6} график|підробіт|неповний день|часткову зайнятість|віддален.{1,6} робот|дистанційн.{1,6} робот|دوام جزئي|عمل جزئي|عن بعد|من المنزل)/
    $x_avail = /\b(musait misiniz|musait misin|ilgilenir misiniz|ilgileniyor musunuz|uygun musunuz|(voce )?esta disponivel|(voce )?tem interesse|podemos conversar|(estas|esta) disponible|te interesa|le interesa|podemos hablar|(sunteti|esti) disponibil\w{0,2}|va intereseaza|te intereseaza|czy (jest pan|jest pani|jestes) zainteresowan\w{1,2})\b|(вам интересно|вы заинтересован|вам удобно|удобно ли вам|вы свободны|вам цікаво|вас цікавить|вам зручно|هل أنت متاح|هل انت متاح|هل أنت مهتم|هل انت مهتم|هل ترغب)/
    $x_spec = /\b(mulakat\w{0,6}|basvurunuz\w{0,4}|basvurdugunuz|entrevista|sua candidatura|candidatou|postulacion|postulaste|aplicaste|interviu\w{0,3}|ati aplicat|ai aplicat|rozmow\w{1,3} kwalifikacyjn\w{1,3})\b|(собеседован|ваш отклик|вашу заявку|откликнулись|співбесід|ваш відгук|مقابلة|المقابلة)/
    // "I got your number from a friend, do you want a side job?" (English, German, Dutch, Swedish, Norwegian, Danish,
    // French, Indonesian, Tagalog): a friend nobody names, a side job or extra income, and the question
    $ml_ref = /\b(got|have|received|was given|obtained) (your|ur) (number|contact|phone number) (from|through|via) (a|an|one|my|our|your) (mutual )?(friend|colleague|acquaintance)\b|\b(a|one|my|our|your|a mutual) (mutual )?(friend|colleague|acquaintance) (gave|passed|shared|sent|forwarded)( me)? (your|ur) (number|contact)\b|\b(habe|hab|bekam|erhielt|bekommen) (deine|ihre) (nummer|handynummer|kontakt)( [a-z]{1,10})? von (einem|einer|meinem|meiner|deinem|deiner|ihrem|ihrer) (freund|freundin|bekannten|kollegen|kollegin)\b|\b(kreeg|heb|kregen|ontving) (je|jouw|uw) (nummer|telefoonnummer)( [a-z]{1,10})? (van|via) (een|mijn|je|uw) (vriend|vriendin|kennis|collega)\b|\bfick (ditt|ert) nummer (av|fran|genom) (en|din|min) (van|vannen|kompis|kollega|bekant)\b|\bfikk (nummeret ditt|ditt nummer) (av|fra|gjennom) (en|din|min) (venn|venninne|kollega|bekjent)\b|\bfik (dit|jeres) nummer (af|fra|gennem|via) (en|din|min) (ven|veninde|kollega|bekendt)\b|\b(j'ai eu|j'ai obtenu|j'ai recu|on m'a donne|on m'a transmis) (votre|ton) (numero|contact) (par|de|via|grace a|aupres d')( un| une| votre| ton| ta)? (ami|amie|connaissance|collegue)\b|\b(dapat|dapet|mendapat|mendapatkan) (nomor|nomer|no|kontak) (kamu|anda|kakak|kak|mu|ini) dari (teman|temen|kenalan|rekan)\b|\bnakuha ko (ang )?(number|numero|contact) mo (sa|kay|mula sa) (isang |aking )?(kaibigan|friend|kakilala|tropa)\b|\b(binigay|bigay) (ng|ni) (kaibigan|friend|kakilala) (ko )?(ang )?(number|numero) mo\b/
    $ml_side = /\b(side (job|hustle|gig|income)|part[- ]time (job|work)|extra (income|money|cash)|online (job|work)|work from home|nebenjob|nebenverdienst|nebeneinkommen|zusatzverdienst|heimarbeit|bijbaan|bijverdienste|bijverdienen|extra inkomen|thuiswerk|extrajobb|extraknack|deltidsjobb|extra inkomst|sidoinkomst|ekstrajobb|ekstra inntekt|sidejobb|deltidsjob|ekstra indkomst|bijob|sidejob|petit (job|boulot|travail)|travail a domicile|revenu (complementaire|supplementaire)|job en ligne|kerja sampingan|kerjaan sampingan|penghasilan tambahan|kerja paruh waktu|kerja online|sideline|raket|dagdag kita)\b/
    $ml_ask = /\b(do you want|would you like|want a|are you|willst du|mochtest du|hast du|haben sie|wil je|wilt u|heb je|vil du|ville du|har du|er du|seriez-vous|voulez-vous|etes-vous|mau|apakah|gusto mo|interested|interesse|interessiert|geinteresseerd|intresserad|interessert|interesseret|interesse|tertarik|interesado|interesada)\b/
    // Portuguese, Spanish, Catalan, Italian: a stranger who "found your profile" offers remote work of an hour a day
    // paid daily, reply to hear more; a real recruiter names the interview or the application
    $rm_prof = /\b(encontrei|vi|analisei|vimos|encontramos|recebemos) (o )?(seu|teu) (perfil|curriculo|contato|contacto|numero)\b|\b(encontre|vi|revise|hemos visto|he visto) (tu|su) (perfil|curriculum|cv|contacto|numero)\b|\b(he trobat|he vist|hem vist|hem trobat|vaig trobar|vaig veure) (el )?(teu|vostre|seu) (perfil|curriculum|cv|contacte|numero)\b|\b(ho trovato|ho visto|abbiamo trovato|abbiamo visto) il (tuo|suo) (profilo|curriculum|cv|contatto|numero)\b/
    $rm_hour = /\b(una|uma|un'|1|dos|duas|dues|due|2) ?(hora|horas|hores|ora|ore|h) (al dia|por dia|ao dia|al giorno|al jorn|per dia|diaria|diarias|diarie|ogni giorno|cada dia)\b/
    $rm_pay = /\b(pagamento|pago|pagos|cobro|cobrament|pagament|pagato|pagata|pagati|paga|remunerac\w{1,4}|remunerazione|guadagno|guanys?|ganancias?|ganhos?) (diari[oa]s?|diaris?|diaria|giornalier[oa]|quotidian[oa]|ogni giorno|cada dia|todos los dias|todos os dias|tots els dies|al dia|ao dia|por dia|al giorno|el mismo dia|no mesmo dia|el mateix dia|lo stesso giorno)\b|\b(cobras|cobra|cobres|recebe|recebes|ganhas|ganha|ganas|gana|guanyes|guanya|guadagni|guadagna|ricevi|riceve) (cada dia|todos os dias|todos los dias|tots els dies|diariament|diariamente|ogni giorno|al dia|ao dia|al giorno)\b/
    $rm_job = /\b(trabajo|trabalho|feina|lavoro|vaga|vacante|empleo|emprego|puesto|impiego|remot[oa]|en remot|a distancia|desde casa|de casa|da casa|des de casa)\b/
    $rm_ask = /\b(responda|responde|respon|respongui|rispondi|risponda|escreva|escribe|escribeme|escriu|escriu-me|scrivi|scrivimi|contesta|contestame)\b|\b(mais|mas|mes|piu) (informac\w{1,4}|informaci\w{1,2}|info|detalles|detalhes|dettagli)\b/
    $rm_own = /\b(entrevista|entrevista|colloquio|candidatura|postulacion|aplicaste|ti sei candidat\w|estafa|golpe|truffa|estafa|mi jefe|meu chefe|il mio capo|el meu cap)\b/
  condition:
    (($intro or $resume) and $opp and not $specific and not $own
      or ($ml_ref and $ml_side and $ml_ask and not $specific and not $own and not job_own_news_fr)
      or ($assigned and job_mentioned and ($age or $have) and not $specific and not $own)
      or ($assigned_es and $job_es and ($age_es or $have_es) and not $specific_es)
      or ($gave and $seek and $back and not $biz and not $specific and not $own)
      or ($fr_ref and $fr_seek and $fr_app and not job_own_news_fr)
      or ($x_cv and $x_pt and $x_avail and not $x_spec and not $own)
      or ($rm_job and $rm_hour and $rm_pay and ($rm_prof or $rm_ask or contact_count > 0) and not $rm_own and not $own)
      or ($rm_prof and $rm_job and ($rm_hour or $rm_pay) and ($rm_ask or contact_count > 0) and not $rm_own and not $own))
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule job_connection_form_fee
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A job 'connection' in Ghana or Nigeria: an uncle, brother or cousin at the harbour, port authority, airport, army, police or customs who 'are employing', and the money for the form or the protocol to pay first; or a 'job alert' of COCOBOD, GES, the police, immigration, customs or NNPC recruiting with the form or slot bought from a named Mr or Madam for a price (Ghanaian and Nigerian English, Nigerian Pidgin)"
  strings:
    // the relative or the connection inside a public employer
    $conn = /\b(uncle|brother|bro|sister|aunty|auntie|aunt|cousin|in-law|father|daddy|pastor|oga|godfather|connection)\b.{0,50}\b(harbou?r|ports?|port authority|airport|army|military|navy|air force|police|customs|immigration|prisons?|fire service|npa|nimasa|nnpc|faan|nscdc|civil defence|cbn|firs|gpha|gacl|kotoka|cocobod|ecg|vra|gra|gnpc|armed forces|refinery)\b/
    $employ = /\b(are|is|dey|don start|have started|has started|started) (employing|employ|recruiting|recruit|hiring|taking (new )?(people|staff|workers|applicants))\b|\b(recruitment|employment) (is |has |don |dey )?(ongoing|open|started|going on)\b|\bdem dey (employ|recruit|take people)\b/
    // the money "for the form": bought, paid or sent first
    $form = /\bfor (the |your |una |ur |a )?(forms?|protocol)\b|\b(forms?|protocol) (fee|fees|money|cost|costs|is|na|go be|price)\b|\bbuy (the |a |your )?forms?\b/
    // the sum as Ghana and Nigeria write it, which the money count may not read
    $amt = /\b[0-9][0-9,]{0,7} ?(cedis?|ghc|ghs|naira)\b|(gh₵|gh¢|₦|\bghc|\bghs|\bngn) ?[0-9]|\bn[1-9]/
    // a person's own application, the form given free, a warning, or the real drive's voucher sold at the
    // post office or online
    $own = /\b(i|we|she|he) (have |has |had |just |already |don )?(paid|bought|buy|pay)\b|\b(free|scam|fake|fraud|419|retired?|don'?t pay|do not pay|post office|website|portal|online|e-?vouchers?|official)\b/
    // or a "job alert": a public employer recruiting, the form or slot bought from a named person
    // ("call Mr. <name> for the form, GHS 300, limited slots")
    $agency = /\b(cocobod|ges|ghana education service|ghana (police|army|armed forces|immigration|prisons|fire|national fire|health|revenue|customs)( service| authority)?|police service|immigration service|prisons service|fire service|customs|gra|gnpc|ecg|nadmo|nacoc|gpha|npa|nnpc|nimasa|nscdc|civil defence|faan|firs|cbn|frsc|nigerian (army|navy|air force|police|customs|immigration|prisons|correctional))\b/
    $recruit = /\b(recruiting|recruitment|employing|enlistment|job alert|vacanc(y|ies))\b/
    $person = /\b(call|contact|whatsapp|text|reach|see|meet|chat|sms) (mr|mrs|madam|sir|oga|hon|officer|alhaji|hajia|chief|dr)\b|\bcontact person\b/
    $slot = /\b(forms?|slots?) (fee|fees|money|cost|costs|is|are|goes for|go for|sells? (for|at)|at|@|price|na|go be)\b|\bfor (the |your |a |una |ur )?(forms?|slots?)\b|\b(buy|get|obtain|secure|pick|collect) (the |your |a |una )?(forms?|slots?)\b/
    $own2 = /\b(i|we|she|he) (have |has |had |just |already |don )?(paid|bought|buy|pay)\b|\b(scam|scams|fake|fraud|419|beware|don'?t pay|do not pay|never pay|post office|e-?vouchers?|free of charge|is free|are free)\b/
  condition:
    ($conn and $employ and $form and (money_count > 0 or $amt) and not $own
      or $agency and $recruit and $person and $slot and (money_count > 0 or $amt) and not $own2)
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule job_sugar_connection_fee
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A paid 'sugar mummy' or 'sugar daddy' connection agent: rich mummies or daddies who pay weekly, and a registration or connection fee to be linked first (Nigerian Pidgin and English)"
  strings:
    $sugar = /\bsugar (mummy|mummies|mommy|mommies|mama|mamas|daddy|daddies|dad|dads)\b|\brich (mummy|mummies|mommy|mommies|aunty|aunties|widows?|wom[ae]n|white (wom[ae]n|lad(y|ies))|daddy|daddies|old men)\b|\bhook ?up (connection|agency|agent|service)\b/
    $connect = /\b(connect|connects|connecting|connection|connected|link (you|u|una)|hook (you|u|una) up|agent|agency|link ?up|match (you|u|una))\b/
    // the fee to be registered or linked first
    $fee = /\b(registration|reg|joining|connection|activation|form|membership|booking|verification) (fee|fees|charge|charges|money|is|na|go be|cost|costs)\b|\bpay\b.{0,20}\b(registration|reg fee|to (register|join|get connected|be connected|be linked))\b/
    // the sum as Nigeria and Ghana write it, which the money count may not read
    $amt = /\b[0-9][0-9,]{0,7} ?(naira|cedis?|ghs)\b|(₦|gh₵|\bngn|\bghs) ?[0-9]|\bn[1-9]/
    // a victim's warning or a person's own payment ("na scam", "I paid"), not the agent's "no scam"
    $warn = /\b(i|we) (paid|pay|don pay|sent)\b|\b(scam|scammers?|fake|fraud|419|yahoo|block (am|him|her|them|it))\b/
    $legit = /\b(no|not a|not|never) (scam|fake|fraud)\b/
  condition:
    $sugar and $connect and $fee and (money_count > 0 or $amt) and not ($warn and not $legit)
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule job_paid_tasks
{
  meta:
    action = "junk"
    weight = 2.5
    description = "Paid online 'tasks' - liking videos, rating apps, boosting orders - for commission; the review and rating task opener from a number with a pay that climbs task by task, 'just 3 tasks' or 'looking for honest people'; 'Task 1: follow this Instagram account or like these YouTube videos, send a screenshot, get so many rupees', the receptionist on Telegram; 'we pay so much for subscribing 3 channels or liking 2 videos' from a number (English, Hinglish); a brand's 'recruiter' for home reviewers or testers paying by the review or the task, from your phone (US English); a marketing agency paying so many reais per review or task (Brazilian Portuguese)"
  strings:
    $t = /\b(like|rate|review|boost|optimi[sz]e|submit|complete|rating|liking) ([0-9]{1,3} )?(youtube |tiktok |app |apps |product |hotel |amazon )?(videos?|apps?|products?|tasks?|orders?|reviews?|data|ratings|hotels)\b/
    $p = /\b(earn|earning|earnings|commission|salary|paid|payment|income|profit|reward)\b/
    // "Telegram tasks, Rs 500 for 3 tasks", "subscribe 3 channels, send a screenshot, Rs 150 each"
    $t2 = /\b(telegram|whats ?app|online|simple|easy|daily|prepaid|merchant) tasks?\b|\btask commission\b|\b(youtube|instagram|tiktok) (video |videos |post )?likes?\b/
    $t3 = /\b(subscribe|like|follow)( to)? ([0-9]{1,2} )?(youtube |instagram |tiktok )?(channels?|videos?|pages?|accounts?)\b.{0,60}\b(screenshots?|each|per (task|channel|video|like))\b/
    // romanised Hindi: "channel subscribe karke Rs 150 per task milega"
    $t4 = /\b(channels?|videos?|pages?|posts?) (ko )?(subscribe|like|follow) (karke|karo|karne|kijiye|karna)\b/
    // the review or rating task opener from a number (English, Hinglish): a pay that climbs task by task
    // ("$5 for the first, $10 for the second", "1st task Rs 150, 2nd task Rs 300", "pehle task ke 150, dusre
    // ke 300"), "just 3 tasks" ("sirf 3 task"), "looking for honest people" ("imaandar log chahiye")
    $rv = /\b(reviews?|reviewers?|ratings?|rate|5[- ]?stars?|five[- ]stars?)\b/
    $ladder = /\b(first|1st) (task|review|rating|order|one|assignment)s?( (pays?|gives?|earns?|gets?|is)| ?[=:-])? ?(\$|rs\.? ?|₹ ?|inr ?|usd ?)?[0-9]|\b(first|1st) ((pays?|gives?|earns?|is) ?|, ?)?(\$|rs\.? ?|₹ ?|inr ?|usd ?)[0-9]|\b(first|1st) (pays?|gives?|earns?) [0-9]|[0-9] (for|on) (the )?(first|1st)\b|\b(pehl[ae]|pahl[ae]) (task|review|rating|kaam)( ke| ka| ki| me| mein| par| pe)?( liye)? ?(₹ ?|rs\.? ?|inr ?)?[0-9]/
    $few = /\b(just|only|complete|finish|do) (2|3|4|5|two|three|four|five) (simple |easy |quick |small |short )?(tasks|reviews|ratings|orders|assignments)\b|\b(sirf|bas|keval|only|just) ([2-5]|do|teen|char|chaar|paanch|panch) (task|tasks|review|reviews|rating|ratings)\b/
    $honest = /\b(looking for|need|needs|seeking|hiring|searching for|want|chahiye) (some |a few )?(honest|genuine|serious|reliable|trustworthy|active) (people|persons|individuals|reviewers|users|members|candidates)\b|\b(imaandar|imandar|eemandar|imaandaar|imandaar) (log|logo|logon|vyakti|insaan|bande|reviewers?)\b/
    // a friend's own shop or book, a joke
    $own_rv = /\b(my|our|mera|meri|hamara|hamari) (book|shop|store|restaurant|cafe|bakery|salon|business|channel|page|app|dukaan|dukan)\b|\b(lol|haha|lmao)\b/
    // the social-media task job (English of India, Hinglish): "Task 1: follow this Instagram account / like
    // these YouTube videos", "Instagram account ko follow karke", a screenshot sent back, so many rupees,
    // the task named or the receptionist on Telegram
    $sm = /\b(follow|like|subscribe( to)?)( this| these| our| the| given| below)?( [0-9]{1,2})? (instagram|insta|youtube|facebook|tiktok)\b|\b(instagram|insta|youtube|facebook|tiktok)( [a-z]{1,10}){0,2} (ko )?(follow|like|subscribe)\b/
    $shot = /\bscreenshots?\b/
    $inr = /(₹|\brs\.?|\binr) ?[0-9]|[0-9] ?(rs|rupees|rupaye|rupay|rupiya)\b/
    $task = /\btasks?\b|\b(receptionist|reception)\b/
    // the brand's "recruiter" for reviewers (US English): "I'm Rebecca with Airbnb, we're looking for home
    // reviewers, $35/review, can be done from your phone": a pay by the review or the task, and the phone
    $per = /(\$|\busd ?)[0-9]{1,3}(\.[0-9]{2})?( ?- ?\$?[0-9]{1,3})? ?(\/ ?|per |a |for (each|every|one|a) |each |every )(review|rating|task|listing|evaluation|assignment|video|app test)\b/
    $from_phone = /\b(from|on|using|with) (your|ur) (phone|cell|cellphone|smartphone|mobile|iphone|android|couch)\b|\bfrom (home|anywhere)\b/
    $recruit = /\b(i'm|i am|this is|my name is) [a-z]{1,14}[a-z],? (with|from|at|representing|on behalf of)\b|\b(we're|we are|currently|now|is|are) (looking for|hiring|recruiting|seeking)\b/
    $rv_own = /\b(i|i've|i'm) (been |also |just )?(doing|did|do|made|make|earned|earn|tried|signed up|joined)\b|\b(lol|haha|lmao|scam)\b/
    // the paid subscribe-and-like task from a number (English of India, Hinglish): "we pay 150 for subscribing
    // 3 channels", "like 2 videos, 50 each", "3 channel subscribe karo, 150 milega"; a sum paid or earned
    $sub = /\b(subscrib(e|ing)|lik(e|ing)|follow(ing)?)( to)? ([0-9]{1,2}|two|three|four|five|these|given|below) (youtube |yt |instagram |insta |facebook |fb |tiktok |google )?(channels?|videos?|pages?|accounts?|hotels?|reels?|posts?)\b|\b([0-9]{1,2}|do|teen|char|chaar|paanch) (youtube |yt |instagram |insta )?(channels?|videos?|pages?|hotels?)( ko)? (subscribe|like|follow)\b/
    $sub_pay = /\b(we pay|we will pay|we'll pay|you (can |will )?(earn|get|make)|earn|earning|income|salary|payment)\b.{0,20}[0-9]|[0-9] ?(rs|rupees|rupaye|rupay|inr)?( each| per (task|day|channel|video|like|subscription)| ?milega| ?milenge)\b/
    // a friend's own ask, or money lent and paid back ("mere 2 videos like kar de, 500 rs wapas kar dunga")
    $sub_own = /\b(mere|mujhe|yaar|yar|bhai|bro|dude|wapas|vapas)\b/
    // Arabic: rate products, boost or support shops' orders, like or follow (a letter is two bytes: no \b); the
    // commission by the task or the order; the pay or the withdrawal by the day
    $ar_act = /(تقييم|قيم|تقيم) (ال)?(منتجات|منتج|متاجر|تطبيقات|فنادق)|(دعم|تعزيز|رفع|تنشيط) (ال)?(طلبات|مبيعات|متاجر)|(مهمة|مهام|المهام|مهمات)( بسيطة| سهلة)? (تقييم|لايك|إعجاب|اعجاب|متابعة)/
    $ar_comm = /(عمولة|عمولات|العمولة|العمولات) (عن |على |لكل |في كل |مقابل )?(كل )?(مهمة|طلب|تقييم|منتج)|(لكل|عن كل|مقابل كل) (مهمة|طلب|تقييم)/
    $ar_daily = /(يوميا|يومياً|اليومية|يومي|كل يوم|في اليوم|نفس اليوم|السحب|سحب الأرباح|سحب الارباح)/
    // Portuguese: rate products, boost shop orders, like videos; a commission by the task or order; paid by the day
    $pt_act = /\b(avaliar|avalie|avaliando|avaliacao de|impulsionar|impulsione|impulsionando|turbinar|curtir|curtindo|dar likes? em|seguir) ([a-z]{1,12} ){0,2}(produtos?|pedidos?|lojas?|videos?|aplicativos?|apps?|hoteis|perfis|canais)\b/
    $pt_comm = /\b(r\$ ?[0-9][0-9.,]{0,6}|[0-9] reais) (por|a cada|cada) (tarefa|avaliacao|curtida|video|pedido)\b|\b(comissao|comissoes)\b.{0,30}\b(tarefas?|pedidos?|avaliac(ao|oes))\b|\b(por|cada|a cada) (tarefa|pedido|avaliacao|curtida|like)\b.{0,30}\b(comissao|rende|ganha|ganhe|recebe|receba|paga)\b/
    $pt_pay = /\b(pagamentos?|pago|pagos|saques?|recebe|receba|ganhe|ganha)\b.{0,30}\b(diarios?|diarias?|diariamente|todo dia|todos os dias|no mesmo dia|na hora|por dia)\b/
    // Polish, Slovak, Romanian, Serbian (Latin and Cyrillic), Spanish, Portuguese, Vietnamese: a like, a review, a rating or
    // a follow paid by the piece or by the day, for a "recruiter" of a famous platform ...
    $mt_act = /\b(polubieni\w{1,3}|wystawi\w{1,6} opini\w{1,3}|opini\w{1,3} (w|na) google|ocenian\w{1,3} (hoteli|restauracji|produktow|filmow)|lajk\w{0,5}|hodnoteni\w{0,2} (hotelov|restauracii|produktov)|recenzi\w{1,3}|aprecieri|evalu\w{1,6} (hoteluri|hotelurile|produse|produsele|restaurante)|ocenjivanj\w|ocjenjivanj\w|ocenite (hotele|restorane)|pratite (naloge|profile)|(dar|dando|des|dale) (me gusta|likes?)|resenas?|calificar (hoteles|restaurantes|productos)|seguir cuentas|curtid\w{1,2}|curtir videos|avaliac\w{2,3} no google|tha tim|luot (like|thich|theo doi)|danh gia (khach san|san pham|nha hang|google))\b|(лајк|оцењивањ|оцјењивањ|рецензиј|оцени хотел|оцене хотел)/
    $mt_per = /\b(za (kazde|kazda|kazdy|kazdego|jedn\w{1,2})|za (opini|polubien|lajk|recenzi)\w{1,3}|pentru (fiecare|o) (recenzie|apreciere|evaluare|like)|po (zadatku|lajku|oceni|recenziji|komadu)|por (cada )?(resena|like|me gusta|seguimiento|video|calificacion)|por cada|(cada|por) (curtida|avaliacao|video curtido)|moi (luot|danh gia|video|like)|dziennie|denne|zilnic|pe zi|dnevno|al dia|por dia|moi ngay|\/ngay)\b|(по задатку|по лајку|по оцени|дневно)/
    // (a sum in the local currency, which the money counter may not read)
    $mt_sum = /[0-9] ?(zl|zlotych|pln|eur|euro|eura|lei|ron|din|dinara|rsd|reais|pesos|k|tr|trieu|nghin|dong|vnd)\b|[0-9] ?(евра|динара|дин)/
    // ... and the ask: reply YES, or write on Telegram, WhatsApp, Viber or Zalo
    $mt_ask = /\b(odpisz|napisz|odpowiedz|odpovedzte|napiste|odpiste|raspundeti|raspunde|scrieti|odgovorite|javite se|pisite|responde|responda|escribe|escribenos|me chama|chama no|nhan tin|ket ban|inbox|ib)\b|\bzalo\b|(пишите|јавите се|одговорите|телеграм|вајбер|ватсап)/
    $mt_own = /\b(moj\w{0,2} (film|kanal|profil|video)|moj (kanal|profil|video)|mi (canal|video|perfil|negocio)|meu (canal|video|perfil)|canalul meu|kenh cua (minh|em|toi)|oszust\w{0,4}|podvod\w{0,3}|teapa|prevar\w{1,3}|estafa|lua dao|haha|jaja|kkk)\b/
    // the writer's own task or a warning ("golpe", "tarefa da faculdade")
    $task_own = /\b(golpe|golpistas?|faculdade|escola|trabalho de casa)\b|(احتيال|نصب|نصاب|وهمي|احذر)/
  condition:
    ($t and $p and (job_pay_rate or job_chat_app or job_mentioned)) or (($t2 or $t3 or $t4) and ($p or money_count > 0) and sender_kind != "alpha" and sender_kind != "shortcode")
    or ($rv and (($ladder and ($few or $honest)) or ($few and $honest)) and not $own_rv and sender_kind == "phone")
    or ($sm and $shot and ($p or money_count > 0 or $inr) and ($task or job_chat_app or job_mentioned) and not $own_rv
        and sender_kind != "alpha" and sender_kind != "shortcode")
    or ($per and $from_phone and $recruit and not $rv_own and sender_kind == "phone")
    or ($sub and ($sub_pay or $inr) and not $own_rv and not $rv_own and not $sub_own and sender_kind == "phone")
    // (Arabic, Portuguese: rating products or boosting shop orders, a commission by the task or the order, paid or
    // withdrawn by the day)
    or ((($ar_act and $ar_comm and ($ar_daily or money_count > 0)) or ($pt_act and $pt_comm and ($pt_pay or money_count > 0)))
        and not $own_rv and not $task_own and sender_kind != "alpha" and sender_kind != "shortcode")
    // (Polish, Slovak, Romanian, Serbian, Spanish, Portuguese, Vietnamese: a like, review or follow paid by the piece or the
    // day, and a reply or a chat app)
    or ($mt_act and $mt_per and (money_count > 0 or job_pay_rate or $mt_sum) and ($mt_ask or job_chat_app)
        and not $mt_own and not $task_own and sender_kind != "alpha" and sender_kind != "shortcode")
}

rule job_task_deposit
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A 'task' or 'work account' that pays commission but must be recharged or topped up to continue; the task group's 'prepaid', 'merchant' or 'welfare' task where you put in a sum to get more back (English, Hinglish, Chinese, Spanish, Portuguese, French, Indonesian, Vietnamese); the next tasks to unlock by a deposit or a recharge (Spanish, Portuguese, French): the task scam's hook"
  strings:
    $t = /\b(tasks?|task set|work account|commission|order grabbing|optimi[sz]ation)\b/
    $d = /\b(recharge|top ?up|deposit|prepay|pay in|reset fee|unlock (the )?next)\b/
    // the "prepaid", "merchant" or "welfare" task of a Telegram or WhatsApp task group: put in a sum,
    // get more back (English, Hinglish)
    $pre = /\b(prepaid|pre-paid|merchant|welfare|combination|combo|vip|advanced?) (tasks?|orders?)\b/
    $inv = /\b(invest|investment|pay|payment|deposit|transfer|recharge|top ?up|put in|daalo|dalo|daaliye|dalna|jama|lagao|lagaiye|lagana)\b/
    $back = /\b(get|gets|receive|receives|earn|withdraw)\b.{0,30}[0-9].{0,20}\b(back|returns?|profit|principal)\b|\b[0-9]{1,3} ?% (return|returns|profit|commission|extra)\b|\b(wapas|vapas|return|profit|commission) (milega|milenge|mil jayega|mil jaega|aayega|ayega|dega|denge)\b/
    // the same hook in Chinese ("垫付任务 ... 本金和佣金返还"), Spanish, Portuguese, Indonesian and Vietnamese
    $zh = /(垫付|预付|充值)(任务|单)|(任务|刷单|做单).{0,60}(垫付|预付)/
    $zh_back = /(返还|返款|本金|返佣|佣金|收益)/
    $intl = /\b(tareas? (prepagadas?|pagadas por adelantado|de comerciante|comerciales|de bienestar|combinadas?|vip)|tarefas? (pre-?pagas?|pagas antecipadamente|de comerciante|de bem-estar|combinadas?|vip)|taches? (prepayees?|payees d'avance|de marchand|commerciales?|de bien-etre|combinees?|vip)|tugas (prabayar|berbayar|merchant|kesejahteraan|kombinasi|vip)|nhiem vu (tra truoc|nap tien|dac biet|vip|ket hop))\b/
    // the sums as Chinese and Vietnamese write them, which the money count may not read
    $amt = /[0-9] ?(元|块|美元|美金)|[0-9] ?(usdt|vnd|dong|d|k|dolares|pesos|soles|reais)\b|[0-9] \$/
    // the next tasks locked until a deposit or a recharge: "para desbloquear las tareas siguientes debes hacer un
    // deposito", "para liberar as proximas tarefas ... deposito", "pour debloquer les taches suivantes ... un depot"
    $unlock = /\b(desbloquear|desbloquea|desbloquee|desbloqueie|liberar|libere|debloquer|debloquez)\b.{0,30}\b(tareas?|tarefas?|taches?)\b/
    $unlock_pay = /\b(deposito|depositar|deposite|deposita|recarga|recargar|recargue|recarregue|recarregar|depot|deposer|deposez|rechargez|recharger|pagar|pague|payer|payez)\b/
    // a warning about the scam
    $unlock_warn = /\b(golpe|golpistas?|estafa|estafadores|fraude|arnaque|arnaqueurs?|cuidado|ojo|attention|mefiez)\b/
    $intl_back = /\b(recibe|recibiras|recevrez|recevras|recevoir|en retour|rembourse\w{0,2}|recibira|recibes|devuelve|devolvera|devolucion|reembols\w{1,4}|retorno|ganancia|ganancias|comision|receba|recebera|devolvid[oa]|lucro|comissao|de volta|kembali|dikembalikan|komisi|keuntungan|hoan (lai|tien|von)|nhan lai|hoa hong|loi nhuan)\b/
  condition:
    ($t and $d)
    or ((($pre and $inv and $back) or ($zh and $zh_back) or ($intl and $intl_back)
        or ($unlock and $unlock_pay and not $unlock_warn))
      and (money_count > 0 or $amt) and sender_kind != "alpha" and sender_kind != "shortcode")
}

rule job_paid_survey
{
  meta:
    action = "junk"
    weight = 2.5
    description = "A paid-survey panel pitched from a person's number: get paid $N for each short survey from home or your phone, want me to send the details or the link?; or an income by the day or week no survey pays ('earn $500/day from home taking surveys, sign up free'), opt-out footer or not (US English)"
  strings:
    // the pay by the survey: "$35 for each short survey", "$25-$75 per survey", "paid surveys"
    $pay = /(\$|\busd ?)[0-9]{1,3}(\.[0-9]{2})?( ?- ?\$?[0-9]{1,3})? (per|a|for (each|every|one|a)|each|every)( short| quick| online| simple| easy| [0-9]{1,2}[- ]?min(ute)?)? (survey|questionnaire)|\bget paid (for|to take|to do|to complete|to answer)( short| quick| online| simple)? surveys\b|\bpaid (online )?surveys\b/
    $ask = /\b(want|would you like|should|shall|can|may) (me to |i )?send (you )?(the |more |all the )?(details|info|information|link)\b|\binterested\?|\breply "?(yes|y|1|info)\b|\b(want|would you like) (the |more )?(details|info|link)\?/
    // or an income by the day or week no survey pays ("earn $500/day from home taking surveys": $100 or more),
    // with a sign-up, a link or a way to answer
    $big = /(\$|\busd ?)([1-9][0-9,]{1,2}[0-9][0-9,]{0,4}|[1-9][0-9]{0,2}k)\+? ?(\/ ?(day|week|wk)|(a|per|each|every) (day|week)|daily|weekly)\b/
    $srv = /\bsurveys?\b/
    $join = /\b(sign ?up|join|register|start earning|get started)\b/
    // a friend's own survey money, a research study or a school's survey
    $own = /\b(i|i've|i have|i'm|we) (been |also |just )?(doing|did|do|made|make|earned|earn|got|tried|signed up|joined|use)\b|\b(lol|haha|lmao|scam)\b|\bis (this|that|it) (real|legit)\b|\b(my|our) (lab|study|research|professor|class|school|department|church|hoa|pta|team|sister|brother|friend|cousin|mom|mum|dad|aunt|uncle|wife|husband|roommate|coworker)\b|\b(she|he) (says|said|makes|made)\b/
  condition:
    (($pay and $ask) or ($big and $srv and ($join or $ask or url_count > 0 or contact_count > 0)))
    and not $own and sender_kind == "phone"
}

rule job_mystery_shopper
{
  meta:
    action = "junk"
    weight = 2.5
    description = "Paid mystery-shopper or secret-shopper work offered by text; from a number, a weekly pay ('N80,000 weekly', '$500 weekly') and 'text back YES to apply' (Nigerian and US English)"
  strings:
    $m = /\b(mystery|secret) shopp(er|ers|ing)\b/
    // paid per assignment, or by the cheque the fake-cheque scam mails ("first assignment: $300, a check will be mailed")
    $p = /\b(earn|paid|pay|salary|per (assignment|task|evaluation)|(first|next|your) (assignment|evaluation)|(check|cheque) (will be|is being|has been) (mailed|sent|posted))\b/
    // or from a number, a sum by the week ("N80,000 weekly", "$500 per week") and "text back YES to apply"
    // (Nigerian and US English); a friend's gossip or a warning about the post is not it
    $wk = /(\$|₦|\bn|\bngn ?|\busd ?)[0-9][0-9,.]{0,8}k? ?(weekly|per week|a week|every week|each week|\/ ?(week|wk))\b/
    $yes = /\b(text|txt|reply|respond)( back)?( with)? "?(yes|y)"?( to (apply|join|start|register|get started|be considered))?\b/
    $gossip = /\b(lol|haha|lmao|scam|fake|fraud|legit|my (aunt|sister|brother|friend|mom|mum|cousin)|i (did|do|tried))\b/
  condition:
    $m and ($p or ($wk and $yes and not $gossip and sender_kind != "alpha" and sender_kind != "shortcode"))
}

rule job_task_intl
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Easy part-time or remote work paying daily, in Chinese, Spanish, Portuguese, Indonesian, Arabic, Hindi, Marathi, Bengali, Telugu, Haitian Creole or romanised Hindi, Urdu and Kannada, with a contact; work from home with a sum earned by the day and 'reply YES / interested' or 'only 1 hour, no investment' in romanised Hindi, Kannada, Tamil, Telugu and Malayalam; home work for 'only 30 minutes a day' or a daily or hourly pay, 'reply to me' (Vietnamese, Chinese, Korean, Tagalog, Spanish: US immigrant communities); the Chinese part-time and order-brushing ad (兼职, 刷单, 做单, 日结) with a chat app or id to add and its pay, its easy terms (一部手机, 时间自由) or the id itself (simplified and traditional); the Chinese click or typing job (点赞员, 打字员, 一单一结, 先做后结, 日赚) or the recruiter who 'saw your CV' offering remote customer service at a monthly pay, with a digit or a word to reply, a group to join or a first-order reward, from a person's number; from home, the phone or part time with an earning by the day, in any order, in Hindi, Nepali or Marathi (Devanagari), Bengali, Telugu, Tamil or Sinhala script with a number, a link or a chat app, not the writer's own work; the paid micro-task side job in Indonesian, Malay and Tagalog or Taglish (kerja sampingan or sambilan, separuh masa, sideline, raket; like and follow accounts, rate hotels or apps, optimise orders) with a commission or wage by the task or the day and a way to answer (minat balas, berminat, PM, WhatsApp), not the writer's own side job; rating products, liking videos or following profiles for a sum by the day with a way to answer (Brazilian Portuguese, Spanish, Russian, Ukrainian, Turkish, Romanian, Polish, Arabic); the Cantonese part-time ad paid the same day (即日出糧, 唔使經驗) with 'reply if interested'; typing from home or hotel and app reviews paid by the day, with a deposit to hold the file or 'reply CO' (Vietnamese); likes, subscriptions, map or purchase reviews or purchase-agency orders paid by the piece or so much a day (일당 10만원), refunded with a commission or settled the same day, with Telegram, KakaoTalk or an ID to add (Korean); map or hotel reviews paid so much a piece with a digit to reply (Chinese)"
  strings:
    // Chinese: the part-time or order-brushing job (兼职, 刷单, 做单, 日结 N 元, simplified and traditional) ...
    // ("日结" not in a date's "日结束": "the sale ends on the 20th, contact us")
    $zh1 = /(兼职|兼職|刷单|刷單|刷信誉|刷信譽|刷销量|刷銷量|刷好评|刷好評|补单|補單|做单|做單|一单一结|一單一結|日赚|日賺|高薪|招聘|在家工作|点赞|點讚|做任务|做任務|佣金|傭金|手机赚钱|手機賺錢|在家赚钱|在家賺錢|躺赚|躺賺)|(每天|每日|一天)(轻松|輕鬆|轻轻松松|輕輕鬆鬆|就能|可以|可)?(赚|賺)|日(结|結)([0-9]|,|\.|!|:|;| |\+|。|、|工资|工資|算|薪|佣金|傭金|$)/
    // ... a chat app, an id to add (加V, vx, 扣扣, 薇信) or a link ...
    $zh2 = /(洽賴|私賴|賴我|賴 ?@|賴 ?id|line ?id|line ?@|微信|加我|联系|聯繫|联络|聯絡|qq|扣扣|企鹅|企鵝|加v|加微|加薇|薇信|威信|v信|vx|加line|加賴|telegram|飞机号|飛機號|whatsapp|链接|鏈接|点击|點擊|私信|私聊)/
    // ... and what the stranger's ad holds: the pay (日入 300, 150元, 一单一结), the easy terms (一部手机, 时间自由,
    // 在家, 无需押金) or the id itself; a person's own part-time news or a late call back is not it
    $zh_pay = /[0-9] ?(元|块|塊|美元|美金|刀|rmb)|(日入|日進|日进|月入|日赚|日賺|收入|佣金|傭金|工资|工資|日薪|日结|日結)[0-9]|(一部手机|一部手機|一台手机|一台手機|时间自由|時間自由|动动手指|動動手指|手机操作|手機操作|手机就能|手機就能|在家|宝妈|寶媽|学生党|學生黨|无需押金|無需押金|不收押金|零投入|零成本|无需经验|無需經驗|轻松|輕鬆|一单一结|一單一結)/
    $zh_id = /(微信|qq|扣扣|vx|加v|加微|加薇|薇信|威信|v信|企鹅|企鵝)(号|號)?(:| )?[a-z0-9][a-z0-9_-]{1,3}[a-z0-9]/
    $zh_own = /我(最近|现在|現在|刚|剛|也|还|還)?(在|找了|找到|开始|開始)(做|個|个|一份|份)?(兼职|兼職)|我(现在|現在|最近|也)?(每天|一天)(能|可以)?(赚|賺)|(晚点|晚點|回头|回頭|等下|待会|待會|明天)(再)?(联系|聯繫|聊)|(邀请您|邀請您|诚邀您|誠邀您).{0,30}面试|阿姨|保姆|钟点工|鐘點工|家教|保洁|保潔|家政|面试(时间|時間|地点|地點|地址)/
    // a warning passed on ("刷单是骗人的", "千万别加"), not the recruiter's "绝不骗人"
    $zh_warn = /(骗人|骗了|被骗|被騙|骗子|騙子|诈骗|詐騙|骗局|騙局|千万别|千萬別|谨防|謹防|上当|上當)/
    $zh_legit = /(不是骗|不是騙|绝不骗|絕不騙|绝非骗|絕非騙|不骗人|不騙人)/
    // the click and typing job without a chat id: the easy phone work or its pay (点赞, 打字员, 刷单, 一单一结,
    // 先做后结, 日赚) ...
    $zh_click = /(刷单|刷單|点赞员|點讚員|點贊員|点赞关注|關注點讚|点赞任务|點讚任務|打字员|打字員|一单一结|一單一結|每单佣金|每單佣金|每单结算|每單結算|先做后结|先做後結|先做后付|先做後付|日赚|日賺|动动手指|動動手指|手机兼职|手機兼職|线上兼职|線上兼職|网络兼职|網絡兼職|网上兼职|網上兼職|兼职日结|兼職日結|即做即结|即做即結|补单员|補單員|刷单员|刷單員|打字录入|打字錄入|录入员|錄入員|抄写员|抄寫員|手工活|即日出糧|即日出粮|日日出糧|每單有佣|每单有佣|唔使經驗|唔使经验)|(写|寫)(地图|地圖|酒店|店铺|店鋪)?(好评|好評|评价|評價|点评|點評).{0,30}(每条|每條|每单|每單|一条|一條)[0-9]/
    // ... or the recruiter who read "your CV on a job site" and offers remote customer service at a monthly pay ...
    $zh_cv = /(看到|看了|收到|浏览|瀏覽|关注到|關注到)(了)?(您|你)(在.{0,36})?(投递|投遞|投|上传|上傳|发布|發布)?(的)?(简历|簡歷|履历|履歷)|(您|你)的(简历|簡歷|履历|履歷)(已|已经|已經)?(通过|通過|入选|入選|被选中|被選中)/
    $zh_remote = /(远程|遠程|遠端|居家|在家|线上|線上|网络|網絡)(客服|办公|辦公|上班|工作|岗位|崗位|职位|職位|職缺)/
    $zh_month = /(月薪|月入|底薪|月收入|日薪|薪资|薪資|日结|日結|日入|时薪|時薪)(过万|過萬|上万|上萬|[0-9]|一|二|三|四|五|六|七|八|九|两|兩)/
    $zh_cs = /(远程|遠程|遠端|居家|在家|线上|線上|网络|網絡)客服/
    // ... and the ask: reply a digit or a word, "if interested reply", join the group, the first-order reward
    $zh_ask = /(回复|回覆|回|扣|打)(数字|數字)? ?("|「)?[0-9]|(回复|回覆) ?("|「)?(y|yes|ok)\b|(私我|滴滴我|敲我)|(回复|回覆)("|「)(报名|報名|想|要|做|好|了解|兼职|兼職|可以|ok|yes)|(有意|有兴趣|有興趣|感兴趣|感興趣|想做|需要)的?(者|话|話)?(请|請)?(回复|回覆|私聊|私信)|(进群|進群|加群|入群|qq群|扣扣群|微信群|拉你进|拉您进|拉你進|拉您進|群号|群號)|(首单|首單)(奖励|獎勵|送|返|红包|紅包)|新人(奖励|獎勵|红包|紅包|福利)/
    // a person's own job ("我找了个刷单的兼职", "我在做打字员")
    $zh_own2 = /我(最近|现在|現在|刚|剛|也|还|還)?(在做|做了|找了|找到|开始做|開始做|接了|在家做|兼职|兼職)/
    $es = /\b(trabajo|trabajar|empleo|chamba)\b.{0,40}\b(desde casa|remoto|a tiempo parcial|medio tiempo|online)\b.{0,80}\b(gana|ganar|pago|diario|por dia|al dia)/
    $pt = /\b(trabalho|emprego|vaga)\b.{0,40}\b(em casa|remoto|meio periodo|online|home ?office)\b.{0,80}\b(ganhe|ganhar|por dia|diario|salario)/
    $id = /\b(pekerja|kerja|pekerjaan) (paruh waktu|sambilan|dari rumah)|\bgaji\b.{0,40}\b(per hari|sehari|harian)/
    // Indonesian, Malay and Tagalog (Taglish): the paid micro-task job: a side job ("kerja sampingan",
    // "kerja sambilan", "separuh masa", "sideline", "raket") or the task itself (like and follow accounts,
    // rate hotels or apps, optimise orders, "tugas mudah", "simple tasks lang") ...
    $sea_job = /\b(kerja|kerjaan|pekerjaan|lowongan|loker|job) (sampingan|sambilan|paruh waktu|separuh masa|part ?time|online|dari rumah|di rumah|dari hp|rumahan|freelance)\b|\b(paruh waktu|separuh masa|sideline|raket|home[- ]based)\b|\b(trabaho|kita|raket|sideline|work) (sa bahay|gamit ang (cellphone|cp|phone|selpon))\b/
    $sea_task = /\b(tugas|tugasan|misi|tasks?)( [a-z]{1,10})? (mudah|sederhana|ringan|simple|online|harian|senang|ringkas|madali|lang)\b|\b(simple|simpleng|madaling|mudah|easy) (na )?(tugas|tugasan|tasks?)\b|\b(like|follow|subscribe|rate|review)( (dan|and|at|&|atau) (like|follow|subscribe|share|komen|rate|review))?( lang| saja| sahaja| aja| je)?( sa| di| ke| kat)? (akun|akaun|channel|kanal|produk|toko|kedai|hotel|hotels|aplikasi|tiktok|youtube|instagram|ig|insta|facebook|fb|shopee|lazada|video|videos|postingan|konten)\b|\bmag-?(like|follow|subscribe|rate|review)\b|\b(beri|berikan|kasih|memberi|bagi) (rating|ulasan|penilaian|bintang)\b|\b(menilai|nilai) (hotel|aplikasi|produk)\b|\boptimasi (pesanan|order|produk|data)\b/
    // (a bare side job counts only done online, from home or from the phone: a shop's part-time post is no task)
    $sea_remote = /\b(online|daring|dari rumah|di rumah|dari hp|dari handphone|lewat hp|modal hp|pakai hp|guna (telefon|handphone|hp)|dari telefon|dari mana saja|bila-bila masa|sa bahay|gamit ang (cellphone|cp|phone|selpon)|sa cellphone|from home|work from home|wfh|home[- ]based|tanpa modal|walang puhunan)\b/
    // ... a pay by the task or the day ("komisi Rp 15.000 per tugas", "upah RM15 setiap tugasan", "P150 per
    // task, kita agad") or paid out at once ("komisi langsung cair") ...
    $sea_pay = /\b(komisi|komisen|komisyon|commission|upah|bayaran|dibayar|gaji|penghasilan|pendapatan|cuan|kikita|kumita|sahod|sweldo)\b|\bkita (agad|ng|hanggang|mo)\b|\bdapat(kan)? (komisi|komisen|uang|duit|wang|rp|rm)\b/
    $sea_rate = /\b(per|setiap|tiap|bawat|kada) (satu |isang )?(tugas|tugasan|task|order|pesanan|like|follow|rating|ulasan|review|video|hari|araw|jam|oras)\b|\b1 (tugas|tugasan|task|like|follow|video|rating|review) ?(=|dapat|bayad)|\/ ?(tugas|task|hari|araw)\b|\b(sehari|harian|sejam|araw-araw|arawan|daily|per day|a day)\b|\b(langsung|bisa|boleh|cepat) (cair|wd|withdraw|dikeluarkan)\b|\b(kita|bayad) agad\b/
    $sea_amt = /\bp ?[1-9]|[0-9] ?(rb|ribu|jt|juta|pesos?|ringgit|rupiah)\b/
    // ... and a way to answer ("minat? balas YA", "berminat? WhatsApp", "PM lang", "interesado?") ...
    $sea_ask = /\b(minat|berminat|interesado|interesada|balas|ketik|pm|dm|inbox|chat|wa|i-?message|mag-?message|mag-?reply|i-?reply)\b|\bmessage (mo|nyo|lang|po|na|kami|si)\b/
    // ... not the writer's own side job ("aku dapat kerja sambilan", "raket ko", "nakahanap ako") or a warning
    // ("aku kerja di <a marketplace>" is the recruiter's own opener, "aku lagi kerja sampingan" the friend's news)
    $sea_own = /\b(aku|gue|gw|ane) (lagi |sedang |baru |udah |sudah |dah |pun |juga )?(dapat|dapet|ambil|ikut|nyoba|cuba|coba)\b|\b(aku|gue|gw|ane) (lagi|sedang|baru|udah|sudah|dah|juga) kerja\b|\bsaya (lagi|sedang|baru|udah|sudah|dah) (dapat|dapet|kerja|ambil|ikut|mulai)\b|\b(kerjaan|gaji|komisi|upah|sampingan|sambilan)(ku| aku| gue| gw)\b|\b(raket|sideline|trabaho|kita|sahod|sweldo|commission) ko\b|\b(nakahanap|natanggap|nagsimula|nakakuha|nagtatrabaho|kumikita|kumita) (na )?ako\b|\b(penipuan|nipu|modus|hati-hati|waspada|scam|budol|hoax)\b|\b(kakak|kak|abang|adik|kawan|temen|teman|sepupu|mak|bapak|pakcik|makcik|tante|om|bos|tita|tito|pinsan|kaibigan|kapatid|ate|kuya|nanay|tatay|boss) (aku|gue|gw|ku|ko)\b|\b(temenku|temanku|kawanku|kakakku|abangku|adikku)\b/
    // Arabic: a job "remotely" or "from home" paid "daily" (يومي also reads يومياً)
    $ar = /(وظيفة|عمل|شغل).{0,30}(عن بعد|من المنزل|من البيت|اونلاين|أونلاين).{0,60}(يومي|في اليوم)/
    $hi = /\b(ghar (baithe|baith ke|betha|bethe|baitha)|part ?time|online) (job|kaam|kam|work)\b|\b(online|part ?time) ghar (baithe|betha|bethe|baitha) (job|kaam|kam|work)\b|\b(roz|rozana|daily|har din) ([0-9]{1,3}[0-9,]{0,6}|hazaar|hazar)\b.{0,30}\b(kamaye|kamao|kamaiye|kamai)\b|\bghar (baithe|se) (kamaye|kamao|kamaiye|paise)/
    // Hindi in Devanagari: work from home, earn so much a day
    $nl = /\b(thuisbaan|thuiswerk|bijbaan|parttime|werken vanuit huis)\b.{0,60}\b(per dag|per uur|per week|euro|€)/
    $pl = /\b(praca zdalna|prace zdalna|pracy zdalnej|praca dodatkowa|praca z domu)\b.{0,80}\b(dziennie|za godzine|zl|tygodniowo)\b/
    $ja = /(副業|在宅ワーク|在宅で|スマホで).{0,40}(日給|日収|月収|稼げ)/
    $ta = /(வீட்டிலிருந்தே|வீட்டிலிருந்து).{0,80}(சம்பாதி)/
    // (and in Marathi, Bengali and Telugu; a letter of these scripts is three bytes: the gap is counted in bytes)
    $hi_dev = /(घर बैठे|घर से|वर्क फ्रॉम होम|पार्ट टाइम|घरबसल्या).{0,150}(कमाएं|कमाई|कमाओ|कमा सकते|इनकम|कमवा)/
    $bn = /(পার্ট টাইম|বাড়িতে বসে|ঘরে বসে).{0,150}(আয়|ইনকাম|উপার্জন)/
    $te = /(పార్ట్ టైమ్|ఇంటి నుండి|ఇంట్లో నుండే).{0,150}(సంపాదించ|ఆదాయం)|(ಪಾರ್ಟ್ ಟೈಮ್|ಮನೆಯಿಂದಲೇ|ಮನೆಯಿಂದ).{0,150}(ಗಳಿಸಿ|ಸಂಪಾದಿಸಿ|ಆದಾಯ)/
    // romanised Kannada: "work from home, earn so much a day"
    // Haitian Creole: work from home or your phone, so much a day ("travay lakay ou ... $200 pa jou")
    $ht = /\btravay (lakay|nan kay|sou telefon|a distans|onlin|online|aleka|patan)\b.{0,80}\b(pa jou|chak jou|pa le|pa semen|pa mwa|chak semen)\b/
    $kn = /\bmane (inda|yinda|alli|alle) kelasa\b|\bdinakke\b.{0,30}\b(gallisi|sampadisi|sampaadisi)\b/
    // romanised Hindi, Kannada, Tamil, Telugu and Malayalam: work from home ("ghar baithe", "maneyinda
    // kelasa", "veettil irundhe velai", "intlo nunchi pani", "veettil irunnu joli"), a sum earned by
    // the day ("daily 3000", "dinakke 2000 sampadane", "rojuku 3000 sampadinchandi"), and "reply YES /
    // interested" or the easy part ("sirf 1 ghanta", "koi investment nahi")
    $rin_work = /\bghar (baithe|baith ke|baithkar|bethe|betha|baitha|se)\b|\b(work from home|wfh)\b|\b(part ?time|online|mobile|phone) (job|work|kaam|kam|naukri|kelasa|kelsa|velai|vela|pani|joli|udyogam)\b|\bmane ?(y?inda|y?alli|y?alle)(ye|e)? (kelasa|kelsa|kulitu|kuthu)\b|\bveet{1,2}(il|ula|la|ile) ?iru(ndh|nth|nd|nn)|\b(intlo|intilo|inti|imtlo|intlone) (nunchi|nundi|nunche|nunde|kurchuni|kurchoni)\b/
    $rin_day = /\b(daily|roz|rozana|roj|har din|per day|pratidin|dinakke|dinaku|dinamum|dhinamum|thinamum|dinasari|naalukku|naalonrukku|oru naalaikku|rojuku|roju ki|rojuki|prathi roju|prati roju|divasam|divasavum|dhivasam|dinavum)\b.{0,20}((₹|\brs\.?|\binr) ?[0-9]|\b[1-9][0-9,]{1,2}[0-9]|\b[1-9][0-9]? ?k\b|\b(hazar|hazaar|savira|saavira|aayiram|ayiram|veyyi|kamai|kamaye|kamaiye|kamao|kamaen|kamana|kama sakte|income|earn|earning|sampad[a-z]{0,10}|sampaad[a-z]{0,10}|sambad[a-z]{0,10}|sambaad[a-z]{0,10}|sambath[a-z]{0,10}|gallis[a-z]{0,4}|varumanam|aadayam)\b)|[0-9] ?(k|rs|rupaye|rupees|rupay|rupai|roopa|rupa)?(\/-)? ?(daily|per day|roz|rozana|dinakke|dinaku|dinamum|dhinamum|rojuku|divasam|divasavum|pratidin)\b/
    $rin_ask = /\b(interested|intrested|intersted)\b|\breply "?(yes|y|haan|ha|ok|1)\b|\b(yes|haan|ok) (likh|likhe|likhen|likhkar|likho|type|bheje|bhejo|bhejein|bhejiye|send|reply|kalisi|kalsi|anuppunga|anuppavum|pampandi|ayakkuka|ayakku)\b|\b(aasakti|asakti|aasakthi|asakthi|viruppam|virupam|aarvam|thalparyam|talparyam|thaalparyam|istam unte|ishtam unte)\b/
    $rin_easy = /\b(sirf|only|just|keval|matra|maatra|mattum|matrame|mathram) ?([0-9]|ek|do|one|two|ondu|eradu|oru|rendu|randu|okka) ?(-|to)? ?[0-9]? ?(ghanta|ghante|gante|ganta|gantalu|mani neram|manikkoor|hour|hours|hrs)\b|\b([0-9]|ek|do|ondu|eradu|oru|rendu|randu|okka) (ghanta|ghante|gante|ganta|gantalu|mani neram|manikkoor)\b|\b(koi|no|zero|yavude|endha|entha|emi) (investment|nivesh|joining fee|registration fee)\b|\b(investment|nivesh|pettubadi|mudhaleedu|muthaleedu|nikshepam|hoodike)( [a-z]{1,8})? (nahi|nahin|illa|illai|ledu|venda|beda|bekilla|avashyamilla)\b/
    // the chat app named in Bengali, Telugu or Hindi script, or a chat handle
    // US immigrant communities (Vietnamese, Chinese, Korean, Tagalog, Spanish): home or side work,
    // "only 30 minutes a day" or a daily or hourly pay, and "reply / message me"; not a relative's own job news
    $wfh_work = /\b(viec lam them|lam them|viec (lam )?tai nha|lam (viec )?tai nha|viec online|lam online|cong tac vien|ban thoi gian|trabaho (sa|mula sa|dito sa) bahay|trabaho online|online (na )?trabaho|work from home|wfh|sideline|raket|home[- ]based|(trabajo|trabajar|trabaja|empleo) (desde|en) (casa|tu casa|el celular))\b|(재택|부업|집에서|투잡|폰으로|在家|居家|宅家|兼职|手机上)/
    $wfh_time = /\b(moi ngay|mot ngay|hang ngay)( chi)?( can| mat| lam)? [0-9]{1,2} ?(phut|tieng|gio)\b|\bchi (can |mat |lam )?[0-9]{1,2} ?(phut|tieng|gio)\b|\b(luong|thu nhap|kiem|hoa hong)\b.{0,30}(\/ ?(ngay|gio)|\b(moi|mot|hang) (ngay|gio)\b)|\b[0-9]{1,2} ?(minuto|mins?|oras) (lang|lamang)\b|\b(lang|lamang) ng [0-9]{1,2} ?(minuto|oras)\b|\b(kita|sahod|sweldo|kikita|kumita)\b.{0,30}\b(kada araw|bawat araw|araw-araw|isang araw|kada oras|bawat oras)\b|\bsolo [0-9]{1,2} (minutos|horas?)\b|\b[0-9]{1,2} (minutos|horas?) (al dia|diarios?|por dia)\b|\b(gana|ganar|ganas|pago|paga)\b.{0,30}\b(diarios?|al dia|por dia|por hora|la hora)\b|(하루 ?[0-9]{1,2} ?(~|-)? ?[0-9]{0,2} ?(분|시간)|(일당|시급|일급) ?\$?[0-9]|하루 ?\$?[0-9]{1,3} ?(만 ?원|달러|불)|每天(只需|仅需|只要|仅要|花)?[0-9]{1,2}(分钟|个?小时)|日薪|时薪|日结|每天.{0,30}(美元|美金|刀)|每小时.{0,15}(美元|美金|刀))/
    $wfh_ask = /\b(nhan (lai|tin|cho)|inbox|tra loi|rep lai|mag-?reply|i-?reply|i-?message|pm (mo|lang|po)|text (mo )?(lang )?ako|interesado|responde|responda|contesta|conteste|escribeme|mandame|te interesa|le interesa)\b|(답장|회신|연락 ?(주|바|부탁|하세요|해 ?주)|문자 ?(주|보내)|카톡|톡 ?주|관심 ?있|回复|私信|加我|有意|有兴趣|感兴趣)/
    $wfh_own = /\b(chi|anh|em|minh|toi|con|me|ba|co|chu|di|cau|vo|chong) (moi|vua|da|dang) (xin duoc|tim duoc|bat dau|lam)\b|\b(nakahanap ako|natanggap ako|nagsimula ako|nag-?start ako|may trabaho na ako|nagtatrabaho ako|nakakuha ako)\b|\b(consegui|consiguio|encontre|encontro|empece|empezo|ya tengo|ya tiene|estoy trabajando|esta trabajando|mi nuevo trabajo|su nuevo trabajo)\b|(시작했|하고 있어|하고 있는데|구했|하게 됐|하게 되었|하는 중이|我(最近|现在|刚)?(找了|找到|开始|在做|做了|在家做)|阿姨|保姆|钟点工|鐘點工|家教|保洁|保潔|家政)/
    // Paid micro-tasks beyond English: rate products, like videos, follow profiles, for a sum by the day, with a
    // way to answer (Brazilian Portuguese, Spanish, Russian, Ukrainian, Turkish, Romanian, Polish, Arabic)
    $tk_task = /\b(avaliar|avaliando|avalie|curtir|curtindo|curtidas|seguir perfis|seguindo perfis|assistindo videos|dar like|dando like|dar me gusta|calificando productos|valorando productos|seguir cuentas|urun(leri)? (degerlendir|puanla)\w{0,8}|begenerek|begeni yaparak|takip ederek|video izleyerek|apreciezi|aprecieri|evaluezi|dai like|ocenia\w{1,4} produkt\w{0,3}|lajk\w{0,4}|polubie\w{1,4})\b|\b(classificar|classificando|avaliacoes de produtos|seguir contas|curtir (fotos|posts|videos))\b|(оценк.{1,3} товар|отзыв.{0,4} (о|на|к) товар|лайк|подписывайтесь на|подпис.{1,8} на (аккаунт|канал)|оценива.{1,8} товар|підписуйтесь на|оціню.{1,8} товар|تقييم المنتجات|تقييم منتجات|لايك|متابعة الحسابات)/
    $tk_day = /\b(por dia|ao dia|al dia|diari\w{1,2}|diariamente|gunluk|gunde|her gun|pe zi|zilnic|dziennie|na dzien)\b|(в день|за день|ежедневн|на день|щодня|щоденн|يوميا|في اليوم|باليوم)/
    $tk_amt = /[0-9] ?(tl|lira|lei|ron|zl|pln|soles|reais|euros?|dolares|pesos)\b|[0-9] ?(руб|р\.|₽|грн|₴|₺|جنيه|ريال|درهم)|(r\$|s\/|₺|₽|₴) ?[0-9]/
    // the writer's own side job, or a warning
    $tk_ask = /\b(te interesa|le interesa|tem interesse|tens interesse|responda se|ilgilenir misiniz|va intereseaza|te intereseaza)\b|(вам интересно|интересно\?|интересует\?|напиши в |пишите в |в личку|مهتم)/
    $tk_own = /\b(eu (faco|fiz|ganho|ganhei)|yo (hago|gano|gane)|ben (yapiyorum|kaziniyorum|kazaniyorum)|golpe|estafa|dolandirici\w{0,4}|teapa|oszust\w{0,4}|kkk|jaja)\b|(я (делаю|зарабатываю)|мошенн|шахра|احتيال|نصب)/
    // South Asian scripts (Hindi, Nepali and Marathi in Devanagari, Bengali, Telugu, Tamil, Sinhala): from
    // home, the phone or part time, an earning and a day, in any order ("रोज़ाना ₹3000 कमाएं, घर बैठे",
    // "घरमै बसेर दैनिक कमाउनुहोस्", "ගෙදර ඉඳන් දිනකට රු. 5000 උපයන්න", "ஒரு நாளைக்கு ₹2500 வருமானம்") ...
    $dv_home = /(घर बैठे|घर बैठकर|घर बैठ कर|घर से|घरबसल्या|घरमै|घरमा बसेर|घरबाटै|घरबाट|घरैबाट|वर्क फ्रॉम होम|पार्ट टाइम|पार्ट-टाइम|ऑनलाइन काम|अनलाइन काम|मोबाइल से|मोबाइलबाट|मोबाईलवर)/
    $dv_earn = /(कमाएं|कमाएँ|कमाइए|कमाई|कमाओ|कमा सकते|कमा सकती|इनकम|कमवा|कमाउनुहोस्|कमाउनुस्|कमाउन सक्नुहुन्छ|आम्दानी|आमदनी)/
    $dv_day = /(रोज़|रोज)( |₹|[0-9])|रोज़ाना|रोजाना|प्रतिदिन|प्रति दिन|हर दिन|दैनिक|दिनको|दिनमा|दिनहुँ|दररोज/
    $bn_home = /(ঘরে বসে|বাড়িতে বসে|বাসায় বসে|বাসা থেকে|বাড়ি থেকে|মোবাইল দিয়ে|মোবাইলে|মোবাইল থেকে|ফোন দিয়ে|পার্ট টাইম|অনলাইনে)/
    $bn_earn = /(আয়|ইনকাম|উপার্জন|রোজগার)/
    $bn_day = /(প্রতিদিন|প্রতি দিন|দৈনিক|দিনে|রোজ)/
    $te_home = /(ఇంటి నుండి|ఇంటి నుంచి|ఇంటి నుంచే|ఇంటి నుండే|ఇంట్లో నుండే|ఇంట్లోనే|ఇంట్లో కూర్చుని|ఇంట్లో ఉండి|మొబైల్ ద్వారా|మొబైల్తో|ఫోన్ ద్వారా|ఫోన్తో|పార్ట్ టైమ్|ఆన్లైన్)/
    $te_earn = /(సంపాదించ|సంపాదన|ఆదాయం)/
    $te_day = /(రోజుకు|రోజుకి|ప్రతిరోజూ|ప్రతి రోజు|ప్రతిరోజు|రోజూ|దినసరి|రోజువారీ)/
    $ta_home = /(வீட்டிலிருந்து|வீட்டில் இருந்து|வீட்டில் இருந்தபடி|வீட்டிலிருந்தபடி|மொபைல் மூலம்|மொபைலில்|போன் மூலம்|பகுதி நேர|பார்ட் டைம்|ஆன்லைன் வேலை|ஆன்லைனில்)/
    $ta_earn = /(சம்பாதி|வருமானம்|வருவாய்|ஈட்டலாம்)/
    $ta_day = /(தினமும்|தினசரி|ஒரு நாளைக்கு|நாளொன்றுக்கு|நாள் ஒன்றுக்கு|நாளுக்கு)/
    $si_home = /(ගෙදර ඉඳන්|ගෙදර ඉදන්|ගෙදර ඉඳගෙන|ගෙදර ඉදගෙන|ගෙදර සිට|නිවසේ සිට|නිවසේ ඉඳන්|නිවෙසේ සිට|ෆෝන් එකෙන්|ෆෝන් එක හරහා|දුරකථනයෙන්|ජංගම දුරකථන|මොබයිල් එකෙන්|පාර්ට් ටයිම්|අර්ධ කාලීන|අර්ධකාලීන|ඔන්ලයින්|අන්තර්ජාලය හරහා)/
    $si_earn = /(උපයන්න|උපයාගන්න|උපයා ගන්න|උපයාගත හැකි|උපයා ගත හැකි|ඉපයිය හැකි|ඉපැයිය හැකි|ආදායම|හම්බ කරන්න|හම්බ කරගන්න|සල්ලි හොයන්න|මුදල් හොයන්න)/
    $si_day = /(දිනකට|දවසකට|දිනපතා|දවසට|දවස ගානේ|දිනෙකට)/
    // ... the chat app or "contact" in the script ...
    $sa_app = /(ह्वाट्सएप|ह्वाट्सअप|वाट्सएप|व्हाट्सऐप|वॉट्सऐप|सम्पर्क|ইমো|যোগাযোগ|వాట్సాప్|సంప్రదించండి|வாட்ஸ்அப்|வாட்ஸ் அப்|டெலிகிராம்|தொடர்புக்கு|தொடர்பு கொள்ள|வாட்ஸ்ஆப்|වට්ස්ඇප්|වට්සැප්|ටෙලිග්රෑම්|ටෙලිග්රාම්|අමතන්න|සම්බන්ධ වන්න|සම්බන්ධ වෙන්න)/
    // ... and not the writer's own work ("करती हूँ", "गर्छु", "আমি", "చేస్తున్నాను", "சம்பாதிக்கிறேன்", "මම")
    // or a warning
    $dv_own = /(करता हूँ|करती हूँ|करता हूं|करती हूं|कमाता हूँ|कमाती हूँ|कमाता हूं|कमाती हूं|कमा लेता|कमा लेती|कमाता है|कमाती है|मेरी कमाई|मेरा काम|गर्छु|कमाउँछ|कमाउछ|मेरो |मलाई |मैले |ठगी|धोखा|फ्रॉड|फर्जी|सावधान)/
    $bn_own2 = /(আমি |আমার |আমাকে |তুমি |তোমার |তুই |সত্যি|ভুয়া|প্রতারণা|প্রতারক|স্ক্যাম)/
    $te_own = /(చేస్తున్నాను|చేస్తున్నా|సంపాదిస్తు|సంపాదిస్తాను|సంపాదిస్తాడు|నాకు |మోసం)/
    $ta_own = /(சம்பாதிக்கிறேன்|சம்பாதிக்கிறான்|சம்பாதிக்கிறாள்|சம்பாதிக்கிறார்|சம்பாதிக்கிறாங்க|சம்பாதிக்குறேன்|சம்பாதிக்குறான்|சம்பாதிக்குறா|சம்பாதிச்சேன்|சம்பாதித்தேன்|செய்கிறேன்|செய்யறேன்|செய்றேன்|பண்றேன்|பண்ணுறேன்|பார்க்கிறேன்|பாக்குறேன்|பார்க்குறேன்|மோசடி|ஏமாற)/
    $si_own = /(මම |මගේ |මට |මාත් |වංචා|රැවට)/
    // Vietnamese (no diacritics): light work at high pay, hearts and reviews for shops, orders with a commission, "no
    // capital needed", or a shop's "recruitment staff" offering online tasks, and inbox Zalo or "are you interested?"
    $vi_job = /\b(viec nhe( luong cao)?|tuyen (gap )?(ctv|cong tac vien|nhan vien online)|lam nhiem vu|nhiem vu online|tha tim|danh gia san pham|danh gia shop|tang tuong tac|chot don|lam don|don hang ao|tuyen dung (cua|ben|tu) (shopee|lazada|tiktok|tiki|sendo|shop|cua hang)|(bo phan|nhan vien|chuyen vien) tuyen dung)\b/
    $vi_lure = /\b(hoa hong|khong can von|khong (mat|thu|can dong) (phi|coc)|khong can kinh nghiem|(thu nhap|luong|kiem)( tu| len den| den| khoang)? [0-9][0-9.,]{0,9} ?(k|d|dong|trieu|tr|nghin|ngan)?( ?(-|den|toi|~) ?[0-9][0-9.,]{0,9} ?(k|d|dong|trieu|tr)?)? ?(\/ ?|moi |mot |hang |1 )(ngay|don|gio))\b/
    $vi_ask = /\b(inbox|ib|ket ban|them|nhan tin|lien he|lh)( qua| ngay| em| minh)? zalo\b|\bzalo ?:? ?0[0-9]|\b(ban|anh chi|anh|chi|a\/c) co (quan tam|muon (tim hieu|tham gia|lam)|hung thu)( khong)?\b|\b(muon|co nhu cau) (tham gia|lam them|tim hieu)\b.{0,20}\bnhan tin\b/
    // ... typing from home or reviews of hotels and apps too, paid by the day ("moi ngay nhan 500k", "tra luong trong ngay"),
    // and a deposit to hold the file ("dat coc giu ho so", "phi ho so") or "reply CO" as the ask
    $vi_task2 = /\b(danh may( van ban| tai lieu)?|nhap lieu|go van ban|chep (van ban|tai lieu)|danh gia (khach san|ung dung|app|nha hang|phim)|viet danh gia)\b/
    $vi_pay2 = /\b(moi ngay|hang ngay|mot ngay|1 ngay) (nhan|kiem|duoc)( duoc| luong| tien| ve)? [0-9]|\b(tra|nhan|thanh toan|chi tra) (luong|tien|hoa hong)( [a-z]{1,6})? (trong ngay|hang ngay|moi ngay|cuoi ngay)\b|[0-9] ?(k|d|dong|nghin) ?(\/ ?|moi |mot |1 )(bai|van ban|trang|danh gia|luot)\b/
    $vi_ask2 = /\b(soan|tra loi|rep|reply|phan hoi)( tin| lai)? "?co"?( de| neu| ngay| gui|[.,!]|$)|\b(dat|nop|chuyen|dong) (tien )?coc\b|\b(phi|le phi|tien) (ho so|giu cho|kich hoat|dang ky|tai lieu)\b/
    $vi_own2 = /\b(lua dao|canh giac|bi lua|lam gia)\b/
    // Korean: likes, subscriptions, reviews or purchase-agency orders paid by the piece, refunded with a commission or settled
    // the same day, and Telegram, KakaoTalk or an ID to add; not the writer's own job, hearsay or a warning
    $ko_task = /(좋아요|구독|팔로우|리뷰 ?작성|후기 ?작성|별점|구매 ?대행|상품 ?구매|영상 ?시청|유튜브 ?시청|앱 ?설치|캡처|구매평|지도 ?리뷰|리뷰 ?알바)/
    $ko_pay = /(건당|개당|회당|당일 ?정산|당일 ?지급|즉시 ?정산|즉시 ?지급|전액 ?환불|[0-9] ?% ?(수수료|지급|페이백)|수수료 ?[0-9]{1,2} ?%|(하루|일당|일급|시급) ?[0-9][0-9,.]{0,6} ?(만 ?원|천 ?원|원))/
    $ko_ask = /(텔레그램|카톡|카카오톡|오픈 ?채팅|아이디|추가해 ?주|추가 ?부탁)|\bid ?:|@[a-z0-9_]/
    $ko_own = /(사기|조심|주의|ᄏᄏ|나도|내가|했어|했는데|준대|한대|하더라|했대)/
    // Egyptian Arabic in Latin letters: work from home on the mobile, N pounds a day, details on WhatsApp
    $eg_job = /\b(sho8l|sho8ll|shoghl|shogl|sho3'l|sho8lana|tesht8al|teshta8al|teshtghal|sha8ala|wazifa|wazeefa|shoghlana)\b/
    $eg_home = /\b(mn|men|min|fe|f) (el|al)? ?(beit|beet|bet|bait|manzel)\b|\b(3la|3al|ala) (el|al)? ?(mobile|mobail|telefon|fon)\b|\b(online|onlain|3an bo3d|an bo3d)\b/
    $eg_pay = /[0-9] ?(geneh|gneh|genih|ginih|gnih|genieh|gnieh|le|egp|pound)\b.{0,30}\b(fel yom|fl yom|fi el yom|yomeyan|yomyan|yomiyan|kol yom|fel youm|yom?eyn)\b|\b(fel yom|fl yom|yomeyan|yomyan|kol yom)\b.{0,20}[0-9] ?(geneh|gneh|genih|ginih|le|egp)\b/
    $eg_ask = /\b(whats|wats|watsap|whatsapp|wts|tafaseel|tafasil|tfasil|tfaseel|kalemni|kallemni|kelmni|ab3tlak|ab3atlak|ab3tlk|ab3at lak|ebta3tly|ab3tlek)\b/
    $eg_own = /\b(ana ba|ana shaghal|ana bashta8al|ana basht8al|nasab|nasba|no9ba|ehtyal|e7tyal)\w{0,6}\b/
    $app = /(টেলিগ্রাম|হোয়াটসঅ্যাপ|హోయాట్సాప్|వాట్సాప్|టెలిగ్రామ్|टेलीग्राम|टेलिग्राम|व्हाट्सएप|ಟೆಲಿಗ್ರಾಮ್|ವಾಟ್ಸಾಪ್|الواتساب|واتساب|واتس اب|التفاصيل|تواصل معي|كلمني|راسلني)|@[a-z0-9_]{4,20}/
  condition:
    ($zh1 and $zh2 and ($zh_pay or $zh_id or phone_count > 0 or url_count > 0 or money_count > 0) and not $zh_own and not $wfh_own
      and not ($zh_warn and not $zh_legit))
    // (the click or typing job, or the CV-reading recruiter's remote customer service at a monthly pay, from a
    // person's number, not a 106 business number, with a digit or a word to reply, a group to join or a first-order reward)
    or (($zh_click or (($zh_cv and $zh_remote) or $zh_cs) and $zh_month) and $zh_ask and not $zh_own and not $zh_own2 and not $wfh_own
      and not ($zh_warn and not $zh_legit) and sender_kind != "alpha" and sender_kind != "shortcode"
      and not sender matches /^phone:(\+?86)?106[0-9]/)
    or ((($es and not $wfh_own) or ($id and not $sea_own) or any of ($pt, $hi, $ar, $kn, $ht)) and (contact_count > 0 or url_count > 0 or phone_count > 0 or money_count > 0 or $app))
    // South Asian scripts: the one-order patterns, or home, earning and a day in any order; not the writer's own
    or (((($hi_dev or ($dv_home and $dv_earn and $dv_day)) and not $dv_own)
        or (($bn or ($bn_home and $bn_earn and $bn_day)) and not $bn_own2)
        or (($te or ($te_home and $te_earn and $te_day)) and not $te_own)
        or (($ta or ($ta_home and $ta_earn and $ta_day)) and not $ta_own)
        or ($si_home and $si_earn and $si_day and not $si_own))
      and (contact_count > 0 or url_count > 0 or phone_count > 0 or money_count > 0 or $app or $sa_app)
      and sender_kind != "alpha" and sender_kind != "shortcode")
    // Dutch, Polish, Japanese: their pattern holds the wage
    or any of ($nl, $pl, $ja)
    or ($rin_work and $rin_day and ($rin_ask or $rin_easy) and sender_kind != "alpha" and sender_kind != "shortcode")
    or (($sea_task or ($sea_job and $sea_remote)) and $sea_pay and ($sea_rate or ($sea_task and (money_count > 0 or $sea_amt)))
        and ($sea_ask or contact_count > 0 or phone_count > 0 or url_count > 0 or job_chat_app) and not $sea_own and not $wfh_own
        and sender_kind != "alpha" and sender_kind != "shortcode")
    or ($wfh_work and $wfh_time and ($wfh_ask or contact_count > 0 or phone_count > 0 or url_count > 0) and not $wfh_own
        and sender_kind != "alpha" and sender_kind != "shortcode")
    // (the micro-task paid by the day, a sum named, and a way to answer, from a person's number)
    or ($tk_task and $tk_day and ($tk_amt or money_count > 0) and not $tk_own
        and (contact_count > 0 or phone_count > 0 or url_count > 0 or job_chat_app or $tk_ask)
        and sender_kind != "alpha" and sender_kind != "shortcode")
    // (Vietnamese: the light task or the shop's recruiter, its lure, and Zalo or "interested?"; Egyptian Arabizi: work
    // from home or the phone paid by the day, with the details on WhatsApp)
    or ($vi_job and $vi_lure and ($vi_ask or phone_count > 0 or url_count > 0) and not $wfh_own
        and sender_kind != "alpha" and sender_kind != "shortcode")
    or (($vi_task2 or $vi_job) and ($vi_lure or $vi_pay2) and ($vi_task2 or $vi_pay2) and ($vi_ask or $vi_ask2) and not $wfh_own and not $vi_own2
        and sender_kind != "alpha" and sender_kind != "shortcode")
    // (Korean: the task, its pay by the piece or the same day, and the chat app or the ID)
    or ($ko_task and $ko_pay and $ko_ask and not $ko_own and not $wfh_own
        and sender_kind != "alpha" and sender_kind != "shortcode")
    or ($eg_job and $eg_home and $eg_pay and ($eg_ask or contact_count > 0 or phone_count > 0) and not $eg_own
        and sender_kind != "alpha" and sender_kind != "shortcode")
}

rule job_side_income_reply
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A stranger's side-income pitch (extra money, or a job 'your profile matches'): simple online tasks, paid daily, reply 1 or YES for details; or the network-marketing upline's 'earn 100k weekly from your phone, join my team, ask me how' (Nigerian, Ghanaian, Kenyan English); network marketing or an online business that makes you rich, an income by the month from home or your phone, join our WhatsApp group (French of West and Central Africa); the fake brand-ambassador job: 'you are selected as brand ambassador or influencer for Nykaa, Myntra, Amazon', earn so much a month or a day promoting products, reply or contact (English, Hinglish; India)"
  strings:
    $money = /\b(extra (money|income|cash)|side (income|hustle)|make money|earn (money|cash|income|extra))\b|\b(earn|make) (\$|£|€){2,3}/
    $easy = /\b(simple|easy|online|flexible|from (home|your phone)) (tasks?|work|jobs?|online tasks)\b|\b(daily pay|paid daily|paid every day|same-day pay)\b|\bfrom home\b.{0,60}\bno experience (needed|required|necessary)\b/
    $reply = /\b(reply|text|txt|respond)( with)? "?(1|yes|y|ok|info|details|join|start)"?\b|\b(interested|want to know more)\?/
    // "your profile matches our online job": nobody's profile was read
    $profile = /\b(your )?(profile|resume|cv|background)( [a-z]{1,12})? (matches|fits|was selected|was shortlisted|has been (selected|shortlisted|recommended))\b/
    // network marketing: an income by the week or day, from a phone or home, and the upline's
    // call to join ("join my team", "ask me how", "inbox me", "chat me up")
    $mlm_earn = /\b(earn|earning|make|making)\b.{0,25}\b(weekly|daily|monthly|every (week|day|month)|per (week|day|month)|a (week|day|month)|in dollars)\b/
    $mlm_where = /\b(from|with|using|on) (just )?(your|ur|my|the comfort of (your|ur|my)) (phone|smartphone|android|home|house|room|bed)\b|\bfrom (the )?comfort of (your|ur|my) (home|house|room|bed)\b|\bwith (just )?(your|ur|my|a) (smart)?phone and (data|internet)\b/
    $mlm_join = /\b(join my (team|business|community)|ask me how|inbox me|chat me up|dm me (for|to|now|today)|send me a dm|holla (at )?me|let me show you how|i('ll| will| can) (teach|show) you how|who (is|wants to be) (interested|ready|next))\b/
    // French (West and Central Africa): network marketing or an online business ("marketing de reseau",
    // "business en ligne"), or "become rich", an income by the month, week or day ...
    $fr_mlm = /\b(marketing (de|en) reseau|marketing relationnel|vente (directe|en reseau)|network marketing|mlm|business (en ligne|digital|du digital|sur internet)|e-?business|affaires? en ligne|entrepreneuriat (digital|numerique|en ligne))\b/
    $fr_rich = /\b(devenez|devenir|deviens|devenir) riches?\b|\b(independance|liberte) financiere\b/
    $fr_earn = /\b(gagnez|gagner|gagne|gagnes|generez|generer|touchez|toucher|revenus?|salaire)\b.{0,40}(\/ ?(mois|semaine|jour)|\bpar (mois|semaine|jour)|\bchaque (mois|semaine|jour)|\bmensuels?\b|\bhebdomadaires?\b)/
    // ... from home or a phone, and the group to join
    $fr_where = /\bdepuis (chez (vous|toi)|(la|votre|ta) maison|(votre|ton) (telephone|smartphone|domicile|lit|canape))\b|\ba domicile\b|\bavec (votre|ton) (telephone|smartphone)\b|\bsans quitter (votre|ton) (emploi|travail|domicile)\b/
    // the fake brand-ambassador job (India): "you are selected as brand ambassador for <brand>", "aapko
    // influencer chuna gaya hai" ...
    $amb_sel = /\b(you('re| are| have been| were| got| have| 've been)|u (are|r|have been)|aap|aapko|apko|aapka|apka|tum|tumhe)( been| now)? (selected|shortlisted|chosen)\b.{0,40}\b(ambassadors?|influencers?|promoters?|brand partners?|brand representatives?|brand reps?)\b|\b(aap|aapko|apko|tum|tumhe|you)\b.{0,40}\b(ambassador|influencer|promoter|brand partner)s?\b.{0,30}\b(chuna gaya|chune gaye|chuni gayi|select (kiya|kiye|hue|hua|ho gaye|ho gaya|ho gayi)|selected)\b|\b(congratulations|congrats|badhai|mubarak)\b.{0,30}\b(selected|shortlisted) (as|for) (an? |our |the )?([a-z]{1,12} ){0,2}(brand ambassadors?|influencers?|brand promoters?|brand partners?)\b/
    // ... with the earnings by the month or the day ("earn up to 25000 monthly", "roz 1500 kamaye")
    $amb_earn = /\b(kamaye|kamaiye|kamao|kamaen|kamayein|kama sakte|kamaa sakte|kamai|earn|earning|earnings|income|salary|stipend|payout)\b.{0,30}(\/ ?(month|day|week|mo)\b|\b(monthly|daily|weekly|per (day|month|week)|a (day|month|week)|mahina|mahine|har mahine|roz|rozana|pratidin|har din|har hafte)\b)|\b(monthly|daily|weekly|per (day|month|week)|mahina|mahine|har mahine|roz|rozana|har din)( (₹|rs\.?|inr) ?| )?([0-9][0-9,]{0,7} )?(rs |rupees |rupaye )?(tak )?(kamaye|kamaiye|kamao|kamaen|kamayein|kama sakte|kamaa sakte|income|kamai)\b/
    // a friend's or a sister's own selection
    $amb_own = /\b(she|he|they|didi|bhai|behen|behan|sister|brother|cousin|friend|daughter|son|beti|beta)( has| have| just| got| is| was| ko| bhi){0,2} (been )?(selected|chosen|shortlisted|select)\b|\b(lol|haha)\b/
    $fr_join = /\b(rejoignez|rejoins|rejoindre|integrez|integrer|inscrivez-vous|ecrivez-moi|contactez-moi|ecris-moi|interesse|interessee|groupe whatsapp|groupe telegram)\b/
  condition:
    (($money or ($profile and job_mentioned)) and $easy and $reply)
    or ($mlm_earn and $mlm_where and $mlm_join and sender_kind != "alpha" and sender_kind != "shortcode")
    // (a brand's own programme from its sender id claims no earnings by the month for a "selected" reader)
    or ($amb_sel and $amb_earn and not $amb_own and ($reply or contact_count > 0 or url_count > 0 or phone_count > 0 or job_chat_app))
    or ((($fr_mlm and ($fr_rich or $fr_where)) or ($fr_rich and $fr_where)) and $fr_earn and ($fr_join or url_count > 0)
        and not job_own_news_fr and sender_kind != "alpha" and sender_kind != "shortcode")
}

rule job_registration_fee
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A job offer that needs a registration, activation, training or screening-form fee first; a hotel, airline, port or supermarket hiring waiters, cleaners or hostesses with a registration or form fee to a mobile wallet's number (English of the Gambia, Sierra Leone, Ghana, Nigeria; event staff paid by Wing, ABA, GCash or DANA); a big brand's 'HR team' with a data-entry or home job and a refundable security deposit or registration amount (English, Hinglish); a reseller, franchise or dealership 'selected' or 'allotted in your area' with a joining-kit, registration or security fee (English, Hinglish); in French (West Africa): a fake recruitment (hotel, airline, port, customs, police, army, NGO volunteers) or a state funding programme, the file, form, sign-up, medical-visit, uniform or training fee to send by Wave, Orange Money, Moov or MoMo, or a state company's recruitment drive with its file fee and a contact person's number, or a ministry or state agency 'recruiting 10 000 young people' with a sign-up fee by mobile money (Cote d'Ivoire, Senegal, Cameroon); the reader's child 'selected for a scholarship', or for a job, a company's training or a placement, with a registration, processing, uniform or kit fee or a security deposit to send by UPI or to an account (Hinglish, Indian English); a home-based or overseas job in Tagalog or Taglish where the applicant must first pay a sum for a training kit, registration, medical or processing ('kailangan lang ng P1,500 para sa ...', 'bayad muna'), not an agency's 'walang placement fee' or a school's enrolment; an Indonesian job offer or hiring with a registration, administration, medical, uniform or training fee (biaya pendaftaran, administrasi) to pay or transfer, not 'tidak dipungut biaya' or a school's fee"
  strings:
    $fee = /\b(registration|activation|onboarding|training|processing|application|starter|joining|security|refundable|form|manpower) (fee|deposit|charge|kit)\b|\bpay\b.{0,20}\bfor (the |a )?screening form\b|\bpay\b.{0,20}\bfor (the |a |your )?(medicals?|medical (test|exam|form|screening)|uniforms?|forms?|id cards?|processing|registration|training)\b/
    $no = /\bno (registration|activation|upfront|joining|application) fees?\b|\b(never|will not|won't) (ask|charge)/
    // addressed to the reader as the one hired
    $offer = /\b(you (have been|are|were|have) (selected|shortlisted|hired|approved|qualified)|your (application|profile|account|position|spot)|to (start|activate|begin|get started|secure|reserve|book) (your )?(slot|spot|place|position)?)\b|\b(is|are) (recruiting|hiring)\b/
    // French: the file or sign-up fee, the reader selected (or a recruitment or funding programme
    // announced), the order to pay in the "vous" of a notice, and mobile money or an amount
    $fr_fee = /\bfrais (de dossiers?|du dossier|d'inscription|d'enregistrement|de depot|de (la )?visite medicale|medicaux|de formation|de tenue|d'uniforme|de traitement|d'ouverture|de participation|de constitution|de validation|de confirmation|de badge|de carte|de formulaire|du formulaire|de fiche|de candidature|de recrutement|de selection|d'etude de dossier)\b|\bdepot (de |du )dossiers? :? ?[0-9]/
    // or the sum sent "pour la visite medicale", "pour ta tenue", "pour la constitution de votre dossier"
    $fr_for = /\bpour (la |ta |votre |vos |tes |le |ton )?(visite medicale|visites medicales|tenue|uniforme|constitution|dossier|badge|carte professionnelle|formation|inscription|enrolement)\b/
    $fr_sel = /\b(vous avez ete|tu as ete|vous etes|votre candidature a ete|votre dossier a ete|votre profil a ete) (retenue?s?|selectionnee?s?|admise?s?|choisie?s?|recrutee?s?|validee?s?|eligibles?)\b|\b(recrute|recrutent|recrutons|recrutement|embauche|enrolement|programme de financement|fonds de financement|subvention)\b|\b(candidats?|postulants?) (retenue?s|selectionnee?s|admise?s)\b|\b(vous faites|tu fais) partie (des|de la liste)\b|\b(votre|ton) nom figure\b/
    // the order to the reader ("vous devez payer", "envoie", "faites le depot"), not "il faut payer" in a friend's news
    $fr_pay = /\b(envoyez|versez|payez|effectuez|deposez|transferez|reglez|envoie|verse|paie|veuillez (envoyer|verser|payer|effectuer|regler|deposer|transferer)|a (payer|verser|envoyer|regler)|(devez|dois|doivent) (payer|envoyer|verser|regler|deposer|effectuer|faire)|(faites|fais|faire) (le|un) (depot|transfert|versement|paiement)|merci d'envoyer|merci de (payer|verser|regler|faire|effectuer))\b/
    $fr_momo = /\b(wave|orange money|mtn money|mtn momo|momo|mobile money|moov money|moov|flooz|free money|t-?money|celtiis|airtel money)\b|[0-9] ?(fcfa|cfa|f|frs?|francs|xof)\b/
    $fr_no = /\b(aucuns? frais|sans frais|ne (vous )?(demande|demandons|exige|exigeons|reclame|reclamons) (jamais|aucun|pas))\b/
    // or no order at all: the fee, the wallet and its number ("frais d'inscription 5 000 FCFA par Orange
    // Money au 77 ..."), which a friend's news does not give unless it is their own or a warning
    $fr_au = /\b(wave|orange money|mtn money|mtn momo|momo|mobile money|moov money|moov|flooz|free money|t-?money|celtiis|airtel money)\b.{0,12}\b(au|sur le|numero|no|tel)\b ?:? ?\+?[0-9]/
    // or the recruitment drive of a state company ("la Societe nationale recrute ... frais de dossier
    // 10 000 FCFA, contactez M. Kone au 07 ..."): a named contact person and a number, no wallet named
    $fr_person = /\b(contactez|contacter|contacte|appelez|appeler|joignez|joindre|adressez-vous a|s'adresser a|aupres de|ecrivez a|personne a contacter|contact|renseignements|infos)\b ?:? ?(le |la |notre |votre )?((m|mr|mme|mlle)\.? |(monsieur|madame|mademoiselle|responsable|coordonnateur|coordonnatrice|coordinateur|coordinatrice|chargee?|directeur|directrice|secretaire|chef|recruteur|recruteuse|commandant|capitaine|adjudant|sergent|gestionnaire|agent recruteur) )[a-z .,'-]{0,30}[0-9]/
    // a ministry or state agency "recruiting 10 000 young people" (Cote d'Ivoire, Senegal, Cameroon): sign-up
    // by phone and a bare fee ("frais de 3 000 F", "participation 2 500 F") by Wave, Orange Money or MoMo;
    // a real drive or competitive exam is free or run on the state's own site
    $fr_gov = /\b(ministere|ministre|gouvernement|l'etat|presidence|primature|agence (emploi jeunes|nationale|pour l'emploi|de l'emploi)|fonction publique|service civique|programme (national|presidentiel|gouvernemental|special))\b/
    $fr_mass = /\b[0-9]{1,3}( |\.)?000 (jeunes|agents|personnes|volontaires|diplomes|candidats|nouveaux)\b|\b(milliers|centaines) de jeunes\b|\b(recrute|recrutent|recrutement de|embauche) [0-9]{1,2}[0-9]{0,2} jeunes\b/
    $fr_frais = /\b(frais|participation|contribution|cotisation|montant) (de |d'un montant de |: ?)?[0-9]|\b(payez|versez|envoyez|deposez|transferez|payer|verser|envoyer) (la somme de |un montant de )?[0-9]|\binscription payante\b/
    $fr_real = /\b(concours|gratuite?s?)\b/
    // English of the Gambia, Sierra Leone, Ghana and Nigeria: a hotel, airline, port or supermarket
    // hiring waiters, cleaners, hostesses or agents, a registration or form fee, and the mobile
    // wallet with its number (Afrimoney, QMoney, Wave, Orange Money, MoMo, OPay)
    $wa_role = /\b(waiters?|waitress(es)?|cleaners?|(air )?hostess(es)?|cabin crew|receptionists?|cashiers?|sales ?(girls?|boys?|reps?|persons?)|security (men|guards?|officers?)|store ?keepers?|clerks?|(ground|airport|sales|customer service) agents?|housekeepers?|kitchen staff|cooks?|dockers?|loaders?|attendants?|ushers?|porters?|(event|concert|festival|expo|exhibition) (staff|crew|workers?|helpers?|assistants?)|promoters?)\b/
    $wa_fee = /\b(registration|application|form|screening|processing|medical|recruitment|interview) (form )?(fee|fees|cost|costs|charge|charges|price|amount)\b|\b(application|registration|screening|recruitment) forms? (is|are|costs?|goes for|sells? (for|at)|@|at)\b|\bregistration (is|costs?)\b/
    $wa_wallet = /\b(orange money|afri ?money|q ?money|wave|momo|mtn money|mobile money|vodafone cash|telecel cash|airteltigo money|at money|opay|palmpay|moniepoint|airtel money|wing|aba|pi pay|truemoney|true money|gcash|maya|dana|ovo|gopay)\b.{0,25}[0-9]/
    $wa_own = /\b(i|we|she|he|they|my (sister|brother|cousin|friend|son|daughter)) (have |has |had |just |already )?(paid|sent|applied|registered|bought)\b|\b(is|was) (it|this|that) (real|legit|genuine|true)\b|\b(scam|scams|fake|fraud|beware|never pay|do not pay|don'?t pay)\b/
    // the "HR team" of a big brand (Amazon, Flipkart, Google, TCS) with a data-entry or home job and a
    // refundable security deposit or a registration amount (English, Hinglish)
    $hr = /\b(hr|human resources|hiring|recruitment) (team|department|dept|manager|desk|executive|cell)\b|\b(amazon|flipkart|google|tcs|infosys|wipro|meesho|myntra|accenture|hcl|tech mahindra|reliance|jio|airtel|cognizant|capgemini|microsoft|ibm|deloitte|swiggy|zomato|paytm)\b/
    $hr_job = /\b(data entry|typing (work|job|jobs)|form filling|copy ?paste (work|job)|captcha (work|job|entry|typing)|work[- ]from[- ]home|home[- ]based|ghar (baithe|baith ke|se)|online (job|work)|part ?time (job|work)|offline (job|work))\b/
    $hr_dep = /\brefundable\b|\b(security|registration|joining) (deposit|amount|money|charges?)\b|\b(refund|wapas|vapas|return) (ho|kar|mil|de) ?(jayega|jaega|jayegi|jaegi|denge|dega|diya jayega)\b|\bone[- ]time (registration|joining|security) (fee|charge|amount|payment)\b/
    $hr_amt = /(rs\.? ?|₹ ?|\binr ?)[0-9]|\b[0-9][0-9,]{1,6} ?(rs|rupees|rupaye|rupay|rupiya)\b/
    $hr_own = /\b(i|we|maine|mene|humne) (applied|paid|bhara|bhari|diya|diye|got|gave)\b|\b(my|mera|meri) (cousin|friend|bhai|brother|sister|dost|office|company|team|manager|boss|laptop|salary|job)\b|\bkoi (joining|registration|security) (fee|charge|deposit|amount|chakkar)\b|\b(no|without) (fees?|deposit|charges?)\b|\b(scam|fraud|fake|is (it|this) (real|legit|genuine))\b/
    // a reseller, franchise or dealership "selected", "approved" or "allotted in your area" (Meesho,
    // Amazon, Flipkart, Jio; courier franchises), and its joining-kit, registration or security fee
    $pt = /\b(resellers?|franchise|franchisee|dealership|distributorship|distributor|stockist|seller partner|delivery partner|channel partner|pickup point|courier partner)\b/
    $pt_fee = /\b(joining|registration|security|agreement|kit|franchise|dealership|distributorship|activation|id card|licen[cs]e|onboarding) (kit )?(fee|fees|charge|charges|amount|deposit|money)\b/
    $pt_sel = /\b(you|your( [a-z]{1,12}){1,4}) (have been|has been|is|are|was|were|got) (selected|approved|allotted|allocated|shortlisted|confirmed|sanctioned|chosen)\b|\b(allotted|allocated|approved|sanctioned|available) (in|for|to) (you|your (area|city|location|pincode|pin code|district|town))\b|\b(aapka|apka|aapki|apki|aapke|apke|aap) ([a-z]{1,12} ){0,5}(select|selected|selection|approve|approved|allot|allotted|confirm|confirmed|shortlist|shortlisted) (ho|hua|hui|kiya|kar)\b/
    // a person's own venture, or the brand's "no joining fee"
    $pt_own = /\b(i|we|maine|mene|humne|hamne) (applied|paid|bhara|bhari|diya|diye|liya|banaya|took|opened|got)\b|\bkoi (joining|registration|security) (fee|charge)\b/
    // a stranger's number: "aapki beti ka naam scholarship ke liye select hua hai, Rs 2000 registration fee
    // bhejna hoga" (Hinglish, Indian English): the reader's child selected, a fee sent to the person
    $sch = /\b(scholarships?|chhatravritti|chhatravriti|chatravritti|chatravriti|vazifa|wazifa)\b/
    $sch_kid = /\b(aapki|apki|aapke|apke|aapka|apka|your|ur) (beti|bitiya|bete|beta|bachche|bacche|bachhe|bachcha|baccha|bachchi|bacchi|ladka|ladke|ladki|child|son|daughter|ward|kid)\b/
    $sch_sel = /\b(select|selected|selection|chayan|chayanit|shortlisted|chuna|chuni|approved|eligible|hired|appointed)\b|\b(naukri|job|nokri|naukari) (mil gayi|mil gai|lag gayi|lag gai|pakki|confirm)\b/
    $sch_fee = /\b(registration|processing|form|application|verification|documentation|document|file|admission|service) (fee|fees|charges?|kharcha|shulk)\b|\b(fee|fees|charges|shulk|kharcha)\b/
    $sch_send = /\b(bhejna|bhejni|bhejne|bhejo|bhejiye|bhejein|bhej do|bhej dijiye|send|transfer|phone ?pe|g ?pay|google pay|paytm|upi|is number (par|pe)|to this number|(this|below|given|niche diye|is|following) (bank )?(account|a\/c|khate|khata)|(account|a\/c) (below|given below|details below|number below)|daal (do|dijiye|dein)|jama (karo|karein|karen|kijiye|karna))\b/
    // the same call about a job: "aapke bete ka selection hamari company mein ho gaya hai, security deposit is
    // number pe bhejo", "your daughter is selected for a job in our company, pay the registration fee by UPI":
    // the reader's child hired, and a deposit or a uniform or kit charge sent to the caller (a school's team
    // or a clinic's appointment is no job)
    $kid_job = /\b(jobs?|naukri|naukari|nokri|company|companies|firm|joining|appointment letter|offer letter|placement|internship|vacanc(y|ies)|employment|rozgar|rojgar)\b/
    $kid_school = /\b(school|schools|class teacher|principal|pta|tuition)\b/
    $kid_fee = /\b(uniform|kit|id card) (fee|fees|charges?|amount|money|kharcha|ke|ka|ki)\b|\b(security|joining|caution|refundable) (deposit|amount|money|charges?)\b|\bdeposit\b/
    $sch_own = /\b(meri|mera|mere|my|hamari|humari|hamara|humara) (beti|bitiya|beta|bete|bachche|bacche|son|daughter|child|kid)\b|\b(scam|fraud|fake|dhoka|dhokha|savdhan|sawdhan|saavdhan|beware)\b|\b(koi|no|without|bina) (fee|fees|charges?|paisa|paise|shulk)\b|\b(i|we|maine|mene|humne|hamne) (paid|bhara|bhari|diya|diye|bheja|bheje)\b/
    // Tagalog and Taglish: a job (hiring, home-based encoder, factory worker abroad, "approved ka na"), the fee
    // asked first ("kailangan lang ng P1,500 para sa training kit", "bayad muna ng P8,000 para sa medical at
    // processing", "registration fee P499 lang") and a sum; a licensed agency's "walang placement fee", a
    // school's enrolment or the writer's own payment is not it
    $tl_job = /\b(hiring|naghahanap|nag-?hahire|trabaho|home[- ]based|encoder|data entry|factory worker|caregiver|kasambahay|domestic helper|abroad|ofw|sahod|sweldo|approved (ka|kayo)|pasok (ka|kayo|po kayo)|natanggap (ka|kayo)|qualified (ka|kayo))\b/
    $tl_fee = /\bkailangan (lang |mo |nyo |ninyo |niyo |po |lang po |mo lang |nyo lang )?(ng |na )?(mag-?bayad|magbayad|mag-?deposit|magdeposito|mag-?padala|magpadala|p ?[1-9]|php ?[0-9]|₱ ?[0-9])|\b(bayad|magbayad|mag-?bayad|deposit|padala|bayaran) (muna|po muna|lang muna)\b|\b(para sa|pambayad sa|pang-?bayad sa|bayad sa|bayad para sa) (inyong |iyong |yung |ang )?(training kit|starter kit|kit|registration|medical|medikal|processing|uniform|id|requirements|placement|reservation|visa|tiket|ticket|slot)\b|\b(registration|processing|training|medical|placement|reservation|kit|id|membership|activation) fee\b/
    $tl_send = /\b(gcash|i-?gcash|maya|paymaya|palawan|cebuana|mlhuillier|i-?send|send|padala|ipadala|magpadala|i-?transfer|transfer|deposit|i-?deposit|account|bdo|bpi|metrobank|landbank)\b/
    // (the English "registration fee" with a sum counts only in a Tagalog text: English has its own branches)
    $tl_mark = /\b(po|lang|muna|namin|ninyo|nyo|kayo|para sa|ang|ng|mga|yung)\b/
    $tl_amt = /\bp ?[1-9]|\bphp ?[0-9]|₱ ?[0-9]|[0-9] ?pesos?\b/
    $tl_no = /\b(walang|wala pong|walang anumang|hindi (kami|po kami) (naniningil|naniningil ng|humihingi|nanghihingi)) (bayad|placement fee|fee|babayaran|singil|kailangang bayaran)\b|\b(enrollment|enrolment|tuition|matrikula|paaralan|eskwela|eskwelahan|estudyante|school|scam|modus|budol)\b|\b(nagbayad|nagpadala|nag-?apply|nagbigay|binayaran ko|nabayaran ko) (na )?(ako|kami)\b/
    // Indonesian: a job or a hiring (lowongan, lolos seleksi, diterima kerja, kerja ke Jepang), the
    // registration, administration, medical, uniform or training fee ("biaya pendaftaran Rp 350.000") and
    // the order to pay it or the account to pay into; "tidak dipungut biaya", a school's fee, a course's
    // instalments or the writer's own payment are not it
    $id_job = /\b(lowongan|loker|rekrutmen|pelamar|penerimaan (karyawan|pegawai|staf|tenaga kerja)|lolos (seleksi|tahap|wawancara|interview)|diterima (kerja|bekerja|sebagai|menjadi)|dinyatakan (lulus|lolos|diterima)|calon (karyawan|pegawai|pekerja|tki|pmi)|karyawan|gaji|penempatan|tki|pmi|kerja (di|ke) (luar negeri|jepang|korea|taiwan|malaysia|hongkong|hong kong|singapura|arab|eropa|australia|kapal|hotel|pabrik))\b/
    $id_fee = /\b(biaya|uang|dana) (pendaftaran|administrasi|admin|registrasi|medical|medis|mcu|pelatihan|training|seragam|proses|pemberkasan|berkas|tes|psikotes|akomodasi|tiket|visa|jaminan|materai|atribut|id card|kontrak|penempatan|pengurusan)\b|\b(pendaftaran|administrasi|registrasi|medical|mcu|pelatihan|training|seragam|pemberkasan|psikotes|visa|penempatan) dengan biaya\b|\b(untuk|buat) (biaya )?(seragam|pelatihan|training|medical|mcu|pendaftaran|administrasi|tiket|akomodasi|visa|pemberkasan|id card)\b/
    // the transfer, or the payment into an account, a wallet or a person ("bayar ... ke rekening BRI")
    $id_pay = /\b(transfer|tf|ditransfer|transferkan|setor|disetor|setorkan|kirim|dikirim|kirimkan)\b|\b(bayar|dibayar|dibayarkan|bayarkan|lunasi|dilunasi|melunasi)\b.{0,50}\b(ke|via|melalui|lewat) (rek|rekening|no\.? ?rek|bri|bca|bni|mandiri|bsi|dana|ovo|gopay|shopeepay|nomor|admin|hrd|panitia|bendahara)\b/
    $id_amt = /\brp\.? ?[0-9]|[0-9] ?(rb|ribu|jt|juta)\b/
    $id_no = /\b(tanpa biaya|tidak (dipungut|dikenakan|ada|memungut|pernah (meminta|memungut))|tak (dipungut|dikenakan)|gratis|bebas biaya|penipuan|waspada|hati-hati|modus|sekolah|siswa|murid|spp|daftar ulang|ppdb|mahasiswa|kuliah|ukt|semester|santri|lpk|kursus|dicicil|cicilan)\b|\bditanggung (perusahaan|pt|kantor|pemberi kerja|majikan|user|sponsor)\b|\b(dibayar|bayar|bayarkan|dibayarkan) (langsung |sendiri )?(di|ke) (klinik|lokasi|tempat|kantor|kasir|rumah sakit|rs)\b|\b(aku|saya|gue|gw) (udah |sudah |dah |baru |kemarin )?(bayar|transfer|daftar|ngirim)\b/
  condition:
    ((job_mentioned and $fee and $offer and not $no and not $wa_own)
      or ($pt and ($pt_fee or $fee) and $pt_sel and not $pt_own and not $no
          and (money_count > 0 or phone_count > 0 or contact_count > 0 or url_count > 0))
      or (($fr_fee or $fr_for) and $fr_sel and ($fr_pay or (($fr_au or $fr_person) and not job_own_news_fr)) and $fr_momo and not $fr_no)
      or ($fr_gov and $fr_mass and ($fr_fee or $fr_for or $fr_frais) and $fr_momo and not $fr_no and not $fr_real
          and not job_own_news_fr and brand_link_count == 0)
      or (job_mentioned and $wa_role and ($fee or $wa_fee) and $wa_wallet and not $no and not $wa_own)
      or ($hr and $hr_job and $hr_dep and (money_count > 0 or $hr_amt) and not $hr_own and not $no)
      or (($sch and $sch_fee or $kid_job and ($sch_fee or $kid_fee) and not $kid_school) and $sch_kid and $sch_sel and $sch_send
          and (money_count > 0 or $hr_amt) and not $sch_own)
      or (($tl_job or job_mentioned) and $tl_fee and $tl_send and $tl_mark and (money_count > 0 or $tl_amt) and not $tl_no and not $no)
      or ($id_job and $id_fee and $id_pay and (money_count > 0 or $id_amt) and not $id_no))
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule job_pay_intl
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Part-time or home work paying by the day, in German, French or traditional Chinese, with a chat-app contact"
  strings:
    $de = /\b(nebenjob|teilzeit|homeoffice|heimarbeit|minijob)\b.{0,80}\bpro (tag|stunde)\b/
    $fr = /\b(temps partiel|a domicile|en ligne|teletravail)\b.{0,80}\bpar (jour|heure)\b/
    $zh = /(兼職|招聘|日薪|日結|線上工作|在家工作).{0,40}(每天|日薪|元|小時)/
    $chat = /\b(whats ?app|wa\.me|telegram|t\.me|line|signal)\b|(加line|微信|賴)/
  condition:
    any of ($de, $fr, $zh) and $chat
}

rule job_daily_pay_range : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Work from a phone or home for an hour or two paying a range a day ('150-400 a day', 'P1,500-P5,000 araw-araw', '500-2000 Kc denne', '10만~30만원 일당', 'দৈনিক ৫০০-২০০০ টাকা', 'ghore bose prottek din 1000-3000 taka income korun') with a way to answer, in twenty languages (Arabic, Vietnamese, Czech, Greek, Swedish, Norwegian, Danish, Finnish, Korean, Romanian, Bangla and romanised Bangla among them) (Polish, Slovak, Bulgarian, Latvian and Estonian too: no experience, from home, paid every day); not the writer seeking work"
  strings:
    // compile and scan cost: one digit on each side of the dash or the word, the amounts' lengths
    // are not read (an atom at every digit costs ~0.6 µs a message, this ~0.2)
    // (Korean writes the range with a tilde and its units: 10만~30만원)
    $range = /[0-9](k|rb|€|\$|만|만원|천)? ?(-|–|~) ?(€|\$|£|₹|₱|p|rm|n|r\$)?[0-9]|[0-9](€|\$)? (to|bis|tot|hingga|sampai|a|a|den|az|till|til|theke|έως|εως) (€|\$|£|₹|p|rm|n|r\$)? ?[0-9]|[0-9] (إلى|الى) [0-9]|[0-9] ?(টাকা )?থেকে ?[0-9]/
    $daily = /\b(a|per|each|every) day\b|\bdaily\b|\bal dia\b|\bpor dia\b|\bdiarios?\b|\bpro tag\b|\btaglich\b|\bpar jour\b|\bper dag\b|\bdagvergoeding\b|\bal giorno\b|\bper hari\b|\bsehari\b|\baraw-araw\b|\bkada araw\b|\bevery week\b|\bper week\b|\/ ?ngay\b|\bmoi ngay\b|\/ ?hari\b|\b(roz|rozana|roj)\b|\/ ?(jour|dia|tag|day|dag)\b|\bam tag\b|\b(gunde|gunluk)\b|\bom dagen\b|\bpr\.? dag\b|\bdaglig(en|t)?\b|\b(paivassa|paivalta|paivittain|per paiva)\b|\/ ?pv\b|\b(pe zi|zilnic)\b|\b(za|na) den\b|\b(dziennie|codziennie|na dzien|kazdego dnia|kazdy den|katru dienu|diena|iga paev|paevas|paevaga)\b|(на ден|всеки ден|дневно)|\b(kc|czk|[0-9]) denne\b|\bdenne (az )?[0-9]|(يومي|في اليوم|प्रतिदिन|रोज़|रोजाना|в день|на день|την ημ(έ|ε)ρα|τη μ(έ|ε)ρα|ημερησ(ί|ι)ως|αν(ά|α) ημ(έ|ε)ρα|\/ ?ημ(έ|ε)ρα|일당|하루|일급|당일 ?지급|দৈনিক|প্রতিদিন|প্রতি দিন|রোজ|দিনে)/
    $work = /\b(job|work|worker|travail|part[- ]?time|hiring|assistant|calis\w{0,6}|vacante|vacancy|tiempo parcial|trabajo|trabalho|teilzeit|homeoffice|nebenjob|thuiswerk\w{0,4}|baan|lavoro|kerja|pekerjaan|trabaho|emploi|bijbaan|ctv|viec lam|lam viec|task|kaam|lowongan|vacante|vaga|hours?|horas|uur|stunden|minuten|minutes|oras|jam|werk|werken|jobb\w{0,4}|deltid\w{0,14}|medarbejdere|medarbetare|medarbeidere|distansjobb|distansarbete|extrajobb|deltidsjobb|sidojobb|arbete|eleman|ek is|arbeid|arbejde|hjemmearbejde|tyo|tyota|toita|etatyo\w{0,3}|osa-aikatyo\w{0,3}|sivutyo\w{0,3}|prace|praci|praca|pracy|pracu|uvazok|uvazkom|brigad[au]|munca|slujba|recrutare|sarcin\w{1,2}|darbu|darbs|darba|tood|tooaeg\w{1,3}|tooajaga)\b|(للعمل|عمل|وظيف|دوام|नौकरी|काम|работ|робот|εργασ(ί|ι)α|δουλει(ά|α)|απασχ(ό|ο)ληση|부업|알바|아르바이트|재택|일자리|কাজ|চাকরি|জব|পার্ট টাইম)/
    // the easy part: an hour or two, from the phone, from home
    $easy = /\b(from|on|with|thru|through) (your|the|my) (phone|mobile|cellphone)\b|\bevden\b|\ba domicile\b|(удален|удалён|онлайн|из дома|вдома)|\bdesde (el|tu) (movil|celular|casa)\b|\bgamit ang (phone|cellphone|cp)\b|\b(from|at) home\b|\b(em|de) casa\b|\bthuiswerk\w{0,4}|\bhomeoffice\b|\b[0-9]{1,2}( ?- ?[0-9]{1,2})? (hours?|hrs?|horas|uur|stunden|oras|jam|heures|minutes|minuten|timmar|timme|timer|tunti|tuntia|hodin|hodiny|hodinu|ore|godzina|godziny|godzin|stunda|stundas|stundu|tund|tundi|tunni)\b|\b(bez doswiadczenia|fara experienta|bez zkusenosti|bez skusenosti|pieredze nav vajadziga|bez pieredzes|kogemus pole vajalik|kogemust pole vaja|no majam|kodust|kodutoo)\b|(без опит|от вкъщи|от дома|[0-9] час)|\b(z domova|z domu|z mobilu|z telefonu|hemifran|pa distans|distansjobb|distansarbete|via (mobilen|telefonen)|hjemmefra|hjemmearbejde|hjemmekontor|(fran|fra|pa|paa) (mobilen|telefonen)|kotoa|kotona|etatyo\w{0,3}|puhelimella|de acasa|de pe telefon)\b|\b(da casa|desde casa|home office|vanuit huis|von zu ?hause|depuis (chez )?(vous|toi|la maison)|dari rumah|tai nha|online|ghar (baithe|se)|paruh waktu|medio tiempo|like (and|&) follow)\b|(عن بعد|عن بُعد|من المنزل|من البيت|घर बैठे|घर से|απ(ό|ο) το σπ(ί|ι)τι|απ(ό|ο) το κινητ(ό|ο)|εξ αποστ(ά|α)σεως|[0-9] (ώ|ω)ρ(ες|α)|재택|집에서|핸드폰|휴대폰|스마트폰|폰으로|폰 하나로|틈틈이|남는 시간|시간만|ঘরে বসে|বাড়িতে বসে|বাসায় বসে|মোবাইল দিয়ে|মোবাইলে|মোবাইল থেকে|ফোন দিয়ে|অনলাইনে|[0-9] ?(ঘণ্টা|ঘন্টা))/
    // the ways to get in touch are contact_count's (reply, whatsapp, telegram ...): no pattern on them
    $answer = /\b(interested|agrohi|aagrohi|jogajog|interesse|interes\w{0,4}|interesado|antworten|antwoord|stuur|rispondi|balas|mag-reply|lien he|zalo)\b|\b(yazin|yaziniz|repondez|repondre|zajem|napiste|piste|ozvete|odpovezte|intresse\w{0,3}|svara|skriv|svar|interesseret|kiinnost\w{0,5}|vastaa|raspunde\w{0,2}|scrie\w{0,2}|napisz|napiszcie|odpisz|zainteresowan\w{1,3}|rakstiet|raksti|interese\w{0,3}|kirjuta|kirjutage)\b|(للتواصل|تواصل|واتساب|مهتم|जुड़ें|संपर्क|пишите|пишете|отговорете|напишите|пишіть|напишіть|ενδιαφ(έ|ε)ρ|στε(ί|ι)λτε|γρ(ά|α)ψτε|απαντ(ή|η)στε|επικοινων(ή|η)στε|카톡|카카오톡|관심 ?있|연락 ?주|문자 ?주|오픈채팅|텔레그램|আগ্রহী|রিপ্লাই|যোগাযোগ করুন|ইনবক্স|মেসেজ করুন|মেসেজ দিন|হোয়াটসঅ্যাপ|টেলিগ্রাম)/
    // Bangla: the writer's own work or a friend's question, not an offer ("আমি ... করি", "তুমি", "সত্যি?")
    $bn_own = /(আমি |আমার |আমাকে |তুমি |তোমার |তুই |তোর |সত্যি|ভুয়া|প্রতারণা|প্রতারক|স্ক্যাম)/
    // romanised Bangla: every day ("prottek din", "protidin", "doinik"), earn ("income korun", "aay korun"),
    // from home or the phone ("ghore bose", "mobile theke") or no investment needed ("kono investment lagbe na")
    $bnr_day = /\b(prottek|prottyek|protyek|protek|protteke|proti|prati|proteek) ?din\b|\b(protidin|protidine|doinik|doinikh|roj)\b/
    $bnr_work = /\b(income|inkam|incam|aay|aye|ay|uparjon|earning|rojgar|rojgaar) (korun|koren|korte|korben|kora|korar|kore|hobe)\b|\b(kaj|kaaj|kajer|chakri|chakuri)\b/
    $bnr_easy = /\b(ghore|ghor|barite|bari|basay|basai|basa|bashay|bashai) (theke |e )?bo(s|sh)e\b|\b(mobile|phone|fon|smartphone) (theke|diye|dia|die|diyei) (kaj|kaaj|income|inkam|aay|ay|uparjon|taka|earning)\b|\b(shudhu|sudhu|only) (ekta |apnar )?(mobile|phone|smartphone)\b|\bkono (investment|taka|fee|fi|charge|registration fee|joma) (lagbe|laagbe|dite hobe) na\b|\binvestment (chara|charai|chhara|chharai)\b/
    // the writer's own work or a friend's question ("ami kori", "tumi", "sotti?", "vuya")
    // the writer seeking work, not offering it ("szukam pracy dorywczej", "hledam praci", "caut de munca")
    $seek = /\b(szukam (pracy|roboty|zlecen)|hledam (praci|brigadu)|hladam (pracu|brigadu)|caut (de )?(un )?(loc de )?munca|mekleju darbu|otsin tood|busco (trabajo|chamba|empleo)|procuro (trabalho|emprego))\b|(търся работа)/
    $bnr_own = /\b(ami|amar|amake|tumi|tomar|tui|tor|sotti|shotti|vua|vuya|bhua|bhuya|protarona|protarok|scam)\b/
    // One sum a day, no range (Turkish, German, Swedish, Danish, Finnish, Polish): "1500 kr om dagen", "200 € taglich",
    // "gunluk 2000 tl", "150 € paivassa", "400 zl dziennie"; with the easy part or the task (rating hotels or apps,
    // liking videos)
    $one_day = /[0-9] ?(kr|€|eur|euro|zl|pln|tl|lira|sek|dkk|nok) ?(om dagen|per dag|pr\.? dag|dagligen|dagligt|daglig|paivassa|paivalta|per paiva|dziennie|na dzien|pro tag|am tag|taglich)\b|\b(gunluk|gunde|dziennie|taglich|dagligen|dagligt|paivittain) [0-9]/
    $task = /\b(otel|uygulama|video|urun)\w{0,4} (degerlendir|begen|puanla)\w{0,6}|\b(hotell?|hotelli|appar|appen|apps|videor|videoer|videos|produkte)\w{0,3} (betygsatt|recensera|bedoma|anmelde|bedomme|arvioi|arvostel|ocenia|bewerten|liken|gilla|like)\w{0,5}|\b(betygsatta|arvostele\w{1,5}|oceniani\w{1,3}|tykkaa\w{1,5}|polubie\w{1,3})\b/
    // an employer's offer ("we are looking for", "we offer") or the imperative "earn", not someone's news
    $one_offer = /\b(vi (soker|soger|behover|har brug for|tilbyder|erbjuder)|wir (suchen|bieten)|etsimme|tarjoamme|szukamy|oferujemy|zatrudnimy|ariyoruz|aliyoruz|tjana|tjen|ansaitse|zarabiaj|verdienen sie|kazanabilir\w{0,8}|kazanin)\b/
    // the writer's own earnings, not an offer
    $one_own = /\b(jag tjanar|jeg tjener|ich verdiene|ansaitsen|zarabiam|kazaniyorum|mein (chef|job)|min (chef|jobb)|mit job)\b/
  condition:
    (($range and $daily and $work and $easy and ($answer or contact_count > 0 or url_count > 0) and not $bn_own)
      or ($range and $bnr_day and $bnr_work and $bnr_easy and ($answer or contact_count > 0 or url_count > 0) and not $bnr_own)
      or ($one_day and $one_offer and $work and ($easy or $task) and ($answer or contact_count > 0) and not $one_own))
    and not $seek
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule job_side_job_ja
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A Japanese side-job pitch: easy work on a phone, a monthly income, and a LINE id to contact (副業, スマホで簡単, LINE); or piece work (data entry, watching videos as an 'ambassador', likes, reviews, surveys) paid so many yen an item or by the day, with 'reply はい', 'reply if interested' or 'add us on LINE'"
  strings:
    $side = /(副業|在宅ワーク|高収入)/
    $easy = /(スマホ|簡単|空き時間)|1日[0-9]{1,3}分/
    $line = /\bline\b|(ライン)/
    // the piece work: data entry, watching videos ("ambassador"), likes and follows, reviews, surveys ...
    $pw_task = /(データ入力|入力作業|入力のお仕事|文字入力|タイピング|動画(を)?(見る|視聴)|視聴するだけ|見るだけ|アンバサダー|アンケート回答|いいね(する|を押す|押す)|フォロー(する|するだけ)|レビュー(投稿|を書く|を書くだけ)|口コミ投稿|スクショ(を)?(送る|撮る))/
    // ... paid by the item or the day ("1件150円", "1本視聴で300円", "500円/件", "日払い", "即日振込") ...
    $pw_pay = /(1|一)(件|本|回|投稿|動画)(あたり|につき|で|視聴で)?[0-9]|[0-9] ?円 ?\/ ?(件|本|回)|(日給|日払い|即日払い|即日振込|即日報酬|当日払い|報酬は?即日)/
    // ... and the ask: reply "はい", add the LINE account
    $pw_ask = /(「はい」|はいと(ご)?返信|はい」と|(line|ライン)(を|で|に)?(追加|登録|友だち|友達)|友だち追加|友達追加|公式(line|ライン)|(興味|ご興味)(が|の)?(ある|あれば|あります|ございましたら|ございます).{0,15}(返信|ご返信|連絡|ご連絡))/
    // the writer's own side job, or a warning
    $pw_own = /(私|わたし|僕|俺|うち)(も|は|が)|やってる|始めた|してるよ|詐欺|怪しい|注意/
  condition:
    (($side and $easy and $line) or ($pw_task and $pw_pay and ($pw_ask or $line) and not $pw_own))
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

// Japan's "dark part-time job" (闇バイト): carry or collect a parcel, documents or cash for a large pay by the day or
// the errand, with no ID, no interview or secrecy, or the chat moved to Telegram or Signal. A relative's errand names no
// pay; a news item or a warning names the scheme or the police.
rule job_dark_courier_ja
{
  meta:
    action = "junk"
    weight = 3.0
    description = "The Japanese 'dark part-time job': only carry, receive or deliver a parcel, documents or cash for tens of thousands of yen a day or an errand (日給5万円, 1回10万円, 即日即金), with no ID or interview, secrecy, a 'white job' or Telegram or Signal to contact (Japanese)"
  strings:
    // the errand: carry, receive or deliver a parcel, documents or cash, "only" that
    $carry = /(荷物|書類|封筒|現金|カード|スーツケース|小包|物品)(を|の)?(運ぶ|運び|受け取|受取|届け|配送|回収|預か|引き取)|(運び|受け取り|受取り|回収|配達)(のみ|だけ)|(運ぶ|受け取る|届ける|回収する|預かる)だけ|受け子|出し子|運び屋/
    // the pay no errand earns: tens of thousands of yen a day or a run, cash the same day
    $big = /(日給|日当|報酬|1日|一日|1回|一回|1件|一件).{0,12}[0-9]{1,3} ?万|[0-9]{1,3} ?万円? ?(以上|稼げ|可能|保証)|高額(報酬|案件|バイト|収入)|即日即金|即金|現金(手渡し|払い)/
    // the tell: no ID, no interview, no face shown, secrecy, a "white job", the chat on Telegram or Signal
    $secret = /(身分証|身分証明書|本人確認)(は)?(不要|なし|無し|いらない)|秘密厳守|誰にも言わ|口外(禁止|しない)|顔出し(なし|不要|無し)|面接(なし|不要|無し)|ホワイト案件|テレグラム|シグナル|\b(telegram|signal)\b/
    // a news item, a warning or a parent's caution
    $warn = /(闇バイト|絶対|だめ|ダメ|注意|詐欺|逮捕|警察|応募しないで|気をつけ|気を付け|ニュース|危ない|やめて)/
  condition:
    $carry and $big and $secret and not $warn
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule job_abroad_visa_fee
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Jobs abroad (the Gulf, Malaysia, Europe, Japan, Korea, Canada, Australia) with a salary and a registration, medical, visa, file or processing fee to pay first or seats running out, from someone's number, in English, Swahili, Nepali (Devanagari and romanised), Hindi (Devanagari and romanised), Urdu (Arabic script and romanised), Bengali, Sinhala and Tamil (their scripts and romanised), or 'no test needed', 'without EPS' or the official scheme with the agent's number, an advance in lakhs and the rest once the visa comes (Korea, Japan, the Gulf: romanised Nepali, Hinglish, Hindi); a Tagalog caregiver agency's opening and sponsorship, or a driver or helper 'sa Dubai', with a placement, training or visa fee to pay; drivers or domestic workers for the Gulf with a medical, visa or training fee (Egyptian and Gulf Arabic); the Gambian and Sierra Leonean visa agent's work visa '100% sure' against a deposit in dalasi or leones; a European or Canadian family seeking a nanny, housekeeper or driver with the visa and ticket covered and a file fee to pay (French); Gulf hotel, driver or cleaner posts from a mobile with a salary in AED, QAR or SAR, accommodation, and 'send your passport copy and CV on this number or WhatsApp' (English); 'I am HR of <Gulf airline or hotel>, we need 50 workers for Doha or Riyadh, visa and ticket free, only medical or file fee' (English, romanised Hindi and Urdu); work abroad on a farm, in a factory or a warehouse with the visa, housing or ticket free and a file, registration or paperwork fee to pay first (Russian, Ukrainian, Romanian, Turkish, Arabic, and Moroccan and Algerian Arabic in Latin letters); farm, factory or hotel work in Canada or the US (H-2A, H-2B, seasonal) with a deposit, a file or processing fee or a passport copy to send (English, Jamaican Patois, Latin American Spanish, Haitian Creole)"
  strings:
    $abroad = /\b(dubai|qatar|saudi|saudia|uae|oman|kuwait|doha|riyadh|jeddah|dammam|abu dhabi|sharjah|muscat|bahrain|malaysia|singapore|japan|korea|israel|cyprus|malta|canada|poland|romania|croatia|serbia|hungary|lithuania|portugal|europe|abroad|overseas|gulf|uk|usa|germany|italy|spain|france|australia|finland|ireland|bidesh|bides|videsh|baidesh\w{0,3}|bairon(-e|-e-| e)? ?mulk|bairoon(-e|-e-| e)? ?mulk)\b.{0,40}\b(jobs?|work|visa|vacanc(y|ies)|recruitment|salary|mshahara|kaam|naukri|naukari|nokri|jagir|rojgar|rozgar|talab|mulazmat|mulazimat|mulazmatain|rakiya|rakiyawa|rakiyawak|rakiyawal|padiya|velai|velaikku|sambalam)\b|\brata rakiya(wa|wak|wal)?\b|\bkazi (za|ya|nchini|huko) (dubai|qatar|saudi|uae|oman|kuwait|ughaibuni|nje)\b|\b(jobs?|work|visa|vacanc(y|ies)|recruitment) (in|to|for) (dubai|qatar|saudi|uae|oman|kuwait|malaysia|singapore|japan|korea|canada|poland|romania|croatia|europe|abroad|overseas|the gulf|the uk|uk|the usa|usa|germany|italy|spain|france|australia|finland|ireland)\b/
    // Bengali: the country or "abroad" and the work, salary or visa (a Bengali letter is three bytes)
    $abroad_bn = /(দুবাই|সৌদি|কাতার|ওমান|কুয়েত|বাহরাইন|মালয়েশিয়া|সিঙ্গাপুর|জাপান|কোরিয়া|কানাডা|অস্ট্রেলিয়া|ইতালি|জর্ডান|রোমানিয়া|পোল্যান্ড|ক্রোয়েশিয়া|ইউরোপ|বিদেশ).{0,90}(কাজ|চাকরি|চাকুরি|ভিসা|বেতন|নিয়োগ)/
    // Nepali and Hindi in Devanagari: the country or "abroad" and the work, visa or salary
    $abroad_dev = /(जापान|कोरिया|दुबई|कतार|साउदी|सउदी|सऊदी|मलेसिया|मलेशिया|युरोप|यूरोप|पोल्याण्ड|पोल्यान्ड|पोलैंड|रोमानिया|क्रोएसिया|क्रोएशिया|इजरायल|इज़राइल|कुवेत|कुवैत|ओमान|क्यानडा|कनाडा|अष्ट्रेलिया|अस्ट्रेलिया|ऑस्ट्रेलिया|आस्ट्रेलिया|बेलायत|जर्मनी|इटाली|इटली|माल्टा|साइप्रस|सिंगापुर|सिङ्गापुर|विदेश|वैदेशिक|खाडी).{0,120}(काम|नौकरी|जागिर|रोजगार|रोज़गार|भिसा|वीजा|वीज़ा|तलब|वेतन|सैलरी|भर्ती)/
    // Sinhala, Tamil and Urdu: the country or "abroad" and the work, visa or salary (a letter is two or
    // three bytes: the gap is counted in bytes); "රට රැකියා" is the Sri Lankan "foreign job"
    $abroad_si = /(ඩුබායි|කටාර්|සෞදි|සවුදි|කුවේට්|ඕමාන්|ඕමානය|බහරේන්|මැලේසියා|සිංගප්පූරු|ජපාන|කොරියා|ඊශ්රායල|ඉශ්රායල|සයිප්රස|ඉතාලි|රුමේනියා|පෝලන්ත|ක්රොඒෂියා|යුරෝප|කැනඩා|ඕස්ට්රේලියා|එංගලන්ත|ජෝර්දාන|මාල්ටා|විදේශ|විදෙස්|රට රැකියා).{0,120}(රැකියා|වැඩ|වීසා|විසා|වැටුප|පඩි)/
    $abroad_ta = /(துபாய்|கத்தார்|சவுதி|குவைத்|ஓமான்|பஹ்ரைன்|மலேசியா|சிங்கப்பூர்|ஜப்பான்|கொரியா|இஸ்ரேல்|சைப்ரஸ்|இத்தாலி|ருமேனியா|போலந்து|ஐரோப்பா|கனடா|ஆஸ்திரேலியா|இங்கிலாந்து|வெளிநாட்டு|வெளிநாடு).{0,120}(வேலை|பணி|விசா|சம்பளம்)/
    $abroad_ur = /(دبئی|دبی|سعودی|سعودیہ|قطر|عمان|کویت|بحرین|ملائیشیا|ملیشیا|سنگاپور|جاپان|کوریا|یورپ|کینیڈا|آسٹریلیا|پولینڈ|رومانیہ|اٹلی|برطانیہ|بیرون ملک|بیرونِ ملک).{0,120}(نوکری|ملازمت|کام|ویزا|ویزہ|ويزا|تنخواہ|جاب)/
    $fee = /\b(medical|visa|processing|registration|ticket|air ?ticket|agent|manpower|service|sewa|file) (aur medical |and medical |& medical )?(ko |ka |ki |ke )?(fee|fees|fis|charge|charges|cost|khoroch|kharcha|kharch|shulka|shulk|lagat|qeemat|keemat|kimat|qimat)\b|\b(total|kul|pura|poora|sara|saara|sabai|sab|full) (kharcha|kharch|khoroch) (sirf |only |matra |matrai |rs\.? ?|npr ?|pkr ?){0,2}[0-9]|\b[0-9]{1,2} ?% (advance|agrim|upfront)\b|\b(fee|fees|charge|khoroch) (ya|of|for) (medical|visa|processing)\b|\b(lipia|lipa|pay for) (the )?(medical|visa|usajili)\b|\b(pay|give|deposit)( [^ ]{1,10}){0,3} (advance|in advance|upfront)\b|\badvance (payment|fee|ma|me|mein|main|dena|deni|dinu|tirnu|jama|bhejein|bhejna)\b|\b(tirnu|bujhaunu|jama) (parne|parchha|parcha|garnu|garnuhos|garnus|karna|karni|karo|karein|karen|karwayen|karwaen|karwain|karwayein|karwana|karwani|karayen|karaen|karwa dein|karwa den|karwa do|kar dein|kar den|hoga|hogi)\b|\b(tirnu|bujhaunu) ?(parne|parchha|parcha|hos|huncha|hola)\b|\b(fee|fees|fis|shulk|shulka|kharcha|kharch|rakam|advance) (ada|adaa|bharna|bharni|dena|deni|bhejna|bhejni) (karni|karna|karen|karein|karain|kijiye|hogi|hoga|padega|padegi|parega|paregi|parcha|parchha|hai)\b|\b(visa|processing|medical) (ke liye|ko lagi|lagi)\b|\b[0-9]{1,2}(\.[0-9])? ?(lakh|lakhs|lac|lacs) (advance|agrim|upfront)\b|\badvance( ma| me| mein)? [0-9]{1,2}(\.[0-9])? ?(lakh|lac)\b|\bbaa?ki (paisa |rakam |payment |amount )?(visa|bhisa) (aaye|aayepachhi|aayepachi|aaepachhi|aaepachi|aaye pachhi|aaye pachi|aane ke baad|aane par|aaune bittikai)\b|\brest (of the (payment|money|amount) )?(after|on) (the )?visa\b|\b(gasthuwa|gasthuwak|gasthu|gaasthuwa|gaasthu|kattanam|kattanamaga|munpanam|attikaram|atthikaram|aththikaram)\b/
    $fee_bn = /(ভিসা|ভিসার|মেডিকেল|প্রসেসিং|রেজিস্ট্রেশন|নিবন্ধন|ফাইল|টিকিট|টিকেট|সার্ভিস|মোট|সব) ?(ফি|খরচ|চার্জ)|অগ্রিম|টাকা জমা/
    // Devanagari: a visa, processing or medical fee ("भिसा शुल्क", "वीजा फीस"), "तिर्नु पर्छ", "जमा करें", an advance
    $fee_dev = /(भिसा|वीजा|वीज़ा|प्रोसेसिङ|प्रोसेसिंग|रजिस्ट्रेशन|पंजीकरण|दर्ता|फाइल|फ़ाइल|मेडिकल|टिकट|म्यानपावर|मेनपावर|सेवा) ?(को |का |की )?(शुल्क|फीस|फी|खर्च|खर्चा|चार्ज)|(तिर्नु|बुझाउनु) ?(पर्छ|पर्ने|पर्नेछ|होस्)|(फीस|शुल्क|रकम|पैसा|पैसे) .{0,30}(जमा (करें|करना|कराएं|कराना|गर्नु|गर्नुहोस्)|तिर्नु)|अग्रिम|एडवांस|एडवान्स|बाकी (पैसा |रकम )?(वीजा|वीज़ा|भिसा) (आने|आएपछि|आएपछी)/
    // Sinhala, Tamil and Urdu: a registration, processing, visa or file fee ("ලියාපදිංචි ගාස්තුව", "பதிவு
    // கட்டணம்", "رجسٹریشن فیس"), an advance, "must be paid" or "deposit it"
    $fee_si = /(ලියාපදිංචි|සැකසුම්|වීසා|විසා|ෆයිල්|ගොනු|වෛද්ය|මෙඩිකල්|ටිකට්|ඒජන්සි|සේවා) ?(ගාස්තු|මුදල)|අත්තිකාරම්|ඇඩ්වාන්ස්|ගෙවිය යුතු|තැන්පත් කළ යුතු|තැන්පත් කරන්න|කලින් ගෙවන්න|මුලින් ගෙවන්න/
    $fee_ta = /(பதிவு|செயலாக்க|விசா|மருத்துவ|மெடிக்கல்|கோப்பு|பைல்|சேவை|ஏஜென்சி|டிக்கெட்) ?(கட்டணம்|கட்டணமாக|செலவு)|முன்பணம்|அட்வான்ஸ்|கட்ட வேண்டும்|செலுத்த வேண்டும்|செலுத்தவும்|கட்டவும்|கட்டணும்/
    $fee_ur = /(ویزا|ویزہ|ويزا|پروسیسنگ|رجسٹریشن|میڈیکل|فائل|سروس|ٹکٹ|ایجنٹ) (کی |کے )?(فیس|چارجز|خرچہ|خرچ)|ایڈوانس|پیشگی|جمع کروائیں|جمع کرائیں|ادا کریں|فیس جمع/
    // the agent's "no test needed" (EPS Korea, Japan, Europe: a real work visa needs the language or skill
    // test), counted as the lure only with the agent's number
    $notest = /\b(no|without|bina|binaa|bagair|baghair|bager|bena) (any )?(korean |japanese |language |bhasa |bhasha |skill |trade )?(test|exam|pariksha|ielts|topik)\b|\b(test|exam|pariksha|ielts|topik)( dinu| dena| dene ki)? (bina|nahi|nahin|chahindaina|chahidaina|chaidaina|nachahine|pardaina|lagdaina|zarurat nahi|zaroorat nahi|jarurat nahi|not (required|needed|necessary))\b|\b(eps|ssw|g2g|g to g)( exam| test| process| system)? (bina|binaa|bagair|nabhai|chahidaina|chaidaina|nachahine|pardaina|not (required|needed|necessary))\b|\b(without|bina|binaa|bagair|no) (the )?(eps|ssw|g2g|g to g|sarkari (prakriya|process|exam|pariksha)|government (process|exam|scheme|quota)|official (process|exam|scheme|quota|channel))\b|(परीक्षा बिना|बिना परीक्षा|परीक्षा नचाहिने|परीक्षा चाहिँदैन|परीक्षा चाहिदैन|टेस्ट बिना|बिना टेस्ट|পরীক্ষা ছাড়া|পরীক্ষা লাগবে না|টেস্ট ছাড়া|විභාගයකින් තොරව|විභාග නැතිව|தேர்வு இல்லாமல்|ٹیسٹ کے بغیر|بغیر ٹیسٹ|امتحان کے بغیر)/
    // seats or posts running out, with the salary named
    $seats = /\b(limited (seats?|slots?|posts?|vacanc(y|ies))|seats? (are )?(limited|filling)|few seats|last [0-9]{1,2} seats|seat (simit|limited)|simit (seat|sit)|sit simit|(seats?|nashist\w{0,3}) mehdood|mehdood (seats?|nashist\w{0,3}))\b|(সিট সীমিত|সীমিত সিট|আসন সীমিত|সীমিত আসন|सीमित सिट|सिट सीमित|सीमित सीट|सीट सीमित|සීමිත පුරප්පාඩු|පුරප්පාඩු සීමිතයි|இடங்கள் குறைவு|குறைந்த இடங்கள்|سیٹیں محدود|محدود سیٹیں)/
    $salary = /\b(salary|salaries|talab|tallab|tankha|tankhah|tankhwah|tankhwa|mshahara|per month|monthly|mahina|mahine|mahana|maheena|mahinama|masik|maasik|padiya|vatupa|watupa|masekata|masikawa|sambalam|maadha sambalam)\b|(বেতন|মাসিক|तलब|वेतन|सैलरी|तनख्वाह|मासिक|महिना|महीना|වැටුප|පඩිය|මාසික|මසකට|මාසයකට|சம்பளம்|மாதம்|மாத |تنخواہ|ماہانہ|ماہوار|سیلری)/
    // an offer, not a question about a visa: the salary, or posts open
    $open = /\b(100 ?% (sure|guaranteed|guarantee|assured)|guaranteed (visa|approval|job)|(visa|approval) (is )?(guaranteed|assured)|vacanc(y|ies)|hiring|urgent(ly)?|required|wanted|apply now|bharti|bhorti|madereva|walinzi|aasamiyan|asamiyan|aawashyakta|aavashyakta|avashyakta)\b|\b(drivers?|workers?|helpers?|staff|cleaners?|guards?|mazdoor|labou?rs?|kamdar|afrad) (ki |ke |ko )?(zaroorat|zarurat|jarurat|darkaar|darkar|chahiye|chahiyo|chaiyo|aawashyak)\b|\b(ichhuk|ichchhuk|icchuk|ichuk) (vyakti|byakti|hunuhunchha|hunuhuncha|vyaktiharu|byaktiharu|log|ho to)\b|\b(sunaulo|sunehra|sunahra|sunhera) (awasar|avasar|mauka|avsar)\b|\b(golden opportunity|direct visa)\b|\b(we|i) need [0-9]{1,2}[0-9]? (workers|staff|drivers|cleaners|helpers|waiters|guards|labou?rs|people|candidates)\b|\b(workers|staff|drivers|cleaners|helpers|waiters|guards) (needed|required)\b|(নিয়োগ|জরুরি|आवश्यकता|तुरुन्त|तुरंत|ज़रूरत|जरूरत|भर्ती|सुनहरा मौका|सुनौलो अवसर|इच्छुक|सीधा वीजा|डायरेक्ट वीजा|गारंटी|पक्का|গ্যারান্টি|සහතිකයි|සහතික කර|අවශ්යයි|පුරප්පාඩු|உத்தரவாதம்|உறுதி|உடனடி|தேவை|காலியிடங்கள்|گارنٹی|یقینی|ضرورت ہے|فوری|آسامیاں|سنہری موقع)/
    // a person's own news: the job came, the employer pays the visa
    $own = /\b(company|employer|kampani|sponsor) (ne |le |has |will |is )?(paid|pays|pay|paying|covers|covered|bears|bhar|bhari|bhar di|de rahi|dega|degi|de di|tiryo|tirchha|tirne|ada ki|ada kar)\b|\b(thagi|thagne|sawdhan|savdhan|saavdhan|sabdhan|dhokha|dhoka|scam|fraud)\b|\b(i|he|she|we) got (a|the) (job|visa)\b|\b(we|company|employer) (do not|does not|don'?t|doesn'?t|never|will not|won'?t) (charge|ask for|collect|take) (any |a )?(fee|fees|money|payment|charges)\b|\bno (fee|fees|charges|payment) (is |are )?(charged|required|at any stage)\b|\b(koi|kisi bhi tarah ki) (fee|fees|fis) nahi\b|\b(job|visa|naukri|mulazmat) (mil gayi|mil gaya|lag gayi|aa gaya|aa gayi)\b|\b(jagir|visa|kaam) (payo|paayo|aayo|lagyo)\b|(পেয়েছি|পেয়েছে|কোম্পানি দিয়েছে|কোম্পানি দেবে|কোম্পানি দিবে|पाएँ|पाएं|पायो|मिल गई|मिल गयी|मिल गया|कम्पनीले तिर|कम्पनीले बेहोर|कंपनी ने भर|कंपनी ने दी|कंपनी देगी|ලැබුණා|ලැබුනා|කම්පැණියෙන්|කම්පැනියෙන්|සමාගමෙන්|වංචා|ගාස්තු කිසිවක් නැත|අයදුම් කළ|கிடைச்சுது|கிடைத்தது|கிடைச்சிருக்கு|கம்பெனியே|நிறுவனமே|மோசடி|கட்டணமும் இல்லை|கட்டணம் இல்லை|விண்ணப்பித்த|مل گئی|مل گیا|کمپنی نے|فراڈ|دھوکہ|دھوکا|کوئی فیس نہیں|درخواست دی|කිව්වා|කීයද|කොච්චරද|சொன்னாங்க|சொன்னார்|எவ்வளவு|بتایا|کہا ہے|کہہ رہا|کہہ رہے|کتنی|کتنا)|\b(labuna|labunaa|company eken|kampani eken|kidaichuthu|kidaichiruchu|kidaichirukku|company kattiduchu)\b|\byou applied (for|to)\b|\bthank(s| you) for applying\b/
    // Swahili: work or jobs in the Gulf ("Uarabuni"), Europe, Canada or abroad, and a registration, visa, medical,
    // training or form fee ("ada ya usajili", "lipia viza"); a relative's news, an embassy appointment, a warning
    $sw_abroad = /\b(kazi|ajira|nafasi za kazi)\b.{0,60}\b(dubai|qatar|saudi|saudia|uarabuni|oman|kuwait|uae|ulaya|canada|kanada|poland|uingereza|nje ya nchi|ughaibuni)\b|\b(uarabuni|ughaibuni|nje ya nchi)\b.{0,40}\b(kazi|ajira)\b/
    $sw_fee = /\b(ada|gharama|malipo)( ndogo)? (ya|za) (usajili|viza|visa|medical|matibabu|vipimo|mafunzo|fomu|pasipoti|passport|processing|uchakataji)\b|\b(lipia|lipa)( tu)?( ada ya)? (usajili|viza|visa|medical|vipimo|mafunzo|fomu|pasipoti)\b/
    $sw_pay = /\b(m-?pesa|tigo ?pesa|airtel money|halo ?pesa|mix by yas|namba hii|piga)\b/
    $sw_own = /\b(amepata|nimepata|tumepata|ubalozi|miadi|tapeli|matapeli|utapeli|jihadhari|tahadhari)\b/
    // Amharic (Ethiopic script, three bytes a letter: no \b): the Gulf, Lebanon, Europe or Canada ("abroad", "Arab
    // country"), a job (housemaid, driver, nurse, work, visa, salary), a payment or registration fee, and a call or an app
    $am_abroad = /(ዱባይ|ሳውዲ|ሳዑዲ|ሳኡዲ|ኩዌት|ቀጠር|ኳታር|ኦማን|ባህሬን|ሊባኖስ|ዮርዳኖስ|ካናዳ|አውሮፓ|ጀርመን|ውጭ አገር|ውጭ ሀገር|ውጪ ሀገር|ውጪ አገር|አረብ አገር|አረብ ሀገር)/
    $am_job = /(ስራ|ሥራ|ሰራተኛ|ሠራተኛ|ሹፌር|ነርስ|ቪዛ|ደሞዝ|ደመወዝ)/
    $am_fee = /(ክፍያ|ይክፈሉ|ትከፍላላችሁ|ይከፈላል|የምዝገባ|ምዝገባ)/
    $am_ask = /(ይደውሉ|ደውሉልን|ደውሉ|ያናግሩን|ያናግሩኝ|ቴሌግራም|ዋትስአፕ|ኢሞ)/
    // an appointment, the writer's own or a relative's news, a warning
    $am_own = /(ቀጠሮ|አገኘች|አገኘሁ|አገኘ|ማጭበርበር|አጭበርባሪ|ተጠንቀቁ|ኤምባሲ)/
    // the Gambia and Sierra Leone: a deposit or advance in dalasi ("D25,000") or leones ("Le 5,000,000",
    // "NLe 5,000"), which the money count does not read
    $gm_cur = /\bd ?[1-9][0-9]{0,2},[0-9]{2}[0-9]\b|\b[1-9][0-9,]{0,9} ?(dalasis?|leones?)\b|\b(sle|nle|le) ?[1-9][0-9]{0,2},[0-9]{2}[0-9]/
    $gm_dep = /\b(deposit|down ?payment|advance|upfront|processing)\b/
    // Tagalog: a caregiver or helper agency "may opening kami", a sponsorship, and a placement fee to pay first
    $tl_job = /\b(caregiver|care giver|nanny|kasambahay|domestic helper|dh|housekeeper|factory workers?|nurse aide|farm workers?|farmhands?|drivers?|waiters?|welders?|nurses?|cleaners?|hotel staff|construction workers?)\b/
    $tl_open = /\b(caregivers?|nanny|kasambahay|dh|domestic helpers?|drivers?|helpers?|cleaners?|welders?|waiters?) (sa|for|papuntang) (dubai|saudi|riyadh|jeddah|qatar|doha|kuwait|oman|bahrain|uae|abu dhabi|hong kong|singapore|taiwan|japan|canada|korea|malaysia)\b|\b(may opening (kami|po|tayo)|may (hiring|bakante|job opening) (kami|po)|hiring (kami|po)|direct hire|sponsorship|sponsor (kayo|ka|po)|may employer (na|po))\b|\b(papuntang|papunta sa|pa-?|deployment sa|trabaho sa) ?(canada|dubai|saudi|qatar|kuwait|japan|taiwan|korea|poland|romania|europe|new zealand|australia|uk|italy)\b/
    $tl_fee = /\b(placement fee|processing fee|reservation fee|training fee|medical fee|visa fee|kailangan (mo |nyo |ninyo |lang )?(mag ?bayad|magbayad|mag ?deposit|magdeposito)|mag ?bayad (muna|lang|po|ng)|bayad (muna|sa placement|ng placement)|(babayaran|bayaran|ibabayad) (muna|nyo|mo|po))\b/
    // a friend's own news or a warning: "nakaalis na", "walang placement fee", "modus", "ingat"
    $tl_own = /\b(nakaalis|walang (placement |processing )?(fee|bayad)|no placement fee|zero placement|modus|scam|ingat|naloko|niloko)\b/
    // French (West and Central Africa): a European or Canadian family seeking a nanny, housekeeper,
    // cook or driver, the visa and the plane ticket "pris en charge", and a file or visa fee to pay first
    $fr_dom = /\b(nounou|nourrice|baby-?sitter|gouvernante|femme de menage|aide-?menagere|menagere|domestique|cuisinier|cuisiniere|chauffeur|jardinier|gardien|garde d'enfants|aide a domicile|auxiliaire de vie|fille au pair|au pair|personnel de maison|employee? de maison|majordome|aide-?soignante?)\b/
    $fr_eu = /\b(en|au|a|pour la|pour le) (france|belgique|suisse|canada|italie|allemagne|espagne|europe|luxembourg|portugal|angleterre|pays-bas)\b|\b(famille|couple|foyer|menage) (francaise?|belge|suisse|canadien(ne)?|europeen(ne)?|italien(ne)?|allemande?|espagnole?|anglaise?|luxembourgeoise?|portugaise?|quebecoise?)\b|\b(a|de|pour|sur) (paris|lyon|marseille|bruxelles|geneve|lausanne|zurich|montreal|quebec|toronto|rome|milan|berlin|madrid|lisbonne|londres)\b/
    $fr_cover = /\b(visa|billet d'avion|billets? d'avion|billet|titre de sejour|voyage|permis de travail|logement|hebergement)\b.{0,60}\b(pris en charge|prise en charge|a la charge (de|du|des)|offerts?|gratuits?|payes par|rembourses|finances par|assures par)\b|\bprise en charge (du|des|de la|totale|complete) ?(visa|billet|voyage|frais de voyage)?/
    $fr_vfee = /\bfrais (de dossiers?|du dossier|d'inscription|de visa|de procedure|de traitement|d'agence|de placement|de legalisation|d'ouverture de dossier|de constitution|de contrat|d'enregistrement|de reservation|de demande)\b/
    // a relative's or a friend's own news, or a warning
    // The Gulf hiring text from a mobile (English): hotel, driver or cleaner posts paid in dirhams, riyals or
    // dinars, with accommodation, and "send your passport copy and CV on this number or WhatsApp"; a friend
    // passing on a relative's opening, or a real employer's interview or application, is not it
    $gf_cur = /\b[0-9][0-9,.]{0,6} ?(aed|qar|sar|kwd|omr|bhd|dhs|dirhams?|riyals?|qatari riyals?)\b|\b(aed|qar|sar|kwd|omr|bhd|dhs) ?[0-9]/
    $gf_perk = /\b(accommodation|accomodation|acommodation|housing|lodging|free visa|air ?tickets?|flight tickets?|transportation)\b/
    $gf_doc = /\bsend (me |us )?(your |ur |a |the )?((scanned |clear )?copy of (your |ur )?)?(passport|cv|c\.v|resume|documents)\b|\b(cv|c\.v|resume|passport)( copy| copies)? (and|&|\+|with|plus) (your |ur |a )?(passport|cv|c\.v|resume)\b/
    $gf_pp = /\bpassport\b/
    $gf_own = /\b(my|his|her|our) (cousin|brother|sister|friend|uncle|aunt|aunty|auntie|husband|wife|son|daughter|colleague|boss|neighbou?r)\b|\bthank(s| you) for (applying|your application)\b|\byour (interview|application|offer letter)\b|\binterview (is |has been |was )?(scheduled|confirmed|booked)\b|\b(i|we|he|she)( finally| just| have| has)? (got|landed|accepted|started|signed)\b|\bmy (passport|cv|c\.v|resume)\b/
    // Beyond English: work abroad (a farm, a factory, a warehouse) with the visa, the housing or the ticket free, and a
    // file, registration or paperwork fee to pay first (Russian, Ukrainian, Romanian, Turkish, Arabic, and Moroccan and
    // Algerian Arabic in Latin letters)
    $x_abroad = /\b(germania|olanda|danemarca|norvegia|anglia|marea britanie|spania|italia|franta|austria|belgia|canada|suedia|elvetia|strainatate|almanya|hollanda|polonya|ingiltere|kanada|ispanya|italya|fransa|avrupa|yurt ?disi|yurtdisi|cekya|macaristan|hirvatistan|litvanya|sbanya|esbanya|espagne|talya|almania|allemagne|oroba|europe|l5arij|lkharij|kharij|nhat ban|di nhat|sang nhat|han quoc|di han|dai loan|di dai loan|xuat khau lao dong|xkld)\w{0,6}\b|(германи|польш|чехи|финлянди|канад|испани|нидерланд|голланди|литв|израил|европ|за границ|за рубеж|німеччин|польщ|чехі|фінлянді|іспані|нідерланд|європ|за кордон|كندا|ألمانيا|المانيا|إيطاليا|ايطاليا|إسبانيا|اسبانيا|بولندا|أوروبا|اوروبا|فرنسا|الخارج|رومانيا|كرواتيا|البرتغال|السعودية|الكويت|قطر|الإمارات|الامارات|دبي|البحرين|سلطنة عمان)/
    $x_job = /\b(locuri de munca|loc de munca|munca|angajam|angajari|recrutam|depozit|fabrica|ferma|cules|is imkani|is ilani|is firsati|eleman|isci|fabrika\w{0,4}|depo\w{0,4}|ciftlik\w{0,4}|calis\w{1,6}|maas\w{0,3}|khedma|5edma|khdma|5dma|lkhedma|l5edma|chghol|travail|boulot|fraise|lfraise|frez|usine|khdam|lao dong|don hang|thuc tap sinh|ky su|tokutei|nganh (thuc pham|xay dung|dong goi|co khi|dien tu|nong nghiep))\b|(работ|ваканси|завод|склад|фабрик|ферм|робот|ваканс|فرص عمل|فرصة عمل|عمال|للعمل|وظيفة|وظائف|مطلوب|مزارع|مزرعة|مصنع)/
    $x_fee = /\b(taxa|taxe|taxei|comision\w{0,3}) (de )?(inscriere|dosar|procesare|inregistrare|intermediere|plasare|rezervare|viza|mediere|recrutare)\b|\b(dosya|basvuru|kayit|islem|vize|evrak|on kayit|hizmet|bilet|ucak bileti|saglik raporu)( ve (vize|bilet|ucak bileti|saglik raporu|dosya|evrak))? (masrafi|masrafini|ucreti|ucretini|bedeli|bedelini)\b|\b(frais|masarif|msarif|flous|rsoum) (dyal |d |dial |ta3 |el |l)?(dossier|lmalaf|malaf|visa|lvisa|inscription|tasjil|contrat|lwra9|wra9|papiers)\b|\b(phi|chi phi|le phi|tien) (ho so|lam ho so|xuat canh|giu cho|dat coc|dao tao)\b|\b(dossier|lmalaf|malaf|lwra9|lwatiqa|lwata2i9)\b.{0,25}[0-9] ?(dh|dhs|dirham|drahem|drahm|euros?|€)|[0-9] ?(dh|dhs|dirham|drahem|drahm|euros?|€) (dyal|dial|d|l|f|3la|ta3) ?(dossier|lmalaf|malaf|lwra9)\b|(оформлени(е|я) документов|за оформление|регистрационн.{1,6} (взнос|сбор)|вступительн.{1,6} взнос|оформленн(я|і) документів|за оформлення|реєстраційн.{1,6} (внесок|збір)|(رسوم|مصاريف|تكاليف) (فتح )?(الملف|ملف|التسجيل|تسجيل|التأشيرة|الفيزا|الفيزة|المعاملة|الإجراءات|الاجراءات|الكشف الطبي|كشف طبي|التدريب|الاستمارة))/
    $x_free = /\b(viza|cazare|cazarea|transport|transportul|bilet\w{0,4}|vize|konaklama|ucak bileti|visa|sakan|tazkira|tadkira|billet)\b.{0,30}\b(gratuit\w{0,2}|gratis|asigurat\w{0,2}|ucretsiz|bedava|karsilan\w{1,6}|fabor|fabour|batel|mjani|majani|majanan)\b|(виза|визу|проживани|жиль|билет|віза|візу|проживанн|житл|квиток).{0,60}(бесплатн|безкоштовн|за сч(е|ё)т|за рахунок)|(الفيزا|التأشيرة|الفيزة|السكن|التذاكر|التذكرة|الاقامة|الإقامة).{0,40}(مجان|على حساب)/
    // German, Dutch, Swedish, Danish, Finnish and Polish: drivers, workers or hotel staff abroad, and a visa, placement,
    // registration or ticket fee paid first ("Opłata za wizę", "Visumgebühr", "visumavgift", "viisumimaksu")
    $eu_abroad = /\b(w (niemczech|holandii|norwegii|belgii|anglii|szwecji|danii|kanadzie|dubaju|katarze)|za granica|zagranic\w{1,2}|im ausland|in (deutschland|kanada|norwegen|den niederlanden|schweden|duitsland|noorwegen|dubai|katar|qatar)|in het buitenland|utomlands|i (norge|tyskland|dubai|kanada|holland|qatar)|i udlandet|ulkomail\w{1,3}|norjaan|saksaan|dubaihin)\b/
    $eu_job = /\b(kierowc\w{1,3}|pracownik\w{0,3}|praca|pracy|fahrer\w{0,2}|arbeiter\w{0,2}|arbeit|hotelpersonal|chauffeurs?|werknemers|vacatures?|forare|chauffor\w{0,3}|arbetare|jobb|job|tyo\w{0,3}|kuljettaj\w{1,3}|hotellihenkilo\w{1,5}|lohn|gehalt|pensja|wynagrodzenie|salaris|palkka)\b/
    // a relative's job abroad, not an offer
    $eu_own = /\b(moj|moja|mein|meine|min|mitt|minun|mijn) (brat|siostra|syn|corka|maz|bruder|schwester|sohn|tochter|mann|bror|syster|son|dotter|mand|veli|sisko|poika|tytar|broer|zus|zoon|dochter)\b/
    $eu_fee = /\b(oplat\w{1,3} (za )?(wize|wizy|bilet|badani\w{1,2}|rekrutacj\w|rejestracj\w)|koszt\w{0,2} (wizy|biletu)|visum(gebuhr|kosten)\w{0,2}|(bearbeitungs|vermittlungs|anmelde)gebuhr\w{0,2}|(bemiddelings|inschrijf|registratie)kosten|visumavgift\w{0,2}|(ansoknings|registrerings|formedlings)avgift\w{0,2}|visumgebyr\w{0,2}|(viisumi|rekisterointi|valitys)maksu\w{0,3})\b/
    // the agent's way in beyond the vocabulary's words (Moroccan "tsel biya", Vietnamese "goi em", "lien he")
    $x_ask = /\b(tsel biya|tsal biya|twasel m3aya|tawasal m3aya|sifet smitek|sift smitek|goi (em|ngay|cho em)|lien he|zalo|inbox|nhan tin)\b/
    // Egyptian and Gulf Arabic: drivers or domestic workers wanted for the Gulf, Libya or Jordan, and a medical, visa,
    // training or file fee to pay first
    $ar_gulf = /(السعودية|للسعودية|بالسعودية|الكويت|للكويت|بالكويت|قطر|لقطر|بقطر|الإمارات|الامارات|للإمارات|للامارات|دبي|لدبي|سلطنة عمان|البحرين|للبحرين|الأردن|الاردن|للأردن|للاردن|ليبيا|لليبيا|الخليج|للخليج|بره مصر|برة مصر|خارج مصر)/
    $ar_work = /(سواقين|سائقين|سائق|سواق|عمالة منزلية|عاملات|خادمات|خدامات|شغالات|مربيات|عمال|فنيين|ممرضات|مطلوب|وظائف|فرص عمل|للعمل)/
    $ar_fee = /(رسوم|مصاريف|مصروفات|تكاليف|تكلفة|فلوس) (ال)?(كشف|طبي|تأشيرة|تاشيرة|فيزا|فيزة|تدريب|ملف|ورق|أوراق|اوراق|تسفير|حجز|تقديم|استخراج)|(تدفع|ادفع|دفع|بتدفع) .{0,20}(مقدم|تحت الحساب)/
    $ar_ask2 = /(كلمني|كلمنا|كلمونا|تواصل|للتواصل|واتساب|واتس|اتصل|للاستفسار|للحجز)/
    $ar_own2 = /(أخويا|اخويا|جوزي|ابن عمي|ابن خالي|دفعت|دفعنا|سافر|هسافر|مسافر بكرة)/
    // a relative's or the writer's own news, or a warning
    $x_own = /\b(oglum|kizim|esim|kardesim|abim|ablam|gittim|fiul meu|fiica mea|sotul meu|fratele meu|am plecat|khouya|khoya|weldi|wldi|dolandirici\w{0,4}|teapa|arnaque)\b|(мой сын|моя дочь|мой муж|мой брат|уехал|поехал|мій син|моя донька|мій чоловік|поїхав|мошенн|шахра|ابني|ابنتي|زوجي|احتيال|نصب|موعدك|موعد الكشف|موعد المقابلة|السفارة)/
    // The Americas and the Caribbean: farm, factory or hotel work in Canada or the US (an H-2A or H-2B visa, seasonal work),
    // then a deposit, a file or processing fee, or a passport copy to send (English, Jamaican Patois, Latin American
    // Spanish, Haitian Creole); a warning ("never pay", "estafa", "pa janm peye") or a relative's news is not it
    $cb_abroad = /\b(canada|kanada|usa|united states|the states|america|merica|estados unidos|ee\.? ?uu|eeuu|etazini|ozetazini|lamerik|h-?2a|h-?2b)\b/
    $cb_job = /\b(farm (work|workers?|jobs?|wuk)|seasonal (work|workers?|jobs?)|factory (work|workers?|jobs?)|hotel (work|workers?|jobs?|staff)|h-?2a|h-?2b|trabajos? (agricolas?|en el campo|en fincas|en granjas|en fabricas|en hoteles|de temporada)|empleos? (agricolas?|en (fabricas|hoteles|granjas|fincas|el campo)|de temporada)|trabajadores (agricolas|temporales|de temporada)|visas? de trabajo|travay (nan |nan yon )?(jaden|faktori|izin|lizin|otel|fem|agrikilti|plantasyon)|travay agrikol)\b/
    $cb_fee = /\b(deposit|file fee|processing fee|registration fee|application fee|visa fee|medical fee|fi di (file|visa|medical|processing)|(send|sen)( mi| me| us)?( a| di)? (copy of )?(your|yuh|ur|you) passport|passport (copy|bio ?page)|copy of (your|yuh|ur) passport|deposito|cuota (de|del)|pago (de|del) (inscripcion|tramite|expediente|proceso|visa)|costo (del|de) (tramite|expediente|proceso)|copia (de|del) (su|tu) pasaporte|(envie|envia|mande|manda|enviar|mandar)( nos| me)? (su|tu|el) pasaporte|fre (dosye|viza|tramit|enskripsyon)|depo|kopi paspo|(voye|pote) paspo)\b/
    // (the call or the sum as Haitian Creole and Patois write them, which the counters may not read)
    $cb_ask = /\b(rele|kontakte|ekri nou|ekri m|call mi|link mi|holla)\b|[0-9] ?(goud|gourdes|dola|jmd)\b/
    $cb_warn = /\b(never|nunca|scam|scammers?|estafa|estafadores|fraude|fraud|beware|atansyon|pa janm|vole|arnak|no (cobra|cobramos|pague|pagues)|do not pay|don'?t pay|free of charge|sin costo|gratuito|pa peye)\b/
    $cb_own = /\b(my|mi) (son|daughter|brother|sister|cousin|husband|wife|bredda|sista|hijo|hija|hermano|hermana|primo|prima|esposo|esposa)\b|\b(pitit|fre|se|kouzen|mari|madanm) mwen\b|\b(i|mwen|m|mi) (paid|peye|te peye|sen|sent)\b|\bya (pague|pagamos)\b/
  condition:
    (($abroad or $abroad_bn or $abroad_dev or $abroad_si or $abroad_ta or $abroad_ur) and (any of ($fee*) or $seats or ($gm_cur and $gm_dep) or ($notest and phone_count > 0)) and ($salary or $open)
     and (money_count > 0 or contact_count > 0 or phone_count > 0 or $seats or $gm_cur)
     or ($tl_job and $tl_open and $tl_fee and not $tl_own)
     // (Swahili: work in the Gulf, Europe or Canada and a registration, visa or medical fee; Amharic: the same with
     // the agent's call or chat app)
     or ($sw_abroad and $sw_fee and not $sw_own and (money_count > 0 or phone_count > 0 or contact_count > 0 or $sw_pay))
     or ($am_abroad and $am_job and $am_fee and not $am_own and (money_count > 0 or phone_count > 0 or contact_count > 0 or $am_ask))
     or ($fr_dom and $fr_eu and $fr_cover and $fr_vfee and not job_own_news_fr)
     or ($gf_cur and $gf_perk and $gf_pp and $gf_doc and not $gf_own
         and (contact_count > 0 or phone_count > 0 or job_chat_app or $abroad))
     // (beyond English: the work abroad, its file or registration fee, and the perks or a pay)
     or ($ar_gulf and $ar_work and $ar_fee and not $ar_own2 and not $x_own
         and (money_count > 0 or phone_count > 0 or contact_count > 0 or $ar_ask2))
     or ($x_abroad and $x_job and $x_fee and ($x_free or $x_ask or money_count > 0 or contact_count > 0 or phone_count > 0) and not $x_own)
     or ($eu_abroad and $eu_job and $eu_fee and (money_count > 0 or contact_count > 0 or phone_count > 0) and not $x_own and not $eu_own)
     // (the Americas and the Caribbean: farm, factory or hotel work in Canada or the US, and a deposit, a fee or a passport to send)
     or ($cb_abroad and $cb_job and $cb_fee and not $cb_warn and not $cb_own
         and (money_count > 0 or contact_count > 0 or phone_count > 0 or url_count > 0 or job_chat_app or $cb_ask)))
    and not $own
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule job_overseas_board_travel
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A company's 'HR department' offers online customer-service or sales work abroad (Southeast Asia, Dubai) with a high monthly salary and two of free board, paid flights or training abroad, reply or write if interested: the scam compound's lure (simplified and traditional Chinese, written Cantonese, Vietnamese, English)"
  strings:
    // abroad: overseas, Southeast Asia, a country of the compounds
    $abroad = /(海外|境外|出国|出國|东南亚|東南亞|柬埔寨|缅甸|緬甸|泰国|泰國|菲律宾|菲律賓|迪拜|马来西亚|馬來西亞|老挝|老撾)|\b(nuoc ngoai|campuchia|thai lan|myanmar|philippines|malaysia|dubai|lao|dong nam a|overseas|abroad|southeast asia|cambodia|thailand|bangkok|phnom penh|sihanoukville|manila|kuala lumpur|laos)\b/
    // the work: online customer service or sales
    $role = /(客服|销售|銷售|网络营销|網絡營銷|網上|网上|在线|在線|打字员|打字員)|\b(cskh|cham soc khach hang|sale online|ban hang online|tu van vien|online (customer service|sales|chat|support|marketing)|customer (service|support|care)|sales (reps?|agents?|staff|jobs?|positions?)|telemarketing|typists?|data entry)\b/
    $salary = /(月薪|底薪|月入|高薪|薪资|薪資|人工|萬|万)|\b(luong|thu nhap|salary|monthly|per month|a month)\b|\/ ?(month|thang)\b/
    // board, flights, training: the too-good package
    $board = /(包吃|包住|包食|食宿|免费住宿|免費住宿|提供住宿)|\b(bao an|an o mien phi|o mien phi|free (accommodation|housing|lodging|board|meals|food)|(accommodation|housing|lodging|meals|food|board)(,? (and )?(meals|food|board|lodging|accommodation|housing|air ?tickets?|flights?)){0,3}( (are|is|all))? (provided|covered|included|paid)|room and board|board and lodging)\b/
    $fly = /(机票|機票|路费|路費)|\b(ve may bay|bao ve|(flights?|air ?tickets?|airfare|plane tickets?|travel)( [a-z]{1,10}){0,2} (paid|covered|provided|included|reimbursed|free)|free (flights?|air ?tickets?))\b/
    $train = /(培训|培訓)|\b(dao tao|training (provided|abroad|included|overseas|paid)|paid training|free training)\b/
    // the ask
    $ask = /(回复|回覆|覆我|私信|私聊|加微信|加我|联系|聯繫|聯絡|有意者|有兴趣|有興趣|whatsapp|telegram)|\b(nhan tin|lien he|zalo|inbox|reply|text (back|me|us)|interested|whats ?app|telegram|contact (us|me))\b/
    // a warning, or the writer's own news
    $warn = /(骗|騙|诈骗|詐騙|小心|卖猪仔|賣豬仔|人口贩卖)|\b(lua dao|canh giac|bi lua|scam|scams|trafficking|beware|my (brother|sister|cousin|son|daughter|husband|wife))\b/
  condition:
    $abroad and $role and $salary and $ask and (($board and $fly) or ($board and $train) or ($fly and $train))
    and not $warn and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule job_government_guaranteed
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A government, railway or bank job 'guaranteed' or 'without exam' for a fee or a call: public posts are filled by exams, never sold; a railway Group D, police constable or TC post, or a Nigerian customs, immigration or NNPC slot, 'without exam' or 'direct joining' for a setting charge, an advance or a slot fee (English, Hinglish, Hindi, Nigerian Pidgin)"
  strings:
    $job = /\b(govt|government|sarkari|railway|ssc|psu|bank|police|army) (jobs?|naukri|posts?|vacanc(y|ies))\b/
    $sure = /\b(guaranteed|100% (job|placement|selection)|without (exam|interview|any exam)|no exam|direct (joining|appointment|selection)|confirm(ed)? (job|selection|joining))\b/
    // the post: a railway, police, army or Group D post, or a Nigerian agency's slot (Hindi in its letters)
    $post = /\b(railway|group ?-?d|constable|sipahi|police|army|sarkari|ticket collector|customs|immigration|nnpc|civil defence|nscdc|correctional service)\b|(रेलवे|ग्रुप डी|पुलिस|सिपाही|कांस्टेबल|सरकारी नौकरी)/
    // no exam, or joined directly: "bina pariksha", "direct posting", "सीधी भर्ती"
    $noexam = /\bbina (exam|pariksha|pariksa|interview)\b|\bwithout (an? |any )?(exam|test|aptitude test|interview)\b|\bno (exam|test|aptitude test)\b|\bdirect (joining|posting|employment|appointment|recruitment|bharti)\b|(बिना (परीक्षा|एग्जाम|इंटरव्यू)|सीधी भर्ती|डायरेक्ट (जॉइनिंग|ज्वाइनिंग|भर्ती))/
    // the price: a "setting", an advance, a slot, registration or processing fee, half paid first
    $price = /\bsetting\b|\b(registration|processing|form|slot|joining) (charges?|fees?|amount|money|kharcha)\b|\b(slot|slots) (goes|go|is|na)\b|\bfor (your|the|a) slot\b|\b(advance|pehle|half)\b|(सेटिंग|शुल्क|फीस|एडवांस|पहले जमा)/
    $warn = /\b(scam|fraud|fake|beware|touts?|farzi|dhokha|thagi|don'?t pay|do not pay|never pay|is free|it'?s free)\b|(फर्जी|धोखा|ठगी|सावधान)/
  condition:
    sender_kind != "alpha" and sender_kind != "shortcode"
    and (($job and $sure and (phone_count > 0 or contact_count > 0 or url_count > 0))
      or ($post and $noexam and $price and (money_count > 0 or phone_count > 0 or contact_count > 0) and not $warn))
}

// The procurement deal (Nigeria, Ghana): a "procurement" or "purchasing officer" whose company needs a supplier; you buy
// from the local dealer he names and resell to the company at a higher price, the profit shared: the buyer never exists
rule job_procurement_supply_share : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A procurement or purchasing officer or manager whose company needs a supplier: buy from the local dealer or vendor he names, resell or supply to the company at a higher or double price, and share the profit (the procurement advance-fee scam of Nigeria and Ghana, English)"
  strings:
    $officer = /\b(procurement|purchasing|purchase|supply chain|sourcing) (officer|manager|director|head|executive|unit)\b/
    $supply = /\b(supplier|supply|resell|re-sell|vendor|dealer)\b/
    $share = /\b(share|sharing|split|shared) (the |our )?(profit|proceeds|margin|difference|gain|money)\b|\bprofit[- ]?(shar\w{1,4}|split)\b|\b[1-9]0 ?\/ ?[1-9]0\b|\b(higher|double|inflated|better) (price|rate|amount)\b/
    $dealer = /\b(local|my|our|the) (vendor|dealer|seller|supplier|agent)\b|\b(link|connect|introduce) you (to|with)\b|\b(seller|dealer|vendor)'?s? (contact|number)\b|\bbuy (it |them )?from\b/
  condition:
    $officer and $supply and $share and $dealer
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule job_onboarding_purchase : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "After an 'interview' the new hire must buy work equipment from an approved vendor (to be reimbursed), or send a photo of their SIN, SSN or ID card: the fake-job onboarding"
  strings:
    $hired = /\b(passing the interview|following your (teams |zoom |video |chat )?interview|pleased to offer|offer (you )?the [a-z ]{2,30} position|you('ve| have) been (hired|selected for the position)|onboarding)\b/
    $buy = /\b(purchase|buy|order) (the |your )?(work |home office |office )?(equipment|laptop|kit|software|package|supplies)\b.{0,60}\b(approved vendor|our vendor|reimbursed|will be refunded|reimburse)\b/
    $id = /\b(send|upload|text) (us )?(a )?(photo|picture|scan|copy) of (your|the) (sin|ssn|social security|id|passport|driver'?s licen[cs]e|national id)( card)?\b/
  condition:
    $hired and ($buy or $id) and sender_kind != "alpha" and sender_kind != "shortcode"
}


rule job_gig_activation_fee : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A gig-work sign-up 'approved' (Uber, Lyft, DoorDash, Instacart, Amazon Flex, Grubhub, Shipt) that needs a background-check, activation or onboarding fee paid to start, with a link or a number"
  strings:
    $gig = /\b(uber|uber ?eats|lyft|doordash|door ?dash|dasher|instacart|amazon flex|grubhub|postmates|shipt|gopuff|spark driver|deliveroo|just eat|taskrabbit)\b/
    // the fee that "activates" the account: no platform charges one to start
    $fee = /\b(background[- ]?check|background screening|activation|onboarding|registration|verification|enrol?lment|processing|screening|starter kit|welcome kit|insulated bag|delivery bag|uniform|insurance|sign[- ]?up) (fee|fees|charge|deposit|payment)\b|\bpay\b.{0,25}\bfor (the |your |a )?(background[- ]?check|activation|onboarding|starter kit|welcome kit|delivery bag|insulated bag)\b/
    // addressed to the reader as the one approved, or what the fee unlocks
    $approved = /\byour (driver |courier |dasher |shopper |delivery |partner |rider |flex )?(application|account|profile|registration|background check|sign[- ]?up)\b.{0,40}\b(approved|accepted|verified|cleared|passed|complete|completed|activated|pending|on hold|almost)\b|\byou('ve| have) been (approved|accepted|selected)\b|\bto (start|activate|begin|complete|finish) (driving|delivering|dashing|shopping|earning|your (account|onboarding|activation|registration|first))\b|\bbefore (you can|your first) (start|drive|deliver|dash|shift|trip|order)\b/
  condition:
    $gig and $fee and $approved and (url_count > 0 or phone_count > 0 or money_count > 0)
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule job_casting_audition_fee
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A casting call as advance fee: your number or profile 'selected' for an audition or a lead role in a film or web series, with a daily remuneration, an audition-form or registration fee, or 'send your photos for details' (English, Hinglish; India, Nigeria)"
  strings:
    $cast = /\b(auditions?|casting|cast call|screen test)\b|\b(lead|main|leading|supporting|hero|heroine|female lead|male lead) (role|actor|actress|character)\b|\b(web ?series|movie|film|serial|music video|nollywood|bollywood|tollywood|reality show|ad shoot)\b/
    // nobody's number is "selected" for a role: addressed to the reader, not a friend's news
    $sel = /\byour (mobile |phone )?(number|no\.?|profile|photo|photos|pictures?|face|look)( [a-z]{1,12}){0,2} (has been|have been|is|was|were|got) (selected|shortlisted|chosen|picked|approved)\b|\byou (have been|are|were|have|got) (selected|shortlisted|chosen|picked)\b|\b(aapka|apka|aapki|apki|tumhara|tumhari) (mobile )?(number|profile|photo|face|look)\b.{0,80}\b(select|selected|shortlist|shortlisted|chuna|chun liya) (hua|hui|ho gaya|ho gayi|ho chuka|kiya gaya|kiya hai|kar liya)\b/
    $fee = /\b(audition|registration|form|portfolio|makeup|costume|photoshoot|photo ?shoot|processing|id card|membership|agency) (fee|fees|charge|charges|kharcha)\b|\baudition form\b.{0,20}\b(is|costs?|for|@|at|price|sells?|goes for)\b|\b(pay|send|transfer|jama|bhejein|bhejo)\b.{0,30}\b(for|ke liye) (the |your )?(audition|registration|form|portfolio|photoshoot)\b/
    $payday = /\b(remuneration|payment|salary|paid|pay|milega|milenge)\b.{0,30}\b(per day|a day|daily|per episode|per shoot|roz|ek din|har din)\b|\b(per day|per episode|daily|roz|ek din ka|har din) (remuneration|payment|salary|pay|milega|milenge)\b|\bremuneration\b/
    $photo = /\bsend (us |me )?(your |ur )?(recent |latest |clear |full[- ](size|length) |close[- ]up )?(photos?|pictures?|pics?|images?|headshots?)\b|\b(photos?|pics?|pictures?) (bhejo|bheje|bhejein|bhejiye|send karo|send kare|send karein|send kijiye|whatsapp karo|whatsapp kare)\b|\b(apni|apna|aapki|aapka) (photo|pic|picture|photos)( [a-z]{1,10}){0,2} (bhejo|bheje|bhejein|bhejiye|send)\b/
    // the sum, as the normaliser may not read it ("N10k", "10,000 naira", "Rs 2000")
    $amt = /(₦|₹|\brs\.? ?|\bngn ?|\binr ?)[0-9]|\b[0-9]{1,3}(,[0-9]{2}[0-9])? ?(naira|rupees|rupaye)\b|\bn[1-9][0-9]{0,2}(,[0-9]{2}[0-9]|k\b)/
    $open = /\b(ongoing|going on|now open|available|wanted|needed|required|urgently|limited|slots?|register now|apply now|hurry|chal rahe|chal raha|chal rahi|shuru)\b/
    // a friend's own audition: "I paid the audition fee", "maine form bhara"
    $own = /\b(i|we|i've|i have|we have|i just|maine|humne) (paid|went|attended|bought|gave|did|applied|got|bhara|bhari|diya|diye)\b/
  condition:
    $cast and not $own
    and (($sel and ($fee or $payday or $photo or money_count > 0)) or ($fee and (money_count > 0 or $amt) and ($open or $payday or $photo)))
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule job_product_tester
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A product-testing 'program' (Amazon Vine, paid product testers): test products and keep them for free, are you in the US, reply YES (English)"
  strings:
    $test = /\b(amazon vine|vine (program|programme|voice|member|reviewer)|product test(ing|er|ers)|(test|review|try) (new |our |amazon |the |free )?(products?|items?) (and|&) keep (them|it)|test (and|&) keep)\b/
    $free = /\bkeep (them|it|the (products?|items?))( for)? free\b|\b(for|at) (free|no cost)\b|\bfree of charge\b|\bfree (products?|items?|samples?)\b|\b(full )?refund(ed)? (after|once|when)\b/
    $ask = /\bare (you|u) (in|located in|living in|based in|currently in|currently living in|a resident of|residing in) (the )?(us|usa|u\.s\.?|united states|states|america|uk|canada)\b|\breply "?(yes|y|1|ok)\b|\b(interested|want to join|would you like to join)\?/
    // a friend's own membership: "I joined Vine, you test and keep the stuff"
    $own = /\b(i|we) (joined|signed up|got into|got accepted|got invited|am in)\b|\bi'm in\b/
  condition:
    $test and $free and $ask and not $own and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule job_money_mule
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A money mule's recruitment: someone wanted to receive payments from abroad into their own bank account for a percentage, 'no risk' (English, Nigerian Pidgin, French)"
  strings:
    // receive the money into the reader's account, or lend the account
    $recv = /\b(receive|collect|accept)\b.{0,40}\b(payments?|money|funds|transfers?|cash)\b.{0,40}\b(into|in|through|with|on|for) (your|ur|una|yours|ya) (own )?(bank )?(account|acct|acc|a\/c)\b|\b(use|borrow|rent) (your|ur|una) (bank )?(account|acct|acc|a\/c)\b/
    $cut = /\b(i|we)('ll| will| go| fit| dey)? (give|pay|send|drop) (you|u|una) [0-9]{1,2} ?%|\b[0-9]{1,2} ?% (for you|commission|for your|of (the|every|each) (payment|transfer|money|amount))\b|\b(your|ur|una) (cut|share|commission) (is|go be|will be) [0-9]{1,2} ?%/
    $safe = /\b(no risk|risk[- ]free|100 ?% safe|no wahala|e no get wahala|nothing go happen|totally legal|completely legal)\b/
    $src = /\b(from|for) (abroad|overseas|outside the country|((my|our) )?(foreign|overseas) (clients?|customers?|company|companies|partners?))\b|\b(foreign|international|overseas) (payments?|transfers?|funds)\b/
    $someone = /\b(i|we) (need|dey find|dey look for|am looking for|are looking for) (someone|somebody|(an? )?([a-z]{1,10} )?(person|persons|people|partners?|individual))\b|\b(anyone|anybody) (with|who (has|get)) (a |an )?(bank )?account\b/
    // French: "recevoir un paiement de l'etranger sur ton compte, je te donne 20%, sans risque"
    $fr_recv = /\b(recevoir|encaisser|recuperer|receptionner)\b.{0,50}\b(paiements?|virements?|argent|fonds|transferts?)\b.{0,50}\b(sur|dans|via) (ton|votre|son|ta) compte\b|\b(utiliser|emprunter|louer|prete(r|z)?(-| )moi) (ton|votre) compte\b/
    $fr_cut = /\b(je|on|nous) (te|vous) (donne|donnerai|donnons|donnera|laisse|laisserai|verse|verserai|reverse|reverserai) [0-9]{1,2} ?%|\b[0-9]{1,2} ?% (pour toi|pour vous|de commission|du montant|sur chaque)\b|\b(ta|votre) (commission|part) (est|sera) (de )?[0-9]{1,2} ?%/
    $fr_safe = /\b(sans (aucun )?risques?|aucun risque|zero risque|100 ?% (sur|securise|legal)|en toute securite)\b|\b(de|depuis) l'(etranger|exterieur)\b|\b(besoin|cherche) (de )?(quelqu'un|une personne|des personnes)\b/
  condition:
    (($recv and $cut and ($safe or $src or $someone)) or ($fr_recv and $fr_cut and $fr_safe))
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule job_parcel_errand
{
  meta:
    action = "junk"
    weight = 2.5
    description = "A parcel-mule 'small job': a stranger pays a large fee to pick a package in one place and deliver it in another, call me (Nigerian English and Pidgin)"
  strings:
    $pk_job = /\b(i|we) (have|get|got|dey get|get one) (a |one )?(small |little |quick |simple |easy |urgent )?(job|work|errand|assignment|runs|deal) for (you|u|una|yu)\b/
    $pk_pick = /\b(pick|pick up|collect|carry|receive|take)( up)? (a |one |the |this |dis |small |some |my )?(package|parcel|bag|box|item|goods|load|consignment)\b/
    $pk_drop = /\b(deliver|drop|bring|take|carry|hand)( it| am| the (package|parcel|bag|box|goods|load))?( off| over)? (to|for|go|at)\b/
    // a large fee ("N50k", "100,000"), not a friend's transport money ("2k")
    $pk_pay = /\b(pay|give|settle|dash)( you| u| una| yu)\b/
    $pk_big = /[1-9][0-9]0?k\b|[1-9][0-9]0?,?000\b/
  condition:
    $pk_job and $pk_pick and $pk_drop and $pk_pay and $pk_big
    and (contact_count > 0 or phone_count > 0)
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule job_payroll_bank_details : phishing
{
  meta:
    action = "junk"
    weight = 2.5
    description = "Payroll or HR diversion: 'your direct deposit failed, was returned or needs updating', text us your routing and account numbers or a photo of a voided cheque (English, Spanish)"
  strings:
    // the story: the reader's pay that bounced, or the deposit details "we" must update
    $story = /\byour (direct deposit|paycheck|pay ?cheque|pay|salary|wages|payroll deposit)( [a-z]{1,12})? (was|has been|is|got|could not be|couldn't be|cannot be) (returned|rejected|declined|reversed|bounced|failed|unsuccessful|on hold|held|suspended|flagged|processed unsuccessfully)\b|\byour (direct deposit|paycheck|pay ?cheque|pay|salary|wages) (did not|didn't|could not|couldn't) go through\b|\b(we|payroll|the bank)( [a-z]{1,12})? (could not|couldn't|can't|cannot|were unable to|was unable to|are unable to) (process|complete|deposit|send|issue|release)( [a-z]{1,12}){0,2} (direct deposit|paycheck|pay ?cheque|pay|salary|wages)\b|\b(update|updating|verify|verifying|confirm|re-?enter|change) (your |the |all |employee |employees' |staff )?(direct deposit|payroll|banking|bank) (info|information|details|account)\b|\bdirect deposit (failed|error|issue|problem|was returned|was rejected|bounced|update|verification)\b/
    $story_es = /\b(su|tu) (deposito directo|pago|cheque|salario|sueldo|nomina)( [a-z]{1,12})? (fue|ha sido|esta|no pudo ser|no se pudo) (rechazad[oa]|devuelt[oa]|rebotad[oa]|cancelad[oa]|retenid[oa]|suspendid[oa]|procesad[oa])\b|\bno (pudimos|hemos podido|se pudo|podemos) (procesar|depositar|enviar|completar|realizar)( [a-z]{1,12}){0,2} (deposito|pago|nomina|cheque|sueldo|salario)\b|\b(actualizar|actualice|actualiza|verificar|verifique|confirmar|confirme) (su |tu |sus |tus |la |los )?(informacion|datos|cuenta|deposito directo) (bancari[ao]s?|de deposito|de nomina|directo)\b/
    // the ask: the numbers or the cheque by text
    $ask = /\b(text|send|reply with|provide|share|forward|confirm|resend|re-send|email)( me| us)?( with)? (your|the|a)( new| current| correct| updated| bank| full| checking){0,2} (routing|account and routing|account number|acct|bank account number|banking details|bank details|voided)\b|\b(photo|picture|pic|image|copy|scan) of (a |your )?(voided|void) (check|cheque)\b/
    $ask_es = /\b(envie|envieme|enviame|envienos|mande|mandeme|mandame|mandenos|responda con|responde con|proporcione|proporciona|comparta|comparte|escriba|escribe|confirme)( por (mensaje|texto))?( su| tu| el| los| sus| tus)? (numero de ruta|numeros de ruta|numero de cuenta|cuenta bancaria|datos bancarios|cheque anulado)\b|\bfoto de (un |su |tu )?cheque (anulado|cancelado)\b/
  condition:
    (($story and $ask) or ($story_es and $ask_es))
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule job_exam_expo_seller
{
  meta:
    action = "junk"
    weight = 3.0
    description = "West African exam 'expo' sellers: WAEC, NECO, JAMB or BECE questions and answers 'before the exam', '100% verified runs', subscribe on WhatsApp or call (English, Pidgin); the SSC, HSC, board or KCSE and NECTA paper 'leaked' or 'out' sold before the exam, paid by bKash, Nagad, UPI or M-PESA or sent on a chat app (Bangla and romanised Bangla, Hindi and Hinglish, Swahili and East African English)"
  strings:
    $exam = /\b(waec|wassce|neco|jamb|utme|bece|nabteb|gce|ssce)\b/
    $expo = /\b(expo|runs|questions (and|&) answers|answers? before|real questions|leaked (questions|papers?)|question papers?)\b/
    $sure = /\b100 ?% (sure|verified|genuine|correct|real|legit|guaranteed)\b|\bverified (runs|answers|expo)\b|\b(24|48|12) ?(hrs|hours) before\b|\bbefore (the )?(exam|paper|exams|papers)\b|\ball subjects\b|\bsubscri(be|ption)\b/
    $warn = /\b(fake|scam|scams|scammers?|fraud|fraudsters|beware|arrested|no such thing|don'?t (pay|fall|believe)|do not (pay|fall|believe))\b/
    // Bangladesh, India and East Africa: the SSC, HSC, board, KCSE or NECTA paper (a letter of Bengali and Devanagari
    // is three bytes: no \b) ...
    $x_exam = /\b(ssc|hsc|jsc|jdc|dakhil|alim|kcse|kcpe|kjsea|kpsea|necta|csee|acsee|psle|cbse|icse|board|matric|10th|12th|high ?school|admission)\b|(এসএসসি|এইচএসসি|জেএসসি|বোর্ড|ভর্তি|बोर्ड|हाईस्कूल|इंटरमीडिएट|10वीं|12वीं|मैट्रिक)/
    // ... "leaked", "out", "fash", "imevuja", the real or original paper ...
    $x_leak = /\b(leak|leaked|leaks|paper out|papers out|question out|questions out|prosno (fash|faash|fas|out|leak)|fash prosno|real paper|original (question )?paper|asli paper|imevuja|zimevuja|umevuja|yamevuja|revealed papers?|mitihani (yote )?(inapatikana|ipo)|tunauza (mtihani|mitihani)|maswali na majibu)\b|(ফাঁস|প্রশ্ন আউট|পেপার লিক|लीक|पेपर.{0,12}आउट|असली पेपर|প্রশ্ন.{0,60}পরীক্ষার আগে|(আগামীকালের|কালকের).{0,80}প্রশ্ন)/
    // ... before the exam, "100% common" ...
    $x_before = /\b(exam se pehle|exam se [0-9] din pehle|pariksha se pehle|kabla ya (tarehe ya )?(mtihani|exam)|before (the )?exams?|porikkhar (age|ager)|porikkhar [0-9] ghonta age|100 ?% (common|same|real|confirm|genuine|sure))\b|(পরীক্ষার আগে|পরীক্ষার আগের|100% কমন|परीक्षा से पहले|100% सही)/
    // ... and the wallet to pay it into
    $x_pay = /\b(bkash|bikash|nagad|rocket|upi|paytm|phonepe|gpay|google pay|m-?pesa|till (number|no)|paybill|tigo ?pesa|airtel money|halopesa|mixx)\b|\b(tuma|lipa) (tsh|ksh|kes|sh)\.? ?[0-9]|(বিকাশ|নগদ|यूपीआई)/
    // a board's or a teacher's warning, a rumour denied
    $x_warn = /\b(afwaah|afwah|bachein|savdhan|sawdhan|kosa|ripoti|polisi|fraud|scam|fake)\b|(সাবধান|প্রতারক|গুজব|अफवाह|सावधान|धोखा)/
  condition:
    (($exam and $expo and $sure and not $warn
      and (phone_count > 0 or contact_count > 0 or url_count > 0))
      or ($x_exam and $x_leak and ($x_pay or ($x_before and (phone_count > 0 or contact_count > 0 or url_count > 0))) and not $x_warn))
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule job_visa_sponsorship_sale
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A seller of work visas or residencies, or of a sponsorship (kafala) transfer 'without the sponsor's approval or knowledge', with a way to get in touch: Gulf visa trading (Gulf and Egyptian Arabic, English)"
  strings:
    // work, visit or domestic-worker visas, or sponsorships, offered for sale (a letter is two bytes: no \b)
    $visa = /(تأشيرات|تاشيرات|تأشيرة|تاشيرة|فيزا|فيزات|فيز) (عمل|عمال|عمالة|زيارة|مهن|منزلية|سائق|سواق|لجميع|حرة)|(كفالات|كفالة) (عمال|عمالة|للتنازل|للبيع)|(بيع|نبيع) (ال)?(تأشيرات|تاشيرات|فيزا|فيزات|فيز|كفالات|اقامات|إقامات)/
    $sale = /(للبيع|للتنازل|بيع|نبيع)/
    // a sponsorship or residency transfer "without the sponsor's approval, knowledge or signature"
    $transfer = /(نقل|تحويل|تنازل عن) (ال)?(كفالة|كفالات|خدمات|اقامة|إقامة|الإقامة|الاقامة)/
    $noapp = /(بدون|بلا|دون|من غير) (موافقة|علم|اذن|إذن|رضا|توقيع|تنازل) (ال)?(كفيل|صاحب العمل|المؤسسة|الشركة)/
    $en = /\b(work|employment|visit|free|azad|freelance) visas? (are |is )?(for sale|available for sale|on sale)\b|\b(kafala|iqama|sponsorship|sponsor) (transfer|change)\b.{0,40}\bwithout (the |your )?(sponsor|kafeel|kafil|employer)('s)? (approval|consent|permission|noc|signature|release|knowledge)\b/
    $ask = /(للتواصل|تواصل|راسلنا|راسلني|واتساب|واتس|اتصل|للاستفسار)|\b(whats ?app|contact|call|inbox|dm)\b/
    // the writer's own sponsor or residency ("my sponsor", "كفيلي", "كفالتي") or a warning
    $own = /(كفيلي|كفالتي|اقامتي|إقامتي|احتيال|نصب|نصاب|احذر|وهمي|مخالف|غرامة)|\b(my (sponsor|kafeel|kafil|iqama|visa)|scam|illegal|beware)\b/
  condition:
    (($visa and $sale) or ($transfer and $noapp) or $en)
    and ($ask or phone_count > 0 or contact_count > 0 or url_count > 0)
    and not $own
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule job_task_pay_chat_eu
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Side job from home or the phone (liking videos, rating hotels or apps, writing map reviews, following accounts, a recruiter or HR person) paying by the day, hour or task, with a chat app (WhatsApp, Telegram, Viber), 'reply YES' or 'if interested' (Turkish, Arabic, German, Nordic, Finnish, Dutch, French, Italian, Spanish, Portuguese, Polish, Greek and Greeklish, Serbian, Croatian, Albanian, Romanian, Bulgarian)"
  strings:
    // the pay by the day, hour or task
    $pay = /\b(gunluk|gunde|haftalik|saatlik|gorev basi|gorev basina|her gorev|taglich|taeglich|tagesverdienst|stundenlohn|(pro|am|je) (tag|stunde|aufgabe|auftrag)|dagslon|dagslonn|dagsl|dagligen|dagligt|daglig|(per|om|i|pr\.?) (dag|dagen|timme|timmen|time|timen|uppgift|opgave|oppgave|uppdrag|oppdrag)|paivassa|tunnissa|paivittain|paivittainen|paivapalkka|jokaisesta tehtavasta|per (dag|uur|opdracht|taak)|dagloon|dagelijks|dagelijkse|uurloon|par (jour|heure|tache|mission)|de l'heure|journalier|al giorno|all'ora|per ogni (compito|attivita)|giornalier[oa]|al dia|por dia|por hora|por (cada )?(tarea|tarefa)|por (video|like|resena|curtida|avaliacao|calificacion)|cada (video|tarea|tarefa|curtida)|chaque (video|tache|avis|like)|par (video|avis|like|evaluation)|chaque jour|tous les jours|quotidien\w{0,2}|diarias?|todos os dias|diarios?|dziennie|za godzine|za (kazde )?zadanie|dniowka|codzienna wyplata|for (hver|hvert|varje) (opgave|oppgave|oppdrag|uppdrag|uppgift)|wyplata codziennie)\b|(يومي|يوميا|في اليوم|لكل مهمة|على كل مهمة|كل مهمة)/
    // the offer: from home, by phone, a side job, the HR person, the easy task, no experience
    $work = /\b(evden|telefonla|(fran|fra|von|van) hr|flexibelt jobb|jobb online|hjemme|hemma|telefonunuzla|ek is|yari zamanli|part[- ]?time|basit is|insan kaynak|ik uzmani|para kazan|kazanin|kazanc|nebenjob|nebenverdienst|heimarbeit|von zu hause|zuhause|homeoffice|teilzeit\w{0,6}|personalabteilung|recruiter|geld verdienen|keine erfahrung|mit dem (handy|smartphone)|extrajobb|deltidsjobb?|deltidsarbete|deltid|bijob|ekstrajobb|hemifran|hjemmefra|pa distans|rekrytering|rekruttering|rekrutering|tjana pengar|tjen penge\w{0,2}|extra inkomst|ekstra indkomst|ekstra inntekt|ingen erfar\w{0,5}|via mobilen|med telefonen|med (din )?mobil(en)?|online ?jobb?|nettjobb|osa-aikatyo\w{0,3}|sivutyo|kotoa|etatyo\w{0,6}|rekrytoinni\w{0,3}|henkilostoosasto\w{0,4}|tienaa|ansaitse|lisatulo\w{0,3}|puhelimella|nettityo|kokemusta ei|bijbaan|bijverdienen|thuiswerk|vanuit huis|parttime\w{0,3}|extra inkomen|geen ervaring|met je (telefoon|mobiel)|online baan|travail a domicile|depuis chez vous|petit job|temps partiel|ressources humaines|recruteur|gagnez|gagner de l'argent|revenu complementaire|revenu d'appoint|on cherche|on recrute|ingreso extra|necesitamos personas|precisamos de pessoas|sans experience|depuis votre telephone|lavoro da casa|lavora da casa|lavoretto|risorse umane|guadagna|entrate extra|nessuna esperienza|desde casa|medio tiempo|tiempo parcial|recursos humanos|reclutador|gana dinero|ganar dinero|ingresos extra|sin experiencia|desde tu (celular|movil)|em casa|de casa|meio periodo|recrutador|ganhe|renda extra|sem experiencia|pelo celular|com seu celular|praca zdalna|praca dorywcza|pracuj z domu|z domu|pol etatu|czesc etatu|dzialu hr|rekruter|zarabiaj|dodatkowy dochod|bez doswiadczenia|z telefonu|praca online)\b|(من البيت|من المنزل|عن بعد|اونلاين|اربح|اكسب|هتكسب|تكسب|الموارد البشرية|دوام جزئي|موبايلك|بالجوال|بالهاتف|شركة توظيف|مهام بسيطة)/
    // the paid micro-task: liking videos, rating hotels, apps or products
    $task = /\b(videos? liken|videolarini begen|gilla videor|like videoer|lik videoer|tykkaa videoista|video's liken|aimer des videos|metti like|dale like|curta videos|lajkuj filmy|(hotels?|hotell|hoteller|hotelleja|hoteles|hoteis|hotele|otelleri|apps?|appar|apper|sovelluksia|applis|aplicativos|aplikacje|urunleri|produkte|produkter|produits|prodotti|productos|produtos) (auf|pa|kartalla|op|sur|su|en|no|w|haritada)?\s?\w{0,8}\s?(bewerten|betygsatt|bedom|vurder|arvioi|beoordelen|notez|valuta|califica|avalie|oceniaj|degerlendir)|(bewerten|recensera|anmeld|arvostele|reviewen|evaluez|recensisci|resena|avalie|oceniaj|degerlendir)\w{0,4} (apps?|appar|apper|sovelluksia|applis|app|apps|aplicativos|aplikacje|hotels?|urunleri)|yorum yap kazan)\b|(لايك على فيديوهات|تقييم التطبيقات|قيّم الفنادق|قيم الفنادق|تقييم الفنادق)/
    // ... and the same micro-task as Latin America and Quebec write it: "dar like a videos", "calificar productos", "seguir
    // cuentas", "impulsar productos"; "curtir videos", "avaliar produtos", "seguir perfis", "impulsionar produtos"; "aimer
    // des videos", "suivre des comptes", "evaluer des produits", "noter des hotels", "booster des produits"
    $task_lx = /\b((dar|da|dando|dale|poner) (like|likes|me gusta)|(calificar|califica|calificando|evaluar|evalua|evaluando|resenar|avaliar|avalie|avaliando) (videos|productos|produtos|hoteles|hoteis|apps|aplicaciones|aplicativos|restaurantes|lojas)|(seguir|sigue|siguiendo|siga|seguindo) (cuentas|perfiles|perfis|paginas|canales|canais|contas)|(impulsar|impulsa|impulsionar|impulsione) (productos|produtos|pedidos|tiendas|lojas)|(curtir|curta|curtindo) (videos|fotos|posts|perfis)|video (curtido|que te guste)|(aimer|aimez|aimant|liker|likez|likant) des (videos|publications|photos)|(suivre|suivez|suivant) des (comptes|pages|profils|chaines)|(evaluer|evaluez|evaluant|noter|notez|notant|commenter) des (produits|hotels|videos|applications|restaurants)|booster des produits|video aimee)\b/
    // the ask: a chat app, "reply YES", "if interested"
    $yes = /\b(antworte\w{0,3}|svara|svar|vastaa|antwoord|reageer|repondez|reponds|rispondi|responde|responda|odpowiedz|yazin|cevap verin)( mit| med| met| con| com| avec)?:? ?"?(ja|kylla|oui|si|sim|tak|evet|yes)\b|\b(interesse\?|bei interesse|interessert|interesseret|intresserad|kiinnostaa|interessiert|interesado|interessato|interessado|interesse|zainteresowan[ya]|ilgileniyorsaniz|ilgilenirseniz|interesse|interesse\(e\)|quer saber mais|quieres (saber )?mas (informacion|info|detalles)|ca t'interesse|ca vous interesse)|(مهتم|ارسل نعم|رد بنعم)/
    $chat = /\b(whats ?app\w{0,5}|wa\.me|telegram\w{0,5}|t\.me|signal|mesaj atin|viber)\b|(واتساب|الواتس|الواتساب|واتس|تليجرام|تيليجرام|вайбер|вајбер|телеграм)/
    // Greek (script and Greeklish), Serbian (Latin and Cyrillic), Croatian, Albanian, Romanian, Bulgarian: the pay by the day,
    // the hour or the piece ("την ημέρα", "imerisia", "dnevno", "po recenziji", "ne dite", "per cdo video", "pe zi",
    // "на ден", "за всяко видео"); Greek and Cyrillic letters are two bytes and take no \b
    $bk_pay = /\b(tin imera|ti mera|tin mera|imerisia|imerisios|kathe mera|kathimerina|ana (ora|imera|kritiki|video|ergasia)|dnevno|po danu|na dan|svaki dan|svakodnevno|po satu|na sat|po (videu|snimku|recenziji|zadatku|lajku|objavi)|isplata (isti dan|istog dana|odmah)|ne dite|cdo dite|ne ore|per cdo (video|koment|detyre)|pagesa ditore|pe zi|zilnic\w{0,2}|pe ora|pentru fiecare (video|videoclip|recenzie|sarcina)|pe (recenzie|sarcina)|in aceeasi zi)\b|(την ημ(έ|ε)ρα|τη μ(έ|ε)ρα|την μ(έ|ε)ρα|ημερησ(ί|ι)ως|καθημεριν(ά|α)|κ(ά|α)θε μ(έ|ε)ρα|αν(ά|α) (ώ|ω)ρα|αν(ά|α) κριτικ(ή|η)|για κ(ά|α)θε (β(ί|ι)ντεο|κριτικ)|την (ί|ι)δια μ(έ|ε)ρα|дневно|на дан|сваки дан|свакодневно|по задатку|по снимку|на ден|всеки ден|ежедневно|на час|за всяко (видео|харесване)|за всеки (един|профил|отзив|клип)|на отзив|на задача|в същия ден)/
    // ... the offer: from home or the phone, part time, extra income, simple tasks, the HR department ...
    $bk_work = /\b(apo to (spiti|kinito)|merikis apasxolisis|aples ergasies|efkoli douleia|eykoli douleia|extra eisodima|epipleon eisodima|tmima proslipseon|online ergasia|douleia apo (to )?(spiti|kinito)|od kuce|rad od kuce|posao od kuce|preko telefona|putem mobitela|(sa|s) (mobitelom|telefonom)|dodatn\w{1,2} zarad\w{1,2}|dodatni prihod|skracenim radnim vremenom|nepunim radnim vremenom|honorarn\w{1,2} posao|onlajn posao|online posao|jednostavni zadaci|lak posao|lagan posao|hr odeljenj\w{1,2}|odjel\w{0,2} za zaposljavanje|nga shtepia|me telefon(in)?\b|pune online|te ardhura shtese|kohe te pjesshme|detyra te thjeshta|pune e lehte|burimeve njerezore|de acasa|de pe telefon|venit suplimentar|sarcini simple|job usor|job online|resurse umane)\b|(απ(ό|ο) το σπ(ί|ι)τι|απ(ό|ο) το κινητ(ό|ο)|μερικ(ή|η)ς απασχ(ό|ο)λησης|απλ(έ|ε)ς εργασ(ί|ι)ες|ε(ύ|υ)κολη δουλει(ά|α)|επιπλ(έ|ε)ον εισ(ό|ο)δημα|(έ|ε)ξτρα εισ(ό|ο)δημα|τμ(ή|η)μα προσλ(ή|η)ψεων|online εργασ(ί|ι)α|од куће|додатн(а|у|и|ог) зарад|онлајн посао|једноставни задаци|от вкъщи|от дома|с телефона|допълнителен доход|непълно работно време|лесни задачи|лесна работа|онлайн работа|човешки ресурси)/
    // ... the paid micro-task: like videos, rate products or hotels, write reviews, follow accounts ...
    $bk_task = /\b(kante like|kaneis like|kaneis follow|kante follow|vathmologeite proionta|axiologeite proionta|axiologiseis xenodoxeion|grafete kritikes|lajkuj\w{1,4}|lajkaj\w{1,4}|lajkovanj\w{1,2}|ocenjujete proizvode|ocjenjujete proizvode|ocenjivanj\w{1,2} hotela|ocjenjivanj\w{1,2} hotela|pisete recenzije|pratite (tiktok|instagram|naloge|profile)|beni like|vleresoni produkte|vleresimin e hoteleve|shkruani komente|ndiqni llogari|dati like|evaluati produse|evaluarea hotelurilor|scrieti recenzii|urmaresti conturi|urmariti conturi)\b|(κ(ά|α)ντε like|κ(ά|α)νεις like|κ(ά|α)νεις follow|αξιολογε(ί|ι)τε προ(ϊ|ι)(ό|ο)ντα|αξιολογ(ή|η)σεις ξενοδοχε(ί|ι)ων|γρ(ά|α)φετε κριτικ(έ|ε)ς|лајкујте|оцењујете производе|харесвайте видеа|оценявате продукти|оценяване на хотели|пишете отзиви|следвате профили)/
    // ... the formal "are you interested?" or "reply YES" (a friend asks "se endiaferei?", "hoces?") ...
    $bk_yes = /\b(endiaferesthe|apantiste nai|steilte nai|steile nai|zainteresovani|zainteresirani|odgovorite (sa )?da|posaljite da|posalji da|te interesuar|pergjigjuni po|dergoni po|dergo po|interesat\w{0,2}|raspundeti (cu )?da|trimite da|trimiteti da)\b|(ενδιαφ(έ|ε)ρεστε|απαντ(ή|η)στε ναι|στε(ί|ι)λτε ναι|στε(ί|ι)λε ναι|интересувате ли се|отговорете (с )?да|изпратете да|заинтересовани|одговорите да)/
    // ... the recruiter's voice: we are looking for, we hire, earn, no experience needed ...
    $bk_offer = /\b(psaxnoume|zitame|proslamvanoume|kerdiste|kerdise|kerdizete|plironeste|amoivi|xoris empeiria|xwris empeiria|trazimo|potrebni|trebamo|zaposljavamo|zaradite|zaradjujete|zaradujete|zarada|bez iskustva|kerkojme|punesojme|fitoni|fitim|pa eksperience|cautam|angajam|castigati|castiga|castig|primiti|fara experienta)\b|(ψ(ά|α)χνουμε|ζητ(ά|α)με|προσλαμβ(ά|α)νουμε|κερδ(ί|ι)στε|κ(έ|ε)ρδισε|κερδ(ί|ι)ζετε|αμοιβ(ή|η)|πληρωθε(ί|ι)τε|χωρ(ί|ι)ς εμπειρ(ί|ι)α|тражимо|запошљавамо|зарађујете|зарадите|без искуства|търсим|наемаме|печелите|печели|получавате|заплащане|без опит)/
    // ... not the writer's own job ("vrika douleia", "nasla sam posao", "gjeta pune", "mi-am gasit", "намерих"), a
    // relative's errand or a warning ("apati", "prevara", "mashtrues", "teapa", "измама")
    $bk_own = /\b(vrika|ksekinao|douleuo|o theios mou|i theia mou|apati|apates|prosoxi|nasla sam|nasao sam|pocinjem|brat mi|sestra mi|prevara|prevaranti|pazi|susjed|komsija|gjeta|filloj|punoj|xhaxhai|mashtrues\w{0,2}|mashtrim|kujdes|mi-am gasit|am gasit (un )?(job|loc de munca)|incep|lucrez|vecinul|atentie|frauda)\b|(βρ(ή|η)κα( |,|!|\.)|ξεκιν(ά|α)ω|δουλε(ύ|υ)ω|ο θε(ί|ι)ος μου|η θε(ί|ι)α μου|απ(ά|α)τη|προσοχ(ή|η)|нашла сам|нашао сам|почињем|превара|намерих|започвам|работя|чичо ми|измама|внимавайте)/
    // the offer's voice: earn (you), up to, we are looking for, no experience
    $offer = /\b(verdienen sie|verdiene|verdienen|bis zu|wir suchen|wir bieten|tjana|tjan|tjen|tjenа|upp till|op til|opptil|vi soker|vi soger|vi soker|vi tilbyr|vi tilbyder|vi erbjuder|ansaitse|tienaa|jopa|etsimme|tarjoamme|verdien|tot|wij zoeken|wij bieden|gagnez|jusqu'a|nous recrutons|nous proposons|guadagna|fino a|cerchiamo|offriamo|gana|hasta|buscamos|ofrecemos|ganhe|ate|estamos contratando|oferecemos|zarabiaj|zarobki|szukamy|oferujemy|kazanin|kazan|kadar|ariyor|arkadas ariyoruz|kazanc|extra inkomst|ekstra indkomst|ekstra inntekt|lisatulo\w{0,3}|extra inkomen|revenu complementaire|entrate extra|ingresos extra|renda extra|dodatkowy dochod|enkla uppgifter|enkle opgaver|enkle oppgaver|helppoja tehtavia|eenvoudige taken|taches simples|compiti semplici|tareas sencillas|tarefas simples|proste zadania|pracuj z domu|oceniaj)\b|(اربح|اكسب|هتكسب|تكسب|يصل|مطلوب|فرصة|عندنا شغل)/
    // a person's own job or a relative's ("I earn", "my side job", "my sister found")
    $own = /\b(ich (verdiene|arbeite|habe|hab)|hab den job|mein (job|nebenjob|bruder)|meine (schwester|arbeit)|jag (har|tjanar|jobbar|fick)|lonen ar|jeg (har|tjener|arbejder|jobber|fik|fikk)|ik (verdien|werk|heb)|mijn (bijbaan|baan|werk|zus|broer)|j'ai|je (gagne|travaille)|ma soeur|mon (frere|boulot)|mi (trabajo|jefe|hermana|hermano)|en mi trabajo|yo gano|sono stato assunt[oa]|guadagno|il mio lavoro|eu (ganho|trabalho)|consegui|ganho|mam (nowa|prace)|zarabiam|pracuje|calisiyorum|aliyorum|kazaniyorum|sain|tienaan|olen saanut)\b|(انا بشتغل|بكسب|باخد|شغلي)/
  condition:
    ((($pay or $bk_pay) and ($work or $bk_work)) or (($task or $task_lx or $bk_task) and ($pay or $bk_pay or money_count > 0)))
    and ($yes or $bk_yes or ($chat and ($offer or $bk_offer or $task or $task_lx or $bk_task)))
    and not $own and not $bk_own and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule job_abroad_fee_eu
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A job abroad with a salary and housing, but a visa, ticket, medical or registration fee paid first (Turkish, Arabic, German, Nordic, Finnish, Dutch, French, Italian, Spanish, Portuguese, Polish)"
  strings:
    $salary = /\b(maas|maasi|gehalt|lohn|lon|lonn|palkka|kuukausipalkka|salaris|maandsalaris|loon|salaire|stipendio|salario|sueldo|wynagrodzenie|pensja|zarobki|manadslon|manedslon|manedslonn|monatlich|im monat|i manaden|om maneden|i maneden|kuukaudessa|per maand|par mois|al mese|al mes|por mes|miesiecznie|aylik|kuussa|kuukaudessa|pro monat|mensual\w{0,2}|mensile|salary|monthly|per month)\b|\/ ?(monat|mes|mois|mese|mies)|(راتب|مرتب)/
    $housing = /\b(konaklama|lojman|barinma|kalacak yer|unterkunft|wohnung|boende|bostad|bolig|asunto|huisvesting|woning|onderdak|logement|loge|hebergement|alloggio|alojamiento|vivienda|moradia|alojamento|zakwaterowani\w{0,2}|accommodation|housing|dormitory|mieszkani\w{0,2}|nocleg|ev verilir)\b|(سكن)/
    $fee = /\b(vize|visum|visa|viisumi\w{0,3}|visto|visado|wiz[ay]|ucret\w{0,3}|harci|masraf\w{0,3}|kostar|koster|kosztuja|costano|cuestan|custam|coutent|fee|fees|examen medico|exame medico|visita medica|visite medicale|badania lekarskie|frais|tassa|quota|costo|cuota|tarifa|taxa|oplat[aey]|oplata wizowa|przedplat[ay]|vorauszahlung|forskottsbetalning|forudbetaling|forskuddsbetaling|ennakkomaksu|vooruitbetaling|paiement prealable|pagamento anticipato|pago anticipado|pagamento antecipado)\b|(gebuhr|avgift|gebyr|maksu|kosten|geld|przedplat|forskott)|(رسوم|الكشف الطبي|التذكرة|تذكرة)/
    $first = /\b(onceden|gonderin|gerekli|gerekiyor|on odeme|vorauszahlung|forskottsbetalning|forudbetaling|forskuddsbetaling|ennakkomaksu|vooruitbetaling|paiement prealable|pagamento anticipato|pago anticipado|pagamento antecipado|przedplat[ay]|etukateen|vaaditaan|yatirman\w{0,4}|odendikten|zu (be)?zahlen|uberweisen|ueberweisen|betala|betal|maksa|betaal|payez|reglez|paga|pague|deposita|deposite|wplac|zaplac|i forskott|innan|inden|ska betalas|skal betales|ma betales|maksettava|betaald|primero|primo|premier|en premier|platne|upfront|up-front|in advance|pay|deposit|pesin|on odeme|yatirin|yatirilmali|vorab|im voraus|zuerst|i forvag|forst|forud|pa forhand|etukateen|ensin|vooraf|eerst|d'avance|d'abord|avant|in anticipo|prima|por adelantado|antes|antecipadamente|adiantado|primeiro|z gory|najpierw|wczesniej|przed wyjazdem|kreves|kravs|pakraevet|pakravet|vaaditaan|vereist|exige|richiesto|se requiere|wymagana)\b|(مقدما|ادفع|ابعت|حول|تحويل|مسبقا|اولا|الاول|مقدم|قبل السفر)/
    // a relative's or the writer's own move abroad, paid by themselves
    $own = /\b(mein bruder|meine schwester|mein sohn|meine tochter|selbst|min (bror|syster|son|dotter|bro|sostra|sosken)|minun|veljeni|siskoni|mijn (broer|zus|zoon|dochter)|mon (frere|fils|cousin)|ma (soeur|fille|cousine)|mio (fratello|figlio|cugino)|mia (sorella|figlia)|mi (primo|prima|hermano|hermana|hijo|hija)|meu (irmao|primo|filho)|minha (irma|prima|filha)|moj (brat|syn)|moja (siostra|corka)|brat|kuzenim|abim|ablam|kardesim|oglum|kizim|kendisi|my (cousin|brother|sister|son|daughter)|himself|herself)\b|(اخويا|اخوي|ابن عمي|اختي|ابني)/
  condition:
    $salary and $housing and $fee and $first and not $own and (money_count > 0 or $salary)
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

// The CIS and Caucasus side job: simple tasks or online work a few hours a day, or couriers carrying documents or cash, for
// a daily sum, with a chat handle or a number (Russian, Ukrainian, Kazakh, Uzbek, Georgian, Armenian, Azerbaijani). A job
// board's notice comes from its sender id; a person says "I work".
rule job_cis_daily_pay
{
  meta:
    action = "junk"
    weight = 2.6
    description = "Online work, simple tasks or a courier job for a sum by the day or the task, with a chat handle, a number or a link (Russian, Ukrainian, Kazakh, Uzbek, Georgian, Armenian, Azerbaijani)"
  strings:
    $work = /(работ|подработ|заработ|курьер|задани|робот|підробіт|заробіт|кур.єр|завдан|жұмыс|курьер|иш |онлайн иш|სამუშაო|შემოსავ|კურიერ|დავალებ|աշխատանք|առաքիչ|առաջադրանք)|\b(ish|ishlash|kuryer\w{0,4}|topshiriq\w{0,4}|internetd(e|ə) is|onlayn is|evd(e|ə)n is|is t(e|ə)klif)\b/
    $day = /(в день|за день|в сутки|ежедневн|каждый день|за задани|на день|щодня|щоденн|за завданн|күніне|күнделікті|кунига|кунлик|დღეში|ყოველდღ|დღიურ|օրական|ամեն օր)|\b(kuniga|kunlik|har kuni|g(u|u)nd(e|ə)|g(u|u)nd(e|ə)lik|h(e|ə)r g(u|u)n)\b/
    $amt = /[0-9] ?(руб|р\.|₽|грн|₴|тенге|теңге|тг|сум|сўм|лари|ლარ|դրամ|\$|usd|byn|azn|manat|so.?m)/
    $tg = /(телеграм|телеграмм|ватсап|вотсап|пишите|напишите|пиши|напиши|пишіть|напишіть|жазыңыз|ёзинг|მოგვწერეთ|გვწერეთ|գրեք)|\b(telegram|whatsapp|yozing|yazin)\b|(^| )@[a-z0-9_]{2,4}[a-z0-9_]/
    $own = /(я нашла|я нашел|я нашёл|я знайшла|я знайшов|мам,|пап,|расскажу|розповім|я работаю|я зарабатываю|я получаю|я працюю|я заробляю|мошенн|шахра|развод|ищу работу|шукаю роботу)/
  condition:
    $work and (($day and $amt) or (($day or $amt) and $tg))
    and not $own
    and (sender_kind != "alpha" or $tg)
    and sender_kind != "shortcode"
}

// The easy online or phone job of East Africa, Ethiopia, Sri Lanka, Bangladesh and Latin America: posting ads or statuses,
// liking videos, typing or reviews, "from home" or "on your phone", paid by the day or the piece, with a chat app, a
// number, a link or "reply YES". A friend's errand (a day's casual work at a site or a shop) has no online part, the
// writer's own job says "I found" or "they pay me", and a warning names the fraudsters.
rule job_online_daily_pay_chat
{
  meta:
    action = "junk"
    weight = 3.0
    description = "An easy online, phone or home job (posting ads or statuses, liking videos, typing, reviews) paid by the day or the piece, with a chat app, a number, a link or a word to reply, from a person's number: Swahili and Sheng (posting ads or statuses for a daily pay, by a chat app), Kinyarwanda ('akazi kuri telefone, 5000 Frw buri munsi'), Amharic (Ge'ez script and romanised), Sinhala (script and romanised), Bangla (script and romanised), Spanish short openers ('sigues buscando trabajo de medio tiempo? pago diario desde casa')"
  strings:
    // shared by several languages: online, part time, daily
    $online = /\b(online|part ?time|data entry|typing)\b/
    $daily = /\b(daily|per day)\b/
    // Swahili and Sheng: the job ("kazi", "mboka", "ajira") done on the phone or from home, or the task itself ...
    $sw_job = /\b(kazi|mboka|ajira|job|kibarua|fursa)\b/
    $sw_easy = /\b(mtandaoni|kwa simu|simu yako|kutoka nyumbani|ukiwa nyumbani|ku-?post\w{0,4}|matangazo|ads|status|ku-?like|reviews|bila (experience|uzoefu)|hakuna experience)\b/
    // ... paid by the day, the hour or the piece ("kila siku", "kwa siku", "kila video", "unakula 1k") ...
    $sw_pay = /\b(kila siku|kwa siku|kwa saa|kila (video|status|post|tangazo|task)|kwa kila (video|status|post|tangazo|task))\b/
    $sw_amt = /\b[0-9][0-9,]{0,6} ?(k|bob|ksh|kes|tsh|sh|shilingi|daily|kila siku|kwa siku)\b|\b(ksh|kes|tsh|sh)\.? ?[0-9]|\b(unalipwa|lipwa|mshahara|malipo)\b/
    // ... and the ask ("DM", "tuma", "jibu NDIO", "jiunge"); not the writer's own job ("nimepata", "ananilipa") nor a warning
    $sw_ask = /\b(dm|tuma|jibu|wasiliana|jiunge|ingia)\b/
    $sw_own = /\b(nimepata|nimeanza|ananilipa|wananilipa|ninalipwa|nilipata|nipigie|matapeli|tapeli|utapeli|jihadhari|tahadhari|usitume)\b/
    // Kinyarwanda: "akazi" on the phone, online or at home, paid "buri munsi" or "ku munsi" in francs, "twandikire"
    $rw_job = /\b(akazi|abakozi)\b/
    $rw_easy = /\b(kuri telefone|telefone yawe|kuri internet|mu rugo|kwamamaza|amashusho|youtube|tiktok|nta burambe|igihe gito|koroshye)\b/
    $rw_pay = /\b(buri munsi|ku munsi|kuri buri (video|ishusho|tangazo))\b/
    $rw_amt = /[0-9] ?(frw|rwf)\b|\b(uhembwa|umushahara|winjiza)\b/
    $rw_ask = /\b(twandikire|andika yego|subiza yego|ohereza ubutumwa|kanda hano|hamagara)\b/
    $rw_own = /\b(nabonye|bampemba|ndahembwa|mpamagara|mwirinde|ubwambuzi|abatekamutwe|musaza|mama)\b/
    // Amharic (a letter is three bytes: no \b): "ስራ" online, by phone or from home, paid "በቀን" or "በየቀኑ" in birr, "ቴሌግራም"
    $am_job = /(ስራ|ሥራ|ልምድ አያስፈልግም)|\bsira\b/
    $am_easy = /(ኦንላይን|በስልክ|ስልክዎ|ከቤትዎ|ከቤት|የትርፍ ሰዓት|ላይክ|ቪዲዮ|ማስታወቂያ|ልምድ አያስፈልግም|ምርቶችን)|\b(be ?silk|ke ?bet)\b/
    $am_pay = /(በቀን|በየቀኑ|በእያንዳንዱ|ለእያንዳንዱ)|\b(be ?ken|beyeken)\b/
    $am_amt = /[0-9] ?(ብር|birr\b)|(ክፍያ|ደሞዝ|ይከፈል)/
    $am_ask = /(ቴሌግራም|ዋትስአፕ|ይጻፉ|ያናግሩን|ያግኙን|ይመልሱ|ይቀላቀሉ|መልዕክት)/
    $am_own = /(አገኘሁ|ይከፍሉኛል|እደውል|ደውልልኝ|ተጠንቀቁ|አጭበርባሪ|ወንድሜ|እማዬ)/
    // Sinhala (script and romanised): a job from home or the phone, paid "දිනකට" or "dawasata", with a chat app
    $si_job = /(රැකියා|වැඩ|උපයන්න|ආදායම)|\b(wadak|wada|rakiyawak|rakiyawa|hoyanna|hoyaganna|upayanna)\b/
    $si_easy = /(ගෙදර|නිවසේ|ෆෝන්|ජංගම දුරකථන|ඔන්ලයින්|පාර්ට් ටයිම්|ලයික්|අමතර ආදායම)|\b(gedara|phone eken|phone ekn)\b/
    $si_pay = /(දිනකට|දිනපතා|දෛනික|දවසට)|\b(dawasata|dawasakata|dinapatha|dinakata)\b/
    $si_amt = /(රු\.? ?|\brs\.? ?)[0-9]|[0-9] ?(k\b|ක්)/
    $si_ask = /(පිළිතුරු|කැමති නම්|විස්තර සඳහා)|\b(msg|join wenna|karanna)\b/
    $si_own = /(මට |හම්බුනා|මල්ලි|අම්මේ|කරන්නම්|වංචා|පරිස්සම්)|\b(mata|karannam)\b/
    // Bangla (script and romanised): a job online, part time, from home or by liking or watching, paid "প্রতিদিন" or
    // "দৈনিক" in taka, with "ইনবক্স", a chat app or "রিপ্লাই"; not the writer's own job, a brother's errand or a warning
    $bn_job = /(চাকরি|চাকুরি|কাজ|জব|অভিজ্ঞতা লাগবে না|অভিজ্ঞতা প্রয়োজন নেই|আয় করুন|টাকা আয়)|\b(kaj|kaaj|chakri|income korun|inkam korun|aay korun)\b/
    $bn_easy = /(অনলাইন|পার্ট টাইম|ঘরে বসে|বাসায় বসে|বাড়িতে বসে|মোবাইল দিয়ে|লাইক দিয়ে|ভিডিও দেখে|টাইপিং)|\b(ghore bose|mobile diye|kono investment lagbe na)\b/
    $bn_pay = /(প্রতিদিন|দৈনিক|প্রতি দিন|দিনে)|\b(proti ?din|protidin|doinik)\b/
    $bn_amt = /[0-9] ?(টাকা|taka\b|tk\b)/
    $bn_ask = /(ইনবক্স|রিপ্লাই|যোগাযোগ|হোয়াটসঅ্যাপ|টেলিগ্রাম|মেসেজ)|\b(knock|inbox)\b/
    $bn_own = /(আমি |আমার |আমাকে |তুমি |তোমার |তুই |তোর |আম্মু|ভাই,|দিস|সত্যি|ভুয়া|প্রতারণা|প্রতারক|সাবধান)|\b(ami|amar|tumi|tomar|vai|bhai|vuya|protarok)\b/
    // Spanish short openers: "sigues buscando trabajo?", "te interesa ganar dinero extra?", from home or part time,
    // paid by the day; a relative's tip ("en la tienda de mi tia", "te paso el numero de mi jefe") or the writer's own job is not it
    $es_open = /\b(sigues|sigue|seguis|todavia estas|todavia esta|aun (buscas|busca|estas|esta)|estas buscando|esta buscando|buscas|te interesa|le interesa|necesitas|necesita)( buscando| interesad[oa] en)? (un |una |el )?(trabajo|empleo|laburo|chamba|ingreso|ganar dinero|dinero extra)\b/
    $es_home = /\b(desde (casa|tu casa|su casa|el celular|tu celular|su celular|tu celu|el movil|tu movil)|medio tiempo|tiempo parcial|remoto|en linea|con tu (celular|celu|movil|telefono))\b/
    $es_pay = /\b(pago|pagos|paga|pagamos|ganancias|ganas|gana|cobras|cobran|cobrar)\b.{0,24}\b(diari[oa]s?|al dia|por dia|todos los dias|cada dia)\b|[0-9] ?(pesos|soles|dolares|euros|mil)? ?(diarios|al dia|por dia)\b/
    $es_ask = /\b(escribeme|escribenos|mandame|responde|responda|contactanos)\b/
    $es_own = /\b(mi (tia|tio|jefe|jefa|trabajo|prima|primo|hermana|hermano|mama|papa)|mija|mijo|te paso|ya encontre|me pagan|encontre trabajo|estafa|fraude)\b/
  condition:
    (($sw_job and ($sw_easy or $online) and ($sw_pay or $daily) and ($sw_amt or money_count > 0)
        and ($sw_ask or contact_count > 0 or phone_count > 0 or url_count > 0) and not $sw_own)
      or ($rw_job and ($rw_easy or $online) and $rw_pay and ($rw_amt or money_count > 0)
        and ($rw_ask or contact_count > 0 or phone_count > 0 or url_count > 0) and not $rw_own)
      or ($am_job and ($am_easy or $online) and ($am_pay or $daily) and $am_amt
        and ($am_ask or contact_count > 0 or phone_count > 0 or url_count > 0) and not $am_own)
      or ($si_job and ($si_easy or $online) and ($si_pay or $daily) and $si_amt
        and ($si_ask or contact_count > 0 or phone_count > 0 or url_count > 0) and not $si_own)
      or ($bn_job and ($bn_easy or $online) and ($bn_pay or $daily) and $bn_amt
        and ($bn_ask or contact_count > 0 or phone_count > 0 or url_count > 0) and not $bn_own)
      or ($es_open and ($es_home or $online) and $es_pay
        and ($es_ask or contact_count > 0 or phone_count > 0 or url_count > 0) and not $es_own))
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

// Southern Africa: a job (supermarket packing, the mines, driving, security, work abroad) that wants the form,
// uniform, medical, transport, registration or visa paid first by wallet (eWallet, Cash Send, EcoCash, M-Pesa,
// Orange Money, MyZaka, Airtel Money, Mpamba, e-Mola, mKesh) with a sum (isiXhosa, isiZulu, Shona, Setswana,
// Sesotho, Chichewa, Mozambican Portuguese, South African English). A real employer's notice comes from its sender
// id and says applying is free; a relative's school uniform names no job; a warning names the thieves.
rule job_sadc_fee_wallet
{
  meta:
    action = "junk"
    weight = 2.6
    description = "A job (packing, mines, driving, security, abroad) whose form, uniform, medical, transport, registration or visa is to be paid first by mobile wallet, with a sum (isiXhosa, isiZulu, Shona, Setswana, Sesotho, Chichewa, Mozambican Portuguese, South African English)"
  strings:
    // the job, as the languages write it (the noun carries its class prefixes: yomsebenzi, emsebenzini)
    $job = /msebenzi|misebenzi|sebetsi|\b(jobs?|vacanc(y|ies)|hiring|drivers|bakgweetsi|bakhanni|abashayeli|abaqhubi|vatyairi|madalaivala|motoristas|trabalhar|uq[ae]shiwe|siqasha|siyaqesha|siyaqasha|abasebenzi|(ma|pa|ye|re|ku)?basa|(di)?tiro(ng)?|go bereka|o hiriloe|ntchito|vagas?|emprego|recrutamento|recrutar|admitid[oa]|hired|shortlisted|mayini|emayini|emgodini|mugodhi|kumugodhi|moepong?|m[eo]rafong|mgodi|mumgodi)\b/
    // what the sum is said to pay for
    $fee = /fomu|foromo|yunifo|fardamento|medical|bhalisa|nyores|ikwadisa|ingodisa|lembets|inscricao|la[ey][si]ensi|\b(form|ficha|uniform|exames medicos|transport|transporte|registration|visa|visto|passport|passaporte)\b/
    // the order to pay or send, or the wallet
    $pay = /hlawul|khokh|bhadhar|lipir|\b(thumela|tumira|tumizani|duela|duele|romela|lefa|lefe|tefo|muripo|intlawulo|inkokhelo|pague|pagar|envie|deposite|transfira|custa|taxa|payable)\b|\b(pay|send|costs?|fee|fees)( of| is)? (r|p|m|k|\$|usd ?)?[0-9]|\b(e-?wallet|cash ?send|instant money|ecocash|one ?money|orange money|myzaka|m-?pesa|e-?mola|mkesh|airtel money|mpamba)\b/
    $amt = /\b(r|p|m|k|\$|usd) ?[0-9]|[0-9] ?(mt|meticais|kwacha|rand|pula|maloti)\b/
    // a warning, a school fee, an employer's "free"
    $no = /\b(lumka|qaphela|ngwarira|tlhokomela|hlokomela|chenjerani|cuidado|burla|beware|scam|scams|scammers?|bogus|fake|yinkohliso|amasela|bangamasela|magodu|mashodu|akuba|vanobira|never (ask|charge)|no fees?|free|sikolo|sikole|yesikolo|yesikole|chikoro|yechikoro|sekolo|sukulu|escola|school)\b/
  condition:
    $job and $fee and $pay and ($amt or money_count > 0) and not $no
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule job_form_fee_intl
{
  meta:
    action = "junk"
    weight = 2.6
    description = "A job (airline, mining, a UN office, an NGO, the Gulf) whose form, registration or visa is to be paid first with a sum (Hausa, Krio, Liberian English); work in Poland, Germany, Czechia or the Gulf with the paperwork ('oformlennya') to prepay (Ukrainian, Cyrillic and Latin); a DepEd or CHED scholarship with a processing fee (Tagalog); a Prakerja place or a job 'guaranteed to pass' for a registration fee (Indonesian)"
  strings:
    // Hausa, Krio and Liberian English: the job, the fee for the form, registration or visa, and the sum
    $wa_job = /\b(aiki|aikin|daukar ma'?aikata|guraben aiki|wok|jobs?|vacanc(y|ies)|hiring|recruit(ing|ment)?|employ(ing)?|cabin crew)\b/
    $wa_fee = /\b(kudin (fom|form|rajista|biza|sarrafa)|forms? fee|application (form|fee|processing)|processing fee|registration fee|visa (fee|processing)|(fo|for) (di|the) (application )?form|get (di|the) form)\b/
    $wa_amt = /\b(n|le|l\$|us\$) ?[1-9]|\b[1-9][0-9,]{0,8} ?(naira|leones?)\b|\b(naira dubu|dubu (biyu|uku|hudu|biyar|goma))\b/
    $wa_no = /\b(no fee|no fees|never charge|no payment|free of charge|scam|fake|i (paid|bought|got)|a don pay|a get di|makaranta|school)\b/
    // Ukrainian: work abroad, and the paperwork ("oformlennya") to pay or prepay (a Cyrillic letter is two bytes)
    $ua_job = /(робот|вакансі|працевлаштув)|\b(robot[auy]|vakansi\w{0,3}|pratsevlashtuvann\w{0,3})\b/
    $ua_abroad = /(польщ|німеччин|чехі|литв|оае|катар|ізраїл|нідерланд|за кордон)|\b(polshch\w{0,2}|nimechchyn\w{0,2}|chekhi\w{0,2}|lytv\w{0,2}|za kordon\w{0,2})\b/
    $ua_fee = /оформлен.{0,80}(грн|оплат|передоплат|внес)|(оплат|передоплат|вартість|внесіть).{0,40}оформлен|\boformlenn\w{0,3}\b.{0,60}\b(hrn|oplat\w{0,3}|peredoplat\w{0,3}|zaplatyty)\b|\b(oplat\w{0,3}|peredoplat\w{0,3}|zaplatyty)\b.{0,40}\boformlenn/
    $ua_no = /(заплатил|я вже|офіційно|консульств|шахра)|\b(ya vzhe|zaplatyla|zaplatyv|shakhra\w{0,4})\b/
    // Tagalog: a DepEd or CHED scholarship or teacher item and its processing fee
    $tl_sch = /\b(deped|ched|tesda|scholarship|iskolar|teacher items?)\b/
    $tl_pf = /\bprocessing fee\b/
    $tl_pay = /\b(gcash|maya|paymaya|palawan|cebuana)\b|\bp ?[1-9][0-9]|\b[1-9][0-9,]{0,6} ?pesos\b/
    $tl_no = /\b(walang bayad|mag-?ingat|ingat|scam|modus|nabayaran ko|binayaran ko)\b/
    // Indonesian: Prakerja or a job "guaranteed to pass" and a registration or admin fee
    $id_pk = /\b(prakerja|lowongan|loker|cpns|pppk)\b/
    $id_fee = /\bbiaya (pendaftaran|admin|administrasi|registrasi|aktivasi)\b/
    $id_sure = /\b(dijamin (lolos|diterima|lulus|berangkat)|pasti (lolos|diterima)|tanpa tes)\b|\brp ?[1-9]/
    $id_no = /\b(tidak dipungut|waspada|penipuan|hoaks|hoax)\b/
  condition:
    sender_kind != "alpha" and sender_kind != "shortcode"
    and (($wa_job and $wa_fee and (money_count > 0 or $wa_amt) and not $wa_no)
      or ($ua_job and $ua_abroad and $ua_fee and not $ua_no)
      or ($tl_sch and $tl_pf and $tl_pay and not $tl_no)
      or ($id_pk and $id_fee and $id_sure and not $id_no))
}
