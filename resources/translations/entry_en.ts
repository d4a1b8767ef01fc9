<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DraftsDialog</name>
    <message numerus="yes">
        <source>{details} — %n answers so far</source>
        <translation><numerusform>{details} — %n answer so far</numerusform><numerusform>{details} — %n answers so far</numerusform></translation>
    </message>
    </context>
<context>
    <name>DuplicateBanner</name>
    <message numerus="yes">
        <source>There are %n more possible matches.</source>
        <translation><numerusform>There is %n more possible match.</numerusform><numerusform>There are %n more possible matches.</numerusform></translation>
    </message>
    </context>
<context>
    <name>EntryHooks</name>
    <message numerus="yes">
        <source>%n unfinished interviews</source>
        <translation><numerusform>%n unfinished interview</numerusform><numerusform>%n unfinished interviews</numerusform></translation>
    </message>
    </context>
<context>
    <name>InterviewFormView</name>
    <message numerus="yes">
        <source>The interview cannot be finished yet: %n questions need attention. First, “{question}”: {message}.</source>
        <translation><numerusform>The interview cannot be finished yet: %n question needs attention. First, “{question}”: {message}.</numerusform><numerusform>The interview cannot be finished yet: %n questions need attention. First, “{question}”: {message}.</numerusform></translation>
    </message>
    </context>
<context>
    <name>InterviewTable</name>
    <message numerus="yes">
        <source>Finished · %n answers</source>
        <translation><numerusform>Finished · %n answer</numerusform><numerusform>Finished · %n answers</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Unfinished · %n answers so far</source>
        <translation><numerusform>Unfinished · %n answer so far</numerusform><numerusform>Unfinished · %n answers so far</numerusform></translation>
    </message>
    </context>
<context>
    <name>InterviewWindow</name>
    <message numerus="yes">
        <source>%n answers not saved yet</source>
        <translation><numerusform>%n answer not saved yet</numerusform><numerusform>%n answers not saved yet</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n corrections so far; the latest:</source>
        <translation><numerusform>%n correction so far; the latest:</numerusform><numerusform>%n corrections so far; the latest:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n answers are not saved yet: {why} DuoDesk keeps them in this window and sends them by itself every few seconds; this line goes away once they are on the server. Keep this window open until then: closing it would lose them. Answers saved before are safe on the server.</source>
        <translation><numerusform>%n answer is not saved yet: {why} DuoDesk keeps it in this window and sends it by itself every few seconds; this line goes away once it is on the server. Keep this window open until then: closing it would lose it. Answers saved before are safe on the server.</numerusform><numerusform>%n answers are not saved yet: {why} DuoDesk keeps them in this window and sends them by itself every few seconds; this line goes away once they are on the server. Keep this window open until then: closing it would lose them. Answers saved before are safe on the server.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n answers are not saved yet: {why} DuoDesk keeps them in this window and sends them by itself every few seconds; this line goes away once they are in the project. Keep this window open until then: closing it would lose them. Answers saved before are safe in the project.</source>
        <translation><numerusform>%n answer is not saved yet: {why} DuoDesk keeps it in this window and sends it by itself every few seconds; this line goes away once it is in the project. Keep this window open until then: closing it would lose it. Answers saved before are safe in the project.</numerusform><numerusform>%n answers are not saved yet: {why} DuoDesk keeps them in this window and sends them by itself every few seconds; this line goes away once they are in the project. Keep this window open until then: closing it would lose them. Answers saved before are safe in the project.</numerusform></translation>
    </message>
    </context>
<context>
    <name>InterviewsWindow</name>
    <message numerus="yes">
        <source>%Ln interviews</source>
        <translation>
            <numerusform>%Ln interview</numerusform>
            <numerusform>%Ln interviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n interviews? They move to the deleted interviews (choose “Deleted” under Show) and can be restored until they are removed for good.</source>
        <translation><numerusform>Delete this interview? They move to the deleted interviews (choose “Deleted” under Show) and can be restored until they are removed for good.</numerusform><numerusform>Delete these %n interviews? They move to the deleted interviews (choose “Deleted” under Show) and can be restored until they are removed for good.</numerusform></translation>
    </message>
    </context>
<context>
    <name>MissingFiles</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation><numerusform>… and %n more</numerusform><numerusform>… and %n more</numerusform></translation>
    </message>
    </context>
<context>
    <name>Progress</name>
    <message numerus="yes">
        <source>Question {number} · %n more to go</source>
        <translation><numerusform>Question {number} · %n more to go</numerusform><numerusform>Question {number} · %n more to go</numerusform></translation>
    </message>
</context>
<context>
    <name>RepeatPages</name>
    <message numerus="yes">
        <source>{repeat}: %n recorded so far.</source>
        <translation><numerusform>{repeat}: %n recorded so far.</numerusform><numerusform>{repeat}: %n recorded so far.</numerusform></translation>
    </message>
    </context>
<context>
    <name>ServerAway</name>
    <message numerus="yes">
        <source>%n interviews entered on this laptop wait to be sent to the server</source>
        <translation><numerusform>%n interview entered on this laptop waits to be sent to the server</numerusform><numerusform>%n interviews entered on this laptop wait to be sent to the server</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n interviews entered on this laptop wait to be sent to the server: until they are sent, only this laptop has them.</source>
        <translation>
            <numerusform>%n interview entered on this laptop waits to be sent to the server: until it is sent, only this laptop has it.</numerusform>
            <numerusform>%n interviews entered on this laptop wait to be sent to the server: until they are sent, only this laptop has them.</numerusform>
        </translation>
    </message>
    </context>
</TS>