<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccessHooks</name>
    <message>
        <source>Not for this role</source>
        <translation>No para este papel</translation>
    </message>
</context>
<context>
    <name>AnswersOverview</name>
    <message>
        <source>Not asked (skipped)</source>
        <translation>No preguntada (saltada)</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Recorded (not shown, to protect the participant)</source>
        <translation>Guardado (oculto, para proteger a la persona)</translation>
    </message>
    <message>
        <source>Click (or press Enter) to change this answer</source>
        <translation>Haga clic (o pulse Intro) para cambiar esta respuesta</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Every answer of this interview. To change one, click it (or choose it and press Enter). Every change is recorded with the name of who made it.</source>
        <translation>Todas las respuestas de esta entrevista. Para cambiar una, haga clic en ella (o elíjala y pulse Intro). Cada cambio se anota con el nombre de quien lo hizo.</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Preguntas y respuestas</translation>
    </message>
    <message>
        <source>Who is correcting?</source>
        <translation>¿Quién corrige?</translation>
    </message>
    <message>
        <source>Every change to a finished interview is recorded with the name of who made it.
Your name:</source>
        <translation>Cada cambio en una entrevista terminada se anota con el nombre de quien lo hizo.
Su nombre:</translation>
    </message>
    <message>
        <source>Change answers</source>
        <translation>Cambiar respuestas</translation>
    </message>
    <message>
        <source>Only read</source>
        <translation>Solo leer</translation>
    </message>
    <message>
        <source>A name is needed</source>
        <translation>Hace falta un nombre</translation>
    </message>
    <message>
        <source>Nothing can be changed without a name, because every change is recorded with the name of who made it. Type your name, or choose “Only read”.</source>
        <translation>No se puede cambiar nada sin un nombre, porque cada cambio se anota con el nombre de quien lo hizo. Escriba su nombre, o elija «Solo leer».</translation>
    </message>
</context>
<context>
    <name>DateBox</name>
    <message>
        <source>“{typed}” is not a date DuoDesk can read: type it like 15/11/2026 or 15 Nov 2026. The date was not changed.</source>
        <translation>«{typed}» no es una fecha que DuoDesk pueda leer: escríbala como 15/11/2026 o 15 nov 2026. La fecha no cambió.</translation>
    </message>
    <message>
        <source>{date} is not allowed here: choose a date from {first} to {last}. The date was not changed.</source>
        <translation>{date} no está permitida aquí: elija una fecha del {first} al {last}. La fecha no cambió.</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message numerus="yes">
        <source>{details} — %n answers so far</source>
        <translation><numerusform>{details} — %n respuesta por ahora</numerusform><numerusform>{details} — %n respuestas por ahora</numerusform></translation>
    </message>
    <message>
        <source>Unfinished interviews</source>
        <translation>Entrevistas sin terminar</translation>
    </message>
    <message>
        <source>These interviews were started but not finished. Everything given so far is kept. Choose one to carry on with it.</source>
        <translation>Estas entrevistas se empezaron pero no se terminaron. Todo lo dado hasta ahora se guarda. Elija una para seguir con ella.</translation>
    </message>
    <message>
        <source>Carry on with this interview</source>
        <translation>Seguir con esta entrevista</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Descartar…</translation>
    </message>
    <message>
        <source>Discard the chosen interview</source>
        <translation>Descartar la entrevista elegida</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Discard this interview?</source>
        <translation>¿Descartar esta entrevista?</translation>
    </message>
    <message>
        <source>Discard “{interview}”?

It moves to the deleted interviews, where it can still be restored until they are removed for good.</source>
        <translation>¿Descartar «{interview}»?

Pasa a las entrevistas borradas, donde aún se puede recuperar hasta que se eliminen para siempre.</translation>
    </message>
</context>
<context>
    <name>DuplicateBanner</name>
    <message>
        <source>an unknown date</source>
        <translation>una fecha desconocida</translation>
    </message>
    <message>
        <source>This person may already have been interviewed on {date} at {site}</source>
        <translation>Puede que esta persona ya fuera entrevistada el {date} en {site}</translation>
    </message>
    <message>
        <source>This person may already have been interviewed on {date}</source>
        <translation>Puede que esta persona ya fuera entrevistada el {date}</translation>
    </message>
    <message>
        <source>(their participant code is the same except for one part)</source>
        <translation>(su código de participante es igual salvo una parte)</translation>
    </message>
    <message numerus="yes">
        <source>There are %n more possible matches.</source>
        <translation><numerusform>Hay %n coincidencia posible más.</numerusform><numerusform>Hay %n coincidencias posibles más.</numerusform></translation>
    </message>
    <message>
        <source>You could ask whether they have taken part before. Nothing has been changed or blocked: you decide whether to carry on.</source>
        <translation>Puede preguntarle si ya participó antes. No se ha cambiado ni bloqueado nada: usted decide si sigue.</translation>
    </message>
    <message>
        <source>Carry on with this interview</source>
        <translation>Seguir con esta entrevista</translation>
    </message>
    <message>
        <source>Close this warning and carry on</source>
        <translation>Cerrar este aviso y seguir</translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation>Aviso: {text}</translation>
    </message>
</context>
<context>
    <name>EntryHooks</name>
    <message>
        <source>Resume or discard an unfinished interview</source>
        <translation>Retomar o descartar una entrevista sin terminar</translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished interviews</source>
        <translation><numerusform>%n entrevista sin terminar</numerusform><numerusform>%n entrevistas sin terminar</numerusform></translation>
    </message>
    <message>
        <source>An interviewer can open only their own interviews.</source>
        <translation>Un entrevistador solo puede abrir sus propias entrevistas.</translation>
    </message>
    <message>
        <source>Paper datasheet</source>
        <translation>Hoja en papel</translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <source>finish this</source>
        <translation>terminar esto</translation>
    </message>
    <message>
        <source>This file cannot be used</source>
        <translation>Este archivo no se puede usar</translation>
    </message>
    <message>
        <source>Participant codes cannot be checked here</source>
        <translation>Aquí no se pueden comprobar los códigos de participante</translation>
    </message>
    <message>
        <source>The server does not answer</source>
        <translation>El servidor no responde</translation>
    </message>
    <message>
        <source>DuoDesk could not {doing}: the team's server cannot be reached just now. Nothing was lost: what was saved before is still there. Try again in a moment; while the server stays away, the line at the top of the main window says what can be done meanwhile.</source>
        <translation>DuoDesk no pudo {doing}: no se puede llegar al servidor del equipo en este momento. No se perdió nada: lo que estaba guardado sigue ahí. Vuelva a intentarlo en un momento; mientras el servidor no responda, la línea de arriba de la ventana principal dice qué se puede hacer mientras tanto.</translation>
    </message>
    <message>
        <source>The project is busy</source>
        <translation>El proyecto está ocupado</translation>
    </message>
    <message>
        <source>Another program has been saving to this project for a long time, so DuoDesk could not {doing}. Nothing was lost: what was saved before is still there. Try again when the other program has finished.</source>
        <translation>Otro programa lleva mucho tiempo guardando en este proyecto, así que DuoDesk no pudo {doing}. No se perdió nada: lo guardado antes sigue ahí. Vuelva a intentarlo cuando el otro programa termine.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>DuoDesk could not {doing}. Nothing was lost: what was saved before is still there.

{details}</source>
        <translation>DuoDesk no pudo {doing}. No se perdió nada: lo guardado antes sigue ahí.

{details}</translation>
    </message>
</context>
<context>
    <name>FieldWidgets</name>
    <message>
        <source>This laptop does not find locations. If you know the place, type its coordinates (latitude and longitude, as in 55.9533 -3.1883); otherwise leave this blank.</source>
        <translation>Este ordenador no encuentra ubicaciones. Si conoce el lugar, escriba sus coordenadas (latitud y longitud, como 55.9533 -3.1883); si no, déjelo en blanco.</translation>
    </message>
    <message>
        <source>This laptop does not find locations. If you know them, type the points one after the other, separated by ; (as in 55.95 -3.19; 55.96 -3.18); otherwise leave this blank.</source>
        <translation>Este ordenador no encuentra ubicaciones. Si las conoce, escriba los puntos uno tras otro, separados por ; (como 55.95 -3.19; 55.96 -3.18); si no, déjelo en blanco.</translation>
    </message>
    <message>
        <source>latitude longitude</source>
        <translation>latitud longitud</translation>
    </message>
    <message>
        <source>latitude longitude; latitude longitude; ...</source>
        <translation>latitud longitud; latitud longitud; ...</translation>
    </message>
    <message>
        <source>Photos and pictures (*.jpg *.jpeg *.png *.gif *.bmp *.heic *.webp)</source>
        <translation>Fotos e imágenes (*.jpg *.jpeg *.png *.gif *.bmp *.heic *.webp)</translation>
    </message>
    <message>
        <source>Recordings (*.mp3 *.m4a *.wav *.ogg *.aac *.amr *.3gp)</source>
        <translation>Grabaciones (*.mp3 *.m4a *.wav *.ogg *.aac *.amr *.3gp)</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mov *.avi *.mkv *.3gp *.webm)</source>
        <translation>Vídeos (*.mp4 *.mov *.avi *.mkv *.3gp *.webm)</translation>
    </message>
    <message>
        <source>No file attached.</source>
        <translation>Ningún archivo adjunto.</translation>
    </message>
    <message>
        <source>A number from {low} to {high}</source>
        <translation>Un número de {low} a {high}</translation>
    </message>
    <message>
        <source>A number from {low} to {high}, in steps of {step}</source>
        <translation>Un número de {low} a {high}, de {step} en {step}</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} a {high}</translation>
    </message>
    <message>
        <source>{question}: slider</source>
        <translation>{question}: control deslizante</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>{question}: OK</source>
        <translation>{question}: Aceptar</translation>
    </message>
    <message>
        <source>Attach a file…</source>
        <translation>Adjuntar un archivo…</translation>
    </message>
    <message>
        <source>Attach a file for {question}</source>
        <translation>Adjuntar un archivo para {question}</translation>
    </message>
    <message>
        <source>Remove the file</source>
        <translation>Quitar el archivo</translation>
    </message>
    <message>
        <source>Remove the file attached for {question}</source>
        <translation>Quitar el archivo adjunto para {question}</translation>
    </message>
    <message>
        <source>Attached: {file}</source>
        <translation>Adjunto: {file}</translation>
    </message>
    <message>
        <source>Attach another file…</source>
        <translation>Adjuntar otro archivo…</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Adjuntar un archivo</translation>
    </message>
    <message>
        <source>{file} is too large to attach (the limit is {limit} MB).</source>
        <translation>{file} es demasiado grande para adjuntarlo (el límite es {limit} MB).</translation>
    </message>
    <message>
        <source>{file} could not be read. Choose another file.</source>
        <translation>No se pudo leer {file}. Elija otro archivo.</translation>
    </message>
</context>
<context>
    <name>InterviewFormView</name>
    <message>
        <source>Recorded — hidden to protect the participant. Type it again only to change it.</source>
        <translation>Registrado — oculto para proteger a la persona. Escríbalo de nuevo solo para cambiarlo.</translation>
    </message>
    <message>
        <source>Finish the interview</source>
        <translation>Terminar la entrevista</translation>
    </message>
    <message>
        <source>Language of the questions</source>
        <translation>Idioma de las preguntas</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>This answer was cleared, because its question no longer applies after this change: {questions}</source>
        <translation>Se borró esta respuesta, porque su pregunta ya no corresponde tras este cambio: {questions}</translation>
    </message>
    <message>
        <source>These answers were cleared, because their questions no longer apply after this change: {questions}</source>
        <translation>Se borraron estas respuestas, porque sus preguntas ya no corresponden tras este cambio: {questions}</translation>
    </message>
    <message>
        <source>“{typed}” was typed, but this question is answered by choosing an option (keys 1 to {last}).</source>
        <translation>Se escribió «{typed}», pero esta pregunta se responde eligiendo una opción (teclas 1 a {last}).</translation>
    </message>
    <message>
        <source>“{typed}” was typed, but this question is answered by choosing an option.</source>
        <translation>Se escribió «{typed}», pero esta pregunta se responde eligiendo una opción.</translation>
    </message>
    <message>
        <source>The answers were left as they were.</source>
        <translation>Las respuestas quedaron como estaban.</translation>
    </message>
    <message>
        <source>The answer was left as it was.</source>
        <translation>La respuesta quedó como estaba.</translation>
    </message>
    <message>
        <source>To choose with the number keys again, press Backspace or Escape first.</source>
        <translation>Para volver a elegir con las teclas de números, pulse antes Retroceso o Esc.</translation>
    </message>
    <message>
        <source>Skipped for now, still without an answer: {questions}. Press “{finish}” again to finish without them, or go back to answer them.</source>
        <translation>Saltadas por ahora, aún sin respuesta: {questions}. Pulse «{finish}» otra vez para terminar sin ellas, o vuelva atrás para responderlas.</translation>
    </message>
    <message>
        <source>Go to “{question}”</source>
        <translation>Ir a «{question}»</translation>
    </message>
    <message>
        <source>The interview cannot be finished yet. “{question}”: {message}.</source>
        <translation>La entrevista aún no se puede terminar. «{question}»: {message}.</translation>
    </message>
    <message numerus="yes">
        <source>The interview cannot be finished yet: %n questions need attention. First, “{question}”: {message}.</source>
        <translation><numerusform>La entrevista aún no se puede terminar: %n pregunta necesita atención. Primero, «{question}»: {message}.</numerusform><numerusform>La entrevista aún no se puede terminar: %n preguntas necesitan atención. Primero, «{question}»: {message}.</numerusform></translation>
    </message>
    <message>
        <source>Skipped for now: {questions}.</source>
        <translation>Saltadas por ahora: {questions}.</translation>
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
    <name>InterviewTable</name>
    <message>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Entrevistador</translation>
    </message>
    <message>
        <source>How complete</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Borrada</translation>
    </message>
    <message numerus="yes">
        <source>Finished · %n answers</source>
        <translation><numerusform>Terminada · %n respuesta</numerusform><numerusform>Terminada · %n respuestas</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Unfinished · %n answers so far</source>
        <translation><numerusform>Sin terminar · %n respuesta</numerusform><numerusform>Sin terminar · %n respuestas</numerusform></translation>
    </message>
    <message>
        <source>changed on two laptops</source>
        <translation>cambiada en dos ordenadores</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>N.º {number}</translation>
    </message>
</context>
<context>
    <name>InterviewWindow</name>
    <message>
        <source>Every answer is saved.</source>
        <translation>Todas las respuestas están guardadas.</translation>
    </message>
    <message>
        <source>Saved; the participant code is kept once all its parts are given.</source>
        <translation>Guardado; el código de participante se guarda cuando se dan todas sus partes.</translation>
    </message>
    <message>
        <source>The answer in the box is not saved yet: put it right first.</source>
        <translation>La respuesta de la casilla aún no está guardada: corríjala primero.</translation>
    </message>
    <message>
        <source>Saved for now; an answer must be put right before the end.</source>
        <translation>Guardado por ahora; hay que corregir una respuesta antes del final.</translation>
    </message>
    <message>
        <source>The participant code is not complete: give its other parts, or clear the parts given, before finishing (its parts are kept only all together).</source>
        <translation>El código de participante no está completo: dé sus otras partes, o borre las partes dadas, antes de terminar (sus partes solo se guardan todas juntas).</translation>
    </message>
    <message>
        <source>Only part of the participant code is given: its parts are kept only all together, so they would have to be asked again. Close the window again to close it anyway.</source>
        <translation>Solo se ha dado una parte del código de participante: sus partes solo se guardan todas juntas, así que habría que preguntarlas otra vez. Cierre la ventana otra vez para cerrarla de todos modos.</translation>
    </message>
    <message>
        <source>An answer is still being saved. Wait a moment; close the window again to close it anyway.</source>
        <translation>Todavía se está guardando una respuesta. Espere un momento; cierre la ventana otra vez para cerrarla de todos modos.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Still saving: the project is slow to answer. Your answers are kept in this window; keep it open.</source>
        <translation>Todavía guardando: el proyecto tarda en responder. Sus respuestas se guardan en esta ventana; déjela abierta.</translation>
    </message>
    <message>
        <source>Still saving: the project is slow to answer (the server may be unreachable). Your answers are kept in this window; keep it open.</source>
        <translation>Todavía guardando: el proyecto tarda en responder (puede que no se llegue al servidor). Sus respuestas se guardan en esta ventana; déjela abierta.</translation>
    </message>
    <message>
        <source>Waiting for another program to finish saving. Your answers are kept here.</source>
        <translation>Esperando a que otro programa termine de guardar. Sus respuestas se guardan aquí.</translation>
    </message>
    <message>
        <source>Interview: {title} – DuoDesk</source>
        <translation>Entrevista: {title} – DuoDesk</translation>
    </message>
    <message>
        <source>Save the corrections</source>
        <translation>Guardar las correcciones</translation>
    </message>
    <message>
        <source>Finish the interview</source>
        <translation>Terminar la entrevista</translation>
    </message>
    <message>
        <source>Whether the answers are saved</source>
        <translation>Si las respuestas están guardadas</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>Guardar y cerrar</translation>
    </message>
    <message>
        <source>Close the interview; everything given so far is kept</source>
        <translation>Cerrar la entrevista; todo lo dado hasta ahora se guarda</translation>
    </message>
    <message>
        <source>All answers</source>
        <translation>Todas las respuestas</translation>
    </message>
    <message>
        <source>Back to the list of all answers</source>
        <translation>Volver a la lista de todas las respuestas</translation>
    </message>
    <message>
        <source>Every question and its answer, to choose another</source>
        <translation>Cada pregunta y su respuesta, para elegir otra</translation>
    </message>
    <message>
        <source>Done correcting</source>
        <translation>Corrección terminada</translation>
    </message>
    <message>
        <source>Done correcting: check the answers and save the corrections</source>
        <translation>Corrección terminada: revisar las respuestas y guardar las correcciones</translation>
    </message>
    <message>
        <source>Check every answer and save the corrections, as on the last page</source>
        <translation>Revisar cada respuesta y guardar las correcciones, como en la última página</translation>
    </message>
    <message>
        <source>Interview No. {number}</source>
        <translation>Entrevista n.º {number}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the interview</source>
        <translation>Cerrar la entrevista</translation>
    </message>
    <message>
        <source>Interviewer: {name}</source>
        <translation>Entrevistador: {name}</translation>
    </message>
    <message>
        <source>Site: {site}</source>
        <translation>Lugar: {site}</translation>
    </message>
    <message numerus="yes">
        <source>%n answers not saved yet</source>
        <translation><numerusform>%n respuesta aún sin guardar</numerusform><numerusform>%n respuestas aún sin guardar</numerusform></translation>
    </message>
    <message>
        <source>The corrections are saved.</source>
        <translation>Las correcciones están guardadas.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Correcting a finished interview.&lt;/b&gt; Every change is recorded.</source>
        <translation>&lt;b&gt;Corrigiendo una entrevista terminada.&lt;/b&gt; Cada cambio se anota.</translation>
    </message>
    <message numerus="yes">
        <source>%n corrections so far; the latest:</source>
        <translation><numerusform>%n corrección hasta ahora; la última:</numerusform><numerusform>%n correcciones hasta ahora; las últimas:</numerusform></translation>
    </message>
    <message>
        <source>another program kept the project busy for a long time. Every answer saved so far is safe; press Finish again.</source>
        <translation>otro programa tuvo ocupado el proyecto mucho tiempo. Todas las respuestas ya guardadas están a salvo; pulse Terminar otra vez.</translation>
    </message>
    <message>
        <source>the server cannot be reached. Every answer saved so far is safe on the server, and the answers on this screen stay here: keep this window open and press Finish again when the server is back.</source>
        <translation>no se llega al servidor. Todas las respuestas ya guardadas están a salvo en el servidor, y las de esta pantalla se quedan aquí: deje esta ventana abierta y pulse Terminar otra vez cuando vuelva el servidor.</translation>
    </message>
    <message>
        <source>the project could not store it. {details} Every answer saved so far is safe; press Finish again.</source>
        <translation>el proyecto no pudo guardarla. {details} Todas las respuestas ya guardadas están a salvo; pulse Terminar otra vez.</translation>
    </message>
    <message>
        <source>The interview is not finished yet: {why}</source>
        <translation>La entrevista aún no está terminada: {why}</translation>
    </message>
    <message>
        <source>The interview is finished and saved.
Thank you. You can close this window.</source>
        <translation>La entrevista está terminada y guardada.
Gracias. Puede cerrar esta ventana.</translation>
    </message>
    <message>
        <source>Some answers are not saved</source>
        <translation>Algunas respuestas no están guardadas</translation>
    </message>
    <message>
        <source>Some answers are not saved yet, and would be lost if the window closed now. Keep the window open: DuoDesk keeps trying to save them.</source>
        <translation>Algunas respuestas aún no están guardadas y se perderían si la ventana se cerrara ahora. Deje la ventana abierta: DuoDesk sigue intentando guardarlas.</translation>
    </message>
    <message>
        <source>Keep the window open</source>
        <translation>Dejar la ventana abierta</translation>
    </message>
    <message>
        <source>Close and lose them</source>
        <translation>Cerrar y perderlas</translation>
    </message>
    <message>
        <source>another program has kept the project busy for a long time.</source>
        <translation>otro programa tiene ocupado el proyecto desde hace mucho tiempo.</translation>
    </message>
    <message>
        <source>the server cannot be reached (it may be stopped, or this laptop may have lost the network).</source>
        <translation>no se llega al servidor (puede que esté parado, o que este ordenador haya perdido la red).</translation>
    </message>
    <message>
        <source>the project file could not be written. {details}</source>
        <translation>no se pudo escribir el archivo del proyecto. {details}</translation>
    </message>
    <message numerus="yes">
        <source>%n answers are not saved yet: {why} DuoDesk keeps them in this window and sends them by itself every few seconds; this line goes away once they are on the server. Keep this window open until then: closing it would lose them. Answers saved before are safe on the server.</source>
        <translation><numerusform>%n respuesta aún no está guardada: {why} DuoDesk la guarda en esta ventana y la vuelve a enviar sola cada pocos segundos; esta línea desaparece cuando está en el servidor. Deje esta ventana abierta hasta entonces: cerrarla la perdería. Las respuestas guardadas antes están a salvo en el servidor.</numerusform><numerusform>%n respuestas aún no están guardadas: {why} DuoDesk las guarda en esta ventana y las vuelve a enviar solas cada pocos segundos; esta línea desaparece cuando están en el servidor. Deje esta ventana abierta hasta entonces: cerrarla las perdería. Las respuestas guardadas antes están a salvo en el servidor.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n answers are not saved yet: {why} DuoDesk keeps them in this window and sends them by itself every few seconds; this line goes away once they are in the project. Keep this window open until then: closing it would lose them. Answers saved before are safe in the project.</source>
        <translation><numerusform>%n respuesta aún no está guardada: {why} DuoDesk la guarda en esta ventana y la vuelve a enviar sola cada pocos segundos; esta línea desaparece cuando está en el proyecto. Deje esta ventana abierta hasta entonces: cerrarla la perdería. Las respuestas guardadas antes están a salvo en el proyecto.</numerusform><numerusform>%n respuestas aún no están guardadas: {why} DuoDesk las guarda en esta ventana y las vuelve a enviar solas cada pocos segundos; esta línea desaparece cuando están en el proyecto. Deje esta ventana abierta hasta entonces: cerrarla las perdería. Las respuestas guardadas antes están a salvo en el proyecto.</numerusform></translation>
    </message>
    <message>
        <source>{name} (worked out)</source>
        <translation>{name} (calculado)</translation>
    </message>
    <message>
        <source>(not asked, skipped)</source>
        <translation>(no preguntada, saltada)</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(sin respuesta)</translation>
    </message>
</context>
<context>
    <name>InterviewsWindow</name>
    <message>
        <source>All interviews</source>
        <translation>Todas las entrevistas</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Terminadas</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>Sin terminar</translation>
    </message>
    <message>
        <source>Deleted (can be restored)</source>
        <translation>Borradas (se pueden recuperar)</translation>
    </message>
    <message>
        <source>Interviews: {title} – DuoDesk</source>
        <translation>Entrevistas: {title} – DuoDesk</translation>
    </message>
    <message>
        <source>Interviews – DuoDesk</source>
        <translation>Entrevistas – DuoDesk</translation>
    </message>
    <message>
        <source>Interviews of “{title}”</source>
        <translation>Entrevistas de «{title}»</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entrevistas</translation>
    </message>
    <message>
        <source>Search by site, interviewer or date (2024-07)</source>
        <translation>Buscar por lugar, entrevistador o fecha (2024-07)</translation>
    </message>
    <message>
        <source>Search interviews</source>
        <translation>Buscar entrevistas</translation>
    </message>
    <message>
        <source>Which interviews to show</source>
        <translation>Qué entrevistas mostrar</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Open to read or correct…</source>
        <translation>Abrir para leer o corregir…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Borrar…</translation>
    </message>
    <message>
        <source>Delete the chosen interviews</source>
        <translation>Borrar las entrevistas elegidas</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <source>Restore the chosen deleted interviews</source>
        <translation>Recuperar las entrevistas borradas elegidas</translation>
    </message>
    <message>
        <source>Remove deleted interviews for good…</source>
        <translation>Eliminar para siempre las entrevistas borradas…</translation>
    </message>
    <message>
        <source>No interviews match.</source>
        <translation>Ninguna entrevista coincide.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln interviews</source>
        <translation>
            <numerusform>%Ln entrevista</numerusform>
            <numerusform>%Ln entrevistas</numerusform>
        </translation>
    </message>
    <message>
        <source>(showing {shown}; scroll down for more)</source>
        <translation>(se muestran {shown}; baje para ver más)</translation>
    </message>
    <message>
        <source>The interviews could not be read: the team's server cannot be reached just now. Close this window and open it again later.</source>
        <translation>No se pudieron leer las entrevistas: no se puede llegar al servidor del equipo en este momento. Cierre esta ventana y vuelva a abrirla más tarde.</translation>
    </message>
    <message>
        <source>The interviews could not be read: {error}</source>
        <translation>No se pudieron leer las entrevistas: {error}</translation>
    </message>
    <message>
        <source>Delete interviews?</source>
        <translation>¿Borrar entrevistas?</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n interviews? They move to the deleted interviews (choose “Deleted” under Show) and can be restored until they are removed for good.</source>
        <translation><numerusform>¿Borrar esta entrevista? Pasa a las entrevistas borradas (elija «Borradas» en Mostrar) y se puede recuperar hasta que se elimine para siempre.</numerusform><numerusform>¿Borrar estas %n entrevistas? Pasan a las entrevistas borradas (elija «Borradas» en Mostrar) y se pueden recuperar hasta que se eliminen para siempre.</numerusform></translation>
    </message>
    <message>
        <source>Remove deleted interviews for good?</source>
        <translation>¿Eliminar para siempre las entrevistas borradas?</translation>
    </message>
    <message>
        <source>change the interviews</source>
        <translation>cambiar las entrevistas</translation>
    </message>
    <message>
        <source>the backup files (ending in “.backup”) beside the project in {folder}</source>
        <translation>los archivos de copia de seguridad (que terminan en «.backup») junto al proyecto en {folder}</translation>
    </message>
    <message>
        <source>the server's backups</source>
        <translation>las copias de seguridad del servidor</translation>
    </message>
    <message>
        <source>Every deleted interview and its answers will be removed from the project. Copies stay in {where}, including one made just before, until newer backups replace them; delete those files too if the interviews must be gone everywhere now.</source>
        <translation>Cada entrevista borrada y sus respuestas se eliminarán del proyecto. Quedan copias en {where}, entre ellas una hecha justo antes, hasta que copias más nuevas las sustituyan; borre también esos archivos si las entrevistas deben desaparecer de todas partes ya.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Lan&amp;guage</source>
        <extracomment>The laptop setting saying the first-start question about the language was answered. The locale of a language whose own default writes numbers unlike DuoDesk's sentences: Qt's Arabic is Egypt's, with Arabic-Indic digits, while the sentences (``i18n.number``) and the results' tables write 0-9; the Emirates' Arabic writes 0-9, with the same separators and month names, so one screen never mixes the two kinds of digits.</extracomment>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>DuoDesk will speak {language} the next time it starts.</source>
        <translation>DuoDesk hablará {language} la próxima vez que se abra.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Finishing saving… DuoDesk closes by itself as soon as it is done.</source>
        <translation>Terminando de guardar… DuoDesk se cierra solo en cuanto acabe.</translation>
    </message>
    <message>
        <source>Saving is taking longer than it should. Wait, or close the window again to close DuoDesk anyway: anything not saved by then is not kept, and its window said so.</source>
        <translation>Guardar está tardando más de lo normal. Espere, o cierre la ventana otra vez para cerrar DuoDesk de todos modos: lo que no esté guardado para entonces no se conserva, y su ventana lo dijo.</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Cuestionarios</translation>
    </message>
    <message>
        <source>Questionnaires in this project</source>
        <translation>Cuestionarios de este proyecto</translation>
    </message>
    <message>
        <source>There are no questionnaires in this project yet. Add one from a file (an XLSForm made in DuoDesk, ODK or KoboToolbox).</source>
        <translation>Todavía no hay cuestionarios en este proyecto. Añada uno desde un archivo (un XLSForm hecho en DuoDesk, ODK o KoboToolbox).</translation>
    </message>
    <message>
        <source>Add a questionnaire from a file…</source>
        <translation>Añadir un cuestionario desde un archivo…</translation>
    </message>
    <message>
        <source>Add a questionnaire from a file</source>
        <translation>Añadir un cuestionario desde un archivo</translation>
    </message>
    <message>
        <source>With the chosen questionnaire:</source>
        <translation>Con el cuestionario elegido:</translation>
    </message>
    <message>
        <source>Results…</source>
        <translation>Resultados…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>New questionnaire…</source>
        <translation>Nuevo cuestionario…</translation>
    </message>
    <message>
        <source>Make a new questionnaire</source>
        <translation>Hacer un cuestionario nuevo</translation>
    </message>
    <message>
        <source>What DuoDesk is doing</source>
        <translation>Lo que está haciendo DuoDesk</translation>
    </message>
    <message>
        <source>Reading the questionnaire file</source>
        <translation>Leyendo el archivo del cuestionario</translation>
    </message>
    <message>
        <source>Opening the project…</source>
        <translation>Abriendo el proyecto…</translation>
    </message>
    <message>
        <source>Project: {project} ({protection})</source>
        <translation>Proyecto: {project} ({protection})</translation>
    </message>
    <message>
        <source>Keep the examples</source>
        <translation>Conservar los ejemplos</translation>
    </message>
    <message>
        <source>Remove the examples</source>
        <translation>Quitar los ejemplos</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to DuoDesk.&lt;/b&gt; Three example questionnaires are ready for you to try: a hepatitis C peer survey, a survey of barriers to training and employment, and a profile of a drug user organisation. Keep them to practise with, or remove them if this project is for your own survey only.</source>
        <translation>&lt;b&gt;Bienvenido a DuoDesk.&lt;/b&gt; Hay tres cuestionarios de ejemplo listos para probar: una encuesta entre pares sobre la hepatitis C, una encuesta sobre las barreras a la formación y al empleo, y un perfil de una organización de personas que usan drogas. Consérvelos para practicar, o quítelos si este proyecto es solo para su propia encuesta.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to DuoDesk.&lt;/b&gt; Three example questionnaires to try.</source>
        <translation>&lt;b&gt;Bienvenido a DuoDesk.&lt;/b&gt; Tres cuestionarios de ejemplo para probar.</translation>
    </message>
    <message>
        <source>“{title}” has every file it needs.</source>
        <translation>«{title}» tiene todos los archivos que necesita.</translation>
    </message>
    <message>
        <source>Waiting for another program to finish saving to the project. What you do here is kept.</source>
        <translation>Esperando a que otro programa termine de guardar en el proyecto. Lo que haga aquí se guarda.</translation>
    </message>
    <message>
        <source>DuoDesk stopped waiting for the project. What could not be saved is kept in its window and tried again.</source>
        <translation>DuoDesk dejó de esperar al proyecto. Lo que no se pudo guardar se queda en su ventana y se vuelve a intentar.</translation>
    </message>
    <message>
        <source>The project is free again.</source>
        <translation>El proyecto vuelve a estar libre.</translation>
    </message>
    <message>
        <source>DuoDesk could not read something from the project. {details}</source>
        <translation>DuoDesk no pudo leer algo del proyecto. {details}</translation>
    </message>
    <message>
        <source>Add a questionnaire</source>
        <translation>Añadir un cuestionario</translation>
    </message>
    <message>
        <source>XLSForm workbooks (*.xlsx *.xls)</source>
        <translation>Libros XLSForm (*.xlsx *.xls)</translation>
    </message>
    <message>
        <source>Reading “{file}”… A large file can take a minute.</source>
        <translation>Leyendo «{file}»… Un archivo grande puede tardar un minuto.</translation>
    </message>
    <message>
        <source>“{title}” was changed. Interviews already entered keep the questionnaire they were entered with; new interviews use version {version}.</source>
        <translation>«{title}» ha cambiado. Las entrevistas ya hechas conservan el cuestionario con el que se hicieron; las nuevas usan la versión {version}.</translation>
    </message>
    <message>
        <source>“{title}” was added.</source>
        <translation>Se añadió «{title}».</translation>
    </message>
    <message>
        <source>“{title}” is already in this project, unchanged.</source>
        <translation>«{title}» ya está en este proyecto, sin cambios.</translation>
    </message>
    <message>
        <source>A file of “{title}” lacks a column</source>
        <translation>A un archivo de «{title}» le falta una columna</translation>
    </message>
    <message>
        <source>{files} added to “{title}”.</source>
        <translation>{files} añadido a «{title}».</translation>
    </message>
    <message>
        <source>It still needs {files}.</source>
        <translation>Todavía necesita {files}.</translation>
    </message>
    <message>
        <source>This file cannot be used</source>
        <translation>Este archivo no se puede usar</translation>
    </message>
    <message>
        <source>Some examples were kept</source>
        <translation>Se conservaron algunos ejemplos</translation>
    </message>
    <message>
        <source>Interviews were entered with these examples, so they were kept: {titles}</source>
        <translation>Se hicieron entrevistas con estos ejemplos, así que se conservaron: {titles}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Add a questionnaire from a file…</source>
        <translation>&amp;Añadir un cuestionario desde un archivo…</translation>
    </message>
    <message>
        <source>&amp;New questionnaire…</source>
        <translation>&amp;Nuevo cuestionario…</translation>
    </message>
    <message>
        <source>Add the &amp;example questionnaires</source>
        <translation>Añadir los cuestionarios de &amp;ejemplo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Tamaño de texto &amp;normal</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;How to…</source>
        <translation>&amp;Cómo…</translation>
    </message>
    <message>
        <source>How to &amp;do…</source>
        <translation>Cómo &amp;hacer…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Start an interview…</source>
        <translation>Empezar una entrevista…</translation>
    </message>
    <message>
        <source>Start an interview with the chosen questionnaire</source>
        <translation>Empezar una entrevista con el cuestionario elegido</translation>
    </message>
    <message>
        <source>Interviews…</source>
        <translation>Entrevistas…</translation>
    </message>
    <message>
        <source>List the chosen questionnaire's interviews, to read or correct</source>
        <translation>Ver las entrevistas del cuestionario elegido, para leerlas o corregirlas</translation>
    </message>
    <message>
        <source>Add interviews from a file…</source>
        <translation>Añadir entrevistas desde un archivo…</translation>
    </message>
    <message>
        <source>Add interviews collected elsewhere (ODK, KoboToolbox, another laptop's DuoDesk) to the chosen questionnaire</source>
        <translation>Añadir al cuestionario elegido entrevistas recogidas en otro lugar (ODK, KoboToolbox, DuoDesk en otro portátil)</translation>
    </message>
    <message>
        <source>See the chosen questionnaire's results: tables and charts</source>
        <translation>Ver los resultados del cuestionario elegido: tablas y gráficos</translation>
    </message>
    <message>
        <source>Themes…</source>
        <translation>Temas…</translation>
    </message>
    <message>
        <source>Code the chosen questionnaire's written answers into themes</source>
        <translation>Clasificar por temas las respuestas escritas del cuestionario elegido</translation>
    </message>
    <message>
        <source>Paper datasheets…</source>
        <translation>Hojas en papel…</translation>
    </message>
    <message>
        <source>Compare and resolve the chosen questionnaire's paper datasheets typed in twice</source>
        <translation>Comparar y resolver las hojas en papel del cuestionario elegido escritas dos veces</translation>
    </message>
    <message>
        <source>Export the chosen questionnaire's interviews for the health board</source>
        <translation>Exportar las entrevistas del cuestionario elegido para la autoridad sanitaria</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Change the chosen questionnaire in the designer</source>
        <translation>Cambiar el cuestionario elegido en el editor</translation>
    </message>
    <message>
        <source>Add a file it needs…</source>
        <translation>Añadir un archivo que necesita…</translation>
    </message>
    <message>
        <source>Add a file of answer options or data that the chosen questionnaire was added without</source>
        <translation>Añadir un archivo de opciones de respuesta o de datos con el que no se añadió el cuestionario elegido</translation>
    </message>
    <message>
        <source>New questionnaire</source>
        <translation>Nuevo cuestionario</translation>
    </message>
    <message>
        <source>How to… (this guide)</source>
        <translation>Cómo… (esta guía)</translation>
    </message>
    <message>
        <source>Larger text / smaller text / normal text</source>
        <translation>Texto más grande / más pequeño / normal</translation>
    </message>
    <message>
        <source>Move between the list and the buttons</source>
        <translation>Pasar de la lista a los botones</translation>
    </message>
    <message>
        <source>Start an interview with the questionnaire in the list</source>
        <translation>Empezar una entrevista con el cuestionario de la lista</translation>
    </message>
    <message>
        <source>In an interview: choose an answer</source>
        <translation>En una entrevista: elegir una respuesta</translation>
    </message>
    <message>
        <source>1 to 9</source>
        <translation>1 a 9</translation>
    </message>
    <message>
        <source>In an interview: next question</source>
        <translation>En una entrevista: pregunta siguiente</translation>
    </message>
    <message>
        <source>In an interview: previous question</source>
        <translation>En una entrevista: pregunta anterior</translation>
    </message>
    <message>
        <source>In the list of interviews: open the chosen one</source>
        <translation>En la lista de entrevistas: abrir la elegida</translation>
    </message>
    <message>
        <source>In the list's search box: go to the list / open the first found</source>
        <translation>En la casilla de búsqueda: ir a la lista / abrir la primera encontrada</translation>
    </message>
    <message>
        <source>In the designer: bring in an XLSForm / save as an XLSForm</source>
        <translation>En el diseñador: traer un XLSForm / guardar como XLSForm</translation>
    </message>
    <message>
        <source>Close a window (an interview keeps every answer)</source>
        <translation>Cerrar una ventana (una entrevista guarda todas las respuestas)</translation>
    </message>
    <message>
        <source>Close a dialog, Results, Export or the list of interviews</source>
        <translation>Cerrar un cuadro de diálogo, Resultados, Exportar o la lista de entrevistas</translation>
    </message>
    <message>
        <source>Add an XLSForm made in DuoDesk, ODK or KoboToolbox (Ctrl+O)</source>
        <translation>Añadir un XLSForm hecho en DuoDesk, ODK o KoboToolbox (Ctrl+O)</translation>
    </message>
    <message>
        <source>Make a new questionnaire in the designer (Ctrl+N)</source>
        <translation>Hacer un cuestionario nuevo en el editor (Ctrl+N)</translation>
    </message>
    <message>
        <source>Keep the three example questionnaires to practise with</source>
        <translation>Conservar los tres cuestionarios de ejemplo para practicar</translation>
    </message>
    <message>
        <source>Remove the example questionnaires from this project</source>
        <translation>Quitar los cuestionarios de ejemplo de este proyecto</translation>
    </message>
    <message>
        <source>Resume or discard…</source>
        <translation>Retomar o descartar…</translation>
    </message>
    <message>
        <source>Carry on with an unfinished interview, or throw one away</source>
        <translation>Seguir con una entrevista sin terminar, o descartarla</translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation>&amp;Cuestionario</translation>
    </message>
</context>
<context>
    <name>MissingFiles</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation><numerusform>… y %n más</numerusform><numerusform>… y %n más</numerusform></translation>
    </message>
    <message>
        <source>“{title}” takes answer options or data from {files}, which was not with it. Until it is added, these questions cannot be answered:</source>
        <translation>«{title}» toma opciones de respuesta o datos de {files}, que no venía con él. Hasta que se añada, estas preguntas no se pueden responder:</translation>
    </message>
    <message>
        <source>“{title}” takes answer options or data from {files}, which were not with it. Until they are added, these questions cannot be answered:</source>
        <translation>«{title}» toma opciones de respuesta o datos de {files}, que no venían con él. Hasta que se añadan, estas preguntas no se pueden responder:</translation>
    </message>
    <message>
        <source>Press Open to choose the file now, or Start without to begin the interview without these questions.</source>
        <translation>Pulse Abrir para elegir el archivo ahora, o Empezar sin él para comenzar la entrevista sin estas preguntas.</translation>
    </message>
    <message>
        <source>Press Open to choose the files now, or Start without to begin the interview without these questions.</source>
        <translation>Pulse Abrir para elegir los archivos ahora, o Empezar sin él para comenzar la entrevista sin estas preguntas.</translation>
    </message>
    <message>
        <source>Press Open to choose the file now, or Later: DuoDesk asks again each time an interview starts.</source>
        <translation>Pulse Abrir para elegir el archivo ahora, o Más tarde: DuoDesk vuelve a preguntar cada vez que empieza una entrevista.</translation>
    </message>
    <message>
        <source>Press Open to choose the files now, or Later: DuoDesk asks again each time an interview starts.</source>
        <translation>Pulse Abrir para elegir los archivos ahora, o Más tarde: DuoDesk vuelve a preguntar cada vez que empieza una entrevista.</translation>
    </message>
    <message>
        <source>“{title}” takes answer options or data from {files}, which was with it but empty. Until a filled-in copy is added, these questions cannot be answered:</source>
        <translation>«{title}» toma opciones de respuesta o datos de {files}, que venía con él pero vacío. Hasta que se añada una copia rellenada, estas preguntas no se pueden responder:</translation>
    </message>
    <message>
        <source>“{title}” takes answer options or data from {files}, which were with it but empty. Until filled-in copies are added, these questions cannot be answered:</source>
        <translation>«{title}» toma opciones de respuesta o datos de {files}, que venían con él pero vacíos. Hasta que se añadan copias rellenadas, estas preguntas no se pueden responder:</translation>
    </message>
    <message>
        <source>“{title}” takes answer options or data from {files}. {empty} came with it but empty; the others were not with it. Until they are added, these questions cannot be answered:</source>
        <translation>«{title}» toma opciones de respuesta o datos de {files}. Venían con él pero vacíos: {empty}; los demás no venían con él. Hasta que se añadan, estas preguntas no se pueden responder:</translation>
    </message>
    <message>
        <source>A file is missing</source>
        <translation>Falta un archivo</translation>
    </message>
    <message>
        <source>Some files are missing</source>
        <translation>Faltan archivos</translation>
    </message>
    <message>
        <source>Start without</source>
        <translation>Empezar sin él</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>Choose {names}</source>
        <translation>Elegir {names}</translation>
    </message>
    <message>
        <source>Answer options and data (*.csv *.xml *.geojson)</source>
        <translation>Opciones de respuesta y datos (*.csv *.xml *.geojson)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <source>◀  Back</source>
        <translation>◀  Atrás</translation>
    </message>
    <message>
        <source>Back to the previous question</source>
        <translation>Volver a la pregunta anterior</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Izquierda</translation>
    </message>
    <message>
        <source>Next  ▶</source>
        <translation>Siguiente  ▶</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Pregunta siguiente</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Saltar por ahora</translation>
    </message>
    <message>
        <source>Skip this question for now; nothing is recorded and it is listed at the end</source>
        <translation>Saltar esta pregunta por ahora; no se anota nada y se recuerda al final</translation>
    </message>
    <message>
        <source>Go on without an answer. Nothing is recorded for this question, and it is listed again when the interview is finished.</source>
        <translation>Seguir sin respuesta. No se anota nada para esta pregunta, y se recuerda al terminar la entrevista.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Question {number} · the last one</source>
        <translation>Pregunta {number} · la última</translation>
    </message>
    <message numerus="yes">
        <source>Question {number} · %n more to go</source>
        <translation><numerusform>Pregunta {number} · queda %n</numerusform><numerusform>Pregunta {number} · quedan %n</numerusform></translation>
    </message>
</context>
<context>
    <name>ProjectOpening</name>
    <message>
        <source>Password for the shared project</source>
        <translation>Contraseña del proyecto compartido</translation>
    </message>
    <message>
        <source>This project is locked</source>
        <translation>Este proyecto está bloqueado</translation>
    </message>
    <message>
        <source>{reason}

Passphrase:</source>
        <translation>{reason}

Frase de contraseña:</translation>
    </message>
    <message>
        <source>The passphrase was not right. DuoDesk will close.</source>
        <translation>La frase de contraseña no era correcta. DuoDesk se cerrará.</translation>
    </message>
    <message>
        <source>DuoDesk cannot open the project</source>
        <translation>DuoDesk no puede abrir el proyecto</translation>
    </message>
    <message>
        <source>open the project</source>
        <translation>abrir el proyecto</translation>
    </message>
    <message>
        <source>The server cannot be reached</source>
        <translation>No se puede contactar con el servidor</translation>
    </message>
    <message>
        <source>You can go on interviewing on this laptop: the interviews are kept here, locked, and DuoDesk offers to send them to the server once it answers again.</source>
        <translation>Puede seguir entrevistando en este portátil: las entrevistas se guardan aquí, bloqueadas, y DuoDesk ofrece enviarlas al servidor en cuanto vuelva a responder.</translation>
    </message>
    <message>
        <source>Interview on this laptop</source>
        <translation>Entrevistar en este portátil</translation>
    </message>
    <message>
        <source>Close DuoDesk</source>
        <translation>Cerrar DuoDesk</translation>
    </message>
    <message>
        <source>That password was not right (or the user name is not known there). Type it again.</source>
        <translation>Esa contraseña no era correcta (o allí no se conoce el nombre de usuario). Escríbala otra vez.</translation>
    </message>
    <message>
        <source>The shared project on this computer needs the password of the user “{user}”.</source>
        <translation>El proyecto compartido en este ordenador pide la contraseña del usuario «{user}».</translation>
    </message>
    <message>
        <source>The shared project on this computer needs the password of the user.</source>
        <translation>El proyecto compartido en este ordenador pide la contraseña del usuario.</translation>
    </message>
    <message>
        <source>The shared project on {host} needs the password of the user “{user}”.</source>
        <translation>El proyecto compartido en {host} pide la contraseña del usuario «{user}».</translation>
    </message>
    <message>
        <source>The shared project on {host} needs the password of the user.</source>
        <translation>El proyecto compartido en {host} pide la contraseña del usuario.</translation>
    </message>
    <message>
        <source>{first}

DuoDesk keeps the password only while the project is open.

Password:</source>
        <translation>{first}

DuoDesk guarda la contraseña solo mientras el proyecto está abierto.

Contraseña:</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <source>Type a whole number</source>
        <translation>Escriba un número entero</translation>
    </message>
    <message>
        <source>Type a number</source>
        <translation>Escriba un número</translation>
    </message>
    <message>
        <source>Type a date like 25/12/2024, or choose it on the calendar</source>
        <translation>Escriba una fecha como 25/12/2024, o elíjala en el calendario</translation>
    </message>
    <message>
        <source>Type a time like 14:30</source>
        <translation>Escriba una hora como 14:30</translation>
    </message>
    <message>
        <source>Type a date and time like 2024-12-25 14:30</source>
        <translation>Escriba una fecha y hora como 2024-12-25 14:30</translation>
    </message>
    <message>
        <source>Type the code</source>
        <translation>Escriba el código</translation>
    </message>
    <message>
        <source>Day/month/year, like 25/12/2024</source>
        <translation>Día/mes/año, como 25/12/2024</translation>
    </message>
    <message>
        <source>Like 2024-12-25 14:30</source>
        <translation>Como 2024-12-25 14:30</translation>
    </message>
    <message>
        <source>Recorded (hidden)</source>
        <translation>Registrado (oculto)</translation>
    </message>
    <message>
        <source>{question} (answer needed)</source>
        <translation>{question} (respuesta obligatoria)</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Calendario…</translation>
    </message>
    <message>
        <source>Choose the date on a calendar</source>
        <translation>Elegir la fecha en un calendario</translation>
    </message>
    <message>
        <source>Choose a date</source>
        <translation>Elegir una fecha</translation>
    </message>
    <message>
        <source>Use this date</source>
        <translation>Usar esta fecha</translation>
    </message>
    <message>
        <source>Options after 9: press the ↓ arrow key, then Space to tick one.</source>
        <translation>Opciones después del 9: pulse la flecha ↓ y luego Espacio para marcar una.</translation>
    </message>
    <message>
        <source>Options after 9: press the ↓ arrow key, then Space to choose one.</source>
        <translation>Opciones después del 9: pulse la flecha ↓ y luego Espacio para elegir una.</translation>
    </message>
    <message>
        <source>Clear this answer</source>
        <translation>Borrar esta respuesta</translation>
    </message>
    <message>
        <source>Clear the answer to {question}</source>
        <translation>Borrar la respuesta a {question}</translation>
    </message>
    <message>
        <source>Type part of the name</source>
        <translation>Escriba parte del nombre</translation>
    </message>
    <message>
        <source>(choose one)</source>
        <translation>(elija una)</translation>
    </message>
</context>
<context>
    <name>QuestionWidgets</name>
    <message>
        <source>not a real date</source>
        <translation>no es una fecha real</translation>
    </message>
    <message>
        <source>This question cannot be answered yet: its answer options come from {files}, which was not added with the questionnaire.</source>
        <translation>Esta pregunta aún no se puede responder: sus opciones de respuesta vienen de {files}, que no se añadió con el cuestionario.</translation>
    </message>
    <message>
        <source>This question cannot be answered yet: its answer options come from {files}, which were not added with the questionnaire.</source>
        <translation>Esta pregunta aún no se puede responder: sus opciones de respuesta vienen de {files}, que no se añadieron con el cuestionario.</translation>
    </message>
    <message>
        <source>This question cannot be answered yet: it uses data from {files}, which was not added with the questionnaire.</source>
        <translation>Esta pregunta aún no se puede responder: usa datos de {files}, que no se añadió con el cuestionario.</translation>
    </message>
    <message>
        <source>This question cannot be answered yet: it uses data from {files}, which were not added with the questionnaire.</source>
        <translation>Esta pregunta aún no se puede responder: usa datos de {files}, que no se añadieron con el cuestionario.</translation>
    </message>
    <message>
        <source>Skip it for now. Once the file is added (DuoDesk asks for it when an interview starts), this interview can be opened again to answer it.</source>
        <translation>Sáltela por ahora. Cuando se añada el archivo (DuoDesk lo pide al empezar una entrevista), podrá volver a abrir esta entrevista para responderla.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireTable</name>
    <message>
        <source>Questionnaire</source>
        <translation>Cuestionario</translation>
    </message>
    <message>
        <source>Name in files</source>
        <translation>Nombre en los archivos</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminadas</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>Sin terminar</translation>
    </message>
    <message>
        <source>The questionnaire's name in the data files and in commands (form_id)</source>
        <translation>El nombre del cuestionario en los archivos de datos y en los comandos (form_id)</translation>
    </message>
    <message>
        <source>How many versions of the questionnaire the project keeps</source>
        <translation>Cuántas versiones del cuestionario guarda el proyecto</translation>
    </message>
    <message>
        <source>Finished interviews</source>
        <translation>Entrevistas terminadas</translation>
    </message>
    <message>
        <source>Unfinished interviews (drafts)</source>
        <translation>Entrevistas sin terminar (borradores)</translation>
    </message>
</context>
<context>
    <name>RepeatPages</name>
    <message>
        <source>Remove {what}</source>
        <translation>Quitar {what}</translation>
    </message>
    <message>
        <source>2   No more</source>
        <translation>2   No hay más</translation>
    </message>
    <message>
        <source>{repeat}: {number} of {total}</source>
        <translation>{repeat}: {number} de {total}</translation>
    </message>
    <message>
        <source>Remove this one…</source>
        <translation>Quitar este…</translation>
    </message>
    <message>
        <source>{repeat}: add another one?</source>
        <translation>{repeat}: ¿añadir otro?</translation>
    </message>
    <message>
        <source>{repeat}: is there one to add?</source>
        <translation>{repeat}: ¿hay alguno que añadir?</translation>
    </message>
    <message numerus="yes">
        <source>{repeat}: %n recorded so far.</source>
        <translation><numerusform>{repeat}: %n anotado hasta ahora.</numerusform><numerusform>{repeat}: %n anotados hasta ahora.</numerusform></translation>
    </message>
    <message>
        <source>{repeat}: none recorded yet.</source>
        <translation>{repeat}: nada anotado todavía.</translation>
    </message>
    <message>
        <source>1   Add another one</source>
        <translation>1   Añadir otro</translation>
    </message>
    <message>
        <source>1   Add one</source>
        <translation>1   Añadir uno</translation>
    </message>
    <message>
        <source>Remove number {number} ({repeat})</source>
        <translation>Quitar el número {number} ({repeat})</translation>
    </message>
    <message>
        <source>Remove number {number} ({repeat}) and all its answers?</source>
        <translation>¿Quitar el número {number} ({repeat}) y todas sus respuestas?</translation>
    </message>
    <message>
        <source>The ones after it move up by one.</source>
        <translation>Los siguientes suben un puesto.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
    <message>
        <source>Number {number} ({repeat}) was removed.</source>
        <translation>Se quitó el número {number} ({repeat}).</translation>
    </message>
</context>
<context>
    <name>ServerAway</name>
    <message>
        <source>You can go on interviewing on this laptop: the interviews are kept here, locked, and DuoDesk offers to send them to the server once it answers again.</source>
        <translation>Puede seguir entrevistando en este portátil: las entrevistas se guardan aquí, bloqueadas, y DuoDesk ofrece enviarlas al servidor en cuanto vuelva a responder.</translation>
    </message>
    <message>
        <source>The server cannot be reached (it may be stopped, or this laptop may have lost the network).</source>
        <translation>No se puede contactar con el servidor (puede estar detenido, o este portátil puede haber perdido la red).</translation>
    </message>
    <message>
        <source>What the server said: {error}</source>
        <translation>Lo que respondió el servidor: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n interviews entered on this laptop wait to be sent to the server</source>
        <translation><numerusform>%n entrevista introducida en este portátil espera a enviarse al servidor</numerusform><numerusform>%n entrevistas introducidas en este portátil esperan a enviarse al servidor</numerusform></translation>
    </message>
    <message>
        <source>The shared server</source>
        <translation>El servidor compartido</translation>
    </message>
    <message>
        <source>Interview on this laptop</source>
        <translation>Entrevistar en este portátil</translation>
    </message>
    <message>
        <source>Go on interviewing without the server: the interviews are kept on this laptop, locked, and sent to the server when it answers again</source>
        <translation>Seguir entrevistando sin el servidor: las entrevistas se guardan en este portátil, bloqueadas, y se envían al servidor cuando vuelva a responder</translation>
    </message>
    <message>
        <source>Send them to the server</source>
        <translation>Enviarlas al servidor</translation>
    </message>
    <message>
        <source>Send the finished interviews entered on this laptop to the server; they leave the laptop once the server has them</source>
        <translation>Enviar al servidor las entrevistas terminadas introducidas en este portátil; salen del portátil en cuanto el servidor las tiene</translation>
    </message>
    <message>
        <source>Try the server now</source>
        <translation>Probar el servidor ahora</translation>
    </message>
    <message>
        <source>See now whether the server answers again</source>
        <translation>Ver ahora si el servidor vuelve a responder</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>De acuerdo</translation>
    </message>
    <message>
        <source>Hide this line</source>
        <translation>Ocultar esta línea</translation>
    </message>
    <message>
        <source>Interviews entered on this laptop earlier have not been sent yet.</source>
        <translation>Hay entrevistas registradas antes en este ordenador que aún no se han enviado.</translation>
    </message>
    <message>
        <source>The server has not answered for {seconds} seconds. DuoDesk keeps waiting for it, for up to {longest} seconds; what you entered stays in its window.</source>
        <translation>El servidor lleva {seconds} segundos sin responder. DuoDesk sigue esperándolo, hasta {longest} segundos; lo que ha introducido se queda en su ventana.</translation>
    </message>
    <message>
        <source>Interviews cannot be entered on this laptop meanwhile: the server's questionnaires were never copied to it.</source>
        <translation>Mientras tanto no se pueden introducir entrevistas en este portátil: los cuestionarios del servidor nunca se copiaron en él.</translation>
    </message>
    <message>
        <source>Interviews cannot be entered on this laptop meanwhile: it does not have the team's participant-code key, so the server's questionnaires could not be copied to it. Read a team transfer file made on a laptop of the team (it carries the key) while the server answers.</source>
        <translation>No se pueden registrar entrevistas en este ordenador mientras tanto: no tiene la clave de códigos de participante del equipo, así que no se pudieron copiar los cuestionarios del servidor. Lea un archivo de transferencia hecho en un ordenador del equipo (lleva la clave) cuando el servidor responda.</translation>
    </message>
    <message>
        <source>Interviews cannot be entered on this laptop meanwhile: the server's questionnaires could not be copied to it ({reason}).</source>
        <translation>No se pueden registrar entrevistas en este ordenador mientras tanto: no se pudieron copiar los cuestionarios del servidor ({reason}).</translation>
    </message>
    <message>
        <source>Project: kept on this laptop while the server cannot be reached (locked)</source>
        <translation>Proyecto: guardado en este portátil mientras no se pueda contactar con el servidor (bloqueado)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Interviewing on this laptop:&lt;/b&gt; the server cannot be reached, so the interviews are kept here, locked.{waiting} DuoDesk tries the server every {seconds} seconds.</source>
        <translation>&lt;b&gt;Entrevistas en este portátil:&lt;/b&gt; no se puede contactar con el servidor, así que las entrevistas se guardan aquí, bloqueadas.{waiting} DuoDesk prueba el servidor cada {seconds} segundos.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The server answers again, but it needs the password.&lt;/b&gt; The interviews stay on this laptop, locked, until it is typed: press Try the server now.</source>
        <translation>&lt;b&gt;El servidor vuelve a responder, pero pide la contraseña.&lt;/b&gt; Las entrevistas se quedan en este ordenador, bloqueadas, hasta que se escriba: pulse Probar el servidor ahora.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The server answers again:&lt;/b&gt; DuoDesk is back on the shared project.</source>
        <translation>&lt;b&gt;El servidor vuelve a responder:&lt;/b&gt; DuoDesk ha vuelto al proyecto compartido.</translation>
    </message>
    <message>
        <source>The server answers again.</source>
        <translation>El servidor vuelve a responder.</translation>
    </message>
    <message>
        <source>Send it to the server</source>
        <translation>Enviarla al servidor</translation>
    </message>
    <message numerus="yes">
        <source>%n interviews entered on this laptop wait to be sent to the server: until they are sent, only this laptop has them.</source>
        <translation>
            <numerusform>%n entrevista introducida en este portátil espera a enviarse al servidor: hasta que se envíe, solo este portátil la tiene.</numerusform>
            <numerusform>%n entrevistas introducidas en este portátil esperan a enviarse al servidor: hasta que se envíen, solo este portátil las tiene.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending the interviews entered on this laptop to the server…</source>
        <translation>Enviando al servidor las entrevistas introducidas en este portátil…</translation>
    </message>
    <message>
        <source>DuoDesk is back on the shared project.</source>
        <translation>DuoDesk ha vuelto al proyecto compartido.</translation>
    </message>
    <message>
        <source>the server stopped answering.</source>
        <translation>el servidor dejó de responder.</translation>
    </message>
    <message>
        <source>the server was busy with other people's work and could not take them just now. Try again in a moment.</source>
        <translation>el servidor estaba ocupado con el trabajo de otras personas y no pudo recibirlas ahora. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>the server refused them. {reason}</source>
        <translation>el servidor las rechazó. {reason}</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Intentar de nuevo</translation>
    </message>
    <message>
        <source>The interviews were not sent:</source>
        <translation>Las entrevistas no se enviaron:</translation>
    </message>
    <message>
        <source>Nothing was stored on the server, and they are all still on this laptop.</source>
        <translation>No se guardó nada en el servidor, y todas siguen en este ordenador.</translation>
    </message>
    <message>
        <source>Interviews not sent yet</source>
        <translation>Entrevistas aún no enviadas</translation>
    </message>
    <message>
        <source>1 interview entered on this laptop has not been sent to the server. It stays safe on this laptop, locked, and DuoDesk offers to send it the next time it opens the server.</source>
        <translation>1 entrevista registrada en este ordenador no se ha enviado al servidor. Queda a salvo en este ordenador, bloqueada, y DuoDesk ofrece enviarla la próxima vez que abra el servidor.</translation>
    </message>
    <message>
        <source>{count} interviews entered on this laptop have not been sent to the server. They stay safe on this laptop, locked, and DuoDesk offers to send them the next time it opens the server.</source>
        <translation>{count} entrevistas registradas en este ordenador no se han enviado al servidor. Quedan a salvo en este ordenador, bloqueadas, y DuoDesk ofrece enviarlas la próxima vez que abra el servidor.</translation>
    </message>
    <message>
        <source>Close DuoDesk</source>
        <translation>Cerrar DuoDesk</translation>
    </message>
    <message>
        <source>Send them first</source>
        <translation>Enviarlas primero</translation>
    </message>
    <message>
        <source>open the interviews kept on this laptop</source>
        <translation>abrir las entrevistas guardadas en este portátil</translation>
    </message>
</context>
<context>
    <name>StartInterviewDialog</name>
    <message>
        <source>Start an interview</source>
        <translation>Empezar una entrevista</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Entrevistador</translation>
    </message>
    <message>
        <source>Add a name…</source>
        <translation>Añadir un nombre…</translation>
    </message>
    <message>
        <source>Add an interviewer's name to the list</source>
        <translation>Añadir el nombre de un entrevistador a la lista</translation>
    </message>
    <message>
        <source>{name} (signed in)</source>
        <translation>{name} (con sesión iniciada)</translation>
    </message>
    <message>
        <source>Site or drop-in centre</source>
        <translation>Lugar o centro de acogida</translation>
    </message>
    <message>
        <source>Type the name of the centre</source>
        <translation>Escriba el nombre del centro</translation>
    </message>
    <message>
        <source>Date of the interview</source>
        <translation>Fecha de la entrevista</translation>
    </message>
    <message>
        <source>Today, unless you are typing in an interview done on paper earlier.</source>
        <translation>Hoy, salvo que esté pasando una entrevista hecha antes en papel.</translation>
    </message>
    <message>
        <source>Paper datasheet number</source>
        <translation>Número de la hoja en papel</translation>
    </message>
    <message>
        <source>Only when typing in a paper datasheet</source>
        <translation>Solo al pasar una hoja en papel</translation>
    </message>
    <message>
        <source>Typed in by</source>
        <translation>Pasada por</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>A datasheet is typed in by the person signed in.</source>
        <translation>Una hoja de datos la teclea la persona que ha iniciado sesión.</translation>
    </message>
    <message>
        <source>A second person types the same datasheet later, with the same number, to check it: DuoDesk then lists every difference.</source>
        <translation>Una segunda persona pasa después la misma hoja, con el mismo número, para comprobarla: DuoDesk muestra entonces cada diferencia.</translation>
    </message>
    <message>
        <source>&amp;Interviewer:</source>
        <translation>&amp;Entrevistador:</translation>
    </message>
    <message>
        <source>&amp;Site (drop-in centre):</source>
        <translation>&amp;Lugar (centro de acogida):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Paper datasheet number:</source>
        <translation>N.º de hoja en &amp;papel:</translation>
    </message>
    <message>
        <source>&amp;Typed in by:</source>
        <translation>Pa&amp;sada por:</translation>
    </message>
    <message>
        <source>Start the interview</source>
        <translation>Empezar la entrevista</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Add an interviewer</source>
        <translation>Añadir un entrevistador</translation>
    </message>
    <message>
        <source>The interviewer's name (a first name is enough):</source>
        <translation>El nombre del entrevistador (basta con el nombre de pila):</translation>
    </message>
    <message>
        <source>add the name</source>
        <translation>añadir el nombre</translation>
    </message>
    <message>
        <source>the interviewer (add your name with “Add a name…”)</source>
        <translation>el entrevistador (añada su nombre con «Añadir un nombre…»)</translation>
    </message>
    <message>
        <source>the site</source>
        <translation>el lugar</translation>
    </message>
    <message>
        <source>who is typing in the paper datasheet</source>
        <translation>quién pasa la hoja en papel</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} y {second}</translation>
    </message>
    <message>
        <source>Please fill in {missing}.</source>
        <translation>Rellene, por favor: {missing}.</translation>
    </message>
</context>
</TS>