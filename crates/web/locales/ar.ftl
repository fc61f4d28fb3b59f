# شراكة — رسائل الواجهة بالعربية. لكل الملفات في هذا المجلد نفس المعرّفات.

site-name = شراكة
skip-to-content = الانتقال إلى المحتوى الرئيسي
nav-label = التصفح الرئيسي
nav-home = الرئيسية
nav-institutions = المؤسسات
nav-admin = فضاء الإدارة
nav-login = تسجيل الدخول
nav-logout = تسجيل الخروج
nav-register = إنشاء حساب
language-switcher = اللغة
footer-text = شراكة، البوابة الوطنية للحكومة المنفتحة: لنُعِدّ خطة العمل معًا، ونستشير حولها، ونتتبع تنفيذها.
breadcrumb = مسار التصفح
back-home = العودة إلى الصفحة الرئيسية
yes = نعم
no = لا
save = حفظ
cancel = إلغاء
choose = اختر…
not-yet-translated = لم تُترجم بعد
no-text = (لا يوجد نص)

home-title = الحكومة المنفتحة، معًا
home-lead = شراكة هي الفضاء الذي تُعِدّ فيه الإدارة والمجتمع المدني معًا خطة عمل الحكومة المنفتحة، وتُعرض فيه للاستشارة العمومية مع ردّ معلَّل على كل مساهمة، ثم يُتتبَّع تنفيذها إلى أن يتحقق كل التزام.
home-how-title = كيف تعمل المنصة
home-step-cocreate = الإعداد المشترك.
home-step-cocreate-text = يصوغ المنتدى متعدد الأطراف ولجانه الفرعية الالتزامات معًا.
home-step-consult = الاستشارة.
home-step-consult-text = يمكن للجميع التعليق على مشروع الخطة، وتحظى كل مساهمة بردّ علني ومعلَّل.
home-step-track = التتبع.
home-step-track-text = تقدّم الوزارات والبرلمان والسلطة القضائية والمؤسسات المستقلة تقارير عن التقدم مدعومة بالأدلة.
home-institutions-title = مؤسسات الدولة المنفتحة
home-institutions-count = عدد المؤسسات المشارِكة: { $count }
home-institutions-link = عرض كل المؤسسات
home-meetings-title = الاجتماعات المقبلة للمنتدى
home-meetings-link = جميع الاجتماعات وورشات العمل، والتقويم للاشتراك فيه
home-documents-title = أحدث الوثائق
home-documents-link = مستودع الوثائق كاملاً
home-join-title = شارِك
home-join-text = أنشئ حسابًا لاقتراح الأفكار والتعليق على مشروع الخطة وتتبع مآل مساهمتك.

institutions-title = المؤسسات
institutions-lead = الحكومة والبرلمان والسلطة القضائية والهيئات المستقلة ومنظمات المجتمع المدني المشاركة في خطة العمل.
institutions-empty = لم تُضَف أي مؤسسة بعد.
institution-names = الاسم بكل لغة
institution-children = الهيئات التابعة

branch-executive = السلطة التنفيذية
branch-legislative = السلطة التشريعية
branch-judiciary = السلطة القضائية
branch-independent-body = الهيئات المستقلة
branch-territorial-collectivity = الجماعات الترابية
branch-civil-society = المجتمع المدني
branch-private-sector = القطاع الخاص
branch-academia = الجامعات ومراكز البحث
branch-international-partner = الشركاء الدوليون

role-participant = مشارِك
role-forum-member = عضو المنتدى
role-implementer = مسؤول عن التنفيذ
role-moderator = مشرف
role-reviewer = مقيِّم مستقل
role-secretariat = الكتابة الدائمة
scope-global = البوابة كلها
scope-body = الهيئة رقم { $id }
scope-theme = المحور رقم { $id }

field-name = الاسم الكامل
field-email = البريد الإلكتروني
field-password = كلمة المرور
field-new-password = كلمة المرور الجديدة
field-password-confirm = أعد كتابة كلمة المرور
field-slug = العنوان على الويب (المعرّف)
field-acronym = الاسم المختصر
field-branch = السلطة
field-parent = المؤسسة التابعة لها
password-hint = 10 أحرف على الأقل. جملة قصيرة سهلة التذكر وصعبة التخمين.
slug-hint = حروف لاتينية صغيرة وأرقام وشرطات، مثل ministere-transition-numerique.
name-hint = املأ لغة واحدة على الأقل. اللغات الفارغة تُعرض بعبارة «لم تُترجم بعد».
no-parent = لا توجد
form-has-errors = يرجى تصحيح ما يلي:

register-title = إنشاء حساب
register-lead = يتيح لك الحساب اقتراح الأفكار والتعليق وتتبع الخطة. سنرسل إليك رسالة لتأكيد بريدك الإلكتروني.
register-submit = إنشاء حسابي
register-have-account = لديك حساب بالفعل؟
register-check-title = تفقّد بريدك الإلكتروني
register-check-body = أرسلنا رسالة إلى العنوان الذي أدخلته. اتبع الرابط الوارد فيها لتأكيد عنوانك، ثم سجّل الدخول. إذا لم تصلك خلال دقائق، فتحقق من مجلد الرسائل غير المرغوب فيها.

verify-done-title = تم تأكيد العنوان
verify-done-body = شكرًا، تم تأكيد بريدك الإلكتروني. يمكنك الآن تسجيل الدخول.
verify-failed-title = لا يمكن استعمال هذا الرابط
verify-expired-body = انتهت صلاحية رابط التأكيد هذا. سجّل الدخول ببريدك الإلكتروني وكلمة المرور وسنرسل إليك رابطًا جديدًا.
verify-used-body = سبق استعمال رابط التأكيد هذا. إذا كان عنوانك مؤكَّدًا، فما عليك إلا تسجيل الدخول.
verify-invalid-body = رابط التأكيد هذا غير صالح. تأكد من أنك نسخت الرابط كاملًا من الرسالة.

login-title = تسجيل الدخول
login-submit = دخول
login-forgot = نسيت كلمة المرور؟
login-no-account = ليس لديك حساب بعد؟
login-unverified-title = أكّد بريدك الإلكتروني أولًا
login-unverified-body = لم يتم تأكيد حسابك بعد. أرسلنا إليك للتو رابط تأكيد جديدًا؛ اتبعه ثم سجّل الدخول.

forgot-title = إعادة تعيين كلمة المرور
forgot-lead = أدخل البريد الإلكتروني لحسابك، وسنرسل إليك رابطًا لاختيار كلمة مرور جديدة.
forgot-submit = إرسال الرابط
forgot-sent-title = تفقّد بريدك الإلكتروني
forgot-sent-body = إذا كان هناك حساب بهذا العنوان، فقد أرسلنا إليه رابطًا لاختيار كلمة مرور جديدة. الرابط صالح لمدة ساعة واحدة.

reset-title = اختر كلمة مرور جديدة
reset-submit = تغيير كلمة المرور
reset-failed-title = لا يمكن استعمال هذا الرابط
reset-expired-body = انتهت صلاحية رابط إعادة التعيين هذا (الروابط صالحة لمدة ساعة). اطلب رابطًا جديدًا.
reset-used-body = سبق استعمال رابط إعادة التعيين هذا. اطلب رابطًا جديدًا إذا احتجت إليه.
reset-invalid-body = رابط إعادة التعيين هذا غير صالح. تأكد من أنك نسخت الرابط كاملًا من الرسالة.
reset-done-title = تم تغيير كلمة المرور
reset-done-body = تم تغيير كلمة المرور وتسجيل خروجك من كل الأجهزة. سجّل الدخول بكلمة المرور الجديدة.

account-title = حسابي
account-roles = أدواري
account-participant = أنت مشارِك: يمكنك الاقتراح والتعليق والتتبع.

admin-title = فضاء الإدارة
admin-nav-label = تصفح فضاء الإدارة
admin-stat-users = حسابات
admin-stat-institutions = مؤسسات
admin-stat-mail = رسائل في انتظار الإرسال
admin-users-title = المستخدمون والأدوار
admin-users-caption = كل الحسابات مع أدوارها
admin-verified = العنوان مؤكَّد
admin-roles = الأدوار
admin-role = الدور
admin-scope = لفائدة
admin-revoke = سحب هذا الدور
admin-grant-title = إسناد دور
admin-grant-hint = يُعيَّن المسؤولون عن التنفيذ لمؤسسة بعينها؛ أما الكتابة الدائمة والمشرفون والمقيِّمون فيعملون على البوابة كلها.
admin-grant-submit = إسناد الدور
admin-institutions-title = المؤسسات
admin-institutions-caption = كل المؤسسات
admin-institution-new = إضافة مؤسسة
admin-institution-edit = تعديل المؤسسة
admin-actions = إجراءات
admin-edit = تعديل
admin-view = عرض

notice-saved = تم حفظ التعديلات.
notice-created = تمت إضافة العنصر الجديد.
notice-signed-out = تم تسجيل خروجك.
notice-role-granted = تم إسناد الدور.
notice-role-revoked = تم سحب الدور.
notice-password-changed = تم تغيير كلمة المرور.

error-email-required = أدخل بريدك الإلكتروني.
error-email-invalid = أدخل بريدًا إلكترونيًا على شكل name@example.ma.
error-name-required = أدخل اسمًا.
error-name-invalid = يحتوي الاسم على رموز غير مسموح بها.
error-text-too-long = هذا النص طويل جدًا.
error-password-required = أدخل كلمة مرور.
error-password-too-short = يجب أن تتكون كلمة المرور من 10 أحرف على الأقل.
error-password-too-long = يجب ألا تتجاوز كلمة المرور 200 حرف.
error-password-weak = كلمة المرور هذه سهلة التخمين. اختر كلمة أطول أو أقل شيوعًا.
error-password-mismatch = كلمتا المرور غير متطابقتين.
error-slug-required = أدخل عنوانًا على الويب.
error-slug-invalid = استعمل فقط حروفًا لاتينية صغيرة وأرقامًا وشرطات مفردة.
error-slug-taken = هذا العنوان مستعمل من طرف مؤسسة أخرى.
error-branch-invalid = اختر السلطة.
error-parent-invalid = اختر مؤسسة موجودة.
error-parent-cycle = لا يمكن أن تتبع مؤسسة لنفسها أو لإحدى الهيئات التابعة لها.
error-role-invalid = اختر دورًا.
error-scope-invalid = اختر مجال تطبيق الدور.
error-scope-not-allowed = لا يمكن إسناد هذا الدور في هذا المجال. يحتاج المسؤولون عن التنفيذ إلى مؤسسة؛ أما الأدوار الأخرى فتشمل البوابة كلها.
error-login-failed = البريد الإلكتروني أو كلمة المرور غير صحيحين.
error-last-secretariat = هذا آخر دور للكتابة الدائمة؛ أسنِده إلى شخص آخر قبل سحبه.
error-status = رمز الخطأ { $status }

error-not-found-title = الصفحة غير موجودة
error-not-found-body = لم نعثر على هذه الصفحة. ربما نُقلت أو أن العنوان يتضمن خطأ.
error-locale-unknown-title = اللغة غير متوفرة
error-locale-unknown-body = هذه اللغة غير متوفرة. اختر إحدى اللغات التالية.
error-login-required-title = يلزم تسجيل الدخول
error-login-required-body = يجب تسجيل الدخول لعرض هذه الصفحة.
error-forbidden-title = الدخول مرفوض
error-forbidden-body = لا يملك حسابك الدور اللازم لهذه الصفحة.
error-rate-limited-title = محاولات كثيرة جدًا
error-rate-limited-body = تجاوزت عدد المحاولات المسموح به. انتظر 15 دقيقة ثم أعد المحاولة.
error-payload-too-large-title = بيانات كثيرة جدًا
error-payload-too-large-body = ما أرسلته كبير جدًا. اختصر النص وأعد المحاولة.
error-csrf-rejected-title = انتهت صلاحية الاستمارة
error-csrf-rejected-body = حفاظًا على أمانك، لم يعد بالإمكان إرسال هذه الاستمارة. ارجع، وأعد تحميل الصفحة، ثم حاول مجددًا.
error-cross-origin-title = الطلب مرفوض
error-cross-origin-body = أُرسلت هذه الاستمارة من موقع آخر، فرُفضت حفاظًا على أمانك.
error-bad-request-title = طلب غير مفهوم
error-bad-request-body = تعذّر فهم الطلب. ارجع وأعد المحاولة.
error-invalid-parameter-title = معامل غير صالح
error-invalid-parameter-body = المعامل «{ $name }» مفقود أو فارغ أو خارج المجال المسموح أو من نوع غير صحيح.
error-token-invalid-title = رمز غير صالح
error-token-invalid-body = يلزم رمز API شخصي صالح: Authorization: Bearer <الرمز>. يتوقف الرمز نهائيًا عند إلغائه أو سحب الدور الذي يمثّله.
error-method-not-allowed-title = إجراء غير مسموح به هنا
error-method-not-allowed-body = لا يقبل هذا العنوان هذا النوع من الطلبات. ارجع واستعمل روابط الصفحة وأزرارها.
error-internal-title = حدث خطأ
error-internal-body = وقع خطأ من جهتنا. لم يُحفظ أي شيء مما أدخلته بشكل ناقص؛ أعد المحاولة بعد لحظات.

mail-verify-subject = أكّد بريدك الإلكتروني على شراكة
mail-verify-body =
    مرحبًا،

    لتأكيد بريدك الإلكتروني وتفعيل حسابك على شراكة، افتح هذا الرابط:

    { $link }

    الرابط صالح لمدة 48 ساعة. إذا لم تُنشئ حسابًا، فتجاهل هذه الرسالة.
mail-exists-subject = حاول شخص ما إنشاء حساب بعنوانك
mail-exists-body =
    مرحبًا { $name }،

    حاول شخص ما، ربما أنت، إنشاء حساب على شراكة بهذا البريد الإلكتروني. لديك حساب بالفعل.

    لتسجيل الدخول: { $login }
    إذا نسيت كلمة المرور: { $reset }

    إذا لم تكن أنت، فتجاهل هذه الرسالة؛ لم يتغير شيء في حسابك.
mail-reset-subject = اختر كلمة مرور جديدة على شراكة
mail-reset-body =
    مرحبًا { $name }،

    لاختيار كلمة مرور جديدة، افتح هذا الرابط:

    { $link }

    الرابط صالح لمدة ساعة واحدة. إذا لم تطلبه، فتجاهل هذه الرسالة؛ لم تتغير كلمة المرور.

# Plans and commitments
nav-plans = خطط العمل
plans-title = خطط العمل
plans-lead = خطط عمل الحكومة المنفتحة: جدولها الزمني والتزاماتها ومدى تقدم كل منها.
plans-empty = لم تُنشر أي خطة عمل بعد.
plan-number = الخطة رقم { $number }
plan-commitment-count = عدد الالتزامات: { $count }
plan-member = العضو
plan-period = الفترة
plan-commitments = الالتزامات
plan-progress = نسبة التقدم
plan-timeline = الجدول الزمني
plan-no-timeline = لم تُحدَّد تواريخ مراحل هذه الخطة.
phase-open-now = المرحلة الجارية: { $phase }
phase-you-are-here = أنتم هنا
phase-preparation = التحضير
phase-co-creation = الإعداد المشترك
phase-drafting = الصياغة
phase-consultation = الاستشارة العمومية
phase-finalisation = الصيغة النهائية
phase-implementation = التنفيذ
phase-closed = مغلقة
theme-none = التزامات أخرى
progress-percent = { $percent }٪
progress-none = لم يُصرَّح بأي تقدم بعد
milestones-late = { $count } متأخرة
commitment-code = الرمز
commitment-title = الالتزام
commitment-lead = المؤسسة المسؤولة
commitment-supporting = المؤسسات الداعمة
commitment-status = الوضعية
commitment-period = الفترة
commitment-values = قيم الشراكة
commitment-policy-areas = مجالات السياسات
commitment-full-text = النص الكامل كما نُشر
status-idea = فكرة
status-draft = مشروع
status-in-consultation = قيد الاستشارة
status-adopted = معتمد
status-withdrawn = مسحوب
status-merged = مدمج في التزام آخر
value-access-to-information = الحصول على المعلومات
value-civic-participation = المشاركة المواطنة
value-public-accountability = المساءلة العمومية
value-technology-and-innovation = التكنولوجيا والابتكار
section-problem = الإشكالية
section-causes = أسبابها
section-status-quo = ما أُنجز حتى الآن
section-solution = الحل المقترح
section-results = النتائج المتوقعة
section-transparency = كيف يعزز الشفافية
section-participation = كيف يعزز المشاركة
section-accountability = كيف يعزز المساءلة
section-other-actors = فاعلون آخرون معنيون
section-budget = الميزانية
section-contact = جهة الاتصال
milestones-title = المراحل الرئيسية
milestones-none = لم تُحدَّد أي مرحلة بعد.
milestone-output = المُخرَج المنتظر
milestone-responsible = الجهة المسؤولة
milestone-due = الأجل
milestone-status = الوضعية
milestone-late = متأخرة
milestone-status-not-started = لم يبدأ
milestone-status-in-progress = قيد الإنجاز
milestone-status-completed = مُنجَز
milestone-status-cancelled = ملغى
indicators-title = المؤشرات
indicator-baseline = القيمة المرجعية
indicator-target = القيمة المستهدفة
assessment-title = التقييم المستقل (IRM)
institution-led = الالتزامات التي تقودها
institution-supported = الالتزامات التي تدعمها
ogp-attribution = المصدر: بيانات التزامات شراكة الحكومة المنفتحة (OGP).
ogp-source-link = هذا الالتزام على موقع الشراكة
date-unknown = غير محدد
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = ماي
month-6 = يونيو
month-7 = يوليوز
month-8 = غشت
month-9 = شتنبر
month-10 = أكتوبر
month-11 = نونبر
month-12 = دجنبر

# Quality checks
quality-title = جودة الالتزامات
quality-lead = كل التزام مُراجَع وفق نموذج الشراكة: ما ينقصه ليكون جاهزًا، وما يستحق مراجعة ثانية.
quality-ready = جاهزة
quality-not-ready = غير جاهزة بعد
quality-is-ready = جاهز: لم يعد هناك ما يعيق.
quality-blocking = يجب استكماله
quality-advice = يستحق المراجعة
quality-field-empty = غير مملوء
quality-field-untranslated = لم يُترجَم بعد
quality-no-milestones = يلزم تحديد مرحلة واحدة على الأقل
quality-milestone-no-output = لا يتضمن مُخرَجًا منتظرًا
quality-milestone-vague = قد لا يكون المُخرَج قابلًا للتحقق: يصف نشاطًا لا نتيجة
quality-milestone-no-dates = يحتاج إلى تاريخ بداية وأجل
quality-milestone-due-before-start = أجله قبل تاريخ بدايته
quality-milestone-outside-plan = تواريخه خارج فترة الخطة
quality-indicator-no-baseline = يحتاج إلى قيمة مرجعية مؤرخة
quality-indicator-no-target = يحتاج إلى قيمة مستهدفة مؤرخة
quality-no-core-value = يجب أن يعزز الحصول على المعلومات أو المشاركة المواطنة أو المساءلة (التكنولوجيا وحدها لا تكفي)
quality-no-lead = يلزم تحديد مؤسسة مسؤولة
quality-no-non-government-actor = يلزم إشراك فاعل غير حكومي واحد على الأقل
quality-field-title = العنوان
quality-field-problem = الإشكالية
quality-field-solution = الحل المقترح
quality-field-results = النتائج المتوقعة
quality-field-milestone = المراحل
quality-field-values = قيم الشراكة
quality-field-lead = المؤسسة المسؤولة
quality-field-actors = الفاعلون
quality-item-milestone = المرحلة { $n }
quality-item-indicator = المؤشر { $n }

# Drafting and history
edit-commitment-title = تعديل الالتزام
edit-commitment-lead = اكتب كل قسم بأكبر عدد ممكن من اللغات؛ تظهر اللغات الفارغة كغير مترجمة. يُحفظ كل تعديل في السجل العلني.
edit-adopted-locked = هذا الالتزام معتمد: مضمونه مقفل ولا يتغير إلا تقدم تنفيذه. يمكن للكتابة الدائمة تغيير وضعيته لإعادة فتحه.
edit-supporters-hint = اضغط على Ctrl (أو Cmd) لاختيار أكثر من واحدة.
edit-starts-on = تاريخ البداية
edit-ends-on = تاريخ النهاية
template-title = العنوان
template-short-title = العنوان المختصر
template-problem = الإشكالية
template-causes = أسبابها
template-status-quo = ما أُنجز حتى الآن
template-solution = الحل المقترح
template-results = النتائج المتوقعة
template-transparency = كيف يعزز الشفافية
template-participation = كيف يعزز المشاركة
template-accountability = كيف يعزز المساءلة
template-other-actors = فاعلون آخرون معنيون
template-budget = الميزانية
template-contact = جهة الاتصال
template-full-text = النص الكامل كما نُشر
history-title = سجل التعديلات
history-empty = لم يُعدَّل هذا الالتزام منذ نشره.
history-from = من نسخة
history-to = إلى نسخة
history-compare = قارن
history-differences = الاختلافات
history-no-differences = هاتان النسختان متطابقتان.
history-added = مضاف:
history-removed = محذوف:
history-versions = كل النسخ
history-original = النسخة المنشورة
history-changed = عدد الحقول المعدلة: { $count }
history-field-status = الوضعية
history-field-lead = المؤسسة المسؤولة
history-field-supporters = المؤسسات الداعمة
history-field-values = قيم الشراكة
history-field-period = الفترة
error-title-required = أعطِ الالتزام عنوانًا بلغة واحدة على الأقل.
error-institution-unknown = اختر مؤسسة من القائمة.
error-date-invalid = أدخل تاريخًا مثل 2026-03-31.
error-due-before-start = يجب أن يأتي تاريخ النهاية بعد تاريخ البداية.
error-date-outside-plan = هذه التواريخ خارج فترة الخطة.
error-status-invalid = اختر وضعية من القائمة.

# Milestones
milestone-form-title = مرحلة رئيسية
milestone-add = إضافة مرحلة
milestone-output-hint = مُخرَج قابل للتحقق: شيء يُنشر أو يُعتمد أو يُطلق، مع رقم إن أمكن.
milestone-percent = نسبة الإنجاز
milestone-percent-hint = من 0 إلى 100. المرحلة المنجزة تُحتسب 100.
error-output-required = صِف المُخرَج المنتظر بلغة واحدة على الأقل.
error-due-required = حدِّد الأجل.
error-percent-invalid = أدخل عددًا صحيحًا من 0 إلى 100.

# Plans in the back office
admin-plans-title = خطط العمل
admin-plan-new = خطة عمل جديدة
admin-plan-edit = تعديل خطة العمل
admin-plan-number = رقم الخطة
admin-phases-hint = حدِّد تاريخ بداية لكل مرحلة؛ اترك النهاية فارغة لتستمر حتى المرحلة التالية. يجب أن تتبع المراحل ترتيب الدورة.
admin-commitment-new = التزام جديد
admin-code-hint = فريد في كل الخطط، مثل MO0060.
admin-theme = المحور
admin-theme-new = إضافة محور
error-code-required = أعطِ الالتزام رمزًا.
error-code-invalid = استعمل فقط حروفًا لاتينية وأرقامًا وشرطات (20 على الأكثر).
error-code-taken = يحمل التزام آخر هذا الرمز بالفعل.
error-theme-invalid = اختر محورًا من هذه الخطة.
error-member-required = حدِّد العضو في الشراكة (بلد أو جماعة).
error-plan-number-invalid = أدخل رقم خطة من 1 إلى 100.
error-phase-start-required = المرحلة التي لها تاريخ نهاية تحتاج إلى تاريخ بداية.
error-phase-ends-before-start = تنتهي إحدى المراحل قبل أن تبدأ.
error-phase-out-of-order = يجب أن تتبع المراحل ترتيب الدورة.
error-phase-duplicate = تتكرر إحدى المراحل.
error-plan-slug-taken = هذا العنوان مستعمل من طرف خطة أخرى.

# Indicators
indicator-form-title = مؤشر
indicator-add = إضافة مؤشر
indicator-name = الاسم
indicator-unit = الوحدة
indicator-value = القيمة
indicator-date = التاريخ
error-indicator-name-required = سمِّ المؤشر بلغة واحدة على الأقل.
error-unit-required = حدِّد الوحدة (٪، عدد الأشخاص، الأيام…).
error-value-required = القياس المؤرخ يحتاج إلى قيمة.
error-target-before-baseline = يجب أن تأتي القيمة المستهدفة بعد القيمة المرجعية.

# المنتدى: الهيئات والمقاعد والعضويات
nav-forum = المنتدى
nav-meetings = الاجتماعات
nav-documents = الوثائق
none = بدون
create = إنشاء
forum-title = المنتدى متعدد الأطراف
forum-intro = يجمع المنتدى الحكومة والمجتمع المدني لإعداد خطة العمل بشكل مشترك وتتبع تنفيذها. تجد هنا هيئاته، ومن يشغل مقاعدها، والمؤسسة التي يمثلها كل عضو.
forum-empty = لم تُنشأ أي هيئة للمنتدى بعد.
forum-member-count = { $count ->
    [zero] لا أعضاء
    [one] عضو واحد
    [two] عضوان
    [few] { $count } أعضاء
    [many] { $count } عضوًا
   *[other] { $count } عضو
}
forum-members = الأعضاء
forum-no-members = لا يوجد أعضاء بعد.
forum-since = منذ
forum-former-members = الأعضاء السابقون
forum-sub-bodies = اللجان الفرعية واللجان الأخرى
forum-balance = التوازن بين الأعضاء الحكوميين وغير الحكوميين
forum-balance-missing = تشترط شراكة الحكومة المنفتحة (OGP) أن يضم المنتدى أعضاء حكوميين وغير حكوميين معًا؛ وهذه الهيئة لا تضم إلا طرفًا واحدًا.
forum-by-sector = الأعضاء حسب القطاع
forum-popolo-download = تحميل سجل المنتدى (Popolo JSON)
side-government = من الحكومة
side-non-government = من خارج الحكومة
side-partner = من الشركاء الدوليين
body-kind-steering-committee = لجنة توجيهية
body-kind-sub-commission = لجنة فرعية
body-kind-drafting-committee = لجنة صياغة
seat-chair = رئيس
seat-co-chair = رئيس مشارك
seat-member = عضو
seat-observer = ملاحِظ
field-body-kind = نوع الهيئة
field-body-name = اسم الهيئة
field-body-parent = الهيئة التابعة لها
field-body-themes = محاور الخطة التي تتولى صياغتها
body-themes-hint = يمكن لأعضاء هذه الهيئة صياغة التزامات هذه المحاور.
field-person = الشخص
field-person-name = الاسم الكامل
field-email-public = إظهار هذا العنوان للعموم (وإلا فسيبقى خاصًا)
person-email-hint = اختياري. إذا كان للشخص حساب بهذا العنوان، فإن مقعده يخوّله صلاحية الصياغة.
field-seat = المقعد
field-on-behalf-of = نيابةً عن
field-starts-on = تاريخ البداية
field-ends-on = تاريخ النهاية
field-membership-dates = التواريخ
admin-forum-title = هيئات المنتدى
admin-body-new = هيئة جديدة
admin-body-settings = إعدادات الهيئة
admin-add-member = إضافة عضو
admin-new-person = شخص جديد (املأ البيانات أدناه)
admin-end-membership = إنهاء العضوية
admin-view-public = عرض الصفحة العمومية
error-body-kind-invalid = اختر نوع الهيئة.
error-body-name-required = سمِّ الهيئة بلغة واحدة على الأقل.
error-body-slug-taken = هذا العنوان مستعمل من طرف هيئة أخرى.
error-steering-committee-has-no-parent = لا يمكن أن تكون اللجنة التوجيهية تابعة لهيئة أخرى.
error-reference-invalid = هذا الاختيار غير صالح.
error-person-name-invalid = أدخل اسم الشخص (200 حرف على الأكثر).
error-seat-invalid = اختر مقعدًا.
error-membership-ends-before-start = لا يمكن أن تنتهي العضوية قبل أن تبدأ.
error-seat-taken = لهذا المقعد شاغل بالفعل في هذه التواريخ. أنهِ العضوية الحالية أولًا.
error-person-unknown = هذا الشخص غير موجود في السجل.
error-body-unknown = هذه الهيئة غير موجودة.
error-theme-unknown = أحد المحاور غير موجود.

# الاجتماعات وورشات العمل
meetings-title = الاجتماعات وورشات العمل
meetings-feed-name = اجتماعات منتدى الحكومة المنفتحة
meetings-subscribe = أضف الاجتماعات إلى تقويمك (iCalendar)
meetings-upcoming = الاجتماعات المقبلة
meetings-past = الاجتماعات السابقة
meetings-none-upcoming = لم يُبرمَج أي اجتماع بعد.
meetings-none-past = لم يُعقد أي اجتماع بعد.
meeting-kind-forum-meeting = اجتماع المنتدى
meeting-kind-workshop = ورشة عمل
meeting-kind-outreach = نشاط تحسيسي
meeting-kind-consultation-session = جلسة استشارية
meeting-kind-implementation-review = مراجعة التنفيذ
meeting-online = عن بُعد
meeting-attendance = الحضور
meeting-no-attendance = لم يُسجَّل الحضور.
meeting-members-present = { $count ->
    [one] حضر عضو واحد من المنتدى:
    [two] حضر عضوان من المنتدى:
    [few] حضر { $count } أعضاء من المنتدى:
    [many] حضر { $count } عضوًا من المنتدى:
   *[other] حضر { $count } عضو من المنتدى:
}
meeting-outside-total = { $count ->
    [one] مشارك آخر واحد، حسب القطاع
    [two] مشاركان آخران، حسب القطاع
    [few] { $count } مشاركون آخرون، حسب القطاع
    [many] { $count } مشاركًا آخر، حسب القطاع
   *[other] { $count } مشارك آخر، حسب القطاع
}
meeting-outside-legend = المشاركون الآخرون (من غير أعضاء المنتدى)، حسب القطاع
meeting-participants = المشاركون
meeting-no-minutes = لم يُنشر المحضر بعد.
field-meeting-kind = نوع الاجتماع
field-meeting-when = الموعد
field-meeting-body = الهيئة
field-meeting-place = المكان
field-meeting-online = رابط المشاركة عن بُعد
field-meeting-agenda = جدول الأعمال
field-meeting-minutes = المحضر
field-start-date = تاريخ البداية
field-start-time = ساعة البداية
field-end-date = تاريخ النهاية
field-end-time = ساعة النهاية
end-date-hint = اتركه فارغًا إذا كان الاجتماع ينتهي في يوم بدايته نفسه.
field-time-zone = المنطقة الزمنية
time-zone-hint = اسم منطقة زمنية وفق تسمية IANA، مثل Africa/Casablanca.
admin-meetings-title = الاجتماعات
admin-meeting-new = اجتماع جديد
admin-meeting-edit = تعديل الاجتماع
error-meeting-kind-invalid = اختر نوع الاجتماع.
error-meeting-title-required = أعطِ الاجتماع عنوانًا بلغة واحدة على الأقل.
error-time-zone-invalid = هذه المنطقة الزمنية غير معروفة. استعمل اسمًا مثل Africa/Casablanca.
error-time-invalid = أدخل الوقت بالساعات والدقائق، مثل 09:30.
error-meeting-ends-before-start = ينتهي الاجتماع قبل أن يبدأ.
error-link-invalid = أدخل عنوانًا كاملًا على الويب يبدأ بـ https:// أو http://.
error-count-invalid = أدخل عددًا صحيحًا للمشاركين.
error-meeting-unknown = هذا الاجتماع غير موجود.

# التوصيات
recommendations-title = التوصيات والقرارات
recommendations-none = لم تُسجَّل أي توصية لهذا الاجتماع.
recommendation-status-open = قيد الدراسة
recommendation-status-accepted = مقبولة
recommendation-status-implemented = منفَّذة
recommendation-status-not-retained = غير معتمَدة
recommendation-reason = التعليل
recommendation-commitments = الالتزامات المعنية
recommendation-commitments-hint = رموز الالتزامات مفصولة بفواصل، مثل MO0012, MO0014.
commitment-recommendations = توصيات المنتدى التي أسهمت في صياغة هذا الالتزام
field-recommendation = التوصية
field-status = الوضعية
admin-recommendation-new = توصية جديدة
admin-recommendation-add = تسجيل التوصية
error-recommendation-status-invalid = اختر وضعية.
error-recommendation-text-required = اكتب التوصية بلغة واحدة على الأقل.
error-recommendation-reason-required = وضِّح سبب عدم اعتماد التوصية.
error-commitment-unknown = لا يوجد التزام بهذا الرمز.

# مستودع الوثائق
documents-title = مستودع الوثائق
documents-intro = كل ما يُنتجه المسار: خطط العمل، والمحاضر، والتقييمات الذاتية، وتقارير التقييم، ووثائق الإثبات، وقواعد المشاركة.
documents-count = { $count ->
    [0] لا توجد أي وثيقة.
    [one] وثيقة واحدة.
    [two] وثيقتان.
    [few] { $count } وثائق.
    [many] { $count } وثيقة.
   *[other] { $count } وثيقة.
}
document-external-link = رابط خارجي
document-kind-action-plan = خطة عمل
document-kind-minutes = محضر
document-kind-self-assessment = تقييم ذاتي
document-kind-review-report = تقرير تقييم
document-kind-evidence = وثيقة إثبات
document-kind-rules-of-participation = قواعد المشاركة
field-document-kind = النوع
field-language = اللغة
language-hint = لغة الوثيقة، مثل ar, fr, zgh, en.
field-year = السنة
field-published-on = التاريخ
field-document-meeting = الاجتماع
field-document-body = الهيئة
field-file = الملف
file-hint = PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG, CSV أو ملف نصي؛ { $megabytes } ميغابايت على الأكثر.
field-url = العنوان على الويب
filter-all = الكل
filter-apply = تصفية
filter-clear = عرض الكل
admin-documents-title = الوثائق
admin-document-upload = رفع وثيقة
admin-document-link = تسجيل رابط
error-document-kind-invalid = اختر نوع الوثيقة.
error-document-title-required = أعطِ الوثيقة عنوانًا بلغة واحدة على الأقل.
error-language-invalid = اختر لغة الوثيقة من القائمة.
error-date-required = أدخل التاريخ.
error-file-required = اختر ملفًا لرفعه.
error-file-empty = الملف فارغ.
error-file-too-large = الملف كبير جدًا. ارفع ملفًا أصغر أو سجّل رابطًا بدلًا منه.
error-file-storage-unavailable = تعذّر الوصول إلى مخزن الملفات، ولم يُحفظ شيء. أعد المحاولة لاحقًا أو سجّل رابطًا بدلًا منه.
error-file-name-invalid = يجب أن يكون للملف اسم وامتداد، مثل minutes.pdf.
error-file-executable = لا يمكن رفع البرامج والنصوص البرمجية.
error-file-type-not-accepted = هذا النوع من الملفات غير مقبول.
error-file-type-mismatch = محتوى الملف لا يطابق امتداده. تأكد من أنك اخترت الملف الصحيح.

# تصحيحات السجل
meeting-status-scheduled = مبرمج
meeting-status-cancelled = ملغى
field-meeting-status = حالة الاجتماع
meeting-cancelled-notice = أُلغي هذا الاجتماع، ويبقى مُدرجاً في السجل.
error-meeting-status-invalid = حدّد هل سيُعقد الاجتماع.
error-gone-title = لم يعد متاحاً
error-gone-body = سُحبت هذه الوثيقة، ويُبيّن مستودع الوثائق سبب ذلك.
document-withdrawn = مسحوبة
admin-document-withdraw = سحب وثيقة
admin-document-withdraw-hint = تبقى الوثيقة المسحوبة مُدرجة مع السبب الذي تذكره، ولا يعود ملفها قابلاً للتنزيل.
field-withdraw-reason = السبب المُعلن للسحب
error-withdraw-reason-required = اذكر السبب المُعلن للسحب (2000 حرف على الأكثر).
admin-person-edit = تصحيح بيانات شخص

# الإعداد المشترك: المقترحات والتأييد والتعليقات
proposals-title = مقترحات لخطة العمل
proposals-intro = خلال مرحلة الإعداد المشترك للخطة، يمكن لكل من لديه حساب أن يقترح فكرة التزام في أحد محاورها، وأن يؤيد أفكار الآخرين ويناقشها. وستحظى كل مساهمة بردّ معلَّل.
proposals-new = اقتراح فكرة
field-proposal-title = فكرتك في جملة واحدة
field-proposal-body = الإشكالية التي تعالجها وما ينبغي القيام به
proposal-body-hint = 5000 حرف ورابطان على الويب على الأكثر.
proposals-submit = إرسال المقترح
proposals-sign-in = سجّل الدخول للمشاركة
proposals-none = لا يوجد أي مقترح في هذا المحور بعد.
proposal-supports = { $count ->
    [0] لا يوجد أي تأييد بعد
    [one] يؤيده شخص واحد
    [two] يؤيده شخصان
    [few] يؤيده { $count } أشخاص
    [many] يؤيده { $count } شخصًا
   *[other] يؤيده { $count } شخص
}
proposal-support = تأييد هذا المقترح
proposal-supported = أنت تؤيد هذا المقترح.
proposal-comments = النقاش
proposal-no-comments = لا يوجد أي تعليق بعد.
pager-label = الصفحات
pager-position = الصفحة { $page } من { $pages }
pager-first = الصفحة الأولى
pager-previous = الصفحة السابقة
pager-next = الصفحة التالية
pager-last = الصفحة الأخيرة
proposal-comment = تعليقك
proposal-comment-submit = إرسال التعليق
plan-proposals-link = مقترحات الإعداد المشترك
account-contributions-link = مساهماتي وما آلت إليه
my-contributions-title = مساهماتي
my-contributions-intro = كل ما اقترحته أو علّقت عليه، وما آل إليه.
my-contributions-none = لم تقدّم أي مساهمة بعد.
my-contributions-comment-on = تعليق على مقترح
my-contributions-awaiting = في انتظار ردّ الكتابة الدائمة.
contribution-kind-proposal = مقترح
contribution-kind-comment = تعليق
error-co-creation-closed = لا تُقبل المقترحات إلا خلال مرحلة الإعداد المشترك للخطة.
error-submission-refused = رُفض هذا الإرسال. إذا لم تكن برنامجًا آليًا، فأعد تحميل الصفحة وأرسله مجددًا.
error-too-many-links = رابطان على الويب على الأكثر، من فضلك.
error-proposal-title-required = عبّر عن فكرتك في جملة واحدة.
error-proposal-body-required = اشرح الإشكالية وما ينبغي القيام به.
error-comment-body-required = اكتب تعليقك.
error-proposal-unknown = هذا المقترح غير موجود.
error-contribution-kind-invalid = هذا النوع من المساهمات غير معروف.

# أفكار من الاجتماعات
contribution-kind-meeting-input = فكرة من اجتماع
proposal-from-meeting = سُجّلت خلال الاجتماع:
admin-meeting-input-new = تسجيل فكرة طُرحت في هذا الاجتماع
admin-meeting-input-hint = تُدرج ضمن مقترحات الخطة، ويمكن تأييدها ومناقشتها، وستحظى بردّ معلّل مثل غيرها.
admin-meeting-input-add = تسجيل الفكرة
field-input-theme = الخطة والمحور

## الاستشارة العمومية حول المشروع المجمَّد
consultation-title = الاستشارة العمومية حول مشروع الخطة
consultation-open = مفتوحة
consultation-closed = مغلقة
consultation-upcoming = قادمة
consultation-open-until = يمكنك إبداء تعليقاتك إلى غاية { $date }.
consultation-closed-on = اختُتمت الاستشارة في { $date }.
consultation-opens-on = تنطلق الاستشارة في { $date }.
consultation-days = { $count ->
    [zero] { $count } يوم
    [one] يوم واحد
    [two] يومان
    [few] { $count } أيام
    [many] { $count } يومًا
   *[other] { $count } يوم
}
consultation-frozen-on = النص مجمَّد بتاريخ { $date }
consultation-how = هذا هو المشروع كما كان عند افتتاح الاستشارة، ولن يتغيّر تبعًا لتعليقاتك. يمكنك التعليق على الخطة كلها، أو على التزام، أو على قسم، أو على فقرة واحدة: اختر «التعليق على هذه الفقرة» تحت النص، أو حدّد الموضع في الاستمارة أسفل الصفحة.
consultation-report-link = تقرير الاستشارة
consultation-comment-count = { $count ->
    [zero] لا توجد تعليقات
    [one] تعليق واحد
    [two] تعليقان
    [few] { $count } تعليقات
    [many] { $count } تعليقًا
   *[other] { $count } تعليق
}
consultation-comment-commitment = التعليق على هذا الالتزام
consultation-comment-paragraph = التعليق على الفقرة { $number }
consultation-paragraph = الفقرة { $number }
consultation-whole-plan = الخطة كلها
consultation-on-whole-plan = تعليقات على الخطة كلها
consultation-your-comment = تعليقك
consultation-place = موضوع تعليقك
consultation-place-hint = الخطة، أو التزام، أو قسم، أو فقرة واحدة من النص المجمَّد.
consultation-commenting-on = أنت تعلّق على:
consultation-submit = إرسال التعليق
consultation-reply = ردّ
consultation-reply-label = ردّك
consultation-reply-submit = إرسال الردّ
consultation-closed-note = الاستشارة مغلقة: لم تعد التعليقات مقبولة. تحظى كل مساهمة بردّ معلَّل يُنشر هنا وفي تقرير الاستشارة.
consultation-not-open-note = لم تُفتح الاستشارة بعد.
field-opens_on = تاريخ الافتتاح
field-closes_on = تاريخ الاختتام
field-code = الرمز

## المساهمات والردود والإشراف
contribution-hidden = أخفاها مشرف:
contribution-pending = في انتظار مراجعة مشرف قبل نشرها
my-contributions-see = عرضها في سياقها
response-heading = الردّ
response-status = الردّ
response-status-adopted = تم الأخذ بها
response-status-partly-adopted = تم الأخذ بها جزئيًا
response-status-merged = أُدمجت في التزام
response-status-not-adopted = لم يتم الأخذ بها
response-status-out-of-scope = خارج النطاق
response-merged-into = أُدمجت في { $code }
response-revision-link = الاطلاع على التعديل الناتج عنها
response-draft = مسودة، غير منشورة بعد
response-published = منشور
response-none = لا يوجد ردّ بعد
response-justification = التعليل
response-merged-into-field = أُدمجت في الالتزام (الرمز)
response-merged-into-hint = في حالة «أُدمجت»: رمز التزام من هذه الخطة، مثل MO0048.
response-revision = التعديل الناتج عنها
response-revision-none = لا شيء
response-save-draft = حفظ مسودة الردّ
response-publish = نشر الردّ
response-publish-hint = يؤدي النشر إلى جعل الردّ علنيًا وإرساله إلى صاحب المساهمة عبر البريد الإلكتروني.
flag-summary = إبلاغ
flag-reason = لماذا ينبغي أن يطّلع مشرف على هذا المحتوى؟
flag-submit = إرسال البلاغ
notice-flagged = شكرًا لك: سيطّلع عليه مشرف.
notice-pending = توصّلنا بمساهمتك. وبما أنها مساهمتك الأولى، سيراجعها مشرف قبل نشرها.
notice-published = نُشر الردّ وأُبلغ صاحب المساهمة.
notice-adopted = اعتُمدت الخطة النهائية.
mail-response-subject = تلقّت مساهمتك ردًّا
mail-response-body =
    مرحبًا { $name }،

    تلقّت مساهمتك «{ $contribution }» ردًّا: { $status }.

    { $justification }

    اطّلع على جميع مساهماتك والردود عليها:
    { $link }

## اعتماد الخطة النهائية
adoption-heading = اعتماد الخطة النهائية
adoption-done = اعتُمدت الخطة النهائية في { $date }.
adoption-override = { $count ->
    [one] اعتُمدت في حين كانت مساهمة واحدة دون ردّ منشور.
    [two] اعتُمدت في حين كانت مساهمتان دون ردّ منشور.
    [few] اعتُمدت في حين كانت { $count } مساهمات دون ردّ منشور.
    [many] اعتُمدت في حين كانت { $count } مساهمةً دون ردّ منشور.
   *[other] اعتُمدت في حين كانت { $count } مساهمة دون ردّ منشور.
}
adoption-override-reason = السبب الذي قدّمته الكتابة الدائمة:
adoption-unanswered = { $count ->
    [0] لكل مساهمة ردّ منشور.
    [one] مساهمة واحدة لم يُنشر ردّ عليها بعد.
    [two] مساهمتان لم يُنشر ردّ عليهما بعد.
    [few] { $count } مساهمات لم يُنشر ردّ عليها بعد.
    [many] { $count } مساهمةً لم يُنشر ردّ عليها بعد.
   *[other] { $count } مساهمة لم يُنشر ردّ عليها بعد.
}
adoption-override-label = سبب الاعتماد رغم ذلك (يُعرض للعموم)
adoption-override-hint = تشترط شراكة الحكومة المنفتحة (OGP) تقديم ردّ معلَّل على كل مساهمة قبل اعتماد الخطة النهائية. ويُسجَّل الاعتماد دون ذلك في سجل التدقيق، ويُعرض مع هذا السبب على الصفحة العمومية للخطة.
adoption-submit = اعتماد الخطة النهائية

## تقرير الاستشارة
report-title = تقرير الاستشارة
report-intro = كل المساهمات الواردة خلال الإعداد المشترك للخطة واستشارة العموم بشأنها، والقناة التي وردت عبرها، والردّ الذي حظيت به.
report-csv = تنزيل بصيغة CSV
report-consultations = الاستشارات
report-summary = بالأرقام
report-total = { $count ->
    [zero] لا توجد مساهمات
    [one] مساهمة واحدة
    [two] مساهمتان
    [few] { $count } مساهمات
    [many] { $count } مساهمةً
   *[other] { $count } مساهمة
}
report-contributors = { $count ->
    [zero] لا يوجد مشاركون
    [one] مشارك واحد
    [two] مشاركان
    [few] { $count } مشاركين
    [many] { $count } مشاركًا
   *[other] { $count } مشارك
}
report-by-channel = حسب القناة
report-by-theme = حسب المحور
report-by-response = حسب الردّ
report-channel-online = عبر البوابة
report-channel-meeting = خلال اجتماع
report-awaiting = في انتظار الردّ
report-group = الفئة
report-count = العدد
report-kind = النوع
report-theme = المحور
report-contribution = المساهمة
report-no-theme = الخطة كلها
report-none = لا شيء بعد.
report-profiles = من شارك
report-profiles-note = استنادًا إلى الملفات التعريفية التي اختار المشاركون ملأها. تُحتسب الفئات التي تضم أقل من 5 أشخاص معًا، حتى لا يمكن التعرّف على أي شخص بعينه.
report-small-groups = فئات أصغر (أقل من 5 أشخاص لكل منها)
report-not-given = غير مُصرَّح به
report-every-contribution = كل المساهمات وردودها

## الملف التعريفي الاختياري
profile-title = ملفك التعريفي (اختياري)
profile-intro = يساعد إخبارنا بقطاعك وجنسك وجهتك على إبراز من شارك. لا تُنشر هذه المعلومات إلا في شكل مجاميع، ولا تُقرن أبدًا باسمك. يمكن ترك كل الخانات فارغة.
profile-sector = القطاع
profile-gender = الجنس
profile-region = الجهة
profile-region-hint = مثال: الرباط-سلا-القنيطرة.
profile-not-given = أفضّل عدم الإجابة
profile-save = حفظ الملف التعريفي
sector-civil-society = المجتمع المدني
sector-government = الحكومة
sector-private-sector = القطاع الخاص
sector-academia = الجامعة والبحث العلمي
sector-media = الإعلام
sector-citizen = مواطن
sector-other = أخرى
gender-woman = امرأة
gender-man = رجل
gender-other = آخر

## الواجهة الخلفية: الاستشارة، الردود، الإشراف، التدقيق
admin-consultations-title = الاستشارات
admin-consultation-open = فتح استشارة
admin-consultation-freeze-note = يؤدي الفتح إلى تجميد المشروع في حالته الراهنة: الالتزامات بأقسامها ومراحلها الرئيسية (عددها: { $count }). تظل التعليقات مرتبطة بهذه النسخة المجمَّدة.
admin-consultation-min = لا تقل مدة الاستشارة عن { $count } يومًا؛ وبعد فتحها، لا يمكن تقصيرها إلى ما دون ذلك.
admin-consultation-open-submit = تجميد المشروع وفتح الاستشارة
admin-consultations-existing = استشارات هذه الخطة
admin-consultations-none = لا توجد أي استشارة بعد.
admin-consultation-change = تغيير التواريخ
admin-contributions-title = المساهمات والردود
admin-contributions-all = كل المساهمات
admin-contributions-unanswered = مساهمات دون ردّ منشور
admin-respond-title = الردّ على مساهمة
admin-respond-place = يتعلق بـ:
merge-heading = الدمج في مشروع التزام جديد
merge-intro = يُنشئ مشروع التزام ضمن محور هذا المقترح وبعنوانه، ويُعِدّ مسودة الردّ «أُدمج في» هذا الالتزام.
merge-submit = إنشاء مشروع الالتزام
merge-justification = أُدمج هذا المقترح في مشروع الالتزام { $code }.
admin-moderation-title = الإشراف
admin-moderation-intro = مساهمات أبلغ عنها المشاركون، ومساهمات أولى في انتظار المراجعة. يترك الإخفاء أثرًا علنيًا يتضمن السبب الذي قدّمته؛ ولا يُحذف أي شيء.
admin-moderation-empty = لا يوجد أي محتوى في انتظار الإشراف.
admin-moderation-queue = فتح قائمة انتظار الإشراف
admin-moderation-flags = { $count ->
    [one] أُبلغ عنها مرة واحدة
    [two] أُبلغ عنها مرتين
    [few] أُبلغ عنها { $count } مرات
    [many] أُبلغ عنها { $count } مرة
   *[other] أُبلغ عنها { $count } مرة
}
admin-moderation-approve = نشرها
admin-moderation-reason = السبب المُعلن لإخفائها
admin-moderation-hide = إخفاؤها
admin-audit-title = سجل التدقيق
admin-audit-intact = السلسلة سليمة (عدد القيود: { $count }).
admin-audit-broken = السلسلة منقطعة عند القيد { $id }: عُدِّل قيد أو حُذف.
admin-audit-when = متى
admin-audit-who = من
admin-audit-what = ماذا
admin-audit-detail = التفاصيل

## أخطاء الاستشارة
error-paragraph-unknown = هذا الموضع غير موجود في النص المجمَّد. اختر فقرة من القائمة.
error-reply-unknown = التعليق الذي تردّ عليه غير موجود في هذه الاستشارة.
error-consultation-not-open-yet = لم تُفتح الاستشارة بعد.
error-consultation-closed = الاستشارة مغلقة: لم تعد التعليقات مقبولة.
error-consultation-start-fixed = انطلقت الاستشارة: لم يعد ممكنًا تغيير تاريخ افتتاحها.
error-consultation-close-before-today = لا يمكن أن تُختتم استشارة مفتوحة قبل اليوم.
error-consultation-ends-before-start = يجب أن يكون تاريخ الاختتام لاحقًا لتاريخ الافتتاح.
error-consultation-too-short = الاستشارة قصيرة جدًا: يجب أن تدوم { $days } يومًا على الأقل.
error-consultation-unknown = هذه الاستشارة غير موجودة.
error-consultation-nothing-to-freeze = لا تتضمن الخطة أي التزام بعد: لا يوجد مشروع يُعرض على الاستشارة.
error-response-status-invalid = اختر ردًّا.
error-merged-into-required = أدخل رمز الالتزام الذي أُدمجت فيه.
error-justification-required = علّل الردّ بلغة واحدة على الأقل.
error-revision-unknown = هذا التعديل غير موجود.
error-response-missing = صُغ ردًّا قبل نشره.
error-response-already-published = هذا الردّ منشور بالفعل.
error-contributions-unanswered = بعض المساهمات ليس لها ردّ منشور. انشر الردود عليها، أو قدّم سببًا للاعتماد رغم ذلك.
error-plan-already-adopted = اعتُمدت هذه الخطة من قبل.
error-consultation-ends-in-past = لا يمكن أن تنتهي استشارة في الماضي: اختر تاريخ اختتام ابتداءً من اليوم.
error-consultation-overlaps = تغطي استشارة أخرى حول هذه الخطة بعض هذه التواريخ. اختر تواريخ بعد اختتامها.
error-adoption-no-commitments = لا تتضمن هذه الخطة أي التزام بعد: لا يمكن اعتمادها.
error-adoption-consultation-open = ما تزال استشارة حول هذه الخطة تستقبل التعليقات: اعتمدها بعد اختتام الاستشارة.
error-adoption-before-consultation = لم يُعرض مشروع هذه الخطة على استشارة عمومية بعد: نظّم استشارة قبل اعتماد الخطة.
error-hide-reason-required = اذكر السبب المُعلن للإخفاء (500 حرف على الأكثر).
error-sector-invalid = اختر قطاعًا من القائمة.
error-gender-invalid = اختر من القائمة.

## التنفيذ: التقدم، الأدلة، القياسات، المراجعة
admin-implementation-title = التنفيذ
admin-implementation-intro = صرِّح بتقدم المراحل الرئيسية التي تتولى مؤسستك مسؤوليتها، مع الأدلة، وأضف قياسات المؤشرات. تظهر المراحل المتأخرة أولًا.
admin-implementation-milestones = المراحل الرئيسية التي تقدّم تقارير بشأنها
admin-implementation-none = لم تُسنَد أي مرحلة رئيسية إلى مؤسسة تقدّم التقارير باسمها.
admin-progress-title = التصريح بالتقدم
admin-progress-report = التصريح بالتقدم
admin-progress-submit = حفظ تقرير التقدم
admin-measure-title = إضافة قياس
admin-measure-add = إضافة قياس
admin-review-title = في انتظار المراجعة
admin-review-empty = لا يوجد ما ينتظر المراجعة.
admin-review-approve = نشر
admin-review-reject = رفض
progress-narrative = ما أُنجز
progress-reason = سبب انخفاض النسبة
progress-reason-hint = لا يلزم إلا إذا كانت النسبة أقل من سابقتها.
progress-reported-on = تاريخ التقرير
progress-links = الأدلة: روابط على الويب
progress-links-hint = رابط واحد في كل سطر، يبدأ بـ https:// أو http://.
progress-documents = الأدلة: وثائق من مستودع الوثائق
progress-evidence = الأدلة:
progress-history = تقارير التقدم
progress-reported = آخر تقرير
evidence-document = الوثيقة رقم { $id }
measure-value = القيمة (الوحدة: { $unit })
measure-date = تاريخ القياس
measure-source = المصدر
review-published = منشور
review-pending = في انتظار المراجعة
review-rejected = مرفوض
notice-submitted-for-review = توصّلنا بتقريرك؛ وسيُنشر للعموم بعد أن تراجعه الكتابة الدائمة.
notice-token-created = تم إنشاء رمز الوصول.
mail-reminder-due-subject = { $code }: يحلّ أجل مرحلة رئيسية في { $due }
mail-reminder-due-body =
    مرحبًا { $name }،

    يحلّ أجل المرحلة الرئيسية «{ $milestone }» من الالتزام { $code } في { $due }.

    يرجى التصريح بتقدمها، مع الأدلة، عبر الرابط التالي:
    { $link }
mail-reminder-late-subject = { $code }: مرحلة رئيسية متأخرة
mail-reminder-late-body =
    مرحبًا { $name }،

    حلّ أجل المرحلة الرئيسية «{ $milestone }» من الالتزام { $code } في { $due }، ولم يُصرَّح بإنجازها. وهي تظهر الآن متأخرةً في لوحة التتبع العمومية.

    يرجى التصريح بوضعيتها الحالية، مع الأدلة، عبر الرابط التالي:
    { $link }

## لوحة التتبع
dashboard-title = لوحة تتبع التنفيذ
dashboard-intro = وضعية تقدم الخطة، محسوبةً انطلاقًا من التقدم المصرَّح به للمراحل الرئيسية: يُحتسب تقدم الالتزام بمتوسط مراحله، وتقدم المحور والخطة بمتوسط التزاماتهما.
dashboard-by-theme = التقدم حسب المحور
dashboard-by-theme-desc = متوسط تقدم التزامات كل محور، بالنسبة المئوية.
dashboard-by-institution = التقدم حسب المؤسسة المسؤولة
dashboard-by-institution-desc = متوسط تقدم الالتزامات التي تقودها كل مؤسسة، بالنسبة المئوية.
dashboard-by-branch = التقدم حسب سلطات الدولة
dashboard-by-branch-desc = منظور الدولة المنفتحة: متوسط تقدم الالتزامات التي تقودها السلطة التنفيذية والبرلمان والسلطة القضائية والهيئات المستقلة، بالنسبة المئوية.
dashboard-statuses = المراحل الرئيسية حسب الوضعية
dashboard-statuses-desc = عدد المراحل الرئيسية التي لم تبدأ، أو التي هي قيد الإنجاز، أو المنجزة، أو الملغاة، أو المتأخرة.
dashboard-timeline = الجدول الزمني للمراحل الرئيسية
dashboard-timeline-desc = كل مرحلة رئيسية من بدايتها إلى أجلها، مع الإشارة إلى تاريخ اليوم.
dashboard-today = اليوم
dashboard-indicator-desc = القياسات عبر الزمن بوحدة { $unit }، مقارنةً بالقيمة المرجعية والقيمة المستهدفة.
dashboard-measurement = القياس
dashboard-data-table = البيانات في شكل جدول
dashboard-column-group = الفئة
dashboard-column-progress = التقدم
dashboard-column-count = العدد
dashboard-column-start = البداية
dashboard-column-what = الموضوع
dashboard-column-date = التاريخ
dashboard-none = غير محدد
dashboard-state-done = مُنجَزة
dashboard-state-late = متأخرة
dashboard-state-cancelled = ملغاة
dashboard-state-open = جارية
dashboard-late = { $count ->
    [0] المراحل الرئيسية المتأخرة
    [one] مرحلة رئيسية واحدة متأخرة
    [two] مرحلتان رئيسيتان متأخرتان
    [few] { $count } مراحل رئيسية متأخرة
    [many] { $count } مرحلة رئيسية متأخرة
   *[other] { $count } مرحلة رئيسية متأخرة
}
dashboard-late-none = لا توجد أي مرحلة رئيسية متأخرة.
dashboard-upcoming = الآجال المقبلة
dashboard-upcoming-none = لا توجد آجال خلال الأسابيع المقبلة.
dashboard-completion = الإنجاز: كما صُرِّح به وكما قُيِّم
dashboard-completion-intro = عدد الالتزامات التي تبلغ كل مستوى من مستويات الإنجاز، كما يصرّح به المسؤولون عن التنفيذ، وكما قيّمته آلية التقييم المستقل (IRM).
dashboard-self-reported = كما صرّح به المسؤولون عن التنفيذ
dashboard-irm = كما قيّمته آلية IRM
commitment-completion = مستوى الإنجاز

## التقييم المستقل (مستويات IRM بصيغتها الدقيقة)
admin-assessment-title = تسجيل تقييم آلية IRM
irm-scale-current = سُلَّم IRM الحالي
irm-scale-legacy = سُلَّم IRM السابق
irm-verifiable = قابلية التحقق
irm-relevance = الصلة (منظور الحكومة المنفتحة)
irm-potential-for-results = إمكانية تحقيق النتائج
irm-completion = مستوى الإنجاز
irm-early-results = النتائج الأولية
irm-did-it-open-government = هل أسهم في انفتاح الحكومة؟
irm-specificity = درجة التحديد
irm-potential-impact = الأثر المحتمل
irm-level-verifiable = قابل للتحقق
irm-level-not-verifiable = غير قابل للتحقق
irm-level-yes = نعم
irm-level-no = لا
irm-level-unclear = غير واضح
irm-level-modest = متواضع
irm-level-substantial = جوهري
irm-level-no-evidence-available = لا تتوفر أدلة
irm-level-not-started = لم يبدأ
irm-level-limited = محدود
irm-level-complete = مكتمل
irm-level-no-notable-results = لا نتائج ملحوظة
irm-level-moderate = معتدل
irm-level-significant = مهم
irm-level-outstanding = استثنائي
irm-level-worsened = تراجَع
irm-level-did-not-change = لم يتغير
irm-level-marginal = هامشي
irm-level-major = كبير
irm-level-none = لا شيء
irm-level-low = منخفض
irm-level-medium = متوسط
irm-level-high = مرتفع
irm-level-minor = طفيف
irm-level-transformative = تحويلي
irm-not-assessed = لم يُقيَّم
irm-assessed-on = تاريخ التقييم
irm-report-url = تقرير IRM
irm-submit = حفظ التقييم
irm-earlier = التقييمات السابقة
irm-none = لم يُقيَّم بعد

## تقرير التقييم الذاتي
self-assessment-title = تقرير التقييم الذاتي
self-assessment-generated = أُعِدّ انطلاقًا من البوابة بتاريخ { $date }.
self-assessment-print = استعمل أمر الطباعة في متصفحك لطباعته أو حفظه بصيغة PDF.
indicator-latest = آخر قياس

## رموز الوصول الشخصية إلى API
tokens-title = رموز الوصول إلى API
tokens-intro = يتيح رمز الوصول الشخصي لأنظمة وزارتك التصريح بالتقدم والقياسات عبر واجهة API (انظر /api/openapi.json). لا يعمل الرمز إلا لفائدة المؤسسة التي تختارها، وما دمت تقدّم التقارير باسمها. ولا يُحتفَظ إلا ببصمته.
tokens-new = إنشاء رمز وصول
tokens-name = الاسم
tokens-name-hint = الغرض منه، مثل «نظام الإحصاء».
tokens-institution = يعمل لفائدة
tokens-create = إنشاء الرمز
tokens-created = رمز الوصول الجديد:
tokens-created-once = انسخه الآن: لن يُعرض مرة أخرى.
tokens-mine = رموز الوصول الخاصة بك
tokens-none = لا يوجد أي رمز وصول بعد.
tokens-last-used = آخر استعمال
tokens-revoke = إبطال
tokens-revoked = مُبطَل
tokens-no-institution = رموز الوصول مخصصة للمسؤولين عن التنفيذ: أنت لا تقدّم التقارير باسم أي مؤسسة.

## أخطاء تتبع التنفيذ
error-percent-backwards-needs-reason = النسبة أقل من سابقتها: اذكر السبب.
error-narrative-required = صِف ما أُنجز بلغة واحدة على الأقل.
error-date-in-future = لا يمكن أن يكون التاريخ في المستقبل.
error-evidence-link-invalid = يجب أن يكون كل رابط إثبات عنوانًا على الويب يبدأ بـ https:// أو http://.
error-document-unknown = هذه الوثيقة غير موجودة في مستودع الوثائق.
error-evidence-too-many = 10 أدلة على الأكثر في كل تقرير.
error-value-not-number = يجب أن تكون القيمة عددًا، مثل القيمة المرجعية والقيمة المستهدفة.
error-unit-mismatch = يُقاس هذا المؤشر بوحدة أخرى: أدخل القيمة بوحدة المؤشر.
error-level-invalid = اختر المستويات من القوائم: فهي المستويات الدقيقة لآلية IRM.
error-levels-required = اختر مستوى واحدًا على الأقل.
error-scale-invalid = اختر السُّلَّم الحالي أو السُّلَّم السابق.
error-token-name-required = أعطِ رمز الوصول اسمًا (80 حرفًا على الأكثر).
error-token-institution-invalid = اختر مؤسسة تقدّم التقارير باسمها.
## الامتثال لمعايير المشاركة والإعداد المشترك لشراكة الحكومة المنفتحة (OGP)
compliance-title = معايير OGP: الحد الأدنى من المتطلبات
compliance-intro = الحد الأدنى من المتطلبات الواردة في معايير المشاركة والإنشاء المشترك لشراكة الحكومة المنفتحة (OGP)، الصادرة سنة 2021، مُقارَنًا بما تسجّله هذه البوابة: المنتدى، واجتماعاته، ومستودع الوثائق، والجدول الزمني، والمساهمات والردود عليها. ويُبيّن كل متطلب الدليل الذي يُحسَم على أساسه.
compliance-summary = { $count ->
    [zero] لم يُستوفَ أي متطلب من أصل 8
    [one] استُوفي متطلب واحد من أصل 8
    [two] استُوفي متطلبان من أصل 8
    [few] استُوفيت { $count } متطلبات من أصل 8
    [many] استُوفي { $count } متطلبًا من أصل 8
   *[other] استُوفي { $count } متطلب من أصل 8
}
compliance-outcome-met = مُستوفى
compliance-outcome-not-met = غير مُستوفى
compliance-outcome-not-yet = لم يحِن أجله بعد
compliance-missing = ما ينقص:
compliance-evidence = الأدلة:
compliance-forum = منتدى متعدد الأطراف
compliance-forum-rule = يضم المنتدى أعضاء حكوميين وغير حكوميين، وله قواعد مشاركة معلنة، ولا تتجاوز المدة الفاصلة بين اجتماعاته ستة أشهر أبدًا.
compliance-forum-missing = تحقّق من أن اللجنة التوجيهية تضم أعضاء حكوميين وغير حكوميين معًا، وأن قواعد المشاركة الخاصة بها مُدرجة في مستودع الوثائق، وأنها اجتمعت خلال الأشهر الستة الأخيرة.
compliance-website = موقع إلكتروني خاص بـOGP
compliance-website-rule = موقع إلكتروني عمومي يُنشر فيه مسار OGP: هذه البوابة.
compliance-website-missing = لا شيء.
compliance-repository = مستودع وثائق مُحيَّن باستمرار
compliance-repository-rule = يحظى المستودع بتحيينين مؤرَّخين على الأقل خلال أي فترة من اثني عشر شهرًا.
compliance-repository-missing = أُضيف أقل من وثيقتين خلال الأشهر الاثني عشر الأخيرة.
compliance-timeline = جدول زمني منشور للإعداد المشترك
compliance-timeline-rule = يُنشر الجدول الزمني للإعداد المشترك قبل 14 يومًا على الأقل من انطلاق الإعداد المشترك.
compliance-timeline-missing = مرحلة الإعداد المشترك للخطة غير مؤرَّخة، أو نُشرت الخطة قبل أقل من 14 يومًا من انطلاق هذه المرحلة.
compliance-outreach = التحسيس
compliance-outreach-rule = نشاط تحسيسي واحد على الأقل قبل الإعداد المشترك أو خلاله.
compliance-outreach-missing = لم يُسجَّل أي نشاط تحسيسي قبل الإعداد المشترك أو خلاله.
compliance-input-channel = قناة لتلقي المساهمات
compliance-input-channel-rule = يمكن لأي شخص تقديم مساهمته خلال الإعداد المشترك: تظل استمارة المقترحات في البوابة مفتوحة طوال المرحلة.
compliance-input-channel-missing = حدِّد للخطة مرحلة إنشاء مشترك مؤرَّخة.
compliance-responses = ردّ معلَّل على كل مساهمة
compliance-responses-rule = تحظى كل مساهمة بردّ معلَّل منشور قبل اعتماد الخطة النهائية.
compliance-responses-missing = بعض المساهمات ليس لها ردّ منشور، أو اعتُمدت الخطة رغم وجود مساهمات لم يُرَدّ عليها.
compliance-implementation-meetings = اجتماعات خلال التنفيذ
compliance-implementation-meetings-rule = اجتماعان على الأقل مع المجتمع المدني خلال التنفيذ.
compliance-implementation-meetings-missing = سُجّل أقل من اجتماعين مع المجتمع المدني خلال مرحلة التنفيذ.

## خلاصات Atom
feed-follow = المتابعة (خلاصة Atom)
feed-meetings = اجتماعات المنتدى
feed-consultations = الاستشارات العمومية

## Open data
open-data-title = البيانات المفتوحة
open-data-intro = كل ما تنشره هذه البوابة، للتنزيل وإعادة الاستعمال: الالتزامات وفق أعمدة بيانات التزامات شراكة الحكومة المنفتحة (OGP)، والبوابة كاملةً بصيغة JSON، والمنتدى بصيغة Popolo، وواجهة API بصيغة JSON.
open-data-licence = الترخيص: Creative Commons Attribution 4.0 International (CC BY 4.0). يُرجى ذكر البوابة مصدرًا.
open-data-commitments = الالتزامات (XLSX، CSV)
open-data-commitments-text = { $count ->
    [zero] لا توجد التزامات بعد؛ يُدرج كل التزام في سطر مستقل وفق أعمدة بيانات التزامات شراكة الحكومة المنفتحة (OGP)، وتحتفظ الأسطر المستوردة بالقيم الواردة في بيانات OGP.
    [one] التزام واحد في سطر واحد، وفق أعمدة بيانات التزامات شراكة الحكومة المنفتحة (OGP)؛ وتحتفظ الأسطر المستوردة بالقيم الواردة في بيانات OGP.
    [two] التزامان، بمعدل التزام واحد في كل سطر، وفق أعمدة بيانات التزامات شراكة الحكومة المنفتحة (OGP)؛ وتحتفظ الأسطر المستوردة بالقيم الواردة في بيانات OGP.
    [few] { $count } التزامات، بمعدل التزام واحد في كل سطر، وفق أعمدة بيانات التزامات شراكة الحكومة المنفتحة (OGP)؛ وتحتفظ الأسطر المستوردة بالقيم الواردة في بيانات OGP.
    [many] { $count } التزامًا، بمعدل التزام واحد في كل سطر، وفق أعمدة بيانات التزامات شراكة الحكومة المنفتحة (OGP)؛ وتحتفظ الأسطر المستوردة بالقيم الواردة في بيانات OGP.
   *[other] { $count } التزام، بمعدل التزام واحد في كل سطر، وفق أعمدة بيانات التزامات شراكة الحكومة المنفتحة (OGP)؛ وتحتفظ الأسطر المستوردة بالقيم الواردة في بيانات OGP.
}
open-data-instance = البوابة كاملةً (JSON)
open-data-instance-text = المؤسسات، والخطط بمراحلها ومحاورها، والالتزامات بنصوصها بكل اللغات، والمراحل الرئيسية والمؤشرات: أي ما يُخرجه الأمر `sharaka export json`، مطابقًا لمخطط JSON Schema الخاص به.
open-data-schema = JSON Schema
open-data-forum = المنتدى (Popolo)
open-data-forum-text = الأشخاص والهيئات والمقاعد والعضويات والاجتماعات وفق معيار Popolo. ولا تظهر عناوين البريد الإلكتروني إلا للأشخاص الذين اختاروا إظهارها للعموم.
open-data-api = واجهة API بصيغة JSON
open-data-api-text = الخطط والالتزامات والمؤسسات، والمساهمات مع الردود عليها، موصوفةً في وثيقة OpenAPI.
open-data-dictionary = قاموس الحقول
open-data-dictionary-intro = أعمدة ملف الالتزامات القابل للتنزيل التي تملؤها شراكة. أما الأعمدة الأخرى (مجالات السياسات، وتقييمات آلية IRM) فتتبع بيانات OGP.
open-data-column = العمود
open-data-meaning = المعنى
open-data-field-code = رمز الالتزام وفق ترقيم OGP (مثل MO0050).
open-data-field-member = العضو في الشراكة (OGP): بلد أو جماعة.
open-data-field-plan-number = رقم خطة العمل الخاص بهذا العضو (1، 2، 3…).
open-data-field-plan-id = معرّف الخطة لدى OGP (مثل AP_MAR02).
open-data-field-number = رقم الالتزام داخل خطته.
open-data-field-title = عنوان الالتزام (بالإنجليزية، وإلا فبالفرنسية، إذا لم يكن مستوردًا).
open-data-field-short-title = عنوانه المختصر.
open-data-field-full-text = النص الكامل للالتزام كما نُشر.
open-data-field-start = تاريخ البداية، بصيغة شهر/يوم/سنة كما في بيانات OGP.
open-data-field-end = تاريخ النهاية، بصيغة شهر/يوم/سنة.
open-data-field-url = صفحة الالتزام على موقع الشراكة، إن كانت معروفة.
open-data-field-policy-area = عمود لكل مجال من مجالات سياسات OGP: قيمته 1 إذا كان الالتزام يتعلق بهذا المجال.
nav-open-data = البيانات المفتوحة

## البحث
nav-search = البحث
search-title = البحث
search-label = الكلمات المبحوث عنها
search-kind = النوع
search-plan = الخطة
search-all = الكل
search-submit = ابحث
search-count = { $count ->
    [0] لا توجد نتيجة
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $count } نتائج
   *[other] { $count } نتيجة
}
search-no-words = اكتب كلمة أو أكثر: علامات الترقيم والرموز لا يُبحث عنها.
search-filters = تضييق البحث
search-more = أكثر من { $count } نتيجة
search-page-range = النتائج من { $from } إلى { $to }
search-none = لا شيء يتضمن كل هذه الكلمات. جرّب كلمات أقل أو أقصر: لا أهمية للتشكيل ولا لأشكال الحروف.
search-kind-plan = خطة
search-kind-commitment = التزام
search-kind-milestone = مرحلة رئيسية
search-kind-meeting = اجتماع
search-kind-document = وثيقة
search-kind-comment = مساهمة

## الأخبار وخطة التواصل
nav-news = الأخبار
news-title = الأخبار
news-none = لم يُنشر أي خبر بعد.
admin-news-title = الأخبار والتواصل
admin-news-new = كتابة خبر
admin-news-edit = تصحيح الخبر
admin-news-save = نشر
news-field-title = العنوان
news-field-body = النص
news-field-date = تاريخ النشر
news-field-date-hint = إذا كان تاريخ الخبر في المستقبل، فلن يظهر إلا في ذلك اليوم.
communication-title = خطة التواصل
communication-none = لم يُبرمَج أي نشاط تواصلي بعد.
communication-date = التاريخ
communication-action = النشاط
communication-audience = الفئة المستهدفة
communication-channel = القناة
communication-status = الوضعية
communication-add = إضافة النشاط
communication-save = حفظ
channel-website = الموقع الإلكتروني
channel-social-media = شبكات التواصل الاجتماعي
channel-press = الصحافة
channel-radio-tv = الإذاعة والتلفزة
channel-event = تظاهرة
channel-email = البريد الإلكتروني
channel-other = أخرى
action-status-planned = مبرمج
action-status-done = مُنجَز
action-status-cancelled = ملغى
search-kind-theme = محور
search-kind-institution = مؤسسة
search-kind-body = هيئة
search-kind-member = عضو في المنتدى
search-kind-news = خبر
error-news-body-required = اكتب النص بلغة واحدة على الأقل.
error-audience-required = حدِّد الفئة المستهدفة بالنشاط، بلغة واحدة على الأقل.
error-channel-invalid = اختر قناة من القائمة.
error-action-status-invalid = اختر وضعية من القائمة.
error-news-title-required = أعطِ الخبر عنوانًا بلغة واحدة على الأقل.
error-action-title-required = سمِّ النشاط بلغة واحدة على الأقل.

## Following by e-mail
follow-title = ما أتابعه
follow-intro = تتوصل برسالة إلكترونية كلما جدّ جديد فيما تتابعه: تقارير التقدم، والاستشارات، واعتماد الخطة. وتتضمن كل رسالة رابطًا لإيقاف هذه الرسائل فورًا.
follow-none = لا تتابع أي شيء بعد. يمكنك متابعة خطة أو محور أو التزام من صفحته.
follow-what = العنصر
follow-frequency = الوتيرة
follow-stop = إيقاف المتابعة
follow-by-mail = المتابعة عبر البريد الإلكتروني:
follow-submit = متابعة
follow-frequency-immediate = فور حدوثه
follow-frequency-weekly = مرة في الأسبوع
follow-kind-plan = الخطة
follow-kind-theme = المحور
follow-kind-commitment = الالتزام
notice-following = أصبحت تتابع هذا العنصر. يمكنك إيقاف المتابعة من صفحة «ما أتابعه» أو من أي رسالة إلكترونية.
unsubscribe-title = إيقاف هذه الرسائل
unsubscribe-question = هل تريد التوقف عن تلقي الرسائل الإلكترونية بشأن هذا العنصر؟ لا حاجة إلى تسجيل الدخول.
unsubscribe-submit = إيقاف الرسائل
unsubscribe-done = تم ذلك: لن تتلقى هذه الرسائل بعد الآن.
unsubscribe-unknown = لا يوجد ما يمكن إيقافه بهذا الرابط: ربما سبق أن أوقفت هذه الرسائل.
mail-follow-subject = { $count ->
    [zero] لا مستجدات فيما تتابعه
    [one] مستجد واحد فيما تتابعه
    [two] مستجدان فيما تتابعه
    [few] { $count } مستجدات فيما تتابعه
    [many] { $count } مستجدًا فيما تتابعه
   *[other] { $count } مستجد فيما تتابعه
}
mail-follow-body =
    مرحبًا { $name }،

    { $news }

    لإيقاف هذه الرسائل، افتح هذا الرابط:
    { $unsubscribe }

## Printable plan
print-title = نسخة للطباعة
print-hint = تضم هذه الصفحة الخطة كاملة، منسقة للورق: استعملوا أمر الطباعة في متصفحكم، أو نزّلوا ملف PDF المنضد بخطوط للعربية وتيفيناغ والحروف اللاتينية.
print-pdf = تنزيل ملف PDF
print-contents = المحتويات
print-page = صفحة
print-source = طُبعت من { $url } بتاريخ { $date }.

## Linked portals and embeds
notice-deleted = تم الحذف.
admin-portals-title = البوابات المرتبطة
admin-portals-intro = سجّلوا مواقع الحكومة المنفتحة الأخرى في البلد: الحصول على المعلومات، البيانات المفتوحة، الميزانية، الشكايات، المشاركة الإلكترونية. يمكن للالتزامات بعد ذلك أن تحيل إليها، وتبيّن الصفحة العامة ما إذا كان كل منها متاحاً وما زال ينشر.
admin-portals-checks-off = عمليات الفحص معطلة على هذا الخادم: اضبطوا SHARAKA_PORTAL_CHECKS=true ليزور كل بوابة وموجزها مرة في اليوم.
admin-portals-new = تسجيل بوابة
admin-portals-edit = تصحيح بوابة
admin-portals-save = حفظ البوابة
admin-portals-check = الفحص الآن
admin-portals-delete = حذف
portal-field-kind = نوع البوابة
portal-field-kind-choose = اختاروا نوعاً
portal-field-name = الاسم
portal-field-description = ما يجده الناس فيها
portal-field-url = العنوان الإلكتروني
portal-field-feed = عنوان موجز أخبارها (Atom أو RSS)، اختياري
portal-field-feed-hint = مع موجز، يبيّن الفحص أيضاً متى نشرت البوابة آخر مرة.
portal-kind-access-to-information = الحصول على المعلومات
portal-kind-open-data = البيانات المفتوحة
portal-kind-budget = شفافية الميزانية
portal-kind-complaints = الشكايات
portal-kind-e-participation = المشاركة الإلكترونية
portal-kind-legislation = التشريع
portal-kind-other = أخرى
portal-state = الحالة
portal-state-unchecked = لم تُفحص
portal-state-live = محدّثة
portal-state-stale = لم تُحدَّث مؤخراً
portal-state-down = يتعذر الوصول إليها
portal-newest-entry = آخر مدخل في الموجز بتاريخ { $date }
portal-stale-days = لا جديد منذ { $days } يوماً
portal-checked-on = فُحصت بتاريخ { $date }
portal-problem-unreachable = لم يستجب الموقع
portal-problem-http-error = أجاب الموقع بخطأ
portal-problem-feed-unreachable = تعذر جلب موجزها
portal-problem-feed-malformed = تعذرت قراءة موجزها
portal-problem-feed-empty = موجزها لا يحتوي على أي مدخل
portal-problem-address-not-allowed = عنوانه ليس على الإنترنت العام، فلم يُفحص
portals-title = بوابات أخرى للحكومة المنفتحة
portals-intro = مواقع الحكومة المنفتحة الأخرى في البلد، في مكان واحد. تُفحص كل منها بانتظام: هل تستجيب، ومتى نشر موجزها آخر مرة.
portals-stale-count = { $count ->
    [one] بوابة واحدة يتعذر الوصول إليها أو لم تُحدَّث مؤخراً.
    [two] بوابتان يتعذر الوصول إليهما أو لم تُحدَّثا مؤخراً.
    [few] { $count } بوابات يتعذر الوصول إليها أو لم تُحدَّث مؤخراً.
   *[other] { $count } بوابة يتعذر الوصول إليها أو لم تُحدَّث مؤخراً.
}
portals-checks-off = لا تُفحص هذه البوابات تلقائياً على هذا الخادم.
portals-none = لم تُسجَّل أي بوابة بعد.
error-portal-kind-invalid = اختاروا نوع البوابة.
error-portal-name-required = أعطوا البوابة اسماً بلغة واحدة على الأقل.
commitment-portals = بوابات ذات صلة
commitment-portals-none = لا يحيل هذا الالتزام بعد إلى أي بوابة أخرى.
commitment-portals-choose = البوابات التي يحيل إليها هذا الالتزام
commitment-portals-save = حفظ الروابط
embed-title = اعرضوا تقدم هذا الالتزام على موقعكم
embed-intro = يمكن للمؤسسات عرض التقدم الحي لهذا الالتزام على مواقعها: انسخوا أحد هذه المقتطفات في صفحة. تعرض دائماً الأرقام الحالية.
embed-badge-alt = شارة تقدم هذا الالتزام
embed-badge-code = شارة (صورة)
embed-widget-code = أداة (إطار صغير)
embed-no-progress = لم يُبلَّغ عن أي تقدم
embed-source = خطة عمل الحكومة المنفتحة
embed-milestones-done = المراحل المكتملة: { $done } من { $total }
embed-more = الاطلاع على الالتزام كاملاً

## Search filters
search-theme = المحور
search-institution = المؤسسة
search-status = الحالة
search-status-commitment = حالة الالتزام
search-status-milestone = حالة المرحلة

## Sign-in throttling
error-login-slow-down = محاولات خاطئة كثيرة من هنا. انتظر قليلًا ثم أعد المحاولة؛ حسابك غير مقفل.
login-slow-down-seconds = يمكنك المحاولة من جديد بعد { $seconds } ثانية.

## Home: what is open now
home-open-title = شارك الآن
home-open-none = لا شيء مفتوح للمشاركة اليوم.
home-next-title = الخطوة المقبلة:
home-next-co-creation = فتح الإنشاء المشترك: اقترح أفكارًا
home-next-consultation = فتح الاستشارة العمومية: علّق على المشروع
home-next-on = ابتداءً من { $date }
home-next-none = لم تُحدَّد بعد أي مرحلة مشاركة. تابع الخطط لتُعلَم بها.
home-open-kind-proposals = الإنشاء المشترك مفتوح
home-open-kind-consultation = استشارة عمومية مفتوحة
home-open-what-proposals = اقترح أفكارًا لالتزامات الخطة وادعم أفكار غيرك
home-open-what-consultation = علّق على مشروع الخطة، فقرةً فقرة؛ لكل تعليق رد معلَّل
home-open-until = حتى { $date }
home-open-action-proposals = اقترح فكرة
home-open-action-consultation = علّق على المشروع

## Consultation on a phone
consultation-toc = المحتويات: { $count } التزامات
consultation-passages = { $count ->
    [zero] لا فقرات
    [one] فقرة واحدة
    [two] فقرتان
    [few] { $count } فقرات
   *[other] { $count } فقرة
}
consultation-read-commitment = اقرأ النص وعلّق
consultation-place-change = تغيير موضع التعليق
consultation-closed-while-writing = أُغلقت الاستشارة أثناء كتابتك: لم يُرسَل تعليقك
consultation-your-text-kept = نصّك محفوظ هنا لتنسخه:
contribution-name-public = يُنشَر اسمك مع تعليقك.

## Support
error-support-own-proposal = لا يمكنك تأييد اقتراحك.
error-support-hidden = أُخفي هذا الاقتراح من طرف مشرف ولا يمكن تأييده.
proposal-own = هذا اقتراحك؛ يمكن للآخرين تأييده.
consultation-replies = { $count ->
    [one] ردّ واحد
    [two] ردّان
    [few] { $count } ردود
   *[other] { $count } ردًّا
}

## Plans: what a person can do
plans-no-phase = لا مرحلة جارية اليوم
plans-can-co-creation = يمكنك الآن اقتراح أفكار وتأييد أفكار غيرك.
plans-action-co-creation = اقترح فكرة
plans-can-consultation = يمكنك التعليق على مشروع الخطة.
plans-action-consultation = علّق على المشروع
plans-can-implementation = يمكنك تتبع تقدم الالتزامات ومتابعتها عبر البريد.
plans-action-implementation = لوحة القيادة
plans-can-closed = انتهت الخطة؛ اقرأ حصيلتها.
plans-action-closed = التقييم الذاتي
plans-can-follow = يُعَدّ هذا الجزء من الخطة؛ تابعه لتُعلَم بالخطوة المقبلة.
plans-action-follow = صفحة الخطة
error-completed-not-100 = المرحلة المنجزة تعني 100٪؛ اترك النسبة فارغة أو اختر حالة أخرى.
notice-checks-off = لم يُفحص شيء: عمليات فحص البوابات معطلة على هذا الخادم.

## The state's portal: legal, contact, accessibility, privacy
identity-authority-default = الجهة المسؤولة عن خطة عمل الحكومة المنفتحة
identity-address = العنوان
page-legal-title = الإشعار القانوني
page-legal-p1 = تنشر هذه البوابةَ { $authority }، وهي المسؤولة عن محتواها.
page-legal-p2 = النصوص والمعطيات المنشورة هنا (الخطط، الالتزامات، التقارير، الردود المعلَّلة) متاحة لإعادة الاستعمال بصيغة مفتوحة، مع ذكر المصدر.
page-legal-p3 = يبقى كل مشارك مسؤولًا عمّا يكتبه؛ تُخفى المساهمات المخالفة لقواعد المشاركة مع ذكر السبب علنًا.
page-legal-p4 = البرنامج Sharaka برنامج حر مرخّص بموجب AGPL-3.0-or-later.
page-contact-title = اتصل بنا
page-contact-p1 = للأسئلة حول خطة العمل أو الاستشارة أو مشاركتك، راسل الكتابة الدائمة للمنتدى عبر العنوان أدناه.
page-contact-p2 = تحظى كل مساهمة في الاستشارة برد معلَّل؛ لا حاجة لمراسلتنا لتحصل عليه.
page-accessibility-title = التصريح بإمكانية الولوج
page-accessibility-p1 = تسعى { $authority } إلى جعل هذه البوابة قابلة للاستعمال من طرف الجميع، وفق المستوى AA من إرشادات WCAG 2.1.
page-accessibility-p2 = تُختبر كل صفحة آليًا (axe-core) باللغات الأربع وعلى شاشة هاتف بعرض 375 بكسل؛ تعمل البوابة دون جافاسكريبت، والرسوم البيانية مرفقة بجداول معطيات.
page-accessibility-p3 = الحدود المعروفة: بعض النصوص غير مترجمة بعد وتُعرض بلغتها الأصلية مع إشارة إلى ذلك؛ ملفات PDF القديمة في المستودع قد لا تكون ميسَّرة.
page-accessibility-p4 = إن واجهت عائقًا، راسلنا عبر صفحة الاتصال: نقترح بديلًا خلال أسبوعين.
page-privacy-title = حماية المعطيات الشخصية
page-privacy-p1 = المسؤول عن المعالجة: { $authority }. تخضع المعالجة للقانون 09-08 المتعلق بحماية الأشخاص الذاتيين تجاه معالجة المعطيات ذات الطابع الشخصي، وتُصرَّح بها لدى اللجنة الوطنية لمراقبة حماية المعطيات ذات الطابع الشخصي (CNDP).
page-privacy-p2 = ما نحتفظ به: اسمك وبريدك الإلكتروني وكلمة مرورك (مشفّرة)، ولغتك، ومساهماتك، وإن شئت ملفك الطوعي (القطاع، النوع، الجهة) الذي لا يُنشر إلا مجمَّعًا.
page-privacy-p3 = ما يُنشر: يظهر اسمك إلى جانب كل اقتراح أو تعليق تنشره، لأن المشاركة في الإنشاء المشترك علنية؛ لا يُنشر بريدك أبدًا.
page-privacy-p4 = لماذا: لتنظيم المشاركة في خطة الحكومة المنفتحة، والرد المعلَّل على كل مساهمة، وإعلامك بما تتابعه. المشاركة قد تكشف آراءك: لا تكتب ما لا تريد نشره.
page-privacy-p5 = حقوقك: يمكنك الاطلاع على معطياتك وتصحيحها والاعتراض على معالجتها وطلب حذفها، بمراسلة الكتابة عبر العنوان أدناه؛ ولك أن تلجأ إلى CNDP.
page-privacy-p6 = الاستضافة: تُحفظ المعطيات لدى الجهة الناشرة؛ لا تُستعمل أي خدمة تتبع أو إعلان، ولا تُحمَّل أي موارد من مواقع أخرى.
register-name-public = يظهر هذا الاسم علنًا مع كل ما تنشره (اقتراحات وتعليقات).

## Language names in the reader's language
untranslated-ar = لم تُترجم بعد؛ معروضة بالعربية
untranslated-fr = لم تُترجم بعد؛ معروضة بالفرنسية
untranslated-en = لم تُترجم بعد؛ معروضة بالإنجليزية
untranslated-zgh = لم تُترجم بعد؛ معروضة بالأمازيغية
language-name-ar = العربية
language-name-fr = الفرنسية
language-name-en = الإنجليزية
language-name-zgh = الأمازيغية
language-name-ary = الدارجة المغربية
language-name-es = الإسبانية
language-name-mul = عدة لغات
progress-basis = استنادًا إلى { $with } من أصل { $of } التزامات

## Institution directory: merge
admin-institution-merge-title = دمج نسخة مكررة
admin-institution-merge-hint = إن كانت هذه المؤسسة نسخة مكررة من أخرى، ادمجها فيها: تنتقل إليها كل الالتزامات والمراحل والمقاعد والصلاحيات، وتُحذف هذه.
admin-institution-merge-into = ادمج في
admin-institution-merge-submit = ادمج
error-merge-into-itself = لا يمكن دمج مؤسسة في نفسها؛ اختر مؤسسة أخرى.
error-merge-target-unknown = اختر المؤسسة التي ستُدمج فيها.
notice-merged = دُمجت المؤسسة؛ انتقلت إليها كل الروابط.
consultation-back-to-contents = العودة إلى المحتويات
meeting-local-time = بالتوقيت المحلي: { $place }

## The printed plan's cover
print-authority = صادر عن
print-version = النسخة
print-version-adopted = الخطة النهائية، اعتُمدت في { $date }
print-version-draft = مسودة عمل بتاريخ { $date }، غير معتمدة
print-stage = المرحلة
print-stage-none = لا مرحلة جارية

## OGP members, named in the reader's language (OGP's data names them in English)
member-morocco = المغرب

# Impersonation (issue 18)
official-badge = حساب رسمي
error-name-imitates = يشبه هذا الاسم اسمَ مؤسسة أو الكتابة الدائمة أو دورًا رسميًا في البوابة. سجِّل باسمك الخاص: الحسابات الرسمية تفتحها الكتابة الدائمة.
admin-users-flags = للتحقق
admin-flag-name-imitates = الاسم يحاكي «{ $term }»
admin-flag-mixed-scripts = عنوان يخلط بين كتابات: { $scripts }
admin-users-flagged-filter = الحسابات التي تحتاج إلى تحقق فقط ({ $count })
admin-users-all = كل الحسابات
script-latin = اللاتينية
script-cyrillic = السيريلية
script-greek = اليونانية
script-arabic = العربية
script-tifinagh = تيفيناغ
script-armenian = الأرمنية
script-hebrew = العبرية
