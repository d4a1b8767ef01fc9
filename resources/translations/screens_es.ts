<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>About</name>
    <message>
        <source>still opening</source>
        <translation>todavía abriéndose</translation>
    </message>
    <message>
        <source>Backups are kept beside it: one a day, and before every upgrade, purge and restore.</source>
        <translation>Se guardan copias de seguridad a su lado: una al día, y antes de cada actualización, eliminación definitiva y recuperación.</translation>
    </message>
    <message>
        <source>Surveys by peer researchers, offline: questionnaires, interviews, summary tables and exports for the health board.</source>
        <translation>Encuestas hechas por pares, sin internet: cuestionarios, entrevistas, tablas de resultados y exportaciones para la autoridad sanitaria.</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later ({licence}). You may share and change DuoDesk under its terms; it comes with no warranty.</source>
        <translation>Licencia: GNU General Public License, versión 3 o posterior ({licence}). Puede compartir y cambiar DuoDesk según sus condiciones; se ofrece sin garantía.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This project:&lt;/b&gt; {project}</source>
        <translation>&lt;b&gt;Este proyecto:&lt;/b&gt; {project}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Log files:&lt;/b&gt; {folder}</source>
        <translation>&lt;b&gt;Archivos de registro:&lt;/b&gt; {folder}</translation>
    </message>
    <message>
        <source>About DuoDesk</source>
        <translation>Acerca de DuoDesk</translation>
    </message>
    <message>
        <source>&amp;About DuoDesk</source>
        <translation>&amp;Acerca de DuoDesk</translation>
    </message>
</context>
<context>
    <name>AccessHooks</name>
    <message>
        <source>Not for this role</source>
        <translation>No para este papel</translation>
    </message>
    <message>
        <source>P&amp;eople and roles…</source>
        <translation>P&amp;ersonas y funciones…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <source>Signed in: {person}</source>
        <translation>Sesión de: {person}</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Both gave it</source>
        <translation>Ambos lo dieron</translation>
    </message>
    <message>
        <source>Main only</source>
        <translation>Solo el principal</translation>
    </message>
    <message>
        <source>Second only</source>
        <translation>Solo el segundo</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>Kappa</source>
        <translation>Kappa</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Main coding (blind)</source>
        <translation>Codificación principal (a ciegas)</translation>
    </message>
    <message>
        <source>Second coder</source>
        <translation>Segundo codificador</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>almost perfect</source>
        <translation>casi perfecto</translation>
    </message>
    <message>
        <source>substantial</source>
        <translation>considerable</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderado</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>aceptable</translation>
    </message>
    <message>
        <source>slight</source>
        <translation>leve</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>pobre</translation>
    </message>
    <message>
        <source>cannot say</source>
        <translation>no se puede saber</translation>
    </message>
    <message>
        <source>{kappa} {words}</source>
        <translation>{kappa} {words}</translation>
    </message>
    <message>
        <source>Agreement between coders</source>
        <translation>Acuerdo entre codificadores</translation>
    </message>
    <message>
        <source>The main coding compared with:</source>
        <translation>La codificación principal comparada con:</translation>
    </message>
    <message>
        <source>Agreement per theme</source>
        <translation>Acuerdo por tema</translation>
    </message>
    <message>
        <source>Answers coded differently</source>
        <translation>Respuestas codificadas de forma distinta</translation>
    </message>
    <message>
        <source>Themes the answer keeps: tick each one to keep</source>
        <translation>Temas que conserva la respuesta: marque cada uno</translation>
    </message>
    <message>
        <source>Not codable</source>
        <translation>No codificable</translation>
    </message>
    <message>
        <source>&amp;Save the agreed coding for this answer</source>
        <translation>&amp;Guardar la codificación acordada</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The agreed coding of the answer chosen above: keep the themes you both agree on, and only those (both coders' or one coder's). Keep no theme and the answer is saved as Not codable: it fits none of the themes.</source>
        <translation>La codificación acordada de la respuesta elegida arriba: conserve los temas en los que ambos están de acuerdo, y solo esos (de los dos o de uno). Sin ningún tema, la respuesta se guarda como No codificable: no encaja en ningún tema.</translation>
    </message>
    <message>
        <source>Answers coded differently (settle them together):</source>
        <translation>Respuestas codificadas de forma distinta (resuélvanlas juntos):</translation>
    </message>
    <message>
        <source>Nobody has coded these answers as a second coder yet. A second coder types their name in the coding screen's Coder box and codes the answers blind.</source>
        <translation>Nadie ha codificado aún estas respuestas como segundo codificador. Un segundo codificador escribe su nombre en la casilla Codificador de la pantalla de codificación y codifica a ciegas.</translation>
    </message>
    <message>
        <source>compare the coders</source>
        <translation>comparar a los codificadores</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answers coded by both.</source>
        <translation>
            <numerusform>%Ln respuesta codificada por ambos.</numerusform>
            <numerusform>%Ln respuestas codificadas por ambos.</numerusform>
        </translation>
    </message>
    <message>
        <source>{identical} ({share}) were given exactly the same themes.</source>
        <translation>{identical} ({share}) recibieron exactamente los mismos temas.</translation>
    </message>
    <message>
        <source>Kappa: 1 is perfect agreement, 0 no better than chance.</source>
        <translation>Kappa: 1 es acuerdo perfecto, 0 no mejor que el azar.</translation>
    </message>
    <message>
        <source>These figures compare the coders' blind coding: settling an answer below changes the main coding, not them.</source>
        <translation>Estas cifras comparan la codificación a ciegas: resolver una respuesta abajo cambia la codificación principal, no las cifras.</translation>
    </message>
    <message>
        <source>no theme</source>
        <translation>ningún tema</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>Yes: {themes}</source>
        <translation>Sí: {themes}</translation>
    </message>
    <message>
        <source>both coders</source>
        <translation>los dos codificadores</translation>
    </message>
    <message>
        <source>main coding</source>
        <translation>codificación principal</translation>
    </message>
    <message>
        <source>second coder</source>
        <translation>segundo codificador</translation>
    </message>
    <message>
        <source>{theme}   (given by: {whose})</source>
        <translation>{theme}   (dado por: {whose})</translation>
    </message>
    <message>
        <source>save the coding</source>
        <translation>guardar la codificación</translation>
    </message>
</context>
<context>
    <name>AnswerRulesEditor</name>
    <message>
        <source>Lowest number allowed</source>
        <translation>Número más bajo permitido</translation>
    </message>
    <message>
        <source>Highest number allowed</source>
        <translation>Número más alto permitido</translation>
    </message>
    <message>
        <source>The date cannot be in the future</source>
        <translation>La fecha no puede ser futura</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>Most answers that can be ticked</source>
        <translation>Máximo de respuestas que se pueden marcar</translation>
    </message>
    <message>
        <source>Option that cannot be ticked with others</source>
        <translation>Opción que no se puede marcar con otras</translation>
    </message>
    <message>
        <source>Answer rule written by hand</source>
        <translation>Regla de respuesta escrita a mano</translation>
    </message>
    <message>
        <source>Write the rule by hand instead…</source>
        <translation>Escribir la regla a mano…</translation>
    </message>
    <message>
        <source>Lowest allowed:</source>
        <translation>Mínimo:</translation>
    </message>
    <message>
        <source>Highest allowed:</source>
        <translation>Máximo:</translation>
    </message>
    <message>
        <source>At most this many ticks:</source>
        <translation>Marcas como máximo:</translation>
    </message>
    <message>
        <source>Cannot be ticked with others:</source>
        <translation>No con otras:</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Regla:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Empty: any answer is allowed.</source>
        <translation>Vacía: se permite cualquier respuesta.</translation>
    </message>
    <message>
        <source>⚠ {problem} (at character {position})</source>
        <translation>⚠ {problem} (en el carácter {position})</translation>
    </message>
    <message>
        <source>✓ This rule can be used.</source>
        <translation>✓ Esta regla se puede usar.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de acciones</translation>
    </message>
    <message numerus="yes">
        <source>The trail holds together: %Ln records, none of them changed and none removed between them. Records cut off at the end are not found this way: compare the fingerprint below with the one you noted down last time.</source>
        <translation>
            <numerusform>El registro es coherente: %Ln entrada, sin cambios. Los registros cortados al final no se detectan así: compare la huella de abajo con la que anotó la última vez.</numerusform>
            <numerusform>El registro es coherente: %Ln entradas, ninguna cambiada ni quitada entre ellas. Los registros cortados al final no se detectan así: compare la huella de abajo con la que anotó la última vez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fingerprint of the newest record: {fingerprint}</source>
        <translation>Huella del registro más reciente: {fingerprint}</translation>
    </message>
    <message>
        <source>Note it down (on paper, away from this laptop) each time you look: if a later check shows a fingerprint you did not note down, the newest records may have been cut off.</source>
        <translation>Anótela (en papel, lejos de este portátil) cada vez que mire: si una comprobación posterior muestra una huella que usted no anotó, puede que se hayan cortado los registros más recientes.</translation>
    </message>
    <message>
        <source>But the first {count} carry no key (written by an older DuoDesk, or rewritten by someone with the file): DuoDesk cannot vouch for them.</source>
        <translation>Pero los primeros {count} no llevan clave (escritos por un DuoDesk más antiguo, o reescritos por alguien con el archivo): DuoDesk no puede responder por ellos.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The trail cannot be checked in full on this laptop: {reason}.&lt;/b&gt; If this project was not used on another laptop, keep a copy of it and tell the coordinator.</source>
        <translation>&lt;b&gt;El registro no se puede comprobar por completo en este portátil: {reason}.&lt;/b&gt; Si este proyecto no se usó en otro portátil, guarde una copia y avise al coordinador.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The trail is broken: {reason}.&lt;/b&gt; Someone changed the project file outside DuoDesk. Keep a copy of it and tell the coordinator.</source>
        <translation>&lt;b&gt;El registro está roto: {reason}.&lt;/b&gt; Alguien cambió el archivo del proyecto fuera de DuoDesk. Guarde una copia y avise al coordinador.</translation>
    </message>
</context>
<context>
    <name>BandsEditor</name>
    <message>
        <source>Number question the bands are made from</source>
        <translation>Pregunta de número de la que salen los tramos</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>Tramos</translation>
    </message>
    <message>
        <source>Less than</source>
        <translation>Menos de</translation>
    </message>
    <message>
        <source>Call it</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Include the number itself (“up to 50”)</source>
        <translation>Incluir el número mismo («hasta 50»)</translation>
    </message>
    <message>
        <source>Name for every other answer</source>
        <translation>Nombre para todas las demás respuestas</translation>
    </message>
    <message>
        <source>for example: 40 and over</source>
        <translation>por ejemplo: 40 o más</translation>
    </message>
    <message>
        <source>Add a band</source>
        <translation>Añadir un tramo</translation>
    </message>
    <message>
        <source>Remove the chosen band</source>
        <translation>Quitar el tramo elegido</translation>
    </message>
    <message>
        <source>Put the answers to this number question:</source>
        <translation>Poner las respuestas a esta pregunta de número:</translation>
    </message>
    <message>
        <source>into these bands:</source>
        <translation>en estos tramos:</translation>
    </message>
    <message>
        <source>Every other answer is called:</source>
        <translation>Cualquier otra respuesta se llama:</translation>
    </message>
    <message>
        <source>(choose a number question)</source>
        <translation>(elija una pregunta de número)</translation>
    </message>
    <message>
        <source>This calculation was written by hand and is kept as it is. Fill in the bands below to replace it.</source>
        <translation>Este cálculo se escribió a mano y se deja como está. Rellene los tramos de abajo para cambiarlo.</translation>
    </message>
    <message>
        <source>Choose a number question and the bands to put its answers into.</source>
        <translation>Elija una pregunta de número y los tramos donde poner sus respuestas.</translation>
    </message>
    <message>
        <source>Fill in a number question, each band and every other answer.</source>
        <translation>Rellene una pregunta de número, cada tramo y las demás respuestas.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>There is nothing to draw for this question.</source>
        <translation>No hay nada que dibujar para esta pregunta.</translation>
    </message>
    <message>
        <source>There is no chart to save for this question.</source>
        <translation>No hay gráfico que guardar para esta pregunta.</translation>
    </message>
    <message>
        <source>{path}: the picture could not be written there.</source>
        <translation>{path}: la imagen no se pudo escribir ahí.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Number of people</source>
        <translation>Número de personas</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>% of those who answered each statement</source>
        <translation>% de quienes respondieron a cada frase</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>Problems found in the questionnaire</source>
        <translation>Problemas encontrados en el cuestionario</translation>
    </message>
    <message>
        <source>Must be fixed: {problem}</source>
        <translation>Hay que corregir: {problem}</translation>
    </message>
    <message>
        <source>Check: {problem}</source>
        <translation>Revisar: {problem}</translation>
    </message>
    <message>
        <source>Click to go to it</source>
        <translation>Haga clic para ir allí</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No se encontraron problemas.</translation>
    </message>
    <message numerus="yes">
        <source>%n things to look at (click one to go there):</source>
        <translation>
            <numerusform>%n cosa que mirar (haga clic para ir allí):</numerusform>
            <numerusform>%n cosas que mirar (haga clic en una para ir allí):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <source>Frequency table</source>
        <translation>Tabla de frecuencias</translation>
    </message>
    <message>
        <source>{count_heading} giving each answer</source>
        <translation>{count_heading} que dan cada respuesta</translation>
    </message>
    <message>
        <source>{count_heading} with each answer</source>
        <translation>{count_heading} con cada respuesta</translation>
    </message>
    <message>
        <source>Bar chart of the answers to: {question}</source>
        <translation>Gráfico de barras de las respuestas a: {question}</translation>
    </message>
    <message>
        <source>Nobody answered this question in these interviews.</source>
        <translation>Nadie respondió a esta pregunta en estas entrevistas.</translation>
    </message>
</context>
<context>
    <name>ChoicesEditor</name>
    <message>
        <source>Answer options to use</source>
        <translation>Opciones de respuesta a usar</translation>
    </message>
    <message>
        <source>Name of this list of options</source>
        <translation>Nombre de esta lista de opciones</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>Name of the answer list:</source>
        <translation>Nombre de la lista de respuestas:</translation>
    </message>
    <message>
        <source>Answer options</source>
        <translation>Opciones de respuesta</translation>
    </message>
    <message>
        <source>New option</source>
        <translation>Nueva opción</translation>
    </message>
    <message>
        <source>Type a new option and press Enter</source>
        <translation>Escriba una opción nueva y pulse Intro</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add “{label}”</source>
        <translation>Añadir «{label}»</translation>
    </message>
    <message>
        <source>Add {label} as a code for no answer</source>
        <translation>Añadir {label} como código de sin respuesta</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message numerus="yes">
        <source>These options are shared by %n questions: a change here changes them all.</source>
        <translation>
            <numerusform>Estas opciones las usa %n pregunta.</numerusform>
            <numerusform>Estas opciones las comparten %n preguntas: un cambio aquí las cambia todas.</numerusform>
        </translation>
    </message>
    <message>
        <source>These options come from {file}, which was not added with the questionnaire. DuoDesk asks for it when an interview starts.</source>
        <translation>Estas opciones vienen de {file}, que no se añadió con el cuestionario. DuoDesk lo pide al empezar una entrevista.</translation>
    </message>
    <message>
        <source>Option ({language})</source>
        <translation>Opción ({language})</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opción</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Code for
no answer</source>
        <translation>Código de
sin respuesta</translation>
    </message>
    <message>
        <source>Code for no answer</source>
        <translation>Código de sin respuesta</translation>
    </message>
    <message>
        <source>Not a code for no answer</source>
        <translation>No es código de sin respuesta</translation>
    </message>
    <message>
        <source>{name}: (no options yet)</source>
        <translation>{name}: (aún sin opciones)</translation>
    </message>
    <message>
        <source>New list of options</source>
        <translation>Nueva lista de opciones</translation>
    </message>
    <message>
        <source>Add the option “{label}”</source>
        <translation>Añadir la opción «{label}»</translation>
    </message>
    <message>
        <source>Move an option</source>
        <translation>Mover una opción</translation>
    </message>
    <message>
        <source>Remove the option “{code}”</source>
        <translation>Quitar la opción «{code}»</translation>
    </message>
    <message>
        <source>Change an option</source>
        <translation>Cambiar una opción</translation>
    </message>
    <message>
        <source>Change an option's code</source>
        <translation>Cambiar el código de una opción</translation>
    </message>
    <message>
        <source>Mark a code for no answer</source>
        <translation>Marcar un código de sin respuesta</translation>
    </message>
    <message>
        <source>Unmark a code for no answer</source>
        <translation>Desmarcar un código de sin respuesta</translation>
    </message>
    <message>
        <source>Rename the list “{name}”</source>
        <translation>Cambiar el nombre de la lista «{name}»</translation>
    </message>
</context>
<context>
    <name>ChoosePassphraseDialog</name>
    <message>
        <source>Too short</source>
        <translation>Demasiado corta</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Regular</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Buena</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <source>Choose words you will remember, for example four words that do not belong together (at least {minimum} characters). Write it down and keep it somewhere safe, away from the laptop: without it nobody can open the project, not even the people who made DuoDesk.</source>
        <translation>Elija palabras que vaya a recordar, por ejemplo cuatro palabras que no tengan que ver entre sí (al menos {minimum} caracteres). Anótela y guárdela en un lugar seguro, lejos del ordenador: sin ella nadie puede abrir el proyecto, ni siquiera quienes hicieron DuoDesk.</translation>
    </message>
    <message>
        <source>Lock the project with a passphrase</source>
        <translation>Bloquear el proyecto con una frase de contraseña</translation>
    </message>
    <message>
        <source>The interviews in this project are about people's health and drug use. With a passphrase the project file is encrypted: anyone who copies it from this laptop sees nothing.</source>
        <translation>Las entrevistas de este proyecto tratan de la salud y del uso de drogas de las personas. Con una frase de contraseña el archivo del proyecto se cifra: quien lo copie de este ordenador no verá nada.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>The new passphrase again</source>
        <translation>La nueva frase de contraseña, otra vez</translation>
    </message>
    <message>
        <source>How strong the passphrase is</source>
        <translation>Lo fuerte que es la frase de contraseña</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Nueva frase de contraseña:</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>Escríbala otra vez:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Fuerza:</translation>
    </message>
    <message>
        <source>Use this passphrase</source>
        <translation>Usar esta frase de contraseña</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>DuoDesk will remind you every time it starts.</source>
        <translation>DuoDesk se lo recordará cada vez que se abra.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>Las dos frases de contraseña no son iguales. Escríbalas otra vez.</translation>
    </message>
</context>
<context>
    <name>CodingWindow</name>
    <message>
        <source>Not coded yet</source>
        <translation>Sin codificar</translation>
    </message>
    <message>
        <source>Coded</source>
        <translation>Codificada</translation>
    </message>
    <message>
        <source>Not codable</source>
        <translation>No codificable</translation>
    </message>
    <message>
        <source>Not offered for coding: {names}. The questionnaire marks this question as identifying (the answers could tell who a person is), so they are never coded into themes or quoted.</source>
        <translation>No se ofrece para codificar: {names}. El cuestionario marca esta pregunta como identificativa (las respuestas podrían decir quién es la persona), así que nunca se codifican en temas ni se citan.</translation>
    </message>
    <message>
        <source>Not offered for coding: {names}. The questionnaire marks these questions as identifying (the answers could tell who a person is), so they are never coded into themes or quoted.</source>
        <translation>No se ofrecen para codificar: {names}. El cuestionario marca estas preguntas como identificativas (las respuestas podrían decir quién es la persona), así que nunca se codifican en temas ni se citan.</translation>
    </message>
    <message>
        <source>Code written answers into themes: {title}</source>
        <translation>Codificar respuestas escritas en temas: {title}</translation>
    </message>
    <message>
        <source>Code written answers into themes</source>
        <translation>Codificar respuestas escritas en temas</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Main coding</source>
        <translation>Codificación principal</translation>
    </message>
    <message>
        <source>Second coder's name (empty: the main coding)</source>
        <translation>Nombre del segundo codificador (vacío: la codificación principal)</translation>
    </message>
    <message>
        <source>Leave empty for the main coding, the one counted in Results. A second coder types their name and codes without seeing the main coding.</source>
        <translation>Déjelo vacío para la codificación principal, la que cuenta en Resultados. Un segundo codificador escribe su nombre y codifica sin ver la principal.</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Pregunta:</translation>
    </message>
    <message>
        <source>Coder:</source>
        <translation>Codificador:</translation>
    </message>
    <message>
        <source>Which answer, site and date</source>
        <translation>Qué respuesta, lugar y fecha</translation>
    </message>
    <message>
        <source>The written answer: press 1 to 9 to give a theme</source>
        <translation>La respuesta escrita: pulse 1 a 9 para dar un tema</translation>
    </message>
    <message>
        <source>Coding of this answer</source>
        <translation>Codificación de esta respuesta</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>Next not coded</source>
        <translation>Siguiente sin codificar</translation>
    </message>
    <message>
        <source>Not codable (0)</source>
        <translation>No codificable (0)</translation>
    </message>
    <message>
        <source>Themes: press a theme's number to give it</source>
        <translation>Temas: pulse el número de un tema para darlo</translation>
    </message>
    <message>
        <source>A new theme</source>
        <translation>Un tema nuevo</translation>
    </message>
    <message>
        <source>Name of a new theme</source>
        <translation>Nombre de un tema nuevo</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <source>Describe…</source>
        <translation>Describir…</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Unir con…</translation>
    </message>
    <message>
        <source>Themes (press 1 to 9 to give or take one away)</source>
        <translation>Temas (pulse 1 a 9 para dar o quitar uno)</translation>
    </message>
    <message>
        <source>Agreement between coders…</source>
        <translation>Acuerdo entre codificadores…</translation>
    </message>
    <message>
        <source>Quotes…</source>
        <translation>Citas…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>This questionnaire has no question answered in words, so there is nothing to code.</source>
        <translation>Este cuestionario no tiene preguntas de respuesta escrita: no hay nada que codificar.</translation>
    </message>
    <message>
        <source>Questions not offered for coding</source>
        <translation>Preguntas no ofrecidas para codificar</translation>
    </message>
    <message>
        <source>{coder}'s coding</source>
        <translation>codificación de {coder}</translation>
    </message>
    <message>
        <source>the main coding</source>
        <translation>la codificación principal</translation>
    </message>
    <message numerus="yes">
        <source>{coded} of %Ln answers coded ({whose}).</source>
        <translation>
            <numerusform>{coded} de %Ln respuesta codificada ({whose}).</numerusform>
            <numerusform>{coded} de %Ln respuestas codificadas ({whose}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody has answered this question in words yet.</source>
        <translation>Nadie ha respondido aún a esta pregunta por escrito.</translation>
    </message>
    <message>
        <source>There is nothing to code here: the only question answered in words is marked as identifying (see above).</source>
        <translation>No hay nada que codificar aquí: la única pregunta de respuesta escrita está marcada como identificativa (ver arriba).</translation>
    </message>
    <message>
        <source>There is nothing to code here: every question answered in words is marked as identifying (see above).</source>
        <translation>No hay nada que codificar aquí: todas las preguntas de respuesta escrita están marcadas como identificativas (ver arriba).</translation>
    </message>
    <message>
        <source>Answer {number} of {total}</source>
        <translation>Respuesta {number} de {total}</translation>
    </message>
    <message>
        <source>no site</source>
        <translation>sin lugar</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>Themes: {themes}</source>
        <translation>Temas: {themes}</translation>
    </message>
    <message>
        <source>Every answer is coded.</source>
        <translation>Todas las respuestas están codificadas.</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Rename the theme</source>
        <translation>Renombrar el tema</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <source>Describe the theme</source>
        <translation>Describir el tema</translation>
    </message>
    <message>
        <source>What answers given “{theme}” have in common (shown in the codebook):</source>
        <translation>Qué tienen en común las respuestas con «{theme}» (en el libro de códigos):</translation>
    </message>
    <message>
        <source>Merge the theme</source>
        <translation>Unir el tema</translation>
    </message>
    <message>
        <source>Every answer given “{theme}” gets this theme instead, and “{theme}” is removed:</source>
        <translation>Cada respuesta con «{theme}» recibe este tema en su lugar, y «{theme}» se borra:</translation>
    </message>
    <message>
        <source>A second coder codes without seeing the main coding, so agreement and quotes are shown only in the main coding: empty the second coder's name to see them.</source>
        <translation>Un segundo codificador codifica sin ver la codificación principal: el acuerdo y las citas solo se muestran en la principal. Vacíe el nombre del segundo codificador para verlos.</translation>
    </message>
    <message>
        <source>save the coding</source>
        <translation>guardar la codificación</translation>
    </message>
</context>
<context>
    <name>Command line</name>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>no se puede leer {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <source>Question the condition looks at</source>
        <translation>Pregunta que mira la condición</translation>
    </message>
    <message>
        <source>How the answer is compared</source>
        <translation>Cómo se compara la respuesta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Quitar esta condición</translation>
    </message>
</context>
<context>
    <name>CrosstabView</name>
    <message>
        <source>less than 0.001</source>
        <translation>menos de 0,001</translation>
    </message>
    <message>
        <source>Chi-square cannot be worked out for this table: it needs at least two answers given for each question.</source>
        <translation>El chi-cuadrado no se puede calcular para esta tabla: necesita al menos dos respuestas dadas para cada pregunta.</translation>
    </message>
    <message>
        <source>Chi-square = {chi_square} with {degrees} degrees of freedom, p = {p}.</source>
        <translation>Chi-cuadrado = {chi_square} con {degrees} grados de libertad, p = {p}.</translation>
    </message>
    <message>
        <source>Fisher's exact test (two-sided): p = {p}.</source>
        <translation>Prueba exacta de Fisher (bilateral): p = {p}.</translation>
    </message>
    <message>
        <source>p below 0.05: the answers to the two questions are probably related.</source>
        <translation>p menor que 0,05: las respuestas a las dos preguntas probablemente están relacionadas.</translation>
    </message>
    <message>
        <source>p of 0.05 or more: no clear sign that the answers to the two questions are related.</source>
        <translation>p de 0,05 o más: no hay señal clara de que las respuestas a las dos preguntas estén relacionadas.</translation>
    </message>
    <message>
        <source>This project hides numbers from 1 to {threshold} in everything that leaves the group, so this table hides them as the workbook would: “{hidden}” marks a number fewer than {above}, or one hidden so that such a number cannot be worked out from the totals (which is which is not said: that too would help to work them out). Their percentages are hidden too.</source>
        <translation>Este proyecto oculta los números de 1 a {threshold} en todo lo que sale del grupo, así que esta tabla los oculta como el libro: «{hidden}» marca un número menor que {above}, o uno oculto para que ese número no se pueda deducir de los totales (no se dice cuál: eso también ayudaría a deducirlos). Sus porcentajes también se ocultan.</translation>
    </message>
    <message>
        <source>Question down the side (rows)</source>
        <translation>Pregunta al costado (filas)</translation>
    </message>
    <message>
        <source>Question across the top (columns)</source>
        <translation>Pregunta arriba (columnas)</translation>
    </message>
    <message>
        <source>What each cell shows</source>
        <translation>Qué muestra cada celda</translation>
    </message>
    <message>
        <source>&amp;Make the table</source>
        <translation>&amp;Hacer la tabla</translation>
    </message>
    <message>
        <source>&amp;Copy the table</source>
        <translation>&amp;Copiar la tabla</translation>
    </message>
    <message>
        <source>Copy the table of two questions, to paste into a document</source>
        <translation>Copiar la tabla de dos preguntas, para pegarla en un documento</translation>
    </message>
    <message>
        <source>&amp;Rows (down the side):</source>
        <translation>&amp;Filas (al costado):</translation>
    </message>
    <message>
        <source>Col&amp;umns (across the top):</source>
        <translation>Col&amp;umnas (arriba):</translation>
    </message>
    <message>
        <source>&amp;Each cell shows:</source>
        <translation>Cada celda &amp;muestra:</translation>
    </message>
    <message>
        <source>Choose two questions and press “Make the table”.</source>
        <translation>Elija dos preguntas y pulse «Hacer la tabla».</translation>
    </message>
    <message>
        <source>Chi-square test</source>
        <translation>Prueba de chi-cuadrado</translation>
    </message>
    <message>
        <source>Warning about small numbers</source>
        <translation>Aviso sobre números pequeños</translation>
    </message>
    <message>
        <source>Small numbers hidden</source>
        <translation>Números pequeños ocultos</translation>
    </message>
    <message>
        <source>Two questions compared</source>
        <translation>Dos preguntas comparadas</translation>
    </message>
    <message>
        <source>{question} (each instance of “{repeat}”)</source>
        <translation>{question} (cada «{repeat}»)</translation>
    </message>
    <message>
        <source>Choose two different questions.</source>
        <translation>Elija dos preguntas distintas.</translation>
    </message>
    <message>
        <source>Working it out…</source>
        <translation>Calculando…</translation>
    </message>
    <message numerus="yes">
        <source>“{rows}” (rows) by “{columns}” (columns): the {total} {things} named by %Ln people with an answer to both (answers counted as no answer left out).</source>
        <translation>
            <numerusform>«{rows}» (filas) según «{columns}» (columnas): los {total} {things} nombrados por %Ln persona con respuesta a ambas (sin las respuestas contadas como sin respuesta).</numerusform>
            <numerusform>«{rows}» (filas) según «{columns}» (columnas): los {total} {things} nombrados por %Ln personas con respuesta a ambas (sin las respuestas contadas como sin respuesta).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{rows}” (rows) by “{columns}” (columns): the %Ln people who gave an answer to both (answers counted as no answer left out).</source>
        <translation>
            <numerusform>«{rows}» (filas) según «{columns}» (columnas): la %Ln persona que respondió a ambas (sin las respuestas contadas como sin respuesta).</numerusform>
            <numerusform>«{rows}» (filas) según «{columns}» (columnas): las %Ln personas que respondieron a ambas (sin las respuestas contadas como sin respuesta).</numerusform>
        </translation>
    </message>
    <message>
        <source>Number of {things}</source>
        <translation>Número de {things}</translation>
    </message>
    <message>
        <source>% of all {things}</source>
        <translation>% de todos los {things}</translation>
    </message>
    <message>
        <source>No chi-square or Fisher test is shown: with some numbers hidden, its result could be used to work them out.</source>
        <translation>No se muestra chi-cuadrado ni prueba de Fisher: con números ocultos, su resultado podría servir para deducirlos.</translation>
    </message>
    <message>
        <source>Each cell shows: {shows}</source>
        <translation>Cada celda muestra: {shows}</translation>
    </message>
    <message>
        <source>{rows} by {columns}</source>
        <translation>{rows} según {columns}</translation>
    </message>
</context>
<context>
    <name>Designer</name>
    <message>
        <source>Don't know</source>
        <translation>No sabe</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>Prefiere no decirlo</translation>
    </message>
    <message>
        <source>One answer from a list</source>
        <translation>Una respuesta de una lista</translation>
    </message>
    <message>
        <source>Several answers from a list</source>
        <translation>Varias respuestas de una lista</translation>
    </message>
    <message>
        <source>Written answer</source>
        <translation>Respuesta escrita</translation>
    </message>
    <message>
        <source>Whole number</source>
        <translation>Número entero</translation>
    </message>
    <message>
        <source>Number with decimals</source>
        <translation>Número con decimales</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Information to read out (no answer)</source>
        <translation>Información para leer (sin respuesta)</translation>
    </message>
    <message>
        <source>Worked out from other answers</source>
        <translation>Calculado a partir de otras respuestas</translation>
    </message>
    <message>
        <source>Location (typed, or left blank)</source>
        <translation>Lugar (escrito, o en blanco)</translation>
    </message>
    <message>
        <source>Line on a map (typed, or left blank)</source>
        <translation>Línea en un mapa (escrita, o en blanco)</translation>
    </message>
    <message>
        <source>Shape on a map (typed, or left blank)</source>
        <translation>Forma en un mapa (escrita, o en blanco)</translation>
    </message>
    <message>
        <source>Photo (a file attached)</source>
        <translation>Foto (un archivo adjunto)</translation>
    </message>
    <message>
        <source>Recording (a file attached)</source>
        <translation>Grabación (un archivo adjunto)</translation>
    </message>
    <message>
        <source>Video (a file attached)</source>
        <translation>Vídeo (un archivo adjunto)</translation>
    </message>
    <message>
        <source>File attached</source>
        <translation>Archivo adjunto</translation>
    </message>
    <message>
        <source>Barcode (typed)</source>
        <translation>Código de barras (escrito)</translation>
    </message>
    <message>
        <source>Number in a range</source>
        <translation>Número en un rango</translation>
    </message>
    <message>
        <source>OK to tick</source>
        <translation>OK para marcar</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Grabación</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Código de barras</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>One answer</source>
        <translation>Una respuesta</translation>
    </message>
    <message>
        <source>Several answers</source>
        <translation>Varias respuestas</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Escrita</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Worked out</source>
        <translation>Calculado</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Print on paper</source>
        <translation>Imprimir en papel</translation>
    </message>
    <message>
        <source>How many numbered copies? Each gets its own datasheet number, so a sheet typed in can be found again (0: one copy with a space to write the number).</source>
        <translation>¿Cuántas copias numeradas? Cada una tiene su número de hoja, para volver a encontrar una hoja pasada (0: una copia con espacio para escribir el número).</translation>
    </message>
    <message>
        <source>Number of the first copy:</source>
        <translation>Número de la primera copia:</translation>
    </message>
    <message>
        <source>The paper questionnaire is in {path}</source>
        <translation>El cuestionario en papel está en {path}</translation>
    </message>
    <message>
        <source>Save as XLSForm</source>
        <translation>Guardar como XLSForm</translation>
    </message>
    <message>
        <source>XLSForm workbooks (*.xlsx)</source>
        <translation>Libros XLSForm (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved as an XLSForm in {path}, with {files} next to it</source>
        <translation>Guardado como XLSForm en {path}, con {files} al lado</translation>
    </message>
    <message>
        <source>Saved as an XLSForm in {path}</source>
        <translation>Guardado como XLSForm en {path}</translation>
    </message>
    <message>
        <source>Bring in an XLSForm</source>
        <translation>Traer un XLSForm</translation>
    </message>
    <message>
        <source>This file cannot be used</source>
        <translation>Este archivo no se puede usar</translation>
    </message>
    <message>
        <source>Bring in {file}</source>
        <translation>Traer {file}</translation>
    </message>
    <message>
        <source>New questionnaire</source>
        <extracomment>A new questionnaire's title until it is given one, in the interface language.</extracomment>
        <translation>Nuevo cuestionario</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Repeated section</source>
        <translation>Sección repetida</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Cuadrícula</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Filled in by the program</source>
        <translation>Lo rellena el programa</translation>
    </message>
    <message>
        <source>is</source>
        <extracomment>How each comparison reads in the builder (the core's own words are its English ones).</extracomment>
        <translation>es</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>no es</translation>
    </message>
    <message>
        <source>includes</source>
        <translation>incluye</translation>
    </message>
    <message>
        <source>does not include</source>
        <translation>no incluye</translation>
    </message>
    <message>
        <source>is more than</source>
        <translation>es más que</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>es menos que</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Try the questionnaire</source>
        <translation>Probar el cuestionario</translation>
    </message>
    <message>
        <source>Print on paper (PDF)…</source>
        <translation>Imprimir en papel (PDF)…</translation>
    </message>
    <message>
        <source>Bring in an XLSForm…</source>
        <translation>Traer un XLSForm…</translation>
    </message>
    <message>
        <source>Save as XLSForm…</source>
        <translation>Guardar como XLSForm…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the designer (Escape); you are asked about changes</source>
        <translation>Cerrar el diseñador (Esc); se le pregunta por los cambios</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>Diseñador</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>&amp;Add a question</source>
        <translation>&amp;Añadir una pregunta</translation>
    </message>
    <message>
        <source>Add a question (Ctrl+Shift+N)</source>
        <translation>Añadir una pregunta (Ctrl+Mayús+N)</translation>
    </message>
    <message>
        <source>A section (a group of questions)</source>
        <translation>Una sección (un grupo de preguntas)</translation>
    </message>
    <message>
        <source>A repeated section (asked for each one: each drug, each service)</source>
        <translation>Una sección repetida (para cada uno: cada droga, cada servicio)</translation>
    </message>
    <message>
        <source>A grid (statements on one scale)</source>
        <translation>Una cuadrícula (frases en una escala)</translation>
    </message>
    <message>
        <source>Title and languages</source>
        <translation>Título e idiomas</translation>
    </message>
    <message>
        <source>What the interviewer will see</source>
        <translation>Lo que verá el entrevistador</translation>
    </message>
    <message>
        <source>Checks before use</source>
        <translation>Revisión antes de usar</translation>
    </message>
    <message>
        <source>This project already has a questionnaire named “{name}” in its data files. Choose another name in the data files under “Title and languages”, then save again.</source>
        <translation>Este proyecto ya tiene un cuestionario llamado «{name}» en sus archivos de datos. Elija otro nombre en los archivos de datos en «Título e idiomas» y vuelva a guardar.</translation>
    </message>
</context>
<context>
    <name>DesignerWindow</name>
    <message numerus="yes">
        <source>%n interviews use this questionnaire: saving a change makes a new version, and those interviews keep theirs.</source>
        <translation>
            <numerusform>%n entrevista usa este cuestionario: guardar un cambio crea una versión nueva, y esa entrevista mantiene la suya.</numerusform>
            <numerusform>%n entrevistas usan este cuestionario: guardar un cambio crea una versión nueva, y esas entrevistas mantienen la suya.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes are kept when you press Save.</source>
        <translation>Los cambios se guardan al pulsar Guardar.</translation>
    </message>
    <message>
        <source>Designing “{title}” (not saved) — DuoDesk</source>
        <translation>Diseñando «{title}» (sin guardar) — DuoDesk</translation>
    </message>
    <message>
        <source>Designing “{title}” — DuoDesk</source>
        <translation>Diseñando «{title}» — DuoDesk</translation>
    </message>
    <message>
        <source>Add a question ({kind})</source>
        <translation>Añadir una pregunta ({kind})</translation>
    </message>
    <message>
        <source>Add a section</source>
        <translation>Añadir una sección</translation>
    </message>
    <message>
        <source>Add a repeated section</source>
        <translation>Añadir una sección repetida</translation>
    </message>
    <message>
        <source>Add a grid</source>
        <translation>Añadir una cuadrícula</translation>
    </message>
    <message>
        <source>Move a question</source>
        <translation>Mover una pregunta</translation>
    </message>
    <message>
        <source>Duplicate a question</source>
        <translation>Duplicar una pregunta</translation>
    </message>
    <message>
        <source>Delete a question</source>
        <translation>Borrar una pregunta</translation>
    </message>
    <message>
        <source>Saved as version {number}. Interviews already entered keep the version they were entered with.</source>
        <translation>Guardado como versión {number}. Las entrevistas ya pasadas mantienen la versión con la que se pasaron.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Saved (nothing had changed).</source>
        <translation>Guardado (no había cambios).</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>The questionnaire could not be saved. Nothing was changed.

{error}</source>
        <translation>No se pudo guardar el cuestionario. No se cambió nada.

{error}</translation>
    </message>
    <message>
        <source>Not saved yet: fix the problems marked “Must be fixed” under Checks before use.</source>
        <translation>Aún no guardado: corrija los problemas marcados «Hay que corregir» en Revisión antes de usar.</translation>
    </message>
    <message>
        <source>It cannot be tried yet: fix the problems marked “Must be fixed” first.</source>
        <translation>Aún no se puede probar: corrija antes los problemas marcados «Hay que corregir».</translation>
    </message>
    <message>
        <source>Save the changes?</source>
        <translation>¿Guardar los cambios?</translation>
    </message>
    <message>
        <source>“{title}” has changes that are not saved.</source>
        <translation>«{title}» tiene cambios sin guardar.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>One interview</source>
        <translation>Una entrevista</translation>
    </message>
    <message>
        <source>The other interview</source>
        <translation>La otra entrevista</translation>
    </message>
    <message>
        <source>Participant code</source>
        <translation>Código de participante</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Keep both</source>
        <extracomment>What the screen calls each decision (the project keeps the decision's name, the key).</extracomment>
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
        <translation>Aún sin revisar</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>no site</source>
        <translation>sin lugar</translation>
    </message>
    <message>
        <source>The same</source>
        <translation>Igual</translation>
    </message>
    <message>
        <source>One part different</source>
        <translation>Una parte distinta</translation>
    </message>
    <message>
        <source>Possible duplicates across sites</source>
        <translation>Posibles duplicados entre lugares</translation>
    </message>
    <message>
        <source>These interviews were entered on different laptops, and the participant codes are the same or differ in one part. It may be one person interviewed twice. Choose a pair and say what you think; the decision goes to the other laptops with the next transfer file. Nothing is deleted.</source>
        <translation>Estas entrevistas se hicieron en ordenadores distintos, y los códigos de participante son iguales o se diferencian en una parte. Puede ser una persona entrevistada dos veces. Elija una pareja y diga qué piensa; la decisión va a los otros ordenadores con el siguiente archivo de transferencia. No se borra nada.</translation>
    </message>
    <message>
        <source>Pairs of interviews that may be the same person</source>
        <translation>Parejas de entrevistas que pueden ser la misma persona</translation>
    </message>
    <message>
        <source>No possible duplicates across sites. Nothing to review.</source>
        <translation>No hay posibles duplicados entre lugares. Nada que revisar.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>show the possible duplicates</source>
        <translation>mostrar los posibles duplicados</translation>
    </message>
</context>
<context>
    <name>ExportWindow</name>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>A row per interview can identify the person interviewed in a small survey (the site, the date, sex and age are often enough), even without names. Keep that file within the group; the summary workbook is the one to pass on.</source>
        <translation>Una fila por entrevista puede identificar a la persona entrevistada en una encuesta pequeña (el lugar, la fecha, el sexo y la edad suelen bastar), aunque no haya nombres. Guarde ese archivo dentro del grupo; el libro de resumen es el que se entrega.</translation>
    </message>
    <message>
        <source>Findings report (Word)</source>
        <translation>Informe de resultados (Word)</translation>
    </message>
    <message>
        <source>A draft for the group to edit: how the survey was done, a sentence per question, the tables and charts, and an annex of every result. Its numbers are the workbook's, small numbers hidden the same way; it has no row per interview.</source>
        <translation>Un borrador para que el grupo lo edite: cómo se hizo la encuesta, una frase por pregunta, las tablas y gráficos, y un anexo con todos los resultados. Sus números son los del libro, con los números pequeños ocultos igual; no tiene filas por entrevista.</translation>
    </message>
    <message>
        <source>This file has one row per interview: in a small survey a row can identify the person interviewed. Keep it within the group; give the health board the workbook instead.</source>
        <translation>Este archivo tiene una fila por entrevista: en una encuesta pequeña una fila puede identificar a la persona entrevistada. Guárdelo dentro del grupo; a la autoridad sanitaria dele mejor el libro.</translation>
    </message>
    <message>
        <source>Export: {title}</source>
        <translation>Exportar: {title}</translation>
    </message>
    <message>
        <source>Export “{title}”</source>
        <translation>Exportar «{title}»</translation>
    </message>
    <message>
        <source>Which interviews</source>
        <translation>Qué entrevistas</translation>
    </message>
    <message>
        <source>Hide small numbers, from 1 to</source>
        <translation>Ocultar números pequeños, de 1 a</translation>
    </message>
    <message>
        <source>Hide numbers up to</source>
        <translation>Ocultar números hasta</translation>
    </message>
    <message>
        <source>De-identified: leave out written answers, locations, identifying questions and interviewer names</source>
        <translation>Anonimizado: sin respuestas escritas, ubicaciones, preguntas que identifican ni nombres de entrevistadores</translation>
    </message>
    <message>
        <source>Also save one row per interview, in a separate file (…-interviews.xlsx)</source>
        <translation>Guardar también una fila por entrevista, en un archivo aparte (…-interviews.xlsx)</translation>
    </message>
    <message>
        <source>Keeping people safe</source>
        <translation>Proteger a las personas</translation>
    </message>
    <message>
        <source>The participant code is never exported. For a file that leaves the group, keep small numbers hidden and the data de-identified, and leave out the rows per interview.</source>
        <translation>El código de participante nunca se exporta. Para un archivo que sale del grupo, mantenga ocultos los números pequeños y los datos anonimizados, y deje fuera las filas por entrevista.</translation>
    </message>
    <message>
        <source>Labels (easier to read)</source>
        <translation>Etiquetas (más fáciles de leer)</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Códigos</translation>
    </message>
    <message>
        <source>Answers as:</source>
        <translation>Respuestas como:</translation>
    </message>
    <message>
        <source>Language of questions and answers</source>
        <translation>Idioma de preguntas y respuestas</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Also save it as a PDF (A4), beside the Word document</source>
        <translation>Guardarlo también como PDF (A4), junto al documento Word</translation>
    </message>
    <message>
        <source>The group's name, for the title page</source>
        <translation>El nombre del grupo, para la portada</translation>
    </message>
    <message>
        <source>e.g. Glasgow Involvement Group</source>
        <translation>p. ej. Grupo de usuarios de Madrid</translation>
    </message>
    <message>
        <source>The group's name (for the title page):</source>
        <translation>El nombre del grupo (para la portada):</translation>
    </message>
    <message>
        <source>Save the file as</source>
        <translation>Guardar el archivo como</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose where to save the file</source>
        <translation>Elegir dónde guardar el archivo</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>Guardar &amp;como:</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>El archivo</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Avance de la exportación</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Close the export window</source>
        <translation>Cerrar la ventana de exportación</translation>
    </message>
    <message>
        <source>This project requires numbers from 1 to {required} to be hidden in every workbook: you can hide more, not fewer.</source>
        <translation>Este proyecto exige ocultar los números de 1 a {required} en cada libro: puede ocultar más, no menos.</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Documento Word (*.docx)</translation>
    </message>
    <message>
        <source>Save the export as</source>
        <translation>Guardar la exportación como</translation>
    </message>
    <message>
        <source>Exporting to {file}…</source>
        <translation>Exportando a {file}…</translation>
    </message>
    <message>
        <source>Done. {what} Saved in {folder}.</source>
        <translation>Hecho. {what} Guardado en {folder}.</translation>
    </message>
    <message>
        <source>Stopping… nothing will be saved.</source>
        <translation>Parando… no se guardará nada.</translation>
    </message>
    <message>
        <source>Stop the export; nothing will be saved</source>
        <translation>Parar la exportación; no se guardará nada</translation>
    </message>
    <message>
        <source>It could not be noted in the project's record of who did what ({details}).</source>
        <translation>No se pudo anotar en el registro del proyecto ({details}).</translation>
    </message>
    <message>
        <source>Done. {what} Saved as {file}.</source>
        <translation>Hecho. {what} Guardado como {file}.</translation>
    </message>
    <message>
        <source>The export was cancelled. No file was saved.</source>
        <translation>Se canceló la exportación. No se guardó ningún archivo.</translation>
    </message>
    <message>
        <source>The export could not be made: {error}</source>
        <translation>No se pudo hacer la exportación: {error}</translation>
    </message>
    <message>
        <source>make the export</source>
        <translation>hacer la exportación</translation>
    </message>
</context>
<context>
    <name>GridPage</name>
    <message>
        <source>Grid of statements</source>
        <translation>Cuadro de frases</translation>
    </message>
    <message>
        <source>Stacked bars of the statements of: {question}</source>
        <translation>Barras apiladas de las frases de: {question}</translation>
    </message>
    <message>
        <source>Nobody answered these statements in these interviews.</source>
        <translation>Nadie respondió a estas frases en estas entrevistas.</translation>
    </message>
</context>
<context>
    <name>GroupEditor</name>
    <message>
        <source>Grid question</source>
        <translation>Pregunta de la cuadrícula</translation>
    </message>
    <message>
        <source>Section title</source>
        <translation>Título de la sección</translation>
    </message>
    <message>
        <source>Help for the interviewer</source>
        <translation>Ayuda para el entrevistador</translation>
    </message>
    <message>
        <source>Show all its questions on one page</source>
        <translation>Mostrar todas sus preguntas en una página</translation>
    </message>
    <message>
        <source>Ask its questions for each one (a repeat)</source>
        <translation>Hacer sus preguntas para cada uno (una repetición)</translation>
    </message>
    <message>
        <source>For each drug used, each service tried: asked once per each one</source>
        <translation>Para cada droga usada, cada servicio probado: una vez por cada uno</translation>
    </message>
    <message>
        <source>How many times its questions are asked</source>
        <translation>Cuántas veces se hacen sus preguntas</translation>
    </message>
    <message>
        <source>Change when it is asked</source>
        <translation>Cambiar cuándo se pregunta</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Pregunta:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Help:</source>
        <translation>Ayuda:</translation>
    </message>
    <message>
        <source>Name in the data file</source>
        <translation>Nombre en el archivo de datos</translation>
    </message>
    <message>
        <source>Name in the data file:</source>
        <translation>Nombre en el archivo de datos:</translation>
    </message>
    <message>
        <source>How many times:</source>
        <translation>Cuántas veces:</translation>
    </message>
    <message>
        <source>Scale (the answers for every statement)</source>
        <translation>Escala (las respuestas para cada frase)</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Frases</translation>
    </message>
    <message>
        <source>When to ask it</source>
        <translation>Cuándo preguntarla</translation>
    </message>
    <message>
        <source>New statement</source>
        <translation>Nueva frase</translation>
    </message>
    <message>
        <source>Type a new statement and press Enter</source>
        <translation>Escriba una frase nueva y pulse Intro</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Statement ({language})</source>
        <translation>Frase ({language})</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Frase</translation>
    </message>
    <message>
        <source>Change the title</source>
        <translation>Cambiar el título</translation>
    </message>
    <message>
        <source>Change the help text</source>
        <translation>Cambiar la ayuda</translation>
    </message>
    <message>
        <source>Change how the section is shown</source>
        <translation>Cambiar cómo se muestra la sección</translation>
    </message>
    <message>
        <source>As many as the interviewer adds</source>
        <translation>Tantas como añada el entrevistador</translation>
    </message>
    <message>
        <source>The answer to “{question}”</source>
        <translation>La respuesta a «{question}»</translation>
    </message>
    <message numerus="yes">
        <source>Always %n times</source>
        <translation>
            <numerusform>Siempre %n vez</numerusform>
            <numerusform>Siempre %n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>As the form says: {count}</source>
        <translation>Como dice el formulario: {count}</translation>
    </message>
    <message>
        <source>Make it a repeated section</source>
        <translation>Hacerla una sección repetida</translation>
    </message>
    <message>
        <source>Ask its questions once</source>
        <translation>Hacer sus preguntas una vez</translation>
    </message>
    <message>
        <source>Change how many times it is asked</source>
        <translation>Cambiar cuántas veces se pregunta</translation>
    </message>
    <message>
        <source>Change the name in the data file</source>
        <translation>Cambiar el nombre en el archivo de datos</translation>
    </message>
    <message>
        <source>Change a statement's name in the data file</source>
        <translation>Cambiar el nombre de una afirmación en el archivo de datos</translation>
    </message>
    <message>
        <source>Change the grid's scale</source>
        <translation>Cambiar la escala de la cuadrícula</translation>
    </message>
    <message>
        <source>Add the statement “{statement}”</source>
        <translation>Añadir la frase «{statement}»</translation>
    </message>
    <message>
        <source>Move a statement</source>
        <translation>Mover una frase</translation>
    </message>
    <message>
        <source>Remove a statement</source>
        <translation>Quitar una frase</translation>
    </message>
    <message>
        <source>Change a statement</source>
        <translation>Cambiar una frase</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Start an interview</source>
        <translation>Empezar una entrevista</translation>
    </message>
    <message>
        <source>Correct an interview</source>
        <translation>Corregir una entrevista</translation>
    </message>
    <message>
        <source>Read the Results</source>
        <translation>Leer los Resultados</translation>
    </message>
    <message>
        <source>Add interviews from a file</source>
        <translation>Añadir entrevistas desde un archivo</translation>
    </message>
    <message>
        <source>Export for the health board</source>
        <translation>Exportar para la autoridad sanitaria</translation>
    </message>
    <message>
        <source>Lock the project</source>
        <translation>Bloquear el proyecto</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>
&lt;h2&gt;Start an interview&lt;/h2&gt;
&lt;ol&gt;
&lt;li&gt;On the main window, click the questionnaire in the list.&lt;/li&gt;
&lt;li&gt;Press &lt;b&gt;Start an interview…&lt;/b&gt; (or Ctrl+I, or Enter on the list).&lt;/li&gt;
&lt;li&gt;Choose your name, the site and the date, then press &lt;b&gt;Start the interview&lt;/b&gt;.&lt;/li&gt;
&lt;li&gt;Each question has its own page. Press the number of an answer (1, 2, 3…) or type it, then
press &lt;b&gt;Enter&lt;/b&gt; or &lt;b&gt;Next&lt;/b&gt;. &lt;b&gt;Back&lt;/b&gt; (Alt+Left) goes to the page before.&lt;/li&gt;
&lt;li&gt;If an answer is needed or is not allowed, a red message says why and the interview stays
on that question. &lt;b&gt;Skip for now&lt;/b&gt; goes on without it; you are reminded at the end.&lt;/li&gt;
&lt;li&gt;On the last page press &lt;b&gt;Finish the interview&lt;/b&gt;. Then press Enter to close.&lt;/li&gt;
&lt;/ol&gt;
&lt;p&gt;Every answer is saved as soon as it is given. If the laptop is closed or the power goes,
the interview waits under “unfinished interviews” on the main window: press
&lt;b&gt;Resume or discard…&lt;/b&gt; to carry on.&lt;/p&gt;
</source>
        <translation>
&lt;h2&gt;Empezar una entrevista&lt;/h2&gt;
&lt;ol&gt;
&lt;li&gt;En la ventana principal, haga clic en el cuestionario de la lista.&lt;/li&gt;
&lt;li&gt;Pulse &lt;b&gt;Empezar una entrevista…&lt;/b&gt; (o Ctrl+I, o Intro en la lista).&lt;/li&gt;
&lt;li&gt;Elija su nombre, el lugar y la fecha, y pulse &lt;b&gt;Empezar la entrevista&lt;/b&gt;.&lt;/li&gt;
&lt;li&gt;Cada pregunta tiene su página. Pulse el número de una respuesta (1, 2, 3…) o escríbala, y
pulse &lt;b&gt;Intro&lt;/b&gt; o &lt;b&gt;Siguiente&lt;/b&gt;. &lt;b&gt;Atrás&lt;/b&gt; (Alt+Izquierda) vuelve a la página anterior.&lt;/li&gt;
&lt;li&gt;Si falta una respuesta o no está permitida, un mensaje rojo dice por qué y la entrevista se queda
en esa pregunta. &lt;b&gt;Saltar por ahora&lt;/b&gt; sigue sin ella; se le recuerda al final.&lt;/li&gt;
&lt;li&gt;En la última página pulse &lt;b&gt;Terminar la entrevista&lt;/b&gt;. Luego pulse Intro para cerrar.&lt;/li&gt;
&lt;/ol&gt;
&lt;p&gt;Cada respuesta se guarda en cuanto se da. Si se cierra el ordenador o se va la luz, la entrevista
espera en «entrevistas sin terminar» en la ventana principal: pulse &lt;b&gt;Retomar o descartar…&lt;/b&gt;
para seguir.&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>
&lt;h2&gt;Correct an interview&lt;/h2&gt;
&lt;ol&gt;
&lt;li&gt;Choose the questionnaire and press &lt;b&gt;Interviews…&lt;/b&gt; (Ctrl+L).&lt;/li&gt;
&lt;li&gt;Find the interview (type a site, a name or a date in &lt;b&gt;Search&lt;/b&gt;) and press
&lt;b&gt;Open to read or correct…&lt;/b&gt;. You can read it without giving your name.&lt;/li&gt;
&lt;li&gt;The first page lists every question and its answer. Click an answer to change it.&lt;/li&gt;
&lt;li&gt;When you make the first change, DuoDesk asks &lt;b&gt;Who is correcting?&lt;/b&gt;. Every change is
recorded with your name, the time, the old answer and the new one.&lt;/li&gt;
&lt;li&gt;When the changes are made, press &lt;b&gt;Done correcting&lt;/b&gt; (beside &lt;b&gt;Next&lt;/b&gt;): DuoDesk checks
the answers and saves the corrections.&lt;/li&gt;
&lt;/ol&gt;
</source>
        <translation>
&lt;h2&gt;Corregir una entrevista&lt;/h2&gt;
&lt;ol&gt;
&lt;li&gt;Elija el cuestionario y pulse &lt;b&gt;Entrevistas…&lt;/b&gt; (Ctrl+L).&lt;/li&gt;
&lt;li&gt;Busque la entrevista (escriba un lugar, un nombre o una fecha en &lt;b&gt;Buscar&lt;/b&gt;) y pulse
&lt;b&gt;Abrir para leer o corregir…&lt;/b&gt;. Puede leerla sin dar su nombre.&lt;/li&gt;
&lt;li&gt;La primera página muestra cada pregunta y su respuesta. Haga clic en una respuesta para cambiarla.&lt;/li&gt;
&lt;li&gt;Al hacer el primer cambio, DuoDesk pregunta &lt;b&gt;¿Quién corrige?&lt;/b&gt;. Cada cambio se anota con su
nombre, la hora, la respuesta antigua y la nueva.&lt;/li&gt;
&lt;li&gt;Cuando termine los cambios, pulse &lt;b&gt;Corrección terminada&lt;/b&gt; (junto a &lt;b&gt;Siguiente&lt;/b&gt;): DuoDesk revisa
las respuestas y guarda las correcciones.&lt;/li&gt;
&lt;/ol&gt;
</translation>
    </message>
    <message>
        <source>
&lt;h2&gt;Read the Results&lt;/h2&gt;
&lt;ol&gt;
&lt;li&gt;Choose the questionnaire and press &lt;b&gt;Results…&lt;/b&gt; (Ctrl+R).&lt;/li&gt;
&lt;li&gt;Click a question in the list. The table shows how many people gave each answer.&lt;/li&gt;
&lt;li&gt;Under the title a sentence says who the numbers are about, for example “40 of the 66
people asked answered; 13 were not asked”. &lt;b&gt;Not asked (skipped)&lt;/b&gt; means the question did
not apply to that person. &lt;b&gt;No answer&lt;/b&gt; means it applied but was left blank.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Valid percent&lt;/b&gt; leaves out “Don't know” and “Prefer not to say”.&lt;/li&gt;
&lt;li&gt;To count only some interviews, choose a site, an interviewer or dates at the top, or
“Only people whose answer to … is …”. &lt;b&gt;Count everyone again&lt;/b&gt; undoes that.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Copy the table&lt;/b&gt; puts it on the clipboard for a document; &lt;b&gt;Save the chart as a
picture…&lt;/b&gt; saves a PNG.&lt;/li&gt;
&lt;/ol&gt;
</source>
        <translation>
&lt;h2&gt;Leer los Resultados&lt;/h2&gt;
&lt;ol&gt;
&lt;li&gt;Elija el cuestionario y pulse &lt;b&gt;Resultados…&lt;/b&gt; (Ctrl+R).&lt;/li&gt;
&lt;li&gt;Haga clic en una pregunta de la lista. La tabla muestra cuántas personas dieron cada respuesta.&lt;/li&gt;
&lt;li&gt;Bajo el título, una frase dice de quién hablan los números, por ejemplo «40 de las 66 personas
preguntadas respondieron; a 13 no se les preguntó». &lt;b&gt;No preguntada (saltada)&lt;/b&gt; quiere decir que
la pregunta no era para esa persona. &lt;b&gt;Sin respuesta&lt;/b&gt; quiere decir que sí lo era pero quedó en blanco.&lt;/li&gt;
&lt;li&gt;El &lt;b&gt;porcentaje válido&lt;/b&gt; deja fuera «No sabe» y «Prefiere no decirlo».&lt;/li&gt;
&lt;li&gt;Para contar solo algunas entrevistas, elija arriba un lugar, un entrevistador o fechas, o «Solo
las personas cuya respuesta a … es …». &lt;b&gt;Contar a todos otra vez&lt;/b&gt; lo deshace.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Copiar la tabla&lt;/b&gt; la pone en el portapapeles para un documento; &lt;b&gt;Guardar el gráfico como
imagen…&lt;/b&gt; guarda un PNG.&lt;/li&gt;
&lt;/ol&gt;
</translation>
    </message>
    <message>
        <source>
&lt;h2&gt;Add interviews from a file&lt;/h2&gt;
&lt;p&gt;Interviews collected elsewhere (with ODK Collect, KoboToolbox, or DuoDesk on another laptop)
can be added to a questionnaire of this project.&lt;/p&gt;
&lt;ol&gt;
&lt;li&gt;Choose the questionnaire in the list.&lt;/li&gt;
&lt;li&gt;In the &lt;b&gt;Questionnaire&lt;/b&gt; menu (or with a right click on the questionnaire) choose
&lt;b&gt;Add interviews from a file…&lt;/b&gt; (Ctrl+Shift+I).&lt;/li&gt;
&lt;li&gt;Choose the file: a CSV or Excel (.xlsx) file, or the .zip that ODK Central gives.&lt;/li&gt;
&lt;/ol&gt;
&lt;p&gt;DuoDesk then says how many interviews were added, how many were already in the project,
and which columns were left out. If any row has a problem, nothing is added and each problem
is listed with its row and column: correct the file and add it again, or press &lt;b&gt;Add only the
rows without problems&lt;/b&gt;.&lt;/p&gt;
</source>
        <translation>
&lt;h2&gt;Añadir entrevistas desde un archivo&lt;/h2&gt;
&lt;p&gt;Las entrevistas recogidas en otro lugar (con ODK Collect, KoboToolbox o DuoDesk en otro
portátil) se pueden añadir a un cuestionario de este proyecto.&lt;/p&gt;
&lt;ol&gt;
&lt;li&gt;Elija el cuestionario en la lista.&lt;/li&gt;
&lt;li&gt;En el menú &lt;b&gt;Cuestionario&lt;/b&gt; (o con un clic derecho sobre el cuestionario) elija
&lt;b&gt;Añadir entrevistas desde un archivo…&lt;/b&gt; (Ctrl+Shift+I).&lt;/li&gt;
&lt;li&gt;Elija el archivo: un archivo CSV o Excel (.xlsx), o el .zip que da ODK Central.&lt;/li&gt;
&lt;/ol&gt;
&lt;p&gt;DuoDesk dice entonces cuántas entrevistas se añadieron, cuántas ya estaban en el proyecto
y qué columnas se dejaron fuera. Si alguna fila tiene un problema, no se añade nada y cada
problema se indica con su fila y su columna: corrija el archivo y añádalo de nuevo, o pulse
&lt;b&gt;Añadir solo las filas sin problemas&lt;/b&gt;.&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>
&lt;h2&gt;Export for the health board&lt;/h2&gt;
&lt;ol&gt;
&lt;li&gt;Choose the questionnaire and press &lt;b&gt;Export…&lt;/b&gt; (Ctrl+E).&lt;/li&gt;
&lt;li&gt;Leave &lt;b&gt;Hide small numbers&lt;/b&gt; and &lt;b&gt;De-identified&lt;/b&gt; ticked for any file that leaves
the group. Small counts then show as *, and written answers and names are left out.&lt;/li&gt;
&lt;li&gt;Choose &lt;b&gt;Workbook (.xlsx)&lt;/b&gt; for the health board, choose where to save it, and press
&lt;b&gt;Export&lt;/b&gt;.&lt;/li&gt;
&lt;/ol&gt;
&lt;p&gt;The file appears only when it is complete. The participant code is never exported.&lt;/p&gt;
&lt;p&gt;To draft the report to present, choose &lt;b&gt;Findings report (Word)&lt;/b&gt; instead: a Word
document (and a PDF) with how the survey was done, a sentence per question, the tables and
charts. Small numbers are hidden in it as in the workbook. Read it and edit it before it is
passed on.&lt;/p&gt;
</source>
        <translation>
&lt;h2&gt;Exportar para la autoridad sanitaria&lt;/h2&gt;
&lt;ol&gt;
&lt;li&gt;Elija el cuestionario y pulse &lt;b&gt;Exportar…&lt;/b&gt; (Ctrl+E).&lt;/li&gt;
&lt;li&gt;Deje marcadas &lt;b&gt;Ocultar números pequeños&lt;/b&gt; y &lt;b&gt;Anonimizado&lt;/b&gt; para cualquier archivo que salga
del grupo. Los números pequeños se ven entonces como *, y las respuestas escritas y los nombres se quitan.&lt;/li&gt;
&lt;li&gt;Elija &lt;b&gt;Libro (.xlsx)&lt;/b&gt; para la autoridad sanitaria, elija dónde guardarlo y pulse
&lt;b&gt;Exportar&lt;/b&gt;.&lt;/li&gt;
&lt;/ol&gt;
&lt;p&gt;El archivo aparece solo cuando está completo. El código de participante nunca se exporta.&lt;/p&gt;
&lt;p&gt;Para preparar el informe que se presenta, elija mejor &lt;b&gt;Informe de resultados (Word)&lt;/b&gt;: un
documento Word (y un PDF) con cómo se hizo la encuesta, una frase por pregunta, las tablas y los
gráficos. Los números pequeños se ocultan como en el libro. Léalo y edítelo antes de pasarlo.&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>
&lt;h2&gt;Lock the project&lt;/h2&gt;
&lt;p&gt;A project with a passphrase cannot be read by anyone who does not know it, even if the
laptop is lost. DuoDesk asks for the passphrase each time it starts.&lt;/p&gt;
&lt;p&gt;To set it, a coordinator chooses &lt;b&gt;Security &amp;gt; Lock the project with a passphrase…&lt;/b&gt;
(or presses &lt;b&gt;Choose a passphrase…&lt;/b&gt; on the line at the top of the main window) and types
it twice. The same menu changes it (&lt;b&gt;Change the passphrase…&lt;/b&gt;) or removes it. &lt;b&gt;Security
&amp;gt; Lock now&lt;/b&gt; (Ctrl+Shift+L) hides everything until the passphrase is typed again, for
when you step away from the laptop. Keep the passphrase
somewhere safe: without it the interviews cannot be opened by anyone.&lt;/p&gt;
</source>
        <translation>
&lt;h2&gt;Bloquear el proyecto&lt;/h2&gt;
&lt;p&gt;Un proyecto con frase de contraseña no lo puede leer nadie que no la conozca, aunque se pierda el
portátil. DuoDesk pide la frase de contraseña cada vez que se abre.&lt;/p&gt;
&lt;p&gt;Para ponerla, un coordinador elige &lt;b&gt;Seguridad &amp;gt; Bloquear el proyecto con una frase de
contraseña…&lt;/b&gt; (o pulsa &lt;b&gt;Elegir una frase de contraseña…&lt;/b&gt; en la línea de arriba de la ventana
principal) y la escribe dos veces. El mismo menú la cambia (&lt;b&gt;Cambiar la frase de contraseña…&lt;/b&gt;)
o la quita. &lt;b&gt;Seguridad &amp;gt; Bloquear ahora&lt;/b&gt; (Ctrl+Mayús+L) oculta todo hasta que se vuelva a
escribir la frase, para cuando se aleje del portátil. Guarde la frase de contraseña en un lugar
seguro: sin ella nadie puede abrir las entrevistas.&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>How to… – DuoDesk</source>
        <translation>Cómo… – DuoDesk</translation>
    </message>
    <message>
        <source>Help topics</source>
        <translation>Temas de ayuda</translation>
    </message>
    <message>
        <source>Help page</source>
        <translation>Página de ayuda</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Add interviews from a file</source>
        <translation>Añadir entrevistas desde un archivo</translation>
    </message>
    <message>
        <source>Adding interviews to “{title}”</source>
        <translation>Añadiendo entrevistas a «{title}»</translation>
    </message>
    <message>
        <source>Interviews already in the project are not added again. If any row has a problem, nothing is added and every problem is listed here, with its row and column.</source>
        <translation>Las entrevistas que ya están en el proyecto no se añaden de nuevo. Si alguna fila tiene un problema, no se añade nada y cada problema se indica aquí, con su fila y su columna.</translation>
    </message>
    <message>
        <source>{rows} rows read…</source>
        <translation>{rows} filas leídas…</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Lo que ha pasado</translation>
    </message>
    <message>
        <source>Add only the rows without problems</source>
        <translation>Añadir solo las filas sin problemas</translation>
    </message>
    <message>
        <source>Adds the rows without problems and writes the others, with why, to a file beside this one (its name ends in .rejected.csv)</source>
        <translation>Añade las filas sin problemas y escribe las demás, con el motivo, en un archivo junto a este (su nombre termina en .rejected.csv)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Reading the file and adding the interviews…</source>
        <translation>Leyendo el archivo y añadiendo las entrevistas…</translation>
    </message>
    <message>
        <source>The interviews were added.</source>
        <translation>Las entrevistas se han añadido.</translation>
    </message>
    <message>
        <source>No new interviews were added.</source>
        <translation>No se ha añadido ninguna entrevista nueva.</translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation>No se ha añadido nada.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was added.</source>
        <translation>Detenido. No se ha añadido nada.</translation>
    </message>
    <message>
        <source>add the interviews</source>
        <translation>añadir las entrevistas</translation>
    </message>
    <message>
        <source>Add interviews to “{title}”</source>
        <translation>Añadir entrevistas a «{title}»</translation>
    </message>
    <message>
        <source>Interviews from ODK, KoboToolbox or DuoDesk</source>
        <translation>Entrevistas de ODK, KoboToolbox o DuoDesk</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>InterviewOperations</name>
    <message>
        <source>There is no questionnaire called “{name}” in this project.</source>
        <translation>No hay ningún cuestionario llamado «{name}» en este proyecto.</translation>
    </message>
</context>
<context>
    <name>LanguageTexts</name>
    <message>
        <source>{what} in {language}</source>
        <translation>{what} en {language}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Project: {project} ({protection})</source>
        <translation>Proyecto: {project} ({protection})</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
</context>
<context>
    <name>MultiplePage</name>
    <message>
        <source>Answers ticked, most often first</source>
        <translation>Respuestas marcadas, las más frecuentes primero</translation>
    </message>
    <message>
        <source>Answers ticked together</source>
        <translation>Respuestas marcadas juntas</translation>
    </message>
    <message>
        <source>Who ticked each answer</source>
        <translation>Quién marcó cada respuesta</translation>
    </message>
    <message>
        <source>Each answer ticked</source>
        <translation>Cada respuesta marcada</translation>
    </message>
    <message>
        <source>% of the {things} with an answer</source>
        <translation>% de los {things} con respuesta</translation>
    </message>
    <message>
        <source>% of the people who answered</source>
        <translation>% de las personas que respondieron</translation>
    </message>
    <message>
        <source>Bar chart, most ticked first, of: {question}</source>
        <translation>Gráfico de barras, las más marcadas primero, de: {question}</translation>
    </message>
    <message>
        <source>Nobody answered this question in these interviews.</source>
        <translation>Nadie respondió a esta pregunta en estas entrevistas.</translation>
    </message>
</context>
<context>
    <name>NumberPage</name>
    <message>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>Answers grouped into ranges</source>
        <translation>Respuestas agrupadas en tramos</translation>
    </message>
    <message>
        <source>Where to split the answers into ranges</source>
        <translation>Dónde cortar las respuestas en tramos</translation>
    </message>
    <message>
        <source>for example: 1, 5</source>
        <translation>por ejemplo: 1, 5</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Agrupar</translation>
    </message>
    <message>
        <source>Group the answers into these ranges</source>
        <translation>Agrupar las respuestas en estos tramos</translation>
    </message>
    <message>
        <source>&amp;Split at:</source>
        <translation>&amp;Cortar en:</translation>
    </message>
    <message>
        <source>Type where to split the answers (for example 1, 5) to group them into ranges and draw them.</source>
        <translation>Escriba dónde cortar las respuestas (por ejemplo 1, 5) para agruparlas en tramos y dibujarlas.</translation>
    </message>
    <message>
        <source>Nobody answered this question in these interviews.</source>
        <translation>Nadie respondió a esta pregunta en estas entrevistas.</translation>
    </message>
    <message>
        <source>{count_heading} in each range</source>
        <translation>{count_heading} en cada tramo</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Histogram of the answers to: {question}</source>
        <translation>Histograma de las respuestas a: {question}</translation>
    </message>
</context>
<context>
    <name>OtherPage</name>
    <message>
        <source>Answers by month</source>
        <translation>Respuestas por mes</translation>
    </message>
    <message>
        <source>Counting the answers by month…</source>
        <translation>Contando las respuestas por mes…</translation>
    </message>
    <message>
        <source>DuoDesk has no table for this kind of question yet; the counts above say how many answered it.</source>
        <translation>DuoDesk aún no tiene tabla para este tipo de pregunta; las cifras de arriba dicen cuántos respondieron.</translation>
    </message>
    <message>
        <source>The dates given, month by month (oldest first).</source>
        <translation>Las fechas dadas, mes a mes (las más antiguas primero).</translation>
    </message>
</context>
<context>
    <name>PaperPdf</name>
    <message>
        <source>Datasheet number: &lt;b&gt;{number}&lt;/b&gt; &amp;nbsp;&amp;nbsp; Interviewer: ________________ &amp;nbsp;&amp;nbsp; Date: ____ / ____ / ________</source>
        <translation>Número de hoja: &lt;b&gt;{number}&lt;/b&gt; &amp;nbsp;&amp;nbsp; Entrevistador: ________________ &amp;nbsp;&amp;nbsp; Fecha: ____ / ____ / ________</translation>
    </message>
    <message>
        <source>Interviewer: read each question out. Tick one box unless it says &lt;i&gt;tick all that apply&lt;/i&gt;. Follow the arrows: they say which question comes next.</source>
        <translation>Entrevistador: lea cada pregunta en voz alta. Marque una casilla salvo que diga &lt;i&gt;marque todas las que correspondan&lt;/i&gt;. Siga las flechas: dicen qué pregunta va después.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Write the number:</source>
        <translation>Escriba el número:</translation>
    </message>
    <message>
        <source>Write each number that applies:</source>
        <translation>Escriba cada número que corresponda:</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>Un número</translation>
    </message>
    <message>
        <source>Day / month / year</source>
        <translation>Día / mes / año</translation>
    </message>
    <message>
        <source>Hours : minutes</source>
        <translation>Horas : minutos</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Tick all that apply.</source>
        <translation>Marque todas las que correspondan.</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Número:</translation>
    </message>
    <message>
        <source>Date: ____ / ____ / ________  (day / month / year)</source>
        <translation>Fecha: ____ / ____ / ________  (día / mes / año)</translation>
    </message>
    <message>
        <source>Time: ____ : ____</source>
        <translation>Hora: ____ : ____</translation>
    </message>
    <message>
        <source>Date: ____ / ____ / ________   Time: ____ : ____</source>
        <translation>Fecha: ____ / ____ / ________   Hora: ____ : ____</translation>
    </message>
</context>
<context>
    <name>PaperSheetsDialog</name>
    <message>
        <source>Choose…</source>
        <extracomment>What the "On the paper" column says for each choice: none yet, the first entry, the check.</extracomment>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>First entry</source>
        <translation>Primera entrada</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Paper datasheets</source>
        <translation>Hojas en papel</translation>
    </message>
    <message>
        <source>Paper datasheets typed in twice</source>
        <translation>Hojas en papel pasadas dos veces</translation>
    </message>
    <message>
        <source>Each datasheet is typed in twice, by two people. Choose a checked datasheet, look at the paper and choose the right answer for each difference, then resolve it: only resolved datasheets are counted in results and exports.</source>
        <translation>Cada hoja se pasa dos veces, por dos personas. Elija una hoja comprobada, mire el papel y elija la respuesta correcta para cada diferencia, y luego resuélvala: solo las hojas resueltas cuentan en los resultados y las exportaciones.</translation>
    </message>
    <message>
        <source>Datasheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>On the paper</source>
        <translation>En el papel</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Diferencias</translation>
    </message>
    <message>
        <source>&amp;First entry</source>
        <translation>&amp;Primera entrada</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Comprobación</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Resolved by</source>
        <translation>Resuelta por</translation>
    </message>
    <message>
        <source>&amp;Resolve this datasheet</source>
        <translation>&amp;Resolver esta hoja</translation>
    </message>
    <message>
        <source>Count datasheets not checked yet (coordinator's choice; the check never counts)</source>
        <translation>Contar las hojas aún sin comprobar (decisión del coordinador; la comprobación nunca cuenta)</translation>
    </message>
    <message>
        <source>Question or person</source>
        <translation>Pregunta o persona</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Comparadas</translation>
    </message>
    <message>
        <source>Alike</source>
        <translation>Iguales</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <source>On the paper:</source>
        <translation>En el papel:</translation>
    </message>
    <message>
        <source>Resolved &amp;by:</source>
        <translation>Resuelta &amp;por:</translation>
    </message>
    <message>
        <source>Agreement between the two entries (as typed):</source>
        <translation>Acuerdo entre las dos entradas (tal como se escribieron):</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&amp;First entry: {answer}</source>
        <translation>&amp;Primera entrada: {answer}</translation>
    </message>
    <message>
        <source>&amp;Check: {answer}</source>
        <translation>&amp;Comprobación: {answer}</translation>
    </message>
    <message>
        <source>On the paper for {question}: the first entry</source>
        <translation>En el papel para {question}: la primera entrada</translation>
    </message>
    <message>
        <source>On the paper for {question}: the check</source>
        <translation>En el papel para {question}: la comprobación</translation>
    </message>
    <message>
        <source>Type your name under Resolved by.</source>
        <translation>Escriba su nombre en Resuelta por.</translation>
    </message>
    <message>
        <source>Choose the answer on the paper for “{question}”.</source>
        <translation>Elija la respuesta del papel para «{question}».</translation>
    </message>
    <message>
        <source>show the paper datasheets</source>
        <translation>mostrar las hojas en papel</translation>
    </message>
    <message>
        <source>Not in this version</source>
        <translation>No está en esta versión</translation>
    </message>
    <message>
        <source>Not asked (skipped)</source>
        <translation>No preguntada (saltada)</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>Interviewers enter interviews and see only their own. Coordinators also see Results, export, change questionnaires, delete interviews, and manage passphrase, backups and this list. Once someone is listed, DuoDesk asks who is signing in every time it starts.</source>
        <translation>Los entrevistadores hacen entrevistas y solo ven las suyas. Los coordinadores además ven los Resultados, exportan, cambian cuestionarios, borran entrevistas y gestionan la frase de contraseña, las copias de seguridad y esta lista. En cuanto haya alguien en la lista, DuoDesk pregunta quién entra cada vez que se abre.</translation>
    </message>
    <message>
        <source>People and roles – DuoDesk</source>
        <translation>Personas y papeles – DuoDesk</translation>
    </message>
    <message>
        <source>People and roles</source>
        <translation>Personas y papeles</translation>
    </message>
    <message>
        <source>People who can sign in</source>
        <translation>Personas que pueden entrar</translation>
    </message>
    <message>
        <source>Nobody is listed yet: DuoDesk opens without asking who is using it, with every right. Add a coordinator first (yourself), then the interviewers.</source>
        <translation>Todavía no hay nadie en la lista: DuoDesk se abre sin preguntar quién lo usa, con todos los permisos. Añada primero un coordinador (usted), y luego los entrevistadores.</translation>
    </message>
    <message>
        <source>Give a new PIN…</source>
        <translation>Dar un PIN nuevo…</translation>
    </message>
    <message>
        <source>Take off the list…</source>
        <translation>Quitar de la lista…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>Cambiar papel…</translation>
    </message>
    <message>
        <source>Name of the new person</source>
        <translation>Nombre de la nueva persona</translation>
    </message>
    <message>
        <source>A first name is enough</source>
        <translation>Basta con el nombre de pila</translation>
    </message>
    <message>
        <source>Role of the new person</source>
        <translation>Papel de la nueva persona</translation>
    </message>
    <message>
        <source>Add this person</source>
        <translation>Añadir a esta persona</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Añadir una persona</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The only coordinator stays one: make someone else a coordinator first.</source>
        <translation>El único coordinador sigue siéndolo: haga primero coordinador a otra persona.</translation>
    </message>
    <message>
        <source>Make an interviewer…</source>
        <translation>Hacer entrevistador…</translation>
    </message>
    <message>
        <source>Make a coordinator…</source>
        <translation>Hacer coordinador…</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>{low} to {high} digits</source>
        <translation>de {low} a {high} cifras</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>PIN &amp;otra vez:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>at least {count} characters</source>
        <translation>al menos {count} caracteres</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Contraseña &amp;otra vez:</translation>
    </message>
    <message>
        <source>The two are not the same: type them again.</source>
        <translation>No son iguales: escríbalos otra vez.</translation>
    </message>
    <message>
        <source>{name} was added as {role}.</source>
        <translation>Se añadió a {name} como {role}.</translation>
    </message>
    <message>
        <source>Give a new PIN</source>
        <translation>Dar un PIN nuevo</translation>
    </message>
    <message>
        <source>The new PIN or password for {name}:</source>
        <translation>El nuevo PIN o contraseña de {name}:</translation>
    </message>
    <message>
        <source>{name} has a new PIN and can sign in at once.</source>
        <translation>{name} tiene un PIN nuevo y puede entrar ya.</translation>
    </message>
    <message>
        <source>Make {name} an interviewer</source>
        <translation>Hacer entrevistador a {name}</translation>
    </message>
    <message>
        <source>{name} becomes an interviewer and signs in with a new PIN ({low} to {high} digits). Their new PIN:</source>
        <translation>{name} pasa a ser entrevistador y entra con un PIN nuevo (de {low} a {high} cifras). Su nuevo PIN:</translation>
    </message>
    <message>
        <source>The new PIN again</source>
        <translation>El nuevo PIN, otra vez</translation>
    </message>
    <message>
        <source>The same PIN again:</source>
        <translation>El mismo PIN otra vez:</translation>
    </message>
    <message>
        <source>Make {name} a coordinator</source>
        <translation>Hacer coordinador a {name}</translation>
    </message>
    <message>
        <source>{name} becomes a coordinator and signs in with a new password (at least {count} characters). Their new password:</source>
        <translation>{name} pasa a ser coordinador y entra con una contraseña nueva (al menos {count} caracteres). Su nueva contraseña:</translation>
    </message>
    <message>
        <source>The new password again</source>
        <translation>La nueva contraseña, otra vez</translation>
    </message>
    <message>
        <source>The same password again:</source>
        <translation>La misma contraseña otra vez:</translation>
    </message>
    <message>
        <source>The two are not the same: nothing was changed.</source>
        <translation>No son iguales: no se cambió nada.</translation>
    </message>
    <message>
        <source>{name} is now an interviewer.</source>
        <translation>{name} ahora es entrevistador.</translation>
    </message>
    <message>
        <source>{name} is now a coordinator.</source>
        <translation>{name} ahora es coordinador.</translation>
    </message>
    <message>
        <source>Take off the list?</source>
        <translation>¿Quitar de la lista?</translation>
    </message>
    <message>
        <source>Take {name} off the list? They can no longer sign in; the interviews they entered keep their name.</source>
        <translation>¿Quitar a {name} de la lista? Ya no podrá entrar; las entrevistas que hizo conservan su nombre.</translation>
    </message>
    <message>
        <source>{name} was taken off the list.</source>
        <translation>Se quitó a {name} de la lista.</translation>
    </message>
    <message>
        <source>That did not work: {error}</source>
        <translation>No funcionó: {error}</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <source>Kind of answer</source>
        <translation>Tipo de respuesta</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Help for the interviewer</source>
        <translation>Ayuda para el entrevistador</translation>
    </message>
    <message>
        <source>Change the help text</source>
        <translation>Cambiar la ayuda</translation>
    </message>
    <message>
        <source>Name in the data file</source>
        <translation>Nombre en el archivo de datos</translation>
    </message>
    <message>
        <source>An answer is needed before going on</source>
        <translation>Hace falta una respuesta para seguir</translation>
    </message>
    <message>
        <source>Change whether an answer is needed</source>
        <translation>Cambiar si hace falta una respuesta</translation>
    </message>
    <message>
        <source>Message when it is left blank</source>
        <translation>Mensaje cuando se deja en blanco</translation>
    </message>
    <message>
        <source>Change a message</source>
        <translation>Cambiar un mensaje</translation>
    </message>
    <message>
        <source>Answers could identify a person</source>
        <translation>Las respuestas podrían identificar a alguien</translation>
    </message>
    <message>
        <source>Left out of shared exports.</source>
        <translation>Se deja fuera de las exportaciones compartidas.</translation>
    </message>
    <message>
        <source>Change whether answers identify a person</source>
        <translation>Cambiar si las respuestas identifican a alguien</translation>
    </message>
    <message>
        <source>Answer filled in at the start</source>
        <translation>Respuesta rellenada al empezar</translation>
    </message>
    <message>
        <source>Change the starting answer</source>
        <translation>Cambiar la respuesta inicial</translation>
    </message>
    <message>
        <source>Calculation</source>
        <translation>Cálculo</translation>
    </message>
    <message>
        <source>Change the answer rules</source>
        <translation>Cambiar las reglas de respuesta</translation>
    </message>
    <message>
        <source>Message when the answer breaks the rule</source>
        <translation>Mensaje cuando la respuesta no cumple la regla</translation>
    </message>
    <message>
        <source>Change when the question is asked</source>
        <translation>Cambiar cuándo se hace la pregunta</translation>
    </message>
    <message>
        <source>Kind of answer:</source>
        <translation>Tipo de respuesta:</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Pregunta:</translation>
    </message>
    <message>
        <source>Help:</source>
        <translation>Ayuda:</translation>
    </message>
    <message>
        <source>Name in the data file:</source>
        <translation>Nombre en el archivo de datos:</translation>
    </message>
    <message>
        <source>A name in the data file uses letters, digits and _ and starts with a letter.</source>
        <translation>Un nombre en el archivo de datos usa letras, cifras y _ y empieza por una letra.</translation>
    </message>
    <message>
        <source>Change the name in the data file</source>
        <translation>Cambiar el nombre en el archivo de datos</translation>
    </message>
    <message>
        <source>Worked out from:</source>
        <translation>Calculado a partir de:</translation>
    </message>
    <message>
        <source>Calculation:</source>
        <translation>Cálculo:</translation>
    </message>
    <message>
        <source>If left blank, say:</source>
        <translation>Si queda en blanco, decir:</translation>
    </message>
    <message>
        <source>Starting answer:</source>
        <translation>Respuesta inicial:</translation>
    </message>
    <message>
        <source>Answer options</source>
        <translation>Opciones de respuesta</translation>
    </message>
    <message>
        <source>If the answer is not allowed, say:</source>
        <translation>Si la respuesta no se permite, decir:</translation>
    </message>
    <message>
        <source>Answer rules</source>
        <translation>Reglas de respuesta</translation>
    </message>
    <message>
        <source>When to ask it</source>
        <translation>Cuándo preguntarla</translation>
    </message>
    <message>
        <source>Change the question text</source>
        <translation>Cambiar el texto de la pregunta</translation>
    </message>
    <message>
        <source>“{name}” is already used by another question.</source>
        <translation>«{name}» ya lo usa otra pregunta.</translation>
    </message>
    <message>
        <source>Change the kind of answer</source>
        <translation>Cambiar el tipo de respuesta</translation>
    </message>
    <message>
        <source>Change the answer options</source>
        <translation>Cambiar las opciones de respuesta</translation>
    </message>
    <message>
        <source>Change the calculation</source>
        <translation>Cambiar el cálculo</translation>
    </message>
    <message>
        <source>✓ This calculation can be used.</source>
        <translation>✓ Este cálculo se puede usar.</translation>
    </message>
</context>
<context>
    <name>QuestionList</name>
    <message>
        <source>one answer</source>
        <translation>una respuesta</translation>
    </message>
    <message>
        <source>several answers</source>
        <translation>varias respuestas</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>written answer</source>
        <translation>respuesta escrita</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>grid of statements</source>
        <translation>cuadrícula de frases</translation>
    </message>
    <message>
        <source>Q&amp;uestions</source>
        <translation>P&amp;reguntas</translation>
    </message>
    <message>
        <source>Find a question…</source>
        <translation>Buscar una pregunta…</translation>
    </message>
    <message>
        <source>Find a question</source>
        <translation>Buscar una pregunta</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Choose a question with ↑ and ↓ (Ctrl+L comes back here)</source>
        <translation>Elija una pregunta con ↑ y ↓ (Ctrl+L vuelve aquí)</translation>
    </message>
    <message>
        <source>Type words of a question, then ↓ to go to the matches (Ctrl+F)</source>
        <translation>Escriba palabras de una pregunta y luego ↓ para ir a las coincidencias (Ctrl+F)</translation>
    </message>
    <message>
        <source>Grid: </source>
        <translation>Cuadrícula: </translation>
    </message>
</context>
<context>
    <name>QuestionPreview</name>
    <message>
        <source>Preview of the question</source>
        <translation>Vista previa de la pregunta</translation>
    </message>
    <message>
        <source>Choose a question to see it as the interviewer will.</source>
        <translation>Elija una pregunta para verla como el entrevistador.</translation>
    </message>
    <message>
        <source>This is worked out by DuoDesk; the interviewer does not see it.</source>
        <translation>Lo calcula DuoDesk; el entrevistador no lo ve.</translation>
    </message>
    <message>
        <source>A repeated section: its questions are asked once for each one, and the interviewer adds each one (or the number set is asked).</source>
        <translation>Una sección repetida: sus preguntas se hacen una vez por cada uno, y el entrevistador añade cada uno (o se hace el número fijado).</translation>
    </message>
    <message>
        <source>A section: its questions are shown one by one.</source>
        <translation>Una sección: sus preguntas se muestran una a una.</translation>
    </message>
    <message>
        <source>Add the answer options to see this question.</source>
        <translation>Añada las opciones de respuesta para ver esta pregunta.</translation>
    </message>
</context>
<context>
    <name>QuestionTreeView</name>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
</context>
<context>
    <name>QuestionView</name>
    <message>
        <source>Choose a question in the list to see its answers.</source>
        <translation>Elija una pregunta de la lista para ver sus respuestas.</translation>
    </message>
    <message>
        <source>Who these numbers are about</source>
        <translation>De quién hablan estos números</translation>
    </message>
    <message>
        <source>&amp;Copy the table</source>
        <translation>&amp;Copiar la tabla</translation>
    </message>
    <message>
        <source>Copy the table, to paste into a document</source>
        <translation>Copiar la tabla, para pegarla en un documento</translation>
    </message>
    <message>
        <source>Copies the table as text with tabs (Ctrl+Shift+C)</source>
        <translation>Copia la tabla como texto con tabulaciones (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Save the c&amp;hart as a picture…</source>
        <translation>Guardar el &amp;gráfico como imagen…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG picture</source>
        <translation>Guardar el gráfico como imagen PNG</translation>
    </message>
    <message>
        <source>Reading the written answers…</source>
        <translation>Leyendo las respuestas escritas…</translation>
    </message>
    <message>
        <source>{statements} on the same scale, in {interviews}; up to {people} answered each one. Percentages are of the people who answered that statement (its row).</source>
        <translation>{statements} en la misma escala, en {interviews}; hasta {people} respondieron a cada una. Los porcentajes son de las personas que respondieron a esa frase (su fila).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln statements</source>
        <translation>
            <numerusform>%Ln frase</numerusform>
            <numerusform>%Ln frases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln interviews</source>
        <translation>
            <numerusform>%Ln entrevista</numerusform>
            <numerusform>%Ln entrevistas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln persona</numerusform>
            <numerusform>%Ln personas</numerusform>
        </translation>
    </message>
    <message>
        <source>in “{group}”</source>
        <translation>en «{group}»</translation>
    </message>
    <message>
        <source>Kind of answer: {kind}</source>
        <translation>Tipo de respuesta: {kind}</translation>
    </message>
    <message>
        <source>Its name in the questionnaire file: {name}</source>
        <translation>Su nombre en el archivo del cuestionario: {name}</translation>
    </message>
    <message>
        <source>Copied. Paste it into a document or a spreadsheet.</source>
        <translation>Copiado. Péguelo en un documento o una hoja de cálculo.</translation>
    </message>
    <message>
        <source>Save the chart as a picture</source>
        <translation>Guardar el gráfico como imagen</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>The chart was not saved</source>
        <translation>No se guardó el gráfico</translation>
    </message>
    <message>
        <source>Saved as {file}.</source>
        <translation>Guardado como {file}.</translation>
    </message>
</context>
<context>
    <name>QuotesDialog</name>
    <message>
        <source>{theme} (number hidden, as in the workbook)</source>
        <translation>{theme} (número oculto, como en el libro)</translation>
    </message>
    <message numerus="yes">
        <source>{theme} (%Ln people)</source>
        <translation><numerusform>{theme} (%Ln persona)</numerusform><numerusform>{theme} (%Ln personas)</numerusform></translation>
    </message>
    <message>
        <source>Quotes kept back: this question is marked as identifying, so its answers are never quoted.</source>
        <translation>Citas retenidas: esta pregunta está marcada como identificativa, así que sus respuestas nunca se citan.</translation>
    </message>
    <message>
        <source>Quotes kept back: the workbook hides how many people gave this theme (too few to show safely, or hidden so that a small number next to it cannot be worked out), so its answers are not quoted either.</source>
        <translation>Citas retenidas: el libro oculta cuántas personas dieron este tema (muy pocas para mostrarlo sin riesgo, u oculto para que no se deduzca un número pequeño al lado), así que sus respuestas tampoco se citan.</translation>
    </message>
    <message>
        <source>Quotes per theme</source>
        <translation>Citas por tema</translation>
    </message>
    <message>
        <source>The words only: no site, date or interviewer, in alphabetical order. Names, phone numbers, e-mail and web addresses, dates and other numbers were taken out and show as “[…]”, by simple rules that can miss some: read every quote, and check that nobody can be recognised from their words, before using it. As in the findings report, a theme is quoted, and its number shown, only when the workbook shows how many people gave it.</source>
        <translation>Solo las palabras: sin lugar, fecha ni entrevistador, en orden alfabético. Los nombres, números de teléfono, direcciones de correo y web, fechas y otros números se quitaron y aparecen como «[…]», con reglas sencillas que pueden dejar pasar alguno: lea cada cita, y compruebe que nadie puede ser reconocido por sus palabras, antes de usarla. Como en el informe, un tema se cita, y se muestra su número, solo cuando el libro muestra cuántas personas lo dieron.</translation>
    </message>
    <message>
        <source>Show quotes for themes given by few people too (coordinator's choice)</source>
        <translation>Mostrar también citas de temas dados por pocas personas (decisión del coordinador)</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Copiar todo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>list the quotes</source>
        <translation>listar las citas</translation>
    </message>
    <message>
        <source>No theme has been given yet.</source>
        <translation>Aún no se ha dado ningún tema.</translation>
    </message>
</context>
<context>
    <name>ReportWritten</name>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} y {last}</translation>
    </message>
    <message>
        <source>the number of interviews hidden</source>
        <translation>número de entrevistas oculto</translation>
    </message>
    <message numerus="yes">
        <source>%n interviews counted</source>
        <translation><numerusform>%n entrevista contada</numerusform><numerusform>%n entrevistas contadas</numerusform></translation>
    </message>
    <message>
        <source>The findings report ({how_many}) was written to {files}. It is a draft: read it and edit it before it is passed on.</source>
        <translation>El informe de resultados ({how_many}) se escribió en {files}. Es un borrador: léalo y edítelo antes de pasarlo.</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Daily backup</source>
        <translation>Copia de seguridad diaria</translation>
    </message>
    <message>
        <source>Before DuoDesk was updated</source>
        <translation>Antes de actualizar DuoDesk</translation>
    </message>
    <message>
        <source>Before deleted interviews were removed for good</source>
        <translation>Antes de eliminar para siempre las entrevistas borradas</translation>
    </message>
    <message>
        <source>Before a backup was restored</source>
        <translation>Antes de recuperar una copia de seguridad</translation>
    </message>
    <message>
        <source>Before interviews from the team were added</source>
        <translation>Antes de añadir entrevistas del equipo</translation>
    </message>
    <message>
        <source>{day} at {time}: {kind}</source>
        <translation>{day} a las {time}: {kind}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Recuperar una copia de seguridad</translation>
    </message>
    <message>
        <source>The project goes back to how it was when the backup was made. What it holds now is kept as another backup first, so this can be undone. Close interview and Results windows first.</source>
        <translation>El proyecto vuelve a como estaba cuando se hizo la copia. Lo que tiene ahora se guarda antes en otra copia, así que se puede deshacer. Cierre primero las ventanas de entrevista y de Resultados.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Copias de seguridad, las más nuevas primero</translation>
    </message>
    <message>
        <source>This project has no backups yet.</source>
        <translation>Este proyecto aún no tiene copias de seguridad.</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Recuperar esta copia</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <source>{question}: {value}</source>
        <translation>{question}: {value}</translation>
    </message>
    <message>
        <source>{question}: not {value}</source>
        <translation>{question}: no {value}</translation>
    </message>
    <message>
        <source>{question}: {value} ticked</source>
        <translation>{question}: {value} marcado</translation>
    </message>
    <message>
        <source>{question}: more than {value}</source>
        <translation>{question}: más de {value}</translation>
    </message>
    <message>
        <source>{question}: less than {value}</source>
        <translation>{question}: menos de {value}</translation>
    </message>
    <message>
        <source>{question}: {value} or more</source>
        <translation>{question}: {value} o más</translation>
    </message>
    <message>
        <source>{question}: {value} or less</source>
        <translation>{question}: {value} o menos</translation>
    </message>
</context>
<context>
    <name>ResultsTables</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
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
        <source>Not in this version of the questionnaire</source>
        <translation>No está en esta versión del cuestionario</translation>
    </message>
    <message>
        <source>Not in the imported file</source>
        <translation>No está en el archivo importado</translation>
    </message>
    <message>
        <source>A quarter of the answers are at or below the lower quartile, half at or below the median, three quarters at or below the upper quartile (worked out as SPSS does).</source>
        <translation>Un cuarto de las respuestas está en el cuartil inferior o por debajo, la mitad en la mediana o por debajo, tres cuartos en el cuartil superior o por debajo (calculado como SPSS).</translation>
    </message>
    <message>
        <source>{answer} (left out of the valid %)</source>
        <translation>{answer} (fuera del % válido)</translation>
    </message>
    <message>
        <source>% of all {count} {things}</source>
        <translation>% de todos los {count} {things}</translation>
    </message>
    <message numerus="yes">
        <source>% of all %Ln interviews</source>
        <translation><numerusform>% de %Ln entrevista</numerusform><numerusform>% de todas las %Ln entrevistas</numerusform></translation>
    </message>
    <message>
        <source>% of the {count} who answered (codes for no answer left out)</source>
        <translation>% de los {count} que respondieron (sin códigos de sin respuesta)</translation>
    </message>
    <message>
        <source>% of the {count} who answered</source>
        <translation>% de los {count} que respondieron</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Adding up, % of those who answered</source>
        <translation>Acumulado, % de quienes respondieron</translation>
    </message>
    <message>
        <source>A code for no answer: counted and shown, but left out of the valid percent.</source>
        <translation>Un código de sin respuesta: se cuenta y se muestra, pero queda fuera del porcentaje válido.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Total answers ticked</source>
        <translation>Total de respuestas marcadas</translation>
    </message>
    <message>
        <source>Answers ticked together</source>
        <translation>Respuestas marcadas juntas</translation>
    </message>
    <message>
        <source>Number who answered</source>
        <translation>Número que respondieron</translation>
    </message>
    <message>
        <source>Mean (average)</source>
        <translation>Media (promedio)</translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation>Desviación típica</translation>
    </message>
    <message>
        <source>Median (middle value)</source>
        <translation>Mediana (valor del medio)</translation>
    </message>
    <message>
        <source>Lower quartile (25%)</source>
        <translation>Cuartil inferior (25%)</translation>
    </message>
    <message>
        <source>Upper quartile (75%)</source>
        <translation>Cuartil superior (75%)</translation>
    </message>
    <message>
        <source>Smallest</source>
        <translation>El menor</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>El mayor</translation>
    </message>
    <message>
        <source>How quartiles are found</source>
        <translation>Cómo se hallan los cuartiles</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>Estadística</translation>
    </message>
    <message>
        <source>{answer} (counted as no answer)</source>
        <translation>{answer} (contado como sin respuesta)</translation>
    </message>
    <message>
        <source>% of people (of the {count} who answered, {codes} of them only a code for no answer)</source>
        <translation>% de personas (de las {count} que respondieron, {codes} de ellas solo con un código de sin respuesta)</translation>
    </message>
    <message>
        <source>% of people (of the {count} who answered)</source>
        <translation>% de personas (de las {count} que respondieron)</translation>
    </message>
    <message numerus="yes">
        <source>% of all answers ticked (%Ln answers)</source>
        <translation><numerusform>% de todas las respuestas marcadas (%Ln respuesta)</numerusform><numerusform>% de todas las respuestas marcadas (%Ln respuestas)</numerusform></translation>
    </message>
    <message>
        <source>“% of people” adds up to more than 100: people could tick several.</source>
        <translation>«% de personas» suma más de 100: se podían marcar varias.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Statement: people (% of those who answered; valid %, codes for no answer left out)</source>
        <translation>Frase: personas (% de quienes respondieron; % válido, sin códigos de sin respuesta)</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Respondieron</translation>
    </message>
    <message>
        <source>{count} ({percent}%; valid {valid}%)</source>
        <translation>{count} ({percent}%; válido {valid}%)</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>oculto</translation>
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
        <source>% of everyone in the table</source>
        <translation>% de todos en la tabla</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Answer, as written</source>
        <translation>Respuesta, tal como se escribió</translation>
    </message>
</context>
<context>
    <name>ResultsWindow</name>
    <message>
        <source>Type one or more numbers to split at, for example: 1, 5</source>
        <translation>Escriba uno o varios números donde cortar, por ejemplo: 1, 5</translation>
    </message>
    <message>
        <source>“{typed}” is not a list of numbers. Type them with commas, for example: 1, 5</source>
        <translation>«{typed}» no es una lista de números. Escríbalos con comas, por ejemplo: 1, 5</translation>
    </message>
    <message>
        <source>Type ordinary numbers, for example: 1, 5</source>
        <translation>Escriba números normales, por ejemplo: 1, 5</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Reading the questionnaire…</source>
        <translation>Leyendo el cuestionario…</translation>
    </message>
    <message>
        <source>Which interviews are counted</source>
        <translation>Qué entrevistas se cuentan</translation>
    </message>
    <message>
        <source>Working it out… %p%</source>
        <translation>Calculando… %p%</translation>
    </message>
    <message>
        <source>Working it out</source>
        <translation>Calculando</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Preguntas</translation>
    </message>
    <message>
        <source>Compare t&amp;wo questions</source>
        <translation>Comparar &amp;dos preguntas</translation>
    </message>
    <message>
        <source>Language of questions and answers</source>
        <translation>Idioma de preguntas y respuestas</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Ch&amp;oose interviews…</source>
        <translation>Eleg&amp;ir entrevistas…</translation>
    </message>
    <message>
        <source>Show or hide the choice of site, interviewer and dates</source>
        <translation>Mostrar u ocultar la elección de lugar, entrevistador y fechas</translation>
    </message>
    <message>
        <source>Results: {title}</source>
        <translation>Resultados: {title}</translation>
    </message>
    <message>
        <source>Counting: {who}…</source>
        <translation>Contando: {who}…</translation>
    </message>
    <message numerus="yes">
        <source>Counting %n complete interviews: {who}.</source>
        <translation><numerusform>Contando %n entrevista terminada: {who}.</numerusform><numerusform>Contando %n entrevistas terminadas: {who}.</numerusform></translation>
    </message>
    <message>
        <source>“{question}”: no answers to show.</source>
        <translation>«{question}»: no hay respuestas que mostrar.</translation>
    </message>
    <message>
        <source>These results could not be worked out: the team's server cannot be reached just now. Nothing in the project was changed; count again once it answers.</source>
        <translation>No se pudieron calcular estos resultados: no se puede llegar al servidor del equipo en este momento. No se cambió nada del proyecto; vuelva a contar cuando responda.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>DuoDesk could not work out these results. Nothing in the project was changed.

{details}</source>
        <translation>DuoDesk no pudo calcular estos resultados. No se cambió nada en el proyecto.

{details}</translation>
    </message>
</context>
<context>
    <name>SecurityHooks</name>
    <message>
        <source>⚠ This project is not locked with a passphrase: anyone who copies the file can read the interviews. Security &gt; Lock the project with a passphrase…</source>
        <translation>⚠ Este proyecto no está bloqueado con una frase de contraseña: cualquiera que copie el archivo puede leer las entrevistas. Seguridad &gt; Bloquear el proyecto con una frase de contraseña…</translation>
    </message>
    <message>
        <source>Choose a passphrase…</source>
        <translation>Elegir una frase de contraseña…</translation>
    </message>
    <message>
        <source>Encrypt the project, so that nobody who copies the file can read the interviews</source>
        <translation>Cifrar el proyecto, para que nadie que copie el archivo pueda leer las entrevistas</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>A reminder stays at the bottom of the window.</source>
        <translation>Un recordatorio queda al pie de la ventana.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This project now holds interviews.&lt;/b&gt; They will be about people's health and drug use: lock the project with a passphrase so that nobody who copies the file from this laptop can read them.</source>
        <translation>&lt;b&gt;Este proyecto ya contiene entrevistas.&lt;/b&gt; Las entrevistas tratarán de la salud y del uso de drogas de las personas: bloquee el proyecto con una frase de contraseña para que nadie que copie el archivo de este ordenador pueda leerlas.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This project now holds interviews.&lt;/b&gt; Lock it with a passphrase.</source>
        <translation>&lt;b&gt;Este proyecto ya contiene entrevistas.&lt;/b&gt; Bloquéelo con una frase de contraseña.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This project now holds a questionnaire of your own.&lt;/b&gt; Its interviews will be about people's health and drug use: lock the project with a passphrase before the first one, so that nobody who copies the file from this laptop can read them.</source>
        <translation>&lt;b&gt;Este proyecto ya tiene un cuestionario propio.&lt;/b&gt; Sus entrevistas tratarán de la salud y el consumo de drogas de las personas: proteja el proyecto con una frase de contraseña antes de la primera, para que nadie que copie el archivo de este portátil pueda leerlas.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before the first interview,&lt;/b&gt; lock this project with a passphrase.</source>
        <translation>&lt;b&gt;Antes de la primera entrevista,&lt;/b&gt; proteja este proyecto con una frase de contraseña.</translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation>&amp;Seguridad</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Bloquear ahora</translation>
    </message>
    <message>
        <source>Lock af&amp;ter…</source>
        <translation>Bloquear &amp;después de…</translation>
    </message>
    <message>
        <source>&amp;Remove the passphrase…</source>
        <translation>&amp;Quitar la frase de contraseña…</translation>
    </message>
    <message>
        <source>Restore a &amp;backup…</source>
        <translation>Recuperar una &amp;copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Registro de acciones…</translation>
    </message>
    <message>
        <source>&amp;Change the passphrase…</source>
        <translation>&amp;Cambiar la frase de contraseña…</translation>
    </message>
    <message>
        <source>Lock the project with a &amp;passphrase…</source>
        <translation>Bloquear el proyecto con una &amp;frase de contraseña…</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>Bloquear después de</translation>
    </message>
    <message>
        <source>Lock every window after this many minutes with nobody using DuoDesk (0: never):</source>
        <translation>Bloquear todas las ventanas después de estos minutos sin que nadie use DuoDesk (0: nunca):</translation>
    </message>
    <message>
        <source>Close the other windows first</source>
        <translation>Cierre primero las otras ventanas</translation>
    </message>
    <message>
        <source>Close the interview, Results, Export and designer windows first, then try again. Nothing was changed.</source>
        <translation>Cierre primero las ventanas de entrevista, Resultados, Exportar y editor, y vuelva a intentarlo. No se cambió nada.</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Lock the project with a passphrase</source>
        <translation>Bloquear el proyecto con una frase de contraseña</translation>
    </message>
    <message>
        <source>Remove the passphrase?</source>
        <translation>¿Quitar la frase de contraseña?</translation>
    </message>
    <message>
        <source>Without a passphrase anyone who copies the project file can read every interview. Remove it only if the project is moving to a laptop that is itself encrypted.</source>
        <translation>Sin frase de contraseña, cualquiera que copie el archivo del proyecto puede leer todas las entrevistas. Quítela solo si el proyecto pasa a un ordenador que ya está cifrado.</translation>
    </message>
    <message>
        <source>Remove the passphrase</source>
        <translation>Quitar la frase de contraseña</translation>
    </message>
    <message>
        <source>The project and its backups are now locked with the new passphrase.</source>
        <translation>El proyecto y sus copias de seguridad ya están bloqueados con la nueva frase de contraseña.</translation>
    </message>
    <message>
        <source>The project and its backups are no longer encrypted.</source>
        <translation>El proyecto y sus copias de seguridad ya no están cifrados.</translation>
    </message>
    <message>
        <source>The project is now locked with the new passphrase.</source>
        <translation>El proyecto ahora está protegido con la nueva frase de contraseña.</translation>
    </message>
    <message>
        <source>The project is no longer encrypted.</source>
        <translation>El proyecto ya no está cifrado.</translation>
    </message>
    <message numerus="yes">
        <source>%n older backups use an earlier passphrase and were not changed.</source>
        <translation><numerusform>%n copia de seguridad más antigua usa una frase de contraseña anterior y no se cambió.</numerusform><numerusform>%n copias de seguridad más antiguas usan una frase de contraseña anterior y no se cambiaron.</numerusform></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Copia de seguridad recuperada</translation>
    </message>
    <message>
        <source>The project is back as the backup has it.</source>
        <translation>El proyecto ha vuelto a como estaba en la copia de seguridad.</translation>
    </message>
</context>
<context>
    <name>SettingsEditor</name>
    <message>
        <source>Title of the questionnaire</source>
        <translation>Título del cuestionario</translation>
    </message>
    <message>
        <source>Name of the questionnaire in the data files</source>
        <translation>Nombre del cuestionario en los archivos de datos</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Change the version</source>
        <translation>Cambiar la versión</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>New language</source>
        <translation>Nuevo idioma</translation>
    </message>
    <message>
        <source>for example  Español (es)</source>
        <translation>por ejemplo  Français (fr)</translation>
    </message>
    <message>
        <source>Add the language</source>
        <translation>Añadir el idioma</translation>
    </message>
    <message>
        <source>Make it the main language</source>
        <translation>Hacerlo el idioma principal</translation>
    </message>
    <message>
        <source>Remove the language</source>
        <translation>Quitar el idioma</translation>
    </message>
    <message>
        <source>Questions that make the participant code</source>
        <translation>Preguntas que forman el código de participante</translation>
    </message>
    <message>
        <source>Choose a question in the list to change it, or add one with the buttons above the list. The main language comes first; write each question in every language.</source>
        <translation>Elija una pregunta de la lista para cambiarla, o añada una con los botones de encima de la lista. El idioma principal va primero; escriba cada pregunta en cada idioma.</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Name in the data files:</source>
        <translation>Nombre en los archivos de datos:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Idiomas:</translation>
    </message>
    <message>
        <source>Participant code from:</source>
        <translation>Código de participante de:</translation>
    </message>
    <message>
        <source>{language}  (main language)</source>
        <translation>{language}  (idioma principal)</translation>
    </message>
    <message>
        <source>Change the participant code</source>
        <translation>Cambiar el código de participante</translation>
    </message>
    <message>
        <source>Change the title</source>
        <translation>Cambiar el título</translation>
    </message>
    <message>
        <source>Change the short name</source>
        <translation>Cambiar el nombre corto</translation>
    </message>
    <message>
        <source>Add the language {language}</source>
        <translation>Añadir el idioma {language}</translation>
    </message>
    <message>
        <source>Make {language} the main language</source>
        <translation>Hacer de {language} el idioma principal</translation>
    </message>
    <message>
        <source>Remove the language {language}</source>
        <translation>Quitar el idioma {language}</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in – DuoDesk</source>
        <translation>Entrar – DuoDesk</translation>
    </message>
    <message>
        <source>Who is using DuoDesk?</source>
        <translation>¿Quién usa DuoDesk?</translation>
    </message>
    <message>
        <source>Choose your name, then type your PIN.</source>
        <translation>Elija su nombre y escriba su PIN.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Close DuoDesk</source>
        <translation>Cerrar DuoDesk</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Choose your name in the list first.</source>
        <translation>Elija primero su nombre en la lista.</translation>
    </message>
    <message>
        <source>Type your PIN first.</source>
        <translation>Escriba primero su PIN.</translation>
    </message>
    <message>
        <source>Signing in did not work: {error}</source>
        <translation>No se pudo entrar: {error}</translation>
    </message>
</context>
<context>
    <name>SkipLogicBuilder</name>
    <message>
        <source>When to ask this question</source>
        <translation>Cuándo hacer esta pregunta</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Siempre</translation>
    </message>
    <message>
        <source>Only if all of these are true</source>
        <translation>Solo si todo esto es cierto</translation>
    </message>
    <message>
        <source>Only if any of these is true</source>
        <translation>Solo si algo de esto es cierto</translation>
    </message>
    <message>
        <source>Only if a rule written by hand is true</source>
        <translation>Solo si una regla escrita a mano es cierta</translation>
    </message>
    <message>
        <source>Add a condition</source>
        <translation>Añadir una condición</translation>
    </message>
    <message>
        <source>Rule written by hand</source>
        <translation>Regla escrita a mano</translation>
    </message>
    <message>
        <source>for example  ${age} &gt;= 18 and ${sex} = 'female'</source>
        <translation>por ejemplo  ${age} &gt;= 18 and ${sex} = 'female'</translation>
    </message>
    <message>
        <source>Ask this question:</source>
        <translation>Hacer esta pregunta:</translation>
    </message>
    <message>
        <source>Empty: the question is always asked.</source>
        <translation>Vacía: la pregunta se hace siempre.</translation>
    </message>
    <message>
        <source>⚠ {problem} (at character {position})</source>
        <translation>⚠ {problem} (en el carácter {position})</translation>
    </message>
    <message>
        <source>⚠ There is no question called "{name}".</source>
        <translation>⚠ No hay ninguna pregunta llamada «{name}».</translation>
    </message>
    <message>
        <source>✓ This rule can be used.</source>
        <translation>✓ Esta regla se puede usar.</translation>
    </message>
</context>
<context>
    <name>SubsetBar</name>
    <message>
        <source>is</source>
        <translation>es</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>no es</translation>
    </message>
    <message>
        <source>includes</source>
        <translation>incluye</translation>
    </message>
    <message>
        <source>is more than</source>
        <translation>es más de</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>es menos de</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>es al menos</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>es como mucho</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Todos los lugares</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Entrevistador</translation>
    </message>
    <message>
        <source>All interviewers</source>
        <translation>Todos los entrevistadores</translation>
    </message>
    <message>
        <source>Questionnaire version</source>
        <translation>Versión del cuestionario</translation>
    </message>
    <message>
        <source>All versions</source>
        <translation>Todas las versiones</translation>
    </message>
    <message>
        <source>Interviews from</source>
        <translation>Entrevistas desde</translation>
    </message>
    <message>
        <source>Interviews up to</source>
        <translation>Entrevistas hasta</translation>
    </message>
    <message>
        <source>Question for a condition</source>
        <translation>Pregunta para una condición</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>Answer for the condition</source>
        <translation>Respuesta para la condición</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add this condition</source>
        <translation>Añadir esta condición</translation>
    </message>
    <message>
        <source>Count everyone again</source>
        <translation>Contar a todos otra vez</translation>
    </message>
    <message>
        <source>Remove every choice of interviews</source>
        <translation>Quitar todas las elecciones de entrevistas</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>&amp;Interviewer:</source>
        <translation>&amp;Entrevistador:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Versión:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>O&amp;nly people whose answer to</source>
        <translation>Solo las personas cuya res&amp;puesta a</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>Versión {number}</translation>
    </message>
    <message>
        <source>Choose or type the answer for the condition first.</source>
        <translation>Elija o escriba primero la respuesta para la condición.</translation>
    </message>
    <message>
        <source>“{question}” {comparison} {answer}</source>
        <translation>«{question}» {comparison} {answer}</translation>
    </message>
    <message>
        <source>Only people whose answer to {conditions}</source>
        <translation>Solo las personas cuya respuesta a {conditions}</translation>
    </message>
</context>
<context>
    <name>TextPage</name>
    <message>
        <source>Written answers</source>
        <translation>Respuestas escritas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln written answers, oldest first.</source>
        <translation>
            <numerusform>%Ln respuesta escrita, las más antiguas primero.</numerusform>
            <numerusform>%Ln respuestas escritas, las más antiguas primero.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody wrote an answer to this question in these interviews.</source>
        <translation>Nadie escribió una respuesta a esta pregunta en estas entrevistas.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Send interviews to the team</source>
        <translation>Enviar entrevistas al equipo</translation>
    </message>
    <message>
        <source>Add a transfer file</source>
        <translation>Añadir un archivo de transferencia</translation>
    </message>
    <message>
        <source>Add a team member's transfer file</source>
        <translation>Añadir el archivo de transferencia de un miembro del equipo</translation>
    </message>
    <message>
        <source>DuoDesk writes a file you can carry on a USB stick to the coordinator or to another laptop. It holds the questionnaire, the finished interviews, their corrections and deletions, locked with the team passphrase: without the passphrase nobody can read it.</source>
        <translation>DuoDesk escribe un archivo que puede llevar en una memoria USB al coordinador o a otro ordenador. Contiene el cuestionario, las entrevistas terminadas, sus correcciones y borrados, bloqueado con la frase de contraseña del equipo: sin ella nadie puede leerlo.</translation>
    </message>
    <message>
        <source>Interviews from the file are added to this project; ones already here are brought up to date, never added twice. Reading the same file again changes nothing. Use the team passphrase the file was made with.</source>
        <translation>Las entrevistas del archivo se añaden a este proyecto; las que ya están se actualizan, nunca se añaden dos veces. Leer el mismo archivo otra vez no cambia nada. Use la frase de contraseña del equipo con la que se hizo el archivo.</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>Todavía no se ha elegido archivo</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Elegir dónde guardar…</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation>Elegir el archivo…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Only the questionnaire, no interviews (for laptops joining the team)</source>
        <translation>Solo el cuestionario, sin entrevistas (para ordenadores que se unen al equipo)</translation>
    </message>
    <message>
        <source>Every questionnaire in this project</source>
        <translation>Todos los cuestionarios de este proyecto</translation>
    </message>
    <message>
        <source>What to send</source>
        <translation>Qué enviar</translation>
    </message>
    <message>
        <source>Send:</source>
        <translation>Enviar:</translation>
    </message>
    <message>
        <source>Team passphrase</source>
        <translation>Frase de contraseña del equipo</translation>
    </message>
    <message>
        <source>Team passphrase:</source>
        <translation>Frase de contraseña del equipo:</translation>
    </message>
    <message>
        <source>Team passphrase again</source>
        <translation>Frase de contraseña del equipo, otra vez</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>Escríbala otra vez:</translation>
    </message>
    <message>
        <source>Write the file</source>
        <translation>Escribir el archivo</translation>
    </message>
    <message>
        <source>Add the interviews</source>
        <translation>Añadir las entrevistas</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Review possible duplicates…</source>
        <translation>Revisar posibles duplicados…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Save the transfer file</source>
        <translation>Guardar el archivo de transferencia</translation>
    </message>
    <message>
        <source>DuoDesk transfer files (*{suffix})</source>
        <translation>Archivos de transferencia de DuoDesk (*{suffix})</translation>
    </message>
    <message>
        <source>Choose a transfer file</source>
        <translation>Elegir un archivo de transferencia</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Las dos frases de contraseña todavía no son iguales.</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Escribiendo el archivo…</translation>
    </message>
    <message>
        <source>Reading the file and adding the interviews…</source>
        <translation>Leyendo el archivo y añadiendo las entrevistas…</translation>
    </message>
    <message>
        <source>Stopped. Nothing was written or changed.</source>
        <translation>Parado. No se escribió ni se cambió nada.</translation>
    </message>
    <message>
        <source>The file could not be written there: {reason}. Nothing was saved.</source>
        <translation>No se pudo escribir el archivo ahí: {reason}. No se guardó nada.</translation>
    </message>
    <message>
        <source>send the interviews</source>
        <translation>enviar las entrevistas</translation>
    </message>
    <message>
        <source>read the file</source>
        <translation>leer el archivo</translation>
    </message>
    <message>
        <source>&amp;Send interviews to the team…</source>
        <translation>&amp;Enviar entrevistas al equipo…</translation>
    </message>
    <message>
        <source>Add a &amp;transfer file…</source>
        <translation>Añadir un archivo de &amp;transferencia…</translation>
    </message>
    <message>
        <source>Possible &amp;duplicates across sites…</source>
        <translation>Posibles &amp;duplicados entre lugares…</translation>
    </message>
    <message>
        <source>Possible duplicates across sites</source>
        <translation>Posibles duplicados entre lugares</translation>
    </message>
    <message>
        <source>Choose a questionnaire in the list first.</source>
        <translation>Elija primero un cuestionario de la lista.</translation>
    </message>
</context>
<context>
    <name>TryDialog</name>
    <message>
        <source>Trying “{title}” (nothing is saved)</source>
        <translation>Probando «{title}» (no se guarda nada)</translation>
    </message>
    <message>
        <source>This is a practice run: answer as a participant would. Nothing you type here is saved. Close this window to go back to the designer.</source>
        <translation>Es una prueba: responda como lo haría un participante. Nada de lo que escriba aquí se guarda. Cierre esta ventana para volver al diseñador.</translation>
    </message>
    <message>
        <source>Finish (nothing is saved)</source>
        <translation>Terminar (no se guarda nada)</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>DuoDesk is locked</source>
        <translation>DuoDesk está bloqueado</translation>
    </message>
    <message>
        <source>The project is hidden until the signed-in person's PIN or password is typed. An interview that was open is kept as it was.</source>
        <translation>El proyecto está oculto hasta que se escriba el PIN o la contraseña de la persona que entró. Una entrevista abierta se queda como estaba.</translation>
    </message>
    <message>
        <source>The project is hidden until its passphrase is typed. An interview that was open is kept as it was.</source>
        <translation>El proyecto está oculto hasta que se escriba su frase de contraseña. Una entrevista abierta se queda como estaba.</translation>
    </message>
    <message>
        <source>Your PIN or password</source>
        <translation>Su PIN o contraseña</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Close DuoDesk</source>
        <translation>Cerrar DuoDesk</translation>
    </message>
    <message>
        <source>{key}:</source>
        <translation>{key}:</translation>
    </message>
    <message>
        <source>Type your PIN or password first.</source>
        <translation>Escriba primero su PIN o contraseña.</translation>
    </message>
    <message>
        <source>That is not the passphrase. Capital letters count.</source>
        <translation>Esa no es la frase de contraseña. Las mayúsculas cuentan.</translation>
    </message>
</context>
</TS>