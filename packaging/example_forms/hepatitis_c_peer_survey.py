"""The Glasgow hepatitis C peer research survey (2007, section 6.6 a of the seeds), in
English and Spanish."""

from __future__ import annotations

from example_forms.common import (
    AGE_CONSTRAINT,
    AGE_CONSTRAINT_MESSAGE,
    AGE_GROUP,
    EN,
    ES,
    GRID,
    MISSING,
    NONE_EXCLUSIVE,
    NONE_EXCLUSIVE_MESSAGE,
    NOT_IN_FUTURE,
    NOT_IN_FUTURE_MESSAGE,
    PARTICIPANT_CODE,
    Example,
    choice_list,
    end_group,
    participant_code_questions,
    q,
    sex_list,
    yes_no_dk_list,
)


def build() -> Example:
    survey = [
        q(
            "note",
            "intro_note",
            (
                "Read out: Thank you for taking part. This survey is about hepatitis C and "
                "injecting. It is anonymous: we do not write down your name. You can skip any "
                "question, and you can stop at any time.",
                "Lea en voz alta: Gracias por participar. Esta encuesta trata sobre la hepatitis C "
                "y la inyección. Es anónima: no apuntamos su nombre. Puede saltarse cualquier "
                "pregunta y puede parar cuando quiera.",
            ),
        ),
        q(
            "date",
            "interview_date",
            ("Date of the interview", "Fecha de la entrevista"),
            required=True,
            constraint=NOT_IN_FUTURE,
            constraint_message=NOT_IN_FUTURE_MESSAGE,
        ),
        q(
            "select_one place",
            "interview_place",
            ("Where is this interview taking place?", "¿Dónde se hace esta entrevista?"),
            ("Interviewer: answer this yourself.", "Entrevistador/a: responda usted mismo/a."),
            default="sdf_office",
        ),
        *participant_code_questions(bilingual=True),
        q(
            "select_one sex",
            "sex",
            (
                "Are you male or female, or do you describe yourself in another way?",
                "¿Es usted hombre o mujer, o se describe de otra manera?",
            ),
            required=True,
        ),
        q(
            "integer",
            "age",
            ("How old are you?", "¿Cuántos años tiene?"),
            (
                "In years. Leave blank if the person would rather not say.",
                "En años. Déjelo en blanco si la persona prefiere no decirlo.",
            ),
            constraint=AGE_CONSTRAINT,
            constraint_message=AGE_CONSTRAINT_MESSAGE,
        ),
        q("calculate", "age_group", calculation=AGE_GROUP),
        q(
            "select_one yes_no_dk",
            "hcv_diagnosed",
            (
                "Have you ever been told you have hepatitis C?",
                "¿Alguna vez le han dicho que tiene hepatitis C?",
            ),
            (
                "By a doctor, nurse or other worker, after a blood test.",
                "Un médico, una enfermera u otro profesional, después de un análisis de sangre.",
            ),
            required=True,
        ),
        q(
            "begin_group",
            "hcv_care",
            ("Your hepatitis C care", "Su atención para la hepatitis C"),
            relevant="${hcv_diagnosed} = 'yes'",
        ),
        q(
            "select_one time_since",
            "diagnosis_when",
            (
                "When were you first told you have hepatitis C?",
                "¿Cuándo le dijeron por primera vez que tiene hepatitis C?",
            ),
        ),
        q(
            "select_one diagnosis_place",
            "diagnosis_place",
            ("Where were you when you were told?", "¿Dónde estaba cuando se lo dijeron?"),
        ),
        q(
            "select_one yes_no_dk",
            "referred",
            (
                "After you were told, were you referred to anyone for support, advice or "
                "treatment?",
                "Después de que se lo dijeran, ¿le derivaron a alguien para recibir apoyo, "
                "consejo o tratamiento?",
            ),
            (
                "Referred means sent on, for example to a nurse, a liver clinic or a support "
                "group.",
                "Derivar quiere decir enviar, por ejemplo a una enfermera, a una clínica de "
                "hígado o a un grupo de apoyo.",
            ),
            required=True,
        ),
        q(
            "select_multiple no_referral_reason",
            "not_referred_reasons",
            (
                "Why do you think you were not referred?",
                "¿Por qué cree que no le derivaron?",
            ),
            (
                "Read the options out. Tick all that the person says.",
                "Lea las opciones en voz alta. Marque todas las que diga la persona.",
            ),
            relevant="${referred} = 'no'",
        ),
        q(
            "text",
            "not_referred_other",
            ("Other reason, please say", "Otro motivo, por favor, diga cuál"),
            relevant="selected(${not_referred_reasons}, 'other')",
        ),
        q(
            "select_one treatment",
            "treatment_received",
            (
                "Have you ever had any treatment for hepatitis C?",
                "¿Alguna vez ha recibido tratamiento para la hepatitis C?",
            ),
            required=True,
        ),
        q(
            "select_one disclosure",
            "told_family",
            (
                "Have you told your immediate family that you have hepatitis C?",
                "¿Le ha contado a su familia más cercana que tiene hepatitis C?",
            ),
            (
                "Immediate family: partner, parents, children, brothers and sisters.",
                "Familia más cercana: pareja, padres, hijos, hermanos y hermanas.",
            ),
        ),
        q(
            "select_multiple treatment_barrier",
            "treatment_barriers",
            (
                "Has anything made it hard for you to get treatment for hepatitis C?",
                "¿Hay algo que le haya dificultado recibir tratamiento para la hepatitis C?",
            ),
            (
                "Read the options out. Tick all that apply.",
                "Lea las opciones en voz alta. Marque todas las que correspondan.",
            ),
            constraint=NONE_EXCLUSIVE,
            constraint_message=NONE_EXCLUSIVE_MESSAGE,
        ),
        q(
            "select_one yes_no_dk",
            "missed_appointment",
            (
                "Have you ever missed a hospital or clinic appointment about your hepatitis C?",
                "¿Alguna vez ha faltado a una cita del hospital o de la clínica por su "
                "hepatitis C?",
            ),
        ),
        q(
            "select_multiple missed_reason",
            "missed_reasons",
            (
                "What were the reasons you missed it?",
                "¿Por qué motivos faltó a la cita?",
            ),
            (
                "Tick all that the person says.",
                "Marque todas las que diga la persona.",
            ),
            relevant="${missed_appointment} = 'yes'",
        ),
        end_group(),
        q(
            "select_one yes_no_dk",
            "ever_injected",
            ("Have you ever injected drugs?", "¿Alguna vez se ha inyectado drogas?"),
            required=True,
        ),
        q(
            "select_one yes_no_dk",
            "injected_recently",
            (
                "Have you injected in the last four weeks?",
                "¿Se ha inyectado en las últimas cuatro semanas?",
            ),
            relevant="${ever_injected} = 'yes'",
        ),
        q(
            "select_multiple shared_item",
            "shared_equipment",
            (
                "In the last four weeks, have you used any of these after someone else had "
                "already used them?",
                "En las últimas cuatro semanas, ¿ha usado alguna de estas cosas después de que "
                "otra persona ya las hubiera usado?",
            ),
            (
                "Read each one out. Tick all that apply, or 'None of these'.",
                "Lea cada una en voz alta. Marque todas las que correspondan, o 'Ninguna de "
                "estas'.",
            ),
            relevant="${injected_recently} = 'yes'",
            constraint=NONE_EXCLUSIVE,
            constraint_message=NONE_EXCLUSIVE_MESSAGE,
        ),
        q(
            "select_one how_often",
            "works_from_exchange",
            (
                "How often do you get your needles and works from a needle exchange or pharmacy?",
                "¿Con qué frecuencia consigue sus agujas y material de inyección en un programa "
                "de intercambio de jeringas o en una farmacia?",
            ),
            relevant="${injected_recently} = 'yes'",
        ),
        q(
            "begin_group",
            "views_grid",
            (
                "I will read some statements. For each one, tell me how much you agree or "
                "disagree.",
                "Voy a leer unas frases. Para cada una, dígame si está de acuerdo o en desacuerdo.",
            ),
            appearance=GRID,
        ),
        q(
            "select_one agree",
            "view_treatment_works",
            (
                "Hepatitis C treatment can work for people who use drugs.",
                "El tratamiento de la hepatitis C puede funcionar en personas que usan drogas.",
            ),
        ),
        q(
            "select_one agree",
            "view_side_effects",
            (
                "I am worried about the side effects of treatment.",
                "Me preocupan los efectos secundarios del tratamiento.",
            ),
        ),
        q(
            "select_one agree",
            "view_enough_info",
            (
                "I have been given enough information about hepatitis C.",
                "He recibido suficiente información sobre la hepatitis C.",
            ),
        ),
        q(
            "select_one agree",
            "view_staff_respect",
            (
                "Hepatitis C staff treat people who use drugs with respect.",
                "El personal que atiende la hepatitis C trata con respeto a las personas que "
                "usan drogas.",
            ),
        ),
        end_group(),
        q(
            "begin_group",
            "services_grid",
            (
                "How good was the help you got about hepatitis C from each of these?",
                "¿Qué tal fue la ayuda que recibió sobre la hepatitis C en cada uno de estos "
                "sitios?",
            ),
            appearance=GRID,
        ),
        q("select_one rating", "service_gp", ("GP (family doctor)", "Médico de cabecera")),
        q("select_one rating", "service_drug", ("Drug service", "Servicio de drogas")),
        q(
            "select_one rating",
            "service_needle_exchange",
            ("Needle exchange", "Programa de intercambio de jeringas"),
        ),
        q(
            "select_one rating",
            "service_hospital",
            ("Hospital or liver clinic", "Hospital o clínica de hígado"),
        ),
        end_group(),
        q(
            "text",
            "comments",
            (
                "Is there anything else you would like to tell us about hepatitis C, testing or "
                "treatment?",
                "¿Hay algo más que quiera contarnos sobre la hepatitis C, las pruebas o el "
                "tratamiento?",
            ),
            (
                "Write down their own words. Leave out names of people and places.",
                "Escriba sus propias palabras. No escriba nombres de personas ni de lugares.",
            ),
            identifying=True,
        ),
        q(
            "note",
            "end_note",
            (
                "Read out: That is the end. Thank you for your time. Interviewer: give the "
                "person their voucher.",
                "Lea en voz alta: Hemos terminado. Gracias por su tiempo. Entrevistador/a: "
                "entregue el vale a la persona.",
            ),
        ),
    ]
    choices = [
        *yes_no_dk_list(),
        *sex_list(),
        *choice_list(
            "place",
            ("sdf_office", ("SDF office, Glasgow", "Oficina de SDF, Glasgow")),
            ("drop_in", ("Drop-in centre", "Centro de acogida (drop-in)")),
            ("other_place", ("Somewhere else", "En otro sitio")),
        ),
        *choice_list(
            "time_since",
            ("under_1_year", ("Less than a year ago", "Hace menos de un año")),
            ("one_to_5_years", ("1 to 5 years ago", "Hace entre 1 y 5 años")),
            ("over_5_years", ("More than 5 years ago", "Hace más de 5 años")),
            ("dont_know", ("Don't remember", "No lo recuerda"), MISSING),
        ),
        *choice_list(
            "diagnosis_place",
            ("gp", ("At the GP", "En el médico de cabecera")),
            ("drug_service", ("At a drug service", "En un servicio de drogas")),
            ("prison", ("In prison", "En prisión")),
            ("hospital", ("In hospital", "En el hospital")),
            ("other", ("Somewhere else", "En otro sitio")),
            ("dont_know", ("Don't remember", "No lo recuerda"), MISSING),
        ),
        *choice_list(
            "no_referral_reason",
            ("did_not_know", ("Don't know why not", "No sabe por qué no")),
            ("in_prison", ("I was in prison", "Estaba en prisión")),
            (
                "using",
                (
                    "I was injecting or drinking at the time",
                    "En ese momento me inyectaba o bebía alcohol",
                ),
            ),
            (
                "lacked_knowledge",
                (
                    "The worker did not know enough about hepatitis C",
                    "El profesional no sabía lo suficiente sobre la hepatitis C",
                ),
            ),
            ("no_symptoms", ("I had no symptoms", "No tenía síntomas")),
            ("other", ("Other reason", "Otro motivo")),
        ),
        *choice_list(
            "treatment",
            ("never", ("No, never", "No, nunca")),
            ("current", ("Yes, I am on treatment now", "Sí, estoy en tratamiento ahora")),
            ("completed", ("Yes, I finished a course", "Sí, terminé un tratamiento")),
            (
                "stopped",
                ("Yes, but I stopped before the end", "Sí, pero lo dejé antes de terminar"),
            ),
            ("dont_know", ("Don't know", "No sabe"), MISSING),
        ),
        *choice_list(
            "disclosure",
            ("yes_all", ("Yes, all of them", "Sí, a todos")),
            ("yes_some", ("Yes, some of them", "Sí, a algunos")),
            ("no", ("No", "No")),
            ("no_family", ("I have no immediate family", "No tengo familia cercana"), MISSING),
            ("refused", ("Prefer not to say", "Prefiere no decirlo"), MISSING),
        ),
        *choice_list(
            "treatment_barrier",
            (
                "wont_work",
                (
                    "I thought the treatment would not work",
                    "Pensaba que el tratamiento no funcionaría",
                ),
            ),
            (
                "side_effects",
                ("Worried about side effects", "Me preocupaban los efectos secundarios"),
            ),
            (
                "still_using",
                ("Still using drugs or alcohol", "Todavía consumía drogas o alcohol"),
            ),
            (
                "in_prison",
                ("I was in prison when I was told", "Estaba en prisión cuando me lo dijeron"),
            ),
            ("not_offered", ("Treatment was never offered", "Nunca me ofrecieron tratamiento")),
            ("waiting_list", ("Long waiting lists", "Listas de espera largas")),
            (
                "staff_attitude",
                ("How staff treat drug users", "Cómo trata el personal a quien usa drogas"),
            ),
            ("none", ("None of these", "Ninguna de estas")),
        ),
        *choice_list(
            "missed_reason",
            (
                "not_priority",
                ("Other things came first at the time", "En ese momento había otras prioridades"),
            ),
            (
                "distance",
                (
                    "Hospital too far away or hard to get to",
                    "El hospital estaba lejos o era difícil llegar",
                ),
            ),
            (
                "worried",
                (
                    "Worried about what the treatment would involve",
                    "Me preocupaba en qué consistiría el tratamiento",
                ),
            ),
            (
                "long_wait",
                ("Waited too long for the appointment", "Tuve que esperar demasiado la cita"),
            ),
            (
                "no_letter",
                ("Did not get the letter, or forgot", "No me llegó la carta, o se me olvidó"),
            ),
            ("other", ("Something else", "Otro motivo")),
        ),
        *choice_list(
            "shared_item",
            ("needles", ("Needles or syringes", "Agujas o jeringas")),
            ("spoons", ("Spoons or cookers", "Cucharas o recipientes para preparar")),
            ("filters", ("Filters", "Filtros")),
            ("water", ("Water", "Agua")),
            ("none", ("None of these", "Ninguna de estas")),
        ),
        *choice_list(
            "how_often",
            ("always", ("Always", "Siempre")),
            ("mostly", ("Most of the time", "Casi siempre")),
            ("sometimes", ("Sometimes", "A veces")),
            ("never", ("Never", "Nunca")),
        ),
        *choice_list(
            "agree",
            ("strongly_agree", ("Strongly agree", "Muy de acuerdo")),
            ("agree", ("Agree", "De acuerdo")),
            ("neither", ("Neither agree nor disagree", "Ni de acuerdo ni en desacuerdo")),
            ("disagree", ("Disagree", "En desacuerdo")),
            ("strongly_disagree", ("Strongly disagree", "Muy en desacuerdo")),
            ("dont_know", ("Don't know", "No sabe"), MISSING),
        ),
        *choice_list(
            "rating",
            ("good", ("Good", "Buena")),
            ("ok", ("OK", "Regular")),
            ("poor", ("Poor", "Mala")),
            ("not_used", ("Have not used it", "No lo he usado"), MISSING),
        ),
    ]
    return Example(
        file_name="hepatitis_c_peer_survey.xlsx",
        form_id="hepc_peer_survey",
        form_title="Hepatitis C and injecting: peer research survey",
        languages=(EN, ES),
        survey=survey,
        choices=choices,
        participant_code=PARTICIPANT_CODE,
    )
