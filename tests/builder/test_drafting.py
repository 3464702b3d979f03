"""An LLM draft is validated before it can be saved: the reply against PersonaDraft, then the
merged scenario by the same gate as any file. The real openai client runs against an in-process
transport."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest

from roleplay.builder import DraftError, build, check_text, save_scenario, validate_answers
from roleplay.builder.compose import compose
from roleplay.builder.drafting import PersonaDraft, draft_prompt, draft_scenario
from roleplay.builder.fakes import FailingJsonModel, ScriptedJsonModel, reply_from
from roleplay.builder.openai_model import OpenAIDraftModel
from roleplay.builder.writer import scenario_yaml
from roleplay.llm.structured import StructuredOutput
from roleplay.scenarios import ScenarioFileError

from .helpers import TODAY, answers

KEY = "sk-test-abcdefghijklmnop"


def template(**changes: Any) -> dict[str, Any]:
    return compose(validate_answers(answers(**changes), today=TODAY),
                   rng=random.Random(0)).data


def test_a_valid_draft_is_merged_reviewed_and_saved(tmp_path: Path) -> None:
    reply = reply_from(template(root_cause="caring"))
    reply["lines"]["guarded"] = ["Hi. I wasn't sure what this was about.", "Okay. Go on.",
                                 "Right. Fine."]
    model = ScriptedJsonModel(reply=reply)
    built = build(validate_answers(answers(root_cause="caring"), today=TODAY), tmp_path,
                  rng=random.Random(0), model=model, today=TODAY)
    assert built.drafted_by == "scripted test model"
    scenario = check_text(built.text, tmp_path / "draft.yaml")
    assert scenario.persona.personality.startswith("Sam is careful and private.")
    assert scenario.opening.report_line == "Hi. You wanted a word?"
    assert scenario.lines.guarded[0] == "Hi. I wasn't sure what this was about."
    # The builder's facts, objectives, cause and reactions are kept, whatever the model says.
    assert scenario.persona.hidden_root_cause.summary.startswith("Sam has become the main carer")
    assert [f.date.isoformat() for f in scenario.facts] == ["2026-11-03", "2026-11-17"]
    assert scenario.lines.reactions.observation
    saved = save_scenario(built.text, tmp_path / "scenarios")
    assert saved.scenario == scenario.model_copy(update={"source": "user"})
    # What the model was told: the situation and the cause, as JSON.
    system, user = model.calls[0]
    assert "must NOT" in system
    sent = json.loads(user)
    assert sent["report"]["pseudonym"] == "Sam Lee"
    assert sent["hidden_cause_keywords"] == list(scenario.persona.hidden_root_cause.keywords)


def test_an_incomplete_draft_is_refused_with_the_fields_named() -> None:
    data = template()
    reply = reply_from(data)
    del reply["speaking_style"]
    reply["lines"]["guarded"] = ["Only one line"]
    reply["mood"] = "calm"
    with pytest.raises(DraftError) as info:
        draft_scenario(ScriptedJsonModel(reply=reply), data)
    message = info.value.message
    assert message.startswith("the model's draft was incomplete")
    assert "speaking_style: required field is missing" in message
    assert "lines.guarded: must not be empty (at least 3 items)" in message
    assert "mood: unknown field" in message
    for bad in ("not json at all", ["a", "list"], 42):
        with pytest.raises(DraftError, match=r"not (valid JSON|a JSON object)"):
            draft_scenario(ScriptedJsonModel(reply=bad), data)


def test_a_draft_that_gives_the_cause_away_cannot_be_saved(tmp_path: Path) -> None:
    data = template(root_cause="caring")
    reply = reply_from(data)
    reply["lines"]["warming"][1] = "Honestly, it's my mum. She's in hospital again."
    text = scenario_yaml(draft_scenario(ScriptedJsonModel(reply=reply), data))
    with pytest.raises(ScenarioFileError) as info:
        save_scenario(text, tmp_path)
    (error,) = info.value.errors
    assert error.field == "lines.warming[1]"
    assert "gives the hidden cause away before the reveal (mentions 'my mum')" in error.message
    assert "my mum" in text.splitlines()[error.line - 1]  # type: ignore[operator]
    assert list(tmp_path.iterdir()) == []


def test_a_failing_model_raises_a_plain_draft_error(tmp_path: Path) -> None:
    with pytest.raises(DraftError, match="could not reach the model"):
        build(validate_answers(answers(), today=TODAY), tmp_path, model=FailingJsonModel())


def test_prompt_describes_the_situation() -> None:
    data = template(temperament="angry", conversation_type="behaviour_feedback")
    sent = json.loads(draft_prompt(data))
    assert sent["temperament"].startswith("Angry:")
    assert sent["conversation_type"] == "Behaviour feedback: how they treat peers"
    assert sent["examples"][0] == {"date": "2026-11-03", "what_happened": data["facts"][0][
        "observation"], "impact": "Finance closed the month by hand."}
    assert "reactions" not in sent["template_lines_to_improve"]


# --- the real openai client on an in-process transport ---------------------------------------

def completion(content: str) -> dict[str, Any]:
    return {"id": "c1", "object": "chat.completion", "created": 0, "model": "test-model",
            "choices": [{"index": 0, "finish_reason": "stop",
                         "message": {"role": "assistant", "content": content}}]}


def drafter(handler: Any, model: str = "m") -> OpenAIDraftModel:
    return OpenAIDraftModel(StructuredOutput(client_for(handler), model), model)


def client_for(handler: Any) -> openai.OpenAI:
    return openai.OpenAI(base_url="http://llm.test/v1", api_key=KEY, max_retries=0,
                         http_client=httpx.Client(transport=httpx.MockTransport(handler)))


def test_openai_json_schema_falls_back_to_json_object(tmp_path: Path) -> None:
    data = template(root_cause="burnout")
    good = reply_from(data)
    formats: list[dict[str, Any]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        assert request.url.path == "/v1/chat/completions"
        formats.append(body.get("response_format") or {})
        if formats[-1].get("type") == "json_schema":
            return httpx.Response(400, json={"error": {"message": "response_format "
                                                       "json_schema is not supported"}})
        return httpx.Response(200, json=completion("```json\n" + json.dumps(good) + "\n```"))

    model = OpenAIDraftModel(StructuredOutput(client_for(handler), "test-model"), "test-model",
                             where="http://llm.test/v1")
    assert model.description == "test-model at http://llm.test/v1"
    built = build(validate_answers(answers(root_cause="burnout"), today=TODAY), tmp_path,
                  rng=random.Random(0), model=model)
    assert [f["type"] for f in formats] == ["json_schema", "json_object"]
    schema = formats[1]["schema"]
    assert schema == PersonaDraft.model_json_schema()
    assert formats[0]["json_schema"]["schema"] == schema
    scenario = check_text(built.text, tmp_path / "x.yaml")
    assert scenario.persona.personality == good["personality"]


def test_openai_invalid_reply_is_repaired_once_then_refused() -> None:
    data = template()
    good = reply_from(data)
    replies = [json.dumps({"personality": "too short"}), json.dumps(good)]

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=completion(replies.pop(0)))

    draft = draft_scenario(drafter(handler), data)
    assert draft["persona"]["personality"] == good["personality"]

    def always_bad(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=completion('{"personality": "nope"}'))

    with pytest.raises(DraftError, match="did not fit"):
        draft_scenario(drafter(always_bad), data)


@pytest.mark.parametrize(("status", "expected"), [
    (401, "key"), (404, "not found|404"), (500, "500|error"), (503, "503|error|unavailable"),
])
def test_openai_failures_never_show_the_key(status: int, expected: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json={"error": {"message": f"bad key {KEY}"}})

    with pytest.raises(DraftError) as info:
        draft_scenario(drafter(handler), template())
    assert KEY not in info.value.message
    assert any(word in info.value.message.lower() for word in expected.split("|"))


def test_openai_unreachable_server() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    with pytest.raises(DraftError) as info:
        draft_scenario(drafter(handler), template())
    assert "llm.test" in info.value.message
    assert info.value.retryable
