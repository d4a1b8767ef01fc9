<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Analysis</name>
    <message>
        <source>There is no question called "{name}" in "{title}". Use the question's name as the questionnaire gives it.</source>
        <translation>Il n'y a pas de question appelée « {name} » dans « {title} ». Utilisez le nom de la question tel que le questionnaire le donne.</translation>
    </message>
    <message>
        <source>There is no questionnaire "{form_id}" in this project. The list command shows the questionnaires there are.</source>
        <translation>Il n'y a pas de questionnaire « {form_id} » dans ce projet. La commande list montre les questionnaires du projet.</translation>
    </message>
    <message>
        <source>{where}: "{name}" is a date question; compare it with a date written as YYYY-MM-DD, e.g. "{name} {operator} 2026-01-31".</source>
        <translation>{where} : « {name} » est une question de date ; comparez-la avec une date écrite AAAA-MM-JJ, par exemple « {name} {operator} 2026-01-31 ».</translation>
    </message>
    <message>
        <source>{where}: "{name}" is a number question; compare it with a number.</source>
        <translation>{where} : « {name} » est une question de nombre ; comparez-la avec un nombre.</translation>
    </message>
    <message>
        <source>{where}: "{name}" is not a number question nor a date question, so "{operator}" cannot be used with it.</source>
        <translation>{where} : « {name} » n'est ni une question de nombre ni une question de date, donc « {operator} » ne peut pas être utilisé avec elle.</translation>
    </message>
    <message>
        <source>{where}: "includes" is for questions where several answers can be ticked; use "=" for "{name}".</source>
        <translation>{where} : « includes » sert aux questions où l'on peut cocher plusieurs réponses ; utilisez « = » pour « {name} ».</translation>
    </message>
    <message>
        <source>{where}: several answers can be ticked for "{name}"; write "{name} includes CHOICE".</source>
        <translation>{where} : on peut cocher plusieurs réponses à « {name} » ; écrivez « {name} includes CHOIX ».</translation>
    </message>
    <message>
        <source>{where}: "{value}" is not one of the answers to "{name}" ({choices}).</source>
        <translation>{where} : « {value} » n'est pas une des réponses à « {name} » ({choices}).</translation>
    </message>
    <message>
        <source>"{label}" can have several answers ticked, so it cannot be one side of a crosstab. Choose a question with one answer.</source>
        <translation>« {label} » peut avoir plusieurs réponses cochées, donc elle ne peut pas être un côté d'un tableau croisé. Choisissez une question à une seule réponse.</translation>
    </message>
    <message>
        <source>"{label}" is asked once for each instance of “{repeat_label}”: put it against a question asked once per interview (a crosstab of two repeat questions, or of a repeat question and themes, is not made).</source>
        <translation>« {label} » est posée une fois pour chaque élément de « {repeat_label} » : croisez-la avec une question posée une fois par entretien (un tableau croisé de deux questions répétées, ou d'une question répétée et de thèmes, n'est pas fait).</translation>
    </message>
    <message>
        <source>Choose two different questions for a crosstab.</source>
        <translation>Choisissez deux questions différentes pour un tableau croisé.</translation>
    </message>
    <message>
        <source>"{label}" can have several answers ticked: compare the themes with a question with one answer.</source>
        <translation>« {label} » peut avoir plusieurs réponses cochées : comparez les thèmes avec une question à une seule réponse.</translation>
    </message>
    <message>
        <source>This table would count only 1 to {threshold} people, and the project hides numbers from 1 to {threshold}: none of its numbers can be shown. Choose a larger part of the survey.</source>
        <translation>Ce tableau ne compterait que 1 à {threshold} personnes, et le projet cache les nombres de 1 à {threshold} : aucun de ses nombres ne peut être montré. Choisissez une plus grande partie de l'enquête.</translation>
    </message>
    <message>
        <source>This part of the survey leaves out only 1 to {threshold} of the people the table counts for the whole survey: set beside that table, its numbers would give those few people's answers by subtraction. Choose a part that leaves out none of them, or at least {n}.</source>
        <translation>Cette partie de l'enquête ne laisse de côté que 1 à {threshold} des personnes que le tableau compte pour toute l'enquête : mis à côté de ce tableau, ses nombres donneraient par soustraction les réponses de ces quelques personnes. Choisissez une partie qui n'en laisse aucune de côté, ou au moins {n}.</translation>
    </message>
    <message>
        <source>"{operator}" is not a comparison DuoDesk knows; use one of {known}.</source>
        <translation>« {operator} » n'est pas une comparaison que DuoDesk connaît ; utilisez l'une de celles-ci : {known}.</translation>
    </message>
    <message>
        <source>"{question} {operator} {value}": "{value}" is not a number, nor a date written as YYYY-MM-DD.</source>
        <translation>« {question} {operator} {value} » : « {value} » n'est pas un nombre, ni une date écrite AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>"{text}" is not a condition DuoDesk can read. Write it like "sex=female", "age&gt;30" or "drugs includes heroin".</source>
        <translation>DuoDesk ne sait pas lire la condition « {text} ». Écrivez-la comme « sex=female », « age&gt;30 » ou « drugs includes heroin ».</translation>
    </message>
    <message>
        <source>"{name}" is not a number question, so it cannot have bins.</source>
        <translation>« {name} » n'est pas une question de nombre, elle ne peut donc pas avoir de tranches.</translation>
    </message>
    <message>
        <source>{question}: themes</source>
        <translation>{question} : thèmes</translation>
    </message>
    <message>
        <source>Both coders must decide on the same answers.</source>
        <translation>Les deux codeurs doivent décider sur les mêmes réponses.</translation>
    </message>
    <message>
        <source>Not codable</source>
        <translation>Impossible à coder</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>over a project too damaged to read</source>
        <translation>à la place d’un projet trop abîmé pour être lu</translation>
    </message>
    <message>
        <source>records {first} to {last} of the trail it replaced, kept here</source>
        <translation>enregistrements {first} à {last} du journal qu’elle a remplacé, gardés ici</translation>
    </message>
    <message>
        <source>the trail in the file is not the one this laptop wrote for this project (its keys were removed or replaced, so it was rewritten or swapped)</source>
        <translation>le journal du fichier n’est pas celui que cet ordinateur a écrit pour ce projet (ses clés ont été retirées ou remplacées : il a donc été réécrit ou échangé)</translation>
    </message>
    <message>
        <source>records {first} to {newest}, which this laptop wrote, were lost: a damaged project was replaced by an older copy at record {restored}</source>
        <translation>les enregistrements {first} à {newest}, écrits par cet ordinateur, ont été perdus : un projet abîmé a été remplacé par une copie plus ancienne à l’enregistrement {restored}</translation>
    </message>
    <message>
        <source>record {number} is missing</source>
        <translation>l’enregistrement {number} manque</translation>
    </message>
    <message>
        <source>record {number} does not follow the one before</source>
        <translation>l’enregistrement {number} ne suit pas le précédent</translation>
    </message>
    <message>
        <source>records from {number} on were written with a key this laptop does not hold (on another laptop, or by someone rewriting the trail), so they cannot be vouched for here</source>
        <translation>les enregistrements à partir du {number} ont été écrits avec une clé que cet ordinateur n’a pas (sur un autre ordinateur, ou par quelqu’un qui a réécrit le journal) : on ne peut pas s’en porter garant ici</translation>
    </message>
    <message>
        <source>record {number} was changed after it was written</source>
        <translation>l’enregistrement {number} a été modifié après avoir été écrit</translation>
    </message>
    <message>
        <source>record {number} is not the one this laptop wrote there: the trail was emptied or rewritten and begun again</source>
        <translation>l'enregistrement {number} n'est pas celui que cet ordinateur a écrit à cet endroit : la piste a été vidée ou réécrite puis recommencée</translation>
    </message>
    <message>
        <source>records from {number} on are missing: this laptop wrote the trail up to record {newest} (they were cut off, or the trail was emptied and begun again)</source>
        <translation>les enregistrements à partir du {number} manquent : cet ordinateur a écrit le journal jusqu’à l’enregistrement {newest} (ils ont été coupés, ou le journal a été vidé puis recommencé)</translation>
    </message>
    <message>
        <source>“{title}” is in the project, but the trail has no record of it being added: records were removed, or the trail was emptied and begun again</source>
        <translation>« {title} » est dans le projet, mais le journal n’a aucun enregistrement de son ajout : des enregistrements ont été supprimés, ou le journal a été vidé puis recommencé</translation>
    </message>
    <message>
        <source>the guard that stops records being changed or deleted was removed from the project ({names}), so records may have been changed or deleted by hand</source>
        <translation>la protection qui empêche de modifier ou de supprimer des enregistrements a été retirée du projet ({names}) : des enregistrements ont pu être modifiés ou supprimés à la main</translation>
    </message>
    <message>
        <source>the list of people is not the one the trail recorded: {name} is {now} in the list and {then} in the trail (changed by hand)</source>
        <translation>la liste des personnes n’est pas celle que le journal a enregistrée : {name} est {now} dans la liste et {then} dans le journal (modifiée à la main)</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>records from {number} on are missing: the project lists a key that wrote them (they were deleted, or the trail was emptied and begun again)</source>
        <translation>les enregistrements à partir du n° {number} manquent : le projet cite une clé qui les a écrits (ils ont été supprimés, ou le journal a été vidé puis recommencé)</translation>
    </message>
</context>
<context>
    <name>Codebook</name>
    <message>
        <source>written answer</source>
        <translation>réponse écrite</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>nombre entier</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>one answer from a list</source>
        <translation>une réponse dans une liste</translation>
    </message>
    <message>
        <source>several answers from a list</source>
        <translation>plusieurs réponses dans une liste</translation>
    </message>
    <message>
        <source>date (YYYY-MM-DD)</source>
        <translation>date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>time (HH:MM)</source>
        <translation>heure (HH:MM)</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>date et heure</translation>
    </message>
    <message>
        <source>location: latitude longitude altitude accuracy</source>
        <translation>lieu : latitude longitude altitude précision</translation>
    </message>
    <message>
        <source>line: locations separated by ;</source>
        <translation>ligne : lieux séparés par ;</translation>
    </message>
    <message>
        <source>shape: locations separated by ;</source>
        <translation>forme : lieux séparés par ;</translation>
    </message>
    <message>
        <source>location where the interview started</source>
        <translation>lieu où l'entretien a commencé</translation>
    </message>
    <message>
        <source>name of an attached photo</source>
        <translation>nom d'une photo jointe</translation>
    </message>
    <message>
        <source>name of an attached recording</source>
        <translation>nom d'un enregistrement joint</translation>
    </message>
    <message>
        <source>name of an attached video</source>
        <translation>nom d'une vidéo jointe</translation>
    </message>
    <message>
        <source>name of an attached file</source>
        <translation>nom d'un fichier joint</translation>
    </message>
    <message>
        <source>code (typed)</source>
        <translation>code (tapé)</translation>
    </message>
    <message>
        <source>number in a range</source>
        <translation>nombre dans un intervalle</translation>
    </message>
    <message>
        <source>OK when acknowledged</source>
        <translation>OK une fois confirmé</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Asked when</source>
        <translation>Posée quand</translation>
    </message>
    <message>
        <source>Allowed answers</source>
        <translation>Réponses permises</translation>
    </message>
    <message>
        <source>Choices (code = label)</source>
        <translation>Choix (code = libellé)</translation>
    </message>
    <message>
        <source>Missing codes</source>
        <translation>Codes manquants</translation>
    </message>
    <message>
        <source>the label of the choice</source>
        <translation>le libellé du choix</translation>
    </message>
    <message>
        <source>the code of the choice (see Choices)</source>
        <translation>le code du choix (voir Choix)</translation>
    </message>
    <message>
        <source>How to read the interview data (the Data sheet of the separate interview file, the CSV or the SPSS file; this workbook has none): one row per complete interview, one column per question.</source>
        <translation>Comment lire les données des entretiens (la feuille Data du fichier séparé des entretiens, le CSV ou le fichier SPSS ; ce classeur n'en a pas) : une ligne par entretien complet, une colonne par question.</translation>
    </message>
    <message>
        <source>An answer to a question with a list of choices is shown as {shown}.</source>
        <translation>La réponse à une question avec une liste de choix est montrée comme {shown}.</translation>
    </message>
    <message>
        <source>Questions where several answers could be ticked have one column with all the answers, and one column per choice holding 1 (ticked) or 0 (not ticked).</source>
        <translation>Les questions où l'on pouvait cocher plusieurs réponses ont une colonne avec toutes les réponses, et une colonne par choix qui contient 1 (coché) ou 0 (pas coché).</translation>
    </message>
    <message>
        <source>An EMPTY cell means “No answer”: the question was asked, but no answer was given.</source>
        <translation>Une cellule VIDE veut dire « Pas de réponse » : la question a été posée, mais personne n'a répondu.</translation>
    </message>
    <message>
        <source>“{not_asked}” means “Not asked (skipped)”: the questionnaire's logic skipped the question for this person (see Asked when).</source>
        <translation>« {not_asked} » veut dire « Pas posée (sautée) » : la logique du questionnaire a sauté la question pour cette personne (voir Posée quand).</translation>
    </message>
    <message>
        <source>“{not_in_version}” means the interview used a version of the questionnaire without this question.</source>
        <translation>« {not_in_version} » veut dire que l'entretien a utilisé une version du questionnaire sans cette question.</translation>
    </message>
    <message>
        <source>Missing codes (such as “Don't know”) are real answers, but are left out of valid percentages.</source>
        <translation>Les codes manquants (comme « Je ne sais pas ») sont de vraies réponses, mais ils ne comptent pas dans les pourcentages valides.</translation>
    </message>
    <message>
        <source>In the SPSS file, choices are numbered 1, 2, ... in list order with their labels attached; missing codes are -1, -2, ...; -99 = No answer, -98 = Not asked (skipped), -97 = not in version. A number question with real answers of -97 or below gets codes below its smallest answer instead (-999, -998, -997, ...), stated in its value labels and in the codebook written beside the .sav file. All of these are declared missing.</source>
        <translation>Dans le fichier SPSS, les choix sont numérotés 1, 2, ... dans l'ordre de la liste, avec leurs libellés ; les codes manquants sont -1, -2, ... ; -99 = Pas de réponse, -98 = Pas posée (sautée), -97 = pas dans la version. Une question de nombre avec de vraies réponses de -97 ou moins reçoit à la place des codes plus petits que sa plus petite réponse (-999, -998, -997, ...), donnés dans ses libellés de valeurs et dans le livre de codes écrit à côté du fichier .sav. Tous ces codes sont déclarés manquants.</translation>
    </message>
    <message>
        <source>A choice whose name is a number (such as -1, 0 or 99) keeps that number as its code in the SPSS file, as in the CSV file; the other choices are numbered around it, and should a choice take -99, -98 or -97, that question's codes for No answer, Not asked and not in version move below its choices (-999, -998, -997 or lower; the codebook beside the .sav file says which).</source>
        <translation>Un choix dont le nom est un nombre (comme -1, 0 ou 99) garde ce nombre comme code dans le fichier SPSS, comme dans le fichier CSV ; les autres choix sont numérotés autour, et si un choix prend -99, -98 ou -97, les codes de cette question pour Pas de réponse, Pas posée et pas dans la version passent sous ses choix (-999, -998, -997 ou plus bas ; le livre de codes à côté du fichier .sav dit lesquels).</translation>
    </message>
    <message>
        <source>1 = ticked, 0 = not ticked</source>
        <translation>1 = coché, 0 = pas coché</translation>
    </message>
    <message>
        <source>Not in the data: {why}</source>
        <translation>Pas dans les données : {why}</translation>
    </message>
    <message>
        <source>themes of the written answer to {question}, coded by the group (several can apply)</source>
        <translation>thèmes de la réponse écrite à {question}, codés par le groupe (plusieurs possibles)</translation>
    </message>
    <message>
        <source>{question} was answered in words and coded</source>
        <translation>{question} a reçu une réponse écrite, qui a été codée</translation>
    </message>
    <message>
        <source>Interview number in the project: the same interview has the same number in every export</source>
        <translation>Numéro de l'entretien dans le projet : le même entretien a le même numéro dans chaque export</translation>
    </message>
    <message>
        <source>Questionnaire version</source>
        <translation>Version du questionnaire</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Date of the interview</source>
        <translation>Date de l'entretien</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Enquêteur</translation>
    </message>
    <message>
        <source>part of the participant code: never exported</source>
        <translation>partie du code participant : jamais exportée</translation>
    </message>
    <message>
        <source>worked out from the participant code: never stored</source>
        <translation>calculée à partir du code participant : jamais enregistrée</translation>
    </message>
    <message>
        <source>asked once for each instance of “{repeat}”: in the file of that repeat ({name}), one row per instance</source>
        <translation>posée une fois pour chaque élément de « {repeat} » : dans le fichier de cette répétition ({name}), une ligne par élément</translation>
    </message>
    <message>
        <source>recorded by the phone or laptop: left out of de-identified data</source>
        <translation>enregistrée par le téléphone ou l'ordinateur : retirée des données anonymisées</translation>
    </message>
    <message>
        <source>marked as identifying: left out of de-identified data</source>
        <translation>marquée comme identifiante : retirée des données anonymisées</translation>
    </message>
    <message>
        <source>written answers: left out of de-identified data</source>
        <translation>réponses écrites : retirées des données anonymisées</translation>
    </message>
    <message>
        <source>a location identifies a person: left out of de-identified data</source>
        <translation>un lieu identifie une personne : retiré des données anonymisées</translation>
    </message>
    <message>
        <source>names of attached files (photos, recordings): not in this file</source>
        <translation>noms des fichiers joints (photos, enregistrements) : pas dans ce fichier</translation>
    </message>
</context>
<context>
    <name>Command line</name>
    <message>
        <source>DuoDesk: surveys by peer researchers, offline. Without a command, the DuoDesk window opens.</source>
        <translation>DuoDesk : enquêtes menées par des pairs, sans internet. Sans commande, la fenêtre de DuoDesk s'ouvre.</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>afficher la version</translation>
    </message>
    <message>
        <source>the project: a .duodesk file or a postgresql:// URL (default: $DUODESK_DB, else your own local project)</source>
        <translation>le projet : un fichier .duodesk ou une adresse postgresql:// (par défaut : $DUODESK_DB, sinon votre propre projet local)</translation>
    </message>
    <message>
        <source>a file whose first line is the project's passphrase (or set DUODESK_PASSPHRASE, which other programs run by the same account can read; asked for when the project is locked and neither is given)</source>
        <translation>un fichier dont la première ligne est la phrase secrète du projet (ou définissez DUODESK_PASSPHRASE, que d'autres programmes lancés par le même compte peuvent lire ; demandée si le projet est verrouillé et qu'aucun des deux n'est donné)</translation>
    </message>
    <message>
        <source>who is using DuoDesk, when the project lists people (or set DUODESK_PERSON); commands other than list need a coordinator</source>
        <translation>qui utilise DuoDesk, quand le projet a une liste de personnes (ou définissez DUODESK_PERSON) ; les commandes autres que list demandent un coordinateur</translation>
    </message>
    <message>
        <source>a file whose first line is that person's PIN or password (or set DUODESK_PIN, which other programs run by the same account can read; asked for when neither is given)</source>
        <translation>un fichier dont la première ligne est le code PIN ou le mot de passe de cette personne (ou définissez DUODESK_PIN, que d'autres programmes lancés par le même compte peuvent lire ; demandé si aucun des deux n'est donné)</translation>
    </message>
    <message>
        <source>add a questionnaire (XLSForm .xlsx) to the project and print its form id</source>
        <translation>ajouter un questionnaire (XLSForm .xlsx) au projet et afficher son identifiant</translation>
    </message>
    <message>
        <source>Add a questionnaire from an XLSForm workbook (ODK, KoboToolbox or DuoDesk). Importing a changed form whose questionnaire already has interviews makes a new version; the interviews keep theirs.</source>
        <translation>Ajouter un questionnaire depuis un classeur XLSForm (ODK, KoboToolbox ou DuoDesk). Importer un formulaire modifié dont le questionnaire a déjà des entretiens crée une nouvelle version ; les entretiens gardent la leur.</translation>
    </message>
    <message>
        <source>the XLSForm workbook</source>
        <translation>le classeur XLSForm</translation>
    </message>
    <message>
        <source>a file the form reads choices or data from (villages.csv), when it is not in the form's folder; may be given more than once</source>
        <translation>un fichier dont le formulaire lit des choix ou des données (villages.csv), s’il n’est pas dans le dossier du formulaire ; peut être donné plusieurs fois</translation>
    </message>
    <message>
        <source>Import interviews into the newest version of a questionnaire. By default nothing is imported if any row has a problem, and every problem is listed. Rows imported before are skipped.</source>
        <translation>Importer des entretiens dans la version la plus récente d'un questionnaire. Par défaut, rien n'est importé si une ligne a un problème, et chaque problème est listé. Les lignes déjà importées sont sautées.</translation>
    </message>
    <message>
        <source>the questionnaire's form id</source>
        <translation>l'identifiant du questionnaire</translation>
    </message>
    <message>
        <source>add the choices or data files a questionnaire was added without</source>
        <translation>ajouter les fichiers de choix ou de données qui manquaient quand le questionnaire a été ajouté</translation>
    </message>
    <message>
        <source>Add files a questionnaire reads its answer options or data from (select_one_from_file, select_one_external, pulldata), which were not next to the form when it was added. Each file must have the name the form gives it. The questions that need a file can be answered once it is added; no new version is made.</source>
        <translation>Ajouter les fichiers dont un questionnaire lit ses choix de réponse ou ses données (select_one_from_file, select_one_external, pulldata), qui n’étaient pas à côté du formulaire quand il a été ajouté. Chaque fichier doit avoir le nom que le formulaire lui donne. Les questions qui en ont besoin peuvent être répondues une fois le fichier ajouté ; aucune nouvelle version n’est créée.</translation>
    </message>
    <message>
        <source>the files to add</source>
        <translation>les fichiers à ajouter</translation>
    </message>
    <message>
        <source>import the valid rows and write the others, with reasons, to DATA.rejected.csv beside the file</source>
        <translation>importer les lignes valides et écrire les autres, avec les raisons, dans DATA.rejected.csv à côté du fichier</translation>
    </message>
    <message>
        <source>site for rows whose file names none</source>
        <translation>site pour les lignes dont le fichier n'en donne pas</translation>
    </message>
    <message>
        <source>interviewer for rows that name none</source>
        <translation>enquêteur pour les lignes qui n'en donnent pas</translation>
    </message>
    <message>
        <source>list the questionnaires with their numbers of interviews</source>
        <translation>lister les questionnaires avec leurs nombres d'entretiens</translation>
    </message>
    <message>
        <source>List the project's questionnaires: form id, versions, complete interviews, unfinished interviews, title.</source>
        <translation>Lister les questionnaires du projet : identifiant, versions, entretiens complets, entretiens non terminés, titre.</translation>
    </message>
    <message>
        <source>print the summary tables of a questionnaire (--json for JSON)</source>
        <translation>afficher les tableaux résumés d'un questionnaire (--json pour du JSON)</translation>
    </message>
    <message>
        <source>Summarize the complete interviews of a questionnaire: a frequency table for every question with choices, multiple-response tables, and descriptives for numbers. Percentages are of all interviews unless they say otherwise.</source>
        <translation>Résumer les entretiens complets d'un questionnaire : un tableau de fréquences pour chaque question à choix, des tableaux à réponses multiples, et des statistiques pour les nombres. Les pourcentages sont de tous les entretiens, sauf s'ils disent autre chose.</translation>
    </message>
    <message>
        <source>print JSON instead of tables</source>
        <translation>afficher du JSON au lieu de tableaux</translation>
    </message>
    <message>
        <source>print a crosstab of two questions with chi-square (--json for JSON)</source>
        <translation>afficher un tableau croisé de deux questions avec le khi-deux (--json pour du JSON)</translation>
    </message>
    <message>
        <source>Count the complete interviews by their answers to two questions: counts, row, column and total percents, Pearson's chi-square (statistic, degrees of freedom, p) and Fisher's exact test for 2x2 tables and for larger ones with an expected count under 5. Only interviews with a valid answer to both questions are counted: blanks and missing codes such as "Don't know" are left out, as in SPSS.</source>
        <translation>Compter les entretiens complets selon leurs réponses à deux questions : effectifs, pourcentages en ligne, en colonne et du total, khi-deux de Pearson (statistique, degrés de liberté, p) et test exact de Fisher pour les tableaux 2x2 et pour les plus grands avec un effectif attendu inférieur à 5. Seuls les entretiens avec une réponse valide aux deux questions sont comptés : les vides et les codes manquants comme « Je ne sais pas » sont retirés, comme dans SPSS.</translation>
    </message>
    <message>
        <source>the question whose answers make the rows</source>
        <translation>la question dont les réponses font les lignes</translation>
    </message>
    <message>
        <source>the question whose answers make the columns</source>
        <translation>la question dont les réponses font les colonnes</translation>
    </message>
    <message>
        <source>export the interviews as a health-board workbook (.xlsx), CSV or SPSS file</source>
        <translation>exporter les entretiens en classeur pour l'autorité de santé (.xlsx), en CSV ou en fichier SPSS</translation>
    </message>
    <message>
        <source>Export the complete interviews of a questionnaire. The workbook has a cover, the summary tables, charts and a codebook, with small numbers hidden: it can be passed on. The CSV and SPSS files are interview-level files, one row per interview: in a small survey a row can identify a person, so keep them within the group. Data are de-identified unless told otherwise. Files are written only when complete, readable by their owner only.</source>
        <translation>Exporter les entretiens complets d'un questionnaire. Le classeur a une couverture, les tableaux résumés, des graphiques et un livre de codes, avec les petits nombres cachés : il peut être transmis. Les fichiers CSV et SPSS sont au niveau des entretiens, une ligne par entretien : dans une petite enquête, une ligne peut identifier une personne, donc gardez-les dans le groupe. Les données sont anonymisées sauf demande contraire. Les fichiers ne sont écrits qu'une fois complets, lisibles par leur propriétaire seulement.</translation>
    </message>
    <message>
        <source>write the health-board workbook</source>
        <translation>écrire le classeur pour l'autorité de santé</translation>
    </message>
    <message>
        <source>write every interview, one row each, as CSV (an interview-level file)</source>
        <translation>écrire chaque entretien, une ligne chacun, en CSV (un fichier au niveau des entretiens)</translation>
    </message>
    <message>
        <source>write every interview, one row each, for SPSS (an interview-level file)</source>
        <translation>écrire chaque entretien, une ligne chacun, pour SPSS (un fichier au niveau des entretiens)</translation>
    </message>
    <message>
        <source>with --xlsx, also write one row per interview to OUT-interviews.xlsx; in a small survey a row can identify the person interviewed, so keep that file within the group</source>
        <translation>avec --xlsx, écrire aussi une ligne par entretien dans OUT-interviews.xlsx ; dans une petite enquête, une ligne peut identifier la personne interrogée, donc gardez ce fichier dans le groupe</translation>
    </message>
    <message>
        <source>hide counts from 1 to this number (default 4, or what the project requires; a lower one than the project requires is refused)</source>
        <translation>cacher les effectifs de 1 à ce nombre (4 par défaut, ou ce que le projet exige ; un nombre plus petit que celui exigé par le projet est refusé)</translation>
    </message>
    <message>
        <source>do not hide small numbers (the file must then stay within the group)</source>
        <translation>ne pas cacher les petits nombres (le fichier doit alors rester dans le groupe)</translation>
    </message>
    <message>
        <source>keep written answers, locations, identifying questions and interviewer names</source>
        <translation>garder les réponses écrites, les lieux, les questions identifiantes et les noms des enquêteurs</translation>
    </message>
    <message>
        <source>answers as choice codes instead of labels</source>
        <translation>réponses sous forme de codes de choix au lieu des libellés</translation>
    </message>
    <message>
        <source>write or read the coding sheet of a written-answer question</source>
        <translation>écrire ou lire la feuille de codage d'une question à réponse écrite</translation>
    </message>
    <message>
        <source>Coding written answers into themes from a spreadsheet. --export writes one row per written answer (interview id, answer, themes separated by ';', not_codable); --import applies such a sheet (CSV or .xlsx) after checking every row: themes the project does not have yet are made, and a bad row changes nothing.</source>
        <translation>Coder des réponses écrites en thèmes avec un tableur. --export écrit une ligne par réponse écrite (identifiant de l'entretien, réponse, thèmes séparés par « ; », not_codable) ; --import applique une telle feuille (CSV ou .xlsx) après avoir vérifié chaque ligne : les thèmes que le projet n'a pas encore sont créés, et une mauvaise ligne ne change rien.</translation>
    </message>
    <message>
        <source>the written-answer question's name</source>
        <translation>le nom de la question à réponse écrite</translation>
    </message>
    <message>
        <source>write the sheet</source>
        <translation>écrire la feuille</translation>
    </message>
    <message>
        <source>read it</source>
        <translation>la lire</translation>
    </message>
    <message>
        <source>a second coder's own coding, kept apart to measure agreement (default: the main coding, the one counted in results)</source>
        <translation>le codage propre d'un second codeur, gardé à part pour mesurer l'accord (par défaut : le codage principal, celui compté dans les résultats)</translation>
    </message>
    <message>
        <source>draft the findings report as a Word document (and a PDF)</source>
        <translation>préparer le rapport des résultats en document Word (et en PDF)</translation>
    </message>
    <message>
        <source>Draft the findings report of a questionnaire: a title page, how the survey was done, one key-finding sentence per question with answers to choose from, a table and a chart per question by section, and an annex of every result. The numbers are the workbook's, with small numbers hidden the same way; nothing in it is about one interview. It is a draft for the group to edit.</source>
        <translation>Préparer le rapport des résultats d'un questionnaire : une page de titre, comment l'enquête a été faite, une phrase de résultat clé par question avec des réponses au choix, un tableau et un graphique par question et par section, et une annexe de tous les résultats. Les nombres sont ceux du classeur, avec les petits nombres cachés de la même façon ; rien ne porte sur un seul entretien. C'est un brouillon que le groupe peut modifier.</translation>
    </message>
    <message>
        <source>write the Word document</source>
        <translation>écrire le document Word</translation>
    </message>
    <message>
        <source>write the same report as a PDF</source>
        <translation>écrire le même rapport en PDF</translation>
    </message>
    <message>
        <source>the group's name, for the title page</source>
        <translation>le nom du groupe, pour la page de titre</translation>
    </message>
    <message>
        <source>hide counts from 1 to this number (default 4, or what the project requires)</source>
        <translation>cacher les effectifs de 1 à ce nombre (4 par défaut, ou ce que le projet exige)</translation>
    </message>
    <message>
        <source>make every workbook of the project hide counts from 1 to N at least</source>
        <translation>obliger chaque classeur du projet à cacher au moins les effectifs de 1 à N</translation>
    </message>
    <message>
        <source>Store in the project the lowest threshold for small numbers: exports (the Export screen and the export command) then refuse to hide fewer, or to show small numbers. Without N, print the current requirement.</source>
        <translation>Enregistrer dans le projet le seuil le plus bas pour les petits nombres : les exports (l'écran Export et la commande export) refusent alors d'en cacher moins, ou de montrer les petits nombres. Sans N, afficher l'exigence actuelle.</translation>
    </message>
    <message>
        <source>hide counts from 1 to N (1-9) in every export</source>
        <translation>cacher les effectifs de 1 à N (1-9) dans chaque export</translation>
    </message>
    <message>
        <source>remove the requirement</source>
        <translation>retirer l'exigence</translation>
    </message>
    <message>
        <source>lock the project with a new passphrase, or remove it</source>
        <translation>verrouiller le projet avec une nouvelle phrase secrète, ou la retirer</translation>
    </message>
    <message>
        <source>Re-encrypt the project file with a new passphrase (read from a file), or remove the encryption with --remove.</source>
        <translation>Chiffrer à nouveau le fichier du projet avec une nouvelle phrase secrète (lue dans un fichier), ou retirer le chiffrement avec --remove.</translation>
    </message>
    <message>
        <source>a file whose first line is the new passphrase</source>
        <translation>un fichier dont la première ligne est la nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>store the project unencrypted</source>
        <translation>enregistrer le projet sans chiffrement</translation>
    </message>
    <message>
        <source>replace the project with one of its backups</source>
        <translation>remplacer le projet par une de ses sauvegardes</translation>
    </message>
    <message>
        <source>Replace the project with a backup (the files PROJECT.*.backup beside it). What it replaces is kept as a new backup first. The backup is opened with the project's passphrase unless --backup-passphrase-file names another; the restored project keeps the project's passphrase. Close every DuoDesk window first.</source>
        <translation>Remplacer le projet par une sauvegarde (les fichiers PROJECT.*.backup à côté de lui). Ce qu'elle remplace est d'abord gardé comme nouvelle sauvegarde. La sauvegarde est ouverte avec la phrase secrète du projet, sauf si --backup-passphrase-file en donne une autre ; le projet restauré garde la phrase secrète du projet. Fermez d'abord toutes les fenêtres de DuoDesk.</translation>
    </message>
    <message>
        <source>the backup file</source>
        <translation>le fichier de sauvegarde</translation>
    </message>
    <message>
        <source>a file whose first line is the backup's passphrase, if it differs</source>
        <translation>un fichier dont la première ligne est la phrase secrète de la sauvegarde, si elle est différente</translation>
    </message>
    <message>
        <source>list the project's backups</source>
        <translation>lister les sauvegardes du projet</translation>
    </message>
    <message>
        <source>List the backups kept beside the project, newest last.</source>
        <translation>Lister les sauvegardes gardées à côté du projet, la plus récente en dernier.</translation>
    </message>
    <message>
        <source>show the audit trail, or check that nobody has rewritten it</source>
        <translation>montrer le journal d'audit, ou vérifier que personne ne l'a réécrit</translation>
    </message>
    <message>
        <source>The audit trail records every interview finished, corrected, deleted, restored or purged, every import, export, questionnaire change, passphrase change and restored backup: who, when and what (never an answer). Each record carries the fingerprint of the one before, so a record changed or removed later is found by --verify.</source>
        <translation>Le journal d'audit note chaque entretien terminé, corrigé, supprimé, restauré ou effacé, chaque import, export, changement de questionnaire, changement de phrase secrète et sauvegarde restaurée : qui, quand et quoi (jamais une réponse). Chaque note porte l'empreinte de la précédente, donc une note changée ou retirée plus tard est trouvée par --verify.</translation>
    </message>
    <message>
        <source>check the whole trail</source>
        <translation>vérifier tout le journal</translation>
    </message>
    <message>
        <source>with --verify: also check that the record whose fingerprint was noted down earlier is still in the trail (records cut off the end are found this way)</source>
        <translation>avec --verify : vérifier aussi que l’enregistrement dont l’empreinte a été notée est toujours dans le journal (on trouve ainsi les enregistrements coupés à la fin)</translation>
    </message>
    <message>
        <source>show the newest N records (50)</source>
        <translation>montrer les N notes les plus récentes (50)</translation>
    </message>
    <message>
        <source>a file holding the team passphrase (the whole file, without the line break at its end); every laptop of the team uses the same one</source>
        <translation>un fichier qui contient la phrase secrète de l'équipe (tout le fichier, sans le saut de ligne à la fin) ; chaque ordinateur de l'équipe utilise la même</translation>
    </message>
    <message>
        <source>write a transfer file for the team: questionnaires, interviews, corrections</source>
        <translation>écrire un fichier de transfert pour l'équipe : questionnaires, entretiens, corrections</translation>
    </message>
    <message>
        <source>Write the project's questionnaires (every version), complete interviews with their corrections and deletions, and the team's participant-code key to a file encrypted with the team passphrase, to carry to another laptop. A coordinator sends the questionnaire out this way before any interview is entered.</source>
        <translation>Écrire les questionnaires du projet (chaque version), les entretiens complets avec leurs corrections et suppressions, et la clé des codes participants de l'équipe dans un fichier chiffré avec la phrase secrète de l'équipe, à apporter sur un autre ordinateur. Un coordinateur envoie ainsi le questionnaire avant qu'aucun entretien ne soit saisi.</translation>
    </message>
    <message>
        <source>the transfer file to write</source>
        <translation>le fichier de transfert à écrire</translation>
    </message>
    <message>
        <source>only this questionnaire</source>
        <translation>seulement ce questionnaire</translation>
    </message>
    <message>
        <source>send the questionnaire, no interviews</source>
        <translation>envoyer le questionnaire, sans entretiens</translation>
    </message>
    <message>
        <source>read a team member's transfer file into the project</source>
        <translation>lire dans le projet le fichier de transfert d'un membre de l'équipe</translation>
    </message>
    <message>
        <source>Merge a transfer file into the project: new interviews are added, corrections and deletions made elsewhere applied (the later one wins), new questionnaire versions joined. Reading a file twice adds nothing. A file that was changed, cut short or made with another passphrase is refused and nothing changes.</source>
        <translation>Fusionner un fichier de transfert dans le projet : les nouveaux entretiens sont ajoutés, les corrections et suppressions faites ailleurs sont appliquées (la plus récente gagne), les nouvelles versions de questionnaire sont ajoutées. Lire un fichier deux fois n'ajoute rien. Un fichier modifié, coupé ou fait avec une autre phrase secrète est refusé et rien ne change.</translation>
    </message>
    <message>
        <source>the transfer file to read</source>
        <translation>le fichier de transfert à lire</translation>
    </message>
    <message>
        <source>list possible duplicates across sites (participant codes that match)</source>
        <translation>lister les doublons possibles entre sites (codes participants qui correspondent)</translation>
    </message>
    <message>
        <source>List pairs of interviews from different laptops whose participant codes match or differ in one element, with the decision taken on each. --decide records a decision; it travels to the other laptops in transfer files.</source>
        <translation>Lister les paires d'entretiens venant d'ordinateurs différents dont les codes participants sont égaux ou diffèrent d'un élément, avec la décision prise pour chacune. --decide note une décision ; elle va vers les autres ordinateurs dans les fichiers de transfert.</translation>
    </message>
    <message>
        <source>record a decision on the pair of interview ids FIRST and SECOND: keep_both, same_person or not_same</source>
        <translation>noter une décision sur la paire d'identifiants d'entretiens FIRST et SECOND : keep_both, same_person ou not_same</translation>
    </message>
    <message>
        <source>who decided (with --decide)</source>
        <translation>qui a décidé (avec --decide)</translation>
    </message>
    <message>
        <source>send this laptop's interviews to the team's server and fetch questionnaires</source>
        <translation>envoyer les entretiens de cet ordinateur au serveur de l'équipe et récupérer les questionnaires</translation>
    </message>
    <message>
        <source>Merge this laptop's questionnaires and interviews into the team's PostgreSQL project, then bring its questionnaire versions back and count the interviews there. The same rules as transfer files.</source>
        <translation>Fusionner les questionnaires et les entretiens de cet ordinateur dans le projet PostgreSQL de l'équipe, puis ramener ses versions de questionnaire et y compter les entretiens. Les mêmes règles que pour les fichiers de transfert.</translation>
    </message>
    <message>
        <source>a postgresql:// URL</source>
        <translation>une adresse postgresql://</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>impossible d'écrire {path} : {reason}</translation>
    </message>
    <message>
        <source>there is no file {path}</source>
        <translation>il n'y a pas de fichier {path}</translation>
    </message>
    <message>
        <source>No possible duplicates across sites.</source>
        <translation>Aucun doublon possible entre sites.</translation>
    </message>
    <message>
        <source>same code</source>
        <translation>même code</translation>
    </message>
    <message>
        <source>code differs in one element</source>
        <translation>le code diffère d'un élément</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>pas de date</translation>
    </message>
    <message>
        <source>no site</source>
        <translation>pas de site</translation>
    </message>
    <message>
        <source>--server takes a postgresql:// URL of the team's shared project</source>
        <translation>--server demande une adresse postgresql:// du projet partagé de l'équipe</translation>
    </message>
    <message>
        <source>the team's server cannot be reached (no network, or the address or password is wrong); nothing was sent. Use a transfer file instead.</source>
        <translation>impossible de joindre le serveur de l'équipe (pas de réseau, ou l'adresse ou le mot de passe est faux) ; rien n'a été envoyé. Utilisez plutôt un fichier de transfert.</translation>
    </message>
    <message numerus="yes">
        <source>the server stopped answering while it was storing this command's changes, and DuoDesk stopped waiting after %n seconds. They are stored either whole or not at all, as the server will show once it answers again (an import run again then skips the interviews already stored).</source>
        <translation><numerusform>le serveur a cessé de répondre pendant qu'il enregistrait les changements de cette commande, et DuoDesk a cessé d'attendre après %n seconde. Ils sont enregistrés en entier ou pas du tout, comme le serveur le montrera quand il répondra de nouveau (une importation relancée saute alors les entretiens déjà enregistrés).</numerusform><numerusform>le serveur a cessé de répondre pendant qu'il enregistrait les changements de cette commande, et DuoDesk a cessé d'attendre après %n secondes. Ils sont enregistrés en entier ou pas du tout, comme le serveur le montrera quand il répondra de nouveau (une importation relancée saute alors les entretiens déjà enregistrés).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>the server has not answered for %n seconds (it may be stopped or overloaded), so DuoDesk stopped waiting; nothing was changed by this command. Run it again once the server answers (DUODESK_SERVER_WAIT_S sets how long to wait).</source>
        <translation><numerusform>le serveur ne répond plus depuis %n seconde (il est peut-être arrêté ou surchargé), donc DuoDesk a cessé d'attendre ; cette commande n'a rien changé. Relancez-la quand le serveur répondra (DUODESK_SERVER_WAIT_S fixe la durée d'attente).</numerusform><numerusform>le serveur ne répond plus depuis %n secondes (il est peut-être arrêté ou surchargé), donc DuoDesk a cessé d'attendre ; cette commande n'a rien changé. Relancez-la quand le serveur répondra (DUODESK_SERVER_WAIT_S fixe la durée d'attente).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>the server has not answered for %n seconds; DuoDesk is still waiting for it (Ctrl+C stops the command, and nothing is stored half way).</source>
        <translation><numerusform>le serveur ne répond plus depuis %n seconde ; DuoDesk l'attend encore (Ctrl+C arrête la commande, et rien n'est enregistré à moitié).</numerusform><numerusform>le serveur ne répond plus depuis %n secondes ; DuoDesk l'attend encore (Ctrl+C arrête la commande, et rien n'est enregistré à moitié).</numerusform></translation>
    </message>
    <message>
        <source>there is no file {path}.</source>
        <translation>il n'y a pas de fichier {path}.</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>note : {note}</translation>
    </message>
    <message>
        <source>{form} reads {files}, which is not in {folder}; these questions cannot be answered until you add it: {questions}. Add with: {command}</source>
        <translation>{form} lit {files}, qui n'est pas dans {folder} ; ces questions ne peuvent pas recevoir de réponse tant que vous ne l'avez pas ajouté : {questions}. Ajoutez-le avec : {command}</translation>
    </message>
    <message>
        <source>{form} reads {files}, which are not in {folder}; these questions cannot be answered until you add them: {questions}. Add with: {command}</source>
        <translation>{form} lit {files}, qui ne sont pas dans {folder} ; ces questions ne peuvent pas recevoir de réponse tant que vous ne les avez pas ajoutés : {questions}. Ajoutez-les avec : {command}</translation>
    </message>
    <message>
        <source>note:</source>
        <translation>remarque :</translation>
    </message>
    <message>
        <source>cannot read a file: {reason}</source>
        <translation>impossible de lire un fichier : {reason}</translation>
    </message>
    <message>
        <source>Added {files} to {form_id}.</source>
        <translation>{files} ajouté à {form_id}.</translation>
    </message>
    <message>
        <source>It still needs {files}.</source>
        <translation>Il lui faut encore {files}.</translation>
    </message>
    <message>
        <source>note: {files} beside {form} holds nothing to choose from (it is empty, or has only its header row), so it was left out.</source>
        <translation>remarque : {files} à côté de {form} ne contient rien à choisir (il est vide, ou n’a que sa ligne d’en-tête), il a donc été laissé de côté.</translation>
    </message>
    <message>
        <source>note: these questions cannot be answered until the right file is added: {questions}. Add with: duodesk add-form-file {form_id} {names}</source>
        <translation>remarque : il n’est pas possible de répondre à ces questions tant que le bon fichier n’est pas ajouté : {questions}. Ajoutez-le avec : duodesk add-form-file {form_id} {names}</translation>
    </message>
    <message>
        <source>{rows} rows of {file} read so far…</source>
        <translation>{rows} lignes de {file} lues jusqu’ici…</translation>
    </message>
    <message>
        <source>The project is now locked with the new passphrase, but not all of its backups: {count} still use an earlier passphrase.</source>
        <translation>Le projet est maintenant protégé par la nouvelle phrase secrète, mais pas toutes ses sauvegardes : {count} utilisent encore une phrase secrète antérieure.</translation>
    </message>
    <message>
        <source>The project is no longer encrypted, but {count} of its backups still use an earlier passphrase.</source>
        <translation>Le projet n’est plus chiffré, mais {count} de ses sauvegardes utilisent encore une phrase secrète antérieure.</translation>
    </message>
    <message>
        <source>{file} (still locked with an earlier passphrase, which can still read it: delete it when it is no longer needed; restore --backup-passphrase-file can still use it)</source>
        <translation>{file} (encore verrouillé avec une ancienne phrase secrète, qui peut toujours le lire : supprimez-le quand il n'est plus utile ; restore --backup-passphrase-file peut encore l'utiliser)</translation>
    </message>
    <message>
        <source>the audit trail cannot be checked on this laptop from record {sequence} on (which does not mean it is broken): those records were written with a key this laptop does not hold, on another laptop of the team or by someone rewriting the trail. Check it on the laptop that wrote them.</source>
        <translation>le journal d’audit ne peut pas être vérifié sur cet ordinateur à partir de l’enregistrement {sequence} (cela ne veut pas dire qu’il est cassé) : ces enregistrements ont été écrits avec une clé que cet ordinateur n’a pas, sur un autre ordinateur de l’équipe ou par quelqu’un qui a réécrit le journal. Vérifiez-le sur l’ordinateur qui les a écrits.</translation>
    </message>
    <message>
        <source>Records 1 to {last} are intact.</source>
        <translation>Les enregistrements 1 à {last} sont intacts.</translation>
    </message>
    <message>
        <source>the record whose fingerprint you noted down is not in the trail. Check that it was copied right, letter by letter; if it was, the audit trail is broken: records were cut off the end, or the trail was rewritten</source>
        <translation>l’enregistrement dont vous avez noté l’empreinte n’est pas dans le journal. Vérifiez qu’elle a été recopiée exactement, lettre par lettre ; si oui, le journal d’audit est rompu : des enregistrements ont été coupés à la fin, ou le journal a été réécrit</translation>
    </message>
    <message>
        <source>But the first {count} record(s) carry no key (written by an older DuoDesk, or rewritten by someone with the file): DuoDesk cannot vouch for them.</source>
        <translation>Mais les {count} premiers enregistrements ne portent pas de clé (écrits par un DuoDesk plus ancien, ou réécrits par quelqu’un qui a le fichier) : DuoDesk ne peut pas s’en porter garant.</translation>
    </message>
    <message>
        <source>duodesk: stopped; nothing was changed by the unfinished command.</source>
        <translation>duodesk : arrêté ; la commande non terminée n'a rien changé.</translation>
    </message>
    <message>
        <source>import interviews from a CSV or xlsx file exported by ODK, KoboToolbox or DuoDesk, or an ODK Central zip</source>
        <translation>importer des entretiens depuis un fichier CSV ou xlsx exporté par ODK, KoboToolbox ou DuoDesk, ou un zip d’ODK Central</translation>
    </message>
    <message>
        <source>a .csv or .xlsx file, or ODK Central's .zip (a CSV file per repeat)</source>
        <translation>un fichier .csv ou .xlsx, ou le .zip d’ODK Central (un fichier CSV par répétition)</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>utilisation : </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s : %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus : %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>pas permis avec l'argument %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>ces arguments sont obligatoires : %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>un des arguments %s est obligatoire</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>un argument attendu</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë : %(option)s peut correspondre à %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s non valide : %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix non valide : %(value)r (choisissez parmi %(choices)s)</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s</source>
        <translation>%(prog)s : erreur : %(message)s</translation>
    </message>
    <message>
        <source>the project is busy: another program (perhaps the DuoDesk window, or another import) kept saving to it for too long. Nothing was changed by this command; run it again when the other program has finished.</source>
        <translation>le projet est occupé : un autre programme (peut-être la fenêtre de DuoDesk, ou un autre import) l'a utilisé trop longtemps. Cette commande n'a rien changé ; relancez-la quand l'autre programme aura fini.</translation>
    </message>
    <message>
        <source>the project file</source>
        <translation>le fichier du projet</translation>
    </message>
    <message>
        <source>the project file {where} is damaged (something stored in it, such as a questionnaire, can no longer be read); nothing was changed. Restore a backup: `duodesk backups` lists them and `duodesk restore BACKUP` puts one back.</source>
        <translation>le fichier du projet {where} est abîmé (quelque chose qu'il contient, comme un questionnaire, ne peut plus être lu) ; rien n'a été changé. Restaurez une sauvegarde : `duodesk backups` les liste et `duodesk restore BACKUP` en remet une.</translation>
    </message>
    <message>
        <source>the project refused this change because it conflicts with what is already stored; nothing was changed by this command. {details}</source>
        <translation>le projet a refusé ce changement parce qu'il contredit ce qui est déjà enregistré ; cette commande n'a rien changé. {details}</translation>
    </message>
    <message>
        <source>the server stopped answering or refused the command (is it running, and is the network up?); nothing was changed by this command. {details}</source>
        <translation>le serveur a cessé de répondre ou a refusé la commande (est-il en marche, et le réseau fonctionne-t-il ?) ; cette commande n'a rien changé. {details}</translation>
    </message>
    <message>
        <source>the project could not be read or written (is the disk full, or the file moved?); nothing was changed by this command. {details}</source>
        <translation>le projet n'a pas pu être lu ou écrit (le disque est-il plein, ou le fichier a-t-il été déplacé ?) ; cette commande n'a rien changé. {details}</translation>
    </message>
    <message>
        <source>the command stopped because of a fault in DuoDesk ({fault}); nothing was changed by the unfinished command. {details}</source>
        <translation>la commande s'est arrêtée à cause d'une panne dans DuoDesk ({fault}) ; la commande non terminée n'a rien changé. {details}</translation>
    </message>
    <message>
        <source>this project lists people: say who you are with --person NAME (and your PIN with --pin-file FILE or DUODESK_PIN).</source>
        <translation>ce projet a une liste de personnes : dites qui vous êtes avec --person NOM (et votre code PIN avec --pin-file FICHIER ou DUODESK_PIN).</translation>
    </message>
    <message>
        <source>PIN or password for {name}: </source>
        <translation>Code PIN ou mot de passe de {name} : </translation>
    </message>
    <message>
        <source>give {name}'s PIN or password with --pin-file FILE or DUODESK_PIN.</source>
        <translation>donnez le code PIN ou le mot de passe de {name} avec --pin-file FICHIER ou DUODESK_PIN.</translation>
    </message>
    <message>
        <source>only a coordinator can run “{command}”. Ask your coordinator.</source>
        <translation>seul un coordinateur peut lancer « {command} ». Demandez à votre coordinateur.</translation>
    </message>
    <message>
        <source>nothing was typed, so nothing was done.</source>
        <translation>rien n'a été tapé, donc rien n'a été fait.</translation>
    </message>
    <message>
        <source>Password for the server: </source>
        <translation>Mot de passe du serveur : </translation>
    </message>
    <message>
        <source>Project passphrase: </source>
        <translation>Phrase secrète du projet : </translation>
    </message>
    <message>
        <source>duodesk: note: a password in --db can be seen by other accounts on this computer; keep it in PGPASSWORD or ~/.pgpass, or let DuoDesk ask for it.</source>
        <translation>duodesk : note : un mot de passe dans --db peut être vu par d'autres comptes de cet ordinateur ; gardez-le dans PGPASSWORD ou ~/.pgpass, ou laissez DuoDesk le demander.</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>impossible de lire {path} : {reason}</translation>
    </message>
    <message>
        <source>A new version ({number}) was made: interviews use the old one.</source>
        <translation>Une nouvelle version ({number}) a été créée : les entretiens utilisent l'ancienne.</translation>
    </message>
    <message>
        <source>{number} minutes</source>
        <translation>{number} minutes</translation>
    </message>
    <message>
        <source>{number} seconds</source>
        <translation>{number} secondes</translation>
    </message>
    <message>
        <source>another import (or a DuoDesk window) kept the project busy for {how_long}, so DuoDesk stopped waiting; nothing was imported. Run the command again when the other one has finished.</source>
        <translation>un autre import (ou une fenêtre de DuoDesk) a occupé le projet pendant {how_long}, donc DuoDesk a cessé d'attendre ; rien n'a été importé. Relancez la commande quand l'autre aura fini.</translation>
    </message>
    <message>
        <source>duodesk: waiting for another import (or a DuoDesk window) to finish saving to the project…</source>
        <translation>duodesk : attente de la fin d'un autre import (ou d'une fenêtre de DuoDesk) qui enregistre dans le projet…</translation>
    </message>
    <message>
        <source>No questionnaires yet. Add one with: duodesk import-form FORM.xlsx</source>
        <translation>Pas encore de questionnaire. Ajoutez-en un avec : duodesk import-form FORM.xlsx</translation>
    </message>
    <message>
        <source>form id</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <source>versions</source>
        <translation>versions</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complets</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>non terminés</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>the language of questions and answers, e.g. "English" or "ar" (default: the questionnaire's own)</source>
        <translation>la langue des questions et des réponses, par exemple « English » ou « ar » (par défaut : celle du questionnaire)</translation>
    </message>
    <message>
        <source>none (one language only)</source>
        <translation>aucune (une seule langue)</translation>
    </message>
    <message>
        <source>--language "{wanted}": the questionnaire's languages are {listed}</source>
        <translation>--language « {wanted} » : les langues du questionnaire sont {listed}</translation>
    </message>
    <message>
        <source>only this site (repeat for several)</source>
        <translation>seulement ce site (à répéter pour plusieurs)</translation>
    </message>
    <message>
        <source>only this interviewer (repeatable)</source>
        <translation>seulement cet enquêteur (peut être répété)</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>premier jour</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>dernier jour</translation>
    </message>
    <message>
        <source>only this version number</source>
        <translation>seulement ce numéro de version</translation>
    </message>
    <message>
        <source>only interviews meeting a condition such as "sex=female", "age&gt;30" or "drugs includes heroin" (repeat: all must hold). As in SPSS, an answer that is a missing code ("Don't know", "Refused") or blank never meets a condition: "used!=yes" leaves them out; ask for one by name: "used=dont_know"</source>
        <translation>seulement les entretiens qui remplissent une condition comme « sex=female », « age&gt;30 » ou « drugs includes heroin » (à répéter : toutes doivent être vraies). Comme dans SPSS, une réponse qui est un code manquant (« Je ne sais pas », « Refus ») ou vide ne remplit jamais une condition : « used!=yes » les retire ; demandez-en un par son nom : « used=dont_know »</translation>
    </message>
    <message>
        <source>{option} "{text}" is not a date: write it as YEAR-MONTH-DAY, e.g. 2026-03-31</source>
        <translation>{option} « {text} » n'est pas une date : écrivez-la ANNÉE-MOIS-JOUR, par exemple 2026-03-31</translation>
    </message>
    <message>
        <source>duodesk: warning: {count} interview(s) have no date, so --from/--to leave them out; they are not counted below.</source>
        <translation>duodesk : attention : {count} entretien(s) n'ont pas de date, donc --from/--to les retirent ; ils ne sont pas comptés ci-dessous.</translation>
    </message>
    <message>
        <source>--include-interview-data goes with --xlsx: CSV and SPSS files are already one row per interview.</source>
        <translation>--include-interview-data va avec --xlsx : les fichiers CSV et SPSS ont déjà une ligne par entretien.</translation>
    </message>
    <message>
        <source>--coder needs a name (the second coder's); leave --coder out to use the main coding.</source>
        <translation>--coder demande un nom (celui du second codeur) ; n'utilisez pas --coder pour le codage principal.</translation>
    </message>
    <message>
        <source>{name}'s coding</source>
        <translation>le codage de {name}</translation>
    </message>
    <message>
        <source>the main coding (counted in results)</source>
        <translation>le codage principal (compté dans les résultats)</translation>
    </message>
    <message>
        <source>{count} written answer(s) to {question} written to {file}, from {which}.</source>
        <translation>{count} réponse(s) écrite(s) à {question} enregistrée(s) dans {file}, à partir de {which}.</translation>
    </message>
    <message>
        <source>Changed {which}. </source>
        <translation>Modifié : {which}. </translation>
    </message>
    <message>
        <source>cannot use {path}: {reason}</source>
        <translation>impossible d'utiliser {path} : {reason}</translation>
    </message>
    <message>
        <source>say where to write the report: --docx OUT.docx, --pdf OUT.pdf or both.</source>
        <translation>dites où écrire le rapport : --docx OUT.docx, --pdf OUT.pdf ou les deux.</translation>
    </message>
    <message>
        <source>{file}: end the file name with {ending}.</source>
        <translation>{file} : terminez le nom du fichier par {ending}.</translation>
    </message>
    <message>
        <source>This project requires no threshold: each export chooses (default 1 to 4).</source>
        <translation>Ce projet n'exige pas de seuil : chaque export choisit (de 1 à 4 par défaut).</translation>
    </message>
    <message>
        <source>Every export of this project hides numbers from 1 to {n} at least.</source>
        <translation>Chaque export de ce projet cache au moins les nombres de 1 à {n}.</translation>
    </message>
    <message>
        <source>The project and its backups are now locked with the new passphrase.</source>
        <translation>Le projet et ses sauvegardes sont maintenant verrouillés avec la nouvelle phrase secrète.</translation>
    </message>
    <message>
        <source>The project and its backups are no longer encrypted.</source>
        <translation>Le projet et ses sauvegardes ne sont plus chiffrés.</translation>
    </message>
    <message>
        <source>Not changed: the backup {file} is not encrypted. It will be locked with the project's passphrase the next time the project is opened alone.</source>
        <translation>Non modifiée : la sauvegarde {file} n'est pas chiffrée. Elle sera verrouillée avec la phrase secrète du projet la prochaine fois que le projet sera ouvert seul.</translation>
    </message>
    <message>
        <source>Not changed: the backup {file} uses an older passphrase. Delete it if people who knew that passphrase should not read it.</source>
        <translation>Pas changé : la sauvegarde {file} utilise une ancienne phrase secrète. Supprimez-la si des personnes qui connaissaient cette phrase secrète ne doivent pas la lire.</translation>
    </message>
    <message>
        <source>The project is restored from {file}.</source>
        <translation>Le projet est restauré depuis {file}.</translation>
    </message>
    <message>
        <source>What it replaced is kept in {file}.</source>
        <translation>Ce qu'il a remplacé est gardé dans {file}.</translation>
    </message>
    <message>
        <source>{file} (not encrypted)</source>
        <translation>{file} (non chiffrée)</translation>
    </message>
    <message>
        <source>This project has no backups yet.</source>
        <translation>Ce projet n'a pas encore de sauvegarde.</translation>
    </message>
    <message>
        <source>the audit trail is broken: {reason} (checked {records})</source>
        <translation>le journal d'audit est cassé : {reason} ({records} vérifiées)</translation>
    </message>
    <message>
        <source>a fingerprint is 64 letters and digits (0-9 and a-f), as the check printed it; the one given is not: copy it again whole.</source>
        <translation>une empreinte compte 64 lettres et chiffres (0-9 et a-f), comme la vérification l’a affichée ; celle donnée ne les a pas : recopiez-la en entier.</translation>
    </message>
    <message>
        <source>The audit trail is intact: {records}.</source>
        <translation>Le journal d'audit est intact : {records}.</translation>
    </message>
    <message>
        <source>The record you noted down (number {number}) is still in it.</source>
        <translation>L’enregistrement que vous avez noté (n° {number}) y est toujours.</translation>
    </message>
    <message>
        <source>Fingerprint of the newest record: {fingerprint}</source>
        <translation>Empreinte de la note la plus récente : {fingerprint}</translation>
    </message>
    <message>
        <source>Records changed, removed or rewritten are found without it; note it down to find out later whether the newest records were cut off (audit --verify --noted FINGERPRINT).</source>
        <translation>Les enregistrements modifiés, supprimés ou réécrits sont trouvés sans elle ; notez-la pour savoir plus tard si les derniers enregistrements ont été coupés (audit --verify --noted EMPREINTE).</translation>
    </message>
    <message>
        <source>by {name}</source>
        <translation>par {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n record</source>
        <translation><numerusform>%n note</numerusform><numerusform>%n notes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n records</source>
        <translation><numerusform>%n note</numerusform><numerusform>%n notes</numerusform></translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>there is no "list_name" column, which says which list each choice belongs to.</source>
        <translation>il n'y a pas de colonne « list_name », qui dit à quelle liste appartient chaque choix.</translation>
    </message>
    <message>
        <source>"{shown}" starts like a spreadsheet formula; DuoDesk does not read formulas from a choices file (type the value itself).</source>
        <translation>« {shown} » commence comme une formule de tableur ; DuoDesk ne lit pas de formules dans un fichier de choix (tapez la valeur elle-même).</translation>
    </message>
    <message>
        <source>there is no "{value_column}" column for the choices' names (the columns are {columns}).</source>
        <translation>il n'y a pas de colonne « {value_column} » pour les noms des choix (les colonnes sont {columns}).</translation>
    </message>
    <message>
        <source>this choice has no name.</source>
        <translation>ce choix n'a pas de nom.</translation>
    </message>
    <message>
        <source>the file uses XML entities or a document type, which DuoDesk refuses.</source>
        <translation>le fichier utilise des entités XML ou un type de document, ce que DuoDesk refuse.</translation>
    </message>
    <message>
        <source>this is not readable XML ({error}).</source>
        <translation>ce n'est pas du XML lisible ({error}).</translation>
    </message>
    <message>
        <source>there are more than {max_rows:,} items.</source>
        <translation>il y a plus de {max_rows:,} éléments.</translation>
    </message>
    <message>
        <source>&lt;{tag}&gt; holds more elements; each column of an item must be text (at most {max_xml_depth} levels: root, item, column).</source>
        <translation>&lt;{tag}&gt; contient d'autres éléments ; chaque colonne d'un élément doit être du texte (au plus {max_xml_depth} niveaux : racine, élément, colonne).</translation>
    </message>
    <message>
        <source>a value holds more than {max_cell_chars:,} characters.</source>
        <translation>une valeur contient plus de {max_cell_chars:,} caractères.</translation>
    </message>
    <message>
        <source>this is not readable GeoJSON ({error}).</source>
        <translation>ce n'est pas du GeoJSON lisible ({error}).</translation>
    </message>
    <message>
        <source>this is not a GeoJSON FeatureCollection (there is no "features" list).</source>
        <translation>ce n'est pas une FeatureCollection GeoJSON (il n'y a pas de liste « features »).</translation>
    </message>
    <message>
        <source>there are more than {max_rows:,} features.</source>
        <translation>il y a plus de {max_rows:,} objets.</translation>
    </message>
    <message>
        <source>this feature has no properties.</source>
        <translation>cet objet n'a pas de propriétés.</translation>
    </message>
    <message>
        <source>this file is empty.</source>
        <translation>ce fichier est vide.</translation>
    </message>
    <message>
        <source>This expression is nested too deeply</source>
        <translation>Cette expression a trop de niveaux imbriqués</translation>
    </message>
    <message>
        <source>The expression is empty</source>
        <translation>L'expression est vide</translation>
    </message>
    <message>
        <source>There is a ')' here with no '(' before it</source>
        <translation>Il y a ici une « ) » sans « ( » avant</translation>
    </message>
    <message>
        <source>Expected an operator such as 'and', '=' or '+' before {token}</source>
        <translation>Il faut un opérateur comme « and », « = » ou « + » avant {token}</translation>
    </message>
    <message>
        <source>This expression has too many operators in a row (the limit is {max_tree_height}); split it into several calculations</source>
        <translation>Cette expression a trop d'opérateurs à la suite (la limite est {max_tree_height}) ; coupez-la en plusieurs calculs</translation>
    </message>
    <message>
        <source>This expression is nested too deeply (the limit is {max_nesting} levels)</source>
        <translation>Cette expression a trop de niveaux imbriqués (la limite est {max_nesting} niveaux)</translation>
    </message>
    <message>
        <source>'{value}' needs a value after it</source>
        <translation>« {value} » a besoin d'une valeur après</translation>
    </message>
    <message>
        <source>'(' needs an expression inside it</source>
        <translation>« ( » doit contenir une expression</translation>
    </message>
    <message>
        <source>'{value}' needs a value before it</source>
        <translation>« {value} » a besoin d'une valeur avant</translation>
    </message>
    <message>
        <source>The expression ends where a value is expected</source>
        <translation>L'expression se termine là où une valeur est attendue</translation>
    </message>
    <message>
        <source>Expected a value here, not {token}</source>
        <translation>Il faut une valeur ici, pas {token}</translation>
    </message>
    <message>
        <source>Name the column to read after the item, as in instance('{list_name}')/root/item[name = ${{q}}]/label</source>
        <translation>Donnez la colonne à lire après l'élément, comme dans instance('{list_name}')/root/item[name = ${{q}}]/label</translation>
    </message>
    <message>
        <source>; did you mean {name}()?</source>
        <translation> ; vouliez-vous dire {name}() ?</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>la fin</translation>
    </message>
    <message>
        <source>This '(' is never closed</source>
        <translation>Cette « ( » n'est jamais fermée</translation>
    </message>
    <message>
        <source>Expected ')' or an operator before {token}</source>
        <translation>Il faut « ) » ou un opérateur avant {token}</translation>
    </message>
    <message>
        <source>{name}() belongs to {program}, not to ODK XLSForms; DuoDesk (like ODK Collect) cannot work it out, so remove it or replace it</source>
        <translation>{name}() appartient à {program}, pas aux XLSForms d'ODK ; DuoDesk (comme ODK Collect) ne sait pas le calculer, donc retirez-le ou remplacez-le</translation>
    </message>
    <message>
        <source>Unknown function {name}(){hint}</source>
        <translation>Fonction inconnue {name}(){hint}</translation>
    </message>
    <message>
        <source>{name}() has an empty argument here</source>
        <translation>{name}() a un argument vide ici</translation>
    </message>
    <message>
        <source>This '{name}(' is never closed</source>
        <translation>Ce « {name}( » n'est jamais fermé</translation>
    </message>
    <message>
        <source>{name}() {value}, not {args}</source>
        <translation>{name}() {value}, pas {args}</translation>
    </message>
    <message>
        <source>jr:choice-name() needs the question whose choice it names in quotes, as in jr:choice-name(${q}, '${q}')</source>
        <translation>jr:choice-name() a besoin, entre guillemets, de la question dont il nomme le choix, comme dans jr:choice-name(${q}, '${q}')</translation>
    </message>
    <message>
        <source>This regex pattern is too long ({pattern:,} characters; the limit is {max_pattern_length})</source>
        <translation>Ce motif regex est trop long ({pattern:,} caractères ; la limite est {max_pattern_length})</translation>
    </message>
    <message>
        <source>This regex pattern is not valid: {msg}</source>
        <translation>Ce motif regex n'est pas valide : {msg}</translation>
    </message>
    <message>
        <source>This regex pattern is not valid</source>
        <translation>Ce motif regex n'est pas valide</translation>
    </message>
    <message>
        <source>This regex pattern has a ')' with no '(' before it</source>
        <translation>Ce motif regex a une « ) » sans « ( » avant</translation>
    </message>
    <message>
        <source>In this regex pattern a '*', '+' or '?' has nothing to repeat</source>
        <translation>Dans ce motif regex, un « * », « + » ou « ? » n'a rien à répéter</translation>
    </message>
    <message>
        <source>Possessive quantifiers (*+, ++) are not supported in regex()</source>
        <translation>Les quantificateurs possessifs (*+, ++) ne sont pas pris en charge dans regex()</translation>
    </message>
    <message>
        <source>This regex pattern repeats too many times to check quickly</source>
        <translation>Ce motif regex répète trop de fois pour être vérifié vite</translation>
    </message>
    <message>
        <source>This regex pattern has a '[' that is never closed</source>
        <translation>Ce motif regex a un « [ » qui n'est jamais fermé</translation>
    </message>
    <message>
        <source>This regex pattern ends with a lone backslash</source>
        <translation>Ce motif regex finit par une barre oblique inverse seule</translation>
    </message>
    <message>
        <source>Back-references like \1 are not supported in regex()</source>
        <translation>Les références arrière comme \1 ne sont pas prises en charge dans regex()</translation>
    </message>
    <message>
        <source>This regex pattern has a group name that is never closed</source>
        <translation>Ce motif regex a un nom de groupe qui n'est jamais fermé</translation>
    </message>
    <message>
        <source>This regex pattern nests groups too deeply</source>
        <translation>Ce motif regex a trop de groupes imbriqués</translation>
    </message>
    <message>
        <source>This regex pattern has a '(' that is never closed</source>
        <translation>Ce motif regex a une « ( » qui n'est jamais fermée</translation>
    </message>
    <message>
        <source>This regex pattern is not valid: {text}</source>
        <translation>Ce motif regex n'est pas valide : {text}</translation>
    </message>
    <message>
        <source>Look-ahead and look-behind groups are not supported in regex()</source>
        <translation>Les groupes d'anticipation et de rétrospection ne sont pas pris en charge dans regex()</translation>
    </message>
    <message>
        <source>Back-references are not supported in regex()</source>
        <translation>Les références arrière ne sont pas prises en charge dans regex()</translation>
    </message>
    <message>
        <source>Atomic groups (?&gt;...) are not supported in regex()</source>
        <translation>Les groupes atomiques (?&gt;...) ne sont pas pris en charge dans regex()</translation>
    </message>
    <message>
        <source>Inline flags and special groups like (?i) are not supported in regex()</source>
        <translation>Les options en ligne et les groupes spéciaux comme (?i) ne sont pas pris en charge dans regex()</translation>
    </message>
    <message>
        <source>This regex pattern repeats too much to check quickly; use smaller {n,m} counts</source>
        <translation>Ce motif regex répète trop pour être vérifié vite ; utilisez des nombres {n,m} plus petits</translation>
    </message>
    <message>
        <source>DuoDesk does not support ODK paths; refer to a question as ${name}</source>
        <translation>DuoDesk ne prend pas en charge les chemins ODK ; désignez une question par ${name}</translation>
    </message>
    <message>
        <source>This expression is too long ({text:,} characters; the limit is {max_expression_length:,})</source>
        <translation>Cette expression est trop longue ({text:,} caractères ; la limite est {max_expression_length:,})</translation>
    </message>
    <message>
        <source>This text is never closed: add a {c} at its end</source>
        <translation>Ce texte n'est jamais fermé : ajoutez un {c} à la fin</translation>
    </message>
    <message>
        <source>'..' cannot be used here: {path_hint}</source>
        <translation>« .. » ne peut pas être utilisé ici : {path_hint}</translation>
    </message>
    <message>
        <source>A '$' must start a question reference like ${age}</source>
        <translation>Un « $ » doit commencer une référence à une question comme ${age}</translation>
    </message>
    <message>
        <source>This '${' is never closed with '}'</source>
        <translation>Ce « ${ » n'est jamais fermé par « } »</translation>
    </message>
    <message>
        <source>'${}' needs a question name between the braces</source>
        <translation>« ${} » a besoin d'un nom de question entre les accolades</translation>
    </message>
    <message>
        <source>'{value}' is not a question reference: put just one question name between ${{ and }}</source>
        <translation>« {value} » n'est pas une référence à une question : mettez un seul nom de question entre ${{ et }}</translation>
    </message>
    <message>
        <source>This '[' is never closed with ']'</source>
        <translation>Ce « [ » n'est jamais fermé par « ] »</translation>
    </message>
    <message>
        <source>'[]' needs a condition between the brackets</source>
        <translation>« [] » a besoin d'une condition entre les crochets</translation>
    </message>
    <message>
        <source>'!' must be followed by '=' (to negate, write not(...))</source>
        <translation>« ! » doit être suivi de « = » (pour une négation, écrivez not(...))</translation>
    </message>
    <message>
        <source>'{c}' cannot be used here: {path_hint}</source>
        <translation>« {c} » ne peut pas être utilisé ici : {path_hint}</translation>
    </message>
    <message>
        <source>'|' (node-set union) is not supported</source>
        <translation>« | » (union d'ensembles de nœuds) n'est pas pris en charge</translation>
    </message>
    <message>
        <source>Unexpected character {c}</source>
        <translation>Caractère inattendu {c}</translation>
    </message>
    <message>
        <source>A group cannot be moved inside itself</source>
        <translation>Un groupe ne peut pas être déplacé dans lui-même</translation>
    </message>
    <message>
        <source>up to {number}: {name}</source>
        <translation>jusqu’à {number} : {name}</translation>
    </message>
    <message>
        <source>less than {number}: {name}</source>
        <translation>moins de {number} : {name}</translation>
    </message>
    <message>
        <source>bands need a question and at least one band</source>
        <translation>les tranches ont besoin d'une question et d'au moins une tranche</translation>
    </message>
    <message>
        <source>a band's name cannot hold both ' and ": {text}</source>
        <translation>le nom d'une tranche ne peut pas contenir à la fois ' et " : {text}</translation>
    </message>
    <message>
        <source>a participant code needs one answer per element, and some elements</source>
        <translation>un code participant a besoin d'une réponse par élément, et de quelques éléments</translation>
    </message>
    <message>
        <source>cannot read the passphrase file {path}: {strerror}</source>
        <translation>impossible de lire le fichier de phrase secrète {path} : {strerror}</translation>
    </message>
    <message>
        <source>the passphrase file {path} is not UTF-8 text; save it as UTF-8 and try again</source>
        <translation>le fichier de phrase secrète {path} n'est pas du texte UTF-8 ; enregistrez-le en UTF-8 et réessayez</translation>
    </message>
    <message>
        <source>the passphrase file {path} is empty</source>
        <translation>le fichier de phrase secrète {path} est vide</translation>
    </message>
    <message>
        <source>unknown questionnaire format {value!r}</source>
        <translation>format de questionnaire inconnu {value!r}</translation>
    </message>
    <message>
        <source>there are more than {max_rows:,} rows of data, more than DuoDesk reads from this kind of file.</source>
        <translation>il y a plus de {max_rows:,} lignes de données, plus que ce que DuoDesk lit dans ce type de fichier.</translation>
    </message>
    <message>
        <source>this row has more values than the header has columns ({width}); a value may contain an unquoted separator.</source>
        <translation>cette ligne a plus de valeurs que l'en-tête n'a de colonnes ({width}) ; une valeur contient peut-être un séparateur sans guillemets.</translation>
    </message>
    <message>
        <source>{where} is empty.</source>
        <translation>{where} est vide.</translation>
    </message>
    <message>
        <source>the sheet numbers its rows past {excel_max_rows:,}, Excel's limit; the file is damaged. {save_as_xlsx}</source>
        <translation>la feuille numérote ses lignes au-delà de {excel_max_rows:,}, la limite d'Excel ; le fichier est abîmé. {save_as_xlsx}</translation>
    </message>
    <message>
        <source>the sheet is larger than Excel allows; the file is damaged. {save_as_xlsx}</source>
        <translation>la feuille est plus grande qu'Excel ne le permet ; le fichier est abîmé. {save_as_xlsx}</translation>
    </message>
    <message>
        <source>there are {matches} sheets called "{sheet_name}" ({listed}); rename all but one.</source>
        <translation>il y a {matches} feuilles appelées « {sheet_name} » ({listed}) ; renommez-les toutes sauf une.</translation>
    </message>
    <message>
        <source>this workbook has no worksheets.</source>
        <translation>ce classeur n'a pas de feuille de calcul.</translation>
    </message>
    <message>
        <source>there is no sheet called "{sheet}" (the sheets are {listed}).</source>
        <translation>il n'y a pas de feuille appelée « {sheet} » (les feuilles sont {listed}).</translation>
    </message>
    <message>
        <source>The team passphrase needs at least {minimum_length} characters: it locks every interview and the participant-code key. Choose a longer one; nothing was written.</source>
        <translation>La phrase secrète de l'équipe doit avoir au moins {minimum_length} caractères : elle verrouille chaque entretien et la clé des codes participants. Choisissez-en une plus longue ; rien n'a été écrit.</translation>
    </message>
    <message>
        <source>The passphrase file {name} holds no passphrase.</source>
        <translation>Le fichier de phrase secrète {name} ne contient aucune phrase secrète.</translation>
    </message>
    <message>
        <source>{path} is a folder: give the name of the transfer file to write.</source>
        <translation>{path} est un dossier : donnez le nom du fichier de transfert à écrire.</translation>
    </message>
    <message>
        <source>{name} already exists and is not a transfer file, so DuoDesk does not write over it; nothing was changed. Choose another name.</source>
        <translation>{name} existe déjà et n'est pas un fichier de transfert, donc DuoDesk ne l'écrase pas ; rien n'a été changé. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>{name} was changed or damaged after it was written, so nothing was read from it. Ask for the file to be sent again.</source>
        <translation>{name} a été modifié ou endommagé après avoir été écrit, donc rien n’y a été lu. Demandez qu’on vous renvoie le fichier.</translation>
    </message>
    <message>
        <source>{name} is not complete (it was cut short, perhaps while being copied), so nothing was read from it. Copy it again and try once more.</source>
        <translation>{name} n’est pas complet (il a été tronqué, peut-être pendant la copie), donc rien n’y a été lu. Copiez-le de nouveau et réessayez.</translation>
    </message>
    <message>
        <source>{name} cannot be opened: {strerror}.</source>
        <translation>{name} ne peut pas être ouvert : {strerror}.</translation>
    </message>
    <message>
        <source>{name} is not a DuoDesk transfer file.</source>
        <translation>{name} n'est pas un fichier de transfert DuoDesk.</translation>
    </message>
    <message>
        <source>{name} was written by a newer version of DuoDesk. Install the newer version to read it; nothing was changed.</source>
        <translation>{name} a été écrit par une version plus récente de DuoDesk. Installez la version plus récente pour le lire ; rien n'a été changé.</translation>
    </message>
    <message>
        <source>The team passphrase does not open {name}: it was made with another passphrase (capital letters count). Nothing was changed.</source>
        <translation>La phrase secrète de l'équipe n'ouvre pas {name} : il a été fait avec une autre phrase secrète (les majuscules comptent). Rien n'a été changé.</translation>
    </message>
    <message>
        <source>{raw} cannot be read as text</source>
        <translation>{raw} ne peut pas être lu comme du texte</translation>
    </message>
    <message>
        <source>{raw} is not a whole number</source>
        <translation>{raw} n'est pas un nombre entier</translation>
    </message>
    <message>
        <source>{raw} is not a whole number{hint}</source>
        <translation>{raw} n'est pas un nombre entier{hint}</translation>
    </message>
    <message>
        <source>{raw} is too large for a whole number (the limit is {int64_max:,})</source>
        <translation>{raw} est trop grand pour un nombre entier (la limite est {int64_max:,})</translation>
    </message>
    <message>
        <source>(write it without commas or spaces)</source>
        <translation>(écrivez-le sans virgules ni espaces)</translation>
    </message>
    <message>
        <source>{raw} is not a number</source>
        <translation>{raw} n'est pas un nombre</translation>
    </message>
    <message>
        <source>(use a point for decimals, as in 1.5)</source>
        <translation>(utilisez un point pour les décimales, comme dans 1.5)</translation>
    </message>
    <message>
        <source>{raw} is not a number{hint}</source>
        <translation>{raw} n'est pas un nombre{hint}</translation>
    </message>
    <message>
        <source>{raw} is too large to store as a number</source>
        <translation>{raw} est trop grand pour être enregistré comme nombre</translation>
    </message>
    <message>
        <source>{raw} would need more than {limit} digits written out; write it with fewer digits, or nearer to 1</source>
        <translation>{raw} demanderait plus de {limit} chiffres écrits en entier ; écrivez-le avec moins de chiffres, ou plus près de 1</translation>
    </message>
    <message>
        <source>{raw} has a time of day; this question takes a date only</source>
        <translation>{raw} a une heure ; cette question prend seulement une date</translation>
    </message>
    <message>
        <source>{raw} is not a real date</source>
        <translation>{raw} n'est pas une vraie date</translation>
    </message>
    <message>
        <source>{raw} is not written as YYYY-MM-DD; DuoDesk does not guess whether a date like 05/01/2024 means 5 January or May 1</source>
        <translation>{raw} n'est pas écrit AAAA-MM-JJ ; DuoDesk ne devine pas si une date comme 05/01/2024 veut dire le 5 janvier ou le 1er mai</translation>
    </message>
    <message>
        <source>{raw} is not a date written as YYYY-MM-DD</source>
        <translation>{raw} n'est pas une date écrite AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>{raw} is a date and time; this question takes a time only</source>
        <translation>{raw} est une date et une heure ; cette question prend seulement une heure</translation>
    </message>
    <message>
        <source>{raw} is not a time written as HH:MM or HH:MM:SS</source>
        <translation>{raw} n'est pas une heure écrite HH:MM ou HH:MM:SS</translation>
    </message>
    <message>
        <source>{raw} is not written as YYYY-MM-DDTHH:MM:SS; DuoDesk does not guess whether a date like 05/01/2024 means 5 January or May 1</source>
        <translation>{raw} n'est pas écrit AAAA-MM-JJTHH:MM:SS ; DuoDesk ne devine pas si une date comme 05/01/2024 veut dire le 5 janvier ou le 1er mai</translation>
    </message>
    <message>
        <source>{raw} is not a date and time written as YYYY-MM-DDTHH:MM:SS</source>
        <translation>{raw} n'est pas une date et heure écrite AAAA-MM-JJTHH:MM:SS</translation>
    </message>
    <message>
        <source>the range's {key} "{text}" is not a number</source>
        <translation>le {key} de l'intervalle, « {text} », n'est pas un nombre</translation>
    </message>
    <message>
        <source>the range's {key} "{text}" is too large or has too many decimals (at most {range_decimals} decimals, and below {range_limit:,})</source>
        <translation>le {key} de l'intervalle, « {text} », est trop grand ou a trop de décimales (au plus {range_decimals} décimales, et moins de {range_limit:,})</translation>
    </message>
    <message>
        <source>the range's step is 0</source>
        <translation>le pas de l'intervalle est 0</translation>
    </message>
    <message>
        <source>{raw} is outside the range {shown}</source>
        <translation>{raw} est en dehors de l'intervalle {shown}</translation>
    </message>
    <message>
        <source>{raw} is not one of the steps of the range {shown} (in steps of {value})</source>
        <translation>{raw} n'est pas un des pas de l'intervalle {shown} (par pas de {value})</translation>
    </message>
    <message>
        <source>{raw} is not a location written as latitude longitude</source>
        <translation>{raw} n'est pas un lieu écrit latitude longitude</translation>
    </message>
    <message>
        <source>{raw} has several points; this question takes one</source>
        <translation>{raw} a plusieurs points ; cette question en prend un</translation>
    </message>
    <message>
        <source>{raw}: {what} needs at least {at_least} points</source>
        <translation>{raw} : {what} a besoin d'au moins {at_least} points</translation>
    </message>
    <message>
        <source>{raw} is not a location: write the latitude and longitude, as in 55.95 -3.19 (altitude and accuracy may follow)</source>
        <translation>{raw} n'est pas un lieu : écrivez la latitude et la longitude, comme 55.95 -3.19 (l'altitude et la précision peuvent suivre)</translation>
    </message>
    <message>
        <source>{raw}: {text} is not a number</source>
        <translation>{raw} : {text} n'est pas un nombre</translation>
    </message>
    <message>
        <source>{raw}: the latitude must be between -90 and 90</source>
        <translation>{raw} : la latitude doit être entre -90 et 90</translation>
    </message>
    <message>
        <source>{raw}: the longitude must be between -180 and 180</source>
        <translation>{raw} : la longitude doit être entre -180 et 180</translation>
    </message>
    <message>
        <source>{raw}: the accuracy cannot be negative</source>
        <translation>{raw} : la précision ne peut pas être négative</translation>
    </message>
    <message>
        <source>{raw} should be OK (acknowledged) or empty</source>
        <translation>{raw} devrait être OK (confirmé) ou vide</translation>
    </message>
    <message>
        <source>A note takes no answer, but it was given {raw}</source>
        <translation>Une note ne prend pas de réponse, mais elle a reçu {raw}</translation>
    </message>
    <message>
        <source>{raw} is not a choice name</source>
        <translation>{raw} n'est pas un nom de choix</translation>
    </message>
    <message>
        <source>{raw} names more than one choice; this question takes one answer</source>
        <translation>{raw} nomme plus d'un choix ; cette question prend une seule réponse</translation>
    </message>
    <message>
        <source>the external choices</source>
        <translation>les choix externes</translation>
    </message>
    <message>
        <source>the choices come from {where}, which was not added with the questionnaire; add it first</source>
        <translation>les choix viennent de {where}, qui n’a pas été ajouté avec le questionnaire ; ajoutez-le d’abord</translation>
    </message>
    <message>
        <source>{answer} is not one of the choices: {choices}</source>
        <translation>{answer} ne fait pas partie des choix : {choices}</translation>
    </message>
    <message>
        <source>{answers} are not among the choices: {choices}</source>
        <translation>{answers} ne font pas partie des choix : {choices}</translation>
    </message>
    <message>
        <source>({label} is the label of {name}; use choice names)</source>
        <translation>({label} est le libellé de {name} ; utilisez les noms des choix)</translation>
    </message>
    <message>
        <source>this is a folder, not a file.</source>
        <translation>c'est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>this file does not exist (was it moved?).</source>
        <translation>ce fichier n'existe pas (a-t-il été déplacé ?).</translation>
    </message>
    <message>
        <source>this file cannot be read ({strerror}).</source>
        <translation>ce fichier ne peut pas être lu ({strerror}).</translation>
    </message>
    <message>
        <source>this file is {value:,.0f} MB, more than the {value2:,.0f} MB DuoDesk reads.</source>
        <translation>ce fichier fait {value:,.0f} Mo, plus que les {value2:,.0f} Mo que DuoDesk lit.</translation>
    </message>
    <message>
        <source>this workbook is protected with a password. Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook) and save it again.</source>
        <translation>ce classeur est protégé par un mot de passe. Ouvrez-le dans Excel, retirez le mot de passe (Fichier &gt; Informations &gt; Protéger le classeur) et enregistrez-le de nouveau.</translation>
    </message>
    <message>
        <source>this is an old-style Excel 97-2003 workbook (.xls). {save_as_xlsx}</source>
        <translation>c'est un ancien classeur Excel 97-2003 (.xls). {save_as_xlsx}</translation>
    </message>
    <message>
        <source>It looks like a text file; if it holds CSV data, rename it to .csv.</source>
        <translation>Il ressemble à un fichier texte ; s'il contient des données CSV, renommez-le en .csv.</translation>
    </message>
    <message>
        <source>this file is not an Excel workbook (.xlsx).{hint}</source>
        <translation>ce fichier n'est pas un classeur Excel (.xlsx).{hint}</translation>
    </message>
    <message>
        <source>this workbook has an impossible number of parts.</source>
        <translation>ce classeur a un nombre impossible de parties.</translation>
    </message>
    <message>
        <source>this is an Excel binary workbook (.xlsb). {save_as_xlsx}</source>
        <translation>c'est un classeur binaire Excel (.xlsb). {save_as_xlsx}</translation>
    </message>
    <message>
        <source>this is an OpenDocument spreadsheet. {save_as_xlsx}</source>
        <translation>c'est une feuille de calcul OpenDocument. {save_as_xlsx}</translation>
    </message>
    <message>
        <source>this file is not an Excel workbook (.xlsx): it is a zip archive with no workbook inside.</source>
        <translation>ce fichier n'est pas un classeur Excel (.xlsx) : c'est une archive zip sans classeur dedans.</translation>
    </message>
    <message>
        <source>this workbook contains a part with an unsafe name ({name!r}); it was not made by a spreadsheet program and will not be opened.</source>
        <translation>ce classeur contient une partie avec un nom dangereux ({name!r}) ; il n'a pas été fait par un tableur et ne sera pas ouvert.</translation>
    </message>
    <message>
        <source>this workbook is protected with a password.</source>
        <translation>ce classeur est protégé par un mot de passe.</translation>
    </message>
    <message>
        <source>this workbook unpacks to far more data than its size suggests ({name} alone claims {value:,.0f} MB); it may be a 'zip bomb' and will not be opened.</source>
        <translation>ce classeur se décompresse en beaucoup plus de données que sa taille ne le laisse penser ({name} seul annonce {value:,.0f} Mo) ; c'est peut-être une « bombe zip » et il ne sera pas ouvert.</translation>
    </message>
    <message>
        <source>this workbook has a part ({filename}) in an unsupported text encoding.</source>
        <translation>ce classeur a une partie ({filename}) dans un encodage de texte non pris en charge.</translation>
    </message>
    <message>
        <source>this workbook contains an XML document type declaration ({filename}), which spreadsheet programs never write; it may be an attack (an 'XML bomb') and will not be opened.</source>
        <translation>ce classeur contient une déclaration de type de document XML ({filename}), ce que les tableurs n'écrivent jamais ; c'est peut-être une attaque (une « bombe XML ») et il ne sera pas ouvert.</translation>
    </message>
    <message>
        <source>this workbook has a sheet ({filename}) with more rows than Excel allows ({excel_max_rows:,}); it was not made by a spreadsheet program.</source>
        <translation>ce classeur a une feuille ({filename}) avec plus de lignes qu'Excel ne le permet ({excel_max_rows:,}) ; il n'a pas été fait par un tableur.</translation>
    </message>
    <message>
        <source>{message} (at position {position})</source>
        <translation>{message} (à la position {position})</translation>
    </message>
    <message numerus="yes">
        <source>takes at least %n argument</source>
        <translation><numerusform>prend au moins %n argument</numerusform><numerusform>prend au moins %n arguments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>takes at least %n arguments</source>
        <translation><numerusform>prend au moins %n argument</numerusform><numerusform>prend au moins %n arguments</numerusform></translation>
    </message>
    <message>
        <source>takes no arguments</source>
        <translation>ne prend aucun argument</translation>
    </message>
    <message numerus="yes">
        <source>takes %n argument</source>
        <translation><numerusform>prend %n argument</numerusform><numerusform>prend %n arguments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>takes %n arguments</source>
        <translation><numerusform>prend %n argument</numerusform><numerusform>prend %n arguments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>takes {minimum} to %n argument</source>
        <translation><numerusform>prend de {minimum} à %n argument</numerusform><numerusform>prend de {minimum} à %n arguments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>takes {minimum} to %n arguments</source>
        <translation><numerusform>prend de {minimum} à %n argument</numerusform><numerusform>prend de {minimum} à %n arguments</numerusform></translation>
    </message>
</context>
<context>
    <name>DesktopCheck</name>
    <message>
        <source>DuoDesk cannot open its window: no desktop screen was found (DISPLAY is not set). Start it from the desktop; the commands (duodesk --help) work without one.</source>
        <translation>DuoDesk ne peut pas ouvrir sa fenêtre : aucun écran de bureau n'a été trouvé (DISPLAY n'est pas défini). Lancez-le depuis le bureau ; les commandes (duodesk --help) fonctionnent sans écran.</translation>
    </message>
    <message>
        <source>DuoDesk cannot open its window: system libraries are missing. Install them with: {command}</source>
        <translation>DuoDesk ne peut pas ouvrir sa fenêtre : des bibliothèques du système manquent. Installez-les avec : {command}</translation>
    </message>
    <message>
        <source>DuoDesk cannot open its window: no screen can be reached at DISPLAY={display}. Start it from the desktop itself, or over ssh with X forwarding (ssh -X); the commands (duodesk --help) work without a screen.</source>
        <translation>DuoDesk ne peut pas ouvrir sa fenêtre : aucun écran ne répond à DISPLAY={display}. Lancez-le depuis le bureau lui-même, ou par ssh avec le transfert X (ssh -X) ; les commandes (duodesk --help) fonctionnent sans écran.</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>This answer is not allowed here</source>
        <translation>Cette réponse n’est pas permise ici</translation>
    </message>
    <message>
        <source>An answer is needed here</source>
        <translation>Une réponse est nécessaire ici</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>The threshold for small numbers must be from {low} to {high}, not {n}</source>
        <translation>Le seuil pour les petits nombres doit être de {low} à {high}, pas {n}</translation>
    </message>
    <message>
        <source>This project requires numbers from 1 to {n} to be hidden in every export, so small numbers cannot be shown.</source>
        <translation>Ce projet exige que les nombres de 1 à {n} soient cachés dans chaque export, donc les petits nombres ne peuvent pas être montrés.</translation>
    </message>
    <message>
        <source>This project requires numbers from 1 to {n} to be hidden in every export; hiding only 1 to {threshold} is not allowed.</source>
        <translation>Ce projet exige que les nombres de 1 à {n} soient cachés dans chaque export ; cacher seulement de 1 à {threshold} n'est pas permis.</translation>
    </message>
    <message>
        <source>The part chosen ({part}) leaves out only 1 to {threshold} of the interviews: set beside the results for every interview, its numbers would give those few people's answers by subtraction. Choose a part that leaves out none of the interviews, or at least {n} of them.</source>
        <translation>La partie choisie ({part}) ne laisse de côté que 1 à {threshold} des entretiens : mis à côté des résultats de tous les entretiens, ses nombres donneraient par soustraction les réponses de ces quelques personnes. Choisissez une partie qui ne laisse de côté aucun entretien, ou au moins {n}.</translation>
    </message>
    <message>
        <source>the site “{name}”</source>
        <translation>le lieu « {name} »</translation>
    </message>
    <message>
        <source>the interviews with no site</source>
        <translation>les entretiens sans lieu</translation>
    </message>
    <message>
        <source>The part chosen ({part}) is chosen by site, and {which} has only 1 to {threshold} interviews: parts chosen by site could be subtracted from each other and from the whole survey to give those few people's answers. Choose every site, or choose the part another way.</source>
        <translation>La partie choisie ({part}) est choisie par lieu, et {which} n'a que 1 à {threshold} entretiens : en soustrayant des parties choisies par lieu les unes des autres et de toute l'enquête, on trouverait les réponses de ces quelques personnes. Choisissez tous les lieux, ou choisissez la partie autrement.</translation>
    </message>
    <message>
        <source>the interviewer “{name}”</source>
        <translation>l'enquêteur « {name} »</translation>
    </message>
    <message>
        <source>the interviews with no interviewer</source>
        <translation>les entretiens sans enquêteur</translation>
    </message>
    <message>
        <source>The part chosen ({part}) is chosen by interviewer, and {which} has only 1 to {threshold} interviews: parts chosen by interviewer could be subtracted from each other and from the whole survey to give those few people's answers. Choose every interviewer, or choose the part another way.</source>
        <translation>La partie choisie ({part}) est choisie par enquêteur, et {which} n'a que 1 à {threshold} entretiens : en soustrayant des parties choisies par enquêteur les unes des autres et de toute l'enquête, on trouverait les réponses de ces quelques personnes. Choisissez tous les enquêteurs, ou choisissez la partie autrement.</translation>
    </message>
    <message>
        <source>The part chosen ({part}) is chosen by the answers to “{question}”, and in the whole survey one of the groups those answers make holds only 1 to {threshold} people: the number of interviews in the part, set beside the tables of every interview, would give that small group's number by subtraction. Choose the part by site or by dates instead, or publish every interview.</source>
        <translation>La partie choisie ({part}) est choisie par les réponses à « {question} », et dans toute l'enquête l'un des groupes que font ces réponses ne compte que 1 à {threshold} personnes : le nombre d'entretiens de la partie, mis à côté des tableaux de tous les entretiens, donnerait le nombre de ce petit groupe par soustraction. Choisissez plutôt la partie par lieu ou par dates, ou publiez tous les entretiens.</translation>
    </message>
    <message>
        <source>the counts do not agree with their totals</source>
        <translation>les effectifs ne correspondent pas à leurs totaux</translation>
    </message>
    <message>
        <source>every row of the table must have the same number of cells</source>
        <translation>chaque ligne du tableau doit avoir le même nombre de cellules</translation>
    </message>
    <message>
        <source>counts cannot be negative</source>
        <translation>les effectifs ne peuvent pas être négatifs</translation>
    </message>
    <message>
        <source>The part chosen ({part}) holds no interview, so there is nothing to publish. Choose a part that holds at least {n} interviews, or every interview.</source>
        <translation>La partie choisie ({part}) ne contient aucun entretien : il n'y a rien à publier. Choisissez une partie d'au moins {n} entretiens, ou tous les entretiens.</translation>
    </message>
    <message>
        <source>This questionnaire has only 1 to {threshold} complete interviews: in tables of so few, the zeros and the totals would give those few people's answers away, so none can be published. Wait until it has at least {n} interviews. Files that stay within the group (CSV or SPSS) can be exported now.</source>
        <translation>Ce questionnaire n'a que 1 à {threshold} entretiens complets : dans des tableaux d'aussi peu d'entretiens, les zéros et les totaux révéleraient les réponses de ces quelques personnes, donc aucun ne peut être publié. Attendez qu'il ait au moins {n} entretiens. Les fichiers qui restent dans le groupe (CSV ou SPSS) peuvent être exportés dès maintenant.</translation>
    </message>
    <message>
        <source>The part chosen ({part}) holds only 1 to {threshold} interviews: its zeros would give those few people's answers away. Choose a part that holds at least {n} interviews, or every interview.</source>
        <translation>La partie choisie ({part}) ne contient que 1 à {threshold} entretiens : ses zéros révéleraient les réponses de ces quelques personnes. Choisissez une partie d'au moins {n} entretiens, ou tous les entretiens.</translation>
    </message>
    <message>
        <source>The part chosen ({part}) differs by only 1 to {threshold} interviews from a part already published from this project: side by side, the two would give those few people's answers by subtraction. Choose the same interviews as before (for example up to the same date), or wait until the part differs from every earlier one by at least {more} interviews.</source>
        <translation>La partie choisie ({part}) ne diffère que de 1 à {threshold} entretiens d'une partie déjà publiée de ce projet : côte à côte, les deux donneraient les réponses de ces quelques personnes par soustraction. Choisissez les mêmes entretiens qu'avant (par exemple jusqu'à la même date), ou attendez que la partie diffère de chaque partie publiée d'au moins {more} entretiens.</translation>
    </message>
    <message>
        <source>Exported to {file}; the number of interviews is hidden there, so it is not given here either.</source>
        <translation>Exporté dans {file} ; le nombre d'entretiens y est caché, il n'est donc pas donné ici non plus.</translation>
    </message>
    <message numerus="yes">
        <source>%n interview exported to {file}.</source>
        <translation><numerusform>%n entretien exporté dans {file}.</numerusform><numerusform>%n entretiens exportés dans {file}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n interviews exported to {file}.</source>
        <translation><numerusform>%n entretien exporté dans {file}.</numerusform><numerusform>%n entretiens exportés dans {file}.</numerusform></translation>
    </message>
    <message>
        <source>One row per interview in {file}: it can identify people, keep it within the group.</source>
        <translation>Une ligne par entretien dans {file} : ce fichier peut identifier des personnes, gardez-le dans le groupe.</translation>
    </message>
    <message>
        <source>One row per repeat instance in {files} (joined to the interviews by _interview).</source>
        <translation>Une ligne par réponse répétée dans {files} (reliée aux entretiens par _interview).</translation>
    </message>
    <message>
        <source>One row per repeat instance in {files} (joined to the interviews by v_interview).</source>
        <translation>Une ligne par élément de répétition dans {files} (reliée aux entretiens par v_interview).</translation>
    </message>
    <message>
        <source>Codebook: {files}.</source>
        <translation>Livre de codes : {files}.</translation>
    </message>
    <message numerus="yes">
        <source>%n question was left out (see the codebook).</source>
        <translation><numerusform>%n question a été retirée (voir le livre de codes).</numerusform><numerusform>%n questions ont été retirées (voir le livre de codes).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n questions were left out (see the codebook).</source>
        <translation><numerusform>%n question a été retirée (voir le livre de codes).</numerusform><numerusform>%n questions ont été retirées (voir le livre de codes).</numerusform></translation>
    </message>
    <message>
        <source>Written as text, because some answers have more digits than an SPSS number holds exactly (see the codebook): {names}.</source>
        <translation>Écrit en texte, parce que certaines réponses ont plus de chiffres qu'un nombre SPSS ne peut en garder exactement (voir le livre de codes) : {names}.</translation>
    </message>
    <message>
        <source>no complete interview of {form_id} is in the part chosen ({value}): there is nothing to report.</source>
        <translation>aucun entretien complet de {form_id} n'est dans la partie choisie ({value}) : il n'y a rien à présenter.</translation>
    </message>
    <message>
        <source>Excel workbook for the health board (.xlsx)</source>
        <translation>Classeur Excel pour l'autorité de santé (.xlsx)</translation>
    </message>
    <message>
        <source>Every interview, one row each, as CSV (.csv)</source>
        <translation>Chaque entretien, une ligne chacun, en CSV (.csv)</translation>
    </message>
    <message>
        <source>Every interview, one row each, for SPSS or PSPP (.sav)</source>
        <translation>Chaque entretien, une ligne chacun, pour SPSS ou PSPP (.sav)</translation>
    </message>
    <message>
        <source>{file}: DuoDesk exports .xlsx, .csv and .sav files; end the file name with one of these.</source>
        <translation>{file} : DuoDesk exporte des fichiers .xlsx, .csv et .sav ; terminez le nom du fichier par l'un d'eux.</translation>
    </message>
    <message>
        <source>The part chosen ({part}) and parts already published from this project fit together exactly (into the whole survey, an earlier part, or this part): side by side, their numbers would give away by subtraction even those each one hides, and some of them are 1 to {threshold}. Nothing was written. Choose a part that does not complete the parts already published.</source>
        <translation>La partie choisie ({part}) et des parties déjà publiées à partir de ce projet s'emboîtent exactement (dans l'ensemble de l'enquête, une partie déjà publiée ou cette partie) : côte à côte, leurs nombres révéleraient par soustraction même ceux que chacune cache, et certains vont de 1 à {threshold}. Rien n'a été écrit. Choisissez une partie qui ne complète pas les parties déjà publiées.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>this file does not look like a text (CSV) file.</source>
        <translation>ce fichier ne ressemble pas à un fichier texte (CSV).</translation>
    </message>
    <message>
        <source>this row is longer than {count:,} characters.</source>
        <translation>cette ligne fait plus de {count:,} caractères.</translation>
    </message>
    <message>
        <source>the file contains bytes that are not valid {encoding} text.</source>
        <translation>le fichier contient des octets qui ne sont pas du texte {encoding} valide.</translation>
    </message>
    <message>
        <source>the CSV layout is broken here ({problem}); look for a stray double quote (").</source>
        <translation>la mise en forme CSV est cassée ici ({problem}) ; cherchez un guillemet double (") en trop.</translation>
    </message>
    <message>
        <source>sheet "{sheet}"</source>
        <translation>feuille « {sheet} »</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>ligne {row}</translation>
    </message>
    <message>
        <source>column "{column}"</source>
        <translation>colonne « {column} »</translation>
    </message>
    <message>
        <source>this cell holds a formula but not its result: no spreadsheet program has calculated it. Open the file in Excel or LibreOffice, save it there, and try again.</source>
        <translation>cette cellule contient une formule mais pas son résultat : aucun tableur ne l'a calculée. Ouvrez le fichier dans Excel ou LibreOffice, enregistrez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>this cell holds a formula (={formula}) but not its result: no spreadsheet program has calculated it. Open the file in Excel or LibreOffice, save it there, and try again.</source>
        <translation>cette cellule contient une formule (={formula}) mais pas son résultat : aucun tableur ne l'a calculée. Ouvrez le fichier dans Excel ou LibreOffice, enregistrez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>a cell holds more than {count:,} characters, the most DuoDesk reads.</source>
        <translation>une cellule contient plus de {count:,} caractères, le maximum que DuoDesk lit.</translation>
    </message>
    <message>
        <source>the header row has more than {count:,} columns.</source>
        <translation>la ligne d'en-tête a plus de {count:,} colonnes.</translation>
    </message>
    <message>
        <source>Open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx).</source>
        <translation>Ouvrez-le dans Excel ou LibreOffice et enregistrez-le comme classeur Excel (.xlsx).</translation>
    </message>
    <message>
        <source>this workbook is damaged and cannot be read ({fault}: {problem}).</source>
        <translation>ce classeur est abîmé et ne peut pas être lu ({fault} : {problem}).</translation>
    </message>
    <message>
        <source>{where}, value "{value}": row {first} has the same key, so which of the two interviews the instances of the repeats joined to this key belong to cannot be told</source>
        <translation>{where}, valeur « {value} » : la ligne {first} a la même clé, donc on ne peut pas savoir auquel des deux entretiens appartiennent les occurrences des répétitions rattachées à cette clé</translation>
    </message>
    <message>
        <source>{where}: these are instances of {repeat}, which sits inside the repeat {outer}, but the file has no table for {outer}</source>
        <translation>{where} : ce sont des occurrences de {repeat}, qui se trouve dans la répétition {outer}, mais le fichier n’a pas de tableau pour {outer}</translation>
    </message>
    <message>
        <source>{where}: empty, so this instance of {repeat} belongs to no interview</source>
        <translation>{where} : vide, donc cette occurrence de {repeat} n’appartient à aucun entretien</translation>
    </message>
    <message>
        <source>{where}, value "{value}": no row of the {outer} table has this key, so this instance of {repeat} belongs to nothing</source>
        <translation>{where}, valeur « {value} » : aucune ligne du tableau {outer} n’a cette clé, donc cette occurrence de {repeat} n’appartient à rien</translation>
    </message>
    <message>
        <source>{where}, value "{value}": another row of {repeat} has the same key, so the instances inside it cannot be told apart</source>
        <translation>{where}, valeur « {value} » : une autre ligne de {repeat} a la même clé, donc les occurrences qu’elle contient ne peuvent pas être distinguées</translation>
    </message>
    <message>
        <source>{where}, value "{value}": no interview in {table} has this key, so this instance of {repeat} belongs to no interview</source>
        <translation>{where}, valeur « {value} » : aucun entretien de {table} n’a cette clé, donc cette occurrence de {repeat} n’appartient à aucun entretien</translation>
    </message>
    <message>
        <source>{where}, value "{value}": {reason}</source>
        <translation>{where}, valeur « {value} » : {reason}</translation>
    </message>
    <message>
        <source>should be 1 or 0</source>
        <translation>doit être 1 ou 0</translation>
    </message>
    <message>
        <source>this zip file is protected with a password.</source>
        <translation>ce fichier zip est protégé par un mot de passe.</translation>
    </message>
    <message>
        <source>this zip file unpacks to far more data than its size suggests ({name}); it will not be opened.</source>
        <translation>ce fichier zip se décompresse en beaucoup plus de données que sa taille ne le laisse penser ({name}) ; il ne sera pas ouvert.</translation>
    </message>
    <message>
        <source>this zip file cannot be read ({error}).</source>
        <translation>ce fichier zip ne peut pas être lu ({error}).</translation>
    </message>
    <message>
        <source>this zip file should hold one CSV file of interviews (without a PARENT_KEY column) and one per repeat; it holds {count} without PARENT_KEY.</source>
        <translation>ce fichier zip doit contenir un fichier CSV d’entretiens (sans colonne PARENT_KEY) et un par répétition ; il en contient {count} sans PARENT_KEY.</translation>
    </message>
    <message>
        <source>{where}: {reason}</source>
        <translation>{where} : {reason}</translation>
    </message>
    <message>
        <source>the column for {key} appears twice</source>
        <translation>la colonne de {key} apparaît deux fois</translation>
    </message>
    <message>
        <source>{table}: {count} row(s) of {repeat}, but by the questionnaire's logic this repeat is not asked here ({why})</source>
        <translation>{table} : {count} ligne(s) de {repeat}, mais selon la logique du questionnaire cette répétition n’est pas posée ici ({why})</translation>
    </message>
    <message>
        <source>answered, but by the questionnaire's logic this question is not asked here ({why})</source>
        <translation>répondu, mais selon la logique du questionnaire cette question n’est pas posée ici ({why})</translation>
    </message>
    <message>
        <source>this answer is not allowed</source>
        <translation>cette réponse n’est pas permise</translation>
    </message>
    <message>
        <source>one of its repeat instances has a problem: {problem}</source>
        <translation>une de ses occurrences répétées a un problème : {problem}</translation>
    </message>
    <message>
        <source>column "{name}" says {said} instance(s), but the table of {name} has {found} for this interview</source>
        <translation>la colonne « {name} » indique {said} occurrence(s), mais le tableau de {name} en a {found} pour cet entretien</translation>
    </message>
    <message>
        <source>it is in the group "{group}", which applies only when {condition}</source>
        <translation>elle est dans le groupe « {group} », qui ne s’applique que si {condition}</translation>
    </message>
    <message>
        <source>it applies only when {condition}</source>
        <translation>elle ne s’applique que si {condition}</translation>
    </message>
    <message>
        <source>it belongs to an instance of a repeat that is not there for this interview</source>
        <translation>il appartient à une occurrence d’une répétition qui n’existe pas pour cet entretien</translation>
    </message>
    <message>
        <source>file "{name}"</source>
        <translation>fichier « {name} »</translation>
    </message>
    <message>
        <source>{where}: "{name}" should be the name of a .csv, .xml or .geojson file in the form's folder</source>
        <translation>{where} : « {name} » doit être le nom d’un fichier .csv, .xml ou .geojson du dossier du formulaire</translation>
    </message>
    <message>
        <source>{where}: pulldata() should name a CSV file, not "{name}"</source>
        <translation>{where} : pulldata() doit nommer un fichier CSV, pas « {name} »</translation>
    </message>
    <message>
        <source>the "{sheet}" sheet</source>
        <translation>la feuille « {sheet} »</translation>
    </message>
    <message>
        <source>{where}: the list "{name}" is not on {place}</source>
        <translation>{where} : la liste « {name} » n’est pas dans {place}</translation>
    </message>
    <message>
        <source>“{title}” has its file {name} already. To use another, add the questionnaire again with the new file beside it: it is kept as a new version, and interviews already entered keep the answers they were given.</source>
        <translation>« {title} » a déjà son fichier {name}. Pour en utiliser un autre, ajoutez de nouveau le questionnaire avec le nouveau fichier à côté : il est gardé comme nouvelle version, et les entretiens déjà saisis gardent les réponses reçues.</translation>
    </message>
    <message>
        <source>no file</source>
        <translation>aucun fichier</translation>
    </message>
    <message>
        <source>“{title}” does not need a file called {name}; it needs {needed}.</source>
        <translation>« {title} » n’a pas besoin d’un fichier nommé {name} ; il lui faut {needed}.</translation>
    </message>
    <message>
        <source>the list "{name}" has no rows here (its "list_name" column never says it).</source>
        <translation>la liste « {name} » n’a aucune ligne ici (sa colonne « list_name » ne la nomme jamais).</translation>
    </message>
    <message>
        <source>there is no column "{column}", which the question "{question}" chooses its answers by (its choice_filter: {choice_filter}). Add the column to the file, or check its spelling.</source>
        <translation>il n’y a pas de colonne « {column} », selon laquelle la question « {question} » choisit ses réponses (son choice_filter : {choice_filter}). Ajoutez la colonne au fichier, ou vérifiez son orthographe.</translation>
    </message>
    <message>
        <source>{file} has no column {missing}, which pulldata() in “{question}” reads (the file's columns are {columns}), so it stays empty in every interview. Add the column to the file, or check its spelling.</source>
        <translation>{file} n'a pas de colonne {missing}, que pulldata() lit dans « {question} » (les colonnes du fichier sont {columns}) : le résultat restera vide dans chaque entretien. Ajoutez la colonne au fichier, ou vérifiez son orthographe.</translation>
    </message>
    <message>
        <source>{file} has no columns {missing}, which pulldata() in “{question}” reads (the file's columns are {columns}), so it stays empty in every interview. Add the columns to the file, or check their spelling.</source>
        <translation>{file} n'a pas les colonnes {missing}, que pulldata() lit dans « {question} » (les colonnes du fichier sont {columns}) : le résultat restera vide dans chaque entretien. Ajoutez les colonnes au fichier, ou vérifiez leur orthographe.</translation>
    </message>
    <message>
        <source>{file} has no column "{column}", which the question “{question}” chooses its answers by (its choice_filter: {choice_filter}; the columns are {columns}), so it offers no answer. Add the column to the file, or check its spelling.</source>
        <translation>{file} n'a pas de colonne "{column}", par laquelle la question « {question} » choisit ses réponses (son choice_filter : {choice_filter} ; les colonnes sont {columns}) : elle ne proposera aucune réponse. Ajoutez la colonne au fichier, ou vérifiez son orthographe.</translation>
    </message>
    <message>
        <source>the "{sheet}" sheet of {form}</source>
        <translation>la feuille "{sheet}" de {form}</translation>
    </message>
</context>
<context>
    <name>Findings report</name>
    <message>
        <source>site</source>
        <translation>site</translation>
    </message>
    <message>
        <source>sites</source>
        <translation>sites</translation>
    </message>
    <message>
        <source>interviewer</source>
        <translation>enquêteur</translation>
    </message>
    <message>
        <source>interviewers</source>
        <translation>enquêteurs</translation>
    </message>
    <message>
        <source>the section “{heading}”</source>
        <translation>la section « {heading} »</translation>
    </message>
    <message>
        <source>Percent is of all {interviews} interviews; valid percent leaves out the missing codes.</source>
        <translation>Le pourcentage est sur les {interviews} entretiens ; le pourcentage valide ne compte pas les codes manquants.</translation>
    </message>
    <message>
        <source>Percent is of all {interviews} interviews.</source>
        <translation>Le pourcentage est sur les {interviews} entretiens.</translation>
    </message>
    <message>
        <source>Findings of the survey</source>
        <translation>Résultats de l'enquête</translation>
    </message>
    <message>
        <source>By {group}</source>
        <translation>Par {group}</translation>
    </message>
    <message>
        <source>Interviews from {first} to {last}</source>
        <translation>Entretiens du {first} au {last}</translation>
    </message>
    <message>
        <source>Dates of the interviews not recorded</source>
        <translation>Dates des entretiens non notées</translation>
    </message>
    <message>
        <source>Interviews in the months {first} to {last}</source>
        <translation>Entretiens des mois {first} à {last}</translation>
    </message>
    <message>
        <source>Interviews in the month {first}</source>
        <translation>Entretiens du mois {first}</translation>
    </message>
    <message>
        <source>Sites: {sites}</source>
        <translation>Sites : {sites}</translation>
    </message>
    <message>
        <source>Draft made with DuoDesk {version} on {date}. Edit it before it is passed on.</source>
        <translation>Brouillon fait avec DuoDesk {version} le {date}. Modifiez-le avant de le transmettre.</translation>
    </message>
    <message>
        <source>How the survey was done</source>
        <translation>Comment l'enquête a été faite</translation>
    </message>
    <message>
        <source>{interviews} interviews were counted ({subset}).</source>
        <translation>{interviews} entretiens ont été comptés ({subset}).</translation>
    </message>
    <message>
        <source>The interviews took place from {first} to {last}.</source>
        <translation>Les entretiens ont eu lieu du {first} au {last}.</translation>
    </message>
    <message>
        <source>The interviews took place in the month {first} (only the month is given: with so few interviews, the days could help to tell who was interviewed).</source>
        <translation>Les entretiens ont eu lieu au mois {first} (seul le mois est donné : avec si peu d’entretiens, les jours pourraient aider à savoir qui a été interrogé).</translation>
    </message>
    <message>
        <source>The interviews took place in the months {first} to {last} (only the months are given: with so few interviews, the days could help to tell who was interviewed).</source>
        <translation>Les entretiens ont eu lieu des mois {first} à {last} (seuls les mois sont donnés : avec si peu d’entretiens, les jours pourraient aider à savoir qui a été interrogé).</translation>
    </message>
    <message>
        <source>They were made at {count} {sites_word}: {sites}.</source>
        <translation>Ils ont été faits dans {count} {sites_word} : {sites}.</translation>
    </message>
    <message>
        <source>{count} {interviewers_word} made them.</source>
        <translation>{count} {interviewers_word} les ont faits.</translation>
    </message>
    <message>
        <source>The questionnaire, “{title}”, has these sections: {sections}.</source>
        <translation>Le questionnaire, « {title} », a ces sections : {sections}.</translation>
    </message>
    <message>
        <source>The questionnaire, “{title}”, is one list of questions.</source>
        <translation>Le questionnaire, « {title} », est une seule liste de questions.</translation>
    </message>
    <message>
        <source>The results are de-identified: written answers, locations, questions marked as identifying and interviewers' names are left out, and no single interview's answers are shown; only counts and percentages.</source>
        <translation>Les résultats sont anonymisés : les réponses écrites, les lieux, les questions marquées comme identifiantes et les noms des enquêteurs sont retirés, et les réponses d'aucun entretien ne sont montrées une à une ; seulement des effectifs et des pourcentages.</translation>
    </message>
    <message>
        <source>Written answers and identifying questions were not left out of this draft: it may identify people and must stay within the group.</source>
        <translation>Les réponses écrites et les questions identifiantes n'ont pas été retirées de ce brouillon : il peut identifier des personnes et doit rester dans le groupe.</translation>
    </message>
    <message>
        <source>Small numbers are hidden to protect the {people} interviewed: numbers from 1 to {threshold} are shown as “{marker}”, and so are their percentages; other numbers that would let a hidden one be worked out (from totals, percentages or the questionnaire's skip logic) are hidden too. Zeros are shown.</source>
        <translation>Les petits nombres sont cachés pour protéger les {people} interrogées : les nombres de 1 à {threshold} sont montrés comme « {marker} », et leurs pourcentages aussi ; d'autres nombres qui permettraient de retrouver un nombre caché (à partir des totaux, des pourcentages ou de la logique de saut du questionnaire) sont cachés aussi. Les zéros sont montrés.</translation>
    </message>
    <message>
        <source>No number in this report needed hiding.</source>
        <translation>Aucun nombre de ce rapport n'a eu besoin d'être caché.</translation>
    </message>
    <message>
        <source>{hidden} numbers are hidden in all, as the workbook counts them (each small number, and each number hidden to protect one). A hidden number shows as “{marker}” in every table it is in, and so do its percentages: a reader will count more “{marker}” than that.</source>
        <translation>{hidden} nombres sont cachés en tout, comptés comme dans le classeur (chaque petit nombre, et chaque nombre caché pour en protéger un). Un nombre caché apparaît comme « {marker} » dans chaque tableau où il figure, et ses pourcentages aussi : un lecteur comptera plus de « {marker} » que cela.</translation>
    </message>
    <message>
        <source>Small numbers are NOT hidden in this draft: it may identify people and must stay within the group.</source>
        <translation>Les petits nombres NE sont PAS cachés dans ce brouillon : il peut identifier des personnes et doit rester dans le groupe.</translation>
    </message>
    <message>
        <source>Every percentage says what it is a percentage of: of the {people} asked, of those who answered, or of all the interviews. “Not asked (skipped)” counts the {people} the questionnaire's logic did not ask; “No answer” those asked who gave none.</source>
        <translation>Chaque pourcentage dit de quoi il est le pourcentage : des {people} interrogées, de celles qui ont répondu, ou de tous les entretiens. « Pas posée (sautée) » compte les {people} à qui la logique du questionnaire n'a pas posé la question ; « Pas de réponse » celles à qui on l'a posée et qui n'ont pas répondu.</translation>
    </message>
    <message>
        <source>Questions asked for each one named</source>
        <translation>Questions posées pour chacun des éléments nommés</translation>
    </message>
    <message>
        <source>Number of people who gave it</source>
        <translation>Nombre de personnes qui l’ont donnée</translation>
    </message>
    <message>
        <source>% of the people who answered</source>
        <translation>% des personnes qui ont répondu</translation>
    </message>
    <message>
        <source>People who answered (for at least one {unit})</source>
        <translation>Personnes qui ont répondu (pour au moins un {unit})</translation>
    </message>
    <message>
        <source>Not asked, no answer or no {unit}</source>
        <translation>Non posée, sans réponse ou aucun {unit}</translation>
    </message>
    <message>
        <source>Total interviews</source>
        <translation>Total des entretiens</translation>
    </message>
    <message>
        <source>Key findings</source>
        <translation>Principaux résultats</translation>
    </message>
    <message>
        <source>One sentence per question with answers to choose from, drafted from the numbers. Edit them into the group's own words; the tables below give every number.</source>
        <translation>Une phrase par question à choix, écrite à partir des nombres. Reformulez-les avec les mots du groupe ; les tableaux plus bas donnent tous les nombres.</translation>
    </message>
    <message>
        <source>of the {denominator} {people} asked</source>
        <translation>sur les {denominator} {people} interrogées</translation>
    </message>
    <message>
        <source>of the {denominator} {people} who answered</source>
        <translation>sur les {denominator} {people} qui ont répondu</translation>
    </message>
    <message>
        <source>of the {denominator} {people} who gave an answer other than {codes}</source>
        <translation>sur les {denominator} {people} qui ont donné une autre réponse que {codes}</translation>
    </message>
    <message>
        <source>of the {denominator} {people} who gave an answer other than a missing code</source>
        <translation>sur les {denominator} {people} qui ont donné une autre réponse qu'un code manquant</translation>
    </message>
    <message>
        <source>of all the {denominator} {people} interviewed</source>
        <translation>sur l'ensemble des {denominator} {people} interrogées</translation>
    </message>
    <message>
        <source>how many answered is hidden, to protect a small number</source>
        <translation>le nombre de réponses est caché, pour protéger un petit nombre</translation>
    </message>
    <message>
        <source>how many of those who answered gave an answer other than a missing code is hidden, to protect a small number</source>
        <translation>le nombre de personnes ayant donné une autre réponse qu'un code manquant est caché, pour protéger un petit nombre</translation>
    </message>
    <message>
        <source>{question}: {findings}.</source>
        <translation>{question} : {findings}.</translation>
    </message>
    <message>
        <source>{count} {denominator} ({percent}) answered “{answer}”</source>
        <translation>{count} {denominator} ({percent}) ont répondu « {answer} »</translation>
    </message>
    <message>
        <source>of the {denominator} {people} who answered,</source>
        <translation>sur les {denominator} {people} qui ont répondu,</translation>
    </message>
    <message>
        <source>of all the {denominator} {people} interviewed,</source>
        <translation>sur l'ensemble des {denominator} {people} interrogées,</translation>
    </message>
    <message>
        <source>{count} ({percent}) ticked “{answer}”</source>
        <translation>{count} ({percent}) ont coché « {answer} »</translation>
    </message>
    <message>
        <source>{count} ({percent}) “{answer}”</source>
        <translation>{count} ({percent}) « {answer} »</translation>
    </message>
    <message>
        <source>others (see the table)</source>
        <translation>d'autres (voir le tableau)</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>{question}: nobody gave an answer that can be counted.</source>
        <translation>{question} : personne n'a donné de réponse qui puisse être comptée.</translation>
    </message>
    <message>
        <source>{question}: numbers hidden (fewer than {limit}, or hidden to protect a number fewer than {limit}).</source>
        <translation>{question} : nombres cachés (moins de {limit}, ou cachés pour protéger un nombre de moins de {limit}).</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>“{marker}” = a number hidden to protect the {people} interviewed: fewer than {limit}, or hidden so that such a number cannot be worked out.</source>
        <translation>« {marker} » = un nombre caché pour protéger les {people} interrogées : moins de {limit}, ou caché pour qu'un tel nombre ne puisse pas être retrouvé.</translation>
    </message>
    <message>
        <source>Small numbers are NOT hidden in this draft.</source>
        <translation>Les petits nombres NE sont PAS cachés dans ce brouillon.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <source>Each statement's answers: the number of {people}, and in brackets the percentage of those who answered the statement. The annex gives each statement's valid percentages too.</source>
        <translation>Réponses à chaque affirmation : le nombre de {people}, et entre parenthèses le pourcentage de celles qui ont répondu à l'affirmation. L'annexe donne aussi les pourcentages valides de chaque affirmation.</translation>
    </message>
    <message>
        <source>Answers whose numbers are hidden are not drawn.</source>
        <translation>Les réponses dont les nombres sont cachés ne sont pas dessinées.</translation>
    </message>
    <message>
        <source>Statements with a hidden number are not drawn: {statements}.</source>
        <translation>Les affirmations avec un nombre caché ne sont pas dessinées : {statements}.</translation>
    </message>
    <message>
        <source>Number of {people} giving each answer</source>
        <translation>Nombre de {people} pour chaque réponse</translation>
    </message>
    <message>
        <source>Number of {people}</source>
        <translation>Nombre de {people}</translation>
    </message>
    <message>
        <source>Who ticked each answer</source>
        <translation>Qui a coché chaque réponse</translation>
    </message>
    <message>
        <source>% of the {people} who answered</source>
        <translation>% des {people} qui ont répondu</translation>
    </message>
    <message>
        <source>Answers in descending order, as many {people} ticked them.</source>
        <translation>Réponses de la plus cochée à la moins cochée, selon le nombre de {people} qui les ont cochées.</translation>
    </message>
    <message>
        <source>The middle half of the answers</source>
        <translation>La moitié centrale des réponses</translation>
    </message>
    <message>
        <source>The box runs from the lower to the upper quartile (the middle half of the answers), the line across it is the median, and the lines reach {ends}. No chart of how many gave each answer: its bars would show small numbers.</source>
        <translation>La boîte va du premier au troisième quartile (la moitié centrale des réponses), le trait au milieu est la médiane, et les lignes vont jusqu'à {ends}. Pas de graphique du nombre de personnes par réponse : ses barres montreraient de petits nombres.</translation>
    </message>
    <message>
        <source>the smallest and the largest answer</source>
        <translation>la plus petite et la plus grande réponse</translation>
    </message>
    <message>
        <source>the 5th and the 95th percentile (see the table)</source>
        <translation>le 5e et le 95e centile (voir le tableau)</translation>
    </message>
    <message>
        <source>no further: the smallest and largest answers are hidden, as the table says</source>
        <translation>pas plus loin : la plus petite et la plus grande réponse sont cachées, comme le dit le tableau</translation>
    </message>
    <message>
        <source>No chart: the quartiles of these answers are hidden to protect small numbers, and a chart of how many gave each answer would show small numbers.</source>
        <translation>Pas de graphique : les quartiles de ces réponses sont cachés pour protéger de petits nombres, et un graphique du nombre de personnes par réponse montrerait de petits nombres.</translation>
    </message>
    <message>
        <source>In their own words</source>
        <translation>Avec leurs propres mots</translation>
    </message>
    <message>
        <source>Written answers to “{question}”, coded into themes. For each theme, {count} of the answers given with it, in alphabetical order, without site, date or interviewer.</source>
        <translation>Réponses écrites à « {question} », codées en thèmes. Pour chaque thème, {count} des réponses qui l'ont reçu, par ordre alphabétique, sans site, date ni enquêteur.</translation>
    </message>
    <message>
        <source>No quotes: the number of {people} who gave this theme is hidden in the tables (fewer than {limit}, or hidden to protect such a number), and their words could tell who they are.</source>
        <translation>Pas de citations : le nombre de {people} qui ont donné ce thème est caché dans les tableaux (moins de {limit}, ou caché pour protéger un tel nombre), et leurs mots pourraient dire qui elles sont.</translation>
    </message>
    <message>
        <source>Names, phone numbers, e-mail and web addresses, dates and other numbers were taken out of the quotes and show as “[…]”. This is done by simple rules, which can miss a name or a detail that tells who someone is: the group must read every quote before passing the report on.</source>
        <translation>Les noms, numéros de téléphone, adresses e-mail et web, dates et autres nombres ont été retirés des citations et apparaissent comme « […] ». Cela se fait par des règles simples, qui peuvent laisser passer un nom ou un détail qui dit qui est quelqu'un : le groupe doit lire chaque citation avant de transmettre le rapport.</translation>
    </message>
    <message>
        <source>Quotes from written answers are given only in the report of all interviews, not of a part of them.</source>
        <translation>Les citations de réponses écrites ne sont données que dans le rapport de tous les entretiens, pas d'une partie.</translation>
    </message>
    <message>
        <source>Annex: the results in full</source>
        <translation>Annexe : tous les résultats</translation>
    </message>
    <message>
        <source>Every question with its results in numbers and in percentages, and the answers not available (no answer, or not asked). Under each question, what its percentages are percentages of.</source>
        <translation>Chaque question avec ses résultats en nombres et en pourcentages, et les réponses non disponibles (pas de réponse, ou pas posée). Sous chaque question, ce sur quoi portent ses pourcentages.</translation>
    </message>
    <message>
        <source>The number of interviews counted ({subset}) is hidden: it is fewer than {limit}, or hidden so that such a number cannot be worked out.</source>
        <translation>Le nombre d'entretiens comptés ({subset}) est caché : il est de moins de {limit}, ou caché pour qu'un tel nombre ne puisse pas être retrouvé.</translation>
    </message>
    <message>
        <source>people</source>
        <extracomment>What the survey counts, when its questionnaire does not say ("{people}" in the templates).</extracomment>
        <translation>personnes</translation>
    </message>
</context>
<context>
    <name>Form files</name>
    <message>
        <source>this file holds no choices: it has a header row and nothing under it. Add a file with a row for each choice.</source>
        <translation>ce fichier ne contient aucun choix : il a une ligne d’en-tête et rien en dessous. Ajoutez un fichier avec une ligne pour chaque choix.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>{answers} answer(s) read: {coded} coded, {not_codable} not codable, {left} left to code.</source>
        <translation>{answers} réponse(s) lue(s) : {coded} codée(s), {not_codable} impossible(s) à coder, {left} encore à coder.</translation>
    </message>
    <message>
        <source>New themes: {names}.</source>
        <translation>Nouveaux thèmes : {names}.</translation>
    </message>
    <message>
        <source>{count} with version {version}</source>
        <translation>{count} avec la version {version}</translation>
    </message>
    <message>
        <source>{count} number answer(s) written "NA" or "n/a" were read as no answer.</source>
        <translation>{count} réponse(s) de nombre écrite(s) « NA » ou « n/a » ont été lues comme pas de réponse.</translation>
    </message>
    <message>
        <source>The file's version column says how many interviews were made with each version of the questionnaire in the project it came from ({made}). Each is stored as made with this project's version of the same number when that version has the questions the interview was asked, and otherwise with version {number}, this project's newest: here {kept}; answers to questions this project's versions do not have are not imported (the columns left out below).</source>
        <translation>La colonne de version du fichier dit combien d’entretiens ont été faits avec chaque version du questionnaire dans le projet d’origine ({made}). Chacun est enregistré avec la version de même numéro de ce projet quand elle a les questions posées dans l’entretien, sinon avec la version {number}, la plus récente de ce projet : ici {kept} ; les réponses aux questions que les versions de ce projet n’ont pas ne sont pas importées (les colonnes laissées de côté ci-dessous).</translation>
    </message>
    <message numerus="yes">
        <source>%n interview imported from {file}.</source>
        <translation><numerusform>%n entretien importé depuis {file}.</numerusform><numerusform>%n entretiens importés depuis {file}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n interviews imported from {file}.</source>
        <translation><numerusform>%n entretien importé depuis {file}.</numerusform><numerusform>%n entretiens importés depuis {file}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>nothing was imported, because %n row has problems. Correct it and import the file again, or import only the valid rows.</source>
        <translation><numerusform>rien n'a été importé, car %n ligne a des problèmes. Corrigez-la et importez de nouveau le fichier, ou importez seulement les lignes valides.</numerusform><numerusform>rien n'a été importé, car %n lignes ont des problèmes. Corrigez-les et importez de nouveau le fichier, ou importez seulement les lignes valides.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>nothing was imported, because %n rows have problems. Correct them and import the file again, or import only the valid rows.</source>
        <translation><numerusform>rien n'a été importé, car %n ligne a des problèmes. Corrigez-la et importez de nouveau le fichier, ou importez seulement les lignes valides.</numerusform><numerusform>rien n'a été importé, car %n lignes ont des problèmes. Corrigez-les et importez de nouveau le fichier, ou importez seulement les lignes valides.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>and %n more problem</source>
        <translation><numerusform>et %n autre problème</numerusform><numerusform>et %n autres problèmes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>and %n more problems</source>
        <translation><numerusform>et %n autre problème</numerusform><numerusform>et %n autres problèmes</numerusform></translation>
    </message>
    <message>
        <source>The file's version column says how many interviews were made with each version of the questionnaire in the project it came from ({made}). Each is stored as made with this project's version of the same number when that version has the questions the interview was asked, and otherwise with version {number}, this project's newest: here {kept}.</source>
        <translation>La colonne de version du fichier dit combien d’entretiens ont été faits avec chaque version du questionnaire dans le projet d’origine ({made}). Chacun est enregistré avec la version de même numéro de ce projet quand elle a les questions posées dans l’entretien, sinon avec la version {number}, la plus récente de ce projet : ici {kept}.</translation>
    </message>
    <message>
        <source>This project had no interview of this questionnaire and only one version of it, so the file's older versions were added ({numbers}): each is this questionnaire without the questions the file says its interviews did not have, and this questionnaire is now version {number}, as in the file.</source>
        <translation>Ce projet n'avait aucun entretien de ce questionnaire et une seule version de celui-ci : les versions plus anciennes du fichier ont donc été ajoutées ({numbers}). Chacune est ce questionnaire sans les questions que, selon le fichier, ses entretiens n'avaient pas, et ce questionnaire est maintenant la version {number}, comme dans le fichier.</translation>
    </message>
    <message>
        <source>{count} answer(s) said "not in version": those interviews were made with a version of the questionnaire without those questions, and they stay "not in version" here, so the summaries count them as the project the file came from did.</source>
        <translation>{count} réponse(s) disaient « pas dans la version » : ces entretiens ont été faits avec une version du questionnaire sans ces questions ; elles restent « pas dans la version » ici, et les résumés les comptent comme le projet d’origine.</translation>
    </message>
    <message>
        <source>{table} is for the repeat "{repeat}", but it has no column "{column}", which says which interview each of its rows belongs to: its answers were not imported, and how many {repeat} each interview had is not known.</source>
        <translation>{table} est pour la répétition « {repeat} », mais n’a pas de colonne « {column} », qui dit à quel entretien appartient chacune de ses lignes : ses réponses n’ont pas été importées, et le nombre de {repeat} de chaque entretien n’est pas connu.</translation>
    </message>
    <message>
        <source>{table} is for the repeat "{repeat}", which sits inside the repeat "{outer}", whose table has no column "{column}": its answers were not imported either, and how many {repeat} each instance of {outer} had is not known.</source>
        <translation>{table} est pour la répétition « {repeat} », qui se trouve dans la répétition « {outer} », dont la table n’a pas de colonne « {column} » : ses réponses n’ont pas été importées non plus, et le nombre de {repeat} de chaque occurrence de {outer} n’est pas connu.</translation>
    </message>
    <message>
        <source>In {count} place(s) a question gives a repeat's number of instances, but the repeat's own table has fewer rows for the interview. The rows were imported as they are, as the instances: none was made up. The question keeps the number it says.</source>
        <translation>À {count} endroit(s), une question donne le nombre de fois qu’une répétition est posée, mais la table de la répétition a moins de lignes pour l’entretien. Les lignes ont été importées telles quelles : aucune n’a été inventée. La question garde le nombre qu’elle indique.</translation>
    </message>
    <message>
        <source>  ... and {count} more</source>
        <translation>  ... et {count} de plus</translation>
    </message>
    <message>
        <source>{count} were already in the project and were skipped.</source>
        <translation>{count} étaient déjà dans le projet et ont été sautés.</translation>
    </message>
    <message numerus="yes">
        <source>%n row was not imported; see {file}.</source>
        <translation><numerusform>%n ligne n'a pas été importée ; voir {file}.</numerusform><numerusform>%n lignes n'ont pas été importées ; voir {file}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n rows were not imported; see {file}.</source>
        <translation><numerusform>%n ligne n'a pas été importée ; voir {file}.</numerusform><numerusform>%n lignes n'ont pas été importées ; voir {file}.</numerusform></translation>
    </message>
    <message>
        <source>Columns left out: {names}.</source>
        <translation>Colonnes retirées : {names}.</translation>
    </message>
    <message>
        <source>Left out, because the questionnaire has no repeat they are for: {names}.</source>
        <translation>Laissés de côté, car le questionnaire n’a pas la répétition à laquelle ils correspondent : {names}.</translation>
    </message>
    <message>
        <source>The file gives the repeat "{repeat}" in columns of their own for each of its instances, which DuoDesk does not read: its answers were not imported, and how many {repeat} each interview had is not known.</source>
        <translation>Le fichier donne la répétition « {repeat} » dans des colonnes propres à chacun de ses éléments, que DuoDesk ne lit pas : ses réponses n'ont pas été importées, et le nombre d'éléments de « {repeat} » de chaque entretien n'est pas connu.</translation>
    </message>
    <message>
        <source>The file has no sheet for the repeat "{repeat}": its answers were not imported, and how many {repeat} each interview had is not known.</source>
        <translation>Le fichier n'a pas de feuille pour la répétition « {repeat} » : ses réponses n'ont pas été importées, et le nombre d'éléments de « {repeat} » de chaque entretien n'est pas connu.</translation>
    </message>
    <message>
        <source>The zip file has no CSV file for the repeat "{repeat}": its answers were not imported, and how many {repeat} each interview had is not known.</source>
        <translation>Le fichier zip n'a pas de fichier CSV pour la répétition « {repeat} » : ses réponses n'ont pas été importées, et le nombre d'éléments de « {repeat} » de chaque entretien n'est pas connu.</translation>
    </message>
    <message>
        <source>The file has one row per interview, and there is no file {file} beside it for the repeat "{repeat}": its answers were not imported, and how many {repeat} each interview had is not known.</source>
        <translation>Le fichier a une ligne par entretien, et il n'y a pas de fichier {file} à côté de lui pour la répétition « {repeat} » : ses réponses n'ont pas été importées, et le nombre d'éléments de « {repeat} » de chaque entretien n'est pas connu.</translation>
    </message>
    <message>
        <source>{count} answer(s) were the words "not asked" or "not in version" in a question that was asked. One of that question's answers has those words as its label, so they were read as that answer.</source>
        <translation>{count} réponse(s) étaient les mots "not asked" ou "not in version" dans une question qui a été posée. Une des réponses de cette question a ces mots pour libellé : elles ont donc été lues comme cette réponse.</translation>
    </message>
    <message>
        <source>The file has no column for these questions: {names}. It does not say what was answered to them, so nothing was stored for them: the summaries do not count them as "No answer", but as not in the version of the questionnaire the interviews were made with.</source>
        <translation>Le fichier n’a pas de colonne pour ces questions : {names}. Il ne dit pas ce qui y a été répondu, donc rien n’a été enregistré pour elles : les résumés ne les comptent pas comme « Pas de réponse », mais comme absentes de la version du questionnaire avec laquelle les entretiens ont été faits.</translation>
    </message>
    <message>
        <source>this column holds the labels of the answers, and "{value}" is the label of more than one answer, so DuoDesk cannot tell which answer was meant. Nothing was imported. Export the interviews again with codes instead of labels ("Codes" in the export window, --codes on the command line), and import that file.</source>
        <translation>cette colonne contient les libellés des réponses, et « {value} » est le libellé de plus d’une réponse : DuoDesk ne peut pas savoir quelle réponse était voulue. Rien n’a été importé. Exportez de nouveau les entretiens avec les codes au lieu des libellés (« Codes » dans la fenêtre d’export, --codes en ligne de commande), et importez ce fichier.</translation>
    </message>
    <message>
        <source>each answer in this column is both the code of an answer and the label of an answer, and "{value}" is the code of one answer but the label of another, so DuoDesk cannot tell which answer was meant. Nothing was imported. Export the interviews again with codes instead of labels ("Codes" in the export window, --codes on the command line), and import that file.</source>
        <translation>chaque réponse de cette colonne est à la fois le code d’une réponse et le libellé d’une réponse, et « {value} » est le code d’une réponse mais le libellé d’une autre : DuoDesk ne peut pas savoir quelle réponse était voulue. Rien n’a été importé. Exportez de nouveau les entretiens avec les codes au lieu des libellés (« Codes » dans la fenêtre d’export, --codes en ligne de commande), et importez ce fichier.</translation>
    </message>
    <message>
        <source>{place} says {said} for "{question}", the number of times the repeat "{repeat}" is asked, but {table} has {given} row(s) for this interview. Correct the number or remove the extra rows.</source>
        <translation>{place} indique {said} pour « {question} », le nombre de fois où la répétition « {repeat} » est posée, mais {table} a {given} ligne(s) pour cet entretien. Corrigez le nombre ou retirez les lignes en trop.</translation>
    </message>
    <message>
        <source>{place}: "{question}" says {said}, the number of times the repeat "{repeat}" is asked, but {table} has {given} row(s) for this interview.</source>
        <translation>{place} : « {question} » indique {said}, le nombre de fois où la répétition « {repeat} » est posée, mais {table} a {given} ligne(s) pour cet entretien.</translation>
    </message>
</context>
<context>
    <name>Log</name>
    <message>
        <source>The details are in DuoDesk's log: {file}</source>
        <translation>Les détails sont dans le journal de DuoDesk : {file}</translation>
    </message>
</context>
<context>
    <name>Paper form</name>
    <message>
        <source>Ask only if {condition}.</source>
        <translation>Poser seulement si {condition}.</translation>
    </message>
    <message>
        <source>“{table}” row no.</source>
        <translation>N° de ligne « {table} »</translation>
    </message>
    <message>
        <source>Fill one row for each one, for every row of the “{table}” table, and on each line write the number of the “{table}” row it belongs to.</source>
        <translation>Remplissez une ligne pour chacun, pour chaque ligne du tableau « {table} », et sur chaque ligne écrivez le numéro de la ligne « {table} » à laquelle elle se rapporte.</translation>
    </message>
    <message>
        <source>{count} rows for each of its rows.</source>
        <translation>{count} lignes pour chacune de ses lignes.</translation>
    </message>
    <message>
        <source>As many rows as the answer to {where} on that row.</source>
        <translation>Autant de lignes que la réponse à {where} sur cette ligne.</translation>
    </message>
    <message>
        <source>If there are more than {rows}, go on on the back of the page.</source>
        <translation>S’il y en a plus de {rows}, continuez au dos de la page.</translation>
    </message>
    <message>
        <source>For each one</source>
        <translation>Pour chacun</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>(part {number} of {parts}: the same rows)</source>
        <translation>(partie {number} sur {parts} : les mêmes lignes)</translation>
    </message>
    <message>
        <source>Fill one row for each one: {count} in all.</source>
        <translation>Remplissez une ligne pour chacun : {count} en tout.</translation>
    </message>
    <message>
        <source>Fill one row for each one: as many rows as the answer to {where}.</source>
        <translation>Remplissez une ligne pour chacun : autant de lignes que la réponse à {where}.</translation>
    </message>
    <message>
        <source>Fill one row for each one.</source>
        <translation>Remplissez une ligne pour chacun.</translation>
    </message>
    <message>
        <source>Only {rows} rows are printed: add more rows on another sheet, numbered from {next} on.</source>
        <translation>Seules {rows} lignes sont imprimées : ajoutez d’autres lignes sur une autre feuille, numérotées à partir de {next}.</translation>
    </message>
    <message>
        <source>question {number}</source>
        <translation>la question {number}</translation>
    </message>
    <message>
        <source>[answer to question {number}]</source>
        <translation>[réponse à la question {number}]</translation>
    </message>
    <message>
        <source>{value} is ticked at {where}</source>
        <translation>{value} est coché à {where}</translation>
    </message>
    <message>
        <source>{value} is not ticked at {where}</source>
        <translation>{value} n'est pas coché à {where}</translation>
    </message>
    <message>
        <source>the answer to {where} is {value}</source>
        <translation>la réponse à {where} est {value}</translation>
    </message>
    <message>
        <source>the answer to {where} is not {value}</source>
        <translation>la réponse à {where} n'est pas {value}</translation>
    </message>
    <message>
        <source>the answer to {where} {operator} {value}</source>
        <translation>la réponse à {where} {operator} {value}</translation>
    </message>
    <message>
        <source>this rule is true: {rule}</source>
        <translation>cette règle est vraie : {rule}</translation>
    </message>
    <message>
        <source>go to question {number}</source>
        <translation>allez à la question {number}</translation>
    </message>
    <message>
        <source>go to the end</source>
        <translation>allez à la fin</translation>
    </message>
    <message>
        <source>If {answers} is not ticked, {target}.</source>
        <translation>Si {answers} n'est pas coché, {target}.</translation>
    </message>
    <message>
        <source>If {answers}, {target}.</source>
        <translation>Si {answers}, {target}.</translation>
    </message>
    <message>
        <source>{first} or {last}</source>
        <translation>{first} ou {last}</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} et {last}</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>A passphrase cannot contain a NUL character.</source>
        <translation>Une phrase secrète ne peut pas contenir de caractère NUL.</translation>
    </message>
    <message>
        <source>A passphrase needs at least {count} characters.</source>
        <translation>Une phrase secrète doit avoir au moins {count} caractères.</translation>
    </message>
    <message>
        <source>A passphrase cannot have the form x'...': that is how raw keys are written.</source>
        <translation>Une phrase secrète ne peut pas avoir la forme x'...' : c'est ainsi que s'écrivent les clés brutes.</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>That name is not on this project's list of people.</source>
        <translation>Ce nom n'est pas sur la liste des personnes de ce projet.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries: {name} can try again in %n minute, or a coordinator can give a new PIN.</source>
        <translation><numerusform>Trop d'essais faux : {name} peut réessayer dans %n minute, ou un coordinateur peut donner un nouveau code PIN.</numerusform><numerusform>Trop d'essais faux : {name} peut réessayer dans %n minutes, ou un coordinateur peut donner un nouveau code PIN.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries: {name} can try again in %n minutes, or a coordinator can give a new PIN.</source>
        <translation><numerusform>Trop d'essais faux : {name} peut réessayer dans %n minute, ou un coordinateur peut donner un nouveau code PIN.</numerusform><numerusform>Trop d'essais faux : {name} peut réessayer dans %n minutes, ou un coordinateur peut donner un nouveau code PIN.</numerusform></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>code PIN</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>That {word} is not right. After {tries} wrong tries {name} cannot sign in for {minutes} minutes.</source>
        <translation>Ce {word} n'est pas bon. Après {tries} essais faux, {name} ne peut pas se connecter pendant {minutes} minutes.</translation>
    </message>
    <message numerus="yes">
        <source>That {word} is not right. %n more wrong try and {name} cannot sign in for {minutes} minutes.</source>
        <translation><numerusform>Ce {word} n'est pas bon. Encore %n essai faux et {name} ne pourra pas se connecter pendant {minutes} minutes.</numerusform><numerusform>Ce {word} n'est pas bon. Encore %n essais faux et {name} ne pourra pas se connecter pendant {minutes} minutes.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>That {word} is not right. %n more wrong tries and {name} cannot sign in for {minutes} minutes.</source>
        <translation><numerusform>Ce {word} n'est pas bon. Encore %n essai faux et {name} ne pourra pas se connecter pendant {minutes} minutes.</numerusform><numerusform>Ce {word} n'est pas bon. Encore %n essais faux et {name} ne pourra pas se connecter pendant {minutes} minutes.</numerusform></translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>{kind} "{name}"</source>
        <translation>{kind} « {name} »</translation>
    </message>
    <message>
        <source>The form</source>
        <translation>Le formulaire</translation>
    </message>
    <message>
        <source>(survey row {row})</source>
        <translation>(ligne {row} de survey)</translation>
    </message>
    <message>
        <source>at position {position}</source>
        <translation>à la position {position}</translation>
    </message>
    <message>
        <source>Question</source>
        <extracomment>What a problem's ``kind`` is called at the start of its sentence.</extracomment>
        <translation>Question</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <source>Choice list</source>
        <translation>Liste de choix</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Réglage</translation>
    </message>
    <message>
        <source>The questionnaire has 1 problem:</source>
        <translation>Le questionnaire a 1 problème :</translation>
    </message>
    <message numerus="yes">
        <source>The questionnaire has %n problems:</source>
        <translation><numerusform>Le questionnaire a %n problème :</numerusform><numerusform>Le questionnaire a %n problèmes :</numerusform></translation>
    </message>
    <message>
        <source>(first at survey row {row})</source>
        <translation>(la première fois à la ligne {row} de survey)</translation>
    </message>
    <message>
        <source>The name "{name}" is used more than once{where}</source>
        <translation>Le nom « {name} » est utilisé plus d'une fois{where}</translation>
    </message>
    <message>
        <source>These depend on each other in a circle, so none can be worked out: {route}</source>
        <translation>Ces éléments dépendent les uns des autres en cercle, donc aucun ne peut être calculé : {route}</translation>
    </message>
    <message>
        <source>The participant code uses "{name}", which is not a question in this form</source>
        <translation>Le code participant utilise « {name} », qui n'est pas une question de ce formulaire</translation>
    </message>
    <message>
        <source>The participant code uses "{name}", which is asked once per instance of a repeat; use questions asked once per person</source>
        <translation>Le code participant utilise « {name} », qui est posée une fois par répétition ; utilisez des questions posées une fois par personne</translation>
    </message>
    <message>
        <source>A name can only have letters, digits, "_", "-" and "." and must start with a letter or "_"</source>
        <translation>Un nom ne peut contenir que des lettres, des chiffres, « _ », « - » et « . » et doit commencer par une lettre ou « _ »</translation>
    </message>
    <message>
        <source>A question has no name</source>
        <translation>Une question n’a pas de nom</translation>
    </message>
    <message>
        <source>A group has no name</source>
        <translation>Un groupe n’a pas de nom</translation>
    </message>
    <message>
        <source>A repeat has no name</source>
        <translation>Une répétition n’a pas de nom</translation>
    </message>
    <message>
        <source>A {type} question needs a choice list, as in "select_one yn"</source>
        <translation>Une question {type} a besoin d’une liste de choix, comme dans « select_one yn »</translation>
    </message>
    <message>
        <source>The choice list "{name}" is not on the choices sheet</source>
        <translation>La liste de choix « {name} » n’est pas dans la feuille choices</translation>
    </message>
    <message>
        <source>A calculate question needs a calculation</source>
        <translation>Une question calculate a besoin d’un calcul</translation>
    </message>
    <message>
        <source>The range cannot be used: {reason}</source>
        <translation>La plage ne peut pas être utilisée : {reason}</translation>
    </message>
    <message>
        <source>The default is not a valid answer: {reason}</source>
        <translation>La valeur par défaut n’est pas une réponse valable : {reason}</translation>
    </message>
    <message>
        <source>{reference} is a group; refer to a question inside it</source>
        <translation>{reference} est un groupe ; faites référence à une question qu’il contient</translation>
    </message>
    <message>
        <source>There is no question called "{name}"; did you mean {near}?</source>
        <translation>Il n’y a pas de question nommée « {name} » ; vouliez-vous dire {near} ?</translation>
    </message>
    <message>
        <source>There is no question called "{name}"</source>
        <translation>Il n’y a pas de question nommée « {name} »</translation>
    </message>
    <message>
        <source>instance('{name}') names no choice list of this form</source>
        <translation>instance('{name}') ne nomme aucune liste de choix de ce formulaire</translation>
    </message>
    <message>
        <source>pulldata() reads {value}, which this questionnaire lacks</source>
        <translation>pulldata() lit {value}, qui manque à ce questionnaire</translation>
    </message>
    <message>
        <source>A choice has no name</source>
        <translation>Un choix n’a pas de nom</translation>
    </message>
    <message>
        <source>The choice "{name}" appears more than once</source>
        <translation>Le choix « {name} » apparaît plusieurs fois</translation>
    </message>
    <message>
        <source>The choice "{name}" has a space in its name, which cannot be stored</source>
        <translation>Le choix « {name} » a une espace dans son nom, ce qui ne peut pas être enregistré</translation>
    </message>
    <message>
        <source>to check for no answer, write ${q} = ''</source>
        <translation>pour vérifier qu’il n’y a pas de réponse, écrivez ${q} = ''</translation>
    </message>
    <message>
        <source>did you mean {name}()?</source>
        <translation>vouliez-vous dire {name}() ?</translation>
    </message>
    <message>
        <source>did you mean '{name}' (a text) or ${{{name}}}?</source>
        <translation>vouliez-vous dire '{name}' (un texte) ou ${{{name}}} ?</translation>
    </message>
    <message>
        <source>{item}{row}, column "{column}": the word "{name}" on its own names nothing, so it is empty here (as in ODK Collect); {hint}</source>
        <translation>{item}{row}, colonne « {column} » : le mot « {name} » seul ne désigne rien, il est donc vide ici (comme dans ODK Collect) ; {hint}</translation>
    </message>
    <message>
        <source>The calculation of {item}{row} uses {names}, which only that program works out; DuoDesk leaves this calculation empty</source>
        <translation>Le calcul de {item}{row} utilise {names}, que seul ce programme calcule ; DuoDesk laisse ce calcul vide</translation>
    </message>
    <message>
        <source>{item}{row}, column "{column}", uses ${{last-saved#{value}}}: DuoDesk does not fill answers from the last saved interview, so it is always empty here</source>
        <translation>{item}{row}, colonne « {column} », utilise ${{last-saved#{value}}} : DuoDesk ne remplit pas de réponses à partir du dernier entretien enregistré, donc c'est toujours vide ici</translation>
    </message>
    <message>
        <source>The default of {question}, "{default}", is not one of its answer options, so nothing is selected at the start; change the default or leave it empty</source>
        <translation>La valeur par défaut de {question}, « {default} », n'est pas une de ses réponses possibles, donc rien n'est choisi au début ; changez la valeur par défaut ou laissez-la vide</translation>
    </message>
    <message>
        <source>Question {question} has no answers to choose from; add its answer options</source>
        <translation>La question {question} n'a pas de réponses à choisir ; ajoutez ses réponses possibles</translation>
    </message>
    <message>
        <source>The choice filter of {question} uses "{name}", but the choices of "{name2}" have no such column, so it is always empty; check its spelling</source>
        <translation>Le filtre de choix de {question} utilise « {name} », mais les choix de « {name2} » n'ont pas cette colonne, donc il est toujours vide ; vérifiez l'orthographe</translation>
    </message>
    <message>
        <source>itself</source>
        <translation>elle-même</translation>
    </message>
    <message>
        <source>"{name}", which comes later</source>
        <translation>« {name} », qui vient plus loin</translation>
    </message>
    <message>
        <source>{item} is asked depending on the answer to {where}: at that point there is no answer yet. Move it after "{name}" or change its condition</source>
        <translation>{item} est posée selon la réponse à {where} : à ce moment-là, il n'y a pas encore de réponse. Mettez-la après « {name} » ou changez sa condition</translation>
    </message>
    <message>
        <source>{item} can never be asked: {reason}</source>
        <translation>{item} ne peut jamais être posée : {reason}</translation>
    </message>
    <message>
        <source>its condition is always false</source>
        <translation>sa condition est toujours fausse</translation>
    </message>
    <message>
        <source>it depends on "{name}", which is never asked</source>
        <translation>elle dépend de « {name} », qui n’est jamais posée</translation>
    </message>
    <message>
        <source>it needs "{name}" to be "{value}", which is not one of its answer options</source>
        <translation>il faudrait que « {name} » soit « {value} », qui n’est pas une de ses options de réponse</translation>
    </message>
    <message>
        <source>it needs "{name}" to be both "{first}" and "{second}"</source>
        <translation>il faudrait que « {name} » soit à la fois « {first} » et « {second} »</translation>
    </message>
    <message>
        <source>The grid {group} mixes answer scales ({names}): all its statements should be answered on the same scale</source>
        <translation>La grille {group} mélange des échelles de réponse ({names}) : toutes ses affirmations devraient avoir la même échelle</translation>
    </message>
    <message>
        <source>The grid {group} holds something that is not a one-answer statement ("{name}")</source>
        <translation>La grille {group} contient quelque chose qui n'est pas une affirmation à une réponse (« {name} »)</translation>
    </message>
    <message>
        <source>OpenStreetMap questions need the OpenMapKit app on a phone; DuoDesk cannot ask them (remove the row, or ask for a written answer instead)</source>
        <extracomment>Why a question type is refused, said with ``translate("Questionnaire", ...)`` where used.</extracomment>
        <translation>Les questions OpenStreetMap demandent l'application OpenMapKit sur un téléphone ; DuoDesk ne peut pas les poser (supprimez la ligne, ou demandez plutôt une réponse écrite)</translation>
    </message>
    <message>
        <source>DuoDesk reads one questionnaire file at a time; copy the rows of the included form into this one</source>
        <translation>DuoDesk lit un seul fichier de questionnaire à la fois ; copiez les lignes du formulaire inclus dans celui-ci</translation>
    </message>
    <message>
        <source>DuoDesk cannot ask rank questions yet; ask the first, second and third choice as separate select_one questions instead</source>
        <translation>DuoDesk ne peut pas encore poser de questions de classement ; demandez plutôt le premier, le deuxième et le troisième choix dans des questions select_one séparées</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation><numerusform>... et %n autre</numerusform><numerusform>... et %n autres</numerusform></translation>
    </message>
    <message>
        <source>this is not a questionnaire DuoDesk can use:</source>
        <translation>ce n'est pas un questionnaire que DuoDesk peut utiliser :</translation>
    </message>
    <message>
        <source>the sheet is empty. It should hold the questions: a header row (type, name, label), then one question a row.</source>
        <translation>la feuille est vide. Elle doit contenir les questions : une ligne d'en-tête (type, name, label), puis une question par ligne.</translation>
    </message>
    <message>
        <source>there is no sheet named "{sheet}"</source>
        <translation>il n'y a pas de feuille nommée « {sheet} »</translation>
    </message>
    <message>
        <source>sheet "{sheet}" has its header row ({header}) but nothing under it: write the questions under the header, one a row.</source>
        <translation>la feuille « {sheet} » a sa ligne d'en-tête ({header}) mais rien dessous : écrivez les questions sous l'en-tête, une par ligne.</translation>
    </message>
    <message>
        <source>sheet "{sheet}" has groups but no questions in them.</source>
        <translation>la feuille « {sheet} » a des groupes mais aucune question dedans.</translation>
    </message>
    <message>
        <source>sheet "settings", column "participant_code": there is no question called "{name}"</source>
        <translation>feuille « settings », colonne « participant_code » : il n'y a pas de question nommée « {name} »</translation>
    </message>
    <message>
        <source>sheet "{sheet}": there are two columns called "{cleaned}" (columns {value} and {index}); keep one</source>
        <translation>feuille « {sheet} » : il y a deux colonnes appelées « {cleaned} » (colonnes {value} et {index}) ; gardez-en une</translation>
    </message>
    <message>
        <source>{where}: "{value}" should be yes or empty</source>
        <translation>{where} : « {value} » devrait être yes ou vide</translation>
    </message>
    <message>
        <source>{where}: a choice of list "{list_name}" has no name</source>
        <translation>{where} : un choix de la liste « {list_name} » n'a pas de nom</translation>
    </message>
    <message>
        <source>{where}: list "{list_name}" already has a choice "{name}" (row {value})</source>
        <translation>{where} : la liste « {list_name} » a déjà un choix « {name} » (ligne {value})</translation>
    </message>
    <message>
        <source>{where}: the list "{value}" is not on the "choices" sheet</source>
        <translation>{where} : la liste « {value} » n'est pas sur la feuille « choices »</translation>
    </message>
    <message>
        <source>{where}: "{raw}": {value}</source>
        <translation>{where} : « {raw} » : {value}</translation>
    </message>
    <message>
        <source>{where}: "{raw}" is not a question type DuoDesk knows</source>
        <translation>{where} : « {raw} » n'est pas un type de question que DuoDesk connaît</translation>
    </message>
    <message>
        <source>{where}: "{raw}" should name exactly one choice list</source>
        <translation>{where} : « {raw} » devrait nommer exactement une liste de choix</translation>
    </message>
    <message>
        <source>{where}: "or_other" cannot be used with a choice_filter (pyxform refuses it too); add an "other" choice to the list instead</source>
        <translation>{where} : « or_other » ne peut pas être utilisé avec un choice_filter (pyxform le refuse aussi) ; ajoutez plutôt un choix « other » à la liste</translation>
    </message>
    <message>
        <source>sheet "{sheet}": there is no "type" column</source>
        <translation>feuille « {sheet} » : il n'y a pas de colonne « type »</translation>
    </message>
    <message>
        <source>{where}: "{value}" has no type</source>
        <translation>{where} : « {value} » n'a pas de type</translation>
    </message>
    <message>
        <source>{where}: {marker} without a {opener}</source>
        <translation>{where} : {marker} sans {opener}</translation>
    </message>
    <message>
        <source>{where}: a "{raw_type}" row has no name</source>
        <translation>{where} : une ligne « {raw_type} » n'a pas de nom</translation>
    </message>
    <message>
        <source>{where}: "{name}" is not a valid name (use letters, digits and underscores, starting with a letter, at most 64 characters)</source>
        <translation>{where} : « {name} » n'est pas un nom valide (utilisez des lettres, des chiffres et des tirets bas, en commençant par une lettre, 64 caractères au plus)</translation>
    </message>
    <message>
        <source>in the same group </source>
        <translation>dans le même groupe </translation>
    </message>
    <message>
        <source>{where}: "{name}" is already used {where2}on row {value}</source>
        <translation>{where} : « {name} » est déjà utilisé {where2}à la ligne {value}</translation>
    </message>
    <message>
        <source>{where}: the calculation "{name}" is empty</source>
        <translation>{where} : le calcul « {name} » est vide</translation>
    </message>
    <message>
        <source>{where}: "or_other" adds a question "{other_name}", but that name is already used on row {value}</source>
        <translation>{where} : « or_other » ajoute une question « {other_name} », mais ce nom est déjà utilisé à la ligne {value}</translation>
    </message>
    <message>
        <source>{where}: the {what} "{value}" is never ended</source>
        <translation>{where} : le {what} « {value} » n'est jamais fermé</translation>
    </message>
    <message>
        <source>sheet "survey", row {row}, column "name": "{name}" is used in several groups, and its group path {path} is longer than 64 characters; give it a name of its own</source>
        <translation>feuille « survey », ligne {row}, colonne « name » : « {name} » est utilisé dans plusieurs groupes, et son chemin de groupe {path} dépasse 64 caractères ; donnez-lui un nom propre</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>sheet "survey", row {row}, column "{column}": ${{{name}}} could mean any of the questions called "{name}" (rows {rows}); give them different names</source>
        <translation>feuille « survey », ligne {row}, colonne « {column} » : ${{{name}}} pourrait être n'importe laquelle des questions appelées « {name} » (lignes {rows}) ; donnez-leur des noms différents</translation>
    </message>
    <message>
        <source> (it reads the "inputs" the Community Health Toolkit app fills in; such forms belong to that program, and neither DuoDesk nor ODK Collect can fill them)</source>
        <translation> (il lit les « inputs » que remplit l'application Community Health Toolkit ; ces formulaires appartiennent à ce programme, et ni DuoDesk ni ODK Collect ne peuvent les remplir)</translation>
    </message>
    <message>
        <source>sheet "survey", row {row}, column "{column}": "{written}" names no question of this form{cht}</source>
        <translation>feuille « survey », ligne {row}, colonne « {column} » : « {written} » ne nomme aucune question de ce formulaire{cht}</translation>
    </message>
    <message>
        <source>{where}: the loop makes a group for each choice of "{name}", but "{name2}" cannot name a group</source>
        <translation>{where} : la boucle crée un groupe pour chaque choix de « {name} », mais « {name2} » ne peut pas nommer un groupe</translation>
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
        <translation>moins de {number}</translation>
    </message>
    <message>
        <source>{number} or more</source>
        <translation>{number} ou plus</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} à {high}</translation>
    </message>
    <message>
        <source>more than {low} to {high}</source>
        <translation>plus de {low} à {high}</translation>
    </message>
    <message>
        <source>more than {number}</source>
        <translation>plus de {number}</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>Nombre de personnes</translation>
    </message>
    <message>
        <source>Number of {things}</source>
        <translation>Nombre de {things}</translation>
    </message>
    <message>
        <source>interviews</source>
        <translation>entretiens</translation>
    </message>
    <message>
        <source>Counted over {count} {things} named by {people} person</source>
        <translation>Compté sur {count} {things} cités par {people} personne</translation>
    </message>
    <message>
        <source>Counted over {count} {things} named by {people} people</source>
        <translation>Compté sur {count} {things} cités par {people} personnes</translation>
    </message>
    <message>
        <source>{answered} of the {asked} {unit} asked about answered</source>
        <translation>{answered} des {asked} {unit} interrogés ont répondu</translation>
    </message>
    <message>
        <source>1 person was asked and answered</source>
        <translation>1 personne a été interrogée et a répondu</translation>
    </message>
    <message>
        <source>1 person was asked</source>
        <translation>1 personne a été interrogée</translation>
    </message>
    <message>
        <source>{answered} of the {asked} people asked answered</source>
        <translation>{answered} des {asked} personnes interrogées ont répondu</translation>
    </message>
    <message numerus="yes">
        <source>%n gave no answer</source>
        <translation><numerusform>%n n'a pas répondu</numerusform><numerusform>%n n'ont pas répondu</numerusform></translation>
    </message>
    <message>
        <source>{count} was not asked (skipped)</source>
        <translation>{count} n'a pas été interrogée (sautée)</translation>
    </message>
    <message>
        <source>{count} were not asked (skipped)</source>
        <translation>{count} n'ont pas été interrogées (sautées)</translation>
    </message>
    <message>
        <source>{count} had a version of the questionnaire without this question</source>
        <translation>{count} avaient une version du questionnaire sans cette question</translation>
    </message>
    <message>
        <source>{count} came from an imported file that had no column for this question</source>
        <translation>{count} venaient d'un fichier importé qui n'avait pas de colonne pour cette question</translation>
    </message>
    <message>
        <source>{count} answered {codes}, which is left out of valid percent</source>
        <translation>{count} ont répondu {codes}, ce qui ne compte pas dans le pourcentage valide</translation>
    </message>
    <message>
        <source>{left} or {right}</source>
        <translation>{left} ou {right}</translation>
    </message>
    <message numerus="yes">
        <source>“% of people” is out of the {answered} who ticked at least one answer (including {only} who ticked only {codes}); “% of all answers ticked” is out of the %n answer ticked</source>
        <translation><numerusform>« % des personnes » est calculé sur les {answered} qui ont coché au moins une réponse (dont {only} qui n’ont coché que {codes}) ; « % de toutes les réponses cochées » est calculé sur la seule réponse cochée (%n)</numerusform><numerusform>« % des personnes » est calculé sur les {answered} qui ont coché au moins une réponse (dont {only} qui n’ont coché que {codes}) ; « % de toutes les réponses cochées » est calculé sur les %n réponses cochées</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>“% of people” is out of the {answered} who ticked at least one answer (including {only} who ticked only {codes}); “% of all answers ticked” is out of the %n answers ticked</source>
        <translation><numerusform>« % des personnes » est calculé sur les {answered} qui ont coché au moins une réponse (dont {only} qui n’ont coché que {codes}) ; « % de toutes les réponses cochées » est calculé sur la seule réponse cochée (%n)</numerusform><numerusform>« % des personnes » est calculé sur les {answered} qui ont coché au moins une réponse (dont {only} qui n’ont coché que {codes}) ; « % de toutes les réponses cochées » est calculé sur les %n réponses cochées</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>“% of people” is out of the {answered} who ticked at least one answer; “% of all answers ticked” is out of the %n answer ticked</source>
        <translation><numerusform>« % des personnes » est calculé sur les {answered} qui ont coché au moins une réponse ; « % de toutes les réponses cochées » est calculé sur la seule réponse cochée (%n)</numerusform><numerusform>« % des personnes » est calculé sur les {answered} qui ont coché au moins une réponse ; « % de toutes les réponses cochées » est calculé sur les %n réponses cochées</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>“% of people” is out of the {answered} who ticked at least one answer; “% of all answers ticked” is out of the %n answers ticked</source>
        <translation><numerusform>« % des personnes » est calculé sur les {answered} qui ont coché au moins une réponse ; « % de toutes les réponses cochées » est calculé sur la seule réponse cochée (%n)</numerusform><numerusform>« % des personnes » est calculé sur les {answered} qui ont coché au moins une réponse ; « % de toutes les réponses cochées » est calculé sur les %n réponses cochées</numerusform></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Enquêteur</translation>
    </message>
    <message>
        <source>enter interviews</source>
        <translation>saisir des entretiens</translation>
    </message>
    <message>
        <source>see every interviewer's interviews</source>
        <translation>voir les entretiens de chaque enquêteur</translation>
    </message>
    <message>
        <source>see the results</source>
        <translation>voir les résultats</translation>
    </message>
    <message>
        <source>export</source>
        <translation>exporter</translation>
    </message>
    <message>
        <source>change the questionnaires</source>
        <translation>changer les questionnaires</translation>
    </message>
    <message>
        <source>delete, restore or remove interviews for good</source>
        <translation>supprimer, restaurer ou effacer pour toujours des entretiens</translation>
    </message>
    <message>
        <source>send or add team transfer files</source>
        <translation>envoyer ou ajouter des fichiers de transfert de l'équipe</translation>
    </message>
    <message>
        <source>import interviews from a data file</source>
        <translation>importer des entretiens depuis un fichier de données</translation>
    </message>
    <message>
        <source>change the passphrase, restore backups and read the audit trail</source>
        <translation>changer la phrase secrète, restaurer des sauvegardes et lire le journal d'audit</translation>
    </message>
    <message>
        <source>manage the people and their roles</source>
        <translation>gérer les personnes et leurs rôles</translation>
    </message>
    <message>
        <source>Only a coordinator can {what}. Ask your coordinator.</source>
        <translation>Seul un coordinateur peut {what}. Demandez à votre coordinateur.</translation>
    </message>
</context>
<context>
    <name>SPSS</name>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>Not asked (skipped)</source>
        <translation>Pas posée (sautée)</translation>
    </message>
    <message>
        <source>Not in this version</source>
        <translation>Pas dans cette version</translation>
    </message>
    <message>
        <source>No answer, Not asked (skipped) and Not in this version are coded {no_answer}, {not_asked} and {not_in_version} here, as choices named {names} keep their numbers</source>
        <translation>Pas de réponse, Pas posée (sautée) et Pas dans cette version sont codés ici {no_answer}, {not_asked} et {not_in_version}, car les choix nommés {names} gardent leur nombre</translation>
    </message>
    <message>
        <source>missing codes {codes} are not declared missing: SPSS cannot declare them beside the others without also declaring a real answer</source>
        <translation>les codes manquants {codes} ne sont pas déclarés manquants : SPSS ne peut pas les déclarer avec les autres sans déclarer aussi une vraie réponse</translation>
    </message>
    <message>
        <source>named “{column}” in the CSV file and the workbook (SPSS needed another name)</source>
        <translation>appelée « {column} » dans le fichier CSV et le classeur (SPSS demandait un autre nom)</translation>
    </message>
    <message>
        <source>Not ticked</source>
        <translation>Pas coché</translation>
    </message>
    <message>
        <source>Ticked</source>
        <translation>Coché</translation>
    </message>
    <message>
        <source>written as text: {count} answer(s) such as {first} have more digits than an SPSS number holds exactly</source>
        <translation>écrit en texte : {count} réponse(s) comme {first} ont plus de chiffres qu'un nombre SPSS ne peut en garder exactement</translation>
    </message>
    <message>
        <source>Interview number</source>
        <translation>Numéro de l’entretien</translation>
    </message>
    <message>
        <source>Which {unit} of the interview</source>
        <translation>Quel {unit} de l’entretien</translation>
    </message>
    <message>
        <source>The instance it is inside (if any)</source>
        <translation>L’occurrence qui le contient (s’il y en a une)</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Label (in full)</source>
        <translation>Libellé (en entier)</translation>
    </message>
    <message>
        <source>Values (code = label, in full)</source>
        <translation>Valeurs (code = libellé, en entier)</translation>
    </message>
    <message>
        <source>Declared missing</source>
        <translation>Déclarés manquants</translation>
    </message>
    <message>
        <source>Cut or changed in the .sav file</source>
        <translation>Coupé ou changé dans le fichier .sav</translation>
    </message>
    <message>
        <source>variable label</source>
        <translation>libellé de variable</translation>
    </message>
    <message>
        <source>value label {code}</source>
        <translation>libellé de valeur {code}</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} à {high}</translation>
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
        <translation>{question} n'est pas {value}</translation>
    </message>
    <message>
        <source>{question} is more than {value}</source>
        <translation>{question} est plus que {value}</translation>
    </message>
    <message>
        <source>{question} is at least {value}</source>
        <translation>{question} est au moins {value}</translation>
    </message>
    <message>
        <source>{question} is less than {value}</source>
        <translation>{question} est moins que {value}</translation>
    </message>
    <message>
        <source>{question} is at most {value}</source>
        <translation>{question} est au plus {value}</translation>
    </message>
    <message>
        <source>asked of everyone</source>
        <translation>posée à tout le monde</translation>
    </message>
    <message>
        <source>{left} or {right}</source>
        <translation>{left} ou {right}</translation>
    </message>
    <message>
        <source>{left} and {right}</source>
        <translation>{left} et {right}</translation>
    </message>
    <message>
        <source>asked only if {condition}</source>
        <translation>posée seulement si {condition}</translation>
    </message>
    <message>
        <source>the answer</source>
        <translation>la réponse</translation>
    </message>
    <message>
        <source>{question} was not answered</source>
        <translation>{question} n'a pas eu de réponse</translation>
    </message>
    <message>
        <source>{question} was answered</source>
        <translation>{question} a eu une réponse</translation>
    </message>
    <message>
        <source>{question} does not include {choice}</source>
        <translation>{question} ne contient pas {choice}</translation>
    </message>
    <message>
        <source>{question} includes {choice}</source>
        <translation>{question} contient {choice}</translation>
    </message>
    <message>
        <source>not ({condition})</source>
        <translation>non ({condition})</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>This interview was entered by someone else: only its interviewer or a coordinator can change it. Nothing was changed.</source>
        <translation>Cet entretien a été saisi par quelqu'un d'autre : seul son enquêteur ou un coordinateur peut le changer. Rien n'a été changé.</translation>
    </message>
    <message>
        <source>this cell holds a formula ("{value}"); a coding sheet takes typed text only. Type the themes' names instead.</source>
        <translation>cette cellule contient une formule (« {value} ») ; une feuille de codage prend seulement du texte tapé. Tapez plutôt les noms des thèmes.</translation>
    </message>
    <message>
        <source>"{raw}" is not an interview id.</source>
        <translation>« {raw} » n'est pas un identifiant d'entretien.</translation>
    </message>
    <message>
        <source>the interview "{raw}" has no written answer to "{question}" in this project.</source>
        <translation>l'entretien « {raw} » n'a pas de réponse écrite à « {question} » dans ce projet.</translation>
    </message>
    <message>
        <source>this interview is already on row {value}.</source>
        <translation>cet entretien est déjà à la ligne {value}.</translation>
    </message>
    <message>
        <source>"{label}" cannot be a theme's name: it starts like a spreadsheet formula.</source>
        <translation>« {label} » ne peut pas être le nom d'un thème : il commence comme une formule de tableur.</translation>
    </message>
    <message>
        <source>"{value}" should be "yes" or left empty.</source>
        <translation>« {value} » devrait être « yes » ou laissé vide.</translation>
    </message>
    <message>
        <source>an answer marked not codable cannot have themes too.</source>
        <translation>une réponse marquée impossible à coder ne peut pas avoir aussi des thèmes.</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Garder les deux</translation>
    </message>
    <message>
        <source>The same person</source>
        <translation>La même personne</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>Pas la même personne</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Pas encore examiné</translation>
    </message>
    <message>
        <source>There is no questionnaire "{form_id}" in this project.</source>
        <translation>Il n'y a pas de questionnaire « {form_id} » dans ce projet.</translation>
    </message>
    <message>
        <source>{decision!r} is not a decision: use one of {items}</source>
        <translation>{decision!r} n'est pas une décision : utilisez une de celles-ci : {items}</translation>
    </message>
    <message>
        <source>Name the two interviews by the ids that `duodesk duplicates` lists.</source>
        <translation>Nommez les deux entretiens par les identifiants que `duodesk duplicates` liste.</translation>
    </message>
    <message>
        <source>These two interviews are not both in this project: name them by the ids that `duodesk duplicates` lists. Nothing was recorded.</source>
        <translation>Ces deux entretiens ne sont pas tous les deux dans ce projet : nommez-les par les identifiants que `duodesk duplicates` liste. Rien n'a été noté.</translation>
    </message>
    <message>
        <source>A passphrase cannot be empty or contain a NUL character.</source>
        <translation>Une phrase secrète ne peut pas être vide ni contenir un caractère NUL.</translation>
    </message>
    <message>
        <source>{name} is not locked with a passphrase: open it without one.</source>
        <translation>{name} n’est pas verrouillé par une phrase secrète : ouvrez-le sans.</translation>
    </message>
    <message>
        <source>{name} is locked with a passphrase. Enter the project's passphrase.</source>
        <translation>{name} est verrouillé par une phrase secrète. Saisissez la phrase secrète du projet.</translation>
    </message>
    <message>
        <source>The first bytes of {name} are not those of the project this laptop last opened there: the file is damaged, or another project was copied over it. If it is another project, type that project's passphrase; otherwise restore a backup: duodesk restore BACKUP (the backups are the files {name}.*.backup beside it).</source>
        <translation>Les premiers octets de {name} ne sont pas ceux du projet que cet ordinateur a ouvert là en dernier : le fichier est abîmé, ou un autre projet a été copié par-dessus. Si c’est un autre projet, tapez la phrase secrète de ce projet ; sinon restaurez une sauvegarde : duodesk restore SAUVEGARDE (les sauvegardes sont les fichiers {name}.*.backup à côté).</translation>
    </message>
    <message>
        <source>The passphrase for {name} is not right, or the file is not a DuoDesk project. Check the passphrase (capital letters count) and try again.</source>
        <translation>La phrase secrète de {name} n’est pas la bonne, ou le fichier n’est pas un projet DuoDesk. Vérifiez la phrase secrète (les majuscules comptent) et réessayez.</translation>
    </message>
    <message>
        <source>{name} is damaged (its contents fail SQLite's checks), so DuoDesk will not use it; nothing was changed. There is no backup of it beside it (files named {name}.*.backup): look for a copy elsewhere, such as a memory stick or another laptop of the team.</source>
        <translation>{name} est endommagé (son contenu ne passe pas les contrôles de SQLite), donc DuoDesk ne l'utilisera pas ; rien n'a été modifié. Il n'y a pas de sauvegarde à côté (fichiers nommés {name}.*.backup) : cherchez une copie ailleurs, par exemple sur une clé USB ou un autre ordinateur de l'équipe.</translation>
    </message>
    <message>
        <source>{name} is damaged (its contents fail SQLite's checks), so DuoDesk will not use it; nothing was changed. Restore a backup: duodesk restore BACKUP (the backups are the files {name}.*.backup beside it).</source>
        <translation>{name} est endommagé (son contenu échoue aux contrôles de SQLite), donc DuoDesk ne l’utilisera pas ; rien n’a été modifié. Restaurez une sauvegarde : duodesk restore BACKUP (les sauvegardes sont les fichiers {name}.*.backup à côté).</translation>
    </message>
    <message>
        <source>{where} was made by a newer version of DuoDesk. Install the newer version to open it; nothing was changed.</source>
        <translation>{where} a été fait par une version plus récente de DuoDesk. Installez la version plus récente pour l'ouvrir ; rien n'a été changé.</translation>
    </message>
    <message>
        <source>{where} is a database, but not a DuoDesk project; nothing was changed.</source>
        <translation>{where} est une base de données, mais pas un projet DuoDesk ; rien n'a été changé.</translation>
    </message>
    <message>
        <source>The project is closing.</source>
        <translation>Le projet se ferme.</translation>
    </message>
    <message>
        <source>There is no DuoDesk project at {path}.</source>
        <translation>Il n'y a pas de projet DuoDesk à {path}.</translation>
    </message>
    <message>
        <source>A shared server database is restored on the server.</source>
        <translation>Une base de données partagée sur un serveur se restaure sur le serveur.</translation>
    </message>
    <message>
        <source>Upgrading {value} would leave {broken} rows pointing at nothing, so it was not upgraded; nothing was changed.</source>
        <translation>Mettre à jour {value} laisserait {broken} lignes qui ne pointent vers rien, donc ce n'est pas fait ; rien n'a été changé.</translation>
    </message>
    <message>
        <source>{where} listed its people on this laptop and lists nobody now: it was replaced or changed by hand. A coordinator can restore a backup that lists them (duodesk restore BACKUP --person NAME, a coordinator listed in the backup).</source>
        <translation>{where} avait sa liste de personnes sur cet ordinateur et n’en a plus aucune : il a été remplacé ou modifié à la main. Un coordinateur peut restaurer une sauvegarde qui les liste (duodesk restore SAUVEGARDE --person NOM, un coordinateur de la sauvegarde).</translation>
    </message>
    <message>
        <source>There is no DuoDesk project in the database {value}; nothing was changed. Add a questionnaire to it first.</source>
        <translation>Il n'y a pas de projet DuoDesk dans la base de données {value} ; rien n'a été changé. Ajoutez-y d'abord un questionnaire.</translation>
    </message>
    <message>
        <source>locked with a passphrase</source>
        <translation>verrouillé par une phrase secrète</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>non chiffré</translation>
    </message>
    <message>
        <source>on this computer's own server</source>
        <translation>sur le serveur de cet ordinateur</translation>
    </message>
    <message>
        <source>server connection NOT encrypted</source>
        <translation>connexion au serveur NON chiffrée</translation>
    </message>
    <message>
        <source>server connection encrypted (TLS)</source>
        <translation>connexion au serveur chiffrée (TLS)</translation>
    </message>
    <message>
        <source>Backups of a shared server database are made on the server.</source>
        <translation>Les sauvegardes d'une base de données partagée sur un serveur se font sur le serveur.</translation>
    </message>
    <message>
        <source>There is no backup file at {backup}.</source>
        <translation>Il n'y a pas de fichier de sauvegarde à {backup}.</translation>
    </message>
    <message>
        <source>A shared server database is protected by the server.</source>
        <translation>Une base de données partagée sur un serveur est protégée par le serveur.</translation>
    </message>
    <message>
        <source>Another DuoDesk window or command has this project open. Close it and try again; nothing was changed.</source>
        <translation>Une autre fenêtre ou commande DuoDesk a ce projet ouvert. Fermez-la et réessayez ; rien n'a été changé.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a DuoDesk project file.</source>
        <translation>{path} est un dossier, pas un fichier de projet DuoDesk.</translation>
    </message>
    <message>
        <source>{name} is being changed by another DuoDesk (a new passphrase or a restored backup). Try again in a minute; nothing was changed.</source>
        <translation>{name} est en train d'être changé par un autre DuoDesk (une nouvelle phrase secrète ou une sauvegarde restaurée). Réessayez dans une minute ; rien n'a été changé.</translation>
    </message>
    <message>
        <source>{file} is from before this project listed its people: restored, it would let anyone do everything. Choose a later backup. Nothing was changed.</source>
        <translation>{file} date d’avant la liste des personnes de ce projet : restauré, il laisserait n’importe qui tout faire. Choisissez une sauvegarde plus récente. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>{name} is on the list again, as {role}.</source>
        <translation>{name} est de nouveau sur la liste, comme {role}.</translation>
    </message>
    <message>
        <source>{name} is {role} again.</source>
        <translation>{name} est de nouveau {role}.</translation>
    </message>
    <message>
        <source>{name} is no longer on the list.</source>
        <translation>{name} n’est plus sur la liste.</translation>
    </message>
    <message>
        <source>{file} is not an earlier copy of this project: its audit trail is not the project's (record {number} was changed, removed or never written here). Nothing was changed.</source>
        <translation>{file} n’est pas une copie antérieure de ce projet : son journal n’est pas celui du projet (l’enregistrement {number} a été modifié, supprimé ou n’a jamais été écrit ici). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The project cannot be read, so who may restore it is checked against the list of people in {file}: give the name and password of a coordinator listed there (--person and --pin-file). Nothing was changed.</source>
        <translation>Le projet ne peut pas être lu ; qui peut le restaurer est donc vérifié dans la liste des personnes de {file} : donnez le nom et le mot de passe d’un coordinateur de cette liste (--person et --pin-file). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>{name} opens with neither the old passphrase nor none.</source>
        <translation>{name} ne s'ouvre ni avec l'ancienne phrase secrète ni sans phrase secrète.</translation>
    </message>
    <message>
        <source>That is not a database address DuoDesk understands.</source>
        <translation>Ce n'est pas une adresse de base de données que DuoDesk comprend.</translation>
    </message>
    <message>
        <source>DuoDesk cannot open a database at {url}: it works with SQLite files and PostgreSQL servers (postgresql://...).</source>
        <translation>DuoDesk ne peut pas ouvrir une base de données à {url} : il fonctionne avec des fichiers SQLite et des serveurs PostgreSQL (postgresql://...).</translation>
    </message>
    <message>
        <source>This copy of DuoDesk cannot open a database on a server: its PostgreSQL driver (psycopg) is not installed. Install DuoDesk with its postgresql extra (pip install "duodesk[postgresql]") to use one.</source>
        <translation>Cette copie de DuoDesk ne peut pas ouvrir une base de données sur un serveur : son pilote PostgreSQL (psycopg) n'est pas installé. Installez DuoDesk avec son option postgresql (pip install "duodesk[postgresql]") pour en utiliser une.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>The server asks for {user}'s password. Type it when asked, or keep it in the PGPASSWORD variable or a ~/.pgpass file.</source>
        <translation>Le serveur demande le mot de passe de {user}. Tapez-le quand il est demandé, ou gardez-le dans la variable PGPASSWORD ou un fichier ~/.pgpass.</translation>
    </message>
    <message>
        <source>The server at {host} refused the user name or password.</source>
        <translation>Le serveur {host} a refusé le nom d’utilisateur ou le mot de passe.</translation>
    </message>
    <message>
        <source>The server at {host} has no user called {user}.</source>
        <translation>Le serveur {host} n’a pas d’utilisateur nommé {user}.</translation>
    </message>
    <message>
        <source>The server at {host} has no database called {database}. Ask whoever runs the server to create it.</source>
        <translation>Le serveur {host} n’a pas de base de données nommée {database}. Demandez à la personne qui gère le serveur de la créer.</translation>
    </message>
    <message>
        <source>The server name {host} is not known: check its spelling and the network.</source>
        <translation>Le nom de serveur {host} est inconnu : vérifiez son orthographe et le réseau.</translation>
    </message>
    <message>
        <source>The server at {host} did not answer within {seconds} seconds. Check the network, or try again later.</source>
        <translation>Le serveur {host} n’a pas répondu en {seconds} secondes. Vérifiez le réseau, ou réessayez plus tard.</translation>
    </message>
    <message>
        <source>The address of the server says sslmode={mode}, which is not a setting PostgreSQL knows: use sslmode=require, verify-ca or verify-full (or sslmode=disable, only on a network you trust).</source>
        <translation>L’adresse du serveur indique sslmode={mode}, un réglage que PostgreSQL ne connaît pas : utilisez sslmode=require, verify-ca ou verify-full (ou sslmode=disable, seulement sur un réseau de confiance).</translation>
    </message>
    <message>
        <source>The server at {host} does not offer an encrypted connection. Ask whoever runs it to turn TLS on (only on a network you trust, add sslmode=disable to the address).</source>
        <translation>Le serveur {host} ne propose pas de connexion chiffrée. Demandez à la personne qui le gère d’activer TLS (seulement sur un réseau de confiance, ajoutez sslmode=disable à l’adresse).</translation>
    </message>
    <message>
        <source>The server at {host} does not answer: is it running, and is this laptop on its network?</source>
        <translation>Le serveur {host} ne répond pas : est-il en marche, et cet ordinateur portable est-il sur son réseau ?</translation>
    </message>
    <message>
        <source>DuoDesk cannot use the server database {where}.</source>
        <translation>DuoDesk ne peut pas utiliser la base de données du serveur {where}.</translation>
    </message>
    <message>
        <source>That interview is not in this project.</source>
        <translation>Cet entretien n'est pas dans ce projet.</translation>
    </message>
    <message>
        <source>Type the number printed on the paper datasheet.</source>
        <translation>Tapez le numéro imprimé sur la fiche papier.</translation>
    </message>
    <message>
        <source>A datasheet number has at most 40 characters.</source>
        <translation>Un numéro de fiche a au plus 40 caractères.</translation>
    </message>
    <message>
        <source>Datasheet {number} has been entered twice already.</source>
        <translation>La fiche {number} a déjà été saisie deux fois.</translation>
    </message>
    <message>
        <source>Datasheet {number} was first entered by {entered_by}: somebody else checks it.</source>
        <translation>La fiche {number} a d'abord été saisie par {entered_by} : quelqu'un d'autre la vérifie.</translation>
    </message>
    <message>
        <source>Datasheet {number} has not been entered.</source>
        <extracomment>The interview's details from the start dialog, compared like answers under these names (a questionnaire's names cannot hold a space, so they never clash with a question).</extracomment>
        <translation>La fiche {number} n'a pas été saisie.</translation>
    </message>
    <message>
        <source>Datasheet {number} has been entered once; it is not checked yet.</source>
        <translation>La fiche {number} a été saisie une fois ; elle n'est pas encore vérifiée.</translation>
    </message>
    <message>
        <source>There is no questionnaire "{form_id}" in this project: add the questionnaire first.</source>
        <translation>Il n'y a pas de questionnaire « {form_id} » dans ce projet : ajoutez d'abord le questionnaire.</translation>
    </message>
    <message>
        <source>only {known} of its columns are questions of "{title}", and {unknown} are not (such as {names}): it looks like interviews of another questionnaire, so nothing was imported. Check the questionnaire chosen; if the file is this one's, take the other columns out of it and import it again.</source>
        <translation>seules {known} de ses colonnes sont des questions de « {title} », et {unknown} n'en sont pas (comme {names}) : ce sont sans doute des entretiens d'un autre questionnaire, donc rien n'a été importé. Vérifiez le questionnaire choisi ; si le fichier est bien le sien, retirez-en les autres colonnes et importez-le de nouveau.</translation>
    </message>
    <message>
        <source>no column is named after a question of "{title}". The first row must hold the question names.</source>
        <translation>aucune colonne ne porte le nom d'une question de « {title} ». La première ligne doit contenir les noms des questions.</translation>
    </message>
    <message>
        <source>Only an unfinished interview can be discarded; nothing was changed.</source>
        <translation>Seul un entretien non terminé peut être abandonné ; rien n'a été changé.</translation>
    </message>
    <message>
        <source>An interviewer needs a name.</source>
        <translation>Un enquêteur a besoin d'un nom.</translation>
    </message>
    <message>
        <source>an answer status that does not exist</source>
        <translation>un statut de réponse qui n'existe pas</translation>
    </message>
    <message>
        <source>{source} has an interview whose questionnaire is not in the file, so nothing was read from it.</source>
        <translation>{source} a un entretien dont le questionnaire n'est pas dans le fichier, donc rien n'en a été lu.</translation>
    </message>
    <message>
        <source>a coding both not codable and with themes</source>
        <translation>un codage à la fois impossible à coder et avec des thèmes</translation>
    </message>
    <message>
        <source>A PIN is {low} to {high} digits (only numbers).</source>
        <translation>Un code PIN a de {low} à {high} chiffres (seulement des chiffres).</translation>
    </message>
    <message>
        <source>A coordinator's password needs at least {password_length} characters.</source>
        <translation>Le mot de passe d'un coordinateur doit avoir au moins {password_length} caractères.</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>Une personne a besoin d'un nom.</translation>
    </message>
    <message>
        <source>That name is too long (200 characters at most).</source>
        <translation>Ce nom est trop long (200 caractères au plus).</translation>
    </message>
    <message>
        <source>Add a coordinator first: once people are listed, only a coordinator can change the list.</source>
        <translation>Ajoutez d'abord un coordinateur : une fois des personnes listées, seul un coordinateur peut changer la liste.</translation>
    </message>
    <message>
        <source>{name} is already on the list.</source>
        <translation>{name} est déjà sur la liste.</translation>
    </message>
    <message>
        <source>{name} is the only coordinator: add another one first.</source>
        <translation>{name} est le seul coordinateur : ajoutez-en d'abord un autre.</translation>
    </message>
    <message>
        <source>{name} is the only coordinator: add another coordinator first, or take everyone else off the list.</source>
        <translation>{name} est le seul coordinateur : ajoutez d'abord un autre coordinateur, ou retirez tous les autres de la liste.</translation>
    </message>
    <message>
        <source>{name} is not on the list of people.</source>
        <translation>{name} n'est pas sur la liste des personnes.</translation>
    </message>
    <message>
        <source>The team passphrase is not the one the project at {where} was set up with (capital letters count). Nothing was changed.</source>
        <translation>La phrase secrète de l'équipe n'est pas celle avec laquelle le projet à {where} a été créé (les majuscules comptent). Rien n'a été changé.</translation>
    </message>
    <message>
        <source>{source} belongs to a team whose participant codes are made with another key, and this project already has interviews with participant codes made with its own key, so people interviewed twice could not be found. Nothing was changed. The order of steps for a team is: the coordinator creates the questionnaire and sends a transfer file; each laptop reads that file first, in a new project, and only then enters or imports interviews.</source>
        <translation>{source} appartient à une équipe dont les codes participants sont faits avec une autre clé, et ce projet a déjà des entretiens avec des codes participants faits avec sa propre clé, donc les personnes interrogées deux fois ne pourraient pas être trouvées. Rien n'a été changé. L'ordre des étapes pour une équipe est : le coordinateur crée le questionnaire et envoie un fichier de transfert ; chaque ordinateur lit d'abord ce fichier, dans un nouveau projet, et seulement ensuite saisit ou importe des entretiens.</translation>
    </message>
    <message>
        <source>"{question}" is marked as identifying in the questionnaire (its answers could tell who a person is), so its answers are never coded into themes or quoted.</source>
        <extracomment>The main coding of an answer as it was before a disagreement about it was first settled, kept so that agreement between coders stays the blind agreement. No typed name can be this one (names are trimmed and their spaces collapsed), so nobody codes as it.</extracomment>
        <translation>« {question} » est marquée comme identifiante dans le questionnaire (ses réponses pourraient dire qui est une personne), donc ses réponses ne sont jamais codées en thèmes ni citées.</translation>
    </message>
    <message>
        <source>"{question}" is asked once per instance of a repeat; coding those answers into themes is not possible yet.</source>
        <translation>« {question} » est posée une fois par répétition ; coder ces réponses en thèmes n'est pas encore possible.</translation>
    </message>
    <message>
        <source>"{question}" is not a question answered in words, so its answers cannot be coded into themes.</source>
        <translation>« {question} » n'est pas une question à réponse écrite : ses réponses ne peuvent pas être codées en thèmes.</translation>
    </message>
    <message>
        <source>The words people wrote for "Other" are the question "{other}": code that one.</source>
        <translation>Les mots écrits pour « Autre » sont dans la question « {other} » : codez celle-là.</translation>
    </message>
    <message>
        <source>There is no question called "{question}" in "{title}".</source>
        <translation>Il n'y a pas de question appelée « {question} » dans « {title} ».</translation>
    </message>
    <message>
        <source>A theme needs a name.</source>
        <translation>Un thème doit avoir un nom.</translation>
    </message>
    <message>
        <source>A theme name cannot contain ";" ("{label}"): coding sheets use it to separate themes. Use a comma or a dash instead.</source>
        <translation>Un nom de thème ne peut pas contenir « ; » (« {label} ») : les feuilles de codage l'utilisent pour séparer les thèmes. Mettez une virgule ou un tiret.</translation>
    </message>
    <message>
        <source>A theme name cannot start with "{first}" ("{label}"): a spreadsheet would read it as a formula.</source>
        <translation>Un nom de thème ne peut pas commencer par « {first} » (« {label} ») : un tableur le lirait comme une formule.</translation>
    </message>
    <message>
        <source>There is already a theme called "{label}".</source>
        <translation>Il y a déjà un thème appelé « {label} ».</translation>
    </message>
    <message>
        <source>That theme no longer exists; somebody may have merged it.</source>
        <translation>Ce thème n'existe plus ; quelqu'un l'a peut-être fusionné.</translation>
    </message>
    <message>
        <source>There is already a theme called "{label}"; merge them instead.</source>
        <translation>Il y a déjà un thème appelé « {label} » ; fusionnez-les plutôt.</translation>
    </message>
    <message>
        <source>Choose two different themes to merge.</source>
        <translation>Choisissez deux thèmes différents à fusionner.</translation>
    </message>
    <message>
        <source>Only themes of the same question can be merged.</source>
        <translation>Seuls les thèmes d'une même question peuvent être fusionnés.</translation>
    </message>
    <message>
        <source>An answer marked not codable cannot have themes too.</source>
        <translation>Une réponse marquée impossible à coder ne peut pas avoir aussi des thèmes.</translation>
    </message>
    <message>
        <source>One of those themes no longer exists; somebody may have merged it.</source>
        <translation>Un de ces thèmes n'existe plus ; quelqu'un l'a peut-être fusionné.</translation>
    </message>
    <message>
        <source>The key that keeps this project's participant codes secret is not on this laptop (it is never kept in the project file, so a copied file does not bring it). Read a team transfer file made on a laptop of the team, which carries the key, and try again; nothing was changed.</source>
        <translation>La clé qui garde secrets les codes participants de ce projet n'est pas sur cet ordinateur (elle n'est jamais gardée dans le fichier du projet, donc un fichier copié ne l'apporte pas). Lisez un fichier de transfert fait sur un ordinateur de l'équipe, qui apporte la clé, et réessayez ; rien n'a été changé.</translation>
    </message>
    <message>
        <source>No interviews entered on this laptop were left to send: they were already sent to the server (from another DuoDesk window).</source>
        <translation>Il ne restait aucun entretien saisi sur cet ordinateur à envoyer : ils avaient déjà été envoyés au serveur (depuis une autre fenêtre de DuoDesk).</translation>
    </message>
    <message>
        <source>The interviews entered on this laptop were already on the server (sent before); now they are no longer kept on this laptop.</source>
        <translation>Les entretiens saisis sur cet ordinateur étaient déjà sur le serveur (envoyés auparavant) ; ils ne sont plus gardés sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The {count} interviews entered on this laptop are on the server now: {added} sent just now, {already} there already (sent before).</source>
        <translation>Les {count} entretiens saisis sur cet ordinateur sont maintenant sur le serveur : {added} envoyés à l'instant, {already} qui y étaient déjà (envoyés auparavant).</translation>
    </message>
    <message numerus="yes">
        <source>“{title}” has %n interview, so it cannot be removed.</source>
        <translation><numerusform>« {title} » a %n entretien, donc il ne peut pas être retiré.</numerusform><numerusform>« {title} » a %n entretiens, donc il ne peut pas être retiré.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>“{title}” has %n interviews, so it cannot be removed.</source>
        <translation><numerusform>« {title} » a %n entretien, donc il ne peut pas être retiré.</numerusform><numerusform>« {title} » a %n entretiens, donc il ne peut pas être retiré.</numerusform></translation>
    </message>
</context>
<context>
    <name>Subset</name>
    <message>
        <source>Site: {names}</source>
        <translation>Site : {names}</translation>
    </message>
    <message>
        <source>Sites: {names}</source>
        <translation>Sites : {names}</translation>
    </message>
    <message>
        <source>Interviewer: {names}</source>
        <translation>Enquêteur : {names}</translation>
    </message>
    <message>
        <source>Interviewers: {names}</source>
        <translation>Enquêteurs : {names}</translation>
    </message>
    <message>
        <source>names left out</source>
        <translation>noms omis</translation>
    </message>
    <message>
        <source>From {first} to {last}</source>
        <translation>Du {first} au {last}</translation>
    </message>
    <message>
        <source>From {first}</source>
        <translation>À partir du {first}</translation>
    </message>
    <message>
        <source>Up to {last}</source>
        <translation>Jusqu'au {last}</translation>
    </message>
    <message>
        <source>Version {numbers}</source>
        <translation>Version {numbers}</translation>
    </message>
    <message>
        <source>Versions {numbers}</source>
        <translation>Versions {numbers}</translation>
    </message>
    <message>
        <source>All complete interviews</source>
        <translation>Tous les entretiens complets</translation>
    </message>
</context>
<context>
    <name>Summary text</name>
    <message>
        <source>instances</source>
        <translation>occurrences</translation>
    </message>
    <message>
        <source>No chi-square: a person can be given several themes, so the cells are not separate people. Each column's percentages are of the people in it given a theme.</source>
        <translation>Pas de khi-deux : une personne peut recevoir plusieurs thèmes, donc les cellules ne sont pas des personnes séparées. Les pourcentages de chaque colonne sont des personnes de cette colonne qui ont reçu un thème.</translation>
    </message>
    <message numerus="yes">
        <source>Counted over {total} {things} named by %n person: each cell counts {things}, and the percentages are of {things}. No chi-square: a person who named several {things} counts in the table once for each, so the cells are not separate people.</source>
        <translation><numerusform>Compté sur {total} {things} cités par %n personne : chaque case compte des {things}, et les pourcentages portent sur les {things}. Pas de khi-deux : une personne qui a cité plusieurs {things} compte une fois pour chacun dans le tableau, donc les cases ne sont pas des personnes distinctes.</numerusform><numerusform>Compté sur {total} {things} cités par %n personnes : chaque case compte des {things}, et les pourcentages portent sur les {things}. Pas de khi-deux : une personne qui a cité plusieurs {things} compte une fois pour chacun dans le tableau, donc les cases ne sont pas des personnes distinctes.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Counted over {total} {things} named by %n people: each cell counts {things}, and the percentages are of {things}. No chi-square: a person who named several {things} counts in the table once for each, so the cells are not separate people.</source>
        <translation><numerusform>Compté sur {total} {things} cités par %n personne : chaque case compte des {things}, et les pourcentages portent sur les {things}. Pas de khi-deux : une personne qui a cité plusieurs {things} compte une fois pour chacun dans le tableau, donc les cases ne sont pas des personnes distinctes.</numerusform><numerusform>Compté sur {total} {things} cités par %n personnes : chaque case compte des {things}, et les pourcentages portent sur les {things}. Pas de khi-deux : une personne qui a cité plusieurs {things} compte une fois pour chacun dans le tableau, donc les cases ne sont pas des personnes distinctes.</numerusform></translation>
    </message>
    <message>
        <source>Fisher's exact test, exact p-value.</source>
        <translation>Test exact de Fisher, valeur p exacte.</translation>
    </message>
    <message>
        <source>{small} of the {cells} cells ({share}) would expect fewer than 5 people, so the chi-square test may not be reliable: use Fisher's exact test instead.</source>
        <translation>{small} des {cells} cellules ({share}) attendraient moins de 5 personnes, donc le test du khi-deux n'est peut-être pas fiable : utilisez plutôt le test exact de Fisher.</translation>
    </message>
    <message>
        <source>{small} of the {cells} cells ({share}) would expect fewer than 5 people, so the chi-square test may not be reliable.</source>
        <translation>{small} des {cells} cellules ({share}) attendraient moins de 5 personnes, donc le test du khi-deux n'est peut-être pas fiable.</translation>
    </message>
    <message>
        <source>Chi-square needs at least two answers given on each side.</source>
        <translation>Le khi-deux a besoin d'au moins deux réponses données de chaque côté.</translation>
    </message>
    <message>
        <source>Fisher's exact test (Freeman-Halton), exact p-value.</source>
        <translation>Test exact de Fisher (Freeman-Halton), valeur p exacte.</translation>
    </message>
    <message>
        <source>Fisher's exact test (Freeman-Halton), p-value estimated from {resamples} random tables (Monte Carlo, seed {seed}).</source>
        <translation>Test exact de Fisher (Freeman-Halton), valeur p estimée à partir de {resamples} tableaux au hasard (Monte-Carlo, graine {seed}).</translation>
    </message>
    <message>
        <source>{subset}: {count} interviews</source>
        <translation>{subset} : {count} entretiens</translation>
    </message>
    <message>
        <source>{subset}: {count} interviews (questionnaire version {versions})</source>
        <translation>{subset} : {count} entretiens (version du questionnaire {versions})</translation>
    </message>
    <message>
        <source>{subset}: {count} interviews (questionnaire versions {versions})</source>
        <translation>{subset} : {count} entretiens (versions du questionnaire {versions})</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Pourcentage</translation>
    </message>
    <message>
        <source>Valid %</source>
        <translation>% valide</translation>
    </message>
    <message>
        <source>Cumulative %</source>
        <translation>% cumulé</translation>
    </message>
    <message>
        <source>% of cases</source>
        <translation>% des cas</translation>
    </message>
    <message>
        <source>% of responses</source>
        <translation>% des réponses</translation>
    </message>
    <message>
        <source>Not asked (skipped)</source>
        <translation>Pas posée (sautée)</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>Not in their version</source>
        <translation>Pas dans leur version</translation>
    </message>
    <message>
        <source>Not in the imported file</source>
        <translation>Pas dans le fichier importé</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>sd</source>
        <translation>écart-type</translation>
    </message>
    <message>
        <source>median</source>
        <translation>médiane</translation>
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
        <translation>min</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Intervalle</translation>
    </message>
    <message>
        <source>Answered together:</source>
        <translation>Répondus ensemble :</translation>
    </message>
    <message>
        <source>{label} (missing)</source>
        <translation>{label} (manquant)</translation>
    </message>
    <message>
        <source>The cells count {things}, but a number is hidden by the people behind it: one named by 1 to {threshold} people is hidden, however many {things} it counts.</source>
        <translation>Les cellules comptent des {things}, mais un nombre est caché selon les personnes qui l'ont donné : un nombre donné par 1 à {threshold} personnes est caché, quel que soit le nombre de {things} qu'il compte.</translation>
    </message>
    <message>
        <source>The project hides numbers from 1 to {threshold} in everything that leaves the group, so this table hides them as the workbook would (and a number that would let one be worked out). No chi-square or Fisher test is given when a number is hidden: its result could be used to work the hidden numbers out.</source>
        <translation>Le projet cache les nombres de 1 à {threshold} dans tout ce qui sort du groupe : ce tableau les cache donc comme le ferait le classeur (ainsi qu'un nombre qui permettrait d'en retrouver un). Aucun test du chi-deux ni de Fisher n'est donné quand un nombre est caché : son résultat pourrait servir à retrouver les nombres cachés.</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>caché</translation>
    </message>
    <message>
        <source>{row_label} [{row}] by {column_label} [{column}]</source>
        <translation>{row_label} [{row}] par {column_label} [{column}]</translation>
    </message>
    <message>
        <source>{subset}: {count} interviews with a valid answer to both</source>
        <translation>{subset} : {count} entretiens avec une réponse valide aux deux</translation>
    </message>
    <message>
        <source>{subset}: {count} {things} with a valid answer to both, named by {people} people</source>
        <translation>{subset} : {count} {things} avec une réponse valide aux deux, cités par {people} personnes</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Number of {things}</source>
        <translation>Nombre de {things}</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>Nombre de personnes</translation>
    </message>
    <message>
        <source>% of the row</source>
        <translation>% de la ligne</translation>
    </message>
    <message>
        <source>% of the column</source>
        <translation>% de la colonne</translation>
    </message>
    <message>
        <source>% of all {things}</source>
        <translation>% de tous les {things}</translation>
    </message>
    <message>
        <source>% of everyone in the table</source>
        <translation>% de tout le tableau</translation>
    </message>
    <message>
        <source>Pearson chi-square = {chi:.4f}, df = {df}, p = {p:.4g}.</source>
        <translation>Khi-deux de Pearson = {chi:.4f}, ddl = {df}, p = {p:.4g}.</translation>
    </message>
    <message>
        <source>Fisher's exact test (two-sided): p = {p:.4g}. </source>
        <translation>Test exact de Fisher (bilatéral) : p = {p:.4g}. </translation>
    </message>
    <message>
        <source>Number of {things} given</source>
        <translation>Nombre de {things} donnés</translation>
    </message>
    <message>
        <source>instances of “{label}”</source>
        <translation>occurrences de « {label} »</translation>
    </message>
    <message>
        <source>[answer to “{label}”]</source>
        <translation>[réponse à « {label} »]</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>Quartiles and median: weighted average at (n + 1) p, SPSS's default (HAVERAGE).</source>
        <translation>Quartiles et médiane : moyenne pondérée à la position (n + 1) p, la méthode par défaut de SPSS (HAVERAGE).</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>{new} new interviews, {updated} updated, {already} already here</source>
        <translation>{new} nouveaux entretiens, {updated} mis à jour, {already} déjà ici</translation>
    </message>
    <message>
        <source>{count} possible duplicates across sites are waiting to be looked at</source>
        <translation>{count} doublons possibles entre sites attendent d'être regardés</translation>
    </message>
    <message>
        <source>1 possible duplicate across sites is waiting to be looked at</source>
        <translation>1 doublon possible entre sites attend d'être regardé</translation>
    </message>
    <message numerus="yes">
        <source>%n new questionnaire version</source>
        <translation><numerusform>%n nouvelle version de questionnaire</numerusform><numerusform>%n nouvelles versions de questionnaire</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n new questionnaire versions</source>
        <translation><numerusform>%n nouvelle version de questionnaire</numerusform><numerusform>%n nouvelles versions de questionnaire</numerusform></translation>
    </message>
    <message>
        <source>Sent to the server: {report}</source>
        <translation>Envoyé au serveur : {report}</translation>
    </message>
    <message numerus="yes">
        <source>%n new questionnaire version came from the server.</source>
        <translation><numerusform>%n nouvelle version de questionnaire est venue du serveur.</numerusform><numerusform>%n nouvelles versions de questionnaire sont venues du serveur.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n new questionnaire versions came from the server.</source>
        <translation><numerusform>%n nouvelle version de questionnaire est venue du serveur.</numerusform><numerusform>%n nouvelles versions de questionnaire sont venues du serveur.</numerusform></translation>
    </message>
    <message>
        <source>{form_id}: {total} complete interviews on the server, {here} from this laptop and {others} from others.</source>
        <translation>{form_id} : {total} entretiens complets sur le serveur, {here} de cet ordinateur et {others} des autres.</translation>
    </message>
    <message>
        <source>no questionnaire</source>
        <translation>aucun questionnaire</translation>
    </message>
    <message>
        <source>{file} was written: {interviews} interview(s) and {versions} questionnaire version(s) ({forms}), locked with the team passphrase.</source>
        <translation>{file} a été écrit : {interviews} entretien(s) et {versions} version(s) de questionnaire ({forms}), verrouillé avec la phrase secrète de l'équipe.</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>Several answers could be ticked. Percent of cases is out of the {answered} people who ticked at least one answer (missing codes such as “Don't know” included); percent of responses is out of all the answers ticked.</source>
        <translation>On pouvait cocher plusieurs réponses. Le pourcentage des cas est sur les {answered} personnes qui ont coché au moins une réponse (codes manquants comme « Je ne sais pas » compris) ; le pourcentage des réponses est sur toutes les réponses cochées.</translation>
    </message>
    <message>
        <source>Several answers could be ticked. Percent of cases is out of the {answered} people who ticked at least one answer; percent of responses is out of all the answers ticked.</source>
        <translation>On pouvait cocher plusieurs réponses. Le pourcentage des cas est sur les {answered} personnes qui ont coché au moins une réponse ; le pourcentage des réponses est sur toutes les réponses cochées.</translation>
    </message>
    <message>
        <source>{label} (missing code)</source>
        <translation>{label} (code manquant)</translation>
    </message>
    <message>
        <source>5th percentile (in place of the smallest answer, given by fewer than {n})</source>
        <translation>5e centile (à la place de la plus petite réponse, donnée par moins de {n})</translation>
    </message>
    <message>
        <source>95th percentile (in place of the largest answer, given by fewer than {n})</source>
        <translation>95e centile (à la place de la plus grande réponse, donnée par moins de {n})</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Ont répondu</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>Not asked (skipped)</source>
        <translation>Pas posée (sautée)</translation>
    </message>
    <message>
        <source>Not in this version of the questionnaire</source>
        <translation>Pas dans cette version du questionnaire</translation>
    </message>
    <message>
        <source>Not in the imported file</source>
        <translation>Pas dans le fichier importé</translation>
    </message>
    <message>
        <source>Not in this version of the questionnaire, or not in the imported file</source>
        <translation>Pas dans cette version du questionnaire, ou pas dans le fichier importé</translation>
    </message>
    <message>
        <source>Total interviews</source>
        <translation>Total des entretiens</translation>
    </message>
    <message>
        <source>Answers ticked in all</source>
        <translation>Réponses cochées en tout</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation>Écart-type</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>Lower quartile</source>
        <translation>Premier quartile</translation>
    </message>
    <message>
        <source>Upper quartile</source>
        <translation>Troisième quartile</translation>
    </message>
    <message>
        <source>Smallest</source>
        <translation>Plus petite</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Plus grande</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Pourcentage</translation>
    </message>
    <message>
        <source>Valid percent</source>
        <translation>Pourcentage valide</translation>
    </message>
    <message>
        <source>Percent of cases</source>
        <translation>Pourcentage des cas</translation>
    </message>
    <message>
        <source>Percent of responses</source>
        <translation>Pourcentage des réponses</translation>
    </message>
    <message>
        <source>Its statistics are hidden: so few different numbers were given that they would tell how many people gave each.</source>
        <translation>Ses statistiques sont masquées : si peu de nombres différents ont été donnés qu’elles diraient combien de personnes ont donné chacun.</translation>
    </message>
    <message>
        <source>Its mean and standard deviation are hidden: so few different numbers were given that they would tell how many people gave each.</source>
        <translation>Sa moyenne et son écart type sont masqués : si peu de nombres différents ont été donnés qu’ils diraient combien de personnes ont donné chacun.</translation>
    </message>
    <message>
        <source>Percent is of all {interviews} interviews; valid percent is of the {valid} valid answers (missing codes left out).</source>
        <translation>Le pourcentage est sur les {interviews} entretiens ; le pourcentage valide est sur les {valid} réponses valides (codes manquants retirés).</translation>
    </message>
    <message>
        <source>Percent is of all {interviews} interviews; valid percent is of the {valid} valid answers.</source>
        <translation>Le pourcentage est sur les {interviews} entretiens ; le pourcentage valide est sur les {valid} réponses valides.</translation>
    </message>
    <message>
        <source>Percent is of all {interviews} interviews.</source>
        <translation>Le pourcentage est sur les {interviews} entretiens.</translation>
    </message>
    <message>
        <source>% {answer}</source>
        <translation>% {answer}</translation>
    </message>
    <message>
        <source>Valid % {answer}</source>
        <translation>% valide {answer}</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <source>Small numbers are NOT hidden in this workbook: it may identify people and must not leave the group.</source>
        <translation>Les petits nombres NE sont PAS cachés dans ce classeur : il peut identifier des personnes et ne doit pas sortir du groupe.</translation>
    </message>
    <message>
        <source>Numbers from 1 to {threshold} are hidden and shown as “{marker}”, and so are their percentages. Zeros are shown. Where a hidden number could be worked out from the other tables (totals, percentages, or the questionnaire's skip logic, which ties a follow-up question to the answer that opens it), other numbers are hidden as well (also shown as “{marker}”), so that no hidden number can be narrowed down to fewer than {values} possible values from everything this workbook shows. A percentage whose number, or whose denominator, is hidden is hidden too.</source>
        <translation>Les nombres de 1 à {threshold} sont cachés et montrés comme « {marker} », et leurs pourcentages aussi. Les zéros sont montrés. Quand un nombre caché pourrait être retrouvé à partir des autres tableaux (totaux, pourcentages, ou logique de saut du questionnaire, qui relie une question de suivi à la réponse qui l'ouvre), d'autres nombres sont cachés aussi (montrés aussi comme « {marker} »), pour qu'aucun nombre caché ne puisse être réduit à moins de {values} valeurs possibles avec tout ce que ce classeur montre. Un pourcentage dont le nombre, ou le dénominateur, est caché est caché aussi.</translation>
    </message>
    <message>
        <source>{count} question(s) asked once per instance of a repeat (such as each drug named) are not in these tables: see the Results window, or the interview-level files, which have one row per instance.</source>
        <translation>{count} question(s) posée(s) une fois par répétition (comme chaque drogue citée) ne sont pas dans ces tableaux : voir la fenêtre Résultats, ou les fichiers au niveau des entretiens, qui ont une ligne par répétition.</translation>
    </message>
    <message>
        <source>Question and answers</source>
        <translation>Question et réponses</translation>
    </message>
    <message>
        <source>Results in numbers</source>
        <translation>Résultats en nombres</translation>
    </message>
    <message>
        <source>Results in percentages</source>
        <translation>Résultats en pourcentages</translation>
    </message>
    <message>
        <source>Valid percentage</source>
        <translation>Pourcentage valide</translation>
    </message>
    <message>
        <source>Number of answers not available</source>
        <translation>Nombre de réponses non disponibles</translation>
    </message>
    <message>
        <source>Percentage of answers not available</source>
        <translation>Pourcentage de réponses non disponibles</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Each statement's answers: numbers, then percentages of those who answered it, then valid percentages (missing codes left out).</source>
        <translation>Réponses à chaque affirmation : nombres, puis pourcentages de ceux qui y ont répondu, puis pourcentages valides (codes manquants retirés).</translation>
    </message>
    <message>
        <source>Each statement's answers: numbers, then percentages of those who answered it.</source>
        <translation>Réponses à chaque affirmation : nombres, puis pourcentages de ceux qui y ont répondu.</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>Nombre de personnes</translation>
    </message>
    <message>
        <source>Charts of the Summary sheet's numbers (hidden numbers show no bar).</source>
        <translation>Graphiques des nombres de la feuille Résumé (les nombres cachés n'ont pas de barre).</translation>
    </message>
    <message>
        <source>This file has one row per interview. In a small survey a row can identify the person interviewed (site, date, sex and age are often enough), even with names left out.</source>
        <translation>Ce fichier a une ligne par entretien. Dans une petite enquête, une ligne peut identifier la personne interrogée (le site, la date, le sexe et l'âge suffisent souvent), même sans les noms.</translation>
    </message>
    <message>
        <source>“{marker}” = hidden to protect the people interviewed (see the Cover sheet).</source>
        <translation>« {marker} » = caché pour protéger les personnes interrogées (voir la feuille Couverture).</translation>
    </message>
    <message>
        <source>Small numbers are NOT hidden in this workbook (see the Cover sheet).</source>
        <translation>Les petits nombres NE sont PAS cachés dans ce classeur (voir la feuille Couverture).</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>pas noté</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>Questionnaire id</source>
        <translation>Identifiant du questionnaire</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Version labels</source>
        <translation>Noms des versions</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>Dates of the interviews</source>
        <translation>Dates des entretiens</translation>
    </message>
    <message numerus="yes">
        <source>%n numbers hidden (a number shown in several places, such as a grid and its statements, is counted once): the numbers from 1 to {threshold}, and other numbers hidden to protect them, because the small ones could otherwise be worked out from totals, percentages or the questionnaire's skip logic. How many are hidden for each reason is not said: that too would help to work them out.</source>
        <translation><numerusform>%n nombre caché (un nombre montré à plusieurs endroits, comme une grille et ses affirmations, est compté une fois) : les nombres de 1 à {threshold}, et d'autres nombres cachés pour les protéger, parce que les petits pourraient sinon être retrouvés à partir des totaux, des pourcentages ou de la logique de saut du questionnaire. Combien sont cachés pour chaque raison n'est pas dit : cela aussi aiderait à les retrouver.</numerusform><numerusform>%n nombres cachés (un nombre montré à plusieurs endroits, comme une grille et ses affirmations, est compté une fois) : les nombres de 1 à {threshold}, et d'autres nombres cachés pour les protéger, parce que les petits pourraient sinon être retrouvés à partir des totaux, des pourcentages ou de la logique de saut du questionnaire. Combien sont cachés pour chaque raison n'est pas dit : cela aussi aiderait à les retrouver.</numerusform></translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>du {first} au {last}</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>{marker} (from 1 to {threshold}, or hidden so that such a small number cannot be worked out from it, like every hidden number in this workbook)</source>
        <translation>{marker} (de 1 à {threshold}, ou caché pour qu'un si petit nombre ne puisse pas en être déduit, comme tout nombre caché dans ce classeur)</translation>
    </message>
    <message>
        <source>Interviews included</source>
        <translation>Entretiens compris</translation>
    </message>
    <message>
        <source>Small numbers</source>
        <translation>Petits nombres</translation>
    </message>
    <message>
        <source>Numbers hidden</source>
        <translation>Nombres cachés</translation>
    </message>
    <message>
        <source>Smallest and largest answers</source>
        <translation>Plus petites et plus grandes réponses</translation>
    </message>
    <message>
        <source>Mean and standard deviation</source>
        <translation>Moyenne et écart type</translation>
    </message>
    <message>
        <source>Repeated questions</source>
        <translation>Questions répétées</translation>
    </message>
    <message>
        <source>Interview-level data</source>
        <translation>Données au niveau des entretiens</translation>
    </message>
    <message>
        <source>De-identified</source>
        <translation>Anonymisé</translation>
    </message>
    <message>
        <source>Yes: written answers, locations, questions marked as identifying and interviewer names are left out.</source>
        <translation>Oui : les réponses écrites, les lieux, les questions marquées comme identifiantes et les noms des enquêteurs sont retirés.</translation>
    </message>
    <message>
        <source>No: written answers are included; this file may identify people.</source>
        <translation>Non : les réponses écrites sont comprises ; ce fichier peut identifier des personnes.</translation>
    </message>
    <message>
        <source>Participant codes</source>
        <translation>Codes participants</translation>
    </message>
    <message>
        <source>Never exported.</source>
        <translation>Jamais exportés.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Fait le</translation>
    </message>
    <message>
        <source>Made with</source>
        <translation>Fait avec</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Feuilles</translation>
    </message>
    <message>
        <source>Summary: the results, question by question. Charts: a chart per question with a list of answers. Repeats: the questions asked for each instance of a repeat, by person. Codebook: each question, its answers and when it is asked.</source>
        <translation>Résumé : les résultats, question par question. Graphiques : un graphique par question avec une liste de réponses. Livre de codes : chaque question, ses réponses et quand elle est posée. Répétitions : les questions posées pour chaque élément d’une répétition, par personne.</translation>
    </message>
    <message>
        <source>Summary: the results, question by question. Charts: a chart per question with a list of answers. Codebook: each question, its answers and when it is asked.</source>
        <translation>Résumé : les résultats, question par question. Graphiques : un graphique par question avec une liste de réponses. Livre de codes : chaque question, ses réponses et quand elle est posée.</translation>
    </message>
    <message>
        <source>None: no number in this workbook is from 1 to {threshold}.</source>
        <translation>Aucun : aucun nombre de ce classeur n'est de 1 à {threshold}.</translation>
    </message>
    <message>
        <source>1 number hidden: a number from 1 to {threshold}, or one hidden to protect such a number, because it could otherwise be worked out from totals, percentages or the questionnaire's skip logic.</source>
        <translation>1 nombre caché : un nombre de 1 à {threshold}, ou un nombre caché pour protéger un tel nombre, parce qu'il pourrait sinon être retrouvé à partir des totaux, des pourcentages ou de la logique de saut du questionnaire.</translation>
    </message>
    <message numerus="yes">
        <source>Hidden numbers that follow from the number of interviews alone and could not be protected: %n.</source>
        <translation><numerusform>Nombres cachés qui découlent du seul nombre d'entretiens et n'ont pas pu être protégés : %n.</numerusform><numerusform>Nombres cachés qui découlent du seul nombre d'entretiens et n'ont pas pu être protégés : %n.</numerusform></translation>
    </message>
    <message>
        <source>Shown only when at least {count} people gave that answer; otherwise the 5th or 95th percentile is shown in its place, and its row says so.</source>
        <translation>Montrées seulement quand au moins {count} personnes ont donné cette réponse ; sinon le 5e ou le 95e centile est montré à sa place, et sa ligne le dit.</translation>
    </message>
    <message>
        <source>Hidden, with the number who answered, for a number question whose number of answers is hidden; and hidden when so few different numbers were given that they would tell how many people (from 1 to {threshold}) gave one of them: the question's note says so.</source>
        <translation>Masqués, avec le nombre de réponses, pour une question numérique dont le nombre de réponses est masqué ; et masqués quand si peu de nombres différents ont été donnés qu’ils diraient combien de personnes (de 1 à {threshold}) ont donné l’un d’eux : la note de la question le dit.</translation>
    </message>
    <message>
        <source>Not in this workbook. It was written, at the exporter's request, to a separate file ending in -interviews.xlsx, which stays within the group: {warning}</source>
        <translation>Pas dans ce classeur. Elles ont été écrites, à la demande de la personne qui exporte, dans un fichier séparé qui finit par -interviews.xlsx, qui reste dans le groupe : {warning}</translation>
    </message>
    <message>
        <source>None: this workbook has no row per interview, only the summary tables, so it can be passed on.</source>
        <translation>Aucune : ce classeur n'a pas de ligne par entretien, seulement les tableaux résumés, donc il peut être transmis.</translation>
    </message>
    <message>
        <source>test language</source>
        <translation>langue de test</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message numerus="yes">
        <source>{title}: one row per interview (%n interviews).</source>
        <translation><numerusform>{title} : une ligne par entretien (%n entretien).</numerusform><numerusform>{title} : une ligne par entretien (%n entretiens).</numerusform></translation>
    </message>
    <message>
        <source>Keep this file within the group. Give the health board the summary workbook instead.</source>
        <translation>Gardez ce fichier dans le groupe. Donnez plutôt le classeur résumé à l'autorité de santé.</translation>
    </message>
    <message>
        <source>Data: one row per interview. Codebook: what each column means.</source>
        <translation>Data : une ligne par entretien. Livre de codes : ce que veut dire chaque colonne.</translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <translation>Langue : {language}</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Répétitions</translation>
    </message>
    <message>
        <source>Questions asked for each instance of a repeat</source>
        <translation>Questions posées pour chaque occurrence d’une répétition</translation>
    </message>
    <message>
        <source>Number of people who ticked it</source>
        <translation>Nombre de personnes qui l’ont cochée</translation>
    </message>
    <message>
        <source>Number of people who gave it</source>
        <translation>Nombre de personnes qui l’ont donnée</translation>
    </message>
    <message>
        <source>% of the people who answered</source>
        <translation>% des personnes qui ont répondu</translation>
    </message>
    <message>
        <source>People who answered (for at least one {unit})</source>
        <translation>Personnes qui ont répondu (pour au moins un {unit})</translation>
    </message>
    <message>
        <source>Not asked, no answer or no {unit}</source>
        <translation>Non posée, sans réponse ou aucun {unit}</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Livre de codes</translation>
    </message>
    <message>
        <source>only the months are given: with so few interviews, the days could help to tell who was interviewed</source>
        <translation>seuls les mois sont donnés : avec si peu d’entretiens, les jours pourraient aider à savoir qui a été interrogé</translation>
    </message>
    <message>
        <source>One row per instance of “{unit}” ({name})</source>
        <translation>Une ligne par occurrence de « {unit} » ({name})</translation>
    </message>
    <message>
        <source>Asked once for each instance of “{unit}”; counted by person: a person who gave an answer in several instances is counted once for it, so the counts can add up to more than the people who answered. Percentages are of the people who answered.</source>
        <translation>Posée une fois pour chaque occurrence de « {unit} » ; comptée par personne : une personne qui a donné une réponse dans plusieurs occurrences est comptée une fois pour celle-ci, donc les nombres peuvent dépasser le nombre de personnes qui ont répondu. Les pourcentages portent sur les personnes qui ont répondu.</translation>
    </message>
    <message>
        <source>the Repeats sheet</source>
        <translation>la feuille Répétitions</translation>
    </message>
    <message>
        <source>1 question asked once for each instance of a repeat (such as each drug named) is in {where}, counted by person, not by instance: a person is counted once for an answer however many times they gave it, so that small numbers are hidden for people, not instances.</source>
        <translation>1 question posée une fois pour chaque occurrence d’une répétition (comme chaque drogue nommée) se trouve dans {where}, comptée par personne et non par occurrence : une personne est comptée une fois pour une réponse, quel que soit le nombre de fois où elle l’a donnée, afin que les petits nombres soient masqués pour les personnes, pas pour les occurrences.</translation>
    </message>
    <message numerus="yes">
        <source>%n questions asked once for each instance of a repeat (such as each drug named) are in {where}, counted by person, not by instance: a person is counted once for an answer however many times they gave it, so that small numbers are hidden for people, not instances.</source>
        <translation><numerusform>%n question posée une fois pour chaque occurrence d’une répétition (comme chaque drogue nommée) se trouve dans {where}, comptée par personne et non par occurrence : une personne est comptée une fois pour une réponse, quel que soit le nombre de fois où elle l’a donnée, afin que les petits nombres soient masqués pour les personnes, pas pour les occurrences.</numerusform><numerusform>%n questions posées une fois pour chaque occurrence d’une répétition (comme chaque drogue nommée) se trouvent dans {where}, comptées par personne et non par occurrence : une personne est comptée une fois pour une réponse, quel que soit le nombre de fois où elle l’a donnée, afin que les petits nombres soient masqués pour les personnes, pas pour les occurrences.</numerusform></translation>
    </message>
    <message>
        <source>1 question inside repeats that is not answered by choosing (a number, a date, a written answer) is not in these tables: see the interview-level files, which have one row per instance and stay within the group.</source>
        <translation>1 question des répétitions à laquelle on ne répond pas en choisissant (un nombre, une date, une réponse écrite) n’est pas dans ces tableaux : voyez les fichiers par entretien, qui ont une ligne par occurrence et restent dans le groupe.</translation>
    </message>
    <message numerus="yes">
        <source>%n questions inside repeats that are not answered by choosing (numbers, dates, written answers) are not in these tables: see the interview-level files, which have one row per instance and stay within the group.</source>
        <translation><numerusform>%n question des répétitions à laquelle on ne répond pas en choisissant (nombres, dates, réponses écrites) n’est pas dans ces tableaux : voyez les fichiers par entretien, qui ont une ligne par occurrence et restent dans le groupe.</numerusform><numerusform>%n questions des répétitions auxquelles on ne répond pas en choisissant (nombres, dates, réponses écrites) ne sont pas dans ces tableaux : voyez les fichiers par entretien, qui ont une ligne par occurrence et restent dans le groupe.</numerusform></translation>
    </message>
</context>
</TS>