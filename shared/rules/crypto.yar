// Crypto scams: seed-phrase "verification", airdrops and token giveaways, wallet or exchange
// alerts that lead to a link or a call-back, USDT "profit" offers.

private rule crypto_mentioned
{
  strings:
    $c = /\b(crypto|cryptocurrency|bitcoin|btc|eth|ethereum|usdt|tether|usdc|bnb|solana|sol|xrp|dogecoin|token|tokens|nft|defi|web3|blockchain|coinbase|binance|metamask|trust ?wallet|kraken|exodus|ledger|trezor|phantom|kucoin|bybit|okx|bitget)\b/
  condition:
    $c
}

rule crypto_seed_phrase : phishing
{
  meta:
    action = "junk"
    weight = 3.5
    description = "Asks to enter, verify, sync, share or send a wallet's seed or recovery phrase or private key: no wallet, exchange or support desk ever asks for it"
  strings:
    $s = /\b((seed|recovery|secret|mnemonic|backup|wallet) (phrase|words)|private key|1[28][- ]word|24[- ]word)/
    $v = /\b(verify|validate|enter|confirm|sync|synchroni[sz]e|submit|provide|import|connect|restore|re-?activate|rectify|upgrade|migrate)/
    // asked to hand it over ("share the 12 word phrase"), unless the text warns never to
    $ask = /\b(share|send|give|tell|text|type|paste|reply with)\b/
    $never = /\b(never|not|don'?t|won'?t|no one|nobody|anyone|scam|fraud)\b/
  condition:
    $s and ($v or ($ask and not $never))
}

rule crypto_airdrop_claim : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "An airdrop, token giveaway or free coins to claim"
  strings:
    $a1 = /\b(airdrop|air-drop|token (giveaway|distribution|reward|allocation)|free (crypto|bitcoin|btc|eth|usdt|tokens|coins|nft))\b/
    $a2 = /\b(giveaway|reward|bonus)\b.{0,40}\b(usdt|btc|eth|bitcoin|tokens)\b/
    $c = /\b(claim|eligible|receive|connect|allocated|qualified|reward|redeem|withdraw|collect)\b/
  condition:
    any of ($a*) and $c
}

rule crypto_wallet_alert : phishing
{
  meta:
    action = "junk"
    weight = 2.5
    description = "An exchange or wallet 'withdrawal / locked / unauthorised' alert with a link or call-back"
  strings:
    $alert1 = /\b(suspended|locked|restricted|frozen|unauthori[sz]ed|compromised|verification required|pending withdrawal|large withdrawal|withdrawal (request|attempt|of|has been))\b/
    $alert2 = /\b(new|unrecogni[sz]ed|unknown|unusual|suspicious) (device|login|log-?in|sign-?in|ip)\b/
    $call = /\b(call|contact|dial)( us)?( now| immediately| support)?( on| at)?:? ?\+?[0-9]/
  condition:
    // a link on the exchange's own domain ("lock your account at coinbase.com/lock") is its notice, not the lure
    crypto_mentioned and any of ($alert*) and ($call or phone_count > 0 or url_count > brand_link_count)
}

rule crypto_profit_offer
{
  meta:
    action = "junk"
    weight = 2.0
    description = "USDT or crypto profits, daily returns or deposit bonuses offered through a chat app or link"
  strings:
    $p1 = /\b(profit|profits|returns?|earn(ed|ings)?|income|commission|daily|per day|bonus|deposit|double)\b/
    $p2 = /[0-9] ?% (daily|a day|per|profit|return|roi|bonus|weekly|monthly)/
    $chan = /\b(whatsapp|telegram|wa\.me|t\.me|signal|join|register|sign up|invite|mentor|platform)\b/
  condition:
    crypto_mentioned and any of ($p*) and ($chan or url_count > 0)
}

rule crypto_recovery_offer
{
  meta:
    action = "junk"
    weight = 3.0
    description = "The recovery scam: 'we have traced your lost or stolen crypto or funds and can return them', reply or contact us; or its testimonial: 'I lost my bitcoin to a fake platform, a recovery expert or hacker got it all back, contact him' with an e-mail, a number or a handle (English: UK, US, Australia, Nigeria)"
  strings:
    $we = /\b(we|our (recovery |legal |asset )?(team|agents?|firm|experts?)) (have |has )?(located|traced|found|recovered|identified|tracked|can (recover|return|retrieve|get back))\b/
    $lost = /\b(lost|stolen|scammed|frozen|collapsed?|hacked|missing)\b/
    $asset = /\b(crypto|bitcoin|btc|usdt|eth|funds|assets|investment|money|wallet)\b/
    // the testimonial: the writer lost money or was scammed ...
    $t_lost = /\b(i|we) (have |had )?(lost|was scammed|were scammed|got scammed|been scammed|fell victim|fell prey|was defrauded|got defrauded|was duped|got duped)\b|\bscammed (me|us) (out )?of\b/
    // ... someone got it back ...
    $t_back = /\b(helped|help|assisted) (me|us) (to )?(recover|get back|retrieve|reclaim|trace)\b|\b(recover(ed|ing)|retriev(ed|ing)|reclaim(ed|ing)|got back|getting back|returned|restored) (all |every |the |everything|it all|my |our |back )|\b(got|get|getting) (all |every cent of |every penny of )?(my|our) ([a-z]{1,11}[a-z] ){1,2}back\b/
    // ... a recovery agent, a hacker or a cyber expert ...
    $t_agent = /\b(recovery (expert|agent|specialist|company|firm|team|services?|hacker|professional|guru|wizard|pro)|hackers?|hack(ing)? (expert|team|services?|guru)|(cyber|blockchain|crypto|forensic|tech|computer) (expert|specialist|investigator|wizard|guru|genius|agent)|white ?hat|private investigator|(funds?|assets?|crypto|bitcoin) recovery)\b/
    // ... whose contact the writer passes on
    $t_pass = /\b(contact|reach|reach out to|write to|message|text|email|e-mail|whatsapp|dm|call|holla|hola at) (him|her|them|am|this (man|guy|lady|team|company|expert|hacker))\b|\b(his|her|their) (email|e-mail|mail|whatsapp|telegram|contact|number|details|info|website|handle|address)\b|\b(i|we) (highly |strongly |would )?(recommend|refer)\b|\b(highly|strongly) recommend\b/
    $t_handle = /\b(telegram|whatsapp|signal|instagram|ig)\b.{0,12}@[a-z0-9_]/
    // a person who suspects the "recovery" offer
    $t_warn = /\b(sounds|smells|looks) like (a |another )?scam\b|\banother scam\b|\bdon'?t (pay|trust) (them|him|her|anyone)\b/
  condition:
    (($we and $lost and $asset)
      or ($t_lost and $t_back and $t_agent and $t_pass and $asset and not $t_warn
        and (email_count > 0 or phone_count > 0 or url_count > 0 or $t_handle)))
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule crypto_unclaimed_rewards : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Unclaimed staking or crypto rewards waiting on an exchange account, to arrange by reply or link"
  strings:
    $unclaimed = /\bunclaimed (staking |crypto |mining )?(rewards|funds|balance|earnings)\b/
    $coin = /\b(usdt|btc|eth|binance|coinbase|crypto|staking|wallet|bybit|okx)\b/
  condition:
    $unclaimed and $coin
}

rule crypto_exchange_staff_guide
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A stranger posing as a Binance, Coinbase, OKX, Bybit or Kraken employee who offers a deposit or new-user bonus and to guide you to open an account or start trading"
  strings:
    // "I'm Emma from Binance", "Coinbase account manager", "a staff member of OKX"
    $staff = /\b(i am|i'm|im|this is|my name is) [a-z]{1,11}[a-z]( [a-z]{1,11}[a-z])?,? (from|with|at|of) (the )?(binance|coinbase|okx|bybit|kraken|kucoin|bitget|mexc|huobi|htx|gemini|crypto\.com)\b|\b(binance|coinbase|okx|bybit|kraken|kucoin|bitget|mexc|huobi|htx|crypto\.com) (employee|staff|representative|rep|customer manager|account manager|client manager|consultant|specialist|advisor|adviser|assistant|team member|official|customer service)\b|\b(employee|staff( member)?|representative|manager|consultant|specialist|advisor|adviser|assistant) (of|at|from) (binance|coinbase|okx|bybit|kraken|kucoin|bitget|mexc|huobi|htx|crypto\.com)\b/
    // the hand-holding: "I will guide you to open an account", "teach you how to trade"
    $guide = /\b(guide|help|teach|assist|show|walk) (you|u) (to |through |in |with |how to )?(open|opening|create|creating|register|registering|sign up|signing up|start|get started|trade|trading|make your first deposit|claim|deposit)\b|\b(step[- ]by[- ]step|one[- ]on[- ]one|1[- ]on[- ]1) (guidance|guide|help|tutorial|support|coaching)\b/
    // the lure: a bonus for depositing or for being new
    $bonus = /\b(deposit|welcome|new[- ]?user|newcomer|new customer|sign[- ]?up|registration|first[- ]deposit|trading|futures) (bonus|bonuses|reward|rewards|gift|voucher|coupon|airdrop)\b|\b(bonus|reward)s? (of|up to|worth) [^ ]{1,12} (usdt|usd|dollars|btc|in crypto)\b/
  condition:
    ($staff and ($guide or $bonus) or (crypto_mentioned and $guide and $bonus))
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule crypto_support_callback : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A fake exchange or wallet support agent texting first from a number: 'Coinbase, Binance, Kraken, Crypto.com, Trust Wallet, MetaMask or Ledger support, we received your ticket or case, call me back to secure your wallet' (English, Spanish)"
  strings:
    // the exchange's support, security or fraud team, in either order ("Binance support", "del soporte de Binance")
    $sup = /\b(coinbase|binance|kraken|crypto\.com|trust ?wallet|metamask|ledger|trezor|exodus|kucoin|bybit|okx|bitget|blockchain\.com)('s|s)? (wallet |account |customer |technical |tech )?(support|security|fraud|compliance|help ?desk|customer (care|service)|risk|recovery|soporte|seguridad|asistencia|atencion al cliente|servicio al cliente)\b|\b(support|security|fraud( prevention)?|compliance|risk|recovery) (team|department|desk|unit|agent|specialist|officer|line)s? (at|of|from|with|for) (the )?(coinbase|binance|kraken|crypto\.com|trust ?wallet|metamask|ledger|trezor|exodus|kucoin|bybit|okx|bitget|blockchain\.com)\b|\b(soporte|asistencia|atencion al cliente|servicio al cliente|seguridad|(departamento|equipo|area|centro) de (seguridad|soporte|fraude|asistencia|ayuda|cumplimiento)) (tecnico |tecnica )?(de |del |en )?(equipo de |soporte de )?(coinbase|binance|kraken|crypto\.com|trust ?wallet|metamask|ledger|trezor|exodus|kucoin|bybit|okx|bitget|blockchain\.com)\b/
    // the ticket or case "you" opened, or its number
    $case = /\b(your|ur) (recent |open |pending |support |security |withdrawal )?(ticket|case|support request|request|complaint|inquiry|enquiry|dispute|report)\b|\b(ticket|case)( number| no\.?| id| ref(erence)?)? ?(#|n°|:) ?[a-z0-9]|\b(su|tu) (ticket|caso|solicitud|reporte|reclamo|reclamacion|queja|incidencia|consulta)\b|\b(ticket|caso|solicitud|reporte|incidencia)( numero| nro\.?| no\.?)? ?(#|n°|:) ?[a-z0-9]/
    // what the call-back is for: the wallet or account to secure
    $secure = /\b(secure|protect|safeguard|freeze|lock|recover|restore|unlock|reactivate) (your|ur) (wallet|account|funds|assets|crypto|coins|balance)\b|\b(proteger|asegurar|resguardar|bloquear|congelar|recuperar|desbloquear|reactivar) (su|tu|sus|tus) (billetera|cartera|wallet|cuenta|fondos|activos|criptomonedas|saldo)\b/
    // an agent by name ("this is Mike from", "soy Carlos del")
    $agent = /\b(this is|i'm|i am|my name is|it's) [a-z]{1,11}[a-z]( [a-z]{1,11}[a-z])?,? (from|with|at|of)\b|\b(soy|le habla|te habla|mi nombre es|le escribe|le saluda) [a-z]{1,11}[a-z]( [a-z]{1,11}[a-z])?,? (de|del)\b/
    $cb = /\b(call|ring) (me|us) back\b|\breturn (my|our|this|the) call\b|\b(call|reach|contact) (me|us) (at|on|directly|now|asap|immediately)\b|\b(at|on) this (number|line)\b|\bcall back (at|on)\b|\b(llameme|llamame|llamenos|llamanos|contacteme|contactame|comuniquese|comunicate|devuelvame la llamada|devuelveme la llamada|devuelva la llamada|regreseme la llamada|a este numero)\b/
    // the customer's own ticket, told to a friend ("I opened a ticket", "abri un caso")
    $mine = /\b(i|we) (opened|filed|submitted|raised|sent|made|have) (a|the|my|our|an) (ticket|case|request|complaint)\b|\b(abri|puse|levante|mande|envie|tengo) (un|el|mi) (ticket|caso|reclamo|reporte|solicitud)\b/
  condition:
    $sup and ($case or ($agent and $secure)) and ($cb or phone_count > 0) and not $mine
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule crypto_p2p_merchant_arbitrage
{
  meta:
    action = "junk"
    weight = 2.5
    description = "A P2P 'merchant' from a person's number who buys USDT or BTC above the market rate or will pay first; a self-made trader who brags of USDT or P2P arbitrage profits and offers to teach you for free (English, Hinglish, Pidgin)"
  strings:
    // who is writing: a Binance or Bybit P2P merchant, a verified vendor ("Main Binance P2P merchant hoon")
    $merch = /\b(p2p|otc) (merchant|vendor|dealer|exchanger)s?\b|\b(verified|certified|trusted|licensed|registered|legit|big) (binance |bybit |okx |kucoin |bitget |crypto |usdt )?(merchant|vendor|exchanger)\b|\b(merchant|vendor) (on|at|with) (binance|bybit|okx|kucoin|bitget|paxful|noones)\b/
    // or what they offer: "I buy USDT", "we dey buy BTC", "buying your USDT", "USDT bechna hai?"
    $buy = /\b(i|we) (buy|am buying|are buying|dey buy|dey collect|purchase|sell|am selling|are selling|dey sell)( and sell| and buy| your| all)? (usdt|btc|bitcoin|crypto|tether|usdc|eth|coins)\b|\b(buying|collecting|selling) (your )?(usdt|btc|bitcoin|crypto|usdc)\b|\b(usdt|btc|crypto) (bechna|bechni|bechne|sell karna|sell karni) (hai|he|h|ho)\b/
    // the lure: a rate above the market's, or "I pay first"
    $rate = /\babove (the )?(current |today's |todays )?(market|binance|p2p) ?(rate|price)?\b|\b(higher|better|more) than (the )?(market|binance|p2p|current) (rate|price)\b|\bmarket (rate|price) se (zyada|jyada|jada|upar|behtar)\b|\b(better|higher|good) (rate|price) pass (the )?market\b|\b(best|premium|highest) (rate|price)s? (for|on) (your )?(usdt|btc|bitcoin|crypto)\b/
    $first = /\b(i|we) (will |go |can |shall |dey )?(pay|send|release)( you| the money| your money| the naira| the cash)? first\b|\b(you|u) (go |can |will )?(pay|send) first\b|\bpehle (payment|paise|pay) (main|mai|hum) (karunga|karenge|dunga|denge|kar dunga|kar denge)\b|\b(main|mai|hum) pehle (payment|paise|pay) (karunga|karenge|dunga|denge|kar dunga|kar denge)\b/
    // the arbitrage mentor: "USDT arbitrage", a boast of profits, and "I can teach you for free"
    $arb = /\barbitrage\b/
    $teach = /\b(teach|train|coach|mentor|guide|show) (you|u)\b|\bmake i (teach|show|guide|put) (you|u)\b|\bsikha(unga|ungi|dunga|dungi|denge|enge|aunga|oonga)\b|\b(free|muft) (me|mein|main|mai) sikh\w{1,5}\b/
    $brag = /\b(i|we) (made|make|earn|earned|dey make|dey earn|don make|am making|am earning|cashed out|withdrew) (over |about |up to |like |around |more than )?(\$|₦|n|₹|rs\.? ?|ksh ?|ghs ?)?[0-9]|\b(roz|rozana|daily|har din|mahine) ([^ ]{1,12} ){0,2}(kamata|kamati|kamate|kama leta|kama leti|kama raha|kama rahi|kamaata)\b|\bself[- ]made\b/
    $p2p = /\bp2p\b/
    // a person's warning, or a friend's joke
    $warn = /\b(scam|scammer|scammers|fraud|fake|beware|careful|dhokha|farzi|lol|lmao)\b/
  condition:
    (crypto_mentioned or $p2p) and not $warn and sender_kind != "alpha" and sender_kind != "shortcode"
    and ((($merch or $buy) and ($rate or $first))
      or ($arb and $teach and $brag))
}

// The trading "room" of Korea, Vietnam, Japan and Taiwan: a coin or futures leading room, an AI
// auto-trading program or a "teacher" of gold and stocks; a boast of cumulative returns, a guaranteed
// monthly return or a loss compensation; and a KakaoTalk, Telegram, LINE or Zalo id or link to join.
// A friend's talk of coins names no guarantee; an exchange's security notice offers no room.
rule crypto_trading_room_asia
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A coin or futures 'leading room', an AI auto-trading program or a gold or stock 'teacher' with cumulative or guaranteed returns, a free trial or loss compensation, and a KakaoTalk, Telegram, LINE or Zalo id or link to join (Korean, Vietnamese, Japanese, traditional and simplified Chinese)"
  strings:
    // Korean (three bytes a letter): the room or program ...
    $ko_room = /(코인|비트코인|가상화폐|가상자산|암호화폐|해외 ?선물|코인 ?선물|선물 ?(리딩|거래|매매|시그널)|자동 ?매매|ai ?(매매|트레이딩)|퀀트|금 ?투자).{0,60}(리딩|시그널|프로그램|전문가|애널리스트|선생님|교수님|무료|vip|단톡방|체험)|(리딩|시그널|프로그램|전문가|선생님|교수님|무료|vip|단톡방).{0,60}(코인|비트코인|가상화폐|암호화폐|해외 ?선물|코인 ?선물|자동 ?매매|ai ?(매매|트레이딩))/
    // ... the returns or the guarantee ...
    $ko_claim = /(누적 ?수익|수익률 ?[0-9]|월 ?수익|월 ?[0-9]{1,2} ?% ?(수익|보장)|수익 ?(보장|인증)|원금 ?보장|손실 ?(보상|복구|보전|만회|회복)|손실금|무료 ?체험|승률 ?[0-9])/
    // ... and the way in
    $ko_in = /(카톡|카카오톡|오픈 ?채팅|오픈톡|텔레그램|텔레|라인|아이디|입장|open\.kakao)/
    // Vietnamese (diacritics folded): the signal group, the trading bot or the teacher ...
    $vi_room = /\b(nhom keo|keo lenh|phong keo|nhom tin hieu|tin hieu (giao dich|coin|future|vao lenh)|chuyen gia (dau tu|tai chinh|chung khoan|coin|vang)|thay (huong dan|day|chia se)|(huong dan|day|chia se) (dau tu|giao dich|trade)|bot giao dich|robot giao dich|phan mem giao dich|giao dich tu dong|ai giao dich|dung thu mien phi|nhom vip)\b/
    $vi_asset = /\b(coin|tien ao|tien dien tu|tien so|bitcoin|btc|usdt|future|futures|forex|ngoai hoi|vang|chung khoan|co phieu|ai)\b/
    // ... the guaranteed or steady profit, the loss refunded ...
    $vi_claim = /\b(loi nhuan (on dinh|dam bao|cam ket|cao|[0-9])|cam ket (loi nhuan|hoan von|hoan tien|bu lo|lai)|(bu|den bu|hoan tien) (lo|100)|thua lo hoan|lo hoan tien|lai (suat )?[0-9]{1,2} ?%|% ?(\/|moi|mot) ?(thang|tuan|ngay)|ty le thang|ti le thang|khong (lo|rui ro)|(dam bao|bao dam) (loi nhuan|lai|von))\b/
    // ... and the group to join
    $vi_in = /\b(zalo|telegram|tele|tham gia|ket ban)\b/
    // Japanese: the asset or the auto-trading tool, a sure or monthly return, LINE to add or a group to join
    $ja_room = /(仮想通貨|暗号資産|ビットコイン|fx|先物|ゴールド|金投資|自動売買|ai ?(投資|トレード|取引)|システムトレード)/
    $ja_claim = /(月利 ?[0-9]|日利 ?[0-9]|利回り ?[0-9]|元本保証|損失補填|損失補償|累計(利益|収益)|勝率 ?[0-9]|(収益|利益|リターン)(を)?保証|% ?(保証|確定)|必ず(儲|稼)|確実に(儲|稼))/
    $ja_in = /(line|ライン|テレグラム|telegram|追加|参加|無料体験|お試し)/
    // Chinese (traditional and simplified): the coin, the contract, gold, the quant bot or the trader
    // who leads the orders, a guaranteed or monthly return or a loss compensated, LINE or the group
    $zh_room = /(虛擬貨幣|加密貨幣|數字貨幣|比特幣|幣圈|合約|期貨|黃金|外匯|量化|自動交易|帶單|跟單|虚拟货币|加密货币|数字货币|比特币|币圈|合约|期货|黄金|外汇|自动交易|带单|跟单)/
    $zh_claim = /(保證獲利|保证获利|穩賺|稳赚|保本|月收益|月報酬|月回报|每月收益|每月報酬|虧損(全額)?(補償|賠付|賠償)|亏损(全额)?(补偿|赔付)|累計獲利|累计获利|勝率 ?[0-9]|胜率 ?[0-9]|% ?(保證|保证))/
    $zh_in = /(加line|加賴|line ?id|line群|加入line|telegram|飛機|飞机|加微|微信|加群|進群|入群|免費體驗|免费体验)/
  condition:
    (($ko_room and $ko_claim and ($ko_in or url_count > 0))
      or ($vi_room and $vi_asset and $vi_claim and ($vi_in or url_count > 0))
      or ($ja_room and $ja_claim and ($ja_in or url_count > 0))
      or ($zh_room and $zh_claim and ($zh_in or url_count > 0)))
    and sender_kind != "shortcode"
}

// Coins out of nowhere: "your wallet has been credited with 0.4 BTC", "2,000 USDT is ready to be received",
// log in or contact support to withdraw before a deadline. The exchange's own deposit notice names no deadline,
// no support desk on a chat app and no link but its own.
rule crypto_credited_withdraw : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Crypto 'credited' to your wallet or account, or 'ready to receive or withdraw', out of nowhere: log in, withdraw or contact support before a deadline, through a link that is not the exchange's own, a number or a chat app (English, French, German, Dutch, Danish, Swedish, Norwegian, Finnish, Indonesian, Malay, Tagalog, Thai)"
  strings:
    $coin = /\b(crypto|cryptocurrency|cryptomonnaies?|krypto\w{0,8}|cryptomunt\w{0,4}|cryptovaluta|kripto|bitcoins?|btc|eth|ethereum|usdt|tether|usdc|bnb|solana|xrp|dogecoin)\b|(คริปโต|บิทคอยน์|บิตคอยน์)/
    // the credit: "has been credited to your wallet", "ready to be withdrawn", "wurde Ihrem Konto gutgeschrieben" ...
    $cr = /\b(has been|have been|was|were|is now|successfully|been) (credited|deposited|allocated) (to|into|in|on) (your|ur)\b|\b(your|ur) (wallet|account|balance) (has been|was|is|got) (credited|funded|topped up)\b|\b(is|are) (now )?(ready|available|waiting|pending) (to be|for|to) (withdrawn|withdrawal|withdraw|received|receive|claimed|transferred)\b|\bready (for|to) (withdrawal|withdraw|receive)\b|\b(has been|have been|was|were|got) credited with [0-9]/
    $cr2 = /\b(a|ont) ete credite\w{0,2} (sur|a|dans) (votre|ton)|\b(disponibles?|prets?) (au|pour le|pour un|a etre) (retrait|retire\w{0,2}|recu\w{0,2})|\bgutgeschrieben\b|\b(bereit|verfugbar) (zur|fur die) auszahlung\b|\bbijgeschreven\b|\bklaar (om|voor) (op te nemen|uit te betalen|opname|uitbetaling)\b|\bkrediter(et|t|ad|ats)\b|\bklar (til|for|for) (udbetaling|utbetaling|uttag)\b|\bredo (for|att) (uttag|tas ut)\b|\bhyvitetty\b|\b(nostettavissa|valmis nostettavaksi)\b|\b(telah|sudah|berhasil) (dikreditkan|ditambahkan|masuk)( ke| dalam)? (dompet|akaun|akun|saldo)\b|\bsiap (ditarik|dicairkan|dikeluarkan|diterima)\b|\b(na-?credit|nai-?credit|na-?deposit|pumasok na) (na )?(sa|ang)\b|(เข้ากระเป๋า|เข้าบัญชี|เครดิตเข้า|พร้อมถอน)/
    // the way to take it: withdraw, claim, log in, contact support, before it is returned
    $act = /\b(withdraw\w{0,3}|claim|log ?in|login|sign in|activate|contact (our |the )?(support|customer (service|care)|agent|manager|team)|retire[rz]|retrait|connectez|auszahl\w{0,4}|abheben|einloggen|anmelden|opnemen|uitbetal\w{0,4}|inloggen|udbetal\w{0,4}|utbetal\w{0,4}|uttag|ta ut|logga in|log ind|logg inn|nosta\w{0,5}|kirjaudu|tarik|cairkan|penarikan|pengeluaran|i-?withdraw|mag-?withdraw|mag-?log ?in)\b|(ถอน|เข้าสู่ระบบ)/
    // the deadline or the forfeit
    $due = /\b(within|in the next|before|expires?|expiring|deadline|only) [0-9]{1,2} ?(hours?|hrs?|h|days?|minutes|mins)\b|\b(will be|gets?) (returned|forfeited|cancell?ed|lost|removed|reversed|burned|frozen)\b|\b(avant|sous|dans les) [0-9]{1,2} ?(h|heures|jours)\b|\b(innerhalb|binnen|inom|indenfor|innen|sisalla) [0-9]{1,2} ?(stunden|tagen|uur|dagen|timmar|dagar|timer|dager|dage|tunnin|paivan)\b|\bdalam [0-9]{1,2} ?(jam|hari)\b|\b(sa loob ng) [0-9]{1,2} ?(oras|araw)\b|ภายใน ?[0-9]/
    $chat = /\b(telegram|whats ?app|signal|t\.me|wa\.me)\b/
    // a friend's transfer, a joke
    $mine = /\b(i (sent|transferred|paid|deposited)|lol|haha\w{0,4}|jk|scam|scammers?|fake|arnaque|betrug|oplichting|svindel|bedrageri|huijaus|penipuan|modus)\b/
  condition:
    $coin and ($cr or $cr2) and ($act or $due) and not $mine
    and ($due or $chat or phone_count > 0 or url_count > brand_link_count + named_url_count + platform_url_count)
    and sender_kind != "shortcode"
}

rule crypto_signals_group_opener
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A stranger who found your number or profile in a trading group or on LinkedIn and offers a VIP signals group, a mentor or an analyst for crypto or trading (Italian, Spanish, Greek)"
  strings:
    // where the number came from: a group, a chat app or LinkedIn
    $src_it = /\bho (trovato|visto|preso|ricevuto) il (tuo|suo) (numero|contatto|profilo)\b.{0,60}\b(gruppo|gruppi|linkedin|telegram|whats ?app|community|chat)\b/
    $src_es = /\b(vi|encontre|consegui|saque|tome|obtuve|recibi) (tu|su) (numero|contacto|perfil)\b.{0,60}\b(grupo|grupos|linkedin|telegram|whats ?app|comunidad|chat)\b/
    $src_gr = /(βρήκα|βρηκα|είδα|ειδα|πήρα|πηρα) (τον αριθμό|τον αριθμο|το τηλέφωνο|το τηλεφωνο|το προφίλ|το προφιλ|το νούμερο|το νουμερο) (σας|σου).{0,60}(ομάδα|ομαδα|γκρουπ|group|linkedin|telegram|whatsapp)/
    // the offer: signals, a VIP group or channel, a mentor or an analyst
    $offer = /\b(segnali|segnale|gruppo vip|canale vip|mentore|mentor|mentora|analista|senales|senal|grupo vip|canal vip|vip)\b|(σήματα|σηματα|μέντορα|μεντορα|μέντορας|αναλυτή|αναλυτης|αναλυτής)/
    $mkt = /\b(crypto|cripto\w{0,10}|bitcoin|trading|forex|borsa|bolsa|inversion\w{0,2}|investiment\w{0,2}|azioni|acciones)\b|(κρυπτο|συναλλαγ|μετοχ|επενδ)/
    // a friend's news or a warning
    $own = /\b(truffa|truffatori|estafa|estafadores|ojo|attenzione|cuidado)\b|(απάτη|απατη|προσοχή|προσοχη)/
  condition:
    ($src_it or $src_es or $src_gr) and $offer and $mkt and not $own
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

// Signal groups and trading lures in Persian (Iran), Dari and Pashto (Afghanistan), Urdu and Bengali, in their
// scripts and romanised: crypto, digital currency, forex or trading, a claim no honest broker makes (signals of
// "95% accuracy", a guaranteed, daily or monthly profit, a free course that promises an income, airdrop earnings),
// and the way in (a Telegram or WhatsApp group, a link, a number, "join"). A broker's notice claims no guarantee;
// friends talking about coins send no group to join.
rule crypto_signal_group_fa_ur_bn
{
  meta:
    action = "junk"
    weight = 2.5
    description = "Crypto, digital-currency or trading signals of '95% accuracy', a guaranteed, daily or monthly profit, a free trading course with an income or Telegram airdrop earnings, and a group, link or number to join (Persian, Dari, Pashto, Urdu, Bengali, in their scripts and romanised)"
  strings:
    // the market: crypto, digital currency, forex, trading, investing with "our company"
    $mkt_ar = /(ارز دیجیتال|ارزهای دیجیتال|رمز ارز|رمزارز|بیت کوین|بیتکوین|تتر|فارکس|ترید|معامله گری|سرمایه گذاری|سرمایه‌گذاری|پانګونه|پانگونه|ډیجیټل|کرپٹو|کریپٹو|بٹ کوائن|ڈیجیٹل کرنسی|فاریکس|ٹریڈنگ|سرمایہ کاری|ایردراپ|ایئر ڈراپ|ایئرڈراپ)/
    $mkt_bn = /(ক্রিপ্টো|বিটকয়েন|ডিজিটাল কারেন্সি|ডিজিটাল মুদ্রা|ফরেক্স|ট্রেডিং|ট্রেড|বিনিয়োগ|ইনভেস্ট|এয়ারড্রপ)/
    $mkt_lat = /\b(crypto|kripto|bitcoin|usdt|tether|forex|trading|trade|arz digital|arz dijital|raamz arz|ramz arz|digital currency|digital karensi|sarmaya kari|sarmaye gozari|binioyog|invest|airdrop)\b/
    // the claim: accuracy, a guaranteed, daily or monthly profit, an income from a free course
    $cl_ar = /(دقت|دقیق|درستی|درست|صحت|ایکیوریسی).{0,16}[5-9][0-9] ?(٪|%|درصد|فیصد)|[5-9][0-9] ?(٪|%|درصد|فیصد).{0,16}(دقت|دقیق|درستی|درست|صحت|ایکیوریسی)|سود (تضمینی|تضمین|روزانه|ماهانه|ثابت|قطعی)|(درآمد|درامد|عاید) (ماهانه|روزانه|دلاری|تضمینی)|ګټه (ورځنۍ|تضمین|میاشتنۍ)|ورځنۍ ګټه|میاشتنۍ ګټه|(یقینی|گارنٹی|گارنٹیڈ|روزانہ|ماہانہ|پکا|پکی) (منافع|نفع|آمدنی|کمائی|پرافٹ)|(منافع|نفع|آمدنی|کمائی|پرافٹ) (کی گارنٹی|یقینی|روزانہ|ماہانہ)/
    $cl_bn = /(নিশ্চিত|গ্যারান্টি|গ্যারান্টিড|প্রতিদিন|দৈনিক|মাসিক|মাসে|প্রতি মাসে|প্রতিমাসে) ?(লাভ|মুনাফা|আয়|ইনকাম|প্রফিট)|[5-9][0-9] ?(%|শতাংশ) ?(সঠিক|নির্ভুল|অ্যাকুরেসি|একুরেসি)|(সঠিক|নির্ভুল|অ্যাকুরেসি|একুরেসি).{0,30}[5-9][0-9] ?(%|শতাংশ)/
    $cl_lat = /\b[5-9][0-9] ?% (accuracy|accurate|sahi|daqiq|deghat|nirbhul|sothik)\b|\b(accuracy|daqat|deghat) [5-9][0-9] ?%|\b(sood|sud) (tazmini|tazmin|roozane|rozane|mahane|sabet)\b|\b(daramad|dar amad) (mahane|roozane|dolari)\b|\b(guaranteed|guarantee|pakka|yaqeeni|yakini|rozana|mahana|nishchit|protidin|doinik|mashik|mase) (profit|munafa|nafa|income|amdani|kamai|labh|munafa|aay|ay|income)\b/
    // the way in: a group, channel or link to join, a chat app
    $in_ar = /(تلگرام|تلګرام|واتساپ|واتسپ|واټساپ|کانال|گروه وی ?آی ?پی|گروه vip|عضو (شوید|شو|بشید|بشو)|عضویت|بپیوندید|جوین|ٹیلیگرام|واٹس ایپ|واٹساپ|چینل|گروپ (جوائن|میں شامل)|جوائن|شامل ہوں|شامل ہو جائیں|رابطه|تماس بگیرید|لینک)/
    $in_bn = /(টেলিগ্রাম|হোয়াটসঅ্যাপ|চ্যানেল|গ্রুপে (যুক্ত|জয়েন|যোগ)|জয়েন|যোগ দিন|যোগাযোগ করুন|লিংক|লিঙ্ক)/
    $in_lat = /\b(telegram|whats ?app|join|channel|vip group|vip grup|link)\b/
    // a person's warning or a friend's talk
    $warn = /(کلاهبرداری|کلاه برداری|فریب|دھوکہ|دھوکا|فراڈ|প্রতারণা|প্রতারক|ধোঁকা|ভুয়া)|\b(scam|fraud|fake|dhoka|kolahbardari|protarona|lol|haha)\b/
  condition:
    any of ($mkt_*) and any of ($cl_*) and (any of ($in_*) or url_count > 0 or phone_count > 0)
    and not $warn and sender_kind != "shortcode"
}

// "Double your capital in 7 days with bitcoin, guaranteed income, Telegram @x" (Azerbaijani, Turkish, Russian,
// Georgian and Latin Georgian). Friends talking about coins promise no doubling and no guarantee.
rule crypto_double_guaranteed_cis_tr
{
  meta:
    action = "junk"
    weight = 2.5
    description = "Crypto or bitcoin that doubles your capital in days or brings a guaranteed income, with a Telegram handle, a link or a number (Azerbaijani, Turkish, Russian, Georgian)"
  strings:
    $coin = /\b(kripto\w{0,10}|bitkoin\w{0,4})\b|(биткоин|криптовалют|ბიტკოინ|კრიპტო)/
    $claim = /\b(ikiye katla\w{0,4}|ikiqat art\w{0,4}|garantili (kazanc|getiri|kar)|zəmanətli (gəlir|qazanc)|gaaormage|gaormage\w{0,3}|garantirebuli (shemosavali|mogeba))\b|(удво|гарантированн\S{0,4} (доход|прибыл)|გააორმაგ|გარანტირებული (შემოსავალი|მოგება))/
    $in = /\b(telegram\w{0,4})\b|(телеграм|ტელეგრამ)/
    $warn = /\b(dolandirici\w{0,4}|scam|fake)\b|(мошенни|развод)/
  condition:
    ($coin or crypto_mentioned) and $claim and ($in or url_count > 0 or phone_count > 0)
    and not $warn and sender_kind != "shortcode"
}
