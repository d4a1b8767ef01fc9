<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Analysis</name>
    <message>
        <source>There is no question called "{name}" in "{title}". Use the question's name as the questionnaire gives it.</source>
        <translation>No hay ninguna pregunta llamada «{name}» en «{title}». Use el nombre de la pregunta tal como lo da el cuestionario.</translation>
    </message>
    <message>
        <source>There is no questionnaire "{form_id}" in this project. The list command shows the questionnaires there are.</source>
        <translation>No hay ningún cuestionario «{form_id}» en este proyecto. El comando list muestra los cuestionarios que hay.</translation>
    </message>
    <message>
        <source>{where}: "{name}" is a date question; compare it with a date written as YYYY-MM-DD, e.g. "{name} {operator} 2026-01-31".</source>
        <translation>{where}: «{name}» es una pregunta de fecha; compárela con una fecha escrita AAAA-MM-DD, por ejemplo «{name} {operator} 2026-01-31».</translation>
    </message>
    <message>
        <source>{where}: "{name}" is a number question; compare it with a number.</source>
        <translation>{where}: «{name}» es una pregunta de número; compárela con un número.</translation>
    </message>
    <message>
        <source>{where}: "{name}" is not a number question nor a date question, so "{operator}" cannot be used with it.</source>
        <translation>{where}: «{name}» no es una pregunta de número ni de fecha, así que no se puede usar «{operator}» con ella.</translation>
    </message>
    <message>
        <source>{where}: "includes" is for questions where several answers can be ticked; use "=" for "{name}".</source>
        <translation>{where}: «includes» es para preguntas donde se pueden marcar varias respuestas; use «=» para «{name}».</translation>
    </message>
    <message>
        <source>{where}: several answers can be ticked for "{name}"; write "{name} includes CHOICE".</source>
        <translation>{where}: en «{name}» se pueden marcar varias respuestas; escriba «{name} includes OPCIÓN».</translation>
    </message>
    <message>
        <source>{where}: "{value}" is not one of the answers to "{name}" ({choices}).</source>
        <translation>{where}: «{value}» no es una de las respuestas a «{name}» ({choices}).</translation>
    </message>
    <message>
        <source>"{label}" can have several answers ticked, so it cannot be one side of a crosstab. Choose a question with one answer.</source>
        <translation>«{label}» puede tener varias respuestas marcadas, así que no puede ser un lado de una tabla cruzada. Elija una pregunta con una sola respuesta.</translation>
    </message>
    <message>
        <source>"{label}" is asked once for each instance of “{repeat_label}”: put it against a question asked once per interview (a crosstab of two repeat questions, or of a repeat question and themes, is not made).</source>
        <translation>«{label}» se pregunta una vez por cada elemento de «{repeat_label}»: crúcela con una pregunta hecha una vez por entrevista (no se hace una tabla cruzada de dos preguntas repetidas, ni de una pregunta repetida y temas).</translation>
    </message>
    <message>
        <source>Choose two different questions for a crosstab.</source>
        <translation>Elija dos preguntas distintas para una tabla cruzada.</translation>
    </message>
    <message>
        <source>"{label}" can have several answers ticked: compare the themes with a question with one answer.</source>
        <translation>«{label}» puede tener varias respuestas marcadas: compare los temas con una pregunta de una sola respuesta.</translation>
    </message>
    <message>
        <source>This table would count only 1 to {threshold} people, and the project hides numbers from 1 to {threshold}: none of its numbers can be shown. Choose a larger part of the survey.</source>
        <translation>Esta tabla contaría solo de 1 a {threshold} personas, y el proyecto oculta los números de 1 a {threshold}: no se puede mostrar ninguno de sus números. Elija una parte más grande de la encuesta.</translation>
    </message>
    <message>
        <source>This part of the survey leaves out only 1 to {threshold} of the people the table counts for the whole survey: set beside that table, its numbers would give those few people's answers by subtraction. Choose a part that leaves out none of them, or at least {n}.</source>
        <translation>Esta parte de la encuesta deja fuera solo de 1 a {threshold} de las personas que la tabla cuenta para toda la encuesta: junto a esa tabla, sus números darían por resta las respuestas de esas pocas personas. Elija una parte que no deje fuera a nadie, o al menos a {n}.</translation>
    </message>
    <message>
        <source>"{operator}" is not a comparison DuoDesk knows; use one of {known}.</source>
        <translation>«{operator}» no es una comparación que DuoDesk conozca; use una de estas: {known}.</translation>
    </message>
    <message>
        <source>"{question} {operator} {value}": "{value}" is not a number, nor a date written as YYYY-MM-DD.</source>
        <translation>«{question} {operator} {value}»: «{value}» no es un número, ni una fecha escrita AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>"{text}" is not a condition DuoDesk can read. Write it like "sex=female", "age&gt;30" or "drugs includes heroin".</source>
        <translation>DuoDesk no puede leer la condición «{text}». Escríbala como «sex=female», «age&gt;30» o «drugs includes heroin».</translation>
    </message>
    <message>
        <source>"{name}" is not a number question, so it cannot have bins.</source>
        <translation>«{name}» no es una pregunta de número, así que no puede tener tramos.</translation>
    </message>
    <message>
        <source>{question}: themes</source>
        <translation>{question}: temas</translation>
    </message>
    <message>
        <source>Both coders must decide on the same answers.</source>
        <translation>Los dos codificadores deben decidir sobre las mismas respuestas.</translation>
    </message>
    <message>
        <source>Not codable</source>
        <translation>No codificable</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>over a project too damaged to read</source>
        <translation>en lugar de un proyecto demasiado dañado para leerlo</translation>
    </message>
    <message>
        <source>records {first} to {last} of the trail it replaced, kept here</source>
        <translation>entradas {first} a {last} del registro que sustituyó, guardadas aquí</translation>
    </message>
    <message>
        <source>the trail in the file is not the one this laptop wrote for this project (its keys were removed or replaced, so it was rewritten or swapped)</source>
        <translation>el registro del archivo no es el que este ordenador escribió para este proyecto (sus claves se quitaron o se sustituyeron, así que se reescribió o se cambió)</translation>
    </message>
    <message>
        <source>records {first} to {newest}, which this laptop wrote, were lost: a damaged project was replaced by an older copy at record {restored}</source>
        <translation>las entradas {first} a {newest}, escritas por este portátil, se perdieron: un proyecto dañado se sustituyó por una copia más antigua en la entrada {restored}</translation>
    </message>
    <message>
        <source>record {number} is missing</source>
        <translation>falta el registro {number}</translation>
    </message>
    <message>
        <source>record {number} does not follow the one before</source>
        <translation>el registro {number} no sigue al anterior</translation>
    </message>
    <message>
        <source>records from {number} on were written with a key this laptop does not hold (on another laptop, or by someone rewriting the trail), so they cannot be vouched for here</source>
        <translation>los registros desde el {number} se escribieron con una clave que este ordenador no tiene (en otro ordenador, o alguien que reescribió el registro), así que aquí no se puede responder de ellos</translation>
    </message>
    <message>
        <source>record {number} was changed after it was written</source>
        <translation>el registro {number} se cambió después de escribirse</translation>
    </message>
    <message>
        <source>record {number} is not the one this laptop wrote there: the trail was emptied or rewritten and begun again</source>
        <translation>el registro {number} no es el que este portátil escribió ahí: el registro de auditoría se vació o se reescribió y se volvió a empezar</translation>
    </message>
    <message>
        <source>records from {number} on are missing: this laptop wrote the trail up to record {newest} (they were cut off, or the trail was emptied and begun again)</source>
        <translation>faltan los registros desde el {number}: este ordenador escribió el registro hasta el {newest} (se cortaron, o el registro se vació y se empezó de nuevo)</translation>
    </message>
    <message>
        <source>“{title}” is in the project, but the trail has no record of it being added: records were removed, or the trail was emptied and begun again</source>
        <translation>«{title}» está en el proyecto, pero el registro no dice cuándo se añadió: se borraron entradas, o el registro se vació y se empezó de nuevo</translation>
    </message>
    <message>
        <source>the guard that stops records being changed or deleted was removed from the project ({names}), so records may have been changed or deleted by hand</source>
        <translation>se quitó del proyecto la protección que impide cambiar o borrar registros ({names}), así que pueden haberse cambiado o borrado registros a mano</translation>
    </message>
    <message>
        <source>the list of people is not the one the trail recorded: {name} is {now} in the list and {then} in the trail (changed by hand)</source>
        <translation>la lista de personas no es la que registró el registro: {name} es {now} en la lista y {then} en el registro (cambiada a mano)</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>no está</translation>
    </message>
    <message>
        <source>records from {number} on are missing: the project lists a key that wrote them (they were deleted, or the trail was emptied and begun again)</source>
        <translation>faltan los registros desde el {number}: el proyecto cita una clave que los escribió (se borraron, o el registro se vació y se empezó de nuevo)</translation>
    </message>
</context>
<context>
    <name>Codebook</name>
    <message>
        <source>written answer</source>
        <translation>respuesta escrita</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>número entero</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>one answer from a list</source>
        <translation>una respuesta de una lista</translation>
    </message>
    <message>
        <source>several answers from a list</source>
        <translation>varias respuestas de una lista</translation>
    </message>
    <message>
        <source>date (YYYY-MM-DD)</source>
        <translation>fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>time (HH:MM)</source>
        <translation>hora (HH:MM)</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>fecha y hora</translation>
    </message>
    <message>
        <source>location: latitude longitude altitude accuracy</source>
        <translation>lugar: latitud longitud altitud precisión</translation>
    </message>
    <message>
        <source>line: locations separated by ;</source>
        <translation>línea: lugares separados por ;</translation>
    </message>
    <message>
        <source>shape: locations separated by ;</source>
        <translation>forma: lugares separados por ;</translation>
    </message>
    <message>
        <source>location where the interview started</source>
        <translation>lugar donde empezó la entrevista</translation>
    </message>
    <message>
        <source>name of an attached photo</source>
        <translation>nombre de una foto adjunta</translation>
    </message>
    <message>
        <source>name of an attached recording</source>
        <translation>nombre de una grabación adjunta</translation>
    </message>
    <message>
        <source>name of an attached video</source>
        <translation>nombre de un vídeo adjunto</translation>
    </message>
    <message>
        <source>name of an attached file</source>
        <translation>nombre de un archivo adjunto</translation>
    </message>
    <message>
        <source>code (typed)</source>
        <translation>código (escrito)</translation>
    </message>
    <message>
        <source>number in a range</source>
        <translation>número en un rango</translation>
    </message>
    <message>
        <source>OK when acknowledged</source>
        <translation>OK cuando se confirma</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Asked when</source>
        <translation>Se pregunta cuando</translation>
    </message>
    <message>
        <source>Allowed answers</source>
        <translation>Respuestas permitidas</translation>
    </message>
    <message>
        <source>Choices (code = label)</source>
        <translation>Opciones (código = etiqueta)</translation>
    </message>
    <message>
        <source>Missing codes</source>
        <translation>Códigos de dato faltante</translation>
    </message>
    <message>
        <source>the label of the choice</source>
        <translation>la etiqueta de la opción</translation>
    </message>
    <message>
        <source>the code of the choice (see Choices)</source>
        <translation>el código de la opción (vea Opciones)</translation>
    </message>
    <message>
        <source>How to read the interview data (the Data sheet of the separate interview file, the CSV or the SPSS file; this workbook has none): one row per complete interview, one column per question.</source>
        <translation>Cómo leer los datos de las entrevistas (la hoja Data del archivo aparte de entrevistas, el CSV o el archivo SPSS; este libro no los tiene): una fila por entrevista completa, una columna por pregunta.</translation>
    </message>
    <message>
        <source>An answer to a question with a list of choices is shown as {shown}.</source>
        <translation>La respuesta a una pregunta con una lista de opciones se muestra como {shown}.</translation>
    </message>
    <message>
        <source>Questions where several answers could be ticked have one column with all the answers, and one column per choice holding 1 (ticked) or 0 (not ticked).</source>
        <translation>Las preguntas donde se podían marcar varias respuestas tienen una columna con todas las respuestas, y una columna por opción con 1 (marcada) o 0 (no marcada).</translation>
    </message>
    <message>
        <source>An EMPTY cell means “No answer”: the question was asked, but no answer was given.</source>
        <translation>Una celda VACÍA significa «Sin respuesta»: se hizo la pregunta, pero no se dio respuesta.</translation>
    </message>
    <message>
        <source>“{not_asked}” means “Not asked (skipped)”: the questionnaire's logic skipped the question for this person (see Asked when).</source>
        <translation>«{not_asked}» significa «No preguntada (saltada)»: la lógica del cuestionario saltó la pregunta para esta persona (vea Se pregunta cuando).</translation>
    </message>
    <message>
        <source>“{not_in_version}” means the interview used a version of the questionnaire without this question.</source>
        <translation>«{not_in_version}» significa que la entrevista usó una versión del cuestionario sin esta pregunta.</translation>
    </message>
    <message>
        <source>Missing codes (such as “Don't know”) are real answers, but are left out of valid percentages.</source>
        <translation>Los códigos de dato faltante (como «No sé») son respuestas reales, pero no cuentan en los porcentajes válidos.</translation>
    </message>
    <message>
        <source>In the SPSS file, choices are numbered 1, 2, ... in list order with their labels attached; missing codes are -1, -2, ...; -99 = No answer, -98 = Not asked (skipped), -97 = not in version. A number question with real answers of -97 or below gets codes below its smallest answer instead (-999, -998, -997, ...), stated in its value labels and in the codebook written beside the .sav file. All of these are declared missing.</source>
        <translation>En el archivo SPSS, las opciones se numeran 1, 2, ... en el orden de la lista, con sus etiquetas; los códigos de dato faltante son -1, -2, ...; -99 = Sin respuesta, -98 = No preguntada (saltada), -97 = no está en la versión. Una pregunta de número con respuestas reales de -97 o menos recibe en su lugar códigos menores que su respuesta más pequeña (-999, -998, -997, ...), indicados en sus etiquetas de valor y en el libro de códigos escrito junto al archivo .sav. Todos se declaran como faltantes.</translation>
    </message>
    <message>
        <source>A choice whose name is a number (such as -1, 0 or 99) keeps that number as its code in the SPSS file, as in the CSV file; the other choices are numbered around it, and should a choice take -99, -98 or -97, that question's codes for No answer, Not asked and not in version move below its choices (-999, -998, -997 or lower; the codebook beside the .sav file says which).</source>
        <translation>Una opción cuyo nombre es un número (como -1, 0 o 99) conserva ese número como código en el archivo SPSS, igual que en el archivo CSV; las demás opciones se numeran alrededor, y si una opción toma -99, -98 o -97, los códigos de esa pregunta para Sin respuesta, No preguntada y no está en la versión pasan por debajo de sus opciones (-999, -998, -997 o menos; el libro de códigos junto al archivo .sav dice cuáles).</translation>
    </message>
    <message>
        <source>1 = ticked, 0 = not ticked</source>
        <translation>1 = marcada, 0 = no marcada</translation>
    </message>
    <message>
        <source>Not in the data: {why}</source>
        <translation>No está en los datos: {why}</translation>
    </message>
    <message>
        <source>themes of the written answer to {question}, coded by the group (several can apply)</source>
        <translation>temas de la respuesta escrita a {question}, codificados por el grupo (pueden ser varios)</translation>
    </message>
    <message>
        <source>{question} was answered in words and coded</source>
        <translation>{question} se respondió con palabras y se codificó</translation>
    </message>
    <message>
        <source>Interview number in the project: the same interview has the same number in every export</source>
        <translation>Número de la entrevista en el proyecto: la misma entrevista tiene el mismo número en cada exportación</translation>
    </message>
    <message>
        <source>Questionnaire version</source>
        <translation>Versión del cuestionario</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Date of the interview</source>
        <translation>Fecha de la entrevista</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Entrevistador</translation>
    </message>
    <message>
        <source>part of the participant code: never exported</source>
        <translation>parte del código de participante: nunca se exporta</translation>
    </message>
    <message>
        <source>worked out from the participant code: never stored</source>
        <translation>calculada a partir del código de participante: nunca se guarda</translation>
    </message>
    <message>
        <source>asked once for each instance of “{repeat}”: in the file of that repeat ({name}), one row per instance</source>
        <translation>se pregunta una vez por cada elemento de «{repeat}»: en el archivo de esa repetición ({name}), una fila por elemento</translation>
    </message>
    <message>
        <source>recorded by the phone or laptop: left out of de-identified data</source>
        <translation>registrada por el teléfono o la computadora: quitada de los datos anonimizados</translation>
    </message>
    <message>
        <source>marked as identifying: left out of de-identified data</source>
        <translation>marcada como identificadora: quitada de los datos anonimizados</translation>
    </message>
    <message>
        <source>written answers: left out of de-identified data</source>
        <translation>respuestas escritas: quitadas de los datos anonimizados</translation>
    </message>
    <message>
        <source>a location identifies a person: left out of de-identified data</source>
        <translation>un lugar identifica a una persona: quitado de los datos anonimizados</translation>
    </message>
    <message>
        <source>names of attached files (photos, recordings): not in this file</source>
        <translation>nombres de archivos adjuntos (fotos, grabaciones): no están en este archivo</translation>
    </message>
</context>
<context>
    <name>Command line</name>
    <message>
        <source>DuoDesk: surveys by peer researchers, offline. Without a command, the DuoDesk window opens.</source>
        <translation>DuoDesk: encuestas hechas por pares, sin internet. Sin un comando, se abre la ventana de DuoDesk.</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>mostrar la versión</translation>
    </message>
    <message>
        <source>the project: a .duodesk file or a postgresql:// URL (default: $DUODESK_DB, else your own local project)</source>
        <translation>el proyecto: un archivo .duodesk o una dirección postgresql:// (por defecto: $DUODESK_DB, si no, su propio proyecto local)</translation>
    </message>
    <message>
        <source>a file whose first line is the project's passphrase (or set DUODESK_PASSPHRASE, which other programs run by the same account can read; asked for when the project is locked and neither is given)</source>
        <translation>un archivo cuya primera línea es la frase de contraseña del proyecto (o defina DUODESK_PASSPHRASE, que otros programas del mismo usuario pueden leer; se pide cuando el proyecto está bloqueado y no se da ninguna de las dos)</translation>
    </message>
    <message>
        <source>who is using DuoDesk, when the project lists people (or set DUODESK_PERSON); commands other than list need a coordinator</source>
        <translation>quién usa DuoDesk, cuando el proyecto tiene una lista de personas (o defina DUODESK_PERSON); los comandos que no son list necesitan un coordinador</translation>
    </message>
    <message>
        <source>a file whose first line is that person's PIN or password (or set DUODESK_PIN, which other programs run by the same account can read; asked for when neither is given)</source>
        <translation>un archivo cuya primera línea es el PIN o la contraseña de esa persona (o defina DUODESK_PIN, que otros programas del mismo usuario pueden leer; se pide cuando no se da ninguna de las dos)</translation>
    </message>
    <message>
        <source>add a questionnaire (XLSForm .xlsx) to the project and print its form id</source>
        <translation>añadir un cuestionario (XLSForm .xlsx) al proyecto y mostrar su identificador</translation>
    </message>
    <message>
        <source>Add a questionnaire from an XLSForm workbook (ODK, KoboToolbox or DuoDesk). Importing a changed form whose questionnaire already has interviews makes a new version; the interviews keep theirs.</source>
        <translation>Añadir un cuestionario desde un libro XLSForm (ODK, KoboToolbox o DuoDesk). Importar un formulario cambiado cuyo cuestionario ya tiene entrevistas crea una versión nueva; las entrevistas conservan la suya.</translation>
    </message>
    <message>
        <source>the XLSForm workbook</source>
        <translation>el libro XLSForm</translation>
    </message>
    <message>
        <source>a file the form reads choices or data from (villages.csv), when it is not in the form's folder; may be given more than once</source>
        <translation>un archivo del que el formulario lee opciones o datos (villages.csv), si no está en la carpeta del formulario; se puede dar más de una vez</translation>
    </message>
    <message>
        <source>Import interviews into the newest version of a questionnaire. By default nothing is imported if any row has a problem, and every problem is listed. Rows imported before are skipped.</source>
        <translation>Importar entrevistas a la versión más reciente de un cuestionario. Por defecto no se importa nada si alguna fila tiene un problema, y se listan todos los problemas. Las filas ya importadas se saltan.</translation>
    </message>
    <message>
        <source>the questionnaire's form id</source>
        <translation>el identificador del cuestionario</translation>
    </message>
    <message>
        <source>add the choices or data files a questionnaire was added without</source>
        <translation>añadir los archivos de opciones o de datos con los que no se añadió un cuestionario</translation>
    </message>
    <message>
        <source>Add files a questionnaire reads its answer options or data from (select_one_from_file, select_one_external, pulldata), which were not next to the form when it was added. Each file must have the name the form gives it. The questions that need a file can be answered once it is added; no new version is made.</source>
        <translation>Añadir los archivos de los que un cuestionario lee sus opciones de respuesta o sus datos (select_one_from_file, select_one_external, pulldata), que no estaban junto al formulario cuando se añadió. Cada archivo debe tener el nombre que le da el formulario. Las preguntas que lo necesitan se pueden responder una vez añadido; no se crea una versión nueva.</translation>
    </message>
    <message>
        <source>the files to add</source>
        <translation>los archivos que se añaden</translation>
    </message>
    <message>
        <source>import the valid rows and write the others, with reasons, to DATA.rejected.csv beside the file</source>
        <translation>importar las filas válidas y escribir las demás, con los motivos, en DATA.rejected.csv junto al archivo</translation>
    </message>
    <message>
        <source>site for rows whose file names none</source>
        <translation>sitio para las filas cuyo archivo no da ninguno</translation>
    </message>
    <message>
        <source>interviewer for rows that name none</source>
        <translation>entrevistador para las filas que no dan ninguno</translation>
    </message>
    <message>
        <source>list the questionnaires with their numbers of interviews</source>
        <translation>listar los cuestionarios con sus números de entrevistas</translation>
    </message>
    <message>
        <source>List the project's questionnaires: form id, versions, complete interviews, unfinished interviews, title.</source>
        <translation>Listar los cuestionarios del proyecto: identificador, versiones, entrevistas completas, entrevistas sin terminar, título.</translation>
    </message>
    <message>
        <source>print the summary tables of a questionnaire (--json for JSON)</source>
        <translation>mostrar las tablas de resumen de un cuestionario (--json para JSON)</translation>
    </message>
    <message>
        <source>Summarize the complete interviews of a questionnaire: a frequency table for every question with choices, multiple-response tables, and descriptives for numbers. Percentages are of all interviews unless they say otherwise.</source>
        <translation>Resumir las entrevistas completas de un cuestionario: una tabla de frecuencias para cada pregunta con opciones, tablas de respuesta múltiple y estadísticas para los números. Los porcentajes son de todas las entrevistas salvo que digan otra cosa.</translation>
    </message>
    <message>
        <source>print JSON instead of tables</source>
        <translation>mostrar JSON en vez de tablas</translation>
    </message>
    <message>
        <source>print a crosstab of two questions with chi-square (--json for JSON)</source>
        <translation>mostrar una tabla cruzada de dos preguntas con chi cuadrado (--json para JSON)</translation>
    </message>
    <message>
        <source>Count the complete interviews by their answers to two questions: counts, row, column and total percents, Pearson's chi-square (statistic, degrees of freedom, p) and Fisher's exact test for 2x2 tables and for larger ones with an expected count under 5. Only interviews with a valid answer to both questions are counted: blanks and missing codes such as "Don't know" are left out, as in SPSS.</source>
        <translation>Contar las entrevistas completas según sus respuestas a dos preguntas: frecuencias, porcentajes de fila, de columna y del total, chi cuadrado de Pearson (estadístico, grados de libertad, p) y prueba exacta de Fisher para tablas 2x2 y para las más grandes con una frecuencia esperada menor que 5. Solo se cuentan las entrevistas con una respuesta válida a las dos preguntas: los vacíos y los códigos de dato faltante como «No sé» se quitan, como en SPSS.</translation>
    </message>
    <message>
        <source>the question whose answers make the rows</source>
        <translation>la pregunta cuyas respuestas forman las filas</translation>
    </message>
    <message>
        <source>the question whose answers make the columns</source>
        <translation>la pregunta cuyas respuestas forman las columnas</translation>
    </message>
    <message>
        <source>export the interviews as a health-board workbook (.xlsx), CSV or SPSS file</source>
        <translation>exportar las entrevistas como libro para la autoridad de salud (.xlsx), CSV o archivo SPSS</translation>
    </message>
    <message>
        <source>Export the complete interviews of a questionnaire. The workbook has a cover, the summary tables, charts and a codebook, with small numbers hidden: it can be passed on. The CSV and SPSS files are interview-level files, one row per interview: in a small survey a row can identify a person, so keep them within the group. Data are de-identified unless told otherwise. Files are written only when complete, readable by their owner only.</source>
        <translation>Exportar las entrevistas completas de un cuestionario. El libro tiene una portada, las tablas de resumen, gráficos y un libro de códigos, con los números pequeños ocultos: se puede entregar. Los archivos CSV y SPSS son a nivel de entrevista, una fila por entrevista: en una encuesta pequeña una fila puede identificar a una persona, así que guárdelos dentro del grupo. Los datos se anonimizan salvo que se diga otra cosa. Los archivos se escriben solo cuando están completos, y solo su dueño puede leerlos.</translation>
    </message>
    <message>
        <source>write the health-board workbook</source>
        <translation>escribir el libro para la autoridad de salud</translation>
    </message>
    <message>
        <source>write every interview, one row each, as CSV (an interview-level file)</source>
        <translation>escribir cada entrevista, una fila cada una, como CSV (un archivo a nivel de entrevista)</translation>
    </message>
    <message>
        <source>write every interview, one row each, for SPSS (an interview-level file)</source>
        <translation>escribir cada entrevista, una fila cada una, para SPSS (un archivo a nivel de entrevista)</translation>
    </message>
    <message>
        <source>with --xlsx, also write one row per interview to OUT-interviews.xlsx; in a small survey a row can identify the person interviewed, so keep that file within the group</source>
        <translation>con --xlsx, escribir también una fila por entrevista en OUT-interviews.xlsx; en una encuesta pequeña una fila puede identificar a la persona entrevistada, así que guarde ese archivo dentro del grupo</translation>
    </message>
    <message>
        <source>hide counts from 1 to this number (default 4, or what the project requires; a lower one than the project requires is refused)</source>
        <translation>ocultar las frecuencias de 1 a este número (4 por defecto, o lo que exija el proyecto; se rechaza uno menor que el que exige el proyecto)</translation>
    </message>
    <message>
        <source>do not hide small numbers (the file must then stay within the group)</source>
        <translation>no ocultar los números pequeños (el archivo debe quedarse entonces dentro del grupo)</translation>
    </message>
    <message>
        <source>keep written answers, locations, identifying questions and interviewer names</source>
        <translation>mantener las respuestas escritas, los lugares, las preguntas identificadoras y los nombres de los entrevistadores</translation>
    </message>
    <message>
        <source>answers as choice codes instead of labels</source>
        <translation>respuestas como códigos de opción en vez de etiquetas</translation>
    </message>
    <message>
        <source>write or read the coding sheet of a written-answer question</source>
        <translation>escribir o leer la hoja de codificación de una pregunta de respuesta escrita</translation>
    </message>
    <message>
        <source>Coding written answers into themes from a spreadsheet. --export writes one row per written answer (interview id, answer, themes separated by ';', not_codable); --import applies such a sheet (CSV or .xlsx) after checking every row: themes the project does not have yet are made, and a bad row changes nothing.</source>
        <translation>Codificar respuestas escritas en temas con una hoja de cálculo. --export escribe una fila por respuesta escrita (identificador de la entrevista, respuesta, temas separados por «;», not_codable); --import aplica una hoja así (CSV o .xlsx) después de revisar cada fila: se crean los temas que el proyecto aún no tiene, y una fila mala no cambia nada.</translation>
    </message>
    <message>
        <source>the written-answer question's name</source>
        <translation>el nombre de la pregunta de respuesta escrita</translation>
    </message>
    <message>
        <source>write the sheet</source>
        <translation>escribir la hoja</translation>
    </message>
    <message>
        <source>read it</source>
        <translation>leerla</translation>
    </message>
    <message>
        <source>a second coder's own coding, kept apart to measure agreement (default: the main coding, the one counted in results)</source>
        <translation>la codificación propia de un segundo codificador, guardada aparte para medir el acuerdo (por defecto: la codificación principal, la que se cuenta en los resultados)</translation>
    </message>
    <message>
        <source>draft the findings report as a Word document (and a PDF)</source>
        <translation>preparar el informe de resultados como documento de Word (y un PDF)</translation>
    </message>
    <message>
        <source>Draft the findings report of a questionnaire: a title page, how the survey was done, one key-finding sentence per question with answers to choose from, a table and a chart per question by section, and an annex of every result. The numbers are the workbook's, with small numbers hidden the same way; nothing in it is about one interview. It is a draft for the group to edit.</source>
        <translation>Preparar el informe de resultados de un cuestionario: una portada, cómo se hizo la encuesta, una frase de resultado clave por pregunta con respuestas para elegir, una tabla y un gráfico por pregunta y por sección, y un anexo con todos los resultados. Los números son los del libro, con los números pequeños ocultos de la misma manera; nada en él trata de una sola entrevista. Es un borrador que el grupo puede editar.</translation>
    </message>
    <message>
        <source>write the Word document</source>
        <translation>escribir el documento de Word</translation>
    </message>
    <message>
        <source>write the same report as a PDF</source>
        <translation>escribir el mismo informe como PDF</translation>
    </message>
    <message>
        <source>the group's name, for the title page</source>
        <translation>el nombre del grupo, para la portada</translation>
    </message>
    <message>
        <source>hide counts from 1 to this number (default 4, or what the project requires)</source>
        <translation>ocultar las frecuencias de 1 a este número (4 por defecto, o lo que exija el proyecto)</translation>
    </message>
    <message>
        <source>make every workbook of the project hide counts from 1 to N at least</source>
        <translation>hacer que cada libro del proyecto oculte al menos las frecuencias de 1 a N</translation>
    </message>
    <message>
        <source>Store in the project the lowest threshold for small numbers: exports (the Export screen and the export command) then refuse to hide fewer, or to show small numbers. Without N, print the current requirement.</source>
        <translation>Guardar en el proyecto el umbral más bajo para números pequeños: las exportaciones (la pantalla Exportar y el comando export) se niegan entonces a ocultar menos, o a mostrar números pequeños. Sin N, muestra la exigencia actual.</translation>
    </message>
    <message>
        <source>hide counts from 1 to N (1-9) in every export</source>
        <translation>ocultar las frecuencias de 1 a N (1-9) en cada exportación</translation>
    </message>
    <message>
        <source>remove the requirement</source>
        <translation>quitar la exigencia</translation>
    </message>
    <message>
        <source>lock the project with a new passphrase, or remove it</source>
        <translation>bloquear el proyecto con una frase de contraseña nueva, o quitarla</translation>
    </message>
    <message>
        <source>Re-encrypt the project file with a new passphrase (read from a file), or remove the encryption with --remove.</source>
        <translation>Cifrar de nuevo el archivo del proyecto con una frase de contraseña nueva (leída de un archivo), o quitar el cifrado con --remove.</translation>
    </message>
    <message>
        <source>a file whose first line is the new passphrase</source>
        <translation>un archivo cuya primera línea es la frase de contraseña nueva</translation>
    </message>
    <message>
        <source>store the project unencrypted</source>
        <translation>guardar el proyecto sin cifrar</translation>
    </message>
    <message>
        <source>replace the project with one of its backups</source>
        <translation>reemplazar el proyecto por una de sus copias de seguridad</translation>
    </message>
    <message>
        <source>Replace the project with a backup (the files PROJECT.*.backup beside it). What it replaces is kept as a new backup first. The backup is opened with the project's passphrase unless --backup-passphrase-file names another; the restored project keeps the project's passphrase. Close every DuoDesk window first.</source>
        <translation>Reemplazar el proyecto por una copia de seguridad (los archivos PROJECT.*.backup junto a él). Lo que se reemplaza se guarda antes como copia nueva. La copia se abre con la frase de contraseña del proyecto, salvo que --backup-passphrase-file dé otra; el proyecto restaurado conserva la frase de contraseña del proyecto. Cierre antes todas las ventanas de DuoDesk.</translation>
    </message>
    <message>
        <source>the backup file</source>
        <translation>el archivo de la copia de seguridad</translation>
    </message>
    <message>
        <source>a file whose first line is the backup's passphrase, if it differs</source>
        <translation>un archivo cuya primera línea es la frase de contraseña de la copia, si es distinta</translation>
    </message>
    <message>
        <source>list the project's backups</source>
        <translation>listar las copias de seguridad del proyecto</translation>
    </message>
    <message>
        <source>List the backups kept beside the project, newest last.</source>
        <translation>Listar las copias de seguridad guardadas junto al proyecto, la más reciente al final.</translation>
    </message>
    <message>
        <source>show the audit trail, or check that nobody has rewritten it</source>
        <translation>mostrar el registro de auditoría, o comprobar que nadie lo ha reescrito</translation>
    </message>
    <message>
        <source>The audit trail records every interview finished, corrected, deleted, restored or purged, every import, export, questionnaire change, passphrase change and restored backup: who, when and what (never an answer). Each record carries the fingerprint of the one before, so a record changed or removed later is found by --verify.</source>
        <translation>El registro de auditoría anota cada entrevista terminada, corregida, borrada, restaurada o eliminada, cada importación, exportación, cambio de cuestionario, cambio de frase de contraseña y copia restaurada: quién, cuándo y qué (nunca una respuesta). Cada anotación lleva la huella de la anterior, así que --verify encuentra una anotación cambiada o quitada después.</translation>
    </message>
    <message>
        <source>check the whole trail</source>
        <translation>comprobar todo el registro</translation>
    </message>
    <message>
        <source>with --verify: also check that the record whose fingerprint was noted down earlier is still in the trail (records cut off the end are found this way)</source>
        <translation>con --verify: comprobar también que la entrada cuya huella se anotó sigue en el registro (así se detectan las entradas cortadas al final)</translation>
    </message>
    <message>
        <source>show the newest N records (50)</source>
        <translation>mostrar las N anotaciones más recientes (50)</translation>
    </message>
    <message>
        <source>a file holding the team passphrase (the whole file, without the line break at its end); every laptop of the team uses the same one</source>
        <translation>un archivo con la frase de contraseña del equipo (todo el archivo, sin el salto de línea del final); cada computadora del equipo usa la misma</translation>
    </message>
    <message>
        <source>write a transfer file for the team: questionnaires, interviews, corrections</source>
        <translation>escribir un archivo de transferencia para el equipo: cuestionarios, entrevistas, correcciones</translation>
    </message>
    <message>
        <source>Write the project's questionnaires (every version), complete interviews with their corrections and deletions, and the team's participant-code key to a file encrypted with the team passphrase, to carry to another laptop. A coordinator sends the questionnaire out this way before any interview is entered.</source>
        <translation>Escribir los cuestionarios del proyecto (cada versión), las entrevistas completas con sus correcciones y borrados, y la clave de los códigos de participante del equipo en un archivo cifrado con la frase de contraseña del equipo, para llevarlo a otra computadora. Un coordinador envía así el cuestionario antes de que se registre ninguna entrevista.</translation>
    </message>
    <message>
        <source>the transfer file to write</source>
        <translation>el archivo de transferencia que se va a escribir</translation>
    </message>
    <message>
        <source>only this questionnaire</source>
        <translation>solo este cuestionario</translation>
    </message>
    <message>
        <source>send the questionnaire, no interviews</source>
        <translation>enviar el cuestionario, sin entrevistas</translation>
    </message>
    <message>
        <source>read a team member's transfer file into the project</source>
        <translation>leer en el proyecto el archivo de transferencia de un miembro del equipo</translation>
    </message>
    <message>
        <source>Merge a transfer file into the project: new interviews are added, corrections and deletions made elsewhere applied (the later one wins), new questionnaire versions joined. Reading a file twice adds nothing. A file that was changed, cut short or made with another passphrase is refused and nothing changes.</source>
        <translation>Unir un archivo de transferencia al proyecto: se añaden las entrevistas nuevas, se aplican las correcciones y borrados hechos en otro lugar (gana el más reciente) y se añaden las versiones nuevas del cuestionario. Leer un archivo dos veces no añade nada. Un archivo cambiado, cortado o hecho con otra frase de contraseña se rechaza y no cambia nada.</translation>
    </message>
    <message>
        <source>the transfer file to read</source>
        <translation>el archivo de transferencia que se va a leer</translation>
    </message>
    <message>
        <source>list possible duplicates across sites (participant codes that match)</source>
        <translation>listar posibles duplicados entre sitios (códigos de participante que coinciden)</translation>
    </message>
    <message>
        <source>List pairs of interviews from different laptops whose participant codes match or differ in one element, with the decision taken on each. --decide records a decision; it travels to the other laptops in transfer files.</source>
        <translation>Listar pares de entrevistas de computadoras distintas cuyos códigos de participante coinciden o difieren en un elemento, con la decisión tomada en cada uno. --decide anota una decisión; viaja a las otras computadoras en los archivos de transferencia.</translation>
    </message>
    <message>
        <source>record a decision on the pair of interview ids FIRST and SECOND: keep_both, same_person or not_same</source>
        <translation>anotar una decisión sobre el par de identificadores de entrevista FIRST y SECOND: keep_both, same_person o not_same</translation>
    </message>
    <message>
        <source>who decided (with --decide)</source>
        <translation>quién decidió (con --decide)</translation>
    </message>
    <message>
        <source>send this laptop's interviews to the team's server and fetch questionnaires</source>
        <translation>enviar las entrevistas de esta computadora al servidor del equipo y traer los cuestionarios</translation>
    </message>
    <message>
        <source>Merge this laptop's questionnaires and interviews into the team's PostgreSQL project, then bring its questionnaire versions back and count the interviews there. The same rules as transfer files.</source>
        <translation>Unir los cuestionarios y entrevistas de esta computadora al proyecto PostgreSQL del equipo, luego traer sus versiones del cuestionario y contar allí las entrevistas. Las mismas reglas que los archivos de transferencia.</translation>
    </message>
    <message>
        <source>a postgresql:// URL</source>
        <translation>una dirección postgresql://</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>no se puede escribir {path}: {reason}</translation>
    </message>
    <message>
        <source>there is no file {path}</source>
        <translation>no hay ningún archivo {path}</translation>
    </message>
    <message>
        <source>No possible duplicates across sites.</source>
        <translation>No hay posibles duplicados entre sitios.</translation>
    </message>
    <message>
        <source>same code</source>
        <translation>mismo código</translation>
    </message>
    <message>
        <source>code differs in one element</source>
        <translation>el código difiere en un elemento</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>no site</source>
        <translation>sin sitio</translation>
    </message>
    <message>
        <source>--server takes a postgresql:// URL of the team's shared project</source>
        <translation>--server necesita una dirección postgresql:// del proyecto compartido del equipo</translation>
    </message>
    <message>
        <source>the team's server cannot be reached (no network, or the address or password is wrong); nothing was sent. Use a transfer file instead.</source>
        <translation>no se puede llegar al servidor del equipo (no hay red, o la dirección o la contraseña no es correcta); no se envió nada. Use un archivo de transferencia.</translation>
    </message>
    <message numerus="yes">
        <source>the server stopped answering while it was storing this command's changes, and DuoDesk stopped waiting after %n seconds. They are stored either whole or not at all, as the server will show once it answers again (an import run again then skips the interviews already stored).</source>
        <translation><numerusform>el servidor dejó de responder mientras guardaba los cambios de esta orden, y DuoDesk dejó de esperar tras %n segundo. Se guardan enteros o nada, como mostrará el servidor cuando vuelva a responder (una importación repetida omite entonces las entrevistas ya guardadas).</numerusform><numerusform>el servidor dejó de responder mientras guardaba los cambios de esta orden, y DuoDesk dejó de esperar tras %n segundos. Se guardan enteros o nada, como mostrará el servidor cuando vuelva a responder (una importación repetida omite entonces las entrevistas ya guardadas).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>the server has not answered for %n seconds (it may be stopped or overloaded), so DuoDesk stopped waiting; nothing was changed by this command. Run it again once the server answers (DUODESK_SERVER_WAIT_S sets how long to wait).</source>
        <translation><numerusform>el servidor no responde desde hace %n segundo (quizá esté parado o saturado), así que DuoDesk dejó de esperar; esta orden no cambió nada. Vuelva a ejecutarla cuando el servidor responda (DUODESK_SERVER_WAIT_S fija cuánto esperar).</numerusform><numerusform>el servidor no responde desde hace %n segundos (quizá esté parado o saturado), así que DuoDesk dejó de esperar; esta orden no cambió nada. Vuelva a ejecutarla cuando el servidor responda (DUODESK_SERVER_WAIT_S fija cuánto esperar).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>the server has not answered for %n seconds; DuoDesk is still waiting for it (Ctrl+C stops the command, and nothing is stored half way).</source>
        <translation><numerusform>el servidor no responde desde hace %n segundo; DuoDesk sigue esperándolo (Ctrl+C detiene la orden, y nada se guarda a medias).</numerusform><numerusform>el servidor no responde desde hace %n segundos; DuoDesk sigue esperándolo (Ctrl+C detiene la orden, y nada se guarda a medias).</numerusform></translation>
    </message>
    <message>
        <source>there is no file {path}.</source>
        <translation>no hay ningún archivo {path}.</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>nota: {note}</translation>
    </message>
    <message>
        <source>{form} reads {files}, which is not in {folder}; these questions cannot be answered until you add it: {questions}. Add with: {command}</source>
        <translation>{form} lee {files}, que no está en {folder}; estas preguntas no se pueden responder hasta que lo añada: {questions}. Añádalo con: {command}</translation>
    </message>
    <message>
        <source>{form} reads {files}, which are not in {folder}; these questions cannot be answered until you add them: {questions}. Add with: {command}</source>
        <translation>{form} lee {files}, que no están en {folder}; estas preguntas no se pueden responder hasta que los añada: {questions}. Añádalos con: {command}</translation>
    </message>
    <message>
        <source>note:</source>
        <translation>nota:</translation>
    </message>
    <message>
        <source>cannot read a file: {reason}</source>
        <translation>no se puede leer un archivo: {reason}</translation>
    </message>
    <message>
        <source>Added {files} to {form_id}.</source>
        <translation>Se añadió {files} a {form_id}.</translation>
    </message>
    <message>
        <source>It still needs {files}.</source>
        <translation>Aún necesita {files}.</translation>
    </message>
    <message>
        <source>note: {files} beside {form} holds nothing to choose from (it is empty, or has only its header row), so it was left out.</source>
        <translation>nota: {files} junto a {form} no contiene nada para elegir (está vacío o solo tiene su fila de encabezado), así que se dejó fuera.</translation>
    </message>
    <message>
        <source>note: these questions cannot be answered until the right file is added: {questions}. Add with: duodesk add-form-file {form_id} {names}</source>
        <translation>nota: estas preguntas no se pueden responder hasta que se añada el archivo correcto: {questions}. Añádalo con: duodesk add-form-file {form_id} {names}</translation>
    </message>
    <message>
        <source>{rows} rows of {file} read so far…</source>
        <translation>{rows} filas de {file} leídas hasta ahora…</translation>
    </message>
    <message>
        <source>The project is now locked with the new passphrase, but not all of its backups: {count} still use an earlier passphrase.</source>
        <translation>El proyecto ahora está protegido con la nueva frase de contraseña, pero no todas sus copias de seguridad: {count} siguen usando una frase de contraseña anterior.</translation>
    </message>
    <message>
        <source>The project is no longer encrypted, but {count} of its backups still use an earlier passphrase.</source>
        <translation>El proyecto ya no está cifrado, pero {count} de sus copias de seguridad siguen usando una frase de contraseña anterior.</translation>
    </message>
    <message>
        <source>{file} (still locked with an earlier passphrase, which can still read it: delete it when it is no longer needed; restore --backup-passphrase-file can still use it)</source>
        <translation>{file} (todavía bloqueado con una frase de contraseña anterior, que aún puede leerlo: bórrelo cuando ya no haga falta; restore --backup-passphrase-file todavía puede usarlo)</translation>
    </message>
    <message>
        <source>the audit trail cannot be checked on this laptop from record {sequence} on (which does not mean it is broken): those records were written with a key this laptop does not hold, on another laptop of the team or by someone rewriting the trail. Check it on the laptop that wrote them.</source>
        <translation>el registro de auditoría no se puede comprobar en este portátil a partir del registro {sequence} (eso no quiere decir que esté roto): esos registros se escribieron con una clave que este portátil no tiene, en otro portátil del equipo o por alguien que reescribió el registro. Compruébelo en el portátil que los escribió.</translation>
    </message>
    <message>
        <source>Records 1 to {last} are intact.</source>
        <translation>Los registros 1 a {last} están intactos.</translation>
    </message>
    <message>
        <source>the record whose fingerprint you noted down is not in the trail. Check that it was copied right, letter by letter; if it was, the audit trail is broken: records were cut off the end, or the trail was rewritten</source>
        <translation>la entrada cuya huella anotó no está en el registro. Compruebe que se copió bien, letra por letra; si es así, el registro de auditoría está roto: se cortaron entradas al final, o el registro se reescribió</translation>
    </message>
    <message>
        <source>But the first {count} record(s) carry no key (written by an older DuoDesk, or rewritten by someone with the file): DuoDesk cannot vouch for them.</source>
        <translation>Pero los primeros {count} registros no llevan clave (escritos por un DuoDesk más antiguo, o reescritos por alguien con el archivo): DuoDesk no puede responder por ellos.</translation>
    </message>
    <message>
        <source>duodesk: stopped; nothing was changed by the unfinished command.</source>
        <translation>duodesk: detenido; el comando sin terminar no cambió nada.</translation>
    </message>
    <message>
        <source>import interviews from a CSV or xlsx file exported by ODK, KoboToolbox or DuoDesk, or an ODK Central zip</source>
        <translation>importar entrevistas de un archivo CSV o xlsx exportado por ODK, KoboToolbox o DuoDesk, o de un zip de ODK Central</translation>
    </message>
    <message>
        <source>a .csv or .xlsx file, or ODK Central's .zip (a CSV file per repeat)</source>
        <translation>un archivo .csv o .xlsx, o el .zip de ODK Central (un archivo CSV por repetición)</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>no permitido con el argumento %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>estos argumentos son obligatorios: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>uno de los argumentos %s es obligatorio</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s puede ser %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s no válido: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elija entre %(choices)s)</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s</source>
        <translation>%(prog)s: error: %(message)s</translation>
    </message>
    <message>
        <source>the project is busy: another program (perhaps the DuoDesk window, or another import) kept saving to it for too long. Nothing was changed by this command; run it again when the other program has finished.</source>
        <translation>el proyecto está ocupado: otro programa (quizás la ventana de DuoDesk, u otra importación) lo usó durante demasiado tiempo. Este comando no cambió nada; vuelva a ejecutarlo cuando el otro programa termine.</translation>
    </message>
    <message>
        <source>the project file</source>
        <translation>el archivo del proyecto</translation>
    </message>
    <message>
        <source>the project file {where} is damaged (something stored in it, such as a questionnaire, can no longer be read); nothing was changed. Restore a backup: `duodesk backups` lists them and `duodesk restore BACKUP` puts one back.</source>
        <translation>el archivo del proyecto {where} está dañado (algo guardado en él, como un cuestionario, ya no se puede leer); no se cambió nada. Restaure una copia de seguridad: `duodesk backups` las lista y `duodesk restore BACKUP` pone una de vuelta.</translation>
    </message>
    <message>
        <source>the project refused this change because it conflicts with what is already stored; nothing was changed by this command. {details}</source>
        <translation>el proyecto rechazó este cambio porque choca con lo que ya está guardado; este comando no cambió nada. {details}</translation>
    </message>
    <message>
        <source>the server stopped answering or refused the command (is it running, and is the network up?); nothing was changed by this command. {details}</source>
        <translation>el servidor dejó de responder o rechazó el comando (¿está en marcha, y funciona la red?); este comando no cambió nada. {details}</translation>
    </message>
    <message>
        <source>the project could not be read or written (is the disk full, or the file moved?); nothing was changed by this command. {details}</source>
        <translation>no se pudo leer o escribir el proyecto (¿está lleno el disco, o se movió el archivo?); este comando no cambió nada. {details}</translation>
    </message>
    <message>
        <source>the command stopped because of a fault in DuoDesk ({fault}); nothing was changed by the unfinished command. {details}</source>
        <translation>el comando se detuvo por un fallo en DuoDesk ({fault}); el comando sin terminar no cambió nada. {details}</translation>
    </message>
    <message>
        <source>this project lists people: say who you are with --person NAME (and your PIN with --pin-file FILE or DUODESK_PIN).</source>
        <translation>este proyecto tiene una lista de personas: diga quién es con --person NOMBRE (y su PIN con --pin-file ARCHIVO o DUODESK_PIN).</translation>
    </message>
    <message>
        <source>PIN or password for {name}: </source>
        <translation>PIN o contraseña de {name}: </translation>
    </message>
    <message>
        <source>give {name}'s PIN or password with --pin-file FILE or DUODESK_PIN.</source>
        <translation>dé el PIN o la contraseña de {name} con --pin-file ARCHIVO o DUODESK_PIN.</translation>
    </message>
    <message>
        <source>only a coordinator can run “{command}”. Ask your coordinator.</source>
        <translation>solo un coordinador puede ejecutar «{command}». Pídaselo a su coordinador.</translation>
    </message>
    <message>
        <source>nothing was typed, so nothing was done.</source>
        <translation>no se escribió nada, así que no se hizo nada.</translation>
    </message>
    <message>
        <source>Password for the server: </source>
        <translation>Contraseña del servidor: </translation>
    </message>
    <message>
        <source>Project passphrase: </source>
        <translation>Frase de contraseña del proyecto: </translation>
    </message>
    <message>
        <source>duodesk: note: a password in --db can be seen by other accounts on this computer; keep it in PGPASSWORD or ~/.pgpass, or let DuoDesk ask for it.</source>
        <translation>duodesk: nota: otras cuentas de esta computadora pueden ver una contraseña escrita en --db; guárdela en PGPASSWORD o ~/.pgpass, o deje que DuoDesk la pida.</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>no se puede leer {path}: {reason}</translation>
    </message>
    <message>
        <source>A new version ({number}) was made: interviews use the old one.</source>
        <translation>Se creó una versión nueva ({number}): las entrevistas usan la anterior.</translation>
    </message>
    <message>
        <source>{number} minutes</source>
        <translation>{number} minutos</translation>
    </message>
    <message>
        <source>{number} seconds</source>
        <translation>{number} segundos</translation>
    </message>
    <message>
        <source>another import (or a DuoDesk window) kept the project busy for {how_long}, so DuoDesk stopped waiting; nothing was imported. Run the command again when the other one has finished.</source>
        <translation>otra importación (o una ventana de DuoDesk) tuvo ocupado el proyecto durante {how_long}, así que DuoDesk dejó de esperar; no se importó nada. Vuelva a ejecutar el comando cuando la otra termine.</translation>
    </message>
    <message>
        <source>duodesk: waiting for another import (or a DuoDesk window) to finish saving to the project…</source>
        <translation>duodesk: esperando a que otra importación (o una ventana de DuoDesk) termine de guardar en el proyecto…</translation>
    </message>
    <message>
        <source>No questionnaires yet. Add one with: duodesk import-form FORM.xlsx</source>
        <translation>Todavía no hay cuestionarios. Añada uno con: duodesk import-form FORM.xlsx</translation>
    </message>
    <message>
        <source>form id</source>
        <translation>identificador</translation>
    </message>
    <message>
        <source>versions</source>
        <translation>versiones</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>completas</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>sin terminar</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>the language of questions and answers, e.g. "English" or "ar" (default: the questionnaire's own)</source>
        <translation>el idioma de las preguntas y respuestas, por ejemplo «English» o «ar» (por defecto: el del cuestionario)</translation>
    </message>
    <message>
        <source>none (one language only)</source>
        <translation>ninguno (un solo idioma)</translation>
    </message>
    <message>
        <source>--language "{wanted}": the questionnaire's languages are {listed}</source>
        <translation>--language «{wanted}»: los idiomas del cuestionario son {listed}</translation>
    </message>
    <message>
        <source>only this site (repeat for several)</source>
        <translation>solo este sitio (repita para varios)</translation>
    </message>
    <message>
        <source>only this interviewer (repeatable)</source>
        <translation>solo este entrevistador (se puede repetir)</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>primer día</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>último día</translation>
    </message>
    <message>
        <source>only this version number</source>
        <translation>solo este número de versión</translation>
    </message>
    <message>
        <source>only interviews meeting a condition such as "sex=female", "age&gt;30" or "drugs includes heroin" (repeat: all must hold). As in SPSS, an answer that is a missing code ("Don't know", "Refused") or blank never meets a condition: "used!=yes" leaves them out; ask for one by name: "used=dont_know"</source>
        <translation>solo las entrevistas que cumplen una condición como «sex=female», «age&gt;30» o «drugs includes heroin» (repita: todas deben cumplirse). Como en SPSS, una respuesta que es un código de dato faltante («No sé», «Se niega») o vacía nunca cumple una condición: «used!=yes» las deja fuera; pida una por su nombre: «used=dont_know»</translation>
    </message>
    <message>
        <source>{option} "{text}" is not a date: write it as YEAR-MONTH-DAY, e.g. 2026-03-31</source>
        <translation>{option} «{text}» no es una fecha: escríbala como AÑO-MES-DÍA, por ejemplo 2026-03-31</translation>
    </message>
    <message>
        <source>duodesk: warning: {count} interview(s) have no date, so --from/--to leave them out; they are not counted below.</source>
        <translation>duodesk: aviso: {count} entrevista(s) no tienen fecha, así que --from/--to las dejan fuera; no se cuentan abajo.</translation>
    </message>
    <message>
        <source>--include-interview-data goes with --xlsx: CSV and SPSS files are already one row per interview.</source>
        <translation>--include-interview-data va con --xlsx: los archivos CSV y SPSS ya tienen una fila por entrevista.</translation>
    </message>
    <message>
        <source>--coder needs a name (the second coder's); leave --coder out to use the main coding.</source>
        <translation>--coder necesita un nombre (el del segundo codificador); no use --coder para la codificación principal.</translation>
    </message>
    <message>
        <source>{name}'s coding</source>
        <translation>la codificación de {name}</translation>
    </message>
    <message>
        <source>the main coding (counted in results)</source>
        <translation>la codificación principal (la que se cuenta en los resultados)</translation>
    </message>
    <message>
        <source>{count} written answer(s) to {question} written to {file}, from {which}.</source>
        <translation>{count} respuesta(s) escrita(s) a {question} guardada(s) en {file}, de {which}.</translation>
    </message>
    <message>
        <source>Changed {which}. </source>
        <translation>Cambiado: {which}. </translation>
    </message>
    <message>
        <source>cannot use {path}: {reason}</source>
        <translation>no se puede usar {path}: {reason}</translation>
    </message>
    <message>
        <source>say where to write the report: --docx OUT.docx, --pdf OUT.pdf or both.</source>
        <translation>diga dónde escribir el informe: --docx OUT.docx, --pdf OUT.pdf o los dos.</translation>
    </message>
    <message>
        <source>{file}: end the file name with {ending}.</source>
        <translation>{file}: termine el nombre del archivo con {ending}.</translation>
    </message>
    <message>
        <source>This project requires no threshold: each export chooses (default 1 to 4).</source>
        <translation>Este proyecto no exige umbral: cada exportación elige (de 1 a 4 por defecto).</translation>
    </message>
    <message>
        <source>Every export of this project hides numbers from 1 to {n} at least.</source>
        <translation>Cada exportación de este proyecto oculta al menos los números de 1 a {n}.</translation>
    </message>
    <message>
        <source>The project and its backups are now locked with the new passphrase.</source>
        <translation>El proyecto y sus copias de seguridad están ahora bloqueados con la frase de contraseña nueva.</translation>
    </message>
    <message>
        <source>The project and its backups are no longer encrypted.</source>
        <translation>El proyecto y sus copias de seguridad ya no están cifrados.</translation>
    </message>
    <message>
        <source>Not changed: the backup {file} is not encrypted. It will be locked with the project's passphrase the next time the project is opened alone.</source>
        <translation>Sin cambios: la copia de seguridad {file} no está cifrada. Se bloqueará con la frase de contraseña del proyecto la próxima vez que el proyecto se abra sin otra ventana.</translation>
    </message>
    <message>
        <source>Not changed: the backup {file} uses an older passphrase. Delete it if people who knew that passphrase should not read it.</source>
        <translation>Sin cambiar: la copia de seguridad {file} usa una frase de contraseña antigua. Bórrela si las personas que conocían esa frase no deben leerla.</translation>
    </message>
    <message>
        <source>The project is restored from {file}.</source>
        <translation>El proyecto se restauró desde {file}.</translation>
    </message>
    <message>
        <source>What it replaced is kept in {file}.</source>
        <translation>Lo que reemplazó se guarda en {file}.</translation>
    </message>
    <message>
        <source>{file} (not encrypted)</source>
        <translation>{file} (sin cifrar)</translation>
    </message>
    <message>
        <source>This project has no backups yet.</source>
        <translation>Este proyecto todavía no tiene copias de seguridad.</translation>
    </message>
    <message>
        <source>the audit trail is broken: {reason} (checked {records})</source>
        <translation>el registro de auditoría está roto: {reason} (se comprobaron {records})</translation>
    </message>
    <message>
        <source>a fingerprint is 64 letters and digits (0-9 and a-f), as the check printed it; the one given is not: copy it again whole.</source>
        <translation>una huella tiene 64 letras y cifras (0-9 y a-f), como la mostró la comprobación; la indicada no: cópiela de nuevo entera.</translation>
    </message>
    <message>
        <source>The audit trail is intact: {records}.</source>
        <translation>El registro de auditoría está intacto: {records}.</translation>
    </message>
    <message>
        <source>The record you noted down (number {number}) is still in it.</source>
        <translation>La entrada que anotó (número {number}) sigue en él.</translation>
    </message>
    <message>
        <source>Fingerprint of the newest record: {fingerprint}</source>
        <translation>Huella de la anotación más reciente: {fingerprint}</translation>
    </message>
    <message>
        <source>Records changed, removed or rewritten are found without it; note it down to find out later whether the newest records were cut off (audit --verify --noted FINGERPRINT).</source>
        <translation>Las entradas cambiadas, borradas o reescritas se detectan sin ella; anótela para saber más tarde si se cortaron las últimas entradas (audit --verify --noted HUELLA).</translation>
    </message>
    <message>
        <source>by {name}</source>
        <translation>por {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n record</source>
        <translation><numerusform>%n anotación</numerusform><numerusform>%n anotaciones</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n records</source>
        <translation><numerusform>%n anotación</numerusform><numerusform>%n anotaciones</numerusform></translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>there is no "list_name" column, which says which list each choice belongs to.</source>
        <translation>no hay ninguna columna «list_name», que dice a qué lista pertenece cada opción.</translation>
    </message>
    <message>
        <source>"{shown}" starts like a spreadsheet formula; DuoDesk does not read formulas from a choices file (type the value itself).</source>
        <translation>«{shown}» empieza como una fórmula de hoja de cálculo; DuoDesk no lee fórmulas de un archivo de opciones (escriba el valor mismo).</translation>
    </message>
    <message>
        <source>there is no "{value_column}" column for the choices' names (the columns are {columns}).</source>
        <translation>no hay ninguna columna «{value_column}» para los nombres de las opciones (las columnas son {columns}).</translation>
    </message>
    <message>
        <source>this choice has no name.</source>
        <translation>esta opción no tiene nombre.</translation>
    </message>
    <message>
        <source>the file uses XML entities or a document type, which DuoDesk refuses.</source>
        <translation>el archivo usa entidades XML o un tipo de documento, y DuoDesk lo rechaza.</translation>
    </message>
    <message>
        <source>this is not readable XML ({error}).</source>
        <translation>esto no es XML legible ({error}).</translation>
    </message>
    <message>
        <source>there are more than {max_rows:,} items.</source>
        <translation>hay más de {max_rows:,} elementos.</translation>
    </message>
    <message>
        <source>&lt;{tag}&gt; holds more elements; each column of an item must be text (at most {max_xml_depth} levels: root, item, column).</source>
        <translation>&lt;{tag}&gt; contiene más elementos; cada columna de un elemento debe ser texto (como mucho {max_xml_depth} niveles: raíz, elemento, columna).</translation>
    </message>
    <message>
        <source>a value holds more than {max_cell_chars:,} characters.</source>
        <translation>un valor tiene más de {max_cell_chars:,} caracteres.</translation>
    </message>
    <message>
        <source>this is not readable GeoJSON ({error}).</source>
        <translation>esto no es GeoJSON legible ({error}).</translation>
    </message>
    <message>
        <source>this is not a GeoJSON FeatureCollection (there is no "features" list).</source>
        <translation>esto no es una FeatureCollection de GeoJSON (no hay una lista «features»).</translation>
    </message>
    <message>
        <source>there are more than {max_rows:,} features.</source>
        <translation>hay más de {max_rows:,} objetos.</translation>
    </message>
    <message>
        <source>this feature has no properties.</source>
        <translation>este objeto no tiene propiedades.</translation>
    </message>
    <message>
        <source>this file is empty.</source>
        <translation>este archivo está vacío.</translation>
    </message>
    <message>
        <source>This expression is nested too deeply</source>
        <translation>Esta expresión tiene demasiados niveles anidados</translation>
    </message>
    <message>
        <source>The expression is empty</source>
        <translation>La expresión está vacía</translation>
    </message>
    <message>
        <source>There is a ')' here with no '(' before it</source>
        <translation>Aquí hay un «)» sin un «(» antes</translation>
    </message>
    <message>
        <source>Expected an operator such as 'and', '=' or '+' before {token}</source>
        <translation>Se espera un operador como «and», «=» o «+» antes de {token}</translation>
    </message>
    <message>
        <source>This expression has too many operators in a row (the limit is {max_tree_height}); split it into several calculations</source>
        <translation>Esta expresión tiene demasiados operadores seguidos (el límite es {max_tree_height}); divídala en varios cálculos</translation>
    </message>
    <message>
        <source>This expression is nested too deeply (the limit is {max_nesting} levels)</source>
        <translation>Esta expresión tiene demasiados niveles anidados (el límite es {max_nesting} niveles)</translation>
    </message>
    <message>
        <source>'{value}' needs a value after it</source>
        <translation>«{value}» necesita un valor después</translation>
    </message>
    <message>
        <source>'(' needs an expression inside it</source>
        <translation>«(» necesita una expresión dentro</translation>
    </message>
    <message>
        <source>'{value}' needs a value before it</source>
        <translation>«{value}» necesita un valor antes</translation>
    </message>
    <message>
        <source>The expression ends where a value is expected</source>
        <translation>La expresión termina donde se espera un valor</translation>
    </message>
    <message>
        <source>Expected a value here, not {token}</source>
        <translation>Se espera un valor aquí, no {token}</translation>
    </message>
    <message>
        <source>Name the column to read after the item, as in instance('{list_name}')/root/item[name = ${{q}}]/label</source>
        <translation>Indique la columna que se lee después del elemento, como en instance('{list_name}')/root/item[name = ${{q}}]/label</translation>
    </message>
    <message>
        <source>; did you mean {name}()?</source>
        <translation>; ¿quería decir {name}()?</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>el final</translation>
    </message>
    <message>
        <source>This '(' is never closed</source>
        <translation>Este «(» nunca se cierra</translation>
    </message>
    <message>
        <source>Expected ')' or an operator before {token}</source>
        <translation>Se espera «)» o un operador antes de {token}</translation>
    </message>
    <message>
        <source>{name}() belongs to {program}, not to ODK XLSForms; DuoDesk (like ODK Collect) cannot work it out, so remove it or replace it</source>
        <translation>{name}() es de {program}, no de los XLSForms de ODK; DuoDesk (como ODK Collect) no puede calcularlo, así que quítelo o cámbielo</translation>
    </message>
    <message>
        <source>Unknown function {name}(){hint}</source>
        <translation>Función desconocida {name}(){hint}</translation>
    </message>
    <message>
        <source>{name}() has an empty argument here</source>
        <translation>{name}() tiene aquí un argumento vacío</translation>
    </message>
    <message>
        <source>This '{name}(' is never closed</source>
        <translation>Este «{name}(» nunca se cierra</translation>
    </message>
    <message>
        <source>{name}() {value}, not {args}</source>
        <translation>{name}() {value}, no {args}</translation>
    </message>
    <message>
        <source>jr:choice-name() needs the question whose choice it names in quotes, as in jr:choice-name(${q}, '${q}')</source>
        <translation>jr:choice-name() necesita entre comillas la pregunta cuya opción nombra, como en jr:choice-name(${q}, '${q}')</translation>
    </message>
    <message>
        <source>This regex pattern is too long ({pattern:,} characters; the limit is {max_pattern_length})</source>
        <translation>Este patrón regex es demasiado largo ({pattern:,} caracteres; el límite es {max_pattern_length})</translation>
    </message>
    <message>
        <source>This regex pattern is not valid: {msg}</source>
        <translation>Este patrón regex no es válido: {msg}</translation>
    </message>
    <message>
        <source>This regex pattern is not valid</source>
        <translation>Este patrón regex no es válido</translation>
    </message>
    <message>
        <source>This regex pattern has a ')' with no '(' before it</source>
        <translation>Este patrón regex tiene un «)» sin un «(» antes</translation>
    </message>
    <message>
        <source>In this regex pattern a '*', '+' or '?' has nothing to repeat</source>
        <translation>En este patrón regex un «*», «+» o «?» no tiene nada que repetir</translation>
    </message>
    <message>
        <source>Possessive quantifiers (*+, ++) are not supported in regex()</source>
        <translation>Los cuantificadores posesivos (*+, ++) no se admiten en regex()</translation>
    </message>
    <message>
        <source>This regex pattern repeats too many times to check quickly</source>
        <translation>Este patrón regex repite demasiadas veces para comprobarlo rápido</translation>
    </message>
    <message>
        <source>This regex pattern has a '[' that is never closed</source>
        <translation>Este patrón regex tiene un «[» que nunca se cierra</translation>
    </message>
    <message>
        <source>This regex pattern ends with a lone backslash</source>
        <translation>Este patrón regex termina con una barra invertida sola</translation>
    </message>
    <message>
        <source>Back-references like \1 are not supported in regex()</source>
        <translation>Las referencias hacia atrás como \1 no se admiten en regex()</translation>
    </message>
    <message>
        <source>This regex pattern has a group name that is never closed</source>
        <translation>Este patrón regex tiene un nombre de grupo que nunca se cierra</translation>
    </message>
    <message>
        <source>This regex pattern nests groups too deeply</source>
        <translation>Este patrón regex anida demasiados grupos</translation>
    </message>
    <message>
        <source>This regex pattern has a '(' that is never closed</source>
        <translation>Este patrón regex tiene un «(» que nunca se cierra</translation>
    </message>
    <message>
        <source>This regex pattern is not valid: {text}</source>
        <translation>Este patrón regex no es válido: {text}</translation>
    </message>
    <message>
        <source>Look-ahead and look-behind groups are not supported in regex()</source>
        <translation>Los grupos de búsqueda anticipada y retrospectiva no se admiten en regex()</translation>
    </message>
    <message>
        <source>Back-references are not supported in regex()</source>
        <translation>Las referencias hacia atrás no se admiten en regex()</translation>
    </message>
    <message>
        <source>Atomic groups (?&gt;...) are not supported in regex()</source>
        <translation>Los grupos atómicos (?&gt;...) no se admiten en regex()</translation>
    </message>
    <message>
        <source>Inline flags and special groups like (?i) are not supported in regex()</source>
        <translation>Las opciones en línea y los grupos especiales como (?i) no se admiten en regex()</translation>
    </message>
    <message>
        <source>This regex pattern repeats too much to check quickly; use smaller {n,m} counts</source>
        <translation>Este patrón regex repite demasiado para comprobarlo rápido; use números {n,m} más pequeños</translation>
    </message>
    <message>
        <source>DuoDesk does not support ODK paths; refer to a question as ${name}</source>
        <translation>DuoDesk no admite las rutas de ODK; refiérase a una pregunta como ${name}</translation>
    </message>
    <message>
        <source>This expression is too long ({text:,} characters; the limit is {max_expression_length:,})</source>
        <translation>Esta expresión es demasiado larga ({text:,} caracteres; el límite es {max_expression_length:,})</translation>
    </message>
    <message>
        <source>This text is never closed: add a {c} at its end</source>
        <translation>Este texto nunca se cierra: añada un {c} al final</translation>
    </message>
    <message>
        <source>'..' cannot be used here: {path_hint}</source>
        <translation>No se puede usar «..» aquí: {path_hint}</translation>
    </message>
    <message>
        <source>A '$' must start a question reference like ${age}</source>
        <translation>Un «$» debe empezar una referencia a una pregunta como ${age}</translation>
    </message>
    <message>
        <source>This '${' is never closed with '}'</source>
        <translation>Este «${» nunca se cierra con «}»</translation>
    </message>
    <message>
        <source>'${}' needs a question name between the braces</source>
        <translation>«${}» necesita un nombre de pregunta entre las llaves</translation>
    </message>
    <message>
        <source>'{value}' is not a question reference: put just one question name between ${{ and }}</source>
        <translation>«{value}» no es una referencia a una pregunta: ponga un solo nombre de pregunta entre ${{ y }}</translation>
    </message>
    <message>
        <source>This '[' is never closed with ']'</source>
        <translation>Este «[» nunca se cierra con «]»</translation>
    </message>
    <message>
        <source>'[]' needs a condition between the brackets</source>
        <translation>«[]» necesita una condición entre los corchetes</translation>
    </message>
    <message>
        <source>'!' must be followed by '=' (to negate, write not(...))</source>
        <translation>«!» debe ir seguido de «=» (para negar, escriba not(...))</translation>
    </message>
    <message>
        <source>'{c}' cannot be used here: {path_hint}</source>
        <translation>No se puede usar «{c}» aquí: {path_hint}</translation>
    </message>
    <message>
        <source>'|' (node-set union) is not supported</source>
        <translation>«|» (unión de conjuntos de nodos) no se admite</translation>
    </message>
    <message>
        <source>Unexpected character {c}</source>
        <translation>Carácter inesperado {c}</translation>
    </message>
    <message>
        <source>A group cannot be moved inside itself</source>
        <translation>Un grupo no se puede mover dentro de sí mismo</translation>
    </message>
    <message>
        <source>up to {number}: {name}</source>
        <translation>hasta {number}: {name}</translation>
    </message>
    <message>
        <source>less than {number}: {name}</source>
        <translation>menos de {number}: {name}</translation>
    </message>
    <message>
        <source>bands need a question and at least one band</source>
        <translation>los tramos necesitan una pregunta y al menos un tramo</translation>
    </message>
    <message>
        <source>a band's name cannot hold both ' and ": {text}</source>
        <translation>el nombre de un tramo no puede tener a la vez ' y ": {text}</translation>
    </message>
    <message>
        <source>a participant code needs one answer per element, and some elements</source>
        <translation>un código de participante necesita una respuesta por elemento, y algunos elementos</translation>
    </message>
    <message>
        <source>cannot read the passphrase file {path}: {strerror}</source>
        <translation>no se puede leer el archivo de la frase de contraseña {path}: {strerror}</translation>
    </message>
    <message>
        <source>the passphrase file {path} is not UTF-8 text; save it as UTF-8 and try again</source>
        <translation>el archivo de la frase de contraseña {path} no es texto UTF-8; guárdelo como UTF-8 e inténtelo de nuevo</translation>
    </message>
    <message>
        <source>the passphrase file {path} is empty</source>
        <translation>el archivo de la frase de contraseña {path} está vacío</translation>
    </message>
    <message>
        <source>unknown questionnaire format {value!r}</source>
        <translation>formato de cuestionario desconocido {value!r}</translation>
    </message>
    <message>
        <source>there are more than {max_rows:,} rows of data, more than DuoDesk reads from this kind of file.</source>
        <translation>hay más de {max_rows:,} filas de datos, más de las que DuoDesk lee de este tipo de archivo.</translation>
    </message>
    <message>
        <source>this row has more values than the header has columns ({width}); a value may contain an unquoted separator.</source>
        <translation>esta fila tiene más valores que columnas tiene el encabezado ({width}); puede que un valor tenga un separador sin comillas.</translation>
    </message>
    <message>
        <source>{where} is empty.</source>
        <translation>{where} está vacío.</translation>
    </message>
    <message>
        <source>the sheet numbers its rows past {excel_max_rows:,}, Excel's limit; the file is damaged. {save_as_xlsx}</source>
        <translation>la hoja numera sus filas más allá de {excel_max_rows:,}, el límite de Excel; el archivo está dañado. {save_as_xlsx}</translation>
    </message>
    <message>
        <source>the sheet is larger than Excel allows; the file is damaged. {save_as_xlsx}</source>
        <translation>la hoja es más grande de lo que permite Excel; el archivo está dañado. {save_as_xlsx}</translation>
    </message>
    <message>
        <source>there are {matches} sheets called "{sheet_name}" ({listed}); rename all but one.</source>
        <translation>hay {matches} hojas llamadas «{sheet_name}» ({listed}); cambie el nombre de todas menos una.</translation>
    </message>
    <message>
        <source>this workbook has no worksheets.</source>
        <translation>este libro no tiene hojas de cálculo.</translation>
    </message>
    <message>
        <source>there is no sheet called "{sheet}" (the sheets are {listed}).</source>
        <translation>no hay ninguna hoja llamada «{sheet}» (las hojas son {listed}).</translation>
    </message>
    <message>
        <source>The team passphrase needs at least {minimum_length} characters: it locks every interview and the participant-code key. Choose a longer one; nothing was written.</source>
        <translation>La frase de contraseña del equipo necesita al menos {minimum_length} caracteres: bloquea cada entrevista y la clave de los códigos de participante. Elija una más larga; no se escribió nada.</translation>
    </message>
    <message>
        <source>The passphrase file {name} holds no passphrase.</source>
        <translation>El archivo de frase de contraseña {name} no contiene ninguna frase de contraseña.</translation>
    </message>
    <message>
        <source>{path} is a folder: give the name of the transfer file to write.</source>
        <translation>{path} es una carpeta: dé el nombre del archivo de transferencia que se va a escribir.</translation>
    </message>
    <message>
        <source>{name} already exists and is not a transfer file, so DuoDesk does not write over it; nothing was changed. Choose another name.</source>
        <translation>{name} ya existe y no es un archivo de transferencia, así que DuoDesk no lo sobrescribe; no se cambió nada. Elija otro nombre.</translation>
    </message>
    <message>
        <source>{name} was changed or damaged after it was written, so nothing was read from it. Ask for the file to be sent again.</source>
        <translation>{name} se cambió o se dañó después de escribirse, así que no se leyó nada de él. Pida que le envíen el archivo de nuevo.</translation>
    </message>
    <message>
        <source>{name} is not complete (it was cut short, perhaps while being copied), so nothing was read from it. Copy it again and try once more.</source>
        <translation>{name} no está completo (quedó cortado, quizá al copiarlo), así que no se leyó nada de él. Cópielo de nuevo e inténtelo otra vez.</translation>
    </message>
    <message>
        <source>{name} cannot be opened: {strerror}.</source>
        <translation>{name} no se puede abrir: {strerror}.</translation>
    </message>
    <message>
        <source>{name} is not a DuoDesk transfer file.</source>
        <translation>{name} no es un archivo de transferencia de DuoDesk.</translation>
    </message>
    <message>
        <source>{name} was written by a newer version of DuoDesk. Install the newer version to read it; nothing was changed.</source>
        <translation>{name} lo escribió una versión más nueva de DuoDesk. Instale la versión más nueva para leerlo; no se cambió nada.</translation>
    </message>
    <message>
        <source>The team passphrase does not open {name}: it was made with another passphrase (capital letters count). Nothing was changed.</source>
        <translation>La frase de contraseña del equipo no abre {name}: se hizo con otra frase (las mayúsculas cuentan). No se cambió nada.</translation>
    </message>
    <message>
        <source>{raw} cannot be read as text</source>
        <translation>{raw} no se puede leer como texto</translation>
    </message>
    <message>
        <source>{raw} is not a whole number</source>
        <translation>{raw} no es un número entero</translation>
    </message>
    <message>
        <source>{raw} is not a whole number{hint}</source>
        <translation>{raw} no es un número entero{hint}</translation>
    </message>
    <message>
        <source>{raw} is too large for a whole number (the limit is {int64_max:,})</source>
        <translation>{raw} es demasiado grande para un número entero (el límite es {int64_max:,})</translation>
    </message>
    <message>
        <source>(write it without commas or spaces)</source>
        <translation>(escríbalo sin comas ni espacios)</translation>
    </message>
    <message>
        <source>{raw} is not a number</source>
        <translation>{raw} no es un número</translation>
    </message>
    <message>
        <source>(use a point for decimals, as in 1.5)</source>
        <translation>(use un punto para los decimales, como en 1.5)</translation>
    </message>
    <message>
        <source>{raw} is not a number{hint}</source>
        <translation>{raw} no es un número{hint}</translation>
    </message>
    <message>
        <source>{raw} is too large to store as a number</source>
        <translation>{raw} es demasiado grande para guardarlo como número</translation>
    </message>
    <message>
        <source>{raw} would need more than {limit} digits written out; write it with fewer digits, or nearer to 1</source>
        <translation>{raw} necesitaría más de {limit} cifras escritas; escríbalo con menos cifras o más cerca de 1</translation>
    </message>
    <message>
        <source>{raw} has a time of day; this question takes a date only</source>
        <translation>{raw} tiene una hora del día; esta pregunta solo acepta una fecha</translation>
    </message>
    <message>
        <source>{raw} is not a real date</source>
        <translation>{raw} no es una fecha real</translation>
    </message>
    <message>
        <source>{raw} is not written as YYYY-MM-DD; DuoDesk does not guess whether a date like 05/01/2024 means 5 January or May 1</source>
        <translation>{raw} no está escrito como AAAA-MM-DD; DuoDesk no adivina si una fecha como 05/01/2024 significa 5 de enero o 1 de mayo</translation>
    </message>
    <message>
        <source>{raw} is not a date written as YYYY-MM-DD</source>
        <translation>{raw} no es una fecha escrita AAAA-MM-DD</translation>
    </message>
    <message>
        <source>{raw} is a date and time; this question takes a time only</source>
        <translation>{raw} es una fecha y hora; esta pregunta solo acepta una hora</translation>
    </message>
    <message>
        <source>{raw} is not a time written as HH:MM or HH:MM:SS</source>
        <translation>{raw} no es una hora escrita HH:MM o HH:MM:SS</translation>
    </message>
    <message>
        <source>{raw} is not written as YYYY-MM-DDTHH:MM:SS; DuoDesk does not guess whether a date like 05/01/2024 means 5 January or May 1</source>
        <translation>{raw} no está escrito como AAAA-MM-DDTHH:MM:SS; DuoDesk no adivina si una fecha como 05/01/2024 significa 5 de enero o 1 de mayo</translation>
    </message>
    <message>
        <source>{raw} is not a date and time written as YYYY-MM-DDTHH:MM:SS</source>
        <translation>{raw} no es una fecha y hora escrita AAAA-MM-DDTHH:MM:SS</translation>
    </message>
    <message>
        <source>the range's {key} "{text}" is not a number</source>
        <translation>el {key} del rango, «{text}», no es un número</translation>
    </message>
    <message>
        <source>the range's {key} "{text}" is too large or has too many decimals (at most {range_decimals} decimals, and below {range_limit:,})</source>
        <translation>el {key} del rango, «{text}», es demasiado grande o tiene demasiados decimales (como mucho {range_decimals} decimales, y por debajo de {range_limit:,})</translation>
    </message>
    <message>
        <source>the range's step is 0</source>
        <translation>el paso del rango es 0</translation>
    </message>
    <message>
        <source>{raw} is outside the range {shown}</source>
        <translation>{raw} está fuera del rango {shown}</translation>
    </message>
    <message>
        <source>{raw} is not one of the steps of the range {shown} (in steps of {value})</source>
        <translation>{raw} no es uno de los pasos del rango {shown} (en pasos de {value})</translation>
    </message>
    <message>
        <source>{raw} is not a location written as latitude longitude</source>
        <translation>{raw} no es un lugar escrito como latitud longitud</translation>
    </message>
    <message>
        <source>{raw} has several points; this question takes one</source>
        <translation>{raw} tiene varios puntos; esta pregunta acepta uno</translation>
    </message>
    <message>
        <source>{raw}: {what} needs at least {at_least} points</source>
        <translation>{raw}: {what} necesita al menos {at_least} puntos</translation>
    </message>
    <message>
        <source>{raw} is not a location: write the latitude and longitude, as in 55.95 -3.19 (altitude and accuracy may follow)</source>
        <translation>{raw} no es un lugar: escriba la latitud y la longitud, como en 55.95 -3.19 (pueden seguir la altitud y la precisión)</translation>
    </message>
    <message>
        <source>{raw}: {text} is not a number</source>
        <translation>{raw}: {text} no es un número</translation>
    </message>
    <message>
        <source>{raw}: the latitude must be between -90 and 90</source>
        <translation>{raw}: la latitud debe estar entre -90 y 90</translation>
    </message>
    <message>
        <source>{raw}: the longitude must be between -180 and 180</source>
        <translation>{raw}: la longitud debe estar entre -180 y 180</translation>
    </message>
    <message>
        <source>{raw}: the accuracy cannot be negative</source>
        <translation>{raw}: la precisión no puede ser negativa</translation>
    </message>
    <message>
        <source>{raw} should be OK (acknowledged) or empty</source>
        <translation>{raw} debería ser OK (confirmado) o estar vacío</translation>
    </message>
    <message>
        <source>A note takes no answer, but it was given {raw}</source>
        <translation>Una nota no lleva respuesta, pero recibió {raw}</translation>
    </message>
    <message>
        <source>{raw} is not a choice name</source>
        <translation>{raw} no es un nombre de opción</translation>
    </message>
    <message>
        <source>{raw} names more than one choice; this question takes one answer</source>
        <translation>{raw} nombra más de una opción; esta pregunta acepta una sola respuesta</translation>
    </message>
    <message>
        <source>the external choices</source>
        <translation>las opciones externas</translation>
    </message>
    <message>
        <source>the choices come from {where}, which was not added with the questionnaire; add it first</source>
        <translation>las opciones vienen de {where}, que no se añadió con el cuestionario; añádalo primero</translation>
    </message>
    <message>
        <source>{answer} is not one of the choices: {choices}</source>
        <translation>{answer} no es una de las opciones: {choices}</translation>
    </message>
    <message>
        <source>{answers} are not among the choices: {choices}</source>
        <translation>{answers} no están entre las opciones: {choices}</translation>
    </message>
    <message>
        <source>({label} is the label of {name}; use choice names)</source>
        <translation>({label} es la etiqueta de {name}; use los nombres de las opciones)</translation>
    </message>
    <message>
        <source>this is a folder, not a file.</source>
        <translation>esto es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>this file does not exist (was it moved?).</source>
        <translation>este archivo no existe (¿se movió?).</translation>
    </message>
    <message>
        <source>this file cannot be read ({strerror}).</source>
        <translation>este archivo no se puede leer ({strerror}).</translation>
    </message>
    <message>
        <source>this file is {value:,.0f} MB, more than the {value2:,.0f} MB DuoDesk reads.</source>
        <translation>este archivo tiene {value:,.0f} MB, más de los {value2:,.0f} MB que lee DuoDesk.</translation>
    </message>
    <message>
        <source>this workbook is protected with a password. Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook) and save it again.</source>
        <translation>este libro está protegido con contraseña. Ábralo en Excel, quite la contraseña (Archivo &gt; Información &gt; Proteger libro) y guárdelo de nuevo.</translation>
    </message>
    <message>
        <source>this is an old-style Excel 97-2003 workbook (.xls). {save_as_xlsx}</source>
        <translation>este es un libro antiguo de Excel 97-2003 (.xls). {save_as_xlsx}</translation>
    </message>
    <message>
        <source>It looks like a text file; if it holds CSV data, rename it to .csv.</source>
        <translation>Parece un archivo de texto; si contiene datos CSV, cámbiele el nombre a .csv.</translation>
    </message>
    <message>
        <source>this file is not an Excel workbook (.xlsx).{hint}</source>
        <translation>este archivo no es un libro de Excel (.xlsx).{hint}</translation>
    </message>
    <message>
        <source>this workbook has an impossible number of parts.</source>
        <translation>este libro tiene un número imposible de partes.</translation>
    </message>
    <message>
        <source>this is an Excel binary workbook (.xlsb). {save_as_xlsx}</source>
        <translation>este es un libro binario de Excel (.xlsb). {save_as_xlsx}</translation>
    </message>
    <message>
        <source>this is an OpenDocument spreadsheet. {save_as_xlsx}</source>
        <translation>esta es una hoja de cálculo OpenDocument. {save_as_xlsx}</translation>
    </message>
    <message>
        <source>this file is not an Excel workbook (.xlsx): it is a zip archive with no workbook inside.</source>
        <translation>este archivo no es un libro de Excel (.xlsx): es un archivo zip sin ningún libro dentro.</translation>
    </message>
    <message>
        <source>this workbook contains a part with an unsafe name ({name!r}); it was not made by a spreadsheet program and will not be opened.</source>
        <translation>este libro contiene una parte con un nombre peligroso ({name!r}); no lo hizo un programa de hojas de cálculo y no se abrirá.</translation>
    </message>
    <message>
        <source>this workbook is protected with a password.</source>
        <translation>este libro está protegido con contraseña.</translation>
    </message>
    <message>
        <source>this workbook unpacks to far more data than its size suggests ({name} alone claims {value:,.0f} MB); it may be a 'zip bomb' and will not be opened.</source>
        <translation>este libro se descomprime en muchos más datos de lo que indica su tamaño ({name} solo dice tener {value:,.0f} MB); puede ser una «bomba zip» y no se abrirá.</translation>
    </message>
    <message>
        <source>this workbook has a part ({filename}) in an unsupported text encoding.</source>
        <translation>este libro tiene una parte ({filename}) con una codificación de texto no admitida.</translation>
    </message>
    <message>
        <source>this workbook contains an XML document type declaration ({filename}), which spreadsheet programs never write; it may be an attack (an 'XML bomb') and will not be opened.</source>
        <translation>este libro contiene una declaración de tipo de documento XML ({filename}), que los programas de hojas de cálculo nunca escriben; puede ser un ataque (una «bomba XML») y no se abrirá.</translation>
    </message>
    <message>
        <source>this workbook has a sheet ({filename}) with more rows than Excel allows ({excel_max_rows:,}); it was not made by a spreadsheet program.</source>
        <translation>este libro tiene una hoja ({filename}) con más filas de las que permite Excel ({excel_max_rows:,}); no lo hizo un programa de hojas de cálculo.</translation>
    </message>
    <message>
        <source>{message} (at position {position})</source>
        <translation>{message} (en la posición {position})</translation>
    </message>
    <message numerus="yes">
        <source>takes at least %n argument</source>
        <translation><numerusform>toma al menos %n argumento</numerusform><numerusform>toma al menos %n argumentos</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>takes at least %n arguments</source>
        <translation><numerusform>toma al menos %n argumento</numerusform><numerusform>toma al menos %n argumentos</numerusform></translation>
    </message>
    <message>
        <source>takes no arguments</source>
        <translation>no toma argumentos</translation>
    </message>
    <message numerus="yes">
        <source>takes %n argument</source>
        <translation><numerusform>toma %n argumento</numerusform><numerusform>toma %n argumentos</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>takes %n arguments</source>
        <translation><numerusform>toma %n argumento</numerusform><numerusform>toma %n argumentos</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>takes {minimum} to %n argument</source>
        <translation><numerusform>toma de {minimum} a %n argumento</numerusform><numerusform>toma de {minimum} a %n argumentos</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>takes {minimum} to %n arguments</source>
        <translation><numerusform>toma de {minimum} a %n argumento</numerusform><numerusform>toma de {minimum} a %n argumentos</numerusform></translation>
    </message>
</context>
<context>
    <name>DesktopCheck</name>
    <message>
        <source>DuoDesk cannot open its window: no desktop screen was found (DISPLAY is not set). Start it from the desktop; the commands (duodesk --help) work without one.</source>
        <translation>DuoDesk no puede abrir su ventana: no se encontró ninguna pantalla de escritorio (DISPLAY no está definido). Ábralo desde el escritorio; los comandos (duodesk --help) funcionan sin pantalla.</translation>
    </message>
    <message>
        <source>DuoDesk cannot open its window: system libraries are missing. Install them with: {command}</source>
        <translation>DuoDesk no puede abrir su ventana: faltan bibliotecas del sistema. Instálelas con: {command}</translation>
    </message>
    <message>
        <source>DuoDesk cannot open its window: no screen can be reached at DISPLAY={display}. Start it from the desktop itself, or over ssh with X forwarding (ssh -X); the commands (duodesk --help) work without a screen.</source>
        <translation>DuoDesk no puede abrir su ventana: ninguna pantalla responde en DISPLAY={display}. Ábralo desde el propio escritorio, o por ssh con reenvío de X (ssh -X); los comandos (duodesk --help) funcionan sin pantalla.</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>This answer is not allowed here</source>
        <translation>Esta respuesta no está permitida aquí</translation>
    </message>
    <message>
        <source>An answer is needed here</source>
        <translation>Aquí se necesita una respuesta</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>The threshold for small numbers must be from {low} to {high}, not {n}</source>
        <translation>El umbral para números pequeños debe ser de {low} a {high}, no {n}</translation>
    </message>
    <message>
        <source>This project requires numbers from 1 to {n} to be hidden in every export, so small numbers cannot be shown.</source>
        <translation>Este proyecto exige que los números de 1 a {n} se oculten en cada exportación, así que no se pueden mostrar los números pequeños.</translation>
    </message>
    <message>
        <source>This project requires numbers from 1 to {n} to be hidden in every export; hiding only 1 to {threshold} is not allowed.</source>
        <translation>Este proyecto exige que los números de 1 a {n} se oculten en cada exportación; no se permite ocultar solo de 1 a {threshold}.</translation>
    </message>
    <message>
        <source>The part chosen ({part}) leaves out only 1 to {threshold} of the interviews: set beside the results for every interview, its numbers would give those few people's answers by subtraction. Choose a part that leaves out none of the interviews, or at least {n} of them.</source>
        <translation>La parte elegida ({part}) deja fuera solo de 1 a {threshold} de las entrevistas: junto a los resultados de todas las entrevistas, sus números darían por resta las respuestas de esas pocas personas. Elija una parte que no deje fuera ninguna entrevista, o al menos {n}.</translation>
    </message>
    <message>
        <source>the site “{name}”</source>
        <translation>el lugar «{name}»</translation>
    </message>
    <message>
        <source>the interviews with no site</source>
        <translation>las entrevistas sin lugar</translation>
    </message>
    <message>
        <source>The part chosen ({part}) is chosen by site, and {which} has only 1 to {threshold} interviews: parts chosen by site could be subtracted from each other and from the whole survey to give those few people's answers. Choose every site, or choose the part another way.</source>
        <translation>La parte elegida ({part}) se elige por lugar, y {which} tiene solo de 1 a {threshold} entrevistas: restando unas de otras las partes elegidas por lugar, y de toda la encuesta, se sabrían las respuestas de esas pocas personas. Elija todos los lugares, o elija la parte de otra forma.</translation>
    </message>
    <message>
        <source>the interviewer “{name}”</source>
        <translation>el entrevistador «{name}»</translation>
    </message>
    <message>
        <source>the interviews with no interviewer</source>
        <translation>las entrevistas sin entrevistador</translation>
    </message>
    <message>
        <source>The part chosen ({part}) is chosen by interviewer, and {which} has only 1 to {threshold} interviews: parts chosen by interviewer could be subtracted from each other and from the whole survey to give those few people's answers. Choose every interviewer, or choose the part another way.</source>
        <translation>La parte elegida ({part}) se elige por entrevistador, y {which} tiene solo de 1 a {threshold} entrevistas: restando unas de otras las partes elegidas por entrevistador, y de toda la encuesta, se sabrían las respuestas de esas pocas personas. Elija todos los entrevistadores, o elija la parte de otra forma.</translation>
    </message>
    <message>
        <source>The part chosen ({part}) is chosen by the answers to “{question}”, and in the whole survey one of the groups those answers make holds only 1 to {threshold} people: the number of interviews in the part, set beside the tables of every interview, would give that small group's number by subtraction. Choose the part by site or by dates instead, or publish every interview.</source>
        <translation>La parte elegida ({part}) se elige por las respuestas a «{question}», y en toda la encuesta uno de los grupos que forman esas respuestas tiene solo de 1 a {threshold} personas: el número de entrevistas de la parte, junto a las tablas de todas las entrevistas, daría por resta el número de ese grupo pequeño. Elija mejor la parte por lugar o por fechas, o publique todas las entrevistas.</translation>
    </message>
    <message>
        <source>the counts do not agree with their totals</source>
        <translation>las frecuencias no coinciden con sus totales</translation>
    </message>
    <message>
        <source>every row of the table must have the same number of cells</source>
        <translation>cada fila de la tabla debe tener el mismo número de celdas</translation>
    </message>
    <message>
        <source>counts cannot be negative</source>
        <translation>las frecuencias no pueden ser negativas</translation>
    </message>
    <message>
        <source>The part chosen ({part}) holds no interview, so there is nothing to publish. Choose a part that holds at least {n} interviews, or every interview.</source>
        <translation>La parte elegida ({part}) no contiene ninguna entrevista: no hay nada que publicar. Elija una parte de al menos {n} entrevistas, o todas las entrevistas.</translation>
    </message>
    <message>
        <source>This questionnaire has only 1 to {threshold} complete interviews: in tables of so few, the zeros and the totals would give those few people's answers away, so none can be published. Wait until it has at least {n} interviews. Files that stay within the group (CSV or SPSS) can be exported now.</source>
        <translation>Este cuestionario solo tiene de 1 a {threshold} entrevistas completas: en tablas de tan pocas, los ceros y los totales revelarían las respuestas de esas pocas personas, así que no se puede publicar ninguna. Espere a que tenga al menos {n} entrevistas. Los archivos que se quedan en el grupo (CSV o SPSS) se pueden exportar ya.</translation>
    </message>
    <message>
        <source>The part chosen ({part}) holds only 1 to {threshold} interviews: its zeros would give those few people's answers away. Choose a part that holds at least {n} interviews, or every interview.</source>
        <translation>La parte elegida ({part}) contiene solo de 1 a {threshold} entrevistas: sus ceros revelarían las respuestas de esas pocas personas. Elija una parte de al menos {n} entrevistas, o todas las entrevistas.</translation>
    </message>
    <message>
        <source>The part chosen ({part}) differs by only 1 to {threshold} interviews from a part already published from this project: side by side, the two would give those few people's answers by subtraction. Choose the same interviews as before (for example up to the same date), or wait until the part differs from every earlier one by at least {more} interviews.</source>
        <translation>La parte elegida ({part}) difiere solo en 1 a {threshold} entrevistas de una parte ya publicada de este proyecto: juntas, las dos darían por resta las respuestas de esas pocas personas. Elija las mismas entrevistas que antes (por ejemplo hasta la misma fecha), o espere a que la parte difiera de cada una de las anteriores en al menos {more} entrevistas.</translation>
    </message>
    <message>
        <source>Exported to {file}; the number of interviews is hidden there, so it is not given here either.</source>
        <translation>Exportado a {file}; el número de entrevistas está oculto allí, así que tampoco se da aquí.</translation>
    </message>
    <message numerus="yes">
        <source>%n interview exported to {file}.</source>
        <translation><numerusform>%n entrevista exportada a {file}.</numerusform><numerusform>%n entrevistas exportadas a {file}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n interviews exported to {file}.</source>
        <translation><numerusform>%n entrevista exportada a {file}.</numerusform><numerusform>%n entrevistas exportadas a {file}.</numerusform></translation>
    </message>
    <message>
        <source>One row per interview in {file}: it can identify people, keep it within the group.</source>
        <translation>Una fila por entrevista en {file}: puede identificar a personas, guárdelo dentro del grupo.</translation>
    </message>
    <message>
        <source>One row per repeat instance in {files} (joined to the interviews by _interview).</source>
        <translation>Una fila por cada repetición en {files} (unida a las entrevistas por _interview).</translation>
    </message>
    <message>
        <source>One row per repeat instance in {files} (joined to the interviews by v_interview).</source>
        <translation>Una fila por elemento de repetición en {files} (unida a las entrevistas por v_interview).</translation>
    </message>
    <message>
        <source>Codebook: {files}.</source>
        <translation>Libro de códigos: {files}.</translation>
    </message>
    <message numerus="yes">
        <source>%n question was left out (see the codebook).</source>
        <translation><numerusform>Se dejó fuera %n pregunta (vea el libro de códigos).</numerusform><numerusform>Se dejaron fuera %n preguntas (vea el libro de códigos).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n questions were left out (see the codebook).</source>
        <translation><numerusform>Se dejó fuera %n pregunta (vea el libro de códigos).</numerusform><numerusform>Se dejaron fuera %n preguntas (vea el libro de códigos).</numerusform></translation>
    </message>
    <message>
        <source>Written as text, because some answers have more digits than an SPSS number holds exactly (see the codebook): {names}.</source>
        <translation>Escrito como texto, porque algunas respuestas tienen más cifras de las que un número de SPSS guarda con exactitud (vea el libro de códigos): {names}.</translation>
    </message>
    <message>
        <source>no complete interview of {form_id} is in the part chosen ({value}): there is nothing to report.</source>
        <translation>ninguna entrevista completa de {form_id} está en la parte elegida ({value}): no hay nada que informar.</translation>
    </message>
    <message>
        <source>Excel workbook for the health board (.xlsx)</source>
        <translation>Libro de Excel para la autoridad de salud (.xlsx)</translation>
    </message>
    <message>
        <source>Every interview, one row each, as CSV (.csv)</source>
        <translation>Cada entrevista, una fila cada una, como CSV (.csv)</translation>
    </message>
    <message>
        <source>Every interview, one row each, for SPSS or PSPP (.sav)</source>
        <translation>Cada entrevista, una fila cada una, para SPSS o PSPP (.sav)</translation>
    </message>
    <message>
        <source>{file}: DuoDesk exports .xlsx, .csv and .sav files; end the file name with one of these.</source>
        <translation>{file}: DuoDesk exporta archivos .xlsx, .csv y .sav; termine el nombre del archivo con uno de ellos.</translation>
    </message>
    <message>
        <source>The part chosen ({part}) and parts already published from this project fit together exactly (into the whole survey, an earlier part, or this part): side by side, their numbers would give away by subtraction even those each one hides, and some of them are 1 to {threshold}. Nothing was written. Choose a part that does not complete the parts already published.</source>
        <translation>La parte elegida ({part}) y partes ya publicadas desde este proyecto encajan exactamente (en toda la encuesta, una parte anterior o esta parte): una al lado de otra, sus números revelarían por resta incluso los que cada una oculta, y algunos van de 1 a {threshold}. No se escribió nada. Elija una parte que no complete las partes ya publicadas.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>this file does not look like a text (CSV) file.</source>
        <translation>este archivo no parece un archivo de texto (CSV).</translation>
    </message>
    <message>
        <source>this row is longer than {count:,} characters.</source>
        <translation>esta fila tiene más de {count:,} caracteres.</translation>
    </message>
    <message>
        <source>the file contains bytes that are not valid {encoding} text.</source>
        <translation>el archivo tiene bytes que no son texto {encoding} válido.</translation>
    </message>
    <message>
        <source>the CSV layout is broken here ({problem}); look for a stray double quote (").</source>
        <translation>el formato CSV está roto aquí ({problem}); busque una comilla doble (") que sobre.</translation>
    </message>
    <message>
        <source>sheet "{sheet}"</source>
        <translation>hoja «{sheet}»</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>fila {row}</translation>
    </message>
    <message>
        <source>column "{column}"</source>
        <translation>columna «{column}»</translation>
    </message>
    <message>
        <source>this cell holds a formula but not its result: no spreadsheet program has calculated it. Open the file in Excel or LibreOffice, save it there, and try again.</source>
        <translation>esta celda contiene una fórmula pero no su resultado: ningún programa de hojas de cálculo la ha calculado. Abra el archivo en Excel o LibreOffice, guárdelo allí y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>this cell holds a formula (={formula}) but not its result: no spreadsheet program has calculated it. Open the file in Excel or LibreOffice, save it there, and try again.</source>
        <translation>esta celda contiene una fórmula (={formula}) pero no su resultado: ningún programa de hojas de cálculo la ha calculado. Abra el archivo en Excel o LibreOffice, guárdelo allí y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>a cell holds more than {count:,} characters, the most DuoDesk reads.</source>
        <translation>una celda tiene más de {count:,} caracteres, lo máximo que lee DuoDesk.</translation>
    </message>
    <message>
        <source>the header row has more than {count:,} columns.</source>
        <translation>la fila de encabezado tiene más de {count:,} columnas.</translation>
    </message>
    <message>
        <source>Open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx).</source>
        <translation>Ábralo en Excel o LibreOffice y guárdelo como libro de Excel (.xlsx).</translation>
    </message>
    <message>
        <source>this workbook is damaged and cannot be read ({fault}: {problem}).</source>
        <translation>este libro está dañado y no se puede leer ({fault}: {problem}).</translation>
    </message>
    <message>
        <source>{where}, value "{value}": row {first} has the same key, so which of the two interviews the instances of the repeats joined to this key belong to cannot be told</source>
        <translation>{where}, valor «{value}»: la fila {first} tiene la misma clave, así que no se puede saber a cuál de las dos entrevistas pertenecen las repeticiones unidas a esta clave</translation>
    </message>
    <message>
        <source>{where}: these are instances of {repeat}, which sits inside the repeat {outer}, but the file has no table for {outer}</source>
        <translation>{where}: son repeticiones de {repeat}, que está dentro de la repetición {outer}, pero el archivo no tiene una tabla para {outer}</translation>
    </message>
    <message>
        <source>{where}: empty, so this instance of {repeat} belongs to no interview</source>
        <translation>{where}: vacío, así que esta repetición de {repeat} no pertenece a ninguna entrevista</translation>
    </message>
    <message>
        <source>{where}, value "{value}": no row of the {outer} table has this key, so this instance of {repeat} belongs to nothing</source>
        <translation>{where}, valor «{value}»: ninguna fila de la tabla {outer} tiene esta clave, así que esta repetición de {repeat} no pertenece a nada</translation>
    </message>
    <message>
        <source>{where}, value "{value}": another row of {repeat} has the same key, so the instances inside it cannot be told apart</source>
        <translation>{where}, valor «{value}»: otra fila de {repeat} tiene la misma clave, así que no se pueden distinguir las repeticiones que contiene</translation>
    </message>
    <message>
        <source>{where}, value "{value}": no interview in {table} has this key, so this instance of {repeat} belongs to no interview</source>
        <translation>{where}, valor «{value}»: ninguna entrevista de {table} tiene esta clave, así que esta repetición de {repeat} no pertenece a ninguna entrevista</translation>
    </message>
    <message>
        <source>{where}, value "{value}": {reason}</source>
        <translation>{where}, valor «{value}»: {reason}</translation>
    </message>
    <message>
        <source>should be 1 or 0</source>
        <translation>debe ser 1 o 0</translation>
    </message>
    <message>
        <source>this zip file is protected with a password.</source>
        <translation>este archivo zip está protegido con una contraseña.</translation>
    </message>
    <message>
        <source>this zip file unpacks to far more data than its size suggests ({name}); it will not be opened.</source>
        <translation>este archivo zip se descomprime en muchos más datos de lo que su tamaño indica ({name}); no se abrirá.</translation>
    </message>
    <message>
        <source>this zip file cannot be read ({error}).</source>
        <translation>no se puede leer este archivo zip ({error}).</translation>
    </message>
    <message>
        <source>this zip file should hold one CSV file of interviews (without a PARENT_KEY column) and one per repeat; it holds {count} without PARENT_KEY.</source>
        <translation>este archivo zip debe contener un archivo CSV de entrevistas (sin columna PARENT_KEY) y uno por repetición; contiene {count} sin PARENT_KEY.</translation>
    </message>
    <message>
        <source>{where}: {reason}</source>
        <translation>{where}: {reason}</translation>
    </message>
    <message>
        <source>the column for {key} appears twice</source>
        <translation>la columna de {key} aparece dos veces</translation>
    </message>
    <message>
        <source>{table}: {count} row(s) of {repeat}, but by the questionnaire's logic this repeat is not asked here ({why})</source>
        <translation>{table}: {count} fila(s) de {repeat}, pero según la lógica del cuestionario esta repetición no se hace aquí ({why})</translation>
    </message>
    <message>
        <source>answered, but by the questionnaire's logic this question is not asked here ({why})</source>
        <translation>respondida, pero según la lógica del cuestionario esta pregunta no se hace aquí ({why})</translation>
    </message>
    <message>
        <source>this answer is not allowed</source>
        <translation>esta respuesta no está permitida</translation>
    </message>
    <message>
        <source>one of its repeat instances has a problem: {problem}</source>
        <translation>una de sus repeticiones tiene un problema: {problem}</translation>
    </message>
    <message>
        <source>column "{name}" says {said} instance(s), but the table of {name} has {found} for this interview</source>
        <translation>la columna «{name}» dice {said} repetición(es), pero la tabla de {name} tiene {found} para esta entrevista</translation>
    </message>
    <message>
        <source>it is in the group "{group}", which applies only when {condition}</source>
        <translation>está en el grupo «{group}», que solo se aplica cuando {condition}</translation>
    </message>
    <message>
        <source>it applies only when {condition}</source>
        <translation>solo se aplica cuando {condition}</translation>
    </message>
    <message>
        <source>it belongs to an instance of a repeat that is not there for this interview</source>
        <translation>pertenece a una vez de una repetición que no existe en esta entrevista</translation>
    </message>
    <message>
        <source>file "{name}"</source>
        <translation>archivo «{name}»</translation>
    </message>
    <message>
        <source>{where}: "{name}" should be the name of a .csv, .xml or .geojson file in the form's folder</source>
        <translation>{where}: «{name}» debe ser el nombre de un archivo .csv, .xml o .geojson de la carpeta del formulario</translation>
    </message>
    <message>
        <source>{where}: pulldata() should name a CSV file, not "{name}"</source>
        <translation>{where}: pulldata() debe nombrar un archivo CSV, no «{name}»</translation>
    </message>
    <message>
        <source>the "{sheet}" sheet</source>
        <translation>la hoja «{sheet}»</translation>
    </message>
    <message>
        <source>{where}: the list "{name}" is not on {place}</source>
        <translation>{where}: la lista «{name}» no está en {place}</translation>
    </message>
    <message>
        <source>“{title}” has its file {name} already. To use another, add the questionnaire again with the new file beside it: it is kept as a new version, and interviews already entered keep the answers they were given.</source>
        <translation>«{title}» ya tiene su archivo {name}. Para usar otro, añada el cuestionario de nuevo con el archivo nuevo al lado: se guarda como una versión nueva, y las entrevistas ya introducidas conservan las respuestas que recibieron.</translation>
    </message>
    <message>
        <source>no file</source>
        <translation>ningún archivo</translation>
    </message>
    <message>
        <source>“{title}” does not need a file called {name}; it needs {needed}.</source>
        <translation>«{title}» no necesita ningún archivo llamado {name}; necesita {needed}.</translation>
    </message>
    <message>
        <source>the list "{name}" has no rows here (its "list_name" column never says it).</source>
        <translation>la lista «{name}» no tiene filas aquí (su columna «list_name» nunca la nombra).</translation>
    </message>
    <message>
        <source>there is no column "{column}", which the question "{question}" chooses its answers by (its choice_filter: {choice_filter}). Add the column to the file, or check its spelling.</source>
        <translation>no hay ninguna columna «{column}», con la que la pregunta «{question}» elige sus respuestas (su choice_filter: {choice_filter}). Añada la columna al archivo o revise cómo está escrita.</translation>
    </message>
    <message>
        <source>{file} has no column {missing}, which pulldata() in “{question}” reads (the file's columns are {columns}), so it stays empty in every interview. Add the column to the file, or check its spelling.</source>
        <translation>{file} no tiene la columna {missing}, que pulldata() lee en «{question}» (las columnas del archivo son {columns}), así que queda vacío en cada entrevista. Añada la columna al archivo o revise cómo está escrita.</translation>
    </message>
    <message>
        <source>{file} has no columns {missing}, which pulldata() in “{question}” reads (the file's columns are {columns}), so it stays empty in every interview. Add the columns to the file, or check their spelling.</source>
        <translation>{file} no tiene las columnas {missing}, que pulldata() lee en «{question}» (las columnas del archivo son {columns}), así que queda vacío en cada entrevista. Añada las columnas al archivo o revise cómo están escritas.</translation>
    </message>
    <message>
        <source>{file} has no column "{column}", which the question “{question}” chooses its answers by (its choice_filter: {choice_filter}; the columns are {columns}), so it offers no answer. Add the column to the file, or check its spelling.</source>
        <translation>{file} no tiene la columna "{column}", con la que la pregunta «{question}» elige sus respuestas (su choice_filter: {choice_filter}; las columnas son {columns}), así que no ofrece ninguna respuesta. Añada la columna al archivo o revise cómo está escrita.</translation>
    </message>
    <message>
        <source>the "{sheet}" sheet of {form}</source>
        <translation>la hoja "{sheet}" de {form}</translation>
    </message>
</context>
<context>
    <name>Findings report</name>
    <message>
        <source>site</source>
        <translation>sitio</translation>
    </message>
    <message>
        <source>sites</source>
        <translation>sitios</translation>
    </message>
    <message>
        <source>interviewer</source>
        <translation>entrevistador</translation>
    </message>
    <message>
        <source>interviewers</source>
        <translation>entrevistadores</translation>
    </message>
    <message>
        <source>the section “{heading}”</source>
        <translation>la sección «{heading}»</translation>
    </message>
    <message>
        <source>Percent is of all {interviews} interviews; valid percent leaves out the missing codes.</source>
        <translation>El porcentaje es sobre las {interviews} entrevistas; el porcentaje válido no cuenta los códigos de dato faltante.</translation>
    </message>
    <message>
        <source>Percent is of all {interviews} interviews.</source>
        <translation>El porcentaje es sobre las {interviews} entrevistas.</translation>
    </message>
    <message>
        <source>Findings of the survey</source>
        <translation>Resultados de la encuesta</translation>
    </message>
    <message>
        <source>By {group}</source>
        <translation>Por {group}</translation>
    </message>
    <message>
        <source>Interviews from {first} to {last}</source>
        <translation>Entrevistas del {first} al {last}</translation>
    </message>
    <message>
        <source>Dates of the interviews not recorded</source>
        <translation>Fechas de las entrevistas no registradas</translation>
    </message>
    <message>
        <source>Interviews in the months {first} to {last}</source>
        <translation>Entrevistas de los meses {first} a {last}</translation>
    </message>
    <message>
        <source>Interviews in the month {first}</source>
        <translation>Entrevistas del mes {first}</translation>
    </message>
    <message>
        <source>Sites: {sites}</source>
        <translation>Sitios: {sites}</translation>
    </message>
    <message>
        <source>Draft made with DuoDesk {version} on {date}. Edit it before it is passed on.</source>
        <translation>Borrador hecho con DuoDesk {version} el {date}. Edítelo antes de entregarlo.</translation>
    </message>
    <message>
        <source>How the survey was done</source>
        <translation>Cómo se hizo la encuesta</translation>
    </message>
    <message>
        <source>{interviews} interviews were counted ({subset}).</source>
        <translation>Se contaron {interviews} entrevistas ({subset}).</translation>
    </message>
    <message>
        <source>The interviews took place from {first} to {last}.</source>
        <translation>Las entrevistas se hicieron del {first} al {last}.</translation>
    </message>
    <message>
        <source>The interviews took place in the month {first} (only the month is given: with so few interviews, the days could help to tell who was interviewed).</source>
        <translation>Las entrevistas se hicieron en el mes {first} (solo se da el mes: con tan pocas entrevistas, los días podrían ayudar a saber a quién se entrevistó).</translation>
    </message>
    <message>
        <source>The interviews took place in the months {first} to {last} (only the months are given: with so few interviews, the days could help to tell who was interviewed).</source>
        <translation>Las entrevistas se hicieron en los meses {first} a {last} (solo se dan los meses: con tan pocas entrevistas, los días podrían ayudar a saber a quién se entrevistó).</translation>
    </message>
    <message>
        <source>They were made at {count} {sites_word}: {sites}.</source>
        <translation>Se hicieron en {count} {sites_word}: {sites}.</translation>
    </message>
    <message>
        <source>{count} {interviewers_word} made them.</source>
        <translation>Las hicieron {count} {interviewers_word}.</translation>
    </message>
    <message>
        <source>The questionnaire, “{title}”, has these sections: {sections}.</source>
        <translation>El cuestionario, «{title}», tiene estas secciones: {sections}.</translation>
    </message>
    <message>
        <source>The questionnaire, “{title}”, is one list of questions.</source>
        <translation>El cuestionario, «{title}», es una sola lista de preguntas.</translation>
    </message>
    <message>
        <source>The results are de-identified: written answers, locations, questions marked as identifying and interviewers' names are left out, and no single interview's answers are shown; only counts and percentages.</source>
        <translation>Los resultados están anonimizados: se quitan las respuestas escritas, los lugares, las preguntas marcadas como identificadoras y los nombres de los entrevistadores, y no se muestran las respuestas de ninguna entrevista por separado; solo frecuencias y porcentajes.</translation>
    </message>
    <message>
        <source>Written answers and identifying questions were not left out of this draft: it may identify people and must stay within the group.</source>
        <translation>Las respuestas escritas y las preguntas identificadoras no se quitaron de este borrador: puede identificar a personas y debe quedarse dentro del grupo.</translation>
    </message>
    <message>
        <source>Small numbers are hidden to protect the {people} interviewed: numbers from 1 to {threshold} are shown as “{marker}”, and so are their percentages; other numbers that would let a hidden one be worked out (from totals, percentages or the questionnaire's skip logic) are hidden too. Zeros are shown.</source>
        <translation>Los números pequeños se ocultan para proteger a las {people} entrevistadas: los números de 1 a {threshold} se muestran como «{marker}», y también sus porcentajes; también se ocultan otros números que permitirían calcular uno oculto (con los totales, los porcentajes o la lógica de salto del cuestionario). Los ceros se muestran.</translation>
    </message>
    <message>
        <source>No number in this report needed hiding.</source>
        <translation>Ningún número de este informe tuvo que ocultarse.</translation>
    </message>
    <message>
        <source>{hidden} numbers are hidden in all, as the workbook counts them (each small number, and each number hidden to protect one). A hidden number shows as “{marker}” in every table it is in, and so do its percentages: a reader will count more “{marker}” than that.</source>
        <translation>Hay {hidden} números ocultos en total, contados como en el libro (cada número pequeño, y cada número oculto para proteger uno). Un número oculto aparece como «{marker}» en cada tabla en la que está, y también sus porcentajes: un lector contará más «{marker}» que eso.</translation>
    </message>
    <message>
        <source>Small numbers are NOT hidden in this draft: it may identify people and must stay within the group.</source>
        <translation>Los números pequeños NO están ocultos en este borrador: puede identificar a personas y debe quedarse dentro del grupo.</translation>
    </message>
    <message>
        <source>Every percentage says what it is a percentage of: of the {people} asked, of those who answered, or of all the interviews. “Not asked (skipped)” counts the {people} the questionnaire's logic did not ask; “No answer” those asked who gave none.</source>
        <translation>Cada porcentaje dice de qué es porcentaje: de las {people} preguntadas, de las que respondieron, o de todas las entrevistas. «No preguntada (saltada)» cuenta las {people} a las que la lógica del cuestionario no preguntó; «Sin respuesta», las que fueron preguntadas y no respondieron.</translation>
    </message>
    <message>
        <source>Questions asked for each one named</source>
        <translation>Preguntas hechas para cada uno nombrado</translation>
    </message>
    <message>
        <source>Number of people who gave it</source>
        <translation>Número de personas que la dieron</translation>
    </message>
    <message>
        <source>% of the people who answered</source>
        <translation>% de las personas que respondieron</translation>
    </message>
    <message>
        <source>People who answered (for at least one {unit})</source>
        <translation>Personas que respondieron (para al menos un {unit})</translation>
    </message>
    <message>
        <source>Not asked, no answer or no {unit}</source>
        <translation>No preguntado, sin respuesta o ningún {unit}</translation>
    </message>
    <message>
        <source>Total interviews</source>
        <translation>Total de entrevistas</translation>
    </message>
    <message>
        <source>Key findings</source>
        <translation>Resultados principales</translation>
    </message>
    <message>
        <source>One sentence per question with answers to choose from, drafted from the numbers. Edit them into the group's own words; the tables below give every number.</source>
        <translation>Una frase por cada pregunta con opciones, redactada a partir de los números. Póngalas con las palabras del grupo; las tablas de abajo dan todos los números.</translation>
    </message>
    <message>
        <source>of the {denominator} {people} asked</source>
        <translation>de las {denominator} {people} preguntadas</translation>
    </message>
    <message>
        <source>of the {denominator} {people} who answered</source>
        <translation>de las {denominator} {people} que respondieron</translation>
    </message>
    <message>
        <source>of the {denominator} {people} who gave an answer other than {codes}</source>
        <translation>de las {denominator} {people} que dieron una respuesta distinta de {codes}</translation>
    </message>
    <message>
        <source>of the {denominator} {people} who gave an answer other than a missing code</source>
        <translation>de las {denominator} {people} que dieron una respuesta distinta de un código de dato faltante</translation>
    </message>
    <message>
        <source>of all the {denominator} {people} interviewed</source>
        <translation>de todas las {denominator} {people} entrevistadas</translation>
    </message>
    <message>
        <source>how many answered is hidden, to protect a small number</source>
        <translation>cuántas respondieron está oculto, para proteger un número pequeño</translation>
    </message>
    <message>
        <source>how many of those who answered gave an answer other than a missing code is hidden, to protect a small number</source>
        <translation>cuántas de las que respondieron dieron una respuesta distinta de un código de dato faltante está oculto, para proteger un número pequeño</translation>
    </message>
    <message>
        <source>{question}: {findings}.</source>
        <translation>{question}: {findings}.</translation>
    </message>
    <message>
        <source>{count} {denominator} ({percent}) answered “{answer}”</source>
        <translation>{count} {denominator} ({percent}) respondieron «{answer}»</translation>
    </message>
    <message>
        <source>of the {denominator} {people} who answered,</source>
        <translation>de las {denominator} {people} que respondieron,</translation>
    </message>
    <message>
        <source>of all the {denominator} {people} interviewed,</source>
        <translation>de todas las {denominator} {people} entrevistadas,</translation>
    </message>
    <message>
        <source>{count} ({percent}) ticked “{answer}”</source>
        <translation>{count} ({percent}) marcaron «{answer}»</translation>
    </message>
    <message>
        <source>{count} ({percent}) “{answer}”</source>
        <translation>{count} ({percent}) «{answer}»</translation>
    </message>
    <message>
        <source>others (see the table)</source>
        <translation>otras (vea la tabla)</translation>
    </message>
    <message>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <source>{question}: nobody gave an answer that can be counted.</source>
        <translation>{question}: nadie dio una respuesta que se pueda contar.</translation>
    </message>
    <message>
        <source>{question}: numbers hidden (fewer than {limit}, or hidden to protect a number fewer than {limit}).</source>
        <translation>{question}: números ocultos (menos de {limit}, u ocultos para proteger un número menor que {limit}).</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>“{marker}” = a number hidden to protect the {people} interviewed: fewer than {limit}, or hidden so that such a number cannot be worked out.</source>
        <translation>«{marker}» = un número oculto para proteger a las {people} entrevistadas: menos de {limit}, u oculto para que no se pueda calcular un número así.</translation>
    </message>
    <message>
        <source>Small numbers are NOT hidden in this draft.</source>
        <translation>Los números pequeños NO están ocultos en este borrador.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Afirmación</translation>
    </message>
    <message>
        <source>Each statement's answers: the number of {people}, and in brackets the percentage of those who answered the statement. The annex gives each statement's valid percentages too.</source>
        <translation>Respuestas a cada afirmación: el número de {people}, y entre paréntesis el porcentaje de las que respondieron a la afirmación. El anexo da también los porcentajes válidos de cada afirmación.</translation>
    </message>
    <message>
        <source>Answers whose numbers are hidden are not drawn.</source>
        <translation>Las respuestas cuyos números están ocultos no se dibujan.</translation>
    </message>
    <message>
        <source>Statements with a hidden number are not drawn: {statements}.</source>
        <translation>Las afirmaciones con un número oculto no se dibujan: {statements}.</translation>
    </message>
    <message>
        <source>Number of {people} giving each answer</source>
        <translation>Número de {people} que dieron cada respuesta</translation>
    </message>
    <message>
        <source>Number of {people}</source>
        <translation>Número de {people}</translation>
    </message>
    <message>
        <source>Who ticked each answer</source>
        <translation>Quién marcó cada respuesta</translation>
    </message>
    <message>
        <source>% of the {people} who answered</source>
        <translation>% de las {people} que respondieron</translation>
    </message>
    <message>
        <source>Answers in descending order, as many {people} ticked them.</source>
        <translation>Respuestas de la más marcada a la menos marcada, según cuántas {people} las marcaron.</translation>
    </message>
    <message>
        <source>The middle half of the answers</source>
        <translation>La mitad central de las respuestas</translation>
    </message>
    <message>
        <source>The box runs from the lower to the upper quartile (the middle half of the answers), the line across it is the median, and the lines reach {ends}. No chart of how many gave each answer: its bars would show small numbers.</source>
        <translation>La caja va del cuartil inferior al superior (la mitad central de las respuestas), la línea que la cruza es la mediana, y las líneas llegan hasta {ends}. No hay gráfico de cuántas dieron cada respuesta: sus barras mostrarían números pequeños.</translation>
    </message>
    <message>
        <source>the smallest and the largest answer</source>
        <translation>la respuesta más pequeña y la más grande</translation>
    </message>
    <message>
        <source>the 5th and the 95th percentile (see the table)</source>
        <translation>el percentil 5 y el 95 (vea la tabla)</translation>
    </message>
    <message>
        <source>no further: the smallest and largest answers are hidden, as the table says</source>
        <translation>no más allá: la respuesta más pequeña y la más grande están ocultas, como dice la tabla</translation>
    </message>
    <message>
        <source>No chart: the quartiles of these answers are hidden to protect small numbers, and a chart of how many gave each answer would show small numbers.</source>
        <translation>Sin gráfico: los cuartiles de estas respuestas están ocultos para proteger números pequeños, y un gráfico de cuántas dieron cada respuesta mostraría números pequeños.</translation>
    </message>
    <message>
        <source>In their own words</source>
        <translation>Con sus propias palabras</translation>
    </message>
    <message>
        <source>Written answers to “{question}”, coded into themes. For each theme, {count} of the answers given with it, in alphabetical order, without site, date or interviewer.</source>
        <translation>Respuestas escritas a «{question}», codificadas en temas. Para cada tema, {count} de las respuestas que lo tienen, en orden alfabético, sin sitio, fecha ni entrevistador.</translation>
    </message>
    <message>
        <source>No quotes: the number of {people} who gave this theme is hidden in the tables (fewer than {limit}, or hidden to protect such a number), and their words could tell who they are.</source>
        <translation>Sin citas: el número de {people} que dieron este tema está oculto en las tablas (menos de {limit}, u oculto para proteger un número así), y sus palabras podrían decir quiénes son.</translation>
    </message>
    <message>
        <source>Names, phone numbers, e-mail and web addresses, dates and other numbers were taken out of the quotes and show as “[…]”. This is done by simple rules, which can miss a name or a detail that tells who someone is: the group must read every quote before passing the report on.</source>
        <translation>Los nombres, números de teléfono, direcciones de correo y web, fechas y otros números se quitaron de las citas y aparecen como «[…]». Se hace con reglas sencillas, que pueden dejar pasar un nombre o un detalle que diga quién es alguien: el grupo debe leer cada cita antes de pasar el informe.</translation>
    </message>
    <message>
        <source>Quotes from written answers are given only in the report of all interviews, not of a part of them.</source>
        <translation>Las citas de respuestas escritas solo se dan en el informe de todas las entrevistas, no de una parte.</translation>
    </message>
    <message>
        <source>Annex: the results in full</source>
        <translation>Anexo: todos los resultados</translation>
    </message>
    <message>
        <source>Every question with its results in numbers and in percentages, and the answers not available (no answer, or not asked). Under each question, what its percentages are percentages of.</source>
        <translation>Cada pregunta con sus resultados en números y en porcentajes, y las respuestas no disponibles (sin respuesta, o no preguntada). Debajo de cada pregunta, de qué son sus porcentajes.</translation>
    </message>
    <message>
        <source>The number of interviews counted ({subset}) is hidden: it is fewer than {limit}, or hidden so that such a number cannot be worked out.</source>
        <translation>El número de entrevistas contadas ({subset}) está oculto: es menor que {limit}, u oculto para que no se pueda calcular un número así.</translation>
    </message>
    <message>
        <source>people</source>
        <extracomment>What the survey counts, when its questionnaire does not say ("{people}" in the templates).</extracomment>
        <translation>personas</translation>
    </message>
</context>
<context>
    <name>Form files</name>
    <message>
        <source>this file holds no choices: it has a header row and nothing under it. Add a file with a row for each choice.</source>
        <translation>este archivo no contiene opciones: tiene una fila de encabezado y nada debajo. Añada un archivo con una fila para cada opción.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>{answers} answer(s) read: {coded} coded, {not_codable} not codable, {left} left to code.</source>
        <translation>{answers} respuesta(s) leída(s): {coded} codificada(s), {not_codable} imposible(s) de codificar, {left} por codificar.</translation>
    </message>
    <message>
        <source>New themes: {names}.</source>
        <translation>Temas nuevos: {names}.</translation>
    </message>
    <message>
        <source>{count} with version {version}</source>
        <translation>{count} con la versión {version}</translation>
    </message>
    <message>
        <source>{count} number answer(s) written "NA" or "n/a" were read as no answer.</source>
        <translation>{count} respuesta(s) de número escrita(s) «NA» o «n/a» se leyeron como sin respuesta.</translation>
    </message>
    <message>
        <source>The file's version column says how many interviews were made with each version of the questionnaire in the project it came from ({made}). Each is stored as made with this project's version of the same number when that version has the questions the interview was asked, and otherwise with version {number}, this project's newest: here {kept}; answers to questions this project's versions do not have are not imported (the columns left out below).</source>
        <translation>La columna de versión del archivo dice cuántas entrevistas se hicieron con cada versión del cuestionario en el proyecto de origen ({made}). Cada una se guarda con la versión del mismo número de este proyecto cuando esa versión tiene las preguntas que se hicieron, y si no, con la versión {number}, la más nueva de este proyecto: aquí {kept}; las respuestas a preguntas que las versiones de este proyecto no tienen no se importan (las columnas dejadas fuera, abajo).</translation>
    </message>
    <message numerus="yes">
        <source>%n interview imported from {file}.</source>
        <translation><numerusform>%n entrevista importada desde {file}.</numerusform><numerusform>%n entrevistas importadas desde {file}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n interviews imported from {file}.</source>
        <translation><numerusform>%n entrevista importada desde {file}.</numerusform><numerusform>%n entrevistas importadas desde {file}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>nothing was imported, because %n row has problems. Correct it and import the file again, or import only the valid rows.</source>
        <translation><numerusform>no se importó nada, porque %n fila tiene problemas. Corríjala e importe el archivo de nuevo, o importe solo las filas válidas.</numerusform><numerusform>no se importó nada, porque %n filas tienen problemas. Corríjalas e importe el archivo de nuevo, o importe solo las filas válidas.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>nothing was imported, because %n rows have problems. Correct them and import the file again, or import only the valid rows.</source>
        <translation><numerusform>no se importó nada, porque %n fila tiene problemas. Corríjala e importe el archivo de nuevo, o importe solo las filas válidas.</numerusform><numerusform>no se importó nada, porque %n filas tienen problemas. Corríjalas e importe el archivo de nuevo, o importe solo las filas válidas.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>and %n more problem</source>
        <translation><numerusform>y %n problema más</numerusform><numerusform>y %n problemas más</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>and %n more problems</source>
        <translation><numerusform>y %n problema más</numerusform><numerusform>y %n problemas más</numerusform></translation>
    </message>
    <message>
        <source>The file's version column says how many interviews were made with each version of the questionnaire in the project it came from ({made}). Each is stored as made with this project's version of the same number when that version has the questions the interview was asked, and otherwise with version {number}, this project's newest: here {kept}.</source>
        <translation>La columna de versión del archivo dice cuántas entrevistas se hicieron con cada versión del cuestionario en el proyecto de origen ({made}). Cada una se guarda con la versión del mismo número de este proyecto cuando esa versión tiene las preguntas que se hicieron, y si no, con la versión {number}, la más nueva de este proyecto: aquí {kept}.</translation>
    </message>
    <message>
        <source>This project had no interview of this questionnaire and only one version of it, so the file's older versions were added ({numbers}): each is this questionnaire without the questions the file says its interviews did not have, and this questionnaire is now version {number}, as in the file.</source>
        <translation>Este proyecto no tenía ninguna entrevista de este cuestionario y solo una versión de él, así que se añadieron las versiones anteriores del archivo ({numbers}): cada una es este cuestionario sin las preguntas que, según el archivo, sus entrevistas no tenían, y este cuestionario es ahora la versión {number}, como en el archivo.</translation>
    </message>
    <message>
        <source>{count} answer(s) said "not in version": those interviews were made with a version of the questionnaire without those questions, and they stay "not in version" here, so the summaries count them as the project the file came from did.</source>
        <translation>{count} respuesta(s) decían «no está en la versión»: esas entrevistas se hicieron con una versión del cuestionario sin esas preguntas; aquí siguen como «no está en la versión», y los resúmenes las cuentan como el proyecto de origen.</translation>
    </message>
    <message>
        <source>{table} is for the repeat "{repeat}", but it has no column "{column}", which says which interview each of its rows belongs to: its answers were not imported, and how many {repeat} each interview had is not known.</source>
        <translation>{table} es para la repetición «{repeat}», pero no tiene la columna «{column}», que dice a qué entrevista pertenece cada una de sus filas: sus respuestas no se importaron y no se sabe cuántos {repeat} tuvo cada entrevista.</translation>
    </message>
    <message>
        <source>{table} is for the repeat "{repeat}", which sits inside the repeat "{outer}", whose table has no column "{column}": its answers were not imported either, and how many {repeat} each instance of {outer} had is not known.</source>
        <translation>{table} es para la repetición «{repeat}», que está dentro de la repetición «{outer}», cuya tabla no tiene la columna «{column}»: sus respuestas tampoco se importaron y no se sabe cuántos {repeat} tuvo cada repetición de {outer}.</translation>
    </message>
    <message>
        <source>In {count} place(s) a question gives a repeat's number of instances, but the repeat's own table has fewer rows for the interview. The rows were imported as they are, as the instances: none was made up. The question keeps the number it says.</source>
        <translation>En {count} lugar(es) una pregunta da el número de veces que se hace una repetición, pero la tabla de la repetición tiene menos filas para la entrevista. Las filas se importaron tal como están: no se inventó ninguna. La pregunta conserva el número que dice.</translation>
    </message>
    <message>
        <source>  ... and {count} more</source>
        <translation>  ... y {count} más</translation>
    </message>
    <message>
        <source>{count} were already in the project and were skipped.</source>
        <translation>{count} ya estaban en el proyecto y se saltaron.</translation>
    </message>
    <message numerus="yes">
        <source>%n row was not imported; see {file}.</source>
        <translation><numerusform>%n fila no se importó; vea {file}.</numerusform><numerusform>%n filas no se importaron; vea {file}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n rows were not imported; see {file}.</source>
        <translation><numerusform>%n fila no se importó; vea {file}.</numerusform><numerusform>%n filas no se importaron; vea {file}.</numerusform></translation>
    </message>
    <message>
        <source>Columns left out: {names}.</source>
        <translation>Columnas que se dejan fuera: {names}.</translation>
    </message>
    <message>
        <source>Left out, because the questionnaire has no repeat they are for: {names}.</source>
        <translation>Se dejaron fuera porque el cuestionario no tiene la repetición a la que corresponden: {names}.</translation>
    </message>
    <message>
        <source>The file gives the repeat "{repeat}" in columns of their own for each of its instances, which DuoDesk does not read: its answers were not imported, and how many {repeat} each interview had is not known.</source>
        <translation>El archivo da la repetición «{repeat}» en columnas propias para cada uno de sus elementos, que DuoDesk no lee: sus respuestas no se importaron, y no se sabe cuántos elementos de «{repeat}» tuvo cada entrevista.</translation>
    </message>
    <message>
        <source>The file has no sheet for the repeat "{repeat}": its answers were not imported, and how many {repeat} each interview had is not known.</source>
        <translation>El archivo no tiene una hoja para la repetición «{repeat}»: sus respuestas no se importaron, y no se sabe cuántos elementos de «{repeat}» tuvo cada entrevista.</translation>
    </message>
    <message>
        <source>The zip file has no CSV file for the repeat "{repeat}": its answers were not imported, and how many {repeat} each interview had is not known.</source>
        <translation>El archivo zip no tiene un archivo CSV para la repetición «{repeat}»: sus respuestas no se importaron, y no se sabe cuántos elementos de «{repeat}» tuvo cada entrevista.</translation>
    </message>
    <message>
        <source>The file has one row per interview, and there is no file {file} beside it for the repeat "{repeat}": its answers were not imported, and how many {repeat} each interview had is not known.</source>
        <translation>El archivo tiene una fila por entrevista, y no hay ningún archivo {file} a su lado para la repetición «{repeat}»: sus respuestas no se importaron, y no se sabe cuántos elementos de «{repeat}» tuvo cada entrevista.</translation>
    </message>
    <message>
        <source>{count} answer(s) were the words "not asked" or "not in version" in a question that was asked. One of that question's answers has those words as its label, so they were read as that answer.</source>
        <translation>{count} respuesta(s) eran las palabras "not asked" o "not in version" en una pregunta que sí se hizo. Una de las respuestas de esa pregunta tiene esas palabras como etiqueta, así que se leyeron como esa respuesta.</translation>
    </message>
    <message>
        <source>The file has no column for these questions: {names}. It does not say what was answered to them, so nothing was stored for them: the summaries do not count them as "No answer", but as not in the version of the questionnaire the interviews were made with.</source>
        <translation>El archivo no tiene columna para estas preguntas: {names}. No dice qué se respondió, así que no se guardó nada para ellas: los resúmenes no las cuentan como «Sin respuesta», sino como fuera de la versión del cuestionario con la que se hicieron las entrevistas.</translation>
    </message>
    <message>
        <source>this column holds the labels of the answers, and "{value}" is the label of more than one answer, so DuoDesk cannot tell which answer was meant. Nothing was imported. Export the interviews again with codes instead of labels ("Codes" in the export window, --codes on the command line), and import that file.</source>
        <translation>esta columna tiene las etiquetas de las respuestas, y «{value}» es la etiqueta de más de una respuesta, así que DuoDesk no puede saber qué respuesta se quiso dar. No se importó nada. Exporte de nuevo las entrevistas con códigos en lugar de etiquetas («Códigos» en la ventana de exportación, --codes en la línea de comandos) e importe ese archivo.</translation>
    </message>
    <message>
        <source>each answer in this column is both the code of an answer and the label of an answer, and "{value}" is the code of one answer but the label of another, so DuoDesk cannot tell which answer was meant. Nothing was imported. Export the interviews again with codes instead of labels ("Codes" in the export window, --codes on the command line), and import that file.</source>
        <translation>cada respuesta de esta columna es a la vez el código de una respuesta y la etiqueta de una respuesta, y «{value}» es el código de una respuesta pero la etiqueta de otra, así que DuoDesk no puede saber qué respuesta se quiso dar. No se importó nada. Exporte de nuevo las entrevistas con códigos en lugar de etiquetas («Códigos» en la ventana de exportación, --codes en la línea de comandos) e importe ese archivo.</translation>
    </message>
    <message>
        <source>{place} says {said} for "{question}", the number of times the repeat "{repeat}" is asked, but {table} has {given} row(s) for this interview. Correct the number or remove the extra rows.</source>
        <translation>{place} dice {said} para «{question}», el número de veces que se hace la repetición «{repeat}», pero {table} tiene {given} fila(s) para esta entrevista. Corrija el número o quite las filas de más.</translation>
    </message>
    <message>
        <source>{place}: "{question}" says {said}, the number of times the repeat "{repeat}" is asked, but {table} has {given} row(s) for this interview.</source>
        <translation>{place}: «{question}» dice {said}, el número de veces que se hace la repetición «{repeat}», pero {table} tiene {given} fila(s) para esta entrevista.</translation>
    </message>
</context>
<context>
    <name>Log</name>
    <message>
        <source>The details are in DuoDesk's log: {file}</source>
        <translation>Los detalles están en el registro de DuoDesk: {file}</translation>
    </message>
</context>
<context>
    <name>Paper form</name>
    <message>
        <source>Ask only if {condition}.</source>
        <translation>Preguntar solo si {condition}.</translation>
    </message>
    <message>
        <source>“{table}” row no.</source>
        <translation>N.º de fila de «{table}»</translation>
    </message>
    <message>
        <source>Fill one row for each one, for every row of the “{table}” table, and on each line write the number of the “{table}” row it belongs to.</source>
        <translation>Rellene una fila para cada uno, para cada fila de la tabla «{table}», y en cada línea escriba el número de la fila de «{table}» a la que pertenece.</translation>
    </message>
    <message>
        <source>{count} rows for each of its rows.</source>
        <translation>{count} filas para cada una de sus filas.</translation>
    </message>
    <message>
        <source>As many rows as the answer to {where} on that row.</source>
        <translation>Tantas filas como la respuesta a {where} en esa fila.</translation>
    </message>
    <message>
        <source>If there are more than {rows}, go on on the back of the page.</source>
        <translation>Si hay más de {rows}, siga en el reverso de la página.</translation>
    </message>
    <message>
        <source>For each one</source>
        <translation>Para cada uno</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>De acuerdo</translation>
    </message>
    <message>
        <source>(part {number} of {parts}: the same rows)</source>
        <translation>(parte {number} de {parts}: las mismas filas)</translation>
    </message>
    <message>
        <source>Fill one row for each one: {count} in all.</source>
        <translation>Rellene una fila para cada uno: {count} en total.</translation>
    </message>
    <message>
        <source>Fill one row for each one: as many rows as the answer to {where}.</source>
        <translation>Rellene una fila para cada uno: tantas filas como la respuesta a {where}.</translation>
    </message>
    <message>
        <source>Fill one row for each one.</source>
        <translation>Rellene una fila para cada uno.</translation>
    </message>
    <message>
        <source>Only {rows} rows are printed: add more rows on another sheet, numbered from {next} on.</source>
        <translation>Solo se imprimen {rows} filas: añada más filas en otra hoja, numeradas a partir de la {next}.</translation>
    </message>
    <message>
        <source>question {number}</source>
        <translation>la pregunta {number}</translation>
    </message>
    <message>
        <source>[answer to question {number}]</source>
        <translation>[respuesta a la pregunta {number}]</translation>
    </message>
    <message>
        <source>{value} is ticked at {where}</source>
        <translation>{value} está marcada en {where}</translation>
    </message>
    <message>
        <source>{value} is not ticked at {where}</source>
        <translation>{value} no está marcada en {where}</translation>
    </message>
    <message>
        <source>the answer to {where} is {value}</source>
        <translation>la respuesta a {where} es {value}</translation>
    </message>
    <message>
        <source>the answer to {where} is not {value}</source>
        <translation>la respuesta a {where} no es {value}</translation>
    </message>
    <message>
        <source>the answer to {where} {operator} {value}</source>
        <translation>la respuesta a {where} {operator} {value}</translation>
    </message>
    <message>
        <source>this rule is true: {rule}</source>
        <translation>esta regla se cumple: {rule}</translation>
    </message>
    <message>
        <source>go to question {number}</source>
        <translation>pase a la pregunta {number}</translation>
    </message>
    <message>
        <source>go to the end</source>
        <translation>pase al final</translation>
    </message>
    <message>
        <source>If {answers} is not ticked, {target}.</source>
        <translation>Si {answers} no está marcada, {target}.</translation>
    </message>
    <message>
        <source>If {answers}, {target}.</source>
        <translation>Si {answers}, {target}.</translation>
    </message>
    <message>
        <source>{first} or {last}</source>
        <translation>{first} o {last}</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} y {last}</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>A passphrase cannot contain a NUL character.</source>
        <translation>Una frase de contraseña no puede tener un carácter NUL.</translation>
    </message>
    <message>
        <source>A passphrase needs at least {count} characters.</source>
        <translation>Una frase de contraseña necesita al menos {count} caracteres.</translation>
    </message>
    <message>
        <source>A passphrase cannot have the form x'...': that is how raw keys are written.</source>
        <translation>Una frase de contraseña no puede tener la forma x'...': así se escriben las claves en bruto.</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>That name is not on this project's list of people.</source>
        <translation>Ese nombre no está en la lista de personas de este proyecto.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries: {name} can try again in %n minute, or a coordinator can give a new PIN.</source>
        <translation><numerusform>Demasiados intentos equivocados: {name} puede volver a intentarlo en %n minuto, o un coordinador puede dar un PIN nuevo.</numerusform><numerusform>Demasiados intentos equivocados: {name} puede volver a intentarlo en %n minutos, o un coordinador puede dar un PIN nuevo.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries: {name} can try again in %n minutes, or a coordinator can give a new PIN.</source>
        <translation><numerusform>Demasiados intentos equivocados: {name} puede volver a intentarlo en %n minuto, o un coordinador puede dar un PIN nuevo.</numerusform><numerusform>Demasiados intentos equivocados: {name} puede volver a intentarlo en %n minutos, o un coordinador puede dar un PIN nuevo.</numerusform></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>password</source>
        <translation>contraseña</translation>
    </message>
    <message>
        <source>That {word} is not right. After {tries} wrong tries {name} cannot sign in for {minutes} minutes.</source>
        <translation>Ese {word} no es correcto. Después de {tries} intentos equivocados, {name} no puede entrar durante {minutes} minutos.</translation>
    </message>
    <message numerus="yes">
        <source>That {word} is not right. %n more wrong try and {name} cannot sign in for {minutes} minutes.</source>
        <translation><numerusform>Ese {word} no es correcto. %n intento equivocado más y {name} no podrá entrar durante {minutes} minutos.</numerusform><numerusform>Ese {word} no es correcto. %n intentos equivocados más y {name} no podrá entrar durante {minutes} minutos.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>That {word} is not right. %n more wrong tries and {name} cannot sign in for {minutes} minutes.</source>
        <translation><numerusform>Ese {word} no es correcto. %n intento equivocado más y {name} no podrá entrar durante {minutes} minutos.</numerusform><numerusform>Ese {word} no es correcto. %n intentos equivocados más y {name} no podrá entrar durante {minutes} minutos.</numerusform></translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>{kind} "{name}"</source>
        <translation>{kind} «{name}»</translation>
    </message>
    <message>
        <source>The form</source>
        <translation>El formulario</translation>
    </message>
    <message>
        <source>(survey row {row})</source>
        <translation>(fila {row} de survey)</translation>
    </message>
    <message>
        <source>at position {position}</source>
        <translation>en la posición {position}</translation>
    </message>
    <message>
        <source>Question</source>
        <extracomment>What a problem's ``kind`` is called at the start of its sentence.</extracomment>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repetición</translation>
    </message>
    <message>
        <source>Choice list</source>
        <translation>Lista de opciones</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>The questionnaire has 1 problem:</source>
        <translation>El cuestionario tiene 1 problema:</translation>
    </message>
    <message numerus="yes">
        <source>The questionnaire has %n problems:</source>
        <translation><numerusform>El cuestionario tiene %n problema:</numerusform><numerusform>El cuestionario tiene %n problemas:</numerusform></translation>
    </message>
    <message>
        <source>(first at survey row {row})</source>
        <translation>(la primera vez en la fila {row} de survey)</translation>
    </message>
    <message>
        <source>The name "{name}" is used more than once{where}</source>
        <translation>El nombre «{name}» se usa más de una vez{where}</translation>
    </message>
    <message>
        <source>These depend on each other in a circle, so none can be worked out: {route}</source>
        <translation>Estos elementos dependen unos de otros en círculo, así que ninguno se puede calcular: {route}</translation>
    </message>
    <message>
        <source>The participant code uses "{name}", which is not a question in this form</source>
        <translation>El código de participante usa «{name}», que no es una pregunta de este formulario</translation>
    </message>
    <message>
        <source>The participant code uses "{name}", which is asked once per instance of a repeat; use questions asked once per person</source>
        <translation>El código de participante usa «{name}», que se pregunta una vez por cada repetición; use preguntas que se hacen una vez por persona</translation>
    </message>
    <message>
        <source>A name can only have letters, digits, "_", "-" and "." and must start with a letter or "_"</source>
        <translation>Un nombre solo puede tener letras, cifras, «_», «-» y «.» y debe empezar por una letra o «_»</translation>
    </message>
    <message>
        <source>A question has no name</source>
        <translation>Una pregunta no tiene nombre</translation>
    </message>
    <message>
        <source>A group has no name</source>
        <translation>Un grupo no tiene nombre</translation>
    </message>
    <message>
        <source>A repeat has no name</source>
        <translation>Una repetición no tiene nombre</translation>
    </message>
    <message>
        <source>A {type} question needs a choice list, as in "select_one yn"</source>
        <translation>Una pregunta {type} necesita una lista de opciones, como en «select_one yn»</translation>
    </message>
    <message>
        <source>The choice list "{name}" is not on the choices sheet</source>
        <translation>La lista de opciones «{name}» no está en la hoja choices</translation>
    </message>
    <message>
        <source>A calculate question needs a calculation</source>
        <translation>Una pregunta calculate necesita un cálculo</translation>
    </message>
    <message>
        <source>The range cannot be used: {reason}</source>
        <translation>No se puede usar el rango: {reason}</translation>
    </message>
    <message>
        <source>The default is not a valid answer: {reason}</source>
        <translation>El valor por defecto no es una respuesta válida: {reason}</translation>
    </message>
    <message>
        <source>{reference} is a group; refer to a question inside it</source>
        <translation>{reference} es un grupo; refiérase a una pregunta de su interior</translation>
    </message>
    <message>
        <source>There is no question called "{name}"; did you mean {near}?</source>
        <translation>No hay ninguna pregunta llamada «{name}»; ¿quería decir {near}?</translation>
    </message>
    <message>
        <source>There is no question called "{name}"</source>
        <translation>No hay ninguna pregunta llamada «{name}»</translation>
    </message>
    <message>
        <source>instance('{name}') names no choice list of this form</source>
        <translation>instance('{name}') no nombra ninguna lista de opciones de este formulario</translation>
    </message>
    <message>
        <source>pulldata() reads {value}, which this questionnaire lacks</source>
        <translation>pulldata() lee {value}, que falta en este cuestionario</translation>
    </message>
    <message>
        <source>A choice has no name</source>
        <translation>Una opción no tiene nombre</translation>
    </message>
    <message>
        <source>The choice "{name}" appears more than once</source>
        <translation>La opción «{name}» aparece más de una vez</translation>
    </message>
    <message>
        <source>The choice "{name}" has a space in its name, which cannot be stored</source>
        <translation>La opción «{name}» tiene un espacio en su nombre, que no se puede guardar</translation>
    </message>
    <message>
        <source>to check for no answer, write ${q} = ''</source>
        <translation>para comprobar que no hay respuesta, escriba ${q} = ''</translation>
    </message>
    <message>
        <source>did you mean {name}()?</source>
        <translation>¿quiso decir {name}()?</translation>
    </message>
    <message>
        <source>did you mean '{name}' (a text) or ${{{name}}}?</source>
        <translation>¿quiso decir '{name}' (un texto) o ${{{name}}}?</translation>
    </message>
    <message>
        <source>{item}{row}, column "{column}": the word "{name}" on its own names nothing, so it is empty here (as in ODK Collect); {hint}</source>
        <translation>{item}{row}, columna «{column}»: la palabra «{name}» sola no nombra nada, así que aquí está vacía (como en ODK Collect); {hint}</translation>
    </message>
    <message>
        <source>The calculation of {item}{row} uses {names}, which only that program works out; DuoDesk leaves this calculation empty</source>
        <translation>El cálculo de {item}{row} usa {names}, que solo ese programa calcula; DuoDesk deja este cálculo vacío</translation>
    </message>
    <message>
        <source>{item}{row}, column "{column}", uses ${{last-saved#{value}}}: DuoDesk does not fill answers from the last saved interview, so it is always empty here</source>
        <translation>{item}{row}, columna «{column}», usa ${{last-saved#{value}}}: DuoDesk no rellena respuestas a partir de la última entrevista guardada, así que aquí siempre está vacío</translation>
    </message>
    <message>
        <source>The default of {question}, "{default}", is not one of its answer options, so nothing is selected at the start; change the default or leave it empty</source>
        <translation>El valor por defecto de {question}, «{default}», no es una de sus opciones de respuesta, así que al principio no se elige nada; cambie el valor por defecto o déjelo vacío</translation>
    </message>
    <message>
        <source>Question {question} has no answers to choose from; add its answer options</source>
        <translation>La pregunta {question} no tiene respuestas para elegir; añada sus opciones de respuesta</translation>
    </message>
    <message>
        <source>The choice filter of {question} uses "{name}", but the choices of "{name2}" have no such column, so it is always empty; check its spelling</source>
        <translation>El filtro de opciones de {question} usa «{name}», pero las opciones de «{name2}» no tienen esa columna, así que siempre está vacío; revise cómo está escrito</translation>
    </message>
    <message>
        <source>itself</source>
        <translation>sí misma</translation>
    </message>
    <message>
        <source>"{name}", which comes later</source>
        <translation>«{name}», que viene después</translation>
    </message>
    <message>
        <source>{item} is asked depending on the answer to {where}: at that point there is no answer yet. Move it after "{name}" or change its condition</source>
        <translation>{item} se pregunta según la respuesta a {where}: en ese momento todavía no hay respuesta. Póngala después de «{name}» o cambie su condición</translation>
    </message>
    <message>
        <source>{item} can never be asked: {reason}</source>
        <translation>{item} nunca se puede preguntar: {reason}</translation>
    </message>
    <message>
        <source>its condition is always false</source>
        <translation>su condición siempre es falsa</translation>
    </message>
    <message>
        <source>it depends on "{name}", which is never asked</source>
        <translation>depende de «{name}», que nunca se pregunta</translation>
    </message>
    <message>
        <source>it needs "{name}" to be "{value}", which is not one of its answer options</source>
        <translation>necesita que «{name}» sea «{value}», que no es una de sus opciones de respuesta</translation>
    </message>
    <message>
        <source>it needs "{name}" to be both "{first}" and "{second}"</source>
        <translation>necesita que «{name}» sea a la vez «{first}» y «{second}»</translation>
    </message>
    <message>
        <source>The grid {group} mixes answer scales ({names}): all its statements should be answered on the same scale</source>
        <translation>La cuadrícula {group} mezcla escalas de respuesta ({names}): todas sus afirmaciones deberían responderse con la misma escala</translation>
    </message>
    <message>
        <source>The grid {group} holds something that is not a one-answer statement ("{name}")</source>
        <translation>La cuadrícula {group} tiene algo que no es una afirmación de una sola respuesta («{name}»)</translation>
    </message>
    <message>
        <source>OpenStreetMap questions need the OpenMapKit app on a phone; DuoDesk cannot ask them (remove the row, or ask for a written answer instead)</source>
        <extracomment>Why a question type is refused, said with ``translate("Questionnaire", ...)`` where used.</extracomment>
        <translation>Las preguntas de OpenStreetMap necesitan la aplicación OpenMapKit en un teléfono; DuoDesk no puede hacerlas (quite la fila, o pida en su lugar una respuesta escrita)</translation>
    </message>
    <message>
        <source>DuoDesk reads one questionnaire file at a time; copy the rows of the included form into this one</source>
        <translation>DuoDesk lee un solo archivo de cuestionario a la vez; copie las filas del formulario incluido en este</translation>
    </message>
    <message>
        <source>DuoDesk cannot ask rank questions yet; ask the first, second and third choice as separate select_one questions instead</source>
        <translation>DuoDesk aún no puede hacer preguntas de orden; pregunte en su lugar la primera, segunda y tercera opción como preguntas select_one separadas</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation><numerusform>... y %n más</numerusform><numerusform>... y %n más</numerusform></translation>
    </message>
    <message>
        <source>this is not a questionnaire DuoDesk can use:</source>
        <translation>no es un cuestionario que DuoDesk pueda usar:</translation>
    </message>
    <message>
        <source>the sheet is empty. It should hold the questions: a header row (type, name, label), then one question a row.</source>
        <translation>la hoja está vacía. Debe contener las preguntas: una fila de encabezado (type, name, label) y luego una pregunta por fila.</translation>
    </message>
    <message>
        <source>there is no sheet named "{sheet}"</source>
        <translation>no hay ninguna hoja llamada «{sheet}»</translation>
    </message>
    <message>
        <source>sheet "{sheet}" has its header row ({header}) but nothing under it: write the questions under the header, one a row.</source>
        <translation>la hoja «{sheet}» tiene su fila de encabezado ({header}) pero nada debajo: escriba las preguntas bajo el encabezado, una por fila.</translation>
    </message>
    <message>
        <source>sheet "{sheet}" has groups but no questions in them.</source>
        <translation>la hoja «{sheet}» tiene grupos pero ninguna pregunta dentro.</translation>
    </message>
    <message>
        <source>sheet "settings", column "participant_code": there is no question called "{name}"</source>
        <translation>hoja «settings», columna «participant_code»: no hay ninguna pregunta llamada «{name}»</translation>
    </message>
    <message>
        <source>sheet "{sheet}": there are two columns called "{cleaned}" (columns {value} and {index}); keep one</source>
        <translation>hoja «{sheet}»: hay dos columnas llamadas «{cleaned}» (columnas {value} y {index}); deje una</translation>
    </message>
    <message>
        <source>{where}: "{value}" should be yes or empty</source>
        <translation>{where}: «{value}» debería ser yes o estar vacío</translation>
    </message>
    <message>
        <source>{where}: a choice of list "{list_name}" has no name</source>
        <translation>{where}: una opción de la lista «{list_name}» no tiene nombre</translation>
    </message>
    <message>
        <source>{where}: list "{list_name}" already has a choice "{name}" (row {value})</source>
        <translation>{where}: la lista «{list_name}» ya tiene una opción «{name}» (fila {value})</translation>
    </message>
    <message>
        <source>{where}: the list "{value}" is not on the "choices" sheet</source>
        <translation>{where}: la lista «{value}» no está en la hoja «choices»</translation>
    </message>
    <message>
        <source>{where}: "{raw}": {value}</source>
        <translation>{where}: «{raw}»: {value}</translation>
    </message>
    <message>
        <source>{where}: "{raw}" is not a question type DuoDesk knows</source>
        <translation>{where}: «{raw}» no es un tipo de pregunta que DuoDesk conozca</translation>
    </message>
    <message>
        <source>{where}: "{raw}" should name exactly one choice list</source>
        <translation>{where}: «{raw}» debería nombrar exactamente una lista de opciones</translation>
    </message>
    <message>
        <source>{where}: "or_other" cannot be used with a choice_filter (pyxform refuses it too); add an "other" choice to the list instead</source>
        <translation>{where}: «or_other» no se puede usar con un choice_filter (pyxform también lo rechaza); añada una opción «other» a la lista</translation>
    </message>
    <message>
        <source>sheet "{sheet}": there is no "type" column</source>
        <translation>hoja «{sheet}»: no hay ninguna columna «type»</translation>
    </message>
    <message>
        <source>{where}: "{value}" has no type</source>
        <translation>{where}: «{value}» no tiene tipo</translation>
    </message>
    <message>
        <source>{where}: {marker} without a {opener}</source>
        <translation>{where}: {marker} sin {opener}</translation>
    </message>
    <message>
        <source>{where}: a "{raw_type}" row has no name</source>
        <translation>{where}: una fila «{raw_type}» no tiene nombre</translation>
    </message>
    <message>
        <source>{where}: "{name}" is not a valid name (use letters, digits and underscores, starting with a letter, at most 64 characters)</source>
        <translation>{where}: «{name}» no es un nombre válido (use letras, cifras y guiones bajos, empezando por una letra, como mucho 64 caracteres)</translation>
    </message>
    <message>
        <source>in the same group </source>
        <translation>en el mismo grupo </translation>
    </message>
    <message>
        <source>{where}: "{name}" is already used {where2}on row {value}</source>
        <translation>{where}: «{name}» ya se usa {where2}en la fila {value}</translation>
    </message>
    <message>
        <source>{where}: the calculation "{name}" is empty</source>
        <translation>{where}: el cálculo «{name}» está vacío</translation>
    </message>
    <message>
        <source>{where}: "or_other" adds a question "{other_name}", but that name is already used on row {value}</source>
        <translation>{where}: «or_other» añade una pregunta «{other_name}», pero ese nombre ya se usa en la fila {value}</translation>
    </message>
    <message>
        <source>{where}: the {what} "{value}" is never ended</source>
        <translation>{where}: el {what} «{value}» nunca se termina</translation>
    </message>
    <message>
        <source>sheet "survey", row {row}, column "name": "{name}" is used in several groups, and its group path {path} is longer than 64 characters; give it a name of its own</source>
        <translation>hoja «survey», fila {row}, columna «name»: «{name}» se usa en varios grupos, y su ruta de grupo {path} tiene más de 64 caracteres; dele un nombre propio</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>sheet "survey", row {row}, column "{column}": ${{{name}}} could mean any of the questions called "{name}" (rows {rows}); give them different names</source>
        <translation>hoja «survey», fila {row}, columna «{column}»: ${{{name}}} podría ser cualquiera de las preguntas llamadas «{name}» (filas {rows}); deles nombres distintos</translation>
    </message>
    <message>
        <source> (it reads the "inputs" the Community Health Toolkit app fills in; such forms belong to that program, and neither DuoDesk nor ODK Collect can fill them)</source>
        <translation> (lee los «inputs» que rellena la aplicación Community Health Toolkit; esos formularios son de ese programa, y ni DuoDesk ni ODK Collect pueden rellenarlos)</translation>
    </message>
    <message>
        <source>sheet "survey", row {row}, column "{column}": "{written}" names no question of this form{cht}</source>
        <translation>hoja «survey», fila {row}, columna «{column}»: «{written}» no nombra ninguna pregunta de este formulario{cht}</translation>
    </message>
    <message>
        <source>{where}: the loop makes a group for each choice of "{name}", but "{name2}" cannot name a group</source>
        <translation>{where}: el bucle crea un grupo por cada opción de «{name}», pero «{name2}» no puede nombrar un grupo</translation>
    </message>
</context>
<context>
    <name>Quotes</name>
    <message>
        <source>[…]</source>
        <translation>[…]</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <source>less than {number}</source>
        <translation>menos de {number}</translation>
    </message>
    <message>
        <source>{number} or more</source>
        <translation>{number} o más</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} a {high}</translation>
    </message>
    <message>
        <source>more than {low} to {high}</source>
        <translation>más de {low} a {high}</translation>
    </message>
    <message>
        <source>more than {number}</source>
        <translation>más de {number}</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personas</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>Número de personas</translation>
    </message>
    <message>
        <source>Number of {things}</source>
        <translation>Número de {things}</translation>
    </message>
    <message>
        <source>interviews</source>
        <translation>entrevistas</translation>
    </message>
    <message>
        <source>Counted over {count} {things} named by {people} person</source>
        <translation>Contado sobre {count} {things} nombrados por {people} persona</translation>
    </message>
    <message>
        <source>Counted over {count} {things} named by {people} people</source>
        <translation>Contado sobre {count} {things} nombrados por {people} personas</translation>
    </message>
    <message>
        <source>{answered} of the {asked} {unit} asked about answered</source>
        <translation>{answered} de los {asked} {unit} preguntados respondieron</translation>
    </message>
    <message>
        <source>1 person was asked and answered</source>
        <translation>Se preguntó a 1 persona y respondió</translation>
    </message>
    <message>
        <source>1 person was asked</source>
        <translation>Se preguntó a 1 persona</translation>
    </message>
    <message>
        <source>{answered} of the {asked} people asked answered</source>
        <translation>{answered} de las {asked} personas preguntadas respondieron</translation>
    </message>
    <message numerus="yes">
        <source>%n gave no answer</source>
        <translation><numerusform>%n no respondió</numerusform><numerusform>%n no respondieron</numerusform></translation>
    </message>
    <message>
        <source>{count} was not asked (skipped)</source>
        <translation>{count} no fue preguntada (saltada)</translation>
    </message>
    <message>
        <source>{count} were not asked (skipped)</source>
        <translation>{count} no fueron preguntadas (saltadas)</translation>
    </message>
    <message>
        <source>{count} had a version of the questionnaire without this question</source>
        <translation>{count} tenían una versión del cuestionario sin esta pregunta</translation>
    </message>
    <message>
        <source>{count} came from an imported file that had no column for this question</source>
        <translation>{count} venían de un archivo importado que no tenía columna para esta pregunta</translation>
    </message>
    <message>
        <source>{count} answered {codes}, which is left out of valid percent</source>
        <translation>{count} respondieron {codes}, que no cuenta en el porcentaje válido</translation>
    </message>
    <message>
        <source>{left} or {right}</source>
        <translation>{left} o {right}</translation>
    </message>
    <message numerus="yes">
        <source>“% of people” is out of the {answered} who ticked at least one answer (including {only} who ticked only {codes}); “% of all answers ticked” is out of the %n answer ticked</source>
        <translation><numerusform>«% de personas» se calcula sobre las {answered} que marcaron al menos una respuesta (incluidas {only} que solo marcaron {codes}); «% de todas las respuestas marcadas» se calcula sobre %n respuesta marcada</numerusform><numerusform>«% de personas» se calcula sobre las {answered} que marcaron al menos una respuesta (incluidas {only} que solo marcaron {codes}); «% de todas las respuestas marcadas» se calcula sobre las %n respuestas marcadas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>“% of people” is out of the {answered} who ticked at least one answer (including {only} who ticked only {codes}); “% of all answers ticked” is out of the %n answers ticked</source>
        <translation><numerusform>«% de personas» se calcula sobre las {answered} que marcaron al menos una respuesta (incluidas {only} que solo marcaron {codes}); «% de todas las respuestas marcadas» se calcula sobre %n respuesta marcada</numerusform><numerusform>«% de personas» se calcula sobre las {answered} que marcaron al menos una respuesta (incluidas {only} que solo marcaron {codes}); «% de todas las respuestas marcadas» se calcula sobre las %n respuestas marcadas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>“% of people” is out of the {answered} who ticked at least one answer; “% of all answers ticked” is out of the %n answer ticked</source>
        <translation><numerusform>«% de personas» se calcula sobre las {answered} que marcaron al menos una respuesta; «% de todas las respuestas marcadas» se calcula sobre %n respuesta marcada</numerusform><numerusform>«% de personas» se calcula sobre las {answered} que marcaron al menos una respuesta; «% de todas las respuestas marcadas» se calcula sobre las %n respuestas marcadas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>“% of people” is out of the {answered} who ticked at least one answer; “% of all answers ticked” is out of the %n answers ticked</source>
        <translation><numerusform>«% de personas» se calcula sobre las {answered} que marcaron al menos una respuesta; «% de todas las respuestas marcadas» se calcula sobre %n respuesta marcada</numerusform><numerusform>«% de personas» se calcula sobre las {answered} que marcaron al menos una respuesta; «% de todas las respuestas marcadas» se calcula sobre las %n respuestas marcadas</numerusform></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Coordinator</source>
        <translation>Coordinador</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Entrevistador</translation>
    </message>
    <message>
        <source>enter interviews</source>
        <translation>registrar entrevistas</translation>
    </message>
    <message>
        <source>see every interviewer's interviews</source>
        <translation>ver las entrevistas de cada entrevistador</translation>
    </message>
    <message>
        <source>see the results</source>
        <translation>ver los resultados</translation>
    </message>
    <message>
        <source>export</source>
        <translation>exportar</translation>
    </message>
    <message>
        <source>change the questionnaires</source>
        <translation>cambiar los cuestionarios</translation>
    </message>
    <message>
        <source>delete, restore or remove interviews for good</source>
        <translation>borrar, restaurar o eliminar para siempre entrevistas</translation>
    </message>
    <message>
        <source>send or add team transfer files</source>
        <translation>enviar o añadir archivos de transferencia del equipo</translation>
    </message>
    <message>
        <source>import interviews from a data file</source>
        <translation>importar entrevistas desde un archivo de datos</translation>
    </message>
    <message>
        <source>change the passphrase, restore backups and read the audit trail</source>
        <translation>cambiar la frase de contraseña, restaurar copias de seguridad y leer el registro de auditoría</translation>
    </message>
    <message>
        <source>manage the people and their roles</source>
        <translation>gestionar las personas y sus funciones</translation>
    </message>
    <message>
        <source>Only a coordinator can {what}. Ask your coordinator.</source>
        <translation>Solo un coordinador puede {what}. Pídaselo a su coordinador.</translation>
    </message>
</context>
<context>
    <name>SPSS</name>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Not asked (skipped)</source>
        <translation>No preguntada (saltada)</translation>
    </message>
    <message>
        <source>Not in this version</source>
        <translation>No está en esta versión</translation>
    </message>
    <message>
        <source>No answer, Not asked (skipped) and Not in this version are coded {no_answer}, {not_asked} and {not_in_version} here, as choices named {names} keep their numbers</source>
        <translation>Sin respuesta, No preguntada (saltada) y No está en esta versión se codifican aquí {no_answer}, {not_asked} y {not_in_version}, porque las opciones llamadas {names} conservan su número</translation>
    </message>
    <message>
        <source>missing codes {codes} are not declared missing: SPSS cannot declare them beside the others without also declaring a real answer</source>
        <translation>los códigos de falta {codes} no se declaran como valores perdidos: SPSS no puede declararlos junto a los demás sin declarar también una respuesta real</translation>
    </message>
    <message>
        <source>named “{column}” in the CSV file and the workbook (SPSS needed another name)</source>
        <translation>llamada «{column}» en el archivo CSV y el libro (SPSS necesitaba otro nombre)</translation>
    </message>
    <message>
        <source>Not ticked</source>
        <translation>No marcada</translation>
    </message>
    <message>
        <source>Ticked</source>
        <translation>Marcada</translation>
    </message>
    <message>
        <source>written as text: {count} answer(s) such as {first} have more digits than an SPSS number holds exactly</source>
        <translation>escrito como texto: {count} respuesta(s) como {first} tienen más cifras de las que un número de SPSS guarda con exactitud</translation>
    </message>
    <message>
        <source>Interview number</source>
        <translation>Número de la entrevista</translation>
    </message>
    <message>
        <source>Which {unit} of the interview</source>
        <translation>Qué {unit} de la entrevista</translation>
    </message>
    <message>
        <source>The instance it is inside (if any)</source>
        <translation>La repetición en la que está (si la hay)</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Label (in full)</source>
        <translation>Etiqueta (completa)</translation>
    </message>
    <message>
        <source>Values (code = label, in full)</source>
        <translation>Valores (código = etiqueta, completa)</translation>
    </message>
    <message>
        <source>Declared missing</source>
        <translation>Declarados faltantes</translation>
    </message>
    <message>
        <source>Cut or changed in the .sav file</source>
        <translation>Cortado o cambiado en el archivo .sav</translation>
    </message>
    <message>
        <source>variable label</source>
        <translation>etiqueta de variable</translation>
    </message>
    <message>
        <source>value label {code}</source>
        <translation>etiqueta de valor {code}</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} a {high}</translation>
    </message>
</context>
<context>
    <name>Skip logic</name>
    <message>
        <source>{question} = {value}</source>
        <translation>{question} = {value}</translation>
    </message>
    <message>
        <source>{question} is not {value}</source>
        <translation>{question} no es {value}</translation>
    </message>
    <message>
        <source>{question} is more than {value}</source>
        <translation>{question} es más que {value}</translation>
    </message>
    <message>
        <source>{question} is at least {value}</source>
        <translation>{question} es al menos {value}</translation>
    </message>
    <message>
        <source>{question} is less than {value}</source>
        <translation>{question} es menos que {value}</translation>
    </message>
    <message>
        <source>{question} is at most {value}</source>
        <translation>{question} es como mucho {value}</translation>
    </message>
    <message>
        <source>asked of everyone</source>
        <translation>se pregunta a todos</translation>
    </message>
    <message>
        <source>{left} or {right}</source>
        <translation>{left} o {right}</translation>
    </message>
    <message>
        <source>{left} and {right}</source>
        <translation>{left} y {right}</translation>
    </message>
    <message>
        <source>asked only if {condition}</source>
        <translation>se pregunta solo si {condition}</translation>
    </message>
    <message>
        <source>the answer</source>
        <translation>la respuesta</translation>
    </message>
    <message>
        <source>{question} was not answered</source>
        <translation>{question} no tuvo respuesta</translation>
    </message>
    <message>
        <source>{question} was answered</source>
        <translation>{question} tuvo respuesta</translation>
    </message>
    <message>
        <source>{question} does not include {choice}</source>
        <translation>{question} no incluye {choice}</translation>
    </message>
    <message>
        <source>{question} includes {choice}</source>
        <translation>{question} incluye {choice}</translation>
    </message>
    <message>
        <source>not ({condition})</source>
        <translation>no ({condition})</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>This interview was entered by someone else: only its interviewer or a coordinator can change it. Nothing was changed.</source>
        <translation>Esta entrevista la registró otra persona: solo su entrevistador o un coordinador puede cambiarla. No se cambió nada.</translation>
    </message>
    <message>
        <source>this cell holds a formula ("{value}"); a coding sheet takes typed text only. Type the themes' names instead.</source>
        <translation>esta celda tiene una fórmula («{value}»); una hoja de codificación solo acepta texto escrito. Escriba los nombres de los temas.</translation>
    </message>
    <message>
        <source>"{raw}" is not an interview id.</source>
        <translation>«{raw}» no es un identificador de entrevista.</translation>
    </message>
    <message>
        <source>the interview "{raw}" has no written answer to "{question}" in this project.</source>
        <translation>la entrevista «{raw}» no tiene respuesta escrita a «{question}» en este proyecto.</translation>
    </message>
    <message>
        <source>this interview is already on row {value}.</source>
        <translation>esta entrevista ya está en la fila {value}.</translation>
    </message>
    <message>
        <source>"{label}" cannot be a theme's name: it starts like a spreadsheet formula.</source>
        <translation>«{label}» no puede ser el nombre de un tema: empieza como una fórmula de hoja de cálculo.</translation>
    </message>
    <message>
        <source>"{value}" should be "yes" or left empty.</source>
        <translation>«{value}» debería ser «yes» o quedar vacío.</translation>
    </message>
    <message>
        <source>an answer marked not codable cannot have themes too.</source>
        <translation>una respuesta marcada como imposible de codificar no puede tener también temas.</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Conservar las dos</translation>
    </message>
    <message>
        <source>The same person</source>
        <translation>La misma persona</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>No es la misma persona</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Todavía sin revisar</translation>
    </message>
    <message>
        <source>There is no questionnaire "{form_id}" in this project.</source>
        <translation>No hay ningún cuestionario «{form_id}» en este proyecto.</translation>
    </message>
    <message>
        <source>{decision!r} is not a decision: use one of {items}</source>
        <translation>{decision!r} no es una decisión: use una de estas: {items}</translation>
    </message>
    <message>
        <source>Name the two interviews by the ids that `duodesk duplicates` lists.</source>
        <translation>Nombre las dos entrevistas con los identificadores que lista `duodesk duplicates`.</translation>
    </message>
    <message>
        <source>These two interviews are not both in this project: name them by the ids that `duodesk duplicates` lists. Nothing was recorded.</source>
        <translation>Estas dos entrevistas no están las dos en este proyecto: nómbrelas con los identificadores que lista `duodesk duplicates`. No se anotó nada.</translation>
    </message>
    <message>
        <source>A passphrase cannot be empty or contain a NUL character.</source>
        <translation>Una frase de contraseña no puede estar vacía ni tener un carácter NUL.</translation>
    </message>
    <message>
        <source>{name} is not locked with a passphrase: open it without one.</source>
        <translation>{name} no está bloqueado con una frase de contraseña: ábralo sin ella.</translation>
    </message>
    <message>
        <source>{name} is locked with a passphrase. Enter the project's passphrase.</source>
        <translation>{name} está bloqueado con una frase de contraseña. Escriba la frase de contraseña del proyecto.</translation>
    </message>
    <message>
        <source>The first bytes of {name} are not those of the project this laptop last opened there: the file is damaged, or another project was copied over it. If it is another project, type that project's passphrase; otherwise restore a backup: duodesk restore BACKUP (the backups are the files {name}.*.backup beside it).</source>
        <translation>Los primeros bytes de {name} no son los del proyecto que este ordenador abrió ahí por última vez: el archivo está dañado, o se copió otro proyecto encima. Si es otro proyecto, escriba la frase de contraseña de ese proyecto; si no, restaure una copia de seguridad: duodesk restore COPIA (las copias son los archivos {name}.*.backup que están al lado).</translation>
    </message>
    <message>
        <source>The passphrase for {name} is not right, or the file is not a DuoDesk project. Check the passphrase (capital letters count) and try again.</source>
        <translation>La frase de contraseña de {name} no es correcta, o el archivo no es un proyecto de DuoDesk. Revise la frase de contraseña (las mayúsculas cuentan) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>{name} is damaged (its contents fail SQLite's checks), so DuoDesk will not use it; nothing was changed. There is no backup of it beside it (files named {name}.*.backup): look for a copy elsewhere, such as a memory stick or another laptop of the team.</source>
        <translation>{name} está dañado (su contenido no pasa las comprobaciones de SQLite), así que DuoDesk no lo usará; no se cambió nada. No hay ninguna copia de seguridad a su lado (archivos llamados {name}.*.backup): busque una copia en otro lugar, como una memoria USB u otro portátil del equipo.</translation>
    </message>
    <message>
        <source>{name} is damaged (its contents fail SQLite's checks), so DuoDesk will not use it; nothing was changed. Restore a backup: duodesk restore BACKUP (the backups are the files {name}.*.backup beside it).</source>
        <translation>{name} está dañado (su contenido no pasa las comprobaciones de SQLite), así que DuoDesk no lo usará; no se cambió nada. Restaure una copia de seguridad: duodesk restore BACKUP (las copias son los archivos {name}.*.backup que están a su lado).</translation>
    </message>
    <message>
        <source>{where} was made by a newer version of DuoDesk. Install the newer version to open it; nothing was changed.</source>
        <translation>{where} lo hizo una versión más nueva de DuoDesk. Instale la versión más nueva para abrirlo; no se cambió nada.</translation>
    </message>
    <message>
        <source>{where} is a database, but not a DuoDesk project; nothing was changed.</source>
        <translation>{where} es una base de datos, pero no un proyecto de DuoDesk; no se cambió nada.</translation>
    </message>
    <message>
        <source>The project is closing.</source>
        <translation>El proyecto se está cerrando.</translation>
    </message>
    <message>
        <source>There is no DuoDesk project at {path}.</source>
        <translation>No hay ningún proyecto de DuoDesk en {path}.</translation>
    </message>
    <message>
        <source>A shared server database is restored on the server.</source>
        <translation>Una base de datos compartida en un servidor se restaura en el servidor.</translation>
    </message>
    <message>
        <source>Upgrading {value} would leave {broken} rows pointing at nothing, so it was not upgraded; nothing was changed.</source>
        <translation>Actualizar {value} dejaría {broken} filas que no apuntan a nada, así que no se actualizó; no se cambió nada.</translation>
    </message>
    <message>
        <source>{where} listed its people on this laptop and lists nobody now: it was replaced or changed by hand. A coordinator can restore a backup that lists them (duodesk restore BACKUP --person NAME, a coordinator listed in the backup).</source>
        <translation>{where} tenía su lista de personas en este portátil y ahora no tiene a nadie: se sustituyó o se cambió a mano. Un coordinador puede restaurar una copia de seguridad que las liste (duodesk restore COPIA --person NOMBRE, un coordinador de esa copia).</translation>
    </message>
    <message>
        <source>There is no DuoDesk project in the database {value}; nothing was changed. Add a questionnaire to it first.</source>
        <translation>No hay ningún proyecto de DuoDesk en la base de datos {value}; no se cambió nada. Añádale primero un cuestionario.</translation>
    </message>
    <message>
        <source>locked with a passphrase</source>
        <translation>bloqueado con una frase de contraseña</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>sin cifrar</translation>
    </message>
    <message>
        <source>on this computer's own server</source>
        <translation>en el servidor de este ordenador</translation>
    </message>
    <message>
        <source>server connection NOT encrypted</source>
        <translation>conexión con el servidor NO cifrada</translation>
    </message>
    <message>
        <source>server connection encrypted (TLS)</source>
        <translation>conexión con el servidor cifrada (TLS)</translation>
    </message>
    <message>
        <source>Backups of a shared server database are made on the server.</source>
        <translation>Las copias de seguridad de una base de datos compartida en un servidor se hacen en el servidor.</translation>
    </message>
    <message>
        <source>There is no backup file at {backup}.</source>
        <translation>No hay ningún archivo de copia de seguridad en {backup}.</translation>
    </message>
    <message>
        <source>A shared server database is protected by the server.</source>
        <translation>Una base de datos compartida en un servidor está protegida por el servidor.</translation>
    </message>
    <message>
        <source>Another DuoDesk window or command has this project open. Close it and try again; nothing was changed.</source>
        <translation>Otra ventana o comando de DuoDesk tiene abierto este proyecto. Ciérrelo e inténtelo de nuevo; no se cambió nada.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a DuoDesk project file.</source>
        <translation>{path} es una carpeta, no un archivo de proyecto de DuoDesk.</translation>
    </message>
    <message>
        <source>{name} is being changed by another DuoDesk (a new passphrase or a restored backup). Try again in a minute; nothing was changed.</source>
        <translation>Otro DuoDesk está cambiando {name} (una frase de contraseña nueva o una copia restaurada). Inténtelo de nuevo en un minuto; no se cambió nada.</translation>
    </message>
    <message>
        <source>{file} is from before this project listed its people: restored, it would let anyone do everything. Choose a later backup. Nothing was changed.</source>
        <translation>{file} es de antes de que este proyecto tuviera su lista de personas: restaurado, dejaría a cualquiera hacerlo todo. Elija una copia de seguridad posterior. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>{name} is on the list again, as {role}.</source>
        <translation>{name} vuelve a estar en la lista, como {role}.</translation>
    </message>
    <message>
        <source>{name} is {role} again.</source>
        <translation>{name} vuelve a ser {role}.</translation>
    </message>
    <message>
        <source>{name} is no longer on the list.</source>
        <translation>{name} ya no está en la lista.</translation>
    </message>
    <message>
        <source>{file} is not an earlier copy of this project: its audit trail is not the project's (record {number} was changed, removed or never written here). Nothing was changed.</source>
        <translation>{file} no es una copia anterior de este proyecto: su registro no es el del proyecto (la entrada {number} se cambió, se borró o nunca se escribió aquí). No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The project cannot be read, so who may restore it is checked against the list of people in {file}: give the name and password of a coordinator listed there (--person and --pin-file). Nothing was changed.</source>
        <translation>El proyecto no se puede leer, así que quién puede restaurarlo se comprueba con la lista de personas de {file}: indique el nombre y la contraseña de un coordinador de esa lista (--person y --pin-file). No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>{name} opens with neither the old passphrase nor none.</source>
        <translation>{name} no se abre ni con la frase de contraseña antigua ni sin ninguna.</translation>
    </message>
    <message>
        <source>That is not a database address DuoDesk understands.</source>
        <translation>Esa no es una dirección de base de datos que DuoDesk entienda.</translation>
    </message>
    <message>
        <source>DuoDesk cannot open a database at {url}: it works with SQLite files and PostgreSQL servers (postgresql://...).</source>
        <translation>DuoDesk no puede abrir una base de datos en {url}: trabaja con archivos SQLite y servidores PostgreSQL (postgresql://...).</translation>
    </message>
    <message>
        <source>This copy of DuoDesk cannot open a database on a server: its PostgreSQL driver (psycopg) is not installed. Install DuoDesk with its postgresql extra (pip install "duodesk[postgresql]") to use one.</source>
        <translation>Esta copia de DuoDesk no puede abrir una base de datos en un servidor: su controlador de PostgreSQL (psycopg) no está instalado. Instale DuoDesk con su extra postgresql (pip install "duodesk[postgresql]") para usar una.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este ordenador</translation>
    </message>
    <message>
        <source>The server asks for {user}'s password. Type it when asked, or keep it in the PGPASSWORD variable or a ~/.pgpass file.</source>
        <translation>El servidor pide la contraseña de {user}. Escríbala cuando se le pida, o guárdela en la variable PGPASSWORD o en un archivo ~/.pgpass.</translation>
    </message>
    <message>
        <source>The server at {host} refused the user name or password.</source>
        <translation>El servidor {host} rechazó el nombre de usuario o la contraseña.</translation>
    </message>
    <message>
        <source>The server at {host} has no user called {user}.</source>
        <translation>El servidor {host} no tiene ningún usuario llamado {user}.</translation>
    </message>
    <message>
        <source>The server at {host} has no database called {database}. Ask whoever runs the server to create it.</source>
        <translation>El servidor {host} no tiene ninguna base de datos llamada {database}. Pida a quien administra el servidor que la cree.</translation>
    </message>
    <message>
        <source>The server name {host} is not known: check its spelling and the network.</source>
        <translation>El nombre de servidor {host} no se conoce: revise cómo está escrito y la red.</translation>
    </message>
    <message>
        <source>The server at {host} did not answer within {seconds} seconds. Check the network, or try again later.</source>
        <translation>El servidor {host} no respondió en {seconds} segundos. Revise la red o inténtelo más tarde.</translation>
    </message>
    <message>
        <source>The address of the server says sslmode={mode}, which is not a setting PostgreSQL knows: use sslmode=require, verify-ca or verify-full (or sslmode=disable, only on a network you trust).</source>
        <translation>La dirección del servidor dice sslmode={mode}, que no es un ajuste que PostgreSQL conozca: use sslmode=require, verify-ca o verify-full (o sslmode=disable, solo en una red de confianza).</translation>
    </message>
    <message>
        <source>The server at {host} does not offer an encrypted connection. Ask whoever runs it to turn TLS on (only on a network you trust, add sslmode=disable to the address).</source>
        <translation>El servidor {host} no ofrece una conexión cifrada. Pida a quien lo administra que active TLS (solo en una red de confianza, añada sslmode=disable a la dirección).</translation>
    </message>
    <message>
        <source>The server at {host} does not answer: is it running, and is this laptop on its network?</source>
        <translation>El servidor {host} no responde: ¿está en marcha y está este portátil en su red?</translation>
    </message>
    <message>
        <source>DuoDesk cannot use the server database {where}.</source>
        <translation>DuoDesk no puede usar la base de datos del servidor {where}.</translation>
    </message>
    <message>
        <source>That interview is not in this project.</source>
        <translation>Esa entrevista no está en este proyecto.</translation>
    </message>
    <message>
        <source>Type the number printed on the paper datasheet.</source>
        <translation>Escriba el número impreso en la hoja de papel.</translation>
    </message>
    <message>
        <source>A datasheet number has at most 40 characters.</source>
        <translation>Un número de hoja tiene como mucho 40 caracteres.</translation>
    </message>
    <message>
        <source>Datasheet {number} has been entered twice already.</source>
        <translation>La hoja {number} ya se registró dos veces.</translation>
    </message>
    <message>
        <source>Datasheet {number} was first entered by {entered_by}: somebody else checks it.</source>
        <translation>La hoja {number} la registró primero {entered_by}: la revisa otra persona.</translation>
    </message>
    <message>
        <source>Datasheet {number} has not been entered.</source>
        <extracomment>The interview's details from the start dialog, compared like answers under these names (a questionnaire's names cannot hold a space, so they never clash with a question).</extracomment>
        <translation>La hoja {number} no se ha registrado.</translation>
    </message>
    <message>
        <source>Datasheet {number} has been entered once; it is not checked yet.</source>
        <translation>La hoja {number} se ha registrado una vez; todavía no está revisada.</translation>
    </message>
    <message>
        <source>There is no questionnaire "{form_id}" in this project: add the questionnaire first.</source>
        <translation>No hay ningún cuestionario «{form_id}» en este proyecto: añada primero el cuestionario.</translation>
    </message>
    <message>
        <source>only {known} of its columns are questions of "{title}", and {unknown} are not (such as {names}): it looks like interviews of another questionnaire, so nothing was imported. Check the questionnaire chosen; if the file is this one's, take the other columns out of it and import it again.</source>
        <translation>solo {known} de sus columnas son preguntas de «{title}», y {unknown} no lo son (como {names}): parecen entrevistas de otro cuestionario, así que no se importó nada. Compruebe el cuestionario elegido; si el archivo es de este, quítele las otras columnas e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>no column is named after a question of "{title}". The first row must hold the question names.</source>
        <translation>ninguna columna tiene el nombre de una pregunta de «{title}». La primera fila debe tener los nombres de las preguntas.</translation>
    </message>
    <message>
        <source>Only an unfinished interview can be discarded; nothing was changed.</source>
        <translation>Solo se puede descartar una entrevista sin terminar; no se cambió nada.</translation>
    </message>
    <message>
        <source>An interviewer needs a name.</source>
        <translation>Un entrevistador necesita un nombre.</translation>
    </message>
    <message>
        <source>an answer status that does not exist</source>
        <translation>un estado de respuesta que no existe</translation>
    </message>
    <message>
        <source>{source} has an interview whose questionnaire is not in the file, so nothing was read from it.</source>
        <translation>{source} tiene una entrevista cuyo cuestionario no está en el archivo, así que no se leyó nada de él.</translation>
    </message>
    <message>
        <source>a coding both not codable and with themes</source>
        <translation>una codificación imposible de codificar y con temas a la vez</translation>
    </message>
    <message>
        <source>A PIN is {low} to {high} digits (only numbers).</source>
        <translation>Un PIN tiene de {low} a {high} cifras (solo números).</translation>
    </message>
    <message>
        <source>A coordinator's password needs at least {password_length} characters.</source>
        <translation>La contraseña de un coordinador necesita al menos {password_length} caracteres.</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>Una persona necesita un nombre.</translation>
    </message>
    <message>
        <source>That name is too long (200 characters at most).</source>
        <translation>Ese nombre es demasiado largo (como mucho 200 caracteres).</translation>
    </message>
    <message>
        <source>Add a coordinator first: once people are listed, only a coordinator can change the list.</source>
        <translation>Añada primero un coordinador: una vez que hay personas en la lista, solo un coordinador puede cambiarla.</translation>
    </message>
    <message>
        <source>{name} is already on the list.</source>
        <translation>{name} ya está en la lista.</translation>
    </message>
    <message>
        <source>{name} is the only coordinator: add another one first.</source>
        <translation>{name} es el único coordinador: añada otro primero.</translation>
    </message>
    <message>
        <source>{name} is the only coordinator: add another coordinator first, or take everyone else off the list.</source>
        <translation>{name} es el único coordinador: añada primero otro coordinador, o quite a todos los demás de la lista.</translation>
    </message>
    <message>
        <source>{name} is not on the list of people.</source>
        <translation>{name} no está en la lista de personas.</translation>
    </message>
    <message>
        <source>The team passphrase is not the one the project at {where} was set up with (capital letters count). Nothing was changed.</source>
        <translation>La frase de contraseña del equipo no es la que se usó al crear el proyecto en {where} (las mayúsculas cuentan). No se cambió nada.</translation>
    </message>
    <message>
        <source>{source} belongs to a team whose participant codes are made with another key, and this project already has interviews with participant codes made with its own key, so people interviewed twice could not be found. Nothing was changed. The order of steps for a team is: the coordinator creates the questionnaire and sends a transfer file; each laptop reads that file first, in a new project, and only then enters or imports interviews.</source>
        <translation>{source} pertenece a un equipo cuyos códigos de participante se hacen con otra clave, y este proyecto ya tiene entrevistas con códigos de participante hechos con su propia clave, así que no se podría encontrar a las personas entrevistadas dos veces. No se cambió nada. El orden de los pasos para un equipo es: el coordinador crea el cuestionario y envía un archivo de transferencia; cada computadora lee primero ese archivo, en un proyecto nuevo, y solo después registra o importa entrevistas.</translation>
    </message>
    <message>
        <source>"{question}" is marked as identifying in the questionnaire (its answers could tell who a person is), so its answers are never coded into themes or quoted.</source>
        <extracomment>The main coding of an answer as it was before a disagreement about it was first settled, kept so that agreement between coders stays the blind agreement. No typed name can be this one (names are trimmed and their spaces collapsed), so nobody codes as it.</extracomment>
        <translation>«{question}» está marcada como identificadora en el cuestionario (sus respuestas podrían decir quién es una persona), así que sus respuestas nunca se codifican en temas ni se citan.</translation>
    </message>
    <message>
        <source>"{question}" is asked once per instance of a repeat; coding those answers into themes is not possible yet.</source>
        <translation>«{question}» se pregunta una vez por cada repetición; todavía no se pueden codificar esas respuestas en temas.</translation>
    </message>
    <message>
        <source>"{question}" is not a question answered in words, so its answers cannot be coded into themes.</source>
        <translation>«{question}» no es una pregunta de respuesta escrita: sus respuestas no se pueden codificar en temas.</translation>
    </message>
    <message>
        <source>The words people wrote for "Other" are the question "{other}": code that one.</source>
        <translation>Las palabras escritas para «Otro» están en la pregunta «{other}»: codifique esa.</translation>
    </message>
    <message>
        <source>There is no question called "{question}" in "{title}".</source>
        <translation>No hay ninguna pregunta llamada «{question}» en «{title}».</translation>
    </message>
    <message>
        <source>A theme needs a name.</source>
        <translation>Un tema necesita un nombre.</translation>
    </message>
    <message>
        <source>A theme name cannot contain ";" ("{label}"): coding sheets use it to separate themes. Use a comma or a dash instead.</source>
        <translation>Un nombre de tema no puede contener «;» («{label}»): las hojas de codificación lo usan para separar temas. Use una coma o un guion.</translation>
    </message>
    <message>
        <source>A theme name cannot start with "{first}" ("{label}"): a spreadsheet would read it as a formula.</source>
        <translation>Un nombre de tema no puede empezar por «{first}» («{label}»): una hoja de cálculo lo leería como una fórmula.</translation>
    </message>
    <message>
        <source>There is already a theme called "{label}".</source>
        <translation>Ya hay un tema llamado «{label}».</translation>
    </message>
    <message>
        <source>That theme no longer exists; somebody may have merged it.</source>
        <translation>Ese tema ya no existe; puede que alguien lo haya unido a otro.</translation>
    </message>
    <message>
        <source>There is already a theme called "{label}"; merge them instead.</source>
        <translation>Ya hay un tema llamado «{label}»; únalos.</translation>
    </message>
    <message>
        <source>Choose two different themes to merge.</source>
        <translation>Elija dos temas distintos para unir.</translation>
    </message>
    <message>
        <source>Only themes of the same question can be merged.</source>
        <translation>Solo se pueden unir temas de la misma pregunta.</translation>
    </message>
    <message>
        <source>An answer marked not codable cannot have themes too.</source>
        <translation>Una respuesta marcada como imposible de codificar no puede tener también temas.</translation>
    </message>
    <message>
        <source>One of those themes no longer exists; somebody may have merged it.</source>
        <translation>Uno de esos temas ya no existe; puede que alguien lo haya unido a otro.</translation>
    </message>
    <message>
        <source>The key that keeps this project's participant codes secret is not on this laptop (it is never kept in the project file, so a copied file does not bring it). Read a team transfer file made on a laptop of the team, which carries the key, and try again; nothing was changed.</source>
        <translation>La clave que mantiene en secreto los códigos de participante de este proyecto no está en esta computadora (nunca se guarda en el archivo del proyecto, así que un archivo copiado no la trae). Lea un archivo de transferencia hecho en una computadora del equipo, que trae la clave, e inténtelo de nuevo; no se cambió nada.</translation>
    </message>
    <message>
        <source>No interviews entered on this laptop were left to send: they were already sent to the server (from another DuoDesk window).</source>
        <translation>No quedaba ninguna entrevista registrada en este ordenador por enviar: ya se habían enviado al servidor (desde otra ventana de DuoDesk).</translation>
    </message>
    <message>
        <source>The interviews entered on this laptop were already on the server (sent before); now they are no longer kept on this laptop.</source>
        <translation>Las entrevistas registradas en este ordenador ya estaban en el servidor (enviadas antes); ahora ya no se guardan en este ordenador.</translation>
    </message>
    <message>
        <source>The {count} interviews entered on this laptop are on the server now: {added} sent just now, {already} there already (sent before).</source>
        <translation>Las {count} entrevistas registradas en este ordenador están ahora en el servidor: {added} enviadas ahora mismo, {already} que ya estaban allí (enviadas antes).</translation>
    </message>
    <message numerus="yes">
        <source>“{title}” has %n interview, so it cannot be removed.</source>
        <translation><numerusform>«{title}» tiene %n entrevista, así que no se puede quitar.</numerusform><numerusform>«{title}» tiene %n entrevistas, así que no se puede quitar.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>“{title}” has %n interviews, so it cannot be removed.</source>
        <translation><numerusform>«{title}» tiene %n entrevista, así que no se puede quitar.</numerusform><numerusform>«{title}» tiene %n entrevistas, así que no se puede quitar.</numerusform></translation>
    </message>
</context>
<context>
    <name>Subset</name>
    <message>
        <source>Site: {names}</source>
        <translation>Sitio: {names}</translation>
    </message>
    <message>
        <source>Sites: {names}</source>
        <translation>Sitios: {names}</translation>
    </message>
    <message>
        <source>Interviewer: {names}</source>
        <translation>Entrevistador: {names}</translation>
    </message>
    <message>
        <source>Interviewers: {names}</source>
        <translation>Entrevistadores: {names}</translation>
    </message>
    <message>
        <source>names left out</source>
        <translation>nombres omitidos</translation>
    </message>
    <message>
        <source>From {first} to {last}</source>
        <translation>Del {first} al {last}</translation>
    </message>
    <message>
        <source>From {first}</source>
        <translation>Desde el {first}</translation>
    </message>
    <message>
        <source>Up to {last}</source>
        <translation>Hasta el {last}</translation>
    </message>
    <message>
        <source>Version {numbers}</source>
        <translation>Versión {numbers}</translation>
    </message>
    <message>
        <source>Versions {numbers}</source>
        <translation>Versiones {numbers}</translation>
    </message>
    <message>
        <source>All complete interviews</source>
        <translation>Todas las entrevistas completas</translation>
    </message>
</context>
<context>
    <name>Summary text</name>
    <message>
        <source>instances</source>
        <translation>casos</translation>
    </message>
    <message>
        <source>No chi-square: a person can be given several themes, so the cells are not separate people. Each column's percentages are of the people in it given a theme.</source>
        <translation>Sin chi cuadrado: a una persona se le pueden dar varios temas, así que las celdas no son personas separadas. Los porcentajes de cada columna son de las personas de esa columna a las que se dio un tema.</translation>
    </message>
    <message numerus="yes">
        <source>Counted over {total} {things} named by %n person: each cell counts {things}, and the percentages are of {things}. No chi-square: a person who named several {things} counts in the table once for each, so the cells are not separate people.</source>
        <translation><numerusform>Contado sobre {total} {things} nombrados por %n persona: cada celda cuenta {things}, y los porcentajes son de {things}. Sin chi cuadrado: una persona que nombró varios {things} cuenta en la tabla una vez por cada uno, así que las celdas no son personas distintas.</numerusform><numerusform>Contado sobre {total} {things} nombrados por %n personas: cada celda cuenta {things}, y los porcentajes son de {things}. Sin chi cuadrado: una persona que nombró varios {things} cuenta en la tabla una vez por cada uno, así que las celdas no son personas distintas.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Counted over {total} {things} named by %n people: each cell counts {things}, and the percentages are of {things}. No chi-square: a person who named several {things} counts in the table once for each, so the cells are not separate people.</source>
        <translation><numerusform>Contado sobre {total} {things} nombrados por %n persona: cada celda cuenta {things}, y los porcentajes son de {things}. Sin chi cuadrado: una persona que nombró varios {things} cuenta en la tabla una vez por cada uno, así que las celdas no son personas distintas.</numerusform><numerusform>Contado sobre {total} {things} nombrados por %n personas: cada celda cuenta {things}, y los porcentajes son de {things}. Sin chi cuadrado: una persona que nombró varios {things} cuenta en la tabla una vez por cada uno, así que las celdas no son personas distintas.</numerusform></translation>
    </message>
    <message>
        <source>Fisher's exact test, exact p-value.</source>
        <translation>Prueba exacta de Fisher, valor p exacto.</translation>
    </message>
    <message>
        <source>{small} of the {cells} cells ({share}) would expect fewer than 5 people, so the chi-square test may not be reliable: use Fisher's exact test instead.</source>
        <translation>{small} de las {cells} celdas ({share}) esperarían menos de 5 personas, así que la prueba de chi cuadrado puede no ser fiable: use la prueba exacta de Fisher.</translation>
    </message>
    <message>
        <source>{small} of the {cells} cells ({share}) would expect fewer than 5 people, so the chi-square test may not be reliable.</source>
        <translation>{small} de las {cells} celdas ({share}) esperarían menos de 5 personas, así que la prueba de chi cuadrado puede no ser fiable.</translation>
    </message>
    <message>
        <source>Chi-square needs at least two answers given on each side.</source>
        <translation>El chi cuadrado necesita al menos dos respuestas dadas en cada lado.</translation>
    </message>
    <message>
        <source>Fisher's exact test (Freeman-Halton), exact p-value.</source>
        <translation>Prueba exacta de Fisher (Freeman-Halton), valor p exacto.</translation>
    </message>
    <message>
        <source>Fisher's exact test (Freeman-Halton), p-value estimated from {resamples} random tables (Monte Carlo, seed {seed}).</source>
        <translation>Prueba exacta de Fisher (Freeman-Halton), valor p estimado a partir de {resamples} tablas al azar (Monte Carlo, semilla {seed}).</translation>
    </message>
    <message>
        <source>{subset}: {count} interviews</source>
        <translation>{subset}: {count} entrevistas</translation>
    </message>
    <message>
        <source>{subset}: {count} interviews (questionnaire version {versions})</source>
        <translation>{subset}: {count} entrevistas (versión del cuestionario {versions})</translation>
    </message>
    <message>
        <source>{subset}: {count} interviews (questionnaire versions {versions})</source>
        <translation>{subset}: {count} entrevistas (versiones del cuestionario {versions})</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <source>Valid %</source>
        <translation>% válido</translation>
    </message>
    <message>
        <source>Cumulative %</source>
        <translation>% acumulado</translation>
    </message>
    <message>
        <source>% of cases</source>
        <translation>% de casos</translation>
    </message>
    <message>
        <source>% of responses</source>
        <translation>% de respuestas</translation>
    </message>
    <message>
        <source>Not asked (skipped)</source>
        <translation>No preguntada (saltada)</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Not in their version</source>
        <translation>No está en su versión</translation>
    </message>
    <message>
        <source>Not in the imported file</source>
        <translation>No está en el archivo importado</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entrevistas</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>media</translation>
    </message>
    <message>
        <source>sd</source>
        <translation>de</translation>
    </message>
    <message>
        <source>median</source>
        <translation>mediana</translation>
    </message>
    <message>
        <source>q1</source>
        <translation>q1</translation>
    </message>
    <message>
        <source>q3</source>
        <translation>q3</translation>
    </message>
    <message>
        <source>min</source>
        <translation>mín</translation>
    </message>
    <message>
        <source>max</source>
        <translation>máx</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Rango</translation>
    </message>
    <message>
        <source>Answered together:</source>
        <translation>Respondidas juntas:</translation>
    </message>
    <message>
        <source>{label} (missing)</source>
        <translation>{label} (faltante)</translation>
    </message>
    <message>
        <source>The cells count {things}, but a number is hidden by the people behind it: one named by 1 to {threshold} people is hidden, however many {things} it counts.</source>
        <translation>Las celdas cuentan {things}, pero un número se oculta según las personas que lo dieron: uno dado por 1 a {threshold} personas se oculta, cuente cuantos {things} cuente.</translation>
    </message>
    <message>
        <source>The project hides numbers from 1 to {threshold} in everything that leaves the group, so this table hides them as the workbook would (and a number that would let one be worked out). No chi-square or Fisher test is given when a number is hidden: its result could be used to work the hidden numbers out.</source>
        <translation>El proyecto oculta los números de 1 a {threshold} en todo lo que sale del grupo, así que esta tabla los oculta como lo haría el libro de cálculo (y un número que permitiría deducir uno). No se da ninguna prueba de chi-cuadrado ni de Fisher cuando un número está oculto: su resultado podría servir para deducir los números ocultos.</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>oculto</translation>
    </message>
    <message>
        <source>{row_label} [{row}] by {column_label} [{column}]</source>
        <translation>{row_label} [{row}] por {column_label} [{column}]</translation>
    </message>
    <message>
        <source>{subset}: {count} interviews with a valid answer to both</source>
        <translation>{subset}: {count} entrevistas con una respuesta válida a las dos</translation>
    </message>
    <message>
        <source>{subset}: {count} {things} with a valid answer to both, named by {people} people</source>
        <translation>{subset}: {count} {things} con una respuesta válida a las dos, nombrados por {people} personas</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Number of {things}</source>
        <translation>Número de {things}</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>Número de personas</translation>
    </message>
    <message>
        <source>% of the row</source>
        <translation>% de la fila</translation>
    </message>
    <message>
        <source>% of the column</source>
        <translation>% de la columna</translation>
    </message>
    <message>
        <source>% of all {things}</source>
        <translation>% de todos los {things}</translation>
    </message>
    <message>
        <source>% of everyone in the table</source>
        <translation>% de todos en la tabla</translation>
    </message>
    <message>
        <source>Pearson chi-square = {chi:.4f}, df = {df}, p = {p:.4g}.</source>
        <translation>Chi cuadrado de Pearson = {chi:.4f}, gl = {df}, p = {p:.4g}.</translation>
    </message>
    <message>
        <source>Fisher's exact test (two-sided): p = {p:.4g}. </source>
        <translation>Prueba exacta de Fisher (bilateral): p = {p:.4g}. </translation>
    </message>
    <message>
        <source>Number of {things} given</source>
        <translation>Número de {things} dados</translation>
    </message>
    <message>
        <source>instances of “{label}”</source>
        <translation>casos de «{label}»</translation>
    </message>
    <message>
        <source>[answer to “{label}”]</source>
        <translation>[respuesta a «{label}»]</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>Quartiles and median: weighted average at (n + 1) p, SPSS's default (HAVERAGE).</source>
        <translation>Cuartiles y mediana: media ponderada en la posición (n + 1) p, el método por defecto de SPSS (HAVERAGE).</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>{new} new interviews, {updated} updated, {already} already here</source>
        <translation>{new} entrevistas nuevas, {updated} actualizadas, {already} ya estaban aquí</translation>
    </message>
    <message>
        <source>{count} possible duplicates across sites are waiting to be looked at</source>
        <translation>{count} posibles duplicados entre sitios esperan que alguien los revise</translation>
    </message>
    <message>
        <source>1 possible duplicate across sites is waiting to be looked at</source>
        <translation>1 posible duplicado entre sitios espera que alguien lo revise</translation>
    </message>
    <message numerus="yes">
        <source>%n new questionnaire version</source>
        <translation><numerusform>%n versión nueva de cuestionario</numerusform><numerusform>%n versiones nuevas de cuestionario</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n new questionnaire versions</source>
        <translation><numerusform>%n versión nueva de cuestionario</numerusform><numerusform>%n versiones nuevas de cuestionario</numerusform></translation>
    </message>
    <message>
        <source>Sent to the server: {report}</source>
        <translation>Enviado al servidor: {report}</translation>
    </message>
    <message numerus="yes">
        <source>%n new questionnaire version came from the server.</source>
        <translation><numerusform>%n versión nueva de cuestionario llegó del servidor.</numerusform><numerusform>%n versiones nuevas de cuestionario llegaron del servidor.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n new questionnaire versions came from the server.</source>
        <translation><numerusform>%n versión nueva de cuestionario llegó del servidor.</numerusform><numerusform>%n versiones nuevas de cuestionario llegaron del servidor.</numerusform></translation>
    </message>
    <message>
        <source>{form_id}: {total} complete interviews on the server, {here} from this laptop and {others} from others.</source>
        <translation>{form_id}: {total} entrevistas completas en el servidor, {here} de esta computadora y {others} de otras.</translation>
    </message>
    <message>
        <source>no questionnaire</source>
        <translation>ningún cuestionario</translation>
    </message>
    <message>
        <source>{file} was written: {interviews} interview(s) and {versions} questionnaire version(s) ({forms}), locked with the team passphrase.</source>
        <translation>Se escribió {file}: {interviews} entrevista(s) y {versions} versión(es) del cuestionario ({forms}), bloqueado con la frase de contraseña del equipo.</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>Several answers could be ticked. Percent of cases is out of the {answered} people who ticked at least one answer (missing codes such as “Don't know” included); percent of responses is out of all the answers ticked.</source>
        <translation>Se podían marcar varias respuestas. El porcentaje de casos es sobre las {answered} personas que marcaron al menos una respuesta (incluidos los códigos de dato faltante como «No sé»); el porcentaje de respuestas es sobre todas las respuestas marcadas.</translation>
    </message>
    <message>
        <source>Several answers could be ticked. Percent of cases is out of the {answered} people who ticked at least one answer; percent of responses is out of all the answers ticked.</source>
        <translation>Se podían marcar varias respuestas. El porcentaje de casos es sobre las {answered} personas que marcaron al menos una respuesta; el porcentaje de respuestas es sobre todas las respuestas marcadas.</translation>
    </message>
    <message>
        <source>{label} (missing code)</source>
        <translation>{label} (código de dato faltante)</translation>
    </message>
    <message>
        <source>5th percentile (in place of the smallest answer, given by fewer than {n})</source>
        <translation>Percentil 5 (en lugar de la respuesta más pequeña, dada por menos de {n})</translation>
    </message>
    <message>
        <source>95th percentile (in place of the largest answer, given by fewer than {n})</source>
        <translation>Percentil 95 (en lugar de la respuesta más grande, dada por menos de {n})</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondieron</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Not asked (skipped)</source>
        <translation>No preguntada (saltada)</translation>
    </message>
    <message>
        <source>Not in this version of the questionnaire</source>
        <translation>No está en esta versión del cuestionario</translation>
    </message>
    <message>
        <source>Not in the imported file</source>
        <translation>No está en el archivo importado</translation>
    </message>
    <message>
        <source>Not in this version of the questionnaire, or not in the imported file</source>
        <translation>No está en esta versión del cuestionario, o no está en el archivo importado</translation>
    </message>
    <message>
        <source>Total interviews</source>
        <translation>Total de entrevistas</translation>
    </message>
    <message>
        <source>Answers ticked in all</source>
        <translation>Respuestas marcadas en total</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation>Desviación estándar</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>Lower quartile</source>
        <translation>Cuartil inferior</translation>
    </message>
    <message>
        <source>Upper quartile</source>
        <translation>Cuartil superior</translation>
    </message>
    <message>
        <source>Smallest</source>
        <translation>Menor</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Mayor</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <source>Valid percent</source>
        <translation>Porcentaje válido</translation>
    </message>
    <message>
        <source>Percent of cases</source>
        <translation>Porcentaje de casos</translation>
    </message>
    <message>
        <source>Percent of responses</source>
        <translation>Porcentaje de respuestas</translation>
    </message>
    <message>
        <source>Its statistics are hidden: so few different numbers were given that they would tell how many people gave each.</source>
        <translation>Sus estadísticas están ocultas: se dieron tan pocos números distintos que dirían cuántas personas dieron cada uno.</translation>
    </message>
    <message>
        <source>Its mean and standard deviation are hidden: so few different numbers were given that they would tell how many people gave each.</source>
        <translation>Su media y su desviación típica están ocultas: se dieron tan pocos números distintos que dirían cuántas personas dieron cada uno.</translation>
    </message>
    <message>
        <source>Percent is of all {interviews} interviews; valid percent is of the {valid} valid answers (missing codes left out).</source>
        <translation>El porcentaje es sobre las {interviews} entrevistas; el porcentaje válido es sobre las {valid} respuestas válidas (sin los códigos de dato faltante).</translation>
    </message>
    <message>
        <source>Percent is of all {interviews} interviews; valid percent is of the {valid} valid answers.</source>
        <translation>El porcentaje es sobre las {interviews} entrevistas; el porcentaje válido es sobre las {valid} respuestas válidas.</translation>
    </message>
    <message>
        <source>Percent is of all {interviews} interviews.</source>
        <translation>El porcentaje es sobre las {interviews} entrevistas.</translation>
    </message>
    <message>
        <source>% {answer}</source>
        <translation>% {answer}</translation>
    </message>
    <message>
        <source>Valid % {answer}</source>
        <translation>% válido {answer}</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Afirmación</translation>
    </message>
    <message>
        <source>Small numbers are NOT hidden in this workbook: it may identify people and must not leave the group.</source>
        <translation>Los números pequeños NO están ocultos en este libro: puede identificar a personas y no debe salir del grupo.</translation>
    </message>
    <message>
        <source>Numbers from 1 to {threshold} are hidden and shown as “{marker}”, and so are their percentages. Zeros are shown. Where a hidden number could be worked out from the other tables (totals, percentages, or the questionnaire's skip logic, which ties a follow-up question to the answer that opens it), other numbers are hidden as well (also shown as “{marker}”), so that no hidden number can be narrowed down to fewer than {values} possible values from everything this workbook shows. A percentage whose number, or whose denominator, is hidden is hidden too.</source>
        <translation>Los números de 1 a {threshold} están ocultos y se muestran como «{marker}», y también sus porcentajes. Los ceros se muestran. Cuando un número oculto se podría calcular con las otras tablas (totales, porcentajes, o la lógica de salto del cuestionario, que une una pregunta de seguimiento a la respuesta que la abre), también se ocultan otros números (mostrados también como «{marker}»), para que ningún número oculto se pueda reducir a menos de {values} valores posibles con todo lo que muestra este libro. Un porcentaje cuyo número, o cuyo denominador, está oculto también se oculta.</translation>
    </message>
    <message>
        <source>{count} question(s) asked once per instance of a repeat (such as each drug named) are not in these tables: see the Results window, or the interview-level files, which have one row per instance.</source>
        <translation>{count} pregunta(s) que se hacen una vez por cada repetición (como cada droga nombrada) no están en estas tablas: vea la ventana Resultados, o los archivos a nivel de entrevista, que tienen una fila por repetición.</translation>
    </message>
    <message>
        <source>Question and answers</source>
        <translation>Pregunta y respuestas</translation>
    </message>
    <message>
        <source>Results in numbers</source>
        <translation>Resultados en números</translation>
    </message>
    <message>
        <source>Results in percentages</source>
        <translation>Resultados en porcentajes</translation>
    </message>
    <message>
        <source>Valid percentage</source>
        <translation>Porcentaje válido</translation>
    </message>
    <message>
        <source>Number of answers not available</source>
        <translation>Número de respuestas no disponibles</translation>
    </message>
    <message>
        <source>Percentage of answers not available</source>
        <translation>Porcentaje de respuestas no disponibles</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Each statement's answers: numbers, then percentages of those who answered it, then valid percentages (missing codes left out).</source>
        <translation>Respuestas a cada afirmación: números, luego porcentajes de quienes la respondieron, luego porcentajes válidos (sin los códigos de dato faltante).</translation>
    </message>
    <message>
        <source>Each statement's answers: numbers, then percentages of those who answered it.</source>
        <translation>Respuestas a cada afirmación: números, luego porcentajes de quienes la respondieron.</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>Número de personas</translation>
    </message>
    <message>
        <source>Charts of the Summary sheet's numbers (hidden numbers show no bar).</source>
        <translation>Gráficos de los números de la hoja Resumen (los números ocultos no tienen barra).</translation>
    </message>
    <message>
        <source>This file has one row per interview. In a small survey a row can identify the person interviewed (site, date, sex and age are often enough), even with names left out.</source>
        <translation>Este archivo tiene una fila por entrevista. En una encuesta pequeña una fila puede identificar a la persona entrevistada (el sitio, la fecha, el sexo y la edad suelen bastar), aunque se quiten los nombres.</translation>
    </message>
    <message>
        <source>“{marker}” = hidden to protect the people interviewed (see the Cover sheet).</source>
        <translation>«{marker}» = oculto para proteger a las personas entrevistadas (vea la hoja Portada).</translation>
    </message>
    <message>
        <source>Small numbers are NOT hidden in this workbook (see the Cover sheet).</source>
        <translation>Los números pequeños NO están ocultos en este libro (vea la hoja Portada).</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Portada</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>Questionnaire id</source>
        <translation>Identificador del cuestionario</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>Version labels</source>
        <translation>Nombres de las versiones</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entrevistas</translation>
    </message>
    <message>
        <source>Dates of the interviews</source>
        <translation>Fechas de las entrevistas</translation>
    </message>
    <message numerus="yes">
        <source>%n numbers hidden (a number shown in several places, such as a grid and its statements, is counted once): the numbers from 1 to {threshold}, and other numbers hidden to protect them, because the small ones could otherwise be worked out from totals, percentages or the questionnaire's skip logic. How many are hidden for each reason is not said: that too would help to work them out.</source>
        <translation><numerusform>%n número oculto (un número que se muestra en varios lugares, como una cuadrícula y sus afirmaciones, se cuenta una vez): los números de 1 a {threshold}, y otros números ocultos para protegerlos, porque si no los pequeños se podrían calcular con los totales, los porcentajes o la lógica de salto del cuestionario. No se dice cuántos se ocultan por cada motivo: eso también ayudaría a calcularlos.</numerusform><numerusform>%n números ocultos (un número que se muestra en varios lugares, como una cuadrícula y sus afirmaciones, se cuenta una vez): los números de 1 a {threshold}, y otros números ocultos para protegerlos, porque si no los pequeños se podrían calcular con los totales, los porcentajes o la lógica de salto del cuestionario. No se dice cuántos se ocultan por cada motivo: eso también ayudaría a calcularlos.</numerusform></translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>del {first} al {last}</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sitios</translation>
    </message>
    <message>
        <source>{marker} (from 1 to {threshold}, or hidden so that such a small number cannot be worked out from it, like every hidden number in this workbook)</source>
        <translation>{marker} (de 1 a {threshold}, u oculto para que un número tan pequeño no pueda deducirse de él, como todo número oculto en este libro)</translation>
    </message>
    <message>
        <source>Interviews included</source>
        <translation>Entrevistas incluidas</translation>
    </message>
    <message>
        <source>Small numbers</source>
        <translation>Números pequeños</translation>
    </message>
    <message>
        <source>Numbers hidden</source>
        <translation>Números ocultos</translation>
    </message>
    <message>
        <source>Smallest and largest answers</source>
        <translation>Respuestas menor y mayor</translation>
    </message>
    <message>
        <source>Mean and standard deviation</source>
        <translation>Media y desviación típica</translation>
    </message>
    <message>
        <source>Repeated questions</source>
        <translation>Preguntas repetidas</translation>
    </message>
    <message>
        <source>Interview-level data</source>
        <translation>Datos a nivel de entrevista</translation>
    </message>
    <message>
        <source>De-identified</source>
        <translation>Anonimizado</translation>
    </message>
    <message>
        <source>Yes: written answers, locations, questions marked as identifying and interviewer names are left out.</source>
        <translation>Sí: se quitan las respuestas escritas, los lugares, las preguntas marcadas como identificadoras y los nombres de los entrevistadores.</translation>
    </message>
    <message>
        <source>No: written answers are included; this file may identify people.</source>
        <translation>No: se incluyen las respuestas escritas; este archivo puede identificar a personas.</translation>
    </message>
    <message>
        <source>Participant codes</source>
        <translation>Códigos de participante</translation>
    </message>
    <message>
        <source>Never exported.</source>
        <translation>Nunca se exportan.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Hecho el</translation>
    </message>
    <message>
        <source>Made with</source>
        <translation>Hecho con</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Hojas</translation>
    </message>
    <message>
        <source>Summary: the results, question by question. Charts: a chart per question with a list of answers. Repeats: the questions asked for each instance of a repeat, by person. Codebook: each question, its answers and when it is asked.</source>
        <translation>Resumen: los resultados, pregunta por pregunta. Gráficos: un gráfico por pregunta con una lista de respuestas. Libro de códigos: cada pregunta, sus respuestas y cuándo se pregunta. Repeticiones: las preguntas hechas para cada elemento de una repetición, por persona.</translation>
    </message>
    <message>
        <source>Summary: the results, question by question. Charts: a chart per question with a list of answers. Codebook: each question, its answers and when it is asked.</source>
        <translation>Resumen: los resultados, pregunta por pregunta. Gráficos: un gráfico por pregunta con una lista de respuestas. Libro de códigos: cada pregunta, sus respuestas y cuándo se pregunta.</translation>
    </message>
    <message>
        <source>None: no number in this workbook is from 1 to {threshold}.</source>
        <translation>Ninguno: ningún número de este libro es de 1 a {threshold}.</translation>
    </message>
    <message>
        <source>1 number hidden: a number from 1 to {threshold}, or one hidden to protect such a number, because it could otherwise be worked out from totals, percentages or the questionnaire's skip logic.</source>
        <translation>1 número oculto: un número de 1 a {threshold}, o uno oculto para proteger un número así, porque si no se podría calcular con los totales, los porcentajes o la lógica de salto del cuestionario.</translation>
    </message>
    <message numerus="yes">
        <source>Hidden numbers that follow from the number of interviews alone and could not be protected: %n.</source>
        <translation><numerusform>Números ocultos que se deducen solo del número de entrevistas y no se pudieron proteger: %n.</numerusform><numerusform>Números ocultos que se deducen solo del número de entrevistas y no se pudieron proteger: %n.</numerusform></translation>
    </message>
    <message>
        <source>Shown only when at least {count} people gave that answer; otherwise the 5th or 95th percentile is shown in its place, and its row says so.</source>
        <translation>Se muestran solo cuando al menos {count} personas dieron esa respuesta; si no, se muestra en su lugar el percentil 5 o 95, y su fila lo dice.</translation>
    </message>
    <message>
        <source>Hidden, with the number who answered, for a number question whose number of answers is hidden; and hidden when so few different numbers were given that they would tell how many people (from 1 to {threshold}) gave one of them: the question's note says so.</source>
        <translation>Ocultas, con el número de respuestas, en una pregunta numérica cuyo número de respuestas está oculto; y ocultas cuando se dieron tan pocos números distintos que dirían cuántas personas (de 1 a {threshold}) dieron uno de ellos: la nota de la pregunta lo dice.</translation>
    </message>
    <message>
        <source>Not in this workbook. It was written, at the exporter's request, to a separate file ending in -interviews.xlsx, which stays within the group: {warning}</source>
        <translation>No están en este libro. Se escribieron, a petición de quien exporta, en un archivo aparte que termina en -interviews.xlsx, que se queda dentro del grupo: {warning}</translation>
    </message>
    <message>
        <source>None: this workbook has no row per interview, only the summary tables, so it can be passed on.</source>
        <translation>Ninguno: este libro no tiene una fila por entrevista, solo las tablas de resumen, así que se puede entregar.</translation>
    </message>
    <message>
        <source>test language</source>
        <translation>idioma de prueba</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message numerus="yes">
        <source>{title}: one row per interview (%n interviews).</source>
        <translation><numerusform>{title}: una fila por entrevista (%n entrevista).</numerusform><numerusform>{title}: una fila por entrevista (%n entrevistas).</numerusform></translation>
    </message>
    <message>
        <source>Keep this file within the group. Give the health board the summary workbook instead.</source>
        <translation>Guarde este archivo dentro del grupo. Entregue a la autoridad de salud el libro de resumen.</translation>
    </message>
    <message>
        <source>Data: one row per interview. Codebook: what each column means.</source>
        <translation>Data: una fila por entrevista. Libro de códigos: lo que significa cada columna.</translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <translation>Idioma: {language}</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <source>Questions asked for each instance of a repeat</source>
        <translation>Preguntas hechas para cada repetición</translation>
    </message>
    <message>
        <source>Number of people who ticked it</source>
        <translation>Número de personas que la marcaron</translation>
    </message>
    <message>
        <source>Number of people who gave it</source>
        <translation>Número de personas que la dieron</translation>
    </message>
    <message>
        <source>% of the people who answered</source>
        <translation>% de las personas que respondieron</translation>
    </message>
    <message>
        <source>People who answered (for at least one {unit})</source>
        <translation>Personas que respondieron (para al menos un {unit})</translation>
    </message>
    <message>
        <source>Not asked, no answer or no {unit}</source>
        <translation>No preguntado, sin respuesta o ningún {unit}</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Libro de códigos</translation>
    </message>
    <message>
        <source>only the months are given: with so few interviews, the days could help to tell who was interviewed</source>
        <translation>solo se dan los meses: con tan pocas entrevistas, los días podrían ayudar a saber a quién se entrevistó</translation>
    </message>
    <message>
        <source>One row per instance of “{unit}” ({name})</source>
        <translation>Una fila por cada repetición de «{unit}» ({name})</translation>
    </message>
    <message>
        <source>Asked once for each instance of “{unit}”; counted by person: a person who gave an answer in several instances is counted once for it, so the counts can add up to more than the people who answered. Percentages are of the people who answered.</source>
        <translation>Se pregunta una vez por cada repetición de «{unit}»; se cuenta por persona: una persona que dio una respuesta en varias repeticiones se cuenta una vez para ella, así que los números pueden sumar más que las personas que respondieron. Los porcentajes son de las personas que respondieron.</translation>
    </message>
    <message>
        <source>the Repeats sheet</source>
        <translation>la hoja Repeticiones</translation>
    </message>
    <message>
        <source>1 question asked once for each instance of a repeat (such as each drug named) is in {where}, counted by person, not by instance: a person is counted once for an answer however many times they gave it, so that small numbers are hidden for people, not instances.</source>
        <translation>1 pregunta hecha una vez por cada repetición (como cada droga nombrada) está en {where}, contada por persona, no por repetición: una persona se cuenta una vez para una respuesta, la haya dado cuantas veces sea, para que los números pequeños se oculten por personas, no por repeticiones.</translation>
    </message>
    <message numerus="yes">
        <source>%n questions asked once for each instance of a repeat (such as each drug named) are in {where}, counted by person, not by instance: a person is counted once for an answer however many times they gave it, so that small numbers are hidden for people, not instances.</source>
        <translation><numerusform>%n pregunta hecha una vez por cada repetición (como cada droga nombrada) está en {where}, contada por persona, no por repetición: una persona se cuenta una vez para una respuesta, la haya dado cuantas veces sea, para que los números pequeños se oculten por personas, no por repeticiones.</numerusform><numerusform>%n preguntas hechas una vez por cada repetición (como cada droga nombrada) están en {where}, contadas por persona, no por repetición: una persona se cuenta una vez para una respuesta, la haya dado cuantas veces sea, para que los números pequeños se oculten por personas, no por repeticiones.</numerusform></translation>
    </message>
    <message>
        <source>1 question inside repeats that is not answered by choosing (a number, a date, a written answer) is not in these tables: see the interview-level files, which have one row per instance and stay within the group.</source>
        <translation>1 pregunta dentro de repeticiones que no se responde eligiendo (un número, una fecha, una respuesta escrita) no está en estas tablas: vea los archivos por entrevista, que tienen una fila por repetición y no salen del grupo.</translation>
    </message>
    <message numerus="yes">
        <source>%n questions inside repeats that are not answered by choosing (numbers, dates, written answers) are not in these tables: see the interview-level files, which have one row per instance and stay within the group.</source>
        <translation><numerusform>%n pregunta dentro de repeticiones que no se responde eligiendo (números, fechas, respuestas escritas) no está en estas tablas: vea los archivos por entrevista, que tienen una fila por repetición y no salen del grupo.</numerusform><numerusform>%n preguntas dentro de repeticiones que no se responden eligiendo (números, fechas, respuestas escritas) no están en estas tablas: vea los archivos por entrevista, que tienen una fila por repetición y no salen del grupo.</numerusform></translation>
    </message>
</context>
</TS>