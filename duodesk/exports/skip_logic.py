"""Skip logic in words, for the codebook: ``${referred} = 'no'`` becomes "referred = No".

The expression is parsed into its tree (:mod:`duodesk.core.expressions`) and the common shapes
are put into words: comparisons of a question with a value (a choice's label in place of its
code), ``selected()``, ``not()``, answered / not answered, ``count-selected()``, ``and`` /
``or``. Anything else is shown as the expression text itself, which is always right, if
less friendly.
"""

from __future__ import annotations

from duodesk.core.expressions import (
    Binary,
    Call,
    Current,
    Expr,
    ExpressionError,
    Literal,
    Reference,
    parse,
)
from duodesk.core.expressions.conversions import number_text
from duodesk.core.questionnaire import Questionnaire, text_in
from duodesk.i18n import translate

_COMPARISONS = ("=", "!=", ">", ">=", "<", "<=")


def _comparison_words(op: str) -> str:
    """A comparison as a sentence with ``{question}`` and ``{value}`` to fill."""
    return {
        "=": translate("Skip logic", "{question} = {value}"),
        "!=": translate("Skip logic", "{question} is not {value}"),
        ">": translate("Skip logic", "{question} is more than {value}"),
        ">=": translate("Skip logic", "{question} is at least {value}"),
        "<": translate("Skip logic", "{question} is less than {value}"),
        "<=": translate("Skip logic", "{question} is at most {value}"),
    }[op]


class _Unsaid(Exception):
    """A shape this module does not put into words."""


def condition_in_words(expression: str, questionnaire: Questionnaire, language: str = "") -> str:
    """``expression`` (a ``relevant`` column) in words, or the expression text itself when it
    uses something without a wording here. ``""`` for an empty expression."""
    text = expression.strip()
    if not text:
        return ""
    try:
        tree = parse(text)
        return _Speaker(questionnaire, language).say(tree, top=True)
    except (ExpressionError, _Unsaid):
        return text


def rule_in_words(
    expression: str, questionnaire: Questionnaire, question_name: str, language: str = ""
) -> str:
    """A ``constraint`` in words: ``. >= 16 and . <= 90`` becomes "the answer is at least 16
    and the answer is at most 90"; the expression text itself when it uses something without
    a wording here. ``""`` for an empty expression."""
    text = expression.strip()
    if not text:
        return ""
    try:
        return _Speaker(questionnaire, language, current=question_name).say(parse(text), top=True)
    except (ExpressionError, _Unsaid):
        return text


def asked_when(question_name: str, questionnaire: Questionnaire, language: str = "") -> str:
    """ "asked only if referred = No" for a question (its groups' conditions included), or
    "asked of everyone"."""
    parts = [
        condition_in_words(group.relevant, questionnaire, language)
        for group in questionnaire.parents_of(question_name)
        if group.relevant.strip()
    ]
    own = questionnaire.question(question_name).relevant
    if own.strip():
        parts.append(condition_in_words(own, questionnaire, language))
    if not parts:
        return translate("Skip logic", "asked of everyone")
    either = translate("Skip logic", "{left} or {right}").format(left="", right="")
    both = translate("Skip logic", "{left} and {right}").format(left="", right="")
    joined = both.join(f"({p})" if either in p and len(parts) > 1 else p for p in parts)
    return translate("Skip logic", "asked only if {condition}").format(condition=joined)


class _Speaker:
    def __init__(self, questionnaire: Questionnaire, language: str, current: str = "") -> None:
        self.form = questionnaire
        self.language = language or questionnaire.settings.default_language
        self.names = {q.name for q in questionnaire.questions()}
        self.current = current  # the question whose answer "." is (in a constraint)

    def say(self, node: Expr, top: bool = False) -> str:
        if isinstance(node, Binary):
            if node.op in ("and", "or"):
                return self.joined(node, top)
            if node.op in _COMPARISONS:
                return self.comparison(node)
        if isinstance(node, Call):
            return self.call(node)
        raise _Unsaid()

    def joined(self, node: Binary, top: bool) -> str:
        left = self.say(node.left)
        right = self.say(node.right)
        if node.op == "and":
            said = translate("Skip logic", "{left} and {right}").format(left=left, right=right)
        else:
            said = translate("Skip logic", "{left} or {right}").format(left=left, right=right)
        return said if top else f"({said})"

    def comparison(self, node: Binary) -> str:
        reference, literal = node.left, node.right
        if isinstance(reference, Literal) and isinstance(literal, (Reference, Current)):
            if node.op not in ("=", "!="):
                raise _Unsaid()  # "16 <= ." would need the comparison turned round
            reference, literal = literal, reference
        if isinstance(reference, Current) and self.current and isinstance(literal, Literal):
            reference = Reference(self.current, reference.position)
            name = translate("Skip logic", "the answer")
        elif not isinstance(reference, Reference) or not isinstance(literal, Literal):
            raise _Unsaid()
        else:
            name = self.question(reference)
        if literal.value == "" and node.op in ("=", "!="):
            if node.op == "=":
                return translate("Skip logic", "{question} was not answered").format(question=name)
            return translate("Skip logic", "{question} was answered").format(question=name)
        value = self.value(reference.name, literal.value)
        return _comparison_words(node.op).format(question=name, value=value)

    def call(self, node: Call, negated: bool = False) -> str:
        args = node.args
        if node.name == "selected" and isinstance(args[0], Reference):
            if not isinstance(args[1], Literal):
                raise _Unsaid()
            choice = self.value(args[0].name, args[1].value)
            if negated:
                words = translate("Skip logic", "{question} does not include {choice}")
            else:
                words = translate("Skip logic", "{question} includes {choice}")
            return words.format(question=self.question(args[0]), choice=choice)
        if node.name == "not" and isinstance(args[0], Call) and args[0].name == "selected":
            return self.call(args[0], negated=True)
        if node.name == "not":
            return translate("Skip logic", "not ({condition})").format(
                condition=self.say(args[0], top=True)
            )
        raise _Unsaid()

    def question(self, reference: Reference) -> str:
        if reference.name not in self.names:
            raise _Unsaid()
        return reference.name

    def value(self, question_name: str, value: str | float) -> str:
        if isinstance(value, float):
            return number_text(value)
        question = self.form.question(question_name)
        choices = self.form.choices_for(question)
        choice = choices.choice(value) if choices is not None else None
        if choice is not None:
            label = text_in(choice.label, self.language, self.form.settings.default_language)
            label = label or value
            return f"“{label}”" if " " in label else label
        return f"“{value}”"
