"""News extractor: football articles → dated, sourced coaching facts (the extraction contract).

Plain Python: precompiled regexes over tagged sentences plus curated reference data
(`pipeline.reference`), no statistical NER, so it is fast and deterministic.

Confidence scale (0..1), set by the kind of statement a fact comes from:
  0.90  explicit, definite statement of the event ("has been appointed", "sacked X")
  0.85  definite but less direct ("takes over", "replaces", "renewed his contract")
  0.75–0.8  stated past spells and roles ("was in charge of", "Augsburg head coach X"),
        refusals ("turned down")
  0.7   approaches and offers, possessive or apposition hints ("X's side")
  0.6–0.65  inferred spells: descriptors ("the Argentinian manager has …"), "X's Brentford side",
        "X signed Y for Z"; staff told through their boss; moves told in a later clause with no
        subject of its own ("…, before leaving for Italy in 1990": `elided_moves`)
  0.5–0.55  hedged talk: linked, candidate, "set to", "expected to", "could", "X to replace Y"
  0.45–0.5  event fallback (`fallback`): a sentence no pattern claimed, naming a coach the article
        reports on (or "coach X", "X, the C manager"), one club and one event word in their
        clause ("…, whom C sacked in the autumn"): appointed and dismissed 0.5 (right 94–97% of
        the time when guessed on every training sentence), left, resigned, extended 0.45
  0.4   a spell read from a career verb right before a club and nothing more ("previously
        head coach of A", "began his coaching career at B"), for a coach the article reports
        on; right about half the time on text the rules were not written against

Layout: `text` (sentences, boilerplate), `mentions` (clubs, squads, names), `people`
(surnames, nicknames, pronouns, descriptors, executives), `rules` (event patterns),
`fallback` (event guesses for sentences no pattern claimed), `dates` (publication and relative
dates), `match_report` (the two sides of a match a report is about). The extraction over them,
in import order: `facts` (`Fact`, the article's `Context`, shared tag regexes), `coreference`
(a sentence's mentions; who its pronouns, descriptors and club references stand for),
`attribution` (the club and squad of a fact; the story's club), `date_facts` (the date of a
fact), `career_facts` (the coach and club a career verb joins), `mens_womens_sides` (the
men's or women's side a sentence's words tell), `coordinated_people` (the others a match
stands for: 'A and B were sacked'), `aides_beside_head` (an aide's posts told through his head
coach's), `rule_facts` (the facts of one tagged sentence; `elided_moves` for its subjectless
later clauses), `postprocess` (the article's facts checked against each other), `extractor`
(orchestration: `extract_article`). `scoring` / `commands`: eval and the CLI entry points.
"""

from pipeline.extract.extractor import ExtractionError, article_date, extract_article

__all__ = ["ExtractionError", "article_date", "extract_article"]
