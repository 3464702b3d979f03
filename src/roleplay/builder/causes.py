"""Common hidden root causes, per conversation type, for the guided scenario builder.

A manager may pick one, write their own, or let the builder draw one ("surprise me") so the
rehearsal still surprises them. Each cause carries everything the offline voice needs: a guarded
hint, the reveal in the report's own words, and lines for the collaborative end of the meeting.

Rules the lines follow (checked by the tests for every type, temperament and cause):
- ``hints`` never contain a ``keywords`` entry (they only suggest there is more to it);
- every ``reveals`` line names at least one keyword;
- keywords are specific phrases, so generic lines never match them by accident.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from roleplay.domain.scenario import ConversationType

SURPRISE = "surprise"
OWN = "own"


@dataclass(frozen=True)
class RootCause:
    id: str
    type: ConversationType
    label: str
    summary: str  # third person; ``{name}`` is the report's first name
    hints: tuple[str, ...]
    reveals: tuple[str, ...]
    collaborative: tuple[str, ...]
    agreeing: tuple[str, ...]
    keywords: tuple[str, ...]

    def summary_for(self, name: str) -> str:
        return self.summary.format(name=name)


U, C, B = (ConversationType.UNDERPERFORMANCE, ConversationType.CAREER,
           ConversationType.BEHAVIOUR_FEEDBACK)

CAUSES: tuple[RootCause, ...] = (
    # --- underperformance ----------------------------------------------------------------------
    RootCause(
        "caring", U, "Caring for a family member",
        "{name} has become the main carer for a parent whose health has got worse, and spends "
        "working hours on appointments and care. {name} has said nothing for fear of looking "
        "unreliable.",
        ("Things outside work have been a lot, lately.",
         "It's not really about the work itself. It's complicated."),
        ("Okay. My mum's health has got a lot worse and I'm more or less her carer now. "
         "Appointments, the hospital, all of it, mostly in work hours. I didn't say anything "
         "because I didn't want you to think I can't cope.",
         "It's my dad. He's been in and out of hospital and I'm the one doing the caring. I've "
         "been doing the work late at night, and I was too embarrassed to ask for anything."),
        ("If I could move my hours around the appointments, I think I could keep to dates.",
         "Maybe someone could pair with me on the bigger pieces for a few weeks.",
         "I'd rather tell you early when a week looks bad than pretend it's fine."),
        ("Okay. I'll put the appointments in the shared calendar so nobody's surprised.",
         "Yes. I'll tell you before a date slips, not after."),
        ("carer", "caring", "my mum", "my dad", "hospital", "appointments"),
    ),
    RootCause(
        "two_bosses", U, "Quietly pulled onto someone else's work",
        "A lead from another team has had {name} helping on their migration for weeks and asked "
        "{name} to keep it quiet until it was approved. {name} is torn between two sets of "
        "demands and has been letting this team's work slip.",
        ("There's been other stuff taking my time. I can't really say more.",
         "I've been trying to keep a few people happy at once."),
        ("The truth is, a lead from another team has had me on their migration for weeks. They "
         "asked me to keep it quiet until it was approved, so I've basically had two bosses and "
         "I've let our work slip to keep them happy.",
         "I've been helping another team with their migration. They said to keep it quiet for "
         "now. I didn't know how to say no, or how to tell you."),
        ("If you and the other lead could agree what I'm on, I'd know what to say no to.",
         "I could hand the migration work back, or do it properly with your say-so.",
         "I think I just need one list of what matters most."),
        ("Okay. I'll tell them today that anything for them goes through you first.",
         "Yes. I'll bring my full list to Thursday and we'll cut it together."),
        ("another team", "migration", "two bosses", "keep it quiet"),
    ),
    RootCause(
        "out_of_depth", U, "Out of their depth and ashamed to ask",
        "Since a new system came in, {name} has been out of their depth. After so long in the "
        "role {name} is ashamed to ask for help, so the hard tasks get put off and then slip.",
        ("Some of the work has changed more than people realise.",
         "I've been taking longer on things than I'd like. I'm working on it."),
        ("Honestly? Since the new system came in I'm out of my depth. I never learned it "
         "properly, and after all this time I'm ashamed to ask. So I put things off and then "
         "everything's late.",
         "I don't really understand the new system. Everyone assumes I do, because I've been "
         "here forever, and I've been too ashamed to say so."),
        ("If I could pair with someone on it for a couple of weeks, I'd pick it up.",
         "There's a course for it. I didn't want to ask for the time.",
         "I could take the smaller tickets first, to get my confidence back."),
        ("Okay. I'll book the course this week.",
         "Yes. I'll ask for help the same day I get stuck, not a week later."),
        ("out of my depth", "new system", "ashamed", "never learned"),
    ),
    RootCause(
        "burnout", U, "Exhausted, close to burnout",
        "{name} has been running on empty for months, sleeping badly and saying yes to "
        "everything to look on top of it. {name} is close to burnout and hasn't told anyone.",
        ("I'm fine. Just tired. Everyone's tired.",
         "I've been saying yes to a lot of things. Maybe too many."),
        ("I think I'm burnt out. I've been running on empty for months, I can't sleep, and I "
         "keep saying yes to things because I don't want to look like I can't keep up.",
         "I'm exhausted. Properly. I lie awake going through my list and I can't sleep, and then "
         "I'm useless the next day. I'm burnt out and I didn't want to admit it."),
        ("If I could drop the two side projects for a month, I think I'd get my head back.",
         "I need to take some of the leave I've been saving.",
         "Maybe I stop answering messages in the evenings. That would help."),
        ("Okay. I'll book a week off before the end of the month.",
         "Yes. I'll hand the side projects back by Friday."),
        ("burnt out", "burned out", "burnout", "exhausted", "can't sleep", "running on empty"),
    ),
    RootCause(
        "health", U, "A health problem they haven't mentioned",
        "{name} is waiting on a diagnosis for a health problem; the new medication leaves "
        "{name} foggy in the mornings. {name} hasn't mentioned it for fear it becomes a thing "
        "at work.",
        ("I haven't been at my best lately. There are reasons.",
         "Mornings have been hard. I'm sorting it out."),
        ("I've been having some health problems. I'm waiting on a diagnosis, and the new "
         "medication makes me foggy in the mornings. I didn't want it to become a thing at work.",
         "There's a health thing going on. The doctor has me on medication while they work out "
         "what it is, and it wipes me out. I didn't know if I was supposed to say."),
        ("If I could do my focused work in the afternoons, that would help a lot.",
         "Maybe occupational health could help. I didn't want to make it official.",
         "I'd rather you knew, honestly. It's easier than hiding it."),
        ("Okay. I'll talk to occupational health this week.",
         "Yes. I'll move my deep work to the afternoons and tell the team why."),
        ("health problem", "diagnosis", "medication", "doctor"),
    ),
    RootCause(
        "passed_over", U, "Disengaged after being passed over",
        "{name} was passed over for a promotion in the spring and was never told why. {name} "
        "stopped going the extra mile and has quietly had interviews elsewhere.",
        ("I'm doing what's asked. I'm not sure what else there is.",
         "I used to go the extra mile. I'm not sure it was ever noticed."),
        ("I was passed over for the promotion in the spring and nobody really explained why. "
         "I suppose I stopped trying as hard. I've had a couple of interviews elsewhere, if I'm "
         "honest.",
         "Since the promotion went to someone else, I've checked out a bit. Nobody told me what "
         "I was missing. I've been looking at other jobs."),
        ("If I knew what I'd need to show for the next round, I'd have something to aim for.",
         "I'd like some feedback on the promotion, properly this time.",
         "I don't actually want to leave. I just want it to go somewhere."),
        ("Okay. Let's write down the criteria for the next round together.",
         "Yes. I'll pick one thing from that list to lead this quarter."),
        ("passed over", "promotion", "interviews elsewhere", "other jobs"),
    ),
    RootCause(
        "second_job", U, "Money worries and a second job",
        "Since the rent went up, {name} has taken a second job in the evenings and at weekends "
        "and is too proud to say so. The tiredness shows up in the day job.",
        ("Things are tight at the moment. Not at work. Generally.",
         "I've just got a lot going on in the evenings."),
        ("Money's been really tight since the rent went up, so I've taken a second job in the "
         "evenings and at weekends. I'm wiped out in the day, and I was too proud to say so.",
         "I'm working a second job. Bar shifts, four nights a week. The rent went up and I "
         "couldn't cover it. I know it's affecting this job."),
        ("If there's any flexibility on hours, I could make both work for a few months.",
         "I'd like to know if there's a route to a pay review. That would change everything.",
         "I could take the early starts, when I'm sharper."),
        ("Okay. I'll look at the hardship fund details you mentioned.",
         "Yes. We'll talk pay at the review in January, and I'll bring my case."),
        ("second job", "the rent", "money's", "bar shifts"),
    ),
    # --- career --------------------------------------------------------------------------------
    RootCause(
        "not_management", C, "Doesn't want to manage, thinks it's the only way up",
        "{name} does not want to manage people and assumes management is the only way up here, "
        "so {name} has stopped thinking about the future at all.",
        ("I'm not sure the usual next step is really for me.",
         "Everyone seems to end up doing the same thing eventually. I don't see myself there."),
        ("Honestly? I don't want to manage people. And it feels like that's the only way up "
         "here, so I just stopped thinking about it.",
         "I think I've been avoiding the question because I don't want to be a manager, and I "
         "assumed that was the only way up. Saying it out loud feels unambitious."),
        ("Is there such a thing as a senior specialist here? I didn't know that was allowed.",
         "I'd like to go deeper on the technical side and mentor people, not manage them.",
         "Maybe I could talk to someone who grew without managing anyone."),
        ("Okay. I'll find someone on the specialist track and ask them for half an hour.",
         "Yes. I'll write down what a good next year would look like, without the title."),
        ("manage people", "management", "a manager", "only way up"),
    ),
    RootCause(
        "other_team", C, "Wants to move teams, fears looking disloyal",
        "{name} wants to move to another team that does work {name} finds more interesting, but "
        "fears it would look disloyal to this team and to the manager.",
        ("There are things I'd like to try that aren't really part of this job.",
         "I've been curious about other kinds of work. It's nothing, really."),
        ("I've been wanting to move to the data platform team for months. I didn't say anything "
         "because it felt disloyal, after everything you've done for me.",
         "The honest answer is I'd like to transfer to another team. I thought you'd take it "
         "personally, so I've been keeping it to myself."),
        ("Maybe I could spend a day a week with them first, and see if it's really for me.",
         "If there was a way to move without leaving the team in a hole, I'd feel much better.",
         "I'd like to talk to their lead, with your blessing."),
        ("Okay. I'll ask their lead about a trial day in January.",
         "Yes. I'll write a handover plan, so it's not a scramble if it happens."),
        ("platform team", "transfer", "disloyal", "move teams"),
    ),
    RootCause(
        "outside_offer", C, "Has an offer from another company",
        "{name} has an offer from another company and has to answer within a fortnight. "
        "{name} would rather stay, but can't see a future here and doesn't know how to say so.",
        ("I've been thinking about what the next few years look like. It's on my mind.",
         "Let's just say I've been having some interesting conversations."),
        ("I'll be straight with you: I've got an offer from another company. I have to answer "
         "in two weeks. I'd rather stay, but I can't see where I'm going here.",
         "A recruiter got in touch and it turned into an offer. I haven't said yes. I just don't "
         "know what staying here would look like."),
        ("If we could sketch what the next two years here could look like, I'd take that "
         "seriously.",
         "It's not really the money. It's knowing there's a path.",
         "I'd like a bigger piece of work to own. That would change my thinking."),
        ("Okay. Let's meet again on Friday before I answer them.",
         "Yes. I'll write down what would make me stay, honestly."),
        ("an offer", "another company", "recruiter"),
    ),
    RootCause(
        "impostor", C, "Doesn't feel good enough, fears being found out",
        "{name} feels like a fraud who got lucky, and is afraid that stepping up would expose "
        "that. Every career question feels like a test to fail.",
        ("I'm not sure I'm ready for anything bigger. Whatever that means.",
         "I think other people are further along than I am."),
        ("Honestly, most days I feel like a fraud. Like I got lucky and any minute someone will "
         "find out. So when you ask what's next, I just want to hide.",
         "I don't think I'm good enough for the next level. I feel like an impostor, and asking "
         "for more would just get me found out."),
        ("Maybe if I wrote down the things that went well this year, I'd believe it a bit more.",
         "I could take on one stretch piece, with you checking in, so it's not all or nothing.",
         "It would help to hear what you actually see, specifically."),
        ("Okay. I'll keep a list of wins for the next month and bring it.",
         "Yes. I'll lead the next planning session, and we'll debrief after."),
        ("a fraud", "impostor", "imposter", "found out", "good enough"),
    ),
    RootCause(
        "life_change", C, "Wants a different balance: study or fewer hours",
        "{name} wants to do a part-time master's degree next year, which would mean fewer "
        "hours, and assumes asking would end any chance of progressing here.",
        ("There's something I'd like to do outside work. I'm not sure it fits.",
         "I'm not sure the next step for me is more of the same."),
        ("I've been accepted onto a part-time master's degree for next year. I'd need to drop "
         "to four days, and I assumed asking would end any chance of progressing here.",
         "I want to study. A part-time degree. I've been putting off telling you because I "
         "thought you'd see it as me stepping back."),
        ("If four days a week was possible, I'd come back with skills the team needs.",
         "Maybe the course project could be something useful for us.",
         "I'd like to know what progression would look like part-time."),
        ("Okay. I'll send you the course details and a proposal for the hours.",
         "Yes. Let's talk to HR together about four days."),
        ("master's", "degree", "four days", "part-time"),
    ),
    RootCause(
        "bored", C, "Bored and has stopped learning",
        "{name} has done the same work for too long, has stopped learning and is quietly bored, "
        "but worries that saying so sounds ungrateful.",
        ("It's fine. I know what I'm doing, mostly.",
         "The work's comfortable. Maybe a bit too comfortable."),
        ("The honest truth is I'm bored. I've been doing the same thing for two years and I've "
         "stopped learning. I didn't want to sound ungrateful.",
         "I'm on autopilot. I could do this job in my sleep, and I've stopped learning anything. "
         "Saying I'm bored felt like complaining."),
        ("I'd love to own something I don't know how to do yet.",
         "Maybe I could rotate onto the new project for a quarter.",
         "I could teach someone my bit, and that would free me up to learn something new."),
        ("Okay. I'll pick the piece of the new project I'd like to own.",
         "Yes. I'll start handing over my routine work to the new starter."),
        ("bored", "stopped learning", "autopilot", "ungrateful"),
    ),
    # --- behaviour feedback (peer-facing) ------------------------------------------------------
    RootCause(
        "credit", B, "Feels their work goes uncredited",
        "{name}'s ideas have twice been presented by a peer without credit, and {name} now "
        "fights for recognition in every meeting, which comes across as combative.",
        ("I just want my work to be seen. Is that so unreasonable?",
         "It's not the first time something like this has happened."),
        ("Twice this year my ideas have been presented by someone else with no credit. So now I "
         "make sure everyone knows what's mine, loudly. I know how that looks.",
         "I'm tired of being invisible. The pricing idea was mine and someone else took the "
         "credit in front of the leadership team."),
        ("If work was credited properly in the reviews, I wouldn't feel I have to fight for it.",
         "I could talk to them directly about the pricing work, calmly.",
         "Maybe we agree how we write up who did what."),
        ("Okay. I'll talk to them this week, one to one, not in the meeting.",
         "Yes. And I'll stop correcting people in the channel."),
        ("credit", "invisible", "ideas have been presented", "the pricing idea"),
    ),
    RootCause(
        "old_conflict", B, "An old conflict with that peer was never resolved",
        "Last year the peer said something hurtful about {name} in a retro and never "
        "apologised. {name} has been hostile to them ever since and hasn't told anyone why.",
        ("It's not about this one meeting. There's a history there.",
         "I don't think I'm the only one who should be having this conversation."),
        ("Last year in a retro they said I was the reason the project failed, in front of "
         "everyone. They never apologised. I've been hostile since, and I know it.",
         "We fell out badly last year. What they said about me in that retro still stings, and "
         "nobody ever dealt with it."),
        ("Maybe I need to talk to them about the retro, with someone there.",
         "If it was cleared up, I think I could work with them fine.",
         "I could start by keeping it professional in meetings, whatever I feel."),
        ("Okay. Can you set up a conversation with the three of us?",
         "Yes. Until then I'll raise problems with you, not in the meeting."),
        ("retro", "never apologised", "fell out", "still stings"),
    ),
    RootCause(
        "launch_pressure", B, "Under pressure, sees the peer as a blocker",
        "{name} privately promised a director a launch date and is under heavy pressure to hit "
        "it; the peer's reviews feel like deliberate blocking.",
        ("There's a lot riding on the next few weeks. More than people know.",
         "I'm trying to get something important over the line."),
        ("I promised the director the launch date myself. If we miss it, it's on me. So every "
         "time they hold up a review, it feels like they're blocking me on purpose.",
         "I'm under a lot of pressure. I told the director we'd launch on the 1st and I've been "
         "treating anyone who slows it down like an enemy."),
        ("Maybe I need to tell the director the date was my guess, not a promise.",
         "If we agreed review times up front, I wouldn't be chasing them.",
         "I could ask them what they need from me to review faster."),
        ("Okay. I'll talk to the director about the date this week.",
         "Yes. I'll apologise for the message in the channel."),
        ("director", "launch date", "blocking me", "under a lot of pressure"),
    ),
    RootCause(
        "old_culture", B, "Doesn't realise how they come across",
        "At {name}'s previous company blunt public challenge was normal and admired. {name} "
        "genuinely doesn't realise how it lands here, and is hurt when people pull away.",
        ("I'm just being honest. I thought that's what people wanted.",
         "I don't really get why people are upset. That's how debates work."),
        ("Where I worked before, that's how everyone talked. Challenging people in public was "
         "normal, respected even. I honestly didn't realise how it lands here.",
         "At my old company you were expected to push back hard in front of everyone. I thought "
         "I was being useful. Nobody ever told me it was hurting people."),
        ("If someone tells me in the moment when I've gone too far, I'll adjust.",
         "Maybe I check in with them after a heated meeting.",
         "I could ask the team how they like to disagree."),
        ("Okay. I'll talk to them and say sorry for the way I said it.",
         "Yes. I'll ask you for feedback after the next two meetings."),
        ("worked before", "old company", "how it lands", "previous company"),
    ),
    RootCause(
        "home_stress", B, "Stress at home spilling over",
        "{name} is going through a separation and sleeping badly; the frustration spills over "
        "at the peer who happens to be in the way.",
        ("I've been shorter with people than I'd like. It's not just work.",
         "I know I've been a bit sharp. It's been a rough month."),
        ("My partner and I are separating. I'm sleeping on a friend's sofa and I've had no "
         "patience for anything. They've been getting the worst of it, and that's not fair.",
         "Things at home are falling apart. We're separating. I've been taking it out on people "
         "at work, and on them most of all."),
        ("I should apologise to them. They didn't deserve that.",
         "If I could work from home a couple of days while things settle, it would help.",
         "Maybe I take a breath before I reply to anything heated."),
        ("Okay. I'll apologise to them tomorrow, in person.",
         "Yes. I'll look at the employee assistance line you mentioned."),
        ("separating", "my partner", "sofa", "at home are falling apart"),
    ),
    RootCause(
        "excluded", B, "Feels excluded from decisions",
        "{name} has been left out of design decisions that affect their work, and lashes out at "
        "the peer who makes them because it feels like being sidelined.",
        ("Decisions just seem to happen around here. I find out afterwards.",
         "I'm not sure my view counts for much these days."),
        ("They keep making decisions about my area without me. I wasn't invited to the design "
         "review. I feel sidelined, so yes, I push back hard when I finally get a say.",
         "I've been left out of every decision that matters. I find out in the channel like "
         "everyone else. Being sidelined makes me angry, and it comes out at them."),
        ("If I was in the design reviews, I wouldn't need to fight it out afterwards.",
         "Maybe I ask them directly to include me, instead of arguing after.",
         "I could bring my concerns before the decision, not after."),
        ("Okay. I'll ask them for a standing slot in the design review.",
         "Yes. And I'll raise disagreements with them directly first."),
        ("left out", "sidelined", "design review", "without me"),
    ),
    RootCause(
        "standards", B, "Protecting standards, fears the blame",
        "After being blamed for an incident that was not their fault, {name} polices every "
        "peer's work publicly so there is always a record that it wasn't them.",
        ("After what happened before, I'm not leaving anything to chance.",
         "Someone has to hold the line. It usually ends up being me."),
        ("After the incident in the summer, I got blamed in front of everyone for something that "
         "wasn't mine. So now I call things out publicly, so there's a paper trail.",
         "I was scapegoated for the summer incident. Since then I make sure everything is on the "
         "record. I know it comes across as attacking people."),
        ("If the incident review was corrected, I think I could let go of the paper trail.",
         "I could raise problems with them privately first, and keep the channel for facts.",
         "Maybe we agree a checklist, so it's not about people."),
        ("Okay. I'll talk to them directly before I post anything.",
         "Yes. Can you raise the incident review with the head of department?"),
        ("incident", "blamed", "paper trail", "scapegoat"),
    ),
)

CAUSES_BY_ID: dict[str, RootCause] = {c.id: c for c in CAUSES}


def causes_for(kind: ConversationType) -> list[RootCause]:
    return [c for c in CAUSES if c.type == kind]


def cause_ids(kind: ConversationType) -> list[str]:
    return [c.id for c in causes_for(kind)]


def draw_cause(kind: ConversationType, rng: random.Random, avoid_text: str = "") -> RootCause:
    """A cause for the type, at random; causes the manager already suspects are avoided, so the
    rehearsal tests the assumption rather than confirming it."""
    options = causes_for(kind)
    low = avoid_text.lower()
    fresh = [c for c in options if not any(k.lower() in low for k in c.keywords)]
    return rng.choice(fresh or options)


def describe_causes(kind: ConversationType) -> Sequence[tuple[str, str]]:
    """(id, label) pairs for a picker."""
    return [(c.id, c.label) for c in causes_for(kind)]
