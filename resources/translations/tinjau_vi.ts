<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="en">
<context>
    <name>AddHousehold</name>
    <message>
        <source>Type the unit number as written on the door, for example A-12-03.</source>
        <translation>Nhập số căn hộ như ghi trên cửa, ví dụ A-12-03.</translation>
    </message>
    <message>
        <source>Type the name of the head of household.</source>
        <translation>Nhập tên chủ hộ.</translation>
    </message>
    <message>
        <source>The national ID may hold only digits (dashes and spaces are fine).</source>
        <translation>Số CCCD chỉ được chứa chữ số (có thể có dấu gạch ngang và khoảng trắng).</translation>
    </message>
    <message>
        <source>Choose the block the household lives in.</source>
        <translation>Hãy chọn tòa nhà nơi hộ đang sống.</translation>
    </message>
    <message>
        <source>Type the unit with its block, as on the door: for example A-12-03.</source>
        <translation>Nhập căn hộ kèm tòa nhà, như ghi trên cửa: ví dụ A-12-03.</translation>
    </message>
    <message>
        <source>There is no unit {unit} in {block}. Check the number on the door.</source>
        <translation>Không có căn hộ {unit} trong {block}. Hãy kiểm tra số trên cửa.</translation>
    </message>
    <message>
        <source>The census list has no unit {unit} in {block}. Add this unit to {block}?</source>
        <translation>Danh sách rà soát không có căn hộ {unit} trong {block}. Thêm căn hộ này vào {block}?</translation>
    </message>
    <message>
        <source>A household has between 1 and 99 members; correct the size and save again.</source>
        <translation>Một hộ có từ 1 đến 99 thành viên; hãy sửa số người rồi lưu lại.</translation>
    </message>
</context>
<context>
    <name>AddHouseholdDialog</name>
    <message>
        <source>Add household</source>
        <translation>Thêm hộ</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Tòa nhà</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Căn hộ</translation>
    </message>
    <message>
        <source>&amp;Head of household</source>
        <translation>C&amp;hủ hộ</translation>
    </message>
    <message>
        <source>&amp;National ID</source>
        <translation>&amp;Số CCCD</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Điện th&amp;oại</translation>
    </message>
    <message>
        <source>Household &amp;size</source>
        <translation>Số &amp;nhân khẩu</translation>
    </message>
    <message>
        <source>as on the door, e.g. A-12-03</source>
        <translation>như ghi trên cửa, ví dụ A-12-03</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>không rõ</translation>
    </message>
</context>
<context>
    <name>AreaNavigator</name>
    <message>
        <source>All areas</source>
        <translation>Tất cả khu vực</translation>
    </message>
    <message>
        <source>Floor %1</source>
        <translation>Tầng %1</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>Sao &amp;lưu ngay</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>Today's automatic backup was not made. %1</source>
        <translation>Bản sao lưu tự động hôm nay chưa được tạo. %1</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Đang sao lưu…</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Đã sao lưu vào %1</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Sao lưu hằng ngày</translation>
    </message>
    <message>
        <source>Made with Back up now</source>
        <translation>Tạo bằng Sao lưu ngay</translation>
    </message>
    <message>
        <source>Before a census list import</source>
        <translation>Trước khi nhập danh sách rà soát</translation>
    </message>
    <message>
        <source>Before the households were scored again</source>
        <translation>Trước khi chấm điểm lại các hộ</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Trước khi khôi phục</translation>
    </message>
    <message>
        <source>Before an upgrade of Tinjau</source>
        <translation>Trước khi nâng cấp Tinjau</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Choose the backup to put back. The data as it is now is kept in the backups folder first.</source>
        <translation>Chọn bản sao lưu cần khôi phục. Dữ liệu hiện tại sẽ được giữ trước trong thư mục sao lưu.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>Tệp khác…</translation>
    </message>
    <message>
        <source>Tinjau backups (*.sqlite)</source>
        <translation>Bản sao lưu Tinjau (*.sqlite)</translation>
    </message>
    <message>
        <source>This data folder has changes made after the backup was taken (its last change: %1; the backup's: %2); restoring the backup loses them. A copy of the data as it is now is kept in the backups folder. Restore anyway?</source>
        <translation>Thư mục dữ liệu này có thay đổi được thực hiện sau khi bản sao lưu được tạo (thay đổi cuối cùng của thư mục: %1; của bản sao lưu: %2); khôi phục bản sao lưu sẽ làm mất các thay đổi đó. Một bản sao của dữ liệu hiện tại được giữ trong thư mục sao lưu. Vẫn khôi phục?</translation>
    </message>
    <message>
        <source>Restored %1. The data it replaced is kept in the backups folder.</source>
        <translation>Đã khôi phục %1. Dữ liệu bị thay thế được giữ trong thư mục sao lưu.</translation>
    </message>
    <message>
        <source>Restored the backup made on %1 (%2). The data it replaced is kept in the backups folder.</source>
        <translation>Đã khôi phục bản sao lưu tạo lúc %1 (%2). Dữ liệu bị thay thế được giữ trong thư mục sao lưu.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Đang khôi phục…</translation>
    </message>
</context>
<context>
    <name>CensusListPanel</name>
    <message>
        <source>Search by name, national ID or unit</source>
        <translation>Tìm theo tên, số CCCD hoặc căn hộ</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tất cả trạng thái</translation>
    </message>
    <message>
        <source>Sync conflict (both versions kept)</source>
        <translation>Xung đột đồng bộ (giữ cả hai phiên bản)</translation>
    </message>
    <message>
        <source>Add household</source>
        <translation>Thêm hộ</translation>
    </message>
    <message>
        <source>Add a household that is not on the census list</source>
        <translation>Thêm một hộ chưa có trong danh sách rà soát</translation>
    </message>
    <message>
        <source>Households listed: %1</source>
        <translation>Số hộ trong danh sách: %1</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>Pick the date on a calendar</source>
        <translation>Chọn ngày trên lịch</translation>
    </message>
</context>
<context>
    <name>HouseholdStatus</name>
    <message>
        <source>Not found</source>
        <translation>Không gặp được hộ</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Từ chối phỏng vấn</translation>
    </message>
    <message>
        <source>Not visited</source>
        <translation>Chưa đến</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Đã đồng bộ</translation>
    </message>
    <message>
        <source>Returned for correction</source>
        <translation>Trả lại để sửa</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
</context>
<context>
    <name>HouseholdTableModel</name>
    <message>
        <source>Unit</source>
        <translation>Căn hộ</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Chủ hộ</translation>
    </message>
    <message>
        <source>Visit status</source>
        <translation>Trạng thái khảo sát</translation>
    </message>
    <message>
        <source>Poverty status</source>
        <translation>Tình trạng nghèo</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Thay đổi gần nhất</translation>
    </message>
    <message>
        <source>%1 · sync conflict</source>
        <translation>%1 · xung đột đồng bộ</translation>
    </message>
    <message>
        <source>A ward officer returned this interview for correction: open it, correct it and complete it again.</source>
        <translation>Cán bộ phường đã trả lại phiếu phỏng vấn này để sửa: hãy mở, sửa và hoàn thành lại.</translation>
    </message>
    <message>
        <source>The server already had a newer version of this household when your change arrived. It kept both; the ward officer decides which is right. Nothing was lost.</source>
        <translation>Máy chủ đã có phiên bản mới hơn của hộ này khi thay đổi của bạn đến. Máy chủ giữ cả hai; cán bộ phường quyết định bản nào đúng. Không mất gì.</translation>
    </message>
</context>
<context>
    <name>InterviewRecords</name>
    <message>
        <source>This household is no longer on the list; refresh the list.</source>
        <translation>Hộ này không còn trong danh sách; hãy làm mới danh sách.</translation>
    </message>
    <message>
        <source>This interview was begun with version {version} of the form {form}, which is not on this device. Synchronise to receive it, then open the interview again.</source>
        <translation>Cuộc phỏng vấn này được bắt đầu với phiên bản {version} của biểu mẫu {form}, không có trên thiết bị này. Hãy đồng bộ để nhận nó, rồi mở lại cuộc phỏng vấn.</translation>
    </message>
    <message>
        <source>This interview is already complete; its answers can no longer change.</source>
        <translation>Cuộc phỏng vấn này đã hoàn thành; không thể thay đổi câu trả lời nữa.</translation>
    </message>
</context>
<context>
    <name>InterviewView</name>
    <message>
        <source>Opening the interview…</source>
        <translation>Đang mở cuộc phỏng vấn…</translation>
    </message>
    <message>
        <source>Remove %1 and all their answers?</source>
        <translation>Xóa %1 và mọi câu trả lời của người này?</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD.</source>
        <translation>Viết ngày theo dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Write the time as HH:MM.</source>
        <translation>Viết giờ theo dạng HH:MM.</translation>
    </message>
    <message>
        <source>Write the date and time as YYYY-MM-DDTHH:MM.</source>
        <translation>Viết ngày và giờ theo dạng YYYY-MM-DDTHH:MM.</translation>
    </message>
    <message>
        <source>Write the latitude and the longitude, e.g. 3.1390 101.6869.</source>
        <translation>Viết vĩ độ và kinh độ, ví dụ 3.1390 101.6869.</translation>
    </message>
    <message>
        <source>This is not a number yet; finish typing it.</source>
        <translation>Đây chưa phải là một số; hãy gõ cho xong.</translation>
    </message>
    <message>
        <source>This is not finished yet; write a whole number.</source>
        <translation>Chưa xong; hãy viết một số nguyên.</translation>
    </message>
    <message>
        <source>The answers are not saved yet. They stay on screen, and Tinjau keeps trying to save them.</source>
        <translation>Câu trả lời chưa được lưu. Chúng vẫn ở trên màn hình và Tinjau vẫn tiếp tục thử lưu.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Đã lưu</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>The interview cannot be completed yet: %1 to fix. Click one to go there.</source>
        <translation>Chưa thể hoàn thành cuộc phỏng vấn: còn %1 mục cần sửa. Bấm vào một mục để đến đó.</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>Thành viên %1</translation>
    </message>
    <message>
        <source>Complete — read only</source>
        <translation>Hoàn thành — chỉ đọc</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Thêm thành viên</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Back to the list of members</source>
        <translation>Quay lại danh sách thành viên</translation>
    </message>
    <message>
        <source>Previous member</source>
        <translation>Thành viên trước</translation>
    </message>
    <message>
        <source>Next member</source>
        <translation>Thành viên tiếp theo</translation>
    </message>
    <message>
        <source>Back to the table</source>
        <translation>Quay lại bảng</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Trước</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Tiếp</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Quay lại danh sách</translation>
    </message>
    <message>
        <source>Check the answers and mark the interview complete</source>
        <translation>Kiểm tra câu trả lời và đánh dấu cuộc phỏng vấn là hoàn thành</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Trang tiếp</translation>
    </message>
    <message>
        <source>Nothing left to answer here</source>
        <translation>Phần này đã trả lời xong</translation>
    </message>
    <message>
        <source>%1 questions still to answer or correct here</source>
        <translation>Còn %1 câu hỏi cần trả lời hoặc sửa ở phần này</translation>
    </message>
    <message>
        <source>%1 of %2 required answers</source>
        <translation>%1 trên %2 câu bắt buộc</translation>
    </message>
    <message>
        <source>Keys: Insert adds a member's row; type in each cell and press Enter to go on (Enter on an empty new row ends the table); Ctrl+Enter opens the chosen member's page; Delete removes it.</source>
        <translation>Phím tắt: Insert thêm dòng cho thành viên mới; gõ vào từng ô rồi nhấn Enter để đi tiếp (Enter ở dòng mới còn trống là xong bảng); Ctrl+Enter mở trang của người đang chọn; Delete xóa người đó.</translation>
    </message>
    <message>
        <source>Keys: Insert adds a row; type in each cell and press Enter to go on (Enter on an empty new row ends the table); Ctrl+Enter opens the chosen row's page; Delete removes it.</source>
        <translation>Phím tắt: Insert thêm một dòng; gõ vào từng ô rồi nhấn Enter để đi tiếp (Enter ở dòng mới còn trống là xong bảng); Ctrl+Enter mở trang của dòng đang chọn; Delete xóa dòng đó.</translation>
    </message>
    <message>
        <source>Keys: Enter opens the chosen member.</source>
        <translation>Phím tắt: Enter mở người đang chọn.</translation>
    </message>
    <message>
        <source>Keys: Enter opens the chosen row.</source>
        <translation>Phím tắt: Enter mở dòng đang chọn.</translation>
    </message>
    <message>
        <source>Keys: Insert adds a member on a page of its own; Enter opens the chosen member; Delete removes it.</source>
        <translation>Phím tắt: Insert thêm một thành viên trên trang riêng; Enter mở người đang chọn; Delete xóa người đó.</translation>
    </message>
    <message>
        <source>Keys: Insert adds a row on a page of its own; Enter opens the chosen row; Delete removes it.</source>
        <translation>Phím tắt: Insert thêm một dòng trên trang riêng; Enter mở dòng đang chọn; Delete xóa dòng đó.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>H&amp;ousehold</source>
        <translation>&amp;Hộ</translation>
    </message>
    <message>
        <source>Mark &amp;not found…</source>
        <translation>Đánh dấu &amp;không gặp được…</translation>
    </message>
    <message>
        <source>Mark &amp;refused…</source>
        <translation>Đánh dấu &amp;từ chối…</translation>
    </message>
    <message>
        <source>Choose a household in the list first.</source>
        <translation>Hãy chọn một hộ trong danh sách trước.</translation>
    </message>
    <message>
        <source>Visit marked.</source>
        <translation>Đã ghi nhận kết quả đến hộ.</translation>
    </message>
    <message>
        <source>Tinjau — household census</source>
        <translation>Tinjau — điều tra hộ gia đình</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>Tạo không gian làm việc &amp;mới…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>Đồn&amp;g bộ</translation>
    </message>
    <message>
        <source>Sign &amp;in to server…</source>
        <translation>Đăng &amp;nhập máy chủ…</translation>
    </message>
    <message>
        <source>Sync &amp;panel</source>
        <translation>&amp;Bảng đồng bộ</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Đồng bộ ng&amp;ay</translation>
    </message>
    <message>
        <source>Choose the data folder…</source>
        <translation>Chọn thư mục dữ liệu…</translation>
    </message>
    <message>
        <source>Start a new survey…</source>
        <translation>Bắt đầu cuộc khảo sát mới…</translation>
    </message>
    <message>
        <source>No data folder is open yet.

Choose your data folder in File &gt; Settings, or start Tinjau with: tinjau gui --data-dir FOLDER

To start your own survey, make a new workspace for your country and area.</source>
        <translation>Chưa mở thư mục dữ liệu nào.

Hãy chọn thư mục dữ liệu trong Tệp &gt; Cài đặt, hoặc khởi động Tinjau bằng lệnh: tinjau gui --data-dir FOLDER

Để bắt đầu cuộc khảo sát của riêng bạn, hãy tạo không gian làm việc mới cho quốc gia và địa bàn của bạn.</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Thư mục dữ liệu: %1</translation>
    </message>
    <message>
        <source>Read-only: you can look, but changes cannot be saved</source>
        <translation>Chỉ đọc: bạn có thể xem, nhưng không thể lưu thay đổi</translation>
    </message>
    <message>
        <source>Enumerator: %1</source>
        <translation>Điều tra viên: %1</translation>
    </message>
    <message>
        <source>This workspace has no households yet. Import your census list (the columns are in docs/census.md; `tinjau census template` writes an empty one):
tinjau census import LIST.xlsx --data-dir %1 --site %2
Its households then appear here, each with its head of household as the first member of the interview.</source>
        <translation>Không gian làm việc này chưa có hộ nào. Hãy nhập danh sách rà soát của bạn (các cột được mô tả trong docs/census.md; `tinjau census template` tạo một danh sách trống):
tinjau census import LIST.xlsx --data-dir %1 --site %2
Sau đó các hộ sẽ hiện ở đây, mỗi hộ có chủ hộ là thành viên đầu tiên của cuộc phỏng vấn.</translation>
    </message>
    <message>
        <source>Or press Add household for each family, typing its unit with the block, for example A-01-01.</source>
        <translation>Hoặc bấm Thêm hộ cho từng hộ gia đình và nhập căn hộ kèm tòa nhà, ví dụ A-01-01.</translation>
    </message>
    <message>
        <source>Household added.</source>
        <translation>Đã thêm hộ.</translation>
    </message>
    <message>
        <source>Scoring the interviews again under the new poverty standard…</source>
        <translation>Đang chấm điểm lại các cuộc phỏng vấn theo chuẩn nghèo mới…</translation>
    </message>
    <message>
        <source>Stopping the sync after the batch being sent, then closing…</source>
        <translation>Dừng đồng bộ sau lô đang gửi, rồi đóng…</translation>
    </message>
    <message>
        <source>Open a data folder first: signing in is per folder.</source>
        <translation>Hãy mở một thư mục dữ liệu trước: đăng nhập theo từng thư mục.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>T&amp;rợ giúp</translation>
    </message>
    <message>
        <source>&amp;About Tinjau…</source>
        <translation>&amp;Giới thiệu Tinjau…</translation>
    </message>
    <message>
        <source>Tinjau %1</source>
        <translation>Tinjau %1</translation>
    </message>
    <message>
        <source>Offline household poverty surveys.</source>
        <translation>Điều tra nghèo hộ gia đình không cần mạng.</translation>
    </message>
    <message>
        <source>Household form: %1, version %2</source>
        <translation>Phiếu hộ gia đình: %1, phiên bản %2</translation>
    </message>
    <message>
        <source>Poverty standards:</source>
        <translation>Chuẩn nghèo:</translation>
    </message>
    <message>
        <source>About Tinjau</source>
        <translation>Giới thiệu Tinjau</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>Báo &amp;cáo</translation>
    </message>
    <message>
        <source>&amp;Coverage and poverty…</source>
        <translation>&amp;Tiến độ và nghèo…</translation>
    </message>
    <message>
        <source>No data folder is open. Choose one in Settings and try again.</source>
        <translation>Chưa mở thư mục dữ liệu nào. Hãy chọn một thư mục trong Cài đặt rồi thử lại.</translation>
    </message>
</context>
<context>
    <name>NewWorkspaceDialog</name>
    <message>
        <source>New workspace</source>
        <translation>Không gian làm việc mới</translation>
    </message>
    <message>
        <source>&amp;Data folder</source>
        <translation>Thư mục &amp;dữ liệu</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>&amp;Quốc gia</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation>Malaysia</translation>
    </message>
    <message>
        <source>Vietnam</source>
        <translation>Việt Nam</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>Iran</translation>
    </message>
    <message>
        <source>a new or empty folder</source>
        <translation>một thư mục mới hoặc trống</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Tạo</translation>
    </message>
    <message>
        <source>The country decides how ID numbers and phone numbers in census lists are checked and which poverty standard is used. Name the areas from the top; after the workspace is made, import your census list into it.</source>
        <translation>Quốc gia quyết định cách kiểm tra số định danh và số điện thoại trong danh sách rà soát và chuẩn nghèo được dùng. Đặt tên các địa bàn từ cấp cao nhất; sau khi tạo không gian làm việc, hãy nhập danh sách rà soát của bạn vào đó.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Bang</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Quận/huyện</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Phường</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Khu</translation>
    </message>
    <message>
        <source>Province or city</source>
        <translation>Tỉnh/thành phố</translation>
    </message>
    <message>
        <source>Ward or commune</source>
        <translation>Phường/xã</translation>
    </message>
    <message>
        <source>Neighbourhood group</source>
        <translation>Tổ dân phố</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Huyện</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Thành phố</translation>
    </message>
    <message>
        <source>City district</source>
        <translation>Quận (trong thành phố)</translation>
    </message>
    <message>
        <source>Choose a new or empty folder for the workspace.</source>
        <translation>Hãy chọn một thư mục mới hoặc trống cho không gian làm việc.</translation>
    </message>
    <message>
        <source>This folder is not empty. Choose a new or empty folder, so the workspace's files are not mixed with others.</source>
        <translation>Thư mục này không trống. Hãy chọn một thư mục mới hoặc trống để các tệp của không gian làm việc không lẫn với tệp khác.</translation>
    </message>
    <message>
        <source>Name the areas from the top, without leaving one out.</source>
        <translation>Hãy đặt tên các địa bàn từ cấp cao nhất, không bỏ sót cấp nào.</translation>
    </message>
    <message>
        <source>Give each area a name with letters or digits.</source>
        <translation>Hãy đặt cho mỗi địa bàn một tên có chữ hoặc số.</translation>
    </message>
    <message>
        <source>This folder is inside the Tinjau program's folder, which an update replaces. Choose a folder of your own, such as one in your documents.</source>
        <translation>Thư mục này nằm trong thư mục chương trình Tinjau, vốn bị thay khi cập nhật. Hãy chọn một thư mục của riêng bạn, ví dụ trong tài liệu của bạn.</translation>
    </message>
</context>
<context>
    <name>PovertyStatus</name>
    <message>
        <source>Not scored</source>
        <translation>Chưa đánh giá</translation>
    </message>
    <message>
        <source>Hardcore poor</source>
        <translation>Nghèo cùng cực</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Nghèo</translation>
    </message>
    <message>
        <source>Near poor</source>
        <translation>Cận nghèo</translation>
    </message>
    <message>
        <source>Not poor</source>
        <translation>Không nghèo</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>A visit note holds at most {limit} characters; shorten it and save again.</source>
        <translation>Ghi chú về lần đến hộ dài tối đa {limit} ký tự; hãy rút gọn rồi lưu lại.</translation>
    </message>
    <message>
        <source>A note is kept only for a household not found or refused; leave the note empty.</source>
        <translation>Ghi chú chỉ được lưu khi không gặp được hộ hoặc hộ từ chối phỏng vấn; hãy để trống ghi chú.</translation>
    </message>
    <message>
        <source>An area path goes state &gt; district &gt; ward &gt; site &gt; block &gt; unit; {path} does not. Correct it and try again; nothing was changed.</source>
        <translation>Đường dẫn khu vực theo thứ tự tỉnh &gt; quận/huyện &gt; phường &gt; khu dân cư &gt; tòa nhà &gt; căn hộ; {path} không theo thứ tự đó. Hãy sửa rồi thử lại; chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>This interview is no longer on this device; refresh the list.</source>
        <translation>Cuộc phỏng vấn này không còn trên thiết bị này; hãy làm mới danh sách.</translation>
    </message>
    <message>
        <source>An interview that is {current} cannot become {wanted}; nothing was changed.</source>
        <translation>Cuộc phỏng vấn đang ở trạng thái {current} không thể chuyển sang {wanted}; chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>A household whose visit is {current} cannot be marked {wanted}; nothing was changed.</source>
        <translation>Hộ có trạng thái thăm hộ {current} không thể đánh dấu là {wanted}; chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>This member is no longer in the household; refresh the roster.</source>
        <translation>Thành viên này không còn trong hộ; hãy làm mới danh sách thành viên.</translation>
    </message>
    <message>
        <source>Write what the enumerator must correct before returning the interview.</source>
        <translation>Hãy ghi rõ những gì điều tra viên cần sửa trước khi trả lại cuộc phỏng vấn.</translation>
    </message>
    <message>
        <source>Choose the area or the household to assign.</source>
        <translation>Hãy chọn khu vực hoặc hộ cần giao.</translation>
    </message>
</context>
<context>
    <name>ScorePanel</name>
    <message>
        <source>The poverty standard chosen in Settings is not available; choose another in File &gt; Settings.</source>
        <translation>Chuẩn nghèo đã chọn trong Cài đặt không có sẵn; hãy chọn chuẩn khác trong Tệp &gt; Cài đặt.</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>Chưa chấm điểm</translation>
    </message>
    <message>
        <source>Provisional: %1</source>
        <translation>Tạm tính: %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Không có</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>%1 câu nữa</translation>
    </message>
    <message>
        <source>Not enough answers yet: %1</source>
        <translation>Chưa đủ câu trả lời: %1</translation>
    </message>
    <message>
        <source>Poverty status</source>
        <translation>Tình trạng nghèo</translation>
    </message>
    <message>
        <source>Deprived in</source>
        <translation>Thiếu hụt về</translation>
    </message>
    <message>
        <source>So far: %1</source>
        <translation>Tạm tính: %1</translation>
    </message>
</context>
<context>
    <name>SelectOneEditor</name>
    <message>
        <source>Clear</source>
        <translation>Bỏ chọn</translation>
    </message>
    <message>
        <source>Take this answer back (no choice)</source>
        <translation>Bỏ câu trả lời này (không chọn gì)</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>Sign in to your office's server</source>
        <translation>Đăng nhập máy chủ của cơ quan bạn</translation>
    </message>
    <message>
        <source>Use the user name and password your office gave you. The password is sent once and never kept on this computer.</source>
        <translation>Dùng tên người dùng và mật khẩu cơ quan đã cấp cho bạn. Mật khẩu chỉ được gửi một lần và không bao giờ được lưu trên máy này.</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>Địa &amp;chỉ máy chủ</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Tên người &amp;dùng</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mật khẩu</translation>
    </message>
    <message>
        <source>Next signs this computer in and receives your census list, your assignments and the forms and standards your office published. On a slow connection this can take a few minutes.</source>
        <translation>Nút Tiếp sẽ đăng nhập máy tính này và nhận danh sách rà soát, phân công của bạn cùng các biểu mẫu và chuẩn nghèo mà cơ quan đã công bố. Khi kết nối chậm, việc này có thể mất vài phút.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Đang đăng nhập…</translation>
    </message>
    <message>
        <source>Receiving your work from the server…</source>
        <translation>Đang nhận công việc của bạn từ máy chủ…</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Đã đăng nhập vào %1 với tên %2.</translation>
    </message>
    <message>
        <source>Received: %1 (%2 stored here).</source>
        <translation>Đã nhận: %1 (%2 đã lưu trên máy này).</translation>
    </message>
    <message>
        <source>The first sync was cancelled.</source>
        <translation>Lần đồng bộ đầu tiên đã bị hủy.</translation>
    </message>
    <message>
        <source>Press Next to try again; you stay signed in.</source>
        <translation>Nhấn Tiếp để thử lại; bạn vẫn đang đăng nhập.</translation>
    </message>
    <message>
        <source>Not installed (tell your supervisor): %1</source>
        <translation>Chưa cài được (hãy báo người giám sát): %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Install a poverty standard file</source>
        <translation>Thêm tệp chuẩn nghèo</translation>
    </message>
    <message>
        <source>Poverty standards (*.toml)</source>
        <translation>Chuẩn nghèo (*.toml)</translation>
    </message>
    <message>
        <source>Checking the standard file…</source>
        <translation>Đang kiểm tra tệp chuẩn nghèo…</translation>
    </message>
    <message>
        <source>Installed %1. Press OK to score the households under it.</source>
        <translation>Đã thêm %1. Nhấn OK để chấm điểm các hộ theo chuẩn này.</translation>
    </message>
    <message>
        <source>The household questionnaire shipped with Tinjau</source>
        <translation>Phiếu khảo sát hộ gia đình đi kèm Tinjau</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, phiên bản %2</translation>
    </message>
    <message>
        <source>Install a questionnaire</source>
        <translation>Cài đặt phiếu khảo sát</translation>
    </message>
    <message>
        <source>XLSForm workbooks (*.xlsx *.xls)</source>
        <translation>Sổ tính XLSForm (*.xlsx *.xls)</translation>
    </message>
    <message>
        <source>Checking the form…</source>
        <translation>Đang kiểm tra biểu mẫu…</translation>
    </message>
    <message>
        <source>This data folder already uses %1, version %2; nothing was changed.</source>
        <translation>Thư mục dữ liệu này đã dùng %1, phiên bản %2; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Installed %1, version %2: new interviews use it. Interviews begun before keep the version they were begun with.</source>
        <translation>Đã cài đặt %1, phiên bản %2: các cuộc phỏng vấn mới sẽ dùng nó. Các cuộc phỏng vấn đã bắt đầu trước đó giữ phiên bản ban đầu.</translation>
    </message>
    <message>
        <source>%1 reads answers this form does not ask: %2.</source>
        <translation>%1 đọc những câu trả lời mà biểu mẫu này không hỏi: %2.</translation>
    </message>
    <message>
        <source>Every poverty standard finds the answers it reads in this form.</source>
        <translation>Mọi chuẩn nghèo đều tìm thấy trong biểu mẫu này những câu trả lời cần đọc.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Thư mục dữ liệu</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Poverty standard</source>
        <translation>Chuẩn nghèo</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Phiếu khảo sát</translation>
    </message>
    <message>
        <source>Enumerator name</source>
        <translation>Tên điều tra viên</translation>
    </message>
    <message>
        <source>Enumerator ID</source>
        <translation>Mã điều tra viên</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Địa chỉ máy chủ</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Install a standard file…</source>
        <translation>Thêm tệp chuẩn nghèo…</translation>
    </message>
    <message>
        <source>Install a form…</source>
        <translation>Cài đặt biểu mẫu…</translation>
    </message>
    <message>
        <source>Make an XLSForm the questionnaire of this data folder's new interviews.</source>
        <translation>Dùng một XLSForm làm phiếu khảo sát cho các cuộc phỏng vấn mới của thư mục dữ liệu này.</translation>
    </message>
    <message>
        <source>The standard this data folder's households are scored under.</source>
        <translation>Chuẩn dùng để chấm điểm các hộ trong thư mục dữ liệu này.</translation>
    </message>
    <message>
        <source>The data folder has no Tinjau data (tinjau.sqlite). Choose a folder that has.</source>
        <translation>Thư mục dữ liệu này không có dữ liệu Tinjau (tinjau.sqlite). Hãy chọn thư mục có dữ liệu đó.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (plain http only for localhost).</source>
        <translation>Địa chỉ máy chủ phải bắt đầu bằng https:// (chỉ dùng http thường cho localhost).</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to server</source>
        <translation>Đăng nhập máy chủ</translation>
    </message>
    <message>
        <source>Sign this computer in to your office's Tinjau server to send your finished work. Your password is sent once and never kept on this computer.</source>
        <translation>Đăng nhập máy tính này vào máy chủ Tinjau của văn phòng để gửi công việc đã xong. Mật khẩu chỉ được gửi một lần và không bao giờ được lưu trên máy này.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Địa &amp;chỉ máy chủ:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Tên người dùng:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Đăng &amp;nhập</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Đăng &amp;xuất</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Đang đăng nhập…</translation>
    </message>
    <message>
        <source>This computer is not signed in to a server.</source>
        <translation>Máy tính này chưa đăng nhập vào máy chủ nào.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Đã đăng nhập vào %1 với tên %2.</translation>
    </message>
    <message>
        <source>Type the server's address.</source>
        <translation>Hãy nhập địa chỉ máy chủ.</translation>
    </message>
</context>
<context>
    <name>SyncError</name>
    <message>
        <source>That is not a server address. Type the address your supervisor gave you, such as https://tinjau.example.org.</source>
        <translation>Đó không phải là địa chỉ máy chủ. Hãy nhập địa chỉ giám sát viên đã đưa, ví dụ https://tinjau.example.org.</translation>
    </message>
    <message>
        <source>This address is plain http: your password and this computer's sign-in would cross the network unencrypted. Use the server's https:// address (plain http works only for a server on this computer itself).</source>
        <translation>Địa chỉ này là http thường: mật khẩu và thông tin đăng nhập của máy này sẽ đi qua mạng mà không được mã hóa. Hãy dùng địa chỉ https:// của máy chủ (http thường chỉ dùng cho máy chủ trên chính máy này).</translation>
    </message>
    <message>
        <source>Type your user name on the server.</source>
        <translation>Hãy nhập tên người dùng của bạn trên máy chủ.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Hãy nhập mật khẩu.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong. Check both (capital letters count) and try again.</source>
        <translation>Tên người dùng hoặc mật khẩu không đúng. Hãy kiểm tra cả hai (phân biệt chữ hoa) rồi thử lại.</translation>
    </message>
    <message>
        <source>Too many wrong passwords were typed here, so the server refuses sign-ins for a while. Wait a few minutes and try again, or ask your administrator to reset your password.</source>
        <translation>Đã nhập sai mật khẩu quá nhiều lần, nên máy chủ tạm thời từ chối đăng nhập. Hãy chờ vài phút rồi thử lại, hoặc nhờ quản trị viên đặt lại mật khẩu.</translation>
    </message>
    <message>
        <source>Your account is disabled on the server. Ask your administrator to enable it again.</source>
        <translation>Tài khoản của bạn đã bị khóa trên máy chủ. Hãy nhờ quản trị viên mở lại.</translation>
    </message>
    <message>
        <source>The server at %1 could not be reached. Check the address and the connection (Wi-Fi or mobile data), then try again. Nothing waiting to be sent was lost.</source>
        <translation>Không kết nối được máy chủ tại %1. Hãy kiểm tra địa chỉ và kết nối (Wi-Fi hoặc dữ liệu di động), rồi thử lại. Không mất gì trong số đang chờ gửi.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time. Try again when the connection is better. Nothing waiting to be sent was lost.</source>
        <translation>Máy chủ tại %1 không trả lời kịp. Hãy thử lại khi kết nối tốt hơn. Không mất gì trong số đang chờ gửi.</translation>
    </message>
    <message>
        <source>The address %1 did not answer like a Tinjau server. Check the address, or first sign in to the network in a web browser (a hotel or office Wi-Fi may ask).</source>
        <translation>Địa chỉ %1 không trả lời như một máy chủ Tinjau. Hãy kiểm tra địa chỉ, hoặc đăng nhập mạng trong trình duyệt trước (Wi-Fi khách sạn hay văn phòng có thể yêu cầu).</translation>
    </message>
    <message>
        <source>This computer is not signed in to a server yet. Sign in first (Sync &gt; Sign in to server…).</source>
        <translation>Máy tính này chưa đăng nhập vào máy chủ. Hãy đăng nhập trước (Đồng bộ &gt; Đăng nhập máy chủ…).</translation>
    </message>
    <message>
        <source>This computer's sign-in file is damaged. Sign in again (Sync &gt; Sign in to server…).</source>
        <translation>Tệp đăng nhập của máy này bị hỏng. Hãy đăng nhập lại (Đồng bộ &gt; Đăng nhập máy chủ…).</translation>
    </message>
    <message>
        <source>The server at %1 needs a newer version of Tinjau. Update the app, then sync again. Nothing waiting to be sent was lost.</source>
        <translation>Máy chủ tại %1 cần phiên bản Tinjau mới hơn. Hãy cập nhật ứng dụng rồi đồng bộ lại. Không mất gì trong số đang chờ gửi.</translation>
    </message>
    <message>
        <source>The server's answer could not be read, so nothing was marked as sent. Sync again; if it keeps happening, tell your administrator.</source>
        <translation>Không đọc được câu trả lời của máy chủ, nên chưa có gì được đánh dấu là đã gửi. Hãy đồng bộ lại; nếu vẫn xảy ra, hãy báo quản trị viên.</translation>
    </message>
    <message>
        <source>The server at %1 no longer accepts this computer's sign-in. Sign in again (Sync &gt; Sign in to server…). Nothing waiting to be sent was lost.</source>
        <translation>Máy chủ tại %1 không còn chấp nhận đăng nhập của máy này. Hãy đăng nhập lại (Đồng bộ &gt; Đăng nhập máy chủ…). Không mất gì trong số đang chờ gửi.</translation>
    </message>
    <message>
        <source>The server at %1 had a problem and could not take the work. Try again later. Nothing waiting to be sent was lost.</source>
        <translation>Máy chủ tại %1 gặp sự cố và không nhận được công việc. Hãy thử lại sau. Không mất gì trong số đang chờ gửi.</translation>
    </message>
    <message>
        <source>A file (a photo or a recording) that a completed interview names is missing from the data folder's attachments folder. Put the whole data folder back from a copy, then sync again. Nothing was lost on the server.</source>
        <translation>Một tệp (ảnh hoặc bản ghi âm) mà một cuộc phỏng vấn đã hoàn tất nêu tên không còn trong thư mục tệp đính kèm của thư mục dữ liệu. Hãy chép lại toàn bộ thư mục dữ liệu từ một bản sao, rồi đồng bộ lại. Không mất gì trên máy chủ.</translation>
    </message>
    <message>
        <source>A file (a photo or a recording) in the data folder's attachments folder was damaged on this computer: it no longer matches what its interview names. Put the data folder back from a copy, then sync again. Nothing of it was sent.</source>
        <translation>Một tệp (ảnh hoặc bản ghi âm) trong thư mục tệp đính kèm của thư mục dữ liệu đã bị hỏng trên máy tính này: nó không còn khớp với tệp mà cuộc phỏng vấn nêu tên. Hãy chép lại thư mục dữ liệu từ một bản sao, rồi đồng bộ lại. Chưa có phần nào của tệp được gửi.</translation>
    </message>
    <message>
        <source>A file (a photo or a recording) in the data folder's attachments folder is shorter than its interview says: it was changed on this computer. Put the data folder back from a copy, then sync again. Nothing of it was sent.</source>
        <translation>Một tệp (ảnh hoặc bản ghi âm) trong thư mục tệp đính kèm của thư mục dữ liệu ngắn hơn so với cuộc phỏng vấn ghi: nó đã bị thay đổi trên máy tính này. Hãy chép lại thư mục dữ liệu từ một bản sao, rồi đồng bộ lại. Chưa có phần nào của tệp được gửi.</translation>
    </message>
    <message>
        <source>The server at %1 answered about files in a way this app cannot read. Tell your administrator: the server or the app may need updating. Nothing waiting to be sent was lost.</source>
        <translation>Máy chủ tại %1 trả lời về các tệp theo cách mà ứng dụng này không đọc được. Hãy báo quản trị viên: máy chủ hoặc ứng dụng có thể cần cập nhật. Không mất gì trong số đang chờ gửi.</translation>
    </message>
    <message>
        <source>The server's answer to a pull could not be read, so nothing of it was stored. Sync again; if it keeps happening, tell your administrator.</source>
        <translation>Không đọc được câu trả lời của máy chủ khi nhận thay đổi, nên chưa có gì trong đó được lưu. Hãy đồng bộ lại; nếu vẫn xảy ra, hãy báo quản trị viên.</translation>
    </message>
    <message>
        <source>Changes from the server clash with records made on this computer (the same census entry or area under another id), so nothing of them was stored. Ask your supervisor to check the area's census list on the server.</source>
        <translation>Các thay đổi từ máy chủ xung đột với hồ sơ được tạo trên máy tính này (cùng một mục rà soát hoặc khu vực nhưng mang mã khác), nên chưa có gì trong đó được lưu. Hãy nhờ giám sát viên kiểm tra danh sách rà soát của khu vực trên máy chủ.</translation>
    </message>
    <message>
        <source>The server at %1 still lacks files (photos or recordings) that interviews waiting to be sent name, so it stored nothing. Sync again; if it keeps happening, tell your administrator. Nothing waiting to be sent was lost.</source>
        <translation>Máy chủ tại %1 vẫn thiếu các tệp (ảnh hoặc bản ghi âm) mà các cuộc phỏng vấn đang chờ gửi nêu tên, nên máy chủ chưa lưu gì. Hãy đồng bộ lại; nếu vẫn xảy ra, hãy báo quản trị viên. Không mất gì trong số đang chờ gửi.</translation>
    </message>
    <message>
        <source>An interview waiting to be sent was made with a form version the server at %1 does not have, so it stored nothing. Ask your supervisor to publish that form version on the server, then sync again. Nothing waiting to be sent was lost.</source>
        <translation>Một cuộc phỏng vấn đang chờ gửi được thực hiện với phiên bản biểu mẫu mà máy chủ tại %1 không có, nên máy chủ chưa lưu gì. Hãy nhờ giám sát viên công bố phiên bản biểu mẫu đó trên máy chủ, rồi đồng bộ lại. Không mất gì trong số đang chờ gửi.</translation>
    </message>
    <message>
        <source>The server at %1 refused the work (%2). Tell your administrator, giving them that code. Nothing waiting to be sent was lost.</source>
        <translation>Máy chủ tại %1 đã từ chối công việc (%2). Hãy báo quản trị viên và đưa mã đó. Không mất gì trong số đang chờ gửi.</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Hủ&amp;y</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Đồng bộ ng&amp;ay</translation>
    </message>
    <message>
        <source>Sync lo&amp;g</source>
        <translation>Nhật &amp;ký đồng bộ</translation>
    </message>
    <message>
        <source>Not signed in to a server.</source>
        <translation>Chưa đăng nhập vào máy chủ.</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>Đăng nhậ&amp;p…</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Đã đăng nhập vào %1 với tên %2.</translation>
    </message>
    <message>
        <source>Account…</source>
        <translation>Tài khoản…</translation>
    </message>
    <message>
        <source>Changes waiting to be sent: %1</source>
        <translation>Thay đổi đang chờ gửi: %1</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>Lần đồng bộ thành công gần nhất: %1</translation>
    </message>
    <message>
        <source>Last successful sync: never</source>
        <translation>Lần đồng bộ thành công gần nhất: chưa có</translation>
    </message>
    <message>
        <source>Sending: %1 of %2 changes</source>
        <translation>Đang gửi: %1 trên %2 thay đổi</translation>
    </message>
    <message>
        <source>Receiving: %1 of %2 changes</source>
        <translation>Đang nhận: %1 trên %2 thay đổi</translation>
    </message>
    <message>
        <source>Receiving…</source>
        <translation>Đang nhận…</translation>
    </message>
    <message>
        <source>Syncing: %1 of %2</source>
        <translation>Đang đồng bộ: %1 trên %2</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <source>Trying again in %1 s (try %2).</source>
        <translation>Thử lại sau %1 giây (lần %2).</translation>
    </message>
    <message>
        <source>Stopping after the batch being sent… nothing is lost.</source>
        <translation>Dừng sau lô đang gửi… không mất gì.</translation>
    </message>
    <message>
        <source>Nothing was sent. Still waiting: %1.</source>
        <translation>Chưa gửi được gì. Còn chờ: %1.</translation>
    </message>
    <message>
        <source>Changes sent: %1 (%2 accepted, %3 already on the server, %4 in conflict). Still waiting: %5.</source>
        <translation>Thay đổi đã gửi: %1 (%2 được nhận, %3 đã có trên máy chủ, %4 xung đột). Còn chờ: %5.</translation>
    </message>
    <message>
        <source>Cancelled; sync again to send the rest.</source>
        <translation>Đã hủy; hãy đồng bộ lại để gửi phần còn lại.</translation>
    </message>
    <message>
        <source>Conflicts (the server kept both versions for the ward officer): %1.</source>
        <translation>Xung đột (máy chủ giữ cả hai phiên bản cho cán bộ phường): %1.</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Hoàn tất</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>Chưa xong</translation>
    </message>
    <message>
        <source>No syncs yet.</source>
        <translation>Chưa có lần đồng bộ nào.</translation>
    </message>
    <message>
        <source>Not installed (tell your supervisor): %1</source>
        <translation>Chưa cài được (hãy báo người giám sát): %1</translation>
    </message>
    <message>
        <source>Uploading files: %1 of %2</source>
        <translation>Đang tải tệp lên: %1 trên %2</translation>
    </message>
    <message>
        <source>Uploading files…</source>
        <translation>Đang tải tệp lên…</translation>
    </message>
    <message>
        <source>Nothing was waiting to be sent.</source>
        <translation>Không có gì chờ gửi.</translation>
    </message>
    <message>
        <source>Files uploaded: %1 (%2).</source>
        <translation>Tệp đã tải lên: %1 (%2).</translation>
    </message>
    <message>
        <source>Received: %1 (%2 stored here, %3 kept as changed here).</source>
        <translation>Đã nhận: %1 (%2 đã lưu trên máy này, %3 giữ nguyên bản đã sửa trên máy này).</translation>
    </message>
</context>
<context>
    <name>VisitOutcomeDialog</name>
    <message>
        <source>Mark not found</source>
        <translation>Đánh dấu không gặp được</translation>
    </message>
    <message>
        <source>Mark refused</source>
        <translation>Đánh dấu từ chối</translation>
    </message>
    <message>
        <source>Nobody was found at unit %1, or the unit is empty or gone. Mark the visit not found? You can still interview the household when you come back.</source>
        <translation>Không gặp được ai ở căn hộ %1, hoặc căn hộ bỏ trống hay không còn nữa. Đánh dấu lần đến này là không gặp được? Khi quay lại, bạn vẫn có thể phỏng vấn hộ này.</translation>
    </message>
    <message>
        <source>The household at unit %1 declined the interview. Mark the visit refused? You can still interview the household if they agree later.</source>
        <translation>Hộ ở căn hộ %1 từ chối phỏng vấn. Đánh dấu lần đến này là từ chối? Nếu sau này hộ đồng ý, bạn vẫn có thể phỏng vấn.</translation>
    </message>
    <message>
        <source>&amp;Note (optional)</source>
        <translation>&amp;Ghi chú (không bắt buộc)</translation>
    </message>
    <message>
        <source>e.g. come back after 6 pm</source>
        <translation>vd. quay lại sau 6 giờ chiều</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <source>No data folder is open. Choose one in Settings and try again.</source>
        <translation>Chưa mở thư mục dữ liệu nào. Hãy chọn một thư mục trong Cài đặt rồi thử lại.</translation>
    </message>
    <message>
        <source>Something went wrong and the work was not finished. Please try again; if it keeps happening, tell your supervisor.</source>
        <translation>Đã xảy ra lỗi và công việc chưa hoàn tất. Vui lòng thử lại; nếu vẫn gặp lỗi, hãy báo cho người giám sát.</translation>
    </message>
    <message>
        <source>Something went wrong and the work was not finished. Please try again; if it keeps happening, tell your supervisor (the details are in {log}).</source>
        <translation>Đã xảy ra lỗi và công việc chưa hoàn tất. Vui lòng thử lại; nếu vẫn gặp lỗi, hãy báo cho người giám sát (chi tiết có trong {log}).</translation>
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
        <translation>Thư mục {folder} không có dữ liệu Tinjau (tinjau.sqlite). Hãy chọn thư mục dữ liệu khác trong Cài đặt, hoặc tạo thư mục mẫu bằng lệnh: tinjau demo --data-dir FOLDER</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Something went wrong inside Tinjau. The answers of the open interview were saved.</source>
        <translation>Đã xảy ra lỗi trong Tinjau. Các câu trả lời của cuộc phỏng vấn đang mở đã được lưu.</translation>
    </message>
    <message>
        <source>A report without personal data was written to %1; give it to your supervisor.</source>
        <translation>Một báo cáo không chứa dữ liệu cá nhân đã được ghi vào %1; hãy đưa nó cho người giám sát.</translation>
    </message>
    <message>
        <source>If the window misbehaves now, close Tinjau and start it again.</source>
        <translation>Nếu cửa sổ hoạt động bất thường, hãy đóng Tinjau và mở lại.</translation>
    </message>
    <message>
        <source>Tinjau</source>
        <translation>Tinjau</translation>
    </message>
    <message>
        <source>Something went wrong inside Tinjau. The answers of the open interview may not have been saved; reopen the interview and check its last answers.</source>
        <translation>Đã xảy ra lỗi trong Tinjau. Các câu trả lời của cuộc phỏng vấn đang mở có thể chưa được lưu; hãy mở lại cuộc phỏng vấn và kiểm tra các câu trả lời cuối cùng.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Tinjau — first start</source>
        <translation>Tinjau — khởi động lần đầu</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>InterviewPage</name>
    <message>
        <source>How an interview works</source>
        <translation>Cách tiến hành một cuộc phỏng vấn</translation>
    </message>
    <message>
        <source>Five steps, at each door.</source>
        <translation>Năm bước, tại mỗi cửa nhà.</translation>
    </message>
    <message>
        <source>Find the household in the census list: type part of a name, an ID or the unit, then press Enter.</source>
        <translation>Tìm hộ trong danh sách rà soát: gõ một phần tên, số định danh hoặc căn hộ, rồi nhấn Enter.</translation>
    </message>
    <message>
        <source>Press Enter again to open its interview. Ask each question and type the answer; every answer is saved as you type.</source>
        <translation>Nhấn Enter lần nữa để mở cuộc phỏng vấn của hộ. Hỏi từng câu và gõ câu trả lời; mọi câu trả lời được lưu ngay khi bạn gõ.</translation>
    </message>
    <message>
        <source>Add each member of the household in the members table.</source>
        <translation>Thêm từng thành viên của hộ vào bảng thành viên.</translation>
    </message>
    <message>
        <source>Press Complete when every required answer is given: the household's poverty status shows at once.</source>
        <translation>Nhấn Hoàn thành khi đã có mọi câu trả lời bắt buộc: tình trạng nghèo của hộ hiện ra ngay.</translation>
    </message>
    <message>
        <source>Nobody at home, or the household refused? Mark the visit in the Household menu instead.</source>
        <translation>Không có ai ở nhà, hoặc hộ từ chối? Hãy ghi nhận lần đến đó trong trình đơn Hộ.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Welcome to Tinjau</source>
        <translation>Chào mừng đến với Tinjau</translation>
    </message>
    <message>
        <source>This assistant prepares this computer for your interviews.</source>
        <translation>Trợ lý này chuẩn bị máy tính cho các cuộc phỏng vấn của bạn.</translation>
    </message>
    <message>
        <source>Choose the &amp;language of the app:</source>
        <translation>Chọn &amp;ngôn ngữ của ứng dụng:</translation>
    </message>
</context>
<context>
    <name>ModePage</name>
    <message>
        <source>How will you work?</source>
        <translation>Bạn sẽ làm việc thế nào?</translation>
    </message>
    <message>
        <source>Your interviews are always kept on this computer first.</source>
        <translation>Các cuộc phỏng vấn của bạn luôn được lưu trên máy tính này trước tiên.</translation>
    </message>
    <message>
        <source>Connect to my office's &amp;server</source>
        <translation>Kết nối với &amp;máy chủ của cơ quan</translation>
    </message>
    <message>
        <source>Signing in and sending interviews from here comes in a later version.</source>
        <translation>Đăng nhập và gửi phỏng vấn từ đây sẽ có trong phiên bản sau.</translation>
    </message>
    <message>
        <source>Sign in with the username and password your office gave you.</source>
        <translation>Đăng nhập bằng tên người dùng và mật khẩu cơ quan đã cấp cho bạn.</translation>
    </message>
    <message>
        <source>&amp;Work offline for now, with a workspace on this computer</source>
        <translation>&amp;Làm việc ngoại tuyến trước, với không gian làm việc trên máy tính này</translation>
    </message>
    <message>
        <source>&amp;Work offline, with a workspace on this computer</source>
        <translation>&amp;Làm việc ngoại tuyến, với không gian làm việc trên máy tính này</translation>
    </message>
    <message>
        <source>Choose the country and the area you survey; then import your census list or add households as you visit them.</source>
        <translation>Chọn quốc gia và địa bàn bạn điều tra; sau đó nhập danh sách rà soát hoặc thêm hộ khi bạn đến thăm.</translation>
    </message>
</context>
<context>
    <name>WorkerPage</name>
    <message>
        <source>About you</source>
        <translation>Về bạn</translation>
    </message>
    <message>
        <source>Your name and enumerator ID are recorded on each interview.</source>
        <translation>Tên và mã điều tra viên của bạn được ghi trên mỗi cuộc phỏng vấn.</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>&amp;Tên của bạn</translation>
    </message>
    <message>
        <source>Enumerator &amp;ID</source>
        <translation>&amp;Mã điều tra viên</translation>
    </message>
    <message>
        <source>as given by your office</source>
        <translation>do cơ quan cấp</translation>
    </message>
    <message>
        <source>You can change them later in File &gt; Settings.</source>
        <translation>Bạn có thể đổi sau trong Tệp &gt; Cài đặt.</translation>
    </message>
    <message>
        <source>Type your name.</source>
        <translation>Hãy gõ tên của bạn.</translation>
    </message>
    <message>
        <source>Type the enumerator ID your office gave you.</source>
        <translation>Hãy gõ mã điều tra viên cơ quan đã cấp cho bạn.</translation>
    </message>
    <message>
        <source>The name or the ID is too long; shorten it.</source>
        <translation>Tên hoặc mã quá dài; hãy rút ngắn.</translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <source>Your workspace</source>
        <translation>Không gian làm việc của bạn</translation>
    </message>
    <message>
        <source>The folder on this computer that keeps your households and interviews.</source>
        <translation>Thư mục trên máy tính này lưu các hộ và cuộc phỏng vấn của bạn.</translation>
    </message>
    <message>
        <source>The country decides how ID numbers and phone numbers are checked and which poverty standard is used. Name the areas from the top; the lower ones may stay empty.</source>
        <translation>Quốc gia quyết định cách kiểm tra số định danh, số điện thoại và chuẩn nghèo được dùng. Đặt tên địa bàn từ cấp trên; các cấp dưới có thể để trống.</translation>
    </message>
    <message>
        <source>The country decides how ID numbers and phone numbers are checked and which poverty standard is used. Your areas, census list and assignments come from the server on the next page.</source>
        <translation>Quốc gia quyết định cách kiểm tra số định danh, số điện thoại và chuẩn nghèo được dùng. Địa bàn, danh sách rà soát và phân công của bạn sẽ được nhận từ máy chủ ở trang tiếp theo.</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>The chosen file cannot be read; check that it is still there and choose it again. Nothing was changed.</source>
        <translation>Không đọc được tệp đã chọn; hãy kiểm tra tệp vẫn còn đó và chọn lại. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The chosen file is empty; choose another. Nothing was changed.</source>
        <translation>Tệp đã chọn trống; hãy chọn tệp khác. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The chosen file is larger than the {limit} MB this question takes; choose a smaller one. Nothing was changed.</source>
        <translation>Tệp đã chọn lớn hơn {limit} MB mà câu hỏi này nhận; hãy chọn tệp nhỏ hơn. Không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>This question takes a photo (JPEG, PNG, GIF, WebP, BMP or HEIC), and the chosen file is not one, judging by its content. Choose another file; nothing was changed.</source>
        <translation>Câu hỏi này nhận một ảnh (JPEG, PNG, GIF, WebP, BMP hoặc HEIC), nhưng xét theo nội dung thì tệp đã chọn không phải là ảnh. Hãy chọn tệp khác; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>This question takes a sound recording (MP3, M4A, WAV, Ogg, FLAC or AMR), and the chosen file is not one, judging by its content. Choose another file; nothing was changed.</source>
        <translation>Câu hỏi này nhận một bản ghi âm (MP3, M4A, WAV, Ogg, FLAC hoặc AMR), nhưng xét theo nội dung thì tệp đã chọn không phải là bản ghi âm. Hãy chọn tệp khác; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>This question takes a video (MP4, 3GP, MOV, WebM or AVI), and the chosen file is not one, judging by its content. Choose another file; nothing was changed.</source>
        <translation>Câu hỏi này nhận một video (MP4, 3GP, MOV, WebM hoặc AVI), nhưng xét theo nội dung thì tệp đã chọn không phải là video. Hãy chọn tệp khác; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>This photo is {width} x {height} pixels; the form takes at most {limit} pixels on its longest side. Choose a smaller photo or scale it down first; nothing was changed.</source>
        <translation>Ảnh này có kích thước {width} x {height} điểm ảnh; biểu mẫu chỉ nhận tối đa {limit} điểm ảnh ở cạnh dài nhất. Hãy chọn ảnh nhỏ hơn hoặc thu nhỏ ảnh trước; không có gì bị thay đổi.</translation>
    </message>
</context>
<context>
    <name>FileEditor</name>
    <message>
        <source>Choose file…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Open the file in the computer's own program</source>
        <translation>Mở tệp bằng chương trình của máy tính</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Choose a file for this question</source>
        <translation>Chọn một tệp cho câu hỏi này</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Sound recordings (%1)</source>
        <translation>Bản ghi âm (%1)</translation>
    </message>
    <message>
        <source>Videos (%1)</source>
        <translation>Video (%1)</translation>
    </message>
    <message>
        <source>Photos (%1)</source>
        <translation>Ảnh (%1)</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Chưa chọn tệp</translation>
    </message>
    <message>
        <source>%1 — the file is not on this device</source>
        <translation>%1 — tệp không có trên thiết bị này</translation>
    </message>
    <message>
        <source>This file cannot be opened: it was damaged on this device.</source>
        <translation>Không mở được tệp này: tệp đã bị hỏng trên thiết bị này.</translation>
    </message>
    <message>
        <source>Opening the file…</source>
        <translation>Đang mở tệp…</translation>
    </message>
</context>
<context>
    <name>RankEditor</name>
    <message>
        <source>Ctrl+Up and Ctrl+Down move the chosen item; a number puts it at that place; Space keeps the order shown.</source>
        <translation>Ctrl+Lên và Ctrl+Xuống di chuyển mục đang chọn; một chữ số đặt nó vào vị trí đó; Space giữ thứ tự đang hiển thị.</translation>
    </message>
</context>
<context>
    <name>RangeEditor</name>
    <message>
        <source>Write a number from %1 to %2 in steps of %3.</source>
        <translation>Hãy ghi một số từ %1 đến %2, mỗi bước %3.</translation>
    </message>
</context>
<context>
    <name>TraceEditor</name>
    <message>
        <source>Point %1: write the latitude and the longitude (altitude and accuracy may follow), e.g. 3.1390 101.6869.</source>
        <translation>Điểm %1: ghi vĩ độ và kinh độ (có thể thêm độ cao và độ chính xác), ví dụ 3.1390 101.6869.</translation>
    </message>
    <message>
        <source>Point %1: the latitude is from -90 to 90 and the longitude from -180 to 180.</source>
        <translation>Điểm %1: vĩ độ từ -90 đến 90 và kinh độ từ -180 đến 180.</translation>
    </message>
    <message>
        <source>An area needs at least 3 different points, separated by ;.</source>
        <translation>Một vùng cần ít nhất 3 điểm khác nhau, ngăn cách bằng dấu ;.</translation>
    </message>
    <message>
        <source>A line needs at least 2 points, separated by ;.</source>
        <translation>Một đường cần ít nhất 2 điểm, ngăn cách bằng dấu ;.</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <source>Tinjau — reports</source>
        <translation>Tinjau — báo cáo</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Địa bàn:</translation>
    </message>
    <message>
        <source>Poverty &amp;standard:</source>
        <translation>&amp;Chuẩn nghèo:</translation>
    </message>
    <message>
        <source>&amp;Per:</source>
        <translation>&amp;Theo:</translation>
    </message>
    <message>
        <source>district</source>
        <translation>quận/huyện</translation>
    </message>
    <message>
        <source>ward</source>
        <translation>phường/xã</translation>
    </message>
    <message>
        <source>site</source>
        <translation>khu dân cư</translation>
    </message>
    <message>
        <source>block</source>
        <translation>lô</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>X&amp;uất ra Excel…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Tỷ lệ hoàn thành</translation>
    </message>
    <message>
        <source>Poverty</source>
        <translation>Nghèo</translation>
    </message>
    <message>
        <source>Priority list</source>
        <translation>Danh sách ưu tiên</translation>
    </message>
    <message>
        <source>Area profile</source>
        <translation>Hồ sơ địa bàn</translation>
    </message>
    <message>
        <source>Survey rounds</source>
        <translation>Các đợt điều tra</translation>
    </message>
    <message>
        <source>Change between survey rounds cannot be shown yet: Tinjau does not record survey rounds. Each household keeps its latest finished interview, so a second survey of the same area replaces the first instead of being compared with it.</source>
        <translation>Chưa thể hiển thị thay đổi giữa các đợt điều tra: Tinjau chưa ghi nhận các đợt điều tra. Mỗi hộ giữ cuộc phỏng vấn hoàn thành gần nhất, nên đợt điều tra thứ hai ở cùng địa bàn thay thế đợt đầu chứ không được so sánh với nó.</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Tất cả địa bàn</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Đang đếm…</translation>
    </message>
    <message>
        <source>Counting the households for the report…</source>
        <translation>Đang đếm các hộ cho báo cáo…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>%1 finished interviews were left out: their answers hold text where the standard reads a number.</source>
        <translation>%1 cuộc phỏng vấn đã hoàn thành bị bỏ qua: câu trả lời có chữ ở chỗ chuẩn nghèo cần một số.</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Trong danh sách</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>Đã đến</translation>
    </message>
    <message>
        <source>Visited, no interview</source>
        <translation>Đã đến, không phỏng vấn được</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Trả lại</translation>
    </message>
    <message>
        <source>Households per area</source>
        <translation>Số hộ theo địa bàn</translation>
    </message>
    <message>
        <source>Enumerator</source>
        <translation>Điều tra viên</translation>
    </message>
    <message>
        <source>Day (UTC)</source>
        <translation>Ngày (UTC)</translation>
    </message>
    <message>
        <source>Interviews finished</source>
        <translation>Phỏng vấn hoàn thành</translation>
    </message>
    <message>
        <source>Interviews finished per day (UTC)</source>
        <translation>Phỏng vấn hoàn thành mỗi ngày (UTC)</translation>
    </message>
    <message>
        <source>Standard: %1 (version %2)</source>
        <translation>Chuẩn nghèo: %1 (phiên bản %2)</translation>
    </message>
    <message>
        <source>Households assessed</source>
        <translation>Hộ đã đánh giá</translation>
    </message>
    <message>
        <source>%1 (share)</source>
        <translation>%1 (tỷ lệ)</translation>
    </message>
    <message>
        <source>Share of households in each status</source>
        <translation>Tỷ lệ hộ theo từng tình trạng</translation>
    </message>
    <message>
        <source>This standard decides poverty by income alone: it has no deprivation indicators, so there are no Alkire-Foster measures (H, A, M0) for it.</source>
        <translation>Chuẩn nghèo này xác định nghèo chỉ theo thu nhập: không có chỉ số thiếu hụt, nên không có các chỉ số Alkire-Foster (H, A, M0).</translation>
    </message>
    <message>
        <source>Alkire-Foster measures over persons: H is the share of people who are poor, A the average share of weighted deprivations among them, M0 = H × A.</source>
        <translation>Các chỉ số Alkire-Foster theo người: H là tỷ lệ người nghèo, A là tỷ lệ thiếu hụt có trọng số trung bình của họ, M0 = H × A.</translation>
    </message>
    <message>
        <source>Insufficient data</source>
        <translation>Không đủ dữ liệu</translation>
    </message>
    <message>
        <source>Alkire-Foster measures per area</source>
        <translation>Chỉ số Alkire-Foster theo địa bàn</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>Contribution of each indicator to M0</source>
        <translation>Đóng góp của từng chỉ số vào M0</translation>
    </message>
    <message>
        <source>Contribution of each dimension to M0</source>
        <translation>Đóng góp của từng chiều vào M0</translation>
    </message>
    <message>
        <source>Households in need, most severe status first, then the highest deprivation score, then the lowest income per person. Enter or double-click opens one.</source>
        <translation>Các hộ cần hỗ trợ: tình trạng nặng nhất trước, rồi điểm thiếu hụt cao nhất, rồi thu nhập bình quân đầu người thấp nhất. Nhấn Enter hoặc nhấp đúp để mở hộ.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Căn hộ</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Lô</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>Chủ hộ</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Income per person</source>
        <translation>Thu nhập bình quân đầu người</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Công dân</translation>
    </message>
    <message>
        <source>Permanent residents</source>
        <translation>Thường trú nhân</translation>
    </message>
    <message>
        <source>Foreign nationals</source>
        <translation>Người nước ngoài</translation>
    </message>
    <message>
        <source>No citizenship document</source>
        <translation>Không có giấy tờ quốc tịch</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Chưa trả lời</translation>
    </message>
    <message>
        <source>Households interviewed</source>
        <translation>Hộ đã phỏng vấn</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Số người</translation>
    </message>
    <message>
        <source>Elderly people (60 or over) living alone</source>
        <translation>Người cao tuổi (từ 60) sống một mình</translation>
    </message>
    <message>
        <source>Members with a disability</source>
        <translation>Thành viên khuyết tật</translation>
    </message>
    <message>
        <source>Heads of household: %1</source>
        <translation>Chủ hộ: %1</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Population by age group and sex</source>
        <translation>Dân số theo nhóm tuổi và giới tính</translation>
    </message>
    <message>
        <source>Household size</source>
        <translation>Quy mô hộ</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>Số hộ</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Xuất ra Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Sổ tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Đang xuất…</translation>
    </message>
    <message>
        <source>Stopping the export…</source>
        <translation>Đang dừng xuất…</translation>
    </message>
    <message>
        <source>The export was stopped; no file was written.</source>
        <translation>Đã dừng xuất; không có tệp nào được ghi.</translation>
    </message>
    <message>
        <source>Saved %1: %2 households, %3 members.</source>
        <translation>Đã lưu %1: %2 hộ, %3 thành viên.</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Bản đồ</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>&amp;Khu dân cư:</translation>
    </message>
    <message>
        <source>Colour &amp;by:</source>
        <translation>Tô &amp;màu theo:</translation>
    </message>
    <message>
        <source>poverty status</source>
        <translation>tình trạng nghèo</translation>
    </message>
    <message>
        <source>visit status</source>
        <translation>tình trạng đến hộ</translation>
    </message>
    <message>
        <source>Save site &amp;map as PNG…</source>
        <translation>&amp;Lưu bản đồ khu dân cư thành PNG…</translation>
    </message>
    <message>
        <source>&amp;Load area boundaries (GeoJSON)…</source>
        <translation>Tải &amp;ranh giới địa bàn (GeoJSON)…</translation>
    </message>
    <message>
        <source>Save &amp;rates map as PNG…</source>
        <translation>Lưu bản đồ tỷ lệ thành &amp;PNG…</translation>
    </message>
    <message>
        <source>Each square is a unit, floors from the top down. Click a unit, or move with the arrow keys and press Enter, to open its household.</source>
        <translation>Mỗi ô là một căn hộ, các tầng từ trên xuống. Nhấp vào căn hộ, hoặc di chuyển bằng phím mũi tên rồi nhấn Enter, để mở hộ.</translation>
    </message>
    <message>
        <source>Area boundaries</source>
        <translation>Ranh giới địa bàn</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson *.json)</source>
        <translation>GeoJSON (*.geojson *.json)</translation>
    </message>
    <message>
        <source>Share of households in need under %1</source>
        <translation>Tỷ lệ hộ cần hỗ trợ theo %1</translation>
    </message>
    <message>
        <source>No area of this workspace has a code the boundary file gives; check that each feature's code property holds an area code such as LPT01.</source>
        <translation>Không địa bàn nào trong không gian làm việc này có mã mà tệp ranh giới đưa ra; hãy kiểm tra thuộc tính code của mỗi đối tượng chứa mã địa bàn như LPT01.</translation>
    </message>
    <message>
        <source>Boundaries with no area of that code in this workspace: %1.</source>
        <translation>Ranh giới không có địa bàn nào mang mã đó trong không gian làm việc này: %1.</translation>
    </message>
    <message>
        <source>Areas with no boundary in the file (not drawn): %1.</source>
        <translation>Địa bàn không có ranh giới trong tệp (không vẽ): %1.</translation>
    </message>
    <message>
        <source>Save as PNG</source>
        <translation>Lưu thành PNG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>The picture could not be saved in %1; choose another folder.</source>
        <translation>Không lưu được ảnh vào %1; hãy chọn thư mục khác.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Đã lưu %1.</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Lưu thành PD&amp;F…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Lưu thành PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1: %2 pages.</source>
        <translation>Đã lưu %1: %2 trang.</translation>
    </message>
    <message>
        <source>No survey round covers this area yet. A supervisor opens one with tinjau round open; the interviews begun after that belong to it, and this tab compares each round with the one before.</source>
        <translation>Chưa có đợt điều tra nào cho khu vực này. Người giám sát mở một đợt bằng lệnh tinjau round open; các cuộc phỏng vấn bắt đầu sau đó thuộc về đợt ấy, và thẻ này so sánh mỗi đợt với đợt trước.</translation>
    </message>
    <message>
        <source>Survey rounds of %1 under %2. Each household counts with its latest finished interview in each round.</source>
        <translation>Các đợt điều tra của %1 theo %2. Mỗi hộ được tính theo cuộc phỏng vấn hoàn thành gần nhất của hộ trong từng đợt.</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Đợt</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ngày mở</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ngày đóng</translation>
    </message>
    <message>
        <source>open</source>
        <translation>đang mở</translation>
    </message>
    <message>
        <source>%1 since %2: %3 households in both rounds, %4 new, %5 not revisited.</source>
        <translation>%1 so với %2: %3 hộ có trong cả hai đợt, %4 hộ mới, %5 hộ không được khảo sát lại.</translation>
    </message>
    <message>
        <source>Only one round so far: the change shows once the area has a second.</source>
        <translation>Mới có một đợt: thay đổi sẽ hiện khi khu vực có đợt thứ hai.</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Các đợt</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Trước</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sau</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Vào</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Ra</translation>
    </message>
    <message>
        <source>Stayed</source>
        <translation>Giữ nguyên</translation>
    </message>
    <message>
        <source>Income line</source>
        <translation>Ngưỡng thu nhập</translation>
    </message>
    <message>
        <source>Persons deprived in each indicator, per round</source>
        <translation>Số người thiếu hụt theo từng chỉ số, theo đợt</translation>
    </message>
    <message>
        <source>Persons under each income line, per round</source>
        <translation>Số người dưới từng ngưỡng thu nhập, theo đợt</translation>
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
        <translation>Chưa có phỏng vấn hoàn thành</translation>
    </message>
    <message>
        <source>Visit status</source>
        <translation>Tình trạng đến hộ</translation>
    </message>
    <message>
        <source>Poverty status</source>
        <translation>Tình trạng nghèo</translation>
    </message>
    <message>
        <source>no household</source>
        <translation>không có hộ</translation>
    </message>
    <message>
        <source>Unit %1: %2</source>
        <translation>Căn hộ %1: %2</translation>
    </message>
    <message>
        <source>%1% to under %2%</source>
        <translation>%1% đến dưới %2%</translation>
    </message>
    <message>
        <source>%1% or more</source>
        <translation>%1% trở lên</translation>
    </message>
    <message>
        <source>No households assessed</source>
        <translation>Không có hộ được đánh giá</translation>
    </message>
    <message>
        <source>No such area in this workspace</source>
        <translation>Không có địa bàn này trong không gian làm việc</translation>
    </message>
    <message>
        <source>Households in need</source>
        <translation>Hộ cần hỗ trợ</translation>
    </message>
    <message>
        <source>Site map</source>
        <translation>Bản đồ khu dân cư</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Coverage</source>
        <translation>Tỷ lệ hoàn thành</translation>
    </message>
    <message>
        <source>Households in each poverty status</source>
        <translation>Số hộ theo từng tình trạng nghèo</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Tất cả địa bàn</translation>
    </message>
    <message>
        <source>Survey report: %1</source>
        <translation>Báo cáo điều tra: %1</translation>
    </message>
    <message>
        <source>Poverty standard: %1 (version %2). Made %3 (UTC) from the data folder's finished interviews.</source>
        <translation>Chuẩn nghèo: %1 (phiên bản %2). Lập lúc %3 (UTC) từ các cuộc phỏng vấn đã hoàn thành trong thư mục dữ liệu.</translation>
    </message>
    <message>
        <source>Alkire-Foster measures</source>
        <translation>Các chỉ số Alkire-Foster</translation>
    </message>
    <message>
        <source>Site map: %1</source>
        <translation>Bản đồ khu dân cư: %1</translation>
    </message>
</context>
<context>
    <name>SurveyRounds</name>
    <message>
        <source>Give the survey round a name, for example "2027 follow-up".</source>
        <translation>Hãy đặt tên cho đợt điều tra, ví dụ "2027 follow-up".</translation>
    </message>
    <message>
        <source>A survey round's name has at most {limit} characters; shorten it.</source>
        <translation>Tên đợt điều tra dài tối đa {limit} ký tự; hãy rút ngắn.</translation>
    </message>
    <message>
        <source>There is no area {area} in this workspace. Give an area's code or path as `tinjau report coverage` lists them; nothing was changed.</source>
        <translation>Không có khu vực {area} trong không gian làm việc này. Hãy nhập mã hoặc đường dẫn khu vực như `tinjau report coverage` liệt kê; chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>More than one area has the code {area} ({first}, {second}, ...). Give the whole path instead; nothing was changed.</source>
        <translation>Có nhiều khu vực mang mã {area} ({first}, {second}, ...). Hãy nhập cả đường dẫn; chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>{area} is a single unit; a survey round covers a block or a larger area. Nothing was changed.</source>
        <translation>{area} là một căn hộ; đợt điều tra bao gồm một tòa nhà hoặc khu vực lớn hơn. Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>{area} already has an open survey round, {round}. Close it first (tinjau round close), then open the next one; nothing was changed.</source>
        <translation>{area} đã có một đợt điều tra đang mở, {round}. Hãy đóng đợt đó trước (tinjau round close), rồi mở đợt tiếp theo; chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>{area} already has a survey round named {round}. Choose another name; nothing was changed.</source>
        <translation>{area} đã có đợt điều tra tên {round}. Hãy chọn tên khác; chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>A new survey round of {area} cannot open before its previous round did ({date}). Give a later date; nothing was changed.</source>
        <translation>Đợt điều tra mới của {area} không thể mở trước ngày đợt trước đã mở ({date}). Hãy chọn ngày sau đó; chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>There is no survey round {round} in this workspace; `tinjau round list` shows them.</source>
        <translation>Không có đợt điều tra {round} trong không gian làm việc này; `tinjau round list` liệt kê các đợt.</translation>
    </message>
    <message>
        <source>More than one area has a survey round named {round} ({first}, {second}). Name the area with --area; nothing was changed.</source>
        <translation>Có nhiều khu vực có đợt điều tra tên {round} ({first}, {second}). Hãy chỉ rõ khu vực bằng --area; chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The survey round {round} was already closed on {date}.</source>
        <translation>Đợt điều tra {round} đã được đóng ngày {date}.</translation>
    </message>
    <message>
        <source>The survey round {round} opened on {date}; it cannot close before that. Give a later date; nothing was changed.</source>
        <translation>Đợt điều tra {round} mở ngày {date}; không thể đóng trước ngày đó. Hãy chọn ngày sau đó; chưa có gì bị thay đổi.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock the workspace</source>
        <translation>Mở khóa không gian làm việc</translation>
    </message>
    <message>
        <source>This workspace is encrypted. Type its passphrase to open it.</source>
        <translation>Không gian làm việc này đã được mã hóa. Hãy nhập cụm mật khẩu để mở.</translation>
    </message>
    <message>
        <source>Choose a passphrase for this workspace (at least 8 characters), and type it twice. It encrypts the data on this computer. Write it down somewhere safe: if both the passphrase and its recovery key are lost, the data is gone and nobody can recover it.</source>
        <translation>Chọn một cụm mật khẩu cho không gian làm việc này (ít nhất 8 ký tự) và nhập hai lần. Nó mã hóa dữ liệu trên máy tính này. Hãy ghi lại ở nơi an toàn: nếu mất cả cụm mật khẩu lẫn khóa khôi phục của nó, dữ liệu sẽ mất và không ai có thể khôi phục.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cụm mật khẩu</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Nhập lại cụm mật khẩu</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least 8 characters.</source>
        <translation>Cụm mật khẩu quá ngắn: hãy dùng ít nhất 8 ký tự.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type them again.</source>
        <translation>Hai cụm mật khẩu không giống nhau. Hãy nhập lại.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Đang mở khóa…</translation>
    </message>
    <message>
        <source>That passphrase does not open this workspace. Check it (capital letters count) and try again. Attempts: %1.</source>
        <translation>Cụm mật khẩu này không mở được không gian làm việc. Hãy kiểm tra (phân biệt chữ hoa) và thử lại. Số lần thử: %1.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Khóa khôi phục</translation>
    </message>
    <message>
        <source>Write this recovery key down now and keep it apart from the computer: it is shown only this once. With it a supervisor can set a new passphrase. If both the passphrase and the recovery key are lost, the data is gone: nobody can open it.</source>
        <translation>Hãy ghi lại khóa khôi phục này ngay và cất riêng, không để cùng máy tính: nó chỉ hiện một lần này. Với nó, người giám sát có thể đặt cụm mật khẩu mới. Nếu mất cả cụm mật khẩu lẫn khóa khôi phục, dữ liệu sẽ mất: không ai có thể mở được.</translation>
    </message>
</context>
</TS>
