<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>About</name>
    <message>
        <source>still opening</source>
        <translation>لا يزال قيد الفتح</translation>
    </message>
    <message>
        <source>Backups are kept beside it: one a day, and before every upgrade, purge and restore.</source>
        <translation>تُحفظ نسخ احتياطية بجانبه: واحدة كل يوم، وقبل كل تحديث ومسح نهائي واسترجاع.</translation>
    </message>
    <message>
        <source>Surveys by peer researchers, offline: questionnaires, interviews, summary tables and exports for the health board.</source>
        <translation>مسوح يجريها باحثون من الأقران، دون إنترنت: استبيانات ومقابلات وجداول ملخصة وتصدير للجهة الصحية.</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later ({licence}). You may share and change DuoDesk under its terms; it comes with no warranty.</source>
        <translation>الرخصة: GNU General Public License، الإصدار 3 أو أحدث ({licence}). يمكنك مشاركة DuoDesk وتغييره وفق شروطها؛ ولا يأتي بأي ضمان.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This project:&lt;/b&gt; {project}</source>
        <translation>&lt;b&gt;هذا المشروع:&lt;/b&gt; {project}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Log files:&lt;/b&gt; {folder}</source>
        <translation>&lt;b&gt;ملفات السجل:&lt;/b&gt; {folder}</translation>
    </message>
    <message>
        <source>About DuoDesk</source>
        <translation>حول DuoDesk</translation>
    </message>
    <message>
        <source>&amp;About DuoDesk</source>
        <translation>&amp;حول DuoDesk</translation>
    </message>
</context>
<context>
    <name>AccessHooks</name>
    <message>
        <source>Not for this role</source>
        <translation>ليس لهذا الدور</translation>
    </message>
    <message>
        <source>P&amp;eople and roles…</source>
        <translation>الأ&amp;شخاص والأدوار…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>تسجيل ال&amp;خروج</translation>
    </message>
    <message>
        <source>Signed in: {person}</source>
        <translation>مسجّل الدخول: {person}</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Theme</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Both gave it</source>
        <translation>أعطاه الاثنان</translation>
    </message>
    <message>
        <source>Main only</source>
        <translation>الأساسي فقط</translation>
    </message>
    <message>
        <source>Second only</source>
        <translation>الثاني فقط</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>لا أحد</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>اتفاق</translation>
    </message>
    <message>
        <source>Kappa</source>
        <translation>كابا</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>Main coding (blind)</source>
        <translation>الترميز الأساسي (دون اطلاع)</translation>
    </message>
    <message>
        <source>Second coder</source>
        <translation>المرمّز الثاني</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>تمت التسوية</translation>
    </message>
    <message>
        <source>almost perfect</source>
        <translation>شبه تام</translation>
    </message>
    <message>
        <source>substantial</source>
        <translation>كبير</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <source>slight</source>
        <translation>طفيف</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>ضعيف</translation>
    </message>
    <message>
        <source>cannot say</source>
        <translation>لا يمكن القول</translation>
    </message>
    <message>
        <source>{kappa} {words}</source>
        <translation>{kappa} {words}</translation>
    </message>
    <message>
        <source>Agreement between coders</source>
        <translation>الاتفاق بين المرمّزين</translation>
    </message>
    <message>
        <source>The main coding compared with:</source>
        <translation>الترميز الأساسي مقارنةً بـ:</translation>
    </message>
    <message>
        <source>Agreement per theme</source>
        <translation>الاتفاق لكل موضوع</translation>
    </message>
    <message>
        <source>Answers coded differently</source>
        <translation>إجابات رُمّزت بشكل مختلف</translation>
    </message>
    <message>
        <source>Themes the answer keeps: tick each one to keep</source>
        <translation>المواضيع التي تبقى للإجابة: ضع علامة على كل واحد</translation>
    </message>
    <message>
        <source>Not codable</source>
        <translation>لا يمكن ترميزها</translation>
    </message>
    <message>
        <source>&amp;Save the agreed coding for this answer</source>
        <translation>ا&amp;حفظ الترميز المتفق عليه لهذه الإجابة</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>The agreed coding of the answer chosen above: keep the themes you both agree on, and only those (both coders' or one coder's). Keep no theme and the answer is saved as Not codable: it fits none of the themes.</source>
        <translation>الترميز المتفق عليه للإجابة المختارة أعلاه: أبقِ المواضيع التي تتفقان عليها فقط (من المرمّزين الاثنين أو من واحد). إن لم تُبقِ أي موضوع تُحفظ الإجابة كـ «لا يمكن ترميزها»: لا تناسب أي موضوع.</translation>
    </message>
    <message>
        <source>Answers coded differently (settle them together):</source>
        <translation>إجابات رُمّزت بشكل مختلف (قوما بتسويتها معًا):</translation>
    </message>
    <message>
        <source>Nobody has coded these answers as a second coder yet. A second coder types their name in the coding screen's Coder box and codes the answers blind.</source>
        <translation>لم يرمّز أحد هذه الإجابات كمرمّز ثانٍ بعد. يكتب المرمّز الثاني اسمه في خانة «المرمّز» في شاشة الترميز ويرمّز الإجابات دون اطلاع.</translation>
    </message>
    <message>
        <source>compare the coders</source>
        <translation>مقارنة المرمّزين</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answers coded by both.</source>
        <translation>
            <numerusform>لا إجابة رمّزها الاثنان.</numerusform>
            <numerusform>إجابة واحدة رمّزها الاثنان.</numerusform>
            <numerusform>إجابتان رمّزهما الاثنان.</numerusform>
            <numerusform>%Ln إجابات رمّزها الاثنان.</numerusform>
            <numerusform>%Ln إجابة رمّزها الاثنان.</numerusform>
            <numerusform>%Ln إجابة رمّزها الاثنان.</numerusform>
        </translation>
    </message>
    <message>
        <source>{identical} ({share}) were given exactly the same themes.</source>
        <translation>{identical} ({share}) أُعطيت المواضيع نفسها تمامًا.</translation>
    </message>
    <message>
        <source>Kappa: 1 is perfect agreement, 0 no better than chance.</source>
        <translation>كابا: 1 اتفاق تام، و0 ليس أفضل من الصدفة.</translation>
    </message>
    <message>
        <source>These figures compare the coders' blind coding: settling an answer below changes the main coding, not them.</source>
        <translation>تقارن هذه الأرقام الترميز دون اطلاع: تسوية إجابة أدناه تغيّر الترميز الأساسي لا هذه الأرقام.</translation>
    </message>
    <message>
        <source>no theme</source>
        <translation>لا موضوع</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>ليس بعد</translation>
    </message>
    <message>
        <source>Yes: {themes}</source>
        <translation>نعم: {themes}</translation>
    </message>
    <message>
        <source>both coders</source>
        <translation>المرمّزان الاثنان</translation>
    </message>
    <message>
        <source>main coding</source>
        <translation>الترميز الأساسي</translation>
    </message>
    <message>
        <source>second coder</source>
        <translation>المرمّز الثاني</translation>
    </message>
    <message>
        <source>{theme}   (given by: {whose})</source>
        <translation>{theme}   (أعطاه: {whose})</translation>
    </message>
    <message>
        <source>save the coding</source>
        <translation>حفظ الترميز</translation>
    </message>
</context>
<context>
    <name>AnswerRulesEditor</name>
    <message>
        <source>Lowest number allowed</source>
        <translation>أصغر رقم مسموح</translation>
    </message>
    <message>
        <source>Highest number allowed</source>
        <translation>أكبر رقم مسموح</translation>
    </message>
    <message>
        <source>The date cannot be in the future</source>
        <translation>لا يمكن أن يكون التاريخ في المستقبل</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>بلا حد</translation>
    </message>
    <message>
        <source>Most answers that can be ticked</source>
        <translation>أكبر عدد من الإجابات يمكن تحديده</translation>
    </message>
    <message>
        <source>Option that cannot be ticked with others</source>
        <translation>خيار لا يمكن تحديده مع غيره</translation>
    </message>
    <message>
        <source>Answer rule written by hand</source>
        <translation>قاعدة إجابة مكتوبة يدويًا</translation>
    </message>
    <message>
        <source>Write the rule by hand instead…</source>
        <translation>كتابة القاعدة يدويًا بدلًا من ذلك…</translation>
    </message>
    <message>
        <source>Lowest allowed:</source>
        <translation>الحد الأدنى:</translation>
    </message>
    <message>
        <source>Highest allowed:</source>
        <translation>الحد الأعلى:</translation>
    </message>
    <message>
        <source>At most this many ticks:</source>
        <translation>أقصى عدد من الاختيارات:</translation>
    </message>
    <message>
        <source>Cannot be ticked with others:</source>
        <translation>لا يُحدد مع غيره:</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>القاعدة:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>Empty: any answer is allowed.</source>
        <translation>فارغة: أي إجابة مسموحة.</translation>
    </message>
    <message>
        <source>⚠ {problem} (at character {position})</source>
        <translation>⚠ {problem} (عند الحرف {position})</translation>
    </message>
    <message>
        <source>✓ This rule can be used.</source>
        <translation>✓ يمكن استخدام هذه القاعدة.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>When (UTC)</source>
        <translation>متى (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>About</source>
        <translation>عن</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>سجل الإجراءات</translation>
    </message>
    <message numerus="yes">
        <source>The trail holds together: %Ln records, none of them changed and none removed between them. Records cut off at the end are not found this way: compare the fingerprint below with the one you noted down last time.</source>
        <translation>
            <numerusform>السجل متماسك: لا سجلات. لا تُكتشف بهذه الطريقة السجلات المقطوعة من النهاية: قارن البصمة أدناه بالبصمة التي دوّنتها آخر مرة.</numerusform>
            <numerusform>السجل متماسك: سجل واحد، لم يتغيّر. لا تُكتشف بهذه الطريقة السجلات المقطوعة من النهاية: قارن البصمة أدناه بالبصمة التي دوّنتها آخر مرة.</numerusform>
            <numerusform>السجل متماسك: سجلّان، لم يتغيّر أيّ منهما ولم يُحذف شيء بينهما. لا تُكتشف بهذه الطريقة السجلات المقطوعة من النهاية: قارن البصمة أدناه بالبصمة التي دوّنتها آخر مرة.</numerusform>
            <numerusform>السجل متماسك: %Ln سجلات، لم يتغيّر أيّ منها ولم يُحذف شيء بينها. لا تُكتشف بهذه الطريقة السجلات المقطوعة من النهاية: قارن البصمة أدناه بالبصمة التي دوّنتها آخر مرة.</numerusform>
            <numerusform>السجل متماسك: %Ln سجلًا، لم يتغيّر أيّ منها ولم يُحذف شيء بينها. لا تُكتشف بهذه الطريقة السجلات المقطوعة من النهاية: قارن البصمة أدناه بالبصمة التي دوّنتها آخر مرة.</numerusform>
            <numerusform>السجل متماسك: %Ln سجل، لم يتغيّر أيّ منها ولم يُحذف شيء بينها. لا تُكتشف بهذه الطريقة السجلات المقطوعة من النهاية: قارن البصمة أدناه بالبصمة التي دوّنتها آخر مرة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fingerprint of the newest record: {fingerprint}</source>
        <translation>بصمة أحدث سجل: {fingerprint}</translation>
    </message>
    <message>
        <source>Note it down (on paper, away from this laptop) each time you look: if a later check shows a fingerprint you did not note down, the newest records may have been cut off.</source>
        <translation>دوّنها (على الورق، بعيدًا عن هذا الحاسوب) في كل مرة تنظر فيها: إذا أظهر فحص لاحق بصمة لم تدوّنها، فربما قُطعت أحدث السجلات.</translation>
    </message>
    <message>
        <source>But the first {count} carry no key (written by an older DuoDesk, or rewritten by someone with the file): DuoDesk cannot vouch for them.</source>
        <translation>لكن أول {count} بلا مفتاح (كتبها إصدار أقدم من DuoDesk، أو أعاد كتابتها شخص لديه الملف): لا يستطيع DuoDesk أن يضمنها.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The trail cannot be checked in full on this laptop: {reason}.&lt;/b&gt; If this project was not used on another laptop, keep a copy of it and tell the coordinator.</source>
        <translation>&lt;b&gt;لا يمكن فحص السجل بالكامل على هذا الحاسوب: {reason}.&lt;/b&gt; إذا لم يُستخدم هذا المشروع على حاسوب آخر، فاحتفظ بنسخة منه وأخبر المنسّق.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The trail is broken: {reason}.&lt;/b&gt; Someone changed the project file outside DuoDesk. Keep a copy of it and tell the coordinator.</source>
        <translation>&lt;b&gt;السجل تالف: {reason}.&lt;/b&gt; غيّر أحدهم ملف المشروع خارج DuoDesk. احتفظ بنسخة منه وأخبر المنسّق.</translation>
    </message>
</context>
<context>
    <name>BandsEditor</name>
    <message>
        <source>Number question the bands are made from</source>
        <translation>سؤال الرقم الذي تُصنع منه الفئات</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>الفئات</translation>
    </message>
    <message>
        <source>Less than</source>
        <translation>أقل من</translation>
    </message>
    <message>
        <source>Call it</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Include the number itself (“up to 50”)</source>
        <translation>مع الرقم نفسه («حتى 50»)</translation>
    </message>
    <message>
        <source>Name for every other answer</source>
        <translation>اسم لكل الإجابات الأخرى</translation>
    </message>
    <message>
        <source>for example: 40 and over</source>
        <translation>مثلًا: 40 فأكثر</translation>
    </message>
    <message>
        <source>Add a band</source>
        <translation>إضافة فئة</translation>
    </message>
    <message>
        <source>Remove the chosen band</source>
        <translation>حذف الفئة المختارة</translation>
    </message>
    <message>
        <source>Put the answers to this number question:</source>
        <translation>ضع إجابات سؤال الرقم هذا:</translation>
    </message>
    <message>
        <source>into these bands:</source>
        <translation>في هذه الفئات:</translation>
    </message>
    <message>
        <source>Every other answer is called:</source>
        <translation>كل إجابة أخرى تُسمى:</translation>
    </message>
    <message>
        <source>(choose a number question)</source>
        <translation>(اختر سؤال رقم)</translation>
    </message>
    <message>
        <source>This calculation was written by hand and is kept as it is. Fill in the bands below to replace it.</source>
        <translation>كُتب هذا الحساب يدويًا ويبقى كما هو. املأ الفئات أدناه لاستبداله.</translation>
    </message>
    <message>
        <source>Choose a number question and the bands to put its answers into.</source>
        <translation>اختر سؤال رقم والفئات التي توضع فيها إجاباته.</translation>
    </message>
    <message>
        <source>Fill in a number question, each band and every other answer.</source>
        <translation>املأ سؤال الرقم وكل فئة وبقية الإجابات.</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Chart</source>
        <translation>رسم بياني</translation>
    </message>
    <message>
        <source>There is nothing to draw for this question.</source>
        <translation>لا يوجد ما يُرسم لهذا السؤال.</translation>
    </message>
    <message>
        <source>There is no chart to save for this question.</source>
        <translation>لا يوجد رسم بياني لحفظه لهذا السؤال.</translation>
    </message>
    <message>
        <source>{path}: the picture could not be written there.</source>
        <translation>{path}: تعذّر حفظ الصورة هناك.</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Number of people</source>
        <translation>عدد الأشخاص</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>% of those who answered each statement</source>
        <translation>% ممن أجابوا عن كل عبارة</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>Problems found in the questionnaire</source>
        <translation>مشكلات وُجدت في الاستبيان</translation>
    </message>
    <message>
        <source>Must be fixed: {problem}</source>
        <translation>يجب إصلاحه: {problem}</translation>
    </message>
    <message>
        <source>Check: {problem}</source>
        <translation>راجِع: {problem}</translation>
    </message>
    <message>
        <source>Click to go to it</source>
        <translation>انقر للانتقال إليه</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>لم توجد مشكلات.</translation>
    </message>
    <message numerus="yes">
        <source>%n things to look at (click one to go there):</source>
        <translation>
            <numerusform>%n أمور للمراجعة (انقر على أحدها للانتقال إليه):</numerusform>
            <numerusform>أمر واحد للمراجعة (انقر عليه للانتقال إليه):</numerusform>
            <numerusform>أمران للمراجعة (انقر على أحدهما للانتقال إليه):</numerusform>
            <numerusform>%n أمور للمراجعة (انقر على أحدها للانتقال إليه):</numerusform>
            <numerusform>%n أمرًا للمراجعة (انقر على أحدها للانتقال إليه):</numerusform>
            <numerusform>%n أمر للمراجعة (انقر على أحدها للانتقال إليه):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChoicePage</name>
    <message>
        <source>Frequency table</source>
        <translation>جدول التكرارات</translation>
    </message>
    <message>
        <source>{count_heading} giving each answer</source>
        <translation>{count_heading} لكل إجابة</translation>
    </message>
    <message>
        <source>{count_heading} with each answer</source>
        <translation>{count_heading} مع كل إجابة</translation>
    </message>
    <message>
        <source>Bar chart of the answers to: {question}</source>
        <translation>رسم بالأعمدة لإجابات: {question}</translation>
    </message>
    <message>
        <source>Nobody answered this question in these interviews.</source>
        <translation>لم يُجب أحد عن هذا السؤال في هذه المقابلات.</translation>
    </message>
</context>
<context>
    <name>ChoicesEditor</name>
    <message>
        <source>Answer options to use</source>
        <translation>خيارات الإجابة المستخدمة</translation>
    </message>
    <message>
        <source>Name of this list of options</source>
        <translation>اسم قائمة الخيارات هذه</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>الخيارات:</translation>
    </message>
    <message>
        <source>Name of the answer list:</source>
        <translation>اسم قائمة الإجابات:</translation>
    </message>
    <message>
        <source>Answer options</source>
        <translation>خيارات الإجابة</translation>
    </message>
    <message>
        <source>New option</source>
        <translation>خيار جديد</translation>
    </message>
    <message>
        <source>Type a new option and press Enter</source>
        <translation>اكتب خيارًا جديدًا واضغط Enter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Add “{label}”</source>
        <translation>إضافة «{label}»</translation>
    </message>
    <message>
        <source>Add {label} as a code for no answer</source>
        <translation>إضافة {label} كرمز لعدم الإجابة</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>نقل لأعلى</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>نقل لأسفل</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message numerus="yes">
        <source>These options are shared by %n questions: a change here changes them all.</source>
        <translation>
            <numerusform>تشترك %n أسئلة في هذه الخيارات: أي تغيير هنا يغيّرها كلها.</numerusform>
            <numerusform>يستخدم هذه الخيارات سؤال واحد.</numerusform>
            <numerusform>يشترك سؤالان في هذه الخيارات: أي تغيير هنا يغيّرهما كليهما.</numerusform>
            <numerusform>تشترك %n أسئلة في هذه الخيارات: أي تغيير هنا يغيّرها كلها.</numerusform>
            <numerusform>يشترك %n سؤالًا في هذه الخيارات: أي تغيير هنا يغيّرها كلها.</numerusform>
            <numerusform>يشترك %n سؤال في هذه الخيارات: أي تغيير هنا يغيّرها كلها.</numerusform>
        </translation>
    </message>
    <message>
        <source>These options come from {file}, which was not added with the questionnaire. DuoDesk asks for it when an interview starts.</source>
        <translation>تأتي هذه الخيارات من {file}، ولم يُضف مع الاستبيان. سيطلبه DuoDesk عند بدء مقابلة.</translation>
    </message>
    <message>
        <source>Option ({language})</source>
        <translation>الخيار ({language})</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>الخيار</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Code for
no answer</source>
        <translation>رمز لعدم
الإجابة</translation>
    </message>
    <message>
        <source>Code for no answer</source>
        <translation>رمز لعدم الإجابة</translation>
    </message>
    <message>
        <source>Not a code for no answer</source>
        <translation>ليس رمزًا لعدم الإجابة</translation>
    </message>
    <message>
        <source>{name}: (no options yet)</source>
        <translation>{name}: (لا خيارات بعد)</translation>
    </message>
    <message>
        <source>New list of options</source>
        <translation>قائمة خيارات جديدة</translation>
    </message>
    <message>
        <source>Add the option “{label}”</source>
        <translation>إضافة الخيار «{label}»</translation>
    </message>
    <message>
        <source>Move an option</source>
        <translation>نقل خيار</translation>
    </message>
    <message>
        <source>Remove the option “{code}”</source>
        <translation>حذف الخيار «{code}»</translation>
    </message>
    <message>
        <source>Change an option</source>
        <translation>تغيير خيار</translation>
    </message>
    <message>
        <source>Change an option's code</source>
        <translation>تغيير رمز خيار</translation>
    </message>
    <message>
        <source>Mark a code for no answer</source>
        <translation>تحديد رمز لعدم الإجابة</translation>
    </message>
    <message>
        <source>Unmark a code for no answer</source>
        <translation>إلغاء تحديد رمز لعدم الإجابة</translation>
    </message>
    <message>
        <source>Rename the list “{name}”</source>
        <translation>إعادة تسمية القائمة «{name}»</translation>
    </message>
</context>
<context>
    <name>ChoosePassphraseDialog</name>
    <message>
        <source>Too short</source>
        <translation>قصيرة جدًا</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>ضعيفة</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>جيدة</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>قوية</translation>
    </message>
    <message>
        <source>Choose words you will remember, for example four words that do not belong together (at least {minimum} characters). Write it down and keep it somewhere safe, away from the laptop: without it nobody can open the project, not even the people who made DuoDesk.</source>
        <translation>اختر كلمات ستتذكرها، مثل أربع كلمات لا علاقة بينها (على الأقل {minimum} حرفًا). اكتبها واحفظها في مكان آمن بعيدًا عن الحاسوب: دونها لا يستطيع أحد فتح المشروع، ولا حتى من صنعوا DuoDesk.</translation>
    </message>
    <message>
        <source>Lock the project with a passphrase</source>
        <translation>قفل المشروع بعبارة مرور</translation>
    </message>
    <message>
        <source>The interviews in this project are about people's health and drug use. With a passphrase the project file is encrypted: anyone who copies it from this laptop sees nothing.</source>
        <translation>تتناول المقابلات في هذا المشروع صحة الناس وتعاطيهم للمخدرات. مع عبارة المرور يُشفَّر ملف المشروع: من ينسخه من هذا الحاسوب لا يرى شيئًا.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>The new passphrase again</source>
        <translation>عبارة المرور الجديدة مرة أخرى</translation>
    </message>
    <message>
        <source>How strong the passphrase is</source>
        <translation>مدى قوة عبارة المرور</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>عبارة المرور الجديدة:</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>اكتبها مرة أخرى:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>القوة:</translation>
    </message>
    <message>
        <source>Use this passphrase</source>
        <translation>استخدام عبارة المرور هذه</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <source>DuoDesk will remind you every time it starts.</source>
        <translation>سيذكّرك DuoDesk في كل مرة يبدأ فيها.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>عبارتا المرور غير متطابقتين. اكتبهما مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>CodingWindow</name>
    <message>
        <source>Not coded yet</source>
        <translation>لم تُرمَّز بعد</translation>
    </message>
    <message>
        <source>Coded</source>
        <translation>مرمَّزة</translation>
    </message>
    <message>
        <source>Not codable</source>
        <translation>لا يمكن ترميزها</translation>
    </message>
    <message>
        <source>Not offered for coding: {names}. The questionnaire marks this question as identifying (the answers could tell who a person is), so they are never coded into themes or quoted.</source>
        <translation>غير معروض للترميز: {names}. يحدّد الاستبيان هذا السؤال كسؤال كاشف للهوية (قد تكشف الإجابات من هو الشخص)، فلا تُرمَّز إجاباته أبدًا ولا تُقتبس.</translation>
    </message>
    <message>
        <source>Not offered for coding: {names}. The questionnaire marks these questions as identifying (the answers could tell who a person is), so they are never coded into themes or quoted.</source>
        <translation>غير معروضة للترميز: {names}. يحدّد الاستبيان هذه الأسئلة كأسئلة كاشفة للهوية (قد تكشف الإجابات من هو الشخص)، فلا تُرمَّز إجاباتها أبدًا ولا تُقتبس.</translation>
    </message>
    <message>
        <source>Code written answers into themes: {title}</source>
        <translation>ترميز الإجابات المكتوبة في مواضيع: {title}</translation>
    </message>
    <message>
        <source>Code written answers into themes</source>
        <translation>ترميز الإجابات المكتوبة في مواضيع</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Main coding</source>
        <translation>الترميز الأساسي</translation>
    </message>
    <message>
        <source>Second coder's name (empty: the main coding)</source>
        <translation>اسم المرمّز الثاني (فارغ: الترميز الأساسي)</translation>
    </message>
    <message>
        <source>Leave empty for the main coding, the one counted in Results. A second coder types their name and codes without seeing the main coding.</source>
        <translation>اتركه فارغًا للترميز الأساسي، الذي يُحسب في النتائج. يكتب المرمّز الثاني اسمه ويرمّز دون أن يرى الترميز الأساسي.</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>السؤال:</translation>
    </message>
    <message>
        <source>Coder:</source>
        <translation>المرمّز:</translation>
    </message>
    <message>
        <source>Which answer, site and date</source>
        <translation>أي إجابة، والمكان والتاريخ</translation>
    </message>
    <message>
        <source>The written answer: press 1 to 9 to give a theme</source>
        <translation>الإجابة المكتوبة: اضغط من 1 إلى 9 لإعطاء موضوع</translation>
    </message>
    <message>
        <source>Coding of this answer</source>
        <translation>ترميز هذه الإجابة</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ السابقة</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>التالية ▶</translation>
    </message>
    <message>
        <source>Next not coded</source>
        <translation>التالية غير المرمّزة</translation>
    </message>
    <message>
        <source>Not codable (0)</source>
        <translation>لا يمكن ترميزها (0)</translation>
    </message>
    <message>
        <source>Themes: press a theme's number to give it</source>
        <translation>المواضيع: اضغط رقم الموضوع لإعطائه</translation>
    </message>
    <message>
        <source>A new theme</source>
        <translation>موضوع جديد</translation>
    </message>
    <message>
        <source>Name of a new theme</source>
        <translation>اسم موضوع جديد</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>إعادة تسمية…</translation>
    </message>
    <message>
        <source>Describe…</source>
        <translation>وصف…</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>دمج في…</translation>
    </message>
    <message>
        <source>Themes (press 1 to 9 to give or take one away)</source>
        <translation>المواضيع (اضغط من 1 إلى 9 لإعطاء موضوع أو إزالته)</translation>
    </message>
    <message>
        <source>Agreement between coders…</source>
        <translation>الاتفاق بين المرمّزين…</translation>
    </message>
    <message>
        <source>Quotes…</source>
        <translation>الاقتباسات…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>This questionnaire has no question answered in words, so there is nothing to code.</source>
        <translation>لا يحتوي هذا الاستبيان على سؤال يُجاب عنه بالكلمات، فلا يوجد ما يُرمَّز.</translation>
    </message>
    <message>
        <source>Questions not offered for coding</source>
        <translation>أسئلة غير معروضة للترميز</translation>
    </message>
    <message>
        <source>{coder}'s coding</source>
        <translation>ترميز {coder}</translation>
    </message>
    <message>
        <source>the main coding</source>
        <translation>الترميز الأساسي</translation>
    </message>
    <message numerus="yes">
        <source>{coded} of %Ln answers coded ({whose}).</source>
        <translation>
            <numerusform>رُمّز {coded} من %Ln إجابة ({whose}).</numerusform>
            <numerusform>رُمّز {coded} من إجابة واحدة ({whose}).</numerusform>
            <numerusform>رُمّز {coded} من إجابتين ({whose}).</numerusform>
            <numerusform>رُمّز {coded} من %Ln إجابات ({whose}).</numerusform>
            <numerusform>رُمّز {coded} من %Ln إجابة ({whose}).</numerusform>
            <numerusform>رُمّز {coded} من %Ln إجابة ({whose}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody has answered this question in words yet.</source>
        <translation>لم يُجب أحد عن هذا السؤال بالكلمات بعد.</translation>
    </message>
    <message>
        <source>There is nothing to code here: the only question answered in words is marked as identifying (see above).</source>
        <translation>لا يوجد ما يُرمَّز هنا: السؤال الوحيد الذي يُجاب عنه بالكلمات محدَّد ككاشف للهوية (انظر أعلاه).</translation>
    </message>
    <message>
        <source>There is nothing to code here: every question answered in words is marked as identifying (see above).</source>
        <translation>لا يوجد ما يُرمَّز هنا: كل الأسئلة التي يُجاب عنها بالكلمات محدَّدة ككاشفة للهوية (انظر أعلاه).</translation>
    </message>
    <message>
        <source>Answer {number} of {total}</source>
        <translation>الإجابة {number} من {total}</translation>
    </message>
    <message>
        <source>no site</source>
        <translation>لا مكان</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>لا تاريخ</translation>
    </message>
    <message>
        <source>Themes: {themes}</source>
        <translation>المواضيع: {themes}</translation>
    </message>
    <message>
        <source>Every answer is coded.</source>
        <translation>كل الإجابات مرمَّزة.</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Rename the theme</source>
        <translation>إعادة تسمية الموضوع</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>الاسم الجديد:</translation>
    </message>
    <message>
        <source>Describe the theme</source>
        <translation>وصف الموضوع</translation>
    </message>
    <message>
        <source>What answers given “{theme}” have in common (shown in the codebook):</source>
        <translation>ما تشترك فيه الإجابات التي أُعطيت «{theme}» (يظهر في دليل الترميز):</translation>
    </message>
    <message>
        <source>Merge the theme</source>
        <translation>دمج الموضوع</translation>
    </message>
    <message>
        <source>Every answer given “{theme}” gets this theme instead, and “{theme}” is removed:</source>
        <translation>كل إجابة أُعطيت «{theme}» تأخذ هذا الموضوع بدلًا منه، ويُحذف «{theme}»:</translation>
    </message>
    <message>
        <source>A second coder codes without seeing the main coding, so agreement and quotes are shown only in the main coding: empty the second coder's name to see them.</source>
        <translation>يرمّز المرمّز الثاني دون أن يرى الترميز الأساسي، لذا يظهر الاتفاق والاقتباسات في الترميز الأساسي فقط: امسح اسم المرمّز الثاني لتراها.</translation>
    </message>
    <message>
        <source>save the coding</source>
        <translation>حفظ الترميز</translation>
    </message>
</context>
<context>
    <name>Command line</name>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>لا يمكن قراءة {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <source>Question the condition looks at</source>
        <translation>السؤال الذي ينظر إليه الشرط</translation>
    </message>
    <message>
        <source>How the answer is compared</source>
        <translation>كيف تُقارن الإجابة</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>حذف هذا الشرط</translation>
    </message>
</context>
<context>
    <name>CrosstabView</name>
    <message>
        <source>less than 0.001</source>
        <translation>أقل من 0.001</translation>
    </message>
    <message>
        <source>Chi-square cannot be worked out for this table: it needs at least two answers given for each question.</source>
        <translation>لا يمكن حساب مربع كاي لهذا الجدول: يحتاج إلى إجابتين مختلفتين على الأقل لكل سؤال.</translation>
    </message>
    <message>
        <source>Chi-square = {chi_square} with {degrees} degrees of freedom, p = {p}.</source>
        <translation>مربع كاي = {chi_square} بدرجات حرية {degrees}، p = {p}.</translation>
    </message>
    <message>
        <source>Fisher's exact test (two-sided): p = {p}.</source>
        <translation>اختبار فيشر الدقيق (ثنائي الجانب): p = {p}.</translation>
    </message>
    <message>
        <source>p below 0.05: the answers to the two questions are probably related.</source>
        <translation>p أقل من 0.05: الإجابات عن السؤالين مرتبطة على الأرجح.</translation>
    </message>
    <message>
        <source>p of 0.05 or more: no clear sign that the answers to the two questions are related.</source>
        <translation>p تساوي 0.05 أو أكثر: لا توجد علامة واضحة على أن الإجابات عن السؤالين مرتبطة.</translation>
    </message>
    <message>
        <source>This project hides numbers from 1 to {threshold} in everything that leaves the group, so this table hides them as the workbook would: “{hidden}” marks a number fewer than {above}, or one hidden so that such a number cannot be worked out from the totals (which is which is not said: that too would help to work them out). Their percentages are hidden too.</source>
        <translation>يُخفي هذا المشروع الأعداد من 1 إلى {threshold} في كل ما يخرج من المجموعة، لذا يُخفيها هذا الجدول كما يفعل المصنف: «{hidden}» تعني عددًا أقل من {above}، أو عددًا أُخفي كي لا يُستنتج مثل هذا العدد من المجاميع (لا يُقال أيهما: فذلك أيضًا يساعد على استنتاجها). وتُخفى نسبها المئوية أيضًا.</translation>
    </message>
    <message>
        <source>Question down the side (rows)</source>
        <translation>السؤال على الجانب (الصفوف)</translation>
    </message>
    <message>
        <source>Question across the top (columns)</source>
        <translation>السؤال في الأعلى (الأعمدة)</translation>
    </message>
    <message>
        <source>What each cell shows</source>
        <translation>ما تعرضه كل خانة</translation>
    </message>
    <message>
        <source>&amp;Make the table</source>
        <translation>إ&amp;نشاء الجدول</translation>
    </message>
    <message>
        <source>&amp;Copy the table</source>
        <translation>ن&amp;سخ الجدول</translation>
    </message>
    <message>
        <source>Copy the table of two questions, to paste into a document</source>
        <translation>نسخ جدول السؤالين للصقه في مستند</translation>
    </message>
    <message>
        <source>&amp;Rows (down the side):</source>
        <translation>ال&amp;صفوف (على الجانب):</translation>
    </message>
    <message>
        <source>Col&amp;umns (across the top):</source>
        <translation>الأع&amp;مدة (في الأعلى):</translation>
    </message>
    <message>
        <source>&amp;Each cell shows:</source>
        <translation>ت&amp;عرض كل خانة:</translation>
    </message>
    <message>
        <source>Choose two questions and press “Make the table”.</source>
        <translation>اختر سؤالين واضغط «إنشاء الجدول».</translation>
    </message>
    <message>
        <source>Chi-square test</source>
        <translation>اختبار مربع كاي</translation>
    </message>
    <message>
        <source>Warning about small numbers</source>
        <translation>تنبيه بشأن الأعداد الصغيرة</translation>
    </message>
    <message>
        <source>Small numbers hidden</source>
        <translation>الأعداد الصغيرة مخفية</translation>
    </message>
    <message>
        <source>Two questions compared</source>
        <translation>مقارنة سؤالين</translation>
    </message>
    <message>
        <source>{question} (each instance of “{repeat}”)</source>
        <translation>{question} (كل حالة من «{repeat}»)</translation>
    </message>
    <message>
        <source>Choose two different questions.</source>
        <translation>اختر سؤالين مختلفين.</translation>
    </message>
    <message>
        <source>Working it out…</source>
        <translation>جارٍ الحساب…</translation>
    </message>
    <message numerus="yes">
        <source>“{rows}” (rows) by “{columns}” (columns): the {total} {things} named by %Ln people with an answer to both (answers counted as no answer left out).</source>
        <translation>
            <numerusform>«{rows}» (الصفوف) حسب «{columns}» (الأعمدة): الـ {total} {things} التي ذكرها %Ln شخص أجابوا عن السؤالين (دون الإجابات المحسوبة كعدم إجابة).</numerusform>
            <numerusform>«{rows}» (الصفوف) حسب «{columns}» (الأعمدة): الـ {total} {things} التي ذكرها %Ln شخص أجابوا عن السؤالين (دون الإجابات المحسوبة كعدم إجابة).</numerusform>
            <numerusform>«{rows}» (الصفوف) حسب «{columns}» (الأعمدة): الـ {total} {things} التي ذكرها %Ln شخص أجابوا عن السؤالين (دون الإجابات المحسوبة كعدم إجابة).</numerusform>
            <numerusform>«{rows}» (الصفوف) حسب «{columns}» (الأعمدة): الـ {total} {things} التي ذكرها %Ln شخص أجابوا عن السؤالين (دون الإجابات المحسوبة كعدم إجابة).</numerusform>
            <numerusform>«{rows}» (الصفوف) حسب «{columns}» (الأعمدة): الـ {total} {things} التي ذكرها %Ln شخص أجابوا عن السؤالين (دون الإجابات المحسوبة كعدم إجابة).</numerusform>
            <numerusform>«{rows}» (الصفوف) حسب «{columns}» (الأعمدة): الـ {total} {things} التي ذكرها %Ln شخص أجابوا عن السؤالين (دون الإجابات المحسوبة كعدم إجابة).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{rows}” (rows) by “{columns}” (columns): the %Ln people who gave an answer to both (answers counted as no answer left out).</source>
        <translation>
            <numerusform>«{rows}» (الصفوف) حسب «{columns}» (الأعمدة): الأشخاص الـ %Ln الذين أجابوا عن السؤالين (دون الإجابات المحسوبة كعدم إجابة).</numerusform>
            <numerusform>«{rows}» (الصفوف) حسب «{columns}» (الأعمدة): الأشخاص الـ %Ln الذين أجابوا عن السؤالين (دون الإجابات المحسوبة كعدم إجابة).</numerusform>
            <numerusform>«{rows}» (الصفوف) حسب «{columns}» (الأعمدة): الأشخاص الـ %Ln الذين أجابوا عن السؤالين (دون الإجابات المحسوبة كعدم إجابة).</numerusform>
            <numerusform>«{rows}» (الصفوف) حسب «{columns}» (الأعمدة): الأشخاص الـ %Ln الذين أجابوا عن السؤالين (دون الإجابات المحسوبة كعدم إجابة).</numerusform>
            <numerusform>«{rows}» (الصفوف) حسب «{columns}» (الأعمدة): الأشخاص الـ %Ln الذين أجابوا عن السؤالين (دون الإجابات المحسوبة كعدم إجابة).</numerusform>
            <numerusform>«{rows}» (الصفوف) حسب «{columns}» (الأعمدة): الأشخاص الـ %Ln الذين أجابوا عن السؤالين (دون الإجابات المحسوبة كعدم إجابة).</numerusform>
        </translation>
    </message>
    <message>
        <source>Number of {things}</source>
        <translation>عدد {things}</translation>
    </message>
    <message>
        <source>% of all {things}</source>
        <translation>% من كل {things}</translation>
    </message>
    <message>
        <source>No chi-square or Fisher test is shown: with some numbers hidden, its result could be used to work them out.</source>
        <translation>لا يُعرض اختبار مربع كاي ولا اختبار فيشر: مع إخفاء بعض الأعداد، قد تُستخدم نتيجته لاستنتاجها.</translation>
    </message>
    <message>
        <source>Each cell shows: {shows}</source>
        <translation>تعرض كل خانة: {shows}</translation>
    </message>
    <message>
        <source>{rows} by {columns}</source>
        <translation>{rows} حسب {columns}</translation>
    </message>
</context>
<context>
    <name>Designer</name>
    <message>
        <source>Don't know</source>
        <translation>لا أعرف</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>أفضّل عدم القول</translation>
    </message>
    <message>
        <source>One answer from a list</source>
        <translation>إجابة واحدة من قائمة</translation>
    </message>
    <message>
        <source>Several answers from a list</source>
        <translation>عدة إجابات من قائمة</translation>
    </message>
    <message>
        <source>Written answer</source>
        <translation>إجابة مكتوبة</translation>
    </message>
    <message>
        <source>Whole number</source>
        <translation>عدد صحيح</translation>
    </message>
    <message>
        <source>Number with decimals</source>
        <translation>رقم بكسور عشرية</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>التاريخ والوقت</translation>
    </message>
    <message>
        <source>Information to read out (no answer)</source>
        <translation>معلومة تُقرأ (بلا إجابة)</translation>
    </message>
    <message>
        <source>Worked out from other answers</source>
        <translation>تُحسب من إجابات أخرى</translation>
    </message>
    <message>
        <source>Location (typed, or left blank)</source>
        <translation>الموقع (يُكتب أو يُترك فارغًا)</translation>
    </message>
    <message>
        <source>Line on a map (typed, or left blank)</source>
        <translation>خط على خريطة (يُكتب أو يُترك فارغًا)</translation>
    </message>
    <message>
        <source>Shape on a map (typed, or left blank)</source>
        <translation>شكل على خريطة (يُكتب أو يُترك فارغًا)</translation>
    </message>
    <message>
        <source>Photo (a file attached)</source>
        <translation>صورة (ملف مرفق)</translation>
    </message>
    <message>
        <source>Recording (a file attached)</source>
        <translation>تسجيل (ملف مرفق)</translation>
    </message>
    <message>
        <source>Video (a file attached)</source>
        <translation>فيديو (ملف مرفق)</translation>
    </message>
    <message>
        <source>File attached</source>
        <translation>ملف مرفق</translation>
    </message>
    <message>
        <source>Barcode (typed)</source>
        <translation>رمز شريطي (يُكتب)</translation>
    </message>
    <message>
        <source>Number in a range</source>
        <translation>رقم ضمن مدى</translation>
    </message>
    <message>
        <source>OK to tick</source>
        <translation>موافق للتحديد</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>خط</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>شكل</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>رمز شريطي</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>One answer</source>
        <translation>إجابة واحدة</translation>
    </message>
    <message>
        <source>Several answers</source>
        <translation>عدة إجابات</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>مكتوبة</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>معلومة</translation>
    </message>
    <message>
        <source>Worked out</source>
        <translation>محسوب</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Print on paper</source>
        <translation>الطباعة على ورق</translation>
    </message>
    <message>
        <source>How many numbered copies? Each gets its own datasheet number, so a sheet typed in can be found again (0: one copy with a space to write the number).</source>
        <translation>كم نسخة مرقّمة؟ لكل نسخة رقم استمارة خاص بها، ليمكن إيجاد الاستمارة المُدخلة لاحقًا (0: نسخة واحدة مع مكان لكتابة الرقم).</translation>
    </message>
    <message>
        <source>Number of the first copy:</source>
        <translation>رقم النسخة الأولى:</translation>
    </message>
    <message>
        <source>The paper questionnaire is in {path}</source>
        <translation>الاستبيان الورقي موجود في {path}</translation>
    </message>
    <message>
        <source>Save as XLSForm</source>
        <translation>حفظ بصيغة XLSForm</translation>
    </message>
    <message>
        <source>XLSForm workbooks (*.xlsx)</source>
        <translation>مصنفات XLSForm (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved as an XLSForm in {path}, with {files} next to it</source>
        <translation>حُفظ بصيغة XLSForm في {path}، وبجانبه {files}</translation>
    </message>
    <message>
        <source>Saved as an XLSForm in {path}</source>
        <translation>حُفظ بصيغة XLSForm في {path}</translation>
    </message>
    <message>
        <source>Bring in an XLSForm</source>
        <translation>جلب ملف XLSForm</translation>
    </message>
    <message>
        <source>This file cannot be used</source>
        <translation>لا يمكن استخدام هذا الملف</translation>
    </message>
    <message>
        <source>Bring in {file}</source>
        <translation>جلب {file}</translation>
    </message>
    <message>
        <source>New questionnaire</source>
        <extracomment>A new questionnaire's title until it is given one, in the interface language.</extracomment>
        <translation>استبيان جديد</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Repeated section</source>
        <translation>قسم مكرر</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>شبكة</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>Filled in by the program</source>
        <translation>يملؤه البرنامج</translation>
    </message>
    <message>
        <source>is</source>
        <extracomment>How each comparison reads in the builder (the core's own words are its English ones).</extracomment>
        <translation>هو</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>ليس</translation>
    </message>
    <message>
        <source>includes</source>
        <translation>يشمل</translation>
    </message>
    <message>
        <source>does not include</source>
        <translation>لا يشمل</translation>
    </message>
    <message>
        <source>is more than</source>
        <translation>أكثر من</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>أقل من</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Try the questionnaire</source>
        <translation>تجربة الاستبيان</translation>
    </message>
    <message>
        <source>Print on paper (PDF)…</source>
        <translation>الطباعة على ورق (PDF)…</translation>
    </message>
    <message>
        <source>Bring in an XLSForm…</source>
        <translation>جلب ملف XLSForm…</translation>
    </message>
    <message>
        <source>Save as XLSForm…</source>
        <translation>حفظ بصيغة XLSForm…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Close the designer (Escape); you are asked about changes</source>
        <translation>إغلاق المصمم (Escape)؛ ستُسأل عن التغييرات</translation>
    </message>
    <message>
        <source>Designer</source>
        <translation>المصمم</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>نقل لأعلى</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>نقل لأسفل</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>&amp;Add a question</source>
        <translation>إ&amp;ضافة سؤال</translation>
    </message>
    <message>
        <source>Add a question (Ctrl+Shift+N)</source>
        <translation>إضافة سؤال (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>A section (a group of questions)</source>
        <translation>قسم (مجموعة أسئلة)</translation>
    </message>
    <message>
        <source>A repeated section (asked for each one: each drug, each service)</source>
        <translation>قسم مكرر (يُسأل لكل واحد: كل مادة، كل خدمة)</translation>
    </message>
    <message>
        <source>A grid (statements on one scale)</source>
        <translation>شبكة (عبارات على مقياس واحد)</translation>
    </message>
    <message>
        <source>Title and languages</source>
        <translation>العنوان واللغات</translation>
    </message>
    <message>
        <source>What the interviewer will see</source>
        <translation>ما سيراه المُقابِل</translation>
    </message>
    <message>
        <source>Checks before use</source>
        <translation>فحوص قبل الاستخدام</translation>
    </message>
    <message>
        <source>This project already has a questionnaire named “{name}” in its data files. Choose another name in the data files under “Title and languages”, then save again.</source>
        <translation>يحتوي هذا المشروع بالفعل على استبيان اسمه «{name}» في ملفات البيانات. اختر اسمًا آخر في ملفات البيانات من «العنوان واللغات»، ثم احفظ مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>DesignerWindow</name>
    <message numerus="yes">
        <source>%n interviews use this questionnaire: saving a change makes a new version, and those interviews keep theirs.</source>
        <translation>
            <numerusform>لا تستخدم أي مقابلة هذا الاستبيان.</numerusform>
            <numerusform>تستخدم مقابلة واحدة هذا الاستبيان: حفظ أي تغيير يُنشئ إصدارًا جديدًا، وتبقى تلك المقابلة على إصدارها.</numerusform>
            <numerusform>تستخدم مقابلتان هذا الاستبيان: حفظ أي تغيير يُنشئ إصدارًا جديدًا، وتبقى المقابلتان على إصدارهما.</numerusform>
            <numerusform>تستخدم %n مقابلات هذا الاستبيان: حفظ أي تغيير يُنشئ إصدارًا جديدًا، وتبقى تلك المقابلات على إصدارها.</numerusform>
            <numerusform>تستخدم %n مقابلة هذا الاستبيان: حفظ أي تغيير يُنشئ إصدارًا جديدًا، وتبقى تلك المقابلات على إصدارها.</numerusform>
            <numerusform>تستخدم %n مقابلة هذا الاستبيان: حفظ أي تغيير يُنشئ إصدارًا جديدًا، وتبقى تلك المقابلات على إصدارها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes are kept when you press Save.</source>
        <translation>تُحفظ التغييرات عند الضغط على حفظ.</translation>
    </message>
    <message>
        <source>Designing “{title}” (not saved) — DuoDesk</source>
        <translation>تصميم «{title}» (غير محفوظ) — DuoDesk</translation>
    </message>
    <message>
        <source>Designing “{title}” — DuoDesk</source>
        <translation>تصميم «{title}» — DuoDesk</translation>
    </message>
    <message>
        <source>Add a question ({kind})</source>
        <translation>إضافة سؤال ({kind})</translation>
    </message>
    <message>
        <source>Add a section</source>
        <translation>إضافة قسم</translation>
    </message>
    <message>
        <source>Add a repeated section</source>
        <translation>إضافة قسم مكرر</translation>
    </message>
    <message>
        <source>Add a grid</source>
        <translation>إضافة شبكة</translation>
    </message>
    <message>
        <source>Move a question</source>
        <translation>نقل سؤال</translation>
    </message>
    <message>
        <source>Duplicate a question</source>
        <translation>نسخ سؤال</translation>
    </message>
    <message>
        <source>Delete a question</source>
        <translation>حذف سؤال</translation>
    </message>
    <message>
        <source>Saved as version {number}. Interviews already entered keep the version they were entered with.</source>
        <translation>حُفظ كإصدار {number}. تبقى المقابلات المُدخلة على الإصدار الذي أُدخلت به.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>Saved (nothing had changed).</source>
        <translation>تم الحفظ (لم يتغير شيء).</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <source>The questionnaire could not be saved. Nothing was changed.

{error}</source>
        <translation>تعذّر حفظ الاستبيان. لم يتغير شيء.

{error}</translation>
    </message>
    <message>
        <source>Not saved yet: fix the problems marked “Must be fixed” under Checks before use.</source>
        <translation>لم يُحفظ بعد: أصلح المشكلات المعلَّمة «يجب إصلاحه» تحت فحوص قبل الاستخدام.</translation>
    </message>
    <message>
        <source>It cannot be tried yet: fix the problems marked “Must be fixed” first.</source>
        <translation>لا يمكن تجربته بعد: أصلح أولًا المشكلات المعلَّمة «يجب إصلاحه».</translation>
    </message>
    <message>
        <source>Save the changes?</source>
        <translation>حفظ التغييرات؟</translation>
    </message>
    <message>
        <source>“{title}” has changes that are not saved.</source>
        <translation>في «{title}» تغييرات غير محفوظة.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>One interview</source>
        <translation>مقابلة</translation>
    </message>
    <message>
        <source>The other interview</source>
        <translation>المقابلة الأخرى</translation>
    </message>
    <message>
        <source>Participant code</source>
        <translation>رمز المشارك</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Keep both</source>
        <extracomment>What the screen calls each decision (the project keeps the decision's name, the key).</extracomment>
        <translation>الإبقاء على الاثنتين</translation>
    </message>
    <message>
        <source>The same person</source>
        <translation>الشخص نفسه</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>ليس الشخص نفسه</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>لم تتم مراجعته بعد</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>دون تاريخ</translation>
    </message>
    <message>
        <source>no site</source>
        <translation>دون مكان</translation>
    </message>
    <message>
        <source>The same</source>
        <translation>متطابق</translation>
    </message>
    <message>
        <source>One part different</source>
        <translation>جزء واحد مختلف</translation>
    </message>
    <message>
        <source>Possible duplicates across sites</source>
        <translation>تكرارات محتملة بين الأماكن</translation>
    </message>
    <message>
        <source>These interviews were entered on different laptops, and the participant codes are the same or differ in one part. It may be one person interviewed twice. Choose a pair and say what you think; the decision goes to the other laptops with the next transfer file. Nothing is deleted.</source>
        <translation>أُدخلت هذه المقابلات على حواسيب مختلفة، ورموز المشاركين متطابقة أو تختلف في جزء واحد. قد يكون شخصًا واحدًا أُجريت معه مقابلتان. اختر زوجًا وقل رأيك؛ يذهب القرار إلى الحواسيب الأخرى مع ملف النقل التالي. لا يُحذف شيء.</translation>
    </message>
    <message>
        <source>Pairs of interviews that may be the same person</source>
        <translation>أزواج مقابلات قد تكون لشخص واحد</translation>
    </message>
    <message>
        <source>No possible duplicates across sites. Nothing to review.</source>
        <translation>لا توجد تكرارات محتملة بين الأماكن. لا شيء للمراجعة.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>show the possible duplicates</source>
        <translation>عرض التكرارات المحتملة</translation>
    </message>
</context>
<context>
    <name>ExportWindow</name>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>A row per interview can identify the person interviewed in a small survey (the site, the date, sex and age are often enough), even without names. Keep that file within the group; the summary workbook is the one to pass on.</source>
        <translation>صف لكل مقابلة قد يكشف هوية الشخص في مسح صغير (المكان والتاريخ والجنس والعمر كثيرًا ما تكفي)، حتى دون أسماء. أبقِ ذلك الملف داخل المجموعة؛ المصنف الملخص هو الذي يُسلَّم.</translation>
    </message>
    <message>
        <source>Findings report (Word)</source>
        <translation>تقرير النتائج (Word)</translation>
    </message>
    <message>
        <source>A draft for the group to edit: how the survey was done, a sentence per question, the tables and charts, and an annex of every result. Its numbers are the workbook's, small numbers hidden the same way; it has no row per interview.</source>
        <translation>مسودة تعدّلها المجموعة: كيف أُجري المسح، وجملة لكل سؤال، والجداول والرسوم البيانية، وملحق بكل النتائج. أرقامه هي أرقام المصنف، والأعداد الصغيرة مخفية بالطريقة نفسها؛ ولا يحتوي على صف لكل مقابلة.</translation>
    </message>
    <message>
        <source>This file has one row per interview: in a small survey a row can identify the person interviewed. Keep it within the group; give the health board the workbook instead.</source>
        <translation>في هذا الملف صف لكل مقابلة: في مسح صغير قد يكشف الصف هوية الشخص. أبقِه داخل المجموعة؛ وأعطِ الجهة الصحية المصنف بدلًا منه.</translation>
    </message>
    <message>
        <source>Export: {title}</source>
        <translation>تصدير: {title}</translation>
    </message>
    <message>
        <source>Export “{title}”</source>
        <translation>تصدير «{title}»</translation>
    </message>
    <message>
        <source>Which interviews</source>
        <translation>أي المقابلات</translation>
    </message>
    <message>
        <source>Hide small numbers, from 1 to</source>
        <translation>إخفاء الأعداد الصغيرة، من 1 إلى</translation>
    </message>
    <message>
        <source>Hide numbers up to</source>
        <translation>إخفاء الأعداد حتى</translation>
    </message>
    <message>
        <source>De-identified: leave out written answers, locations, identifying questions and interviewer names</source>
        <translation>مُجهَّل الهوية: دون الإجابات المكتوبة والمواقع والأسئلة التي تكشف الهوية وأسماء المحاورين</translation>
    </message>
    <message>
        <source>Also save one row per interview, in a separate file (…-interviews.xlsx)</source>
        <translation>حفظ صف لكل مقابلة أيضًا، في ملف منفصل (…-interviews.xlsx)</translation>
    </message>
    <message>
        <source>Keeping people safe</source>
        <translation>حماية الناس</translation>
    </message>
    <message>
        <source>The participant code is never exported. For a file that leaves the group, keep small numbers hidden and the data de-identified, and leave out the rows per interview.</source>
        <translation>رمز المشارك لا يُصدَّر أبدًا. لأي ملف يخرج من المجموعة، أبقِ الأعداد الصغيرة مخفية والبيانات مجهّلة، ولا تُضف الصفوف لكل مقابلة.</translation>
    </message>
    <message>
        <source>Labels (easier to read)</source>
        <translation>التسميات (أسهل قراءة)</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>الرموز</translation>
    </message>
    <message>
        <source>Answers as:</source>
        <translation>الإجابات على شكل:</translation>
    </message>
    <message>
        <source>Language of questions and answers</source>
        <translation>لغة الأسئلة والإجابات</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <source>Also save it as a PDF (A4), beside the Word document</source>
        <translation>حفظه أيضًا بصيغة PDF (A4)، بجانب مستند Word</translation>
    </message>
    <message>
        <source>The group's name, for the title page</source>
        <translation>اسم المجموعة، لصفحة العنوان</translation>
    </message>
    <message>
        <source>e.g. Glasgow Involvement Group</source>
        <translation>مثلًا: مجموعة الأقران في عمّان</translation>
    </message>
    <message>
        <source>The group's name (for the title page):</source>
        <translation>اسم المجموعة (لصفحة العنوان):</translation>
    </message>
    <message>
        <source>Save the file as</source>
        <translation>حفظ الملف باسم</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <source>Choose where to save the file</source>
        <translation>اختيار مكان حفظ الملف</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>حفظ &amp;باسم:</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>تقدّم التصدير</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Close the export window</source>
        <translation>إغلاق نافذة التصدير</translation>
    </message>
    <message>
        <source>This project requires numbers from 1 to {required} to be hidden in every workbook: you can hide more, not fewer.</source>
        <translation>يشترط هذا المشروع إخفاء الأعداد من 1 إلى {required} في كل مصنف: يمكنك إخفاء المزيد، لا أقل.</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>مستند Word (*.docx)</translation>
    </message>
    <message>
        <source>Save the export as</source>
        <translation>حفظ التصدير باسم</translation>
    </message>
    <message>
        <source>Exporting to {file}…</source>
        <translation>جارٍ التصدير إلى {file}…</translation>
    </message>
    <message>
        <source>Done. {what} Saved in {folder}.</source>
        <translation>تم. {what} حُفظ في {folder}.</translation>
    </message>
    <message>
        <source>Stopping… nothing will be saved.</source>
        <translation>جارٍ الإيقاف… لن يُحفظ شيء.</translation>
    </message>
    <message>
        <source>Stop the export; nothing will be saved</source>
        <translation>إيقاف التصدير؛ لن يُحفظ شيء</translation>
    </message>
    <message>
        <source>It could not be noted in the project's record of who did what ({details}).</source>
        <translation>تعذّر تدوين ذلك في سجل المشروع ({details}).</translation>
    </message>
    <message>
        <source>Done. {what} Saved as {file}.</source>
        <translation>تم. {what} حُفظ باسم {file}.</translation>
    </message>
    <message>
        <source>The export was cancelled. No file was saved.</source>
        <translation>أُلغي التصدير. لم يُحفظ أي ملف.</translation>
    </message>
    <message>
        <source>The export could not be made: {error}</source>
        <translation>تعذّر إجراء التصدير: {error}</translation>
    </message>
    <message>
        <source>make the export</source>
        <translation>إجراء التصدير</translation>
    </message>
</context>
<context>
    <name>GridPage</name>
    <message>
        <source>Grid of statements</source>
        <translation>شبكة العبارات</translation>
    </message>
    <message>
        <source>Stacked bars of the statements of: {question}</source>
        <translation>أعمدة مكدّسة لعبارات: {question}</translation>
    </message>
    <message>
        <source>Nobody answered these statements in these interviews.</source>
        <translation>لم يُجب أحد عن هذه العبارات في هذه المقابلات.</translation>
    </message>
</context>
<context>
    <name>GroupEditor</name>
    <message>
        <source>Grid question</source>
        <translation>سؤال الشبكة</translation>
    </message>
    <message>
        <source>Section title</source>
        <translation>عنوان القسم</translation>
    </message>
    <message>
        <source>Help for the interviewer</source>
        <translation>مساعدة للمُقابِل</translation>
    </message>
    <message>
        <source>Show all its questions on one page</source>
        <translation>عرض كل أسئلته في صفحة واحدة</translation>
    </message>
    <message>
        <source>Ask its questions for each one (a repeat)</source>
        <translation>طرح أسئلته لكل واحد (تكرار)</translation>
    </message>
    <message>
        <source>For each drug used, each service tried: asked once per each one</source>
        <translation>لكل مادة مستخدمة، كل خدمة مجرَّبة: يُسأل مرة لكل واحد</translation>
    </message>
    <message>
        <source>How many times its questions are asked</source>
        <translation>كم مرة تُطرح أسئلته</translation>
    </message>
    <message>
        <source>Change when it is asked</source>
        <translation>تغيير متى يُسأل</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>السؤال:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Help:</source>
        <translation>المساعدة:</translation>
    </message>
    <message>
        <source>Name in the data file</source>
        <translation>الاسم في ملف البيانات</translation>
    </message>
    <message>
        <source>Name in the data file:</source>
        <translation>الاسم في ملف البيانات:</translation>
    </message>
    <message>
        <source>How many times:</source>
        <translation>كم مرة:</translation>
    </message>
    <message>
        <source>Scale (the answers for every statement)</source>
        <translation>المقياس (الإجابات لكل عبارة)</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>العبارات</translation>
    </message>
    <message>
        <source>When to ask it</source>
        <translation>متى يُسأل</translation>
    </message>
    <message>
        <source>New statement</source>
        <translation>عبارة جديدة</translation>
    </message>
    <message>
        <source>Type a new statement and press Enter</source>
        <translation>اكتب عبارة جديدة واضغط Enter</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>نقل لأعلى</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>نقل لأسفل</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Statement ({language})</source>
        <translation>العبارة ({language})</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>العبارة</translation>
    </message>
    <message>
        <source>Change the title</source>
        <translation>تغيير العنوان</translation>
    </message>
    <message>
        <source>Change the help text</source>
        <translation>تغيير نص المساعدة</translation>
    </message>
    <message>
        <source>Change how the section is shown</source>
        <translation>تغيير طريقة عرض القسم</translation>
    </message>
    <message>
        <source>As many as the interviewer adds</source>
        <translation>بعدد ما يضيفه المُقابِل</translation>
    </message>
    <message>
        <source>The answer to “{question}”</source>
        <translation>إجابة «{question}»</translation>
    </message>
    <message numerus="yes">
        <source>Always %n times</source>
        <translation>
            <numerusform>دائمًا %n مرات</numerusform>
            <numerusform>دائمًا مرة واحدة</numerusform>
            <numerusform>دائمًا مرتين</numerusform>
            <numerusform>دائمًا %n مرات</numerusform>
            <numerusform>دائمًا %n مرة</numerusform>
            <numerusform>دائمًا %n مرة</numerusform>
        </translation>
    </message>
    <message>
        <source>As the form says: {count}</source>
        <translation>كما في النموذج: {count}</translation>
    </message>
    <message>
        <source>Make it a repeated section</source>
        <translation>جعله قسمًا مكررًا</translation>
    </message>
    <message>
        <source>Ask its questions once</source>
        <translation>طرح أسئلته مرة واحدة</translation>
    </message>
    <message>
        <source>Change how many times it is asked</source>
        <translation>تغيير عدد مرات السؤال</translation>
    </message>
    <message>
        <source>Change the name in the data file</source>
        <translation>تغيير الاسم في ملف البيانات</translation>
    </message>
    <message>
        <source>Change a statement's name in the data file</source>
        <translation>تغيير اسم عبارة في ملف البيانات</translation>
    </message>
    <message>
        <source>Change the grid's scale</source>
        <translation>تغيير مقياس الشبكة</translation>
    </message>
    <message>
        <source>Add the statement “{statement}”</source>
        <translation>إضافة العبارة «{statement}»</translation>
    </message>
    <message>
        <source>Move a statement</source>
        <translation>نقل عبارة</translation>
    </message>
    <message>
        <source>Remove a statement</source>
        <translation>حذف عبارة</translation>
    </message>
    <message>
        <source>Change a statement</source>
        <translation>تغيير عبارة</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Start an interview</source>
        <translation>بدء مقابلة</translation>
    </message>
    <message>
        <source>Correct an interview</source>
        <translation>تصحيح مقابلة</translation>
    </message>
    <message>
        <source>Read the Results</source>
        <translation>قراءة النتائج</translation>
    </message>
    <message>
        <source>Add interviews from a file</source>
        <translation>إضافة مقابلات من ملف</translation>
    </message>
    <message>
        <source>Export for the health board</source>
        <translation>التصدير للجهة الصحية</translation>
    </message>
    <message>
        <source>Lock the project</source>
        <translation>قفل المشروع</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
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
&lt;h2&gt;بدء مقابلة&lt;/h2&gt;
&lt;ol&gt;
&lt;li&gt;في النافذة الرئيسية، انقر على الاستبيان في القائمة.&lt;/li&gt;
&lt;li&gt;اضغط &lt;b&gt;بدء مقابلة…&lt;/b&gt; (أو Ctrl+I، أو Enter على القائمة).&lt;/li&gt;
&lt;li&gt;اختر اسمك والمكان والتاريخ، ثم اضغط &lt;b&gt;بدء المقابلة&lt;/b&gt;.&lt;/li&gt;
&lt;li&gt;لكل سؤال صفحته. اضغط رقم الإجابة (1، 2، 3…) أو اكتبها، ثم اضغط &lt;b&gt;Enter&lt;/b&gt; أو
&lt;b&gt;التالي&lt;/b&gt;. &lt;b&gt;رجوع&lt;/b&gt; (Alt+يسار) يعود إلى الصفحة السابقة.&lt;/li&gt;
&lt;li&gt;إذا كانت الإجابة مطلوبة أو غير مسموحة، تقول رسالة حمراء السبب وتبقى المقابلة على هذا
السؤال. &lt;b&gt;تخطٍّ مؤقت&lt;/b&gt; يتابع دونها؛ وستُذكَّر بها في النهاية.&lt;/li&gt;
&lt;li&gt;في الصفحة الأخيرة اضغط &lt;b&gt;إنهاء المقابلة&lt;/b&gt;. ثم اضغط Enter للإغلاق.&lt;/li&gt;
&lt;/ol&gt;
&lt;p&gt;تُحفظ كل إجابة فور إعطائها. إذا أُغلق الحاسوب أو انقطعت الكهرباء، تنتظر المقابلة في
«مقابلات غير منتهية» في النافذة الرئيسية: اضغط &lt;b&gt;متابعة أو حذف…&lt;/b&gt; للمتابعة.&lt;/p&gt;
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
&lt;h2&gt;تصحيح مقابلة&lt;/h2&gt;
&lt;ol&gt;
&lt;li&gt;اختر الاستبيان واضغط &lt;b&gt;المقابلات…&lt;/b&gt; (Ctrl+L).&lt;/li&gt;
&lt;li&gt;ابحث عن المقابلة (اكتب مكانًا أو اسمًا أو تاريخًا في &lt;b&gt;بحث&lt;/b&gt;) واضغط
&lt;b&gt;فتح للقراءة أو التصحيح…&lt;/b&gt;. يمكنك قراءتها دون ذكر اسمك.&lt;/li&gt;
&lt;li&gt;تعرض الصفحة الأولى كل سؤال وإجابته. انقر على إجابة لتغييرها.&lt;/li&gt;
&lt;li&gt;عند أول تغيير، يسأل DuoDesk &lt;b&gt;من يقوم بالتصحيح؟&lt;/b&gt;. يُسجَّل كل تغيير مع اسمك والوقت
والإجابة القديمة والجديدة.&lt;/li&gt;
&lt;li&gt;عند الانتهاء من التغييرات، اضغط &lt;b&gt;انتهى التصحيح&lt;/b&gt; (بجانب &lt;b&gt;التالي&lt;/b&gt;): يتحقق DuoDesk
من الإجابات ويحفظ التصحيحات.&lt;/li&gt;
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
&lt;h2&gt;قراءة النتائج&lt;/h2&gt;
&lt;ol&gt;
&lt;li&gt;اختر الاستبيان واضغط &lt;b&gt;النتائج…&lt;/b&gt; (Ctrl+R).&lt;/li&gt;
&lt;li&gt;انقر على سؤال في القائمة. يعرض الجدول عدد من أعطوا كل إجابة.&lt;/li&gt;
&lt;li&gt;تحت العنوان تقول جملة عمّن تتحدث الأرقام، مثل «أجاب 40 من 66 شخصًا سُئلوا؛ ولم يُسأل 13».
&lt;b&gt;لم يُطرح (تم تخطيه)&lt;/b&gt; يعني أن السؤال لا يخص هذا الشخص. &lt;b&gt;لا توجد إجابة&lt;/b&gt; يعني أنه يخصه
لكنه تُرك فارغًا.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;النسبة الصالحة&lt;/b&gt; لا تحسب «لا أعرف» و«أفضّل عدم القول».&lt;/li&gt;
&lt;li&gt;لحساب بعض المقابلات فقط، اختر في الأعلى مكانًا أو محاورًا أو تواريخ، أو «فقط من كانت إجابتهم
عن … هي …». &lt;b&gt;حساب الجميع من جديد&lt;/b&gt; يلغي ذلك.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;نسخ الجدول&lt;/b&gt; يضعه في الحافظة لاستخدامه في مستند؛ و&lt;b&gt;حفظ الرسم البياني كصورة…&lt;/b&gt;
يحفظ ملف PNG.&lt;/li&gt;
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
&lt;h2&gt;إضافة مقابلات من ملف&lt;/h2&gt;
&lt;p&gt;يمكن إضافة مقابلات جُمعت في مكان آخر (باستخدام ODK Collect أو KoboToolbox أو DuoDesk على
حاسوب آخر) إلى استبيان في هذا المشروع.&lt;/p&gt;
&lt;ol&gt;
&lt;li&gt;اختر الاستبيان من القائمة.&lt;/li&gt;
&lt;li&gt;من قائمة &lt;b&gt;الاستبيان&lt;/b&gt; (أو بنقرة يمنى على الاستبيان) اختر
&lt;b&gt;إضافة مقابلات من ملف…&lt;/b&gt; (Ctrl+Shift+I).&lt;/li&gt;
&lt;li&gt;اختر الملف: ملف CSV أو Excel ‏(.xlsx)، أو ملف .zip الذي يعطيه ODK Central.&lt;/li&gt;
&lt;/ol&gt;
&lt;p&gt;يخبرك DuoDesk بعد ذلك بعدد المقابلات التي أُضيفت، وعدد التي كانت موجودة في المشروع، والأعمدة
التي تُركت. إذا كان في أي صف خطأ، لا يُضاف شيء وتُذكر كل مشكلة مع صفها وعمودها: صحّح الملف
وأضفه مرة أخرى، أو اضغط &lt;b&gt;إضافة الصفوف السليمة فقط&lt;/b&gt;.&lt;/p&gt;
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
&lt;h2&gt;التصدير للجهة الصحية&lt;/h2&gt;
&lt;ol&gt;
&lt;li&gt;اختر الاستبيان واضغط &lt;b&gt;تصدير…&lt;/b&gt; (Ctrl+E).&lt;/li&gt;
&lt;li&gt;اترك &lt;b&gt;إخفاء الأعداد الصغيرة&lt;/b&gt; و&lt;b&gt;مُجهَّل الهوية&lt;/b&gt; محدّدين لأي ملف يخرج من المجموعة.
تظهر الأعداد الصغيرة عندها على شكل *، وتُحذف الإجابات المكتوبة والأسماء.&lt;/li&gt;
&lt;li&gt;اختر &lt;b&gt;مصنف (.xlsx)&lt;/b&gt; للجهة الصحية، واختر مكان حفظه، واضغط &lt;b&gt;تصدير&lt;/b&gt;.&lt;/li&gt;
&lt;/ol&gt;
&lt;p&gt;لا يظهر الملف إلا عندما يكتمل. رمز المشارك لا يُصدَّر أبدًا.&lt;/p&gt;
&lt;p&gt;لإعداد مسودة التقرير للعرض، اختر بدلًا من ذلك &lt;b&gt;تقرير النتائج (Word)&lt;/b&gt;: مستند Word (وملف PDF)
فيه كيف أُجري المسح، وجملة لكل سؤال، والجداول والرسوم البيانية. تُخفى فيه الأعداد الصغيرة كما في
المصنف. اقرأه وعدّله قبل تسليمه.&lt;/p&gt;
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
&lt;h2&gt;قفل المشروع&lt;/h2&gt;
&lt;p&gt;المشروع المحمي بعبارة مرور لا يستطيع قراءته أحد لا يعرفها، حتى لو ضاع الحاسوب. يطلب
DuoDesk عبارة المرور في كل مرة يبدأ فيها.&lt;/p&gt;
&lt;p&gt;لوضعها، يختار المنسق &lt;b&gt;الأمان &amp;gt; قفل المشروع بعبارة مرور…&lt;/b&gt; (أو يضغط &lt;b&gt;اختيار عبارة
مرور…&lt;/b&gt; في السطر أعلى النافذة الرئيسية) ويكتبها مرتين. القائمة نفسها تغيّرها (&lt;b&gt;تغيير عبارة
المرور…&lt;/b&gt;) أو تزيلها. &lt;b&gt;الأمان &amp;gt; القفل الآن&lt;/b&gt; (Ctrl+Shift+L) يخفي كل شيء حتى تُكتب عبارة
المرور من جديد، عندما تبتعد عن الحاسوب. احفظ عبارة المرور في مكان آمن: بدونها لا يستطيع أحد
فتح المقابلات.&lt;/p&gt;
</translation>
    </message>
    <message>
        <source>How to… – DuoDesk</source>
        <translation>كيف… – DuoDesk</translation>
    </message>
    <message>
        <source>Help topics</source>
        <translation>مواضيع المساعدة</translation>
    </message>
    <message>
        <source>Help page</source>
        <translation>صفحة المساعدة</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Add interviews from a file</source>
        <translation>إضافة مقابلات من ملف</translation>
    </message>
    <message>
        <source>Adding interviews to “{title}”</source>
        <translation>إضافة مقابلات إلى «{title}»</translation>
    </message>
    <message>
        <source>Interviews already in the project are not added again. If any row has a problem, nothing is added and every problem is listed here, with its row and column.</source>
        <translation>المقابلات الموجودة في المشروع لا تُضاف مرة أخرى. إذا كان في أي صف خطأ، لا يُضاف شيء وتُذكر هنا كل مشكلة مع صفها وعمودها.</translation>
    </message>
    <message>
        <source>{rows} rows read…</source>
        <translation>قُرئ {rows} صفًا…</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما الذي حدث</translation>
    </message>
    <message>
        <source>Add only the rows without problems</source>
        <translation>إضافة الصفوف السليمة فقط</translation>
    </message>
    <message>
        <source>Adds the rows without problems and writes the others, with why, to a file beside this one (its name ends in .rejected.csv)</source>
        <translation>يضيف الصفوف السليمة ويكتب الصفوف الأخرى مع السبب في ملف بجانب هذا الملف (ينتهي اسمه بـ .rejected.csv)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Reading the file and adding the interviews…</source>
        <translation>جارٍ قراءة الملف وإضافة المقابلات…</translation>
    </message>
    <message>
        <source>The interviews were added.</source>
        <translation>أُضيفت المقابلات.</translation>
    </message>
    <message>
        <source>No new interviews were added.</source>
        <translation>لم تُضف أي مقابلات جديدة.</translation>
    </message>
    <message>
        <source>Nothing was added.</source>
        <translation>لم يُضف شيء.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was added.</source>
        <translation>توقف. لم يُضف شيء.</translation>
    </message>
    <message>
        <source>add the interviews</source>
        <translation>إضافة المقابلات</translation>
    </message>
    <message>
        <source>Add interviews to “{title}”</source>
        <translation>إضافة مقابلات إلى «{title}»</translation>
    </message>
    <message>
        <source>Interviews from ODK, KoboToolbox or DuoDesk</source>
        <translation>مقابلات من ODK أو KoboToolbox أو DuoDesk</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
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
    <name>LanguageTexts</name>
    <message>
        <source>{what} in {language}</source>
        <translation>{what} بـ{language}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Project: {project} ({protection})</source>
        <translation>المشروع: {project} ({protection})</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
</context>
<context>
    <name>MultiplePage</name>
    <message>
        <source>Answers ticked, most often first</source>
        <translation>الإجابات المختارة، الأكثر أولًا</translation>
    </message>
    <message>
        <source>Answers ticked together</source>
        <translation>إجابات اختيرت معًا</translation>
    </message>
    <message>
        <source>Who ticked each answer</source>
        <translation>من اختار كل إجابة</translation>
    </message>
    <message>
        <source>Each answer ticked</source>
        <translation>كل إجابة مختارة</translation>
    </message>
    <message>
        <source>% of the {things} with an answer</source>
        <translation>% من {things} التي لها إجابة</translation>
    </message>
    <message>
        <source>% of the people who answered</source>
        <translation>% من الأشخاص الذين أجابوا</translation>
    </message>
    <message>
        <source>Bar chart, most ticked first, of: {question}</source>
        <translation>رسم بالأعمدة، الأكثر اختيارًا أولًا، لـ: {question}</translation>
    </message>
    <message>
        <source>Nobody answered this question in these interviews.</source>
        <translation>لم يُجب أحد عن هذا السؤال في هذه المقابلات.</translation>
    </message>
</context>
<context>
    <name>NumberPage</name>
    <message>
        <source>Statistics</source>
        <translation>الإحصاءات</translation>
    </message>
    <message>
        <source>Answers grouped into ranges</source>
        <translation>الإجابات مجمّعة في فئات</translation>
    </message>
    <message>
        <source>Where to split the answers into ranges</source>
        <translation>أين تُقسم الإجابات إلى فئات</translation>
    </message>
    <message>
        <source>for example: 1, 5</source>
        <translation>مثلًا: 1, 5</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>تجميع</translation>
    </message>
    <message>
        <source>Group the answers into these ranges</source>
        <translation>تجميع الإجابات في هذه الفئات</translation>
    </message>
    <message>
        <source>&amp;Split at:</source>
        <translation>ال&amp;تقسيم عند:</translation>
    </message>
    <message>
        <source>Type where to split the answers (for example 1, 5) to group them into ranges and draw them.</source>
        <translation>اكتب أين تُقسم الإجابات (مثلًا 1, 5) لتجميعها في فئات ورسمها.</translation>
    </message>
    <message>
        <source>Nobody answered this question in these interviews.</source>
        <translation>لم يُجب أحد عن هذا السؤال في هذه المقابلات.</translation>
    </message>
    <message>
        <source>{count_heading} in each range</source>
        <translation>{count_heading} في كل فئة</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>Histogram of the answers to: {question}</source>
        <translation>مدرّج تكراري لإجابات: {question}</translation>
    </message>
</context>
<context>
    <name>OtherPage</name>
    <message>
        <source>Answers by month</source>
        <translation>الإجابات حسب الشهر</translation>
    </message>
    <message>
        <source>Counting the answers by month…</source>
        <translation>جارٍ عدّ الإجابات حسب الشهر…</translation>
    </message>
    <message>
        <source>DuoDesk has no table for this kind of question yet; the counts above say how many answered it.</source>
        <translation>ليس في DuoDesk جدول لهذا النوع من الأسئلة بعد؛ الأعداد أعلاه تقول كم أجاب عنه.</translation>
    </message>
    <message>
        <source>The dates given, month by month (oldest first).</source>
        <translation>التواريخ المعطاة، شهرًا بشهر (الأقدم أولًا).</translation>
    </message>
</context>
<context>
    <name>PaperPdf</name>
    <message>
        <source>Datasheet number: &lt;b&gt;{number}&lt;/b&gt; &amp;nbsp;&amp;nbsp; Interviewer: ________________ &amp;nbsp;&amp;nbsp; Date: ____ / ____ / ________</source>
        <translation>رقم الاستمارة: &lt;b&gt;{number}&lt;/b&gt; &amp;nbsp;&amp;nbsp; المُقابِل: ________________ &amp;nbsp;&amp;nbsp; التاريخ: ____ / ____ / ________</translation>
    </message>
    <message>
        <source>Interviewer: read each question out. Tick one box unless it says &lt;i&gt;tick all that apply&lt;/i&gt;. Follow the arrows: they say which question comes next.</source>
        <translation>المُقابِل: اقرأ كل سؤال بصوت عالٍ. حدّد مربعًا واحدًا ما لم يُكتب &lt;i&gt;حدّد كل ما ينطبق&lt;/i&gt;. اتبع الأسهم: فهي تقول أي سؤال يأتي بعده.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>Write the number:</source>
        <translation>اكتب الرقم:</translation>
    </message>
    <message>
        <source>Write each number that applies:</source>
        <translation>اكتب كل رقم ينطبق:</translation>
    </message>
    <message>
        <source>A number</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>Day / month / year</source>
        <translation>اليوم / الشهر / السنة</translation>
    </message>
    <message>
        <source>Hours : minutes</source>
        <translation>الساعات : الدقائق</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>التاريخ والوقت</translation>
    </message>
    <message>
        <source>Tick all that apply.</source>
        <translation>حدّد كل ما ينطبق.</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>الرقم:</translation>
    </message>
    <message>
        <source>Date: ____ / ____ / ________  (day / month / year)</source>
        <translation>التاريخ: ____ / ____ / ________  (اليوم / الشهر / السنة)</translation>
    </message>
    <message>
        <source>Time: ____ : ____</source>
        <translation>الوقت: ____ : ____</translation>
    </message>
    <message>
        <source>Date: ____ / ____ / ________   Time: ____ : ____</source>
        <translation>التاريخ: ____ / ____ / ________   الوقت: ____ : ____</translation>
    </message>
</context>
<context>
    <name>PaperSheetsDialog</name>
    <message>
        <source>Choose…</source>
        <extracomment>What the "On the paper" column says for each choice: none yet, the first entry, the check.</extracomment>
        <translation>اختر…</translation>
    </message>
    <message>
        <source>First entry</source>
        <translation>الإدخال الأول</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>التحقق</translation>
    </message>
    <message>
        <source>Paper datasheets</source>
        <translation>الاستمارات الورقية</translation>
    </message>
    <message>
        <source>Paper datasheets typed in twice</source>
        <translation>الاستمارات الورقية المُدخلة مرتين</translation>
    </message>
    <message>
        <source>Each datasheet is typed in twice, by two people. Choose a checked datasheet, look at the paper and choose the right answer for each difference, then resolve it: only resolved datasheets are counted in results and exports.</source>
        <translation>تُدخل كل استمارة مرتين، بيد شخصين. اختر استمارة تم التحقق منها، وانظر إلى الورقة واختر الإجابة الصحيحة لكل فرق، ثم قم بتسويتها: لا تُحسب في النتائج والتصدير إلا الاستمارات التي تمت تسويتها.</translation>
    </message>
    <message>
        <source>Datasheet</source>
        <translation>الاستمارة</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>On the paper</source>
        <translation>على الورقة</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>الفروق</translation>
    </message>
    <message>
        <source>&amp;First entry</source>
        <translation>الإدخال الأ&amp;ول</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>ال&amp;تحقق</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>Resolved by</source>
        <translation>تمت التسوية بواسطة</translation>
    </message>
    <message>
        <source>&amp;Resolve this datasheet</source>
        <translation>ت&amp;سوية هذه الاستمارة</translation>
    </message>
    <message>
        <source>Count datasheets not checked yet (coordinator's choice; the check never counts)</source>
        <translation>احتساب الاستمارات التي لم يُتحقق منها بعد (قرار المنسّق؛ التحقق لا يُحتسب أبدًا)</translation>
    </message>
    <message>
        <source>Question or person</source>
        <translation>السؤال أو الشخص</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>المقارَن</translation>
    </message>
    <message>
        <source>Alike</source>
        <translation>المتطابق</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>الاتفاق</translation>
    </message>
    <message>
        <source>On the paper:</source>
        <translation>على الورقة:</translation>
    </message>
    <message>
        <source>Resolved &amp;by:</source>
        <translation>ت&amp;مت التسوية بواسطة:</translation>
    </message>
    <message>
        <source>Agreement between the two entries (as typed):</source>
        <translation>الاتفاق بين الإدخالين (كما كُتبا):</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>&amp;First entry: {answer}</source>
        <translation>الإدخال الأ&amp;ول: {answer}</translation>
    </message>
    <message>
        <source>&amp;Check: {answer}</source>
        <translation>ال&amp;تحقق: {answer}</translation>
    </message>
    <message>
        <source>On the paper for {question}: the first entry</source>
        <translation>على الورقة للسؤال {question}: الإدخال الأول</translation>
    </message>
    <message>
        <source>On the paper for {question}: the check</source>
        <translation>على الورقة للسؤال {question}: التحقق</translation>
    </message>
    <message>
        <source>Type your name under Resolved by.</source>
        <translation>اكتب اسمك في خانة «تمت التسوية بواسطة».</translation>
    </message>
    <message>
        <source>Choose the answer on the paper for “{question}”.</source>
        <translation>اختر الإجابة الموجودة على الورقة للسؤال «{question}».</translation>
    </message>
    <message>
        <source>show the paper datasheets</source>
        <translation>عرض الاستمارات الورقية</translation>
    </message>
    <message>
        <source>Not in this version</source>
        <translation>ليس في هذه النسخة</translation>
    </message>
    <message>
        <source>Not asked (skipped)</source>
        <translation>لم يُطرح (تم تخطيه)</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>لا توجد إجابة</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>Interviewers enter interviews and see only their own. Coordinators also see Results, export, change questionnaires, delete interviews, and manage passphrase, backups and this list. Once someone is listed, DuoDesk asks who is signing in every time it starts.</source>
        <translation>يُدخل المحاورون المقابلات ولا يرون إلا مقابلاتهم. ويرى المنسّقون أيضًا النتائج، ويصدّرون، ويغيّرون الاستبيانات، ويحذفون المقابلات، ويديرون عبارة المرور والنسخ الاحتياطية وهذه القائمة. ما إن يُضاف أحد إلى القائمة حتى يسأل DuoDesk في كل مرة يبدأ فيها عمّن يسجّل الدخول.</translation>
    </message>
    <message>
        <source>People and roles – DuoDesk</source>
        <translation>الأشخاص والأدوار – DuoDesk</translation>
    </message>
    <message>
        <source>People and roles</source>
        <translation>الأشخاص والأدوار</translation>
    </message>
    <message>
        <source>People who can sign in</source>
        <translation>الأشخاص الذين يمكنهم تسجيل الدخول</translation>
    </message>
    <message>
        <source>Nobody is listed yet: DuoDesk opens without asking who is using it, with every right. Add a coordinator first (yourself), then the interviewers.</source>
        <translation>لا أحد في القائمة بعد: يُفتح DuoDesk دون أن يسأل من يستخدمه، مع كل الصلاحيات. أضف منسّقًا أولًا (نفسك)، ثم المحاورين.</translation>
    </message>
    <message>
        <source>Give a new PIN…</source>
        <translation>إعطاء رقم سري جديد…</translation>
    </message>
    <message>
        <source>Take off the list…</source>
        <translation>الإزالة من القائمة…</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>تغيير الدور…</translation>
    </message>
    <message>
        <source>Name of the new person</source>
        <translation>اسم الشخص الجديد</translation>
    </message>
    <message>
        <source>A first name is enough</source>
        <translation>يكفي الاسم الأول</translation>
    </message>
    <message>
        <source>Role of the new person</source>
        <translation>دور الشخص الجديد</translation>
    </message>
    <message>
        <source>Add this person</source>
        <translation>إضافة هذا الشخص</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>ال&amp;اسم:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>ال&amp;دور:</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>إضافة شخص</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>The only coordinator stays one: make someone else a coordinator first.</source>
        <translation>المنسّق الوحيد يبقى منسّقًا: اجعل شخصًا آخر منسّقًا أولًا.</translation>
    </message>
    <message>
        <source>Make an interviewer…</source>
        <translation>جعله محاورًا…</translation>
    </message>
    <message>
        <source>Make a coordinator…</source>
        <translation>جعله منسّقًا…</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>الرقم ال&amp;سري:</translation>
    </message>
    <message>
        <source>{low} to {high} digits</source>
        <translation>من {low} إلى {high} أرقام</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>الرقم السري &amp;مرة أخرى:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>at least {count} characters</source>
        <translation>على الأقل {count} حرفًا</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>كلمة المرور &amp;مرة أخرى:</translation>
    </message>
    <message>
        <source>The two are not the same: type them again.</source>
        <translation>غير متطابقتين: اكتبهما مرة أخرى.</translation>
    </message>
    <message>
        <source>{name} was added as {role}.</source>
        <translation>أُضيف {name} بدور {role}.</translation>
    </message>
    <message>
        <source>Give a new PIN</source>
        <translation>إعطاء رقم سري جديد</translation>
    </message>
    <message>
        <source>The new PIN or password for {name}:</source>
        <translation>الرقم السري أو كلمة المرور الجديدة لـ {name}:</translation>
    </message>
    <message>
        <source>{name} has a new PIN and can sign in at once.</source>
        <translation>لدى {name} رقم سري جديد ويمكنه تسجيل الدخول فورًا.</translation>
    </message>
    <message>
        <source>Make {name} an interviewer</source>
        <translation>جعل {name} محاورًا</translation>
    </message>
    <message>
        <source>{name} becomes an interviewer and signs in with a new PIN ({low} to {high} digits). Their new PIN:</source>
        <translation>يصبح {name} محاورًا ويسجّل الدخول برقم سري جديد (من {low} إلى {high} أرقام). الرقم السري الجديد:</translation>
    </message>
    <message>
        <source>The new PIN again</source>
        <translation>الرقم السري الجديد مرة أخرى</translation>
    </message>
    <message>
        <source>The same PIN again:</source>
        <translation>الرقم السري نفسه مرة أخرى:</translation>
    </message>
    <message>
        <source>Make {name} a coordinator</source>
        <translation>جعل {name} منسّقًا</translation>
    </message>
    <message>
        <source>{name} becomes a coordinator and signs in with a new password (at least {count} characters). Their new password:</source>
        <translation>يصبح {name} منسّقًا ويسجّل الدخول بكلمة مرور جديدة (على الأقل {count} حرفًا). كلمة المرور الجديدة:</translation>
    </message>
    <message>
        <source>The new password again</source>
        <translation>كلمة المرور الجديدة مرة أخرى</translation>
    </message>
    <message>
        <source>The same password again:</source>
        <translation>كلمة المرور نفسها مرة أخرى:</translation>
    </message>
    <message>
        <source>The two are not the same: nothing was changed.</source>
        <translation>غير متطابقتين: لم يتغير شيء.</translation>
    </message>
    <message>
        <source>{name} is now an interviewer.</source>
        <translation>أصبح {name} محاورًا.</translation>
    </message>
    <message>
        <source>{name} is now a coordinator.</source>
        <translation>أصبح {name} منسّقًا.</translation>
    </message>
    <message>
        <source>Take off the list?</source>
        <translation>الإزالة من القائمة؟</translation>
    </message>
    <message>
        <source>Take {name} off the list? They can no longer sign in; the interviews they entered keep their name.</source>
        <translation>إزالة {name} من القائمة؟ لن يستطيع تسجيل الدخول بعد الآن؛ وتحتفظ المقابلات التي أدخلها باسمه.</translation>
    </message>
    <message>
        <source>{name} was taken off the list.</source>
        <translation>أُزيل {name} من القائمة.</translation>
    </message>
    <message>
        <source>That did not work: {error}</source>
        <translation>لم ينجح ذلك: {error}</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <source>Kind of answer</source>
        <translation>نوع الإجابة</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Help for the interviewer</source>
        <translation>مساعدة للمُقابِل</translation>
    </message>
    <message>
        <source>Change the help text</source>
        <translation>تغيير نص المساعدة</translation>
    </message>
    <message>
        <source>Name in the data file</source>
        <translation>الاسم في ملف البيانات</translation>
    </message>
    <message>
        <source>An answer is needed before going on</source>
        <translation>يلزم جواب قبل المتابعة</translation>
    </message>
    <message>
        <source>Change whether an answer is needed</source>
        <translation>تغيير ما إذا كان الجواب لازمًا</translation>
    </message>
    <message>
        <source>Message when it is left blank</source>
        <translation>رسالة عند تركه فارغًا</translation>
    </message>
    <message>
        <source>Change a message</source>
        <translation>تغيير رسالة</translation>
    </message>
    <message>
        <source>Answers could identify a person</source>
        <translation>قد تكشف الإجابات هوية شخص</translation>
    </message>
    <message>
        <source>Left out of shared exports.</source>
        <translation>يُستبعد من الملفات المُصدَّرة المشتركة.</translation>
    </message>
    <message>
        <source>Change whether answers identify a person</source>
        <translation>تغيير ما إذا كانت الإجابات تكشف الهوية</translation>
    </message>
    <message>
        <source>Answer filled in at the start</source>
        <translation>إجابة تُملأ في البداية</translation>
    </message>
    <message>
        <source>Change the starting answer</source>
        <translation>تغيير الإجابة الأولية</translation>
    </message>
    <message>
        <source>Calculation</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Change the answer rules</source>
        <translation>تغيير قواعد الإجابة</translation>
    </message>
    <message>
        <source>Message when the answer breaks the rule</source>
        <translation>رسالة عندما تخالف الإجابة القاعدة</translation>
    </message>
    <message>
        <source>Change when the question is asked</source>
        <translation>تغيير متى يُطرح السؤال</translation>
    </message>
    <message>
        <source>Kind of answer:</source>
        <translation>نوع الإجابة:</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>السؤال:</translation>
    </message>
    <message>
        <source>Help:</source>
        <translation>المساعدة:</translation>
    </message>
    <message>
        <source>Name in the data file:</source>
        <translation>الاسم في ملف البيانات:</translation>
    </message>
    <message>
        <source>A name in the data file uses letters, digits and _ and starts with a letter.</source>
        <translation>الاسم في ملف البيانات يتكون من حروف وأرقام و_ ويبدأ بحرف.</translation>
    </message>
    <message>
        <source>Change the name in the data file</source>
        <translation>تغيير الاسم في ملف البيانات</translation>
    </message>
    <message>
        <source>Worked out from:</source>
        <translation>يُحسب من:</translation>
    </message>
    <message>
        <source>Calculation:</source>
        <translation>الحساب:</translation>
    </message>
    <message>
        <source>If left blank, say:</source>
        <translation>إن تُرك فارغًا، قل:</translation>
    </message>
    <message>
        <source>Starting answer:</source>
        <translation>الإجابة الأولية:</translation>
    </message>
    <message>
        <source>Answer options</source>
        <translation>خيارات الإجابة</translation>
    </message>
    <message>
        <source>If the answer is not allowed, say:</source>
        <translation>إن لم تكن الإجابة مسموحة، قل:</translation>
    </message>
    <message>
        <source>Answer rules</source>
        <translation>قواعد الإجابة</translation>
    </message>
    <message>
        <source>When to ask it</source>
        <translation>متى يُسأل</translation>
    </message>
    <message>
        <source>Change the question text</source>
        <translation>تغيير نص السؤال</translation>
    </message>
    <message>
        <source>“{name}” is already used by another question.</source>
        <translation>«{name}» مستخدم في سؤال آخر.</translation>
    </message>
    <message>
        <source>Change the kind of answer</source>
        <translation>تغيير نوع الإجابة</translation>
    </message>
    <message>
        <source>Change the answer options</source>
        <translation>تغيير خيارات الإجابة</translation>
    </message>
    <message>
        <source>Change the calculation</source>
        <translation>تغيير الحساب</translation>
    </message>
    <message>
        <source>✓ This calculation can be used.</source>
        <translation>✓ يمكن استخدام هذا الحساب.</translation>
    </message>
</context>
<context>
    <name>QuestionList</name>
    <message>
        <source>one answer</source>
        <translation>إجابة واحدة</translation>
    </message>
    <message>
        <source>several answers</source>
        <translation>عدة إجابات</translation>
    </message>
    <message>
        <source>number</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>written answer</source>
        <translation>إجابة مكتوبة</translation>
    </message>
    <message>
        <source>date</source>
        <translation>تاريخ</translation>
    </message>
    <message>
        <source>grid of statements</source>
        <translation>جدول عبارات</translation>
    </message>
    <message>
        <source>Q&amp;uestions</source>
        <translation>الأس&amp;ئلة</translation>
    </message>
    <message>
        <source>Find a question…</source>
        <translation>البحث عن سؤال…</translation>
    </message>
    <message>
        <source>Find a question</source>
        <translation>البحث عن سؤال</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>الأسئلة</translation>
    </message>
    <message>
        <source>Choose a question with ↑ and ↓ (Ctrl+L comes back here)</source>
        <translation>اختر سؤالًا بالمفتاحين ↑ و↓ (Ctrl+L يعيدك إلى هنا)</translation>
    </message>
    <message>
        <source>Type words of a question, then ↓ to go to the matches (Ctrl+F)</source>
        <translation>اكتب كلمات من السؤال، ثم ↓ للانتقال إلى النتائج (Ctrl+F)</translation>
    </message>
    <message>
        <source>Grid: </source>
        <translation>جدول: </translation>
    </message>
</context>
<context>
    <name>QuestionPreview</name>
    <message>
        <source>Preview of the question</source>
        <translation>معاينة السؤال</translation>
    </message>
    <message>
        <source>Choose a question to see it as the interviewer will.</source>
        <translation>اختر سؤالًا لتراه كما سيراه المُقابِل.</translation>
    </message>
    <message>
        <source>This is worked out by DuoDesk; the interviewer does not see it.</source>
        <translation>يحسبه DuoDesk؛ لا يراه المُقابِل.</translation>
    </message>
    <message>
        <source>A repeated section: its questions are asked once for each one, and the interviewer adds each one (or the number set is asked).</source>
        <translation>قسم مكرر: تُطرح أسئلته مرة لكل واحد، ويضيف المُقابِل كل واحد (أو يُطرح العدد المحدد).</translation>
    </message>
    <message>
        <source>A section: its questions are shown one by one.</source>
        <translation>قسم: تُعرض أسئلته واحدًا بعد واحد.</translation>
    </message>
    <message>
        <source>Add the answer options to see this question.</source>
        <translation>أضف خيارات الإجابة لترى هذا السؤال.</translation>
    </message>
</context>
<context>
    <name>QuestionTreeView</name>
    <message>
        <source>Questions</source>
        <translation>الأسئلة</translation>
    </message>
</context>
<context>
    <name>QuestionView</name>
    <message>
        <source>Choose a question in the list to see its answers.</source>
        <translation>اختر سؤالًا من القائمة لرؤية إجاباته.</translation>
    </message>
    <message>
        <source>Who these numbers are about</source>
        <translation>عمّن تتحدث هذه الأرقام</translation>
    </message>
    <message>
        <source>&amp;Copy the table</source>
        <translation>&amp;نسخ الجدول</translation>
    </message>
    <message>
        <source>Copy the table, to paste into a document</source>
        <translation>نسخ الجدول للصقه في مستند</translation>
    </message>
    <message>
        <source>Copies the table as text with tabs (Ctrl+Shift+C)</source>
        <translation>ينسخ الجدول نصًّا مع مسافات جدولة (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Save the c&amp;hart as a picture…</source>
        <translation>حفظ الرسم البياني ك&amp;صورة…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG picture</source>
        <translation>حفظ الرسم البياني كصورة PNG</translation>
    </message>
    <message>
        <source>Reading the written answers…</source>
        <translation>جارٍ قراءة الإجابات المكتوبة…</translation>
    </message>
    <message>
        <source>{statements} on the same scale, in {interviews}; up to {people} answered each one. Percentages are of the people who answered that statement (its row).</source>
        <translation>{statements} على المقياس نفسه، في {interviews}؛ أجاب عن كل منها حتى {people}. النسب المئوية هي من الأشخاص الذين أجابوا عن تلك العبارة (صفّها).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln statements</source>
        <translation>
            <numerusform>عبارات: %Ln</numerusform>
            <numerusform>عبارات: %Ln</numerusform>
            <numerusform>عبارات: %Ln</numerusform>
            <numerusform>عبارات: %Ln</numerusform>
            <numerusform>عبارات: %Ln</numerusform>
            <numerusform>عبارات: %Ln</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>أشخاص: %Ln</numerusform>
            <numerusform>أشخاص: %Ln</numerusform>
            <numerusform>أشخاص: %Ln</numerusform>
            <numerusform>أشخاص: %Ln</numerusform>
            <numerusform>أشخاص: %Ln</numerusform>
            <numerusform>أشخاص: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>in “{group}”</source>
        <translation>في «{group}»</translation>
    </message>
    <message>
        <source>Kind of answer: {kind}</source>
        <translation>نوع الإجابة: {kind}</translation>
    </message>
    <message>
        <source>Its name in the questionnaire file: {name}</source>
        <translation>اسمه في ملف الاستبيان: {name}</translation>
    </message>
    <message>
        <source>Copied. Paste it into a document or a spreadsheet.</source>
        <translation>تم النسخ. الصقه في مستند أو جدول بيانات.</translation>
    </message>
    <message>
        <source>Save the chart as a picture</source>
        <translation>حفظ الرسم البياني كصورة</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>صور PNG (*.png)</translation>
    </message>
    <message>
        <source>The chart was not saved</source>
        <translation>لم يُحفظ الرسم البياني</translation>
    </message>
    <message>
        <source>Saved as {file}.</source>
        <translation>حُفظ باسم {file}.</translation>
    </message>
</context>
<context>
    <name>QuotesDialog</name>
    <message>
        <source>{theme} (number hidden, as in the workbook)</source>
        <translation>{theme} (العدد مخفي، كما في المصنف)</translation>
    </message>
    <message numerus="yes">
        <source>{theme} (%Ln people)</source>
        <translation><numerusform>{theme} (لا أحد)</numerusform><numerusform>{theme} (شخص واحد)</numerusform><numerusform>{theme} (شخصان)</numerusform><numerusform>{theme} (%Ln أشخاص)</numerusform><numerusform>{theme} (%Ln شخصًا)</numerusform><numerusform>{theme} (%Ln شخص)</numerusform></translation>
    </message>
    <message>
        <source>Quotes kept back: this question is marked as identifying, so its answers are never quoted.</source>
        <translation>الاقتباسات محجوبة: هذا السؤال محدَّد ككاشف للهوية، فلا تُقتبس إجاباته أبدًا.</translation>
    </message>
    <message>
        <source>Quotes kept back: the workbook hides how many people gave this theme (too few to show safely, or hidden so that a small number next to it cannot be worked out), so its answers are not quoted either.</source>
        <translation>الاقتباسات محجوبة: يُخفي المصنف عدد من أعطوا هذا الموضوع (عدد قليل لا يُعرض بأمان، أو أُخفي كي لا يُستنتج عدد صغير بجانبه)، فلا تُقتبس إجاباته أيضًا.</translation>
    </message>
    <message>
        <source>Quotes per theme</source>
        <translation>الاقتباسات لكل موضوع</translation>
    </message>
    <message>
        <source>The words only: no site, date or interviewer, in alphabetical order. Names, phone numbers, e-mail and web addresses, dates and other numbers were taken out and show as “[…]”, by simple rules that can miss some: read every quote, and check that nobody can be recognised from their words, before using it. As in the findings report, a theme is quoted, and its number shown, only when the workbook shows how many people gave it.</source>
        <translation>الكلمات فقط: دون موقع أو تاريخ أو مُحاور، بترتيب أبجدي. حُذفت الأسماء وأرقام الهواتف وعناوين البريد الإلكتروني والمواقع والتواريخ والأرقام الأخرى وتظهر مكانها «[…]»، بقواعد بسيطة قد يفوتها بعضها: اقرأ كل اقتباس، وتأكد أنه لا يمكن التعرف على أحد من كلماته، قبل استخدامه. كما في التقرير، لا يُقتبس موضوع ولا يُعرض عدده إلا حين يعرض المصنف عدد من ذكروه.</translation>
    </message>
    <message>
        <source>Show quotes for themes given by few people too (coordinator's choice)</source>
        <translation>إظهار اقتباسات المواضيع التي أعطاها قليلون أيضًا (قرار المنسق)</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>نسخ الكل</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>list the quotes</source>
        <translation>عرض الاقتباسات</translation>
    </message>
    <message>
        <source>No theme has been given yet.</source>
        <translation>لم يُعطَ أي موضوع بعد.</translation>
    </message>
</context>
<context>
    <name>ReportWritten</name>
    <message>
        <source>{first} and {last}</source>
        <translation>{first} و{last}</translation>
    </message>
    <message>
        <source>the number of interviews hidden</source>
        <translation>عدد المقابلات مخفي</translation>
    </message>
    <message numerus="yes">
        <source>%n interviews counted</source>
        <translation><numerusform>لم تُحتسب أي مقابلة</numerusform><numerusform>مقابلة واحدة محتسبة</numerusform><numerusform>مقابلتان محتسبتان</numerusform><numerusform>%n مقابلات محتسبة</numerusform><numerusform>%n مقابلةً محتسبة</numerusform><numerusform>%n مقابلة محتسبة</numerusform></translation>
    </message>
    <message>
        <source>The findings report ({how_many}) was written to {files}. It is a draft: read it and edit it before it is passed on.</source>
        <translation>كُتب تقرير النتائج ({how_many}) في {files}. إنه مسودة: اقرأه وعدّله قبل تمريره.</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Daily backup</source>
        <translation>نسخة احتياطية يومية</translation>
    </message>
    <message>
        <source>Before DuoDesk was updated</source>
        <translation>قبل تحديث DuoDesk</translation>
    </message>
    <message>
        <source>Before deleted interviews were removed for good</source>
        <translation>قبل مسح المقابلات المحذوفة نهائيًا</translation>
    </message>
    <message>
        <source>Before a backup was restored</source>
        <translation>قبل استرجاع نسخة احتياطية</translation>
    </message>
    <message>
        <source>Before interviews from the team were added</source>
        <translation>قبل إضافة مقابلات من الفريق</translation>
    </message>
    <message>
        <source>{day} at {time}: {kind}</source>
        <translation>{day} الساعة {time}: {kind}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>استرجاع نسخة احتياطية</translation>
    </message>
    <message>
        <source>The project goes back to how it was when the backup was made. What it holds now is kept as another backup first, so this can be undone. Close interview and Results windows first.</source>
        <translation>يعود المشروع إلى ما كان عليه عند أخذ النسخة الاحتياطية. ما يحتويه الآن يُحفظ أولًا في نسخة احتياطية أخرى، لذا يمكن التراجع. أغلق نوافذ المقابلة والنتائج أولًا.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>النسخ الاحتياطية، الأحدث أولًا</translation>
    </message>
    <message>
        <source>This project has no backups yet.</source>
        <translation>لا توجد نسخ احتياطية لهذا المشروع بعد.</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>استرجاع هذه النسخة</translation>
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
        <translation>{question}: ليس {value}</translation>
    </message>
    <message>
        <source>{question}: {value} ticked</source>
        <translation>{question}: {value} محدد</translation>
    </message>
    <message>
        <source>{question}: more than {value}</source>
        <translation>{question}: أكثر من {value}</translation>
    </message>
    <message>
        <source>{question}: less than {value}</source>
        <translation>{question}: أقل من {value}</translation>
    </message>
    <message>
        <source>{question}: {value} or more</source>
        <translation>{question}: {value} أو أكثر</translation>
    </message>
    <message>
        <source>{question}: {value} or less</source>
        <translation>{question}: {value} أو أقل</translation>
    </message>
</context>
<context>
    <name>ResultsTables</name>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Not asked (skipped)</source>
        <translation>لم يُطرح (تُخطّي)</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>لا إجابة</translation>
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
        <source>A quarter of the answers are at or below the lower quartile, half at or below the median, three quarters at or below the upper quartile (worked out as SPSS does).</source>
        <translation>ربع الإجابات عند الربيع الأدنى أو تحته، ونصفها عند الوسيط أو تحته، وثلاثة أرباعها عند الربيع الأعلى أو تحته (تُحسب كما في SPSS).</translation>
    </message>
    <message>
        <source>{answer} (left out of the valid %)</source>
        <translation>{answer} (خارج النسبة الصالحة %)</translation>
    </message>
    <message>
        <source>% of all {count} {things}</source>
        <translation>% من كل الـ {count} {things}</translation>
    </message>
    <message numerus="yes">
        <source>% of all %Ln interviews</source>
        <translation><numerusform>% من كل المقابلات (%Ln)</numerusform><numerusform>% من كل المقابلات (%Ln)</numerusform><numerusform>% من كل المقابلات (%Ln)</numerusform><numerusform>% من كل المقابلات (%Ln)</numerusform><numerusform>% من كل المقابلات (%Ln)</numerusform><numerusform>% من كل المقابلات (%Ln)</numerusform></translation>
    </message>
    <message>
        <source>% of the {count} who answered (codes for no answer left out)</source>
        <translation>% من الـ {count} الذين أجابوا (دون رموز عدم الإجابة)</translation>
    </message>
    <message>
        <source>% of the {count} who answered</source>
        <translation>% من الـ {count} الذين أجابوا</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>Adding up, % of those who answered</source>
        <translation>التراكمي، % ممن أجابوا</translation>
    </message>
    <message>
        <source>A code for no answer: counted and shown, but left out of the valid percent.</source>
        <translation>رمز لعدم الإجابة: يُعدّ ويُعرض، لكنه لا يدخل في النسبة الصالحة.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Total answers ticked</source>
        <translation>مجموع الإجابات المختارة</translation>
    </message>
    <message>
        <source>Answers ticked together</source>
        <translation>إجابات اختيرت معًا</translation>
    </message>
    <message>
        <source>Number who answered</source>
        <translation>عدد من أجابوا</translation>
    </message>
    <message>
        <source>Mean (average)</source>
        <translation>المتوسط</translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation>الانحراف المعياري</translation>
    </message>
    <message>
        <source>Median (middle value)</source>
        <translation>الوسيط (القيمة الوسطى)</translation>
    </message>
    <message>
        <source>Lower quartile (25%)</source>
        <translation>الربيع الأدنى (25%)</translation>
    </message>
    <message>
        <source>Upper quartile (75%)</source>
        <translation>الربيع الأعلى (75%)</translation>
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
        <source>How quartiles are found</source>
        <translation>كيف تُحسب الأرباع</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>المقياس</translation>
    </message>
    <message>
        <source>{answer} (counted as no answer)</source>
        <translation>{answer} (محسوبة كعدم إجابة)</translation>
    </message>
    <message>
        <source>% of people (of the {count} who answered, {codes} of them only a code for no answer)</source>
        <translation>% من الأشخاص (من {count} أجابوا، منهم {codes} برمز عدم الإجابة فقط)</translation>
    </message>
    <message>
        <source>% of people (of the {count} who answered)</source>
        <translation>% من الأشخاص (من {count} أجابوا)</translation>
    </message>
    <message numerus="yes">
        <source>% of all answers ticked (%Ln answers)</source>
        <translation><numerusform>% من كل الإجابات المختارة (%Ln إجابة)</numerusform><numerusform>% من كل الإجابات المختارة (إجابة واحدة: %Ln)</numerusform><numerusform>% من كل الإجابات المختارة (إجابتان: %Ln)</numerusform><numerusform>% من كل الإجابات المختارة (%Ln إجابات)</numerusform><numerusform>% من كل الإجابات المختارة (%Ln إجابة)</numerusform><numerusform>% من كل الإجابات المختارة (%Ln إجابة)</numerusform></translation>
    </message>
    <message>
        <source>“% of people” adds up to more than 100: people could tick several.</source>
        <translation>مجموع «% من الأشخاص» أكثر من 100: كان يمكن اختيار عدة إجابات.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Statement: people (% of those who answered; valid %, codes for no answer left out)</source>
        <translation>العبارة: الأشخاص (% ممن أجابوا؛ النسبة الصالحة دون رموز عدم الإجابة)</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>أجابوا</translation>
    </message>
    <message>
        <source>{count} ({percent}%; valid {valid}%)</source>
        <translation>{count} ({percent}%؛ الصالحة {valid}%)</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>مخفي</translation>
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
        <source>% of everyone in the table</source>
        <translation>% من الجميع في الجدول</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Answer, as written</source>
        <translation>الإجابة كما كُتبت</translation>
    </message>
</context>
<context>
    <name>ResultsWindow</name>
    <message>
        <source>Type one or more numbers to split at, for example: 1, 5</source>
        <translation>اكتب رقمًا أو أكثر للتقسيم عنده، مثلًا: 1, 5</translation>
    </message>
    <message>
        <source>“{typed}” is not a list of numbers. Type them with commas, for example: 1, 5</source>
        <translation>«{typed}» ليس قائمة أرقام. اكتبها مع فواصل، مثلًا: 1, 5</translation>
    </message>
    <message>
        <source>Type ordinary numbers, for example: 1, 5</source>
        <translation>اكتب أرقامًا عادية، مثلًا: 1, 5</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Reading the questionnaire…</source>
        <translation>جارٍ قراءة الاستبيان…</translation>
    </message>
    <message>
        <source>Which interviews are counted</source>
        <translation>أي المقابلات تُحسب</translation>
    </message>
    <message>
        <source>Working it out… %p%</source>
        <translation>جارٍ الحساب… %p%</translation>
    </message>
    <message>
        <source>Working it out</source>
        <translation>جارٍ الحساب</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>الأ&amp;سئلة</translation>
    </message>
    <message>
        <source>Compare t&amp;wo questions</source>
        <translation>مقارنة &amp;سؤالين</translation>
    </message>
    <message>
        <source>Language of questions and answers</source>
        <translation>لغة الأسئلة والإجابات</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>Ch&amp;oose interviews…</source>
        <translation>ا&amp;ختيار المقابلات…</translation>
    </message>
    <message>
        <source>Show or hide the choice of site, interviewer and dates</source>
        <translation>إظهار أو إخفاء اختيار المكان والمحاور والتواريخ</translation>
    </message>
    <message>
        <source>Results: {title}</source>
        <translation>النتائج: {title}</translation>
    </message>
    <message>
        <source>Counting: {who}…</source>
        <translation>جارٍ الحساب: {who}…</translation>
    </message>
    <message numerus="yes">
        <source>Counting %n complete interviews: {who}.</source>
        <translation><numerusform>عدد المقابلات المنتهية المحسوبة: %n. {who}.</numerusform><numerusform>عدد المقابلات المنتهية المحسوبة: %n. {who}.</numerusform><numerusform>عدد المقابلات المنتهية المحسوبة: %n. {who}.</numerusform><numerusform>عدد المقابلات المنتهية المحسوبة: %n. {who}.</numerusform><numerusform>عدد المقابلات المنتهية المحسوبة: %n. {who}.</numerusform><numerusform>عدد المقابلات المنتهية المحسوبة: %n. {who}.</numerusform></translation>
    </message>
    <message>
        <source>“{question}”: no answers to show.</source>
        <translation>«{question}»: لا توجد إجابات للعرض.</translation>
    </message>
    <message>
        <source>These results could not be worked out: the team's server cannot be reached just now. Nothing in the project was changed; count again once it answers.</source>
        <translation>تعذّر حساب هذه النتائج: لا يمكن الوصول إلى خادم الفريق الآن. لم يتغير شيء في المشروع؛ أعد العدّ عندما يستجيب.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>حدث خطأ ما</translation>
    </message>
    <message>
        <source>DuoDesk could not work out these results. Nothing in the project was changed.

{details}</source>
        <translation>تعذّر على DuoDesk حساب هذه النتائج. لم يتغير شيء في المشروع.

{details}</translation>
    </message>
</context>
<context>
    <name>SecurityHooks</name>
    <message>
        <source>⚠ This project is not locked with a passphrase: anyone who copies the file can read the interviews. Security &gt; Lock the project with a passphrase…</source>
        <translation>⚠ هذا المشروع غير مقفل بعبارة مرور: أي شخص ينسخ الملف يستطيع قراءة المقابلات. الأمان &gt; قفل المشروع بعبارة مرور…</translation>
    </message>
    <message>
        <source>Choose a passphrase…</source>
        <translation>اختيار عبارة مرور…</translation>
    </message>
    <message>
        <source>Encrypt the project, so that nobody who copies the file can read the interviews</source>
        <translation>تشفير المشروع، حتى لا يستطيع أحد ينسخ الملف قراءة المقابلات</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <source>A reminder stays at the bottom of the window.</source>
        <translation>يبقى تذكير أسفل النافذة.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This project now holds interviews.&lt;/b&gt; They will be about people's health and drug use: lock the project with a passphrase so that nobody who copies the file from this laptop can read them.</source>
        <translation>&lt;b&gt;يحتوي هذا المشروع الآن على مقابلات.&lt;/b&gt; ستتناول المقابلات صحة الناس وتعاطيهم للمخدرات: اقفل المشروع بعبارة مرور حتى لا يستطيع أحد ينسخ الملف من هذا الحاسوب قراءتها.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This project now holds interviews.&lt;/b&gt; Lock it with a passphrase.</source>
        <translation>&lt;b&gt;يحتوي هذا المشروع الآن على مقابلات.&lt;/b&gt; اقفله بعبارة مرور.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This project now holds a questionnaire of your own.&lt;/b&gt; Its interviews will be about people's health and drug use: lock the project with a passphrase before the first one, so that nobody who copies the file from this laptop can read them.</source>
        <translation>&lt;b&gt;يحتوي هذا المشروع الآن على استبيان خاص بكم.&lt;/b&gt; ستتناول مقابلاته صحة الناس وتعاطيهم للمخدرات: اقفل المشروع بعبارة مرور قبل أول مقابلة، حتى لا يتمكن أحد ينسخ الملف من هذا الحاسوب من قراءتها.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before the first interview,&lt;/b&gt; lock this project with a passphrase.</source>
        <translation>&lt;b&gt;قبل أول مقابلة،&lt;/b&gt; اقفل هذا المشروع بعبارة مرور.</translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation>الأ&amp;مان</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>ال&amp;قفل الآن</translation>
    </message>
    <message>
        <source>Lock af&amp;ter…</source>
        <translation>القفل &amp;بعد…</translation>
    </message>
    <message>
        <source>&amp;Remove the passphrase…</source>
        <translation>إ&amp;زالة عبارة المرور…</translation>
    </message>
    <message>
        <source>Restore a &amp;backup…</source>
        <translation>استرجاع &amp;نسخة احتياطية…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;سجل الإجراءات…</translation>
    </message>
    <message>
        <source>&amp;Change the passphrase…</source>
        <translation>&amp;تغيير عبارة المرور…</translation>
    </message>
    <message>
        <source>Lock the project with a &amp;passphrase…</source>
        <translation>قفل المشروع ب&amp;عبارة مرور…</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>القفل بعد</translation>
    </message>
    <message>
        <source>Lock every window after this many minutes with nobody using DuoDesk (0: never):</source>
        <translation>اقفل كل النوافذ بعد هذا العدد من الدقائق دون أن يستخدم أحد DuoDesk (0: أبدًا):</translation>
    </message>
    <message>
        <source>Close the other windows first</source>
        <translation>أغلق النوافذ الأخرى أولًا</translation>
    </message>
    <message>
        <source>Close the interview, Results, Export and designer windows first, then try again. Nothing was changed.</source>
        <translation>أغلق أولًا نوافذ المقابلة والنتائج والتصدير والمحرر، ثم حاول مرة أخرى. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>Lock the project with a passphrase</source>
        <translation>قفل المشروع بعبارة مرور</translation>
    </message>
    <message>
        <source>Remove the passphrase?</source>
        <translation>إزالة عبارة المرور؟</translation>
    </message>
    <message>
        <source>Without a passphrase anyone who copies the project file can read every interview. Remove it only if the project is moving to a laptop that is itself encrypted.</source>
        <translation>دون عبارة مرور يستطيع أي شخص ينسخ ملف المشروع قراءة كل المقابلات. أزلها فقط إذا كان المشروع سينتقل إلى حاسوب مشفّر هو نفسه.</translation>
    </message>
    <message>
        <source>Remove the passphrase</source>
        <translation>إزالة عبارة المرور</translation>
    </message>
    <message>
        <source>The project and its backups are now locked with the new passphrase.</source>
        <translation>المشروع ونسخه الاحتياطية مقفلة الآن بعبارة المرور الجديدة.</translation>
    </message>
    <message>
        <source>The project and its backups are no longer encrypted.</source>
        <translation>المشروع ونسخه الاحتياطية لم تعد مشفّرة.</translation>
    </message>
    <message>
        <source>The project is now locked with the new passphrase.</source>
        <translation>أصبح المشروع الآن مقفلًا بعبارة المرور الجديدة.</translation>
    </message>
    <message>
        <source>The project is no longer encrypted.</source>
        <translation>لم يعد المشروع مشفّرًا.</translation>
    </message>
    <message numerus="yes">
        <source>%n older backups use an earlier passphrase and were not changed.</source>
        <translation><numerusform>نسخ احتياطية أقدم تستخدم عبارة مرور سابقة ولم تتغير: %n.</numerusform><numerusform>نسخ احتياطية أقدم تستخدم عبارة مرور سابقة ولم تتغير: %n.</numerusform><numerusform>نسخ احتياطية أقدم تستخدم عبارة مرور سابقة ولم تتغير: %n.</numerusform><numerusform>نسخ احتياطية أقدم تستخدم عبارة مرور سابقة ولم تتغير: %n.</numerusform><numerusform>نسخ احتياطية أقدم تستخدم عبارة مرور سابقة ولم تتغير: %n.</numerusform><numerusform>نسخ احتياطية أقدم تستخدم عبارة مرور سابقة ولم تتغير: %n.</numerusform></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>تم استرجاع النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>The project is back as the backup has it.</source>
        <translation>عاد المشروع كما هو في النسخة الاحتياطية.</translation>
    </message>
</context>
<context>
    <name>SettingsEditor</name>
    <message>
        <source>Title of the questionnaire</source>
        <translation>عنوان الاستبيان</translation>
    </message>
    <message>
        <source>Name of the questionnaire in the data files</source>
        <translation>اسم الاستبيان في ملفات البيانات</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Change the version</source>
        <translation>تغيير الإصدار</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>اللغات</translation>
    </message>
    <message>
        <source>New language</source>
        <translation>لغة جديدة</translation>
    </message>
    <message>
        <source>for example  Español (es)</source>
        <translation>مثلًا  Español (es)</translation>
    </message>
    <message>
        <source>Add the language</source>
        <translation>إضافة اللغة</translation>
    </message>
    <message>
        <source>Make it the main language</source>
        <translation>جعلها اللغة الرئيسية</translation>
    </message>
    <message>
        <source>Remove the language</source>
        <translation>حذف اللغة</translation>
    </message>
    <message>
        <source>Questions that make the participant code</source>
        <translation>الأسئلة التي يتكون منها رمز المشارك</translation>
    </message>
    <message>
        <source>Choose a question in the list to change it, or add one with the buttons above the list. The main language comes first; write each question in every language.</source>
        <translation>اختر سؤالًا من القائمة لتغييره، أو أضف سؤالًا بالأزرار فوق القائمة. اللغة الرئيسية أولًا؛ اكتب كل سؤال بكل لغة.</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Name in the data files:</source>
        <translation>الاسم في ملفات البيانات:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>الإصدار:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>اللغات:</translation>
    </message>
    <message>
        <source>Participant code from:</source>
        <translation>رمز المشارك من:</translation>
    </message>
    <message>
        <source>{language}  (main language)</source>
        <translation>{language}  (اللغة الرئيسية)</translation>
    </message>
    <message>
        <source>Change the participant code</source>
        <translation>تغيير رمز المشارك</translation>
    </message>
    <message>
        <source>Change the title</source>
        <translation>تغيير العنوان</translation>
    </message>
    <message>
        <source>Change the short name</source>
        <translation>تغيير الاسم المختصر</translation>
    </message>
    <message>
        <source>Add the language {language}</source>
        <translation>إضافة اللغة {language}</translation>
    </message>
    <message>
        <source>Make {language} the main language</source>
        <translation>جعل {language} اللغة الرئيسية</translation>
    </message>
    <message>
        <source>Remove the language {language}</source>
        <translation>حذف اللغة {language}</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in – DuoDesk</source>
        <translation>تسجيل الدخول – DuoDesk</translation>
    </message>
    <message>
        <source>Who is using DuoDesk?</source>
        <translation>من يستخدم DuoDesk؟</translation>
    </message>
    <message>
        <source>Choose your name, then type your PIN.</source>
        <translation>اختر اسمك، ثم اكتب رقمك السري.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>الرقم ال&amp;سري:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>الرقم السري</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Close DuoDesk</source>
        <translation>إغلاق DuoDesk</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Choose your name in the list first.</source>
        <translation>اختر اسمك من القائمة أولًا.</translation>
    </message>
    <message>
        <source>Type your PIN first.</source>
        <translation>اكتب رقمك السري أولًا.</translation>
    </message>
    <message>
        <source>Signing in did not work: {error}</source>
        <translation>لم ينجح تسجيل الدخول: {error}</translation>
    </message>
</context>
<context>
    <name>SkipLogicBuilder</name>
    <message>
        <source>When to ask this question</source>
        <translation>متى يُطرح هذا السؤال</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>دائمًا</translation>
    </message>
    <message>
        <source>Only if all of these are true</source>
        <translation>فقط إذا صح كل ما يلي</translation>
    </message>
    <message>
        <source>Only if any of these is true</source>
        <translation>فقط إذا صح أي مما يلي</translation>
    </message>
    <message>
        <source>Only if a rule written by hand is true</source>
        <translation>فقط إذا صحت قاعدة مكتوبة يدويًا</translation>
    </message>
    <message>
        <source>Add a condition</source>
        <translation>إضافة شرط</translation>
    </message>
    <message>
        <source>Rule written by hand</source>
        <translation>قاعدة مكتوبة يدويًا</translation>
    </message>
    <message>
        <source>for example  ${age} &gt;= 18 and ${sex} = 'female'</source>
        <translation>مثلًا  ${age} &gt;= 18 and ${sex} = 'female'</translation>
    </message>
    <message>
        <source>Ask this question:</source>
        <translation>اطرح هذا السؤال:</translation>
    </message>
    <message>
        <source>Empty: the question is always asked.</source>
        <translation>فارغة: يُطرح السؤال دائمًا.</translation>
    </message>
    <message>
        <source>⚠ {problem} (at character {position})</source>
        <translation>⚠ {problem} (عند الحرف {position})</translation>
    </message>
    <message>
        <source>⚠ There is no question called "{name}".</source>
        <translation>⚠ لا يوجد سؤال باسم «{name}».</translation>
    </message>
    <message>
        <source>✓ This rule can be used.</source>
        <translation>✓ يمكن استخدام هذه القاعدة.</translation>
    </message>
</context>
<context>
    <name>SubsetBar</name>
    <message>
        <source>is</source>
        <translation>هي</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>ليست</translation>
    </message>
    <message>
        <source>includes</source>
        <translation>تشمل</translation>
    </message>
    <message>
        <source>is more than</source>
        <translation>أكثر من</translation>
    </message>
    <message>
        <source>is less than</source>
        <translation>أقل من</translation>
    </message>
    <message>
        <source>is at least</source>
        <translation>على الأقل</translation>
    </message>
    <message>
        <source>is at most</source>
        <translation>على الأكثر</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>أي تاريخ</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>كل الأماكن</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>المحاور</translation>
    </message>
    <message>
        <source>All interviewers</source>
        <translation>كل المحاورين</translation>
    </message>
    <message>
        <source>Questionnaire version</source>
        <translation>نسخة الاستبيان</translation>
    </message>
    <message>
        <source>All versions</source>
        <translation>كل النسخ</translation>
    </message>
    <message>
        <source>Interviews from</source>
        <translation>المقابلات من</translation>
    </message>
    <message>
        <source>Interviews up to</source>
        <translation>المقابلات حتى</translation>
    </message>
    <message>
        <source>Question for a condition</source>
        <translation>سؤال لشرط</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>المقارنة</translation>
    </message>
    <message>
        <source>Answer for the condition</source>
        <translation>الإجابة للشرط</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Add this condition</source>
        <translation>إضافة هذا الشرط</translation>
    </message>
    <message>
        <source>Count everyone again</source>
        <translation>حساب الجميع من جديد</translation>
    </message>
    <message>
        <source>Remove every choice of interviews</source>
        <translation>إزالة كل اختيارات المقابلات</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>ال&amp;مكان:</translation>
    </message>
    <message>
        <source>&amp;Interviewer:</source>
        <translation>الم&amp;حاور:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>ال&amp;نسخة:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;من:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>إ&amp;لى:</translation>
    </message>
    <message>
        <source>O&amp;nly people whose answer to</source>
        <translation>&amp;فقط من كانت إجابتهم عن</translation>
    </message>
    <message>
        <source>Version {number}</source>
        <translation>النسخة {number}</translation>
    </message>
    <message>
        <source>Choose or type the answer for the condition first.</source>
        <translation>اختر أو اكتب إجابة الشرط أولًا.</translation>
    </message>
    <message>
        <source>“{question}” {comparison} {answer}</source>
        <translation>«{question}» {comparison} {answer}</translation>
    </message>
    <message>
        <source>Only people whose answer to {conditions}</source>
        <translation>فقط من كانت إجابتهم عن {conditions}</translation>
    </message>
</context>
<context>
    <name>TextPage</name>
    <message>
        <source>Written answers</source>
        <translation>الإجابات المكتوبة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln written answers, oldest first.</source>
        <translation>
            <numerusform>لا إجابات مكتوبة.</numerusform>
            <numerusform>إجابة مكتوبة واحدة.</numerusform>
            <numerusform>إجابتان مكتوبتان، الأقدم أولًا.</numerusform>
            <numerusform>%Ln إجابات مكتوبة، الأقدم أولًا.</numerusform>
            <numerusform>%Ln إجابة مكتوبة، الأقدم أولًا.</numerusform>
            <numerusform>%Ln إجابة مكتوبة، الأقدم أولًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody wrote an answer to this question in these interviews.</source>
        <translation>لم يكتب أحد إجابة عن هذا السؤال في هذه المقابلات.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Send interviews to the team</source>
        <translation>إرسال المقابلات إلى الفريق</translation>
    </message>
    <message>
        <source>Add a transfer file</source>
        <translation>إضافة ملف نقل</translation>
    </message>
    <message>
        <source>Add a team member's transfer file</source>
        <translation>إضافة ملف نقل من أحد أعضاء الفريق</translation>
    </message>
    <message>
        <source>DuoDesk writes a file you can carry on a USB stick to the coordinator or to another laptop. It holds the questionnaire, the finished interviews, their corrections and deletions, locked with the team passphrase: without the passphrase nobody can read it.</source>
        <translation>يكتب DuoDesk ملفًا يمكنك حمله على ذاكرة USB إلى المنسّق أو إلى حاسوب آخر. يحتوي على الاستبيان والمقابلات المنتهية وتصحيحاتها وما حُذف منها، مقفلة بعبارة مرور الفريق: دونها لا يستطيع أحد قراءته.</translation>
    </message>
    <message>
        <source>Interviews from the file are added to this project; ones already here are brought up to date, never added twice. Reading the same file again changes nothing. Use the team passphrase the file was made with.</source>
        <translation>تُضاف مقابلات الملف إلى هذا المشروع؛ وما هو موجود هنا يُحدَّث ولا يُضاف مرتين أبدًا. قراءة الملف نفسه مرة أخرى لا تغيّر شيئًا. استخدم عبارة مرور الفريق التي أُعدّ بها الملف.</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>لم يُختر ملف بعد</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>اختيار مكان الحفظ…</translation>
    </message>
    <message>
        <source>Choose the file…</source>
        <translation>اختيار الملف…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>الملف:</translation>
    </message>
    <message>
        <source>Only the questionnaire, no interviews (for laptops joining the team)</source>
        <translation>الاستبيان فقط، دون مقابلات (للحواسيب التي تنضم إلى الفريق)</translation>
    </message>
    <message>
        <source>Every questionnaire in this project</source>
        <translation>كل الاستبيانات في هذا المشروع</translation>
    </message>
    <message>
        <source>What to send</source>
        <translation>ما يُرسل</translation>
    </message>
    <message>
        <source>Send:</source>
        <translation>إرسال:</translation>
    </message>
    <message>
        <source>Team passphrase</source>
        <translation>عبارة مرور الفريق</translation>
    </message>
    <message>
        <source>Team passphrase:</source>
        <translation>عبارة مرور الفريق:</translation>
    </message>
    <message>
        <source>Team passphrase again</source>
        <translation>عبارة مرور الفريق مرة أخرى</translation>
    </message>
    <message>
        <source>Type it again:</source>
        <translation>اكتبها مرة أخرى:</translation>
    </message>
    <message>
        <source>Write the file</source>
        <translation>كتابة الملف</translation>
    </message>
    <message>
        <source>Add the interviews</source>
        <translation>إضافة المقابلات</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Review possible duplicates…</source>
        <translation>مراجعة التكرارات المحتملة…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Save the transfer file</source>
        <translation>حفظ ملف النقل</translation>
    </message>
    <message>
        <source>DuoDesk transfer files (*{suffix})</source>
        <translation>ملفات نقل DuoDesk (*{suffix})</translation>
    </message>
    <message>
        <source>Choose a transfer file</source>
        <translation>اختر ملف نقل</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>عبارتا المرور غير متطابقتين بعد.</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>جارٍ كتابة الملف…</translation>
    </message>
    <message>
        <source>Reading the file and adding the interviews…</source>
        <translation>جارٍ قراءة الملف وإضافة المقابلات…</translation>
    </message>
    <message>
        <source>Stopped. Nothing was written or changed.</source>
        <translation>توقف. لم يُكتب أو يتغير شيء.</translation>
    </message>
    <message>
        <source>The file could not be written there: {reason}. Nothing was saved.</source>
        <translation>تعذرت كتابة الملف هناك: {reason}. لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>send the interviews</source>
        <translation>إرسال المقابلات</translation>
    </message>
    <message>
        <source>read the file</source>
        <translation>قراءة الملف</translation>
    </message>
    <message>
        <source>&amp;Send interviews to the team…</source>
        <translation>إ&amp;رسال المقابلات إلى الفريق…</translation>
    </message>
    <message>
        <source>Add a &amp;transfer file…</source>
        <translation>إضافة ملف &amp;نقل…</translation>
    </message>
    <message>
        <source>Possible &amp;duplicates across sites…</source>
        <translation>ت&amp;كرارات محتملة بين الأماكن…</translation>
    </message>
    <message>
        <source>Possible duplicates across sites</source>
        <translation>تكرارات محتملة بين الأماكن</translation>
    </message>
    <message>
        <source>Choose a questionnaire in the list first.</source>
        <translation>اختر استبيانًا من القائمة أولًا.</translation>
    </message>
</context>
<context>
    <name>TryDialog</name>
    <message>
        <source>Trying “{title}” (nothing is saved)</source>
        <translation>تجربة «{title}» (لا يُحفظ شيء)</translation>
    </message>
    <message>
        <source>This is a practice run: answer as a participant would. Nothing you type here is saved. Close this window to go back to the designer.</source>
        <translation>هذه تجربة: أجب كما يجيب المشارك. لا يُحفظ شيء مما تكتبه هنا. أغلق هذه النافذة للعودة إلى المصمم.</translation>
    </message>
    <message>
        <source>Finish (nothing is saved)</source>
        <translation>إنهاء (لا يُحفظ شيء)</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>DuoDesk is locked</source>
        <translation>DuoDesk مقفل</translation>
    </message>
    <message>
        <source>The project is hidden until the signed-in person's PIN or password is typed. An interview that was open is kept as it was.</source>
        <translation>المشروع مخفي حتى يُكتب الرقم السري أو كلمة المرور للشخص المسجّل دخوله. المقابلة التي كانت مفتوحة تبقى كما كانت.</translation>
    </message>
    <message>
        <source>The project is hidden until its passphrase is typed. An interview that was open is kept as it was.</source>
        <translation>المشروع مخفي حتى تُكتب عبارة مروره. المقابلة التي كانت مفتوحة تبقى كما كانت.</translation>
    </message>
    <message>
        <source>Your PIN or password</source>
        <translation>رقمك السري أو كلمة مرورك</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <source>Close DuoDesk</source>
        <translation>إغلاق DuoDesk</translation>
    </message>
    <message>
        <source>{key}:</source>
        <translation>{key}:</translation>
    </message>
    <message>
        <source>Type your PIN or password first.</source>
        <translation>اكتب رقمك السري أو كلمة مرورك أولًا.</translation>
    </message>
    <message>
        <source>That is not the passphrase. Capital letters count.</source>
        <translation>هذه ليست عبارة المرور. الأحرف الكبيرة مهمة.</translation>
    </message>
</context>
</TS>