// Parcel-delivery smishing: a missed or failed delivery, a parcel on hold, a customs or
// redelivery fee, "update your address" - with a link, a number to call or a reply to send.
// Real carriers' status notices (shipped, out for delivery, delivered) are transactions.

private rule parcel_has_link
{
  strings:
    $l1 = /https?:\/\//
    $l2 = /\bwww\./
    $l3 = /[a-z0-9]\.(com|net|org|info|top|xyz|icu|cyou|buzz|live|click|vip|shop|online|site|co|us|me|cc|app|link|ly|io|sbs|cfd|bond|lat|club|pw|tk|support|services|help|delivery|post)\/[a-z0-9]/
  condition:
    url_count > 0 or any of them
}

private rule parcel_contact
{
  strings:
    // "click here", "call 0123...", "reply 1": a way to act on the lure other than a link
    $c1 = /\b(click|tap|follow (the|this) link|visit)\b/
    $c2 = /\b(call|reply|text|ring)( us)?( now)?( on| at)? ?\+?[0-9]/
  condition:
    phone_count > 0 or any of them
}

private rule parcel_mentioned
{
  strings:
    $p = /\b(package|parcel|shipment|delivery|courier|consignment|item|goods|usps|ups|fedex|dhl|royal ?mail|evri|hermes|dpd|yodel|parcelforce|canada post|australia post|auspost|india post|post office|postal service|la poste|correos|posti|postnl)\b/
  condition:
    $p
}

rule parcel_delivery_failed : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Says a parcel could not be delivered or is on hold, and asks to click, reschedule or update details"
  strings:
    $f1 = /\b(could not|couldn't|cannot|can't|unable to|failed to|was not|wasn't|not able to|were unable to|did not)( be)? (deliver|delivered|complete (the |your )?delivery|process (your )?(package|parcel|shipment))/
    $f2 = /\b(missed|failed|unsuccessful|incomplete) (delivery|delivery attempt|attempt to deliver)/
    $f3 = /\b(delivery|shipment|package|parcel)( attempt)? (has )?(failed|was unsuccessful|is suspended|has been suspended|is on hold|has been held|is pending|was returned|exception)/
    $f4 = /\b(package|parcel|shipment|item)( is| has been| was| is being| is currently)? (on hold|held|suspended|stopped|detained|returned to (the )?(sender|warehouse))/
    $f5 = /\b(incomplete|incorrect|invalid|wrong|insufficient|unclear|missing) (shipping |delivery |street |house |recipient )?(address|information|details|house number)/
    $f6 = /\btried (to |2 )(make a |deliver)/
    $f7 = /\b(we|sorry,? we|sorry we) missed you\b/
    $f8 = /\b(will be |be |being )?returned to (the )?(sender|depot|warehouse|origin)/
    $a1 = /\b(update|confirm|verify|provide|re-?enter|complete|correct) (your |the )?(shipping |delivery |street )?(address|details|information|preferences|info)/
    $a2 = /\b(re-?schedule|redeliver|re-?delivery|re-?arrange|(arrange|book) (a |the )?(new |re)?delivery|new delivery (date|time|slot))/
  condition:
    // a carrier's own "we'll try again tomorrow, details at fedex.com" asks for nothing: a link
    // alone counts only when the stated failure is about the address
    parcel_mentioned and any of ($f*) and (any of ($a*) or parcel_contact or ($f5 and parcel_has_link))
}

rule parcel_fee_request : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Asks for a customs, redelivery or shipping fee to release a parcel"
  strings:
    $fee1 = /\b(customs|delivery|redelivery|re-delivery|shipping|postage|handling|import|clearance|small|unpaid|outstanding|storage|release|processing) (fee|charge|duty|duties|cost|payment|tax)s?\b/
    $fee2 = /\b(pay|settle|cover)( a| the| your)?( small| outstanding| unpaid| required)? (fee|charge|amount|balance|duty|duties)\b/
    $fee4 = /\b(fee|duty|duties|charge|tax) of (£|\$|€)[0-9]{1,3}([.,][0-9]{1}[0-9])?\b.{0,40}\b(paid|pay|settle)/
    $fee3 = /\bpay (£|\$|€)[0-9]{1,3}([.,][0-9]{1}[0-9])? (to|for|and) (release|receive|redeliver|reschedule|deliver|get|collect)/
  condition:
    parcel_mentioned and any of ($fee*) and (parcel_has_link or parcel_contact)
}

rule parcel_waiting_arrange : phishing
{
  meta:
    action = "junk"
    weight = 1.5
    description = "A delivery 'waiting for you' with a number or link to arrange it (weak alone)"
  strings:
    $w = /\b(you have|there is|there's) an? ([a-z']{1,15} ){0,3}(package|parcel|delivery|shipment) (waiting|pending|awaiting)/
  condition:
    $w and (parcel_has_link or parcel_contact)
}
