<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>About</name>
    <message>
        <source>still opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are kept beside it: one a day, and before every upgrade, purge and restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surveys by peer researchers, offline: questionnaires, interviews, summary tables and exports for the health board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later ({licence}). You may share and change DuoDesk under its terms; it comes with no warranty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This project:&lt;/b&gt; {project}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Log files:&lt;/b&gt; {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About DuoDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About DuoDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessHooks</name>
    <message>
        <source>Not for this role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People and roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: {person}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Start an interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct an interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for the health board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
&lt;/ol&gt;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
&lt;h2&gt;Read the Results&lt;/h2&gt;
&lt;ol&gt;
&lt;li&gt;Choose the questionnaire and press &lt;b&gt;Results…&lt;/b&gt; (Ctrl+R).&lt;/li&gt;
&lt;li&gt;Click a question on the left. The table shows how many people gave each answer.&lt;/li&gt;
&lt;li&gt;Under the title a sentence says who the numbers are about, for example “40 of the 66
people asked answered; 13 were not asked”. &lt;b&gt;Not asked (skipped)&lt;/b&gt; means the question did
not apply to that person. &lt;b&gt;No answer&lt;/b&gt; means it applied but was left blank.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Valid percent&lt;/b&gt; leaves out “Don&apos;t know” and “Prefer not to say”.&lt;/li&gt;
&lt;li&gt;To count only some interviews, choose a site, an interviewer or dates at the top, or
“Only people whose answer to … is …”. &lt;b&gt;Count everyone again&lt;/b&gt; undoes that.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Copy the table&lt;/b&gt; puts it on the clipboard for a document; &lt;b&gt;Save the chart as a
picture…&lt;/b&gt; saves a PNG.&lt;/li&gt;
&lt;/ol&gt;
</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
&lt;h2&gt;Lock the project&lt;/h2&gt;
&lt;p&gt;A project with a passphrase cannot be read by anyone who does not know it, even if the
laptop is lost. DuoDesk asks for the passphrase each time it starts.&lt;/p&gt;
&lt;p&gt;To set or change it, whoever looks after the laptop types in a terminal:&lt;/p&gt;
&lt;pre&gt;duodesk change-passphrase --new-passphrase-file FILE&lt;/pre&gt;
&lt;p&gt;where FILE holds the new passphrase on one line (delete the file afterwards). To remove
the passphrase: &lt;code&gt;duodesk change-passphrase --remove&lt;/code&gt;. Keep the passphrase
somewhere safe: without it the interviews cannot be opened by anyone.&lt;/p&gt;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to… – DuoDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Project: {project} ({protection})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecurityHooks</name>
    <message>
        <source>⚠ This project is not locked with a passphrase: anyone who copies the file can read the interviews. File &gt; Lock the project with a passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt the project, so that nobody who copies the file can read the interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reminder stays at the bottom of the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;You have started your own survey.&lt;/b&gt; The interviews will be about people&apos;s health and drug use: lock the project with a passphrase so that nobody who copies the file from this laptop can read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the project with a &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the other windows first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the interview, Results, Export and designer windows first, then try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the project with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the passphrase?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a passphrase anyone who copies the project file can read every interview. Remove it only if the project is moving to a laptop that is itself encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project and its backups are now locked with the new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project and its backups are no longer encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n older backups use an earlier passphrase and were not changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is back as the backup has it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Send interviews to the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a transfer file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a team member&apos;s transfer file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DuoDesk writes a file you can carry on a USB stick to the coordinator or to another laptop. It holds the questionnaire, the finished interviews, their corrections and deletions, locked with the team passphrase: without the passphrase nobody can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviews from the file are added to this project; ones already here are brought up to date, never added twice. Reading the same file again changes nothing. Use the team passphrase the file was made with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the questionnaire, no interviews (for laptops joining the team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every questionnaire in this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review possible duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the transfer file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DuoDesk transfer files (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a transfer file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file and adding the interviews…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Nothing was written or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written there: {reason}. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send the interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send interviews to the team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;transfer file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible &amp;duplicates across sites…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicates across sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a questionnaire in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
