// Job scams: "earn $500/day part time, contact us on WhatsApp", recruiters who move you to a
// chat app, paid "tasks" (liking videos, rating apps, boosting orders).

private rule job_pay_rate
{
  strings:
    // $500/day, 300-800 USD per day, Rs 5000 daily, £200 a week, 100 dollars per hour
    $r1 = /(£|\$|€|₹|rs\.? ?|usd ?|inr ?|aed ?)[0-9][0-9,.]{0,12}k?( ?- ?(£|\$|€|₹)?[0-9][0-9,.]{0,12}k?)? ?(\/|per|a|each|every|daily|weekly) ?(day|daily|hour|hr|week|wk|task|order)?\b/
    $r2 = /\b[0-9][0-9,.]{0,12}k?( ?- ?[0-9][0-9,.]{0,12}k?)? ?(usd|dollars|pounds|rs|rupees|inr|euros|aed|usdt) ?(\/|per|a|each|every|daily|weekly)/
    $r3 = /\b(daily|weekly|hourly) (pay|salary|income|earnings|commission|wages)/
    $r4 = /\b(earn|make|salary|income|paid|pay)\b.{0,20}(£|\$|€|₹|rs\.? ?|usd ?)[0-9]/
  condition:
    any of them
}

private rule job_mentioned
{
  strings:
    $j = /\b(part[- ]time|full[- ]time|work from home|wfh|remote (job|work|position|role)|online (job|work|tasks?|position)|job|jobs|position|vacanc(y|ies)|recruit(ing|ment|er)?|hiring|hr|opportunit(y|ies)|side (hustle|income|job)|flexible (hours|time|schedule|working)|simple tasks?|easy (work|tasks?|job)|no experience|employment|employer)\b/
  condition:
    $j
}

private rule job_chat_app
{
  strings:
    $c = /\b(whats ?app|wa\.me|telegram|t\.me|signal|wechat|line id|kakao|viber)\b/
  condition:
    $c
}

rule job_easy_money_contact
{
  meta:
    action = "junk"
    weight = 3.0
    description = "Part-time or remote work paying a daily or hourly sum, with a contact to reply to"
  strings:
    $contact = /\b(contact (us|me)|add me|reply|interested\?|apply (now|here|today)|dm me)\b/
    $link = /(https?:\/\/|www\.)/
  condition:
    job_pay_rate and job_mentioned and ($contact or job_chat_app or $link or url_count > 0 or phone_count > 0)
}

rule job_recruiter_chat_app
{
  meta:
    action = "junk"
    weight = 2.5
    description = "A 'recruiter' offering work who asks to continue on WhatsApp, Telegram or a similar app"
  strings:
    $who = /\b(recruiter|hr|headhunter|hiring manager|recruitment|talent (team|acquisition|manager)|staffing|agency|company|employer)\b/
    $what = /\b(job|position|salary|interview|role|opportunit(y|ies)|hiring|vacanc(y|ies))\b/
  condition:
    job_chat_app and $who and $what and (job_mentioned or job_pay_rate)
}

rule job_paid_tasks
{
  meta:
    action = "junk"
    weight = 2.5
    description = "Paid online 'tasks' - liking videos, rating apps, boosting orders - for commission"
  strings:
    $t = /\b(like|rate|review|boost|optimi[sz]e|submit|complete|rating|liking) (youtube |tiktok |app |apps |product |hotel |amazon )?(videos?|apps?|products?|tasks?|orders?|reviews?|data|ratings|hotels)\b/
    $p = /\b(earn|commission|salary|paid|payment|income|profit|reward)\b/
  condition:
    $t and $p and (job_pay_rate or job_chat_app or job_mentioned)
}
