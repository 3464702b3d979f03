"""Offline-voice templates for builder-made scenarios: per temperament and per conversation type.

A temperament sets how the report sounds in every state (guarded, warming, defensive, hostile,
repair) and how they react to each of the manager's moves; the conversation type adds lines that
fit what the meeting is about, the report's beliefs, the standard objectives and the opening.
The hidden cause (see ``causes``) supplies the hint, the reveal and the collaborative ending.

Slots: ``{date}`` is the first example's date in words ("3 November"); nothing else is filled
in, so every line reads naturally whatever the manager typed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from roleplay.domain.scenario import ConversationType, Temperament

STATES = ("guarded", "warming", "defensive", "hostile", "repair")
REACTION_CODES = ("open_question", "closed_question", "reflection", "affirmation", "advice",
                  "observation", "expectation", "softener", "support_offer", "follow_up",
                  "summary")


@dataclass(frozen=True)
class TemperamentVoice:
    label: str
    description: str  # one line for pickers: how this person usually reacts to feedback
    personality: str
    speaking_style: str
    belief: str
    states: dict[str, tuple[str, ...]]
    reactions: dict[str, tuple[str, ...]]
    openings: dict[ConversationType, str]
    pitch: float = 1.0
    speed: float = 1.0


@dataclass(frozen=True)
class TypeTemplate:
    label: str
    situation: str  # the opening situation; {name}, {meeting}
    beliefs: tuple[str, ...]
    objectives: tuple[str, ...]
    collaborative: tuple[str, ...]  # after the reveal, for a cause the manager wrote
    agreeing: tuple[str, ...]
    states: dict[str, tuple[str, ...]] = field(default_factory=dict)
    reveal_requires: tuple[str, ...] = ("open_question", "reflection")


T = Temperament
CT = ConversationType

VOICES: dict[Temperament, TemperamentVoice] = {
    T.DEFENSIVE: TemperamentVoice(
        label="Defensive",
        description="Explains and justifies; hears criticism as an attack on their competence.",
        personality=(
            "Capable and proud of their work. Hears criticism as an attack on their competence "
            "and answers with reasons and counter-examples before they have really listened. "
            "Softens when they feel the manager is being fair."),
        speaking_style=(
            "Quick and clipped; lots of 'yes, but'; reaches for context and other people's "
            "delays; goes formal and short when cornered."),
        belief="Most of what went wrong had reasons nobody has asked about.",
        states={
            "guarded": ("Okay. What did you want to talk about?",
                        "Sure. Go ahead.",
                        "Fine. I've got a lot on, but go on.",
                        "Right. I'm listening."),
            "warming": ("Okay. That's fairer than I expected.",
                        "I'll be honest, it hasn't been my best stretch.",
                        "I appreciate you asking rather than assuming.",
                        "There's more to it than it looks from the outside."),
            "defensive": ("That's not the whole picture.",
                          "I've been doing a lot that nobody sees.",
                          "Yes, but there were reasons for that.",
                          "Other people were late on things too. Why is this about me?"),
            "hostile": ("If you've already made up your mind, just tell me.",
                        "I don't think this is a fair conversation.",
                        "Is this going on my record? Because it feels like it."),
            "repair": ("Sorry. I came in ready for a fight.",
                       "Okay. I get that you're not trying to catch me out.",
                       "Fine. Thanks. I can hear that."),
        },
        reactions={
            "advice": ("I know how to do my job.",
                       "I've tried that. It doesn't work here.",
                       "That's easy to say from where you're sitting."),
            "observation": ("Yes, {date}. There was a reason for that.",
                            "I know about that one. It wasn't all down to me.",
                            "Okay. That happened. It's not the whole story."),
            "expectation": ("Fine. I understand what you need.",
                            "Okay. I can do that, if the rest of the load is realistic."),
            "softener": ("You can just say it.",
                         "If it's a problem, say it's a problem."),
            "closed_question": ("Yes.", "No.", "Not really."),
            "reflection": ("Yeah. Something like that.",
                           "That's fair, actually.",
                           "Yes. That's exactly what it feels like."),
            "affirmation": ("Thanks. It doesn't feel like anyone notices.",
                            "Okay. I didn't expect that."),
            "support_offer": ("Maybe. I'm not sure what would help yet.",
                              "I don't want special treatment."),
            "summary": ("Yeah. That's about right.",),
            "open_question": ("Where do I start? It's been a lot.",
                              "Honestly? It's complicated.",
                              "From my side it looks quite different."),
            "follow_up": ("I know what we said.",),
        },
        openings={
            CT.UNDERPERFORMANCE: "I've got a feeling I know what this is about. Go on.",
            CT.CAREER: "Okay. I'm not sure what you want me to say, but go on.",
            CT.BEHAVIOUR_FEEDBACK: "If this is about what someone's been saying, I'd like to "
                                   "hear it properly.",
        },
        pitch=1.0, speed=1.05,
    ),
    T.QUIET: TemperamentVoice(
        label="Quiet",
        description="Goes quiet and gives short answers; needs time and safety to open up.",
        personality=(
            "Thoughtful and conscientious; keeps problems to themselves and gives short answers "
            "until they feel safe. Needs silence and time to think, and shuts down under "
            "pressure."),
        speaking_style=(
            "Short, soft answers; lots of 'I don't know' and 'I guess'; long pauses; speaks in "
            "fuller sentences once trust builds."),
        belief="Bringing problems to the manager would only make things worse.",
        states={
            "guarded": ("Okay.",
                        "I don't know. It's fine, I think.",
                        "Mm. I guess.",
                        "Sure."),
            "warming": ("It's nice to be asked, actually.",
                        "I guess I haven't really talked about it with anyone.",
                        "It's been harder than I let on.",
                        "I didn't think you'd noticed."),
            "defensive": ("I'm doing my best.",
                          "I don't really know what to say.",
                          "Okay. I'll try harder.",
                          "I didn't think it was that bad."),
            "hostile": ("Can we do this another time?",
                        "I don't have anything to say.",
                        "Fine. Whatever you think."),
            "repair": ("Okay. Thanks.",
                       "Sorry. I find these conversations hard.",
                       "That helps. A bit."),
        },
        reactions={
            "advice": ("Okay. Maybe.", "I'll think about it.", "Mm. I guess I could."),
            "observation": ("Yes. {date}. I know.", "Yeah. That happened.",
                            "I know. Sorry."),
            "expectation": ("Okay. I understand.",),
            "softener": ("It's okay. You can say it.",),
            "closed_question": ("I guess so.", "Not really.", "Maybe."),
            "reflection": ("Yeah. That's it, I think.", "Mm. That's true, actually.",
                           "Yeah. I hadn't put it like that."),
            "affirmation": ("Oh. Thanks. I didn't think anyone noticed.",
                            "That's kind."),
            "support_offer": ("Thanks. I'm not sure what I'd ask for.",
                              "That would be nice. Thank you."),
            "summary": ("Yeah. When you say it like that, it's a lot.",),
            "open_question": ("I don't know. Let me think.",
                              "It's hard to explain.",
                              "I guess it's just been a lot."),
            "follow_up": ("Yes. I remember.",),
        },
        openings={
            CT.UNDERPERFORMANCE: "Hi. You wanted to see me?",
            CT.CAREER: "Hi. Sorry, I haven't really prepared anything.",
            CT.BEHAVIOUR_FEEDBACK: "Hi. Is everything okay?",
        },
        pitch=1.05, speed=0.95,
    ),
    T.CHARMING: TemperamentVoice(
        label="Charming, deflecting",
        description="Warm and funny; deflects with jokes and easy agreement, commits to little.",
        personality=(
            "Warm, funny and well liked. Deflects anything uncomfortable with a joke, a "
            "compliment or a change of subject; agrees easily and commits to little. Drops the "
            "act only when the manager keeps things gently specific."),
        speaking_style=(
            "Breezy and friendly; 'totally', 'no worries', 'fair enough'; turns questions back "
            "on the manager; goes quiet only when the joke stops working."),
        belief="Keeping things light is what makes them easy to work with.",
        states={
            "guarded": ("Totally. All good on my side, honestly.",
                        "Ha, you look serious. Should I be worried?",
                        "No worries. What's up?",
                        "Fair enough. Anyway, how was your weekend?"),
            "warming": ("Okay, you've got me. It's not all sunshine.",
                        "I suppose I do joke about it a lot.",
                        "Honestly, it's been a weird few weeks.",
                        "Nobody's really asked me that before."),
            "defensive": ("Come on, it's not that serious, is it?",
                          "Everyone's got their off weeks.",
                          "I think that's a bit harsh, to be honest.",
                          "I thought we were all good."),
            "hostile": ("Wow. Okay. Didn't see that coming.",
                        "If that's what you think of me, fine.",
                        "Right. Well. Noted, I guess."),
            "repair": ("Sorry. Joking is what I do when I'm nervous.",
                       "Okay. Thanks for saying that. Let me be straight with you.",
                       "Fair. I'll stop deflecting."),
        },
        reactions={
            "advice": ("Totally. Great idea.", "Sure, sure. I'll give it a go.",
                       "Ha. If only it were that easy."),
            "observation": ("Ah, {date}. Yeah, not my finest hour.",
                            "Fair. I did drop that one.",
                            "Ha. Yes. I remember."),
            "expectation": ("Totally. Message received.",
                            "Sure. Consider it done."),
            "softener": ("Ha, no need to be gentle with me.",),
            "closed_question": ("Sure!", "Nope, all good.", "Ha. Maybe?"),
            "reflection": ("Ha. Yeah, maybe a bit.", "Okay, that's fair.",
                           "Yeah. That's more true than I'd like."),
            "affirmation": ("Aw, thanks. That's nice to hear.",
                            "Stop, you'll make me blush."),
            "support_offer": ("That's kind. I'm sure I'll be fine.",
                              "Maybe. Let me think about it."),
            "summary": ("Ha. When you put it like that it sounds like a lot.",),
            "open_question": ("Ooh, big question. Where do I start?",
                              "Honestly? It's been a funny few weeks.",
                              "Ha. How long have you got?"),
            "follow_up": ("Ah, yes. The plan. I remember.",),
        },
        openings={
            CT.UNDERPERFORMANCE: "Hey! Good to see you. I brought biscuits, so go easy on me.",
            CT.CAREER: "Ooh, the big career chat. Should I have brought a five-year plan?",
            CT.BEHAVIOUR_FEEDBACK: "Hey! Is this the fun kind of meeting or the other kind?",
        },
        pitch=1.0, speed=1.1,
    ),
    T.ANXIOUS: TemperamentVoice(
        label="Anxious",
        description="Over-apologises and assumes the worst; reassurance helps them think.",
        personality=(
            "Eager to do well and quick to assume the worst. Over-apologises and over-explains, "
            "and spirals when they think they are in trouble. Reassurance and specifics help "
            "them settle and think clearly."),
        speaking_style=(
            "Fast, with lots of 'sorry' and 'I just'; asks whether they are in trouble; slows "
            "down once reassured."),
        belief="One more mistake and they will be on their way out.",
        states={
            "guarded": ("Sorry. Is something wrong?",
                        "I just want to do a good job. I really do.",
                        "Okay. Sorry. Go on.",
                        "I had a feeling this was coming."),
            "warming": ("Okay. That actually helps. Thank you.",
                        "I've been so worried about this conversation.",
                        "Sorry. I'm a bit calmer now.",
                        "I didn't think you'd be this understanding."),
            "defensive": ("I'm sorry. I know. I'm trying so hard.",
                          "I didn't mean for any of it to happen.",
                          "I just... there's been so much going on.",
                          "Am I in trouble?"),
            "hostile": ("Are you going to let me go? Just tell me.",
                        "I can't do this right now. Sorry.",
                        "I knew it. I knew this was it."),
            "repair": ("Sorry. I always assume the worst.",
                       "Okay. Thank you. I can breathe a bit.",
                       "Sorry. Thank you for being patient."),
        },
        reactions={
            "advice": ("Yes. Sorry. I should have thought of that.",
                       "Okay. I'll try that. Sorry.",
                       "I've tried, I just keep getting it wrong."),
            "observation": ("Yes. {date}. I'm so sorry about that.",
                            "I know. I felt awful about it.",
                            "Sorry. I know that wasn't okay."),
            "expectation": ("Okay. I'll do that. I promise.",
                            "Yes. Sorry. Understood."),
            "softener": ("No, it's a big deal. I know it is.",),
            "closed_question": ("Yes. Sorry.", "No. Sorry.", "I think so?"),
            "reflection": ("Yes. That's exactly it.", "Yeah. I hadn't said it out loud.",
                           "Sorry. Yes. That's how it feels."),
            "affirmation": ("Really? Thank you. I didn't think it counted.",
                            "Oh. Thank you. That means a lot."),
            "support_offer": ("I don't want to be a burden.",
                              "That would help. If it's okay."),
            "summary": ("Yes. Sorry, that's a lot when you say it all together.",),
            "open_question": ("Sorry, where do I start?",
                              "I just... it's been a lot, honestly.",
                              "I keep going over it in my head."),
            "follow_up": ("Yes. Sorry. I know what we agreed.",),
        },
        openings={
            CT.UNDERPERFORMANCE: "Hi. Sorry. Is this about me? I've been worried all morning.",
            CT.CAREER: "Hi. Sorry, I wasn't sure what to prepare. Is this a review?",
            CT.BEHAVIOUR_FEEDBACK: "Hi. Has someone said something? Sorry. I'm just nervous.",
        },
        pitch=1.1, speed=1.15,
    ),
    T.ANGRY: TemperamentVoice(
        label="Angry",
        description="Frustrated and feels wronged; flares up, but calms when truly heard.",
        personality=(
            "Frustrated and feels wronged. Quick to raise their voice when they feel judged, "
            "but calms down and becomes thoughtful when they feel genuinely heard."),
        speaking_style=(
            "Blunt and loud at first; 'seriously?'; interrupts; slows down and drops the edge "
            "once acknowledged."),
        belief="They are being singled out while others get away with worse.",
        states={
            "guarded": ("Go on, then.",
                        "What is it this time?",
                        "Fine. Say what you want to say.",
                        "I'm listening. I don't have all day."),
            "warming": ("Okay. That's the first reasonable thing anyone's said about this.",
                        "Right. Fine. I can talk about that.",
                        "I'm not angry at you, exactly.",
                        "Okay. I'll give you that."),
            "defensive": ("Seriously? That's what this is about?",
                          "Everyone else gets a pass and I get a meeting.",
                          "You weren't there. You don't know what happened.",
                          "That's not fair, and you know it."),
            "hostile": ("I'm done. If you want to write me up, write me up.",
                        "This is exactly why nobody tells you anything.",
                        "Don't talk to me like that."),
            "repair": ("Okay. Sorry. I didn't mean to shout.",
                       "Right. Fine. Thanks for hearing me out.",
                       "Okay. I'm calmer. Go on."),
        },
        reactions={
            "advice": ("Don't tell me how to do my job.",
                       "Yeah, because I never thought of that.",
                       "That's not the problem."),
            "observation": ("{date}? Seriously? There's a lot you don't know about that.",
                            "Yes, that happened. And?",
                            "Fine. That happened. Ask me why."),
            "expectation": ("Fine. Noted.",
                            "Okay. If everyone's held to the same bar."),
            "softener": ("Just say it straight.",),
            "closed_question": ("Yes.", "No.", "What do you think?"),
            "reflection": ("Yes. Exactly. Finally.", "Yeah. That's it.",
                           "Okay. Yes. That's how it feels."),
            "affirmation": ("Right. Well. Thanks.", "Okay. I didn't expect that."),
            "support_offer": ("I don't need help. I need people to listen.",
                              "Maybe. Depends what you mean."),
            "summary": ("Yes. That's it. That's all I've been saying.",),
            "open_question": ("You want the honest version?",
                              "Where do I start.",
                              "It's been building for a while."),
            "follow_up": ("Yes, I know what we agreed.",),
        },
        openings={
            CT.UNDERPERFORMANCE: "Let me guess. Someone's complained.",
            CT.CAREER: "If this is another box-ticking review, can we keep it short?",
            CT.BEHAVIOUR_FEEDBACK: "I know what this is about, and I'm not the one who should "
                                   "be in here.",
        },
        pitch=0.95, speed=1.1,
    ),
}

TYPES: dict[ConversationType, TypeTemplate] = {
    CT.UNDERPERFORMANCE: TypeTemplate(
        label="Performance: work below the bar",
        situation="{meeting} with {name}. You want to talk about the examples below and what "
                  "is behind them.",
        beliefs=("They are working as hard as anyone on the team.",
                 "The examples do not show the whole picture.",
                 "Things will settle down on their own if they just push through."),
        objectives=(
            "Describe the dated examples and their impact plainly, without labels.",
            "Ask open questions to understand what is behind it before suggesting fixes.",
            "Agree specific next steps with dates, and when you will check in.",
        ),
        collaborative=("Now you know, maybe we can work out something that actually fits.",
                       "If I could change one thing about how the work lands on me, it would "
                       "help a lot.",
                       "I'd rather tell you early when a week looks bad than pretend it's fine."),
        agreeing=("Okay. Let's write that down with dates.",
                  "Yes. And I'll tell you before anything slips, not after."),
        states={
            "guarded": ("I know things haven't been great lately.",),
            "defensive": ("I've been carrying more than people see.",),
        },
        reveal_requires=("open_question", "reflection"),
    ),
    CT.CAREER: TypeTemplate(
        label="Career and development",
        situation="{meeting} with {name}: a career conversation. You want to understand what "
                  "they want and help them find a next step.",
        beliefs=("The manager already has a next step in mind for them.",
                 "Saying what they really want could count against them.",
                 "Other people seem to have a clearer plan."),
        objectives=(
            "Ask, don't tell: let them do most of the talking.",
            "Use specific moments to help them notice their strengths and what they value.",
            "Agree one small, dated experiment and when you will talk again.",
        ),
        collaborative=("Maybe I could try a small piece of that before deciding anything.",
                       "I'd like to talk to someone who has done it, to see what it's really like.",
                       "It helps just saying it out loud, honestly."),
        agreeing=("Okay. I'll try one small thing this month and we'll talk about it.",
                  "Yes. Let's put a date in for the next conversation."),
        states={
            "guarded": ("I'm fine where I am, I think.",
                        "I haven't really thought that far ahead."),
            "warming": ("I guess there are parts of the job I really enjoy.",),
        },
        reveal_requires=("open_question", "reflection"),
    ),
    CT.BEHAVIOUR_FEEDBACK: TypeTemplate(
        label="Behaviour feedback: how they treat peers",
        situation="{meeting} with {name}. You want to give clear feedback on how they have "
                  "been treating a peer, and understand their side.",
        beliefs=("They are only saying what everyone else is thinking.",
                 "The other person is at least as much to blame.",
                 "Results matter more than how things are said."),
        objectives=(
            "Name the specific behaviour and its impact on their peers, without labels.",
            "Understand their side before asking for change.",
            "Agree what they will do differently with the people involved, and a check-in.",
        ),
        collaborative=("I should talk to them directly, not about them.",
                       "If I'm honest, I can see how it looked from their side.",
                       "Maybe I could raise things with them privately first."),
        agreeing=("Okay. I'll talk to them this week, one to one.",
                  "Yes. Let's check in after the next team meeting."),
        states={
            "guarded": ("Has somebody complained about me?",),
            "defensive": ("I stand by what I said. Maybe not how I said it.",),
        },
        reveal_requires=("observation", "open_question", "reflection"),
    ),
}

TYPE_LABELS: dict[ConversationType, str] = {t: tpl.label for t, tpl in TYPES.items()}
TEMPERAMENT_LABELS: dict[Temperament, str] = {t: v.label for t, v in VOICES.items()}


def state_lines(temperament: Temperament, kind: ConversationType,
                date: str = "the last time") -> dict[str, list[str]]:
    """Lines for the pre-reveal states, temperament first, then the type's additions."""
    voice, tpl = VOICES[temperament], TYPES[kind]
    out: dict[str, list[str]] = {}
    for state in STATES:
        lines = [*voice.states[state], *tpl.states.get(state, ())]
        out[state] = [line.format(date=date) for line in dict.fromkeys(lines)]
    return out


def reaction_lines(temperament: Temperament, date: str) -> dict[str, list[str]]:
    voice = VOICES[temperament]
    return {code: [line.format(date=date) for line in voice.reactions.get(code, ())]
            for code in REACTION_CODES if voice.reactions.get(code)}
