<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>lalanh</name>
    <message>
        <location filename="../../app/cli.py" line="20"/>
        <source>Lá Lành — relief aid registry. Without a command, opens the window.</source>
        <translation>Lá Lành — phần mềm quản lý hỗ trợ, cứu trợ. Nếu không có lệnh, chương trình mở cửa sổ làm việc.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="24"/>
        <source>database file or URL (default: lalanh.db in the data folder; the data folder is set by LALANH_DATA_DIR)</source>
        <translation>tệp hoặc địa chỉ URL của cơ sở dữ liệu (mặc định: lalanh.db trong thư mục dữ liệu; thư mục dữ liệu được đặt bằng biến LALANH_DATA_DIR)</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="26"/>
        <source>language of messages</source>
        <translation>ngôn ngữ hiển thị thông báo</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="29"/>
        <source>fill an empty database with a synthetic commune</source>
        <translation>tạo dữ liệu mẫu (một xã giả lập) trong cơ sở dữ liệu trống</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="33"/>
        <source>find persons by name, ID number, phone or code</source>
        <translation>tìm nhân khẩu theo họ tên, số CCCD/CMND, số điện thoại hoặc mã hộ</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="37"/>
        <source>write a list to an Excel file (.xlsx)</source>
        <translation>xuất một danh sách ra tệp Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="39"/>
        <source>the list: households, or open needs</source>
        <translation>danh sách: households (hộ gia đình) hoặc needs (nhu cầu chưa đáp ứng)</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="41"/>
        <source>the file to write (an existing one is replaced)</source>
        <translation>tệp cần ghi (nếu đã có sẽ bị thay thế)</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="42"/>
        <source>only the households or needs of this hamlet</source>
        <translation>chỉ các hộ hoặc nhu cầu của thôn/tổ này</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="43"/>
        <source>households: only those a search finds (name, ID number, phone or code)</source>
        <translation>households: chỉ các hộ tìm thấy theo họ tên, số CCCD/CMND, số điện thoại hoặc mã hộ</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="46"/>
        <source>households: include voided households</source>
        <translation>households: gồm cả các hộ đã hủy</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="47"/>
        <source>needs: only this kind (rice, cash, food…)</source>
        <translation>needs: chỉ loại nhu cầu này (rice, cash, food…)</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="48"/>
        <source>needs: only this urgency (low, normal, high, critical)</source>
        <translation>needs: chỉ mức độ khẩn cấp này (low, normal, high, critical)</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="51"/>
        <source>database maintenance</source>
        <translation>bảo trì cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="53"/>
        <source>upgrade the database to this version (after a backup)</source>
        <translation>nâng cấp cơ sở dữ liệu lên phiên bản này (sau khi sao lưu)</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="54"/>
        <source>check integrity and schema</source>
        <translation>kiểm tra tính toàn vẹn và cấu trúc dữ liệu</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="72"/>
        <source>Error: {message}</source>
        <translation>Lỗi: {message}</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="79"/>
        <source>Stopped.</source>
        <translation>Đã dừng.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="103"/>
        <source>Demo commune: {h} households, {p} persons, {m} hamlets, {n} needs in {s:.1f} s ({db}).</source>
        <translation>Xã mẫu: {h} hộ, {p} nhân khẩu, {m} thôn/tổ, {n} nhu cầu, tạo trong {s:.1f} giây ({db}).</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="120"/>
        <source>No one found.</source>
        <translation>Không tìm thấy ai.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="131"/>
        <source>Database is at schema {rev}.</source>
        <translation>Cơ sở dữ liệu đang ở phiên bản cấu trúc {rev}.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="138"/>
        <source>{n} problems found. Restore the latest backup from {folder} or ask for help.</source>
        <translation>Phát hiện {n} lỗi. Hãy khôi phục bản sao lưu gần nhất trong thư mục {folder} hoặc nhờ cán bộ kỹ thuật hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="141"/>
        <source>Database OK (schema {rev}).</source>
        <translation>Cơ sở dữ liệu không có lỗi (cấu trúc {rev}).</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="155"/>
        <source>Lá Lành writes Excel files (.xlsx): name the file “{name}”.</source>
        <translation>Lá Lành ghi tệp Excel (.xlsx): hãy đặt tên tệp là “{name}”.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="160"/>
        <source>{option} is one of: {choices}.</source>
        <translation>{option} phải là một trong các giá trị: {choices}.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="179"/>
        <source>--search and --voided are for the households list.</source>
        <translation>--search và --voided chỉ dùng cho danh sách hộ gia đình (households).</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="183"/>
        <source>{n} rows written to {path}.</source>
        <translation>Đã ghi {n} dòng vào {path}.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="200"/>
        <source>There is no single hamlet called “{name}”. The hamlets are: {names}.</source>
        <translation>Không tìm thấy đúng một thôn/tổ tên “{name}”. Các thôn/tổ hiện có: {names}.</translation>
    </message>
    <message>
        <location filename="../../app/db.py" line="98"/>
        <source>{path} is a folder, not a database file. Choose the database file (e.g. lalanh.db) inside it.</source>
        <translation>{path} là một thư mục, không phải tệp cơ sở dữ liệu. Hãy chọn tệp cơ sở dữ liệu (ví dụ lalanh.db) trong thư mục đó.</translation>
    </message>
    <message>
        <location filename="../../app/db.py" line="108"/>
        <source>Cannot create the data folder {folder}: {error}. Choose another folder or ask for write permission.</source>
        <translation>Không tạo được thư mục dữ liệu {folder}: {error}. Hãy chọn thư mục khác hoặc đề nghị cấp quyền ghi.</translation>
    </message>
    <message>
        <location filename="../../app/db.py" line="115"/>
        <source>The data folder {folder} is read-only. Lá Lành needs to write there: ask for write permission or start it with another data folder.</source>
        <translation>Thư mục dữ liệu {folder} chỉ cho phép đọc. Lá Lành cần ghi dữ liệu vào đó: hãy đề nghị cấp quyền ghi hoặc mở chương trình với thư mục dữ liệu khác.</translation>
    </message>
    <message>
        <location filename="../../app/db.py" line="125"/>
        <source>The file {path} is not a Lá Lành database (it is not an SQLite file). Choose the right file, or move this one away to start a new database.</source>
        <translation>Tệp {path} không phải là cơ sở dữ liệu của Lá Lành (không phải tệp SQLite). Hãy chọn đúng tệp, hoặc chuyển tệp này sang nơi khác để tạo cơ sở dữ liệu mới.</translation>
    </message>
    <message>
        <location filename="../../app/db.py" line="132"/>
        <source>The database file {path} is read-only. Ask for write permission, or copy it to a folder you can write to.</source>
        <translation>Tệp cơ sở dữ liệu {path} chỉ cho phép đọc. Hãy đề nghị cấp quyền ghi, hoặc sao chép tệp sang thư mục mà bạn có quyền ghi.</translation>
    </message>
    <message>
        <location filename="../../app/db.py" line="142"/>
        <source>The file {db} is not a Lá Lành database: it holds another program&apos;s tables. Choose the right file; nothing was changed.</source>
        <translation>Tệp {db} không phải là cơ sở dữ liệu của Lá Lành: tệp này chứa dữ liệu của một chương trình khác. Hãy chọn đúng tệp; dữ liệu chưa bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../app/db.py" line="263"/>
        <source>The database {db} cannot be opened: {detail}. If it is a file, restore the latest backup from {backups}.</source>
        <translation>Không mở được cơ sở dữ liệu {db}: {detail}. Nếu đây là một tệp, hãy khôi phục bản sao lưu gần nhất trong thư mục {backups}.</translation>
    </message>
    <message>
        <location filename="../../app/db.py" line="303"/>
        <source>This database was made by a newer version of Lá Lành (schema {rev}). Install the newer version to open it; nothing was changed.</source>
        <translation>Cơ sở dữ liệu này được tạo bởi phiên bản Lá Lành mới hơn (cấu trúc {rev}). Hãy cài đặt phiên bản mới hơn để mở; dữ liệu chưa bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../app/db_errors.py" line="21"/>
        <source>The database file is damaged ({detail}). Nothing was saved. Close Lá Lành and restore the latest backup from {backups}, or ask for help.</source>
        <translation>Tệp cơ sở dữ liệu bị hỏng ({detail}). Chưa có gì được lưu. Hãy đóng Lá Lành và khôi phục bản sao lưu gần nhất trong thư mục {backups}, hoặc nhờ cán bộ kỹ thuật hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../../app/db_errors.py" line="24"/>
        <source>The database cannot be written (it is read-only). Nothing was saved. Ask for write permission on the data folder.</source>
        <translation>Không ghi được vào cơ sở dữ liệu (tệp chỉ cho phép đọc). Chưa có gì được lưu. Hãy đề nghị cấp quyền ghi vào thư mục dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../app/db_errors.py" line="27"/>
        <source>The disk is full. Nothing was saved. Free some space and try again.</source>
        <translation>Ổ đĩa đã đầy. Chưa có gì được lưu. Hãy giải phóng bớt dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../app/db_errors.py" line="29"/>
        <source>The database is busy (is Lá Lành open in another window?). Nothing was saved. Wait a moment and try again.</source>
        <translation>Cơ sở dữ liệu đang bận (Lá Lành có đang mở ở một cửa sổ khác không?). Chưa có gì được lưu. Hãy chờ một lát rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../app/excel/columns.py" line="20"/>
        <location filename="../../app/services/exports.py" line="88"/>
        <location filename="../../app/services/exports.py" line="246"/>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../../app/excel/columns.py" line="22"/>
        <location filename="../../app/services/exports.py" line="89"/>
        <location filename="../../app/services/exports.py" line="251"/>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="197"/>
        <source>Household code</source>
        <translation>Mã hộ</translation>
    </message>
    <message>
        <location filename="../../app/excel/columns.py" line="26"/>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="98"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../app/excel/columns.py" line="41"/>
        <location filename="../../app/services/exports.py" line="92"/>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../app/excel/columns.py" line="51"/>
        <location filename="../../app/services/exports.py" line="93"/>
        <source>Year of birth</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <location filename="../../app/excel/columns.py" line="52"/>
        <location filename="../../app/services/exports.py" line="94"/>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="98"/>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../../app/excel/columns.py" line="54"/>
        <location filename="../../app/services/exports.py" line="95"/>
        <location filename="../../app/ui/dialogs/member_dialog.py" line="69"/>
        <source>ID number</source>
        <translation>Số CCCD/CMND</translation>
    </message>
    <message>
        <location filename="../../app/excel/columns.py" line="71"/>
        <location filename="../../app/services/exports.py" line="90"/>
        <location filename="../../app/services/exports.py" line="253"/>
        <location filename="../../app/ui/pages/households.py" line="45"/>
        <location filename="../../app/ui/pages/needs.py" line="41"/>
        <source>Hamlet</source>
        <translation>Thôn/Tổ</translation>
    </message>
    <message>
        <location filename="../../app/excel/columns.py" line="86"/>
        <location filename="../../app/services/exports.py" line="97"/>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="215"/>
        <location filename="../../app/ui/pages/households.py" line="46"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../app/excel/columns.py" line="90"/>
        <source>Relation to head</source>
        <translation>Quan hệ với chủ hộ</translation>
    </message>
    <message>
        <location filename="../../app/excel/columns.py" line="94"/>
        <source>Category</source>
        <translation>Diện đối tượng</translation>
    </message>
    <message>
        <location filename="../../app/excel/columns.py" line="97"/>
        <location filename="../../app/services/exports.py" line="96"/>
        <location filename="../../app/ui/dialogs/member_dialog.py" line="74"/>
        <location filename="../../app/ui/pages/households.py" line="45"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../app/excel/columns.py" line="99"/>
        <location filename="../../app/services/exports.py" line="98"/>
        <source>Number of members</source>
        <translation>Số nhân khẩu</translation>
    </message>
    <message>
        <location filename="../../app/excel/columns.py" line="102"/>
        <location filename="../../app/services/exports.py" line="100"/>
        <location filename="../../app/services/exports.py" line="256"/>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="124"/>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="223"/>
        <location filename="../../app/ui/dialogs/member_dialog.py" line="79"/>
        <location filename="../../app/ui/dialogs/need_dialog.py" line="81"/>
        <location filename="../../app/ui/pages/needs.py" line="42"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="120"/>
        <location filename="../../app/excel/importer.py" line="130"/>
        <source>{file} has no sheet called “{sheet}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="218"/>
        <source>Choose which column holds the full name: without names nothing can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="221"/>
        <source>Choose which column holds the date or year of birth: the registry needs it for every person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="225"/>
        <location filename="../../app/excel/importer.py" line="228"/>
        <source>Reading rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="236"/>
        <source>Checking households…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="238"/>
        <source>Comparing with the registry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="312"/>
        <source>Same person as row {n} of this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="399"/>
        <source>Its members are registered in different households.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="402"/>
        <source>The head of household in the file is not the head registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="405"/>
        <source>The head of household in the file is not registered in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="412"/>
        <source>{name} is registered with ID number {id}; the file gives {other}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="416"/>
        <source>ID number of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="421"/>
        <source>new member {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="423"/>
        <source>hamlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="425"/>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="426"/>
        <location filename="../../app/excel/importer.py" line="451"/>
        <source>phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="431"/>
        <source>number of members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="437"/>
        <source>categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="443"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="445"/>
        <source>gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="447"/>
        <source>date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="449"/>
        <source>year of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="507"/>
        <source>Updating households…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="518"/>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="528"/>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="530"/>
        <source>ID number {id} was registered while the list was being checked. Check the list again before importing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="579"/>
        <source>Household {code} was voided while the list was being checked. Check the list again before importing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="699"/>
        <source>Saving households…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="770"/>
        <source>households {codes} were changed after the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="788"/>
        <source>households {codes} have members, needs or categories recorded after the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="797"/>
        <source>other households now live in hamlet {name}, which it added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="801"/>
        <source>a household it updated ({code}) was changed again since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="814"/>
        <source>This import no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="816"/>
        <source>This import was already undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="819"/>
        <source>This import cannot be undone: {reasons}. Undo those changes first, or void the households one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="822"/>
        <source>Import of {file} undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="832"/>
        <source>Undoing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/excel/interpret.py" line="190"/>
        <source>“{v}” is not a relation Lá Lành knows; recorded as “other relative”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/excel/interpret.py" line="197"/>
        <source>Category “{v}” is not in the list; it is kept in the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/excel/interpret.py" line="209"/>
        <source>The date of birth and the year of birth do not agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/excel/interpret.py" line="228"/>
        <source>“{v}” is not a number of members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/excel/interpret.py" line="237"/>
        <source>Gender taken from the CCCD number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/excel/interpret.py" line="242"/>
        <source>Gender taken from the middle name “Thị”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/excel/interpret.py" line="245"/>
        <source>Gender taken from the middle name “Văn”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/excel/interpret.py" line="376"/>
        <source>Hamlet “{name}” is not in the commune&apos;s list. Correct the name, add the hamlet in Settings, or tick “Add new hamlets”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/excel/interpret.py" line="379"/>
        <source>No hamlet (thôn/tổ) for this household: fill in the hamlet column, or choose one hamlet for the whole list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/excel/interpret.py" line="395"/>
        <source>Not imported because row {n} of the same household has a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../app/excel/reading.py" line="38"/>
        <source>Cannot open {name}: {error}.</source>
        <translation>Không mở được {name}: {error}.</translation>
    </message>
    <message>
        <location filename="../../app/excel/reading.py" line="41"/>
        <source>{name} is too large for a list ({mb} MB).</source>
        <translation>Tệp {name} quá lớn đối với một danh sách ({mb} MB).</translation>
    </message>
    <message>
        <location filename="../../app/excel/reading.py" line="49"/>
        <source>Lá Lành reads lists in .xlsx, .xls, .ods or .csv files; {name} is none of these. Save it from Excel in one of them.</source>
        <translation>Lá Lành đọc danh sách từ tệp .xlsx, .xls, .ods hoặc .csv; tệp {name} không thuộc loại nào trong số đó. Hãy mở bằng Excel và lưu lại theo một trong các loại này.</translation>
    </message>
    <message>
        <location filename="../../app/excel/reading.py" line="54"/>
        <source>{name} has no data in it.</source>
        <translation>Tệp {name} không có dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../app/excel/reading.py" line="68"/>
        <source>{name} could not be read as a spreadsheet ({error}). Open it in Excel, save it again as .xlsx, and import that file.</source>
        <translation>Không đọc được tệp {name} như một bảng tính ({error}). Hãy mở bằng Excel, lưu lại dưới dạng .xlsx rồi nhập tệp đó.</translation>
    </message>
    <message>
        <location filename="../../app/excel/values.py" line="54"/>
        <source>“{v}” is not a date or a year.</source>
        <translation>“{v}” không phải là ngày tháng hay năm.</translation>
    </message>
    <message>
        <location filename="../../app/excel/values.py" line="61"/>
        <source>“{v}” is not a date: write dd/mm/yyyy or the year.</source>
        <translation>“{v}” không phải là ngày tháng: hãy ghi dd/mm/yyyy hoặc chỉ ghi năm.</translation>
    </message>
    <message>
        <location filename="../../app/excel/values.py" line="70"/>
        <source>“{v}” is not an ID number.</source>
        <translation>“{v}” không phải là số giấy tờ tùy thân.</translation>
    </message>
    <message>
        <location filename="../../app/excel/values.py" line="75"/>
        <source>The ID number {v} lost digits in Excel. Type it again as text.</source>
        <translation>Số giấy tờ {v} đã bị Excel làm mất chữ số. Hãy gõ lại dưới dạng văn bản.</translation>
    </message>
    <message>
        <location filename="../../app/excel/values.py" line="82"/>
        <source>The ID number “{v}” was shortened by Excel (scientific notation); the missing digits cannot be recovered. Type it again as text.</source>
        <translation>Số giấy tờ “{v}” đã bị Excel rút gọn (dạng số mũ); không thể khôi phục các chữ số đã mất. Hãy gõ lại dưới dạng văn bản.</translation>
    </message>
    <message>
        <location filename="../../app/excel/values.py" line="86"/>
        <source>“{v}” is not an ID number: it should have only digits.</source>
        <translation>“{v}” không phải là số giấy tờ: số này chỉ gồm chữ số.</translation>
    </message>
    <message>
        <location filename="../../app/excel/values.py" line="97"/>
        <source>The ID number {v} has {n} digits; a CCCD has 12, a CMND 9.</source>
        <translation>Số giấy tờ {v} có {n} chữ số; số CCCD có 12 chữ số, số CMND có 9 chữ số.</translation>
    </message>
    <message>
        <location filename="../../app/excel/values.py" line="110"/>
        <source>“{v}” is not a phone number.</source>
        <translation>“{v}” không phải là số điện thoại.</translation>
    </message>
    <message>
        <location filename="../../app/excel/values.py" line="124"/>
        <source>“{v}” is not a gender: write Nam or Nữ.</source>
        <translation>“{v}” không phải là giới tính: hãy ghi Nam hoặc Nữ.</translation>
    </message>
    <message>
        <location filename="../../app/excel/values.py" line="137"/>
        <source>“{v}” is not a number.</source>
        <translation>“{v}” không phải là một số.</translation>
    </message>
    <message>
        <location filename="../../app/excel/writing.py" line="129"/>
        <source>Could not save {path}: it may be open in Excel, or the folder is read-only. Close the file or choose another folder, then export again.</source>
        <translation>Không lưu được {path}: có thể tệp đang mở trong Excel, hoặc thư mục không cho phép ghi. Hãy đóng tệp hoặc chọn thư mục khác, rồi xuất lại.</translation>
    </message>
    <message>
        <location filename="../../app/excel/writing.py" line="132"/>
        <source>Could not save {path}: {error}. Choose another folder or free some disk space, then export again.</source>
        <translation>Không lưu được {path}: {error}. Hãy chọn thư mục khác hoặc giải phóng bớt dung lượng ổ đĩa, rồi xuất lại.</translation>
    </message>
    <message>
        <location filename="../../app/excel/writing.py" line="338"/>
        <source>The list has more rows than one Excel sheet can hold ({n}). Filter it (by hamlet, for example) and export each part.</source>
        <translation>Danh sách có nhiều dòng hơn mức một trang tính Excel chứa được ({n}). Hãy lọc bớt (ví dụ theo thôn/tổ) rồi xuất từng phần.</translation>
    </message>
    <message>
        <location filename="../../app/services/demo.py" line="127"/>
        <source>The number of households must be at least 1.</source>
        <translation>Số hộ phải từ 1 trở lên.</translation>
    </message>
    <message>
        <location filename="../../app/services/demo.py" line="137"/>
        <source>This database already has {n} households; demo data only goes into an empty one. Choose a new database file with --db.</source>
        <translation>Cơ sở dữ liệu này đã có {n} hộ; dữ liệu mẫu chỉ được tạo trong cơ sở dữ liệu trống. Hãy chọn tệp cơ sở dữ liệu mới bằng tùy chọn --db.</translation>
    </message>
    <message>
        <location filename="../../app/services/demo.py" line="304"/>
        <source>The list of administrative units is empty.</source>
        <translation>Danh mục đơn vị hành chính đang trống.</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="74"/>
        <source>households-{date}.xlsx</source>
        <translation>ho-gia-dinh-{date}.xlsx</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="78"/>
        <source>needs-{date}.xlsx</source>
        <translation>nhu-cau-{date}.xlsx</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="91"/>
        <location filename="../../app/services/exports.py" line="252"/>
        <location filename="../../app/services/vocab.py" line="17"/>
        <location filename="../../app/ui/pages/households.py" line="44"/>
        <location filename="../../app/ui/pages/needs.py" line="41"/>
        <source>Head of household</source>
        <translation>Chủ hộ</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="99"/>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="99"/>
        <location filename="../../app/ui/pages/households.py" line="45"/>
        <source>Categories</source>
        <translation>Diện đối tượng</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="103"/>
        <location filename="../../app/ui/pages/households.py" line="44"/>
        <source>Matched</source>
        <translation>Khớp với</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="105"/>
        <source>Voided</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="112"/>
        <location filename="../../app/ui/main_window.py" line="40"/>
        <source>Households</source>
        <translation>Hộ gia đình</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="113"/>
        <source>LIST OF HOUSEHOLDS</source>
        <translation>DANH SÁCH HỘ GIA ĐÌNH</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="125"/>
        <location filename="../../app/services/exports.py" line="284"/>
        <source>Hamlet: {name}</source>
        <translation>Thôn/tổ: {name}</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="129"/>
        <source>Category: {name}</source>
        <translation>Diện đối tượng: {name}</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="131"/>
        <source>Search: “{text}”</source>
        <translation>Tìm: “{text}”</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="133"/>
        <source>voided households included</source>
        <translation>gồm cả hộ đã hủy</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="159"/>
        <source>voided</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="247"/>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="123"/>
        <location filename="../../app/ui/dialogs/need_dialog.py" line="58"/>
        <location filename="../../app/ui/pages/needs.py" line="40"/>
        <source>Urgency</source>
        <translation>Mức độ khẩn cấp</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="248"/>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="123"/>
        <location filename="../../app/ui/dialogs/need_dialog.py" line="34"/>
        <location filename="../../app/ui/pages/needs.py" line="40"/>
        <source>Need</source>
        <translation>Nhu cầu</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="249"/>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="123"/>
        <location filename="../../app/ui/dialogs/need_dialog.py" line="53"/>
        <location filename="../../app/ui/pages/needs.py" line="40"/>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="250"/>
        <source>Unit</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="254"/>
        <source>Assessed on</source>
        <translation>Ngày đánh giá</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="255"/>
        <source>Assessed by</source>
        <translation>Người đánh giá</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="266"/>
        <source>Open needs</source>
        <translation>Nhu cầu chưa đáp ứng</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="267"/>
        <source>LIST OF OPEN NEEDS</source>
        <translation>DANH SÁCH NHU CẦU CHƯA ĐÁP ỨNG</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="277"/>
        <source>Need: {kind}</source>
        <translation>Nhu cầu: {kind}</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="279"/>
        <source>Urgency: {urgency}</source>
        <translation>Mức độ khẩn cấp: {urgency}</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="328"/>
        <source>Exported on {date}</source>
        <translation>Xuất ngày {date}</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="112"/>
        <source>Type why this member is removed from the household.</source>
        <translation>Nhập lý do đưa thành viên này ra khỏi hộ.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="117"/>
        <source>Choose the gender.</source>
        <translation>Chọn giới tính.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="123"/>
        <source>Choose the relation to the head of household.</source>
        <translation>Chọn quan hệ với chủ hộ.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="125"/>
        <source>Choose the residence status.</source>
        <translation>Chọn tình trạng cư trú.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="132"/>
        <source>Choose what is needed.</source>
        <translation>Chọn loại nhu cầu.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="134"/>
        <source>Choose how urgent it is.</source>
        <translation>Chọn mức độ khẩn cấp.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="136"/>
        <source>Type the date of the assessment.</source>
        <translation>Nhập ngày đánh giá nhu cầu.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="138"/>
        <source>The assessment date is in the future.</source>
        <translation>Ngày đánh giá không được sau ngày hôm nay.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="140"/>
        <source>Type who assessed the need.</source>
        <translation>Nhập tên người đánh giá nhu cầu.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="144"/>
        <location filename="../../app/services/needs.py" line="222"/>
        <source>Choose the status of the need.</source>
        <translation>Chọn tình trạng của nhu cầu.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="146"/>
        <location filename="../../app/services/needs.py" line="224"/>
        <source>Type why the need is cancelled.</source>
        <translation>Nhập lý do hủy nhu cầu.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="157"/>
        <source>Choose the hamlet (thôn/tổ) of the household.</source>
        <translation>Chọn thôn/tổ của hộ.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="166"/>
        <source>A household has at least one member: add the head of household.</source>
        <translation>Mỗi hộ phải có ít nhất một thành viên: hãy thêm chủ hộ.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="172"/>
        <source>A household has exactly one head; now it has {n}. Set one member as head.</source>
        <translation>Mỗi hộ chỉ có đúng một chủ hộ; hiện đang có {n}. Hãy chọn một thành viên làm chủ hộ.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="179"/>
        <source>ID number {id} is typed for two members of this household.</source>
        <translation>Số CCCD/CMND {id} bị nhập trùng cho hai thành viên của hộ này.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="205"/>
        <location filename="../../app/services/office.py" line="189"/>
        <location filename="../../app/services/office.py" line="196"/>
        <source>Set up the office first.</source>
        <translation>Hãy thiết lập thông tin đơn vị trước.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="227"/>
        <location filename="../../app/services/households.py" line="344"/>
        <location filename="../../app/services/households.py" line="456"/>
        <source>This household no longer exists.</source>
        <translation>Hộ này không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="294"/>
        <source>This hamlet no longer exists; choose another.</source>
        <translation>Thôn/tổ này không còn tồn tại; hãy chọn thôn/tổ khác.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="300"/>
        <source>Household code {code} is already used; leave it empty to get a new one.</source>
        <translation>Mã hộ {code} đã được sử dụng; hãy để trống để chương trình cấp mã mới.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="318"/>
        <source>ID number {id} is already registered to {name} in household {code}. Open that household instead of registering the person again.</source>
        <translation>Số CCCD/CMND {id} đã được đăng ký cho {name} thuộc hộ {code}. Hãy mở hộ đó thay vì đăng ký lại người này.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="323"/>
        <source>The member this need is for is not in the household.</source>
        <translation>Thành viên có nhu cầu này không thuộc hộ.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="346"/>
        <source>This household was voided; it cannot be edited.</source>
        <translation>Hộ này đã bị hủy nên không thể sửa.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="348"/>
        <source>Someone else changed this household while you were editing it. Close it, open it again and redo your change.</source>
        <translation>Người khác đã thay đổi thông tin hộ này trong lúc bạn đang sửa. Hãy đóng hộ, mở lại rồi thực hiện lại thay đổi của bạn.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="382"/>
        <source>A member of this household no longer exists; reopen it.</source>
        <translation>Một thành viên của hộ này không còn tồn tại; hãy mở lại hộ.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="423"/>
        <source>A chosen category no longer exists; reopen the household.</source>
        <translation>Một diện đối tượng đã chọn không còn tồn tại; hãy mở lại hộ.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="436"/>
        <source>A need of this household no longer exists; reopen it.</source>
        <translation>Một nhu cầu của hộ này không còn tồn tại; hãy mở lại hộ.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="451"/>
        <source>Type the reason for voiding this household (e.g. moved away, registered twice).</source>
        <translation>Nhập lý do hủy hộ này (ví dụ: đã chuyển đi nơi khác, bị đăng ký trùng).</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="458"/>
        <source>This household is already voided.</source>
        <translation>Hộ này đã bị hủy trước đó.</translation>
    </message>
    <message>
        <location filename="../../app/services/needs.py" line="228"/>
        <source>This need no longer exists.</source>
        <translation>Nhu cầu này không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../app/services/office.py" line="136"/>
        <location filename="../../app/services/office.py" line="182"/>
        <source>Type the office&apos;s name, e.g. “UBND xã Yên Lạc”.</source>
        <translation>Nhập tên đơn vị, ví dụ “UBND xã Yên Lạc”.</translation>
    </message>
    <message>
        <location filename="../../app/services/office.py" line="138"/>
        <location filename="../../app/services/office.py" line="184"/>
        <location filename="../../app/services/office.py" line="219"/>
        <location filename="../../app/services/validation.py" line="159"/>
        <source>Too long: at most {n} characters.</source>
        <translation>Quá dài: tối đa {n} ký tự.</translation>
    </message>
    <message>
        <location filename="../../app/services/office.py" line="142"/>
        <source>Choose the commune or ward from the list.</source>
        <translation>Chọn xã/phường trong danh sách.</translation>
    </message>
    <message>
        <location filename="../../app/services/office.py" line="144"/>
        <source>This database already belongs to an office.</source>
        <translation>Cơ sở dữ liệu này đã thuộc về một đơn vị.</translation>
    </message>
    <message>
        <location filename="../../app/services/office.py" line="217"/>
        <source>Type the hamlet&apos;s name, e.g. “Thôn Đông”.</source>
        <translation>Nhập tên thôn/tổ, ví dụ “Thôn Đông”.</translation>
    </message>
    <message>
        <location filename="../../app/services/office.py" line="221"/>
        <source>Choose the kind of hamlet from the list.</source>
        <translation>Chọn loại thôn/tổ trong danh sách.</translation>
    </message>
    <message>
        <location filename="../../app/services/office.py" line="226"/>
        <source>There is already a hamlet called “{name}”.</source>
        <translation>Đã có thôn/tổ tên “{name}”.</translation>
    </message>
    <message>
        <location filename="../../app/services/office.py" line="243"/>
        <location filename="../../app/services/office.py" line="256"/>
        <source>This hamlet no longer exists.</source>
        <translation>Thôn/tổ này không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../app/services/office.py" line="252"/>
        <source>Type the reason for removing it.</source>
        <translation>Nhập lý do xóa.</translation>
    </message>
    <message>
        <location filename="../../app/services/office.py" line="264"/>
        <source>{n} households still live in “{name}”. Move them to another hamlet first.</source>
        <translation>Vẫn còn {n} hộ đang ở “{name}”. Hãy chuyển các hộ này sang thôn/tổ khác trước.</translation>
    </message>
    <message>
        <location filename="../../app/services/office.py" line="295"/>
        <source>This computer&apos;s clock says {now}, but changes were already saved here at {last}. Please set the correct date and time (in Windows: Settings → Time &amp; language) before you continue.</source>
        <translation>Đồng hồ máy tính này đang chỉ {now}, nhưng đã có thay đổi được lưu lúc {last}. Hãy chỉnh lại đúng ngày giờ (trên Windows: Cài đặt → Thời gian và ngôn ngữ) trước khi làm tiếp.</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="37"/>
        <source>A phone number has 10 or 11 digits and starts with 0 (or +84), e.g. 0912 345 678.</source>
        <translation>Số điện thoại gồm 10 hoặc 11 chữ số và bắt đầu bằng 0 (hoặc +84), ví dụ 0912 345 678.</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="62"/>
        <source>Choose the kind of ID document.</source>
        <translation>Chọn loại giấy tờ tùy thân.</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="65"/>
        <source>Choose CCCD or CMND for this ID number.</source>
        <translation>Chọn CCCD hoặc CMND cho số giấy tờ này.</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="68"/>
        <source>Type the ID number, or choose “None”.</source>
        <translation>Nhập số giấy tờ, hoặc chọn “Không có”.</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="72"/>
        <source>A CCCD number has exactly 12 digits (you typed {n}). Check it on the card.</source>
        <translation>Số CCCD gồm đúng 12 chữ số (bạn đã nhập {n}). Hãy đối chiếu lại với thẻ.</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="74"/>
        <source>A CMND number has exactly 9 digits (you typed {n}). Check it on the card.</source>
        <translation>Số CMND gồm đúng 9 chữ số (bạn đã nhập {n}). Hãy đối chiếu lại với giấy CMND.</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="81"/>
        <source>A CCCD number starts with 0 (the province code, e.g. 001 for Hà Nội).</source>
        <translation>Số CCCD bắt đầu bằng chữ số 0 (mã tỉnh, ví dụ 001 là Hà Nội).</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="87"/>
        <source>The 4th digit of this CCCD ({d}) does not match the gender and birth year: for {g} born in {y} it should be {e}. Check the number, the gender and the birth year.</source>
        <translation>Chữ số thứ 4 của số CCCD này ({d}) không khớp với giới tính và năm sinh: {g} sinh năm {y} thì chữ số này phải là {e}. Hãy kiểm tra lại số CCCD, giới tính và năm sinh.</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="97"/>
        <source>Digits 5–6 of this CCCD ({d}) should be the last two digits of the birth year ({y}). Check the number and the birth year.</source>
        <translation>Chữ số thứ 5–6 của số CCCD này ({d}) phải là hai số cuối của năm sinh ({y}). Hãy kiểm tra lại số CCCD và năm sinh.</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="108"/>
        <source>An old ID number (CMND) has 9 or 12 digits.</source>
        <translation>Số CMND cũ gồm 9 hoặc 12 chữ số.</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="117"/>
        <source>Type the date of birth (dd/mm/yyyy) or at least the year of birth.</source>
        <translation>Nhập ngày sinh (ngày/tháng/năm) hoặc ít nhất là năm sinh.</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="121"/>
        <source>The date of birth is in the future. Check the day, month and year.</source>
        <translation>Ngày sinh không được sau ngày hôm nay. Hãy kiểm tra lại ngày, tháng, năm.</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="124"/>
        <source>The year of birth does not match the date of birth.</source>
        <translation>Năm sinh không khớp với ngày sinh.</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="128"/>
        <source>The year of birth must be between {a} and {b}.</source>
        <translation>Năm sinh phải từ {a} đến {b}.</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="136"/>
        <source>Type the full name.</source>
        <translation>Nhập họ và tên.</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="138"/>
        <source>The name is too long (at most 200 characters).</source>
        <translation>Họ tên quá dài (tối đa 200 ký tự).</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="141"/>
        <source>A name has only letters and spaces; check for digits or symbols.</source>
        <translation>Họ tên chỉ gồm chữ cái và dấu cách; hãy kiểm tra xem có chữ số hoặc ký hiệu không.</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="168"/>
        <source>The quantity cannot be negative.</source>
        <translation>Số lượng không được là số âm.</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="170"/>
        <source>The quantity is too large.</source>
        <translation>Số lượng quá lớn.</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="172"/>
        <source>Choose the unit of the quantity.</source>
        <translation>Chọn đơn vị tính của số lượng.</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="174"/>
        <source>Choose a unit from the list.</source>
        <translation>Chọn đơn vị tính trong danh sách.</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="13"/>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="13"/>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="14"/>
        <source>CCCD (12 digits)</source>
        <translation>CCCD (12 số)</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="14"/>
        <source>CMND (9 digits)</source>
        <translation>CMND (9 số)</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="14"/>
        <source>None</source>
        <translation>Không có</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="18"/>
        <source>Spouse</source>
        <translation>Vợ/chồng</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="19"/>
        <source>Child</source>
        <translation>Con</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="20"/>
        <source>Parent</source>
        <translation>Cha/mẹ</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="21"/>
        <source>Grandchild</source>
        <translation>Cháu</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="22"/>
        <source>Grandparent</source>
        <translation>Ông/bà</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="23"/>
        <source>Sibling</source>
        <translation>Anh/chị/em</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="24"/>
        <source>Son/daughter-in-law</source>
        <translation>Con dâu/con rể</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="25"/>
        <source>Other relative</source>
        <translation>Người thân khác</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="28"/>
        <source>Permanent resident</source>
        <translation>Thường trú</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="29"/>
        <source>Temporary resident</source>
        <translation>Tạm trú</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="30"/>
        <source>Living away</source>
        <translation>Tạm vắng</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="33"/>
        <source>Rice</source>
        <translation>Gạo</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="34"/>
        <source>Cash</source>
        <translation>Tiền mặt</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="35"/>
        <source>Food</source>
        <translation>Thực phẩm</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="36"/>
        <source>Clean water</source>
        <translation>Nước sạch</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="37"/>
        <source>Medicine</source>
        <translation>Thuốc men</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="38"/>
        <source>Shelter</source>
        <translation>Chỗ ở</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="39"/>
        <source>Clothing</source>
        <translation>Quần áo</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="40"/>
        <source>School supplies</source>
        <translation>Đồ dùng học tập</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="41"/>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="44"/>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="45"/>
        <source>VND</source>
        <translation>đồng</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="46"/>
        <source>package</source>
        <translation>gói</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="47"/>
        <source>litre</source>
        <translation>lít</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="48"/>
        <source>box</source>
        <translation>thùng</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="49"/>
        <source>set</source>
        <translation>bộ</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="50"/>
        <source>piece</source>
        <translation>cái</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="51"/>
        <source>house</source>
        <translation>căn</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="57"/>
        <source>Low</source>
        <translation>Thấp</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="58"/>
        <source>Normal</source>
        <translation>Bình thường</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="59"/>
        <source>High</source>
        <translation>Cao</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="60"/>
        <source>Critical</source>
        <translation>Khẩn cấp</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="62"/>
        <source>Open</source>
        <translation>Chưa đáp ứng</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="62"/>
        <source>Met</source>
        <translation>Đã đáp ứng</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="62"/>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="63"/>
        <source>Village (thôn)</source>
        <translation>Thôn</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="63"/>
        <source>Hamlet (xóm)</source>
        <translation>Xóm</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="63"/>
        <source>Hamlet (bản)</source>
        <translation>Bản</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="64"/>
        <source>Hamlet (ấp)</source>
        <translation>Ấp</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="64"/>
        <source>Residential group (tổ dân phố)</source>
        <translation>Tổ dân phố</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="88"/>
        <source>The language could not be saved ({error}); it applies until Lá Lành is closed. Ask for write permission on {folder}.</source>
        <translation>Không lưu được lựa chọn ngôn ngữ ({error}); ngôn ngữ này chỉ được dùng đến khi đóng Lá Lành. Hãy đề nghị cấp quyền ghi vào thư mục {folder}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="98"/>
        <source>Relation</source>
        <translation>Quan hệ với chủ hộ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="98"/>
        <source>Born</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="98"/>
        <source>ID</source>
        <translation>CCCD/CMND</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="99"/>
        <location filename="../../app/ui/dialogs/member_dialog.py" line="77"/>
        <source>Residence</source>
        <translation>Cư trú</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="104"/>
        <source>{name} (removed)</source>
        <translation>{name} (đã chuyển khỏi hộ)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="123"/>
        <location filename="../../app/ui/dialogs/need_dialog.py" line="65"/>
        <source>For</source>
        <translation>Cho ai</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="123"/>
        <location filename="../../app/ui/pages/needs.py" line="41"/>
        <source>Assessed</source>
        <translation>Ngày đánh giá</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="124"/>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="136"/>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="137"/>
        <location filename="../../app/ui/dialogs/need_dialog.py" line="61"/>
        <source>The whole household</source>
        <translation>Cả hộ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="173"/>
        <source>New household</source>
        <translation>Hộ mới</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="174"/>
        <source>Household {code}</source>
        <translation>Hộ {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="187"/>
        <source>This household was voided: {reason}</source>
        <translation>Hộ này đã bị hủy: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="203"/>
        <location filename="../../app/ui/dialogs/member_dialog.py" line="54"/>
        <source>Choose</source>
        <translation>Chọn</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="207"/>
        <source>New hamlet…</source>
        <translation>Thêm thôn/tổ…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="211"/>
        <source>Hamlet *</source>
        <translation>Thôn/Tổ *</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="219"/>
        <source>Household phone</source>
        <translation>Điện thoại của hộ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="225"/>
        <source>Categories of the household</source>
        <translation>Diện đối tượng của hộ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="242"/>
        <source>Add member</source>
        <translation>Thêm thành viên</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="243"/>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="253"/>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="244"/>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="391"/>
        <source>Set as head</source>
        <translation>Đặt làm chủ hộ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="245"/>
        <source>Remove from household…</source>
        <translation>Đưa ra khỏi hộ…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="252"/>
        <source>Record a need</source>
        <translation>Ghi nhận nhu cầu</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="254"/>
        <source>Mark met…</source>
        <translation>Đánh dấu đã đáp ứng…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="255"/>
        <source>Cancel need…</source>
        <translation>Hủy nhu cầu…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="256"/>
        <source>Reopen</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="263"/>
        <location filename="../../app/ui/pages/households.py" line="95"/>
        <source>Void household…</source>
        <translation>Hủy hộ…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="268"/>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="541"/>
        <source>Save (Ctrl+S)</source>
        <translation>Lưu (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="272"/>
        <location filename="../../app/ui/exporting.py" line="77"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="302"/>
        <source>Members ({n})</source>
        <translation>Thành viên ({n})</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="303"/>
        <source>Needs ({n} open)</source>
        <translation>Nhu cầu ({n} chưa đáp ứng)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="327"/>
        <location filename="../../app/ui/pages/settings.py" line="131"/>
        <source>New hamlet</source>
        <translation>Thêm thôn/tổ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="327"/>
        <source>Name of the hamlet or residential group:</source>
        <translation>Tên thôn hoặc tổ dân phố:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="392"/>
        <source>{name} becomes the head. What is {old} to the new head?</source>
        <translation>{name} trở thành chủ hộ. {old} có quan hệ gì với chủ hộ mới?</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="415"/>
        <source>Remove member</source>
        <translation>Đưa thành viên ra khỏi hộ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="416"/>
        <source>Remove {name} from this household? The record is kept. Type the reason (e.g. moved away, died, registered twice):</source>
        <translation>Đưa {name} ra khỏi hộ này? Hồ sơ vẫn được lưu lại. Nhập lý do (ví dụ: đã chuyển đi, đã mất, bị đăng ký trùng):</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="481"/>
        <source>Need met</source>
        <translation>Đã đáp ứng nhu cầu</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="481"/>
        <source>How was it met? (optional, e.g. the receipt number)</source>
        <translation>Đã đáp ứng bằng cách nào? (không bắt buộc, ví dụ: số phiếu nhận)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="485"/>
        <source>Cancel need</source>
        <translation>Hủy nhu cầu</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="485"/>
        <source>Why is this need cancelled?</source>
        <translation>Lý do hủy nhu cầu này?</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="504"/>
        <source>(no name)</source>
        <translation>(chưa có tên)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="505"/>
        <source>Member {n} ({name}): {message}</source>
        <translation>Thành viên {n} ({name}): {message}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="510"/>
        <source>Please correct:</source>
        <translation>Vui lòng sửa lại:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="513"/>
        <source>Please correct the fields marked in red.</source>
        <translation>Vui lòng sửa các ô được đánh dấu màu đỏ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="548"/>
        <location filename="../../app/ui/pages/households.py" line="289"/>
        <source>Void household</source>
        <translation>Hủy hộ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="549"/>
        <source>Void household {code}? It stays in the records but leaves every list and search. Type the reason (e.g. moved away, registered twice):</source>
        <translation>Hủy hộ {code}? Hộ vẫn được lưu trong hồ sơ nhưng không còn xuất hiện trong danh sách và kết quả tìm kiếm. Nhập lý do (ví dụ: đã chuyển đi nơi khác, bị đăng ký trùng):</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="574"/>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa được lưu</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="574"/>
        <source>Close without saving your changes?</source>
        <translation>Đóng mà không lưu các thay đổi?</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_dialog.py" line="38"/>
        <source>Member of the household</source>
        <translation>Thành viên của hộ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_dialog.py" line="38"/>
        <source>New member</source>
        <translation>Thành viên mới</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_dialog.py" line="50"/>
        <source>e.g. Nguyễn Văn An</source>
        <translation>ví dụ: Nguyễn Văn An</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_dialog.py" line="51"/>
        <source>Full name *</source>
        <translation>Họ và tên *</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_dialog.py" line="57"/>
        <source>Gender *</source>
        <translation>Giới tính *</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_dialog.py" line="59"/>
        <source>dd/mm/yyyy, or the year alone</source>
        <translation>ngày/tháng/năm, hoặc chỉ năm sinh</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_dialog.py" line="60"/>
        <source>Date or year of birth *</source>
        <translation>Ngày sinh hoặc năm sinh *</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_dialog.py" line="63"/>
        <source>Relation to head *</source>
        <translation>Quan hệ với chủ hộ *</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_dialog.py" line="66"/>
        <source>ID document</source>
        <translation>Giấy tờ tùy thân</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_dialog.py" line="68"/>
        <source>12 digits for CCCD, 9 for CMND</source>
        <translation>CCCD 12 số, CMND 9 số</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_dialog.py" line="71"/>
        <source>an earlier CMND, if known</source>
        <translation>số CMND cũ, nếu biết</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_dialog.py" line="72"/>
        <source>Old ID number</source>
        <translation>Số CMND cũ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_dialog.py" line="85"/>
        <source>Categories of this person</source>
        <translation>Diện đối tượng của người này</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_dialog.py" line="121"/>
        <source>Write the date as dd/mm/yyyy (e.g. 05/02/1980) or just the year (e.g. 1980).</source>
        <translation>Nhập ngày theo dạng ngày/tháng/năm (ví dụ 05/02/1980) hoặc chỉ nhập năm (ví dụ 1980).</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_dialog.py" line="164"/>
        <source>ID number {id} is already registered to {name} in household {code}.</source>
        <translation>Số CCCD/CMND {id} đã được đăng ký cho {name} thuộc hộ {code}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/need_dialog.py" line="42"/>
        <source>What is needed *</source>
        <translation>Cần hỗ trợ gì *</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/need_dialog.py" line="47"/>
        <source>e.g. 45 or 1.500.000</source>
        <translation>ví dụ: 45 hoặc 1.500.000</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/need_dialog.py" line="72"/>
        <source>Assessed on *</source>
        <translation>Ngày đánh giá *</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/need_dialog.py" line="76"/>
        <source>e.g. Trưởng thôn Nguyễn Văn B</source>
        <translation>ví dụ: Trưởng thôn Nguyễn Văn B</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/need_dialog.py" line="77"/>
        <source>Assessed by *</source>
        <translation>Người đánh giá *</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/need_dialog.py" line="97"/>
        <source>Type the quantity as a number, e.g. 45 or 12,5.</source>
        <translation>Nhập số lượng bằng chữ số, ví dụ 45 hoặc 12,5.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/setup_dialog.py" line="34"/>
        <source>Lá Lành — set up your office</source>
        <translation>Lá Lành — thiết lập đơn vị</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/setup_dialog.py" line="37"/>
        <source>Welcome. Tell Lá Lành which office this computer belongs to. You do this once; you can rename the office and add hamlets later in Settings.</source>
        <translation>Chào mừng bạn. Hãy cho Lá Lành biết máy tính này thuộc đơn vị nào. Việc này chỉ làm một lần; sau này bạn có thể đổi tên đơn vị và thêm thôn/tổ trong mục Cài đặt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/setup_dialog.py" line="46"/>
        <source>e.g. UBND xã Yên Lạc</source>
        <translation>ví dụ: UBND xã Yên Lạc</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/setup_dialog.py" line="47"/>
        <source>Office name</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/setup_dialog.py" line="51"/>
        <source>All provinces and cities</source>
        <translation>Tất cả tỉnh, thành phố</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/setup_dialog.py" line="54"/>
        <location filename="../../app/ui/pages/settings.py" line="51"/>
        <source>Province / city</source>
        <translation>Tỉnh / thành phố</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/setup_dialog.py" line="57"/>
        <source>Type to find the commune or ward (accents optional)</source>
        <translation>Gõ để tìm xã/phường (gõ có dấu hoặc không dấu đều được)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/setup_dialog.py" line="58"/>
        <location filename="../../app/ui/pages/settings.py" line="50"/>
        <source>Commune / ward</source>
        <translation>Xã / phường</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/setup_dialog.py" line="65"/>
        <source>One per line, e.g.
Thôn Đông
Thôn Tây
Tổ dân phố 3</source>
        <translation>Mỗi dòng một thôn/tổ, ví dụ:
Thôn Đông
Thôn Tây
Tổ dân phố 3</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/setup_dialog.py" line="67"/>
        <source>Hamlets / residential groups</source>
        <translation>Thôn / tổ dân phố</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/setup_dialog.py" line="69"/>
        <source>Official list of provinces and communes after the 2025 reform (34 provinces, 3,321 communes).</source>
        <translation>Danh mục đơn vị hành chính chính thức sau sắp xếp năm 2025 (34 tỉnh, thành phố; 3.321 xã, phường, đặc khu).</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/setup_dialog.py" line="74"/>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/setup_dialog.py" line="74"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="39"/>
        <source>Sorry, something unexpected went wrong. What you were doing was not saved; your other data is safe.</source>
        <translation>Rất tiếc, đã xảy ra lỗi ngoài dự kiến. Thao tác bạn đang làm chưa được lưu; các dữ liệu khác vẫn an toàn.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="43"/>
        <source>The details were written to {path}. Please send that file to whoever supports Lá Lành for you.</source>
        <translation>Thông tin chi tiết đã được ghi vào {path}. Vui lòng gửi tệp này cho người hỗ trợ Lá Lành của đơn vị bạn.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="47"/>
        <source>Copy details</source>
        <translation>Sao chép chi tiết</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="50"/>
        <location filename="../../app/ui/widgets.py" line="62"/>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../../app/ui/exporting.py" line="37"/>
        <location filename="../../app/ui/exporting.py" line="60"/>
        <location filename="../../app/ui/exporting.py" line="71"/>
        <source>Export to Excel</source>
        <translation>Xuất Excel</translation>
    </message>
    <message>
        <location filename="../../app/ui/exporting.py" line="38"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/exporting.py" line="62"/>
        <source>Writing {name}…</source>
        <translation>Đang ghi {name}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/exporting.py" line="73"/>
        <source>{n} rows exported to {name}.</source>
        <translation>Đã xuất {n} dòng vào tệp {name}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/exporting.py" line="74"/>
        <source>Folder: {folder}</source>
        <translation>Thư mục: {folder}</translation>
    </message>
    <message>
        <location filename="../../app/ui/exporting.py" line="75"/>
        <source>Open file</source>
        <translation>Mở tệp</translation>
    </message>
    <message>
        <location filename="../../app/ui/exporting.py" line="76"/>
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <location filename="../../app/ui/jobs.py" line="77"/>
        <location filename="../../app/ui/widgets.py" line="63"/>
        <source>Cancel</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="41"/>
        <source>Needs</source>
        <translation>Nhu cầu</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="42"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="69"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="70"/>
        <source>&amp;New household</source>
        <translation>&amp;Thêm hộ gia đình mới</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="75"/>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="79"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="80"/>
        <source>&amp;About Lá Lành</source>
        <translation>&amp;Giới thiệu Lá Lành</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="91"/>
        <source>&lt;b&gt;Lá Lành&lt;/b&gt; {version}&lt;br&gt;Relief aid registry for commune and ward offices.&lt;br&gt;“Lá lành đùm lá rách.”&lt;br&gt;&lt;br&gt;Licence: GPL-3.0-or-later.</source>
        <translation>&lt;b&gt;Lá Lành&lt;/b&gt; {version}&lt;br&gt;Phần mềm quản lý hỗ trợ, cứu trợ dành cho xã, phường.&lt;br&gt;“Lá lành đùm lá rách.”&lt;br&gt;&lt;br&gt;Giấy phép: GPL-3.0-or-later.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/households.py" line="44"/>
        <source>Code</source>
        <translation>Mã hộ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/households.py" line="45"/>
        <source>Members</source>
        <translation>Số nhân khẩu</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/households.py" line="54"/>
        <source>{name} (voided)</source>
        <translation>{name} (đã hủy)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/households.py" line="79"/>
        <source>Search by name, ID number, phone or household code (Ctrl+F)</source>
        <translation>Tìm theo họ tên, số CCCD/CMND, số điện thoại hoặc mã hộ (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/households.py" line="88"/>
        <source>Show voided</source>
        <translation>Hiện cả hộ đã hủy</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/households.py" line="93"/>
        <source>New household (Ctrl+N)</source>
        <translation>Thêm hộ mới (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/households.py" line="94"/>
        <source>Open (Enter)</source>
        <translation>Mở (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/households.py" line="96"/>
        <location filename="../../app/ui/pages/needs.py" line="87"/>
        <source>Export to Excel…</source>
        <translation>Xuất Excel…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/households.py" line="98"/>
        <source>Save the households listed here, with the filters and search above, as an Excel file</source>
        <translation>Lưu các hộ đang hiển thị (theo bộ lọc và từ khóa tìm ở trên) thành tệp Excel</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/households.py" line="160"/>
        <location filename="../../app/ui/pages/needs.py" line="126"/>
        <source>All hamlets</source>
        <translation>Tất cả thôn/tổ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/households.py" line="161"/>
        <source>All categories</source>
        <translation>Tất cả diện đối tượng</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/households.py" line="184"/>
        <location filename="../../app/ui/pages/needs.py" line="139"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/households.py" line="194"/>
        <source>More than {n} households found</source>
        <translation>Tìm thấy hơn {n} hộ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/households.py" line="197"/>
        <source>{n} households found</source>
        <translation>Tìm thấy {n} hộ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/households.py" line="199"/>
        <source>No households yet: press “New household” (Ctrl+N) to register the first one.</source>
        <translation>Chưa có hộ nào: bấm “Thêm hộ mới” (Ctrl+N) để đăng ký hộ đầu tiên.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/households.py" line="202"/>
        <source>{n} households</source>
        <translation>{n} hộ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/households.py" line="290"/>
        <source>Void household {code} ({name})? It stays in the records but leaves every list and search. Type the reason (e.g. moved away, registered twice):</source>
        <translation>Hủy hộ {code} ({name})? Hộ vẫn được lưu trong hồ sơ nhưng không còn xuất hiện trong danh sách và kết quả tìm kiếm. Nhập lý do (ví dụ: đã chuyển đi nơi khác, bị đăng ký trùng):</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/needs.py" line="40"/>
        <source>Household</source>
        <translation>Hộ gia đình</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/needs.py" line="65"/>
        <source>{kind}: {h} households</source>
        <translation>{kind}: {h} hộ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/needs.py" line="66"/>
        <source>{kind}: {q} {unit} for {h} households</source>
        <translation>{kind}: {q} {unit} cho {h} hộ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/needs.py" line="78"/>
        <source>All kinds</source>
        <translation>Tất cả loại nhu cầu</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/needs.py" line="80"/>
        <source>Any urgency</source>
        <translation>Mọi mức độ khẩn cấp</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/needs.py" line="84"/>
        <source>Open needs:</source>
        <translation>Nhu cầu chưa đáp ứng:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/needs.py" line="89"/>
        <source>Save the open needs listed here, with the filters on the left, as an Excel file</source>
        <translation>Lưu các nhu cầu đang hiển thị (theo bộ lọc bên trái) thành tệp Excel</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/needs.py" line="113"/>
        <source>Double-click a row to open the household.</source>
        <translation>Nhấp đúp vào một dòng để mở hộ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/needs.py" line="145"/>
        <source>No open needs.</source>
        <translation>Không có nhu cầu nào chưa đáp ứng.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/needs.py" line="148"/>
        <source>{n} open needs:</source>
        <translation>{n} nhu cầu chưa đáp ứng:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="40"/>
        <source>Office</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="45"/>
        <source>Save name</source>
        <translation>Lưu tên</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="49"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="54"/>
        <source>Hamlets and residential groups</source>
        <translation>Thôn và tổ dân phố</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="60"/>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="60"/>
        <source>Rename…</source>
        <translation>Đổi tên…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="61"/>
        <source>Remove…</source>
        <translation>Xóa…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="69"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="76"/>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="83"/>
        <source>Data</source>
        <translation>Dữ liệu</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="85"/>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="86"/>
        <source>Backups</source>
        <translation>Bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="87"/>
        <source>Log file</source>
        <translation>Tệp nhật ký</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="122"/>
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="126"/>
        <source>Name (e.g. Thôn Đông, Tổ dân phố 3):</source>
        <translation>Tên (ví dụ: Thôn Đông, Tổ dân phố 3):</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="145"/>
        <source>Rename hamlet</source>
        <translation>Đổi tên thôn/tổ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="156"/>
        <source>Remove hamlet</source>
        <translation>Xóa thôn/tổ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="157"/>
        <source>Remove “{name}” from the list? Only a hamlet with no households can be removed. Type the reason (e.g. merged into another):</source>
        <translation>Xóa “{name}” khỏi danh sách? Chỉ xóa được thôn/tổ không còn hộ nào. Nhập lý do (ví dụ: đã sáp nhập vào thôn/tổ khác):</translation>
    </message>
</context>
</TS>
