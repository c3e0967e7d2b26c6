<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa" sourcelanguage="en">
<context>
    <name>AddHousehold</name>
    <message>
        <source>Type the unit number as written on the door, for example A-12-03.</source>
        <translation>شمارهٔ واحد را همان‌طور که روی در نوشته شده وارد کنید، مثلاً ⁦A-12-03⁩.</translation>
    </message>
    <message>
        <source>Type the name of the head of household.</source>
        <translation>نام سرپرست خانوار را وارد کنید.</translation>
    </message>
    <message>
        <source>The national ID may hold only digits (dashes and spaces are fine).</source>
        <translation>کد ملی فقط می‌تواند رقم داشته باشد (خط تیره و فاصله اشکالی ندارد).</translation>
    </message>
    <message>
        <source>Choose the block the household lives in.</source>
        <translation>بلوکی را که خانوار در آن زندگی می‌کند انتخاب کنید.</translation>
    </message>
    <message>
        <source>Type the unit with its block, as on the door: for example A-12-03.</source>
        <translation>واحد را همراه بلوک آن، همان‌طور که روی در نوشته شده، وارد کنید: مثلاً ⁦A-12-03⁩.</translation>
    </message>
    <message>
        <source>There is no unit {unit} in {block}. Check the number on the door.</source>
        <translation>واحد {unit} در {block} وجود ندارد. شمارهٔ روی در را بررسی کنید.</translation>
    </message>
    <message>
        <source>The census list has no unit {unit} in {block}. Add this unit to {block}?</source>
        <translation>واحد {unit} در {block} در فهرست سرشماری نیست. این واحد به {block} افزوده شود؟</translation>
    </message>
    <message>
        <source>A household has between 1 and 99 members; correct the size and save again.</source>
        <translation>هر خانوار بین 1 تا 99 عضو دارد؛ تعداد را اصلاح کنید و دوباره ذخیره کنید.</translation>
    </message>
</context>
<context>
    <name>AddHouseholdDialog</name>
    <message>
        <source>Add household</source>
        <translation>افزودن خانوار</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;بلوک</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;واحد</translation>
    </message>
    <message>
        <source>&amp;Head of household</source>
        <translation>&amp;سرپرست خانوار</translation>
    </message>
    <message>
        <source>&amp;National ID</source>
        <translation>&amp;کد ملی</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;تلفن</translation>
    </message>
    <message>
        <source>Household &amp;size</source>
        <translation>تعداد &amp;اعضای خانوار</translation>
    </message>
    <message>
        <source>as on the door, e.g. A-12-03</source>
        <translation>مانند روی در، مثلاً ⁦A-12-03⁩</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>نامعلوم</translation>
    </message>
</context>
<context>
    <name>AreaNavigator</name>
    <message>
        <source>All areas</source>
        <translation>همه مناطق</translation>
    </message>
    <message>
        <source>Floor %1</source>
        <translation>طبقه %1</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;پشتیبان‌گیری اکنون</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;بازگردانی از پشتیبان…</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup was not made. %1</source>
        <translation>پشتیبان خودکار امروز گرفته نشد. %1</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>در حال پشتیبان‌گیری…</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>پشتیبان در %1 ذخیره شد</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>پشتیبان روزانه</translation>
    </message>
    <message>
        <source>Made with Back up now</source>
        <translation>گرفته‌شده با «پشتیبان‌گیری اکنون»</translation>
    </message>
    <message>
        <source>Before a census list import</source>
        <translation>پیش از وارد کردن فهرست سرشماری</translation>
    </message>
    <message>
        <source>Before the households were scored again</source>
        <translation>پیش از ارزیابی دوبارهٔ خانوارها</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>پیش از بازگردانی</translation>
    </message>
    <message>
        <source>Before an upgrade of Tinjau</source>
        <translation>پیش از ارتقای Tinjau</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>بازگردانی از پشتیبان</translation>
    </message>
    <message>
        <source>Choose the backup to put back. The data as it is now is kept in the backups folder first.</source>
        <translation>پشتیبانی را که باید بازگردانده شود انتخاب کنید. داده‌ها در وضعیت کنونی ابتدا در پوشهٔ پشتیبان‌ها نگه داشته می‌شوند.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>بازگردانی</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>پروندهٔ دیگر…</translation>
    </message>
    <message>
        <source>Tinjau backups (*.sqlite)</source>
        <translation>پشتیبان‌های Tinjau (*.sqlite)</translation>
    </message>
    <message>
        <source>This data folder has changes made after the backup was taken (its last change: %1; the backup&apos;s: %2); restoring the backup loses them. A copy of the data as it is now is kept in the backups folder. Restore anyway?</source>
        <translation>این پوشهٔ داده تغییراتی دارد که پس از گرفتن پشتیبان انجام شده‌اند (آخرین تغییر پوشه: %1؛ آخرین تغییر پشتیبان: %2)؛ بازگردانی پشتیبان آن‌ها را از بین می‌برد. یک رونوشت از داده‌ها در وضعیت کنونی در پوشهٔ پشتیبان‌ها نگه داشته می‌شود. با این حال بازگردانی شود؟</translation>
    </message>
    <message>
        <source>Restored %1. The data it replaced is kept in the backups folder.</source>
        <translation>%1 بازگردانی شد. داده‌هایی که جایگزین شدند در پوشهٔ پشتیبان‌ها نگه داشته می‌شوند.</translation>
    </message>
    <message>
        <source>Restored the backup made on %1 (%2). The data it replaced is kept in the backups folder.</source>
        <translation>پشتیبانِ گرفته‌شده در %1 (%2) بازگردانی شد. داده‌هایی که جایگزین شدند در پوشهٔ پشتیبان‌ها نگه داشته می‌شوند.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>در حال بازگردانی…</translation>
    </message>
</context>
<context>
    <name>CensusListPanel</name>
    <message>
        <source>Search by name, national ID or unit</source>
        <translation>جستجو با نام، کد ملی یا واحد</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>همه وضعیت‌ها</translation>
    </message>
    <message>
        <source>Add household</source>
        <translation>افزودن خانوار</translation>
    </message>
    <message>
        <source>Add a household that is not on the census list</source>
        <translation>افزودن خانواری که در فهرست سرشماری نیست</translation>
    </message>
    <message>
        <source>Households listed: %1</source>
        <translation>خانوارهای فهرست‌شده: %1</translation>
    </message>
</context>
<context>
    <name>HouseholdStatus</name>
    <message>
        <source>Not found</source>
        <translation>پیدا نشد</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>امتناع از مصاحبه</translation>
    </message>
    <message>
        <source>Not visited</source>
        <translation>مراجعه‌نشده</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>در حال انجام</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>تکمیل‌شده</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>همگام‌شده</translation>
    </message>
    <message>
        <source>Returned for correction</source>
        <translation>برگشت برای اصلاح</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>تأییدشده</translation>
    </message>
</context>
<context>
    <name>HouseholdTableModel</name>
    <message>
        <source>Unit</source>
        <translation>واحد</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>سرپرست خانوار</translation>
    </message>
    <message>
        <source>Visit status</source>
        <translation>وضعیت مراجعه</translation>
    </message>
    <message>
        <source>Poverty status</source>
        <translation>وضعیت فقر</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>آخرین تغییر</translation>
    </message>
</context>
<context>
    <name>InterviewRecords</name>
    <message>
        <source>This household is no longer on the list; refresh the list.</source>
        <translation>این خانوار دیگر در فهرست نیست؛ فهرست را تازه کنید.</translation>
    </message>
    <message>
        <source>This interview was begun with version {version} of the form {form}, which is not on this device. Synchronise to receive it, then open the interview again.</source>
        <translation>این مصاحبه با نسخهٔ {version} از فرم {form} آغاز شده که روی این دستگاه نیست. همگام‌سازی کنید تا دریافت شود، سپس مصاحبه را دوباره باز کنید.</translation>
    </message>
    <message>
        <source>This interview is already complete; its answers can no longer change.</source>
        <translation>این مصاحبه کامل شده است؛ پاسخ‌های آن دیگر تغییر نمی‌کند.</translation>
    </message>
</context>
<context>
    <name>InterviewView</name>
    <message>
        <source>Opening the interview…</source>
        <translation>در حال باز کردن مصاحبه…</translation>
    </message>
    <message>
        <source>Remove %1 and all their answers?</source>
        <translation>%1 و همهٔ پاسخ‌هایش حذف شود؟</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD.</source>
        <translation>تاریخ را به میلادی و به شکل ⁦YYYY-MM-DD⁩ بنویسید؛ تاریخ شمسی کارت شناسایی را نخست به میلادی برگردانید.</translation>
    </message>
    <message>
        <source>Write the time as HH:MM.</source>
        <translation>زمان را به شکل ⁦HH:MM⁩ بنویسید.</translation>
    </message>
    <message>
        <source>Write the date and time as YYYY-MM-DDTHH:MM.</source>
        <translation>تاریخ میلادی و زمان را به شکل ⁦YYYY-MM-DDTHH:MM⁩ بنویسید.</translation>
    </message>
    <message>
        <source>Write the latitude and the longitude, e.g. 3.1390 101.6869.</source>
        <translation>عرض و طول جغرافیایی را بنویسید، مثلاً ⁦3.1390 101.6869⁩.</translation>
    </message>
    <message>
        <source>This is not a number yet; finish typing it.</source>
        <translation>این هنوز عدد نیست؛ نوشتن آن را تمام کنید.</translation>
    </message>
    <message>
        <source>This is not finished yet; write a whole number.</source>
        <translation>هنوز کامل نیست؛ یک عدد صحیح بنویسید.</translation>
    </message>
    <message>
        <source>The answers are not saved yet. They stay on screen, and Tinjau keeps trying to save them.</source>
        <translation>پاسخ‌ها هنوز ذخیره نشده‌اند. روی صفحه می‌مانند و Tinjau همچنان برای ذخیرهٔ آن‌ها تلاش می‌کند.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>ذخیره شد</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>ذخیره نشد</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>تکمیل</translation>
    </message>
    <message>
        <source>The interview cannot be completed yet: %1 to fix. Click one to go there.</source>
        <translation>مصاحبه هنوز کامل نمی‌شود: %1 مورد باید اصلاح شود. روی هر مورد کلیک کنید تا به آن بروید.</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>عضو %1</translation>
    </message>
    <message>
        <source>Complete — read only</source>
        <translation>تکمیل — فقط خواندنی</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>افزودن عضو</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>افزودن</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>ویرایش</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Back to the list of members</source>
        <translation>بازگشت به فهرست اعضا</translation>
    </message>
    <message>
        <source>Previous member</source>
        <translation>عضو قبلی</translation>
    </message>
    <message>
        <source>Next member</source>
        <translation>عضو بعدی</translation>
    </message>
    <message>
        <source>Back to the table</source>
        <translation>بازگشت به جدول</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>قبلی</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>بعدی</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>بازگشت به فهرست</translation>
    </message>
    <message>
        <source>Check the answers and mark the interview complete</source>
        <translation>پاسخ‌ها را بررسی و مصاحبه را کامل علامت بزنید</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>صفحهٔ قبلی</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>صفحهٔ بعدی</translation>
    </message>
    <message>
        <source>Nothing left to answer here</source>
        <translation>در این بخش پرسشی باقی نمانده است</translation>
    </message>
    <message>
        <source>%1 questions still to answer or correct here</source>
        <translation>%1 پرسش در این بخش هنوز پاسخ یا اصلاح می‌خواهد</translation>
    </message>
    <message>
        <source>%1 of %2 required answers</source>
        <translation>%1 از %2 پاسخ الزامی</translation>
    </message>
    <message>
        <source>Keys: Insert adds a member&apos;s row; type in each cell and press Enter to go on (Enter on an empty new row ends the table); Ctrl+Enter opens the chosen member&apos;s page; Delete removes it.</source>
        <translation>کلیدها: ⁦Insert⁩ ردیفی برای عضو تازه می‌افزاید؛ در هر خانه بنویسید و با ⁦Enter⁩ جلو بروید (⁦Enter⁩ در ردیف تازهٔ خالی، جدول را تمام می‌کند)؛ ⁦Ctrl+Enter⁩ صفحهٔ عضو انتخاب‌شده را باز می‌کند و ⁦Delete⁩ آن را حذف می‌کند.</translation>
    </message>
    <message>
        <source>Keys: Insert adds a row; type in each cell and press Enter to go on (Enter on an empty new row ends the table); Ctrl+Enter opens the chosen row&apos;s page; Delete removes it.</source>
        <translation>کلیدها: ⁦Insert⁩ ردیف تازه می‌افزاید؛ در هر خانه بنویسید و با ⁦Enter⁩ جلو بروید (⁦Enter⁩ در ردیف تازهٔ خالی، جدول را تمام می‌کند)؛ ⁦Ctrl+Enter⁩ صفحهٔ ردیف انتخاب‌شده را باز می‌کند و ⁦Delete⁩ آن را حذف می‌کند.</translation>
    </message>
    <message>
        <source>Keys: Enter opens the chosen member.</source>
        <translation>کلیدها: ⁦Enter⁩ عضو انتخاب‌شده را باز می‌کند.</translation>
    </message>
    <message>
        <source>Keys: Enter opens the chosen row.</source>
        <translation>کلیدها: ⁦Enter⁩ ردیف انتخاب‌شده را باز می‌کند.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>H&amp;ousehold</source>
        <translation>&amp;خانوار</translation>
    </message>
    <message>
        <source>Mark &amp;not found…</source>
        <translation>ثبت «&amp;پیدا نشد»…</translation>
    </message>
    <message>
        <source>Mark &amp;refused…</source>
        <translation>ثبت «&amp;امتناع»…</translation>
    </message>
    <message>
        <source>Choose a household in the list first.</source>
        <translation>ابتدا یک خانوار را در فهرست انتخاب کنید.</translation>
    </message>
    <message>
        <source>Visit marked.</source>
        <translation>نتیجهٔ مراجعه ثبت شد.</translation>
    </message>
    <message>
        <source>Tinjau — household census</source>
        <translation>Tinjau — سرشماری خانوار</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;پرونده</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;فضای کاری جدید…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;تنظیمات…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;زبان</translation>
    </message>
    <message>
        <source>Choose the data folder…</source>
        <translation>پوشهٔ داده را انتخاب کنید…</translation>
    </message>
    <message>
        <source>Start a new survey…</source>
        <translation>آغاز یک پیمایش جدید…</translation>
    </message>
    <message>
        <source>No data folder is open yet.

Choose your data folder in File &gt; Settings, or start Tinjau with: tinjau gui --data-dir FOLDER

To start your own survey, make a new workspace for your country and area.</source>
        <translation>هنوز هیچ پوشهٔ داده‌ای باز نشده است.

پوشهٔ داده خود را از پرونده &gt; تنظیمات انتخاب کنید، یا Tinjau را با این فرمان اجرا کنید: ⁦tinjau gui --data-dir FOLDER⁩

برای آغاز پیمایش خودتان، یک فضای کاری جدید برای کشور و منطقهٔ خود بسازید.</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>پوشهٔ داده: %1</translation>
    </message>
    <message>
        <source>Read-only: you can look, but changes cannot be saved</source>
        <translation>فقط خواندنی: می‌توانید ببینید، اما تغییرات ذخیره نمی‌شوند</translation>
    </message>
    <message>
        <source>Enumerator: %1</source>
        <translation>پرسشگر: %1</translation>
    </message>
    <message>
        <source>This workspace has no households yet. Import your census list (the columns are in docs/census.md; `tinjau census template` writes an empty one):
tinjau census import LIST.xlsx --data-dir %1 --site %2
Its households then appear here, each with its head of household as the first member of the interview.</source>
        <translation>این فضای کاری هنوز هیچ خانواری ندارد. فهرست سرشماری خود را وارد کنید (ستون‌ها در ⁦docs/census.md⁩ آمده‌اند؛ ⁦tinjau census template⁩ یک فهرست خالی می‌سازد):
⁦tinjau census import LIST.xlsx --data-dir %1 --site %2⁩
سپس خانوارهای آن اینجا نمایش داده می‌شوند و سرپرست هر خانوار نفر اول مصاحبه است.</translation>
    </message>
    <message>
        <source>Or press Add household for each family, typing its unit with the block, for example A-01-01.</source>
        <translation>یا برای هر خانواده «افزودن خانوار» را بزنید و واحد را همراه بلوک آن وارد کنید، مثلاً ⁦A-01-01⁩.</translation>
    </message>
    <message>
        <source>Household added.</source>
        <translation>خانوار افزوده شد.</translation>
    </message>
    <message>
        <source>Scoring the interviews again under the new poverty standard…</source>
        <translation>در حال امتیازدهی دوباره به مصاحبه‌ها با معیار فقر جدید…</translation>
    </message>
</context>
<context>
    <name>NewWorkspaceDialog</name>
    <message>
        <source>New workspace</source>
        <translation>فضای کاری جدید</translation>
    </message>
    <message>
        <source>&amp;Data folder</source>
        <translation>پوشهٔ &amp;داده</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>&amp;کشور</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>مالزی</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>ویتنام</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>ایران</translation>
    </message>
    <message>
        <source>a new or empty folder</source>
        <translation>یک پوشهٔ جدید یا خالی</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>ساختن</translation>
    </message>
    <message>
        <source>The country decides how ID numbers and phone numbers in census lists are checked and which poverty standard is used. Name the areas from the top; after the workspace is made, import your census list into it.</source>
        <translation>کشور تعیین می‌کند که کد ملی و شمارهٔ تلفن در فهرست سرشماری چگونه بررسی شود و کدام معیار فقر به کار رود. نام مناطق را از بالاترین سطح بنویسید؛ پس از ساخته شدن فضای کاری، فهرست سرشماری خود را در آن وارد کنید.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>ایالت</translation>
    </message>
    <message>
        <source>District</source>
        <translation>ناحیه</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>بخش</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>محل</translation>
    </message>
    <message>
        <source>Province or city</source>
        <translation>استان یا شهر</translation>
    </message>
    <message>
        <source>Ward or commune</source>
        <translation>بخش یا دهستان</translation>
    </message>
    <message>
        <source>Neighbourhood group</source>
        <translation>گروه محله</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>استان</translation>
    </message>
    <message>
        <source>County</source>
        <translation>شهرستان</translation>
    </message>
    <message>
        <source>City</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>City district</source>
        <translation>منطقهٔ شهری</translation>
    </message>
    <message>
        <source>Choose a new or empty folder for the workspace.</source>
        <translation>یک پوشهٔ جدید یا خالی برای فضای کاری انتخاب کنید.</translation>
    </message>
    <message>
        <source>This folder is not empty. Choose a new or empty folder, so the workspace&apos;s files are not mixed with others.</source>
        <translation>این پوشه خالی نیست. یک پوشهٔ جدید یا خالی انتخاب کنید تا پرونده‌های فضای کاری با پرونده‌های دیگر قاطی نشود.</translation>
    </message>
    <message>
        <source>Name the areas from the top, without leaving one out.</source>
        <translation>نام مناطق را از بالاترین سطح بنویسید و هیچ سطحی را جا نیندازید.</translation>
    </message>
    <message>
        <source>Give each area a name with letters or digits.</source>
        <translation>برای هر منطقه نامی با حرف یا رقم بنویسید.</translation>
    </message>
</context>
<context>
    <name>PovertyStatus</name>
    <message>
        <source>Not scored</source>
        <translation>ارزیابی‌نشده</translation>
    </message>
    <message>
        <source>Hardcore poor</source>
        <translation>فقیر شدید</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>فقیر</translation>
    </message>
    <message>
        <source>Near poor</source>
        <translation>نزدیک به فقر</translation>
    </message>
    <message>
        <source>Not poor</source>
        <translation>غیرفقیر</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>A visit note holds at most {limit} characters; shorten it and save again.</source>
        <translation>یادداشت مراجعه حداکثر {limit} نویسه است؛ آن را کوتاه کنید و دوباره ذخیره کنید.</translation>
    </message>
    <message>
        <source>A note is kept only for a household not found or refused; leave the note empty.</source>
        <translation>یادداشت فقط برای خانواری ثبت می‌شود که پیدا نشد یا از مصاحبه امتناع کرد؛ یادداشت را خالی بگذارید.</translation>
    </message>
    <message>
        <source>An area path goes state &gt; district &gt; ward &gt; site &gt; block &gt; unit; {path} does not. Correct it and try again; nothing was changed.</source>
        <translation>مسیر یک منطقه به ترتیب استان &gt; شهرستان &gt; بخش &gt; محله &gt; بلوک &gt; واحد است؛ {path} این‌گونه نیست. آن را اصلاح کنید و دوباره امتحان کنید؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>This interview is no longer on this device; refresh the list.</source>
        <translation>این مصاحبه دیگر روی این دستگاه نیست؛ فهرست را تازه کنید.</translation>
    </message>
    <message>
        <source>An interview that is {current} cannot become {wanted}; nothing was changed.</source>
        <translation>مصاحبه‌ای که در وضعیت {current} است نمی‌تواند {wanted} شود؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>A household whose visit is {current} cannot be marked {wanted}; nothing was changed.</source>
        <translation>خانواری را که وضعیت بازدیدش {current} است نمی‌توان {wanted} علامت زد؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>This member is no longer in the household; refresh the roster.</source>
        <translation>این عضو دیگر در خانوار نیست؛ فهرست اعضا را تازه کنید.</translation>
    </message>
    <message>
        <source>Write what the enumerator must correct before returning the interview.</source>
        <translation>پیش از برگرداندن مصاحبه، بنویسید پرسشگر چه چیزی را باید اصلاح کند.</translation>
    </message>
    <message>
        <source>Choose the area or the household to assign.</source>
        <translation>منطقه یا خانواری را که می‌خواهید واگذار کنید انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>ScorePanel</name>
    <message>
        <source>The poverty standard chosen in Settings is not available; choose another in File &gt; Settings.</source>
        <translation>معیار فقری که در تنظیمات انتخاب شده در دسترس نیست؛ معیار دیگری را از پرونده &gt; تنظیمات انتخاب کنید.</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>هنوز ارزیابی نشده</translation>
    </message>
    <message>
        <source>Provisional: %1</source>
        <translation>موقت: %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>%1 مورد دیگر</translation>
    </message>
    <message>
        <source>Not enough answers yet: %1</source>
        <translation>هنوز پاسخ کافی نیست: %1</translation>
    </message>
    <message>
        <source>Poverty status</source>
        <translation>وضعیت فقر</translation>
    </message>
    <message>
        <source>Deprived in</source>
        <translation>محرومیت در</translation>
    </message>
    <message>
        <source>So far: %1</source>
        <translation>تا اینجا: %1</translation>
    </message>
</context>
<context>
    <name>SelectOneEditor</name>
    <message>
        <source>Clear</source>
        <translation>پاک کردن</translation>
    </message>
    <message>
        <source>Take this answer back (no choice)</source>
        <translation>این پاسخ را پس بگیرید (بدون انتخاب)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Install a poverty standard file</source>
        <translation>نصب فایل معیار فقر</translation>
    </message>
    <message>
        <source>Poverty standards (*.toml)</source>
        <translation>معیار فقر (*.toml)</translation>
    </message>
    <message>
        <source>Checking the standard file…</source>
        <translation>در حال بررسی فایل معیار فقر…</translation>
    </message>
    <message>
        <source>Installed %1. Press OK to score the households under it.</source>
        <translation>%1 نصب شد. برای امتیازدهی خانوارها با آن، «تأیید» را بزنید.</translation>
    </message>
    <message>
        <source>The household questionnaire shipped with Tinjau</source>
        <translation>پرسشنامهٔ خانوار همراه Tinjau</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1، نسخهٔ %2</translation>
    </message>
    <message>
        <source>Install a questionnaire</source>
        <translation>نصب پرسشنامه</translation>
    </message>
    <message>
        <source>XLSForm workbooks (*.xlsx *.xls)</source>
        <translation>کاربرگ‌های XLSForm (*.xlsx *.xls)</translation>
    </message>
    <message>
        <source>Checking the form…</source>
        <translation>در حال بررسی فرم…</translation>
    </message>
    <message>
        <source>This data folder already uses %1, version %2; nothing was changed.</source>
        <translation>این پوشهٔ داده از پیش %1، نسخهٔ %2 را به کار می‌برد؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>Installed %1, version %2: new interviews use it. Interviews begun before keep the version they were begun with.</source>
        <translation>%1، نسخهٔ %2 نصب شد: مصاحبه‌های تازه از آن استفاده می‌کنند. مصاحبه‌هایی که پیش‌تر آغاز شده‌اند با همان نسخهٔ خود می‌مانند.</translation>
    </message>
    <message>
        <source>%1 reads answers this form does not ask: %2.</source>
        <translation>%1 پاسخ‌هایی را می‌خواند که این فرم نمی‌پرسد: %2.</translation>
    </message>
    <message>
        <source>Every poverty standard finds the answers it reads in this form.</source>
        <translation>هر معیار فقر پاسخ‌هایی را که می‌خواند در این فرم می‌یابد.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>پوشهٔ داده</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Poverty standard</source>
        <translation>معیار فقر</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>پرسشنامه</translation>
    </message>
    <message>
        <source>Enumerator name</source>
        <translation>نام پرسشگر</translation>
    </message>
    <message>
        <source>Enumerator ID</source>
        <translation>شناسهٔ پرسشگر</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>نشانی سرور</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <source>Install a standard file…</source>
        <translation>نصب فایل معیار…</translation>
    </message>
    <message>
        <source>Install a form…</source>
        <translation>نصب فرم…</translation>
    </message>
    <message>
        <source>Make an XLSForm the questionnaire of this data folder&apos;s new interviews.</source>
        <translation>یک XLSForm را پرسشنامهٔ مصاحبه‌های تازهٔ این پوشهٔ داده کنید.</translation>
    </message>
    <message>
        <source>The standard this data folder&apos;s households are scored under.</source>
        <translation>معیاری که خانوارهای این پوشهٔ داده با آن امتیازدهی می‌شوند.</translation>
    </message>
    <message>
        <source>The data folder has no Tinjau data (tinjau.sqlite). Choose a folder that has.</source>
        <translation>این پوشه دادهٔ Tinjau ندارد (⁦tinjau.sqlite⁩). پوشه‌ای را انتخاب کنید که آن را دارد.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (plain http only for localhost).</source>
        <translation>نشانی سرور باید با ⁦https://⁩ شروع شود (⁦http⁩ ساده فقط برای ⁦localhost⁩).</translation>
    </message>
</context>
<context>
    <name>VisitOutcomeDialog</name>
    <message>
        <source>Mark not found</source>
        <translation>ثبت «پیدا نشد»</translation>
    </message>
    <message>
        <source>Mark refused</source>
        <translation>ثبت «امتناع»</translation>
    </message>
    <message>
        <source>Nobody was found at unit %1, or the unit is empty or gone. Mark the visit not found? You can still interview the household when you come back.</source>
        <translation>کسی در واحد %1 پیدا نشد، یا واحد خالی است یا دیگر وجود ندارد. این مراجعه «پیدا نشد» ثبت شود؟ وقتی دوباره بیایید، همچنان می‌توانید با این خانوار مصاحبه کنید.</translation>
    </message>
    <message>
        <source>The household at unit %1 declined the interview. Mark the visit refused? You can still interview the household if they agree later.</source>
        <translation>خانوار واحد %1 از مصاحبه امتناع کرد. این مراجعه «امتناع» ثبت شود؟ اگر بعداً موافقت کنند، همچنان می‌توانید با آنان مصاحبه کنید.</translation>
    </message>
    <message>
        <source>&amp;Note (optional)</source>
        <translation>&amp;یادداشت (اختیاری)</translation>
    </message>
    <message>
        <source>e.g. come back after 6 pm</source>
        <translation>مثلاً بعد از ساعت ۶ عصر دوباره بیایید</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <source>No data folder is open. Choose one in Settings and try again.</source>
        <translation>هیچ پوشهٔ داده‌ای باز نیست. یکی را در تنظیمات انتخاب کنید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>Something went wrong and the work was not finished. Please try again; if it keeps happening, tell your supervisor.</source>
        <translation>مشکلی پیش آمد و کار تمام نشد. لطفاً دوباره تلاش کنید؛ اگر باز هم تکرار شد، به سرپرست خود اطلاع دهید.</translation>
    </message>
    <message>
        <source>Something went wrong and the work was not finished. Please try again; if it keeps happening, tell your supervisor (the details are in {log}).</source>
        <translation>مشکلی پیش آمد و کار تمام نشد. لطفاً دوباره تلاش کنید؛ اگر باز هم تکرار شد، به سرپرست خود اطلاع دهید (جزئیات در {log} ثبت شده است).</translation>
    </message>
    <message>
        <source>Tinjau</source>
        <translation>Tinjau</translation>
    </message>
</context>
<context>
    <name>workspace</name>
    <message>
        <source>The folder {folder} has no Tinjau data (tinjau.sqlite). Choose another data folder in Settings, or build a demo one with: tinjau demo --data-dir FOLDER</source>
        <translation>پوشهٔ {folder} دادهٔ Tinjau ندارد (⁦tinjau.sqlite⁩). پوشهٔ دادهٔ دیگری را در تنظیمات انتخاب کنید، یا با این فرمان یک پوشهٔ نمونه بسازید: ⁦tinjau demo --data-dir FOLDER⁩</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>Pick the date on a calendar</source>
        <translation>انتخاب تاریخ از روی تقویم</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock the workspace</source>
        <translation>باز کردن قفل فضای کاری</translation>
    </message>
    <message>
        <source>This workspace is encrypted. Type its passphrase to open it.</source>
        <translation>این فضای کاری رمزگذاری شده است. برای باز کردن آن، عبارت عبور را بنویسید.</translation>
    </message>
    <message>
        <source>Choose a passphrase for this workspace (at least 8 characters), and type it twice. It encrypts the data on this computer. Write it down somewhere safe: if both the passphrase and its recovery key are lost, the data is gone and nobody can recover it.</source>
        <translation>یک عبارت عبور برای این فضای کاری انتخاب کنید (دست‌کم ۸ نویسه) و آن را دو بار بنویسید. داده‌های این رایانه با آن رمزگذاری می‌شود. آن را در جای امنی یادداشت کنید: اگر هم عبارت عبور و هم کلید بازیابی آن گم شوند، داده‌ها از دست می‌روند و هیچ‌کس نمی‌تواند آن‌ها را بازیابی کند.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارت عبور</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>همان عبارت عبور، دوباره</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least 8 characters.</source>
        <translation>عبارت عبور خیلی کوتاه است: دست‌کم ۸ نویسه به کار ببرید.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type them again.</source>
        <translation>دو عبارت عبور یکسان نیستند. دوباره بنویسید.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>در حال باز کردن قفل…</translation>
    </message>
    <message>
        <source>That passphrase does not open this workspace. Check it (capital letters count) and try again. Attempts: %1.</source>
        <translation>این عبارت عبور این فضای کاری را باز نمی‌کند. آن را بررسی کنید (حروف بزرگ و کوچک فرق دارند) و دوباره امتحان کنید. تعداد تلاش‌ها: %1.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>کلید بازیابی</translation>
    </message>
    <message>
        <source>Write this recovery key down now and keep it apart from the computer: it is shown only this once. With it a supervisor can set a new passphrase. If both the passphrase and the recovery key are lost, the data is gone: nobody can open it.</source>
        <translation>این کلید بازیابی را همین حالا یادداشت کنید و جدا از رایانه نگه دارید: فقط همین یک بار نشان داده می‌شود. با آن، سرپرست می‌تواند عبارت عبور تازه‌ای بگذارد. اگر هم عبارت عبور و هم کلید بازیابی گم شوند، داده‌ها از دست می‌روند: هیچ‌کس نمی‌تواند آن‌ها را باز کند.</translation>
    </message>
</context>
</TS>
