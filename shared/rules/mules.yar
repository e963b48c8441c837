// Money-mule recruitment: strangers who buy or rent bank cards, bank accounts, SIM cards, e-wallets
// or state-portal accounts, "jobs" whose only requirement is your card or account (receive payments,
// forward them, keep a percentage), crypto exchangers looking for card holders, and couriers paid by
// the day to carry documents or cash; with a pay or a contact (a chat app, a handle, "write to us").

// The pay: a sum, a share, a pay by the card, the day or the month
private rule mule_pay
{
  strings:
    $pct = /[0-9] ?%/
    $per = /\b(per|a|each|every|by the|pro|por|al|par|ao|am|im) (card|account|day|week|month|carta|tarjeta|cartao|carte|karte|konto|dia|giorno|mese|semana|mes|jour|mois|tag|woche|monat|semaine|settimana|transaction|operation|operacion|operazione|transaktion|task)\b|\b(daily|weekly|monthly|per diem)\b/
    $per_cy = /(за карт|в день|за день|в сутки|на день|в месяц|в неделю|щодня|щомісяця|на тиждень|на місяць|за картку|күніне|айына|аптасына|картаға|кунига|ойига|кунлик|ҳар бир карта|руб|₽|грн|теңге|тенге|сўм|минг|мың|тыс)/
    $per_lat = /\b(kuniga|oyiga|kunlik|haftasiga|so'm|som|ming|mln)\b/
    $per_ka = /(დღეში|თვეში|დღიური|ყოველდღიურ|ლარ)/
    $per_hy = /(օրական|ամսական|շաբաթական|դրամ|֏)/
  condition:
    money_count > 0 or any of them
}

// The contact: a chat app, a handle, "write to us" in the private
private rule mule_chat
{
  strings:
    $chat = /\b(telegram|t\.me|whats ?app|wa\.me|viber|signal|snap(chat)?|zap|dm|inbox|privado|privato|prive|privat)\b| @[a-z0-9_]{2}|^@[a-z0-9_]{2}/
    $chat_cy = /(телеграм|телег|тг|ватсап|вотсап|вацап|вайбер|лс|личк|личн|пиши|напиш|жаз|хабарлас|ёзинг|ёз )/
    $chat_lat = /\b(yozing|yozin|lichka\w{0,3}|telegramga|whatsappga)\b/
    $chat_ka = /(მოგვწერ|მომწერ|დაგვიკავშირდ|დამიკავშირდ|ტელეგრამ|ვოთსაპ|ვაცაპ|პირადში)/
    $chat_hy = /(գրեք|գրիր|գրել|զանգահարեք|տելեգրամ|վոթսափ|վաթսափ|անձնական)/
  condition:
    any of them
}

// The lure: the pay or a way to get in touch
private rule mule_lure
{
  condition:
    mule_pay or mule_chat or contact_count > 0
}

rule mule_card_account_trade
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Buys or rents bank cards, bank accounts, SIM cards, e-wallets or state-portal accounts, offers a 'job' needing only your card or account (take payments in, forward them, keep a share), or an exchanger seeking card holders; with a pay or a contact (Russian, Ukrainian, Kazakh, Uzbek, Georgian, Armenian, English, Spanish, Italian, Portuguese, French, German)"
  strings:
    // Russian, Ukrainian, Kazakh, Uzbek (Cyrillic): buy or rent a bank card, a SIM, an account
    $cy_buy = /(куплю|покупа(ю|е)|скупа(ю|е)|скупка|скупову|приобрет(а|у)|выкуп|аренд(у|а|ы)|сда(й|йте|ть|(е|ё)шь) в аренду|купу(ю|є|в)|купую|оренд(у|и)|придба(ю|є|в)|сатып ал|жалға|сотиб ол|ижара)/
    $cy_card = /(банк|сбер|тиньк|альфа|втб|каспи|kaspi|хумо|humo|узкард|uzcard|дебет|приват|монобанк|любых|любого|будь-як|кез келген|исталган|именн|сим-|сим|sim)\S{0,24} .{0,60}карт(а|ы|у|е|ой|к|ц|оч)|карт(а|ы|у|е|ой|к|ц|оч)\S{0,20} (любых|любого|будь-як|банк|сбер|тиньк|альф|втб|приват|моно|каспи|kaspi|хумо|humo|узкард|uzcard)/
    $cy_acct = /(банковск\S{0,8} сч(е|ё)т|расч(е|ё)тн\S{0,6} сч(е|ё)т|сч(е|ё)т\S{0,6} (ип|ооо|в банке)|банківськ\S{0,8} рахун|рахун\S{0,6} (фоп|в банку)|шот(ыңыз|ыңды|ты|тар)|ҳисоб рақам|ҳисоб-рақам|госуслуг|ді(ї|я) |egov|егов|аккаунт\S{0,8} (банк|сбер|тиньк|каспи|kaspi|киви|qiwi)|кошел(е|ё)к|гаманц|гаманець|акаунт\S{0,6} (дія|дії|банк|приват|моно))/
    // the card as the only requirement, holders wanted, drops, take transfers in and pass them on
    $cy_only = /(нужн(а|ы)|требуется|потр(і|i)бн(а|i)|керек|керак|kerak)\S{0,4} (только|лишь|лише|т(і|i)льки|тек|фақат|ваша|твоя|ваш|твой|ваша банковская)( [^ ]{1,40}){0,3} карт|(только|лишь|лише|т(і|i)льки|тек|фақат) (ваша |твоя |ваш |твой )?(карт|банковск|банк|кез келген банк|исталган банк)\S{0,24} .{0,40}(нужн|керек|керак|потр(і|i)бн|требует)|(ищ(ем|у)|нужны|требуются|шука(ю|є)мо|шукаю|потр(і|i)бн(і|i)|набира(ем|ю))\S{0,4} .{0,30}(держател|владельц|власник|людей|человек|люди|тех)\S{0,8} (с |со |з |із )?(дебетов|банковск|банківськ|любой|карт|сч(е|ё)т|рахун)|(иелер|эгалар)\S{0,6} (керек|керак)|дроп(ов|ы|ам|а|ом)|(обменник|обмінник)\S{0,8} .{0,40}(ищ|шука|нужн|потр(і|i)бн|требу)\S{0,8} .{0,40}(карт|дроп)|(прин(и|і)ма|прийма|получа|отрима)\S{0,12} (переводы|платежи|перекази|платеж(і|i)|кошти|деньги|гроші) на (свою|вашу|твою|свій|ваш|твій) (карт|рахун|сч)|(переводы|платежи|перекази|деньги|кошти|гроші)\S{0,4} .{0,60}(переводи(ть|те)? дальше|пересыла|пересила|скидыва\S{0,8} дальше|перекида\S{0,8} далі|переводи(ть|те)? далі)|(картаңызға|картангизга)\S{0,4} .{0,60}(қабул|қабылда)/
    // Uzbek (Latin)
    $uz_buy = /\b(sotib olamiz|sotib olaman|sotib olinadi|sotib olish|ijaraga|sotasizmi|soting)\b/
    $uz_obj = /\b(bank\w{0,6} kartas?\w{0,8}|(istalgan|har qanday) bank\w{0,6} karta\w{0,8}|(humo|uzcard|visa) (va [a-z]{1,8} )?karta\w{0,8}|sim karta\w{0,6}|hisob raqam\w{0,8}|akkaunt\w{0,8}|kartalar\w{0,4}|kartangiz\w{0,4})\b/
    $uz_only = /\bfaqat\b.{0,40}\bkarta\w{0,8}\b.{0,10}\bkerak\b|\bkarta egalari\b.{0,10}\bkerak\b|\bkartangizga\b.{0,40}\bqabul\b/
    // Georgian and Armenian: cards and accounts bought or rented, the card as the only need
    $ka_buy = /(ვყიდულობ|ვიყიდი|ვიყიდით|ქირ|იჯარ|ყიდვა)/
    $ka_obj = /(ბარათ|ანგარიშ)/
    $ka_bank = /(ბანკ|საბანკო|სიმ |თიბისი|bank|tbc|sim)/
    $ka_only = /(მხოლოდ|საჭიროა).{0,180}(ბანკის ბარათ|ბარათი)|გადმორიცხვ.{0,120}ბარათ|ბარათის მფლობელ/
    $hy_buy = /(գնում ենք|գնում եմ|կգնեմ|կգնենք|վարձով|վարձակալ)/
    $hy_obj = /(քարտ|հաշիվ|հաշվ)/
    $hy_bank = /(բանկ|սիմ|bank|sim)/
    $hy_only = /միայն.{0,120}քարտ|փոխանցումներ.{0,80}(քարտ|հաշվ)|քարտապան/
    // English
    $en_buy = /\b(buy|buying|rent|renting|lease|leasing)\b.{0,30}\b(bank|debit|atm|sim|wallet|paypal|cash ?app|venmo|zelle|chime|payoneer|skrill|wise|revolut|momo|mobile money|checking|business|verified|registered) ?(cards|accounts|accts|sims)\b|\b(rent|renting|lease|leasing|buy|buying)( out)? (your|ur|their|a|an)( [a-z]{1,10})? (bank|debit|atm|checking|business|paypal|cash ?app|chime|venmo|zelle) ?(card|account)\b/
    $en_only = /\b(all you need is|only (need|thing (you )?need(ed)?|requirement is)|you only need|you just need|just need|only requires?|requirement:)( is)? (a|an|your)( valid| active| working| open)? (bank account|bank card|debit card|checking account|cash ?app|paypal|account)\b|\b(pay|paying|give you|offer|offering)\b.{0,25}\bfor (your|ur|a|an|any)( [a-z]{1,10})? (bank|debit|atm|checking|savings|business) ?(cards?|accounts?)\b|\b(people|someone|anyone) with (a |an )?(bank account|debit card|bank card)\b|\b(let us|allow us to|we) use your (bank )?(account|card)\b|\b(card|account) ?holders? (needed|wanted|required)\b|\b(seeking|looking for|need|needs|hiring|recruiting) (bank )?(card|account) ?holders\b|\breceiv\w{1,3} (payments|transfers|funds|deposits|money)\b.{0,60}\b(forward|send|transfer|pass)\w{0,3} (them|it|the (money|funds|rest)) ?(on|back|out)?\b/
    // Spanish, Italian, Portuguese
    $rom_buy = /\b(compro|compramos|comprando|compriamo|presta|prestame|empresta|prestaci|prestami|alquil\w{1,4}|alug\w{1,4}|affitt\w{1,4}|arrend\w{1,5})\b.{0,40}\b(tarjetas?|cuentas?|carte|conti|conto|cartoes|cartao|contas?|iban|sim|chips?)( de)? ?(bancari\w{0,2}|de (cualquier|qualquer|ogni|qualsiasi) banc\w{1,3}|correnti|corrente|banco|mercado pago|bizum|nequi|daviplata|paypal|postepay|nubank|picpay|debito|credito|verificad\w{1,2}|verificat\w{1,2})\b|\b(compro|compramos|compriamo|presta|prestame|empresta|prestami|alquil\w{1,4}|alug\w{1,4}|affitt\w{1,4}) (su |tu |tua |il tuo |sua |la sua |la tua )?(cuenta|conto|conta) (bancari\w{1,2}|corrente|en el banco|in banca|no banco)\b/
    $rom_only = /\b(solo|solamente|unicamente|so|apenas|basta) (necesitas|necesita|precisa|precisas|ti serve|serve|ter)( de)? (una?|um|tu|sua|tua)? ?(cuenta|conto|conta|tarjeta|cartao|carta)( bancari\w{1,2}| corrente)?\b|\b(busca\w{0,3}|buscamos|cerca\w{0,3}|cerchiamo|procura\w{0,3}|procuramos|necesita\w{0,3}|necessita\w{0,3})\b.{0,30}\b(titolari di (carte|conti|carta|conto)|titulares de (tarjetas?|cuentas?|cartao|cartoes|contas?))\b|\b(personas|persone|pessoas) con? (cuenta|conto|iban|conta|tarjeta|carta|cartao)\b|\b(recibe|recibir|recibiendo|ricevi|ricevere|ricevendo|receba|receber|recebendo)\b.{0,20}\b(transferencias|pagos|depositos|bonifici|pagamenti|accrediti|pix|transferencias|pagamentos)\b.{0,40}\b(reenvi\w{1,4}|giral\w{1,2}|repass\w{1,2}|(te )?quedas con|quedate|tieni il|fique com|comision|commissione|comissao|en tu cuenta|sul tuo conto|na sua conta)/
    // French and German
    $fr_buy = /\b(achete|achetons|rachete|rachetons|rachat|achat|loue|louer|louons|prete|preter)\b.{0,30}\b(cartes? bancaires?|comptes? (bancaires?|paypal|lydia|revolut|en banque|verifies?)|rib|cartes? sim)\b/
    $fr_only = /\b(il te faut|il vous faut|tu as juste besoin d'|vous avez juste besoin d')(juste |seulement |uniquement )?(un )?(compte|rib|carte)\b|\b(cherch\w{0,3}|recherch\w{0,3})\b.{0,30}\btitulaires de (cartes?|comptes?)\b|\bpersonnes avec (un )?(rib|compte|carte)\b|\b(recois|recevoir|recevant|recevez)\b.{0,20}\bvirements\b.{0,40}\b(renvoi\w{1,4}|transfer\w{1,4}|garde|gardez|commission|sur (ton|votre) compte)/
    $de_buy = /\b(kaufe|kaufen|ankauf|miete|mieten|vermiete|vermieten)\b.{0,40}\b(bankkarten|bankkonten|bankkonto|girokont\w{1,2}|konten|konto|ec-karten|sim-karten|paypal\w{0,2})\b/
    $de_only = /\b(brauchst|brauchen sie) (nur|lediglich) (ein|dein) (bank|giro)?konto\b|\b(such\w{0,3}|gesucht)\b.{0,30}\b(karten|konto)inhaber|\b(karten|konto)inhaber\w{0,2} gesucht\b|\bleute mit (bank|giro)?konto\b|\b(bank|giro)?konto\b.{0,40}\b(zur verfugung|bereitstell\w{0,3}|ausleih\w{0,3}|verleih\w{0,3})|\b(zahlungen|uberweisungen|geld)\b.{0,30}\b(auf dein konto|empfang\w{0,3}|weiterleit\w{0,3}|leite sie weiter)/
  condition:
    mule_lure and (
      ($cy_buy and ($cy_card or $cy_acct)) or $cy_only
      or ($uz_buy and $uz_obj) or $uz_only
      or ($ka_buy and $ka_obj and $ka_bank) or $ka_only
      or ($hy_buy and $hy_obj and $hy_bank) or $hy_only
      or $en_buy or $en_only
      or $rom_buy or $rom_only
      or $fr_buy or $fr_only
      or $de_buy or $de_only
    )
}

rule mule_cash_courier
{
  meta:
    action = "junk"
    weight = 2.75
    description = "A courier wanted to carry documents or cash for a pay by the day, answered on a chat app or a handle, from a number (Russian, Ukrainian, Kazakh, Uzbek, Georgian, Armenian, English, Spanish, Italian, Portuguese, French, German)"
  strings:
    $cour = /(курьер|кур'єр|кур.ер|kuryer|კურიერ|առաքիչ|կուրյեր|\bcouriers?\b|\b(mensajer[oa]s?|repartidor\w{0,2}|corrier[ei]|estafetas?|motoboys?|entregador\w{0,2}|coursiers?|livreurs?|kuriere?|kurierfahrer)\b)/
    $load = /(документ|наличн|готівк|қолма-қол|нақд|ҳужжат|құжат|დოკუმენტ|ნაღდ|փաստաթղթ|կանխիկ|\b(documents?|cash|documentos|efectivo|documenti|contanti|dinheiro|numerario|especes|liquide|dokumente|bargeld|naqd|hujjat\w{0,4})\b)/
    $day = /(в день|за день|в сутки|на день|щодня|на добу|за добу|күніне|кунига|кунлик|დღეში|დღიური|ყოველდღიურ|օրական|\b(kuniga|kunlik|daily|a day|per day|al dia|por dia|diari[oa]|al giorno|par jour|am tag|pro tag|taglich|per diem)\b|\/day)/
  condition:
    $cour and $load and $day and mule_pay and mule_chat
    and sender_kind != "alpha" and sender_kind != "shortcode"
}

rule mule_account_use_share
{
  meta:
    action = "junk"
    weight = 2.5
    description = "A stranger or an online friend wants to use your account to receive a transfer or payments ('my account is frozen', 'I need an account to receive'), for a share of it (a percentage, 'keep N for your help', 'you go chop'), or rents your account or wallet by the day or the month (English, Nigerian Pidgin, French, Hinglish, Hindi)"
  strings:
    // English and Pidgin: use your account, an account needed to receive, a holder of an account wanted to receive
    $en_use = /\b(use|borrow|need) (your|ur|ya|una) (bank |active |business |corporate |personal |naira |dollar |domiciliary )?(account|acct|opay|palmpay|moniepoint|kuda)\b.{0,40}\b(receive|collect|take|pay ?in|payments?|transfers?|money|funds|alert)\b|\bneed (an|a|one|some) (bank |active |business |corporate |personal )?(account|acct) (to|for|wey|that|which) (receive|collect|take)\b|\bmake i use (am|your account|ya account) (take |to )?(receive|collect|take)\b|\b(someone|somebody|anyone|person|people) (with|wey get|who has|who have|that has) (an? )?([a-z]{1,12} )?(or [a-z]{1,12} )?(bank |business |corporate )?(account|acct)s? (to|wey go|for) (receive|collect)\b|\b(payment|money|funds|transfer) (in)?to your account because my (bank )?account (is|has been|was|got) (frozen|blocked|restricted|suspended|limited|on hold)\b/
    // the share: a percentage, "keep N for your help", "you go chop", "I go drop N for you", "na your own"
    $en_share = /[0-9] ?%|\b(keep|take|chop|collect) [0-9a-z]{1,8} (for|as) (your|ur|ya|yourself)\b|\bfor (your|ur) (help|trouble|service|efforts?)\b|\byou (go|will|would) (chop|keep|get|take)\b|\b(drop|give|dash|settle) (you )?[0-9]{1,4}k? (for|to) (you|u)\b|\bna (your|ya) own\b/
    // French: your account or your wallet number needed, borrowed or rented to receive transfers
    $fr_use = /\b(besoin de|utiliser|emprunter|loue|louer|louons|prete-moi|pretez-moi) (ton|votre|ta) (compte|carte)( bancaire| wave| orange money| om| momo| mtn money| moov money)?\b.{0,50}\b(recevoir|reception|virements?|paiements?|transferts?|depots?)\b/
    $fr_share = /[0-9] ?%|\b(tu gardes|vous gardez|garde|gardez|commission|ta part|votre part)\b|\b(par|chaque) (jour|semaine|mois)\b/
    // Hinglish and Hindi: lend or rent your account for a while, the money comes in and goes on, a commission;
    // an old SIM or a current account bought
    $hi_use = /\b(apna|apni|aapka|apka|tumhara) (bank )?(account|khata|a\/c)( [a-z]{1,10}){0,4} (de do|dedo|dijiye|do|de dijiye|kiraye par|kiraye pe|rent par|rent pe)\b|\b(account|khata|sim)( ya [a-z]{1,10})?( [a-z]{1,10})? (bechna|bechni|bechne|kiraye par dena|rent par dena)\b|(अपना|अपनी|आपका) (बैंक )?(खाता|अकाउंट|सिम)( [^ ]{1,24}){0,2} (किराए|किराये) (पर|पे)/
    $hi_share = /[0-9] ?%|\b(commission|kamisan|hissa|per account|per transaction|har transaction|har mahine|per month|kharidenge)\b|(कमीशन|हर महीने|प्रति माह|कमाएं|कमाइए)/
    $hi_chat = /(व्हाट्सएप|व्हाट्सऐप|संपर्क करें|कॉल करें|मैसेज करें)/
    // a warning from a bank or the police about exactly this
    $warn = /\b(never|do not|don'?t|ne (pretez|pretes|donnez) jamais|jamais|crime|criminal|fraud|fraude|arnaque|scam|mule|cybercrime|kabhi mat|mat dein|mat do)\b/
  condition:
    sender_kind != "alpha" and sender_kind != "shortcode" and not $warn
    and (($en_use and $en_share) or ($fr_use and $fr_share) or ($hi_use and $hi_share))
    and (mule_lure or $hi_chat)
}
