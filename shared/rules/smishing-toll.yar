// Road-toll and traffic-fine smishing: an unpaid toll (E-ZPass, FasTrak, SunPass style), a
// parking or traffic fine, a penalty "to avoid", paid through a link.

private rule toll_has_link
{
  strings:
    $l1 = /https?:\/\//
    $l2 = /\bwww\./
    $l3 = /[a-z0-9]\.(com|net|org|info|top|xyz|icu|cyou|buzz|live|click|vip|shop|online|site|co|us|me|cc|app|link|ly|io|sbs|cfd|bond|lat|club|pw|tk|gov)\/[a-z0-9]/
  condition:
    url_count > 0 or any of them
}

rule toll_unpaid_balance : phishing
{
  meta:
    action = "junk"
    weight = 3.0
    description = "An unpaid toll or road charge with a penalty threat and a way to pay"
  strings:
    $t1 = /\b(tolls?|e-?z ?pass|fastrak|sunpass|txtag|ez ?tag|i-?pass|peach pass|good to go|pike ?pass|quick ?pass|e-?pass|tollway|turnpike|toll ?road|toll service|toll authority|ntta|road user charge|congestion charge|dart ?charge|ulez|clean air zone)\b/
    $d1 = /\b(unpaid|outstanding|overdue|past due|balance due|amount due|due balance|unsettled|pending (toll|payment|balance)|late (fee|fees|charge|payment)|penalt(y|ies)|fines?|collections?|surcharge)\b/
    $d2 = /\b(avoid|prevent) (additional|extra|late|further|a|any)? ?(fees?|charges?|penalt(y|ies)|fines?|suspension)/
    $d3 = /\b(suspen(d|sion)|revo(ke|cation)) (of )?(your )?(driving |driver'?s )?(licen[cs]e|registration|privileges)/
    $pay = /\b(pay|settle|resolve)\b/
  condition:
    $t1 and any of ($d*) and ($pay or toll_has_link)
}

rule toll_traffic_fine_link : phishing
{
  meta:
    action = "junk"
    weight = 2.5
    description = "A parking, speeding or vehicle-tax notice that must be paid through a link"
  strings:
    $f1 = /\b(parking|traffic|speeding|camera|moving|red[- ]light) (fine|ticket|violation|penalty|notice|citation|offen[cs]e|charge)s?\b/
    $f2 = /\b(vehicle|car|road) tax\b.{0,40}\b(unpaid|expired|overdue|outstanding|due|failed)/
    $f3 = /\b(penalty charge notice|pcn|notice of intended prosecution)\b/
    $urg = /\b(unpaid|outstanding|overdue|final|within [0-9]{1,3} (hours|days)|immediately|avoid|increase|double|court|legal action|enforcement)\b/
  condition:
    any of ($f*) and $urg and toll_has_link
}
