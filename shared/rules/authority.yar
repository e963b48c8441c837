// Police and authority impersonation: "your identity card / number / bank account has been used
// in money laundering, a drug case or other illegal activity, an arrest warrant is out, call
// Inspector X on this number". Real police warnings about the scam name it as a scam and tell
// you never to call back, so every rule needs the accusation, the authority and a way to call,
// and none of the warning's words.

rule authority_identity_crime : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Says your identity, number or account was used in money laundering or a criminal case, or an FIR was filed on your Aadhaar or number (the 'digital arrest': a video-call statement, tell no one), or a central bank or fraud hotline ties your account to suspicious transactions, and asks you to call an officer, or a state police cyber cell says your account was used in online fraud, stop using it and wait for the inspector's call (English, Indian English, romanised Hindi, Marathi and Telugu); or an arrest warrant, an FIR or your Aadhaar-linked account in money laundering with the video-call statement and the secrecy, no officer named"
  strings:
    // the accusation: your identity tied to a crime or a case
    $a1 = /\b(your|ur) (identity|id|identity card|id card|ic|nric|aadhaa?r|aadhaar card|pan|pan card|ssn|social security number|passport|sim( card)?|(phone |mobile |cell )?number|bank account|account|name|personal (details|information|data))\b.{0,60}\b(used|involved|linked|associated|implicated|misused|flagged|found|registered)\b.{0,40}\b(money laundering|laundering|illegal|unlawful|fraud|fraudulent|criminal|crime|drugs?|narcotics|trafficking|smuggling|terror\w{0,6}|(criminal|police|legal|court|a|the) case|(an? |the )?(ongoing |active |open |criminal |police |federal )?investigation|controlled (drugs?|substances?|medicines?|medications?)|psychotropic (drugs?|medicines?|medications?))\b/
    // the seized-parcel variant: a courier parcel in your name held with drugs or passports
    $a3 = /\b(parcel|package|courier|consignment|shipment)\b.{0,80}\b(seized|detained|intercepted|held)\b.{0,80}\b(drugs?|mdma|narcotics|passports?|contraband)\b/
    $a2 = /\b(arrest warrant|warrant (for|of) (your )?arrest|warrant (has been )?issued|money laundering (case|investigation|charges?))\b/
    // the "digital arrest": an FIR or case filed on your Aadhaar, SIM or number (English, romanised Hindi, romanised Telugu)
    $a5 = /\b(fir|case|complaint)s? (has been |have been |was |is |are |been )?(registered|filed|lodged|booked)\b.{0,30}\b(against|on|in) your (aadhaa?r|aadhaar card|pan|pan card|sim|mobile|mobile number|phone number|number|name|id|identity)\b|\b(aapke|apke|aapka|apka|tumhare) (aadhaa?r|aadhar|pan|sim|mobile|phone|number|naam)( number| card)? (par|pe|pr|ke khilaf|ke upar)\b.{0,30}\b(fir|case|complaint|mukadma|mamla)\b.{0,20}\b(darj|registered|register|file|filed|lodge|lodged|hua|hui|huyi|ho gaya|ho gayi|bana|bani)\b|\b(mee|mi|meeku) (aadhaa?r|aadhar|pan|sim|phone|mobile|number|peru)( number| card)? (meeda|meda|mida|pai|pina)\b.{0,40}\b(fir|case|complaint)\b|\b(aapke|apke|aap ke|tumhare) (khilaf|khilaaf|viruddh|virudh)\b.{0,20}\b(fir|case|mukadma|complaint|shikayat)\b|\b(tumchyavar|tumchya (var|viruddh|virudh|navavar|navane|nave)|tumchya (aadhaa?r|aadhar|pan|sim|mobile|phone|number)( number| card)? (var|vr))\b.{0,30}\b(fir|case|gunha|guna|takrar|complaint)\b/
    // romanised Hindi and Marathi: your Aadhaar-linked account, your name or SIM used in money laundering or
    // an illegal transaction ("aapke Aadhaar se jude account ka use money laundering mein hua", "tumchya navavar
    // money laundering cha gunha")
    $a6 = /\b(aapke|aapka|aapki|apke|apka|apki|aap ke|aap ka|aap ki|tumhare|tumhara|tumhari|tumchya|tumcha|tumche|tumchi|tumhala)\b.{0,80}\b(money laundering|hawala (transactions?|racket|case|ka paisa)|illegal (transactions?|activit(y|ies)|kaam|paisa|funds?)|terror funding|drugs? (case|parcel|trafficking|smuggling))\b/
    // a central bank, regulator or "fraud hotline": your account tied to suspicious transactions
    $a4 = /\byour (bank )?(account|acct|a\/c|bvn|card)\b.{0,60}\b(linked|associated|connected|flagged|involved|tied|traced)\b.{0,40}\bsuspicious (transactions?|transfers?|funds|activit(y|ies)|payments?|deposits?)\b|\b(money laundering|suspicious (transactions?|transfers?|funds|activit(y|ies)|deposits?))\b.{0,60}\b(on|in|through|via|to) your (bank )?(account|acct|a\/c|bvn)\b/
    $reg = /\b(cbn|central bank|reserve bank|rbi|sbp|state bank of pakistan|bank of ghana|efcc|nfiu|financial intelligence (unit|centre|center)|enforcement directorate|fca|financial conduct authority)\b/
    // (a bank's own alert names its fraud line too: only from a number or an address)
    $fraudline = /\bfraud (hotline|desk|unit|helpline|control (unit|desk)|monitoring (unit|team|desk))\b/
    // the authority
    $o = /\b(officer|inspector|investigator|detective|sergeant|constable|police|cyber ?crime|cyber ?cell|cbi|ncb|fbi|dea|interpol|customs|commissioner|prosecutor|magistrate|federal agent|special agent|federal bureau of investigation|federal police|national police|crime branch|narcotics bureau|ministry of (justice|public security|health)|health (ministry|department|authority)|department of health|moh)\b/
    // the pressure: a suspect, not a victim the police are helping
    // scan cost: no bare "now" (an atom in most messages)
    $u = /\b(arrest(ed)?|warrant|immediately|urgent(ly)?|right now|illegal|money laundering|investigation|within [0-9]{1,2} ?(hours|hrs|minutes|mins)|frozen|freez(e|ing)|suspend(ed)?|blocked|legal action|prosecut(e|ed|ion)|suspect(ed)?|against you|charged|charges|controlled (drugs?|substances?|medicines?|medications?)|giraftar\w{0,3}|girftar\w{0,3}|atak (hoil|hoel|karnyat|honar))\b/
    // the digital arrest's pressure: a video-call statement, and tell no one
    $u2 = /\b(video call|video par|skype|for (your|a) statement|record (your|a) statement|statement (dena|dene|ke liye|ivvali|ivvandi)|(do not|don't|dont) (tell|inform) (anyone|anybody|your family)|tell no ?one|kisi ko (bhi )?(mat|na|nahi) (batana|bataye|batayein|batao|bataiye|batayiye)|evariki (cheppakandi|cheppoddu|cheppavaddu|cheppakudadu)|digital arrest|(ghar walon|gharwalon|ghar walo|gharwalo|family|parivar) ko (bhi )?(mat|na|nahi) (batana|bataye|batayein|batao|bataiye|batayiye)|(kunala|konala|kunalahi) (sangu|saangu) (naka|nako))\b/
    // the cyber cell's hold: stop using the account and wait for the officer's call
    $u3 = /\b(do not|don't|dont|stop) (use|using|operate|operating|access|accessing) (the|this|that|your) (bank )?(account|acct|a\/c|card)\b|\bwait for (the |our |an? )?(inspector|officer|investigating officer|investigator|sub-inspector|si)('?s)? call\b/
    // the scam named for what it is: a warning, not the scam
    $warn = /\b(scam|scams|scammer|scammers|fraudsters|impersonat\w{0,5}|beware|be alert|be careful|never (call|share|pay|transfer)|do not (call|share|pay|transfer)|hang up|1930|fasavnuk\w{0,4}|thagi|farzi|savdhan|saavdhan|sabdhan)\b/
  condition:
    ((any of ($a1, $a2, $a3, $a5, $a6) and ($o or $reg))
      or (($a2 or $a5 or $a6) and $u2)
      or ($a4 and ($reg or $fraudline) and sender_kind != "alpha" and sender_kind != "shortcode"))
    and ($u or $u2 or $u3) and (phone_count > 0 or contact_count > 0) and not $warn
}

rule authority_identity_crime_zh : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "In Chinese: your identity or documents were misused or are suspected in money laundering or a case, contact the police or an inspector; or a consulate or embassy says your passport or visa expired, has a problem or was misused, or a notice or document about it waits for you, press or reply 1 or call (not the reminder of your own booking); or a courier says a parcel with bank cards and passports in your name is held by customs, contact now; or the police (公安局, 派出所) say your number or account is involved in fraud and will be cut off or frozen, press a key for an operator or call (simplified and traditional); or an anti-fraud centre, the telecom regulator, immigration, customs or a court ties you to laundering, fraud or a parcel of forged documents and presses for a call back at once, under threat of a freeze or an arrest, or tells you to tell no one; or an anti-fraud centre or line says a fraud app was found on your phone, or the telecom regulator will cancel your number over a violation, call back or press a key (simplified, traditional, written Cantonese); or immigration says your visa or residence has a problem, call back at once or be deported; a LINE contact asked counts as the call"
  strings:
    $id = /(身份|身分|证件|證件|名下|账户|賬戶|帳戶|银行卡|銀行卡|手机号|手機號|电话号码|電話號碼|护照|護照|医保卡|醫保卡|社保卡)/
    $crime = /(冒用|盗用|盜用|被用|涉嫌|涉及|牵涉|牽涉|卷入|捲入).{0,20}(洗钱|洗錢|非法|案件|犯罪|诈骗案|詐騙案|贩毒|販毒|走私|通缉|通緝)|(通缉令|通緝令|逮捕令|拘捕令|冻结令|凍結令)|(懷疑|怀疑|疑似).{0,12}(被人|被).{0,12}(開|开|用).{0,6}(戶口|户口|账户|賬戶|銀行|银行)|(冒用|盗用|被用|用于|购买|開具|开具).{0,30}(管制药|管制藥|麻醉药|麻醉藥|精神类药|违禁药|違禁藥)/
    $auth = /(联络处|聯絡處|大使馆|大使館|领事馆|領事館|移民局|出入境|入境事務處|入境事务处|警察|公安|派出所|警方|民警|网警|網警|刑侦|刑偵|警务处|警務處|督察|警官|警員|警员|刑警|检察院|檢察院|法院|海关|海關|入境处|入境處|警署|廉政公署|调查科|調查科|专案组|專案組|卫生局|卫健委|卫生健康委|卫生部|卫生署|衞生署|衛生署|衛生局|药监局|医保局)/
    $contact = /(致电|致電|联系|聯繫|联络|聯絡|拨打|撥打|回电|回電|来电|來電|按[0-9]|回复|回覆)/
    // an uncollected legal document, a summons: "您有一份重要法律文件尚未領取"
    $doc = /(法律文件|法院文件|传票|傳票|司法文书|司法文書|重要文件|重要證件|重要证件).{0,20}(尚未|未|逾期|领取|領取)/
    $warn = /(谨防|謹防|提防|切勿|警惕|反诈|反詐|防骗|防騙|不要相信|骗局|騙局|诈骗电话|詐騙電話)/
    // the consulate's call to Chinese speakers abroad: your passport or visa expired or has a
    // problem, press or reply 1, or call (addressed with the formal 您, which a friend does not use)
    $consul = /(驻|駐).{0,30}(大使馆|大使館|领事馆|領事館|领馆|領館|使馆|使館)|(大使馆|大使館|领事馆|領事館)(通知|提醒|提示|公告)/
    $docbad = /(护照|護照|签证|簽證|旅行证|旅行證|居留).{0,30}(过期|過期|到期|失效|异常|異常|有问题|有問題|出现问题|出現問題|冻结|凍結|注销|註銷|作废|作廢|暂停|暫停|被退回|退件)/
    $you = /(您|閣下|阁下)/
    $press = /(按|回复|回覆)[0-9]/
    // or a notice or a document "waiting" for the reader about the passport or visa ("您有一份紧急通知
    // 尚未处理，涉及您的护照"), or the passport or visa "misused" or "used in a case"
    $docwait = /(文件|通知|证件|證件|信件|邮件|郵件|材料|函件|公函)(尚未|未|待|需要|需)(本人)?(领取|領取|处理|處理|查收|签收|簽收|确认|確認|核实|核實)/
    $docpass = /(护照|護照|签证|簽證|旅行证|旅行證|居留)/
    $docmis = /(护照|護照|签证|簽證|身份信息|身份證|身份证).{0,20}(被冒用|被盗用|被盜用|被人冒用|被他人|涉嫌|涉案|涉及.{0,6}案)/
    // the real consulate's reminder of the reader's own booking ("您预约的护照换发")
    $appt = /您(已|已经|已經)?(成功)?(预约|預約)(的|了)|已(成功)?(预约|預約)/
    // a courier parcel held by customs with bank cards or passports in your name ("顺丰快递 ... 海关被扣")
    $cparcel = /(快递|快遞|包裹|快件|邮包|郵包|顺丰|順豐|中通|圆通|圓通|ems)/
    $cheld = /(海关|海關).{0,30}(被扣|扣押|扣留|查扣|查获|查獲|拦截|攔截|截获|截獲)|(被|遭).{0,12}(海关|海關).{0,12}(扣|查)/
    $cwhose = /(您名下|您本人|您的身份|多张银行卡|多張銀行卡|银行卡和护照|銀行卡和護照|护照|護照|身份证|身份證)/
    // the police call-back: your number or the accounts in your name "involved in fraud", to be cut off or
    // frozen, press a key for an operator or call ("您的手机号码涉嫌诈骗，将于2小时后停机，请按9转人工");
    // a warning names the scam, a friend's news speaks of "他", not of the formal you
    $num = /(您的|您名下|閣下的|阁下的|台端)(的)?[^,.!?]{0,12}(号码|號碼|手机|手機|电话|電話|账户|賬戶|帳戶|银行卡|銀行卡|身份证|身份證|名下)|本机号码|本機號碼/
    $crime2 = /(涉嫌|涉及|参与|參與|牵涉|牽涉|卷入|捲入)[^,.!?]{0,15}(诈骗|詐騙|违法|違法|犯罪|违规|違規)/
    $stop = /(停机|停機|停用|暂停服务|暫停服務|暂停使用|暫停使用|封号|封號|封停|冻结|凍結|注销|註銷|限制使用|拘留|逮捕|传唤|傳喚|立案|追究)/
    $key = /(按|拨|撥|回复|回覆) ?[0-9]|转人工|轉人工|人工服务|人工服務|回电|回電|回拨|回撥|拨打|撥打|致电|致電|打返/
    // the official on the phone (simplified, traditional, written Cantonese): an anti-fraud centre, the telecom
    // regulator, immigration, customs or a court, with an accusation against the reader (your identity, number or
    // account in a laundering or fraud case, a parcel of forged documents) and the call-back's pressure: at once,
    // or frozen, cut off or arrested, and tell no one
    $o2 = /(公安局|公安厅|公安廳|派出所|警察局|警署|警務處|警务处|刑侦|刑偵|刑警|网警|網警|反诈中心|反詐中心|反诈骗中心|反詐騙中心|反诈专线|反詐專線|反诈骗专线|反詐騙專線|反诈专班|反詐專班|司法警察|反洗钱|反洗錢|移民局|移民管理局|入境处|入境處|入境事務處|出入境|海关|海關|缉私|緝私|法院|检察院|檢察院|工信部|工业和信息化部|工業和信息化部|通信管理局|通管局|通訊事務管理局|电讯管理局|電訊管理局|电信管理局|電信管理局|通傳會|通讯管理|通訊管理)/
    $acc2 = /(您|你|閣下|阁下|台端)(的|嘅|名下|本人)?.{0,45}(涉嫌|涉及|牵涉|牽涉|卷入|捲入|冒用|盗用|盜用|被用于|被用於|參與|参与).{0,45}(洗钱|洗錢|洗黑钱|洗黑錢|诈骗|詐騙|非法|违法|違法|违规|違規|犯罪|案件|走私|贩毒|販毒|集资|集資)|(伪造证件|偽造證件|假证件|假證件|假护照|假護照|假身份证|假身份證|虚假证件|虛假證件|伪造护照|偽造護照)|(签证|簽證|居留|逗留期限).{0,30}(有问题|有問題|出现问题|出現問題|异常|異常|暂停|暫停|被取消|被注销|被註銷)|(手机|手機|设备|設備|终端|終端).{0,24}(安装|安裝|存在|发现|發現|下载|下載|装有|裝有|植入).{0,12}(涉诈|涉詐|诈骗|詐騙|诈欺|詐欺|木马|木馬|非法|违规|違規)(app|软件|軟件|軟體|应用|應用|程序|程式)/
    $press2 = /(立即|立刻|马上|馬上|即时|即時|即刻|请即|請即|尽快|盡快|今天内|今日内|今日內|今日之内|今日之內|小时内|小時內).{0,15}(致电|致電|回电|回電|回拨|回撥|联系|聯繫|联络|聯絡|拨打|撥打|打返|回覆|回复|加我|按[0-9])|(否则|否則|不然|如不|若不|逾期|唔係就|如果唔).{0,45}(冻结|凍結|注销|註銷|停机|停機|停用|封号|封號|逮捕|拘捕|拘留|通缉|通緝|追究|起诉|起訴|移交|遣返|遣送|驱逐|驅逐)|(不要|不得|切勿|不可|唔好|不准|请勿|請勿).{0,9}(告诉|告訴|告知|话俾|話俾|讲俾|講俾).{0,9}(任何人|家人|他人|其他人|别人|別人|亲友|親友|屋企人)|(将于|將於|即将|即將|将被|將被|会被|會被).{0,24}(停机|停機|停话|停話|停用|冻结|凍結|注销|註銷|封号|封號|取消|停止服务|停止服務)|(严格保密|嚴格保密|绝对保密|絕對保密)/
    // an anti-fraud notice: the scam named, the police who never ask, the advice
    $im2 = /(加我|qq|微信|wechat|whatsapp|telegram|加 ?line|line ?id|加賴)/
    $warn2 = /(谨防|謹防|提防|警惕|不要相信|请勿相信|請勿相信|切勿相信|骗局|騙局|诈骗电话|詐騙電話|冒充|假冒|防骗|防騙|不会要求|不會要求|绝不会|絕不會|从不|從不|不会通过|不會透過|(切勿|不要|请勿|請勿)(转账|轉賬|轉帳|汇款|匯款|回拨|回撥)|温馨提示|溫馨提示|注意防范|注意防範|上当|上當|受骗|受騙)/
  condition:
    ($o2 and $acc2 and $press2 and ($key or $contact or $im2 or phone_count > 0) and not $warn2
      and sender_kind != "alpha" and sender_kind != "shortcode")
    or
    ($num and $crime2 and $stop and $auth and ($key or phone_count > 0) and not $warn)
    or
    ($cparcel and $cheld and $cwhose and $you and ($contact or phone_count > 0) and not $warn)
    or
    ((($id and $crime) or $doc) and $auth and ($contact or phone_count > 0) and not $warn)
    or ($consul and ($docbad or $docmis or ($docwait and $docpass)) and $you and ($press or phone_count > 0 or $contact)
      and not $warn and not $appt and sender_kind != "alpha" and sender_kind != "shortcode")
}

rule authority_missed_jury_warrant : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "The missed-jury-duty call: a 'deputy' or 'officer' says you failed to appear and a warrant or fine is pending, call or pay now"
  strings:
    $miss = /\b(failed to appear|failure to appear|missed|did not appear|didn't appear|did not show|no-show)\b.{0,40}\b(jury duty|jury service|court date|court appearance|subpoena|hearing)\b|\b(jury duty|jury service)\b.{0,80}\b(warrant|arrest|fine)\b/
    $law = /\b(warrant|arrest|fine|penalty|citation|sheriff|deputy|marshal|sgt|sergeant|officer)\b/
  condition:
    $miss and $law and (phone_count > 0 or url_count > 0) and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule authority_immigration_status : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Your visa, green card or immigration status is flagged, suspended or under review, deportation or arrest follows unless you call: immigration-office impersonation (English; Spanish to speakers in the US: your residency case has a problem, answer today)"
  strings:
    $o = /\b(uscis|immigration|home office|ircc|green card|visa|residence permit|work permit|permanent residen\w{1,4}|border (force|agency))\b/
    $s = /\b(flagged|suspended|revoked|cancell?ed|under review|on hold|terminated|invalid|expired|irregular\w{0,6})\b/
    $u = /\b(deport\w{0,6}|removal (proceedings|order)|arrest\w{0,3}|legal action|within [0-9]{1,2} ?(hours|hrs|days)|failure to respond|immediately|urgent\w{0,3})\b/
    $warn = /\b(scam|scams|scammer|scammers|fraudsters|impersonat\w{0,5}|beware|never (call|share|pay)|do not (call|share|pay)|we will never)\b/
    // in Spanish, to Spanish speakers in the US: "Oficina de Inmigracion: su caso de residencia
    // presenta un problema, responda hoy" (your case, formal: a friend's news says "mi caso")
    $es_o = /\b(oficina|departamento|servicio|servicios|centro|agencia|division|direccion) (federal |nacional )?de (inmigracion|migracion|ciudadania)\b|\b(uscis|inmigracion y aduanas|seguridad nacional)\b/
    $es_s = /\b(su|sus) (caso|casos|solicitud|residencia|estatus|estado|expediente|tramite|permiso|green card|tarjeta|documentos)\b.{0,60}\b(problema|problemas|irregularidad|inconsistencia|error|errores|suspendid[oa]|cancelad[oa]|rechazad[oa]|revocad[oa]|anomalia|observaciones)\b/
    $es_u = /\b(hoy|urgente|urgentemente|inmediatamente|de inmediato|deportacion|deportad[oa]|antes de las|en (las proximas )?[0-9]{1,2} horas)\b/
    // the scam named, or a lawyer's own office writing to its client
    $es_warn = /\b(estafa|estafas|estafadores|fraude|fraudes|se hacen pasar|nunca (llama|llamara|pide|pedira|solicita|envia)|abogad[oa]s?|bufete|asociados|law (office|firm|group))\b/
  condition:
    (($o and $s and $u and not $warn) or ($es_o and $es_s and $es_u and not $es_warn))
    and (phone_count > 0 or contact_count > 0 or url_count > 0)
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule authority_fake_lawyer_pt : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "The fake lawyer (Brazil): 'I am your lawyer, your case was won, R$ 18,000 to receive; message me to release it' (then a fee)"
  strings:
    $law = /\b(advogad[oa]|advocacia|escritorio juridico|dr\.? [a-z]{2,12},? advogad[oa])\b/
    $won = /\b(processo|acao|causa)( trabalhista| judicial| civil)? (ganho|ganha|vencid[oa]|procedente|foi ganho|foi ganha)\b|\bvalor (de r\$|a receber)|\b(indenizacao|alvara|precatorio)\b|\bpara receber\b/
    $act = /\b(me chama|chama aqui|liberar|liberacao|taxa|custas)\b/
  condition:
    $law and $won and $act and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule authority_police_investigation_intl : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Fake police or prosecutors (German, Turkish, Spanish, Polish, Dutch, Italian, French, traditional Chinese, Japanese, Korean): your data or account is in a laundering or fraud case, call back and keep it secret; or an embassy or consulate says your passport is tied to a crime or an important document waits, call (Korean, Arabic); the French call-back threat: a case or inquiry about you, an arrest warrant or a deadline ('avant 18h'), call back this number; Russian, Ukrainian and Kazakh: an FSB, SBU or KNB officer, an investigator, a prosecutor or the central bank says a criminal case was opened against you (financing a banned organisation, terrorism or treason) or your personal data turned up in a leak of the state services portal, call back or await the call and tell no one; the police call-back in German (Swiss cantonal police too), Dutch, Swedish, Danish, Norwegian, Finnish, Turkish, Arabic (Gulf, Egyptian) and British or American English: a gang arrested with your bank data, an insider at your bank, an account or line in your name in a laundering, drug or terror case, or a report filed against you to settle, call back; and the post-Soviet call-back in Russian, Ukrainian, Kazakh, Uzbek (both scripts), Georgian, Armenian, Azerbaijani and transliterated Russian: the security service, the police, an investigator or the enlistment office, a transfer to a banned organisation, treason, a criminal case, a loan on your passport or data not updated, and a call to await or return; and the arrest call-back from a person's number in Swahili (Kenya's DCI, a court over a debt: a warrant, 'utakamatwa'), Kinyarwanda (RIB, an investigator: a complaint against you, 'uzafatwa'), Amharic (the federal police: a fraud crime on your number, call within hours or be arrested) and Sinhala (the police or CID: a laundering complaint in your name, call now), with a call-back or a payment to settle it; customs, immigration or the cyber unit in Japanese and Korean (drugs found in your parcel, your residence status revoked and deportation, an illegal access from your computer); and the Balkans' call-back from a person's number (Greek in its script and in Greeklish, Romanian, Bulgarian and Serbian in Cyrillic and Latin letters, Croatian, Bosnian, Macedonian, Slovenian, Albanian): the police, the cyber-crime unit, a prosecutor, customs or an investigator, a case against you in the formal you (a warrant, a criminal complaint, a parcel of drugs in your name, your ID, tax number or account used in laundering or a fraud), a call-back and its pressure (at once, today, or be arrested, tell no one); Southern Africa (isiZulu, isiXhosa, Setswana, Sesotho, Shona, Chichewa, Afrikaans, Mozambican Portuguese): a sergeant or the police say your car or ID is tied to a criminal case, you will be arrested, call this number"
  strings:
    // each language: the authority and the case against you, in either order (the case is
    // written to the reader in the formal you: a friend's news about the police has neither)
    $de = /\b(bundespolizei|polizei(prasidium|direktion|revier|inspektion)?|staatsanwaltschaft|(ober)?staatsanwalt|bka|lka|landeskriminalamt|bundeskriminalamt|europol|interpol|kriminalpolizei|kripo|(kriminal|polizei|haupt|ober|kriminalhaupt|kriminalober|polizeihaupt)?kommissar(in)?)\b.{0,100}\b(ermittlungsverfahren|haftbefehl|strafverfahren|anzeige gegen sie|gegen sie (wird|wurde|lauft)|geldwasche|(liste|unterlagen|notizen|dokumente) mit ihren (daten|namen|personalien|kontodaten)|ihre(n|r)? (daten|personalien|kontodaten|bankdaten|ausweisdaten)\b.{0,40}\b(gefunden|sichergestellt|aufgetaucht|missbraucht|verwendet|benutzt)|ihr(em)? (konto|bankkonto|ausweis|personalausweis|name)\b.{0,40}\b(missbraucht|verwendet|benutzt|eingefroren|beschlagnahmt))\b|\b(geldwasche|(liste|unterlagen|notizen|dokumente) mit ihren (daten|namen|personalien|kontodaten)|ihre(n|r)? (daten|personalien|kontodaten|bankdaten|ausweisdaten)\b.{0,40}\b(gefunden|sichergestellt|aufgetaucht|missbraucht|verwendet|benutzt))\b.{0,100}\b(polizei|staatsanwaltschaft|staatsanwalt|bka|lka|landeskriminalamt|bundeskriminalamt|kriminalpolizei|kripo|(kriminal|polizei|haupt|ober|kriminalhaupt|polizeihaupt)?kommissar(in)?)\b/
    $tr = /\b(emniyet|polis|savcilik|savci|komiser|jandarma)\b.{0,80}\b(sorusturma|hakkinizda|gozalti|yakalama karari)\b/
    $es = /\b(policia|guardia civil|mossos|ertzaintza|fiscalia|juzgado|udef|interpol|europol|inspector|inspectora|comisaria)\b.{0,100}\b(blanqueo|(su|sus) (dni|nie|documento|cuenta|cuentas|tarjeta|identidad)\b.{0,50}\b(utilizad|usad|vinculad|implicad|involucrad|relacionad|intervenid|embargad|suplantad)[oa]s?|sus datos\b.{0,50}\b(utilizad|usad|vinculad|implicad|involucrad|relacionad|encontrad|aparecid)[oa]s|contra usted|usted (esta|ha sido|queda|figura|aparece|se encuentra)\b.{0,30}\b(implicad|investigad|imputad|relacionad|vinculad|involucrad|denunciad)[oa]|orden de (detencion|busca y captura|arresto))\b|\b(blanqueo|(su|sus) (dni|nie|documento|cuenta|cuentas|tarjeta|identidad)\b.{0,50}\b(utilizad|usad|vinculad|implicad|involucrad|relacionad|suplantad)[oa]s?|sus datos\b.{0,50}\b(utilizad|usad|vinculad|implicad|encontrad|aparecid)[oa]s)\b.{0,100}\b(policia|guardia civil|mossos|fiscalia|juzgado|udef|inspector|inspectora)\b/
    $pl = /\b(policj|prokurat|komisarz|podkomisarz|nadkomisarz|aspirant|komend[ay]|cbsp|cbzc|funkcjonariusz).{0,100}\b(wyludz|prani[ae] pieniedzy|praniem pieniedzy|na (pana|pani|panstwa) (dane|nazwisko|konto)|(pana|pani|panstwa) (dane|danych|konto|konta|rachunek|rachunku|dowod|dowodu|pesel)\b.{0,40}\b(wykorzyst|uzyt|uzyw|posluz|przestep)|przeciwko (panu|pani))|\b(wyludz|prani[ae] pieniedzy|kredyt\w{0,3} na (pana|pani) (dane|nazwisko)).{0,100}\b(policj|prokurat|komisarz|podkomisarz|nadkomisarz|aspirant|cbsp|cbzc|funkcjonariusz)/
    $nl = /\b(politie|recherche|rechercheur|officier van justitie|openbaar ministerie|fiod|fraudeafdeling|fraudeteam|fraudedienst|fraudehelpdesk|afdeling fraude|veiligheidsafdeling|veiligheidsdienst)\b.{0,120}\b(witwas|uw (gegevens|naam|identiteit)\b.{0,40}\b(misbruikt|gebruikt|gevonden|aangetroffen|betrokken|gekoppeld)|uw (rekening|bankrekening|pas|bankpas|betaalpas|paspoort)\b.{0,40}\b(misbruikt|betrokken|gekoppeld|overgenomen)|tegen u\b|(collega|medewerker|koerier)\b.{0,40}\b(pas|passen|bankpas|pinpas|betaalpas|kaart|bankkaart)\b.{0,20}\b(ophalen|op te halen|komen halen|innemen))|\b(witwas|uw (gegevens|naam|identiteit)\b.{0,40}\b(misbruikt|gebruikt|gevonden|aangetroffen|betrokken)).{0,120}\b(politie|recherche|rechercheur|officier van justitie|fiod)\b/
    $it = /\b(carabinieri|carabiniere|polizia|questura|guardia di finanza|procura|pubblico ministero|maresciallo|commissariato|commissario|ispettore)\b.{0,100}\b(riciclaggio|i suoi (dati|documenti)\b.{0,40}\b(utilizzat|usat|trovat|rinvenut|coinvolt|collegat)[ie]|il suo (conto|nome|codice fiscale|documento)\b.{0,40}\b(utilizzat|usat|coinvolt|collegat|implicat)o|a suo (nome|carico)|nei suoi confronti|lei (e|risulta) (indagat|coinvolt|implicat|denunciat)[oa])|\b(riciclaggio|i suoi dati\b.{0,40}\b(utilizzat|usat|trovat|rinvenut|coinvolt)i).{0,100}\b(carabinieri|polizia|questura|guardia di finanza|procura|maresciallo|commissario|ispettore)\b/
    $fr = /\b(police|gendarmerie|gendarme|commissariat|commissaire|brigade|procureur|parquet|officier de police|opj)\b.{0,100}\b(blanchiment|vos (donnees|coordonnees|informations)\b.{0,40}\b(utilise|retrouve|trouve|implique|associe)|votre (compte|identite|nom|carte)\b.{0,40}\b(utilise|implique|associe|usurpe)|a votre (nom|encontre)|contre vous|vous (etes|seriez) (implique|soupconne|mis en cause|vise|convoque))|\b(blanchiment|vos (donnees|coordonnees)\b.{0,40}\b(utilise|retrouve|trouve|implique)).{0,100}\b(police|gendarmerie|gendarme|commissariat|commissaire|procureur|parquet)\b/
    // French (accents folded), the call-back threat: a prosecutor, the gendarmerie or the police, a case
    // about the reader ("vous faites l'objet d'une enquete", "dossier judiciaire vous concernant"), the
    // threat (an arrest warrant, arrest, prosecution, a deadline "avant 18h") and "call back" with a number;
    // a police appointment reminder or a court's notice names no case against you with a call-back
    $fr_auth = /\b(police|gendarmerie|gendarme|commissariat|commissaire|brigade|procureur|parquet|officier de police|opj|adjudant|brigadier|tribunal|cybercriminalite|pharos|interpol|europol|ministere de l'interieur|ministere de la justice)\b/
    $fr_case = /\bvous faites l'objet d'(une|un) (enquete|procedure|plainte|poursuite|signalement|mandat|information judiciaire)\b|\b(dossier|procedure|enquete|affaire|plainte)( judiciaire| penale| preliminaire)?( (no|n°|n) ?[0-9a-z_-]{1,12})?( (est |a ete )?(en cours|ouverte?|deposee?|engagee?))? (vous concernant|a votre nom|a votre encontre|contre vous)\b|\b(une|un) (dossier|procedure|enquete) (judiciaire|penale|preliminaire) (a ete |est )?(ouverte?|engagee?|en cours) (a votre|contre|vous)\b/
    $fr_threat = /\b(mandat d'(arret|amener)|interpellation|interpelle|arrestation|garde a vue|poursuites|sanctions? penales?|deferement|comparution immediate|faute de quoi|sous peine|a defaut de|sans delai|avant [0-9]{1,2} ?h|sous [0-9]{1,2} ?h|dans les [0-9]{1,2} ?h)/
    $fr_cb = /\b(rappelez|rappeler|rappeliez|appelez|appeler|contactez|contacter|joignez|joindre|composez|tapez|appuyez sur)\b/
    $fr_num = /\b(au|le|numero|tel)[ :.]{1,3}(\+33 ?[1-9]|0[1-9])[ .]?[0-9][0-9]|\b(tapez|appuyez sur) (le )?[0-9]\b/
    // (a Chinese, Japanese or Korean letter is three bytes: the gaps are counted in bytes)
    $zht = /(地檢署|地方檢察署|檢察署|檢察官|書記官|警察局|刑事警察|刑事局|刑警大隊|偵查隊|調查局|法務部|警務處|商業罪案調查科|律政司).{0,120}(洗錢|監管帳戶|監管賬戶|監管戶口|偵查不公開|偵查庭|涉案|通緝|拘票|羈押|人頭帳戶|人頭戶口|刑事案件)|(洗錢|監管帳戶|監管賬戶|涉案|通緝|人頭帳戶).{0,120}(地檢署|檢察官|書記官|警察局|刑事警察|刑事局|偵查隊|調查局|警務處|律政司)/
    $ja = /(警視庁|警察|県警|府警|道警|検察|地検|検事|刑事|捜査員|捜査官|金融庁).{0,120}(詐欺事件|マネーロンダリング|資金洗浄|口座が.{0,24}(使|利用|悪用|売買)|口座を.{0,18}(使|利用|悪用)|名義が.{0,24}(使|利用|悪用)|逮捕状|容疑が|関与し|関与の|被疑者|共犯)|(詐欺事件|マネーロンダリング|資金洗浄|口座が.{0,24}(使|悪用)|名義が.{0,24}(使|悪用)).{0,120}(警視庁|警察|県警|府警|検察|地検|検事|刑事|捜査員|捜査官)|(税関|入国管理局|入管|出入国在留管理|警視庁|警察|検察).{0,120}(違法薬物|麻薬|覚醒剤|覚せい剤|刑事手続|強制退去|不法滞在|不正アクセス|違法なアクセス|逮捕を避け|逮捕され(ます|る)|逮捕となり)/
    $ko = /(검찰|지검|지방검찰청|수사관|수사팀|경찰|사이버수사대|금융감독원|금감원|검사실).{0,120}(대포통장|금융사기|연루|자금세탁|명의.{0,30}(도용|개설|사용|이용)|피의자|구속영장|체포영장|범죄에 이용|사기 ?사건)|(대포통장|금융사기|자금세탁|명의.{0,30}도용).{0,120}(검찰|지검|수사관|경찰|사이버수사대|금융감독원|금감원)|(대사관|영사관|영사과|영사부).{0,150}(여권|명의).{0,90}(범죄|연루|도용|수사)|(관세청|세관|출입국|이민국|경찰청|검찰청).{0,120}(마약|형사 ?처벌|강제 ?출국|강제 ?퇴거|불법 ?체류|체류 ?자격.{0,20}(문제|취소))/
    // an embassy or consulate: your passport (formal you) and an important document or a case (an Arabic letter is two bytes)
    $ar = /(سفارة|السفارة|القنصلية|قنصلية).{0,160}((جواز سفركم|جواز سفرك|جوازكم|جوازك).{0,160}(مستند|وثيقة|مشكلة|مخالفة|تحقيق|قضية|موقوف|معلق|ايقاف|إيقاف)|(مستند|وثيقة|مشكلة|مخالفة|تحقيق|قضية).{0,160}(جواز سفركم|جواز سفرك|جوازكم|جوازك))/
    // call back, or keep it secret
    $act = /\b(ruckruf|zuruckrufen|rufen sie|melden sie sich|kontaktieren sie|vertraulich|mit niemandem|niemandem (davon|etwas)|kimseyle paylasmayin|arayacagim|arayin|geri donus|llame|llamenos|pongase en contacto|contacte|comuniquese|devuelva la llamada|confidencial|no (lo )?(comente|informe|comunique)|no hable con|secreto de sumario|oddzwon|o (pilny |natychmiastowy )?kontakt|skontaktowa|poufn|tajemnic|nikomu|nie informow|belt u|bel ons|bel direct|terugbellen|terug te bellen|neem (direct |zo snel mogelijk |spoedig )?contact|vertrouwelijk|geheimhouding|vertel (dit|het) (aan )?niemand|richiam|la preghiamo|ci contatti|contattare|riservat|non (ne )?(parli|informi)|segreto istruttorio|rappel|contactez|veuillez (nous )?contacter|confidentiel|n'en parlez|ne (pas )?(en parler|informer|prevenir)|secret de l'enquete)|(聯繫|聯絡|致電|回電|撥打|來電|不得告知|請勿告知|勿告知|不可告知|不要告訴|偵查不公開|保密|連絡(を)?(ください|下さい|お願い)|ご連絡|折り返し|電話(を)?(ください|下さい|お願い)|お電話|他言|口外|内密|誰にも(言|話|相談)|家族に(は|も)|연락 ?(주|바랍|부탁|하시기|해 ?주)|전화 ?(주|바랍|부탁)|회신|비밀|누설|발설|알리지|يرجى الاتصال|الرجاء الاتصال|يرجى التواصل|الرجاء التواصل|اتصلوا بنا|اتصل بنا)/
    // Russian, Ukrainian and Kazakh (no word boundaries around Cyrillic; a Cyrillic letter is two bytes): the
    // security service, an investigator, a prosecutor, the central bank or the state services portal ...
    $ru_auth = /(фсб|сбу|кнб|ұқк|следственн\S{0,6} комитет|следовател|слідч|прокуратур|прокурор|росфинмониторинг|центробанк|центральн\S{0,6} банк|національн\S{0,6} банк|нацбанк|госуслуг|роскомнадзор|кіберполіці|киберполици|майор|полковник|подполковник)/
    // ... and the case against the reader: a criminal case opened against you, financing a banned
    // organisation or terrorism, or your data found in a leak
    $ru_case = /((в отношении|против) вас .{0,60}(уголовн|дело|расследовани)|(уголовн\S{0,4} дел|дело)\S{0,2} .{0,40}(в отношении|против) вас|(щодо|проти) вас .{0,60}(провадженн|справ|розслідуванн)|(провадженн|справ)\S{0,2} .{0,40}(щодо|проти) вас|финансировани\S{0,2} (терроризм|террорист|запрещ|экстремист|всу|вооруж)|фінансуванн\S{0,2} (тероризм|терорист|заборон|ворог|окупант)|государственн\S{0,4} измен|державн\S{0,4} зрад|ваш\S{0,4} (персональн\S{0,4} |паспортн\S{0,4} )?(данн|дан)\S{0,6} .{0,60}(утечк|слив|похищ|скомпрометир|оказались|обнаружен|витік|злит|викрад|виявлен)|сізге қатысты .{0,40}(қылмыстық іс|тергеу))/
    // ... the call back, the wait for the call, the secrecy
    $ru_act = /(перезвоните|позвоните|свяжитесь|ожидайте звонка|ожидайте звонок|никому не сообщайте|никому не говорите|не разглашайте|для дачи объяснени|зателефонуйте|передзвоніть|зв.яжіться|очікуйте дзвінка|нікому не повідомляйте|нікому не кажіть|для надання пояснень|хабарласыңыз|қоңырау шалыңыз)/
    // a warning passed on, or the news
    $ru_warn = /(мошенник|шахраї|аферист|не перезванивайте|не передзвонюйте|осторожно|обережно|бдительн|пильн|представляются|видают себе|в новостях|у новинах)/
    // The Nordic, Swiss, Dutch, Turkish and Arabic call-back (accents folded: "a" for a-ring and a-umlaut, "o"
    // for o-slash, "ae" for ae): the police, an investigator or a prosecutor, and a story about the reader: your
    // bank data found with a gang that was arrested, an insider at your bank, an account or a line in your name
    // used in a laundering, drug or terror case, a report filed against you to settle
    // German and Swiss (the cantonal or city police, an investigator) ...
    $de_a = /(polizei\b|kapo\b|fedpol\b|\bermittler(in)?\b|\bkriminalbeamt\w{1,2}\b|\bstaatsanwalt)/
    $de_c = /\b(festgenommen|verhaftet|gefasst|hochgenommen)\w{0,2}\b.{0,80}\b(ihre(n|r|m)? (daten|namen|adresse|personalien|kontodaten|bankdaten|bankangaben|kontoangaben|kartendaten)|uber sie)\b|\b(liste|unterlagen|notizen|zettel|aufzeichnungen) mit ihre(n|r|m)? (daten|namen|adresse|personalien|kontodaten|bankdaten|bankangaben|kontoangaben)\b|\bihre(r)? bank\b.{0,60}\b(insider|maulwurf|komplize\w{0,2}|mittater\w{0,2}|undichte stelle|verwickelt)\b/
    // ... Dutch and Flemish ...
    $nl_a = /\b(politie|recherche|rechercheur|officier van justitie|openbaar ministerie|parket|fiod)\b/
    $nl_c = /\b(opgepakt|gearresteerd|aangehouden|opgerold)\b.{0,80}\buw (bank|rekening|pas|persoons|klant)?gegevens\b|\buw (bank|rekening|pas|persoons)gegevens\b.{0,60}\b(gevonden|aangetroffen|in beslag genomen|misbruikt)\b|\buw bank\b.{0,60}\b(insider|mol|medeplichtig\w{0,2}|betrokken)\b/
    // ... Swedish ...
    $sv_a = /\b(polisen|polismyndigheten|kommissarie|kriminalkommissarie|kriminalinspektor|polisinspektor|utredare|utredaren|aklagare|aklagaren|aklagarmyndigheten|ekobrottsmyndigheten|bedrageriroteln)\b/
    $sv_c = /\bdina (bank|kort|konto|person)?uppgifter\b.{0,60}\b(hittats|hittades|patraffats|patraffades|beslagtagits|missbrukats)\b|\b(gripit|gripits|grep|anhallit|anhallits)\b.{0,80}\bdina (bank|kort|konto|person)?uppgifter\b|\b(i|pa) ditt namn\b.{0,60}\b(utredning\w{0,2}|brott|bedrageri\w{0,3}|penningtvatt|narkotika\w{0,4}|terror\w{0,4})\b|\b(anmalan|anmalningar|polisanmalan) (har )?(gjorts|inkommit|lamnats|upprattats) mot dig\b|\bdin bank\b.{0,60}\b(insider|infiltrerad|medhjalpare|inblandad)\b/
    // ... Danish ...
    $da_a = /\b(politiet|rigspolitiet|politikommissaer|politiassistent|efterforsker|efterforskeren|kriminalassistent|anklager|anklageren|anklagemyndigheden|bagmandspolitiet)\b/
    $da_c = /\bdine (bank|konto|kort|person)?oplysninger\b.{0,60}\b(fundet|beslaglagt|misbrugt)\b|\b(anholdt|anholdte|arresteret)\b.{0,80}\bdine (bank|konto|kort|person)?oplysninger\b|\b(i|pa) dit navn\b.{0,60}\b(efterforskning|sag|bedrageri|hvidvask\w{0,4}|narko\w{0,6}|terror\w{0,4})\b|\banmeldelse (er )?(indgivet|lavet|oprettet|modtaget) mod dig\b|\bdin bank\b.{0,60}\b(muldvarp|insider|infiltreret|medskyldig)\b/
    // ... Norwegian ...
    $no_a = /\b(politiet|politibetjent|politioverbetjent|etterforsker|etterforskeren|kripos|okokrim|politiadvokat|statsadvokat|politidistrikt)\b/
    $no_c = /\bdine (bank|konto|kort|person)?opplysninger\b.{0,60}\b(funnet|beslaglagt|misbrukt)\b|\b(pagrepet|arrestert)\b.{0,80}\b((bank|konto|kort|person)?opplysningene dine|dine (bank|konto|kort|person)?opplysninger)\b|\b(i|pa) ditt navn\b.{0,60}\b(etterforskning|sak|bedrageri|hvitvask\w{0,4}|narko\w{0,6}|terror\w{0,4})\b|\banmeldelse (er )?(inngitt|levert|registrert|opprettet) mot deg\b|\b(banken din|din bank)\b.{0,60}\b(muldvarp|insider|infiltrert|medskyldig)\b/
    // ... Finnish (the case endings: no word boundary after the stem) ...
    $fi_a = /\b(poliisi|keskusrikospoliisi|krp|rikoskomisario|komisario|rikosylikonstaapeli|ylikonstaapeli|syyttaja|syyttajalaitos)/
    $fi_c = /\b(pankkitietosi|henkilotietosi|korttitietosi|tietosi|tilisi|nimissasi|nimiisi)\b.{0,80}\b(loydetty|loytyi|loytyneet|takavarikoitu|kaytetty|kaytetaan|rahanpesu|huume|terrori)|\b(sinua|sinut) (vastaan|epaillaan)\b|\bpankissasi\b.{0,40}\b(sisapiiri|myyra|rikoskumppani)/
    // ... and the Nordic and Finnish call-back, or the secrecy
    $nord_act = /\b(ring (straks|omgaende|snarast|umiddelbart|hurtigst|genast|direkt|idag|i dag|oss|os|til|tilbake|tillbaka)|kontakta (oss|utredaren|handlaggaren|kommissarien)|kontakt (os|oss|straks|snarest|efterforskeren|etterforskeren)|berata inte|beratta inte|fortael det ikke|ikke fortell|soita|soittakaa|ota yhteytta|ottakaa yhteytta|ala kerro)\b/
    // their warnings: the fake police named, "the police never ask"
    $nord_warn = /\b(falska poliser|falske politi\w{0,6}|falsk polis|utger sig for|udgiver sig for|utgir seg for|aldrig|aldri|koskaan|huijari\w{0,4}|huijaus\w{0,4}|esiintyy|bedragare|bedrageriforsok|svindelforsog|svindelforsok|varning|advarsel|varoitus|var uppmarksam|vaer opmaerksom|vaer oppmerksom)\b/
    // ... Turkish (the case endings: no word boundary after the case) ...
    $tr2 = /\b(emniyet|polis|savcilik|savci|bassavcilig\w{0,3}|komiser|jandarma|masak|siber suclar|terorle mucadele|mali suclar)\w{0,6}\b.{0,100}\b(sorusturma\w{0,8}|kara para aklama\w{0,6}|teror orgut\w{0,6}|adiniza (acilan|acilmis|kayitli)|(banka )?hesabiniz\w{0,2}\b.{0,40}\b(kullanil|tespit|bloke|dondurul)\w{0,10})\b/
    // ... Arabic, Gulf and Egyptian (a letter is two bytes): the police, the public prosecution, the
    // investigations bureau or an officer's rank, and laundering, a report against you, or your account or
    // identity in a fraud, drug or terror case; a call asked for
    $ar_a = /(شرطة|الشرطة|النيابة|نيابة|المباحث|مباحث|الامن العام|الأمن العام|امن الدولة|أمن الدولة|وزارة الداخلية|النقيب|الرائد|المقدم|العقيد|الملازم|المحقق|وكيل النيابة)/
    $ar_c = /(القبض|قبضنا|ضبط|ضبطنا|عصابة).{0,160}(عنوانك|عناوين|بياناتك|بيانات حسابك|حسابك|اسمك)|(غسيل|غسل) (ال)?(أموال|اموال)|(بلاغ|قضية|قضيه|شكوى|شكوي|محضر)\S{0,4} .{0,40}(ضدك|ضدكم|باسمك|باسمكم|بحقك|عليك)|(حسابك|حسابكم|بطاقتك|رقمك|هويتك|بياناتك|اسمك)\S{0,8} .{0,80}(احتيال|نصب|جريمة|جرائم|مخدرات|ارهاب|إرهاب|تحقيق|قضية|قضيه|عصابة|عصابه)/
    $ar_act = /(اتصل|اتصال|الاتصال|تواصل|كلمني|كلمنا|كلمنى|رد علي|رد علينا|كلم)/
    $ar_warn = /(احذر|احذروا|تحذير|انتحال|ينتحل|منتحل|محتال|لا تتجاوب|لا ترد|لا تشارك|لن تطلب|لا تطلب|لا يطلب|لن يطلب|توعية)/
    // ... and British and American English: an arrested gang holding your bank details, an insider at your bank
    $en_a = /\b(police|detective|dc|ds|di|constable|sergeant|fraud squad|economic crime unit|financial crimes? unit|sheriff'?s office|prosecutor|district attorney)\b/
    $en_c = /\b(arrested|detained|caught|raided)\b.{0,80}\b(holding|with|had|found|carrying|in possession of) your (bank |card |account |personal )?(details|data|information|card)\b|\b(someone|an insider|a member of staff|an employee|a staff member|a cashier|staff) (at|in|inside|from|working at|working in) your bank\b.{0,60}\b(involved|stealing|fraud|corrupt|working with|implicated)\b|\b(report|complaint|case) (has been |have been |was )?(filed|lodged|made|brought|registered|opened) against you\b.{0,80}\b(settle|avoid (prison|jail|arrest|court|prosecution))\b/
    $en_act = /\b(call (me|us|back|this number|the number|[a-z]{1,12} on)|ring (me|us|back)|contact (me|us|sgt|officer|detective|dc|ds)|speak to (me|us|the officer)|do not tell|don't tell)\b/
    // the scam named for what it is: a police warning or a forwarded alert
    $warn = /\b(betruger|betrugsmasche|falsche polizisten|dolandirici\w{0,4}|estafa|estafas|estafador|estafadores|se hacen pasar|oszusci|oszustow|oszustami|podszywa\w{0,6}|oplichter|oplichters|oplichting|doen zich voor|truffatori|si spacciano|finti|arnaque|arnaques|escrocs|se font passer|faux policiers|faux gendarmes)\b|(謹防|慎防|提防|反詐|防詐|騙局|假冒|冒充|ご注意|に注意|なりすまし|不審な|騙され|だまされ|사칭|속지 ?마|주의하세요|조심하세요|احتيال|نصب|انتحال)/
    // The police call-back in every language of the family, broadly (accents folded): an authority, a crime or a
    // case, the reader's own address, account, data, line or name, and a call-back to a number; the warning
    // about the scam ("fake police", "never call back") has its own words
    $pb_a = /\b(police|detective|investigator|investigating officer|prosecutor'?s?|sheriff|constable|sergeant|action fraud|fraud squad|financial crimes|polizei\w{0,12}|kantonspolizei|kapo|kripo|kriminalpolizei|kriminalbeamt\w{1,2}|ermittler\w{0,2}|ermittlungsbehorde|staatsanwalt\w{0,8}|kommissar\w{0,3}|bundeskriminalamt|landeskriminalamt|bka|lka|polisen|polismyndigheten|polis|aklagar\w{1,10}|utredare\w{0,2}|ekobrottsmyndigheten|politiet|rigspolitiet|politi|politibetjent|politidistrikt|anklagemyndighed\w{0,3}|efterforsker\w{0,2}|etterforsker\w{0,2}|okokrim|kripos|patalemyndighet\w{0,3}|poliisi\w{0,6}|keskusrikospoliisi|rikoskomisario|syyttaja\w{0,8}|politie|recherche|rechercheur|openbaar ministerie|officier van justitie|fiod|federale politie|gendarmerie|gendarme|parquet de|procureur|commissariat|commissaire|police judiciaire|brigade financiere|enqueteur|emniyet\w{0,10}|savci\w{0,8}|bassavci\w{0,8}|komiser\w{0,6}|jandarma|polizia|carabinieri|questura|guardia di finanza|procura della|maresciallo|ispettore|commissario|policia|guardia civil|mossos|fiscalia|comisario|inspector|gnr|psp|ministerio publico|delegado|inspetor)\b/
    $pb_c = /\b(money laundering|laundering|fraud|criminal|crime|terror\w{0,6}|terrorism|burglar\w{0,4}|burglary|gang|suspects|investigation|inquiry|complaint|geldwasche|betrug\w{0,4}|betrugern|straftat\w{0,2}|verbrechen|einbrecher\w{0,6}|diebesbande|bande|festgenommen|verhaftet|gefasst|ermittlungsverfahren|verfahren|strafanzeige|anzeige|penningtvatt|bedrageri\w{0,3}|bedragare|brott|inbrottsliga|inbrottstjuvar|gripit|gripna|anmalan|utredning\w{0,3}|hvidvask\w{0,6}|svindel|svindlere|kriminalsag|indbrudsbande|anholdt\w{0,2}|anmeldelse|efterforskning|hvitvask\w{0,6}|straffesak|innbruddsbande|pagrepet|pagrepne|bedragerisak|rahanpesu\w{0,12}|peto(s|ks)\w{0,12}|rikos\w{0,8}|murtovaras\w{0,6}|varka\w{1,6}|pidatt\w{1,8}|huijare\w{1,6}|witwas\w{0,6}|fraude\w{0,4}|fraudezaak|misdrijf|inbrekersbende|bende|opgepakt\w{0,2}|dieven|aangehouden|aangifte|oplichters|blanchiment|escroquerie|escrocs|cambrioleurs|interpelle\w{0,2}|arretes|plainte|affaire criminelle|kara para\w{0,8}|sorusturma\w{0,8}|dolandiricilik\w{0,6}|dolandiricilar\w{0,6}|hirsizlik|hirsizlar\w{0,6}|cete\w{0,6}|yakalan\w{1,6}|sikayet|teror|riciclaggio|truffa|truffatori|reato|frode|ladri|arrestat[oi]|fermato|fermati|denuncia|indagine|blanqueo|estafa|estafadores|delito|ladrones|detenidos|detuvimos|investigacion|lavagem|estelionato|golpistas|assaltantes|ladroes|detidos|prendemos|queixa|crimen|investigacao)\b/
    $pb_y = /\b(your (bank )?(account|address|details|data|card|name|number|line|identity|information|street)|in your name|against you|list of addresses|liste mit (adressen|namen)|lista (med|over) adresser|liste over adresser|lista osoitteista|lijst (van|met) adressen|liste d'adresses|elenco di indirizzi|lista de (moradas|direcciones|enderecos)|adres listesi|ihr(e|en|er|em)? (adresse|daten|konto|bankkonto|bankdaten|kontodaten|namen?|rufnummer|telefonnummer|personalien)|auf ihren namen|gegen sie|din (adress|adresse|bank|bankkonto|konto|identitet)|dina (bank|kort|konto|person)?uppgifter|ditt (bankkonto|konto|namn|nummer|telefonnummer|navn)|(pa|mot) dig|(i|pa) ditt namn|dine (bank|konto|kort|person)?oplysninger|dit (navn|nummer|telefonnummer)|mod dig|(i|pa) dit navn|(adressen|kontoen|bankkontoen|nummeret) din|dine (bank|konto|kort|person)?opplysninger|(bank)?opplysningene dine|(mot|pa) deg|osoitteesi|pankkitilisi|tilisi|tiliasi|pankkitietosi|nimissasi|sinua vastaan|uw (adres|bankrekening|rekening|gegevens|bankgegevens|naam|telefoonnummer|identiteit)|het uwe|op uw naam|tegen u|votre (adresse|compte|nom|identite|ligne|numero|carte)|vos (coordonnees|donnees|informations)|la votre|a votre nom|contre vous|adresiniz\w{0,6}|hesabiniz\w{0,6}|bilgileriniz\w{0,6}|adiniza|hakkinizda|il suo (indirizzo|conto|nome|numero)|i suoi (dati|documenti)|i tuoi dati|intestat[oa] a lei|nei suoi confronti|su (direccion|cuenta|nombre|numero|tarjeta|dni)|sus datos|la suya|a su nombre|contra usted|(sua|seu) (morada|conta|nome|numero|cartao|endereco)|seus dados|em seu nome|contra si)\b/
    $pb_cb = /\b(call (me |us )?back|ring (me |us )?back|return (my|our|the) call|call (the |this )?(officer|detective|investigator|number|us|me)|contact (the |us|me|officer|detective|investigator)|speak to (an|the|our) (officer|investigator|detective)|ruckruf|zuruckrufen|rufen sie|melden sie sich|kontaktieren sie|ring (oss|tillbaka|tilbage|tilbake|upp|op|til|utredare|polisen|politiet)|ring|ringa|kontakta|kontakt|soita\w{0,4}|ota yhteytta|bel|belt|neem\w{0,3} (direct |u )?(alstublieft )?contact|rappel\w{1,4}|appel\w{1,3}|contactez|veuillez nous contacter|arayin\w{0,3}|arayiniz|geri (arayin|donus)|iletisime gecin|melden|richiam\w{1,4}|chiami|contatti|contattarci|llame\w{0,3}|llamenos|contacte|comuniquese|devuelva\w{0,4}|devuelvame|ligue\w{0,3}|retorne|contacte-nos|entre em contato|me ligue|devuelvanos)\b/
    $pb_n = /\b(back|on|at|au|le|al|il|no|pa|paa|op|via|unter|till|til|numeroon|takaisin|yhteytta|nyt|heti|now|jetzt|nu|na|ora|ahora|agora|urgente|urgent|hemen|asap|numeroon|numarasindan|numarasini|number|nummer|numero|per|para|pelo|tel|ring|ringa|soita|bel|arayin|llame|ligue|chiami|devuelvanos|contacto)[ :.]{1,3}(\+|0|[1-9])[0-9]{0,3}[ .-]?[0-9]{1,4}[ .-]?[0-9]{1,3}[0-9]/
    $pb_w = /\b(scam|scams|scammers|fake (police|officers)|pretend\w{0,3}|impersonat\w{1,6}|hang up|falsche polizisten|geben sich\b.{0,30}\baus|niemals|warnung|vorsicht|falska poliser|utger sig|udgiver sig|utgir seg|aldrig|aldri|koskaan|esiintyvat|varning|advarsel|varoitus|nep-?agenten|doen zich voor|nooit|waarschuwing|faux (gendarmes|policiers)|se font passer|jamais|ne rappelez|tanitip|itibar etmeyin|finti|si spacciano|non richiamate|se hacen pasar|nunca|fazem-se passar|se passam por|falsos)\b/
    // The post-Soviet call-back (Russian, Ukrainian, Belarusian Russian, Kazakh, Uzbek in both scripts,
    // Georgian, Armenian, Azerbaijani, transliterated Russian): the agency (a security service, the police,
    // an investigator, the enlistment office) ...
    $cis_a = /(фсб|сбу|кнб|кгб|ұқк|мвд|полици|поліці|следовател|следственн|слідч|прокурат|прокурор|военкомат|тцк|дхх|ички ишлар|ішкі істер|тергеуш|терговчи|dxx|ichki ishlar|tergovchi|davlat xavfsizlik|dtx|dovlət təhlukəsizlik|polis|mustəntiq|სახელმწიფო უსაფრთხოებ|პოლიცი|გამომძიებ|ոստիկանությ|ազգային անվտանգությ|քննիչ|\bfsb\b|\bmvd\b|\bkgb\b|policiya|sledovatel)/
    // ... the case or the threat against the reader: a transfer to a banned or terror organisation, treason,
    // extremism, a criminal case, a loan on your passport, your data not updated, the wanted list ...
    $cis_c = /(запрещ\S{0,8} организац|террор|экстремис|госизмен|государственн\S{0,4} измен|уголовн\S{0,4} дел|по делу о|в розыск|ваш\S{0,2} (паспорт|имя|удостоверени)\S{0,2} (оформлен|взят)|оформлен\S{0,2} кредит|данные не обновлен|не обновили данные|перевод\S{0,2} всу|заборонен\S{0,4} організац|терор|державн\S{0,4} зрад|у розшук|кримінальн\S{0,4} (справ|провадж)|оформлено кредит|дані не оновлен|провадження|қылмыстық іс|іздеуге|тыйым салынған ұйым|taqiqlangan tashkilot|jinoyat ish|qidiruvga|kredit rasmiylashtir|тақиқланган ташкилот|жиноят иш|қидирувга|кредит расмийлаштир|qadagan olunmus təskilat|cinayət is|axtarısa|kredit rəsmiləsdir|აკრძალულ ორგანიზაც|სისხლის სამართლის საქმე|ძებნაში|კრედიტი აგიღეს|արգելված կազմակերպությ|քրեական գործ|հետախուզման|վարկ է ձ|zapreshch\S{0,8} organizac|gosizmen|ugolovn\S{0,4} del|v rozysk|oformlen kredit)/
    // ... and the call announced or asked for
    $cis_cb = /(ожидайте звонк|ждите звонк|звонка следовател|ответьте на звонок|с вами свяжется|перезвоните|позвоните|свяжитесь|очікуйте дзвінк|чекайте дзвінк|передзвоніть|зателефонуйте|зв.яжіться|з вами зв.яжеться|қоңырауын күтіңіз|қоңырау шалыңыз|хабарласыңыз|qo.ng.irog.ini kuting|qo.ng.iroq qiling|қўнғироғини кутинг|қўнғироқ қилинг|zəngini gozləyin|zəng edin|əlaqə saxlayın|დაელოდეთ .{0,40}ზარს|დაგვიკავშირდით|დაგვირეკეთ|დარეკეთ|սպասեք .{0,40}զանգին|զանգահարեք|կապվեք|ozhidaite zvonk|perezvonite|pozvonite|svyazhites)/
    // their own warnings: the agency never calls, fraudsters pose as investigators
    $cis_w = /(мошенник|шахра|аферист|никогда не|ніколи не|не перезванивайте|не передзвонюйте|осторожно|обережно|алаяқ|ешқашан|firibgar|фирибгар|hech qachon|ҳеч қачон|dələduz|fırıldaqcı|hec vaxt|თაღლით|არასოდეს|խարդախ|երբեք|moshennik)/
    // East Africa and Sri Lanka, from a person's number: the police (Kenya's DCI, Rwanda's RIB, Ethiopia's federal
    // police, Sri Lanka's police or CID) or a court, a case, a warrant or an arrest threat against the reader, and the
    // call-back or the payment to settle it, now. Swahili: "hati ya kukamatwa", "kesi dhidi yako", your number
    // "imehusishwa" ...
    $sw_a = /\b(dci|polisi|jeshi la polisi|upelelezi|inspekta|inspector|afisa wa (polisi|mahakama|upelelezi)|askari|mahakama\w{0,3}|hakimu|kituo cha polisi|cyber ?crime|dpp|eacc|takukuru)\b/
    $sw_c = /\b(hati|warrant|waranti) ya kukamatwa\b|\b(utakamatwa|tutakukamata|utashtakiwa|umeshtakiwa|utafikishwa mahakamani)\b|\b(kesi|malalamiko|mashtaka|shtaka|shauri)\b.{0,30}\bdhidi yako\b|\b(namba|kitambulisho|line|laini|akaunti|jina|simu) (yako|chako|lako)\b.{0,50}\b(imehusishwa|kimehusishwa|limehusishwa|inahusishwa|kinahusishwa|linahusishwa|imetumika|kimetumika|limetumika|imetumiwa|imeripotiwa)\b/
    $sw_act = /\b(piga|nipigie|tupigie|mpigie|wasiliana|lipa|ulipe|lipia|tuma|call|tu-?settle)\b/
    $sw_now = /\b(leo|kesho|sasa|haraka|mara moja|ndani ya|la sivyo|vinginevyo|kabla ya|usipofanya|kuepuka)\b/
    $sw_warn = /\b(jihadhari|tahadhari|matapeli|wanaojifanya|usitume|usipige|usilipe)\b/
    // ... Kinyarwanda: RIB or an investigator (umugenzacyaha), a complaint or a file against you, "uzafatwa" ...
    $rw_a = /\b(rib|ubugenzacyaha|umugenzacyaha|abagenzacyaha|polisi|police|urukiko|ubushinjacyaha|umushinjacyaha|officer)\b/
    $rw_c = /\b(uzafatwa|urafatwa|ufatwe|gufatwa|kugufata|tuzagufata|cyagutanzweho|kikurega|ufite dosiye|dosiye yawe)\b|\b(nimero|number|numero|indangamuntu|konti|telefone|izina|sim card) (yawe|ryawe)\b.{0,60}\b(yakoreshejwe|ryakoreshejwe|ikoreshwa|ifitanye isano|iri muri|yagaragaye|ryagaragaye)\b/
    $rw_act = /\b(hamagara|muhamagare|uhamagare|nuhamagara|umpamagare|mpamagara|duhamagare|ohereza|wishyure|kwishyura|ishyura|call|tubikemure|tubikemura|ubikemure)\b/
    $rw_now = /\b(uyu munsi|vuba|byihuse|ako kanya|mu masaha|mu isaha|bitaba ibyo|naho ubundi|mbere yo|niba udashaka|ntubibwire|mu ibanga|wirinde|now)\b/
    $rw_warn = /\b(abatekamutwe|ubutekamutwe|kwitondera|mwitondere|ntimuhamagare|ntimwohereze|ntukohereze|mutange amakuru)\b/
    // ... Amharic (a Ge'ez letter is three bytes: the gaps are counted in bytes): the federal police, an investigator
    // or a court, a crime or a case on your number, name or account, or an arrest warrant, call within hours or be
    // arrested; and the romanised form ...
    $am_a = /(ፖሊስ|ፌዴራል|ፌደራል|መርማሪ|ፍርድ ቤት|ዐቃቤ ሕግ|አቃቤ ህግ|ዓቃቤ ሕግ|\bpolice\b)/
    $am_c = /(ቁጥርዎ|በስምዎ|ሲም ካርድዎ|ሂሳብዎ|አካውንትዎ|መታወቂያዎ|በእርስዎ ላይ|በርስዎ ላይ).{0,90}(ወንጀል|ማጭበርበር|ክስ|ገንዘብ ዝውውር|ተጠርጥ)|(የእስር ማዘዣ|የመያዣ ትእዛዝ|የእስር ትእዛዝ|የመያዣ ማዘዣ)/
    $am_call = /(ይደውሉ|ደውሉ|ካልደወሉ|ያነጋግሩ|ያግኙን|ያግኙኝ|ይክፈሉ|ይላኩ)/
    $am_now = /(አሁኑኑ|አሁኑን|በአስቸኳይ|ዛሬ|ሰዓት ውስጥ|አለበለዚያ|ይታሰራሉ|እንዳይታሰሩ|በቁጥጥር ስር|ለመዝጋት|ለማንም)/
    $am_warn = /(ተጠንቀቁ|ይጠንቀቁ|አጭበርባሪ|አይደውሉ|አትደውሉ|አይላኩ)/
    $amr = /\b(kutirwo|kutrwo|qutirwo|qutrwo|besmwo|besimwo|simwo|hisabwo)\b.{0,60}\b(wenjel|wenjal|machberber|machiberber|kis)\b/
    $amr_th = /\b(yitaseralu|yitasseralu|aleblezia|alebelezia|yidewilu|yidewlu)\b/
    // ... Sinhala (three bytes a letter) and romanised Sinhala: the police, the CID or a court, a laundering or fraud
    // complaint in your name, your account or your ID card, a warrant, call now or be arrested
    $si_a = /(පොලිස|පොලීසි|අපරාධ පරීක්ෂණ|අධිකරණ|උසාවි|පරීක්ෂක|\bcid\b|\bpolice\b)/
    $si_c = /(ඔබගේ|ඔබේ|ඔයාගේ) (නමින්|නමට|නමෙන්|බැංකු ගිණුම|ගිණුම|දුරකථන අංකය|අංකය|ජාතික හැඳුනුම්පත|හැඳුනුම්පත|nic|sim).{0,150}(විශුද්ධිකරණ|වංචා|නීති විරෝධී|අපරාධ|පැමිණිල්ල|නඩු|money laundering|case|complaint)|ඔබට එරෙහිව|වරෙන්තු|\b(oyage|obage|oyaghe|obe) (nama|namata|namin|nic eka|number eka|account eka|bank account eka)\b.{0,60}\b(money laundering|complaint|case|wanchawa\w{0,3}|fraud)\b/
    $si_call = /(අමතන්න|අමතා|ඇමතුමක් ලබා|කතා කරන්න|සම්බන්ධ වන්න|ගෙවන්න|ගෙවා|call කරන්න|\bcall karanna\b)/
    $si_now = /(වහාම|දැන්ම|අදම|අද දිනම|පැය [0-9]|එසේ නොමැතිනම්|නැතිනම්|කිසිවෙකුට|අත්අඩංගුවට|\badama\b|\bnathnam\b|\bnattam\b|\bdanma\b)/
    $si_warn = /(ප්රවේශම්|වංචාකරු|පෙනී සිටිමින්|ප්රතිචාර නොදක්වන්න|රැවටෙන්න එපා)/
    // The Balkans' call-back (Greek in its script and in Greeklish, Romanian, Bulgarian and Serbian in Cyrillic and in
    // Latin letters, Croatian, Bosnian, Macedonian, Slovenian, Albanian; Latin accents folded, Greek keeps its
    // accents, so both spellings are written): the police, the cyber-crime unit, a prosecutor, customs or an
    // investigator; a case against the reader in the formal you (a warrant, a criminal complaint, a parcel of drugs
    // in your name, your ID, tax number or account used in laundering or a fraud); a call-back, and its pressure (at
    // once, today, or be arrested, tell no one). The lawyer's note of a hearing names no case against you, the police
    // warning names the impostors. Greek (two bytes a letter, the gaps in bytes) ...
    $el_a = /(αστυν|ηλεκτρονικο(ύ|υ) εγκλ(ή|η)μ|κυβερνο(έ|ε)γκλ|εισαγγελ|τελ(ω|ώ)ν|ανακριτ|σδοε|υπηρεσ(ί|ι)α αλλοδαπ)/
    $el_c = /(β(ά|α)ρος σας|εναντ(ί|ι)ον σας|(έ|ε)νταλμα σ(ύ|υ)λληψ|(ποινικ|δικογραφ|μ(ή|η)νυσ)[^.]{0,80}(ό|ο)νομ(ά|α) σας|σας[^.]{0,60}(χρησιμοποι|εμπλ(έ|ε)κ|βρ(έ|ε)θηκ|συνδ(έ|ε)θ)[^.]{0,80}(ξ(έ|ε)πλ|απ(ά|α)τ|ναρκωτ|εγκλ(ή|η)μ|κ(ύ|υ)κλωμα)|δ(έ|ε)μα[^.]{0,100}(κατασχ|δεσμε)[^.]{0,80}(ναρκωτ|παρ(ά|α)νομ)|δ(έ|ε)μα[^.]{0,100}(ναρκωτ|παρ(ά|α)νομ)[^.]{0,80}(κατασχ|δεσμε))/
    $el_cb = /(καλ(έ|ε)στε|επικοινων(ή|η)στε|τηλεφων(ή|η)στε|π(ά|α)τηστε|δε(ί|ι)τε)/
    $el_u = /((ά|α)μεσα|αμ(έ|ε)σως|σ(ή|η)μερα|τ(ώ|ω)ρα|επειγ(ό|ο)ντως|εντ(ό|ο)ς [0-9]|αλλι(ώ|ω)ς|σ(ύ|υ)λληψ|συλληφθ|καν(έ|ε)ναν|δεσμευ)/
    $el_w = /(επιτ(ή|η)δει|απατε(ώ|ω)ν|παριστ(ά|α)ν|προσοχ(ή|η)|ποτ(έ|ε) δεν|δεν ζητ(ά|α)|μην καλ(έ|ε)σετε|μην απαντ|ψε(ύ|υ)τικ)/
    // ... Greeklish ...
    $gl_a = /\b(yp)?(astyno|astino|astuno)m\w{0,6}\b|\b(dioxi|diwxi|dioksi) ilektronikou\b|\b(kyvernoegklim|kivernoegklim)\w{0,4}\b|\b(eisaggel|isaggel|eisangel)\w{1,6}\b|\b(teloneio|telonio|telwneio|telwnio)\b|\banakrit\w{1,4}\b/
    $gl_c = /\b((eis|is|se) varos sas|enantion? sas|entalma (syl|sil|sul)l?ips\w{1,3}|(poinik|dikografi|minys|minis)\w{0,4}\b.{0,60}\b(onoma sas|varos sas|enantion? sas)|sas\b.{0,50}\b(xrisimopoii|chrisimopoii|hrisimopoii|emplek|vrethik|syndeth)\w{0,6}\b.{0,60}\b(xeplym|kseplym|xeplim|ksepl|apat|narkotik|egklim|kyklwm|kyklom)|(dema|paketo)\b.{0,100}\b((katasx|katasch)\w{0,8}\b.{0,60}\b(narkotik|paranom)|(narkotik|paranom)\w{0,6}\b.{0,60}\b(katasx|katasch)))/
    $gl_cb = /\b(kaleste|kalestai|kalese|epikoinoniste|epikoinwniste|epikoinonisete|tilefoniste|tilefwniste|patiste)\b/
    $gl_u = /\b(amesa|amesws|amesos|simera|shmera|twra|tora|epeigon\w{0,4}|entos [0-9]{1,2}|alliws|allios|(syl|sil|sul)l?(ipsi|ipsis|ifth\w{1,4})|min to peite|se kanena|desmef\w{1,6})\b/
    $gl_w = /\b(apateon\w{1,3}|apatewn\w{1,3}|epitideioi|epitidioi|prosoxi|prosoxh|pote den|min kalesete|einai apati|einai apath)\b/
    // ... in Latin letters: Romanian, Bulgarian and Serbian written in Latin letters, Croatian, Bosnian, Macedonian in
    // Latin letters, Slovenian, Albanian ...
    $lb_a = /\b(politi(a|ei|e|st\w{0,3})|polici\w{0,4}|policajc\w{0,2}|policist\w{0,2}|comisar\w{0,3}|inspektor\w{0,3}|inspector\w{0,3}|diicot|ipj|parchet\w{0,3}|procuror\w{0,3}|prokuror\w{0,3}|prokurat\w{1,6}|tuzila\w{1,6}|tuzioc\w{0,2}|tozilst\w{1,3}|tozil(ec|c\w{1,3})|obvinitel\w{0,4}|vamal\w{0,3}|vama otopeni|imigrari|mitnic\w{0,3}|carin\w{1,3}|dogan\w{1,3}|anchetator\w{0,3}|sledovatel\w{0,4}|istrazitelj\w{0,3}|istrazn\w{1,4}|preiskoval\w{1,6}|hetues\w{0,3}|mup|mvr|sdvr|gdnp|vtk|dorh|uskok|sipa|npu|spak|kiberprest\w{1,8}|krimi kibernetik|criminalitatii informatice|(kibernetsk|kibernetick)\w{1,3} kriminal\w{1,5}|(unutarnjih|unutrasnjih) poslova|drzavn\w{1,3} odvjetnist\w{1,3}|uprava za indirektno oporezivanje|visokotehnolosk\w{1,3} kriminal\w{1,3})\b/
    $lb_you = /\b(protiv vas|protiv vase?g?|zoper vas|ndaj jush|sreshtu vas|na vase ime|na vashe ime|ne emrin tuaj|pe numele (dumneavoastra|dvs)|sunteti (citat|cercetat|anchetat|suspect|urmarit|acuzat)\w{0,2}|imate (krivicnu |kaznenu )?prijavu)\b/
    $lb_crime = /\b(nalog za (hapsenje|apsenje|prijetje)|naredb\w{1,2} (za|o) hapsenj\w{1,2}|uhidben\w{1,3} nalog|mandat de arestare|zapoved za (arest|zadarzhane)|urdher(in)? arresti|urdher arrestimi|(krivic|kaznen)\w{1,3} (prijav|postup)\w{1,3}|kazensk\w{1,3} (ovadb|postop)\w{1,3}|ovadb\w{1,2}|krivicn\w{1,2} (prijava|postapka)|kallezim\w{0,3}|procedim\w{0,2} penal|dosar\w{0,3}|cercetat\w{0,2} penal|anchet\w{1,3}|dosadebno proizvodstvo|nakazatelno (delo|proizvodstvo)|zhalba|prijav\w{1,2}|prevar\w{1,2}|prijevar\w{1,2}|goljufij\w{1,2}|izmam\w{1,2}|mashtrim\w{0,2}|frauda|inselaciune|drog\w{1,3}|narkotic\w{1,3})\b/
    $lb_used = /\b(vas\w{0,3}|vashe?\w{0,3}|vi|juaj|tuaj|dumneavoastra|dvs)\b.{0,50}\b(korisce\w{1,3}|koristen\w{0,2}|zloupotreb\w{1,8}|zloupotrijeb\w{1,8}|zlorabljen\w{0,2}|umesan\w{0,2}|umijesan\w{0,2}|vmesan\w{0,2}|vpleten\w{0,2}|povezan\w{0,2}|povrzan\w{0,2}|uporabljen\w{0,2}|izpolzvan\w{0,2}|zamesen\w{0,2}|svarzan\w{0,2}|perdorur|keqperdorur|perfshire|lidhur|folosit\w{0,2}|utilizat\w{0,2}|implicat\w{0,2}|apare|aparut|suspendat)\b.{0,60}\b(pranj\w{1,2}|perenj\w{1,2}|prane|pastrim|spalare|prevar\w{1,2}|prijevar\w{1,2}|goljuf\w{1,4}|izmam\w{1,2}|mashtrim\w{0,2}|frauda|inselaciune|kriminal\w{0,4}|prestap\w{1,4}|drog\w{1,3}|narkot\w{1,6}|trafic\w{0,3}|istrag\w{1,2}|preiskav\w{1,2}|hetim\w{0,2}|anchet\w{1,3})\b/
    $lb_cb = /\b(sunati\w{0,3}|contactati\w{0,3}|apasati|tastati|apelati|obadete|svarzhete|natisnete|pozovite|nazovite|zovite|javite|javete|pritisnite|kontaktirajte|poklicite|oglasite|telefononi|kontaktoni|shtypni)\b/
    $lb_u = /\b(urgent\w{0,3}|urgjent\w{0,4}|imediat|acum|astazi|azi|altfel|in caz contrar|pentru a evita|nu discutati|nu spuneti|nimanui|cu nimeni|nezabavno|vednaga|dnes|sega|speshno|v protiven sluchai|inache|ne kazvaite|nikogo|izbegnete|hitno|itno|nujno|odmah|takoj|vednas|menjehere|danas|denes|danes|sot|tani|u roku|vo rok|v [0-9]{1,2} urah|brenda [0-9]{1,2}|do [0-9]{1,2} chasa|in [0-9]{1,2} de ore|u suprotnom|vo sprotivno|sicer|inace|inaku|perndryshe|ili ce|ne govorite|nikome|nikomu|nikomur|ne povejte|ne pricajte|mos i tregoni|askujt|ne kazuvajte|izbjegnete|shmangur|arest\w{1,6}|arrest\w{1,6}|hapsenj\w{1,2}|uhapsen\w{0,2}|uhicen\w{1,3}|uapsen\w{0,2}|aretiran\w{0,2}|aretacij\w{1,2}|retinut\w{0,2}|expulzat\w{0,2}|urmeaza sa)\b/
    $lb_w = /\b(se dau drept|se prezinta drept|atentie|niciodata|nu dati curs|escroc\w{0,3}|izmamnici|nikoga|vnimanie|predstavyat|prevarant\w{0,3}|nikada|nikad|upozorava\w{0,2}|predstavljaju|lazno|goljufi|nikoli|opozarja|predstavljajo|nikogas|predupreduva|pretstavuvaat|mashtrues\w{0,2}|kurre|paralajmeron|paraqiten si)\b/
    // ... and in Cyrillic: Bulgarian, Serbian, Macedonian (two bytes a letter)
    $cy_a = /(полиц|гднп|сдвр|мвр|муп|втк|прокурат|прокурор|тужила|тужиоц|тужилац|обвинител|следовател|разследващ|истраж|инспектор|митниц|царин|киберпрест|компјутерски криминал|високотехнолошки криминал)/
    $cy_you = /(срещу вас|срещу ваш|на ваше име|против вас|против ваш|имате (кривичн\S{0,3} )?пријав)/
    $cy_crime = /(заповед за (арест|задържане)|досъдебно производство|наказателно (дело|производство)|налог за (хапшење|апсење)|кривичн\S{0,3} (пријав|поступ|постап)|жалба|пријав|превар|измам|наркот|дрог)/
    $cy_used = /(ваш| ви ).{0,80}(използван|замесен|свързан|коришћен|злоупотребљен|умешан|повезан|користен|злоупотребен|вмешан|поврзан)\S{0,2} .{0,100}(пране|прањ|перењ|превар|измам|криминал|престъп|наркот|дрог|истраг|разследван)/
    $cy_cb = /(обадете|ще ви се обади|ще ви потърси|ће вам се јавити|ќе ви се јави|свържете|позвънете|натиснете|позовите|јавите|назовите|притисните|зовите|контактирајте|јавете|притиснете)/
    $cy_u = /(незабавно|веднага|днес|сега|спешно|до 24|в противен случай|иначе|не казвайте|не споделяйте|никого|избегнете|арест|хитно|одмах|данас|у року|у супротном|хапшењ|ухапшен|не говорите|никоме|не причајте|итно|веднаш|денес|во рок|во спротивно|инаку|апсење|уапсен|никому|не кажувајте)/
    $cy_w = /(измамниц|никога|внимание|представят|преварант|никада|упозорава|представљају|лажно|никогаш|предупредува|претставуваат)/
    // Southern Africa, from a person's number: a sergeant, a captain or the police (SAPS, ZRP, the Botswana, Lesotho,
    // Malawi or Mozambique police) says your car or your ID is tied to a criminal case and you will be arrested or a
    // warrant is out, call this number now (isiZulu, isiXhosa, Setswana, Sesotho, Shona, Chichewa, Afrikaans,
    // Portuguese of Mozambique). An officer's real note about the reader's own case threatens no arrest; the police
    // warnings name the impostors.
    $za_a = /(maphoyisa|iphoyisa|amapolisa|ipolisa|mapodisi|lepodisi|mapolesa|lepolesa|mapurisa|mupurisa|apolisi|wapolisi|polisie|sajini|sajene|sajeni|sersant|sargento)|\b(saps|sapd|zrp|prm|policia|comandante|kaptein|kaputeni)\b/
    $za_case = /\b(necala|ecaleni|icala|lecala|netyala|kwityala|ityala|molato|molatong|nyewe|nyeweng|mhosva|nemhosva|pamhosva|yemhosva|nyaya|mlandu|kriminele saak|bedrogsaak|saak|processo criminal|caso de burla|caso criminal|crime)\b/
    $za_th = /\b(uzoboshwa|ungaboshwa|yokuboshwa|kuboshwa|uza kubanjwa|uzakubanjwa|yokubanjwa|o tla tshwarwa|go go tshwara|ho o tshwara|uchasungwa|yekusungwa|kusungwa|mumangidwa|chokumangani|mudzamangidwa|in hegtenis|lasbrief|gearresteer|sera detido|sera preso|mandado de captura)\b/
    $za_cb = /\b(shayela|ngishayele|sishayele|tsalela|ndifowunele|leletsa|ndeletse|letsetsa|nteletse|fonera|ndifonere|imbani|ndiimbireni|bel|skakel|ligue|liga|contacte)\b/
    $za_w = /\b(qaphela|bazenza|awalokothi|lumkela|bazenzisa|tlhokomela|itlhokomeleng|hlokomela|chenjerai|chenjera|samalani|bedrieers|bedrieer|waarsku\w{0,4}|nooit|burloes|burlao|fazem-se passar|nunca|scam|scammers|fake)\b/
    $pb_me = /\b(my|mein|meine|mon|ma|mi|mio|mia|meu|minha|mijn|min|mitt|benim) (bike|fahrrad|velo|cykel|sykkel|pyora|fiets|bici|bicicleta|moto|car|auto|coche|carro)\b|\b(pyorani|bisikletim)\b/
  condition:
    (($de or $tr) and ($act or phone_count > 0 or contact_count > 0)
      or (any of ($es, $pl, $nl, $it, $fr, $zht, $ja, $ko, $ar) and ($act or phone_count > 0))
      or ($fr_auth and $fr_case and $fr_threat and $fr_cb and ($fr_num or phone_count > 0))
      or ($ru_auth and $ru_case and ($ru_act or phone_count > 0) and not $ru_warn)
      or ((($de_a and $de_c) or ($nl_a and $nl_c) or $tr2) and ($act or phone_count > 0 or contact_count > 0))
      or ((($sv_a and $sv_c) or ($da_a and $da_c) or ($no_a and $no_c) or ($fi_a and $fi_c))
        and ($nord_act or phone_count > 0) and not $nord_warn)
      or ($en_a and $en_c and $en_act and not $nord_warn))
    and not $warn and sender_kind != "alpha" and sender_kind != "shortcode"
    or ($pb_a and $pb_c and $pb_y and $pb_cb and (phone_count > 0 or $pb_n) and not $pb_w and not $pb_me
      and sender_kind != "alpha" and sender_kind != "shortcode" and sender_kind != "none")
    or ($ar_a and $ar_c and ($ar_act or $act or phone_count > 0) and not $ar_warn
      and sender_kind != "alpha" and sender_kind != "shortcode")
    or ($cis_a and $cis_c and $cis_cb and not $cis_w and sender_kind != "alpha" and sender_kind != "shortcode")
    or ((($sw_a and $sw_c and $sw_act and $sw_now and not $sw_warn)
        or ($rw_a and $rw_c and $rw_act and $rw_now and not $rw_warn)
        or ($am_a and $am_c and ($am_call or contact_count > 0) and $am_now and not $am_warn)
        or ($am_a and $amr and $amr_th)
        or ($si_a and $si_c and $si_call and $si_now and not $si_warn))
      and (phone_count > 0 or money_count > 0) and sender_kind != "alpha" and sender_kind != "shortcode")
    or ((($el_a and $el_c and ($el_cb or url_count > 0) and $el_u and not $el_w)
        or ($gl_a and $gl_c and $gl_cb and $gl_u and not $gl_w)
        or ($lb_a and (($lb_you and $lb_crime) or $lb_used) and $lb_cb and $lb_u and not $lb_w)
        or ($cy_a and (($cy_you and $cy_crime) or $cy_used) and $cy_cb and $cy_u and not $cy_w))
      and sender_kind != "alpha" and sender_kind != "shortcode")
    or ($za_a and $za_case and $za_th and $za_cb and phone_count > 0 and not $za_w
      and sender_kind != "alpha" and sender_kind != "shortcode")
}

rule authority_identity_crime_hi : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "'Digital arrest' in Hindi: your Aadhaar, SIM or bank account was used in money laundering or drugs, the police or CBI will arrest you; or an FIR on your Aadhaar or number, a video-call statement, tell no one"
  strings:
    $id = /(आधार|सिम|बैंक खात|मोबाइल नंबर|पार्सल)/
    $crime = /(मनी लॉन्ड्रिंग|मनी लांड्रिंग|अवैध|ड्रग्स|नशीले|गैरकानूनी|धोखाधड़ी)/
    $police = /(पुलिस|सीबीआई|क्राइम ब्रांच|गिरफ्तार|वारंट|ईडी)/
    // an FIR or case on your Aadhaar, SIM or number (a Devanagari letter is three bytes: the gap is in bytes)
    $case = /(आपके|आपका|आपकी) (आधार|सिम|मोबाइल|नंबर|नाम|पैन|बैंक).{0,80}(एफआईआर|एफ़आईआर|मुकदमा|केस)/
    // the video call, the secrecy
    $secret = /(वीडियो कॉल|किसी को (भी )?(मत|न|ना) बता|डिजिटल अरेस्ट)/
  condition:
    (($id and $crime and $police) or ($case and $secret)) and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule authority_identity_crime_ms : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "The police-impersonation call-back in Malay: your bank account or identity card is linked to money laundering or a case, call the inspector; or PDRM Bukit Aman says a syndicate used your account or name, a police report or an arrest warrant is out, call or press a key now and tell no one"
  strings:
    $a = /\b(anda|akaun|akaun bank|kad pengenalan|mykad|nombor telefon|ic)\b.{0,60}\b(terlibat|dikesan|digunakan|disyaki|dikaitkan)\b.{0,60}\b(pengubahan wang haram|wang haram|jenayah|dadah|penipuan|kes|sindiket)\b/
    $o = /\b(inspektor|polis|pdrm|pegawai|mahkamah|bank negara|sprm|macc|bukit aman)\b/
    $warn = /\b(penipuan|scam|jangan (hubungi|percaya|layan))\b.{0,20}\b(ini|tersebut)\b/
    $reply = /\bsila (balas|hubungi|telefon)\b|\btekan [0-9]\b/
    // the Bukit Aman call: a syndicate, a mule account, an arrest warrant or a police report tied to "anda" ...
    $sy = /\b(sindiket|akaun keldai|waran tangkap|laporan polis|pengubahan wang haram)\b.{0,80}\banda\b|\banda\b.{0,80}\b(sindiket|akaun keldai|waran tangkap|pengubahan wang haram)\b/
    // ... under pressure: at once, frozen, arrested, tell no one
    $now = /\b(segera|sekarang|hari ini|dalam masa [0-9]{1,2} jam|ditangkap|dibekukan|dibeku|jangan beritahu (sesiapa|sesiapapun|keluarga)|rahsiakan)\b/
    // the police's own warning: impostors, "awas", never transfer
    $warn2 = /\b(awas|menyamar|berhati-hati|semak ?mule|jangan (pindahkan|pindah|transfer|bayar|percaya|layan|hubungi))\b/
  condition:
    ($a and $o and (phone_count > 0 or contact_count > 0 or $reply) and not $warn)
    or ($sy and $o and $now and (phone_count > 0 or contact_count > 0 or $reply) and not $warn2
      and sender_kind != "alpha" and sender_kind != "shortcode")
}

rule authority_illegal_parcel : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A parcel in your name said to hold illegal goods or drugs, and an officer or police line to contact, or your name and date of birth asked by reply (English, Thai, simplified and traditional Chinese, Hindi, Spanish, Indonesian); the 'digital arrest' opener: your FedEx or DHL parcel caught at customs with MDMA, passports or cards, the call put through to the police cyber cell or narcotics (English, romanised Hindi and Urdu, Hindi, Bengali)"
  strings:
    $en = /\b(parcel|package|shipment|consignment)\b.{0,60}\b(illegal (items|goods|drugs|substances)|contraband|prohibited items|narcotics|drugs were found|fake passports)\b|\billegal (parcel|package|consignment)\b|\b(parcel|package|courier|consignment)\b.{0,60}\b(contains|containing|with|holding) (gold|foreign currency|cash|hawala)\b.{0,80}\b(fir|case|arrest|clearance (charge|fee)|customs duty)\b|\b(parcel|package|courier)\b.{0,80}\b(drugs|narcotics|ganja|charas|mdma) (mile|mila|mili|nikle|nikla|pakde|pakda)\b|\b(parcel|package|courier)\b.{0,60}\b(jisme|jis me|jismein) (drugs|narcotics|ganja|charas|mdma|fake passports?|illegal)\b/
    // (a Thai, Chinese or Hindi letter is three bytes: the gaps are counted in bytes)
    $intl = /(พัสดุ.{0,120}(ผิดกฎหมาย|ยาเสพติด)|(包裹|快递|快遞|邮包|郵包).{0,60}(违禁品|违禁物品|違禁品|違禁物品|毒品|非法)|पार्सल.{0,120}(अवैध|ड्रग्स|नशीले|पासपोर्ट)|\b(paquete|envio)\b.{0,40}\b(ilegal|ilicito|drogas)\b|\b(paket|bungkusan|barang)\b.{0,40}\b(ilegal|narkoba|terlarang|dadah)\b)/
    $contact = /\b(officer|police|customs|cyber ?crime|investigation|investigating|cbi|ncb|video call|arrest)\b|(ติดต่อ|เจ้าหน้าที่|ตํารวจ|联系|聯繫|聯絡|警官|公安|संपर्क|पुलिस|policia|polisi|hubungi|pdrm|pegawai)|(回复|回覆|提供|核实|核實).{0,45}(姓名|全名|名字).{0,45}(出生日期|出生年月|生日)/
    // the "digital arrest" opener: the parcel is the reader's (in your name, on your Aadhaar or
    // CNIC), it holds drugs, passports or cards, and the police take the call (a Bengali letter is
    // three bytes: the gaps are counted in bytes)
    $dp_your = /\b(your|ur) (fedex |dhl |courier |international )?(parcel|package|courier|consignment|shipment)\b|\b(parcel|package|courier|consignment|shipment)\b.{0,40}\b(in your name|booked (with|on|using|under|in) your|on your (aadhaa?r|name|number|cnic|id))\b|\b(aapke|apke|aap ke|ap ke|aapka|apka|aap ka|ap ka|tumhare|tumhara)\b.{0,30}\b(parcel|courier|package|consignment)\b|আপনার.{0,90}(পার্সেল|কুরিয়ার|প্যাকেজ)/
    $dp_goods = /\b(mdma|narcotics?|ganja|charas|heroin|cocaine|manshiyat|contraband|(fake|jaali|jali|nakli) passports?|[0-9]{1,2} passports?\b.{0,30}\b[0-9]{1,2} (credit|debit|atm|bank) cards?|illegal (items|goods|drugs|samaan|saman)|drugs (mile|mila|mili|nikle|nikla|found|were found|pakde|pakdi))\b|(মাদক|ড্রাগস|ইয়াবা|এমডিএমএ|জাল পাসপোর্ট|অবৈধ)/
    $dp_auth = /\b(cyber ?(cell|crime|police)|narcotics (department|bureau|control|cell|wing|squad)|ncb|cbi|fia|anf|crime branch|police)\b|(পুলিশ|সাইবার|নারকোটিক|সিআইডি|গোয়েন্দা)/
    $dp_act = /\b(press [0-9]|[0-9] (dabayein|dabaye|dabaiye|dabayen|dabaen|press (karein|karen|kare|karo))|connect(ing)?|transferr?(ing|ed)?|transfer (ki|kar|ho)|turant|fauran|foran|abhi|immediately|right now)\b|(চাপুন|সংযুক্ত|ট্রান্সফার|কানেক্ট|এখনই)/
    // the scam named for what it is: a warning passed on (the police never arrest on a video call, report it on 1930)
    $dp_warn = /\b(scam|scams|scammers?|fraudsters|fake calls?|farzi call|thagi|beware|savdhan|saavdhan|sabdhan|1930|fasavnuk\w{0,4}|kadhihi|(police|cbi|officers|agencies) (will |do |does )?never|no such thing as|kabhi\b.{0,40}\b(nahi|nahin) (karti|karte|karta))\b|(সতর্ক|প্রতারক|প্রতারণা|सावधान|ठगी)/
    // the name alone ("digital arrest"), when no warning names it
    $da = /\bdigital arrest\b/
  condition:
    (($en or $intl or ($da and not $dp_warn)) and $contact)
    or ($dp_your and $dp_goods and $dp_auth and ($dp_act or phone_count > 0 or contact_count > 0) and not $dp_warn)
}

rule authority_identity_crime_vi : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "The police (Bo Cong an) say your citizen ID is tied to a money-laundering case, call to cooperate; or a provincial department (land and environment, tax, police, social insurance) says your land, tax or ID file is incomplete or wrong and must be completed urgently, call back this number; or a district or ward police station summons you over a violation file, call the named officer at a number before a deadline (Vietnamese, diacritics folded)"
  strings:
    $who = /\b(bo cong an|cong an|canh sat|vien kiem sat)\b/
    $crime = /\b(rua tien|vu an|dieu tra|lien quan den|truy na)\b/
    $call = /\b(lien he|goi|phoi hop)\b/
    // the department's call-back: an office of the province or district ...
    $dept = /\b(so tai nguyen( va)? moi truong|so tn ?(va |& |- )?mt|phong tai nguyen( va)? moi truong|van phong dang ky dat dai|chi nhanh van phong dang ky|cuc thue|chi cuc thue|tong cuc thue|cuc quan ly thue|bao hiem xa hoi|bhxh (tinh|quan|huyen|thanh pho)|cong an (tinh|thanh pho|quan|huyen|phuong|xa|thi xa)|phong (canh sat )?quan ly hanh chinh|so (ke hoach|lao dong|giao thong))\b/
    // ... your file (the formal "ong/ba", "anh/chi", "quy khach") incomplete, wrong or to be completed ...
    $file = /\b(ho so|giay to|so do|so hong|giay chung nhan|quyen su dung dat|dat dai|thong tin (dat|thue|can cuoc|dinh danh|ca nhan)|ma so thue|quyet toan thue|nghia vu thue|can cuoc|cccd|dinh danh|bao hiem)\b.{0,60}\b(chua (hoan thien|hoan tat|day du|dong bo|cap nhat|chinh xac|hop le)|can (bo sung|hoan thien|cap nhat|xac minh|dieu chinh)|bi (sai|loi|thieu|treo|khoa|tam dung|tam khoa)|sai (lech|sot|thong tin)|thieu (thong tin|giay to)|con thieu|no thue|chua nop)\b/
    // ... and the call-back, under pressure (today, urgently, or a penalty)
    $back = /\b(goi lai|goi ngay|goi gap|goi truc tiep|lien he (lai|ngay|gap|truc tiep|som)|vui long (goi|lien he)|de nghi (ong|ba|anh|chi|quy)( \/ ?[a-z]{1,4})? (goi|lien he))\b/
    $urg = /\b(gap|khan|khan cap|ngay lap tuc|trong ngay|hom nay|som nhat|truoc [0-9]{1,2} ?(h|gio)|han chot|qua han|xu phat|xu ly theo quy dinh|cuong che|phat hanh chinh|tam khoa|bi khoa)\b/
    // the warning passed on, or a person's own errand ("toi", "em")
    $warn = /\b(lua dao|lua gat|gia mao|mao danh|canh giac|gia danh|khong (goi|nghe|cung cap)|thu doan)\b/
    $me = /\b(cua toi|cua em|cua minh|toi da|em da|minh da|nha minh)\b/
    // the summons: a district or ward police station calls the reader in over a "violation file" ...
    $sm_who = /\b(cong an (quan|huyen|phuong|xa|thi xa|thi tran|thanh pho|tinh)|doi canh sat|phong canh sat|co quan canh sat dieu tra|co quan dieu tra|doi (dieu tra|cong an))\b/
    $sm_case = /\b(giay trieu tap|lenh trieu tap|trieu tap|giay moi (lam viec|len lam viec|den lam viec)|ho so vi pham|bien ban vi pham|quyet dinh xu phat|co dau hieu vi pham|lien quan (den|toi) (vu viec|vi pham|ho so)|(den|len|toi|co mat tai) (tru so|co quan|tru so cong an|phong) (de )?(lam viec|giai trinh|lam ro))\b/
    // ... in the formal you (a parent or a friend says "bo", "me", "anh", "em") ...
    $sm_you = /\b(ong ?\/ ?ba|anh ?\/ ?chi|quy ong|ong \(ba\)|cong dan)\b/
    // ... to call a named officer at a number before a deadline
    $sm_officer = /\b(can bo|dong chi|dieu tra vien|trinh sat|trung uy|thuong uy|dai uy|thieu ta|trung ta|thuong ta|thieu uy|trung si|thuong si)\b/
    $sm_when = /\b(truoc [0-9]{1,2} ?(h|gio)|truoc ngay|han chot|trong ngay|ngay hom nay|trong (vong )?[0-9]{1,2} ?(gio|ngay)|qua (thoi )?han|neu khong (lien he|co mat|den)|xu ly theo (quy dinh|phap luat)|cuong che|dan giai)\b/
    // (a Vietnamese mobile number, which the phone count does not read: "sdt 0912 345 678")
    $sm_num = /\b(sdt|so dien thoai|dien thoai|dt|lien he|goi|hotline)\b[^0-9]{0,30}(\+84|0)[ .]?[1-9][0-9]{1,3}[0-9]/
  condition:
    ($who and $crime and $call)
    or ($dept and $file and $back and $urg and phone_count > 0 and not $warn and not $me
      and sender_kind != "alpha" and sender_kind != "shortcode")
    or ($sm_who and $sm_case and $sm_you and $sm_officer and $sm_when and (phone_count > 0 or $sm_num)
      and not $warn and not $me and sender_kind != "alpha" and sender_kind != "shortcode")
}

rule authority_suspension_callback_ja : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Japanese call-back threats: the ministry (Soumusho) or a carrier says your phone will be cut off within hours, press a key or call back; or an unpaid paid-site or other fee with legal action, a civil suit or a final notice today, and a person to call at a number"
  strings:
    // the ministry or a carrier, and the line cut off (a letter is three bytes: gaps in bytes)
    $min = /(総務省|総合通信局|電気通信事業|通信管理局|通信局)/
    $car = /(ntt|ドコモ|docomo|\bau\b|kddi|ソフトバンク|softbank|楽天モバイル|ワイモバイル|携帯会社|通信会社|電話会社|キャリア)/
    $stop = /(利用停止|回線停止|通話停止|発信停止|使用停止|停止(となり|され|いたし|致し|します|予定|手続)|(ご利用|ご使用|使用|通話)(が)?(でき|出来)なくな|強制解約|契約(を)?解除)/
    $hours = /([0-9]{1,2}時間(後|以内|以降)|本日中|本日[0-9]{1,2}時|至急|ただちに|直ちに|まもなく)/
    // press a key, or the operator
    $press = /[0-9](番)?を押|ボタンを押|プッシュして|オペレーター|音声ガイダンス/
    // the unpaid fee (a paid video or content site, a registration, a membership) and the legal threat
    $unpaid = /(未納|未払い|未払|滞納|延滞|未精算|支払い(が)?(確認でき|ございませ|されてい))/
    $site = /(有料動画|有料サイト|動画サイト|アダルト|出会い系|サイト利用|コンテンツ利用|コンテンツ料|情報料|登録料|会員登録|利用料金|閲覧履歴|視聴履歴)/
    $legal = /(法的措置|法的手続|民事訴訟|訴訟|裁判|強制執行|差し?押さえ|差押|財産|最終通告|最終通知|最終警告|勤務先)/
    $today = /(本日中|本日[0-9]{1,2}時|今日中|至急|早急|ただちに|直ちに|[0-9]{1,2}時まで)/
    // call back: a person named, "contact us", "call"
    $cb = /(折り返し|お電話|ご連絡|連絡(を)?(ください|下さい|願い|して)|お問い?合わせ|担当)/
    // a toll-free line is the real company's
    $free = /\b0120|\b0800/
    // the warning passed on
    $warn = /(ご注意|に注意|注意して|なりすまし|騙され|だまされ|架空請求|詐欺|不審な|相手にしない|無視して)/
  condition:
    (($min and $stop and ($press or ($cb and phone_count > 0 and not $free)))
      or ($car and $stop and $hours and $press)
      or ($unpaid and $legal and ($site or $today) and $cb and phone_count > 0 and not $free))
    and not $warn and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule authority_identity_theft_callback_ko : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Korean call-back lure: the Financial Supervisory Service or an 'identity theft report centre' says a loan was applied for or a phone or account opened in your name, or your loan or account has a problem, call a landline, 070 or 15xx number"
  strings:
    // the authority, named as the writer (a letter is three bytes: gaps in bytes)
    $who = /(금융감독원|금감원|금융위원회|금융보안원|명의 ?도용 ?(신고|방지|피해|접수|조사) ?(센터|팀|과|본부|상담)|개인정보 ?(침해|유출) ?(신고|피해|조사) ?센터|불법 ?대출 ?(신고|피해) ?센터|전기통신 ?금융사기)/
    // the problem with the reader's name, loan or line
    $prob = /(명의로|명의가|명의를|명의의|명의 ?도용).{0,60}(개통|대출|가입|개설|신청|발급|실행|접수|도용)|(대출|휴대폰|휴대전화|핸드폰|계좌|회선|카드).{0,30}(개통|신청|실행|발급|개설|접수)(이|가)? ?(되었|됐|완료|확인|진행)|(대출|계좌|카드).{0,30}(이상|문제|연체|정지|동결|불법|압류)|(불법|이상) ?(대출|거래|개통)/
    // the call-back
    $cb = /(연락|문의|전화|상담|신고|확인).{0,12}(바랍|주시|주세요|하시|요망|부탁|필요)|(상담|문의|신고) ?(번호|전화|센터)|(본인|고객님)이? 아닌? 경우|본인이 아니시/
    // a landline, 070 or 15xx/16xx/18xx number (not a date: no digit, dot or hyphen before)
    $num = /(^|[^0-9.\/-])(02|0[3-6][1-5]|070|010|15[0-9][0-9]|16[0-9][0-9]|18[0-9][0-9])[-.) ][0-9]/
    // the warning passed on, or the carrier's own line (114) and the real opt-in service
    $warn = /(사칭|속지 ?마|주의하세요|조심하세요|주의 ?바랍|스미싱|보이스피싱 ?(주의|예방|조심)|절대 .{0,30}(마세요|않습니다))/
    $own = /(msafer|엠세이퍼|\b114\b)/
  condition:
    $who and $prob and $cb and ($num or phone_count > 0) and not $warn and not $own
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule authority_tax_arrears_ms : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "The tax office (LHDN) says you owe tax arrears and must call an officer to avoid court action (Malay)"
  strings:
    $who = /\b(lhdn|hasil|kastam|jabatan)\b/
    $owe = /\b(tunggakan|hutang) (cukai|cukai pendapatan)\b|\btindakan mahkamah\b/
    $call = /\b(hubungi|pegawai|segera)\b/
  condition:
    $who and $owe and $call
}

rule authority_work_pass_sg : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A 'ministry' says your work pass or visa records show an irregularity and an officer must be contacted now"
  strings:
    $pass = /\b(work pass|employment pass|s pass|work permit|visa|immigration) (records?|status|application)\b.{0,40}\b(irregularit(y|ies)|problem|issue|discrepanc(y|ies)|suspended|cancell?ed)\b/
    $officer = /\b(contact|call) (officer|agent|inspector)\b|\bofficer [a-z]{2,12} at\b/
  condition:
    $pass and $officer
}

rule authority_account_takedown_callback : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "The takedown threat from a person's number: your Instagram, Facebook, WhatsApp or TikTok account, page or phone line will be closed, deleted or suspended (copyright, a violation, illegal activity), and to object or appeal call a number or follow a link (English, German, French, Spanish, Italian, Portuguese, Dutch, Turkish, Arabic, Swedish, Danish, Norwegian, Finnish; accents folded): the platform writes from its own short code or name"
  strings:
    // the closure threat: an account, page, profile, line or number that will be closed
    $close = /\b(account|page|profile|insta|instagram|facebook|whatsapp|tiktok|line|number)\b.{0,40}\b(will be|is going to be|going to be|to be|gets?)( permanently| temporarily)? (closed|deleted|disabled|suspended|banned|removed|deactivated|terminated|shut down|blocked|cut off|disconnected)\b|\b(konto|account|seite|profil|rufnummer|nummer|anschluss|mobilfunkanschluss|leitung)\b.{0,40}\b(wird|werden)\b.{0,40}\b(geloscht|geloescht|gesperrt|deaktiviert|geschlossen|abgeschaltet|gekundigt|entfernt)\b|\b(compte|page|profil|ligne|numero|insta)\b.{0,40}\b(sera|va etre|seront)\b.{0,30}\b(supprime|suspendu|desactive|ferme|bloque|coupe|resilie)e?s?\b|\b(cuenta|pagina|perfil|linea|numero|insta)\b.{0,40}\b(sera|seran|va a ser)\b.{0,30}\b(eliminad|suspendid|desactivad|cerrad|bloquead|dad)[oa]s?\b|\b(cuenta|linea|numero)\b.{0,30}\bse (elimina|cierra|bloquea|suspende|da de baja)\b|\b(account|pagina|profilo|linea|numero|insta)\b.{0,40}\b(sara|verra|viene|saranno|verranno)\b.{0,30}\b(eliminat|sospes|disattivat|chius|bloccat|cancellat)[oaie]\b|\b(conta|pagina|perfil|linha|numero|insta)\b.{0,40}\b(sera|vai ser|serao)\b.{0,30}\b(eliminad|suspens|desativad|encerrad|bloquead|excluid|apagad|cancelad)[oa]s?\b|\b(account|pagina|profiel|nummer|telefoonnummer|insta)\b.{0,40}\bwordt\b.{0,40}\b(verwijderd|geblokkeerd|gedeactiveerd|gesloten|afgesloten|opgeschort)\b|\b(hesab\w{1,6}|hatt\w{1,6}|sayfa\w{1,6}|numara\w{1,6})\b.{0,60}\b(kapatil\w{1,8}|silin\w{1,8}|askiya alin\w{1,8}|engellen\w{1,8}|devre disi)|\b(konto|kontot|kontoen|nummer|numret|nummeret|telefonnummer|abonnement)\b.{0,40}\b(stangs av|raderas|blockeras|sparras|tas bort|inaktiveras|lukkes|slettes|blokeres|spaerres|deaktiveres|stenges|blokkeres|sperres|bliver (slettet|lukket|blokeret|spaerret)|blir (slettet|stengt|blokkert|sperret))\b|\b(tili\w{0,4}|liittyma\w{0,4}|numero\w{0,4})\b.{0,40}\b(suljetaan|poistetaan|estetaan|jaadytetaan)\b|(سيتم|هيتم|سوف يتم|راح يتم) (إغلاق|اغلاق|إيقاف|ايقاف|حذف|حظر|تعطيل|قفل)|(حسابك|رقمك|خطك|صفحتك|شريحتك)\S{0,2} (هيتقفل|هيتحذف|هيتوقف|هيتقفل)/
    // the objection: appeal, object, dispute, "if this is a mistake", "to avoid the closure"
    $obj = /\b(appeal|object|objection|dispute|contest|if (this|it) (is|was) (a )?mistake|to (avoid|prevent|stop|cancel) (this|the|it)|widerspruch|einspruch|widersprechen|falls dies ein fehler|um die sperrung|zur (uberprufung|ueberpruefung)|contester|conteste|contestation|opposition|vous opposer|faites appel|recours|reclamation|en cas d'erreur|pour eviter|apelar|apela|apele|apelacion|reclam[ao]|reclamo|oponerse|impugnar|si es un error|para evitar|ricorso|contesta|opporsi|se e un errore|per evitare|recorrer|recorra|recurso|contestar|contestacao|se for um erro|bezwaar|beroep|als dit een fout|itiraz\w{0,6}|hata oldugunu|overklaga|invand\w{1,4}|om detta ar fel|klag\w{0,2}|indsigelse|innsigelse|hvis dette er (en )?feil|valit\w{1,5}|vastusta\w{1,6}|jos tama on virhe)\b|(اعتراض|للاعتراض|تعترض|اعترض|لو ده غلط|إذا كان هذا خطأ|لتجنب)/
    // a local number after the ask ("call 0800 123456", "chiami il 06 1234567")
    $num = /\b(call|calling|ring|rufen sie|appelez|rappelez|appelez le|llame al|llame|chiami il|chiama il|chiami|ligue|ligar|bel|ring|soita|arayin|numarasini arayin|اتصل على)[ :.]{1,3}(le |al |il |on |naar |til |til |pa )?(\+|0|[1-9])[0-9]{0,3}[ .-]?[0-9]{1,4}[ .-]?[0-9]{1,3}[0-9]/
    // the reader's own account in a person's news
    $me = /\b(my|mein|meine|mon|ma|mi|mio|mia|meu|minha|mijn|min|mitt|benim) (insta|instagram|facebook|whatsapp|tiktok|account|konto|compte|cuenta|conta|profil|profile|line|nummer|numero)\b|\b(hesabim\w{0,2}|hattim\w{0,2}|profilim\w{0,2}|sayfam\w{0,2})\b/
    $warn = /\b(scam|scams|scammers|fake|betrug\w{0,4}|arnaque|estafa|truffa|golpe|oplichting|dolandirici\w{0,4}|bedrageri|svindel|huijaus|never|nie|jamais|nunca|mai|nooit|aldrig|aldri)\b/
  condition:
    $close and $obj and (url_count > brand_link_count or phone_count > 0 or $num)
    and not $me and not $warn and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule authority_press_one_officer : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "'Your passport, number or account is suspended over an investigation: press 1 to speak to an officer': the robocall's text, from someone's number"
  strings:
    $press = /\bpress [0-9]( now)? (to|for) (speak|talk|be connected|connect)\b.{0,30}\b(officer|agent|investigator|representative|department)\b/
    $why = /\b(suspended|blocked|investigation|warrant|legal action|arrest|illegal|frozen|barred|deactivated)\b/
  condition:
    $press and $why and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule authority_telecom_disconnection : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A carrier or mobile-money 'officer' in East Africa: your line, SIM or wallet is about to be closed, or a loan was charged to you by mistake, call this number (Swahili, Luganda, Kinyarwanda, Amharic); a telecom regulator or carrier 'officer' (TRAI, DoT, NCC, PTA): your number will be blocked within hours over illegal activity or complaints, call or press a key to speak to the officer (English, romanised Hindi); in Russian, Ukrainian and Kazakh, the state services portal (Gosuslugi) or a carrier (Tele2, MTS, Kyivstar): a sign-in to your account from a new device, or your contract or number expiring and the number to be blocked, renew or confirm at a link that is not the service's own or call a number, from a person's number"
  strings:
    $block = /\b(number|numbers|sim|sim card|line|mobile connection|connection|mobile services?)\b.{0,40}\b(blocked|block|deactivated|deactivate|disconnected|disconnect|suspended|barred|terminated|band)\b/
    $why = /\b(illegal|unlawful|fraudulent|suspicious|criminal|misuse|misused|harass\w{0,6}|obscene|objectionable)\b|\b(multiple|several|many) complaints\b|\bcomplaints? (have been |has been )?(registered|received|filed|lodged|reported|against)\b|\bcomplaints? (aayi|aai|aayi hai|darj|mili|aa rahi)\b/
    // the reader's own number in a person's news ("my sim will be off for 2 hours")
    $me = /\b(my|mera|meri|mere) (number|sim|line|phone|mobile)\b/
    $when = /\b(within|in|next) [0-9]{1,2} ?(hours?|hrs?|minutes|mins)\b|\b[0-9]{1,2} ?(ghante|ghanton|ghanta|gante)\b|\b(today|immediately|turant|aaj)\b/
    $who = /\b(trai|telecom regulatory|department of telecom\w{0,9}|telecom department|dot|ncc|nigerian communications commission|pta|pakistan telecommunication|nca|national communications authority|telecom (authority|regulator|officer|ministry)|cyber cell)\b/
    $officer = /\b(officer|adhikari|press [0-9]|dabaye|dabayein)\b/
    // the regulator's own warning about the calls
    $warn = /\b(scam|scams|scammer|scammers|fraudsters|beware|never (call|calls|ask|asks|disconnect)|does not call|do not (call|share|respond)|report (it|such|them))\b/
    // Russian, Ukrainian, Kazakh (no word boundaries around Cyrillic): a sign-in from a new device to the
    // state services or a personal account ...
    $ru_acct = /(госуслуг|gosuslugi|личн\S{0,4} кабинет|особист\S{0,4} кабінет|аккаунт|акаунт|учетн\S{0,4} запис|облiков\S{0,4} запис|обліков\S{0,4} запис|egov|дія|жеке кабинет)/
    $ru_login = /(вход|вхід|входа|авторизаци|авторизац|вошли|увійшли)\S{0,2} .{0,60}(нов\S{0,6} устройств|нов\S{0,6} пристр|неизвестн\S{0,6} устройств|невідом\S{0,6} пристр|друг\S{0,4} регион|інш\S{0,6} регіон)/
    // ... or a carrier's contract or number expiring, the number to be blocked
    $ru_carrier = /(tele2|теле2|мтс|mts|билайн|beeline|мегафон|megafon|yota|йота|киевстар|київстар|kyivstar|vodafone|lifecell|kcell|altel|оператор|сим-карт|sim-карт|сим карт|абонент)/
    $ru_block = /(номер|сим-карт|sim-карт|сим карт|договор|договір|обслуживани|обслуговуванн)\S{0,6} .{0,60}(будет|будут|буде|будуть) (заблокирован|заблоковано|заблокован|приостановлен|отключен|відключен|розірван|расторгнут|аннулирован|анульован)|(срок действия|срок обслуживания|термін дії) .{0,40}(договор|номер|сим)|(договор|договір)\S{0,4} .{0,40}(истекает|истёк|истек|закончится|заканчивается|закінчується|спливає|закінчився)|нөміріңіз .{0,40}бұғатта/
    // ... and the fix: renew or confirm at the link, or call
    $ru_fix = /(продлите|продлить|подтвердите|подтвердить|обновите|перейдите|продовжіть|подовжіть|підтвердіть|оновіть|перейдіть|позвоните|перезвоните|зателефонуйте|передзвоніть|свяжитесь|зв.яжіться|өтіңіз|растаңыз)/
    // a person's own news, or a warning passed on
    $ru_me = /(у меня|мне пришл|мне приходит|мне написал|мой номер|моя сим|мені прийшл|мій номер|мошенник|шахраї|осторожно|обережно)/
    // East Africa (Swahili, Luganda, Kinyarwanda, Amharic; a Ge'ez letter is three bytes): your line, SIM or wallet
    // is about to be closed, or a loan or advance was charged to you by mistake and is to be refunded ...
    $ea_close = /\b(laini yako|line yako|namba yako|sim ?kadi yako|simu yako|akaunti yako|layini yo|sim card yo|ennamba yo|akawunti yo|sim card yanyu|sim card yawe|simukadi yanyu|simukadi yawe|nimero yanyu|nimero yawe|umurongo wanyu|umurongo wawe|konti yanyu|konti yawe)\b.{0,50}\b(itafungwa|itazimwa|itasitishwa|itafungiwa|imefungiwa|inafungwa|itablokiwa|ejja kuggalwa|egenda kuggalwa|eneeggalwa|ejja kusibibwa|izafungwa|irafungwa|igiye gufungwa|izahagarikwa|iri bufungwe)\b|(ሲም ካርድዎ|ሲምካርድዎ|ሲም ካርድህ|መስመርዎ|መስመርህ|ቁጥርዎ|አካውንትዎ|ሂሳብዎ).{0,60}(ይዘጋል|ይታገዳል|ይቋረጣል)/
    $ea_loan = /\b(mkopo|deni|songesha|fuliza|m-shwari|mshwari|looni|ebbanja|inguzanyo|mokash)\b.{0,60}\b(kimakosa|kwa makosa|kwa bahati mbaya|mu nsobi|kunsobi|ku makosa|mu makosa)\b|(ብድር).{0,60}(በስህተት)/
    // ... call the "officer" back on the number given
    $ea_call = /\b(piga|pigia|tupigie|nipigie|wasiliana na|kuba ku|kuba essimu|kubira|tukubire|nkubire|hamagara|muhamagare|mutuhamagare|duhamagare|umpamagare|mpamagara)\b|(ይደውሉ|ደውል|ደውሉ|ደውዪ|ይደውሉልን|ይደውሉልኝ)/
    // a person's own line, or a carrier's or a friend's warning
    $ea_no = /\b(laini yangu|namba yangu|layini yange|sim yanjye|nimero yanjye|tapeli|matapeli|utapeli|tahadhari|usipige|mubbi|ababbi|abatekamutwe|ubutekamutwe|ntimuhamagare)\b|(ማጭበርበር|አጭበርባሪ|አይደውሉ|ቁጥሬ|ሲም ካርዴ)/
  condition:
    (($ea_close or $ea_loan) and $ea_call and phone_count > 0 and not $ea_no and not $warn
      and sender_kind != "alpha" and sender_kind != "shortcode")
    or (($block and $why and $when and ($who or $officer) and ($officer or phone_count > 0 or contact_count > 0)
      and not $warn and not $me)
      // (a link that is not the portal's or the carrier's own, or a number to call)
      or ((($ru_acct and $ru_login) or ($ru_carrier and $ru_block)) and $ru_fix and not $ru_me
        and (url_count > brand_link_count + platform_url_count + named_url_count or phone_count > 0)))
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule authority_fine_giftcard_crypto : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A marshal, sheriff, police officer or court says a warrant, a missed court date or jury duty, or an arrest is pending, and the fine or bond is to be paid in gift cards or at a Bitcoin ATM: no agency takes those (English, Spanish)"
  strings:
    // the payment: gift cards or crypto, named beside the verb that pays with them (either order)
    $pay = /\b(pay|paid|paying|payment|settle|settled|clear|post|purchase|buy|deposit|depositing|load|pague|pagar|pago|pagarse|pagada|pagado|abone|compre|comprar|deposite|depositar|cancele|cancelar)\b.{0,60}\b(gift ?cards?|google play|itunes|apple (gift )?cards?|steam (cards?|wallet)|ebay (gift )?cards?|vanilla (visa|gift|cards?|prepaid)|prepaid (visa|debit|cards?)|green ?dot|money ?pak|(bitcoin|btc|crypto|cryptocurrency) (atm|machine|kiosk)|(in|via|with|using|through) (bitcoin|btc|crypto|cryptocurrency)|tarjetas? de regalo|tarjetas? (google play|itunes|apple|steam|vanilla|prepagadas?)|cajeros? (automaticos? )?(de )?(bitcoin|btc|cripto|criptomonedas)|(en|con|por|mediante) (bitcoin|btc|criptomonedas?))\b/
    $pay2 = /\b(gift ?cards?|google play cards?|itunes cards?|steam cards?|(bitcoin|btc|crypto) (atm|machine|kiosk)|tarjetas? de regalo|cajeros? (automaticos? )?(de )?(bitcoin|btc|cripto))\b.{0,40}\b(only|accepted|acceptable|payment|to (pay|settle|clear)|unica|unicamente|aceptad[oa]s?|forma de pago|para (pagar|cubrir|saldar))\b/
    // the authority and the case against the reader
    $auth = /\b(marshals?|sheriff'?s?|deputy|police|officer|sergeant|sgt|lieutenant|court|courthouse|clerk of (the )?court|judge|magistrate|fbi|dea|homeland security|alguacil|policia|oficial|agente|corte|tribunal|juez|jueza|fiscal|fiscalia)\b/
    $case = /\b(warrants?|arrest(ed)?|jury (duty|service|summons)|court (date|appearance|hearing)|fail(ed|ure) to appear|contempt of court|bench warrant|citation|subpoena|bond|bail|orden(es)? de (arresto|captura|detencion|aprehension)|arrestad[oa]|detenid[oa]|detencion|jurado|comparecer|audiencia|fianza|citacion|multa|desacato)\b/
    // addressed to the accused in the formal or plain you (a friend's news about a fine says "me", "te")
    $you = /\b(your (arrest|warrant|bond|bail|fine|case|court|jury|citation|name|record)|against you|in your name|you (missed|failed|did not|didn't|have|owe|will be|are|must|need to)|usted|su (arresto|orden|multa|fianza|caso|detencion|nombre|expediente)|en su contra|contra usted)\b/
    // the agency's own warning, or the scam named
    $warn = /\b(scam|scams|scammer|scammers|fraud|fraudsters|impersonat\w{0,5}|beware|never (ask|accept\w{0,3}|call|request|demand)|will never|does not accept|do not accept|don't accept|estafa|estafas|estafadores|fraude|nunca (pide|pedira|solicita|acepta|aceptara|llama)|se hacen pasar|cuidado)\b/
  condition:
    ($pay or $pay2) and $auth and $case and $you and not $warn
    and (phone_count > 0 or contact_count > 0 or url_count > 0 or money_count > 0)
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule authority_case_fee_summons : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A fake police commissioner, inspector, gendarme or judicial officer says your number is cited in a fraud or cybercrime case and asks for a caution, bail or fine to avoid a summons or arrest (French, English, Pidgin)"
  strings:
    // the authority (accents folded: "cybercriminalite")
    $who = /\b(police|policier|gendarmerie|gendarme|commissaire|commissariat|inspecteur|brigade|opj|procureur|tribunal|juge|huissier|plcc|cybercriminalite|inspector|commissioner|detective|sergeant|sgt|cid|dss|efcc|cyber ?crime (unit|department|division|office|squad|police|desk)|magistrate|bailiff|judicial officer)\b/
    // the case against the reader: your number (formal "votre", "your", Pidgin "ya", "una")
    // cited in a fraud or cybercrime case, or a complaint or petition against you
    $case = /\bvotre (numero|ligne|puce|nom)\b.{0,60}\b(affaire|dossier|plainte|enquete|escroquerie|arnaque|fraude|cyber ?criminalite|cybercrim\w{0,5}|abus de confiance|blanchiment|usurpation)|\b(plainte|dossier) (a ete |est )?(deposee?|portee?|ouverte?) contre (vous|votre)\b|\bvous (etes|avez ete|serez) (cite|convoque|vise|recherche|poursuivi|mis en cause|accuse)e?\b|\b(your|ur|ya|una) (number|phone number|mobile number|line|sim|name)\b.{0,50}\b(cited|mentioned|named|listed|reported|flagged|petitioned|implicated|involved|used|linked|appeared|dey|don)\b.{0,50}\b(fraud|scam|cyber ?crime|internet crime|419|yahoo|case|petition|complaint|investigation)\b|\b(petition|complaint|case) (has been |was |have been |don )?(written|filed|lodged|submitted|brought|enter) against (you|your number|una)\b|\b(dem|them|somebody|person) (don |do )?(petition|report)(ed)? (you|your number|una)\b/
    // the money asked: a caution, bail, fine or fee (Pidgin: "settle am", "drop money")
    $pay = /\b(caution|amende|frais de (dossier|procedure|traitement|classement|mainlevee)|(payer|verser|regler|envoyer|deposer|transferer)\b.{0,30}\b(fcfa|cfa|francs|somme|montant)|classer (le|votre|ce) dossier|bail|pay (a |the )?(fine|fee|settlement|sum|amount)|(send|transfer|pay|drop|deposit)\b.{0,40}\b(fine|settlement|charges|money)|settle (am|dem|the case|the matter|this matter|us))\b/
    // what it buys off: the summons, the arrest, the cell
    $avoid = /\b(convocation|convoque\w{0,2}|arrestation|interpellation|interpelle\w{0,2}|mandat d.arret|garde a vue|poursuites?( judiciaires?)?|defere\w{0,4}|emprisonnement|prison|summons|summon(ed)?|invitation letter|arrest(ed)?|detention|detained|prosecut\w{0,5}|remand|jail|warrant|lock you up|carry you)\b/
    // a police warning about the scam, or the scam named by the one who forwards it
    $warn = /\b(faux (policiers?|gendarmes?|commissaires?|agents?|inspecteurs?)|se (font|faisant) passer|ne (payez|versez|envoyez) (jamais|rien|pas)|ne (demande|demandent|demandera) jamais|mefiez|vigilance|never (pay|send)|will never (ask|call|demand|request)|does not (ask|demand|collect)|(do not|don'?t) (pay|send)|beware|impersonat\w{0,5}|no (pay|send) (anybody|anyone|any money))\b/
  condition:
    $who and $case and $pay and $avoid and not $warn
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule authority_callback_threat_intl : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "The call-back threat from a person's number: a bank's fraud or security desk (card blocked, a suspicious payment stopped), a payment app (account limited), a utility (power or water to be cut off), an immigration office (a problem with your residence file) or the police (your identity misused in a crime) asks you to call a number urgently (Vietnamese, German, Dutch, Swedish, French, Tagalog, Indonesian, Thai, English); or a bank's anti-fraud or security service reports a new sign-in or device, a suspicious payment or a transfer awaiting authorisation and asks you to call a number (Italian, Spanish, Portuguese, Greek)"
  strings:
    // the threat, written to the reader (the formal or plain you: a person's own news says "my", "our")
    // Vietnamese (diacritics folded)
    $vi = /\b(the|tai khoan|vi( dien tu)?)( ngan hang| tin dung| ghi no)? cua (quy khach|ban|ong\/ba|anh\/chi)\b.{0,40}\b(bi khoa|bi tam khoa|tam ngung|bi phong toa|bi han che|bi dong bang|bi vo hieu hoa)\b|\b(dien|nuoc)( sinh hoat)?( nha)? (cua )?(quy khach|ong\/ba|anh\/chi)\b.{0,40}\b(se bi|bi) (cat|ngung cap|ngat)\b|\bho so (cu tru|tam tru|thuong tru|thi thuc|visa|xuat nhap canh|the tam tru)( cua)? (quy khach|ban|ong\/ba|anh\/chi)\b.{0,40}\b(co van de|sai sot|bat thuong|bi loi|bi treo|chua hop le)\b/
    // German (Switzerland): the Migrationsamt, the SEM, the utility
    $de = /\bihre (karte|kreditkarte|bankkarte|debitkarte|konto|twint[- ]konto)\b.{0,40}\b(gesperrt|blockiert|eingeschrankt|deaktiviert|eingefroren)\b|\bihr(e)? (strom|stromanschluss|stromversorgung|gasversorgung|wasserversorgung|anschluss)\b.{0,40}\b(abgestellt|abgeschaltet|unterbrochen|gesperrt|getrennt)\b|\bihre (identitat|personalien|ausweisdaten|ahv-nummer|daten)\b.{0,60}\b(straftat|straftaten|betrug|geldwasche|verbrechen|ermittlungsverfahren|strafverfahren)\b|\b(problem|unregelmassigkeit|fehler|unstimmigkeit)\w{0,2} (mit|in|bei) ihre(m|r|n)? (aufenthaltsbewilligung|aufenthaltsdossier|aufenthaltstitel|dossier|aufenthaltsstatus|niederlassungsbewilligung)\b/
    // Dutch
    $nl = /\b(uw|je) (pas|bankpas|betaalpas|rekening|bankrekening|creditcard|account|tikkie[- ]account)\b.{0,40}\b(geblokkeerd|beperkt|opgeschort|bevroren|gedeactiveerd)\b|\buw (stroom|energie|gas|elektriciteit|aansluiting|stroomlevering|energielevering|water(levering)?)\b.{0,40}\b(afgesloten|stopgezet|onderbroken|afgesneden)\b|\b(probleem|onregelmatigheid|fout) (met|in|bij) uw (verblijfsdossier|verblijfsvergunning|verblijfsstatus|dossier|verblijfsaanvraag|naturalisatiedossier)\b/
    // Swedish (a, a, o folded)
    $sv = /\b(ditt|ert) (kort|konto|bankkort|kreditkort|bankid|swish-konto)\b.{0,40}\b(sparrat|sparrats|blockerat|blockerats|last|begransat|fryst|stangts av)\b|\b(din|er) (el|elleverans|strom|elanslutning|vattenleverans)\b.{0,40}\b(stangs av|kopplas bort|bryts|avbryts|stangas av)\b|\b(problem|fel|oklarhet|brist)\w{0,2} (med|i) (ditt|ert) (arende|uppehallstillstand|uppehallskort|arbetstillstand|medborgarskapsarende)\b|\b(din identitet|ditt personnummer|dina personuppgifter|ditt bankkonto|ditt namn)\b.{0,40}\b(anvants|missbrukats|kopplats|kopplas) (i|till|for) (ett |en )?(brott|bedrageri|penningtvatt|utredning|brottsutredning)\b/
    // French (France, Cameroon): the card, the line, the power, the residence permit
    $fr = /\bvotre (carte|compte|ligne|compte (orange|mtn|mobile) money)\b.{0,40}\b(a ete |est |sera )?(bloquee?|suspendue?|limitee?|restreinte?|gelee?|desactivee?)\b|\bvotre (electricite|alimentation|compteur|courant|abonnement electrique|eau)\b.{0,40}\b(sera|va etre|est) (coupee?|suspendue?|interrompue?)\b|\bvotre (numero|ligne|puce|nom|identite)\b.{0,40}\b(implique|cite|utilise|lie|mentionne)e? (dans|a) (une|un) (affaire|dossier|enquete|plainte|escroquerie|fraude)\b|\b(probleme|anomalie|irregularite)s? (sur|dans|avec|concernant) votre (dossier de sejour|titre de sejour|carte de sejour|dossier (administratif|d'immigration|de naturalisation)|demande de (titre|sejour|visa))\b/
    // Tagalog
    $tl = /\b(iyong|inyong|yong|ang (iyong|inyong)) (card|account|gcash|maya|bank account)\b.{0,40}\b(na-?block|naka-?block|na-?lock|naka-?lock|na-?suspend|suspendido|limitado|na-?freeze|naka-?hold)\b|\b(na-?block|naka-?block|na-?lock|naka-?lock|na-?suspend|suspendido|limitado|na-?freeze|naka-?hold) (na )?(ang )?(iyong|inyong) (card|account|gcash|maya|bank account)\b|\b(inyong|iyong) (kuryente|tubig|linya|serbisyo)\b.{0,40}\b(puputulan|puputol|mapuputol|ididiskonekta|madidiskonekta|ipuputol)\b|\b(puputulan|putulan|puputulin|ididiskonekta|madidiskonekta)\b.{0,30}\b(inyong|iyong) (kuryente|tubig|linya|serbisyo)\b|\b(problema|isyu) sa (inyong|iyong) (visa|pasaporte|passport|record|papeles|residence|acr i-?card|file)\b|\b(inyong|iyong) (pangalan|id|numero|pagkakakilanlan|account)\b.{0,40}\b(ginamit|nagamit|sangkot|konektado)\b.{0,30}\b(krimen|kaso|scam|panloloko|money laundering|droga)\b/
    // Indonesian
    $id = /\b(kartu|rekening|akun|saldo|dompet digital)( [a-z]{1,12})? (anda|bapak\/ibu|bpk\/ibu)\b.{0,40}\b(diblokir|terblokir|dibekukan|dinonaktifkan|dibatasi|ditangguhkan)\b|\b(listrik|aliran listrik|air|pdam|meteran)( [a-z]{1,10})? (anda|bapak\/ibu)\b.{0,40}\b(diputus|dimatikan|dihentikan|pemutusan)\b|\b(izin tinggal|kitas|kitap|visa|berkas|dokumen|paspor) (anda|bapak\/ibu)\b.{0,40}\b(bermasalah|ada masalah|tidak valid|dibatalkan|ditangguhkan|diblokir)\b|\b(identitas|nik|ktp|rekening|nama|data) (anda|bapak\/ibu)\b.{0,40}\b(disalahgunakan|digunakan|terlibat|terkait|tercatat)\b.{0,40}\b(pencucian uang|penipuan|narkoba|tindak pidana|kasus|kejahatan)\b/
    // English: an immigration office or a payment app, from a number
    $en = /\b(problem|issue|discrepancy|irregularity) (with|in|on) your (residence|residency|immigration|visa|green card|citizenship|naturalization) (file|case|record|status|application)\b|\byour (paypal|venmo|cash app|zelle|apple pay|chime) (account )?(has been|is|was|is now|have been) (limited|restricted|suspended|locked|frozen)\b|\byour account (has been|is|was|is now) (temporarily )?(limited|restricted) (due to|because of|after|following) (unusual|suspicious)\b/
    // Thai (a Thai letter is three bytes: gaps in bytes; sara am is folded to nikhahit and sara aa)
    $th = /(บัญชี|บัตร)(ธนาคาร|เครดิต)?(ของท่าน|ของคุณ).{0,60}(ถูกระงับ|ถูกอายัด|ถูกบล็อก|ถูกล็อก|ถูกจํากัด|ถูกปิด)|(ไฟฟ้า|น้ําประปา|ประปา)(ของท่าน|ของคุณ|บ้านท่าน).{0,60}(ถูกตัด|งดจ่าย|ระงับการจ่าย|ตัดการจ่าย)|(วีซ่า|ใบอนุญาตทํางาน|เอกสาร|หนังสือเดินทาง|ข้อมูลการพํานัก)(ของท่าน|ของคุณ).{0,60}(มีปัญหา|ไม่ถูกต้อง|ถูกยกเลิก|ผิดปกติ)|(ชื่อ|บัญชี|บัตรประชาชน|ข้อมูล)(ของท่าน|ของคุณ).{0,60}(เกี่ยวข้องกับ|ถูกใช้|ถูกนําไปใช้).{0,60}(คดี|ฟอกเงิน|ผิดกฎหมาย|ยาเสพติด)/
    // the call-back ask, and its urgency
    $cb = /\b(goi (ngay|lai|gap|den|truc tiep|cho chung toi|tong dai|hotline|so)|lien he (ngay|gap|lai|tong dai|hotline|so)|vui long goi|rufen sie (uns |die nummer |umgehend |sofort |dringend )?(an|zuruck|unter)|rufen sie\b.{0,40}\b(an|zuruck)\b|bel (ons|direct|dringend|onmiddellijk|vandaag|het nummer|naar)|belt u (ons|direct|dringend|onmiddellijk)|neem (direct |dringend |vandaag )?contact op|ring (oss|handlaggaren|kundtjanst|banken|omgaende|omedelbart|snarast|genast|direkt|numret)|kontakta (oss|handlaggaren|kundtjanst) (omgaende|omedelbart|snarast|genast|direkt|idag)|(appelez|rappelez|contactez|composez)( nous| le| au| immediatement| d'urgence| urgemment| vite| sans delai)?|tumawag|tawagan|i-?contact (ang|sa|kami)|(segera |harap |silakan |mohon )?hubungi (kami|petugas|nomor|no|call center|layanan|segera)|segera (hubungi|telepon|telpon)|call (us|our (office|fraud|security|support)|support|the number|this number|back))\b|(โทรกลับ|ติดต่อกลับ|กรุณาโทร|โทรด่วน|โทรติดต่อ|ติดต่อเจ้าหน้าที่|ติดต่อด่วน)/
    $urg = /\b(ngay|gap|khan cap|ngay lap tuc|trong ngay|hom nay|dringend|sofort|umgehend|unverzuglich|noch heute|innert|direct|dringend|onmiddellijk|vandaag|spoedig|binnen [0-9]{1,2} uur|omgaende|omedelbart|snarast|genast|idag|inom [0-9]{1,2} timmar|d'urgence|urgemment|immediatement|sans delai|aujourd'hui|au plus vite|avant [0-9]{1,2} ?h|dans les [0-9]{1,2} ?h|sinon|agad|kaagad|ngayon din|ngayong araw|sa loob ng [0-9]{1,2} oras|segera|hari ini|secepatnya|sekarang juga|dalam [0-9]{1,2} jam|urgent|urgently|immediately|right away|asap|today|within [0-9]{1,2} (hours|hrs))\b|(ด่วน|ทันที|ภายในวันนี้|วันนี้)/
    // a number written the local way the extractor may miss ("699 12 34 56", "0812 5555 1234")
    $num = /\b(hubungi|appelez|rappelez|composez|contactez|tumawag|tawagan)\b[^0-9]{0,24}(\+|0|6)[0-9]{1,3}[ .-][0-9]/
    // the scam named (a warning passed on), or the writer's own trouble
    $warn = /\b(scam|scams|scammer|scammers|fraudsters|phishing|beware|lua dao|gia mao|mao danh|canh giac|betrug|betruger|betrugsversuch|oplichter|oplichters|oplichting|nep|bedragare|bedrageriforsok|bluff|arnaque|arnaques|escroc|escrocs|mefiez|manloloko|modus penipuan|penipu|waspada|hati-hati|never call|bel nooit|ring aldrig|jamais)\b|(มิจฉาชีพ|หลอกลวง|แก๊งคอล)/
    $me = /\b(my|our|mijn|onze|min|mitt|vart|mein|meine|unser|unsere|ma|mon|notre) (card|account|pas|bankpas|rekening|kort|konto|karte|konto|carte|compte|ligne|stroom|strom|el)\b/
    // The bank's "security service" from a mobile number (Italian, Spanish, Portuguese, Greek; accents folded
    // except in Greek, which keeps them): a bank named ...
    $bk_bank = /\b(banca|banco|bank|intesa|unicredit|poste italiane|postepay|bancoposta|fineco|mediolanum|bper|bnl|credem|bbva|santander|caixabank|bankinter|sabadell|unicaja|abanca|kutxabank|ibercaja|cajamar|millennium|bcp|novo banco|caixa geral|cgd|montepio|itau|bradesco|nubank|eurobank|alpha bank|piraeus)\b|(τράπεζα|τραπεζα|τράπεζας|τραπεζας|πειραιώς|πειραιως|εθνική|εθνικη)/
    // ... a security event on the reader's account: a new sign-in or device, a suspicious payment, a transfer
    // waiting to be authorised ...
    $bk_event = /\b(nuovo (accesso|dispositivo|login)|accesso (anomalo|sospetto|non autorizzato|non riconosciuto)|dispositivo (sconosciuto|non riconosciuto|non autorizzato)|(pagamento|bonifico|operazione|transazione|addebito|prelievo) (sospett[oa]|anomal[oa]|non autorizzat[oa]|non riconosciut[oa]|in attesa di (autorizzazione|conferma))|tentativo di (accesso|pagamento|addebito)|nuevo (acceso|inicio de sesion|dispositivo)|acceso (no autorizado|sospechoso|inusual)|dispositivo (desconocido|no reconocido)|(pago|cargo|transferencia|operacion|compra|movimiento|retiro) (sospechos[oa]|inusual|no reconocid[oa]|no autorizad[oa]|pendiente de (autorizacion|confirmacion))|intento de (acceso|pago|cargo)|novo (acesso|dispositivo|login)|acesso (nao autorizado|suspeito|indevido)|dispositivo (desconhecido|nao reconhecido)|(pagamento|compra|transferencia|operacao|transacao|movimento|levantamento) (suspeit[oa]|nao reconhecid[oa]|nao autorizad[oa]|pendente de (autorizacao|confirmacao))|tentativa de (acesso|pagamento|compra))\b|(νέα σύνδεση|νεα συνδεση|νέα συσκευή|νεα συσκευη|άγνωστη συσκευή|αγνωστη συσκευη|ύποπτη (συναλλαγή|πληρωμή|κίνηση|σύνδεση)|υποπτη (συναλλαγη|πληρωμη|κινηση|συνδεση)|μη εξουσιοδοτημένη|μη εξουσιοδοτημενη|εκκρεμεί έγκριση|εκκρεμει εγκριση|απόπειρα σύνδεσης|αποπειρα συνδεσης)/
    // ... and the call-back asked for at once, to a number
    $bk_cb = /\b(chiami|chiama|chiamare|contatti|contatta|contattare|richiami|richiama|telefoni|llame|llama|llamar|llamenos|llamanos|contacte|contacta|comuniquese|comunicate|ligue|liga|ligar|contacte|contate|entre em contato|entre em contacto|telefone)\b|(καλέστε|καλεστε|επικοινωνήστε|επικοινωνηστε|τηλεφωνήστε|τηλεφωνηστε)/
    // (a local number, which the phone count does not read: "chiami il 02 8765 4321", "καλέστε στο 210 1234567")
    $bk_num = /\b(chiami|chiama|contatti|contatta|richiami|llame|llama|llamar|contacte|comuniquese|ligue|liga|contate|telefone)\b[^0-9]{0,40}(\+|0|[2-9])[0-9]{1,3}[ .-]?[0-9]{1,4}[ .-]?[0-9]{1,3}[0-9]|(καλέστε|καλεστε|επικοινωνήστε|επικοινωνηστε|τηλεφωνήστε|τηλεφωνηστε)[^0-9]{0,60}(\+|2|6|8)[0-9]{1,3}[ .-]?[0-9]{1,4}[ .-]?[0-9]{1,3}[0-9]/
    // the bank's own notice ("call the number on the back of your card"), a warning passed on, or a person's own bank
    $bk_back = /\b(retro|dietro) (della|alla|la) (sua |tua )?carta\b|\b(reverso|dorso|parte de atras) de (su|tu|la) tarjeta\b|\b(verso|costas|parte de tras) do (seu |teu )?cartao\b|(πίσω (όψη|μέρος|πλευρά)|πισω (οψη|μερος|πλευρα)) της (κάρτας|καρτας)/
    $bk_warn = /\b(truffa|truffe|truffatori|phishing|smishing|estafa|estafas|estafadores|timo|golpe|golpes|golpistas|burla|vishing|non (chiamate|chiamare|richiamate)|no (llame|llames)|nao (ligue|ligues)|mai|nunca|jamais)\b|(απάτη|απατη|απατεώνες|απατεωνες|ψεύτικ|ψευτικ|μην καλέσετε|μην καλεσετε|ποτέ|ποτε)/
    $bk_me = /\b(mia|mio|mi|meu|minha) (banca|banco|carta|conto|tarjeta|cuenta|cartao|conta)\b|(τράπεζα|τραπεζα|τράπεζά|κάρτα|καρτα|κάρτα|λογαριασμό|λογαριασμο) μου/
  condition:
    (($vi or $de or $nl or $sv or $fr or $tl or $id or $en or $th) and $cb and $urg
      and (phone_count > 0 or $num) and sender_kind == "phone" and not $warn and not $me)
    or ($bk_bank and $bk_event and $bk_cb and (phone_count > 0 or $bk_num) and sender_kind == "phone"
      and not $bk_back and not $bk_warn and not $bk_me and not $warn)
}

rule authority_debt_seizure_callback : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A bailiff, a court collection or a debt-recovery law office says an unpaid debt goes to enforcement: your salary, account or property will be seized or the case filed today unless you call or pay now, or a collection desk must urgently confirm your data, call back, from a person's number (Polish, Spanish of Mexico and Colombia, Brazilian Portuguese, Czech, Slovak; accents folded)"
  strings:
    // the story: a bailiff, an enforcement or a court collection over the reader's debt
    $pl = /\b(komornik\w{0,4}|egzekucj\w{1,3}|postepowani\w{1,2} egzekucyjn\w{1,3}|nakaz zaplaty|tytul wykonawcz\w{1,3}|windykacj\w{1,3}|kancelari\w{1,2} (prawn\w{1,3}|windykacyjn\w{1,3}|komornicz\w{1,3})|wezwani\w{1,2} przedsadow\w{1,3}|(skierowan\w{1,3}|przekazan\w{1,3}) (do sadu|na droge sadowa))\b/
    $es = /\b(embargo|embargar\w{0,4}|embargad[oa]s?|cobranza (judicial|extrajudicial|legal)|cobro (judicial|juridico|coactivo)|despacho (juridico|de abogados|de cobranza)|demanda (judicial|civil|mercantil|en su contra)|juzgado|proceso (judicial|ejecutivo)|orden de (embargo|aprehension)|buro de credito|datacredito|reportad[oa] (en|a) centrales de riesgo|(departamento|area|gestion|agencia|oficina|despacho|abogad[oa]|asesor|asesora|ejecutiv[oa]|centro|unidad)( juridic[oa])? de (cobranza|cobros|cartera)|cobro prejuridico|area juridica|cartera vencida)\b/
    $pt = /\b(penhora|penhorad[oa]s?|penhorar|oficial de justica|bloqueio judicial|protesto em cartorio|protestad[oa]|acao (judicial|de cobranca|de execucao)|processo de (execucao|cobranca)|execucao (fiscal|judicial)|mandado (de penhora|judicial)|escritorio de cobranca|negativacao|negativad[oa] no (serasa|spc)|(central|setor|departamento|assessoria|escritorio|empresa|nucleo|advogad[oa])( juridic[oa])? de (cobranca|recuperacao de credito)|cobranca (judicial|extrajudicial)|recuperacao de credito)\b/
    $cz = /\b(exekut[oa]r\w{0,3}|exekuc\w{1,3}|exekucn\w{1,3}|soudni vymahani|sudne vymahanie|platebni rozkaz|platobny rozkaz|zabaveni|zabavenie|obstaven\w{1,3}|srazk\w{1,2} ze mzdy|zrazk\w{1,2} zo mzdy|drazb\w{1,2}|drazb\w{1,2}|inkasn\w{1,3} (agentur\w{1,2}|spolecnost\w{0,2}|spolocnost\w{0,2}))\b/
    // the debt itself, or the seizure of the salary, the account, the property
    $debt = /\b(zadluzeni\w{1,3}|zaleglos\w{1,3}|dlug\w{0,3}|zajeci\w{1,2} (wynagrodzenia|konta|rachunku|majatku|nieruchomosci|pensji|emerytury)|zajme\w{0,2}|deuda\w{0,2}|adeudo\w{0,2}|saldo (vencido|pendiente)|adeuda|divida\w{0,2}|debito\w{0,2} (em aberto|pendente|vencido)|seus bens|sus bienes|su (salario|sueldo|cuenta|vivienda|vehiculo)|seu (salario|veiculo|imovel)|sua conta|dluh\w{0,3}|dlh\w{0,3}|dluzn\w{1,4}|dlzn\w{1,4}|nedoplat\w{1,3}|pohledavk\w{1,2}|pohladavk\w{1,2}|majet\w{1,3}|mzd\w{1,2}|ucet|uct\w{1,2}|mzdy|mzdu|zaleg\w{1,5} (platnos\w{1,3}|faktur\w{0,2}|rachun\w{1,3}|naleznos\w{1,3}|oplat\w{0,2})|naleznos\w{1,3}|obligacion\w{0,2} (pendiente|vencida|en mora)|en mora|pendencias? financeiras?|(faturas?|contas?|parcelas?|boletos?) (em atraso|atrasad[oa]s?|vencid[oa]s?|pendentes?))\b/
    // (or the collector's "we need to confirm some of your data", beside the collection story)
    $data = /\b(confirmar|validar|verificar|actualizar|corroborar) (unos |algunos |sus )?datos|\b(confirmar|validar|verificar|atualizar) (alguns |uns |seus )?dados|\bpotwierdz\w{1,3} (kilka |pewne |pana |pani |panstwa )?danych\b|\b(weryfikacj\w{1,2}|aktualizacj\w{1,2}) danych\b/
    // the ask: call or pay, today, at once, before the deadline
    $ask = /\b(zadzwon\w{0,3}|prosimy o (pilny |natychmiastowy )?kontakt|skontaktuj\w{0,4}|oddzwon\w{0,3}|zaplac\w{0,3}|uregul\w{1,6}|splac\w{1,4}|llame|llamenos|comuniquese|comunicate|marque|liquide|liquidar|pague|pagar hoy|ligue|ligar|entre em contato|regularize|quitar|contactenos|contactese|comunique|retorne|zavolejte|zavolajte|kontaktujte|volejte|volajte|uhradte|zaplatte)\b/
    $now = /\b(dzis|dzisiaj|natychmiast|pilnie|niezwlocznie|w ciagu [0-9]{1,2} (godzin|dni)|do godziny|ostateczn\w{1,3}|hoy|hoy mismo|de inmediato|inmediatamente|urgente|ultimo aviso|antes de las|en las proximas|hoje|ainda hoje|imediatamente|urgente|ultimo aviso|ate as|nas proximas|dnes|ihned|okamzite|neodkladne|do [0-9]{1,2} hodin|do zajtra|do zitra|posledni vyzva|posledna vyzva|a la brevedad|a la mayor brevedad|lo antes posible|cuanto antes|urgentemente|com urgencia|o quanto antes|pilny kontakt|pilnego kontaktu|jak najszybciej|co nejdrive|urgentne)\b/
    // (no number in the text: "call back on this number")
    $here = /\b(neste|deste|este|a este|en este|por este) numero\b|\b(na ten|pod ten|pod tym) numer\w{0,2}\b/
    // (a local number, which the phone count does not read: "kontakt: 512 345 678", "ligue (11) 5555-1234")
    $num = /\b(kontakt\w{0,3}|zadzwon\w{0,3}|oddzwon\w{0,3}|llame\w{0,3}|comuniquese|comunicate|marque|ligue|contato|zavolejte|zavolajte|kontaktujte|retorne|ligacao|telefone|tel|numer\w{0,2}|numero)\b[^0-9]{0,30}(\+|\(|[0-9])[0-9]{1,4}\)?[ .-]{1,2}[0-9]{1,3}[0-9]/
    // the scam named (a warning passed on), or the writer's own trouble
    $warn = /\b(oszust\w{0,4}|oszukan\w{1,3}|falszyw\w{1,3}|podszyw\w{1,6}|estafa\w{0,2}|fraude\w{0,2}|falso|falsos|extorsion|golpe\w{0,2}|golpista\w{0,2}|podvod\w{0,3}|podvodn\w{1,3}|falesn\w{1,3}|falosn\w{1,3}|nikdy|nunca|nigdy)\b/
    $me = /\b(mam|mial\w{0,2}|moj\w{0,2}|mnie|mi) (komornik\w{0,4}|dlug\w{0,3}|zajeci\w{1,2}|egzekucj\w{1,3}|konto|wyplat\w{1,3})\b|\b(mi|mis) (deuda\w{0,2}|cuenta|sueldo|salario)\b|\b(minha|meu) (divida|conta|salario|nome)\b|\b(muj|moj|moje|moja|mam|mame) (dluh|dlh|exekuc\w{1,3}|ucet|mzd\w{1,2})\b/
  condition:
    ($pl or $es or $pt or $cz) and ($debt or $data) and $ask and $now
    and (phone_count > 0 or url_count > 0 or $num or $here) and sender_kind == "phone"
    and not $warn and not $me
}

rule authority_tax_officer_settle : phishing
{
  meta:
    action = "junk"
    weight = 2.5
    description = "A tax officer or auditor (URA, KRA, TRA) from a person's number: your business's tax arrears, audit, evasion case or closure can be settled privately, cheaply or outside the office if you call his own number (English, Swahili)"
  strings:
    // the story: a tax audit, arrears, evasion, penalties or the closure of the business
    $tax = /\b(tax|vat|paye|kodi|ushuru)\b.{0,60}\b(arrears|evasion|audit|penalt(y|ies)|assessment|debt|closure|enforcement|prosecution|deni|ukaguzi|adhabu|faini|itafungwa|litafungwa|kufungiwa|kufungwa)\b|\b(arrears|evasion|audit|penalt(y|ies)|assessment|closure|sealed|ukaguzi|adhabu|kukwepa|madeni|deni|umeshindwa kulipa|inadaiwa|unadaiwa)\b.{0,60}\b(tax|vat|paye|kodi|ushuru)\b|\b(kra|ura|tra) (file|audit|officer|auditor|assessment|pin|compliance|enforcement|investigations?)\b|\b(auditor|officer|afisa|mkaguzi)( wa| from| of| handling your)? (kra|ura|tra)\b/
    // the writer is the authority or its officer (a tax agent who "spoke to KRA" is not)
    $who = /\b(officer|auditor|afisa|mkaguzi|ukaguzi|inspector|enforcement|compliance|investigations?|mamlaka ya mapato)\b.{0,40}\b(ura|kra|tra)\b|\b(ura|kra|tra)\b.{0,20}\b(officer|auditor|audit|enforcement|compliance|investigations?|inakujulisha|hapa)\b|^(ura|kra|tra)\b|\b(i am|i'm|this is|mimi ni)\b.{0,30}\b(ura|kra|tra|revenue authority|mamlaka ya mapato|afisa wa kodi|tax officer|auditor)\b/
    // addressed to the taxpayer's own business or file
    $your = /\b(your|ur) ((kra|ura|tra|tax|vat) )?(business|company|shop|premises|pin|file|account|returns?|firm|store)\b|\b(kampuni|biashara|duka|faili|pin|akaunti) (yako|lako|lenu|yenu)\b|\b(dear|ndugu) (taxpayer|mlipakodi|mfanyabiashara)\b|\b(umeshindwa kulipa|unadaiwa|hujalipa|hujawasilisha)\b/
    // the lure: settled privately, on the officer's own number, away from the office
    $private = /\b(settle|sort|close|clear|reduce|resolve|handle|arrange)\b.{0,30}\b(privately|quietly|cheaply|outside the office|out of (the )?office|without the (official|formal|normal) (process|procedure)|informally|between us)\b|\b(my|his) (personal|private|own|direct) (number|line|phone|mobile|contact)\b|\b(officer|auditor)'?s (personal|private|direct) (number|line|phone)\b|\b(don'?t|do not|dont) go to the office\b|\b(small|quick) settlement\b|\b(kwa siri|kimya kimya|nje ya ofisi|usiende ofisini|tumalizane|tumalize|tuyamalize|tulimalize|tuimalize)\b|\b(namba|simu) yangu (ya )?binafsi\b|\b(naweza|nitaweza) (kuipunguza|kupunguza)\b|\bkusuluhisha (bila|nje)\b/
    // the authority's own warning about the officers who ask for payments to personal numbers
    $warn = /\b(beware|fraudsters|scam|scams|scammers|impersonat\w{0,5}|posing as|never (ask|call|request)|jihadhari|tahadhari|matapeli|wanaojifanya)\b/
  condition:
    $tax and $who and $your and $private and (phone_count > 0 or contact_count > 0)
    and sender_kind == "phone" and not $warn
}

rule authority_tax_arrest_intl : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A tax or benefit agency from a person's number (the Canada Revenue Agency, Revenu Quebec, Service Canada; Mexico's SAT, Colombia's DIAN, Peru's SUNAT, Brazil's Receita Federal): an arrest warrant, the police or a seizure of your accounts and property unless you pay today by gift cards, Bitcoin, Interac, a transfer, OXXO, Yape, Nequi or Pix or call back; or your CPF irregular and cancelled or blocked today, regularise by Pix, a link or a chat (English and French of Canada, Spanish, Brazilian Portuguese; accents folded)"
  strings:
    // the agency
    $ag = /\b(canada revenue( agency)?|revenue canada|cra|agence du revenu( du canada)?|arc|revenu quebec|service canada|servicio de administracion tributaria|sat|dian|sunat|receita federal|(da|na|a) receita|auditor\w{0,2} (fiscal|tributari[oa])|tax (officer|agent|auditor)|cerb|pcu)\b/
    // the arrest: a warrant, the police, jail
    $arrest = /\b(arrest\w{0,3}|warrant|rcmp|police|jail|mandat d.(arret|arrestation)|arrestation|arrete|arreter\w{0,2}|grc|prison|orden\w{0,2} de (aprehension|captura|arresto|detencion)|arrestad[oa]|detenid[oa]|carcel|policia|mandado de prisao|prisao|pres[oa])\b/
    // the seizure: accounts, property, the business closed, the CPF cancelled or blocked
    $seize = /\b(seiz(e|ed|ure|ing)|frozen|freez(e|ing)|garnish\w{0,4}|lawsuit|legal action|saisi\w{0,3}|saisie|geles|gele|poursuite\w{0,2}|embarg\w{1,4}|congelad\w{1,2}|clausurad\w{1,2}|clausura|denuncia penal|fiscalia|cobr(o|anza) coactiv[oa]|penhora\w{0,2}|bloque\w{1,5}|cancelad[oa]|cancelamento|suspens[oa]|divida ativa|serasa)\b/
    // the payment no agency takes: gift cards, crypto, a wallet, OXXO, Pix ...
    $pay = /\b(gift ?cards?|google play|itunes|apple cards?|steam cards?|bitcoin|btc|crypto\w{0,8}|cartes?-cadeaux|cartes? cadeaux?|carte-cadeau|tarjetas? de regalo|oxxo|yape\w{0,4}|plin|nequi|daviplata|pix)\b/
    // ... or a transfer or a deposit
    $xfer = /\b(e-?transfer|interac|wire|virement|transferencia|deposit[ae]\w{0,2}|depositar|consign[ae]\w{0,2}|consignar|clabe|cuenta de ahorros)\b/
    // ... or a call back, a chat (call, llame, ligue, appelez, WhatsApp: the contact count)
    $call = /\b(press [0-9]|rappel\w{1,4}|composez|comuniquese|comunicarse|llamando|marque|fale com|entre em contato)\b/
    // (a local number, which the phone count does not read: "llamando al 912345678", "WhatsApp 61 98765-4321")
    $num = /\b(al|au|para|whatsapp|ligue)[ :.]{1,3}(\+|\(|[0-9])[0-9]{1,3}\)?[ .-]?[0-9]{1,4}[ .-]?[0-9]{1,3}[0-9]/
    $now = /\b(today|immediately|right away|within [0-9]{1,2} ?(hours|hrs|h)|final notice|last notice|aujourd'hui|immediatement|sans delai|dernier avis|avis final|ce soir|dans les [0-9]{1,2} ?h|hoy|de inmediato|inmediatamente|ultimo aviso|antes de las|en (las proximas )?[0-9]{1,2} horas|hoje|agora|imediatamente|amanha|em [0-9]{1,2} ?h(oras)?)\b/
    // Brazil: your CPF irregular, suspended, cancelled or blocked
    $cpf = /\bcpf\b.{0,30}\b(irregular\w{0,4}|suspens[oa]|cancelad[oa]|bloquead[oa]|pendente|pendencia|sera (cancelado|bloqueado|suspenso))\b|\bpendencias? (no|em) (seu )?cpf\b/
    $fix = /\b(regularize|regularizar|regularizacao|regularice|regularizar|quite|pague)\b/
    // the real channels: your bank, My Account, the agency's own site, an accountant's office
    $official = /\b(through your (bank|online banking)|online banking|my account|mon dossier|services bancaires|canada\.ca|revenuquebec\.ca|sat\.gob\.mx|dian\.gov\.co|sunat\.gob\.pe|bancos autorizados|desde su banco|linea de captura|app do banco|boleto|despacho|contador\w{0,2}|contabilidade?|cabinet|comptable|accountant)\b/
    // a person's own tax trouble, or a warning about the scam, or someone's report of the call
    $me = /\b(my|mon|ma|mes|mi|mis|meu|minha|meus|minhas) (accountant|comptable|contador\w{0,2}|account|accounts|assets|compte|comptes|biens|cuenta|cuentas|bienes|conta|contas|bens|cpf|rfc|rut|ruc|taxes|impots|impuestos)\b|\b(i owe|je dois|me va(n)? a (embargar|cobrar|arrestar)|vai me)\b/
    $warn = /\b(scam\w{0,3}|fraudster\w{0,2}|impersonat\w{1,6}|pretend\w{0,3}|beware|never (ask|call|request|demand|accept)|will never|does not accept|hang up|fraudeur\w{0,2}|arnaque\w{0,2}|se (font|faisant) passer|jamais|mefiez|estafa\w{0,2}|estafador\w{0,2}|se hacen pasar|nunca|es fraude|golpe\w{0,2}|golpista\w{0,2}|nao envia)\b|\b((doesn'?t|does not|don'?t|do not) do that|(got|gets|received|had) (a|this|that) (call|text|message)|(he|she|they) (owes?|owed)|arrest (him|her|them)|(un|cet) (appel|message|texto) (disant|qui disait)|(recibio|recibi|recebeu|recebi|llego) (una|um|uma|un) (llamada|ligacao|mensaje|mensagem))\b/
  condition:
    $ag and not $warn and not $me and sender_kind != "alpha" and sender_kind != "shortcode"
    and (($arrest and ($pay or $xfer or $call or contact_count > 0) and (phone_count > 0 or email_count > 0 or money_count > 0 or $pay or $num))
      or ($seize and $pay)
      or ($seize and $xfer and $now and not $official)
      or ($cpf and $now and ($pay or $fix) and (url_count > 0 or phone_count > 0 or $pay or $num)))
}

rule authority_agency_arrest_wa_in : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "An 'officer' of an anti-graft, drug, customs or immigration agency (EFCC, ICPC, NDLEA, Nigeria Customs, EOCO; CBI, ED, customs in India) says your account, name, SIM or parcel is flagged, seized or under investigation and threatens arrest, a freeze or court unless you call or pay, from a person's number (English, Nigerian Pidgin, Hausa, Yoruba, romanised Hindi, Hindi)"
  strings:
    // the agency (Hausa "kwastam", Yoruba "kositomu" for customs)
    $ag = /\b(efcc|icpc|ndlea|nfiu|eoco|cbi|ncb|dri|enforcement directorate|economic and financial crimes|narcotics control bureau|customs|kwastam|kwastan|kositomu|kositoomu|immigration|dss|ed (ki|ke|se|office|notice|officer|department|dept|team))\b/
    // English, Pidgin, romanised Hindi: your account, name, SIM or parcel flagged, seized or in a case; "dem dey look for you"
    $en_case = /\b(your|ur|ya|una|aapke|aapka|aapki|apke|apka|apki) (bank )?(account|acct|bvn|nin|sim|sim card|line|number|name|parcel|package|goods|consignment|container|pan|pan card|aadhaa?r|passport|details)\b.{0,60}\b(flagged|flag|linked|involved|investigat\w{0,5}|seized|seize|held|hold|blocked|block|frozen|freeze|laundering|fraud\w{0,5}|case|drugs?|igbo|contraband|undeclared|hawala|enter|yahoo|offence|pakda|pakdi)\b|\b(flagged|flag|blocked|block|freeze|froze|seized|seize|hold|held|intercepted)\b.{0,20}\b(your|ya|una) (account|bvn|sim|line|parcel|package|goods|consignment|container)\b|\b(dey|are|is) (look|looking|find|finding|search|searching) for (you|una)\b/
    $en_threat = /\b(arrest(ed)?|warrant|prosecut\w{1,5}|freeze|frozen|legal action|detention|detain(ed)?|jail|court|deport\w{0,6}|carry you|come for you|giraftar\w{0,3}|girftar\w{0,3})\b/
    // Hausa: your account, goods, name or line ("asusun ka", "kayanka", "sunan ka", "layin ka"), a fraud probe or drugs,
    // and arrest or court ("a kama ka", "kai ka kotu")
    $ha_you = /\b(asusun ?(bankin )?ka|asusunka|kayan ?ka|kayanka|sunan ?ka|sunanka|layin ?(wayar )?ka|layinka|neman ka|same ka)\b/
    $ha_crime = /\b(damfara|zamba|binciken?|kwayoyi|haramtattun|safara\w{0,2}|alaka|an kama|ta kama|rufe)\b/
    $ha_threat = /\b(a kama ka|kama ka|kai ka kotu|a rufe|an rufe|gaggawa)\b/
    // Yoruba: your account, name, goods or SIM ("account re", "oruko re", "eru re"), fraud or a probe, and arrest
    // ("won a mu e", "ile ejo") or haste
    $yo_you = /\b(account (re|yin)|oruko (re|yin)|eru (re|yin)|oja (re|yin)|sim (re|yin)|laini (re|yin)|n wa (e|yin))\b/
    $yo_crime = /\b(jibiti|iwadi|wadi|ti gba|ti di|igbo|oogun oloro)\b/
    $yo_threat = /\b(mu (e|yin)|ile ejo|ewon|atimole|kiakia|lesekese)\b/
    // Hindi (three bytes a letter): your account, PAN, SIM or parcel in hawala, laundering or seized, and arrest or action
    $ag_hi = /(सीबीआई|ईडी|प्रवर्तन निदेशालय|कस्टम|सीमा शुल्क|एनसीबी|नारकोटिक्स)/
    $hi_case = /(आपके|आपका|आपकी) (बैंक|खाते|पैन|आधार|सिम|नाम|पार्सल|मोबाइल).{0,120}(हवाला|मनी लॉन्ड्रिंग|अवैध|धोखाधड़ी|पकड़ा|पकडा|ड्रग्स|सोना|जब्त|केस)/
    $hi_threat = /(गिरफ्तार|गिरफ़्तार|वारंट|कानूनी कार्रवाई|फ्रीज|जेल)/
    // the call or the payment
    $act = /\b(pay|send|drop|transfer|settle am|biya|turo|kira|san|ranse|pe (wa|mi|officer)|bharo|bhejo|bhariye)\b|(संपर्क|कॉल|भरें|भेजें|भुगतान)/
    // the agency's own warning, or the scam named
    $warn = /\b(beware|fraudsters|scam|scams|scammers|impersonat\w{0,5}|fake|never (ask|call|demand|collect)|does not (collect|demand|ask)|hattara|masu damfara|sora fun|onijibiti|savdhan|saavdhan|thagi|farzi|fraud hai|koi bhi call|(phone|call) kaat (dena|do|dijiye)|hang up)\b|(सावधान|ठग)/
  condition:
    (($ag and $en_case and $en_threat) or ($ag and $ha_you and $ha_crime and $ha_threat)
      or ($ag and $yo_you and $yo_crime and $yo_threat) or ($ag_hi and $hi_case and $hi_threat))
    and ($act or phone_count > 0 or contact_count > 0) and not $warn
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule authority_police_callback_ph : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "The Philippine police or NBI call-back from a person's number: the PNP Anti-Cybercrime Group or the NBI says a case (cyber libel, fraud) or a warrant is out against you, or your SIM, account or name was used, call, text or press a key at once or be arrested, tell no one (Tagalog with 'po', Taglish)"
  strings:
    $a = /\b(pnp|nbi|acg|cidg|anti-?cybercrime|cybercrime (division|group|unit|office)|imbestigador|piskal|ntc)\b/
    // the accusation against the reader in the formal you
    $c = /\b(laban sa (inyo|iyo)|kinasuhan (po )?(kayo|ka)|inireklamo (po )?(kayo|ka)|may (pending na )?(kaso|warrant|subpoena|reklamo)( po)? (kayo|ka)|(kayo|ka) (po )?(ay )?may (pending na )?(kaso|warrant|subpoena|reklamo)|ginamit ang (inyong|iyong) (account|pangalan|sim|numero|id|gcash)|(inyong|iyong) (sim|account|pangalan|numero|linya|gcash)\b.{0,30}\b(ginamit|sangkot)|ipapaaresto (po )?(kayo|ka)|aarestuhin (po )?(kayo|ka)|(your|ur) (number|account|name|sim|gcash)\b.{0,30}\b(reported|used|involved|flagged|linked)\b.{0,30}\b(cyber ?libel|fraud|estafa|illegal|case))\b/
    $cb = /\b(tumawag|tawagan|makipag-?ugnayan|pindutin|pindot|mag-?reply|i-?text|sumagot|call|press [0-9])\b/
    // the pressure: at once, before a time, or be arrested, tell no one, settle it
    $u = /\b(agad|ngayon|bago mag|sa loob ng|huwag (po )?(ninyong |mong )?(ipagsabi|sabihin)|kahit kanino|kung hindi|para hindi|warrant|aresto|arestuhin|ipapaaresto|ma-?settle|i-?settle|maayos|immediately|today)\b/
    // the police's own warning: impostors, never, report them
    $w = /\b(mag-?ingat|nagpapanggap|modus|scam\w{0,3}|huwag (po )?(maniwala|magpaloko|tumawag|magbigay|magpadala)|hindi (po )?(kailanman|tumatawag|humihingi)|never)\b/
  condition:
    $a and $c and ($cb or contact_count > 0 or phone_count > 0) and $u and not $w
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule authority_travel_ban_gulf : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Kuwait and Saudi Arabia, from a person's number: the Ministry of Interior, the Public Prosecution, public security or the cyber-crime department says a travel ban or an arrest order is on your Civil ID, Iqama or name, or your ID is tied to laundering or a case, call, press a key or settle at once or be arrested (Arabic, English)"
  strings:
    $a = /(وزارة الداخلية|الداخلية|النيابة العامة|الامن العام|الأمن العام|مكافحة الجرائم|الجرائم الإلكترونية|الجرائم الالكترونية|الجرائم المعلوماتية|إدارة التنفيذ|ادارة التنفيذ|المباحث العامة|إدارة التحريات|ادارة التحريات)/
    $c = /(منع سفر|منع من السفر|أمر ضبط|امر ضبط|أمر قبض|امر قبض|أمر اعتقال|امر اعتقال|مذكرة (قبض|توقيف|اعتقال)|ضبط وإحضار|ضبط واحضار|تعميم (اسمك|اسمكم)|(عليك|عليكم|بحقك|بحقكم|ضدك|ضدكم) (قضية|بلاغ|دعوى)|(هويتك|هويتكم|رقمك المدني|رقمكم المدني|بطاقتك المدنية|إقامتك|اقامتك|رقم هويتك|حسابك).{0,60}(غسيل أموال|غسيل اموال|غسل أموال|غسل الأموال|قضية|جنائي|مشبوه))/
    $act = /(اتصل|الاتصال|تواصل|اضغط|للتحدث|راسلنا|واتساب)/
    $u = /(فورا|حالا|الآن|الان|خلال [0-9]|سيتم (القبض|توقيف|إيقاف|ايقاف|حبس|إحالت|احالت)|القبض عليك|توقيفك|لا تخبر|للتسوية|لتسوية|لرفع)/
    $w = /(رسائل احتيال|محاولات احتيال|تحذير|تنتحل|انتحال|لا تشارك|لن تطلب|لا تطلب|احذر|نصاب|محتال)/
    // English: a travel ban or an arrest order on your Civil ID or Iqama
    $ea = /\b(ministry of interior|moi|public prosecution|general security|interior ministry)\b/
    $ec = /\b(travel ban|arrest order|arrest warrant)\b.{0,60}\b(civil id|iqama|national id|your (name|id|passport))\b|\b(civil id|iqama)( number)?\b.{0,60}\b(travel ban|arrest order|arrest warrant)\b/
    $eu = /\b(today|immediately|right now|within [0-9]{1,2} ?(hours|hrs)|arrested|detained|detention|at the airport)\b/
    $ew = /\b(scam\w{0,3}|fraudsters?|impersonat\w{0,5}|beware|never (call|ask|share))\b/
  condition:
    (($a and $c and ($act or phone_count > 0) and $u and not $w)
      or ($ea and $ec and $eu and (phone_count > 0 or contact_count > 0) and not $ew))
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule authority_cyber_police_loan_cis : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Belarus, Ukraine, Russia, from a person's number: the cyber-crime department, the cyber police or an investigator says a loan is being taken in your name or on your passport data, or a check or case is open on you or your account, call back, press a key or await the call and tell no one (Russian, Belarusian, Ukrainian, romanised Russian)"
  strings:
    // the cyber-crime department or an investigator (a Cyrillic letter is two bytes)
    $a = /(киберпреступн|кибермилиц|киберполиц|кіберзлачын|кібермілі|кіберполіц|высоких технологий|аддзел\S{0,2} па барацьбе|отдел\S{0,2} по борьбе|управлени\S{0,2} по борьбе|следовател|слідч|kiberprestupn|kiberpolic|otdel po borbe|sledovatel)/
    // a loan in your name or on your passport data, or a check or case about you or your account
    $c = /((на|na) (ваше|вашае|ваша|vashe) (имя|імя|ім.{1,3}я|imya)|по вашим (паспортным )?данным|ваші (паспортні )?дані|ваши (паспортные )?данные|вашы (пашпартныя )?дадзеныя|po vashim (pasportnym )?dannym).{0,80}(кредит|крэдыт|займ|позик|kredit|zaym)|(кредит|крэдыт|kredit).{0,40}(на|na) (ваше|вашае|ваша|vashe) (имя|імя|ім.{1,3}я|imya)|(в отношении|щодо|у дачыненні да) (вас|вашего|вашей|вашого|вашої|вашага).{0,60}(проверк|провадженн|дело|справ|расследовани|розслідуванн|праверк)/
    $cb = /(перезвоните|позвоните|свяжитесь|ожидайте звонка|нажмите [0-9]|ответьте [0-9]|зателефонуйте|передзвоніть|натисніть [0-9]|очікуйте дзвінка|патэлефануйце|перазваніце|націсніце [0-9]|чакайце званка|никому не|нікому не|perezvonite|pozvonite|nazhmite [0-9]|otvette [0-9]|nikomu ne)/
    // the police's own warning: impostors, never call back, hang up
    $w = /(представля|видають себе|видают себя|прадстаўля|не перезванивайте|не передзвонюйте|не перазвань|положите трубку|покладіть слухавку|бдительн|пильн|пільн|ніколи не|никогда не|nikogda|ne perezvanivayte)/
  condition:
    $a and $c and ($cb or phone_count > 0) and not $w
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule authority_regulator_number_block_ru : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "The telecom regulator (Roskomnadzor, the digital ministry) from a person's number: your number is used by fraudsters or will be blocked or cut off, press or reply 1 or call back (Russian, romanised Russian)"
  strings:
    $a = /(роскомнадзор|ркн|минцифр|roskomnadzor|\brkn\b|mintsifr|mincifr)/
    $c = /(ваш\S{0,4} (абонентск\S{0,4} )?(номер|сим-карт)|с вашего номера|vash nomer|s vashego nomera).{0,100}(мошенни|злоумышлен|подозрительн|заблокир|отключ|блокировк|moshennik|zablokir|otklyuch|blokirovk)/
    $cb = /((нажмите|ответьте|отправьте|введите|наберите) [0-9]|[0-9] в ответ|(nazhmite|otvette|otpravte) [0-9]|перезвоните|позвоните|perezvonite|pozvonite)/
    $w = /(представля|не нажимайте|не перезванивайте|никогда не|не делайте|ne nazhimayte)/
  condition:
    $a and $c and $cb and not $w and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule authority_cid_callback_wa : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Sierra Leone and Liberia, from a person's number: the CID or the national police says a case, a complaint or a warrant is out against you or your number, name or mobile-money account is tied to a fraud, call or pay now or be arrested (Krio, Liberian English)"
  strings:
    $a = /\b(cid|lnp|liberia national police|sierra leone police|criminal investigations? department)\b/
    $c = /\b(case ogens yu|kes ogens yu|case (against|ogens) (you|yu)|complaint (has been |was )?(filed|lodged) against you|warrant (fo|for|of) (arest|arrest)|yu nem|yu nomba|yu akawnt|yuz yu|yu get warrant|(your|yu) (phone )?(number|nomba|account|akawnt|name|nem)\b.{0,40}\b(used|yuz|link|fraud|case|warrant))\b/
    $t = /\b(arest|arrest(ed)?|lok yu op|lock you up|jel|jail|warrant|kam fo yu|come for you|prosecut\w{0,4})\b/
    $cb = /\b(kol|call|sen|send|pe|pay)\b/
    $u = /\b(tide|today|naw naw|now now|kwik|quick|bifo|before|tumara|within [0-9]{1,2}|don'?t tell|nor tel|no tel)\b/
    $w = /\b(never|neva|fraudsters?|scam\w{0,3}|fake|beware|impersonat\w{0,5}|pretend\w{0,3})\b/
  condition:
    $a and $c and $t and $cb and $u and not $w
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule authority_notary_inheritance_callback : phishing
{
  meta:
    action = "junk"
    weight = 2.5
    description = "A 'notary' or probate lawyer from a person's number: an inheritance or a late relative's estate names you as heir or beneficiary, call me back (English, Russian)"
  strings:
    $n = /\b(notary|notarius|solicitor|probate (office|lawyer|attorney)|estate (lawyer|attorney|administrator|executor))\b|нотариус/
    $i = /\b(inheritance|estate of (a |the |your )?(late|deceased)|late (relative|uncle|aunt|cousin|grandfather|grandmother)|unclaimed (inheritance|estate|funds)|beneficiary|next of kin|heir|bequest|nasledstv\w{0,3}|naslednik\w{0,3})\b|(наследств|наследник|завещани)/
    $y = /\b(you are (named|listed|entitled|the (sole )?(beneficiary|heir))|named you|in your (family )?name|you (have been|were) (named|listed|identified))\b|(вы указаны|вы являетесь|вам причитается|на ваше имя)/
    $cb = /\b(call (me )?back|return (my|this|the) call|kindly call|please call|contact (me|my office|our office)|reach me)\b|(перезвоните|позвоните|свяжитесь)/
    $w = /\b(scam\w{0,3}|fraud\w{0,5}|beware|fake)\b|(мошенни|осторожно)/
  condition:
    $n and $i and $y and $cb and not $w and sender_kind == "phone"
}
