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
        <source>Today's automatic backup was not made. %1</source>
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
        <source>This data folder has changes made after the backup was taken (its last change: %1; the backup's: %2); restoring the backup loses them. A copy of the data as it is now is kept in the backups folder. Restore anyway?</source>
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
        <source>Sync conflict (both versions kept)</source>
        <translation>Konflik segerak (kedua-dua versi disimpan)</translation>
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
    <name>DateEditor</name>
    <message>
        <source>Pick the date on a calendar</source>
        <translation>Pilih tarikh pada kalendar</translation>
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
    <message>
        <source>%1 · sync conflict</source>
        <translation>%1 · konflik segerak</translation>
    </message>
    <message>
        <source>A ward officer returned this interview for correction: open it, correct it and complete it again.</source>
        <translation>Pegawai wad mengembalikan temu bual ini untuk pembetulan: bukanya, betulkan dan lengkapkan semula.</translation>
    </message>
    <message>
        <source>The server already had a newer version of this household when your change arrived. It kept both; the ward officer decides which is right. Nothing was lost.</source>
        <translation>Pelayan sudah mempunyai versi lebih baharu isi rumah ini semasa perubahan anda tiba. Kedua-duanya disimpan; pegawai wad memutuskan yang betul. Tiada apa yang hilang.</translation>
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
        <source>Keys: Insert adds a member's row; type in each cell and press Enter to go on (Enter on an empty new row ends the table); Ctrl+Enter opens the chosen member's page; Delete removes it.</source>
        <translation>Kekunci: Insert menambah baris ahli baharu; taip dalam setiap sel dan tekan Enter untuk terus (Enter pada baris baharu yang kosong menamatkan jadual); Ctrl+Enter membuka halaman ahli yang dipilih; Delete membuangnya.</translation>
    </message>
    <message>
        <source>Keys: Insert adds a row; type in each cell and press Enter to go on (Enter on an empty new row ends the table); Ctrl+Enter opens the chosen row's page; Delete removes it.</source>
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
    <message>
        <source>Keys: Insert adds a member on a page of its own; Enter opens the chosen member; Delete removes it.</source>
        <translation>Kekunci: Insert menambah ahli pada halamannya sendiri; Enter membuka ahli yang dipilih; Delete membuangnya.</translation>
    </message>
    <message>
        <source>Keys: Insert adds a row on a page of its own; Enter opens the chosen row; Delete removes it.</source>
        <translation>Kekunci: Insert menambah baris pada halamannya sendiri; Enter membuka baris yang dipilih; Delete membuangnya.</translation>
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
        <source>S&amp;ync</source>
        <translation>&amp;Segerak</translation>
    </message>
    <message>
        <source>Sign &amp;in to server…</source>
        <translation>Daftar &amp;masuk ke pelayan…</translation>
    </message>
    <message>
        <source>Sync &amp;panel</source>
        <translation>&amp;Panel segerak</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Segerak &amp;sekarang</translation>
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
    <message>
        <source>Stopping the sync after the batch being sent, then closing…</source>
        <translation>Menghentikan segerak selepas kelompok yang sedang dihantar, kemudian menutup…</translation>
    </message>
    <message>
        <source>Open a data folder first: signing in is per folder.</source>
        <translation>Buka folder data dahulu: daftar masuk dibuat bagi setiap folder.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ba&amp;ntuan</translation>
    </message>
    <message>
        <source>&amp;About Tinjau…</source>
        <translation>&amp;Perihal Tinjau…</translation>
    </message>
    <message>
        <source>Tinjau %1</source>
        <translation>Tinjau %1</translation>
    </message>
    <message>
        <source>Offline household poverty surveys.</source>
        <translation>Tinjauan kemiskinan isi rumah luar talian.</translation>
    </message>
    <message>
        <source>Household form: %1, version %2</source>
        <translation>Borang isi rumah: %1, versi %2</translation>
    </message>
    <message>
        <source>Poverty standards:</source>
        <translation>Piawaian kemiskinan:</translation>
    </message>
    <message>
        <source>About Tinjau</source>
        <translation>Perihal Tinjau</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>La&amp;poran</translation>
    </message>
    <message>
        <source>&amp;Coverage and poverty…</source>
        <translation>&amp;Liputan dan kemiskinan…</translation>
    </message>
    <message>
        <source>No data folder is open. Choose one in Settings and try again.</source>
        <translation>Tiada folder data dibuka. Pilih satu di Tetapan dan cuba lagi.</translation>
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
        <source>This folder is not empty. Choose a new or empty folder, so the workspace's files are not mixed with others.</source>
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
    <message>
        <source>This folder is inside the Tinjau program's folder, which an update replaces. Choose a folder of your own, such as one in your documents.</source>
        <translation>Folder ini berada di dalam folder program Tinjau, yang diganti semasa kemas kini. Pilih folder anda sendiri, contohnya dalam dokumen anda.</translation>
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
    <name>ServerPage</name>
    <message>
        <source>Sign in to your office's server</source>
        <translation>Daftar masuk ke pelayan pejabat anda</translation>
    </message>
    <message>
        <source>Use the user name and password your office gave you. The password is sent once and never kept on this computer.</source>
        <translation>Gunakan nama pengguna dan kata laluan yang diberi oleh pejabat anda. Kata laluan dihantar sekali dan tidak pernah disimpan di komputer ini.</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>&amp;Alamat pelayan</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Nama pengguna</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Ka&amp;ta laluan</translation>
    </message>
    <message>
        <source>Next signs this computer in and receives your census list, your assignments and the forms and standards your office published. On a slow connection this can take a few minutes.</source>
        <translation>Seterusnya mendaftar masuk komputer ini dan menerima senarai banci anda, tugasan anda serta borang dan piawaian kemiskinan yang diterbitkan oleh pejabat anda. Pada sambungan yang perlahan, ini boleh mengambil masa beberapa minit.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Sedang daftar masuk…</translation>
    </message>
    <message>
        <source>Receiving your work from the server…</source>
        <translation>Menerima kerja anda daripada pelayan…</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Didaftar masuk ke %1 sebagai %2.</translation>
    </message>
    <message>
        <source>Received: %1 (%2 stored here).</source>
        <translation>Diterima: %1 (%2 disimpan di sini).</translation>
    </message>
    <message>
        <source>The first sync was cancelled.</source>
        <translation>Segerak pertama dibatalkan.</translation>
    </message>
    <message>
        <source>Press Next to try again; you stay signed in.</source>
        <translation>Tekan Seterusnya untuk mencuba lagi; anda kekal didaftar masuk.</translation>
    </message>
    <message>
        <source>Not installed (tell your supervisor): %1</source>
        <translation>Tidak dipasang (beritahu penyelia anda): %1</translation>
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
        <source>Make an XLSForm the questionnaire of this data folder's new interviews.</source>
        <translation>Jadikan XLSForm sebagai soal selidik bagi temu bual baharu dalam folder data ini.</translation>
    </message>
    <message>
        <source>The standard this data folder's households are scored under.</source>
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
    <name>SignInDialog</name>
    <message>
        <source>Sign in to server</source>
        <translation>Daftar masuk ke pelayan</translation>
    </message>
    <message>
        <source>Sign this computer in to your office's Tinjau server to send your finished work. Your password is sent once and never kept on this computer.</source>
        <translation>Daftar masuk komputer ini ke pelayan Tinjau pejabat anda untuk menghantar kerja yang siap. Kata laluan anda dihantar sekali dan tidak pernah disimpan di komputer ini.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Alamat pelayan:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nama pengguna:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kata laluan:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Daftar masuk</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Daftar k&amp;eluar</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Sedang daftar masuk…</translation>
    </message>
    <message>
        <source>This computer is not signed in to a server.</source>
        <translation>Komputer ini belum didaftar masuk ke pelayan.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Didaftar masuk ke %1 sebagai %2.</translation>
    </message>
    <message>
        <source>Type the server's address.</source>
        <translation>Taip alamat pelayan.</translation>
    </message>
</context>
<context>
    <name>SyncError</name>
    <message>
        <source>That is not a server address. Type the address your supervisor gave you, such as https://tinjau.example.org.</source>
        <translation>Itu bukan alamat pelayan. Taip alamat yang diberi oleh penyelia anda, contohnya https://tinjau.example.org.</translation>
    </message>
    <message>
        <source>This address is plain http: your password and this computer's sign-in would cross the network unencrypted. Use the server's https:// address (plain http works only for a server on this computer itself).</source>
        <translation>Alamat ini http biasa: kata laluan anda dan daftar masuk komputer ini akan melalui rangkaian tanpa disulitkan. Gunakan alamat https:// pelayan (http biasa hanya untuk pelayan pada komputer ini sendiri).</translation>
    </message>
    <message>
        <source>Type your user name on the server.</source>
        <translation>Taip nama pengguna anda di pelayan.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Taip kata laluan anda.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong. Check both (capital letters count) and try again.</source>
        <translation>Nama pengguna atau kata laluan salah. Semak kedua-duanya (huruf besar dikira) dan cuba lagi.</translation>
    </message>
    <message>
        <source>Too many wrong passwords were typed here, so the server refuses sign-ins for a while. Wait a few minutes and try again, or ask your administrator to reset your password.</source>
        <translation>Terlalu banyak kata laluan salah ditaip di sini, jadi pelayan menolak daftar masuk buat seketika. Tunggu beberapa minit dan cuba lagi, atau minta pentadbir menetapkan semula kata laluan anda.</translation>
    </message>
    <message>
        <source>Your account is disabled on the server. Ask your administrator to enable it again.</source>
        <translation>Akaun anda dilumpuhkan di pelayan. Minta pentadbir mengaktifkannya semula.</translation>
    </message>
    <message>
        <source>The server at %1 could not be reached. Check the address and the connection (Wi-Fi or mobile data), then try again. Nothing waiting to be sent was lost.</source>
        <translation>Pelayan di %1 tidak dapat dihubungi. Semak alamat dan sambungan (Wi-Fi atau data mudah alih), kemudian cuba lagi. Tiada apa yang menunggu untuk dihantar hilang.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time. Try again when the connection is better. Nothing waiting to be sent was lost.</source>
        <translation>Pelayan di %1 tidak menjawab dalam masa. Cuba lagi apabila sambungan lebih baik. Tiada apa yang menunggu untuk dihantar hilang.</translation>
    </message>
    <message>
        <source>The address %1 did not answer like a Tinjau server. Check the address, or first sign in to the network in a web browser (a hotel or office Wi-Fi may ask).</source>
        <translation>Alamat %1 tidak menjawab seperti pelayan Tinjau. Semak alamat, atau daftar masuk ke rangkaian dalam pelayar web dahulu (Wi-Fi hotel atau pejabat mungkin memintanya).</translation>
    </message>
    <message>
        <source>This computer is not signed in to a server yet. Sign in first (Sync &gt; Sign in to server…).</source>
        <translation>Komputer ini belum didaftar masuk ke pelayan. Daftar masuk dahulu (Segerak &gt; Daftar masuk ke pelayan…).</translation>
    </message>
    <message>
        <source>This computer's sign-in file is damaged. Sign in again (Sync &gt; Sign in to server…).</source>
        <translation>Fail daftar masuk komputer ini rosak. Daftar masuk semula (Segerak &gt; Daftar masuk ke pelayan…).</translation>
    </message>
    <message>
        <source>The server at %1 needs a newer version of Tinjau. Update the app, then sync again. Nothing waiting to be sent was lost.</source>
        <translation>Pelayan di %1 memerlukan versi Tinjau yang lebih baharu. Kemas kini aplikasi, kemudian segerak semula. Tiada apa yang menunggu untuk dihantar hilang.</translation>
    </message>
    <message>
        <source>The server's answer could not be read, so nothing was marked as sent. Sync again; if it keeps happening, tell your administrator.</source>
        <translation>Jawapan pelayan tidak dapat dibaca, jadi tiada apa yang ditanda sebagai dihantar. Segerak semula; jika berulang, beritahu pentadbir anda.</translation>
    </message>
    <message>
        <source>The server at %1 no longer accepts this computer's sign-in. Sign in again (Sync &gt; Sign in to server…). Nothing waiting to be sent was lost.</source>
        <translation>Pelayan di %1 tidak lagi menerima daftar masuk komputer ini. Daftar masuk semula (Segerak &gt; Daftar masuk ke pelayan…). Tiada apa yang menunggu untuk dihantar hilang.</translation>
    </message>
    <message>
        <source>The server at %1 had a problem and could not take the work. Try again later. Nothing waiting to be sent was lost.</source>
        <translation>Pelayan di %1 menghadapi masalah dan tidak dapat menerima kerja. Cuba lagi kemudian. Tiada apa yang menunggu untuk dihantar hilang.</translation>
    </message>
    <message>
        <source>A file (a photo or a recording) that a completed interview names is missing from the data folder's attachments folder. Put the whole data folder back from a copy, then sync again. Nothing was lost on the server.</source>
        <translation>Satu fail (foto atau rakaman) yang dinamakan oleh temu bual yang telah lengkap tiada dalam folder lampiran folder data. Pulihkan seluruh folder data daripada salinan, kemudian segerak semula. Tiada apa yang hilang di pelayan.</translation>
    </message>
    <message>
        <source>A file (a photo or a recording) in the data folder's attachments folder was damaged on this computer: it no longer matches what its interview names. Put the data folder back from a copy, then sync again. Nothing of it was sent.</source>
        <translation>Satu fail (foto atau rakaman) dalam folder lampiran folder data telah rosak pada komputer ini: ia tidak lagi sepadan dengan yang dinamakan oleh temu bualnya. Pulihkan folder data daripada salinan, kemudian segerak semula. Tiada bahagian fail itu yang dihantar.</translation>
    </message>
    <message>
        <source>A file (a photo or a recording) in the data folder's attachments folder is shorter than its interview says: it was changed on this computer. Put the data folder back from a copy, then sync again. Nothing of it was sent.</source>
        <translation>Satu fail (foto atau rakaman) dalam folder lampiran folder data lebih pendek daripada yang dinyatakan oleh temu bualnya: ia telah diubah pada komputer ini. Pulihkan folder data daripada salinan, kemudian segerak semula. Tiada bahagian fail itu yang dihantar.</translation>
    </message>
    <message>
        <source>The server at %1 answered about files in a way this app cannot read. Tell your administrator: the server or the app may need updating. Nothing waiting to be sent was lost.</source>
        <translation>Pelayan di %1 menjawab tentang fail dengan cara yang tidak dapat dibaca oleh aplikasi ini. Beritahu pentadbir anda: pelayan atau aplikasi mungkin perlu dikemas kini. Tiada apa yang menunggu untuk dihantar hilang.</translation>
    </message>
    <message>
        <source>The server's answer to a pull could not be read, so nothing of it was stored. Sync again; if it keeps happening, tell your administrator.</source>
        <translation>Jawapan pelayan untuk penerimaan perubahan tidak dapat dibaca, jadi tiada apa daripadanya yang disimpan. Segerak semula; jika berulang, beritahu pentadbir anda.</translation>
    </message>
    <message>
        <source>Changes from the server clash with records made on this computer (the same census entry or area under another id), so nothing of them was stored. Ask your supervisor to check the area's census list on the server.</source>
        <translation>Perubahan daripada pelayan bercanggah dengan rekod yang dibuat pada komputer ini (entri banci atau kawasan yang sama dengan id lain), jadi tiada apa daripadanya yang disimpan. Minta penyelia anda menyemak senarai banci kawasan itu di pelayan.</translation>
    </message>
    <message>
        <source>The server at %1 still lacks files (photos or recordings) that interviews waiting to be sent name, so it stored nothing. Sync again; if it keeps happening, tell your administrator. Nothing waiting to be sent was lost.</source>
        <translation>Pelayan di %1 masih tidak mempunyai fail (foto atau rakaman) yang dinamakan oleh temu bual yang menunggu untuk dihantar, jadi ia tidak menyimpan apa-apa. Segerak semula; jika berulang, beritahu pentadbir anda. Tiada apa yang menunggu untuk dihantar hilang.</translation>
    </message>
    <message>
        <source>An interview waiting to be sent was made with a form version the server at %1 does not have, so it stored nothing. Ask your supervisor to publish that form version on the server, then sync again. Nothing waiting to be sent was lost.</source>
        <translation>Satu temu bual yang menunggu untuk dihantar dibuat dengan versi borang yang tiada pada pelayan di %1, jadi ia tidak menyimpan apa-apa. Minta penyelia anda menerbitkan versi borang itu di pelayan, kemudian segerak semula. Tiada apa yang menunggu untuk dihantar hilang.</translation>
    </message>
    <message>
        <source>The server at %1 refused the work (%2). Tell your administrator, giving them that code. Nothing waiting to be sent was lost.</source>
        <translation>Pelayan di %1 menolak kerja ini (%2). Beritahu pentadbir anda dan berikan kod itu. Tiada apa yang menunggu untuk dihantar hilang.</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Sync</source>
        <translation>Segerak</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Ba&amp;tal</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Segerak se&amp;karang</translation>
    </message>
    <message>
        <source>Sync lo&amp;g</source>
        <translation>Lo&amp;g segerak</translation>
    </message>
    <message>
        <source>Not signed in to a server.</source>
        <translation>Belum didaftar masuk ke pelayan.</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>Daftar &amp;masuk…</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Didaftar masuk ke %1 sebagai %2.</translation>
    </message>
    <message>
        <source>Account…</source>
        <translation>Akaun…</translation>
    </message>
    <message>
        <source>Changes waiting to be sent: %1</source>
        <translation>Perubahan menunggu untuk dihantar: %1</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>Segerak terakhir yang berjaya: %1</translation>
    </message>
    <message>
        <source>Last successful sync: never</source>
        <translation>Segerak terakhir yang berjaya: belum pernah</translation>
    </message>
    <message>
        <source>Sending: %1 of %2 changes</source>
        <translation>Menghantar: %1 daripada %2 perubahan</translation>
    </message>
    <message>
        <source>Receiving: %1 of %2 changes</source>
        <translation>Menerima: %1 daripada %2 perubahan</translation>
    </message>
    <message>
        <source>Receiving…</source>
        <translation>Menerima…</translation>
    </message>
    <message>
        <source>Syncing: %1 of %2</source>
        <translation>Menyegerak: %1 daripada %2 (segerak)</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sedang segerak…</translation>
    </message>
    <message>
        <source>Trying again in %1 s (try %2).</source>
        <translation>Mencuba semula dalam %1 s (cubaan %2).</translation>
    </message>
    <message>
        <source>Stopping after the batch being sent… nothing is lost.</source>
        <translation>Berhenti selepas kelompok yang sedang dihantar… tiada apa yang hilang.</translation>
    </message>
    <message>
        <source>Nothing was sent. Still waiting: %1.</source>
        <translation>Tiada apa yang dihantar. Masih menunggu: %1.</translation>
    </message>
    <message>
        <source>Changes sent: %1 (%2 accepted, %3 already on the server, %4 in conflict). Still waiting: %5.</source>
        <translation>Perubahan dihantar: %1 (%2 diterima, %3 sudah ada di pelayan, %4 berkonflik). Masih menunggu: %5.</translation>
    </message>
    <message>
        <source>Cancelled; sync again to send the rest.</source>
        <translation>Dibatalkan; segerak semula untuk menghantar selebihnya.</translation>
    </message>
    <message>
        <source>Conflicts (the server kept both versions for the ward officer): %1.</source>
        <translation>Konflik (pelayan menyimpan kedua-dua versi untuk pegawai wad): %1.</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Tidak selesai</translation>
    </message>
    <message>
        <source>No syncs yet.</source>
        <translation>Belum ada segerak.</translation>
    </message>
    <message>
        <source>Not installed (tell your supervisor): %1</source>
        <translation>Tidak dipasang (beritahu penyelia anda): %1</translation>
    </message>
    <message>
        <source>Uploading files: %1 of %2</source>
        <translation>Memuat naik fail: %1 daripada %2</translation>
    </message>
    <message>
        <source>Uploading files…</source>
        <translation>Memuat naik fail…</translation>
    </message>
    <message>
        <source>Nothing was waiting to be sent.</source>
        <translation>Tiada apa yang menunggu untuk dihantar.</translation>
    </message>
    <message>
        <source>Files uploaded: %1 (%2).</source>
        <translation>Fail dimuat naik: %1 (%2).</translation>
    </message>
    <message>
        <source>Received: %1 (%2 stored here, %3 kept as changed here).</source>
        <translation>Diterima: %1 (%2 disimpan di sini, %3 dikekalkan seperti yang diubah di sini).</translation>
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
    <name>CrashHandler</name>
    <message>
        <source>Something went wrong inside Tinjau. The answers of the open interview were saved.</source>
        <translation>Berlaku masalah dalam Tinjau. Jawapan temu bual yang terbuka telah disimpan.</translation>
    </message>
    <message>
        <source>A report without personal data was written to %1; give it to your supervisor.</source>
        <translation>Laporan tanpa data peribadi telah ditulis ke %1; berikannya kepada penyelia anda.</translation>
    </message>
    <message>
        <source>If the window misbehaves now, close Tinjau and start it again.</source>
        <translation>Jika tetingkap tidak berfungsi dengan betul sekarang, tutup Tinjau dan mulakannya semula.</translation>
    </message>
    <message>
        <source>Tinjau</source>
        <translation>Tinjau</translation>
    </message>
    <message>
        <source>Something went wrong inside Tinjau. The answers of the open interview may not have been saved; reopen the interview and check its last answers.</source>
        <translation>Berlaku masalah dalam Tinjau. Jawapan temu bual yang terbuka mungkin tidak disimpan; buka semula temu bual itu dan semak jawapan terakhirnya.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Tinjau — first start</source>
        <translation>Tinjau — permulaan pertama</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Kembali</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Seterusnya &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>Se&amp;lesai</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>InterviewPage</name>
    <message>
        <source>How an interview works</source>
        <translation>Cara temu bual dijalankan</translation>
    </message>
    <message>
        <source>Five steps, at each door.</source>
        <translation>Lima langkah, di setiap pintu.</translation>
    </message>
    <message>
        <source>Find the household in the census list: type part of a name, an ID or the unit, then press Enter.</source>
        <translation>Cari isi rumah dalam senarai banci: taip sebahagian nama, nombor pengenalan atau unit, kemudian tekan Enter.</translation>
    </message>
    <message>
        <source>Press Enter again to open its interview. Ask each question and type the answer; every answer is saved as you type.</source>
        <translation>Tekan Enter sekali lagi untuk membuka temu bualnya. Tanya setiap soalan dan taip jawapannya; setiap jawapan disimpan semasa anda menaip.</translation>
    </message>
    <message>
        <source>Add each member of the household in the members table.</source>
        <translation>Tambah setiap ahli isi rumah dalam jadual ahli.</translation>
    </message>
    <message>
        <source>Press Complete when every required answer is given: the household's poverty status shows at once.</source>
        <translation>Tekan Selesai apabila setiap jawapan wajib telah diberi: status kemiskinan isi rumah terus dipaparkan.</translation>
    </message>
    <message>
        <source>Nobody at home, or the household refused? Mark the visit in the Household menu instead.</source>
        <translation>Tiada orang di rumah, atau isi rumah enggan? Tandakan lawatan itu dalam menu Isi rumah.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Welcome to Tinjau</source>
        <translation>Selamat datang ke Tinjau</translation>
    </message>
    <message>
        <source>This assistant prepares this computer for your interviews.</source>
        <translation>Pembantu ini menyediakan komputer ini untuk temu bual anda.</translation>
    </message>
    <message>
        <source>Choose the &amp;language of the app:</source>
        <translation>Pilih &amp;bahasa aplikasi:</translation>
    </message>
</context>
<context>
    <name>ModePage</name>
    <message>
        <source>How will you work?</source>
        <translation>Bagaimana anda akan bekerja?</translation>
    </message>
    <message>
        <source>Your interviews are always kept on this computer first.</source>
        <translation>Temu bual anda sentiasa disimpan dahulu pada komputer ini.</translation>
    </message>
    <message>
        <source>Connect to my office's &amp;server</source>
        <translation>Sambung ke &amp;pelayan pejabat saya</translation>
    </message>
    <message>
        <source>Signing in and sending interviews from here comes in a later version.</source>
        <translation>Log masuk dan menghantar temu bual dari sini akan datang dalam versi kemudian.</translation>
    </message>
    <message>
        <source>Sign in with the username and password your office gave you.</source>
        <translation>Log masuk dengan nama pengguna dan kata laluan yang diberi oleh pejabat anda.</translation>
    </message>
    <message>
        <source>&amp;Work offline for now, with a workspace on this computer</source>
        <translation>&amp;Bekerja luar talian buat masa ini, dengan ruang kerja pada komputer ini</translation>
    </message>
    <message>
        <source>&amp;Work offline, with a workspace on this computer</source>
        <translation>&amp;Bekerja luar talian, dengan ruang kerja pada komputer ini</translation>
    </message>
    <message>
        <source>Choose the country and the area you survey; then import your census list or add households as you visit them.</source>
        <translation>Pilih negara dan kawasan yang anda tinjau; kemudian import senarai banci anda atau tambah isi rumah semasa anda melawatnya.</translation>
    </message>
</context>
<context>
    <name>WorkerPage</name>
    <message>
        <source>About you</source>
        <translation>Tentang anda</translation>
    </message>
    <message>
        <source>Your name and enumerator ID are recorded on each interview.</source>
        <translation>Nama dan ID pembanci anda direkodkan pada setiap temu bual.</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>&amp;Nama anda</translation>
    </message>
    <message>
        <source>Enumerator &amp;ID</source>
        <translation>&amp;ID pembanci</translation>
    </message>
    <message>
        <source>as given by your office</source>
        <translation>seperti yang diberi oleh pejabat anda</translation>
    </message>
    <message>
        <source>You can change them later in File &gt; Settings.</source>
        <translation>Anda boleh mengubahnya kemudian dalam Fail &gt; Tetapan.</translation>
    </message>
    <message>
        <source>Type your name.</source>
        <translation>Taipkan nama anda.</translation>
    </message>
    <message>
        <source>Type the enumerator ID your office gave you.</source>
        <translation>Taipkan ID pembanci yang diberi oleh pejabat anda.</translation>
    </message>
    <message>
        <source>The name or the ID is too long; shorten it.</source>
        <translation>Nama atau ID terlalu panjang; pendekkannya.</translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <source>Your workspace</source>
        <translation>Ruang kerja anda</translation>
    </message>
    <message>
        <source>The folder on this computer that keeps your households and interviews.</source>
        <translation>Folder pada komputer ini yang menyimpan isi rumah dan temu bual anda.</translation>
    </message>
    <message>
        <source>The country decides how ID numbers and phone numbers are checked and which poverty standard is used. Name the areas from the top; the lower ones may stay empty.</source>
        <translation>Negara menentukan cara nombor pengenalan dan nombor telefon disemak dan piawaian kemiskinan yang digunakan. Namakan kawasan dari atas; yang lebih rendah boleh dibiarkan kosong.</translation>
    </message>
    <message>
        <source>The country decides how ID numbers and phone numbers are checked and which poverty standard is used. Your areas, census list and assignments come from the server on the next page.</source>
        <translation>Negara menentukan cara nombor pengenalan dan nombor telefon disemak dan piawaian kemiskinan yang digunakan. Kawasan, senarai banci dan tugasan anda datang daripada pelayan di halaman seterusnya.</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>The chosen file cannot be read; check that it is still there and choose it again. Nothing was changed.</source>
        <translation>Fail yang dipilih tidak dapat dibaca; pastikan fail itu masih ada dan pilih semula. Tiada apa-apa yang diubah.</translation>
    </message>
    <message>
        <source>The chosen file is empty; choose another. Nothing was changed.</source>
        <translation>Fail yang dipilih kosong; pilih fail lain. Tiada apa-apa yang diubah.</translation>
    </message>
    <message>
        <source>The chosen file is larger than the {limit} MB this question takes; choose a smaller one. Nothing was changed.</source>
        <translation>Fail yang dipilih lebih besar daripada {limit} MB yang diterima oleh soalan ini; pilih fail yang lebih kecil. Tiada apa-apa yang diubah.</translation>
    </message>
    <message>
        <source>This question takes a photo (JPEG, PNG, GIF, WebP, BMP or HEIC), and the chosen file is not one, judging by its content. Choose another file; nothing was changed.</source>
        <translation>Soalan ini menerima foto (JPEG, PNG, GIF, WebP, BMP atau HEIC), dan fail yang dipilih bukan foto, berdasarkan kandungannya. Pilih fail lain; tiada apa-apa yang diubah.</translation>
    </message>
    <message>
        <source>This question takes a sound recording (MP3, M4A, WAV, Ogg, FLAC or AMR), and the chosen file is not one, judging by its content. Choose another file; nothing was changed.</source>
        <translation>Soalan ini menerima rakaman bunyi (MP3, M4A, WAV, Ogg, FLAC atau AMR), dan fail yang dipilih bukan rakaman bunyi, berdasarkan kandungannya. Pilih fail lain; tiada apa-apa yang diubah.</translation>
    </message>
    <message>
        <source>This question takes a video (MP4, 3GP, MOV, WebM or AVI), and the chosen file is not one, judging by its content. Choose another file; nothing was changed.</source>
        <translation>Soalan ini menerima video (MP4, 3GP, MOV, WebM atau AVI), dan fail yang dipilih bukan video, berdasarkan kandungannya. Pilih fail lain; tiada apa-apa yang diubah.</translation>
    </message>
    <message>
        <source>This photo is {width} x {height} pixels; the form takes at most {limit} pixels on its longest side. Choose a smaller photo or scale it down first; nothing was changed.</source>
        <translation>Foto ini berukuran {width} x {height} piksel; borang ini menerima paling banyak {limit} piksel pada sisi terpanjangnya. Pilih foto yang lebih kecil atau kecilkan dahulu; tiada apa-apa yang diubah.</translation>
    </message>
</context>
<context>
    <name>FileEditor</name>
    <message>
        <source>Choose file…</source>
        <translation>Pilih fail…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Open the file in the computer's own program</source>
        <translation>Buka fail dengan program komputer ini sendiri</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Choose a file for this question</source>
        <translation>Pilih fail untuk soalan ini</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Semua fail (*)</translation>
    </message>
    <message>
        <source>Sound recordings (%1)</source>
        <translation>Rakaman bunyi (%1)</translation>
    </message>
    <message>
        <source>Videos (%1)</source>
        <translation>Video (%1)</translation>
    </message>
    <message>
        <source>Photos (%1)</source>
        <translation>Foto (%1)</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Tiada fail dipilih</translation>
    </message>
    <message>
        <source>%1 — the file is not on this device</source>
        <translation>%1 — fail ini tiada pada peranti ini</translation>
    </message>
    <message>
        <source>This file cannot be opened: it was damaged on this device.</source>
        <translation>Fail ini tidak dapat dibuka: ia telah rosak pada peranti ini.</translation>
    </message>
    <message>
        <source>Opening the file…</source>
        <translation>Membuka fail…</translation>
    </message>
</context>
<context>
    <name>RankEditor</name>
    <message>
        <source>Ctrl+Up and Ctrl+Down move the chosen item; a number puts it at that place; Space keeps the order shown.</source>
        <translation>Ctrl+Atas dan Ctrl+Bawah mengalihkan item yang dipilih; nombor meletakkannya di tempat itu; Space menyimpan susunan yang ditunjukkan.</translation>
    </message>
</context>
<context>
    <name>RangeEditor</name>
    <message>
        <source>Write a number from %1 to %2 in steps of %3.</source>
        <translation>Tulis nombor dari %1 hingga %2 dengan langkah %3.</translation>
    </message>
</context>
<context>
    <name>TraceEditor</name>
    <message>
        <source>Point %1: write the latitude and the longitude (altitude and accuracy may follow), e.g. 3.1390 101.6869.</source>
        <translation>Titik %1: tulis latitud dan longitud (altitud dan ketepatan boleh menyusul), cth. 3.1390 101.6869.</translation>
    </message>
    <message>
        <source>Point %1: the latitude is from -90 to 90 and the longitude from -180 to 180.</source>
        <translation>Titik %1: latitud antara -90 hingga 90 dan longitud antara -180 hingga 180.</translation>
    </message>
    <message>
        <source>An area needs at least 3 different points, separated by ;.</source>
        <translation>Kawasan memerlukan sekurang-kurangnya 3 titik berbeza, dipisahkan dengan ;.</translation>
    </message>
    <message>
        <source>A line needs at least 2 points, separated by ;.</source>
        <translation>Garisan memerlukan sekurang-kurangnya 2 titik, dipisahkan dengan ;.</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <source>Tinjau — reports</source>
        <translation>Tinjau — laporan</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Kawasan:</translation>
    </message>
    <message>
        <source>Poverty &amp;standard:</source>
        <translation>&amp;Piawaian kemiskinan:</translation>
    </message>
    <message>
        <source>&amp;Per:</source>
        <translation>Me&amp;ngikut:</translation>
    </message>
    <message>
        <source>district</source>
        <translation>daerah</translation>
    </message>
    <message>
        <source>ward</source>
        <translation>zon</translation>
    </message>
    <message>
        <source>site</source>
        <translation>tapak</translation>
    </message>
    <message>
        <source>block</source>
        <translation>blok</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Tunjuk</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Eksport ke Excel…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Batal</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Liputan</translation>
    </message>
    <message>
        <source>Poverty</source>
        <translation>Kemiskinan</translation>
    </message>
    <message>
        <source>Priority list</source>
        <translation>Senarai keutamaan</translation>
    </message>
    <message>
        <source>Area profile</source>
        <translation>Profil kawasan</translation>
    </message>
    <message>
        <source>Survey rounds</source>
        <translation>Pusingan banci</translation>
    </message>
    <message>
        <source>Change between survey rounds cannot be shown yet: Tinjau does not record survey rounds. Each household keeps its latest finished interview, so a second survey of the same area replaces the first instead of being compared with it.</source>
        <translation>Perubahan antara pusingan banci belum dapat ditunjukkan: Tinjau tidak merekod pusingan banci. Setiap isi rumah menyimpan temu bual selesai yang terkini, jadi banci kedua di kawasan yang sama menggantikan yang pertama dan tidak dibandingkan dengannya.</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Semua kawasan</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Mengira…</translation>
    </message>
    <message>
        <source>Counting the households for the report…</source>
        <translation>Mengira isi rumah untuk laporan…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>%1 finished interviews were left out: their answers hold text where the standard reads a number.</source>
        <translation>%1 temu bual selesai tidak dikira: jawapannya mengandungi teks di tempat piawaian membaca nombor.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Kawasan</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Disenaraikan</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>Dilawati</translation>
    </message>
    <message>
        <source>Visited, no interview</source>
        <translation>Dilawati, tiada temu bual</translation>
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
        <source>Approved</source>
        <translation>Diluluskan</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Dikembalikan</translation>
    </message>
    <message>
        <source>Households per area</source>
        <translation>Isi rumah mengikut kawasan</translation>
    </message>
    <message>
        <source>Enumerator</source>
        <translation>Pembanci</translation>
    </message>
    <message>
        <source>Day (UTC)</source>
        <translation>Hari (UTC)</translation>
    </message>
    <message>
        <source>Interviews finished</source>
        <translation>Temu bual selesai</translation>
    </message>
    <message>
        <source>Interviews finished per day (UTC)</source>
        <translation>Temu bual selesai setiap hari (UTC)</translation>
    </message>
    <message>
        <source>Standard: %1 (version %2)</source>
        <translation>Piawaian kemiskinan: %1 (versi %2)</translation>
    </message>
    <message>
        <source>Households assessed</source>
        <translation>Isi rumah dinilai</translation>
    </message>
    <message>
        <source>%1 (share)</source>
        <translation>%1 (peratus)</translation>
    </message>
    <message>
        <source>Share of households in each status</source>
        <translation>Peratus isi rumah bagi setiap status</translation>
    </message>
    <message>
        <source>This standard decides poverty by income alone: it has no deprivation indicators, so there are no Alkire-Foster measures (H, A, M0) for it.</source>
        <translation>Piawaian kemiskinan ini menentukan kemiskinan daripada pendapatan sahaja: ia tiada penunjuk kekurangan, jadi tiada ukuran Alkire-Foster (H, A, M0) baginya.</translation>
    </message>
    <message>
        <source>Alkire-Foster measures over persons: H is the share of people who are poor, A the average share of weighted deprivations among them, M0 = H × A.</source>
        <translation>Ukuran Alkire-Foster mengikut orang: H ialah peratus orang yang miskin, A purata peratus kekurangan berwajaran dalam kalangan mereka, M0 = H × A.</translation>
    </message>
    <message>
        <source>Insufficient data</source>
        <translation>Data tidak mencukupi</translation>
    </message>
    <message>
        <source>Alkire-Foster measures per area</source>
        <translation>Ukuran Alkire-Foster mengikut kawasan</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Penunjuk</translation>
    </message>
    <message>
        <source>Contribution of each indicator to M0</source>
        <translation>Sumbangan setiap penunjuk kepada M0</translation>
    </message>
    <message>
        <source>Contribution of each dimension to M0</source>
        <translation>Sumbangan setiap dimensi kepada M0</translation>
    </message>
    <message>
        <source>Households in need, most severe status first, then the highest deprivation score, then the lowest income per person. Enter or double-click opens one.</source>
        <translation>Isi rumah yang memerlukan: status paling teruk dahulu, kemudian skor kekurangan tertinggi, kemudian pendapatan per kapita terendah. Enter atau klik dua kali membukanya.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Bil.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blok</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Ketua isi rumah</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Ahli</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Skor</translation>
    </message>
    <message>
        <source>Income per person</source>
        <translation>Pendapatan per kapita</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Lelaki</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Warganegara</translation>
    </message>
    <message>
        <source>Permanent residents</source>
        <translation>Penduduk tetap</translation>
    </message>
    <message>
        <source>Foreign nationals</source>
        <translation>Warga asing</translation>
    </message>
    <message>
        <source>No citizenship document</source>
        <translation>Tiada dokumen kewarganegaraan</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Tidak dijawab</translation>
    </message>
    <message>
        <source>Households interviewed</source>
        <translation>Isi rumah ditemu bual</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Elderly people (60 or over) living alone</source>
        <translation>Warga emas (60 tahun ke atas) tinggal bersendirian</translation>
    </message>
    <message>
        <source>Members with a disability</source>
        <translation>Ahli kurang upaya</translation>
    </message>
    <message>
        <source>Heads of household: %1</source>
        <translation>Ketua isi rumah: %1</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Siapa</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Bilangan</translation>
    </message>
    <message>
        <source>Population by age group and sex</source>
        <translation>Penduduk mengikut kumpulan umur dan jantina</translation>
    </message>
    <message>
        <source>Household size</source>
        <translation>Saiz isi rumah</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Isi rumah</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Eksport ke Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Mengeksport…</translation>
    </message>
    <message>
        <source>Stopping the export…</source>
        <translation>Menghentikan eksport…</translation>
    </message>
    <message>
        <source>The export was stopped; no file was written.</source>
        <translation>Eksport dihentikan; tiada fail ditulis.</translation>
    </message>
    <message>
        <source>Saved %1: %2 households, %3 members.</source>
        <translation>Disimpan %1: %2 isi rumah, %3 ahli.</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Peta</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>Tap&amp;ak:</translation>
    </message>
    <message>
        <source>Colour &amp;by:</source>
        <translation>&amp;Warna ikut:</translation>
    </message>
    <message>
        <source>poverty status</source>
        <translation>status kemiskinan</translation>
    </message>
    <message>
        <source>visit status</source>
        <translation>status lawatan</translation>
    </message>
    <message>
        <source>Save site &amp;map as PNG…</source>
        <translation>Simpan peta tapak sebagai PN&amp;G…</translation>
    </message>
    <message>
        <source>&amp;Load area boundaries (GeoJSON)…</source>
        <translation>&amp;Muat sempadan kawasan (GeoJSON)…</translation>
    </message>
    <message>
        <source>Save &amp;rates map as PNG…</source>
        <translation>Simpan peta kada&amp;r sebagai PNG…</translation>
    </message>
    <message>
        <source>Each square is a unit, floors from the top down. Click a unit, or move with the arrow keys and press Enter, to open its household.</source>
        <translation>Setiap petak ialah satu unit, tingkat dari atas ke bawah. Klik unit, atau gerak dengan kekunci anak panah dan tekan Enter, untuk membuka isi rumahnya.</translation>
    </message>
    <message>
        <source>Area boundaries</source>
        <translation>Sempadan kawasan</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson *.json)</source>
        <translation>GeoJSON (*.geojson *.json)</translation>
    </message>
    <message>
        <source>Share of households in need under %1</source>
        <translation>Peratus isi rumah memerlukan bantuan mengikut %1</translation>
    </message>
    <message>
        <source>No area of this workspace has a code the boundary file gives; check that each feature's code property holds an area code such as LPT01.</source>
        <translation>Tiada kawasan dalam ruang kerja ini mempunyai kod yang diberi oleh fail sempadan; pastikan sifat code setiap ciri memegang kod kawasan seperti LPT01.</translation>
    </message>
    <message>
        <source>Boundaries with no area of that code in this workspace: %1.</source>
        <translation>Sempadan tanpa kawasan berkod itu dalam ruang kerja ini: %1.</translation>
    </message>
    <message>
        <source>Areas with no boundary in the file (not drawn): %1.</source>
        <translation>Kawasan tanpa sempadan dalam fail (tidak dilukis): %1.</translation>
    </message>
    <message>
        <source>Save as PNG</source>
        <translation>Simpan sebagai PNG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imej PNG (*.png)</translation>
    </message>
    <message>
        <source>The picture could not be saved in %1; choose another folder.</source>
        <translation>Gambar tidak dapat disimpan di %1; pilih folder lain.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Disimpan %1.</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Simpan sebagai P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Simpan sebagai PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1: %2 pages.</source>
        <translation>Disimpan %1: %2 halaman.</translation>
    </message>
    <message>
        <source>No survey round covers this area yet. A supervisor opens one with tinjau round open; the interviews begun after that belong to it, and this tab compares each round with the one before.</source>
        <translation>Belum ada pusingan banci bagi kawasan ini. Penyelia membukanya dengan tinjau round open; temu bual yang dimulakan selepas itu tergolong dalamnya, dan tab ini membandingkan setiap pusingan dengan pusingan sebelumnya.</translation>
    </message>
    <message>
        <source>Survey rounds of %1 under %2. Each household counts with its latest finished interview in each round.</source>
        <translation>Pusingan banci %1 di bawah %2. Setiap isi rumah dikira dengan temu bual terakhirnya yang selesai dalam setiap pusingan.</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Pusingan</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Dibuka</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>open</source>
        <translation>masih dibuka</translation>
    </message>
    <message>
        <source>%1 since %2: %3 households in both rounds, %4 new, %5 not revisited.</source>
        <translation>%1 sejak %2: %3 isi rumah dalam kedua-dua pusingan, %4 baharu, %5 tidak dilawati semula.</translation>
    </message>
    <message>
        <source>Only one round so far: the change shows once the area has a second.</source>
        <translation>Baru ada satu pusingan: perubahan dipaparkan apabila kawasan ini mempunyai pusingan kedua.</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Pusingan</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Sebelum</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Selepas</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Stayed</source>
        <translation>Kekal</translation>
    </message>
    <message>
        <source>Income line</source>
        <translation>Garis pendapatan</translation>
    </message>
    <message>
        <source>Persons deprived in each indicator, per round</source>
        <translation>Orang yang mengalami kekurangan dalam setiap penunjuk, mengikut pusingan</translation>
    </message>
    <message>
        <source>Persons under each income line, per round</source>
        <translation>Orang di bawah setiap garis pendapatan, mengikut pusingan</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>PovertyMap</name>
    <message>
        <source>No finished interview</source>
        <translation>Tiada temu bual selesai</translation>
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
        <source>no household</source>
        <translation>tiada isi rumah</translation>
    </message>
    <message>
        <source>Unit %1: %2</source>
        <translation>Unit %1: %2</translation>
    </message>
    <message>
        <source>%1% to under %2%</source>
        <translation>%1% hingga bawah %2%</translation>
    </message>
    <message>
        <source>%1% or more</source>
        <translation>%1% atau lebih</translation>
    </message>
    <message>
        <source>No households assessed</source>
        <translation>Tiada isi rumah dinilai</translation>
    </message>
    <message>
        <source>No such area in this workspace</source>
        <translation>Tiada kawasan ini dalam ruang kerja</translation>
    </message>
    <message>
        <source>Households in need</source>
        <translation>Isi rumah memerlukan bantuan</translation>
    </message>
    <message>
        <source>Site map</source>
        <translation>Peta tapak</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Coverage</source>
        <translation>Liputan</translation>
    </message>
    <message>
        <source>Households in each poverty status</source>
        <translation>Isi rumah bagi setiap status kemiskinan</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Semua kawasan</translation>
    </message>
    <message>
        <source>Survey report: %1</source>
        <translation>Laporan banci: %1</translation>
    </message>
    <message>
        <source>Poverty standard: %1 (version %2). Made %3 (UTC) from the data folder's finished interviews.</source>
        <translation>Piawaian kemiskinan: %1 (versi %2). Dibuat %3 (UTC) daripada temu bual selesai dalam folder data.</translation>
    </message>
    <message>
        <source>Alkire-Foster measures</source>
        <translation>Ukuran Alkire-Foster</translation>
    </message>
    <message>
        <source>Site map: %1</source>
        <translation>Peta tapak: %1</translation>
    </message>
</context>
<context>
    <name>SurveyRounds</name>
    <message>
        <source>Give the survey round a name, for example "2027 follow-up".</source>
        <translation>Berikan nama kepada pusingan banci, contohnya "2027 follow-up".</translation>
    </message>
    <message>
        <source>A survey round's name has at most {limit} characters; shorten it.</source>
        <translation>Nama pusingan banci paling banyak {limit} aksara; pendekkannya.</translation>
    </message>
    <message>
        <source>There is no area {area} in this workspace. Give an area's code or path as `tinjau report coverage` lists them; nothing was changed.</source>
        <translation>Tiada kawasan {area} dalam ruang kerja ini. Berikan kod atau laluan kawasan seperti yang disenaraikan oleh `tinjau report coverage`; tiada apa-apa yang diubah.</translation>
    </message>
    <message>
        <source>More than one area has the code {area} ({first}, {second}, ...). Give the whole path instead; nothing was changed.</source>
        <translation>Lebih daripada satu kawasan mempunyai kod {area} ({first}, {second}, ...). Berikan laluan penuh; tiada apa-apa yang diubah.</translation>
    </message>
    <message>
        <source>{area} is a single unit; a survey round covers a block or a larger area. Nothing was changed.</source>
        <translation>{area} ialah satu unit; pusingan banci meliputi blok atau kawasan yang lebih besar. Tiada apa-apa yang diubah.</translation>
    </message>
    <message>
        <source>{area} already has an open survey round, {round}. Close it first (tinjau round close), then open the next one; nothing was changed.</source>
        <translation>{area} sudah mempunyai pusingan banci yang dibuka, {round}. Tutup dahulu (tinjau round close), kemudian buka pusingan seterusnya; tiada apa-apa yang diubah.</translation>
    </message>
    <message>
        <source>{area} already has a survey round named {round}. Choose another name; nothing was changed.</source>
        <translation>{area} sudah mempunyai pusingan banci bernama {round}. Pilih nama lain; tiada apa-apa yang diubah.</translation>
    </message>
    <message>
        <source>A new survey round of {area} cannot open before its previous round did ({date}). Give a later date; nothing was changed.</source>
        <translation>Pusingan banci baharu bagi {area} tidak boleh dibuka sebelum pusingan sebelumnya dibuka ({date}). Berikan tarikh yang kemudian; tiada apa-apa yang diubah.</translation>
    </message>
    <message>
        <source>There is no survey round {round} in this workspace; `tinjau round list` shows them.</source>
        <translation>Tiada pusingan banci {round} dalam ruang kerja ini; `tinjau round list` menunjukkannya.</translation>
    </message>
    <message>
        <source>More than one area has a survey round named {round} ({first}, {second}). Name the area with --area; nothing was changed.</source>
        <translation>Lebih daripada satu kawasan mempunyai pusingan banci bernama {round} ({first}, {second}). Namakan kawasan dengan --area; tiada apa-apa yang diubah.</translation>
    </message>
    <message>
        <source>The survey round {round} was already closed on {date}.</source>
        <translation>Pusingan banci {round} sudah ditutup pada {date}.</translation>
    </message>
    <message>
        <source>The survey round {round} opened on {date}; it cannot close before that. Give a later date; nothing was changed.</source>
        <translation>Pusingan banci {round} dibuka pada {date}; ia tidak boleh ditutup sebelum itu. Berikan tarikh yang kemudian; tiada apa-apa yang diubah.</translation>
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
