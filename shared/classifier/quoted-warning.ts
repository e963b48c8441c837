/**
 * A person's warning that quotes a scam they received ("Heads up, got this: \"USPS: your package
 * is on hold, update at ...\" Don't click it"). Every rule the quoted lure matches fires, but the
 * words around it tell the reader it is a scam: the message stays in the inbox (verdict step 1b).
 * A bank's awareness notice quoting a lure ("messages like \"...\" are fraud") stays there too.
 */
/**
 * A quoted span long enough to be a message's opening ("Hi Grandpa it's me"; quotes are folded to
 * '"' by the normaliser): a lure's own quotes are a keyword to reply ("STOP", "YES"), and the words
 * of a warning must sit outside them besides.
 */
const QUOTED = /"([^"]{12,})"/;
/** The warning, outside the quotes, in English and a few other languages. */
const WARNING =
  /\b(scam|scams|scammers?|fraud|fraudulent|fake|phishing|smishing|spam|don'?t click|do not click|don'?t call|do not call|don'?t reply|do not reply|don'?t open|ignore (it|them|this)|heads up|beware|be careful|watch out|thank (god|goodness)|(almost|nearly) (fell for|sent|paid|transferred|gave)|(police|banks?|they) (never|don'?t|do not) (do|ask|call)|don'?t join|do not join|(i |and )blocked (it|them|him|her|the number)|and blocked|estafa|fraude|golpe|arnaque|betrug|truffa|oszustwo|wizi|utapeli|matapeli|usirudishe|usitume|don'?t fall for)\b/;
/** "It's not a scam", "it's legit": the opposite of a warning. */
const VOUCHED = /\b(not (a )?(scam|fake|fraud|spam)|is legit|it's legit|its legit|it's real|its real)\b/;

export function quotesAWarning(lowerText: string): boolean {
  const m = QUOTED.exec(lowerText);
  if (!m) return false;
  const outside = `${lowerText.slice(0, m.index)} ${lowerText.slice(m.index + m[0].length)}`;
  return WARNING.test(outside) && !VOUCHED.test(outside);
}

/**
 * "Don't click it", "delete it", in the languages of the rules (text lower-cased, accents folded);
 * for a scam call, "don't answer", "hang up", "mat uthana" (romanised Hindi: don't pick up).
 */
const DONT =
  /\b(don'?t|do not|never) (click|press|tap|open|answer|pick up)\b|\b(hang up|hung up|be careful|beware|watch out)\b|\b(cut|end|disconnect) the call\b|\b(niemandem geld|kein geld (uberweisen|schicken))\b|\b(avise|avisem|avisa) (seus|sus|a sus|aos seus|os seus) (pais|papas)\b|\bjangan (percaya|transfer|kirim)\b|\b(don'?t|do not|not to|never) (send|pay|transfer) (anything|any money|money|them anything)\b|\bignore any (sms|message|text|call|msg)e?s?\b|\bmat (uthana|uthao|uthaiye|uthaana|sunna|suno|suniye|maanna|manna|mano|maano)\b|\b(click|open|tap) mat (karna|karo|kijiye|karein|kar)\b|\bcall (kaat|kat) (do|dena|dijiye)\b|\bno (contestes|conteste)\b|\bnao atenda\b|\b(delete|ignore) it\b|\b(usirudishe|usitume|usibonyeze|usifungue)\b|\bnon (cliccare|aprire|premere)\b|\bcancellarl[oa]\b|\bno (hagas clic|abras|pinches|toques)\b|\bnao (clique|abra)\b|\bne (cliquez|clique|touche|ouvre) pas\b|\bnicht (klicken|anklicken|offnen)\b|\bniet (klikken|openen)\b|(押さない|開かない|クリックしない|タップしない|อย่ากด|อย่าคลิก|อย่าเปิด|누르지 마|클릭하지 마|不要点|不要點|别点|別點|不要打开|不要打開)/;
/**
 * The word for a scam (not "fraud" or "suspicious", which lures use of themselves), or what a
 * warning says instead: "it was not me", "war nicht ich", "não sou eu", "anyone claiming to be me"
 * (someone posing as the writer), "there's no such thing".
 */
const SCAM_WORD =
  /\b(it (was|is) not me|it wasn'?t me|that wasn'?t me|claiming to be (me|us)|pretending to be (me|us)|war nicht ich|das bin nicht ich|nao sou eu|nao fui eu|no soy yo|atas nama(ku| saya)|penipuan|penipu|(it'?s|its|it is) (a )?fraud|(pretty |quite |100% )?sure (it'?s|its|it is|that'?s|thats) (a )?(fake|scam)|(it'?s|its|it is|that'?s|thats) (so |totally |obviously |definitely |clearly )?(a )?fake|no such thing as|(there'?s|there is) nothing called|(jaisa|jaisi) kuch nahi (hota|hai)|(fake|fraud) (hai|h|tha)|scam|scams|scammers?|truffa|estafa|golpe|arnaque|betrug|oszustwo|oplichting|oplichters|dolandiricilik|dolandirici|wizi|utapeli|matapeli)\b|(詐欺|诈骗|詐騙|骗子|騙子|มิจฉาชีพ|หลอกลวง|사기|(変な|怪しい|あやしい)(sms|メール|メッセージ))/;

/**
 * "Don't fall for that one", "that was a scam", "das war Betrug", "that scam is going around", "ni
 * wizi", "if anyone calls saying ..., hang up" (in romanised Hindi too), or a person asking whether
 * it is one ("is this a scam?", "fraud hai na ye?"): the words say it is a scam by themselves; no
 * lure says that of itself or asks its reader; nor tells of "someone called claiming to be from the
 * bank" ("มีคนโทรมาอ้าง...", Thai), asks "did you also get an SMS saying ...", or "should I click
 * it?" ("click karun kya?"); nor says "ask me our family word", "nearly fell for it", "replied wrong
 * number and blocked", "police never do this". (Not "it's a scam": a bank's code notice says "if
 * someone asks you for it, it's a scam".)
 */
const FALL_FOR =
  /\b(don'?t|do not|never) fall for (it|that|this|them)\b|\b(it|this|that) was (a |an )?(scam|fraud|betrug|arnaque|estafa|truffa|golpe)\b|\b(das|es) war (ein )?betrug\b|\b(era|fue) una estafa\b|\bscam (is )?going around\b|\bni (wizi|utapeli|matapeli)\b|\bif (anyone|anybody|someone) calls\b.{0,80}\bhang up\b|\bkoi (bhi )?(call|phone) kare\b.{0,100}\b(kaat|kat) (dena|do|dijiye)\b|\bis (this|it|that) (a )?(scam|fraud)\?|\b(fraud|scam|fake) (hai|h) (na|kya)\b|\bkoi (code|otp|pin) (na|mat) (de|do|dena|batana|bataye|bataye)\b|\b(naam ki )?koi (cheez|chiz) nahi (hoti|hai)\b|\bkya (ye|yeh|yah) (fraud|scam) (hai|h)\b|\b(someone|somebody|a guy|a man|a woman|some guy) (called|rang|phoned)( me| mum| mom| dad| us| grandma| nan)?,? (claiming|pretending|saying (he|she) (was|is)) (to be )?(from|a|an|the)\b|มีคนโทรมา.{0,30}อ้าง|\bdid (you|u) (also )?(get|receive|see) (a|an|the|this|that) (sms|text|message|msg|e-?mail)( [a-z]{1,10})? (saying|that says|about|from)\b|\bshould i (click|open|tap) (it|this|that|the link|on it|on the link)\b|\bask (me|them|him|her|for) (our|the) (family|safe|secret|code) word\b|\b(replied|said|told (him|her|them)) wrong number and blocked\b|\bblocked (the|that|their) (number|sender)\b|\b(police|the police|courts?) (never|don'?t|do not|will never) (do this|do that|arrest|call)\b|\b(almost|nearly) (fell for (it|that|this)|sent (them|him|her) (money|the money)|transferred|gave (them|him|her) (his|her|my|the|our) (details|code|pin))\b|\b(click|open) (karun|karu|kru|karoon|karoo) (kya|kyaa)\b/;

/**
 * A warning told without quoting the lure ("Mum got a text saying her card is blocked, I told her
 * to delete it, it's a scam"): an instruction not to click or open it and the word for a scam, in
 * a message that carries no link or number of its own (a lure that calls itself a "scam alert"
 * still has somewhere to send the reader).
 */
export function warnsOfAScam(lowerText: string, hasLinkOrNumber: boolean): boolean {
  if (hasLinkOrNumber) return false;
  // the instruction first (most messages stop there), then the statements that need none; every
  // pattern starts on a rare phrase, so a message without one is read once per pattern
  const warned = (DONT.test(lowerText) && SCAM_WORD.test(lowerText)) || FALL_FOR.test(lowerText);
  return warned && !VOUCHED.test(lowerText);
}
