"""What the skip logic ties together, as the disclosure step reads it from the questionnaire."""

from __future__ import annotations

from duodesk.exports.relations import skip_relations
from tests.exports.test_disclosure_attack import chain_questionnaire


def relations_in_words(questionnaire) -> dict[str, str]:
    """Each relation as "question: asked = ..." / "asked <= ...", keyed by the follow-up."""
    cells: dict[tuple[str, str], int] = {}

    def cell_of(question: str, role: str) -> int:
        return cells.setdefault((question, role), len(cells) + 1)

    found = skip_relations(questionnaire, cell_of, 0)
    names = {index: f"{q}.{role.removeprefix('option:')}" for (q, role), index in cells.items()}
    names[0] = "interviews"
    words: dict[str, list[str]] = {}
    for relation in found:
        asked = {c for c, k in relation.terms if names[c].endswith((".answered", ".no_answer"))}
        follow_up = names[min(asked)].split(".")[0]
        others = sorted(
            ("" if k < 0 else "-") + names[c] for c, k in relation.terms if c not in asked
        )
        sign = "=" if relation.equal else "<="
        words.setdefault(follow_up, []).append(f"asked {sign} {' + '.join(others)}")
    return {name: "; ".join(sorted(texts)) for name, texts in words.items()}


def test_a_condition_inside_a_group_is_followed_to_the_answer_that_opens_it():
    words = relations_in_words(chain_questionnaire())
    # kind is asked inside the group "care" (opening = yes): asked as often as that answer
    assert words["kind"] == "asked = opening.yes"
    # ticks: ${kind} = 'a' inside the group; kind = a implies the group's condition
    assert words["ticks"] == "asked = kind.a"
    # how_many: selected(${ticks}, 'x'), through three levels
    assert words["how_many"] == "asked = ticks.x"


def test_or_of_one_questions_answers_is_their_sum_and_not_equal_is_the_rest():
    words = relations_in_words(chain_questionnaire())
    assert words["other_kinds"] == "asked = kind.b + kind.c"
    assert words["not_no"] == "asked = -opening.no + interviews"


def test_an_and_whose_conditions_imply_each_other_is_the_one_that_implies():
    # ${opening} = 'yes' and ${other_kinds} = 'yes': other_kinds is only asked when
    # opening = yes, so the pair is just other_kinds = yes
    words = relations_in_words(chain_questionnaire())
    assert words["both"] == "asked = other_kinds.yes"


def test_an_and_of_independent_conditions_gives_only_bounds():
    # ${kind} = 'a' and ${not_no} = 'yes': neither implies the other
    words = relations_in_words(chain_questionnaire())
    assert words["independent"] == "asked <= kind.a; asked <= not_no.yes"
