"""Firm rules over a coded turn that a coach would state, applied by the coder to every coding
it returns, so the persona mind, the scorer, the metrics and the review read the same codes.

- A turn that only gives the report time ("Take your time.", "No rush, have a think.") is
  holding the space: no softener, advice or information in it.
- A bare acknowledgement said alone ("I hear you.", "yeah i hear you", "Fair enough.") shows it
  was heard, not what was heard: `other`, no reflection.
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
- The formal process told so it is no surprise, with where they stand ("If the start times stay
  like this, the next step is a formal attendance plan. We're not there today. I'm telling you so
  nothing lands on you sideways later.") is information, not a threat, unless pressure is said
  beside it ("out of my hands", "last chance").
- Their view disagreed with kindly ("if you think explaining things is only a nice extra i dont
  agree with you on that one") is information, not a threat, when every "if" is their opinion
  and no consequence, process or their job is named.
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
- Judgements the head missed or invented (L7): a guess at their feeling with its own check ("My
  guess is you feel nobody noticed. Am I close?") is a reflection; "that's what happens when you
  ..." and a who-question answered "You." are blame; their energy praised after a flat "Okay." and
  their arrival praised in mockery ("Lovely of you to join us.") are labels; those who slip said
  not to last there ("A deckhand who skips the checklist does not stay on my deck.") is a threat
  unless care for their place is said; HR asked about their hours is help; "I'll say what I saw,
  and then I'll listen." is the talk itself; what others did to them called out ("They cancelled
  your leave? That's ridiculous.") and their apology eased with nothing said of them ("Don't
  apologise, a blank form is just a form") are no labels.
- What the head still misread (L8): encouragement about people who ask for help and "I'm not
  letting you go yet, one more thing" are no threats; notice asked with HR as the other choice
  is a threat and no support; the manager holding back ("I don't want to keep asking") is no
  reflection when nothing of theirs is said back; favours recited from the past are no support;
  their interest called a hobby, their crew always at fault and "Very senior of you." are labels;
  their role named last after a lapse ("and youre the branch manager so") is blame; "It stops."
  and where problems go first are expectations; short praise straight after they tell how
  something went ("Stunning. Well done.") is praise, not sarcasm read from their line.
- Misreadings from a blind set's first reading (L9): the manager's own thinking named after the
  topic ("so the two years question i have been thinking about it for you") is no reflection;
  the blank they left read as something for the talk ("An empty box tells me something too, and
  that's half of why we're here.") is no label; a rule of the place put as a condition on someone
  like them ("if a worker misses three times he is not working there next week") is a threat; an
  order naming what they send with a relative "what" is no open question; a guess at their
  feeling with its own check is a reflection, its hedges no softener; their act called "out of
  order" is a label; "Does that make sense?" alone says nothing back; a meeting booked and
  nothing else is a follow-up, not a step of the plan.
"""

from __future__ import annotations

from roleplay.domain.codes import Code, Primary, TurnCoding
from roleplay.domain.meeting_again import TALKS_LATER
from roleplay.domain.sentences import CLOSING
from roleplay.scoring._cues_listening import BARE_ACKNOWLEDGEMENT
from roleplay.scoring._cues_plan import only_space
from roleplay.scoring._text import canonical
from roleplay.scoring.settle.brushed import _trouble_brushed_off
from roleplay.scoring.settle.careful import _careful_lines
from roleplay.scoring.settle.hospitality import _hospitality_offered
from roleplay.scoring.settle.judgements import (
    _arrogance_pinned,
    _blame_in_plain_forms,
    _doubts_of_their_word,
    _fault_named_back,
    _judgements,
    _judgements_in_stock_forms,
    _judgements_said_softly,
    _veiled_judgements,
)
from roleplay.scoring.settle.plans import (
    _asked_after_the_need,
    _expectations,
    _plan_talk_before,
    _recap,
    _steps,
)
from roleplay.scoring.settle.process_told import _process_told_fairly
from roleplay.scoring.settle.questions import _question_forms
from roleplay.scoring.settle.stories import _anecdote_told
from roleplay.scoring.settle.their_view import _view_disagreed
from roleplay.scoring.settle.threats import _threats
from roleplay.scoring.settle.turn import _Turn

# The order matters: later themes read what earlier ones settled (careful lines clear a judgement
# the judgement rules added; the question forms run last over the settled codes).
_RULES = (_plan_talk_before, _recap, _threats, _process_told_fairly, _view_disagreed,
          _judgements, _judgements_said_softly, _judgements_in_stock_forms, _arrogance_pinned,
          _blame_in_plain_forms, _doubts_of_their_word, _fault_named_back, _veiled_judgements,
          _trouble_brushed_off, _expectations, _careful_lines, _hospitality_offered,
          _anecdote_told, _steps, _question_forms, _asked_after_the_need)


def settle(text: str, coding: TurnCoding, context: str | None = None) -> TurnCoding:
    """``coding`` with the scorer's firm rules applied (see the package's docstring);
    ``context`` is the report's previous turn, when there is one."""
    # (a bare "I hear you." said alone reflects nothing of theirs: `other`, as labelled)
    if only_space(text) or CLOSING.match(canonical(text).strip()) or BARE_ACKNOWLEDGEMENT.match(
            canonical(text).strip()):
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
