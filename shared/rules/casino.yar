// Gambling blasts: casino, slots and betting bonuses (free spins, deposit matches, bonus codes)
// pushed to a link. Marketing from a licensed operator to its own customers carries an opt-out
// (promotions.yar votes for it); the bonus story still weighs towards junk here.

// Shared markers (private rules: matched once per message, never voting)

private rule casino_chat_handle
{
  strings:
    // the way in a casino gives and a friend does not: a link, a number, or a chat app with the id to add
    $handle = /\b(line|wa|whats ?app|telegram|tg|wechat|zalo)\b ?((id ?:?|:) ?@?[a-z0-9]|@[a-z0-9]|\+?[0-9])|(微信|加微|客服|飞机|飛機|加賴|카톡|텔레그램|텔레|ไลน์) ?(id|号|號|아이디)? ?:? ?@?[a-z0-9]/
  condition:
    $handle
}

// a player's own story of a loss or a warning
private rule casino_player_loss
{
  strings:
    $rm_mine = /\b(lol|haha|scam|fraud|farzi|dhokha|haar gaya|haar gayi|haar gaye|mat khel|mat khelna|don'?t play)\b/
  condition:
    $rm_mine
}

// the player's own "maine", "mera", "hara diya", "lost", "kiya tha"
private rule casino_player_mine
{
  strings:
    $in_mine = /\b(maine|mera|meri|hara diya|lost|kiya tha)\b/
  condition:
    $in_mine
}

rule casino_bonus_link
{
  meta:
    action = "junk"
    weight = 2.5
    description = "Casino, slots or betting bonus (free spins, deposit match, bonus code) pushed to a link; or an online casino's or sportsbook's free credit, welcome or first-deposit bonus with a link, a number, a chat app, a short code or a promo code (Malay, Vietnamese, Chinese, Thai, Indonesian, Filipino, Korean; Australian pokies and South African free chips or no-deposit bonuses in English; the sportsbooks of Africa in English, French and Swahili; Spanish, French); India's real-money games (Ludo, rummy, Teen Patti, fantasy cricket, colour games) pitched as a daily income with a cash bonus, through a shortener or a link that is not the operator's own (English, Hinglish); India's illegal crash and colour games (Aviator, Lucky 7, colour prediction, Teen Patti, jackpot) with 'deposit Rs N, withdraw Rs N', 'N x jeeto' or a free cash bonus, and a link, a number, a chat app or a bonus code (English, Hinglish); a lottery operator's own jackpot notice is not a bonus; 1xBet's clones and the sportsbooks of Germany, the Netherlands, the Nordics, Indonesia and Malaysia (Einzahlungsbonus, Freiwette, stortingsbonus, insattningsbonus, talletusbonus, bonus deposit pertama) with a promo code or a deposit by mobile money or an e-wallet"
  strings:
    $g = /\b(casino|slots?|jackpot|whe ?whe|play whe|borlette|bolet|satta|matka|rummy|teen patti|aviator|cash games?|pokies|free chips?|free spins?|bonus spins?|spins|sportsbook|betting|bet|poker|roulette|baccarat|blackjack|lottery|togel|judi|apuestas?|tragamonedas|cassino|scommesse)\b/
    $gx = /(토토|카지노|바카라|슬롯|赌场|博彩|彩票|老虎机|百家乐|娱乐城|棋牌|葡京|真人视讯|体育投注)/
    // compile cost: [0-9]{1,2}[0-9] is [0-9]{2}[0-9]? without enumerating 1,100 digit atoms
    $b = /\b(bonus|deposit|match|free|spins?|withdraw(al)?|payout|welcome offer|up to|claim|cashback|win)\b|[0-9]{1,2}[0-9]%|(首存|送|彩金|返水|注册|가입|포인트|충전|입금)/
    // from a sender id, the bonus itself: a lottery's "jackpot ... win big, play at" its own site is no bonus
    $b_id = /\b(bonus|deposit|spins|free spins?|withdraw(al)?|payout|welcome offer|cashback)\b|[0-9]{1,2}[0-9]%|(首存|送|彩金|返水|注册|가입|포인트|충전|입금)/
    // a casino resort's booking notice: a room deposit, a reservation, the stay (a hotel's, not a bonus)
    // (a sportsbook's "booking code" is no booking)
    $resort = /\b(reservations?|your booking|booking (is )?confirm\w{0,6}|booking (ref|reference|number|no)|check-?in|check-?out|your stay|your room|room type)\b|(酒店|客房|入住|退房|预订|預訂|订房|訂房)/
    // The unlicensed operators of Asia: their slot brands and words (beside $g's), an offer a friend
    // does not make (free credit, a new member's or first deposit's bonus, no turnover, instant
    // withdrawal), and a way in that need not be a link ($g's "bet" and "win" are a friend's words too)
    $g2 = /\b(casino|slots?|togel|satta matka|satta|matka|rummy|teen patti|judi|baccarat|sportsbook|mega888|918 ?kiss|kiss918|pussy888|xe88|lpe88|joker123|live22|evo888|scr888|ace333|nha cai|ca cuoc|no hu|tai xiu|xoc dia|game bai|slot gacor|situs slot|slot online|online slots?|online pokies|pokies|online casino|casino online|live casino|sbobet|maxwin|e-?sabong|sabong|jili|1xbet|22bet|sportpesa|betika|sportybet|betpawa|melbet|bet9ja|betwinner|odibets|mozzartbet|paris sportifs?|pronostics?|megapari|linebet|paripesa|premier ?bet|supabets|1win|mostbet|helabet|bangbet|sportwetten|wettanbieter|sportweddenschappen|weddenschappen|sportsbetting|nettcasino|nettikasino|kasino|spilleautomat\w{0,3}|spelautomat\w{0,3}|vedonly\w{1,6}|taruhan bola|judi bola|casa de apuestas|apuestas deportivas|casino en linea|casino en ligne|cazino\w{0,4}|pariuri|sloturi|rotiri gratuite)\b|(娛樂城|百家樂|老虎機|博弈|賭場|真人視訊|真人娛樂|體育投注|電子遊藝|運彩|电子游艺|เว็บพนัน|พนัน|สล็อต|บาคาร่า|คาสิโน|แทงบอล|파워볼|홀덤)/
    $o2 = /\b(free ?credit|joining bonus|signup bonus|sign-up bonus|welcome bonus|100 ?% fix|fix game|fixed game|game leak|instant (upi )?withdrawal|free kredit|kredit percuma|bonus new member|new member (bonus|free|dapat|get)|first deposit bonus|no turnover|tiada turnover|boleh cuci|cuci (terus|laju|cepat)|instant (withdraw|withdrawal|cuci)|free 100|bonus (deposit|harian|mingguan)|deposit bonus|freebet|free chips?|no[- ]deposit (bonus|needed|required|free)|(daily|weekly|harian) (rebate|cashback)|tan thu|khuyen mai|nap rut|nap lan dau|nap dau|hoan tra|bonus de bienvenue|bono de bienvenida|(1er|premier|primer) (depot|deposito)|rotiri gratuite|prima depunere|primul depozit|bonus de bun venit|fara depunere|deposit ya kwanza|free bet|paris? gratuits?|giros gratis|freebets|free bets|bonus (sur|de) (votre|ton|ta) (1er|premier|premiere) (depot|recharge)|einzahlungsbonus|willkommensbonus|gratiswette|freiwette|stortingsbonus|welkomstbonus|insattningsbonus|innskuddsbonus|indbetalingsbonus|velkomstbonus|valkomstbonus|talletusbonus|tervetuliaisbonus|bonus (deposit|setoran|depo) pertama|bonus (new member|member baru|pendaftaran))\b|\b(bonus|bono|bonasi) (ya |de |del )?[0-9]{1,2}[0-9]? ?%|\b(apuesta|aposta|deposita|recarga) (\$ ?)?[0-9].{0,12} y (juega|juga|jugas|recibe|recibi) (con )?(\$ ?)?[0-9]|\b(bonus|cashback|rebate) [0-9]{1,2}[0-9]?%|\b(free|libreng) (₱|\$|php|rm|p|r|a\$|au\$) ?[0-9]|\b(r|a\$|au\$) ?[1-9][0-9]{1,2} (free|bonus|free chips?)\b|(首存|首儲|首充|註冊送|注册送|存送|充值送|儲值送|體驗金|体验金|彩金|返水|出金|秒出|出款|新會員|新会员|免費領|免费领|เครดิตฟรี|ฟรีเครดิต|ฝากถอน|โบนัส|สมาชิกใหม่|ฝากแรก|ไม่มีขั้นต่ํา|แจกเครดิต|첫충|매충|가입머니|꽁머니|신규 ?가입|보너스|페이백|무제한 ?환전|즉시 ?환전)/
    // a sportsbook's way in beside the link: a promo code to register with, a keyword to text to a short code
    // (in the sportsbooks' other languages too: "kode promo", "Bonuscode", "kampanjkod", "tarjouskoodi"), or the deposit
    // through mobile money or an e-wallet ("depot via Orange Money", "fund with Opay", "deposit GCash")
    $in = /\b(code promo|codigo promocional|codigo promo|promo ?code|tuma (sms )?[a-z]{1,9}[a-z] kwa|kode (promo|bonus|referral)|promokode|promokod|bonuscode|bonuskode|bonuskod|aktionscode|kampanjkod|kampanjekode|tarjouskoodi|bonuskoodi)\b|\b(depot|depots|deposit|deposer|fund|top ?up|recharge|setor|isi saldo|cash[- ]?in)\b.{0,20}\b(orange money|mtn (momo|mobile money)|momo|wave|moov money|m-?pesa|airtel money|flooz|t-?money|opay|palmpay|gcash|paymaya|dana|ovo|gopay|truemoney)\b|(โค้ดโปรโมชั่น|รหัสโปรโมชั่น)/
    // India's real-money games ($g has rummy and Teen Patti) sold as a daily income: "paise jeeto",
    // "roz 10,000 tak", "earn daily", with a cash bonus; a friend's game night has neither
    $rm = /\b(ludo|fantasy (cricket|league|team|app|game|games)|colou?r (game|games|prediction)|carrom|call ?break|real (money|cash) (game|games|ludo|rummy|app))\b/
    $rm_earn = /\b(paise?|paisa|cash|rupaye|rupees) (jeeto|jeetein|jeeten|jeetiye|kamao|kamaye|kamayein|kamaiye)\b|\b(khelo|khel ke|khelkar|khel kar) (aur |or |& |n )?(jeeto|kamao|kamaye|paise|paisa|earn)\b|\b(roz|rozana|daily|har din|per day|every day)\b.{0,16}\b(tak|kamao|kamaye|kamayein|jeeto|earn|earning|earnings|income|kamai)\b|\bearn\b.{0,20}\b(daily|every day|per day|a day|from home|by playing|while playing)\b|\b(play|khelo) (and|&|n) earn\b|\bwin real (cash|money)\b|\bghar baithe\b/
    $rm_bonus = /\b(bonus|cashback|cash back|free cash)\b/
    // India's illegal crash and colour games, from a DLT header (AD-, BP-, VM-) or a number ...
    $in_game = /\b(aviator|lucky ?7|7 ?up ?(7 ?)?down|colou?r (prediction|trading)|teen ?patti|andar bahar|dragon (vs |& |and )?tiger|wingo|crash game|jet ?x|jackpot)\b/
    // ... the money in and out in rupees ("deposit Rs 100, withdraw Rs 5000", "Rs 200 lagao") ...
    $in_dep = /\b(deposit|dep|recharge|add cash|lagao|lagaye|lagaiye|withdraw|withdrawal|nikalo|nikaalo|cash ?out)\b ?(only |sirf |just |karo |kare |karein |kijiye )?(₹|rs\.? ?|inr ?)[1-9]|(₹|rs\.? ?|inr ?)[1-9][0-9,]{0,7} ?(ka |ki |se |me |mein )?(deposit|recharge|lagao|lagaye|lagakar|laga ke|withdraw|withdrawal)\b/
    // ... the multiplier ("100x jeeto", "10 guna paisa") or a free cash bonus
    $in_x = /\b[1-9][0-9]{0,3} ?(x|guna|gunaa) (tak |tk |ka |paisa |paise |amount )?(jeeto|jeetein|jeeten|jeetiye|jito|win|winnings|return|returns|milega|payout)\b/
    $in_free = /\bfree (₹|rs\.? ?|inr ?)[1-9]|(₹|rs\.? ?|inr ?)[1-9][0-9,]{0,7} ?(free|ka free|signup|sign up|joining|welcome) ?(bonus|cash)?\b|\b(signup|sign up|joining|welcome|first deposit) bonus\b/
    $in_code = /\b(bonus|promo|invite|referral|refer) ?code\b/
  condition:
    // (from a sender id, a bonus to a link not the operator's own: a licensed brand's or a lottery's
    // message names its own site; and no resort's booking)
    (($g or $gx) and $b and url_count > 0 and not $resort and (sender_kind != "alpha"
      or ($b_id and (url_count > brand_link_count + named_url_count or shortener_count > 0 or risky_tld_count > 0))))
    // (the rupee in and out, the multiplier or a free bonus, with a way in; or two of them with a bonus code)
    or ($in_game and ($in_dep or $in_x or $in_free) and not casino_player_loss and not casino_player_mine
      and (url_count > brand_link_count + named_url_count or shortener_count > 0 or risky_tld_count > 0
        or phone_count > 0 or casino_chat_handle
        or ($in_code and (($in_dep and ($in_x or $in_free)) or ($in_x and $in_free)))))
    // (the operator's own domain named in its own text is its promotion: a shortener or a foreign link is not)
    or ($rm and $rm_earn and $rm_bonus and not casino_player_loss
      and (shortener_count > 0 or risky_tld_count > 0 or url_count > brand_link_count + named_url_count))
    or (($g2 or $gx) and $o2 and not $resort and (url_count > 0 or phone_count > 0 or email_count > 0 or shortcode_count > 0 or casino_chat_handle or $in))
}

rule casino_betting_id_seller
{
  meta:
    action = "junk"
    weight = 3.0
    description = "India's betting-exchange 'ID' sellers: an online cricket, betting or exchange ID (or 'get your ID' beside IPL, cricket or betting) in minutes ('ID banwao'), with two of the seller's terms (withdrawals round the clock or instant, a minimum deposit, the ID in minutes, casino and Teen Patti, a bonus or a cashback on the first or every deposit, deposits and withdrawals by UPI, bKash, Nagad, JazzCash or GCash) and a number, a chat app or a link, from any sender, a DLT header included; the football, tennis and kabaddi IDs and the PSL and BPL seasons of the same agents (English, Hinglish, Roman Urdu, Banglish); in Devanagari, a cricket or betting ID with a bonus on the deposit and the ID at once or the money in and out by UPI (Hindi)"
  strings:
    // India's betting-exchange "ID" sellers: an online cricket or betting ID (or an exchange's name) ...
    $bid = /\b(cricket|football|soccer|tennis|kabaddi|sports|betting|casino|satta|matka|exch|exchange|ipl|psl|bpl|bookie) ?(betting |exchange )?ids?\b|\b(reddy ?anna|mahadev ?book|lotus ?365|diamond ?exch|sky ?exch(ange)?|99 ?exch|laser ?247|tiger ?exch|world ?777|gold ?365|betbhai ?9|radhe ?exch|cricbet ?99|11x ?play|d247|allpanel|lords ?exch|king ?exch|silver ?exch)\b|\b(online|gaming|game) ids?\b|\bids? (banwa|banwao|banwaye|banwayein|banwaiye|banwa lo|bana lo|banao|banaye|banayein|banaiye)\b/
    // ... and two of the seller's terms: withdrawals round the clock, a minimum deposit, the ID in minutes,
    // the games and a bonus on each deposit
    $bid_p1 = /\b(24 ?x ?7|24 ?\/ ?7|24 ?hrs?|24 ?hours|24 ?ghante|instant|fast|quick|turant|jaldi|unlimited) (deposit ?(and|&|\/|n) ?)?(withdrawals?|withdraw|payouts?)\b|\bwithdrawals? (24 ?x ?7|24 ?\/ ?7|24 ?hrs?|24 ?hours|24 ?ghante|instant|instantly|anytime|turant|jaldi|fast|(in |within )?[0-9]{1,2} ?(min|mins|minute|minutes))\b/
    $bid_p2 = /\b(min|minimum|minimun|minm)\.? (deposit|dep|recharge|id)\b|\bdeposit (from|starting|sirf|only|just) (rs\.? ?|₹ ?|inr ?)?[0-9]/
    $bid_p3 = /\b(ids?|id banwa\w{0,4}|id bana\w{0,4}) (ready |active |available |activated )?(in|within|sirf|only|just|mein|me) (just |only |sirf )?([0-9]{1,2}|one|two|five|ek|do|paanch) ?(minutes?|mins?|seconds?|secs?)\b|\b([0-9]{1,2}|one|two|five|ek|do|paanch) ?(minutes?|mins?|min|seconds?) (me|mein|main|mai|in) (id|ids|apni id|your id|new id|naya id|nayi id)\b|\b(instant|instantly|turant|fast|quick|new|naya|nayi|demo) (cricket |betting )?ids?\b|\bids? (instantly|turant|instant)\b/
    $bid_p4 = /\b(teen ?patti|andar bahar|live casino|casino|poker|aviator|dragon tiger|lucky ?7|all sports|sabhi (sports|games|khel))\b|\b(welcome|joining|first deposit|signup|sign ?up|referral|refill|redeposit|deposit|cashback) bonus\b|\bbonus (on|har|par|pe) (your |ur |the |every |each |har |pehle |first |1st )?(first |1st )?deposit\b|\b(har|every|each|first|1st|pehle|pehli) deposit (par|pe|on|mein|me) [0-9]{1,3} ?% (extra |ka )?(bonus|cashback)\b|[0-9] ?% (daily |weekly |deposit |instant |loss )?cashback\b|\bcashback (on|har|par|pe) (your |ur |every |each |har )?(deposit|deposits|loss|losses)\b/
    // ... the money in and out on the market's rails: UPI, Paytm, bKash, Nagad, JazzCash, Easypaisa, GCash, USDT
    $bid_p5 = /\b(deposits?|dep|withdrawals?|withdraw)( and withdrawals?| ?(&|\/) ?withdrawals?)? (via |by |through |thru |with |se |on )?(upi|paytm|phonepe|gpay|google pay|bkash|nagad|rocket|jazzcash|jazz cash|easypaisa|easy paisa|gcash|usdt)\b|\b(upi|paytm|phonepe|gpay|bkash|nagad|jazzcash|easypaisa|gcash|usdt)( ?(\/|,|&|or|aur) ?[a-z]{1,8}[a-z]){0,2} (se |to |pe )?(deposits?|dep|withdrawals?|withdraw)\b/
    // ... or "get / create your ID" beside the bookmaker's season and words ("IPL special: get ID in 2 mins")
    // Hinglish: "UPI se paisa daalo", "5 min me nikalo"
    $bid_p6 = /\b(upi|paytm|phone ?pe|gpay) (se|pe|par|me|mein) (paisa |paise |payment |amount )?(daalo|dalo|daalein|jama karo|add karo|nikalo|nikaalo)\b|\b[0-9]{1,2} ?(min|mins|minute|minutes) (me|mein|main|mai) (nikalo|nikaalo|withdraw|withdrawal|paisa nikalo)\b/
    // Hindi (Devanagari, three bytes a letter): a cricket, betting or online ID ...
    $bid_hi = /(क्रिकेट|बेटिंग|सट्टा|ऑनलाइन|एक्सचेंज|गेमिंग) ?(आईडी|आई डी)/
    // ... a bonus on the deposit, the ID in minutes or at once, the money in and out by UPI or a wallet
    $bid_hi_bonus = /(डिपॉजिट|डिपॉज़िट|जमा|रिचार्ज) (पर|पे) ([0-9]{1,3} ?% )?(का )?(बोनस|कैशबैक)/
    $bid_hi_fast = /[0-9] ?मिनट (में|मे)|तुरंत|24 ?(घंटे|x ?7)/
    $bid_hi_rail = /(upi|paytm|phonepe|gpay|यूपीआई|पेटीएम|फोनपे) (और [^ ]{1,24} )?(से|पर) (जमा|निकासी|डिपॉजिट|विड्रॉल)|(निकासी|विड्रॉल)/
    $bid_get = /\b(get|create|open|grab|lo|lijiye|lijie|banwao|banwaye) (your |ur |an? |apni |apna |apka |aapki |new |naya |nayi |instant )?ids?\b|\bids? (available|lo|lijiye|lijie|le lo)\b/
    $bid_ctx = /\b(ipl|psl|bpl|t20|cricket|football|soccer|kabaddi|betting|bet|bets|bookie|book|exchange|exch|sportsbook)\b/
    // a punter's own story, a warning, the news of a raid, "my ID" (beside casino_player_loss and casino_player_mine)
    $bid_mine = /\b(fake|mene|mere|my (id|account)|mat (lena|lo|banwana|banao)|don'?t (take|buy|make)|police|arrest\w{0,3}|banned|raid|pakda|pakde)\b/
  condition:
    // (the betting ID sold with two of its terms and a way in: a number, a chat app, a link)
    ((($bid or ($bid_get and $bid_ctx)) and 2 of ($bid_p1, $bid_p2, $bid_p3, $bid_p4, $bid_p5, $bid_p6))
      or ($bid_hi and $bid_hi_bonus and ($bid_hi_fast or $bid_hi_rail)))
    and not casino_player_loss and not casino_player_mine and not $bid_mine
    and (phone_count > 0 or contact_count > 0 or url_count > 0 or casino_chat_handle)
}

rule casino_fish_tables_sweeps
{
  meta:
    action = "junk"
    weight = 3.0
    description = "US online 'fish tables' and sweepstakes slots sold by text from a number: fish games, a sweeps platform (Orion Stars, Fire Kirin, Juwa, Game Vault, VBlink, Panda Master ...) or 'slots and fish', with two of a first-deposit, sign-up, match or free-play bonus, deposits by Cash App, Chime, Venmo, Zelle, Apple Pay or bitcoin, and open 24/7 or instant cash-outs, and a way in that need not be a link ('text me to play', 'DM for an account') (US English, US Spanish)"
  strings:
    // the game: fish tables or fish games, a sweeps platform's name, "slots and fish", online sweepstakes
    // (not a restaurant's fish, an arcade's name alone, nor a carnival's "fish game")
    $fish = /\bfish (tables?|games?|arcades?|shooting games?|hunter games?)\b|\b(fish|sweeps|sweepstakes|slots?) ?(and|&|n|\+|\/) ?(slots?|fish|sweeps)\b|\b(orion ?stars?|fire ?kirin|juwa( ?777)?|game ?vault( ?999)?|milky ?way ?(777|casino|online)|panda ?master|ultra ?panda|vblink|v-blink|river ?sweeps|vegas ?x|ultra ?monster|river ?monster|noble ?777|vpower ?777|cash ?frenzy ?777|mafia ?777|gameroom ?777|vegas ?sweeps|blue ?dragon ?777)\b|\b(online|mobile) (sweeps|sweepstakes|fish)\b|\bsweepstakes? (games?|slots?|casino|platforms?|apps?)\b|\b(juegos?|mesas?|maquinitas?|maquinas?) de (pescado|peces|pescaditos|pesca)\b/
    // the bonus: first deposit, sign-up, match, free play, "deposit 20 get 40"
    // compile cost: [0-9]{1,2}[0-9]? is the amount without enumerating three digit atoms
    $fbonus = /\b(first|1st|new (player|players|member|members|account)|sign ?up|signup|welcome|deposit|match|referral|refer|daily|freeplay|free play|reload|birthday) bonus(es)?\b|[0-9] ?% (first deposit |first load |deposit |welcome |sign ?up |match |extra |bonus )?(bonus|match|extra|bono)\b|\bbonus (on|with|for) (your |ur |every |each |the )?(first |1st |every |each )?(deposit|load|reload)\b|\bfree ?play\b|\bfree (credits?|spins?|money|(\$ ?)?[0-9]{1,2}[0-9]? ?(dollars|credits?|to play)?)\b|\b(deposit|load|put in|play) (\$ ?)?[0-9]{1,2}[0-9]?,? (and |& |n )?(get|play with|receive|for) (\$ ?)?[0-9]|\b(bono|bonificacion) (de |del )?(primer|bienvenida|[0-9])/
    // the way money goes in and out: a payment app (licensed operators do not take deposits by Cash App)
    $fapp = /\b(cash ?app|cashapp|chime|venmo|zelle|apple pay|paypal|bitcoin|btc|crypto|cashtag|\$tag)\b/
    // always open, paid at once
    $fopen = /\b24 ?\/ ?7\b|\b24 ?(hrs|hours) (a day|open|service|support)\b|\b(open|available|online) (all day|24 ?hrs|24 ?hours|day and night|round the clock)\b|\b(fast|instant|quick|same day|quick and easy|easy) (cash ?outs?|cashouts?|payouts?|withdrawals?|redeems?|redemptions?)\b|\bcash ?out (fast|instantly|in minutes|anytime)\b|\b(retiros|pagos) (rapidos|al instante|inmediatos)\b/
    // the way in when there is no link: a message, a DM, an account set up on request
    $fin = /\b(dm|pm|inbox|hmu|hit me up|hit my line|add me|holla|ask me|escribeme|mandame mensaje)\b|\b(account|acct|login|log in|username)s? (set ?up|created|ready|made)\b|\b(get|make|create|set up) (you |u |your |ur )?(an? )?(account|acct|login|username)\b/
    // a player's own night, loss or warning
    $fmine = /\b(lol|lmao|haha|scam|scammed|rigged|fraud|i (won|lost|played|deposited|cashed out|hit)|we (won|played|went)|my (cousin|boy|homie|brother|sister) (won|lost|plays|played)|don'?t (play|deposit|fall for)|never (play|deposit)|stay away|beware)\b/
  condition:
    $fish and (($fbonus and ($fapp or $fopen)) or ($fapp and $fopen))
    and not $fmine and not casino_player_loss
    and (contact_count > 0 or url_count > 0 or phone_count > 0 or $fin or casino_chat_handle)
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule casino_deposit_match
{
  meta:
    action = "junk"
    weight = 2.5
    description = "A deposit-match bonus ('deposit 30 get 88') with a withdrawal promise or a chat-app contact: an unlicensed casino or betting blast"
  strings:
    // compile cost: one digit class after the verb, the amount's length is not read
    $match = /\b(deposit|top ?up|recharge|register|sign ?up)( only)? (£|\$|€|rm|rs\.? ?|₹|s\$|usd ?)?[0-9].{0,16}\b(get|receive|bonus|extra) .{0,6}[0-9]/
    $cash = /\b(fast|instant|quick|24\/7|easy) (withdrawals?|payouts?|cash ?out)\b|\b(withdraw|withdrawal|cash ?out)\b|\b(whats ?app|wa\.me|telegram|t\.me)\b/
  condition:
    $match and $cash and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule casino_fixed_matches
{
  meta:
    action = "junk"
    weight = 3.0
    description = "'Fixed matches, 100% sure odds, pay for the tips', or a cricket 'toss + session report' from a bookie's insider with the money back on a loss: the betting-tips scam (English, Swahili, Hinglish); a 'fix match', a toss or session prediction, a VIP ticket, sure N odds or a rollover sold '100% pakka/sure/confirmed' for a join fee or a paid group's price (Hinglish and English in India; English in Nigeria, Kenya, Ghana); Dream11, MPL or fantasy 'grand league winner guaranteed' team tips sold in a paid group, for a price or on Telegram (Hinglish, English); Satta and Kalyan Matka's 'fix jodi, 100% pass, payment after it passes' (Hinglish and Hindi); Aviator, colour-prediction, Wingo or Teen Patti 'tricks', predictors and signals, a guaranteed win or a daily earning, sold through a Telegram handle, a link or a number (English, Hinglish); Satta King's and the Gali, Desawar, Faridabad and Ghaziabad markets' result leakers (a fixed or leaked jodi, the result fast, a free leak game, '100% pass') with a chat link, a number or a handle, from any sender, a DLT header included (Hinglish, Hindi); West African French coupon sellers: a 'coupon du jour' or high 'cote' sold '100% sur' or as VIP access paid by Wave, Orange Money or MoMo, with a number (French); horse-racing tips (PMU, quinte, tierce, 'bases sures', racing tips, stable information) sold as certain by a subscription or a VIP membership with a price, from a person's line (French, English); East Africa's slips and daily predictions sold as sure or 'won yesterday', paid to a till, a paybill or a wallet number to get the ticket (Swahili, Sheng, English); West Africa's 'N odds sure' paid in thousands ('pay 5k', Pidgin); a match, toss or session 'fixed' or its report sold as certain or with the money back (Hindi); Bulgarian and Serbian tipsters' fixed or arranged matches, sure tickets or inside information, sold as certain or for a price on Telegram, Viber or WhatsApp (Cyrillic and Latin)"
  strings:
    $fixed = /\b(fixed (matches|match|games|odds)|sure (odds|tips|wins?|bets?)|100% (sure|guaranteed) (odds|tips|wins?|bets?|matches)|correct score tips|vip (tips|odds)|mechi za (leo|uhakika)|fix (game|jodi|ank|open|close|number)|100 ?% fix(ed)?|fix(ed)? (ipl|cricket|t20|psl|bbl) (match|matches|game|games|report)|leak(ed)? (game|jodi|ank|number)|single (jodi|ank|patti|panna) (fix|pass|leak)|fixed (correct scores?|ht ?\/ ?ft|draws))\b/
    $pay = /\b(pay|lipa|send|tuma|subscribe|join|whatsapp|telegram|contact|call)\b/
    // the cricket tipster's report: toss and session (the runs of an over block) "fixed" by a bookie
    $report = /\b(toss (report|fix|fixed|pakka|confirm|confirmed|jackpot|sure)|session (fix|fixed|pakka|jackpot|sure)|(toss|session|match) ?(and|&|\+) ?(session|toss|match|lambi)( ?(and|&|\+) ?(session|toss|match|lambi))? (report|fix|fixed|pakka|jackpot)|lambi (pari|session) (report|fix|pakka)|fix (toss|session|report)|bookie (report|news|tips|ki report|se report)|insider (report|tips|news)|match fixing report|fixed (match )?report)\b/
    // the paid group's guarantee: the money back on a loss, payment after the win
    $back = /\b(money back|refund (guarantee|guaranteed)|(full )?refund (if|on|after) (a )?(loss|lose|we lose|it loses|tip loses)|loss (cover|recovery|recover|refund|back|hone par|hone pe|hua to|hone per)|(paisa|paise|payment|amount|fees?) (wapas|vapas|vaapas|refund|return) (guarantee|guaranteed|milega|milenge|karenge|kar denge|hoga)|(pay|payment) (after|baad) (the )?(match|result|win|jeet)|(match|result|jeet) ke baad (payment|pay)|pehle (match|result|game) (dekho|dekhe|dekhiye|dekh lo)|no (win|profit),? no (pay|fee)|(pass|paas) hone (pe|par|per|ke baad|ke bad) (hi )?(payment|pay|paisa|paise|fees?|charge)|(payment|paisa|paise) (game )?(pass|paas) hone (pe|par|per|ke baad|ke bad))\b/
    $vip = /\b(vip (group|channel|membership|plan|report|subscription|package)|(join|joining|membership|subscription|group) (fee|fees|charge|charges|price)|paid (group|channel|tips|membership|teams?|reports?|service))\b/
    // India's tipsters' other wares: a "fix match", the toss, session or winner prediction, the
    // bookie's or insider's line; Africa's paid slips: a VIP ticket, sure N odds, a rollover
    $tip = /\b(fix (match|matches|match report)|match fixing (report|tips|group)|fixing report|(toss|session|lambi pari|match winner|khai lagai) (prediction|predictions|tips)|bookies? (se|line|rate|news|tips|report)|(inside|insider|andar ki|satta bazar|satta market) (news|report|tips|khabar|source|sources|information|info)|vip (ticket|tickets|slip|slips|games|odds)|[1-9][0-9]? odds (sure|confirmed|guaranteed)|sure (banker|bankers|booking codes?|games|[1-9][0-9]? odds)|[1-9][0-9]? odds (daily|rollover|ticket|banker)|(daily|weekly|odds) rollover|rollover (ticket|tips|challenge|odds|games)|booking codes? (for sale|available)|(cricket|ipl|t20|betting|football|soccer|match) (betting )?(tips|tipsters?|predictions?))\b/
    // ... sold as certain ("100% pakka", "report confirm", "sure shot", "no loss") ...
    $sure = /\b(100 ?% ?(pakka|sure|confirm|confirmed|guaranteed|guarantee|fix|fixed|sure ?shot|accurate|accuracy|winning|safe|legit)|(report|tips?|match|matches|winner|prediction|toss|session|odds|games|ticket|team|jodi) (100 ?% )?(pakka|confirm|confirmed|guaranteed|sure ?shot)|sure ?shot|sure ([1-9][0-9]? )?(odds|games|bankers?|tips|tickets?)|odds sure|no loss|zero risk|(guaranteed|assured) (wins?|winning|winnings|profits?))\b/
    // ... for a price: "joining fee 999", "@ Rs 199", "sirf ₹499", "Rs 999/month", "pay N5,000", "Ksh 700 a week"
    $fee = /\b(pay|send|lipa|tuma) [1-9][0-9]{0,2}k\b|(\b(join|joining|membership|subscription|subscribe|vip|fees?|price|charges?|only|sirf|just|pay|lipa|tuma|costs?)|@) ?(:|-|=|of|for|at|is|sirf|only|just|ya|kwa)? ?(₹|rs\.? ?|inr ?|₦ ?|n|ngn ?|ksh\.? ?|kes ?|ghs ?|gh₵ ?|₵ ?)[1-9]|(₹|rs\.? ?|inr ?|₦ ?|ksh\.? ?|kes ?|ghs ?|₵ ?)[1-9][0-9,]{0,6}(\/-)? ?(only|per (match|day|week|month)|\/ ?(match|day|week|month)|a (match|week|month)|monthly|weekly|ka plan|(me|mein) (join|vip|report|group|team))\b/
    // fantasy-team tip groups: a Dream11, MPL or grand-league team or tips ...
    $ft = /\b(dream ?11|my ?11 ?circle|mpl|fantasy|grand league|gl|small league|sl|h2h|mega contest|mega league) (ki |ka |ke |for |me |mein |cricket )?(winning |winner |expert |best |perfect |confirm |pakka |sure ?shot |guaranteed |paid |vip |premium |final |team )?(team|teams|tips|prediction|predictions|guru|experts?|group|channel)\b|\b(winning|winner|expert|confirm|pakka|perfect) (team|teams)\b/
    // ... with the win guaranteed ("grand league winner guaranteed", "1st rank pakka", "100% winning team")
    $ft_win = /\b(grand league|gl|mega contest|mega league|1st rank|first rank|rank ?1|top rank|winner|winning|jeet|win) (team |teams )?(pakka|guaranteed|guarantee|gaurantee|confirm|confirmed|sure|100 ?% ?(sure|pakka|guaranteed|confirm))\b|\b(guaranteed|guarantee|gaurantee|100 ?% ?(sure|pakka|guaranteed)?|pakka|sure ?shot|confirm) (grand league |gl |mega contest |mega league )?(win|wins|winner|winners|winning|winnings|jeet|rank|1st rank|first rank|top rank)\b|\b(jeet|jeetne|jitne|win|winning|rank) ki (guarantee|gaurantee|garanti)\b/
    // a person's voice: a joke, a loss, a warning
    $voice = /\b(lol|lmao|haha|hahaha|beware|haar gaya|haar gayi|haar gaye|(is|its|it's|sab|total) (a )?(scam|fraud)|(scam|fraud|farzi|dhokha) (hai|he|h|tha|lag raha)|don'?t (pay|join)|mat (karna|karo|join|dena))\b/
    // Hindi: a fixed or leaked jodi, number or game, or "100% pass", with the payment after it passes or
    // a way to get it (a Devanagari letter is three bytes)
    $hi_fix = /(फिक्स|फ़िक्स|लीक) ?(जोड|गेम|अंक|ओपन|क्लोज|नंबर|पत्ती|पाना)|100 ?% ?(फिक्स|पास)|सिंगल (जोड|अंक|पत्ती) (फिक्स|पास|लीक)/
    // Hindi: the match, the toss or the session "fixed" or its report, sold as certain or with the money back
    $hi_cric = /(मैच|टॉस|सेशन) (फिक्स|फ़िक्स|रिपोर्ट)|(फिक्स|फ़िक्स) (मैच|टॉस|सेशन|रिपोर्ट)/
    $hi_sure = /100 ?% ?(पक्का|पक्की|पक्के|फिक्स|कन्फर्म|गारंटी|श्योर)|(पैसे|पैसा|पेमेंट|फीस) (वापस|रिफंड)|(जीत|जीतने) की गारंटी/
    $hi_pay = /पास होने (पर|पे|के बाद)|(पेमेंट|भुगतान|पैसे) (गेम )?पास होने|व्हाट्सएप|व्हाट्सऐप|वॉट्सऐप/
    // India's betting and "earning" games (Aviator, colour prediction, Wingo, Teen Patti, Andar Bahar,
    // Dragon Tiger, Mines) ...
    $game = /\b(aviator|colou?r (prediction|trading)|wingo|win go|teen ?patti|andar bahar|dragon (vs |& |and )?tiger|mines game|chicken road|plinko|spribe|daman games?|tiranga games?|bdg (game|win)|big small (game|trick|prediction))\b/
    // ... their sold "tricks": a predictor, a hack or signals, a guaranteed or 100% win, never a loss,
    // the loss recovered, a daily earning ("roz 5000 kamao")
    $trick = /\b(tricks?|hacks?|hacked|predictor|prediction (bot|app|tool|hack|signals?|group)|signals?|sure ?shot|100 ?% (working|winning|sure|win|guaranteed|guarantee|accuracy|accurate|pakka)|guaranteed (wins?|winning|tricks?|profits?|earnings?|income)|never lose|no loss|loss (recovery|recover|cover)|win every (round|time|game|bet)|har (round|game|baar) (jeeto|jeetenge|jeet)|(daily|roz|rozana|har din|per day) ([^ ]{1,10} )?(earning|earnings|income|kamai|kamao|kamaye|kamaiye|kamaen|profit))\b|\b(earn|kamao|kamaye) [^ ]{1,10} (daily|roz|rozana|per day|a day|har din)\b/
    // ... and where to buy them: a link, a number, a Telegram handle
    $tg = /\b(telegram|tg|insta|instagram)\b ?(id|channel|group|pe|par|on)? ?:? ?@[a-z0-9_]|(^|[ (:])@[a-z0-9_]{1,11}[a-z0-9_]/
    $warn = /\b(lol|lmao|haha|scam|scammers?|fraud|farzi|dhokha|beware|haar gaya|haar gayi|lost)\b/
    // Satta King and the Gali, Desawar, Faridabad and Ghaziabad markets' result "leakers": a fixed or
    // leaked jodi, the result fast, a free leak game or "100% pass", and a way in, from any sender (a DLT
    // header too: no licensed operator sends the illegal lottery). The names of the game ...
    $sk_name = /\b(satta|matka|desawar|disawar|dishawar|deshawar|haruf)\b|(सट्टा|मटका|दिसावर|देसावर|दिशावर)/
    // ... the market names (a city or a given name alone: only beside a fixed jodi or a leak) ...
    $sk_city = /\b(gali|faridabad|ghaziabad|gaziabad|kalyan|shri ganesh|delhi bazaa?r)\b/
    // ... the fixed or leaked number ("jodi" alone is Bengali's "if") and the weaker pitch
    $sk_fix = /\b(fix(ed)? jodi|leak(ed)? (game|jodi|number|ank|haruf)|free leak|single (jodi|haruf) (fix|pass|leak|game))\b/
    $sk_weak = /\b(100 ?% (pass|fix|leak)|game pass|result fast|fast result|jodi pass)\b/
    // the news of a raid or a warning
    $sk_news = /\b(police|arrest\w{0,3}|giraftar|pakda|pakde|raid|thagi|fraud|scam)\b/
    // French-speaking West Africa's tip sellers: the daily coupon or combination, a high odd ...
    $fr_tip = /\b(coupons? (du jour|vip|gagnants?|premium|fiables?|en or)|combine (du jour|vip|gagnant|premium)|cote (totale |globale |de )?[1-9][0-9]{0,2}|grosses? cotes?|pronos?(tics?)? (vip|fiables?|du jour|gagnants?|premium)|tickets? (vip|du jour|gagnants?)|matchs? (truques?|arranges?))\b/
    // ... sold as certain or as a VIP access ...
    $fr_sure = /\b(100 ?% ?(surs?|garantie?s?|fiables?|gagnants?|certains?|assuree?s?)|(gains?|victoire) (garantie?s?|assuree?s?|certaine?s?)|zero (risque|perte)|sans (risque|perte)|rembourse(ment|s)? (si|en cas de) (perte|defaite)|(abonnement|acces|groupe|canal) vip)\b/
    // ... paid by mobile money or a subscription fee
    $fr_pay = /\b(wave|orange money|mtn momo|momo|mobile money|moov money|flooz|t-?money|free money|airtel money|abonnement|abonnez[- ]vous|adhesion|frais (d'acces|d'inscription|d'adhesion)|fcfa|f cfa|xof)\b/
    $fr_voice = /\b(mdr|ptdr|lol|arnaque|arnaques|arnaqueurs?|escrocs?|j'ai (perdu|mise|joue|parie)|mon (coupon|ticket|pari))\b/
    // Horse-racing tips sold by subscription (French: PMU, quinte, tierce; English: racing tips, stable info): the
    // race's tip ...
    $hr_tip = /\b(horse ?racing|racing|race ?day|turf|greyhound|pmu|hippiques?|quinte\+?|quarte\+?|tierce) (tips?|tipsters?|selections?|pronos?(tics?)?|bases?|picks?|naps?|predictions?)\b|\bpronos?(tics?)? (pmu|turf|hippiques?|du quinte|quinte|tierce)\b|\b(quinte|quarte|tierce)\+?,? (dans l'ordre|garanti\w{0,2}|assure\w{0,2}|surs?|gagnants?)\b|\bbases? (sures?|solides?|en or) (du |pour le |de la )?(jour|pmu|quinte|tierce|turf|course|reunion)\b|\b(stable|stables|yard|ecurie|ecuries|jockeys?|trainers?|entraineurs?) (info|information|insider|tuyaux|secrets?|tips?)\b|\b(insider|inside) (info|information|tips?) from (the )?(stables?|yard|trainers?|jockeys?)\b|\bnap of the day\b/
    // ... sold as certain ...
    $hr_sure = /\b(guaranteed|garanti\w{0,2}|assure\w{0,2}|100 ?% ?(sure|fiables?|surs?|garanti\w{0,2}|accurate|winning|reussite)|sure ?(shot|thing|winners?)|can'?t lose|never lose|sans (risque|perte)|dans l'ordre|strike rate|[5-9][0-9] ?% (strike|win rate|de reussite|reussite))\b|\bbases? sures?\b/
    // ... for a subscription or a VIP membership
    $hr_pay = /\b(vip|subscription|subscribe|membership|abonnement|abonnez|abonne|adhesion|per (month|week)|a (month|week)|par (mois|semaine)|weekly|monthly|mensuel|hebdomadaire)\b/
    $hr_voice = /\b(j'ai (joue|perdu|gagne|mise|parie)|je joue|on a (joue|perdu|gagne)|i (backed|bet|lost|won|had a (bet|flutter))|my (bet|horse|slip))\b/
    // East Africa's paid tips (Swahili, Sheng, English): a jackpot or a day's predictions, a "mkeka" (slip) ...
    $ke_tip = /\b(utabiri|mkeka|mikeka|tips za (kubet|betting|mechi|leo|uhakika)|(mega jackpot|midweek jackpot|jackpot|supa jackpot) (predictions?|tips|utabiri|analysis|prediction)|(sure|vip|daily|premium|correct score|ht ?\/ ?ft|over ?2\.5|gg|btts) (tips|predictions|prediction|mkeka|mikeka)|predictions? (za|ya) (leo|jackpot|mechi|wikendi)|(football|soccer|betting|match|mechi) (predictions?|tips|utabiri)|today'?s (sure |vip |big |premium )?(predictions?|tips|ticket|slip|games))\b/
    // ... sold as certain ("za uhakika", "hazichomi": they never burn) ...
    $ke_sure = /\b(uhakika|guaranteed|guarantee|100 ?% ?(sure|win|winning|accurate|accuracy|uhakika)|sure ?(wins?|odds|bet)|hazichomi|haichomi|hauchomi|hakuna kuchoma|no loss|hakuna hasara)\b|\b[1-9][0-9]?\/[1-9][0-9]? (guaranteed|sure|uhakika)\b|\b100 ?% ?(uhakika|sure)\b|\b(jana|yesterday) (tulishinda|tumeshinda|tuliwin|we won|imetiki|imeingia|zote zimeingia|all won)\b|\b(mkeka|mikeka|tiketi|ticket|tips|slip) (wa |ya |za |of )?(jana|yesterday) (umetiki|imetiki|zimetiki|imeingia|zimeingia|uliingia|iliingia|won|went through|cashed out|all won)\b|\bwe won (yesterday|[1-9]\/[1-9])\b/
    // ... for a fee through a till, a paybill or a wallet, or a paid group
    // (or the slip itself bought: "upate tiketi", "utumiwe mkeka", "get the ticket", "we send you the slip")
    $ke_pay = /\b(till|paybill|pay ?bill|lipa na m-?pesa|buy goods|jiunge|kujiunga|jiungeni|join|subscribe|subscription|ada ya|membership|vip group|group la vip|kundi la vip)\b|\b(upate|kupata|utumiwe|kutumiwa|nitakutumia|tutakutumia|tunakutumia) (tiketi|tikiti|mkeka|mikeka|odds|tips|code|booking code)\b|\b(get|receive) (the |your |today'?s )?(ticket|slip|betslip|booking code|games)\b/
    // a sum to pay written bare ("lipa 250 kwa till", "send 300 to")
    $ke_amt = /\b(lipa|tuma|send|pay) (sh\.? ?|ksh\.? ?|tsh\.? ?)?[1-9][0-9,]{1,6}k? (kwa|to|via|through|kupitia)\b/
    $ke_cur = /\b(ksh|kes|tsh|tzs|ugx|ushs|bob|doo|m-?pesa|mpesa|airtel money|tigo ?pesa|mobile money|mtn momo|halopesa)\b/
    // the money-back promise ("tunarudisha pesa", "ukipoteza tunakurudishia", "money back if it loses")
    $ke_back = /\b(tunarudisha|tunakurudishia|tutakurudishia|tunakurudisha|tutarudisha|(pesa|doo|chapaa) (yako |zako )?(inarudishwa|itarudishwa|zinarudishwa|inarudi)|money back|refund (if|on)|(full )?refund guaranteed|ukipoteza|ukikosa|ikichoma|ikichomeka)\b/
    // a punter's own account or warning ("nimejiunga", "nililipa", "matapeli")
    $ke_own = /\b(nimejiunga|nilijiunga|nililipa|nimelipa|nimeshinda|nilishinda|nimepoteza|nilipoteza|matapeli|utapeli|wezi|scam|scammers?|fraud|i (paid|joined|lost))\b/
    // Bulgarian and Serbian tipsters on Telegram or Viber (Cyrillic and Latin, diacritics folded): "fixed" or arranged
    // matches, a sure ticket or sure tips, inside information ...
    $bkf_fix = /(уговорен(и)? мач|фиксиран(и)? мач|сигурн(и|а) прогноз|сигурен фиш|вътрешна информация|vip прогноз|наместен(е|а|и)? (утакмиц|меч)|сигуран тикет|сигурни типов|фиксн(и|а) меч|\b(namest\w{1,3} (utakmic|mec)|fiksn\w{1,2} mec|fiksiran\w{1,2} (mac|mec|utakmic)|sigurni tipovi|siguran tiket|tiket dana|insajdersk\w{1,3} informacij|vip tiket|vip prognoz|ugovoren\w{0,2} mach|sigurni prognozi))/
    // ... sold as certain, with high odds or the money back ...
    $bkf_sure = /(100 ?% (сигур|гаранц)|гарантиран|сигурн|коефициент [0-9]|квот(а|ом) [0-9]|от 10 печеливш|повраћај новца|парите обратно|\b(100 ?% (sigur|garanc)|zagarantovan|garantovan|sigurn\w{1,2}|kvot(a|om) [0-9]|koeficient [0-9]|od 10 dobitn|povracaj novca|novac nazad))/
    // ... for a price
    $bkf_pay = /(плащане|цена|цената|абонамент|уплат|\b(cena|pretplat\w{1,2}|uplat\w{1,2}|western union|revolut|moneygram|usdt))/
    // a punter's own slip or the news of a fixed match
    $bkf_voice = /(лол|срамота|дано|гледа ли|\b(lol|sramota|brate|castim|jesi gledao))/
  condition:
    ((($fixed and $pay) or (($report or $fixed) and ($back or $vip))
      or ($hi_fix and ($hi_pay or phone_count > 0 or contact_count > 0))
      or ($hi_cric and $hi_sure and ($hi_pay or $fee or phone_count > 0 or contact_count > 0)))
    and sender_kind != "alpha" and sender_kind != "shortcode")
    // (the tip or the fantasy team sold as certain, for a price, a paid group or a way in that is not
    // a friend's; from a sender id only with a link not its own, a number or a handle: a licensed
    // brand's contest names its own site)
    or (((($tip or $report or $fixed) and ($sure or $vip) and ($fee or $vip or phone_count > 0 or url_count > 0 or $tg))
        or ($ft and $ft_win and ($fee or $vip or phone_count > 0 or url_count > brand_link_count + named_url_count or $tg)))
      and not $voice
      and ((sender_kind != "alpha" and sender_kind != "shortcode")
        or url_count > brand_link_count + named_url_count or phone_count > 0 or $tg))
    // (the Bulgarian or Serbian tipster: a fixed match or a sure ticket, sold as certain or for a price, and a chat, a link
    // or a number, from a person)
    or ($bkf_fix and ($bkf_sure or $bkf_pay) and not $bkf_voice and not $voice
      and (phone_count > 0 or url_count > 0 or contact_count > 0 or $tg or casino_chat_handle)
      and sender_kind != "alpha" and sender_kind != "shortcode")
    // (the French coupon seller: the sure coupon, a mobile-money payment and a way in, from a person)
    or ($fr_tip and $fr_sure and $fr_pay and not $fr_voice and not $voice
      and (phone_count > 0 or contact_count > 0 or url_count > 0 or $tg)
      and sender_kind != "alpha" and sender_kind != "shortcode")
    // (the horse-racing tips sold as certain by subscription, with a fee or a mobile-money payment and a way in, from a
    // person's line: a betting operator's or a racing paper's own tips come from its sender id or short code)
    or ($hr_tip and $hr_sure and $hr_pay and (money_count > 0 or $fr_pay or $fee)
      and not $hr_voice and not $fr_voice and not $voice
      and (phone_count > 0 or contact_count > 0 or url_count > 0 or $tg)
      and sender_kind != "alpha" and sender_kind != "shortcode")
    // (East Africa's paid tips: the tips sold as certain, a till, a paybill or a paid group with a sum or a number, from a
    // person's line: a bookmaker's own bet receipt names no tip)
    or ($ke_tip and $ke_sure and $ke_pay and ($ke_cur or money_count > 0 or phone_count > 0 or shortcode_count > 0)
      and ($ke_back or $ke_cur or money_count > 0 or $ke_amt) and not $ke_own and not $voice
      and sender_kind != "alpha" and sender_kind != "shortcode")
    // (a game's trick sold with a link, a number or a handle: from a business header too)
    or ($game and $trick and not $warn and (url_count > 0 or phone_count > 0 or $tg))
    // (the satta leak with a chat link, a number or a handle, whatever the sender)
    or ((($sk_fix and ($sk_name or $sk_city or $sk_weak)) or ($sk_name and ($sk_weak or $hi_fix)))
      and not $voice and not $sk_news
      and (url_count > 0 or phone_count > 0 or contact_count > 0 or $tg))
}

rule casino_bonus_mobile_number
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A sportsbook's first-deposit bonus, N% bonus, free bet or odds boost with a link to register, sent from a personal mobile number; online borlette (bolet) with a bonus and an app, a link or a chat (Haitian Creole, Caribbean English): licensed operators send from a sender id or a short code (English of Ghana, Nigeria and Kenya, Swahili, French); a casino's or sportsbook's deposit match, free parlay, bonus bets or risk-free bet from any long number that is not toll-free, to a link of unknown standing, with an opt-out footer or not (US and UK English); an offshore sportsbook's or casino's deposit bonus as a percentage ('200% first deposit bonus up to Rs 20,000, T&C apply') on betting, cricket or a casino, in the rupee, taka or rupee-of-Pakistan market, from any sender, India's registered DLT headers included (no operator is licensed there: the header proves nothing), with a link, a number or a chat app (English, Hinglish, Roman Urdu, Banglish, Hindi, Bengali, Urdu); and from a sender id anywhere, the same bonus to an impersonator's or abuse-prone address; India's real-money card-game apps (rummy, Teen Patti, Andar Bahar, poker) with a sign-up bonus in rupees and an instant withdrawal to UPI, Paytm or the bank, from a person's number or to a link that is not the operator's own (English, Hinglish); the Philippines' online cockfighting (e-sabong, online sabong) with a cash-in or cash-out through GCash or Maya, a first-cash-in bonus, a rebate or a fast cash-out, and a way in, from any sender (Filipino, English); from a personal mobile with no link, a sportsbook's or casino's bonus with a promo code or a deposit by mobile money or an e-wallet (1xBet's clones; German, Dutch, Nordic, Indonesian, French, English)"
  strings:
    $bet = /\b(bet|bets|betting|sportsbook|odds|casino|jackpot|sportybet|betika|bet9ja|1xbet|22bet|betway|betpawa|msport|melbet|sportpesa|odibets|mozzartbet|betwinner|betking|nairabet|merrybet|bangbet|helabet|parimatch|premier ?bet|shabiki|bet365|paris sportifs?)\b/
    $dep = /\b(first|1st|welcome|sign ?up|deposit) (deposit )?bonus\b|[0-9] ?% (first deposit |deposit |welcome |sign ?up |extra )?(bonus|boost)\b|\b(bonus|bonasi) (ya |de |of |up to )?[1-9][0-9]{0,2} ?%|\bbonus (on|sur) (your |ur |votre )?(first|1st|1er|premier) (deposit|depot)\b|\b(odds boost|boosted odds|free bets?|deposit ya kwanza|bonus de bienvenue)\b/
    // a punter's own bet, slip or referral code, a joke
    $mine = /\b(lol|haha|lmao|abeg|chale|charley|my (code|link|ref|referral|slip|ticket|account)|i (won|staked|lost|played|deposited|used|put|got|bet)|we (bet|play|stake|staked))\b/
    // the US and UK sportsbook's or casino's offer in its own words: a deposit match, a free parlay, bonus bets, a
    // risk-free or no-sweat first bet, "bet $5 get $200", free spins (beside $bet's words: a parlay, spins, slots)
    $us_bet = /\b(parlays?|free spins?|slots?|wagers?|sports ?betting|online casino)\b/
    $us_dep = /\b(deposit match(es)?|match(ed)? bonus|match your (first )?deposit|double your (first )?deposit|free (parlays?|bets?|spins?|play)|bonus bets?|risk-?free (first )?bets?|no[- ]sweat (first )?bets?|second[- ]chance bets?|(profit|odds) boost)\b|[0-9] ?% (deposit )?match\b|\b(bet|wager|deposit) (£|\$|€)?[1-9][0-9,]{0,4},? (and |& |to )?(get|receive|win) (£|\$|€)?[1-9]/
    // South Asia, where no sportsbook or casino is licensed: the deposit bonus as a percentage ("200% first
    // deposit bonus", "bonus of 150%", "pehle deposit pe 300% bonus", "1st deposit e 200% bonus") ...
    $sa_pct = /[0-9] ?% (first[- ]deposit |1st[- ]deposit |deposit |welcome |joining |sign ?up |signup |match |refill |reload |redeposit |extra |instant |ka |ki )?(bonus|bonas)\b|\b(bonus|bonas) (of |upto |up to |ka |ki )?[1-9][0-9]{0,2} ?%|[0-9] ?% ?(বোনাস|बोनस|بونس)|(বোনাস|बोनस|بونس) ?[1-9][0-9]{0,2} ?%/
    // ... on a deposit (or a welcome or joining bonus, which is one) ...
    $sa_dep = /\b(deposit|deposits|dep|redeposit|depo)\b|\b(first|1st|pehla|pehle|pehli|pahla|pahle|prothom|every|har) (recharge|top-?up|load)\b|\b(welcome|joining|sign ?up|signup) bonus\b|(ডিপোজিট|ডিপোজিটে|डिपॉजिट|डिपोजिट|ڈپازٹ|ڈیپازٹ)/
    // ... on betting or a casino, or an offshore book's name (a fantasy, rummy or poker app's bonus is not it) ...
    $sa_bet = /\b(bet|bets|betting|sportsbook|bookmaker|odds|wager|wagering|casino|live casino|teen ?patti|andar bahar|aviator|satta|cricket exchange|betting exchange|1xbet|1win|parimatch|melbet|22bet|dafabet|10cric|fun88|4rabet|mostbet|betwinner|rajabets|jeetwin|babu88|krikya|crickex|megapari|linebet|betway|bet365|lotus ?365|reddy ?anna|mahadev ?book)\b|(বেটিং|ক্যাসিনো|বাজি|बेटिंग|कैसीनो|सट्टा|بیٹنگ|کیسینو)/
    // ... in that market: its currencies and payment rails, its leagues, Hinglish or Banglish, its scripts
    $sa_mkt = /(₹|৳)|\b(rs\.?|inr|pkr|bdt|tk|taka|lakh|lakhs|lac|crore|crores|rupees?|rupaye|upi|paytm|phonepe|bkash|nagad|jazzcash|easypaisa|ipl|psl|bpl|kabaddi|lagao|lagaye|jeeto|jeeten|jeetein|milega|milenge|khelo|khelein|karo|karein|abhi|turant|dhamaka|jitun|khelun|ekhon)\b|(টাকা|রুপি|रुपये|रुपए|روپے|ڈپازٹ|ডিপোজিট|डिपॉजिट|डिपोजिट)/
    // a punter's own story in Hinglish or Roman Urdu (beside $mine, casino_player_loss and casino_player_mine)
    $sa_mine = /\b(mene|liya tha|li thi|mila tha|mili thi|bola tha|bolte hai|bolte hain|kehte hai|kehte hain|beware|mat lena|door raho|door reh|bach ke)\b/
    // India's real-money card-game apps (rummy, Teen Patti, Andar Bahar, poker, call break): a sign-up or joining
    // bonus in rupees ...
    $cg = /\b(rummy|teen ?patti|andar bahar|poker|call ?break|card games?)\b/
    $cg_bonus = /\b(sign ?up|signup|joining|welcome|registration|new user|naye user) (bonus|cash|reward)\b|\b(bonus|free cash|cash bonus)( of| worth| up to| upto)? (₹|rs\.? ?|inr ?)[1-9]|(₹|rs\.? ?|inr ?)[1-9][0-9,]{0,6} ?(signup |sign up |joining |welcome |free |cash )?(bonus|free)\b/
    // ... and the winnings out at once to UPI, Paytm or the bank
    $cg_out = /\b(instant|instantly|turant|fast|quick|direct|directly) (upi |bank |paytm )?(withdrawals?|withdraw|cash ?outs?|payouts?)\b|\b(withdraw(al)?s?|cash ?out|nikalo|nikaalo)\b.{0,30}\b(upi|paytm|phonepe|gpay|bank account)\b|\b(upi|paytm|phonepe|gpay)\b.{0,12}\b(withdraw(al)?s?|cash ?out)\b/
    $cg_code = /\b(invite|referral|refer|bonus|promo) ?code\b/
    // The Philippines' online cockfighting (e-sabong, banned since 2022): the fight sold online, or the cockfight
    // beside an e-wallet cash-in (a cockpit's own derby takes no GCash deposit) ...
    $sab_online = /\b(e-?sabong|online sabong|sabong online|sabong live|live sabong|sabong (app|site|website|link)|online cockfight\w{0,3}|cockfight\w{0,3} (online|live stream|betting site)|live cockfight\w{0,3})\b/
    $sab = /\b(sabong|sabungan|cockfight\w{0,3})\b/
    // ... the money in and out through an e-wallet ...
    $sab_ew = /\b(cash[- ]?in|deposit|load|top ?up|cash[- ]?out|withdraw(al)?)\b.{0,20}\b(gcash|maya|paymaya|coins\.?ph|grabpay|shopeepay|gotyme)\b|\b(gcash|maya|paymaya|coins\.?ph|grabpay|shopeepay|gotyme)\b.{0,12}\b(cash[- ]?in|deposit|load|top ?up|cash[- ]?out|withdraw(al)?)\b/
    // ... a first or minimum cash-in, a percentage bonus or rebate, free pesos, a fast cash-out
    $sab_cash = /\b(first|1st|unang|minimum|min\.?) (cash[- ]?in|deposit|load)\b|[0-9] ?% ?(bonus|rebate|cashback|commission)\b|\b(bonus|rebate|cashback) (na |ng )?[0-9]{1,3} ?%|\b(free|libreng|bonus) (₱|php|p) ?[0-9]|\b(instant|fast|mabilis na|mabilis|bilis) (cash[- ]?outs?|withdraw(al)?s?|payouts?)\b/
    // ... and a way in beside a link or a number: a page to message, registering
    $sab_in = /\b(pm|dm|message us|msg us|chat us|fb page|facebook page|page namin|register na|mag-?register|sign ?up)\b/
    // a bettor's own night, a friend's warning or errand
    $sab_mine = /\b(pare|tol|pre|lods|kuya|ate|bro|ako|ko|tayo|natin|lol|haha|hehe|scam|ingat|huwag|wag kang|mag-ingat)\b/
    // Korea, where only the state's Sports Toto is legal: a private toto site's or casino's first-deposit bonus
    // (첫충, 매충, 가입머니, N% 지급) with a Telegram or KakaoTalk id or a link
    $ko_bet = /(토토|카지노|바카라|슬롯|스포츠 ?베팅|배팅|파워볼|홀덤|사설 ?사이트|메이저 ?사이트|놀이터)/
    $ko_bonus = /(첫충|매충|첫 ?입금|첫 ?충전|가입 ?머니|가입 ?보너스|꽁머니|입금 ?보너스|충전 ?보너스|페이백|돌발 ?이벤트|[0-9] ?% ?(지급|보너스|추가))/
    $ko_in = /(텔레그램|텔레|카톡|카카오톡|오픈채팅|라인) ?(아이디|id)? ?:? ?@?[a-z0-9]|@[a-z0-9]/
    $ko_mine = /(사기|조심|신고|경찰|불법 도박|중독|잃었|날렸)/
    // From a personal mobile with no link: the sportsbook or casino (1xBet's clones, Europe's and Indonesia's words),
    // its bonus, and the promo code to register with or the deposit by mobile money or an e-wallet
    $pm_bet = /\b(sportwetten|sportweddenschappen|weddenschappen|sportsbetting|betting|nettcasino|nettikasino|kasino|casino|judi bola|situs judi|taruhan bola|vedonly\w{1,6}|spilleautomat\w{0,3}|spelautomat\w{0,3}|paris sportifs?|1xbet|megapari|linebet|paripesa|premier ?bet|supabets|1win|mostbet|melbet|22bet|betwinner)\b/
    $pm_bonus = /\b(einzahlungsbonus|willkommensbonus|gratiswette|freiwette|stortingsbonus|welkomstbonus|insattningsbonus|innskuddsbonus|indbetalingsbonus|velkomstbonus|valkomstbonus|talletusbonus|tervetuliaisbonus|bonus (deposit|setoran|depo) pertama|bonus de bienvenue|freebets?|free bets?|first deposit bonus|welcome bonus)\b|\b(bonus|bono|bonasi) (ya |de |del |van |von )?[1-9][0-9]{0,2} ?%|[0-9] ?% ?(bonus|einzahlungsbonus|welkomstbonus|insattningsbonus|talletusbonus|de bonus)\b/
    // Haiti's and the Caribbean's borlette (bolet) played online: a deposit bonus, an app or a chat to play through
    $ht_bet = /\b(bolet|borlet|borlette|borlete|bolette)\b/
    $ht_bonus = /\b(bonis|bonus)\b/
    $ht_in = /\b(app|aplikasyon|telechaje|download|sit|site|online|sou entenet|an liy|lyen|link)\b/
    $ht_mine = /\b(mwen te|m te jwe|lol|haha|eskwokri|vole|scam)\b/
    $pm_code = /\b(code promo|promo ?code|kode (promo|bonus|referral)|promokode|promokod|bonuscode|bonuskode|bonuskod|aktionscode|kampanjkod|kampanjekode|tarjouskoodi|bonuskoodi)\b|\b(depot|depots|deposit|fund|top ?up|recharge|setor|cash[- ]?in)\b.{0,20}\b(orange money|mtn (momo|mobile money)|momo|moov money|m-?pesa|airtel money|flooz|opay|palmpay|gcash|paymaya|dana|ovo|gopay|truemoney)\b/
  condition:
    ($bet and $dep and url_count > 0 and not $mine
      and sender_kind == "phone" and (sender_line == "mobile" or sender_line == "fixed_line_or_mobile"))
    // (no link: the bonus with a promo code or a mobile-money deposit, from a personal mobile number)
    or ($pm_bet and $pm_bonus and $pm_code and not $mine and not casino_player_loss and not casino_player_mine
      and sender_kind == "phone" and (sender_line == "mobile" or sender_line == "fixed_line_or_mobile"))
    // (the online borlette's bonus with an app, a link or a chat, from a person's number)
    or ($ht_bet and $ht_bonus and ($ht_in or url_count > 0 or casino_chat_handle or contact_count > 0) and not $ht_mine and not $mine
      and sender_kind == "phone" and sender_line != "toll_free")
    // (Korea: the private toto's or casino's deposit bonus with a chat id or a link, from any sender)
    or ($ko_bet and $ko_bonus and ($ko_in or url_count > 0 or casino_chat_handle) and not $ko_mine)
    // (the deposit match, free parlay or bonus bets from any long number that is not toll-free, to a link of unknown
    // standing, an opt-out footer or not: a licensed operator writes from its short code or sender id to its own site)
    or (($bet or $us_bet) and ($dep or $us_dep) and not $mine and not casino_player_loss
      and url_count > brand_link_count + named_url_count + platform_url_count
      and sender_kind == "phone" and sender_line != "toll_free" and sender_line != "unknown")
    // (South Asia: the percentage deposit bonus on betting from any sender, a DLT header included, with a way in)
    or ($sa_pct and $sa_dep and $sa_bet
      and ($sa_mkt or sender matches /^alpha:[a-z]{2}-[a-z0-9]{6}(-[pstg])?$/i
        or sender_country == "IN" or sender_country == "PK" or sender_country == "BD" or sender_country == "NP" or sender_country == "LK")
      and not $mine and not $sa_mine and not casino_player_loss and not casino_player_mine
      and (url_count > 0 or phone_count > 0 or email_count > 0 or casino_chat_handle))
    // (from a sender id anywhere: the same bonus to an impersonator's, a look-alike or an abuse-prone address)
    or ($bet and $dep and $sa_pct and not $mine and sender_kind == "alpha"
      and (risky_tld_count > 0 or worn_url_count > 0 or brand_mismatch_count > 0))
    // (India's card-game app: the sign-up bonus and the instant UPI withdrawal, from a person's number, or to a
    // link that is not the operator's own: a licensed operator writes from its header to its own site)
    or ($cg and $cg_bonus and $cg_out and not $mine and not $sa_mine and not casino_player_loss and not casino_player_mine
      and (url_count > 0 or phone_count > 0 or casino_chat_handle or $cg_code)
      and ((sender_kind == "phone" and sender_line != "toll_free")
        or shortener_count > 0 or risky_tld_count > 0 or url_count > brand_link_count + named_url_count + platform_url_count))
    // (online cockfighting with an e-wallet cash-in, a bonus or a fast cash-out, and a way in, from any sender)
    or ((($sab_online and ($sab_ew or $sab_cash)) or ($sab and $sab_ew and $sab_cash))
      and not $sab_mine and not $mine and not casino_player_loss
      and (url_count > 0 or phone_count > 0 or contact_count > 0 or casino_chat_handle or $sab_in))
}

rule casino_account_balance_claim
{
  meta:
    action = "junk"
    weight = 2.5
    description = "An unnamed casino's 'your VIP or player account has $N waiting, log in to claim or withdraw' or '$N in unclaimed winnings, claim them', with a link that is not a known brand's, a platform's or the site the text names, from a number or an address (US English)"
  strings:
    // the story: a player's, a VIP's or a casino's account, balance or winnings
    // (a VIP's account, balance or status, or "VIP:" opening the message: a shop's "VIP rewards" or a salon's
    // "VIP credit" is not the casino's)
    $acct = /\b(player|players'?|casino|gaming|slots?|jackpot|spins|betting|vip) (account|acct|balance|wallet|profile|funds|winnings|cash ?out)\b|\bvip (status|member|membership|player|level|tier|bonus|cash|alert|notice)\b|^vip\b|\b(dear|hey|hi|hello) (valued |lucky )?(vip|player)\b/
    // ... or the winnings themselves left unclaimed (the sum waits in the words)
    $winnings = /\b(unclaimed|pending|uncollected|unpaid|outstanding) (casino |jackpot |slot |game )?winnings\b/
    // the sum sits there for the reader
    $wait = /\b(waiting|awaiting|ready|credited|pending|unclaimed|uncollected|added|loaded|deposited|sitting|reserved|on hold|unlocked|available)\b/
    // the ask: log in and take it
    $login = /\b(log ?in|login|log on|sign ?in|signin)\b/
    $take = /\b(claim|collect|withdraw|withdrawal|cash ?out|redeem|unlock|activate|play|spin)\b/
    // a player's own win, a friend's joke
    $mine = /\b(lol|haha|lmao|i won|we won|i (just )?cashed|my (account|balance|winnings)|won't let me)\b/
  condition:
    (($acct and $wait and $login) or $winnings) and $take and money_count > 0 and not $mine
    and url_count > brand_link_count + named_url_count + platform_url_count
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule casino_online_casino_zh
{
  meta:
    action = "junk"
    weight = 3.0
    description = "An online casino's ad in Chinese (Macau-style: live dealers, baccarat, a casino 'entertainment city') with a first-deposit or sign-up bonus, rebates or instant payouts, and a link, a number or a chat id; the carrier's opt-out footer ('reply T to unsubscribe') changes nothing: no licensed operator advertises online gambling by text in Chinese (Simplified and Traditional)"
  strings:
    // the online casino: live dealers, live video, baccarat, the "entertainment city", online gambling or betting
    // (not a resort's name or a casino floor: Macau's hotels market their rooms by text too)
    $game = /((金沙|葡京|新葡京|威尼斯人|永利|美高梅|银河|銀河)(娱乐|娛樂|线上|線上)|荷官|真人视讯|真人視訊|真人娱乐|真人娛樂|真人百家|娱乐城|娛樂城|百家乐|百家樂|线上娱乐|線上娛樂|网上娱乐|網上娛樂|线上赌|線上賭|网上赌|網上賭|线上博彩|線上博彩|博彩|老虎机|老虎機|体育投注|體育投注|电子游艺|電子遊藝)/
    // the offer a casino makes: a first deposit or sign-up bonus, free play money, rebates, fast payouts
    $offer = /(首存|首儲|首充|存送|充值送|儲值送|注册送|註冊送|注册就送|註冊就送|注册即送|註冊即送|体验金|體驗金|彩金|返水|救援金|提款秒|出款秒|秒到账|秒到帳|秒出款|即存即提|出款快|送[0-9]{1,3}%)/
    // the way in when the address is not a link: register, the site, a chat id, the support desk
    $in = /(注册|註冊|网址|網址|官网|官網|登录|登錄|登入|微信|加微|客服|飞机|飛機|\bqq\b|\bline\b|whatsapp|telegram)/
    // a person telling of a trip or a warning
    $mine = /(我们|我們|我去|我在|我输|我輸|我赢|我贏|骗子|騙子|诈骗|詐騙|别信|別信|小心)/
  condition:
    $game and $offer and not $mine
    and (url_count > 0 or phone_count > 0 or email_count > 0 or $in)
}

rule casino_number_prediction
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Lottery-number 'prediction' sellers: a 4D, Toto, Magnum or Da Ma Cai number ('nombor ekor'), a togel, lo de, Thai or Philippine lottery number, or a Satta or Kalyan Matka guess, sold as certain or predicted (100% accurate, confirm naik, jitu, bocoran, soi cau, the lucky number of the draw) for a fee, a paid group or an amount, with a number, a chat app or a link, from any sender (English, Malay, Indonesian, Vietnamese, Thai, Filipino, Hinglish); the Caribbean's Play Whe marks, Cash Pot numbers, 'numeros fijos' for the quiniela or a borlette 'boul cho' sold as sure; a licensed lottery's own results notice sells no number"
  strings:
    // the numbers game: Malaysia's and Singapore's 4D and Toto, Indonesia's togel, Vietnam's lo de, the Thai and
    // Lao lotteries, the Philippines' swertres and STL, India's satta and matka
    $lot = /\b(play whe|whe ?whe|cash pot|quinielas?|tripletas?|bolet|borlette|lotri|4d|toto|magnum|damacai|da ma cai|sports toto|sg ?pools|singapore pools|nombor ekor|no\.? ekor|togel|lo de|xo so|so de|swertres|ez2|stl|jueteng|lotto|lottery|satta|matka)\b|(หวย|ลอตเตอรี่|สลากกินแบ่ง)/
    // the number predicted or sold as certain (a draw's "winning numbers" is the operator's own notice)
    $pred = /\b(predictions?|ramalan|nombor (naik|confirm|tepat|jitu|kuat|panas|vip)|confirm naik|pasti naik|(angka|nomor) (jitu|main|ikut|naik|keluar|kuat|hoki)|prediksi|bocoran|tembus|jitu|soi cau|bach thu|dan de|song thu|chot so|lo (vip|dep)|(sure|secret|leaked?|inside) (numbers?|nombor|no\.|nos\.?|ank)|(4d|toto|lottery|lotto|togel|satta|matka|play whe|cash pot|quiniela) (tips|secrets?|formula|hacks?|vip|guess(ing)?)|guessing (number|numbers|ank|jodi)|100 ?% (accurate|sure|confirm|confirmed|naik|tepat|tembus|jitu|chinh xac|guaranteed|win|winning|pass|pakka)|chinh xac|bao trung|marks? for today|numeros? fijos?|quiniela segura|boul cho|lucky numbers (for tonight|guaranteed)|chac chan trung|hula (sa|ng) (swertres|lotto|stl))\b|(เลขเด็ด|เลขดัง|เลขเด่น|เลขล็อค|เลขลับ|เลขวงใน|แม่น ?100|เข้า ?100)/
    // the price of the number or of the group
    $fee = /\b(pay|payment|fee|fees|price|bayar|bayaran|yuran|mahar|harga|phi|chuyen khoan|paynow|duitnow|touch ?n ?go|gcash|vip (group|member|membership)|membership|subscription|langganan|join (our |my )?(vip|group|channel))\b|(ค่าสมาชิก|สมัครสมาชิก|โอนเงิน)/
    // a player's own ticket, a joke, a warning or the news
    $mine = /\b(lol|haha|hehe|wkwk|aku beli|saya beli|i bought|i bet|my numbers?|nombor (aku|saya)|scam|tipu|penipu|penipuan|jangan percaya|hati-hati|awas|lua dao|beware|police|polis|ditangkap|arrested)\b|(หลอก|มิจฉาชีพ|ระวัง)/
    // the 4D of a scan, a cinema or a printer, the gender "prediction" of an ultrasound
    $not_lot = /\b(ultrasound|sonogram|pregnan\w{0,5}|4d (scans?|movies?|cinema|films?|printing|printers?|effects?|ride)|gender (prediction|reveal))\b/
  condition:
    $lot and $pred and ($fee or money_count > 0) and not $mine and not $not_lot
    and (phone_count > 0 or url_count > 0 or contact_count > 0 or casino_chat_handle)
}

rule casino_mirror_address
{
  meta:
    action = "junk"
    weight = 3.0
    description = "An illegal casino's or betting brand's rotating address: a bonus, freebet or free spins with its 'new' or 'current login address', its 'working mirror' or 'alternative link' (Turkish, Russian, Ukrainian, Romanian, Polish, Spanish, Portuguese, Arabic, English), its STOP or RET footer or not; Brazil's unlicensed slot sellers: 'banca liberada', Fortune Tiger or Aviator 'paying', a sign-up bonus or a Pix cash-out, with a link or a contact (Brazilian Portuguese); a licensed operator's promotion on its own fixed domain has no new address"
  strings:
    // the gambling: a casino, a bookmaker, slots, a freebet or free spins, a deposit or loss bonus
    $game = /\b(casino|cassino|kasyno|kasyna|cazino|cazinou|kumarhane|bahis|iddaa|bet|betting|slot|slots|sloturi|rulet|ruleta|roleta|poker|freespin\w{0,3}|free spins?|freebet\w{0,2}|deneme bonusu|yatirim bonusu|kayip bonusu|cevrimsiz|rotiri gratuite|pariuri|darmow\w{1,3} spin\w{0,3}|zaklad\w{0,3} bukmacher\w{0,4}|giros gratis|rodadas gratis|apuestas?|apostas?|sweet bonanza|gates of olympus|aviator|fortune tiger|tigrinho|prima depunere|primer deposito|primeiro deposito|ilk yatirim\w{0,3}|pierwsz\w{1,3} depozyt\w{0,2})\b|(казино|ставк|букмекер|фрибет|фриспин|слот|фріспін|перв.{1,6} депозит|перш.{1,6} депозит|كازينو|رهان|مراهنات)/
    // the rotating address: new, current or working login address, a mirror, an alternative link
    $mirror = /\b(guncel (giris|adres|link|domain)\w{0,4}|yeni (giris|adres|link|domain)\w{0,4}|giris (adresi|adresimiz|linki|linkimiz)|adresimiz (degisti|guncellendi)|link (alternativ|nou|actualizat)|adresa (noua|alternativa|actualizata)|noua (adresa|adresa de acces)|domeniu nou|nowy (adres|link|domen\w{0,2})|aktualny (adres|link)|alternatywny (adres|link)|lustrzan\w{1,3}|nuevo (link|enlace|dominio|acceso)|link (alternativo|actualizado)|enlace (alternativo|actualizado)|nueva direccion|novo (link|endereco|dominio)|link atualizado|endereco (atualizado|novo|alternativo)|new (address|domain|mirror)|working (mirror|link)|mirror (link|site)|alternative (link|address|domain))\b|(зеркал|новый адрес|новый домен|актуальн.{1,6} (адрес|ссылк|домен|вход)|рабоч.{1,6} (ссылк|адрес|вход|домен)|дзеркал|нова адреса|нову адресу|новий домен|актуальн.{1,6} (посилан|домен)|الرابط الجديد|رابط جديد|الرابط البديل|رابط بديل|العنوان الجديد|الموقع الجديد)/
    // Brazil's unlicensed slot seller: the game paying now, a sign-up or deposit bonus, the Pix cash-out
    $br_game = /\b(fortune (tiger|ox|rabbit|mouse|dragon)|tigrinho|tigre da sorte|aviator|aviaozinho|spaceman|jogo do (tigre|tigrinho|aviao))\b/
    $br_lure = /\b(banca liberada|bonus (de |no )?(cadastro|deposito|r\$)|saque (via pix|no pix|pelo pix|na hora|rapido|imediato|instantaneo)|deposite (r\$ ?)?[0-9]|horario pagante|pagando muito|plataforma (nova|pagando|lancada))\b/
    // a player's own loss or a warning
    $mine = /\b(perdi|ganhei|kkk|golpe|vicio|kaybettim|kazandim|dolandirici\w{0,4}|am pierdut|teapa|przegralem|perdi|estafa)\b|(проиграл|програв|мошенн|шахра)/
  condition:
    (($game and $mirror and url_count > 0)
      or ($br_game and $br_lure and (url_count > brand_link_count + named_url_count or phone_count > 0 or contact_count > 0)))
    and not $mine and not casino_player_loss
}

rule casino_tips_handle_zh
{
  meta:
    action = "junk"
    weight = 2.8
    description = "Mark Six 'inside information' and sports-betting tips sold in Chinese: a sure special number, a leak or a win rate, with a WeChat, QQ, LINE or Telegram handle to add (simplified and traditional Chinese, Cantonese); sports picks with a hit rate and a VIP or pick room to join on Telegram or KakaoTalk (Korean); football tips ('soi keo') with a win rate and a VIP group on Zalo or Telegram (Vietnamese); powerball or lotto picks, pick rooms, patterns or a win promised, with a Telegram or KakaoTalk id, a link or a number (Korean)"
  strings:
    $lot = /(六合彩|香港彩|澳门彩|澳門彩|特码|特碼|平特|一肖|三肖|六肖)/
    $lot_sure = /(内部资料|內部資料|内幕|內幕|必中|稳中|穩中|包中|准确率|準確率|精准|精準)/
    $sport = /(足球|篮球|籃球|体育|體育|赛事|賽事|球赛|球賽|波胆|波膽|外围|外圍)(推介|推荐|推薦|分析|心水|贴士|貼士|单|單)/
    $sport_sure = /(胜率|勝率|命中率|稳赚|穩賺|包赢|包贏|必中|红单|紅單)/
    $handle = /(加|添加|联系|聯繫|聯絡|咨询|諮詢|私聊|找我)(我)?(的)?(微信|威信|薇信|vx|v信|qq|扣扣|line|telegram|tg|飞机|飛機|纸飞机|紙飛機|whatsapp)|(微信|威信|薇信|vx|qq|扣扣|line|telegram|飞机|飛機)(号|號|id)?:/
    $warn = /(骗子|騙子|诈骗|詐騙|举报|舉報|小心|别信|別信)/
    // Korean: sports picks with a hit rate, a VIP or pick room, a Telegram or KakaoTalk id
    $ko_tip = /(적중률|승률|적중 ?확률) ?[0-9]{1,2}/
    $ko_room = /(vip|픽방|픽 ?공유|분석방|리딩방|유료 ?픽|무료 ?픽)/
    $ko_sport = /(스포츠|토토|축구|야구|농구|배팅|베팅|경기|분석)/
    $ko_in = /(텔레그램|텔레|카톡|카카오톡|오픈채팅|라인) ?(아이디|id)? ?:? ?@?[a-z0-9]|@[a-z0-9]/
    $ko_warn = /(사기|조심|신고|경찰|피싱|잃었|날렸)/
    // Korean powerball and lotto picks: a pick room, a pattern, a prediction or a win promised, sold on Telegram or KakaoTalk
    $ko_pb = /(파워볼|로또|키노 ?사다리|스피드 ?키노)/
    $ko_pb_pick = /(픽 |픽을|픽방|유료 ?픽|무료 ?픽|실시간 ?픽|픽스터|픽 ?제공|분석방|리딩방|필승|패턴 공개|예측 서비스|번호 예측|당첨 ?보장|적중 ?보장|수익 ?인증|연승 ?중)/
    // Vietnamese: football tips ("soi keo") with a win rate, a VIP group on Zalo or Telegram
    $vi_tip = /\b(soi keo|keo (bong da|thom|vip|chuan|ngon)|tip (bong da|keo)|du doan (ty so|bong da|keo))\b/
    $vi_rate = /\b(ty le|ti le) (thang|an|chinh xac|trung|win) (len den |toi |tren )?[0-9]{1,2}|\bwin ?rate [0-9]{1,2}/
    $vi_in = /\b(nhom|group|room|kenh) (vip|kin|rieng)\b|\b(zalo|telegram|tele)\b/
    $vi_warn = /\b(lua dao|canh giac|bi lua|mat tien)\b/
  condition:
    ((($lot and $lot_sure) or ($sport and $sport_sure)) and $handle and not $warn)
    or ($ko_tip and $ko_room and $ko_sport and ($ko_in or url_count > 0 or phone_count > 0) and not $ko_warn
      and sender_kind != "alpha" and sender_kind != "shortcode")
    or ($ko_pb and $ko_pb_pick and ($ko_in or url_count > 0 or phone_count > 0 or casino_chat_handle) and not $ko_warn
      and sender_kind != "alpha" and sender_kind != "shortcode")
    or ($vi_tip and $vi_rate and $vi_in and not $vi_warn and sender_kind != "alpha" and sender_kind != "shortcode")
}

// Matched betting sold as "risk-free" income: bookmakers' free bets turned into guaranteed or tax-free profit every
// month, with a link, a number or a short code; the opt-out footer changes nothing (no bookmaker sells it).
rule casino_matched_betting_income
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Matched betting or bookmakers' free bets sold as risk-free, guaranteed or tax-free profit or monthly income, with a link, a number or a short code, opt-out footer or not (British English)"
  strings:
    $mb = /\bmatched betting\b|\b(bookie|bookmaker|betting)('s|s)? (free bets?|offers|bonuses)\b.{0,30}\b(into|profit|cash)\b|\bfree bets?\b.{0,30}\b(guaranteed|risk[- ]free) (profit|cash|income)/
    $risk = /\b(risk[- ]free|zero risk|no risk|guaranteed (profit|income|returns?)|tax[- ]free (profit|income|cash)|100 ?% legal)\b/
    $mine = /\b(lol|haha|did you try|have you tried|i (made|tried|did)|my (mate|brother|dad))\b/
  condition:
    $mb and $risk and not $mine and (url_count > 0 or phone_count > 0 or shortcode_count > 0)
}

// Betting, lottery and casino blasts from a personal mobile in the markets that pay by mobile wallet: the game
// ("aposta desde Q10", "jugadas desde S/1", "bet nova", "kasino", ውርርድ), the wallet or rail the deposit goes
// through (Yape, Plin, Tigo Money, OXXO, SPEI, Nequi, Pix, M-PESA, Airtel Money, telebirr), an operator's offer
// (a bonus, a stake from a low sum, free spins, winnings paid at once) and a way in (a chat link, a number, a chat
// app). Licensed operators write from their sender ids to their own sites.
rule casino_wallet_chat_mobile
{
  meta:
    action = "junk"
    weight = 2.5
    description = "A casino, slots, sports-betting or lottery ad from a personal mobile with the deposit through a mobile wallet or a local rail (Yape, Plin, Tigo Money, OXXO, SPEI, Mercado Pago, Nequi, Pix, M-PESA, Airtel Money, Tigo Pesa, telebirr, CBE Birr), an operator's offer (a bonus, bets from a low sum, free spins, winnings paid at once) and a chat link, a number or a chat app (Latin American Spanish, Brazilian Portuguese, Swahili and Sheng, English of East Africa, Amharic)"
  strings:
    // the game (Spanish voseo "aposta" folds onto the Portuguese word; "apostamos" among friends is not listed)
    $game = /\b(casino|casinos|cassino|kasino|tragamonedas|tragaperras|ruleta|roleta|slots?|apuestas?|apostar|aposta|apostas|jugadas|animalitos|loteria|bingo|bet|bets|beti|betting|jackpot|aviator|kamari|jogo do bicho|tigrinho|fortune tiger|plataforma (nova|pagando|lancada)|nova plataforma)\b|(ካሲኖ|ውርርድ|ይወራረዱ|ቤቲንግ|ጃክፖት|አቪዬተር|ስሎት|ቢንጎ|ሎተሪ)/
    // the wallet or the rail the deposit goes through
    $pay = /\b(yape|yapea|yapear|yapee|plin|tigo money|oxxo|spei|mercado pago|nequi|daviplata|banrural|transferencia|pix|m-?pesa|mpesa|airtel money|tigo ?pesa|halopesa|mtn momo|mobile money|paybill|telebirr|cbe birr)\b|(ቴሌብር|ሲቢኢ ብር|ኤም-ፔሳ|ኤምፔሳ)/
    // the operator's offer: a bonus, free spins, a stake from a low sum, winnings paid at once
    $lure = /\b(bono|bonos|bonus|bonasi|giros gratis|tiradas gratis|rodadas gratis|free spins?|spin bure|te regalamos|dinero real|dinheiro real|duplica (tu|su) (primera )?(recarga|deposito)|pagando muito|banca liberada|(shinda|ushinde) (mamilioni|jackpot|hadi))\b|\b(desde|a partir de|minimo|kuanzia) (s\/|q|\$|mxn|r\$|ksh|tsh|bob|ugx)? ?[0-9]|\b(retiros?|retira|cobra|cobras|cobros|pagos?|premios|ganancias|saques?|sacar|paga|toa pesa|kutoa pesa|utoaji|withdraw\w{0,3}|malipo)\b.{0,25}\b(al instante|al toque|inmediat\w{1,3}|en [0-9]{1,2} ?min\w{0,5}|en minutos|el mismo dia|na hora|imediat\w{1,3}|em [0-9]{1,2} ?min\w{0,5}|papo hapo|haraka|saa yoyote|instant\w{0,2})\b|(ቦነስ|ጀምሮ|ወዲያውኑ|ፈጣን ክፍያ|ነፃ ስፒን|ገንዘብ ማውጣት)|ከ ?[1-9][0-9]{0,2} ?ብር/
    // a way in that is not a link or a number the normaliser reads
    $chat = /\b(whats ?app|telegram|zap|grupo|group)\b|(ቴሌግራም|ዋትስአፕ)/
    // a player's own loss, a joke or a warning
    $mine = /\b(perdi|jaja|jajaja|kkk|golpe|estafa|estafas|cuidado|nunca mais|nimepoteza|nilipoteza|sitacheza|matapeli|utapeli|tahadhari)\b|(ተበላሁ|ተጫውቼ|ተጠንቀቁ|ማጭበርበ|አጭበርባሪ)/
  condition:
    $game and $pay and $lure and not $mine and not casino_player_loss
    and (url_count > 0 or phone_count > 0 or contact_count > 0 or casino_chat_handle or $chat)
    and sender_kind == "phone" and sender_line != "toll_free"
}

// The numbers game sold by chat in the Caribbean: an unlicensed "banca" taking quiniela, pale and tripleta plays by
// WhatsApp (Dominican Spanish), a borlette (bolet) bank taking maryaj and loto 3 by WhatsApp and paying by MonCash
// (Haitian Creole), Play Whe, whe-whe, Cash Pot or foreign lotteries (Powerball, EuroMillions) played for you by
// WhatsApp (Trinidad and Jamaican English): the game, the play taken by chat, and the operator's lure (a payout rate,
// winnings paid at once, the deposit by transfer or wallet, a bonus, a "sure" number for a fee). Licensed lotteries
// send their results from their sender ids
rule casino_lottery_by_chat
{
  meta:
    action = "junk"
    weight = 2.5
    description = "Lottery or numbers-game plays taken by chat from a person's number: quiniela, pale and tripleta (Dominican Spanish), borlette maryaj and loto 3 (Haitian Creole), Play Whe, whe-whe, Cash Pot or foreign lotteries played for you (Caribbean English), with a payout rate, winnings paid at once, a deposit by transfer or MonCash, a bonus or a sure number for a fee, and a chat, a link or a number"
  strings:
    // the game
    $game = /\b(quinielas?|pales?|super pales?|tripletas?|loterias?|bancas? (online|virtual|en linea|de loteria)|leidsa|loteka|loto real|gana mas|bolet|borlet|borlette|bolette|lotri|maryaj|loto ?[345]|play whe|whe ?whe|pick ?[234]|cash pot|powerball|mega millions|euromillions|uk lotto|anguila|king lottery|boul)\b/
    // the play taken by chat or from home
    $play = /\b(play|juega|jwe)( [a-z]{1,10}){0,3} (on|by|via|por|sou) whats ?app\b|\b(juega|juegue|jugamos|jugar|jugada|jugadas|jwe|play your|we play|play from home|buy your tickets|tickets? available|bet from|te mando el numero|ba ou boul|jwenn li|get the (mark|marks|numbers?))\b/
    // the operator's lure: a payout rate, winnings paid at once, a deposit rail, a bonus, a sure number for a fee
    $lure = /\b(pagamos|pagos (rapidos|al instante|inmediatos|en [0-9])|por cada peso|por peso|deposita|recargas?|transferencia|banreservas|bono|numeros? fijos?|segur[oa]|100 ?% (garantizad[oa]|garanti|sur|sure)|te mando el numero|peye (touswit|rapid|nan [0-9])|nou peye|peman rapid|moncash|natcash|bonis|boul cho|[0-9]{1,3} pou 1|retire lajan|pay ?out same day|paid instantly|winnings paid|1 pays? [0-9]{1,2}|bank (transfer|deposit)|first deposit bonus|guaranteed)\b/
    // a player's own ticket, a relative's errand, a joke
    $voice = /\b(jaja|jajaja|lol|haha|por mi|pou mwen|for me|granny|manman|mami|tio|i lost|m pa t genyen|pegue|compraste|jugaste|te paso|me mandas)\b/
    // the chat when the number is written the local way ("rele 3712-3456", "escribe al 809 ...")
    $chat = /\b(whats ?app|wa\.me|telegram|ekri nou|rele|kontakte nou|escribenos|escribe al|llamanos|message us)\b/
  condition:
    $game and $play and $lure and not $voice
    and (phone_count > 0 or url_count > 0 or contact_count > 0 or casino_chat_handle or $chat)
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule casino_no_fica_bonus_link
{
  meta:
    action = "junk"
    weight = 2.5
    description = "A betting site or casino promising a bonus or free bet with no FICA, no ID, no KYC or no documents needed, with a link (Southern Africa: English, isiZulu, Sesotho)"
  strings:
    // no identity check: the licensed operators must verify (FICA, ID, NRC) before a withdrawal
    $nokyc = /\b(no|without|sonder|ntle le|ha o hloke|ha ho|ha ho hlokehe|ha ho hlokahale|ngaphandle kwe.|awudingi i.|akudingeki i.|ayikho i.|ayidingeki i.) ?(fica|id|kyc|nrc|verification|documents|amaphepha|ditokomane)\b|\b(awudingi amaphepha|ha o hloke ditokomane|id (required|needed)|(ayikho|ayidingeki) i.id)\b/
    // the betting: a bet, a casino, spins, a crash game, a bonus
    $bet = /\b(bet|betting|bets|bheja|ubheje|yokubheja|betsha|betshe|ho betsha|casino|free spins|aviator|slots|bonus|bonase|ibhonasi|i.bonus)\b/
  condition:
    $nokyc and $bet and url_count > 0 and brand_link_count == 0
}
