"""Interview entry: the screen peer interviewers type answers into.

Reusable parts: :func:`duodesk.gui.entry.question_widgets.make_question_widget` (one question)
and :class:`duodesk.gui.entry.form_view.InterviewFormView` (a whole questionnaire, page by page,
with no storage: saving is the caller's callback).
"""
