// Suspicious links, whatever the story around them: URL shorteners, look-alike brand domains
// (paypa1, amaz0n, app1e-id), a brand with -verify / -secure / -login in someone else's
// domain, raw IP hosts, cheap TLDs (.top, .xyz, .icu ...) with an action verb, and links from
// e-mail senders. Shorteners, raw IPs and link counts come from the normaliser's URL features
// (shortener_count, ip_url_count, url_count), not from patterns. Weights are modest: the story rules of the other families add the rest.

rule link_url_shortener
{
  meta:
    action = "junk"
    weight = 1.0
    description = "A link through a public URL shortener, which hides the real destination"
  condition:
    shortener_count > 0
}

rule link_lookalike_brand : phishing
{
  meta:
    action = "junk"
    weight = 3.5
    description = "A host name that imitates a brand with swapped letters or digits (paypa1, amaz0n, app1e)"
  strings:
    $l = /\b[a-z0-9.-]{0,30}(paypa1|paypai|pavpal|amaz0n|amazom|arnazon|amaz-on|app1e|appie-?id|apple-?1d|icl0ud|micr0soft|rnicrosoft|micosoft|g00gle|gooogle|googie|netfl1x|netfiix|faceb00k|wellsfarg0|wells-farqo|0utlook|outl00k|1nstagram|lnstagram|c0inbase|coinbsae|b1nance|binnance|metamsk|rnetamask|uspss|usps-?s\b|fedx|fed-ex|d-hl|r0yalmail|royal-mai1|hmrc-?gov|irs-?gov|ch4se|chasse|bankofamer1ca|citl|hsbc-?uk-|barclay5|lloydsbank-|natwest-?bank|santandr|ezpasss|e-zpass-|ezpas\b|fastrak-|sunpas\b)[a-z0-9-]{0,30}\.[a-z]{1,11}[a-z]/
  condition:
    $l
}

rule link_brand_bait_domain : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A brand name joined to -verify, -secure, -login, -support (or similar) in a domain the brand does not own"
  strings:
    $b1 = /\b(paypal|apple|appleid|icloud|amazon|netflix|google|microsoft|outlook|office365|chase|wellsfargo|bankofamerica|citi|citibank|hsbc|barclays|lloyds|natwest|santander|halifax|usps|fedex|dhl|ups|royalmail|evri|hermes|dpd|ezpass|e-zpass|fastrak|sunpass|txtag|coinbase|binance|metamask|irs|hmrc|dvla|att|verizon|tmobile|t-mobile|vodafone|instagram|facebook|whatsapp|walmart|costco|target|venmo|zelle|cashapp|docusign|dropbox)-(verify|verification|secure|security|login|log-in|signin|sign-in|support|account|accounts|update|billing|auth|confirm|help|helpdesk|service|services|alert|alerts|unlock|recovery|refund|claim|track|tracking|delivery|redelivery|toll|tolls|pay|payment|payments|care|online|center|centre|notice|id|gift|reward|rewards|bonus|customs)[a-z0-9-]{0,30}\.[a-z]{1,11}[a-z]/
    $b2 = /\b(verify|verification|secure|security|login|signin|support|account|update|billing|auth|confirm|helpdesk|alert|unlock|recovery|refund|claim|track|tracking|redelivery|toll|tolls|payment|customs|my)-(paypal|apple|appleid|icloud|amazon|netflix|google|microsoft|chase|wellsfargo|bankofamerica|hsbc|barclays|lloyds|natwest|santander|usps|fedex|dhl|ups|royalmail|evri|ezpass|fastrak|sunpass|coinbase|binance|metamask|irs|hmrc|dvla|att|verizon|tmobile|instagram|facebook|whatsapp|walmart|venmo|zelle|cashapp)[a-z0-9-]{0,30}\.[a-z]{1,11}[a-z]/
    $b3 = /\b(paypal|apple|amazon|netflix|usps|fedex|dhl|ups|royalmail|ezpass|chase|wellsfargo|irs|hmrc)\.(com|gov|co\.uk)-[a-z0-9-]{1,29}[a-z0-9-]\.[a-z]{1,11}[a-z]/
    // "natwest.cancel-payee.com", "dhl.track-deliver.online": the brand as a subdomain of a hyphenated stranger
    $b5 = /\b(paypal|apple|appleid|icloud|amazon|netflix|google|microsoft|chase|wellsfargo|bankofamerica|hsbc|barclays|lloyds|natwest|santander|halifax|usps|fedex|dhl|royalmail|auspost|canadapost|evri|hermes|ezpass|fastrak|sunpass|coinbase|binance|metamask|hmrc|dvla|instagram|facebook|whatsapp)\.[a-z0-9]{0,20}-[a-z0-9-]{1,30}\.[a-z]{1,11}[a-z]\b/
    $b4 = /\b(paypal|apple|appleid|icloud|amazon|netflix|google|usps|fedex|dhl|royalmail|ezpass|chase|wellsfargo|coinbase|binance)(verify|verification|secure|login|signin|unlock|recovery|refund|helpdesk|alert|billing|redelivery)[a-z0-9-]{0,30}\.[a-z]{1,11}[a-z]/
  condition:
    any of them
}

rule link_ip_host : phishing
{
  meta:
    action = "junk"
    weight = 2.5
    description = "A link to a raw IP address instead of a domain name"
  condition:
    ip_url_count > 0
}

rule link_risky_tld_action : phishing
{
  meta:
    action = "junk"
    weight = 2.0
    description = "A link on a cheap, abuse-prone TLD (.top, .xyz, .icu, .cyou, .buzz ...) next to an action verb"
  strings:
    $t1 = /(https?:\/\/|www\.)[a-z0-9.-]{1,60}\.(top|xyz|icu|cyou|buzz|live|click|vip|shop|sbs|cfd|bond|rest|monster|quest|lat|tk|ml|ga|cf|gq|pw|win|loan|mom|autos|boats|hair|beauty|skin|makeup|club|site|online)\b/
    $t2 = /\b[a-z0-9-]{1,39}[a-z0-9-]\.(top|xyz|icu|cyou|buzz|live|click|vip|shop|sbs|cfd|bond|rest|monster|quest|lat|tk|ml|ga|cf|gq|pw|win|loan|mom|autos|boats|hair|beauty|skin|makeup|club|site|online)\/[a-z0-9]/
    $t3 = /\b[a-z0-9-]{1,39}[a-z0-9-]\.(top|xyz|icu|cyou|buzz|live|click|vip|shop|sbs|cfd|bond|rest|monster|quest|lat|tk|ml|ga|cf|gq|pw|win|loan|club|site|online)([ .,!)]|$)/
    $v = /\b(verify|confirm|update|pay|claim|log ?in|sign ?in|click|tap|visit|unlock|re-?activate|redeliver|re-?schedule|settle|avoid|restore|receive|collect|redeem|track|join|appeal|listen|play|view|open|download|watch|check (your|the|it))\b/
  condition:
    any of ($t*) and $v
}

rule link_voicemail_lure : phishing
{
  meta:
    action = "junk"
    weight = 2.5
    description = "'You have a new voicemail, listen here' with a link: voicemail is never delivered as a web link by text"
  strings:
    $v = /\b(voice ?mail|voice message|voice note|audio message)s?\b/
  condition:
    url_count > 0 and $v
}

rule link_from_email_sender
{
  meta:
    action = "junk"
    weight = 1.0
    description = "A text from an e-mail address (iMessage) that carries a link"
  condition:
    sender_kind == "email" and url_count > 0
}

rule link_obfuscated_text
{
  meta:
    action = "junk"
    weight = 1.0
    description = "A link in a text that hid several characters (invisible, look-alike or spaced-out letters)"
  condition:
    obfuscation_count >= 4 and url_count > 0
}
