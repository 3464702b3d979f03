"""Their trouble brushed off, and the careful lines the learned head misread: praise of them or
their prospects read as fault, and their job plainly reassured read as a threat (L6; the cues
are in :mod:`roleplay.scoring._cues_brushed`)."""

from __future__ import annotations

from roleplay.domain.codes import Code, Primary
from roleplay.scoring._cues_brushed import (
    claim_set_against_doing,
    excuse_called_everyones,
    grudging_word_praised,
    insinuated_after_denial,
    job_plainly_reassured,
    junior_held_up,
    lapse_owned_for_them,
    others_coped,
    praise_read_as_fault,
    prospects_praised,
    thanks_with_a_sneer,
    told_to_get_over_it,
)
from roleplay.scoring.settle.judgements import _NOT_WITH_A_VERDICT
from roleplay.scoring.settle.questions import THEIR_VIEW
from roleplay.scoring.settle.turn import _JUDGING, _Turn


def _verdict(t: _Turn, code: Code) -> None:
    t.codes = (t.codes - _NOT_WITH_A_VERDICT) | {code}
    t.primary = Primary.INPUT


def _trouble_brushed_off(t: _Turn) -> None:
    """Judgements strangers put as their trouble brushed off (L6), where nothing else judged the
    turn: their claim set against doing the work well ("Overtime isn't the same as being good at
    it."), their excuse called everyone's ("Everyone had fieldwork, Olivia."), others who coped
    held up ("Everyone else adapted to the reorg."), a newer colleague held up ("even wee kieran
    gets his ties right"), thanks for the basics with a sneer ("good on ya for turning up, thats
    a nice change"), "get over it", their grudging word echoed and praised ("fine" - "fine great
    lovely") and an insinuation after "I'm not saying" ("I'm just saying it's interesting.") are
    labels, or blame where "only one of you" did it or "you were on" the job; a lapse told, then
    owned for them ("That's your caption.") is blame. An admiring comparison closed by "Every
    mine needs one." and "you're the reason" a bad thing does not happen are praise, though the
    learned head read fault in them."""
    low = t.low
    if (t.codes & {Code.LABEL, Code.BLAME} and Code.THREAT not in t.codes
            and praise_read_as_fault(low)):
        t.codes = (t.codes - {Code.LABEL, Code.BLAME}) | {Code.AFFIRMATION}
        if t.codes == {Code.AFFIRMATION}:
            t.primary = Primary.OTHER  # praise alone, as the coder has it
        return
    if t.codes & _JUDGING == {Code.THREAT} and job_plainly_reassured(low):
        t.codes -= {Code.THREAT}  # "Your job isn't at risk. Let's see how December goes."
        if not t.codes:
            t.codes = {Code.INFORMATION}
        return
    if not t.codes - {Code.SOFTENER} and prospects_praised(low):
        t.codes = t.codes | {Code.AFFIRMATION}  # "You'd make a great manager, honestly."
        t.primary = Primary.OTHER if t.codes == {Code.AFFIRMATION} else Primary.INPUT
        return
    if t.codes & _JUDGING:
        return
    if claim_set_against_doing(low, t.context) or thanks_with_a_sneer(low):
        # "Overtime isn't the same as being good at it.", "good on ya for turning up, that's a
        # nice change" (the head reads the thanks as praise)
        _verdict(t, Code.LABEL)
        return
    if t.codes & {Code.SUMMARY, Code.AFFIRMATION}:
        return
    # their excuse said back as everyone's is read as a reflection by the head; a reflection of
    # their view ("you feel everyone had ...") stays one
    kind = (excuse_called_everyones(low, t.context)
            if Code.REFLECTION not in t.codes or not THEIR_VIEW.search(low) else None)
    if kind is not None:
        _verdict(t, Code.BLAME if kind == "blame" else Code.LABEL)  # "Everyone had fieldwork."
        return
    if junior_held_up(low):
        _verdict(t, Code.LABEL)  # "even wee kieran gets his ties right and hes been here a week"
        return
    if Code.REFLECTION in t.codes:
        return
    kind = insinuated_after_denial(low) or ("blame" if lapse_owned_for_them(low) else None)
    if kind is not None:
        _verdict(t, Code.BLAME if kind == "blame" else Code.LABEL)
    elif (others_coped(low, t.context) or told_to_get_over_it(low)
          or grudging_word_praised(low, t.context)):
        _verdict(t, Code.LABEL)  # "Everyone else adapted to the reorg."
