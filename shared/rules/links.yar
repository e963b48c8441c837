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

// The sender id's own name built into the link's host the impersonator's way ("Hermes" linking to
// hermes-depot.live, "NovaPoshta" to novaposhta-ua.delivery: an abuse-prone TLD, or a country code worn
// after the name): a business sends its own domain, whatever the words around it.
rule link_sender_name_host : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A link whose host is built around the sender id's own name on an abuse-prone TLD or with a country code worn after it (Hermes -> hermes-depot.live, NovaPoshta -> novaposhta-ua.delivery): the id is borrowed"
  condition:
    sender_host_mismatch_count > 0
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
    description = "'Is this you in this video?' with a link: the account-takeover lure; in Korean, Japanese, Chinese and Vietnamese ('이 사진 너 맞지?', 'この写真に写ってるのあなた?', '照片裡的是你嗎', 'co phai ban trong anh nay'), 'your photo is going around, so funny', from a number or an address, with a link that is no known platform's"
  strings:
    $you = /\b(is (this|that) (you|u)|are (you|u)) in (this|the|that) (video|vid|photo|pic|picture|clip)\b|\b(this|that) (video|photo|pic) (of|with) (you|u)\b/
    // Korean (three bytes a letter): "이 사진 너 맞지?", "사진 속 사람 당신 맞나요", "니가 나온 영상", "너 사진 돌아다니던데"
    $ko = /(사진|영상|동영상|이거)( ?속에?| ?속 ?사람| ?속에 있는 사람|에 나온 사람)? ?(이 )?(너|니|당신|본인|님)(이|가)? ?(맞|아니)|(너|니|당신|본인|님)(이|가)? ?(나온|찍힌|나오는) ?(사진|영상|동영상)|(너|니|당신)(의)? ?(사진|영상|동영상)(이|을|가)? .{0,24}(돌아다|퍼지|퍼졌|올라와|웃겨|웃기)/
    // Japanese: "この写真に写ってるのあなた?", "これ君じゃない?", "あなたの写真が出回って"
    $ja = /(写真|動画|画像)(に|で)?(写って|映って|載って|出て)(る|い)(る)?(の)?(って|は)?(あなた|君|きみ|お前|おまえ|あんた)|(これ|この(写真|動画|画像)|この人)(って|は|,)?(あなた|君|きみ|お前|おまえ|あんた)(じゃな|です|だよね|でしょ|だよな)|(あなた|君|きみ|お前|おまえ|あんた)(が|の)(写って|映って|写真が|動画が)/
    // Chinese (simplified and traditional): "照片裡的是你嗎", "这是不是你", "你的照片在网上流传"
    $zh = /(照片|相片|視頻|视频|影片|圖片|图片)(裡|里|裡面|里面|中|上)?(的人)?(的)?(是不是你|是你)|(這|这)(個人|个人)?(是不是你|是你(嗎|吗|吧))|你的(照片|相片|視頻|视频|影片)(好|太|被|在網|在网|流出|外流|傳|传)/
    // Vietnamese (diacritics folded): "co phai ban trong anh nay khong", "nguoi trong video la ban a", "anh cua ban hai qua"
    $vi = /\b(co )?phai (ban|anh|chi|em|may|cau|bn) (trong|o trong) (anh|hinh|video|clip|buc anh|tam anh)\b|\b(anh|hinh|video|clip|tam anh|buc anh) (nay|do) (co )?(phai )?(la )?(ban|may|cau|bn) (khong|ko|k|hong|ha|a|dung khong)\b|\btrong (anh|hinh|video|clip) (nay )?(la |co phai la |phai )?(ban|may|cau|bn) (a|ha|khong|ko|phai khong)\b|\b(anh|hinh|video|clip) (cua )?(ban|may|cau|bn) (hai|buon cuoi|bi lo|bi phat tan|dang tren|dang khap)\b/
  condition:
    ($you and url_count > platform_url_count + brand_link_count)
    or (($ko or $ja or $zh or $vi) and url_count > platform_url_count + brand_link_count + named_url_count and sender_kind != "alpha" and sender_kind != "shortcode")
}

// A country's own address worn inside another registrable name, the forms the link reader leaves to the text:
// the country label and a hyphen opening the name ("postnord.se-frakt.com", "ing.nl-verify.com"), the country
// code hyphenated onto the name before a generic TLD ("swish-se.app", "attijari-ma.com"), or the country label
// before a resold generic suffix ("dhl.de.com", "posten.no.app") - beside the lure's verb (pay, verify, refund,
// accept, reschedule, redeem) in English, German, Dutch, the Nordic languages, French, Indonesian, Malay,
// Tagalog or Thai. Sender ids are spoofed: from any sender, unless every link is of known standing.
rule link_country_worn_lure : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "A link whose registrable name wears a country's address (postnord.se-frakt.com, swish-se.app, dhl.de.com, posten.no.app) beside a lure to pay, verify, refund, accept, reschedule or redeem (English, German, Dutch, Swedish, Danish, Norwegian, French, Indonesian, Malay, Tagalog, Thai), from any sender"
  strings:
    // the country label, then a hyphen opening the registrable name
    $h1 = /[a-z0-9]\.(se|dk|no|nl|de|fr|ma|id|ph|my|th|be|at|ch|fi|es|it|pt|pl|uk|au|nz|sg|jp|kr|cn|in|us|ca|ie)-[a-z0-9][a-z0-9-]{0,30}\.[a-z]/
    // the country code hyphenated onto the name before a generic TLD
    $h2 = /[a-z0-9]-(se|dk|no|nl|de|fr|ma|id|ph|my|th|be|at|ch|fi|uk|au|nz|sg)\.(com|net|org|info|app|online|site|top|xyz|shop|live|vip|icu|link|click|help|support|cfd|sbs|cyou|buzz|store|services|digital|co)([\/:?]|\b)/
    // the country label before a generic or resold suffix
    $h3 = /[a-z0-9]\.(se|dk|no|nl|de|fr|ma|id|ph|my|th|be|at|ch|fi|uk|au|nz|sg)\.(com|net|org|info|app|online|site|shop|live|help|support)([\/:?]|\b)/
    // Schneider Electric's own address, the country's registry subdomains of CentralNic sold to shops in that country
    $own = /(^|[^a-z0-9.-])(www\.)?se\.com\b/
    $lure = /\b(pay|payment|verify|verification|confirm|refund|accept|reschedule|redeem|claim|unlock|reactivate|settle|zahlen|bezahlen|begleichen|bestatigen|verifizieren|ruckerstattung|erstattung|annehmen|akzeptieren|einlosen|freischalten|betaal|betalen|bevestig|bevestigen|verifieer|terugbetaling|restitutie|accepteer|accepteren|inwisselen|verzilver|verzilveren|betala|bekrafta|verifiera|aterbetalning|acceptera|boka om|omboka|betal|betale|bekraeft|verificer|refusion|tilbagebetaling|indlos|bekreft|verifiser|refusjon|tilbakebetaling|aksepter|innlos|payer|payez|reglez|regler|verifier|verifiez|confirmer|confirmez|remboursement|acceptez|reprogrammer|bayar|pembayaran|verifikasi|konfirmasi|klaim|tukarkan|jadwalkan|magbayad|bayaran|i-verify|kumpirmahin|i-claim|i-redeem|tanggapin|sahkan|tebus|tuntut)\b|(ชําระ|จ่าย|ยืนยัน|คืนเงิน|ยอมรับ|แลกคะแนน|รับสิทธิ์)/
  condition:
    ($h1 or $h2 or ($h3 and not $own)) and $lure
    and url_count > brand_link_count + platform_url_count
}
