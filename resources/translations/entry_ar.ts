<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AnswersOverview</name>
    <message>
        <source>Not asked (skipped)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Recorded (not shown, to protect the participant)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Click (or press Enter) to change this answer</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Every answer of this interview. To change one, click it (or choose it and press Enter). Every change is recorded with the name of who made it.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Who is correcting?</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Every change to a finished interview is recorded with the name of who made it.
Your name:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Change answers</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Only read</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>A name is needed</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Nothing can be changed without a name, because every change is recorded with the name of who made it. Type your name, or choose “Only read”.</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message numerus="yes">
        <source>{details} — %n answers so far</source>
        <translation type="unfinished"><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform></translation>
    </message>
    <message>
        <source>Unfinished interviews</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>These interviews were started but not finished. Everything given so far is kept. Choose one to carry on with it.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Carry on with this interview</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Discard…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Discard the chosen interview</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Discard this interview?</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Discard “{interview}”?

It moves to the deleted interviews, where it can still be restored until they are removed for good.</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>DuplicateBanner</name>
    <message>
        <source>an unknown date</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>This person may already have been interviewed on {date} at {site}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>This person may already have been interviewed on {date}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>(their participant code is the same except for one part)</source>
        <translation type="unfinished"/>
    </message>
    <message numerus="yes">
        <source>There are %n more possible matches.</source>
        <translation type="unfinished"><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform></translation>
    </message>
    <message>
        <source>You could ask whether they have taken part before. Nothing has been changed or blocked: you decide whether to carry on.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Carry on with this interview</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Close this warning and carry on</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>EntryHooks</name>
    <message>
        <source>Resume or discard an unfinished interview</source>
        <translation type="unfinished"/>
    </message>
    <message numerus="yes">
        <source>%n unfinished interviews</source>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
            <numerusform/>
            <numerusform/>
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message>
        <source>An interviewer can open only their own interviews.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Paper datasheet</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>FieldWidgets</name>
    <message>
        <source>This laptop does not find locations. If you know the place, type its coordinates (latitude and longitude, as in 55.9533 -3.1883); otherwise leave this blank.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>This laptop does not find locations. If you know them, type the points one after the other, separated by ; (as in 55.95 -3.19; 55.96 -3.18); otherwise leave this blank.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>latitude longitude</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>latitude longitude; latitude longitude; ...</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Photos and pictures (*.jpg *.jpeg *.png *.gif *.bmp *.heic *.webp)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Recordings (*.mp3 *.m4a *.wav *.ogg *.aac *.amr *.3gp)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Videos (*.mp4 *.mov *.avi *.mkv *.3gp *.webm)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>No file attached.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>A number from {low} to {high}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>A number from {low} to {high}, in steps of {step}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{question}: slider</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{question}: OK</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Attach a file…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Attach a file for {question}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Remove the file</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Remove the file attached for {question}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Attached: {file}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Attach another file…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Attach a file</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{file} is too large to attach (the limit is {limit} MB).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{file} could not be read. Choose another file.</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>InterviewFormView</name>
    <message>
        <source>Already recorded. It is not shown, to protect the participant; type it again only to change it.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Finish the interview</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Language of the questions</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>This answer was cleared, because its question no longer applies after this change: {questions}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>These answers were cleared, because their questions no longer apply after this change: {questions}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>“{typed}” was typed, but this question is answered by choosing an option (keys 1 to {last}).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>“{typed}” was typed, but this question is answered by choosing an option.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The answers were left as they were.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The answer was left as it was.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Skipped for now, still without an answer: {questions}. Press “{finish}” again to finish without them, or go back to answer them.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The interview cannot be finished yet. “{question}”: {message}.</source>
        <translation type="unfinished"/>
    </message>
    <message numerus="yes">
        <source>The interview cannot be finished yet: %n questions need attention. First, “{question}”: {message}.</source>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
            <numerusform/>
            <numerusform/>
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message>
        <source>Skipped for now: {questions}.</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>InterviewTable</name>
    <message>
        <source>Interview</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Interviewer</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>How complete</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"/>
    </message>
    <message numerus="yes">
        <source>Finished · %n answers</source>
        <translation type="unfinished"><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Unfinished · %n answers so far</source>
        <translation type="unfinished"><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform></translation>
    </message>
    <message>
        <source>changed on two laptops</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>No. {number}</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>InterviewWindow</name>
    <message>
        <source>Every answer is saved.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Saved; the participant code is kept once all its parts are given.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The answer in the box is not saved yet: put it right first.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Saved for now; an answer must be put right before the end.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The participant code is not complete: give its other parts, or clear the parts given, before finishing (its parts are kept only all together).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Only part of the participant code is given: its parts are kept only all together, so they would have to be asked again. Close the window again to close it anyway.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>An answer is still being saved. Wait a moment; close the window again to close it anyway.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Still saving: the project is slow to answer. Your answers are kept in this window; keep it open.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Still saving: the project is slow to answer (the server may be unreachable). Your answers are kept in this window; keep it open.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Waiting for another program to finish saving. Your answers are kept here.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Interview: {title} – DuoDesk</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Save the corrections</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Finish the interview</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Whether the answers are saved</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Save and close</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Close the interview; everything given so far is kept</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>All answers</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Back to the list of all answers</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Every question and its answer, to choose another</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Interview No. {number}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Close the interview</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Interviewer: {name}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Site: {site}</source>
        <translation type="unfinished"/>
    </message>
    <message numerus="yes">
        <source>%n answers not saved yet</source>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
            <numerusform/>
            <numerusform/>
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message>
        <source>The corrections are saved.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&lt;b&gt;Correcting a finished interview.&lt;/b&gt; Every change is recorded.</source>
        <translation type="unfinished"/>
    </message>
    <message numerus="yes">
        <source>%n corrections so far; the latest:</source>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
            <numerusform/>
            <numerusform/>
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message>
        <source>another program kept the project busy for a long time. Every answer saved so far is safe; press Finish again.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>the server cannot be reached. Every answer saved so far is safe on the server, and the answers on this screen stay here: keep this window open and press Finish again when the server is back.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>the project could not store it. {details} Every answer saved so far is safe; press Finish again.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The interview is not finished yet: {why}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The interview is finished and saved.
Thank you. You can close this window.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Some answers are not saved</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Some answers are not saved yet, and would be lost if the window closed now. Keep the window open: DuoDesk keeps trying to save them.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Keep the window open</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Close and lose them</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>another program has kept the project busy for a long time.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>the server cannot be reached (it may be stopped, or this laptop may have lost the network).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>the project file could not be written. {details}</source>
        <translation type="unfinished"/>
    </message>
    <message numerus="yes">
        <source>%n answers are not saved yet: {why} DuoDesk keeps them in this window and sends them by itself every few seconds; this line goes away once they are on the server. Keep this window open until then: closing it would lose them. Answers saved before are safe on the server.</source>
        <translation type="unfinished"><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n answers are not saved yet: {why} DuoDesk keeps them in this window and sends them by itself every few seconds; this line goes away once they are in the project. Keep this window open until then: closing it would lose them. Answers saved before are safe in the project.</source>
        <translation type="unfinished"><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform></translation>
    </message>
    <message>
        <source>{name} (worked out)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>(not asked, skipped)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>(no answer)</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>InterviewsWindow</name>
    <message>
        <source>All interviews</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Unfinished</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Deleted (can be restored)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Interviews: {title} – DuoDesk</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Interviews – DuoDesk</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Interviews of “{title}”</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Interviews</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Search by site, interviewer or date (2024-07)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Search interviews</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Which interviews to show</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Open to read or correct…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Delete the chosen interviews</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Restore the chosen deleted interviews</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Remove deleted interviews for good…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>No interviews match.</source>
        <translation type="unfinished"/>
    </message>
    <message numerus="yes">
        <source>%Ln interviews</source>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
            <numerusform/>
            <numerusform/>
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message>
        <source>(showing {shown}; scroll down for more)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The interviews could not be read: {error}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Delete interviews?</source>
        <translation type="unfinished"/>
    </message>
    <message numerus="yes">
        <source>Delete these %n interviews? They move to the deleted interviews (choose “Deleted” under Show) and can be restored until they are removed for good.</source>
        <translation type="unfinished">
            <numerusform/>
            <numerusform/>
            <numerusform/>
            <numerusform/>
            <numerusform/>
            <numerusform/>
        </translation>
    </message>
    <message>
        <source>Remove deleted interviews for good?</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>change the interviews</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>the backup files (ending in “.backup”) beside the project in {folder}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>the server's backups</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Every deleted interview and its answers will be removed from the project. Copies stay in {where}, including one made just before, until newer backups replace them; delete those files too if the interviews must be gone everywhere now.</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <extracomment>The laptop setting saying the first-start question about the language was answered.</extracomment>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>DuoDesk will speak {language} the next time it starts.</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Finishing saving… DuoDesk closes by itself as soon as it is done.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Saving is taking longer than it should. Wait, or close the window again to close DuoDesk anyway: anything not saved by then is not kept, and its window said so.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Questionnaires in this project</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>There are no questionnaires in this project yet. Add one from a file (an XLSForm made in DuoDesk, ODK or KoboToolbox).</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Add a questionnaire from a file…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Add a questionnaire from a file</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>With the chosen questionnaire:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Results…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>New questionnaire…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Make a new questionnaire</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Opening the project…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Project: {project} ({protection})</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Keep the examples</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Remove the examples</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to DuoDesk.&lt;/b&gt; Three example questionnaires are ready for you to try: a hepatitis C peer survey, a survey of barriers to training and employment, and a profile of a drug user organisation. Keep them to practise with, or remove them if this project is for your own survey only.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Waiting for another program to finish saving to the project. What you do here is kept.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>DuoDesk stopped waiting for the project. What could not be saved is kept in its window and tried again.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The project is free again.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>DuoDesk could not read something from the project. {details}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Add a questionnaire</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>XLSForm workbooks (*.xlsx)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>“{title}” was changed. Interviews already entered keep the questionnaire they were entered with; new interviews use version {version}.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>“{title}” was added.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>“{title}” is already in this project, unchanged.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Some examples were kept</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Interviews were entered with these examples, so they were kept: {titles}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Add a questionnaire from a file…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;New questionnaire…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Add the &amp;example questionnaires</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;How to…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>How to &amp;do…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Start an interview…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Start an interview with the chosen questionnaire</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Interviews…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>List the chosen questionnaire's interviews, to read or correct</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>See the chosen questionnaire's results: tables and charts</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Themes…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Code the chosen questionnaire's written answers into themes</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Paper datasheets…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Compare and resolve the chosen questionnaire's paper datasheets typed in twice</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Export the chosen questionnaire's interviews for the health board</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Change the chosen questionnaire in the designer</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>New questionnaire</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>How to… (this guide)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Larger text / smaller text / normal text</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Move between the list and the buttons</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Start an interview with the questionnaire in the list</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>In an interview: choose an answer</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>1 to 9</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>In an interview: next question</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>In an interview: previous question</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>In the list of interviews: open the chosen one</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>In the list's search box: go to the list / open the first found</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Close a window (an interview keeps every answer)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Close a dialog, Results, Export or the list of interviews</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Add an XLSForm made in DuoDesk, ODK or KoboToolbox (Ctrl+O)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Make a new questionnaire in the designer (Ctrl+N)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Keep the three example questionnaires to practise with</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Remove the example questionnaires from this project</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Resume or discard…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Carry on with an unfinished interview, or throw one away</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <source>◀  Back</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Back to the previous question</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Next  ▶</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Next question</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Skip for now</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Skip this question for now; nothing is recorded and it is listed at the end</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Go on without an answer. Nothing is recorded for this question, and it is listed again when the interview is finished.</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Question {number} · the last one</source>
        <translation type="unfinished"/>
    </message>
    <message numerus="yes">
        <source>Question {number} · %n more to go</source>
        <translation type="unfinished"><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform></translation>
    </message>
</context>
<context>
    <name>ProjectOpening</name>
    <message>
        <source>Password for the shared project</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>This project is locked</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{reason}

Passphrase:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The passphrase was not right. DuoDesk will close.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>DuoDesk cannot open the project</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>open the project</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>That password was not right (or the user name is not known there). Type it again.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The shared project on this computer needs the password of the user “{user}”.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The shared project on this computer needs the password of the user.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The shared project on {host} needs the password of the user “{user}”.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The shared project on {host} needs the password of the user.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{first}

DuoDesk keeps the password only while the project is open.

Password:</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <source>Type a whole number</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Type a number</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Type a date like 25/12/2024, or choose it on the calendar</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Type a time like 14:30</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Type a date and time like 2024-12-25 14:30</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Type the code</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Day/month/year, like 25/12/2024</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Like 2024-12-25 14:30</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{question} (answer needed)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Calendar…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Choose the date on a calendar</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Choose a date</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Use this date</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Options after 9: press the ↓ arrow key, then Space to tick one.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Options after 9: press the ↓ arrow key, then Space to choose one.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Clear this answer</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Clear the answer to {question}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Type part of the name</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>(choose one)</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>QuestionnaireTable</name>
    <message>
        <source>Questionnaire</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Unfinished</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The questionnaire's short name (form_id), used in files and commands</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>How many versions of the questionnaire the project keeps</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Finished interviews</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Unfinished interviews (drafts)</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>RepeatPages</name>
    <message>
        <source>{repeat} {number} of {total}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Remove this {repeat}…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Remove {what}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Add another {repeat}?</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Is there a {repeat} to add?</source>
        <translation type="unfinished"/>
    </message>
    <message numerus="yes">
        <source>%n {repeat} recorded so far.</source>
        <translation type="unfinished"><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform><numerusform></numerusform></translation>
    </message>
    <message>
        <source>No {repeat} yet.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>1   Add another {repeat}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>1   Add a {repeat}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>2   No more</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Remove {repeat} {number}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Remove {repeat} {number} and all its answers?</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The ones after it move up by one.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{repeat} {number} was removed.</source>
        <translation type="unfinished"/>
    </message>
</context>
<context>
    <name>StartInterviewDialog</name>
    <message>
        <source>Start an interview</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Interviewer</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Add a name…</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Add an interviewer's name to the list</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{name} (signed in)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Site or drop-in centre</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Type the name of the centre</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Date of the interview</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Today, unless you are typing in an interview done on paper earlier.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Paper datasheet number</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Only when typing in a paper datasheet</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Typed in by</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>A second person types the same datasheet later, with the same number, to check it: DuoDesk then lists every difference.</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Interviewer:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Site (drop-in centre):</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Paper datasheet number:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>&amp;Typed in by:</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Start the interview</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Add an interviewer</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>The interviewer's name (a first name is enough):</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>the interviewer (add your name with “Add a name…”)</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>the site</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>who is typing in the paper datasheet</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation type="unfinished"/>
    </message>
    <message>
        <source>Please fill in {missing}.</source>
        <translation type="unfinished"/>
    </message>
</context>
</TS>