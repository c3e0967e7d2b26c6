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
        <source>Today&apos;s automatic backup was not made. %1</source>
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
        <source>This data folder has changes made after the backup was taken (its last change: %1; the backup&apos;s: %2); restoring the backup loses them. A copy of the data as it is now is kept in the backups folder. Restore anyway?</source>
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
        <source>Keys: Insert adds a member&apos;s row; type in each cell and press Enter to go on (Enter on an empty new row ends the table); Ctrl+Enter opens the chosen member&apos;s page; Delete removes it.</source>
        <translation>Phím tắt: Insert thêm dòng cho thành viên mới; gõ vào từng ô rồi nhấn Enter để đi tiếp (Enter ở dòng mới còn trống là xong bảng); Ctrl+Enter mở trang của người đang chọn; Delete xóa người đó.</translation>
    </message>
    <message>
        <source>Keys: Insert adds a row; type in each cell and press Enter to go on (Enter on an empty new row ends the table); Ctrl+Enter opens the chosen row&apos;s page; Delete removes it.</source>
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
        <source>This folder is not empty. Choose a new or empty folder, so the workspace&apos;s files are not mixed with others.</source>
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
        <source>Make an XLSForm the questionnaire of this data folder&apos;s new interviews.</source>
        <translation>Dùng một XLSForm làm phiếu khảo sát cho các cuộc phỏng vấn mới của thư mục dữ liệu này.</translation>
    </message>
    <message>
        <source>The standard this data folder&apos;s households are scored under.</source>
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
    <name>DateEditor</name>
    <message>
        <source>Pick the date on a calendar</source>
        <translation>Chọn ngày trên lịch</translation>
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
