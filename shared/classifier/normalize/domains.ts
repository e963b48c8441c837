/** Known top-level domains, the ones that are also words or cheap, and known link shorteners. */

/** Known top-level domains: generic ones seen in SMS and every two-letter country code. */
export const TLDS: ReadonlySet<string> = new Set(
  (
    'com net org info biz edu gov mil int mobi name pro aero asia cat coop jobs tel travel xxx xyz top site ' +
    'online store shop club app dev page live life link click win vip loan bid icu buzz cam rest work world ' +
    'today support help email tech space website fun love money cash bank finance capital credit cards gold ' +
    'lol best cool one ink blog news party stream download racing review date faith science trade webcam men ' +
    'accountant cricket kim country gdn host press services solutions digital network zone media games ' +
    'casino bet poker tips deals sale bargains discount gift gifts promo coupons delivery express parcel ' +
    'post taxi' +
    ' ac ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bm bn bo br bs bt bw by ' +
    'bz ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg er es et eu fi ' +
    'fj fk fm fo fr ga gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in ' +
    'io iq ir is it je jm jo jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md ' +
    'me mg mh mk ml mm mn mo mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe ' +
    'pf pg ph pk pl pm pn pr ps pt pw py qa re ro rs ru rw sa sb sc sd se sg sh si sk sl sm sn so sr ss st ' +
    'su sv sx sy sz tc td tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug uk us uy uz va vc ve vg vi vn vu ' +
    'wf ws ye yt za zm zw'
  ).split(' '),
);

/**
 * Top-level domains that are also English or SMS words ("it.is", "ok.so", "me.too", "10.am"): a
 * bare host ending in one of them needs more evidence (a scheme, `www.`, a path, a known shortener,
 * a defanged dot) to count as a link.
 */
export const WORDY_TLDS: ReadonlySet<string> = new Set(
  (
    'am an as at be by do go id im in is it la ma me mo my ne no pa pm re sh so st to us ye ' +
    'app bet cash club date fun gift help life link live love money news one page party post sale shop ' +
    'site store taxi tips today win work world zone best cool deals games'
  ).split(' '),
);

/**
 * Cheap, abuse-prone TLDs that count as a link bare ("costco-member.club") even when they are also
 * words; a wordy one ("club", "live", "site", "online") only when its host has a hyphen or a digit,
 * so prose such as "at the club.live music" stays text.
 */
export const CHEAP_TLDS: ReadonlySet<string> = new Set(
  'club site online live top xyz icu buzz cyou vip click sbs cfd bond rest monster quest lat shop store fun win loan'.split(
    ' ',
  ),
);

export const SHORTENERS: ReadonlySet<string> = new Set(
  (
    'bit.ly bitly.com tinyurl.com t.co goo.gl ow.ly is.gd cutt.ly rb.gy shorturl.at tiny.cc rebrand.ly s.id ' +
    'buff.ly t.ly v.gd bl.ink short.io tiny.one lnkd.in x.co shorte.st adf.ly bc.vc soo.gd clck.ru u.to ' +
    'tr.im snip.ly bit.do mcaf.ee amzn.to wp.me fb.me db.tt cli.gs qrco.de surl.li shrtco.de urlz.fr ' +
    'rotf.lol 2no.co 1url.com t2m.io bitly.ws tny.im shorturl.com gg.gg zpr.io urlzs.com hyperurl.co ' +
    'linkd.in trib.al dlvr.it youtu.be x.gd short.gy tinylink.net'
  ).split(' '),
);
