"""Firm rules over a coded turn that a coach would state, applied by the coder to every coding
it returns, so the persona mind, the scorer, the metrics and the review read the same codes.

- A turn that only gives the report time ("Take your time.", "No rush, have a think.") is
  holding the space: no softener, advice or information in it.
- What the manager takes on for the report ("I'll raise it with ops this week", "I'll talk to
  Sam about the rota", "let me take that to the board") is support; a formal process named as
  the next move ("I'll take this to HR") is not.
- Asking the report to send something back ("Send me a status update by Thursday") is an
  expectation of them: never support, and not a step of the plan when the turn holds nothing
  else (nor a follow-up: a status email is monitoring, not a conversation booked to review).
- Checking in on how they are as an opener ("I wanted to check in on how things are going")
  is not a follow-up booked for later.
- An explicit recap ("So, to sum up: ...") is a summary. Points handed back for checking
  without the word are a summary when they are what the report said ("So the rota changed,
  Sam left and you're covering both. Have I got that right?") and the plan's recap when they
  are what will happen ("So: counts right by close, I fix the handheld, we meet Friday. Have I
  got that right?" is a next step, as the labelling guide has it, not listening).
- Who a lapse reached and how ("212 customers couldn't check out", "Waits hit 14 minutes") is
  impact, said tersely or not.
- A process denied ("I'm not going to take this to HR", "I won't be taking this further") is a
  reassurance, not a threat, unless a threat is said beside it ("...but if it happens again I
  will") or it is only put off ("Not yet.", "this time").
- What the manager says they will do in the talk itself ("One more and then I'll shut up for a
  minute", "I'll be quick", "I'll be straight with you") is no step of the plan.
- A recap of what was agreed ("so just to sum up you love the teaching side ... does that sound
  right") is no threat unless a consequence or a process is in it.
- An order with a process or the job as the other choice ("Fix it by Friday or we talk again
  with HR. Clear?") is a threat, and not a follow-up.
- Waiting to see ("Let's see how it goes.", "Right, sure we'll see how it goes.") is a weak
  close, not a threat, unless a consequence, a condition or a process is said beside it ("We'll
  see how it goes. If it doesn't improve, you know what happens.").
- A demand for change said as a statement ("This needs to stop.", "Your tone in reviews has to
  change.") is an expectation, not a reflection or nothing.
- A plan framed as one ("So let's say: friendlier review comments and everything through
  review", "the proposal is that you redo the states by Tuesday 1 December") is a next step,
  dictated or not (the labelling guide's convention 5); whether it was co-created is judged
  apart.
- A judgement said of them only inside a reassuring frame, sentence by sentence ("I do not
  think you are careless; I think something is making this work difficult.") is no label
  (the labelling guide's convention 8), whatever else the words look like; "That's not focus,
  that's coasting." judges in its second clause and stays one.
- Praise that names what they caused ("The imaging pipeline exists because of you", "that's
  down to you") is credit, not blame, when no fault, judgement or sarcasm is said beside it.
  Fault pinned on them in so many words ("so thats kinda on you man", "you're making me look
  bad in front of the client") is blame whatever else the turn says, unless it is that credit.
- Fault denied of them in a plain statement ("It wasn't your fault.", "Right, you weren't the
  one who caused it.") is no blame; asked ("How is it not your fault?"), in a condition or said
  as their claim ("don't stand there telling me it wasn't down to you") it stays one.
- A dated step put to them for a yes ("Would you be okay to have a chat with Leo this week?")
  is a next step, not only a closed question.
- The manager finding something out for them ("I'll find out from HR what the rules actually
  say") is support, not a threat, unless pressure is said beside it.
- A short turn that only asks ("What could be a small first step, maybe for the next month?")
  gives no information.
- Their account waved away or mocked in a stock phrase ("Save it.", "I'm not interested in your
  dates and your evidence", "Just what we all needed.") is a label, and so is a welcome that
  mocks ("We are very honoured that you came at all").
- A good trait denied them as the manager's own verdict ("you are not a reliable person", "The
  team cannot depend on you") is a label.
- A verdict said of "some people" ("I guess some people just aren't leadership material") is
  a label.
- Leave to keep things private ("You do not need to tell me any details you prefer to keep
  private") judges no one: no label.
- Closing the meeting and nothing else ("Done.", "Good. We're done.", "Thank you. That concludes
  the meeting.") is `other` with no codes: no reflection, praise or plan.
- A hedge about how a thing they did landed ("Do you think the comments might have come across
  a bit strong sometimes?") is over-softened feedback, not a label; "you come across as a bit
  flaky" judges the person and stays one.
- A reflection with nothing asked of them ("I can see you're angry, and I get it") sets no
  expectation.
- One question asked, and it is an open one by its form ("What could you try in the next
  month?"), is not also closed; a spoken statement is no closed question unless its form asks
  (a tag at the end, an auxiliary before its subject, an either/or).
- Their own words echoed in a fragment and mocked at once ("Alarm. Seriously?", "Two short. Boo
  hoo.") are a label (the labelling guide's mocking echo), not a reflection.
- Praise of the work and nothing else right after they own a lapse ("I forgot to send the
  report." - "Brilliant work, really.") is sarcasm, a label; praise of the owning up ("Well done
  for telling me") or of a recovery they told is praise, and so is praise of a result they just
  told ("I finished the audit." - "Great job."), unless a sneer's marker is in it ("Finally.");
  both had read as labels from the words of the report's turn alone. A turn that tells what went
  wrong and ends on bare praise ("Tom covered for you twice. Skipped his lunch both times.
  Brilliant work, really.") is sarcasm too, a label unless it was already read as blame.
- Asking whether they have thought about what they want themselves ("Have you thought about
  what you want to do in a couple of years?") suggests no course of action: no advice, unless
  advice is said beside it.
- Their feeling said back first thing ("You were worried that calling for help would look like
  you are not capable.") is a reflection, not a label or blame; a turn that only waves their
  account away ("Shocker.", "Course it was.") and praise of who they were said to mark now
  ("You used to be so reliable.") are labels.
- The next slip costing them their place ("do that again and youre back on tills"), others
  queuing for it ("an agency lad who'd take your slot"), a dare ("Want to find out?") or a
  sanction said plainly ("its gonna be a write up") is a threat; "I'm not going to write you
  up" reassures.
- An early warning asked for ("if a date is slipping, message me the same day") is an
  expectation, not advice, and so is an ask named as one ("What I'd ask is that concerns go to
  their lead privately first"); an apology for raising it ("Sorry to bring it up.") softens what
  it raises; a lecture ("you must also understand that a team is not only
  code") is none; "How about you take the lead?" is a suggestion, not an open question; "So,
  we agree that you will..." frames a plan and "We can speak again in one month" books a
  follow-up.
- Judgements said in other words (L1): a trait pinned on them through hedges or after a candour
  preamble ("you can be a bit of a bulldozer in meetings", "Maybe just a little, you know, soft
  on the team"), their words quoted back as "he says" ("the tags were swapped he says course they
  were"), their word said twice or called "always" theirs ("Labels. Always labels."), and a
  colleague held up against them ("thats the difference between you and dean", "Like
  everyone."), their reason made the culprit ("So it's Ryan's fault now. Got it.") and their
  words waved off ("right the invisible lighting passes sure") are labels; a lapse owned in a
  bare fragment ("Six duck sent back. Cold. Yours.") or put "on your head" is blame, where
  nothing else judged the turn. Not when denied, said back as theirs, a feeling ("you seem a bit
  tired"), a colleague offered as help, credit, a task, assent said twice, or a real question.
- Judgements in stock forms (L2): a mocking simile of how they stood there ("you gonna stand there
  like a traffic cone"), a sarcastic title ("you're a real comedian"), a question that talks down
  ("or do i have to draw you a picture") or doubts their claim as the turn opens ("I understand."
  - "Do you? I hope so."), a colleague who does the same job right or never slipped ("Emre does
  the same deliveries and his cold room is perfect"), and a stock jibe ("about as useful as a
  screen door on a submarine") are labels where nothing else judged the turn; a consequence in
  the polite inverted condition ("Should this recur, we will need to consider formal steps.") is
  a threat. Not rushing about ("running around like a headless chicken"), their view ("from where
  you sit"), a doubt taken back ("Did you? Sorry, I must have missed that."), a colleague offered
  as help, or an offer ("Should you need anything, ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from roleplay.domain.codes import Code, Primary, TurnCoding
from roleplay.domain.meeting_again import TALK_AGAIN, TALKS_LATER
from roleplay.domain.sentences import CLOSING, NEED_CLEFT
from roleplay.domain.stories import speaks_of_them
from roleplay.scoring._cues_blame import (
    BURDEN_SAID_BACK,
    CREDIT_BECAUSE,
    INTENT_ASKED,
    INTENT_SNEERED,
    LOOK_FOOLISH,
    NOT_BECAUSE_OF_YOU,
    NOT_BOTHERED_TO,
    OWNED_OUTRIGHT,
    SELF_VERDICT_DISAGREED,
    SHOULD_HAVE_DONE,
    SHOULD_HAVE_SHARED,
    WHO_ELSE_THERE,
    WHO_PAYS_ASKED,
    all_yours_after_a_lapse,
)
from roleplay.scoring._cues_care import (
    ADMIN_ASKED,
    CANDOUR_OWED,
    CARE_ASKED,
    CARING_IF,
    COST_TO_THEM_ASKED,
    FLEX_OFFERED,
    HELP_OFFERED,
    NO_AGENDA,
    NOT_THE_PERSON,
    NOT_WHO_THEY_ARE,
    NOTICE_ASKED,
    PRIVACY_OFFERED,
    WELCOME,
    WELLBEING_ASKED,
)
from roleplay.scoring._cues_doubts import (
    IDIOM_WAVED_OFF,
    OUTDONE_BY_OTHERS,
    own_verdict_back,
    promise_on_record,
)
from roleplay.scoring._cues_event import (
    CHANGE_DEMAND,
    PAST_EVENT,
    SPECIFIC_TIME,
    anecdote,
    describes_event,
)
from roleplay.scoring._cues_fault import (
    ABSURD_AGENT,
    CAUSE_IS_YOU,
    OTHERS_THANK_YOU,
    VERDICT_COST,
    WHOSE_ACCUSED,
    YOU_COST,
    absurd_gate,
    always_never_named,
    fault_confirmed,
    lapse_because_of_you,
    others_would_never,
)
from roleplay.scoring._cues_feedback import (
    ADVICE,
    ADVICE_QUESTION,
    AFFECTED,
    AFFIRMATION,
    ASK_NAMED,
    BEHAVIOUR,
    CAUSE_PINNED,
    DARE_OR_SANCTION,
    DAY,
    DEADLINE_DOER,
    DEADLINE_ONLY,
    EXONERATED,
    EXPECTATION,
    FAULT_HELD_UP,
    JUDGED,
    MOCKING_REPLY,
    NEXT_TIME_GONE,
    OBSTACLE_QUESTION,
    OTHERS_WANT_YOUR_PLACE,
    OWN_WISH_QUESTION,
    PINNED_ON_YOU,
    SANCTION_ASKED,
    SANCTION_LEFT_OPEN,
    SARCASM,
    SNEER_REPLY,
    TELL_ME_WANTED,
    THREAT,
    TIME_REF,
    WATCHED_OR_SHOWN_OUT,
    WAVED_OFF,
    WHO_TO_TURN_TO,
)
from roleplay.scoring._cues_feedback import BLAME as BLAME_SAID
from roleplay.scoring._cues_judging import CONSEQUENCE_IF, JUDGING_CUES
from roleplay.scoring._cues_plan import (
    ASSUMED_AGREEMENT,
    CONDITION,
    FOR_THEM,
    MANAGER_ACTS,
    NOT_AN_OFFER,
    OFFER_ASKED,
    OFFER_THEN_ASKED,
    OPENING_CHECK_IN,
    OTHER_UNDERTAKING,
    PLAN_QUESTION,
    PLEASANTRY,
    PROCESS,
    UPDATE_REQUEST,
    only_space,
)
from roleplay.scoring._cues_strangers import (
    POLITE_CONDITION,
    claim_doubted,
    held_up_in_strangers_words,
)
from roleplay.scoring._cues_talk import (
    FOLLOW_UP,
    NOT_INVERSION,
    PAIRED_WITH,
    PLAN_FRAME,
    REFLECTION_STEM,
    SPOKEN_INVERSION,
    SPOKEN_TAG_END,
    SUMMARY,
    SUPPORT,
)
from roleplay.scoring._cues_veiled import (
    apology_waved_off,
    echo_praised,
    good_news_praised,
    joke_half_taken_back,
    others_held_up,
    think_it_over_close,
    threat_left_open,
)
from roleplay.scoring._cues_verdicts import (
    BENEATH_OR_NOVICE,
    ECHO_WAVED_OFF,
    FAULT_PLACED,
    LAPSE_IN_TURN,
    MOCK_WELCOME,
    NOT_A_TRAIT,
    ON_YOUR_HEAD,
    OTHERS_NEVER,
    OWNED_FRAGMENT,
    SOME_PEOPLE_ARENT,
    THEIR_CULPRIT,
    THIRD_PERSON_ECHO,
    USED_TO_BE,
    WAVED_AWAY,
    character_verdict,
    colleague_held_up,
    their_word_mocked,
    trait_said,
)
from roleplay.scoring._patterns import PatternMatch, match, negated_everywhere
from roleplay.scoring._text import (
    STOPWORDS,
    canonical,
    is_unpunctuated,
    sentences,
    words,
)
from roleplay.scoring._valence import negative_words
from roleplay.scoring.features import JUDGE_WORD, LOOSE_JUDGE_WORDS

NEGATED_AFFECT = re.compile(r"\b(?:no|none of the|not a single|zero) (?:\w+ )?(?:customers|clients|"
                            r"users|patients|people|guests)\b")
_JUDGING = frozenset({Code.LABEL, Code.BLAME, Code.THREAT})
DATED = re.compile(TIME_REF.pattern + r"|\b(?:next|this) (?:week|month|1:1|one-to-one)\b|"
                   r"\b(?:tomorrow|in (?:two|three|a few|a couple of|\d+) (?:days|weeks))\b")
# A recap's closing check: "Have I got that right?", "Anything I got wrong?", "did I leave
# anything out", "so heres what i got ... did i leave anything out", "What'd I miss?"
_RECAP_CHECKS = (
    r"(?:have i got (?:that|it|everything|all that) (?:right|down)|did i (?:get (?:that|it|"
    r"everything|all (?:of )?that) right|"
    r"miss anything|forget (?:something|anything))|have i (?:missed|left out|forgotten) anything|"
    r"is (?:that|it) (?:right|fair|a fair summary)|"
    r"does that (?:sound right|capture it)|anything (?:i've |i )?missed|"
    r"anything (?:i've |i )?(?:got |gotten |get )?wrong|anything (?:i've |i have |i )?left "
    r"(?:out|off)|something i(?:'ve)? (?:missed|left out|got wrong)|"
    r"did i (?:leave|miss) (?:anything|something|owt)(?: out)?|have i (?:left|leave) (?:anything|"
    r"something|owt) out|have i missed anythin|what(?:'d| did) i miss|what (?:did|have) i "
    r"(?:forget|forgotten|leave out|left out))\b")
# Three or more points said back, then a check that they are right: a recap, whatever its words.
RECAP_CHECK = re.compile(
    r"^(?:so|ok(?:ay)?|right|alright)(?:,? so)?\b[,:]?\s+[^?,;]+?(?:[,;]| and )[^?,;]+?"
    r"(?:[,;]| and )\s*\w[^?]*?[.:!]?\s*" + _RECAP_CHECKS)
# ... the check alone, anywhere in the turn (listening reads a recap's close with it)
RECAP_CHECKED = re.compile(r"\b" + _RECAP_CHECKS)
_RECAP_CHECK_ANY = re.compile(_RECAP_CHECKS)
_NOT_A_WORD_CHAR = re.compile(r"\W")


def recap_checked_back(low: str) -> bool:
    """RECAP_CHECK, searched only where it can match: before the first "?" and up to the end of
    the last check's word. Its nested lazy spans are cubic in what follows a check they cannot
    use (1.6 s on an 1,800-word run-on); cut there, a turn costs one pass."""
    head = low.split("?", 1)[0]
    last = None
    for found in _RECAP_CHECK_ANY.finditer(head):
        last = found
    if last is None:
        return False
    word_ends = _NOT_A_WORD_CHAR.search(head, last.end())  # (the check's word said whole)
    return RECAP_CHECK.search(head[:word_ends.start() if word_ends else len(head)]) is not None


# What makes a recap the plan's: who will do what, and when.
PLAN_TALK = re.compile(
    r"\b(?:i'll|you'll|we'll|will|i fix|you fix|i own|you own|we meet|meet (?:on|again|next)|"
    r"check in|catch up|by (?:the )?(?:close|end|monday|tuesday|wednesday|thursday|friday|"
    r"tomorrow|next|\d))\b")
# The manager's undertakings about the conversation itself, not the work
TALK_ITSELF = re.compile(
    r"\b(?:i'll|i will|i'm going to|let me|then i) (?:just |mostly |mainly )?(?:shut up|"
    r"(?:ask and )?listen(?: more| today| for now)?(?= *(?:[,.;!?]|$))|tell you (?:what|how) i "
    r"(?:hear|see|saw|noticed?|read it)|be (?:quick|brief|honest|straight|"
    r"frank|blunt|direct|clear)|keep (?:it|this) (?:short|brief|quick)|stop talking|get to the "
    r"point|let you (?:talk|finish|speak|answer)|be (?:with you|done) in a (?:minute|sec|second)|"
    r"come straight to it|cut to the chase)\b[^,.;!?]*")
# Who talks in this conversation: "I would like you to do most of the talking; I will mostly
# listen and ask." (the manager's part in the talk, no help with the work)
_TALK_ROLES = re.compile(r"\bi(?:'ll| will) (?:mostly |mainly |just )?(?:listen and ask|ask and "
                         r"listen)\b|\b(?:i'd|i would) like you to do (?:most of |more of )?the "
                         r"talking\b")
DENIED_ESCALATION = re.compile(
    r"\b(?:i'm not|i am not|i won't|i will not|we're not|we are not|we won't|nobody is|no one is)"
    r"(?: going to)?(?: be)? (?:taking|take|escalating|escalate|putting|put|reporting|report|"
    r"raising|raise|involving|involve|bringing|bring)\b[^.?!]{0,30}?\b(?:hr|disciplinary|formal|"
    r"your file|upstairs|further)\b"
    r"|\b(?:i'm not|i am not|i won't|i will not|we're not|we won't|nobody is)(?: going to)? write "
    r"(?:you|this|it) up\b"
    # "this isn't, you know, a formal process", "today is not a disciplinary"
    # (said "ain't", or the Black Country's "this ay a disciplinary")
    r"|\b(?:this|it|today|that|this meeting|this conversation)(?:'s not| is not| isn't| ain't|"
    r" ay(?= a\b))\b"
    r"[^.?!]{0,24}?\b(?:formal|disciplinary|a warning|hr|a pip|an investigation)\b"
    # their standing said to be safe: "nobody's taking that away from you", "your job is safe",
    # "you're not in trouble"
    r"|\b(?:nobody|no one)(?:'s| is)? (?:taking|going to take|gonna take) (?:that|it|this|any of "
    r"that) away\b|\byour (?:job|role|place|position)(?:'s| is) (?:safe|not at risk|not in "
    r"danger|not on the line)\b|\byou(?:'re| are) not in (?:any )?trouble\b|\b(?:nobody|no one)"
    r"(?:'s| is) (?:firing|sacking|getting rid of) you\b"
    # "Nobody is starting any process today.", "I'm not opening a formal procedure"
    r"|\b(?:nobody|no one|i'm not|i am not|we're not|we are not)(?:'s| is)? (?:starting|opening|"
    r"beginning|going to start|going to open|kicking off) (?:any|a|an) (?:formal )?(?:process|"
    r"procedure|investigation|disciplinary|capability)\b")
# What the manager needs, then how they are to hear of it: "What I do need, whatever the plan
# looks like: when a date is in trouble, I hear it from you that same day"
NEED_THEN_TOLD = re.compile(
    r"\bwhat (?:i|we)(?: do| really| still)? need(?: from you)?(?:,|:| is| here| now)[^?]{0,80}?"
    r"\b(?:i (?:hear|find out) (?:it|about it|that)? ?from you|you (?:tell|warn|message|ping) "
    r"me|you let me know|you come to me|you flag (?:it|that))\b")
# A condition on how things are for them whose consequence is the plan bending to it: "And if
# things with your dad look different now ..., then the plan should change with them."
PLAN_BENDS = re.compile(
    r"\bif\b[^.?!;]{3,140}?,? (?:then )?(?:the|our|your|that) (?:plan|hours|deadlines?|dates?|"
    r"rota|targets?|workload|load) (?:should|can|could|will|would|needs? to|has to|might) (?:\w+ "
    r")?(?:change|move|bend|shift|flex|fit|be (?:changed|adjusted|looked at|moved))\b")
# said back as theirs: "So from your side ...", "okay so waste sheets every night" ("Every day."
# alone restates the bar)
_SO_SAID_BACK = re.compile(r"^(?:(?:okay|ok|right|yeah)[,.]? )?so\b")
# their asking again invited: "asking again is not taking liberties" (no "again" that presses)
_ASKING_AGAIN = re.compile(r"\bask(?:ing|ed)? (?:me |for it |for help )?again\b")
# The bar named as not open to bargaining ("This part is not negotiable."), beside what is asked
# of them: a joke's "Chocolate ones. This is non-negotiable." asks nothing.
NOT_NEGOTIABLE = re.compile(r"\b(?:non-negotiable|not negotiable|not up for negotiation)\b")
# Words with which an expectation is put to them; a reflection without any sets none.
_ASKS_OF_THEM = re.compile(
    r"\b(?:need|needs|must|have to|has to|got to|gotta|expect\w*|should|non-negotiable|standard|"
    r"bar|going forward|from now on|from (?:today|monday|tomorrow|next)|by (?:the )?(?:end|close|"
    r"monday|tuesday|wednesday|thursday|friday|tomorrow|next|\d)|i want|i'd like|make sure|"
    r"no more|please|every|on time|the line|doesn't move|isn't up for|not up for|at the latest|"
    r"is to|are to|kindly|ensure|can't|cannot)\b")
# An order with a process or the job as the other choice: "Fix it by Friday or we talk again
# with HR", "do it, or else it goes on your file"
ULTIMATUM = re.compile(
    r"\bor (?:else[, ]+)?(?:we|we'll|we will|this|it|that|you|you'll|you will|i|i'll|i will|"
    r"there|next)\b[^.?!]{0,40}\b(?:hr|human resources|disciplinary|formal|warning|your file|"
    r"upstairs|fired|sacked|let go|out of here|out the door)\b")
# "Let's see how it goes", "we'll see how things go": no consequence named, nothing threatened
# "let's see how the new rota works for a fortnight" (a thing tried, not "how you do")
WAIT_AND_SEE = re.compile(r"\b(?:let's|let us|we'll|we will|we can|i'll|just) (?:just )?see how "
                          r"(?:it|things|that|this|everything|(?:the|this|that|our|your) "
                          r"(?!you\b)(?:[\w-]+ ){0,2}[\w-]+) (?:goes|go|works|pans out|works out|"
                          r"lands|settles|beds in)\b")
# How a thing they did landed, hedged ("the comments might have come across a bit strong",
# "tagging forty people at once comes across a bit strong"): over-softened feedback on an act,
# not a verdict on the person; "you come across as a bit flaky" is one, and stays a label.
HOW_IT_LANDED = re.compile(
    r"\b(?:come|came|coming|comes) (?:across|over)\b|\bmight have (?:been|come|landed|felt)\b|"
    r"\blanded\b|\b(?:didn't|did not) (?:love|like|enjoy) (?:it|that)\b|\ba (?:bit|tiny bit|"
    r"little|touch|wee bit|teeny bit) (?:strong|direct|sharp|much|blunt|harsh|brusque|abrupt|"
    r"curt|short)\b|"
    # "maybe not everybody took it that way": how it was received, not what they are
    r"\b(?:took|taken|received|heard) (?:it|that|this|them|those|the (?:joke|comments?|remarks?|"
    r"message|email))(?: \w+)? (?:that|the (?:wrong|same)|a different|another) way\b|"
    r"\bnot (?:everybody|everyone|all of them|the whole team) (?:took|found|saw|heard|read|got) "
    r"(?:it|that|the)\b")
YOU_LANDED = re.compile(r"\byou(?:'re| are| were|'ve been)?(?: \w+){0,2} (?:come|came|coming|"
                        r"comes)\b|\bwith you\b|\byou(?:'re| are) (?:a bit|a little|kind of|"
                        r"maybe|just)\b")
# A dated step put to them for a yes ("Would you be okay to have a chat with Leo this week?",
# "Would you be happy to ring them this week?"): a next step proposed, not an interview question.
PROPOSED_STEP = re.compile(
    r"\b(?:would|could) you be (?:okay|ok|happy|willing|up for|open to|comfortable|alright|"
    r"all right)(?: to| with)? (?:\w+ ){1,8}?(?:(?:this|next) (?:week|month|sprint|shift|"
    + DAY + r")|by (?:the )?(?:end|" + DAY + r"|tomorrow|next)|tomorrow|today|on " + DAY
    + r"|before (?:the|our|" + DAY + r"))\b")
THANKS_AGAIN = re.compile(r"\bthank(?:s| you) (?:so much |very much )?again\b")  # no condition
# Their feeling said back to them, first thing: "You were worried that calling for help would
# look like you are not capable.", "It stings because you hold yourself to a high standard."
FEELING_SAID_BACK = re.compile(
    r"^(?:(?:so|ah|oh|right|okay|ok|yeah|mm)[,.]? )*(?:you (?:were|are|'re) (?:worried|afraid|"
    r"scared|nervous|anxious|embarrassed|ashamed|frightened)|(?:it|that) (?:stings|hurts|stung|"
    r"hurt)|you(?:'re| are) not (?:sleeping|getting (?:much )?sleep))\b")
# A wh-question said flat, with a full stop: "So what happened.", "Why did you not tell me."
WH_SAID_FLAT = re.compile(
    r"^(?:(?:so|and|okay|ok|right|well|then),? )?(?:what(?:'s| is| was)? (?:happened|happening|"
    r"going on|went wrong|changed|the (?:story|problem|plan)|up)|(?:what|why|how|who|where|when) "
    r"(?:did|do|does|is|are|was|were|would|will|can|could|come)\b[^.?!]{0,40})\.$")
# ... or a recogniser's whole turn that asks it: "so where do you see yourself in like two years"
_WH_ASKED_SPOKEN = re.compile(
    r"^(?:(?:so|and|okay|ok|right|well|then|um|uh|er),? )*(?:what|why|how|who|where|when) (?:did|"
    r"do|does|is|are|was|were|would|will|can|could)\b[^.?!]*$")
# Asked to do it once more ("read one more time and make it more soft", "Check it one more time
# and then send it"), not "one more late and you're out"
ONCE_MORE_ASKED = re.compile(
    r"\b(?:read|check|look at|look over|go over|go through|try|test|run|review|proofread|listen to|"
    r"explain|walk me through)(?: it| that| this| them| the \w+)? one more time\b(?![^.?!]*\b(?:"
    r"you(?:'re| are|'ll| will)? (?:out|gone|done|finished)|warning|hr|fired|sacked|disciplinary|"
    r"see what happens|i dare you))")
# A tip announced ("How about this: ...", "Here's a tip:") or drawn from the manager's own past
# ("In my old company we always did like this, it worked well.")
TIP_FORM = re.compile(
    r"^(?:(?:ok|okay|so|right|well),? )?(?:how about|what about|here's an idea|here's a tip|try) "
    r"this[:,.]|\bin my (?:old|last|previous|first) (?:company|job|team|place|role|school|"
    r"hospital)\b[^.?!]{0,50}\b(?:worked|we (?:always )?did|used to)\b")
# A suggestion in a wh-question's clothes: "How about you take the lead on the next crit?"
WH_SUGGESTION = re.compile(r"^(?:(?:so|and|but|well|okay|ok|look)[,.]? )*(?:how about (?:you|we|"
                           r"just|trying)|what about (?:trying|just|using|asking|you)|what if you "
                           r"(?:just|tried)|why don't you)\b")
# An early warning asked for: "if a date is slipping, message me the same day"
EARLY_WARNING = re.compile(
    r"\b(?:if|when|as soon as|the moment) (?:a|the|your|any|that|this) (?:date|deadline|"
    r"deliverable|task|ticket|fix|release|delivery)(?: \w+)? (?:is |starts |looks )?(?:slip|"
    r"slips|slipping|at risk|going to (?:slip|be late)|running late|moves)\b[^.?!]{0,25}\b"
    r"(?:message|tell|text|ping|email|call|slack|let|warn|flag it to) (?:me|us)\b")
# A lecture, not a bar: "you must also understand that a team is not only code"
LECTURE = re.compile(r"\byou (?:must|need to|have to|should) (?:also |really )?(?:understand|"
                     r"realise|realize|appreciate|accept|see) (?:that )?[^.?!]*")
PUT_OFF = re.compile(r"\b(?:yet|for now|this time|at this stage|for the moment)\b")
_CLAUSES = re.compile(r",\s*(?:and |but |so )?|;\s*|\s+(?:and|but)\s+(?=(?:i|i'll|let|let's|"
                      r"you|send|give|keep|drop|email|ping|get|update)\b)")


def clauses(text: str) -> list[str]:
    """The turn's sentences cut at commas and at "and" before a new subject or order."""
    out: list[str] = []
    for s in sentences(text) or [text]:
        out += [c.strip(" .!?") for c in _CLAUSES.split(canonical(s)) if c.strip(" .!?")]
    return out


def manager_acts(text: str) -> bool:
    """The manager takes something on for the report (not a formal process against them)."""
    return any(MANAGER_ACTS.search(c) and (not PROCESS.search(c) or FOR_THEM.search(c))
               for c in clauses(text))


def _one_open_question(text: str, pm: PatternMatch) -> bool:
    """The turn asks exactly one question, an open one, and tags none on ("..., no?")."""
    asked = [s for s in pm.sentences if s.is_question]
    return (len(asked) == 1 and asked[0].open_question and not asked[0].either_or
            and not pm.order_tag and canonical(text).count("?") <= 1)


def _asks_aloud(text: str, pm: PatternMatch) -> bool:
    """Recogniser text (no question marks) that still shows a question by its form."""
    if pm.order_tag or any(s.is_question or s.either_or for s in pm.sentences):
        return True
    low = canonical(text)
    cleft = NEED_CLEFT.match(low)  # "what i need going forward is that ...": its "is" states
    after = cleft.end() if cleft else 0
    return bool(SPOKEN_TAG_END.search(low)) or any(
        m.start() >= after and not NOT_INVERSION.search(low[:m.end()])
        for m in SPOKEN_INVERSION.finditer(low))


def _judgement_denied(low: str) -> bool:
    """Every judgement said of them in the turn sits in a reassuring frame, sentence by
    sentence ("Nobody thinks you're lazy. I think the sprint had too much in it.")."""
    # ("i aint saying youre lazy": the same denial in the speaker's own grammar)
    low = _AINT_SAYING.sub(r"i'm not \1", low)
    found = False
    for s in sentences(low) or [low]:
        thing = _THING_THE_PROBLEM.search(s)
        if thing and not _THEIR_WAYS.search(thing.group("thing") or thing.group("named") or ""):
            found = True  # "It is the place and the audience that is the problem, not your
            continue  # intention.": a thing named as the problem, and them cleared of it
        if JUDGED.search(s):
            if not negated_everywhere(JUDGED, s, strict=True):
                return False
            found = True
        # a judging word said of them however the sentence runs, denied in the manager's own
        # voice before it: "I don't think you became careless, Priya, not at all." (the loose
        # words said of things, "the problem", aside; "without calling it garbage" denies nothing)
        hits = [m for m in JUDGE_WORD.finditer(s) if m.group(0) not in LOOSE_JUDGE_WORDS]
        if hits and not JUDGED.search(s):
            if not all(_DENIED_OF_YOU.search(s[:m.start()]) for m in hits):
                return False
            found = True
        denied = _VERDICT_DENIED.match(s.strip())
        if denied and (_FAILING.search(denied.group("verdict")) or JUDGE_WORD.search(
                denied.group("verdict"))):
            found = True  # "I am not thinking you stopped caring.": a verdict in any words,
            # denied in the manager's own voice ("I don't think you care." denies no failing:
            # it is the verdict)
    return found


_AINT_SAYING = re.compile(r"\bi ain't (saying|sayin'|calling|accusing)\b")


# A thing named as the problem and the person cleared of it in the same breath: "It is the
# place and the audience that is the problem, not your intention.", "The problem is the
# channel, not you." ("It's your attitude that's the problem" names them: not this; its cleft
# is read whole, so its "the problem, not your skill" is not read as a thing named alone)
_THING_THE_PROBLEM = re.compile(
    r"\b(?:it(?:'s| is| was) (?P<thing>[^.?!;]{2,60}?) that(?:'s| is| was) the|the) "
    r"(?:real )?(?:problem|issue)(?: (?:is|was) (?!your?\b)(?P<named>[^.?!;]{2,60}?))?,? (?:and )?"
    r"not (?:you|your "
    r"(?:intention|intentions|intent|motives?|heart|character|effort|care|caring|ability|skill|"
    r"attitude|work ethic))\b[^.?!;]*[.!]?$")

# ... but a way of being named as the problem is a verdict on them ("It's the attitude that is
# the problem, not your skill."), and so are they ("It's you that's the problem")
_THEIR_WAYS = re.compile(r"^(?:you|your)\b|\b(?:attitude|mindset|personality|character|temper|"
                         r"ego|tone|manner|behaviou?r|work ethic|effort|commitment)\b")


# The manager's own voice denying what follows: "I don't think", "I'm not saying", "nobody thinks"
_DENIAL = (r"(?:i (?:don't|do not|never) (?:think|believe|reckon|suppose|see)|"
           r"i ain't (?:saying|sayin'|calling you)|"
           # "I don't read any of that as you not caring about the work"
           r"i (?:don't|do not) (?:read|take|see) (?:any of |all of )?(?:this|that|it) as|"
           r"(?:i'm|i am) not "
           r"(?:saying|suggesting|thinking|assuming)|(?:nobody|no one|no-one)(?: thinks| is saying|"
           r"'s saying| says)|"
           # "That doesn't mean I think you've gone lazy", "none of this means you're careless"
           r"(?:(?:that|this|it) (?:doesn't|does not|didn't|did not) mean|none of (?:this|that|it) "
           r"(?:means|says|tells me|suggests)(?: to me)?)(?: that)?"
           r"(?: i (?:think|believe|reckon))?)")
# a whole sentence that denies a verdict on them, whatever its words, with no "but" after it
_VERDICT_DENIED = re.compile(
    r"(?:and |so |now |look,? )?" + _DENIAL + r" (?:for a (?:second|minute|moment) )?(?:that )?"
    r"(?P<verdict>you\b(?:(?! but\b)[^.?!;])*)[.!]?$")
# a failing named in what is denied: "you stopped caring", "you don't try", "you've given up"
_FAILING = re.compile(r"\b(?:stopped|quit|gave up|given up|don't|do not|didn't|did not|never|"
                      r"no longer|can't|cannot|won't|aren't|weren't|isn't|not|lost|lack)\b")


# what may follow a denial in a run-on and say the verdict after all: "i dont think youre lazy
# i think youre disorganised", "im not saying youre lazy but ..."
_VERDICT_AFTER = re.compile(r"\b(?:but|though|however|except|i (?:do )?think|i reckon|i'm "
                            r"saying|i am saying|you're just|you are just|you're (?:being|"
                            r"getting|a)|if anything)\b")
_DENIAL_RX = re.compile(r"\b" + _DENIAL + r"\b")


def _run_on_denial(low: str) -> bool:
    """A recogniser's run-on that denies a verdict and says no verdict after it: "that doesnt
    mean i think youve gone lazy or lost your touch i know fine you havent"."""
    denied = _DENIAL_RX.search(low)
    return denied is not None and not _VERDICT_AFTER.search(low[denied.end():])


# the manager's own denial of a verdict on them, in the clause before the word
_DENIED_OF_YOU = re.compile(r"\b" + _DENIAL + r"\b[^.?!;]{0,40}?\byou\b[^.?!;,]{0,30}$")


# the reason given is how good their work is: "which was a shame, because yours is usually the
# best bit", "because you're normally so good at this"
_PRAISED_BECAUSE = re.compile(
    r"\bbecause (?:yours|your (?:\w+ ){0,2}?(?:work|stuff|part|bit|designs?|code))(?:'s| is| are) "
    r"(?:usually |always |normally |often |really )?(?:the best|the strongest|great|brilliant|"
    r"excellent|so good|really good)\b|\bbecause you(?:'re| are) (?:usually |always |normally |"
    r"often )?(?:so |really )?(?:good|great|brilliant|excellent|strong) at\b")


def _credit_without_fault(low: str) -> bool:
    """Praise that names what they caused, with no fault, judgement or sarcasm beside it (a bad
    thing they stop is no fault: "you are the reason bad builds never reach customers")."""
    return not (JUDGED.search(low) or SARCASM.search(low)
                or negative_words(words(_AVERTED.sub(" ", low))))


# Praise vouched for: "That's not me buttering you up.", "I'm not just saying it."
_SINCERE = re.compile(r"\b(?:that's|that is|this is|it's|its|it is|i'm|i am) not (?:me )?"
                      r"(?:just )?(?:buttering you up|flattering you|flattery|sucking up|blowing "
                      r"smoke|just saying (?:it|that|this)(?: to be nice)?(?=[.!,]|$)|just being "
                      r"nice)\b")
# A bad thing kept away: "many bad builds never reach customers", "mistakes don't get through"
_AVERTED = re.compile(r"(?:\b[\w'-]+ ){0,3}\b(?:never|no longer|rarely|hardly ever|don't|doesn't|"
                      r"didn't|won't)\b (?:\w+ )?(?:reach(?:es|ed)?|get through|get past|"
                      r"get(?:s)?|got|go(?:es)?|went|make it|makes it|ship(?:s|ped)?|"
                      r"happen(?:s|ed)?|leave(?:s)?|left|slip(?:s|ped)?)\b")
# What they caused, told with blame's words but good: "thanks to you we hit the deadline",
# "because of you, the client renewed", "you're the reason the night shift never misses a
# handover"
CREDIT_CAUSED = re.compile(
    r"\b(?:thanks to you|because of you|you(?:'re| are| were) (?:the|a big|a huge|the main|the "
    r"whole) reason)\b,?(?: (?:that|why))? (?:(?!(?:never|not|no|nothing|nobody|none|no one)\b|"
    r"[\w]+n't\b)[\w'-]+ ){0,5}?(?:(?:hit|met|made it|won|renewed|"
    r"saved|passed|kept|caught|stopped|prevented|avoided|fixed|solved|landed|finished|delivered|"
    r"got through|pulled through)\b|(?:never|no longer|rarely) (?:miss|misses|"
    r"missed|fail|fails|failed|break|breaks|broke|drop|drops|crash|crashes|slip|slips|reach|"
    r"reaches|get|gets|go|goes)\b|"
    # something bad kept out: "youre the reason bad builds dont get out the door"
    r"(?:bad|broken|faulty|buggy|untested|wrong|dodgy|dirty|unsafe) [\w-]+ (?:don't|doesn't|"
    r"didn't|won't|never) (?:get|gets|go|goes|make it|makes it|reach|reaches|slip|slips|ship|"
    r"ships|leave|leaves)\b)"
    # the good thing first: "I've still got most of this coffee, thanks to you" ("we missed the
    # deadline, thanks to you" names a loss, which ``_credit_without_fault`` refuses)
    r"|\b(?:hit|met|made it|won|renewed|saved|kept|caught|stopped|prevented|avoided|fixed|solved|"
    r"finished|delivered|still)\b[^.?!;]{0,60}?,? (?:all |partly |largely |mostly )?(?<!no )"
    r"thanks to you\b[.!]*(?:$|\s)")


# Praise of the work and nothing else, straight after they own a lapse ("I forgot to send the
# report to the client." - "Brilliant work, really."): sarcasm, unless it praises the owning up
# ("Well done for telling me") or a recovery they told ("...but I fixed it before nine").
_BARE_PRAISE = re.compile(
    r"^(?:(?:oh|wow|well|ah|right|yeah|okay|ok),? )*(?:(?:really |just )?(?:great|good|nice|"
    r"brilliant|fantastic|marvellous|wonderful|excellent|super|superb|stellar|amazing|"
    r"outstanding|terrific|top) (?:job|work|effort|stuff|going|show)|well done|nice one|bravo|"
    r"congratulations|congrats)\b[^?]*$")
# "Keep it up." on its own, and the next meeting named: what closes praise ("Keep this up and
# you're gone" goes on to the consequence)
_KEEP_IT_UP = re.compile(r"^(?:(?:so|just|and),? )?keep (?:it|this|that) up(?:,? \w+)?[.!]*$")
_SEE_YOU_THEN = re.compile(r"^(?:same time next (?:week|month|\w+day)|see you (?:next \w+|then|"
                           r"on \w+))[.!]*$")
_PRAISES_OWNING = re.compile(
    r"\b(?:for (?:telling|letting|flagging|owning|being (?:honest|straight|upfront)|coming|"
    r"saying|admitting|raising|catching|spotting|fixing|sorting)|thanks|thank you|honest|"
    r"own(?:ed|ing) (?:it|up))\b")
_OWN_LAPSE = re.compile(
    r"\bi(?:'ve| have)? (?:forgot|forgotten|missed|lost|broke|messed|dropped|skipped|overslept|"
    r"slept through|didn't|did not|didnt|couldn't|wasn't able|was late|screwed)\b|\bmy (?:fault|"
    r"mistake|bad)\b")
_RECOVERED = re.compile(r"\b(?:but|still|anyway|managed|fixed|sorted|caught|recovered|in the "
                        r"end|made it)\b")


_OWN_RESULT = re.compile(
    r"\b(?:i|we)(?:'ve| have)? (?:just |finally |actually )?(?:finished|closed|sorted|fixed|hit|"
    r"delivered|shipped|submitted|completed|passed|won|landed|signed|cleared|got through|got the|"
    r"beat|solved|launched|finished off)\b")
# The sneer's own markers: "Finally.", "Only took you three weeks.", "A miracle.", "for once",
# "the test that literally everyone passes"
_SNEER_MARK = re.compile(r"\b(?:finally|only took|about time|miracle|for once|at last|"
                         r"shock|surprise|really\?|eventually|i suppose|i guess|literally|"
                         r"everyone|everybody|anyone|even)\b")


# What went wrong, said by the manager before the praise that ends the turn ("Tom covered for
# you twice on a Monday. Skipped his lunch both times. Brilliant work, really.")
_LAPSE_TOLD = re.compile(
    r"\b(?:covered for you|cover for you|skipped|missed|late|lost|broke|broken|failed|"
    r"complain\w*|escalat\w*|cancelled|forgot|didn't|did not|never|again|no-show|wrong|mess|"
    r"mistakes?|errors?|behind)\b")


def _praise_after_a_lapse_told(low: str) -> bool:
    """A turn that tells what went wrong and ends on bare praise of the work: sarcasm."""
    said = sentences(low)
    if len(said) < 2:
        return False
    last = said[-1].strip()
    return bool(len(words(last)) <= 6 and _BARE_PRAISE.match(last)
                and not _PRAISES_OWNING.search(last) and _LAPSE_TOLD.search(" ".join(said[:-1])))


# Praise of a quality the act just told lacked, said last: "Your review comments on Jun's pull
# request. \"Did you even run this?\" Very collegial.", "Two in one week. Quite the achievement."
_IRONIC_TAIL = re.compile(
    r"^(?:(?:oh|wow|well|yeah|right),? )?(?:(?:quite|some|what) (?:the |an? )?(?:achievement|"
    r"feat|accomplishment|record)|(?:very|how|so|really) (?:collegial|professional|mature|helpful|"
    r"constructive|classy|supportive|diplomatic|gracious|considerate|thoughtful|kind))[.!]*$")
# ...unless what came before it praised them too ("You were very calm. Very professional.")
_PRAISE_BEFORE = re.compile(r"\b(?:thank\w*|merci|grateful|proud|well done|calm|great|brilliant|"
                            r"good job|lovely|handled|impressed|amazing|excellent)\b")


def _ironic_tail(low: str) -> bool:
    """A turn that tells something and ends on praise of a quality it lacked: sarcasm."""
    # (the last sentence may follow a quote: '"Did you even run this?" Very collegial.')
    *before, last = re.split(r"[.!?][\"'”’]*\s+", low.strip())
    return bool(before) and bool(_IRONIC_TAIL.match(last.strip())) and not any(
        _PRAISE_BEFORE.search(x) or AFFIRMATION.search(x) for x in before)


def _praise_read_in_context(low: str, context: str | None) -> Code | None:
    """Praise and nothing else, read with what the report just said: straight after they own a
    lapse it is sarcasm (`label`: "I forgot to send the report." - "Brilliant work, really."),
    unless it praises the owning up ("Well done for telling me straight away.") or a recovery
    they told; straight after a result they tell it is praise (`affirmation`: "I finished the
    audit." - "Great job."), which the context's words alone had read as sarcasm."""
    if context is None or len(words(low)) > 12 or not _BARE_PRAISE.match(low.strip()):
        return None
    ctx = canonical(context)
    sneers = bool(_SNEER_MARK.search(low) or SARCASM.search(low))
    if _OWN_LAPSE.search(ctx):
        if _PRAISES_OWNING.search(low):
            return None if sneers else Code.AFFIRMATION
        return None if _RECOVERED.search(ctx) else Code.LABEL
    return Code.AFFIRMATION if _OWN_RESULT.search(ctx) and not sneers else None


def _mocking_echo(low: str, context: str | None) -> bool:
    """The turn opens by echoing the report's own words in a fragment of one to four words and
    mocks them at once ("Alarm. Seriously?" after "My alarm didn't go off.")."""
    said = sentences(low)
    if context is None or len(said) < 2:
        return False
    echo = words(said[0])
    theirs = set(words(canonical(context)))
    content = [w for w in echo if w not in STOPWORDS]
    if not 1 <= len(echo) <= 4 or not content or not all(
            w in theirs or w.rstrip("s") in theirs or w + "s" in theirs for w in content):
        return False
    return any(MOCKING_REPLY.match(s.strip()) and len(words(s)) <= 6 for s in said[1:3])


def _fault_denied(low: str) -> bool:
    """Fault denied of them in a plain statement, and nothing else in the turn about what they
    did ("It wasn't your fault."; not "How is it not your fault?", "If it wasn't your fault,
    whose was it?", "don't stand there telling me it wasn't down to you", nor "Not blaming
    you! It was the settings you changed.")."""
    said = sentences(low) or [low]
    cleared = [s for s in said if (m := EXONERATED.search(s)) and len(words(s[:m.start()])) <= 3
               and "?" not in s and not re.match(r"\s*(?:if|how|so how|but)\b", s)
               and " but " not in s]
    rest = [s for s in said if s not in cleared]
    return bool(cleared) and not any(re.search(r"\byou(?:'re|'ve|r)?\b", s) or SARCASM.search(s)
                                     for s in rest)


@dataclass
class _Turn:
    """A turn's coding while the firm rules run over it: what they read and what they change."""

    text: str
    low: str  # canonical(text)
    context: str | None
    codes: set[Code]
    primary: Primary
    recap: bool = False  # points handed back for checking
    plan_recap: bool = False  # ... and they are what will happen


def _plan_talk_before(t: _Turn) -> None:
    """Reporting back asked for, check-ins as openers, what the manager takes on, and who a lapse
    reached."""
    parts = clauses(t.text)
    asks_back = [c for c in parts if UPDATE_REQUEST.search(c)]
    if asks_back:
        rest = [c for c in parts if c not in asks_back]
        if not any(SUPPORT.search(c) or manager_acts(c) for c in rest):
            t.codes.discard(Code.SUPPORT_OFFER)
        if all(PLEASANTRY.match(c) or FOLLOW_UP.search(c) for c in rest):
            t.codes.discard(Code.COMMITMENT)  # reporting back and checking in change nothing
    if Code.FOLLOW_UP in t.codes and OPENING_CHECK_IN.search(t.low) and not asks_back \
            and len(FOLLOW_UP.findall(t.low)) <= 1 and not DATED.search(t.low):
        t.codes.discard(Code.FOLLOW_UP)
    if t.codes & {Code.COMMITMENT, Code.SUPPORT_OFFER} and ASSUMED_AGREEMENT.search(t.low) \
            and not OTHER_UNDERTAKING.search(ASSUMED_AGREEMENT.sub(" ", t.low)):
        t.codes -= {Code.COMMITMENT, Code.SUPPORT_OFFER}  # "I'll take it that this won't happen
        if not t.codes:  # again": agreement assumed for them, nothing taken on or agreed
            t.codes.add(Code.INFORMATION)
    if not t.codes & _JUDGING and (manager_acts(t.text) or PAIRED_WITH.search(t.low)):
        t.codes.add(Code.SUPPORT_OFFER)
    said = sentences(t.low) or [t.low]
    offers = [s for s in said if OFFER_ASKED.search(s) and not NOT_AN_OFFER.search(s)]
    two = OFFER_THEN_ASKED.search(t.low)
    if two and not NOT_AN_OFFER.search(two.group(0)):
        offers += [s for s in said if s.strip() and (s.strip() in two.group(1)
                                                     or s.strip() in two.group(2))]
    if offers and not t.codes & _JUDGING and not (
            SARCASM.search(t.low) or ADVICE.search(t.low) or ADVICE_QUESTION.search(t.low)):
        t.codes.add(Code.SUPPORT_OFFER)  # "Shall I ask Kasia to pair with you tomorrow?": an
        # offer put up for a yes; when it is all the turn says, no advice to them and no step set
        if all(s in offers or PLEASANTRY.match(s) for s in said) and not PLAN_FRAME.search(t.low):
            t.codes -= {Code.ADVICE, Code.COMMITMENT}
    if AFFECTED.search(t.low) and not NEGATED_AFFECT.search(t.low):
        t.codes.add(Code.IMPACT)  # "212 customers couldn't check out": who it reached, and how


def _recap(t: _Turn) -> None:
    """Points handed back for checking, and whether they are what will happen (read by the
    threat and plan rules)."""
    t.recap = recap_checked_back(t.low) and not t.codes & _JUDGING
    will_happen = PLAN_TALK.search(_BELIEVED_WILL.sub(" ", t.low)) is not None
    if t.recap:
        t.plan_recap = will_happen
    elif _PLAN_CHECKED.match(t.low) and not t.codes & _JUDGING:
        t.plan_recap = will_happen or _STEP_IN_PRESENT.search(t.low) is not None


# The plan said back in a sentence or two and checked ("So you'll try the later shift for two
# weeks. Is that right?"): the steps they agreed, fewer than a recap's three points
_PLAN_CHECKED = re.compile(
    r"^(?:(?:ok(?:ay)?|right|good|great|alright|lovely|perfect)[,.!]*\s+)?so,?\s+(?:you|i|we)\b"
    r"[^?]{3,240}?[.,!]?\s*(?:is (?:that|it) right|have i got (?:that|it) right|does that (?:sound "
    r"right|work(?: for you)?)|yes|right|ok(?:ay)?|correct|agreed)\?\s*$")
# ... its steps in the present tense, as many speakers put a plan, with the span or day each
# runs to ("you try the later shift for two weeks, and I ask HR on Wednesday"); not what
# happened ("you came in at ten on Monday") nor what they feel or think
_STEP_IN_PRESENT = re.compile(
    r"\b(?:you|i|we) (?!\w+ed\b|(?:came|went|left|got|sent|made|took|did|said|told|forgot|was|"
    r"were|had|ran|felt|thought|knew|saw|heard|think|feel|know|mean|seem|want|need|are|am|"
    # (the other common irregular pasts: "So you met with Sam on Tuesday, right?")
    r"met|lost|spoke|kept|wrote|drove|spent|broke|gave|brought|bought|caught|taught|fell|paid|"
    r"sold|stood|won|woke|rode|chose|began|became|ate|drank|flew|slept|overslept|built|found|"
    r"held|meant|sat|stuck|threw|understood|lent|froze|hid|shook|wore|tore|fought|grew|hung|"
    r"rang|stole|swore|swept|dealt|dug|sought|shot|sang|swam|rose|forgave)\b)"
    r"[a-z]+\b[^.?!;]{0,60}?\b(?:for (?:a|one|two|three|four|six|the next|\d+) (?:days?|weeks?|"
    r"months?)|(?:on|by|from|this|next) (?:mon|tues|wednes|thurs|fri)day|tomorrow|this week|"
    r"next week)\b")


# What someone expects to happen is no step: "when something lands that you reckon will break",
# "you think the client will walk"
_BELIEVED_WILL = re.compile(r"\b(?:reckon|think|thought|worry|worried|fear|feared|feel|expect|"
                            r"afraid|sure|bet|suspect)(?: that)? (?:[\w']+ ){0,3}?will\b")


# Either way is fine with the manager: "If managing people isn't for you, that's okay.", "if you
# decide to stay where you are thats totally fine" (not the softener "..., if that's okay?")
ACCEPTED_EITHER_WAY = re.compile(
    r"\bif\b[^.?!;]{3,90}?,? (?:then )?(?:that'?s|that is|it'?s|it is) (?:totally |completely |"
    r"absolutely |perfectly |also |really |honestly |genuinely )?(?:okay|ok|fine|alright|all "
    r"right|no problem)(?: too| with me| by me| as well)?(?=[\s,.!]|$)")
# ... unless someone else is waiting to take it on: "if you dont want to do it properly thats
# fine someone else will"
_REPLACED = re.compile(r"\b(?:someone|somebody|anyone|others?) else (?:will|can|would|is|who)\b|"
                       r"\bplenty of \w+ (?:who|that) (?:want|would)\b|\bthe door\b")
# What they might be holding back, asked for as a condition: "if youve got it in your head that
# the only way up is managing people then id really like to hear about that", "If somebody told
# you something before the reorg ..., I want to know it.", "If some other road interests you,
# you can say it here, nobody will be offended." An invitation to tell, no consequence;
# the manager's own condition beside it ("if I don't know, I cannot fix nothing") presses nothing.
WANTS_TO_HEAR = re.compile(
    r"\bif\b[^.?!;]{3,160}?,? (?:then )?(?:i|i'd|i would|i do) (?:really |genuinely |honestly |"
    r"truly )?(?:like|love|want|need|wanna) to (?:hear|know|understand)\b(?: (?:more )?about)?"
    r"(?: (?:it|that|this|them|more|it all))?"
    # "If some other road interests you, ..., you can say it here, nobody will be offended."
    r"|\bif\b[^.?!;]{3,160}?,? (?:then )?(?:you can|you could|feel free to|please) (?:say|tell|"
    r"bring|raise|share|mention)\b(?: (?:it|that|this|so|me))?(?: (?:here|to me|with me))?"
    r"(?:,? (?:and )?(?:nobody|no one|no-one) (?:will|would|is going to) (?:be offended|mind|"
    r"judge you|hold it against you|think less of you))?")
_UNKNOWN_UNFIXED = re.compile(
    r"\bif i (?:don't|do not|didn't) know(?: about it)?,? i (?:can't|cannot|can not|won't) "
    r"(?:fix|help|change|do)\b[^.?!;]*")
# praise that turns: "the family thanked you, but I've had two complaints this month"
_PRAISE_TURNED = re.compile(r"\b(?:but|however|though|although|yet)\b")
# Thanks or praise others gave them, passed on: "the vp thanked you by name at the all hands",
# "the family wrote a card ... they said you were the only one who explained things"
PRAISE_PASSED_ON = re.compile(
    r"\b(?:thanked|praised|complimented) you\b|\bwrote (?:a|you a|in a) (?:card|thank.you)\b|"
    r"\bsaid you(?:'re| are| were) (?:the only one who|the best|brilliant|amazing|fantastic|"
    r"great|a star|a lifesaver)\b|\b(?:rated|gave) it (?:\d|five|four|ten)(?: out of| stars)\b")


def _pressure_in(text: str, *extra: re.Pattern[str]) -> bool:
    """Whether what is left of a turn, once a harmless part is taken out, still presses: a
    threat, a consequence or a condition in words (or one of ``extra``)."""
    return any(rx.search(text) for rx in (THREAT, CONSEQUENCE_IF, CONDITION, *extra))


# This talk not to be had again ("and we dont have this talk again got it", "don't make me have
# this conversation again"): a warning, no meeting booked; "see how that suits ya" a taunt
_NOT_AGAIN = re.compile(r"\b(?:don't|do not|won't|will not|never|not) (?:make me |want "
                        r"to |have to |going to |gonna )?(?:have|having) (?:this|that|the same) "
                        r"(?:talk|conversation|chat|discussion) again\b")
_SUITS_YOU = re.compile(r"\bsee how (?:that|it|this) suits (?:you|ya|ye|yous)\b")
# Their ambition asked about: "Don't you want to be a manager someday?"
_AMBITION_ASKED = re.compile(r"\bwant to (?:be|become) (?:a |an )?[\w-]+(?: [\w-]+)? (?:someday|"
                             r"some day|one day|eventually|in (?:a few|five|ten|two|three) "
                             r"years)\b")
# Something offered at their wish: "if you want to hear from people who teach, I set that up"
_OFFERED_IF = re.compile(r"\bif you(?:'d| would)? (?:want|like|wish|fancy)\b")
# What their act does to others: "what happens to people when it goes out in front of 180"
_HAPPENS_TO_OTHERS = re.compile(
    r"(?<!you know )(?<!you know, )(?<!remember )(?<!we all know )"
    r"\bwhat (?:happens|it does|that does|this does) to (?:people|others|the team|the others|"
    r"colleagues|folks|everyone|everybody|the juniors|the new (?:starters|folks|people)|them|"
    r"him|her|leo|the \w+ team) when\b")
# Menace by who will hear of it or where they will be sent: "And HR will be interested in the
# pattern too.", "either you're back running crit next week, or I'll have a word about moving you
# onto the marketing banners" ("or I could move you to days" offers a choice)
_MENACE = re.compile(
    r"\b(?:hr|human resources|the director|head office|upstairs|regional|the board|the partners)"
    r"(?: \w+)? (?:will|would|is going to|are going to|'ll) be (?:very |really |quite |most )?"
    r"(?:interested|keen to hear|curious)\b|\bor (?:else )?i(?:'ll| will)(?: [\w']+){0,4}? "
    r"(?:moving|move|transferr?\w*|putting|put) you (?:onto|on|to|off|back)\b")


# a condition that is their feeling ("if this feels unfair", "if you feel watched"), and the
# manager's understanding of it
_FEELING_IF = re.compile(r"\bif (?:this|it|that|all this|any of this|you) (?:feels?|seems?|"
                         r"looks?|sounds?|are feeling|felt)\b")
_UNDERSTOOD = re.compile(r"\bi (?:understand|get (?:it|that|why)|can see why|can imagine)\b|"
                         r"\b(?:that's|that is|it's|it is) (?:fair|understandable|natural)\b")


def _threats(t: _Turn) -> None:
    """Threats denied, put as an ultimatum, taken on for them, waited out or only recapped."""
    if Code.THREAT not in t.codes and _MENACE.search(t.low):
        t.codes = (t.codes - {Code.SUPPORT_OFFER, Code.INFORMATION, Code.COMMITMENT}) | {
            Code.THREAT}
        t.primary = Primary.INPUT
    if Code.THREAT in t.codes and _AMBITION_ASKED.search(t.low) and all(
            x.rstrip().endswith("?") for x in sentences(t.low) or [t.low]) and not (
            _YOUR_PLACE.search(t.low) or THREAT.search(t.low) or _pressure_in(t.low)
            or re.search(r"\b(?:here|stay|still)\b", t.low)):
        t.codes.discard(Code.THREAT)  # "Don't you want to be a manager someday?": a leading
        t.codes.add(Code.CLOSED_QUESTION)  # question about their ambition, no menace in it
        if t.codes <= {Code.OPEN_QUESTION, Code.CLOSED_QUESTION}:
            t.primary = Primary.QUESTION
    if Code.FOLLOW_UP in t.codes and (_NOT_AGAIN.search(t.low) or _SUITS_YOU.search(t.low)) \
            and not TALK_AGAIN.search(t.low):
        t.codes.discard(Code.FOLLOW_UP)
        if _NOT_AGAIN.search(t.low) and not _fault_denied(t.low):
            t.codes.add(Code.THREAT)
            t.primary = Primary.INPUT
    if {Code.THREAT, Code.REFLECTION} <= t.codes and THEIR_VIEW.search(t.low) \
            and _CHECKED.search(t.low) and not THREAT.search(t.low):
        # "... you feel the only ladder here goes up to managing people, and if that step is
        # not for you, you must stand still. Is that close?": their fear said back and checked
        t.codes.discard(Code.THREAT)
    if Code.THREAT in t.codes and _UNDERSTOOD.search(t.low) and len(_FEELING_IF.findall(
            t.low)) == len(re.findall(r"\bif\b", t.low)) > 0 and not (
            THREAT.search(t.low) or CONSEQUENCE_IF.search(t.low) or _MENACE.search(t.low)
            or _YOUR_PLACE.search(t.low)):
        # "If this feels unfair, or like being watched, I understand why. I am not taking back
        # the dates": their feeling met, the only "if" theirs; no menace to them
        t.codes = (t.codes - {Code.THREAT}) | {Code.REFLECTION}
    if Code.THREAT in t.codes and _HAPPENS_TO_OTHERS.search(t.low) and not (
            THREAT.search(t.low) or CONSEQUENCE_IF.search(t.low) or _MENACE.search(t.low)
            or _YOUR_PLACE.search(t.low) or re.search(r"\bthink about (?:it|that)\b", t.low)):
        # "what im looking at is what happens to people when it goes out in front of 180 of
        # em": what their act does to others, no menace to them
        t.codes.discard(Code.THREAT)
        t.codes.add(Code.IMPACT)
    if Code.THREAT in t.codes and _OFFERED_IF.search(t.low) and manager_acts(t.low) and not (
            THREAT.search(t.low) or CONSEQUENCE_IF.search(t.low) or _MENACE.search(t.low)
            or _YOUR_PLACE.search(t.low) or PROCESS.search(t.low)):
        # "my part this week i ask the head of analytics what a senior analyst path looks like
        # ... and if you want to hear from people who teach for a living i set that up": the
        # manager acting for them, offered; no menace
        t.codes.discard(Code.THREAT)
        t.codes.add(Code.SUPPORT_OFFER)
    denied = DENIED_ESCALATION.search(t.low)
    if denied and PUT_OFF.search(t.low[denied.end():denied.end() + 25]) \
            and Code.THREAT not in t.codes:
        t.codes.add(Code.THREAT)  # "Nobody's firing you. Yet.": safe only for now
        t.codes -= {Code.INFORMATION, Code.SUPPORT_OFFER}
        t.primary = Primary.INPUT
        return
    if Code.THREAT in t.codes and ADMIN_ASKED.search(t.low) and not _pressure_in(t.low):
        t.codes.discard(Code.THREAT)  # "HR asked me about your leave dates.": a message passed on
        t.codes.add(Code.INFORMATION)
    if Code.THREAT in t.codes and ONCE_MORE_ASKED.search(t.low) and not _pressure_in(
            ONCE_MORE_ASKED.sub(" ", t.low), NEXT_TIME_GONE, DARE_OR_SANCTION):
        t.codes.discard(Code.THREAT)  # "read one more time and make it more soft": do it again
        if not t.codes:
            t.codes.add(Code.ADVICE if TIP_FORM.search(t.low) else Code.EXPECTATION)
    if Code.THREAT in t.codes and HELP_OFFERED.search(t.low) and not _pressure_in(t.low):
        t.codes.discard(Code.THREAT)  # "HR can also look at reduced hours or a shorter week."
        t.codes.add(Code.SUPPORT_OFFER)
    if (Code.THREAT in t.codes and DENIED_ESCALATION.search(t.low) and not PUT_OFF.search(t.low)
            and not _pressure_in(DENIED_ESCALATION.sub(" ", t.low))):
        t.codes.discard(Code.THREAT)  # "I'm not going to take this to HR" reassures
        t.codes.add(Code.INFORMATION)
    if Code.EXPECTATION in t.codes and ULTIMATUM.search(t.low) \
            and not DENIED_ESCALATION.search(t.low):
        t.codes.add(Code.THREAT)  # "Fix it by Friday or we talk again with HR. Clear?"
        t.codes.discard(Code.FOLLOW_UP)
        if t.primary != Primary.INPUT:
            t.primary = Primary.INPUT
    if Code.THREAT in t.codes and PROCESS.search(t.low):
        # "I'll find out from HR what the rules actually say": the manager acting for them
        # (``manager_acts``) is the only place a process is named
        left = " ".join(c for c in clauses(t.text) if not manager_acts(c))
        if not _pressure_in(left, PROCESS) and left != canonical(t.text):
            t.codes.discard(Code.THREAT)
            t.codes.add(Code.SUPPORT_OFFER)
    if Code.THREAT in t.codes and CARING_IF.search(t.low) and PROCESS.search(t.low):
        # "if a different start time would help, I'll take it to HR this week": the manager
        # takes their case to a process, on a condition that is about helping them
        left = CARING_IF.sub(" ", " ".join(c for c in clauses(t.text)
                                           if not MANAGER_ACTS.search(c)))
        if not _pressure_in(left, PROCESS):
            t.codes.discard(Code.THREAT)
            t.codes.add(Code.SUPPORT_OFFER)
    if Code.THREAT in t.codes and FLEX_OFFERED.search(t.low) and not THREAT.search(t.low) \
            and not _pressure_in(CARING_IF.sub(" ", t.low)):
        # "If any of it's eating your mornings and you want to tell me, I'm not going to judge,
        # and there's more wiggle room here than people think.": room offered, no menace said
        t.codes.discard(Code.THREAT)
        t.codes.add(Code.SUPPORT_OFFER)
    if Code.THREAT in t.codes and WAIT_AND_SEE.search(t.low) and not _pressure_in(
            THANKS_AGAIN.sub(" ", WAIT_AND_SEE.sub(" ", t.low)), PROCESS, PUT_OFF):
        t.codes.discard(Code.THREAT)  # a weak close, not pressure
        if not t.codes:
            t.codes.add(Code.INFORMATION)
    said = sentences(t.low) or [t.low]
    if Code.THREAT in t.codes and any(_KEEP_IT_UP.match(x.strip()) for x in said) and all(
            _KEEP_IT_UP.match(x.strip()) or _BARE_PRAISE.match(x.strip())
            or _SEE_YOU_THEN.match(x.strip()) or TALK_AGAIN.search(x) for x in said):
        t.codes.discard(Code.THREAT)  # "Keep it up. Same time next month.": praise, no "or else"
        t.codes.add(Code.AFFIRMATION)
        if t.codes == {Code.AFFIRMATION}:
            t.primary = Primary.OTHER  # praise alone, as the coder has it
    if Code.THREAT in t.codes and (SUMMARY.search(t.low) or t.recap) and not (
            THREAT.search(t.low) or CONSEQUENCE_IF.search(t.low) or PROCESS.search(t.low)):
        t.codes.discard(Code.THREAT)  # a recap of what was agreed names no consequence
    if Code.THREAT in t.codes and PLAN_BENDS.search(t.low) and not _pressure_in(
            _ASKING_AGAIN.sub(" ", PLAN_BENDS.sub(" ", t.low)), PROCESS, OTHERS_WANT_YOUR_PLACE,
            _REPLACED):
        t.codes.discard(Code.THREAT)  # "if things at home look different, the plan should
        t.codes.add(Code.SUPPORT_OFFER)  # change with them": room made, no consequence
    if Code.THREAT in t.codes and WANTS_TO_HEAR.search(t.low) and not _pressure_in(
            _UNKNOWN_UNFIXED.sub(" ", WANTS_TO_HEAR.sub(" ", t.low)), PROCESS,
            OTHERS_WANT_YOUR_PLACE, _REPLACED):
        t.codes.discard(Code.THREAT)  # "if somebody promised you something, I want to know it"
        if not t.codes:
            t.codes.add(Code.INFORMATION)
    if Code.THREAT in t.codes and ACCEPTED_EITHER_WAY.search(t.low) and not _pressure_in(
            ACCEPTED_EITHER_WAY.sub(" ", t.low), PROCESS, OTHERS_WANT_YOUR_PLACE, _REPLACED):
        t.codes.discard(Code.THREAT)  # "If managing people isn't for you, that's okay."
        if not t.codes:
            t.codes.add(Code.INFORMATION)


# What a verdict on them is not, whatever else the model read in the words: hearing them, praise
# or neutral facts
_NOT_WITH_A_VERDICT = frozenset({Code.REFLECTION, Code.SUMMARY, Code.AFFIRMATION,
                                 Code.INFORMATION})


# Their own view, said back: "you feel", "the idea that", "you've told yourself"
THEIR_VIEW = re.compile(r"\byou(?:'ve| have)? (?:feel|felt|think|thought|believe|told yourself|"
                        r"been telling yourself|been holding yourself to)\b|\bthe (?:idea|feeling|"
                        r"belief|sense) that\b")

# Their ability praised in plain words ("because you're good", "you're genuinely talented"), and
# the turn holds nothing that turns it: no "but", no jab, no sarcasm, not straight after a lapse
# they own
_ABILITY = re.compile(r"\byou(?:'re| are|re) (?:really |very |so |genuinely |properly )?(?:good|"
                      r"great|talented|brilliant|excellent|strong|skilled|one of the best)\b"
                      r"(?! at (?:being|making|finding|excuses))|"
                      # "Really great job, I am very proud of you."
                      r"\b(?:i'm|i am|im) (?:so |very |really |genuinely )?proud of you\b|"
                      r"\b(?:really |very )?(?:great|excellent|brilliant|fantastic|superb|amazing)"
                      r" (?:job|work)\b")
_TURNS_IT = re.compile(r"\b(?:but|though|however|although|yet|except|still|just|only|shame|pity|"
                       r"wonder|maybe|bit|little|sometimes|whereas|while|not|never|lucky)\b")


def _ability_praised(low: str, context: str | None) -> bool:
    return bool(_ABILITY.search(low)) and not (
        _TURNS_IT.search(low) or "?" in low or SARCASM.search(low) or JUDGED.search(low)
        or negative_words(words(low))
        or (context is not None and _OWN_LAPSE.search(canonical(context))))


def _advice_only_theirs(low: str) -> bool:
    """Every tip-like phrase in the turn sits inside a reflection's frame ("It sounds like you
    think you should...", "you feel you have to..."): what they hold themselves to, said back."""
    found = False
    for s in sentences(low) or [low]:
        for rx in (ADVICE, ADVICE_QUESTION):
            for m in rx.finditer(s):
                found = True
                frame = [f for x in (REFLECTION_STEM, THEIR_VIEW)
                         for f in x.finditer(s[:m.start()])]
                between = s[max(f.end() for f in frame):m.start()] if frame else ""
                if not frame or re.match(r"\s*(?:i|my|if i|what i)\b", m.group(0)) or len(
                        words(between)) > 12 or re.search(r"\b(?:but|so|then)\b|;", between):
                    return False  # the manager's own voice, or a new clause after the frame
    return found


def _judging_words(s: str) -> bool:
    """A sentence that judges in some word: a judging or negative word, sarcasm, a verdict."""
    return bool(JUDGED.search(s) or SARCASM.search(s) or negative_words(words(s))
                or character_verdict(s) or any(rx.search(s) for _, rx in JUDGING_CUES))


# What people around them believe, told as the place's belief: "Many people here think the only
# staircase up is to manage people.", "A lot of folk assume you have to manage to get on."
# (what they believe of them, "you're ...", "you don't pull your weight", "you never finish
# anything", is a verdict in others' mouths)
_OTHERS_BELIEVE = re.compile(
    r"^(?:and |but |so |i know )?(?:many|a lot of|lots of|most|some|plenty of) (?:people|folk|"
    r"folks|of us|managers|analysts|engineers)(?: here| in this (?:company|team|place)| around "
    r"here)? (?:think|believe|assume|feel|say|will tell you)\b(?![^.?!;]*\byou(?:'re| are| "
    r"don't| do not| never| can't| cannot| won't| aren't| didn't| haven't)\b)"
    r"[^?]*$")


# Others' jobs ended over less, told as a warning: "Careers in my old department ended over
# rather less.", "People have been let go for much less."
_ENDED_FOR_LESS = re.compile(
    r"\b(?:people|others|folk|careers|jobs|contracts)\b[^.?!;]{0,40}\b(?:ended|have ended|"
    r"finished|were lost|got cut short|(?:have |had )?been (?:let go|fired|sacked|dismissed|"
    r"managed out|ended)) (?:for|over) (?:much |rather |a lot |far |a good deal )?less\b")


# Options laid out for them to choose from ("Let me propose you three directions, only to
# explore, not to choose today: ...", "Here are a few paths you could take"): no verdict on them,
# however their words echo in it
OPTIONS_PUT = re.compile(
    r"\b(?:propose|offer|suggest|put|lay out|give|show|share)(?: to)?(?: you)? (?:two|three|four|a "
    r"few|a couple of|some|several) (?:\w+ )?(?:options|directions|paths|possibilities|ideas|"
    r"routes|roads|choices)\b|\b(?:here are|there are) (?:two|three|a few|a couple of|some) "
    r"(?:\w+ )?(?:options|directions|paths|possibilities|routes|roads) (?:you could|we could|"
    r"open|for you)\b")
# A guess at how they feel about themselves, offered for checking ("I am guessing maybe you feel
# you should already know all this by now, and asking would look like you are not good enough.
# Is that right?"): the judgement is the one they fear, said back, not the manager's verdict
_GUESS_OF_THEIR_FEAR = re.compile(
    r"\b(?:i(?:'m| am) guessing|i wonder(?: if| whether)?|i'?m wondering(?: if| whether)?|i "
    r"suspect|my guess is|my sense is|i get the sense|it sounds like|correct me if i'?m wrong)"
    r"[^.?!]{0,20}?\byou(?: might| may| probably| perhaps| maybe)? (?:feel|felt|worry|are worried|"
    r"were worried|fear|are afraid|were afraid)\b")
# A check of what was just said back ("Is that right?", "Is it correct?", "Have I got that
# right?"): at the end of a turn (``_CHECKED``), or a sentence of its own (``_CHECK_ONLY``)
_CHECK = (r"(?:is (?:it|that) (?:correct|right|fair|close)|is that it|am i (?:right|close)|did i "
          r"get (?:it|that) right|have i got (?:it|that) right|does that (?:fit|sound right|ring "
          r"true)|tell me if i'?m (?:off|wrong|way off)(?: (?:the beat|base|the mark|track))?"
          r"(?: there)?)\s*[?.]?")
_CHECKED = re.compile(_CHECK + r"\s*$")
_CHECK_ONLY = re.compile("^" + _CHECK + "$")


def _heard_then_felt(low: str, context: str) -> bool:
    """Their account said back in their own words, then how it felt ("So you weren't asked, and
    you found out from a channel rather than from a person. That stung.")."""
    said = sentences(low)
    if len(said) < 2 or not FEELING_SAID_BACK.match(said[-1].strip()):
        return False
    theirs = {w.rstrip("s") for w in words(canonical(context))}
    for s in said[:-1]:
        content = [w for w in words(s) if w not in STOPWORDS]
        if not re.match(r"\s*(?:so |and |right,? |okay,? )?you\b", s) or not content or sum(
                w.rstrip("s") in theirs for w in content) * 2 < len(content):
            return False
    return True


def _sanction_left_open(low: str, context: str | None) -> bool:
    """Asked whether a sanction is coming, the manager leaves it hanging ("Off the line
    permanently?" "Take it how ye like."): a threat by not saying no."""
    return context is not None and bool(
        SANCTION_ASKED.search(canonical(context)) and SANCTION_LEFT_OPEN.search(low))


# A lead-in to what was seen: "Here's what the log shows.", "Here's what I saw."
_WHAT_I_SAW = re.compile(r"^(?:(?:so|okay|ok|right|look|and|then)[,]? )*here(?:'s| is) what "
                         r"(?:the \w+ shows?|the \w+ says|i (?:saw|see|noticed|have|know|found))"
                         r"\b[.:]*$")


# what turns a list of facts into a charge: the fault put on them ("It ran out because you did not
# do the order", "So that Saturday's on you"), the manager's patience ("I explained you this
# already two times"; "sick again at 0855" is one more fact), a verdict on how things are done,
# or an accusing "why"
_FAULT_IN_FACTS = re.compile(r"\b(?:why|already|because (?:of )?you|on you|not how|how many "
                             r"times|i (?:told|explained|said|asked)|your (?:job|fault|mess))\b")


def _dated_facts_only(low: str) -> bool:
    """The turn only tells what happened, each sentence pinned to its day ("Here's what the log
    shows. Mon 26 Oct, you rang in sick at 0852. Mon 2 Nov, you logged into the queue at 0947
    ... Mon 16 Nov, sick again at 0855, with no message the night before."), with no verdict,
    no fault named and no question: the example, however many there are."""
    said = [x.strip() for x in sentences(low) or [low]]
    dated = [x for x in said if SPECIFIC_TIME.search(x)]
    return len(dated) >= 2 and any(PAST_EVENT.search(x) for x in dated) and "?" not in low and (
        not _FAULT_IN_FACTS.search(low)) and all(x in dated or _WHAT_I_SAW.match(x)
                                                for x in said) and not (
        JUDGED.search(low) or SARCASM.search(low) or character_verdict(low)
        or BLAME_SAID.search(low) or PINNED_ON_YOU.search(low) or CAUSE_PINNED.search(low)
        or any(rx.search(low) for _, rx in JUDGING_CUES))


def _judgements(t: _Turn) -> None:
    """Labels and blame: hedged, denied, privacy, credit, fault owned or cleared, feelings said
    back, threats and verdicts in so many words, dismissals and mocking echoes."""
    if {Code.LABEL, Code.SOFTENER} <= t.codes and HOW_IT_LANDED.search(t.low) \
            and not (JUDGED.search(t.low) or SARCASM.search(t.low) or YOU_LANDED.search(t.low)):
        t.codes.discard(Code.LABEL)  # hedged about how an act landed: over-softening, not a label
    if t.codes & {Code.LABEL, Code.BLAME} and Code.OBSERVATION in t.codes and _dated_facts_only(
            t.low):
        t.codes -= {Code.LABEL, Code.BLAME}  # the dated examples told, one after another
    if (Code.LABEL in t.codes and (not is_unpunctuated(t.text) or _run_on_denial(t.low))
            and _judgement_denied(t.low) and not SARCASM.search(t.low)):
        # (a recogniser's run-on has no clauses to read: only a denial with no verdict after it)
        t.codes.discard(Code.LABEL)  # "I do not think you are careless; I think something..."
        if Code.BLAME in t.codes and _DENIAL_RX.search(t.low) and not (
                BLAME_SAID.search(t.low) or PINNED_ON_YOU.search(t.low)
                or FAULT_PLACED.search(t.low)):
            t.codes.discard(Code.BLAME)  # "I don't read any of that as you not caring ...
            # that's why I'm asking": the verdict denied, no fault named in its place
        if not t.codes:
            t.codes.add(Code.INFORMATION)
    if Code.LABEL in t.codes and PRIVACY_OFFERED.search(t.low) and not (
            JUDGED.search(t.low) or SARCASM.search(t.low)):
        t.codes.discard(Code.LABEL)  # "You do not need to tell me any details": room, no verdict
        if t.codes and not t.codes - {Code.OPEN_QUESTION, Code.CLOSED_QUESTION}:
            t.primary = Primary.QUESTION
    if Code.BLAME in t.codes and CANDOUR_OWED.search(t.low) and not (
            BLAME_SAID.search(CANDOUR_OWED.sub(" ", t.low)) or JUDGED.search(t.low)
            or SARCASM.search(t.low)):
        t.codes.discard(Code.BLAME)  # "I tell you honestly, because you deserve it": respect
        if not t.codes:
            t.codes.add(Code.INFORMATION)
    if Code.THREAT in t.codes and NO_AGENDA.search(t.low) and not THREAT.search(t.low) \
            and not _pressure_in(t.low):
        t.codes.discard(Code.THREAT)  # "I don't have a plan for you in my pocket": left open
        if not t.codes:
            t.codes.add(Code.INFORMATION)
    if Code.THREAT in t.codes and PRIVACY_OFFERED.search(t.low) and not (
            THREAT.search(t.low) or CONSEQUENCE_IF.search(t.low) or _MENACE.search(t.low)):
        # "If something outside work is taking your mornings, you don't need to give me
        # details.": the condition is about their life, and the room made is no menace
        t.codes.discard(Code.THREAT)
        if not t.codes:
            t.codes.add(Code.INFORMATION)
    if Code.BLAME in t.codes and PRIVACY_OFFERED.search(t.low) and not (
            BLAME_SAID.search(t.low) or JUDGED.search(t.low) or SARCASM.search(t.low)):
        t.codes.discard(Code.BLAME)  # "Whatever happens at home is yours to keep.": not a fault
        if not t.codes:
            t.codes.add(Code.INFORMATION)
    said = sentences(t.low)
    if t.codes & _JUDGING and said and any(WELLBEING_ASKED.match(x.strip()) for x in said) and all(
            WELLBEING_ASKED.match(x.strip()) or WELCOME.match(x.strip()) for x in said):
        t.codes -= _JUDGING  # "Is everything okay with you? You are sleeping well?"
        t.codes.add(Code.CLOSED_QUESTION)
        t.primary = Primary.QUESTION
    if Code.BLAME in t.codes and COST_TO_THEM_ASKED.search(t.low) and "?" in t.low \
            and not PINNED_ON_YOU.search(t.low):
        t.codes.discard(Code.BLAME)  # "And what is all that costing you personally?"
        if t.codes and t.codes <= {Code.OPEN_QUESTION, Code.CLOSED_QUESTION}:
            t.primary = Primary.QUESTION
    if Code.BLAME in t.codes and WHO_TO_TURN_TO.search(t.low) and not (
            BLAME_SAID.search(t.low) or PINNED_ON_YOU.search(t.low)
            or re.search(r"\bwhy\b", t.low)):
        t.codes.discard(Code.BLAME)  # "Who else ... could you talk to?": someone to turn to
        if t.codes and t.codes <= {Code.OPEN_QUESTION, Code.CLOSED_QUESTION}:
            t.primary = Primary.QUESTION
    if Code.BLAME in t.codes and _fault_denied(t.low):
        t.codes.discard(Code.BLAME)  # "It wasn't your fault.": cleared, not blamed
        if not t.codes:
            t.codes.add(Code.INFORMATION)
    if Code.BLAME in t.codes and _PRAISED_BECAUSE.search(t.low) and not (
            BLAME_SAID.search(t.low) or PINNED_ON_YOU.search(t.low) or JUDGED.search(t.low)
            or SARCASM.search(t.low)):
        t.codes = (t.codes - {Code.BLAME}) | {Code.AFFIRMATION}  # "... a shame, because yours
        # is usually the best bit": the loss told by what their work brings, no fault in it
    if {Code.BLAME, Code.AFFIRMATION} <= t.codes and _credit_without_fault(t.low):
        t.codes.discard(Code.BLAME)  # "The imaging pipeline exists because of you": credit
    if t.codes & {Code.BLAME, Code.LABEL} and _SINCERE.search(t.low) and _credit_without_fault(
            _SINCERE.sub(" ", t.low)) and not (BLAME_SAID.search(t.low) or PINNED_ON_YOU.search(
            t.low)):
        # "You were the most active reviewer in Figma by a mile ... That's not me buttering you
        # up.": praise vouched for as sincere, with nothing bad in it
        t.codes = (t.codes - {Code.BLAME, Code.LABEL}) | {Code.AFFIRMATION}
    if Code.BLAME in t.codes and CREDIT_CAUSED.search(t.low) and _credit_without_fault(t.low) \
            and not BLAME_SAID.search(CREDIT_CAUSED.sub(" ", t.low)):
        t.codes.discard(Code.BLAME)  # "Thanks to you we hit the deadline.": credit
        t.codes.add(Code.AFFIRMATION)
        if t.codes == {Code.AFFIRMATION}:
            t.primary = Primary.OTHER
    if Code.BLAME not in t.codes and PINNED_ON_YOU.search(t.low) and not (
            Code.AFFIRMATION in t.codes and _credit_without_fault(t.low)):
        t.codes.add(Code.BLAME)  # "so thats kinda on you man"; "on you, in a good way" is credit
        t.primary = Primary.INPUT
    if CAUSE_PINNED.search(t.low) and not _fault_denied(t.low):
        t.codes = (t.codes - {Code.REFLECTION, Code.SUMMARY}) | {Code.BLAME}  # "and you are the
        t.primary = Primary.INPUT  # cause": the fault named as them, nothing of theirs said back
    if not t.codes & _JUDGING and FAULT_HELD_UP.search(t.low):
        t.codes.add(Code.BLAME)  # "You figure out the Gulf lanes. That's what I'm paying you for."
        t.primary = Primary.INPUT
    if t.codes & {Code.LABEL, Code.BLAME} and t.context is not None and (
            FEELING_SAID_BACK.match(t.low) or _heard_then_felt(t.low, t.context)) \
            and "?" not in t.low and not SARCASM.search(t.low):
        t.codes = (t.codes - {Code.LABEL, Code.BLAME}) | {Code.REFLECTION}  # not a verdict on them
        if not t.codes - {Code.REFLECTION, Code.AFFIRMATION, Code.SUMMARY}:
            t.primary = Primary.REFLECTION
    if Code.LABEL in t.codes and OPTIONS_PUT.search(t.low) and not any(
            _judging_words(x) for x in said):
        t.codes.discard(Code.LABEL)  # "Let me propose you three directions, only to explore..."
    if Code.LABEL in t.codes and any(_OTHERS_BELIEVE.match(x.strip()) for x in said) and not any(
            _judging_words(x) for x in said
            if not (_OTHERS_BELIEVE.match(x.strip()) or WANTS_TO_HEAR.search(x))):
        t.codes.discard(Code.LABEL)  # "Many people here think the only staircase up is to
        if not t.codes:  # manage people.": what the place believes, no verdict on them
            t.codes.add(Code.INFORMATION)
    if Code.LABEL in t.codes and _GUESS_OF_THEIR_FEAR.search(t.low) and _CHECKED.search(
            t.low.strip()) and not (SARCASM.search(t.low) or t.codes & {Code.BLAME, Code.THREAT}):
        t.codes = (t.codes - {Code.LABEL}) | {Code.REFLECTION}  # the verdict they fear, said back
        t.primary = Primary.REFLECTION
    if Code.THREAT not in t.codes and (NEXT_TIME_GONE.search(t.low) or DARE_OR_SANCTION.search(
            t.low) or OTHERS_WANT_YOUR_PLACE.search(t.low) or WATCHED_OR_SHOWN_OUT.search(t.low)
            or _ENDED_FOR_LESS.search(t.low) or _sanction_left_open(t.low, t.context)):
        t.codes.add(Code.THREAT)  # "Do it again, walk home."; "lads who'd do your shift tomorrow"
        t.codes -= {Code.ADVICE, Code.SUPPORT_OFFER}
        t.primary = Primary.INPUT
    # a verdict on them in one of its set forms: "Save it.", "you are not a reliable person",
    # "some people just aren't leadership material", "You used to be so reliable.", "Shocker.",
    # "Alarm. Seriously?" (their words handed back to mock them)
    if Code.LABEL not in t.codes and (
            WAVED_AWAY.search(t.low) or MOCK_WELCOME.search(t.low) or NOT_A_TRAIT.search(t.low)
            or SOME_PEOPLE_ARENT.search(t.low) or BENEATH_OR_NOVICE.search(t.low)
            or OTHERS_NEVER.search(t.low)
            or character_verdict(t.low)
            or (USED_TO_BE.search(t.low) and not SUMMARY.search(t.low))
            or SNEER_REPLY.match(t.low.strip()) or any(WAVED_OFF.match(x.strip()) for x in said)
            or _mocking_echo(t.low, t.context)
            or _praise_read_in_context(t.low, t.context) == Code.LABEL
            or (_praise_after_a_lapse_told(t.low) and not t.codes & _JUDGING)
            or _ironic_tail(t.low)):
        t.codes = (t.codes - _NOT_WITH_A_VERDICT) | {Code.LABEL}
        t.primary = Primary.INPUT
    if Code.THREAT not in t.codes and POLITE_CONDITION.search(t.low):
        t.codes = (t.codes - {Code.INFORMATION, Code.ADVICE, Code.SUPPORT_OFFER}) | {Code.THREAT}
        t.primary = Primary.INPUT  # "Should this recur, we will need to consider formal steps."
    if Code.LABEL in t.codes and NOT_THE_PERSON.search(t.low) \
            and not JUDGED.search(NOT_THE_PERSON.sub(" ", t.low)):
        t.codes.discard(Code.LABEL)
    if t.codes & {Code.LABEL, Code.BLAME} and NOT_WHO_THEY_ARE.search(t.low) and not (
            JUDGED.search(t.low) or PINNED_ON_YOU.search(t.low) or SARCASM.search(t.low)):
        t.codes -= {Code.LABEL, Code.BLAME}  # "That's why we're talking, not because of who
        # you are."
        if not t.codes:
            t.codes.add(Code.INFORMATION)
    if Code.LABEL in t.codes and any(CARE_ASKED.search(x) for x in said) and not any(
            _judging_words(x) for x in said):
        t.codes.discard(Code.LABEL)  # "I'm not here to tell you off. Can we start with how you
        # are?": nothing in it judges them
        if not t.codes & {Code.OPEN_QUESTION, Code.CLOSED_QUESTION}:
            t.codes.add(Code.OPEN_QUESTION)
        if t.codes <= {Code.OPEN_QUESTION, Code.CLOSED_QUESTION}:
            t.primary = Primary.QUESTION
    if t.codes & {Code.LABEL, Code.BLAME} and PRAISE_PASSED_ON.search(t.low) and not (
            _PRAISE_TURNED.search(t.low)) and not any(
            JUDGED.search(x) or SARCASM.search(x) or character_verdict(x) or PINNED_ON_YOU.search(x)
            or any(rx.search(x) for name, rx in JUDGING_CUES if name != "compared")
            for x in said or [t.low]):
        t.codes -= {Code.LABEL, Code.BLAME}  # "the vp thanked you by name at the all hands"
        t.codes.add(Code.AFFIRMATION)
    if {Code.LABEL, Code.AFFIRMATION} <= t.codes and _ability_praised(t.low, t.context):
        t.codes.discard(Code.LABEL)  # "you came to checkout because you're good"
        if t.codes == {Code.AFFIRMATION}:
            t.primary = Primary.OTHER
    if Code.LABEL in t.codes and _praise_read_in_context(t.low, t.context) == Code.AFFIRMATION:
        t.codes = (t.codes - {Code.LABEL}) | {Code.AFFIRMATION}
        if not t.codes & _JUDGING:
            t.primary = Primary.OTHER


def _judgements_said_softly(t: _Turn) -> None:
    """Judgements strangers put in other words than the learned heads know: a trait pinned on
    them through hedges or a candour preamble ("you can be a bit of a bulldozer"), their words
    quoted back as "he says", their own word said twice or called "always" theirs, a colleague
    held up against them, their reason made the culprit ("So it's Ryan's fault now.") or waved
    off after it is said back ("Properly. Ja, right.") (labels); a lapse owned in a bare fragment
    ("Cold. Yours.") or put "on your head" (blame)."""
    if Code.LABEL not in t.codes and (
            trait_said(t.low, canonical(t.context or "")) or _third_person_echo(t.low, t.context)
            or (their_word_mocked(t.low, canonical(t.context or ""), STOPWORDS)
                and Code.BLAME not in t.codes)
            or (colleague_held_up(t.low) and not t.codes & {Code.AFFIRMATION, Code.BLAME})
            or (not t.codes & _JUDGING and (THEIR_CULPRIT.match(t.low)
                                            or _echo_waved_off(t.low, t.context)))):
        t.codes = (t.codes - {Code.REFLECTION, Code.SUMMARY}) | {Code.LABEL}  # "you can be a bit
        t.primary = Primary.INPUT  # of a bulldozer in meetings", "a little bit... difficult"
    if not t.codes & _JUDGING and (ON_YOUR_HEAD.search(t.low) or FAULT_PLACED.search(t.low) or (
            "your" in t.low and _owned_after_a_lapse(sentences(t.low) or [t.low])
            and not (Code.AFFIRMATION in t.codes or AFFIRMATION.search(t.low)))):
        t.codes = (t.codes - {Code.REFLECTION, Code.SUMMARY, Code.AFFIRMATION}) | {Code.BLAME}
        t.primary = Primary.INPUT  # "Six duck sent back. Cold. Yours.", "That's on your head."


def _judgements_in_stock_forms(t: _Turn) -> None:
    """Labels strangers put in stock forms (L2): a mocking simile of how they stood there ("you
    gonna stand there like a traffic cone"), a sarcastic title ("you're a real comedian"), a
    question that talks down ("or do i have to draw you a picture", "Do you though?") and others
    held up as managing what they did not ("the other riders manage Westlands fine", "Jenna could
    do it in two."), where nothing else judged the turn."""
    if not t.codes & _JUDGING and (held_up_in_strangers_words(t.low) or claim_doubted(
            t.low, canonical(t.context or ""))):
        t.codes = (t.codes - _NOT_WITH_A_VERDICT) | {Code.LABEL}
        t.primary = Primary.INPUT
    # (the polite inverted condition's threat is ``_judgements``', which runs first)


def _blame_in_plain_forms(t: _Turn) -> None:
    """Blame strangers put in plain forms (L3): made to look a fool ("You make me look like a fool
    in front of the director"), a lapse owned outright ("You own the migration, you own the
    outage.", "Three wrong, all yours.", "that was your shift so"), who pays for it asked ("Who
    do you think is paying for your numbers?"), what they should have done ("You should have read
    it the first time.") and a step they could not be bothered to take; and no blame in a plain
    question of their intent ("What were you hoping would happen when you posted it?") or in
    credit for what they caused ("The Linz project worked because of you.")."""
    low = t.low
    if Code.BLAME not in t.codes and "should" in low and not t.codes & _JUDGING \
            and "should" not in canonical(t.context or "") and SHOULD_HAVE_DONE.search(low) \
            and not SHOULD_HAVE_SHARED.search(low) and "?" not in low:
        t.codes = (t.codes - {Code.ADVICE, Code.INFORMATION}) | {Code.BLAME}
        t.primary = Primary.INPUT  # "You should have read it the first time.", "Should've told
        return  # Mere."
    if "you" not in low and "look like" not in low and "who" not in low:
        return  # a cheap gate: every other form names them, how they made the manager look, or
        # asks who
    if Code.BLAME in t.codes and INTENT_ASKED.search(low) and not (
            t.codes & {Code.LABEL, Code.THREAT} or INTENT_SNEERED.search(low)
            or SARCASM.search(low) or JUDGED.search(low) or BLAME_SAID.search(low)
            or PINNED_ON_YOU.search(low)):
        t.codes.discard(Code.BLAME)  # "Why the change? What were you seeing in practice?"
        if not t.codes:
            t.codes.add(Code.OPEN_QUESTION)
        if t.codes <= {Code.OPEN_QUESTION, Code.CLOSED_QUESTION}:
            t.primary = Primary.QUESTION
    if t.codes & {Code.LABEL, Code.BLAME} and " i " in low \
            and SELF_VERDICT_DISAGREED.search(low) and not SARCASM.search(low):
        t.codes = (t.codes - {Code.LABEL, Code.BLAME}) | {Code.REFLECTION}  # "You called
        t.primary = Primary.REFLECTION  # yourself careless. I don't agree with that word."
    if Code.BLAME in t.codes and ((
            "because of you" in low and NOT_BECAUSE_OF_YOU.search(low)
            and not PINNED_ON_YOU.search(low)
            and not BLAME_SAID.search(NOT_BECAUSE_OF_YOU.sub(" ", low))) or (
            Code.REFLECTION in t.codes and BURDEN_SAID_BACK.search(low)
            and not BLAME_SAID.search(low))):
        t.codes.discard(Code.BLAME)  # "no not because of you theyve been moaning for months"
        if not t.codes:
            t.codes.add(Code.INFORMATION)
        if t.codes <= {Code.REFLECTION, Code.SUMMARY}:
            t.primary = Primary.REFLECTION  # "So ... it lands on you at the changeover."
    if Code.BLAME in t.codes and "who else" in low and WHO_ELSE_THERE.match(low.strip()):
        t.codes.discard(Code.BLAME)  # "Who else was on the shovel that afternoon?"
        t.codes.add(Code.OPEN_QUESTION)
        if t.codes <= {Code.OPEN_QUESTION, Code.CLOSED_QUESTION}:
            t.primary = Primary.QUESTION
    if Code.BLAME in t.codes and "because of you" in low and CREDIT_BECAUSE.search(low) \
            and _credit_without_fault(low) and not BLAME_SAID.search(CREDIT_BECAUSE.sub(" ", low)):
        t.codes = (t.codes - {Code.BLAME}) | {Code.AFFIRMATION}  # "The Linz project worked
        if t.codes == {Code.AFFIRMATION}:  # because of you."
            t.primary = Primary.OTHER
    if Code.BLAME not in t.codes and (
            (("look like" in low or "shame" in low) and LOOK_FOOLISH.search(low))
            or (("your" in low or "own" in low) and OWNED_OUTRIGHT.search(low))
            or ("who" in low and WHO_PAYS_ASKED.search(low))
            or ("yours" in low and all_yours_after_a_lapse(low))
            or (" be " in low and not t.codes & _JUDGING and NOT_BOTHERED_TO.search(low))) \
            and not _fault_denied(low):
        t.codes = (t.codes - {Code.REFLECTION, Code.SUMMARY, Code.AFFIRMATION,
                              Code.INFORMATION}) | {Code.BLAME}
        t.primary = Primary.INPUT  # "You make me look like a fool in front of the director"


_DOUBT_GATE = ("heard", "said", "words", "catch", "away on", "wise up", "pull the", "marines",
               "here", "double", "twice", "three times", "triple", "else")


def _doubts_of_their_word(t: _Turn) -> None:
    """Labels strangers put as doubts of their word (L3), where nothing else judged the turn:
    their promise held against its record ("Heard that before, baby. Heard it in August."),
    their own verdict handed back ("Your words."), a reason waved off in an idiom ("Catch yourself
    on."); others held up in more forms ("Kayla's been here eight months and her drawer balances
    to the penny")."""
    if t.codes & _JUDGING or t.context is None or not any(w in t.low for w in _DOUBT_GATE):
        return
    context = canonical(t.context)
    if promise_on_record(t.low, context) or own_verdict_back(t.low, context) \
            or IDIOM_WAVED_OFF.search(t.low) or (
                OUTDONE_BY_OTHERS.search(t.low) and Code.AFFIRMATION not in t.codes
                and not context.rstrip().endswith("?")):  # not news of a newcomer asked for
        t.codes = (t.codes - _NOT_WITH_A_VERDICT - {Code.INFORMATION}) | {Code.LABEL}
        t.primary = Primary.INPUT


def _fault_named_back(t: _Turn) -> None:
    """Judgements strangers put as the fault named back to them (L4): their fault confirmed in a
    word ("It wasn't my fault." - "It was."), the cause named as "you" ("Not luck. You."), a
    verdict with what it cost ("You're selfish, and a resident paid for it."), a lapse's cost
    "because of you", and "Always the water, always the machine, never Julien." (blame); their
    excuse given an absurd agent ("the heater set itself", "By the djinn?") (a label)."""
    low = t.low
    if Code.BLAME not in t.codes and (
            (t.context is not None and len(low) < 80 and fault_confirmed(low, t.context))
            or ("you" in low and (
                (low.rstrip(" .!").endswith(("you", "mostly", "you happened"))
                 and CAUSE_IS_YOU.search(low))
                or (("cost" in low or "lost" in low) and YOU_COST.search(low))))
            or ("thank" in low and OTHERS_THANK_YOU.search(low))
            or (("whose" in low or "remind me" in low) and ("?" in low or is_unpunctuated(t.text))
                and WHOSE_ACCUSED.search(low))
            or (Code.LABEL in t.codes and ("cost" in low or "paid" in low
                                            or "because of you" in low)
                and VERDICT_COST.search(low))
            or ("of you" in low and not t.codes & {Code.AFFIRMATION, Code.REFLECTION,
                                                             Code.SUMMARY}
                and not CREDIT_BECAUSE.search(low) and lapse_because_of_you(low))
            or (Code.LABEL in t.codes and "ever" in low and always_never_named(t.text))) \
            and not _fault_denied(low):
        t.codes = (t.codes - _NOT_WITH_A_VERDICT) | {Code.BLAME}
        t.primary = Primary.INPUT  # "It wasn't my fault." - "It was."
    if Code.LABEL not in t.codes and ((absurd_gate(low)
                                       and ABSURD_AGENT.search(low))
                                      or (("d never" in low or "would never" in low
                                           or "never once" in low)
                                          and Code.AFFIRMATION not in t.codes
                                          and others_would_never(low))):
        t.codes = (t.codes - _NOT_WITH_A_VERDICT) | {Code.LABEL}
        t.primary = Primary.INPUT  # "oh the heater huh the heater set itself"


def _veiled_judgements(t: _Turn) -> None:
    """Judgements strangers put in veiled forms (L5), where nothing else judged the turn: their
    words echoed and praised in mockery ("Twice. How reassuring.") and a jibe taken back only
    half ("I'm kidding. Kind of.") are labels; their apology waved off ("Sorry doesn't plate
    anything.") is blame; a bare "think about it" closing a demand ("Thursday noon. Think about
    it."), a question about their job answered with no "no" ("Are you giving them mine?" -
    "Depends.") and a threat taken back only half ("Kidding about the headcount thing. Mostly.")
    are threats. Their good news echoed and praised and nothing else ("I finished the audit two
    days early." - "Two days early. Brilliant.") is praise, not a label."""
    low = t.low
    if t.codes & _JUDGING == {Code.LABEL} and good_news_praised(low, t.context):
        t.codes = (t.codes - {Code.LABEL, Code.REFLECTION}) | {Code.AFFIRMATION}
        if t.codes == {Code.AFFIRMATION}:
            t.primary = Primary.OTHER  # praise alone, as the coder has it
        return
    if t.codes & _JUDGING:
        return
    added: Code | None = None
    if echo_praised(low, t.context) or others_held_up(t.text):
        added = Code.LABEL  # "I reviewed it twice." - "Twice. How reassuring."
    elif apology_waved_off(low, t.context):
        added = Code.BLAME  # "I'm sorry." - "Sorry doesn't plate anything."
    elif threat_left_open(low, t.context) or (
            not t.codes & {Code.OBSERVATION, Code.IMPACT} and think_it_over_close(low, t.text)):
        added = Code.THREAT  # "Are you giving them mine?" - "Depends."
    elif (half := joke_half_taken_back(low)) is not None:
        added = Code.THREAT if half == "threat" else Code.LABEL  # "I'm kidding. Kind of."
    if added is None:
        return
    t.codes = (t.codes - _NOT_WITH_A_VERDICT - {Code.INFORMATION}) | {added}
    t.primary = Primary.INPUT


_LAPSE_NOUN = re.compile(r"\b(?:delay|mistake|error|fault|screw-up|cock-up|outage|failure|"
                         r"complaint|miss|slip)s?\b")


def _owned_after_a_lapse(said: list[str]) -> bool:
    """A bare fragment of whose it was ("Yours.", "Your shift.") after what went wrong was told
    ("Six duck sent back. Cold. Yours."); before it ("Your review form. The career question is
    blank.") it only names the subject."""
    if "?" in said[-1]:
        return False  # asked, not told
    for i, x in enumerate(said):
        if OWNED_FRAGMENT.match(x.strip()) and (any(LAPSE_IN_TURN.search(y) for y in said[:i])
                                                 or _LAPSE_NOUN.search(x)):  # "Your delay."
            return True
    return False


def _echo_waved_off(low: str, context: str | None) -> bool:
    """A short turn of their own words ending in a dismissive "sure" or "ja, right"."""
    if context is None or not ECHO_WAVED_OFF.search(low) or len(words(low)) > 10:
        return False
    theirs = {w.rstrip("s") for w in words(canonical(context))}
    echo = [w for w in words(ECHO_WAVED_OFF.sub(" ", low)) if w not in STOPWORDS
            and w not in {"right", "ja", "yeah", "aye", "oh", "ok", "okay"}]
    return bool(echo) and sum(w.rstrip("s") in theirs for w in echo) * 2 >= len(echo)


def _third_person_echo(low: str, context: str | None) -> bool:
    """Their words said back as "he says" ("the tags were swapped he says course they were")."""
    m = THIRD_PERSON_ECHO.match(low)
    if m is None or context is None:
        return False
    theirs = set(words(canonical(context)))
    echo = [w for w in words(m.group("echo")) if w not in STOPWORDS]
    return bool(echo) and all(w in theirs for w in echo)


# What is needed from them, stated (a recogniser's run-on may go straight on to ask their step)
_NEEDED_FROM_YOU = re.compile(
    r"\bwhat (?:i|we|the team|the business|the studio|the crew|the kitchen|the ward|the shop|"
    r"everyone|the client) (?:really |do |does )?(?:needs?|wants?|expects?) (?:from|of) you "
    r"(?:now |from now on |going forward )?(?:is|are)\b")


def _expectations(t: _Turn) -> None:
    """What is asked of them: a lecture asks nothing; an early warning and a demand for change
    do."""
    if Code.EXPECTATION in t.codes and LECTURE.search(t.low):
        left = LECTURE.sub(" ", t.low)
        if not (EXPECTATION.search(left) or CHANGE_DEMAND.search(left)
                or _ASKS_OF_THEM.search(left)):
            t.codes.discard(Code.EXPECTATION)  # nothing they are to do, only what to think
    if NOTICE_ASKED.search(t.low) and not t.codes & _JUDGING:
        t.codes.add(Code.EXPECTATION)  # "could you try and let me know the night before..."
        t.codes.discard(Code.ADVICE)
    if (Code.SOFTENER not in t.codes and _SORRY_TO_RAISE.search(t.low)
            and not t.codes & _JUDGING):
        t.codes.add(Code.SOFTENER)  # "The export was late, I think. Sorry to bring it up."
    if Code.EXPECTATION not in t.codes and NOT_NEGOTIABLE.search(t.low) and _ASKS_OF_THEM.search(
            NOT_NEGOTIABLE.sub(" ", t.low)) and not t.codes & _JUDGING:
        t.codes.add(Code.EXPECTATION)  # "the role needs you in the crit ... not negotiable"
    if Code.EXPECTATION in t.codes and t.primary == Primary.REFLECTION and (
            REFLECTION_STEM.search(t.low) or _SO_SAID_BACK.match(t.low)) and not (
            EXPECTATION.search(t.low) or ASK_NAMED.search(t.low) or CHANGE_DEMAND.search(t.low)
            or NEED_THEN_TOLD.search(t.low) or NOT_NEGOTIABLE.search(t.low)):
        # "So from your side, the bar on the indexer matters a lot ... Is that fair?": their
        # standard said back, nothing asked of them
        t.codes.discard(Code.EXPECTATION)
    if Code.EXPECTATION not in t.codes and NEED_THEN_TOLD.search(t.low) and not (
            t.codes & _JUDGING):
        t.codes.add(Code.EXPECTATION)  # "What I do need ...: ... I hear it from you that same day"
        t.codes.discard(Code.INFORMATION)
        t.primary = Primary.INPUT
    if ASK_NAMED.search(t.low) and not t.codes & _JUDGING:
        t.codes.add(Code.EXPECTATION)  # "What I'd ask is that concerns go to their lead first"
        t.codes.discard(Code.ADVICE)
    if TELL_ME_WANTED.search(t.low) and not t.codes & _JUDGING:
        t.codes.add(Code.EXPECTATION)  # "what id like is for you to come to me the day you see a
        t.codes.discard(Code.ADVICE)  # date slipping": a want stated, asked of them
        rest = [x for x in sentences(t.low) if not TELL_ME_WANTED.search(x)]
        if "?" not in t.low and not any(_asks_aloud(x, match(x, None)) for x in rest):
            t.codes -= {Code.OPEN_QUESTION, Code.CLOSED_QUESTION}  # its "what" asks nothing
            if t.primary == Primary.QUESTION:
                t.primary = Primary.INPUT
        if len(sentences(t.low)) <= 1:
            t.codes -= {Code.INFORMATION, Code.REFLECTION}
            if t.primary in (Primary.OTHER, Primary.REFLECTION):
                t.primary = Primary.INPUT
    if Code.EXPECTATION not in t.codes and _NEEDED_FROM_YOU.search(t.low) and not (
            t.codes & _JUDGING):
        t.codes.add(Code.EXPECTATION)  # "what the team needs from you is your usual standard ...
        t.primary = Primary.INPUT  # so what would you want to pick up first": asked of them
    if Code.EXPECTATION not in t.codes and EARLY_WARNING.search(t.low) and not t.codes & _JUDGING:
        t.codes.add(Code.EXPECTATION)  # asked of them, not a tip: no advice
        t.codes.discard(Code.ADVICE)
    # (within a plan step already read as one, "Retry fix by Friday. We check in Monday.", the
    # date is the step's)
    if not t.codes & (_JUDGING | {Code.EXPECTATION, Code.COMMITMENT, Code.FOLLOW_UP}) and any(
            DEADLINE_ONLY.match(s) and not DEADLINE_DOER.search(s) for s in sentences(t.low)
            if not s.rstrip().endswith("?")):
        t.codes.add(Code.EXPECTATION)  # "States and edge cases by Thursday. Does that work?"
    if (CHANGE_DEMAND.search(t.low) and "?" not in t.low and not t.codes & _JUDGING
            and not REFLECTION_STEM.search(t.low)):  # "it sounds like the rota has to change"
        t.codes.add(Code.EXPECTATION)
        t.codes.discard(Code.REFLECTION)
        if t.primary == Primary.REFLECTION:
            t.primary = Primary.INPUT


# A plan announced, then who does what: "so heres what well do you turn your camera on for crit
# and get those screens finished up sound good", "Here's the plan: you pair with Carla ...". A
# step the manager set (planning says so), whatever the tag after it.
PLAN_ANNOUNCED = re.compile(
    r"\bhere(?:'s| is) (?:the plan|what (?:we'll|we will|well|we're going to|we are going to|"
    r"we're gonna|were gonna|i'd like us to|i want us to) do)\b[:,.]? (?:so )?(?:first,? )?"
    r"(?:you|i|we)(?:'ll| will| are going to|'re going to| can)? (?!think|feel|see how)\w+")


def _steps(t: _Turn) -> None:
    """Next steps, follow-ups and summaries."""
    if Code.COMMITMENT not in t.codes and PLAN_ANNOUNCED.search(t.low) and not (
            t.codes & _JUDGING):
        t.codes.add(Code.COMMITMENT)  # "here's what we'll do: you turn your camera on ..."
        t.primary = Primary.INPUT
    said = [x.strip() for x in sentences(t.low) or [t.low]]
    if Code.SUPPORT_OFFER in t.codes and len(said) > 1 and _CHECK_ONLY.match(said[-1]) and all(
            REFLECTION_STEM.search(x) for x in said[:-1]):
        # "Sounds to me like ... Tell me if I'm off the beat there.": a reflection and its check
        t.codes.discard(Code.SUPPORT_OFFER)
        if t.codes == {Code.REFLECTION}:
            t.primary = Primary.REFLECTION
    if Code.SUPPORT_OFFER in t.codes and _TALK_ROLES.search(t.low) and not any(
            SUPPORT.search(c) or manager_acts(c) or HELP_OFFERED.search(c)
            for c in clauses(_TALK_ROLES.sub(" ", t.low))):
        t.codes.discard(Code.SUPPORT_OFFER)  # "I will mostly listen and ask": how the talk goes
        if not t.codes:
            t.codes.add(Code.INFORMATION)
    if Code.COMMITMENT in t.codes and TALK_ITSELF.search(t.low) and not (
            PLAN_TALK.search(TALK_ITSELF.sub(" ", t.low)) or PLAN_FRAME.search(t.low)):
        t.codes.discard(Code.COMMITMENT)  # "...and then I'll shut up for a minute"
    if Code.INFORMATION in t.codes and len(t.codes) > 1 and len(words(t.low)) <= 14 and all(
            x.rstrip().endswith("?") for x in sentences(t.low) or [t.low]):
        t.codes.discard(Code.INFORMATION)  # "What could be a small first step?" tells them nothing
    if PROPOSED_STEP.search(t.low) and not t.codes & _JUDGING:
        t.codes.add(Code.COMMITMENT)  # "Would you be okay to have a chat with Leo this week?"
    if TALK_AGAIN.search(t.low) and not t.codes & _JUDGING:
        t.codes.add(Code.FOLLOW_UP)  # "We can speak again in one month."
    if t.plan_recap or (PLAN_FRAME.search(t.low) and not t.codes & _JUDGING):
        t.codes.add(Code.COMMITMENT)
    if (SUMMARY.search(t.low) or (t.recap and not t.plan_recap)) and not t.codes & _JUDGING:
        t.codes |= {Code.SUMMARY, Code.REFLECTION}
    if {Code.SUMMARY, Code.ADVICE} <= t.codes and not (
            ADVICE.search(t.low) or ADVICE_QUESTION.search(t.low)):
        t.codes.discard(Code.ADVICE)  # a recap of what was agreed ("Problems go to the lead first")
    if {Code.REFLECTION, Code.EXPECTATION} <= t.codes and not (
            EXPECTATION.search(t.low) or CHANGE_DEMAND.search(t.low)
            or _ASKS_OF_THEM.search(t.low)):
        t.codes.discard(Code.EXPECTATION)  # "I can see you're angry, and I get it" asks nothing


# A recogniser's run-on that states what is needed and then asks their step: "what i need is
# you on the queue at nine ... so what could you try first and from when"
_STEP_ASKED_AFTER = re.compile(r" so (?:what|how|when) (?:could|would|can|will|might|do) you "
                               r"[^.?!]*$")


def _asked_after_the_need(t: _Turn) -> None:
    """The need stated, then their step asked in the same unpunctuated breath: an expectation
    and an open question, not advice."""
    if "?" in t.low or not (NEED_CLEFT.match(t.low) and _STEP_ASKED_AFTER.search(t.low)) \
            or t.codes & _JUDGING:
        return
    t.codes |= {Code.EXPECTATION, Code.OPEN_QUESTION}
    if not (ADVICE.search(t.low) or ADVICE_QUESTION.search(t.low)):
        t.codes.discard(Code.ADVICE)
    t.primary = Primary.INPUT


# A wh-word that opens what the manager will find out, not a question to them: "ill find out by
# friday what happened with the lead designer conversation" (recogniser text, no "?")
_WH = re.compile(r"\b(?:what|why|how|when|where|who|whether)\b")
_FOUND_OUT = re.compile(r"\b(?:find out|look into|check|ask \w+|understand|learn|see)"
                        r"(?: \w+){0,3} (?:what|why|how|when|where|who|whether)\b")


def _question_forms(t: _Turn) -> None:
    """Question forms: their own wishes asked about, suggestions put as questions, one open
    question, a spoken statement."""
    if Code.OPEN_QUESTION in t.codes and "?" not in t.low and t.codes & {
            Code.COMMITMENT, Code.SUPPORT_OFFER} and manager_acts(t.text) and len(
            _WH.findall(t.low)) == len(_FOUND_OUT.findall(t.low)):
        t.codes.discard(Code.OPEN_QUESTION)  # what the manager will find out, said aloud
        t.primary = Primary.INPUT
    if Code.ADVICE in t.codes and OWN_WISH_QUESTION.search(t.low):
        rest = [x for x in sentences(t.low) or [t.low] if not OWN_WISH_QUESTION.search(x)]
        if not any(ADVICE.search(x) or ADVICE_QUESTION.search(x) or (not x.rstrip().endswith("?")
                   and len(words(x)) > 3) for x in rest):  # nothing else said but questions
            t.codes.discard(Code.ADVICE)  # their own wishes, asked about: nothing suggested
            if t.primary == Primary.INPUT and not t.codes - {Code.OPEN_QUESTION,
                                                         Code.CLOSED_QUESTION}:
                t.primary = Primary.QUESTION
    if {Code.ADVICE, Code.REFLECTION} <= t.codes and _advice_only_theirs(t.low):
        t.codes.discard(Code.ADVICE)  # "Sounds like you've been holding yourself to the idea that
        # you should already know all this": their rule said back, no tip of the manager's
    if {Code.ADVICE, Code.OPEN_QUESTION} <= t.codes and not ADVICE.search(t.low) and not (
            ADVICE_QUESTION.search(t.low)) and all(
            OBSTACLE_QUESTION.match(x.strip()) for x in sentences(t.low)):
        t.codes.discard(Code.ADVICE)  # "What gets in the way of testing before you merge?"
        if t.primary == Primary.INPUT and not t.codes - {Code.OPEN_QUESTION}:
            t.primary = Primary.QUESTION
    said = sentences(t.low) or [t.low]
    if Code.OPEN_QUESTION not in t.codes and any(_BARE_WHY.match(x.strip()) for x in said):
        t.codes.add(Code.OPEN_QUESTION)  # "Team lead. Declined. Why.": asked, with a full stop
        t.codes.discard(Code.INFORMATION)
        if not t.codes - {Code.OPEN_QUESTION, Code.CLOSED_QUESTION}:
            t.primary = Primary.QUESTION
    if Code.ADVICE in t.codes and not (ADVICE.search(t.low) or ADVICE_QUESTION.search(t.low)) \
            and all(x.rstrip().endswith("?") for x in said) and any(
            _WH_START_PLAN.match(x.strip()) and PLAN_QUESTION.search(x) for x in
            (q.split(":")[-1] for q in said)):
        # "So, like a test piece before the real instrument: what small thing would you like to
        # try first, and by what date?": their step asked for, nothing of the manager's advised
        t.codes.discard(Code.ADVICE)
        t.codes.add(Code.OPEN_QUESTION)
        if t.primary == Primary.INPUT and not t.codes - {Code.OPEN_QUESTION, Code.CLOSED_QUESTION}:
            t.primary = Primary.QUESTION
    if {Code.ADVICE, Code.OPEN_QUESTION} <= t.codes:
        asked = [x for x in sentences(t.low) if x.rstrip().endswith("?")]
        if asked and all(WH_SUGGESTION.match(x.strip()) for x in asked):
            t.codes.discard(Code.OPEN_QUESTION)  # "How about you take the lead on the next crit?"
            t.codes.add(Code.CLOSED_QUESTION)
    both = {Code.OPEN_QUESTION, Code.CLOSED_QUESTION} <= t.codes
    spoken = Code.CLOSED_QUESTION in t.codes and is_unpunctuated(t.text)
    form = match(t.text, None) if both or spoken else None  # the question forms, read once
    if both and form is not None and _one_open_question(t.text, form):
        t.codes.discard(Code.CLOSED_QUESTION)
    if spoken and form is not None and not _asks_aloud(t.text, form):
        t.codes.discard(Code.CLOSED_QUESTION)  # a spoken statement: no question in its form
        if t.primary == Primary.QUESTION and Code.OPEN_QUESTION not in t.codes:
            t.primary = Primary.INPUT
    if Code.ADVICE not in t.codes and not t.codes & _JUDGING and TIP_FORM.search(t.low):
        t.codes.add(Code.ADVICE)  # "How about this: before you post, read it once more"
        t.codes.discard(Code.INFORMATION)
        t.primary = Primary.INPUT
    if t.primary == Primary.REFLECTION and not REFLECTION_STEM.search(t.low) and (any(
            WH_SAID_FLAT.match(x.strip()) for x in sentences(t.low)) or (
            is_unpunctuated(t.text) and _WH_ASKED_SPOKEN.match(t.low))):
        # "So what happened. Straight answer.": a question said with a full stop, not their
        # words said back
        t.primary = Primary.QUESTION
        t.codes -= {Code.REFLECTION, Code.SUMMARY}
        t.codes.add(Code.OPEN_QUESTION)
    if {Code.REFLECTION, Code.OPEN_QUESTION} <= t.codes and not REFLECTION_STEM.search(t.low) \
            and any(_MY_WISH.match(x.strip()) for x in said) and all(
            _MY_WISH.match(x.strip()) or x.rstrip().endswith("?") for x in said):
        # "So I'd like it from your side. What does a week on search look like for you?": the
        # manager's wish to hear them, then the question; nothing of theirs said back
        t.codes.discard(Code.REFLECTION)
        if t.codes <= {Code.OPEN_QUESTION, Code.CLOSED_QUESTION}:
            t.primary = Primary.QUESTION
    if Code.REFLECTION not in t.codes and not t.codes & (_JUDGING | {Code.ADVICE}) and len(
            said) >= 2 and _CHECK_ONLY.match(said[-1].strip()) and all(
            REFLECTION_STEM.search(x) for x in said[:-1]):
        # "... it seems that what gives you energy is the moment when somebody understands
        # something thanks to you. Is it correct?": their meaning, offered for checking
        t.codes = (t.codes - {Code.INFORMATION}) | {Code.REFLECTION}
        t.primary = Primary.REFLECTION
    if Code.REFLECTION not in t.codes and not t.codes & (_JUDGING | {Code.ADVICE}) \
            and SOUNDS_LIKE_THEIRS.match(t.low):
        # "sounds like you like it best when somebody finally gets it", said aloud: their
        # meaning offered back, however the recogniser ran it on
        t.codes = (t.codes - {Code.INFORMATION, Code.EXPECTATION}) | {Code.REFLECTION}
        if not t.codes & {Code.COMMITMENT, Code.SUPPORT_OFFER, Code.FOLLOW_UP, Code.OBSERVATION,
                          Code.IMPACT}:
            t.primary = Primary.REFLECTION


# "Why." said alone, as a question with a full stop (or none)
_BARE_WHY = re.compile(r"^(?:(?:and|so|but|okay|ok|right)[,]? )?(?:why|how come)[.!]*$")
# A question that opens on its wh-word (after a filler): "what small thing would you like to try"
_WH_START_PLAN = re.compile(r"^(?:(?:so|and|okay|ok|right|then|now)[,]? )*(?:what|how|where|"
                            r"who|which)\b")


# The manager's own wish to hear them: "So I'd like it from your side.", "I'd love to hear
# how it looks to you" (nothing of theirs in it: "I'd like to check you feel ..." is a recap)
_MY_WISH = re.compile(r"^(?:(?:so|and|now|okay|ok|right|well|first)[,]? )*i(?:'d| would) (?:really "
                      r")?(?:like|love|rather|prefer|want)\b(?!.*\b(?:you(?:'re| are| were| feel| "
                      r"felt| said| told)|check|make sure|sounds?)\b)[^?]*$")


# Praise of a call they made: "you were dead right to stop that truck", "You did exactly the
# right thing.", "that was a serious safety call"
RIGHT_CALL = re.compile(
    r"\byou (?:were|was) (?:dead |absolutely |totally |completely |quite |so |bang |spot on |"
    r"one hundred per ?cent )?right to\b|\byou did (?:exactly |absolutely |totally )?the right "
    r"thing\b|\b(?:that|it|this) was (?:a |the )?(?:really |very |dead |absolutely )?(?:right|good|"
    r"great|smart|brave|sound|serious safety|safety|correct|mature) (?:call|decision|move|"
    r"choice)\b")
# ... with nothing turning it: "you were right to stop it, but you should have radioed first"
_TURNED = re.compile(r"\b(?:but|though|however|although|except|next time|should have|"
                     r"shouldn't have|instead)\b")
# Gladness at how they are or what they did: "I'm glad you're careful enough to be upset about
# it", "I'm glad you told me" (not "I'm glad you find this funny")
GLAD_OF_THEM = re.compile(
    r"\b(?:i'm|i am|im) (?:so |really |very |just |actually |genuinely )?glad (?:that )?you(?:'re| "
    r"are|re)? (?:\w+ ){0,2}?(?:careful|honest|safe|okay|ok|alright|all right|here|back|"
    r"conscientious|thorough|upset|bothered|told|said|raised|flagged|came|spoke|mentioned|asked|"
    r"care|cared|noticed|spotted|caught|stopped|checked)\b")
# Their fear denied in a word or two first: "Not furious.", "No, not angry."
_NOT_SO = re.compile(r"^(?:no,? )?not (?:\w+ ){0,1}\w+[.!]*$")
# Confidence offered to them as a question: "Is that something you'd like me to keep between
# us?", "Do you want me to keep it to ourselves?"
KEPT_BETWEEN_US = re.compile(
    r"\b(?:keep|kept)(?: it| this| that| them| any of (?:it|this|that))? (?:just )?(?:between "
    r"(?:us|the two of us|you and me|ourselves)|to ourselves|private|confidential)\b")
# What they just claimed, confirmed in a word: "Told you I would." - "You did."
_CONFIRMED = re.compile(r"^(?:(?:yes|yeah|yep|aye),? )?you (?:did|have|were|did that)(?:,? "
                        r"\w+)?[.!]*$")
# ... a claim that they kept their word or got it done ("Told you I would.", "I said I'd have it
# done by Friday.", "I finished the audit.")
_WORD_KEPT = re.compile(r"^(?:i )?told you (?:i|i'd|it)\b|\bi (?:said|promised) (?:i|i'd|i would|"
                        r"it)\b|\bi did it\b|\bi (?:managed|made it|kept)\b")
_NEGATED = re.compile(r"n't\b|\b(?:not|never|no|nobody|nothing)\b")
# An opening told: "theres a major donor officer post coming up in april its not advertised yet"
OPENING_TOLD = re.compile(
    r"\b(?:post|role|job|position|vacancy|opening|opportunity|secondment|promotion|vacancies)s? "
    r"(?:is |are )?(?:coming up|opening up|come up|being advertised|up for grabs)\b"
    r"|\bnot (?:been )?advertised(?: yet)?\b")
_YOUR_PLACE = re.compile(r"\byour (?:own )?(?:job|role|post|position|place|contract)\b")
# Praise of their effort, said plainly ("ye work hard when yer here", "you're a grafter"), and a
# word of praise alone ("good.", "class."): praise beside "keep it up"
_EFFORT_PRAISED = re.compile(
    r"^(?:and |but )?(?:you|ye|ya|youre|you're|you are)(?: really| do| definitely)? (?:work(?:ing)?"
    r" (?:hard|well)|(?:doing|done) (?:well|great|grand|brilliant|good)|(?:a )?(?:grafter|hard "
    r"worker|good worker))\b[^?!]*$")
_PRAISE_WORD = re.compile(r"^(?:good|great|grand|nice|brilliant|lovely|champion|class|sound|"
                          r"smashing|excellent|magic|mint|sweet|cool)[.!]*$")
# A feeling of theirs inferred: "that must have felt rubbish", "that sounds rough"
FEELING_INFERRED = re.compile(
    r"^(?:(?:so|ah|oh|right|okay|ok|yeah|mm|god|gosh|honestly|aw)[,.]? )*(?:that|it|this)(?: "
    r"must(?: have)?| would have| must've)? (?:felt|been|feel|be|sounds?) (?:really |so |pretty |"
    r"quite |a bit |properly |absolutely )?(?:rubbish|awful|horrible|hard|tough|rough|lonely|"
    r"frustrating|crap|grim|miserable|horrid|unfair|infuriating|upsetting|difficult|stressful|"
    r"gutting|bruising|exhausting|isolating|demoralising|demoralizing|disheartening|painful)\b")
# "managing isn't for everybody, and that's fine": either way is fine, no verdict
NOT_FOR_EVERYONE = re.compile(
    r"\b(?:isn't|is not|isnt|aren't|are not|not) for (?:everybody|everyone|every one|all of us)\b"
    r"[^.?!]{0,12}?,? (?:and )?(?:that'?s|that is|it'?s|it is) (?:totally |completely |absolutely |"
    r"perfectly |honestly )?(?:fine|okay|ok|alright|all right|no bad thing|not a failing)\b")


# How they are, asked with a tag ("Everything fine, yes?", "Right then. All good, is it?"), and
# the friendly words around it: "Good, good.", "Only a small chat, nothing serious.", "Nadia cara,
# ciao!"
_CHECKED_IN = re.compile(
    r"^(?:\w+,? )?(?:(?:right|okay|ok|so|well) then,? |so,? )?(?:is |are )?(?:everything|things|"
    r"all)(?:'s| is| are)? (?:okay|ok|alright|all right|good|fine|well)(?: then)?(?: with you| at "
    r"home)?,? (?:yes|yeah|yeh|no|right|eh|is it|are they|innit|aye|ja|si|oui|ne|na)\?+$")
_GOOD_GOOD = re.compile(r"^(?:(?:good|great|lovely|grand|champion|fine|brilliant|right|okay|ok|"
                        r"perfect|super|excellent)(?: then)?[,.!]* ?){1,3}$")
_LIGHT_TALK = re.compile(
    r"^(?:(?:it's |its )?(?:only|just) a (?:small|little|quick|wee|short) (?:chat|talk|catch-up|"
    r"word)|nothing (?:serious|big|formal|to worry about)|nowt to worry about|don't (?:fret|worry))"
    r"(?:,? (?:nothing (?:serious|big|formal|to worry about)|nowt to worry about|love|don't "
    r"worry))*[.!]*$")
_NAMED_HELLO = re.compile(r"^(?:[a-z]+,? ){0,2}(?:ciao|hi|hello|hiya|hey|morning|salaam|hola|"
                          r"ey up)(?:,? [a-z]+)?[!.,]*$")
# A question about what goes on in their head, asked as a question ("What goes through your head
# right before you hit send?"); "I'd love to know what goes on in your head" says it to judge
_THINKING_ASKED = re.compile(
    r"^(?:(?:so|and|okay|ok|right|help me understand),?:? )*what(?:'s| is)? (?:goes|going) "
    r"(?:on )?(?:through|in) your (?:head|mind)\b[^.!]*\??$")


# A verdict taken back in the same breath: "sorry, that came out as a verdict", "I take that
# back", "forget I said that", "that's not fair of me" (the labelling guide codes such a turn by
# what is said after it)
_TAKEN_BACK = re.compile(
    r"\b(?:sorry|perdon|pardon|no|oops|ah|oh)\b,?(?: \w+,?)? (?:that|it|that one) came out "
    r"(?:all )?(?:wrong|badly|as|like)\b|\b(?:i take|let me take|i'll take) (?:that|it) back\b|"
    r"\bforget i said (?:that|it)\b|\bscratch that\b|\b(?:that was|that's|that is|it was) "
    r"(?:not fair|unfair) of me\b")


def _careful_lines(t: _Turn) -> None:
    """Careful or kind lines the words alone read as judgements: a right call praised, gladness
    at them, confidence offered, their claim confirmed, an opening told, effort praised, their
    feeling inferred, a path accepted either way."""
    said = sentences(t.low) or [t.low]
    plain = not (JUDGED.search(t.low) or SARCASM.search(t.low) or BLAME_SAID.search(t.low)
                 or PINNED_ON_YOU.search(t.low) or _SNEER_MARK.search(t.low))
    back = _TAKEN_BACK.search(t.low)
    if t.codes & _JUDGING and back and back.start() > 0 and not (
            JUDGED.search(t.low, back.end()) or BLAME_SAID.search(t.low, back.end())
            or JUDGE_WORD.search(t.low, back.end()) or THREAT.search(t.low, back.end())):
        t.codes -= _JUDGING  # "you have just switched off eh sorry that came out
        t.codes.add(Code.INFORMATION)  # like a judgement and it is not fair what i mean is ...":
        # the verdict taken back at once and put as what happened; nothing judged after it
    if Code.LABEL in t.codes and any(_CHECKED_IN.match(x.strip()) for x in said) and all(
            _CHECKED_IN.match(x.strip()) or _GOOD_GOOD.match(x.strip())
            or _LIGHT_TALK.match(x.strip()) or _NAMED_HELLO.match(x.strip())
            or WELLBEING_ASKED.match(x.strip()) or WELCOME.match(x.strip()) for x in said) \
            and not (SARCASM.search(t.low) or JUDGED.search(t.low)):
        t.codes.discard(Code.LABEL)  # "Everything fine, yes? Good, good. Only a small chat,
        t.codes.add(Code.CLOSED_QUESTION)  # nothing serious.": their "fine" taken as it is,
        # a friendly echo (vague, not a verdict); "Fine. Great. Lovely." asks nothing and stays
    if Code.LABEL in t.codes and all(_THINKING_ASKED.match(x.strip()) for x in said) and plain:
        t.codes.discard(Code.LABEL)  # "what goes through your head right before you hit send on
        t.codes.add(Code.OPEN_QUESTION)  # a post like that": curious about their thinking
        if t.codes == {Code.OPEN_QUESTION}:
            t.primary = Primary.QUESTION
    if t.codes & {Code.BLAME, Code.LABEL} and RIGHT_CALL.search(t.low) and plain and not (
            _TURNED.search(t.low) or "?" in t.low):
        t.codes = (t.codes - {Code.BLAME, Code.LABEL}) | {Code.AFFIRMATION}  # "you were dead
        # right to stop that truck": praise of the call they made
        if t.codes == {Code.AFFIRMATION}:
            t.primary = Primary.OTHER
    if Code.LABEL in t.codes and any(GLAD_OF_THEM.search(x) for x in said) and all(
            GLAD_OF_THEM.search(x) or _NOT_SO.match(x.strip()) or not _judging_words(x)
            for x in said) and not (SARCASM.search(t.low) or _SNEER_MARK.search(t.low)
                                    or _TURNED.search(t.low)):
        t.codes = (t.codes - {Code.LABEL}) | {Code.AFFIRMATION}  # "Not furious. I'm glad
        # you're careful enough to be upset about it."
        if t.codes == {Code.AFFIRMATION}:
            t.primary = Primary.OTHER
    if Code.BLAME in t.codes and "?" in t.low and KEPT_BETWEEN_US.search(t.low) and plain and (
            not re.search(r"\bwhy\b", t.low)):
        t.codes.discard(Code.BLAME)  # "And who else knows about your dad, here? Is that something
        # you'd like me to keep between us?": confidence offered, no fault
        if any(re.match(r"(?:and |so )?(?:who|what|how|where|when)\b", x.strip()) for x in said):
            t.codes.add(Code.OPEN_QUESTION)
        if t.codes <= {Code.OPEN_QUESTION, Code.CLOSED_QUESTION}:
            t.primary = Primary.QUESTION
    if t.codes & {Code.BLAME, Code.LABEL} and t.context is not None and _CONFIRMED.match(
            t.low.strip()):
        ctx = canonical(t.context)
        if ("?" not in ctx and (_WORD_KEPT.search(ctx) or _OWN_RESULT.search(ctx))
                and not _NEGATED.search(ctx) and not _OWN_LAPSE.search(ctx)
                and not negative_words(words(ctx))):
            t.codes = {Code.AFFIRMATION}  # "Told you I would." - "You did.": their word kept
            t.primary = Primary.OTHER
    if Code.THREAT in t.codes and OPENING_TOLD.search(t.low) and not _YOUR_PLACE.search(
            t.low) and not _pressure_in(
            t.low, PROCESS, OTHERS_WANT_YOUR_PLACE, _REPLACED, NEXT_TIME_GONE, DARE_OR_SANCTION):
        t.codes.discard(Code.THREAT)  # "theres a post coming up in april": news of an opening
        t.codes.add(Code.INFORMATION)
    if Code.THREAT in t.codes and any(_KEEP_IT_UP.match(x.strip()) for x in said) and all(
            _KEEP_IT_UP.match(x.strip()) or _EFFORT_PRAISED.match(x.strip())
            or _PRAISE_WORD.match(x.strip()) or _BARE_PRAISE.match(x.strip()) for x in said):
        t.codes = (t.codes - {Code.THREAT}) | {Code.AFFIRMATION}  # "good. ye work hard when yer
        if t.codes == {Code.AFFIRMATION}:  # here. keep it up": praise, no "or else"
            t.primary = Primary.OTHER
    if Code.LABEL in t.codes and t.context is not None and FEELING_INFERRED.match(t.low) \
            and not (SARCASM.search(t.low) or _TURNED.search(t.low) or "?" in t.low
                     or re.search(r"\byou(?:'re| are| were)\b", t.low)):
        t.codes = (t.codes - {Code.LABEL}) | {Code.REFLECTION}  # "yeah that must have felt
        if not t.codes - {Code.REFLECTION}:  # rubbish honestly nobody telling you anything"
            t.primary = Primary.REFLECTION
    if Code.LABEL in t.codes and _WELL_ASKED.search(t.low) and not any(
            _judging_words(x) for x in said) and not (_SNEER_MARK.search(t.low)
                                                    or _TURNED.search(t.low)):
        t.codes.discard(Code.LABEL)  # "Core Experience is a good team, you are happy there,
        t.codes.add(Code.CLOSED_QUESTION)  # right?": a leading question about how they are
    if Code.LABEL in t.codes and NOT_FOR_EVERYONE.search(t.low):
        left = NOT_FOR_EVERYONE.sub(" ", t.low)
        if not (JUDGED.search(left) or SARCASM.search(left) or character_verdict(left)
                or SOME_PEOPLE_ARENT.search(left) or re.search(r"\bfor you\b", left)
                or _REPLACED.search(left)):
            t.codes.discard(Code.LABEL)  # "managing isn't for everybody, and that's fine. Some
            if not t.codes:  # plants like the shade."
                t.codes.add(Code.INFORMATION)
    if Code.LABEL in t.codes and _PLAN_FITTED.search(t.low) and not (
            JUDGED.search(t.low) or SARCASM.search(t.low) or BLAME_SAID.search(t.low)
            or PINNED_ON_YOU.search(t.low)  # (its "even" is the ice's, no sneer)
            or "?" in t.low or character_verdict(t.low) or any(
                rx.search(t.low) for _, rx in JUDGING_CUES)):
        t.codes.discard(Code.LABEL)  # "If the days have changed again, at home or anywhere, we
        if not t.codes:  # build the plan on the days you have now."
            t.codes.add(Code.INFORMATION)
    mine = _MY_PART.search(t.low)
    if t.codes & {Code.BLAME, Code.LABEL} and mine and plain and not (
            "?" in t.low or character_verdict(t.low)
            or _TURNED.search(_OWN_SHOULD.sub(" ", t.low[mine.end():]))
            or re.search(r"\b(?:still|not (?:my|on me))\b", t.low)):
        t.codes -= {Code.BLAME, Code.LABEL}  # "Some of that's on me. I put 'attendance' on a
        if not t.codes:  # calendar invite and never asked you in person first."
            t.codes.add(Code.INFORMATION)


# The plan fitted to their life: "we build the plan on the days you have now", "a plan can move
# too", "we plan around your mornings"
_PLAN_FITTED = re.compile(
    r"\b(?:build|make|shape|fit|bend|move|plan|change)(?: the| a| our)?(?: plan| work| job| rota|"
    r" hours| week)? (?:on|around|round|to fit) (?:the days you|your (?:days|week|life|hours|"
    r"mornings|evenings|weeks)|how your (?:days|week|weeks|life)|what you (?:can|have))|"
    r"\ba plan can (?:move|bend|change)\b")
# The manager's own part in it owned: "some of that's on me", "a part is mine also" ("so it's my
# fault now is it" mocks their account; "but it still doesn't make it alright" turns on them)
_MY_PART = re.compile(
    r"\b(?:(?:some|part|a lot|much|most|half|all|a bit) of (?:that|this|it)(?:'s| is| was)|"
    r"(?:that's|that is|this is|it's|it is|that was|this was|that one's|that one is|this one's))"
    r" (?:also |partly |on |partly on )?"
    r"(?:on me|mine)\b(?! to (?:fix|sort|solve|change))|\b(?:a|my) part (?:of (?:it|this|that) )?"
    r"is (?:mine|on me)\b|\bi should(?:'ve| have) (?:asked|said|seen|"
    r"spotted|noticed|checked|told you|come to you|talked|spoken|caught)\b")


# The manager's own "should have" after owning it, with "I" or with no subject ("That's on me,
# then. Should have briefed it."); "you should have" turns it on them
_OWN_SHOULD = re.compile(r"(?:^|[.!?;,] |\bi )should(?:'ve| have)\b")


_MY_OWN_WAY = re.compile(r"\b(?:i|i'm|i'll|i've|i'd)\b")


_STORY_PREFACE = re.compile(r"^(?:let me tell you (?:something|a (?:little |short )?story)|"
                            r"(?:can|may) i tell you (?:something|a story)|a (?:little |short )?"
                            r"story)[.:!?]*$")


# A recogniser's run-on goes from the story to its question with no full stop: "... it was
# timetable that was wrong not him so what is different in your weeks now"
_ASKED_AFTER = re.compile(r"(?<=[a-z]) (?=so (?:what|how|tell me|i ask you)\b)")
_SO_ASKED = re.compile(r"^so (?:what|how|tell me|i ask you)\b")


def _told_in_story(said: list[str]) -> list[bool]:
    """Which sentences are the manager's story: one that opens it (``anecdote``), its preface
    ("Let me tell you something."), and the sentences that go on with it saying nothing of
    the report ("I shouted at him in front of everybody. Only later I learned his mother was
    sick."); a turn of contrast ("But things are different now, I gather.") ends it."""
    out: list[bool] = []
    for i, x in enumerate(said):
        if anecdote(x):
            out.append(True)
        elif _STORY_PREFACE.match(x.strip()):
            out.append(any(anecdote(y) for y in said[i + 1:i + 2]))
        else:
            out.append(bool(out) and out[-1] and not speaks_of_them(x) and "?" not in x
                       and not _TURNED.match(x.strip()))
    return out


def _anecdote_told(t: _Turn) -> None:
    """A story from the manager's own life ("My father sold carpets forty years, and he said the
    most valuable person in the workshop is the one who finds the wrong knot") is no observation
    of the report, nor its impact, when nothing else in the turn tells what they did; its maxim
    is no advice beside the manager's own way, and its verdicts are on the story's people."""
    said = [part for x in sentences(t.low) or [t.low] for part in _ASKED_AFTER.split(x)]
    stories = _told_in_story(said)
    if not any(stories):
        return
    if any(_SO_ASKED.match(x) for i, x in enumerate(said) if any(stories[:i])):
        t.codes.add(Code.OPEN_QUESTION)  # (a recogniser's "... so what is different now")
    if not t.codes & {Code.OBSERVATION, Code.IMPACT, Code.ADVICE, Code.LABEL, Code.BLAME}:
        return
    if t.codes & {Code.LABEL, Code.BLAME} and all(
            story or ((x.rstrip().endswith("?") or _SO_ASKED.match(x)) and not _judging_words(x)
                      and any(stories[:i]))
            for i, (x, story) in enumerate(zip(said, stories, strict=True))):
        # "first time i took the lifeboat out as coxswain ... i was too proud to ask the old
        # boys": the manager's verdict on their own younger self, nothing said of them (and
        # the question the story leads to, "So I ask you first: what is taking your time?")
        t.codes -= {Code.LABEL, Code.BLAME}
    own = [x for x, story in zip(said, stories, strict=True) if not story]
    rest = " ".join(own)
    mine = re.sub(r"\bi(?:'ll| will)? (?:always |just )?(?:will )?(?:try|tried)\b", "i do", rest)
    if Code.ADVICE in t.codes and not (ADVICE.search(mine) or ADVICE_QUESTION.search(mine)) and all(
            _MY_OWN_WAY.search(x) and not re.search(r"\byou\b", x)
            for x in own):
        # "my maestro always said: before you carve, you listen to the wood. So today I try to
        # listen more than I talk.": a maxim in a story, and the manager's own way; no tip
        t.codes.discard(Code.ADVICE)
        if not t.codes:
            t.codes.add(Code.INFORMATION)
    if any(describes_event(x) for x in said) or SPECIFIC_TIME.search(rest) or BEHAVIOUR.search(
            rest):
        return
    t.codes.discard(Code.OBSERVATION)
    if not AFFECTED.search(rest):
        t.codes.discard(Code.IMPACT)
    if not t.codes:
        t.codes.add(Code.INFORMATION)  # the story told, as the advice branch above has it
    elif t.codes <= {Code.AFFIRMATION}:
        t.primary = Primary.OTHER


# How they are, asked with a tag: "you are happy there, right?", "you're okay with that, yeah?"
_WELL_ASKED = re.compile(r"\byou(?:'re| are)? (?:\w+ )?(?:happy|okay|ok|alright|all right|fine|"
                         r"settled|comfortable)\b[^.?!]{0,30}?,? (?:right|yes|yeah|no|ja|eh|isn't "
                         r"it|aren't you|correct)\?")


# "(It) sounds like ... you ...", their side said back ("sounds like the moments you like best
# are ..."), not "Sounds like a plan." or "Sounds good."
SOUNDS_LIKE_THEIRS = re.compile(
    r"^(?:(?:so|okay|ok|right|yeah|mm+|hmm|ah|oh|i see)[,.]?\s+)*(?:it )?sounds like (?!a plan|a "
    r"(?:good|great|deal)|fun|good|great)(?:[\w']+ ){0,6}?(?:you|your|you're|you've)\b")


# In this order: a later rule reads what an earlier one decided (a threat denied is no longer
# a judgement when the plan rules ask whether the turn judges).
# An apology for raising it at all: "Sorry to bring it up.", "I hate to mention it"
_SORRY_TO_RAISE = re.compile(r"\b(?:sorry to|i hate to) (?:bring (?:it|this|that) up|raise "
                             r"(?:it|this|that)|mention (?:it|this|that))\b")


# Arrogance pinned on them as their own belief: "You think you're the smartest person in the
# room", "you think you are too good for this studio" (their low opinion of themselves said back,
# "you think you're rubbish at it", is a reflection)
_THINKS_TOO_WELL = re.compile(
    r"^(?:(?:and|so|but|look|honestly|well),? )*you (?:think|reckon|believe) (?:you're|you are|"
    r"youre) (?:the (?:smartest|cleverest|best|brightest|only one who|big (?:man|shot|cheese))|"
    r"smarter|cleverer|better (?:than|at everything)|too good|above (?:all|every|the|this|us|"
    r"them|it)|god's gift|so (?:clever|smart|special|important|great)|special|untouchable|"
    r"irreplaceable|fooling)\b")


def _arrogance_pinned(t: _Turn) -> None:
    """Arrogance pinned on them as their own belief is a label, not a reflection: the offline
    report thanked the manager for "You think you're the smartest person in the room and you
    make sure everyone knows it."."""
    if Code.LABEL in t.codes or not any(_THINKS_TOO_WELL.match(x.strip())
                                        for x in sentences(t.low) or [t.low]):
        return
    t.codes = (t.codes - {Code.REFLECTION, Code.AFFIRMATION, Code.SUMMARY}) | {Code.LABEL}
    t.primary = Primary.INPUT


_RULES = (_plan_talk_before, _recap, _threats, _judgements, _judgements_said_softly,
          _judgements_in_stock_forms, _arrogance_pinned, _blame_in_plain_forms,
          _doubts_of_their_word, _fault_named_back, _veiled_judgements, _expectations,
          _careful_lines, _anecdote_told, _steps, _question_forms, _asked_after_the_need)


def settle(text: str, coding: TurnCoding, context: str | None = None) -> TurnCoding:
    """``coding`` with the scorer's firm rules applied (see the module's docstring);
    ``context`` is the report's previous turn, when there is one."""
    if only_space(text) or CLOSING.match(canonical(text).strip()):
        if TALKS_LATER.search(canonical(text)):
            # "Grand so, we'll chat again soon.": a goodbye, and a follow-up however vague
            # (the planning level asks for its day)
            return coding.model_copy(update={"primary": Primary.INPUT,
                                             "codes": frozenset({Code.FOLLOW_UP})})
        return coding.model_copy(update={"primary": Primary.OTHER, "codes": frozenset()})
    t = _Turn(text=text, low=canonical(text), context=context, codes=set(coding.codes),
              primary=coding.primary)
    for rule in _RULES:
        rule(t)
    if (t.codes != set(coding.codes) and t.primary == Primary.OTHER and t.codes
            and not t.codes <= {Code.AFFIRMATION}):  # praise alone is `other`, as the coder has it
        t.primary = Primary.INPUT
    if t.codes == set(coding.codes) and t.primary == coding.primary:
        return coding
    return coding.model_copy(update={"primary": t.primary, "codes": frozenset(t.codes)})
