<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>lalanh</name>
    <message>
        <location filename="../../app/cli.py" line="21"/>
        <source>Lá Lành — relief aid registry. Without a command, opens the window.</source>
        <translation>Lá Lành — phần mềm quản lý hỗ trợ, cứu trợ. Nếu không có lệnh, chương trình mở cửa sổ làm việc.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="25"/>
        <source>database file or URL (default: lalanh.db in the data folder; the data folder is set by LALANH_DATA_DIR)</source>
        <translation>tệp hoặc địa chỉ URL của cơ sở dữ liệu (mặc định: lalanh.db trong thư mục dữ liệu; thư mục dữ liệu được đặt bằng biến LALANH_DATA_DIR)</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="27"/>
        <source>language of messages</source>
        <translation>ngôn ngữ hiển thị thông báo</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="30"/>
        <source>fill an empty database with a synthetic commune</source>
        <translation>tạo dữ liệu mẫu (một xã giả lập) trong cơ sở dữ liệu trống</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="34"/>
        <source>find persons by name, ID number, phone or code</source>
        <translation>tìm nhân khẩu theo họ tên, số CCCD/CMND, số điện thoại hoặc mã hộ</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="38"/>
        <source>import a list of households from .xlsx, .xls, .ods or .csv</source>
        <translation>nhập danh sách hộ từ tệp .xlsx, .xls, .ods hoặc .csv</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="40"/>
        <source>the list to import</source>
        <translation>tệp danh sách cần nhập</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="41"/>
        <source>the sheet to import (default: the first with a list)</source>
        <translation>trang tính cần nhập (mặc định: trang đầu tiên có danh sách)</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="43"/>
        <source>which column holds which field, e.g. “B=full_name,C=birth_year”; fields: {fields}</source>
        <translation>cột nào chứa thông tin gì, ví dụ “B=full_name,C=birth_year”; các trường: {fields}</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="45"/>
        <source>the hamlet of rows that name none</source>
        <translation>thôn/tổ cho các dòng không ghi thôn</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="49"/>
        <source>add hamlets the list names that the commune does not have yet</source>
        <translation>thêm các thôn/tổ có trong danh sách mà xã chưa có</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="55"/>
        <source>what to do with people already registered (default: skip)</source>
        <translation>xử lý người đã có trong sổ (mặc định: bỏ qua)</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="58"/>
        <source>check the list and report, without importing</source>
        <translation>chỉ kiểm tra danh sách và báo lỗi, không nhập</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="63"/>
        <source>where to write the list of wrong rows (default: next to the file)</source>
        <translation>nơi lưu tệp các dòng lỗi (mặc định: cạnh tệp gốc)</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="65"/>
        <source>list earlier imports</source>
        <translation>liệt kê các lần nhập trước</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="66"/>
        <source>undo an earlier import</source>
        <translation>hoàn tác một lần nhập trước</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="68"/>
        <source>write a list to an Excel file (.xlsx)</source>
        <translation>xuất một danh sách ra tệp Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="70"/>
        <source>the list: households, or open needs</source>
        <translation>danh sách: households (hộ gia đình) hoặc needs (nhu cầu chưa đáp ứng)</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="72"/>
        <source>the file to write (an existing one is replaced)</source>
        <translation>tệp cần ghi (nếu đã có sẽ bị thay thế)</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="73"/>
        <source>only the households or needs of this hamlet</source>
        <translation>chỉ các hộ hoặc nhu cầu của thôn/tổ này</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="74"/>
        <source>households: only those a search finds (name, ID number, phone or code)</source>
        <translation>households: chỉ các hộ tìm thấy theo họ tên, số CCCD/CMND, số điện thoại hoặc mã hộ</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="77"/>
        <source>households: include voided households</source>
        <translation>households: gồm cả các hộ đã hủy</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="78"/>
        <source>needs: only this kind (rice, cash, food…)</source>
        <translation>needs: chỉ loại nhu cầu này (rice, cash, food…)</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="79"/>
        <source>needs: only this urgency (low, normal, high, critical)</source>
        <translation>needs: chỉ mức độ khẩn cấp này (low, normal, high, critical)</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="82"/>
        <source>database maintenance</source>
        <translation>bảo trì cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="84"/>
        <source>upgrade the database to this version (after a backup)</source>
        <translation>nâng cấp cơ sở dữ liệu lên phiên bản này (sau khi sao lưu)</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="85"/>
        <source>check integrity and schema</source>
        <translation>kiểm tra tính toàn vẹn và cấu trúc dữ liệu</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="103"/>
        <source>Error: {message}</source>
        <translation>Lỗi: {message}</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="110"/>
        <source>Stopped.</source>
        <translation>Đã dừng.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="126"/>
        <source>Demo commune: {h} households, {p} persons, {m} hamlets, {n} needs in {s:.1f} s ({db}).</source>
        <translation>Xã mẫu: {h} hộ, {p} nhân khẩu, {m} thôn/tổ, {n} nhu cầu, tạo trong {s:.1f} giây ({db}).</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="143"/>
        <source>No one found.</source>
        <translation>Không tìm thấy ai.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="154"/>
        <source>Database is at schema {rev}.</source>
        <translation>Cơ sở dữ liệu đang ở phiên bản cấu trúc {rev}.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="161"/>
        <source>{n} problems found. Restore the latest backup from {folder} or ask for help.</source>
        <translation>Phát hiện {n} lỗi. Hãy khôi phục bản sao lưu gần nhất trong thư mục {folder} hoặc nhờ cán bộ kỹ thuật hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="164"/>
        <source>Database OK (schema {rev}).</source>
        <translation>Cơ sở dữ liệu không có lỗi (cấu trúc {rev}).</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="175"/>
        <source>undone</source>
        <translation>đã hoàn tác</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="182"/>
        <source>Import undone.</source>
        <translation>Đã hoàn tác lần nhập.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="185"/>
        <source>Name the file to import, e.g. lalanh import danh-sach.xlsx.</source>
        <translation>Hãy ghi tên tệp cần nhập, ví dụ: lalanh import danh-sach.xlsx.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="202"/>
        <source>The wrong rows are marked in {path}: correct them there and import that file again.</source>
        <translation>Các dòng lỗi đã được đánh dấu trong {path}: sửa ở đó rồi nhập lại tệp đó.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="208"/>
        <source>Imported: {h} households and {p} persons added, {u} households updated, {s} rows skipped, {f} rows not imported.</source>
        <translation>Đã nhập: thêm {h} hộ và {p} người, cập nhật {u} hộ, bỏ qua {s} dòng, {f} dòng không được nhập.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="213"/>
        <source>To undo it: lalanh import --undo {id}</source>
        <translation>Để hoàn tác: lalanh import --undo {id}</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="230"/>
        <source>“{name}” is not a field; use one of: {fields}.</source>
        <translation>“{name}” không phải là một trường; hãy dùng một trong: {fields}.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="240"/>
        <source>“{col}” is not a column: write a letter (B) or a number (2).</source>
        <translation>“{col}” không phải là một cột: hãy ghi chữ cái (B) hoặc số thứ tự (2).</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="249"/>
        <source>No single import has the id {id}; see lalanh import --list.</source>
        <translation>Không tìm được đúng một lần nhập có mã {id}; xem lalanh import --list.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="263"/>
        <source>There is no hamlet called “{name}”.</source>
        <translation>Không có thôn/tổ nào tên “{name}”.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="281"/>
        <source>{file}, sheet “{sheet}”: {rows} rows, header on row {header}.</source>
        <translation>{file}, trang “{sheet}”: {rows} dòng, dòng tiêu đề là dòng {header}.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="285"/>
        <source>Column {field} was typed in the old {encoding} font; converted to Unicode.</source>
        <translation>Cột {field} được gõ bằng phông cũ {encoding}; đã chuyển sang Unicode.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="289"/>
        <source>This same file was imported on {when} by {who}.</source>
        <translation>Chính tệp này đã được nhập lúc {when} bởi {who}.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="291"/>
        <source>To add: {new} households. Already registered or repeated: {dup} (skip {skip}, update {update}). Rows with problems: {bad}.</source>
        <translation>Sẽ thêm: {new} hộ. Đã có trong sổ hoặc lặp lại: {dup} (bỏ qua {skip}, cập nhật {update}). Dòng có lỗi: {bad}.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="296"/>
        <source>Row {n}: {problems}</source>
        <translation>Dòng {n}: {problems}</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="298"/>
        <source>… and {n} more rows with problems.</source>
        <translation>… và {n} dòng lỗi khác.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="311"/>
        <source>Lá Lành writes Excel files (.xlsx): name the file “{name}”.</source>
        <translation>Lá Lành ghi tệp Excel (.xlsx): hãy đặt tên tệp là “{name}”.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="316"/>
        <source>{option} is one of: {choices}.</source>
        <translation>{option} phải là một trong các giá trị: {choices}.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="328"/>
        <source>--search and --voided are for the households list.</source>
        <translation>--search và --voided chỉ dùng cho danh sách hộ gia đình (households).</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="332"/>
        <source>{n} rows written to {path}.</source>
        <translation>Đã ghi {n} dòng vào {path}.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="349"/>
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
        <location filename="../../app/excel/batches.py" line="55"/>
        <source>households {codes} were changed after the import</source>
        <translation>các hộ {codes} đã được sửa sau lần nhập</translation>
    </message>
    <message>
        <location filename="../../app/excel/batches.py" line="73"/>
        <source>households {codes} have members, needs or categories recorded after the import</source>
        <translation>các hộ {codes} đã có thành viên, nhu cầu hoặc diện đối tượng được ghi thêm sau lần nhập</translation>
    </message>
    <message>
        <location filename="../../app/excel/batches.py" line="82"/>
        <source>other households now live in hamlet {name}, which it added</source>
        <translation>có hộ khác đang ở thôn {name} do lần nhập này thêm vào</translation>
    </message>
    <message>
        <location filename="../../app/excel/batches.py" line="86"/>
        <source>a household it updated ({code}) was changed again since</source>
        <translation>một hộ được lần nhập này cập nhật ({code}) đã bị sửa tiếp sau đó</translation>
    </message>
    <message>
        <location filename="../../app/excel/batches.py" line="99"/>
        <source>This import no longer exists.</source>
        <translation>Lần nhập này không còn nữa.</translation>
    </message>
    <message>
        <location filename="../../app/excel/batches.py" line="101"/>
        <source>This import was already undone.</source>
        <translation>Lần nhập này đã được hoàn tác rồi.</translation>
    </message>
    <message>
        <location filename="../../app/excel/batches.py" line="104"/>
        <source>This import cannot be undone: {reasons}. Undo those changes first, or void the households one by one.</source>
        <translation>Không thể hoàn tác lần nhập này: {reasons}. Hãy bỏ các thay đổi đó trước, hoặc hủy từng hộ một.</translation>
    </message>
    <message>
        <location filename="../../app/excel/batches.py" line="107"/>
        <source>Import of {file} undone</source>
        <translation>Hoàn tác lần nhập tệp {file}</translation>
    </message>
    <message>
        <location filename="../../app/excel/batches.py" line="117"/>
        <source>Undoing…</source>
        <translation>Đang hoàn tác…</translation>
    </message>
    <message>
        <location filename="../../app/excel/columns.py" line="20"/>
        <location filename="../../app/services/exports.py" line="89"/>
        <location filename="../../app/services/exports.py" line="243"/>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../../app/excel/columns.py" line="22"/>
        <location filename="../../app/services/exports.py" line="90"/>
        <location filename="../../app/services/exports.py" line="248"/>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="198"/>
        <source>Household code</source>
        <translation>Mã hộ</translation>
    </message>
    <message>
        <location filename="../../app/excel/columns.py" line="26"/>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="99"/>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="145"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../app/excel/columns.py" line="41"/>
        <location filename="../../app/services/exports.py" line="93"/>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../app/excel/columns.py" line="51"/>
        <location filename="../../app/services/exports.py" line="94"/>
        <source>Year of birth</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <location filename="../../app/excel/columns.py" line="52"/>
        <location filename="../../app/services/exports.py" line="95"/>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="99"/>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../../app/excel/columns.py" line="54"/>
        <location filename="../../app/services/exports.py" line="96"/>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="145"/>
        <location filename="../../app/ui/dialogs/member_dialog.py" line="69"/>
        <source>ID number</source>
        <translation>Số CCCD/CMND</translation>
    </message>
    <message>
        <location filename="../../app/excel/columns.py" line="71"/>
        <location filename="../../app/services/exports.py" line="91"/>
        <location filename="../../app/services/exports.py" line="250"/>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="145"/>
        <location filename="../../app/ui/pages/households.py" line="45"/>
        <location filename="../../app/ui/pages/needs.py" line="41"/>
        <source>Hamlet</source>
        <translation>Thôn/Tổ</translation>
    </message>
    <message>
        <location filename="../../app/excel/columns.py" line="86"/>
        <location filename="../../app/services/exports.py" line="98"/>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="216"/>
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
        <location filename="../../app/services/exports.py" line="97"/>
        <location filename="../../app/ui/dialogs/member_dialog.py" line="74"/>
        <location filename="../../app/ui/pages/households.py" line="45"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../app/excel/columns.py" line="99"/>
        <location filename="../../app/services/exports.py" line="99"/>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="229"/>
        <source>Number of members</source>
        <translation>Số nhân khẩu</translation>
    </message>
    <message>
        <location filename="../../app/excel/columns.py" line="102"/>
        <location filename="../../app/services/exports.py" line="101"/>
        <location filename="../../app/services/exports.py" line="253"/>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="125"/>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="232"/>
        <location filename="../../app/ui/dialogs/member_dialog.py" line="79"/>
        <location filename="../../app/ui/dialogs/need_dialog.py" line="81"/>
        <location filename="../../app/ui/pages/needs.py" line="42"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="115"/>
        <location filename="../../app/excel/reading.py" line="102"/>
        <location filename="../../app/excel/report.py" line="120"/>
        <source>Cannot open {name}: {error}.</source>
        <translation>Không mở được {name}: {error}.</translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="169"/>
        <location filename="../../app/excel/importer.py" line="179"/>
        <location filename="../../app/excel/report.py" line="394"/>
        <source>{file} has no sheet called “{sheet}”.</source>
        <translation>Tệp {file} không có trang tính nào tên “{sheet}”.</translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="277"/>
        <source>Choose which column holds the full name: without names nothing can be imported.</source>
        <translation>Hãy chọn cột chứa họ và tên: không có tên thì không nhập được gì.</translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="280"/>
        <source>Choose which column holds the date or year of birth: the registry needs it for every person.</source>
        <translation>Hãy chọn cột chứa ngày sinh hoặc năm sinh: sổ hộ cần thông tin này cho mỗi người.</translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="284"/>
        <location filename="../../app/excel/importer.py" line="288"/>
        <source>Reading rows…</source>
        <translation>Đang đọc các dòng…</translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="295"/>
        <source>Checking households…</source>
        <translation>Đang kiểm tra các hộ…</translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="297"/>
        <source>Comparing with the registry…</source>
        <translation>Đang đối chiếu với sổ hộ…</translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="374"/>
        <source>Same person as row {n} of this file.</source>
        <translation>Trùng người với dòng {n} của tệp này.</translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="499"/>
        <source>Its members are registered in different households.</source>
        <translation>Các thành viên của hộ này đang thuộc những hộ khác nhau trong sổ.</translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="502"/>
        <source>The head of household in the file is not the head registered.</source>
        <translation>Chủ hộ trong tệp không phải là chủ hộ đang ghi trong sổ.</translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="505"/>
        <source>The head of household in the file is not registered in it.</source>
        <translation>Chủ hộ trong tệp chưa có trong hộ này.</translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="512"/>
        <source>{name} is registered with ID number {id}; the file gives {other}.</source>
        <translation>{name} đang được ghi với số giấy tờ {id}; tệp ghi {other}.</translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="516"/>
        <source>ID number of {name}</source>
        <translation>số giấy tờ của {name}</translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="521"/>
        <source>new member {name}</source>
        <translation>thành viên mới {name}</translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="523"/>
        <source>hamlet</source>
        <translation>thôn/tổ</translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="525"/>
        <source>address</source>
        <translation>địa chỉ</translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="526"/>
        <location filename="../../app/excel/importer.py" line="551"/>
        <source>phone</source>
        <translation>số điện thoại</translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="531"/>
        <source>number of members</source>
        <translation>số nhân khẩu</translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="537"/>
        <source>categories</source>
        <translation>diện đối tượng</translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="543"/>
        <source>name</source>
        <translation>họ tên</translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="545"/>
        <source>gender</source>
        <translation>giới tính</translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="547"/>
        <source>date of birth</source>
        <translation>ngày sinh</translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="549"/>
        <source>year of birth</source>
        <translation>năm sinh</translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="608"/>
        <source>Updating households…</source>
        <translation>Đang cập nhật các hộ…</translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="619"/>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="538"/>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="631"/>
        <source>ID number {id} was registered while the list was being checked. Check the list again before importing.</source>
        <translation>Số giấy tờ {id} vừa được đăng ký trong lúc kiểm tra danh sách. Hãy kiểm tra lại danh sách trước khi nhập.</translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="680"/>
        <source>Household {code} was voided while the list was being checked. Check the list again before importing.</source>
        <translation>Hộ {code} vừa bị hủy trong lúc kiểm tra danh sách. Hãy kiểm tra lại danh sách trước khi nhập.</translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="822"/>
        <source>Saving households…</source>
        <translation>Đang lưu các hộ…</translation>
    </message>
    <message>
        <location filename="../../app/excel/interpret.py" line="233"/>
        <source>Category “{v}” is not in the list; it is kept in the note.</source>
        <translation>Diện “{v}” không có trong danh mục; được giữ lại ở phần ghi chú.</translation>
    </message>
    <message>
        <location filename="../../app/excel/interpret.py" line="240"/>
        <source>The date of birth and the year of birth do not agree.</source>
        <translation>Ngày sinh và năm sinh không khớp nhau.</translation>
    </message>
    <message>
        <location filename="../../app/excel/interpret.py" line="288"/>
        <source>“{v}” is not a relation Lá Lành knows; recorded as “other relative”.</source>
        <translation>“{v}” không phải quan hệ mà Lá Lành biết; ghi là “người thân khác”.</translation>
    </message>
    <message>
        <location filename="../../app/excel/interpret.py" line="299"/>
        <source>“{v}” is not a number of members.</source>
        <translation>“{v}” không phải là số nhân khẩu.</translation>
    </message>
    <message>
        <location filename="../../app/excel/interpret.py" line="306"/>
        <source>Gender taken from the CCCD number.</source>
        <translation>Giới tính lấy theo số CCCD.</translation>
    </message>
    <message>
        <location filename="../../app/excel/interpret.py" line="311"/>
        <source>Gender taken from the middle name “Thị”.</source>
        <translation>Giới tính lấy theo tên đệm “Thị”.</translation>
    </message>
    <message>
        <location filename="../../app/excel/interpret.py" line="314"/>
        <source>Gender taken from the middle name “Văn”.</source>
        <translation>Giới tính lấy theo tên đệm “Văn”.</translation>
    </message>
    <message>
        <location filename="../../app/excel/interpret.py" line="445"/>
        <source>Hamlet “{name}” is not in the commune&apos;s list. Correct the name, add the hamlet in Settings, or tick “Add new hamlets”.</source>
        <translation>Thôn/tổ “{name}” không có trong danh sách của xã. Hãy sửa lại tên, thêm thôn trong Cài đặt, hoặc đánh dấu “Thêm thôn/tổ mới”.</translation>
    </message>
    <message>
        <location filename="../../app/excel/interpret.py" line="448"/>
        <source>No hamlet (thôn/tổ) for this household: fill in the hamlet column, or choose one hamlet for the whole list.</source>
        <translation>Hộ này chưa có thôn/tổ: hãy điền cột thôn/tổ, hoặc chọn một thôn cho cả danh sách.</translation>
    </message>
    <message>
        <location filename="../../app/excel/interpret.py" line="465"/>
        <source>Not imported because row {n} of the same household has a problem.</source>
        <translation>Không nhập vì dòng {n} cùng hộ có lỗi.</translation>
    </message>
    <message>
        <location filename="../../app/excel/reading.py" line="89"/>
        <source>{name} is only Excel&apos;s note that a workbook is open, not the list itself. Choose the file named {real} instead.</source>
        <translation>{name} chỉ là tệp ghi chú Excel tạo ra khi một bảng tính đang mở, không phải danh sách. Hãy chọn tệp có tên {real}.</translation>
    </message>
    <message>
        <location filename="../../app/excel/reading.py" line="99"/>
        <source>{name} is not there any more. Choose the file again.</source>
        <translation>Không còn tệp {name} ở đó nữa. Hãy chọn lại tệp.</translation>
    </message>
    <message>
        <location filename="../../app/excel/reading.py" line="107"/>
        <source>{name} is too large for a list ({mb} MB). Check that you chose the right file: a list of 100,000 people takes about 10 MB.</source>
        <translation>Tệp {name} quá lớn đối với một danh sách ({mb} MB). Hãy kiểm tra xem đã chọn đúng tệp chưa: danh sách 100.000 người chỉ chiếm khoảng 10 MB.</translation>
    </message>
    <message>
        <location filename="../../app/excel/reading.py" line="117"/>
        <source>{name} is a PDF file, not a spreadsheet, and lists cannot be read from PDF. Ask for the Excel file, or type the list into Excel.</source>
        <translation>{name} là tệp PDF, không phải bảng tính, và không đọc được danh sách từ PDF. Hãy xin tệp Excel, hoặc nhập danh sách vào Excel.</translation>
    </message>
    <message>
        <location filename="../../app/excel/reading.py" line="123"/>
        <source>{name} is a web page or an XML file under a spreadsheet name (some programs export lists this way). Open it in Excel, save it as Excel Workbook (.xlsx), and import that file.</source>
        <translation>{name} là một trang web hoặc tệp XML mang tên của bảng tính (một số phần mềm xuất danh sách theo cách này). Hãy mở bằng Excel, lưu lại dưới dạng Excel Workbook (.xlsx) rồi nhập tệp đó.</translation>
    </message>
    <message>
        <location filename="../../app/excel/reading.py" line="133"/>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="406"/>
        <source>Lá Lành reads lists in .xlsx, .xls, .ods or .csv files; {name} is none of these. Save it from Excel in one of them.</source>
        <translation>Lá Lành đọc danh sách từ tệp .xlsx, .xls, .ods hoặc .csv; tệp {name} không thuộc loại nào trong số đó. Hãy mở bằng Excel và lưu lại theo một trong các loại này.</translation>
    </message>
    <message>
        <location filename="../../app/excel/reading.py" line="156"/>
        <source>{name} has no data in it. Check that you chose the right file.</source>
        <translation>Tệp {name} không có dữ liệu. Hãy kiểm tra xem đã chọn đúng tệp chưa.</translation>
    </message>
    <message>
        <location filename="../../app/excel/reading.py" line="161"/>
        <location filename="../../app/excel/report.py" line="437"/>
        <source>{name} is open in another program (Excel?). Close it there and try again.</source>
        <translation>Tệp {name} đang được mở trong một chương trình khác (Excel?). Hãy đóng tệp ở đó rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../app/excel/reading.py" line="166"/>
        <source>{name} is protected by a password. Open it in Excel, remove the password (File → Info → Protect Workbook → Encrypt with Password, empty it), save, and import it again.</source>
        <translation>Tệp {name} được bảo vệ bằng mật khẩu. Hãy mở bằng Excel, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ Sổ làm việc → Mã hóa bằng Mật khẩu, xóa trống ô mật khẩu), lưu lại rồi nhập lại.</translation>
    </message>
    <message>
        <location filename="../../app/excel/reading.py" line="172"/>
        <source>{name} is a Word document, not a spreadsheet. Copy its table into Excel, save it as .xlsx, and import that file.</source>
        <translation>{name} là tài liệu Word, không phải bảng tính. Hãy chép bảng trong đó sang Excel, lưu dưới dạng .xlsx rồi nhập tệp đó.</translation>
    </message>
    <message>
        <location filename="../../app/excel/reading.py" line="177"/>
        <source>{name} is not a spreadsheet, or it is damaged. If Excel opens it, save it again as .xlsx and import that file.</source>
        <translation>Tệp {name} không phải là bảng tính, hoặc đã bị hỏng. Nếu Excel mở được, hãy lưu lại dưới dạng .xlsx rồi nhập tệp đó.</translation>
    </message>
    <message>
        <location filename="../../app/excel/reading.py" line="182"/>
        <source>{name} holds more data than a list can: check that you chose the right file, or split the list into several files.</source>
        <translation>Tệp {name} chứa nhiều dữ liệu hơn một danh sách có thể có: hãy kiểm tra xem đã chọn đúng tệp chưa, hoặc chia danh sách thành nhiều tệp.</translation>
    </message>
    <message>
        <location filename="../../app/excel/reading.py" line="189"/>
        <source>Sheet “{sheet}” of {name} does not look like a list: it has {columns} columns, up to column {letters}. Delete the columns after the list (or clear what is typed far to the right), save, and import again.</source>
        <translation>Trang tính “{sheet}” của tệp {name} không giống một danh sách: có tới {columns} cột, đến tận cột {letters}. Hãy xóa các cột phía sau danh sách (hoặc xóa những gì gõ ở xa bên phải), lưu lại rồi nhập lại.</translation>
    </message>
    <message>
        <location filename="../../app/excel/reading.py" line="196"/>
        <source>Sheet “{sheet}” of {name} has more than {rows} rows, more than can be imported at once. Split the list into several files.</source>
        <translation>Trang tính “{sheet}” của tệp {name} có hơn {rows} dòng, nhiều hơn mức có thể nhập trong một lần. Hãy chia danh sách thành nhiều tệp.</translation>
    </message>
    <message>
        <location filename="../../app/excel/reading.py" line="200"/>
        <source>Sheet “{sheet}” of {name} reaches cell {cell}: too large to import at once. If the list is shorter, something is typed far below or to the right of it: delete the rows and columns after the list, save, and import again. Otherwise split the list into several files.</source>
        <translation>Trang tính “{sheet}” của tệp {name} kéo dài tới ô {cell}: quá lớn để nhập trong một lần. Nếu danh sách ngắn hơn thế thì có gì đó được gõ ở xa phía dưới hoặc bên phải: hãy xóa các dòng và cột phía sau danh sách, lưu lại rồi nhập lại. Nếu không, hãy chia danh sách thành nhiều tệp.</translation>
    </message>
    <message>
        <location filename="../../app/excel/reading.py" line="446"/>
        <source>{name} was saved by a program that did not keep the results of its formulas (cell {cell} on sheet “{sheet}”), so they would read as empty. Open the file in Excel, save it, and import it again.</source>
        <translation>Tệp {name} được lưu bởi một phần mềm không giữ lại kết quả của các công thức (ô {cell} trên trang tính “{sheet}”), nên các ô đó sẽ bị đọc là trống. Hãy mở tệp bằng Excel, lưu lại rồi nhập lại.</translation>
    </message>
    <message>
        <location filename="../../app/excel/reading.py" line="853"/>
        <source>{name} could not be read as a CSV list (line {line}). Open it in Excel, save it as .xlsx, and import that file.</source>
        <translation>Không đọc được tệp {name} như một danh sách CSV (dòng {line}). Hãy mở bằng Excel, lưu lại dưới dạng .xlsx rồi nhập tệp đó.</translation>
    </message>
    <message>
        <location filename="../../app/excel/report.py" line="442"/>
        <source>Cannot save {name} in {folder}: {error}. Choose another folder.</source>
        <translation>Không lưu được {name} vào thư mục {folder}: {error}. Hãy chọn thư mục khác.</translation>
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
        <location filename="../../app/excel/values.py" line="99"/>
        <source>The ID number {v} has {n} digits; a CCCD has 12, a CMND 9.</source>
        <translation>Số giấy tờ {v} có {n} chữ số; số CCCD có 12 chữ số, số CMND có 9 chữ số.</translation>
    </message>
    <message>
        <location filename="../../app/excel/values.py" line="112"/>
        <source>“{v}” is not a phone number.</source>
        <translation>“{v}” không phải là số điện thoại.</translation>
    </message>
    <message>
        <location filename="../../app/excel/values.py" line="126"/>
        <source>“{v}” is not a gender: write Nam or Nữ.</source>
        <translation>“{v}” không phải là giới tính: hãy ghi Nam hoặc Nữ.</translation>
    </message>
    <message>
        <location filename="../../app/excel/values.py" line="139"/>
        <source>“{v}” is not a number.</source>
        <translation>“{v}” không phải là một số.</translation>
    </message>
    <message>
        <location filename="../../app/excel/writing.py" line="118"/>
        <source>Could not save {path}: it may be open in Excel, or the folder is read-only. Close the file or choose another folder, then export again.</source>
        <translation>Không lưu được {path}: có thể tệp đang mở trong Excel, hoặc thư mục không cho phép ghi. Hãy đóng tệp hoặc chọn thư mục khác, rồi xuất lại.</translation>
    </message>
    <message>
        <location filename="../../app/excel/writing.py" line="121"/>
        <source>Could not save {path}: {error}. Choose another folder or free some disk space, then export again.</source>
        <translation>Không lưu được {path}: {error}. Hãy chọn thư mục khác hoặc giải phóng bớt dung lượng ổ đĩa, rồi xuất lại.</translation>
    </message>
    <message>
        <location filename="../../app/excel/writing.py" line="327"/>
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
        <location filename="../../app/services/exports.py" line="75"/>
        <source>households-{date}.xlsx</source>
        <translation>ho-gia-dinh-{date}.xlsx</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="79"/>
        <source>needs-{date}.xlsx</source>
        <translation>nhu-cau-{date}.xlsx</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="92"/>
        <location filename="../../app/services/exports.py" line="249"/>
        <location filename="../../app/services/vocab.py" line="17"/>
        <location filename="../../app/ui/pages/households.py" line="44"/>
        <location filename="../../app/ui/pages/needs.py" line="41"/>
        <source>Head of household</source>
        <translation>Chủ hộ</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="100"/>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="100"/>
        <location filename="../../app/ui/pages/households.py" line="45"/>
        <source>Categories</source>
        <translation>Diện đối tượng</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="104"/>
        <location filename="../../app/ui/pages/households.py" line="44"/>
        <source>Matched</source>
        <translation>Khớp với</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="106"/>
        <source>Voided</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="113"/>
        <location filename="../../app/ui/main_window.py" line="43"/>
        <source>Households</source>
        <translation>Hộ gia đình</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="114"/>
        <source>LIST OF HOUSEHOLDS</source>
        <translation>DANH SÁCH HỘ GIA ĐÌNH</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="126"/>
        <location filename="../../app/services/exports.py" line="281"/>
        <source>Hamlet: {name}</source>
        <translation>Thôn/tổ: {name}</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="130"/>
        <source>Category: {name}</source>
        <translation>Diện đối tượng: {name}</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="132"/>
        <source>Search: “{text}”</source>
        <translation>Tìm: “{text}”</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="134"/>
        <source>voided households included</source>
        <translation>gồm cả hộ đã hủy</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="160"/>
        <source>voided</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="244"/>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="124"/>
        <location filename="../../app/ui/dialogs/need_dialog.py" line="58"/>
        <location filename="../../app/ui/pages/needs.py" line="40"/>
        <source>Urgency</source>
        <translation>Mức độ khẩn cấp</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="245"/>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="124"/>
        <location filename="../../app/ui/dialogs/need_dialog.py" line="34"/>
        <location filename="../../app/ui/pages/needs.py" line="40"/>
        <source>Need</source>
        <translation>Nhu cầu</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="246"/>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="124"/>
        <location filename="../../app/ui/dialogs/need_dialog.py" line="53"/>
        <location filename="../../app/ui/pages/needs.py" line="40"/>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="247"/>
        <source>Unit</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="251"/>
        <source>Assessed on</source>
        <translation>Ngày đánh giá</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="252"/>
        <source>Assessed by</source>
        <translation>Người đánh giá</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="263"/>
        <source>Open needs</source>
        <translation>Nhu cầu chưa đáp ứng</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="264"/>
        <source>LIST OF OPEN NEEDS</source>
        <translation>DANH SÁCH NHU CẦU CHƯA ĐÁP ỨNG</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="274"/>
        <source>Need: {kind}</source>
        <translation>Nhu cầu: {kind}</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="276"/>
        <source>Urgency: {urgency}</source>
        <translation>Mức độ khẩn cấp: {urgency}</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="325"/>
        <source>Exported on {date}</source>
        <translation>Xuất ngày {date}</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="110"/>
        <source>Type why this member is removed from the household.</source>
        <translation>Nhập lý do đưa thành viên này ra khỏi hộ.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="115"/>
        <source>Choose the gender.</source>
        <translation>Chọn giới tính.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="121"/>
        <source>Choose the relation to the head of household.</source>
        <translation>Chọn quan hệ với chủ hộ.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="123"/>
        <source>Choose the residence status.</source>
        <translation>Chọn tình trạng cư trú.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="130"/>
        <source>Choose what is needed.</source>
        <translation>Chọn loại nhu cầu.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="132"/>
        <source>Choose how urgent it is.</source>
        <translation>Chọn mức độ khẩn cấp.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="134"/>
        <source>Type the date of the assessment.</source>
        <translation>Nhập ngày đánh giá nhu cầu.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="136"/>
        <source>The assessment date is in the future.</source>
        <translation>Ngày đánh giá không được sau ngày hôm nay.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="138"/>
        <source>Type who assessed the need.</source>
        <translation>Nhập tên người đánh giá nhu cầu.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="142"/>
        <location filename="../../app/services/needs.py" line="222"/>
        <source>Choose the status of the need.</source>
        <translation>Chọn tình trạng của nhu cầu.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="144"/>
        <location filename="../../app/services/needs.py" line="224"/>
        <source>Type why the need is cancelled.</source>
        <translation>Nhập lý do hủy nhu cầu.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="155"/>
        <source>Choose the hamlet (thôn/tổ) of the household.</source>
        <translation>Chọn thôn/tổ của hộ.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="162"/>
        <source>The number of members is between 1 and {n}.</source>
        <translation>Số nhân khẩu phải từ 1 đến {n}.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="167"/>
        <source>A household has at least one member: add the head of household.</source>
        <translation>Mỗi hộ phải có ít nhất một thành viên: hãy thêm chủ hộ.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="173"/>
        <source>A household has exactly one head; now it has {n}. Set one member as head.</source>
        <translation>Mỗi hộ chỉ có đúng một chủ hộ; hiện đang có {n}. Hãy chọn một thành viên làm chủ hộ.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="180"/>
        <source>ID number {id} is typed for two members of this household.</source>
        <translation>Số CCCD/CMND {id} bị nhập trùng cho hai thành viên của hộ này.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="206"/>
        <location filename="../../app/services/office.py" line="189"/>
        <location filename="../../app/services/office.py" line="196"/>
        <source>Set up the office first.</source>
        <translation>Hãy thiết lập thông tin đơn vị trước.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="228"/>
        <location filename="../../app/services/households.py" line="345"/>
        <location filename="../../app/services/households.py" line="457"/>
        <source>This household no longer exists.</source>
        <translation>Hộ này không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="295"/>
        <source>This hamlet no longer exists; choose another.</source>
        <translation>Thôn/tổ này không còn tồn tại; hãy chọn thôn/tổ khác.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="301"/>
        <source>Household code {code} is already used; leave it empty to get a new one.</source>
        <translation>Mã hộ {code} đã được sử dụng; hãy để trống để chương trình cấp mã mới.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="319"/>
        <source>ID number {id} is already registered to {name} in household {code}. Open that household instead of registering the person again.</source>
        <translation>Số CCCD/CMND {id} đã được đăng ký cho {name} thuộc hộ {code}. Hãy mở hộ đó thay vì đăng ký lại người này.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="324"/>
        <source>The member this need is for is not in the household.</source>
        <translation>Thành viên có nhu cầu này không thuộc hộ.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="347"/>
        <source>This household was voided; it cannot be edited.</source>
        <translation>Hộ này đã bị hủy nên không thể sửa.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="349"/>
        <source>Someone else changed this household while you were editing it. Close it, open it again and redo your change.</source>
        <translation>Người khác đã thay đổi thông tin hộ này trong lúc bạn đang sửa. Hãy đóng hộ, mở lại rồi thực hiện lại thay đổi của bạn.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="383"/>
        <source>A member of this household no longer exists; reopen it.</source>
        <translation>Một thành viên của hộ này không còn tồn tại; hãy mở lại hộ.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="424"/>
        <source>A chosen category no longer exists; reopen the household.</source>
        <translation>Một diện đối tượng đã chọn không còn tồn tại; hãy mở lại hộ.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="437"/>
        <source>A need of this household no longer exists; reopen it.</source>
        <translation>Một nhu cầu của hộ này không còn tồn tại; hãy mở lại hộ.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="452"/>
        <source>Type the reason for voiding this household (e.g. moved away, registered twice).</source>
        <translation>Nhập lý do hủy hộ này (ví dụ: đã chuyển đi nơi khác, bị đăng ký trùng).</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="459"/>
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
        <location filename="../../app/services/validation.py" line="169"/>
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
        <location filename="../../app/services/validation.py" line="44"/>
        <source>A phone number has 10 or 11 digits and starts with 0 (or +84), e.g. 0912 345 678.</source>
        <translation>Số điện thoại gồm 10 hoặc 11 chữ số và bắt đầu bằng 0 (hoặc +84), ví dụ 0912 345 678.</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="69"/>
        <source>Choose the kind of ID document.</source>
        <translation>Chọn loại giấy tờ tùy thân.</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="72"/>
        <source>Choose CCCD or CMND for this ID number.</source>
        <translation>Chọn CCCD hoặc CMND cho số giấy tờ này.</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="75"/>
        <source>Type the ID number, or choose “None”.</source>
        <translation>Nhập số giấy tờ, hoặc chọn “Không có”.</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="79"/>
        <source>A CCCD number has exactly 12 digits (you typed {n}). Check it on the card.</source>
        <translation>Số CCCD gồm đúng 12 chữ số (bạn đã nhập {n}). Hãy đối chiếu lại với thẻ.</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="81"/>
        <source>A CMND number has exactly 9 digits (you typed {n}). Check it on the card.</source>
        <translation>Số CMND gồm đúng 9 chữ số (bạn đã nhập {n}). Hãy đối chiếu lại với giấy CMND.</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="88"/>
        <source>A CCCD number starts with 0 (the province code, e.g. 001 for Hà Nội).</source>
        <translation>Số CCCD bắt đầu bằng chữ số 0 (mã tỉnh, ví dụ 001 là Hà Nội).</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="94"/>
        <source>The 4th digit of this CCCD ({d}) does not match the gender and birth year: for {g} born in {y} it should be {e}. Check the number, the gender and the birth year.</source>
        <translation>Chữ số thứ 4 của số CCCD này ({d}) không khớp với giới tính và năm sinh: {g} sinh năm {y} thì chữ số này phải là {e}. Hãy kiểm tra lại số CCCD, giới tính và năm sinh.</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="104"/>
        <source>Digits 5–6 of this CCCD ({d}) should be the last two digits of the birth year ({y}). Check the number and the birth year.</source>
        <translation>Chữ số thứ 5–6 của số CCCD này ({d}) phải là hai số cuối của năm sinh ({y}). Hãy kiểm tra lại số CCCD và năm sinh.</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="115"/>
        <source>An old ID number (CMND) has 9 or 12 digits.</source>
        <translation>Số CMND cũ gồm 9 hoặc 12 chữ số.</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="124"/>
        <source>Type the date of birth (dd/mm/yyyy) or at least the year of birth.</source>
        <translation>Nhập ngày sinh (ngày/tháng/năm) hoặc ít nhất là năm sinh.</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="128"/>
        <source>The date of birth is in the future. Check the day, month and year.</source>
        <translation>Ngày sinh không được sau ngày hôm nay. Hãy kiểm tra lại ngày, tháng, năm.</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="131"/>
        <source>The year of birth does not match the date of birth.</source>
        <translation>Năm sinh không khớp với ngày sinh.</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="135"/>
        <source>The year of birth must be between {a} and {b}.</source>
        <translation>Năm sinh phải từ {a} đến {b}.</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="143"/>
        <source>Type the full name.</source>
        <translation>Nhập họ và tên.</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="145"/>
        <source>The name is too long (at most 200 characters).</source>
        <translation>Họ tên quá dài (tối đa 200 ký tự).</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="150"/>
        <source>A name has only letters and spaces; check for digits or symbols.</source>
        <translation>Họ tên chỉ gồm chữ cái và dấu cách; hãy kiểm tra xem có chữ số hoặc ký hiệu không.</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="178"/>
        <source>The quantity cannot be negative.</source>
        <translation>Số lượng không được là số âm.</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="180"/>
        <source>The quantity is too large.</source>
        <translation>Số lượng quá lớn.</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="182"/>
        <source>Choose the unit of the quantity.</source>
        <translation>Chọn đơn vị tính của số lượng.</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="184"/>
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
        <location filename="../../app/ui/dialogs/household_dialog.py" line="99"/>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="146"/>
        <source>Relation</source>
        <translation>Quan hệ với chủ hộ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="99"/>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="145"/>
        <source>Born</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="99"/>
        <source>ID</source>
        <translation>CCCD/CMND</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="100"/>
        <location filename="../../app/ui/dialogs/member_dialog.py" line="77"/>
        <source>Residence</source>
        <translation>Cư trú</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="105"/>
        <source>{name} (removed)</source>
        <translation>{name} (đã chuyển khỏi hộ)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="124"/>
        <location filename="../../app/ui/dialogs/need_dialog.py" line="65"/>
        <source>For</source>
        <translation>Cho ai</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="124"/>
        <location filename="../../app/ui/pages/needs.py" line="41"/>
        <source>Assessed</source>
        <translation>Ngày đánh giá</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="125"/>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="137"/>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="138"/>
        <location filename="../../app/ui/dialogs/need_dialog.py" line="61"/>
        <source>The whole household</source>
        <translation>Cả hộ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="174"/>
        <source>New household</source>
        <translation>Hộ mới</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="175"/>
        <source>Household {code}</source>
        <translation>Hộ {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="188"/>
        <source>This household was voided: {reason}</source>
        <translation>Hộ này đã bị hủy: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="204"/>
        <location filename="../../app/ui/dialogs/member_dialog.py" line="54"/>
        <source>Choose</source>
        <translation>Chọn</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="208"/>
        <source>New hamlet…</source>
        <translation>Thêm thôn/tổ…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="212"/>
        <source>Hamlet *</source>
        <translation>Thôn/Tổ *</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="220"/>
        <source>Household phone</source>
        <translation>Điện thoại của hộ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="225"/>
        <source>— (the members listed)</source>
        <translation>— (theo danh sách thành viên)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="227"/>
        <source>How many people live in the household, when a list gave the number without naming them all.</source>
        <translation>Số người sống trong hộ, khi danh sách chỉ ghi số nhân khẩu mà không ghi tên từng người.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="234"/>
        <source>Categories of the household</source>
        <translation>Diện đối tượng của hộ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="251"/>
        <source>Add member</source>
        <translation>Thêm thành viên</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="252"/>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="262"/>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="253"/>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="401"/>
        <source>Set as head</source>
        <translation>Đặt làm chủ hộ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="254"/>
        <source>Remove from household…</source>
        <translation>Đưa ra khỏi hộ…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="261"/>
        <source>Record a need</source>
        <translation>Ghi nhận nhu cầu</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="263"/>
        <source>Mark met…</source>
        <translation>Đánh dấu đã đáp ứng…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="264"/>
        <source>Cancel need…</source>
        <translation>Hủy nhu cầu…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="265"/>
        <source>Reopen</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="272"/>
        <location filename="../../app/ui/pages/households.py" line="95"/>
        <source>Void household…</source>
        <translation>Hủy hộ…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="277"/>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="551"/>
        <source>Save (Ctrl+S)</source>
        <translation>Lưu (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="281"/>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="739"/>
        <location filename="../../app/ui/dialogs/imports_dialog.py" line="52"/>
        <location filename="../../app/ui/exporting.py" line="77"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="311"/>
        <source>Members ({n})</source>
        <translation>Thành viên ({n})</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="312"/>
        <source>Needs ({n} open)</source>
        <translation>Nhu cầu ({n} chưa đáp ứng)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="337"/>
        <location filename="../../app/ui/pages/settings.py" line="131"/>
        <source>New hamlet</source>
        <translation>Thêm thôn/tổ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="337"/>
        <source>Name of the hamlet or residential group:</source>
        <translation>Tên thôn hoặc tổ dân phố:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="402"/>
        <source>{name} becomes the head. What is {old} to the new head?</source>
        <translation>{name} trở thành chủ hộ. {old} có quan hệ gì với chủ hộ mới?</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="425"/>
        <source>Remove member</source>
        <translation>Đưa thành viên ra khỏi hộ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="426"/>
        <source>Remove {name} from this household? The record is kept. Type the reason (e.g. moved away, died, registered twice):</source>
        <translation>Đưa {name} ra khỏi hộ này? Hồ sơ vẫn được lưu lại. Nhập lý do (ví dụ: đã chuyển đi, đã mất, bị đăng ký trùng):</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="491"/>
        <source>Need met</source>
        <translation>Đã đáp ứng nhu cầu</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="491"/>
        <source>How was it met? (optional, e.g. the receipt number)</source>
        <translation>Đã đáp ứng bằng cách nào? (không bắt buộc, ví dụ: số phiếu nhận)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="495"/>
        <source>Cancel need</source>
        <translation>Hủy nhu cầu</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="495"/>
        <source>Why is this need cancelled?</source>
        <translation>Lý do hủy nhu cầu này?</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="514"/>
        <source>(no name)</source>
        <translation>(chưa có tên)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="515"/>
        <source>Member {n} ({name}): {message}</source>
        <translation>Thành viên {n} ({name}): {message}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="520"/>
        <source>Please correct:</source>
        <translation>Vui lòng sửa lại:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="523"/>
        <source>Please correct the fields marked in red.</source>
        <translation>Vui lòng sửa các ô được đánh dấu màu đỏ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="558"/>
        <location filename="../../app/ui/pages/households.py" line="289"/>
        <source>Void household</source>
        <translation>Hủy hộ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="559"/>
        <source>Void household {code}? It stays in the records but leaves every list and search. Type the reason (e.g. moved away, registered twice):</source>
        <translation>Hủy hộ {code}? Hộ vẫn được lưu trong hồ sơ nhưng không còn xuất hiện trong danh sách và kết quả tìm kiếm. Nhập lý do (ví dụ: đã chuyển đi nơi khác, bị đăng ký trùng):</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="584"/>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa được lưu</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="584"/>
        <source>Close without saving your changes?</source>
        <translation>Đóng mà không lưu các thay đổi?</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="77"/>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="171"/>
        <source>Add</source>
        <translation>Thêm mới</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="77"/>
        <source>Update the registered household</source>
        <translation>Cập nhật hộ đã có</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="78"/>
        <source>Skip</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="91"/>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="309"/>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="405"/>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="417"/>
        <source>Import a list</source>
        <translation>Nhập danh sách</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="92"/>
        <source>Lists</source>
        <translation>Danh sách</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="92"/>
        <source>All files</source>
        <translation>Tất cả các tệp</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="145"/>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="146"/>
        <source>What happens</source>
        <translation>Xử lý</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="146"/>
        <source>Problems and notes</source>
        <translation>Lỗi và ghi chú</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="163"/>
        <source>Not imported</source>
        <translation>Không nhập</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="166"/>
        <source>Skip — already registered in household {code}</source>
        <translation>Bỏ qua — đã có trong hộ {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="168"/>
        <source>Skip — repeated in the file</source>
        <translation>Bỏ qua — lặp lại trong tệp</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="170"/>
        <source>Update household {code}</source>
        <translation>Cập nhật hộ {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="180"/>
        <source>Differs from the registered household: {what}.</source>
        <translation>Khác với hộ đã có: {what}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="183"/>
        <source>Same as the registered household.</source>
        <translation>Giống hệt hộ đã có.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="331"/>
        <source>Choose another file…</source>
        <translation>Chọn tệp khác…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="339"/>
        <source>Add new hamlets the list names</source>
        <translation>Thêm thôn/tổ mới có trong danh sách</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="340"/>
        <source>Hamlets the commune does not have yet are added. Leave it off to catch misspelt hamlet names.</source>
        <translation>Các thôn/tổ xã chưa có sẽ được thêm. Để trống ô này để phát hiện tên thôn gõ sai.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="346"/>
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="347"/>
        <source>Sheet:</source>
        <translation>Trang tính:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="348"/>
        <source>Header row:</source>
        <translation>Dòng tiêu đề:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="349"/>
        <source>Hamlet of rows that name none:</source>
        <translation>Thôn/tổ cho dòng không ghi thôn:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="355"/>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="355"/>
        <source>Header in the file</source>
        <translation>Tiêu đề trong tệp</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="355"/>
        <source>Example</source>
        <translation>Ví dụ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="355"/>
        <source>Field in Lá Lành</source>
        <translation>Thông tin trong Lá Lành</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="372"/>
        <source>Which column holds what:</source>
        <translation>Cột nào chứa thông tin gì:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="378"/>
        <source>The file as it is (header row in blue):</source>
        <translation>Tệp như bản gốc (dòng tiêu đề tô xanh):</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="385"/>
        <location filename="../../app/ui/jobs.py" line="77"/>
        <location filename="../../app/ui/widgets.py" line="63"/>
        <source>Cancel</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="387"/>
        <source>Check the list →</source>
        <translation>Kiểm tra danh sách →</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="412"/>
        <source>Reading {name}…</source>
        <translation>Đang đọc {name}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="422"/>
        <source>— none: the row is not imported —</source>
        <translation>— không có: dòng đó không được nhập —</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="446"/>
        <source>— not imported —</source>
        <translation>— không nhập —</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="487"/>
        <source>Date or year of birth</source>
        <translation>Ngày sinh hoặc năm sinh</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="490"/>
        <source>The columns are as you chose them the last time a list with these headers was imported.</source>
        <translation>Các cột được chọn như lần trước bạn nhập một danh sách có cùng tiêu đề.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="493"/>
        <source>Choose the column of: {fields}.</source>
        <translation>Hãy chọn cột cho: {fields}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="495"/>
        <source>Two columns are set to the same field: {fields}.</source>
        <translation>Có hai cột cùng được chọn cho: {fields}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="540"/>
        <source>Checking the list</source>
        <translation>Đang kiểm tra danh sách</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="550"/>
        <source>All rows</source>
        <translation>Tất cả các dòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="550"/>
        <source>Rows with problems</source>
        <translation>Các dòng có lỗi</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="551"/>
        <source>Already registered or repeated</source>
        <translation>Đã có trong sổ hoặc lặp lại</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="552"/>
        <source>Rows to be imported</source>
        <translation>Các dòng sẽ được nhập</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="554"/>
        <source>Skip all duplicates</source>
        <translation>Bỏ qua tất cả các dòng trùng</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="556"/>
        <source>Update all registered households</source>
        <translation>Cập nhật tất cả các hộ đã có</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="559"/>
        <source>Show:</source>
        <translation>Hiện:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="578"/>
        <source>← Back to the columns</source>
        <translation>← Quay lại chọn cột</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="580"/>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="737"/>
        <source>Save the wrong rows to fix in Excel…</source>
        <translation>Lưu các dòng lỗi để sửa trong Excel…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="624"/>
        <source>Click a row to see all of its problems. Rows with a choice (skip, update or add): double-click “What happens”.</source>
        <translation>Bấm vào một dòng để xem đầy đủ lỗi. Với dòng có lựa chọn (bỏ qua, cập nhật hay thêm mới): bấm đúp vào ô “Xử lý”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="635"/>
        <source>No problem.</source>
        <translation>Không có lỗi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="636"/>
        <source>Row {n}: {text}</source>
        <translation>Dòng {n}: {text}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="648"/>
        <source>{rows} rows read from sheet “{sheet}”.</source>
        <translation>Đã đọc {rows} dòng từ trang tính “{sheet}”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="650"/>
        <source>{add} households will be added, {update} updated and {skip} skipped (already registered or repeated in the file).</source>
        <translation>Sẽ thêm {add} hộ, cập nhật {update} hộ và bỏ qua {skip} hộ (đã có trong sổ hoặc lặp lại trong tệp).</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="656"/>
        <source>{bad} rows have problems and will not be imported: save them to fix in Excel, then import that file again.</source>
        <translation>{bad} dòng có lỗi sẽ không được nhập: hãy lưu các dòng này để sửa trong Excel, rồi nhập lại tệp đó.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="659"/>
        <source>The column “{field}” was typed in the old {encoding} font; it was converted to Unicode.</source>
        <translation>Cột “{field}” được gõ bằng phông cũ {encoding}; đã được chuyển sang Unicode.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="663"/>
        <source>New hamlets to be added: {names}.</source>
        <translation>Thôn/tổ mới sẽ được thêm: {names}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="667"/>
        <source>This same file was already imported on {when} by {who}; rows already registered will be skipped.</source>
        <translation>Chính tệp này đã được nhập lúc {when} bởi {who}; các dòng đã có trong sổ sẽ được bỏ qua.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="671"/>
        <source>Import {n} households</source>
        <translation>Nhập {n} hộ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="672"/>
        <source>Nothing to import</source>
        <translation>Không có gì để nhập</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="681"/>
        <location filename="../../app/ui/exporting.py" line="38"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="681"/>
        <source>Save the wrong rows</source>
        <translation>Lưu các dòng lỗi</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="693"/>
        <location filename="../../app/ui/exporting.py" line="62"/>
        <source>Writing {name}…</source>
        <translation>Đang ghi {name}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="696"/>
        <source>Saving the wrong rows</source>
        <translation>Đang lưu các dòng lỗi</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="701"/>
        <source>Wrong rows saved</source>
        <translation>Đã lưu các dòng lỗi</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="702"/>
        <source>The wrong rows are marked in red in {name}, with a “Lỗi” column saying what to correct. Correct them in Excel, save, and import that file again: rows already imported will be skipped.</source>
        <translation>Các dòng lỗi được tô đỏ trong {name}, kèm cột “Lỗi” ghi rõ cần sửa gì. Hãy sửa trong Excel, lưu lại rồi nhập lại tệp đó: các dòng đã nhập sẽ được bỏ qua.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="706"/>
        <source>Open it</source>
        <translation>Mở tệp</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="707"/>
        <location filename="../../app/ui/errors.py" line="50"/>
        <location filename="../../app/ui/widgets.py" line="62"/>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="725"/>
        <source>Importing</source>
        <translation>Đang nhập</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="726"/>
        <source>Importing the list…</source>
        <translation>Đang nhập danh sách…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="754"/>
        <source>Imported from {file}:</source>
        <translation>Đã nhập từ {file}:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="755"/>
        <source>• {h} households and {p} people added</source>
        <translation>• Thêm {h} hộ và {p} người</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="758"/>
        <source>• {u} registered households updated</source>
        <translation>• Cập nhật {u} hộ đã có</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="760"/>
        <source>• {s} rows skipped</source>
        <translation>• Bỏ qua {s} dòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="762"/>
        <source>• {f} rows not imported because of problems: save them, correct them in Excel and import that file again.</source>
        <translation>• {f} dòng không được nhập vì có lỗi: hãy lưu lại, sửa trong Excel rồi nhập lại tệp đó.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="767"/>
        <source>If this was a mistake, the whole import can be undone from File → Earlier imports, as long as nothing was built on it.</source>
        <translation>Nếu nhập nhầm, có thể hoàn tác cả lần nhập ở Tệp → Các lần nhập trước, miễn là chưa có gì được ghi thêm vào các hộ đó.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="786"/>
        <source>1. Which column holds what</source>
        <translation>1. Cột nào chứa thông tin gì</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="786"/>
        <source>2. Check every row</source>
        <translation>2. Kiểm tra từng dòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="787"/>
        <source>3. Done</source>
        <translation>3. Hoàn tất</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/imports_dialog.py" line="32"/>
        <source>Earlier imports</source>
        <translation>Các lần nhập trước</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/imports_dialog.py" line="37"/>
        <source>When</source>
        <translation>Lúc</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/imports_dialog.py" line="37"/>
        <source>By</source>
        <translation>Người nhập</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/imports_dialog.py" line="37"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/imports_dialog.py" line="37"/>
        <source>Households added</source>
        <translation>Số hộ thêm</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/imports_dialog.py" line="37"/>
        <source>People added</source>
        <translation>Số người thêm</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/imports_dialog.py" line="38"/>
        <source>Households updated</source>
        <translation>Số hộ cập nhật</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/imports_dialog.py" line="38"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/imports_dialog.py" line="45"/>
        <source>Undoing an import voids the households and people it added and puts back what it changed. It is refused once anyone has edited them or recorded something for them.</source>
        <translation>Hoàn tác một lần nhập sẽ hủy các hộ và người đã thêm, và trả lại những gì đã thay đổi. Không thể hoàn tác khi đã có người sửa các hộ đó hoặc ghi thêm thông tin cho họ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/imports_dialog.py" line="49"/>
        <source>Undo this import…</source>
        <translation>Hoàn tác lần nhập này…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/imports_dialog.py" line="71"/>
        <source>Undone on {when}</source>
        <translation>Đã hoàn tác lúc {when}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/imports_dialog.py" line="95"/>
        <source>Undo this import</source>
        <translation>Hoàn tác lần nhập này</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/imports_dialog.py" line="96"/>
        <source>Void the {h} households and {p} people imported from {file} on {when}, and put back what it changed?</source>
        <translation>Hủy {h} hộ và {p} người đã nhập từ {file} lúc {when}, và trả lại những gì lần nhập đã thay đổi?</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/imports_dialog.py" line="108"/>
        <source>Undoing the import</source>
        <translation>Đang hoàn tác lần nhập</translation>
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
        <location filename="../../app/ui/exporting.py" line="37"/>
        <location filename="../../app/ui/exporting.py" line="60"/>
        <location filename="../../app/ui/exporting.py" line="71"/>
        <source>Export to Excel</source>
        <translation>Xuất Excel</translation>
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
        <location filename="../../app/ui/main_window.py" line="44"/>
        <source>Needs</source>
        <translation>Nhu cầu</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="45"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="73"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="74"/>
        <source>&amp;New household</source>
        <translation>&amp;Thêm hộ gia đình mới</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="78"/>
        <source>&amp;Import list…</source>
        <translation>&amp;Nhập danh sách…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="82"/>
        <source>&amp;Earlier imports…</source>
        <translation>Các &amp;lần nhập trước…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="86"/>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="90"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="91"/>
        <source>&amp;About Lá Lành</source>
        <translation>&amp;Giới thiệu Lá Lành</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="130"/>
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
