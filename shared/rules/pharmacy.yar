// Online pharmacy spam: prescription drugs without a prescription, cheap or generic pills,
// the usual brand names, often misspelt ("drvgs", "v1agra") to pass keyword filters.

rule pharma_cheap_medication
{
  meta:
    action = "junk"
    weight = 2.5
    description = "Sells prescription drugs or pills cheaply, without a prescription or by brand name; controlled drugs (tramadol, Xanax, Adderall, oxycodone, Percocet) with a dealer's pitch (no script, overnight or discreet delivery, text ORDER for the menu); in Chinese, potency pills sold discreetly or through a chat id"
  strings:
    $cheap = /\b(cheap|cheapest|low[- ]?cost|discount(ed)?|generic|no prescription|without (a )?prescription|no rx|online)\b.{0,20}\b(prescri[a-z]{0,12}|meds|medications?|dr[uv0]gs|pills|pharmacy|pharmacies|rx)\b/
    $brand = /\b(v[i1!|]agra|c[i1!|]al[i1!|]s|levitra|phentermine|ambien)\b/
    // controlled drugs: people talk about their own ("need to order my adderall refill"), so the
    // name needs a dealer's pitch, a link with a sale, or no prescription
    $ctrl = /\b(tramadol|xanax|xanex|xans|valium|oxycodone|oxycontin|oxy|roxicodone|roxies|adderall|aderall|adderal|addys|percocet|percocets|percs|hydrocodone|vicodin|norco|klonopin|ativan|dilaudid|ritalin|codeine)\b/
    $dealer = /\b(overnight|next[- ]day|discreet|discrete|stealth) (delivery|shipping|shipment|packaging|packing|delivered)\b|\b(text|txt|reply|send|dm|message) (me |us )?"?(order|menu)\b|\b(text|txt|dm|message|hmu|hit me up|reply|ask) (me |us )?(up )?for (the |our |my )?(full |price )?menu\b|\b(price|full) menu\b|\bper (pill|tab|tablet|bar)\b|\bno (script|scripts|rx)( (is )?(needed|required|necessary))\b|\bwithout (a )?(script|rx) (needed|required)\b|\b(legit|reliable|trusted) (plug|vendor|supplier|source)\b/
    $buy = /\b(buy|cheap|cheapest|discount|discounted|wholesale|bulk)\b/
    $sell = /\b(buy|order|cheap|save|discount|online|no prescription|delivered|shipping|per pill)\b/
    $norx = /\b(no prescription|without (a )?prescription|no rx|no doctor)( (is )?(needed|required|necessary))?\b/
    // in Chinese: potency pills sold discreetly, cash on delivery or through a chat id
    $zh = /(壮阳|壯陽|伟哥|偉哥|威而钢|威而鋼|犀利士|春药|春藥|催情|迷药|迷藥|延时药|延時藥|持久不)/
    $zh_sell = /(货到付款|貨到付款|隐密包装|隱密包裝|隐私包装|隱私包裝|保密发货|保密發貨|line|微信|加v|加微|@)/
  condition:
    $cheap or ($norx and ($sell or money_count > 0 or url_count > 0)) or ($brand and ($sell or money_count > 0 or url_count > 0))
    or ($ctrl and ($dealer or ($buy and url_count > 0)))
    or ($zh and $zh_sell and sender_kind != "alpha" and sender_kind != "shortcode")
}
