<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccessHooks</name>
    <message>
        <source>Not for this role</source>
        <translation>Pas pour ce rôle</translation>
    </message>
</context>
<context>
    <name>AnswersOverview</name>
    <message>
        <source>Not asked (skipped)</source>
        <translation>Non posée (sautée)</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>Recorded (not shown, to protect the participant)</source>
        <translation>Enregistré (caché, pour protéger la personne)</translation>
    </message>
    <message>
        <source>Click (or press Enter) to change this answer</source>
        <translation>Cliquez (ou appuyez sur Entrée) pour changer cette réponse</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Every answer of this interview. To change one, click it (or choose it and press Enter). Every change is recorded with the name of who made it.</source>
        <translation>Toutes les réponses de cet entretien. Pour en changer une, cliquez dessus (ou choisissez-la et appuyez sur Entrée). Chaque changement est noté avec le nom de la personne qui l'a fait.</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Questions et réponses</translation>
    </message>
    <message>
        <source>Who is correcting?</source>
        <translation>Qui fait la correction ?</translation>
    </message>
    <message>
        <source>Every change to a finished interview is recorded with the name of who made it.
Your name:</source>
        <translation>Chaque changement dans un entretien terminé est noté avec le nom de la personne qui l'a fait.
Votre nom :</translation>
    </message>
    <message>
        <source>Change answers</source>
        <translation>Changer des réponses</translation>
    </message>
    <message>
        <source>Only read</source>
        <translation>Seulement lire</translation>
    </message>
    <message>
        <source>A name is needed</source>
        <translation>Il faut un nom</translation>
    </message>
    <message>
        <source>Nothing can be changed without a name, because every change is recorded with the name of who made it. Type your name, or choose “Only read”.</source>
        <translation>Rien ne peut être changé sans nom, car chaque changement est noté avec le nom de la personne qui l'a fait. Tapez votre nom, ou choisissez « Seulement lire ».</translation>
    </message>
</context>
<context>
    <name>DateBox</name>
    <message>
        <source>“{typed}” is not a date DuoDesk can read: type it like 15/11/2026 or 15 Nov 2026. The date was not changed.</source>
        <translation>« {typed} » n'est pas une date que DuoDesk peut lire : tapez-la comme 15/11/2026 ou 15 nov 2026. La date n'a pas changé.</translation>
    </message>
    <message>
        <source>{date} is not allowed here: choose a date from {first} to {last}. The date was not changed.</source>
        <translation>{date} n'est pas permis ici : choisissez une date du {first} au {last}. La date n'a pas changé.</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message numerus="yes">
        <source>{details} — %n answers so far</source>
        <translation><numerusform>{details} — %n réponse pour l'instant</numerusform><numerusform>{details} — %n réponses pour l'instant</numerusform></translation>
    </message>
    <message>
        <source>Unfinished interviews</source>
        <translation>Entretiens non terminés</translation>
    </message>
    <message>
        <source>These interviews were started but not finished. Everything given so far is kept. Choose one to carry on with it.</source>
        <translation>Ces entretiens ont été commencés mais pas terminés. Tout ce qui a été donné est gardé. Choisissez-en un pour le continuer.</translation>
    </message>
    <message>
        <source>Carry on with this interview</source>
        <translation>Continuer cet entretien</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Jeter…</translation>
    </message>
    <message>
        <source>Discard the chosen interview</source>
        <translation>Jeter l'entretien choisi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Discard this interview?</source>
        <translation>Jeter cet entretien ?</translation>
    </message>
    <message>
        <source>Discard “{interview}”?

It moves to the deleted interviews, where it can still be restored until they are removed for good.</source>
        <translation>Jeter « {interview} » ?

Il va dans les entretiens supprimés. On peut encore le récupérer tant qu'ils ne sont pas effacés pour de bon.</translation>
    </message>
</context>
<context>
    <name>DuplicateBanner</name>
    <message>
        <source>an unknown date</source>
        <translation>une date inconnue</translation>
    </message>
    <message>
        <source>This person may already have been interviewed on {date} at {site}</source>
        <translation>Cette personne a peut-être déjà répondu le {date} à {site}</translation>
    </message>
    <message>
        <source>This person may already have been interviewed on {date}</source>
        <translation>Cette personne a peut-être déjà répondu le {date}</translation>
    </message>
    <message>
        <source>(their participant code is the same except for one part)</source>
        <translation>(son code participant est le même, sauf une partie)</translation>
    </message>
    <message numerus="yes">
        <source>There are %n more possible matches.</source>
        <translation><numerusform>Il y a encore %n personne qui pourrait être la même.</numerusform><numerusform>Il y a encore %n personnes qui pourraient être la même.</numerusform></translation>
    </message>
    <message>
        <source>You could ask whether they have taken part before. Nothing has been changed or blocked: you decide whether to carry on.</source>
        <translation>Vous pouvez lui demander si elle a déjà participé. Rien n'a été changé ni bloqué : c'est vous qui décidez de continuer.</translation>
    </message>
    <message>
        <source>Carry on with this interview</source>
        <translation>Continuer cet entretien</translation>
    </message>
    <message>
        <source>Close this warning and carry on</source>
        <translation>Fermer cet avertissement et continuer</translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation>Attention : {text}</translation>
    </message>
</context>
<context>
    <name>EntryHooks</name>
    <message>
        <source>Resume or discard an unfinished interview</source>
        <translation>Reprendre ou jeter un entretien non terminé</translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished interviews</source>
        <translation><numerusform>%n entretien non terminé</numerusform><numerusform>%n entretiens non terminés</numerusform></translation>
    </message>
    <message>
        <source>An interviewer can open only their own interviews.</source>
        <translation>Un enquêteur ne peut ouvrir que ses propres entretiens.</translation>
    </message>
    <message>
        <source>Paper datasheet</source>
        <translation>Fiche papier</translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <source>finish this</source>
        <translation>terminer ceci</translation>
    </message>
    <message>
        <source>This file cannot be used</source>
        <translation>Ce fichier ne peut pas être utilisé</translation>
    </message>
    <message>
        <source>Participant codes cannot be checked here</source>
        <translation>Les codes participants ne peuvent pas être vérifiés ici</translation>
    </message>
    <message>
        <source>The server does not answer</source>
        <translation>Le serveur ne répond pas</translation>
    </message>
    <message>
        <source>DuoDesk could not {doing}: the team's server cannot be reached just now. Nothing was lost: what was saved before is still there. Try again in a moment; while the server stays away, the line at the top of the main window says what can be done meanwhile.</source>
        <translation>DuoDesk n’a pas pu {doing} : le serveur de l’équipe est injoignable pour le moment. Rien n’a été perdu : ce qui était enregistré est toujours là. Réessayez dans un instant ; tant que le serveur reste injoignable, la ligne en haut de la fenêtre principale dit ce qu’on peut faire en attendant.</translation>
    </message>
    <message>
        <source>The project is busy</source>
        <translation>Le projet est occupé</translation>
    </message>
    <message>
        <source>Another program has been saving to this project for a long time, so DuoDesk could not {doing}. Nothing was lost: what was saved before is still there. Try again when the other program has finished.</source>
        <translation>Un autre programme enregistre dans ce projet depuis longtemps, donc DuoDesk n'a pas pu {doing}. Rien n'est perdu : ce qui était enregistré avant est toujours là. Réessayez quand l'autre programme aura fini.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>DuoDesk could not {doing}. Nothing was lost: what was saved before is still there.

{details}</source>
        <translation>DuoDesk n'a pas pu {doing}. Rien n'est perdu : ce qui était enregistré avant est toujours là.

{details}</translation>
    </message>
</context>
<context>
    <name>FieldWidgets</name>
    <message>
        <source>This laptop does not find locations. If you know the place, type its coordinates (latitude and longitude, as in 55.9533 -3.1883); otherwise leave this blank.</source>
        <translation>Cet ordinateur ne trouve pas les positions. Si vous connaissez le lieu, tapez ses coordonnées (latitude et longitude, comme 55.9533 -3.1883) ; sinon laissez vide.</translation>
    </message>
    <message>
        <source>This laptop does not find locations. If you know them, type the points one after the other, separated by ; (as in 55.95 -3.19; 55.96 -3.18); otherwise leave this blank.</source>
        <translation>Cet ordinateur ne trouve pas les positions. Si vous les connaissez, tapez les points l'un après l'autre, séparés par ; (comme 55.95 -3.19; 55.96 -3.18) ; sinon laissez vide.</translation>
    </message>
    <message>
        <source>latitude longitude</source>
        <translation>latitude longitude</translation>
    </message>
    <message>
        <source>latitude longitude; latitude longitude; ...</source>
        <translation>latitude longitude; latitude longitude; ...</translation>
    </message>
    <message>
        <source>Photos and pictures (*.jpg *.jpeg *.png *.gif *.bmp *.heic *.webp)</source>
        <translation>Photos et images (*.jpg *.jpeg *.png *.gif *.bmp *.heic *.webp)</translation>
    </message>
    <message>
        <source>Recordings (*.mp3 *.m4a *.wav *.ogg *.aac *.amr *.3gp)</source>
        <translation>Enregistrements (*.mp3 *.m4a *.wav *.ogg *.aac *.amr *.3gp)</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mov *.avi *.mkv *.3gp *.webm)</source>
        <translation>Vidéos (*.mp4 *.mov *.avi *.mkv *.3gp *.webm)</translation>
    </message>
    <message>
        <source>No file attached.</source>
        <translation>Aucun fichier joint.</translation>
    </message>
    <message>
        <source>A number from {low} to {high}</source>
        <translation>Un nombre de {low} à {high}</translation>
    </message>
    <message>
        <source>A number from {low} to {high}, in steps of {step}</source>
        <translation>Un nombre de {low} à {high}, par pas de {step}</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} à {high}</translation>
    </message>
    <message>
        <source>{question}: slider</source>
        <translation>{question} : curseur</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>{question}: OK</source>
        <translation>{question} : OK</translation>
    </message>
    <message>
        <source>Attach a file…</source>
        <translation>Joindre un fichier…</translation>
    </message>
    <message>
        <source>Attach a file for {question}</source>
        <translation>Joindre un fichier pour {question}</translation>
    </message>
    <message>
        <source>Remove the file</source>
        <translation>Retirer le fichier</translation>
    </message>
    <message>
        <source>Remove the file attached for {question}</source>
        <translation>Retirer le fichier joint pour {question}</translation>
    </message>
    <message>
        <source>Attached: {file}</source>
        <translation>Joint : {file}</translation>
    </message>
    <message>
        <source>Attach another file…</source>
        <translation>Joindre un autre fichier…</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <source>{file} is too large to attach (the limit is {limit} MB).</source>
        <translation>{file} est trop gros pour être joint (la limite est {limit} Mo).</translation>
    </message>
    <message>
        <source>{file} could not be read. Choose another file.</source>
        <translation>{file} n'a pas pu être lu. Choisissez un autre fichier.</translation>
    </message>
</context>
<context>
    <name>InterviewFormView</name>
    <message>
        <source>Recorded — hidden to protect the participant. Type it again only to change it.</source>
        <translation>Enregistré — masqué pour protéger la personne. Retapez-le seulement pour le changer.</translation>
    </message>
    <message>
        <source>Finish the interview</source>
        <translation>Terminer l'entretien</translation>
    </message>
    <message>
        <source>Language of the questions</source>
        <translation>Langue des questions</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>This answer was cleared, because its question no longer applies after this change: {questions}</source>
        <translation>Cette réponse a été effacée, car sa question ne s'applique plus après ce changement : {questions}</translation>
    </message>
    <message>
        <source>These answers were cleared, because their questions no longer apply after this change: {questions}</source>
        <translation>Ces réponses ont été effacées, car leurs questions ne s'appliquent plus après ce changement : {questions}</translation>
    </message>
    <message>
        <source>“{typed}” was typed, but this question is answered by choosing an option (keys 1 to {last}).</source>
        <translation>« {typed} » a été tapé, mais on répond à cette question en choisissant une option (touches 1 à {last}).</translation>
    </message>
    <message>
        <source>“{typed}” was typed, but this question is answered by choosing an option.</source>
        <translation>« {typed} » a été tapé, mais on répond à cette question en choisissant une option.</translation>
    </message>
    <message>
        <source>The answers were left as they were.</source>
        <translation>Les réponses n'ont pas changé.</translation>
    </message>
    <message>
        <source>The answer was left as it was.</source>
        <translation>La réponse n'a pas changé.</translation>
    </message>
    <message>
        <source>To choose with the number keys again, press Backspace or Escape first.</source>
        <translation>Pour choisir de nouveau avec les touches de chiffres, appuyez d'abord sur Retour arrière ou Échap.</translation>
    </message>
    <message>
        <source>Skipped for now, still without an answer: {questions}. Press “{finish}” again to finish without them, or go back to answer them.</source>
        <translation>Passées pour l'instant, toujours sans réponse : {questions}. Appuyez encore sur « {finish} » pour terminer sans elles, ou revenez en arrière pour y répondre.</translation>
    </message>
    <message>
        <source>Go to “{question}”</source>
        <translation>Aller à « {question} »</translation>
    </message>
    <message>
        <source>The interview cannot be finished yet. “{question}”: {message}.</source>
        <translation>L'entretien ne peut pas encore être terminé. « {question} » : {message}.</translation>
    </message>
    <message numerus="yes">
        <source>The interview cannot be finished yet: %n questions need attention. First, “{question}”: {message}.</source>
        <translation><numerusform>L'entretien ne peut pas encore être terminé : %n question demande votre attention. D'abord, « {question} » : {message}.</numerusform><numerusform>L'entretien ne peut pas encore être terminé : %n questions demandent votre attention. D'abord, « {question} » : {message}.</numerusform></translation>
    </message>
    <message>
        <source>Skipped for now: {questions}.</source>
        <translation>Passées pour l'instant : {questions}.</translation>
    </message>
</context>
<context>
    <name>InterviewOperations</name>
    <message>
        <source>There is no questionnaire called “{name}” in this project.</source>
        <translation>Il n’y a pas de questionnaire nommé « {name} » dans ce projet.</translation>
    </message>
</context>
<context>
    <name>InterviewTable</name>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Enquêteur</translation>
    </message>
    <message>
        <source>How complete</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message numerus="yes">
        <source>Finished · %n answers</source>
        <translation><numerusform>Terminé · %n réponse</numerusform><numerusform>Terminé · %n réponses</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Unfinished · %n answers so far</source>
        <translation><numerusform>Non terminé · %n réponse</numerusform><numerusform>Non terminé · %n réponses</numerusform></translation>
    </message>
    <message>
        <source>changed on two laptops</source>
        <translation>changé sur deux ordinateurs</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>N° {number}</translation>
    </message>
</context>
<context>
    <name>InterviewWindow</name>
    <message>
        <source>Every answer is saved.</source>
        <translation>Toutes les réponses sont enregistrées.</translation>
    </message>
    <message>
        <source>Saved; the participant code is kept once all its parts are given.</source>
        <translation>Enregistré ; le code participant est gardé quand toutes ses parties sont données.</translation>
    </message>
    <message>
        <source>The answer in the box is not saved yet: put it right first.</source>
        <translation>La réponse dans la case n'est pas encore enregistrée : corrigez-la d'abord.</translation>
    </message>
    <message>
        <source>Saved for now; an answer must be put right before the end.</source>
        <translation>Enregistré pour l'instant ; une réponse doit être corrigée avant la fin.</translation>
    </message>
    <message>
        <source>The participant code is not complete: give its other parts, or clear the parts given, before finishing (its parts are kept only all together).</source>
        <translation>Le code participant n'est pas complet : donnez ses autres parties, ou effacez les parties données, avant de terminer (ses parties sont gardées seulement toutes ensemble).</translation>
    </message>
    <message>
        <source>Only part of the participant code is given: its parts are kept only all together, so they would have to be asked again. Close the window again to close it anyway.</source>
        <translation>Seule une partie du code participant est donnée : ses parties sont gardées seulement toutes ensemble, il faudrait donc les redemander. Fermez encore la fenêtre pour la fermer quand même.</translation>
    </message>
    <message>
        <source>An answer is still being saved. Wait a moment; close the window again to close it anyway.</source>
        <translation>Une réponse est encore en cours d'enregistrement. Attendez un moment ; fermez encore la fenêtre pour la fermer quand même.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Still saving: the project is slow to answer. Your answers are kept in this window; keep it open.</source>
        <translation>Enregistrement en cours : le projet met du temps à répondre. Vos réponses sont gardées dans cette fenêtre ; laissez-la ouverte.</translation>
    </message>
    <message>
        <source>Still saving: the project is slow to answer (the server may be unreachable). Your answers are kept in this window; keep it open.</source>
        <translation>Enregistrement en cours : le projet met du temps à répondre (le serveur est peut-être injoignable). Vos réponses sont gardées dans cette fenêtre ; laissez-la ouverte.</translation>
    </message>
    <message>
        <source>Waiting for another program to finish saving. Your answers are kept here.</source>
        <translation>Attente d'un autre programme qui enregistre. Vos réponses sont gardées ici.</translation>
    </message>
    <message>
        <source>Interview: {title} – DuoDesk</source>
        <translation>Entretien : {title} – DuoDesk</translation>
    </message>
    <message>
        <source>Save the corrections</source>
        <translation>Enregistrer les corrections</translation>
    </message>
    <message>
        <source>Finish the interview</source>
        <translation>Terminer l'entretien</translation>
    </message>
    <message>
        <source>Whether the answers are saved</source>
        <translation>Si les réponses sont enregistrées</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>Enregistrer et fermer</translation>
    </message>
    <message>
        <source>Close the interview; everything given so far is kept</source>
        <translation>Fermer l'entretien ; tout ce qui a été donné est gardé</translation>
    </message>
    <message>
        <source>All answers</source>
        <translation>Toutes les réponses</translation>
    </message>
    <message>
        <source>Back to the list of all answers</source>
        <translation>Retour à la liste de toutes les réponses</translation>
    </message>
    <message>
        <source>Every question and its answer, to choose another</source>
        <translation>Chaque question et sa réponse, pour en choisir une autre</translation>
    </message>
    <message>
        <source>Done correcting</source>
        <translation>Correction terminée</translation>
    </message>
    <message>
        <source>Done correcting: check the answers and save the corrections</source>
        <translation>Correction terminée : vérifier les réponses et enregistrer les corrections</translation>
    </message>
    <message>
        <source>Check every answer and save the corrections, as on the last page</source>
        <translation>Vérifier chaque réponse et enregistrer les corrections, comme à la dernière page</translation>
    </message>
    <message>
        <source>Interview No. {number}</source>
        <translation>Entretien n° {number}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the interview</source>
        <translation>Fermer l'entretien</translation>
    </message>
    <message>
        <source>Interviewer: {name}</source>
        <translation>Enquêteur : {name}</translation>
    </message>
    <message>
        <source>Site: {site}</source>
        <translation>Lieu : {site}</translation>
    </message>
    <message numerus="yes">
        <source>%n answers not saved yet</source>
        <translation><numerusform>%n réponse pas encore enregistrée</numerusform><numerusform>%n réponses pas encore enregistrées</numerusform></translation>
    </message>
    <message>
        <source>The corrections are saved.</source>
        <translation>Les corrections sont enregistrées.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Correcting a finished interview.&lt;/b&gt; Every change is recorded.</source>
        <translation>&lt;b&gt;Correction d'un entretien terminé.&lt;/b&gt; Chaque changement est noté.</translation>
    </message>
    <message numerus="yes">
        <source>%n corrections so far; the latest:</source>
        <translation><numerusform>%n correction jusqu'ici ; la dernière :</numerusform><numerusform>%n corrections jusqu'ici ; les dernières :</numerusform></translation>
    </message>
    <message>
        <source>another program kept the project busy for a long time. Every answer saved so far is safe; press Finish again.</source>
        <translation>un autre programme a occupé le projet longtemps. Toutes les réponses déjà enregistrées sont en sécurité ; appuyez encore sur Terminer.</translation>
    </message>
    <message>
        <source>the server cannot be reached. Every answer saved so far is safe on the server, and the answers on this screen stay here: keep this window open and press Finish again when the server is back.</source>
        <translation>le serveur est injoignable. Toutes les réponses déjà enregistrées sont en sécurité sur le serveur, et les réponses de cet écran restent ici : laissez cette fenêtre ouverte et appuyez encore sur Terminer quand le serveur revient.</translation>
    </message>
    <message>
        <source>the project could not store it. {details} Every answer saved so far is safe; press Finish again.</source>
        <translation>le projet n'a pas pu l'enregistrer. {details} Toutes les réponses déjà enregistrées sont en sécurité ; appuyez encore sur Terminer.</translation>
    </message>
    <message>
        <source>The interview is not finished yet: {why}</source>
        <translation>L'entretien n'est pas encore terminé : {why}</translation>
    </message>
    <message>
        <source>The interview is finished and saved.
Thank you. You can close this window.</source>
        <translation>L'entretien est terminé et enregistré.
Merci. Vous pouvez fermer cette fenêtre.</translation>
    </message>
    <message>
        <source>Some answers are not saved</source>
        <translation>Des réponses ne sont pas enregistrées</translation>
    </message>
    <message>
        <source>Some answers are not saved yet, and would be lost if the window closed now. Keep the window open: DuoDesk keeps trying to save them.</source>
        <translation>Des réponses ne sont pas encore enregistrées, et seraient perdues si la fenêtre se fermait maintenant. Laissez la fenêtre ouverte : DuoDesk continue d'essayer de les enregistrer.</translation>
    </message>
    <message>
        <source>Keep the window open</source>
        <translation>Laisser la fenêtre ouverte</translation>
    </message>
    <message>
        <source>Close and lose them</source>
        <translation>Fermer et les perdre</translation>
    </message>
    <message>
        <source>another program has kept the project busy for a long time.</source>
        <translation>un autre programme occupe le projet depuis longtemps.</translation>
    </message>
    <message>
        <source>the server cannot be reached (it may be stopped, or this laptop may have lost the network).</source>
        <translation>le serveur est injoignable (il est peut-être arrêté, ou cet ordinateur a perdu le réseau).</translation>
    </message>
    <message>
        <source>the project file could not be written. {details}</source>
        <translation>le fichier du projet n'a pas pu être écrit. {details}</translation>
    </message>
    <message numerus="yes">
        <source>%n answers are not saved yet: {why} DuoDesk keeps them in this window and sends them by itself every few seconds; this line goes away once they are on the server. Keep this window open until then: closing it would lose them. Answers saved before are safe on the server.</source>
        <translation><numerusform>%n réponse n'est pas encore enregistrée : {why} DuoDesk la garde dans cette fenêtre et la renvoie tout seul toutes les quelques secondes ; cette ligne disparaît quand elle est sur le serveur. Laissez cette fenêtre ouverte jusque-là : la fermer la ferait perdre. Les réponses enregistrées avant sont en sécurité sur le serveur.</numerusform><numerusform>%n réponses ne sont pas encore enregistrées : {why} DuoDesk les garde dans cette fenêtre et les renvoie tout seul toutes les quelques secondes ; cette ligne disparaît quand elles sont sur le serveur. Laissez cette fenêtre ouverte jusque-là : la fermer les ferait perdre. Les réponses enregistrées avant sont en sécurité sur le serveur.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n answers are not saved yet: {why} DuoDesk keeps them in this window and sends them by itself every few seconds; this line goes away once they are in the project. Keep this window open until then: closing it would lose them. Answers saved before are safe in the project.</source>
        <translation><numerusform>%n réponse n'est pas encore enregistrée : {why} DuoDesk la garde dans cette fenêtre et la renvoie tout seul toutes les quelques secondes ; cette ligne disparaît quand elle est dans le projet. Laissez cette fenêtre ouverte jusque-là : la fermer la ferait perdre. Les réponses enregistrées avant sont en sécurité dans le projet.</numerusform><numerusform>%n réponses ne sont pas encore enregistrées : {why} DuoDesk les garde dans cette fenêtre et les renvoie tout seul toutes les quelques secondes ; cette ligne disparaît quand elles sont dans le projet. Laissez cette fenêtre ouverte jusque-là : la fermer les ferait perdre. Les réponses enregistrées avant sont en sécurité dans le projet.</numerusform></translation>
    </message>
    <message>
        <source>{name} (worked out)</source>
        <translation>{name} (calculé)</translation>
    </message>
    <message>
        <source>(not asked, skipped)</source>
        <translation>(non posée, sautée)</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(pas de réponse)</translation>
    </message>
</context>
<context>
    <name>InterviewsWindow</name>
    <message>
        <source>All interviews</source>
        <translation>Tous les entretiens</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Terminés</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>Non terminés</translation>
    </message>
    <message>
        <source>Deleted (can be restored)</source>
        <translation>Supprimés (récupérables)</translation>
    </message>
    <message>
        <source>Interviews: {title} – DuoDesk</source>
        <translation>Entretiens : {title} – DuoDesk</translation>
    </message>
    <message>
        <source>Interviews – DuoDesk</source>
        <translation>Entretiens – DuoDesk</translation>
    </message>
    <message>
        <source>Interviews of “{title}”</source>
        <translation>Entretiens de « {title} »</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>Search by site, interviewer or date (2024-07)</source>
        <translation>Chercher par lieu, enquêteur ou date (2024-07)</translation>
    </message>
    <message>
        <source>Search interviews</source>
        <translation>Chercher des entretiens</translation>
    </message>
    <message>
        <source>Which interviews to show</source>
        <translation>Quels entretiens montrer</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Chercher :</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Montrer :</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Open to read or correct…</source>
        <translation>Ouvrir pour lire ou corriger…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete the chosen interviews</source>
        <translation>Supprimer les entretiens choisis</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Récupérer</translation>
    </message>
    <message>
        <source>Restore the chosen deleted interviews</source>
        <translation>Récupérer les entretiens supprimés choisis</translation>
    </message>
    <message>
        <source>Remove deleted interviews for good…</source>
        <translation>Effacer pour de bon les entretiens supprimés…</translation>
    </message>
    <message>
        <source>No interviews match.</source>
        <translation>Aucun entretien ne correspond.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln interviews</source>
        <translation>
            <numerusform>%Ln entretien</numerusform>
            <numerusform>%Ln entretiens</numerusform>
        </translation>
    </message>
    <message>
        <source>(showing {shown}; scroll down for more)</source>
        <translation>({shown} affichés ; descendez pour voir la suite)</translation>
    </message>
    <message>
        <source>The interviews could not be read: the team's server cannot be reached just now. Close this window and open it again later.</source>
        <translation>Les entretiens n’ont pas pu être lus : le serveur de l’équipe est injoignable pour le moment. Fermez cette fenêtre et rouvrez-la plus tard.</translation>
    </message>
    <message>
        <source>The interviews could not be read: {error}</source>
        <translation>Les entretiens n'ont pas pu être lus : {error}</translation>
    </message>
    <message>
        <source>Delete interviews?</source>
        <translation>Supprimer des entretiens ?</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n interviews? They move to the deleted interviews (choose “Deleted” under Show) and can be restored until they are removed for good.</source>
        <translation><numerusform>Supprimer cet entretien ? Il va dans les entretiens supprimés (choisissez « Supprimés » dans Montrer) et peut être récupéré tant qu'il n'est pas effacé pour de bon.</numerusform><numerusform>Supprimer ces %n entretiens ? Ils vont dans les entretiens supprimés (choisissez « Supprimés » dans Montrer) et peuvent être récupérés tant qu'ils ne sont pas effacés pour de bon.</numerusform></translation>
    </message>
    <message>
        <source>Remove deleted interviews for good?</source>
        <translation>Effacer pour de bon les entretiens supprimés ?</translation>
    </message>
    <message>
        <source>change the interviews</source>
        <translation>modifier les entretiens</translation>
    </message>
    <message>
        <source>the backup files (ending in “.backup”) beside the project in {folder}</source>
        <translation>les fichiers de sauvegarde (qui finissent par « .backup ») à côté du projet dans {folder}</translation>
    </message>
    <message>
        <source>the server's backups</source>
        <translation>les sauvegardes du serveur</translation>
    </message>
    <message>
        <source>Every deleted interview and its answers will be removed from the project. Copies stay in {where}, including one made just before, until newer backups replace them; delete those files too if the interviews must be gone everywhere now.</source>
        <translation>Chaque entretien supprimé et ses réponses seront effacés du projet. Des copies restent dans {where}, dont une faite juste avant, jusqu'à ce que de nouvelles sauvegardes les remplacent ; supprimez aussi ces fichiers si les entretiens doivent disparaître partout dès maintenant.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Lan&amp;guage</source>
        <extracomment>The laptop setting saying the first-start question about the language was answered. The locale of a language whose own default writes numbers unlike DuoDesk's sentences: Qt's Arabic is Egypt's, with Arabic-Indic digits, while the sentences (``i18n.number``) and the results' tables write 0-9; the Emirates' Arabic writes 0-9, with the same separators and month names, so one screen never mixes the two kinds of digits.</extracomment>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>DuoDesk will speak {language} the next time it starts.</source>
        <translation>DuoDesk parlera {language} au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Finishing saving… DuoDesk closes by itself as soon as it is done.</source>
        <translation>Fin de l'enregistrement… DuoDesk se ferme tout seul dès que c'est fini.</translation>
    </message>
    <message>
        <source>Saving is taking longer than it should. Wait, or close the window again to close DuoDesk anyway: anything not saved by then is not kept, and its window said so.</source>
        <translation>L'enregistrement prend plus de temps que prévu. Attendez, ou fermez encore la fenêtre pour fermer DuoDesk quand même : ce qui n'est pas enregistré d'ici là n'est pas gardé, et sa fenêtre l'a dit.</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Questionnaires</translation>
    </message>
    <message>
        <source>Questionnaires in this project</source>
        <translation>Questionnaires de ce projet</translation>
    </message>
    <message>
        <source>There are no questionnaires in this project yet. Add one from a file (an XLSForm made in DuoDesk, ODK or KoboToolbox).</source>
        <translation>Il n'y a pas encore de questionnaire dans ce projet. Ajoutez-en un depuis un fichier (un XLSForm fait dans DuoDesk, ODK ou KoboToolbox).</translation>
    </message>
    <message>
        <source>Add a questionnaire from a file…</source>
        <translation>Ajouter un questionnaire depuis un fichier…</translation>
    </message>
    <message>
        <source>Add a questionnaire from a file</source>
        <translation>Ajouter un questionnaire depuis un fichier</translation>
    </message>
    <message>
        <source>With the chosen questionnaire:</source>
        <translation>Avec le questionnaire choisi :</translation>
    </message>
    <message>
        <source>Results…</source>
        <translation>Résultats…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>New questionnaire…</source>
        <translation>Nouveau questionnaire…</translation>
    </message>
    <message>
        <source>Make a new questionnaire</source>
        <translation>Faire un nouveau questionnaire</translation>
    </message>
    <message>
        <source>What DuoDesk is doing</source>
        <translation>Ce que fait DuoDesk</translation>
    </message>
    <message>
        <source>Reading the questionnaire file</source>
        <translation>Lecture du fichier du questionnaire</translation>
    </message>
    <message>
        <source>Opening the project…</source>
        <translation>Ouverture du projet…</translation>
    </message>
    <message>
        <source>Project: {project} ({protection})</source>
        <translation>Projet : {project} ({protection})</translation>
    </message>
    <message>
        <source>Keep the examples</source>
        <translation>Garder les exemples</translation>
    </message>
    <message>
        <source>Remove the examples</source>
        <translation>Retirer les exemples</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to DuoDesk.&lt;/b&gt; Three example questionnaires are ready for you to try: a hepatitis C peer survey, a survey of barriers to training and employment, and a profile of a drug user organisation. Keep them to practise with, or remove them if this project is for your own survey only.</source>
        <translation>&lt;b&gt;Bienvenue dans DuoDesk.&lt;/b&gt; Trois questionnaires d'exemple sont prêts à essayer : une enquête entre pairs sur l'hépatite C, une enquête sur les obstacles à la formation et à l'emploi, et un profil d'association d'usagers de drogues. Gardez-les pour vous entraîner, ou retirez-les si ce projet sert seulement à votre propre enquête.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to DuoDesk.&lt;/b&gt; Three example questionnaires to try.</source>
        <translation>&lt;b&gt;Bienvenue dans DuoDesk.&lt;/b&gt; Trois questionnaires d'exemple à essayer.</translation>
    </message>
    <message>
        <source>“{title}” has every file it needs.</source>
        <translation>« {title} » a tous les fichiers dont il a besoin.</translation>
    </message>
    <message>
        <source>Waiting for another program to finish saving to the project. What you do here is kept.</source>
        <translation>Attente d'un autre programme qui enregistre dans le projet. Ce que vous faites ici est gardé.</translation>
    </message>
    <message>
        <source>DuoDesk stopped waiting for the project. What could not be saved is kept in its window and tried again.</source>
        <translation>DuoDesk a arrêté d'attendre le projet. Ce qui n'a pas pu être enregistré est gardé dans sa fenêtre et sera réessayé.</translation>
    </message>
    <message>
        <source>The project is free again.</source>
        <translation>Le projet est de nouveau libre.</translation>
    </message>
    <message>
        <source>DuoDesk could not read something from the project. {details}</source>
        <translation>DuoDesk n'a pas pu lire quelque chose dans le projet. {details}</translation>
    </message>
    <message>
        <source>Add a questionnaire</source>
        <translation>Ajouter un questionnaire</translation>
    </message>
    <message>
        <source>XLSForm workbooks (*.xlsx *.xls)</source>
        <translation>Classeurs XLSForm (*.xlsx *.xls)</translation>
    </message>
    <message>
        <source>Reading “{file}”… A large file can take a minute.</source>
        <translation>Lecture de « {file} »… Un gros fichier peut prendre une minute.</translation>
    </message>
    <message>
        <source>“{title}” was changed. Interviews already entered keep the questionnaire they were entered with; new interviews use version {version}.</source>
        <translation>« {title} » a été changé. Les entretiens déjà saisis gardent le questionnaire avec lequel ils ont été saisis ; les nouveaux entretiens utilisent la version {version}.</translation>
    </message>
    <message>
        <source>“{title}” was added.</source>
        <translation>« {title} » a été ajouté.</translation>
    </message>
    <message>
        <source>“{title}” is already in this project, unchanged.</source>
        <translation>« {title} » est déjà dans ce projet, sans changement.</translation>
    </message>
    <message>
        <source>A file of “{title}” lacks a column</source>
        <translation>Il manque une colonne dans un fichier de « {title} »</translation>
    </message>
    <message>
        <source>{files} added to “{title}”.</source>
        <translation>{files} ajouté à « {title} ».</translation>
    </message>
    <message>
        <source>It still needs {files}.</source>
        <translation>Il lui faut encore {files}.</translation>
    </message>
    <message>
        <source>This file cannot be used</source>
        <translation>Ce fichier ne peut pas être utilisé</translation>
    </message>
    <message>
        <source>Some examples were kept</source>
        <translation>Des exemples ont été gardés</translation>
    </message>
    <message>
        <source>Interviews were entered with these examples, so they were kept: {titles}</source>
        <translation>Des entretiens ont été saisis avec ces exemples, ils ont donc été gardés : {titles}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Add a questionnaire from a file…</source>
        <translation>&amp;Ajouter un questionnaire depuis un fichier…</translation>
    </message>
    <message>
        <source>&amp;New questionnaire…</source>
        <translation>&amp;Nouveau questionnaire…</translation>
    </message>
    <message>
        <source>Add the &amp;example questionnaires</source>
        <translation>Ajouter les questionnaires d'&amp;exemple</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texte plus &amp;petit</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Taille de texte &amp;normale</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;How to…</source>
        <translation>&amp;Comment faire…</translation>
    </message>
    <message>
        <source>How to &amp;do…</source>
        <translation>Comment &amp;faire…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Start an interview…</source>
        <translation>Commencer un entretien…</translation>
    </message>
    <message>
        <source>Start an interview with the chosen questionnaire</source>
        <translation>Commencer un entretien avec le questionnaire choisi</translation>
    </message>
    <message>
        <source>Interviews…</source>
        <translation>Entretiens…</translation>
    </message>
    <message>
        <source>List the chosen questionnaire's interviews, to read or correct</source>
        <translation>Lister les entretiens du questionnaire choisi, pour les lire ou les corriger</translation>
    </message>
    <message>
        <source>Add interviews from a file…</source>
        <translation>Ajouter des entretiens depuis un fichier…</translation>
    </message>
    <message>
        <source>Add interviews collected elsewhere (ODK, KoboToolbox, another laptop's DuoDesk) to the chosen questionnaire</source>
        <translation>Ajouter au questionnaire choisi des entretiens recueillis ailleurs (ODK, KoboToolbox, DuoDesk sur un autre ordinateur)</translation>
    </message>
    <message>
        <source>See the chosen questionnaire's results: tables and charts</source>
        <translation>Voir les résultats du questionnaire choisi : tableaux et graphiques</translation>
    </message>
    <message>
        <source>Themes…</source>
        <translation>Thèmes…</translation>
    </message>
    <message>
        <source>Code the chosen questionnaire's written answers into themes</source>
        <translation>Classer en thèmes les réponses écrites du questionnaire choisi</translation>
    </message>
    <message>
        <source>Paper datasheets…</source>
        <translation>Fiches papier…</translation>
    </message>
    <message>
        <source>Compare and resolve the chosen questionnaire's paper datasheets typed in twice</source>
        <translation>Comparer et régler les fiches papier du questionnaire choisi saisies deux fois</translation>
    </message>
    <message>
        <source>Export the chosen questionnaire's interviews for the health board</source>
        <translation>Exporter les entretiens du questionnaire choisi pour l'autorité de santé</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Change the chosen questionnaire in the designer</source>
        <translation>Changer le questionnaire choisi dans l'éditeur</translation>
    </message>
    <message>
        <source>Add a file it needs…</source>
        <translation>Ajouter un fichier nécessaire…</translation>
    </message>
    <message>
        <source>Add a file of answer options or data that the chosen questionnaire was added without</source>
        <translation>Ajouter un fichier de choix de réponse ou de données que le questionnaire choisi n’avait pas quand il a été ajouté</translation>
    </message>
    <message>
        <source>New questionnaire</source>
        <translation>Nouveau questionnaire</translation>
    </message>
    <message>
        <source>How to… (this guide)</source>
        <translation>Comment faire… (ce guide)</translation>
    </message>
    <message>
        <source>Larger text / smaller text / normal text</source>
        <translation>Texte plus grand / plus petit / normal</translation>
    </message>
    <message>
        <source>Move between the list and the buttons</source>
        <translation>Aller de la liste aux boutons</translation>
    </message>
    <message>
        <source>Start an interview with the questionnaire in the list</source>
        <translation>Commencer un entretien avec le questionnaire de la liste</translation>
    </message>
    <message>
        <source>In an interview: choose an answer</source>
        <translation>Dans un entretien : choisir une réponse</translation>
    </message>
    <message>
        <source>1 to 9</source>
        <translation>1 à 9</translation>
    </message>
    <message>
        <source>In an interview: next question</source>
        <translation>Dans un entretien : question suivante</translation>
    </message>
    <message>
        <source>In an interview: previous question</source>
        <translation>Dans un entretien : question précédente</translation>
    </message>
    <message>
        <source>In the list of interviews: open the chosen one</source>
        <translation>Dans la liste des entretiens : ouvrir celui choisi</translation>
    </message>
    <message>
        <source>In the list's search box: go to the list / open the first found</source>
        <translation>Dans la case de recherche : aller à la liste / ouvrir le premier trouvé</translation>
    </message>
    <message>
        <source>In the designer: bring in an XLSForm / save as an XLSForm</source>
        <translation>Dans le concepteur : importer un XLSForm / enregistrer en XLSForm</translation>
    </message>
    <message>
        <source>Close a window (an interview keeps every answer)</source>
        <translation>Fermer une fenêtre (un entretien garde toutes les réponses)</translation>
    </message>
    <message>
        <source>Close a dialog, Results, Export or the list of interviews</source>
        <translation>Fermer une boîte de dialogue, les Résultats, l'Export ou la liste des entretiens</translation>
    </message>
    <message>
        <source>Add an XLSForm made in DuoDesk, ODK or KoboToolbox (Ctrl+O)</source>
        <translation>Ajouter un XLSForm fait dans DuoDesk, ODK ou KoboToolbox (Ctrl+O)</translation>
    </message>
    <message>
        <source>Make a new questionnaire in the designer (Ctrl+N)</source>
        <translation>Faire un nouveau questionnaire dans l'éditeur (Ctrl+N)</translation>
    </message>
    <message>
        <source>Keep the three example questionnaires to practise with</source>
        <translation>Garder les trois questionnaires d'exemple pour s'entraîner</translation>
    </message>
    <message>
        <source>Remove the example questionnaires from this project</source>
        <translation>Retirer les questionnaires d'exemple de ce projet</translation>
    </message>
    <message>
        <source>Resume or discard…</source>
        <translation>Reprendre ou jeter…</translation>
    </message>
    <message>
        <source>Carry on with an unfinished interview, or throw one away</source>
        <translation>Continuer un entretien non terminé, ou en jeter un</translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation>&amp;Questionnaire</translation>
    </message>
</context>
<context>
    <name>MissingFiles</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation><numerusform>… et %n autre</numerusform><numerusform>… et %n autres</numerusform></translation>
    </message>
    <message>
        <source>“{title}” takes answer options or data from {files}, which was not with it. Until it is added, these questions cannot be answered:</source>
        <translation>« {title} » prend des options de réponse ou des données dans {files}, qui n’était pas fourni avec lui. Tant qu’il n’est pas ajouté, ces questions ne peuvent pas recevoir de réponse :</translation>
    </message>
    <message>
        <source>“{title}” takes answer options or data from {files}, which were not with it. Until they are added, these questions cannot be answered:</source>
        <translation>« {title} » prend des options de réponse ou des données dans {files}, qui n’étaient pas fournis avec lui. Tant qu’ils ne sont pas ajoutés, ces questions ne peuvent pas recevoir de réponse :</translation>
    </message>
    <message>
        <source>Press Open to choose the file now, or Start without to begin the interview without these questions.</source>
        <translation>Appuyez sur Ouvrir pour choisir le fichier maintenant, ou sur Commencer sans pour commencer l’entretien sans ces questions.</translation>
    </message>
    <message>
        <source>Press Open to choose the files now, or Start without to begin the interview without these questions.</source>
        <translation>Appuyez sur Ouvrir pour choisir les fichiers maintenant, ou sur Commencer sans pour commencer l’entretien sans ces questions.</translation>
    </message>
    <message>
        <source>Press Open to choose the file now, or Later: DuoDesk asks again each time an interview starts.</source>
        <translation>Appuyez sur Ouvrir pour choisir le fichier maintenant, ou sur Plus tard : DuoDesk redemande à chaque début d’entretien.</translation>
    </message>
    <message>
        <source>Press Open to choose the files now, or Later: DuoDesk asks again each time an interview starts.</source>
        <translation>Appuyez sur Ouvrir pour choisir les fichiers maintenant, ou sur Plus tard : DuoDesk redemande à chaque début d’entretien.</translation>
    </message>
    <message>
        <source>“{title}” takes answer options or data from {files}, which was with it but empty. Until a filled-in copy is added, these questions cannot be answered:</source>
        <translation>« {title} » prend des options de réponse ou des données dans {files}, qui était fourni avec lui mais vide. Tant qu’une copie remplie n’est pas ajoutée, ces questions ne peuvent pas recevoir de réponse :</translation>
    </message>
    <message>
        <source>“{title}” takes answer options or data from {files}, which were with it but empty. Until filled-in copies are added, these questions cannot be answered:</source>
        <translation>« {title} » prend des options de réponse ou des données dans {files}, qui étaient fournis avec lui mais vides. Tant que des copies remplies ne sont pas ajoutées, ces questions ne peuvent pas recevoir de réponse :</translation>
    </message>
    <message>
        <source>“{title}” takes answer options or data from {files}. {empty} came with it but empty; the others were not with it. Until they are added, these questions cannot be answered:</source>
        <translation>« {title} » prend des options de réponse ou des données dans {files}. Fournis avec lui mais vides : {empty} ; les autres n’étaient pas fournis. Tant qu’ils ne sont pas ajoutés, ces questions ne peuvent pas recevoir de réponse :</translation>
    </message>
    <message>
        <source>A file is missing</source>
        <translation>Il manque un fichier</translation>
    </message>
    <message>
        <source>Some files are missing</source>
        <translation>Il manque des fichiers</translation>
    </message>
    <message>
        <source>Start without</source>
        <translation>Commencer sans</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Choose {names}</source>
        <translation>Choisir {names}</translation>
    </message>
    <message>
        <source>Answer options and data (*.csv *.xml *.geojson)</source>
        <translation>Options de réponse et données (*.csv *.xml *.geojson)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <source>◀  Back</source>
        <translation>◀  Retour</translation>
    </message>
    <message>
        <source>Back to the previous question</source>
        <translation>Retour à la question précédente</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Gauche</translation>
    </message>
    <message>
        <source>Next  ▶</source>
        <translation>Suivant  ▶</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Question suivante</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Passer pour l'instant</translation>
    </message>
    <message>
        <source>Skip this question for now; nothing is recorded and it is listed at the end</source>
        <translation>Passer cette question pour l'instant ; rien n'est noté et elle est rappelée à la fin</translation>
    </message>
    <message>
        <source>Go on without an answer. Nothing is recorded for this question, and it is listed again when the interview is finished.</source>
        <translation>Continuer sans réponse. Rien n'est noté pour cette question, et elle est rappelée quand l'entretien se termine.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Question {number} · the last one</source>
        <translation>Question {number} · la dernière</translation>
    </message>
    <message numerus="yes">
        <source>Question {number} · %n more to go</source>
        <translation><numerusform>Question {number} · encore %n</numerusform><numerusform>Question {number} · encore %n</numerusform></translation>
    </message>
</context>
<context>
    <name>ProjectOpening</name>
    <message>
        <source>Password for the shared project</source>
        <translation>Mot de passe du projet partagé</translation>
    </message>
    <message>
        <source>This project is locked</source>
        <translation>Ce projet est verrouillé</translation>
    </message>
    <message>
        <source>{reason}

Passphrase:</source>
        <translation>{reason}

Phrase secrète :</translation>
    </message>
    <message>
        <source>The passphrase was not right. DuoDesk will close.</source>
        <translation>La phrase secrète n'était pas la bonne. DuoDesk va se fermer.</translation>
    </message>
    <message>
        <source>DuoDesk cannot open the project</source>
        <translation>DuoDesk ne peut pas ouvrir le projet</translation>
    </message>
    <message>
        <source>open the project</source>
        <translation>ouvrir le projet</translation>
    </message>
    <message>
        <source>The server cannot be reached</source>
        <translation>Le serveur est injoignable</translation>
    </message>
    <message>
        <source>You can go on interviewing on this laptop: the interviews are kept here, locked, and DuoDesk offers to send them to the server once it answers again.</source>
        <translation>Vous pouvez continuer les entretiens sur cet ordinateur portable : ils sont gardés ici, verrouillés, et DuoDesk propose de les envoyer au serveur dès qu’il répond de nouveau.</translation>
    </message>
    <message>
        <source>Interview on this laptop</source>
        <translation>Interroger sur cet ordinateur</translation>
    </message>
    <message>
        <source>Close DuoDesk</source>
        <translation>Fermer DuoDesk</translation>
    </message>
    <message>
        <source>That password was not right (or the user name is not known there). Type it again.</source>
        <translation>Ce mot de passe n'était pas le bon (ou le nom d'utilisateur n'y est pas connu). Tapez-le encore.</translation>
    </message>
    <message>
        <source>The shared project on this computer needs the password of the user “{user}”.</source>
        <translation>Le projet partagé sur cet ordinateur demande le mot de passe de l'utilisateur « {user} ».</translation>
    </message>
    <message>
        <source>The shared project on this computer needs the password of the user.</source>
        <translation>Le projet partagé sur cet ordinateur demande le mot de passe de l'utilisateur.</translation>
    </message>
    <message>
        <source>The shared project on {host} needs the password of the user “{user}”.</source>
        <translation>Le projet partagé sur {host} demande le mot de passe de l'utilisateur « {user} ».</translation>
    </message>
    <message>
        <source>The shared project on {host} needs the password of the user.</source>
        <translation>Le projet partagé sur {host} demande le mot de passe de l'utilisateur.</translation>
    </message>
    <message>
        <source>{first}

DuoDesk keeps the password only while the project is open.

Password:</source>
        <translation>{first}

DuoDesk garde le mot de passe seulement tant que le projet est ouvert.

Mot de passe :</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <source>Type a whole number</source>
        <translation>Tapez un nombre entier</translation>
    </message>
    <message>
        <source>Type a number</source>
        <translation>Tapez un nombre</translation>
    </message>
    <message>
        <source>Type a date like 25/12/2024, or choose it on the calendar</source>
        <translation>Tapez une date comme 25/12/2024, ou choisissez-la sur le calendrier</translation>
    </message>
    <message>
        <source>Type a time like 14:30</source>
        <translation>Tapez une heure comme 14:30</translation>
    </message>
    <message>
        <source>Type a date and time like 2024-12-25 14:30</source>
        <translation>Tapez une date et une heure comme 2024-12-25 14:30</translation>
    </message>
    <message>
        <source>Type the code</source>
        <translation>Tapez le code</translation>
    </message>
    <message>
        <source>Day/month/year, like 25/12/2024</source>
        <translation>Jour/mois/année, comme 25/12/2024</translation>
    </message>
    <message>
        <source>Like 2024-12-25 14:30</source>
        <translation>Comme 2024-12-25 14:30</translation>
    </message>
    <message>
        <source>Recorded (hidden)</source>
        <translation>Enregistré (masqué)</translation>
    </message>
    <message>
        <source>{question} (answer needed)</source>
        <translation>{question} (réponse obligatoire)</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Calendrier…</translation>
    </message>
    <message>
        <source>Choose the date on a calendar</source>
        <translation>Choisir la date sur un calendrier</translation>
    </message>
    <message>
        <source>Choose a date</source>
        <translation>Choisir une date</translation>
    </message>
    <message>
        <source>Use this date</source>
        <translation>Prendre cette date</translation>
    </message>
    <message>
        <source>Options after 9: press the ↓ arrow key, then Space to tick one.</source>
        <translation>Options après 9 : appuyez sur la flèche ↓, puis sur Espace pour en cocher une.</translation>
    </message>
    <message>
        <source>Options after 9: press the ↓ arrow key, then Space to choose one.</source>
        <translation>Options après 9 : appuyez sur la flèche ↓, puis sur Espace pour en choisir une.</translation>
    </message>
    <message>
        <source>Clear this answer</source>
        <translation>Effacer cette réponse</translation>
    </message>
    <message>
        <source>Clear the answer to {question}</source>
        <translation>Effacer la réponse à {question}</translation>
    </message>
    <message>
        <source>Type part of the name</source>
        <translation>Tapez une partie du nom</translation>
    </message>
    <message>
        <source>(choose one)</source>
        <translation>(choisissez)</translation>
    </message>
</context>
<context>
    <name>QuestionWidgets</name>
    <message>
        <source>not a real date</source>
        <translation>pas une vraie date</translation>
    </message>
    <message>
        <source>This question cannot be answered yet: its answer options come from {files}, which was not added with the questionnaire.</source>
        <translation>On ne peut pas encore répondre à cette question : ses options de réponse viennent de {files}, qui n’a pas été ajouté avec le questionnaire.</translation>
    </message>
    <message>
        <source>This question cannot be answered yet: its answer options come from {files}, which were not added with the questionnaire.</source>
        <translation>On ne peut pas encore répondre à cette question : ses options de réponse viennent de {files}, qui n’ont pas été ajoutés avec le questionnaire.</translation>
    </message>
    <message>
        <source>This question cannot be answered yet: it uses data from {files}, which was not added with the questionnaire.</source>
        <translation>On ne peut pas encore répondre à cette question : elle utilise des données de {files}, qui n’a pas été ajouté avec le questionnaire.</translation>
    </message>
    <message>
        <source>This question cannot be answered yet: it uses data from {files}, which were not added with the questionnaire.</source>
        <translation>On ne peut pas encore répondre à cette question : elle utilise des données de {files}, qui n’ont pas été ajoutés avec le questionnaire.</translation>
    </message>
    <message>
        <source>Skip it for now. Once the file is added (DuoDesk asks for it when an interview starts), this interview can be opened again to answer it.</source>
        <translation>Passez-la pour l’instant. Une fois le fichier ajouté (DuoDesk le demande au début d’un entretien), cet entretien pourra être rouvert pour y répondre.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireTable</name>
    <message>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>Name in files</source>
        <translation>Nom dans les fichiers</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminés</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>Non terminés</translation>
    </message>
    <message>
        <source>The questionnaire's name in the data files and in commands (form_id)</source>
        <translation>Le nom du questionnaire dans les fichiers de données et les commandes (form_id)</translation>
    </message>
    <message>
        <source>How many versions of the questionnaire the project keeps</source>
        <translation>Combien de versions du questionnaire le projet garde</translation>
    </message>
    <message>
        <source>Finished interviews</source>
        <translation>Entretiens terminés</translation>
    </message>
    <message>
        <source>Unfinished interviews (drafts)</source>
        <translation>Entretiens non terminés (brouillons)</translation>
    </message>
</context>
<context>
    <name>RepeatPages</name>
    <message>
        <source>Remove {what}</source>
        <translation>Retirer {what}</translation>
    </message>
    <message>
        <source>2   No more</source>
        <translation>2   C'est tout</translation>
    </message>
    <message>
        <source>{repeat}: {number} of {total}</source>
        <translation>{repeat} : {number} sur {total}</translation>
    </message>
    <message>
        <source>Remove this one…</source>
        <translation>Retirer celui-ci…</translation>
    </message>
    <message>
        <source>{repeat}: add another one?</source>
        <translation>{repeat} : en ajouter un autre ?</translation>
    </message>
    <message>
        <source>{repeat}: is there one to add?</source>
        <translation>{repeat} : y en a-t-il un à ajouter ?</translation>
    </message>
    <message numerus="yes">
        <source>{repeat}: %n recorded so far.</source>
        <translation><numerusform>{repeat} : %n enregistré jusqu'ici.</numerusform><numerusform>{repeat} : %n enregistrés jusqu'ici.</numerusform></translation>
    </message>
    <message>
        <source>{repeat}: none recorded yet.</source>
        <translation>{repeat} : rien d'enregistré pour l'instant.</translation>
    </message>
    <message>
        <source>1   Add another one</source>
        <translation>1   En ajouter un autre</translation>
    </message>
    <message>
        <source>1   Add one</source>
        <translation>1   En ajouter un</translation>
    </message>
    <message>
        <source>Remove number {number} ({repeat})</source>
        <translation>Retirer le numéro {number} ({repeat})</translation>
    </message>
    <message>
        <source>Remove number {number} ({repeat}) and all its answers?</source>
        <translation>Retirer le numéro {number} ({repeat}) et toutes ses réponses ?</translation>
    </message>
    <message>
        <source>The ones after it move up by one.</source>
        <translation>Les suivants remontent d'un rang.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Le garder</translation>
    </message>
    <message>
        <source>Number {number} ({repeat}) was removed.</source>
        <translation>Le numéro {number} ({repeat}) a été retiré.</translation>
    </message>
</context>
<context>
    <name>ServerAway</name>
    <message>
        <source>You can go on interviewing on this laptop: the interviews are kept here, locked, and DuoDesk offers to send them to the server once it answers again.</source>
        <translation>Vous pouvez continuer les entretiens sur cet ordinateur portable : ils sont gardés ici, verrouillés, et DuoDesk propose de les envoyer au serveur dès qu’il répond de nouveau.</translation>
    </message>
    <message>
        <source>The server cannot be reached (it may be stopped, or this laptop may have lost the network).</source>
        <translation>Le serveur est injoignable (il est peut-être arrêté, ou cet ordinateur portable a perdu le réseau).</translation>
    </message>
    <message>
        <source>What the server said: {error}</source>
        <translation>Ce que le serveur a répondu : {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n interviews entered on this laptop wait to be sent to the server</source>
        <translation><numerusform>%n entretien saisi sur cet ordinateur attend d’être envoyé au serveur</numerusform><numerusform>%n entretiens saisis sur cet ordinateur attendent d’être envoyés au serveur</numerusform></translation>
    </message>
    <message>
        <source>The shared server</source>
        <translation>Le serveur partagé</translation>
    </message>
    <message>
        <source>Interview on this laptop</source>
        <translation>Interroger sur cet ordinateur</translation>
    </message>
    <message>
        <source>Go on interviewing without the server: the interviews are kept on this laptop, locked, and sent to the server when it answers again</source>
        <translation>Continuer les entretiens sans le serveur : ils sont gardés sur cet ordinateur, verrouillés, et envoyés au serveur quand il répond de nouveau</translation>
    </message>
    <message>
        <source>Send them to the server</source>
        <translation>Les envoyer au serveur</translation>
    </message>
    <message>
        <source>Send the finished interviews entered on this laptop to the server; they leave the laptop once the server has them</source>
        <translation>Envoyer au serveur les entretiens terminés saisis sur cet ordinateur ; ils quittent l’ordinateur dès que le serveur les a</translation>
    </message>
    <message>
        <source>Try the server now</source>
        <translation>Essayer le serveur maintenant</translation>
    </message>
    <message>
        <source>See now whether the server answers again</source>
        <translation>Voir maintenant si le serveur répond de nouveau</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Hide this line</source>
        <translation>Masquer cette ligne</translation>
    </message>
    <message>
        <source>Interviews entered on this laptop earlier have not been sent yet.</source>
        <translation>Des entretiens saisis plus tôt sur cet ordinateur n'ont pas encore été envoyés.</translation>
    </message>
    <message>
        <source>The server has not answered for {seconds} seconds. DuoDesk keeps waiting for it, for up to {longest} seconds; what you entered stays in its window.</source>
        <translation>Le serveur ne répond plus depuis {seconds} secondes. DuoDesk continue de l’attendre, jusqu’à {longest} secondes ; ce que vous avez saisi reste dans sa fenêtre.</translation>
    </message>
    <message>
        <source>Interviews cannot be entered on this laptop meanwhile: the server's questionnaires were never copied to it.</source>
        <translation>En attendant, on ne peut pas saisir d’entretiens sur cet ordinateur : les questionnaires du serveur n’y ont jamais été copiés.</translation>
    </message>
    <message>
        <source>Interviews cannot be entered on this laptop meanwhile: it does not have the team's participant-code key, so the server's questionnaires could not be copied to it. Read a team transfer file made on a laptop of the team (it carries the key) while the server answers.</source>
        <translation>Impossible de saisir des entretiens sur cet ordinateur en attendant : il n'a pas la clé des codes participants de l'équipe, donc les questionnaires du serveur n'ont pas pu y être copiés. Lisez un fichier de transfert fait sur un ordinateur de l'équipe (il apporte la clé) quand le serveur répond.</translation>
    </message>
    <message>
        <source>Interviews cannot be entered on this laptop meanwhile: the server's questionnaires could not be copied to it ({reason}).</source>
        <translation>Impossible de saisir des entretiens sur cet ordinateur en attendant : les questionnaires du serveur n'ont pas pu y être copiés ({reason}).</translation>
    </message>
    <message>
        <source>Project: kept on this laptop while the server cannot be reached (locked)</source>
        <translation>Projet : gardé sur cet ordinateur tant que le serveur est injoignable (verrouillé)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Interviewing on this laptop:&lt;/b&gt; the server cannot be reached, so the interviews are kept here, locked.{waiting} DuoDesk tries the server every {seconds} seconds.</source>
        <translation>&lt;b&gt;Entretiens sur cet ordinateur :&lt;/b&gt; le serveur est injoignable, donc les entretiens sont gardés ici, verrouillés.{waiting} DuoDesk essaie le serveur toutes les {seconds} secondes.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The server answers again, but it needs the password.&lt;/b&gt; The interviews stay on this laptop, locked, until it is typed: press Try the server now.</source>
        <translation>&lt;b&gt;Le serveur répond de nouveau, mais il demande le mot de passe.&lt;/b&gt; Les entretiens restent sur cet ordinateur, verrouillés, jusqu'à ce qu'il soit saisi : appuyez sur Essayer le serveur maintenant.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The server answers again:&lt;/b&gt; DuoDesk is back on the shared project.</source>
        <translation>&lt;b&gt;Le serveur répond de nouveau :&lt;/b&gt; DuoDesk est revenu sur le projet partagé.</translation>
    </message>
    <message>
        <source>The server answers again.</source>
        <translation>Le serveur répond de nouveau.</translation>
    </message>
    <message>
        <source>Send it to the server</source>
        <translation>L’envoyer au serveur</translation>
    </message>
    <message numerus="yes">
        <source>%n interviews entered on this laptop wait to be sent to the server: until they are sent, only this laptop has them.</source>
        <translation>
            <numerusform>%n entretien saisi sur cet ordinateur attend d’être envoyé au serveur : tant qu’il n’est pas envoyé, seul cet ordinateur l’a.</numerusform>
            <numerusform>%n entretiens saisis sur cet ordinateur attendent d’être envoyés au serveur : tant qu’ils ne sont pas envoyés, seul cet ordinateur les a.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending the interviews entered on this laptop to the server…</source>
        <translation>Envoi au serveur des entretiens saisis sur cet ordinateur…</translation>
    </message>
    <message>
        <source>DuoDesk is back on the shared project.</source>
        <translation>DuoDesk est revenu sur le projet partagé.</translation>
    </message>
    <message>
        <source>the server stopped answering.</source>
        <translation>le serveur a cessé de répondre.</translation>
    </message>
    <message>
        <source>the server was busy with other people's work and could not take them just now. Try again in a moment.</source>
        <translation>le serveur était occupé par le travail d'autres personnes et n'a pas pu les prendre pour l'instant. Réessayez dans un moment.</translation>
    </message>
    <message>
        <source>the server refused them. {reason}</source>
        <translation>le serveur les a refusés. {reason}</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>The interviews were not sent:</source>
        <translation>Les entretiens n'ont pas été envoyés :</translation>
    </message>
    <message>
        <source>Nothing was stored on the server, and they are all still on this laptop.</source>
        <translation>Rien n'a été enregistré sur le serveur, et ils sont tous encore sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Interviews not sent yet</source>
        <translation>Entretiens pas encore envoyés</translation>
    </message>
    <message>
        <source>1 interview entered on this laptop has not been sent to the server. It stays safe on this laptop, locked, and DuoDesk offers to send it the next time it opens the server.</source>
        <translation>1 entretien saisi sur cet ordinateur n'a pas été envoyé au serveur. Il reste en sécurité sur cet ordinateur, verrouillé, et DuoDesk propose de l'envoyer la prochaine fois qu'il ouvre le serveur.</translation>
    </message>
    <message>
        <source>{count} interviews entered on this laptop have not been sent to the server. They stay safe on this laptop, locked, and DuoDesk offers to send them the next time it opens the server.</source>
        <translation>{count} entretiens saisis sur cet ordinateur n'ont pas été envoyés au serveur. Ils restent en sécurité sur cet ordinateur, verrouillés, et DuoDesk propose de les envoyer la prochaine fois qu'il ouvre le serveur.</translation>
    </message>
    <message>
        <source>Close DuoDesk</source>
        <translation>Fermer DuoDesk</translation>
    </message>
    <message>
        <source>Send them first</source>
        <translation>Les envoyer d'abord</translation>
    </message>
    <message>
        <source>open the interviews kept on this laptop</source>
        <translation>ouvrir les entretiens gardés sur cet ordinateur</translation>
    </message>
</context>
<context>
    <name>StartInterviewDialog</name>
    <message>
        <source>Start an interview</source>
        <translation>Commencer un entretien</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Enquêteur</translation>
    </message>
    <message>
        <source>Add a name…</source>
        <translation>Ajouter un nom…</translation>
    </message>
    <message>
        <source>Add an interviewer's name to the list</source>
        <translation>Ajouter le nom d'un enquêteur à la liste</translation>
    </message>
    <message>
        <source>{name} (signed in)</source>
        <translation>{name} (connecté)</translation>
    </message>
    <message>
        <source>Site or drop-in centre</source>
        <translation>Lieu ou centre d'accueil</translation>
    </message>
    <message>
        <source>Type the name of the centre</source>
        <translation>Tapez le nom du centre</translation>
    </message>
    <message>
        <source>Date of the interview</source>
        <translation>Date de l'entretien</translation>
    </message>
    <message>
        <source>Today, unless you are typing in an interview done on paper earlier.</source>
        <translation>Aujourd'hui, sauf si vous saisissez un entretien fait plus tôt sur papier.</translation>
    </message>
    <message>
        <source>Paper datasheet number</source>
        <translation>Numéro de la fiche papier</translation>
    </message>
    <message>
        <source>Only when typing in a paper datasheet</source>
        <translation>Seulement pour saisir une fiche papier</translation>
    </message>
    <message>
        <source>Typed in by</source>
        <translation>Saisi par</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>A datasheet is typed in by the person signed in.</source>
        <translation>Une fiche papier est saisie par la personne connectée.</translation>
    </message>
    <message>
        <source>A second person types the same datasheet later, with the same number, to check it: DuoDesk then lists every difference.</source>
        <translation>Une deuxième personne saisit plus tard la même fiche, avec le même numéro, pour la vérifier : DuoDesk liste alors chaque différence.</translation>
    </message>
    <message>
        <source>&amp;Interviewer:</source>
        <translation>&amp;Enquêteur :</translation>
    </message>
    <message>
        <source>&amp;Site (drop-in centre):</source>
        <translation>&amp;Lieu (centre d'accueil) :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Paper datasheet number:</source>
        <translation>N° de fiche &amp;papier :</translation>
    </message>
    <message>
        <source>&amp;Typed in by:</source>
        <translation>&amp;Saisi par :</translation>
    </message>
    <message>
        <source>Start the interview</source>
        <translation>Commencer l'entretien</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Add an interviewer</source>
        <translation>Ajouter un enquêteur</translation>
    </message>
    <message>
        <source>The interviewer's name (a first name is enough):</source>
        <translation>Le nom de l'enquêteur (un prénom suffit) :</translation>
    </message>
    <message>
        <source>add the name</source>
        <translation>ajouter le nom</translation>
    </message>
    <message>
        <source>the interviewer (add your name with “Add a name…”)</source>
        <translation>l'enquêteur (ajoutez votre nom avec « Ajouter un nom… »)</translation>
    </message>
    <message>
        <source>the site</source>
        <translation>le lieu</translation>
    </message>
    <message>
        <source>who is typing in the paper datasheet</source>
        <translation>qui saisit la fiche papier</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} et {second}</translation>
    </message>
    <message>
        <source>Please fill in {missing}.</source>
        <translation>Merci de remplir : {missing}.</translation>
    </message>
</context>
</TS>