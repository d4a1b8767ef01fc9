<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
</TS>