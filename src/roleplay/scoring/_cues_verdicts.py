"""Verdicts on the report in their set forms: a label however plain each word of it is ("You're
asleep on your feet.", "Always the same with you.", "Nice of you to join us.", "Your work has
been, frankly, beneath you."). The firm rules of :mod:`roleplay.scoring.settle` read them; the
coder's features do not (the weights were trained without them)."""

from __future__ import annotations

import re

from roleplay.scoring._cues_talk import REFLECTION_STEM
from roleplay.scoring._gate import gated
from roleplay.scoring._patterns import negated_everywhere
from roleplay.scoring._text import sentences, unquoted

# Praise of who they were, said to mark who they are now: "You used to be so reliable."
# A verdict on them said of "some people" ("I guess some people just aren't leadership
# material", "Some people just aren't cut out for this team"): a label in the third person.
# Someone else held up as never having their trouble: "Mate, Priyanka never has that problem,
# her stuff just works.", "Sarah never has this issue with her rotas."
OTHERS_NEVER = re.compile(
    r"\b(?!you\b|i\b|we\b)\w+ (?:never|doesn'?t ever|does not ever) (?:has|gets|had|got|seems to "
    r"have) (?:that|this|these|those|the same|any of (?:these|those|that)) (?:problems?|issues?|"
    r"trouble)\b|\b(?:his|her|their) (?:stuff|work|code|builds?) (?:just|always) works\b")
SOME_PEOPLE_ARENT = re.compile(
    r"\b(?:some people|some folks|not everyone|not everybody)(?: just| simply| really)? (?:aren't|"
    r"are not|isn't|is not|arent|isnt) (?:\w+ )?(?:material|cut out (?:for|to))\b")
# Their work held beneath them or below a novice's ("Your work since October has been, frankly,
# beneath you.", "A graduate would have been embarrassed to hand that in."): a verdict on them,
# which no word of it says alone. "I know this feels beneath you" says their feeling back.
BENEATH_OR_NOVICE = gated(re.compile(
    r"(?<!feel )(?<!feels )(?<!felt )(?<!feeling )(?<!seem )(?<!seems )\b(?:beneath|below) you\b"
    r"(?! (?:on|in) the)|\bnot worthy of you\b|"
    r"\b(?:a|an|any|my|the) (?:\w+ )?(?:graduate|grad|intern|junior|trainee|student|first-year|"
    r"apprentice|child|kid|schoolkid|\w+-year-old|toddler|teenager|temp)s? (?:would(?:'ve| have)? "
    r"(?:been )?(?:embarrassed|ashamed)|could(?:'ve| have)? (?:do(?:ne)?|manage[d]?|write|written|"
    r"build|built|draw|drawn) (?:this|that|it|better)|wouldn't (?:hand|send|submit|turn) (?:that|"
    r"this|it) in)\b"))
# A verdict on their character or manner in a stock phrase ("You're asleep on your feet.", "you
# need to toughen up", "And fix the attitude while you're at it.", "Always the same with you.",
# "I can't trust your judgement at the moment."): a label whatever else the turn says, unless
# denied ("You're not the weak link.") or said back as their fear ("You feel everyone sees you
# as a liability").
CHARACTER_VERDICT = gated(re.compile(
    r"\byou(?:'re| are|re) (?:\w+ )?(?:asleep on your feet|away with the fairies|in the wrong "
    r"(?:job|line of work|industry|career)|the weak (?:point|link)|(?:kind of |a bit of )?(?:the|"
    r"an) outlier|a sulker|a liability|dead weight|a passenger)\b|"
    r"\byou(?:'re| are| seem| look|re)(?: \w+){0,2} checked out\b|"
    # a trait they lack: "you got no drive thats the problem", "you've no backbone"
    # (not a view feared or reported: "people here will think you have no ambition")
    r"(?<!if )(?<!think )(?<!thinks )(?<!that )(?<!say )(?<!says )(?<!feel )(?<!believe )"
    r"\byou(?:'ve| have)?(?: got| have)? no (?:drive|ambition|backbone|spine|initiative|"
    r"motivation|work ethic|common sense|discipline|pride|hunger|guts)\b(?! to\b)|"
    # "the best fella on the floor and the worst to work with", "you're the worst on the team"
    r"\b(?:you(?:'re| are|re)|and) the worst (?:\w+ )?(?:to work with|to manage|on (?:the|my|"
    r"this) (?:team|floor|shift|crew|site|ward))\b|"
    # "you're watching the clock and waiting for Friday", "going through the motions a tiny bit"
    r"\byou(?:'re| are|re|'ve been| have been| seem| seem to be)(?: \w+){0,3}? (?:going through "
    r"the motions|watching the clock|clock-watching|a clock-watcher|counting the hours)\b|"
    r"(?:\byou(?:'ve got| have got| got| need| have| gotta| must| should)(?: to)? "
    r"(?:just |really )?|"
    r"(?:^|[.!?] )(?:\w+,? )?(?:just |so |now |honestly,? )?)(?:toughen up|grow up|man up|cheer "
    r"up,? for (?:god's|gods|heaven's|pete's) sake|get a grip|pull yourself together|want it "
    r"more)\b|"
    r"\b(?:fix|lose|drop|ditch) (?:the|that|your) (?:attitude|face)\b|"
    # their face held against them: "And take off that face.", "maybe smile sometimes. It's a
    # warehouse, not a prison."
    r"\b(?:wipe|take off|take) (?:that|the) (?:face|look|smirk)(?: off)?\b|\bdon'?t (?:make|pull) "
    r"(?:that|a|the) face\b|\bsmile (?:sometimes|for once|once in a while)\b|\bit(?:'s| is) a "
    r"\w+,? not a (?:funeral|prison|morgue|wake|holiday camp|spa|nursery|creche)\b|"
    # "You're the quiet one who never says anything useful.": what they say or bring called of
    # no use, as their habit ("the quiet guy usually has the most to say" is a saying, not this)
    r"\byou(?:'re| are|re) the (?:\w+ )?(?:one|guy|man|woman|person|type|kind|sort|bloke|lad|"
    r"lass|fella) (?:who|that) (?:never|doesn't ever|does not ever|hardly ever|rarely) (?:says?|"
    r"does|brings?|adds?|offers?|contributes?|comes? up with|puts? forward) (?:anything|a thing|"
    r"owt|much) (?:useful|helpful|worthwhile|of (?:use|value)|constructive|sensible|worth "
    r"(?:hearing|having|saying|\w+ing))\b|"
    # "You are a person who thinks the kitchen waits for him."
    r"\byou(?:'re| are|re) (?:a|the) (?:person|guy|man|woman|type|kind|sort|bloke) (?:who|that) "
    r"(?:thinks?|believes?|expects?) (?:the|that|he|she|they|you|everyone|everybody|rules)\b|"
    # "Get your head in the game.", "pull your finger out"
    r"\b(?:get your head in the game|pull your finger out|get your act together|sort yourself "
    r"out|wake up and smell the coffee)\b|"
    # "Nine years and still you cannot control one line."
    r"\b(?:years|months|weeks)(?: in)? and (?:still you|you still) (?:can't|cannot|cant|don't know|"
    r"dont know)\b|\bstop (?:sighing|"
    r"rolling your eyes|pulling (?:faces|that face)|sulking|pouting|huffing)\b|\bthe face "
    r"(?:you're|youre) (?:doing|pulling|making)\b|\b(?:got|with) a face on\b|"
    r"\balways the same with you\b|"
    r"\beverything(?:'s| is) (?:(?!okay|ok|alright|fine|good|well)\w+ )?with you\b(?! ?\?)|"
    r"\b(?:can't|cant|cannot|can not|don't|dont) (?:\w+ )?trust (?:your judge?ment|you)\b|"
    r"\b(?:would|will) it kill you to\b|\blearn a thing or two\b|"
    # "you're all hat and no cattle", "That tells me everything I need to know about you.",
    # "like the rules are for other folks"
    r"\ball (?:hat and no cattle|talk and no (?:action|trousers)|mouth and no trousers)\b|"
    r"\b(?:that|this|it) (?:tells|told|says|said) (?:me )?(?:everything|all) (?:i need|i needed|"
    r"we need) to know about you\b|\blike (?:the )?rules (?:are|were) for (?:other|everyone else|"
    r"everybody else|lesser)\b|\blike (?:the )?rules (?:don't|do not|didn't) apply to you\b"))
# ... and said in passing of their work ("its embarrassing to be honest", "thats week one stuff",
# "Funny how everybody else's get done.", "Didn't look like it.", "some people would appreciate
# the feedback"), outside quotes and reported words ("you wrote 'This is embarrassing'")
SNIDE_VERDICT = gated(re.compile(
    r"\b(?:it's|its|it is|that's|that is|this is) (?:frankly |honestly |just |really |quite |"
    r"a bit |pretty |kind of |kinda |bloody )?(?:embarrassing|a disgrace|disgraceful|pathetic|"
    r"shocking|laughable)\b|"
    r"\b(?:it's|its|that's|this is) (?:\w+ )?(?:week one|day one|trainee|beginner|basic|"
    r"schoolboy) (?:stuff|mistakes?|errors?)\b|"
    # "thats a bit of a cowboy move", "That's a rookie mistake", "this is kindergarten stuff"
    r"\b(?:rookie|cowboy|kindergarten|amateur|newbie|schoolboy|schoolkid|beginner's) (?:move|"
    r"stuff|mistake|error|hour|thing)s?\b|"
    r"\b(?:impressive|amazing|remarkable|incredible|quite something) how (?:little|few|slow|"
    r"rarely)\b|\b(?:funny|strange|odd|interesting|curious) how (?:everybody|everyone|nobody|"
    r"no one|the others?|other people|all the others|it's always|you always|you never|only you|"
    r"(?:it's|its|it is) (?:aye|never))\b|"
    # "That's taking the mick."
    r"\b(?:that's|thats|that is) (?:just |frankly |honestly )?(?:taking the (?:mick|mickey|piss)|"
    r"a (?:liberty|piss-take|cheek))\b|"
    r"^(?:(?:well|hmm|oh|funny),? )?(?:didn't|doesn't) (?:look|seem|sound) like it\b|"
    # "Real funny.", "Very mature.", "You ought to take that act on the road."
    r"(?:^|[.!?] )(?:real (?:funny|mature|grown-up|clever)|very (?:mature|grown-up))[.!]|"
    r"\btake (?:that|this|your) act on the road\b|"
    r"\bsome people would (?:appreciate|be grateful for|kill for)\b|"
    # "What do you want, to be an analyst forever?"
    r"\bto (?:be|stay|sit|remain) (?:a |an )?[a-z]+(?: on [a-z]+)? forever\?|"
    # "You think this is a country club?", "I'm not the one who can't work an alarm clock.", "i
    # dont know why youre finding it so hard"
    r"\b(?:you think|do you think|you thought|what,? you think) (?:this|it|work|the job) is a "
    r"(?:holiday camp|country club|hotel|playground|joke|game|charity|creche|daycare|party|"
    r"holiday|social club|youth club|spa)\b|"
    r"\bi(?:'m| am|m) not the one who (?:can't|cannot|cant|couldn't|didn't|keeps|forgot|never|"
    r"won't)\b|"
    r"\b(?:don't|dont|do not) (?:know|understand|get|see) why (?:you're|youre|you are|you'd|"
    r"you find|you'?re still) (?:finding )?(?:it|this|that) so (?:hard|difficult|complicated)\b"))
# Stock verdicts on them the heads missed: "any decent nurse would have checked", "you should be
# ashamed of yourself", "I give up on you", "You've let the side down.", "you're not fit to run a
# till"; in Scots and British speech, "yer a numpty", "you absolute melt"; in Nigerian English,
# "you no dey serious at all", "this one is always giving me wahala". Not denied ("you shouldn't
# be ashamed of asking"), not unfit from illness ("you're not fit to drive today"). ("Not pulling
# your weight" was tried: the labelled lines use it as a fear said back and a denial, so it is
# left to the head.)
STOCK_VERDICT = gated(re.compile(
    # (not "any good nurse would feel the same")
    r"\bany (?:decent|half-decent|competent|proper|self-respecting|sensible|good) [\w-]+ "
    r"(?:would(?:n't|'ve| have)?|should(?:'ve| have)?)(?: have)? (?:checked|known|seen|spotted|"
    r"caught|noticed|asked|called|rung|stopped|flagged|double-checked|read|looked|tested|never)\b|"
    r"(?<!n't )(?<!not )(?<!never )\byou should (?:really |honestly )?be (?:ashamed|embarrassed)"
    r"(?: of yourself)?\b(?! (?:of|to) (?:ask|asking|say|saying|tell|telling|need|needing)\b)|"
    r"\bi(?:'ve| have)? (?:give|given|gave) up (?:on|with) you\b|"
    r"\bi (?:don't|do not|dont) know what (?:to do|i'm going to do|im going to do) with you"
    r"(?: (?:any ?more|now))?\s*[.!]*$|"
    r"\blet(?:ting)? the side down\b|"
    r"\byou(?:'re| are|re) not fit to (?:run|manage|lead|supervise|handle|be trusted|be in "
    r"charge|wear)\b|"
    r"\b(?:yer|you(?:'re| are|re)?) (?:a |an |such a |a right |a total |a complete |an absolute |"
    r"absolute |total |complete |right )(?:numpty|melt|muppet|plonker|wally|div|eejit|prat|"
    r"pillock|bampot|roaster|wasteman|dafty|numbskull|donut|doughnut|nugget|bellend|knob|"
    r"dunderhead|clot|twit|nitwit|halfwit)\b|"
    r"\b(?:you|una|this one|dis one) no (?:dey |de )?(?:serious|try at all|reason)\b|"
    r"\b(?:always |dey )?(?:giving|give|gives|causing|cause|bringing|bring|dey give|dey cause) "
    r"(?:me |us |everybody )?wahala\b"))
REPORTED_WORDS = re.compile(r"\b(?:wrote|written|typed|posted|said|saying|says|called|comments? "
                            r"(?:was|were|said)|review said|in the (?:thread|review|chat|"
                            r"channel))\b")
THEIR_FEAR = re.compile(r"\byou(?:'re| are)? (?:feel|felt|feeling|wonder|wondering|worried|"
                        r"afraid|scared|think|thought|fear)\b|\b(?:sees?|saw) you as\b")


def character_verdict(low: str) -> bool:
    """A sentence, outside quotes, says a verdict in one of the stock phrases above: not said as
    their words reported, not denied, not said back as their fear."""
    for s in sentences(unquoted(low)):
        snide = SNIDE_VERDICT.search(s)
        if snide is not None and not REPORTED_WORDS.search(s[: snide.start()]) \
                and not negated_everywhere(SNIDE_VERDICT, s):
            return True
        for rx in (CHARACTER_VERDICT, STOCK_VERDICT):
            m = rx.search(s)
            if m is None or negated_everywhere(rx, s) \
                    or THEIR_FEAR.search(s[: m.start()]) or REFLECTION_STEM.search(s[: m.start()]):
                continue
            return True
    return False


# Their account waved away or mocked in a stock phrase ("Save it.", "I'm not interested in your
# dates and your evidence", "Oh, brilliant, another screenshot. Just what we all needed."):
# not heard, and a judgement on them.
WAVED_AWAY = gated(re.compile(
    r"\bi(?:'m| am) not (?:really )?interested in (?:your|the|any|hearing) (?:\w+ )?(?:excuses|"
    r"reasons|dates|evidence|story|stories|side|explanations?|backstory|theories|opinions?)\b|"
    r"\bi don't (?:need|want) to hear (?:about )?(?:your|the|any more about)\b|"
    r"\bi (?:don't|do not|won't|will not|shall not) (?:need|want) (?:the|your) (?:whole |full |"
    r"entire )?(?:backstory|life story|excuses|explanations?|story|history)\b(?!,? (?:only|just) "
    r"(?:what|how)\b)(?![^.?!]{0,40}\b(?:already (?:told|explained|said)|i (?:already )?know "
    r"(?:what|why|it|that)|not your fault)\b)|"
    # (the icily polite "I will not need your explanation. I have read enough of them")
    r"\bi(?:'ve| have) (?:read|heard|had) (?:more than )?enough of (?:them|your (?:excuses|"
    r"explanations|reasons|stories))\b|"
    r"^(?:okay,? |ok,? |right,? )?(?:\w+,? )?save it\b|"
    # "Look, I'm no here to hear about buses.", "I don't want to hear about hospitals or whatever."
    r"\bi (?:don't|dont|do not) (?:need|want) to hear about\b|"
    r"\bi(?:'m| am|m) (?:not|no) (?:here )?to (?:hear|listen to) (?:about )?(?:your |the |any |"
    r"more )?\w+|\bjust what (?:we|i|everyone|everybody|"
    r"the team|this team)(?: all| really)? (?:needed|wanted)\b|^(?:oh,? )?(?:brilliant|great|"
    r"wonderful|fantastic|marvellous|lovely|perfect|super),? (?:another|more) \w+"))
# Their record said to speak against them, politely ("I will let the numbers speak; they are not
# flattering to you", "the figures don't flatter you"): a verdict on their work (the labelling
# guide: a judgement of the person or their work is a label whatever its grammar). Not the
# manager declining to flatter ("I'm not going to flatter you"), which is candour.
RECORD_AGAINST_YOU = gated(re.compile(
    r"\b(?:not|hardly|far from|less than|anything but) flattering (?:to|for|about) you\b|"
    r"\b(?:numbers|figures|results|record|stats|statistics|data|work|reviews?|tickets?) "
    r"(?:don't|do not|doesn't|does not|hardly|won't|will not) (?:flatter you|reflect well on you|"
    r"speak well (?:of|for) you)\b"))
# A good trait denied them, said as the manager's own verdict at the start of a clause ("I am
# sorry to say, but you are not a reliable person", "The team cannot depend on you"): a label;
# "Nobody is saying you're not a team player" and "you're worried you're not good enough" are not.
NOT_A_TRAIT = gated(re.compile(
    r"(?:^|[.!?;:] |, but |\bbut )(?:(?:honestly|frankly|look|well|so|and|i'm sorry|i am sorry)"
    r"(?: to say)?,? (?:but )?)?you(?:'re| are|r) not (?:a |an )?(?:very |really |particularly |"
    r"exactly |the most |that |so )?(?:reliable|dependable|trustworthy|professional|competent|"
    r"capable|committed|mature|organi[sz]ed|careful|serious|motivated|hard-working|hardworking|"
    r"team player|good (?:enough|worker|employee|fit|manager|colleague))\b"
    r"|(?:^|[.!?;:] |, but |\bbut )(?:the team|we|nobody|no one|i) (?:can't|cannot|can not) "
    r"(?:depend|rely|count) on you\b"))
# A welcome that mocks ("Nice of you to join us", "We are very honoured that you came at all",
# "Look who decided to show up"): sarcasm about their lateness, a label.
MOCK_WELCOME = gated(re.compile(
    r"\b(?:nice|good|kind|big) of you to (?:join|show up|turn up|grace|bother|make it|drop by)\b|"
    r"\bthanks? (?:you )?(?:so much |very much )?for (?:gracing|finally joining|deciding to join|"
    r"bothering)\b|\bthanks? (?:you )?for (?:joining|coming)(?: us| in)?,? finally\b|"
    r"\bthat you (?:came|turned up|showed up|bothered) at all\b|\b(?:so )?(?:glad|"
    r"nice) you could (?:finally )?make it\b|\blook who(?:'s| has)? (?:decided to |finally )?"
    r"(?:show(?:ed|n)? up|turn(?:ed)? up|here|joined us)\b|\bhonou?red (?:that )?you\b|"
    r"\bto what do we owe\b|\bwhat an honou?r\b|\bpractically early\b|\blate today,? a "
    r"record\b|^(?:ah,? |oh,? |well,? )?the (?:man|woman|lady|star) (?:himself|herself)\b"))
USED_TO_BE = gated(re.compile(
    r"(?<!feel )(?<!think )(?<!felt )(?<!thought )\byou used to be (?:so |really |such an? |an? |"
    r"very |much |way )?(?:more )?(?:reliable|good|great|sharp|dependable|careful|organi[sz]ed|"
    r"solid|keen|brilliant|better|on top of (?:things|it|everything)|on it|quick|fast|"
    r"switched on)\b"))


# A trait pinned on them through hedges or a candour preamble ("you can be a bit of a bulldozer in
# meetings", "Maybe just a little, you know, soft on the team, possibly?", "you are, and I say this
# with genuine affection, an absolute nightmare to work for", "some people find you a little bit...
# difficult"): the judging word the learned heads know, but kept from "you're" by the softening
# between, so the turn read as a softener alone. Only traits of a person or a verdict on their work;
# a feeling ("you seem a bit tired", "flustered") is care, not a verdict.
_TRAIT = (r"(?:lazy|sloppy|careless|useless|incompetent|hopeless|unreliable|flaky|a flake|"
          r"difficult|negative|arrogant|rude|selfish|immature|childish|defensive|aggressive|"
          r"abrasive|stubborn|entitled(?! to)|precious|disorgani[sz]ed|chaotic|slapdash|"
          r"slow(?! (?:down|to)\b)|soft on|weak|rigid|bossy|brusque|prickly|superior|cold with|"
          r"cold fish|hot-headed|short-tempered|complacent|casual|lax|unprofessional|"
          r"amateur(?:ish)?|sub-par|mediocre|half-hearted|liability|passenger|problem|disaster|"
          r"nightmare|pain|hard work|bulldozer|steamroller|ringleader|martyr|lone wolf|"
          r"corner[- ]cutter|big kid|walking apology|know-it-all|diva|drama queen|cowboy|bully|"
          r"mess|all over the place|hasty|chatty|rash|sleepy|"
          r"rough around the edges|box-ticking|not (?:very |so |exactly |that |particularly |"
          r"always |the most |too )?(?:clever|smart|sharp|the sharpest|professional|careful|"
          r"attentive|organi[sz]ed|reliable|effective|serious|present|focused|switched on|on the "
          r"ball|self-starting|a team player|hungry|driven|ambitious|motivated|committed|"
          r"cut out for (?:this|it|the job|the role)|up to (?:it|the job)|leadership "
          r"material|management material))\b(?! (?:on|with) yourself\b)")
# what softens between "you" and the trait: "a little bit, I don't know,", "kind of", "and I say
# this with love,"; at least one of ``_SOFT`` (not an article or "very" alone) must be among them
_SOFT = (r"(?:bit|little|tiny|wee|tad|touch|kind|sort|maybe|perhaps|possibly|somewhat|slightly|"
         r"rather|pretty|quite|sometimes|you know|i don't know|i dunno|um+|uh|er+|erm|hmm+|"
         r"how do you say|how to say|and i say this (?:as|like) a friend|"
         r"and i say this with (?:\w+ )?\w+|i'm sorry to say|sorry)")
_HEDGE = r"(?:a|an|of|just|only|really|very|so|too|also|often|honestly|frankly|absolute|real|" \
         r"total|more|" + _SOFT + r")"
_HEDGES = r"(?P<h>(?:[,.]*\s+" + _HEDGE + r"){0,8})[,.]*\s+"
_T = r"(?P<t>" + _TRAIT + r")"
# the same named groups in each form, so a form is read through ``_forms``
_FORMS = (
    re.compile(r"\byou(?:'re| are| were|'ve been| have been| can be| could be| can get| seem| "
               r"seemed| come across as| came across as| sound| sounded| look| looked| get| got|"
               r"'ve (?:kind of |sort of )?become| have (?:kind of |sort of )?become|re)"
               + _HEDGES + _T),
    re.compile(r"\b(?:people|everyone|everybody|some people|some of the team|the team|others|the "
               r"odd \w+|a few people|some folks) (?:\w+ ){0,2}?(?:find|finds|found|think|thinks|"
               r"feel|felt|say|says|said|mentioned) (?:that )?you(?:'re| are| were| can be|"
               r"'ve been| have been)?" + _HEDGES + _T),
    # of their work or conduct, not their month or their commute ("your commute has been a bit
    # of a nightmare" is care)
    re.compile(r"\byour (?:\w+ )?(?:work|attitude|code|writing|marking|reports?|drafts?|notes|"
               r"handovers?|approach|behaviou?r|conduct|manner|tone|thinking|focus|attention|effort|"
               r"output|performance|standards?|quality|timekeeping|paperwork|communication|emails?|"
               r"follow-?up|prep|preparation)(?: \w+){0,5}? (?:is|was|has been|have been|are|were|"
               r"looks?|reads|feels|seems)" + _HEDGES + _T),
    # their work named without "your" after "maybe" or a candour preamble: "maybe it means the
    # attention on the night shift is a little weak", "and I say this as a friend, the show is
    # sleepy", "The result is a bit... not professional"
    re.compile(r"\b(?:the|this|that) (?:\w+ ){0,2}?(?:attention|practi[cs]ing|result|show|"
               r"attitude|effort|focus|work|standard|timekeeping|handover|paperwork)(?: \w+){0,5}? "
               r"(?:is|was|has been|seems|looks|feels|sounds)" + _HEDGES + _T),
    # the subject left out after praise: "you're a lovely manager. Maybe just a little, you
    # know, soft on the team"
    re.compile(r"^(?:maybe|perhaps|possibly)" + _HEDGES + _T),
)
_TRAIT_ANY = re.compile(r"\b" + _TRAIT)
_LACK = re.compile(r"not (?:\w+ )?(?:hungry|driven|ambitious|motivated|committed|cut out|"
                   r"up to|leadership|management)\b")
_SOFT_RX = re.compile(r"\b" + _SOFT + r"\b")
# a candour preamble, which stands in for the hedge: "and I say this as a friend, the show is
# sleepy", "I will be honest, because you asked. Last Saturday ... you were a disaster"
CANDOUR = gated(re.compile(
    r"\b(?:i say this (?:as|like) a friend|i say this with|(?:i'm going to|i am going to|i'll|i "
    r"will|let me|let's|i have to|i've got to|i got to|gotta) be (?:very |really |brutally |"
    r"completely |totally )?(?:honest|frank|straight|blunt|candid)|if i'm (?:being )?(?:honest|"
    r"frank)|to be (?:honest|frank|blunt)|(?:i will|i'll|let me) tell you (?:one thing |"
    r"something )?(?:frankly|honestly|straight))\b"))
_SAID_BY_OTHERS = re.compile(r"\b(?:say|says|said|saying|felt|feel|feels|complain\w*|told|"
                             r"mentioned|reckon|know|heard|hearing)\b")
# others' view feared, not the manager's own: "I'd hate for the partners to think you're, you
# know, not committed"
_VIEW_FEARED = re.compile(r"\bfor (?:[\w']+ ){1,3}to (?:think|see|decide)\b")
_DENIED = re.compile(r"(?:\b(?:not|never|no|nobody|no one|none)\b|n't\b)[^,;]{0,30}$")


def trait_said(low: str, context: str | None = None) -> bool:
    """A sentence, outside quotes, pins a trait on them through hedges (or after a candour
    preamble): not denied, not said back as their fear, their view or their own word, not
    reported as someone's words."""
    if _TRAIT_ANY.search(low) is None:
        return False  # (cheap: most turns name no trait at all)
    turn_has_you = re.search(r"\byou", low) is not None
    theirs = set(re.findall(r"[a-z'-]+", context or ""))
    # (positions are read in one text: a pause, "you were... a disaster", is a comma in it, so
    # the trait is found after the candour preamble in the text that holds them both)
    said = re.sub(r"\.{2,}|\u2026", ",", unquoted(low))
    candid = CANDOUR.search(said)
    for s in sentences(said):
        for rx in _FORMS:
            for m in rx.finditer(s):
                before = s[: m.start()]
                head = CANDOUR.sub(" ", s[max(0, m.start() - 40): m.start()])  # ("i say this
                # as a friend" is no report of others' words)
                if (THEIR_FEAR.search(before) or REFLECTION_STEM.search(before)
                        or REPORTED_WORDS.search(before) or _DENIED.search(before)
                        or _SAID_BY_OTHERS.search(head) or _VIEW_FEARED.search(head)):
                    continue
                if m.group("t").split()[-1] in theirs:
                    continue  # their own word said back ("You were rude to the tenant ...")
                if m.group(0).startswith(("maybe", "perhaps", "possibly", "the ", "this ",
                                          "that ")) and not turn_has_you:  # ("the handover
                    # process is sloppy and thats on me to fix" judges no one of them)
                    continue
                if not (_SOFT_RX.search(m.group("h")) or (candid and candid.start() < said.find(
                        m.group(0))) or _LACK.match(m.group("t"))):
                    continue  # said plainly, the learned heads read it already (not a lack
                    # put as "not": "youre just not hungry" read as information)
                return True
    return False


# A lapse owned in a bare fragment ("Saturday. Six duck sent back. Cold. Yours.", "From your line.
# Your shift. Your graders.", "Kinda your beach.", "And it was your ramp."): the blame said as whose
# it was. Not a choice or a turn handed to them ("Your call.", "Your turn.").
OWNED_FRAGMENT = re.compile(
    r"^(?:(?:and|so|but|well|still|kinda|kind of|from|and it was|it was|that was|was|that's|"
    r"thats|all)[,]? )*+(?:yours|your (?!(?:call|choice|decision|turn|move|go|pick|idea|time|say|"
    r"life|business|way|chance|floor|space|own|health|family|wellbeing|name|funeral|mum|mom|dad|"
    r"kids?)\b)(?:(?!(?:is|are|was|were|has|have|had|again|fine)\b)[\w'-]+ )?(?!(?:is|are|was|"
    r"were|has|have|had|again|fine)\b)[\w'-]+)[.!]*$")
# "That's on your head."
ON_YOUR_HEAD = re.compile(r"(?<!not )(?<!n't )\b(?:on your head|on your heads)\b(?! to\b)")
# The fault placed on them in other idioms (beside ``PINNED_ON_YOU``'s "that sits with you"):
# "that's on your sleep-in", "it's your name on the delay code", "the burner didnt split it you
# did", "the disaster was you." ("the problem is you are in a hurry" names a way of working,
# and "the problem is not you" clears them)
FAULT_PLACED = re.compile(
    r"\b(?:that's|that is|it's|it is|this is) on your (?:sleep-in|lie-in|conscience)\b|"
    r"\b(?:it's|it is|that's|that is) your name on the (?:delay|incident|complaint|fault) "
    r"(?:code|form|report|log|sheet)\b|"
    r"\b(?:didn't|did not|didnt|wasn't|was not|wasnt) (?:\w+ )?(?:it|that|them|this),? (?:you did|"
    r"it was you)\b|"
    r"\bthe (?:disaster|problem|mistake|mess) (?:was|is) you(?=\s*(?:[.!?;]|$))")
# what went wrong, told in the turn: the fragment's owner is blamed, not credited ("Sourdough sold
# out by ten. Yours." is credit; "Runbook by Friday. Yours." an assignment)
LAPSE_IN_TURN = re.compile(
    r"\b(?:sent back|rejected|cold|late|slipped|missing|missed|empty|wrong|complain\w*|short|"
    r"broke|broken|failed|lost|fine|fined|skipped|forgot|forgotten|dirty|mess|mix-up|mixed up|"
    r"spilt|spilled|damaged|scratched|again|crashed|went down|overdue|no-show|hadn't|didn't|wasn't|"
    r"weren't|not done|never|came back|gone|burnt|burned|left open)\b")

# Their words quoted back in the third person to mock them ("the tags were swapped he says course
# they were", "is it the boiler he says ha yes its the boiler lad ...", "whats up he says whats up
# is eleven missed bins"): said to the room, not to them.
THIRD_PERSON_ECHO = re.compile(r"^(?P<echo>(?:[\w']+ ){1,7}?)(?:he|she) says\b")

# A colleague held up against them ("thats the difference between you and dean", "I want you to
# behave like Pieter", "maybe you could kind of, I dunno, channel a bit of Kayla?", "Checked the
# serial. Like everyone.", "Anouk had the same crane on Tuesday night and she did twenty-eight
# moves an hour", "paulo never makes this mistake in ten years"): the verdict is in the
# comparison. A colleague offered as help ("Take the checklist from Priya, she never fails.") is
# advice, not this.
_NAME = (r"(?!(?:you|i|we|it|its|it's|this|that|there|nobody|no one|they|which|who|what|he|she|"
         r"one|things?|people|life|work|the|a|and|but|so)\b)[^\W\d_]+")
COLLEAGUE_HELD_UP = gated(re.compile(
    r"\bthe difference between you and\b|\bwhat (?:\w+)(?:'s| is) doing that you(?:'re| are)? "
    r"not\b|\b(?:behave|act) (?:a (?:bit|little) )?(?:more )?like " + _NAME + r"(?! it\b)|"
    # their whole way of working to be someone else's: "From today you copy Tomasz's way of
    # working." (a named behaviour to pick up, "copy Sam's checklist", is not this)
    r"\bcopy " + _NAME + r"'s (?:way|ways|style|approach|manner)\b|"
    r"\bbe (?:a (?:bit|little) )?more like " + _NAME + r"|\bchannel (?:a (?:bit|little) of|"
    r"your inner) " + _NAME + r"|(?:^|[.!?] )like everyone(?: else)?[.!]*$|"
    # the same trouble, and the colleague managed: "Jordan's mum's had her hip done and he still
    # managed", "worked in the same swell last week and closed eleven"
    r"\b(?:had|has|got|gets|worked|works|was on|were on|ran|runs|drove|drives) (?:in |with |on )?"
    r"the same (?:[\w-]+ ){0,3}?(?:\w+ ){0,4}?(?:and|but) (?:(?:he|she|they|" + _NAME + r") )?"
    r"(?:still )?(?:did|does|managed|manages|closed|hit|got|made|finished|kept|loaded|never)\b|"
    r"\b(?P<still>(?:he|she) still managed)\b|"
    # "ah ming in the other warehouse he never lose one cable in three years"
    r"(?:^|[.!?,] |\b(?:and|but|look|mate|know|ah) )" + _NAME + r"\b[^.?!,]{0,50}? (?:he|she) "
    r"never (?:once )?(?:lose|loses|lost|mixed|mixes|leave|leaves|left|smears?|misses|missed|"
    r"forgets?|forgot|breaks?|broke|drops?|dropped)\b|"
    # "paulo never makes this mistake", "Sandra ... not one green spud got through"
    r"(?:^|[.!?,] |\b(?:and|but|look|mate|know) )" + _NAME + r"(?: " + _NAME + r")? (?:never|"
    r"doesn't ever) (?:once )?(?:makes?|made|mixed|lose|loses|lost|smears?|complains?|"
    r"complained|misses|missed|forgets?|forgot|breaks?|broke|drops?|dropped|hit|been late|is "
    r"late|was late|comes? in late|had|has|leaves?|left|goes dark|went dark)"
    r"(?: (?!(?:to|any)\b)|[.!]*$)"))  # ("María never smears." ends the sentence)
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|im|my|me|we|our|us)\b")
_COLLEAGUE_WORDS = re.compile(r"\b(?:difference between|behave like|act like|more like|channel|"
                              r"copy|like everyone|the same|still managed|never|doesn't ever)\b")
_COLLEAGUE_AS_HELP = re.compile(r"\b(?:take|ask|talk to|speak to|learn from|shadow|pair with|sit "
                                r"with|get|borrow|check with|from(?! (?:today|now|tomorrow|this|"
                                r"next|monday|the start)\b))\b")


def colleague_held_up(low: str) -> bool:
    """A sentence sets a colleague against them: not a colleague offered as help, and not
    praise passed on to them."""
    if _COLLEAGUE_WORDS.search(low) is None:
        return False
    for s in sentences(low):
        m = COLLEAGUE_HELD_UP.search(s)
        if m is not None and not _COLLEAGUE_AS_HELP.search(s[: m.start()]) and not (
                negated_everywhere(COLLEAGUE_HELD_UP, s)):
            if m.group("still") and _FIRST_PERSON.search(s[: m.start()]):
                continue  # "my mum was ill and she still managed": no colleague set against them
            return True
    return False


# Their reason said back twice or as "always" theirs ("one time one time everything is one time
# with you", "maybe maybe everything with you is maybe", "Labels. Always labels.", "always the sheet
# always the paper never nuno"): their word mocked, a label. Only a word of theirs counts, never
# assent or praise ("No, no, not at all", "You are, you are!", "Very good, very good").
DOUBLED = re.compile(r"^(?:(?:oh|ah|ok|okay|so|yeah|right|yes|hm+|mm+)[,.]? )?(?P<w>[\w']+(?: "
                     r"[\w']+){0,3})[,.!]* (?P=w)\b(?! not\b)")
ALWAYS_THEIRS = gated(re.compile(
    r"(?:^|[.!?,] )always (?:is |the |your )?(?P<w>[\w']+)[.!]*$|"
    r"\balways (?:the |is )?(?P<w2>[\w']+),? always (?:the |is )?[\w']+|"
    r"\beverything (?:is |with you is )(?:[\w']+ ){0,3}?(?:with you\b|(?P<w3>[\w']+)$)"))
ASSENT = frozenset({
    "yes", "yeah", "no", "okay", "ok", "right", "sure", "sorry", "fine", "good", "great", "nice",
    "lovely", "excellent", "brilliant", "thanks", "thank", "course", "nothing", "love", "morning",
    "hello", "hi", "hey", "well", "true", "exactly", "absolutely", "totally", "really", "wow",
    "mm", "hmm", "see", "know", "listen", "look", "wait", "come", "sit", "go", "fair"})


_NEGATION_WORD = re.compile(r"\b(?:no|not|nothing|never|nobody|none)\b|n't\b")


def their_word_mocked(low: str, context: str | None, stop: frozenset[str]) -> bool:
    """Their own word said twice at the start, or called "always" theirs."""
    if not context:
        return False
    m = DOUBLED.match(low)
    always = ALWAYS_THEIRS.search(low) if "always" in low or "everything" in low else None
    if m is None and always is None:
        return False
    theirs = set(re.findall(r"[\w']+", context))
    if m is not None:
        said = m.group("w").split()
        content = [w for w in said if w not in stop and w not in ASSENT]
        if content and all(w in theirs for w in content) and not _NEGATION_WORD.search(
                m.group("w")):
            return True
    if always is not None:
        w = always.group("w") or always.group("w2") or always.group("w3")
        return w is None or (w in theirs and w not in stop and w not in ASSENT)
    return False


# Their reason made the culprit, said flat ("So it's Ryan's fault now. Got it.", "So it's the
# squad's fault. Brilliant."); asked ("So it's the supplier's fault?") it may be a real question,
# and "so it's my fault" or "nobody's fault" is the manager's own or a reassurance; "So it's your
# fault." is blame, not their reason mocked.
THEIR_CULPRIT = re.compile(
    r"^(?:(?:oh|ah|right|okay|ok|i see|yeah)[,.]? )*+so (?:now )?(?:it's|its|it is) (?:all )?"
    r"(?!(?:my|our|nobody|no one|no-one|not)\b|your fault\b)(?:the |your )?[\w' ]{1,25}?(?:'s)? "
    r"fault(?: now)?\b(?![^.!?]*\?)")
# Their words said back, then waved off at the end ("right the invisible lighting passes sure",
# "Properly. Ja, right."); "for sure" agrees.
ECHO_WAVED_OFF = gated(re.compile(
    r"(?<!\bfor )(?<!\bi'm )(?<!\bim )(?<!\bbe )\b(?:sure|(?:ja|yeah|aye|oh),? right)[.!]*$"))
