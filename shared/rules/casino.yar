// Gambling blasts: casino, slots and betting bonuses (free spins, deposit matches, bonus codes)
// pushed to a link. Marketing from a licensed operator to its own customers carries an opt-out
// (promotions.yar votes for it); the bonus story still weighs towards junk here.

rule casino_bonus_link
{
  meta:
    action = "junk"
    weight = 2.5
    description = "Casino, slots or betting bonus (free spins, deposit match, bonus code) pushed to a link"
  strings:
    $g = /\b(casino|slots?|jackpot|satta|matka|free spins?|bonus spins?|spins|sportsbook|betting|bet|poker|roulette|baccarat|blackjack|lottery|togel|judi|apuestas?|tragamonedas|cassino|scommesse)\b|(토토|카지노|바카라|슬롯|赌场|博彩|彩票|老虎机|百家乐|娱乐城|棋牌|葡京|真人视讯|体育投注)/
    // compile cost: [0-9]{1,2}[0-9] is [0-9]{2}[0-9]? without enumerating 1,100 digit atoms
    $b = /\b(bonus|deposit|match|free|spins?|withdraw(al)?|payout|welcome offer|up to|claim|cashback|win)\b|[0-9]{1,2}[0-9]%|(首存|送|彩金|返水|注册|가입|포인트|충전|입금)/
  condition:
    $g and $b and url_count > 0
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
    description = "'Fixed matches, 100% sure odds, pay for the tips': the betting-tips scam (English, Swahili)"
  strings:
    $fixed = /\b(fixed (matches|match|games|odds)|sure (odds|tips|wins?|bets?)|100% (sure|guaranteed) (odds|tips|wins?|bets?|matches)|correct score tips|vip (tips|odds)|mechi za (leo|uhakika)|fix (game|jodi|ank|open|close|number))\b/
    $pay = /\b(pay|lipa|send|tuma|subscribe|join|whatsapp|telegram|contact|call)\b/
  condition:
    $fixed and $pay and sender_kind != "alpha" and sender_kind != "shortcode"
}
