"""Events told in passing: posts and results recalled beside the story's news, arrivals and departures
told in passing, a spell's start or end told in passing.
"""

from __future__ import annotations

from pipeline.extract.lexicon import EXECUTIVE_TITLES, TEAM_NOUN
from pipeline.extract.rules.grammar import (
    _CAPITALISED,
    _ORDINAL,
    _STAFF_WORDS,
    AIDE_TITLED,
    APPOINT_VERB,
    AS_A_PLAYER,
    BACKROOM_TITLE,
    CHANGE_WHEN,
    CLUB_DESC,
    DEMONYM_WORD,
    FORMER_PLAYER_DESC,
    GAME_CHARGE,
    HAVING,
    LED_FOR_NOW,
    NOT_MATCH_PLAY,
    POSSESSOR_DESC,
    REPLACED_DESC,
    SACK_VERB,
    SIDE_OWNER,
    SQUAD_AS_POST,
    STAND_IN_NAMED_AS,
    WEEKDAY,
)
from pipeline.extract.rules.keys import BROUGHT_IN_KEYS, RULE_KEYS
from pipeline.extract.rules.rule import R, Rule

# the man a passive "by" names may carry his aide's title: "by his assistant X", "by assistant X"
_AIDE_BY = r"(?:" + AIDE_TITLED + r"|" + STAND_IN_NAMED_AS + r")"
# "X won his first match in charge of C, …": the club of the main clause, if any
_MAIN_CLAUSE_CLUB = r"(?:(?:[^«.;:!?]|«P\d+»'s){0,80}?\b(?:of|at|with)\s+(?:the\s+)?{C})?"
_HAVING_BEEN = HAVING + r"been\s+(?:\w+ly\s+)?"
# "led", "directs", "had commanded" (translated "dirigió", "comandou"): the verbs of a team a man coached
_LED_VERB = (
    r"(?:led|leads|guided|guides|directed|directs|commanded|commands|coached|coaches|trained|trains|steered)"
)
# "led the team", "directs the side", "had commanded the squad": the team he coached, by its common noun
_LED_THE_TEAM = _LED_VERB + r"\s+the\s+(?:first\s+|senior\s+)?" + TEAM_NOUN + r"\b"
# a stand-in's title for the time he held a team: "as interim (coach)", "on an interim basis"
_AS_STAND_IN = (
    r"(?:as\s+(?:an?\s+|the\s+)?(?:interim|caretaker|acting|temporary|stand-in)\b(?!\s+(?:captain|skipper)\b)|"
    r"on\s+an?\s+(?:interim|temporary|caretaker)\s+basis|in\s+(?:the\s+)?interim\b)"
)
# … told after the games or the days he held it: "in the last four matches as caretaker", "for three games
# as interim", "through the play-offs as caretaker", "in two qualifiers in the interim" (the title makes the
# spell a stand-in's, where the games alone leave his role to the words around)
_GAMES_THEN_AS_STAND_IN = r"(?:in|for|through|at|during)\s+(?:[\w'’\-]+\s+){1,5}?" + _AS_STAND_IN
# how a coach held a team, or for how long, right after it: "as interim (coach)", "on an interim basis", "in
# interim", "since October", "for three months", "through / until the end of the season", "in the last two
# games", "between 2014 and 2015", "from 2017" (not "for the first time", "in the last minute", a match's);
# read as the match's words, for the stand-in's title they may hold
_SPELL_TOLD = (
    r"\s+(?:" + _AS_STAND_IN + "|" + _GAMES_THEN_AS_STAND_IN + "|"
    r"(?:ever\s+)?since\b|"
    r"for\s+(?:the\s+)?(?:(?:last|final|past|remaining|next|first)\s+)?(?:a|an|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|several|\d+)?\s*(?:and\s+a\s+half\s+)?(?:days?|weeks?|months?|years?|seasons?|games|matches)\b|"
    r"(?:through|until|till)\s+the\s+(?:end|final|last|rest)\b|"
    r"in\s+the\s+(?:last|final|remaining)\s+(?:\w+\s+)?(?:games|matches|rounds|weeks)\b|"
    r"between\s+(?:19|20)\d\d|from\s+(?:19|20)\d\d)"
)


# the man credited with a side's success: "the architect", "the great architect", "the main architect"
_ARCHITECT = r"(?:(?:great|main|real|chief|true)\s+)?architect"
# what he was the architect of, before "is X": "the architect of the promotion is X"
_ARCHITECT_OF = r"(?:\s+of\s+(?:the\s+|this\s+|their\s+|its\s+)?(?:[\w\-]+\s+){0,2}?[\w\-]+)?"


# --- posts, results and moves told in passing -----------------------------------------------------


# "X, now in his second season ", "X is in his third full year ": a man counted into his spell, then where
# or as what
_IN_HIS_NTH_SEASON = (
    r"{P}(?:{APP}{HAVE}\s+|\s*,\s+(?:who\s+(?:is|was)\s+)?(?:now\s+|currently\s+)?)in\s+{HIS}\s+"
    + _ORDINAL
    + r"\s+(?:full\s+)?(?:season|year|campaign)\s+"
)


# a capitalised run that names a competition or its table, not a team: "has led the Premier League since
# November", "led the Bundesliga table"
_NOT_A_COMPETITION = (
    r"(?<!League)(?<!Liga)(?<!Ligue)(?<!Cup)(?<!Division)(?<!Championship)(?<!Serie\s[AB])(?<!Bundesliga)"
    r"(?<!Eredivisie)(?<!Premiership)(?!\s+(?:table|standings)\b)"
)


# a club's refusal to part with its coach: "refused to", "did not want to", "would not" (before "let him go",
# "release him")
_REFUSED_TO = (
    r"(?:(?:has|have|had)\s+)?(?:refused|declined|(?:did|does|do)\s+not\s+want|(?:did|does|do)n['’]t\s+want|"
    r"would\s+not|wouldn['’]t|(?:was|were|is|are)\s+(?:not\s+willing|unwilling))\s+(?:to\s+)?"
)


POSTS_IN_PASSING: tuple[Rule, ...] = (
    # "X, in his second season at Forest, …", "X is in his first season in charge of C"
    R(
        "in-his-nth-season",
        "in_charge",
        # "X, in his second season at Forest", "X, who is now in his third year at C"
        _IN_HIS_NTH_SEASON
        + r"(?:in\s+charge\s+)?(?:(?:at|with|of)\s+(?:the\s+)?{C}|in\s+charge\b|at\s+the\s+helm\b)",
        0.65,
        club_side="tag",
    ),
    # "X, now in his second season as Manchester United manager", "X is in his third year as coach of C"
    R(
        "in-his-nth-season-as",
        "in_charge",
        _IN_HIS_NTH_SEASON
        + r"as\s+(?:the\s+)?(?:{C}(?:['’]s?)?\s+{ROLE}|{ROLE}\s+(?:of|at)\s+(?:the\s+)?«C\d+»)",
        0.65,
        club_side="tag",
    ),
    # "won the double with Bayern in 2019 and the cup with Frankfurt", "… and again with Bournemouth"
    R(
        "won-again-with",
        "in_charge",
        r"\b(?:won|lifted|claimed|clinched)\s+(?:(?!\bas\s+a\s+player)[^«.;:!?]|«S\d+»){0,60}?\bwith\s+(?:the\s+)?«C\d+»"
        r"[^«.;:!?]{0,40}?,?\s+and\s+(?:(?:again|also|then|later)\s+|the\s+(?:[\w\-]+\s+){1,3}?)"
        r"with(?=\s+(?:the\s+)?«C)(?![^.;]{0,60}\bas\s+a\s+player)",
        0.6,
        club_side="list",
        needs_club=True,
    ),
    # "X now coaches Portugal", "X, who currently manages C", "X now leads Uruguay"
    R(
        "now-coaches",
        "in_charge",
        r"{P}{APP}{WHO}{HAVE}\s+(?:(?:(?:now|currently)\s+(?:coaches|manages|leads|trains|in\s+charge\s+of)|coaches|"
        r"manages)\s+(?:the\s+)?{CDESC}{C}|"  # ("now coaches Saudi club C": the club after its descriptor)
        # "X, who also coaches the under-20 team", "who directs also the Sub-20 selection" (translated, the
        # adverb after the verb), "X, who coaches the club's under-21 side": a side of the club or country
        # in view he leads as the story is told
        r"(?:(?:now|currently|also)\s+)?(?:coaches|manages|leads|trains|directs)(?:\s+also)?\s+(?=the\s|«C)"
        + SIDE_OWNER
        + r"{S})",
        0.7,
        club_side="tag",
        squad_in_match=True,
    ),
    # "X was presented on Wednesday as the new head coach of C" (the Spanish and Portuguese press's
    # "presentado"): a coach's unveiling, never a signing's ("presented as a new signing" names no post)
    R(
        "presented-as-coach",
        "appointed",
        r"{P}{APP}{WHO}{HAVE}(?:\s+(?:been|officially|formally))*\s+presented{TIME}\s+as\s+(?:the\s+)?(?:new\s+)?"
        r"(?:«C\d+»['’]?s?\s+)?(?:(?:interim|caretaker)\s+)?(?:head\s+coach|coach|manager|boss|trainer)\b",
        0.85,
        club_side="after",
    ),
    # "X is now back at Villarreal", "X, who is now at C": where a coach named in the story works now (a
    # player's club is told so too: he must be a coach elsewhere in the story)
    R(
        "is-now-at",
        "in_charge",
        # ("X, now at C, has also been mentioned": the apposition alone)
        r"{P}(?:{APP}(?:,\s+who)?\s+is|,)\s+(?:now|currently)\s+(?:back\s+)?(?:at|with)\s+(?:the\s+)?{C}"
        # (not "… as head of soccer operations", "as a player": another post there)
        r"(?!\s+as\s+(?!(?:the\s+|their\s+|its\s+)?(?:new\s+)?(?:head\s+)?(?:coach|manager|boss)\b))",
        0.65,
        club_side="tag",
    ),
    # "…, but preferred to remain at C", "X, who chose to stay at C", "X, who is under contract with C", "who
    # is however bound to C", "X declined to leave C": the post a candidate keeps (a player's club is told
    # so too: he must be a coach elsewhere in the story)
    R(
        "stays-at-club",
        "in_charge",
        # (another man between the subject and "but" as an object, "X was sounded out by Y, but …", never as
        # a clause's subject after a comma: "Before X took over, Y was offered the job, but …" is Y's)
        r"{P}(?:(?:[^«.;:!?]|«[CS]\d+»|(?<!,\s)«P\d+»){0,80}?,\s+but|{APP}(?:,\s+who)?)\s+"
        r"(?:(?:has|had|is|was|however|still|also|instead|finally|eventually|ultimately)\s+)*"
        r"(?:(?:preferred|prefers|chose|chooses|decided|decides|opted|opts|wanted|wants|agreed|agrees)\s+to\s+"
        r"(?:stay|remain)\s+(?:at|with)|(?:declined|refused)\s+to\s+leave|under\s+contract\s+(?:at|with)|"
        r"(?:bound|tied)\s+to|"
        # ("who turned it down to stay at C", "turned down an approach to remain with C": the offer refused
        # for the post he keeps)
        r"(?:turned|turns)\s+(?:it|them|(?:the|an|their)\s+(?:offer|approach|proposal|job|post)|down\s+(?:the|an|their)"
        r"\s+(?:offer|approach|proposal|job|post))(?:\s+down)?\s+to\s+(?:stay|remain)\s+(?:at|with))\s+"
        r"(?:the\s+)?{CDESC}{C}",
        0.6,
        club_side="tag",
    ),
    # "…, but Nice did not want to let him go", "C refused to release him", "C would not let X go": a
    # candidate his club keeps, its coach (a player's club says it too: he must be a coach elsewhere in the
    # story)
    R(
        "club-refused-to-release",
        "in_charge",
        r"{C}\s+" + _REFUSED_TO + r"(?:let|release)\s+{P}(?:\s+(?:go|leave)\b)?",
        0.6,
        club_side="tag",
    ),
    # "X was in the running, but C refused to let their coach go": the man told before is the club's coach
    R(
        "club-refused-to-release-their-coach",
        "in_charge",
        r"{P}(?:[^«.;:!?]|«[CS]\d+»|(?<!,\s)«P\d+»){0,80}?,\s+but\s+(?:the\s+)?{CDESC}{C}\s+"
        + _REFUSED_TO
        + r"(?:let|release)\s+(?:their|its)\s+(?:head\s+)?(?:coach|manager|boss|trainer)\b",
        0.6,
        club_side="tag",
    ),
    # "The Spaniard, who had been at Villarreal, replaced Gerrard": his earlier post
    R(
        "who-had-been-at",
        "in_charge",
        r"{P},?\s+who\s+(?:had\s+(?:previously\s+)?been|was\s+(?:previously|formerly))\s+(?:in\s+charge\s+)?at\s+"
        r"(?:the\s+)?{C}",
        0.6,
        club_side="tag",
    ),
    # "he returned in 2021 after two seasons at Everton", "X spent time in Turkey, three years at C"
    # ("coached A from 2014 to 2016, before two seasons at B", "a long career, with twelve years at C")
    R(
        "years-at",
        "in_charge",
        r"{P_OWN}(?:[^«».;:!?]|«[CS]\d+»){0,80}?\b(?:after|before|with)\s+(?:\w+\s+)?(?:\w+|\d+)\s+(?:and\s+a\s+half\s+)?"
        # "after seven years at the head of the Switzerland selection", "after two seasons with C"
        r"(?:seasons?|years?)\s+(?:in\s+charge\s+)?(?:at|with)\s+(?:the\s+head\s+of\s+)?(?:the\s+)?{C}",
        0.6,
        club_side="tag",
    ),
    # "he returned in 2021": back at the club in view
    R(
        "returned-in",
        "appointed",
        r"{P}{APP}{HAVE}\s+(?:returned|came\s+back)\s+(?:to\s+the\s+(?:club|dugout|bench)\s+)?"
        r"(?=(?:in|last|this)\s+(?:\w+\s+)?(?:19|20)\d\d\b|in\s+the\s+summer\b)",
        0.65,
        club_side="topic",
    ),
    # "replacing Y, who joined Washington Spirit": Y's next post
    R(
        "who-joined",
        "appointed",
        r"{P},?\s+who\s+(?:has\s+|had\s+)?(?:since\s+|now\s+)?joined\s+(?!from\b)(?:the\s+)?{CDESC}{C}",
        0.65,
        club_side="tag",
    ),
    # "C were coached by X, who joined in 2021": he was appointed at the club just named
    R(
        "who-joined-in",
        "appointed",
        r"{P},?\s+who\s+(?:had\s+|has\s+)?(?:joined|arrived|took\s+over)\s+(?=(?:in|last)\s+(?:\w+\s+)?(?:19|20)\d\d\b|"
        r"(?:in|last)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|"
        r"summer|year)\b|"
        # ("who arrived in the autumn of 2022", "who joined during the close season")
        # (not "who arrived in the summer from C": C is the club he left, read elsewhere)
        r"(?:in|during)\s+the\s+(?:summer|autumn|winter|spring|close\s+season)\b(?:\s+of\s+(?:19|20)\d\d)?"
        r"(?!\s+from\b))",
        0.65,
        club_side="near",
    ),
    # "Simeone has transformed Atlético into …", "X has led C since 2019"
    R(
        "transformed-club",
        "in_charge",
        r"{P}{APP}{HAVE}\s+(?:transformed|built|rebuilt|turned)\s+(?:the\s+)?{C}\s+into\b",
        0.65,
        club_side="tag",
    ),
    R(
        "has-led-since",
        "in_charge",
        r"{P}{APP}\s+(?:has|have)\s+led\s+(?:the\s+)?{C}(?!['’]s)\s+(?:since|for)\b",
        0.65,
        club_side="tag",
    ),
    # "X is leading the team on an interim basis", "Y was leading the side as interim coach": a stand-in's
    # (or a coach's) spell in progress; "the team"/"the side" or a named team, never "the line" or a table
    R(
        "is-leading-the-team",
        "in_charge",
        r"{P}{APP}\s+(?:is|was|are|were|has\s+been|had\s+been)\s+(?:currently\s+|now\s+|temporarily\s+)?"
        r"(?:leading|coaching|managing|guiding|directing|overseeing)\s+(?:the\s+)?(?:team|side|squad|{C}(?!['’]s)|{S})"
        r"(?=\s+(?:as|on|in\s+(?:an?\s+)?(?:interim|caretaker|temporary)|until|since|for|after|following|,|\.|$))",
        0.7,
        club_side="tag",
    ),
    # "Y, who guided the team on an interim basis since October, returns to …", "The interim X directed the
    # team in the last two games", "X leads the team since 2020" (translated): a spell at the club in view
    # told by the team he led, then how he held it or for how long (a bare "led the team" is as often a
    # captain's or a scorer's, and "led the team to victory" a match report's)
    R(
        "led-the-team-for-a-spell",
        "in_charge",
        r"(?:\b(?:the\s+)?(?:interim|caretaker|acting)\s+)?{P_OWN}(?:{APP}|\s*,\s+who)?{HAVE}\s+"
        r"(?:(?:temporarily|provisionally|briefly|also|once|twice|then)\s+)?(?:"
        + _LED_THE_TEAM
        + _SPELL_TOLD
        + "|"
        # ("took the team for two games as interim": "took the team" only with a stand-in's title, as
        # "took the team to the final" is a match's or a season's)
        r"took\s+the\s+(?:first\s+|senior\s+)?"
        + TEAM_NOUN
        + r"\s+(?:"
        + _AS_STAND_IN
        + "|"
        + _GAMES_THEN_AS_STAND_IN
        + "))",
        0.7,
        club_side="topic",
    ),
    # "X, his assistant, held the fort for a month until Y arrived": the idiom of a stand-in minding the team
    # between two coaches (a caretaker's spell, whatever title he held besides)
    R(
        "held-the-fort",
        "in_charge",
        r"{P_OWN}(?:{APP}|\s*,\s+who)?{HAVE}\s+(?:(?:temporarily|briefly|also|then)\s+)?held\s+the\s+fort\b",
        0.7,
        role="caretaker",
        club_side="topic",
    ),
    # "Stoilov is the architect of this team", "X, the architect of the Olympic bronze": the coach credited
    # with what a club achieved (a player is called so too: kept only for a man the story shows coaching)
    R(
        "person-the-architect",
        "in_charge",
        r"{P_OWN}(?:\s*,|{APP}{HAVE})\s+(?:the\s+)?" + _ARCHITECT + r"\s+of\b",
        0.6,
        club_side="near",
    ),
    # "C won promotion, and the architect is the trainer X", "… with X as the great architect"
    R(
        "the-architect-person",
        "in_charge",
        r"\b(?:(?:the\s+)?"
        + _ARCHITECT
        + _ARCHITECT_OF
        + r"\s+(?:is|was)\s+(?:the\s+)?(?:(?:trainer|coach|manager|technician)\s+)?|"
        + r"with\s+(?=«P\d+»\s+as\s+(?:the\s+|its\s+|their\s+)?"
        + _ARCHITECT
        + r"\b)){P_OWN}",
        0.6,
        club_side="near",
    ),
    # "Y, who led them in 2014 and 2015", "X has led the Blue Herons since 2019", "who led the Nashama to a
    # historic Asian Cup final": the club in view named by a pronoun or by a nickname no list holds (a known
    # club is tagged), then a spell's time or what it achieved
    R(
        "led-them-or-nickname",
        "in_charge",
        r"{P_OWN}(?:{APP}|\s*,\s+who)?{HAVE}\s+(?:(?:also|previously|once|already|then|later|famously)\s+)?"
        + _LED_VERB
        + r"\s+(?:them|the\s+"
        + _CAPITALISED
        + r"(?:\s+(?:of\s+)?"
        + _CAPITALISED
        + r"){0,2}(?<![Tt]eam)(?<![Ss]ide)"
        # (not a competition: "has led the Premier League since November", "led the Bundesliga table")
        + _NOT_A_COMPETITION
        + r")(?:"
        + _SPELL_TOLD
        + r"|\s+in\s+(?:19|20)\d\d\s+and\s+(?:19|20)\d\d|{LED_TO})",
        0.65,
        club_side="near",
    ),
    # "X will coach Atlético's Juvenil A next season": an announced post
    R(
        "will-coach",
        "appointed",
        r"{P}(?:\s*,[^,«]{1,90},)?\s+(?:will|is\s+to|shall)\s+(?:now\s+)?(?:coach|manage|lead|train|direct|guide|"
        # ("will be at the helm at C next season", "will be in charge of C")
        r"take\s+charge\s+of|be\s+(?:at\s+the\s+helm|in\s+charge)\s+(?:at|of))\s+"
        # (not "will take charge of first-team matters in the meantime": the team's affairs for now, a
        # stand-in's charge read by takes-over, no post named)
        r"(?:the\s+)?(?:{C}(?:'s?\s+«S\d+»)?|{S})(?!\s+(?:matters|affairs|duties|business)\b)" + GAME_CHARGE,
        0.7,
        club_side="tag",
        squad_in_match=True,
    ),
    # "The under-19s will be led by X", "C's B team are coached by X"; the side he leaves behind, "the
    # under-21s, who will now be led by X"; translated "will be now trained by X", "is now headed by X"
    R(
        "led-by",
        "appointed",
        # ("will be led by his assistant X", "by assistant X": the aide named, not "his")
        # ("Betis B, the reserve team, will be coached by X": the side set off in apposition after its name)
        r"(?:{C}(?:\s*,\s+(?:the\s+club['’]s\s+|the\s+|its\s+|their\s+)?«S\d+»\s*,)?|{S})(?:\s*,\s+(?:who|which))?"
        r"\s+(?:will\s+be|are\s+to\s+be|is\s+to\s+be|will\s+now\s+be|"
        r"will\s+be\s+now|(?:is|are)\s+now)\s+(?:led|coached|managed|run|trained|headed|guided|directed)\s+"
        # ("will be led for now by X", "in the meantime": the stretch before the name)
        + LED_FOR_NOW
        + r"by\s+"
        + _AIDE_BY
        + r"{P_OWN}",
        0.7,
        club_side="tag",
    ),
    # "C will be led by the coach of the reserves, X", "C will be led by under-19 coach X": the coach of a
    # youth or reserve side standing in for the senior post (the side he coaches stays his, read elsewhere)
    R(
        "led-by-youth-coach",
        "appointed",
        r"{C}\s+(?:will\s+be|are\s+to\s+be|is\s+to\s+be|will\s+now\s+be)\s+"
        r"(?:led|coached|managed|guided|directed|conducted)\s+" + LED_FOR_NOW + r"by\s+"
        r"(?:(?:the\s+)?(?:coach|manager|trainer)\s+of\s+(?:the\s+|{HIS}\s+)?«S\d+»,\s+|"
        r"(?:the\s+|{HIS}\s+)?«S\d+»(?:[\s\-]team)?\s+(?:coach|manager|boss|trainer)\s+)"
        r"{P_OWN}",
        0.65,
        role="caretaker",
        club_side="tag",
    ),
    # "Until a new coach is found, the team will be led by Y's assistant X", "the interim will be assured by
    # his assistant X" (French "l'intérim sera assuré par"): an aide standing in for the post in view
    R(
        "aide-will-lead-interim",
        "appointed",
        # (a team tagged before "will be" is the "led-by" rule's; a squad named in the sentence may be the
        # post, which this rule cannot bind)
        r"^(?!.*«S\d+»).*?(?<!»)\s(?:will\s+be|is\s+to\s+be|are\s+to\s+be|will\s+now\s+be)\s+(?:led|coached|managed|run|assured|ensured)\s+"
        r"by\s+" + AIDE_TITLED + r"{P_OWN}",
        0.7,
        role="caretaker",
        club_side="near",
    ),
    # "Woodgate joined as assistant to Warnock", "X arrived as first-team coach", "X joins as Kohfeldt's
    # assistant", "had arrived last summer as Thorup's number two", "X comes in as goalkeeper coach", "Y joins
    # as physical trainer" (any backroom title)
    R(
        "joined-as",
        "appointed",
        r"{P}{APP}{HAVE}\s+(?:joined|joins|join|arrived|arrives|came\s+in|comes\s+in|come\s+in)\s+"
        r"(?:the\s+club\s+|«C\d+»\s+)?"
        r"(?:(?:in|last|this)\s+(?:the\s+)?(?:summer|winter|\w+)(?:\s+(?:19|20)\d\d)?\s+)?"
        r"as\s+(?:an?\s+|the\s+|his\s+|her\s+|«P\d+»['’]s?\s+)?"
        # ("joins as second assistant": one of two aides)
        r"(?:new\s+)?(?:(?:second|third)\s+(?=assistant))?(?:assistant|number\s+two|first[\s-]team\s+coach|"
        r"«S\d+»\s+coach\b|" + BACKROOM_TITLE + r")",
        0.7,
        club_side="topic",
    ),
    # "Motta, whose contract at Bologna expires in June": his current post
    R(
        "whose-contract-at",
        "in_charge",
        r"{P}\s*,\s*whose\s+(?:current\s+)?(?:contract|deal)\s+(?:at|with)\s+(?:the\s+)?{C}",
        0.65,
        club_side="tag",
    ),
    # "X, whose contract with Oman ended after the Asian Cup" ("X's contract … expired": contract-expired)
    R(
        "contract-with-ended",
        "left",
        r"{P}\s*,\s*whose\s+(?:\w+-year\s+)?(?:contract|deal)\s+(?:at|with)\s+(?:the\s+)?{C}\s+"
        r"(?:had\s+|has\s+)?(?:ended|expired|ran\s+out|run\s+out|came\s+to\s+an\s+end)\b",
        0.75,
        club_side="tag",
    ),
    # "together with his assistant X, whose deal was also extended": the aide's own extension
    R(
        "whose-deal-extended",
        "extended",
        r"{P}\s*,\s*whose\s+(?:own\s+)?(?:contract|deal)\s+(?:was|has\s+been|had\s+been|is|will\s+be)\s+"
        r"(?:also\s+)?(?:extended|renewed|prolonged)\b",
        0.75,
        club_side="topic",
    ),
    # "He replaces X at Spurs, who was sacked 16 days after …": the relative clause is the man's (its verb)
    R(
        "at-club-who-was-sacked",
        "dismissed",
        r"{P}\s+(?:at|as\s+(?:\w+\s+)?(?:coach|manager|boss)\s+(?:of|at))\s+(?:the\s+)?{C}\s*,\s+who\s+"
        r"(?:was|had\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:sacked|fired|dismissed|axed|ousted)\b",
        0.8,
        club_side="tag",
    ),
    # "Newcastle have made Howe their top target (to replace Bruce)": a candidate
    R(
        "made-top-target",
        "linked",
        r"{C}{HAVE}\s+(?:\w+ly\s+)?(?:made|identified)\s+{P}\s+(?:their|its)\s+(?:top|main|prime|number[\s-]one|"
        r"first|No\.?\s*1|preferred|leading)\s+(?:target|choice|priority|candidate)",
        0.6,
        club_side="tag",
    ),
    # "… their top target to replace Bruce": the man still in the post
    R(
        "target-to-replace",
        "in_charge",
        r"\b(?:their|its)\s+(?:[\w\-]+\s+){0,2}?(?:target|choice|candidate|priority)\s+to\s+(?:replace|succeed)\s+"
        r"(?:the\s+\w+\s+)?{P}",
        0.6,
        club_side="subject",
    ),
    # "Xavi would continue as coach next season": still in charge
    R(
        "continue-as-coach",
        "in_charge",
        r"{P}{APP}{HAVE}\s+(?:(?:will|would|is\s+to|to)\s+)?(?:continue|carry\s+on|remain|stay(?:\s+on)?)\s+as\s+"
        # ("will remain as national coach", "will continue as Under-21 head coach")
        r"(?:(?:the\s+)?(?:club['’]s\s+)?)?(?:(?:«S\d+»\s+)?(?:head\s+)?"
        r"(?:coach|manager|boss|trainer)\b|" + SQUAD_AS_POST + ")",
        0.6,
        club_side="near",
    ),
    # "A and B shared the job as co-coaches", "were joint managers": each of them coached the side
    R(
        "co-coaches",
        "in_charge",
        r"{P}{APP}{HAVE}\s+(?:\w+ly\s+)?(?:shared\s+the\s+(?:job|role|post|hot\s+seat)(?:\s+as\s+co-?"
        r"(?:coach|manager)e?s)?|(?:worked|served|been|were)\s+as\s+(?:co-|joint\s+)(?:head\s+)?(?:coach|manager)e?s)",
        0.7,
        club_side="near",
    ),
    # a departure that hands the post on: "he was fired in October, making way for X", "Y resigned with
    # three games left, handing the team to his assistant X"
    R(
        "making-way-for",
        "appointed",
        r"\b(?:sacked|fired|dismissed|axed|resigned|quit|stepped\s+down|departed|let\s+go|relieved)\b"
        r"(?:[^«».;:!?]|«[CS]\d+»){0,100}?\b(?:(?:making|make|makes|made)\s+way\s+for|handing\s+(?:over\s+)?"
        r"(?:the\s+)?(?:team|reins|job|side|squad)\s+(?:over\s+)?to)\s+(?:«P\d+»['’]s?\s+|his\s+|her\s+)?"
        r"(?:[\w\-]+\s+){0,2}?{P_OWN}",
        0.75,
        club_side="topic",
    ),
    # "…, with X in caretaker charge": the club in view's stand-in
    R(
        "with-in-caretaker-charge",
        "in_charge",
        r"\bwith\s+{P}\s+(?:now\s+|currently\s+|temporarily\s+|still\s+)?in\s+(?:caretaker|interim|temporary)\s+"
        r"charge\b(?!\s+(?:of|at)\b)",
        0.7,
        role="caretaker",
        club_side="topic",
    ),
    # "Flamengo dismissed Tite and handed the job to X", "Birmingham sacked Y to bring X in",
    # "Marseille turned to 70-year-old X": the club named as subject gives its post to X
    R(
        "club-handed-job",
        "appointed",
        # "C moved quickly to replace him, turning to X": the participle of the club's clause
        r"{C}(?!['’]s){HAVE}\s+(?:(?:[^«.;:!?]|«[PS]\d+»){0,120}?(?:\b(?:and|to|before)\s+(?:then\s+)?|,\s+(?=turning)))?"
        r"(?:(?:hand(?:ed|s)?|g[ia]ve[sn]?)\s+(?:the\s+)?(?:[\w\-]+\s+)?(?:job|reins|role|post)\s+to|"
        # ("handed the job to his assistant X": X, not "his")
        # ("handed the job to former Sweden captain X": his playing past before his name)
        r"turn(?:ed|s|ing)?\s+to|bring\s+in)\s+(?:" + AIDE_TITLED + r"|" + FORMER_PLAYER_DESC + r"|"
        r"(?:[\w\-]+\s+){0,3}?(?:\d+-year-old|coach|manager)\s+)?{P}",
        0.8,
        club_side="tag",
    ),
    # "Shenhua confirmed that Leonid Slutsky will lead the team in 2024", "X will lead the side next season,
    # the club announced": the employer telling who its coach will be is an appointment (not "X will also
    # lead the team in 2025": a coach kept on)
    R(
        "club-confirmed-will-lead",
        "appointed",
        r"(?:(?:{C}|\bthe\s+(?:club|board|federation|association))(?!['’]s)\s+(?:has\s+|have\s+|had\s+)?"
        r"(?:confirmed|announced|revealed|decided)|\bsaying)(?:\s+\w+ly)?{TIME}(?:\s+that)?\s+"
        r"(?:(?:[\w\-]+|«[CS]\d+»)\s+){0,4}?{P}{APP}\s+{WILL_LEAD}",
        0.8,
        club_side="tag",
    ),
    R(
        "will-lead-club-confirmed",
        "appointed",
        r"{P}{APP}\s+{WILL_LEAD}[^«.;:!?]{0,60}?,\s+(?:{C}|the\s+(?:club|board|federation|association))\s+"
        r"(?:has\s+|have\s+)?(?:confirmed|announced)\b",
        0.8,
        club_side="tag",
    ),
    # "put technical director X in interim charge of C", "placed his assistant X in temporary charge":
    # the employer hands X the team (for now); "in charge of its first team": that side, not his title's
    R(
        "put-in-charge",
        "appointed",
        r"\b(?:put|puts|putting|placed|places|placing)\s+(?:(?:[\w\-]+|«[CS]\d+»)\s+){0,4}?{P}\s+in\s+"
        r"(?:(?:interim|temporary|caretaker|sole|joint|overall|full)\s+)?charge\b"
        r"(?:\s+(?:of|at)\s+(?:the\s+|its\s+|their\s+)?(?:{C}|{S}))?",
        0.8,
        club_side="tag",
    ),
    R(
        "club-bring-in",
        "appointed",
        r"{C}(?!['’]s){HAVE}\s+(?:[^«.;:!?]|«[PS]\d+»){0,120}?\bto\s+bring\s+{P}\s+in\b",
        0.8,
        club_side="tag",
    ),
    # "Hull City made him player-manager in 1970", "Barcelona made X their head coach": the club's making
    # him its coach is his appointment (not "made him captain", "made him a star": no coaching title)
    R(
        "club-made-him-coach",
        "appointed",
        r"{C}(?!['’]s){HAVE}\s+made\s+{P_OWN}\s+(?:(?:their|its|the\s+club['’]s|the)\s+)?"
        r"(?:player-|player\s+)?{ROLE}\b",
        0.8,
        club_side="tag",
    ),
    # "X won his first match in charge of C on Sunday, having been appointed last week": the
    # participle clause tells what happened to the subject of the main clause
    R(
        "having-been-appointed",
        "appointed",
        _HAVING_BEEN.replace("{P}", "{P}" + _MAIN_CLAUSE_CLUB)
        + APPOINT_VERB
        + r"\b(?!\s+(?:as\s+)?(?:captain|player)\b)",
        0.75,
        club_side="tag",
    ),
    # "X is now in charge at Hull, having left Reading in December": his earlier departure
    R(
        "having-left",
        "left",
        HAVING + r"(?:left|quit|departed)\s+(?:the\s+)?{CDESC}{C}",
        0.75,
        club_side="tag",
    ),
    R(
        "having-been-sacked",
        "dismissed",
        _HAVING_BEEN + SACK_VERB + r"\b",
        0.75,
        club_side="near",
    ),
    # "He left for Liverpool in the summer": where he went is his next post
    R(
        "left-for-club",
        "appointed",
        # ("is leaving with Y for C": an aide going with his boss)
        # ("moved to C on Tuesday": the move told with "to")
        r"{P}(?:\s*,(?:[^,«]|«[CS]\d+»){1,90},)?{WHO}{HAVE}\s+(?:(?:left|leaves?|leaving|departed|quit)\s+"
        # ("left for the English C": his new club's country before it)
        # ("moves to English second-division club C": the move told as today's news, its new club described)
        r"(?:(?:with|alongside)\s+«P\d+»\s+)?(?:" + CHANGE_WHEN + r"\s+)?for|moved\s+to|moves\s+to)\s+"
        r"(?:the\s+)?(?:" + CLUB_DESC + r"|(?:[A-Z][\w\-]*\s+)?(?:side|club|giants|outfit|champions|team)\s+|"
        r"«C\d+»['’]s?\s+|"
        + DEMONYM_WORD
        # (not "moved to C as a player": a playing move)
        + r")?{C}(?![^.;]{0,40}?"
        + AS_A_PLAYER
        + r")",
        0.65,
        club_side="tag",
    ),
)


# --- arrivals and departures told in passing ---------------------------------------------------
# A story about a sacking or a later move recalls how the coach came ("X, appointed in September
# after Y resigned, leaves …", "he had only arrived in November, succeeding Y") and who left then.


# when an arrival happened, right after its verb (`CHANGE_WHEN`)
_ARRIVAL_WHEN = CHANGE_WHEN
# "X, appointed last week", "X, named on Tuesday": an aside's news of the days before the article (not
# for a bare verb: "arrived in Drammen on Monday for talks" is a visit)
_DAYS_BEFORE = r"(?:(?:last|this)\s+week|on\s+" + WEEKDAY + r")\b"
# "from (Swedish side) C": the club an arrival told in an aside came from (each word bounded: the aside's
# gap repeats this)
_FROM_CLUB_IN_ASIDE = (
    r"\bfrom\s+(?:the\s+)?(?:[A-Z][\w\-]{0,20}\s+){0,3}(?:(?:club|side|outfit|giants|champions)\s+)?«C\d+»"
)
# "to replace Y", "succeeding Y", "as successor to Y", "in the place of Y", "in substitution of Y"
_IN_PLACE_OF = (
    r"(?:to\s+(?:replace|succeed)|succeeding|replacing|as\s+(?:the\s+)?(?:successor|replacement)\s+(?:to|for|of)|"
    r"in\s+(?:the\s+)?place\s+of|in\s+(?:substitution|replacement)\s+of|to\s+take\s+the\s+place\s+of)\b"
)
# ", coming from the Al Jazira of the United Arab Emirates,": where an arrival came from (an aside)
_COMING_FROM = r"(?:,?\s+(?:coming|arriving)\s+from\s+(?:the\s+)?«C\d+»(?:\s+of\s+(?:the\s+)?«C\d+»)?)?"
# the verbs of a new coach's arrival at the club in view ("took over the yellow-reds", "assumed the team")
_ARRIVED = (
    r"(?:arrived|came(?:\s+in)?|(?:was\s+|been\s+)?brought\s+in|took\s+over|stepped\s+in|took\s+office|"
    # "returned to the Coliseum in June …", "joined the Rovers in November …" (the place and time follow)
    r"returned|joined|"
    # "was appointed in December to replace X", "had signed in January to replace X", translated "had been
    # called in February to replace X" (the time and the purpose follow: see `_IN_PLACE_OF`)
    r"(?:appointed|hired|installed|named|signed|(?:was\s+|been\s+)?called)(?=\s+(?:only\s+|just\s+)?"
    r"(?:in|on|last|this|during|at|to)\b)|"
    r"assumed\s+(?:the\s+)?(?:team|post|job|role|bench|command|reins))"
)
# what an arrival's verb is told with before the man it replaced, one after another: "only", the club or
# the town or ground ("at C", "to the SMH Arena", "in Genoa", "the Rovers", "there"), the spell ("for a
# third passage"), the time ("in November last year") (never another man: a «P» tag ends the run)
_ARRIVAL_DETAIL = (
    r"(?:\s+(?:only|just|there|(?:at|to|in)\s+(?:the\s+)?(?:{C}|"
    + _CAPITALISED
    + r"(?:\s+"
    + _CAPITALISED
    + r"){0,3})|the\s+(?:"
    + _CAPITALISED
    + r"\s+)?[a-z\-]+|for\s+(?:a|an|{HIS})\s+"
    + _ORDINAL
    + r"\s+(?:spell|stint|passage|period|time)|"
    + _ARRIVAL_WHEN
    + r")){0,4}"
)
# a sentence that tells an arrival before naming the man who went: "took over … after Y left"
_ARRIVAL_BEFORE = (
    r"\b(?:took\s+over|took\s+charge|taken\s+over|arrived|appointed|named|hired|stepp(?:ed|ing)\s+up|"
    r"promoted|came\s+in|assumed)\b(?:[^.;«]|«[CS]\d+»|«P\d+»'s){0,80}?"
)
RULE_KEYS.update(
    {
        "aside-arrived": ("appointed", "hired", "installed", "arrived", "named", "brought"),
        "assumed-when": ("assumed",),
        "arrived-in-place-of": (
            "to replace",
            "to succeed",
            "succeeding",
            "replacing",
            "successor",
            "replacement",
            "place of",
            "substitution",
        ),
        "spell-after-replacing": ("after replac", "after succeed", "having replaced", "having succeeded"),
        "replaced-stand-in-spell": ("interim", "caretaker"),
        "after-he-left": ("after", "when", "once"),
        "took-over-after": ("took over", "took charge", "taken over", "arrived", "came in"),
        "before-stepping-up": ("stepping up", "stepped up"),
        "was-caretaker-after": ("interim", "caretaker"),
        "club-handed-him-job": ("handed", "gave", "given", "gives", "hands"),
        "brought-in-as-his": BROUGHT_IN_KEYS,
        "brought-back": (
            "brought back",
            "bring back",
            "brings back",
            "bringing back",
            "recall",
            "called back",
        ),
        "returned-to-lead": ("returned to", "came back to", "arrived to", "returns to"),
        "arrived-at-club": ("arrived", "arrives", "arriving"),
    }
)

ARRIVALS_AND_DEPARTURES_IN_PASSING: tuple[Rule, ...] = (
    # "X, appointed in September after Y resigned, leaves …", "X, arrived in March, has …", "X, who was
    # brought at the end of December, …" (translated): the aside's arrival at the club in view; the aside
    # may name the club he came from ("X, hired in November from Swedish side C, won …")
    R(
        "aside-arrived",
        "appointed",
        r"{P},\s+(?:who\s+(?:was|had\s+been|had)\s+)?(?:\w+ly\s+)?(?:appointed|hired|installed|arrived|named|"
        r"brought(?:\s+in)?)\s+(?:" + _ARRIVAL_WHEN + "|" + _DAYS_BEFORE + r")"
        r"(?=(?:[^,;.«]|«P\d+»|" + _FROM_CLUB_IN_ASIDE + r"){0,60}(?:,|[.!]?$))",
        0.75,
        club_side="topic",
    ),
    # translated Spanish/Portuguese "asumió en octubre": "X had assumed in October", "where he had assumed
    # only in January": the post taken, told by its month alone
    R(
        "assumed-when",
        "appointed",
        r"{P}{APP}{WHO}{HAVE}\s+assumed\s+(?:only\s+|just\s+)?"
        + _ARRIVAL_WHEN
        + r"(?!\s+(?:that|the|a|his|her)\b)",
        0.75,
        club_side="near",
    ),
    # "he had only arrived in November, succeeding Y", "arrived in October 2023 to replace the sacked Y",
    # "had assumed the team in February, in substitution of Y": X came, Y went
    R(
        "arrived-in-place-of",
        "appointed",
        # (not "at C, where he was called to replace Y": the post of the club before "where", not the one in
        # view)
        r"(?<!\bwhere\s){P}{APP}{WHO}{HAVE}\s+(?:(?:him|her)self\s+)?"
        + _ARRIVED
        # ("came there in April": the club the sentence before named; else his own, else the one in view)
        + _ARRIVAL_DETAIL
        + _COMING_FROM
        + r",?\s+"
        + _IN_PLACE_OF
        + r"(?:\s+(?:(?:the|his|her)\s+(?:[\w\-]+\s+)?|"
        + POSSESSOR_DESC
        + r"|«P\d+»['’]\s+[\w\-]+\s+|"
        + REPLACED_DESC
        + r")?{P2}(?!['’]s\b))?",
        0.8,
        club_side="own_else_topic",
    ),
    # "X lasted only four months after replacing Y", "X, who spent eight months at the club after succeeding
    # Y in February, …", "X had lasted barely a season, having replaced Y": a spell told by its length, then
    # how it began: X took Y's post (not "after replacing Y with Z": a change he made)
    R(
        "spell-after-replacing",
        "appointed",
        # (not a player's: "lasted ten minutes after replacing the injured Y")
        r"{P}{APP}{WHO}{HAVE}\s+"
        + NOT_MATCH_PLAY
        + r"(?:lasted|spent|stayed|remained|survived)\b(?:[^«.;:!?]|«[CS]\d+»){0,60}?,?\s+"
        r"(?:after|having)\s+(?:replaced|replacing|succeeded|succeeding)\s+(?:the\s+[\w\-]+\s+|"
        + POSSESSOR_DESC
        + r"|"
        + REPLACED_DESC
        + r")?{P2}(?!['’]s\b|\s+(?:with|by)\b)",
        0.75,
        club_side="after_topic",
    ),
    # "replaces Y, who had led the team as interim since March", "takes over from Y, who led C as caretaker",
    # "had replaced Y, who was caretaker after Z's exit": the stand-in replaced, then his stand-in spell
    # (not "who took over as interim in May" nor "who was sacked": those events)
    R(
        "replaced-stand-in-spell",
        "in_charge",
        r"\b(?:replaced|replacing|replaces?|succeeded|succeeding|succeeds?|(?:in|takes?|took|taking)\s+"
        r"(?:the\s+)?place\s+of|(?:takes?|took|taking)\s+over\s+from|successor\s+(?:of|to))\s+"
        r"(?:the\s+\w+\s+|" + POSSESSOR_DESC + "|" + REPLACED_DESC + r")?{P_OWN}\s*,\s+"
        r"who\s+(?:had\s+|has\s+)?(?:(?:led|guided|coached|managed|directed|commanded|steered)\b"
        r"(?:[^«.;:!?]|«[CS]\d+»){0,40}?\b(?:as|on\s+an)\s+(?:the\s+)?(?:interim|caretaker)|"
        r"(?:was|had\s+been)\s+(?:the\s+)?(?:caretaker|interim)\b)",
        0.65,
        role="caretaker",
        club_side="after_topic",
    ),
    # "X took over at the start of the year after Y left in December", "stepping up in June, when Y
    # left", "took over the side in 2022 after Y,": the man who went, from the club in view
    R(
        "after-he-left",
        "left",
        _ARRIVAL_BEFORE
        + r"\b(?:after|when|once)\s+{P}\s+(?:had\s+)?(?P<t>left|departed|quit)\b(?!\s+(?:the\s+)?«C)",
        0.7,
        club_side="subject",
    ),
    # "X took over the yellow-reds in the summer of 2022 after Y, and …": Y, named alone, went
    R(
        "took-over-after",
        "left",
        r"\b(?:took\s+over|took\s+charge|taken\s+over|arrived|came\s+in)\b(?:[^.;«]|«[CS]\d+»){0,60}?\bafter\s+{P}"
        r"(?=\s*[,.;]|\s*$)",
        0.7,
        club_side="subject",
    ),
    # "X had spent seven seasons as Y's right-hand man before stepping up in June": the assistant took over
    # (not "before stepping up to the first team at Braga": a career step at the club it names)
    R(
        "before-stepping-up",
        "appointed",
        r"{P}(?!['’]s)(?:[^.;«]|«[CS]\d+»|«P\d+»['’]s){0,120}?\b(?:before|until|when)\s+(?P<t>stepping|"
        r"(?:he|she)\s+stepped)\s+up\b(?!\s+(?:as|to)\s+(?:the\s+)?(?:interim|caretaker|acting))"
        r"(?!\s+to\s+(?:the\s+|their\s+)?(?:«S\d+»|(?:first|senior)[\s-]team)\s+(?:at|of|with)\s+«C)",
        0.7,
        role="head_coach",
        club_side="topic",
    ),
    # "X was caretaker after Y was sacked": his interim appointment
    R(
        "was-caretaker-after",
        "appointed",
        r"{P}{APP}{HAVE}\s+(?:was|were|became|served\s+as|acted\s+as)\s+(?:the\s+)?(?:interim|caretaker)"
        r"(?:\s+(?:manager|head\s+coach|coach|boss))?\s+(?:after|when|following)\b",
        0.75,
        role="caretaker",
        club_side="topic",
    ),
    # "C … handed him the top job when Y was sacked": the club gives its post to X
    R(
        "club-handed-him-job",
        "appointed",
        r"{C}(?!['’]s){HAVE}\s+(?:(?:[^«.;:!?]|«[PS]\d+»){0,120}?\b(?:and|before)\s+(?:then\s+|later\s+)?)?"
        r"(?P<t>hand(?:ed|s)?|g[ia]ve[sn]?)\s+{P}\s+the\s+(?:[\w\-]+\s+)?(?:job|reins|role|post)\b",
        0.8,
        club_side="tag",
    ),
    # "Fulham brought him in as Jol's first-team coach in November": a post on the boss's staff
    R(
        "brought-in-as",
        "appointed",
        r"{C}(?!['’]s){HAVE}\s+(?:brought|drafted)\s+{P}\s+in\s+as\s+(?:an?\s+|the\s+|their\s+)?(?:new\s+)?"
        r"(?=(?:[\w\-]+\s+){0,2}(?:coach|manager|boss|assistant)\b)",
        0.75,
        club_side="tag",
    ),
    R(  # "… as Jol's first-team coach", "as his number two": on the boss's staff
        "brought-in-as-his",
        "appointed",
        r"{C}(?!['’]s){HAVE}\s+(?:brought|drafted)\s+{P}\s+in\s+as\s+(?:«P\d+»['’]s?|his|her)\s",
        0.75,
        role="assistant_coach",
        club_side="tag",
    ),
    # "Benfica have brought back X as coach", "the president has recalled X": a coach's new spell
    R(
        "brought-back",
        "appointed",
        r"\b(?:(?:brought|bring|brings|bringing|called|calls|calling)\s+back|recalled|recalls|recalling)\s+"
        r"(?:(?:former|ex-|coach|manager|boss|their|its|the)\s+){0,3}{P}(?!\s+(?:to|into|in)\s+(?:the\s+|his\s+|their\s+)?(?:squad|side|team|starting|"
        r"line-?up|XI|fold|national))",
        0.75,
        club_side="before",
    ),
    # "… a spell that began in May 2021, when he returned to lead the Reds": his appointment there
    R(
        "returned-to-lead",
        "appointed",
        r"{P}{APP}{HAVE}\s+(?:returned|came\s+back|arrived|returns)\s+to\s+(?:lead|coach|manage|take\s+(?:charge\s+of|"
        r"over(?:\s+at)?))\s+(?:the\s+)?{C}",
        0.7,
        club_side="tag",
    ),
    # "He arrived at América in the summer of 2023 from D", "arrived to the Palmeiras in October of 2020":
    # a dated arrival at a club (players arrive too: kept for a coach)
    R(
        "arrived-at-club",
        "appointed",
        r"{P}{APP}{WHO}{HAVE}\s+(?:arrived|arrives|arriving)\s+(?:at|to)\s+(?:the\s+)?{C}(?=\s+"
        + _ARRIVAL_WHEN
        + r")",
        0.7,
        club_side="tag",
    ),
)


# --- a spell's start or end told in passing (returns, successors found, arrivals, new roles) -----------

# "had returned for a second spell at the club", "and then returned to Blackpool for a second spell": a
# new spell there begins (a player's return too: needs support)
_RETURNED_FOR_SPELL = (
    r"{P}{APP}{WHO}{HAVE}(?:(?:[^«.;:!?]|«[CS]\d+»){0,120}?,?\s+and(?:\s+then|\s+later)?)?"
    r"\s+(?:returned|came\s+back)\s+(?:to\s+(?:the\s+)?{C}\s+)?for\s+(?:a|an|{HIS})\s+"
    + _ORDINAL
    + r"\s+(?:spell|stint|tenure|period|reign)\b"
)
# "C have (already) named his successor: X", "C have found the successor: X": the man named after the colon
_SUCCESSOR_FOUND = (
    r"{C}{HAVE}\s+(?:already\s+)?(?:named|found|appointed|chosen|picked|unveiled|confirmed|announced)\s+"
    r"(?:{HIS}|the|a)\s+(?:new\s+)?successor\s*:\s*{P}"
)
# "C has found the successor of X: Y …", "C have named a successor to X": X's post is filled, he has gone
_SUCCESSOR_OF_FOUND = (
    r"{C}{HAVE}\s+(?:already\s+)?(?:found|named|appointed|chosen|picked|unveiled|confirmed)\s+"
    r"(?:the\s+|a\s+)?(?:new\s+)?successor\s+(?:of|for|to)\s+(?:(?:head\s+)?(?:coach|manager)\s+)?{P_OWN}"
)
# "X arrived in August 2023, …", "X joined in the summer of 2021": the start of his spell at the club in
# view (a player's arrival too: needs support); "arrived" is told with the town or ground the club is at
# ("arrived in Medellín in January", "had only arrived in March", "arrived at the Racecourse last summer")
_ARRIVED_IN_DATE = (
    r"{P}{APP}{HAVE}\s+(?:joined\s+(?=(?:in|last)\s+(?:(?:late|early|mid)\s+)?(?:\w+\s+)?(?:19|20)\d\d\b|"
    r"in\s+the\s+(?:summer|winter|autumn|spring)\s+of\s+(?:19|20)\d\d\b)|"
    # ("had come in summer 2023", "had arrived there in 2016": the same start told with
    # another verb, or with the place as "there")
    r"(?:only\s+|first\s+)?(?:arrived|come|came)\s+(?:there\s+|(?:in|at|to)\s+(?:the\s+)?"
    + _CAPITALISED
    + r"(?:\s+"
    + _CAPITALISED
    + r"){0,2}\s+)?"
    # ("had been drafted in at the start of May", "had been brought in on an interim basis in February": a
    # passive arrival; not "had brought in two players", his own signings)
    r"(?=" + _ARRIVAL_WHEN + r")|"
    r"been\s+(?:brought|drafted)\s+in\s+(?:on\s+an?\s+(?:interim|temporary|caretaker|short-term)\s+basis\s+)?"
    r"(?=" + _ARRIVAL_WHEN + r"))"
)
# "…, with X moving into a new role as the club's head of football development", "X moves upstairs to
# become sporting director": he leaves the coaching post for one in the club's offices
_OFFICE_TITLE = (
    r"(?:(?:head|director|manager)\s+of\s+(?:football|soccer|recruitment|scouting|(?:player|football|youth|"
    r"academy)\s+development|(?:the\s+)?academy|coaching|methodology)|(?:sporting|technical|football)\s+director|"
    r"director\s+of\s+(?:football|soccer|sport)|general\s+manager|(?:club\s+)?ambassador|(?:technical\s+)?adviser|"
    r"(?:technical\s+)?advisor|consultant)\b"
)
_MOVES_TO_OFFICE = (
    r"{P}{APP}{HAVE}(?:\s+(?:(?:will|to)\s+)?(?:mov(?:e|es|ed|ing)|step(?:s|ped|ping)?)\s+"
    r"(?:(?:upstairs|aside)\s+)?(?:in)?to\s+(?:a\s+|the\s+)?(?:new\s+)?(?:role|position|post|job)\s+(?:as|of)\s+"
    r"(?:the\s+)?(?:club['’]s\s+|«C\d+»['’]s?\s+)?(?:new\s+)?"
    + _OFFICE_TITLE
    + r"|\s+(?:(?:will|to)\s+)?mov(?:e|es|ed|ing)\s+upstairs\s+(?:to\s+(?:become|be)|as)\s+"
    r"(?:the\s+)?(?:club['’]s\s+|«C\d+»['’]s?\s+)?(?:new\s+)?" + _OFFICE_TITLE + ")"
)
# "…, walking out on Hartlepool United to take the job", "having walked out on Poland": he ended it there
# (whose: the sentence's subject or the aside the gerund sits in, as for the other gerund rules)
_WALKING_OUT_ON = r",\s+(?:after\s+|having\s+)?(?:walking|walked)\s+out\s+on\s+(?:the\s+)?{CDESC}{C}(?!['’])"
# "He will arrive with his usual staff, including assistant A and fitness coach B", "He will bring his own
# staff, including assistant A": his aides start with him (present or future only: a past arrival with his
# staff may be an earlier move; "brought his staff" a past post's)
_ARRIVES_WITH_STAFF = (
    r"\b(?:(?:arrives|will\s+arrive|is\s+arriving|comes|will\s+come|is\s+coming)\s+(?:with|accompanied\s+by)|"
    r"(?:brings|will\s+bring|is\s+bringing|(?<=is\s)to\s+bring)(?:\s+(?:in|along))?(?:\s+with\s+(?:him|her))?)\s+"
    r"(?:{HIS}|the)\s+(?:(?:usual|own|trusted|long-?time|regular|whole|entire|full)\s+)?"
    r"(?:{STAFF_KIND}\s+)?(?:staff|team)\s*,?\s+(?:including|among\s+them|with)\s+" + _STAFF_WORDS + r"{P}"
)
# "X has today signed a new long-term contract", "X has also agreed an extended deal": his renewal told
# with a day word before the verb, or as an "extended" deal
_RENEWED_TODAY = (
    r"{P}{APP}{WHO}{HAVE}\s+(?:(?:today|tonight|this\s+(?:morning|afternoon|evening|week))\s+"
    r"(?:signed|penned|inked|agreed)\s+(?:a\s+new|an?\s+extended|an?\s+improved)\s+(?:\S+\s+)?(?:deal|contract)|"
    r"(?:signed|penned|inked|agreed)\s+(?:an?\s+)?(?:new\s+)?extended\s+(?:\S+\s+)?(?:deal|contract))\b"
)
_RENEWED_TODAY_KEYS = (
    "today",
    "tonight",
    "this morning",
    "this afternoon",
    "this evening",
    "this week",
    "extended",
)
# "X arrives from C, where he was the assistant of Y", "X leaves C, which he led to the title", "had come to
# D from C, where he did good work": the club he moved from, then what he did there, tells his spell at C
# beside the move (not his arrival or exit there: "where he only took over in February", "where he was
# sacked", "whom he leaves after one season", which read as those events)
_MOVED_FROM_WHERE_SPELL = (
    r"{P}{APP}{WHO}{HAVE}\s+(?:(?:only|just|also|now)\s+)?(?:arrives|arrived|comes|came|come|joins|joined|"
    r"leaves|left|departs|departed)\b(?:[^«.;:!?]|«[CS]\d+»){0,40}?(?:\bfrom|\bleaves|\bleft|\bdeparts|\bdeparted)?"
    r"\s+(?:the\s+)?{C}\s*,\s+(?:where|which|whom|with\s+(?:which|whom))\s+(?:since\s+(?:19|20)\d\d\s+)?"
    # (the pronoun tagged as him: see `_vetoed`)
    r"(?:he|she|«P\d+»)\s+(?!(?:had\s+|has\s+)?(?:only\s+|just\s+|first\s+)?(?:took|taken|take|assumed|arrived|joined|"
    r"signed|replaced|succeeded|started|began|came|lasted|leaves|left|played|scored|(?:was|had\s+been)\s+"
    r"(?:sacked|dismissed|fired|replaced|appointed|named|hired|promoted))\b)"
    # nor a post off the bench: "where he was sporting director", "where he had been club captain"
    r"(?!(?:(?:was|had\s+been|has\s+been|served|worked)\s+(?:as\s+)?(?:an?\s+|the\s+|its\s+|their\s+|club\s+)?"
    r"(?:(?:[\w\-]+|«S\d+»)\s+)?(?:" + EXECUTIVE_TITLES + r"|ambassador|analyst|advis[eo]r|consultant|captain"
    r"|player)\b))"
)
RULE_KEYS.update(
    {
        "renewed-today": _RENEWED_TODAY_KEYS,
        "returned-for-spell": ("returned", "came back"),
        "successor-found": ("successor:", "successor :"),
        "successor-of-found": ("successor of", "successor for", "successor to"),
        "arrived-in-date": (
            "arrived",
            "joined in",
            "joined last",
            "come in",
            "came in",
            "brought in",
            "drafted in",
        ),
        "moves-to-office": ("role as", "role of", "position as", "post as", "job as", "upstairs"),
        "walking-out-on": ("walking out on", "walked out on"),
        "arrives-with-staff": ("staff", "team"),
        "moved-from-where-spell": (", where", ", which", ", whom", ", with which", ", with whom"),
    }
)
SPELL_START_OR_END: tuple[Rule, ...] = (
    R("renewed-today", "extended", _RENEWED_TODAY, 0.85, club_side="after"),
    R("returned-for-spell", "appointed", _RETURNED_FOR_SPELL, 0.7, club_side="tag"),
    R("successor-found", "appointed", _SUCCESSOR_FOUND, 0.8, club_side="tag"),
    R("successor-of-found", "left", _SUCCESSOR_OF_FOUND, 0.7, club_side="tag"),
    R("arrived-in-date", "appointed", _ARRIVED_IN_DATE, 0.65, club_side="topic"),
    R("moves-to-office", "left", _MOVES_TO_OFFICE, 0.7, club_side="near"),
    R("walking-out-on", "resigned", _WALKING_OUT_ON, 0.7, club_side="tag"),
    R("arrives-with-staff", "appointed", _ARRIVES_WITH_STAFF, 0.7, club_side="topic"),
    R("moved-from-where-spell", "in_charge", _MOVED_FROM_WHERE_SPELL, 0.65, club_side="tag"),
)
