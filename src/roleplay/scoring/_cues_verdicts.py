"""Verdicts on the report in their set forms: a label however plain each word of it is ("You're
asleep on your feet.", "Always the same with you.", "Nice of you to join us.", "Your work has
been, frankly, beneath you."). The firm rules of :mod:`roleplay.scoring.settle` read them; the
coder's features do not (the weights were trained without them)."""

from __future__ import annotations

import re

from roleplay.scoring._cues_talk import REFLECTION_STEM
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
BENEATH_OR_NOVICE = re.compile(
    r"(?<!feel )(?<!feels )(?<!felt )(?<!feeling )(?<!seem )(?<!seems )\b(?:beneath|below) you\b"
    r"(?! (?:on|in) the)|\bnot worthy of you\b|"
    r"\b(?:a|an|any|my|the) (?:\w+ )?(?:graduate|grad|intern|junior|trainee|student|first-year|"
    r"apprentice|child|kid|schoolkid|\w+-year-old|toddler|teenager|temp)s? (?:would(?:'ve| have)? "
    r"(?:been )?(?:embarrassed|ashamed)|could(?:'ve| have)? (?:do(?:ne)?|manage[d]?|write|written|"
    r"build|built|draw|drawn) (?:this|that|it|better)|wouldn't (?:hand|send|submit|turn) (?:that|"
    r"this|it) in)\b")
# A verdict on their character or manner in a stock phrase ("You're asleep on your feet.", "you
# need to toughen up", "And fix the attitude while you're at it.", "Always the same with you.",
# "I can't trust your judgement at the moment."): a label whatever else the turn says, unless
# denied ("You're not the weak link.") or said back as their fear ("You feel everyone sees you
# as a liability").
CHARACTER_VERDICT = re.compile(
    r"\byou(?:'re| are|re) (?:\w+ )?(?:asleep on your feet|away with the fairies|in the wrong "
    r"(?:job|line of work|industry|career)|the weak (?:point|link)|(?:kind of |a bit of )?(?:the|"
    r"an) outlier|a sulker|a liability|dead weight|a passenger)\b|"
    r"\byou(?:'re| are| seem| look|re)(?: \w+){0,2} checked out\b|"
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
    r"everybody else|lesser)\b|\blike (?:the )?rules (?:don't|do not|didn't) apply to you\b")
# ... and said in passing of their work ("its embarrassing to be honest", "thats week one stuff",
# "Funny how everybody else's get done.", "Didn't look like it.", "some people would appreciate
# the feedback"), outside quotes and reported words ("you wrote 'This is embarrassing'")
SNIDE_VERDICT = re.compile(
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
    r"you find|you'?re still) (?:finding )?(?:it|this|that) so (?:hard|difficult|complicated)\b")
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
        m = CHARACTER_VERDICT.search(s)
        if m is None or negated_everywhere(CHARACTER_VERDICT, s) \
                or THEIR_FEAR.search(s[: m.start()]) or REFLECTION_STEM.search(s[: m.start()]):
            continue
        return True
    return False


# Their account waved away or mocked in a stock phrase ("Save it.", "I'm not interested in your
# dates and your evidence", "Oh, brilliant, another screenshot. Just what we all needed."):
# not heard, and a judgement on them.
WAVED_AWAY = re.compile(
    r"\bi(?:'m| am) not (?:really )?interested in (?:your|the|any|hearing) (?:\w+ )?(?:excuses|"
    r"reasons|dates|evidence|story|stories|side|explanations?|backstory|theories|opinions?)\b|"
    r"\bi don't (?:need|want) to hear (?:about )?(?:your|the|any more about)\b|"
    r"\bi don't (?:need|want) (?:the|your) (?:whole |full |entire )?(?:backstory|life story|"
    r"excuses|explanations?|story|history)\b(?!,? (?:only|just) (?:what|how)\b)|"
    r"^(?:okay,? |ok,? |right,? )?(?:\w+,? )?save it\b|"
    # "Look, I'm no here to hear about buses.", "I don't want to hear about hospitals or whatever."
    r"\bi (?:don't|dont|do not) (?:need|want) to hear about\b|"
    r"\bi(?:'m| am|m) (?:not|no) (?:here )?to (?:hear|listen to) (?:about )?(?:your |the |any |"
    r"more )?\w+|\bjust what (?:we|i|everyone|everybody|"
    r"the team|this team)(?: all| really)? (?:needed|wanted)\b|^(?:oh,? )?(?:brilliant|great|"
    r"wonderful|fantastic|marvellous|lovely|perfect|super),? (?:another|more) \w+")
# A good trait denied them, said as the manager's own verdict at the start of a clause ("I am
# sorry to say, but you are not a reliable person", "The team cannot depend on you"): a label;
# "Nobody is saying you're not a team player" and "you're worried you're not good enough" are not.
NOT_A_TRAIT = re.compile(
    r"(?:^|[.!?;:] |, but |\bbut )(?:(?:honestly|frankly|look|well|so|and|i'm sorry|i am sorry)"
    r"(?: to say)?,? (?:but )?)?you(?:'re| are|r) not (?:a |an )?(?:very |really |particularly |"
    r"exactly |the most |that |so )?(?:reliable|dependable|trustworthy|professional|competent|"
    r"capable|committed|mature|organi[sz]ed|careful|serious|motivated|hard-working|hardworking|"
    r"team player|good (?:enough|worker|employee|fit|manager|colleague))\b"
    r"|(?:^|[.!?;:] |, but |\bbut )(?:the team|we|nobody|no one|i) (?:can't|cannot|can not) "
    r"(?:depend|rely|count) on you\b")
# A welcome that mocks ("Nice of you to join us", "We are very honoured that you came at all",
# "Look who decided to show up"): sarcasm about their lateness, a label.
MOCK_WELCOME = re.compile(
    r"\b(?:nice|good|kind|big) of you to (?:join|show up|turn up|grace|bother|make it|drop by)\b|"
    r"\bthanks? (?:you )?(?:so much |very much )?for (?:gracing|finally joining|deciding to join|"
    r"bothering)\b|\bthanks? (?:you )?for (?:joining|coming)(?: us| in)?,? finally\b|"
    r"\bthat you (?:came|turned up|showed up|bothered) at all\b|\b(?:so )?(?:glad|"
    r"nice) you could (?:finally )?make it\b|\blook who(?:'s| has)? (?:decided to |finally )?"
    r"(?:show(?:ed|n)? up|turn(?:ed)? up|here|joined us)\b|\bhonou?red (?:that )?you\b|"
    r"\bto what do we owe\b|\bwhat an honou?r\b|\bpractically early\b|\blate today,? a "
    r"record\b|^(?:ah,? |oh,? |well,? )?the (?:man|woman|lady|star) (?:himself|herself)\b")
USED_TO_BE = re.compile(
    r"(?<!feel )(?<!think )(?<!felt )(?<!thought )\byou used to be (?:so |really |such an? |an? |"
    r"very |much |way )?(?:more )?(?:reliable|good|great|sharp|dependable|careful|organi[sz]ed|"
    r"solid|keen|brilliant|better|on top of (?:things|it|everything)|on it|quick|fast|"
    r"switched on)\b")
