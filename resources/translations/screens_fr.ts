<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>About</name>
    <message>
        <source>still opening</source>
        <translation>en cours d'ouverture</translation>
    </message>
    <message>
        <source>Backups are kept beside it: one a day, and before every upgrade, purge and restore.</source>
        <translation>Des sauvegardes sont gardées à côté : une par jour, et avant chaque mise à jour, effacement définitif et récupération.</translation>
    </message>
    <message>
        <source>Surveys by peer researchers, offline: questionnaires, interviews, summary tables and exports for the health board.</source>
        <translation>Des enquêtes faites par des pairs, sans internet : questionnaires, entretiens, tableaux de résultats et exports pour l'autorité de santé.</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later ({licence}). You may share and change DuoDesk under its terms; it comes with no warranty.</source>
        <translation>Licence : GNU General Public License, version 3 ou plus ({licence}). Vous pouvez partager et modifier DuoDesk selon ses termes ; il est fourni sans garantie.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This project:&lt;/b&gt; {project}</source>
        <translation>&lt;b&gt;Ce projet :&lt;/b&gt; {project}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Log files:&lt;/b&gt; {folder}</source>
        <translation>&lt;b&gt;Fichiers journaux :&lt;/b&gt; {folder}</translation>
    </message>
    <message>
        <source>About DuoDesk</source>
        <translation>À propos de DuoDesk</translation>
    </message>
    <message>
        <source>&amp;About DuoDesk</source>
        <translation>À &amp;propos de DuoDesk</translation>
    </message>
</context>
<context>
    <name>AccessHooks</name>
    <message>
        <source>Not for this role</source>
        <translation>Pas pour ce rôle</translation>
    </message>
    <message>
        <source>P&amp;eople and roles…</source>
        <translation>P&amp;ersonnes et rôles…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Signed in: {person}</source>
        <translation>Connecté : {person}</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Both gave it</source>
        <translation>Les deux l'ont donné</translation>
    </message>
    <message>
        <source>Main only</source>
        <translation>Principal seul</translation>
    </message>
    <message>
        <source>Second only</source>
        <translation>Second seul</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Kappa</source>
        <translation>Kappa</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Main coding (blind)</source>
        <translation>Codage principal (à l'aveugle)</translation>
    </message>
    <message>
        <source>Second coder</source>
        <translation>Second codeur</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Réglé</translation>
    </message>
    <message>
        <source>almost perfect</source>
        <translation>presque parfait</translation>
    </message>
    <message>
        <source>substantial</source>
        <translation>fort</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moyen</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>slight</source>
        <translation>très faible</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>mauvais</translation>
    </message>
    <message>
        <source>cannot say</source>
        <translation>impossible à dire</translation>
    </message>
    <message>
        <source>{kappa} {words}</source>
        <translation>{kappa} {words}</translation>
    </message>
    <message>
        <source>Agreement between coders</source>
        <translation>Accord entre codeurs</translation>
    </message>
    <message>
        <source>The main coding compared with:</source>
        <translation>Le codage principal comparé avec :</translation>
    </message>
    <message>
        <source>Agreement per theme</source>
        <translation>Accord par thème</translation>
    </message>
    <message>
        <source>Answers coded differently</source>
        <translation>Réponses codées différemment</translation>
    </message>
    <message>
        <source>Themes the answer keeps: tick each one to keep</source>
        <translation>Thèmes gardés pour la réponse : cochez chacun à garder</translation>
    </message>
    <message>
        <source>Not codable</source>
        <translation>Impossible à coder</translation>
    </message>
    <message>
        <source>&amp;Save the agreed coding for this answer</source>
        <translation>&amp;Enregistrer le codage convenu pour cette réponse</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The agreed coding of the answer chosen above: keep the themes you both agree on, and only those (both coders' or one coder's). Keep no theme and the answer is saved as Not codable: it fits none of the themes.</source>
        <translation>Le codage convenu de la réponse choisie plus haut : gardez les thèmes sur lesquels vous êtes d'accord, et seulement ceux-là (des deux codeurs ou d'un seul). Sans aucun thème, la réponse est enregistrée comme Impossible à coder : elle ne va dans aucun thème.</translation>
    </message>
    <message>
        <source>Answers coded differently (settle them together):</source>
        <translation>Réponses codées différemment (réglez-les ensemble) :</translation>
    </message>
    <message>
        <source>Nobody has coded these answers as a second coder yet. A second coder types their name in the coding screen's Coder box and codes the answers blind.</source>
        <translation>Personne n'a encore codé ces réponses comme second codeur. Un second codeur tape son nom dans la case Codeur de l'écran de codage et code les réponses à l'aveugle.</translation>
    </message>
    <message>
        <source>compare the coders</source>
        <translation>comparer les codeurs</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answers coded by both.</source>
        <translation>
            <numerusform>%Ln réponse codée par les deux.</numerusform>
            <numerusform>%Ln réponses codées par les deux.</numerusform>
        </translation>
    </message>
    <message>
        <source>{identical} ({share}) were given exactly the same themes.</source>
        <translation>{identical} ({share}) ont reçu exactement les mêmes thèmes.</translation>
    </message>
    <message>
        <source>Kappa: 1 is perfect agreement, 0 no better than chance.</source>
        <translation>Kappa : 1 est un accord parfait, 0 pas mieux que le hasard.</translation>
    </message>
    <message>
        <source>These figures compare the coders' blind coding: settling an answer below changes the main coding, not them.</source>
        <translation>Ces chiffres comparent le codage à l'aveugle des codeurs : régler une réponse plus bas change le codage principal, pas eux.</translation>
    </message>
    <message>
        <source>no theme</source>
        <translation>aucun thème</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>Yes: {themes}</source>
        <translation>Oui : {themes}</translation>
    </message>
    <message>
        <source>both coders</source>
        <translation>les deux codeurs</translation>
    </message>
    <message>
        <source>main coding</source>
        <translation>codage principal</translation>
    </message>
    <message>
        <source>second coder</source>
        <translation>second codeur</translation>
    </message>
    <message>
        <source>{theme}   (given by: {whose})</source>
        <translation>{theme}   (donné par : {whose})</translation>
    </message>
    <message>
        <source>save the coding</source>
        <translation>enregistrer le codage</translation>
    </message>
</context>
<context>
    <name>AnswerRulesEditor</name>
    <message>
        <source>Lowest number allowed</source>
        <translation>Plus petit nombre permis</translation>
    </message>
    <message>
        <source>Highest number allowed</source>
        <translation>Plus grand nombre permis</translation>
    </message>
    <message>
        <source>The date cannot be in the future</source>
        <translation>La date ne peut pas être dans le futur</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>Most answers that can be ticked</source>
        <translation>Nombre maximum de réponses à cocher</translation>
    </message>
    <message>
        <source>Option that cannot be ticked with others</source>
        <translation>Choix qu'on ne peut pas cocher avec d'autres</translation>
    </message>
    <message>
        <source>Answer rule written by hand</source>
        <translation>Règle de réponse écrite à la main</translation>
    </message>
    <message>
        <source>Write the rule by hand instead…</source>
        <translation>Écrire la règle à la main…</translation>
    </message>
    <message>
        <source>Lowest allowed:</source>
        <translation>Minimum :</translation>
    </message>
    <message>
        <source>Highest allowed:</source>
        <translation>Maximum :</translation>
    </message>
    <message>
        <source>At most this many ticks:</source>
        <translation>Cases cochées au plus :</translation>
    </message>
    <message>
        <source>Cannot be ticked with others:</source>
        <translation>Pas avec d'autres :</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Règle :</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Empty: any answer is allowed.</source>
        <translation>Vide : toute réponse est permise.</translation>
    </message>
    <message>
        <source>⚠ {problem} (at character {position})</source>
        <translation>⚠ {problem} (au caractère {position})</translation>
    </message>
    <message>
        <source>✓ This rule can be used.</source>
        <translation>✓ Cette règle peut servir.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>When (UTC)</source>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sur</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal des actions</translation>
    </message>
    <message numerus="yes">
        <source>The trail holds together: %Ln records, none of them changed and none removed between them. Records cut off at the end are not found this way: compare the fingerprint below with the one you noted down last time.</source>
        <translation>
            <numerusform>Le journal tient : %Ln entrée, non modifiée. Les entrées supprimées à la fin ne sont pas détectées ainsi : comparez l’empreinte ci-dessous avec celle que vous avez notée la dernière fois.</numerusform>
            <numerusform>Le journal tient : %Ln entrées, aucune modifiée ni retirée entre elles. Les entrées supprimées à la fin ne sont pas détectées ainsi : comparez l’empreinte ci-dessous avec celle que vous avez notée la dernière fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fingerprint of the newest record: {fingerprint}</source>
        <translation>Empreinte de l’entrée la plus récente : {fingerprint}</translation>
    </message>
    <message>
        <source>Note it down (on paper, away from this laptop) each time you look: if a later check shows a fingerprint you did not note down, the newest records may have been cut off.</source>
        <translation>Notez-la (sur papier, loin de cet ordinateur) à chaque consultation : si une vérification plus tard montre une empreinte que vous n’avez pas notée, les entrées les plus récentes ont peut-être été supprimées.</translation>
    </message>
    <message>
        <source>But the first {count} carry no key (written by an older DuoDesk, or rewritten by someone with the file): DuoDesk cannot vouch for them.</source>
        <translation>Mais les {count} premiers ne portent pas de clé (écrits par un DuoDesk plus ancien, ou réécrits par quelqu’un qui a le fichier) : DuoDesk ne peut pas s’en porter garant.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The trail cannot be checked in full on this laptop: {reason}.&lt;/b&gt; If this project was not used on another laptop, keep a copy of it and tell the coordinator.</source>
        <translation>&lt;b&gt;Le journal ne peut pas être vérifié en entier sur cet ordinateur : {reason}.&lt;/b&gt; Si ce projet n’a pas servi sur un autre ordinateur, gardez-en une copie et prévenez le coordinateur.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The trail is broken: {reason}.&lt;/b&gt; Someone changed the project file outside DuoDesk. Keep a copy of it and tell the coordinator.</source>
        <translation>&lt;b&gt;Le journal est abîmé : {reason}.&lt;/b&gt; Quelqu'un a changé le fichier du projet en dehors de DuoDesk. Gardez-en une copie et prévenez le coordinateur.</translation>
    </message>
</context>
<context>
    <name>BandsEditor</name>
    <message>
        <source>Number question the bands are made from</source>
        <translation>Question de nombre d'où viennent les tranches</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>Tranches</translation>
    </message>
    <message>
        <source>Less than</source>
        <translation>Moins de</translation>
    </message>
    <message>
        <source>Call it</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Include the number itself (“up to 50”)</source>
        <translation>Compter le nombre lui-même (« jusqu'à 50 »)</translation>
    </message>
    <message>
        <source>Name for every other answer</source>
        <translation>Nom pour toutes les autres réponses</translation>
    </message>
    <message>
        <source>for example: 40 and over</source>
        <translation>par exemple : 40 et plus</translation>
    </message>
    <message>
        <source>Add a band</source>
        <translation>Ajouter une tranche</translation>
    </message>
    <message>
        <source>Remove the chosen band</source>
        <translation>Enlever la tranche choisie</translation>
    </message>
    <message>
        <source>Put the answers to this number question:</source>
        <translation>Mettre les réponses à cette question de nombre :</translation>
    </message>
    <message>
        <source>into these bands:</source>
        <translation>dans ces tranches :</translation>
    </message>
    <message>
        <source>Every other answer is called:</source>
        <translation>Toute autre réponse s'appelle :</translation>
    </message>
    <message>
        <source>(choose a number question)</source>
        <translation>(choisir une question de nombre)</translation>
    </message>
    <message>
        <source>This calculation was written by hand and is kept as it is. Fill in the bands below to replace it.</source>
        <translation>Ce calcul a été écrit à la main et reste tel quel. Remplissez les tranches ci-dessous pour le remplacer.</translation>
    </message>
    <message>
        <source>Choose a number question and the bands to put its answers into.</source>
        <translation>Choisissez une question de nombre et les tranches où mettre ses réponses.</translation>
    </message>
    <message>
        <source>Fill in a number question, each band and every other answer.</source>
        <translation>Remplissez une question de nombre, chaque tranche et les autres réponses.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>There is nothing to draw for this question.</source>
        <translation>Il n'y a rien à dessiner pour cette question.</translation>
    </message>
    <message>
        <source>There is no chart to save for this question.</source>
        <translation>Il n'y a pas de graphique à enregistrer pour cette question.</translation>
    </message>
    <message>
        <source>{path}: the picture could not be written there.</source>
        <translation>{path} : l'image n'a pas pu être écrite là.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Number of people</source>
        <translation>Nombre de personnes</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>% of those who answered each statement</source>
        <translation>% de ceux qui ont répondu à chaque phrase</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>Problems found in the questionnaire</source>
        <translation>Problèmes trouvés dans le questionnaire</translation>
    </message>
    <message>
        <source>Must be fixed: {problem}</source>
        <translation>À corriger : {problem}</translation>
    </message>
    <message>
        <source>Check: {problem}</source>
        <translation>À vérifier : {problem}</translation>
    </message>
    <message>
        <source>Click to go to it</source>
        <translation>Cliquez pour y aller</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message numerus="yes">
        <source>%n things to look at (click one to go there):</source>
        <translation>
            <numerusform>%n point à regarder (cliquez pour y aller) :</numerusform>
            <numerusform>%n points à regarder (cliquez sur un point pour y aller) :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <source>Frequency table</source>
        <translation>Tableau des fréquences</translation>
    </message>
    <message>
        <source>{count_heading} giving each answer</source>
        <translation>{count_heading} donnant chaque réponse</translation>
    </message>
    <message>
        <source>{count_heading} with each answer</source>
        <translation>{count_heading} avec chaque réponse</translation>
    </message>
    <message>
        <source>Bar chart of the answers to: {question}</source>
        <translation>Diagramme en barres des réponses à : {question}</translation>
    </message>
    <message>
        <source>Nobody answered this question in these interviews.</source>
        <translation>Personne n'a répondu à cette question dans ces entretiens.</translation>
    </message>
</context>
<context>
    <name>ChoicesEditor</name>
    <message>
        <source>Answer options to use</source>
        <translation>Choix de réponse à utiliser</translation>
    </message>
    <message>
        <source>Name of this list of options</source>
        <translation>Nom de cette liste de choix</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Choix :</translation>
    </message>
    <message>
        <source>Name of the answer list:</source>
        <translation>Nom de la liste de réponses :</translation>
    </message>
    <message>
        <source>Answer options</source>
        <translation>Choix de réponse</translation>
    </message>
    <message>
        <source>New option</source>
        <translation>Nouveau choix</translation>
    </message>
    <message>
        <source>Type a new option and press Enter</source>
        <translation>Tapez un nouveau choix et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add “{label}”</source>
        <translation>Ajouter « {label} »</translation>
    </message>
    <message>
        <source>Add {label} as a code for no answer</source>
        <translation>Ajouter {label} comme code pour pas de réponse</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Enlever</translation>
    </message>
    <message numerus="yes">
        <source>These options are shared by %n questions: a change here changes them all.</source>
        <translation>
            <numerusform>Ces choix servent à %n question.</numerusform>
            <numerusform>Ces choix sont partagés par %n questions : un changement ici les change toutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>These options come from {file}, which was not added with the questionnaire. DuoDesk asks for it when an interview starts.</source>
        <translation>Ces choix viennent de {file}, qui n'a pas été ajouté avec le questionnaire. DuoDesk le demande au début d'un entretien.</translation>
    </message>
    <message>
        <source>Option ({language})</source>
        <translation>Choix ({language})</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Choix</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Code for
no answer</source>
        <translation>Code pour
pas de réponse</translation>
    </message>
    <message>
        <source>Code for no answer</source>
        <translation>Code pour pas de réponse</translation>
    </message>
    <message>
        <source>Not a code for no answer</source>
        <translation>Pas un code pour pas de réponse</translation>
    </message>
    <message>
        <source>{name}: (no options yet)</source>
        <translation>{name} : (pas encore de choix)</translation>
    </message>
    <message>
        <source>New list of options</source>
        <translation>Nouvelle liste de choix</translation>
    </message>
    <message>
        <source>Add the option “{label}”</source>
        <translation>Ajouter le choix « {label} »</translation>
    </message>
    <message>
        <source>Move an option</source>
        <translation>Déplacer un choix</translation>
    </message>
    <message>
        <source>Remove the option “{code}”</source>
        <translation>Enlever le choix « {code} »</translation>
    </message>
    <message>
        <source>Change an option</source>
        <translation>Modifier un choix</translation>
    </message>
    <message>
        <source>Change an option's code</source>
        <translation>Modifier le code d'un choix</translation>
    </message>
    <message>
        <source>Mark a code for no answer</source>
        <translation>Marquer un code pour pas de réponse</translation>
    </message>
    <message>
        <source>Unmark a code for no answer</source>
        <translation>Démarquer un code pour pas de réponse</translation>
    </message>
    <message>
        <source>Rename the list “{name}”</source>
        <translation>Renommer la liste « {name} »</translation>
    </message>
</context>
<context>
    <name>ChoosePassphraseDialog</name>
    <message>
        <source>Too short</source>
        <translation>Trop courte</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bonne</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Solide</translation>
    </message>
    <message>
        <source>Choose words you will remember, for example four words that do not belong together (at least {minimum} characters). Write it down and keep it somewhere safe, away from the laptop: without it nobody can open the project, not even the people who made DuoDesk.</source>
        <translation>Choisissez des mots dont vous vous souviendrez, par exemple quatre mots qui ne vont pas ensemble (au moins {minimum} caractères). Notez-la et gardez-la en lieu sûr, loin de l'ordinateur : sans elle, personne ne peut ouvrir le projet, pas même les personnes qui ont fait DuoDesk.</translation>
    </message>
    <message>
        <source>Lock the project with a passphrase</source>
        <translation>Verrouiller le projet par une phrase secrète</translation>
    </message>
    <message>
        <source>The interviews in this project are about people's health and drug use. With a passphrase the project file is encrypted: anyone who copies it from this laptop sees nothing.</source>
        <translation>Les entretiens de ce projet parlent de la santé et de l'usage de drogues des personnes. Avec une phrase secrète, le fichier du projet est chiffré : qui le copie depuis cet ordinateur ne voit rien.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>The new passphrase again</source>
        <translation>La nouvelle phrase secrète, encore</translation>
    </message>
    <message>
        <source>How strong the passphrase is</source>
        <translation>Solidité de la phrase secrète</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Nouvelle phrase secrète :</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>Tapez-la encore :</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Solidité :</translation>
    </message>
    <message>
        <source>Use this passphrase</source>
        <translation>Utiliser cette phrase secrète</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>DuoDesk will remind you every time it starts.</source>
        <translation>DuoDesk vous le rappellera à chaque démarrage.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>Les deux phrases secrètes ne sont pas les mêmes. Tapez-les encore.</translation>
    </message>
</context>
<context>
    <name>CodingWindow</name>
    <message>
        <source>Not coded yet</source>
        <translation>Pas encore codée</translation>
    </message>
    <message>
        <source>Coded</source>
        <translation>Codée</translation>
    </message>
    <message>
        <source>Not codable</source>
        <translation>Impossible à coder</translation>
    </message>
    <message>
        <source>Not offered for coding: {names}. The questionnaire marks this question as identifying (the answers could tell who a person is), so they are never coded into themes or quoted.</source>
        <translation>Pas proposée au codage : {names}. Le questionnaire marque cette question comme identifiante (les réponses pourraient dire qui est la personne), donc elles ne sont jamais codées en thèmes ni citées.</translation>
    </message>
    <message>
        <source>Not offered for coding: {names}. The questionnaire marks these questions as identifying (the answers could tell who a person is), so they are never coded into themes or quoted.</source>
        <translation>Pas proposées au codage : {names}. Le questionnaire marque ces questions comme identifiantes (les réponses pourraient dire qui est la personne), donc elles ne sont jamais codées en thèmes ni citées.</translation>
    </message>
    <message>
        <source>Code written answers into themes: {title}</source>
        <translation>Coder les réponses écrites en thèmes : {title}</translation>
    </message>
    <message>
        <source>Code written answers into themes</source>
        <translation>Coder les réponses écrites en thèmes</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Main coding</source>
        <translation>Codage principal</translation>
    </message>
    <message>
        <source>Second coder's name (empty: the main coding)</source>
        <translation>Nom du second codeur (vide : le codage principal)</translation>
    </message>
    <message>
        <source>Leave empty for the main coding, the one counted in Results. A second coder types their name and codes without seeing the main coding.</source>
        <translation>Laissez vide pour le codage principal, celui compté dans les Résultats. Un second codeur tape son nom et code sans voir le codage principal.</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Question :</translation>
    </message>
    <message>
        <source>Coder:</source>
        <translation>Codeur :</translation>
    </message>
    <message>
        <source>Which answer, site and date</source>
        <translation>Quelle réponse, lieu et date</translation>
    </message>
    <message>
        <source>The written answer: press 1 to 9 to give a theme</source>
        <translation>La réponse écrite : appuyez sur 1 à 9 pour donner un thème</translation>
    </message>
    <message>
        <source>Coding of this answer</source>
        <translation>Codage de cette réponse</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Précédente</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivante ▶</translation>
    </message>
    <message>
        <source>Next not coded</source>
        <translation>Suivante non codée</translation>
    </message>
    <message>
        <source>Not codable (0)</source>
        <translation>Impossible à coder (0)</translation>
    </message>
    <message>
        <source>Themes: press a theme's number to give it</source>
        <translation>Thèmes : appuyez sur le numéro d'un thème pour le donner</translation>
    </message>
    <message>
        <source>A new theme</source>
        <translation>Un nouveau thème</translation>
    </message>
    <message>
        <source>Name of a new theme</source>
        <translation>Nom d'un nouveau thème</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Describe…</source>
        <translation>Décrire…</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Fusionner avec…</translation>
    </message>
    <message>
        <source>Themes (press 1 to 9 to give or take one away)</source>
        <translation>Thèmes (appuyez sur 1 à 9 pour en donner ou en retirer un)</translation>
    </message>
    <message>
        <source>Agreement between coders…</source>
        <translation>Accord entre codeurs…</translation>
    </message>
    <message>
        <source>Quotes…</source>
        <translation>Citations…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>This questionnaire has no question answered in words, so there is nothing to code.</source>
        <translation>Ce questionnaire n'a pas de question à réponse écrite : il n'y a rien à coder.</translation>
    </message>
    <message>
        <source>Questions not offered for coding</source>
        <translation>Questions pas proposées au codage</translation>
    </message>
    <message>
        <source>{coder}'s coding</source>
        <translation>codage de {coder}</translation>
    </message>
    <message>
        <source>the main coding</source>
        <translation>le codage principal</translation>
    </message>
    <message numerus="yes">
        <source>{coded} of %Ln answers coded ({whose}).</source>
        <translation>
            <numerusform>{coded} sur %Ln réponse codée ({whose}).</numerusform>
            <numerusform>{coded} sur %Ln réponses codées ({whose}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody has answered this question in words yet.</source>
        <translation>Personne n'a encore répondu à cette question par écrit.</translation>
    </message>
    <message>
        <source>There is nothing to code here: the only question answered in words is marked as identifying (see above).</source>
        <translation>Il n'y a rien à coder ici : la seule question à réponse écrite est marquée comme identifiante (voir plus haut).</translation>
    </message>
    <message>
        <source>There is nothing to code here: every question answered in words is marked as identifying (see above).</source>
        <translation>Il n'y a rien à coder ici : toutes les questions à réponse écrite sont marquées comme identifiantes (voir plus haut).</translation>
    </message>
    <message>
        <source>Answer {number} of {total}</source>
        <translation>Réponse {number} sur {total}</translation>
    </message>
    <message>
        <source>no site</source>
        <translation>pas de lieu</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>pas de date</translation>
    </message>
    <message>
        <source>Themes: {themes}</source>
        <translation>Thèmes : {themes}</translation>
    </message>
    <message>
        <source>Every answer is coded.</source>
        <translation>Toutes les réponses sont codées.</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Rename the theme</source>
        <translation>Renommer le thème</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom :</translation>
    </message>
    <message>
        <source>Describe the theme</source>
        <translation>Décrire le thème</translation>
    </message>
    <message>
        <source>What answers given “{theme}” have in common (shown in the codebook):</source>
        <translation>Ce que les réponses avec « {theme} » ont en commun (dans le livre de codes) :</translation>
    </message>
    <message>
        <source>Merge the theme</source>
        <translation>Fusionner le thème</translation>
    </message>
    <message>
        <source>Every answer given “{theme}” gets this theme instead, and “{theme}” is removed:</source>
        <translation>Chaque réponse avec « {theme} » reçoit ce thème à la place, et « {theme} » est supprimé :</translation>
    </message>
    <message>
        <source>A second coder codes without seeing the main coding, so agreement and quotes are shown only in the main coding: empty the second coder's name to see them.</source>
        <translation>Un second codeur code sans voir le codage principal : l'accord et les citations ne s'affichent que dans le codage principal. Videz le nom du second codeur pour les voir.</translation>
    </message>
    <message>
        <source>save the coding</source>
        <translation>enregistrer le codage</translation>
    </message>
</context>
<context>
    <name>Command line</name>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>impossible de lire {path} : {reason}</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <source>Question the condition looks at</source>
        <translation>Question que regarde la condition</translation>
    </message>
    <message>
        <source>How the answer is compared</source>
        <translation>Comment la réponse est comparée</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Enlever</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Enlever cette condition</translation>
    </message>
</context>
<context>
    <name>CrosstabView</name>
    <message>
        <source>less than 0.001</source>
        <translation>moins de 0,001</translation>
    </message>
    <message>
        <source>Chi-square cannot be worked out for this table: it needs at least two answers given for each question.</source>
        <translation>Le khi-deux ne peut pas être calculé pour ce tableau : il faut au moins deux réponses données pour chaque question.</translation>
    </message>
    <message>
        <source>Chi-square = {chi_square} with {degrees} degrees of freedom, p = {p}.</source>
        <translation>Khi-deux = {chi_square} avec {degrees} degrés de liberté, p = {p}.</translation>
    </message>
    <message>
        <source>Fisher's exact test (two-sided): p = {p}.</source>
        <translation>Test exact de Fisher (bilatéral) : p = {p}.</translation>
    </message>
    <message>
        <source>p below 0.05: the answers to the two questions are probably related.</source>
        <translation>p inférieur à 0,05 : les réponses aux deux questions sont probablement liées.</translation>
    </message>
    <message>
        <source>p of 0.05 or more: no clear sign that the answers to the two questions are related.</source>
        <translation>p de 0,05 ou plus : rien n'indique clairement que les réponses aux deux questions sont liées.</translation>
    </message>
    <message>
        <source>This project hides numbers from 1 to {threshold} in everything that leaves the group, so this table hides them as the workbook would: “{hidden}” marks a number fewer than {above}, or one hidden so that such a number cannot be worked out from the totals (which is which is not said: that too would help to work them out). Their percentages are hidden too.</source>
        <translation>Ce projet cache les nombres de 1 à {threshold} dans tout ce qui sort du groupe, donc ce tableau les cache comme le classeur : « {hidden} » marque un nombre inférieur à {above}, ou un nombre caché pour qu'on ne puisse pas le retrouver à partir des totaux (on ne dit pas lequel : cela aiderait aussi à les retrouver). Leurs pourcentages sont cachés aussi.</translation>
    </message>
    <message>
        <source>Question down the side (rows)</source>
        <translation>Question sur le côté (lignes)</translation>
    </message>
    <message>
        <source>Question across the top (columns)</source>
        <translation>Question en haut (colonnes)</translation>
    </message>
    <message>
        <source>What each cell shows</source>
        <translation>Ce que montre chaque case</translation>
    </message>
    <message>
        <source>&amp;Make the table</source>
        <translation>&amp;Faire le tableau</translation>
    </message>
    <message>
        <source>&amp;Copy the table</source>
        <translation>&amp;Copier le tableau</translation>
    </message>
    <message>
        <source>Copy the table of two questions, to paste into a document</source>
        <translation>Copier le tableau des deux questions, pour le coller dans un document</translation>
    </message>
    <message>
        <source>&amp;Rows (down the side):</source>
        <translation>&amp;Lignes (sur le côté) :</translation>
    </message>
    <message>
        <source>Col&amp;umns (across the top):</source>
        <translation>Col&amp;onnes (en haut) :</translation>
    </message>
    <message>
        <source>&amp;Each cell shows:</source>
        <translation>Chaque case &amp;montre :</translation>
    </message>
    <message>
        <source>Choose two questions and press “Make the table”.</source>
        <translation>Choisissez deux questions et appuyez sur « Faire le tableau ».</translation>
    </message>
    <message>
        <source>Chi-square test</source>
        <translation>Test du khi-deux</translation>
    </message>
    <message>
        <source>Warning about small numbers</source>
        <translation>Attention aux petits nombres</translation>
    </message>
    <message>
        <source>Small numbers hidden</source>
        <translation>Petits nombres cachés</translation>
    </message>
    <message>
        <source>Two questions compared</source>
        <translation>Deux questions comparées</translation>
    </message>
    <message>
        <source>{question} (each instance of “{repeat}”)</source>
        <translation>{question} (chaque « {repeat} »)</translation>
    </message>
    <message>
        <source>Choose two different questions.</source>
        <translation>Choisissez deux questions différentes.</translation>
    </message>
    <message>
        <source>Working it out…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message numerus="yes">
        <source>“{rows}” (rows) by “{columns}” (columns): the {total} {things} named by %Ln people with an answer to both (answers counted as no answer left out).</source>
        <translation>
            <numerusform>« {rows} » (lignes) selon « {columns} » (colonnes) : les {total} {things} nommés par %Ln personne avec une réponse aux deux (réponses comptées comme pas de réponse laissées de côté).</numerusform>
            <numerusform>« {rows} » (lignes) selon « {columns} » (colonnes) : les {total} {things} nommés par %Ln personnes avec une réponse aux deux (réponses comptées comme pas de réponse laissées de côté).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{rows}” (rows) by “{columns}” (columns): the %Ln people who gave an answer to both (answers counted as no answer left out).</source>
        <translation>
            <numerusform>« {rows} » (lignes) selon « {columns} » (colonnes) : la %Ln personne qui a répondu aux deux (réponses comptées comme pas de réponse laissées de côté).</numerusform>
            <numerusform>« {rows} » (lignes) selon « {columns} » (colonnes) : les %Ln personnes qui ont répondu aux deux (réponses comptées comme pas de réponse laissées de côté).</numerusform>
        </translation>
    </message>
    <message>
        <source>Number of {things}</source>
        <translation>Nombre de {things}</translation>
    </message>
    <message>
        <source>% of all {things}</source>
        <translation>% de tous les {things}</translation>
    </message>
    <message>
        <source>No chi-square or Fisher test is shown: with some numbers hidden, its result could be used to work them out.</source>
        <translation>Aucun test du khi-deux ni de Fisher n'est montré : avec des nombres cachés, son résultat pourrait servir à les retrouver.</translation>
    </message>
    <message>
        <source>Each cell shows: {shows}</source>
        <translation>Chaque case montre : {shows}</translation>
    </message>
    <message>
        <source>{rows} by {columns}</source>
        <translation>{rows} selon {columns}</translation>
    </message>
</context>
<context>
    <name>Designer</name>
    <message>
        <source>Don't know</source>
        <translation>Ne sait pas</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>Préfère ne pas dire</translation>
    </message>
    <message>
        <source>One answer from a list</source>
        <translation>Une réponse dans une liste</translation>
    </message>
    <message>
        <source>Several answers from a list</source>
        <translation>Plusieurs réponses dans une liste</translation>
    </message>
    <message>
        <source>Written answer</source>
        <translation>Réponse écrite</translation>
    </message>
    <message>
        <source>Whole number</source>
        <translation>Nombre entier</translation>
    </message>
    <message>
        <source>Number with decimals</source>
        <translation>Nombre à virgule</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Information to read out (no answer)</source>
        <translation>Information à lire (sans réponse)</translation>
    </message>
    <message>
        <source>Worked out from other answers</source>
        <translation>Calculé à partir d'autres réponses</translation>
    </message>
    <message>
        <source>Location (typed, or left blank)</source>
        <translation>Lieu (tapé, ou laissé vide)</translation>
    </message>
    <message>
        <source>Line on a map (typed, or left blank)</source>
        <translation>Ligne sur une carte (tapée, ou laissée vide)</translation>
    </message>
    <message>
        <source>Shape on a map (typed, or left blank)</source>
        <translation>Forme sur une carte (tapée, ou laissée vide)</translation>
    </message>
    <message>
        <source>Photo (a file attached)</source>
        <translation>Photo (un fichier joint)</translation>
    </message>
    <message>
        <source>Recording (a file attached)</source>
        <translation>Enregistrement (un fichier joint)</translation>
    </message>
    <message>
        <source>Video (a file attached)</source>
        <translation>Vidéo (un fichier joint)</translation>
    </message>
    <message>
        <source>File attached</source>
        <translation>Fichier joint</translation>
    </message>
    <message>
        <source>Barcode (typed)</source>
        <translation>Code-barres (tapé)</translation>
    </message>
    <message>
        <source>Number in a range</source>
        <translation>Nombre dans un intervalle</translation>
    </message>
    <message>
        <source>OK to tick</source>
        <translation>OK à cocher</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Code-barres</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>One answer</source>
        <translation>Une réponse</translation>
    </message>
    <message>
        <source>Several answers</source>
        <translation>Plusieurs réponses</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Écrite</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Worked out</source>
        <translation>Calculé</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Print on paper</source>
        <translation>Imprimer sur papier</translation>
    </message>
    <message>
        <source>How many numbered copies? Each gets its own datasheet number, so a sheet typed in can be found again (0: one copy with a space to write the number).</source>
        <translation>Combien de copies numérotées ? Chacune a son propre numéro de fiche, pour retrouver une fiche saisie (0 : une copie avec une place pour écrire le numéro).</translation>
    </message>
    <message>
        <source>Number of the first copy:</source>
        <translation>Numéro de la première copie :</translation>
    </message>
    <message>
        <source>The paper questionnaire is in {path}</source>
        <translation>Le questionnaire papier est dans {path}</translation>
    </message>
    <message>
        <source>Save as XLSForm</source>
        <translation>Enregistrer en XLSForm</translation>
    </message>
    <message>
        <source>XLSForm workbooks (*.xlsx)</source>
        <translation>Classeurs XLSForm (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved as an XLSForm in {path}, with {files} next to it</source>
        <translation>Enregistré en XLSForm dans {path}, avec {files} à côté</translation>
    </message>
    <message>
        <source>Saved as an XLSForm in {path}</source>
        <translation>Enregistré en XLSForm dans {path}</translation>
    </message>
    <message>
        <source>Bring in an XLSForm</source>
        <translation>Importer un XLSForm</translation>
    </message>
    <message>
        <source>This file cannot be used</source>
        <translation>Ce fichier ne peut pas servir</translation>
    </message>
    <message>
        <source>Bring in {file}</source>
        <translation>Importer {file}</translation>
    </message>
    <message>
        <source>New questionnaire</source>
        <extracomment>A new questionnaire's title until it is given one, in the interface language.</extracomment>
        <translation>Nouveau questionnaire</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Repeated section</source>
        <translation>Partie répétée</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grille</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Filled in by the program</source>
        <translation>Rempli par le programme</translation>
    </message>
    <message>
        <source>is</source>
        <extracomment>How each comparison reads in the builder (the core's own words are its English ones).</extracomment>
        <translation>est</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>n'est pas</translation>
    </message>
    <message>
        <source>includes</source>
        <translation>contient</translation>
    </message>
    <message>
        <source>does not include</source>
        <translation>ne contient pas</translation>
    </message>
    <message>
        <source>is more than</source>
        <translation>est plus que</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>est moins que</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Try the questionnaire</source>
        <translation>Essayer le questionnaire</translation>
    </message>
    <message>
        <source>Print on paper (PDF)…</source>
        <translation>Imprimer sur papier (PDF)…</translation>
    </message>
    <message>
        <source>Bring in an XLSForm…</source>
        <translation>Importer un XLSForm…</translation>
    </message>
    <message>
        <source>Save as XLSForm…</source>
        <translation>Enregistrer en XLSForm…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the designer (Escape); you are asked about changes</source>
        <translation>Fermer l'éditeur (Échap) ; on vous demande pour les changements</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>&amp;Add a question</source>
        <translation>&amp;Ajouter une question</translation>
    </message>
    <message>
        <source>Add a question (Ctrl+Shift+N)</source>
        <translation>Ajouter une question (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <source>A section (a group of questions)</source>
        <translation>Une partie (un groupe de questions)</translation>
    </message>
    <message>
        <source>A repeated section (asked for each one: each drug, each service)</source>
        <translation>Une partie répétée (posée pour chacun : chaque drogue, chaque service)</translation>
    </message>
    <message>
        <source>A grid (statements on one scale)</source>
        <translation>Une grille (phrases sur une même échelle)</translation>
    </message>
    <message>
        <source>Title and languages</source>
        <translation>Titre et langues</translation>
    </message>
    <message>
        <source>What the interviewer will see</source>
        <translation>Ce que verra l'enquêteur</translation>
    </message>
    <message>
        <source>Checks before use</source>
        <translation>Vérifications avant usage</translation>
    </message>
    <message>
        <source>This project already has a questionnaire named “{name}” in its data files. Choose another name in the data files under “Title and languages”, then save again.</source>
        <translation>Ce projet a déjà un questionnaire nommé « {name} » dans ses fichiers de données. Choisissez un autre nom dans les fichiers de données sous « Titre et langues », puis enregistrez de nouveau.</translation>
    </message>
</context>
<context>
    <name>DesignerWindow</name>
    <message numerus="yes">
        <source>%n interviews use this questionnaire: saving a change makes a new version, and those interviews keep theirs.</source>
        <translation>
            <numerusform>%n entretien utilise ce questionnaire : enregistrer un changement crée une nouvelle version, et cet entretien garde la sienne.</numerusform>
            <numerusform>%n entretiens utilisent ce questionnaire : enregistrer un changement crée une nouvelle version, et ces entretiens gardent la leur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes are kept when you press Save.</source>
        <translation>Les changements sont gardés quand vous appuyez sur Enregistrer.</translation>
    </message>
    <message>
        <source>Designing “{title}” (not saved) — DuoDesk</source>
        <translation>Édition de « {title} » (non enregistré) — DuoDesk</translation>
    </message>
    <message>
        <source>Designing “{title}” — DuoDesk</source>
        <translation>Édition de « {title} » — DuoDesk</translation>
    </message>
    <message>
        <source>Add a question ({kind})</source>
        <translation>Ajouter une question ({kind})</translation>
    </message>
    <message>
        <source>Add a section</source>
        <translation>Ajouter une partie</translation>
    </message>
    <message>
        <source>Add a repeated section</source>
        <translation>Ajouter une partie répétée</translation>
    </message>
    <message>
        <source>Add a grid</source>
        <translation>Ajouter une grille</translation>
    </message>
    <message>
        <source>Move a question</source>
        <translation>Déplacer une question</translation>
    </message>
    <message>
        <source>Duplicate a question</source>
        <translation>Dupliquer une question</translation>
    </message>
    <message>
        <source>Delete a question</source>
        <translation>Supprimer une question</translation>
    </message>
    <message>
        <source>Saved as version {number}. Interviews already entered keep the version they were entered with.</source>
        <translation>Enregistré comme version {number}. Les entretiens déjà saisis gardent la version avec laquelle ils ont été saisis.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Saved (nothing had changed).</source>
        <translation>Enregistré (rien n'avait changé).</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>The questionnaire could not be saved. Nothing was changed.

{error}</source>
        <translation>Le questionnaire n'a pas pu être enregistré. Rien n'a changé.

{error}</translation>
    </message>
    <message>
        <source>Not saved yet: fix the problems marked “Must be fixed” under Checks before use.</source>
        <translation>Pas encore enregistré : corrigez les problèmes marqués « À corriger » sous Vérifications avant usage.</translation>
    </message>
    <message>
        <source>It cannot be tried yet: fix the problems marked “Must be fixed” first.</source>
        <translation>On ne peut pas encore l'essayer : corrigez d'abord les problèmes marqués « À corriger ».</translation>
    </message>
    <message>
        <source>Save the changes?</source>
        <translation>Enregistrer les changements ?</translation>
    </message>
    <message>
        <source>“{title}” has changes that are not saved.</source>
        <translation>« {title} » a des changements non enregistrés.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>One interview</source>
        <translation>Un entretien</translation>
    </message>
    <message>
        <source>The other interview</source>
        <translation>L'autre entretien</translation>
    </message>
    <message>
        <source>Participant code</source>
        <translation>Code participant</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Keep both</source>
        <extracomment>What the screen calls each decision (the project keeps the decision's name, the key).</extracomment>
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
        <translation>Pas encore vu</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>no site</source>
        <translation>sans lieu</translation>
    </message>
    <message>
        <source>The same</source>
        <translation>Le même</translation>
    </message>
    <message>
        <source>One part different</source>
        <translation>Une partie différente</translation>
    </message>
    <message>
        <source>Possible duplicates across sites</source>
        <translation>Doublons possibles entre lieux</translation>
    </message>
    <message>
        <source>These interviews were entered on different laptops, and the participant codes are the same or differ in one part. It may be one person interviewed twice. Choose a pair and say what you think; the decision goes to the other laptops with the next transfer file. Nothing is deleted.</source>
        <translation>Ces entretiens ont été saisis sur des ordinateurs différents, et les codes participants sont les mêmes ou diffèrent d'une partie. C'est peut-être une même personne interrogée deux fois. Choisissez une paire et dites ce que vous en pensez ; la décision part vers les autres ordinateurs avec le prochain fichier de transfert. Rien n'est supprimé.</translation>
    </message>
    <message>
        <source>Pairs of interviews that may be the same person</source>
        <translation>Paires d'entretiens qui sont peut-être la même personne</translation>
    </message>
    <message>
        <source>No possible duplicates across sites. Nothing to review.</source>
        <translation>Aucun doublon possible entre lieux. Rien à revoir.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>show the possible duplicates</source>
        <translation>montrer les doublons possibles</translation>
    </message>
</context>
<context>
    <name>ExportWindow</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>A row per interview can identify the person interviewed in a small survey (the site, the date, sex and age are often enough), even without names. Keep that file within the group; the summary workbook is the one to pass on.</source>
        <translation>Une ligne par entretien peut permettre de reconnaître la personne interrogée dans une petite enquête (le lieu, la date, le sexe et l'âge suffisent souvent), même sans nom. Gardez ce fichier dans le groupe ; c'est le classeur de synthèse qu'on transmet.</translation>
    </message>
    <message>
        <source>Findings report (Word)</source>
        <translation>Rapport de résultats (Word)</translation>
    </message>
    <message>
        <source>A draft for the group to edit: how the survey was done, a sentence per question, the tables and charts, and an annex of every result. Its numbers are the workbook's, small numbers hidden the same way; it has no row per interview.</source>
        <translation>Un brouillon à retravailler par le groupe : comment l'enquête a été faite, une phrase par question, les tableaux et graphiques, et une annexe avec tous les résultats. Ses chiffres sont ceux du classeur, petits nombres cachés de la même façon ; il n'a pas de ligne par entretien.</translation>
    </message>
    <message>
        <source>This file has one row per interview: in a small survey a row can identify the person interviewed. Keep it within the group; give the health board the workbook instead.</source>
        <translation>Ce fichier a une ligne par entretien : dans une petite enquête, une ligne peut permettre de reconnaître la personne interrogée. Gardez-le dans le groupe ; donnez plutôt le classeur à l'autorité de santé.</translation>
    </message>
    <message>
        <source>Export: {title}</source>
        <translation>Export : {title}</translation>
    </message>
    <message>
        <source>Export “{title}”</source>
        <translation>Exporter « {title} »</translation>
    </message>
    <message>
        <source>Which interviews</source>
        <translation>Quels entretiens</translation>
    </message>
    <message>
        <source>Hide small numbers, from 1 to</source>
        <translation>Cacher les petits nombres, de 1 à</translation>
    </message>
    <message>
        <source>Hide numbers up to</source>
        <translation>Cacher les nombres jusqu'à</translation>
    </message>
    <message>
        <source>De-identified: leave out written answers, locations, identifying questions and interviewer names</source>
        <translation>Anonymisé : sans réponses écrites, positions, questions qui identifient ni noms des enquêteurs</translation>
    </message>
    <message>
        <source>Also save one row per interview, in a separate file (…-interviews.xlsx)</source>
        <translation>Enregistrer aussi une ligne par entretien, dans un fichier à part (…-interviews.xlsx)</translation>
    </message>
    <message>
        <source>Keeping people safe</source>
        <translation>Protéger les personnes</translation>
    </message>
    <message>
        <source>The participant code is never exported. For a file that leaves the group, keep small numbers hidden and the data de-identified, and leave out the rows per interview.</source>
        <translation>Le code participant n'est jamais exporté. Pour un fichier qui sort du groupe, gardez les petits nombres cachés et les données anonymisées, et laissez de côté les lignes par entretien.</translation>
    </message>
    <message>
        <source>Labels (easier to read)</source>
        <translation>Libellés (plus faciles à lire)</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Answers as:</source>
        <translation>Réponses en :</translation>
    </message>
    <message>
        <source>Language of questions and answers</source>
        <translation>Langue des questions et réponses</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Also save it as a PDF (A4), beside the Word document</source>
        <translation>L'enregistrer aussi en PDF (A4), à côté du document Word</translation>
    </message>
    <message>
        <source>The group's name, for the title page</source>
        <translation>Le nom du groupe, pour la page de titre</translation>
    </message>
    <message>
        <source>e.g. Glasgow Involvement Group</source>
        <translation>ex. Groupe d'usagers de Lyon</translation>
    </message>
    <message>
        <source>The group's name (for the title page):</source>
        <translation>Le nom du groupe (pour la page de titre) :</translation>
    </message>
    <message>
        <source>Save the file as</source>
        <translation>Enregistrer le fichier sous</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose where to save the file</source>
        <translation>Choisir où enregistrer le fichier</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>Enregistrer &amp;sous :</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Le fichier</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Avancement de l'export</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Close the export window</source>
        <translation>Fermer la fenêtre d'export</translation>
    </message>
    <message>
        <source>This project requires numbers from 1 to {required} to be hidden in every workbook: you can hide more, not fewer.</source>
        <translation>Ce projet demande de cacher les nombres de 1 à {required} dans chaque classeur : vous pouvez en cacher plus, pas moins.</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Document Word (*.docx)</translation>
    </message>
    <message>
        <source>Save the export as</source>
        <translation>Enregistrer l'export sous</translation>
    </message>
    <message>
        <source>Exporting to {file}…</source>
        <translation>Export vers {file}…</translation>
    </message>
    <message>
        <source>Done. {what} Saved in {folder}.</source>
        <translation>Fini. {what} Enregistré dans {folder}.</translation>
    </message>
    <message>
        <source>Stopping… nothing will be saved.</source>
        <translation>Arrêt… rien ne sera enregistré.</translation>
    </message>
    <message>
        <source>Stop the export; nothing will be saved</source>
        <translation>Arrêter l'export ; rien ne sera enregistré</translation>
    </message>
    <message>
        <source>It could not be noted in the project's record of who did what ({details}).</source>
        <translation>Cela n'a pas pu être noté dans le journal du projet ({details}).</translation>
    </message>
    <message>
        <source>Done. {what} Saved as {file}.</source>
        <translation>Fini. {what} Enregistré sous {file}.</translation>
    </message>
    <message>
        <source>The export was cancelled. No file was saved.</source>
        <translation>L'export a été annulé. Aucun fichier n'a été enregistré.</translation>
    </message>
    <message>
        <source>The export could not be made: {error}</source>
        <translation>L'export n'a pas pu être fait : {error}</translation>
    </message>
    <message>
        <source>make the export</source>
        <translation>faire l'export</translation>
    </message>
</context>
<context>
    <name>GridPage</name>
    <message>
        <source>Grid of statements</source>
        <translation>Grille de phrases</translation>
    </message>
    <message>
        <source>Stacked bars of the statements of: {question}</source>
        <translation>Barres empilées des phrases de : {question}</translation>
    </message>
    <message>
        <source>Nobody answered these statements in these interviews.</source>
        <translation>Personne n'a répondu à ces phrases dans ces entretiens.</translation>
    </message>
</context>
<context>
    <name>GroupEditor</name>
    <message>
        <source>Grid question</source>
        <translation>Question de la grille</translation>
    </message>
    <message>
        <source>Section title</source>
        <translation>Titre de la partie</translation>
    </message>
    <message>
        <source>Help for the interviewer</source>
        <translation>Aide pour l'enquêteur</translation>
    </message>
    <message>
        <source>Show all its questions on one page</source>
        <translation>Montrer toutes ses questions sur une page</translation>
    </message>
    <message>
        <source>Ask its questions for each one (a repeat)</source>
        <translation>Poser ses questions pour chacun (une répétition)</translation>
    </message>
    <message>
        <source>For each drug used, each service tried: asked once per each one</source>
        <translation>Pour chaque drogue prise, chaque service essayé : posé une fois pour chacun</translation>
    </message>
    <message>
        <source>How many times its questions are asked</source>
        <translation>Combien de fois ses questions sont posées</translation>
    </message>
    <message>
        <source>Change when it is asked</source>
        <translation>Changer quand elle est posée</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Question :</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>Help:</source>
        <translation>Aide :</translation>
    </message>
    <message>
        <source>Name in the data file</source>
        <translation>Nom dans le fichier de données</translation>
    </message>
    <message>
        <source>Name in the data file:</source>
        <translation>Nom dans le fichier de données :</translation>
    </message>
    <message>
        <source>How many times:</source>
        <translation>Combien de fois :</translation>
    </message>
    <message>
        <source>Scale (the answers for every statement)</source>
        <translation>Échelle (les réponses pour chaque phrase)</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Phrases</translation>
    </message>
    <message>
        <source>When to ask it</source>
        <translation>Quand la poser</translation>
    </message>
    <message>
        <source>New statement</source>
        <translation>Nouvelle phrase</translation>
    </message>
    <message>
        <source>Type a new statement and press Enter</source>
        <translation>Tapez une nouvelle phrase et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Enlever</translation>
    </message>
    <message>
        <source>Statement ({language})</source>
        <translation>Phrase ({language})</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Phrase</translation>
    </message>
    <message>
        <source>Change the title</source>
        <translation>Changer le titre</translation>
    </message>
    <message>
        <source>Change the help text</source>
        <translation>Changer l'aide</translation>
    </message>
    <message>
        <source>Change how the section is shown</source>
        <translation>Changer comment la partie est montrée</translation>
    </message>
    <message>
        <source>As many as the interviewer adds</source>
        <translation>Autant que l'enquêteur en ajoute</translation>
    </message>
    <message>
        <source>The answer to “{question}”</source>
        <translation>La réponse à « {question} »</translation>
    </message>
    <message numerus="yes">
        <source>Always %n times</source>
        <translation>
            <numerusform>Toujours %n fois</numerusform>
            <numerusform>Toujours %n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>As the form says: {count}</source>
        <translation>Comme dit le formulaire : {count}</translation>
    </message>
    <message>
        <source>Make it a repeated section</source>
        <translation>En faire une partie répétée</translation>
    </message>
    <message>
        <source>Ask its questions once</source>
        <translation>Poser ses questions une fois</translation>
    </message>
    <message>
        <source>Change how many times it is asked</source>
        <translation>Changer combien de fois elle est posée</translation>
    </message>
    <message>
        <source>Change the name in the data file</source>
        <translation>Changer le nom dans le fichier de données</translation>
    </message>
    <message>
        <source>Change a statement's name in the data file</source>
        <translation>Changer le nom d’une affirmation dans le fichier de données</translation>
    </message>
    <message>
        <source>Change the grid's scale</source>
        <translation>Changer l'échelle de la grille</translation>
    </message>
    <message>
        <source>Add the statement “{statement}”</source>
        <translation>Ajouter la phrase « {statement} »</translation>
    </message>
    <message>
        <source>Move a statement</source>
        <translation>Déplacer une phrase</translation>
    </message>
    <message>
        <source>Remove a statement</source>
        <translation>Enlever une phrase</translation>
    </message>
    <message>
        <source>Change a statement</source>
        <translation>Changer une phrase</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Start an interview</source>
        <translation>Commencer un entretien</translation>
    </message>
    <message>
        <source>Correct an interview</source>
        <translation>Corriger un entretien</translation>
    </message>
    <message>
        <source>Read the Results</source>
        <translation>Lire les Résultats</translation>
    </message>
    <message>
        <source>Add interviews from a file</source>
        <translation>Ajouter des entretiens depuis un fichier</translation>
    </message>
    <message>
        <source>Export for the health board</source>
        <translation>Exporter pour l'autorité de santé</translation>
    </message>
    <message>
        <source>Lock the project</source>
        <translation>Verrouiller le projet</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
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
&lt;h2&gt;Commencer un entretien&lt;/h2&gt;
&lt;ol&gt;
&lt;li&gt;Dans la fenêtre principale, cliquez sur le questionnaire dans la liste.&lt;/li&gt;
&lt;li&gt;Appuyez sur &lt;b&gt;Commencer un entretien…&lt;/b&gt; (ou Ctrl+I, ou Entrée sur la liste).&lt;/li&gt;
&lt;li&gt;Choisissez votre nom, le lieu et la date, puis appuyez sur &lt;b&gt;Commencer l'entretien&lt;/b&gt;.&lt;/li&gt;
&lt;li&gt;Chaque question a sa page. Appuyez sur le numéro d'une réponse (1, 2, 3…) ou tapez-la, puis
appuyez sur &lt;b&gt;Entrée&lt;/b&gt; ou &lt;b&gt;Suivant&lt;/b&gt;. &lt;b&gt;Retour&lt;/b&gt; (Alt+Gauche) revient à la page d'avant.&lt;/li&gt;
&lt;li&gt;Si une réponse manque ou n'est pas permise, un message rouge dit pourquoi et l'entretien reste
sur cette question. &lt;b&gt;Passer pour l'instant&lt;/b&gt; continue sans elle ; elle est rappelée à la fin.&lt;/li&gt;
&lt;li&gt;À la dernière page, appuyez sur &lt;b&gt;Terminer l'entretien&lt;/b&gt;. Puis sur Entrée pour fermer.&lt;/li&gt;
&lt;/ol&gt;
&lt;p&gt;Chaque réponse est enregistrée dès qu'elle est donnée. Si l'ordinateur est fermé ou si le
courant coupe, l'entretien attend dans « entretiens non terminés » sur la fenêtre principale :
appuyez sur &lt;b&gt;Reprendre ou jeter…&lt;/b&gt; pour continuer.&lt;/p&gt;
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
&lt;h2&gt;Corriger un entretien&lt;/h2&gt;
&lt;ol&gt;
&lt;li&gt;Choisissez le questionnaire et appuyez sur &lt;b&gt;Entretiens…&lt;/b&gt; (Ctrl+L).&lt;/li&gt;
&lt;li&gt;Trouvez l'entretien (tapez un lieu, un nom ou une date dans &lt;b&gt;Chercher&lt;/b&gt;) et appuyez sur
&lt;b&gt;Ouvrir pour lire ou corriger…&lt;/b&gt;. Vous pouvez le lire sans donner votre nom.&lt;/li&gt;
&lt;li&gt;La première page liste chaque question et sa réponse. Cliquez sur une réponse pour la changer.&lt;/li&gt;
&lt;li&gt;Au premier changement, DuoDesk demande &lt;b&gt;Qui fait la correction ?&lt;/b&gt;. Chaque changement est
noté avec votre nom, l'heure, l'ancienne réponse et la nouvelle.&lt;/li&gt;
&lt;li&gt;Une fois les changements faits, appuyez sur &lt;b&gt;Correction terminée&lt;/b&gt; (à côté de &lt;b&gt;Suivant&lt;/b&gt;) : DuoDesk vérifie
les réponses et enregistre les corrections.&lt;/li&gt;
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
&lt;h2&gt;Lire les Résultats&lt;/h2&gt;
&lt;ol&gt;
&lt;li&gt;Choisissez le questionnaire et appuyez sur &lt;b&gt;Résultats…&lt;/b&gt; (Ctrl+R).&lt;/li&gt;
&lt;li&gt;Cliquez sur une question dans la liste. Le tableau montre combien de personnes ont donné chaque réponse.&lt;/li&gt;
&lt;li&gt;Sous le titre, une phrase dit de qui parlent les chiffres, par exemple « 40 des 66
personnes interrogées ont répondu ; 13 n'ont pas eu la question ». &lt;b&gt;Non posée (sautée)&lt;/b&gt; veut dire
que la question ne concernait pas cette personne. &lt;b&gt;Pas de réponse&lt;/b&gt; veut dire qu'elle la concernait
mais est restée vide.&lt;/li&gt;
&lt;li&gt;Le &lt;b&gt;pourcentage valide&lt;/b&gt; laisse de côté « Ne sait pas » et « Préfère ne pas répondre ».&lt;/li&gt;
&lt;li&gt;Pour compter seulement certains entretiens, choisissez en haut un lieu, un enquêteur ou des dates,
ou « Seulement les personnes dont la réponse à … est … ». &lt;b&gt;Compter tout le monde&lt;/b&gt; annule cela.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Copier le tableau&lt;/b&gt; le met dans le presse-papiers pour un document ; &lt;b&gt;Enregistrer le
graphique en image…&lt;/b&gt; enregistre un PNG.&lt;/li&gt;
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
&lt;h2&gt;Ajouter des entretiens depuis un fichier&lt;/h2&gt;
&lt;p&gt;Des entretiens recueillis ailleurs (avec ODK Collect, KoboToolbox, ou DuoDesk sur un autre
ordinateur) peuvent être ajoutés à un questionnaire de ce projet.&lt;/p&gt;
&lt;ol&gt;
&lt;li&gt;Choisissez le questionnaire dans la liste.&lt;/li&gt;
&lt;li&gt;Dans le menu &lt;b&gt;Questionnaire&lt;/b&gt; (ou d'un clic droit sur le questionnaire), choisissez
&lt;b&gt;Ajouter des entretiens depuis un fichier…&lt;/b&gt; (Ctrl+Shift+I).&lt;/li&gt;
&lt;li&gt;Choisissez le fichier : un fichier CSV ou Excel (.xlsx), ou le .zip que donne ODK Central.&lt;/li&gt;
&lt;/ol&gt;
&lt;p&gt;DuoDesk dit alors combien d'entretiens ont été ajoutés, combien étaient déjà dans le projet,
et quelles colonnes ont été laissées de côté. Si une ligne a un problème, rien n'est ajouté et
chaque problème est indiqué avec sa ligne et sa colonne : corrigez le fichier et ajoutez-le de
nouveau, ou appuyez sur &lt;b&gt;Ajouter seulement les lignes sans problème&lt;/b&gt;.&lt;/p&gt;
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
&lt;h2&gt;Exporter pour l'autorité de santé&lt;/h2&gt;
&lt;ol&gt;
&lt;li&gt;Choisissez le questionnaire et appuyez sur &lt;b&gt;Exporter…&lt;/b&gt; (Ctrl+E).&lt;/li&gt;
&lt;li&gt;Laissez &lt;b&gt;Cacher les petits nombres&lt;/b&gt; et &lt;b&gt;Anonymisé&lt;/b&gt; cochés pour tout fichier qui sort
du groupe. Les petits nombres s'affichent alors comme *, et les réponses écrites et les noms sont retirés.&lt;/li&gt;
&lt;li&gt;Choisissez &lt;b&gt;Classeur (.xlsx)&lt;/b&gt; pour l'autorité de santé, choisissez où l'enregistrer, et appuyez sur
&lt;b&gt;Exporter&lt;/b&gt;.&lt;/li&gt;
&lt;/ol&gt;
&lt;p&gt;Le fichier n'apparaît que lorsqu'il est complet. Le code participant n'est jamais exporté.&lt;/p&gt;
&lt;p&gt;Pour préparer le rapport à présenter, choisissez plutôt &lt;b&gt;Rapport de résultats (Word)&lt;/b&gt; : un
document Word (et un PDF) avec la façon dont l'enquête a été faite, une phrase par question, les
tableaux et les graphiques. Les petits nombres y sont cachés comme dans le classeur. Lisez-le et
modifiez-le avant de le transmettre.&lt;/p&gt;
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
&lt;h2&gt;Verrouiller le projet&lt;/h2&gt;
&lt;p&gt;Un projet protégé par une phrase secrète ne peut être lu par personne qui ne la connaît pas,
même si l'ordinateur est perdu. DuoDesk demande la phrase secrète à chaque démarrage.&lt;/p&gt;
&lt;p&gt;Pour la choisir, un coordinateur choisit &lt;b&gt;Sécurité &amp;gt; Verrouiller le projet par une
phrase secrète…&lt;/b&gt; (ou appuie sur &lt;b&gt;Choisir une phrase secrète…&lt;/b&gt; sur la ligne en haut de la
fenêtre principale) et la tape deux fois. Le même menu la change (&lt;b&gt;Changer la phrase
secrète…&lt;/b&gt;) ou l'enlève. &lt;b&gt;Sécurité &amp;gt; Verrouiller maintenant&lt;/b&gt; (Ctrl+Maj+L) cache tout
jusqu'à ce que la phrase secrète soit tapée de nouveau, quand vous vous éloignez de
l'ordinateur. Gardez la phrase secrète en lieu sûr : sans elle, personne ne peut ouvrir les
entretiens.&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>How to… – DuoDesk</source>
        <translation>Comment faire… – DuoDesk</translation>
    </message>
    <message>
        <source>Help topics</source>
        <translation>Sujets d'aide</translation>
    </message>
    <message>
        <source>Help page</source>
        <translation>Page d'aide</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Add interviews from a file</source>
        <translation>Ajouter des entretiens depuis un fichier</translation>
    </message>
    <message>
        <source>Adding interviews to “{title}”</source>
        <translation>Ajout d'entretiens à « {title} »</translation>
    </message>
    <message>
        <source>Interviews already in the project are not added again. If any row has a problem, nothing is added and every problem is listed here, with its row and column.</source>
        <translation>Les entretiens déjà dans le projet ne sont pas ajoutés une seconde fois. Si une ligne a un problème, rien n'est ajouté et chaque problème est indiqué ici, avec sa ligne et sa colonne.</translation>
    </message>
    <message>
        <source>{rows} rows read…</source>
        <translation>{rows} lignes lues…</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s'est passé</translation>
    </message>
    <message>
        <source>Add only the rows without problems</source>
        <translation>Ajouter seulement les lignes sans problème</translation>
    </message>
    <message>
        <source>Adds the rows without problems and writes the others, with why, to a file beside this one (its name ends in .rejected.csv)</source>
        <translation>Ajoute les lignes sans problème et écrit les autres, avec la raison, dans un fichier à côté de celui-ci (son nom finit par .rejected.csv)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Reading the file and adding the interviews…</source>
        <translation>Lecture du fichier et ajout des entretiens…</translation>
    </message>
    <message>
        <source>The interviews were added.</source>
        <translation>Les entretiens ont été ajoutés.</translation>
    </message>
    <message>
        <source>No new interviews were added.</source>
        <translation>Aucun nouvel entretien n'a été ajouté.</translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation>Rien n'a été ajouté.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was added.</source>
        <translation>Arrêté. Rien n'a été ajouté.</translation>
    </message>
    <message>
        <source>add the interviews</source>
        <translation>ajouter les entretiens</translation>
    </message>
    <message>
        <source>Add interviews to “{title}”</source>
        <translation>Ajouter des entretiens à « {title} »</translation>
    </message>
    <message>
        <source>Interviews from ODK, KoboToolbox or DuoDesk</source>
        <translation>Entretiens d'ODK, de KoboToolbox ou de DuoDesk</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
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
        <translation>Projet : {project} ({protection})</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
</context>
<context>
    <name>MultiplePage</name>
    <message>
        <source>Answers ticked, most often first</source>
        <translation>Réponses cochées, les plus fréquentes d'abord</translation>
    </message>
    <message>
        <source>Answers ticked together</source>
        <translation>Réponses cochées ensemble</translation>
    </message>
    <message>
        <source>Who ticked each answer</source>
        <translation>Qui a coché chaque réponse</translation>
    </message>
    <message>
        <source>Each answer ticked</source>
        <translation>Chaque réponse cochée</translation>
    </message>
    <message>
        <source>% of the {things} with an answer</source>
        <translation>% des {things} avec une réponse</translation>
    </message>
    <message>
        <source>% of the people who answered</source>
        <translation>% des personnes qui ont répondu</translation>
    </message>
    <message>
        <source>Bar chart, most ticked first, of: {question}</source>
        <translation>Diagramme en barres, les plus cochées d'abord, de : {question}</translation>
    </message>
    <message>
        <source>Nobody answered this question in these interviews.</source>
        <translation>Personne n'a répondu à cette question dans ces entretiens.</translation>
    </message>
</context>
<context>
    <name>NumberPage</name>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Answers grouped into ranges</source>
        <translation>Réponses groupées par tranches</translation>
    </message>
    <message>
        <source>Where to split the answers into ranges</source>
        <translation>Où couper les réponses en tranches</translation>
    </message>
    <message>
        <source>for example: 1, 5</source>
        <translation>par exemple : 1, 5</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grouper</translation>
    </message>
    <message>
        <source>Group the answers into these ranges</source>
        <translation>Grouper les réponses dans ces tranches</translation>
    </message>
    <message>
        <source>&amp;Split at:</source>
        <translation>&amp;Couper à :</translation>
    </message>
    <message>
        <source>Type where to split the answers (for example 1, 5) to group them into ranges and draw them.</source>
        <translation>Tapez où couper les réponses (par exemple 1, 5) pour les grouper en tranches et les dessiner.</translation>
    </message>
    <message>
        <source>Nobody answered this question in these interviews.</source>
        <translation>Personne n'a répondu à cette question dans ces entretiens.</translation>
    </message>
    <message>
        <source>{count_heading} in each range</source>
        <translation>{count_heading} dans chaque tranche</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Histogram of the answers to: {question}</source>
        <translation>Histogramme des réponses à : {question}</translation>
    </message>
</context>
<context>
    <name>OtherPage</name>
    <message>
        <source>Answers by month</source>
        <translation>Réponses par mois</translation>
    </message>
    <message>
        <source>Counting the answers by month…</source>
        <translation>Compte des réponses par mois…</translation>
    </message>
    <message>
        <source>DuoDesk has no table for this kind of question yet; the counts above say how many answered it.</source>
        <translation>DuoDesk n'a pas encore de tableau pour ce genre de question ; les nombres plus haut disent combien y ont répondu.</translation>
    </message>
    <message>
        <source>The dates given, month by month (oldest first).</source>
        <translation>Les dates données, mois par mois (les plus anciennes d'abord).</translation>
    </message>
</context>
<context>
    <name>PaperPdf</name>
    <message>
        <source>Datasheet number: &lt;b&gt;{number}&lt;/b&gt; &amp;nbsp;&amp;nbsp; Interviewer: ________________ &amp;nbsp;&amp;nbsp; Date: ____ / ____ / ________</source>
        <translation>Numéro de fiche : &lt;b&gt;{number}&lt;/b&gt; &amp;nbsp;&amp;nbsp; Enquêteur : ________________ &amp;nbsp;&amp;nbsp; Date : ____ / ____ / ________</translation>
    </message>
    <message>
        <source>Interviewer: read each question out. Tick one box unless it says &lt;i&gt;tick all that apply&lt;/i&gt;. Follow the arrows: they say which question comes next.</source>
        <translation>Enquêteur : lisez chaque question à voix haute. Cochez une case sauf s'il est écrit &lt;i&gt;cochez tout ce qui convient&lt;/i&gt;. Suivez les flèches : elles disent quelle question vient ensuite.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Write the number:</source>
        <translation>Écrivez le numéro :</translation>
    </message>
    <message>
        <source>Write each number that applies:</source>
        <translation>Écrivez chaque numéro qui convient :</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>Un nombre</translation>
    </message>
    <message>
        <source>Day / month / year</source>
        <translation>Jour / mois / année</translation>
    </message>
    <message>
        <source>Hours : minutes</source>
        <translation>Heures : minutes</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Tick all that apply.</source>
        <translation>Cochez tout ce qui convient.</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Nombre :</translation>
    </message>
    <message>
        <source>Date: ____ / ____ / ________  (day / month / year)</source>
        <translation>Date : ____ / ____ / ________  (jour / mois / année)</translation>
    </message>
    <message>
        <source>Time: ____ : ____</source>
        <translation>Heure : ____ : ____</translation>
    </message>
    <message>
        <source>Date: ____ / ____ / ________   Time: ____ : ____</source>
        <translation>Date : ____ / ____ / ________   Heure : ____ : ____</translation>
    </message>
</context>
<context>
    <name>PaperSheetsDialog</name>
    <message>
        <source>Choose…</source>
        <extracomment>What the "On the paper" column says for each choice: none yet, the first entry, the check.</extracomment>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>First entry</source>
        <translation>Première saisie</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Paper datasheets</source>
        <translation>Fiches papier</translation>
    </message>
    <message>
        <source>Paper datasheets typed in twice</source>
        <translation>Fiches papier saisies deux fois</translation>
    </message>
    <message>
        <source>Each datasheet is typed in twice, by two people. Choose a checked datasheet, look at the paper and choose the right answer for each difference, then resolve it: only resolved datasheets are counted in results and exports.</source>
        <translation>Chaque fiche est saisie deux fois, par deux personnes. Choisissez une fiche vérifiée, regardez le papier et choisissez la bonne réponse pour chaque différence, puis réglez-la : seules les fiches réglées comptent dans les résultats et les exports.</translation>
    </message>
    <message>
        <source>Datasheet</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>On the paper</source>
        <translation>Sur le papier</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
    <message>
        <source>&amp;First entry</source>
        <translation>&amp;Première saisie</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Vérification</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Resolved by</source>
        <translation>Réglé par</translation>
    </message>
    <message>
        <source>&amp;Resolve this datasheet</source>
        <translation>&amp;Régler cette fiche</translation>
    </message>
    <message>
        <source>Count datasheets not checked yet (coordinator's choice; the check never counts)</source>
        <translation>Compter les fiches pas encore vérifiées (choix du coordinateur ; la vérification ne compte jamais)</translation>
    </message>
    <message>
        <source>Question or person</source>
        <translation>Question ou personne</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Comparées</translation>
    </message>
    <message>
        <source>Alike</source>
        <translation>Pareilles</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>On the paper:</source>
        <translation>Sur le papier :</translation>
    </message>
    <message>
        <source>Resolved &amp;by:</source>
        <translation>Réglé &amp;par :</translation>
    </message>
    <message>
        <source>Agreement between the two entries (as typed):</source>
        <translation>Accord entre les deux saisies (telles que tapées) :</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;First entry: {answer}</source>
        <translation>&amp;Première saisie : {answer}</translation>
    </message>
    <message>
        <source>&amp;Check: {answer}</source>
        <translation>&amp;Vérification : {answer}</translation>
    </message>
    <message>
        <source>On the paper for {question}: the first entry</source>
        <translation>Sur le papier pour {question} : la première saisie</translation>
    </message>
    <message>
        <source>On the paper for {question}: the check</source>
        <translation>Sur le papier pour {question} : la vérification</translation>
    </message>
    <message>
        <source>Type your name under Resolved by.</source>
        <translation>Tapez votre nom sous Réglé par.</translation>
    </message>
    <message>
        <source>Choose the answer on the paper for “{question}”.</source>
        <translation>Choisissez la réponse sur le papier pour « {question} ».</translation>
    </message>
    <message>
        <source>show the paper datasheets</source>
        <translation>montrer les fiches papier</translation>
    </message>
    <message>
        <source>Not in this version</source>
        <translation>Pas dans cette version</translation>
    </message>
    <message>
        <source>Not asked (skipped)</source>
        <translation>Non posée (sautée)</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>Interviewers enter interviews and see only their own. Coordinators also see Results, export, change questionnaires, delete interviews, and manage passphrase, backups and this list. Once someone is listed, DuoDesk asks who is signing in every time it starts.</source>
        <translation>Les enquêteurs saisissent des entretiens et ne voient que les leurs. Les coordinateurs voient aussi les Résultats, exportent, changent les questionnaires, suppriment des entretiens et gèrent la phrase secrète, les sauvegardes et cette liste. Dès qu'une personne est sur la liste, DuoDesk demande qui se connecte à chaque démarrage.</translation>
    </message>
    <message>
        <source>People and roles – DuoDesk</source>
        <translation>Personnes et rôles – DuoDesk</translation>
    </message>
    <message>
        <source>People and roles</source>
        <translation>Personnes et rôles</translation>
    </message>
    <message>
        <source>People who can sign in</source>
        <translation>Personnes qui peuvent se connecter</translation>
    </message>
    <message>
        <source>Nobody is listed yet: DuoDesk opens without asking who is using it, with every right. Add a coordinator first (yourself), then the interviewers.</source>
        <translation>Personne n'est encore sur la liste : DuoDesk s'ouvre sans demander qui l'utilise, avec tous les droits. Ajoutez d'abord un coordinateur (vous-même), puis les enquêteurs.</translation>
    </message>
    <message>
        <source>Give a new PIN…</source>
        <translation>Donner un nouveau code PIN…</translation>
    </message>
    <message>
        <source>Take off the list…</source>
        <translation>Retirer de la liste…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>Changer de rôle…</translation>
    </message>
    <message>
        <source>Name of the new person</source>
        <translation>Nom de la nouvelle personne</translation>
    </message>
    <message>
        <source>A first name is enough</source>
        <translation>Un prénom suffit</translation>
    </message>
    <message>
        <source>Role of the new person</source>
        <translation>Rôle de la nouvelle personne</translation>
    </message>
    <message>
        <source>Add this person</source>
        <translation>Ajouter cette personne</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The only coordinator stays one: make someone else a coordinator first.</source>
        <translation>Le seul coordinateur le reste : nommez d'abord quelqu'un d'autre coordinateur.</translation>
    </message>
    <message>
        <source>Make an interviewer…</source>
        <translation>Nommer enquêteur…</translation>
    </message>
    <message>
        <source>Make a coordinator…</source>
        <translation>Nommer coordinateur…</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>Code &amp;PIN :</translation>
    </message>
    <message>
        <source>{low} to {high} digits</source>
        <translation>{low} à {high} chiffres</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>Code PIN &amp;encore :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>at least {count} characters</source>
        <translation>au moins {count} caractères</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Mot de passe &amp;encore :</translation>
    </message>
    <message>
        <source>The two are not the same: type them again.</source>
        <translation>Les deux ne sont pas les mêmes : tapez-les encore.</translation>
    </message>
    <message>
        <source>{name} was added as {role}.</source>
        <translation>{name} a été ajouté(e) comme {role}.</translation>
    </message>
    <message>
        <source>Give a new PIN</source>
        <translation>Donner un nouveau code PIN</translation>
    </message>
    <message>
        <source>The new PIN or password for {name}:</source>
        <translation>Le nouveau code PIN ou mot de passe de {name} :</translation>
    </message>
    <message>
        <source>{name} has a new PIN and can sign in at once.</source>
        <translation>{name} a un nouveau code PIN et peut se connecter tout de suite.</translation>
    </message>
    <message>
        <source>Make {name} an interviewer</source>
        <translation>Nommer {name} enquêteur</translation>
    </message>
    <message>
        <source>{name} becomes an interviewer and signs in with a new PIN ({low} to {high} digits). Their new PIN:</source>
        <translation>{name} devient enquêteur et se connecte avec un nouveau code PIN ({low} à {high} chiffres). Son nouveau code PIN :</translation>
    </message>
    <message>
        <source>The new PIN again</source>
        <translation>Le nouveau code PIN, encore</translation>
    </message>
    <message>
        <source>The same PIN again:</source>
        <translation>Le même code PIN, encore :</translation>
    </message>
    <message>
        <source>Make {name} a coordinator</source>
        <translation>Nommer {name} coordinateur</translation>
    </message>
    <message>
        <source>{name} becomes a coordinator and signs in with a new password (at least {count} characters). Their new password:</source>
        <translation>{name} devient coordinateur et se connecte avec un nouveau mot de passe (au moins {count} caractères). Son nouveau mot de passe :</translation>
    </message>
    <message>
        <source>The new password again</source>
        <translation>Le nouveau mot de passe, encore</translation>
    </message>
    <message>
        <source>The same password again:</source>
        <translation>Le même mot de passe, encore :</translation>
    </message>
    <message>
        <source>The two are not the same: nothing was changed.</source>
        <translation>Les deux ne sont pas les mêmes : rien n'a été changé.</translation>
    </message>
    <message>
        <source>{name} is now an interviewer.</source>
        <translation>{name} est maintenant enquêteur.</translation>
    </message>
    <message>
        <source>{name} is now a coordinator.</source>
        <translation>{name} est maintenant coordinateur.</translation>
    </message>
    <message>
        <source>Take off the list?</source>
        <translation>Retirer de la liste ?</translation>
    </message>
    <message>
        <source>Take {name} off the list? They can no longer sign in; the interviews they entered keep their name.</source>
        <translation>Retirer {name} de la liste ? Cette personne ne pourra plus se connecter ; les entretiens qu'elle a saisis gardent son nom.</translation>
    </message>
    <message>
        <source>{name} was taken off the list.</source>
        <translation>{name} a été retiré(e) de la liste.</translation>
    </message>
    <message>
        <source>That did not work: {error}</source>
        <translation>Cela n'a pas marché : {error}</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <source>Kind of answer</source>
        <translation>Type de réponse</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Help for the interviewer</source>
        <translation>Aide pour l'enquêteur</translation>
    </message>
    <message>
        <source>Change the help text</source>
        <translation>Changer l'aide</translation>
    </message>
    <message>
        <source>Name in the data file</source>
        <translation>Nom dans le fichier de données</translation>
    </message>
    <message>
        <source>An answer is needed before going on</source>
        <translation>Une réponse est nécessaire pour continuer</translation>
    </message>
    <message>
        <source>Change whether an answer is needed</source>
        <translation>Changer si une réponse est nécessaire</translation>
    </message>
    <message>
        <source>Message when it is left blank</source>
        <translation>Message quand elle reste vide</translation>
    </message>
    <message>
        <source>Change a message</source>
        <translation>Changer un message</translation>
    </message>
    <message>
        <source>Answers could identify a person</source>
        <translation>Les réponses pourraient identifier une personne</translation>
    </message>
    <message>
        <source>Left out of shared exports.</source>
        <translation>Laissé hors des exports partagés.</translation>
    </message>
    <message>
        <source>Change whether answers identify a person</source>
        <translation>Changer si les réponses identifient une personne</translation>
    </message>
    <message>
        <source>Answer filled in at the start</source>
        <translation>Réponse remplie au début</translation>
    </message>
    <message>
        <source>Change the starting answer</source>
        <translation>Changer la réponse de départ</translation>
    </message>
    <message>
        <source>Calculation</source>
        <translation>Calcul</translation>
    </message>
    <message>
        <source>Change the answer rules</source>
        <translation>Changer les règles de réponse</translation>
    </message>
    <message>
        <source>Message when the answer breaks the rule</source>
        <translation>Message quand la réponse ne suit pas la règle</translation>
    </message>
    <message>
        <source>Change when the question is asked</source>
        <translation>Changer quand la question est posée</translation>
    </message>
    <message>
        <source>Kind of answer:</source>
        <translation>Type de réponse :</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Question :</translation>
    </message>
    <message>
        <source>Help:</source>
        <translation>Aide :</translation>
    </message>
    <message>
        <source>Name in the data file:</source>
        <translation>Nom dans le fichier de données :</translation>
    </message>
    <message>
        <source>A name in the data file uses letters, digits and _ and starts with a letter.</source>
        <translation>Un nom dans le fichier de données utilise des lettres, des chiffres et _ et commence par une lettre.</translation>
    </message>
    <message>
        <source>Change the name in the data file</source>
        <translation>Changer le nom dans le fichier de données</translation>
    </message>
    <message>
        <source>Worked out from:</source>
        <translation>Calculé à partir de :</translation>
    </message>
    <message>
        <source>Calculation:</source>
        <translation>Calcul :</translation>
    </message>
    <message>
        <source>If left blank, say:</source>
        <translation>Si vide, dire :</translation>
    </message>
    <message>
        <source>Starting answer:</source>
        <translation>Réponse de départ :</translation>
    </message>
    <message>
        <source>Answer options</source>
        <translation>Choix de réponse</translation>
    </message>
    <message>
        <source>If the answer is not allowed, say:</source>
        <translation>Si la réponse n'est pas permise, dire :</translation>
    </message>
    <message>
        <source>Answer rules</source>
        <translation>Règles de réponse</translation>
    </message>
    <message>
        <source>When to ask it</source>
        <translation>Quand la poser</translation>
    </message>
    <message>
        <source>Change the question text</source>
        <translation>Changer le texte de la question</translation>
    </message>
    <message>
        <source>“{name}” is already used by another question.</source>
        <translation>« {name} » est déjà pris par une autre question.</translation>
    </message>
    <message>
        <source>Change the kind of answer</source>
        <translation>Changer le type de réponse</translation>
    </message>
    <message>
        <source>Change the answer options</source>
        <translation>Changer les choix de réponse</translation>
    </message>
    <message>
        <source>Change the calculation</source>
        <translation>Changer le calcul</translation>
    </message>
    <message>
        <source>✓ This calculation can be used.</source>
        <translation>✓ Ce calcul peut servir.</translation>
    </message>
</context>
<context>
    <name>QuestionList</name>
    <message>
        <source>one answer</source>
        <translation>une réponse</translation>
    </message>
    <message>
        <source>several answers</source>
        <translation>plusieurs réponses</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>written answer</source>
        <translation>réponse écrite</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>grid of statements</source>
        <translation>grille d'affirmations</translation>
    </message>
    <message>
        <source>Q&amp;uestions</source>
        <translation>Q&amp;uestions</translation>
    </message>
    <message>
        <source>Find a question…</source>
        <translation>Trouver une question…</translation>
    </message>
    <message>
        <source>Find a question</source>
        <translation>Trouver une question</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Choose a question with ↑ and ↓ (Ctrl+L comes back here)</source>
        <translation>Choisissez une question avec ↑ et ↓ (Ctrl+L revient ici)</translation>
    </message>
    <message>
        <source>Type words of a question, then ↓ to go to the matches (Ctrl+F)</source>
        <translation>Tapez des mots d’une question, puis ↓ pour aller aux résultats (Ctrl+F)</translation>
    </message>
    <message>
        <source>Grid: </source>
        <translation>Grille : </translation>
    </message>
</context>
<context>
    <name>QuestionPreview</name>
    <message>
        <source>Preview of the question</source>
        <translation>Aperçu de la question</translation>
    </message>
    <message>
        <source>Choose a question to see it as the interviewer will.</source>
        <translation>Choisissez une question pour la voir comme l'enquêteur.</translation>
    </message>
    <message>
        <source>This is worked out by DuoDesk; the interviewer does not see it.</source>
        <translation>DuoDesk le calcule ; l'enquêteur ne le voit pas.</translation>
    </message>
    <message>
        <source>A repeated section: its questions are asked once for each one, and the interviewer adds each one (or the number set is asked).</source>
        <translation>Une partie répétée : ses questions sont posées une fois pour chacun, et l'enquêteur ajoute chacun (ou le nombre fixé est posé).</translation>
    </message>
    <message>
        <source>A section: its questions are shown one by one.</source>
        <translation>Une partie : ses questions sont montrées une par une.</translation>
    </message>
    <message>
        <source>Add the answer options to see this question.</source>
        <translation>Ajoutez les choix de réponse pour voir cette question.</translation>
    </message>
</context>
<context>
    <name>QuestionTreeView</name>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
</context>
<context>
    <name>QuestionView</name>
    <message>
        <source>Choose a question in the list to see its answers.</source>
        <translation>Choisissez une question dans la liste pour voir ses réponses.</translation>
    </message>
    <message>
        <source>Who these numbers are about</source>
        <translation>De qui parlent ces chiffres</translation>
    </message>
    <message>
        <source>&amp;Copy the table</source>
        <translation>&amp;Copier le tableau</translation>
    </message>
    <message>
        <source>Copy the table, to paste into a document</source>
        <translation>Copier le tableau, pour le coller dans un document</translation>
    </message>
    <message>
        <source>Copies the table as text with tabs (Ctrl+Shift+C)</source>
        <translation>Copie le tableau en texte avec des tabulations (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Save the c&amp;hart as a picture…</source>
        <translation>Enregistrer le &amp;graphique en image…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG picture</source>
        <translation>Enregistrer le graphique en image PNG</translation>
    </message>
    <message>
        <source>Reading the written answers…</source>
        <translation>Lecture des réponses écrites…</translation>
    </message>
    <message>
        <source>{statements} on the same scale, in {interviews}; up to {people} answered each one. Percentages are of the people who answered that statement (its row).</source>
        <translation>{statements} sur la même échelle, dans {interviews} ; jusqu'à {people} ont répondu à chacune. Les pourcentages portent sur les personnes qui ont répondu à cette affirmation (sa ligne).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln statements</source>
        <translation>
            <numerusform>%Ln affirmation</numerusform>
            <numerusform>%Ln affirmations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln interviews</source>
        <translation>
            <numerusform>%Ln entretien</numerusform>
            <numerusform>%Ln entretiens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln personne</numerusform>
            <numerusform>%Ln personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>in “{group}”</source>
        <translation>dans « {group} »</translation>
    </message>
    <message>
        <source>Kind of answer: {kind}</source>
        <translation>Type de réponse : {kind}</translation>
    </message>
    <message>
        <source>Its name in the questionnaire file: {name}</source>
        <translation>Son nom dans le fichier du questionnaire : {name}</translation>
    </message>
    <message>
        <source>Copied. Paste it into a document or a spreadsheet.</source>
        <translation>Copié. Collez-le dans un document ou un tableur.</translation>
    </message>
    <message>
        <source>Save the chart as a picture</source>
        <translation>Enregistrer le graphique en image</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>The chart was not saved</source>
        <translation>Le graphique n'a pas été enregistré</translation>
    </message>
    <message>
        <source>Saved as {file}.</source>
        <translation>Enregistré sous {file}.</translation>
    </message>
</context>
<context>
    <name>QuotesDialog</name>
    <message>
        <source>{theme} (number hidden, as in the workbook)</source>
        <translation>{theme} (nombre caché, comme dans le classeur)</translation>
    </message>
    <message numerus="yes">
        <source>{theme} (%Ln people)</source>
        <translation><numerusform>{theme} (%Ln personne)</numerusform><numerusform>{theme} (%Ln personnes)</numerusform></translation>
    </message>
    <message>
        <source>Quotes kept back: this question is marked as identifying, so its answers are never quoted.</source>
        <translation>Citations retenues : cette question est marquée comme identifiante, donc ses réponses ne sont jamais citées.</translation>
    </message>
    <message>
        <source>Quotes kept back: the workbook hides how many people gave this theme (too few to show safely, or hidden so that a small number next to it cannot be worked out), so its answers are not quoted either.</source>
        <translation>Citations retenues : le classeur cache combien de personnes ont donné ce thème (trop peu pour le montrer sans risque, ou caché pour qu'on ne retrouve pas un petit nombre à côté), donc ses réponses ne sont pas citées non plus.</translation>
    </message>
    <message>
        <source>Quotes per theme</source>
        <translation>Citations par thème</translation>
    </message>
    <message>
        <source>The words only: no site, date or interviewer, in alphabetical order. Names, phone numbers, e-mail and web addresses, dates and other numbers were taken out and show as “[…]”, by simple rules that can miss some: read every quote, and check that nobody can be recognised from their words, before using it. As in the findings report, a theme is quoted, and its number shown, only when the workbook shows how many people gave it.</source>
        <translation>Les mots seulement : ni lieu, ni date, ni enquêteur, par ordre alphabétique. Les noms, numéros de téléphone, adresses e-mail et web, dates et autres nombres ont été retirés et apparaissent comme « […] », par des règles simples qui peuvent en laisser passer : lisez chaque citation, et vérifiez que personne ne peut être reconnu par ses mots, avant de l'utiliser. Comme dans le rapport, un thème est cité, et son nombre montré, seulement si le classeur montre combien de personnes l'ont donné.</translation>
    </message>
    <message>
        <source>Show quotes for themes given by few people too (coordinator's choice)</source>
        <translation>Montrer aussi les citations des thèmes donnés par peu de personnes (choix du coordinateur)</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Tout copier</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>list the quotes</source>
        <translation>lister les citations</translation>
    </message>
    <message>
        <source>No theme has been given yet.</source>
        <translation>Aucun thème n'a encore été donné.</translation>
    </message>
</context>
<context>
    <name>ReportWritten</name>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} et {last}</translation>
    </message>
    <message>
        <source>the number of interviews hidden</source>
        <translation>nombre d’entretiens masqué</translation>
    </message>
    <message numerus="yes">
        <source>%n interviews counted</source>
        <translation><numerusform>%n entretien compté</numerusform><numerusform>%n entretiens comptés</numerusform></translation>
    </message>
    <message>
        <source>The findings report ({how_many}) was written to {files}. It is a draft: read it and edit it before it is passed on.</source>
        <translation>Le rapport de résultats ({how_many}) a été écrit dans {files}. C’est un brouillon : relisez-le et corrigez-le avant de le transmettre.</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Daily backup</source>
        <translation>Sauvegarde quotidienne</translation>
    </message>
    <message>
        <source>Before DuoDesk was updated</source>
        <translation>Avant la mise à jour de DuoDesk</translation>
    </message>
    <message>
        <source>Before deleted interviews were removed for good</source>
        <translation>Avant l'effacement définitif des entretiens supprimés</translation>
    </message>
    <message>
        <source>Before a backup was restored</source>
        <translation>Avant la récupération d'une sauvegarde</translation>
    </message>
    <message>
        <source>Before interviews from the team were added</source>
        <translation>Avant l'ajout d'entretiens de l'équipe</translation>
    </message>
    <message>
        <source>{day} at {time}: {kind}</source>
        <translation>{day} à {time} : {kind}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Récupérer une sauvegarde</translation>
    </message>
    <message>
        <source>The project goes back to how it was when the backup was made. What it holds now is kept as another backup first, so this can be undone. Close interview and Results windows first.</source>
        <translation>Le projet revient à son état au moment de la sauvegarde. Son contenu actuel est d'abord gardé dans une autre sauvegarde, on peut donc revenir en arrière. Fermez d'abord les fenêtres d'entretien et de Résultats.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Sauvegardes, les plus récentes d'abord</translation>
    </message>
    <message>
        <source>This project has no backups yet.</source>
        <translation>Ce projet n'a pas encore de sauvegarde.</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Récupérer cette sauvegarde</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <source>{question}: {value}</source>
        <translation>{question} : {value}</translation>
    </message>
    <message>
        <source>{question}: not {value}</source>
        <translation>{question} : pas {value}</translation>
    </message>
    <message>
        <source>{question}: {value} ticked</source>
        <translation>{question} : {value} coché</translation>
    </message>
    <message>
        <source>{question}: more than {value}</source>
        <translation>{question} : plus de {value}</translation>
    </message>
    <message>
        <source>{question}: less than {value}</source>
        <translation>{question} : moins de {value}</translation>
    </message>
    <message>
        <source>{question}: {value} or more</source>
        <translation>{question} : {value} ou plus</translation>
    </message>
    <message>
        <source>{question}: {value} or less</source>
        <translation>{question} : {value} ou moins</translation>
    </message>
</context>
<context>
    <name>ResultsTables</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
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
        <source>Not in this version of the questionnaire</source>
        <translation>Pas dans cette version du questionnaire</translation>
    </message>
    <message>
        <source>Not in the imported file</source>
        <translation>Pas dans le fichier importé</translation>
    </message>
    <message>
        <source>A quarter of the answers are at or below the lower quartile, half at or below the median, three quarters at or below the upper quartile (worked out as SPSS does).</source>
        <translation>Un quart des réponses sont au quartile inférieur ou en dessous, la moitié à la médiane ou en dessous, trois quarts au quartile supérieur ou en dessous (calculé comme SPSS).</translation>
    </message>
    <message>
        <source>{answer} (left out of the valid %)</source>
        <translation>{answer} (hors du % valide)</translation>
    </message>
    <message>
        <source>% of all {count} {things}</source>
        <translation>% de tous les {count} {things}</translation>
    </message>
    <message numerus="yes">
        <source>% of all %Ln interviews</source>
        <translation><numerusform>% de %Ln entretien</numerusform><numerusform>% des %Ln entretiens</numerusform></translation>
    </message>
    <message>
        <source>% of the {count} who answered (codes for no answer left out)</source>
        <translation>% des {count} qui ont répondu (codes pour pas de réponse exclus)</translation>
    </message>
    <message>
        <source>% of the {count} who answered</source>
        <translation>% des {count} qui ont répondu</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Adding up, % of those who answered</source>
        <translation>Cumul, % de ceux qui ont répondu</translation>
    </message>
    <message>
        <source>A code for no answer: counted and shown, but left out of the valid percent.</source>
        <translation>Un code pour pas de réponse : compté et montré, mais exclu du pourcentage valide.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Total answers ticked</source>
        <translation>Total des réponses cochées</translation>
    </message>
    <message>
        <source>Answers ticked together</source>
        <translation>Réponses cochées ensemble</translation>
    </message>
    <message>
        <source>Number who answered</source>
        <translation>Nombre qui ont répondu</translation>
    </message>
    <message>
        <source>Mean (average)</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation>Écart-type</translation>
    </message>
    <message>
        <source>Median (middle value)</source>
        <translation>Médiane (valeur du milieu)</translation>
    </message>
    <message>
        <source>Lower quartile (25%)</source>
        <translation>Quartile inférieur (25 %)</translation>
    </message>
    <message>
        <source>Upper quartile (75%)</source>
        <translation>Quartile supérieur (75 %)</translation>
    </message>
    <message>
        <source>Smallest</source>
        <translation>Le plus petit</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Le plus grand</translation>
    </message>
    <message>
        <source>How quartiles are found</source>
        <translation>Comment les quartiles sont trouvés</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>Statistique</translation>
    </message>
    <message>
        <source>{answer} (counted as no answer)</source>
        <translation>{answer} (compté comme pas de réponse)</translation>
    </message>
    <message>
        <source>% of people (of the {count} who answered, {codes} of them only a code for no answer)</source>
        <translation>% des personnes (sur les {count} qui ont répondu, dont {codes} avec seulement un code de non-réponse)</translation>
    </message>
    <message>
        <source>% of people (of the {count} who answered)</source>
        <translation>% des personnes (sur les {count} qui ont répondu)</translation>
    </message>
    <message numerus="yes">
        <source>% of all answers ticked (%Ln answers)</source>
        <translation><numerusform>% de toutes les réponses cochées (%Ln réponse)</numerusform><numerusform>% de toutes les réponses cochées (%Ln réponses)</numerusform></translation>
    </message>
    <message>
        <source>“% of people” adds up to more than 100: people could tick several.</source>
        <translation>« % des personnes » dépasse 100 au total : on pouvait cocher plusieurs réponses.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Statement: people (% of those who answered; valid %, codes for no answer left out)</source>
        <translation>Phrase : personnes (% de ceux qui ont répondu ; % valide, codes pour pas de réponse exclus)</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Ont répondu</translation>
    </message>
    <message>
        <source>{count} ({percent}%; valid {valid}%)</source>
        <translation>{count} ({percent} % ; valide {valid} %)</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>caché</translation>
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
        <source>% of everyone in the table</source>
        <translation>% de tout le monde dans le tableau</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Answer, as written</source>
        <translation>Réponse, telle qu'écrite</translation>
    </message>
</context>
<context>
    <name>ResultsWindow</name>
    <message>
        <source>Type one or more numbers to split at, for example: 1, 5</source>
        <translation>Tapez un ou plusieurs nombres où couper, par exemple : 1, 5</translation>
    </message>
    <message>
        <source>“{typed}” is not a list of numbers. Type them with commas, for example: 1, 5</source>
        <translation>« {typed} » n'est pas une liste de nombres. Tapez-les avec des virgules, par exemple : 1, 5</translation>
    </message>
    <message>
        <source>Type ordinary numbers, for example: 1, 5</source>
        <translation>Tapez des nombres ordinaires, par exemple : 1, 5</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Reading the questionnaire…</source>
        <translation>Lecture du questionnaire…</translation>
    </message>
    <message>
        <source>Which interviews are counted</source>
        <translation>Quels entretiens sont comptés</translation>
    </message>
    <message>
        <source>Working it out… %p%</source>
        <translation>Calcul en cours… %p%</translation>
    </message>
    <message>
        <source>Working it out</source>
        <translation>Calcul en cours</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Questions</translation>
    </message>
    <message>
        <source>Compare t&amp;wo questions</source>
        <translation>Comparer &amp;deux questions</translation>
    </message>
    <message>
        <source>Language of questions and answers</source>
        <translation>Langue des questions et réponses</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Ch&amp;oose interviews…</source>
        <translation>Ch&amp;oisir les entretiens…</translation>
    </message>
    <message>
        <source>Show or hide the choice of site, interviewer and dates</source>
        <translation>Montrer ou cacher le choix du lieu, de l'enquêteur et des dates</translation>
    </message>
    <message>
        <source>Results: {title}</source>
        <translation>Résultats : {title}</translation>
    </message>
    <message>
        <source>Counting: {who}…</source>
        <translation>Comptage : {who}…</translation>
    </message>
    <message numerus="yes">
        <source>Counting %n complete interviews: {who}.</source>
        <translation><numerusform>Comptage de %n entretien terminé : {who}.</numerusform><numerusform>Comptage de %n entretiens terminés : {who}.</numerusform></translation>
    </message>
    <message>
        <source>“{question}”: no answers to show.</source>
        <translation>« {question} » : aucune réponse à montrer.</translation>
    </message>
    <message>
        <source>These results could not be worked out: the team's server cannot be reached just now. Nothing in the project was changed; count again once it answers.</source>
        <translation>Ces résultats n’ont pas pu être calculés : le serveur de l’équipe est injoignable pour le moment. Rien n’a été changé dans le projet ; recomptez quand il répondra.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>DuoDesk could not work out these results. Nothing in the project was changed.

{details}</source>
        <translation>DuoDesk n'a pas pu calculer ces résultats. Rien n'a été changé dans le projet.

{details}</translation>
    </message>
</context>
<context>
    <name>SecurityHooks</name>
    <message>
        <source>⚠ This project is not locked with a passphrase: anyone who copies the file can read the interviews. Security &gt; Lock the project with a passphrase…</source>
        <translation>⚠ Ce projet n'est pas verrouillé par une phrase secrète : toute personne qui copie le fichier peut lire les entretiens. Sécurité &gt; Verrouiller le projet par une phrase secrète…</translation>
    </message>
    <message>
        <source>Choose a passphrase…</source>
        <translation>Choisir une phrase secrète…</translation>
    </message>
    <message>
        <source>Encrypt the project, so that nobody who copies the file can read the interviews</source>
        <translation>Chiffrer le projet, pour que personne qui copie le fichier ne puisse lire les entretiens</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>A reminder stays at the bottom of the window.</source>
        <translation>Un rappel reste en bas de la fenêtre.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This project now holds interviews.&lt;/b&gt; They will be about people's health and drug use: lock the project with a passphrase so that nobody who copies the file from this laptop can read them.</source>
        <translation>&lt;b&gt;Ce projet contient maintenant des entretiens.&lt;/b&gt; Les entretiens parleront de la santé et de l'usage de drogues des personnes : verrouillez le projet par une phrase secrète pour que personne qui copie le fichier de cet ordinateur ne puisse les lire.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This project now holds interviews.&lt;/b&gt; Lock it with a passphrase.</source>
        <translation>&lt;b&gt;Ce projet contient maintenant des entretiens.&lt;/b&gt; Verrouillez-le par une phrase secrète.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This project now holds a questionnaire of your own.&lt;/b&gt; Its interviews will be about people's health and drug use: lock the project with a passphrase before the first one, so that nobody who copies the file from this laptop can read them.</source>
        <translation>&lt;b&gt;Ce projet contient maintenant votre propre questionnaire.&lt;/b&gt; Ses entretiens porteront sur la santé et la consommation de drogues des personnes : verrouillez le projet avec une phrase secrète avant le premier, pour que personne qui copie le fichier de cet ordinateur ne puisse les lire.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before the first interview,&lt;/b&gt; lock this project with a passphrase.</source>
        <translation>&lt;b&gt;Avant le premier entretien,&lt;/b&gt; verrouillez ce projet avec une phrase secrète.</translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation>&amp;Sécurité</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Verrouiller maintenant</translation>
    </message>
    <message>
        <source>Lock af&amp;ter…</source>
        <translation>Verrouiller &amp;après…</translation>
    </message>
    <message>
        <source>&amp;Remove the passphrase…</source>
        <translation>&amp;Retirer la phrase secrète…</translation>
    </message>
    <message>
        <source>Restore a &amp;backup…</source>
        <translation>Récupérer une &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Journal des actions…</translation>
    </message>
    <message>
        <source>&amp;Change the passphrase…</source>
        <translation>&amp;Changer la phrase secrète…</translation>
    </message>
    <message>
        <source>Lock the project with a &amp;passphrase…</source>
        <translation>Verrouiller le projet par une &amp;phrase secrète…</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>Verrouiller après</translation>
    </message>
    <message>
        <source>Lock every window after this many minutes with nobody using DuoDesk (0: never):</source>
        <translation>Verrouiller toutes les fenêtres après ce nombre de minutes sans utilisation de DuoDesk (0 : jamais) :</translation>
    </message>
    <message>
        <source>Close the other windows first</source>
        <translation>Fermez d'abord les autres fenêtres</translation>
    </message>
    <message>
        <source>Close the interview, Results, Export and designer windows first, then try again. Nothing was changed.</source>
        <translation>Fermez d'abord les fenêtres d'entretien, de Résultats, d'Export et de l'éditeur, puis réessayez. Rien n'a été changé.</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>Lock the project with a passphrase</source>
        <translation>Verrouiller le projet par une phrase secrète</translation>
    </message>
    <message>
        <source>Remove the passphrase?</source>
        <translation>Retirer la phrase secrète ?</translation>
    </message>
    <message>
        <source>Without a passphrase anyone who copies the project file can read every interview. Remove it only if the project is moving to a laptop that is itself encrypted.</source>
        <translation>Sans phrase secrète, toute personne qui copie le fichier du projet peut lire tous les entretiens. Retirez-la seulement si le projet va sur un ordinateur lui-même chiffré.</translation>
    </message>
    <message>
        <source>Remove the passphrase</source>
        <translation>Retirer la phrase secrète</translation>
    </message>
    <message>
        <source>The project and its backups are now locked with the new passphrase.</source>
        <translation>Le projet et ses sauvegardes sont maintenant verrouillés par la nouvelle phrase secrète.</translation>
    </message>
    <message>
        <source>The project and its backups are no longer encrypted.</source>
        <translation>Le projet et ses sauvegardes ne sont plus chiffrés.</translation>
    </message>
    <message>
        <source>The project is now locked with the new passphrase.</source>
        <translation>Le projet est maintenant protégé par la nouvelle phrase secrète.</translation>
    </message>
    <message>
        <source>The project is no longer encrypted.</source>
        <translation>Le projet n’est plus chiffré.</translation>
    </message>
    <message numerus="yes">
        <source>%n older backups use an earlier passphrase and were not changed.</source>
        <translation><numerusform>%n sauvegarde plus ancienne utilise une phrase secrète d'avant et n'a pas été changée.</numerusform><numerusform>%n sauvegardes plus anciennes utilisent une phrase secrète d'avant et n'ont pas été changées.</numerusform></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde récupérée</translation>
    </message>
    <message>
        <source>The project is back as the backup has it.</source>
        <translation>Le projet est revenu à l'état de la sauvegarde.</translation>
    </message>
</context>
<context>
    <name>SettingsEditor</name>
    <message>
        <source>Title of the questionnaire</source>
        <translation>Titre du questionnaire</translation>
    </message>
    <message>
        <source>Name of the questionnaire in the data files</source>
        <translation>Nom du questionnaire dans les fichiers de données</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Change the version</source>
        <translation>Changer la version</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>New language</source>
        <translation>Nouvelle langue</translation>
    </message>
    <message>
        <source>for example  Español (es)</source>
        <translation>par ex.  Español (es)</translation>
    </message>
    <message>
        <source>Add the language</source>
        <translation>Ajouter la langue</translation>
    </message>
    <message>
        <source>Make it the main language</source>
        <translation>En faire la langue principale</translation>
    </message>
    <message>
        <source>Remove the language</source>
        <translation>Enlever la langue</translation>
    </message>
    <message>
        <source>Questions that make the participant code</source>
        <translation>Questions qui font le code participant</translation>
    </message>
    <message>
        <source>Choose a question in the list to change it, or add one with the buttons above the list. The main language comes first; write each question in every language.</source>
        <translation>Choisissez une question dans la liste pour la changer, ou ajoutez-en une avec les boutons au-dessus de la liste. La langue principale vient d'abord ; écrivez chaque question dans chaque langue.</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>Name in the data files:</source>
        <translation>Nom dans les fichiers de données :</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version :</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Langues :</translation>
    </message>
    <message>
        <source>Participant code from:</source>
        <translation>Code participant à partir de :</translation>
    </message>
    <message>
        <source>{language}  (main language)</source>
        <translation>{language}  (langue principale)</translation>
    </message>
    <message>
        <source>Change the participant code</source>
        <translation>Changer le code participant</translation>
    </message>
    <message>
        <source>Change the title</source>
        <translation>Changer le titre</translation>
    </message>
    <message>
        <source>Change the short name</source>
        <translation>Changer le nom court</translation>
    </message>
    <message>
        <source>Add the language {language}</source>
        <translation>Ajouter la langue {language}</translation>
    </message>
    <message>
        <source>Make {language} the main language</source>
        <translation>Faire de {language} la langue principale</translation>
    </message>
    <message>
        <source>Remove the language {language}</source>
        <translation>Enlever la langue {language}</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in – DuoDesk</source>
        <translation>Connexion – DuoDesk</translation>
    </message>
    <message>
        <source>Who is using DuoDesk?</source>
        <translation>Qui utilise DuoDesk ?</translation>
    </message>
    <message>
        <source>Choose your name, then type your PIN.</source>
        <translation>Choisissez votre nom, puis tapez votre code PIN.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>Code &amp;PIN :</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Close DuoDesk</source>
        <translation>Fermer DuoDesk</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Choose your name in the list first.</source>
        <translation>Choisissez d'abord votre nom dans la liste.</translation>
    </message>
    <message>
        <source>Type your PIN first.</source>
        <translation>Tapez d'abord votre code PIN.</translation>
    </message>
    <message>
        <source>Signing in did not work: {error}</source>
        <translation>La connexion n'a pas marché : {error}</translation>
    </message>
</context>
<context>
    <name>SkipLogicBuilder</name>
    <message>
        <source>When to ask this question</source>
        <translation>Quand poser cette question</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Toujours</translation>
    </message>
    <message>
        <source>Only if all of these are true</source>
        <translation>Seulement si tout ceci est vrai</translation>
    </message>
    <message>
        <source>Only if any of these is true</source>
        <translation>Seulement si l'un de ceci est vrai</translation>
    </message>
    <message>
        <source>Only if a rule written by hand is true</source>
        <translation>Seulement si une règle écrite à la main est vraie</translation>
    </message>
    <message>
        <source>Add a condition</source>
        <translation>Ajouter une condition</translation>
    </message>
    <message>
        <source>Rule written by hand</source>
        <translation>Règle écrite à la main</translation>
    </message>
    <message>
        <source>for example  ${age} &gt;= 18 and ${sex} = 'female'</source>
        <translation>par exemple  ${age} &gt;= 18 and ${sex} = 'female'</translation>
    </message>
    <message>
        <source>Ask this question:</source>
        <translation>Poser cette question :</translation>
    </message>
    <message>
        <source>Empty: the question is always asked.</source>
        <translation>Vide : la question est toujours posée.</translation>
    </message>
    <message>
        <source>⚠ {problem} (at character {position})</source>
        <translation>⚠ {problem} (au caractère {position})</translation>
    </message>
    <message>
        <source>⚠ There is no question called "{name}".</source>
        <translation>⚠ Il n'y a pas de question appelée « {name} ».</translation>
    </message>
    <message>
        <source>✓ This rule can be used.</source>
        <translation>✓ Cette règle peut servir.</translation>
    </message>
</context>
<context>
    <name>SubsetBar</name>
    <message>
        <source>is</source>
        <translation>est</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>n'est pas</translation>
    </message>
    <message>
        <source>includes</source>
        <translation>comprend</translation>
    </message>
    <message>
        <source>is more than</source>
        <translation>est plus que</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>est moins que</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>est au moins</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>est au plus</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Toute date</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tous les lieux</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Enquêteur</translation>
    </message>
    <message>
        <source>All interviewers</source>
        <translation>Tous les enquêteurs</translation>
    </message>
    <message>
        <source>Questionnaire version</source>
        <translation>Version du questionnaire</translation>
    </message>
    <message>
        <source>All versions</source>
        <translation>Toutes les versions</translation>
    </message>
    <message>
        <source>Interviews from</source>
        <translation>Entretiens depuis</translation>
    </message>
    <message>
        <source>Interviews up to</source>
        <translation>Entretiens jusqu'au</translation>
    </message>
    <message>
        <source>Question for a condition</source>
        <translation>Question pour une condition</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Answer for the condition</source>
        <translation>Réponse pour la condition</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add this condition</source>
        <translation>Ajouter cette condition</translation>
    </message>
    <message>
        <source>Count everyone again</source>
        <translation>Compter tout le monde</translation>
    </message>
    <message>
        <source>Remove every choice of interviews</source>
        <translation>Retirer tous les choix d'entretiens</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>&amp;Interviewer:</source>
        <translation>&amp;Enquêteur :</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>O&amp;nly people whose answer to</source>
        <translation>Seulement les personnes dont la ré&amp;ponse à</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>Version {number}</translation>
    </message>
    <message>
        <source>Choose or type the answer for the condition first.</source>
        <translation>Choisissez ou tapez d'abord la réponse pour la condition.</translation>
    </message>
    <message>
        <source>“{question}” {comparison} {answer}</source>
        <translation>« {question} » {comparison} {answer}</translation>
    </message>
    <message>
        <source>Only people whose answer to {conditions}</source>
        <translation>Seulement les personnes dont la réponse à {conditions}</translation>
    </message>
</context>
<context>
    <name>TextPage</name>
    <message>
        <source>Written answers</source>
        <translation>Réponses écrites</translation>
    </message>
    <message numerus="yes">
        <source>%Ln written answers, oldest first.</source>
        <translation>
            <numerusform>%Ln réponse écrite, les plus anciennes d'abord.</numerusform>
            <numerusform>%Ln réponses écrites, les plus anciennes d'abord.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody wrote an answer to this question in these interviews.</source>
        <translation>Personne n'a écrit de réponse à cette question dans ces entretiens.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Send interviews to the team</source>
        <translation>Envoyer les entretiens à l'équipe</translation>
    </message>
    <message>
        <source>Add a transfer file</source>
        <translation>Ajouter un fichier de transfert</translation>
    </message>
    <message>
        <source>Add a team member's transfer file</source>
        <translation>Ajouter le fichier de transfert d'un membre de l'équipe</translation>
    </message>
    <message>
        <source>DuoDesk writes a file you can carry on a USB stick to the coordinator or to another laptop. It holds the questionnaire, the finished interviews, their corrections and deletions, locked with the team passphrase: without the passphrase nobody can read it.</source>
        <translation>DuoDesk écrit un fichier que vous pouvez porter sur une clé USB au coordinateur ou à un autre ordinateur. Il contient le questionnaire, les entretiens terminés, leurs corrections et suppressions, verrouillés par la phrase secrète de l'équipe : sans elle, personne ne peut le lire.</translation>
    </message>
    <message>
        <source>Interviews from the file are added to this project; ones already here are brought up to date, never added twice. Reading the same file again changes nothing. Use the team passphrase the file was made with.</source>
        <translation>Les entretiens du fichier sont ajoutés à ce projet ; ceux déjà présents sont mis à jour, jamais ajoutés deux fois. Relire le même fichier ne change rien. Utilisez la phrase secrète d'équipe avec laquelle le fichier a été fait.</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Choisir où enregistrer…</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation>Choisir le fichier…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Only the questionnaire, no interviews (for laptops joining the team)</source>
        <translation>Seulement le questionnaire, sans entretiens (pour les ordinateurs qui rejoignent l'équipe)</translation>
    </message>
    <message>
        <source>Every questionnaire in this project</source>
        <translation>Tous les questionnaires de ce projet</translation>
    </message>
    <message>
        <source>What to send</source>
        <translation>Quoi envoyer</translation>
    </message>
    <message>
        <source>Send:</source>
        <translation>Envoyer :</translation>
    </message>
    <message>
        <source>Team passphrase</source>
        <translation>Phrase secrète de l'équipe</translation>
    </message>
    <message>
        <source>Team passphrase:</source>
        <translation>Phrase secrète de l'équipe :</translation>
    </message>
    <message>
        <source>Team passphrase again</source>
        <translation>Phrase secrète de l'équipe, encore</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>Tapez-la encore :</translation>
    </message>
    <message>
        <source>Write the file</source>
        <translation>Écrire le fichier</translation>
    </message>
    <message>
        <source>Add the interviews</source>
        <translation>Ajouter les entretiens</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Review possible duplicates…</source>
        <translation>Voir les doublons possibles…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Save the transfer file</source>
        <translation>Enregistrer le fichier de transfert</translation>
    </message>
    <message>
        <source>DuoDesk transfer files (*{suffix})</source>
        <translation>Fichiers de transfert DuoDesk (*{suffix})</translation>
    </message>
    <message>
        <source>Choose a transfer file</source>
        <translation>Choisir un fichier de transfert</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Les deux phrases secrètes ne sont pas encore les mêmes.</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Écriture du fichier…</translation>
    </message>
    <message>
        <source>Reading the file and adding the interviews…</source>
        <translation>Lecture du fichier et ajout des entretiens…</translation>
    </message>
    <message>
        <source>Stopped. Nothing was written or changed.</source>
        <translation>Arrêté. Rien n'a été écrit ni changé.</translation>
    </message>
    <message>
        <source>The file could not be written there: {reason}. Nothing was saved.</source>
        <translation>Le fichier n'a pas pu être écrit là : {reason}. Rien n'a été enregistré.</translation>
    </message>
    <message>
        <source>send the interviews</source>
        <translation>envoyer les entretiens</translation>
    </message>
    <message>
        <source>read the file</source>
        <translation>lire le fichier</translation>
    </message>
    <message>
        <source>&amp;Send interviews to the team…</source>
        <translation>&amp;Envoyer les entretiens à l'équipe…</translation>
    </message>
    <message>
        <source>Add a &amp;transfer file…</source>
        <translation>Ajouter un fichier de &amp;transfert…</translation>
    </message>
    <message>
        <source>Possible &amp;duplicates across sites…</source>
        <translation>&amp;Doublons possibles entre lieux…</translation>
    </message>
    <message>
        <source>Possible duplicates across sites</source>
        <translation>Doublons possibles entre lieux</translation>
    </message>
    <message>
        <source>Choose a questionnaire in the list first.</source>
        <translation>Choisissez d'abord un questionnaire dans la liste.</translation>
    </message>
</context>
<context>
    <name>TryDialog</name>
    <message>
        <source>Trying “{title}” (nothing is saved)</source>
        <translation>Essai de « {title} » (rien n'est enregistré)</translation>
    </message>
    <message>
        <source>This is a practice run: answer as a participant would. Nothing you type here is saved. Close this window to go back to the designer.</source>
        <translation>C'est un essai : répondez comme un participant. Rien de ce que vous tapez ici n'est enregistré. Fermez cette fenêtre pour revenir à l'éditeur.</translation>
    </message>
    <message>
        <source>Finish (nothing is saved)</source>
        <translation>Terminer (rien n'est enregistré)</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>DuoDesk is locked</source>
        <translation>DuoDesk est verrouillé</translation>
    </message>
    <message>
        <source>The project is hidden until the signed-in person's PIN or password is typed. An interview that was open is kept as it was.</source>
        <translation>Le projet est caché jusqu'à ce que le code PIN ou le mot de passe de la personne connectée soit tapé. Un entretien ouvert est gardé tel quel.</translation>
    </message>
    <message>
        <source>The project is hidden until its passphrase is typed. An interview that was open is kept as it was.</source>
        <translation>Le projet est caché jusqu'à ce que sa phrase secrète soit tapée. Un entretien ouvert est gardé tel quel.</translation>
    </message>
    <message>
        <source>Your PIN or password</source>
        <translation>Votre code PIN ou mot de passe</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Close DuoDesk</source>
        <translation>Fermer DuoDesk</translation>
    </message>
    <message>
        <source>{key}:</source>
        <translation>{key} :</translation>
    </message>
    <message>
        <source>Type your PIN or password first.</source>
        <translation>Tapez d'abord votre code PIN ou mot de passe.</translation>
    </message>
    <message>
        <source>That is not the passphrase. Capital letters count.</source>
        <translation>Ce n'est pas la phrase secrète. Les majuscules comptent.</translation>
    </message>
</context>
</TS>