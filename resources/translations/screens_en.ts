<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AgreementDialog</name>
    <message numerus="yes">
        <source>%Ln answers coded by both.</source>
        <translation>
            <numerusform>%Ln answer coded by both.</numerusform>
            <numerusform>%Ln answers coded by both.</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>AuditDialog</name>
    <message numerus="yes">
        <source>The trail holds together: %Ln records, none of them changed and none removed between them. Records cut off at the end are not found this way: compare the fingerprint below with the one you noted down last time.</source>
        <translation>
            <numerusform>The trail holds together: %Ln record, not changed. Records cut off at the end are not found this way: compare the fingerprint below with the one you noted down last time.</numerusform>
            <numerusform>The trail holds together: %Ln records, none of them changed and none removed between them. Records cut off at the end are not found this way: compare the fingerprint below with the one you noted down last time.</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>ChecksPanel</name>
    <message numerus="yes">
        <source>%n things to look at (click one to go there):</source>
        <translation>
            <numerusform>%n thing to look at (click one to go there):</numerusform>
            <numerusform>%n things to look at (click one to go there):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChoicesEditor</name>
    <message numerus="yes">
        <source>These options are shared by %n questions: a change here changes them all.</source>
        <translation>
            <numerusform>These options are used by %n question: a change here changes it.</numerusform>
            <numerusform>These options are shared by %n questions: a change here changes them all.</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>CodingWindow</name>
    <message numerus="yes">
        <source>{coded} of %Ln answers coded ({whose}).</source>
        <translation>
            <numerusform>{coded} of %Ln answer coded ({whose}).</numerusform>
            <numerusform>{coded} of %Ln answers coded ({whose}).</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>CrosstabView</name>
    <message numerus="yes">
        <source>“{rows}” (rows) by “{columns}” (columns): the {total} {things} named by %Ln people with an answer to both (answers counted as no answer left out).</source>
        <translation>
            <numerusform>“{rows}” (rows) by “{columns}” (columns): the {total} {things} named by %Ln person with an answer to both (answers counted as no answer left out).</numerusform>
            <numerusform>“{rows}” (rows) by “{columns}” (columns): the {total} {things} named by %Ln people with an answer to both (answers counted as no answer left out).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{rows}” (rows) by “{columns}” (columns): the %Ln people who gave an answer to both (answers counted as no answer left out).</source>
        <translation>
            <numerusform>“{rows}” (rows) by “{columns}” (columns): the %Ln person who gave an answer to both (answers counted as no answer left out).</numerusform>
            <numerusform>“{rows}” (rows) by “{columns}” (columns): the %Ln people who gave an answer to both (answers counted as no answer left out).</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>DesignerWindow</name>
    <message numerus="yes">
        <source>%n interviews use this questionnaire: saving a change makes a new version, and those interviews keep theirs.</source>
        <translation>
            <numerusform>%n interview uses this questionnaire: saving a change makes a new version, and that interview keeps its.</numerusform>
            <numerusform>%n interviews use this questionnaire: saving a change makes a new version, and those interviews keep theirs.</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>GroupEditor</name>
    <message numerus="yes">
        <source>Always %n times</source>
        <translation>
            <numerusform>Always %n time</numerusform>
            <numerusform>Always %n times</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>QuestionView</name>
    <message numerus="yes">
        <source>%Ln statements</source>
        <translation>
            <numerusform>%Ln statement</numerusform>
            <numerusform>%Ln statements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln interviews</source>
        <translation>
            <numerusform>%Ln interview</numerusform>
            <numerusform>%Ln interviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    </context>
<context>
    <name>QuotesDialog</name>
    <message numerus="yes">
        <source>{theme} (%Ln people)</source>
        <translation><numerusform>{theme} (%Ln person)</numerusform><numerusform>{theme} (%Ln people)</numerusform></translation>
    </message>
    </context>
<context>
    <name>ReportWritten</name>
    <message numerus="yes">
        <source>%n interviews counted</source>
        <translation><numerusform>%n interview counted</numerusform><numerusform>%n interviews counted</numerusform></translation>
    </message>
    </context>
<context>
    <name>ResultsTables</name>
    <message numerus="yes">
        <source>% of all %Ln interviews</source>
        <translation><numerusform>% of all %Ln interview</numerusform><numerusform>% of all %Ln interviews</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>% of all answers ticked (%Ln answers)</source>
        <translation><numerusform>% of all answers ticked (%Ln answer)</numerusform><numerusform>% of all answers ticked (%Ln answers)</numerusform></translation>
    </message>
    </context>
<context>
    <name>ResultsWindow</name>
    <message numerus="yes">
        <source>Counting %n complete interviews: {who}.</source>
        <translation><numerusform>Counting %n complete interview: {who}.</numerusform><numerusform>Counting %n complete interviews: {who}.</numerusform></translation>
    </message>
    </context>
<context>
    <name>SecurityHooks</name>
    <message numerus="yes">
        <source>%n older backups use an earlier passphrase and were not changed.</source>
        <translation><numerusform>%n older backup uses an earlier passphrase and was not changed.</numerusform><numerusform>%n older backups use an earlier passphrase and were not changed.</numerusform></translation>
    </message>
    </context>
<context>
    <name>TextPage</name>
    <message numerus="yes">
        <source>%Ln written answers, oldest first.</source>
        <translation>
            <numerusform>%Ln written answer, oldest first.</numerusform>
            <numerusform>%Ln written answers, oldest first.</numerusform>
        </translation>
    </message>
    </context>
</TS>