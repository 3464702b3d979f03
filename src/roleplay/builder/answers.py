"""What the manager tells the guided builder, in plain fields, and the messages when a field is
not right. Messages use the same wording as the scenario loader's ("required field is missing",
"must not be empty", "expected one of ...") and name the field, so the terminal, an answers file
and the app's form all say the same thing.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from roleplay.builder.causes import CAUSES_BY_ID, OWN, SURPRISE, cause_ids
from roleplay.domain.scenario import ConversationType, Difficulty, Temperament
from roleplay.scenarios.messages import clean_loc, describe, field_name, merge_typos

MAX_ANSWERS_BYTES = 256 * 1024
NAME_RE = re.compile(r"^[^\W\d_]+(?:[' .-]+[^\W\d_]+)*\.?$")
ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]*$")

_LETTERS = re.compile(r"[^\W\d_]+")
_VOWELS = set("aeiouy")
_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
NO_WORDS = "needs words, not only symbols, digits or random letters"


def _wordlike(token: str) -> bool:
    """A run of letters that could be a word: not keyboard mash such as 'sdfkj' or 'asdf'."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", token.lower())
                    if not unicodedata.combining(c))
    if not plain.isascii():
        return True  # another script: not ours to judge
    if len(plain) == 1:
        return plain in ("a", "i", "o")
    if not _VOWELS & set(plain):
        return False
    if re.search(r"[^aeiouy]{6,}", plain):
        return False
    return not (len(plain) >= 4 and any(plain in row or plain in row[::-1]
                                         for row in _KEYBOARD_ROWS))


def has_words(text: str) -> bool:
    """At least one real-looking word, and at least half of the letter runs are word-like."""
    tokens = _LETTERS.findall(text)
    words = [t for t in tokens if _wordlike(t)]
    return bool(words) and 2 * len(words) >= len(tokens)


def name_problem(value: str) -> str | None:
    """Why ``value`` is not a usable first name or pseudonym (None: it is)."""
    value = value.strip()
    if not value:
        return "must not be empty"
    if len(value) > 40 or not NAME_RE.match(value):
        return "use a first name or pseudonym: letters, spaces, hyphens or apostrophes"
    return None


# Words that judge the person rather than describe what they did (a note, not an error).
JUDGEMENTS = ("lazy", "attitude", "unprofessional", "careless", "sloppy", "useless", "rude",
              "arrogant", "toxic", "difficult", "always", "never", "hopeless", "incompetent")


class _Answer(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


class Example(_Answer):
    """One dated, specific thing that happened."""

    date: dt.date = Field(description="When it happened (YYYY-MM-DD).")
    what_happened: str = Field(
        min_length=1, max_length=600,
        description="What you saw or heard, specifically: who, what, where.")
    impact: str | None = Field(default=None, max_length=400,
                               description="What it led to (optional).")

    @field_validator("date")
    @classmethod
    def _not_future(cls, value: dt.date, info: ValidationInfo) -> dt.date:
        today = (info.context or {}).get("today") or dt.date.today()
        if value > today:
            raise ValueError(f"is in the future ({value.isoformat()}); an example is something "
                             "that has already happened")
        return value

    @field_validator("what_happened")
    @classmethod
    def _specific(cls, value: str) -> str:
        if not has_words(value):
            raise ValueError(NO_WORDS)
        if len(value.split()) < 4:
            raise ValueError("say what you saw or heard in a few more words, e.g. 'the report "
                             "due on Friday arrived on Tuesday'")
        return value

    @field_validator("impact")
    @classmethod
    def _blank_impact(cls, value: str | None) -> str | None:
        return value or None


class OwnCause(_Answer):
    """The manager's own idea of what is really going on (kept hidden from the opening)."""

    summary: str = Field(min_length=1, max_length=600,
                         description="What is really going on, in your words.")
    hint: str = Field(min_length=1, max_length=200,
                      description="A guarded sign they might let slip first.")
    reveal: str = Field(min_length=1, max_length=800,
                        description="What they would say when they finally tell you.")
    keywords: list[str] = Field(default_factory=list,
                                description="Words that would give it away (optional).")


class BuilderAnswers(_Answer):
    report_name: str = Field(
        min_length=1, max_length=40,
        description="A first name or pseudonym for your report (not their real name).")
    role: str = Field(min_length=1, max_length=80, description="Their role.")
    tenure: str = Field(min_length=1, max_length=60,
                        description="How long they have been in the team or role.")
    conversation_type: ConversationType = Field(
        default=ConversationType.UNDERPERFORMANCE, description="What kind of conversation.")
    topic: str = Field(min_length=1, max_length=60,
                       description="In a few words, what it is about (used in the title).")
    examples: list[Example] = Field(min_length=1, max_length=8,
                                    description="Dated, specific examples.")
    impact: str = Field(min_length=1, max_length=600,
                        description="Why it matters: the impact on the team, customers or them.")
    suspicion: str = Field(default="", max_length=600,
                           description="What you suspect might be behind it (optional).")
    root_cause: str = Field(
        default=SURPRISE,
        description="'surprise' (drawn from common causes), a cause id, or 'own'.")
    own_root_cause: OwnCause | None = None
    temperament: Temperament = Field(description="How they usually react to feedback.")
    goals: list[str] = Field(min_length=1, max_length=5,
                             description="What you want from the meeting, one per line.")
    difficulty: Difficulty = Difficulty.MEDIUM
    meeting: str = Field(default="", max_length=120,
                         description="When the real meeting is (optional), e.g. 'Thursday's 1:1'.")
    scenario_id: str | None = Field(default=None, max_length=60,
                                    description="File name for the scenario (optional).")

    @model_validator(mode="before")
    @classmethod
    def _own_implies_choice(cls, data: Any) -> Any:
        if isinstance(data, dict) and data.get("own_root_cause") and "root_cause" not in data:
            return {**data, "root_cause": OWN}
        return data

    @field_validator("goals", mode="before")
    @classmethod
    def _goal_lines(cls, value: Any) -> Any:
        if isinstance(value, str):
            return [line.strip(" -*\t") for line in value.splitlines() if line.strip(" -*\t")]
        return value

    @field_validator("goals")
    @classmethod
    def _no_blank_goals(cls, value: list[str]) -> list[str]:
        goals = [g.strip() for g in value]
        if any(not g for g in goals):
            raise ValueError("must not contain empty items")
        if any(not has_words(g) for g in goals):
            raise ValueError(f"each goal {NO_WORDS}")
        return goals

    @field_validator("topic", "role", "impact", "suspicion")
    @classmethod
    def _words(cls, value: str) -> str:
        if value and not has_words(value):  # empty: "must not be empty" or optional
            raise ValueError(NO_WORDS)
        return value

    @field_validator("report_name")
    @classmethod
    def _name(cls, value: str) -> str:
        problem = name_problem(value)
        if problem:
            raise ValueError(problem)
        return value

    @field_validator("scenario_id")
    @classmethod
    def _id(cls, value: str | None) -> str | None:
        if value and not ID_RE.match(value):
            raise ValueError("use lower-case letters, digits, '-' and '_' (e.g. 'sam-deadlines')")
        return value or None

    @field_validator("root_cause")
    @classmethod
    def _cause_known(cls, value: str) -> str:
        value = value.strip().lower()
        if value in (SURPRISE, OWN) or value in CAUSES_BY_ID:
            return value
        raise ValueError(f"expected 'surprise', 'own' or a cause id; got {value!r}")

    @model_validator(mode="after")
    def _cause_fits(self) -> BuilderAnswers:
        if self.root_cause == OWN and self.own_root_cause is None:
            raise _FieldError("own_root_cause", "required when root_cause is 'own': "
                              "summary, hint and reveal")
        if self.root_cause not in (SURPRISE, OWN) and (
            CAUSES_BY_ID[self.root_cause].type != self.conversation_type
        ):
            choices = ", ".join([SURPRISE, OWN, *cause_ids(self.conversation_type)])
            raise _FieldError("root_cause", f"{self.root_cause!r} is not a cause for a "
                              f"{self.conversation_type.value} conversation; expected one of: "
                              f"{choices}")
        return self

    @property
    def first_name(self) -> str:
        return self.report_name.split()[0]


class _FieldError(ValueError):
    """A model-level problem that belongs to one field (so the message can name it)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"@{field}@{message}")


@dataclass(frozen=True)
class FieldProblem:
    field: str | None
    message: str
    line: int | None = None
    path: Path | None = None

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = f"{self.path}:{self.line}:" if self.line else f"{self.path}:"
        field = f" {self.field}:" if self.field else ""
        return f"{where}{field} {self.message}".strip()


class AnswersError(Exception):
    def __init__(self, problems: Sequence[FieldProblem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = list(problems)

    def by_field(self) -> dict[str, str]:
        """The first message per field (for inline messages in a form)."""
        out: dict[str, str] = {}
        for p in self.problems:
            out.setdefault(p.field or "", p.message)
        return out




def describe_error(err: Mapping[str, Any], model: type[BaseModel]) -> tuple[str, str]:
    """(field, message) for one pydantic error, in the scenario loader's words."""
    ctx = err.get("ctx") or {}
    if err["type"] == "value_error" and isinstance(ctx.get("error"), _FieldError):
        _, field, message = str(ctx["error"]).split("@", 2)
        return field_name((*clean_loc(err["loc"]), field)), message
    return describe(err, model)


def problems_from(exc: ValidationError, model: type[BaseModel],
                  root: yaml.Node | None = None, path: Path | None = None) -> list[FieldProblem]:
    problems = []
    for err in merge_typos(exc.errors()):
        field, message = describe_error(err, model)
        line = line_of(root, err["loc"]) if root is not None else None
        problems.append(FieldProblem(field or None, message, line, path))
    return problems


def line_of(root: yaml.Node, loc: Sequence[int | str]) -> int | None:
    """1-based line of a location in a composed YAML tree (its key for a field); nearest parent
    when the location does not exist."""
    node = root
    for i, part in enumerate(loc):
        if isinstance(node, yaml.MappingNode):
            match = next(((k, v) for k, v in node.value if k.value == str(part)), None)
            if match is None:
                break
            key, node = match
            if i == len(loc) - 1:
                return int(key.start_mark.line) + 1
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            if part >= len(node.value):
                break
            node = node.value[part]
        else:
            break
    return int(node.start_mark.line) + 1


def validate_answers(data: Any, *, today: dt.date | None = None) -> BuilderAnswers:
    """Validate answers (a mapping); raise AnswersError with one message per problem."""
    if not isinstance(data, Mapping):
        raise AnswersError([FieldProblem(None, "expected a mapping of answers")])
    try:
        return BuilderAnswers.model_validate(dict(data), context={"today": today})
    except ValidationError as exc:
        raise AnswersError(problems_from(exc, BuilderAnswers)) from None


def read_mapping(path: Path) -> tuple[dict[str, Any], yaml.Node | None]:
    """A JSON or YAML file's mapping and its composed YAML tree (for line numbers)."""
    try:
        if path.stat().st_size > MAX_ANSWERS_BYTES:
            raise AnswersError([FieldProblem(None, f"file is larger than {MAX_ANSWERS_BYTES} "
                                             "bytes", path=path)])
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise AnswersError([FieldProblem(None, "no such file", path=path)]) from None
    except UnicodeDecodeError:
        raise AnswersError([FieldProblem(None, "not a UTF-8 text file", path=path)]) from None
    except OSError as exc:
        raise AnswersError([FieldProblem(None, f"cannot read: {exc.strerror}",
                                         path=path)]) from None
    try:
        data = json.loads(text) if path.suffix.lower() == ".json" else yaml.safe_load(text)
    except json.JSONDecodeError as exc:
        raise AnswersError([FieldProblem(None, f"not valid JSON: {exc.msg}", exc.lineno,
                                         path)]) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise AnswersError([FieldProblem(
            None, f"not valid YAML: {getattr(exc, 'problem', None) or exc}",
            mark.line + 1 if mark is not None else None, path)]) from None
    root: yaml.Node | None
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        root = None  # JSON that YAML cannot read (tabs): messages without line numbers
    if not isinstance(data, dict):
        raise AnswersError([FieldProblem(None, "expected a mapping of answers", 1, path)])
    return data, root


def load_answers(path: Path, *, today: dt.date | None = None) -> BuilderAnswers:
    """Read an answers file (.json, .yaml or .yml); problems name file, line and field."""
    data, root = read_mapping(path)
    try:
        return BuilderAnswers.model_validate(data, context={"today": today})
    except ValidationError as exc:
        raise AnswersError(problems_from(exc, BuilderAnswers, root, path)) from None


@dataclass(frozen=True)
class Note:
    """A coaching note on the answers: not an error, worth a second look."""

    field: str
    message: str


def notes(answers: BuilderAnswers) -> list[Note]:
    """Gentle checks: judgements instead of observations, examples without impact."""
    out: list[Note] = []
    for i, ex in enumerate(answers.examples):
        words = set(re.findall(r"[a-z']+", ex.what_happened.lower()))
        judged = [w for w in JUDGEMENTS if w in words]
        if judged:
            out.append(Note(f"examples[{i}].what_happened",
                            f"'{judged[0]}' judges the person; describe what you saw or heard "
                            "instead, so it is hard to dispute"))
    if not any(ex.impact for ex in answers.examples) and len(answers.impact.split()) < 4:
        out.append(Note("impact", "say what it led to for the team or customers; impact is what "
                        "makes feedback land"))
    if len(answers.examples) == 1:
        out.append(Note("examples", "a second example shows a pattern, not a one-off"))
    return out
