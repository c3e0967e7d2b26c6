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
        <source>Today's automatic backup was not made. %1</source>
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
        <source>This data folder has changes made after the backup was taken (its last change: %1; the backup's: %2); restoring the backup loses them. A copy of the data as it is now is kept in the backups folder. Restore anyway?</source>
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
        <source>Sync conflict (both versions kept)</source>
        <translation>ناسازگاری همگام‌سازی (هر دو نسخه نگه داشته شد)</translation>
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
    <name>DateEditor</name>
    <message>
        <source>Pick the date on a calendar</source>
        <translation>انتخاب تاریخ از روی تقویم</translation>
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
    <message>
        <source>%1 · sync conflict</source>
        <translation>%1 · ناسازگاری همگام‌سازی</translation>
    </message>
    <message>
        <source>A ward officer returned this interview for correction: open it, correct it and complete it again.</source>
        <translation>مسئول محله این مصاحبه را برای اصلاح برگرداند: آن را باز کنید، اصلاح کنید و دوباره کامل کنید.</translation>
    </message>
    <message>
        <source>The server already had a newer version of this household when your change arrived. It kept both; the ward officer decides which is right. Nothing was lost.</source>
        <translation>وقتی تغییر شما رسید، سرور نسخهٔ تازه‌تری از این خانوار داشت. هر دو نگه داشته شد؛ مسئول محله تصمیم می‌گیرد کدام درست است. چیزی از دست نرفت.</translation>
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
        <source>Keys: Insert adds a member's row; type in each cell and press Enter to go on (Enter on an empty new row ends the table); Ctrl+Enter opens the chosen member's page; Delete removes it.</source>
        <translation>کلیدها: ⁦Insert⁩ ردیفی برای عضو تازه می‌افزاید؛ در هر خانه بنویسید و با ⁦Enter⁩ جلو بروید (⁦Enter⁩ در ردیف تازهٔ خالی، جدول را تمام می‌کند)؛ ⁦Ctrl+Enter⁩ صفحهٔ عضو انتخاب‌شده را باز می‌کند و ⁦Delete⁩ آن را حذف می‌کند.</translation>
    </message>
    <message>
        <source>Keys: Insert adds a row; type in each cell and press Enter to go on (Enter on an empty new row ends the table); Ctrl+Enter opens the chosen row's page; Delete removes it.</source>
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
    <message>
        <source>Keys: Insert adds a member on a page of its own; Enter opens the chosen member; Delete removes it.</source>
        <translation>کلیدها: ⁦Insert⁩ عضوی تازه در صفحهٔ خودش می‌افزاید؛ ⁦Enter⁩ عضو انتخاب‌شده را باز می‌کند و ⁦Delete⁩ آن را حذف می‌کند.</translation>
    </message>
    <message>
        <source>Keys: Insert adds a row on a page of its own; Enter opens the chosen row; Delete removes it.</source>
        <translation>کلیدها: ⁦Insert⁩ ردیفی تازه در صفحهٔ خودش می‌افزاید؛ ⁦Enter⁩ ردیف انتخاب‌شده را باز می‌کند و ⁦Delete⁩ آن را حذف می‌کند.</translation>
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
        <source>S&amp;ync</source>
        <translation>&amp;همگام‌سازی</translation>
    </message>
    <message>
        <source>Sign &amp;in to server…</source>
        <translation>&amp;ورود به سرور…</translation>
    </message>
    <message>
        <source>Sync &amp;panel</source>
        <translation>&amp;تابلوی همگام‌سازی</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>همگام‌سازی &amp;اکنون</translation>
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
    <message>
        <source>Stopping the sync after the batch being sent, then closing…</source>
        <translation>همگام‌سازی پس از دسته‌ای که در حال ارسال است متوقف می‌شود، سپس بسته می‌شود…</translation>
    </message>
    <message>
        <source>Open a data folder first: signing in is per folder.</source>
        <translation>ابتدا یک پوشهٔ داده باز کنید: ورود برای هر پوشه جداگانه است.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <source>&amp;About Tinjau…</source>
        <translation>&amp;دربارهٔ Tinjau…</translation>
    </message>
    <message>
        <source>Tinjau %1</source>
        <translation>Tinjau %1</translation>
    </message>
    <message>
        <source>Offline household poverty surveys.</source>
        <translation>پیمایش فقر خانوار بدون اینترنت.</translation>
    </message>
    <message>
        <source>Household form: %1, version %2</source>
        <translation>پرسشنامهٔ خانوار: %1، نسخهٔ %2</translation>
    </message>
    <message>
        <source>Poverty standards:</source>
        <translation>معیار فقر (هر کدام با نسخهٔ خود):</translation>
    </message>
    <message>
        <source>About Tinjau</source>
        <translation>دربارهٔ Tinjau</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>گزار&amp;ش</translation>
    </message>
    <message>
        <source>&amp;Coverage and poverty…</source>
        <translation>&amp;پوشش و فقر…</translation>
    </message>
    <message>
        <source>No data folder is open. Choose one in Settings and try again.</source>
        <translation>هیچ پوشهٔ داده‌ای باز نیست. یکی را در تنظیمات انتخاب کنید و دوباره تلاش کنید.</translation>
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
        <source>This folder is not empty. Choose a new or empty folder, so the workspace's files are not mixed with others.</source>
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
    <message>
        <source>This folder is inside the Tinjau program's folder, which an update replaces. Choose a folder of your own, such as one in your documents.</source>
        <translation>این پوشه درون پوشهٔ برنامهٔ Tinjau است که با هر به‌روزرسانی جایگزین می‌شود. پوشه‌ای از آنِ خودتان، مثلاً در اسناد خود، انتخاب کنید.</translation>
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
    <name>ServerPage</name>
    <message>
        <source>Sign in to your office's server</source>
        <translation>ورود به سرور ادارهٔ شما</translation>
    </message>
    <message>
        <source>Use the user name and password your office gave you. The password is sent once and never kept on this computer.</source>
        <translation>از نام کاربری و گذرواژه‌ای که اداره به شما داده است استفاده کنید. گذرواژه یک بار فرستاده می‌شود و هرگز روی این رایانه نگه داشته نمی‌شود.</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>&amp;نشانی سرور</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>نام &amp;کاربری</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;گذرواژه</translation>
    </message>
    <message>
        <source>Next signs this computer in and receives your census list, your assignments and the forms and standards your office published. On a slow connection this can take a few minutes.</source>
        <translation>«بعدی» این رایانه را وارد سرور می‌کند و فهرست سرشماری، کارهای واگذارشده به شما و فرم‌ها و معیارهای فقری را که اداره منتشر کرده است دریافت می‌کند. با اتصال کُند این کار ممکن است چند دقیقه طول بکشد.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>در حال ورود…</translation>
    </message>
    <message>
        <source>Receiving your work from the server…</source>
        <translation>در حال دریافت کارهای شما از سرور…</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>به %1 با نام %2 وارد شده‌اید.</translation>
    </message>
    <message>
        <source>Received: %1 (%2 stored here).</source>
        <translation>دریافت‌شده: %1 (%2 در اینجا ذخیره شد).</translation>
    </message>
    <message>
        <source>The first sync was cancelled.</source>
        <translation>نخستین همگام‌سازی لغو شد.</translation>
    </message>
    <message>
        <source>Press Next to try again; you stay signed in.</source>
        <translation>برای تلاش دوباره «بعدی» را بزنید؛ همچنان وارد شده می‌مانید.</translation>
    </message>
    <message>
        <source>Not installed (tell your supervisor): %1</source>
        <translation>نصب نشد (به سرپرست خود بگویید): %1</translation>
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
        <source>Make an XLSForm the questionnaire of this data folder's new interviews.</source>
        <translation>یک XLSForm را پرسشنامهٔ مصاحبه‌های تازهٔ این پوشهٔ داده کنید.</translation>
    </message>
    <message>
        <source>The standard this data folder's households are scored under.</source>
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
    <name>SignInDialog</name>
    <message>
        <source>Sign in to server</source>
        <translation>ورود به سرور</translation>
    </message>
    <message>
        <source>Sign this computer in to your office's Tinjau server to send your finished work. Your password is sent once and never kept on this computer.</source>
        <translation>این رایانه را به سرور Tinjau دفتر خود وارد کنید تا کارهای تمام‌شده را بفرستید. گذرواژهٔ شما یک بار فرستاده می‌شود و هرگز روی این رایانه نگه داشته نمی‌شود.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;نشانی سرور:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>نام &amp;کاربری:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;گذرواژه:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;ورود</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;خروج از حساب</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>در حال ورود…</translation>
    </message>
    <message>
        <source>This computer is not signed in to a server.</source>
        <translation>این رایانه به هیچ سروری وارد نشده است.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>به %1 با نام %2 وارد شده‌اید.</translation>
    </message>
    <message>
        <source>Type the server's address.</source>
        <translation>نشانی سرور را بنویسید.</translation>
    </message>
</context>
<context>
    <name>SyncError</name>
    <message>
        <source>That is not a server address. Type the address your supervisor gave you, such as https://tinjau.example.org.</source>
        <translation>این نشانی سرور نیست. نشانی‌ای را که سرپرستتان داده بنویسید، مانند ⁦https://tinjau.example.org⁩.</translation>
    </message>
    <message>
        <source>This address is plain http: your password and this computer's sign-in would cross the network unencrypted. Use the server's https:// address (plain http works only for a server on this computer itself).</source>
        <translation>این نشانی http ساده است: گذرواژهٔ شما و ورود این رایانه بدون رمزگذاری از شبکه می‌گذرند. از نشانی ⁦https://⁩ سرور استفاده کنید (http ساده فقط برای سروری روی همین رایانه).</translation>
    </message>
    <message>
        <source>Type your user name on the server.</source>
        <translation>نام کاربری خود در سرور را بنویسید.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>گذرواژهٔ خود را بنویسید.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong. Check both (capital letters count) and try again.</source>
        <translation>نام کاربری یا گذرواژه نادرست است. هر دو را بررسی کنید (حروف بزرگ و کوچک فرق دارند) و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>Too many wrong passwords were typed here, so the server refuses sign-ins for a while. Wait a few minutes and try again, or ask your administrator to reset your password.</source>
        <translation>گذرواژهٔ نادرست بیش از حد وارد شد، پس سرور تا مدتی ورود را نمی‌پذیرد. چند دقیقه صبر کنید و دوباره تلاش کنید، یا از مدیر سامانه بخواهید گذرواژه‌تان را از نو تنظیم کند.</translation>
    </message>
    <message>
        <source>Your account is disabled on the server. Ask your administrator to enable it again.</source>
        <translation>حساب شما در سرور غیرفعال است. از مدیر سامانه بخواهید دوباره فعالش کند.</translation>
    </message>
    <message>
        <source>The server at %1 could not be reached. Check the address and the connection (Wi-Fi or mobile data), then try again. Nothing waiting to be sent was lost.</source>
        <translation>سرور در %1 در دسترس نبود. نشانی و اتصال (وای‌فای یا اینترنت همراه) را بررسی کنید و دوباره تلاش کنید. چیزی از آنچه در انتظار ارسال است از دست نرفت.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time. Try again when the connection is better. Nothing waiting to be sent was lost.</source>
        <translation>سرور در %1 به‌موقع پاسخ نداد. وقتی اتصال بهتر شد دوباره تلاش کنید. چیزی از آنچه در انتظار ارسال است از دست نرفت.</translation>
    </message>
    <message>
        <source>The address %1 did not answer like a Tinjau server. Check the address, or first sign in to the network in a web browser (a hotel or office Wi-Fi may ask).</source>
        <translation>نشانی %1 مانند یک سرور Tinjau پاسخ نداد. نشانی را بررسی کنید، یا نخست در مرورگر وب به شبکه وارد شوید (وای‌فای هتل یا دفتر ممکن است بخواهد).</translation>
    </message>
    <message>
        <source>This computer is not signed in to a server yet. Sign in first (Sync &gt; Sign in to server…).</source>
        <translation>این رایانه هنوز به سروری وارد نشده است. نخست وارد شوید (همگام‌سازی &gt; ورود به سرور…).</translation>
    </message>
    <message>
        <source>This computer's sign-in file is damaged. Sign in again (Sync &gt; Sign in to server…).</source>
        <translation>پروندهٔ ورود این رایانه آسیب دیده است. دوباره وارد شوید (همگام‌سازی &gt; ورود به سرور…).</translation>
    </message>
    <message>
        <source>The server at %1 needs a newer version of Tinjau. Update the app, then sync again. Nothing waiting to be sent was lost.</source>
        <translation>سرور در %1 نسخهٔ تازه‌تری از Tinjau می‌خواهد. برنامه را به‌روز کنید و دوباره همگام‌سازی کنید. چیزی از آنچه در انتظار ارسال است از دست نرفت.</translation>
    </message>
    <message>
        <source>The server's answer could not be read, so nothing was marked as sent. Sync again; if it keeps happening, tell your administrator.</source>
        <translation>پاسخ سرور خوانده نشد، پس چیزی «فرستاده‌شده» علامت نخورد. دوباره همگام‌سازی کنید؛ اگر تکرار شد، به مدیر سامانه بگویید.</translation>
    </message>
    <message>
        <source>The server at %1 no longer accepts this computer's sign-in. Sign in again (Sync &gt; Sign in to server…). Nothing waiting to be sent was lost.</source>
        <translation>سرور در %1 دیگر ورود این رایانه را نمی‌پذیرد. دوباره وارد شوید (همگام‌سازی &gt; ورود به سرور…). چیزی از آنچه در انتظار ارسال است از دست نرفت.</translation>
    </message>
    <message>
        <source>The server at %1 had a problem and could not take the work. Try again later. Nothing waiting to be sent was lost.</source>
        <translation>سرور در %1 به مشکل خورد و نتوانست کار را بگیرد. بعداً دوباره تلاش کنید. چیزی از آنچه در انتظار ارسال است از دست نرفت.</translation>
    </message>
    <message>
        <source>A file (a photo or a recording) that a completed interview names is missing from the data folder's attachments folder. Put the whole data folder back from a copy, then sync again. Nothing was lost on the server.</source>
        <translation>فایلی (عکس یا صدای ضبط‌شده) که یک مصاحبهٔ کامل‌شده نام می‌برد در پوشهٔ پیوست‌های پوشهٔ داده نیست. کل پوشهٔ داده را از یک رونوشت برگردانید و دوباره همگام‌سازی کنید. چیزی روی سرور از دست نرفت.</translation>
    </message>
    <message>
        <source>A file (a photo or a recording) in the data folder's attachments folder was damaged on this computer: it no longer matches what its interview names. Put the data folder back from a copy, then sync again. Nothing of it was sent.</source>
        <translation>فایلی (عکس یا صدای ضبط‌شده) در پوشهٔ پیوست‌های پوشهٔ داده روی این رایانه آسیب دیده است: دیگر با آنچه مصاحبه‌اش نام می‌برد یکی نیست. پوشهٔ داده را از یک رونوشت برگردانید و دوباره همگام‌سازی کنید. چیزی از آن فرستاده نشد.</translation>
    </message>
    <message>
        <source>A file (a photo or a recording) in the data folder's attachments folder is shorter than its interview says: it was changed on this computer. Put the data folder back from a copy, then sync again. Nothing of it was sent.</source>
        <translation>فایلی (عکس یا صدای ضبط‌شده) در پوشهٔ پیوست‌های پوشهٔ داده کوتاه‌تر از آن است که مصاحبه‌اش می‌گوید: روی این رایانه تغییر کرده است. پوشهٔ داده را از یک رونوشت برگردانید و دوباره همگام‌سازی کنید. چیزی از آن فرستاده نشد.</translation>
    </message>
    <message>
        <source>The server at %1 answered about files in a way this app cannot read. Tell your administrator: the server or the app may need updating. Nothing waiting to be sent was lost.</source>
        <translation>سرور در %1 دربارهٔ فایل‌ها پاسخی داد که این برنامه نمی‌تواند بخواند. به مدیر سامانه بگویید: شاید سرور یا برنامه نیاز به به‌روزرسانی داشته باشد. چیزی از آنچه در انتظار ارسال است از دست نرفت.</translation>
    </message>
    <message>
        <source>The server's answer to a pull could not be read, so nothing of it was stored. Sync again; if it keeps happening, tell your administrator.</source>
        <translation>پاسخ سرور به دریافت تغییرات خوانده نشد، پس چیزی از آن ذخیره نشد. دوباره همگام‌سازی کنید؛ اگر تکرار شد، به مدیر سامانه بگویید.</translation>
    </message>
    <message>
        <source>Changes from the server clash with records made on this computer (the same census entry or area under another id), so nothing of them was stored. Ask your supervisor to check the area's census list on the server.</source>
        <translation>تغییرات رسیده از سرور با رکوردهایی که روی این رایانه ساخته شده‌اند ناسازگارند (همان مورد سرشماری یا منطقه با شناسه‌ای دیگر)، پس چیزی از آن‌ها ذخیره نشد. از سرپرست خود بخواهید فهرست سرشماری آن منطقه را روی سرور بررسی کند.</translation>
    </message>
    <message>
        <source>The server at %1 still lacks files (photos or recordings) that interviews waiting to be sent name, so it stored nothing. Sync again; if it keeps happening, tell your administrator. Nothing waiting to be sent was lost.</source>
        <translation>سرور در %1 هنوز فایل‌هایی (عکس یا صدای ضبط‌شده) را که مصاحبه‌های در انتظار ارسال نام می‌برند ندارد، پس چیزی ذخیره نکرد. دوباره همگام‌سازی کنید؛ اگر تکرار شد، به مدیر سامانه بگویید. چیزی از آنچه در انتظار ارسال است از دست نرفت.</translation>
    </message>
    <message>
        <source>An interview waiting to be sent was made with a form version the server at %1 does not have, so it stored nothing. Ask your supervisor to publish that form version on the server, then sync again. Nothing waiting to be sent was lost.</source>
        <translation>یک مصاحبهٔ در انتظار ارسال با نسخه‌ای از پرسشنامه انجام شده که سرور در %1 آن را ندارد، پس چیزی ذخیره نکرد. از سرپرست خود بخواهید آن نسخهٔ پرسشنامه را روی سرور منتشر کند و سپس دوباره همگام‌سازی کنید. چیزی از آنچه در انتظار ارسال است از دست نرفت.</translation>
    </message>
    <message>
        <source>The server at %1 refused the work (%2). Tell your administrator, giving them that code. Nothing waiting to be sent was lost.</source>
        <translation>سرور در %1 کار را نپذیرفت (%2). به مدیر سامانه بگویید و آن کد را به او بدهید. چیزی از آنچه در انتظار ارسال است از دست نرفت.</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Sync</source>
        <translation>همگام‌سازی</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;لغو</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>همگام‌سازی &amp;اکنون</translation>
    </message>
    <message>
        <source>Sync lo&amp;g</source>
        <translation>گزارش همگام‌&amp;سازی</translation>
    </message>
    <message>
        <source>Not signed in to a server.</source>
        <translation>به سروری وارد نشده‌اید.</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;ورود…</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>به %1 با نام %2 وارد شده‌اید.</translation>
    </message>
    <message>
        <source>Account…</source>
        <translation>حساب…</translation>
    </message>
    <message>
        <source>Changes waiting to be sent: %1</source>
        <translation>تغییرهای در انتظار ارسال: %1</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>آخرین همگام‌سازی موفق: %1</translation>
    </message>
    <message>
        <source>Last successful sync: never</source>
        <translation>آخرین همگام‌سازی موفق: هنوز هیچ</translation>
    </message>
    <message>
        <source>Sending: %1 of %2 changes</source>
        <translation>در حال ارسال: %1 از %2 تغییر</translation>
    </message>
    <message>
        <source>Receiving: %1 of %2 changes</source>
        <translation>در حال دریافت: %1 از %2 تغییر</translation>
    </message>
    <message>
        <source>Receiving…</source>
        <translation>در حال دریافت…</translation>
    </message>
    <message>
        <source>Syncing: %1 of %2</source>
        <translation>در حال همگام‌سازی: %1 از %2</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>در حال همگام‌سازی…</translation>
    </message>
    <message>
        <source>Trying again in %1 s (try %2).</source>
        <translation>تلاش دوباره تا %1 ثانیهٔ دیگر (بار %2).</translation>
    </message>
    <message>
        <source>Stopping after the batch being sent… nothing is lost.</source>
        <translation>پس از دسته‌ای که در حال ارسال است متوقف می‌شود… چیزی از دست نمی‌رود.</translation>
    </message>
    <message>
        <source>Nothing was sent. Still waiting: %1.</source>
        <translation>چیزی فرستاده نشد. هنوز در انتظار: %1.</translation>
    </message>
    <message>
        <source>Changes sent: %1 (%2 accepted, %3 already on the server, %4 in conflict). Still waiting: %5.</source>
        <translation>تغییرهای فرستاده‌شده: %1 (%2 پذیرفته، %3 از پیش روی سرور، %4 ناسازگار). هنوز در انتظار: %5.</translation>
    </message>
    <message>
        <source>Cancelled; sync again to send the rest.</source>
        <translation>لغو شد؛ برای فرستادن بقیه دوباره همگام‌سازی کنید.</translation>
    </message>
    <message>
        <source>Conflicts (the server kept both versions for the ward officer): %1.</source>
        <translation>ناسازگاری‌ها (سرور هر دو نسخه را برای مسئول محله نگه داشت): %1.</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>تمام شد</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>لغو شد</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>تمام نشد</translation>
    </message>
    <message>
        <source>No syncs yet.</source>
        <translation>هنوز همگام‌سازی‌ای انجام نشده است.</translation>
    </message>
    <message>
        <source>Not installed (tell your supervisor): %1</source>
        <translation>نصب نشد (به سرپرست خود بگویید): %1</translation>
    </message>
    <message>
        <source>Uploading files: %1 of %2</source>
        <translation>در حال بارگذاری فایل‌ها: %1 از %2</translation>
    </message>
    <message>
        <source>Uploading files…</source>
        <translation>در حال بارگذاری فایل‌ها…</translation>
    </message>
    <message>
        <source>Nothing was waiting to be sent.</source>
        <translation>چیزی در انتظار فرستادن نبود.</translation>
    </message>
    <message>
        <source>Files uploaded: %1 (%2).</source>
        <translation>فایل‌های بارگذاری‌شده: %1 (%2).</translation>
    </message>
    <message>
        <source>Received: %1 (%2 stored here, %3 kept as changed here).</source>
        <translation>دریافت‌شده: %1 (%2 در اینجا ذخیره شد، %3 همان‌گونه که اینجا تغییر کرده نگه داشته شد).</translation>
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
    <name>CrashHandler</name>
    <message>
        <source>Something went wrong inside Tinjau. The answers of the open interview were saved.</source>
        <translation>مشکلی درون Tinjau پیش آمد. پاسخ‌های مصاحبهٔ باز ذخیره شدند.</translation>
    </message>
    <message>
        <source>A report without personal data was written to %1; give it to your supervisor.</source>
        <translation>گزارشی بدون داده‌های شخصی در %1 نوشته شد؛ آن را به سرپرست خود بدهید.</translation>
    </message>
    <message>
        <source>If the window misbehaves now, close Tinjau and start it again.</source>
        <translation>اگر پنجره اکنون درست کار نمی‌کند، Tinjau را ببندید و دوباره باز کنید.</translation>
    </message>
    <message>
        <source>Tinjau</source>
        <translation>Tinjau</translation>
    </message>
    <message>
        <source>Something went wrong inside Tinjau. The answers of the open interview may not have been saved; reopen the interview and check its last answers.</source>
        <translation>مشکلی درون Tinjau پیش آمد. ممکن است پاسخ‌های مصاحبهٔ باز ذخیره نشده باشند؛ مصاحبه را دوباره باز کنید و آخرین پاسخ‌های آن را بررسی کنید.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Tinjau — first start</source>
        <translation>Tinjau — نخستین اجرا</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;قبلی</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;بعدی &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;پایان</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
</context>
<context>
    <name>InterviewPage</name>
    <message>
        <source>How an interview works</source>
        <translation>مصاحبه چگونه انجام می‌شود</translation>
    </message>
    <message>
        <source>Five steps, at each door.</source>
        <translation>پنج گام، در هر خانه.</translation>
    </message>
    <message>
        <source>Find the household in the census list: type part of a name, an ID or the unit, then press Enter.</source>
        <translation>خانوار را در فهرست سرشماری پیدا کنید: بخشی از نام، کد ملی یا واحد را بنویسید و ⁦Enter⁩ را بزنید.</translation>
    </message>
    <message>
        <source>Press Enter again to open its interview. Ask each question and type the answer; every answer is saved as you type.</source>
        <translation>دوباره ⁦Enter⁩ را بزنید تا مصاحبهٔ آن باز شود. هر پرسش را بپرسید و پاسخ را بنویسید؛ هر پاسخ همان هنگام نوشتن ذخیره می‌شود.</translation>
    </message>
    <message>
        <source>Add each member of the household in the members table.</source>
        <translation>هر عضو خانوار را در جدول اعضا بیفزایید.</translation>
    </message>
    <message>
        <source>Press Complete when every required answer is given: the household's poverty status shows at once.</source>
        <translation>وقتی همهٔ پاسخ‌های الزامی داده شد «تکمیل» را بزنید: وضعیت فقر خانوار بی‌درنگ نشان داده می‌شود.</translation>
    </message>
    <message>
        <source>Nobody at home, or the household refused? Mark the visit in the Household menu instead.</source>
        <translation>کسی خانه نیست یا خانوار امتناع کرد؟ به‌جای مصاحبه، نتیجهٔ مراجعه را از منوی «خانوار» ثبت کنید.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Welcome to Tinjau</source>
        <translation>به Tinjau خوش آمدید</translation>
    </message>
    <message>
        <source>This assistant prepares this computer for your interviews.</source>
        <translation>این دستیار این رایانه را برای مصاحبه‌های شما آماده می‌کند.</translation>
    </message>
    <message>
        <source>Choose the &amp;language of the app:</source>
        <translation>&amp;زبان برنامه را انتخاب کنید:</translation>
    </message>
</context>
<context>
    <name>ModePage</name>
    <message>
        <source>How will you work?</source>
        <translation>چگونه کار خواهید کرد؟</translation>
    </message>
    <message>
        <source>Your interviews are always kept on this computer first.</source>
        <translation>مصاحبه‌های شما همیشه نخست روی همین رایانه نگه داشته می‌شوند.</translation>
    </message>
    <message>
        <source>Connect to my office's &amp;server</source>
        <translation>اتصال به &amp;کارگزار اداره‌ام</translation>
    </message>
    <message>
        <source>Signing in and sending interviews from here comes in a later version.</source>
        <translation>ورود و فرستادن مصاحبه‌ها از اینجا در نسخه‌ای بعدی می‌آید.</translation>
    </message>
    <message>
        <source>Sign in with the username and password your office gave you.</source>
        <translation>با نام کاربری و گذرواژه‌ای که اداره به شما داده است وارد شوید.</translation>
    </message>
    <message>
        <source>&amp;Work offline for now, with a workspace on this computer</source>
        <translation>&amp;فعلاً بدون اینترنت کار می‌کنم، با فضای کاری روی این رایانه</translation>
    </message>
    <message>
        <source>&amp;Work offline, with a workspace on this computer</source>
        <translation>&amp;بدون اینترنت کار می‌کنم، با فضای کاری روی این رایانه</translation>
    </message>
    <message>
        <source>Choose the country and the area you survey; then import your census list or add households as you visit them.</source>
        <translation>کشور و منطقه‌ای را که پیمایش می‌کنید انتخاب کنید؛ سپس فهرست سرشماری خود را وارد کنید یا خانوارها را هنگام مراجعه بیفزایید.</translation>
    </message>
</context>
<context>
    <name>WorkerPage</name>
    <message>
        <source>About you</source>
        <translation>دربارهٔ شما</translation>
    </message>
    <message>
        <source>Your name and enumerator ID are recorded on each interview.</source>
        <translation>نام و شناسهٔ پرسشگر شما روی هر مصاحبه ثبت می‌شود.</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>&amp;نام شما</translation>
    </message>
    <message>
        <source>Enumerator &amp;ID</source>
        <translation>&amp;شناسهٔ پرسشگر</translation>
    </message>
    <message>
        <source>as given by your office</source>
        <translation>همان‌که اداره به شما داده است</translation>
    </message>
    <message>
        <source>You can change them later in File &gt; Settings.</source>
        <translation>بعداً می‌توانید آن‌ها را در پرونده &gt; تنظیمات تغییر دهید.</translation>
    </message>
    <message>
        <source>Type your name.</source>
        <translation>نام خود را بنویسید.</translation>
    </message>
    <message>
        <source>Type the enumerator ID your office gave you.</source>
        <translation>شناسهٔ پرسشگری را که اداره به شما داده است بنویسید.</translation>
    </message>
    <message>
        <source>The name or the ID is too long; shorten it.</source>
        <translation>نام یا شناسه بیش از حد بلند است؛ کوتاهش کنید.</translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <source>Your workspace</source>
        <translation>فضای کاری شما</translation>
    </message>
    <message>
        <source>The folder on this computer that keeps your households and interviews.</source>
        <translation>پوشه‌ای روی این رایانه که خانوارها و مصاحبه‌های شما را نگه می‌دارد.</translation>
    </message>
    <message>
        <source>The country decides how ID numbers and phone numbers are checked and which poverty standard is used. Name the areas from the top; the lower ones may stay empty.</source>
        <translation>کشور تعیین می‌کند کدهای ملی و شماره‌های تلفن چگونه بررسی شوند و کدام معیار فقر به کار رود. نام مناطق را از بالا بنویسید؛ سطح‌های پایین‌تر می‌توانند خالی بمانند.</translation>
    </message>
    <message>
        <source>The country decides how ID numbers and phone numbers are checked and which poverty standard is used. Your areas, census list and assignments come from the server on the next page.</source>
        <translation>کشور تعیین می‌کند کدهای ملی و شماره‌های تلفن چگونه بررسی شوند و کدام معیار فقر به کار رود. مناطق، فهرست سرشماری و کارهای واگذارشده به شما در صفحهٔ بعدی از سرور می‌رسند.</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>The chosen file cannot be read; check that it is still there and choose it again. Nothing was changed.</source>
        <translation>فایل انتخاب‌شده خوانده نمی‌شود؛ بررسی کنید که هنوز وجود دارد و دوباره انتخابش کنید. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>The chosen file is empty; choose another. Nothing was changed.</source>
        <translation>فایل انتخاب‌شده خالی است؛ فایل دیگری انتخاب کنید. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>The chosen file is larger than the {limit} MB this question takes; choose a smaller one. Nothing was changed.</source>
        <translation>فایل انتخاب‌شده بزرگ‌تر از {limit} مگابایتی است که این پرسش می‌پذیرد؛ فایل کوچک‌تری انتخاب کنید. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>This question takes a photo (JPEG, PNG, GIF, WebP, BMP or HEIC), and the chosen file is not one, judging by its content. Choose another file; nothing was changed.</source>
        <translation>این پرسش یک عکس (JPEG، PNG، GIF، WebP، BMP یا HEIC) می‌پذیرد و فایل انتخاب‌شده، بنا بر محتوایش، عکس نیست. فایل دیگری انتخاب کنید؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>This question takes a sound recording (MP3, M4A, WAV, Ogg, FLAC or AMR), and the chosen file is not one, judging by its content. Choose another file; nothing was changed.</source>
        <translation>این پرسش یک صدای ضبط‌شده (MP3، M4A، WAV، Ogg، FLAC یا AMR) می‌پذیرد و فایل انتخاب‌شده، بنا بر محتوایش، صدای ضبط‌شده نیست. فایل دیگری انتخاب کنید؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>This question takes a video (MP4, 3GP, MOV, WebM or AVI), and the chosen file is not one, judging by its content. Choose another file; nothing was changed.</source>
        <translation>این پرسش یک ویدیو (MP4، 3GP، MOV، WebM یا AVI) می‌پذیرد و فایل انتخاب‌شده، بنا بر محتوایش، ویدیو نیست. فایل دیگری انتخاب کنید؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>This photo is {width} x {height} pixels; the form takes at most {limit} pixels on its longest side. Choose a smaller photo or scale it down first; nothing was changed.</source>
        <translation>این عکس {width} در {height} پیکسل است؛ فرم در بلندترین ضلع حداکثر {limit} پیکسل می‌پذیرد. عکس کوچک‌تری انتخاب کنید یا اول آن را کوچک کنید؛ چیزی تغییر نکرد.</translation>
    </message>
</context>
<context>
    <name>FileEditor</name>
    <message>
        <source>Choose file…</source>
        <translation>انتخاب فایل…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <source>Open the file in the computer's own program</source>
        <translation>فایل را با برنامهٔ خود رایانه باز کنید</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Choose a file for this question</source>
        <translation>یک فایل برای این پرسش انتخاب کنید</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <source>Sound recordings (%1)</source>
        <translation>صداهای ضبط‌شده (%1)</translation>
    </message>
    <message>
        <source>Videos (%1)</source>
        <translation>ویدیوها (%1)</translation>
    </message>
    <message>
        <source>Photos (%1)</source>
        <translation>عکس‌ها (%1)</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>فایلی انتخاب نشده است</translation>
    </message>
    <message>
        <source>%1 — the file is not on this device</source>
        <translation>%1 — این فایل روی این دستگاه نیست</translation>
    </message>
    <message>
        <source>This file cannot be opened: it was damaged on this device.</source>
        <translation>این فایل باز نمی‌شود: روی این دستگاه آسیب دیده است.</translation>
    </message>
    <message>
        <source>Opening the file…</source>
        <translation>در حال باز کردن فایل…</translation>
    </message>
</context>
<context>
    <name>RankEditor</name>
    <message>
        <source>Ctrl+Up and Ctrl+Down move the chosen item; a number puts it at that place; Space keeps the order shown.</source>
        <translation>⁦Ctrl+↑⁩ و ⁦Ctrl+↓⁩ مورد انتخاب‌شده را جابه‌جا می‌کنند؛ یک عدد آن را در همان جایگاه می‌گذارد؛ ⁦Space⁩ همین ترتیبِ نشان‌داده‌شده را نگه می‌دارد.</translation>
    </message>
</context>
<context>
    <name>RangeEditor</name>
    <message>
        <source>Write a number from %1 to %2 in steps of %3.</source>
        <translation>عددی از %1 تا %2 با گام‌های %3 بنویسید.</translation>
    </message>
</context>
<context>
    <name>TraceEditor</name>
    <message>
        <source>Point %1: write the latitude and the longitude (altitude and accuracy may follow), e.g. 3.1390 101.6869.</source>
        <translation>نقطهٔ %1: عرض و طول جغرافیایی را بنویسید (ارتفاع و دقت می‌تواند پس از آن بیاید)، مثلاً ⁦3.1390 101.6869⁩.</translation>
    </message>
    <message>
        <source>Point %1: the latitude is from -90 to 90 and the longitude from -180 to 180.</source>
        <translation>نقطهٔ %1: عرض جغرافیایی از ⁦-90⁩ تا ⁦90⁩ و طول جغرافیایی از ⁦-180⁩ تا ⁦180⁩ است.</translation>
    </message>
    <message>
        <source>An area needs at least 3 different points, separated by ;.</source>
        <translation>یک محدوده دست‌کم ۳ نقطهٔ متفاوت می‌خواهد که با ⁦;⁩ از هم جدا شوند.</translation>
    </message>
    <message>
        <source>A line needs at least 2 points, separated by ;.</source>
        <translation>یک خط دست‌کم ۲ نقطه می‌خواهد که با ⁦;⁩ از هم جدا شوند.</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <source>Tinjau — reports</source>
        <translation>Tinjau — گزارش‌ها</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;منطقه:</translation>
    </message>
    <message>
        <source>Poverty &amp;standard:</source>
        <translation>معیار &amp;فقر:</translation>
    </message>
    <message>
        <source>&amp;Per:</source>
        <translation>&amp;به تفکیک:</translation>
    </message>
    <message>
        <source>district</source>
        <translation>شهرستان</translation>
    </message>
    <message>
        <source>ward</source>
        <translation>شهر</translation>
    </message>
    <message>
        <source>site</source>
        <translation>محله</translation>
    </message>
    <message>
        <source>block</source>
        <translation>بلوک</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;نمایش</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;خروجی اکسل…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;لغو</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>پوشش</translation>
    </message>
    <message>
        <source>Poverty</source>
        <translation>فقر</translation>
    </message>
    <message>
        <source>Priority list</source>
        <translation>فهرست اولویت</translation>
    </message>
    <message>
        <source>Area profile</source>
        <translation>نمایهٔ منطقه</translation>
    </message>
    <message>
        <source>Survey rounds</source>
        <translation>دوره‌های پیمایش</translation>
    </message>
    <message>
        <source>Change between survey rounds cannot be shown yet: Tinjau does not record survey rounds. Each household keeps its latest finished interview, so a second survey of the same area replaces the first instead of being compared with it.</source>
        <translation>تغییر میان دوره‌های پیمایش هنوز نمایش داده نمی‌شود: Tinjau دوره‌های پیمایش را ثبت نمی‌کند. هر خانوار آخرین مصاحبهٔ تکمیل‌شده‌اش را نگه می‌دارد، پس پیمایش دوم همان منطقه جای پیمایش اول را می‌گیرد و با آن مقایسه نمی‌شود.</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>همه مناطق</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>در حال شمارش…</translation>
    </message>
    <message>
        <source>Counting the households for the report…</source>
        <translation>در حال شمارش خانوارها برای گزارش…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>%1 finished interviews were left out: their answers hold text where the standard reads a number.</source>
        <translation>%1 مصاحبهٔ تکمیل‌شده کنار گذاشته شد: پاسخ‌هایشان جایی که معیار فقر عدد می‌خواند متن دارد.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>منطقه</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>فهرست‌شده</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>مراجعه‌شده</translation>
    </message>
    <message>
        <source>Visited, no interview</source>
        <translation>مراجعه‌شده، بدون مصاحبه</translation>
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
        <source>Approved</source>
        <translation>تأییدشده</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>برگشتی</translation>
    </message>
    <message>
        <source>Households per area</source>
        <translation>خانوارها به تفکیک منطقه</translation>
    </message>
    <message>
        <source>Enumerator</source>
        <translation>پرسشگر</translation>
    </message>
    <message>
        <source>Day (UTC)</source>
        <translation>روز (UTC)</translation>
    </message>
    <message>
        <source>Interviews finished</source>
        <translation>مصاحبه‌های تکمیل‌شده</translation>
    </message>
    <message>
        <source>Interviews finished per day (UTC)</source>
        <translation>مصاحبه‌های تکمیل‌شده در هر روز (UTC)</translation>
    </message>
    <message>
        <source>Standard: %1 (version %2)</source>
        <translation>معیار فقر: %1 (نسخهٔ %2)</translation>
    </message>
    <message>
        <source>Households assessed</source>
        <translation>خانوارهای ارزیابی‌شده</translation>
    </message>
    <message>
        <source>%1 (share)</source>
        <translation>%1 (سهم)</translation>
    </message>
    <message>
        <source>Share of households in each status</source>
        <translation>سهم خانوارها در هر وضعیت</translation>
    </message>
    <message>
        <source>This standard decides poverty by income alone: it has no deprivation indicators, so there are no Alkire-Foster measures (H, A, M0) for it.</source>
        <translation>این معیار فقر فقر را تنها با درآمد تعیین می‌کند: شاخص محرومیت ندارد، پس سنجه‌های آلکایر-فاستر (H، A، M0) برای آن وجود ندارد.</translation>
    </message>
    <message>
        <source>Alkire-Foster measures over persons: H is the share of people who are poor, A the average share of weighted deprivations among them, M0 = H × A.</source>
        <translation>سنجه‌های آلکایر-فاستر بر پایهٔ افراد: H سهم افراد فقیر است، A میانگین سهم محرومیت‌های وزن‌دار آنان، و ⁦M0 = H × A⁩.</translation>
    </message>
    <message>
        <source>Insufficient data</source>
        <translation>دادهٔ ناکافی</translation>
    </message>
    <message>
        <source>Alkire-Foster measures per area</source>
        <translation>سنجه‌های آلکایر-فاستر به تفکیک منطقه</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>شاخص</translation>
    </message>
    <message>
        <source>Contribution of each indicator to M0</source>
        <translation>سهم هر شاخص در M0</translation>
    </message>
    <message>
        <source>Contribution of each dimension to M0</source>
        <translation>سهم هر بُعد در M0</translation>
    </message>
    <message>
        <source>Households in need, most severe status first, then the highest deprivation score, then the lowest income per person. Enter or double-click opens one.</source>
        <translation>خانوارهای نیازمند: نخست شدیدترین وضعیت، سپس بیشترین امتیاز محرومیت، سپس کمترین درآمد سرانه. با Enter یا دوبار کلیک باز می‌شود.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>واحد</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>بلوک</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>سرپرست خانوار</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>اعضا</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Income per person</source>
        <translation>درآمد سرانه</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>مرد</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>زن</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>شهروندان</translation>
    </message>
    <message>
        <source>Permanent residents</source>
        <translation>اقامت دائم</translation>
    </message>
    <message>
        <source>Foreign nationals</source>
        <translation>اتباع خارجی</translation>
    </message>
    <message>
        <source>No citizenship document</source>
        <translation>بدون مدرک تابعیت</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>بی‌پاسخ</translation>
    </message>
    <message>
        <source>Households interviewed</source>
        <translation>خانوارهای مصاحبه‌شده</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>نفر</translation>
    </message>
    <message>
        <source>Elderly people (60 or over) living alone</source>
        <translation>سالمندان (۶۰ سال و بیشتر) تنها</translation>
    </message>
    <message>
        <source>Members with a disability</source>
        <translation>اعضای دارای معلولیت</translation>
    </message>
    <message>
        <source>Heads of household: %1</source>
        <translation>سرپرست خانوار: %1</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>چه کسانی</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>تعداد</translation>
    </message>
    <message>
        <source>Population by age group and sex</source>
        <translation>جمعیت به تفکیک گروه سنی و جنس</translation>
    </message>
    <message>
        <source>Household size</source>
        <translation>بُعد خانوار</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>خانوار</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>خروجی اکسل</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>کارپوشهٔ اکسل (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>در حال ساخت خروجی…</translation>
    </message>
    <message>
        <source>Stopping the export…</source>
        <translation>در حال توقف خروجی…</translation>
    </message>
    <message>
        <source>The export was stopped; no file was written.</source>
        <translation>ساخت خروجی متوقف شد؛ هیچ پرونده‌ای نوشته نشد.</translation>
    </message>
    <message>
        <source>Saved %1: %2 households, %3 members.</source>
        <translation>%1 ذخیره شد: %2 خانوار، %3 عضو.</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>نقشه</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>م&amp;حله:</translation>
    </message>
    <message>
        <source>Colour &amp;by:</source>
        <translation>&amp;رنگ بر پایهٔ:</translation>
    </message>
    <message>
        <source>poverty status</source>
        <translation>وضعیت فقر</translation>
    </message>
    <message>
        <source>visit status</source>
        <translation>وضعیت مراجعه</translation>
    </message>
    <message>
        <source>Save site &amp;map as PNG…</source>
        <translation>&amp;ذخیرهٔ نقشهٔ محله به صورت PNG…</translation>
    </message>
    <message>
        <source>&amp;Load area boundaries (GeoJSON)…</source>
        <translation>&amp;گشودن مرزهای مناطق (GeoJSON)…</translation>
    </message>
    <message>
        <source>Save &amp;rates map as PNG…</source>
        <translation>ذخیرهٔ نقشهٔ نرخ‌ها به صورت &amp;PNG…</translation>
    </message>
    <message>
        <source>Each square is a unit, floors from the top down. Click a unit, or move with the arrow keys and press Enter, to open its household.</source>
        <translation>هر خانه یک واحد است و طبقه‌ها از بالا به پایین. برای باز کردن خانوار روی واحد کلیک کنید، یا با کلیدهای جهت بروید و Enter را بزنید.</translation>
    </message>
    <message>
        <source>Area boundaries</source>
        <translation>مرزهای مناطق</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson *.json)</source>
        <translation>GeoJSON (*.geojson *.json)</translation>
    </message>
    <message>
        <source>Share of households in need under %1</source>
        <translation>سهم خانوارهای نیازمند بر پایهٔ %1</translation>
    </message>
    <message>
        <source>No area of this workspace has a code the boundary file gives; check that each feature's code property holds an area code such as LPT01.</source>
        <translation>هیچ منطقه‌ای از این فضای کار کدی را که پروندهٔ مرزها می‌دهد ندارد؛ بررسی کنید ویژگی code هر عارضه کد یک منطقه مانند ⁦LPT01⁩ باشد.</translation>
    </message>
    <message>
        <source>Boundaries with no area of that code in this workspace: %1.</source>
        <translation>مرزهایی که منطقه‌ای با آن کد در این فضای کار ندارند: %1.</translation>
    </message>
    <message>
        <source>Areas with no boundary in the file (not drawn): %1.</source>
        <translation>مناطقی که در پرونده مرز ندارند (کشیده نشدند): %1.</translation>
    </message>
    <message>
        <source>Save as PNG</source>
        <translation>ذخیره به صورت PNG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>تصویر PNG (*.png)</translation>
    </message>
    <message>
        <source>The picture could not be saved in %1; choose another folder.</source>
        <translation>تصویر در %1 ذخیره نشد؛ پوشهٔ دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 ذخیره شد.</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>ذخیره به صورت PD&amp;F…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>ذخیره به صورت PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>سند PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1: %2 pages.</source>
        <translation>%1 ذخیره شد: %2 صفحه.</translation>
    </message>
    <message>
        <source>No survey round covers this area yet. A supervisor opens one with tinjau round open; the interviews begun after that belong to it, and this tab compares each round with the one before.</source>
        <translation>هنوز هیچ دوره پیمایشی این منطقه را در بر نمی‌گیرد. سرپرست با دستور ⁦tinjau round open⁩ یک دوره باز می‌کند؛ مصاحبه‌هایی که پس از آن آغاز شوند از آن دوره‌اند و این زبانه هر دوره را با دوره قبلی مقایسه می‌کند.</translation>
    </message>
    <message>
        <source>Survey rounds of %1 under %2. Each household counts with its latest finished interview in each round.</source>
        <translation>دوره‌های پیمایش %1 بر پایه %2. هر خانوار با آخرین مصاحبه تکمیل‌شده‌اش در هر دوره شمرده می‌شود.</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>دوره</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>آغاز</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>پایان</translation>
    </message>
    <message>
        <source>open</source>
        <translation>باز</translation>
    </message>
    <message>
        <source>%1 since %2: %3 households in both rounds, %4 new, %5 not revisited.</source>
        <translation>%1 نسبت به %2: %3 خانوار در هر دو دوره، %4 خانوار تازه، %5 خانوار بدون بازدید دوباره.</translation>
    </message>
    <message>
        <source>Only one round so far: the change shows once the area has a second.</source>
        <translation>تا کنون تنها یک دوره هست: تغییرها پس از دومین دوره این منطقه نمایش داده می‌شوند.</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>دوره‌ها</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>پیش</translation>
    </message>
    <message>
        <source>After</source>
        <translation>پس</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>ورود</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Stayed</source>
        <translation>ماندن</translation>
    </message>
    <message>
        <source>Income line</source>
        <translation>خط درآمد</translation>
    </message>
    <message>
        <source>Persons deprived in each indicator, per round</source>
        <translation>افراد دچار محرومیت در هر شاخص، در هر دوره</translation>
    </message>
    <message>
        <source>Persons under each income line, per round</source>
        <translation>افراد زیر هر خط درآمد، در هر دوره</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 ← %2</translation>
    </message>
</context>
<context>
    <name>PovertyMap</name>
    <message>
        <source>No finished interview</source>
        <translation>بدون مصاحبهٔ تکمیل‌شده</translation>
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
        <source>no household</source>
        <translation>بدون خانوار</translation>
    </message>
    <message>
        <source>Unit %1: %2</source>
        <translation>واحد %1: %2</translation>
    </message>
    <message>
        <source>%1% to under %2%</source>
        <translation>%1٪ تا کمتر از %2٪</translation>
    </message>
    <message>
        <source>%1% or more</source>
        <translation>%1٪ یا بیشتر</translation>
    </message>
    <message>
        <source>No households assessed</source>
        <translation>بدون خانوار ارزیابی‌شده</translation>
    </message>
    <message>
        <source>No such area in this workspace</source>
        <translation>این منطقه در فضای کار نیست</translation>
    </message>
    <message>
        <source>Households in need</source>
        <translation>خانوارهای نیازمند</translation>
    </message>
    <message>
        <source>Site map</source>
        <translation>نقشهٔ محله</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Coverage</source>
        <translation>پوشش</translation>
    </message>
    <message>
        <source>Households in each poverty status</source>
        <translation>خانوارها در هر وضعیت فقر</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>همه مناطق</translation>
    </message>
    <message>
        <source>Survey report: %1</source>
        <translation>گزارش پیمایش: %1</translation>
    </message>
    <message>
        <source>Poverty standard: %1 (version %2). Made %3 (UTC) from the data folder's finished interviews.</source>
        <translation>معیار فقر: %1 (نسخهٔ %2). ساخته‌شده در %3 (UTC) از مصاحبه‌های تکمیل‌شدهٔ پوشهٔ داده.</translation>
    </message>
    <message>
        <source>Alkire-Foster measures</source>
        <translation>سنجه‌های آلکایر-فاستر</translation>
    </message>
    <message>
        <source>Site map: %1</source>
        <translation>نقشهٔ محله: %1</translation>
    </message>
</context>
<context>
    <name>SurveyRounds</name>
    <message>
        <source>Give the survey round a name, for example "2027 follow-up".</source>
        <translation>برای دوره پیمایش نامی بنویسید، برای نمونه «⁦2027 follow-up⁩».</translation>
    </message>
    <message>
        <source>A survey round's name has at most {limit} characters; shorten it.</source>
        <translation>نام دوره پیمایش حداکثر {limit} نویسه است؛ آن را کوتاه کنید.</translation>
    </message>
    <message>
        <source>There is no area {area} in this workspace. Give an area's code or path as `tinjau report coverage` lists them; nothing was changed.</source>
        <translation>منطقه {area} در این فضای کاری نیست. کد یا مسیر منطقه را همان‌گونه که ⁦`tinjau report coverage`⁩ فهرست می‌کند بدهید؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>More than one area has the code {area} ({first}, {second}, ...). Give the whole path instead; nothing was changed.</source>
        <translation>بیش از یک منطقه کد {area} دارد ({first}، {second}، ...). مسیر کامل را بدهید؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>{area} is a single unit; a survey round covers a block or a larger area. Nothing was changed.</source>
        <translation>{area} یک واحد است؛ دوره پیمایش یک بلوک یا منطقه‌ای بزرگ‌تر را در بر می‌گیرد. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>{area} already has an open survey round, {round}. Close it first (tinjau round close), then open the next one; nothing was changed.</source>
        <translation>{area} یک دوره پیمایش باز دارد، {round}. نخست آن را ببندید (⁦tinjau round close⁩)، سپس دوره بعدی را باز کنید؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>{area} already has a survey round named {round}. Choose another name; nothing was changed.</source>
        <translation>{area} دوره پیمایشی به نام {round} دارد. نام دیگری برگزینید؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>A new survey round of {area} cannot open before its previous round did ({date}). Give a later date; nothing was changed.</source>
        <translation>دوره پیمایش تازه {area} نمی‌تواند پیش از آغاز دوره قبلی ({date}) باز شود. تاریخ دیرتری بدهید؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>There is no survey round {round} in this workspace; `tinjau round list` shows them.</source>
        <translation>دوره پیمایش {round} در این فضای کاری نیست؛ ⁦`tinjau round list`⁩ دوره‌ها را نشان می‌دهد.</translation>
    </message>
    <message>
        <source>More than one area has a survey round named {round} ({first}, {second}). Name the area with --area; nothing was changed.</source>
        <translation>بیش از یک منطقه دوره پیمایشی به نام {round} دارد ({first}، {second}). منطقه را با ⁦--area⁩ نام ببرید؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>The survey round {round} was already closed on {date}.</source>
        <translation>دوره پیمایش {round} در {date} بسته شده است.</translation>
    </message>
    <message>
        <source>The survey round {round} opened on {date}; it cannot close before that. Give a later date; nothing was changed.</source>
        <translation>دوره پیمایش {round} در {date} آغاز شد؛ پیش از آن نمی‌تواند بسته شود. تاریخ دیرتری بدهید؛ چیزی تغییر نکرد.</translation>
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
