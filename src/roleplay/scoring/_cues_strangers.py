"""Judgements strangers put in stock forms the learned heads never met beside "you" (issue 11,
L2): a mocking simile of how they stood there ("you gonna stand there like a traffic cone"), a
sarcastic title ("you're a real comedian", "oh here he is the barrack room lawyer"), a question
that talks down to them ("or do i have to draw you a picture", "Do you though?"), and others
held up as managing what they did not ("the other riders manage Westlands fine", "Jenna could do
it in two.", "my nephew does it and he is sixteen"). The firm rules of
:mod:`roleplay.scoring.settle` read them; the coder's features do not."""

from __future__ import annotations

import re

from roleplay.scoring._text import sentences, unquoted

# How they stood or sat there, likened to a thing ("you gonna stand there like a traffic cone",
# "standing there with your hands in your pocket like a tourist", "you were the one lowping
# about that yard ... like a lal lad on his holidays"). Only of them ("you" just before it; "from
# where you sit, 9:00 feels like a rule" is their view), and a thing, not a length of time ("the
# truck sat there for like an hour"); rushing about ("running around like a blue-arsed fly") is
# care for how busy they were, not this.
MOCK_SIMILE = re.compile(
    r"(?<!where )\byou(?:'re|re| are| were| was| gonna| going to| just)?(?: \w+){0,2}? "
    r"(?:stand|standing|stood|sit|sitting|sat|lowping|wandering|strolling|swanning|mooching|lounging|"
    r"loafing|hanging (?:about|around)|mooning about)\b[^.?!;]{0,60}?\blike (?:a|an|some) "
    r"(?!(?:hour|minute|second|bit|few|couple|week|day|half|quarter)\b)[\w-]+")
# A sarcastic title given them ("you're a real comedian", "You want to be a comedian?", "oh here
# he is the barrack room lawyer", "don't go all lone genius on us again", "well done sherlock",
# "yeah yeah youre a real hero"). "You're a real star" and "a real hero on Saturday" are often
# sincere, so hero and genius count only after a sneer's "yeah yeah" / "oh" / "wow".
SARCASTIC_TITLE = re.compile(
    r"\byou(?:'re|re| are) (?:a |such a )?real (?:comedian|comic|joker|piece of work|clown)\b|"
    r"\b(?:you want|wanna|want) to be a (?:comedian|comic|clown|joker)\b|"
    r"\bbarrack[- ]room lawyer\b|\b(?:go|going|went) all lone (?:genius|wolf|ranger)\b|"
    r"\b(?:well done|nice one|cheers|thanks|alright|okay|ok),? (?:sherlock|einstein)\b|"
    r"\b(?:yeah,? yeah|oh|wow|sure),? (?:you're|youre|you are) (?:a |such a )?(?:real |proper )?"
    r"(?:hero|genius|saint|martyr)\b|"
    # a prize for the lapse: "In my mill you would get a prize, for the longest coffee break."
    r"\b(?:prize|award|medal|trophy|gold star),? for (?:the )?(?:longest|slowest|most|biggest|"
    r"fewest|least|latest|laziest|worst)\b")
# A question that talks down to them: "so you know why youre here or do i have to draw you a
# picture", "You know why I call you, or I must explain also this?", their claim doubted in two
# words at the start ("Do you though?", "are you though because sophie ..."). "Or should I
# guess" asks for the account (the labels call it blame or nothing), and "I'll spell it out"
# explains.
TALKED_DOWN = re.compile(
    r"\b(?:do|must|shall|should) i (?:have to |need to )?draw you a (?:picture|diagram|map)\b|"
    r"\b(?:or )?(?:i must|must i|do i have to|do i need to) explain (?:also )?(?:this|that|it)"
    r"(?: also| again| to you)?\s*\?|"
    r"^(?:(?:oh|ah|hm+|well|right|yeah|mm+)[,.]? )?(?:are|do|did|have|were) you,? though\b")
# Others held up as managing what they did not, after their reason: "the other riders manage
# Westlands fine", "the other pickers same system also can make it", "Other nurses manage twelve
# patients", "the other lads get the same bus", "Jenna could do it in two.", "my nephew does it and
# he is sixteen", "Sandra ... But I'm sure Sandra just got lucky." The bare figures of other teams
# ("The other teams closed 45.") are an observation, not this.
_GROUP = (r"(?:riders|pickers|drivers|analysts|teams|coaches|chefs|cooks|nurses|carers|waiters|"
          r"cashiers|lads|girls|guys|shifts|agents|reps|operators|techs|technicians|crews|stores|"
          r"branches|sites|managers|leads|supervisors|engineers|planners|couriers|porters|cleaners|"
          r"pilots|teachers|stylists|servers|bartenders|builders|fitters|sparks|warehouses|"
          r"departments|depots|kitchens|students|trainees|juniors|apprentices|interns)")
OTHERS_MANAGE = re.compile(
    r"\b(?:the )?other (?:\w+ )?" + _GROUP + r"(?:,? (?:somehow|still|all|seem to|just|"
    r"manage to))?,? (?:manage|managed|cope|coped|can make it|could make it|get by|got by|"
    r"(?:get|got|have|had|use|used|work|worked|run|ran) (?:with )?(?:the )?same)\b|"
    r"\b(?:the )?other (?:\w+ )?" + _GROUP + r" (?:the )?same \w+(?: also| too)? (?:also |too |"
    r"still )?(?:can|could|manage|make)\b|"
    r"\beveryone else(?:'s| is| was| seems to be| seemed to be)? (?:gettin|getting|get|got|"
    r"manage|managed|manages|making it|made it) (?:here|in|it|to)\b|\beverybody else(?:'s| is| was|"
    r" seems to be| seemed to be)? (?:gettin|getting|get|got|manage|managed|manages|making it|"
    r"made it) (?:here|in|it|to)\b")
_NAMED = r"(?!(?:you|i|we|it|they|he|she|this|that|someone|anyone|nobody|everyone|one)\b)[^\W\d_]+"
COULD_DO_IT_IN = re.compile(
    r"(?:^|[.!?] )" + _NAMED + r" (?:could|would|can) (?:do|have done|'ve done|finish|have "
    r"finished) (?:it|that|this|them|the lot) in (?:half|one|two|three|four|five|a|an|\d+)\b|"
    r"\bmy (?:nephew|niece|son|daughter|kid|grandma|granny|nan|gran|mum|little brother|little "
    r"sister) (?:does|did|could do|can do) (?:it|that|this)\b(?=[^.?!]*\b(?:and (?:he|she)(?:'s| "
    r"is)|at) (?:only )?(?:\d+|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen))|"
    r"\bi'?m sure " + _NAMED + r" (?:just )?got lucky\b")


def held_up_in_strangers_words(low: str) -> bool:
    """A sentence, outside quotes, says one of the forms above and denies it nowhere."""
    said = unquoted(low)
    for s in sentences(said) or [said]:
        if (MOCK_SIMILE.search(s) or SARCASTIC_TITLE.search(s) or TALKED_DOWN.search(s.strip())
                or OTHERS_MANAGE.search(s) or COULD_DO_IT_IN.search(s)):
            return True
    return False


# A consequence said in the polite inverted condition ("Should this recur, we will need to consider
# formal steps.", "Should it happen again, I shall have no choice but to start the capability
# process."): the same threat as "if it happens again, ...", said as a lawyer says it.
POLITE_CONDITION = re.compile(
    r"(?:^|[.!?;:,] )should (?:this|that|it|the same|anything (?:like|of) this|there be (?:another|"
    r"a further|any (?:more|further)|a repeat)|you (?:fail|continue|again|choose|decide))\b"
    r"[^.?!]{0,60}?,? (?:we|i|the company|the firm|hr|management|the partners?|the business)"
    r"(?:'ll| will| would| may| might| shall| must)? (?:\w+ ){0,3}?(?:formal|disciplinary|further|"
    r"capability|performance management|written|final) (?:steps?|action|measures|process|"
    r"procedures?|stage|route|warning|review|hearing)\b")
