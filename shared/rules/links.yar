// Suspicious links, whatever the story around them. What a link is comes from the link reader and
// its maps (shared/maps: redirectors, abuse-prone TLDs, brands and their official domains), passed
// as scan variables, so rules, model and maps agree: shortener_count, ip_url_count,
// risky_tld_count, brand_mismatch_count (a brand named, or made into the host, with a link to a
// domain it does not own, look-alike letters included), url_count. Weights are modest where the
// link alone is weak evidence: the story rules of the other families add the rest.

rule link_url_shortener
{
  meta:
    action = "junk"
    weight = 1.0
    description = "A link through a public URL shortener, which hides the real destination"
  condition:
    shortener_count > 0
}

rule link_brand_mismatch : phishing
{
  meta:
    action = "junk"
    weight = 2.5
    description = "A brand named in the text or built into the host (paypal-verify, usps.com-track, amaz0n) with a link to a domain the brand does not own"
  condition:
    brand_mismatch_count > 0
}

// The host itself is dressed as the brand's address ("westpac-cancel.com", "usps-redeliver.top",
// "amaz0n-billing.com") and the brand does not own it: whoever sends it and whatever the text says,
// no bank, carrier or shop sends its customers to an address built of its name by someone else.
rule link_brand_built_host : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A link whose host is built of a listed brand's name and a word of the lure (cancel, verify, secure, refund, redeliver ...), on a domain the brand does not own (westpac-cancel.com, usps-redeliver.top)"
  condition:
    brand_host_mismatch_count > 0
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
    $v = /\b(verify|confirm|update|pay|claim|log ?in|sign ?in|click|tap|visit|unlock|re-?activate|redeliver|re-?schedule|settle|avoid|restore|receive|collect|redeem|track|join|appeal|listen|play|view|open|download|watch|check (your|the|it))\b/
  condition:
    risky_tld_count > 0 and $v
}

rule link_deceptive_host : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A link whose host wears another address inside it (usps.com-track.top, studentaid-gov.loan.us, etc.cn.xyz, bank-vn.x.com): from any sender; hyphenated words on an abuse-prone TLD (toll-pay.xyz) from a sender that is not a business's id or short code"
  condition:
    worn_url_count > 0 or (deceptive_url_count > 0 and sender_kind != "alpha" and sender_kind != "shortcode")
}

rule link_apk_file : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "An Android app package named in a text ('Wedding_Invitation.apk', 'Photo Parcel.apk'): the wedding-card and parcel-photo malware lures; no service sends an app by SMS"
  strings:
    $apk = /[a-z0-9_)\]-]\.apk\b/
  condition:
    $apk and sender_kind != "alpha" and sender_kind != "shortcode"
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

rule link_is_this_you_video : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "'Is this you in this video?' with a link: the account-takeover lure"
  strings:
    $you = /\b(is (this|that) (you|u)|are (you|u)) in (this|the|that) (video|vid|photo|pic|picture|clip)\b|\b(this|that) (video|photo|pic) (of|with) (you|u)\b/
  condition:
    $you and url_count > platform_url_count + brand_link_count
}
