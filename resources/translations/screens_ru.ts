<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>About</name>
    <message>
        <source>still opening</source>
        <translation>ещё открывается</translation>
    </message>
    <message>
        <source>Backups are kept beside it: one a day, and before every upgrade, purge and restore.</source>
        <translation>Рядом хранятся резервные копии: одна в день и перед каждым обновлением, окончательным удалением и восстановлением.</translation>
    </message>
    <message>
        <source>Surveys by peer researchers, offline: questionnaires, interviews, summary tables and exports for the health board.</source>
        <translation>Опросы, которые проводят равные исследователи, без интернета: анкеты, интервью, сводные таблицы и выгрузки для органа здравоохранения.</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later ({licence}). You may share and change DuoDesk under its terms; it comes with no warranty.</source>
        <translation>Лицензия: GNU General Public License, версия 3 или новее ({licence}). Вы можете распространять и изменять DuoDesk на её условиях; программа предоставляется без гарантий.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This project:&lt;/b&gt; {project}</source>
        <translation>&lt;b&gt;Этот проект:&lt;/b&gt; {project}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Log files:&lt;/b&gt; {folder}</source>
        <translation>&lt;b&gt;Файлы журнала:&lt;/b&gt; {folder}</translation>
    </message>
    <message>
        <source>About DuoDesk</source>
        <translation>О DuoDesk</translation>
    </message>
    <message>
        <source>&amp;About DuoDesk</source>
        <translation>&amp;О DuoDesk</translation>
    </message>
</context>
<context>
    <name>AccessHooks</name>
    <message>
        <source>Not for this role</source>
        <translation>Не для этой роли</translation>
    </message>
    <message>
        <source>P&amp;eople and roles…</source>
        <translation>&amp;Люди и роли…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>В&amp;ыйти</translation>
    </message>
    <message>
        <source>Signed in: {person}</source>
        <translation>Вошли: {person}</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Both gave it</source>
        <translation>Дали оба</translation>
    </message>
    <message>
        <source>Main only</source>
        <translation>Только основной</translation>
    </message>
    <message>
        <source>Second only</source>
        <translation>Только второй</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>Никто</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Kappa</source>
        <translation>Каппа</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Main coding (blind)</source>
        <translation>Основное кодирование (вслепую)</translation>
    </message>
    <message>
        <source>Second coder</source>
        <translation>Второй кодировщик</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>almost perfect</source>
        <translation>почти полное</translation>
    </message>
    <message>
        <source>substantial</source>
        <translation>сильное</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>среднее</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>слабое</translation>
    </message>
    <message>
        <source>slight</source>
        <translation>очень слабое</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>плохое</translation>
    </message>
    <message>
        <source>cannot say</source>
        <translation>нельзя сказать</translation>
    </message>
    <message>
        <source>{kappa} {words}</source>
        <translation>{kappa} {words}</translation>
    </message>
    <message>
        <source>Agreement between coders</source>
        <translation>Согласие кодировщиков</translation>
    </message>
    <message>
        <source>The main coding compared with:</source>
        <translation>Основное кодирование сравнить с:</translation>
    </message>
    <message>
        <source>Agreement per theme</source>
        <translation>Согласие по темам</translation>
    </message>
    <message>
        <source>Answers coded differently</source>
        <translation>Ответы, закодированные по-разному</translation>
    </message>
    <message>
        <source>Themes the answer keeps: tick each one to keep</source>
        <translation>Темы, которые остаются у ответа: отметьте каждую</translation>
    </message>
    <message>
        <source>Not codable</source>
        <translation>Нельзя закодировать</translation>
    </message>
    <message>
        <source>&amp;Save the agreed coding for this answer</source>
        <translation>&amp;Сохранить общее кодирование ответа</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>The agreed coding of the answer chosen above: keep the themes you both agree on, and only those (both coders' or one coder's). Keep no theme and the answer is saved as Not codable: it fits none of the themes.</source>
        <translation>Общее кодирование выбранного выше ответа: оставьте темы, о которых вы договорились, и только их (обоих кодировщиков или одного). Без тем ответ сохраняется как «Нельзя закодировать»: он не подходит ни к одной теме.</translation>
    </message>
    <message>
        <source>Answers coded differently (settle them together):</source>
        <translation>Ответы, закодированные по-разному (решите вместе):</translation>
    </message>
    <message>
        <source>Nobody has coded these answers as a second coder yet. A second coder types their name in the coding screen's Coder box and codes the answers blind.</source>
        <translation>Никто ещё не кодировал эти ответы как второй кодировщик. Второй кодировщик вводит своё имя в поле «Кодировщик» на экране кодирования и кодирует вслепую.</translation>
    </message>
    <message>
        <source>compare the coders</source>
        <translation>сравнить кодировщиков</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answers coded by both.</source>
        <translation>
            <numerusform>%Ln ответ закодирован обоими.</numerusform>
            <numerusform>%Ln ответа закодированы обоими.</numerusform>
            <numerusform>%Ln ответов закодированы обоими.</numerusform>
        </translation>
    </message>
    <message>
        <source>{identical} ({share}) were given exactly the same themes.</source>
        <translation>{identical} ({share}) получили точно те же темы.</translation>
    </message>
    <message>
        <source>Kappa: 1 is perfect agreement, 0 no better than chance.</source>
        <translation>Каппа: 1 — полное согласие, 0 — не лучше случайности.</translation>
    </message>
    <message>
        <source>These figures compare the coders' blind coding: settling an answer below changes the main coding, not them.</source>
        <translation>Эти числа сравнивают слепое кодирование: решение ответа ниже меняет основное кодирование, а не их.</translation>
    </message>
    <message>
        <source>no theme</source>
        <translation>нет темы</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ещё нет</translation>
    </message>
    <message>
        <source>Yes: {themes}</source>
        <translation>Да: {themes}</translation>
    </message>
    <message>
        <source>both coders</source>
        <translation>оба кодировщика</translation>
    </message>
    <message>
        <source>main coding</source>
        <translation>основное кодирование</translation>
    </message>
    <message>
        <source>second coder</source>
        <translation>второй кодировщик</translation>
    </message>
    <message>
        <source>{theme}   (given by: {whose})</source>
        <translation>{theme}   (дал: {whose})</translation>
    </message>
    <message>
        <source>save the coding</source>
        <translation>сохранить кодирование</translation>
    </message>
</context>
<context>
    <name>AnswerRulesEditor</name>
    <message>
        <source>Lowest number allowed</source>
        <translation>Наименьшее допустимое число</translation>
    </message>
    <message>
        <source>Highest number allowed</source>
        <translation>Наибольшее допустимое число</translation>
    </message>
    <message>
        <source>The date cannot be in the future</source>
        <translation>Дата не может быть в будущем</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>без ограничения</translation>
    </message>
    <message>
        <source>Most answers that can be ticked</source>
        <translation>Сколько ответов можно отметить самое большее</translation>
    </message>
    <message>
        <source>Option that cannot be ticked with others</source>
        <translation>Вариант, который нельзя отмечать с другими</translation>
    </message>
    <message>
        <source>Answer rule written by hand</source>
        <translation>Правило ответа, написанное вручную</translation>
    </message>
    <message>
        <source>Write the rule by hand instead…</source>
        <translation>Написать правило вручную…</translation>
    </message>
    <message>
        <source>Lowest allowed:</source>
        <translation>Не меньше:</translation>
    </message>
    <message>
        <source>Highest allowed:</source>
        <translation>Не больше:</translation>
    </message>
    <message>
        <source>At most this many ticks:</source>
        <translation>Отметок не больше:</translation>
    </message>
    <message>
        <source>Cannot be ticked with others:</source>
        <translation>Не вместе с другими:</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Правило:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Empty: any answer is allowed.</source>
        <translation>Пусто: любой ответ допустим.</translation>
    </message>
    <message>
        <source>⚠ {problem} (at character {position})</source>
        <translation>⚠ {problem} (на символе {position})</translation>
    </message>
    <message>
        <source>✓ This rule can be used.</source>
        <translation>✓ Это правило можно использовать.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>When (UTC)</source>
        <translation>Когда (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>About</source>
        <translation>О чём</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Журнал действий</translation>
    </message>
    <message numerus="yes">
        <source>The trail holds together: %Ln records, none of them changed and none removed between them. Records cut off at the end are not found this way: compare the fingerprint below with the one you noted down last time.</source>
        <translation>
            <numerusform>Журнал цел: %Ln запись, ни одна не изменена и не удалена между другими. Записи, отрезанные в конце, так не обнаружить: сравните отпечаток ниже с тем, что вы записали в прошлый раз.</numerusform>
            <numerusform>Журнал цел: %Ln записи, ни одна не изменена и не удалена между другими. Записи, отрезанные в конце, так не обнаружить: сравните отпечаток ниже с тем, что вы записали в прошлый раз.</numerusform>
            <numerusform>Журнал цел: %Ln записей, ни одна не изменена и не удалена между другими. Записи, отрезанные в конце, так не обнаружить: сравните отпечаток ниже с тем, что вы записали в прошлый раз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fingerprint of the newest record: {fingerprint}</source>
        <translation>Отпечаток самой новой записи: {fingerprint}</translation>
    </message>
    <message>
        <source>Note it down (on paper, away from this laptop) each time you look: if a later check shows a fingerprint you did not note down, the newest records may have been cut off.</source>
        <translation>Записывайте его (на бумаге, отдельно от этого ноутбука) при каждом просмотре: если при следующей проверке отпечаток окажется не тем, что вы записали, самые новые записи могли быть отрезаны.</translation>
    </message>
    <message>
        <source>But the first {count} carry no key (written by an older DuoDesk, or rewritten by someone with the file): DuoDesk cannot vouch for them.</source>
        <translation>Но первые ({count}) не имеют ключа (записаны более старым DuoDesk или переписаны кем-то, у кого есть файл): DuoDesk не может за них ручаться.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The trail cannot be checked in full on this laptop: {reason}.&lt;/b&gt; If this project was not used on another laptop, keep a copy of it and tell the coordinator.</source>
        <translation>&lt;b&gt;Журнал нельзя полностью проверить на этом ноутбуке: {reason}.&lt;/b&gt; Если этот проект не использовался на другом ноутбуке, сохраните его копию и сообщите координатору.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The trail is broken: {reason}.&lt;/b&gt; Someone changed the project file outside DuoDesk. Keep a copy of it and tell the coordinator.</source>
        <translation>&lt;b&gt;Журнал нарушен: {reason}.&lt;/b&gt; Кто-то изменил файл проекта не через DuoDesk. Сохраните его копию и сообщите координатору.</translation>
    </message>
</context>
<context>
    <name>BandsEditor</name>
    <message>
        <source>Number question the bands are made from</source>
        <translation>Числовой вопрос, из которого делаются группы</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>Группы</translation>
    </message>
    <message>
        <source>Less than</source>
        <translation>Меньше чем</translation>
    </message>
    <message>
        <source>Call it</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Include the number itself (“up to 50”)</source>
        <translation>Включая само число («до 50»)</translation>
    </message>
    <message>
        <source>Name for every other answer</source>
        <translation>Название для всех остальных ответов</translation>
    </message>
    <message>
        <source>for example: 40 and over</source>
        <translation>например: 40 и больше</translation>
    </message>
    <message>
        <source>Add a band</source>
        <translation>Добавить группу</translation>
    </message>
    <message>
        <source>Remove the chosen band</source>
        <translation>Убрать выбранную группу</translation>
    </message>
    <message>
        <source>Put the answers to this number question:</source>
        <translation>Разложить ответы на этот числовой вопрос:</translation>
    </message>
    <message>
        <source>into these bands:</source>
        <translation>по этим группам:</translation>
    </message>
    <message>
        <source>Every other answer is called:</source>
        <translation>Любой другой ответ называется:</translation>
    </message>
    <message>
        <source>(choose a number question)</source>
        <translation>(выберите числовой вопрос)</translation>
    </message>
    <message>
        <source>This calculation was written by hand and is kept as it is. Fill in the bands below to replace it.</source>
        <translation>Этот расчёт написан вручную и остаётся как есть. Заполните группы ниже, чтобы заменить его.</translation>
    </message>
    <message>
        <source>Choose a number question and the bands to put its answers into.</source>
        <translation>Выберите числовой вопрос и группы для его ответов.</translation>
    </message>
    <message>
        <source>Fill in a number question, each band and every other answer.</source>
        <translation>Заполните числовой вопрос, каждую группу и остальные ответы.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Chart</source>
        <translation>График</translation>
    </message>
    <message>
        <source>There is nothing to draw for this question.</source>
        <translation>Для этого вопроса нечего рисовать.</translation>
    </message>
    <message>
        <source>There is no chart to save for this question.</source>
        <translation>Для этого вопроса нет графика для сохранения.</translation>
    </message>
    <message>
        <source>{path}: the picture could not be written there.</source>
        <translation>{path}: не удалось записать туда картинку.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Number of people</source>
        <translation>Число людей</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>% of those who answered each statement</source>
        <translation>% ответивших на каждое утверждение</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>Problems found in the questionnaire</source>
        <translation>Проблемы, найденные в анкете</translation>
    </message>
    <message>
        <source>Must be fixed: {problem}</source>
        <translation>Нужно исправить: {problem}</translation>
    </message>
    <message>
        <source>Check: {problem}</source>
        <translation>Проверьте: {problem}</translation>
    </message>
    <message>
        <source>Click to go to it</source>
        <translation>Нажмите, чтобы перейти</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Проблем не найдено.</translation>
    </message>
    <message numerus="yes">
        <source>%n things to look at (click one to go there):</source>
        <translation>
            <numerusform>%n пункт для проверки (нажмите, чтобы перейти):</numerusform>
            <numerusform>%n пункта для проверки (нажмите на один, чтобы перейти):</numerusform>
            <numerusform>%n пунктов для проверки (нажмите на один, чтобы перейти):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <source>Frequency table</source>
        <translation>Таблица частот</translation>
    </message>
    <message>
        <source>{count_heading} giving each answer</source>
        <translation>{count_heading}, давших каждый ответ</translation>
    </message>
    <message>
        <source>{count_heading} with each answer</source>
        <translation>{count_heading} с каждым ответом</translation>
    </message>
    <message>
        <source>Bar chart of the answers to: {question}</source>
        <translation>Столбчатая диаграмма ответов на: {question}</translation>
    </message>
    <message>
        <source>Nobody answered this question in these interviews.</source>
        <translation>В этих интервью никто не ответил на этот вопрос.</translation>
    </message>
</context>
<context>
    <name>ChoicesEditor</name>
    <message>
        <source>Answer options to use</source>
        <translation>Какие варианты ответа использовать</translation>
    </message>
    <message>
        <source>Name of this list of options</source>
        <translation>Название этого списка вариантов</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Варианты:</translation>
    </message>
    <message>
        <source>Name of the answer list:</source>
        <translation>Имя списка ответов:</translation>
    </message>
    <message>
        <source>Answer options</source>
        <translation>Варианты ответа</translation>
    </message>
    <message>
        <source>New option</source>
        <translation>Новый вариант</translation>
    </message>
    <message>
        <source>Type a new option and press Enter</source>
        <translation>Введите новый вариант и нажмите Enter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Add “{label}”</source>
        <translation>Добавить «{label}»</translation>
    </message>
    <message>
        <source>Add {label} as a code for no answer</source>
        <translation>Добавить {label} как код «нет ответа»</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message numerus="yes">
        <source>These options are shared by %n questions: a change here changes them all.</source>
        <translation>
            <numerusform>Эти варианты общие для %n вопроса: изменение здесь меняет их во всех.</numerusform>
            <numerusform>Эти варианты общие для %n вопросов: изменение здесь меняет их во всех.</numerusform>
            <numerusform>Эти варианты общие для %n вопросов: изменение здесь меняет их во всех.</numerusform>
        </translation>
    </message>
    <message>
        <source>These options come from {file}, which was not added with the questionnaire. DuoDesk asks for it when an interview starts.</source>
        <translation>Эти варианты берутся из {file}, который не добавили вместе с анкетой. DuoDesk попросит его в начале интервью.</translation>
    </message>
    <message>
        <source>Option ({language})</source>
        <translation>Вариант ({language})</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Вариант</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Code for
no answer</source>
        <translation>Код
«нет ответа»</translation>
    </message>
    <message>
        <source>Code for no answer</source>
        <translation>Код «нет ответа»</translation>
    </message>
    <message>
        <source>Not a code for no answer</source>
        <translation>Не код «нет ответа»</translation>
    </message>
    <message>
        <source>{name}: (no options yet)</source>
        <translation>{name}: (вариантов пока нет)</translation>
    </message>
    <message>
        <source>New list of options</source>
        <translation>Новый список вариантов</translation>
    </message>
    <message>
        <source>Add the option “{label}”</source>
        <translation>Добавить вариант «{label}»</translation>
    </message>
    <message>
        <source>Move an option</source>
        <translation>Переместить вариант</translation>
    </message>
    <message>
        <source>Remove the option “{code}”</source>
        <translation>Убрать вариант «{code}»</translation>
    </message>
    <message>
        <source>Change an option</source>
        <translation>Изменить вариант</translation>
    </message>
    <message>
        <source>Change an option's code</source>
        <translation>Изменить код варианта</translation>
    </message>
    <message>
        <source>Mark a code for no answer</source>
        <translation>Отметить код «нет ответа»</translation>
    </message>
    <message>
        <source>Unmark a code for no answer</source>
        <translation>Снять отметку кода «нет ответа»</translation>
    </message>
    <message>
        <source>Rename the list “{name}”</source>
        <translation>Переименовать список «{name}»</translation>
    </message>
</context>
<context>
    <name>ChoosePassphraseDialog</name>
    <message>
        <source>Too short</source>
        <translation>Слишком короткая</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Слабая</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Средняя</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Хорошая</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Надёжная</translation>
    </message>
    <message>
        <source>Choose words you will remember, for example four words that do not belong together (at least {minimum} characters). Write it down and keep it somewhere safe, away from the laptop: without it nobody can open the project, not even the people who made DuoDesk.</source>
        <translation>Выберите слова, которые вы запомните, например четыре не связанных друг с другом слова (не меньше {minimum} знаков). Запишите её и храните в надёжном месте, не рядом с компьютером: без неё никто не откроет проект, даже создатели DuoDesk.</translation>
    </message>
    <message>
        <source>Lock the project with a passphrase</source>
        <translation>Закрыть проект кодовой фразой</translation>
    </message>
    <message>
        <source>The interviews in this project are about people's health and drug use. With a passphrase the project file is encrypted: anyone who copies it from this laptop sees nothing.</source>
        <translation>Интервью в этом проекте — о здоровье людей и употреблении наркотиков. С кодовой фразой файл проекта зашифрован: тот, кто скопирует его с этого компьютера, ничего не увидит.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Новая кодовая фраза</translation>
    </message>
    <message>
        <source>The new passphrase again</source>
        <translation>Новая кодовая фраза ещё раз</translation>
    </message>
    <message>
        <source>How strong the passphrase is</source>
        <translation>Насколько надёжна кодовая фраза</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Новая кодовая фраза:</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>Введите ещё раз:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Надёжность:</translation>
    </message>
    <message>
        <source>Use this passphrase</source>
        <translation>Взять эту кодовую фразу</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <source>DuoDesk will remind you every time it starts.</source>
        <translation>DuoDesk будет напоминать при каждом запуске.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>Две кодовые фразы не совпадают. Введите их снова.</translation>
    </message>
</context>
<context>
    <name>CodingWindow</name>
    <message>
        <source>Not coded yet</source>
        <translation>Ещё не закодирован</translation>
    </message>
    <message>
        <source>Coded</source>
        <translation>Закодирован</translation>
    </message>
    <message>
        <source>Not codable</source>
        <translation>Нельзя закодировать</translation>
    </message>
    <message>
        <source>Not offered for coding: {names}. The questionnaire marks this question as identifying (the answers could tell who a person is), so they are never coded into themes or quoted.</source>
        <translation>Не предлагается для кодирования: {names}. Анкета отмечает этот вопрос как идентифицирующий (ответы могут выдать человека), поэтому они никогда не кодируются и не цитируются.</translation>
    </message>
    <message>
        <source>Not offered for coding: {names}. The questionnaire marks these questions as identifying (the answers could tell who a person is), so they are never coded into themes or quoted.</source>
        <translation>Не предлагаются для кодирования: {names}. Анкета отмечает эти вопросы как идентифицирующие (ответы могут выдать человека), поэтому они никогда не кодируются и не цитируются.</translation>
    </message>
    <message>
        <source>Code written answers into themes: {title}</source>
        <translation>Темы для письменных ответов: {title}</translation>
    </message>
    <message>
        <source>Code written answers into themes</source>
        <translation>Темы для письменных ответов</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Main coding</source>
        <translation>Основное кодирование</translation>
    </message>
    <message>
        <source>Second coder's name (empty: the main coding)</source>
        <translation>Имя второго кодировщика (пусто: основное кодирование)</translation>
    </message>
    <message>
        <source>Leave empty for the main coding, the one counted in Results. A second coder types their name and codes without seeing the main coding.</source>
        <translation>Оставьте пустым для основного кодирования, которое считается в Результатах. Второй кодировщик вводит своё имя и кодирует, не видя основного.</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Вопрос:</translation>
    </message>
    <message>
        <source>Coder:</source>
        <translation>Кодировщик:</translation>
    </message>
    <message>
        <source>Which answer, site and date</source>
        <translation>Какой ответ, место и дата</translation>
    </message>
    <message>
        <source>The written answer: press 1 to 9 to give a theme</source>
        <translation>Письменный ответ: нажмите 1–9, чтобы дать тему</translation>
    </message>
    <message>
        <source>Coding of this answer</source>
        <translation>Кодирование этого ответа</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Назад</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Далее ▶</translation>
    </message>
    <message>
        <source>Next not coded</source>
        <translation>Следующий без темы</translation>
    </message>
    <message>
        <source>Not codable (0)</source>
        <translation>Нельзя закодировать (0)</translation>
    </message>
    <message>
        <source>Themes: press a theme's number to give it</source>
        <translation>Темы: нажмите номер темы, чтобы дать её</translation>
    </message>
    <message>
        <source>A new theme</source>
        <translation>Новая тема</translation>
    </message>
    <message>
        <source>Name of a new theme</source>
        <translation>Название новой темы</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Describe…</source>
        <translation>Описать…</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Слить с…</translation>
    </message>
    <message>
        <source>Themes (press 1 to 9 to give or take one away)</source>
        <translation>Темы (нажмите 1–9, чтобы дать или убрать)</translation>
    </message>
    <message>
        <source>Agreement between coders…</source>
        <translation>Согласие кодировщиков…</translation>
    </message>
    <message>
        <source>Quotes…</source>
        <translation>Цитаты…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>This questionnaire has no question answered in words, so there is nothing to code.</source>
        <translation>В этой анкете нет вопросов с ответом словами, кодировать нечего.</translation>
    </message>
    <message>
        <source>Questions not offered for coding</source>
        <translation>Вопросы, не предложенные для кодирования</translation>
    </message>
    <message>
        <source>{coder}'s coding</source>
        <translation>кодирование: {coder}</translation>
    </message>
    <message>
        <source>the main coding</source>
        <translation>основное кодирование</translation>
    </message>
    <message numerus="yes">
        <source>{coded} of %Ln answers coded ({whose}).</source>
        <translation>
            <numerusform>Закодировано {coded} из %Ln ответа ({whose}).</numerusform>
            <numerusform>Закодировано {coded} из %Ln ответов ({whose}).</numerusform>
            <numerusform>Закодировано {coded} из %Ln ответов ({whose}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody has answered this question in words yet.</source>
        <translation>Никто ещё не ответил на этот вопрос словами.</translation>
    </message>
    <message>
        <source>There is nothing to code here: the only question answered in words is marked as identifying (see above).</source>
        <translation>Здесь нечего кодировать: единственный вопрос с ответом словами отмечен как идентифицирующий (см. выше).</translation>
    </message>
    <message>
        <source>There is nothing to code here: every question answered in words is marked as identifying (see above).</source>
        <translation>Здесь нечего кодировать: все вопросы с ответом словами отмечены как идентифицирующие (см. выше).</translation>
    </message>
    <message>
        <source>Answer {number} of {total}</source>
        <translation>Ответ {number} из {total}</translation>
    </message>
    <message>
        <source>no site</source>
        <translation>нет места</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>нет даты</translation>
    </message>
    <message>
        <source>Themes: {themes}</source>
        <translation>Темы: {themes}</translation>
    </message>
    <message>
        <source>Every answer is coded.</source>
        <translation>Все ответы закодированы.</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Темы</translation>
    </message>
    <message>
        <source>Rename the theme</source>
        <translation>Переименовать тему</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Новое название:</translation>
    </message>
    <message>
        <source>Describe the theme</source>
        <translation>Описать тему</translation>
    </message>
    <message>
        <source>What answers given “{theme}” have in common (shown in the codebook):</source>
        <translation>Что общего у ответов с темой «{theme}» (видно в кодовой книге):</translation>
    </message>
    <message>
        <source>Merge the theme</source>
        <translation>Слить тему</translation>
    </message>
    <message>
        <source>Every answer given “{theme}” gets this theme instead, and “{theme}” is removed:</source>
        <translation>Каждый ответ с темой «{theme}» получает вместо неё эту тему, а «{theme}» удаляется:</translation>
    </message>
    <message>
        <source>A second coder codes without seeing the main coding, so agreement and quotes are shown only in the main coding: empty the second coder's name to see them.</source>
        <translation>Второй кодировщик работает, не видя основного кодирования, поэтому согласие и цитаты видны только в основном. Сотрите имя второго кодировщика, чтобы их увидеть.</translation>
    </message>
    <message>
        <source>save the coding</source>
        <translation>сохранить кодирование</translation>
    </message>
</context>
<context>
    <name>Command line</name>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>не удаётся прочитать {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <source>Question the condition looks at</source>
        <translation>Вопрос, на который смотрит условие</translation>
    </message>
    <message>
        <source>How the answer is compared</source>
        <translation>Как сравнивается ответ</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Убрать это условие</translation>
    </message>
</context>
<context>
    <name>CrosstabView</name>
    <message>
        <source>less than 0.001</source>
        <translation>меньше 0,001</translation>
    </message>
    <message>
        <source>Chi-square cannot be worked out for this table: it needs at least two answers given for each question.</source>
        <translation>Хи-квадрат для этой таблицы посчитать нельзя: нужно хотя бы два разных ответа на каждый вопрос.</translation>
    </message>
    <message>
        <source>Chi-square = {chi_square} with {degrees} degrees of freedom, p = {p}.</source>
        <translation>Хи-квадрат = {chi_square}, степеней свободы: {degrees}, p = {p}.</translation>
    </message>
    <message>
        <source>Fisher's exact test (two-sided): p = {p}.</source>
        <translation>Точный тест Фишера (двусторонний): p = {p}.</translation>
    </message>
    <message>
        <source>p below 0.05: the answers to the two questions are probably related.</source>
        <translation>p меньше 0,05: ответы на эти два вопроса, вероятно, связаны.</translation>
    </message>
    <message>
        <source>p of 0.05 or more: no clear sign that the answers to the two questions are related.</source>
        <translation>p 0,05 или больше: нет явных признаков того, что ответы на эти два вопроса связаны.</translation>
    </message>
    <message>
        <source>This project hides numbers from 1 to {threshold} in everything that leaves the group, so this table hides them as the workbook would: “{hidden}” marks a number fewer than {above}, or one hidden so that such a number cannot be worked out from the totals (which is which is not said: that too would help to work them out). Their percentages are hidden too.</source>
        <translation>Этот проект скрывает числа от 1 до {threshold} во всём, что выходит из группы, поэтому таблица скрывает их, как рабочая книга: «{hidden}» означает число меньше {above} или число, скрытое, чтобы такое число нельзя было вычислить из итогов (какое из них — не говорится: это тоже помогло бы их вычислить). Их проценты тоже скрыты.</translation>
    </message>
    <message>
        <source>Question down the side (rows)</source>
        <translation>Вопрос сбоку (строки)</translation>
    </message>
    <message>
        <source>Question across the top (columns)</source>
        <translation>Вопрос сверху (столбцы)</translation>
    </message>
    <message>
        <source>What each cell shows</source>
        <translation>Что показывает каждая клетка</translation>
    </message>
    <message>
        <source>&amp;Make the table</source>
        <translation>&amp;Построить таблицу</translation>
    </message>
    <message>
        <source>&amp;Copy the table</source>
        <translation>&amp;Копировать таблицу</translation>
    </message>
    <message>
        <source>Copy the table of two questions, to paste into a document</source>
        <translation>Скопировать таблицу двух вопросов, чтобы вставить в документ</translation>
    </message>
    <message>
        <source>&amp;Rows (down the side):</source>
        <translation>&amp;Строки (сбоку):</translation>
    </message>
    <message>
        <source>Col&amp;umns (across the top):</source>
        <translation>Сто&amp;лбцы (сверху):</translation>
    </message>
    <message>
        <source>&amp;Each cell shows:</source>
        <translation>&amp;Клетка показывает:</translation>
    </message>
    <message>
        <source>Choose two questions and press “Make the table”.</source>
        <translation>Выберите два вопроса и нажмите «Построить таблицу».</translation>
    </message>
    <message>
        <source>Chi-square test</source>
        <translation>Тест хи-квадрат</translation>
    </message>
    <message>
        <source>Warning about small numbers</source>
        <translation>Предупреждение о малых числах</translation>
    </message>
    <message>
        <source>Small numbers hidden</source>
        <translation>Малые числа скрыты</translation>
    </message>
    <message>
        <source>Two questions compared</source>
        <translation>Два вопроса в сравнении</translation>
    </message>
    <message>
        <source>{question} (each instance of “{repeat}”)</source>
        <translation>{question} (каждый случай «{repeat}»)</translation>
    </message>
    <message>
        <source>Choose two different questions.</source>
        <translation>Выберите два разных вопроса.</translation>
    </message>
    <message>
        <source>Working it out…</source>
        <translation>Считаем…</translation>
    </message>
    <message numerus="yes">
        <source>“{rows}” (rows) by “{columns}” (columns): the {total} {things} named by %Ln people with an answer to both (answers counted as no answer left out).</source>
        <translation>
            <numerusform>«{rows}» (строки) по «{columns}» (столбцы): {total} ({things}), названные %Ln человеком с ответом на оба вопроса (без ответов, засчитанных как «нет ответа»).</numerusform>
            <numerusform>«{rows}» (строки) по «{columns}» (столбцы): {total} ({things}), названные %Ln людьми с ответом на оба вопроса (без ответов, засчитанных как «нет ответа»).</numerusform>
            <numerusform>«{rows}» (строки) по «{columns}» (столбцы): {total} ({things}), названные %Ln людьми с ответом на оба вопроса (без ответов, засчитанных как «нет ответа»).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{rows}” (rows) by “{columns}” (columns): the %Ln people who gave an answer to both (answers counted as no answer left out).</source>
        <translation>
            <numerusform>«{rows}» (строки) по «{columns}» (столбцы): %Ln человек, ответивший на оба вопроса (без ответов, засчитанных как «нет ответа»).</numerusform>
            <numerusform>«{rows}» (строки) по «{columns}» (столбцы): %Ln человека, ответивших на оба вопроса (без ответов, засчитанных как «нет ответа»).</numerusform>
            <numerusform>«{rows}» (строки) по «{columns}» (столбцы): %Ln человек, ответивших на оба вопроса (без ответов, засчитанных как «нет ответа»).</numerusform>
        </translation>
    </message>
    <message>
        <source>Number of {things}</source>
        <translation>Число: {things}</translation>
    </message>
    <message>
        <source>% of all {things}</source>
        <translation>% от всех: {things}</translation>
    </message>
    <message>
        <source>No chi-square or Fisher test is shown: with some numbers hidden, its result could be used to work them out.</source>
        <translation>Тест хи-квадрат и тест Фишера не показаны: когда числа скрыты, по их результату можно было бы их вычислить.</translation>
    </message>
    <message>
        <source>Each cell shows: {shows}</source>
        <translation>Клетка показывает: {shows}</translation>
    </message>
    <message>
        <source>{rows} by {columns}</source>
        <translation>{rows} по {columns}</translation>
    </message>
</context>
<context>
    <name>Designer</name>
    <message>
        <source>Don't know</source>
        <translation>Не знаю</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>Предпочитаю не говорить</translation>
    </message>
    <message>
        <source>One answer from a list</source>
        <translation>Один ответ из списка</translation>
    </message>
    <message>
        <source>Several answers from a list</source>
        <translation>Несколько ответов из списка</translation>
    </message>
    <message>
        <source>Written answer</source>
        <translation>Письменный ответ</translation>
    </message>
    <message>
        <source>Whole number</source>
        <translation>Целое число</translation>
    </message>
    <message>
        <source>Number with decimals</source>
        <translation>Число с дробью</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <source>Information to read out (no answer)</source>
        <translation>Текст для чтения (без ответа)</translation>
    </message>
    <message>
        <source>Worked out from other answers</source>
        <translation>Вычисляется из других ответов</translation>
    </message>
    <message>
        <source>Location (typed, or left blank)</source>
        <translation>Место (ввести или оставить пустым)</translation>
    </message>
    <message>
        <source>Line on a map (typed, or left blank)</source>
        <translation>Линия на карте (ввести или оставить пустой)</translation>
    </message>
    <message>
        <source>Shape on a map (typed, or left blank)</source>
        <translation>Фигура на карте (ввести или оставить пустой)</translation>
    </message>
    <message>
        <source>Photo (a file attached)</source>
        <translation>Фото (прикреплённый файл)</translation>
    </message>
    <message>
        <source>Recording (a file attached)</source>
        <translation>Запись (прикреплённый файл)</translation>
    </message>
    <message>
        <source>Video (a file attached)</source>
        <translation>Видео (прикреплённый файл)</translation>
    </message>
    <message>
        <source>File attached</source>
        <translation>Прикреплённый файл</translation>
    </message>
    <message>
        <source>Barcode (typed)</source>
        <translation>Штрихкод (ввести)</translation>
    </message>
    <message>
        <source>Number in a range</source>
        <translation>Число в диапазоне</translation>
    </message>
    <message>
        <source>OK to tick</source>
        <translation>«OK» для отметки</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Линия</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Фигура</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>One answer</source>
        <translation>Один ответ</translation>
    </message>
    <message>
        <source>Several answers</source>
        <translation>Несколько ответов</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Письменный</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Информация</translation>
    </message>
    <message>
        <source>Worked out</source>
        <translation>Вычисляется</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Print on paper</source>
        <translation>Печать на бумаге</translation>
    </message>
    <message>
        <source>How many numbered copies? Each gets its own datasheet number, so a sheet typed in can be found again (0: one copy with a space to write the number).</source>
        <translation>Сколько пронумерованных копий? У каждой свой номер бланка, чтобы введённый бланк можно было найти (0: одна копия с местом для номера).</translation>
    </message>
    <message>
        <source>Number of the first copy:</source>
        <translation>Номер первой копии:</translation>
    </message>
    <message>
        <source>The paper questionnaire is in {path}</source>
        <translation>Бумажная анкета сохранена в {path}</translation>
    </message>
    <message>
        <source>Save as XLSForm</source>
        <translation>Сохранить как XLSForm</translation>
    </message>
    <message>
        <source>XLSForm workbooks (*.xlsx)</source>
        <translation>Книги XLSForm (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved as an XLSForm in {path}, with {files} next to it</source>
        <translation>Сохранено как XLSForm в {path}, рядом {files}</translation>
    </message>
    <message>
        <source>Saved as an XLSForm in {path}</source>
        <translation>Сохранено как XLSForm в {path}</translation>
    </message>
    <message>
        <source>Bring in an XLSForm</source>
        <translation>Загрузить XLSForm</translation>
    </message>
    <message>
        <source>This file cannot be used</source>
        <translation>Этот файл нельзя использовать</translation>
    </message>
    <message>
        <source>Bring in {file}</source>
        <translation>Загрузить {file}</translation>
    </message>
    <message>
        <source>New questionnaire</source>
        <extracomment>A new questionnaire's title until it is given one, in the interface language.</extracomment>
        <translation>Новая анкета</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Repeated section</source>
        <translation>Повторяемый раздел</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Filled in by the program</source>
        <translation>Заполняет программа</translation>
    </message>
    <message>
        <source>is</source>
        <extracomment>How each comparison reads in the builder (the core's own words are its English ones).</extracomment>
        <translation>равен</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>не равен</translation>
    </message>
    <message>
        <source>includes</source>
        <translation>включает</translation>
    </message>
    <message>
        <source>does not include</source>
        <translation>не включает</translation>
    </message>
    <message>
        <source>is more than</source>
        <translation>больше чем</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>меньше чем</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Try the questionnaire</source>
        <translation>Попробовать анкету</translation>
    </message>
    <message>
        <source>Print on paper (PDF)…</source>
        <translation>Печать на бумаге (PDF)…</translation>
    </message>
    <message>
        <source>Bring in an XLSForm…</source>
        <translation>Загрузить XLSForm…</translation>
    </message>
    <message>
        <source>Save as XLSForm…</source>
        <translation>Сохранить как XLSForm…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Close the designer (Escape); you are asked about changes</source>
        <translation>Закрыть конструктор (Esc); вас спросят об изменениях</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>Конструктор</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>&amp;Add a question</source>
        <translation>&amp;Добавить вопрос</translation>
    </message>
    <message>
        <source>Add a question (Ctrl+Shift+N)</source>
        <translation>Добавить вопрос (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>A section (a group of questions)</source>
        <translation>Раздел (группа вопросов)</translation>
    </message>
    <message>
        <source>A repeated section (asked for each one: each drug, each service)</source>
        <translation>Повторяемый раздел (для каждого: каждого вещества, каждой службы)</translation>
    </message>
    <message>
        <source>A grid (statements on one scale)</source>
        <translation>Таблица (утверждения на одной шкале)</translation>
    </message>
    <message>
        <source>Title and languages</source>
        <translation>Название и языки</translation>
    </message>
    <message>
        <source>What the interviewer will see</source>
        <translation>Что увидит интервьюер</translation>
    </message>
    <message>
        <source>Checks before use</source>
        <translation>Проверка перед работой</translation>
    </message>
    <message>
        <source>This project already has a questionnaire named “{name}” in its data files. Choose another name in the data files under “Title and languages”, then save again.</source>
        <translation>В этом проекте уже есть анкета с именем «{name}» в файлах данных. Выберите другое имя в файлах данных в разделе «Название и языки» и сохраните снова.</translation>
    </message>
</context>
<context>
    <name>DesignerWindow</name>
    <message numerus="yes">
        <source>%n interviews use this questionnaire: saving a change makes a new version, and those interviews keep theirs.</source>
        <translation>
            <numerusform>Эту анкету использует %n интервью: сохранение изменения создаст новую версию, а это интервью останется в своей.</numerusform>
            <numerusform>Эту анкету используют %n интервью: сохранение изменения создаст новую версию, а эти интервью останутся в своей.</numerusform>
            <numerusform>Эту анкету используют %n интервью: сохранение изменения создаст новую версию, а эти интервью останутся в своей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes are kept when you press Save.</source>
        <translation>Изменения сохраняются, когда вы нажимаете «Сохранить».</translation>
    </message>
    <message>
        <source>Designing “{title}” (not saved) — DuoDesk</source>
        <translation>Конструктор: «{title}» (не сохранено) — DuoDesk</translation>
    </message>
    <message>
        <source>Designing “{title}” — DuoDesk</source>
        <translation>Конструктор: «{title}» — DuoDesk</translation>
    </message>
    <message>
        <source>Add a question ({kind})</source>
        <translation>Добавить вопрос ({kind})</translation>
    </message>
    <message>
        <source>Add a section</source>
        <translation>Добавить раздел</translation>
    </message>
    <message>
        <source>Add a repeated section</source>
        <translation>Добавить повторяемый раздел</translation>
    </message>
    <message>
        <source>Add a grid</source>
        <translation>Добавить таблицу</translation>
    </message>
    <message>
        <source>Move a question</source>
        <translation>Переместить вопрос</translation>
    </message>
    <message>
        <source>Duplicate a question</source>
        <translation>Копировать вопрос</translation>
    </message>
    <message>
        <source>Delete a question</source>
        <translation>Удалить вопрос</translation>
    </message>
    <message>
        <source>Saved as version {number}. Interviews already entered keep the version they were entered with.</source>
        <translation>Сохранено как версия {number}. Уже введённые интервью остаются в той версии, в которой их вводили.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Saved (nothing had changed).</source>
        <translation>Сохранено (ничего не изменилось).</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>The questionnaire could not be saved. Nothing was changed.

{error}</source>
        <translation>Не удалось сохранить анкету. Ничего не изменено.

{error}</translation>
    </message>
    <message>
        <source>Not saved yet: fix the problems marked “Must be fixed” under Checks before use.</source>
        <translation>Пока не сохранено: исправьте проблемы с пометкой «Нужно исправить» в разделе «Проверка перед работой».</translation>
    </message>
    <message>
        <source>It cannot be tried yet: fix the problems marked “Must be fixed” first.</source>
        <translation>Пока нельзя попробовать: сначала исправьте проблемы с пометкой «Нужно исправить».</translation>
    </message>
    <message>
        <source>Save the changes?</source>
        <translation>Сохранить изменения?</translation>
    </message>
    <message>
        <source>“{title}” has changes that are not saved.</source>
        <translation>В «{title}» есть несохранённые изменения.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>One interview</source>
        <translation>Одно интервью</translation>
    </message>
    <message>
        <source>The other interview</source>
        <translation>Другое интервью</translation>
    </message>
    <message>
        <source>Participant code</source>
        <translation>Код участника</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Keep both</source>
        <extracomment>What the screen calls each decision (the project keeps the decision's name, the key).</extracomment>
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
        <source>no date</source>
        <translation>без даты</translation>
    </message>
    <message>
        <source>no site</source>
        <translation>без места</translation>
    </message>
    <message>
        <source>The same</source>
        <translation>Совпадает</translation>
    </message>
    <message>
        <source>One part different</source>
        <translation>Одна часть другая</translation>
    </message>
    <message>
        <source>Possible duplicates across sites</source>
        <translation>Возможные повторы между местами</translation>
    </message>
    <message>
        <source>These interviews were entered on different laptops, and the participant codes are the same or differ in one part. It may be one person interviewed twice. Choose a pair and say what you think; the decision goes to the other laptops with the next transfer file. Nothing is deleted.</source>
        <translation>Эти интервью введены на разных компьютерах, а коды участников совпадают или отличаются одной частью. Возможно, это один человек, опрошенный дважды. Выберите пару и скажите, что вы думаете; решение уйдёт на другие компьютеры со следующим файлом передачи. Ничего не удаляется.</translation>
    </message>
    <message>
        <source>Pairs of interviews that may be the same person</source>
        <translation>Пары интервью, которые могут быть одним человеком</translation>
    </message>
    <message>
        <source>No possible duplicates across sites. Nothing to review.</source>
        <translation>Возможных повторов между местами нет. Проверять нечего.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>show the possible duplicates</source>
        <translation>показать возможные повторы</translation>
    </message>
</context>
<context>
    <name>ExportWindow</name>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>A row per interview can identify the person interviewed in a small survey (the site, the date, sex and age are often enough), even without names. Keep that file within the group; the summary workbook is the one to pass on.</source>
        <translation>По строке на интервью в небольшом опросе можно узнать опрошенного человека (часто хватает места, даты, пола и возраста), даже без имён. Держите этот файл внутри группы; передавать нужно сводную книгу.</translation>
    </message>
    <message>
        <source>Findings report (Word)</source>
        <translation>Отчёт о результатах (Word)</translation>
    </message>
    <message>
        <source>A draft for the group to edit: how the survey was done, a sentence per question, the tables and charts, and an annex of every result. Its numbers are the workbook's, small numbers hidden the same way; it has no row per interview.</source>
        <translation>Черновик, который группа доработает: как проводился опрос, фраза на каждый вопрос, таблицы и графики, приложение со всеми результатами. Числа в нём те же, что в книге, малые числа скрыты так же; строк по интервью в нём нет.</translation>
    </message>
    <message>
        <source>This file has one row per interview: in a small survey a row can identify the person interviewed. Keep it within the group; give the health board the workbook instead.</source>
        <translation>В этом файле по строке на интервью: в небольшом опросе по строке можно узнать опрошенного. Держите его внутри группы; органу здравоохранения дайте книгу.</translation>
    </message>
    <message>
        <source>Export: {title}</source>
        <translation>Экспорт: {title}</translation>
    </message>
    <message>
        <source>Export “{title}”</source>
        <translation>Экспорт «{title}»</translation>
    </message>
    <message>
        <source>Which interviews</source>
        <translation>Какие интервью</translation>
    </message>
    <message>
        <source>Hide small numbers, from 1 to</source>
        <translation>Скрыть малые числа, от 1 до</translation>
    </message>
    <message>
        <source>Hide numbers up to</source>
        <translation>Скрыть числа до</translation>
    </message>
    <message>
        <source>De-identified: leave out written answers, locations, identifying questions and interviewer names</source>
        <translation>Обезличено: без письменных ответов, координат, опознающих вопросов и имён интервьюеров</translation>
    </message>
    <message>
        <source>Also save one row per interview, in a separate file (…-interviews.xlsx)</source>
        <translation>Также сохранить по строке на интервью, в отдельный файл (…-interviews.xlsx)</translation>
    </message>
    <message>
        <source>Keeping people safe</source>
        <translation>Защита людей</translation>
    </message>
    <message>
        <source>The participant code is never exported. For a file that leaves the group, keep small numbers hidden and the data de-identified, and leave out the rows per interview.</source>
        <translation>Код участника никогда не выгружается. Для файла, который уходит из группы, оставьте малые числа скрытыми, данные обезличенными и не добавляйте строки по интервью.</translation>
    </message>
    <message>
        <source>Labels (easier to read)</source>
        <translation>Подписи (легче читать)</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Answers as:</source>
        <translation>Ответы как:</translation>
    </message>
    <message>
        <source>Language of questions and answers</source>
        <translation>Язык вопросов и ответов</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Also save it as a PDF (A4), beside the Word document</source>
        <translation>Также сохранить как PDF (A4), рядом с документом Word</translation>
    </message>
    <message>
        <source>The group's name, for the title page</source>
        <translation>Название группы, для титульной страницы</translation>
    </message>
    <message>
        <source>e.g. Glasgow Involvement Group</source>
        <translation>например, Группа равных, Москва</translation>
    </message>
    <message>
        <source>The group's name (for the title page):</source>
        <translation>Название группы (для титульной страницы):</translation>
    </message>
    <message>
        <source>Save the file as</source>
        <translation>Сохранить файл как</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Choose where to save the file</source>
        <translation>Выбрать, куда сохранить файл</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>Сохранить &amp;как:</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Ход экспорта</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Close the export window</source>
        <translation>Закрыть окно экспорта</translation>
    </message>
    <message>
        <source>This project requires numbers from 1 to {required} to be hidden in every workbook: you can hide more, not fewer.</source>
        <translation>В этом проекте числа от 1 до {required} нужно скрывать в каждой книге: скрыть можно больше, но не меньше.</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Документ Word (*.docx)</translation>
    </message>
    <message>
        <source>Save the export as</source>
        <translation>Сохранить экспорт как</translation>
    </message>
    <message>
        <source>Exporting to {file}…</source>
        <translation>Экспорт в {file}…</translation>
    </message>
    <message>
        <source>Done. {what} Saved in {folder}.</source>
        <translation>Готово. {what} Сохранено в {folder}.</translation>
    </message>
    <message>
        <source>Stopping… nothing will be saved.</source>
        <translation>Останавливаем… ничего не будет сохранено.</translation>
    </message>
    <message>
        <source>Stop the export; nothing will be saved</source>
        <translation>Остановить экспорт; ничего не будет сохранено</translation>
    </message>
    <message>
        <source>It could not be noted in the project's record of who did what ({details}).</source>
        <translation>Это не удалось записать в журнал проекта ({details}).</translation>
    </message>
    <message>
        <source>Done. {what} Saved as {file}.</source>
        <translation>Готово. {what} Сохранено как {file}.</translation>
    </message>
    <message>
        <source>The export was cancelled. No file was saved.</source>
        <translation>Экспорт отменён. Файл не сохранён.</translation>
    </message>
    <message>
        <source>The export could not be made: {error}</source>
        <translation>Экспорт не удался: {error}</translation>
    </message>
    <message>
        <source>make the export</source>
        <translation>сделать экспорт</translation>
    </message>
</context>
<context>
    <name>GridPage</name>
    <message>
        <source>Grid of statements</source>
        <translation>Таблица утверждений</translation>
    </message>
    <message>
        <source>Stacked bars of the statements of: {question}</source>
        <translation>Составные столбцы утверждений: {question}</translation>
    </message>
    <message>
        <source>Nobody answered these statements in these interviews.</source>
        <translation>В этих интервью никто не ответил на эти утверждения.</translation>
    </message>
</context>
<context>
    <name>GroupEditor</name>
    <message>
        <source>Grid question</source>
        <translation>Вопрос таблицы</translation>
    </message>
    <message>
        <source>Section title</source>
        <translation>Название раздела</translation>
    </message>
    <message>
        <source>Help for the interviewer</source>
        <translation>Подсказка для интервьюера</translation>
    </message>
    <message>
        <source>Show all its questions on one page</source>
        <translation>Показать все его вопросы на одной странице</translation>
    </message>
    <message>
        <source>Ask its questions for each one (a repeat)</source>
        <translation>Задавать его вопросы для каждого (повтор)</translation>
    </message>
    <message>
        <source>For each drug used, each service tried: asked once per each one</source>
        <translation>Для каждого вещества, каждой службы: задаётся по разу для каждого</translation>
    </message>
    <message>
        <source>How many times its questions are asked</source>
        <translation>Сколько раз задаются его вопросы</translation>
    </message>
    <message>
        <source>Change when it is asked</source>
        <translation>Изменить, когда задаётся</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Вопрос:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Help:</source>
        <translation>Подсказка:</translation>
    </message>
    <message>
        <source>Name in the data file</source>
        <translation>Имя в файле данных</translation>
    </message>
    <message>
        <source>Name in the data file:</source>
        <translation>Имя в файле данных:</translation>
    </message>
    <message>
        <source>How many times:</source>
        <translation>Сколько раз:</translation>
    </message>
    <message>
        <source>Scale (the answers for every statement)</source>
        <translation>Шкала (ответы для каждого утверждения)</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Утверждения</translation>
    </message>
    <message>
        <source>When to ask it</source>
        <translation>Когда задавать</translation>
    </message>
    <message>
        <source>New statement</source>
        <translation>Новое утверждение</translation>
    </message>
    <message>
        <source>Type a new statement and press Enter</source>
        <translation>Введите новое утверждение и нажмите Enter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Statement ({language})</source>
        <translation>Утверждение ({language})</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Утверждение</translation>
    </message>
    <message>
        <source>Change the title</source>
        <translation>Изменить название</translation>
    </message>
    <message>
        <source>Change the help text</source>
        <translation>Изменить подсказку</translation>
    </message>
    <message>
        <source>Change how the section is shown</source>
        <translation>Изменить, как показан раздел</translation>
    </message>
    <message>
        <source>As many as the interviewer adds</source>
        <translation>Сколько добавит интервьюер</translation>
    </message>
    <message>
        <source>The answer to “{question}”</source>
        <translation>Ответ на «{question}»</translation>
    </message>
    <message numerus="yes">
        <source>Always %n times</source>
        <translation>
            <numerusform>Всегда %n раз</numerusform>
            <numerusform>Всегда %n раза</numerusform>
            <numerusform>Всегда %n раз</numerusform>
        </translation>
    </message>
    <message>
        <source>As the form says: {count}</source>
        <translation>Как в форме: {count}</translation>
    </message>
    <message>
        <source>Make it a repeated section</source>
        <translation>Сделать повторяемым разделом</translation>
    </message>
    <message>
        <source>Ask its questions once</source>
        <translation>Задавать его вопросы один раз</translation>
    </message>
    <message>
        <source>Change how many times it is asked</source>
        <translation>Изменить, сколько раз задаётся</translation>
    </message>
    <message>
        <source>Change the name in the data file</source>
        <translation>Изменить имя в файле данных</translation>
    </message>
    <message>
        <source>Change a statement's name in the data file</source>
        <translation>Изменить имя утверждения в файле данных</translation>
    </message>
    <message>
        <source>Change the grid's scale</source>
        <translation>Изменить шкалу таблицы</translation>
    </message>
    <message>
        <source>Add the statement “{statement}”</source>
        <translation>Добавить утверждение «{statement}»</translation>
    </message>
    <message>
        <source>Move a statement</source>
        <translation>Переместить утверждение</translation>
    </message>
    <message>
        <source>Remove a statement</source>
        <translation>Убрать утверждение</translation>
    </message>
    <message>
        <source>Change a statement</source>
        <translation>Изменить утверждение</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Start an interview</source>
        <translation>Начать интервью</translation>
    </message>
    <message>
        <source>Correct an interview</source>
        <translation>Исправить интервью</translation>
    </message>
    <message>
        <source>Read the Results</source>
        <translation>Читать результаты</translation>
    </message>
    <message>
        <source>Add interviews from a file</source>
        <translation>Добавить интервью из файла</translation>
    </message>
    <message>
        <source>Export for the health board</source>
        <translation>Выгрузка для органа здравоохранения</translation>
    </message>
    <message>
        <source>Lock the project</source>
        <translation>Закрыть проект паролем</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Клавиши</translation>
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
&lt;h2&gt;Начать интервью&lt;/h2&gt;
&lt;ol&gt;
&lt;li&gt;В главном окне нажмите на анкету в списке.&lt;/li&gt;
&lt;li&gt;Нажмите &lt;b&gt;Начать интервью…&lt;/b&gt; (или Ctrl+I, или Enter в списке).&lt;/li&gt;
&lt;li&gt;Выберите своё имя, место и дату, затем нажмите &lt;b&gt;Начать интервью&lt;/b&gt;.&lt;/li&gt;
&lt;li&gt;У каждого вопроса своя страница. Нажмите номер ответа (1, 2, 3…) или введите его, затем
нажмите &lt;b&gt;Enter&lt;/b&gt; или &lt;b&gt;Далее&lt;/b&gt;. &lt;b&gt;Назад&lt;/b&gt; (Alt+Влево) возвращает на прошлую страницу.&lt;/li&gt;
&lt;li&gt;Если ответ нужен или не подходит, красное сообщение объяснит почему, и интервью останется
на этом вопросе. &lt;b&gt;Пропустить пока&lt;/b&gt; идёт дальше без ответа; в конце вам напомнят.&lt;/li&gt;
&lt;li&gt;На последней странице нажмите &lt;b&gt;Закончить интервью&lt;/b&gt;. Потом нажмите Enter, чтобы закрыть.&lt;/li&gt;
&lt;/ol&gt;
&lt;p&gt;Каждый ответ сохраняется сразу. Если компьютер закрыли или пропал свет, интервью ждёт
в «незаконченных интервью» в главном окне: нажмите &lt;b&gt;Продолжить или удалить…&lt;/b&gt;, чтобы продолжить.&lt;/p&gt;
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
&lt;h2&gt;Исправить интервью&lt;/h2&gt;
&lt;ol&gt;
&lt;li&gt;Выберите анкету и нажмите &lt;b&gt;Интервью…&lt;/b&gt; (Ctrl+L).&lt;/li&gt;
&lt;li&gt;Найдите интервью (введите место, имя или дату в поле &lt;b&gt;Поиск&lt;/b&gt;) и нажмите
&lt;b&gt;Открыть, чтобы прочитать или исправить…&lt;/b&gt;. Читать можно, не называя себя.&lt;/li&gt;
&lt;li&gt;На первой странице — все вопросы и ответы. Нажмите на ответ, чтобы изменить его.&lt;/li&gt;
&lt;li&gt;При первом изменении DuoDesk спросит &lt;b&gt;Кто исправляет?&lt;/b&gt;. Каждое изменение записывается
с вашим именем, временем, старым и новым ответом.&lt;/li&gt;
&lt;li&gt;Когда изменения сделаны, нажмите &lt;b&gt;Исправления готовы&lt;/b&gt; (рядом с &lt;b&gt;Далее&lt;/b&gt;): DuoDesk проверит
ответы и сохранит исправления.&lt;/li&gt;
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
&lt;h2&gt;Читать результаты&lt;/h2&gt;
&lt;ol&gt;
&lt;li&gt;Выберите анкету и нажмите &lt;b&gt;Результаты…&lt;/b&gt; (Ctrl+R).&lt;/li&gt;
&lt;li&gt;Нажмите на вопрос в списке. Таблица покажет, сколько людей дали каждый ответ.&lt;/li&gt;
&lt;li&gt;Под заголовком фраза говорит, о ком эти числа, например «ответили 40 из 66 опрошенных;
13 не задавали». &lt;b&gt;Не задан (пропущен)&lt;/b&gt; значит, что вопрос этого человека не касался.
&lt;b&gt;Нет ответа&lt;/b&gt; значит, что касался, но остался пустым.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Действительный процент&lt;/b&gt; не учитывает «Не знаю» и «Не хочу отвечать».&lt;/li&gt;
&lt;li&gt;Чтобы считать только часть интервью, выберите вверху место, интервьюера или даты, или
«Только люди, чей ответ на … — …». &lt;b&gt;Считать всех снова&lt;/b&gt; отменяет это.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Копировать таблицу&lt;/b&gt; кладёт её в буфер обмена для документа; &lt;b&gt;Сохранить график как
картинку…&lt;/b&gt; сохраняет PNG.&lt;/li&gt;
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
&lt;h2&gt;Добавить интервью из файла&lt;/h2&gt;
&lt;p&gt;Интервью, собранные в другом месте (в ODK Collect, KoboToolbox или в DuoDesk на другом
ноутбуке), можно добавить в анкету этого проекта.&lt;/p&gt;
&lt;ol&gt;
&lt;li&gt;Выберите анкету в списке.&lt;/li&gt;
&lt;li&gt;В меню &lt;b&gt;Анкета&lt;/b&gt; (или щелчком правой кнопкой по анкете) выберите
&lt;b&gt;Добавить интервью из файла…&lt;/b&gt; (Ctrl+Shift+I).&lt;/li&gt;
&lt;li&gt;Выберите файл: CSV или Excel (.xlsx), или .zip, который выдаёт ODK Central.&lt;/li&gt;
&lt;/ol&gt;
&lt;p&gt;Затем DuoDesk сообщает, сколько интервью добавлено, сколько уже было в проекте и какие
столбцы пропущены. Если в какой-то строке есть ошибка, ничего не добавляется, и каждая ошибка
указана со строкой и столбцом: исправьте файл и добавьте его снова или нажмите
&lt;b&gt;Добавить только строки без ошибок&lt;/b&gt;.&lt;/p&gt;
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
&lt;h2&gt;Выгрузка для органа здравоохранения&lt;/h2&gt;
&lt;ol&gt;
&lt;li&gt;Выберите анкету и нажмите &lt;b&gt;Экспорт…&lt;/b&gt; (Ctrl+E).&lt;/li&gt;
&lt;li&gt;Оставьте отмеченными &lt;b&gt;Скрыть малые числа&lt;/b&gt; и &lt;b&gt;Обезличено&lt;/b&gt; для любого файла, который
уходит из группы. Малые числа тогда показаны как *, а письменные ответы и имена убраны.&lt;/li&gt;
&lt;li&gt;Выберите &lt;b&gt;Книга (.xlsx)&lt;/b&gt; для органа здравоохранения, выберите, куда сохранить, и нажмите
&lt;b&gt;Экспорт&lt;/b&gt;.&lt;/li&gt;
&lt;/ol&gt;
&lt;p&gt;Файл появляется, только когда он полностью готов. Код участника никогда не выгружается.&lt;/p&gt;
&lt;p&gt;Чтобы подготовить отчёт для презентации, выберите &lt;b&gt;Отчёт о результатах (Word)&lt;/b&gt;: документ
Word (и PDF) о том, как проводился опрос, с фразой на каждый вопрос, таблицами и графиками. Малые
числа в нём скрыты, как в книге. Прочитайте и поправьте его, прежде чем передавать.&lt;/p&gt;
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
&lt;h2&gt;Закрыть проект кодовой фразой&lt;/h2&gt;
&lt;p&gt;Проект с кодовой фразой не может прочитать никто, кто его не знает, даже если ноутбук потерян.
DuoDesk спрашивает кодовую фразу при каждом запуске.&lt;/p&gt;
&lt;p&gt;Чтобы задать его, координатор выбирает &lt;b&gt;Безопасность &amp;gt; Закрыть проект кодовой фразой…&lt;/b&gt; (или
нажимает &lt;b&gt;Выбрать кодовую фразу…&lt;/b&gt; в строке вверху главного окна) и вводит его два раза. В том же
меню его можно сменить (&lt;b&gt;Сменить кодовую фразу…&lt;/b&gt;) или убрать. &lt;b&gt;Безопасность &amp;gt; Заблокировать
сейчас&lt;/b&gt; (Ctrl+Shift+L) скрывает всё, пока кодовую фразу не введут снова, — на случай, если вы
отходите от ноутбука. Храните кодовую фразу в надёжном месте: без него никто не сможет открыть
интервью.&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>How to… – DuoDesk</source>
        <translation>Как… – DuoDesk</translation>
    </message>
    <message>
        <source>Help topics</source>
        <translation>Разделы справки</translation>
    </message>
    <message>
        <source>Help page</source>
        <translation>Страница справки</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Add interviews from a file</source>
        <translation>Добавить интервью из файла</translation>
    </message>
    <message>
        <source>Adding interviews to “{title}”</source>
        <translation>Добавление интервью в «{title}»</translation>
    </message>
    <message>
        <source>Interviews already in the project are not added again. If any row has a problem, nothing is added and every problem is listed here, with its row and column.</source>
        <translation>Интервью, которые уже есть в проекте, повторно не добавляются. Если в какой-то строке есть ошибка, ничего не добавляется, и каждая ошибка указана здесь, со строкой и столбцом.</translation>
    </message>
    <message>
        <source>{rows} rows read…</source>
        <translation>Прочитано строк: {rows}…</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>Add only the rows without problems</source>
        <translation>Добавить только строки без ошибок</translation>
    </message>
    <message>
        <source>Adds the rows without problems and writes the others, with why, to a file beside this one (its name ends in .rejected.csv)</source>
        <translation>Добавляет строки без ошибок, а остальные, с причиной, записывает в файл рядом с этим (его имя оканчивается на .rejected.csv)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Reading the file and adding the interviews…</source>
        <translation>Читаем файл и добавляем интервью…</translation>
    </message>
    <message>
        <source>The interviews were added.</source>
        <translation>Интервью добавлены.</translation>
    </message>
    <message>
        <source>No new interviews were added.</source>
        <translation>Новых интервью не добавлено.</translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation>Ничего не добавлено.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was added.</source>
        <translation>Остановлено. Ничего не добавлено.</translation>
    </message>
    <message>
        <source>add the interviews</source>
        <translation>добавить интервью</translation>
    </message>
    <message>
        <source>Add interviews to “{title}”</source>
        <translation>Добавить интервью в «{title}»</translation>
    </message>
    <message>
        <source>Interviews from ODK, KoboToolbox or DuoDesk</source>
        <translation>Интервью из ODK, KoboToolbox или DuoDesk</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
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
    <name>LanguageTexts</name>
    <message>
        <source>{what} in {language}</source>
        <translation>{what}: {language}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Project: {project} ({protection})</source>
        <translation>Проект: {project} ({protection})</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
</context>
<context>
    <name>MultiplePage</name>
    <message>
        <source>Answers ticked, most often first</source>
        <translation>Отмеченные ответы, частые сначала</translation>
    </message>
    <message>
        <source>Answers ticked together</source>
        <translation>Ответы, отмеченные вместе</translation>
    </message>
    <message>
        <source>Who ticked each answer</source>
        <translation>Кто отметил каждый ответ</translation>
    </message>
    <message>
        <source>Each answer ticked</source>
        <translation>Каждый отмеченный ответ</translation>
    </message>
    <message>
        <source>% of the {things} with an answer</source>
        <translation>% из {things} с ответом</translation>
    </message>
    <message>
        <source>% of the people who answered</source>
        <translation>% ответивших</translation>
    </message>
    <message>
        <source>Bar chart, most ticked first, of: {question}</source>
        <translation>Столбчатая диаграмма, частые сначала: {question}</translation>
    </message>
    <message>
        <source>Nobody answered this question in these interviews.</source>
        <translation>В этих интервью никто не ответил на этот вопрос.</translation>
    </message>
</context>
<context>
    <name>NumberPage</name>
    <message>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <source>Answers grouped into ranges</source>
        <translation>Ответы по интервалам</translation>
    </message>
    <message>
        <source>Where to split the answers into ranges</source>
        <translation>Где делить ответы на интервалы</translation>
    </message>
    <message>
        <source>for example: 1, 5</source>
        <translation>например: 1, 5</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Сгруппировать</translation>
    </message>
    <message>
        <source>Group the answers into these ranges</source>
        <translation>Сгруппировать ответы по этим интервалам</translation>
    </message>
    <message>
        <source>&amp;Split at:</source>
        <translation>&amp;Делить по:</translation>
    </message>
    <message>
        <source>Type where to split the answers (for example 1, 5) to group them into ranges and draw them.</source>
        <translation>Введите, где делить ответы (например 1, 5), чтобы сгруппировать их по интервалам и нарисовать.</translation>
    </message>
    <message>
        <source>Nobody answered this question in these interviews.</source>
        <translation>В этих интервью никто не ответил на этот вопрос.</translation>
    </message>
    <message>
        <source>{count_heading} in each range</source>
        <translation>{count_heading} в каждом интервале</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Histogram of the answers to: {question}</source>
        <translation>Гистограмма ответов на: {question}</translation>
    </message>
</context>
<context>
    <name>OtherPage</name>
    <message>
        <source>Answers by month</source>
        <translation>Ответы по месяцам</translation>
    </message>
    <message>
        <source>Counting the answers by month…</source>
        <translation>Считаем ответы по месяцам…</translation>
    </message>
    <message>
        <source>DuoDesk has no table for this kind of question yet; the counts above say how many answered it.</source>
        <translation>В DuoDesk пока нет таблицы для такого вопроса; числа выше говорят, сколько человек ответили.</translation>
    </message>
    <message>
        <source>The dates given, month by month (oldest first).</source>
        <translation>Указанные даты по месяцам (сначала старые).</translation>
    </message>
</context>
<context>
    <name>PaperPdf</name>
    <message>
        <source>Datasheet number: &lt;b&gt;{number}&lt;/b&gt; &amp;nbsp;&amp;nbsp; Interviewer: ________________ &amp;nbsp;&amp;nbsp; Date: ____ / ____ / ________</source>
        <translation>Номер бланка: &lt;b&gt;{number}&lt;/b&gt; &amp;nbsp;&amp;nbsp; Интервьюер: ________________ &amp;nbsp;&amp;nbsp; Дата: ____ / ____ / ________</translation>
    </message>
    <message>
        <source>Interviewer: read each question out. Tick one box unless it says &lt;i&gt;tick all that apply&lt;/i&gt;. Follow the arrows: they say which question comes next.</source>
        <translation>Интервьюер: читайте каждый вопрос вслух. Отмечайте одну клетку, если не написано &lt;i&gt;отметьте всё подходящее&lt;/i&gt;. Следуйте стрелкам: они показывают следующий вопрос.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Write the number:</source>
        <translation>Напишите номер:</translation>
    </message>
    <message>
        <source>Write each number that applies:</source>
        <translation>Напишите каждый подходящий номер:</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>Day / month / year</source>
        <translation>День / месяц / год</translation>
    </message>
    <message>
        <source>Hours : minutes</source>
        <translation>Часы : минуты</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <source>Tick all that apply.</source>
        <translation>Отметьте всё подходящее.</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Число:</translation>
    </message>
    <message>
        <source>Date: ____ / ____ / ________  (day / month / year)</source>
        <translation>Дата: ____ / ____ / ________  (день / месяц / год)</translation>
    </message>
    <message>
        <source>Time: ____ : ____</source>
        <translation>Время: ____ : ____</translation>
    </message>
    <message>
        <source>Date: ____ / ____ / ________   Time: ____ : ____</source>
        <translation>Дата: ____ / ____ / ________   Время: ____ : ____</translation>
    </message>
</context>
<context>
    <name>PaperSheetsDialog</name>
    <message>
        <source>Choose…</source>
        <extracomment>What the "On the paper" column says for each choice: none yet, the first entry, the check.</extracomment>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>First entry</source>
        <translation>Первый ввод</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Paper datasheets</source>
        <translation>Бумажные бланки</translation>
    </message>
    <message>
        <source>Paper datasheets typed in twice</source>
        <translation>Бумажные бланки, введённые дважды</translation>
    </message>
    <message>
        <source>Each datasheet is typed in twice, by two people. Choose a checked datasheet, look at the paper and choose the right answer for each difference, then resolve it: only resolved datasheets are counted in results and exports.</source>
        <translation>Каждый бланк вводят дважды два разных человека. Выберите проверенный бланк, посмотрите на бумагу и выберите верный ответ для каждого различия, затем согласуйте его: в результатах и выгрузках учитываются только согласованные бланки.</translation>
    </message>
    <message>
        <source>Datasheet</source>
        <translation>Бланк</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>On the paper</source>
        <translation>На бумаге</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Различия</translation>
    </message>
    <message>
        <source>&amp;First entry</source>
        <translation>&amp;Первый ввод</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Проверка</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>Resolved by</source>
        <translation>Согласовал</translation>
    </message>
    <message>
        <source>&amp;Resolve this datasheet</source>
        <translation>&amp;Согласовать этот бланк</translation>
    </message>
    <message>
        <source>Count datasheets not checked yet (coordinator's choice; the check never counts)</source>
        <translation>Учитывать ещё не проверенные бланки (решение координатора; проверка не учитывается никогда)</translation>
    </message>
    <message>
        <source>Question or person</source>
        <translation>Вопрос или человек</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Сравнено</translation>
    </message>
    <message>
        <source>Alike</source>
        <translation>Совпало</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>On the paper:</source>
        <translation>На бумаге:</translation>
    </message>
    <message>
        <source>Resolved &amp;by:</source>
        <translation>Со&amp;гласовал:</translation>
    </message>
    <message>
        <source>Agreement between the two entries (as typed):</source>
        <translation>Согласие двух вводов (как введено):</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>&amp;First entry: {answer}</source>
        <translation>&amp;Первый ввод: {answer}</translation>
    </message>
    <message>
        <source>&amp;Check: {answer}</source>
        <translation>&amp;Проверка: {answer}</translation>
    </message>
    <message>
        <source>On the paper for {question}: the first entry</source>
        <translation>На бумаге для {question}: первый ввод</translation>
    </message>
    <message>
        <source>On the paper for {question}: the check</source>
        <translation>На бумаге для {question}: проверка</translation>
    </message>
    <message>
        <source>Type your name under Resolved by.</source>
        <translation>Введите своё имя в поле «Согласовал».</translation>
    </message>
    <message>
        <source>Choose the answer on the paper for “{question}”.</source>
        <translation>Выберите ответ на бумаге для «{question}».</translation>
    </message>
    <message>
        <source>show the paper datasheets</source>
        <translation>показать бумажные бланки</translation>
    </message>
    <message>
        <source>Not in this version</source>
        <translation>Нет в этой версии</translation>
    </message>
    <message>
        <source>Not asked (skipped)</source>
        <translation>Не задан (пропущен)</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Нет ответа</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>Interviewers enter interviews and see only their own. Coordinators also see Results, export, change questionnaires, delete interviews, and manage passphrase, backups and this list. Once someone is listed, DuoDesk asks who is signing in every time it starts.</source>
        <translation>Интервьюеры вводят интервью и видят только свои. Координаторы также видят результаты, делают выгрузки, меняют анкеты, удаляют интервью и управляют кодовой фразой, резервными копиями и этим списком. Как только в списке кто-то есть, DuoDesk при каждом запуске спрашивает, кто входит.</translation>
    </message>
    <message>
        <source>People and roles – DuoDesk</source>
        <translation>Люди и роли – DuoDesk</translation>
    </message>
    <message>
        <source>People and roles</source>
        <translation>Люди и роли</translation>
    </message>
    <message>
        <source>People who can sign in</source>
        <translation>Люди, которые могут войти</translation>
    </message>
    <message>
        <source>Nobody is listed yet: DuoDesk opens without asking who is using it, with every right. Add a coordinator first (yourself), then the interviewers.</source>
        <translation>В списке пока никого нет: DuoDesk открывается, не спрашивая, кто работает, со всеми правами. Сначала добавьте координатора (себя), затем интервьюеров.</translation>
    </message>
    <message>
        <source>Give a new PIN…</source>
        <translation>Дать новый PIN…</translation>
    </message>
    <message>
        <source>Take off the list…</source>
        <translation>Убрать из списка…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>Сменить роль…</translation>
    </message>
    <message>
        <source>Name of the new person</source>
        <translation>Имя нового человека</translation>
    </message>
    <message>
        <source>A first name is enough</source>
        <translation>Достаточно имени</translation>
    </message>
    <message>
        <source>Role of the new person</source>
        <translation>Роль нового человека</translation>
    </message>
    <message>
        <source>Add this person</source>
        <translation>Добавить этого человека</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Добавить человека</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>The only coordinator stays one: make someone else a coordinator first.</source>
        <translation>Единственный координатор остаётся координатором: сначала назначьте координатором кого-то ещё.</translation>
    </message>
    <message>
        <source>Make an interviewer…</source>
        <translation>Сделать интервьюером…</translation>
    </message>
    <message>
        <source>Make a coordinator…</source>
        <translation>Сделать координатором…</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>{low} to {high} digits</source>
        <translation>от {low} до {high} цифр</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>PIN &amp;ещё раз:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>at least {count} characters</source>
        <translation>не меньше {count} знаков</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Пароль &amp;ещё раз:</translation>
    </message>
    <message>
        <source>The two are not the same: type them again.</source>
        <translation>Они не совпадают: введите их снова.</translation>
    </message>
    <message>
        <source>{name} was added as {role}.</source>
        <translation>{name}: добавлен(а) с ролью «{role}».</translation>
    </message>
    <message>
        <source>Give a new PIN</source>
        <translation>Дать новый PIN</translation>
    </message>
    <message>
        <source>The new PIN or password for {name}:</source>
        <translation>Новый PIN или пароль для {name}:</translation>
    </message>
    <message>
        <source>{name} has a new PIN and can sign in at once.</source>
        <translation>У {name} новый PIN, можно сразу входить.</translation>
    </message>
    <message>
        <source>Make {name} an interviewer</source>
        <translation>Сделать {name} интервьюером</translation>
    </message>
    <message>
        <source>{name} becomes an interviewer and signs in with a new PIN ({low} to {high} digits). Their new PIN:</source>
        <translation>{name} становится интервьюером и входит с новым PIN (от {low} до {high} цифр). Новый PIN:</translation>
    </message>
    <message>
        <source>The new PIN again</source>
        <translation>Новый PIN ещё раз</translation>
    </message>
    <message>
        <source>The same PIN again:</source>
        <translation>Тот же PIN ещё раз:</translation>
    </message>
    <message>
        <source>Make {name} a coordinator</source>
        <translation>Сделать {name} координатором</translation>
    </message>
    <message>
        <source>{name} becomes a coordinator and signs in with a new password (at least {count} characters). Their new password:</source>
        <translation>{name} становится координатором и входит с новым паролем (не меньше {count} знаков). Новый пароль:</translation>
    </message>
    <message>
        <source>The new password again</source>
        <translation>Новый пароль ещё раз</translation>
    </message>
    <message>
        <source>The same password again:</source>
        <translation>Тот же пароль ещё раз:</translation>
    </message>
    <message>
        <source>The two are not the same: nothing was changed.</source>
        <translation>Они не совпадают: ничего не изменено.</translation>
    </message>
    <message>
        <source>{name} is now an interviewer.</source>
        <translation>{name} теперь интервьюер.</translation>
    </message>
    <message>
        <source>{name} is now a coordinator.</source>
        <translation>{name} теперь координатор.</translation>
    </message>
    <message>
        <source>Take off the list?</source>
        <translation>Убрать из списка?</translation>
    </message>
    <message>
        <source>Take {name} off the list? They can no longer sign in; the interviews they entered keep their name.</source>
        <translation>Убрать {name} из списка? Этот человек больше не сможет войти; введённые им интервью сохранят его имя.</translation>
    </message>
    <message>
        <source>{name} was taken off the list.</source>
        <translation>{name}: убран(а) из списка.</translation>
    </message>
    <message>
        <source>That did not work: {error}</source>
        <translation>Не получилось: {error}</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <source>Kind of answer</source>
        <translation>Вид ответа</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Help for the interviewer</source>
        <translation>Подсказка для интервьюера</translation>
    </message>
    <message>
        <source>Change the help text</source>
        <translation>Изменить подсказку</translation>
    </message>
    <message>
        <source>Name in the data file</source>
        <translation>Имя в файле данных</translation>
    </message>
    <message>
        <source>An answer is needed before going on</source>
        <translation>Нужен ответ, чтобы идти дальше</translation>
    </message>
    <message>
        <source>Change whether an answer is needed</source>
        <translation>Изменить, нужен ли ответ</translation>
    </message>
    <message>
        <source>Message when it is left blank</source>
        <translation>Сообщение, если оставить пустым</translation>
    </message>
    <message>
        <source>Change a message</source>
        <translation>Изменить сообщение</translation>
    </message>
    <message>
        <source>Answers could identify a person</source>
        <translation>Ответы могут выдать человека</translation>
    </message>
    <message>
        <source>Left out of shared exports.</source>
        <translation>Не попадает в общие выгрузки.</translation>
    </message>
    <message>
        <source>Change whether answers identify a person</source>
        <translation>Изменить, выдают ли ответы человека</translation>
    </message>
    <message>
        <source>Answer filled in at the start</source>
        <translation>Ответ, заполненный в начале</translation>
    </message>
    <message>
        <source>Change the starting answer</source>
        <translation>Изменить начальный ответ</translation>
    </message>
    <message>
        <source>Calculation</source>
        <translation>Расчёт</translation>
    </message>
    <message>
        <source>Change the answer rules</source>
        <translation>Изменить правила ответа</translation>
    </message>
    <message>
        <source>Message when the answer breaks the rule</source>
        <translation>Сообщение, если ответ нарушает правило</translation>
    </message>
    <message>
        <source>Change when the question is asked</source>
        <translation>Изменить, когда задаётся вопрос</translation>
    </message>
    <message>
        <source>Kind of answer:</source>
        <translation>Вид ответа:</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Вопрос:</translation>
    </message>
    <message>
        <source>Help:</source>
        <translation>Подсказка:</translation>
    </message>
    <message>
        <source>Name in the data file:</source>
        <translation>Имя в файле данных:</translation>
    </message>
    <message>
        <source>A name in the data file uses letters, digits and _ and starts with a letter.</source>
        <translation>Имя в файле данных состоит из букв, цифр и _ и начинается с буквы.</translation>
    </message>
    <message>
        <source>Change the name in the data file</source>
        <translation>Изменить имя в файле данных</translation>
    </message>
    <message>
        <source>Worked out from:</source>
        <translation>Вычисляется из:</translation>
    </message>
    <message>
        <source>Calculation:</source>
        <translation>Расчёт:</translation>
    </message>
    <message>
        <source>If left blank, say:</source>
        <translation>Если пусто, сказать:</translation>
    </message>
    <message>
        <source>Starting answer:</source>
        <translation>Начальный ответ:</translation>
    </message>
    <message>
        <source>Answer options</source>
        <translation>Варианты ответа</translation>
    </message>
    <message>
        <source>If the answer is not allowed, say:</source>
        <translation>Если ответ недопустим, сказать:</translation>
    </message>
    <message>
        <source>Answer rules</source>
        <translation>Правила ответа</translation>
    </message>
    <message>
        <source>When to ask it</source>
        <translation>Когда задавать</translation>
    </message>
    <message>
        <source>Change the question text</source>
        <translation>Изменить текст вопроса</translation>
    </message>
    <message>
        <source>“{name}” is already used by another question.</source>
        <translation>«{name}» уже занято другим вопросом.</translation>
    </message>
    <message>
        <source>Change the kind of answer</source>
        <translation>Изменить вид ответа</translation>
    </message>
    <message>
        <source>Change the answer options</source>
        <translation>Изменить варианты ответа</translation>
    </message>
    <message>
        <source>Change the calculation</source>
        <translation>Изменить расчёт</translation>
    </message>
    <message>
        <source>✓ This calculation can be used.</source>
        <translation>✓ Этот расчёт можно использовать.</translation>
    </message>
</context>
<context>
    <name>QuestionList</name>
    <message>
        <source>one answer</source>
        <translation>один ответ</translation>
    </message>
    <message>
        <source>several answers</source>
        <translation>несколько ответов</translation>
    </message>
    <message>
        <source>number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>written answer</source>
        <translation>письменный ответ</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>grid of statements</source>
        <translation>таблица утверждений</translation>
    </message>
    <message>
        <source>Q&amp;uestions</source>
        <translation>В&amp;опросы</translation>
    </message>
    <message>
        <source>Find a question…</source>
        <translation>Найти вопрос…</translation>
    </message>
    <message>
        <source>Find a question</source>
        <translation>Найти вопрос</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <source>Choose a question with ↑ and ↓ (Ctrl+L comes back here)</source>
        <translation>Выберите вопрос клавишами ↑ и ↓ (Ctrl+L возвращает сюда)</translation>
    </message>
    <message>
        <source>Type words of a question, then ↓ to go to the matches (Ctrl+F)</source>
        <translation>Введите слова вопроса, затем ↓, чтобы перейти к найденному (Ctrl+F)</translation>
    </message>
    <message>
        <source>Grid: </source>
        <translation>Таблица: </translation>
    </message>
</context>
<context>
    <name>QuestionPreview</name>
    <message>
        <source>Preview of the question</source>
        <translation>Вид вопроса</translation>
    </message>
    <message>
        <source>Choose a question to see it as the interviewer will.</source>
        <translation>Выберите вопрос, чтобы увидеть его, как интервьюер.</translation>
    </message>
    <message>
        <source>This is worked out by DuoDesk; the interviewer does not see it.</source>
        <translation>Это вычисляет DuoDesk; интервьюер этого не видит.</translation>
    </message>
    <message>
        <source>A repeated section: its questions are asked once for each one, and the interviewer adds each one (or the number set is asked).</source>
        <translation>Повторяемый раздел: его вопросы задаются по разу для каждого, и интервьюер добавляет каждого (или задаётся заданное число раз).</translation>
    </message>
    <message>
        <source>A section: its questions are shown one by one.</source>
        <translation>Раздел: его вопросы показываются по одному.</translation>
    </message>
    <message>
        <source>Add the answer options to see this question.</source>
        <translation>Добавьте варианты ответа, чтобы увидеть этот вопрос.</translation>
    </message>
</context>
<context>
    <name>QuestionTreeView</name>
    <message>
        <source>Questions</source>
        <translation>Вопросы</translation>
    </message>
</context>
<context>
    <name>QuestionView</name>
    <message>
        <source>Choose a question in the list to see its answers.</source>
        <translation>Выберите вопрос в списке, чтобы увидеть ответы.</translation>
    </message>
    <message>
        <source>Who these numbers are about</source>
        <translation>О ком эти числа</translation>
    </message>
    <message>
        <source>&amp;Copy the table</source>
        <translation>&amp;Копировать таблицу</translation>
    </message>
    <message>
        <source>Copy the table, to paste into a document</source>
        <translation>Копировать таблицу, чтобы вставить в документ</translation>
    </message>
    <message>
        <source>Copies the table as text with tabs (Ctrl+Shift+C)</source>
        <translation>Копирует таблицу как текст с табуляцией (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Save the c&amp;hart as a picture…</source>
        <translation>Сохранить &amp;график как картинку…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG picture</source>
        <translation>Сохранить график как картинку PNG</translation>
    </message>
    <message>
        <source>Reading the written answers…</source>
        <translation>Читаем письменные ответы…</translation>
    </message>
    <message>
        <source>{statements} on the same scale, in {interviews}; up to {people} answered each one. Percentages are of the people who answered that statement (its row).</source>
        <translation>{statements} по одной шкале, в {interviews}; на каждое ответили до {people}. Проценты — от тех, кто ответил на это утверждение (его строку).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln statements</source>
        <translation>
            <numerusform>%Ln утверждение</numerusform>
            <numerusform>%Ln утверждения</numerusform>
            <numerusform>%Ln утверждений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln interviews</source>
        <translation>
            <numerusform>%Ln интервью</numerusform>
            <numerusform>%Ln интервью</numerusform>
            <numerusform>%Ln интервью</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln человека</numerusform>
            <numerusform>%Ln человек</numerusform>
            <numerusform>%Ln человек</numerusform>
        </translation>
    </message>
    <message>
        <source>in “{group}”</source>
        <translation>в разделе «{group}»</translation>
    </message>
    <message>
        <source>Kind of answer: {kind}</source>
        <translation>Тип ответа: {kind}</translation>
    </message>
    <message>
        <source>Its name in the questionnaire file: {name}</source>
        <translation>Его имя в файле анкеты: {name}</translation>
    </message>
    <message>
        <source>Copied. Paste it into a document or a spreadsheet.</source>
        <translation>Скопировано. Вставьте в документ или таблицу.</translation>
    </message>
    <message>
        <source>Save the chart as a picture</source>
        <translation>Сохранить график как картинку</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Картинки PNG (*.png)</translation>
    </message>
    <message>
        <source>The chart was not saved</source>
        <translation>График не сохранён</translation>
    </message>
    <message>
        <source>Saved as {file}.</source>
        <translation>Сохранено как {file}.</translation>
    </message>
</context>
<context>
    <name>QuotesDialog</name>
    <message>
        <source>{theme} (number hidden, as in the workbook)</source>
        <translation>{theme} (число скрыто, как в рабочей книге)</translation>
    </message>
    <message numerus="yes">
        <source>{theme} (%Ln people)</source>
        <translation><numerusform>{theme} (%Ln человек)</numerusform><numerusform>{theme} (%Ln человека)</numerusform><numerusform>{theme} (%Ln человек)</numerusform></translation>
    </message>
    <message>
        <source>Quotes kept back: this question is marked as identifying, so its answers are never quoted.</source>
        <translation>Цитаты не показаны: вопрос отмечен как идентифицирующий, его ответы никогда не цитируются.</translation>
    </message>
    <message>
        <source>Quotes kept back: the workbook hides how many people gave this theme (too few to show safely, or hidden so that a small number next to it cannot be worked out), so its answers are not quoted either.</source>
        <translation>Цитаты не показаны: рабочая книга скрывает, сколько человек дали эту тему (слишком мало, чтобы показать безопасно, или скрыто, чтобы нельзя было вычислить малое число рядом), поэтому её ответы тоже не цитируются.</translation>
    </message>
    <message>
        <source>Quotes per theme</source>
        <translation>Цитаты по темам</translation>
    </message>
    <message>
        <source>The words only: no site, date or interviewer, in alphabetical order. Names, phone numbers, e-mail and web addresses, dates and other numbers were taken out and show as “[…]”, by simple rules that can miss some: read every quote, and check that nobody can be recognised from their words, before using it. As in the findings report, a theme is quoted, and its number shown, only when the workbook shows how many people gave it.</source>
        <translation>Только слова: без места, даты и интервьюера, по алфавиту. Имена, номера телефонов, адреса электронной почты и сайтов, даты и другие числа убраны и показаны как «[…]» по простым правилам, которые могут что-то пропустить: прочитайте каждую цитату и проверьте, что никого нельзя узнать по его словам, прежде чем её использовать. Как и в отчёте, тема цитируется, а её число показывается, только когда книга показывает, сколько человек её назвали.</translation>
    </message>
    <message>
        <source>Show quotes for themes given by few people too (coordinator's choice)</source>
        <translation>Показать цитаты и для тем, которые дали мало людей (решение координатора)</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Копировать всё</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>list the quotes</source>
        <translation>показать цитаты</translation>
    </message>
    <message>
        <source>No theme has been given yet.</source>
        <translation>Ещё не дано ни одной темы.</translation>
    </message>
</context>
<context>
    <name>ReportWritten</name>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} и {last}</translation>
    </message>
    <message>
        <source>the number of interviews hidden</source>
        <translation>число интервью скрыто</translation>
    </message>
    <message numerus="yes">
        <source>%n interviews counted</source>
        <translation><numerusform>%n интервью учтено</numerusform><numerusform>%n интервью учтены</numerusform><numerusform>%n интервью учтено</numerusform></translation>
    </message>
    <message>
        <source>The findings report ({how_many}) was written to {files}. It is a draft: read it and edit it before it is passed on.</source>
        <translation>Отчёт о результатах ({how_many}) записан в {files}. Это черновик: прочитайте и отредактируйте его, прежде чем передавать.</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Daily backup</source>
        <translation>Ежедневная копия</translation>
    </message>
    <message>
        <source>Before DuoDesk was updated</source>
        <translation>Перед обновлением DuoDesk</translation>
    </message>
    <message>
        <source>Before deleted interviews were removed for good</source>
        <translation>Перед окончательным удалением удалённых интервью</translation>
    </message>
    <message>
        <source>Before a backup was restored</source>
        <translation>Перед восстановлением из копии</translation>
    </message>
    <message>
        <source>Before interviews from the team were added</source>
        <translation>Перед добавлением интервью от команды</translation>
    </message>
    <message>
        <source>{day} at {time}: {kind}</source>
        <translation>{day}, {time}: {kind}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Восстановить из копии</translation>
    </message>
    <message>
        <source>The project goes back to how it was when the backup was made. What it holds now is kept as another backup first, so this can be undone. Close interview and Results windows first.</source>
        <translation>Проект вернётся к состоянию на момент копии. Сначала то, что в нём сейчас, сохранится в другую копию, так что это можно отменить. Сначала закройте окна интервью и результатов.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Резервные копии, новые сверху</translation>
    </message>
    <message>
        <source>This project has no backups yet.</source>
        <translation>У этого проекта ещё нет резервных копий.</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Восстановить эту копию</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <source>{question}: {value}</source>
        <translation>{question}: {value}</translation>
    </message>
    <message>
        <source>{question}: not {value}</source>
        <translation>{question}: не {value}</translation>
    </message>
    <message>
        <source>{question}: {value} ticked</source>
        <translation>{question}: отмечено {value}</translation>
    </message>
    <message>
        <source>{question}: more than {value}</source>
        <translation>{question}: больше {value}</translation>
    </message>
    <message>
        <source>{question}: less than {value}</source>
        <translation>{question}: меньше {value}</translation>
    </message>
    <message>
        <source>{question}: {value} or more</source>
        <translation>{question}: {value} или больше</translation>
    </message>
    <message>
        <source>{question}: {value} or less</source>
        <translation>{question}: {value} или меньше</translation>
    </message>
</context>
<context>
    <name>ResultsTables</name>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Not asked (skipped)</source>
        <translation>Не задан (пропущен)</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Нет ответа</translation>
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
        <source>A quarter of the answers are at or below the lower quartile, half at or below the median, three quarters at or below the upper quartile (worked out as SPSS does).</source>
        <translation>Четверть ответов не выше нижнего квартиля, половина не выше медианы, три четверти не выше верхнего квартиля (считается как в SPSS).</translation>
    </message>
    <message>
        <source>{answer} (left out of the valid %)</source>
        <translation>{answer} (не входит в валидный %)</translation>
    </message>
    <message>
        <source>% of all {count} {things}</source>
        <translation>% от всех ({count}, {things})</translation>
    </message>
    <message numerus="yes">
        <source>% of all %Ln interviews</source>
        <translation><numerusform>% от всех: %Ln интервью</numerusform><numerusform>% от всех: %Ln интервью</numerusform><numerusform>% от всех: %Ln интервью</numerusform></translation>
    </message>
    <message>
        <source>% of the {count} who answered (codes for no answer left out)</source>
        <translation>% от {count} ответивших (без кодов «нет ответа»)</translation>
    </message>
    <message>
        <source>% of the {count} who answered</source>
        <translation>% от {count} ответивших</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Adding up, % of those who answered</source>
        <translation>Накопленный % ответивших</translation>
    </message>
    <message>
        <source>A code for no answer: counted and shown, but left out of the valid percent.</source>
        <translation>Код «нет ответа»: считается и показан, но не входит в действительный процент.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>Total answers ticked</source>
        <translation>Всего отмеченных ответов</translation>
    </message>
    <message>
        <source>Answers ticked together</source>
        <translation>Ответы, отмеченные вместе</translation>
    </message>
    <message>
        <source>Number who answered</source>
        <translation>Число ответивших</translation>
    </message>
    <message>
        <source>Mean (average)</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation>Стандартное отклонение</translation>
    </message>
    <message>
        <source>Median (middle value)</source>
        <translation>Медиана (середина)</translation>
    </message>
    <message>
        <source>Lower quartile (25%)</source>
        <translation>Нижний квартиль (25%)</translation>
    </message>
    <message>
        <source>Upper quartile (75%)</source>
        <translation>Верхний квартиль (75%)</translation>
    </message>
    <message>
        <source>Smallest</source>
        <translation>Наименьшее</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Наибольшее</translation>
    </message>
    <message>
        <source>How quartiles are found</source>
        <translation>Как находят квартили</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>{answer} (counted as no answer)</source>
        <translation>{answer} (засчитано как «нет ответа»)</translation>
    </message>
    <message>
        <source>% of people (of the {count} who answered, {codes} of them only a code for no answer)</source>
        <translation>% людей (из {count} ответивших, из них {codes} только с кодом «нет ответа»)</translation>
    </message>
    <message>
        <source>% of people (of the {count} who answered)</source>
        <translation>% людей (из {count} ответивших)</translation>
    </message>
    <message numerus="yes">
        <source>% of all answers ticked (%Ln answers)</source>
        <translation><numerusform>% всех отмеченных ответов (%Ln ответ)</numerusform><numerusform>% всех отмеченных ответов (%Ln ответа)</numerusform><numerusform>% всех отмеченных ответов (%Ln ответов)</numerusform></translation>
    </message>
    <message>
        <source>“% of people” adds up to more than 100: people could tick several.</source>
        <translation>«% людей» в сумме больше 100: можно было отметить несколько ответов.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Statement: people (% of those who answered; valid %, codes for no answer left out)</source>
        <translation>Утверждение: люди (% ответивших; действительный %, без кодов «нет ответа»)</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Ответили</translation>
    </message>
    <message>
        <source>{count} ({percent}%; valid {valid}%)</source>
        <translation>{count} ({percent}%; действ. {valid}%)</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>скрыто</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>Число людей</translation>
    </message>
    <message>
        <source>% of the row</source>
        <translation>% строки</translation>
    </message>
    <message>
        <source>% of the column</source>
        <translation>% столбца</translation>
    </message>
    <message>
        <source>% of everyone in the table</source>
        <translation>% от всех в таблице</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Answer, as written</source>
        <translation>Ответ, как написан</translation>
    </message>
</context>
<context>
    <name>ResultsWindow</name>
    <message>
        <source>Type one or more numbers to split at, for example: 1, 5</source>
        <translation>Введите одно или несколько чисел для деления, например: 1, 5</translation>
    </message>
    <message>
        <source>“{typed}” is not a list of numbers. Type them with commas, for example: 1, 5</source>
        <translation>«{typed}» — не список чисел. Введите их через запятую, например: 1, 5</translation>
    </message>
    <message>
        <source>Type ordinary numbers, for example: 1, 5</source>
        <translation>Введите обычные числа, например: 1, 5</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>Reading the questionnaire…</source>
        <translation>Читаем анкету…</translation>
    </message>
    <message>
        <source>Which interviews are counted</source>
        <translation>Какие интервью считаются</translation>
    </message>
    <message>
        <source>Working it out… %p%</source>
        <translation>Считаем… %p%</translation>
    </message>
    <message>
        <source>Working it out</source>
        <translation>Считаем</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Вопросы</translation>
    </message>
    <message>
        <source>Compare t&amp;wo questions</source>
        <translation>Сравнить &amp;два вопроса</translation>
    </message>
    <message>
        <source>Language of questions and answers</source>
        <translation>Язык вопросов и ответов</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Ch&amp;oose interviews…</source>
        <translation>В&amp;ыбрать интервью…</translation>
    </message>
    <message>
        <source>Show or hide the choice of site, interviewer and dates</source>
        <translation>Показать или скрыть выбор места, интервьюера и дат</translation>
    </message>
    <message>
        <source>Results: {title}</source>
        <translation>Результаты: {title}</translation>
    </message>
    <message>
        <source>Counting: {who}…</source>
        <translation>Считаем: {who}…</translation>
    </message>
    <message numerus="yes">
        <source>Counting %n complete interviews: {who}.</source>
        <translation><numerusform>Считается %n законченное интервью: {who}.</numerusform><numerusform>Считаются %n законченных интервью: {who}.</numerusform><numerusform>Считаются %n законченных интервью: {who}.</numerusform></translation>
    </message>
    <message>
        <source>“{question}”: no answers to show.</source>
        <translation>«{question}»: нет ответов для показа.</translation>
    </message>
    <message>
        <source>These results could not be worked out: the team's server cannot be reached just now. Nothing in the project was changed; count again once it answers.</source>
        <translation>Эти результаты не удалось подсчитать: сервер команды сейчас недоступен. В проекте ничего не изменилось; пересчитайте, когда он ответит.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <source>DuoDesk could not work out these results. Nothing in the project was changed.

{details}</source>
        <translation>DuoDesk не смог посчитать эти результаты. В проекте ничего не изменено.

{details}</translation>
    </message>
</context>
<context>
    <name>SecurityHooks</name>
    <message>
        <source>⚠ This project is not locked with a passphrase: anyone who copies the file can read the interviews. Security &gt; Lock the project with a passphrase…</source>
        <translation>⚠ Этот проект не закрыт кодовой фразой: любой, кто скопирует файл, сможет прочитать интервью. Безопасность &gt; Закрыть проект кодовой фразой…</translation>
    </message>
    <message>
        <source>Choose a passphrase…</source>
        <translation>Выбрать кодовую фразу…</translation>
    </message>
    <message>
        <source>Encrypt the project, so that nobody who copies the file can read the interviews</source>
        <translation>Зашифровать проект, чтобы никто, скопировав файл, не смог прочитать интервью</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <source>A reminder stays at the bottom of the window.</source>
        <translation>Напоминание останется внизу окна.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This project now holds interviews.&lt;/b&gt; They will be about people's health and drug use: lock the project with a passphrase so that nobody who copies the file from this laptop can read them.</source>
        <translation>&lt;b&gt;В этом проекте уже есть интервью.&lt;/b&gt; Интервью будут о здоровье людей и употреблении наркотиков: закройте проект кодовой фразой, чтобы никто, скопировав файл с этого компьютера, не смог их прочитать.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This project now holds interviews.&lt;/b&gt; Lock it with a passphrase.</source>
        <translation>&lt;b&gt;В этом проекте уже есть интервью.&lt;/b&gt; Закройте его кодовой фразой.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This project now holds a questionnaire of your own.&lt;/b&gt; Its interviews will be about people's health and drug use: lock the project with a passphrase before the first one, so that nobody who copies the file from this laptop can read them.</source>
        <translation>&lt;b&gt;В этом проекте теперь есть ваша собственная анкета.&lt;/b&gt; Её интервью будут о здоровье людей и употреблении наркотиков: заприте проект парольной фразой до первого интервью, чтобы никто, скопировавший файл с этого ноутбука, не смог их прочитать.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before the first interview,&lt;/b&gt; lock this project with a passphrase.</source>
        <translation>&lt;b&gt;До первого интервью&lt;/b&gt; заприте этот проект парольной фразой.</translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation>&amp;Безопасность</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Заблокировать сейчас</translation>
    </message>
    <message>
        <source>Lock af&amp;ter…</source>
        <translation>Закрывать &amp;через…</translation>
    </message>
    <message>
        <source>&amp;Remove the passphrase…</source>
        <translation>&amp;Убрать кодовую фразу…</translation>
    </message>
    <message>
        <source>Restore a &amp;backup…</source>
        <translation>Восстановить из &amp;копии…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Журнал действий…</translation>
    </message>
    <message>
        <source>&amp;Change the passphrase…</source>
        <translation>&amp;Сменить кодовую фразу…</translation>
    </message>
    <message>
        <source>Lock the project with a &amp;passphrase…</source>
        <translation>Закрыть проект &amp;кодовой фразой…</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>Закрывать через</translation>
    </message>
    <message>
        <source>Lock every window after this many minutes with nobody using DuoDesk (0: never):</source>
        <translation>Закрывать все окна, если DuoDesk не используют столько минут (0 — никогда):</translation>
    </message>
    <message>
        <source>Close the other windows first</source>
        <translation>Сначала закройте другие окна</translation>
    </message>
    <message>
        <source>Close the interview, Results, Export and designer windows first, then try again. Nothing was changed.</source>
        <translation>Сначала закройте окна интервью, результатов, экспорта и редактора, затем попробуйте снова. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Сменить кодовую фразу</translation>
    </message>
    <message>
        <source>Lock the project with a passphrase</source>
        <translation>Закрыть проект кодовой фразой</translation>
    </message>
    <message>
        <source>Remove the passphrase?</source>
        <translation>Убрать кодовую фразу?</translation>
    </message>
    <message>
        <source>Without a passphrase anyone who copies the project file can read every interview. Remove it only if the project is moving to a laptop that is itself encrypted.</source>
        <translation>Без кодовой фразы любой, кто скопирует файл проекта, сможет прочитать все интервью. Убирайте её, только если проект переезжает на компьютер, который сам зашифрован.</translation>
    </message>
    <message>
        <source>Remove the passphrase</source>
        <translation>Убрать кодовую фразу</translation>
    </message>
    <message>
        <source>The project and its backups are now locked with the new passphrase.</source>
        <translation>Проект и его резервные копии теперь закрыты новой кодовой фразой.</translation>
    </message>
    <message>
        <source>The project and its backups are no longer encrypted.</source>
        <translation>Проект и его резервные копии больше не зашифрованы.</translation>
    </message>
    <message>
        <source>The project is now locked with the new passphrase.</source>
        <translation>Проект теперь защищён новой парольной фразой.</translation>
    </message>
    <message>
        <source>The project is no longer encrypted.</source>
        <translation>Проект больше не зашифрован.</translation>
    </message>
    <message numerus="yes">
        <source>%n older backups use an earlier passphrase and were not changed.</source>
        <translation><numerusform>%n старая резервная копия закрыта прежней кодовой фразой и не изменена.</numerusform><numerusform>%n старые резервные копии закрыты прежней кодовой фразой и не изменены.</numerusform><numerusform>%n старых резервных копий закрыты прежней кодовой фразой и не изменены.</numerusform></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Кодовая фраза</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Копия восстановлена</translation>
    </message>
    <message>
        <source>The project is back as the backup has it.</source>
        <translation>Проект возвращён к состоянию резервной копии.</translation>
    </message>
</context>
<context>
    <name>SettingsEditor</name>
    <message>
        <source>Title of the questionnaire</source>
        <translation>Название анкеты</translation>
    </message>
    <message>
        <source>Name of the questionnaire in the data files</source>
        <translation>Имя анкеты в файлах данных</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Change the version</source>
        <translation>Изменить версию</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>New language</source>
        <translation>Новый язык</translation>
    </message>
    <message>
        <source>for example  Español (es)</source>
        <translation>например  Español (es)</translation>
    </message>
    <message>
        <source>Add the language</source>
        <translation>Добавить язык</translation>
    </message>
    <message>
        <source>Make it the main language</source>
        <translation>Сделать основным языком</translation>
    </message>
    <message>
        <source>Remove the language</source>
        <translation>Убрать язык</translation>
    </message>
    <message>
        <source>Questions that make the participant code</source>
        <translation>Вопросы, из которых складывается код участника</translation>
    </message>
    <message>
        <source>Choose a question in the list to change it, or add one with the buttons above the list. The main language comes first; write each question in every language.</source>
        <translation>Выберите вопрос в списке, чтобы изменить его, или добавьте вопрос кнопками над списком. Основной язык идёт первым; напишите каждый вопрос на каждом языке.</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Name in the data files:</source>
        <translation>Имя в файлах данных:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Версия:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Языки:</translation>
    </message>
    <message>
        <source>Participant code from:</source>
        <translation>Код участника из:</translation>
    </message>
    <message>
        <source>{language}  (main language)</source>
        <translation>{language}  (основной язык)</translation>
    </message>
    <message>
        <source>Change the participant code</source>
        <translation>Изменить код участника</translation>
    </message>
    <message>
        <source>Change the title</source>
        <translation>Изменить название</translation>
    </message>
    <message>
        <source>Change the short name</source>
        <translation>Изменить краткое имя</translation>
    </message>
    <message>
        <source>Add the language {language}</source>
        <translation>Добавить язык {language}</translation>
    </message>
    <message>
        <source>Make {language} the main language</source>
        <translation>Сделать {language} основным языком</translation>
    </message>
    <message>
        <source>Remove the language {language}</source>
        <translation>Убрать язык {language}</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in – DuoDesk</source>
        <translation>Вход – DuoDesk</translation>
    </message>
    <message>
        <source>Who is using DuoDesk?</source>
        <translation>Кто работает в DuoDesk?</translation>
    </message>
    <message>
        <source>Choose your name, then type your PIN.</source>
        <translation>Выберите своё имя и введите PIN.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Close DuoDesk</source>
        <translation>Закрыть DuoDesk</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Choose your name in the list first.</source>
        <translation>Сначала выберите своё имя в списке.</translation>
    </message>
    <message>
        <source>Type your PIN first.</source>
        <translation>Сначала введите PIN.</translation>
    </message>
    <message>
        <source>Signing in did not work: {error}</source>
        <translation>Войти не удалось: {error}</translation>
    </message>
</context>
<context>
    <name>SkipLogicBuilder</name>
    <message>
        <source>When to ask this question</source>
        <translation>Когда задавать этот вопрос</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Всегда</translation>
    </message>
    <message>
        <source>Only if all of these are true</source>
        <translation>Только если всё это верно</translation>
    </message>
    <message>
        <source>Only if any of these is true</source>
        <translation>Только если верно хоть что-то из этого</translation>
    </message>
    <message>
        <source>Only if a rule written by hand is true</source>
        <translation>Только если верно правило, написанное вручную</translation>
    </message>
    <message>
        <source>Add a condition</source>
        <translation>Добавить условие</translation>
    </message>
    <message>
        <source>Rule written by hand</source>
        <translation>Правило, написанное вручную</translation>
    </message>
    <message>
        <source>for example  ${age} &gt;= 18 and ${sex} = 'female'</source>
        <translation>например  ${age} &gt;= 18 and ${sex} = 'female'</translation>
    </message>
    <message>
        <source>Ask this question:</source>
        <translation>Задавать этот вопрос:</translation>
    </message>
    <message>
        <source>Empty: the question is always asked.</source>
        <translation>Пусто: вопрос задаётся всегда.</translation>
    </message>
    <message>
        <source>⚠ {problem} (at character {position})</source>
        <translation>⚠ {problem} (на символе {position})</translation>
    </message>
    <message>
        <source>⚠ There is no question called "{name}".</source>
        <translation>⚠ Нет вопроса с именем «{name}».</translation>
    </message>
    <message>
        <source>✓ This rule can be used.</source>
        <translation>✓ Это правило можно использовать.</translation>
    </message>
</context>
<context>
    <name>SubsetBar</name>
    <message>
        <source>is</source>
        <translation>равен</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>не равен</translation>
    </message>
    <message>
        <source>includes</source>
        <translation>включает</translation>
    </message>
    <message>
        <source>is more than</source>
        <translation>больше</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>меньше</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>не меньше</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>не больше</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Любая дата</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Все места</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Интервьюер</translation>
    </message>
    <message>
        <source>All interviewers</source>
        <translation>Все интервьюеры</translation>
    </message>
    <message>
        <source>Questionnaire version</source>
        <translation>Версия анкеты</translation>
    </message>
    <message>
        <source>All versions</source>
        <translation>Все версии</translation>
    </message>
    <message>
        <source>Interviews from</source>
        <translation>Интервью с</translation>
    </message>
    <message>
        <source>Interviews up to</source>
        <translation>Интервью по</translation>
    </message>
    <message>
        <source>Question for a condition</source>
        <translation>Вопрос для условия</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>Answer for the condition</source>
        <translation>Ответ для условия</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Add this condition</source>
        <translation>Добавить это условие</translation>
    </message>
    <message>
        <source>Count everyone again</source>
        <translation>Снова считать всех</translation>
    </message>
    <message>
        <source>Remove every choice of interviews</source>
        <translation>Убрать весь выбор интервью</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>&amp;Interviewer:</source>
        <translation>&amp;Интервьюер:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Версия:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;По:</translation>
    </message>
    <message>
        <source>O&amp;nly people whose answer to</source>
        <translation>Только люди, чей &amp;ответ на</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>Версия {number}</translation>
    </message>
    <message>
        <source>Choose or type the answer for the condition first.</source>
        <translation>Сначала выберите или введите ответ для условия.</translation>
    </message>
    <message>
        <source>“{question}” {comparison} {answer}</source>
        <translation>«{question}» {comparison} {answer}</translation>
    </message>
    <message>
        <source>Only people whose answer to {conditions}</source>
        <translation>Только люди, чей ответ на {conditions}</translation>
    </message>
</context>
<context>
    <name>TextPage</name>
    <message>
        <source>Written answers</source>
        <translation>Письменные ответы</translation>
    </message>
    <message numerus="yes">
        <source>%Ln written answers, oldest first.</source>
        <translation>
            <numerusform>%Ln письменный ответ, сначала старые.</numerusform>
            <numerusform>%Ln письменных ответа, сначала старые.</numerusform>
            <numerusform>%Ln письменных ответов, сначала старые.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody wrote an answer to this question in these interviews.</source>
        <translation>В этих интервью никто не написал ответ на этот вопрос.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Send interviews to the team</source>
        <translation>Отправить интервью команде</translation>
    </message>
    <message>
        <source>Add a transfer file</source>
        <translation>Добавить файл передачи</translation>
    </message>
    <message>
        <source>Add a team member's transfer file</source>
        <translation>Добавить файл передачи от члена команды</translation>
    </message>
    <message>
        <source>DuoDesk writes a file you can carry on a USB stick to the coordinator or to another laptop. It holds the questionnaire, the finished interviews, their corrections and deletions, locked with the team passphrase: without the passphrase nobody can read it.</source>
        <translation>DuoDesk запишет файл, который можно отнести на флешке координатору или на другой компьютер. В нём анкета, законченные интервью, их исправления и удаления, закрытые кодовой фразой команды: без неё никто не сможет его прочитать.</translation>
    </message>
    <message>
        <source>Interviews from the file are added to this project; ones already here are brought up to date, never added twice. Reading the same file again changes nothing. Use the team passphrase the file was made with.</source>
        <translation>Интервью из файла добавляются в этот проект; те, что уже есть, обновляются и никогда не добавляются дважды. Повторное чтение того же файла ничего не меняет. Используйте кодовую фразу команды, с которой был сделан файл.</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>Файл ещё не выбран</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Выбрать, куда сохранить…</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Only the questionnaire, no interviews (for laptops joining the team)</source>
        <translation>Только анкету, без интервью (для компьютеров, которые присоединяются к команде)</translation>
    </message>
    <message>
        <source>Every questionnaire in this project</source>
        <translation>Все анкеты этого проекта</translation>
    </message>
    <message>
        <source>What to send</source>
        <translation>Что отправить</translation>
    </message>
    <message>
        <source>Send:</source>
        <translation>Отправить:</translation>
    </message>
    <message>
        <source>Team passphrase</source>
        <translation>Кодовая фраза команды</translation>
    </message>
    <message>
        <source>Team passphrase:</source>
        <translation>Кодовая фраза команды:</translation>
    </message>
    <message>
        <source>Team passphrase again</source>
        <translation>Кодовая фраза команды ещё раз</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>Введите ещё раз:</translation>
    </message>
    <message>
        <source>Write the file</source>
        <translation>Записать файл</translation>
    </message>
    <message>
        <source>Add the interviews</source>
        <translation>Добавить интервью</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <source>Review possible duplicates…</source>
        <translation>Проверить возможные повторы…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Save the transfer file</source>
        <translation>Сохранить файл передачи</translation>
    </message>
    <message>
        <source>DuoDesk transfer files (*{suffix})</source>
        <translation>Файлы передачи DuoDesk (*{suffix})</translation>
    </message>
    <message>
        <source>Choose a transfer file</source>
        <translation>Выберите файл передачи</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Две кодовые фразы пока не совпадают.</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Записываем файл…</translation>
    </message>
    <message>
        <source>Reading the file and adding the interviews…</source>
        <translation>Читаем файл и добавляем интервью…</translation>
    </message>
    <message>
        <source>Stopped. Nothing was written or changed.</source>
        <translation>Остановлено. Ничего не записано и не изменено.</translation>
    </message>
    <message>
        <source>The file could not be written there: {reason}. Nothing was saved.</source>
        <translation>Не удалось записать файл туда: {reason}. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>send the interviews</source>
        <translation>отправить интервью</translation>
    </message>
    <message>
        <source>read the file</source>
        <translation>прочитать файл</translation>
    </message>
    <message>
        <source>&amp;Send interviews to the team…</source>
        <translation>&amp;Отправить интервью команде…</translation>
    </message>
    <message>
        <source>Add a &amp;transfer file…</source>
        <translation>Добавить файл &amp;передачи…</translation>
    </message>
    <message>
        <source>Possible &amp;duplicates across sites…</source>
        <translation>Возможные &amp;повторы между местами…</translation>
    </message>
    <message>
        <source>Possible duplicates across sites</source>
        <translation>Возможные повторы между местами</translation>
    </message>
    <message>
        <source>Choose a questionnaire in the list first.</source>
        <translation>Сначала выберите анкету в списке.</translation>
    </message>
</context>
<context>
    <name>TryDialog</name>
    <message>
        <source>Trying “{title}” (nothing is saved)</source>
        <translation>Пробуем «{title}» (ничего не сохраняется)</translation>
    </message>
    <message>
        <source>This is a practice run: answer as a participant would. Nothing you type here is saved. Close this window to go back to the designer.</source>
        <translation>Это пробный прогон: отвечайте, как ответил бы участник. Ничего из введённого здесь не сохраняется. Закройте это окно, чтобы вернуться в конструктор.</translation>
    </message>
    <message>
        <source>Finish (nothing is saved)</source>
        <translation>Закончить (ничего не сохраняется)</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>DuoDesk is locked</source>
        <translation>DuoDesk заблокирован</translation>
    </message>
    <message>
        <source>The project is hidden until the signed-in person's PIN or password is typed. An interview that was open is kept as it was.</source>
        <translation>Проект скрыт, пока не введён PIN или пароль того, кто вошёл. Открытое интервью остаётся как было.</translation>
    </message>
    <message>
        <source>The project is hidden until its passphrase is typed. An interview that was open is kept as it was.</source>
        <translation>Проект скрыт, пока не введена его кодовая фраза. Открытое интервью остаётся как было.</translation>
    </message>
    <message>
        <source>Your PIN or password</source>
        <translation>Ваш PIN или пароль</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Кодовая фраза</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>Close DuoDesk</source>
        <translation>Закрыть DuoDesk</translation>
    </message>
    <message>
        <source>{key}:</source>
        <translation>{key}:</translation>
    </message>
    <message>
        <source>Type your PIN or password first.</source>
        <translation>Сначала введите PIN или пароль.</translation>
    </message>
    <message>
        <source>That is not the passphrase. Capital letters count.</source>
        <translation>Это не та кодовая фраза. Заглавные буквы важны.</translation>
    </message>
</context>
</TS>