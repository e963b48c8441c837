// Online pharmacy spam: prescription drugs without a prescription, cheap or generic pills,
// the usual brand names, often misspelt ("drvgs", "v1agra") to pass keyword filters.

rule pharma_cheap_medication
{
  meta:
    action = "junk"
    weight = 2.5
    description = "Sells prescription drugs or pills cheaply, without a prescription or by brand name; in Chinese, potency pills sold discreetly or through a chat id"
  strings:
    $cheap = /\b(cheap|cheapest|low[- ]?cost|discount(ed)?|generic|no prescription|without (a )?prescription|no rx|online)\b.{0,20}\b(prescri[a-z]{0,12}|meds|medications?|dr[uv0]gs|pills|pharmacy|pharmacies|rx)\b/
    $brand = /\b(v[i1!|]agra|c[i1!|]al[i1!|]s|levitra|phentermine|tramadol|xanax|valium|oxycodone|oxycontin|ambien)\b/
    $sell = /\b(buy|order|cheap|save|discount|online|no prescription|delivered|shipping|per pill)\b/
    $norx = /\b(no prescription|without (a )?prescription|no rx|no doctor)( (is )?(needed|required|necessary))?\b/
    // in Chinese: potency pills sold discreetly, cash on delivery or through a chat id
    $zh = /(壮阳|壯陽|伟哥|偉哥|威而钢|威而鋼|犀利士|春药|春藥|催情|迷药|迷藥|延时药|延時藥|持久不)/
    $zh_sell = /(货到付款|貨到付款|隐密包装|隱密包裝|隐私包装|隱私包裝|保密发货|保密發貨|line|微信|加v|加微|@)/
  condition:
    $cheap or ($norx and ($sell or money_count > 0 or url_count > 0)) or ($brand and ($sell or money_count > 0 or url_count > 0))
    or ($zh and $zh_sell and sender_kind != "alpha" and sender_kind != "shortcode")
}
