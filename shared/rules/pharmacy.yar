// Online pharmacy spam: prescription drugs without a prescription, cheap or generic pills,
// the usual brand names, often misspelt ("drvgs", "v1agra") to pass keyword filters.

rule pharma_cheap_medication
{
  meta:
    action = "junk"
    weight = 2.5
    description = "Sells prescription drugs or pills cheaply, without a prescription or by brand name"
  strings:
    $cheap = /\b(cheap|cheapest|low[- ]?cost|discount(ed)?|generic|no prescription|without (a )?prescription|no rx|online)\b.{0,20}\b(prescri[a-z]{0,12}|meds|medications?|dr[uv0]gs|pills|pharmacy|pharmacies|rx)\b/
    $brand = /\b(v[i1!|]agra|c[i1!|]al[i1!|]s|levitra|phentermine|tramadol|xanax|valium|oxycodone|oxycontin|ambien)\b/
    $sell = /\b(buy|order|cheap|save|discount|online|no prescription|delivered|shipping|per pill)\b/
    $norx = /\b(no prescription|without (a )?prescription|no rx|no doctor)( (is )?(needed|required|necessary))?\b/
  condition:
    $cheap or ($norx and ($sell or money_count > 0 or url_count > 0)) or ($brand and ($sell or money_count > 0 or url_count > 0))
}
