<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Analysis</name>
    <message>
        <source>There is no question called "{name}" in "{title}". Use the question's name as the questionnaire gives it.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>There is no questionnaire "{form_id}" in this project. The list command shows the questionnaires there are.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{where}: "{name}" is a date question; compare it with a date written as YYYY-MM-DD, e.g. "{name} {operator} 2026-01-31".</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{where}: "{name}" is a number question; compare it with a number.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{where}: "{name}" is not a number question nor a date question, so "{operator}" cannot be used with it.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{where}: "includes" is for questions where several answers can be ticked; use "=" for "{name}".</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{where}: several answers can be ticked for "{name}"; write "{name} includes CHOICE".</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{where}: "{value}" is not one of the answers to "{name}" ({choices}).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>"{label}" can have several answers ticked, so it cannot be one side of a crosstab. Choose a question with one answer.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>"{label}" is asked once per {repeat_label}, so its answers are not one per person and cannot be one side of a crosstab yet. Its summary counts them over the {repeat_label} instances.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Choose two different questions for a crosstab.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>"{label}" can have several answers ticked: compare the themes with a question with one answer.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>"{question} {operator} {value}": "{value}" is not a number, nor a date written as YYYY-MM-DD.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>"{text}" is not a condition DuoDesk can read. Write it like "sex=female", "age&gt;30" or "drugs includes heroin".</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>"{name}" is not a number question, so it cannot have bins.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Both coders must decide on the same answers.</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>Codebook</name>
    <message>
        <source>written answer</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>whole number</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>one answer from a list</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>several answers from a list</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>date (YYYY-MM-DD)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>time (HH:MM)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>date and time</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>location: latitude longitude altitude accuracy</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>line: locations separated by ;</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>shape: locations separated by ;</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>location where the interview started</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>name of an attached photo</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>name of an attached recording</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>name of an attached video</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>name of an attached file</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>code (typed)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>number in a range</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>OK when acknowledged</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Asked when</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Allowed answers</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Choices (code = label)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Missing codes</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>the label of the choice</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>the code of the choice (see Choices)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>How to read the interview data (the Data sheet of the separate interview file, the CSV or the SPSS file; this workbook has none): one row per complete interview, one column per question.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>An answer to a question with a list of choices is shown as {shown}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Questions where several answers could be ticked have one column with all the answers, and one column per choice holding 1 (ticked) or 0 (not ticked).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>An EMPTY cell means “No answer”: the question was asked, but no answer was given.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>“{not_asked}” means “Not asked (skipped)”: the questionnaire's logic skipped the question for this person (see Asked when).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>“{not_in_version}” means the interview used a version of the questionnaire without this question.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Missing codes (such as “Don't know”) are real answers, but are left out of valid percentages.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>In the SPSS file, choices are numbered 1, 2, ... in list order with their labels attached; missing codes are -1, -2, ...; -99 = No answer, -98 = Not asked (skipped), -97 = not in version. A number question with real answers of -97 or below gets codes below its smallest answer instead (-999, -998, -997, ...), stated in its value labels and in the codebook written beside the .sav file. All of these are declared missing.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>1 = ticked, 0 = not ticked</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Not in the data: {why}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>themes of the written answer to {question}, coded by the group (several can apply)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{question} was answered in words and coded</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Interview number in this export</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Questionnaire version</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Date of the interview</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Interviewer</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>part of the participant code: never exported</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>worked out from the participant code: never stored</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>asked once per {repeat}: in the file of {repeats} ({name}), one row per {repeat}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>recorded by the phone or laptop: left out of de-identified data</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>marked as identifying: left out of de-identified data</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>written answers: left out of de-identified data</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>a location identifies a person: left out of de-identified data</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>names of attached files (photos, recordings): not in this file</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>Command line</name>
    <message>
        <source>DuoDesk: surveys by peer researchers, offline. Without a command, the DuoDesk window opens.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>print the version</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>the project: a .duodesk file or a postgresql:// URL (default: $DUODESK_DB, else your own local project)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>a file whose first line is the project's passphrase (or set DUODESK_PASSPHRASE, which other programs run by the same account can read; asked for when the project is locked and neither is given)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>who is using DuoDesk, when the project lists people (or set DUODESK_PERSON); commands other than list need a coordinator</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>a file whose first line is that person's PIN or password (or set DUODESK_PIN, which other programs run by the same account can read; asked for when neither is given)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>add a questionnaire (XLSForm .xlsx) to the project and print its form id</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Add a questionnaire from an XLSForm workbook (ODK, KoboToolbox or DuoDesk). Importing a changed form whose questionnaire already has interviews makes a new version; the interviews keep theirs.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>the XLSForm workbook</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>import interviews from a CSV or xlsx file exported by ODK, KoboToolbox or DuoDesk</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Import interviews into the newest version of a questionnaire. By default nothing is imported if any row has a problem, and every problem is listed. Rows imported before are skipped.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>the questionnaire's form id</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>a .csv or .xlsx file</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>import the valid rows and write the others, with reasons, to DATA.rejected.csv beside the file</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>site for rows whose file names none</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>interviewer for rows that name none</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>list the questionnaires with their numbers of interviews</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>List the project's questionnaires: form id, versions, complete interviews, unfinished interviews, title.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>print the summary tables of a questionnaire (--json for JSON)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Summarize the complete interviews of a questionnaire: a frequency table for every question with choices, multiple-response tables, and descriptives for numbers. Percentages are of all interviews unless they say otherwise.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>print JSON instead of tables</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>print a crosstab of two questions with chi-square (--json for JSON)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Count the complete interviews by their answers to two questions: counts, row, column and total percents, Pearson's chi-square (statistic, degrees of freedom, p) and Fisher's exact test for 2x2 tables and for larger ones with an expected count under 5. Only interviews with a valid answer to both questions are counted: blanks and missing codes such as "Don't know" are left out, as in SPSS.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>the question whose answers make the rows</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>the question whose answers make the columns</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>export the interviews as a health-board workbook (.xlsx), CSV or SPSS file</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Export the complete interviews of a questionnaire. The workbook has a cover, the summary tables, charts and a codebook, with small numbers hidden: it can be passed on. The CSV and SPSS files are interview-level files, one row per interview: in a small survey a row can identify a person, so keep them within the group. Data are de-identified unless told otherwise. Files are written only when complete, readable by their owner only.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>write the health-board workbook</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>write every interview, one row each, as CSV (an interview-level file)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>write every interview, one row each, for SPSS (an interview-level file)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>with --xlsx, also write one row per interview to OUT-interviews.xlsx; in a small survey a row can identify the person interviewed, so keep that file within the group</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>hide counts from 1 to this number (default 4, or what the project requires; a lower one than the project requires is refused)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>do not hide small numbers (the file must then stay within the group)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>keep written answers, locations, identifying questions and interviewer names</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>answers as choice codes instead of labels</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>write or read the coding sheet of a written-answer question</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Coding written answers into themes from a spreadsheet. --export writes one row per written answer (interview id, answer, themes separated by ';', not_codable); --import applies such a sheet (CSV or .xlsx) after checking every row: themes the project does not have yet are made, and a bad row changes nothing.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>the written-answer question's name</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>write the sheet</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>read it</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>a second coder's own coding, kept apart to measure agreement (default: the main coding, the one counted in results)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>draft the findings report as a Word document (and a PDF)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Draft the findings report of a questionnaire: a title page, how the survey was done, one key-finding sentence per question with answers to choose from, a table and a chart per question by section, and an annex of every result. The numbers are the workbook's, with small numbers hidden the same way; nothing in it is about one interview. It is a draft for the group to edit.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>write the Word document</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>write the same report as a PDF</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>the group's name, for the title page</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>hide counts from 1 to this number (default 4, or what the project requires)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>make every workbook of the project hide counts from 1 to N at least</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Store in the project the lowest threshold for small numbers: exports (the Export screen and the export command) then refuse to hide fewer, or to show small numbers. Without N, print the current requirement.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>hide counts from 1 to N (1-9) in every export</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>remove the requirement</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>lock the project with a new passphrase, or remove it</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Re-encrypt the project file with a new passphrase (read from a file), or remove the encryption with --remove.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>a file whose first line is the new passphrase</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>store the project unencrypted</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>replace the project with one of its backups</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Replace the project with a backup (the files PROJECT.*.backup beside it). What it replaces is kept as a new backup first. The backup is opened with the project's passphrase unless --backup-passphrase-file names another; the restored project keeps the project's passphrase. Close every DuoDesk window first.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>the backup file</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>a file whose first line is the backup's passphrase, if it differs</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>list the project's backups</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>List the backups kept beside the project, newest last.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>show the audit trail, or check that nobody has rewritten it</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The audit trail records every interview finished, corrected, deleted, restored or purged, every import, export, questionnaire change, passphrase change and restored backup: who, when and what (never an answer). Each record carries the fingerprint of the one before, so a record changed or removed later is found by --verify.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>check the whole trail</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>show the newest N records (50)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>a file holding the team passphrase (the whole file, without the line break at its end); every laptop of the team uses the same one</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>write a transfer file for the team: questionnaires, interviews, corrections</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Write the project's questionnaires (every version), complete interviews with their corrections and deletions, and the team's participant-code key to a file encrypted with the team passphrase, to carry to another laptop. A coordinator sends the questionnaire out this way before any interview is entered.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>the transfer file to write</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>only this questionnaire</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>send the questionnaire, no interviews</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>read a team member's transfer file into the project</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Merge a transfer file into the project: new interviews are added, corrections and deletions made elsewhere applied (the later one wins), new questionnaire versions joined. Reading a file twice adds nothing. A file that was changed, cut short or made with another passphrase is refused and nothing changes.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>the transfer file to read</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>list possible duplicates across sites (participant codes that match)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>List pairs of interviews from different laptops whose participant codes match or differ in one element, with the decision taken on each. --decide records a decision; it travels to the other laptops in transfer files.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>record a decision on the pair of interview ids FIRST and SECOND: keep_both, same_person or not_same</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>who decided (with --decide)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>send this laptop's interviews to the team's server and fetch questionnaires</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Merge this laptop's questionnaires and interviews into the team's PostgreSQL project, then bring its questionnaire versions back and count the interviews there. The same rules as transfer files.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>a postgresql:// URL</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>there is no file {path}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>No possible duplicates across sites.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>same code</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>code differs in one element</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>no site</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>--server takes a postgresql:// URL of the team's shared project</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>the team's server cannot be reached (no network, or the address or password is wrong); nothing was sent. Use a transfer file instead.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>duodesk: stopped; nothing was changed by the unfinished command.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>usage: </source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>positional arguments</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>options</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>expected one argument</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>the project is busy: another program (perhaps the DuoDesk window, or another import) kept saving to it for too long. Nothing was changed by this command; run it again when the other program has finished.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>the project file</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>the project file {where} is damaged (something stored in it, such as a questionnaire, can no longer be read); nothing was changed. Restore a backup: `duodesk backups` lists them and `duodesk restore BACKUP` puts one back.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>the project refused this change because it conflicts with what is already stored; nothing was changed by this command. {details}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>the server stopped answering or refused the command (is it running, and is the network up?); nothing was changed by this command. {details}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>the project could not be read or written (is the disk full, or the file moved?); nothing was changed by this command. {details}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>the command stopped because of a fault in DuoDesk ({fault}); nothing was changed by the unfinished command. {details}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>this project lists people: say who you are with --person NAME (and your PIN with --pin-file FILE or DUODESK_PIN).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>PIN or password for {name}: </source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>give {name}'s PIN or password with --pin-file FILE or DUODESK_PIN.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>only a coordinator can run “{command}”. Ask your coordinator.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>nothing was typed, so nothing was done.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Password for the server: </source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Project passphrase: </source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>duodesk: note: a password in --db can be seen by other accounts on this computer; keep it in PGPASSWORD or ~/.pgpass, or let DuoDesk ask for it.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>A new version ({number}) was made: interviews use the old one.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{number} minutes</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{number} seconds</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>another import (or a DuoDesk window) kept the project busy for {how_long}, so DuoDesk stopped waiting; nothing was imported. Run the command again when the other one has finished.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>duodesk: waiting for another import (or a DuoDesk window) to finish saving to the project…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>No questionnaires yet. Add one with: duodesk import-form FORM.xlsx</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>form id</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>versions</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>unfinished</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>the language of questions and answers, e.g. "English" or "ar" (default: the questionnaire's own)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>none (one language only)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>--language "{wanted}": the questionnaire's languages are {listed}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>only this site (repeat for several)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>only this interviewer (repeatable)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>first day</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>last day</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>only this version number</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>only interviews meeting a condition such as "sex=female", "age&gt;30" or "drugs includes heroin" (repeat: all must hold). As in SPSS, an answer that is a missing code ("Don't know", "Refused") or blank never meets a condition: "used!=yes" leaves them out; ask for one by name: "used=dont_know"</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{option} "{text}" is not a date: write it as YEAR-MONTH-DAY, e.g. 2026-03-31</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>duodesk: warning: {count} interview(s) have no date, so --from/--to leave them out; they are not counted below.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>--include-interview-data goes with --xlsx: CSV and SPSS files are already one row per interview.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>--coder needs a name (the second coder's); leave --coder out to use the main coding.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{name}'s coding</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>the main coding (counted in results)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{count} written answer(s) to {question} written to {file}, from {which}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Changed {which}. </source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>cannot use {path}: {reason}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>say where to write the report: --docx OUT.docx, --pdf OUT.pdf or both.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{file}: end the file name with {ending}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>This project requires no threshold: each export chooses (default 1 to 4).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Every export of this project hides numbers from 1 to {n} at least.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The project and its backups are now locked with the new passphrase.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The project and its backups are no longer encrypted.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Not changed: the backup {file} uses an older passphrase. Delete it if people who knew that passphrase should not read it.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The project is restored from {file}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>What it replaced is kept in {file}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>This project has no backups yet.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>the audit trail is broken: {reason} (checked {records})</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The audit trail is intact: {records}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Fingerprint of the newest record: {fingerprint}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Write it down: a later check that shows an older trail means records were cut.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>by {name}</source>
        <translation type="unfinished"/>
    </message>
    <message numerus="yes">
        <source>%n record</source>
        <translation type="unfinished"><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n records</source>
        <translation type="unfinished"><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform></translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>there is no "list_name" column, which says which list each choice belongs to.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>"{shown}" starts like a spreadsheet formula; DuoDesk does not read formulas from a choices file (type the value itself).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>there is no "{value_column}" column for the choices' names (the columns are {columns}).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>this choice has no name.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>the file uses XML entities or a document type, which DuoDesk refuses.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>this is not readable XML ({error}).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>there are more than {max_rows:,} items.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&lt;{tag}&gt; holds more elements; each column of an item must be text (at most {max_xml_depth} levels: root, item, column).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>a value holds more than {max_cell_chars:,} characters.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>this is not readable GeoJSON ({error}).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>this is not a GeoJSON FeatureCollection (there is no "features" list).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>there are more than {max_rows:,} features.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>this feature has no properties.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>this file is empty.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>This expression is nested too deeply</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The expression is empty</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>There is a ')' here with no '(' before it</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Expected an operator such as 'and', '=' or '+' before {token}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>This expression has too many operators in a row (the limit is {max_tree_height}); split it into several calculations</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>This expression is nested too deeply (the limit is {max_nesting} levels)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>'{value}' needs a value after it</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>'{value}' needs a value before it</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The expression ends where a value is expected</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Expected a value here, not {token}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Name the column to read after the item, as in instance('{list_name}')/root/item[name = ${{q}}]/label</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>This '(' is never closed</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Expected ')' or an operator before {token}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{name}() belongs to {program}, not to ODK XLSForms; DuoDesk (like ODK Collect) cannot work it out, so remove it or replace it</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Unknown function {name}(){hint}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{name}() has an empty argument here</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{name}() {value}, not {args}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>jr:choice-name() needs the question whose choice it names in quotes, as in jr:choice-name(${q}, '${q}')</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>This regex pattern is too long ({pattern:,} characters; the limit is {max_pattern_length})</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>This regex pattern is not valid: {msg}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>This regex pattern is not valid</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>This regex pattern has a ')' with no '(' before it</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>In this regex pattern a '*', '+' or '?' has nothing to repeat</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Possessive quantifiers (*+, ++) are not supported in regex()</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>This regex pattern repeats too many times to check quickly</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>This regex pattern has a '[' that is never closed</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>This regex pattern ends with a lone backslash</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Back-references like \1 are not supported in regex()</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>This regex pattern has a group name that is never closed</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>This regex pattern nests groups too deeply</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>This regex pattern has a '(' that is never closed</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>This regex pattern is not valid: {text}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>This regex pattern repeats too much to check quickly; use smaller {n,m} counts</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>This expression is too long ({text:,} characters; the limit is {max_expression_length:,})</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>This text is never closed: add a {c} at its end</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>'..' cannot be used here: {path_hint}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>A '$' must start a question reference like ${age}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>This '${' is never closed with '}'</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>'${}' needs a question name between the braces</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>'{value}' is not a question reference: put just one question name between ${{ and }}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>This '[' is never closed with ']'</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>'[]' needs a condition between the brackets</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>A group cannot be moved inside itself</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>bands need a question and at least one band</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>a band's name cannot hold both ' and ": {text}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>a participant code needs one answer per element, and some elements</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>cannot read the passphrase file {path}: {strerror}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>the passphrase file {path} is not UTF-8 text; save it as UTF-8 and try again</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>the passphrase file {path} is empty</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>unknown questionnaire format {value!r}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>there are more than {max_rows:,} rows of data, more than DuoDesk reads from this kind of file.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>this row has more values than the header has columns ({width}); a value may contain an unquoted separator.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{where} is empty.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>the sheet numbers its rows past {excel_max_rows:,}, Excel's limit; the file is damaged. {save_as_xlsx}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>the sheet is larger than Excel allows; the file is damaged. {save_as_xlsx}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>there are {matches} sheets called "{sheet_name}" ({listed}); rename all but one.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>this workbook has no worksheets.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>there is no sheet called "{sheet}" (the sheets are {listed}).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The team passphrase needs at least {minimum_length} characters: it locks every interview and the participant-code key. Choose a longer one; nothing was written.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{path} is a folder: give the name of the transfer file to write.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{name} already exists and is not a transfer file, so DuoDesk does not write over it; nothing was changed. Choose another name.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{name} cannot be opened: {strerror}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{name} is not a DuoDesk transfer file.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{name} was written by a newer version of DuoDesk. Install the newer version to read it; nothing was changed.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The team passphrase does not open {name}: it was made with another passphrase (capital letters count). Nothing was changed.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{raw} cannot be read as text</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{raw} is not a whole number</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{raw} is not a whole number{hint}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{raw} is too large for a whole number (the limit is {int64_max:,})</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{raw} is not a number</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{raw} is not a number{hint}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{raw} is too large to store as a number</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{raw} has a time of day; this question takes a date only</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{raw} is not a real date</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{raw} is not written as YYYY-MM-DD; DuoDesk does not guess whether a date like 05/01/2024 means 5 January or May 1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{raw} is not a date written as YYYY-MM-DD</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{raw} is a date and time; this question takes a time only</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{raw} is not a time written as HH:MM or HH:MM:SS</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{raw} is not written as YYYY-MM-DDTHH:MM:SS; DuoDesk does not guess whether a date like 05/01/2024 means 5 January or May 1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{raw} is not a date and time written as YYYY-MM-DDTHH:MM:SS</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>the range's {key} "{text}" is not a number</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>the range's {key} "{text}" is too large or has too many decimals (at most {range_decimals} decimals, and below {range_limit:,})</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>the range's step is 0</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{raw} is outside the range {shown}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{raw} is not one of the steps of the range {shown} (in steps of {value})</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{raw} is not a location written as latitude longitude</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{raw} has several points; this question takes one</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{raw}: {what} needs at least {at_least} points</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{raw} is not a location: write the latitude and longitude, as in 55.95 -3.19 (altitude and accuracy may follow)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{raw}: {text} is not a number</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{raw}: the latitude must be between -90 and 90</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{raw}: the longitude must be between -180 and 180</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{raw}: the accuracy cannot be negative</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{raw} should be OK (acknowledged) or empty</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>A note takes no answer, but it was given {raw}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{raw} is not a choice name</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{raw} names more than one choice; this question takes one answer</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>this is a folder, not a file.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>this file does not exist (was it moved?).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>this file cannot be read ({strerror}).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>this file is {value:,.0f} MB, more than the {value2:,.0f} MB DuoDesk reads.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>this workbook is protected with a password. Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook) and save it again.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>this is an old-style Excel 97-2003 workbook (.xls). {save_as_xlsx}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>this file is not an Excel workbook (.xlsx).{hint}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>this workbook has an impossible number of parts.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>this is an Excel binary workbook (.xlsb). {save_as_xlsx}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>this is an OpenDocument spreadsheet. {save_as_xlsx}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>this file is not an Excel workbook (.xlsx): it is a zip archive with no workbook inside.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>this workbook contains a part with an unsafe name ({name!r}); it was not made by a spreadsheet program and will not be opened.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>this workbook is protected with a password.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>this workbook unpacks to far more data than its size suggests ({name} alone claims {value:,.0f} MB); it may be a 'zip bomb' and will not be opened.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>this workbook has a part ({filename}) in an unsupported text encoding.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>this workbook contains an XML document type declaration ({filename}), which spreadsheet programs never write; it may be an attack (an 'XML bomb') and will not be opened.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>this workbook has a sheet ({filename}) with more rows than Excel allows ({excel_max_rows:,}); it was not made by a spreadsheet program.</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>The threshold for small numbers must be from {low} to {high}, not {n}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>This project requires numbers from 1 to {n} to be hidden in every export, so small numbers cannot be shown.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>This project requires numbers from 1 to {n} to be hidden in every export; hiding only 1 to {threshold} is not allowed.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>the counts do not agree with their totals</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>every row of the table must have the same number of cells</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>counts cannot be negative</source>
        <translation type="unfinished"/>
    </message>
    <message numerus="yes">
        <source>%n interview exported to {file}.</source>
        <translation type="unfinished"><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n interviews exported to {file}.</source>
        <translation type="unfinished"><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform></translation>
    </message>
    <message>
        <source>One row per interview in {file}: it can identify people, keep it within the group.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>One row per repeat instance in {files} (joined to the interviews by _interview).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Codebook: {files}.</source>
        <translation type="unfinished"/>
    </message>
    <message numerus="yes">
        <source>%n question was left out (see the codebook).</source>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
            <numerusform/>
            <numerusform/>
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions were left out (see the codebook).</source>
        <translation type="unfinished"><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform></translation>
    </message>
    <message>
        <source>Written as text, because some answers have more digits than an SPSS number holds exactly (see the codebook): {names}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>no complete interview of {form_id} is in the part chosen ({value}): there is nothing to report.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Excel workbook for the health board (.xlsx)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Every interview, one row each, as CSV (.csv)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Every interview, one row each, for SPSS or PSPP (.sav)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{file}: DuoDesk exports .xlsx, .csv and .sav files; end the file name with one of these.</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>{answers} answer(s) read: {coded} coded, {not_codable} not codable, {left} left to code.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>New themes: {names}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{count} interview(s) imported from {file}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{count} with version {version}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The file's version column says how many interviews were made with each version of the questionnaire in the project it came from ({made}). Here every imported interview is stored as made with version {number}, this project's newest, and counted as that version in summaries; answers to questions it does not have are not imported (the columns left out below).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The file's version column says how many interviews were made with each version of the questionnaire in the project it came from ({made}). Here every imported interview is stored as made with version {number}, this project's newest, and counted as that version in summaries.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{count} number answer(s) written "NA" or "n/a" were read as no answer.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{count} answer(s) said "not in version": those interviews were made with another version of the questionnaire, and here they are in version {number}, where those questions count as "No answer" (or "Not asked (skipped)" where the questionnaire's logic skips them).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{count} were already in the project and were skipped.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{count} row(s) were not imported; see {file}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Columns left out: {names}.</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>Paper form</name>
    <message>
        <source>Ask only if {condition}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>question {number}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{value} is ticked at {where}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{value} is not ticked at {where}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>the answer to {where} is {value}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>the answer to {where} is not {value}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>the answer to {where} {operator} {value}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>this rule is true: {rule}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>go to question {number}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>go to the end</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>If {answers} is not ticked, {target}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>If {answers}, {target}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{first} or {last}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>That name is not on this project's list of people.</source>
        <translation type="unfinished"/>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries: {name} can try again in %n minute, or a coordinator can give a new PIN.</source>
        <translation type="unfinished"><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries: {name} can try again in %n minutes, or a coordinator can give a new PIN.</source>
        <translation type="unfinished"><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>That {word} is not right. After {tries} wrong tries {name} cannot sign in for {minutes} minutes.</source>
        <translation type="unfinished"/>
    </message>
    <message numerus="yes">
        <source>That {word} is not right. %n more wrong try and {name} cannot sign in for {minutes} minutes.</source>
        <translation type="unfinished"><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform></translation>
    </message>
    <message numerus="yes">
        <source>That {word} is not right. %n more wrong tries and {name} cannot sign in for {minutes} minutes.</source>
        <translation type="unfinished"><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform></translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <source>Counted over {count} {things} named by {people} person</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Counted over {count} {things} named by {people} people</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{answered} of the {asked} {unit} asked about answered</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>1 person was asked and answered</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>1 person was asked</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{answered} of the {asked} people asked answered</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{count} gave no answer</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{count} was not asked (skipped)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{count} were not asked (skipped)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{count} had a version of the questionnaire without this question</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{count} answered {codes}, which is left out of valid percent</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{left} or {right}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Percent of cases is out of the {answered} who ticked at least one answer (including {only} who ticked only {codes}); percent of responses is out of the {responses} answers ticked</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Percent of cases is out of the {answered} who ticked at least one answer; percent of responses is out of the {responses} answers ticked</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>enter interviews</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>see every interviewer's interviews</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>see the results</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>export</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>change the questionnaires</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>delete, restore or remove interviews for good</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>send or add team transfer files</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>import interviews from a data file</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>change the passphrase, restore backups and read the audit trail</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>manage the people and their roles</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Only a coordinator can {what}. Ask your coordinator.</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>SPSS</name>
    <message>
        <source>No answer</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Not asked (skipped)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Not in this version</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Not ticked</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Ticked</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>written as text: {count} answer(s) such as {first} have more digits than an SPSS number holds exactly</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Variable</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Label (in full)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Values (code = label, in full)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Declared missing</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Cut or changed in the .sav file</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>variable label</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>value label {code}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>Skip logic</name>
    <message>
        <source>{question} = {value}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{question} is not {value}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{question} is more than {value}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{question} is at least {value}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{question} is less than {value}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{question} is at most {value}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>asked of everyone</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{left} or {right}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{left} and {right}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>asked only if {condition}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{question} was not answered</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{question} was answered</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{question} does not include {choice}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{question} includes {choice}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>not ({condition})</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>This interview was entered by someone else: only its interviewer or a coordinator can change it. Nothing was changed.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>this cell holds a formula ("{value}"); a coding sheet takes typed text only. Type the themes' names instead.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>"{raw}" is not an interview id.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>the interview "{raw}" has no written answer to "{question}" in this project.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>this interview is already on row {value}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>"{label}" cannot be a theme's name: it starts like a spreadsheet formula.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>"{value}" should be "yes" or left empty.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>an answer marked not codable cannot have themes too.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>There is no questionnaire "{form_id}" in this project.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{decision!r} is not a decision: use one of {items}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Name the two interviews by the ids that `duodesk duplicates` lists.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>These two interviews are not both in this project: name them by the ids that `duodesk duplicates` lists. Nothing was recorded.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>A passphrase cannot be empty or contain a NUL character.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{where} was made by a newer version of DuoDesk. Install the newer version to open it; nothing was changed.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{where} is a database, but not a DuoDesk project; nothing was changed.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The project is closing.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>There is no DuoDesk project at {path}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>A shared server database is restored on the server.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Upgrading {value} would leave {broken} rows pointing at nothing, so it was not upgraded; nothing was changed.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>There is no DuoDesk project in the database {value}; nothing was changed. Add a questionnaire to it first.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Backups of a shared server database are made on the server.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>There is no backup file at {backup}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>A shared server database is protected by the server.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Another DuoDesk window or command has this project open. Close it and try again; nothing was changed.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{path} is a folder, not a DuoDesk project file.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{name} is being changed by another DuoDesk (a new passphrase or a restored backup). Try again in a minute; nothing was changed.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{name} opens with neither the old passphrase nor none.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>That is not a database address DuoDesk understands.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>DuoDesk cannot open a database at {url}: it works with SQLite files and PostgreSQL servers (postgresql://...).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>This copy of DuoDesk cannot open a database on a server: its PostgreSQL driver (psycopg) is not installed. Install DuoDesk with its postgresql extra (pip install "duodesk[postgresql]") to use one.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>That interview is not in this project.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Type the number printed on the paper datasheet.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>A datasheet number has at most 40 characters.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Datasheet {number} has been entered twice already.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Datasheet {number} was first entered by {entered_by}: somebody else checks it.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Datasheet {number} has not been entered.</source>
        <extracomment>The interview's details from the start dialog, compared like answers under these names (a questionnaire's names cannot hold a space, so they never clash with a question).</extracomment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Datasheet {number} has been entered once; it is not checked yet.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>There is no questionnaire "{form_id}" in this project: add the questionnaire first.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{name}: no column is named after a question of "{title}". The first row must hold the question names.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Only an unfinished interview can be discarded; nothing was changed.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>An interviewer needs a name.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>an answer status that does not exist</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{source} has an interview whose questionnaire is not in the file, so nothing was read from it.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>a coding both not codable and with themes</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>A PIN is {low} to {high} digits (only numbers).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>A coordinator's password needs at least {password_length} characters.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>That name is too long (200 characters at most).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Add a coordinator first: once people are listed, only a coordinator can change the list.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{name} is already on the list.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{name} is the only coordinator: add another one first.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{name} is the only coordinator: add another coordinator first, or take everyone else off the list.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{name} is not on the list of people.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>“{title}” has {in_use} interview(s), so it cannot be removed.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The team passphrase is not the one the project at {where} was set up with (capital letters count). Nothing was changed.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{source} belongs to a team whose participant codes are made with another key, and this project already has interviews with participant codes made with its own key, so people interviewed twice could not be found. Nothing was changed. The order of steps for a team is: the coordinator creates the questionnaire and sends a transfer file; each laptop reads that file first, in a new project, and only then enters or imports interviews.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>"{question}" is marked as identifying in the questionnaire (its answers could tell who a person is), so its answers are never coded into themes or quoted.</source>
        <extracomment>The main coding of an answer as it was before a disagreement about it was first settled, kept so that agreement between coders stays the blind agreement. No typed name can be this one (names are trimmed and their spaces collapsed), so nobody codes as it.</extracomment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>"{question}" is asked once per instance of a repeat; coding those answers into themes is not possible yet.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>There is no question called "{question}" in "{title}".</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>There is already a theme called "{label}".</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>That theme no longer exists; somebody may have merged it.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>There is already a theme called "{label}"; merge them instead.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Choose two different themes to merge.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Only themes of the same question can be merged.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>An answer marked not codable cannot have themes too.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>One of those themes no longer exists; somebody may have merged it.</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>Subset</name>
    <message>
        <source>Site: {names}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Sites: {names}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Interviewer: {names}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Interviewers: {names}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>From {first} to {last}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>From {first}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Up to {last}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Version {numbers}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Versions {numbers}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>All complete interviews</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>Summary text</name>
    <message>
        <source>No chi-square: a person can be given several themes, so the cells are not separate people. Each column's percentages are of the people in it given a theme.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Fisher's exact test, exact p-value.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{small} of the {cells} cells ({share}) would expect fewer than 5 people, so the chi-square test may not be reliable: use Fisher's exact test instead.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{small} of the {cells} cells ({share}) would expect fewer than 5 people, so the chi-square test may not be reliable.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Chi-square needs at least two answers given on each side.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Fisher's exact test (Freeman-Halton), exact p-value.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Fisher's exact test (Freeman-Halton), p-value estimated from {resamples} random tables (Monte Carlo, seed {seed}).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{subset}: {count} interviews</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{subset}: {count} interviews (questionnaire version {versions})</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{subset}: {count} interviews (questionnaire versions {versions})</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Percent</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Valid %</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Cumulative %</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>% of cases</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>% of responses</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Not asked (skipped)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Not in their version</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Interviews</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>mean</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>sd</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>median</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>q1</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>q3</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>max</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Answered together:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{label} (missing)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{row_label} [{row}] by {column_label} [{column}]</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{subset}: {count} interviews with a valid answer to both</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Number of people</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>% of the row</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>% of the column</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>% of everyone in the table</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Pearson chi-square = {chi:.4f}, df = {df}, p = {p:.4g}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Fisher's exact test (two-sided): p = {p:.4g}. </source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>Quartiles and median: weighted average at (n + 1) p, SPSS's default (HAVERAGE).</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>{new} new interviews, {updated} updated, {already} already here</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{count} possible duplicates across sites are waiting to be looked at</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>1 possible duplicate across sites is waiting to be looked at</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{count} new questionnaire version(s)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Sent to the server: {report}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{count} new questionnaire version(s) came from the server.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{form_id}: {total} complete interviews on the server, {here} from this laptop and {others} from others.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>no questionnaire</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{file} was written: {interviews} interview(s) and {versions} questionnaire version(s) ({forms}), locked with the team passphrase.</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>Several answers could be ticked. Percent of cases is out of the {answered} people who ticked at least one answer (missing codes such as “Don't know” included); percent of responses is out of all the answers ticked.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Several answers could be ticked. Percent of cases is out of the {answered} people who ticked at least one answer; percent of responses is out of all the answers ticked.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{label} (missing code)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>5th percentile (in place of the smallest answer, given by fewer than {n})</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>95th percentile (in place of the largest answer, given by fewer than {n})</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Not asked (skipped)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Not in this version of the questionnaire</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Total interviews</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Answers ticked in all</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Lower quartile</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Upper quartile</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Smallest</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Largest</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Percent</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Valid percent</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Percent of cases</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Percent of responses</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Percent is of all {interviews} interviews; valid percent is of the {valid} valid answers (missing codes left out).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Percent is of all {interviews} interviews; valid percent is of the {valid} valid answers.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Percent is of all {interviews} interviews.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>% {answer}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Valid % {answer}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Small numbers are NOT hidden in this workbook: it may identify people and must not leave the group.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Numbers from 1 to {threshold} are hidden and shown as “{marker}”, and so are their percentages. Zeros are shown. Where a hidden number could be worked out from the other tables (totals, percentages, or the questionnaire's skip logic, which ties a follow-up question to the answer that opens it), other numbers are hidden as well (also shown as “{marker}”), so that no hidden number can be narrowed down to fewer than {values} possible values from everything this workbook shows. A percentage whose number, or whose denominator, is hidden is hidden too.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{count} question(s) asked once per instance of a repeat (such as each drug named) are not in these tables: see the Results window, or the interview-level files, which have one row per instance.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Question and answers</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Results in numbers</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Results in percentages</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Valid percentage</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Number of answers not available</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Percentage of answers not available</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Each statement's answers: numbers, then percentages of those who answered it, then valid percentages (missing codes left out).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Each statement's answers: numbers, then percentages of those who answered it.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Number of people</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Charts of the Summary sheet's numbers (hidden numbers show no bar).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>This file has one row per interview. In a small survey a row can identify the person interviewed (site, date, sex and age are often enough), even with names left out.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>“{marker}” = hidden to protect the people interviewed (see the Cover sheet).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Small numbers are NOT hidden in this workbook (see the Cover sheet).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Cover</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{marker} (from 1 to {threshold}: too few to show, like every small number in this workbook)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Questionnaire id</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Version labels</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Interviews</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Dates of the interviews</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Interviews included</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Small numbers</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Numbers hidden</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Smallest and largest answers</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Repeated questions</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Interview-level data</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>De-identified</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Yes: written answers, locations, questions marked as identifying and interviewer names are left out.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>No: written answers are included; this file may identify people.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Participant codes</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Never exported.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Made with</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Sheets</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Summary: the results, question by question. Charts: a chart per question with a list of answers. Codebook: each question, its answers and when it is asked.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>None: no number in this workbook is from 1 to {threshold}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{hidden} number(s) hidden (a number shown in several places, such as a grid and its statements, is counted once): the numbers from 1 to {threshold}, and other numbers hidden to protect them, because the small ones could otherwise be worked out from totals, percentages or the questionnaire's skip logic. How many are hidden for each reason is not said: that too would help to work them out.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{count} hidden number(s) follow from the number of interviews alone and could not be protected.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Shown only when at least {count} people gave that answer; otherwise the 5th or 95th percentile is shown in its place, and its row says so.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Not in this workbook. It was written, at the exporter's request, to a separate file ending in -interviews.xlsx, which stays within the group: {warning}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>None: this workbook has no row per interview, only the summary tables, so it can be passed on.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>test language</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"/>
    </message>
    <message numerus="yes">
        <source>{title}: one row per interview (%n interviews).</source>
        <translation type="unfinished"><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform></translation>
    </message>
    <message>
        <source>Keep this file within the group. Give the health board the summary workbook instead.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Data: one row per interview. Codebook: what each column means.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Language: {language}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Codebook</source>
        <translation type="unfinished"/>
    </message>
</context>
</TS>