<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Analysis</name>
    <message>
        <source>There is no question called "{name}" in "{title}". Use the question's name as the questionnaire gives it.</source>
        <translation>لا يوجد سؤال اسمه «{name}» في «{title}». استخدم اسم السؤال كما هو في الاستبيان.</translation>
    </message>
    <message>
        <source>There is no questionnaire "{form_id}" in this project. The list command shows the questionnaires there are.</source>
        <translation>لا يوجد استبيان «{form_id}» في هذا المشروع. الأمر list يعرض الاستبيانات الموجودة.</translation>
    </message>
    <message>
        <source>{where}: "{name}" is a date question; compare it with a date written as YYYY-MM-DD, e.g. "{name} {operator} 2026-01-31".</source>
        <translation>{where}: «{name}» سؤال تاريخ؛ قارنه بتاريخ مكتوب بالشكل YYYY-MM-DD، مثل «{name} {operator} 2026-01-31».</translation>
    </message>
    <message>
        <source>{where}: "{name}" is a number question; compare it with a number.</source>
        <translation>{where}: «{name}» سؤال رقم؛ قارنه برقم.</translation>
    </message>
    <message>
        <source>{where}: "{name}" is not a number question nor a date question, so "{operator}" cannot be used with it.</source>
        <translation>{where}: «{name}» ليس سؤال رقم ولا سؤال تاريخ، لذلك لا يمكن استخدام «{operator}» معه.</translation>
    </message>
    <message>
        <source>{where}: "includes" is for questions where several answers can be ticked; use "=" for "{name}".</source>
        <translation>{where}: «includes» للأسئلة التي يمكن فيها اختيار عدة إجابات؛ استخدم «=» مع «{name}».</translation>
    </message>
    <message>
        <source>{where}: several answers can be ticked for "{name}"; write "{name} includes CHOICE".</source>
        <translation>{where}: يمكن اختيار عدة إجابات في «{name}»؛ اكتب «{name} includes الخيار».</translation>
    </message>
    <message>
        <source>{where}: "{value}" is not one of the answers to "{name}" ({choices}).</source>
        <translation>{where}: «{value}» ليست من إجابات «{name}» ({choices}).</translation>
    </message>
    <message>
        <source>"{label}" can have several answers ticked, so it cannot be one side of a crosstab. Choose a question with one answer.</source>
        <translation>يمكن اختيار عدة إجابات في «{label}»، لذلك لا يمكن أن يكون جانبًا في جدول تقاطعي. اختر سؤالًا بإجابة واحدة.</translation>
    </message>
    <message>
        <source>"{label}" is asked once for each instance of “{repeat_label}”: put it against a question asked once per interview (a crosstab of two repeat questions, or of a repeat question and themes, is not made).</source>
        <translation>يُطرح «{label}» مرة لكل عنصر من «{repeat_label}»: قابله بسؤال يُطرح مرة واحدة في كل مقابلة (لا يُعدّ جدول متقاطع لسؤالين متكررين، ولا لسؤال متكرر مع موضوعات).</translation>
    </message>
    <message>
        <source>Choose two different questions for a crosstab.</source>
        <translation>اختر سؤالين مختلفين للجدول التقاطعي.</translation>
    </message>
    <message>
        <source>"{label}" can have several answers ticked: compare the themes with a question with one answer.</source>
        <translation>يمكن اختيار عدة إجابات في «{label}»: قارن المواضيع بسؤال له إجابة واحدة.</translation>
    </message>
    <message>
        <source>This table would count only 1 to {threshold} people, and the project hides numbers from 1 to {threshold}: none of its numbers can be shown. Choose a larger part of the survey.</source>
        <translation>سيعدّ هذا الجدول من 1 إلى {threshold} أشخاص فقط، والمشروع يخفي الأعداد من 1 إلى {threshold}: لا يمكن عرض أي من أعداده. اختر جزءًا أكبر من المسح.</translation>
    </message>
    <message>
        <source>This part of the survey leaves out only 1 to {threshold} of the people the table counts for the whole survey: set beside that table, its numbers would give those few people's answers by subtraction. Choose a part that leaves out none of them, or at least {n}.</source>
        <translation>هذا الجزء من المسح يستبعد من 1 إلى {threshold} فقط من الأشخاص الذين يعدّهم الجدول للمسح كله: إذا وُضع بجانب ذلك الجدول، فإن أعداده تعطي بالطرح إجابات هؤلاء الأشخاص القلائل. اختر جزءًا لا يستبعد أحدًا، أو يستبعد {n} على الأقل.</translation>
    </message>
    <message>
        <source>"{operator}" is not a comparison DuoDesk knows; use one of {known}.</source>
        <translation>«{operator}» ليست مقارنة يعرفها DuoDesk؛ استخدم واحدة من هذه: {known}.</translation>
    </message>
    <message>
        <source>"{question} {operator} {value}": "{value}" is not a number, nor a date written as YYYY-MM-DD.</source>
        <translation>«{question} {operator} {value}»: «{value}» ليست رقمًا ولا تاريخًا مكتوبًا بالشكل YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>"{text}" is not a condition DuoDesk can read. Write it like "sex=female", "age&gt;30" or "drugs includes heroin".</source>
        <translation>لا يستطيع DuoDesk قراءة الشرط «{text}». اكتبه مثل «sex=female» أو «age&gt;30» أو «drugs includes heroin».</translation>
    </message>
    <message>
        <source>"{name}" is not a number question, so it cannot have bins.</source>
        <translation>«{name}» ليس سؤال رقم، لذلك لا يمكن أن تكون له فئات.</translation>
    </message>
    <message>
        <source>{question}: themes</source>
        <translation>{question}: المواضيع</translation>
    </message>
    <message>
        <source>Both coders must decide on the same answers.</source>
        <translation>يجب أن يقرر المرمِّزان على نفس الإجابات.</translation>
    </message>
    <message>
        <source>Not codable</source>
        <translation>لا يمكن ترميزها</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>over a project too damaged to read</source>
        <translation>مكان مشروع تالف لا يمكن قراءته</translation>
    </message>
    <message>
        <source>records {first} to {last} of the trail it replaced, kept here</source>
        <translation>السجلات من {first} إلى {last} من السجل الذي استُبدل، محفوظة هنا</translation>
    </message>
    <message>
        <source>the trail in the file is not the one this laptop wrote for this project (its keys were removed or replaced, so it was rewritten or swapped)</source>
        <translation>السجل الموجود في الملف ليس السجل الذي كتبه هذا الحاسوب لهذا المشروع (أُزيلت مفاتيحه أو استُبدلت، أي أنه أُعيدت كتابته أو بُدّل)</translation>
    </message>
    <message>
        <source>records {first} to {newest}, which this laptop wrote, were lost: a damaged project was replaced by an older copy at record {restored}</source>
        <translation>السجلات من {first} إلى {newest}، التي كتبها هذا الحاسوب، ضاعت: استُبدل مشروع تالف بنسخة أقدم عند السجل {restored}</translation>
    </message>
    <message>
        <source>record {number} is missing</source>
        <translation>السجل {number} مفقود</translation>
    </message>
    <message>
        <source>record {number} does not follow the one before</source>
        <translation>السجل {number} لا يلي السجل الذي قبله</translation>
    </message>
    <message>
        <source>records from {number} on were written with a key this laptop does not hold (on another laptop, or by someone rewriting the trail), so they cannot be vouched for here</source>
        <translation>السجلات من {number} فما بعد كُتبت بمفتاح ليس على هذا الحاسوب (على حاسوب آخر، أو بيد من أعاد كتابة السجل)، فلا يمكن ضمانها هنا</translation>
    </message>
    <message>
        <source>record {number} was changed after it was written</source>
        <translation>السجل {number} تغيّر بعد كتابته</translation>
    </message>
    <message>
        <source>record {number} is not the one this laptop wrote there: the trail was emptied or rewritten and begun again</source>
        <translation>السجل {number} ليس الذي كتبه هذا الحاسوب هنا: أُفرغ سجل التدقيق أو أُعيدت كتابته وبُدئ من جديد</translation>
    </message>
    <message>
        <source>records from {number} on are missing: this laptop wrote the trail up to record {newest} (they were cut off, or the trail was emptied and begun again)</source>
        <translation>السجلات من {number} فما بعد مفقودة: كتب هذا الحاسوب السجل حتى السجل {newest} (قُطعت، أو أُفرغ السجل وبدأ من جديد)</translation>
    </message>
    <message>
        <source>“{title}” is in the project, but the trail has no record of it being added: records were removed, or the trail was emptied and begun again</source>
        <translation>«{title}» موجود في المشروع، لكن السجل لا يذكر إضافته: حُذفت سجلات، أو أُفرغ السجل وبُدئ من جديد</translation>
    </message>
    <message>
        <source>the guard that stops records being changed or deleted was removed from the project ({names}), so records may have been changed or deleted by hand</source>
        <translation>أُزيلت من المشروع الحماية التي تمنع تغيير السجلات أو حذفها ({names})، لذا ربما غُيّرت سجلات أو حُذفت يدويًا</translation>
    </message>
    <message>
        <source>the list of people is not the one the trail recorded: {name} is {now} in the list and {then} in the trail (changed by hand)</source>
        <translation>قائمة الأشخاص ليست التي سجّلها السجل: {name} {now} في القائمة و{then} في السجل (غُيّرت يدويًا)</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>غير مدرج</translation>
    </message>
    <message>
        <source>records from {number} on are missing: the project lists a key that wrote them (they were deleted, or the trail was emptied and begun again)</source>
        <translation>السجلات من {number} فصاعدًا مفقودة: يذكر المشروع مفتاحًا كتبها (حُذفت، أو أُفرغ السجل وبُدئ من جديد)</translation>
    </message>
</context>
<context>
    <name>Codebook</name>
    <message>
        <source>written answer</source>
        <translation>إجابة مكتوبة</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>عدد صحيح</translation>
    </message>
    <message>
        <source>number</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>one answer from a list</source>
        <translation>إجابة واحدة من قائمة</translation>
    </message>
    <message>
        <source>several answers from a list</source>
        <translation>عدة إجابات من قائمة</translation>
    </message>
    <message>
        <source>date (YYYY-MM-DD)</source>
        <translation>تاريخ (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>time (HH:MM)</source>
        <translation>وقت (HH:MM)</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>تاريخ ووقت</translation>
    </message>
    <message>
        <source>location: latitude longitude altitude accuracy</source>
        <translation>مكان: خط العرض خط الطول الارتفاع الدقة</translation>
    </message>
    <message>
        <source>line: locations separated by ;</source>
        <translation>خط: أماكن تفصل بينها ;</translation>
    </message>
    <message>
        <source>shape: locations separated by ;</source>
        <translation>شكل: أماكن تفصل بينها ;</translation>
    </message>
    <message>
        <source>location where the interview started</source>
        <translation>المكان الذي بدأت فيه المقابلة</translation>
    </message>
    <message>
        <source>name of an attached photo</source>
        <translation>اسم صورة مرفقة</translation>
    </message>
    <message>
        <source>name of an attached recording</source>
        <translation>اسم تسجيل مرفق</translation>
    </message>
    <message>
        <source>name of an attached video</source>
        <translation>اسم فيديو مرفق</translation>
    </message>
    <message>
        <source>name of an attached file</source>
        <translation>اسم ملف مرفق</translation>
    </message>
    <message>
        <source>code (typed)</source>
        <translation>رمز (مكتوب باليد)</translation>
    </message>
    <message>
        <source>number in a range</source>
        <translation>رقم ضمن مدى</translation>
    </message>
    <message>
        <source>OK when acknowledged</source>
        <translation>OK عند التأكيد</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Asked when</source>
        <translation>متى يُسأل</translation>
    </message>
    <message>
        <source>Allowed answers</source>
        <translation>الإجابات المسموحة</translation>
    </message>
    <message>
        <source>Choices (code = label)</source>
        <translation>الخيارات (الرمز = التسمية)</translation>
    </message>
    <message>
        <source>Missing codes</source>
        <translation>رموز القيم المفقودة</translation>
    </message>
    <message>
        <source>the label of the choice</source>
        <translation>تسمية الخيار</translation>
    </message>
    <message>
        <source>the code of the choice (see Choices)</source>
        <translation>رمز الخيار (انظر الخيارات)</translation>
    </message>
    <message>
        <source>How to read the interview data (the Data sheet of the separate interview file, the CSV or the SPSS file; this workbook has none): one row per complete interview, one column per question.</source>
        <translation>كيف تقرأ بيانات المقابلات (ورقة Data في ملف المقابلات المنفصل، أو ملف CSV أو ملف SPSS؛ هذا المصنف لا يحتوي عليها): صف لكل مقابلة مكتملة، وعمود لكل سؤال.</translation>
    </message>
    <message>
        <source>An answer to a question with a list of choices is shown as {shown}.</source>
        <translation>إجابة السؤال الذي له قائمة خيارات تظهر على شكل {shown}.</translation>
    </message>
    <message>
        <source>Questions where several answers could be ticked have one column with all the answers, and one column per choice holding 1 (ticked) or 0 (not ticked).</source>
        <translation>الأسئلة التي كان يمكن فيها اختيار عدة إجابات لها عمود فيه كل الإجابات، وعمود لكل خيار فيه 1 (مختار) أو 0 (غير مختار).</translation>
    </message>
    <message>
        <source>An EMPTY cell means “No answer”: the question was asked, but no answer was given.</source>
        <translation>الخلية الفارغة تعني «لا إجابة»: طُرح السؤال، لكن لم تُعطَ إجابة.</translation>
    </message>
    <message>
        <source>“{not_asked}” means “Not asked (skipped)”: the questionnaire's logic skipped the question for this person (see Asked when).</source>
        <translation>«{not_asked}» تعني «لم يُطرح (تم تخطيه)»: منطق الاستبيان تخطى السؤال لهذا الشخص (انظر متى يُسأل).</translation>
    </message>
    <message>
        <source>“{not_in_version}” means the interview used a version of the questionnaire without this question.</source>
        <translation>«{not_in_version}» تعني أن المقابلة استخدمت نسخة من الاستبيان ليس فيها هذا السؤال.</translation>
    </message>
    <message>
        <source>Missing codes (such as “Don't know”) are real answers, but are left out of valid percentages.</source>
        <translation>رموز القيم المفقودة (مثل «لا أعرف») إجابات حقيقية، لكنها لا تدخل في النسب الصالحة.</translation>
    </message>
    <message>
        <source>In the SPSS file, choices are numbered 1, 2, ... in list order with their labels attached; missing codes are -1, -2, ...; -99 = No answer, -98 = Not asked (skipped), -97 = not in version. A number question with real answers of -97 or below gets codes below its smallest answer instead (-999, -998, -997, ...), stated in its value labels and in the codebook written beside the .sav file. All of these are declared missing.</source>
        <translation>في ملف SPSS، الخيارات مرقمة 1، 2، ... بترتيب القائمة مع تسمياتها؛ ورموز القيم المفقودة هي -1، -2، ...؛ و-99 = لا إجابة، و-98 = لم يُطرح (تم تخطيه)، و-97 = ليس في النسخة. سؤال الرقم الذي له إجابات حقيقية تساوي -97 أو أقل يأخذ بدلًا منها رموزًا أصغر من أصغر إجابة فيه (-999، -998، -997، ...)، مذكورة في تسميات قيمه وفي دليل الرموز المكتوب بجانب ملف .sav. كل هذه الرموز معلنة كقيم مفقودة.</translation>
    </message>
    <message>
        <source>A choice whose name is a number (such as -1, 0 or 99) keeps that number as its code in the SPSS file, as in the CSV file; the other choices are numbered around it, and should a choice take -99, -98 or -97, that question's codes for No answer, Not asked and not in version move below its choices (-999, -998, -997 or lower; the codebook beside the .sav file says which).</source>
        <translation>الخيار الذي اسمه رقم (مثل -1 أو 0 أو 99) يحتفظ بهذا الرقم رمزًا له في ملف SPSS، كما في ملف CSV؛ وتُرقَّم الخيارات الأخرى حوله، وإذا أخذ خيارٌ -99 أو -98 أو -97 تنتقل رموز هذا السؤال لـ لا إجابة ولم يُطرح وليس في النسخة إلى ما دون خياراته (-999، -998، -997 أو أقل؛ ويذكر دليل الرموز بجانب ملف .sav أيّها).</translation>
    </message>
    <message>
        <source>1 = ticked, 0 = not ticked</source>
        <translation>1 = مختار، 0 = غير مختار</translation>
    </message>
    <message>
        <source>Not in the data: {why}</source>
        <translation>ليس في البيانات: {why}</translation>
    </message>
    <message>
        <source>themes of the written answer to {question}, coded by the group (several can apply)</source>
        <translation>مواضيع الإجابة المكتوبة على {question}، رمّزتها المجموعة (يمكن أن تنطبق عدة مواضيع)</translation>
    </message>
    <message>
        <source>{question} was answered in words and coded</source>
        <translation>أُجيب على {question} بكلمات ثم رُمِّزت الإجابة</translation>
    </message>
    <message>
        <source>Interview number in the project: the same interview has the same number in every export</source>
        <translation>رقم المقابلة في المشروع: للمقابلة نفسها الرقم نفسه في كل تصدير</translation>
    </message>
    <message>
        <source>Questionnaire version</source>
        <translation>نسخة الاستبيان</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Date of the interview</source>
        <translation>تاريخ المقابلة</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>الباحث الميداني</translation>
    </message>
    <message>
        <source>part of the participant code: never exported</source>
        <translation>جزء من رمز المشارك: لا يُصدَّر أبدًا</translation>
    </message>
    <message>
        <source>worked out from the participant code: never stored</source>
        <translation>مستخرج من رمز المشارك: لا يُحفظ أبدًا</translation>
    </message>
    <message>
        <source>asked once for each instance of “{repeat}”: in the file of that repeat ({name}), one row per instance</source>
        <translation>يُطرح مرة لكل عنصر من «{repeat}»: في ملف هذا التكرار ({name})، صف لكل عنصر</translation>
    </message>
    <message>
        <source>recorded by the phone or laptop: left out of de-identified data</source>
        <translation>سجّله الهاتف أو الحاسوب: حُذف من البيانات مجهولة الهوية</translation>
    </message>
    <message>
        <source>marked as identifying: left out of de-identified data</source>
        <translation>معلَّم كسؤال يكشف الهوية: حُذف من البيانات مجهولة الهوية</translation>
    </message>
    <message>
        <source>written answers: left out of de-identified data</source>
        <translation>إجابات مكتوبة: حُذفت من البيانات مجهولة الهوية</translation>
    </message>
    <message>
        <source>a location identifies a person: left out of de-identified data</source>
        <translation>المكان يكشف هوية الشخص: حُذف من البيانات مجهولة الهوية</translation>
    </message>
    <message>
        <source>names of attached files (photos, recordings): not in this file</source>
        <translation>أسماء الملفات المرفقة (صور، تسجيلات): ليست في هذا الملف</translation>
    </message>
</context>
<context>
    <name>Command line</name>
    <message>
        <source>DuoDesk: surveys by peer researchers, offline. Without a command, the DuoDesk window opens.</source>
        <translation>DuoDesk: استبيانات يجريها الأقران، بدون إنترنت. بدون أمر، تُفتح نافذة DuoDesk.</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>اعرض النسخة</translation>
    </message>
    <message>
        <source>the project: a .duodesk file or a postgresql:// URL (default: $DUODESK_DB, else your own local project)</source>
        <translation>المشروع: ملف .duodesk أو عنوان postgresql:// (الافتراضي: $DUODESK_DB، وإلا فمشروعك المحلي)</translation>
    </message>
    <message>
        <source>a file whose first line is the project's passphrase (or set DUODESK_PASSPHRASE, which other programs run by the same account can read; asked for when the project is locked and neither is given)</source>
        <translation>ملف سطره الأول هو عبارة مرور المشروع (أو اضبط DUODESK_PASSPHRASE، التي تستطيع برامج أخرى تعمل بنفس الحساب قراءتها؛ تُطلب إذا كان المشروع مقفلًا ولم يُعطَ أيٌّ منهما)</translation>
    </message>
    <message>
        <source>who is using DuoDesk, when the project lists people (or set DUODESK_PERSON); commands other than list need a coordinator</source>
        <translation>من يستخدم DuoDesk، إذا كان في المشروع قائمة أشخاص (أو اضبط DUODESK_PERSON)؛ الأوامر غير list تحتاج إلى منسّق</translation>
    </message>
    <message>
        <source>a file whose first line is that person's PIN or password (or set DUODESK_PIN, which other programs run by the same account can read; asked for when neither is given)</source>
        <translation>ملف سطره الأول هو رمز PIN أو كلمة مرور ذلك الشخص (أو اضبط DUODESK_PIN، التي تستطيع برامج أخرى تعمل بنفس الحساب قراءتها؛ تُطلب إذا لم يُعطَ أيٌّ منهما)</translation>
    </message>
    <message>
        <source>add a questionnaire (XLSForm .xlsx) to the project and print its form id</source>
        <translation>أضف استبيانًا (XLSForm .xlsx) إلى المشروع واعرض معرّفه</translation>
    </message>
    <message>
        <source>Add a questionnaire from an XLSForm workbook (ODK, KoboToolbox or DuoDesk). Importing a changed form whose questionnaire already has interviews makes a new version; the interviews keep theirs.</source>
        <translation>أضف استبيانًا من مصنف XLSForm (ODK أو KoboToolbox أو DuoDesk). استيراد نموذج معدّل لاستبيان له مقابلات بالفعل ينشئ نسخة جديدة؛ وتحتفظ المقابلات بنسختها.</translation>
    </message>
    <message>
        <source>the XLSForm workbook</source>
        <translation>مصنف XLSForm</translation>
    </message>
    <message>
        <source>a file the form reads choices or data from (villages.csv), when it is not in the form's folder; may be given more than once</source>
        <translation>ملف يقرأ منه النموذج خيارات أو بيانات (villages.csv)، إذا لم يكن في مجلد النموذج؛ يمكن ذكره أكثر من مرة</translation>
    </message>
    <message>
        <source>Import interviews into the newest version of a questionnaire. By default nothing is imported if any row has a problem, and every problem is listed. Rows imported before are skipped.</source>
        <translation>استورد مقابلات إلى أحدث نسخة من الاستبيان. بشكل افتراضي لا يُستورد شيء إذا كان في أي صف مشكلة، وتُذكر كل المشاكل. الصفوف التي استُوردت من قبل تُتخطى.</translation>
    </message>
    <message>
        <source>the questionnaire's form id</source>
        <translation>معرّف الاستبيان</translation>
    </message>
    <message>
        <source>add the choices or data files a questionnaire was added without</source>
        <translation>إضافة ملفات الخيارات أو البيانات التي أُضيف الاستبيان بدونها</translation>
    </message>
    <message>
        <source>Add files a questionnaire reads its answer options or data from (select_one_from_file, select_one_external, pulldata), which were not next to the form when it was added. Each file must have the name the form gives it. The questions that need a file can be answered once it is added; no new version is made.</source>
        <translation>إضافة الملفات التي يقرأ منها الاستبيان خيارات الإجابة أو البيانات (select_one_from_file، select_one_external، pulldata)، والتي لم تكن بجانب النموذج عند إضافته. يجب أن يحمل كل ملف الاسم الذي يعطيه له النموذج. يمكن الإجابة عن الأسئلة التي تحتاج إلى ملف بعد إضافته؛ ولا يُنشأ إصدار جديد.</translation>
    </message>
    <message>
        <source>the files to add</source>
        <translation>الملفات المراد إضافتها</translation>
    </message>
    <message>
        <source>import the valid rows and write the others, with reasons, to DATA.rejected.csv beside the file</source>
        <translation>استورد الصفوف الصحيحة واكتب الصفوف الأخرى، مع الأسباب، في DATA.rejected.csv بجانب الملف</translation>
    </message>
    <message>
        <source>site for rows whose file names none</source>
        <translation>الموقع للصفوف التي لا يذكر ملفها موقعًا</translation>
    </message>
    <message>
        <source>interviewer for rows that name none</source>
        <translation>الباحث الميداني للصفوف التي لا تذكر باحثًا</translation>
    </message>
    <message>
        <source>list the questionnaires with their numbers of interviews</source>
        <translation>اعرض الاستبيانات مع أعداد مقابلاتها</translation>
    </message>
    <message>
        <source>List the project's questionnaires: form id, versions, complete interviews, unfinished interviews, title.</source>
        <translation>اعرض استبيانات المشروع: المعرّف، النسخ، المقابلات المكتملة، المقابلات غير المكتملة، العنوان.</translation>
    </message>
    <message>
        <source>print the summary tables of a questionnaire (--json for JSON)</source>
        <translation>اعرض جداول ملخص الاستبيان (--json لمخرجات JSON)</translation>
    </message>
    <message>
        <source>Summarize the complete interviews of a questionnaire: a frequency table for every question with choices, multiple-response tables, and descriptives for numbers. Percentages are of all interviews unless they say otherwise.</source>
        <translation>لخّص المقابلات المكتملة في الاستبيان: جدول تكرارات لكل سؤال له خيارات، وجداول الإجابات المتعددة، وإحصاءات وصفية للأرقام. النسب من كل المقابلات ما لم يُذكر غير ذلك.</translation>
    </message>
    <message>
        <source>print JSON instead of tables</source>
        <translation>اعرض JSON بدل الجداول</translation>
    </message>
    <message>
        <source>print a crosstab of two questions with chi-square (--json for JSON)</source>
        <translation>اعرض جدولًا تقاطعيًا لسؤالين مع مربع كاي (--json لمخرجات JSON)</translation>
    </message>
    <message>
        <source>Count the complete interviews by their answers to two questions: counts, row, column and total percents, Pearson's chi-square (statistic, degrees of freedom, p) and Fisher's exact test for 2x2 tables and for larger ones with an expected count under 5. Only interviews with a valid answer to both questions are counted: blanks and missing codes such as "Don't know" are left out, as in SPSS.</source>
        <translation>عدّ المقابلات المكتملة حسب إجاباتها على سؤالين: الأعداد، ونسب الصف والعمود والمجموع، ومربع كاي لبيرسون (القيمة، درجات الحرية، p)، واختبار فيشر الدقيق لجداول 2x2 وللجداول الأكبر التي فيها عدد متوقع أقل من 5. تُعدّ فقط المقابلات التي فيها إجابة صالحة على السؤالين: الإجابات الفارغة ورموز القيم المفقودة مثل «لا أعرف» تُترك، كما في SPSS.</translation>
    </message>
    <message>
        <source>the question whose answers make the rows</source>
        <translation>السؤال الذي تكوّن إجاباته الصفوف</translation>
    </message>
    <message>
        <source>the question whose answers make the columns</source>
        <translation>السؤال الذي تكوّن إجاباته الأعمدة</translation>
    </message>
    <message>
        <source>export the interviews as a health-board workbook (.xlsx), CSV or SPSS file</source>
        <translation>صدّر المقابلات كمصنف للجهة الصحية (.xlsx) أو CSV أو ملف SPSS</translation>
    </message>
    <message>
        <source>Export the complete interviews of a questionnaire. The workbook has a cover, the summary tables, charts and a codebook, with small numbers hidden: it can be passed on. The CSV and SPSS files are interview-level files, one row per interview: in a small survey a row can identify a person, so keep them within the group. Data are de-identified unless told otherwise. Files are written only when complete, readable by their owner only.</source>
        <translation>صدّر المقابلات المكتملة للاستبيان. في المصنف غلاف وجداول الملخص ورسوم بيانية ودليل رموز، والأعداد الصغيرة مخفية: يمكن تسليمه. ملفات CSV وSPSS على مستوى المقابلة، صف لكل مقابلة: في استبيان صغير قد يكشف الصف هوية شخص، لذلك احفظها داخل المجموعة. البيانات مجهولة الهوية ما لم يُطلب غير ذلك. لا تُكتب الملفات إلا كاملة، ولا يقرؤها إلا مالكها.</translation>
    </message>
    <message>
        <source>write the health-board workbook</source>
        <translation>اكتب المصنف للجهة الصحية</translation>
    </message>
    <message>
        <source>write every interview, one row each, as CSV (an interview-level file)</source>
        <translation>اكتب كل مقابلة، صفًا لكل منها، بصيغة CSV (ملف على مستوى المقابلة)</translation>
    </message>
    <message>
        <source>write every interview, one row each, for SPSS (an interview-level file)</source>
        <translation>اكتب كل مقابلة، صفًا لكل منها، لبرنامج SPSS (ملف على مستوى المقابلة)</translation>
    </message>
    <message>
        <source>with --xlsx, also write one row per interview to OUT-interviews.xlsx; in a small survey a row can identify the person interviewed, so keep that file within the group</source>
        <translation>مع --xlsx، اكتب أيضًا صفًا لكل مقابلة في OUT-interviews.xlsx؛ في استبيان صغير قد يكشف الصف هوية الشخص الذي أُجريت معه المقابلة، لذلك احفظ هذا الملف داخل المجموعة</translation>
    </message>
    <message>
        <source>hide counts from 1 to this number (default 4, or what the project requires; a lower one than the project requires is refused)</source>
        <translation>أخفِ الأعداد من 1 إلى هذا الرقم (4 افتراضيًا، أو ما يطلبه المشروع؛ الرقم الأقل مما يطلبه المشروع مرفوض)</translation>
    </message>
    <message>
        <source>do not hide small numbers (the file must then stay within the group)</source>
        <translation>لا تخفِ الأعداد الصغيرة (يجب عندها أن يبقى الملف داخل المجموعة)</translation>
    </message>
    <message>
        <source>keep written answers, locations, identifying questions and interviewer names</source>
        <translation>احتفظ بالإجابات المكتوبة والأماكن والأسئلة التي تكشف الهوية وأسماء الباحثين الميدانيين</translation>
    </message>
    <message>
        <source>answers as choice codes instead of labels</source>
        <translation>الإجابات كرموز الخيارات بدل التسميات</translation>
    </message>
    <message>
        <source>write or read the coding sheet of a written-answer question</source>
        <translation>اكتب أو اقرأ ورقة الترميز لسؤال إجابته مكتوبة</translation>
    </message>
    <message>
        <source>Coding written answers into themes from a spreadsheet. --export writes one row per written answer (interview id, answer, themes separated by ';', not_codable); --import applies such a sheet (CSV or .xlsx) after checking every row: themes the project does not have yet are made, and a bad row changes nothing.</source>
        <translation>ترميز الإجابات المكتوبة إلى مواضيع باستخدام جدول بيانات. --export يكتب صفًا لكل إجابة مكتوبة (معرّف المقابلة، الإجابة، المواضيع مفصولة بـ «;»، not_codable)؛ --import يطبّق ورقة كهذه (CSV أو .xlsx) بعد فحص كل صف: المواضيع غير الموجودة في المشروع تُنشأ، والصف الخاطئ لا يغيّر شيئًا.</translation>
    </message>
    <message>
        <source>the written-answer question's name</source>
        <translation>اسم السؤال ذي الإجابة المكتوبة</translation>
    </message>
    <message>
        <source>write the sheet</source>
        <translation>اكتب الورقة</translation>
    </message>
    <message>
        <source>read it</source>
        <translation>اقرأها</translation>
    </message>
    <message>
        <source>a second coder's own coding, kept apart to measure agreement (default: the main coding, the one counted in results)</source>
        <translation>ترميز مرمِّز ثانٍ، يُحفظ منفصلًا لقياس الاتفاق (الافتراضي: الترميز الرئيسي، الذي يُحسب في النتائج)</translation>
    </message>
    <message>
        <source>draft the findings report as a Word document (and a PDF)</source>
        <translation>حضّر مسودة تقرير النتائج كمستند Word (وملف PDF)</translation>
    </message>
    <message>
        <source>Draft the findings report of a questionnaire: a title page, how the survey was done, one key-finding sentence per question with answers to choose from, a table and a chart per question by section, and an annex of every result. The numbers are the workbook's, with small numbers hidden the same way; nothing in it is about one interview. It is a draft for the group to edit.</source>
        <translation>حضّر مسودة تقرير نتائج الاستبيان: صفحة عنوان، وكيف أُجري الاستبيان، وجملة نتيجة رئيسية لكل سؤال مع إجابات للاختيار منها، وجدول ورسم بياني لكل سؤال حسب القسم، وملحق بكل النتائج. الأرقام هي أرقام المصنف، والأعداد الصغيرة مخفية بنفس الطريقة؛ لا شيء فيه عن مقابلة واحدة. إنها مسودة تعدّلها المجموعة.</translation>
    </message>
    <message>
        <source>write the Word document</source>
        <translation>اكتب مستند Word</translation>
    </message>
    <message>
        <source>write the same report as a PDF</source>
        <translation>اكتب نفس التقرير كملف PDF</translation>
    </message>
    <message>
        <source>the group's name, for the title page</source>
        <translation>اسم المجموعة، لصفحة العنوان</translation>
    </message>
    <message>
        <source>hide counts from 1 to this number (default 4, or what the project requires)</source>
        <translation>أخفِ الأعداد من 1 إلى هذا الرقم (4 افتراضيًا، أو ما يطلبه المشروع)</translation>
    </message>
    <message>
        <source>make every workbook of the project hide counts from 1 to N at least</source>
        <translation>اجعل كل مصنف في المشروع يخفي الأعداد من 1 إلى N على الأقل</translation>
    </message>
    <message>
        <source>Store in the project the lowest threshold for small numbers: exports (the Export screen and the export command) then refuse to hide fewer, or to show small numbers. Without N, print the current requirement.</source>
        <translation>احفظ في المشروع أدنى حد للأعداد الصغيرة: عندها ترفض عمليات التصدير (شاشة التصدير وأمر export) إخفاء أقل منه، أو إظهار الأعداد الصغيرة. بدون N، اعرض المتطلب الحالي.</translation>
    </message>
    <message>
        <source>hide counts from 1 to N (1-9) in every export</source>
        <translation>أخفِ الأعداد من 1 إلى N (1-9) في كل تصدير</translation>
    </message>
    <message>
        <source>remove the requirement</source>
        <translation>أزل المتطلب</translation>
    </message>
    <message>
        <source>lock the project with a new passphrase, or remove it</source>
        <translation>اقفل المشروع بعبارة مرور جديدة، أو أزلها</translation>
    </message>
    <message>
        <source>Re-encrypt the project file with a new passphrase (read from a file), or remove the encryption with --remove.</source>
        <translation>شفّر ملف المشروع من جديد بعبارة مرور جديدة (تُقرأ من ملف)، أو أزل التشفير باستخدام --remove.</translation>
    </message>
    <message>
        <source>a file whose first line is the new passphrase</source>
        <translation>ملف سطره الأول هو عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>store the project unencrypted</source>
        <translation>احفظ المشروع بدون تشفير</translation>
    </message>
    <message>
        <source>replace the project with one of its backups</source>
        <translation>استبدل المشروع بإحدى نسخه الاحتياطية</translation>
    </message>
    <message>
        <source>Replace the project with a backup (the files PROJECT.*.backup beside it). What it replaces is kept as a new backup first. The backup is opened with the project's passphrase unless --backup-passphrase-file names another; the restored project keeps the project's passphrase. Close every DuoDesk window first.</source>
        <translation>استبدل المشروع بنسخة احتياطية (الملفات PROJECT.*.backup بجانبه). ما يُستبدل يُحفظ أولًا كنسخة احتياطية جديدة. تُفتح النسخة الاحتياطية بعبارة مرور المشروع ما لم يذكر --backup-passphrase-file عبارة أخرى؛ ويحتفظ المشروع المستعاد بعبارة مرور المشروع. أغلق كل نوافذ DuoDesk أولًا.</translation>
    </message>
    <message>
        <source>the backup file</source>
        <translation>ملف النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>a file whose first line is the backup's passphrase, if it differs</source>
        <translation>ملف سطره الأول هو عبارة مرور النسخة الاحتياطية، إذا كانت مختلفة</translation>
    </message>
    <message>
        <source>list the project's backups</source>
        <translation>اعرض النسخ الاحتياطية للمشروع</translation>
    </message>
    <message>
        <source>List the backups kept beside the project, newest last.</source>
        <translation>اعرض النسخ الاحتياطية المحفوظة بجانب المشروع، والأحدث في الآخر.</translation>
    </message>
    <message>
        <source>show the audit trail, or check that nobody has rewritten it</source>
        <translation>اعرض سجل التدقيق، أو تحقق من أن أحدًا لم يُعِد كتابته</translation>
    </message>
    <message>
        <source>The audit trail records every interview finished, corrected, deleted, restored or purged, every import, export, questionnaire change, passphrase change and restored backup: who, when and what (never an answer). Each record carries the fingerprint of the one before, so a record changed or removed later is found by --verify.</source>
        <translation>يسجّل سجل التدقيق كل مقابلة أُنهيت أو صُحّحت أو حُذفت أو استُعيدت أو مُسحت نهائيًا، وكل استيراد وتصدير وتغيير في الاستبيان وتغيير في عبارة المرور ونسخة احتياطية مستعادة: من ومتى وماذا (وليس الإجابات أبدًا). كل سجل يحمل بصمة السجل الذي قبله، لذلك يكتشف --verify أي سجل غُيّر أو حُذف لاحقًا.</translation>
    </message>
    <message>
        <source>check the whole trail</source>
        <translation>تحقق من السجل كله</translation>
    </message>
    <message>
        <source>with --verify: also check that the record whose fingerprint was noted down earlier is still in the trail (records cut off the end are found this way)</source>
        <translation>مع --verify: تحقّق أيضًا من أن السجل الذي دُوّنت بصمته ما زال في السجل (هكذا تُكتشف السجلات المقطوعة من النهاية)</translation>
    </message>
    <message>
        <source>show the newest N records (50)</source>
        <translation>اعرض أحدث N سجلات (50)</translation>
    </message>
    <message>
        <source>a file holding the team passphrase (the whole file, without the line break at its end); every laptop of the team uses the same one</source>
        <translation>ملف فيه عبارة مرور الفريق (الملف كله، بدون فاصل السطر في آخره)؛ كل حواسيب الفريق تستخدم نفس العبارة</translation>
    </message>
    <message>
        <source>write a transfer file for the team: questionnaires, interviews, corrections</source>
        <translation>اكتب ملف نقل للفريق: الاستبيانات، المقابلات، التصحيحات</translation>
    </message>
    <message>
        <source>Write the project's questionnaires (every version), complete interviews with their corrections and deletions, and the team's participant-code key to a file encrypted with the team passphrase, to carry to another laptop. A coordinator sends the questionnaire out this way before any interview is entered.</source>
        <translation>اكتب استبيانات المشروع (كل النسخ)، والمقابلات المكتملة مع تصحيحاتها وحذفها، ومفتاح رموز المشاركين للفريق، في ملف مشفر بعبارة مرور الفريق، لنقله إلى حاسوب آخر. بهذه الطريقة يرسل المنسّق الاستبيان قبل إدخال أي مقابلة.</translation>
    </message>
    <message>
        <source>the transfer file to write</source>
        <translation>ملف النقل الذي سيُكتب</translation>
    </message>
    <message>
        <source>only this questionnaire</source>
        <translation>هذا الاستبيان فقط</translation>
    </message>
    <message>
        <source>send the questionnaire, no interviews</source>
        <translation>أرسل الاستبيان، بدون مقابلات</translation>
    </message>
    <message>
        <source>read a team member's transfer file into the project</source>
        <translation>اقرأ ملف نقل من عضو في الفريق إلى المشروع</translation>
    </message>
    <message>
        <source>Merge a transfer file into the project: new interviews are added, corrections and deletions made elsewhere applied (the later one wins), new questionnaire versions joined. Reading a file twice adds nothing. A file that was changed, cut short or made with another passphrase is refused and nothing changes.</source>
        <translation>ادمج ملف نقل في المشروع: تُضاف المقابلات الجديدة، وتُطبّق التصحيحات وعمليات الحذف التي تمت في مكان آخر (الأحدث يغلب)، وتُضم النسخ الجديدة من الاستبيان. قراءة الملف مرتين لا تضيف شيئًا. الملف الذي غُيّر أو قُطع أو صُنع بعبارة مرور أخرى يُرفض ولا يتغير شيء.</translation>
    </message>
    <message>
        <source>the transfer file to read</source>
        <translation>ملف النقل الذي سيُقرأ</translation>
    </message>
    <message>
        <source>list possible duplicates across sites (participant codes that match)</source>
        <translation>اعرض المكررات المحتملة بين المواقع (رموز مشاركين متطابقة)</translation>
    </message>
    <message>
        <source>List pairs of interviews from different laptops whose participant codes match or differ in one element, with the decision taken on each. --decide records a decision; it travels to the other laptops in transfer files.</source>
        <translation>اعرض أزواج المقابلات من حواسيب مختلفة التي تتطابق رموز مشاركيها أو تختلف في عنصر واحد، مع القرار المتخذ في كل زوج. --decide يسجّل قرارًا؛ ينتقل القرار إلى الحواسيب الأخرى في ملفات النقل.</translation>
    </message>
    <message>
        <source>record a decision on the pair of interview ids FIRST and SECOND: keep_both, same_person or not_same</source>
        <translation>سجّل قرارًا في زوج معرّفات المقابلات FIRST وSECOND: keep_both أو same_person أو not_same</translation>
    </message>
    <message>
        <source>who decided (with --decide)</source>
        <translation>من قرر (مع --decide)</translation>
    </message>
    <message>
        <source>send this laptop's interviews to the team's server and fetch questionnaires</source>
        <translation>أرسل مقابلات هذا الحاسوب إلى خادم الفريق واجلب الاستبيانات</translation>
    </message>
    <message>
        <source>Merge this laptop's questionnaires and interviews into the team's PostgreSQL project, then bring its questionnaire versions back and count the interviews there. The same rules as transfer files.</source>
        <translation>ادمج استبيانات هذا الحاسوب ومقابلاته في مشروع PostgreSQL للفريق، ثم أعد نسخ الاستبيان منه وعدّ المقابلات هناك. نفس قواعد ملفات النقل.</translation>
    </message>
    <message>
        <source>a postgresql:// URL</source>
        <translation>عنوان postgresql://</translation>
    </message>
    <message>
        <source>cannot write {path}: {reason}</source>
        <translation>لا يمكن كتابة {path}: {reason}</translation>
    </message>
    <message>
        <source>there is no file {path}</source>
        <translation>لا يوجد ملف {path}</translation>
    </message>
    <message>
        <source>No possible duplicates across sites.</source>
        <translation>لا توجد مكررات محتملة بين المواقع.</translation>
    </message>
    <message>
        <source>same code</source>
        <translation>نفس الرمز</translation>
    </message>
    <message>
        <source>code differs in one element</source>
        <translation>الرمز يختلف في عنصر واحد</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>لا تاريخ</translation>
    </message>
    <message>
        <source>no site</source>
        <translation>لا موقع</translation>
    </message>
    <message>
        <source>--server takes a postgresql:// URL of the team's shared project</source>
        <translation>الخيار --server يحتاج إلى عنوان postgresql:// لمشروع الفريق المشترك</translation>
    </message>
    <message>
        <source>the team's server cannot be reached (no network, or the address or password is wrong); nothing was sent. Use a transfer file instead.</source>
        <translation>لا يمكن الوصول إلى خادم الفريق (لا توجد شبكة، أو العنوان أو كلمة المرور خطأ)؛ لم يُرسل شيء. استخدم ملف نقل بدلًا من ذلك.</translation>
    </message>
    <message numerus="yes">
        <source>the server stopped answering while it was storing this command's changes, and DuoDesk stopped waiting after %n seconds. They are stored either whole or not at all, as the server will show once it answers again (an import run again then skips the interviews already stored).</source>
        <translation><numerusform>توقف الخادم عن الإجابة أثناء حفظه تغييرات هذا الأمر، وتوقف DuoDesk عن الانتظار بعد %n ثانية. تُحفظ كاملة أو لا تُحفظ أبدًا، كما سيُظهر الخادم حين يجيب من جديد (إعادة الاستيراد تتخطى عندها المقابلات المحفوظة من قبل).</numerusform><numerusform>توقف الخادم عن الإجابة أثناء حفظه تغييرات هذا الأمر، وتوقف DuoDesk عن الانتظار بعد ثانية واحدة (%n). تُحفظ كاملة أو لا تُحفظ أبدًا، كما سيُظهر الخادم حين يجيب من جديد (إعادة الاستيراد تتخطى عندها المقابلات المحفوظة من قبل).</numerusform><numerusform>توقف الخادم عن الإجابة أثناء حفظه تغييرات هذا الأمر، وتوقف DuoDesk عن الانتظار بعد ثانيتين (%n). تُحفظ كاملة أو لا تُحفظ أبدًا، كما سيُظهر الخادم حين يجيب من جديد (إعادة الاستيراد تتخطى عندها المقابلات المحفوظة من قبل).</numerusform><numerusform>توقف الخادم عن الإجابة أثناء حفظه تغييرات هذا الأمر، وتوقف DuoDesk عن الانتظار بعد %n ثوانٍ. تُحفظ كاملة أو لا تُحفظ أبدًا، كما سيُظهر الخادم حين يجيب من جديد (إعادة الاستيراد تتخطى عندها المقابلات المحفوظة من قبل).</numerusform><numerusform>توقف الخادم عن الإجابة أثناء حفظه تغييرات هذا الأمر، وتوقف DuoDesk عن الانتظار بعد %n ثانية. تُحفظ كاملة أو لا تُحفظ أبدًا، كما سيُظهر الخادم حين يجيب من جديد (إعادة الاستيراد تتخطى عندها المقابلات المحفوظة من قبل).</numerusform><numerusform>توقف الخادم عن الإجابة أثناء حفظه تغييرات هذا الأمر، وتوقف DuoDesk عن الانتظار بعد %n ثانية. تُحفظ كاملة أو لا تُحفظ أبدًا، كما سيُظهر الخادم حين يجيب من جديد (إعادة الاستيراد تتخطى عندها المقابلات المحفوظة من قبل).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>the server has not answered for %n seconds (it may be stopped or overloaded), so DuoDesk stopped waiting; nothing was changed by this command. Run it again once the server answers (DUODESK_SERVER_WAIT_S sets how long to wait).</source>
        <translation><numerusform>لم يُجب الخادم منذ %n ثانية (ربما هو متوقف أو مثقل)، لذلك توقف DuoDesk عن الانتظار؛ لم يغيّر هذا الأمر شيئًا. شغّله من جديد حين يجيب الخادم (DUODESK_SERVER_WAIT_S يحدد مدة الانتظار).</numerusform><numerusform>لم يُجب الخادم منذ ثانية واحدة (%n) (ربما هو متوقف أو مثقل)، لذلك توقف DuoDesk عن الانتظار؛ لم يغيّر هذا الأمر شيئًا. شغّله من جديد حين يجيب الخادم (DUODESK_SERVER_WAIT_S يحدد مدة الانتظار).</numerusform><numerusform>لم يُجب الخادم منذ ثانيتين (%n) (ربما هو متوقف أو مثقل)، لذلك توقف DuoDesk عن الانتظار؛ لم يغيّر هذا الأمر شيئًا. شغّله من جديد حين يجيب الخادم (DUODESK_SERVER_WAIT_S يحدد مدة الانتظار).</numerusform><numerusform>لم يُجب الخادم منذ %n ثوانٍ (ربما هو متوقف أو مثقل)، لذلك توقف DuoDesk عن الانتظار؛ لم يغيّر هذا الأمر شيئًا. شغّله من جديد حين يجيب الخادم (DUODESK_SERVER_WAIT_S يحدد مدة الانتظار).</numerusform><numerusform>لم يُجب الخادم منذ %n ثانية (ربما هو متوقف أو مثقل)، لذلك توقف DuoDesk عن الانتظار؛ لم يغيّر هذا الأمر شيئًا. شغّله من جديد حين يجيب الخادم (DUODESK_SERVER_WAIT_S يحدد مدة الانتظار).</numerusform><numerusform>لم يُجب الخادم منذ %n ثانية (ربما هو متوقف أو مثقل)، لذلك توقف DuoDesk عن الانتظار؛ لم يغيّر هذا الأمر شيئًا. شغّله من جديد حين يجيب الخادم (DUODESK_SERVER_WAIT_S يحدد مدة الانتظار).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>the server has not answered for %n seconds; DuoDesk is still waiting for it (Ctrl+C stops the command, and nothing is stored half way).</source>
        <translation><numerusform>لم يُجب الخادم منذ %n ثانية؛ لا يزال DuoDesk ينتظره (Ctrl+C يوقف الأمر، ولا يُحفظ شيء نصف حفظ).</numerusform><numerusform>لم يُجب الخادم منذ ثانية واحدة (%n)؛ لا يزال DuoDesk ينتظره (Ctrl+C يوقف الأمر، ولا يُحفظ شيء نصف حفظ).</numerusform><numerusform>لم يُجب الخادم منذ ثانيتين (%n)؛ لا يزال DuoDesk ينتظره (Ctrl+C يوقف الأمر، ولا يُحفظ شيء نصف حفظ).</numerusform><numerusform>لم يُجب الخادم منذ %n ثوانٍ؛ لا يزال DuoDesk ينتظره (Ctrl+C يوقف الأمر، ولا يُحفظ شيء نصف حفظ).</numerusform><numerusform>لم يُجب الخادم منذ %n ثانية؛ لا يزال DuoDesk ينتظره (Ctrl+C يوقف الأمر، ولا يُحفظ شيء نصف حفظ).</numerusform><numerusform>لم يُجب الخادم منذ %n ثانية؛ لا يزال DuoDesk ينتظره (Ctrl+C يوقف الأمر، ولا يُحفظ شيء نصف حفظ).</numerusform></translation>
    </message>
    <message>
        <source>there is no file {path}.</source>
        <translation>لا يوجد ملف {path}.</translation>
    </message>
    <message>
        <source>note: {note}</source>
        <translation>ملاحظة: {note}</translation>
    </message>
    <message>
        <source>{form} reads {files}, which is not in {folder}; these questions cannot be answered until you add it: {questions}. Add with: {command}</source>
        <translation>{form} يقرأ {files}، وهو غير موجود في {folder}؛ لا يمكن الإجابة عن هذه الأسئلة حتى تضيفه: {questions}. أضفه بالأمر: {command}</translation>
    </message>
    <message>
        <source>{form} reads {files}, which are not in {folder}; these questions cannot be answered until you add them: {questions}. Add with: {command}</source>
        <translation>{form} يقرأ {files}، وهي غير موجودة في {folder}؛ لا يمكن الإجابة عن هذه الأسئلة حتى تضيفها: {questions}. أضفها بالأمر: {command}</translation>
    </message>
    <message>
        <source>note:</source>
        <translation>ملاحظة:</translation>
    </message>
    <message>
        <source>cannot read a file: {reason}</source>
        <translation>تتعذر قراءة ملف: {reason}</translation>
    </message>
    <message>
        <source>Added {files} to {form_id}.</source>
        <translation>أُضيف {files} إلى {form_id}.</translation>
    </message>
    <message>
        <source>It still needs {files}.</source>
        <translation>لا يزال يحتاج إلى {files}.</translation>
    </message>
    <message>
        <source>note: {files} beside {form} holds nothing to choose from (it is empty, or has only its header row), so it was left out.</source>
        <translation>ملاحظة: {files} بجانب {form} لا يحتوي على شيء للاختيار منه (فارغ، أو فيه صف العناوين فقط)، لذلك تُرك جانبًا.</translation>
    </message>
    <message>
        <source>note: these questions cannot be answered until the right file is added: {questions}. Add with: duodesk add-form-file {form_id} {names}</source>
        <translation>ملاحظة: لا يمكن الإجابة عن هذه الأسئلة حتى يُضاف الملف الصحيح: {questions}. أضفه بالأمر: duodesk add-form-file {form_id} {names}</translation>
    </message>
    <message>
        <source>{rows} rows of {file} read so far…</source>
        <translation>قُرئ حتى الآن {rows} من صفوف {file}…</translation>
    </message>
    <message>
        <source>The project is now locked with the new passphrase, but not all of its backups: {count} still use an earlier passphrase.</source>
        <translation>أصبح المشروع الآن مقفلًا بعبارة المرور الجديدة، لكن ليس كل نسخه الاحتياطية: {count} منها ما زالت تستخدم عبارة مرور سابقة.</translation>
    </message>
    <message>
        <source>The project is no longer encrypted, but {count} of its backups still use an earlier passphrase.</source>
        <translation>لم يعد المشروع مشفّرًا، لكن {count} من نسخه الاحتياطية ما زالت تستخدم عبارة مرور سابقة.</translation>
    </message>
    <message>
        <source>{file} (still locked with an earlier passphrase, which can still read it: delete it when it is no longer needed; restore --backup-passphrase-file can still use it)</source>
        <translation>{file} (ما زال مقفلًا بعبارة مرور سابقة ما زالت تقرؤه: احذفه عندما لا يعود مطلوبًا؛ ما زال بإمكان restore --backup-passphrase-file استخدامه)</translation>
    </message>
    <message>
        <source>the audit trail cannot be checked on this laptop from record {sequence} on (which does not mean it is broken): those records were written with a key this laptop does not hold, on another laptop of the team or by someone rewriting the trail. Check it on the laptop that wrote them.</source>
        <translation>لا يمكن التحقق من سجل التدقيق على هذا الحاسوب ابتداءً من السجل {sequence} (وهذا لا يعني أنه معطوب): كُتبت تلك السجلات بمفتاح لا يملكه هذا الحاسوب، على حاسوب آخر للفريق أو بيد شخص أعاد كتابة السجل. تحقق منه على الحاسوب الذي كتبها.</translation>
    </message>
    <message>
        <source>Records 1 to {last} are intact.</source>
        <translation>السجلات من 1 إلى {last} سليمة.</translation>
    </message>
    <message>
        <source>the record whose fingerprint you noted down is not in the trail. Check that it was copied right, letter by letter; if it was, the audit trail is broken: records were cut off the end, or the trail was rewritten</source>
        <translation>السجل الذي دوّنت بصمته ليس في السجل. تحقّق من أنها نُسخت بدقة حرفًا حرفًا؛ فإن كانت كذلك فسجل التدقيق معطوب: قُطعت سجلات من النهاية، أو أُعيدت كتابة السجل</translation>
    </message>
    <message>
        <source>But the first {count} record(s) carry no key (written by an older DuoDesk, or rewritten by someone with the file): DuoDesk cannot vouch for them.</source>
        <translation>لكن أول {count} سجل بلا مفتاح (كتبها إصدار أقدم من DuoDesk، أو أعاد كتابتها شخص لديه الملف): لا يستطيع DuoDesk أن يضمنها.</translation>
    </message>
    <message>
        <source>duodesk: stopped; nothing was changed by the unfinished command.</source>
        <translation>duodesk: توقف؛ الأمر غير المكتمل لم يغيّر شيئًا.</translation>
    </message>
    <message>
        <source>import interviews from a CSV or xlsx file exported by ODK, KoboToolbox or DuoDesk, or an ODK Central zip</source>
        <translation>استيراد مقابلات من ملف CSV أو xlsx صدّره ODK أو KoboToolbox أو DuoDesk، أو من ملف zip من ODK Central</translation>
    </message>
    <message>
        <source>a .csv or .xlsx file, or ODK Central's .zip (a CSV file per repeat)</source>
        <translation>ملف ‎.csv أو ‎.xlsx، أو ملف ‎.zip من ODK Central (ملف CSV لكل تكرار)</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>الاستخدام: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>المعاملات الموضعية</translation>
    </message>
    <message>
        <source>options</source>
        <translation>الخيارات</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>اعرض هذه المساعدة واخرج</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>المعامل %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>معاملات غير معروفة: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>غير مسموح مع المعامل %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>هذه المعاملات مطلوبة: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>أحد المعاملات %s مطلوب</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>مطلوب معامل واحد</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>خيار غامض: %(option)s قد يعني %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>قيمة %(type)s غير صالحة: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>اختيار غير صالح: %(value)r (اختر من %(choices)s)</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s</source>
        <translation>%(prog)s: خطأ: %(message)s</translation>
    </message>
    <message>
        <source>the project is busy: another program (perhaps the DuoDesk window, or another import) kept saving to it for too long. Nothing was changed by this command; run it again when the other program has finished.</source>
        <translation>المشروع مشغول: برنامج آخر (ربما نافذة DuoDesk، أو استيراد آخر) ظل يحفظ فيه مدة طويلة جدًا. هذا الأمر لم يغيّر شيئًا؛ شغّله من جديد عندما ينتهي البرنامج الآخر.</translation>
    </message>
    <message>
        <source>the project file</source>
        <translation>ملف المشروع</translation>
    </message>
    <message>
        <source>the project file {where} is damaged (something stored in it, such as a questionnaire, can no longer be read); nothing was changed. Restore a backup: `duodesk backups` lists them and `duodesk restore BACKUP` puts one back.</source>
        <translation>ملف المشروع {where} تالف (شيء محفوظ فيه، مثل استبيان، لم يعد يمكن قراءته)؛ لم يتغير شيء. استعد نسخة احتياطية: `duodesk backups` يعرضها و`duodesk restore BACKUP` يعيد إحداها.</translation>
    </message>
    <message>
        <source>the project refused this change because it conflicts with what is already stored; nothing was changed by this command. {details}</source>
        <translation>رفض المشروع هذا التغيير لأنه يتعارض مع ما هو محفوظ؛ هذا الأمر لم يغيّر شيئًا. {details}</translation>
    </message>
    <message>
        <source>the server stopped answering or refused the command (is it running, and is the network up?); nothing was changed by this command. {details}</source>
        <translation>توقف الخادم عن الرد أو رفض الأمر (هل يعمل، وهل الشبكة متصلة؟)؛ هذا الأمر لم يغيّر شيئًا. {details}</translation>
    </message>
    <message>
        <source>the project could not be read or written (is the disk full, or the file moved?); nothing was changed by this command. {details}</source>
        <translation>لم تمكن قراءة المشروع أو الكتابة فيه (هل القرص ممتلئ، أو نُقل الملف؟)؛ هذا الأمر لم يغيّر شيئًا. {details}</translation>
    </message>
    <message>
        <source>the command stopped because of a fault in DuoDesk ({fault}); nothing was changed by the unfinished command. {details}</source>
        <translation>توقف الأمر بسبب خلل في DuoDesk ({fault})؛ الأمر غير المكتمل لم يغيّر شيئًا. {details}</translation>
    </message>
    <message>
        <source>this project lists people: say who you are with --person NAME (and your PIN with --pin-file FILE or DUODESK_PIN).</source>
        <translation>في هذا المشروع قائمة أشخاص: قل من أنت باستخدام --person الاسم (ورمز PIN باستخدام --pin-file الملف أو DUODESK_PIN).</translation>
    </message>
    <message>
        <source>PIN or password for {name}: </source>
        <translation>رمز PIN أو كلمة المرور لـ {name}: </translation>
    </message>
    <message>
        <source>give {name}'s PIN or password with --pin-file FILE or DUODESK_PIN.</source>
        <translation>أعطِ رمز PIN أو كلمة مرور {name} باستخدام --pin-file الملف أو DUODESK_PIN.</translation>
    </message>
    <message>
        <source>only a coordinator can run “{command}”. Ask your coordinator.</source>
        <translation>المنسّق فقط يستطيع تشغيل «{command}». اطلب ذلك من المنسّق.</translation>
    </message>
    <message>
        <source>nothing was typed, so nothing was done.</source>
        <translation>لم يُكتب شيء، لذلك لم يُفعل شيء.</translation>
    </message>
    <message>
        <source>Password for the server: </source>
        <translation>كلمة مرور الخادم: </translation>
    </message>
    <message>
        <source>Project passphrase: </source>
        <translation>عبارة مرور المشروع: </translation>
    </message>
    <message>
        <source>duodesk: note: a password in --db can be seen by other accounts on this computer; keep it in PGPASSWORD or ~/.pgpass, or let DuoDesk ask for it.</source>
        <translation>duodesk: ملاحظة: كلمة المرور في --db يمكن أن تراها حسابات أخرى على هذا الحاسوب؛ احفظها في PGPASSWORD أو ~/.pgpass، أو دع DuoDesk يطلبها.</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>لا يمكن قراءة {path}: {reason}</translation>
    </message>
    <message>
        <source>A new version ({number}) was made: interviews use the old one.</source>
        <translation>أُنشئت نسخة جديدة ({number}): المقابلات تستخدم النسخة القديمة.</translation>
    </message>
    <message>
        <source>{number} minutes</source>
        <translation>{number} دقيقة</translation>
    </message>
    <message>
        <source>{number} seconds</source>
        <translation>{number} ثانية</translation>
    </message>
    <message>
        <source>another import (or a DuoDesk window) kept the project busy for {how_long}, so DuoDesk stopped waiting; nothing was imported. Run the command again when the other one has finished.</source>
        <translation>استيراد آخر (أو نافذة DuoDesk) أبقى المشروع مشغولًا مدة {how_long}، لذلك توقف DuoDesk عن الانتظار؛ لم يُستورد شيء. شغّل الأمر من جديد عندما ينتهي الآخر.</translation>
    </message>
    <message>
        <source>duodesk: waiting for another import (or a DuoDesk window) to finish saving to the project…</source>
        <translation>duodesk: ننتظر حتى ينتهي استيراد آخر (أو نافذة DuoDesk) من الحفظ في المشروع…</translation>
    </message>
    <message>
        <source>No questionnaires yet. Add one with: duodesk import-form FORM.xlsx</source>
        <translation>لا توجد استبيانات بعد. أضف استبيانًا بالأمر: duodesk import-form FORM.xlsx</translation>
    </message>
    <message>
        <source>form id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>versions</source>
        <translation>النسخ</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>غير مكتملة</translation>
    </message>
    <message>
        <source>title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>the language of questions and answers, e.g. "English" or "ar" (default: the questionnaire's own)</source>
        <translation>لغة الأسئلة والإجابات، مثل «English» أو «ar» (الافتراضي: لغة الاستبيان)</translation>
    </message>
    <message>
        <source>none (one language only)</source>
        <translation>لا شيء (لغة واحدة فقط)</translation>
    </message>
    <message>
        <source>--language "{wanted}": the questionnaire's languages are {listed}</source>
        <translation>--language «{wanted}»: لغات الاستبيان هي {listed}</translation>
    </message>
    <message>
        <source>only this site (repeat for several)</source>
        <translation>هذا الموقع فقط (كرّر لعدة مواقع)</translation>
    </message>
    <message>
        <source>only this interviewer (repeatable)</source>
        <translation>هذا الباحث الميداني فقط (يمكن التكرار)</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>اليوم الأول</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>اليوم الأخير</translation>
    </message>
    <message>
        <source>only this version number</source>
        <translation>رقم النسخة هذا فقط</translation>
    </message>
    <message>
        <source>only interviews meeting a condition such as "sex=female", "age&gt;30" or "drugs includes heroin" (repeat: all must hold). As in SPSS, an answer that is a missing code ("Don't know", "Refused") or blank never meets a condition: "used!=yes" leaves them out; ask for one by name: "used=dont_know"</source>
        <translation>المقابلات التي تحقق شرطًا فقط، مثل «sex=female» أو «age&gt;30» أو «drugs includes heroin» (كرّر: يجب أن تتحقق كلها). كما في SPSS، الإجابة التي هي رمز قيمة مفقودة («لا أعرف»، «رفض») أو الفارغة لا تحقق أي شرط أبدًا: «used!=yes» يتركها؛ اطلب واحدة باسمها: «used=dont_know»</translation>
    </message>
    <message>
        <source>{option} "{text}" is not a date: write it as YEAR-MONTH-DAY, e.g. 2026-03-31</source>
        <translation>{option} «{text}» ليس تاريخًا: اكتبه بالشكل السنة-الشهر-اليوم، مثل 2026-03-31</translation>
    </message>
    <message>
        <source>duodesk: warning: {count} interview(s) have no date, so --from/--to leave them out; they are not counted below.</source>
        <translation>duodesk: تنبيه: عدد المقابلات بدون تاريخ {count}، لذلك يتركها --from/--to؛ وهي غير محسوبة أدناه.</translation>
    </message>
    <message>
        <source>--include-interview-data goes with --xlsx: CSV and SPSS files are already one row per interview.</source>
        <translation>--include-interview-data يُستخدم مع --xlsx: ملفات CSV وSPSS فيها أصلًا صف لكل مقابلة.</translation>
    </message>
    <message>
        <source>--coder needs a name (the second coder's); leave --coder out to use the main coding.</source>
        <translation>--coder يحتاج إلى اسم (اسم المرمِّز الثاني)؛ لا تستخدم --coder لتعمل على الترميز الرئيسي.</translation>
    </message>
    <message>
        <source>{name}'s coding</source>
        <translation>ترميز {name}</translation>
    </message>
    <message>
        <source>the main coding (counted in results)</source>
        <translation>الترميز الرئيسي (يُحسب في النتائج)</translation>
    </message>
    <message>
        <source>{count} written answer(s) to {question} written to {file}, from {which}.</source>
        <translation>كُتبت الإجابات المكتوبة على {question} ({count}) في {file}، من {which}.</translation>
    </message>
    <message>
        <source>Changed {which}. </source>
        <translation>تم تغيير {which}. </translation>
    </message>
    <message>
        <source>cannot use {path}: {reason}</source>
        <translation>لا يمكن استخدام {path}: {reason}</translation>
    </message>
    <message>
        <source>say where to write the report: --docx OUT.docx, --pdf OUT.pdf or both.</source>
        <translation>قل أين يُكتب التقرير: --docx OUT.docx أو --pdf OUT.pdf أو كلاهما.</translation>
    </message>
    <message>
        <source>{file}: end the file name with {ending}.</source>
        <translation>{file}: اجعل اسم الملف ينتهي بـ {ending}.</translation>
    </message>
    <message>
        <source>This project requires no threshold: each export chooses (default 1 to 4).</source>
        <translation>هذا المشروع لا يطلب حدًا: كل تصدير يختار (من 1 إلى 4 افتراضيًا).</translation>
    </message>
    <message>
        <source>Every export of this project hides numbers from 1 to {n} at least.</source>
        <translation>كل تصدير في هذا المشروع يخفي الأعداد من 1 إلى {n} على الأقل.</translation>
    </message>
    <message>
        <source>The project and its backups are now locked with the new passphrase.</source>
        <translation>المشروع ونسخه الاحتياطية مقفلة الآن بعبارة المرور الجديدة.</translation>
    </message>
    <message>
        <source>The project and its backups are no longer encrypted.</source>
        <translation>المشروع ونسخه الاحتياطية لم تعد مشفرة.</translation>
    </message>
    <message>
        <source>Not changed: the backup {file} is not encrypted. It will be locked with the project's passphrase the next time the project is opened alone.</source>
        <translation>لم تتغيّر: النسخة الاحتياطية {file} غير مشفّرة. ستُقفل بعبارة مرور المشروع في المرة القادمة التي يُفتح فيها المشروع وحده.</translation>
    </message>
    <message>
        <source>Not changed: the backup {file} uses an older passphrase. Delete it if people who knew that passphrase should not read it.</source>
        <translation>لم تتغير: النسخة الاحتياطية {file} تستخدم عبارة مرور قديمة. احذفها إذا كان يجب ألا يقرأها من كانوا يعرفون تلك العبارة.</translation>
    </message>
    <message>
        <source>The project is restored from {file}.</source>
        <translation>استُعيد المشروع من {file}.</translation>
    </message>
    <message>
        <source>What it replaced is kept in {file}.</source>
        <translation>ما استُبدل محفوظ في {file}.</translation>
    </message>
    <message>
        <source>{file} (not encrypted)</source>
        <translation>{file} (غير مشفّرة)</translation>
    </message>
    <message>
        <source>This project has no backups yet.</source>
        <translation>لا توجد نسخ احتياطية لهذا المشروع بعد.</translation>
    </message>
    <message>
        <source>the audit trail is broken: {reason} (checked {records})</source>
        <translation>سجل التدقيق مكسور: {reason} (تم فحص {records})</translation>
    </message>
    <message>
        <source>a fingerprint is 64 letters and digits (0-9 and a-f), as the check printed it; the one given is not: copy it again whole.</source>
        <translation>البصمة 64 حرفًا ورقمًا (0-9 وa-f) كما طبعها الفحص؛ والبصمة المعطاة ليست كذلك: انسخها كاملة من جديد.</translation>
    </message>
    <message>
        <source>The audit trail is intact: {records}.</source>
        <translation>سجل التدقيق سليم: {records}.</translation>
    </message>
    <message>
        <source>The record you noted down (number {number}) is still in it.</source>
        <translation>السجل الذي دوّنته (رقم {number}) ما زال فيه.</translation>
    </message>
    <message>
        <source>Fingerprint of the newest record: {fingerprint}</source>
        <translation>بصمة أحدث سجل: {fingerprint}</translation>
    </message>
    <message>
        <source>Records changed, removed or rewritten are found without it; note it down to find out later whether the newest records were cut off (audit --verify --noted FINGERPRINT).</source>
        <translation>السجلات المغيّرة أو المحذوفة أو المعاد كتابتها تُكتشف من دونها؛ دوّنها لتعرف لاحقًا هل قُطعت أحدث السجلات (audit --verify --noted البصمة).</translation>
    </message>
    <message>
        <source>by {name}</source>
        <translation>بواسطة {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n record</source>
        <translation><numerusform>لا سجلات (%n)</numerusform><numerusform>سجل واحد (%n)</numerusform><numerusform>سجلان (%n)</numerusform><numerusform>%n سجلات</numerusform><numerusform>%n سجلًا</numerusform><numerusform>%n سجل</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n records</source>
        <translation><numerusform>لا سجلات (%n)</numerusform><numerusform>سجل واحد (%n)</numerusform><numerusform>سجلان (%n)</numerusform><numerusform>%n سجلات</numerusform><numerusform>%n سجلًا</numerusform><numerusform>%n سجل</numerusform></translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>there is no "list_name" column, which says which list each choice belongs to.</source>
        <translation>لا يوجد عمود «list_name»، وهو الذي يقول إلى أي قائمة ينتمي كل خيار.</translation>
    </message>
    <message>
        <source>"{shown}" starts like a spreadsheet formula; DuoDesk does not read formulas from a choices file (type the value itself).</source>
        <translation>«{shown}» يبدأ مثل معادلة جدول بيانات؛ DuoDesk لا يقرأ المعادلات من ملف الخيارات (اكتب القيمة نفسها).</translation>
    </message>
    <message>
        <source>there is no "{value_column}" column for the choices' names (the columns are {columns}).</source>
        <translation>لا يوجد عمود «{value_column}» لأسماء الخيارات (الأعمدة هي {columns}).</translation>
    </message>
    <message>
        <source>this choice has no name.</source>
        <translation>هذا الخيار ليس له اسم.</translation>
    </message>
    <message>
        <source>the file uses XML entities or a document type, which DuoDesk refuses.</source>
        <translation>الملف يستخدم كيانات XML أو نوع مستند، وDuoDesk يرفض ذلك.</translation>
    </message>
    <message>
        <source>this is not readable XML ({error}).</source>
        <translation>هذا ليس XML يمكن قراءته ({error}).</translation>
    </message>
    <message>
        <source>there are more than {max_rows:,} items.</source>
        <translation>يوجد أكثر من {max_rows:,} عنصر.</translation>
    </message>
    <message>
        <source>&lt;{tag}&gt; holds more elements; each column of an item must be text (at most {max_xml_depth} levels: root, item, column).</source>
        <translation>&lt;{tag}&gt; يحتوي على عناصر أخرى؛ كل عمود في العنصر يجب أن يكون نصًا (على الأكثر {max_xml_depth} مستويات: الجذر، العنصر، العمود).</translation>
    </message>
    <message>
        <source>a value holds more than {max_cell_chars:,} characters.</source>
        <translation>قيمة فيها أكثر من {max_cell_chars:,} حرف.</translation>
    </message>
    <message>
        <source>this is not readable GeoJSON ({error}).</source>
        <translation>هذا ليس GeoJSON يمكن قراءته ({error}).</translation>
    </message>
    <message>
        <source>this is not a GeoJSON FeatureCollection (there is no "features" list).</source>
        <translation>هذا ليس FeatureCollection من نوع GeoJSON (لا توجد قائمة «features»).</translation>
    </message>
    <message>
        <source>there are more than {max_rows:,} features.</source>
        <translation>يوجد أكثر من {max_rows:,} معلم.</translation>
    </message>
    <message>
        <source>this feature has no properties.</source>
        <translation>هذا المعلم ليست له خصائص.</translation>
    </message>
    <message>
        <source>this file is empty.</source>
        <translation>هذا الملف فارغ.</translation>
    </message>
    <message>
        <source>This expression is nested too deeply</source>
        <translation>هذا التعبير فيه مستويات متداخلة كثيرة جدًا</translation>
    </message>
    <message>
        <source>The expression is empty</source>
        <translation>التعبير فارغ</translation>
    </message>
    <message>
        <source>There is a ')' here with no '(' before it</source>
        <translation>هنا «)» بدون «(» قبلها</translation>
    </message>
    <message>
        <source>Expected an operator such as 'and', '=' or '+' before {token}</source>
        <translation>يجب وجود عامل مثل «and» أو «=» أو «+» قبل {token}</translation>
    </message>
    <message>
        <source>This expression has too many operators in a row (the limit is {max_tree_height}); split it into several calculations</source>
        <translation>هذا التعبير فيه عوامل كثيرة جدًا متتالية (الحد هو {max_tree_height})؛ قسّمه إلى عدة حسابات</translation>
    </message>
    <message>
        <source>This expression is nested too deeply (the limit is {max_nesting} levels)</source>
        <translation>هذا التعبير فيه مستويات متداخلة كثيرة جدًا (الحد هو {max_nesting} مستويات)</translation>
    </message>
    <message>
        <source>'{value}' needs a value after it</source>
        <translation>«{value}» يحتاج إلى قيمة بعده</translation>
    </message>
    <message>
        <source>'(' needs an expression inside it</source>
        <translation>القوس «(» يحتاج إلى تعبير داخله</translation>
    </message>
    <message>
        <source>'{value}' needs a value before it</source>
        <translation>«{value}» يحتاج إلى قيمة قبله</translation>
    </message>
    <message>
        <source>The expression ends where a value is expected</source>
        <translation>التعبير ينتهي حيث يجب أن تكون قيمة</translation>
    </message>
    <message>
        <source>Expected a value here, not {token}</source>
        <translation>يجب وجود قيمة هنا، وليس {token}</translation>
    </message>
    <message>
        <source>Name the column to read after the item, as in instance('{list_name}')/root/item[name = ${{q}}]/label</source>
        <translation>اذكر العمود الذي يُقرأ بعد العنصر، كما في instance('{list_name}')/root/item[name = ${{q}}]/label</translation>
    </message>
    <message>
        <source>; did you mean {name}()?</source>
        <translation>؛ هل تقصد {name}()؟</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>This '(' is never closed</source>
        <translation>هذا القوس «(» لا يُغلق أبدًا</translation>
    </message>
    <message>
        <source>Expected ')' or an operator before {token}</source>
        <translation>يجب وجود «)» أو عامل قبل {token}</translation>
    </message>
    <message>
        <source>{name}() belongs to {program}, not to ODK XLSForms; DuoDesk (like ODK Collect) cannot work it out, so remove it or replace it</source>
        <translation>{name}() من {program}، وليس من XLSForm الخاص بـ ODK؛ DuoDesk (مثل ODK Collect) لا يستطيع حسابه، لذلك احذفه أو استبدله</translation>
    </message>
    <message>
        <source>Unknown function {name}(){hint}</source>
        <translation>دالة غير معروفة {name}(){hint}</translation>
    </message>
    <message>
        <source>{name}() has an empty argument here</source>
        <translation>{name}() فيها معامل فارغ هنا</translation>
    </message>
    <message>
        <source>This '{name}(' is never closed</source>
        <translation>هذا «{name}(» لا يُغلق أبدًا</translation>
    </message>
    <message>
        <source>{name}() {value}, not {args}</source>
        <translation>{name}() {value}، وليس {args}</translation>
    </message>
    <message>
        <source>jr:choice-name() needs the question whose choice it names in quotes, as in jr:choice-name(${q}, '${q}')</source>
        <translation>jr:choice-name() تحتاج إلى السؤال الذي تسمّي خياره بين علامتي اقتباس، كما في jr:choice-name(${q}, '${q}')</translation>
    </message>
    <message>
        <source>This regex pattern is too long ({pattern:,} characters; the limit is {max_pattern_length})</source>
        <translation>نمط regex هذا طويل جدًا ({pattern:,} حرف؛ الحد هو {max_pattern_length})</translation>
    </message>
    <message>
        <source>This regex pattern is not valid: {msg}</source>
        <translation>نمط regex هذا غير صالح: {msg}</translation>
    </message>
    <message>
        <source>This regex pattern is not valid</source>
        <translation>نمط regex هذا غير صالح</translation>
    </message>
    <message>
        <source>This regex pattern has a ')' with no '(' before it</source>
        <translation>في نمط regex هذا «)» بدون «(» قبلها</translation>
    </message>
    <message>
        <source>In this regex pattern a '*', '+' or '?' has nothing to repeat</source>
        <translation>في نمط regex هذا «*» أو «+» أو «?» لا يوجد شيء قبلها لتكراره</translation>
    </message>
    <message>
        <source>Possessive quantifiers (*+, ++) are not supported in regex()</source>
        <translation>المحددات الكمية الاستحواذية (*+، ++) غير مدعومة في regex()</translation>
    </message>
    <message>
        <source>This regex pattern repeats too many times to check quickly</source>
        <translation>نمط regex هذا يتكرر مرات كثيرة جدًا لفحصه بسرعة</translation>
    </message>
    <message>
        <source>This regex pattern has a '[' that is never closed</source>
        <translation>في نمط regex هذا «[» لا تُغلق أبدًا</translation>
    </message>
    <message>
        <source>This regex pattern ends with a lone backslash</source>
        <translation>نمط regex هذا ينتهي بشرطة مائلة عكسية وحدها</translation>
    </message>
    <message>
        <source>Back-references like \1 are not supported in regex()</source>
        <translation>المراجع الخلفية مثل \1 غير مدعومة في regex()</translation>
    </message>
    <message>
        <source>This regex pattern has a group name that is never closed</source>
        <translation>في نمط regex هذا اسم مجموعة لا يُغلق أبدًا</translation>
    </message>
    <message>
        <source>This regex pattern nests groups too deeply</source>
        <translation>نمط regex هذا فيه مجموعات متداخلة كثيرًا</translation>
    </message>
    <message>
        <source>This regex pattern has a '(' that is never closed</source>
        <translation>في نمط regex هذا «(» لا تُغلق أبدًا</translation>
    </message>
    <message>
        <source>This regex pattern is not valid: {text}</source>
        <translation>نمط regex هذا غير صالح: {text}</translation>
    </message>
    <message>
        <source>Look-ahead and look-behind groups are not supported in regex()</source>
        <translation>مجموعات النظر إلى الأمام وإلى الخلف غير مدعومة في regex()</translation>
    </message>
    <message>
        <source>Back-references are not supported in regex()</source>
        <translation>المراجع الخلفية غير مدعومة في regex()</translation>
    </message>
    <message>
        <source>Atomic groups (?&gt;...) are not supported in regex()</source>
        <translation>المجموعات الذرية (?&gt;...) غير مدعومة في regex()</translation>
    </message>
    <message>
        <source>Inline flags and special groups like (?i) are not supported in regex()</source>
        <translation>الخيارات المضمّنة والمجموعات الخاصة مثل (?i) غير مدعومة في regex()</translation>
    </message>
    <message>
        <source>This regex pattern repeats too much to check quickly; use smaller {n,m} counts</source>
        <translation>نمط regex هذا يتكرر كثيرًا جدًا لفحصه بسرعة؛ استخدم أعدادًا {n,m} أصغر</translation>
    </message>
    <message>
        <source>DuoDesk does not support ODK paths; refer to a question as ${name}</source>
        <translation>لا يدعم DuoDesk مسارات ODK؛ أشر إلى السؤال هكذا ${name}</translation>
    </message>
    <message>
        <source>This expression is too long ({text:,} characters; the limit is {max_expression_length:,})</source>
        <translation>هذا التعبير طويل جدًا ({text:,} حرف؛ الحد هو {max_expression_length:,})</translation>
    </message>
    <message>
        <source>This text is never closed: add a {c} at its end</source>
        <translation>هذا النص لا يُغلق أبدًا: أضف {c} في آخره</translation>
    </message>
    <message>
        <source>'..' cannot be used here: {path_hint}</source>
        <translation>لا يمكن استخدام «..» هنا: {path_hint}</translation>
    </message>
    <message>
        <source>A '$' must start a question reference like ${age}</source>
        <translation>يجب أن يبدأ «$» مرجعًا إلى سؤال مثل ${age}</translation>
    </message>
    <message>
        <source>This '${' is never closed with '}'</source>
        <translation>هذا «${» لا يُغلق أبدًا بـ «}»</translation>
    </message>
    <message>
        <source>'${}' needs a question name between the braces</source>
        <translation>«${}» يحتاج إلى اسم سؤال بين القوسين</translation>
    </message>
    <message>
        <source>'{value}' is not a question reference: put just one question name between ${{ and }}</source>
        <translation>«{value}» ليس مرجعًا إلى سؤال: ضع اسم سؤال واحد فقط بين ${{ و }}</translation>
    </message>
    <message>
        <source>This '[' is never closed with ']'</source>
        <translation>هذا «[» لا يُغلق أبدًا بـ «]»</translation>
    </message>
    <message>
        <source>'[]' needs a condition between the brackets</source>
        <translation>«[]» يحتاج إلى شرط بين القوسين</translation>
    </message>
    <message>
        <source>'!' must be followed by '=' (to negate, write not(...))</source>
        <translation>يجب أن يلي «!» الرمز «=» (للنفي اكتب not(...))</translation>
    </message>
    <message>
        <source>'{c}' cannot be used here: {path_hint}</source>
        <translation>لا يمكن استخدام «{c}» هنا: {path_hint}</translation>
    </message>
    <message>
        <source>'|' (node-set union) is not supported</source>
        <translation>«|» (اتحاد مجموعات العقد) غير مدعوم</translation>
    </message>
    <message>
        <source>Unexpected character {c}</source>
        <translation>حرف غير متوقع {c}</translation>
    </message>
    <message>
        <source>A group cannot be moved inside itself</source>
        <translation>لا يمكن نقل مجموعة إلى داخل نفسها</translation>
    </message>
    <message>
        <source>up to {number}: {name}</source>
        <translation>حتى {number}: {name}</translation>
    </message>
    <message>
        <source>less than {number}: {name}</source>
        <translation>أقل من {number}: {name}</translation>
    </message>
    <message>
        <source>bands need a question and at least one band</source>
        <translation>الفئات تحتاج إلى سؤال وفئة واحدة على الأقل</translation>
    </message>
    <message>
        <source>a band's name cannot hold both ' and ": {text}</source>
        <translation>اسم الفئة لا يمكن أن يحتوي على ' و " معًا: {text}</translation>
    </message>
    <message>
        <source>a participant code needs one answer per element, and some elements</source>
        <translation>رمز المشارك يحتاج إلى إجابة لكل عنصر، وإلى بعض العناصر</translation>
    </message>
    <message>
        <source>cannot read the passphrase file {path}: {strerror}</source>
        <translation>لا يمكن قراءة ملف عبارة المرور {path}: {strerror}</translation>
    </message>
    <message>
        <source>the passphrase file {path} is not UTF-8 text; save it as UTF-8 and try again</source>
        <translation>ملف عبارة المرور {path} ليس نصًا بترميز UTF-8؛ احفظه بترميز UTF-8 وحاول من جديد</translation>
    </message>
    <message>
        <source>the passphrase file {path} is empty</source>
        <translation>ملف عبارة المرور {path} فارغ</translation>
    </message>
    <message>
        <source>unknown questionnaire format {value!r}</source>
        <translation>صيغة استبيان غير معروفة {value!r}</translation>
    </message>
    <message>
        <source>there are more than {max_rows:,} rows of data, more than DuoDesk reads from this kind of file.</source>
        <translation>يوجد أكثر من {max_rows:,} صف بيانات، أكثر مما يقرؤه DuoDesk من هذا النوع من الملفات.</translation>
    </message>
    <message>
        <source>this row has more values than the header has columns ({width}); a value may contain an unquoted separator.</source>
        <translation>في هذا الصف قيم أكثر من أعمدة العنوان ({width})؛ ربما في قيمة فاصل بدون علامات اقتباس.</translation>
    </message>
    <message>
        <source>{where} is empty.</source>
        <translation>{where} فارغ.</translation>
    </message>
    <message>
        <source>the sheet numbers its rows past {excel_max_rows:,}, Excel's limit; the file is damaged. {save_as_xlsx}</source>
        <translation>الورقة ترقّم صفوفها بعد {excel_max_rows:,}، وهو حد Excel؛ الملف تالف. {save_as_xlsx}</translation>
    </message>
    <message>
        <source>the sheet is larger than Excel allows; the file is damaged. {save_as_xlsx}</source>
        <translation>الورقة أكبر مما يسمح به Excel؛ الملف تالف. {save_as_xlsx}</translation>
    </message>
    <message>
        <source>there are {matches} sheets called "{sheet_name}" ({listed}); rename all but one.</source>
        <translation>توجد {matches} أوراق اسمها «{sheet_name}» ({listed})؛ غيّر أسماءها كلها إلا واحدة.</translation>
    </message>
    <message>
        <source>this workbook has no worksheets.</source>
        <translation>هذا المصنف ليست فيه أوراق عمل.</translation>
    </message>
    <message>
        <source>there is no sheet called "{sheet}" (the sheets are {listed}).</source>
        <translation>لا توجد ورقة اسمها «{sheet}» (الأوراق هي {listed}).</translation>
    </message>
    <message>
        <source>The team passphrase needs at least {minimum_length} characters: it locks every interview and the participant-code key. Choose a longer one; nothing was written.</source>
        <translation>عبارة مرور الفريق تحتاج إلى {minimum_length} حرفًا على الأقل: فهي تقفل كل مقابلة ومفتاح رموز المشاركين. اختر عبارة أطول؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>The passphrase file {name} holds no passphrase.</source>
        <translation>ملف عبارة المرور {name} لا يحتوي على عبارة مرور.</translation>
    </message>
    <message>
        <source>{path} is a folder: give the name of the transfer file to write.</source>
        <translation>{path} مجلد: أعطِ اسم ملف النقل الذي سيُكتب.</translation>
    </message>
    <message>
        <source>{name} already exists and is not a transfer file, so DuoDesk does not write over it; nothing was changed. Choose another name.</source>
        <translation>{name} موجود بالفعل وليس ملف نقل، لذلك لا يكتب DuoDesk فوقه؛ لم يتغير شيء. اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>{name} was changed or damaged after it was written, so nothing was read from it. Ask for the file to be sent again.</source>
        <translation>تغيّر {name} أو تلف بعد كتابته، لذلك لم يُقرأ منه شيء. اطلب إرسال الملف مرة أخرى.</translation>
    </message>
    <message>
        <source>{name} is not complete (it was cut short, perhaps while being copied), so nothing was read from it. Copy it again and try once more.</source>
        <translation>{name} غير مكتمل (انقطع، ربما أثناء نسخه)، لذلك لم يُقرأ منه شيء. انسخه مرة أخرى وحاول من جديد.</translation>
    </message>
    <message>
        <source>{name} cannot be opened: {strerror}.</source>
        <translation>لا يمكن فتح {name}: {strerror}.</translation>
    </message>
    <message>
        <source>{name} is not a DuoDesk transfer file.</source>
        <translation>{name} ليس ملف نقل من DuoDesk.</translation>
    </message>
    <message>
        <source>{name} was written by a newer version of DuoDesk. Install the newer version to read it; nothing was changed.</source>
        <translation>{name} كتبته نسخة أحدث من DuoDesk. ثبّت النسخة الأحدث لقراءته؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The team passphrase does not open {name}: it was made with another passphrase (capital letters count). Nothing was changed.</source>
        <translation>عبارة مرور الفريق لا تفتح {name}: صُنع بعبارة مرور أخرى (الأحرف الكبيرة مهمة). لم يتغير شيء.</translation>
    </message>
    <message>
        <source>{raw} cannot be read as text</source>
        <translation>لا يمكن قراءة {raw} كنص</translation>
    </message>
    <message>
        <source>{raw} is not a whole number</source>
        <translation>{raw} ليس عددًا صحيحًا</translation>
    </message>
    <message>
        <source>{raw} is not a whole number{hint}</source>
        <translation>{raw} ليس عددًا صحيحًا{hint}</translation>
    </message>
    <message>
        <source>{raw} is too large for a whole number (the limit is {int64_max:,})</source>
        <translation>{raw} كبير جدًا على عدد صحيح (الحد هو {int64_max:,})</translation>
    </message>
    <message>
        <source>(write it without commas or spaces)</source>
        <translation>(اكتبه دون فواصل أو مسافات)</translation>
    </message>
    <message>
        <source>{raw} is not a number</source>
        <translation>{raw} ليس رقمًا</translation>
    </message>
    <message>
        <source>(use a point for decimals, as in 1.5)</source>
        <translation>(استخدم النقطة للكسور العشرية، كما في 1.5)</translation>
    </message>
    <message>
        <source>{raw} is not a number{hint}</source>
        <translation>{raw} ليس رقمًا{hint}</translation>
    </message>
    <message>
        <source>{raw} is too large to store as a number</source>
        <translation>{raw} كبير جدًا لحفظه كرقم</translation>
    </message>
    <message>
        <source>{raw} would need more than {limit} digits written out; write it with fewer digits, or nearer to 1</source>
        <translation>{raw} يحتاج إلى أكثر من {limit} رقمًا عند كتابته كاملًا؛ اكتبه بأرقام أقل، أو أقرب إلى 1</translation>
    </message>
    <message>
        <source>{raw} has a time of day; this question takes a date only</source>
        <translation>{raw} فيه وقت من اليوم؛ هذا السؤال يأخذ تاريخًا فقط</translation>
    </message>
    <message>
        <source>{raw} is not a real date</source>
        <translation>{raw} ليس تاريخًا حقيقيًا</translation>
    </message>
    <message>
        <source>{raw} is not written as YYYY-MM-DD; DuoDesk does not guess whether a date like 05/01/2024 means 5 January or May 1</source>
        <translation>{raw} ليس مكتوبًا بالشكل YYYY-MM-DD؛ DuoDesk لا يخمّن إن كان تاريخ مثل 05/01/2024 يعني 5 يناير أو 1 مايو</translation>
    </message>
    <message>
        <source>{raw} is not a date written as YYYY-MM-DD</source>
        <translation>{raw} ليس تاريخًا مكتوبًا بالشكل YYYY-MM-DD</translation>
    </message>
    <message>
        <source>{raw} is a date and time; this question takes a time only</source>
        <translation>{raw} تاريخ ووقت؛ هذا السؤال يأخذ وقتًا فقط</translation>
    </message>
    <message>
        <source>{raw} is not a time written as HH:MM or HH:MM:SS</source>
        <translation>{raw} ليس وقتًا مكتوبًا بالشكل HH:MM أو HH:MM:SS</translation>
    </message>
    <message>
        <source>{raw} is not written as YYYY-MM-DDTHH:MM:SS; DuoDesk does not guess whether a date like 05/01/2024 means 5 January or May 1</source>
        <translation>{raw} ليس مكتوبًا بالشكل YYYY-MM-DDTHH:MM:SS؛ DuoDesk لا يخمّن إن كان تاريخ مثل 05/01/2024 يعني 5 يناير أو 1 مايو</translation>
    </message>
    <message>
        <source>{raw} is not a date and time written as YYYY-MM-DDTHH:MM:SS</source>
        <translation>{raw} ليس تاريخًا ووقتًا مكتوبين بالشكل YYYY-MM-DDTHH:MM:SS</translation>
    </message>
    <message>
        <source>the range's {key} "{text}" is not a number</source>
        <translation>قيمة {key} في المدى «{text}» ليست رقمًا</translation>
    </message>
    <message>
        <source>the range's {key} "{text}" is too large or has too many decimals (at most {range_decimals} decimals, and below {range_limit:,})</source>
        <translation>قيمة {key} في المدى «{text}» كبيرة جدًا أو فيها منازل عشرية كثيرة (على الأكثر {range_decimals} منازل عشرية، وأقل من {range_limit:,})</translation>
    </message>
    <message>
        <source>the range's step is 0</source>
        <translation>خطوة المدى تساوي 0</translation>
    </message>
    <message>
        <source>{raw} is outside the range {shown}</source>
        <translation>{raw} خارج المدى {shown}</translation>
    </message>
    <message>
        <source>{raw} is not one of the steps of the range {shown} (in steps of {value})</source>
        <translation>{raw} ليس من خطوات المدى {shown} (بخطوات قدرها {value})</translation>
    </message>
    <message>
        <source>{raw} is not a location written as latitude longitude</source>
        <translation>{raw} ليس مكانًا مكتوبًا بالشكل خط العرض خط الطول</translation>
    </message>
    <message>
        <source>{raw} has several points; this question takes one</source>
        <translation>{raw} فيه عدة نقاط؛ هذا السؤال يأخذ نقطة واحدة</translation>
    </message>
    <message>
        <source>{raw}: {what} needs at least {at_least} points</source>
        <translation>{raw}: {what} يحتاج إلى {at_least} نقاط على الأقل</translation>
    </message>
    <message>
        <source>{raw} is not a location: write the latitude and longitude, as in 55.95 -3.19 (altitude and accuracy may follow)</source>
        <translation>{raw} ليس مكانًا: اكتب خط العرض وخط الطول، مثل 55.95 -3.19 (يمكن أن يتبعهما الارتفاع والدقة)</translation>
    </message>
    <message>
        <source>{raw}: {text} is not a number</source>
        <translation>{raw}: {text} ليس رقمًا</translation>
    </message>
    <message>
        <source>{raw}: the latitude must be between -90 and 90</source>
        <translation>{raw}: خط العرض يجب أن يكون بين -90 و90</translation>
    </message>
    <message>
        <source>{raw}: the longitude must be between -180 and 180</source>
        <translation>{raw}: خط الطول يجب أن يكون بين -180 و180</translation>
    </message>
    <message>
        <source>{raw}: the accuracy cannot be negative</source>
        <translation>{raw}: الدقة لا يمكن أن تكون سالبة</translation>
    </message>
    <message>
        <source>{raw} should be OK (acknowledged) or empty</source>
        <translation>{raw} يجب أن يكون OK (مؤكَّد) أو فارغًا</translation>
    </message>
    <message>
        <source>A note takes no answer, but it was given {raw}</source>
        <translation>الملاحظة لا تأخذ إجابة، لكنها أُعطيت {raw}</translation>
    </message>
    <message>
        <source>{raw} is not a choice name</source>
        <translation>{raw} ليس اسم خيار</translation>
    </message>
    <message>
        <source>{raw} names more than one choice; this question takes one answer</source>
        <translation>{raw} يسمّي أكثر من خيار؛ هذا السؤال يأخذ إجابة واحدة</translation>
    </message>
    <message>
        <source>the external choices</source>
        <translation>الخيارات الخارجية</translation>
    </message>
    <message>
        <source>the choices come from {where}, which was not added with the questionnaire; add it first</source>
        <translation>تأتي الخيارات من {where}، الذي لم يُضف مع الاستبيان؛ أضفه أولًا</translation>
    </message>
    <message>
        <source>{answer} is not one of the choices: {choices}</source>
        <translation>{answer} ليس من الخيارات: {choices}</translation>
    </message>
    <message>
        <source>{answers} are not among the choices: {choices}</source>
        <translation>{answers} ليست من الخيارات: {choices}</translation>
    </message>
    <message>
        <source>({label} is the label of {name}; use choice names)</source>
        <translation>({label} هو تسمية {name}؛ استخدم أسماء الخيارات)</translation>
    </message>
    <message>
        <source>this is a folder, not a file.</source>
        <translation>هذا مجلد، وليس ملفًا.</translation>
    </message>
    <message>
        <source>this file does not exist (was it moved?).</source>
        <translation>هذا الملف غير موجود (هل نُقل؟).</translation>
    </message>
    <message>
        <source>this file cannot be read ({strerror}).</source>
        <translation>لا يمكن قراءة هذا الملف ({strerror}).</translation>
    </message>
    <message>
        <source>this file is {value:,.0f} MB, more than the {value2:,.0f} MB DuoDesk reads.</source>
        <translation>حجم هذا الملف {value:,.0f} ميغابايت، أكثر من {value2:,.0f} ميغابايت التي يقرؤها DuoDesk.</translation>
    </message>
    <message>
        <source>this workbook is protected with a password. Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook) and save it again.</source>
        <translation>هذا المصنف محمي بكلمة مرور. افتحه في Excel، وأزل كلمة المرور (ملف &gt; معلومات &gt; حماية المصنف) واحفظه من جديد.</translation>
    </message>
    <message>
        <source>this is an old-style Excel 97-2003 workbook (.xls). {save_as_xlsx}</source>
        <translation>هذا مصنف Excel قديم من نوع 97-2003 (.xls). {save_as_xlsx}</translation>
    </message>
    <message>
        <source>It looks like a text file; if it holds CSV data, rename it to .csv.</source>
        <translation>يبدو أنه ملف نصي؛ إن كان يحوي بيانات CSV فغيّر اسمه إلى ‎.csv.</translation>
    </message>
    <message>
        <source>this file is not an Excel workbook (.xlsx).{hint}</source>
        <translation>هذا الملف ليس مصنف Excel (.xlsx).{hint}</translation>
    </message>
    <message>
        <source>this workbook has an impossible number of parts.</source>
        <translation>هذا المصنف فيه عدد مستحيل من الأجزاء.</translation>
    </message>
    <message>
        <source>this is an Excel binary workbook (.xlsb). {save_as_xlsx}</source>
        <translation>هذا مصنف Excel ثنائي (.xlsb). {save_as_xlsx}</translation>
    </message>
    <message>
        <source>this is an OpenDocument spreadsheet. {save_as_xlsx}</source>
        <translation>هذا جدول بيانات OpenDocument. {save_as_xlsx}</translation>
    </message>
    <message>
        <source>this file is not an Excel workbook (.xlsx): it is a zip archive with no workbook inside.</source>
        <translation>هذا الملف ليس مصنف Excel (.xlsx): إنه ملف zip ليس فيه مصنف.</translation>
    </message>
    <message>
        <source>this workbook contains a part with an unsafe name ({name!r}); it was not made by a spreadsheet program and will not be opened.</source>
        <translation>هذا المصنف فيه جزء باسم غير آمن ({name!r})؛ لم يصنعه برنامج جداول بيانات ولن يُفتح.</translation>
    </message>
    <message>
        <source>this workbook is protected with a password.</source>
        <translation>هذا المصنف محمي بكلمة مرور.</translation>
    </message>
    <message>
        <source>this workbook unpacks to far more data than its size suggests ({name} alone claims {value:,.0f} MB); it may be a 'zip bomb' and will not be opened.</source>
        <translation>هذا المصنف يُفك إلى بيانات أكثر بكثير مما يوحي به حجمه ({name} وحده يدّعي {value:,.0f} ميغابايت)؛ قد يكون «قنبلة zip» ولن يُفتح.</translation>
    </message>
    <message>
        <source>this workbook has a part ({filename}) in an unsupported text encoding.</source>
        <translation>هذا المصنف فيه جزء ({filename}) بترميز نص غير مدعوم.</translation>
    </message>
    <message>
        <source>this workbook contains an XML document type declaration ({filename}), which spreadsheet programs never write; it may be an attack (an 'XML bomb') and will not be opened.</source>
        <translation>هذا المصنف فيه تعريف نوع مستند XML ({filename})، وبرامج الجداول لا تكتبه أبدًا؛ قد يكون هجومًا («قنبلة XML») ولن يُفتح.</translation>
    </message>
    <message>
        <source>this workbook has a sheet ({filename}) with more rows than Excel allows ({excel_max_rows:,}); it was not made by a spreadsheet program.</source>
        <translation>هذا المصنف فيه ورقة ({filename}) صفوفها أكثر مما يسمح به Excel ({excel_max_rows:,})؛ لم يصنعه برنامج جداول بيانات.</translation>
    </message>
    <message>
        <source>{message} (at position {position})</source>
        <translation>{message} (عند الموضع {position})</translation>
    </message>
    <message numerus="yes">
        <source>takes at least %n argument</source>
        <translation><numerusform>يأخذ %n وسيطًا على الأقل</numerusform><numerusform>يأخذ وسيطًا واحدًا (%n) على الأقل</numerusform><numerusform>يأخذ وسيطين (%n) على الأقل</numerusform><numerusform>يأخذ %n وسائط على الأقل</numerusform><numerusform>يأخذ %n وسيطًا على الأقل</numerusform><numerusform>يأخذ %n وسيطًا على الأقل</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>takes at least %n arguments</source>
        <translation><numerusform>يأخذ %n وسيطًا على الأقل</numerusform><numerusform>يأخذ وسيطًا واحدًا (%n) على الأقل</numerusform><numerusform>يأخذ وسيطين (%n) على الأقل</numerusform><numerusform>يأخذ %n وسائط على الأقل</numerusform><numerusform>يأخذ %n وسيطًا على الأقل</numerusform><numerusform>يأخذ %n وسيطًا على الأقل</numerusform></translation>
    </message>
    <message>
        <source>takes no arguments</source>
        <translation>لا يأخذ وسائط</translation>
    </message>
    <message numerus="yes">
        <source>takes %n argument</source>
        <translation><numerusform>يأخذ %n وسيطًا</numerusform><numerusform>يأخذ وسيطًا واحدًا (%n)</numerusform><numerusform>يأخذ وسيطين (%n)</numerusform><numerusform>يأخذ %n وسائط</numerusform><numerusform>يأخذ %n وسيطًا</numerusform><numerusform>يأخذ %n وسيطًا</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>takes %n arguments</source>
        <translation><numerusform>يأخذ %n وسيطًا</numerusform><numerusform>يأخذ وسيطًا واحدًا (%n)</numerusform><numerusform>يأخذ وسيطين (%n)</numerusform><numerusform>يأخذ %n وسائط</numerusform><numerusform>يأخذ %n وسيطًا</numerusform><numerusform>يأخذ %n وسيطًا</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>takes {minimum} to %n argument</source>
        <translation><numerusform>يأخذ من {minimum} إلى %n وسيط</numerusform><numerusform>يأخذ من {minimum} إلى %n وسيط</numerusform><numerusform>يأخذ من {minimum} إلى %n وسيط</numerusform><numerusform>يأخذ من {minimum} إلى %n وسيط</numerusform><numerusform>يأخذ من {minimum} إلى %n وسيط</numerusform><numerusform>يأخذ من {minimum} إلى %n وسيط</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>takes {minimum} to %n arguments</source>
        <translation><numerusform>يأخذ من {minimum} إلى %n وسيط</numerusform><numerusform>يأخذ من {minimum} إلى %n وسيط</numerusform><numerusform>يأخذ من {minimum} إلى %n وسيط</numerusform><numerusform>يأخذ من {minimum} إلى %n وسيط</numerusform><numerusform>يأخذ من {minimum} إلى %n وسيط</numerusform><numerusform>يأخذ من {minimum} إلى %n وسيط</numerusform></translation>
    </message>
</context>
<context>
    <name>DesktopCheck</name>
    <message>
        <source>DuoDesk cannot open its window: no desktop screen was found (DISPLAY is not set). Start it from the desktop; the commands (duodesk --help) work without one.</source>
        <translation>لا يستطيع DuoDesk فتح نافذته: لم يُعثر على شاشة سطح مكتب (DISPLAY غير محدد). شغّله من سطح المكتب؛ الأوامر (duodesk --help) تعمل بدون شاشة.</translation>
    </message>
    <message>
        <source>DuoDesk cannot open its window: system libraries are missing. Install them with: {command}</source>
        <translation>لا يستطيع DuoDesk فتح نافذته: بعض مكتبات النظام مفقودة. ثبّتها بالأمر: {command}</translation>
    </message>
    <message>
        <source>DuoDesk cannot open its window: no screen can be reached at DISPLAY={display}. Start it from the desktop itself, or over ssh with X forwarding (ssh -X); the commands (duodesk --help) work without a screen.</source>
        <translation>لا يستطيع DuoDesk فتح نافذته: لا تستجيب أي شاشة على DISPLAY={display}. شغّله من سطح المكتب نفسه، أو عبر ssh مع تمرير X ‏(ssh -X)؛ الأوامر (duodesk --help) تعمل بدون شاشة.</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>This answer is not allowed here</source>
        <translation>هذه الإجابة غير مسموح بها هنا</translation>
    </message>
    <message>
        <source>An answer is needed here</source>
        <translation>الإجابة مطلوبة هنا</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>The threshold for small numbers must be from {low} to {high}, not {n}</source>
        <translation>حد الأعداد الصغيرة يجب أن يكون من {low} إلى {high}، وليس {n}</translation>
    </message>
    <message>
        <source>This project requires numbers from 1 to {n} to be hidden in every export, so small numbers cannot be shown.</source>
        <translation>هذا المشروع يطلب إخفاء الأعداد من 1 إلى {n} في كل تصدير، لذلك لا يمكن إظهار الأعداد الصغيرة.</translation>
    </message>
    <message>
        <source>This project requires numbers from 1 to {n} to be hidden in every export; hiding only 1 to {threshold} is not allowed.</source>
        <translation>هذا المشروع يطلب إخفاء الأعداد من 1 إلى {n} في كل تصدير؛ إخفاء 1 إلى {threshold} فقط غير مسموح.</translation>
    </message>
    <message>
        <source>The part chosen ({part}) leaves out only 1 to {threshold} of the interviews: set beside the results for every interview, its numbers would give those few people's answers by subtraction. Choose a part that leaves out none of the interviews, or at least {n} of them.</source>
        <translation>الجزء المختار ({part}) يستبعد من 1 إلى {threshold} فقط من المقابلات: إذا وُضع بجانب نتائج كل المقابلات، فإن أعداده تعطي بالطرح إجابات هؤلاء الأشخاص القلائل. اختر جزءًا لا يستبعد أي مقابلة، أو يستبعد {n} على الأقل.</translation>
    </message>
    <message>
        <source>the site “{name}”</source>
        <translation>الموقع «{name}»</translation>
    </message>
    <message>
        <source>the interviews with no site</source>
        <translation>المقابلات بلا موقع</translation>
    </message>
    <message>
        <source>The part chosen ({part}) is chosen by site, and {which} has only 1 to {threshold} interviews: parts chosen by site could be subtracted from each other and from the whole survey to give those few people's answers. Choose every site, or choose the part another way.</source>
        <translation>الجزء المختار ({part}) مختار حسب الموقع، و{which} فيه من 1 إلى {threshold} مقابلات فقط: بطرح الأجزاء المختارة حسب الموقع بعضها من بعض ومن المسح كله تُعرف إجابات هؤلاء الأشخاص القلائل. اختر كل المواقع، أو اختر الجزء بطريقة أخرى.</translation>
    </message>
    <message>
        <source>the interviewer “{name}”</source>
        <translation>المحاور «{name}»</translation>
    </message>
    <message>
        <source>the interviews with no interviewer</source>
        <translation>المقابلات بلا محاور</translation>
    </message>
    <message>
        <source>The part chosen ({part}) is chosen by interviewer, and {which} has only 1 to {threshold} interviews: parts chosen by interviewer could be subtracted from each other and from the whole survey to give those few people's answers. Choose every interviewer, or choose the part another way.</source>
        <translation>الجزء المختار ({part}) مختار حسب المحاور، و{which} لديه من 1 إلى {threshold} مقابلات فقط: بطرح الأجزاء المختارة حسب المحاور بعضها من بعض ومن المسح كله تُعرف إجابات هؤلاء الأشخاص القلائل. اختر كل المحاورين، أو اختر الجزء بطريقة أخرى.</translation>
    </message>
    <message>
        <source>The part chosen ({part}) is chosen by the answers to “{question}”, and in the whole survey one of the groups those answers make holds only 1 to {threshold} people: the number of interviews in the part, set beside the tables of every interview, would give that small group's number by subtraction. Choose the part by site or by dates instead, or publish every interview.</source>
        <translation>الجزء المختار ({part}) مختار حسب الإجابات على «{question}»، وفي المسح كله إحدى المجموعات التي تكوّنها هذه الإجابات فيها من 1 إلى {threshold} أشخاص فقط: عدد المقابلات في الجزء، بجانب جداول كل المقابلات، يكشف عدد هذه المجموعة الصغيرة بالطرح. اختر الجزء حسب الموقع أو التواريخ بدلاً من ذلك، أو انشر كل المقابلات.</translation>
    </message>
    <message>
        <source>the counts do not agree with their totals</source>
        <translation>الأعداد لا تتفق مع مجاميعها</translation>
    </message>
    <message>
        <source>every row of the table must have the same number of cells</source>
        <translation>يجب أن يكون في كل صف من الجدول نفس عدد الخلايا</translation>
    </message>
    <message>
        <source>counts cannot be negative</source>
        <translation>الأعداد لا يمكن أن تكون سالبة</translation>
    </message>
    <message>
        <source>The part chosen ({part}) holds no interview, so there is nothing to publish. Choose a part that holds at least {n} interviews, or every interview.</source>
        <translation>الجزء المختار ({part}) لا يضم أي مقابلة، فلا شيء للنشر. اختر جزءًا يضم {n} مقابلات على الأقل، أو كل المقابلات.</translation>
    </message>
    <message>
        <source>This questionnaire has only 1 to {threshold} complete interviews: in tables of so few, the zeros and the totals would give those few people's answers away, so none can be published. Wait until it has at least {n} interviews. Files that stay within the group (CSV or SPSS) can be exported now.</source>
        <translation>لا يضم هذا الاستبيان إلا من 1 إلى {threshold} مقابلات مكتملة: في جداول بهذا العدد القليل تكشف الأصفار والمجاميع إجابات هؤلاء الأشخاص القلائل، لذا لا يمكن نشر أي جدول. انتظر حتى يضم {n} مقابلات على الأقل. يمكن تصدير الملفات التي تبقى داخل المجموعة (CSV أو SPSS) الآن.</translation>
    </message>
    <message>
        <source>The part chosen ({part}) holds only 1 to {threshold} interviews: its zeros would give those few people's answers away. Choose a part that holds at least {n} interviews, or every interview.</source>
        <translation>الجزء المختار ({part}) لا يضم إلا من 1 إلى {threshold} مقابلات: أصفاره تكشف إجابات هؤلاء الأشخاص القلائل. اختر جزءًا يضم {n} مقابلات على الأقل، أو كل المقابلات.</translation>
    </message>
    <message>
        <source>The part chosen ({part}) differs by only 1 to {threshold} interviews from a part already published from this project: side by side, the two would give those few people's answers by subtraction. Choose the same interviews as before (for example up to the same date), or wait until the part differs from every earlier one by at least {more} interviews.</source>
        <translation>الجزء المختار ({part}) يختلف بـ 1 إلى {threshold} مقابلات فقط عن جزء نُشر من قبل من هذا المشروع: جنباً إلى جنب يكشفان إجابات هؤلاء الأشخاص القلائل بالطرح. اختر المقابلات نفسها كما من قبل (مثلاً حتى التاريخ نفسه)، أو انتظر حتى يختلف الجزء عن كل جزء سابق بـ {more} مقابلات على الأقل.</translation>
    </message>
    <message>
        <source>Exported to {file}; the number of interviews is hidden there, so it is not given here either.</source>
        <translation>صُدِّر إلى {file}؛ عدد المقابلات مخفي هناك، لذا لا يُذكر هنا أيضًا.</translation>
    </message>
    <message numerus="yes">
        <source>%n interview exported to {file}.</source>
        <translation><numerusform>لم تُصدَّر أي مقابلة (%n) إلى {file}.</numerusform><numerusform>صُدّرت مقابلة واحدة إلى {file}.</numerusform><numerusform>صُدّرت مقابلتان إلى {file}.</numerusform><numerusform>صُدّرت %n مقابلات إلى {file}.</numerusform><numerusform>صُدّرت %n مقابلة إلى {file}.</numerusform><numerusform>صُدّرت %n مقابلة إلى {file}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n interviews exported to {file}.</source>
        <translation><numerusform>لم تُصدَّر أي مقابلة (%n) إلى {file}.</numerusform><numerusform>صُدّرت مقابلة واحدة إلى {file}.</numerusform><numerusform>صُدّرت مقابلتان إلى {file}.</numerusform><numerusform>صُدّرت %n مقابلات إلى {file}.</numerusform><numerusform>صُدّرت %n مقابلة إلى {file}.</numerusform><numerusform>صُدّرت %n مقابلة إلى {file}.</numerusform></translation>
    </message>
    <message>
        <source>One row per interview in {file}: it can identify people, keep it within the group.</source>
        <translation>صف لكل مقابلة في {file}: قد يكشف هوية أشخاص، احفظه داخل المجموعة.</translation>
    </message>
    <message>
        <source>One row per repeat instance in {files} (joined to the interviews by _interview).</source>
        <translation>صف لكل تكرار في {files} (مرتبط بالمقابلات عن طريق _interview).</translation>
    </message>
    <message>
        <source>One row per repeat instance in {files} (joined to the interviews by v_interview).</source>
        <translation>صف لكل عنصر تكرار في {files} (مربوط بالمقابلات عبر v_interview).</translation>
    </message>
    <message>
        <source>Codebook: {files}.</source>
        <translation>دليل الرموز: {files}.</translation>
    </message>
    <message numerus="yes">
        <source>%n question was left out (see the codebook).</source>
        <translation><numerusform>لم يُترك أي سؤال (%n) (انظر دليل الرموز).</numerusform><numerusform>تُرك سؤال واحد (انظر دليل الرموز).</numerusform><numerusform>تُرك سؤالان (انظر دليل الرموز).</numerusform><numerusform>تُركت %n أسئلة (انظر دليل الرموز).</numerusform><numerusform>تُرك %n سؤالًا (انظر دليل الرموز).</numerusform><numerusform>تُرك %n سؤال (انظر دليل الرموز).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n questions were left out (see the codebook).</source>
        <translation><numerusform>لم يُترك أي سؤال (%n) (انظر دليل الرموز).</numerusform><numerusform>تُرك سؤال واحد (انظر دليل الرموز).</numerusform><numerusform>تُرك سؤالان (انظر دليل الرموز).</numerusform><numerusform>تُركت %n أسئلة (انظر دليل الرموز).</numerusform><numerusform>تُرك %n سؤالًا (انظر دليل الرموز).</numerusform><numerusform>تُرك %n سؤال (انظر دليل الرموز).</numerusform></translation>
    </message>
    <message>
        <source>Written as text, because some answers have more digits than an SPSS number holds exactly (see the codebook): {names}.</source>
        <translation>كُتبت كنص، لأن بعض الإجابات فيها أرقام أكثر مما يحفظه رقم SPSS بدقة (انظر دليل الرموز): {names}.</translation>
    </message>
    <message>
        <source>no complete interview of {form_id} is in the part chosen ({value}): there is nothing to report.</source>
        <translation>لا توجد مقابلة مكتملة من {form_id} في الجزء المختار ({value}): لا يوجد شيء للإبلاغ عنه.</translation>
    </message>
    <message>
        <source>Excel workbook for the health board (.xlsx)</source>
        <translation>مصنف Excel للجهة الصحية (.xlsx)</translation>
    </message>
    <message>
        <source>Every interview, one row each, as CSV (.csv)</source>
        <translation>كل مقابلة، صف لكل منها، بصيغة CSV (.csv)</translation>
    </message>
    <message>
        <source>Every interview, one row each, for SPSS or PSPP (.sav)</source>
        <translation>كل مقابلة، صف لكل منها، لبرنامج SPSS أو PSPP (.sav)</translation>
    </message>
    <message>
        <source>{file}: DuoDesk exports .xlsx, .csv and .sav files; end the file name with one of these.</source>
        <translation>{file}: DuoDesk يصدّر ملفات .xlsx و.csv و.sav؛ اجعل اسم الملف ينتهي بواحد منها.</translation>
    </message>
    <message>
        <source>The part chosen ({part}) and parts already published from this project fit together exactly (into the whole survey, an earlier part, or this part): side by side, their numbers would give away by subtraction even those each one hides, and some of them are 1 to {threshold}. Nothing was written. Choose a part that does not complete the parts already published.</source>
        <translation>الجزء المختار ({part}) وأجزاء نُشرت من قبل من هذا المشروع تتكامل تمامًا (في المسح كله أو في جزء سابق أو في هذا الجزء): إذا وُضعت جنبًا إلى جنب كشفت أرقامها بالطرح حتى ما يخفيه كل منها، وبعضها من 1 إلى {threshold}. لم يُكتب شيء. اختر جزءًا لا يُكمل الأجزاء المنشورة من قبل.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>this file does not look like a text (CSV) file.</source>
        <translation>هذا الملف لا يبدو ملفًا نصيًا (CSV).</translation>
    </message>
    <message>
        <source>this row is longer than {count:,} characters.</source>
        <translation>هذا الصف أطول من {count:,} حرف.</translation>
    </message>
    <message>
        <source>the file contains bytes that are not valid {encoding} text.</source>
        <translation>في الملف بايتات ليست نصًا صالحًا بترميز {encoding}.</translation>
    </message>
    <message>
        <source>the CSV layout is broken here ({problem}); look for a stray double quote (").</source>
        <translation>تنسيق CSV مكسور هنا ({problem})؛ ابحث عن علامة اقتباس مزدوجة (") زائدة.</translation>
    </message>
    <message>
        <source>sheet "{sheet}"</source>
        <translation>الورقة «{sheet}»</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>الصف {row}</translation>
    </message>
    <message>
        <source>column "{column}"</source>
        <translation>العمود «{column}»</translation>
    </message>
    <message>
        <source>this cell holds a formula but not its result: no spreadsheet program has calculated it. Open the file in Excel or LibreOffice, save it there, and try again.</source>
        <translation>تحتوي هذه الخلية على صيغة ولكن ليس على نتيجتها: لم يحسبها أي برنامج جداول بيانات. افتح الملف في Excel أو LibreOffice واحفظه هناك ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>this cell holds a formula (={formula}) but not its result: no spreadsheet program has calculated it. Open the file in Excel or LibreOffice, save it there, and try again.</source>
        <translation>تحتوي هذه الخلية على صيغة (={formula}) ولكن ليس على نتيجتها: لم يحسبها أي برنامج جداول بيانات. افتح الملف في Excel أو LibreOffice واحفظه هناك ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>a cell holds more than {count:,} characters, the most DuoDesk reads.</source>
        <translation>في خلية أكثر من {count:,} حرف، وهو أكثر ما يقرؤه DuoDesk.</translation>
    </message>
    <message>
        <source>the header row has more than {count:,} columns.</source>
        <translation>صف العنوان فيه أكثر من {count:,} عمود.</translation>
    </message>
    <message>
        <source>Open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx).</source>
        <translation>افتحه في Excel أو LibreOffice واحفظه كمصنف Excel (.xlsx).</translation>
    </message>
    <message>
        <source>this workbook is damaged and cannot be read ({fault}: {problem}).</source>
        <translation>هذا المصنف تالف ولا يمكن قراءته ({fault}: {problem}).</translation>
    </message>
    <message>
        <source>{where}, value "{value}": row {first} has the same key, so which of the two interviews the instances of the repeats joined to this key belong to cannot be told</source>
        <translation>{where}، القيمة «{value}»: للصف {first} المفتاح نفسه، لذلك لا يمكن معرفة أي المقابلتين تنتمي إليها التكرارات المرتبطة بهذا المفتاح</translation>
    </message>
    <message>
        <source>{where}: these are instances of {repeat}, which sits inside the repeat {outer}, but the file has no table for {outer}</source>
        <translation>{where}: هذه تكرارات من {repeat} الموجود داخل التكرار {outer}، لكن الملف لا يحتوي على جدول لـ {outer}</translation>
    </message>
    <message>
        <source>{where}: empty, so this instance of {repeat} belongs to no interview</source>
        <translation>{where}: فارغ، لذلك لا ينتمي هذا التكرار من {repeat} إلى أي مقابلة</translation>
    </message>
    <message>
        <source>{where}, value "{value}": no row of the {outer} table has this key, so this instance of {repeat} belongs to nothing</source>
        <translation>{where}، القيمة «{value}»: لا يوجد صف في جدول {outer} بهذا المفتاح، لذلك لا ينتمي هذا التكرار من {repeat} إلى شيء</translation>
    </message>
    <message>
        <source>{where}, value "{value}": another row of {repeat} has the same key, so the instances inside it cannot be told apart</source>
        <translation>{where}، القيمة «{value}»: صف آخر من {repeat} له المفتاح نفسه، لذلك لا يمكن التمييز بين التكرارات التي بداخله</translation>
    </message>
    <message>
        <source>{where}, value "{value}": no interview in {table} has this key, so this instance of {repeat} belongs to no interview</source>
        <translation>{where}، القيمة «{value}»: لا توجد مقابلة في {table} بهذا المفتاح، لذلك لا ينتمي هذا التكرار من {repeat} إلى أي مقابلة</translation>
    </message>
    <message>
        <source>{where}, value "{value}": {reason}</source>
        <translation>{where}، القيمة «{value}»: {reason}</translation>
    </message>
    <message>
        <source>should be 1 or 0</source>
        <translation>يجب أن تكون 1 أو 0</translation>
    </message>
    <message>
        <source>this zip file is protected with a password.</source>
        <translation>ملف zip هذا محمي بكلمة مرور.</translation>
    </message>
    <message>
        <source>this zip file unpacks to far more data than its size suggests ({name}); it will not be opened.</source>
        <translation>يُفكّ ملف zip هذا إلى بيانات أكثر بكثير مما يوحي به حجمه ({name})؛ لن يُفتح.</translation>
    </message>
    <message>
        <source>this zip file cannot be read ({error}).</source>
        <translation>لا يمكن قراءة ملف zip هذا ({error}).</translation>
    </message>
    <message>
        <source>this zip file should hold one CSV file of interviews (without a PARENT_KEY column) and one per repeat; it holds {count} without PARENT_KEY.</source>
        <translation>يجب أن يحتوي ملف zip هذا على ملف CSV واحد للمقابلات (دون عمود PARENT_KEY) وملف لكل تكرار؛ يحتوي على {count} دون PARENT_KEY.</translation>
    </message>
    <message>
        <source>{where}: {reason}</source>
        <translation>{where}: {reason}</translation>
    </message>
    <message>
        <source>the column for {key} appears twice</source>
        <translation>يظهر عمود {key} مرتين</translation>
    </message>
    <message>
        <source>{table}: {count} row(s) of {repeat}, but by the questionnaire's logic this repeat is not asked here ({why})</source>
        <translation>{table}: عدد {count} من صفوف {repeat}، لكن بحسب منطق الاستبيان لا تُطرح هذه المجموعة المتكررة هنا ({why})</translation>
    </message>
    <message>
        <source>answered, but by the questionnaire's logic this question is not asked here ({why})</source>
        <translation>أُجيب عنه، لكن حسب منطق الاستبيان لا يُطرح هذا السؤال هنا ({why})</translation>
    </message>
    <message>
        <source>this answer is not allowed</source>
        <translation>هذه الإجابة غير مسموح بها</translation>
    </message>
    <message>
        <source>one of its repeat instances has a problem: {problem}</source>
        <translation>أحد تكراراته فيه مشكلة: {problem}</translation>
    </message>
    <message>
        <source>column "{name}" says {said} instance(s), but the table of {name} has {found} for this interview</source>
        <translation>العمود «{name}» يذكر {said} تكرار(ات)، لكن جدول {name} فيه {found} لهذه المقابلة</translation>
    </message>
    <message>
        <source>it is in the group "{group}", which applies only when {condition}</source>
        <translation>إنه في المجموعة «{group}»، التي لا تنطبق إلا عندما {condition}</translation>
    </message>
    <message>
        <source>it applies only when {condition}</source>
        <translation>لا ينطبق إلا عندما {condition}</translation>
    </message>
    <message>
        <source>it belongs to an instance of a repeat that is not there for this interview</source>
        <translation>ينتمي إلى تكرار من مجموعة متكررة غير موجود في هذه المقابلة</translation>
    </message>
    <message>
        <source>file "{name}"</source>
        <translation>الملف «{name}»</translation>
    </message>
    <message>
        <source>{where}: "{name}" should be the name of a .csv, .xml or .geojson file in the form's folder</source>
        <translation>{where}: يجب أن يكون «{name}» اسم ملف ‎.csv أو ‎.xml أو ‎.geojson في مجلد الاستمارة</translation>
    </message>
    <message>
        <source>{where}: pulldata() should name a CSV file, not "{name}"</source>
        <translation>{where}: يجب أن تذكر pulldata()‎ ملف CSV، لا «{name}»</translation>
    </message>
    <message>
        <source>the "{sheet}" sheet</source>
        <translation>الورقة «{sheet}»</translation>
    </message>
    <message>
        <source>{where}: the list "{name}" is not on {place}</source>
        <translation>{where}: القائمة «{name}» ليست في {place}</translation>
    </message>
    <message>
        <source>“{title}” has its file {name} already. To use another, add the questionnaire again with the new file beside it: it is kept as a new version, and interviews already entered keep the answers they were given.</source>
        <translation>لدى «{title}» ملفه {name} بالفعل. لاستخدام ملف آخر، أضف الاستبيان مرة أخرى مع الملف الجديد بجانبه: يُحفظ كنسخة جديدة، وتحتفظ المقابلات المُدخلة بالإجابات التي أُعطيت.</translation>
    </message>
    <message>
        <source>no file</source>
        <translation>أي ملف</translation>
    </message>
    <message>
        <source>“{title}” does not need a file called {name}; it needs {needed}.</source>
        <translation>لا يحتاج «{title}» إلى ملف باسم {name}؛ يحتاج إلى {needed}.</translation>
    </message>
    <message>
        <source>the list "{name}" has no rows here (its "list_name" column never says it).</source>
        <translation>القائمة «{name}» ليس لها صفوف هنا (عمود «list_name» لا يذكرها أبدًا).</translation>
    </message>
    <message>
        <source>there is no column "{column}", which the question "{question}" chooses its answers by (its choice_filter: {choice_filter}). Add the column to the file, or check its spelling.</source>
        <translation>لا يوجد عمود «{column}»، الذي يختار به السؤال «{question}» إجاباته (choice_filter الخاص به: {choice_filter}). أضف العمود إلى الملف، أو تحقّق من كتابته.</translation>
    </message>
    <message>
        <source>{file} has no column {missing}, which pulldata() in “{question}” reads (the file's columns are {columns}), so it stays empty in every interview. Add the column to the file, or check its spelling.</source>
        <translation>لا يحتوي {file} على العمود {missing} الذي تقرؤه pulldata()‎ في «{question}» (أعمدة الملف هي {columns})، لذا يبقى فارغًا في كل مقابلة. أضف العمود إلى الملف، أو تحقق من كتابته.</translation>
    </message>
    <message>
        <source>{file} has no columns {missing}, which pulldata() in “{question}” reads (the file's columns are {columns}), so it stays empty in every interview. Add the columns to the file, or check their spelling.</source>
        <translation>لا يحتوي {file} على الأعمدة {missing} التي تقرؤها pulldata()‎ في «{question}» (أعمدة الملف هي {columns})، لذا يبقى فارغًا في كل مقابلة. أضف الأعمدة إلى الملف، أو تحقق من كتابتها.</translation>
    </message>
    <message>
        <source>{file} has no column "{column}", which the question “{question}” chooses its answers by (its choice_filter: {choice_filter}; the columns are {columns}), so it offers no answer. Add the column to the file, or check its spelling.</source>
        <translation>لا يحتوي {file} على العمود "{column}" الذي يختار به السؤال «{question}» إجاباته (مرشّح الاختيارات choice_filter: ‏{choice_filter}؛ والأعمدة هي {columns})، لذا لا يعرض أي إجابة. أضف العمود إلى الملف، أو تحقق من كتابته.</translation>
    </message>
    <message>
        <source>the "{sheet}" sheet of {form}</source>
        <translation>الورقة "{sheet}" في {form}</translation>
    </message>
</context>
<context>
    <name>Findings report</name>
    <message>
        <source>site</source>
        <translation>موقع</translation>
    </message>
    <message>
        <source>sites</source>
        <translation>مواقع</translation>
    </message>
    <message>
        <source>interviewer</source>
        <translation>باحث ميداني</translation>
    </message>
    <message>
        <source>interviewers</source>
        <translation>باحثين ميدانيين</translation>
    </message>
    <message>
        <source>the section “{heading}”</source>
        <translation>القسم «{heading}»</translation>
    </message>
    <message>
        <source>Percent is of all {interviews} interviews; valid percent leaves out the missing codes.</source>
        <translation>النسبة من كل المقابلات ({interviews})؛ والنسبة الصالحة لا تحسب رموز القيم المفقودة.</translation>
    </message>
    <message>
        <source>Percent is of all {interviews} interviews.</source>
        <translation>النسبة من كل المقابلات ({interviews}).</translation>
    </message>
    <message>
        <source>Findings of the survey</source>
        <translation>نتائج الاستبيان</translation>
    </message>
    <message>
        <source>By {group}</source>
        <translation>إعداد {group}</translation>
    </message>
    <message>
        <source>Interviews from {first} to {last}</source>
        <translation>المقابلات من {first} إلى {last}</translation>
    </message>
    <message>
        <source>Dates of the interviews not recorded</source>
        <translation>تواريخ المقابلات غير مسجلة</translation>
    </message>
    <message>
        <source>Interviews in the months {first} to {last}</source>
        <translation>المقابلات في الأشهر من {first} إلى {last}</translation>
    </message>
    <message>
        <source>Interviews in the month {first}</source>
        <translation>المقابلات في الشهر {first}</translation>
    </message>
    <message>
        <source>Sites: {sites}</source>
        <translation>المواقع: {sites}</translation>
    </message>
    <message>
        <source>Draft made with DuoDesk {version} on {date}. Edit it before it is passed on.</source>
        <translation>مسودة صُنعت باستخدام DuoDesk {version} في {date}. عدّلها قبل تسليمها.</translation>
    </message>
    <message>
        <source>How the survey was done</source>
        <translation>كيف أُجري الاستبيان</translation>
    </message>
    <message>
        <source>{interviews} interviews were counted ({subset}).</source>
        <translation>حُسبت {interviews} مقابلة ({subset}).</translation>
    </message>
    <message>
        <source>The interviews took place from {first} to {last}.</source>
        <translation>أُجريت المقابلات من {first} إلى {last}.</translation>
    </message>
    <message>
        <source>The interviews took place in the month {first} (only the month is given: with so few interviews, the days could help to tell who was interviewed).</source>
        <translation>أُجريت المقابلات في الشهر {first} (يُذكر الشهر فقط: مع هذا العدد القليل من المقابلات، قد تساعد الأيام على معرفة من أُجريت معه المقابلة).</translation>
    </message>
    <message>
        <source>The interviews took place in the months {first} to {last} (only the months are given: with so few interviews, the days could help to tell who was interviewed).</source>
        <translation>أُجريت المقابلات في الأشهر من {first} إلى {last} (تُذكر الأشهر فقط: مع هذا العدد القليل من المقابلات، قد تساعد الأيام على معرفة من أُجريت معه المقابلة).</translation>
    </message>
    <message>
        <source>They were made at {count} {sites_word}: {sites}.</source>
        <translation>أُجريت في {count} {sites_word}: {sites}.</translation>
    </message>
    <message>
        <source>{count} {interviewers_word} made them.</source>
        <translation>أجراها {count} {interviewers_word}.</translation>
    </message>
    <message>
        <source>The questionnaire, “{title}”, has these sections: {sections}.</source>
        <translation>الاستبيان «{title}» فيه هذه الأقسام: {sections}.</translation>
    </message>
    <message>
        <source>The questionnaire, “{title}”, is one list of questions.</source>
        <translation>الاستبيان «{title}» قائمة واحدة من الأسئلة.</translation>
    </message>
    <message>
        <source>The results are de-identified: written answers, locations, questions marked as identifying and interviewers' names are left out, and no single interview's answers are shown; only counts and percentages.</source>
        <translation>النتائج مجهولة الهوية: الإجابات المكتوبة والأماكن والأسئلة المعلَّمة ككاشفة للهوية وأسماء الباحثين الميدانيين محذوفة، ولا تظهر إجابات أي مقابلة وحدها؛ فقط أعداد ونسب.</translation>
    </message>
    <message>
        <source>Written answers and identifying questions were not left out of this draft: it may identify people and must stay within the group.</source>
        <translation>الإجابات المكتوبة والأسئلة الكاشفة للهوية لم تُحذف من هذه المسودة: قد تكشف هوية أشخاص ويجب أن تبقى داخل المجموعة.</translation>
    </message>
    <message>
        <source>Small numbers are hidden to protect the {people} interviewed: numbers from 1 to {threshold} are shown as “{marker}”, and so are their percentages; other numbers that would let a hidden one be worked out (from totals, percentages or the questionnaire's skip logic) are hidden too. Zeros are shown.</source>
        <translation>الأعداد الصغيرة مخفية لحماية {people} الذين أُجريت معهم المقابلات: الأعداد من 1 إلى {threshold} تظهر على شكل «{marker}»، وكذلك نسبها؛ وتُخفى أيضًا أعداد أخرى قد تسمح بحساب عدد مخفي (من المجاميع أو النسب أو منطق التخطي في الاستبيان). الأصفار تظهر.</translation>
    </message>
    <message>
        <source>No number in this report needed hiding.</source>
        <translation>لم يحتج أي عدد في هذا التقرير إلى الإخفاء.</translation>
    </message>
    <message>
        <source>{hidden} numbers are hidden in all, as the workbook counts them (each small number, and each number hidden to protect one). A hidden number shows as “{marker}” in every table it is in, and so do its percentages: a reader will count more “{marker}” than that.</source>
        <translation>{hidden} عددًا مخفيًا في المجموع، كما يعدّها المصنف (كل عدد صغير، وكل عدد أُخفي لحماية عدد صغير). يظهر العدد المخفي «{marker}» في كل جدول يرد فيه، وكذلك نسبه المئوية: سيعدّ القارئ علامات «{marker}» أكثر من ذلك.</translation>
    </message>
    <message>
        <source>Small numbers are NOT hidden in this draft: it may identify people and must stay within the group.</source>
        <translation>الأعداد الصغيرة ليست مخفية في هذه المسودة: قد تكشف هوية أشخاص ويجب أن تبقى داخل المجموعة.</translation>
    </message>
    <message>
        <source>Every percentage says what it is a percentage of: of the {people} asked, of those who answered, or of all the interviews. “Not asked (skipped)” counts the {people} the questionnaire's logic did not ask; “No answer” those asked who gave none.</source>
        <translation>كل نسبة تقول من أي عدد هي: من {people} الذين سُئلوا، أو ممن أجابوا، أو من كل المقابلات. «لم يُطرح (تم تخطيه)» يعدّ {people} الذين لم يسألهم منطق الاستبيان؛ و«لا إجابة» يعدّ من سُئلوا ولم يجيبوا.</translation>
    </message>
    <message>
        <source>Questions asked for each one named</source>
        <translation>الأسئلة المطروحة عن كل واحد مذكور</translation>
    </message>
    <message>
        <source>Number of people who gave it</source>
        <translation>عدد الأشخاص الذين أعطوها</translation>
    </message>
    <message>
        <source>% of the people who answered</source>
        <translation>% من الأشخاص الذين أجابوا</translation>
    </message>
    <message>
        <source>People who answered (for at least one {unit})</source>
        <translation>الأشخاص الذين أجابوا (عن {unit} واحد على الأقل)</translation>
    </message>
    <message>
        <source>Not asked, no answer or no {unit}</source>
        <translation>لم يُطرح، أو لا إجابة، أو لا {unit}</translation>
    </message>
    <message>
        <source>Total interviews</source>
        <translation>مجموع المقابلات</translation>
    </message>
    <message>
        <source>Key findings</source>
        <translation>النتائج الرئيسية</translation>
    </message>
    <message>
        <source>One sentence per question with answers to choose from, drafted from the numbers. Edit them into the group's own words; the tables below give every number.</source>
        <translation>جملة واحدة لكل سؤال له خيارات، مكتوبة من الأرقام. أعد كتابتها بكلمات المجموعة؛ الجداول أدناه تعطي كل الأرقام.</translation>
    </message>
    <message>
        <source>of the {denominator} {people} asked</source>
        <translation>من {denominator} من {people} الذين سُئلوا</translation>
    </message>
    <message>
        <source>of the {denominator} {people} who answered</source>
        <translation>من {denominator} من {people} الذين أجابوا</translation>
    </message>
    <message>
        <source>of the {denominator} {people} who gave an answer other than {codes}</source>
        <translation>من {denominator} من {people} الذين أعطوا إجابة غير {codes}</translation>
    </message>
    <message>
        <source>of the {denominator} {people} who gave an answer other than a missing code</source>
        <translation>من {denominator} من {people} الذين أعطوا إجابة غير رمز قيمة مفقودة</translation>
    </message>
    <message>
        <source>of all the {denominator} {people} interviewed</source>
        <translation>من كل {denominator} من {people} الذين أُجريت معهم المقابلات</translation>
    </message>
    <message>
        <source>how many answered is hidden, to protect a small number</source>
        <translation>عدد من أجابوا مخفي، لحماية عدد صغير</translation>
    </message>
    <message>
        <source>how many of those who answered gave an answer other than a missing code is hidden, to protect a small number</source>
        <translation>عدد من أعطوا إجابة غير رمز قيمة مفقودة مخفي، لحماية عدد صغير</translation>
    </message>
    <message>
        <source>{question}: {findings}.</source>
        <translation>{question}: {findings}.</translation>
    </message>
    <message>
        <source>{count} {denominator} ({percent}) answered “{answer}”</source>
        <translation>{count} {denominator} ({percent}) أجابوا «{answer}»</translation>
    </message>
    <message>
        <source>of the {denominator} {people} who answered,</source>
        <translation>من {denominator} من {people} الذين أجابوا،</translation>
    </message>
    <message>
        <source>of all the {denominator} {people} interviewed,</source>
        <translation>من كل {denominator} من {people} الذين أُجريت معهم المقابلات،</translation>
    </message>
    <message>
        <source>{count} ({percent}) ticked “{answer}”</source>
        <translation>{count} ({percent}) اختاروا «{answer}»</translation>
    </message>
    <message>
        <source>{count} ({percent}) “{answer}”</source>
        <translation>{count} ({percent}) «{answer}»</translation>
    </message>
    <message>
        <source>others (see the table)</source>
        <translation>غيرها (انظر الجدول)</translation>
    </message>
    <message>
        <source>and</source>
        <translation>و</translation>
    </message>
    <message>
        <source>{question}: nobody gave an answer that can be counted.</source>
        <translation>{question}: لم يعطِ أحد إجابة يمكن عدّها.</translation>
    </message>
    <message>
        <source>{question}: numbers hidden (fewer than {limit}, or hidden to protect a number fewer than {limit}).</source>
        <translation>{question}: الأعداد مخفية (أقل من {limit}، أو مخفية لحماية عدد أقل من {limit}).</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>الأسئلة</translation>
    </message>
    <message>
        <source>“{marker}” = a number hidden to protect the {people} interviewed: fewer than {limit}, or hidden so that such a number cannot be worked out.</source>
        <translation>«{marker}» = عدد مخفي لحماية {people} الذين أُجريت معهم المقابلات: أقل من {limit}، أو مخفي حتى لا يمكن حساب مثل هذا العدد.</translation>
    </message>
    <message>
        <source>Small numbers are NOT hidden in this draft.</source>
        <translation>الأعداد الصغيرة ليست مخفية في هذه المسودة.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>العبارة</translation>
    </message>
    <message>
        <source>Each statement's answers: the number of {people}, and in brackets the percentage of those who answered the statement. The annex gives each statement's valid percentages too.</source>
        <translation>إجابات كل عبارة: عدد {people}، وبين قوسين النسبة ممن أجابوا على العبارة. يعطي الملحق أيضًا النسب الصالحة لكل عبارة.</translation>
    </message>
    <message>
        <source>Answers whose numbers are hidden are not drawn.</source>
        <translation>الإجابات التي أُخفيت أعدادها لا تُرسم.</translation>
    </message>
    <message>
        <source>Statements with a hidden number are not drawn: {statements}.</source>
        <translation>العبارات التي فيها عدد مخفي غير مرسومة: {statements}.</translation>
    </message>
    <message>
        <source>Number of {people} giving each answer</source>
        <translation>عدد {people} الذين أعطوا كل إجابة</translation>
    </message>
    <message>
        <source>Number of {people}</source>
        <translation>عدد {people}</translation>
    </message>
    <message>
        <source>Who ticked each answer</source>
        <translation>من اختار كل إجابة</translation>
    </message>
    <message>
        <source>% of the {people} who answered</source>
        <translation>% من {people} الذين أجابوا</translation>
    </message>
    <message>
        <source>Answers in descending order, as many {people} ticked them.</source>
        <translation>الإجابات مرتبة من الأكثر اختيارًا إلى الأقل حسب عدد {people} الذين اختاروها.</translation>
    </message>
    <message>
        <source>The middle half of the answers</source>
        <translation>النصف الأوسط من الإجابات</translation>
    </message>
    <message>
        <source>The box runs from the lower to the upper quartile (the middle half of the answers), the line across it is the median, and the lines reach {ends}. No chart of how many gave each answer: its bars would show small numbers.</source>
        <translation>الصندوق يمتد من الربيع الأدنى إلى الربيع الأعلى (النصف الأوسط من الإجابات)، والخط الذي يقطعه هو الوسيط، والخطوط تصل إلى {ends}. لا يوجد رسم لعدد من أعطوا كل إجابة: أعمدته ستُظهر أعدادًا صغيرة.</translation>
    </message>
    <message>
        <source>the smallest and the largest answer</source>
        <translation>أصغر إجابة وأكبر إجابة</translation>
    </message>
    <message>
        <source>the 5th and the 95th percentile (see the table)</source>
        <translation>المئين الخامس والمئين الخامس والتسعين (انظر الجدول)</translation>
    </message>
    <message>
        <source>no further: the smallest and largest answers are hidden, as the table says</source>
        <translation>لا أبعد: أصغر وأكبر الإجابات مخفية، كما يقول الجدول</translation>
    </message>
    <message>
        <source>No chart: the quartiles of these answers are hidden to protect small numbers, and a chart of how many gave each answer would show small numbers.</source>
        <translation>لا يوجد رسم: أرباع هذه الإجابات مخفية لحماية أعداد صغيرة، ورسم عدد من أعطوا كل إجابة سيُظهر أعدادًا صغيرة.</translation>
    </message>
    <message>
        <source>In their own words</source>
        <translation>بكلماتهم</translation>
    </message>
    <message>
        <source>Written answers to “{question}”, coded into themes. For each theme, {count} of the answers given with it, in alphabetical order, without site, date or interviewer.</source>
        <translation>الإجابات المكتوبة على «{question}»، مرمّزة إلى مواضيع. لكل موضوع، {count} من الإجابات التي أُعطيت معه، بالترتيب الأبجدي، بدون موقع أو تاريخ أو باحث ميداني.</translation>
    </message>
    <message>
        <source>No quotes: the number of {people} who gave this theme is hidden in the tables (fewer than {limit}, or hidden to protect such a number), and their words could tell who they are.</source>
        <translation>لا اقتباسات: عدد {people} الذين أعطوا هذا الموضوع مخفي في الجداول (أقل من {limit}، أو مخفي لحماية مثل هذا العدد)، وكلماتهم قد تكشف من هم.</translation>
    </message>
    <message>
        <source>Names, phone numbers, e-mail and web addresses, dates and other numbers were taken out of the quotes and show as “[…]”. This is done by simple rules, which can miss a name or a detail that tells who someone is: the group must read every quote before passing the report on.</source>
        <translation>حُذفت من الاقتباسات الأسماء وأرقام الهواتف وعناوين البريد الإلكتروني والمواقع والتواريخ والأرقام الأخرى، وتظهر مكانها «[…]». يتم ذلك بقواعد بسيطة قد تفوتها أسماء أو تفاصيل تكشف هوية الشخص: على المجموعة أن تقرأ كل اقتباس قبل تمرير التقرير.</translation>
    </message>
    <message>
        <source>Quotes from written answers are given only in the report of all interviews, not of a part of them.</source>
        <translation>الاقتباسات من الإجابات المكتوبة تُعطى فقط في تقرير كل المقابلات، وليس في تقرير جزء منها.</translation>
    </message>
    <message>
        <source>Annex: the results in full</source>
        <translation>الملحق: كل النتائج</translation>
    </message>
    <message>
        <source>Every question with its results in numbers and in percentages, and the answers not available (no answer, or not asked). Under each question, what its percentages are percentages of.</source>
        <translation>كل سؤال مع نتائجه بالأعداد والنسب، والإجابات غير المتوفرة (لا إجابة، أو لم يُطرح). تحت كل سؤال، من أي عدد تُحسب نسبه.</translation>
    </message>
    <message>
        <source>The number of interviews counted ({subset}) is hidden: it is fewer than {limit}, or hidden so that such a number cannot be worked out.</source>
        <translation>عدد المقابلات المحسوبة ({subset}) مخفي: إنه أقل من {limit}، أو مخفي حتى لا يمكن حساب مثل هذا العدد.</translation>
    </message>
    <message>
        <source>people</source>
        <extracomment>What the survey counts, when its questionnaire does not say ("{people}" in the templates).</extracomment>
        <translation>الأشخاص</translation>
    </message>
</context>
<context>
    <name>Form files</name>
    <message>
        <source>this file holds no choices: it has a header row and nothing under it. Add a file with a row for each choice.</source>
        <translation>لا يحتوي هذا الملف على أي خيارات: فيه صف العناوين ولا شيء تحته. أضف ملفًا فيه صف لكل خيار.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>{answers} answer(s) read: {coded} coded, {not_codable} not codable, {left} left to code.</source>
        <translation>قُرئت {answers} إجابة: {coded} مرمّزة، و{not_codable} لا يمكن ترميزها، و{left} باقية للترميز.</translation>
    </message>
    <message>
        <source>New themes: {names}.</source>
        <translation>مواضيع جديدة: {names}.</translation>
    </message>
    <message>
        <source>{count} with version {version}</source>
        <translation>{count} بالنسخة {version}</translation>
    </message>
    <message>
        <source>{count} number answer(s) written "NA" or "n/a" were read as no answer.</source>
        <translation>{count} إجابة رقمية مكتوبة «NA» أو «n/a» قُرئت على أنها لا إجابة.</translation>
    </message>
    <message>
        <source>The file's version column says how many interviews were made with each version of the questionnaire in the project it came from ({made}). Each is stored as made with this project's version of the same number when that version has the questions the interview was asked, and otherwise with version {number}, this project's newest: here {kept}; answers to questions this project's versions do not have are not imported (the columns left out below).</source>
        <translation>يبيّن عمود الإصدار في الملف عدد المقابلات التي أُجريت بكل إصدار من الاستبيان في المشروع الأصلي ({made}). تُحفظ كل مقابلة مع إصدار هذا المشروع الذي يحمل الرقم نفسه إذا كانت فيه الأسئلة التي طُرحت، وإلا مع الإصدار {number}، الأحدث في هذا المشروع: هنا {kept}؛ ولا تُستورد الإجابات عن أسئلة ليست في إصدارات هذا المشروع (الأعمدة المتروكة أدناه).</translation>
    </message>
    <message numerus="yes">
        <source>%n interview imported from {file}.</source>
        <translation><numerusform>لم تُستورد أي مقابلة من {file}.</numerusform><numerusform>استُوردت مقابلة واحدة من {file}.</numerusform><numerusform>استُوردت مقابلتان من {file}.</numerusform><numerusform>استُوردت %n مقابلات من {file}.</numerusform><numerusform>استُوردت %n مقابلة من {file}.</numerusform><numerusform>استُوردت %n مقابلة من {file}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n interviews imported from {file}.</source>
        <translation><numerusform>لم تُستورد أي مقابلة من {file}.</numerusform><numerusform>استُوردت مقابلة واحدة من {file}.</numerusform><numerusform>استُوردت مقابلتان من {file}.</numerusform><numerusform>استُوردت %n مقابلات من {file}.</numerusform><numerusform>استُوردت %n مقابلة من {file}.</numerusform><numerusform>استُوردت %n مقابلة من {file}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>nothing was imported, because %n row has problems. Correct it and import the file again, or import only the valid rows.</source>
        <translation><numerusform>لم يُستورد شيء، لأن %n صف فيه مشكلات. صحّحها ثم استورد الملف من جديد، أو استورد الصفوف الصالحة فقط.</numerusform><numerusform>لم يُستورد شيء، لأن صفًا واحدًا فيه مشكلات. صحّحه ثم استورد الملف من جديد، أو استورد الصفوف الصالحة فقط.</numerusform><numerusform>لم يُستورد شيء، لأن صفين فيهما مشكلات. صحّحهما ثم استورد الملف من جديد، أو استورد الصفوف الصالحة فقط.</numerusform><numerusform>لم يُستورد شيء، لأن %n صفوف فيها مشكلات. صحّحها ثم استورد الملف من جديد، أو استورد الصفوف الصالحة فقط.</numerusform><numerusform>لم يُستورد شيء، لأن %n صفًا فيها مشكلات. صحّحها ثم استورد الملف من جديد، أو استورد الصفوف الصالحة فقط.</numerusform><numerusform>لم يُستورد شيء، لأن %n صف فيها مشكلات. صحّحها ثم استورد الملف من جديد، أو استورد الصفوف الصالحة فقط.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>nothing was imported, because %n rows have problems. Correct them and import the file again, or import only the valid rows.</source>
        <translation><numerusform>لم يُستورد شيء، لأن %n صف فيه مشكلات. صحّحها ثم استورد الملف من جديد، أو استورد الصفوف الصالحة فقط.</numerusform><numerusform>لم يُستورد شيء، لأن صفًا واحدًا فيه مشكلات. صحّحه ثم استورد الملف من جديد، أو استورد الصفوف الصالحة فقط.</numerusform><numerusform>لم يُستورد شيء، لأن صفين فيهما مشكلات. صحّحهما ثم استورد الملف من جديد، أو استورد الصفوف الصالحة فقط.</numerusform><numerusform>لم يُستورد شيء، لأن %n صفوف فيها مشكلات. صحّحها ثم استورد الملف من جديد، أو استورد الصفوف الصالحة فقط.</numerusform><numerusform>لم يُستورد شيء، لأن %n صفًا فيها مشكلات. صحّحها ثم استورد الملف من جديد، أو استورد الصفوف الصالحة فقط.</numerusform><numerusform>لم يُستورد شيء، لأن %n صف فيها مشكلات. صحّحها ثم استورد الملف من جديد، أو استورد الصفوف الصالحة فقط.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>and %n more problem</source>
        <translation><numerusform>ولا مشكلات أخرى</numerusform><numerusform>ومشكلة أخرى واحدة</numerusform><numerusform>ومشكلتان أخريان</numerusform><numerusform>و%n مشكلات أخرى</numerusform><numerusform>و%n مشكلةً أخرى</numerusform><numerusform>و%n مشكلة أخرى</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>and %n more problems</source>
        <translation><numerusform>ولا مشكلات أخرى</numerusform><numerusform>ومشكلة أخرى واحدة</numerusform><numerusform>ومشكلتان أخريان</numerusform><numerusform>و%n مشكلات أخرى</numerusform><numerusform>و%n مشكلةً أخرى</numerusform><numerusform>و%n مشكلة أخرى</numerusform></translation>
    </message>
    <message>
        <source>The file's version column says how many interviews were made with each version of the questionnaire in the project it came from ({made}). Each is stored as made with this project's version of the same number when that version has the questions the interview was asked, and otherwise with version {number}, this project's newest: here {kept}.</source>
        <translation>يبيّن عمود الإصدار في الملف عدد المقابلات التي أُجريت بكل إصدار من الاستبيان في المشروع الأصلي ({made}). تُحفظ كل مقابلة مع إصدار هذا المشروع الذي يحمل الرقم نفسه إذا كانت فيه الأسئلة التي طُرحت، وإلا مع الإصدار {number}، الأحدث في هذا المشروع: هنا {kept}.</translation>
    </message>
    <message>
        <source>This project had no interview of this questionnaire and only one version of it, so the file's older versions were added ({numbers}): each is this questionnaire without the questions the file says its interviews did not have, and this questionnaire is now version {number}, as in the file.</source>
        <translation>لم تكن في هذا المشروع أي مقابلة لهذا الاستبيان وكانت له نسخة واحدة فقط، لذلك أُضيفت النسخ الأقدم من الملف ({numbers}): كل منها هو هذا الاستبيان بدون الأسئلة التي يقول الملف إن مقابلاتها لم تتضمنها، وأصبح هذا الاستبيان الآن النسخة {number}، كما في الملف.</translation>
    </message>
    <message>
        <source>{count} answer(s) said "not in version": those interviews were made with a version of the questionnaire without those questions, and they stay "not in version" here, so the summaries count them as the project the file came from did.</source>
        <translation>قالت {count} إجابة «ليس في الإصدار»: أُجريت تلك المقابلات بإصدار من الاستبيان بدون تلك الأسئلة، وتبقى هنا «ليس في الإصدار»، فتحسبها الملخصات كما حسبها المشروع الأصلي.</translation>
    </message>
    <message>
        <source>{table} is for the repeat "{repeat}", but it has no column "{column}", which says which interview each of its rows belongs to: its answers were not imported, and how many {repeat} each interview had is not known.</source>
        <translation>{table} خاص بالمجموعة المتكررة «{repeat}»، لكن ليس فيه العمود «{column}» الذي يبيّن إلى أي مقابلة ينتمي كل صف: لم تُستورد إجاباته، وعدد {repeat} في كل مقابلة غير معروف.</translation>
    </message>
    <message>
        <source>{table} is for the repeat "{repeat}", which sits inside the repeat "{outer}", whose table has no column "{column}": its answers were not imported either, and how many {repeat} each instance of {outer} had is not known.</source>
        <translation>{table} خاص بالمجموعة المتكررة «{repeat}» الموجودة داخل المجموعة المتكررة «{outer}» التي ليس في جدولها العمود «{column}»: لم تُستورد إجاباته أيضًا، وعدد {repeat} في كل تكرار من {outer} غير معروف.</translation>
    </message>
    <message>
        <source>In {count} place(s) a question gives a repeat's number of instances, but the repeat's own table has fewer rows for the interview. The rows were imported as they are, as the instances: none was made up. The question keeps the number it says.</source>
        <translation>في {count} موضع(مواضع) يحدد سؤالٌ عدد مرات المجموعة المتكررة، لكن جدول المجموعة نفسه فيه صفوف أقل للمقابلة. استُوردت الصفوف كما هي: لم يُختلق أي صف. ويبقى في السؤال العدد الذي يذكره.</translation>
    </message>
    <message>
        <source>  ... and {count} more</source>
        <translation>  ... و{count} أخرى</translation>
    </message>
    <message>
        <source>{count} were already in the project and were skipped.</source>
        <translation>{count} كانت موجودة في المشروع وتم تخطيها.</translation>
    </message>
    <message numerus="yes">
        <source>%n row was not imported; see {file}.</source>
        <translation><numerusform>لم يُرفض أي سطر؛ انظر {file}.</numerusform><numerusform>لم يُستورد سطر واحد؛ انظر {file}.</numerusform><numerusform>لم يُستورد سطران؛ انظر {file}.</numerusform><numerusform>لم تُستورد %n أسطر؛ انظر {file}.</numerusform><numerusform>لم يُستورد %n سطرًا؛ انظر {file}.</numerusform><numerusform>لم يُستورد %n سطر؛ انظر {file}.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n rows were not imported; see {file}.</source>
        <translation><numerusform>لم يُرفض أي سطر؛ انظر {file}.</numerusform><numerusform>لم يُستورد سطر واحد؛ انظر {file}.</numerusform><numerusform>لم يُستورد سطران؛ انظر {file}.</numerusform><numerusform>لم تُستورد %n أسطر؛ انظر {file}.</numerusform><numerusform>لم يُستورد %n سطرًا؛ انظر {file}.</numerusform><numerusform>لم يُستورد %n سطر؛ انظر {file}.</numerusform></translation>
    </message>
    <message>
        <source>Columns left out: {names}.</source>
        <translation>الأعمدة المتروكة: {names}.</translation>
    </message>
    <message>
        <source>Left out, because the questionnaire has no repeat they are for: {names}.</source>
        <translation>تُركت جانبًا لأن الاستبيان ليس فيه المجموعة المتكررة التي تخصها: {names}.</translation>
    </message>
    <message>
        <source>The file gives the repeat "{repeat}" in columns of their own for each of its instances, which DuoDesk does not read: its answers were not imported, and how many {repeat} each interview had is not known.</source>
        <translation>يعطي الملف التكرار «{repeat}» في أعمدة خاصة بكل عنصر من عناصره، ولا يقرؤها DuoDesk: لم تُستورد إجاباته، وعدد عناصر «{repeat}» في كل مقابلة غير معروف.</translation>
    </message>
    <message>
        <source>The file has no sheet for the repeat "{repeat}": its answers were not imported, and how many {repeat} each interview had is not known.</source>
        <translation>لا توجد في الملف ورقة للتكرار «{repeat}»: لم تُستورد إجاباته، وعدد عناصر «{repeat}» في كل مقابلة غير معروف.</translation>
    </message>
    <message>
        <source>The zip file has no CSV file for the repeat "{repeat}": its answers were not imported, and how many {repeat} each interview had is not known.</source>
        <translation>لا يوجد في ملف zip ملف CSV للتكرار «{repeat}»: لم تُستورد إجاباته، وعدد عناصر «{repeat}» في كل مقابلة غير معروف.</translation>
    </message>
    <message>
        <source>The file has one row per interview, and there is no file {file} beside it for the repeat "{repeat}": its answers were not imported, and how many {repeat} each interview had is not known.</source>
        <translation>في الملف صف لكل مقابلة، ولا يوجد بجانبه ملف {file} للتكرار «{repeat}»: لم تُستورد إجاباته، وعدد عناصر «{repeat}» في كل مقابلة غير معروف.</translation>
    </message>
    <message>
        <source>{count} answer(s) were the words "not asked" or "not in version" in a question that was asked. One of that question's answers has those words as its label, so they were read as that answer.</source>
        <translation>كانت {count} إجابة هي الكلمات "not asked" أو "not in version" في سؤال طُرح. لإحدى إجابات هذا السؤال هذه الكلمات عنوانًا، لذلك قُرئت على أنها تلك الإجابة.</translation>
    </message>
    <message>
        <source>The file has no column for these questions: {names}. It does not say what was answered to them, so nothing was stored for them: the summaries do not count them as "No answer", but as not in the version of the questionnaire the interviews were made with.</source>
        <translation>لا يحتوي الملف على عمود لهذه الأسئلة: {names}. لا يقول الملف ماذا كانت الإجابة عنها، لذلك لم يُحفظ شيء لها: لا تحسبها الملخصات «لا إجابة»، بل تحسبها خارج إصدار الاستبيان الذي أُجريت به المقابلات.</translation>
    </message>
    <message>
        <source>this column holds the labels of the answers, and "{value}" is the label of more than one answer, so DuoDesk cannot tell which answer was meant. Nothing was imported. Export the interviews again with codes instead of labels ("Codes" in the export window, --codes on the command line), and import that file.</source>
        <translation>يحتوي هذا العمود على عناوين الإجابات، و«{value}» عنوان لأكثر من إجابة، لذلك لا يعرف DuoDesk أي إجابة كانت المقصودة. لم يُستورد شيء. صدّر المقابلات مرة أخرى بالرموز بدل العناوين («الرموز» في نافذة التصدير، أو --codes في سطر الأوامر)، ثم استورد ذلك الملف.</translation>
    </message>
    <message>
        <source>each answer in this column is both the code of an answer and the label of an answer, and "{value}" is the code of one answer but the label of another, so DuoDesk cannot tell which answer was meant. Nothing was imported. Export the interviews again with codes instead of labels ("Codes" in the export window, --codes on the command line), and import that file.</source>
        <translation>كل إجابة في هذا العمود هي رمز إجابة وعنوان إجابة في الوقت نفسه، و«{value}» رمز إجابة لكنه عنوان إجابة أخرى، لذلك لا يعرف DuoDesk أي إجابة كانت المقصودة. لم يُستورد شيء. صدّر المقابلات مرة أخرى بالرموز بدل العناوين («الرموز» في نافذة التصدير، أو --codes في سطر الأوامر)، ثم استورد ذلك الملف.</translation>
    </message>
    <message>
        <source>{place} says {said} for "{question}", the number of times the repeat "{repeat}" is asked, but {table} has {given} row(s) for this interview. Correct the number or remove the extra rows.</source>
        <translation>{place} يذكر {said} للسؤال «{question}»، وهو عدد مرات المجموعة المتكررة «{repeat}»، لكن في {table} عدد {given} من الصفوف لهذه المقابلة. صحّح العدد أو احذف الصفوف الزائدة.</translation>
    </message>
    <message>
        <source>{place}: "{question}" says {said}, the number of times the repeat "{repeat}" is asked, but {table} has {given} row(s) for this interview.</source>
        <translation>{place}: السؤال «{question}» يذكر {said}، وهو عدد مرات المجموعة المتكررة «{repeat}»، لكن في {table} عدد {given} من الصفوف لهذه المقابلة.</translation>
    </message>
</context>
<context>
    <name>Log</name>
    <message>
        <source>The details are in DuoDesk's log: {file}</source>
        <translation>التفاصيل في سجل DuoDesk: {file}</translation>
    </message>
</context>
<context>
    <name>Paper form</name>
    <message>
        <source>Ask only if {condition}.</source>
        <translation>اسأل فقط إذا {condition}.</translation>
    </message>
    <message>
        <source>“{table}” row no.</source>
        <translation>رقم صف «{table}»</translation>
    </message>
    <message>
        <source>Fill one row for each one, for every row of the “{table}” table, and on each line write the number of the “{table}” row it belongs to.</source>
        <translation>املأ صفًا لكل واحد، لكل صف من جدول «{table}»، واكتب في كل سطر رقم صف «{table}» الذي ينتمي إليه.</translation>
    </message>
    <message>
        <source>{count} rows for each of its rows.</source>
        <translation>{count} صفوف لكل صف من صفوفه.</translation>
    </message>
    <message>
        <source>As many rows as the answer to {where} on that row.</source>
        <translation>عدد صفوف يساوي الإجابة عن {where} في ذلك الصف.</translation>
    </message>
    <message>
        <source>If there are more than {rows}, go on on the back of the page.</source>
        <translation>إذا كان هناك أكثر من {rows}، فتابع على ظهر الصفحة.</translation>
    </message>
    <message>
        <source>For each one</source>
        <translation>لكل واحد</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>(part {number} of {parts}: the same rows)</source>
        <translation>(الجزء {number} من {parts}: الصفوف نفسها)</translation>
    </message>
    <message>
        <source>Fill one row for each one: {count} in all.</source>
        <translation>املأ صفًا لكل واحد: {count} في المجموع.</translation>
    </message>
    <message>
        <source>Fill one row for each one: as many rows as the answer to {where}.</source>
        <translation>املأ صفًا لكل واحد: عدد الصفوف كعدد الإجابة على {where}.</translation>
    </message>
    <message>
        <source>Fill one row for each one.</source>
        <translation>املأ صفًا لكل واحد.</translation>
    </message>
    <message>
        <source>Only {rows} rows are printed: add more rows on another sheet, numbered from {next} on.</source>
        <translation>طُبع {rows} صفًا فقط: أضف صفوفًا أخرى على ورقة أخرى، مرقّمة ابتداءً من {next}.</translation>
    </message>
    <message>
        <source>question {number}</source>
        <translation>السؤال {number}</translation>
    </message>
    <message>
        <source>[answer to question {number}]</source>
        <translation>[الإجابة عن السؤال {number}]</translation>
    </message>
    <message>
        <source>{value} is ticked at {where}</source>
        <translation>{value} مختار في {where}</translation>
    </message>
    <message>
        <source>{value} is not ticked at {where}</source>
        <translation>{value} غير مختار في {where}</translation>
    </message>
    <message>
        <source>the answer to {where} is {value}</source>
        <translation>الإجابة على {where} هي {value}</translation>
    </message>
    <message>
        <source>the answer to {where} is not {value}</source>
        <translation>الإجابة على {where} ليست {value}</translation>
    </message>
    <message>
        <source>the answer to {where} {operator} {value}</source>
        <translation>الإجابة على {where} {operator} {value}</translation>
    </message>
    <message>
        <source>this rule is true: {rule}</source>
        <translation>هذه القاعدة صحيحة: {rule}</translation>
    </message>
    <message>
        <source>go to question {number}</source>
        <translation>انتقل إلى السؤال {number}</translation>
    </message>
    <message>
        <source>go to the end</source>
        <translation>انتقل إلى النهاية</translation>
    </message>
    <message>
        <source>If {answers} is not ticked, {target}.</source>
        <translation>إذا لم يكن {answers} مختارًا، {target}.</translation>
    </message>
    <message>
        <source>If {answers}, {target}.</source>
        <translation>إذا كانت الإجابة {answers}، {target}.</translation>
    </message>
    <message>
        <source>{first} or {last}</source>
        <translation>{first} أو {last}</translation>
    </message>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} و{last}</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>A passphrase cannot contain a NUL character.</source>
        <translation>عبارة المرور لا يمكن أن تحتوي على حرف NUL.</translation>
    </message>
    <message>
        <source>A passphrase needs at least {count} characters.</source>
        <translation>عبارة المرور تحتاج إلى {count} حرفًا على الأقل.</translation>
    </message>
    <message>
        <source>A passphrase cannot have the form x'...': that is how raw keys are written.</source>
        <translation>عبارة المرور لا يمكن أن تكون بالشكل x'...': هكذا تُكتب المفاتيح الخام.</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>That name is not on this project's list of people.</source>
        <translation>هذا الاسم ليس في قائمة الأشخاص في هذا المشروع.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries: {name} can try again in %n minute, or a coordinator can give a new PIN.</source>
        <translation><numerusform>محاولات خاطئة كثيرة: يستطيع {name} المحاولة من جديد بعد %n دقيقة، أو يستطيع المنسّق إعطاء رمز PIN جديد.</numerusform><numerusform>محاولات خاطئة كثيرة: يستطيع {name} المحاولة من جديد بعد دقيقة واحدة، أو يستطيع المنسّق إعطاء رمز PIN جديد.</numerusform><numerusform>محاولات خاطئة كثيرة: يستطيع {name} المحاولة من جديد بعد دقيقتين، أو يستطيع المنسّق إعطاء رمز PIN جديد.</numerusform><numerusform>محاولات خاطئة كثيرة: يستطيع {name} المحاولة من جديد بعد %n دقائق، أو يستطيع المنسّق إعطاء رمز PIN جديد.</numerusform><numerusform>محاولات خاطئة كثيرة: يستطيع {name} المحاولة من جديد بعد %n دقيقة، أو يستطيع المنسّق إعطاء رمز PIN جديد.</numerusform><numerusform>محاولات خاطئة كثيرة: يستطيع {name} المحاولة من جديد بعد %n دقيقة، أو يستطيع المنسّق إعطاء رمز PIN جديد.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries: {name} can try again in %n minutes, or a coordinator can give a new PIN.</source>
        <translation><numerusform>محاولات خاطئة كثيرة: يستطيع {name} المحاولة من جديد بعد %n دقيقة، أو يستطيع المنسّق إعطاء رمز PIN جديد.</numerusform><numerusform>محاولات خاطئة كثيرة: يستطيع {name} المحاولة من جديد بعد دقيقة واحدة، أو يستطيع المنسّق إعطاء رمز PIN جديد.</numerusform><numerusform>محاولات خاطئة كثيرة: يستطيع {name} المحاولة من جديد بعد دقيقتين، أو يستطيع المنسّق إعطاء رمز PIN جديد.</numerusform><numerusform>محاولات خاطئة كثيرة: يستطيع {name} المحاولة من جديد بعد %n دقائق، أو يستطيع المنسّق إعطاء رمز PIN جديد.</numerusform><numerusform>محاولات خاطئة كثيرة: يستطيع {name} المحاولة من جديد بعد %n دقيقة، أو يستطيع المنسّق إعطاء رمز PIN جديد.</numerusform><numerusform>محاولات خاطئة كثيرة: يستطيع {name} المحاولة من جديد بعد %n دقيقة، أو يستطيع المنسّق إعطاء رمز PIN جديد.</numerusform></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>رمز PIN</translation>
    </message>
    <message>
        <source>password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>That {word} is not right. After {tries} wrong tries {name} cannot sign in for {minutes} minutes.</source>
        <translation>{word} غير صحيح. بعد {tries} محاولات خاطئة لا يستطيع {name} الدخول لمدة {minutes} دقيقة.</translation>
    </message>
    <message numerus="yes">
        <source>That {word} is not right. %n more wrong try and {name} cannot sign in for {minutes} minutes.</source>
        <translation><numerusform>{word} غير صحيح. بعد %n محاولة خاطئة أخرى لن يستطيع {name} الدخول لمدة {minutes} دقيقة.</numerusform><numerusform>{word} غير صحيح. بعد محاولة خاطئة واحدة أخرى لن يستطيع {name} الدخول لمدة {minutes} دقيقة.</numerusform><numerusform>{word} غير صحيح. بعد محاولتين خاطئتين أخريين لن يستطيع {name} الدخول لمدة {minutes} دقيقة.</numerusform><numerusform>{word} غير صحيح. بعد %n محاولات خاطئة أخرى لن يستطيع {name} الدخول لمدة {minutes} دقيقة.</numerusform><numerusform>{word} غير صحيح. بعد %n محاولة خاطئة أخرى لن يستطيع {name} الدخول لمدة {minutes} دقيقة.</numerusform><numerusform>{word} غير صحيح. بعد %n محاولة خاطئة أخرى لن يستطيع {name} الدخول لمدة {minutes} دقيقة.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>That {word} is not right. %n more wrong tries and {name} cannot sign in for {minutes} minutes.</source>
        <translation><numerusform>{word} غير صحيح. بعد %n محاولة خاطئة أخرى لن يستطيع {name} الدخول لمدة {minutes} دقيقة.</numerusform><numerusform>{word} غير صحيح. بعد محاولة خاطئة واحدة أخرى لن يستطيع {name} الدخول لمدة {minutes} دقيقة.</numerusform><numerusform>{word} غير صحيح. بعد محاولتين خاطئتين أخريين لن يستطيع {name} الدخول لمدة {minutes} دقيقة.</numerusform><numerusform>{word} غير صحيح. بعد %n محاولات خاطئة أخرى لن يستطيع {name} الدخول لمدة {minutes} دقيقة.</numerusform><numerusform>{word} غير صحيح. بعد %n محاولة خاطئة أخرى لن يستطيع {name} الدخول لمدة {minutes} دقيقة.</numerusform><numerusform>{word} غير صحيح. بعد %n محاولة خاطئة أخرى لن يستطيع {name} الدخول لمدة {minutes} دقيقة.</numerusform></translation>
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
        <translation>الاستمارة</translation>
    </message>
    <message>
        <source>(survey row {row})</source>
        <translation>(الصف {row} في survey)</translation>
    </message>
    <message>
        <source>at position {position}</source>
        <translation>في الموضع {position}</translation>
    </message>
    <message>
        <source>Question</source>
        <extracomment>What a problem's ``kind`` is called at the start of its sentence.</extracomment>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>التكرار</translation>
    </message>
    <message>
        <source>Choice list</source>
        <translation>قائمة الخيارات</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>الإعداد</translation>
    </message>
    <message>
        <source>The questionnaire has 1 problem:</source>
        <translation>في الاستبيان مشكلة واحدة:</translation>
    </message>
    <message numerus="yes">
        <source>The questionnaire has %n problems:</source>
        <translation><numerusform>لا مشكلات في الاستبيان:</numerusform><numerusform>في الاستبيان مشكلة واحدة:</numerusform><numerusform>في الاستبيان مشكلتان:</numerusform><numerusform>في الاستبيان %n مشكلات:</numerusform><numerusform>في الاستبيان %n مشكلةً:</numerusform><numerusform>في الاستبيان %n مشكلة:</numerusform></translation>
    </message>
    <message>
        <source>(first at survey row {row})</source>
        <translation>(أول مرة في الصف {row} في survey)</translation>
    </message>
    <message>
        <source>The name "{name}" is used more than once{where}</source>
        <translation>الاسم «{name}» مستخدم أكثر من مرة{where}</translation>
    </message>
    <message>
        <source>These depend on each other in a circle, so none can be worked out: {route}</source>
        <translation>هذه العناصر يعتمد بعضها على بعض في دائرة، لذلك لا يمكن حساب أي منها: {route}</translation>
    </message>
    <message>
        <source>The participant code uses "{name}", which is not a question in this form</source>
        <translation>رمز المشارك يستخدم «{name}»، وهو ليس سؤالًا في هذا النموذج</translation>
    </message>
    <message>
        <source>The participant code uses "{name}", which is asked once per instance of a repeat; use questions asked once per person</source>
        <translation>رمز المشارك يستخدم «{name}»، وهو سؤال يُسأل مرة لكل تكرار؛ استخدم أسئلة تُسأل مرة لكل شخص</translation>
    </message>
    <message>
        <source>A name can only have letters, digits, "_", "-" and "." and must start with a letter or "_"</source>
        <translation>يمكن أن يحتوي الاسم على حروف وأرقام و«_» و«-» و«.» فقط، ويجب أن يبدأ بحرف أو «_»</translation>
    </message>
    <message>
        <source>A question has no name</source>
        <translation>سؤال بلا اسم</translation>
    </message>
    <message>
        <source>A group has no name</source>
        <translation>مجموعة بلا اسم</translation>
    </message>
    <message>
        <source>A repeat has no name</source>
        <translation>تكرار بلا اسم</translation>
    </message>
    <message>
        <source>A {type} question needs a choice list, as in "select_one yn"</source>
        <translation>يحتاج سؤال {type} إلى قائمة خيارات، كما في «select_one yn»</translation>
    </message>
    <message>
        <source>The choice list "{name}" is not on the choices sheet</source>
        <translation>قائمة الخيارات «{name}» ليست في ورقة choices</translation>
    </message>
    <message>
        <source>A calculate question needs a calculation</source>
        <translation>يحتاج سؤال calculate إلى عملية حساب</translation>
    </message>
    <message>
        <source>The range cannot be used: {reason}</source>
        <translation>لا يمكن استخدام النطاق: {reason}</translation>
    </message>
    <message>
        <source>The default is not a valid answer: {reason}</source>
        <translation>القيمة الافتراضية ليست إجابة صالحة: {reason}</translation>
    </message>
    <message>
        <source>{reference} is a group; refer to a question inside it</source>
        <translation>{reference} مجموعة؛ أشر إلى سؤال بداخلها</translation>
    </message>
    <message>
        <source>There is no question called "{name}"; did you mean {near}?</source>
        <translation>لا يوجد سؤال باسم «{name}»؛ هل تقصد {near}؟</translation>
    </message>
    <message>
        <source>There is no question called "{name}"</source>
        <translation>لا يوجد سؤال باسم «{name}»</translation>
    </message>
    <message>
        <source>instance('{name}') names no choice list of this form</source>
        <translation>instance('{name}') لا تذكر أي قائمة خيارات في هذه الاستمارة</translation>
    </message>
    <message>
        <source>pulldata() reads {value}, which this questionnaire lacks</source>
        <translation>pulldata() تقرأ {value}، وهو غير موجود في هذا الاستبيان</translation>
    </message>
    <message>
        <source>A choice has no name</source>
        <translation>خيار بلا اسم</translation>
    </message>
    <message>
        <source>The choice "{name}" appears more than once</source>
        <translation>الخيار «{name}» يظهر أكثر من مرة</translation>
    </message>
    <message>
        <source>The choice "{name}" has a space in its name, which cannot be stored</source>
        <translation>في اسم الخيار «{name}» مسافة، ولا يمكن حفظه</translation>
    </message>
    <message>
        <source>to check for no answer, write ${q} = ''</source>
        <translation>للتحقق من عدم وجود إجابة، اكتب ${q} = ''</translation>
    </message>
    <message>
        <source>did you mean {name}()?</source>
        <translation>هل تقصد {name}()؟</translation>
    </message>
    <message>
        <source>did you mean '{name}' (a text) or ${{{name}}}?</source>
        <translation>هل تقصد '{name}' (نص) أو ${{{name}}}؟</translation>
    </message>
    <message>
        <source>{item}{row}, column "{column}": the word "{name}" on its own names nothing, so it is empty here (as in ODK Collect); {hint}</source>
        <translation>{item}{row}، العمود «{column}»: الكلمة «{name}» وحدها لا تشير إلى شيء، لذا فهي فارغة هنا (كما في ODK Collect)؛ {hint}</translation>
    </message>
    <message>
        <source>The calculation of {item}{row} uses {names}, which only that program works out; DuoDesk leaves this calculation empty</source>
        <translation>يستخدم حساب {item}{row} الدالة {names}، التي لا يحسبها إلا ذلك البرنامج؛ يترك DuoDesk هذا الحساب فارغًا</translation>
    </message>
    <message>
        <source>{item}{row}, column "{column}", uses ${{last-saved#{value}}}: DuoDesk does not fill answers from the last saved interview, so it is always empty here</source>
        <translation>{item}{row}، العمود «{column}»، يستخدم ${{last-saved#{value}}}: DuoDesk لا يملأ الإجابات من آخر مقابلة محفوظة، لذلك يكون فارغًا هنا دائمًا</translation>
    </message>
    <message>
        <source>The default of {question}, "{default}", is not one of its answer options, so nothing is selected at the start; change the default or leave it empty</source>
        <translation>القيمة الافتراضية لـ {question}، «{default}»، ليست من خيارات إجاباته، لذلك لا يُختار شيء في البداية؛ غيّر القيمة الافتراضية أو اتركها فارغة</translation>
    </message>
    <message>
        <source>Question {question} has no answers to choose from; add its answer options</source>
        <translation>السؤال {question} ليست له إجابات للاختيار منها؛ أضف خيارات إجاباته</translation>
    </message>
    <message>
        <source>The choice filter of {question} uses "{name}", but the choices of "{name2}" have no such column, so it is always empty; check its spelling</source>
        <translation>مرشّح الخيارات في {question} يستخدم «{name}»، لكن خيارات «{name2}» ليس فيها هذا العمود، لذلك يكون فارغًا دائمًا؛ تحقق من الكتابة</translation>
    </message>
    <message>
        <source>itself</source>
        <translation>نفسه</translation>
    </message>
    <message>
        <source>"{name}", which comes later</source>
        <translation>«{name}» الذي يأتي لاحقًا</translation>
    </message>
    <message>
        <source>{item} is asked depending on the answer to {where}: at that point there is no answer yet. Move it after "{name}" or change its condition</source>
        <translation>{item} يُسأل حسب الإجابة على {where}: في تلك اللحظة لا توجد إجابة بعد. انقله بعد «{name}» أو غيّر شرطه</translation>
    </message>
    <message>
        <source>{item} can never be asked: {reason}</source>
        <translation>{item} لا يمكن أن يُسأل أبدًا: {reason}</translation>
    </message>
    <message>
        <source>its condition is always false</source>
        <translation>شرطه خاطئ دائمًا</translation>
    </message>
    <message>
        <source>it depends on "{name}", which is never asked</source>
        <translation>يعتمد على «{name}» الذي لا يُسأل أبدًا</translation>
    </message>
    <message>
        <source>it needs "{name}" to be "{value}", which is not one of its answer options</source>
        <translation>يحتاج أن تكون إجابة «{name}» هي «{value}»، وهي ليست من خيارات إجابته</translation>
    </message>
    <message>
        <source>it needs "{name}" to be both "{first}" and "{second}"</source>
        <translation>يحتاج أن تكون إجابة «{name}» هي «{first}» و«{second}» معًا</translation>
    </message>
    <message>
        <source>The grid {group} mixes answer scales ({names}): all its statements should be answered on the same scale</source>
        <translation>الشبكة {group} تخلط مقاييس إجابة ({names}): يجب أن يُجاب على كل عباراتها بنفس المقياس</translation>
    </message>
    <message>
        <source>The grid {group} holds something that is not a one-answer statement ("{name}")</source>
        <translation>الشبكة {group} فيها شيء ليس عبارة بإجابة واحدة («{name}»)</translation>
    </message>
    <message>
        <source>OpenStreetMap questions need the OpenMapKit app on a phone; DuoDesk cannot ask them (remove the row, or ask for a written answer instead)</source>
        <extracomment>Why a question type is refused, said with ``translate("Questionnaire", ...)`` where used.</extracomment>
        <translation>أسئلة OpenStreetMap تحتاج إلى تطبيق OpenMapKit على هاتف؛ لا يستطيع DuoDesk طرحها (احذف الصف، أو اطلب إجابة مكتوبة بدلًا منها)</translation>
    </message>
    <message>
        <source>DuoDesk reads one questionnaire file at a time; copy the rows of the included form into this one</source>
        <translation>يقرأ DuoDesk ملف استبيان واحدًا في كل مرة؛ انسخ صفوف النموذج المُضمَّن إلى هذا النموذج</translation>
    </message>
    <message>
        <source>DuoDesk cannot ask rank questions yet; ask the first, second and third choice as separate select_one questions instead</source>
        <translation>لا يستطيع DuoDesk بعدُ طرح أسئلة الترتيب؛ اسأل عن الخيار الأول والثاني والثالث في أسئلة select_one منفصلة بدلًا من ذلك</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation><numerusform>... و%n أخرى</numerusform><numerusform>... و%n أخرى</numerusform><numerusform>... و%n أخرى</numerusform><numerusform>... و%n أخرى</numerusform><numerusform>... و%n أخرى</numerusform><numerusform>... و%n أخرى</numerusform></translation>
    </message>
    <message>
        <source>this is not a questionnaire DuoDesk can use:</source>
        <translation>هذا ليس استبيانًا يمكن لـ DuoDesk استخدامه:</translation>
    </message>
    <message>
        <source>the sheet is empty. It should hold the questions: a header row (type, name, label), then one question a row.</source>
        <translation>الورقة فارغة. يجب أن تحتوي على الأسئلة: صف العناوين (type, name, label)، ثم سؤال في كل صف.</translation>
    </message>
    <message>
        <source>there is no sheet named "{sheet}"</source>
        <translation>لا توجد ورقة باسم «{sheet}»</translation>
    </message>
    <message>
        <source>sheet "{sheet}" has its header row ({header}) but nothing under it: write the questions under the header, one a row.</source>
        <translation>الورقة «{sheet}» فيها صف العناوين ({header}) لكن لا شيء تحته: اكتب الأسئلة تحت العناوين، سؤالًا في كل صف.</translation>
    </message>
    <message>
        <source>sheet "{sheet}" has groups but no questions in them.</source>
        <translation>الورقة «{sheet}» فيها مجموعات لكن لا أسئلة فيها.</translation>
    </message>
    <message>
        <source>sheet "settings", column "participant_code": there is no question called "{name}"</source>
        <translation>الورقة «settings»، العمود «participant_code»: لا يوجد سؤال باسم «{name}»</translation>
    </message>
    <message>
        <source>sheet "{sheet}": there are two columns called "{cleaned}" (columns {value} and {index}); keep one</source>
        <translation>الورقة «{sheet}»: يوجد عمودان اسمهما «{cleaned}» (العمودان {value} و{index})؛ احتفظ بواحد</translation>
    </message>
    <message>
        <source>{where}: "{value}" should be yes or empty</source>
        <translation>{where}: «{value}» يجب أن تكون yes أو فارغة</translation>
    </message>
    <message>
        <source>{where}: a choice of list "{list_name}" has no name</source>
        <translation>{where}: خيار من القائمة «{list_name}» ليس له اسم</translation>
    </message>
    <message>
        <source>{where}: list "{list_name}" already has a choice "{name}" (row {value})</source>
        <translation>{where}: القائمة «{list_name}» فيها بالفعل خيار «{name}» (الصف {value})</translation>
    </message>
    <message>
        <source>{where}: the list "{value}" is not on the "choices" sheet</source>
        <translation>{where}: القائمة «{value}» ليست في ورقة «choices»</translation>
    </message>
    <message>
        <source>{where}: "{raw}": {value}</source>
        <translation>{where}: «{raw}»: {value}</translation>
    </message>
    <message>
        <source>{where}: "{raw}" is not a question type DuoDesk knows</source>
        <translation>{where}: «{raw}» ليس نوع سؤال يعرفه DuoDesk</translation>
    </message>
    <message>
        <source>{where}: "{raw}" should name exactly one choice list</source>
        <translation>{where}: «{raw}» يجب أن يسمّي قائمة خيارات واحدة بالضبط</translation>
    </message>
    <message>
        <source>{where}: "or_other" cannot be used with a choice_filter (pyxform refuses it too); add an "other" choice to the list instead</source>
        <translation>{where}: «or_other» لا يمكن استخدامه مع choice_filter (pyxform يرفضه أيضًا)؛ أضف خيار «other» إلى القائمة بدلًا منه</translation>
    </message>
    <message>
        <source>sheet "{sheet}": there is no "type" column</source>
        <translation>الورقة «{sheet}»: لا يوجد عمود «type»</translation>
    </message>
    <message>
        <source>{where}: "{value}" has no type</source>
        <translation>{where}: «{value}» ليس له نوع</translation>
    </message>
    <message>
        <source>{where}: {marker} without a {opener}</source>
        <translation>{where}: {marker} بدون {opener}</translation>
    </message>
    <message>
        <source>{where}: a "{raw_type}" row has no name</source>
        <translation>{where}: صف «{raw_type}» ليس له اسم</translation>
    </message>
    <message>
        <source>{where}: "{name}" is not a valid name (use letters, digits and underscores, starting with a letter, at most 64 characters)</source>
        <translation>{where}: «{name}» ليس اسمًا صالحًا (استخدم حروفًا وأرقامًا وشرطات سفلية، يبدأ بحرف، 64 حرفًا على الأكثر)</translation>
    </message>
    <message>
        <source>in the same group </source>
        <translation>في المجموعة نفسها </translation>
    </message>
    <message>
        <source>{where}: "{name}" is already used {where2}on row {value}</source>
        <translation>{where}: «{name}» مستخدم بالفعل {where2}في الصف {value}</translation>
    </message>
    <message>
        <source>{where}: the calculation "{name}" is empty</source>
        <translation>{where}: الحساب «{name}» فارغ</translation>
    </message>
    <message>
        <source>{where}: "or_other" adds a question "{other_name}", but that name is already used on row {value}</source>
        <translation>{where}: «or_other» يضيف سؤالًا «{other_name}»، لكن هذا الاسم مستخدم بالفعل في الصف {value}</translation>
    </message>
    <message>
        <source>{where}: the {what} "{value}" is never ended</source>
        <translation>{where}: {what} «{value}» لا ينتهي أبدًا</translation>
    </message>
    <message>
        <source>sheet "survey", row {row}, column "name": "{name}" is used in several groups, and its group path {path} is longer than 64 characters; give it a name of its own</source>
        <translation>الورقة «survey»، الصف {row}، العمود «name»: «{name}» مستخدم في عدة مجموعات، ومسار مجموعته {path} أطول من 64 حرفًا؛ أعطه اسمًا خاصًا به</translation>
    </message>
    <message>
        <source> and </source>
        <translation> و</translation>
    </message>
    <message>
        <source>sheet "survey", row {row}, column "{column}": ${{{name}}} could mean any of the questions called "{name}" (rows {rows}); give them different names</source>
        <translation>الورقة «survey»، الصف {row}، العمود «{column}»: ${{{name}}} قد يعني أيًا من الأسئلة التي اسمها «{name}» (الصفوف {rows})؛ أعطها أسماء مختلفة</translation>
    </message>
    <message>
        <source> (it reads the "inputs" the Community Health Toolkit app fills in; such forms belong to that program, and neither DuoDesk nor ODK Collect can fill them)</source>
        <translation> (يقرأ «inputs» التي يملؤها تطبيق Community Health Toolkit؛ هذه النماذج تخص ذلك البرنامج، ولا يستطيع DuoDesk ولا ODK Collect ملأها)</translation>
    </message>
    <message>
        <source>sheet "survey", row {row}, column "{column}": "{written}" names no question of this form{cht}</source>
        <translation>الورقة «survey»، الصف {row}، العمود «{column}»: «{written}» لا يسمّي أي سؤال في هذا النموذج{cht}</translation>
    </message>
    <message>
        <source>{where}: the loop makes a group for each choice of "{name}", but "{name2}" cannot name a group</source>
        <translation>{where}: الحلقة تنشئ مجموعة لكل خيار من «{name}»، لكن «{name2}» لا يمكن أن يكون اسم مجموعة</translation>
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
        <translation>أقل من {number}</translation>
    </message>
    <message>
        <source>{number} or more</source>
        <translation>{number} أو أكثر</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>من {low} إلى {high}</translation>
    </message>
    <message>
        <source>more than {low} to {high}</source>
        <translation>أكثر من {low} إلى {high}</translation>
    </message>
    <message>
        <source>more than {number}</source>
        <translation>أكثر من {number}</translation>
    </message>
    <message>
        <source>people</source>
        <translation>أشخاص</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>عدد الأشخاص</translation>
    </message>
    <message>
        <source>Number of {things}</source>
        <translation>عدد {things}</translation>
    </message>
    <message>
        <source>interviews</source>
        <translation>مقابلات</translation>
    </message>
    <message>
        <source>Counted over {count} {things} named by {people} person</source>
        <translation>محسوب على {count} من {things} ذكرها {people} شخص</translation>
    </message>
    <message>
        <source>Counted over {count} {things} named by {people} people</source>
        <translation>محسوب على {count} من {things} ذكرها {people} أشخاص</translation>
    </message>
    <message>
        <source>{answered} of the {asked} {unit} asked about answered</source>
        <translation>أجاب {answered} من {asked} من {unit} سُئلوا</translation>
    </message>
    <message>
        <source>1 person was asked and answered</source>
        <translation>سُئل شخص واحد وأجاب</translation>
    </message>
    <message>
        <source>1 person was asked</source>
        <translation>سُئل شخص واحد</translation>
    </message>
    <message>
        <source>{answered} of the {asked} people asked answered</source>
        <translation>أجاب {answered} من {asked} شخصًا سُئلوا</translation>
    </message>
    <message numerus="yes">
        <source>%n gave no answer</source>
        <translation><numerusform>لم يُجب أحد</numerusform><numerusform>لم يُجب شخص واحد</numerusform><numerusform>لم يُجب شخصان</numerusform><numerusform>لم يُجب %n أشخاص</numerusform><numerusform>لم يُجب %n شخصًا</numerusform><numerusform>لم يُجب %n شخص</numerusform></translation>
    </message>
    <message>
        <source>{count} was not asked (skipped)</source>
        <translation>{count} لم يُسأل (تم تخطيه)</translation>
    </message>
    <message>
        <source>{count} were not asked (skipped)</source>
        <translation>{count} لم يُسألوا (تم تخطيهم)</translation>
    </message>
    <message>
        <source>{count} had a version of the questionnaire without this question</source>
        <translation>{count} كانت معهم نسخة من الاستبيان بدون هذا السؤال</translation>
    </message>
    <message>
        <source>{count} came from an imported file that had no column for this question</source>
        <translation>{count} جاءت من ملف مستورد لم يكن فيه عمود لهذا السؤال</translation>
    </message>
    <message>
        <source>{count} answered {codes}, which is left out of valid percent</source>
        <translation>{count} أجابوا {codes}، وهذا لا يدخل في النسبة الصالحة</translation>
    </message>
    <message>
        <source>{left} or {right}</source>
        <translation>{left} أو {right}</translation>
    </message>
    <message numerus="yes">
        <source>“% of people” is out of the {answered} who ticked at least one answer (including {only} who ticked only {codes}); “% of all answers ticked” is out of the %n answer ticked</source>
        <translation><numerusform>«% من الأشخاص» محسوبة من {answered} ممن اختاروا إجابة واحدة على الأقل (منهم {only} اختاروا {codes} فقط)؛ «% من كل الإجابات المختارة» محسوبة من %n إجابة مختارة</numerusform><numerusform>«% من الأشخاص» محسوبة من {answered} ممن اختاروا إجابة واحدة على الأقل (منهم {only} اختاروا {codes} فقط)؛ «% من كل الإجابات المختارة» محسوبة من إجابة مختارة واحدة (%n)</numerusform><numerusform>«% من الأشخاص» محسوبة من {answered} ممن اختاروا إجابة واحدة على الأقل (منهم {only} اختاروا {codes} فقط)؛ «% من كل الإجابات المختارة» محسوبة من إجابتين مختارتين (%n)</numerusform><numerusform>«% من الأشخاص» محسوبة من {answered} ممن اختاروا إجابة واحدة على الأقل (منهم {only} اختاروا {codes} فقط)؛ «% من كل الإجابات المختارة» محسوبة من %n إجابات مختارة</numerusform><numerusform>«% من الأشخاص» محسوبة من {answered} ممن اختاروا إجابة واحدة على الأقل (منهم {only} اختاروا {codes} فقط)؛ «% من كل الإجابات المختارة» محسوبة من %n إجابة مختارة</numerusform><numerusform>«% من الأشخاص» محسوبة من {answered} ممن اختاروا إجابة واحدة على الأقل (منهم {only} اختاروا {codes} فقط)؛ «% من كل الإجابات المختارة» محسوبة من %n إجابة مختارة</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>“% of people” is out of the {answered} who ticked at least one answer (including {only} who ticked only {codes}); “% of all answers ticked” is out of the %n answers ticked</source>
        <translation><numerusform>«% من الأشخاص» محسوبة من {answered} ممن اختاروا إجابة واحدة على الأقل (منهم {only} اختاروا {codes} فقط)؛ «% من كل الإجابات المختارة» محسوبة من %n إجابة مختارة</numerusform><numerusform>«% من الأشخاص» محسوبة من {answered} ممن اختاروا إجابة واحدة على الأقل (منهم {only} اختاروا {codes} فقط)؛ «% من كل الإجابات المختارة» محسوبة من إجابة مختارة واحدة (%n)</numerusform><numerusform>«% من الأشخاص» محسوبة من {answered} ممن اختاروا إجابة واحدة على الأقل (منهم {only} اختاروا {codes} فقط)؛ «% من كل الإجابات المختارة» محسوبة من إجابتين مختارتين (%n)</numerusform><numerusform>«% من الأشخاص» محسوبة من {answered} ممن اختاروا إجابة واحدة على الأقل (منهم {only} اختاروا {codes} فقط)؛ «% من كل الإجابات المختارة» محسوبة من %n إجابات مختارة</numerusform><numerusform>«% من الأشخاص» محسوبة من {answered} ممن اختاروا إجابة واحدة على الأقل (منهم {only} اختاروا {codes} فقط)؛ «% من كل الإجابات المختارة» محسوبة من %n إجابة مختارة</numerusform><numerusform>«% من الأشخاص» محسوبة من {answered} ممن اختاروا إجابة واحدة على الأقل (منهم {only} اختاروا {codes} فقط)؛ «% من كل الإجابات المختارة» محسوبة من %n إجابة مختارة</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>“% of people” is out of the {answered} who ticked at least one answer; “% of all answers ticked” is out of the %n answer ticked</source>
        <translation><numerusform>«% من الأشخاص» محسوبة من {answered} ممن اختاروا إجابة واحدة على الأقل؛ «% من كل الإجابات المختارة» محسوبة من %n إجابة مختارة</numerusform><numerusform>«% من الأشخاص» محسوبة من {answered} ممن اختاروا إجابة واحدة على الأقل؛ «% من كل الإجابات المختارة» محسوبة من إجابة مختارة واحدة (%n)</numerusform><numerusform>«% من الأشخاص» محسوبة من {answered} ممن اختاروا إجابة واحدة على الأقل؛ «% من كل الإجابات المختارة» محسوبة من إجابتين مختارتين (%n)</numerusform><numerusform>«% من الأشخاص» محسوبة من {answered} ممن اختاروا إجابة واحدة على الأقل؛ «% من كل الإجابات المختارة» محسوبة من %n إجابات مختارة</numerusform><numerusform>«% من الأشخاص» محسوبة من {answered} ممن اختاروا إجابة واحدة على الأقل؛ «% من كل الإجابات المختارة» محسوبة من %n إجابة مختارة</numerusform><numerusform>«% من الأشخاص» محسوبة من {answered} ممن اختاروا إجابة واحدة على الأقل؛ «% من كل الإجابات المختارة» محسوبة من %n إجابة مختارة</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>“% of people” is out of the {answered} who ticked at least one answer; “% of all answers ticked” is out of the %n answers ticked</source>
        <translation><numerusform>«% من الأشخاص» محسوبة من {answered} ممن اختاروا إجابة واحدة على الأقل؛ «% من كل الإجابات المختارة» محسوبة من %n إجابة مختارة</numerusform><numerusform>«% من الأشخاص» محسوبة من {answered} ممن اختاروا إجابة واحدة على الأقل؛ «% من كل الإجابات المختارة» محسوبة من إجابة مختارة واحدة (%n)</numerusform><numerusform>«% من الأشخاص» محسوبة من {answered} ممن اختاروا إجابة واحدة على الأقل؛ «% من كل الإجابات المختارة» محسوبة من إجابتين مختارتين (%n)</numerusform><numerusform>«% من الأشخاص» محسوبة من {answered} ممن اختاروا إجابة واحدة على الأقل؛ «% من كل الإجابات المختارة» محسوبة من %n إجابات مختارة</numerusform><numerusform>«% من الأشخاص» محسوبة من {answered} ممن اختاروا إجابة واحدة على الأقل؛ «% من كل الإجابات المختارة» محسوبة من %n إجابة مختارة</numerusform><numerusform>«% من الأشخاص» محسوبة من {answered} ممن اختاروا إجابة واحدة على الأقل؛ «% من كل الإجابات المختارة» محسوبة من %n إجابة مختارة</numerusform></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Coordinator</source>
        <translation>منسق</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>مُقابِل</translation>
    </message>
    <message>
        <source>enter interviews</source>
        <translation>إدخال المقابلات</translation>
    </message>
    <message>
        <source>see every interviewer's interviews</source>
        <translation>رؤية مقابلات كل الباحثين الميدانيين</translation>
    </message>
    <message>
        <source>see the results</source>
        <translation>رؤية النتائج</translation>
    </message>
    <message>
        <source>export</source>
        <translation>التصدير</translation>
    </message>
    <message>
        <source>change the questionnaires</source>
        <translation>تغيير الاستبيانات</translation>
    </message>
    <message>
        <source>delete, restore or remove interviews for good</source>
        <translation>حذف المقابلات أو استعادتها أو مسحها نهائيًا</translation>
    </message>
    <message>
        <source>send or add team transfer files</source>
        <translation>إرسال ملفات نقل الفريق أو إضافتها</translation>
    </message>
    <message>
        <source>import interviews from a data file</source>
        <translation>استيراد المقابلات من ملف بيانات</translation>
    </message>
    <message>
        <source>change the passphrase, restore backups and read the audit trail</source>
        <translation>تغيير عبارة المرور واستعادة النسخ الاحتياطية وقراءة سجل التدقيق</translation>
    </message>
    <message>
        <source>manage the people and their roles</source>
        <translation>إدارة الأشخاص وأدوارهم</translation>
    </message>
    <message>
        <source>Only a coordinator can {what}. Ask your coordinator.</source>
        <translation>المنسّق فقط يستطيع {what}. اطلب ذلك من المنسّق.</translation>
    </message>
</context>
<context>
    <name>SPSS</name>
    <message>
        <source>No answer</source>
        <translation>لا إجابة</translation>
    </message>
    <message>
        <source>Not asked (skipped)</source>
        <translation>لم يُطرح (تم تخطيه)</translation>
    </message>
    <message>
        <source>Not in this version</source>
        <translation>ليس في هذه النسخة</translation>
    </message>
    <message>
        <source>No answer, Not asked (skipped) and Not in this version are coded {no_answer}, {not_asked} and {not_in_version} here, as choices named {names} keep their numbers</source>
        <translation>رموز لا إجابة ولم يُطرح (تم تخطيه) وليس في هذه النسخة هنا هي {no_answer} و{not_asked} و{not_in_version}، لأن الخيارات المسماة {names} تحتفظ بأرقامها</translation>
    </message>
    <message>
        <source>missing codes {codes} are not declared missing: SPSS cannot declare them beside the others without also declaring a real answer</source>
        <translation>رموز القيم المفقودة {codes} غير مُعلنة مفقودة: لا يستطيع SPSS إعلانها مع غيرها دون أن يعلن أيضًا إجابة حقيقية</translation>
    </message>
    <message>
        <source>named “{column}” in the CSV file and the workbook (SPSS needed another name)</source>
        <translation>اسمها «{column}» في ملف CSV وفي المصنف (احتاج SPSS إلى اسم آخر)</translation>
    </message>
    <message>
        <source>Not ticked</source>
        <translation>غير مختار</translation>
    </message>
    <message>
        <source>Ticked</source>
        <translation>مختار</translation>
    </message>
    <message>
        <source>written as text: {count} answer(s) such as {first} have more digits than an SPSS number holds exactly</source>
        <translation>كُتب كنص: {count} إجابة مثل {first} فيها أرقام أكثر مما يحفظه رقم SPSS بدقة</translation>
    </message>
    <message>
        <source>Interview number</source>
        <translation>رقم المقابلة</translation>
    </message>
    <message>
        <source>Which {unit} of the interview</source>
        <translation>أيّ {unit} في المقابلة</translation>
    </message>
    <message>
        <source>The instance it is inside (if any)</source>
        <translation>التكرار الذي يقع داخله (إن وُجد)</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>المتغير</translation>
    </message>
    <message>
        <source>Label (in full)</source>
        <translation>التسمية (كاملة)</translation>
    </message>
    <message>
        <source>Values (code = label, in full)</source>
        <translation>القيم (الرمز = التسمية، كاملة)</translation>
    </message>
    <message>
        <source>Declared missing</source>
        <translation>معلنة كقيم مفقودة</translation>
    </message>
    <message>
        <source>Cut or changed in the .sav file</source>
        <translation>ما قُطع أو غُيّر في ملف .sav</translation>
    </message>
    <message>
        <source>variable label</source>
        <translation>تسمية المتغير</translation>
    </message>
    <message>
        <source>value label {code}</source>
        <translation>تسمية القيمة {code}</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} إلى {high}</translation>
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
        <translation>{question} ليس {value}</translation>
    </message>
    <message>
        <source>{question} is more than {value}</source>
        <translation>{question} أكثر من {value}</translation>
    </message>
    <message>
        <source>{question} is at least {value}</source>
        <translation>{question} على الأقل {value}</translation>
    </message>
    <message>
        <source>{question} is less than {value}</source>
        <translation>{question} أقل من {value}</translation>
    </message>
    <message>
        <source>{question} is at most {value}</source>
        <translation>{question} على الأكثر {value}</translation>
    </message>
    <message>
        <source>asked of everyone</source>
        <translation>يُسأل للجميع</translation>
    </message>
    <message>
        <source>{left} or {right}</source>
        <translation>{left} أو {right}</translation>
    </message>
    <message>
        <source>{left} and {right}</source>
        <translation>{left} و{right}</translation>
    </message>
    <message>
        <source>asked only if {condition}</source>
        <translation>يُسأل فقط إذا {condition}</translation>
    </message>
    <message>
        <source>the answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>{question} was not answered</source>
        <translation>{question} لم يُجب عليه</translation>
    </message>
    <message>
        <source>{question} was answered</source>
        <translation>{question} أُجيب عليه</translation>
    </message>
    <message>
        <source>{question} does not include {choice}</source>
        <translation>{question} لا يتضمن {choice}</translation>
    </message>
    <message>
        <source>{question} includes {choice}</source>
        <translation>{question} يتضمن {choice}</translation>
    </message>
    <message>
        <source>not ({condition})</source>
        <translation>ليس ({condition})</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>This interview was entered by someone else: only its interviewer or a coordinator can change it. Nothing was changed.</source>
        <translation>هذه المقابلة أدخلها شخص آخر: فقط باحثها الميداني أو المنسّق يستطيع تغييرها. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>this cell holds a formula ("{value}"); a coding sheet takes typed text only. Type the themes' names instead.</source>
        <translation>هذه الخلية فيها معادلة («{value}»)؛ ورقة الترميز تأخذ نصًا مكتوبًا فقط. اكتب أسماء المواضيع بدلًا منها.</translation>
    </message>
    <message>
        <source>"{raw}" is not an interview id.</source>
        <translation>«{raw}» ليس معرّف مقابلة.</translation>
    </message>
    <message>
        <source>the interview "{raw}" has no written answer to "{question}" in this project.</source>
        <translation>المقابلة «{raw}» ليس فيها إجابة مكتوبة على «{question}» في هذا المشروع.</translation>
    </message>
    <message>
        <source>this interview is already on row {value}.</source>
        <translation>هذه المقابلة موجودة بالفعل في الصف {value}.</translation>
    </message>
    <message>
        <source>"{label}" cannot be a theme's name: it starts like a spreadsheet formula.</source>
        <translation>«{label}» لا يمكن أن يكون اسم موضوع: يبدأ مثل معادلة جدول بيانات.</translation>
    </message>
    <message>
        <source>"{value}" should be "yes" or left empty.</source>
        <translation>«{value}» يجب أن تكون «yes» أو تُترك فارغة.</translation>
    </message>
    <message>
        <source>an answer marked not codable cannot have themes too.</source>
        <translation>الإجابة المعلَّمة بأنه لا يمكن ترميزها لا يمكن أن تكون لها مواضيع أيضًا.</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>احتفظ بالاثنتين</translation>
    </message>
    <message>
        <source>The same person</source>
        <translation>نفس الشخص</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>ليس نفس الشخص</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>لم تُراجع بعد</translation>
    </message>
    <message>
        <source>There is no questionnaire "{form_id}" in this project.</source>
        <translation>لا يوجد استبيان «{form_id}» في هذا المشروع.</translation>
    </message>
    <message>
        <source>{decision!r} is not a decision: use one of {items}</source>
        <translation>{decision!r} ليس قرارًا: استخدم واحدًا من {items}</translation>
    </message>
    <message>
        <source>Name the two interviews by the ids that `duodesk duplicates` lists.</source>
        <translation>سمِّ المقابلتين بالمعرّفات التي يعرضها `duodesk duplicates`.</translation>
    </message>
    <message>
        <source>These two interviews are not both in this project: name them by the ids that `duodesk duplicates` lists. Nothing was recorded.</source>
        <translation>هاتان المقابلتان ليستا معًا في هذا المشروع: سمِّهما بالمعرّفات التي يعرضها `duodesk duplicates`. لم يُسجَّل شيء.</translation>
    </message>
    <message>
        <source>A passphrase cannot be empty or contain a NUL character.</source>
        <translation>عبارة المرور لا يمكن أن تكون فارغة أو تحتوي على حرف NUL.</translation>
    </message>
    <message>
        <source>{name} is not locked with a passphrase: open it without one.</source>
        <translation>{name} غير مقفل بعبارة مرور: افتحه بدونها.</translation>
    </message>
    <message>
        <source>{name} is locked with a passphrase. Enter the project's passphrase.</source>
        <translation>{name} مقفل بعبارة مرور. أدخل عبارة مرور المشروع.</translation>
    </message>
    <message>
        <source>The first bytes of {name} are not those of the project this laptop last opened there: the file is damaged, or another project was copied over it. If it is another project, type that project's passphrase; otherwise restore a backup: duodesk restore BACKUP (the backups are the files {name}.*.backup beside it).</source>
        <translation>البايتات الأولى من {name} ليست بايتات المشروع الذي فتحه هذا الحاسوب هناك آخر مرة: الملف تالف، أو نُسخ مشروع آخر فوقه. إن كان مشروعًا آخر فاكتب عبارة مرور ذلك المشروع؛ وإلا فاستعد نسخة احتياطية: duodesk restore BACKUP (النسخ الاحتياطية هي الملفات {name}.*.backup بجانبه).</translation>
    </message>
    <message>
        <source>The passphrase for {name} is not right, or the file is not a DuoDesk project. Check the passphrase (capital letters count) and try again.</source>
        <translation>عبارة المرور لـ {name} غير صحيحة، أو أن الملف ليس مشروع DuoDesk. تحقّق من عبارة المرور (الأحرف الكبيرة مهمة) وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>{name} is damaged (its contents fail SQLite's checks), so DuoDesk will not use it; nothing was changed. There is no backup of it beside it (files named {name}.*.backup): look for a copy elsewhere, such as a memory stick or another laptop of the team.</source>
        <translation>{name} تالف (محتواه لا يجتاز فحوص SQLite)، لذا لن يستخدمه DuoDesk؛ لم يتغير شيء. لا توجد نسخة احتياطية منه بجانبه (ملفات باسم {name}.*.backup): ابحث عن نسخة في مكان آخر، مثل ذاكرة USB أو حاسوب آخر للفريق.</translation>
    </message>
    <message>
        <source>{name} is damaged (its contents fail SQLite's checks), so DuoDesk will not use it; nothing was changed. Restore a backup: duodesk restore BACKUP (the backups are the files {name}.*.backup beside it).</source>
        <translation>{name} تالف (محتواه لا يجتاز فحوص SQLite)، لذلك لن يستخدمه DuoDesk؛ لم يُغيَّر شيء. استعد نسخة احتياطية: duodesk restore BACKUP (النسخ الاحتياطية هي الملفات {name}.*.backup بجانبه).</translation>
    </message>
    <message>
        <source>{where} was made by a newer version of DuoDesk. Install the newer version to open it; nothing was changed.</source>
        <translation>{where} صنعته نسخة أحدث من DuoDesk. ثبّت النسخة الأحدث لفتحه؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>{where} is a database, but not a DuoDesk project; nothing was changed.</source>
        <translation>{where} قاعدة بيانات، لكنه ليس مشروع DuoDesk؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The project is closing.</source>
        <translation>المشروع يُغلق.</translation>
    </message>
    <message>
        <source>There is no DuoDesk project at {path}.</source>
        <translation>لا يوجد مشروع DuoDesk في {path}.</translation>
    </message>
    <message>
        <source>A shared server database is restored on the server.</source>
        <translation>قاعدة البيانات المشتركة على خادم تُستعاد على الخادم.</translation>
    </message>
    <message>
        <source>Upgrading {value} would leave {broken} rows pointing at nothing, so it was not upgraded; nothing was changed.</source>
        <translation>تحديث {value} سيترك {broken} صفًا لا يشير إلى شيء، لذلك لم يُحدَّث؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>{where} listed its people on this laptop and lists nobody now: it was replaced or changed by hand. A coordinator can restore a backup that lists them (duodesk restore BACKUP --person NAME, a coordinator listed in the backup).</source>
        <translation>كان لـ{where} قائمة أشخاص على هذا الحاسوب ولا يضم أحدًا الآن: استُبدل أو غُيّر يدويًا. يمكن لمنسق استعادة نسخة احتياطية تضمّهم (duodesk restore BACKUP --person NAME، منسق مدرج في النسخة).</translation>
    </message>
    <message>
        <source>There is no DuoDesk project in the database {value}; nothing was changed. Add a questionnaire to it first.</source>
        <translation>لا يوجد مشروع DuoDesk في قاعدة البيانات {value}؛ لم يتغير شيء. أضف إليها استبيانًا أولًا.</translation>
    </message>
    <message>
        <source>locked with a passphrase</source>
        <translation>مقفل بعبارة مرور</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>غير مشفّر</translation>
    </message>
    <message>
        <source>on this computer's own server</source>
        <translation>على خادم هذا الحاسوب</translation>
    </message>
    <message>
        <source>server connection NOT encrypted</source>
        <translation>الاتصال بالخادم غير مشفّر</translation>
    </message>
    <message>
        <source>server connection encrypted (TLS)</source>
        <translation>الاتصال بالخادم مشفّر (TLS)</translation>
    </message>
    <message>
        <source>Backups of a shared server database are made on the server.</source>
        <translation>النسخ الاحتياطية لقاعدة بيانات مشتركة على خادم تُصنع على الخادم.</translation>
    </message>
    <message>
        <source>There is no backup file at {backup}.</source>
        <translation>لا يوجد ملف نسخة احتياطية في {backup}.</translation>
    </message>
    <message>
        <source>A shared server database is protected by the server.</source>
        <translation>قاعدة البيانات المشتركة على خادم يحميها الخادم.</translation>
    </message>
    <message>
        <source>Another DuoDesk window or command has this project open. Close it and try again; nothing was changed.</source>
        <translation>نافذة أو أمر آخر من DuoDesk يفتح هذا المشروع. أغلقه وحاول من جديد؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a DuoDesk project file.</source>
        <translation>{path} مجلد، وليس ملف مشروع DuoDesk.</translation>
    </message>
    <message>
        <source>{name} is being changed by another DuoDesk (a new passphrase or a restored backup). Try again in a minute; nothing was changed.</source>
        <translation>{name} يغيّره DuoDesk آخر الآن (عبارة مرور جديدة أو نسخة احتياطية مستعادة). حاول من جديد بعد دقيقة؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>{file} is from before this project listed its people: restored, it would let anyone do everything. Choose a later backup. Nothing was changed.</source>
        <translation>{file} من قبل أن يضع هذا المشروع قائمة أشخاصه: لو استُعيد لسمح لأي أحد بفعل كل شيء. اختر نسخة احتياطية أحدث. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>{name} is on the list again, as {role}.</source>
        <translation>{name} على القائمة من جديد، بدور {role}.</translation>
    </message>
    <message>
        <source>{name} is {role} again.</source>
        <translation>{name} عاد {role}.</translation>
    </message>
    <message>
        <source>{name} is no longer on the list.</source>
        <translation>{name} لم يعد على القائمة.</translation>
    </message>
    <message>
        <source>{file} is not an earlier copy of this project: its audit trail is not the project's (record {number} was changed, removed or never written here). Nothing was changed.</source>
        <translation>{file} ليس نسخة سابقة من هذا المشروع: سجله ليس سجل المشروع (السجل {number} غُيّر أو حُذف أو لم يُكتب هنا قط). لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The project cannot be read, so who may restore it is checked against the list of people in {file}: give the name and password of a coordinator listed there (--person and --pin-file). Nothing was changed.</source>
        <translation>لا يمكن قراءة المشروع، لذلك يُتحقق ممن يحق له استعادته من قائمة الأشخاص في {file}: أعطِ اسم منسق مدرج هناك وكلمة مروره (--person و--pin-file). لم يتغير شيء.</translation>
    </message>
    <message>
        <source>{name} opens with neither the old passphrase nor none.</source>
        <translation>{name} لا يُفتح بعبارة المرور القديمة ولا بدون عبارة مرور.</translation>
    </message>
    <message>
        <source>That is not a database address DuoDesk understands.</source>
        <translation>هذا ليس عنوان قاعدة بيانات يفهمه DuoDesk.</translation>
    </message>
    <message>
        <source>DuoDesk cannot open a database at {url}: it works with SQLite files and PostgreSQL servers (postgresql://...).</source>
        <translation>لا يستطيع DuoDesk فتح قاعدة بيانات في {url}: يعمل مع ملفات SQLite وخوادم PostgreSQL (postgresql://...).</translation>
    </message>
    <message>
        <source>This copy of DuoDesk cannot open a database on a server: its PostgreSQL driver (psycopg) is not installed. Install DuoDesk with its postgresql extra (pip install "duodesk[postgresql]") to use one.</source>
        <translation>هذه النسخة من DuoDesk لا تستطيع فتح قاعدة بيانات على خادم: برنامج تشغيل PostgreSQL (psycopg) غير مثبت. ثبّت DuoDesk مع الإضافة postgresql (pip install "duodesk[postgresql]") لاستخدامها.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>هذا الحاسوب</translation>
    </message>
    <message>
        <source>The server asks for {user}'s password. Type it when asked, or keep it in the PGPASSWORD variable or a ~/.pgpass file.</source>
        <translation>يطلب الخادم كلمة مرور {user}. اكتبها عند الطلب، أو احفظها في المتغير PGPASSWORD أو في ملف ~/.pgpass.</translation>
    </message>
    <message>
        <source>The server at {host} refused the user name or password.</source>
        <translation>رفض الخادم {host} اسم المستخدم أو كلمة المرور.</translation>
    </message>
    <message>
        <source>The server at {host} has no user called {user}.</source>
        <translation>لا يوجد على الخادم {host} مستخدم باسم {user}.</translation>
    </message>
    <message>
        <source>The server at {host} has no database called {database}. Ask whoever runs the server to create it.</source>
        <translation>لا توجد على الخادم {host} قاعدة بيانات باسم {database}. اطلب من مسؤول الخادم إنشاءها.</translation>
    </message>
    <message>
        <source>The server name {host} is not known: check its spelling and the network.</source>
        <translation>اسم الخادم {host} غير معروف: تحقّق من كتابته ومن الشبكة.</translation>
    </message>
    <message>
        <source>The server at {host} did not answer within {seconds} seconds. Check the network, or try again later.</source>
        <translation>لم يردّ الخادم {host} خلال {seconds} ثانية. تحقّق من الشبكة، أو حاول لاحقًا.</translation>
    </message>
    <message>
        <source>The address of the server says sslmode={mode}, which is not a setting PostgreSQL knows: use sslmode=require, verify-ca or verify-full (or sslmode=disable, only on a network you trust).</source>
        <translation>يذكر عنوان الخادم sslmode={mode}، وهو إعداد لا يعرفه PostgreSQL: استخدم sslmode=require أو verify-ca أو verify-full (أو sslmode=disable، فقط على شبكة تثق بها).</translation>
    </message>
    <message>
        <source>The server at {host} does not offer an encrypted connection. Ask whoever runs it to turn TLS on (only on a network you trust, add sslmode=disable to the address).</source>
        <translation>لا يوفّر الخادم {host} اتصالًا مشفّرًا. اطلب من مسؤوله تفعيل TLS (فقط على شبكة تثق بها، أضف sslmode=disable إلى العنوان).</translation>
    </message>
    <message>
        <source>The server at {host} does not answer: is it running, and is this laptop on its network?</source>
        <translation>الخادم {host} لا يردّ: هل هو قيد التشغيل، وهل هذا الحاسوب المحمول على شبكته؟</translation>
    </message>
    <message>
        <source>DuoDesk cannot use the server database {where}.</source>
        <translation>لا يستطيع DuoDesk استخدام قاعدة بيانات الخادم {where}.</translation>
    </message>
    <message>
        <source>That interview is not in this project.</source>
        <translation>هذه المقابلة ليست في هذا المشروع.</translation>
    </message>
    <message>
        <source>Type the number printed on the paper datasheet.</source>
        <translation>اكتب الرقم المطبوع على الورقة.</translation>
    </message>
    <message>
        <source>A datasheet number has at most 40 characters.</source>
        <translation>رقم الورقة فيه 40 حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>Datasheet {number} has been entered twice already.</source>
        <translation>الورقة {number} أُدخلت مرتين بالفعل.</translation>
    </message>
    <message>
        <source>Datasheet {number} was first entered by {entered_by}: somebody else checks it.</source>
        <translation>الورقة {number} أدخلها أولًا {entered_by}: يتحقق منها شخص آخر.</translation>
    </message>
    <message>
        <source>Datasheet {number} has not been entered.</source>
        <extracomment>The interview's details from the start dialog, compared like answers under these names (a questionnaire's names cannot hold a space, so they never clash with a question).</extracomment>
        <translation>الورقة {number} لم تُدخل.</translation>
    </message>
    <message>
        <source>Datasheet {number} has been entered once; it is not checked yet.</source>
        <translation>الورقة {number} أُدخلت مرة واحدة؛ لم يُتحقق منها بعد.</translation>
    </message>
    <message>
        <source>There is no questionnaire "{form_id}" in this project: add the questionnaire first.</source>
        <translation>لا يوجد استبيان «{form_id}» في هذا المشروع: أضف الاستبيان أولًا.</translation>
    </message>
    <message>
        <source>only {known} of its columns are questions of "{title}", and {unknown} are not (such as {names}): it looks like interviews of another questionnaire, so nothing was imported. Check the questionnaire chosen; if the file is this one's, take the other columns out of it and import it again.</source>
        <translation>{known} فقط من أعمدته أسئلة في «{title}»، و{unknown} ليست كذلك (مثل {names}): يبدو أنها مقابلات استبيان آخر، لذلك لم يُستورد شيء. تحقق من الاستبيان المختار؛ وإن كان الملف له، فاحذف منه الأعمدة الأخرى واستورده مرة أخرى.</translation>
    </message>
    <message>
        <source>no column is named after a question of "{title}". The first row must hold the question names.</source>
        <translation>لا يوجد عمود باسم سؤال من «{title}». يجب أن يحتوي الصف الأول على أسماء الأسئلة.</translation>
    </message>
    <message>
        <source>Only an unfinished interview can be discarded; nothing was changed.</source>
        <translation>فقط المقابلة غير المكتملة يمكن التخلي عنها؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>An interviewer needs a name.</source>
        <translation>الباحث الميداني يحتاج إلى اسم.</translation>
    </message>
    <message>
        <source>an answer status that does not exist</source>
        <translation>حالة إجابة غير موجودة</translation>
    </message>
    <message>
        <source>{source} has an interview whose questionnaire is not in the file, so nothing was read from it.</source>
        <translation>في {source} مقابلة استبيانها ليس في الملف، لذلك لم يُقرأ منه شيء.</translation>
    </message>
    <message>
        <source>a coding both not codable and with themes</source>
        <translation>ترميز لا يمكن ترميزه وله مواضيع في نفس الوقت</translation>
    </message>
    <message>
        <source>A PIN is {low} to {high} digits (only numbers).</source>
        <translation>رمز PIN من {low} إلى {high} أرقام (أرقام فقط).</translation>
    </message>
    <message>
        <source>A coordinator's password needs at least {password_length} characters.</source>
        <translation>كلمة مرور المنسّق تحتاج إلى {password_length} حرفًا على الأقل.</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>الشخص يحتاج إلى اسم.</translation>
    </message>
    <message>
        <source>That name is too long (200 characters at most).</source>
        <translation>هذا الاسم طويل جدًا (200 حرف على الأكثر).</translation>
    </message>
    <message>
        <source>Add a coordinator first: once people are listed, only a coordinator can change the list.</source>
        <translation>أضف منسّقًا أولًا: بعد إضافة أشخاص إلى القائمة، المنسّق فقط يستطيع تغييرها.</translation>
    </message>
    <message>
        <source>{name} is already on the list.</source>
        <translation>{name} موجود في القائمة بالفعل.</translation>
    </message>
    <message>
        <source>{name} is the only coordinator: add another one first.</source>
        <translation>{name} هو المنسّق الوحيد: أضف منسّقًا آخر أولًا.</translation>
    </message>
    <message>
        <source>{name} is the only coordinator: add another coordinator first, or take everyone else off the list.</source>
        <translation>{name} هو المنسّق الوحيد: أضف منسّقًا آخر أولًا، أو أزل كل الآخرين من القائمة.</translation>
    </message>
    <message>
        <source>{name} is not on the list of people.</source>
        <translation>{name} ليس في قائمة الأشخاص.</translation>
    </message>
    <message>
        <source>The team passphrase is not the one the project at {where} was set up with (capital letters count). Nothing was changed.</source>
        <translation>عبارة مرور الفريق ليست العبارة التي أُنشئ بها المشروع في {where} (الأحرف الكبيرة مهمة). لم يتغير شيء.</translation>
    </message>
    <message>
        <source>{source} belongs to a team whose participant codes are made with another key, and this project already has interviews with participant codes made with its own key, so people interviewed twice could not be found. Nothing was changed. The order of steps for a team is: the coordinator creates the questionnaire and sends a transfer file; each laptop reads that file first, in a new project, and only then enters or imports interviews.</source>
        <translation>{source} ينتمي إلى فريق تُصنع رموز مشاركيه بمفتاح آخر، وهذا المشروع فيه بالفعل مقابلات برموز مشاركين صُنعت بمفتاحه، لذلك لا يمكن العثور على من أُجريت معهم المقابلة مرتين. لم يتغير شيء. ترتيب الخطوات للفريق: المنسّق ينشئ الاستبيان ويرسل ملف نقل؛ كل حاسوب يقرأ ذلك الملف أولًا في مشروع جديد، وبعدها فقط يُدخل المقابلات أو يستوردها.</translation>
    </message>
    <message>
        <source>"{question}" is marked as identifying in the questionnaire (its answers could tell who a person is), so its answers are never coded into themes or quoted.</source>
        <extracomment>The main coding of an answer as it was before a disagreement about it was first settled, kept so that agreement between coders stays the blind agreement. No typed name can be this one (names are trimmed and their spaces collapsed), so nobody codes as it.</extracomment>
        <translation>«{question}» معلَّم في الاستبيان كسؤال يكشف الهوية (إجاباته قد تقول من هو الشخص)، لذلك لا تُرمَّز إجاباته إلى مواضيع ولا يُقتبس منها أبدًا.</translation>
    </message>
    <message>
        <source>"{question}" is asked once per instance of a repeat; coding those answers into themes is not possible yet.</source>
        <translation>«{question}» يُسأل مرة لكل تكرار؛ ترميز هذه الإجابات إلى مواضيع غير ممكن بعد.</translation>
    </message>
    <message>
        <source>"{question}" is not a question answered in words, so its answers cannot be coded into themes.</source>
        <translation>«{question}» ليس سؤالًا يُجاب عنه بالكلمات، فلا يمكن ترميز إجاباته في مواضيع.</translation>
    </message>
    <message>
        <source>The words people wrote for "Other" are the question "{other}": code that one.</source>
        <translation>الكلمات المكتوبة لـ «أخرى» هي السؤال «{other}»: رمّز ذلك السؤال.</translation>
    </message>
    <message>
        <source>There is no question called "{question}" in "{title}".</source>
        <translation>لا يوجد سؤال اسمه «{question}» في «{title}».</translation>
    </message>
    <message>
        <source>A theme needs a name.</source>
        <translation>يحتاج الموضوع إلى اسم.</translation>
    </message>
    <message>
        <source>A theme name cannot contain ";" ("{label}"): coding sheets use it to separate themes. Use a comma or a dash instead.</source>
        <translation>لا يمكن أن يحتوي اسم الموضوع على «;» («{label}»): تستخدمها أوراق الترميز للفصل بين المواضيع. استخدم فاصلة أو شرطة بدلًا منها.</translation>
    </message>
    <message>
        <source>A theme name cannot start with "{first}" ("{label}"): a spreadsheet would read it as a formula.</source>
        <translation>لا يمكن أن يبدأ اسم الموضوع بـ «{first}» («{label}»): سيقرؤه برنامج الجداول كمعادلة.</translation>
    </message>
    <message>
        <source>There is already a theme called "{label}".</source>
        <translation>يوجد بالفعل موضوع اسمه «{label}».</translation>
    </message>
    <message>
        <source>That theme no longer exists; somebody may have merged it.</source>
        <translation>هذا الموضوع لم يعد موجودًا؛ ربما دمجه شخص ما.</translation>
    </message>
    <message>
        <source>There is already a theme called "{label}"; merge them instead.</source>
        <translation>يوجد بالفعل موضوع اسمه «{label}»؛ ادمجهما بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Choose two different themes to merge.</source>
        <translation>اختر موضوعين مختلفين للدمج.</translation>
    </message>
    <message>
        <source>Only themes of the same question can be merged.</source>
        <translation>يمكن دمج مواضيع نفس السؤال فقط.</translation>
    </message>
    <message>
        <source>An answer marked not codable cannot have themes too.</source>
        <translation>الإجابة المعلَّمة بأنه لا يمكن ترميزها لا يمكن أن تكون لها مواضيع أيضًا.</translation>
    </message>
    <message>
        <source>One of those themes no longer exists; somebody may have merged it.</source>
        <translation>أحد هذه المواضيع لم يعد موجودًا؛ ربما دمجه شخص ما.</translation>
    </message>
    <message>
        <source>The key that keeps this project's participant codes secret is not on this laptop (it is never kept in the project file, so a copied file does not bring it). Read a team transfer file made on a laptop of the team, which carries the key, and try again; nothing was changed.</source>
        <translation>المفتاح الذي يحفظ سرية رموز المشاركين في هذا المشروع ليس على هذا الحاسوب (لا يُحفظ أبدًا في ملف المشروع، لذلك الملف المنسوخ لا يأتي به). اقرأ ملف نقل صُنع على حاسوب من حواسيب الفريق، فهو يحمل المفتاح، وحاول من جديد؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>No interviews entered on this laptop were left to send: they were already sent to the server (from another DuoDesk window).</source>
        <translation>لم تبقَ مقابلات أُدخلت على هذا الحاسوب لإرسالها: فقد أُرسلت إلى الخادم من قبل (من نافذة أخرى لـ DuoDesk).</translation>
    </message>
    <message>
        <source>The interviews entered on this laptop were already on the server (sent before); now they are no longer kept on this laptop.</source>
        <translation>كانت المقابلات التي أُدخلت على هذا الحاسوب موجودة على الخادم من قبل (أُرسلت سابقًا)؛ ولم تعد محفوظة على هذا الحاسوب الآن.</translation>
    </message>
    <message>
        <source>The {count} interviews entered on this laptop are on the server now: {added} sent just now, {already} there already (sent before).</source>
        <translation>المقابلات التي أُدخلت على هذا الحاسوب ({count}) موجودة على الخادم الآن: {added} أُرسلت للتو، و{already} كانت هناك من قبل (أُرسلت سابقًا).</translation>
    </message>
    <message numerus="yes">
        <source>“{title}” has %n interview, so it cannot be removed.</source>
        <translation><numerusform>في «{title}» %n مقابلة، لذا لا يمكن إزالته.</numerusform><numerusform>في «{title}» %n مقابلة، لذا لا يمكن إزالته.</numerusform><numerusform>في «{title}» %n مقابلة، لذا لا يمكن إزالته.</numerusform><numerusform>في «{title}» %n مقابلة، لذا لا يمكن إزالته.</numerusform><numerusform>في «{title}» %n مقابلة، لذا لا يمكن إزالته.</numerusform><numerusform>في «{title}» %n مقابلة، لذا لا يمكن إزالته.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>“{title}” has %n interviews, so it cannot be removed.</source>
        <translation><numerusform>في «{title}» %n مقابلة، لذا لا يمكن إزالته.</numerusform><numerusform>في «{title}» %n مقابلة، لذا لا يمكن إزالته.</numerusform><numerusform>في «{title}» %n مقابلة، لذا لا يمكن إزالته.</numerusform><numerusform>في «{title}» %n مقابلة، لذا لا يمكن إزالته.</numerusform><numerusform>في «{title}» %n مقابلة، لذا لا يمكن إزالته.</numerusform><numerusform>في «{title}» %n مقابلة، لذا لا يمكن إزالته.</numerusform></translation>
    </message>
</context>
<context>
    <name>Subset</name>
    <message>
        <source>Site: {names}</source>
        <translation>الموقع: {names}</translation>
    </message>
    <message>
        <source>Sites: {names}</source>
        <translation>المواقع: {names}</translation>
    </message>
    <message>
        <source>Interviewer: {names}</source>
        <translation>الباحث الميداني: {names}</translation>
    </message>
    <message>
        <source>Interviewers: {names}</source>
        <translation>الباحثون الميدانيون: {names}</translation>
    </message>
    <message>
        <source>names left out</source>
        <translation>الأسماء محذوفة</translation>
    </message>
    <message>
        <source>From {first} to {last}</source>
        <translation>من {first} إلى {last}</translation>
    </message>
    <message>
        <source>From {first}</source>
        <translation>من {first}</translation>
    </message>
    <message>
        <source>Up to {last}</source>
        <translation>حتى {last}</translation>
    </message>
    <message>
        <source>Version {numbers}</source>
        <translation>النسخة {numbers}</translation>
    </message>
    <message>
        <source>Versions {numbers}</source>
        <translation>النسخ {numbers}</translation>
    </message>
    <message>
        <source>All complete interviews</source>
        <translation>كل المقابلات المكتملة</translation>
    </message>
</context>
<context>
    <name>Summary text</name>
    <message>
        <source>instances</source>
        <translation>حالات</translation>
    </message>
    <message>
        <source>No chi-square: a person can be given several themes, so the cells are not separate people. Each column's percentages are of the people in it given a theme.</source>
        <translation>لا يوجد مربع كاي: يمكن إعطاء الشخص عدة مواضيع، لذلك الخلايا ليست أشخاصًا منفصلين. نسب كل عمود هي من الأشخاص فيه الذين أُعطوا موضوعًا.</translation>
    </message>
    <message numerus="yes">
        <source>Counted over {total} {things} named by %n person: each cell counts {things}, and the percentages are of {things}. No chi-square: a person who named several {things} counts in the table once for each, so the cells are not separate people.</source>
        <translation><numerusform>محسوب على {total} من {things} ذكرها %n شخصًا: كل خانة تعدّ {things}، والنسب المئوية من {things}. بلا مربع كاي: الشخص الذي ذكر عدة {things} يُعدّ في الجدول مرة عن كل واحد، لذا فالخانات ليست أشخاصًا منفصلين.</numerusform><numerusform>محسوب على {total} من {things} ذكرها شخص واحد (%n): كل خانة تعدّ {things}، والنسب المئوية من {things}. بلا مربع كاي: الشخص الذي ذكر عدة {things} يُعدّ في الجدول مرة عن كل واحد، لذا فالخانات ليست أشخاصًا منفصلين.</numerusform><numerusform>محسوب على {total} من {things} ذكرها شخصان (%n): كل خانة تعدّ {things}، والنسب المئوية من {things}. بلا مربع كاي: الشخص الذي ذكر عدة {things} يُعدّ في الجدول مرة عن كل واحد، لذا فالخانات ليست أشخاصًا منفصلين.</numerusform><numerusform>محسوب على {total} من {things} ذكرها %n أشخاص: كل خانة تعدّ {things}، والنسب المئوية من {things}. بلا مربع كاي: الشخص الذي ذكر عدة {things} يُعدّ في الجدول مرة عن كل واحد، لذا فالخانات ليست أشخاصًا منفصلين.</numerusform><numerusform>محسوب على {total} من {things} ذكرها %n شخصًا: كل خانة تعدّ {things}، والنسب المئوية من {things}. بلا مربع كاي: الشخص الذي ذكر عدة {things} يُعدّ في الجدول مرة عن كل واحد، لذا فالخانات ليست أشخاصًا منفصلين.</numerusform><numerusform>محسوب على {total} من {things} ذكرها %n شخصًا: كل خانة تعدّ {things}، والنسب المئوية من {things}. بلا مربع كاي: الشخص الذي ذكر عدة {things} يُعدّ في الجدول مرة عن كل واحد، لذا فالخانات ليست أشخاصًا منفصلين.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Counted over {total} {things} named by %n people: each cell counts {things}, and the percentages are of {things}. No chi-square: a person who named several {things} counts in the table once for each, so the cells are not separate people.</source>
        <translation><numerusform>محسوب على {total} من {things} ذكرها %n شخصًا: كل خانة تعدّ {things}، والنسب المئوية من {things}. بلا مربع كاي: الشخص الذي ذكر عدة {things} يُعدّ في الجدول مرة عن كل واحد، لذا فالخانات ليست أشخاصًا منفصلين.</numerusform><numerusform>محسوب على {total} من {things} ذكرها شخص واحد (%n): كل خانة تعدّ {things}، والنسب المئوية من {things}. بلا مربع كاي: الشخص الذي ذكر عدة {things} يُعدّ في الجدول مرة عن كل واحد، لذا فالخانات ليست أشخاصًا منفصلين.</numerusform><numerusform>محسوب على {total} من {things} ذكرها شخصان (%n): كل خانة تعدّ {things}، والنسب المئوية من {things}. بلا مربع كاي: الشخص الذي ذكر عدة {things} يُعدّ في الجدول مرة عن كل واحد، لذا فالخانات ليست أشخاصًا منفصلين.</numerusform><numerusform>محسوب على {total} من {things} ذكرها %n أشخاص: كل خانة تعدّ {things}، والنسب المئوية من {things}. بلا مربع كاي: الشخص الذي ذكر عدة {things} يُعدّ في الجدول مرة عن كل واحد، لذا فالخانات ليست أشخاصًا منفصلين.</numerusform><numerusform>محسوب على {total} من {things} ذكرها %n شخصًا: كل خانة تعدّ {things}، والنسب المئوية من {things}. بلا مربع كاي: الشخص الذي ذكر عدة {things} يُعدّ في الجدول مرة عن كل واحد، لذا فالخانات ليست أشخاصًا منفصلين.</numerusform><numerusform>محسوب على {total} من {things} ذكرها %n شخصًا: كل خانة تعدّ {things}، والنسب المئوية من {things}. بلا مربع كاي: الشخص الذي ذكر عدة {things} يُعدّ في الجدول مرة عن كل واحد، لذا فالخانات ليست أشخاصًا منفصلين.</numerusform></translation>
    </message>
    <message>
        <source>Fisher's exact test, exact p-value.</source>
        <translation>اختبار فيشر الدقيق، قيمة p دقيقة.</translation>
    </message>
    <message>
        <source>{small} of the {cells} cells ({share}) would expect fewer than 5 people, so the chi-square test may not be reliable: use Fisher's exact test instead.</source>
        <translation>{small} من {cells} خلية ({share}) يُتوقع فيها أقل من 5 أشخاص، لذلك قد لا يكون اختبار مربع كاي موثوقًا: استخدم اختبار فيشر الدقيق بدلًا منه.</translation>
    </message>
    <message>
        <source>{small} of the {cells} cells ({share}) would expect fewer than 5 people, so the chi-square test may not be reliable.</source>
        <translation>{small} من {cells} خلية ({share}) يُتوقع فيها أقل من 5 أشخاص، لذلك قد لا يكون اختبار مربع كاي موثوقًا.</translation>
    </message>
    <message>
        <source>Chi-square needs at least two answers given on each side.</source>
        <translation>مربع كاي يحتاج إلى إجابتين مختلفتين على الأقل في كل جانب.</translation>
    </message>
    <message>
        <source>Fisher's exact test (Freeman-Halton), exact p-value.</source>
        <translation>اختبار فيشر الدقيق (فريمان-هالتون)، قيمة p دقيقة.</translation>
    </message>
    <message>
        <source>Fisher's exact test (Freeman-Halton), p-value estimated from {resamples} random tables (Monte Carlo, seed {seed}).</source>
        <translation>اختبار فيشر الدقيق (فريمان-هالتون)، قيمة p مقدّرة من {resamples} جدولًا عشوائيًا (مونت كارلو، البذرة {seed}).</translation>
    </message>
    <message>
        <source>{subset}: {count} interviews</source>
        <translation>{subset}: {count} مقابلة</translation>
    </message>
    <message>
        <source>{subset}: {count} interviews (questionnaire version {versions})</source>
        <translation>{subset}: {count} مقابلة (نسخة الاستبيان {versions})</translation>
    </message>
    <message>
        <source>{subset}: {count} interviews (questionnaire versions {versions})</source>
        <translation>{subset}: {count} مقابلة (نسخ الاستبيان {versions})</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>العدد</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <source>Valid %</source>
        <translation>% الصالحة</translation>
    </message>
    <message>
        <source>Cumulative %</source>
        <translation>% التراكمية</translation>
    </message>
    <message>
        <source>% of cases</source>
        <translation>% من الحالات</translation>
    </message>
    <message>
        <source>% of responses</source>
        <translation>% من الإجابات</translation>
    </message>
    <message>
        <source>Not asked (skipped)</source>
        <translation>لم يُطرح (تم تخطيه)</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>لا إجابة</translation>
    </message>
    <message>
        <source>Not in their version</source>
        <translation>ليس في نسختهم</translation>
    </message>
    <message>
        <source>Not in the imported file</source>
        <translation>ليس في الملف المستورد</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>المقابلات</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>المتوسط</translation>
    </message>
    <message>
        <source>sd</source>
        <translation>الانحراف</translation>
    </message>
    <message>
        <source>median</source>
        <translation>الوسيط</translation>
    </message>
    <message>
        <source>q1</source>
        <translation>الربيع 1</translation>
    </message>
    <message>
        <source>q3</source>
        <translation>الربيع 3</translation>
    </message>
    <message>
        <source>min</source>
        <translation>الأدنى</translation>
    </message>
    <message>
        <source>max</source>
        <translation>الأعلى</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>المدى</translation>
    </message>
    <message>
        <source>Answered together:</source>
        <translation>أُجيب معًا:</translation>
    </message>
    <message>
        <source>{label} (missing)</source>
        <translation>{label} (مفقودة)</translation>
    </message>
    <message>
        <source>The cells count {things}, but a number is hidden by the people behind it: one named by 1 to {threshold} people is hidden, however many {things} it counts.</source>
        <translation>تعدّ الخانات {things}، لكن الرقم يُخفى بحسب عدد الأشخاص الذين ذكروه: الرقم الذي ذكره من 1 إلى {threshold} أشخاص يُخفى، مهما كان عدد {things} الذي يعدّه.</translation>
    </message>
    <message>
        <source>The project hides numbers from 1 to {threshold} in everything that leaves the group, so this table hides them as the workbook would (and a number that would let one be worked out). No chi-square or Fisher test is given when a number is hidden: its result could be used to work the hidden numbers out.</source>
        <translation>يُخفي المشروع الأعداد من 1 إلى {threshold} في كل ما يخرج من المجموعة، لذا يُخفيها هذا الجدول كما يفعل المصنف (ومعها أي عدد يسمح باستنتاج أحدها). لا يُعطى اختبار مربع كاي ولا اختبار فيشر عندما يكون عدد مخفيًا: يمكن أن تُستخدم نتيجته لاستنتاج الأعداد المخفية.</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>مخفي</translation>
    </message>
    <message>
        <source>{row_label} [{row}] by {column_label} [{column}]</source>
        <translation>{row_label} [{row}] حسب {column_label} [{column}]</translation>
    </message>
    <message>
        <source>{subset}: {count} interviews with a valid answer to both</source>
        <translation>{subset}: {count} مقابلة فيها إجابة صالحة على السؤالين</translation>
    </message>
    <message>
        <source>{subset}: {count} {things} with a valid answer to both, named by {people} people</source>
        <translation>{subset}: {count} ({things}) بإجابة صالحة عن السؤالين، ذكرها {people} شخصًا</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Number of {things}</source>
        <translation>العدد: {things}</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>عدد الأشخاص</translation>
    </message>
    <message>
        <source>% of the row</source>
        <translation>% من الصف</translation>
    </message>
    <message>
        <source>% of the column</source>
        <translation>% من العمود</translation>
    </message>
    <message>
        <source>% of all {things}</source>
        <translation>٪ من كل: {things}</translation>
    </message>
    <message>
        <source>% of everyone in the table</source>
        <translation>% من كل من في الجدول</translation>
    </message>
    <message>
        <source>Pearson chi-square = {chi:.4f}, df = {df}, p = {p:.4g}.</source>
        <translation>مربع كاي لبيرسون = {chi:.4f}، درجات الحرية = {df}، p = {p:.4g}.</translation>
    </message>
    <message>
        <source>Fisher's exact test (two-sided): p = {p:.4g}. </source>
        <translation>اختبار فيشر الدقيق (من الطرفين): p = {p:.4g}. </translation>
    </message>
    <message>
        <source>Number of {things} given</source>
        <translation>عدد {things} المذكورة</translation>
    </message>
    <message>
        <source>instances of “{label}”</source>
        <translation>حالات «{label}»</translation>
    </message>
    <message>
        <source>[answer to “{label}”]</source>
        <translation>[الإجابة عن «{label}»]</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>Quartiles and median: weighted average at (n + 1) p, SPSS's default (HAVERAGE).</source>
        <translation>الأرباع والوسيط: متوسط مرجّح عند الموضع (n + 1) p، الطريقة الافتراضية في SPSS (HAVERAGE).</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>{new} new interviews, {updated} updated, {already} already here</source>
        <translation>{new} مقابلة جديدة، {updated} محدّثة، {already} موجودة هنا بالفعل</translation>
    </message>
    <message>
        <source>{count} possible duplicates across sites are waiting to be looked at</source>
        <translation>{count} مكررات محتملة بين المواقع تنتظر من ينظر فيها</translation>
    </message>
    <message>
        <source>1 possible duplicate across sites is waiting to be looked at</source>
        <translation>مكرر محتمل واحد بين المواقع ينتظر من ينظر فيه</translation>
    </message>
    <message numerus="yes">
        <source>%n new questionnaire version</source>
        <translation><numerusform>لا نسخ جديدة من الاستبيان</numerusform><numerusform>نسخة جديدة واحدة من الاستبيان</numerusform><numerusform>نسختان جديدتان من الاستبيان</numerusform><numerusform>%n نسخ جديدة من الاستبيان</numerusform><numerusform>%n نسخة جديدة من الاستبيان</numerusform><numerusform>%n نسخة جديدة من الاستبيان</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n new questionnaire versions</source>
        <translation><numerusform>لا نسخ جديدة من الاستبيان</numerusform><numerusform>نسخة جديدة واحدة من الاستبيان</numerusform><numerusform>نسختان جديدتان من الاستبيان</numerusform><numerusform>%n نسخ جديدة من الاستبيان</numerusform><numerusform>%n نسخة جديدة من الاستبيان</numerusform><numerusform>%n نسخة جديدة من الاستبيان</numerusform></translation>
    </message>
    <message>
        <source>Sent to the server: {report}</source>
        <translation>أُرسل إلى الخادم: {report}</translation>
    </message>
    <message numerus="yes">
        <source>%n new questionnaire version came from the server.</source>
        <translation><numerusform>لم تصل نسخ جديدة من الاستبيان من الخادم.</numerusform><numerusform>وصلت نسخة جديدة واحدة من الاستبيان من الخادم.</numerusform><numerusform>وصلت نسختان جديدتان من الاستبيان من الخادم.</numerusform><numerusform>وصلت %n نسخ جديدة من الاستبيان من الخادم.</numerusform><numerusform>وصلت %n نسخة جديدة من الاستبيان من الخادم.</numerusform><numerusform>وصلت %n نسخة جديدة من الاستبيان من الخادم.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n new questionnaire versions came from the server.</source>
        <translation><numerusform>لم تصل نسخ جديدة من الاستبيان من الخادم.</numerusform><numerusform>وصلت نسخة جديدة واحدة من الاستبيان من الخادم.</numerusform><numerusform>وصلت نسختان جديدتان من الاستبيان من الخادم.</numerusform><numerusform>وصلت %n نسخ جديدة من الاستبيان من الخادم.</numerusform><numerusform>وصلت %n نسخة جديدة من الاستبيان من الخادم.</numerusform><numerusform>وصلت %n نسخة جديدة من الاستبيان من الخادم.</numerusform></translation>
    </message>
    <message>
        <source>{form_id}: {total} complete interviews on the server, {here} from this laptop and {others} from others.</source>
        <translation>{form_id}: {total} مقابلة مكتملة على الخادم، {here} من هذا الحاسوب و{others} من غيره.</translation>
    </message>
    <message>
        <source>no questionnaire</source>
        <translation>لا استبيان</translation>
    </message>
    <message>
        <source>{file} was written: {interviews} interview(s) and {versions} questionnaire version(s) ({forms}), locked with the team passphrase.</source>
        <translation>كُتب {file}: {interviews} مقابلة و{versions} نسخة من الاستبيان ({forms})، مقفل بعبارة مرور الفريق.</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>Several answers could be ticked. Percent of cases is out of the {answered} people who ticked at least one answer (missing codes such as “Don't know” included); percent of responses is out of all the answers ticked.</source>
        <translation>كان يمكن اختيار عدة إجابات. نسبة الحالات من {answered} شخصًا اختاروا إجابة واحدة على الأقل (بما في ذلك رموز القيم المفقودة مثل «لا أعرف»)؛ ونسبة الإجابات من كل الإجابات المختارة.</translation>
    </message>
    <message>
        <source>Several answers could be ticked. Percent of cases is out of the {answered} people who ticked at least one answer; percent of responses is out of all the answers ticked.</source>
        <translation>كان يمكن اختيار عدة إجابات. نسبة الحالات من {answered} شخصًا اختاروا إجابة واحدة على الأقل؛ ونسبة الإجابات من كل الإجابات المختارة.</translation>
    </message>
    <message>
        <source>{label} (missing code)</source>
        <translation>{label} (رمز قيمة مفقودة)</translation>
    </message>
    <message>
        <source>5th percentile (in place of the smallest answer, given by fewer than {n})</source>
        <translation>المئين الخامس (بدل أصغر إجابة، أعطاها أقل من {n})</translation>
    </message>
    <message>
        <source>95th percentile (in place of the largest answer, given by fewer than {n})</source>
        <translation>المئين الخامس والتسعون (بدل أكبر إجابة، أعطاها أقل من {n})</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>أجابوا</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>لا إجابة</translation>
    </message>
    <message>
        <source>Not asked (skipped)</source>
        <translation>لم يُطرح (تم تخطيه)</translation>
    </message>
    <message>
        <source>Not in this version of the questionnaire</source>
        <translation>ليس في هذه النسخة من الاستبيان</translation>
    </message>
    <message>
        <source>Not in the imported file</source>
        <translation>ليس في الملف المستورد</translation>
    </message>
    <message>
        <source>Not in this version of the questionnaire, or not in the imported file</source>
        <translation>ليس في هذه النسخة من الاستبيان، أو ليس في الملف المستورد</translation>
    </message>
    <message>
        <source>Total interviews</source>
        <translation>مجموع المقابلات</translation>
    </message>
    <message>
        <source>Answers ticked in all</source>
        <translation>كل الإجابات المختارة</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>المتوسط</translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation>الانحراف المعياري</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>الوسيط</translation>
    </message>
    <message>
        <source>Lower quartile</source>
        <translation>الربيع الأدنى</translation>
    </message>
    <message>
        <source>Upper quartile</source>
        <translation>الربيع الأعلى</translation>
    </message>
    <message>
        <source>Smallest</source>
        <translation>الأصغر</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>الأكبر</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>العدد</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <source>Valid percent</source>
        <translation>النسبة الصالحة</translation>
    </message>
    <message>
        <source>Percent of cases</source>
        <translation>نسبة الحالات</translation>
    </message>
    <message>
        <source>Percent of responses</source>
        <translation>نسبة الإجابات</translation>
    </message>
    <message>
        <source>Its statistics are hidden: so few different numbers were given that they would tell how many people gave each.</source>
        <translation>إحصاءاته مخفية: أُعطيت أعداد مختلفة قليلة جدًا بحيث تكشف كم شخصًا أعطى كل واحد منها.</translation>
    </message>
    <message>
        <source>Its mean and standard deviation are hidden: so few different numbers were given that they would tell how many people gave each.</source>
        <translation>متوسطه وانحرافه المعياري مخفيان: أُعطيت أعداد مختلفة قليلة جدًا بحيث يكشفان كم شخصًا أعطى كل واحد منها.</translation>
    </message>
    <message>
        <source>Percent is of all {interviews} interviews; valid percent is of the {valid} valid answers (missing codes left out).</source>
        <translation>النسبة من كل المقابلات ({interviews})؛ والنسبة الصالحة من الإجابات الصالحة ({valid}) (بدون رموز القيم المفقودة).</translation>
    </message>
    <message>
        <source>Percent is of all {interviews} interviews; valid percent is of the {valid} valid answers.</source>
        <translation>النسبة من كل المقابلات ({interviews})؛ والنسبة الصالحة من الإجابات الصالحة ({valid}).</translation>
    </message>
    <message>
        <source>Percent is of all {interviews} interviews.</source>
        <translation>النسبة من كل المقابلات ({interviews}).</translation>
    </message>
    <message>
        <source>% {answer}</source>
        <translation>% {answer}</translation>
    </message>
    <message>
        <source>Valid % {answer}</source>
        <translation>% صالحة {answer}</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>العبارة</translation>
    </message>
    <message>
        <source>Small numbers are NOT hidden in this workbook: it may identify people and must not leave the group.</source>
        <translation>الأعداد الصغيرة ليست مخفية في هذا المصنف: قد يكشف هوية أشخاص ويجب ألا يخرج من المجموعة.</translation>
    </message>
    <message>
        <source>Numbers from 1 to {threshold} are hidden and shown as “{marker}”, and so are their percentages. Zeros are shown. Where a hidden number could be worked out from the other tables (totals, percentages, or the questionnaire's skip logic, which ties a follow-up question to the answer that opens it), other numbers are hidden as well (also shown as “{marker}”), so that no hidden number can be narrowed down to fewer than {values} possible values from everything this workbook shows. A percentage whose number, or whose denominator, is hidden is hidden too.</source>
        <translation>الأعداد من 1 إلى {threshold} مخفية وتظهر على شكل «{marker}»، وكذلك نسبها. الأصفار تظهر. إذا أمكن حساب عدد مخفي من الجداول الأخرى (المجاميع أو النسب أو منطق التخطي في الاستبيان، الذي يربط سؤال المتابعة بالإجابة التي تفتحه)، تُخفى أعداد أخرى أيضًا (تظهر أيضًا على شكل «{marker}»)، حتى لا يمكن حصر أي عدد مخفي في أقل من {values} قيم ممكنة من كل ما يعرضه هذا المصنف. النسبة التي عددها أو مقامها مخفي تُخفى أيضًا.</translation>
    </message>
    <message>
        <source>{count} question(s) asked once per instance of a repeat (such as each drug named) are not in these tables: see the Results window, or the interview-level files, which have one row per instance.</source>
        <translation>{count} سؤال يُسأل مرة لكل تكرار (مثل كل مادة مخدرة تُذكر) ليست في هذه الجداول: انظر نافذة النتائج، أو الملفات على مستوى المقابلة، التي فيها صف لكل تكرار.</translation>
    </message>
    <message>
        <source>Question and answers</source>
        <translation>السؤال والإجابات</translation>
    </message>
    <message>
        <source>Results in numbers</source>
        <translation>النتائج بالأعداد</translation>
    </message>
    <message>
        <source>Results in percentages</source>
        <translation>النتائج بالنسب</translation>
    </message>
    <message>
        <source>Valid percentage</source>
        <translation>النسبة الصالحة</translation>
    </message>
    <message>
        <source>Number of answers not available</source>
        <translation>عدد الإجابات غير المتوفرة</translation>
    </message>
    <message>
        <source>Percentage of answers not available</source>
        <translation>نسبة الإجابات غير المتوفرة</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>الرسوم البيانية</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>Each statement's answers: numbers, then percentages of those who answered it, then valid percentages (missing codes left out).</source>
        <translation>إجابات كل عبارة: الأعداد، ثم النسب ممن أجابوا عليها، ثم النسب الصالحة (بدون رموز القيم المفقودة).</translation>
    </message>
    <message>
        <source>Each statement's answers: numbers, then percentages of those who answered it.</source>
        <translation>إجابات كل عبارة: الأعداد، ثم النسب ممن أجابوا عليها.</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>عدد الأشخاص</translation>
    </message>
    <message>
        <source>Charts of the Summary sheet's numbers (hidden numbers show no bar).</source>
        <translation>رسوم بيانية لأعداد ورقة الملخص (الأعداد المخفية ليس لها عمود).</translation>
    </message>
    <message>
        <source>This file has one row per interview. In a small survey a row can identify the person interviewed (site, date, sex and age are often enough), even with names left out.</source>
        <translation>في هذا الملف صف لكل مقابلة. في استبيان صغير قد يكشف الصف هوية الشخص الذي أُجريت معه المقابلة (الموقع والتاريخ والجنس والعمر تكفي غالبًا)، حتى بدون الأسماء.</translation>
    </message>
    <message>
        <source>“{marker}” = hidden to protect the people interviewed (see the Cover sheet).</source>
        <translation>«{marker}» = مخفي لحماية من أُجريت معهم المقابلات (انظر ورقة الغلاف).</translation>
    </message>
    <message>
        <source>Small numbers are NOT hidden in this workbook (see the Cover sheet).</source>
        <translation>الأعداد الصغيرة ليست مخفية في هذا المصنف (انظر ورقة الغلاف).</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>الغلاف</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>غير مسجّل</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>الاستبيان</translation>
    </message>
    <message>
        <source>Questionnaire id</source>
        <translation>معرّف الاستبيان</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>النسخ</translation>
    </message>
    <message>
        <source>Version labels</source>
        <translation>تسميات النسخ</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>المقابلات</translation>
    </message>
    <message>
        <source>Dates of the interviews</source>
        <translation>تواريخ المقابلات</translation>
    </message>
    <message numerus="yes">
        <source>%n numbers hidden (a number shown in several places, such as a grid and its statements, is counted once): the numbers from 1 to {threshold}, and other numbers hidden to protect them, because the small ones could otherwise be worked out from totals, percentages or the questionnaire's skip logic. How many are hidden for each reason is not said: that too would help to work them out.</source>
        <translation><numerusform>عدد الأعداد المخفية: %n (العدد الذي يظهر في عدة أماكن، مثل الشبكة وعباراتها، يُحسب مرة واحدة): الأعداد من 1 إلى {threshold}، وأعداد أخرى مخفية لحمايتها، لأن الأعداد الصغيرة يمكن حسابها بغير ذلك من المجاميع أو النسب أو منطق التخطي في الاستبيان. لا يُذكر كم عددًا أُخفي لكل سبب: فهذا أيضًا يساعد على حسابها.</numerusform><numerusform>عدد الأعداد المخفية: %n (العدد الذي يظهر في عدة أماكن، مثل الشبكة وعباراتها، يُحسب مرة واحدة): الأعداد من 1 إلى {threshold}، وأعداد أخرى مخفية لحمايتها، لأن الأعداد الصغيرة يمكن حسابها بغير ذلك من المجاميع أو النسب أو منطق التخطي في الاستبيان. لا يُذكر كم عددًا أُخفي لكل سبب: فهذا أيضًا يساعد على حسابها.</numerusform><numerusform>عدد الأعداد المخفية: %n (العدد الذي يظهر في عدة أماكن، مثل الشبكة وعباراتها، يُحسب مرة واحدة): الأعداد من 1 إلى {threshold}، وأعداد أخرى مخفية لحمايتها، لأن الأعداد الصغيرة يمكن حسابها بغير ذلك من المجاميع أو النسب أو منطق التخطي في الاستبيان. لا يُذكر كم عددًا أُخفي لكل سبب: فهذا أيضًا يساعد على حسابها.</numerusform><numerusform>عدد الأعداد المخفية: %n (العدد الذي يظهر في عدة أماكن، مثل الشبكة وعباراتها، يُحسب مرة واحدة): الأعداد من 1 إلى {threshold}، وأعداد أخرى مخفية لحمايتها، لأن الأعداد الصغيرة يمكن حسابها بغير ذلك من المجاميع أو النسب أو منطق التخطي في الاستبيان. لا يُذكر كم عددًا أُخفي لكل سبب: فهذا أيضًا يساعد على حسابها.</numerusform><numerusform>عدد الأعداد المخفية: %n (العدد الذي يظهر في عدة أماكن، مثل الشبكة وعباراتها، يُحسب مرة واحدة): الأعداد من 1 إلى {threshold}، وأعداد أخرى مخفية لحمايتها، لأن الأعداد الصغيرة يمكن حسابها بغير ذلك من المجاميع أو النسب أو منطق التخطي في الاستبيان. لا يُذكر كم عددًا أُخفي لكل سبب: فهذا أيضًا يساعد على حسابها.</numerusform><numerusform>عدد الأعداد المخفية: %n (العدد الذي يظهر في عدة أماكن، مثل الشبكة وعباراتها، يُحسب مرة واحدة): الأعداد من 1 إلى {threshold}، وأعداد أخرى مخفية لحمايتها، لأن الأعداد الصغيرة يمكن حسابها بغير ذلك من المجاميع أو النسب أو منطق التخطي في الاستبيان. لا يُذكر كم عددًا أُخفي لكل سبب: فهذا أيضًا يساعد على حسابها.</numerusform></translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>من {first} إلى {last}</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>المواقع</translation>
    </message>
    <message>
        <source>{marker} (from 1 to {threshold}, or hidden so that such a small number cannot be worked out from it, like every hidden number in this workbook)</source>
        <translation>{marker} (من 1 إلى {threshold}، أو مخفي حتى لا يمكن استنتاج عدد صغير كهذا منه، مثل كل رقم مخفي في هذا المصنف)</translation>
    </message>
    <message>
        <source>Interviews included</source>
        <translation>المقابلات المشمولة</translation>
    </message>
    <message>
        <source>Small numbers</source>
        <translation>الأعداد الصغيرة</translation>
    </message>
    <message>
        <source>Numbers hidden</source>
        <translation>الأعداد المخفية</translation>
    </message>
    <message>
        <source>Smallest and largest answers</source>
        <translation>أصغر وأكبر الإجابات</translation>
    </message>
    <message>
        <source>Mean and standard deviation</source>
        <translation>المتوسط والانحراف المعياري</translation>
    </message>
    <message>
        <source>Repeated questions</source>
        <translation>الأسئلة المتكررة</translation>
    </message>
    <message>
        <source>Interview-level data</source>
        <translation>البيانات على مستوى المقابلة</translation>
    </message>
    <message>
        <source>De-identified</source>
        <translation>مجهول الهوية</translation>
    </message>
    <message>
        <source>Yes: written answers, locations, questions marked as identifying and interviewer names are left out.</source>
        <translation>نعم: الإجابات المكتوبة والأماكن والأسئلة المعلَّمة ككاشفة للهوية وأسماء الباحثين الميدانيين محذوفة.</translation>
    </message>
    <message>
        <source>No: written answers are included; this file may identify people.</source>
        <translation>لا: الإجابات المكتوبة مشمولة؛ هذا الملف قد يكشف هوية أشخاص.</translation>
    </message>
    <message>
        <source>Participant codes</source>
        <translation>رموز المشاركين</translation>
    </message>
    <message>
        <source>Never exported.</source>
        <translation>لا تُصدَّر أبدًا.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>صُنع في</translation>
    </message>
    <message>
        <source>Made with</source>
        <translation>صُنع باستخدام</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>الأوراق</translation>
    </message>
    <message>
        <source>Summary: the results, question by question. Charts: a chart per question with a list of answers. Repeats: the questions asked for each instance of a repeat, by person. Codebook: each question, its answers and when it is asked.</source>
        <translation>الملخص: النتائج، سؤالًا بسؤال. الرسوم البيانية: رسم لكل سؤال مع قائمة إجابات. دليل الرموز: كل سؤال وإجاباته ومتى يُسأل. التكرارات: الأسئلة المطروحة لكل عنصر من التكرار، حسب الأشخاص.</translation>
    </message>
    <message>
        <source>Summary: the results, question by question. Charts: a chart per question with a list of answers. Codebook: each question, its answers and when it is asked.</source>
        <translation>الملخص: النتائج، سؤالًا بسؤال. الرسوم البيانية: رسم لكل سؤال مع قائمة إجابات. دليل الرموز: كل سؤال وإجاباته ومتى يُسأل.</translation>
    </message>
    <message>
        <source>None: no number in this workbook is from 1 to {threshold}.</source>
        <translation>لا شيء: لا يوجد في هذا المصنف عدد من 1 إلى {threshold}.</translation>
    </message>
    <message>
        <source>1 number hidden: a number from 1 to {threshold}, or one hidden to protect such a number, because it could otherwise be worked out from totals, percentages or the questionnaire's skip logic.</source>
        <translation>عدد واحد مخفي: عدد من 1 إلى {threshold}، أو عدد أُخفي لحماية عدد كهذا، لأنه يمكن بغير ذلك حسابه من المجاميع أو النسب أو منطق التخطي في الاستبيان.</translation>
    </message>
    <message numerus="yes">
        <source>Hidden numbers that follow from the number of interviews alone and could not be protected: %n.</source>
        <translation><numerusform>الأعداد المخفية التي تنتج من عدد المقابلات وحده ولم يمكن حمايتها: %n.</numerusform><numerusform>الأعداد المخفية التي تنتج من عدد المقابلات وحده ولم يمكن حمايتها: %n.</numerusform><numerusform>الأعداد المخفية التي تنتج من عدد المقابلات وحده ولم يمكن حمايتها: %n.</numerusform><numerusform>الأعداد المخفية التي تنتج من عدد المقابلات وحده ولم يمكن حمايتها: %n.</numerusform><numerusform>الأعداد المخفية التي تنتج من عدد المقابلات وحده ولم يمكن حمايتها: %n.</numerusform><numerusform>الأعداد المخفية التي تنتج من عدد المقابلات وحده ولم يمكن حمايتها: %n.</numerusform></translation>
    </message>
    <message>
        <source>Shown only when at least {count} people gave that answer; otherwise the 5th or 95th percentile is shown in its place, and its row says so.</source>
        <translation>تظهر فقط إذا أعطى هذه الإجابة {count} أشخاص على الأقل؛ وإلا يظهر المئين الخامس أو الخامس والتسعون مكانها، ويقول صفها ذلك.</translation>
    </message>
    <message>
        <source>Hidden, with the number who answered, for a number question whose number of answers is hidden; and hidden when so few different numbers were given that they would tell how many people (from 1 to {threshold}) gave one of them: the question's note says so.</source>
        <translation>مخفيان، مع عدد من أجابوا، لسؤال رقمي عدد إجاباته مخفي؛ ومخفيان عندما أُعطيت أعداد مختلفة قليلة جدًا بحيث يكشفان كم شخصًا (من 1 إلى {threshold}) أعطى أحدها: ملاحظة السؤال تقول ذلك.</translation>
    </message>
    <message>
        <source>Not in this workbook. It was written, at the exporter's request, to a separate file ending in -interviews.xlsx, which stays within the group: {warning}</source>
        <translation>ليست في هذا المصنف. كُتبت، بطلب من الشخص الذي صدّرها، في ملف منفصل ينتهي بـ -interviews.xlsx، يبقى داخل المجموعة: {warning}</translation>
    </message>
    <message>
        <source>None: this workbook has no row per interview, only the summary tables, so it can be passed on.</source>
        <translation>لا شيء: هذا المصنف ليس فيه صف لكل مقابلة، فقط جداول الملخص، لذلك يمكن تسليمه.</translation>
    </message>
    <message>
        <source>test language</source>
        <translation>لغة اختبار</translation>
    </message>
    <message>
        <source>About</source>
        <translation>عن الملف</translation>
    </message>
    <message numerus="yes">
        <source>{title}: one row per interview (%n interviews).</source>
        <translation><numerusform>{title}: صف لكل مقابلة (%n مقابلة).</numerusform><numerusform>{title}: صف لكل مقابلة (مقابلة واحدة).</numerusform><numerusform>{title}: صف لكل مقابلة (مقابلتان).</numerusform><numerusform>{title}: صف لكل مقابلة (%n مقابلات).</numerusform><numerusform>{title}: صف لكل مقابلة (%n مقابلة).</numerusform><numerusform>{title}: صف لكل مقابلة (%n مقابلة).</numerusform></translation>
    </message>
    <message>
        <source>Keep this file within the group. Give the health board the summary workbook instead.</source>
        <translation>احفظ هذا الملف داخل المجموعة. أعطِ الجهة الصحية مصنف الملخص بدلًا منه.</translation>
    </message>
    <message>
        <source>Data: one row per interview. Codebook: what each column means.</source>
        <translation>Data: صف لكل مقابلة. دليل الرموز: ماذا يعني كل عمود.</translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <translation>اللغة: {language}</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>التكرارات</translation>
    </message>
    <message>
        <source>Questions asked for each instance of a repeat</source>
        <translation>الأسئلة المطروحة في كل تكرار</translation>
    </message>
    <message>
        <source>Number of people who ticked it</source>
        <translation>عدد الأشخاص الذين اختاروها</translation>
    </message>
    <message>
        <source>Number of people who gave it</source>
        <translation>عدد الأشخاص الذين أعطوها</translation>
    </message>
    <message>
        <source>% of the people who answered</source>
        <translation>% من الأشخاص الذين أجابوا</translation>
    </message>
    <message>
        <source>People who answered (for at least one {unit})</source>
        <translation>الأشخاص الذين أجابوا (عن {unit} واحد على الأقل)</translation>
    </message>
    <message>
        <source>Not asked, no answer or no {unit}</source>
        <translation>لم يُطرح، أو لا إجابة، أو لا {unit}</translation>
    </message>
    <message>
        <source>Codebook</source>
        <translation>دليل الرموز</translation>
    </message>
    <message>
        <source>only the months are given: with so few interviews, the days could help to tell who was interviewed</source>
        <translation>تُذكر الأشهر فقط: مع هذا العدد القليل من المقابلات، قد تساعد الأيام على معرفة من أُجريت معه المقابلة</translation>
    </message>
    <message>
        <source>One row per instance of “{unit}” ({name})</source>
        <translation>صف لكل تكرار من «{unit}» ({name})</translation>
    </message>
    <message>
        <source>Asked once for each instance of “{unit}”; counted by person: a person who gave an answer in several instances is counted once for it, so the counts can add up to more than the people who answered. Percentages are of the people who answered.</source>
        <translation>يُطرح مرة لكل تكرار من «{unit}»؛ ويُعدّ حسب الشخص: من أعطى إجابة في عدة تكرارات يُعدّ مرة واحدة لها، لذلك قد يزيد المجموع على عدد الذين أجابوا. النسب المئوية من الأشخاص الذين أجابوا.</translation>
    </message>
    <message>
        <source>the Repeats sheet</source>
        <translation>ورقة التكرارات</translation>
    </message>
    <message>
        <source>1 question asked once for each instance of a repeat (such as each drug named) is in {where}, counted by person, not by instance: a person is counted once for an answer however many times they gave it, so that small numbers are hidden for people, not instances.</source>
        <translation>سؤال واحد يُطرح مرة لكل تكرار (مثل كل مادة مذكورة) موجود في {where}، ويُعدّ حسب الشخص لا حسب التكرار: يُعدّ الشخص مرة واحدة للإجابة مهما تكرر إعطاؤه لها، كي تُخفى الأعداد الصغيرة للأشخاص لا للتكرارات.</translation>
    </message>
    <message numerus="yes">
        <source>%n questions asked once for each instance of a repeat (such as each drug named) are in {where}, counted by person, not by instance: a person is counted once for an answer however many times they gave it, so that small numbers are hidden for people, not instances.</source>
        <translation><numerusform>لا أسئلة تُطرح مرة لكل تكرار في {where}.</numerusform><numerusform>سؤال واحد يُطرح مرة لكل تكرار (مثل كل مادة مذكورة) موجود في {where}، ويُعدّ حسب الشخص لا حسب التكرار: يُعدّ الشخص مرة واحدة للإجابة مهما تكرر إعطاؤه لها، كي تُخفى الأعداد الصغيرة للأشخاص لا للتكرارات.</numerusform><numerusform>سؤالان يُطرحان مرة لكل تكرار (مثل كل مادة مذكورة) موجودان في {where}، ويُعدّان حسب الشخص لا حسب التكرار: يُعدّ الشخص مرة واحدة للإجابة مهما تكرر إعطاؤه لها، كي تُخفى الأعداد الصغيرة للأشخاص لا للتكرارات.</numerusform><numerusform>%n أسئلة تُطرح مرة لكل تكرار (مثل كل مادة مذكورة) موجودة في {where}، وتُعدّ حسب الشخص لا حسب التكرار: يُعدّ الشخص مرة واحدة للإجابة مهما تكرر إعطاؤه لها، كي تُخفى الأعداد الصغيرة للأشخاص لا للتكرارات.</numerusform><numerusform>%n سؤالًا تُطرح مرة لكل تكرار (مثل كل مادة مذكورة) موجودة في {where}، وتُعدّ حسب الشخص لا حسب التكرار: يُعدّ الشخص مرة واحدة للإجابة مهما تكرر إعطاؤه لها، كي تُخفى الأعداد الصغيرة للأشخاص لا للتكرارات.</numerusform><numerusform>%n سؤال تُطرح مرة لكل تكرار (مثل كل مادة مذكورة) موجودة في {where}، وتُعدّ حسب الشخص لا حسب التكرار: يُعدّ الشخص مرة واحدة للإجابة مهما تكرر إعطاؤه لها، كي تُخفى الأعداد الصغيرة للأشخاص لا للتكرارات.</numerusform></translation>
    </message>
    <message>
        <source>1 question inside repeats that is not answered by choosing (a number, a date, a written answer) is not in these tables: see the interview-level files, which have one row per instance and stay within the group.</source>
        <translation>سؤال واحد داخل التكرارات لا يُجاب عنه بالاختيار (رقم، تاريخ، إجابة مكتوبة) ليس في هذه الجداول: انظر ملفات المقابلات، التي فيها صف لكل تكرار وتبقى داخل المجموعة.</translation>
    </message>
    <message numerus="yes">
        <source>%n questions inside repeats that are not answered by choosing (numbers, dates, written answers) are not in these tables: see the interview-level files, which have one row per instance and stay within the group.</source>
        <translation><numerusform>لا أسئلة داخل التكرارات خارج هذه الجداول.</numerusform><numerusform>سؤال واحد داخل التكرارات لا يُجاب عنه بالاختيار (أرقام، تواريخ، إجابات مكتوبة) ليس في هذه الجداول: انظر ملفات المقابلات، التي فيها صف لكل تكرار وتبقى داخل المجموعة.</numerusform><numerusform>سؤالان داخل التكرارات لا يُجاب عنهما بالاختيار (أرقام، تواريخ، إجابات مكتوبة) ليسا في هذه الجداول: انظر ملفات المقابلات، التي فيها صف لكل تكرار وتبقى داخل المجموعة.</numerusform><numerusform>%n أسئلة داخل التكرارات لا يُجاب عنها بالاختيار (أرقام، تواريخ، إجابات مكتوبة) ليست في هذه الجداول: انظر ملفات المقابلات، التي فيها صف لكل تكرار وتبقى داخل المجموعة.</numerusform><numerusform>%n سؤالًا داخل التكرارات لا يُجاب عنها بالاختيار (أرقام، تواريخ، إجابات مكتوبة) ليست في هذه الجداول: انظر ملفات المقابلات، التي فيها صف لكل تكرار وتبقى داخل المجموعة.</numerusform><numerusform>%n سؤال داخل التكرارات لا يُجاب عنها بالاختيار (أرقام، تواريخ، إجابات مكتوبة) ليست في هذه الجداول: انظر ملفات المقابلات، التي فيها صف لكل تكرار وتبقى داخل المجموعة.</numerusform></translation>
    </message>
</context>
</TS>