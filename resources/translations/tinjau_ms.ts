<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ms" sourcelanguage="en">
<context>
    <name>AddHousehold</name>
    <message>
        <source>Type the unit number as written on the door, for example A-12-03.</source>
        <translation>Taipkan nombor unit seperti yang tertulis di pintu, contohnya A-12-03.</translation>
    </message>
    <message>
        <source>Type the name of the head of household.</source>
        <translation>Taipkan nama ketua isi rumah.</translation>
    </message>
    <message>
        <source>The national ID may hold only digits (dashes and spaces are fine).</source>
        <translation>Nombor kad pengenalan hanya boleh mengandungi angka (sempang dan ruang dibenarkan).</translation>
    </message>
    <message>
        <source>Choose the block the household lives in.</source>
        <translation>Pilih blok tempat isi rumah ini tinggal.</translation>
    </message>
    <message>
        <source>Type the unit with its block, as on the door: for example A-12-03.</source>
        <translation>Taipkan unit bersama bloknya, seperti di pintu: contohnya A-12-03.</translation>
    </message>
    <message>
        <source>There is no unit {unit} in {block}. Check the number on the door.</source>
        <translation>Tiada unit {unit} di {block}. Semak nombor di pintu.</translation>
    </message>
    <message>
        <source>The census list has no unit {unit} in {block}. Add this unit to {block}?</source>
        <translation>Senarai banci tiada unit {unit} di {block}. Tambah unit ini ke {block}?</translation>
    </message>
    <message>
        <source>A household has between 1 and 99 members; correct the size and save again.</source>
        <translation>Isi rumah mempunyai antara 1 hingga 99 ahli; betulkan bilangannya dan simpan semula.</translation>
    </message>
</context>
<context>
    <name>AddHouseholdDialog</name>
    <message>
        <source>Add household</source>
        <translation>Tambah isi rumah</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Blok</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <source>&amp;Head of household</source>
        <translation>&amp;Ketua isi rumah</translation>
    </message>
    <message>
        <source>&amp;National ID</source>
        <translation>No. Kad &amp;Pengenalan</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>Household &amp;size</source>
        <translation>&amp;Saiz isi rumah</translation>
    </message>
    <message>
        <source>as on the door, e.g. A-12-03</source>
        <translation>seperti di pintu, cth. A-12-03</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>tidak diketahui</translation>
    </message>
</context>
<context>
    <name>AreaNavigator</name>
    <message>
        <source>All areas</source>
        <translation>Semua kawasan</translation>
    </message>
    <message>
        <source>Floor %1</source>
        <translation>Tingkat %1</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sandarkan sekarang</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Pulihkan daripada sandaran…</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup was not made. %1</source>
        <translation>Sandaran automatik hari ini tidak dibuat. %1</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Menyandarkan…</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Disandarkan ke %1</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Sandaran harian</translation>
    </message>
    <message>
        <source>Made with Back up now</source>
        <translation>Dibuat dengan Sandarkan sekarang</translation>
    </message>
    <message>
        <source>Before a census list import</source>
        <translation>Sebelum import senarai banci</translation>
    </message>
    <message>
        <source>Before the households were scored again</source>
        <translation>Sebelum isi rumah dinilai semula</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Sebelum pemulihan</translation>
    </message>
    <message>
        <source>Before an upgrade of Tinjau</source>
        <translation>Sebelum Tinjau dinaik taraf</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Pulihkan daripada sandaran</translation>
    </message>
    <message>
        <source>Choose the backup to put back. The data as it is now is kept in the backups folder first.</source>
        <translation>Pilih sandaran yang hendak dipulihkan. Data seperti sekarang disimpan dahulu dalam folder sandaran.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>Fail lain…</translation>
    </message>
    <message>
        <source>Tinjau backups (*.sqlite)</source>
        <translation>Sandaran Tinjau (*.sqlite)</translation>
    </message>
    <message>
        <source>This data folder has changes made after the backup was taken (its last change: %1; the backup&apos;s: %2); restoring the backup loses them. A copy of the data as it is now is kept in the backups folder. Restore anyway?</source>
        <translation>Folder data ini mempunyai perubahan yang dibuat selepas sandaran diambil (perubahan terakhirnya: %1; perubahan terakhir sandaran: %2); memulihkan sandaran akan menghilangkan perubahan itu. Salinan data seperti sekarang disimpan dalam folder sandaran. Pulihkan juga?</translation>
    </message>
    <message>
        <source>Restored %1. The data it replaced is kept in the backups folder.</source>
        <translation>%1 telah dipulihkan. Data yang digantikannya disimpan dalam folder sandaran.</translation>
    </message>
    <message>
        <source>Restored the backup made on %1 (%2). The data it replaced is kept in the backups folder.</source>
        <translation>Sandaran yang dibuat pada %1 (%2) telah dipulihkan. Data yang digantikannya disimpan dalam folder sandaran.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Memulihkan…</translation>
    </message>
</context>
<context>
    <name>CensusListPanel</name>
    <message>
        <source>Search by name, national ID or unit</source>
        <translation>Cari mengikut nama, No. KP atau unit</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Add household</source>
        <translation>Tambah isi rumah</translation>
    </message>
    <message>
        <source>Add a household that is not on the census list</source>
        <translation>Tambah isi rumah yang tiada dalam senarai banci</translation>
    </message>
    <message>
        <source>Households listed: %1</source>
        <translation>Isi rumah disenaraikan: %1</translation>
    </message>
</context>
<context>
    <name>HouseholdStatus</name>
    <message>
        <source>Not found</source>
        <translation>Tidak ditemui</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Enggan</translation>
    </message>
    <message>
        <source>Not visited</source>
        <translation>Belum dilawati</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Sedang dijalankan</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Disegerakkan</translation>
    </message>
    <message>
        <source>Returned for correction</source>
        <translation>Dikembalikan untuk pembetulan</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Diluluskan</translation>
    </message>
</context>
<context>
    <name>HouseholdTableModel</name>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Ketua isi rumah</translation>
    </message>
    <message>
        <source>Visit status</source>
        <translation>Status lawatan</translation>
    </message>
    <message>
        <source>Poverty status</source>
        <translation>Status kemiskinan</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Perubahan terakhir</translation>
    </message>
</context>
<context>
    <name>InterviewRecords</name>
    <message>
        <source>This household is no longer on the list; refresh the list.</source>
        <translation>Isi rumah ini tiada lagi dalam senarai; muat semula senarai.</translation>
    </message>
    <message>
        <source>This interview was begun with version {version} of the form {form}, which is not on this device. Synchronise to receive it, then open the interview again.</source>
        <translation>Temu bual ini dimulakan dengan versi {version} borang {form}, yang tiada pada peranti ini. Segerakkan untuk menerimanya, kemudian buka temu bual sekali lagi.</translation>
    </message>
    <message>
        <source>This interview is already complete; its answers can no longer change.</source>
        <translation>Temu bual ini sudah lengkap; jawapannya tidak boleh diubah lagi.</translation>
    </message>
</context>
<context>
    <name>InterviewView</name>
    <message>
        <source>Opening the interview…</source>
        <translation>Membuka temu bual…</translation>
    </message>
    <message>
        <source>Remove %1 and all their answers?</source>
        <translation>Buang %1 dan semua jawapannya?</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD.</source>
        <translation>Tulis tarikh sebagai YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Write the time as HH:MM.</source>
        <translation>Tulis masa sebagai HH:MM.</translation>
    </message>
    <message>
        <source>Write the date and time as YYYY-MM-DDTHH:MM.</source>
        <translation>Tulis tarikh dan masa sebagai YYYY-MM-DDTHH:MM.</translation>
    </message>
    <message>
        <source>Write the latitude and the longitude, e.g. 3.1390 101.6869.</source>
        <translation>Tulis latitud dan longitud, cth. 3.1390 101.6869.</translation>
    </message>
    <message>
        <source>This is not a number yet; finish typing it.</source>
        <translation>Ini belum nombor lagi; habiskan menaipnya.</translation>
    </message>
    <message>
        <source>This is not finished yet; write a whole number.</source>
        <translation>Ini belum lengkap; tulis nombor bulat.</translation>
    </message>
    <message>
        <source>The answers are not saved yet. They stay on screen, and Tinjau keeps trying to save them.</source>
        <translation>Jawapan belum disimpan. Jawapan kekal pada skrin dan Tinjau terus cuba menyimpannya.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Disimpan</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Tidak disimpan</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>The interview cannot be completed yet: %1 to fix. Click one to go there.</source>
        <translation>Temu bual belum boleh diselesaikan: %1 perlu dibetulkan. Klik satu untuk pergi ke situ.</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>Ahli %1</translation>
    </message>
    <message>
        <source>Complete — read only</source>
        <translation>Selesai — baca sahaja</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Tambah ahli</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Sunting</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Back to the list of members</source>
        <translation>Kembali ke senarai ahli</translation>
    </message>
    <message>
        <source>Previous member</source>
        <translation>Ahli sebelumnya</translation>
    </message>
    <message>
        <source>Next member</source>
        <translation>Ahli seterusnya</translation>
    </message>
    <message>
        <source>Back to the table</source>
        <translation>Kembali ke jadual</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Sebelumnya</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Seterusnya</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Kembali ke senarai</translation>
    </message>
    <message>
        <source>Check the answers and mark the interview complete</source>
        <translation>Semak jawapan dan tandakan temu bual sebagai selesai</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Halaman sebelumnya</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Halaman seterusnya</translation>
    </message>
    <message>
        <source>Nothing left to answer here</source>
        <translation>Tiada lagi yang perlu dijawab di sini</translation>
    </message>
    <message>
        <source>%1 questions still to answer or correct here</source>
        <translation>%1 soalan masih perlu dijawab atau dibetulkan di sini</translation>
    </message>
    <message>
        <source>%1 of %2 required answers</source>
        <translation>%1 daripada %2 jawapan wajib</translation>
    </message>
    <message>
        <source>Keys: Insert adds a member&apos;s row; type in each cell and press Enter to go on (Enter on an empty new row ends the table); Ctrl+Enter opens the chosen member&apos;s page; Delete removes it.</source>
        <translation>Kekunci: Insert menambah baris ahli baharu; taip dalam setiap sel dan tekan Enter untuk terus (Enter pada baris baharu yang kosong menamatkan jadual); Ctrl+Enter membuka halaman ahli yang dipilih; Delete membuangnya.</translation>
    </message>
    <message>
        <source>Keys: Insert adds a row; type in each cell and press Enter to go on (Enter on an empty new row ends the table); Ctrl+Enter opens the chosen row&apos;s page; Delete removes it.</source>
        <translation>Kekunci: Insert menambah baris; taip dalam setiap sel dan tekan Enter untuk terus (Enter pada baris baharu yang kosong menamatkan jadual); Ctrl+Enter membuka halaman baris yang dipilih; Delete membuangnya.</translation>
    </message>
    <message>
        <source>Keys: Enter opens the chosen member.</source>
        <translation>Kekunci: Enter membuka ahli yang dipilih.</translation>
    </message>
    <message>
        <source>Keys: Enter opens the chosen row.</source>
        <translation>Kekunci: Enter membuka baris yang dipilih.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>H&amp;ousehold</source>
        <translation>&amp;Isi rumah</translation>
    </message>
    <message>
        <source>Mark &amp;not found…</source>
        <translation>Tanda &amp;tidak ditemui…</translation>
    </message>
    <message>
        <source>Mark &amp;refused…</source>
        <translation>Tanda &amp;enggan…</translation>
    </message>
    <message>
        <source>Choose a household in the list first.</source>
        <translation>Pilih isi rumah dalam senarai dahulu.</translation>
    </message>
    <message>
        <source>Visit marked.</source>
        <translation>Lawatan telah ditanda.</translation>
    </message>
    <message>
        <source>Tinjau — household census</source>
        <translation>Tinjau — banci isi rumah</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fail</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Ruang kerja baharu…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Tetapan…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>Choose the data folder…</source>
        <translation>Pilih folder data…</translation>
    </message>
    <message>
        <source>Start a new survey…</source>
        <translation>Mulakan tinjauan baharu…</translation>
    </message>
    <message>
        <source>No data folder is open yet.

Choose your data folder in File &gt; Settings, or start Tinjau with: tinjau gui --data-dir FOLDER

To start your own survey, make a new workspace for your country and area.</source>
        <translation>Belum ada folder data yang dibuka.

Pilih folder data anda di Fail &gt; Tetapan, atau mulakan Tinjau dengan: tinjau gui --data-dir FOLDER

Untuk memulakan tinjauan anda sendiri, buat ruang kerja baharu bagi negara dan kawasan anda.</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Folder data: %1</translation>
    </message>
    <message>
        <source>Read-only: you can look, but changes cannot be saved</source>
        <translation>Baca sahaja: anda boleh melihat, tetapi perubahan tidak dapat disimpan</translation>
    </message>
    <message>
        <source>Enumerator: %1</source>
        <translation>Pembanci: %1</translation>
    </message>
    <message>
        <source>This workspace has no households yet. Import your census list (the columns are in docs/census.md; `tinjau census template` writes an empty one):
tinjau census import LIST.xlsx --data-dir %1 --site %2
Its households then appear here, each with its head of household as the first member of the interview.</source>
        <translation>Ruang kerja ini belum ada isi rumah. Import senarai banci anda (lajurnya diterangkan dalam docs/census.md; `tinjau census template` menulis senarai kosong):
tinjau census import LIST.xlsx --data-dir %1 --site %2
Isi rumahnya kemudian dipaparkan di sini, setiap satu dengan ketua isi rumah sebagai ahli pertama temu bual.</translation>
    </message>
    <message>
        <source>Or press Add household for each family, typing its unit with the block, for example A-01-01.</source>
        <translation>Atau tekan Tambah isi rumah bagi setiap keluarga dan taipkan unitnya bersama blok, contohnya A-01-01.</translation>
    </message>
    <message>
        <source>Household added.</source>
        <translation>Isi rumah telah ditambah.</translation>
    </message>
    <message>
        <source>Scoring the interviews again under the new poverty standard…</source>
        <translation>Mengira semula skor temu bual mengikut piawaian kemiskinan baharu…</translation>
    </message>
</context>
<context>
    <name>NewWorkspaceDialog</name>
    <message>
        <source>New workspace</source>
        <translation>Ruang kerja baharu</translation>
    </message>
    <message>
        <source>&amp;Data folder</source>
        <translation>&amp;Folder data</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>&amp;Negara</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>Malaysia</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Vietnam</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>Iran</translation>
    </message>
    <message>
        <source>a new or empty folder</source>
        <translation>folder baharu atau kosong</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Cipta</translation>
    </message>
    <message>
        <source>The country decides how ID numbers and phone numbers in census lists are checked and which poverty standard is used. Name the areas from the top; after the workspace is made, import your census list into it.</source>
        <translation>Negara menentukan cara nombor pengenalan dan nombor telefon dalam senarai banci disemak dan piawaian kemiskinan yang digunakan. Namakan kawasan dari peringkat teratas; selepas ruang kerja dibuat, import senarai banci anda ke dalamnya.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Negeri</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Daerah</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Zon</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Tapak</translation>
    </message>
    <message>
        <source>Province or city</source>
        <translation>Wilayah atau bandar</translation>
    </message>
    <message>
        <source>Ward or commune</source>
        <translation>Wad atau komun</translation>
    </message>
    <message>
        <source>Neighbourhood group</source>
        <translation>Kumpulan kejiranan</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Daerah</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Bandar</translation>
    </message>
    <message>
        <source>City district</source>
        <translation>Daerah bandar</translation>
    </message>
    <message>
        <source>Choose a new or empty folder for the workspace.</source>
        <translation>Pilih folder baharu atau kosong untuk ruang kerja.</translation>
    </message>
    <message>
        <source>This folder is not empty. Choose a new or empty folder, so the workspace&apos;s files are not mixed with others.</source>
        <translation>Folder ini tidak kosong. Pilih folder baharu atau kosong supaya fail ruang kerja tidak bercampur dengan fail lain.</translation>
    </message>
    <message>
        <source>Name the areas from the top, without leaving one out.</source>
        <translation>Namakan kawasan dari peringkat teratas, tanpa melangkau mana-mana peringkat.</translation>
    </message>
    <message>
        <source>Give each area a name with letters or digits.</source>
        <translation>Beri setiap kawasan nama yang mengandungi huruf atau digit.</translation>
    </message>
</context>
<context>
    <name>PovertyStatus</name>
    <message>
        <source>Not scored</source>
        <translation>Belum dinilai</translation>
    </message>
    <message>
        <source>Hardcore poor</source>
        <translation>Miskin tegar</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Miskin</translation>
    </message>
    <message>
        <source>Near poor</source>
        <translation>Hampir miskin</translation>
    </message>
    <message>
        <source>Not poor</source>
        <translation>Tidak miskin</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>A visit note holds at most {limit} characters; shorten it and save again.</source>
        <translation>Nota lawatan tidak boleh melebihi {limit} aksara; pendekkan dan simpan semula.</translation>
    </message>
    <message>
        <source>A note is kept only for a household not found or refused; leave the note empty.</source>
        <translation>Nota hanya disimpan bagi isi rumah yang tidak ditemui atau enggan; biarkan nota kosong.</translation>
    </message>
    <message>
        <source>An area path goes state &gt; district &gt; ward &gt; site &gt; block &gt; unit; {path} does not. Correct it and try again; nothing was changed.</source>
        <translation>Laluan kawasan ialah negeri &gt; daerah &gt; zon &gt; tapak &gt; blok &gt; unit; {path} tidak begitu. Betulkan dan cuba lagi; tiada apa-apa yang diubah.</translation>
    </message>
    <message>
        <source>This interview is no longer on this device; refresh the list.</source>
        <translation>Temu bual ini tiada lagi dalam peranti ini; muat semula senarai.</translation>
    </message>
    <message>
        <source>An interview that is {current} cannot become {wanted}; nothing was changed.</source>
        <translation>Temu bual yang berstatus {current} tidak boleh menjadi {wanted}; tiada apa-apa yang diubah.</translation>
    </message>
    <message>
        <source>A household whose visit is {current} cannot be marked {wanted}; nothing was changed.</source>
        <translation>Isi rumah yang status lawatannya {current} tidak boleh ditanda {wanted}; tiada apa-apa yang diubah.</translation>
    </message>
    <message>
        <source>This member is no longer in the household; refresh the roster.</source>
        <translation>Ahli ini tiada lagi dalam isi rumah; muat semula senarai ahli.</translation>
    </message>
    <message>
        <source>Write what the enumerator must correct before returning the interview.</source>
        <translation>Tulis perkara yang perlu dibetulkan oleh pembanci sebelum memulangkan temu bual.</translation>
    </message>
    <message>
        <source>Choose the area or the household to assign.</source>
        <translation>Pilih kawasan atau isi rumah yang hendak ditugaskan.</translation>
    </message>
</context>
<context>
    <name>ScorePanel</name>
    <message>
        <source>The poverty standard chosen in Settings is not available; choose another in File &gt; Settings.</source>
        <translation>Piawaian kemiskinan yang dipilih dalam Tetapan tiada; pilih yang lain dalam Fail &gt; Tetapan.</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>Belum dinilai</translation>
    </message>
    <message>
        <source>Provisional: %1</source>
        <translation>Sementara: %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Tiada</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>%1 lagi</translation>
    </message>
    <message>
        <source>Not enough answers yet: %1</source>
        <translation>Jawapan belum mencukupi: %1</translation>
    </message>
    <message>
        <source>Poverty status</source>
        <translation>Status kemiskinan</translation>
    </message>
    <message>
        <source>Deprived in</source>
        <translation>Kekurangan dalam</translation>
    </message>
    <message>
        <source>So far: %1</source>
        <translation>Setakat ini: %1</translation>
    </message>
</context>
<context>
    <name>SelectOneEditor</name>
    <message>
        <source>Clear</source>
        <translation>Kosongkan</translation>
    </message>
    <message>
        <source>Take this answer back (no choice)</source>
        <translation>Tarik balik jawapan ini (tiada pilihan)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Install a poverty standard file</source>
        <translation>Pasang fail piawaian kemiskinan</translation>
    </message>
    <message>
        <source>Poverty standards (*.toml)</source>
        <translation>Piawaian kemiskinan (*.toml)</translation>
    </message>
    <message>
        <source>Checking the standard file…</source>
        <translation>Menyemak fail piawaian kemiskinan…</translation>
    </message>
    <message>
        <source>Installed %1. Press OK to score the households under it.</source>
        <translation>%1 telah dipasang. Tekan OK untuk mengira skor isi rumah mengikutnya.</translation>
    </message>
    <message>
        <source>The household questionnaire shipped with Tinjau</source>
        <translation>Soal selidik isi rumah yang disertakan dengan Tinjau</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, versi %2</translation>
    </message>
    <message>
        <source>Install a questionnaire</source>
        <translation>Pasang soal selidik</translation>
    </message>
    <message>
        <source>XLSForm workbooks (*.xlsx *.xls)</source>
        <translation>Buku kerja XLSForm (*.xlsx *.xls)</translation>
    </message>
    <message>
        <source>Checking the form…</source>
        <translation>Menyemak borang…</translation>
    </message>
    <message>
        <source>This data folder already uses %1, version %2; nothing was changed.</source>
        <translation>Folder data ini sudah menggunakan %1, versi %2; tiada apa-apa yang diubah.</translation>
    </message>
    <message>
        <source>Installed %1, version %2: new interviews use it. Interviews begun before keep the version they were begun with.</source>
        <translation>%1, versi %2 telah dipasang: temu bual baharu menggunakannya. Temu bual yang dimulakan sebelum ini kekal dengan versi asalnya.</translation>
    </message>
    <message>
        <source>%1 reads answers this form does not ask: %2.</source>
        <translation>%1 membaca jawapan yang tidak ditanya oleh borang ini: %2.</translation>
    </message>
    <message>
        <source>Every poverty standard finds the answers it reads in this form.</source>
        <translation>Setiap piawaian kemiskinan menemui jawapan yang dibacanya dalam borang ini.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Tetapan</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Folder data</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Poverty standard</source>
        <translation>Piawaian kemiskinan</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Soal selidik</translation>
    </message>
    <message>
        <source>Enumerator name</source>
        <translation>Nama pembanci</translation>
    </message>
    <message>
        <source>Enumerator ID</source>
        <translation>ID pembanci</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Alamat pelayan</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Install a standard file…</source>
        <translation>Pasang fail piawaian…</translation>
    </message>
    <message>
        <source>Install a form…</source>
        <translation>Pasang borang…</translation>
    </message>
    <message>
        <source>Make an XLSForm the questionnaire of this data folder&apos;s new interviews.</source>
        <translation>Jadikan XLSForm sebagai soal selidik bagi temu bual baharu dalam folder data ini.</translation>
    </message>
    <message>
        <source>The standard this data folder&apos;s households are scored under.</source>
        <translation>Piawaian yang digunakan untuk mengira skor isi rumah dalam folder data ini.</translation>
    </message>
    <message>
        <source>The data folder has no Tinjau data (tinjau.sqlite). Choose a folder that has.</source>
        <translation>Folder data ini tiada data Tinjau (tinjau.sqlite). Pilih folder yang mempunyainya.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (plain http only for localhost).</source>
        <translation>Alamat pelayan mesti bermula dengan https:// (http biasa hanya untuk localhost).</translation>
    </message>
</context>
<context>
    <name>VisitOutcomeDialog</name>
    <message>
        <source>Mark not found</source>
        <translation>Tanda tidak ditemui</translation>
    </message>
    <message>
        <source>Mark refused</source>
        <translation>Tanda enggan</translation>
    </message>
    <message>
        <source>Nobody was found at unit %1, or the unit is empty or gone. Mark the visit not found? You can still interview the household when you come back.</source>
        <translation>Tiada sesiapa ditemui di unit %1, atau unit itu kosong atau sudah tiada. Tandakan lawatan ini sebagai tidak ditemui? Anda masih boleh menemu bual isi rumah ini apabila datang semula.</translation>
    </message>
    <message>
        <source>The household at unit %1 declined the interview. Mark the visit refused? You can still interview the household if they agree later.</source>
        <translation>Isi rumah di unit %1 enggan ditemu bual. Tandakan lawatan ini sebagai enggan? Anda masih boleh menemu bual isi rumah ini jika mereka bersetuju kemudian.</translation>
    </message>
    <message>
        <source>&amp;Note (optional)</source>
        <translation>&amp;Nota (pilihan)</translation>
    </message>
    <message>
        <source>e.g. come back after 6 pm</source>
        <translation>cth. datang semula selepas pukul 6 petang</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <source>No data folder is open. Choose one in Settings and try again.</source>
        <translation>Tiada folder data dibuka. Pilih satu di Tetapan dan cuba lagi.</translation>
    </message>
    <message>
        <source>Something went wrong and the work was not finished. Please try again; if it keeps happening, tell your supervisor.</source>
        <translation>Berlaku masalah dan kerja ini tidak selesai. Sila cuba lagi; jika masih berlaku, maklumkan kepada penyelia anda.</translation>
    </message>
    <message>
        <source>Something went wrong and the work was not finished. Please try again; if it keeps happening, tell your supervisor (the details are in {log}).</source>
        <translation>Berlaku masalah dan kerja ini tidak selesai. Sila cuba lagi; jika masih berlaku, maklumkan kepada penyelia anda (butirannya ada dalam {log}).</translation>
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
        <translation>Folder {folder} tiada data Tinjau (tinjau.sqlite). Pilih folder data lain di Tetapan, atau bina folder demo dengan: tinjau demo --data-dir FOLDER</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>Pick the date on a calendar</source>
        <translation>Pilih tarikh pada kalendar</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock the workspace</source>
        <translation>Buka kunci ruang kerja</translation>
    </message>
    <message>
        <source>This workspace is encrypted. Type its passphrase to open it.</source>
        <translation>Ruang kerja ini disulitkan. Taipkan frasa laluannya untuk membukanya.</translation>
    </message>
    <message>
        <source>Choose a passphrase for this workspace (at least 8 characters), and type it twice. It encrypts the data on this computer. Write it down somewhere safe: if both the passphrase and its recovery key are lost, the data is gone and nobody can recover it.</source>
        <translation>Pilih frasa laluan untuk ruang kerja ini (sekurang-kurangnya 8 aksara), dan taipkan dua kali. Ia menyulitkan data di komputer ini. Catatkannya di tempat yang selamat: jika frasa laluan dan kunci pemulihannya kedua-duanya hilang, data itu hilang dan tiada sesiapa dapat memulihkannya.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frasa laluan</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Frasa laluan yang sama sekali lagi</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least 8 characters.</source>
        <translation>Frasa laluan terlalu pendek: gunakan sekurang-kurangnya 8 aksara.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type them again.</source>
        <translation>Kedua-dua frasa laluan berbeza. Taipkan semula.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Membuka kunci…</translation>
    </message>
    <message>
        <source>That passphrase does not open this workspace. Check it (capital letters count) and try again. Attempts: %1.</source>
        <translation>Frasa laluan itu tidak membuka ruang kerja ini. Semak semula (huruf besar dikira) dan cuba lagi. Percubaan: %1.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Kunci pemulihan</translation>
    </message>
    <message>
        <source>Write this recovery key down now and keep it apart from the computer: it is shown only this once. With it a supervisor can set a new passphrase. If both the passphrase and the recovery key are lost, the data is gone: nobody can open it.</source>
        <translation>Catatkan kunci pemulihan ini sekarang dan simpan berasingan daripada komputer: ia dipaparkan sekali ini sahaja. Dengannya, penyelia boleh menetapkan frasa laluan baharu. Jika frasa laluan dan kunci pemulihan kedua-duanya hilang, data itu hilang: tiada sesiapa dapat membukanya.</translation>
    </message>
</context>
</TS>
