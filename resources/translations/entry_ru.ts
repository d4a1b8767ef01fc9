<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AccessHooks</name>
    <message>
        <source>Not for this role</source>
        <translation>Не для этой роли</translation>
    </message>
</context>
<context>
    <name>AnswersOverview</name>
    <message>
        <source>Not asked (skipped)</source>
        <translation>Не задан (пропущен)</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Нет ответа</translation>
    </message>
    <message>
        <source>Recorded (not shown, to protect the participant)</source>
        <translation>Записано (скрыто, чтобы защитить участника)</translation>
    </message>
    <message>
        <source>Click (or press Enter) to change this answer</source>
        <translation>Нажмите (или Enter), чтобы изменить этот ответ</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Every answer of this interview. To change one, click it (or choose it and press Enter). Every change is recorded with the name of who made it.</source>
        <translation>Все ответы этого интервью. Чтобы изменить ответ, нажмите на него (или выберите и нажмите Enter). Каждое изменение записывается с именем того, кто его сделал.</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Вопросы и ответы</translation>
    </message>
    <message>
        <source>Who is correcting?</source>
        <translation>Кто исправляет?</translation>
    </message>
    <message>
        <source>Every change to a finished interview is recorded with the name of who made it.
Your name:</source>
        <translation>Каждое изменение в законченном интервью записывается с именем того, кто его сделал.
Ваше имя:</translation>
    </message>
    <message>
        <source>Change answers</source>
        <translation>Изменить ответы</translation>
    </message>
    <message>
        <source>Only read</source>
        <translation>Только читать</translation>
    </message>
    <message>
        <source>A name is needed</source>
        <translation>Нужно имя</translation>
    </message>
    <message>
        <source>Nothing can be changed without a name, because every change is recorded with the name of who made it. Type your name, or choose “Only read”.</source>
        <translation>Без имени ничего нельзя изменить: каждое изменение записывается с именем того, кто его сделал. Введите своё имя или выберите «Только читать».</translation>
    </message>
</context>
<context>
    <name>DateBox</name>
    <message>
        <source>“{typed}” is not a date DuoDesk can read: type it like 15/11/2026 or 15 Nov 2026. The date was not changed.</source>
        <translation>«{typed}» — это не дата, которую DuoDesk может прочитать: введите её так: 15/11/2026 или 15 ноя 2026. Дата не изменена.</translation>
    </message>
    <message>
        <source>{date} is not allowed here: choose a date from {first} to {last}. The date was not changed.</source>
        <translation>{date} здесь нельзя: выберите дату с {first} по {last}. Дата не изменена.</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message numerus="yes">
        <source>{details} — %n answers so far</source>
        <translation><numerusform>{details} — пока %n ответ</numerusform><numerusform>{details} — пока %n ответа</numerusform><numerusform>{details} — пока %n ответов</numerusform></translation>
    </message>
    <message>
        <source>Unfinished interviews</source>
        <translation>Незаконченные интервью</translation>
    </message>
    <message>
        <source>These interviews were started but not finished. Everything given so far is kept. Choose one to carry on with it.</source>
        <translation>Эти интервью начаты, но не закончены. Всё, что уже введено, сохранено. Выберите одно, чтобы продолжить.</translation>
    </message>
    <message>
        <source>Carry on with this interview</source>
        <translation>Продолжить это интервью</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Discard the chosen interview</source>
        <translation>Удалить выбранное интервью</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Discard this interview?</source>
        <translation>Удалить это интервью?</translation>
    </message>
    <message>
        <source>Discard “{interview}”?

It moves to the deleted interviews, where it can still be restored until they are removed for good.</source>
        <translation>Удалить «{interview}»?

Оно попадёт в удалённые интервью. Его можно вернуть, пока их не удалят навсегда.</translation>
    </message>
</context>
<context>
    <name>DuplicateBanner</name>
    <message>
        <source>an unknown date</source>
        <translation>неизвестная дата</translation>
    </message>
    <message>
        <source>This person may already have been interviewed on {date} at {site}</source>
        <translation>Возможно, с этим человеком уже проводили интервью {date} в месте «{site}»</translation>
    </message>
    <message>
        <source>This person may already have been interviewed on {date}</source>
        <translation>Возможно, с этим человеком уже проводили интервью {date}</translation>
    </message>
    <message>
        <source>(their participant code is the same except for one part)</source>
        <translation>(его код участника совпадает, кроме одной части)</translation>
    </message>
    <message numerus="yes">
        <source>There are %n more possible matches.</source>
        <translation><numerusform>Есть ещё %n возможное совпадение.</numerusform><numerusform>Есть ещё %n возможных совпадения.</numerusform><numerusform>Есть ещё %n возможных совпадений.</numerusform></translation>
    </message>
    <message>
        <source>You could ask whether they have taken part before. Nothing has been changed or blocked: you decide whether to carry on.</source>
        <translation>Можно спросить, участвовал ли человек раньше. Ничего не изменено и не заблокировано: вы сами решаете, продолжать ли.</translation>
    </message>
    <message>
        <source>Carry on with this interview</source>
        <translation>Продолжить это интервью</translation>
    </message>
    <message>
        <source>Close this warning and carry on</source>
        <translation>Закрыть предупреждение и продолжить</translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation>Внимание: {text}</translation>
    </message>
</context>
<context>
    <name>EntryHooks</name>
    <message>
        <source>Resume or discard an unfinished interview</source>
        <translation>Продолжить или удалить незаконченное интервью</translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished interviews</source>
        <translation><numerusform>%n незаконченное интервью</numerusform><numerusform>%n незаконченных интервью</numerusform><numerusform>%n незаконченных интервью</numerusform></translation>
    </message>
    <message>
        <source>An interviewer can open only their own interviews.</source>
        <translation>Интервьюер может открывать только свои интервью.</translation>
    </message>
    <message>
        <source>Paper datasheet</source>
        <translation>Бумажный бланк</translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <source>finish this</source>
        <translation>закончить это</translation>
    </message>
    <message>
        <source>This file cannot be used</source>
        <translation>Этот файл нельзя использовать</translation>
    </message>
    <message>
        <source>Participant codes cannot be checked here</source>
        <translation>Здесь нельзя проверить коды участников</translation>
    </message>
    <message>
        <source>The server does not answer</source>
        <translation>Сервер не отвечает</translation>
    </message>
    <message>
        <source>DuoDesk could not {doing}: the team's server cannot be reached just now. Nothing was lost: what was saved before is still there. Try again in a moment; while the server stays away, the line at the top of the main window says what can be done meanwhile.</source>
        <translation>DuoDesk не удалось {doing}: сервер команды сейчас недоступен. Ничего не потеряно: всё сохранённое раньше на месте. Попробуйте ещё раз через минуту; пока сервер недоступен, строка вверху главного окна говорит, что можно сделать тем временем.</translation>
    </message>
    <message>
        <source>The project is busy</source>
        <translation>Проект занят</translation>
    </message>
    <message>
        <source>Another program has been saving to this project for a long time, so DuoDesk could not {doing}. Nothing was lost: what was saved before is still there. Try again when the other program has finished.</source>
        <translation>Другая программа долго сохраняет в этот проект, поэтому DuoDesk не смог {doing}. Ничего не потеряно: то, что было сохранено раньше, на месте. Попробуйте снова, когда другая программа закончит.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <source>DuoDesk could not {doing}. Nothing was lost: what was saved before is still there.

{details}</source>
        <translation>DuoDesk не смог {doing}. Ничего не потеряно: то, что было сохранено раньше, на месте.

{details}</translation>
    </message>
</context>
<context>
    <name>FieldWidgets</name>
    <message>
        <source>This laptop does not find locations. If you know the place, type its coordinates (latitude and longitude, as in 55.9533 -3.1883); otherwise leave this blank.</source>
        <translation>Этот компьютер не определяет место. Если вы знаете место, введите его координаты (широту и долготу, например 55.9533 -3.1883); иначе оставьте пустым.</translation>
    </message>
    <message>
        <source>This laptop does not find locations. If you know them, type the points one after the other, separated by ; (as in 55.95 -3.19; 55.96 -3.18); otherwise leave this blank.</source>
        <translation>Этот компьютер не определяет место. Если вы знаете точки, введите их одну за другой через ; (например 55.95 -3.19; 55.96 -3.18); иначе оставьте пустым.</translation>
    </message>
    <message>
        <source>latitude longitude</source>
        <translation>широта долгота</translation>
    </message>
    <message>
        <source>latitude longitude; latitude longitude; ...</source>
        <translation>широта долгота; широта долгота; ...</translation>
    </message>
    <message>
        <source>Photos and pictures (*.jpg *.jpeg *.png *.gif *.bmp *.heic *.webp)</source>
        <translation>Фото и картинки (*.jpg *.jpeg *.png *.gif *.bmp *.heic *.webp)</translation>
    </message>
    <message>
        <source>Recordings (*.mp3 *.m4a *.wav *.ogg *.aac *.amr *.3gp)</source>
        <translation>Аудиозаписи (*.mp3 *.m4a *.wav *.ogg *.aac *.amr *.3gp)</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.mov *.avi *.mkv *.3gp *.webm)</source>
        <translation>Видео (*.mp4 *.mov *.avi *.mkv *.3gp *.webm)</translation>
    </message>
    <message>
        <source>No file attached.</source>
        <translation>Файл не прикреплён.</translation>
    </message>
    <message>
        <source>A number from {low} to {high}</source>
        <translation>Число от {low} до {high}</translation>
    </message>
    <message>
        <source>A number from {low} to {high}, in steps of {step}</source>
        <translation>Число от {low} до {high}, с шагом {step}</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>от {low} до {high}</translation>
    </message>
    <message>
        <source>{question}: slider</source>
        <translation>{question}: ползунок</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>{question}: OK</source>
        <translation>{question}: ОК</translation>
    </message>
    <message>
        <source>Attach a file…</source>
        <translation>Прикрепить файл…</translation>
    </message>
    <message>
        <source>Attach a file for {question}</source>
        <translation>Прикрепить файл к вопросу {question}</translation>
    </message>
    <message>
        <source>Remove the file</source>
        <translation>Убрать файл</translation>
    </message>
    <message>
        <source>Remove the file attached for {question}</source>
        <translation>Убрать файл, прикреплённый к вопросу {question}</translation>
    </message>
    <message>
        <source>Attached: {file}</source>
        <translation>Прикреплён: {file}</translation>
    </message>
    <message>
        <source>Attach another file…</source>
        <translation>Прикрепить другой файл…</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Прикрепить файл</translation>
    </message>
    <message>
        <source>{file} is too large to attach (the limit is {limit} MB).</source>
        <translation>Файл {file} слишком большой (предел — {limit} МБ).</translation>
    </message>
    <message>
        <source>{file} could not be read. Choose another file.</source>
        <translation>Не удалось прочитать {file}. Выберите другой файл.</translation>
    </message>
</context>
<context>
    <name>InterviewFormView</name>
    <message>
        <source>Recorded — hidden to protect the participant. Type it again only to change it.</source>
        <translation>Записано — скрыто для защиты участника. Введите снова, только чтобы изменить.</translation>
    </message>
    <message>
        <source>Finish the interview</source>
        <translation>Закончить интервью</translation>
    </message>
    <message>
        <source>Language of the questions</source>
        <translation>Язык вопросов</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>This answer was cleared, because its question no longer applies after this change: {questions}</source>
        <translation>Этот ответ стёрт, потому что после этого изменения вопрос больше не нужен: {questions}</translation>
    </message>
    <message>
        <source>These answers were cleared, because their questions no longer apply after this change: {questions}</source>
        <translation>Эти ответы стёрты, потому что после этого изменения вопросы больше не нужны: {questions}</translation>
    </message>
    <message>
        <source>“{typed}” was typed, but this question is answered by choosing an option (keys 1 to {last}).</source>
        <translation>Введено «{typed}», но на этот вопрос отвечают выбором варианта (клавиши от 1 до {last}).</translation>
    </message>
    <message>
        <source>“{typed}” was typed, but this question is answered by choosing an option.</source>
        <translation>Введено «{typed}», но на этот вопрос отвечают выбором варианта.</translation>
    </message>
    <message>
        <source>The answers were left as they were.</source>
        <translation>Ответы остались прежними.</translation>
    </message>
    <message>
        <source>The answer was left as it was.</source>
        <translation>Ответ остался прежним.</translation>
    </message>
    <message>
        <source>To choose with the number keys again, press Backspace or Escape first.</source>
        <translation>Чтобы снова выбирать клавишами с цифрами, сначала нажмите Backspace или Esc.</translation>
    </message>
    <message>
        <source>Skipped for now, still without an answer: {questions}. Press “{finish}” again to finish without them, or go back to answer them.</source>
        <translation>Пропущены пока и всё ещё без ответа: {questions}. Нажмите «{finish}» ещё раз, чтобы закончить без них, или вернитесь и ответьте.</translation>
    </message>
    <message>
        <source>Go to “{question}”</source>
        <translation>Перейти к «{question}»</translation>
    </message>
    <message>
        <source>The interview cannot be finished yet. “{question}”: {message}.</source>
        <translation>Интервью пока нельзя закончить. «{question}»: {message}.</translation>
    </message>
    <message numerus="yes">
        <source>The interview cannot be finished yet: %n questions need attention. First, “{question}”: {message}.</source>
        <translation><numerusform>Интервью пока нельзя закончить: %n вопрос требует внимания. Сначала «{question}»: {message}.</numerusform><numerusform>Интервью пока нельзя закончить: %n вопроса требуют внимания. Сначала «{question}»: {message}.</numerusform><numerusform>Интервью пока нельзя закончить: %n вопросов требуют внимания. Сначала «{question}»: {message}.</numerusform></translation>
    </message>
    <message>
        <source>Skipped for now: {questions}.</source>
        <translation>Пропущены пока: {questions}.</translation>
    </message>
</context>
<context>
    <name>InterviewOperations</name>
    <message>
        <source>There is no questionnaire called “{name}” in this project.</source>
        <translation>В этом проекте нет анкеты «{name}».</translation>
    </message>
</context>
<context>
    <name>InterviewTable</name>
    <message>
        <source>Interview</source>
        <translation>Интервью</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Интервьюер</translation>
    </message>
    <message>
        <source>How complete</source>
        <translation>Готовность</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Анкета</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message numerus="yes">
        <source>Finished · %n answers</source>
        <translation><numerusform>Закончено · %n ответ</numerusform><numerusform>Закончено · %n ответа</numerusform><numerusform>Закончено · %n ответов</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Unfinished · %n answers so far</source>
        <translation><numerusform>Не закончено · пока %n ответ</numerusform><numerusform>Не закончено · пока %n ответа</numerusform><numerusform>Не закончено · пока %n ответов</numerusform></translation>
    </message>
    <message>
        <source>changed on two laptops</source>
        <translation>изменено на двух компьютерах</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>№ {number}</translation>
    </message>
</context>
<context>
    <name>InterviewWindow</name>
    <message>
        <source>Every answer is saved.</source>
        <translation>Все ответы сохранены.</translation>
    </message>
    <message>
        <source>Saved; the participant code is kept once all its parts are given.</source>
        <translation>Сохранено; код участника сохранится, когда будут введены все его части.</translation>
    </message>
    <message>
        <source>The answer in the box is not saved yet: put it right first.</source>
        <translation>Ответ в поле ещё не сохранён: сначала исправьте его.</translation>
    </message>
    <message>
        <source>Saved for now; an answer must be put right before the end.</source>
        <translation>Пока сохранено; до конца нужно исправить один ответ.</translation>
    </message>
    <message>
        <source>The participant code is not complete: give its other parts, or clear the parts given, before finishing (its parts are kept only all together).</source>
        <translation>Код участника не полный: перед окончанием введите остальные части или сотрите введённые (части сохраняются только все вместе).</translation>
    </message>
    <message>
        <source>Only part of the participant code is given: its parts are kept only all together, so they would have to be asked again. Close the window again to close it anyway.</source>
        <translation>Введена только часть кода участника: части сохраняются только все вместе, поэтому их придётся спросить снова. Закройте окно ещё раз, чтобы всё равно закрыть его.</translation>
    </message>
    <message>
        <source>An answer is still being saved. Wait a moment; close the window again to close it anyway.</source>
        <translation>Ответ ещё сохраняется. Подождите немного; закройте окно ещё раз, чтобы всё равно закрыть его.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Still saving: the project is slow to answer. Your answers are kept in this window; keep it open.</source>
        <translation>Всё ещё сохраняется: проект отвечает медленно. Ваши ответы хранятся в этом окне; не закрывайте его.</translation>
    </message>
    <message>
        <source>Still saving: the project is slow to answer (the server may be unreachable). Your answers are kept in this window; keep it open.</source>
        <translation>Всё ещё сохраняется: проект отвечает медленно (возможно, сервер недоступен). Ваши ответы хранятся в этом окне; не закрывайте его.</translation>
    </message>
    <message>
        <source>Waiting for another program to finish saving. Your answers are kept here.</source>
        <translation>Ждём, пока другая программа закончит сохранение. Ваши ответы хранятся здесь.</translation>
    </message>
    <message>
        <source>Interview: {title} – DuoDesk</source>
        <translation>Интервью: {title} – DuoDesk</translation>
    </message>
    <message>
        <source>Save the corrections</source>
        <translation>Сохранить исправления</translation>
    </message>
    <message>
        <source>Finish the interview</source>
        <translation>Закончить интервью</translation>
    </message>
    <message>
        <source>Whether the answers are saved</source>
        <translation>Сохранены ли ответы</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>Сохранить и закрыть</translation>
    </message>
    <message>
        <source>Close the interview; everything given so far is kept</source>
        <translation>Закрыть интервью; всё введённое сохраняется</translation>
    </message>
    <message>
        <source>All answers</source>
        <translation>Все ответы</translation>
    </message>
    <message>
        <source>Back to the list of all answers</source>
        <translation>Назад к списку всех ответов</translation>
    </message>
    <message>
        <source>Every question and its answer, to choose another</source>
        <translation>Все вопросы и ответы, чтобы выбрать другой</translation>
    </message>
    <message>
        <source>Done correcting</source>
        <translation>Исправления готовы</translation>
    </message>
    <message>
        <source>Done correcting: check the answers and save the corrections</source>
        <translation>Исправления готовы: проверить ответы и сохранить исправления</translation>
    </message>
    <message>
        <source>Check every answer and save the corrections, as on the last page</source>
        <translation>Проверить все ответы и сохранить исправления, как на последней странице</translation>
    </message>
    <message>
        <source>Interview No. {number}</source>
        <translation>Интервью № {number}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Close the interview</source>
        <translation>Закрыть интервью</translation>
    </message>
    <message>
        <source>Interviewer: {name}</source>
        <translation>Интервьюер: {name}</translation>
    </message>
    <message>
        <source>Site: {site}</source>
        <translation>Место: {site}</translation>
    </message>
    <message numerus="yes">
        <source>%n answers not saved yet</source>
        <translation><numerusform>%n ответ ещё не сохранён</numerusform><numerusform>%n ответа ещё не сохранены</numerusform><numerusform>%n ответов ещё не сохранены</numerusform></translation>
    </message>
    <message>
        <source>The corrections are saved.</source>
        <translation>Исправления сохранены.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Correcting a finished interview.&lt;/b&gt; Every change is recorded.</source>
        <translation>&lt;b&gt;Исправление законченного интервью.&lt;/b&gt; Каждое изменение записывается.</translation>
    </message>
    <message numerus="yes">
        <source>%n corrections so far; the latest:</source>
        <translation><numerusform>Пока %n исправление; последние:</numerusform><numerusform>Пока %n исправления; последние:</numerusform><numerusform>Пока %n исправлений; последние:</numerusform></translation>
    </message>
    <message>
        <source>another program kept the project busy for a long time. Every answer saved so far is safe; press Finish again.</source>
        <translation>другая программа долго занимала проект. Все уже сохранённые ответы в безопасности; нажмите «Закончить» ещё раз.</translation>
    </message>
    <message>
        <source>the server cannot be reached. Every answer saved so far is safe on the server, and the answers on this screen stay here: keep this window open and press Finish again when the server is back.</source>
        <translation>сервер недоступен. Все уже сохранённые ответы в безопасности на сервере, а ответы на этом экране остаются здесь: не закрывайте окно и нажмите «Закончить» ещё раз, когда сервер снова заработает.</translation>
    </message>
    <message>
        <source>the project could not store it. {details} Every answer saved so far is safe; press Finish again.</source>
        <translation>проект не смог это сохранить. {details} Все уже сохранённые ответы в безопасности; нажмите «Закончить» ещё раз.</translation>
    </message>
    <message>
        <source>The interview is not finished yet: {why}</source>
        <translation>Интервью ещё не закончено: {why}</translation>
    </message>
    <message>
        <source>The interview is finished and saved.
Thank you. You can close this window.</source>
        <translation>Интервью закончено и сохранено.
Спасибо. Можно закрыть это окно.</translation>
    </message>
    <message>
        <source>Some answers are not saved</source>
        <translation>Некоторые ответы не сохранены</translation>
    </message>
    <message>
        <source>Some answers are not saved yet, and would be lost if the window closed now. Keep the window open: DuoDesk keeps trying to save them.</source>
        <translation>Некоторые ответы ещё не сохранены и пропадут, если сейчас закрыть окно. Не закрывайте окно: DuoDesk продолжает пытаться их сохранить.</translation>
    </message>
    <message>
        <source>Keep the window open</source>
        <translation>Оставить окно открытым</translation>
    </message>
    <message>
        <source>Close and lose them</source>
        <translation>Закрыть и потерять их</translation>
    </message>
    <message>
        <source>another program has kept the project busy for a long time.</source>
        <translation>другая программа долго занимает проект.</translation>
    </message>
    <message>
        <source>the server cannot be reached (it may be stopped, or this laptop may have lost the network).</source>
        <translation>сервер недоступен (возможно, он выключен или у этого компьютера нет сети).</translation>
    </message>
    <message>
        <source>the project file could not be written. {details}</source>
        <translation>не удалось записать файл проекта. {details}</translation>
    </message>
    <message numerus="yes">
        <source>%n answers are not saved yet: {why} DuoDesk keeps them in this window and sends them by itself every few seconds; this line goes away once they are on the server. Keep this window open until then: closing it would lose them. Answers saved before are safe on the server.</source>
        <translation><numerusform>%n ответ ещё не сохранён: {why} DuoDesk хранит его в этом окне и сам отправляет каждые несколько секунд; эта строка исчезнет, когда он будет на сервере. До тех пор не закрывайте окно: иначе он пропадёт. Ответы, сохранённые раньше, в безопасности на сервере.</numerusform><numerusform>%n ответа ещё не сохранены: {why} DuoDesk хранит их в этом окне и сам отправляет каждые несколько секунд; эта строка исчезнет, когда они будут на сервере. До тех пор не закрывайте окно: иначе они пропадут. Ответы, сохранённые раньше, в безопасности на сервере.</numerusform><numerusform>%n ответов ещё не сохранены: {why} DuoDesk хранит их в этом окне и сам отправляет каждые несколько секунд; эта строка исчезнет, когда они будут на сервере. До тех пор не закрывайте окно: иначе они пропадут. Ответы, сохранённые раньше, в безопасности на сервере.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n answers are not saved yet: {why} DuoDesk keeps them in this window and sends them by itself every few seconds; this line goes away once they are in the project. Keep this window open until then: closing it would lose them. Answers saved before are safe in the project.</source>
        <translation><numerusform>%n ответ ещё не сохранён: {why} DuoDesk хранит его в этом окне и сам отправляет каждые несколько секунд; эта строка исчезнет, когда он будет в проекте. До тех пор не закрывайте окно: иначе он пропадёт. Ответы, сохранённые раньше, в безопасности в проекте.</numerusform><numerusform>%n ответа ещё не сохранены: {why} DuoDesk хранит их в этом окне и сам отправляет каждые несколько секунд; эта строка исчезнет, когда они будут в проекте. До тех пор не закрывайте окно: иначе они пропадут. Ответы, сохранённые раньше, в безопасности в проекте.</numerusform><numerusform>%n ответов ещё не сохранены: {why} DuoDesk хранит их в этом окне и сам отправляет каждые несколько секунд; эта строка исчезнет, когда они будут в проекте. До тех пор не закрывайте окно: иначе они пропадут. Ответы, сохранённые раньше, в безопасности в проекте.</numerusform></translation>
    </message>
    <message>
        <source>{name} (worked out)</source>
        <translation>{name} (вычислено)</translation>
    </message>
    <message>
        <source>(not asked, skipped)</source>
        <translation>(не задан, пропущен)</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(нет ответа)</translation>
    </message>
</context>
<context>
    <name>InterviewsWindow</name>
    <message>
        <source>All interviews</source>
        <translation>Все интервью</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Законченные</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>Незаконченные</translation>
    </message>
    <message>
        <source>Deleted (can be restored)</source>
        <translation>Удалённые (можно вернуть)</translation>
    </message>
    <message>
        <source>Interviews: {title} – DuoDesk</source>
        <translation>Интервью: {title} – DuoDesk</translation>
    </message>
    <message>
        <source>Interviews – DuoDesk</source>
        <translation>Интервью – DuoDesk</translation>
    </message>
    <message>
        <source>Interviews of “{title}”</source>
        <translation>Интервью анкеты «{title}»</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Интервью</translation>
    </message>
    <message>
        <source>Search by site, interviewer or date (2024-07)</source>
        <translation>Поиск по месту, интервьюеру или дате (2024-07)</translation>
    </message>
    <message>
        <source>Search interviews</source>
        <translation>Поиск интервью</translation>
    </message>
    <message>
        <source>Which interviews to show</source>
        <translation>Какие интервью показать</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Поиск:</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>П&amp;оказать:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Open to read or correct…</source>
        <translation>Открыть, чтобы прочитать или исправить…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Delete the chosen interviews</source>
        <translation>Удалить выбранные интервью</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Restore the chosen deleted interviews</source>
        <translation>Вернуть выбранные удалённые интервью</translation>
    </message>
    <message>
        <source>Remove deleted interviews for good…</source>
        <translation>Удалить удалённые интервью навсегда…</translation>
    </message>
    <message>
        <source>No interviews match.</source>
        <translation>Подходящих интервью нет.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln interviews</source>
        <translation>
            <numerusform>%Ln интервью</numerusform>
            <numerusform>%Ln интервью</numerusform>
            <numerusform>%Ln интервью</numerusform>
        </translation>
    </message>
    <message>
        <source>(showing {shown}; scroll down for more)</source>
        <translation>(показано {shown}; прокрутите вниз, чтобы увидеть ещё)</translation>
    </message>
    <message>
        <source>The interviews could not be read: the team's server cannot be reached just now. Close this window and open it again later.</source>
        <translation>Не удалось прочитать интервью: сервер команды сейчас недоступен. Закройте это окно и откройте его позже.</translation>
    </message>
    <message>
        <source>The interviews could not be read: {error}</source>
        <translation>Не удалось прочитать интервью: {error}</translation>
    </message>
    <message>
        <source>Delete interviews?</source>
        <translation>Удалить интервью?</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n interviews? They move to the deleted interviews (choose “Deleted” under Show) and can be restored until they are removed for good.</source>
        <translation><numerusform>Удалить %n интервью? Оно попадёт в удалённые (выберите «Удалённые» в поле «Показать») и его можно вернуть, пока их не удалят навсегда.</numerusform><numerusform>Удалить эти %n интервью? Они попадут в удалённые (выберите «Удалённые» в поле «Показать») и их можно вернуть, пока их не удалят навсегда.</numerusform><numerusform>Удалить эти %n интервью? Они попадут в удалённые (выберите «Удалённые» в поле «Показать») и их можно вернуть, пока их не удалят навсегда.</numerusform></translation>
    </message>
    <message>
        <source>Remove deleted interviews for good?</source>
        <translation>Удалить удалённые интервью навсегда?</translation>
    </message>
    <message>
        <source>change the interviews</source>
        <translation>изменить интервью</translation>
    </message>
    <message>
        <source>the backup files (ending in “.backup”) beside the project in {folder}</source>
        <translation>резервных копиях (файлы на «.backup») рядом с проектом в папке {folder}</translation>
    </message>
    <message>
        <source>the server's backups</source>
        <translation>резервных копиях сервера</translation>
    </message>
    <message>
        <source>Every deleted interview and its answers will be removed from the project. Copies stay in {where}, including one made just before, until newer backups replace them; delete those files too if the interviews must be gone everywhere now.</source>
        <translation>Все удалённые интервью и их ответы будут стёрты из проекта. Копии останутся в {where}, в том числе одна, сделанная прямо перед этим, пока их не заменят новые копии; удалите и эти файлы, если интервью должны исчезнуть отовсюду сейчас.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Lan&amp;guage</source>
        <extracomment>The laptop setting saying the first-start question about the language was answered. The locale of a language whose own default writes numbers unlike DuoDesk's sentences: Qt's Arabic is Egypt's, with Arabic-Indic digits, while the sentences (``i18n.number``) and the results' tables write 0-9; the Emirates' Arabic writes 0-9, with the same separators and month names, so one screen never mixes the two kinds of digits.</extracomment>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>DuoDesk will speak {language} the next time it starts.</source>
        <translation>При следующем запуске DuoDesk будет на языке: {language}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Finishing saving… DuoDesk closes by itself as soon as it is done.</source>
        <translation>Заканчиваем сохранение… DuoDesk закроется сам, как только закончит.</translation>
    </message>
    <message>
        <source>Saving is taking longer than it should. Wait, or close the window again to close DuoDesk anyway: anything not saved by then is not kept, and its window said so.</source>
        <translation>Сохранение идёт дольше обычного. Подождите или закройте окно ещё раз, чтобы всё равно закрыть DuoDesk: то, что не успеет сохраниться, пропадёт, и его окно об этом сказало.</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Анкеты</translation>
    </message>
    <message>
        <source>Questionnaires in this project</source>
        <translation>Анкеты в этом проекте</translation>
    </message>
    <message>
        <source>There are no questionnaires in this project yet. Add one from a file (an XLSForm made in DuoDesk, ODK or KoboToolbox).</source>
        <translation>В этом проекте ещё нет анкет. Добавьте анкету из файла (XLSForm, сделанный в DuoDesk, ODK или KoboToolbox).</translation>
    </message>
    <message>
        <source>Add a questionnaire from a file…</source>
        <translation>Добавить анкету из файла…</translation>
    </message>
    <message>
        <source>Add a questionnaire from a file</source>
        <translation>Добавить анкету из файла</translation>
    </message>
    <message>
        <source>With the chosen questionnaire:</source>
        <translation>С выбранной анкетой:</translation>
    </message>
    <message>
        <source>Results…</source>
        <translation>Результаты…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>New questionnaire…</source>
        <translation>Новая анкета…</translation>
    </message>
    <message>
        <source>Make a new questionnaire</source>
        <translation>Сделать новую анкету</translation>
    </message>
    <message>
        <source>What DuoDesk is doing</source>
        <translation>Что делает DuoDesk</translation>
    </message>
    <message>
        <source>Reading the questionnaire file</source>
        <translation>Чтение файла анкеты</translation>
    </message>
    <message>
        <source>Opening the project…</source>
        <translation>Открываем проект…</translation>
    </message>
    <message>
        <source>Project: {project} ({protection})</source>
        <translation>Проект: {project} ({protection})</translation>
    </message>
    <message>
        <source>Keep the examples</source>
        <translation>Оставить примеры</translation>
    </message>
    <message>
        <source>Remove the examples</source>
        <translation>Убрать примеры</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to DuoDesk.&lt;/b&gt; Three example questionnaires are ready for you to try: a hepatitis C peer survey, a survey of barriers to training and employment, and a profile of a drug user organisation. Keep them to practise with, or remove them if this project is for your own survey only.</source>
        <translation>&lt;b&gt;Добро пожаловать в DuoDesk.&lt;/b&gt; Три анкеты-примера готовы, чтобы их попробовать: опрос равных о гепатите C, опрос о препятствиях к учёбе и работе и профиль организации людей, употребляющих наркотики. Оставьте их, чтобы потренироваться, или уберите, если этот проект только для вашего опроса.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to DuoDesk.&lt;/b&gt; Three example questionnaires to try.</source>
        <translation>&lt;b&gt;Добро пожаловать в DuoDesk.&lt;/b&gt; Три анкеты-примера, чтобы попробовать.</translation>
    </message>
    <message>
        <source>“{title}” has every file it needs.</source>
        <translation>У «{title}» есть все нужные файлы.</translation>
    </message>
    <message>
        <source>Waiting for another program to finish saving to the project. What you do here is kept.</source>
        <translation>Ждём, пока другая программа закончит сохранение в проект. То, что вы делаете здесь, сохраняется.</translation>
    </message>
    <message>
        <source>DuoDesk stopped waiting for the project. What could not be saved is kept in its window and tried again.</source>
        <translation>DuoDesk перестал ждать проект. То, что не удалось сохранить, хранится в своём окне и будет сохранено повторно.</translation>
    </message>
    <message>
        <source>The project is free again.</source>
        <translation>Проект снова свободен.</translation>
    </message>
    <message>
        <source>DuoDesk could not read something from the project. {details}</source>
        <translation>DuoDesk не смог прочитать часть данных проекта. {details}</translation>
    </message>
    <message>
        <source>Add a questionnaire</source>
        <translation>Добавить анкету</translation>
    </message>
    <message>
        <source>XLSForm workbooks (*.xlsx *.xls)</source>
        <translation>Книги XLSForm (*.xlsx *.xls)</translation>
    </message>
    <message>
        <source>Reading “{file}”… A large file can take a minute.</source>
        <translation>Чтение «{file}»… Большой файл может читаться около минуты.</translation>
    </message>
    <message>
        <source>“{title}” was changed. Interviews already entered keep the questionnaire they were entered with; new interviews use version {version}.</source>
        <translation>Анкета «{title}» изменена. Уже введённые интервью остаются с той анкетой, с которой их вводили; новые интервью идут по версии {version}.</translation>
    </message>
    <message>
        <source>“{title}” was added.</source>
        <translation>Анкета «{title}» добавлена.</translation>
    </message>
    <message>
        <source>“{title}” is already in this project, unchanged.</source>
        <translation>Анкета «{title}» уже есть в проекте, без изменений.</translation>
    </message>
    <message>
        <source>A file of “{title}” lacks a column</source>
        <translation>В файле анкеты «{title}» не хватает столбца</translation>
    </message>
    <message>
        <source>{files} added to “{title}”.</source>
        <translation>{files} добавлено в «{title}».</translation>
    </message>
    <message>
        <source>It still needs {files}.</source>
        <translation>Ещё нужно: {files}.</translation>
    </message>
    <message>
        <source>This file cannot be used</source>
        <translation>Этот файл нельзя использовать</translation>
    </message>
    <message>
        <source>Some examples were kept</source>
        <translation>Некоторые примеры оставлены</translation>
    </message>
    <message>
        <source>Interviews were entered with these examples, so they were kept: {titles}</source>
        <translation>С этими примерами уже вводили интервью, поэтому они оставлены: {titles}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Add a questionnaire from a file…</source>
        <translation>&amp;Добавить анкету из файла…</translation>
    </message>
    <message>
        <source>&amp;New questionnaire…</source>
        <translation>&amp;Новая анкета…</translation>
    </message>
    <message>
        <source>Add the &amp;example questionnaires</source>
        <translation>Добавить анкеты-&amp;примеры</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Крупнее текст</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>&amp;Мельче текст</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>&amp;Обычный размер текста</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;How to…</source>
        <translation>&amp;Как…</translation>
    </message>
    <message>
        <source>How to &amp;do…</source>
        <translation>Как &amp;сделать…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Клавиши</translation>
    </message>
    <message>
        <source>Start an interview…</source>
        <translation>Начать интервью…</translation>
    </message>
    <message>
        <source>Start an interview with the chosen questionnaire</source>
        <translation>Начать интервью по выбранной анкете</translation>
    </message>
    <message>
        <source>Interviews…</source>
        <translation>Интервью…</translation>
    </message>
    <message>
        <source>List the chosen questionnaire's interviews, to read or correct</source>
        <translation>Список интервью выбранной анкеты, чтобы читать или исправлять</translation>
    </message>
    <message>
        <source>Add interviews from a file…</source>
        <translation>Добавить интервью из файла…</translation>
    </message>
    <message>
        <source>Add interviews collected elsewhere (ODK, KoboToolbox, another laptop's DuoDesk) to the chosen questionnaire</source>
        <translation>Добавить в выбранную анкету интервью, собранные в другом месте (ODK, KoboToolbox, DuoDesk на другом ноутбуке)</translation>
    </message>
    <message>
        <source>See the chosen questionnaire's results: tables and charts</source>
        <translation>Результаты выбранной анкеты: таблицы и графики</translation>
    </message>
    <message>
        <source>Themes…</source>
        <translation>Темы…</translation>
    </message>
    <message>
        <source>Code the chosen questionnaire's written answers into themes</source>
        <translation>Разложить письменные ответы выбранной анкеты по темам</translation>
    </message>
    <message>
        <source>Paper datasheets…</source>
        <translation>Бумажные бланки…</translation>
    </message>
    <message>
        <source>Compare and resolve the chosen questionnaire's paper datasheets typed in twice</source>
        <translation>Сравнить и согласовать бумажные бланки выбранной анкеты, введённые дважды</translation>
    </message>
    <message>
        <source>Export the chosen questionnaire's interviews for the health board</source>
        <translation>Выгрузить интервью выбранной анкеты для органа здравоохранения</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Change the chosen questionnaire in the designer</source>
        <translation>Изменить выбранную анкету в редакторе</translation>
    </message>
    <message>
        <source>Add a file it needs…</source>
        <translation>Добавить нужный файл…</translation>
    </message>
    <message>
        <source>Add a file of answer options or data that the chosen questionnaire was added without</source>
        <translation>Добавить файл с вариантами ответов или данными, без которого была добавлена выбранная анкета</translation>
    </message>
    <message>
        <source>New questionnaire</source>
        <translation>Новая анкета</translation>
    </message>
    <message>
        <source>How to… (this guide)</source>
        <translation>Как… (эта справка)</translation>
    </message>
    <message>
        <source>Larger text / smaller text / normal text</source>
        <translation>Крупнее / мельче / обычный текст</translation>
    </message>
    <message>
        <source>Move between the list and the buttons</source>
        <translation>Перейти от списка к кнопкам</translation>
    </message>
    <message>
        <source>Start an interview with the questionnaire in the list</source>
        <translation>Начать интервью по анкете из списка</translation>
    </message>
    <message>
        <source>In an interview: choose an answer</source>
        <translation>В интервью: выбрать ответ</translation>
    </message>
    <message>
        <source>1 to 9</source>
        <translation>от 1 до 9</translation>
    </message>
    <message>
        <source>In an interview: next question</source>
        <translation>В интервью: следующий вопрос</translation>
    </message>
    <message>
        <source>In an interview: previous question</source>
        <translation>В интервью: предыдущий вопрос</translation>
    </message>
    <message>
        <source>In the list of interviews: open the chosen one</source>
        <translation>В списке интервью: открыть выбранное</translation>
    </message>
    <message>
        <source>In the list's search box: go to the list / open the first found</source>
        <translation>В поле поиска: перейти к списку / открыть первое найденное</translation>
    </message>
    <message>
        <source>In the designer: bring in an XLSForm / save as an XLSForm</source>
        <translation>В конструкторе: загрузить XLSForm / сохранить как XLSForm</translation>
    </message>
    <message>
        <source>Close a window (an interview keeps every answer)</source>
        <translation>Закрыть окно (интервью сохраняет все ответы)</translation>
    </message>
    <message>
        <source>Close a dialog, Results, Export or the list of interviews</source>
        <translation>Закрыть диалог, Результаты, Экспорт или список интервью</translation>
    </message>
    <message>
        <source>Add an XLSForm made in DuoDesk, ODK or KoboToolbox (Ctrl+O)</source>
        <translation>Добавить XLSForm, сделанный в DuoDesk, ODK или KoboToolbox (Ctrl+O)</translation>
    </message>
    <message>
        <source>Make a new questionnaire in the designer (Ctrl+N)</source>
        <translation>Сделать новую анкету в редакторе (Ctrl+N)</translation>
    </message>
    <message>
        <source>Keep the three example questionnaires to practise with</source>
        <translation>Оставить три анкеты-примера для тренировки</translation>
    </message>
    <message>
        <source>Remove the example questionnaires from this project</source>
        <translation>Убрать анкеты-примеры из этого проекта</translation>
    </message>
    <message>
        <source>Resume or discard…</source>
        <translation>Продолжить или удалить…</translation>
    </message>
    <message>
        <source>Carry on with an unfinished interview, or throw one away</source>
        <translation>Продолжить незаконченное интервью или удалить его</translation>
    </message>
    <message>
        <source>&amp;Questionnaire</source>
        <translation>&amp;Анкета</translation>
    </message>
</context>
<context>
    <name>MissingFiles</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation><numerusform>… и ещё %n</numerusform><numerusform>… и ещё %n</numerusform><numerusform>… и ещё %n</numerusform></translation>
    </message>
    <message>
        <source>“{title}” takes answer options or data from {files}, which was not with it. Until it is added, these questions cannot be answered:</source>
        <translation>«{title}» берёт варианты ответов или данные из {files}, которого с ней не было. Пока его не добавят, на эти вопросы нельзя ответить:</translation>
    </message>
    <message>
        <source>“{title}” takes answer options or data from {files}, which were not with it. Until they are added, these questions cannot be answered:</source>
        <translation>«{title}» берёт варианты ответов или данные из {files}, которых с ней не было. Пока их не добавят, на эти вопросы нельзя ответить:</translation>
    </message>
    <message>
        <source>Press Open to choose the file now, or Start without to begin the interview without these questions.</source>
        <translation>Нажмите «Открыть», чтобы выбрать файл сейчас, или «Начать без них», чтобы начать интервью без этих вопросов.</translation>
    </message>
    <message>
        <source>Press Open to choose the files now, or Start without to begin the interview without these questions.</source>
        <translation>Нажмите «Открыть», чтобы выбрать файлы сейчас, или «Начать без них», чтобы начать интервью без этих вопросов.</translation>
    </message>
    <message>
        <source>Press Open to choose the file now, or Later: DuoDesk asks again each time an interview starts.</source>
        <translation>Нажмите «Открыть», чтобы выбрать файл сейчас, или «Позже»: DuoDesk спросит снова в начале каждого интервью.</translation>
    </message>
    <message>
        <source>Press Open to choose the files now, or Later: DuoDesk asks again each time an interview starts.</source>
        <translation>Нажмите «Открыть», чтобы выбрать файлы сейчас, или «Позже»: DuoDesk спросит снова в начале каждого интервью.</translation>
    </message>
    <message>
        <source>“{title}” takes answer options or data from {files}, which was with it but empty. Until a filled-in copy is added, these questions cannot be answered:</source>
        <translation>«{title}» берёт варианты ответов или данные из {files}, который был с ней, но пустой. Пока не добавят заполненную копию, на эти вопросы нельзя ответить:</translation>
    </message>
    <message>
        <source>“{title}” takes answer options or data from {files}, which were with it but empty. Until filled-in copies are added, these questions cannot be answered:</source>
        <translation>«{title}» берёт варианты ответов или данные из {files}, которые были с ней, но пустые. Пока не добавят заполненные копии, на эти вопросы нельзя ответить:</translation>
    </message>
    <message>
        <source>“{title}” takes answer options or data from {files}. {empty} came with it but empty; the others were not with it. Until they are added, these questions cannot be answered:</source>
        <translation>«{title}» берёт варианты ответов или данные из {files}. Были с ней, но пустые: {empty}; остальных с ней не было. Пока их не добавят, на эти вопросы нельзя ответить:</translation>
    </message>
    <message>
        <source>A file is missing</source>
        <translation>Не хватает файла</translation>
    </message>
    <message>
        <source>Some files are missing</source>
        <translation>Не хватает файлов</translation>
    </message>
    <message>
        <source>Start without</source>
        <translation>Начать без них</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <source>Choose {names}</source>
        <translation>Выберите {names}</translation>
    </message>
    <message>
        <source>Answer options and data (*.csv *.xml *.geojson)</source>
        <translation>Варианты ответов и данные (*.csv *.xml *.geojson)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <source>◀  Back</source>
        <translation>◀  Назад</translation>
    </message>
    <message>
        <source>Back to the previous question</source>
        <translation>Назад к предыдущему вопросу</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Влево</translation>
    </message>
    <message>
        <source>Next  ▶</source>
        <translation>Далее  ▶</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Следующий вопрос</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Пропустить пока</translation>
    </message>
    <message>
        <source>Skip this question for now; nothing is recorded and it is listed at the end</source>
        <translation>Пропустить этот вопрос пока; ничего не записывается, в конце о нём напомнят</translation>
    </message>
    <message>
        <source>Go on without an answer. Nothing is recorded for this question, and it is listed again when the interview is finished.</source>
        <translation>Идти дальше без ответа. Для этого вопроса ничего не записывается, и о нём напомнят в конце интервью.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Question {number} · the last one</source>
        <translation>Вопрос {number} · последний</translation>
    </message>
    <message numerus="yes">
        <source>Question {number} · %n more to go</source>
        <translation><numerusform>Вопрос {number} · остался ещё %n</numerusform><numerusform>Вопрос {number} · осталось ещё %n</numerusform><numerusform>Вопрос {number} · осталось ещё %n</numerusform></translation>
    </message>
</context>
<context>
    <name>ProjectOpening</name>
    <message>
        <source>Password for the shared project</source>
        <translation>Пароль общего проекта</translation>
    </message>
    <message>
        <source>This project is locked</source>
        <translation>Этот проект закрыт</translation>
    </message>
    <message>
        <source>{reason}

Passphrase:</source>
        <translation>{reason}

Кодовая фраза:</translation>
    </message>
    <message>
        <source>The passphrase was not right. DuoDesk will close.</source>
        <translation>Кодовая фраза неверна. DuoDesk закроется.</translation>
    </message>
    <message>
        <source>DuoDesk cannot open the project</source>
        <translation>DuoDesk не может открыть проект</translation>
    </message>
    <message>
        <source>open the project</source>
        <translation>открыть проект</translation>
    </message>
    <message>
        <source>The server cannot be reached</source>
        <translation>Сервер недоступен</translation>
    </message>
    <message>
        <source>You can go on interviewing on this laptop: the interviews are kept here, locked, and DuoDesk offers to send them to the server once it answers again.</source>
        <translation>Можно продолжать интервью на этом ноутбуке: интервью хранятся здесь, под защитой, и DuoDesk предложит отправить их на сервер, как только он снова ответит.</translation>
    </message>
    <message>
        <source>Interview on this laptop</source>
        <translation>Интервью на этом ноутбуке</translation>
    </message>
    <message>
        <source>Close DuoDesk</source>
        <translation>Закрыть DuoDesk</translation>
    </message>
    <message>
        <source>That password was not right (or the user name is not known there). Type it again.</source>
        <translation>Пароль неверный (или там не знают такого имени пользователя). Введите его снова.</translation>
    </message>
    <message>
        <source>The shared project on this computer needs the password of the user “{user}”.</source>
        <translation>Общему проекту на этом компьютере нужен пароль пользователя «{user}».</translation>
    </message>
    <message>
        <source>The shared project on this computer needs the password of the user.</source>
        <translation>Общему проекту на этом компьютере нужен пароль пользователя.</translation>
    </message>
    <message>
        <source>The shared project on {host} needs the password of the user “{user}”.</source>
        <translation>Общему проекту на {host} нужен пароль пользователя «{user}».</translation>
    </message>
    <message>
        <source>The shared project on {host} needs the password of the user.</source>
        <translation>Общему проекту на {host} нужен пароль пользователя.</translation>
    </message>
    <message>
        <source>{first}

DuoDesk keeps the password only while the project is open.

Password:</source>
        <translation>{first}

DuoDesk хранит пароль, только пока проект открыт.

Пароль:</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <source>Type a whole number</source>
        <translation>Введите целое число</translation>
    </message>
    <message>
        <source>Type a number</source>
        <translation>Введите число</translation>
    </message>
    <message>
        <source>Type a date like 25/12/2024, or choose it on the calendar</source>
        <translation>Введите дату, например 25/12/2024, или выберите её в календаре</translation>
    </message>
    <message>
        <source>Type a time like 14:30</source>
        <translation>Введите время, например 14:30</translation>
    </message>
    <message>
        <source>Type a date and time like 2024-12-25 14:30</source>
        <translation>Введите дату и время, например 2024-12-25 14:30</translation>
    </message>
    <message>
        <source>Type the code</source>
        <translation>Введите код</translation>
    </message>
    <message>
        <source>Day/month/year, like 25/12/2024</source>
        <translation>День/месяц/год, например 25/12/2024</translation>
    </message>
    <message>
        <source>Like 2024-12-25 14:30</source>
        <translation>Например 2024-12-25 14:30</translation>
    </message>
    <message>
        <source>Recorded (hidden)</source>
        <translation>Записано (скрыто)</translation>
    </message>
    <message>
        <source>{question} (answer needed)</source>
        <translation>{question} (нужен ответ)</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Календарь…</translation>
    </message>
    <message>
        <source>Choose the date on a calendar</source>
        <translation>Выбрать дату в календаре</translation>
    </message>
    <message>
        <source>Choose a date</source>
        <translation>Выберите дату</translation>
    </message>
    <message>
        <source>Use this date</source>
        <translation>Взять эту дату</translation>
    </message>
    <message>
        <source>Options after 9: press the ↓ arrow key, then Space to tick one.</source>
        <translation>Варианты после 9: нажмите стрелку ↓, затем Пробел, чтобы отметить.</translation>
    </message>
    <message>
        <source>Options after 9: press the ↓ arrow key, then Space to choose one.</source>
        <translation>Варианты после 9: нажмите стрелку ↓, затем Пробел, чтобы выбрать.</translation>
    </message>
    <message>
        <source>Clear this answer</source>
        <translation>Стереть этот ответ</translation>
    </message>
    <message>
        <source>Clear the answer to {question}</source>
        <translation>Стереть ответ на вопрос {question}</translation>
    </message>
    <message>
        <source>Type part of the name</source>
        <translation>Введите часть названия</translation>
    </message>
    <message>
        <source>(choose one)</source>
        <translation>(выберите)</translation>
    </message>
</context>
<context>
    <name>QuestionWidgets</name>
    <message>
        <source>not a real date</source>
        <translation>такой даты нет</translation>
    </message>
    <message>
        <source>This question cannot be answered yet: its answer options come from {files}, which was not added with the questionnaire.</source>
        <translation>На этот вопрос пока нельзя ответить: его варианты ответов берутся из {files}, который не был добавлен вместе с анкетой.</translation>
    </message>
    <message>
        <source>This question cannot be answered yet: its answer options come from {files}, which were not added with the questionnaire.</source>
        <translation>На этот вопрос пока нельзя ответить: его варианты ответов берутся из {files}, которые не были добавлены вместе с анкетой.</translation>
    </message>
    <message>
        <source>This question cannot be answered yet: it uses data from {files}, which was not added with the questionnaire.</source>
        <translation>На этот вопрос пока нельзя ответить: он использует данные из {files}, который не был добавлен вместе с анкетой.</translation>
    </message>
    <message>
        <source>This question cannot be answered yet: it uses data from {files}, which were not added with the questionnaire.</source>
        <translation>На этот вопрос пока нельзя ответить: он использует данные из {files}, которые не были добавлены вместе с анкетой.</translation>
    </message>
    <message>
        <source>Skip it for now. Once the file is added (DuoDesk asks for it when an interview starts), this interview can be opened again to answer it.</source>
        <translation>Пока пропустите его. Когда файл будет добавлен (DuoDesk просит его в начале интервью), это интервью можно будет открыть снова и ответить.</translation>
    </message>
</context>
<context>
    <name>QuestionnaireTable</name>
    <message>
        <source>Questionnaire</source>
        <translation>Анкета</translation>
    </message>
    <message>
        <source>Name in files</source>
        <translation>Имя в файлах</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Закончено</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>Незаконченные</translation>
    </message>
    <message>
        <source>The questionnaire's name in the data files and in commands (form_id)</source>
        <translation>Имя анкеты в файлах данных и в командах (form_id)</translation>
    </message>
    <message>
        <source>How many versions of the questionnaire the project keeps</source>
        <translation>Сколько версий анкеты хранит проект</translation>
    </message>
    <message>
        <source>Finished interviews</source>
        <translation>Законченные интервью</translation>
    </message>
    <message>
        <source>Unfinished interviews (drafts)</source>
        <translation>Незаконченные интервью (черновики)</translation>
    </message>
</context>
<context>
    <name>RepeatPages</name>
    <message>
        <source>Remove {what}</source>
        <translation>Убрать {what}</translation>
    </message>
    <message>
        <source>2   No more</source>
        <translation>2   Больше нет</translation>
    </message>
    <message>
        <source>{repeat}: {number} of {total}</source>
        <translation>{repeat}: {number} из {total}</translation>
    </message>
    <message>
        <source>Remove this one…</source>
        <translation>Убрать эту запись…</translation>
    </message>
    <message>
        <source>{repeat}: add another one?</source>
        <translation>{repeat}: добавить ещё?</translation>
    </message>
    <message>
        <source>{repeat}: is there one to add?</source>
        <translation>{repeat}: есть что добавить?</translation>
    </message>
    <message numerus="yes">
        <source>{repeat}: %n recorded so far.</source>
        <translation><numerusform>{repeat}: пока записано %n.</numerusform><numerusform>{repeat}: пока записано %n.</numerusform><numerusform>{repeat}: пока записано %n.</numerusform></translation>
    </message>
    <message>
        <source>{repeat}: none recorded yet.</source>
        <translation>{repeat}: пока ничего не записано.</translation>
    </message>
    <message>
        <source>1   Add another one</source>
        <translation>1   Добавить ещё</translation>
    </message>
    <message>
        <source>1   Add one</source>
        <translation>1   Добавить</translation>
    </message>
    <message>
        <source>Remove number {number} ({repeat})</source>
        <translation>Убрать номер {number} ({repeat})</translation>
    </message>
    <message>
        <source>Remove number {number} ({repeat}) and all its answers?</source>
        <translation>Убрать номер {number} ({repeat}) и все его ответы?</translation>
    </message>
    <message>
        <source>The ones after it move up by one.</source>
        <translation>Следующие сдвинутся на одно место вверх.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>Number {number} ({repeat}) was removed.</source>
        <translation>Номер {number} ({repeat}) убран.</translation>
    </message>
</context>
<context>
    <name>ServerAway</name>
    <message>
        <source>You can go on interviewing on this laptop: the interviews are kept here, locked, and DuoDesk offers to send them to the server once it answers again.</source>
        <translation>Можно продолжать интервью на этом ноутбуке: интервью хранятся здесь, под защитой, и DuoDesk предложит отправить их на сервер, как только он снова ответит.</translation>
    </message>
    <message>
        <source>The server cannot be reached (it may be stopped, or this laptop may have lost the network).</source>
        <translation>Сервер недоступен (возможно, он остановлен или этот ноутбук потерял связь с сетью).</translation>
    </message>
    <message>
        <source>What the server said: {error}</source>
        <translation>Ответ сервера: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n interviews entered on this laptop wait to be sent to the server</source>
        <translation><numerusform>%n интервью, введённое на этом ноутбуке, ждёт отправки на сервер</numerusform><numerusform>%n интервью, введённых на этом ноутбуке, ждут отправки на сервер</numerusform><numerusform>%n интервью, введённых на этом ноутбуке, ждут отправки на сервер</numerusform></translation>
    </message>
    <message>
        <source>The shared server</source>
        <translation>Общий сервер</translation>
    </message>
    <message>
        <source>Interview on this laptop</source>
        <translation>Интервью на этом ноутбуке</translation>
    </message>
    <message>
        <source>Go on interviewing without the server: the interviews are kept on this laptop, locked, and sent to the server when it answers again</source>
        <translation>Продолжать интервью без сервера: интервью хранятся на этом ноутбуке под защитой и отправляются на сервер, когда он снова ответит</translation>
    </message>
    <message>
        <source>Send them to the server</source>
        <translation>Отправить их на сервер</translation>
    </message>
    <message>
        <source>Send the finished interviews entered on this laptop to the server; they leave the laptop once the server has them</source>
        <translation>Отправить на сервер законченные интервью, введённые на этом ноутбуке; они удаляются с ноутбука, как только сервер их получит</translation>
    </message>
    <message>
        <source>Try the server now</source>
        <translation>Проверить сервер сейчас</translation>
    </message>
    <message>
        <source>See now whether the server answers again</source>
        <translation>Проверить сейчас, отвечает ли сервер снова</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Hide this line</source>
        <translation>Скрыть эту строку</translation>
    </message>
    <message>
        <source>Interviews entered on this laptop earlier have not been sent yet.</source>
        <translation>Интервью, введённые раньше на этом ноутбуке, ещё не отправлены.</translation>
    </message>
    <message>
        <source>The server has not answered for {seconds} seconds. DuoDesk keeps waiting for it, for up to {longest} seconds; what you entered stays in its window.</source>
        <translation>Сервер не отвечает уже {seconds} с. DuoDesk продолжает ждать его до {longest} с; введённое остаётся в своём окне.</translation>
    </message>
    <message>
        <source>Interviews cannot be entered on this laptop meanwhile: the server's questionnaires were never copied to it.</source>
        <translation>Пока вводить интервью на этом ноутбуке нельзя: анкеты сервера на него так и не были скопированы.</translation>
    </message>
    <message>
        <source>Interviews cannot be entered on this laptop meanwhile: it does not have the team's participant-code key, so the server's questionnaires could not be copied to it. Read a team transfer file made on a laptop of the team (it carries the key) while the server answers.</source>
        <translation>Пока вводить интервью на этом ноутбуке нельзя: на нём нет ключа кодов участников команды, поэтому анкеты сервера не удалось скопировать на него. Прочитайте файл передачи, сделанный на ноутбуке команды (в нём есть ключ), когда сервер отвечает.</translation>
    </message>
    <message>
        <source>Interviews cannot be entered on this laptop meanwhile: the server's questionnaires could not be copied to it ({reason}).</source>
        <translation>Пока вводить интервью на этом ноутбуке нельзя: анкеты сервера не удалось скопировать на него ({reason}).</translation>
    </message>
    <message>
        <source>Project: kept on this laptop while the server cannot be reached (locked)</source>
        <translation>Проект: хранится на этом ноутбуке, пока сервер недоступен (под защитой)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Interviewing on this laptop:&lt;/b&gt; the server cannot be reached, so the interviews are kept here, locked.{waiting} DuoDesk tries the server every {seconds} seconds.</source>
        <translation>&lt;b&gt;Интервью на этом ноутбуке:&lt;/b&gt; сервер недоступен, поэтому интервью хранятся здесь под защитой.{waiting} DuoDesk проверяет сервер каждые {seconds} с.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The server answers again, but it needs the password.&lt;/b&gt; The interviews stay on this laptop, locked, until it is typed: press Try the server now.</source>
        <translation>&lt;b&gt;Сервер снова отвечает, но ему нужен пароль.&lt;/b&gt; Интервью остаются на этом ноутбуке, под замком, пока пароль не введён: нажмите «Проверить сервер сейчас».</translation>
    </message>
    <message>
        <source>&lt;b&gt;The server answers again:&lt;/b&gt; DuoDesk is back on the shared project.</source>
        <translation>&lt;b&gt;Сервер снова отвечает:&lt;/b&gt; DuoDesk вернулся к общему проекту.</translation>
    </message>
    <message>
        <source>The server answers again.</source>
        <translation>Сервер снова отвечает.</translation>
    </message>
    <message>
        <source>Send it to the server</source>
        <translation>Отправить его на сервер</translation>
    </message>
    <message numerus="yes">
        <source>%n interviews entered on this laptop wait to be sent to the server: until they are sent, only this laptop has them.</source>
        <translation>
            <numerusform>%n интервью, введённое на этом ноутбуке, ждёт отправки на сервер: пока оно не отправлено, оно есть только на этом ноутбуке.</numerusform>
            <numerusform>%n интервью, введённых на этом ноутбуке, ждут отправки на сервер: пока они не отправлены, они есть только на этом ноутбуке.</numerusform>
            <numerusform>%n интервью, введённых на этом ноутбуке, ждут отправки на сервер: пока они не отправлены, они есть только на этом ноутбуке.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending the interviews entered on this laptop to the server…</source>
        <translation>Отправка на сервер интервью, введённых на этом ноутбуке…</translation>
    </message>
    <message>
        <source>DuoDesk is back on the shared project.</source>
        <translation>DuoDesk вернулся к общему проекту.</translation>
    </message>
    <message>
        <source>the server stopped answering.</source>
        <translation>сервер перестал отвечать.</translation>
    </message>
    <message>
        <source>the server was busy with other people's work and could not take them just now. Try again in a moment.</source>
        <translation>сервер был занят работой других людей и не смог принять их сейчас. Попробуйте ещё раз через минуту.</translation>
    </message>
    <message>
        <source>the server refused them. {reason}</source>
        <translation>сервер их не принял. {reason}</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Попробовать ещё раз</translation>
    </message>
    <message>
        <source>The interviews were not sent:</source>
        <translation>Интервью не отправлены:</translation>
    </message>
    <message>
        <source>Nothing was stored on the server, and they are all still on this laptop.</source>
        <translation>На сервере ничего не сохранено, и все они по-прежнему на этом ноутбуке.</translation>
    </message>
    <message>
        <source>Interviews not sent yet</source>
        <translation>Интервью ещё не отправлены</translation>
    </message>
    <message>
        <source>1 interview entered on this laptop has not been sent to the server. It stays safe on this laptop, locked, and DuoDesk offers to send it the next time it opens the server.</source>
        <translation>1 интервью, введённое на этом ноутбуке, не отправлено на сервер. Оно остаётся в сохранности на этом ноутбуке, под замком, и DuoDesk предложит отправить его, когда в следующий раз откроет сервер.</translation>
    </message>
    <message>
        <source>{count} interviews entered on this laptop have not been sent to the server. They stay safe on this laptop, locked, and DuoDesk offers to send them the next time it opens the server.</source>
        <translation>Интервью, введённые на этом ноутбуке ({count}), не отправлены на сервер. Они остаются в сохранности на этом ноутбуке, под замком, и DuoDesk предложит отправить их, когда в следующий раз откроет сервер.</translation>
    </message>
    <message>
        <source>Close DuoDesk</source>
        <translation>Закрыть DuoDesk</translation>
    </message>
    <message>
        <source>Send them first</source>
        <translation>Сначала отправить их</translation>
    </message>
    <message>
        <source>open the interviews kept on this laptop</source>
        <translation>открыть интервью, хранящиеся на этом ноутбуке</translation>
    </message>
</context>
<context>
    <name>StartInterviewDialog</name>
    <message>
        <source>Start an interview</source>
        <translation>Начать интервью</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Интервьюер</translation>
    </message>
    <message>
        <source>Add a name…</source>
        <translation>Добавить имя…</translation>
    </message>
    <message>
        <source>Add an interviewer's name to the list</source>
        <translation>Добавить имя интервьюера в список</translation>
    </message>
    <message>
        <source>{name} (signed in)</source>
        <translation>{name} (вошёл)</translation>
    </message>
    <message>
        <source>Site or drop-in centre</source>
        <translation>Место или центр</translation>
    </message>
    <message>
        <source>Type the name of the centre</source>
        <translation>Введите название центра</translation>
    </message>
    <message>
        <source>Date of the interview</source>
        <translation>Дата интервью</translation>
    </message>
    <message>
        <source>Today, unless you are typing in an interview done on paper earlier.</source>
        <translation>Сегодня, если только вы не вводите интервью, сделанное раньше на бумаге.</translation>
    </message>
    <message>
        <source>Paper datasheet number</source>
        <translation>Номер бумажного бланка</translation>
    </message>
    <message>
        <source>Only when typing in a paper datasheet</source>
        <translation>Только при вводе бумажного бланка</translation>
    </message>
    <message>
        <source>Typed in by</source>
        <translation>Кто вводит</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>A datasheet is typed in by the person signed in.</source>
        <translation>Бумажную анкету вводит человек, вошедший в программу.</translation>
    </message>
    <message>
        <source>A second person types the same datasheet later, with the same number, to check it: DuoDesk then lists every difference.</source>
        <translation>Позже второй человек вводит тот же бланк с тем же номером для проверки: DuoDesk покажет все различия.</translation>
    </message>
    <message>
        <source>&amp;Interviewer:</source>
        <translation>&amp;Интервьюер:</translation>
    </message>
    <message>
        <source>&amp;Site (drop-in centre):</source>
        <translation>&amp;Место (центр):</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>&amp;Paper datasheet number:</source>
        <translation>Номер &amp;бланка:</translation>
    </message>
    <message>
        <source>&amp;Typed in by:</source>
        <translation>&amp;Кто вводит:</translation>
    </message>
    <message>
        <source>Start the interview</source>
        <translation>Начать интервью</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Add an interviewer</source>
        <translation>Добавить интервьюера</translation>
    </message>
    <message>
        <source>The interviewer's name (a first name is enough):</source>
        <translation>Имя интервьюера (достаточно имени без фамилии):</translation>
    </message>
    <message>
        <source>add the name</source>
        <translation>добавить имя</translation>
    </message>
    <message>
        <source>the interviewer (add your name with “Add a name…”)</source>
        <translation>интервьюера (добавьте своё имя кнопкой «Добавить имя…»)</translation>
    </message>
    <message>
        <source>the site</source>
        <translation>место</translation>
    </message>
    <message>
        <source>who is typing in the paper datasheet</source>
        <translation>кто вводит бумажный бланк</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} и {second}</translation>
    </message>
    <message>
        <source>Please fill in {missing}.</source>
        <translation>Пожалуйста, укажите {missing}.</translation>
    </message>
</context>
</TS>