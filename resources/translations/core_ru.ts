<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>Analysis</name>
    <message>
        <source>There is no question called "{name}" in "{title}". Use the question's name as the questionnaire gives it.</source>
        <translation>В «{title}» нет вопроса «{name}». Используйте имя вопроса так, как оно указано в анкете.</translation>
    </message>
    <message>
        <source>There is no questionnaire "{form_id}" in this project. The list command shows the questionnaires there are.</source>
        <translation>В этом проекте нет анкеты «{form_id}». Команда list показывает анкеты проекта.</translation>
    </message>
    <message>
        <source>{where}: "{name}" is a date question; compare it with a date written as YYYY-MM-DD, e.g. "{name} {operator} 2026-01-31".</source>
        <translation>{where}: «{name}» — вопрос с датой; сравнивайте его с датой в виде ГГГГ-ММ-ДД, например «{name} {operator} 2026-01-31».</translation>
    </message>
    <message>
        <source>{where}: "{name}" is a number question; compare it with a number.</source>
        <translation>{where}: «{name}» — вопрос с числом; сравнивайте его с числом.</translation>
    </message>
    <message>
        <source>{where}: "{name}" is not a number question nor a date question, so "{operator}" cannot be used with it.</source>
        <translation>{where}: «{name}» — не вопрос с числом и не вопрос с датой, поэтому «{operator}» с ним использовать нельзя.</translation>
    </message>
    <message>
        <source>{where}: "includes" is for questions where several answers can be ticked; use "=" for "{name}".</source>
        <translation>{where}: «includes» — для вопросов, где можно отметить несколько ответов; для «{name}» используйте «=».</translation>
    </message>
    <message>
        <source>{where}: several answers can be ticked for "{name}"; write "{name} includes CHOICE".</source>
        <translation>{where}: в «{name}» можно отметить несколько ответов; пишите «{name} includes ВАРИАНТ».</translation>
    </message>
    <message>
        <source>{where}: "{value}" is not one of the answers to "{name}" ({choices}).</source>
        <translation>{where}: «{value}» — не один из ответов на «{name}» ({choices}).</translation>
    </message>
    <message>
        <source>"{label}" can have several answers ticked, so it cannot be one side of a crosstab. Choose a question with one answer.</source>
        <translation>В «{label}» можно отметить несколько ответов, поэтому он не может быть стороной таблицы сопряжённости. Выберите вопрос с одним ответом.</translation>
    </message>
    <message>
        <source>"{label}" is asked once for each instance of “{repeat_label}”: put it against a question asked once per interview (a crosstab of two repeat questions, or of a repeat question and themes, is not made).</source>
        <translation>«{label}» задаётся один раз для каждой записи «{repeat_label}»: сопоставьте его с вопросом, который задаётся один раз в интервью (таблица двух повторяющихся вопросов или повторяющегося вопроса и тем не строится).</translation>
    </message>
    <message>
        <source>Choose two different questions for a crosstab.</source>
        <translation>Выберите два разных вопроса для таблицы сопряжённости.</translation>
    </message>
    <message>
        <source>"{label}" can have several answers ticked: compare the themes with a question with one answer.</source>
        <translation>В «{label}» можно отметить несколько ответов: сравнивайте темы с вопросом с одним ответом.</translation>
    </message>
    <message>
        <source>This table would count only 1 to {threshold} people, and the project hides numbers from 1 to {threshold}: none of its numbers can be shown. Choose a larger part of the survey.</source>
        <translation>В этой таблице было бы только от 1 до {threshold} человек, а проект скрывает числа от 1 до {threshold}: ни одно её число нельзя показать. Выберите бо́льшую часть опроса.</translation>
    </message>
    <message>
        <source>This part of the survey leaves out only 1 to {threshold} of the people the table counts for the whole survey: set beside that table, its numbers would give those few people's answers by subtraction. Choose a part that leaves out none of them, or at least {n}.</source>
        <translation>Эта часть опроса оставляет в стороне только от 1 до {threshold} человек из тех, кого таблица считает для всего опроса: рядом с той таблицей её числа дали бы вычитанием ответы этих немногих людей. Выберите часть, которая не оставляет в стороне никого или хотя бы {n}.</translation>
    </message>
    <message>
        <source>"{operator}" is not a comparison DuoDesk knows; use one of {known}.</source>
        <translation>«{operator}» — сравнение, которого DuoDesk не знает; используйте одно из этих: {known}.</translation>
    </message>
    <message>
        <source>"{question} {operator} {value}": "{value}" is not a number, nor a date written as YYYY-MM-DD.</source>
        <translation>«{question} {operator} {value}»: «{value}» — не число и не дата в виде ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>"{text}" is not a condition DuoDesk can read. Write it like "sex=female", "age&gt;30" or "drugs includes heroin".</source>
        <translation>DuoDesk не может прочитать условие «{text}». Напишите его так: «sex=female», «age&gt;30» или «drugs includes heroin».</translation>
    </message>
    <message>
        <source>"{name}" is not a number question, so it cannot have bins.</source>
        <translation>«{name}» — не вопрос с числом, поэтому у него не может быть интервалов.</translation>
    </message>
    <message>
        <source>{question}: themes</source>
        <translation>{question}: темы</translation>
    </message>
    <message>
        <source>Both coders must decide on the same answers.</source>
        <translation>Оба кодировщика должны решать по одним и тем же ответам.</translation>
    </message>
    <message>
        <source>Not codable</source>
        <translation>Нельзя закодировать</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>over a project too damaged to read</source>
        <translation>вместо проекта, повреждённого настолько, что его нельзя прочитать</translation>
    </message>
    <message>
        <source>records {first} to {last} of the trail it replaced, kept here</source>
        <translation>записи с {first} по {last} заменённого журнала, сохранены здесь</translation>
    </message>
    <message>
        <source>the trail in the file is not the one this laptop wrote for this project (its keys were removed or replaced, so it was rewritten or swapped)</source>
        <translation>журнал в файле — не тот, который этот компьютер вёл для этого проекта (его ключи удалены или заменены, значит, он переписан или подменён)</translation>
    </message>
    <message>
        <source>records {first} to {newest}, which this laptop wrote, were lost: a damaged project was replaced by an older copy at record {restored}</source>
        <translation>записи с {first} по {newest}, сделанные на этом ноутбуке, потеряны: повреждённый проект был заменён более старой копией на записи {restored}</translation>
    </message>
    <message>
        <source>record {number} is missing</source>
        <translation>записи {number} нет</translation>
    </message>
    <message>
        <source>record {number} does not follow the one before</source>
        <translation>запись {number} не следует за предыдущей</translation>
    </message>
    <message>
        <source>records from {number} on were written with a key this laptop does not hold (on another laptop, or by someone rewriting the trail), so they cannot be vouched for here</source>
        <translation>записи начиная с {number} сделаны ключом, которого нет на этом компьютере (на другом компьютере или кем-то, кто переписал журнал), поэтому здесь за них нельзя поручиться</translation>
    </message>
    <message>
        <source>record {number} was changed after it was written</source>
        <translation>запись {number} изменена после того, как была сделана</translation>
    </message>
    <message>
        <source>record {number} is not the one this laptop wrote there: the trail was emptied or rewritten and begun again</source>
        <translation>запись {number} — не та, что этот ноутбук записал здесь: журнал был очищен или переписан и начат заново</translation>
    </message>
    <message>
        <source>records from {number} on are missing: this laptop wrote the trail up to record {newest} (they were cut off, or the trail was emptied and begun again)</source>
        <translation>записей начиная с {number} нет: этот компьютер вёл журнал до записи {newest} (их отрезали, или журнал очистили и начали заново)</translation>
    </message>
    <message>
        <source>“{title}” is in the project, but the trail has no record of it being added: records were removed, or the trail was emptied and begun again</source>
        <translation>«{title}» есть в проекте, но в журнале нет записи о его добавлении: записи были удалены, или журнал очистили и начали заново</translation>
    </message>
    <message>
        <source>the guard that stops records being changed or deleted was removed from the project ({names}), so records may have been changed or deleted by hand</source>
        <translation>из проекта удалена защита, которая не даёт изменять или удалять записи ({names}), поэтому записи могли быть изменены или удалены вручную</translation>
    </message>
    <message>
        <source>the list of people is not the one the trail recorded: {name} is {now} in the list and {then} in the trail (changed by hand)</source>
        <translation>список людей не совпадает с записанным в журнале: {name} — {now} в списке и {then} в журнале (изменено вручную)</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>нет в списке</translation>
    </message>
    <message>
        <source>records from {number} on are missing: the project lists a key that wrote them (they were deleted, or the trail was emptied and begun again)</source>
        <translation>записи начиная с {number} отсутствуют: в проекте указан ключ, которым они были записаны (их удалили, или журнал очистили и начали заново)</translation>
    </message>
</context>
<context>
    <name>Codebook</name>
    <message>
        <source>written answer</source>
        <translation>письменный ответ</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>целое число</translation>
    </message>
    <message>
        <source>number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>one answer from a list</source>
        <translation>один ответ из списка</translation>
    </message>
    <message>
        <source>several answers from a list</source>
        <translation>несколько ответов из списка</translation>
    </message>
    <message>
        <source>date (YYYY-MM-DD)</source>
        <translation>дата (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>time (HH:MM)</source>
        <translation>время (ЧЧ:ММ)</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>дата и время</translation>
    </message>
    <message>
        <source>location: latitude longitude altitude accuracy</source>
        <translation>место: широта долгота высота точность</translation>
    </message>
    <message>
        <source>line: locations separated by ;</source>
        <translation>линия: места через ;</translation>
    </message>
    <message>
        <source>shape: locations separated by ;</source>
        <translation>фигура: места через ;</translation>
    </message>
    <message>
        <source>location where the interview started</source>
        <translation>место, где началось интервью</translation>
    </message>
    <message>
        <source>name of an attached photo</source>
        <translation>имя приложенного фото</translation>
    </message>
    <message>
        <source>name of an attached recording</source>
        <translation>имя приложенной записи</translation>
    </message>
    <message>
        <source>name of an attached video</source>
        <translation>имя приложенного видео</translation>
    </message>
    <message>
        <source>name of an attached file</source>
        <translation>имя приложенного файла</translation>
    </message>
    <message>
        <source>code (typed)</source>
        <translation>код (набран вручную)</translation>
    </message>
    <message>
        <source>number in a range</source>
        <translation>число в диапазоне</translation>
    </message>
    <message>
        <source>OK when acknowledged</source>
        <translation>OK после подтверждения</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Asked when</source>
        <translation>Когда задаётся</translation>
    </message>
    <message>
        <source>Allowed answers</source>
        <translation>Допустимые ответы</translation>
    </message>
    <message>
        <source>Choices (code = label)</source>
        <translation>Варианты (код = подпись)</translation>
    </message>
    <message>
        <source>Missing codes</source>
        <translation>Коды пропуска</translation>
    </message>
    <message>
        <source>the label of the choice</source>
        <translation>подпись варианта</translation>
    </message>
    <message>
        <source>the code of the choice (see Choices)</source>
        <translation>код варианта (см. Варианты)</translation>
    </message>
    <message>
        <source>How to read the interview data (the Data sheet of the separate interview file, the CSV or the SPSS file; this workbook has none): one row per complete interview, one column per question.</source>
        <translation>Как читать данные интервью (лист Data в отдельном файле интервью, файл CSV или SPSS; в этой книге их нет): одна строка на каждое законченное интервью, один столбец на каждый вопрос.</translation>
    </message>
    <message>
        <source>An answer to a question with a list of choices is shown as {shown}.</source>
        <translation>Ответ на вопрос со списком вариантов показан как {shown}.</translation>
    </message>
    <message>
        <source>Questions where several answers could be ticked have one column with all the answers, and one column per choice holding 1 (ticked) or 0 (not ticked).</source>
        <translation>У вопросов, где можно было отметить несколько ответов, есть один столбец со всеми ответами и по одному столбцу на каждый вариант: 1 (отмечен) или 0 (не отмечен).</translation>
    </message>
    <message>
        <source>An EMPTY cell means “No answer”: the question was asked, but no answer was given.</source>
        <translation>ПУСТАЯ ячейка значит «Нет ответа»: вопрос задали, но ответа не дали.</translation>
    </message>
    <message>
        <source>“{not_asked}” means “Not asked (skipped)”: the questionnaire's logic skipped the question for this person (see Asked when).</source>
        <translation>«{not_asked}» значит «Не задавался (пропущен)»: логика анкеты пропустила вопрос для этого человека (см. Когда задаётся).</translation>
    </message>
    <message>
        <source>“{not_in_version}” means the interview used a version of the questionnaire without this question.</source>
        <translation>«{not_in_version}» значит, что в интервью была версия анкеты без этого вопроса.</translation>
    </message>
    <message>
        <source>Missing codes (such as “Don't know”) are real answers, but are left out of valid percentages.</source>
        <translation>Коды пропуска (например, «Не знаю») — настоящие ответы, но в действительные проценты они не входят.</translation>
    </message>
    <message>
        <source>In the SPSS file, choices are numbered 1, 2, ... in list order with their labels attached; missing codes are -1, -2, ...; -99 = No answer, -98 = Not asked (skipped), -97 = not in version. A number question with real answers of -97 or below gets codes below its smallest answer instead (-999, -998, -997, ...), stated in its value labels and in the codebook written beside the .sav file. All of these are declared missing.</source>
        <translation>В файле SPSS варианты пронумерованы 1, 2, ... в порядке списка, с подписями; коды пропуска — -1, -2, ...; -99 = Нет ответа, -98 = Не задавался (пропущен), -97 = нет в версии. Если у вопроса с числом есть настоящие ответы -97 или меньше, он получает вместо этого коды меньше своего самого маленького ответа (-999, -998, -997, ...); они указаны в подписях значений и в кодовой книге рядом с файлом .sav. Все эти коды объявлены пропусками.</translation>
    </message>
    <message>
        <source>A choice whose name is a number (such as -1, 0 or 99) keeps that number as its code in the SPSS file, as in the CSV file; the other choices are numbered around it, and should a choice take -99, -98 or -97, that question's codes for No answer, Not asked and not in version move below its choices (-999, -998, -997 or lower; the codebook beside the .sav file says which).</source>
        <translation>Вариант ответа, имя которого — число (например, -1, 0 или 99), сохраняет это число как свой код в файле SPSS, как и в файле CSV; остальные варианты нумеруются вокруг него, а если вариант занимает -99, -98 или -97, коды этого вопроса для «Нет ответа», «Не задавался» и «нет в версии» сдвигаются ниже его вариантов (-999, -998, -997 или ниже; какие именно — сказано в кодовой книге рядом с файлом .sav).</translation>
    </message>
    <message>
        <source>1 = ticked, 0 = not ticked</source>
        <translation>1 = отмечен, 0 = не отмечен</translation>
    </message>
    <message>
        <source>Not in the data: {why}</source>
        <translation>Нет в данных: {why}</translation>
    </message>
    <message>
        <source>themes of the written answer to {question}, coded by the group (several can apply)</source>
        <translation>темы письменного ответа на {question}, закодированные группой (может быть несколько)</translation>
    </message>
    <message>
        <source>{question} was answered in words and coded</source>
        <translation>на {question} ответили словами, ответ закодирован</translation>
    </message>
    <message>
        <source>Interview number in the project: the same interview has the same number in every export</source>
        <translation>Номер интервью в проекте: у одного и того же интервью один и тот же номер в каждой выгрузке</translation>
    </message>
    <message>
        <source>Questionnaire version</source>
        <translation>Версия анкеты</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Date of the interview</source>
        <translation>Дата интервью</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Интервьюер</translation>
    </message>
    <message>
        <source>part of the participant code: never exported</source>
        <translation>часть кода участника: никогда не выгружается</translation>
    </message>
    <message>
        <source>worked out from the participant code: never stored</source>
        <translation>вычисляется из кода участника: никогда не хранится</translation>
    </message>
    <message>
        <source>asked once for each instance of “{repeat}”: in the file of that repeat ({name}), one row per instance</source>
        <translation>задаётся один раз для каждой записи «{repeat}»: в файле этого повторения ({name}), по строке на запись</translation>
    </message>
    <message>
        <source>recorded by the phone or laptop: left out of de-identified data</source>
        <translation>записано телефоном или ноутбуком: убрано из обезличенных данных</translation>
    </message>
    <message>
        <source>marked as identifying: left out of de-identified data</source>
        <translation>отмечен как опознающий: убран из обезличенных данных</translation>
    </message>
    <message>
        <source>written answers: left out of de-identified data</source>
        <translation>письменные ответы: убраны из обезличенных данных</translation>
    </message>
    <message>
        <source>a location identifies a person: left out of de-identified data</source>
        <translation>место позволяет узнать человека: убрано из обезличенных данных</translation>
    </message>
    <message>
        <source>names of attached files (photos, recordings): not in this file</source>
        <translation>имена приложенных файлов (фото, записи): не в этом файле</translation>
    </message>
</context>
<context>
    <name>Command line</name>
    <message>
        <source>DuoDesk: surveys by peer researchers, offline. Without a command, the DuoDesk window opens.</source>
        <translation>DuoDesk: опросы, которые проводят равные консультанты, без интернета. Без команды открывается окно DuoDesk.</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>показать версию</translation>
    </message>
    <message>
        <source>the project: a .duodesk file or a postgresql:// URL (default: $DUODESK_DB, else your own local project)</source>
        <translation>проект: файл .duodesk или адрес postgresql:// (по умолчанию: $DUODESK_DB, иначе ваш собственный локальный проект)</translation>
    </message>
    <message>
        <source>a file whose first line is the project's passphrase (or set DUODESK_PASSPHRASE, which other programs run by the same account can read; asked for when the project is locked and neither is given)</source>
        <translation>файл, в первой строке которого пароль проекта (или задайте DUODESK_PASSPHRASE, который могут прочитать другие программы той же учётной записи; спрашивается, если проект заблокирован и не дано ни то, ни другое)</translation>
    </message>
    <message>
        <source>who is using DuoDesk, when the project lists people (or set DUODESK_PERSON); commands other than list need a coordinator</source>
        <translation>кто работает в DuoDesk, если в проекте есть список людей (или задайте DUODESK_PERSON); командам, кроме list, нужен координатор</translation>
    </message>
    <message>
        <source>a file whose first line is that person's PIN or password (or set DUODESK_PIN, which other programs run by the same account can read; asked for when neither is given)</source>
        <translation>файл, в первой строке которого PIN-код или пароль этого человека (или задайте DUODESK_PIN, который могут прочитать другие программы той же учётной записи; спрашивается, если не дано ни то, ни другое)</translation>
    </message>
    <message>
        <source>add a questionnaire (XLSForm .xlsx) to the project and print its form id</source>
        <translation>добавить анкету (XLSForm .xlsx) в проект и показать её идентификатор</translation>
    </message>
    <message>
        <source>Add a questionnaire from an XLSForm workbook (ODK, KoboToolbox or DuoDesk). Importing a changed form whose questionnaire already has interviews makes a new version; the interviews keep theirs.</source>
        <translation>Добавить анкету из книги XLSForm (ODK, KoboToolbox или DuoDesk). Если импортировать изменённую форму, у анкеты которой уже есть интервью, появится новая версия; интервью сохраняют свою.</translation>
    </message>
    <message>
        <source>the XLSForm workbook</source>
        <translation>книга XLSForm</translation>
    </message>
    <message>
        <source>a file the form reads choices or data from (villages.csv), when it is not in the form's folder; may be given more than once</source>
        <translation>файл, из которого форма читает варианты или данные (villages.csv), если его нет в папке формы; можно указать несколько раз</translation>
    </message>
    <message>
        <source>Import interviews into the newest version of a questionnaire. By default nothing is imported if any row has a problem, and every problem is listed. Rows imported before are skipped.</source>
        <translation>Импортировать интервью в самую новую версию анкеты. По умолчанию ничего не импортируется, если в какой-то строке есть проблема, и все проблемы перечисляются. Строки, импортированные раньше, пропускаются.</translation>
    </message>
    <message>
        <source>the questionnaire's form id</source>
        <translation>идентификатор анкеты</translation>
    </message>
    <message>
        <source>add the choices or data files a questionnaire was added without</source>
        <translation>добавить файлы с вариантами или данными, без которых была добавлена анкета</translation>
    </message>
    <message>
        <source>Add files a questionnaire reads its answer options or data from (select_one_from_file, select_one_external, pulldata), which were not next to the form when it was added. Each file must have the name the form gives it. The questions that need a file can be answered once it is added; no new version is made.</source>
        <translation>Добавить файлы, из которых анкета читает варианты ответов или данные (select_one_from_file, select_one_external, pulldata) и которых не было рядом с формой при её добавлении. У каждого файла должно быть имя, которое даёт ему форма. На вопросы, которым нужен файл, можно отвечать после его добавления; новая версия не создаётся.</translation>
    </message>
    <message>
        <source>the files to add</source>
        <translation>файлы для добавления</translation>
    </message>
    <message>
        <source>import the valid rows and write the others, with reasons, to DATA.rejected.csv beside the file</source>
        <translation>импортировать правильные строки, а остальные с причинами записать в DATA.rejected.csv рядом с файлом</translation>
    </message>
    <message>
        <source>site for rows whose file names none</source>
        <translation>место для строк, в файле которых его нет</translation>
    </message>
    <message>
        <source>interviewer for rows that name none</source>
        <translation>интервьюер для строк, где его нет</translation>
    </message>
    <message>
        <source>list the questionnaires with their numbers of interviews</source>
        <translation>показать анкеты и число интервью в каждой</translation>
    </message>
    <message>
        <source>List the project's questionnaires: form id, versions, complete interviews, unfinished interviews, title.</source>
        <translation>Показать анкеты проекта: идентификатор, версии, законченные интервью, незаконченные интервью, название.</translation>
    </message>
    <message>
        <source>print the summary tables of a questionnaire (--json for JSON)</source>
        <translation>показать сводные таблицы анкеты (--json для JSON)</translation>
    </message>
    <message>
        <source>Summarize the complete interviews of a questionnaire: a frequency table for every question with choices, multiple-response tables, and descriptives for numbers. Percentages are of all interviews unless they say otherwise.</source>
        <translation>Сводка законченных интервью анкеты: таблица частот для каждого вопроса с вариантами, таблицы множественных ответов и описательные статистики для чисел. Проценты считаются от всех интервью, если не сказано иное.</translation>
    </message>
    <message>
        <source>print JSON instead of tables</source>
        <translation>показать JSON вместо таблиц</translation>
    </message>
    <message>
        <source>print a crosstab of two questions with chi-square (--json for JSON)</source>
        <translation>показать таблицу сопряжённости двух вопросов с хи-квадрат (--json для JSON)</translation>
    </message>
    <message>
        <source>Count the complete interviews by their answers to two questions: counts, row, column and total percents, Pearson's chi-square (statistic, degrees of freedom, p) and Fisher's exact test for 2x2 tables and for larger ones with an expected count under 5. Only interviews with a valid answer to both questions are counted: blanks and missing codes such as "Don't know" are left out, as in SPSS.</source>
        <translation>Посчитать законченные интервью по ответам на два вопроса: частоты, проценты по строке, по столбцу и от общего числа, хи-квадрат Пирсона (статистика, степени свободы, p) и точный тест Фишера для таблиц 2x2 и для больших таблиц с ожидаемой частотой меньше 5. Считаются только интервью с действительным ответом на оба вопроса: пустые ответы и коды пропуска, например «Не знаю», не учитываются, как в SPSS.</translation>
    </message>
    <message>
        <source>the question whose answers make the rows</source>
        <translation>вопрос, ответы на который дают строки</translation>
    </message>
    <message>
        <source>the question whose answers make the columns</source>
        <translation>вопрос, ответы на который дают столбцы</translation>
    </message>
    <message>
        <source>export the interviews as a health-board workbook (.xlsx), CSV or SPSS file</source>
        <translation>выгрузить интервью в книгу для органа здравоохранения (.xlsx), в CSV или в файл SPSS</translation>
    </message>
    <message>
        <source>Export the complete interviews of a questionnaire. The workbook has a cover, the summary tables, charts and a codebook, with small numbers hidden: it can be passed on. The CSV and SPSS files are interview-level files, one row per interview: in a small survey a row can identify a person, so keep them within the group. Data are de-identified unless told otherwise. Files are written only when complete, readable by their owner only.</source>
        <translation>Выгрузить законченные интервью анкеты. В книге есть обложка, сводные таблицы, диаграммы и кодовая книга, маленькие числа скрыты: её можно передавать. Файлы CSV и SPSS — на уровне интервью, одна строка на интервью: в небольшом опросе по строке можно узнать человека, поэтому храните их внутри группы. Данные обезличиваются, если не сказано иное. Файлы записываются только целиком, и читать их может только владелец.</translation>
    </message>
    <message>
        <source>write the health-board workbook</source>
        <translation>записать книгу для органа здравоохранения</translation>
    </message>
    <message>
        <source>write every interview, one row each, as CSV (an interview-level file)</source>
        <translation>записать каждое интервью, по одной строке, в CSV (файл на уровне интервью)</translation>
    </message>
    <message>
        <source>write every interview, one row each, for SPSS (an interview-level file)</source>
        <translation>записать каждое интервью, по одной строке, для SPSS (файл на уровне интервью)</translation>
    </message>
    <message>
        <source>with --xlsx, also write one row per interview to OUT-interviews.xlsx; in a small survey a row can identify the person interviewed, so keep that file within the group</source>
        <translation>вместе с --xlsx записать ещё и по одной строке на интервью в OUT-interviews.xlsx; в небольшом опросе по строке можно узнать опрошенного, поэтому храните этот файл внутри группы</translation>
    </message>
    <message>
        <source>hide counts from 1 to this number (default 4, or what the project requires; a lower one than the project requires is refused)</source>
        <translation>скрывать частоты от 1 до этого числа (по умолчанию 4 или столько, сколько требует проект; число меньше требуемого проектом не принимается)</translation>
    </message>
    <message>
        <source>do not hide small numbers (the file must then stay within the group)</source>
        <translation>не скрывать маленькие числа (тогда файл должен оставаться внутри группы)</translation>
    </message>
    <message>
        <source>keep written answers, locations, identifying questions and interviewer names</source>
        <translation>сохранить письменные ответы, места, опознающие вопросы и имена интервьюеров</translation>
    </message>
    <message>
        <source>answers as choice codes instead of labels</source>
        <translation>ответы в виде кодов вариантов вместо подписей</translation>
    </message>
    <message>
        <source>write or read the coding sheet of a written-answer question</source>
        <translation>записать или прочитать лист кодирования вопроса с письменным ответом</translation>
    </message>
    <message>
        <source>Coding written answers into themes from a spreadsheet. --export writes one row per written answer (interview id, answer, themes separated by ';', not_codable); --import applies such a sheet (CSV or .xlsx) after checking every row: themes the project does not have yet are made, and a bad row changes nothing.</source>
        <translation>Кодирование письменных ответов по темам с помощью таблицы. --export записывает по одной строке на письменный ответ (идентификатор интервью, ответ, темы через «;», not_codable); --import применяет такой лист (CSV или .xlsx), проверив каждую строку: темы, которых в проекте ещё нет, создаются, а плохая строка ничего не меняет.</translation>
    </message>
    <message>
        <source>the written-answer question's name</source>
        <translation>имя вопроса с письменным ответом</translation>
    </message>
    <message>
        <source>write the sheet</source>
        <translation>записать лист</translation>
    </message>
    <message>
        <source>read it</source>
        <translation>прочитать его</translation>
    </message>
    <message>
        <source>a second coder's own coding, kept apart to measure agreement (default: the main coding, the one counted in results)</source>
        <translation>собственное кодирование второго кодировщика, хранится отдельно для оценки согласия (по умолчанию: основное кодирование, которое учитывается в результатах)</translation>
    </message>
    <message>
        <source>draft the findings report as a Word document (and a PDF)</source>
        <translation>подготовить черновик отчёта о результатах в Word (и PDF)</translation>
    </message>
    <message>
        <source>Draft the findings report of a questionnaire: a title page, how the survey was done, one key-finding sentence per question with answers to choose from, a table and a chart per question by section, and an annex of every result. The numbers are the workbook's, with small numbers hidden the same way; nothing in it is about one interview. It is a draft for the group to edit.</source>
        <translation>Подготовить черновик отчёта о результатах анкеты: титульная страница, как проводился опрос, одна фраза с главным выводом по каждому вопросу с ответами на выбор, таблица и диаграмма по каждому вопросу по разделам и приложение со всеми результатами. Числа те же, что в книге, маленькие числа скрыты так же; в нём нет ничего об отдельном интервью. Это черновик, который группа может править.</translation>
    </message>
    <message>
        <source>write the Word document</source>
        <translation>записать документ Word</translation>
    </message>
    <message>
        <source>write the same report as a PDF</source>
        <translation>записать тот же отчёт в PDF</translation>
    </message>
    <message>
        <source>the group's name, for the title page</source>
        <translation>название группы, для титульной страницы</translation>
    </message>
    <message>
        <source>hide counts from 1 to this number (default 4, or what the project requires)</source>
        <translation>скрывать частоты от 1 до этого числа (по умолчанию 4 или столько, сколько требует проект)</translation>
    </message>
    <message>
        <source>make every workbook of the project hide counts from 1 to N at least</source>
        <translation>чтобы каждая книга проекта скрывала частоты хотя бы от 1 до N</translation>
    </message>
    <message>
        <source>Store in the project the lowest threshold for small numbers: exports (the Export screen and the export command) then refuse to hide fewer, or to show small numbers. Without N, print the current requirement.</source>
        <translation>Сохранить в проекте наименьший порог для маленьких чисел: тогда выгрузки (экран Выгрузка и команда export) не будут скрывать меньше или показывать маленькие числа. Без N показать текущее требование.</translation>
    </message>
    <message>
        <source>hide counts from 1 to N (1-9) in every export</source>
        <translation>скрывать частоты от 1 до N (1-9) в каждой выгрузке</translation>
    </message>
    <message>
        <source>remove the requirement</source>
        <translation>убрать требование</translation>
    </message>
    <message>
        <source>lock the project with a new passphrase, or remove it</source>
        <translation>заблокировать проект новым паролем или убрать пароль</translation>
    </message>
    <message>
        <source>Re-encrypt the project file with a new passphrase (read from a file), or remove the encryption with --remove.</source>
        <translation>Заново зашифровать файл проекта новым паролем (прочитанным из файла) или убрать шифрование с помощью --remove.</translation>
    </message>
    <message>
        <source>a file whose first line is the new passphrase</source>
        <translation>файл, в первой строке которого новый пароль</translation>
    </message>
    <message>
        <source>store the project unencrypted</source>
        <translation>хранить проект без шифрования</translation>
    </message>
    <message>
        <source>replace the project with one of its backups</source>
        <translation>заменить проект одной из его резервных копий</translation>
    </message>
    <message>
        <source>Replace the project with a backup (the files PROJECT.*.backup beside it). What it replaces is kept as a new backup first. The backup is opened with the project's passphrase unless --backup-passphrase-file names another; the restored project keeps the project's passphrase. Close every DuoDesk window first.</source>
        <translation>Заменить проект резервной копией (файлы PROJECT.*.backup рядом с ним). То, что заменяется, сначала сохраняется как новая резервная копия. Копия открывается паролем проекта, если --backup-passphrase-file не указывает другой; восстановленный проект сохраняет пароль проекта. Сначала закройте все окна DuoDesk.</translation>
    </message>
    <message>
        <source>the backup file</source>
        <translation>файл резервной копии</translation>
    </message>
    <message>
        <source>a file whose first line is the backup's passphrase, if it differs</source>
        <translation>файл, в первой строке которого пароль резервной копии, если он другой</translation>
    </message>
    <message>
        <source>list the project's backups</source>
        <translation>показать резервные копии проекта</translation>
    </message>
    <message>
        <source>List the backups kept beside the project, newest last.</source>
        <translation>Показать резервные копии рядом с проектом, самая новая — последней.</translation>
    </message>
    <message>
        <source>show the audit trail, or check that nobody has rewritten it</source>
        <translation>показать журнал аудита или проверить, что его никто не переписал</translation>
    </message>
    <message>
        <source>The audit trail records every interview finished, corrected, deleted, restored or purged, every import, export, questionnaire change, passphrase change and restored backup: who, when and what (never an answer). Each record carries the fingerprint of the one before, so a record changed or removed later is found by --verify.</source>
        <translation>Журнал аудита записывает каждое интервью, которое закончили, исправили, удалили, восстановили или стёрли навсегда, каждый импорт, выгрузку, изменение анкеты, смену пароля и восстановленную копию: кто, когда и что (никогда не ответ). В каждой записи есть отпечаток предыдущей, поэтому --verify находит запись, которую потом изменили или убрали.</translation>
    </message>
    <message>
        <source>check the whole trail</source>
        <translation>проверить весь журнал</translation>
    </message>
    <message>
        <source>with --verify: also check that the record whose fingerprint was noted down earlier is still in the trail (records cut off the end are found this way)</source>
        <translation>с --verify: проверить ещё, что запись, отпечаток которой был записан, всё ещё в журнале (так находятся записи, отрезанные в конце)</translation>
    </message>
    <message>
        <source>show the newest N records (50)</source>
        <translation>показать N самых новых записей (50)</translation>
    </message>
    <message>
        <source>a file holding the team passphrase (the whole file, without the line break at its end); every laptop of the team uses the same one</source>
        <translation>файл с паролем команды (весь файл, без перевода строки в конце); все ноутбуки команды используют один и тот же</translation>
    </message>
    <message>
        <source>write a transfer file for the team: questionnaires, interviews, corrections</source>
        <translation>записать файл передачи для команды: анкеты, интервью, исправления</translation>
    </message>
    <message>
        <source>Write the project's questionnaires (every version), complete interviews with their corrections and deletions, and the team's participant-code key to a file encrypted with the team passphrase, to carry to another laptop. A coordinator sends the questionnaire out this way before any interview is entered.</source>
        <translation>Записать анкеты проекта (все версии), законченные интервью с их исправлениями и удалениями и ключ кодов участников команды в файл, зашифрованный паролем команды, чтобы перенести на другой ноутбук. Так координатор рассылает анкету, пока не введено ни одного интервью.</translation>
    </message>
    <message>
        <source>the transfer file to write</source>
        <translation>файл передачи, который нужно записать</translation>
    </message>
    <message>
        <source>only this questionnaire</source>
        <translation>только эта анкета</translation>
    </message>
    <message>
        <source>send the questionnaire, no interviews</source>
        <translation>отправить анкету без интервью</translation>
    </message>
    <message>
        <source>read a team member's transfer file into the project</source>
        <translation>прочитать в проект файл передачи участника команды</translation>
    </message>
    <message>
        <source>Merge a transfer file into the project: new interviews are added, corrections and deletions made elsewhere applied (the later one wins), new questionnaire versions joined. Reading a file twice adds nothing. A file that was changed, cut short or made with another passphrase is refused and nothing changes.</source>
        <translation>Объединить файл передачи с проектом: новые интервью добавляются, исправления и удаления, сделанные в другом месте, применяются (побеждает более позднее), новые версии анкеты присоединяются. Повторное чтение файла ничего не добавляет. Файл, который изменили, обрезали или сделали с другим паролем, отклоняется, и ничего не меняется.</translation>
    </message>
    <message>
        <source>the transfer file to read</source>
        <translation>файл передачи, который нужно прочитать</translation>
    </message>
    <message>
        <source>list possible duplicates across sites (participant codes that match)</source>
        <translation>показать возможные повторы между площадками (совпадающие коды участников)</translation>
    </message>
    <message>
        <source>List pairs of interviews from different laptops whose participant codes match or differ in one element, with the decision taken on each. --decide records a decision; it travels to the other laptops in transfer files.</source>
        <translation>Показать пары интервью с разных ноутбуков, у которых коды участников совпадают или отличаются одним элементом, и решение по каждой паре. --decide записывает решение; оно переходит на другие ноутбуки в файлах передачи.</translation>
    </message>
    <message>
        <source>record a decision on the pair of interview ids FIRST and SECOND: keep_both, same_person or not_same</source>
        <translation>записать решение по паре идентификаторов интервью FIRST и SECOND: keep_both, same_person или not_same</translation>
    </message>
    <message>
        <source>who decided (with --decide)</source>
        <translation>кто решил (с --decide)</translation>
    </message>
    <message>
        <source>send this laptop's interviews to the team's server and fetch questionnaires</source>
        <translation>отправить интервью этого ноутбука на сервер команды и получить анкеты</translation>
    </message>
    <message>
        <source>Merge this laptop's questionnaires and interviews into the team's PostgreSQL project, then bring its questionnaire versions back and count the interviews there. The same rules as transfer files.</source>
        <translation>Объединить анкеты и интервью этого ноутбука с проектом PostgreSQL команды, затем получить оттуда версии анкет и посчитать там интервью. Правила те же, что для файлов передачи.</translation>
    </message>
    <message>
        <source>a postgresql:// URL</source>
        <translation>адрес postgresql://</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>не удаётся записать {path}: {reason}</translation>
    </message>
    <message>
        <source>there is no file {path}</source>
        <translation>файла {path} нет</translation>
    </message>
    <message>
        <source>No possible duplicates across sites.</source>
        <translation>Возможных повторов между площадками нет.</translation>
    </message>
    <message>
        <source>same code</source>
        <translation>тот же код</translation>
    </message>
    <message>
        <source>code differs in one element</source>
        <translation>код отличается одним элементом</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>нет даты</translation>
    </message>
    <message>
        <source>no site</source>
        <translation>нет места</translation>
    </message>
    <message>
        <source>--server takes a postgresql:// URL of the team's shared project</source>
        <translation>для --server нужен адрес postgresql:// общего проекта команды</translation>
    </message>
    <message>
        <source>the team's server cannot be reached (no network, or the address or password is wrong); nothing was sent. Use a transfer file instead.</source>
        <translation>не удаётся связаться с сервером команды (нет сети, или неверен адрес или пароль); ничего не отправлено. Используйте файл передачи.</translation>
    </message>
    <message numerus="yes">
        <source>the server stopped answering while it was storing this command's changes, and DuoDesk stopped waiting after %n seconds. They are stored either whole or not at all, as the server will show once it answers again (an import run again then skips the interviews already stored).</source>
        <translation><numerusform>сервер перестал отвечать, когда сохранял изменения этой команды, и DuoDesk перестал ждать через %n секунду. Они сохраняются целиком или не сохраняются совсем, что сервер покажет, когда снова ответит (повторный импорт тогда пропустит уже сохранённые интервью).</numerusform><numerusform>сервер перестал отвечать, когда сохранял изменения этой команды, и DuoDesk перестал ждать через %n секунды. Они сохраняются целиком или не сохраняются совсем, что сервер покажет, когда снова ответит (повторный импорт тогда пропустит уже сохранённые интервью).</numerusform><numerusform>сервер перестал отвечать, когда сохранял изменения этой команды, и DuoDesk перестал ждать через %n секунд. Они сохраняются целиком или не сохраняются совсем, что сервер покажет, когда снова ответит (повторный импорт тогда пропустит уже сохранённые интервью).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>the server has not answered for %n seconds (it may be stopped or overloaded), so DuoDesk stopped waiting; nothing was changed by this command. Run it again once the server answers (DUODESK_SERVER_WAIT_S sets how long to wait).</source>
        <translation><numerusform>сервер не отвечает уже %n секунду (возможно, он остановлен или перегружен), поэтому DuoDesk перестал ждать; эта команда ничего не изменила. Запустите её снова, когда сервер ответит (DUODESK_SERVER_WAIT_S задаёт, сколько ждать).</numerusform><numerusform>сервер не отвечает уже %n секунды (возможно, он остановлен или перегружен), поэтому DuoDesk перестал ждать; эта команда ничего не изменила. Запустите её снова, когда сервер ответит (DUODESK_SERVER_WAIT_S задаёт, сколько ждать).</numerusform><numerusform>сервер не отвечает уже %n секунд (возможно, он остановлен или перегружен), поэтому DuoDesk перестал ждать; эта команда ничего не изменила. Запустите её снова, когда сервер ответит (DUODESK_SERVER_WAIT_S задаёт, сколько ждать).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>the server has not answered for %n seconds; DuoDesk is still waiting for it (Ctrl+C stops the command, and nothing is stored half way).</source>
        <translation><numerusform>сервер не отвечает уже %n секунду; DuoDesk всё ещё ждёт его (Ctrl+C останавливает команду, и ничего не сохраняется наполовину).</numerusform><numerusform>сервер не отвечает уже %n секунды; DuoDesk всё ещё ждёт его (Ctrl+C останавливает команду, и ничего не сохраняется наполовину).</numerusform><numerusform>сервер не отвечает уже %n секунд; DuoDesk всё ещё ждёт его (Ctrl+C останавливает команду, и ничего не сохраняется наполовину).</numerusform></translation>
    </message>
    <message>
        <source>there is no file {path}.</source>
        <translation>файла {path} нет.</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>примечание: {note}</translation>
    </message>
    <message>
        <source>{form} reads {files}, which is not in {folder}; these questions cannot be answered until you add it: {questions}. Add with: {command}</source>
        <translation>{form} читает {files}, но этого файла нет в {folder}; на эти вопросы нельзя ответить, пока вы его не добавите: {questions}. Добавьте его так: {command}</translation>
    </message>
    <message>
        <source>{form} reads {files}, which are not in {folder}; these questions cannot be answered until you add them: {questions}. Add with: {command}</source>
        <translation>{form} читает {files}, но этих файлов нет в {folder}; на эти вопросы нельзя ответить, пока вы их не добавите: {questions}. Добавьте их так: {command}</translation>
    </message>
    <message>
        <source>note:</source>
        <translation>примечание:</translation>
    </message>
    <message>
        <source>cannot read a file: {reason}</source>
        <translation>не удаётся прочитать файл: {reason}</translation>
    </message>
    <message>
        <source>Added {files} to {form_id}.</source>
        <translation>{files} добавлено в {form_id}.</translation>
    </message>
    <message>
        <source>It still needs {files}.</source>
        <translation>Ему ещё нужно: {files}.</translation>
    </message>
    <message>
        <source>note: {files} beside {form} holds nothing to choose from (it is empty, or has only its header row), so it was left out.</source>
        <translation>примечание: в {files} рядом с {form} нечего выбирать (файл пуст или в нём только строка заголовков), поэтому он не использован.</translation>
    </message>
    <message>
        <source>note: these questions cannot be answered until the right file is added: {questions}. Add with: duodesk add-form-file {form_id} {names}</source>
        <translation>примечание: на эти вопросы нельзя ответить, пока не добавлен нужный файл: {questions}. Добавьте его так: duodesk add-form-file {form_id} {names}</translation>
    </message>
    <message>
        <source>{rows} rows of {file} read so far…</source>
        <translation>Прочитано строк из {file}: {rows}…</translation>
    </message>
    <message>
        <source>The project is now locked with the new passphrase, but not all of its backups: {count} still use an earlier passphrase.</source>
        <translation>Проект теперь защищён новой парольной фразой, но не все его резервные копии: {count} по-прежнему используют прежнюю парольную фразу.</translation>
    </message>
    <message>
        <source>The project is no longer encrypted, but {count} of its backups still use an earlier passphrase.</source>
        <translation>Проект больше не зашифрован, но {count} его резервных копий по-прежнему используют прежнюю парольную фразу.</translation>
    </message>
    <message>
        <source>{file} (still locked with an earlier passphrase, which can still read it: delete it when it is no longer needed; restore --backup-passphrase-file can still use it)</source>
        <translation>{file} (всё ещё заперт прежней парольной фразой, которая по-прежнему его открывает: удалите его, когда он больше не нужен; restore --backup-passphrase-file всё ещё может его использовать)</translation>
    </message>
    <message>
        <source>the audit trail cannot be checked on this laptop from record {sequence} on (which does not mean it is broken): those records were written with a key this laptop does not hold, on another laptop of the team or by someone rewriting the trail. Check it on the laptop that wrote them.</source>
        <translation>журнал аудита нельзя проверить на этом ноутбуке начиная с записи {sequence} (это не значит, что он повреждён): эти записи сделаны с ключом, которого нет на этом ноутбуке, — на другом ноутбуке команды или кем-то, кто переписал журнал. Проверьте его на ноутбуке, где они были сделаны.</translation>
    </message>
    <message>
        <source>Records 1 to {last} are intact.</source>
        <translation>Записи с 1 по {last} не изменены.</translation>
    </message>
    <message>
        <source>the record whose fingerprint you noted down is not in the trail. Check that it was copied right, letter by letter; if it was, the audit trail is broken: records were cut off the end, or the trail was rewritten</source>
        <translation>записи, отпечаток которой вы записали, нет в журнале. Проверьте, что он скопирован точно, буква за буквой; если да, журнал аудита нарушен: записи отрезаны в конце, или журнал переписан</translation>
    </message>
    <message>
        <source>But the first {count} record(s) carry no key (written by an older DuoDesk, or rewritten by someone with the file): DuoDesk cannot vouch for them.</source>
        <translation>Но первые записи ({count}) не имеют ключа (записаны более старым DuoDesk или переписаны кем-то, у кого есть файл): DuoDesk не может за них ручаться.</translation>
    </message>
    <message>
        <source>duodesk: stopped; nothing was changed by the unfinished command.</source>
        <translation>duodesk: остановлено; незаконченная команда ничего не изменила.</translation>
    </message>
    <message>
        <source>import interviews from a CSV or xlsx file exported by ODK, KoboToolbox or DuoDesk, or an ODK Central zip</source>
        <translation>импортировать интервью из файла CSV или xlsx, выгруженного из ODK, KoboToolbox или DuoDesk, или из zip-архива ODK Central</translation>
    </message>
    <message>
        <source>a .csv or .xlsx file, or ODK Central's .zip (a CSV file per repeat)</source>
        <translation>файл .csv или .xlsx либо .zip из ODK Central (по файлу CSV на каждое повторение)</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>использование: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>позиционные аргументы</translation>
    </message>
    <message>
        <source>options</source>
        <translation>параметры</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>показать эту справку и выйти</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>аргумент %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>нераспознанные аргументы: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>нельзя вместе с аргументом %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>нужны эти аргументы: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>нужен один из аргументов %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>нужен один аргумент</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>неоднозначный параметр: %(option)s может означать %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>неверное значение %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>неверный выбор: %(value)r (выберите из %(choices)s)</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s</source>
        <translation>%(prog)s: ошибка: %(message)s</translation>
    </message>
    <message>
        <source>the project is busy: another program (perhaps the DuoDesk window, or another import) kept saving to it for too long. Nothing was changed by this command; run it again when the other program has finished.</source>
        <translation>проект занят: другая программа (возможно, окно DuoDesk или другой импорт) слишком долго сохраняла в него данные. Эта команда ничего не изменила; запустите её снова, когда другая программа закончит.</translation>
    </message>
    <message>
        <source>the project file</source>
        <translation>файл проекта</translation>
    </message>
    <message>
        <source>the project file {where} is damaged (something stored in it, such as a questionnaire, can no longer be read); nothing was changed. Restore a backup: `duodesk backups` lists them and `duodesk restore BACKUP` puts one back.</source>
        <translation>файл проекта {where} повреждён (что-то в нём, например анкету, больше нельзя прочитать); ничего не изменено. Восстановите резервную копию: `duodesk backups` показывает их, а `duodesk restore BACKUP` возвращает одну из них.</translation>
    </message>
    <message>
        <source>the project refused this change because it conflicts with what is already stored; nothing was changed by this command. {details}</source>
        <translation>проект отклонил это изменение, потому что оно противоречит уже сохранённому; эта команда ничего не изменила. {details}</translation>
    </message>
    <message>
        <source>the server stopped answering or refused the command (is it running, and is the network up?); nothing was changed by this command. {details}</source>
        <translation>сервер перестал отвечать или отклонил команду (работает ли он и есть ли сеть?); эта команда ничего не изменила. {details}</translation>
    </message>
    <message>
        <source>the project could not be read or written (is the disk full, or the file moved?); nothing was changed by this command. {details}</source>
        <translation>не удалось прочитать или записать проект (может быть, диск заполнен или файл перемещён?); эта команда ничего не изменила. {details}</translation>
    </message>
    <message>
        <source>the command stopped because of a fault in DuoDesk ({fault}); nothing was changed by the unfinished command. {details}</source>
        <translation>команда остановилась из-за сбоя в DuoDesk ({fault}); незаконченная команда ничего не изменила. {details}</translation>
    </message>
    <message>
        <source>this project lists people: say who you are with --person NAME (and your PIN with --pin-file FILE or DUODESK_PIN).</source>
        <translation>в этом проекте есть список людей: скажите, кто вы, с помощью --person ИМЯ (и ваш PIN-код с помощью --pin-file ФАЙЛ или DUODESK_PIN).</translation>
    </message>
    <message>
        <source>PIN or password for {name}: </source>
        <translation>PIN-код или пароль для {name}: </translation>
    </message>
    <message>
        <source>give {name}'s PIN or password with --pin-file FILE or DUODESK_PIN.</source>
        <translation>укажите PIN-код или пароль для {name} с помощью --pin-file ФАЙЛ или DUODESK_PIN.</translation>
    </message>
    <message>
        <source>only a coordinator can run “{command}”. Ask your coordinator.</source>
        <translation>запускать «{command}» может только координатор. Обратитесь к координатору.</translation>
    </message>
    <message>
        <source>nothing was typed, so nothing was done.</source>
        <translation>ничего не введено, поэтому ничего не сделано.</translation>
    </message>
    <message>
        <source>Password for the server: </source>
        <translation>Пароль сервера: </translation>
    </message>
    <message>
        <source>Project passphrase: </source>
        <translation>Пароль проекта: </translation>
    </message>
    <message>
        <source>duodesk: note: a password in --db can be seen by other accounts on this computer; keep it in PGPASSWORD or ~/.pgpass, or let DuoDesk ask for it.</source>
        <translation>duodesk: примечание: пароль в --db могут увидеть другие учётные записи на этом компьютере; храните его в PGPASSWORD или ~/.pgpass или позвольте DuoDesk его спросить.</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>не удаётся прочитать {path}: {reason}</translation>
    </message>
    <message>
        <source>A new version ({number}) was made: interviews use the old one.</source>
        <translation>Создана новая версия ({number}): интервью используют старую.</translation>
    </message>
    <message>
        <source>{number} minutes</source>
        <translation>{number} мин.</translation>
    </message>
    <message>
        <source>{number} seconds</source>
        <translation>{number} сек.</translation>
    </message>
    <message>
        <source>another import (or a DuoDesk window) kept the project busy for {how_long}, so DuoDesk stopped waiting; nothing was imported. Run the command again when the other one has finished.</source>
        <translation>другой импорт (или окно DuoDesk) занимал проект {how_long}, поэтому DuoDesk перестал ждать; ничего не импортировано. Запустите команду снова, когда другой закончит.</translation>
    </message>
    <message>
        <source>duodesk: waiting for another import (or a DuoDesk window) to finish saving to the project…</source>
        <translation>duodesk: ждём, пока другой импорт (или окно DuoDesk) закончит сохранять в проект…</translation>
    </message>
    <message>
        <source>No questionnaires yet. Add one with: duodesk import-form FORM.xlsx</source>
        <translation>Анкет пока нет. Добавьте анкету командой: duodesk import-form FORM.xlsx</translation>
    </message>
    <message>
        <source>form id</source>
        <translation>идентификатор</translation>
    </message>
    <message>
        <source>versions</source>
        <translation>версии</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>законченные</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>незаконченные</translation>
    </message>
    <message>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <source>the language of questions and answers, e.g. "English" or "ar" (default: the questionnaire's own)</source>
        <translation>язык вопросов и ответов, например «English» или «ar» (по умолчанию: язык анкеты)</translation>
    </message>
    <message>
        <source>none (one language only)</source>
        <translation>нет (только один язык)</translation>
    </message>
    <message>
        <source>--language "{wanted}": the questionnaire's languages are {listed}</source>
        <translation>--language «{wanted}»: языки анкеты: {listed}</translation>
    </message>
    <message>
        <source>only this site (repeat for several)</source>
        <translation>только эта площадка (повторите для нескольких)</translation>
    </message>
    <message>
        <source>only this interviewer (repeatable)</source>
        <translation>только этот интервьюер (можно повторять)</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>первый день</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>последний день</translation>
    </message>
    <message>
        <source>only this version number</source>
        <translation>только этот номер версии</translation>
    </message>
    <message>
        <source>only interviews meeting a condition such as "sex=female", "age&gt;30" or "drugs includes heroin" (repeat: all must hold). As in SPSS, an answer that is a missing code ("Don't know", "Refused") or blank never meets a condition: "used!=yes" leaves them out; ask for one by name: "used=dont_know"</source>
        <translation>только интервью, которые отвечают условию, например «sex=female», «age&gt;30» или «drugs includes heroin» (повторите: должны выполняться все). Как в SPSS, ответ, который является кодом пропуска («Не знаю», «Отказ»), или пустой ответ никогда не выполняет условие: «used!=yes» их не берёт; чтобы выбрать такой ответ, назовите его: «used=dont_know»</translation>
    </message>
    <message>
        <source>{option} "{text}" is not a date: write it as YEAR-MONTH-DAY, e.g. 2026-03-31</source>
        <translation>{option} «{text}» — не дата: пишите ГОД-МЕСЯЦ-ДЕНЬ, например 2026-03-31</translation>
    </message>
    <message>
        <source>duodesk: warning: {count} interview(s) have no date, so --from/--to leave them out; they are not counted below.</source>
        <translation>duodesk: внимание: у интервью ({count}) нет даты, поэтому --from/--to их не берут; ниже они не посчитаны.</translation>
    </message>
    <message>
        <source>--include-interview-data goes with --xlsx: CSV and SPSS files are already one row per interview.</source>
        <translation>--include-interview-data используется вместе с --xlsx: в файлах CSV и SPSS и так одна строка на интервью.</translation>
    </message>
    <message>
        <source>--coder needs a name (the second coder's); leave --coder out to use the main coding.</source>
        <translation>--coder нужно имя (второго кодировщика); чтобы использовать основное кодирование, не указывайте --coder.</translation>
    </message>
    <message>
        <source>{name}'s coding</source>
        <translation>кодирование {name}</translation>
    </message>
    <message>
        <source>the main coding (counted in results)</source>
        <translation>основное кодирование (учитывается в результатах)</translation>
    </message>
    <message>
        <source>{count} written answer(s) to {question} written to {file}, from {which}.</source>
        <translation>Письменные ответы на {question} ({count}) записаны в {file}, из: {which}.</translation>
    </message>
    <message>
        <source>Changed {which}. </source>
        <translation>Изменено: {which}. </translation>
    </message>
    <message>
        <source>cannot use {path}: {reason}</source>
        <translation>не удаётся использовать {path}: {reason}</translation>
    </message>
    <message>
        <source>say where to write the report: --docx OUT.docx, --pdf OUT.pdf or both.</source>
        <translation>укажите, куда записать отчёт: --docx OUT.docx, --pdf OUT.pdf или оба.</translation>
    </message>
    <message>
        <source>{file}: end the file name with {ending}.</source>
        <translation>{file}: имя файла должно кончаться на {ending}.</translation>
    </message>
    <message>
        <source>This project requires no threshold: each export chooses (default 1 to 4).</source>
        <translation>Этот проект не требует порога: каждая выгрузка выбирает сама (по умолчанию от 1 до 4).</translation>
    </message>
    <message>
        <source>Every export of this project hides numbers from 1 to {n} at least.</source>
        <translation>Каждая выгрузка этого проекта скрывает числа хотя бы от 1 до {n}.</translation>
    </message>
    <message>
        <source>The project and its backups are now locked with the new passphrase.</source>
        <translation>Проект и его резервные копии теперь заблокированы новым паролем.</translation>
    </message>
    <message>
        <source>The project and its backups are no longer encrypted.</source>
        <translation>Проект и его резервные копии больше не зашифрованы.</translation>
    </message>
    <message>
        <source>Not changed: the backup {file} is not encrypted. It will be locked with the project's passphrase the next time the project is opened alone.</source>
        <translation>Не изменено: резервная копия {file} не зашифрована. Она будет защищена парольной фразой проекта, когда проект в следующий раз будет открыт только одной программой.</translation>
    </message>
    <message>
        <source>Not changed: the backup {file} uses an older passphrase. Delete it if people who knew that passphrase should not read it.</source>
        <translation>Не изменено: резервная копия {file} использует старый пароль. Удалите её, если люди, которые знали тот пароль, не должны её читать.</translation>
    </message>
    <message>
        <source>The project is restored from {file}.</source>
        <translation>Проект восстановлен из {file}.</translation>
    </message>
    <message>
        <source>What it replaced is kept in {file}.</source>
        <translation>То, что было заменено, сохранено в {file}.</translation>
    </message>
    <message>
        <source>{file} (not encrypted)</source>
        <translation>{file} (не зашифрована)</translation>
    </message>
    <message>
        <source>This project has no backups yet.</source>
        <translation>У этого проекта пока нет резервных копий.</translation>
    </message>
    <message>
        <source>the audit trail is broken: {reason} (checked {records})</source>
        <translation>журнал аудита нарушен: {reason} (проверено: {records})</translation>
    </message>
    <message>
        <source>a fingerprint is 64 letters and digits (0-9 and a-f), as the check printed it; the one given is not: copy it again whole.</source>
        <translation>отпечаток — это 64 буквы и цифры (0-9 и a-f), как их вывела проверка; указанный не такой: скопируйте его заново целиком.</translation>
    </message>
    <message>
        <source>The audit trail is intact: {records}.</source>
        <translation>Журнал аудита цел: {records}.</translation>
    </message>
    <message>
        <source>The record you noted down (number {number}) is still in it.</source>
        <translation>Записанная вами запись (номер {number}) всё ещё в нём.</translation>
    </message>
    <message>
        <source>Fingerprint of the newest record: {fingerprint}</source>
        <translation>Отпечаток самой новой записи: {fingerprint}</translation>
    </message>
    <message>
        <source>Records changed, removed or rewritten are found without it; note it down to find out later whether the newest records were cut off (audit --verify --noted FINGERPRINT).</source>
        <translation>Изменённые, удалённые или переписанные записи находятся и без него; запишите его, чтобы позже узнать, не отрезаны ли последние записи (audit --verify --noted ОТПЕЧАТОК).</translation>
    </message>
    <message>
        <source>by {name}</source>
        <translation>кто: {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n record</source>
        <translation><numerusform>%n запись</numerusform><numerusform>%n записи</numerusform><numerusform>%n записей</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n records</source>
        <translation><numerusform>%n запись</numerusform><numerusform>%n записи</numerusform><numerusform>%n записей</numerusform></translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>there is no "list_name" column, which says which list each choice belongs to.</source>
        <translation>нет столбца «list_name», который говорит, к какому списку относится каждый вариант.</translation>
    </message>
    <message>
        <source>"{shown}" starts like a spreadsheet formula; DuoDesk does not read formulas from a choices file (type the value itself).</source>
        <translation>«{shown}» начинается как формула таблицы; DuoDesk не читает формулы из файла вариантов (введите само значение).</translation>
    </message>
    <message>
        <source>there is no "{value_column}" column for the choices' names (the columns are {columns}).</source>
        <translation>нет столбца «{value_column}» для имён вариантов (столбцы: {columns}).</translation>
    </message>
    <message>
        <source>this choice has no name.</source>
        <translation>у этого варианта нет имени.</translation>
    </message>
    <message>
        <source>the file uses XML entities or a document type, which DuoDesk refuses.</source>
        <translation>в файле есть сущности XML или тип документа, DuoDesk такие файлы не принимает.</translation>
    </message>
    <message>
        <source>this is not readable XML ({error}).</source>
        <translation>это нечитаемый XML ({error}).</translation>
    </message>
    <message>
        <source>there are more than {max_rows:,} items.</source>
        <translation>элементов больше {max_rows:,}.</translation>
    </message>
    <message>
        <source>&lt;{tag}&gt; holds more elements; each column of an item must be text (at most {max_xml_depth} levels: root, item, column).</source>
        <translation>&lt;{tag}&gt; содержит другие элементы; каждый столбец элемента должен быть текстом (не больше {max_xml_depth} уровней: корень, элемент, столбец).</translation>
    </message>
    <message>
        <source>a value holds more than {max_cell_chars:,} characters.</source>
        <translation>значение длиннее {max_cell_chars:,} знаков.</translation>
    </message>
    <message>
        <source>this is not readable GeoJSON ({error}).</source>
        <translation>это нечитаемый GeoJSON ({error}).</translation>
    </message>
    <message>
        <source>this is not a GeoJSON FeatureCollection (there is no "features" list).</source>
        <translation>это не FeatureCollection GeoJSON (нет списка «features»).</translation>
    </message>
    <message>
        <source>there are more than {max_rows:,} features.</source>
        <translation>объектов больше {max_rows:,}.</translation>
    </message>
    <message>
        <source>this feature has no properties.</source>
        <translation>у этого объекта нет свойств.</translation>
    </message>
    <message>
        <source>this file is empty.</source>
        <translation>этот файл пустой.</translation>
    </message>
    <message>
        <source>This expression is nested too deeply</source>
        <translation>В этом выражении слишком много вложенных уровней</translation>
    </message>
    <message>
        <source>The expression is empty</source>
        <translation>Выражение пустое</translation>
    </message>
    <message>
        <source>There is a ')' here with no '(' before it</source>
        <translation>Здесь стоит «)», а перед ней нет «(»</translation>
    </message>
    <message>
        <source>Expected an operator such as 'and', '=' or '+' before {token}</source>
        <translation>Перед {token} нужен оператор, например «and», «=» или «+»</translation>
    </message>
    <message>
        <source>This expression has too many operators in a row (the limit is {max_tree_height}); split it into several calculations</source>
        <translation>В этом выражении слишком много операторов подряд (предел — {max_tree_height}); разбейте его на несколько вычислений</translation>
    </message>
    <message>
        <source>This expression is nested too deeply (the limit is {max_nesting} levels)</source>
        <translation>В этом выражении слишком много вложенных уровней (предел — {max_nesting})</translation>
    </message>
    <message>
        <source>'{value}' needs a value after it</source>
        <translation>После «{value}» нужно значение</translation>
    </message>
    <message>
        <source>'(' needs an expression inside it</source>
        <translation>Внутри «(» нужно выражение</translation>
    </message>
    <message>
        <source>'{value}' needs a value before it</source>
        <translation>Перед «{value}» нужно значение</translation>
    </message>
    <message>
        <source>The expression ends where a value is expected</source>
        <translation>Выражение кончается там, где нужно значение</translation>
    </message>
    <message>
        <source>Expected a value here, not {token}</source>
        <translation>Здесь нужно значение, а не {token}</translation>
    </message>
    <message>
        <source>Name the column to read after the item, as in instance('{list_name}')/root/item[name = ${{q}}]/label</source>
        <translation>Укажите столбец, который нужно прочитать после элемента, например instance('{list_name}')/root/item[name = ${{q}}]/label</translation>
    </message>
    <message>
        <source>; did you mean {name}()?</source>
        <translation>; может быть, имелось в виду {name}()?</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>конец</translation>
    </message>
    <message>
        <source>This '(' is never closed</source>
        <translation>Эта «(» нигде не закрыта</translation>
    </message>
    <message>
        <source>Expected ')' or an operator before {token}</source>
        <translation>Перед {token} нужна «)» или оператор</translation>
    </message>
    <message>
        <source>{name}() belongs to {program}, not to ODK XLSForms; DuoDesk (like ODK Collect) cannot work it out, so remove it or replace it</source>
        <translation>{name}() относится к {program}, а не к XLSForm ODK; DuoDesk (как и ODK Collect) не умеет это вычислять, поэтому уберите или замените</translation>
    </message>
    <message>
        <source>Unknown function {name}(){hint}</source>
        <translation>Неизвестная функция {name}(){hint}</translation>
    </message>
    <message>
        <source>{name}() has an empty argument here</source>
        <translation>У {name}() здесь пустой аргумент</translation>
    </message>
    <message>
        <source>This '{name}(' is never closed</source>
        <translation>Эта «{name}(» нигде не закрыта</translation>
    </message>
    <message>
        <source>{name}() {value}, not {args}</source>
        <translation>{name}() {value}, а не {args}</translation>
    </message>
    <message>
        <source>jr:choice-name() needs the question whose choice it names in quotes, as in jr:choice-name(${q}, '${q}')</source>
        <translation>jr:choice-name() нужен в кавычках вопрос, вариант которого он называет, например jr:choice-name(${q}, '${q}')</translation>
    </message>
    <message>
        <source>This regex pattern is too long ({pattern:,} characters; the limit is {max_pattern_length})</source>
        <translation>Этот шаблон regex слишком длинный ({pattern:,} знаков; предел — {max_pattern_length})</translation>
    </message>
    <message>
        <source>This regex pattern is not valid: {msg}</source>
        <translation>Этот шаблон regex неверен: {msg}</translation>
    </message>
    <message>
        <source>This regex pattern is not valid</source>
        <translation>Этот шаблон regex неверен</translation>
    </message>
    <message>
        <source>This regex pattern has a ')' with no '(' before it</source>
        <translation>В этом шаблоне regex есть «)», а перед ней нет «(»</translation>
    </message>
    <message>
        <source>In this regex pattern a '*', '+' or '?' has nothing to repeat</source>
        <translation>В этом шаблоне regex «*», «+» или «?» нечего повторять</translation>
    </message>
    <message>
        <source>Possessive quantifiers (*+, ++) are not supported in regex()</source>
        <translation>Притяжательные квантификаторы (*+, ++) в regex() не поддерживаются</translation>
    </message>
    <message>
        <source>This regex pattern repeats too many times to check quickly</source>
        <translation>Этот шаблон regex повторяется слишком много раз, чтобы проверить его быстро</translation>
    </message>
    <message>
        <source>This regex pattern has a '[' that is never closed</source>
        <translation>В этом шаблоне regex есть «[», которая нигде не закрыта</translation>
    </message>
    <message>
        <source>This regex pattern ends with a lone backslash</source>
        <translation>Этот шаблон regex кончается одиночной обратной косой чертой</translation>
    </message>
    <message>
        <source>Back-references like \1 are not supported in regex()</source>
        <translation>Обратные ссылки вроде \1 в regex() не поддерживаются</translation>
    </message>
    <message>
        <source>This regex pattern has a group name that is never closed</source>
        <translation>В этом шаблоне regex есть имя группы, которое нигде не закрыто</translation>
    </message>
    <message>
        <source>This regex pattern nests groups too deeply</source>
        <translation>В этом шаблоне regex слишком глубоко вложены группы</translation>
    </message>
    <message>
        <source>This regex pattern has a '(' that is never closed</source>
        <translation>В этом шаблоне regex есть «(», которая нигде не закрыта</translation>
    </message>
    <message>
        <source>This regex pattern is not valid: {text}</source>
        <translation>Этот шаблон regex неверен: {text}</translation>
    </message>
    <message>
        <source>Look-ahead and look-behind groups are not supported in regex()</source>
        <translation>Группы просмотра вперёд и назад в regex() не поддерживаются</translation>
    </message>
    <message>
        <source>Back-references are not supported in regex()</source>
        <translation>Обратные ссылки в regex() не поддерживаются</translation>
    </message>
    <message>
        <source>Atomic groups (?&gt;...) are not supported in regex()</source>
        <translation>Атомарные группы (?&gt;...) в regex() не поддерживаются</translation>
    </message>
    <message>
        <source>Inline flags and special groups like (?i) are not supported in regex()</source>
        <translation>Встроенные флаги и особые группы вроде (?i) в regex() не поддерживаются</translation>
    </message>
    <message>
        <source>This regex pattern repeats too much to check quickly; use smaller {n,m} counts</source>
        <translation>Этот шаблон regex повторяется слишком много, чтобы проверить его быстро; используйте меньшие числа {n,m}</translation>
    </message>
    <message>
        <source>DuoDesk does not support ODK paths; refer to a question as ${name}</source>
        <translation>DuoDesk не поддерживает пути ODK; ссылайтесь на вопрос так: ${name}</translation>
    </message>
    <message>
        <source>This expression is too long ({text:,} characters; the limit is {max_expression_length:,})</source>
        <translation>Это выражение слишком длинное ({text:,} знаков; предел — {max_expression_length:,})</translation>
    </message>
    <message>
        <source>This text is never closed: add a {c} at its end</source>
        <translation>Этот текст нигде не закрыт: добавьте {c} в конце</translation>
    </message>
    <message>
        <source>'..' cannot be used here: {path_hint}</source>
        <translation>«..» здесь использовать нельзя: {path_hint}</translation>
    </message>
    <message>
        <source>A '$' must start a question reference like ${age}</source>
        <translation>«$» должен начинать ссылку на вопрос, например ${age}</translation>
    </message>
    <message>
        <source>This '${' is never closed with '}'</source>
        <translation>Эта «${» нигде не закрыта «}»</translation>
    </message>
    <message>
        <source>'${}' needs a question name between the braces</source>
        <translation>В «${}» между скобками нужно имя вопроса</translation>
    </message>
    <message>
        <source>'{value}' is not a question reference: put just one question name between ${{ and }}</source>
        <translation>«{value}» — не ссылка на вопрос: поставьте одно имя вопроса между ${{ и }}</translation>
    </message>
    <message>
        <source>This '[' is never closed with ']'</source>
        <translation>Эта «[» нигде не закрыта «]»</translation>
    </message>
    <message>
        <source>'[]' needs a condition between the brackets</source>
        <translation>В «[]» между скобками нужно условие</translation>
    </message>
    <message>
        <source>'!' must be followed by '=' (to negate, write not(...))</source>
        <translation>После «!» должен идти «=» (для отрицания пишите not(...))</translation>
    </message>
    <message>
        <source>'{c}' cannot be used here: {path_hint}</source>
        <translation>«{c}» здесь использовать нельзя: {path_hint}</translation>
    </message>
    <message>
        <source>'|' (node-set union) is not supported</source>
        <translation>«|» (объединение наборов узлов) не поддерживается</translation>
    </message>
    <message>
        <source>Unexpected character {c}</source>
        <translation>Неожиданный символ {c}</translation>
    </message>
    <message>
        <source>A group cannot be moved inside itself</source>
        <translation>Группу нельзя переместить внутрь неё самой</translation>
    </message>
    <message>
        <source>up to {number}: {name}</source>
        <translation>до {number} включительно: {name}</translation>
    </message>
    <message>
        <source>less than {number}: {name}</source>
        <translation>меньше {number}: {name}</translation>
    </message>
    <message>
        <source>bands need a question and at least one band</source>
        <translation>для интервалов нужен вопрос и хотя бы один интервал</translation>
    </message>
    <message>
        <source>a band's name cannot hold both ' and ": {text}</source>
        <translation>в имени интервала не может быть одновременно ' и ": {text}</translation>
    </message>
    <message>
        <source>a participant code needs one answer per element, and some elements</source>
        <translation>для кода участника нужен один ответ на каждый элемент и сами элементы</translation>
    </message>
    <message>
        <source>cannot read the passphrase file {path}: {strerror}</source>
        <translation>не удаётся прочитать файл пароля {path}: {strerror}</translation>
    </message>
    <message>
        <source>the passphrase file {path} is not UTF-8 text; save it as UTF-8 and try again</source>
        <translation>файл пароля {path} — не текст UTF-8; сохраните его в UTF-8 и попробуйте снова</translation>
    </message>
    <message>
        <source>the passphrase file {path} is empty</source>
        <translation>файл пароля {path} пустой</translation>
    </message>
    <message>
        <source>unknown questionnaire format {value!r}</source>
        <translation>неизвестный формат анкеты {value!r}</translation>
    </message>
    <message>
        <source>there are more than {max_rows:,} rows of data, more than DuoDesk reads from this kind of file.</source>
        <translation>строк данных больше {max_rows:,} — больше, чем DuoDesk читает из файлов такого вида.</translation>
    </message>
    <message>
        <source>this row has more values than the header has columns ({width}); a value may contain an unquoted separator.</source>
        <translation>в этой строке значений больше, чем столбцов в заголовке ({width}); возможно, в значении есть разделитель без кавычек.</translation>
    </message>
    <message>
        <source>{where} is empty.</source>
        <translation>{where} пуст.</translation>
    </message>
    <message>
        <source>the sheet numbers its rows past {excel_max_rows:,}, Excel's limit; the file is damaged. {save_as_xlsx}</source>
        <translation>лист нумерует строки дальше {excel_max_rows:,}, предела Excel; файл повреждён. {save_as_xlsx}</translation>
    </message>
    <message>
        <source>the sheet is larger than Excel allows; the file is damaged. {save_as_xlsx}</source>
        <translation>лист больше, чем позволяет Excel; файл повреждён. {save_as_xlsx}</translation>
    </message>
    <message>
        <source>there are {matches} sheets called "{sheet_name}" ({listed}); rename all but one.</source>
        <translation>есть {matches} листа с именем «{sheet_name}» ({listed}); переименуйте все, кроме одного.</translation>
    </message>
    <message>
        <source>this workbook has no worksheets.</source>
        <translation>в этой книге нет рабочих листов.</translation>
    </message>
    <message>
        <source>there is no sheet called "{sheet}" (the sheets are {listed}).</source>
        <translation>нет листа с именем «{sheet}» (листы: {listed}).</translation>
    </message>
    <message>
        <source>The team passphrase needs at least {minimum_length} characters: it locks every interview and the participant-code key. Choose a longer one; nothing was written.</source>
        <translation>В пароле команды должно быть не меньше {minimum_length} знаков: он закрывает каждое интервью и ключ кодов участников. Выберите пароль длиннее; ничего не записано.</translation>
    </message>
    <message>
        <source>The passphrase file {name} holds no passphrase.</source>
        <translation>В файле парольной фразы {name} нет парольной фразы.</translation>
    </message>
    <message>
        <source>{path} is a folder: give the name of the transfer file to write.</source>
        <translation>{path} — папка: укажите имя файла передачи, который нужно записать.</translation>
    </message>
    <message>
        <source>{name} already exists and is not a transfer file, so DuoDesk does not write over it; nothing was changed. Choose another name.</source>
        <translation>{name} уже существует и не является файлом передачи, поэтому DuoDesk его не перезаписывает; ничего не изменено. Выберите другое имя.</translation>
    </message>
    <message>
        <source>{name} was changed or damaged after it was written, so nothing was read from it. Ask for the file to be sent again.</source>
        <translation>{name} был изменён или повреждён после записи, поэтому из него ничего не прочитано. Попросите прислать файл ещё раз.</translation>
    </message>
    <message>
        <source>{name} is not complete (it was cut short, perhaps while being copied), so nothing was read from it. Copy it again and try once more.</source>
        <translation>{name} неполный (он обрезан, возможно, при копировании), поэтому из него ничего не прочитано. Скопируйте его снова и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>{name} cannot be opened: {strerror}.</source>
        <translation>{name} не удаётся открыть: {strerror}.</translation>
    </message>
    <message>
        <source>{name} is not a DuoDesk transfer file.</source>
        <translation>{name} — не файл передачи DuoDesk.</translation>
    </message>
    <message>
        <source>{name} was written by a newer version of DuoDesk. Install the newer version to read it; nothing was changed.</source>
        <translation>{name} записан более новой версией DuoDesk. Установите новую версию, чтобы прочитать его; ничего не изменено.</translation>
    </message>
    <message>
        <source>The team passphrase does not open {name}: it was made with another passphrase (capital letters count). Nothing was changed.</source>
        <translation>Пароль команды не открывает {name}: файл сделан с другим паролем (заглавные буквы важны). Ничего не изменено.</translation>
    </message>
    <message>
        <source>{raw} cannot be read as text</source>
        <translation>{raw} не читается как текст</translation>
    </message>
    <message>
        <source>{raw} is not a whole number</source>
        <translation>{raw} — не целое число</translation>
    </message>
    <message>
        <source>{raw} is not a whole number{hint}</source>
        <translation>{raw} — не целое число{hint}</translation>
    </message>
    <message>
        <source>{raw} is too large for a whole number (the limit is {int64_max:,})</source>
        <translation>{raw} слишком большое для целого числа (предел — {int64_max:,})</translation>
    </message>
    <message>
        <source>(write it without commas or spaces)</source>
        <translation>(пишите без запятых и пробелов)</translation>
    </message>
    <message>
        <source>{raw} is not a number</source>
        <translation>{raw} — не число</translation>
    </message>
    <message>
        <source>(use a point for decimals, as in 1.5)</source>
        <translation>(для дробной части используйте точку, как в 1.5)</translation>
    </message>
    <message>
        <source>{raw} is not a number{hint}</source>
        <translation>{raw} — не число{hint}</translation>
    </message>
    <message>
        <source>{raw} is too large to store as a number</source>
        <translation>{raw} слишком большое, чтобы хранить его как число</translation>
    </message>
    <message>
        <source>{raw} would need more than {limit} digits written out; write it with fewer digits, or nearer to 1</source>
        <translation>для записи {raw} понадобилось бы больше {limit} цифр; запишите его меньшим числом цифр или ближе к 1</translation>
    </message>
    <message>
        <source>{raw} has a time of day; this question takes a date only</source>
        <translation>в {raw} есть время суток; этот вопрос принимает только дату</translation>
    </message>
    <message>
        <source>{raw} is not a real date</source>
        <translation>{raw} — несуществующая дата</translation>
    </message>
    <message>
        <source>{raw} is not written as YYYY-MM-DD; DuoDesk does not guess whether a date like 05/01/2024 means 5 January or May 1</source>
        <translation>{raw} записано не как ГГГГ-ММ-ДД; DuoDesk не угадывает, значит ли дата вроде 05/01/2024 5 января или 1 мая</translation>
    </message>
    <message>
        <source>{raw} is not a date written as YYYY-MM-DD</source>
        <translation>{raw} — не дата в виде ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>{raw} is a date and time; this question takes a time only</source>
        <translation>{raw} — это дата и время; этот вопрос принимает только время</translation>
    </message>
    <message>
        <source>{raw} is not a time written as HH:MM or HH:MM:SS</source>
        <translation>{raw} — не время в виде ЧЧ:ММ или ЧЧ:ММ:СС</translation>
    </message>
    <message>
        <source>{raw} is not written as YYYY-MM-DDTHH:MM:SS; DuoDesk does not guess whether a date like 05/01/2024 means 5 January or May 1</source>
        <translation>{raw} записано не как ГГГГ-ММ-ДДTЧЧ:ММ:СС; DuoDesk не угадывает, значит ли дата вроде 05/01/2024 5 января или 1 мая</translation>
    </message>
    <message>
        <source>{raw} is not a date and time written as YYYY-MM-DDTHH:MM:SS</source>
        <translation>{raw} — не дата и время в виде ГГГГ-ММ-ДДTЧЧ:ММ:СС</translation>
    </message>
    <message>
        <source>the range's {key} "{text}" is not a number</source>
        <translation>{key} диапазона «{text}» — не число</translation>
    </message>
    <message>
        <source>the range's {key} "{text}" is too large or has too many decimals (at most {range_decimals} decimals, and below {range_limit:,})</source>
        <translation>{key} диапазона «{text}» слишком большое или в нём слишком много знаков после запятой (не больше {range_decimals} и меньше {range_limit:,})</translation>
    </message>
    <message>
        <source>the range's step is 0</source>
        <translation>шаг диапазона равен 0</translation>
    </message>
    <message>
        <source>{raw} is outside the range {shown}</source>
        <translation>{raw} вне диапазона {shown}</translation>
    </message>
    <message>
        <source>{raw} is not one of the steps of the range {shown} (in steps of {value})</source>
        <translation>{raw} — не один из шагов диапазона {shown} (шаг {value})</translation>
    </message>
    <message>
        <source>{raw} is not a location written as latitude longitude</source>
        <translation>{raw} — не место в виде широта долгота</translation>
    </message>
    <message>
        <source>{raw} has several points; this question takes one</source>
        <translation>в {raw} несколько точек; этот вопрос принимает одну</translation>
    </message>
    <message>
        <source>{raw}: {what} needs at least {at_least} points</source>
        <translation>{raw}: для {what} нужно хотя бы {at_least} точки</translation>
    </message>
    <message>
        <source>{raw} is not a location: write the latitude and longitude, as in 55.95 -3.19 (altitude and accuracy may follow)</source>
        <translation>{raw} — не место: напишите широту и долготу, например 55.95 -3.19 (затем можно высоту и точность)</translation>
    </message>
    <message>
        <source>{raw}: {text} is not a number</source>
        <translation>{raw}: {text} — не число</translation>
    </message>
    <message>
        <source>{raw}: the latitude must be between -90 and 90</source>
        <translation>{raw}: широта должна быть от -90 до 90</translation>
    </message>
    <message>
        <source>{raw}: the longitude must be between -180 and 180</source>
        <translation>{raw}: долгота должна быть от -180 до 180</translation>
    </message>
    <message>
        <source>{raw}: the accuracy cannot be negative</source>
        <translation>{raw}: точность не может быть отрицательной</translation>
    </message>
    <message>
        <source>{raw} should be OK (acknowledged) or empty</source>
        <translation>{raw} должно быть OK (подтверждено) или пусто</translation>
    </message>
    <message>
        <source>A note takes no answer, but it was given {raw}</source>
        <translation>Примечание не принимает ответа, но получило {raw}</translation>
    </message>
    <message>
        <source>{raw} is not a choice name</source>
        <translation>{raw} — не имя варианта</translation>
    </message>
    <message>
        <source>{raw} names more than one choice; this question takes one answer</source>
        <translation>{raw} называет больше одного варианта; этот вопрос принимает один ответ</translation>
    </message>
    <message>
        <source>the external choices</source>
        <translation>внешние варианты</translation>
    </message>
    <message>
        <source>the choices come from {where}, which was not added with the questionnaire; add it first</source>
        <translation>варианты берутся из {where}, который не был добавлен вместе с анкетой; сначала добавьте его</translation>
    </message>
    <message>
        <source>{answer} is not one of the choices: {choices}</source>
        <translation>{answer} нет среди вариантов: {choices}</translation>
    </message>
    <message>
        <source>{answers} are not among the choices: {choices}</source>
        <translation>{answers} нет среди вариантов: {choices}</translation>
    </message>
    <message>
        <source>({label} is the label of {name}; use choice names)</source>
        <translation>({label} — это подпись варианта {name}; используйте имена вариантов)</translation>
    </message>
    <message>
        <source>this is a folder, not a file.</source>
        <translation>это папка, а не файл.</translation>
    </message>
    <message>
        <source>this file does not exist (was it moved?).</source>
        <translation>этого файла нет (его перенесли?).</translation>
    </message>
    <message>
        <source>this file cannot be read ({strerror}).</source>
        <translation>этот файл не удаётся прочитать ({strerror}).</translation>
    </message>
    <message>
        <source>this file is {value:,.0f} MB, more than the {value2:,.0f} MB DuoDesk reads.</source>
        <translation>размер файла {value:,.0f} МБ — больше {value2:,.0f} МБ, которые читает DuoDesk.</translation>
    </message>
    <message>
        <source>this workbook is protected with a password. Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook) and save it again.</source>
        <translation>эта книга защищена паролем. Откройте её в Excel, уберите пароль (Файл &gt; Сведения &gt; Защита книги) и сохраните снова.</translation>
    </message>
    <message>
        <source>this is an old-style Excel 97-2003 workbook (.xls). {save_as_xlsx}</source>
        <translation>это старая книга Excel 97-2003 (.xls). {save_as_xlsx}</translation>
    </message>
    <message>
        <source>It looks like a text file; if it holds CSV data, rename it to .csv.</source>
        <translation>Похоже, это текстовый файл; если в нём данные CSV, переименуйте его в .csv.</translation>
    </message>
    <message>
        <source>this file is not an Excel workbook (.xlsx).{hint}</source>
        <translation>этот файл — не книга Excel (.xlsx).{hint}</translation>
    </message>
    <message>
        <source>this workbook has an impossible number of parts.</source>
        <translation>в этой книге невозможное число частей.</translation>
    </message>
    <message>
        <source>this is an Excel binary workbook (.xlsb). {save_as_xlsx}</source>
        <translation>это двоичная книга Excel (.xlsb). {save_as_xlsx}</translation>
    </message>
    <message>
        <source>this is an OpenDocument spreadsheet. {save_as_xlsx}</source>
        <translation>это таблица OpenDocument. {save_as_xlsx}</translation>
    </message>
    <message>
        <source>this file is not an Excel workbook (.xlsx): it is a zip archive with no workbook inside.</source>
        <translation>этот файл — не книга Excel (.xlsx): это архив zip, в котором нет книги.</translation>
    </message>
    <message>
        <source>this workbook contains a part with an unsafe name ({name!r}); it was not made by a spreadsheet program and will not be opened.</source>
        <translation>в этой книге есть часть с опасным именем ({name!r}); её сделала не программа для таблиц, и она не будет открыта.</translation>
    </message>
    <message>
        <source>this workbook is protected with a password.</source>
        <translation>эта книга защищена паролем.</translation>
    </message>
    <message>
        <source>this workbook unpacks to far more data than its size suggests ({name} alone claims {value:,.0f} MB); it may be a 'zip bomb' and will not be opened.</source>
        <translation>эта книга распаковывается в гораздо больший объём, чем можно ждать по её размеру (только {name} заявляет {value:,.0f} МБ); это может быть «zip-бомба», и она не будет открыта.</translation>
    </message>
    <message>
        <source>this workbook has a part ({filename}) in an unsupported text encoding.</source>
        <translation>в этой книге есть часть ({filename}) в неподдерживаемой кодировке текста.</translation>
    </message>
    <message>
        <source>this workbook contains an XML document type declaration ({filename}), which spreadsheet programs never write; it may be an attack (an 'XML bomb') and will not be opened.</source>
        <translation>в этой книге есть объявление типа документа XML ({filename}), которое программы для таблиц никогда не пишут; это может быть атака («XML-бомба»), и книга не будет открыта.</translation>
    </message>
    <message>
        <source>this workbook has a sheet ({filename}) with more rows than Excel allows ({excel_max_rows:,}); it was not made by a spreadsheet program.</source>
        <translation>в этой книге есть лист ({filename}), где строк больше, чем позволяет Excel ({excel_max_rows:,}); её сделала не программа для таблиц.</translation>
    </message>
    <message>
        <source>{message} (at position {position})</source>
        <translation>{message} (в позиции {position})</translation>
    </message>
    <message numerus="yes">
        <source>takes at least %n argument</source>
        <translation><numerusform>принимает не меньше %n аргумента</numerusform><numerusform>принимает не меньше %n аргументов</numerusform><numerusform>принимает не меньше %n аргументов</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>takes at least %n arguments</source>
        <translation><numerusform>принимает не меньше %n аргумента</numerusform><numerusform>принимает не меньше %n аргументов</numerusform><numerusform>принимает не меньше %n аргументов</numerusform></translation>
    </message>
    <message>
        <source>takes no arguments</source>
        <translation>не принимает аргументов</translation>
    </message>
    <message numerus="yes">
        <source>takes %n argument</source>
        <translation><numerusform>принимает %n аргумент</numerusform><numerusform>принимает %n аргумента</numerusform><numerusform>принимает %n аргументов</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>takes %n arguments</source>
        <translation><numerusform>принимает %n аргумент</numerusform><numerusform>принимает %n аргумента</numerusform><numerusform>принимает %n аргументов</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>takes {minimum} to %n argument</source>
        <translation><numerusform>принимает от {minimum} до %n аргумента</numerusform><numerusform>принимает от {minimum} до %n аргументов</numerusform><numerusform>принимает от {minimum} до %n аргументов</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>takes {minimum} to %n arguments</source>
        <translation><numerusform>принимает от {minimum} до %n аргумента</numerusform><numerusform>принимает от {minimum} до %n аргументов</numerusform><numerusform>принимает от {minimum} до %n аргументов</numerusform></translation>
    </message>
</context>
<context>
    <name>DesktopCheck</name>
    <message>
        <source>DuoDesk cannot open its window: no desktop screen was found (DISPLAY is not set). Start it from the desktop; the commands (duodesk --help) work without one.</source>
        <translation>DuoDesk не может открыть окно: экран рабочего стола не найден (DISPLAY не задан). Запустите его с рабочего стола; команды (duodesk --help) работают без экрана.</translation>
    </message>
    <message>
        <source>DuoDesk cannot open its window: system libraries are missing. Install them with: {command}</source>
        <translation>DuoDesk не может открыть окно: не хватает системных библиотек. Установите их командой: {command}</translation>
    </message>
    <message>
        <source>DuoDesk cannot open its window: no screen can be reached at DISPLAY={display}. Start it from the desktop itself, or over ssh with X forwarding (ssh -X); the commands (duodesk --help) work without a screen.</source>
        <translation>DuoDesk не может открыть окно: экран DISPLAY={display} не отвечает. Запустите его с самого рабочего стола или по ssh с пересылкой X (ssh -X); команды (duodesk --help) работают без экрана.</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>This answer is not allowed here</source>
        <translation>Такой ответ здесь не допускается</translation>
    </message>
    <message>
        <source>An answer is needed here</source>
        <translation>Здесь нужен ответ</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>The threshold for small numbers must be from {low} to {high}, not {n}</source>
        <translation>Порог для маленьких чисел должен быть от {low} до {high}, а не {n}</translation>
    </message>
    <message>
        <source>This project requires numbers from 1 to {n} to be hidden in every export, so small numbers cannot be shown.</source>
        <translation>Этот проект требует скрывать числа от 1 до {n} в каждой выгрузке, поэтому маленькие числа показывать нельзя.</translation>
    </message>
    <message>
        <source>This project requires numbers from 1 to {n} to be hidden in every export; hiding only 1 to {threshold} is not allowed.</source>
        <translation>Этот проект требует скрывать числа от 1 до {n} в каждой выгрузке; скрывать только от 1 до {threshold} нельзя.</translation>
    </message>
    <message>
        <source>The part chosen ({part}) leaves out only 1 to {threshold} of the interviews: set beside the results for every interview, its numbers would give those few people's answers by subtraction. Choose a part that leaves out none of the interviews, or at least {n} of them.</source>
        <translation>Выбранная часть ({part}) оставляет в стороне только от 1 до {threshold} интервью: рядом с результатами всех интервью её числа дали бы вычитанием ответы этих немногих людей. Выберите часть, которая не оставляет в стороне ни одного интервью или хотя бы {n}.</translation>
    </message>
    <message>
        <source>the site “{name}”</source>
        <translation>место «{name}»</translation>
    </message>
    <message>
        <source>the interviews with no site</source>
        <translation>интервью без места</translation>
    </message>
    <message>
        <source>The part chosen ({part}) is chosen by site, and {which} has only 1 to {threshold} interviews: parts chosen by site could be subtracted from each other and from the whole survey to give those few people's answers. Choose every site, or choose the part another way.</source>
        <translation>Выбранная часть ({part}) выбрана по месту, а у {which} всего от 1 до {threshold} интервью: если вычитать части, выбранные по месту, друг из друга и из всего опроса, можно узнать ответы этих немногих людей. Выберите все места или выберите часть иначе.</translation>
    </message>
    <message>
        <source>the interviewer “{name}”</source>
        <translation>интервьюер «{name}»</translation>
    </message>
    <message>
        <source>the interviews with no interviewer</source>
        <translation>интервью без интервьюера</translation>
    </message>
    <message>
        <source>The part chosen ({part}) is chosen by interviewer, and {which} has only 1 to {threshold} interviews: parts chosen by interviewer could be subtracted from each other and from the whole survey to give those few people's answers. Choose every interviewer, or choose the part another way.</source>
        <translation>Выбранная часть ({part}) выбрана по интервьюеру, а у {which} всего от 1 до {threshold} интервью: если вычитать части, выбранные по интервьюеру, друг из друга и из всего опроса, можно узнать ответы этих немногих людей. Выберите всех интервьюеров или выберите часть иначе.</translation>
    </message>
    <message>
        <source>The part chosen ({part}) is chosen by the answers to “{question}”, and in the whole survey one of the groups those answers make holds only 1 to {threshold} people: the number of interviews in the part, set beside the tables of every interview, would give that small group's number by subtraction. Choose the part by site or by dates instead, or publish every interview.</source>
        <translation>Выбранная часть ({part}) выбрана по ответам на «{question}», и во всём опросе в одной из групп, которые дают эти ответы, всего от 1 до {threshold} человек: число интервью в части рядом с таблицами всех интервью дало бы число этой маленькой группы вычитанием. Выберите часть по месту или по датам или опубликуйте все интервью.</translation>
    </message>
    <message>
        <source>the counts do not agree with their totals</source>
        <translation>частоты не сходятся с итогами</translation>
    </message>
    <message>
        <source>every row of the table must have the same number of cells</source>
        <translation>в каждой строке таблицы должно быть одинаковое число ячеек</translation>
    </message>
    <message>
        <source>counts cannot be negative</source>
        <translation>частоты не могут быть отрицательными</translation>
    </message>
    <message>
        <source>The part chosen ({part}) holds no interview, so there is nothing to publish. Choose a part that holds at least {n} interviews, or every interview.</source>
        <translation>Выбранная часть ({part}) не содержит ни одного интервью: публиковать нечего. Выберите часть не менее чем из {n} интервью или все интервью.</translation>
    </message>
    <message>
        <source>This questionnaire has only 1 to {threshold} complete interviews: in tables of so few, the zeros and the totals would give those few people's answers away, so none can be published. Wait until it has at least {n} interviews. Files that stay within the group (CSV or SPSS) can be exported now.</source>
        <translation>В этой анкете лишь от 1 до {threshold} завершённых интервью: в таблицах из столь немногих интервью нули и итоги выдали бы ответы этих немногих людей, поэтому ни одну таблицу нельзя опубликовать. Дождитесь, пока в ней будет не менее {n} интервью. Файлы, которые остаются в группе (CSV или SPSS), можно экспортировать уже сейчас.</translation>
    </message>
    <message>
        <source>The part chosen ({part}) holds only 1 to {threshold} interviews: its zeros would give those few people's answers away. Choose a part that holds at least {n} interviews, or every interview.</source>
        <translation>Выбранная часть ({part}) содержит лишь от 1 до {threshold} интервью: её нули выдали бы ответы этих немногих людей. Выберите часть не менее чем из {n} интервью или все интервью.</translation>
    </message>
    <message>
        <source>The part chosen ({part}) differs by only 1 to {threshold} interviews from a part already published from this project: side by side, the two would give those few people's answers by subtraction. Choose the same interviews as before (for example up to the same date), or wait until the part differs from every earlier one by at least {more} interviews.</source>
        <translation>Выбранная часть ({part}) отличается всего на 1–{threshold} интервью от части, уже опубликованной из этого проекта: рядом друг с другом они дали бы ответы этих немногих людей вычитанием. Выберите те же интервью, что и раньше (например, до той же даты), или подождите, пока часть не будет отличаться от каждой прежней хотя бы на {more} интервью.</translation>
    </message>
    <message>
        <source>Exported to {file}; the number of interviews is hidden there, so it is not given here either.</source>
        <translation>Экспортировано в {file}; число интервью там скрыто, поэтому и здесь оно не указано.</translation>
    </message>
    <message numerus="yes">
        <source>%n interview exported to {file}.</source>
        <translation><numerusform>%n интервью выгружено в {file}.</numerusform><numerusform>%n интервью выгружено в {file}.</numerusform><numerusform>%n интервью выгружено в {file}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n interviews exported to {file}.</source>
        <translation><numerusform>%n интервью выгружено в {file}.</numerusform><numerusform>%n интервью выгружено в {file}.</numerusform><numerusform>%n интервью выгружено в {file}.</numerusform></translation>
    </message>
    <message>
        <source>One row per interview in {file}: it can identify people, keep it within the group.</source>
        <translation>Одна строка на интервью в {file}: по нему можно узнать людей, храните его внутри группы.</translation>
    </message>
    <message>
        <source>One row per repeat instance in {files} (joined to the interviews by _interview).</source>
        <translation>Одна строка на каждое повторение в {files} (связана с интервью через _interview).</translation>
    </message>
    <message>
        <source>One row per repeat instance in {files} (joined to the interviews by v_interview).</source>
        <translation>По строке на каждый элемент повторения в {files} (связь с интервью по v_interview).</translation>
    </message>
    <message>
        <source>Codebook: {files}.</source>
        <translation>Кодовая книга: {files}.</translation>
    </message>
    <message numerus="yes">
        <source>%n question was left out (see the codebook).</source>
        <translation><numerusform>%n вопрос не включён (см. кодовую книгу).</numerusform><numerusform>%n вопроса не включены (см. кодовую книгу).</numerusform><numerusform>%n вопросов не включены (см. кодовую книгу).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n questions were left out (see the codebook).</source>
        <translation><numerusform>%n вопрос не включён (см. кодовую книгу).</numerusform><numerusform>%n вопроса не включены (см. кодовую книгу).</numerusform><numerusform>%n вопросов не включены (см. кодовую книгу).</numerusform></translation>
    </message>
    <message>
        <source>Written as text, because some answers have more digits than an SPSS number holds exactly (see the codebook): {names}.</source>
        <translation>Записано как текст, потому что в некоторых ответах больше цифр, чем число SPSS хранит точно (см. кодовую книгу): {names}.</translation>
    </message>
    <message>
        <source>no complete interview of {form_id} is in the part chosen ({value}): there is nothing to report.</source>
        <translation>в выбранной части ({value}) нет законченных интервью {form_id}: отчитываться не о чем.</translation>
    </message>
    <message>
        <source>Excel workbook for the health board (.xlsx)</source>
        <translation>Книга Excel для органа здравоохранения (.xlsx)</translation>
    </message>
    <message>
        <source>Every interview, one row each, as CSV (.csv)</source>
        <translation>Каждое интервью, по одной строке, в CSV (.csv)</translation>
    </message>
    <message>
        <source>Every interview, one row each, for SPSS or PSPP (.sav)</source>
        <translation>Каждое интервью, по одной строке, для SPSS или PSPP (.sav)</translation>
    </message>
    <message>
        <source>{file}: DuoDesk exports .xlsx, .csv and .sav files; end the file name with one of these.</source>
        <translation>{file}: DuoDesk выгружает файлы .xlsx, .csv и .sav; имя файла должно кончаться на одно из них.</translation>
    </message>
    <message>
        <source>The part chosen ({part}) and parts already published from this project fit together exactly (into the whole survey, an earlier part, or this part): side by side, their numbers would give away by subtraction even those each one hides, and some of them are 1 to {threshold}. Nothing was written. Choose a part that does not complete the parts already published.</source>
        <translation>Выбранная часть ({part}) и части, уже опубликованные из этого проекта, точно складываются вместе (во всё обследование, в ранее опубликованную часть или в эту часть): рядом друг с другом их числа вычитанием выдали бы даже те, что каждая скрывает, а некоторые из них от 1 до {threshold}. Ничего не записано. Выберите часть, которая не дополняет уже опубликованные части.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>this file does not look like a text (CSV) file.</source>
        <translation>этот файл не похож на текстовый файл (CSV).</translation>
    </message>
    <message>
        <source>this row is longer than {count:,} characters.</source>
        <translation>эта строка длиннее {count:,} знаков.</translation>
    </message>
    <message>
        <source>the file contains bytes that are not valid {encoding} text.</source>
        <translation>в файле есть байты, которые не являются правильным текстом {encoding}.</translation>
    </message>
    <message>
        <source>the CSV layout is broken here ({problem}); look for a stray double quote (").</source>
        <translation>здесь нарушена разметка CSV ({problem}); поищите лишнюю двойную кавычку (").</translation>
    </message>
    <message>
        <source>sheet "{sheet}"</source>
        <translation>лист «{sheet}»</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>строка {row}</translation>
    </message>
    <message>
        <source>column "{column}"</source>
        <translation>столбец «{column}»</translation>
    </message>
    <message>
        <source>this cell holds a formula but not its result: no spreadsheet program has calculated it. Open the file in Excel or LibreOffice, save it there, and try again.</source>
        <translation>в этой ячейке есть формула, но нет её результата: ни одна программа электронных таблиц её не вычислила. Откройте файл в Excel или LibreOffice, сохраните его там и попробуйте снова.</translation>
    </message>
    <message>
        <source>this cell holds a formula (={formula}) but not its result: no spreadsheet program has calculated it. Open the file in Excel or LibreOffice, save it there, and try again.</source>
        <translation>в этой ячейке есть формула (={formula}), но нет её результата: ни одна программа электронных таблиц её не вычислила. Откройте файл в Excel или LibreOffice, сохраните его там и попробуйте снова.</translation>
    </message>
    <message>
        <source>a cell holds more than {count:,} characters, the most DuoDesk reads.</source>
        <translation>в ячейке больше {count:,} знаков — больше, чем читает DuoDesk.</translation>
    </message>
    <message>
        <source>the header row has more than {count:,} columns.</source>
        <translation>в строке заголовка больше {count:,} столбцов.</translation>
    </message>
    <message>
        <source>Open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx).</source>
        <translation>Откройте его в Excel или LibreOffice и сохраните как книгу Excel (.xlsx).</translation>
    </message>
    <message>
        <source>this workbook is damaged and cannot be read ({fault}: {problem}).</source>
        <translation>эта книга повреждена и не читается ({fault}: {problem}).</translation>
    </message>
    <message>
        <source>{where}, value "{value}": row {first} has the same key, so which of the two interviews the instances of the repeats joined to this key belong to cannot be told</source>
        <translation>{where}, значение «{value}»: у строки {first} такой же ключ, поэтому нельзя понять, к какому из двух интервью относятся повторы, привязанные к этому ключу</translation>
    </message>
    <message>
        <source>{where}: these are instances of {repeat}, which sits inside the repeat {outer}, but the file has no table for {outer}</source>
        <translation>{where}: это повторы {repeat}, который находится внутри повтора {outer}, но в файле нет таблицы для {outer}</translation>
    </message>
    <message>
        <source>{where}: empty, so this instance of {repeat} belongs to no interview</source>
        <translation>{where}: пусто, поэтому этот повтор {repeat} не относится ни к одному интервью</translation>
    </message>
    <message>
        <source>{where}, value "{value}": no row of the {outer} table has this key, so this instance of {repeat} belongs to nothing</source>
        <translation>{where}, значение «{value}»: ни в одной строке таблицы {outer} нет такого ключа, поэтому этот повтор {repeat} ни к чему не относится</translation>
    </message>
    <message>
        <source>{where}, value "{value}": another row of {repeat} has the same key, so the instances inside it cannot be told apart</source>
        <translation>{where}, значение «{value}»: у другой строки {repeat} такой же ключ, поэтому повторы внутри неё нельзя различить</translation>
    </message>
    <message>
        <source>{where}, value "{value}": no interview in {table} has this key, so this instance of {repeat} belongs to no interview</source>
        <translation>{where}, значение «{value}»: ни у одного интервью в {table} нет такого ключа, поэтому этот повтор {repeat} не относится ни к одному интервью</translation>
    </message>
    <message>
        <source>{where}, value "{value}": {reason}</source>
        <translation>{where}, значение «{value}»: {reason}</translation>
    </message>
    <message>
        <source>should be 1 or 0</source>
        <translation>должно быть 1 или 0</translation>
    </message>
    <message>
        <source>this zip file is protected with a password.</source>
        <translation>этот zip-файл защищён паролем.</translation>
    </message>
    <message>
        <source>this zip file unpacks to far more data than its size suggests ({name}); it will not be opened.</source>
        <translation>этот zip-файл распаковывается в гораздо больший объём данных, чем можно ожидать по его размеру ({name}); он не будет открыт.</translation>
    </message>
    <message>
        <source>this zip file cannot be read ({error}).</source>
        <translation>этот zip-файл не удаётся прочитать ({error}).</translation>
    </message>
    <message>
        <source>this zip file should hold one CSV file of interviews (without a PARENT_KEY column) and one per repeat; it holds {count} without PARENT_KEY.</source>
        <translation>в этом zip-файле должен быть один CSV-файл интервью (без столбца PARENT_KEY) и по одному на каждый повтор; файлов без PARENT_KEY в нём: {count}.</translation>
    </message>
    <message>
        <source>{where}: {reason}</source>
        <translation>{where}: {reason}</translation>
    </message>
    <message>
        <source>the column for {key} appears twice</source>
        <translation>столбец для {key} встречается дважды</translation>
    </message>
    <message>
        <source>{table}: {count} row(s) of {repeat}, but by the questionnaire's logic this repeat is not asked here ({why})</source>
        <translation>{table}: строк группы {repeat}: {count}, но по логике анкеты эта повторяющаяся группа здесь не задаётся ({why})</translation>
    </message>
    <message>
        <source>answered, but by the questionnaire's logic this question is not asked here ({why})</source>
        <translation>есть ответ, но по логике анкеты этот вопрос здесь не задаётся ({why})</translation>
    </message>
    <message>
        <source>this answer is not allowed</source>
        <translation>такой ответ не допускается</translation>
    </message>
    <message>
        <source>one of its repeat instances has a problem: {problem}</source>
        <translation>в одном из его повторов есть проблема: {problem}</translation>
    </message>
    <message>
        <source>column "{name}" says {said} instance(s), but the table of {name} has {found} for this interview</source>
        <translation>в столбце «{name}» указано повторов: {said}, а в таблице {name} для этого интервью их {found}</translation>
    </message>
    <message>
        <source>it is in the group "{group}", which applies only when {condition}</source>
        <translation>он в группе «{group}», которая действует, только когда {condition}</translation>
    </message>
    <message>
        <source>it applies only when {condition}</source>
        <translation>он задаётся, только когда {condition}</translation>
    </message>
    <message>
        <source>it belongs to an instance of a repeat that is not there for this interview</source>
        <translation>он относится к повтору группы, которого в этом интервью нет</translation>
    </message>
    <message>
        <source>file "{name}"</source>
        <translation>файл «{name}»</translation>
    </message>
    <message>
        <source>{where}: "{name}" should be the name of a .csv, .xml or .geojson file in the form's folder</source>
        <translation>{where}: «{name}» должно быть именем файла .csv, .xml или .geojson в папке анкеты</translation>
    </message>
    <message>
        <source>{where}: pulldata() should name a CSV file, not "{name}"</source>
        <translation>{where}: в pulldata() должно быть имя CSV-файла, а не «{name}»</translation>
    </message>
    <message>
        <source>the "{sheet}" sheet</source>
        <translation>лист «{sheet}»</translation>
    </message>
    <message>
        <source>{where}: the list "{name}" is not on {place}</source>
        <translation>{where}: списка «{name}» нет в {place}</translation>
    </message>
    <message>
        <source>“{title}” has its file {name} already. To use another, add the questionnaire again with the new file beside it: it is kept as a new version, and interviews already entered keep the answers they were given.</source>
        <translation>У «{title}» уже есть файл {name}. Чтобы использовать другой, добавьте анкету заново, положив новый файл рядом: она сохранится как новая версия, а уже введённые интервью сохранят свои ответы.</translation>
    </message>
    <message>
        <source>no file</source>
        <translation>никакого файла</translation>
    </message>
    <message>
        <source>“{title}” does not need a file called {name}; it needs {needed}.</source>
        <translation>«{title}» не нужен файл {name}; ей нужно: {needed}.</translation>
    </message>
    <message>
        <source>the list "{name}" has no rows here (its "list_name" column never says it).</source>
        <translation>у списка «{name}» здесь нет строк (в столбце «list_name» он ни разу не указан).</translation>
    </message>
    <message>
        <source>there is no column "{column}", which the question "{question}" chooses its answers by (its choice_filter: {choice_filter}). Add the column to the file, or check its spelling.</source>
        <translation>нет столбца «{column}», по которому вопрос «{question}» выбирает ответы (его choice_filter: {choice_filter}). Добавьте столбец в файл или проверьте написание.</translation>
    </message>
    <message>
        <source>{file} has no column {missing}, which pulldata() in “{question}” reads (the file's columns are {columns}), so it stays empty in every interview. Add the column to the file, or check its spelling.</source>
        <translation>В файле {file} нет столбца {missing}, который читает pulldata() в «{question}» (столбцы файла: {columns}), поэтому значение будет пустым в каждом интервью. Добавьте столбец в файл или проверьте его написание.</translation>
    </message>
    <message>
        <source>{file} has no columns {missing}, which pulldata() in “{question}” reads (the file's columns are {columns}), so it stays empty in every interview. Add the columns to the file, or check their spelling.</source>
        <translation>В файле {file} нет столбцов {missing}, которые читает pulldata() в «{question}» (столбцы файла: {columns}), поэтому значение будет пустым в каждом интервью. Добавьте столбцы в файл или проверьте их написание.</translation>
    </message>
    <message>
        <source>{file} has no column "{column}", which the question “{question}” chooses its answers by (its choice_filter: {choice_filter}; the columns are {columns}), so it offers no answer. Add the column to the file, or check its spelling.</source>
        <translation>В {file} нет столбца "{column}", по которому вопрос «{question}» выбирает ответы (его choice_filter: {choice_filter}; столбцы: {columns}), поэтому он не предложит ни одного ответа. Добавьте столбец в файл или проверьте его написание.</translation>
    </message>
    <message>
        <source>the "{sheet}" sheet of {form}</source>
        <translation>лист "{sheet}" файла {form}</translation>
    </message>
</context>
<context>
    <name>Findings report</name>
    <message>
        <source>site</source>
        <translation>площадке</translation>
    </message>
    <message>
        <source>sites</source>
        <translation>площадках</translation>
    </message>
    <message>
        <source>interviewer</source>
        <translation>интервьюер</translation>
    </message>
    <message>
        <source>interviewers</source>
        <translation>интервьюеры</translation>
    </message>
    <message>
        <source>the section “{heading}”</source>
        <translation>в разделе «{heading}»</translation>
    </message>
    <message>
        <source>Percent is of all {interviews} interviews; valid percent leaves out the missing codes.</source>
        <translation>Процент считается от всех интервью ({interviews}); действительный процент не учитывает коды пропуска.</translation>
    </message>
    <message>
        <source>Percent is of all {interviews} interviews.</source>
        <translation>Процент считается от всех интервью ({interviews}).</translation>
    </message>
    <message>
        <source>Findings of the survey</source>
        <translation>Результаты опроса</translation>
    </message>
    <message>
        <source>By {group}</source>
        <translation>Подготовлено: {group}</translation>
    </message>
    <message>
        <source>Interviews from {first} to {last}</source>
        <translation>Интервью с {first} по {last}</translation>
    </message>
    <message>
        <source>Dates of the interviews not recorded</source>
        <translation>Даты интервью не записаны</translation>
    </message>
    <message>
        <source>Interviews in the months {first} to {last}</source>
        <translation>Интервью за месяцы с {first} по {last}</translation>
    </message>
    <message>
        <source>Interviews in the month {first}</source>
        <translation>Интервью за месяц {first}</translation>
    </message>
    <message>
        <source>Sites: {sites}</source>
        <translation>Площадки: {sites}</translation>
    </message>
    <message>
        <source>Draft made with DuoDesk {version} on {date}. Edit it before it is passed on.</source>
        <translation>Черновик подготовлен в DuoDesk {version} {date}. Отредактируйте его, прежде чем передавать.</translation>
    </message>
    <message>
        <source>How the survey was done</source>
        <translation>Как проводился опрос</translation>
    </message>
    <message>
        <source>{interviews} interviews were counted ({subset}).</source>
        <translation>Посчитано интервью: {interviews} ({subset}).</translation>
    </message>
    <message>
        <source>The interviews took place from {first} to {last}.</source>
        <translation>Интервью проводились с {first} по {last}.</translation>
    </message>
    <message>
        <source>The interviews took place in the month {first} (only the month is given: with so few interviews, the days could help to tell who was interviewed).</source>
        <translation>Интервью прошли в месяце {first} (указан только месяц: при так малом числе интервью дни могли бы помочь узнать, кого опрашивали).</translation>
    </message>
    <message>
        <source>The interviews took place in the months {first} to {last} (only the months are given: with so few interviews, the days could help to tell who was interviewed).</source>
        <translation>Интервью прошли в месяцы с {first} по {last} (указаны только месяцы: при так малом числе интервью дни могли бы помочь узнать, кого опрашивали).</translation>
    </message>
    <message>
        <source>They were made at {count} {sites_word}: {sites}.</source>
        <translation>Их провели на {count} {sites_word}: {sites}.</translation>
    </message>
    <message>
        <source>{count} {interviewers_word} made them.</source>
        <translation>Их провели: {interviewers_word} ({count}).</translation>
    </message>
    <message>
        <source>The questionnaire, “{title}”, has these sections: {sections}.</source>
        <translation>В анкете «{title}» есть такие разделы: {sections}.</translation>
    </message>
    <message>
        <source>The questionnaire, “{title}”, is one list of questions.</source>
        <translation>Анкета «{title}» — это один список вопросов.</translation>
    </message>
    <message>
        <source>The results are de-identified: written answers, locations, questions marked as identifying and interviewers' names are left out, and no single interview's answers are shown; only counts and percentages.</source>
        <translation>Результаты обезличены: письменные ответы, места, вопросы, отмеченные как опознающие, и имена интервьюеров убраны, и ответы отдельных интервью не показаны; только частоты и проценты.</translation>
    </message>
    <message>
        <source>Written answers and identifying questions were not left out of this draft: it may identify people and must stay within the group.</source>
        <translation>Письменные ответы и опознающие вопросы не убраны из этого черновика: по нему можно узнать людей, и он должен оставаться внутри группы.</translation>
    </message>
    <message>
        <source>Small numbers are hidden to protect the {people} interviewed: numbers from 1 to {threshold} are shown as “{marker}”, and so are their percentages; other numbers that would let a hidden one be worked out (from totals, percentages or the questionnaire's skip logic) are hidden too. Zeros are shown.</source>
        <translation>Маленькие числа скрыты, чтобы защитить опрошенных ({people}): числа от 1 до {threshold} показаны как «{marker}», как и их проценты; другие числа, по которым можно было бы вычислить скрытое (по итогам, процентам или логике пропусков анкеты), тоже скрыты. Нули показаны.</translation>
    </message>
    <message>
        <source>No number in this report needed hiding.</source>
        <translation>В этом отчёте не пришлось ничего скрывать.</translation>
    </message>
    <message>
        <source>{hidden} numbers are hidden in all, as the workbook counts them (each small number, and each number hidden to protect one). A hidden number shows as “{marker}” in every table it is in, and so do its percentages: a reader will count more “{marker}” than that.</source>
        <translation>Всего скрыто чисел: {hidden}, как их считает книга (каждое малое число и каждое число, скрытое, чтобы защитить малое). Скрытое число показано как «{marker}» в каждой таблице, где оно есть, как и его проценты: читатель насчитает больше «{marker}», чем это.</translation>
    </message>
    <message>
        <source>Small numbers are NOT hidden in this draft: it may identify people and must stay within the group.</source>
        <translation>Маленькие числа в этом черновике НЕ скрыты: по нему можно узнать людей, и он должен оставаться внутри группы.</translation>
    </message>
    <message>
        <source>Every percentage says what it is a percentage of: of the {people} asked, of those who answered, or of all the interviews. “Not asked (skipped)” counts the {people} the questionnaire's logic did not ask; “No answer” those asked who gave none.</source>
        <translation>Для каждого процента сказано, от чего он считается: от опрошенных ({people}), от ответивших или от всех интервью. «Не задавался (пропущен)» — это те ({people}), кому логика анкеты не задала вопрос; «Нет ответа» — те, кого спросили, но кто не ответил.</translation>
    </message>
    <message>
        <source>Questions asked for each one named</source>
        <translation>Вопросы, заданные о каждом названном</translation>
    </message>
    <message>
        <source>Number of people who gave it</source>
        <translation>Число людей, давших этот ответ</translation>
    </message>
    <message>
        <source>% of the people who answered</source>
        <translation>% ответивших</translation>
    </message>
    <message>
        <source>People who answered (for at least one {unit})</source>
        <translation>Ответившие (хотя бы для одного: {unit})</translation>
    </message>
    <message>
        <source>Not asked, no answer or no {unit}</source>
        <translation>Не задан, нет ответа или нет ни одного: {unit}</translation>
    </message>
    <message>
        <source>Total interviews</source>
        <translation>Всего интервью</translation>
    </message>
    <message>
        <source>Key findings</source>
        <translation>Главные результаты</translation>
    </message>
    <message>
        <source>One sentence per question with answers to choose from, drafted from the numbers. Edit them into the group's own words; the tables below give every number.</source>
        <translation>По одной фразе на каждый вопрос с вариантами ответа, составленной по числам. Перепишите их своими словами; в таблицах ниже есть все числа.</translation>
    </message>
    <message>
        <source>of the {denominator} {people} asked</source>
        <translation>из {denominator} опрошенных ({people})</translation>
    </message>
    <message>
        <source>of the {denominator} {people} who answered</source>
        <translation>из {denominator} ответивших ({people})</translation>
    </message>
    <message>
        <source>of the {denominator} {people} who gave an answer other than {codes}</source>
        <translation>из {denominator} ({people}), давших ответ, отличный от {codes}</translation>
    </message>
    <message>
        <source>of the {denominator} {people} who gave an answer other than a missing code</source>
        <translation>из {denominator} ({people}), давших ответ, отличный от кода пропуска</translation>
    </message>
    <message>
        <source>of all the {denominator} {people} interviewed</source>
        <translation>из всех {denominator} опрошенных ({people})</translation>
    </message>
    <message>
        <source>how many answered is hidden, to protect a small number</source>
        <translation>сколько ответило, скрыто, чтобы защитить маленькое число</translation>
    </message>
    <message>
        <source>how many of those who answered gave an answer other than a missing code is hidden, to protect a small number</source>
        <translation>сколько из ответивших дали ответ, отличный от кода пропуска, скрыто, чтобы защитить маленькое число</translation>
    </message>
    <message>
        <source>{question}: {findings}.</source>
        <translation>{question}: {findings}.</translation>
    </message>
    <message>
        <source>{count} {denominator} ({percent}) answered “{answer}”</source>
        <translation>{count} {denominator} ({percent}) ответили «{answer}»</translation>
    </message>
    <message>
        <source>of the {denominator} {people} who answered,</source>
        <translation>из {denominator} ответивших ({people}):</translation>
    </message>
    <message>
        <source>of all the {denominator} {people} interviewed,</source>
        <translation>из всех {denominator} опрошенных ({people}):</translation>
    </message>
    <message>
        <source>{count} ({percent}) ticked “{answer}”</source>
        <translation>{count} ({percent}) отметили «{answer}»</translation>
    </message>
    <message>
        <source>{count} ({percent}) “{answer}”</source>
        <translation>{count} ({percent}) — «{answer}»</translation>
    </message>
    <message>
        <source>others (see the table)</source>
        <translation>другие (см. таблицу)</translation>
    </message>
    <message>
        <source>and</source>
        <translation>и</translation>
    </message>
    <message>
        <source>{question}: nobody gave an answer that can be counted.</source>
        <translation>{question}: никто не дал ответа, который можно посчитать.</translation>
    </message>
    <message>
        <source>{question}: numbers hidden (fewer than {limit}, or hidden to protect a number fewer than {limit}).</source>
        <translation>{question}: числа скрыты (меньше {limit} или скрыты, чтобы защитить число меньше {limit}).</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <source>“{marker}” = a number hidden to protect the {people} interviewed: fewer than {limit}, or hidden so that such a number cannot be worked out.</source>
        <translation>«{marker}» = число, скрытое для защиты опрошенных ({people}): меньше {limit} или скрыто, чтобы такое число нельзя было вычислить.</translation>
    </message>
    <message>
        <source>Small numbers are NOT hidden in this draft.</source>
        <translation>Маленькие числа в этом черновике НЕ скрыты.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Утверждение</translation>
    </message>
    <message>
        <source>Each statement's answers: the number of {people}, and in brackets the percentage of those who answered the statement. The annex gives each statement's valid percentages too.</source>
        <translation>Ответы на каждое утверждение: число ({people}), а в скобках процент от тех, кто ответил на утверждение. В приложении есть и действительные проценты по каждому утверждению.</translation>
    </message>
    <message>
        <source>Answers whose numbers are hidden are not drawn.</source>
        <translation>Ответы, числа которых скрыты, не показаны на диаграмме.</translation>
    </message>
    <message>
        <source>Statements with a hidden number are not drawn: {statements}.</source>
        <translation>Утверждения со скрытым числом не нарисованы: {statements}.</translation>
    </message>
    <message>
        <source>Number of {people} giving each answer</source>
        <translation>Число ({people}), давших каждый ответ</translation>
    </message>
    <message>
        <source>Number of {people}</source>
        <translation>Число ({people})</translation>
    </message>
    <message>
        <source>Who ticked each answer</source>
        <translation>Кто отметил каждый ответ</translation>
    </message>
    <message>
        <source>% of the {people} who answered</source>
        <translation>% ответивших ({people})</translation>
    </message>
    <message>
        <source>Answers in descending order, as many {people} ticked them.</source>
        <translation>Ответы по убыванию: сначала те, что чаще отмечали ({people}).</translation>
    </message>
    <message>
        <source>The middle half of the answers</source>
        <translation>Средняя половина ответов</translation>
    </message>
    <message>
        <source>The box runs from the lower to the upper quartile (the middle half of the answers), the line across it is the median, and the lines reach {ends}. No chart of how many gave each answer: its bars would show small numbers.</source>
        <translation>Прямоугольник идёт от нижнего до верхнего квартиля (средняя половина ответов), линия поперёк — медиана, а отрезки доходят до {ends}. Диаграммы числа людей по каждому ответу нет: её столбики показали бы маленькие числа.</translation>
    </message>
    <message>
        <source>the smallest and the largest answer</source>
        <translation>самого маленького и самого большого ответа</translation>
    </message>
    <message>
        <source>the 5th and the 95th percentile (see the table)</source>
        <translation>5-го и 95-го процентиля (см. таблицу)</translation>
    </message>
    <message>
        <source>no further: the smallest and largest answers are hidden, as the table says</source>
        <translation>не дальше: самый маленький и самый большой ответы скрыты, как сказано в таблице</translation>
    </message>
    <message>
        <source>No chart: the quartiles of these answers are hidden to protect small numbers, and a chart of how many gave each answer would show small numbers.</source>
        <translation>Диаграммы нет: квартили этих ответов скрыты, чтобы защитить маленькие числа, а диаграмма числа людей по каждому ответу показала бы маленькие числа.</translation>
    </message>
    <message>
        <source>In their own words</source>
        <translation>Их собственными словами</translation>
    </message>
    <message>
        <source>Written answers to “{question}”, coded into themes. For each theme, {count} of the answers given with it, in alphabetical order, without site, date or interviewer.</source>
        <translation>Письменные ответы на «{question}», закодированные по темам. Для каждой темы — {count} ответа(ов) с этой темой, по алфавиту, без площадки, даты и интервьюера.</translation>
    </message>
    <message>
        <source>No quotes: the number of {people} who gave this theme is hidden in the tables (fewer than {limit}, or hidden to protect such a number), and their words could tell who they are.</source>
        <translation>Цитат нет: число ({people}), давших эту тему, в таблицах скрыто (меньше {limit} или скрыто, чтобы защитить такое число), а их слова могли бы выдать, кто они.</translation>
    </message>
    <message>
        <source>Names, phone numbers, e-mail and web addresses, dates and other numbers were taken out of the quotes and show as “[…]”. This is done by simple rules, which can miss a name or a detail that tells who someone is: the group must read every quote before passing the report on.</source>
        <translation>Имена, номера телефонов, адреса электронной почты и сайтов, даты и другие числа убраны из цитат и показаны как «[…]». Это делается по простым правилам, которые могут пропустить имя или деталь, по которой можно узнать человека: группа должна прочитать каждую цитату, прежде чем передавать отчёт.</translation>
    </message>
    <message>
        <source>Quotes from written answers are given only in the report of all interviews, not of a part of them.</source>
        <translation>Цитаты из письменных ответов даются только в отчёте по всем интервью, а не по их части.</translation>
    </message>
    <message>
        <source>Annex: the results in full</source>
        <translation>Приложение: все результаты</translation>
    </message>
    <message>
        <source>Every question with its results in numbers and in percentages, and the answers not available (no answer, or not asked). Under each question, what its percentages are percentages of.</source>
        <translation>Каждый вопрос с результатами в числах и процентах и недоступные ответы (нет ответа или не задавался). Под каждым вопросом сказано, от чего считаются его проценты.</translation>
    </message>
    <message>
        <source>The number of interviews counted ({subset}) is hidden: it is fewer than {limit}, or hidden so that such a number cannot be worked out.</source>
        <translation>Число посчитанных интервью ({subset}) скрыто: оно меньше {limit} или скрыто, чтобы такое число нельзя было вычислить.</translation>
    </message>
    <message>
        <source>people</source>
        <extracomment>What the survey counts, when its questionnaire does not say ("{people}" in the templates).</extracomment>
        <translation>человек</translation>
    </message>
</context>
<context>
    <name>Form files</name>
    <message>
        <source>this file holds no choices: it has a header row and nothing under it. Add a file with a row for each choice.</source>
        <translation>в этом файле нет вариантов ответа: есть строка заголовков и ничего под ней. Добавьте файл, где на каждый вариант есть строка.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>{answers} answer(s) read: {coded} coded, {not_codable} not codable, {left} left to code.</source>
        <translation>Прочитано ответов: {answers}; закодировано: {coded}, нельзя закодировать: {not_codable}, осталось закодировать: {left}.</translation>
    </message>
    <message>
        <source>New themes: {names}.</source>
        <translation>Новые темы: {names}.</translation>
    </message>
    <message>
        <source>{count} with version {version}</source>
        <translation>{count} с версией {version}</translation>
    </message>
    <message>
        <source>{count} number answer(s) written "NA" or "n/a" were read as no answer.</source>
        <translation>Числовые ответы «NA» или «n/a» ({count}) прочитаны как «нет ответа».</translation>
    </message>
    <message>
        <source>The file's version column says how many interviews were made with each version of the questionnaire in the project it came from ({made}). Each is stored as made with this project's version of the same number when that version has the questions the interview was asked, and otherwise with version {number}, this project's newest: here {kept}; answers to questions this project's versions do not have are not imported (the columns left out below).</source>
        <translation>Столбец версии в файле показывает, сколько интервью сделано с каждой версией анкеты в исходном проекте ({made}). Каждое сохраняется с версией этого проекта с тем же номером, если в ней есть заданные вопросы, а иначе с версией {number}, самой новой в этом проекте: здесь {kept}; ответы на вопросы, которых нет в версиях этого проекта, не импортируются (пропущенные столбцы ниже).</translation>
    </message>
    <message numerus="yes">
        <source>%n interview imported from {file}.</source>
        <translation><numerusform>%n интервью импортировано из {file}.</numerusform><numerusform>%n интервью импортированы из {file}.</numerusform><numerusform>%n интервью импортировано из {file}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n interviews imported from {file}.</source>
        <translation><numerusform>%n интервью импортировано из {file}.</numerusform><numerusform>%n интервью импортированы из {file}.</numerusform><numerusform>%n интервью импортировано из {file}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>nothing was imported, because %n row has problems. Correct it and import the file again, or import only the valid rows.</source>
        <translation><numerusform>ничего не импортировано: в %n строке есть ошибки. Исправьте их и импортируйте файл снова или импортируйте только правильные строки.</numerusform><numerusform>ничего не импортировано: в %n строках есть ошибки. Исправьте их и импортируйте файл снова или импортируйте только правильные строки.</numerusform><numerusform>ничего не импортировано: в %n строках есть ошибки. Исправьте их и импортируйте файл снова или импортируйте только правильные строки.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>nothing was imported, because %n rows have problems. Correct them and import the file again, or import only the valid rows.</source>
        <translation><numerusform>ничего не импортировано: в %n строке есть ошибки. Исправьте их и импортируйте файл снова или импортируйте только правильные строки.</numerusform><numerusform>ничего не импортировано: в %n строках есть ошибки. Исправьте их и импортируйте файл снова или импортируйте только правильные строки.</numerusform><numerusform>ничего не импортировано: в %n строках есть ошибки. Исправьте их и импортируйте файл снова или импортируйте только правильные строки.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>and %n more problem</source>
        <translation><numerusform>и ещё %n ошибка</numerusform><numerusform>и ещё %n ошибки</numerusform><numerusform>и ещё %n ошибок</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>and %n more problems</source>
        <translation><numerusform>и ещё %n ошибка</numerusform><numerusform>и ещё %n ошибки</numerusform><numerusform>и ещё %n ошибок</numerusform></translation>
    </message>
    <message>
        <source>The file's version column says how many interviews were made with each version of the questionnaire in the project it came from ({made}). Each is stored as made with this project's version of the same number when that version has the questions the interview was asked, and otherwise with version {number}, this project's newest: here {kept}.</source>
        <translation>Столбец версии в файле показывает, сколько интервью сделано с каждой версией анкеты в исходном проекте ({made}). Каждое сохраняется с версией этого проекта с тем же номером, если в ней есть заданные вопросы, а иначе с версией {number}, самой новой в этом проекте: здесь {kept}.</translation>
    </message>
    <message>
        <source>This project had no interview of this questionnaire and only one version of it, so the file's older versions were added ({numbers}): each is this questionnaire without the questions the file says its interviews did not have, and this questionnaire is now version {number}, as in the file.</source>
        <translation>В этом проекте не было ни одного интервью по этой анкете и была только одна её версия, поэтому более старые версии из файла добавлены ({numbers}): каждая — это эта анкета без вопросов, которых, по словам файла, не было в её интервью, а эта анкета теперь версия {number}, как в файле.</translation>
    </message>
    <message>
        <source>{count} answer(s) said "not in version": those interviews were made with a version of the questionnaire without those questions, and they stay "not in version" here, so the summaries count them as the project the file came from did.</source>
        <translation>В {count} ответ(ах) стояло «нет в версии»: эти интервью сделаны с версией анкеты без этих вопросов; здесь они остаются «нет в версии», и сводки считают их так же, как исходный проект.</translation>
    </message>
    <message>
        <source>{table} is for the repeat "{repeat}", but it has no column "{column}", which says which interview each of its rows belongs to: its answers were not imported, and how many {repeat} each interview had is not known.</source>
        <translation>{table} относится к повторяющейся группе «{repeat}», но в нём нет столбца «{column}», который говорит, к какому интервью относится каждая строка: его ответы не импортированы, и сколько {repeat} было в каждом интервью, неизвестно.</translation>
    </message>
    <message>
        <source>{table} is for the repeat "{repeat}", which sits inside the repeat "{outer}", whose table has no column "{column}": its answers were not imported either, and how many {repeat} each instance of {outer} had is not known.</source>
        <translation>{table} относится к повторяющейся группе «{repeat}», которая находится внутри группы «{outer}», в таблице которой нет столбца «{column}»: его ответы тоже не импортированы, и сколько {repeat} было в каждом повторе {outer}, неизвестно.</translation>
    </message>
    <message>
        <source>In {count} place(s) a question gives a repeat's number of instances, but the repeat's own table has fewer rows for the interview. The rows were imported as they are, as the instances: none was made up. The question keeps the number it says.</source>
        <translation>В {count} мест(ах) вопрос задаёт число повторов группы, но в таблице самой группы для интервью меньше строк. Строки импортированы как есть: ни одна не придумана. Вопрос сохраняет своё число.</translation>
    </message>
    <message>
        <source>  ... and {count} more</source>
        <translation>  ... и ещё {count}</translation>
    </message>
    <message>
        <source>{count} were already in the project and were skipped.</source>
        <translation>Уже были в проекте и пропущены: {count}.</translation>
    </message>
    <message numerus="yes">
        <source>%n row was not imported; see {file}.</source>
        <translation><numerusform>%n строка не импортирована; см. {file}.</numerusform><numerusform>%n строки не импортированы; см. {file}.</numerusform><numerusform>%n строк не импортировано; см. {file}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n rows were not imported; see {file}.</source>
        <translation><numerusform>%n строка не импортирована; см. {file}.</numerusform><numerusform>%n строки не импортированы; см. {file}.</numerusform><numerusform>%n строк не импортировано; см. {file}.</numerusform></translation>
    </message>
    <message>
        <source>Columns left out: {names}.</source>
        <translation>Не включённые столбцы: {names}.</translation>
    </message>
    <message>
        <source>Left out, because the questionnaire has no repeat they are for: {names}.</source>
        <translation>Пропущены, потому что в анкете нет повторяющейся группы, к которой они относятся: {names}.</translation>
    </message>
    <message>
        <source>The file gives the repeat "{repeat}" in columns of their own for each of its instances, which DuoDesk does not read: its answers were not imported, and how many {repeat} each interview had is not known.</source>
        <translation>Файл даёт повторение «{repeat}» в отдельных столбцах для каждой его записи, которые DuoDesk не читает: его ответы не импортированы, и неизвестно, сколько записей «{repeat}» было в каждом интервью.</translation>
    </message>
    <message>
        <source>The file has no sheet for the repeat "{repeat}": its answers were not imported, and how many {repeat} each interview had is not known.</source>
        <translation>В файле нет листа для повторения «{repeat}»: его ответы не импортированы, и неизвестно, сколько записей «{repeat}» было в каждом интервью.</translation>
    </message>
    <message>
        <source>The zip file has no CSV file for the repeat "{repeat}": its answers were not imported, and how many {repeat} each interview had is not known.</source>
        <translation>В zip-файле нет файла CSV для повторения «{repeat}»: его ответы не импортированы, и неизвестно, сколько записей «{repeat}» было в каждом интервью.</translation>
    </message>
    <message>
        <source>The file has one row per interview, and there is no file {file} beside it for the repeat "{repeat}": its answers were not imported, and how many {repeat} each interview had is not known.</source>
        <translation>В файле по строке на интервью, и рядом с ним нет файла {file} для повторения «{repeat}»: его ответы не импортированы, и неизвестно, сколько записей «{repeat}» было в каждом интервью.</translation>
    </message>
    <message>
        <source>{count} answer(s) were the words "not asked" or "not in version" in a question that was asked. One of that question's answers has those words as its label, so they were read as that answer.</source>
        <translation>В {count} ответ(ах) стояли слова "not asked" или "not in version" в вопросе, который задавали. У одного из ответов этого вопроса такая подпись, поэтому они прочитаны как этот ответ.</translation>
    </message>
    <message>
        <source>The file has no column for these questions: {names}. It does not say what was answered to them, so nothing was stored for them: the summaries do not count them as "No answer", but as not in the version of the questionnaire the interviews were made with.</source>
        <translation>В файле нет столбца для этих вопросов: {names}. Он не говорит, что на них ответили, поэтому для них ничего не сохранено: сводки считают их не как «Нет ответа», а как вопросы не из той версии анкеты, с которой делали интервью.</translation>
    </message>
    <message>
        <source>this column holds the labels of the answers, and "{value}" is the label of more than one answer, so DuoDesk cannot tell which answer was meant. Nothing was imported. Export the interviews again with codes instead of labels ("Codes" in the export window, --codes on the command line), and import that file.</source>
        <translation>в этом столбце подписи ответов, и «{value}» — подпись больше чем одного ответа, поэтому DuoDesk не может понять, какой ответ имелся в виду. Ничего не импортировано. Снова экспортируйте интервью с кодами вместо подписей («Коды» в окне экспорта, --codes в командной строке) и импортируйте этот файл.</translation>
    </message>
    <message>
        <source>each answer in this column is both the code of an answer and the label of an answer, and "{value}" is the code of one answer but the label of another, so DuoDesk cannot tell which answer was meant. Nothing was imported. Export the interviews again with codes instead of labels ("Codes" in the export window, --codes on the command line), and import that file.</source>
        <translation>каждый ответ в этом столбце — и код одного ответа, и подпись ответа, а «{value}» — код одного ответа, но подпись другого, поэтому DuoDesk не может понять, какой ответ имелся в виду. Ничего не импортировано. Снова экспортируйте интервью с кодами вместо подписей («Коды» в окне экспорта, --codes в командной строке) и импортируйте этот файл.</translation>
    </message>
    <message>
        <source>{place} says {said} for "{question}", the number of times the repeat "{repeat}" is asked, but {table} has {given} row(s) for this interview. Correct the number or remove the extra rows.</source>
        <translation>{place}: для «{question}», числа повторов группы «{repeat}», указано {said}, но в {table} для этого интервью строк: {given}. Исправьте число или удалите лишние строки.</translation>
    </message>
    <message>
        <source>{place}: "{question}" says {said}, the number of times the repeat "{repeat}" is asked, but {table} has {given} row(s) for this interview.</source>
        <translation>{place}: «{question}» указывает {said} — число повторов группы «{repeat}», но в {table} для этого интервью строк: {given}.</translation>
    </message>
</context>
<context>
    <name>Log</name>
    <message>
        <source>The details are in DuoDesk's log: {file}</source>
        <translation>Подробности — в журнале DuoDesk: {file}</translation>
    </message>
</context>
<context>
    <name>Paper form</name>
    <message>
        <source>Ask only if {condition}.</source>
        <translation>Задавать, только если {condition}.</translation>
    </message>
    <message>
        <source>“{table}” row no.</source>
        <translation>№ строки «{table}»</translation>
    </message>
    <message>
        <source>Fill one row for each one, for every row of the “{table}” table, and on each line write the number of the “{table}” row it belongs to.</source>
        <translation>Заполните по строке на каждый, для каждой строки таблицы «{table}», и в каждой строке напишите номер строки «{table}», к которой она относится.</translation>
    </message>
    <message>
        <source>{count} rows for each of its rows.</source>
        <translation>{count} строк(и) на каждую её строку.</translation>
    </message>
    <message>
        <source>As many rows as the answer to {where} on that row.</source>
        <translation>Столько строк, сколько указано в ответе на {where} в той строке.</translation>
    </message>
    <message>
        <source>If there are more than {rows}, go on on the back of the page.</source>
        <translation>Если их больше {rows}, продолжайте на обороте листа.</translation>
    </message>
    <message>
        <source>For each one</source>
        <translation>Для каждого</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>(part {number} of {parts}: the same rows)</source>
        <translation>(часть {number} из {parts}: те же строки)</translation>
    </message>
    <message>
        <source>Fill one row for each one: {count} in all.</source>
        <translation>Заполните по строке на каждого: всего {count}.</translation>
    </message>
    <message>
        <source>Fill one row for each one: as many rows as the answer to {where}.</source>
        <translation>Заполните по строке на каждого: столько строк, сколько указано в ответе на {where}.</translation>
    </message>
    <message>
        <source>Fill one row for each one.</source>
        <translation>Заполните по строке на каждого.</translation>
    </message>
    <message>
        <source>Only {rows} rows are printed: add more rows on another sheet, numbered from {next} on.</source>
        <translation>Напечатано только {rows} строк: добавьте строки на другом листе, нумеруя их с {next}.</translation>
    </message>
    <message>
        <source>question {number}</source>
        <translation>вопрос {number}</translation>
    </message>
    <message>
        <source>[answer to question {number}]</source>
        <translation>[ответ на вопрос {number}]</translation>
    </message>
    <message>
        <source>{value} is ticked at {where}</source>
        <translation>{where}: отмечено {value}</translation>
    </message>
    <message>
        <source>{value} is not ticked at {where}</source>
        <translation>{where}: не отмечено {value}</translation>
    </message>
    <message>
        <source>the answer to {where} is {value}</source>
        <translation>{where}: ответ {value}</translation>
    </message>
    <message>
        <source>the answer to {where} is not {value}</source>
        <translation>{where}: ответ не {value}</translation>
    </message>
    <message>
        <source>the answer to {where} {operator} {value}</source>
        <translation>{where}: ответ {operator} {value}</translation>
    </message>
    <message>
        <source>this rule is true: {rule}</source>
        <translation>это правило выполняется: {rule}</translation>
    </message>
    <message>
        <source>go to question {number}</source>
        <translation>перейдите к вопросу {number}</translation>
    </message>
    <message>
        <source>go to the end</source>
        <translation>перейдите к концу</translation>
    </message>
    <message>
        <source>If {answers} is not ticked, {target}.</source>
        <translation>Если {answers} не отмечено, {target}.</translation>
    </message>
    <message>
        <source>If {answers}, {target}.</source>
        <translation>Если {answers}, {target}.</translation>
    </message>
    <message>
        <source>{first} or {last}</source>
        <translation>{first} или {last}</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} и {last}</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>A passphrase cannot contain a NUL character.</source>
        <translation>В пароле не может быть знака NUL.</translation>
    </message>
    <message>
        <source>A passphrase needs at least {count} characters.</source>
        <translation>В пароле должно быть не меньше {count} знаков.</translation>
    </message>
    <message>
        <source>A passphrase cannot have the form x'...': that is how raw keys are written.</source>
        <translation>Пароль не может иметь вид x'...': так записываются необработанные ключи.</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>That name is not on this project's list of people.</source>
        <translation>Этого имени нет в списке людей этого проекта.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries: {name} can try again in %n minute, or a coordinator can give a new PIN.</source>
        <translation><numerusform>Слишком много неверных попыток: {name} может попробовать снова через %n минуту, или координатор может дать новый PIN-код.</numerusform><numerusform>Слишком много неверных попыток: {name} может попробовать снова через %n минуты, или координатор может дать новый PIN-код.</numerusform><numerusform>Слишком много неверных попыток: {name} может попробовать снова через %n минут, или координатор может дать новый PIN-код.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries: {name} can try again in %n minutes, or a coordinator can give a new PIN.</source>
        <translation><numerusform>Слишком много неверных попыток: {name} может попробовать снова через %n минуту, или координатор может дать новый PIN-код.</numerusform><numerusform>Слишком много неверных попыток: {name} может попробовать снова через %n минуты, или координатор может дать новый PIN-код.</numerusform><numerusform>Слишком много неверных попыток: {name} может попробовать снова через %n минут, или координатор может дать новый PIN-код.</numerusform></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <source>password</source>
        <translation>пароль</translation>
    </message>
    <message>
        <source>That {word} is not right. After {tries} wrong tries {name} cannot sign in for {minutes} minutes.</source>
        <translation>Неверный {word}. После {tries} неверных попыток {name} не сможет войти {minutes} мин.</translation>
    </message>
    <message numerus="yes">
        <source>That {word} is not right. %n more wrong try and {name} cannot sign in for {minutes} minutes.</source>
        <translation><numerusform>Неверный {word}. Ещё %n неверная попытка, и {name} не сможет войти {minutes} мин.</numerusform><numerusform>Неверный {word}. Ещё %n неверные попытки, и {name} не сможет войти {minutes} мин.</numerusform><numerusform>Неверный {word}. Ещё %n неверных попыток, и {name} не сможет войти {minutes} мин.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>That {word} is not right. %n more wrong tries and {name} cannot sign in for {minutes} minutes.</source>
        <translation><numerusform>Неверный {word}. Ещё %n неверная попытка, и {name} не сможет войти {minutes} мин.</numerusform><numerusform>Неверный {word}. Ещё %n неверные попытки, и {name} не сможет войти {minutes} мин.</numerusform><numerusform>Неверный {word}. Ещё %n неверных попыток, и {name} не сможет войти {minutes} мин.</numerusform></translation>
    </message>
</context>
<context>
    <name>Questionnaire</name>
    <message>
        <source>{kind} "{name}"</source>
        <translation>{kind} «{name}»</translation>
    </message>
    <message>
        <source>The form</source>
        <translation>Анкета</translation>
    </message>
    <message>
        <source>(survey row {row})</source>
        <translation>(строка {row} листа survey)</translation>
    </message>
    <message>
        <source>at position {position}</source>
        <translation>в позиции {position}</translation>
    </message>
    <message>
        <source>Question</source>
        <extracomment>What a problem's ``kind`` is called at the start of its sentence.</extracomment>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <source>Choice list</source>
        <translation>Список вариантов</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Настройка</translation>
    </message>
    <message>
        <source>The questionnaire has 1 problem:</source>
        <translation>В анкете 1 проблема:</translation>
    </message>
    <message numerus="yes">
        <source>The questionnaire has %n problems:</source>
        <translation><numerusform>В анкете %n проблема:</numerusform><numerusform>В анкете %n проблемы:</numerusform><numerusform>В анкете %n проблем:</numerusform></translation>
    </message>
    <message>
        <source>(first at survey row {row})</source>
        <translation>(впервые в строке {row} листа survey)</translation>
    </message>
    <message>
        <source>The name "{name}" is used more than once{where}</source>
        <translation>Имя «{name}» используется больше одного раза{where}</translation>
    </message>
    <message>
        <source>These depend on each other in a circle, so none can be worked out: {route}</source>
        <translation>Эти элементы зависят друг от друга по кругу, поэтому ни один нельзя вычислить: {route}</translation>
    </message>
    <message>
        <source>The participant code uses "{name}", which is not a question in this form</source>
        <translation>Код участника использует «{name}», а это не вопрос этой формы</translation>
    </message>
    <message>
        <source>The participant code uses "{name}", which is asked once per instance of a repeat; use questions asked once per person</source>
        <translation>Код участника использует «{name}», который задаётся один раз для каждого повторения; используйте вопросы, которые задаются один раз каждому человеку</translation>
    </message>
    <message>
        <source>A name can only have letters, digits, "_", "-" and "." and must start with a letter or "_"</source>
        <translation>Имя может содержать только буквы, цифры, «_», «-» и «.» и должно начинаться с буквы или «_»</translation>
    </message>
    <message>
        <source>A question has no name</source>
        <translation>У вопроса нет имени</translation>
    </message>
    <message>
        <source>A group has no name</source>
        <translation>У группы нет имени</translation>
    </message>
    <message>
        <source>A repeat has no name</source>
        <translation>У повтора нет имени</translation>
    </message>
    <message>
        <source>A {type} question needs a choice list, as in "select_one yn"</source>
        <translation>Вопросу {type} нужен список вариантов, как в «select_one yn»</translation>
    </message>
    <message>
        <source>The choice list "{name}" is not on the choices sheet</source>
        <translation>Списка вариантов «{name}» нет на листе choices</translation>
    </message>
    <message>
        <source>A calculate question needs a calculation</source>
        <translation>Вопросу calculate нужно вычисление</translation>
    </message>
    <message>
        <source>The range cannot be used: {reason}</source>
        <translation>Диапазон нельзя использовать: {reason}</translation>
    </message>
    <message>
        <source>The default is not a valid answer: {reason}</source>
        <translation>Значение по умолчанию — недопустимый ответ: {reason}</translation>
    </message>
    <message>
        <source>{reference} is a group; refer to a question inside it</source>
        <translation>{reference} — это группа; ссылайтесь на вопрос внутри неё</translation>
    </message>
    <message>
        <source>There is no question called "{name}"; did you mean {near}?</source>
        <translation>Нет вопроса «{name}»; может быть, имелось в виду {near}?</translation>
    </message>
    <message>
        <source>There is no question called "{name}"</source>
        <translation>Нет вопроса «{name}»</translation>
    </message>
    <message>
        <source>instance('{name}') names no choice list of this form</source>
        <translation>instance('{name}') не называет ни одного списка вариантов этой анкеты</translation>
    </message>
    <message>
        <source>pulldata() reads {value}, which this questionnaire lacks</source>
        <translation>pulldata() читает {value}, которого нет в этой анкете</translation>
    </message>
    <message>
        <source>A choice has no name</source>
        <translation>У варианта нет имени</translation>
    </message>
    <message>
        <source>The choice "{name}" appears more than once</source>
        <translation>Вариант «{name}» встречается больше одного раза</translation>
    </message>
    <message>
        <source>The choice "{name}" has a space in its name, which cannot be stored</source>
        <translation>В имени варианта «{name}» есть пробел, такое имя нельзя сохранить</translation>
    </message>
    <message>
        <source>to check for no answer, write ${q} = ''</source>
        <translation>чтобы проверить, что ответа нет, напишите ${q} = ''</translation>
    </message>
    <message>
        <source>did you mean {name}()?</source>
        <translation>может быть, имелось в виду {name}()?</translation>
    </message>
    <message>
        <source>did you mean '{name}' (a text) or ${{{name}}}?</source>
        <translation>может быть, имелось в виду '{name}' (текст) или ${{{name}}}?</translation>
    </message>
    <message>
        <source>{item}{row}, column "{column}": the word "{name}" on its own names nothing, so it is empty here (as in ODK Collect); {hint}</source>
        <translation>{item}{row}, столбец «{column}»: слово «{name}» само по себе ничего не обозначает, поэтому здесь оно пустое (как в ODK Collect); {hint}</translation>
    </message>
    <message>
        <source>The calculation of {item}{row} uses {names}, which only that program works out; DuoDesk leaves this calculation empty</source>
        <translation>Вычисление {item}{row} использует {names}, которое считает только та программа; DuoDesk оставляет это вычисление пустым</translation>
    </message>
    <message>
        <source>{item}{row}, column "{column}", uses ${{last-saved#{value}}}: DuoDesk does not fill answers from the last saved interview, so it is always empty here</source>
        <translation>{item}{row}, столбец «{column}», использует ${{last-saved#{value}}}: DuoDesk не заполняет ответы из последнего сохранённого интервью, поэтому здесь всегда пусто</translation>
    </message>
    <message>
        <source>The default of {question}, "{default}", is not one of its answer options, so nothing is selected at the start; change the default or leave it empty</source>
        <translation>Значение по умолчанию для {question}, «{default}», — не один из вариантов ответа, поэтому в начале ничего не выбрано; измените значение по умолчанию или оставьте его пустым</translation>
    </message>
    <message>
        <source>Question {question} has no answers to choose from; add its answer options</source>
        <translation>У вопроса {question} нет ответов на выбор; добавьте варианты ответа</translation>
    </message>
    <message>
        <source>The choice filter of {question} uses "{name}", but the choices of "{name2}" have no such column, so it is always empty; check its spelling</source>
        <translation>Фильтр вариантов {question} использует «{name}», но у вариантов «{name2}» нет такого столбца, поэтому он всегда пуст; проверьте написание</translation>
    </message>
    <message>
        <source>itself</source>
        <translation>самого себя</translation>
    </message>
    <message>
        <source>"{name}", which comes later</source>
        <translation>«{name}», который идёт позже</translation>
    </message>
    <message>
        <source>{item} is asked depending on the answer to {where}: at that point there is no answer yet. Move it after "{name}" or change its condition</source>
        <translation>{item} задаётся в зависимости от ответа на {where}: в этот момент ответа ещё нет. Поставьте его после «{name}» или измените условие</translation>
    </message>
    <message>
        <source>{item} can never be asked: {reason}</source>
        <translation>{item} никогда не будет задан: {reason}</translation>
    </message>
    <message>
        <source>its condition is always false</source>
        <translation>его условие всегда ложно</translation>
    </message>
    <message>
        <source>it depends on "{name}", which is never asked</source>
        <translation>он зависит от «{name}», который никогда не задаётся</translation>
    </message>
    <message>
        <source>it needs "{name}" to be "{value}", which is not one of its answer options</source>
        <translation>нужно, чтобы «{name}» было «{value}», а такого варианта ответа у него нет</translation>
    </message>
    <message>
        <source>it needs "{name}" to be both "{first}" and "{second}"</source>
        <translation>нужно, чтобы «{name}» было одновременно «{first}» и «{second}»</translation>
    </message>
    <message>
        <source>The grid {group} mixes answer scales ({names}): all its statements should be answered on the same scale</source>
        <translation>Таблица {group} смешивает шкалы ответов ({names}): на все её утверждения нужно отвечать по одной шкале</translation>
    </message>
    <message>
        <source>The grid {group} holds something that is not a one-answer statement ("{name}")</source>
        <translation>В таблице {group} есть что-то, что не является утверждением с одним ответом («{name}»)</translation>
    </message>
    <message>
        <source>OpenStreetMap questions need the OpenMapKit app on a phone; DuoDesk cannot ask them (remove the row, or ask for a written answer instead)</source>
        <extracomment>Why a question type is refused, said with ``translate("Questionnaire", ...)`` where used.</extracomment>
        <translation>Для вопросов OpenStreetMap нужно приложение OpenMapKit на телефоне; DuoDesk не может их задать (удалите строку или попросите вместо этого письменный ответ)</translation>
    </message>
    <message>
        <source>DuoDesk reads one questionnaire file at a time; copy the rows of the included form into this one</source>
        <translation>DuoDesk читает только один файл анкеты за раз; скопируйте строки включённой формы в эту</translation>
    </message>
    <message>
        <source>DuoDesk cannot ask rank questions yet; ask the first, second and third choice as separate select_one questions instead</source>
        <translation>DuoDesk пока не умеет задавать вопросы на ранжирование; вместо этого спросите первый, второй и третий выбор отдельными вопросами select_one</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation><numerusform>... и ещё %n</numerusform><numerusform>... и ещё %n</numerusform><numerusform>... и ещё %n</numerusform></translation>
    </message>
    <message>
        <source>this is not a questionnaire DuoDesk can use:</source>
        <translation>это не анкета, с которой может работать DuoDesk:</translation>
    </message>
    <message>
        <source>the sheet is empty. It should hold the questions: a header row (type, name, label), then one question a row.</source>
        <translation>лист пуст. На нём должны быть вопросы: строка заголовков (type, name, label), затем по вопросу в строке.</translation>
    </message>
    <message>
        <source>there is no sheet named "{sheet}"</source>
        <translation>нет листа с именем «{sheet}»</translation>
    </message>
    <message>
        <source>sheet "{sheet}" has its header row ({header}) but nothing under it: write the questions under the header, one a row.</source>
        <translation>на листе «{sheet}» есть строка заголовков ({header}), но под ней ничего нет: впишите вопросы под заголовками, по одному в строке.</translation>
    </message>
    <message>
        <source>sheet "{sheet}" has groups but no questions in them.</source>
        <translation>на листе «{sheet}» есть группы, но в них нет вопросов.</translation>
    </message>
    <message>
        <source>sheet "settings", column "participant_code": there is no question called "{name}"</source>
        <translation>лист «settings», столбец «participant_code»: нет вопроса с именем «{name}»</translation>
    </message>
    <message>
        <source>sheet "{sheet}": there are two columns called "{cleaned}" (columns {value} and {index}); keep one</source>
        <translation>лист «{sheet}»: есть два столбца с именем «{cleaned}» (столбцы {value} и {index}); оставьте один</translation>
    </message>
    <message>
        <source>{where}: "{value}" should be yes or empty</source>
        <translation>{where}: «{value}» должно быть yes или пусто</translation>
    </message>
    <message>
        <source>{where}: a choice of list "{list_name}" has no name</source>
        <translation>{where}: у варианта из списка «{list_name}» нет имени</translation>
    </message>
    <message>
        <source>{where}: list "{list_name}" already has a choice "{name}" (row {value})</source>
        <translation>{where}: в списке «{list_name}» уже есть вариант «{name}» (строка {value})</translation>
    </message>
    <message>
        <source>{where}: the list "{value}" is not on the "choices" sheet</source>
        <translation>{where}: списка «{value}» нет на листе «choices»</translation>
    </message>
    <message>
        <source>{where}: "{raw}": {value}</source>
        <translation>{where}: «{raw}»: {value}</translation>
    </message>
    <message>
        <source>{where}: "{raw}" is not a question type DuoDesk knows</source>
        <translation>{where}: «{raw}» — тип вопроса, которого DuoDesk не знает</translation>
    </message>
    <message>
        <source>{where}: "{raw}" should name exactly one choice list</source>
        <translation>{where}: «{raw}» должно называть ровно один список вариантов</translation>
    </message>
    <message>
        <source>{where}: "or_other" cannot be used with a choice_filter (pyxform refuses it too); add an "other" choice to the list instead</source>
        <translation>{where}: «or_other» нельзя использовать с choice_filter (pyxform тоже не позволяет); лучше добавьте в список вариант «other»</translation>
    </message>
    <message>
        <source>sheet "{sheet}": there is no "type" column</source>
        <translation>лист «{sheet}»: нет столбца «type»</translation>
    </message>
    <message>
        <source>{where}: "{value}" has no type</source>
        <translation>{where}: у «{value}» нет типа</translation>
    </message>
    <message>
        <source>{where}: {marker} without a {opener}</source>
        <translation>{where}: {marker} без {opener}</translation>
    </message>
    <message>
        <source>{where}: a "{raw_type}" row has no name</source>
        <translation>{where}: у строки «{raw_type}» нет имени</translation>
    </message>
    <message>
        <source>{where}: "{name}" is not a valid name (use letters, digits and underscores, starting with a letter, at most 64 characters)</source>
        <translation>{where}: «{name}» — неправильное имя (используйте буквы, цифры и подчёркивания, начиная с буквы, не больше 64 знаков)</translation>
    </message>
    <message>
        <source>in the same group </source>
        <translation>в той же группе </translation>
    </message>
    <message>
        <source>{where}: "{name}" is already used {where2}on row {value}</source>
        <translation>{where}: «{name}» уже используется {where2}в строке {value}</translation>
    </message>
    <message>
        <source>{where}: the calculation "{name}" is empty</source>
        <translation>{where}: вычисление «{name}» пустое</translation>
    </message>
    <message>
        <source>{where}: "or_other" adds a question "{other_name}", but that name is already used on row {value}</source>
        <translation>{where}: «or_other» добавляет вопрос «{other_name}», но это имя уже используется в строке {value}</translation>
    </message>
    <message>
        <source>{where}: the {what} "{value}" is never ended</source>
        <translation>{where}: {what} «{value}» нигде не закрыт</translation>
    </message>
    <message>
        <source>sheet "survey", row {row}, column "name": "{name}" is used in several groups, and its group path {path} is longer than 64 characters; give it a name of its own</source>
        <translation>лист «survey», строка {row}, столбец «name»: «{name}» используется в нескольких группах, и его путь по группам {path} длиннее 64 символов; дайте ему собственное имя</translation>
    </message>
    <message>
        <source> and </source>
        <translation> и </translation>
    </message>
    <message>
        <source>sheet "survey", row {row}, column "{column}": ${{{name}}} could mean any of the questions called "{name}" (rows {rows}); give them different names</source>
        <translation>лист «survey», строка {row}, столбец «{column}»: ${{{name}}} может означать любой из вопросов с именем «{name}» (строки {rows}); дайте им разные имена</translation>
    </message>
    <message>
        <source> (it reads the "inputs" the Community Health Toolkit app fills in; such forms belong to that program, and neither DuoDesk nor ODK Collect can fill them)</source>
        <translation> (он читает «inputs», которые заполняет приложение Community Health Toolkit; такие формы предназначены для той программы, и ни DuoDesk, ни ODK Collect не могут их заполнить)</translation>
    </message>
    <message>
        <source>sheet "survey", row {row}, column "{column}": "{written}" names no question of this form{cht}</source>
        <translation>лист «survey», строка {row}, столбец «{column}»: «{written}» не называет ни одного вопроса этой формы{cht}</translation>
    </message>
    <message>
        <source>{where}: the loop makes a group for each choice of "{name}", but "{name2}" cannot name a group</source>
        <translation>{where}: цикл создаёт группу для каждого варианта «{name}», но «{name2}» не может быть именем группы</translation>
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
        <translation>меньше {number}</translation>
    </message>
    <message>
        <source>{number} or more</source>
        <translation>{number} и больше</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>от {low} до {high}</translation>
    </message>
    <message>
        <source>more than {low} to {high}</source>
        <translation>больше {low} до {high}</translation>
    </message>
    <message>
        <source>more than {number}</source>
        <translation>больше {number}</translation>
    </message>
    <message>
        <source>people</source>
        <translation>человек</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>Число людей</translation>
    </message>
    <message>
        <source>Number of {things}</source>
        <translation>Число: {things}</translation>
    </message>
    <message>
        <source>interviews</source>
        <translation>интервью</translation>
    </message>
    <message>
        <source>Counted over {count} {things} named by {people} person</source>
        <translation>Посчитано по {things}: {count}, названных людьми: {people}</translation>
    </message>
    <message>
        <source>Counted over {count} {things} named by {people} people</source>
        <translation>Посчитано по {things}: {count}, названных людьми: {people}</translation>
    </message>
    <message>
        <source>{answered} of the {asked} {unit} asked about answered</source>
        <translation>Ответили {answered} из {asked} ({unit}), которых спросили</translation>
    </message>
    <message>
        <source>1 person was asked and answered</source>
        <translation>Спросили 1 человека, он ответил</translation>
    </message>
    <message>
        <source>1 person was asked</source>
        <translation>Спросили 1 человека</translation>
    </message>
    <message>
        <source>{answered} of the {asked} people asked answered</source>
        <translation>Ответили {answered} из {asked} опрошенных</translation>
    </message>
    <message numerus="yes">
        <source>%n gave no answer</source>
        <translation><numerusform>%n не ответил</numerusform><numerusform>%n не ответили</numerusform><numerusform>%n не ответили</numerusform></translation>
    </message>
    <message>
        <source>{count} was not asked (skipped)</source>
        <translation>Не спрашивали (пропущен): {count}</translation>
    </message>
    <message>
        <source>{count} were not asked (skipped)</source>
        <translation>Не спрашивали (пропущены): {count}</translation>
    </message>
    <message>
        <source>{count} had a version of the questionnaire without this question</source>
        <translation>Была версия анкеты без этого вопроса: {count}</translation>
    </message>
    <message>
        <source>{count} came from an imported file that had no column for this question</source>
        <translation>Из импортированного файла без столбца для этого вопроса: {count}</translation>
    </message>
    <message>
        <source>{count} answered {codes}, which is left out of valid percent</source>
        <translation>Ответили {codes}: {count}; это не входит в действительный процент</translation>
    </message>
    <message>
        <source>{left} or {right}</source>
        <translation>{left} или {right}</translation>
    </message>
    <message numerus="yes">
        <source>“% of people” is out of the {answered} who ticked at least one answer (including {only} who ticked only {codes}); “% of all answers ticked” is out of the %n answer ticked</source>
        <translation><numerusform>«% людей» считается от {answered} человек, отметивших хотя бы один ответ (включая {only}, отметивших только {codes}); «% всех отмеченных ответов» считается от %n отмеченного ответа</numerusform><numerusform>«% людей» считается от {answered} человек, отметивших хотя бы один ответ (включая {only}, отметивших только {codes}); «% всех отмеченных ответов» считается от %n отмеченных ответов</numerusform><numerusform>«% людей» считается от {answered} человек, отметивших хотя бы один ответ (включая {only}, отметивших только {codes}); «% всех отмеченных ответов» считается от %n отмеченных ответов</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>“% of people” is out of the {answered} who ticked at least one answer (including {only} who ticked only {codes}); “% of all answers ticked” is out of the %n answers ticked</source>
        <translation><numerusform>«% людей» считается от {answered} человек, отметивших хотя бы один ответ (включая {only}, отметивших только {codes}); «% всех отмеченных ответов» считается от %n отмеченного ответа</numerusform><numerusform>«% людей» считается от {answered} человек, отметивших хотя бы один ответ (включая {only}, отметивших только {codes}); «% всех отмеченных ответов» считается от %n отмеченных ответов</numerusform><numerusform>«% людей» считается от {answered} человек, отметивших хотя бы один ответ (включая {only}, отметивших только {codes}); «% всех отмеченных ответов» считается от %n отмеченных ответов</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>“% of people” is out of the {answered} who ticked at least one answer; “% of all answers ticked” is out of the %n answer ticked</source>
        <translation><numerusform>«% людей» считается от {answered} человек, отметивших хотя бы один ответ; «% всех отмеченных ответов» считается от %n отмеченного ответа</numerusform><numerusform>«% людей» считается от {answered} человек, отметивших хотя бы один ответ; «% всех отмеченных ответов» считается от %n отмеченных ответов</numerusform><numerusform>«% людей» считается от {answered} человек, отметивших хотя бы один ответ; «% всех отмеченных ответов» считается от %n отмеченных ответов</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>“% of people” is out of the {answered} who ticked at least one answer; “% of all answers ticked” is out of the %n answers ticked</source>
        <translation><numerusform>«% людей» считается от {answered} человек, отметивших хотя бы один ответ; «% всех отмеченных ответов» считается от %n отмеченного ответа</numerusform><numerusform>«% людей» считается от {answered} человек, отметивших хотя бы один ответ; «% всех отмеченных ответов» считается от %n отмеченных ответов</numerusform><numerusform>«% людей» считается от {answered} человек, отметивших хотя бы один ответ; «% всех отмеченных ответов» считается от %n отмеченных ответов</numerusform></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Coordinator</source>
        <translation>Координатор</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Интервьюер</translation>
    </message>
    <message>
        <source>enter interviews</source>
        <translation>вводить интервью</translation>
    </message>
    <message>
        <source>see every interviewer's interviews</source>
        <translation>видеть интервью всех интервьюеров</translation>
    </message>
    <message>
        <source>see the results</source>
        <translation>видеть результаты</translation>
    </message>
    <message>
        <source>export</source>
        <translation>выгружать</translation>
    </message>
    <message>
        <source>change the questionnaires</source>
        <translation>менять анкеты</translation>
    </message>
    <message>
        <source>delete, restore or remove interviews for good</source>
        <translation>удалять, восстанавливать или стирать интервью навсегда</translation>
    </message>
    <message>
        <source>send or add team transfer files</source>
        <translation>отправлять или добавлять файлы передачи команды</translation>
    </message>
    <message>
        <source>import interviews from a data file</source>
        <translation>импортировать интервью из файла данных</translation>
    </message>
    <message>
        <source>change the passphrase, restore backups and read the audit trail</source>
        <translation>менять пароль, восстанавливать резервные копии и читать журнал аудита</translation>
    </message>
    <message>
        <source>manage the people and their roles</source>
        <translation>управлять людьми и их ролями</translation>
    </message>
    <message>
        <source>Only a coordinator can {what}. Ask your coordinator.</source>
        <translation>Только координатор может {what}. Обратитесь к координатору.</translation>
    </message>
</context>
<context>
    <name>SPSS</name>
    <message>
        <source>No answer</source>
        <translation>Нет ответа</translation>
    </message>
    <message>
        <source>Not asked (skipped)</source>
        <translation>Не задавался (пропущен)</translation>
    </message>
    <message>
        <source>Not in this version</source>
        <translation>Нет в этой версии</translation>
    </message>
    <message>
        <source>No answer, Not asked (skipped) and Not in this version are coded {no_answer}, {not_asked} and {not_in_version} here, as choices named {names} keep their numbers</source>
        <translation>«Нет ответа», «Не задавался (пропущен)» и «Нет в этой версии» здесь закодированы как {no_answer}, {not_asked} и {not_in_version}, так как варианты с именами {names} сохраняют свои числа</translation>
    </message>
    <message>
        <source>missing codes {codes} are not declared missing: SPSS cannot declare them beside the others without also declaring a real answer</source>
        <translation>коды пропуска {codes} не объявлены пропущенными: SPSS не может объявить их вместе с остальными, не объявив заодно настоящий ответ</translation>
    </message>
    <message>
        <source>named “{column}” in the CSV file and the workbook (SPSS needed another name)</source>
        <translation>называется «{column}» в файле CSV и в книге Excel (SPSS нужно было другое имя)</translation>
    </message>
    <message>
        <source>Not ticked</source>
        <translation>Не отмечено</translation>
    </message>
    <message>
        <source>Ticked</source>
        <translation>Отмечено</translation>
    </message>
    <message>
        <source>written as text: {count} answer(s) such as {first} have more digits than an SPSS number holds exactly</source>
        <translation>записано как текст: в ответах ({count}), например {first}, больше цифр, чем число SPSS хранит точно</translation>
    </message>
    <message>
        <source>Interview number</source>
        <translation>Номер интервью</translation>
    </message>
    <message>
        <source>Which {unit} of the interview</source>
        <translation>Какой по счёту ({unit}) в интервью</translation>
    </message>
    <message>
        <source>The instance it is inside (if any)</source>
        <translation>Повтор, внутри которого он находится (если есть)</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Переменная</translation>
    </message>
    <message>
        <source>Label (in full)</source>
        <translation>Метка (полностью)</translation>
    </message>
    <message>
        <source>Values (code = label, in full)</source>
        <translation>Значения (код = метка, полностью)</translation>
    </message>
    <message>
        <source>Declared missing</source>
        <translation>Объявлены пропусками</translation>
    </message>
    <message>
        <source>Cut or changed in the .sav file</source>
        <translation>Обрезано или изменено в файле .sav</translation>
    </message>
    <message>
        <source>variable label</source>
        <translation>метка переменной</translation>
    </message>
    <message>
        <source>value label {code}</source>
        <translation>метка значения {code}</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>от {low} до {high}</translation>
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
        <translation>{question} не {value}</translation>
    </message>
    <message>
        <source>{question} is more than {value}</source>
        <translation>{question} больше {value}</translation>
    </message>
    <message>
        <source>{question} is at least {value}</source>
        <translation>{question} не меньше {value}</translation>
    </message>
    <message>
        <source>{question} is less than {value}</source>
        <translation>{question} меньше {value}</translation>
    </message>
    <message>
        <source>{question} is at most {value}</source>
        <translation>{question} не больше {value}</translation>
    </message>
    <message>
        <source>asked of everyone</source>
        <translation>задаётся всем</translation>
    </message>
    <message>
        <source>{left} or {right}</source>
        <translation>{left} или {right}</translation>
    </message>
    <message>
        <source>{left} and {right}</source>
        <translation>{left} и {right}</translation>
    </message>
    <message>
        <source>asked only if {condition}</source>
        <translation>задаётся, только если {condition}</translation>
    </message>
    <message>
        <source>the answer</source>
        <translation>ответ</translation>
    </message>
    <message>
        <source>{question} was not answered</source>
        <translation>на {question} не ответили</translation>
    </message>
    <message>
        <source>{question} was answered</source>
        <translation>на {question} ответили</translation>
    </message>
    <message>
        <source>{question} does not include {choice}</source>
        <translation>{question} не включает {choice}</translation>
    </message>
    <message>
        <source>{question} includes {choice}</source>
        <translation>{question} включает {choice}</translation>
    </message>
    <message>
        <source>not ({condition})</source>
        <translation>не ({condition})</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>This interview was entered by someone else: only its interviewer or a coordinator can change it. Nothing was changed.</source>
        <translation>Это интервью ввёл другой человек: изменить его может только его интервьюер или координатор. Ничего не изменено.</translation>
    </message>
    <message>
        <source>this cell holds a formula ("{value}"); a coding sheet takes typed text only. Type the themes' names instead.</source>
        <translation>в этой ячейке формула («{value}»); лист кодирования принимает только набранный текст. Введите вместо неё названия тем.</translation>
    </message>
    <message>
        <source>"{raw}" is not an interview id.</source>
        <translation>«{raw}» — не идентификатор интервью.</translation>
    </message>
    <message>
        <source>the interview "{raw}" has no written answer to "{question}" in this project.</source>
        <translation>в интервью «{raw}» в этом проекте нет письменного ответа на «{question}».</translation>
    </message>
    <message>
        <source>this interview is already on row {value}.</source>
        <translation>это интервью уже есть в строке {value}.</translation>
    </message>
    <message>
        <source>"{label}" cannot be a theme's name: it starts like a spreadsheet formula.</source>
        <translation>«{label}» не может быть названием темы: оно начинается как формула таблицы.</translation>
    </message>
    <message>
        <source>"{value}" should be "yes" or left empty.</source>
        <translation>«{value}» должно быть «yes» или оставаться пустым.</translation>
    </message>
    <message>
        <source>an answer marked not codable cannot have themes too.</source>
        <translation>у ответа, отмеченного как «нельзя закодировать», не может быть ещё и тем.</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Оставить оба</translation>
    </message>
    <message>
        <source>The same person</source>
        <translation>Один и тот же человек</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>Разные люди</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Ещё не проверено</translation>
    </message>
    <message>
        <source>There is no questionnaire "{form_id}" in this project.</source>
        <translation>В этом проекте нет анкеты «{form_id}».</translation>
    </message>
    <message>
        <source>{decision!r} is not a decision: use one of {items}</source>
        <translation>{decision!r} — не решение: используйте одно из этих: {items}</translation>
    </message>
    <message>
        <source>Name the two interviews by the ids that `duodesk duplicates` lists.</source>
        <translation>Назовите два интервью по идентификаторам, которые показывает `duodesk duplicates`.</translation>
    </message>
    <message>
        <source>These two interviews are not both in this project: name them by the ids that `duodesk duplicates` lists. Nothing was recorded.</source>
        <translation>Этих двух интервью нет вместе в этом проекте: назовите их по идентификаторам, которые показывает `duodesk duplicates`. Ничего не записано.</translation>
    </message>
    <message>
        <source>A passphrase cannot be empty or contain a NUL character.</source>
        <translation>Пароль не может быть пустым или содержать знак NUL.</translation>
    </message>
    <message>
        <source>{name} is not locked with a passphrase: open it without one.</source>
        <translation>{name} не защищён парольной фразой: откройте его без неё.</translation>
    </message>
    <message>
        <source>{name} is locked with a passphrase. Enter the project's passphrase.</source>
        <translation>{name} защищён парольной фразой. Введите парольную фразу проекта.</translation>
    </message>
    <message>
        <source>The first bytes of {name} are not those of the project this laptop last opened there: the file is damaged, or another project was copied over it. If it is another project, type that project's passphrase; otherwise restore a backup: duodesk restore BACKUP (the backups are the files {name}.*.backup beside it).</source>
        <translation>Первые байты {name} не совпадают с проектом, который этот компьютер открывал здесь последним: файл повреждён, или поверх него скопирован другой проект. Если это другой проект, введите кодовую фразу этого проекта; иначе восстановите резервную копию: duodesk restore КОПИЯ (резервные копии — файлы {name}.*.backup рядом с ним).</translation>
    </message>
    <message>
        <source>The passphrase for {name} is not right, or the file is not a DuoDesk project. Check the passphrase (capital letters count) and try again.</source>
        <translation>Парольная фраза для {name} неверна, или это не проект DuoDesk. Проверьте парольную фразу (заглавные буквы важны) и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>{name} is damaged (its contents fail SQLite's checks), so DuoDesk will not use it; nothing was changed. There is no backup of it beside it (files named {name}.*.backup): look for a copy elsewhere, such as a memory stick or another laptop of the team.</source>
        <translation>{name} повреждён (его содержимое не проходит проверки SQLite), поэтому DuoDesk не будет его использовать; ничего не изменено. Рядом с ним нет резервной копии (файлов с именем {name}.*.backup): поищите копию в другом месте, например на флешке или на другом ноутбуке команды.</translation>
    </message>
    <message>
        <source>{name} is damaged (its contents fail SQLite's checks), so DuoDesk will not use it; nothing was changed. Restore a backup: duodesk restore BACKUP (the backups are the files {name}.*.backup beside it).</source>
        <translation>{name} повреждён (его содержимое не проходит проверки SQLite), поэтому DuoDesk не будет его использовать; ничего не изменено. Восстановите резервную копию: duodesk restore BACKUP (резервные копии — это файлы {name}.*.backup рядом с ним).</translation>
    </message>
    <message>
        <source>{where} was made by a newer version of DuoDesk. Install the newer version to open it; nothing was changed.</source>
        <translation>{where} сделан более новой версией DuoDesk. Установите новую версию, чтобы открыть его; ничего не изменено.</translation>
    </message>
    <message>
        <source>{where} is a database, but not a DuoDesk project; nothing was changed.</source>
        <translation>{where} — база данных, но не проект DuoDesk; ничего не изменено.</translation>
    </message>
    <message>
        <source>The project is closing.</source>
        <translation>Проект закрывается.</translation>
    </message>
    <message>
        <source>There is no DuoDesk project at {path}.</source>
        <translation>По адресу {path} нет проекта DuoDesk.</translation>
    </message>
    <message>
        <source>A shared server database is restored on the server.</source>
        <translation>Общая база данных на сервере восстанавливается на сервере.</translation>
    </message>
    <message>
        <source>Upgrading {value} would leave {broken} rows pointing at nothing, so it was not upgraded; nothing was changed.</source>
        <translation>Обновление {value} оставило бы {broken} строк, которые ни на что не указывают, поэтому обновления не было; ничего не изменено.</translation>
    </message>
    <message>
        <source>{where} listed its people on this laptop and lists nobody now: it was replaced or changed by hand. A coordinator can restore a backup that lists them (duodesk restore BACKUP --person NAME, a coordinator listed in the backup).</source>
        <translation>У {where} на этом ноутбуке был список людей, а теперь в нём никого нет: проект заменили или изменили вручную. Координатор может восстановить резервную копию со списком (duodesk restore КОПИЯ --person ИМЯ, координатор из этой копии).</translation>
    </message>
    <message>
        <source>There is no DuoDesk project in the database {value}; nothing was changed. Add a questionnaire to it first.</source>
        <translation>В базе данных {value} нет проекта DuoDesk; ничего не изменено. Сначала добавьте в неё анкету.</translation>
    </message>
    <message>
        <source>locked with a passphrase</source>
        <translation>защищён парольной фразой</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>не зашифрован</translation>
    </message>
    <message>
        <source>on this computer's own server</source>
        <translation>на сервере этого компьютера</translation>
    </message>
    <message>
        <source>server connection NOT encrypted</source>
        <translation>соединение с сервером НЕ зашифровано</translation>
    </message>
    <message>
        <source>server connection encrypted (TLS)</source>
        <translation>соединение с сервером зашифровано (TLS)</translation>
    </message>
    <message>
        <source>Backups of a shared server database are made on the server.</source>
        <translation>Резервные копии общей базы данных на сервере делаются на сервере.</translation>
    </message>
    <message>
        <source>There is no backup file at {backup}.</source>
        <translation>По адресу {backup} нет файла резервной копии.</translation>
    </message>
    <message>
        <source>A shared server database is protected by the server.</source>
        <translation>Общую базу данных на сервере защищает сервер.</translation>
    </message>
    <message>
        <source>Another DuoDesk window or command has this project open. Close it and try again; nothing was changed.</source>
        <translation>Этот проект открыт в другом окне или команде DuoDesk. Закройте их и попробуйте снова; ничего не изменено.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a DuoDesk project file.</source>
        <translation>{path} — папка, а не файл проекта DuoDesk.</translation>
    </message>
    <message>
        <source>{name} is being changed by another DuoDesk (a new passphrase or a restored backup). Try again in a minute; nothing was changed.</source>
        <translation>{name} сейчас меняет другой DuoDesk (новый пароль или восстановленная копия). Попробуйте снова через минуту; ничего не изменено.</translation>
    </message>
    <message>
        <source>{file} is from before this project listed its people: restored, it would let anyone do everything. Choose a later backup. Nothing was changed.</source>
        <translation>{file} сделан до того, как в проекте появился список людей: после восстановления любой сможет делать всё. Выберите более позднюю резервную копию. Ничего не изменено.</translation>
    </message>
    <message>
        <source>{name} is on the list again, as {role}.</source>
        <translation>{name} снова в списке, роль: {role}.</translation>
    </message>
    <message>
        <source>{name} is {role} again.</source>
        <translation>{name} снова: {role}.</translation>
    </message>
    <message>
        <source>{name} is no longer on the list.</source>
        <translation>{name} больше нет в списке.</translation>
    </message>
    <message>
        <source>{file} is not an earlier copy of this project: its audit trail is not the project's (record {number} was changed, removed or never written here). Nothing was changed.</source>
        <translation>{file} — не более ранняя копия этого проекта: её журнал не совпадает с журналом проекта (запись {number} изменена, удалена или никогда здесь не писалась). Ничего не изменено.</translation>
    </message>
    <message>
        <source>The project cannot be read, so who may restore it is checked against the list of people in {file}: give the name and password of a coordinator listed there (--person and --pin-file). Nothing was changed.</source>
        <translation>Проект не читается, поэтому право восстановить его проверяется по списку людей в {file}: укажите имя и пароль координатора из этого списка (--person и --pin-file). Ничего не изменено.</translation>
    </message>
    <message>
        <source>{name} opens with neither the old passphrase nor none.</source>
        <translation>{name} не открывается ни старым паролем, ни без пароля.</translation>
    </message>
    <message>
        <source>That is not a database address DuoDesk understands.</source>
        <translation>DuoDesk не понимает такой адрес базы данных.</translation>
    </message>
    <message>
        <source>DuoDesk cannot open a database at {url}: it works with SQLite files and PostgreSQL servers (postgresql://...).</source>
        <translation>DuoDesk не может открыть базу данных по адресу {url}: он работает с файлами SQLite и серверами PostgreSQL (postgresql://...).</translation>
    </message>
    <message>
        <source>This copy of DuoDesk cannot open a database on a server: its PostgreSQL driver (psycopg) is not installed. Install DuoDesk with its postgresql extra (pip install "duodesk[postgresql]") to use one.</source>
        <translation>Эта копия DuoDesk не может открыть базу данных на сервере: её драйвер PostgreSQL (psycopg) не установлен. Установите DuoDesk с дополнением postgresql (pip install "duodesk[postgresql]"), чтобы работать с сервером.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>этот компьютер</translation>
    </message>
    <message>
        <source>The server asks for {user}'s password. Type it when asked, or keep it in the PGPASSWORD variable or a ~/.pgpass file.</source>
        <translation>Сервер запрашивает пароль пользователя {user}. Введите его, когда он будет запрошен, или храните его в переменной PGPASSWORD или в файле ~/.pgpass.</translation>
    </message>
    <message>
        <source>The server at {host} refused the user name or password.</source>
        <translation>Сервер {host} отклонил имя пользователя или пароль.</translation>
    </message>
    <message>
        <source>The server at {host} has no user called {user}.</source>
        <translation>На сервере {host} нет пользователя {user}.</translation>
    </message>
    <message>
        <source>The server at {host} has no database called {database}. Ask whoever runs the server to create it.</source>
        <translation>На сервере {host} нет базы данных {database}. Попросите того, кто обслуживает сервер, создать её.</translation>
    </message>
    <message>
        <source>The server name {host} is not known: check its spelling and the network.</source>
        <translation>Имя сервера {host} неизвестно: проверьте написание и сеть.</translation>
    </message>
    <message>
        <source>The server at {host} did not answer within {seconds} seconds. Check the network, or try again later.</source>
        <translation>Сервер {host} не ответил за {seconds} с. Проверьте сеть или попробуйте позже.</translation>
    </message>
    <message>
        <source>The address of the server says sslmode={mode}, which is not a setting PostgreSQL knows: use sslmode=require, verify-ca or verify-full (or sslmode=disable, only on a network you trust).</source>
        <translation>В адресе сервера указано sslmode={mode}, такой настройки PostgreSQL не знает: используйте sslmode=require, verify-ca или verify-full (или sslmode=disable, только в сети, которой вы доверяете).</translation>
    </message>
    <message>
        <source>The server at {host} does not offer an encrypted connection. Ask whoever runs it to turn TLS on (only on a network you trust, add sslmode=disable to the address).</source>
        <translation>Сервер {host} не предлагает зашифрованное соединение. Попросите того, кто его обслуживает, включить TLS (только в сети, которой вы доверяете, добавьте sslmode=disable к адресу).</translation>
    </message>
    <message>
        <source>The server at {host} does not answer: is it running, and is this laptop on its network?</source>
        <translation>Сервер {host} не отвечает: работает ли он и подключён ли этот ноутбук к его сети?</translation>
    </message>
    <message>
        <source>DuoDesk cannot use the server database {where}.</source>
        <translation>DuoDesk не может использовать базу данных на сервере {where}.</translation>
    </message>
    <message>
        <source>That interview is not in this project.</source>
        <translation>Этого интервью нет в этом проекте.</translation>
    </message>
    <message>
        <source>Type the number printed on the paper datasheet.</source>
        <translation>Введите номер, напечатанный на бумажном бланке.</translation>
    </message>
    <message>
        <source>A datasheet number has at most 40 characters.</source>
        <translation>В номере бланка не больше 40 знаков.</translation>
    </message>
    <message>
        <source>Datasheet {number} has been entered twice already.</source>
        <translation>Бланк {number} уже введён дважды.</translation>
    </message>
    <message>
        <source>Datasheet {number} was first entered by {entered_by}: somebody else checks it.</source>
        <translation>Бланк {number} первым ввёл(а) {entered_by}: проверяет его другой человек.</translation>
    </message>
    <message>
        <source>Datasheet {number} has not been entered.</source>
        <extracomment>The interview's details from the start dialog, compared like answers under these names (a questionnaire's names cannot hold a space, so they never clash with a question).</extracomment>
        <translation>Бланк {number} не введён.</translation>
    </message>
    <message>
        <source>Datasheet {number} has been entered once; it is not checked yet.</source>
        <translation>Бланк {number} введён один раз; он ещё не проверен.</translation>
    </message>
    <message>
        <source>There is no questionnaire "{form_id}" in this project: add the questionnaire first.</source>
        <translation>В этом проекте нет анкеты «{form_id}»: сначала добавьте анкету.</translation>
    </message>
    <message>
        <source>only {known} of its columns are questions of "{title}", and {unknown} are not (such as {names}): it looks like interviews of another questionnaire, so nothing was imported. Check the questionnaire chosen; if the file is this one's, take the other columns out of it and import it again.</source>
        <translation>только {known} его столбцов — вопросы «{title}», а {unknown} — нет (например, {names}): похоже, это интервью другой анкеты, поэтому ничего не импортировано. Проверьте выбранную анкету; если файл действительно от неё, уберите из него другие столбцы и импортируйте снова.</translation>
    </message>
    <message>
        <source>no column is named after a question of "{title}". The first row must hold the question names.</source>
        <translation>ни один столбец не назван по вопросу из «{title}». В первой строке должны быть имена вопросов.</translation>
    </message>
    <message>
        <source>Only an unfinished interview can be discarded; nothing was changed.</source>
        <translation>Отменить можно только незаконченное интервью; ничего не изменено.</translation>
    </message>
    <message>
        <source>An interviewer needs a name.</source>
        <translation>Интервьюеру нужно имя.</translation>
    </message>
    <message>
        <source>an answer status that does not exist</source>
        <translation>несуществующий статус ответа</translation>
    </message>
    <message>
        <source>{source} has an interview whose questionnaire is not in the file, so nothing was read from it.</source>
        <translation>В {source} есть интервью, анкеты которого нет в файле, поэтому из него ничего не прочитано.</translation>
    </message>
    <message>
        <source>a coding both not codable and with themes</source>
        <translation>кодирование, которое одновременно «нельзя закодировать» и с темами</translation>
    </message>
    <message>
        <source>A PIN is {low} to {high} digits (only numbers).</source>
        <translation>PIN-код — это от {low} до {high} цифр (только цифры).</translation>
    </message>
    <message>
        <source>A coordinator's password needs at least {password_length} characters.</source>
        <translation>В пароле координатора должно быть не меньше {password_length} знаков.</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>Человеку нужно имя.</translation>
    </message>
    <message>
        <source>That name is too long (200 characters at most).</source>
        <translation>Это имя слишком длинное (не больше 200 знаков).</translation>
    </message>
    <message>
        <source>Add a coordinator first: once people are listed, only a coordinator can change the list.</source>
        <translation>Сначала добавьте координатора: когда в списке есть люди, менять список может только координатор.</translation>
    </message>
    <message>
        <source>{name} is already on the list.</source>
        <translation>{name} уже есть в списке.</translation>
    </message>
    <message>
        <source>{name} is the only coordinator: add another one first.</source>
        <translation>{name} — единственный координатор: сначала добавьте другого.</translation>
    </message>
    <message>
        <source>{name} is the only coordinator: add another coordinator first, or take everyone else off the list.</source>
        <translation>{name} — единственный координатор: сначала добавьте другого координатора или уберите из списка всех остальных.</translation>
    </message>
    <message>
        <source>{name} is not on the list of people.</source>
        <translation>{name} нет в списке людей.</translation>
    </message>
    <message>
        <source>The team passphrase is not the one the project at {where} was set up with (capital letters count). Nothing was changed.</source>
        <translation>Пароль команды не тот, с которым создан проект по адресу {where} (заглавные буквы важны). Ничего не изменено.</translation>
    </message>
    <message>
        <source>{source} belongs to a team whose participant codes are made with another key, and this project already has interviews with participant codes made with its own key, so people interviewed twice could not be found. Nothing was changed. The order of steps for a team is: the coordinator creates the questionnaire and sends a transfer file; each laptop reads that file first, in a new project, and only then enters or imports interviews.</source>
        <translation>{source} относится к команде, чьи коды участников сделаны другим ключом, а в этом проекте уже есть интервью с кодами участников, сделанными своим ключом, поэтому людей, опрошенных дважды, нельзя было бы найти. Ничего не изменено. Порядок шагов для команды: координатор создаёт анкету и отправляет файл передачи; каждый ноутбук сначала читает этот файл в новом проекте и только потом вводит или импортирует интервью.</translation>
    </message>
    <message>
        <source>"{question}" is marked as identifying in the questionnaire (its answers could tell who a person is), so its answers are never coded into themes or quoted.</source>
        <extracomment>The main coding of an answer as it was before a disagreement about it was first settled, kept so that agreement between coders stays the blind agreement. No typed name can be this one (names are trimmed and their spaces collapsed), so nobody codes as it.</extracomment>
        <translation>«{question}» отмечен в анкете как опознающий (по ответам можно понять, кто этот человек), поэтому его ответы никогда не кодируются по темам и не цитируются.</translation>
    </message>
    <message>
        <source>"{question}" is asked once per instance of a repeat; coding those answers into themes is not possible yet.</source>
        <translation>«{question}» задаётся один раз для каждого повторения; кодировать эти ответы по темам пока нельзя.</translation>
    </message>
    <message>
        <source>"{question}" is not a question answered in words, so its answers cannot be coded into themes.</source>
        <translation>«{question}» — не вопрос с ответом словами, поэтому его ответы нельзя разбить на темы.</translation>
    </message>
    <message>
        <source>The words people wrote for "Other" are the question "{other}": code that one.</source>
        <translation>Слова, написанные для «Другое», — это вопрос «{other}»: кодируйте его.</translation>
    </message>
    <message>
        <source>There is no question called "{question}" in "{title}".</source>
        <translation>В «{title}» нет вопроса «{question}».</translation>
    </message>
    <message>
        <source>A theme needs a name.</source>
        <translation>У темы должно быть название.</translation>
    </message>
    <message>
        <source>A theme name cannot contain ";" ("{label}"): coding sheets use it to separate themes. Use a comma or a dash instead.</source>
        <translation>Название темы не может содержать «;» («{label}»): листы кодирования разделяют им темы. Поставьте запятую или тире.</translation>
    </message>
    <message>
        <source>A theme name cannot start with "{first}" ("{label}"): a spreadsheet would read it as a formula.</source>
        <translation>Название темы не может начинаться с «{first}» («{label}»): таблица прочтёт его как формулу.</translation>
    </message>
    <message>
        <source>There is already a theme called "{label}".</source>
        <translation>Тема «{label}» уже есть.</translation>
    </message>
    <message>
        <source>That theme no longer exists; somebody may have merged it.</source>
        <translation>Этой темы больше нет; возможно, кто-то её объединил.</translation>
    </message>
    <message>
        <source>There is already a theme called "{label}"; merge them instead.</source>
        <translation>Тема «{label}» уже есть; лучше объедините их.</translation>
    </message>
    <message>
        <source>Choose two different themes to merge.</source>
        <translation>Выберите две разные темы для объединения.</translation>
    </message>
    <message>
        <source>Only themes of the same question can be merged.</source>
        <translation>Объединять можно только темы одного вопроса.</translation>
    </message>
    <message>
        <source>An answer marked not codable cannot have themes too.</source>
        <translation>У ответа, отмеченного как «нельзя закодировать», не может быть ещё и тем.</translation>
    </message>
    <message>
        <source>One of those themes no longer exists; somebody may have merged it.</source>
        <translation>Одной из этих тем больше нет; возможно, кто-то её объединил.</translation>
    </message>
    <message>
        <source>The key that keeps this project's participant codes secret is not on this laptop (it is never kept in the project file, so a copied file does not bring it). Read a team transfer file made on a laptop of the team, which carries the key, and try again; nothing was changed.</source>
        <translation>Ключа, который хранит в тайне коды участников этого проекта, нет на этом ноутбуке (он никогда не хранится в файле проекта, поэтому скопированный файл его не переносит). Прочитайте файл передачи, сделанный на ноутбуке команды, — в нём есть ключ — и попробуйте снова; ничего не изменено.</translation>
    </message>
    <message>
        <source>No interviews entered on this laptop were left to send: they were already sent to the server (from another DuoDesk window).</source>
        <translation>Не осталось интервью, введённых на этом ноутбуке, которые нужно отправить: они уже были отправлены на сервер (из другого окна DuoDesk).</translation>
    </message>
    <message>
        <source>The interviews entered on this laptop were already on the server (sent before); now they are no longer kept on this laptop.</source>
        <translation>Интервью, введённые на этом ноутбуке, уже были на сервере (отправлены раньше); теперь они больше не хранятся на этом ноутбуке.</translation>
    </message>
    <message>
        <source>The {count} interviews entered on this laptop are on the server now: {added} sent just now, {already} there already (sent before).</source>
        <translation>Интервью, введённые на этом ноутбуке ({count}), теперь на сервере: отправлено сейчас — {added}, уже были там (отправлены раньше) — {already}.</translation>
    </message>
    <message numerus="yes">
        <source>“{title}” has %n interview, so it cannot be removed.</source>
        <translation><numerusform>В «{title}» %n интервью, поэтому его нельзя удалить.</numerusform><numerusform>В «{title}» %n интервью, поэтому его нельзя удалить.</numerusform><numerusform>В «{title}» %n интервью, поэтому его нельзя удалить.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>“{title}” has %n interviews, so it cannot be removed.</source>
        <translation><numerusform>В «{title}» %n интервью, поэтому его нельзя удалить.</numerusform><numerusform>В «{title}» %n интервью, поэтому его нельзя удалить.</numerusform><numerusform>В «{title}» %n интервью, поэтому его нельзя удалить.</numerusform></translation>
    </message>
</context>
<context>
    <name>Subset</name>
    <message>
        <source>Site: {names}</source>
        <translation>Площадка: {names}</translation>
    </message>
    <message>
        <source>Sites: {names}</source>
        <translation>Площадки: {names}</translation>
    </message>
    <message>
        <source>Interviewer: {names}</source>
        <translation>Интервьюер: {names}</translation>
    </message>
    <message>
        <source>Interviewers: {names}</source>
        <translation>Интервьюеры: {names}</translation>
    </message>
    <message>
        <source>names left out</source>
        <translation>имена не указаны</translation>
    </message>
    <message>
        <source>From {first} to {last}</source>
        <translation>С {first} по {last}</translation>
    </message>
    <message>
        <source>From {first}</source>
        <translation>С {first}</translation>
    </message>
    <message>
        <source>Up to {last}</source>
        <translation>По {last}</translation>
    </message>
    <message>
        <source>Version {numbers}</source>
        <translation>Версия {numbers}</translation>
    </message>
    <message>
        <source>Versions {numbers}</source>
        <translation>Версии {numbers}</translation>
    </message>
    <message>
        <source>All complete interviews</source>
        <translation>Все законченные интервью</translation>
    </message>
</context>
<context>
    <name>Summary text</name>
    <message>
        <source>instances</source>
        <translation>случаев</translation>
    </message>
    <message>
        <source>No chi-square: a person can be given several themes, so the cells are not separate people. Each column's percentages are of the people in it given a theme.</source>
        <translation>Хи-квадрат не считается: человеку можно дать несколько тем, поэтому ячейки — не отдельные люди. Проценты каждого столбца считаются от людей в нём, которым дана тема.</translation>
    </message>
    <message numerus="yes">
        <source>Counted over {total} {things} named by %n person: each cell counts {things}, and the percentages are of {things}. No chi-square: a person who named several {things} counts in the table once for each, so the cells are not separate people.</source>
        <translation><numerusform>Посчитано по {things}: {total}, названных людьми: %n. Каждая ячейка считает {things}, и проценты — от {things}. Без хи-квадрата: человек, назвавший несколько {things}, считается в таблице по разу за каждый, поэтому ячейки — не отдельные люди.</numerusform><numerusform>Посчитано по {things}: {total}, названных людьми: %n. Каждая ячейка считает {things}, и проценты — от {things}. Без хи-квадрата: человек, назвавший несколько {things}, считается в таблице по разу за каждый, поэтому ячейки — не отдельные люди.</numerusform><numerusform>Посчитано по {things}: {total}, названных людьми: %n. Каждая ячейка считает {things}, и проценты — от {things}. Без хи-квадрата: человек, назвавший несколько {things}, считается в таблице по разу за каждый, поэтому ячейки — не отдельные люди.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Counted over {total} {things} named by %n people: each cell counts {things}, and the percentages are of {things}. No chi-square: a person who named several {things} counts in the table once for each, so the cells are not separate people.</source>
        <translation><numerusform>Посчитано по {things}: {total}, названных людьми: %n. Каждая ячейка считает {things}, и проценты — от {things}. Без хи-квадрата: человек, назвавший несколько {things}, считается в таблице по разу за каждый, поэтому ячейки — не отдельные люди.</numerusform><numerusform>Посчитано по {things}: {total}, названных людьми: %n. Каждая ячейка считает {things}, и проценты — от {things}. Без хи-квадрата: человек, назвавший несколько {things}, считается в таблице по разу за каждый, поэтому ячейки — не отдельные люди.</numerusform><numerusform>Посчитано по {things}: {total}, названных людьми: %n. Каждая ячейка считает {things}, и проценты — от {things}. Без хи-квадрата: человек, назвавший несколько {things}, считается в таблице по разу за каждый, поэтому ячейки — не отдельные люди.</numerusform></translation>
    </message>
    <message>
        <source>Fisher's exact test, exact p-value.</source>
        <translation>Точный тест Фишера, точное значение p.</translation>
    </message>
    <message>
        <source>{small} of the {cells} cells ({share}) would expect fewer than 5 people, so the chi-square test may not be reliable: use Fisher's exact test instead.</source>
        <translation>Ячеек с ожидаемой частотой меньше 5 человек: {small} из {cells} ({share}), поэтому тест хи-квадрат может быть ненадёжным: используйте точный тест Фишера.</translation>
    </message>
    <message>
        <source>{small} of the {cells} cells ({share}) would expect fewer than 5 people, so the chi-square test may not be reliable.</source>
        <translation>Ячеек с ожидаемой частотой меньше 5 человек: {small} из {cells} ({share}), поэтому тест хи-квадрат может быть ненадёжным.</translation>
    </message>
    <message>
        <source>Chi-square needs at least two answers given on each side.</source>
        <translation>Для хи-квадрат нужно хотя бы по два разных ответа с каждой стороны.</translation>
    </message>
    <message>
        <source>Fisher's exact test (Freeman-Halton), exact p-value.</source>
        <translation>Точный тест Фишера (Фримена-Халтона), точное значение p.</translation>
    </message>
    <message>
        <source>Fisher's exact test (Freeman-Halton), p-value estimated from {resamples} random tables (Monte Carlo, seed {seed}).</source>
        <translation>Точный тест Фишера (Фримена-Халтона), значение p оценено по {resamples} случайным таблицам (Монте-Карло, зерно {seed}).</translation>
    </message>
    <message>
        <source>{subset}: {count} interviews</source>
        <translation>{subset}: интервью: {count}</translation>
    </message>
    <message>
        <source>{subset}: {count} interviews (questionnaire version {versions})</source>
        <translation>{subset}: интервью: {count} (версия анкеты {versions})</translation>
    </message>
    <message>
        <source>{subset}: {count} interviews (questionnaire versions {versions})</source>
        <translation>{subset}: интервью: {count} (версии анкеты {versions})</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Частота</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Процент</translation>
    </message>
    <message>
        <source>Valid %</source>
        <translation>Действ. %</translation>
    </message>
    <message>
        <source>Cumulative %</source>
        <translation>Накопл. %</translation>
    </message>
    <message>
        <source>% of cases</source>
        <translation>% наблюдений</translation>
    </message>
    <message>
        <source>% of responses</source>
        <translation>% ответов</translation>
    </message>
    <message>
        <source>Not asked (skipped)</source>
        <translation>Не задавался (пропущен)</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Нет ответа</translation>
    </message>
    <message>
        <source>Not in their version</source>
        <translation>Нет в их версии</translation>
    </message>
    <message>
        <source>Not in the imported file</source>
        <translation>Нет в импортированном файле</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Интервью</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>среднее</translation>
    </message>
    <message>
        <source>sd</source>
        <translation>ст. откл.</translation>
    </message>
    <message>
        <source>median</source>
        <translation>медиана</translation>
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
        <translation>мин.</translation>
    </message>
    <message>
        <source>max</source>
        <translation>макс.</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Интервал</translation>
    </message>
    <message>
        <source>Answered together:</source>
        <translation>Ответили вместе:</translation>
    </message>
    <message>
        <source>{label} (missing)</source>
        <translation>{label} (пропуск)</translation>
    </message>
    <message>
        <source>The cells count {things}, but a number is hidden by the people behind it: one named by 1 to {threshold} people is hidden, however many {things} it counts.</source>
        <translation>Ячейки считают {things}, но число скрывается по числу людей за ним: число, названное 1–{threshold} людьми, скрыто, сколько бы {things} оно ни считало.</translation>
    </message>
    <message>
        <source>The project hides numbers from 1 to {threshold} in everything that leaves the group, so this table hides them as the workbook would (and a number that would let one be worked out). No chi-square or Fisher test is given when a number is hidden: its result could be used to work the hidden numbers out.</source>
        <translation>Проект скрывает числа от 1 до {threshold} во всём, что выходит за пределы группы, поэтому эта таблица скрывает их так же, как рабочая книга (и число, по которому одно из них можно вычислить). Критерий хи-квадрат и точный критерий Фишера не приводятся, когда число скрыто: по их результату можно вычислить скрытые числа.</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>скрыто</translation>
    </message>
    <message>
        <source>{row_label} [{row}] by {column_label} [{column}]</source>
        <translation>{row_label} [{row}] по {column_label} [{column}]</translation>
    </message>
    <message>
        <source>{subset}: {count} interviews with a valid answer to both</source>
        <translation>{subset}: интервью с действительным ответом на оба вопроса: {count}</translation>
    </message>
    <message>
        <source>{subset}: {count} {things} with a valid answer to both, named by {people} people</source>
        <translation>{subset}: {count} ({things}) с допустимым ответом на оба вопроса, названных {people} людьми</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>Number of {things}</source>
        <translation>Число: {things}</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>Число людей</translation>
    </message>
    <message>
        <source>% of the row</source>
        <translation>% по строке</translation>
    </message>
    <message>
        <source>% of the column</source>
        <translation>% по столбцу</translation>
    </message>
    <message>
        <source>% of all {things}</source>
        <translation>% от всех: {things}</translation>
    </message>
    <message>
        <source>% of everyone in the table</source>
        <translation>% от всех в таблице</translation>
    </message>
    <message>
        <source>Pearson chi-square = {chi:.4f}, df = {df}, p = {p:.4g}.</source>
        <translation>Хи-квадрат Пирсона = {chi:.4f}, ст. св. = {df}, p = {p:.4g}.</translation>
    </message>
    <message>
        <source>Fisher's exact test (two-sided): p = {p:.4g}. </source>
        <translation>Точный тест Фишера (двусторонний): p = {p:.4g}. </translation>
    </message>
    <message>
        <source>Number of {things} given</source>
        <translation>Число названных: {things}</translation>
    </message>
    <message>
        <source>instances of “{label}”</source>
        <translation>случаи «{label}»</translation>
    </message>
    <message>
        <source>[answer to “{label}”]</source>
        <translation>[ответ на «{label}»]</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>Quartiles and median: weighted average at (n + 1) p, SPSS's default (HAVERAGE).</source>
        <translation>Квартили и медиана: взвешенное среднее в позиции (n + 1) p, способ SPSS по умолчанию (HAVERAGE).</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>{new} new interviews, {updated} updated, {already} already here</source>
        <translation>Новых интервью: {new}, обновлено: {updated}, уже были здесь: {already}</translation>
    </message>
    <message>
        <source>{count} possible duplicates across sites are waiting to be looked at</source>
        <translation>Возможные повторы между площадками ждут проверки: {count}</translation>
    </message>
    <message>
        <source>1 possible duplicate across sites is waiting to be looked at</source>
        <translation>1 возможный повтор между площадками ждёт проверки</translation>
    </message>
    <message numerus="yes">
        <source>%n new questionnaire version</source>
        <translation><numerusform>%n новая версия анкеты</numerusform><numerusform>%n новые версии анкеты</numerusform><numerusform>%n новых версий анкеты</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n new questionnaire versions</source>
        <translation><numerusform>%n новая версия анкеты</numerusform><numerusform>%n новые версии анкеты</numerusform><numerusform>%n новых версий анкеты</numerusform></translation>
    </message>
    <message>
        <source>Sent to the server: {report}</source>
        <translation>Отправлено на сервер: {report}</translation>
    </message>
    <message numerus="yes">
        <source>%n new questionnaire version came from the server.</source>
        <translation><numerusform>%n новая версия анкеты пришла с сервера.</numerusform><numerusform>%n новые версии анкеты пришли с сервера.</numerusform><numerusform>%n новых версий анкеты пришло с сервера.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n new questionnaire versions came from the server.</source>
        <translation><numerusform>%n новая версия анкеты пришла с сервера.</numerusform><numerusform>%n новые версии анкеты пришли с сервера.</numerusform><numerusform>%n новых версий анкеты пришло с сервера.</numerusform></translation>
    </message>
    <message>
        <source>{form_id}: {total} complete interviews on the server, {here} from this laptop and {others} from others.</source>
        <translation>{form_id}: законченных интервью на сервере: {total}, с этого ноутбука: {here}, с других: {others}.</translation>
    </message>
    <message>
        <source>no questionnaire</source>
        <translation>нет анкеты</translation>
    </message>
    <message>
        <source>{file} was written: {interviews} interview(s) and {versions} questionnaire version(s) ({forms}), locked with the team passphrase.</source>
        <translation>Записан {file}: интервью: {interviews}, версии анкеты: {versions} ({forms}); закрыт паролем команды.</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>Several answers could be ticked. Percent of cases is out of the {answered} people who ticked at least one answer (missing codes such as “Don't know” included); percent of responses is out of all the answers ticked.</source>
        <translation>Можно было отметить несколько ответов. Процент наблюдений считается от {answered} человек, отметивших хотя бы один ответ (включая коды пропуска, например «Не знаю»); процент ответов — от всех отмеченных ответов.</translation>
    </message>
    <message>
        <source>Several answers could be ticked. Percent of cases is out of the {answered} people who ticked at least one answer; percent of responses is out of all the answers ticked.</source>
        <translation>Можно было отметить несколько ответов. Процент наблюдений считается от {answered} человек, отметивших хотя бы один ответ; процент ответов — от всех отмеченных ответов.</translation>
    </message>
    <message>
        <source>{label} (missing code)</source>
        <translation>{label} (код пропуска)</translation>
    </message>
    <message>
        <source>5th percentile (in place of the smallest answer, given by fewer than {n})</source>
        <translation>5-й процентиль (вместо самого маленького ответа, который дали меньше {n} человек)</translation>
    </message>
    <message>
        <source>95th percentile (in place of the largest answer, given by fewer than {n})</source>
        <translation>95-й процентиль (вместо самого большого ответа, который дали меньше {n} человек)</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Ответили</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Нет ответа</translation>
    </message>
    <message>
        <source>Not asked (skipped)</source>
        <translation>Не задавался (пропущен)</translation>
    </message>
    <message>
        <source>Not in this version of the questionnaire</source>
        <translation>Нет в этой версии анкеты</translation>
    </message>
    <message>
        <source>Not in the imported file</source>
        <translation>Нет в импортированном файле</translation>
    </message>
    <message>
        <source>Not in this version of the questionnaire, or not in the imported file</source>
        <translation>Нет в этой версии анкеты или нет в импортированном файле</translation>
    </message>
    <message>
        <source>Total interviews</source>
        <translation>Всего интервью</translation>
    </message>
    <message>
        <source>Answers ticked in all</source>
        <translation>Всего отмечено ответов</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation>Стандартное отклонение</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Медиана</translation>
    </message>
    <message>
        <source>Lower quartile</source>
        <translation>Нижний квартиль</translation>
    </message>
    <message>
        <source>Upper quartile</source>
        <translation>Верхний квартиль</translation>
    </message>
    <message>
        <source>Smallest</source>
        <translation>Наименьший</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Наибольший</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Процент</translation>
    </message>
    <message>
        <source>Valid percent</source>
        <translation>Действительный процент</translation>
    </message>
    <message>
        <source>Percent of cases</source>
        <translation>Процент наблюдений</translation>
    </message>
    <message>
        <source>Percent of responses</source>
        <translation>Процент ответов</translation>
    </message>
    <message>
        <source>Its statistics are hidden: so few different numbers were given that they would tell how many people gave each.</source>
        <translation>Её статистика скрыта: было дано так мало разных чисел, что она показала бы, сколько человек назвали каждое.</translation>
    </message>
    <message>
        <source>Its mean and standard deviation are hidden: so few different numbers were given that they would tell how many people gave each.</source>
        <translation>Её среднее и стандартное отклонение скрыты: было дано так мало разных чисел, что они показали бы, сколько человек назвали каждое.</translation>
    </message>
    <message>
        <source>Percent is of all {interviews} interviews; valid percent is of the {valid} valid answers (missing codes left out).</source>
        <translation>Процент считается от всех интервью ({interviews}); действительный процент — от действительных ответов ({valid}), без кодов пропуска.</translation>
    </message>
    <message>
        <source>Percent is of all {interviews} interviews; valid percent is of the {valid} valid answers.</source>
        <translation>Процент считается от всех интервью ({interviews}); действительный процент — от действительных ответов ({valid}).</translation>
    </message>
    <message>
        <source>Percent is of all {interviews} interviews.</source>
        <translation>Процент считается от всех интервью ({interviews}).</translation>
    </message>
    <message>
        <source>% {answer}</source>
        <translation>% {answer}</translation>
    </message>
    <message>
        <source>Valid % {answer}</source>
        <translation>Действ. % {answer}</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Утверждение</translation>
    </message>
    <message>
        <source>Small numbers are NOT hidden in this workbook: it may identify people and must not leave the group.</source>
        <translation>Маленькие числа в этой книге НЕ скрыты: по ней можно узнать людей, и она не должна выходить за пределы группы.</translation>
    </message>
    <message>
        <source>Numbers from 1 to {threshold} are hidden and shown as “{marker}”, and so are their percentages. Zeros are shown. Where a hidden number could be worked out from the other tables (totals, percentages, or the questionnaire's skip logic, which ties a follow-up question to the answer that opens it), other numbers are hidden as well (also shown as “{marker}”), so that no hidden number can be narrowed down to fewer than {values} possible values from everything this workbook shows. A percentage whose number, or whose denominator, is hidden is hidden too.</source>
        <translation>Числа от 1 до {threshold} скрыты и показаны как «{marker}», как и их проценты. Нули показаны. Если скрытое число можно вычислить по другим таблицам (по итогам, процентам или логике пропусков анкеты, которая связывает уточняющий вопрос с ответом, открывающим его), скрываются и другие числа (тоже показаны как «{marker}»), чтобы никакое скрытое число нельзя было сузить меньше чем до {values} возможных значений по всему, что показывает эта книга. Процент, у которого скрыто число или знаменатель, тоже скрыт.</translation>
    </message>
    <message>
        <source>{count} question(s) asked once per instance of a repeat (such as each drug named) are not in these tables: see the Results window, or the interview-level files, which have one row per instance.</source>
        <translation>Вопросы, которые задаются один раз для каждого повторения (например, для каждого названного наркотика), в эти таблицы не входят ({count}): см. окно Результаты или файлы на уровне интервью, где одна строка на каждое повторение.</translation>
    </message>
    <message>
        <source>Question and answers</source>
        <translation>Вопрос и ответы</translation>
    </message>
    <message>
        <source>Results in numbers</source>
        <translation>Результаты в числах</translation>
    </message>
    <message>
        <source>Results in percentages</source>
        <translation>Результаты в процентах</translation>
    </message>
    <message>
        <source>Valid percentage</source>
        <translation>Действительный процент</translation>
    </message>
    <message>
        <source>Number of answers not available</source>
        <translation>Число недоступных ответов</translation>
    </message>
    <message>
        <source>Percentage of answers not available</source>
        <translation>Процент недоступных ответов</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Диаграммы</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Each statement's answers: numbers, then percentages of those who answered it, then valid percentages (missing codes left out).</source>
        <translation>Ответы на каждое утверждение: числа, затем проценты от тех, кто на него ответил, затем действительные проценты (без кодов пропуска).</translation>
    </message>
    <message>
        <source>Each statement's answers: numbers, then percentages of those who answered it.</source>
        <translation>Ответы на каждое утверждение: числа, затем проценты от тех, кто на него ответил.</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>Число людей</translation>
    </message>
    <message>
        <source>Charts of the Summary sheet's numbers (hidden numbers show no bar).</source>
        <translation>Диаграммы по числам листа Сводка (у скрытых чисел нет столбика).</translation>
    </message>
    <message>
        <source>This file has one row per interview. In a small survey a row can identify the person interviewed (site, date, sex and age are often enough), even with names left out.</source>
        <translation>В этом файле одна строка на интервью. В небольшом опросе по строке можно узнать опрошенного (часто хватает площадки, даты, пола и возраста), даже без имён.</translation>
    </message>
    <message>
        <source>“{marker}” = hidden to protect the people interviewed (see the Cover sheet).</source>
        <translation>«{marker}» = скрыто, чтобы защитить опрошенных (см. лист Обложка).</translation>
    </message>
    <message>
        <source>Small numbers are NOT hidden in this workbook (see the Cover sheet).</source>
        <translation>Маленькие числа в этой книге НЕ скрыты (см. лист Обложка).</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Обложка</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>не записано</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Анкета</translation>
    </message>
    <message>
        <source>Questionnaire id</source>
        <translation>Идентификатор анкеты</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <source>Version labels</source>
        <translation>Названия версий</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Интервью</translation>
    </message>
    <message>
        <source>Dates of the interviews</source>
        <translation>Даты интервью</translation>
    </message>
    <message numerus="yes">
        <source>%n numbers hidden (a number shown in several places, such as a grid and its statements, is counted once): the numbers from 1 to {threshold}, and other numbers hidden to protect them, because the small ones could otherwise be worked out from totals, percentages or the questionnaire's skip logic. How many are hidden for each reason is not said: that too would help to work them out.</source>
        <translation><numerusform>Скрыто чисел: %n (число, показанное в нескольких местах, например в таблице и в её утверждениях, считается один раз): числа от 1 до {threshold} и другие числа, скрытые для их защиты, потому что иначе маленькие числа можно было бы вычислить по итогам, процентам или логике пропусков анкеты. Сколько скрыто по каждой причине, не сказано: это тоже помогло бы их вычислить.</numerusform><numerusform>Скрыто чисел: %n (число, показанное в нескольких местах, например в таблице и в её утверждениях, считается один раз): числа от 1 до {threshold} и другие числа, скрытые для их защиты, потому что иначе маленькие числа можно было бы вычислить по итогам, процентам или логике пропусков анкеты. Сколько скрыто по каждой причине, не сказано: это тоже помогло бы их вычислить.</numerusform><numerusform>Скрыто чисел: %n (число, показанное в нескольких местах, например в таблице и в её утверждениях, считается один раз): числа от 1 до {threshold} и другие числа, скрытые для их защиты, потому что иначе маленькие числа можно было бы вычислить по итогам, процентам или логике пропусков анкеты. Сколько скрыто по каждой причине, не сказано: это тоже помогло бы их вычислить.</numerusform></translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>с {first} по {last}</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Площадки</translation>
    </message>
    <message>
        <source>{marker} (from 1 to {threshold}, or hidden so that such a small number cannot be worked out from it, like every hidden number in this workbook)</source>
        <translation>{marker} (от 1 до {threshold}, или скрыто, чтобы из него нельзя было вычислить такое малое число, как и любое скрытое число в этой книге)</translation>
    </message>
    <message>
        <source>Interviews included</source>
        <translation>Включённые интервью</translation>
    </message>
    <message>
        <source>Small numbers</source>
        <translation>Маленькие числа</translation>
    </message>
    <message>
        <source>Numbers hidden</source>
        <translation>Скрытые числа</translation>
    </message>
    <message>
        <source>Smallest and largest answers</source>
        <translation>Наименьший и наибольший ответы</translation>
    </message>
    <message>
        <source>Mean and standard deviation</source>
        <translation>Среднее и стандартное отклонение</translation>
    </message>
    <message>
        <source>Repeated questions</source>
        <translation>Повторяющиеся вопросы</translation>
    </message>
    <message>
        <source>Interview-level data</source>
        <translation>Данные на уровне интервью</translation>
    </message>
    <message>
        <source>De-identified</source>
        <translation>Обезличено</translation>
    </message>
    <message>
        <source>Yes: written answers, locations, questions marked as identifying and interviewer names are left out.</source>
        <translation>Да: письменные ответы, места, вопросы, отмеченные как опознающие, и имена интервьюеров убраны.</translation>
    </message>
    <message>
        <source>No: written answers are included; this file may identify people.</source>
        <translation>Нет: письменные ответы включены; по этому файлу можно узнать людей.</translation>
    </message>
    <message>
        <source>Participant codes</source>
        <translation>Коды участников</translation>
    </message>
    <message>
        <source>Never exported.</source>
        <translation>Никогда не выгружаются.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Made with</source>
        <translation>Создано в</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Листы</translation>
    </message>
    <message>
        <source>Summary: the results, question by question. Charts: a chart per question with a list of answers. Repeats: the questions asked for each instance of a repeat, by person. Codebook: each question, its answers and when it is asked.</source>
        <translation>Сводка: результаты, вопрос за вопросом. Диаграммы: диаграмма по каждому вопросу со списком ответов. Кодовая книга: каждый вопрос, его ответы и когда он задаётся. Повторения: вопросы, задаваемые для каждого элемента повторения, по людям.</translation>
    </message>
    <message>
        <source>Summary: the results, question by question. Charts: a chart per question with a list of answers. Codebook: each question, its answers and when it is asked.</source>
        <translation>Сводка: результаты, вопрос за вопросом. Диаграммы: диаграмма по каждому вопросу со списком ответов. Кодовая книга: каждый вопрос, его ответы и когда он задаётся.</translation>
    </message>
    <message>
        <source>None: no number in this workbook is from 1 to {threshold}.</source>
        <translation>Нет: ни одно число в этой книге не находится в пределах от 1 до {threshold}.</translation>
    </message>
    <message>
        <source>1 number hidden: a number from 1 to {threshold}, or one hidden to protect such a number, because it could otherwise be worked out from totals, percentages or the questionnaire's skip logic.</source>
        <translation>Скрыто одно число: число от 1 до {threshold} или число, скрытое для защиты такого числа, потому что иначе его можно было бы вычислить по итогам, процентам или логике пропусков анкеты.</translation>
    </message>
    <message numerus="yes">
        <source>Hidden numbers that follow from the number of interviews alone and could not be protected: %n.</source>
        <translation><numerusform>Скрытые числа, которые следуют из одного только числа интервью и которые нельзя было защитить: %n.</numerusform><numerusform>Скрытые числа, которые следуют из одного только числа интервью и которые нельзя было защитить: %n.</numerusform><numerusform>Скрытые числа, которые следуют из одного только числа интервью и которые нельзя было защитить: %n.</numerusform></translation>
    </message>
    <message>
        <source>Shown only when at least {count} people gave that answer; otherwise the 5th or 95th percentile is shown in its place, and its row says so.</source>
        <translation>Показываются, только если этот ответ дали хотя бы {count} человек; иначе вместо него показан 5-й или 95-й процентиль, и в его строке это сказано.</translation>
    </message>
    <message>
        <source>Hidden, with the number who answered, for a number question whose number of answers is hidden; and hidden when so few different numbers were given that they would tell how many people (from 1 to {threshold}) gave one of them: the question's note says so.</source>
        <translation>Скрыты вместе с числом ответивших для числового вопроса, число ответов на который скрыто; и скрыты, когда дано так мало разных чисел, что они показали бы, сколько человек (от 1 до {threshold}) назвали одно из них: об этом сказано в примечании к вопросу.</translation>
    </message>
    <message>
        <source>Not in this workbook. It was written, at the exporter's request, to a separate file ending in -interviews.xlsx, which stays within the group: {warning}</source>
        <translation>Не в этой книге. По просьбе выгружающего они записаны в отдельный файл, имя которого кончается на -interviews.xlsx, и он остаётся внутри группы: {warning}</translation>
    </message>
    <message>
        <source>None: this workbook has no row per interview, only the summary tables, so it can be passed on.</source>
        <translation>Нет: в этой книге нет строк по интервью, только сводные таблицы, поэтому её можно передавать.</translation>
    </message>
    <message>
        <source>test language</source>
        <translation>тестовый язык</translation>
    </message>
    <message>
        <source>About</source>
        <translation>О файле</translation>
    </message>
    <message numerus="yes">
        <source>{title}: one row per interview (%n interviews).</source>
        <translation><numerusform>{title}: одна строка на интервью (%n интервью).</numerusform><numerusform>{title}: одна строка на интервью (%n интервью).</numerusform><numerusform>{title}: одна строка на интервью (%n интервью).</numerusform></translation>
    </message>
    <message>
        <source>Keep this file within the group. Give the health board the summary workbook instead.</source>
        <translation>Храните этот файл внутри группы. Органу здравоохранения передайте сводную книгу.</translation>
    </message>
    <message>
        <source>Data: one row per interview. Codebook: what each column means.</source>
        <translation>Data: одна строка на интервью. Кодовая книга: что значит каждый столбец.</translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <translation>Язык: {language}</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Повторы</translation>
    </message>
    <message>
        <source>Questions asked for each instance of a repeat</source>
        <translation>Вопросы, задаваемые в каждом повторе</translation>
    </message>
    <message>
        <source>Number of people who ticked it</source>
        <translation>Число людей, отметивших этот ответ</translation>
    </message>
    <message>
        <source>Number of people who gave it</source>
        <translation>Число людей, давших этот ответ</translation>
    </message>
    <message>
        <source>% of the people who answered</source>
        <translation>% ответивших</translation>
    </message>
    <message>
        <source>People who answered (for at least one {unit})</source>
        <translation>Ответившие (хотя бы для одного: {unit})</translation>
    </message>
    <message>
        <source>Not asked, no answer or no {unit}</source>
        <translation>Не задан, нет ответа или нет ни одного: {unit}</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>Кодовая книга</translation>
    </message>
    <message>
        <source>only the months are given: with so few interviews, the days could help to tell who was interviewed</source>
        <translation>указаны только месяцы: при так малом числе интервью дни могли бы помочь узнать, кого опрашивали</translation>
    </message>
    <message>
        <source>One row per instance of “{unit}” ({name})</source>
        <translation>Одна строка на каждый повтор «{unit}» ({name})</translation>
    </message>
    <message>
        <source>Asked once for each instance of “{unit}”; counted by person: a person who gave an answer in several instances is counted once for it, so the counts can add up to more than the people who answered. Percentages are of the people who answered.</source>
        <translation>Задаётся один раз в каждом повторе «{unit}»; считается по людям: человек, давший ответ в нескольких повторах, учитывается для него один раз, поэтому сумма может превышать число ответивших. Проценты — от числа ответивших.</translation>
    </message>
    <message>
        <source>the Repeats sheet</source>
        <translation>на листе «Повторы»</translation>
    </message>
    <message>
        <source>1 question asked once for each instance of a repeat (such as each drug named) is in {where}, counted by person, not by instance: a person is counted once for an answer however many times they gave it, so that small numbers are hidden for people, not instances.</source>
        <translation>1 вопрос, задаваемый один раз в каждом повторе (например, о каждом названном наркотике), находится {where} и считается по людям, а не по повторам: человек учитывается для ответа один раз, сколько бы раз он его ни дал, чтобы малые числа скрывались для людей, а не для повторов.</translation>
    </message>
    <message numerus="yes">
        <source>%n questions asked once for each instance of a repeat (such as each drug named) are in {where}, counted by person, not by instance: a person is counted once for an answer however many times they gave it, so that small numbers are hidden for people, not instances.</source>
        <translation><numerusform>%n вопрос, задаваемый один раз в каждом повторе (например, о каждом названном наркотике), находится {where} и считается по людям, а не по повторам: человек учитывается для ответа один раз, сколько бы раз он его ни дал, чтобы малые числа скрывались для людей, а не для повторов.</numerusform><numerusform>%n вопроса, задаваемых один раз в каждом повторе (например, о каждом названном наркотике), находятся {where} и считаются по людям, а не по повторам: человек учитывается для ответа один раз, сколько бы раз он его ни дал, чтобы малые числа скрывались для людей, а не для повторов.</numerusform><numerusform>%n вопросов, задаваемых один раз в каждом повторе (например, о каждом названном наркотике), находятся {where} и считаются по людям, а не по повторам: человек учитывается для ответа один раз, сколько бы раз он его ни дал, чтобы малые числа скрывались для людей, а не для повторов.</numerusform></translation>
    </message>
    <message>
        <source>1 question inside repeats that is not answered by choosing (a number, a date, a written answer) is not in these tables: see the interview-level files, which have one row per instance and stay within the group.</source>
        <translation>1 вопрос внутри повторов, на который отвечают не выбором (число, дата, письменный ответ), не вошёл в эти таблицы: смотрите файлы по интервью, где по строке на каждый повтор; они остаются внутри группы.</translation>
    </message>
    <message numerus="yes">
        <source>%n questions inside repeats that are not answered by choosing (numbers, dates, written answers) are not in these tables: see the interview-level files, which have one row per instance and stay within the group.</source>
        <translation><numerusform>%n вопрос внутри повторов, на который отвечают не выбором (числа, даты, письменные ответы), не вошёл в эти таблицы: смотрите файлы по интервью, где по строке на каждый повтор; они остаются внутри группы.</numerusform><numerusform>%n вопроса внутри повторов, на которые отвечают не выбором (числа, даты, письменные ответы), не вошли в эти таблицы: смотрите файлы по интервью, где по строке на каждый повтор; они остаются внутри группы.</numerusform><numerusform>%n вопросов внутри повторов, на которые отвечают не выбором (числа, даты, письменные ответы), не вошли в эти таблицы: смотрите файлы по интервью, где по строке на каждый повтор; они остаются внутри группы.</numerusform></translation>
    </message>
</context>
</TS>