// Premium-rate contests and prize claims.

rule prize_claim_call_now
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A prize or reward to claim by calling or texting a number"
  strings:
    $won = /\b(you('| ha)ve|u have|you are|u r|you've been) (won|been selected|a winner|selected to receive)\b/ nocase
    $claim = /\b(claim|collect|redeem)\b/ nocase
  condition:
    $won and ($claim or phone_count > 0 or shortcode_count > 0)
}
