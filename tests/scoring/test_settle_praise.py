"""Short praise read with what the report just said: sarcasm after a lapse they own, praise
after a result they tell (the report's words alone had read "Great job." as a label)."""

from __future__ import annotations

import pytest

from roleplay.domain.codes import Code, Primary
from roleplay.scoring.coder import default_coder


@pytest.mark.parametrize(("context", "text"), [
    ("I forgot to send the report to the client.", "Brilliant work, really."),
    ("I missed the handover again.", "great job. really great for team spirit."),
    ("I passed the test.", "Congratulations on passing the test that literally everyone passes."),
    ("I finished the audit.", "Well done, finally."),
    # what went wrong told by the manager, then the praise
    ("Do you want me to hand my notice in?", "Tom covered for you twice on a Monday. Skipped his "
                                             "lunch both times. Brilliant work, really."),
])
def test_praise_after_a_lapse_or_with_a_sneer_is_a_label(context: str, text: str) -> None:
    coding = default_coder().code(text, context)
    assert Code.LABEL in coding.codes and Code.AFFIRMATION not in coding.codes, coding


@pytest.mark.parametrize(("context", "text"), [
    ("I finished the audit.", "Great job."),
    ("I finished the audit early.", "Well done."),
    ("I forgot to send it, sorry, my fault.", "Well done for telling me straight away."),
    ("We hit the target.", "Brilliant, well done."),
])
def test_praise_of_a_result_or_of_owning_up_is_praise(context: str, text: str) -> None:
    coding = default_coder().code(text, context)
    assert coding.codes == {Code.AFFIRMATION} and coding.primary == Primary.OTHER, coding
