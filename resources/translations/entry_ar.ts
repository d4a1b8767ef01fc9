<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AccessHooks</name>
    <message>
        <source>Not for this role</source>
        <translation>ليس لهذا الدور</translation>
    </message>
</context>
<context>
    <name>AnswersOverview</name>
    <message>
        <source>Not asked (skipped)</source>
        <translation>لم يُطرح (تم تخطيه)</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>لا توجد إجابة</translation>
    </message>
    <message>
        <source>Recorded (not shown, to protect the participant)</source>
        <translation>مسجَّل (مخفي لحماية المشارك)</translation>
    </message>
    <message>
        <source>Click (or press Enter) to change this answer</source>
        <translation>انقر (أو اضغط Enter) لتغيير هذه الإجابة</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>Every answer of this interview. To change one, click it (or choose it and press Enter). Every change is recorded with the name of who made it.</source>
        <translation>كل إجابات هذه المقابلة. لتغيير إجابة، انقر عليها (أو اخترها واضغط Enter). يُسجَّل كل تغيير مع اسم من قام به.</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>الأسئلة والإجابات</translation>
    </message>
    <message>
        <source>Who is correcting?</source>
        <translation>من يقوم بالتصحيح؟</translation>
    </message>
    <message>
        <source>Every change to a finished interview is recorded with the name of who made it.
Your name:</source>
        <translation>يُسجَّل كل تغيير في مقابلة منتهية مع اسم من قام به.
اسمك:</translation>
    </message>
    <message>
        <source>Change answers</source>
        <translation>تغيير الإجابات</translation>
    </message>
    <message>
        <source>Only read</source>
        <translation>القراءة فقط</translation>
    </message>
    <message>
        <source>A name is needed</source>
        <translation>الاسم مطلوب</translation>
    </message>
    <message>
        <source>Nothing can be changed without a name, because every change is recorded with the name of who made it. Type your name, or choose “Only read”.</source>
        <translation>لا يمكن تغيير شيء دون اسم، لأن كل تغيير يُسجَّل مع اسم من قام به. اكتب اسمك، أو اختر «القراءة فقط».</translation>
    </message>
</context>
<context>
    <name>DateBox</name>
    <message>
        <source>“{typed}” is not a date DuoDesk can read: type it like 15/11/2026 or 15 Nov 2026. The date was not changed.</source>
        <translation>«{typed}» ليس تاريخًا يستطيع DuoDesk قراءته: اكتبه مثل 15/11/2026. لم يتغير التاريخ.</translation>
    </message>
    <message>
        <source>{date} is not allowed here: choose a date from {first} to {last}. The date was not changed.</source>
        <translation>التاريخ {date} غير مسموح هنا: اختر تاريخًا من {first} إلى {last}. لم يتغير التاريخ.</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message numerus="yes">
        <source>{details} — %n answers so far</source>
        <translation><numerusform>{details} — عدد الإجابات حتى الآن: %n</numerusform><numerusform>{details} — عدد الإجابات حتى الآن: %n</numerusform><numerusform>{details} — عدد الإجابات حتى الآن: %n</numerusform><numerusform>{details} — عدد الإجابات حتى الآن: %n</numerusform><numerusform>{details} — عدد الإجابات حتى الآن: %n</numerusform><numerusform>{details} — عدد الإجابات حتى الآن: %n</numerusform></translation>
    </message>
    <message>
        <source>Unfinished interviews</source>
        <translation>مقابلات غير منتهية</translation>
    </message>
    <message>
        <source>These interviews were started but not finished. Everything given so far is kept. Choose one to carry on with it.</source>
        <translation>بدأت هذه المقابلات ولم تنتهِ. كل ما أُدخل حتى الآن محفوظ. اختر واحدة لمتابعتها.</translation>
    </message>
    <message>
        <source>Carry on with this interview</source>
        <translation>متابعة هذه المقابلة</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Discard the chosen interview</source>
        <translation>حذف المقابلة المختارة</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Discard this interview?</source>
        <translation>حذف هذه المقابلة؟</translation>
    </message>
    <message>
        <source>Discard “{interview}”?

It moves to the deleted interviews, where it can still be restored until they are removed for good.</source>
        <translation>حذف «{interview}»؟

تنتقل إلى المقابلات المحذوفة، ويمكن استرجاعها ما لم تُمسح نهائيًا.</translation>
    </message>
</context>
<context>
    <name>DuplicateBanner</name>
    <message>
        <source>an unknown date</source>
        <translation>تاريخ غير معروف</translation>
    </message>
    <message>
        <source>This person may already have been interviewed on {date} at {site}</source>
        <translation>ربما أُجريت مقابلة مع هذا الشخص من قبل بتاريخ {date} في {site}</translation>
    </message>
    <message>
        <source>This person may already have been interviewed on {date}</source>
        <translation>ربما أُجريت مقابلة مع هذا الشخص من قبل بتاريخ {date}</translation>
    </message>
    <message>
        <source>(their participant code is the same except for one part)</source>
        <translation>(رمز المشارك نفسه ما عدا جزءًا واحدًا)</translation>
    </message>
    <message numerus="yes">
        <source>There are %n more possible matches.</source>
        <translation><numerusform>عدد التطابقات المحتملة الأخرى: %n.</numerusform><numerusform>عدد التطابقات المحتملة الأخرى: %n.</numerusform><numerusform>عدد التطابقات المحتملة الأخرى: %n.</numerusform><numerusform>عدد التطابقات المحتملة الأخرى: %n.</numerusform><numerusform>عدد التطابقات المحتملة الأخرى: %n.</numerusform><numerusform>عدد التطابقات المحتملة الأخرى: %n.</numerusform></translation>
    </message>
    <message>
        <source>You could ask whether they have taken part before. Nothing has been changed or blocked: you decide whether to carry on.</source>
        <translation>يمكنك أن تسأل إن كان قد شارك من قبل. لم يُغيَّر أو يُمنع شيء: أنت من يقرر المتابعة.</translation>
    </message>
    <message>
        <source>Carry on with this interview</source>
        <translation>متابعة هذه المقابلة</translation>
    </message>
    <message>
        <source>Close this warning and carry on</source>
        <translation>إغلاق هذا التنبيه والمتابعة</translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation>تنبيه: {text}</translation>
    </message>
</context>
<context>
    <name>EntryHooks</name>
    <message>
        <source>Resume or discard an unfinished interview</source>
        <translation>متابعة مقابلة غير منتهية أو حذفها</translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished interviews</source>
        <translation><numerusform>%n مقابلة غير منتهية</numerusform><numerusform>مقابلة واحدة غير منتهية</numerusform><numerusform>مقابلتان غير منتهيتين</numerusform><numerusform>%n مقابلات غير منتهية</numerusform><numerusform>%n مقابلة غير منتهية</numerusform><numerusform>%n مقابلة غير منتهية</numerusform></translation>
    </message>
    <message>
        <source>An interviewer can open only their own interviews.</source>
        <translation>لا يمكن للمحاور أن يفتح إلا مقابلاته.</translation>
    </message>
    <message>
        <source>Paper datasheet</source>
        <translation>الاستمارة الورقية</translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <source>finish this</source>
        <translation>إنهاء هذا</translation>
    </message>
    <message>
        <source>This file cannot be used</source>
        <translation>لا يمكن استخدام هذا الملف</translation>
    </message>
    <message>
        <source>Participant codes cannot be checked here</source>
        <translation>لا يمكن التحقق من رموز المشاركين هنا</translation>
    </message>
    <message>
        <source>The server does not answer</source>
        <translation>الخادم لا يستجيب</translation>
    </message>
    <message>
        <source>DuoDesk could not {doing}: the team's server cannot be reached just now. Nothing was lost: what was saved before is still there. Try again in a moment; while the server stays away, the line at the top of the main window says what can be done meanwhile.</source>
        <translation>تعذّر على DuoDesk أن {doing}: لا يمكن الوصول إلى خادم الفريق الآن. لم يضع شيء: ما حُفظ من قبل ما زال موجودًا. حاول مرة أخرى بعد قليل؛ وما دام الخادم غير متاح، يبيّن السطر في أعلى النافذة الرئيسية ما يمكن فعله في هذه الأثناء.</translation>
    </message>
    <message>
        <source>The project is busy</source>
        <translation>المشروع مشغول</translation>
    </message>
    <message>
        <source>Another program has been saving to this project for a long time, so DuoDesk could not {doing}. Nothing was lost: what was saved before is still there. Try again when the other program has finished.</source>
        <translation>برنامج آخر يحفظ في هذا المشروع منذ وقت طويل، لذا لم يتمكن DuoDesk من {doing}. لم يضع شيء: ما حُفظ من قبل لا يزال موجودًا. حاول مرة أخرى عندما ينتهي البرنامج الآخر.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>حدث خطأ ما</translation>
    </message>
    <message>
        <source>DuoDesk could not {doing}. Nothing was lost: what was saved before is still there.

{details}</source>
        <translation>لم يتمكن DuoDesk من {doing}. لم يضع شيء: ما حُفظ من قبل لا يزال موجودًا.

{details}</translation>
    </message>
</context>
<context>
    <name>FieldWidgets</name>
    <message>
        <source>This laptop does not find locations. If you know the place, type its coordinates (latitude and longitude, as in 55.9533 -3.1883); otherwise leave this blank.</source>
        <translation>هذا الحاسوب لا يحدد المواقع. إن كنت تعرف المكان، اكتب إحداثياته (خط العرض وخط الطول، مثل 55.9533 -3.1883)؛ وإلا اترك هذا فارغًا.</translation>
    </message>
    <message>
        <source>This laptop does not find locations. If you know them, type the points one after the other, separated by ; (as in 55.95 -3.19; 55.96 -3.18); otherwise leave this blank.</source>
        <translation>هذا الحاسوب لا يحدد المواقع. إن كنت تعرفها، اكتب النقاط واحدة بعد الأخرى، تفصل بينها ; (مثل 55.95 -3.19; 55.96 -3.18)؛ وإلا اترك هذا فارغًا.</translation>
    </message>
    <message>
        <source>latitude longitude</source>
        <translation>خط العرض خط الطول</translation>
    </message>
    <message>
        <source>latitude longitude; latitude longitude; ...</source>
        <translation>خط العرض خط الطول; خط العرض خط الطول; ...</translation>
    </message>
    <message>
        <source>Photos and pictures (*.jpg *.jpeg *.png *.gif *.bmp *.heic *.webp)</source>
        <translation>صور (*.jpg *.jpeg *.png *.gif *.bmp *.heic *.webp)</translation>
    </message>
    <message>
        <source>Recordings (*.mp3 *.m4a *.wav *.ogg *.aac *.amr *.3gp)</source>
        <translation>تسجيلات صوتية (*.mp3 *.m4a *.wav *.ogg *.aac *.amr *.3gp)</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mov *.avi *.mkv *.3gp *.webm)</source>
        <translation>مقاطع فيديو (*.mp4 *.mov *.avi *.mkv *.3gp *.webm)</translation>
    </message>
    <message>
        <source>No file attached.</source>
        <translation>لا يوجد ملف مرفق.</translation>
    </message>
    <message>
        <source>A number from {low} to {high}</source>
        <translation>رقم من {low} إلى {high}</translation>
    </message>
    <message>
        <source>A number from {low} to {high}, in steps of {step}</source>
        <translation>رقم من {low} إلى {high}، بخطوات قدرها {step}</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} إلى {high}</translation>
    </message>
    <message>
        <source>{question}: slider</source>
        <translation>{question}: شريط التمرير</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>{question}: OK</source>
        <translation>{question}: موافق</translation>
    </message>
    <message>
        <source>Attach a file…</source>
        <translation>إرفاق ملف…</translation>
    </message>
    <message>
        <source>Attach a file for {question}</source>
        <translation>إرفاق ملف للسؤال {question}</translation>
    </message>
    <message>
        <source>Remove the file</source>
        <translation>إزالة الملف</translation>
    </message>
    <message>
        <source>Remove the file attached for {question}</source>
        <translation>إزالة الملف المرفق للسؤال {question}</translation>
    </message>
    <message>
        <source>Attached: {file}</source>
        <translation>مرفق: {file}</translation>
    </message>
    <message>
        <source>Attach another file…</source>
        <translation>إرفاق ملف آخر…</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>إرفاق ملف</translation>
    </message>
    <message>
        <source>{file} is too large to attach (the limit is {limit} MB).</source>
        <translation>الملف {file} أكبر من أن يُرفق (الحد {limit} ميغابايت).</translation>
    </message>
    <message>
        <source>{file} could not be read. Choose another file.</source>
        <translation>تعذرت قراءة {file}. اختر ملفًا آخر.</translation>
    </message>
</context>
<context>
    <name>InterviewFormView</name>
    <message>
        <source>Recorded — hidden to protect the participant. Type it again only to change it.</source>
        <translation>مُسجَّل — مخفي لحماية المشارك. اكتبه مرة أخرى فقط لتغييره.</translation>
    </message>
    <message>
        <source>Finish the interview</source>
        <translation>إنهاء المقابلة</translation>
    </message>
    <message>
        <source>Language of the questions</source>
        <translation>لغة الأسئلة</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>الافتراضية</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>اللغة:</translation>
    </message>
    <message>
        <source>This answer was cleared, because its question no longer applies after this change: {questions}</source>
        <translation>مُسحت هذه الإجابة، لأن سؤالها لم يعد مطروحًا بعد هذا التغيير: {questions}</translation>
    </message>
    <message>
        <source>These answers were cleared, because their questions no longer apply after this change: {questions}</source>
        <translation>مُسحت هذه الإجابات، لأن أسئلتها لم تعد مطروحة بعد هذا التغيير: {questions}</translation>
    </message>
    <message>
        <source>“{typed}” was typed, but this question is answered by choosing an option (keys 1 to {last}).</source>
        <translation>كُتب «{typed}»، لكن الإجابة عن هذا السؤال تكون باختيار أحد الخيارات (المفاتيح 1 إلى {last}).</translation>
    </message>
    <message>
        <source>“{typed}” was typed, but this question is answered by choosing an option.</source>
        <translation>كُتب «{typed}»، لكن الإجابة عن هذا السؤال تكون باختيار أحد الخيارات.</translation>
    </message>
    <message>
        <source>The answers were left as they were.</source>
        <translation>بقيت الإجابات كما كانت.</translation>
    </message>
    <message>
        <source>The answer was left as it was.</source>
        <translation>بقيت الإجابة كما كانت.</translation>
    </message>
    <message>
        <source>To choose with the number keys again, press Backspace or Escape first.</source>
        <translation>لتختار بمفاتيح الأرقام من جديد، اضغط أولاً على Backspace أو Escape.</translation>
    </message>
    <message>
        <source>Skipped for now, still without an answer: {questions}. Press “{finish}” again to finish without them, or go back to answer them.</source>
        <translation>تم تخطيها مؤقتًا ولا تزال دون إجابة: {questions}. اضغط «{finish}» مرة أخرى للإنهاء دونها، أو ارجع للإجابة عنها.</translation>
    </message>
    <message>
        <source>Go to “{question}”</source>
        <translation>الانتقال إلى «{question}»</translation>
    </message>
    <message>
        <source>The interview cannot be finished yet. “{question}”: {message}.</source>
        <translation>لا يمكن إنهاء المقابلة بعد. «{question}»: {message}.</translation>
    </message>
    <message numerus="yes">
        <source>The interview cannot be finished yet: %n questions need attention. First, “{question}”: {message}.</source>
        <translation><numerusform>لا يمكن إنهاء المقابلة بعد. عدد الأسئلة التي تحتاج إلى انتباه: %n. أولها «{question}»: {message}.</numerusform><numerusform>لا يمكن إنهاء المقابلة بعد. عدد الأسئلة التي تحتاج إلى انتباه: %n. أولها «{question}»: {message}.</numerusform><numerusform>لا يمكن إنهاء المقابلة بعد. عدد الأسئلة التي تحتاج إلى انتباه: %n. أولها «{question}»: {message}.</numerusform><numerusform>لا يمكن إنهاء المقابلة بعد. عدد الأسئلة التي تحتاج إلى انتباه: %n. أولها «{question}»: {message}.</numerusform><numerusform>لا يمكن إنهاء المقابلة بعد. عدد الأسئلة التي تحتاج إلى انتباه: %n. أولها «{question}»: {message}.</numerusform><numerusform>لا يمكن إنهاء المقابلة بعد. عدد الأسئلة التي تحتاج إلى انتباه: %n. أولها «{question}»: {message}.</numerusform></translation>
    </message>
    <message>
        <source>Skipped for now: {questions}.</source>
        <translation>تم تخطيها مؤقتًا: {questions}.</translation>
    </message>
</context>
<context>
    <name>InterviewOperations</name>
    <message>
        <source>There is no questionnaire called “{name}” in this project.</source>
        <translation>لا يوجد في هذا المشروع استبيان باسم «{name}».</translation>
    </message>
</context>
<context>
    <name>InterviewTable</name>
    <message>
        <source>Interview</source>
        <translation>المقابلة</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>التاريخ والوقت</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>المحاور</translation>
    </message>
    <message>
        <source>How complete</source>
        <translation>مدى الاكتمال</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>الاستبيان</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>محذوفة</translation>
    </message>
    <message numerus="yes">
        <source>Finished · %n answers</source>
        <translation><numerusform>منتهية · عدد الإجابات: %n</numerusform><numerusform>منتهية · عدد الإجابات: %n</numerusform><numerusform>منتهية · عدد الإجابات: %n</numerusform><numerusform>منتهية · عدد الإجابات: %n</numerusform><numerusform>منتهية · عدد الإجابات: %n</numerusform><numerusform>منتهية · عدد الإجابات: %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Unfinished · %n answers so far</source>
        <translation><numerusform>غير منتهية · الإجابات: %n</numerusform><numerusform>غير منتهية · الإجابات: %n</numerusform><numerusform>غير منتهية · الإجابات: %n</numerusform><numerusform>غير منتهية · الإجابات: %n</numerusform><numerusform>غير منتهية · الإجابات: %n</numerusform><numerusform>غير منتهية · الإجابات: %n</numerusform></translation>
    </message>
    <message>
        <source>changed on two laptops</source>
        <translation>تغيّرت على حاسوبين</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>رقم {number}</translation>
    </message>
</context>
<context>
    <name>InterviewWindow</name>
    <message>
        <source>Every answer is saved.</source>
        <translation>كل الإجابات محفوظة.</translation>
    </message>
    <message>
        <source>Saved; the participant code is kept once all its parts are given.</source>
        <translation>محفوظ؛ يُحفظ رمز المشارك عندما تُدخل كل أجزائه.</translation>
    </message>
    <message>
        <source>The answer in the box is not saved yet: put it right first.</source>
        <translation>الإجابة في الخانة لم تُحفظ بعد: صحّحها أولًا.</translation>
    </message>
    <message>
        <source>Saved for now; an answer must be put right before the end.</source>
        <translation>محفوظ مؤقتًا؛ يجب تصحيح إجابة قبل النهاية.</translation>
    </message>
    <message>
        <source>The participant code is not complete: give its other parts, or clear the parts given, before finishing (its parts are kept only all together).</source>
        <translation>رمز المشارك غير مكتمل: أدخل أجزاءه الأخرى، أو امسح الأجزاء المُدخلة، قبل الإنهاء (لا تُحفظ أجزاؤه إلا معًا).</translation>
    </message>
    <message>
        <source>Only part of the participant code is given: its parts are kept only all together, so they would have to be asked again. Close the window again to close it anyway.</source>
        <translation>أُدخل جزء فقط من رمز المشارك: لا تُحفظ أجزاؤه إلا معًا، لذا سيجب السؤال عنها من جديد. أغلق النافذة مرة أخرى لإغلاقها على أي حال.</translation>
    </message>
    <message>
        <source>An answer is still being saved. Wait a moment; close the window again to close it anyway.</source>
        <translation>لا تزال إجابة قيد الحفظ. انتظر قليلًا؛ أغلق النافذة مرة أخرى لإغلاقها على أي حال.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Still saving: the project is slow to answer. Your answers are kept in this window; keep it open.</source>
        <translation>لا يزال الحفظ جاريًا: المشروع بطيء في الاستجابة. إجاباتك محفوظة في هذه النافذة؛ أبقها مفتوحة.</translation>
    </message>
    <message>
        <source>Still saving: the project is slow to answer (the server may be unreachable). Your answers are kept in this window; keep it open.</source>
        <translation>لا يزال الحفظ جاريًا: المشروع بطيء في الاستجابة (ربما لا يمكن الوصول إلى الخادم). إجاباتك محفوظة في هذه النافذة؛ أبقها مفتوحة.</translation>
    </message>
    <message>
        <source>Waiting for another program to finish saving. Your answers are kept here.</source>
        <translation>في انتظار أن ينهي برنامج آخر الحفظ. إجاباتك محفوظة هنا.</translation>
    </message>
    <message>
        <source>Interview: {title} – DuoDesk</source>
        <translation>مقابلة: {title} – DuoDesk</translation>
    </message>
    <message>
        <source>Save the corrections</source>
        <translation>حفظ التصحيحات</translation>
    </message>
    <message>
        <source>Finish the interview</source>
        <translation>إنهاء المقابلة</translation>
    </message>
    <message>
        <source>Whether the answers are saved</source>
        <translation>هل الإجابات محفوظة</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>حفظ وإغلاق</translation>
    </message>
    <message>
        <source>Close the interview; everything given so far is kept</source>
        <translation>إغلاق المقابلة؛ كل ما أُدخل حتى الآن محفوظ</translation>
    </message>
    <message>
        <source>All answers</source>
        <translation>كل الإجابات</translation>
    </message>
    <message>
        <source>Back to the list of all answers</source>
        <translation>العودة إلى قائمة كل الإجابات</translation>
    </message>
    <message>
        <source>Every question and its answer, to choose another</source>
        <translation>كل سؤال وإجابته، لاختيار سؤال آخر</translation>
    </message>
    <message>
        <source>Done correcting</source>
        <translation>انتهى التصحيح</translation>
    </message>
    <message>
        <source>Done correcting: check the answers and save the corrections</source>
        <translation>انتهى التصحيح: التحقق من الإجابات وحفظ التصحيحات</translation>
    </message>
    <message>
        <source>Check every answer and save the corrections, as on the last page</source>
        <translation>التحقق من كل إجابة وحفظ التصحيحات، كما في الصفحة الأخيرة</translation>
    </message>
    <message>
        <source>Interview No. {number}</source>
        <translation>المقابلة رقم {number}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Close the interview</source>
        <translation>إغلاق المقابلة</translation>
    </message>
    <message>
        <source>Interviewer: {name}</source>
        <translation>المحاور: {name}</translation>
    </message>
    <message>
        <source>Site: {site}</source>
        <translation>المكان: {site}</translation>
    </message>
    <message numerus="yes">
        <source>%n answers not saved yet</source>
        <translation><numerusform>إجابات لم تُحفظ بعد: %n</numerusform><numerusform>إجابات لم تُحفظ بعد: %n</numerusform><numerusform>إجابات لم تُحفظ بعد: %n</numerusform><numerusform>إجابات لم تُحفظ بعد: %n</numerusform><numerusform>إجابات لم تُحفظ بعد: %n</numerusform><numerusform>إجابات لم تُحفظ بعد: %n</numerusform></translation>
    </message>
    <message>
        <source>The corrections are saved.</source>
        <translation>التصحيحات محفوظة.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Correcting a finished interview.&lt;/b&gt; Every change is recorded.</source>
        <translation>&lt;b&gt;تصحيح مقابلة منتهية.&lt;/b&gt; يُسجَّل كل تغيير.</translation>
    </message>
    <message numerus="yes">
        <source>%n corrections so far; the latest:</source>
        <translation><numerusform>عدد التصحيحات حتى الآن: %n؛ آخرها:</numerusform><numerusform>عدد التصحيحات حتى الآن: %n؛ آخرها:</numerusform><numerusform>عدد التصحيحات حتى الآن: %n؛ آخرها:</numerusform><numerusform>عدد التصحيحات حتى الآن: %n؛ آخرها:</numerusform><numerusform>عدد التصحيحات حتى الآن: %n؛ آخرها:</numerusform><numerusform>عدد التصحيحات حتى الآن: %n؛ آخرها:</numerusform></translation>
    </message>
    <message>
        <source>another program kept the project busy for a long time. Every answer saved so far is safe; press Finish again.</source>
        <translation>شغل برنامج آخر المشروع وقتًا طويلًا. كل الإجابات المحفوظة حتى الآن آمنة؛ اضغط «إنهاء» مرة أخرى.</translation>
    </message>
    <message>
        <source>the server cannot be reached. Every answer saved so far is safe on the server, and the answers on this screen stay here: keep this window open and press Finish again when the server is back.</source>
        <translation>لا يمكن الوصول إلى الخادم. كل الإجابات المحفوظة حتى الآن آمنة على الخادم، وإجابات هذه الشاشة تبقى هنا: أبقِ هذه النافذة مفتوحة واضغط «إنهاء» مرة أخرى عندما يعود الخادم.</translation>
    </message>
    <message>
        <source>the project could not store it. {details} Every answer saved so far is safe; press Finish again.</source>
        <translation>لم يتمكن المشروع من حفظها. {details} كل الإجابات المحفوظة حتى الآن آمنة؛ اضغط «إنهاء» مرة أخرى.</translation>
    </message>
    <message>
        <source>The interview is not finished yet: {why}</source>
        <translation>لم تنتهِ المقابلة بعد: {why}</translation>
    </message>
    <message>
        <source>The interview is finished and saved.
Thank you. You can close this window.</source>
        <translation>انتهت المقابلة وحُفظت.
شكرًا لك. يمكنك إغلاق هذه النافذة.</translation>
    </message>
    <message>
        <source>Some answers are not saved</source>
        <translation>بعض الإجابات غير محفوظة</translation>
    </message>
    <message>
        <source>Some answers are not saved yet, and would be lost if the window closed now. Keep the window open: DuoDesk keeps trying to save them.</source>
        <translation>بعض الإجابات لم تُحفظ بعد، وستضيع إذا أُغلقت النافذة الآن. أبقِ النافذة مفتوحة: يواصل DuoDesk محاولة حفظها.</translation>
    </message>
    <message>
        <source>Keep the window open</source>
        <translation>إبقاء النافذة مفتوحة</translation>
    </message>
    <message>
        <source>Close and lose them</source>
        <translation>الإغلاق وفقدانها</translation>
    </message>
    <message>
        <source>another program has kept the project busy for a long time.</source>
        <translation>برنامج آخر يشغل المشروع منذ وقت طويل.</translation>
    </message>
    <message>
        <source>the server cannot be reached (it may be stopped, or this laptop may have lost the network).</source>
        <translation>لا يمكن الوصول إلى الخادم (ربما هو متوقف، أو فقد هذا الحاسوب الاتصال بالشبكة).</translation>
    </message>
    <message>
        <source>the project file could not be written. {details}</source>
        <translation>تعذرت الكتابة في ملف المشروع. {details}</translation>
    </message>
    <message numerus="yes">
        <source>%n answers are not saved yet: {why} DuoDesk keeps them in this window and sends them by itself every few seconds; this line goes away once they are on the server. Keep this window open until then: closing it would lose them. Answers saved before are safe on the server.</source>
        <translation><numerusform>إجابات لم تُحفظ بعد: %n. السبب: {why} يحتفظ بها DuoDesk في هذه النافذة ويرسلها من تلقاء نفسه كل بضع ثوانٍ؛ يختفي هذا السطر عندما تصل إلى الخادم. أبقِ هذه النافذة مفتوحة حتى ذلك الحين: إغلاقها يُضيّعها. الإجابات المحفوظة من قبل آمنة على الخادم.</numerusform><numerusform>إجابات لم تُحفظ بعد: %n. السبب: {why} يحتفظ بها DuoDesk في هذه النافذة ويرسلها من تلقاء نفسه كل بضع ثوانٍ؛ يختفي هذا السطر عندما تصل إلى الخادم. أبقِ هذه النافذة مفتوحة حتى ذلك الحين: إغلاقها يُضيّعها. الإجابات المحفوظة من قبل آمنة على الخادم.</numerusform><numerusform>إجابات لم تُحفظ بعد: %n. السبب: {why} يحتفظ بها DuoDesk في هذه النافذة ويرسلها من تلقاء نفسه كل بضع ثوانٍ؛ يختفي هذا السطر عندما تصل إلى الخادم. أبقِ هذه النافذة مفتوحة حتى ذلك الحين: إغلاقها يُضيّعها. الإجابات المحفوظة من قبل آمنة على الخادم.</numerusform><numerusform>إجابات لم تُحفظ بعد: %n. السبب: {why} يحتفظ بها DuoDesk في هذه النافذة ويرسلها من تلقاء نفسه كل بضع ثوانٍ؛ يختفي هذا السطر عندما تصل إلى الخادم. أبقِ هذه النافذة مفتوحة حتى ذلك الحين: إغلاقها يُضيّعها. الإجابات المحفوظة من قبل آمنة على الخادم.</numerusform><numerusform>إجابات لم تُحفظ بعد: %n. السبب: {why} يحتفظ بها DuoDesk في هذه النافذة ويرسلها من تلقاء نفسه كل بضع ثوانٍ؛ يختفي هذا السطر عندما تصل إلى الخادم. أبقِ هذه النافذة مفتوحة حتى ذلك الحين: إغلاقها يُضيّعها. الإجابات المحفوظة من قبل آمنة على الخادم.</numerusform><numerusform>إجابات لم تُحفظ بعد: %n. السبب: {why} يحتفظ بها DuoDesk في هذه النافذة ويرسلها من تلقاء نفسه كل بضع ثوانٍ؛ يختفي هذا السطر عندما تصل إلى الخادم. أبقِ هذه النافذة مفتوحة حتى ذلك الحين: إغلاقها يُضيّعها. الإجابات المحفوظة من قبل آمنة على الخادم.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n answers are not saved yet: {why} DuoDesk keeps them in this window and sends them by itself every few seconds; this line goes away once they are in the project. Keep this window open until then: closing it would lose them. Answers saved before are safe in the project.</source>
        <translation><numerusform>إجابات لم تُحفظ بعد: %n. السبب: {why} يحتفظ بها DuoDesk في هذه النافذة ويرسلها من تلقاء نفسه كل بضع ثوانٍ؛ يختفي هذا السطر عندما تصل إلى المشروع. أبقِ هذه النافذة مفتوحة حتى ذلك الحين: إغلاقها يُضيّعها. الإجابات المحفوظة من قبل آمنة في المشروع.</numerusform><numerusform>إجابات لم تُحفظ بعد: %n. السبب: {why} يحتفظ بها DuoDesk في هذه النافذة ويرسلها من تلقاء نفسه كل بضع ثوانٍ؛ يختفي هذا السطر عندما تصل إلى المشروع. أبقِ هذه النافذة مفتوحة حتى ذلك الحين: إغلاقها يُضيّعها. الإجابات المحفوظة من قبل آمنة في المشروع.</numerusform><numerusform>إجابات لم تُحفظ بعد: %n. السبب: {why} يحتفظ بها DuoDesk في هذه النافذة ويرسلها من تلقاء نفسه كل بضع ثوانٍ؛ يختفي هذا السطر عندما تصل إلى المشروع. أبقِ هذه النافذة مفتوحة حتى ذلك الحين: إغلاقها يُضيّعها. الإجابات المحفوظة من قبل آمنة في المشروع.</numerusform><numerusform>إجابات لم تُحفظ بعد: %n. السبب: {why} يحتفظ بها DuoDesk في هذه النافذة ويرسلها من تلقاء نفسه كل بضع ثوانٍ؛ يختفي هذا السطر عندما تصل إلى المشروع. أبقِ هذه النافذة مفتوحة حتى ذلك الحين: إغلاقها يُضيّعها. الإجابات المحفوظة من قبل آمنة في المشروع.</numerusform><numerusform>إجابات لم تُحفظ بعد: %n. السبب: {why} يحتفظ بها DuoDesk في هذه النافذة ويرسلها من تلقاء نفسه كل بضع ثوانٍ؛ يختفي هذا السطر عندما تصل إلى المشروع. أبقِ هذه النافذة مفتوحة حتى ذلك الحين: إغلاقها يُضيّعها. الإجابات المحفوظة من قبل آمنة في المشروع.</numerusform><numerusform>إجابات لم تُحفظ بعد: %n. السبب: {why} يحتفظ بها DuoDesk في هذه النافذة ويرسلها من تلقاء نفسه كل بضع ثوانٍ؛ يختفي هذا السطر عندما تصل إلى المشروع. أبقِ هذه النافذة مفتوحة حتى ذلك الحين: إغلاقها يُضيّعها. الإجابات المحفوظة من قبل آمنة في المشروع.</numerusform></translation>
    </message>
    <message>
        <source>{name} (worked out)</source>
        <translation>{name} (محسوب)</translation>
    </message>
    <message>
        <source>(not asked, skipped)</source>
        <translation>(لم يُطرح، تم تخطيه)</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(لا توجد إجابة)</translation>
    </message>
</context>
<context>
    <name>InterviewsWindow</name>
    <message>
        <source>All interviews</source>
        <translation>كل المقابلات</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>المنتهية</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>غير المنتهية</translation>
    </message>
    <message>
        <source>Deleted (can be restored)</source>
        <translation>المحذوفة (يمكن استرجاعها)</translation>
    </message>
    <message>
        <source>Interviews: {title} – DuoDesk</source>
        <translation>المقابلات: {title} – DuoDesk</translation>
    </message>
    <message>
        <source>Interviews – DuoDesk</source>
        <translation>المقابلات – DuoDesk</translation>
    </message>
    <message>
        <source>Interviews of “{title}”</source>
        <translation>مقابلات «{title}»</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>المقابلات</translation>
    </message>
    <message>
        <source>Search by site, interviewer or date (2024-07)</source>
        <translation>ابحث بالمكان أو المحاور أو التاريخ (2024-07)</translation>
    </message>
    <message>
        <source>Search interviews</source>
        <translation>البحث في المقابلات</translation>
    </message>
    <message>
        <source>Which interviews to show</source>
        <translation>أي المقابلات تُعرض</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;بحث:</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;عرض:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Open to read or correct…</source>
        <translation>فتح للقراءة أو التصحيح…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Delete the chosen interviews</source>
        <translation>حذف المقابلات المختارة</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استرجاع</translation>
    </message>
    <message>
        <source>Restore the chosen deleted interviews</source>
        <translation>استرجاع المقابلات المحذوفة المختارة</translation>
    </message>
    <message>
        <source>Remove deleted interviews for good…</source>
        <translation>مسح المقابلات المحذوفة نهائيًا…</translation>
    </message>
    <message>
        <source>No interviews match.</source>
        <translation>لا توجد مقابلات مطابقة.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln interviews</source>
        <translation>
            <numerusform>مقابلات: %Ln</numerusform>
            <numerusform>مقابلات: %Ln</numerusform>
            <numerusform>مقابلات: %Ln</numerusform>
            <numerusform>مقابلات: %Ln</numerusform>
            <numerusform>مقابلات: %Ln</numerusform>
            <numerusform>مقابلات: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>(showing {shown}; scroll down for more)</source>
        <translation>(المعروض {shown}؛ مرّر إلى الأسفل لرؤية المزيد)</translation>
    </message>
    <message>
        <source>The interviews could not be read: the team's server cannot be reached just now. Close this window and open it again later.</source>
        <translation>تعذّرت قراءة المقابلات: لا يمكن الوصول إلى خادم الفريق الآن. أغلق هذه النافذة وافتحها مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>The interviews could not be read: {error}</source>
        <translation>تعذرت قراءة المقابلات: {error}</translation>
    </message>
    <message>
        <source>Delete interviews?</source>
        <translation>حذف المقابلات؟</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n interviews? They move to the deleted interviews (choose “Deleted” under Show) and can be restored until they are removed for good.</source>
        <translation><numerusform>حذف المقابلات المختارة؟ تنتقل إلى المقابلات المحذوفة (اختر «المحذوفة» في عرض) ويمكن استرجاعها ما لم تُمسح نهائيًا.</numerusform><numerusform>حذف هذه المقابلة؟ تنتقل إلى المقابلات المحذوفة (اختر «المحذوفة» في عرض) ويمكن استرجاعها ما لم تُمسح نهائيًا.</numerusform><numerusform>حذف هاتين المقابلتين؟ تنتقلان إلى المقابلات المحذوفة (اختر «المحذوفة» في عرض) ويمكن استرجاعهما ما لم تُمسحا نهائيًا.</numerusform><numerusform>حذف هذه المقابلات (%n)؟ تنتقل إلى المقابلات المحذوفة (اختر «المحذوفة» في عرض) ويمكن استرجاعها ما لم تُمسح نهائيًا.</numerusform><numerusform>حذف هذه المقابلات (%n)؟ تنتقل إلى المقابلات المحذوفة (اختر «المحذوفة» في عرض) ويمكن استرجاعها ما لم تُمسح نهائيًا.</numerusform><numerusform>حذف هذه المقابلات (%n)؟ تنتقل إلى المقابلات المحذوفة (اختر «المحذوفة» في عرض) ويمكن استرجاعها ما لم تُمسح نهائيًا.</numerusform></translation>
    </message>
    <message>
        <source>Remove deleted interviews for good?</source>
        <translation>مسح المقابلات المحذوفة نهائيًا؟</translation>
    </message>
    <message>
        <source>change the interviews</source>
        <translation>تغيير المقابلات</translation>
    </message>
    <message>
        <source>the backup files (ending in “.backup”) beside the project in {folder}</source>
        <translation>ملفات النسخ الاحتياطية (التي تنتهي بـ «.backup») بجانب المشروع في {folder}</translation>
    </message>
    <message>
        <source>the server's backups</source>
        <translation>النسخ الاحتياطية على الخادم</translation>
    </message>
    <message>
        <source>Every deleted interview and its answers will be removed from the project. Copies stay in {where}, including one made just before, until newer backups replace them; delete those files too if the interviews must be gone everywhere now.</source>
        <translation>ستُمسح كل مقابلة محذوفة وإجاباتها من المشروع. تبقى نسخ في {where}، ومنها نسخة أُخذت قبل ذلك مباشرة، حتى تحل محلها نسخ أحدث؛ احذف تلك الملفات أيضًا إن كان يجب أن تختفي المقابلات من كل مكان الآن.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Lan&amp;guage</source>
        <extracomment>The laptop setting saying the first-start question about the language was answered. The locale of a language whose own default writes numbers unlike DuoDesk's sentences: Qt's Arabic is Egypt's, with Arabic-Indic digits, while the sentences (``i18n.number``) and the results' tables write 0-9; the Emirates' Arabic writes 0-9, with the same separators and month names, so one screen never mixes the two kinds of digits.</extracomment>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>DuoDesk will speak {language} the next time it starts.</source>
        <translation>سيعمل DuoDesk باللغة {language} في المرة القادمة التي يبدأ فيها.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Finishing saving… DuoDesk closes by itself as soon as it is done.</source>
        <translation>جارٍ إنهاء الحفظ… سيُغلق DuoDesk من تلقاء نفسه فور الانتهاء.</translation>
    </message>
    <message>
        <source>Saving is taking longer than it should. Wait, or close the window again to close DuoDesk anyway: anything not saved by then is not kept, and its window said so.</source>
        <translation>الحفظ يستغرق وقتًا أطول من المعتاد. انتظر، أو أغلق النافذة مرة أخرى لإغلاق DuoDesk على أي حال: ما لم يُحفظ حتى ذلك الحين لن يُحتفظ به، وقد قالت نافذته ذلك.</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>الاستبيانات</translation>
    </message>
    <message>
        <source>Questionnaires in this project</source>
        <translation>الاستبيانات في هذا المشروع</translation>
    </message>
    <message>
        <source>There are no questionnaires in this project yet. Add one from a file (an XLSForm made in DuoDesk, ODK or KoboToolbox).</source>
        <translation>لا توجد استبيانات في هذا المشروع بعد. أضف استبيانًا من ملف (XLSForm مُعدّ في DuoDesk أو ODK أو KoboToolbox).</translation>
    </message>
    <message>
        <source>Add a questionnaire from a file…</source>
        <translation>إضافة استبيان من ملف…</translation>
    </message>
    <message>
        <source>Add a questionnaire from a file</source>
        <translation>إضافة استبيان من ملف</translation>
    </message>
    <message>
        <source>With the chosen questionnaire:</source>
        <translation>مع الاستبيان المختار:</translation>
    </message>
    <message>
        <source>Results…</source>
        <translation>النتائج…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>New questionnaire…</source>
        <translation>استبيان جديد…</translation>
    </message>
    <message>
        <source>Make a new questionnaire</source>
        <translation>إعداد استبيان جديد</translation>
    </message>
    <message>
        <source>What DuoDesk is doing</source>
        <translation>ما يفعله DuoDesk</translation>
    </message>
    <message>
        <source>Reading the questionnaire file</source>
        <translation>قراءة ملف الاستبيان</translation>
    </message>
    <message>
        <source>Opening the project…</source>
        <translation>جارٍ فتح المشروع…</translation>
    </message>
    <message>
        <source>Project: {project} ({protection})</source>
        <translation>المشروع: {project} ({protection})</translation>
    </message>
    <message>
        <source>Keep the examples</source>
        <translation>الاحتفاظ بالأمثلة</translation>
    </message>
    <message>
        <source>Remove the examples</source>
        <translation>إزالة الأمثلة</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to DuoDesk.&lt;/b&gt; Three example questionnaires are ready for you to try: a hepatitis C peer survey, a survey of barriers to training and employment, and a profile of a drug user organisation. Keep them to practise with, or remove them if this project is for your own survey only.</source>
        <translation>&lt;b&gt;مرحبًا بك في DuoDesk.&lt;/b&gt; ثلاثة استبيانات أمثلة جاهزة لتجربتها: مسح بين الأقران عن التهاب الكبد C، ومسح عن عوائق التدريب والعمل، وملف تعريفي لمنظمة لمتعاطي المخدرات. احتفظ بها للتدرّب، أو أزلها إن كان هذا المشروع لمسحك الخاص فقط.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to DuoDesk.&lt;/b&gt; Three example questionnaires to try.</source>
        <translation>&lt;b&gt;مرحبًا بك في DuoDesk.&lt;/b&gt; ثلاثة استبيانات أمثلة لتجربتها.</translation>
    </message>
    <message>
        <source>“{title}” has every file it needs.</source>
        <translation>لدى «{title}» كل الملفات التي يحتاجها.</translation>
    </message>
    <message>
        <source>Waiting for another program to finish saving to the project. What you do here is kept.</source>
        <translation>في انتظار أن ينهي برنامج آخر الحفظ في المشروع. ما تفعله هنا محفوظ.</translation>
    </message>
    <message>
        <source>DuoDesk stopped waiting for the project. What could not be saved is kept in its window and tried again.</source>
        <translation>توقف DuoDesk عن انتظار المشروع. ما تعذّر حفظه باقٍ في نافذته وستُعاد محاولة حفظه.</translation>
    </message>
    <message>
        <source>The project is free again.</source>
        <translation>المشروع متاح من جديد.</translation>
    </message>
    <message>
        <source>DuoDesk could not read something from the project. {details}</source>
        <translation>تعذّر على DuoDesk قراءة شيء من المشروع. {details}</translation>
    </message>
    <message>
        <source>Add a questionnaire</source>
        <translation>إضافة استبيان</translation>
    </message>
    <message>
        <source>XLSForm workbooks (*.xlsx *.xls)</source>
        <translation>مصنفات XLSForm (*.xlsx *.xls)</translation>
    </message>
    <message>
        <source>Reading “{file}”… A large file can take a minute.</source>
        <translation>جارٍ قراءة «{file}»… قد يستغرق الملف الكبير دقيقة.</translation>
    </message>
    <message>
        <source>“{title}” was changed. Interviews already entered keep the questionnaire they were entered with; new interviews use version {version}.</source>
        <translation>تغيّر «{title}». المقابلات المُدخلة من قبل تحتفظ بالاستبيان الذي أُدخلت به؛ والمقابلات الجديدة تستخدم النسخة {version}.</translation>
    </message>
    <message>
        <source>“{title}” was added.</source>
        <translation>أُضيف «{title}».</translation>
    </message>
    <message>
        <source>“{title}” is already in this project, unchanged.</source>
        <translation>«{title}» موجود في هذا المشروع من قبل، دون تغيير.</translation>
    </message>
    <message>
        <source>A file of “{title}” lacks a column</source>
        <translation>ينقص عمودٌ في أحد ملفات «{title}»</translation>
    </message>
    <message>
        <source>{files} added to “{title}”.</source>
        <translation>أُضيف {files} إلى «{title}».</translation>
    </message>
    <message>
        <source>It still needs {files}.</source>
        <translation>لا يزال يحتاج إلى {files}.</translation>
    </message>
    <message>
        <source>This file cannot be used</source>
        <translation>لا يمكن استخدام هذا الملف</translation>
    </message>
    <message>
        <source>Some examples were kept</source>
        <translation>تم الاحتفاظ ببعض الأمثلة</translation>
    </message>
    <message>
        <source>Interviews were entered with these examples, so they were kept: {titles}</source>
        <translation>أُدخلت مقابلات بهذه الأمثلة، لذا تم الاحتفاظ بها: {titles}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Add a questionnaire from a file…</source>
        <translation>إ&amp;ضافة استبيان من ملف…</translation>
    </message>
    <message>
        <source>&amp;New questionnaire…</source>
        <translation>استبيان &amp;جديد…</translation>
    </message>
    <message>
        <source>Add the &amp;example questionnaires</source>
        <translation>إضافة استبيانات الأ&amp;مثلة</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>نص أ&amp;كبر</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>نص أ&amp;صغر</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>حجم النص ال&amp;عادي</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;How to…</source>
        <translation>&amp;كيف…</translation>
    </message>
    <message>
        <source>How to &amp;do…</source>
        <translation>كيف أ&amp;فعل…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات لوحة ال&amp;مفاتيح</translation>
    </message>
    <message>
        <source>Start an interview…</source>
        <translation>بدء مقابلة…</translation>
    </message>
    <message>
        <source>Start an interview with the chosen questionnaire</source>
        <translation>بدء مقابلة بالاستبيان المختار</translation>
    </message>
    <message>
        <source>Interviews…</source>
        <translation>المقابلات…</translation>
    </message>
    <message>
        <source>List the chosen questionnaire's interviews, to read or correct</source>
        <translation>عرض مقابلات الاستبيان المختار، للقراءة أو التصحيح</translation>
    </message>
    <message>
        <source>Add interviews from a file…</source>
        <translation>إضافة مقابلات من ملف…</translation>
    </message>
    <message>
        <source>Add interviews collected elsewhere (ODK, KoboToolbox, another laptop's DuoDesk) to the chosen questionnaire</source>
        <translation>إضافة مقابلات جُمعت في مكان آخر (ODK أو KoboToolbox أو DuoDesk على حاسوب آخر) إلى الاستبيان المختار</translation>
    </message>
    <message>
        <source>See the chosen questionnaire's results: tables and charts</source>
        <translation>عرض نتائج الاستبيان المختار: جداول ورسوم بيانية</translation>
    </message>
    <message>
        <source>Themes…</source>
        <translation>المواضيع…</translation>
    </message>
    <message>
        <source>Code the chosen questionnaire's written answers into themes</source>
        <translation>تصنيف الإجابات المكتوبة للاستبيان المختار في مواضيع</translation>
    </message>
    <message>
        <source>Paper datasheets…</source>
        <translation>الاستمارات الورقية…</translation>
    </message>
    <message>
        <source>Compare and resolve the chosen questionnaire's paper datasheets typed in twice</source>
        <translation>مقارنة وتسوية الاستمارات الورقية للاستبيان المختار المُدخلة مرتين</translation>
    </message>
    <message>
        <source>Export the chosen questionnaire's interviews for the health board</source>
        <translation>تصدير مقابلات الاستبيان المختار للجهة الصحية</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>Change the chosen questionnaire in the designer</source>
        <translation>تغيير الاستبيان المختار في المحرر</translation>
    </message>
    <message>
        <source>Add a file it needs…</source>
        <translation>إضافة ملف يحتاجه…</translation>
    </message>
    <message>
        <source>Add a file of answer options or data that the chosen questionnaire was added without</source>
        <translation>إضافة ملف خيارات إجابة أو بيانات أُضيف الاستبيان المختار بدونه</translation>
    </message>
    <message>
        <source>New questionnaire</source>
        <translation>استبيان جديد</translation>
    </message>
    <message>
        <source>How to… (this guide)</source>
        <translation>كيف… (هذا الدليل)</translation>
    </message>
    <message>
        <source>Larger text / smaller text / normal text</source>
        <translation>نص أكبر / نص أصغر / نص عادي</translation>
    </message>
    <message>
        <source>Move between the list and the buttons</source>
        <translation>التنقل بين القائمة والأزرار</translation>
    </message>
    <message>
        <source>Start an interview with the questionnaire in the list</source>
        <translation>بدء مقابلة بالاستبيان الموجود في القائمة</translation>
    </message>
    <message>
        <source>In an interview: choose an answer</source>
        <translation>في المقابلة: اختيار إجابة</translation>
    </message>
    <message>
        <source>1 to 9</source>
        <translation>1 إلى 9</translation>
    </message>
    <message>
        <source>In an interview: next question</source>
        <translation>في المقابلة: السؤال التالي</translation>
    </message>
    <message>
        <source>In an interview: previous question</source>
        <translation>في المقابلة: السؤال السابق</translation>
    </message>
    <message>
        <source>In the list of interviews: open the chosen one</source>
        <translation>في قائمة المقابلات: فتح المختارة</translation>
    </message>
    <message>
        <source>In the list's search box: go to the list / open the first found</source>
        <translation>في خانة البحث: الانتقال إلى القائمة / فتح أول نتيجة</translation>
    </message>
    <message>
        <source>In the designer: bring in an XLSForm / save as an XLSForm</source>
        <translation>في المصمّم: جلب ملف XLSForm / الحفظ كملف XLSForm</translation>
    </message>
    <message>
        <source>Close a window (an interview keeps every answer)</source>
        <translation>إغلاق نافذة (المقابلة تحتفظ بكل الإجابات)</translation>
    </message>
    <message>
        <source>Close a dialog, Results, Export or the list of interviews</source>
        <translation>إغلاق مربع حوار أو النتائج أو التصدير أو قائمة المقابلات</translation>
    </message>
    <message>
        <source>Add an XLSForm made in DuoDesk, ODK or KoboToolbox (Ctrl+O)</source>
        <translation>إضافة XLSForm مُعدّ في DuoDesk أو ODK أو KoboToolbox (Ctrl+O)</translation>
    </message>
    <message>
        <source>Make a new questionnaire in the designer (Ctrl+N)</source>
        <translation>إعداد استبيان جديد في المحرر (Ctrl+N)</translation>
    </message>
    <message>
        <source>Keep the three example questionnaires to practise with</source>
        <translation>الاحتفاظ باستبيانات الأمثلة الثلاثة للتدرّب</translation>
    </message>
    <message>
        <source>Remove the example questionnaires from this project</source>
        <translation>إزالة استبيانات الأمثلة من هذا المشروع</translation>
    </message>
    <message>
        <source>Resume or discard…</source>
        <translation>متابعة أو حذف…</translation>
    </message>
    <message>
        <source>Carry on with an unfinished interview, or throw one away</source>
        <translation>متابعة مقابلة غير منتهية، أو حذفها</translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation>الا&amp;ستبيان</translation>
    </message>
</context>
<context>
    <name>MissingFiles</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation><numerusform>…</numerusform><numerusform>… وسؤال آخر</numerusform><numerusform>… وسؤالان آخران</numerusform><numerusform>… و%n أسئلة أخرى</numerusform><numerusform>… و%n سؤالًا آخر</numerusform><numerusform>… و%n سؤال آخر</numerusform></translation>
    </message>
    <message>
        <source>“{title}” takes answer options or data from {files}, which was not with it. Until it is added, these questions cannot be answered:</source>
        <translation>يأخذ «{title}» خيارات الإجابة أو البيانات من {files}، الذي لم يكن معه. إلى أن يُضاف، لا يمكن الإجابة على هذه الأسئلة:</translation>
    </message>
    <message>
        <source>“{title}” takes answer options or data from {files}, which were not with it. Until they are added, these questions cannot be answered:</source>
        <translation>يأخذ «{title}» خيارات الإجابة أو البيانات من {files}، التي لم تكن معه. إلى أن تُضاف، لا يمكن الإجابة على هذه الأسئلة:</translation>
    </message>
    <message>
        <source>Press Open to choose the file now, or Start without to begin the interview without these questions.</source>
        <translation>اضغط «فتح» لاختيار الملف الآن، أو «البدء دونها» لبدء المقابلة دون هذه الأسئلة.</translation>
    </message>
    <message>
        <source>Press Open to choose the files now, or Start without to begin the interview without these questions.</source>
        <translation>اضغط «فتح» لاختيار الملفات الآن، أو «البدء دونها» لبدء المقابلة دون هذه الأسئلة.</translation>
    </message>
    <message>
        <source>Press Open to choose the file now, or Later: DuoDesk asks again each time an interview starts.</source>
        <translation>اضغط «فتح» لاختيار الملف الآن، أو «لاحقًا»: يسأل DuoDesk مرة أخرى كلما بدأت مقابلة.</translation>
    </message>
    <message>
        <source>Press Open to choose the files now, or Later: DuoDesk asks again each time an interview starts.</source>
        <translation>اضغط «فتح» لاختيار الملفات الآن، أو «لاحقًا»: يسأل DuoDesk مرة أخرى كلما بدأت مقابلة.</translation>
    </message>
    <message>
        <source>“{title}” takes answer options or data from {files}, which was with it but empty. Until a filled-in copy is added, these questions cannot be answered:</source>
        <translation>يأخذ «{title}» خيارات الإجابة أو البيانات من {files}، الذي كان معه لكنه فارغ. إلى أن تُضاف نسخة مملوءة، لا يمكن الإجابة على هذه الأسئلة:</translation>
    </message>
    <message>
        <source>“{title}” takes answer options or data from {files}, which were with it but empty. Until filled-in copies are added, these questions cannot be answered:</source>
        <translation>يأخذ «{title}» خيارات الإجابة أو البيانات من {files}، التي كانت معه لكنها فارغة. إلى أن تُضاف نسخ مملوءة، لا يمكن الإجابة على هذه الأسئلة:</translation>
    </message>
    <message>
        <source>“{title}” takes answer options or data from {files}. {empty} came with it but empty; the others were not with it. Until they are added, these questions cannot be answered:</source>
        <translation>يأخذ «{title}» خيارات الإجابة أو البيانات من {files}. كانت معه لكنها فارغة: {empty}؛ والباقي لم يكن معه. إلى أن تُضاف، لا يمكن الإجابة على هذه الأسئلة:</translation>
    </message>
    <message>
        <source>A file is missing</source>
        <translation>ملف ناقص</translation>
    </message>
    <message>
        <source>Some files are missing</source>
        <translation>بعض الملفات ناقصة</translation>
    </message>
    <message>
        <source>Start without</source>
        <translation>البدء دونها</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>لاحقًا</translation>
    </message>
    <message>
        <source>Choose {names}</source>
        <translation>اختر {names}</translation>
    </message>
    <message>
        <source>Answer options and data (*.csv *.xml *.geojson)</source>
        <translation>خيارات الإجابة والبيانات (*.csv *.xml *.geojson)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <source>◀  Back</source>
        <translation>▶  رجوع</translation>
    </message>
    <message>
        <source>Back to the previous question</source>
        <translation>العودة إلى السؤال السابق</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+يسار</translation>
    </message>
    <message>
        <source>Next  ▶</source>
        <translation>التالي  ◀</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>السؤال التالي</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>تخطٍّ مؤقت</translation>
    </message>
    <message>
        <source>Skip this question for now; nothing is recorded and it is listed at the end</source>
        <translation>تخطي هذا السؤال مؤقتًا؛ لا يُسجَّل شيء ويُذكَّر به في النهاية</translation>
    </message>
    <message>
        <source>Go on without an answer. Nothing is recorded for this question, and it is listed again when the interview is finished.</source>
        <translation>المتابعة دون إجابة. لا يُسجَّل شيء لهذا السؤال، ويُذكَّر به مرة أخرى عند إنهاء المقابلة.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Question {number} · the last one</source>
        <translation>السؤال {number} · الأخير</translation>
    </message>
    <message numerus="yes">
        <source>Question {number} · %n more to go</source>
        <translation><numerusform>السؤال {number} · المتبقي: %n</numerusform><numerusform>السؤال {number} · المتبقي: %n</numerusform><numerusform>السؤال {number} · المتبقي: %n</numerusform><numerusform>السؤال {number} · المتبقي: %n</numerusform><numerusform>السؤال {number} · المتبقي: %n</numerusform><numerusform>السؤال {number} · المتبقي: %n</numerusform></translation>
    </message>
</context>
<context>
    <name>ProjectOpening</name>
    <message>
        <source>Password for the shared project</source>
        <translation>كلمة مرور المشروع المشترك</translation>
    </message>
    <message>
        <source>This project is locked</source>
        <translation>هذا المشروع مقفل</translation>
    </message>
    <message>
        <source>{reason}

Passphrase:</source>
        <translation>{reason}

عبارة المرور:</translation>
    </message>
    <message>
        <source>The passphrase was not right. DuoDesk will close.</source>
        <translation>عبارة المرور غير صحيحة. سيُغلق DuoDesk.</translation>
    </message>
    <message>
        <source>DuoDesk cannot open the project</source>
        <translation>لا يستطيع DuoDesk فتح المشروع</translation>
    </message>
    <message>
        <source>open the project</source>
        <translation>فتح المشروع</translation>
    </message>
    <message>
        <source>The server cannot be reached</source>
        <translation>لا يمكن الوصول إلى الخادم</translation>
    </message>
    <message>
        <source>You can go on interviewing on this laptop: the interviews are kept here, locked, and DuoDesk offers to send them to the server once it answers again.</source>
        <translation>يمكنك مواصلة المقابلات على هذا الحاسوب المحمول: تُحفظ المقابلات هنا، مقفلة، ويعرض DuoDesk إرسالها إلى الخادم حالما يردّ من جديد.</translation>
    </message>
    <message>
        <source>Interview on this laptop</source>
        <translation>المقابلة على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Close DuoDesk</source>
        <translation>إغلاق DuoDesk</translation>
    </message>
    <message>
        <source>That password was not right (or the user name is not known there). Type it again.</source>
        <translation>كلمة المرور هذه غير صحيحة (أو اسم المستخدم غير معروف هناك). اكتبها مرة أخرى.</translation>
    </message>
    <message>
        <source>The shared project on this computer needs the password of the user “{user}”.</source>
        <translation>يحتاج المشروع المشترك على هذا الحاسوب إلى كلمة مرور المستخدم «{user}».</translation>
    </message>
    <message>
        <source>The shared project on this computer needs the password of the user.</source>
        <translation>يحتاج المشروع المشترك على هذا الحاسوب إلى كلمة مرور المستخدم.</translation>
    </message>
    <message>
        <source>The shared project on {host} needs the password of the user “{user}”.</source>
        <translation>يحتاج المشروع المشترك على {host} إلى كلمة مرور المستخدم «{user}».</translation>
    </message>
    <message>
        <source>The shared project on {host} needs the password of the user.</source>
        <translation>يحتاج المشروع المشترك على {host} إلى كلمة مرور المستخدم.</translation>
    </message>
    <message>
        <source>{first}

DuoDesk keeps the password only while the project is open.

Password:</source>
        <translation>{first}

يحتفظ DuoDesk بكلمة المرور فقط ما دام المشروع مفتوحًا.

كلمة المرور:</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <source>Type a whole number</source>
        <translation>اكتب عددًا صحيحًا</translation>
    </message>
    <message>
        <source>Type a number</source>
        <translation>اكتب رقمًا</translation>
    </message>
    <message>
        <source>Type a date like 25/12/2024, or choose it on the calendar</source>
        <translation>اكتب تاريخًا مثل 25/12/2024، أو اختره من التقويم</translation>
    </message>
    <message>
        <source>Type a time like 14:30</source>
        <translation>اكتب وقتًا مثل 14:30</translation>
    </message>
    <message>
        <source>Type a date and time like 2024-12-25 14:30</source>
        <translation>اكتب تاريخًا ووقتًا مثل 2024-12-25 14:30</translation>
    </message>
    <message>
        <source>Type the code</source>
        <translation>اكتب الرمز</translation>
    </message>
    <message>
        <source>Day/month/year, like 25/12/2024</source>
        <translation>يوم/شهر/سنة، مثل 25/12/2024</translation>
    </message>
    <message>
        <source>Like 2024-12-25 14:30</source>
        <translation>مثل 2024-12-25 14:30</translation>
    </message>
    <message>
        <source>Recorded (hidden)</source>
        <translation>مُسجَّل (مخفي)</translation>
    </message>
    <message>
        <source>{question} (answer needed)</source>
        <translation>{question} (الإجابة مطلوبة)</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>التقويم…</translation>
    </message>
    <message>
        <source>Choose the date on a calendar</source>
        <translation>اختيار التاريخ من التقويم</translation>
    </message>
    <message>
        <source>Choose a date</source>
        <translation>اختر تاريخًا</translation>
    </message>
    <message>
        <source>Use this date</source>
        <translation>استخدام هذا التاريخ</translation>
    </message>
    <message>
        <source>Options after 9: press the ↓ arrow key, then Space to tick one.</source>
        <translation>الخيارات بعد 9: اضغط مفتاح السهم ↓، ثم مفتاح المسافة لتحديد خيار.</translation>
    </message>
    <message>
        <source>Options after 9: press the ↓ arrow key, then Space to choose one.</source>
        <translation>الخيارات بعد 9: اضغط مفتاح السهم ↓، ثم مفتاح المسافة لاختيار خيار.</translation>
    </message>
    <message>
        <source>Clear this answer</source>
        <translation>مسح هذه الإجابة</translation>
    </message>
    <message>
        <source>Clear the answer to {question}</source>
        <translation>مسح الإجابة عن {question}</translation>
    </message>
    <message>
        <source>Type part of the name</source>
        <translation>اكتب جزءًا من الاسم</translation>
    </message>
    <message>
        <source>(choose one)</source>
        <translation>(اختر واحدًا)</translation>
    </message>
</context>
<context>
    <name>QuestionWidgets</name>
    <message>
        <source>not a real date</source>
        <translation>ليس تاريخًا حقيقيًا</translation>
    </message>
    <message>
        <source>This question cannot be answered yet: its answer options come from {files}, which was not added with the questionnaire.</source>
        <translation>لا يمكن الإجابة على هذا السؤال بعد: تأتي خيارات إجابته من {files}، الذي لم يُضف مع الاستبيان.</translation>
    </message>
    <message>
        <source>This question cannot be answered yet: its answer options come from {files}, which were not added with the questionnaire.</source>
        <translation>لا يمكن الإجابة على هذا السؤال بعد: تأتي خيارات إجابته من {files}، التي لم تُضف مع الاستبيان.</translation>
    </message>
    <message>
        <source>This question cannot be answered yet: it uses data from {files}, which was not added with the questionnaire.</source>
        <translation>لا يمكن الإجابة على هذا السؤال بعد: يستخدم بيانات من {files}، الذي لم يُضف مع الاستبيان.</translation>
    </message>
    <message>
        <source>This question cannot be answered yet: it uses data from {files}, which were not added with the questionnaire.</source>
        <translation>لا يمكن الإجابة على هذا السؤال بعد: يستخدم بيانات من {files}، التي لم تُضف مع الاستبيان.</translation>
    </message>
    <message>
        <source>Skip it for now. Once the file is added (DuoDesk asks for it when an interview starts), this interview can be opened again to answer it.</source>
        <translation>تخطَّه الآن. بعد إضافة الملف (يطلبه DuoDesk عند بدء مقابلة)، يمكن فتح هذه المقابلة مرة أخرى للإجابة عليه.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireTable</name>
    <message>
        <source>Questionnaire</source>
        <translation>الاستبيان</translation>
    </message>
    <message>
        <source>Name in files</source>
        <translation>الاسم في الملفات</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>النسخ</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>المنتهية</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>غير المنتهية</translation>
    </message>
    <message>
        <source>The questionnaire's name in the data files and in commands (form_id)</source>
        <translation>اسم الاستبيان في ملفات البيانات وفي الأوامر (form_id)</translation>
    </message>
    <message>
        <source>How many versions of the questionnaire the project keeps</source>
        <translation>عدد نسخ الاستبيان التي يحتفظ بها المشروع</translation>
    </message>
    <message>
        <source>Finished interviews</source>
        <translation>المقابلات المنتهية</translation>
    </message>
    <message>
        <source>Unfinished interviews (drafts)</source>
        <translation>المقابلات غير المنتهية (مسودات)</translation>
    </message>
</context>
<context>
    <name>RepeatPages</name>
    <message>
        <source>Remove {what}</source>
        <translation>إزالة {what}</translation>
    </message>
    <message>
        <source>2   No more</source>
        <translation>2   لا يوجد المزيد</translation>
    </message>
    <message>
        <source>{repeat}: {number} of {total}</source>
        <translation>{repeat}: {number} من {total}</translation>
    </message>
    <message>
        <source>Remove this one…</source>
        <translation>إزالة هذا…</translation>
    </message>
    <message>
        <source>{repeat}: add another one?</source>
        <translation>{repeat}: هل تضيف واحدًا آخر؟</translation>
    </message>
    <message>
        <source>{repeat}: is there one to add?</source>
        <translation>{repeat}: هل هناك ما يُضاف؟</translation>
    </message>
    <message numerus="yes">
        <source>{repeat}: %n recorded so far.</source>
        <translation><numerusform>{repeat}: المسجَّل حتى الآن: %n.</numerusform><numerusform>{repeat}: المسجَّل حتى الآن: %n.</numerusform><numerusform>{repeat}: المسجَّل حتى الآن: %n.</numerusform><numerusform>{repeat}: المسجَّل حتى الآن: %n.</numerusform><numerusform>{repeat}: المسجَّل حتى الآن: %n.</numerusform><numerusform>{repeat}: المسجَّل حتى الآن: %n.</numerusform></translation>
    </message>
    <message>
        <source>{repeat}: none recorded yet.</source>
        <translation>{repeat}: لم يُسجَّل شيء بعد.</translation>
    </message>
    <message>
        <source>1   Add another one</source>
        <translation>1   إضافة واحد آخر</translation>
    </message>
    <message>
        <source>1   Add one</source>
        <translation>1   إضافة واحد</translation>
    </message>
    <message>
        <source>Remove number {number} ({repeat})</source>
        <translation>إزالة الرقم {number} ({repeat})</translation>
    </message>
    <message>
        <source>Remove number {number} ({repeat}) and all its answers?</source>
        <translation>إزالة الرقم {number} ({repeat}) وكل إجاباته؟</translation>
    </message>
    <message>
        <source>The ones after it move up by one.</source>
        <translation>ما بعده يتقدم مرتبة واحدة.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>الإبقاء عليه</translation>
    </message>
    <message>
        <source>Number {number} ({repeat}) was removed.</source>
        <translation>أُزيل الرقم {number} ({repeat}).</translation>
    </message>
</context>
<context>
    <name>ServerAway</name>
    <message>
        <source>You can go on interviewing on this laptop: the interviews are kept here, locked, and DuoDesk offers to send them to the server once it answers again.</source>
        <translation>يمكنك مواصلة المقابلات على هذا الحاسوب المحمول: تُحفظ المقابلات هنا، مقفلة، ويعرض DuoDesk إرسالها إلى الخادم حالما يردّ من جديد.</translation>
    </message>
    <message>
        <source>The server cannot be reached (it may be stopped, or this laptop may have lost the network).</source>
        <translation>لا يمكن الوصول إلى الخادم (ربما توقف، أو ربما فقد هذا الحاسوب المحمول الاتصال بالشبكة).</translation>
    </message>
    <message>
        <source>What the server said: {error}</source>
        <translation>ما قاله الخادم: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n interviews entered on this laptop wait to be sent to the server</source>
        <translation><numerusform>لا توجد مقابلات مُدخلة على هذا الحاسوب تنتظر الإرسال إلى الخادم</numerusform><numerusform>مقابلة واحدة مُدخلة على هذا الحاسوب تنتظر الإرسال إلى الخادم</numerusform><numerusform>مقابلتان مُدخلتان على هذا الحاسوب تنتظران الإرسال إلى الخادم</numerusform><numerusform>%n مقابلات مُدخلة على هذا الحاسوب تنتظر الإرسال إلى الخادم</numerusform><numerusform>%n مقابلةً مُدخلة على هذا الحاسوب تنتظر الإرسال إلى الخادم</numerusform><numerusform>%n مقابلة مُدخلة على هذا الحاسوب تنتظر الإرسال إلى الخادم</numerusform></translation>
    </message>
    <message>
        <source>The shared server</source>
        <translation>الخادم المشترك</translation>
    </message>
    <message>
        <source>Interview on this laptop</source>
        <translation>المقابلة على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Go on interviewing without the server: the interviews are kept on this laptop, locked, and sent to the server when it answers again</source>
        <translation>مواصلة المقابلات دون الخادم: تُحفظ المقابلات على هذا الحاسوب، مقفلة، وتُرسل إلى الخادم عندما يردّ من جديد</translation>
    </message>
    <message>
        <source>Send them to the server</source>
        <translation>إرسالها إلى الخادم</translation>
    </message>
    <message>
        <source>Send the finished interviews entered on this laptop to the server; they leave the laptop once the server has them</source>
        <translation>إرسال المقابلات المكتملة المُدخلة على هذا الحاسوب إلى الخادم؛ تُزال من الحاسوب حالما يستلمها الخادم</translation>
    </message>
    <message>
        <source>Try the server now</source>
        <translation>تجربة الخادم الآن</translation>
    </message>
    <message>
        <source>See now whether the server answers again</source>
        <translation>معرفة الآن ما إذا كان الخادم يردّ من جديد</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Hide this line</source>
        <translation>إخفاء هذا السطر</translation>
    </message>
    <message>
        <source>Interviews entered on this laptop earlier have not been sent yet.</source>
        <translation>لم تُرسل بعد مقابلات أُدخلت سابقًا على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>The server has not answered for {seconds} seconds. DuoDesk keeps waiting for it, for up to {longest} seconds; what you entered stays in its window.</source>
        <translation>لم يردّ الخادم منذ {seconds} ثانية. يواصل DuoDesk انتظاره حتى {longest} ثانية؛ ما أدخلته يبقى في نافذته.</translation>
    </message>
    <message>
        <source>Interviews cannot be entered on this laptop meanwhile: the server's questionnaires were never copied to it.</source>
        <translation>لا يمكن إدخال مقابلات على هذا الحاسوب في الأثناء: لم تُنسخ استبيانات الخادم إليه قط.</translation>
    </message>
    <message>
        <source>Interviews cannot be entered on this laptop meanwhile: it does not have the team's participant-code key, so the server's questionnaires could not be copied to it. Read a team transfer file made on a laptop of the team (it carries the key) while the server answers.</source>
        <translation>لا يمكن إدخال مقابلات على هذا الحاسوب في الأثناء: ليس لديه مفتاح رموز المشاركين الخاص بالفريق، لذلك تعذّر نسخ استبيانات الخادم إليه. اقرأ ملف نقل صُنع على حاسوب من حواسيب الفريق (يحمل المفتاح) عندما يجيب الخادم.</translation>
    </message>
    <message>
        <source>Interviews cannot be entered on this laptop meanwhile: the server's questionnaires could not be copied to it ({reason}).</source>
        <translation>لا يمكن إدخال مقابلات على هذا الحاسوب في الأثناء: تعذّر نسخ استبيانات الخادم إليه ({reason}).</translation>
    </message>
    <message>
        <source>Project: kept on this laptop while the server cannot be reached (locked)</source>
        <translation>المشروع: محفوظ على هذا الحاسوب ما دام الخادم غير متاح (مقفل)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Interviewing on this laptop:&lt;/b&gt; the server cannot be reached, so the interviews are kept here, locked.{waiting} DuoDesk tries the server every {seconds} seconds.</source>
        <translation>&lt;b&gt;المقابلات على هذا الحاسوب:&lt;/b&gt; لا يمكن الوصول إلى الخادم، لذلك تُحفظ المقابلات هنا، مقفلة.{waiting} يجرّب DuoDesk الخادم كل {seconds} ثانية.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The server answers again, but it needs the password.&lt;/b&gt; The interviews stay on this laptop, locked, until it is typed: press Try the server now.</source>
        <translation>&lt;b&gt;الخادم يجيب من جديد، لكنه يطلب كلمة المرور.&lt;/b&gt; تبقى المقابلات على هذا الحاسوب، مقفلة، حتى تُكتب: اضغط «جرّب الخادم الآن».</translation>
    </message>
    <message>
        <source>&lt;b&gt;The server answers again:&lt;/b&gt; DuoDesk is back on the shared project.</source>
        <translation>&lt;b&gt;الخادم يردّ من جديد:&lt;/b&gt; عاد DuoDesk إلى المشروع المشترك.</translation>
    </message>
    <message>
        <source>The server answers again.</source>
        <translation>الخادم يردّ من جديد.</translation>
    </message>
    <message>
        <source>Send it to the server</source>
        <translation>إرسالها إلى الخادم</translation>
    </message>
    <message numerus="yes">
        <source>%n interviews entered on this laptop wait to be sent to the server: until they are sent, only this laptop has them.</source>
        <translation>
            <numerusform>لا توجد مقابلات مُدخلة على هذا الحاسوب تنتظر الإرسال إلى الخادم.</numerusform>
            <numerusform>مقابلة واحدة مُدخلة على هذا الحاسوب تنتظر الإرسال إلى الخادم: إلى أن تُرسل، لا توجد إلا على هذا الحاسوب.</numerusform>
            <numerusform>مقابلتان مُدخلتان على هذا الحاسوب تنتظران الإرسال إلى الخادم: إلى أن تُرسلا، لا توجدان إلا على هذا الحاسوب.</numerusform>
            <numerusform>%n مقابلات مُدخلة على هذا الحاسوب تنتظر الإرسال إلى الخادم: إلى أن تُرسل، لا توجد إلا على هذا الحاسوب.</numerusform>
            <numerusform>%n مقابلةً مُدخلة على هذا الحاسوب تنتظر الإرسال إلى الخادم: إلى أن تُرسل، لا توجد إلا على هذا الحاسوب.</numerusform>
            <numerusform>%n مقابلة مُدخلة على هذا الحاسوب تنتظر الإرسال إلى الخادم: إلى أن تُرسل، لا توجد إلا على هذا الحاسوب.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending the interviews entered on this laptop to the server…</source>
        <translation>جارٍ إرسال المقابلات المُدخلة على هذا الحاسوب إلى الخادم…</translation>
    </message>
    <message>
        <source>DuoDesk is back on the shared project.</source>
        <translation>عاد DuoDesk إلى المشروع المشترك.</translation>
    </message>
    <message>
        <source>the server stopped answering.</source>
        <translation>توقف الخادم عن الإجابة.</translation>
    </message>
    <message>
        <source>the server was busy with other people's work and could not take them just now. Try again in a moment.</source>
        <translation>كان الخادم مشغولًا بعمل أشخاص آخرين ولم يستطع استلامها الآن. حاول مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <source>the server refused them. {reason}</source>
        <translation>رفضها الخادم. {reason}</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>حاول مرة أخرى</translation>
    </message>
    <message>
        <source>The interviews were not sent:</source>
        <translation>لم تُرسل المقابلات:</translation>
    </message>
    <message>
        <source>Nothing was stored on the server, and they are all still on this laptop.</source>
        <translation>لم يُحفظ شيء على الخادم، وما زالت كلها على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Interviews not sent yet</source>
        <translation>مقابلات لم تُرسل بعد</translation>
    </message>
    <message>
        <source>1 interview entered on this laptop has not been sent to the server. It stays safe on this laptop, locked, and DuoDesk offers to send it the next time it opens the server.</source>
        <translation>مقابلة واحدة أُدخلت على هذا الحاسوب لم تُرسل إلى الخادم. تبقى آمنة على هذا الحاسوب، مقفلة، وسيعرض DuoDesk إرسالها في المرة القادمة التي يفتح فيها الخادم.</translation>
    </message>
    <message>
        <source>{count} interviews entered on this laptop have not been sent to the server. They stay safe on this laptop, locked, and DuoDesk offers to send them the next time it opens the server.</source>
        <translation>مقابلات أُدخلت على هذا الحاسوب ({count}) لم تُرسل إلى الخادم. تبقى آمنة على هذا الحاسوب، مقفلة، وسيعرض DuoDesk إرسالها في المرة القادمة التي يفتح فيها الخادم.</translation>
    </message>
    <message>
        <source>Close DuoDesk</source>
        <translation>إغلاق DuoDesk</translation>
    </message>
    <message>
        <source>Send them first</source>
        <translation>أرسلها أولًا</translation>
    </message>
    <message>
        <source>open the interviews kept on this laptop</source>
        <translation>فتح المقابلات المحفوظة على هذا الحاسوب</translation>
    </message>
</context>
<context>
    <name>StartInterviewDialog</name>
    <message>
        <source>Start an interview</source>
        <translation>بدء مقابلة</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>المحاور</translation>
    </message>
    <message>
        <source>Add a name…</source>
        <translation>إضافة اسم…</translation>
    </message>
    <message>
        <source>Add an interviewer's name to the list</source>
        <translation>إضافة اسم محاور إلى القائمة</translation>
    </message>
    <message>
        <source>{name} (signed in)</source>
        <translation>{name} (مسجّل الدخول)</translation>
    </message>
    <message>
        <source>Site or drop-in centre</source>
        <translation>المكان أو مركز الاستقبال</translation>
    </message>
    <message>
        <source>Type the name of the centre</source>
        <translation>اكتب اسم المركز</translation>
    </message>
    <message>
        <source>Date of the interview</source>
        <translation>تاريخ المقابلة</translation>
    </message>
    <message>
        <source>Today, unless you are typing in an interview done on paper earlier.</source>
        <translation>اليوم، إلا إذا كنت تُدخل مقابلة أُجريت على الورق في وقت سابق.</translation>
    </message>
    <message>
        <source>Paper datasheet number</source>
        <translation>رقم الاستمارة الورقية</translation>
    </message>
    <message>
        <source>Only when typing in a paper datasheet</source>
        <translation>فقط عند إدخال استمارة ورقية</translation>
    </message>
    <message>
        <source>Typed in by</source>
        <translation>أدخلها</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>A datasheet is typed in by the person signed in.</source>
        <translation>يُدخل ورقةَ البيانات الشخصُ الذي سجّل الدخول.</translation>
    </message>
    <message>
        <source>A second person types the same datasheet later, with the same number, to check it: DuoDesk then lists every difference.</source>
        <translation>يُدخل شخص ثانٍ الاستمارة نفسها لاحقًا، بالرقم نفسه، للتحقق منها: ثم يعرض DuoDesk كل فرق.</translation>
    </message>
    <message>
        <source>&amp;Interviewer:</source>
        <translation>الم&amp;حاور:</translation>
    </message>
    <message>
        <source>&amp;Site (drop-in centre):</source>
        <translation>ال&amp;مكان (مركز الاستقبال):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>ال&amp;تاريخ:</translation>
    </message>
    <message>
        <source>&amp;Paper datasheet number:</source>
        <translation>رقم الاستمارة ال&amp;ورقية:</translation>
    </message>
    <message>
        <source>&amp;Typed in by:</source>
        <translation>أ&amp;دخلها:</translation>
    </message>
    <message>
        <source>Start the interview</source>
        <translation>بدء المقابلة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Add an interviewer</source>
        <translation>إضافة محاور</translation>
    </message>
    <message>
        <source>The interviewer's name (a first name is enough):</source>
        <translation>اسم المحاور (يكفي الاسم الأول):</translation>
    </message>
    <message>
        <source>add the name</source>
        <translation>يضيف الاسم</translation>
    </message>
    <message>
        <source>the interviewer (add your name with “Add a name…”)</source>
        <translation>المحاور (أضف اسمك بزر «إضافة اسم…»)</translation>
    </message>
    <message>
        <source>the site</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>who is typing in the paper datasheet</source>
        <translation>من يُدخل الاستمارة الورقية</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} و{second}</translation>
    </message>
    <message>
        <source>Please fill in {missing}.</source>
        <translation>يرجى تعبئة: {missing}.</translation>
    </message>
</context>
</TS>