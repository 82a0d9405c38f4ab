<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>lalanh</name>
    <message>
        <location filename="../../app/cli.py" line="29"/>
        <source>usage: </source>
        <translation>cách dùng: </translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="29"/>
        <source>positional arguments</source>
        <translation>tham số theo vị trí</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="29"/>
        <source>options</source>
        <translation>tùy chọn</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="30"/>
        <source>show this help message and exit</source>
        <translation>hiện hướng dẫn này rồi thoát</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="30"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: lỗi: %(message)s
</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="31"/>
        <source>the following arguments are required: %s</source>
        <translation>còn thiếu tham số bắt buộc: %s</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="31"/>
        <source>unrecognized arguments: %s</source>
        <translation>không hiểu tham số: %s</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="32"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>không có lựa chọn %(value)r (chọn một trong: %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="33"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>tham số %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="33"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>giá trị %(type)s không hợp lệ: %(value)r</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="34"/>
        <source>expected one argument</source>
        <translation>cần một giá trị</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="34"/>
        <source>expected at least one argument</source>
        <translation>cần ít nhất một giá trị</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="35"/>
        <source>expected at most one argument</source>
        <translation>chỉ nhận nhiều nhất một giá trị</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="35"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>tùy chọn %(option)s chưa rõ: có thể là %(matches)s</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="36"/>
        <source>not allowed with argument %s</source>
        <translation>không dùng cùng tham số %s</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="36"/>
        <source>one of the arguments %s is required</source>
        <translation>cần một trong các tham số %s</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="37"/>
        <source>ignored explicit argument %r</source>
        <translation>bỏ qua giá trị %r (tùy chọn này không nhận giá trị)</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="45"/>
        <source>Lá Lành — relief aid registry. Without a command, opens the window.</source>
        <translation>Lá Lành — phần mềm quản lý hỗ trợ, cứu trợ. Nếu không có lệnh, chương trình mở cửa sổ làm việc.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="48"/>
        <source>show the version and exit</source>
        <translation>hiện phiên bản rồi thoát</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="50"/>
        <source>database file or URL (default: lalanh.db in the data folder; the data folder is set by LALANH_DATA_DIR)</source>
        <translation>tệp hoặc địa chỉ URL của cơ sở dữ liệu (mặc định: lalanh.db trong thư mục dữ liệu; thư mục dữ liệu được đặt bằng biến LALANH_DATA_DIR)</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="52"/>
        <source>language of messages</source>
        <translation>ngôn ngữ hiển thị thông báo</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="53"/>
        <source>act as this user (default: the computer&apos;s user); the services check its roles</source>
        <translation>thực hiện với tư cách người dùng này (mặc định: người dùng đang đăng nhập máy tính); chương trình sẽ kiểm tra vai trò của người dùng đó</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="60"/>
        <source>fill an empty database with a synthetic commune and its aid season</source>
        <translation>tạo dữ liệu mẫu trong cơ sở dữ liệu trống: một xã giả định cùng các đợt hỗ trợ của xã</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="65"/>
        <source>find persons by name, ID number, phone or code</source>
        <translation>tìm nhân khẩu theo họ tên, số CCCD/CMND, số điện thoại hoặc mã hộ</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="69"/>
        <source>import a list of households from .xlsx, .xls, .ods or .csv</source>
        <translation>nhập danh sách hộ từ tệp .xlsx, .xls, .ods hoặc .csv</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="71"/>
        <source>the list to import</source>
        <translation>tệp danh sách cần nhập</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="72"/>
        <source>the sheet to import (default: the first with a list)</source>
        <translation>trang tính cần nhập (mặc định: trang đầu tiên có danh sách)</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="74"/>
        <source>which column holds which field, e.g. “B=full_name,C=birth_year”; fields: {fields}</source>
        <translation>cột nào chứa thông tin gì, ví dụ “B=full_name,C=birth_year”; các trường: {fields}</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="76"/>
        <source>the hamlet of rows that name none</source>
        <translation>thôn/tổ cho các dòng không ghi thôn</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="80"/>
        <source>add hamlets the list names that the commune does not have yet</source>
        <translation>thêm các thôn/tổ có trong danh sách mà xã chưa có</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="86"/>
        <source>what to do with people already registered (default: skip)</source>
        <translation>xử lý người đã có trong sổ (mặc định: bỏ qua)</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="89"/>
        <source>check the list and report, without importing</source>
        <translation>chỉ kiểm tra danh sách và báo lỗi, không nhập</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="94"/>
        <source>where to write the list of wrong rows (default: next to the file)</source>
        <translation>nơi lưu tệp các dòng lỗi (mặc định: cạnh tệp gốc)</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="96"/>
        <source>list earlier imports</source>
        <translation>liệt kê các lần nhập trước</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="97"/>
        <source>undo an earlier import</source>
        <translation>hoàn tác một lần nhập trước</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="99"/>
        <source>write a list to an Excel file (.xlsx)</source>
        <translation>xuất một danh sách ra tệp Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="102"/>
        <source>the list: households, open needs, donations received, stock on hand, stock adjustments, programs, a program&apos;s distribution list; the records of merges, imports, sync bundles, sync conflicts and persons registered by two offices; the hamlets, users or organisations</source>
        <translation>danh sách: households (hộ gia đình), needs (nhu cầu chưa đáp ứng), donations (ủng hộ đã nhận), stock (tồn kho), stock-adjustments (điều chỉnh kho), programs (đợt hỗ trợ), distribution (danh sách cấp phát của một đợt); merges (các lần gộp hồ sơ), imports (các lần nhập Excel), sync-bundles (gói đồng bộ), sync-conflicts (xung đột đồng bộ), same-persons (người được hai đơn vị đăng ký); hamlets (thôn/tổ), users (người dùng), organisations (tổ chức)</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="109"/>
        <source>the file to write (an existing one is replaced)</source>
        <translation>tệp cần ghi (nếu đã có sẽ bị thay thế)</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="110"/>
        <source>only the households or needs of this hamlet</source>
        <translation>chỉ các hộ hoặc nhu cầu của thôn/tổ này</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="112"/>
        <source>distribution: the program (its code, e.g. P0001)</source>
        <translation>distribution: đợt hỗ trợ (theo mã, ví dụ P0001)</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="114"/>
        <source>distribution: only the rows waiting, received or removed</source>
        <translation>distribution: chỉ các dòng chờ nhận (waiting), đã nhận (received) hoặc đã đưa ra (removed)</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="115"/>
        <source>households: only those a search finds (name, ID number, phone or code); donations: by donor or receipt number</source>
        <translation>households: chỉ các hộ tìm thấy theo họ tên, số CCCD/CMND, số điện thoại hoặc mã hộ; donations: theo người/đơn vị ủng hộ hoặc số phiếu thu</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="119"/>
        <source>households: include voided households</source>
        <translation>households: gồm cả các hộ đã hủy</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="120"/>
        <source>needs: only this kind (rice, cash, food…)</source>
        <translation>needs: chỉ loại nhu cầu này (rice, cash, food…)</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="121"/>
        <source>needs: only this urgency (low, normal, high, critical)</source>
        <translation>needs: chỉ mức độ khẩn cấp này (low, normal, high, critical)</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="124"/>
        <source>database maintenance</source>
        <translation>bảo trì cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="126"/>
        <source>upgrade the database to this version (after a backup)</source>
        <translation>nâng cấp cơ sở dữ liệu lên phiên bản này (sau khi sao lưu)</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="127"/>
        <source>check integrity and schema</source>
        <translation>kiểm tra tính toàn vẹn và cấu trúc dữ liệu</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="155"/>
        <source>Error: {message}</source>
        <translation>Lỗi: {message}</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="163"/>
        <source>Stopped.</source>
        <translation>Đã dừng.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="184"/>
        <source>Demo commune: {h} households, {p} persons, {m} hamlets, {n} needs in {s:.1f} s ({db}).</source>
        <translation>Xã mẫu: {h} hộ, {p} nhân khẩu, {m} thôn/tổ, {n} nhu cầu, tạo trong {s:.1f} giây ({db}).</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="189"/>
        <source>Aid season: {p} programs, {r} list rows, {d} donations, {g} receipts ({s:.1f} s of the above). Users: lalanh user list.</source>
        <translation>Các đợt hỗ trợ mẫu: {p} đợt hỗ trợ, {r} dòng danh sách, {d} khoản ủng hộ, {g} lần nhận (mất {s:.1f} giây trong tổng thời gian trên). Người dùng: xem bằng lệnh lalanh user list.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="207"/>
        <source>No one found.</source>
        <translation>Không tìm thấy ai.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="218"/>
        <source>Database is at schema {rev}.</source>
        <translation>Cơ sở dữ liệu đang ở phiên bản cấu trúc {rev}.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="225"/>
        <source>{n} problems found. Restore the latest backup from {folder} or ask for help.</source>
        <translation>Phát hiện {n} lỗi. Hãy khôi phục bản sao lưu gần nhất trong thư mục {folder} hoặc nhờ cán bộ kỹ thuật hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="228"/>
        <source>Database OK (schema {rev}).</source>
        <translation>Cơ sở dữ liệu không có lỗi (cấu trúc {rev}).</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="239"/>
        <source>undone</source>
        <translation>đã hoàn tác</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="246"/>
        <source>Import undone.</source>
        <translation>Đã hoàn tác lần nhập.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="249"/>
        <source>Name the file to import, e.g. lalanh import danh-sach.xlsx.</source>
        <translation>Hãy ghi tên tệp cần nhập, ví dụ: lalanh import danh-sach.xlsx.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="270"/>
        <source>The wrong rows are marked in {path}: correct them there and import that file again.</source>
        <translation>Các dòng lỗi đã được đánh dấu trong {path}: sửa ở đó rồi nhập lại tệp đó.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="276"/>
        <source>Imported: {h} households and {p} persons added, {u} households updated, {s} rows skipped, {f} rows not imported.</source>
        <translation>Đã nhập: thêm {h} hộ và {p} người, cập nhật {u} hộ, bỏ qua {s} dòng, {f} dòng không được nhập.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="281"/>
        <source>To undo it: lalanh import --undo {id}</source>
        <translation>Để hoàn tác: lalanh import --undo {id}</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="298"/>
        <source>“{name}” is not a field; use one of: {fields}.</source>
        <translation>“{name}” không phải là một trường; hãy dùng một trong: {fields}.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="308"/>
        <source>“{col}” is not a column: write a letter (B) or a number (2).</source>
        <translation>“{col}” không phải là một cột: hãy ghi chữ cái (B) hoặc số thứ tự (2).</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="317"/>
        <source>No single import has the id {id}; see lalanh import --list.</source>
        <translation>Không tìm được đúng một lần nhập có mã {id}; xem lalanh import --list.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="331"/>
        <source>Rows that name no hamlet are in {hamlet}, as the list&apos;s title says (choose another with --hamlet).</source>
        <translation>Các dòng không ghi thôn được xếp vào {hamlet}, theo tiêu đề danh sách (chọn thôn khác bằng --hamlet).</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="348"/>
        <source>There is no hamlet called “{name}”.</source>
        <translation>Không có thôn/tổ nào tên “{name}”.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="366"/>
        <source>{file}, sheet “{sheet}”: {rows} rows, header on row {header}.</source>
        <translation>{file}, trang “{sheet}”: {rows} dòng, dòng tiêu đề là dòng {header}.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="370"/>
        <source>Column {field} was typed in the old {encoding} font; converted to Unicode.</source>
        <translation>Cột {field} được gõ bằng phông cũ {encoding}; đã chuyển sang Unicode.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="374"/>
        <source>This same file was imported on {when} by {who}.</source>
        <translation>Chính tệp này đã được nhập lúc {when} bởi {who}.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="377"/>
        <source>{n} rows without a number (STT) are members of the household numbered above them, as the list is laid out. If each row is a household, give --mapping without the STT column.</source>
        <translation>{n} dòng không có số thứ tự (STT) được tính là người trong hộ có STT ngay phía trên, như cách danh sách được lập. Nếu mỗi dòng là một hộ, hãy dùng --mapping không có cột STT.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="380"/>
        <source>To add: {new} households. Already registered or repeated: {dup} (skip {skip}, update {update}). Rows with problems: {bad}.</source>
        <translation>Sẽ thêm: {new} hộ. Đã có trong sổ hoặc lặp lại: {dup} (bỏ qua {skip}, cập nhật {update}). Dòng có lỗi: {bad}.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="385"/>
        <source>Row {n}: {problems}</source>
        <translation>Dòng {n}: {problems}</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="387"/>
        <source>… and {n} more rows with problems.</source>
        <translation>… và {n} dòng lỗi khác.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="401"/>
        <source>Lá Lành writes Excel files (.xlsx): name the file “{name}”.</source>
        <translation>Lá Lành ghi tệp Excel (.xlsx): hãy đặt tên tệp là “{name}”.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="406"/>
        <source>{option} is one of: {choices}.</source>
        <translation>{option} phải là một trong các giá trị: {choices}.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="409"/>
        <source>--program and --state are for the distribution list.</source>
        <translation>--program và --state chỉ dùng cho danh sách cấp phát (distribution).</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="420"/>
        <source>Say which program&apos;s list: --program P0001.</source>
        <translation>Hãy cho biết danh sách của đợt nào: --program P0001.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="422"/>
        <source>For the distribution list only --program, --hamlet, --state and --search apply.</source>
        <translation>Danh sách cấp phát chỉ nhận --program, --hamlet, --state và --search.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="432"/>
        <source>The {list} list takes no filter: all of it is written.</source>
        <translation>Danh sách {list} không có bộ lọc: toàn bộ danh sách được ghi ra.</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="441"/>
        <source>For the donations list only --search applies (donor or receipt number).</source>
        <translation>Với danh sách ủng hộ chỉ dùng được --search (người ủng hộ hoặc số phiếu thu).</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="446"/>
        <source>--search and --voided are for the households list.</source>
        <translation>--search và --voided chỉ dùng cho danh sách hộ gia đình (households).</translation>
    </message>
    <message>
        <location filename="../../app/cli.py" line="450"/>
        <source>{n} rows written to {path}.</source>
        <translation>Đã ghi {n} dòng vào {path}.</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="46"/>
        <source>organisations that run programs or give aid</source>
        <translation>các tổ chức thực hiện đợt hỗ trợ hoặc ủng hộ</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="48"/>
        <source>add an organisation</source>
        <translation>thêm một tổ chức</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="51"/>
        <source>what kind of organisation (default: other)</source>
        <translation>loại tổ chức (mặc định: other – khác)</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="53"/>
        <source>list the organisations</source>
        <translation>liệt kê các tổ chức</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="55"/>
        <source>aid programs and their recipient lists</source>
        <translation>các đợt hỗ trợ và danh sách nhận hỗ trợ</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="57"/>
        <source>one program per line: id, code, list status, name, organisation, households listed</source>
        <translation>mỗi dòng một đợt hỗ trợ: id, mã, trạng thái danh sách, tên, tổ chức, số hộ trong danh sách</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="59"/>
        <source>define a program</source>
        <translation>tạo một đợt hỗ trợ</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="62"/>
        <source>the organisation that runs it (name or id)</source>
        <translation>tổ chức thực hiện (tên hoặc id)</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="64"/>
        <source>first day (dd/mm/yyyy)</source>
        <translation>ngày bắt đầu (dd/mm/yyyy)</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="65"/>
        <source>last day (dd/mm/yyyy)</source>
        <translation>ngày kết thúc (dd/mm/yyyy)</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="67"/>
        <source>the donor, with --funding donor</source>
        <translation>nhà tài trợ, khi dùng --funding donor</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="69"/>
        <source>overlap group, e.g. “Tết 2026”: its programs are checked for double-dipping</source>
        <translation>nhóm chống trùng, ví dụ “Tết 2026”: các đợt hỗ trợ trong nhóm được kiểm tra để phát hiện nhận trùng</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="72"/>
        <source>an item and its norm, e.g. cash=500000/person,poor=1000000 or rice=15/person,max=60 (at most 60 a household) or gift=1/household (repeatable)</source>
        <translation>mặt hàng và định mức, ví dụ cash=500000/person,poor=1000000 hoặc rice=15/person,max=60 (tối đa 60 mỗi hộ) hoặc gift=1/household (dùng được nhiều lần)</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="76"/>
        <source>eligible category (code or name; repeatable; none: anyone)</source>
        <translation>diện đối tượng được hưởng (mã hoặc tên; dùng được nhiều lần; không ghi: mọi đối tượng)</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="78"/>
        <source>eligible hamlet (repeatable; none: every hamlet)</source>
        <translation>thôn/tổ được hưởng (dùng được nhiều lần; không ghi: mọi thôn/tổ)</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="80"/>
        <source>only households with an open need of this kind (repeatable)</source>
        <translation>chỉ các hộ có nhu cầu chưa đáp ứng thuộc loại này (dùng được nhiều lần)</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="82"/>
        <source>residence statuses counted (default: permanent and temporary)</source>
        <translation>các tình trạng cư trú được tính (mặc định: thường trú và tạm trú)</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="84"/>
        <source>build (or bring up to date) the draft recipient list</source>
        <translation>lập (hoặc cập nhật) danh sách nhận hỗ trợ nháp</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="85"/>
        <location filename="../../app/cli_aid.py" line="94"/>
        <source>the program: id, code (P0001) or name</source>
        <translation>đợt hỗ trợ: id, mã (P0001) hoặc tên</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="86"/>
        <source>submit the draft list for approval</source>
        <translation>trình duyệt danh sách nháp</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="87"/>
        <source>approve a submitted list (approver)</source>
        <translation>duyệt danh sách đã trình (người duyệt)</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="88"/>
        <source>lock an approved list: the round is closed</source>
        <translation>khóa danh sách đã duyệt: kết thúc đợt hỗ trợ</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="89"/>
        <source>status, version and progress per item</source>
        <translation>trạng thái, phiên bản và tiến độ theo từng mặt hàng</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="90"/>
        <source>households not on the list that may belong there</source>
        <translation>các hộ có thể bị bỏ sót: chưa có trong danh sách nhưng có thể thuộc diện được hưởng</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="91"/>
        <source>the double-dipping check within the overlap group</source>
        <translation>kiểm tra nhận trùng trong nhóm chống trùng</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="92"/>
        <source>what happened to the list</source>
        <translation>lịch sử thay đổi của danh sách</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="97"/>
        <source>send a submitted list back to draft, with the reason</source>
        <translation>trả lại danh sách đã trình về trạng thái nháp, kèm lý do</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="100"/>
        <source>put a household on the list by hand</source>
        <translation>thêm thủ công một hộ vào danh sách</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="101"/>
        <source>take a household off the list</source>
        <translation>đưa một hộ ra khỏi danh sách</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="107"/>
        <source>aid received: donations and budget allocations</source>
        <translation>tiếp nhận hỗ trợ: các khoản ủng hộ và cấp từ ngân sách</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="109"/>
        <source>record aid received (accountant)</source>
        <translation>ghi nhận khoản hỗ trợ đã tiếp nhận (kế toán)</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="110"/>
        <source>who gave it</source>
        <translation>người/đơn vị ủng hộ</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="111"/>
        <source>item code or name: cash, rice, gift…</source>
        <translation>mã hoặc tên mặt hàng: cash, rice, gift…</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="112"/>
        <source>amount in đồng or quantity in the item&apos;s unit</source>
        <translation>số tiền (đồng) hoặc số lượng theo đơn vị tính của mặt hàng</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="114"/>
        <source>date received (default: today)</source>
        <translation>ngày tiếp nhận (mặc định: hôm nay)</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="116"/>
        <source>earmarked for this program</source>
        <translation>dành riêng cho đợt hỗ trợ này</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="118"/>
        <source>the donor&apos;s organisation, if it is one of ours</source>
        <translation>tổ chức của người ủng hộ, nếu đã có trong danh mục tổ chức</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="120"/>
        <source>list donations, newest first</source>
        <translation>liệt kê các khoản ủng hộ, mới nhất trước</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="121"/>
        <source>only those earmarked for this program</source>
        <translation>chỉ các khoản dành riêng cho đợt hỗ trợ này</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="122"/>
        <source>donor or receipt number</source>
        <translation>người/đơn vị ủng hộ hoặc số phiếu thu</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="123"/>
        <source>cancel a donation entry with a reversing entry</source>
        <translation>hủy một khoản ủng hộ đã ghi bằng bút toán đảo</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="124"/>
        <source>the entry&apos;s id (from donation list)</source>
        <translation>id của khoản đã ghi (lấy từ lệnh donation list)</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="127"/>
        <source>stock on hand per item, from the ledger</source>
        <translation>tồn kho theo từng mặt hàng, theo sổ sách</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="129"/>
        <source>what was earmarked for and given by this program</source>
        <translation>số đã dành riêng cho đợt hỗ trợ này và số đã cấp phát trong đợt</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="131"/>
        <source>handing out aid against an approved list</source>
        <translation>cấp phát hỗ trợ theo danh sách đã duyệt</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="133"/>
        <source>record that a list row was received</source>
        <translation>ghi nhận một dòng trong danh sách đã nhận hỗ trợ</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="134"/>
        <source>the row code printed on the list, e.g. P0001-00042</source>
        <translation>mã dòng in trên danh sách, ví dụ P0001-00042</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="135"/>
        <source>refuse a code of another program&apos;s list</source>
        <translation>từ chối mã dòng thuộc danh sách của đợt hỗ trợ khác</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="136"/>
        <source>date handed out (default: today)</source>
        <translation>ngày cấp phát (mặc định: hôm nay)</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="137"/>
        <source>number of the ID document shown</source>
        <translation>số giấy tờ tùy thân được xuất trình</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="139"/>
        <source>type of the ID shown (default: from its length)</source>
        <translation>loại giấy tờ xuất trình (mặc định: xác định theo số chữ số)</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="140"/>
        <source>collected by a proxy: the proxy&apos;s name</source>
        <translation>khi có người nhận thay: họ tên người nhận thay</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="141"/>
        <source>the proxy&apos;s relation to the household</source>
        <translation>quan hệ của người nhận thay với hộ</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="144"/>
        <source>a quantity other than the entitlement (repeatable)</source>
        <translation>số lượng khác với số được nhận (dùng được nhiều lần)</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="145"/>
        <source>who handed it out (default: you)</source>
        <translation>người trao (mặc định: người dùng hiện tại)</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="148"/>
        <source>why more than the entitlement or the stock is given</source>
        <translation>lý do cấp nhiều hơn số được nhận hoặc vượt quá tồn kho</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="150"/>
        <source>mark the household&apos;s open needs the items meet as met</source>
        <translation>đánh dấu là đã đáp ứng các nhu cầu chưa đáp ứng của hộ mà các mặt hàng được cấp đáp ứng</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="151"/>
        <source>cancel a receipt with a reversing receipt</source>
        <translation>hủy một lần nhận bằng bút toán đảo</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="154"/>
        <source>the rows of a program&apos;s list, one per line</source>
        <translation>các dòng trong danh sách của một đợt hỗ trợ, mỗi dòng một hộ</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="159"/>
        <source>the users of this installation and their roles</source>
        <translation>người dùng trên máy này và vai trò của họ</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="161"/>
        <source>add a user or change one (administrator)</source>
        <translation>thêm hoặc sửa người dùng (quản trị)</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="163"/>
        <source>full name, printed on lists and receipts</source>
        <translation>họ và tên, in trên danh sách và phiếu nhận</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="166"/>
        <source>list the users</source>
        <translation>liệt kê người dùng</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="192"/>
        <source>“{text}” is not a date: write it as dd/mm/yyyy, e.g. 25/01/2026.</source>
        <translation>“{text}” không phải là ngày tháng: hãy ghi theo dạng dd/mm/yyyy, ví dụ 25/01/2026.</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="204"/>
        <source>“{text}” is not a number ({what}).</source>
        <translation>“{text}” không phải là một số ({what}).</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="228"/>
        <source>There is no item “{text}”. The items are: {names}.</source>
        <translation>Không có mặt hàng “{text}”. Các mặt hàng hiện có: {names}.</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="243"/>
        <source>none yet (lalanh org add NAME)</source>
        <translation>chưa có tổ chức nào (thêm bằng lệnh lalanh org add NAME)</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="244"/>
        <source>There is no single organisation “{text}”. The organisations are: {names}.</source>
        <translation>Không tìm được đúng một tổ chức “{text}”. Các tổ chức hiện có: {names}.</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="259"/>
        <source>There is no category “{text}”. The categories are: {codes}.</source>
        <translation>Không có diện đối tượng “{text}”. Các diện đối tượng hiện có: {codes}.</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="277"/>
        <source>There is no household with the code {code}.</source>
        <translation>Không có hộ nào mang mã {code}.</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="288"/>
        <source>Write an item and its norm as ITEM=QUANTITY/person, e.g. cash=500000/person or rice=15/person, not “{text}”.</source>
        <translation>Hãy ghi mặt hàng và định mức theo dạng ITEM=QUANTITY/person, ví dụ cash=500000/person hoặc rice=15/person, không phải “{text}”.</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="294"/>
        <source>“/{per}”: a norm is per person or per household.</source>
        <translation>“/{per}”: định mức chỉ tính theo mỗi người (/person) hoặc mỗi hộ (/household).</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="314"/>
        <source>No single {what} has the id {id}.</source>
        <translation>Không tìm được đúng một {what} có id {id}.</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="362"/>
        <source>User {user} ({name}): {roles}.</source>
        <translation>Người dùng {user} ({name}): {roles}.</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="367"/>
        <location filename="../../app/ui/pages/settings.py" line="156"/>
        <source>inactive</source>
        <translation>ngừng hoạt động</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="418"/>
        <source>List of {code} “{name}”: {listed} households, {persons} persons. Added {added}, updated {updated}, taken off {dropped}, left as set by hand {hand}. Planned: {planned}.</source>
        <translation>Danh sách đợt {code} “{name}”: {listed} hộ, {persons} nhân khẩu. Thêm {added}, cập nhật {updated}, đưa ra {dropped}, giữ nguyên theo điều chỉnh thủ công {hand}. Kế hoạch: {planned}.</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="438"/>
        <source>The list of {code} is {status}: it cannot be {step} now.</source>
        <translation>Danh sách đợt {code} đang ở trạng thái {status}: hiện không thể {step}.</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="440"/>
        <source>submitted</source>
        <translation>trình duyệt</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="440"/>
        <source>approved</source>
        <translation>duyệt</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="441"/>
        <source>locked</source>
        <translation>khóa</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="443"/>
        <source>The list of {code} “{name}” is now {status}.</source>
        <translation>Danh sách đợt {code} “{name}” đã chuyển sang trạng thái: {status}.</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="454"/>
        <source>The list of {code} went back to draft.</source>
        <translation>Danh sách đợt {code} đã được trả lại trạng thái nháp.</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="469"/>
        <source>Household {household}: {done}. The list of {code} has {n} households (version {version}).</source>
        <translation>Hộ {household}: {done}. Danh sách đợt {code} hiện có {n} hộ (phiên bản {version}).</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="472"/>
        <source>added</source>
        <translation>đã thêm vào danh sách</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="472"/>
        <source>taken off</source>
        <translation>đã đưa ra khỏi danh sách</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="484"/>
        <location filename="../../app/services/exports.py" line="490"/>
        <location filename="../../app/ui/dialogs/donation_dialog.py" line="171"/>
        <location filename="../../app/ui/dialogs/organisations_dialog.py" line="47"/>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="406"/>
        <location filename="../../app/ui/pages/program_models.py" line="37"/>
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="484"/>
        <location filename="../../app/services/exports.py" line="491"/>
        <location filename="../../app/ui/pages/program_models.py" line="37"/>
        <source>Funding</source>
        <translation>Nguồn kinh phí</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="485"/>
        <location filename="../../app/services/exports.py" line="492"/>
        <location filename="../../app/ui/pages/program_models.py" line="37"/>
        <source>Period</source>
        <translation>Thời gian thực hiện</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="485"/>
        <location filename="../../app/services/exports.py" line="493"/>
        <location filename="../../app/ui/dialogs/program_dialog.py" line="207"/>
        <location filename="../../app/ui/pages/program_models.py" line="38"/>
        <source>Overlap group</source>
        <translation>Nhóm chống trùng</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="486"/>
        <location filename="../../app/services/exports.py" line="496"/>
        <location filename="../../app/ui/pages/program_models.py" line="38"/>
        <source>Norms</source>
        <translation>Định mức</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="486"/>
        <location filename="../../app/services/exports.py" line="494"/>
        <location filename="../../app/ui/pages/program_models.py" line="38"/>
        <source>List</source>
        <translation>Danh sách</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="487"/>
        <location filename="../../app/ui/pages/program_models.py" line="212"/>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="488"/>
        <location filename="../../app/services/exports.py" line="146"/>
        <location filename="../../app/ui/main_window.py" line="59"/>
        <location filename="../../app/ui/pages/duplicates.py" line="59"/>
        <location filename="../../app/ui/pages/program_models.py" line="38"/>
        <source>Households</source>
        <translation>Hộ gia đình</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="488"/>
        <source>{listed} listed, {received} received, {waiting} waiting</source>
        <translation>{listed} trong danh sách, {received} đã nhận, {waiting} chưa nhận</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="491"/>
        <location filename="../../app/services/exports.py" line="587"/>
        <location filename="../../app/ui/pages/distribution_list.py" line="43"/>
        <location filename="../../app/ui/pages/program_models.py" line="73"/>
        <source>Persons</source>
        <translation>Nhân khẩu</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="491"/>
        <source>{listed} listed, {received} received</source>
        <translation>{listed} trong danh sách, {received} đã nhận</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="496"/>
        <source>{item}: planned {planned}, given {given}, stock {stock}</source>
        <translation>{item}: kế hoạch {planned}, đã cấp {given}, tồn kho {stock}</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="501"/>
        <source>, earmarked for it and not yet given {left}</source>
        <translation>, dành riêng cho đợt này và chưa cấp {left}</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="513"/>
        <source>eligible now</source>
        <translation>hiện đủ điều kiện</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="514"/>
        <source>{n} households not on the list.</source>
        <translation>{n} hộ chưa có trong danh sách.</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="525"/>
        <location filename="../../app/dedup/scoring.py" line="67"/>
        <source>same household</source>
        <translation>cùng hộ</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="526"/>
        <source>same ID number in household {code}</source>
        <translation>trùng số giấy tờ với người ở hộ {code}</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="527"/>
        <source>received on {date}</source>
        <translation>đã nhận ngày {date}</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="528"/>
        <source>listed, not received</source>
        <translation>có trong danh sách, chưa nhận</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="535"/>
        <source>{n} households also on another list of the group.</source>
        <translation>{n} hộ có tên cả trong danh sách khác của nhóm.</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="576"/>
        <source>donation</source>
        <translation>khoản ủng hộ</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="578"/>
        <source>Reversed by entry {id}.</source>
        <translation>Đã hủy bằng bút toán đảo {id}.</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="583"/>
        <source>reversal</source>
        <translation>bút toán đảo</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="583"/>
        <source>reversed</source>
        <translation>đã bị hủy</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="611"/>
        <source>Nothing received or handed out yet.</source>
        <translation>Chưa có khoản tiếp nhận hay cấp phát nào.</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="625"/>
        <source>receipt</source>
        <translation>lần nhận</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="627"/>
        <source>Reversed by receipt {id}.</source>
        <translation>Đã hủy bằng bút toán đảo {id}.</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="646"/>
        <source>Write a quantity as ITEM=QUANTITY, e.g. rice=10, not “{text}”.</source>
        <translation>Hãy ghi số lượng theo dạng ITEM=QUANTITY, ví dụ rice=10, không phải “{text}”.</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="666"/>
        <source>Warning: {text}</source>
        <translation>Cảnh báo: {text}</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="670"/>
        <source>{n} needs marked met, with this receipt as evidence.</source>
        <translation>Đã đánh dấu {n} nhu cầu là đã đáp ứng, lấy lần nhận này làm căn cứ.</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="672"/>
        <source>Open needs this may meet: {kinds} (again with --needs-met to mark them met).</source>
        <translation>Các nhu cầu chưa đáp ứng mà lần nhận này có thể đáp ứng: {kinds} (chạy lại với --needs-met để đánh dấu là đã đáp ứng).</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="695"/>
        <source>waiting</source>
        <translation>chưa nhận</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="695"/>
        <source>received</source>
        <translation>đã nhận</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="696"/>
        <source>removed</source>
        <translation>đã đưa ra khỏi danh sách</translation>
    </message>
    <message>
        <location filename="../../app/cli_aid.py" line="704"/>
        <source>{n} rows.</source>
        <translation>{n} dòng.</translation>
    </message>
    <message>
        <location filename="../../app/cli_dedup.py" line="30"/>
        <source>find persons registered more than once</source>
        <translation>tìm những người được đăng ký nhiều lần</translation>
    </message>
    <message>
        <location filename="../../app/cli_dedup.py" line="33"/>
        <source>list the possible duplicate pairs of the registry, strongest first</source>
        <translation>liệt kê các cặp hồ sơ có thể trùng lặp trong sổ, cặp khả năng cao nhất trước</translation>
    </message>
    <message>
        <location filename="../../app/cli_dedup.py" line="36"/>
        <source>write the pairs to this Excel (.xlsx) or CSV (.csv) file (default: a table on the screen)</source>
        <translation>ghi các cặp vào tệp Excel (.xlsx) hoặc CSV (.csv) này (mặc định: in bảng ra màn hình)</translation>
    </message>
    <message>
        <location filename="../../app/cli_dedup.py" line="39"/>
        <source>only the pairs probably the same person (suggest), or only those that need a look (review)</source>
        <translation>chỉ các cặp có lẽ là cùng một người (suggest), hoặc chỉ các cặp cần xem xét (review)</translation>
    </message>
    <message>
        <location filename="../../app/cli_dedup.py" line="42"/>
        <source>print the possible existing records of one person</source>
        <translation>in các hồ sơ đã có có thể là của một người</translation>
    </message>
    <message>
        <location filename="../../app/cli_dedup.py" line="43"/>
        <source>the person&apos;s full name</source>
        <translation>họ và tên của người đó</translation>
    </message>
    <message>
        <location filename="../../app/cli_dedup.py" line="45"/>
        <source>the year of birth (or the date, dd/mm/yyyy)</source>
        <translation>năm sinh (hoặc ngày sinh, dd/mm/yyyy)</translation>
    </message>
    <message>
        <location filename="../../app/cli_dedup.py" line="47"/>
        <source>the CCCD or CMND number</source>
        <translation>số CCCD hoặc CMND</translation>
    </message>
    <message>
        <location filename="../../app/cli_dedup.py" line="49"/>
        <source>an earlier CMND number</source>
        <translation>số CMND cũ</translation>
    </message>
    <message>
        <location filename="../../app/cli_dedup.py" line="51"/>
        <source>at most this many (default: 10)</source>
        <translation>tối đa bấy nhiêu hồ sơ (mặc định: 10)</translation>
    </message>
    <message>
        <location filename="../../app/cli_dedup.py" line="67"/>
        <source>Write the file name with .xlsx (Excel) or .csv, e.g. {name}.</source>
        <translation>Hãy ghi tên tệp có đuôi .xlsx (Excel) hoặc .csv, ví dụ {name}.</translation>
    </message>
    <message>
        <location filename="../../app/cli_dedup.py" line="74"/>
        <source>Comparing</source>
        <translation>Đang so sánh</translation>
    </message>
    <message>
        <location filename="../../app/cli_dedup.py" line="89"/>
        <location filename="../../app/cli_dedup.py" line="93"/>
        <source>{n} pairs written to {path}.</source>
        <translation>Đã ghi {n} cặp vào {path}.</translation>
    </message>
    <message>
        <location filename="../../app/cli_dedup.py" line="96"/>
        <source>No possible duplicates found.</source>
        <translation>Không tìm thấy cặp hồ sơ nào có thể trùng lặp.</translation>
    </message>
    <message>
        <location filename="../../app/cli_dedup.py" line="130"/>
        <source>Could not write {path}: {error}</source>
        <translation>Không ghi được {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../app/cli_dedup.py" line="143"/>
        <location filename="../../app/services/exports.py" line="530"/>
        <location filename="../../app/ui/pages/duplicates.py" line="58"/>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <location filename="../../app/cli_dedup.py" line="143"/>
        <location filename="../../app/ui/pages/duplicates.py" line="58"/>
        <source>Person 1</source>
        <translation>Người 1</translation>
    </message>
    <message>
        <location filename="../../app/cli_dedup.py" line="143"/>
        <location filename="../../app/ui/pages/duplicates.py" line="58"/>
        <source>Person 2</source>
        <translation>Người 2</translation>
    </message>
    <message>
        <location filename="../../app/cli_dedup.py" line="143"/>
        <location filename="../../app/services/exports.py" line="540"/>
        <location filename="../../app/services/exports.py" line="723"/>
        <location filename="../../app/ui/pages/duplicates.py" line="59"/>
        <location filename="../../app/ui/pages/list_reports.py" line="256"/>
        <location filename="../../app/ui/pages/sync.py" line="97"/>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../app/cli_dedup.py" line="158"/>
        <source>Write the year of birth as 1980, or the date as dd/mm/yyyy.</source>
        <translation>Hãy ghi năm sinh dạng 1980, hoặc ngày sinh dạng dd/mm/yyyy.</translation>
    </message>
    <message>
        <location filename="../../app/cli_dedup.py" line="163"/>
        <source>Give the person&apos;s name with --name.</source>
        <translation>Hãy cho biết họ tên người đó bằng --name.</translation>
    </message>
    <message>
        <location filename="../../app/cli_dedup.py" line="168"/>
        <source>No possible existing record.</source>
        <translation>Không có hồ sơ nào có thể là của người này.</translation>
    </message>
    <message>
        <location filename="../../app/cli_dedup.py" line="172"/>
        <source>probably the same</source>
        <translation>có lẽ là cùng một người</translation>
    </message>
    <message>
        <location filename="../../app/cli_dedup.py" line="172"/>
        <source>needs a look</source>
        <translation>cần xem xét</translation>
    </message>
    <message>
        <location filename="../../app/cli_office.py" line="32"/>
        <source>this office&apos;s details</source>
        <translation>thông tin của cơ quan này</translation>
    </message>
    <message>
        <location filename="../../app/cli_office.py" line="36"/>
        <source>what printed lists and receipts say about the office: issuing body, place name, signers, hotline (shown; changed with --set)</source>
        <translation>thông tin cơ quan in trên danh sách và phiếu nhận: cơ quan ban hành, địa danh, người ký, đường dây nóng (xem; sửa bằng --set)</translation>
    </message>
    <message>
        <location filename="../../app/cli_office.py" line="41"/>
        <source>change fields (administrator), e.g. “leader.name=Nguyễn Văn An” accountant.shown=no; issuing_body takes “|” or “\n” between its two lines; fields: {fields}</source>
        <translation>sửa các mục (quản trị viên), ví dụ “leader.name=Nguyễn Văn An” accountant.shown=no; issuing_body dùng “|” hoặc “\n” để xuống dòng; các mục: {fields}</translation>
    </message>
    <message>
        <location filename="../../app/cli_office.py" line="53"/>
        <source>{field} is yes or no, not “{value}”.</source>
        <translation>{field} chỉ nhận yes hoặc no, không phải “{value}”.</translation>
    </message>
    <message>
        <location filename="../../app/cli_office.py" line="62"/>
        <source>“{change}” is not FIELD=VALUE with a known field; the fields are: {fields}.</source>
        <translation>“{change}” không có dạng MỤC=GIÁ_TRỊ với một mục đã biết; các mục là: {fields}.</translation>
    </message>
    <message>
        <location filename="../../app/cli_office.py" line="70"/>
        <source>posting_days is a number of days, e.g. 15.</source>
        <translation>posting_days là số ngày, ví dụ 15.</translation>
    </message>
    <message>
        <location filename="../../app/cli_office.py" line="117"/>
        <source>the recipient list</source>
        <translation>danh sách ký nhận</translation>
    </message>
    <message>
        <location filename="../../app/cli_office.py" line="117"/>
        <source>the public posting list</source>
        <translation>danh sách niêm yết công khai</translation>
    </message>
    <message>
        <location filename="../../app/cli_office.py" line="118"/>
        <source>the receipts</source>
        <translation>phiếu nhận</translation>
    </message>
    <message>
        <location filename="../../app/cli_office.py" line="122"/>
        <source>Still to fill before printing {document}: {fields}.</source>
        <translation>Cần điền trước khi in {document}: {fields}.</translation>
    </message>
    <message>
        <location filename="../../app/cli_print.py" line="15"/>
        <source>print a program&apos;s list or receipts to a PDF file</source>
        <translation>in danh sách hoặc phiếu nhận của một đợt hỗ trợ ra tệp PDF</translation>
    </message>
    <message>
        <location filename="../../app/cli_print.py" line="18"/>
        <source>the recipient list for signature (or, with --public, the public posting list), as .pdf or .xlsx</source>
        <translation>danh sách ký nhận (hoặc, với --public, danh sách niêm yết công khai), dạng .pdf hoặc .xlsx</translation>
    </message>
    <message>
        <location filename="../../app/cli_print.py" line="20"/>
        <source>one receipt per household, two per A4 page, as .pdf</source>
        <translation>mỗi hộ một phiếu nhận, hai phiếu một trang A4, dạng .pdf</translation>
    </message>
    <message>
        <location filename="../../app/cli_print.py" line="23"/>
        <source>the program&apos;s code (P0003), name or id</source>
        <translation>mã đợt hỗ trợ (P0003), tên hoặc id</translation>
    </message>
    <message>
        <location filename="../../app/cli_print.py" line="24"/>
        <location filename="../../app/cli_report.py" line="32"/>
        <source>the file to write: .pdf or .xlsx</source>
        <translation>tệp cần ghi: .pdf hoặc .xlsx</translation>
    </message>
    <message>
        <location filename="../../app/cli_print.py" line="26"/>
        <location filename="../../app/cli_report.py" line="42"/>
        <source>only this hamlet (repeat for several; default: all)</source>
        <translation>chỉ thôn/tổ này (lặp lại để chọn nhiều; mặc định: tất cả)</translation>
    </message>
    <message>
        <location filename="../../app/cli_print.py" line="28"/>
        <source>hamlet then name (default), name only (given name first), or list row number</source>
        <translation>theo thôn rồi theo tên (mặc định), chỉ theo tên (tên trước), hoặc theo số dòng trong danh sách</translation>
    </message>
    <message>
        <location filename="../../app/cli_print.py" line="30"/>
        <location filename="../../app/cli_report.py" line="33"/>
        <source>the document&apos;s date, dd/mm/yyyy (default: today)</source>
        <translation>ngày của văn bản, dd/mm/yyyy (mặc định: hôm nay)</translation>
    </message>
    <message>
        <location filename="../../app/cli_print.py" line="33"/>
        <source>the public posting list: ID numbers masked, no signatures column, with the posting period and the hotline</source>
        <translation>danh sách niêm yết công khai: che số giấy tờ, không có cột ký nhận, ghi thời gian niêm yết và đường dây nóng</translation>
    </message>
    <message>
        <location filename="../../app/cli_print.py" line="36"/>
        <source>A4 portrait (default: landscape)</source>
        <translation>khổ A4 dọc (mặc định: ngang)</translation>
    </message>
    <message>
        <location filename="../../app/cli_print.py" line="38"/>
        <source>without the row and page codes</source>
        <translation>không in mã dòng và mã trang</translation>
    </message>
    <message>
        <location filename="../../app/cli_print.py" line="40"/>
        <source>a subtotal at the foot of each page</source>
        <translation>cộng ở cuối mỗi trang</translation>
    </message>
    <message>
        <location filename="../../app/cli_print.py" line="42"/>
        <source>a subtotal after each hamlet (with --sort hamlet)</source>
        <translation>cộng sau mỗi thôn/tổ (cùng với --sort hamlet)</translation>
    </message>
    <message>
        <location filename="../../app/cli_print.py" line="43"/>
        <source>first day of public posting, dd/mm/yyyy</source>
        <translation>ngày bắt đầu niêm yết, dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../app/cli_print.py" line="44"/>
        <source>last day of public posting, dd/mm/yyyy</source>
        <translation>ngày kết thúc niêm yết, dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../app/cli_print.py" line="59"/>
        <source>Write the file name with .pdf{or_xlsx}, e.g. {name}.</source>
        <translation>Hãy ghi tên tệp có đuôi .pdf{or_xlsx}, ví dụ {name}.</translation>
    </message>
    <message>
        <location filename="../../app/cli_print.py" line="60"/>
        <source> or .xlsx</source>
        <translation> hoặc .xlsx</translation>
    </message>
    <message>
        <location filename="../../app/cli_print.py" line="82"/>
        <source>{rows} households on one page written to {path}.</source>
        <translation>Đã ghi {rows} hộ trên một trang vào {path}.</translation>
    </message>
    <message>
        <location filename="../../app/cli_print.py" line="85"/>
        <source>{rows} households on {pages} pages written to {path}.</source>
        <translation>Đã ghi {rows} hộ trên {pages} trang vào {path}.</translation>
    </message>
    <message>
        <location filename="../../app/cli_print.py" line="89"/>
        <source>{rows} households written to {path}.</source>
        <translation>Đã ghi {rows} hộ vào {path}.</translation>
    </message>
    <message>
        <location filename="../../app/cli_print.py" line="105"/>
        <source>Printing</source>
        <translation>Đang in</translation>
    </message>
    <message>
        <location filename="../../app/cli_report.py" line="15"/>
        <source>write a report (daily, donor, coverage, duplicates) to a PDF or .xlsx file</source>
        <translation>ghi một báo cáo (nhanh hằng ngày, nhà tài trợ, rà soát bỏ sót, trùng lặp) ra tệp PDF hoặc .xlsx</translation>
    </message>
    <message>
        <location filename="../../app/cli_report.py" line="19"/>
        <source>the daily report upward: aid per program and item, open needs, stock</source>
        <translation>báo cáo nhanh hằng ngày lên cấp trên: hỗ trợ theo đợt và mặt hàng, nhu cầu chưa đáp ứng, tồn kho</translation>
    </message>
    <message>
        <location filename="../../app/cli_report.py" line="20"/>
        <source>what a donor&apos;s gifts (or an earmark) became, and what remains</source>
        <translation>khoản ủng hộ của một nhà tài trợ (hoặc nguồn dành riêng cho một đợt) đã được dùng thế nào, còn lại bao nhiêu</translation>
    </message>
    <message>
        <location filename="../../app/cli_report.py" line="21"/>
        <source>households with open needs that received nothing, and households in a category on no list (no omissions)</source>
        <translation>hộ có nhu cầu chưa đáp ứng mà chưa nhận gì, và hộ thuộc diện đối tượng chưa có tên trong danh sách nào (không bỏ sót)</translation>
    </message>
    <message>
        <location filename="../../app/cli_report.py" line="23"/>
        <source>the same aid received twice in an overlap group or in two offices (no double gifts)</source>
        <translation>cùng một loại hỗ trợ nhận hai lần trong một nhóm chống trùng hoặc ở hai đơn vị (không trùng lặp)</translation>
    </message>
    <message>
        <location filename="../../app/cli_report.py" line="28"/>
        <source>first day, dd/mm/yyyy or yyyy-mm-dd (default: the beginning)</source>
        <translation>ngày đầu, dd/mm/yyyy hoặc yyyy-mm-dd (mặc định: từ đầu)</translation>
    </message>
    <message>
        <location filename="../../app/cli_report.py" line="30"/>
        <source>last day, dd/mm/yyyy or yyyy-mm-dd (default: today)</source>
        <translation>ngày cuối, dd/mm/yyyy hoặc yyyy-mm-dd (mặc định: hôm nay)</translation>
    </message>
    <message>
        <location filename="../../app/cli_report.py" line="35"/>
        <source>the donor, as recorded</source>
        <translation>nhà tài trợ, như đã ghi khi tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../app/cli_report.py" line="36"/>
        <source>the program donations were earmarked for (code, name or id)</source>
        <translation>đợt hỗ trợ được dành riêng khoản ủng hộ (mã, tên hoặc mã định danh)</translation>
    </message>
    <message>
        <location filename="../../app/cli_report.py" line="39"/>
        <source>also list the households that received (personal data)</source>
        <translation>liệt kê cả các hộ đã nhận (có thông tin cá nhân)</translation>
    </message>
    <message>
        <location filename="../../app/cli_report.py" line="44"/>
        <source>only this program (repeat for several; default: all)</source>
        <translation>chỉ đợt này (lặp lại để chọn nhiều đợt; mặc định: tất cả)</translation>
    </message>
    <message>
        <location filename="../../app/cli_report.py" line="45"/>
        <source>at an upper office: only this office (name)</source>
        <translation>ở cấp trên: chỉ đơn vị này (tên)</translation>
    </message>
    <message>
        <location filename="../../app/cli_report.py" line="72"/>
        <source>Report written on one page to {path}.</source>
        <translation>Đã ghi báo cáo một trang vào {path}.</translation>
    </message>
    <message>
        <location filename="../../app/cli_report.py" line="74"/>
        <source>Report written on {pages} pages to {path}.</source>
        <translation>Đã ghi báo cáo {pages} trang vào {path}.</translation>
    </message>
    <message>
        <location filename="../../app/cli_report.py" line="77"/>
        <source>Report written to {path}.</source>
        <translation>Đã ghi báo cáo vào {path}.</translation>
    </message>
    <message>
        <location filename="../../app/cli_report.py" line="91"/>
        <source>There is no single office called “{name}”. The offices are: {names}.</source>
        <translation>Không có đúng một đơn vị tên “{name}”. Các đơn vị: {names}.</translation>
    </message>
    <message>
        <location filename="../../app/cli_sync.py" line="22"/>
        <source>exchange records with the offices above and below by signed bundle files</source>
        <translation>trao đổi dữ liệu với cơ quan cấp trên và cấp dưới bằng tệp gói dữ liệu có chữ ký</translation>
    </message>
    <message>
        <location filename="../../app/cli_sync.py" line="27"/>
        <source>read the passphrase from the first line of this file (or set LALANH_PASSPHRASE)</source>
        <translation>đọc mật khẩu từ dòng đầu của tệp này (hoặc đặt biến LALANH_PASSPHRASE)</translation>
    </message>
    <message>
        <location filename="../../app/cli_sync.py" line="30"/>
        <source>create this office&apos;s keys (once)</source>
        <translation>tạo khóa của cơ quan (một lần)</translation>
    </message>
    <message>
        <location filename="../../app/cli_sync.py" line="33"/>
        <source>this office is the top of its tree (default for a province)</source>
        <translation>cơ quan này là cấp cao nhất (mặc định với cấp tỉnh)</translation>
    </message>
    <message>
        <location filename="../../app/cli_sync.py" line="35"/>
        <source>this office will be enrolled by the office above</source>
        <translation>cơ quan này sẽ được cấp trên cấp chứng thư</translation>
    </message>
    <message>
        <location filename="../../app/cli_sync.py" line="37"/>
        <source>write the enrolment request for the office above</source>
        <translation>viết tệp xin cấp chứng thư gửi cấp trên</translation>
    </message>
    <message>
        <location filename="../../app/cli_sync.py" line="38"/>
        <source>where to write it</source>
        <translation>nơi lưu tệp</translation>
    </message>
    <message>
        <location filename="../../app/cli_sync.py" line="40"/>
        <source>enrol a lower office from its request file</source>
        <translation>cấp chứng thư cho cơ quan cấp dưới từ tệp xin cấp của họ</translation>
    </message>
    <message>
        <location filename="../../app/cli_sync.py" line="41"/>
        <source>the request file (.llr)</source>
        <translation>tệp xin cấp chứng thư (.llr)</translation>
    </message>
    <message>
        <location filename="../../app/cli_sync.py" line="43"/>
        <source>the fingerprint the office read to you over the phone</source>
        <translation>dấu vân tay khóa mà cơ quan đó đọc cho bạn qua điện thoại</translation>
    </message>
    <message>
        <location filename="../../app/cli_sync.py" line="45"/>
        <source>where to write the answer bundle</source>
        <translation>nơi lưu gói trả lời</translation>
    </message>
    <message>
        <location filename="../../app/cli_sync.py" line="47"/>
        <source>write a bundle for the office above or below</source>
        <translation>viết gói dữ liệu gửi cấp trên hoặc cấp dưới</translation>
    </message>
    <message>
        <location filename="../../app/cli_sync.py" line="49"/>
        <source>the office: “up” for the office above, or a name or id</source>
        <translation>cơ quan nhận: “up” là cấp trên, hoặc tên hay mã cơ quan</translation>
    </message>
    <message>
        <location filename="../../app/cli_sync.py" line="51"/>
        <source>where to write the bundle (a USB stick, a folder)</source>
        <translation>nơi lưu gói (USB, một thư mục)</translation>
    </message>
    <message>
        <location filename="../../app/cli_sync.py" line="53"/>
        <source>import a bundle (or an enrolment answer)</source>
        <translation>nhập một gói dữ liệu (hoặc gói trả lời cấp chứng thư)</translation>
    </message>
    <message>
        <location filename="../../app/cli_sync.py" line="54"/>
        <source>the bundle file (.llb)</source>
        <translation>tệp gói dữ liệu (.llb)</translation>
    </message>
    <message>
        <location filename="../../app/cli_sync.py" line="56"/>
        <source>for an enrolment answer: the parent office&apos;s fingerprint, as read to you over the phone</source>
        <translation>với gói trả lời cấp chứng thư: dấu vân tay khóa của cấp trên, do họ đọc cho bạn qua điện thoại</translation>
    </message>
    <message>
        <location filename="../../app/cli_sync.py" line="59"/>
        <source>cut off a lower office (a lost or stolen key): its later batches are refused everywhere the news reaches</source>
        <translation>thu hồi chứng thư của một cơ quan cấp dưới (mất hoặc bị lấy cắp khóa): các lô sau đó của họ bị từ chối ở mọi nơi nhận được tin này</translation>
    </message>
    <message>
        <location filename="../../app/cli_sync.py" line="61"/>
        <source>the office&apos;s name or id</source>
        <translation>tên hoặc mã của cơ quan</translation>
    </message>
    <message>
        <location filename="../../app/cli_sync.py" line="63"/>
        <source>the last of its batches still accepted (default: the last one received here)</source>
        <translation>lô cuối cùng của họ còn được chấp nhận (mặc định: lô cuối cùng đã nhận ở đây)</translation>
    </message>
    <message>
        <location filename="../../app/cli_sync.py" line="66"/>
        <source>give this office new keys, signed by the old ones (same passphrase); the other offices learn them from the next bundles</source>
        <translation>tạo khóa mới cho cơ quan, được khóa cũ ký xác nhận (giữ nguyên mật khẩu); các cơ quan khác biết khóa mới qua các gói dữ liệu tiếp theo</translation>
    </message>
    <message>
        <location filename="../../app/cli_sync.py" line="70"/>
        <source>keys, offices, what is waiting, conflicts, recent bundles</source>
        <translation>khóa, các cơ quan, những gì đang chờ, xung đột, các gói gần đây</translation>
    </message>
    <message>
        <location filename="../../app/cli_sync.py" line="72"/>
        <source>list the conflicts that need review</source>
        <translation>liệt kê các xung đột cần xem xét</translation>
    </message>
    <message>
        <location filename="../../app/cli_sync.py" line="80"/>
        <source>Cannot read the passphrase from {file}.</source>
        <translation>Không đọc được mật khẩu từ {file}.</translation>
    </message>
    <message>
        <location filename="../../app/cli_sync.py" line="85"/>
        <source>Give the passphrase with --passphrase-file or LALANH_PASSPHRASE.</source>
        <translation>Hãy cho mật khẩu bằng --passphrase-file hoặc biến LALANH_PASSPHRASE.</translation>
    </message>
    <message>
        <location filename="../../app/cli_sync.py" line="86"/>
        <source>Passphrase: </source>
        <translation>Mật khẩu: </translation>
    </message>
    <message>
        <location filename="../../app/cli_sync.py" line="87"/>
        <source>The same passphrase again: </source>
        <translation>Nhập lại mật khẩu: </translation>
    </message>
    <message>
        <location filename="../../app/cli_sync.py" line="88"/>
        <location filename="../../app/services/sync_identity.py" line="202"/>
        <source>The two passphrases differ. Type the same one twice.</source>
        <translation>Hai lần nhập mật khẩu khác nhau. Hãy gõ cùng một mật khẩu hai lần.</translation>
    </message>
    <message>
        <location filename="../../app/cli_sync.py" line="105"/>
        <source>none yet</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <location filename="../../app/cli_sync.py" line="107"/>
        <source>No office “{text}” to send to. The offices are: {names}.</source>
        <translation>Không có cơ quan “{text}” để gửi. Các cơ quan là: {names}.</translation>
    </message>
    <message>
        <location filename="../../app/cli_sync.py" line="109"/>
        <source>“{text}” names more than one office: {names}.</source>
        <translation>“{text}” khớp với nhiều cơ quan: {names}.</translation>
    </message>
    <message>
        <location filename="../../app/cli_sync.py" line="128"/>
        <source>Keys created. This office&apos;s fingerprint: {fp}</source>
        <translation>Đã tạo khóa. Dấu vân tay khóa của cơ quan: {fp}</translation>
    </message>
    <message>
        <location filename="../../app/cli_sync.py" line="131"/>
        <source>Next: lalanh sync request --out FOLDER, and give the file to the office above.</source>
        <translation>Tiếp theo: lalanh sync request --out THƯ_MỤC, rồi đưa tệp cho cấp trên.</translation>
    </message>
    <message>
        <location filename="../../app/cli_sync.py" line="136"/>
        <source>New keys made. This office&apos;s new fingerprint: {fp}</source>
        <translation>Đã tạo khóa mới. Dấu vân tay mới của cơ quan: {fp}</translation>
    </message>
    <message>
        <location filename="../../app/cli_sync.py" line="137"/>
        <source>Send a bundle to the office above and to each office below soon: they learn the new keys from it.</source>
        <translation>Hãy sớm gửi một gói dữ liệu cho cơ quan cấp trên và cho từng cơ quan cấp dưới: họ biết khóa mới qua gói đó.</translation>
    </message>
    <message>
        <location filename="../../app/cli_sync.py" line="144"/>
        <source>Enrolment request written to {path}.</source>
        <translation>Đã lưu tệp xin cấp chứng thư vào {path}.</translation>
    </message>
    <message>
        <location filename="../../app/cli_sync.py" line="145"/>
        <source>When the office above calls, read them this fingerprint: {fp}</source>
        <translation>Khi cấp trên gọi điện, hãy đọc cho họ dấu vân tay này: {fp}</translation>
    </message>
    <message>
        <location filename="../../app/cli_sync.py" line="153"/>
        <source>Enrolled. Send {path} back; when they call, read them this office&apos;s fingerprint: {fp}</source>
        <translation>Đã cấp chứng thư. Gửi lại {path}; khi họ gọi, hãy đọc cho họ dấu vân tay khóa của cơ quan mình: {fp}</translation>
    </message>
    <message>
        <location filename="../../app/cli_sync.py" line="160"/>
        <source>Cut off: batches after number {n} of that office are refused from now on. The news goes with the next bundles.</source>
        <translation>Đã thu hồi: từ nay các lô sau lô số {n} của cơ quan đó bị từ chối. Tin này được gửi đi cùng các gói tiếp theo.</translation>
    </message>
    <message>
        <location filename="../../app/cli_sync.py" line="173"/>
        <source>{changes} changes in {batches} batches for {office}; code {code}.</source>
        <translation>{changes} thay đổi trong {batches} lô gửi {office}; mã gói {code}.</translation>
    </message>
    <message>
        <location filename="../../app/cli_sync.py" line="182"/>
        <source>This is the enrolment answer of {office}. Call them, compare their fingerprint {fp} and run this again with --fingerprint.</source>
        <translation>Đây là gói trả lời cấp chứng thư của {office}. Hãy gọi điện, so dấu vân tay {fp} của họ rồi chạy lại lệnh với --fingerprint.</translation>
    </message>
    <message>
        <location filename="../../app/cli_sync.py" line="186"/>
        <source>Enrolled by {office}. Bundles can now go to it: lalanh sync export --to up --out FOLDER</source>
        <translation>Đã được {office} cấp chứng thư. Từ nay có thể gửi gói lên: lalanh sync export --to up --out THƯ_MỤC</translation>
    </message>
    <message>
        <location filename="../../app/cli_sync.py" line="200"/>
        <source>Office: {name} ({level})</source>
        <translation>Cơ quan: {name} ({level})</translation>
    </message>
    <message>
        <location filename="../../app/cli_sync.py" line="202"/>
        <source>No keys yet: lalanh sync init</source>
        <translation>Chưa có khóa: lalanh sync init</translation>
    </message>
    <message>
        <location filename="../../app/cli_sync.py" line="204"/>
        <source>Fingerprint: {fp}</source>
        <translation>Dấu vân tay khóa: {fp}</translation>
    </message>
    <message>
        <location filename="../../app/cli_sync.py" line="206"/>
        <source>Not enrolled yet: lalanh sync request --out FOLDER</source>
        <translation>Chưa được cấp chứng thư: lalanh sync request --out THƯ_MỤC</translation>
    </message>
    <message>
        <location filename="../../app/cli_sync.py" line="210"/>
        <source>Changes not yet in a bundle: {n}</source>
        <translation>Thay đổi chưa đưa vào gói nào: {n}</translation>
    </message>
    <message>
        <location filename="../../app/cli_sync.py" line="212"/>
        <source>Batches {office} has not acknowledged: {n}</source>
        <translation>Số lô {office} chưa xác nhận đã nhận: {n}</translation>
    </message>
    <message>
        <location filename="../../app/cli_sync.py" line="215"/>
        <source>Conflicts to review: {n}</source>
        <translation>Xung đột cần xem xét: {n}</translation>
    </message>
    <message>
        <location filename="../../app/cli_sync.py" line="233"/>
        <source>No conflicts to review.</source>
        <translation>Không có xung đột nào cần xem xét.</translation>
    </message>
    <message>
        <location filename="../../app/db.py" line="127"/>
        <source>{path} is a folder, not a database file. Choose the database file (e.g. lalanh.db) inside it.</source>
        <translation>{path} là một thư mục, không phải tệp cơ sở dữ liệu. Hãy chọn tệp cơ sở dữ liệu (ví dụ lalanh.db) trong thư mục đó.</translation>
    </message>
    <message>
        <location filename="../../app/db.py" line="137"/>
        <source>Cannot create the data folder {folder}: {error}. Choose another folder or ask for write permission.</source>
        <translation>Không tạo được thư mục dữ liệu {folder}: {error}. Hãy chọn thư mục khác hoặc đề nghị cấp quyền ghi.</translation>
    </message>
    <message>
        <location filename="../../app/db.py" line="144"/>
        <source>The data folder {folder} is read-only. Lá Lành needs to write there: ask for write permission or start it with another data folder.</source>
        <translation>Thư mục dữ liệu {folder} chỉ cho phép đọc. Lá Lành cần ghi dữ liệu vào đó: hãy đề nghị cấp quyền ghi hoặc mở chương trình với thư mục dữ liệu khác.</translation>
    </message>
    <message>
        <location filename="../../app/db.py" line="154"/>
        <source>The file {path} is not a Lá Lành database (it is not an SQLite file). Choose the right file, or move this one away to start a new database.</source>
        <translation>Tệp {path} không phải là cơ sở dữ liệu của Lá Lành (không phải tệp SQLite). Hãy chọn đúng tệp, hoặc chuyển tệp này sang nơi khác để tạo cơ sở dữ liệu mới.</translation>
    </message>
    <message>
        <location filename="../../app/db.py" line="161"/>
        <source>The database file {path} is read-only. Ask for write permission, or copy it to a folder you can write to.</source>
        <translation>Tệp cơ sở dữ liệu {path} chỉ cho phép đọc. Hãy đề nghị cấp quyền ghi, hoặc sao chép tệp sang thư mục mà bạn có quyền ghi.</translation>
    </message>
    <message>
        <location filename="../../app/db.py" line="171"/>
        <source>The file {db} is not a Lá Lành database: it holds another program&apos;s tables. Choose the right file; nothing was changed.</source>
        <translation>Tệp {db} không phải là cơ sở dữ liệu của Lá Lành: tệp này chứa dữ liệu của một chương trình khác. Hãy chọn đúng tệp; dữ liệu chưa bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../app/db.py" line="292"/>
        <source>The database {db} cannot be opened: {detail}. If it is a file, restore the latest backup from {backups}.</source>
        <translation>Không mở được cơ sở dữ liệu {db}: {detail}. Nếu đây là một tệp, hãy khôi phục bản sao lưu gần nhất trong thư mục {backups}.</translation>
    </message>
    <message>
        <location filename="../../app/db.py" line="332"/>
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
        <location filename="../../app/dedup/__init__.py" line="86"/>
        <source>Probably the same</source>
        <translation>Có lẽ là một người</translation>
    </message>
    <message>
        <location filename="../../app/dedup/__init__.py" line="86"/>
        <location filename="../../app/ui/pages/duplicates.py" line="131"/>
        <location filename="../../app/ui/pages/list_reports.py" line="243"/>
        <source>Needs a look</source>
        <translation>Cần xem xét</translation>
    </message>
    <message>
        <location filename="../../app/dedup/engine.py" line="474"/>
        <source>The “needs a look” level must be above 0 and below the “probably the same person” level, which may be at most 100.</source>
        <translation>Mức “cần xem lại” phải lớn hơn 0 và nhỏ hơn mức “có lẽ là cùng một người”; mức này không quá 100.</translation>
    </message>
    <message>
        <location filename="../../app/dedup/scoring.py" line="43"/>
        <source>same name</source>
        <translation>cùng họ tên</translation>
    </message>
    <message>
        <location filename="../../app/dedup/scoring.py" line="44"/>
        <source>same name without accents</source>
        <translation>cùng họ tên khi bỏ dấu</translation>
    </message>
    <message>
        <location filename="../../app/dedup/scoring.py" line="45"/>
        <source>same name, words in another order</source>
        <translation>cùng họ tên, các chữ theo thứ tự khác</translation>
    </message>
    <message>
        <location filename="../../app/dedup/scoring.py" line="46"/>
        <source>name abbreviated (T. for Thị)</source>
        <translation>tên viết tắt (T. thay cho Thị)</translation>
    </message>
    <message>
        <location filename="../../app/dedup/scoring.py" line="47"/>
        <source>name differs by one letter</source>
        <translation>họ tên khác một chữ cái</translation>
    </message>
    <message>
        <location filename="../../app/dedup/scoring.py" line="48"/>
        <source>name differs by two letters</source>
        <translation>họ tên khác hai chữ cái</translation>
    </message>
    <message>
        <location filename="../../app/dedup/scoring.py" line="49"/>
        <source>similar name</source>
        <translation>tên gần giống</translation>
    </message>
    <message>
        <location filename="../../app/dedup/scoring.py" line="50"/>
        <source>different names</source>
        <translation>họ tên khác nhau</translation>
    </message>
    <message>
        <location filename="../../app/dedup/scoring.py" line="51"/>
        <source>same birth date</source>
        <translation>cùng ngày sinh</translation>
    </message>
    <message>
        <location filename="../../app/dedup/scoring.py" line="52"/>
        <source>same birth year</source>
        <translation>cùng năm sinh</translation>
    </message>
    <message>
        <location filename="../../app/dedup/scoring.py" line="53"/>
        <source>same birth year, other birth date</source>
        <translation>cùng năm sinh, khác ngày sinh</translation>
    </message>
    <message>
        <location filename="../../app/dedup/scoring.py" line="54"/>
        <source>birth year differs by 1</source>
        <translation>năm sinh lệch 1 năm</translation>
    </message>
    <message>
        <location filename="../../app/dedup/scoring.py" line="55"/>
        <source>born {n} years apart</source>
        <translation>sinh cách nhau {n} năm</translation>
    </message>
    <message>
        <location filename="../../app/dedup/scoring.py" line="56"/>
        <source>same CCCD number</source>
        <translation>cùng số CCCD</translation>
    </message>
    <message>
        <location filename="../../app/dedup/scoring.py" line="57"/>
        <source>same CMND number</source>
        <translation>cùng số CMND</translation>
    </message>
    <message>
        <location filename="../../app/dedup/scoring.py" line="58"/>
        <source>same ID number</source>
        <translation>cùng số giấy tờ</translation>
    </message>
    <message>
        <location filename="../../app/dedup/scoring.py" line="59"/>
        <source>CCCD matches the old CMND</source>
        <translation>số CCCD khớp với CMND cũ</translation>
    </message>
    <message>
        <location filename="../../app/dedup/scoring.py" line="60"/>
        <source>same old CMND number</source>
        <translation>cùng số CMND cũ</translation>
    </message>
    <message>
        <location filename="../../app/dedup/scoring.py" line="61"/>
        <source>CCCD differs by one digit</source>
        <translation>số CCCD khác một chữ số</translation>
    </message>
    <message>
        <location filename="../../app/dedup/scoring.py" line="62"/>
        <source>ID number differs by one digit</source>
        <translation>số giấy tờ khác một chữ số</translation>
    </message>
    <message>
        <location filename="../../app/dedup/scoring.py" line="63"/>
        <source>one digit of the ID number left out</source>
        <translation>số giấy tờ thiếu một chữ số</translation>
    </message>
    <message>
        <location filename="../../app/dedup/scoring.py" line="64"/>
        <source>CCCD fits the birth year and gender</source>
        <translation>số CCCD khớp năm sinh và giới tính</translation>
    </message>
    <message>
        <location filename="../../app/dedup/scoring.py" line="65"/>
        <source>CCCD does not fit the birth year or gender</source>
        <translation>số CCCD không khớp năm sinh hoặc giới tính</translation>
    </message>
    <message>
        <location filename="../../app/dedup/scoring.py" line="66"/>
        <source>different ID numbers</source>
        <translation>số giấy tờ khác nhau</translation>
    </message>
    <message>
        <location filename="../../app/dedup/scoring.py" line="68"/>
        <source>same hamlet</source>
        <translation>cùng thôn/tổ</translation>
    </message>
    <message>
        <location filename="../../app/dedup/scoring.py" line="69"/>
        <source>different gender</source>
        <translation>khác giới tính</translation>
    </message>
    <message>
        <location filename="../../app/dedup/scoring.py" line="70"/>
        <source>same household and birth date, other given name (twins?)</source>
        <translation>cùng hộ, cùng ngày sinh, khác tên (sinh đôi?)</translation>
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
        <location filename="../../app/excel/columns.py" line="57"/>
        <location filename="../../app/services/exports.py" line="122"/>
        <location filename="../../app/services/exports.py" line="276"/>
        <location filename="../../app/services/exports.py" line="355"/>
        <location filename="../../app/services/exports.py" line="390"/>
        <location filename="../../app/services/exports.py" line="411"/>
        <location filename="../../app/services/exports.py" line="487"/>
        <location filename="../../app/services/exports.py" line="530"/>
        <location filename="../../app/services/exports.py" line="584"/>
        <location filename="../../app/services/exports.py" line="645"/>
        <location filename="../../app/services/exports.py" line="663"/>
        <location filename="../../app/services/exports.py" line="683"/>
        <location filename="../../app/services/exports.py" line="700"/>
        <location filename="../../app/services/exports.py" line="769"/>
        <location filename="../../app/services/exports.py" line="788"/>
        <location filename="../../app/services/exports.py" line="800"/>
        <location filename="../../app/services/exports.py" line="822"/>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../../app/excel/columns.py" line="59"/>
        <location filename="../../app/services/exports.py" line="123"/>
        <location filename="../../app/services/exports.py" line="281"/>
        <location filename="../../app/services/exports.py" line="585"/>
        <location filename="../../app/services/sync_conflicts.py" line="49"/>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="203"/>
        <location filename="../../app/ui/pages/distribution_list.py" line="42"/>
        <source>Household code</source>
        <translation>Mã hộ</translation>
    </message>
    <message>
        <location filename="../../app/excel/columns.py" line="63"/>
        <location filename="../../app/services/exports.py" line="789"/>
        <location filename="../../app/services/merges.py" line="42"/>
        <location filename="../../app/services/sync_conflicts.py" line="45"/>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="107"/>
        <location filename="../../app/ui/dialogs/import_review.py" line="44"/>
        <location filename="../../app/ui/dialogs/user_dialog.py" line="43"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../app/excel/columns.py" line="78"/>
        <source>Family and middle names</source>
        <translation>Họ và tên đệm</translation>
    </message>
    <message>
        <location filename="../../app/excel/columns.py" line="82"/>
        <source>Given name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../app/excel/columns.py" line="86"/>
        <location filename="../../app/services/exports.py" line="126"/>
        <location filename="../../app/services/merges.py" line="44"/>
        <location filename="../../app/services/sync_conflicts.py" line="46"/>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <location filename="../../app/excel/columns.py" line="96"/>
        <location filename="../../app/services/exports.py" line="127"/>
        <location filename="../../app/services/merges.py" line="45"/>
        <location filename="../../app/services/sync_conflicts.py" line="47"/>
        <source>Year of birth</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <location filename="../../app/excel/columns.py" line="98"/>
        <source>Birth (men)</source>
        <translation>Ngày/năm sinh (Nam)</translation>
    </message>
    <message>
        <location filename="../../app/excel/columns.py" line="99"/>
        <source>Birth (women)</source>
        <translation>Ngày/năm sinh (Nữ)</translation>
    </message>
    <message>
        <location filename="../../app/excel/columns.py" line="101"/>
        <source>Day of birth</source>
        <translation>Ngày sinh (cột ngày)</translation>
    </message>
    <message>
        <location filename="../../app/excel/columns.py" line="102"/>
        <source>Month of birth</source>
        <translation>Ngày sinh (cột tháng)</translation>
    </message>
    <message>
        <location filename="../../app/excel/columns.py" line="104"/>
        <source>Age</source>
        <translation>Tuổi</translation>
    </message>
    <message>
        <location filename="../../app/excel/columns.py" line="105"/>
        <location filename="../../app/services/exports.py" line="128"/>
        <location filename="../../app/services/merges.py" line="43"/>
        <location filename="../../app/services/sync_conflicts.py" line="47"/>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="107"/>
        <location filename="../../app/ui/dialogs/import_review.py" line="44"/>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../../app/excel/columns.py" line="107"/>
        <location filename="../../app/services/exports.py" line="129"/>
        <location filename="../../app/services/exports.py" line="586"/>
        <location filename="../../app/services/exports.py" line="725"/>
        <location filename="../../app/services/merges.py" line="47"/>
        <location filename="../../app/services/sync_conflicts.py" line="45"/>
        <location filename="../../app/ui/dialogs/import_review.py" line="44"/>
        <location filename="../../app/ui/dialogs/member_dialog.py" line="73"/>
        <location filename="../../app/ui/pages/sync.py" line="97"/>
        <source>ID number</source>
        <translation>Số CCCD/CMND</translation>
    </message>
    <message>
        <location filename="../../app/excel/columns.py" line="127"/>
        <location filename="../../app/services/exports.py" line="124"/>
        <location filename="../../app/services/exports.py" line="283"/>
        <location filename="../../app/services/exports.py" line="586"/>
        <location filename="../../app/services/exports.py" line="726"/>
        <location filename="../../app/services/exports.py" line="769"/>
        <location filename="../../app/services/sync_conflicts.py" line="48"/>
        <location filename="../../app/ui/dialogs/import_review.py" line="45"/>
        <location filename="../../app/ui/dialogs/merge_dialog.py" line="97"/>
        <location filename="../../app/ui/pages/distribution_list.py" line="42"/>
        <location filename="../../app/ui/pages/households.py" line="45"/>
        <location filename="../../app/ui/pages/needs.py" line="40"/>
        <location filename="../../app/ui/pages/program_models.py" line="73"/>
        <location filename="../../app/ui/pages/program_models.py" line="154"/>
        <location filename="../../app/ui/pages/program_models.py" line="185"/>
        <source>Hamlet</source>
        <translation>Thôn/Tổ</translation>
    </message>
    <message>
        <location filename="../../app/excel/columns.py" line="148"/>
        <location filename="../../app/services/exports.py" line="131"/>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="221"/>
        <location filename="../../app/ui/pages/households.py" line="46"/>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <location filename="../../app/excel/columns.py" line="160"/>
        <location filename="../../app/ui/dialogs/merge_dialog.py" line="98"/>
        <source>Relation to head</source>
        <translation>Quan hệ với chủ hộ</translation>
    </message>
    <message>
        <location filename="../../app/excel/columns.py" line="172"/>
        <location filename="../../app/services/sync_conflicts.py" line="50"/>
        <source>Category</source>
        <translation>Diện đối tượng</translation>
    </message>
    <message>
        <location filename="../../app/excel/columns.py" line="183"/>
        <location filename="../../app/services/exports.py" line="130"/>
        <location filename="../../app/services/merges.py" line="49"/>
        <location filename="../../app/ui/dialogs/member_dialog.py" line="78"/>
        <location filename="../../app/ui/pages/households.py" line="45"/>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <location filename="../../app/excel/columns.py" line="187"/>
        <location filename="../../app/services/exports.py" line="132"/>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="234"/>
        <source>Number of members</source>
        <translation>Số nhân khẩu</translation>
    </message>
    <message>
        <location filename="../../app/excel/columns.py" line="198"/>
        <location filename="../../app/services/exports.py" line="134"/>
        <location filename="../../app/services/exports.py" line="286"/>
        <location filename="../../app/services/exports.py" line="365"/>
        <location filename="../../app/services/exports.py" line="801"/>
        <location filename="../../app/services/merges.py" line="51"/>
        <location filename="../../app/ui/dialogs/donation_dialog.py" line="201"/>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="133"/>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="237"/>
        <location filename="../../app/ui/dialogs/member_dialog.py" line="83"/>
        <location filename="../../app/ui/dialogs/need_dialog.py" line="81"/>
        <location filename="../../app/ui/dialogs/organisations_dialog.py" line="67"/>
        <location filename="../../app/ui/dialogs/organisations_dialog.py" line="126"/>
        <location filename="../../app/ui/dialogs/program_dialog.py" line="210"/>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="216"/>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="319"/>
        <location filename="../../app/ui/pages/donations.py" line="92"/>
        <location filename="../../app/ui/pages/needs.py" line="41"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../app/excel/committing.py" line="120"/>
        <source>Updating households…</source>
        <translation>Đang cập nhật các hộ…</translation>
    </message>
    <message>
        <location filename="../../app/excel/committing.py" line="131"/>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="559"/>
        <location filename="../../app/ui/dialogs/program_dialog.py" line="338"/>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <location filename="../../app/excel/committing.py" line="194"/>
        <source>ID number {id} was registered while the list was being checked. Check the list again before importing.</source>
        <translation>Số giấy tờ {id} vừa được đăng ký trong lúc kiểm tra danh sách. Hãy kiểm tra lại danh sách trước khi nhập.</translation>
    </message>
    <message>
        <location filename="../../app/excel/committing.py" line="243"/>
        <source>Household {code} was voided while the list was being checked. Check the list again before importing.</source>
        <translation>Hộ {code} vừa bị hủy trong lúc kiểm tra danh sách. Hãy kiểm tra lại danh sách trước khi nhập.</translation>
    </message>
    <message>
        <location filename="../../app/excel/committing.py" line="396"/>
        <source>Saving households…</source>
        <translation>Đang lưu các hộ…</translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="80"/>
        <location filename="../../app/excel/reading.py" line="102"/>
        <location filename="../../app/excel/report.py" line="120"/>
        <source>Cannot open {name}: {error}.</source>
        <translation>Không mở được {name}: {error}.</translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="138"/>
        <location filename="../../app/excel/importer.py" line="148"/>
        <location filename="../../app/excel/report.py" line="394"/>
        <source>{file} has no sheet called “{sheet}”.</source>
        <translation>Tệp {file} không có trang tính nào tên “{sheet}”.</translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="212"/>
        <source>May be the same person as row {n} of this file: {who} — {why}.</source>
        <translation>Có thể trùng với người ở dòng {n} của tệp: {who} — {why}.</translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="214"/>
        <source>May be the same as household {code}: {who} — {why}.</source>
        <translation>Có thể trùng với hộ {code}: {who} — {why}.</translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="309"/>
        <source>Choose which column holds the full name: without names nothing can be imported.</source>
        <translation>Hãy chọn cột chứa họ và tên: không có tên thì không nhập được gì.</translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="312"/>
        <source>Choose which column holds the date or year of birth: the registry needs it for every person.</source>
        <translation>Hãy chọn cột chứa ngày sinh hoặc năm sinh: sổ hộ cần thông tin này cho mỗi người.</translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="316"/>
        <location filename="../../app/excel/importer.py" line="320"/>
        <source>Reading rows…</source>
        <translation>Đang đọc các dòng…</translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="327"/>
        <source>Checking households…</source>
        <translation>Đang kiểm tra các hộ…</translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="329"/>
        <source>Comparing with the registry…</source>
        <translation>Đang đối chiếu với sổ hộ…</translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="416"/>
        <source>Same person as row {n} of this file.</source>
        <translation>Trùng người với dòng {n} của tệp này.</translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="482"/>
        <source>Looking for possible duplicates in the registry…</source>
        <translation>Đang tìm hồ sơ có thể trùng trong sổ…</translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="500"/>
        <source>Looking for possible duplicates in the list…</source>
        <translation>Đang tìm người có thể trùng trong danh sách…</translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="672"/>
        <source>Its members are registered in different households.</source>
        <translation>Các thành viên của hộ này đang thuộc những hộ khác nhau trong sổ.</translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="675"/>
        <source>The head of household in the file is not the head registered.</source>
        <translation>Chủ hộ trong tệp không phải là chủ hộ đang ghi trong sổ.</translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="678"/>
        <source>The head of household in the file is not registered in it.</source>
        <translation>Chủ hộ trong tệp chưa có trong hộ này.</translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="685"/>
        <source>{name} is registered with ID number {id}; the file gives {other}.</source>
        <translation>{name} đang được ghi với số giấy tờ {id}; tệp ghi {other}.</translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="689"/>
        <source>ID number of {name}</source>
        <translation>số giấy tờ của {name}</translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="694"/>
        <source>new member {name}</source>
        <translation>thành viên mới {name}</translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="696"/>
        <source>hamlet</source>
        <translation>thôn/tổ</translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="698"/>
        <source>address</source>
        <translation>địa chỉ</translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="699"/>
        <location filename="../../app/excel/importer.py" line="724"/>
        <source>phone</source>
        <translation>số điện thoại</translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="704"/>
        <source>number of members</source>
        <translation>số nhân khẩu</translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="710"/>
        <source>categories</source>
        <translation>diện đối tượng</translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="716"/>
        <source>name</source>
        <translation>họ tên</translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="718"/>
        <source>gender</source>
        <translation>giới tính</translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="720"/>
        <source>date of birth</source>
        <translation>ngày sinh</translation>
    </message>
    <message>
        <location filename="../../app/excel/importer.py" line="722"/>
        <source>year of birth</source>
        <translation>năm sinh</translation>
    </message>
    <message>
        <location filename="../../app/excel/interpret.py" line="335"/>
        <source>Category “{v}” is not in the list; it is kept in the note.</source>
        <translation>Diện “{v}” không có trong danh mục; được giữ lại ở phần ghi chú.</translation>
    </message>
    <message>
        <location filename="../../app/excel/interpret.py" line="342"/>
        <source>The date of birth and the year of birth do not agree.</source>
        <translation>Ngày sinh và năm sinh không khớp nhau.</translation>
    </message>
    <message>
        <location filename="../../app/excel/interpret.py" line="355"/>
        <source>Several phone numbers: {first} is kept as the phone, {others} in the note.</source>
        <translation>Có nhiều số điện thoại: {first} được ghi làm số điện thoại, {others} ghi vào ghi chú.</translation>
    </message>
    <message>
        <location filename="../../app/excel/interpret.py" line="357"/>
        <source>Other phone: {v}</source>
        <translation>SĐT khác: {v}</translation>
    </message>
    <message>
        <location filename="../../app/excel/interpret.py" line="364"/>
        <source>The year of birth is a guess in the list (“{v}”): {y} is kept.</source>
        <translation>Danh sách ghi năm sinh ước chừng (“{v}”): ghi nhận năm {y}.</translation>
    </message>
    <message>
        <location filename="../../app/excel/interpret.py" line="368"/>
        <source>The year of birth {y} is worked out from the age.</source>
        <translation>Năm sinh {y} được tính từ tuổi.</translation>
    </message>
    <message>
        <location filename="../../app/excel/interpret.py" line="438"/>
        <source>“{v}” is not an age.</source>
        <translation>“{v}” không phải là tuổi.</translation>
    </message>
    <message>
        <location filename="../../app/excel/interpret.py" line="485"/>
        <source>The day, month and year of birth do not make a date: check the three columns.</source>
        <translation>Ngày, tháng, năm sinh không thành một ngày có thật: hãy kiểm tra ba cột này.</translation>
    </message>
    <message>
        <location filename="../../app/excel/interpret.py" line="500"/>
        <source>The birth is written in both the men&apos;s and the women&apos;s column; keep it in one of them.</source>
        <translation>Năm sinh được ghi ở cả cột Nam và cột Nữ; chỉ giữ lại ở một cột.</translation>
    </message>
    <message>
        <location filename="../../app/excel/interpret.py" line="507"/>
        <source>The gender does not match the column the birth is written in (men&apos;s or women&apos;s).</source>
        <translation>Giới tính không khớp với cột ghi năm sinh (cột Nam hay cột Nữ).</translation>
    </message>
    <message>
        <location filename="../../app/excel/interpret.py" line="556"/>
        <source>“{v}” is not a relation Lá Lành knows; recorded as “other relative”.</source>
        <translation>“{v}” không phải quan hệ mà Lá Lành biết; ghi là “người thân khác”.</translation>
    </message>
    <message>
        <location filename="../../app/excel/interpret.py" line="567"/>
        <source>“{v}” is not a number of members.</source>
        <translation>“{v}” không phải là số nhân khẩu.</translation>
    </message>
    <message>
        <location filename="../../app/excel/interpret.py" line="574"/>
        <source>Gender taken from the CCCD number.</source>
        <translation>Giới tính lấy theo số CCCD.</translation>
    </message>
    <message>
        <location filename="../../app/excel/interpret.py" line="579"/>
        <source>Gender taken from the middle name “Thị”.</source>
        <translation>Giới tính lấy theo tên đệm “Thị”.</translation>
    </message>
    <message>
        <location filename="../../app/excel/interpret.py" line="582"/>
        <source>Gender taken from the middle name “Văn”.</source>
        <translation>Giới tính lấy theo tên đệm “Văn”.</translation>
    </message>
    <message>
        <location filename="../../app/excel/interpret.py" line="768"/>
        <source>Hamlet “{name}” is not in the commune&apos;s list. Correct the name, add the hamlet in Settings, or tick “Add new hamlets”.</source>
        <translation>Thôn/tổ “{name}” không có trong danh sách của xã. Hãy sửa lại tên, thêm thôn trong Cài đặt, hoặc đánh dấu “Thêm thôn/tổ mới”.</translation>
    </message>
    <message>
        <location filename="../../app/excel/interpret.py" line="771"/>
        <source>No hamlet (thôn/tổ) for this household: fill in the hamlet column, or choose one hamlet for the whole list.</source>
        <translation>Hộ này chưa có thôn/tổ: hãy điền cột thôn/tổ, hoặc chọn một thôn cho cả danh sách.</translation>
    </message>
    <message>
        <location filename="../../app/excel/interpret.py" line="788"/>
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
        <location filename="../../app/ui/dialogs/import_dialog.py" line="269"/>
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
        <location filename="../../app/excel/reading.py" line="456"/>
        <source>{name} was saved by a program that did not keep the results of its formulas (cell {cell} on sheet “{sheet}”), so they would read as empty. Open the file in Excel, save it, and import it again.</source>
        <translation>Tệp {name} được lưu bởi một phần mềm không giữ lại kết quả của các công thức (ô {cell} trên trang tính “{sheet}”), nên các ô đó sẽ bị đọc là trống. Hãy mở tệp bằng Excel, lưu lại rồi nhập lại.</translation>
    </message>
    <message>
        <location filename="../../app/excel/reading.py" line="904"/>
        <source>{name} could not be read as a CSV list (line {line}). Open it in Excel, save it as .xlsx, and import that file.</source>
        <translation>Không đọc được tệp {name} như một danh sách CSV (dòng {line}). Hãy mở bằng Excel, lưu lại dưới dạng .xlsx rồi nhập tệp đó.</translation>
    </message>
    <message>
        <location filename="../../app/excel/report.py" line="442"/>
        <source>Cannot save {name} in {folder}: {error}. Choose another folder.</source>
        <translation>Không lưu được {name} vào thư mục {folder}: {error}. Hãy chọn thư mục khác.</translation>
    </message>
    <message>
        <location filename="../../app/excel/values.py" line="88"/>
        <location filename="../../app/excel/values.py" line="108"/>
        <source>“{v}” is not a date or a year.</source>
        <translation>“{v}” không phải là ngày tháng hay năm.</translation>
    </message>
    <message>
        <location filename="../../app/excel/values.py" line="101"/>
        <source>“{v}” is not a date: write dd/mm/yyyy or the year.</source>
        <translation>“{v}” không phải là ngày tháng: hãy ghi dd/mm/yyyy hoặc chỉ ghi năm.</translation>
    </message>
    <message>
        <location filename="../../app/excel/values.py" line="118"/>
        <source>“{v}” is not an ID number.</source>
        <translation>“{v}” không phải là số giấy tờ tùy thân.</translation>
    </message>
    <message>
        <location filename="../../app/excel/values.py" line="123"/>
        <source>The ID number {v} lost digits in Excel. Type it again as text.</source>
        <translation>Số giấy tờ {v} đã bị Excel làm mất chữ số. Hãy gõ lại dưới dạng văn bản.</translation>
    </message>
    <message>
        <location filename="../../app/excel/values.py" line="133"/>
        <source>The ID number “{v}” was shortened by Excel (scientific notation); the missing digits cannot be recovered. Type it again as text.</source>
        <translation>Số giấy tờ “{v}” đã bị Excel rút gọn (dạng số mũ); không thể khôi phục các chữ số đã mất. Hãy gõ lại dưới dạng văn bản.</translation>
    </message>
    <message>
        <location filename="../../app/excel/values.py" line="137"/>
        <source>“{v}” is not an ID number: it should have only digits.</source>
        <translation>“{v}” không phải là số giấy tờ: số này chỉ gồm chữ số.</translation>
    </message>
    <message>
        <location filename="../../app/excel/values.py" line="150"/>
        <source>The ID number {v} has {n} digits; a CCCD has 12, a CMND 9.</source>
        <translation>Số giấy tờ {v} có {n} chữ số; số CCCD có 12 chữ số, số CMND có 9 chữ số.</translation>
    </message>
    <message>
        <location filename="../../app/excel/values.py" line="181"/>
        <source>“{v}” is not a phone number.</source>
        <translation>“{v}” không phải là số điện thoại.</translation>
    </message>
    <message>
        <location filename="../../app/excel/values.py" line="205"/>
        <source>“{v}” is not a gender: write Nam or Nữ.</source>
        <translation>“{v}” không phải là giới tính: hãy ghi Nam hoặc Nữ.</translation>
    </message>
    <message>
        <location filename="../../app/excel/values.py" line="218"/>
        <source>“{v}” is not a number.</source>
        <translation>“{v}” không phải là một số.</translation>
    </message>
    <message>
        <location filename="../../app/excel/writing.py" line="126"/>
        <source>Could not save {path}: it may be open in Excel, or the folder is read-only. Close the file or choose another folder, then export again.</source>
        <translation>Không lưu được {path}: có thể tệp đang mở trong Excel, hoặc thư mục không cho phép ghi. Hãy đóng tệp hoặc chọn thư mục khác, rồi xuất lại.</translation>
    </message>
    <message>
        <location filename="../../app/excel/writing.py" line="129"/>
        <source>Could not save {path}: {error}. Choose another folder or free some disk space, then export again.</source>
        <translation>Không lưu được {path}: {error}. Hãy chọn thư mục khác hoặc giải phóng bớt dung lượng ổ đĩa, rồi xuất lại.</translation>
    </message>
    <message>
        <location filename="../../app/excel/writing.py" line="338"/>
        <location filename="../../app/printing/list_xlsx.py" line="77"/>
        <source>The list has more rows than one Excel sheet can hold ({n}). Filter it (by hamlet, for example) and export each part.</source>
        <translation>Danh sách có nhiều dòng hơn mức một trang tính Excel chứa được ({n}). Hãy lọc bớt (ví dụ theo thôn/tổ) rồi xuất từng phần.</translation>
    </message>
    <message>
        <location filename="../../app/printing/documents.py" line="35"/>
        <source>Before printing, fill in these office details in Settings → Printed documents: {fields}.</source>
        <translation>Trước khi in, hãy điền các thông tin cơ quan sau trong Cài đặt → Văn bản in và người ký: {fields}.</translation>
    </message>
    <message>
        <location filename="../../app/printing/documents.py" line="43"/>
        <source>Subtotals per hamlet need the list sorted by hamlet.</source>
        <translation>Muốn cộng theo từng thôn/tổ thì danh sách phải xếp theo thôn/tổ.</translation>
    </message>
    <message>
        <location filename="../../app/printing/documents.py" line="46"/>
        <source>The posting period ends before it starts: {start} – {end}.</source>
        <translation>Thời gian niêm yết kết thúc trước khi bắt đầu: {start} – {end}.</translation>
    </message>
    <message>
        <location filename="../../app/printing/list_data.py" line="117"/>
        <source>No household of {hamlets} is on this list. Choose other hamlets.</source>
        <translation>Danh sách này không có hộ nào ở {hamlets}. Hãy chọn thôn khác.</translation>
    </message>
    <message>
        <location filename="../../app/printing/list_data.py" line="119"/>
        <source>The list has no households yet, so there is nothing to print. Build the list first.</source>
        <translation>Danh sách chưa có hộ nào nên không có gì để in. Hãy lập danh sách trước.</translation>
    </message>
    <message>
        <location filename="../../app/printing/list_data.py" line="140"/>
        <location filename="../../app/reports/donor.py" line="136"/>
        <location filename="../../app/services/exports.py" line="581"/>
        <location filename="../../app/services/ledger.py" line="118"/>
        <location filename="../../app/services/list_building.py" line="495"/>
        <location filename="../../app/services/programs.py" line="293"/>
        <location filename="../../app/services/programs.py" line="330"/>
        <source>This program no longer exists.</source>
        <translation>Đợt hỗ trợ này không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../app/printing/list_xlsx.py" line="73"/>
        <source>Receipts are printed as a PDF only. To edit the list in a spreadsheet, save the recipient list or the public list as .xlsx.</source>
        <translation>Phiếu nhận chỉ in ra PDF. Muốn sửa danh sách trong Excel, hãy lưu danh sách ký nhận hoặc danh sách niêm yết dạng .xlsx.</translation>
    </message>
    <message>
        <location filename="../../app/printing/report_documents.py" line="24"/>
        <source>Daily report</source>
        <translation>Báo cáo nhanh hằng ngày</translation>
    </message>
    <message>
        <location filename="../../app/printing/report_documents.py" line="25"/>
        <source>Donor report</source>
        <translation>Báo cáo nhà tài trợ</translation>
    </message>
    <message>
        <location filename="../../app/printing/report_documents.py" line="26"/>
        <source>Coverage report (no omissions)</source>
        <translation>Báo cáo rà soát bỏ sót</translation>
    </message>
    <message>
        <location filename="../../app/printing/report_documents.py" line="27"/>
        <source>Duplicate report (no double gifts)</source>
        <translation>Báo cáo rà soát trùng lặp</translation>
    </message>
    <message>
        <location filename="../../app/printing/report_documents.py" line="78"/>
        <source>Write the file name with .pdf or .xlsx, e.g. {name}.</source>
        <translation>Viết tên tệp có đuôi .pdf hoặc .xlsx, ví dụ {name}.</translation>
    </message>
    <message>
        <location filename="../../app/reports/common.py" line="54"/>
        <source>The period ends before it starts: {start} – {end}.</source>
        <translation>Kỳ báo cáo kết thúc trước khi bắt đầu: {start} – {end}.</translation>
    </message>
    <message>
        <location filename="../../app/reports/common.py" line="57"/>
        <source>The period starts after today ({date}); there is nothing to report yet.</source>
        <translation>Kỳ báo cáo bắt đầu sau hôm nay ({date}); chưa có gì để báo cáo.</translation>
    </message>
    <message>
        <location filename="../../app/reports/common.py" line="69"/>
        <source>“{text}” is not a date: write it as dd/mm/yyyy (e.g. 25/01/2026) or yyyy-mm-dd.</source>
        <translation>“{text}” không phải là ngày: viết theo dạng dd/mm/yyyy (ví dụ 25/01/2026) hoặc yyyy-mm-dd.</translation>
    </message>
    <message>
        <location filename="../../app/reports/donor.py" line="120"/>
        <source>Choose a donor or a program (an earmark) for the donor report.</source>
        <translation>Chọn nhà tài trợ hoặc đợt hỗ trợ (nguồn dành riêng) cho báo cáo nhà tài trợ.</translation>
    </message>
    <message>
        <location filename="../../app/reports/donor.py" line="166"/>
        <source>Several donors match “{name}”: {names}. Write the whole name.</source>
        <translation>Có nhiều nhà tài trợ khớp với “{name}”: {names}. Hãy viết đủ tên.</translation>
    </message>
    <message>
        <location filename="../../app/reports/donor.py" line="168"/>
        <source>No donation was recorded from “{name}”.</source>
        <translation>Chưa ghi nhận khoản ủng hộ nào từ “{name}”.</translation>
    </message>
    <message>
        <location filename="../../app/services/demo.py" line="133"/>
        <source>The number of households must be at least 1.</source>
        <translation>Số hộ phải từ 1 trở lên.</translation>
    </message>
    <message>
        <location filename="../../app/services/demo.py" line="143"/>
        <source>This database already has {n} households; demo data only goes into an empty one. Choose a new database file with --db.</source>
        <translation>Cơ sở dữ liệu này đã có {n} hộ; dữ liệu mẫu chỉ được tạo trong cơ sở dữ liệu trống. Hãy chọn tệp cơ sở dữ liệu mới bằng tùy chọn --db.</translation>
    </message>
    <message>
        <location filename="../../app/services/demo.py" line="311"/>
        <source>The list of administrative units is empty.</source>
        <translation>Danh mục đơn vị hành chính đang trống.</translation>
    </message>
    <message>
        <location filename="../../app/services/distribution.py" line="93"/>
        <source>Choose who collected: in person or a proxy.</source>
        <translation>Chọn hình thức nhận: nhận trực tiếp hoặc người nhận thay.</translation>
    </message>
    <message>
        <location filename="../../app/services/distribution.py" line="96"/>
        <source>Type the proxy&apos;s full name.</source>
        <translation>Nhập họ và tên người nhận thay.</translation>
    </message>
    <message>
        <location filename="../../app/services/distribution.py" line="99"/>
        <source>Type how the proxy is related to the household.</source>
        <translation>Nhập quan hệ của người nhận thay với hộ.</translation>
    </message>
    <message>
        <location filename="../../app/services/distribution.py" line="102"/>
        <source>Type the number of the proxy&apos;s ID document.</source>
        <translation>Nhập số giấy tờ tùy thân của người nhận thay.</translation>
    </message>
    <message>
        <location filename="../../app/services/distribution.py" line="105"/>
        <source>A {type} number has {n} digits.</source>
        <translation>Số {type} gồm {n} chữ số.</translation>
    </message>
    <message>
        <location filename="../../app/services/distribution.py" line="108"/>
        <source>Type the number of the ID shown, or say in the note why no ID was shown.</source>
        <translation>Nhập số giấy tờ xuất trình, hoặc ghi rõ trong phần ghi chú lý do không xuất trình giấy tờ.</translation>
    </message>
    <message>
        <location filename="../../app/services/distribution.py" line="111"/>
        <source>Type who handed it out.</source>
        <translation>Nhập tên người trao.</translation>
    </message>
    <message>
        <location filename="../../app/services/distribution.py" line="112"/>
        <source>The receipt cannot be recorded yet:</source>
        <translation>Chưa thể ghi nhận lần nhận này:</translation>
    </message>
    <message>
        <location filename="../../app/services/distribution.py" line="116"/>
        <location filename="../../app/services/distribution.py" line="178"/>
        <source>This list row no longer exists.</source>
        <translation>Dòng này không còn tồn tại trong danh sách.</translation>
    </message>
    <message>
        <location filename="../../app/services/distribution.py" line="148"/>
        <source>Row {code} was recorded as received on another computer a moment ago. It is not recorded twice; look at the row&apos;s history.</source>
        <translation>Dòng {code} vừa được ghi nhận đã nhận trên một máy khác. Không ghi nhận lần thứ hai; hãy xem lịch sử của dòng này.</translation>
    </message>
    <message>
        <location filename="../../app/services/distribution.py" line="187"/>
        <source>The list of “{name}” is not approved yet ({status}); aid is handed out only against an approved list.</source>
        <translation>Danh sách đợt “{name}” chưa được duyệt ({status}); chỉ cấp phát hỗ trợ theo danh sách đã duyệt.</translation>
    </message>
    <message>
        <location filename="../../app/services/distribution.py" line="192"/>
        <location filename="../../app/services/distribution.py" line="313"/>
        <source>The list of “{name}” is locked: the round is closed.</source>
        <translation>Danh sách đợt “{name}” đã khóa: đợt hỗ trợ đã kết thúc.</translation>
    </message>
    <message>
        <location filename="../../app/services/distribution.py" line="196"/>
        <location filename="../../app/services/recipient_lists.py" line="521"/>
        <source>Row {code} was taken off the list: {reason}</source>
        <translation>Dòng {code} đã bị đưa ra khỏi danh sách: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/services/distribution.py" line="202"/>
        <source>Household {code} has been removed from the registry ({reason}); nothing can be handed out to it. Take it off the list.</source>
        <translation>Hộ {code} đã bị hủy khỏi sổ hộ ({reason}); không thể cấp phát cho hộ này. Hãy đưa hộ ra khỏi danh sách.</translation>
    </message>
    <message>
        <location filename="../../app/services/distribution.py" line="214"/>
        <source>Row {code} was already received on {date}: recorded by {user} at {time}. It is not recorded twice. If the first record is wrong, reverse it first.</source>
        <translation>Dòng {code} đã nhận ngày {date}: do {user} ghi nhận lúc {time}. Không ghi nhận hai lần. Nếu lần ghi nhận trước bị sai, hãy hủy lần đó bằng bút toán đảo trước.</translation>
    </message>
    <message>
        <location filename="../../app/services/distribution.py" line="227"/>
        <source>Unknown item.</source>
        <translation>Mặt hàng không xác định.</translation>
    </message>
    <message>
        <location filename="../../app/services/distribution.py" line="237"/>
        <source>{item}: {q} is far more than the entitlement ({e}); check the number.</source>
        <translation>{item}: {q} vượt quá nhiều so với số được nhận ({e}); hãy kiểm tra lại số liệu.</translation>
    </message>
    <message>
        <location filename="../../app/services/distribution.py" line="242"/>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="246"/>
        <source>{item}: {q} is more than the entitlement ({e})</source>
        <translation>{item}: {q} nhiều hơn số được nhận ({e})</translation>
    </message>
    <message>
        <location filename="../../app/services/distribution.py" line="247"/>
        <source>{item}: only {on_hand} is in stock</source>
        <translation>{item}: tồn kho chỉ còn {on_hand}</translation>
    </message>
    <message>
        <location filename="../../app/services/distribution.py" line="253"/>
        <source>Nothing would be handed out: every quantity is zero.</source>
        <translation>Không có gì để cấp phát: tất cả số lượng đều bằng 0.</translation>
    </message>
    <message>
        <location filename="../../app/services/distribution.py" line="256"/>
        <source>The date is before the program starts ({date}).</source>
        <translation>Ngày này trước ngày bắt đầu đợt hỗ trợ ({date}).</translation>
    </message>
    <message>
        <location filename="../../app/services/distribution.py" line="258"/>
        <source>The receipt for {code} cannot be recorded:</source>
        <translation>Không thể ghi nhận lần nhận của dòng {code}:</translation>
    </message>
    <message>
        <location filename="../../app/services/distribution.py" line="261"/>
        <source>Row {code}: {problems}. If that is right, type the reason; an accountant or approver must record it.</source>
        <translation>Dòng {code}: {problems}. Nếu đúng như vậy, hãy nhập lý do; việc ghi nhận phải do kế toán hoặc người duyệt thực hiện.</translation>
    </message>
    <message>
        <location filename="../../app/services/distribution.py" line="274"/>
        <source>No ID was shown.</source>
        <translation>Không xuất trình giấy tờ tùy thân.</translation>
    </message>
    <message>
        <location filename="../../app/services/distribution.py" line="285"/>
        <source>ID number {number} belongs to {name} of household {code}, not to this household. If that person collects for this household, choose “By a proxy”.</source>
        <translation>Số giấy tờ {number} là của {name} thuộc hộ {code}, không thuộc hộ này. Nếu người đó nhận thay cho hộ này, hãy chọn “Người nhận thay”.</translation>
    </message>
    <message>
        <location filename="../../app/services/distribution.py" line="288"/>
        <source>Not a member of this household.</source>
        <translation>Không phải thành viên của hộ này.</translation>
    </message>
    <message>
        <location filename="../../app/services/distribution.py" line="289"/>
        <source>ID number {number} is not in the registry; check it against the household&apos;s papers.</source>
        <translation>Số giấy tờ {number} không có trong sổ hộ; hãy đối chiếu với giấy tờ của hộ.</translation>
    </message>
    <message>
        <location filename="../../app/services/distribution.py" line="299"/>
        <source>Say why the receipt is reversed; the reason is kept in the ledger.</source>
        <translation>Nhập lý do hủy lần nhận này; lý do được lưu trong sổ sách.</translation>
    </message>
    <message>
        <location filename="../../app/services/distribution.py" line="303"/>
        <location filename="../../app/services/distribution.py" line="346"/>
        <source>This receipt no longer exists.</source>
        <translation>Lần nhận này không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../app/services/distribution.py" line="305"/>
        <source>This is itself a reversal; record the receipt again instead.</source>
        <translation>Đây là một bút toán đảo; hãy ghi nhận lại lần nhận thay vì hủy bút toán này.</translation>
    </message>
    <message>
        <location filename="../../app/services/distribution.py" line="308"/>
        <source>This receipt was already reversed on {date} by {user}.</source>
        <translation>Lần nhận này đã bị hủy ngày {date} bởi {user}.</translation>
    </message>
    <message>
        <location filename="../../app/services/distribution.py" line="332"/>
        <source>Reopened: the receipt that met it was reversed ({reason})</source>
        <translation>Mở lại: lần nhận đã đáp ứng nhu cầu này đã bị hủy ({reason})</translation>
    </message>
    <message>
        <location filename="../../app/services/distribution.py" line="357"/>
        <source>Received in {program} on {date}</source>
        <translation>Đã nhận trong đợt hỗ trợ {program} ngày {date}</translation>
    </message>
    <message>
        <location filename="../../app/services/entitlement.py" line="34"/>
        <source>per person</source>
        <translation>mỗi người</translation>
    </message>
    <message>
        <location filename="../../app/services/entitlement.py" line="34"/>
        <source>per household</source>
        <translation>mỗi hộ</translation>
    </message>
    <message>
        <location filename="../../app/services/entitlement.py" line="38"/>
        <source>Not in the program&apos;s hamlets</source>
        <translation>Không thuộc thôn/tổ của đợt hỗ trợ</translation>
    </message>
    <message>
        <location filename="../../app/services/entitlement.py" line="39"/>
        <source>In none of the program&apos;s categories</source>
        <translation>Không thuộc diện đối tượng nào của đợt hỗ trợ</translation>
    </message>
    <message>
        <location filename="../../app/services/entitlement.py" line="40"/>
        <source>No open need of the program&apos;s kinds</source>
        <translation>Không có nhu cầu chưa đáp ứng thuộc loại mà đợt hỗ trợ đáp ứng</translation>
    </message>
    <message>
        <location filename="../../app/services/entitlement.py" line="41"/>
        <source>No member with a counted residence status</source>
        <translation>Không có thành viên nào có tình trạng cư trú được tính</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="108"/>
        <source>households-{date}.xlsx</source>
        <translation>ho-gia-dinh-{date}.xlsx</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="112"/>
        <source>needs-{date}.xlsx</source>
        <translation>nhu-cau-{date}.xlsx</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="125"/>
        <location filename="../../app/services/exports.py" line="282"/>
        <location filename="../../app/services/exports.py" line="585"/>
        <location filename="../../app/services/vocab.py" line="17"/>
        <location filename="../../app/ui/pages/distribution_list.py" line="42"/>
        <location filename="../../app/ui/pages/households.py" line="44"/>
        <location filename="../../app/ui/pages/needs.py" line="40"/>
        <location filename="../../app/ui/pages/program_models.py" line="73"/>
        <location filename="../../app/ui/pages/program_models.py" line="154"/>
        <location filename="../../app/ui/pages/program_models.py" line="185"/>
        <source>Head of household</source>
        <translation>Chủ hộ</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="133"/>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="108"/>
        <location filename="../../app/ui/dialogs/import_review.py" line="45"/>
        <location filename="../../app/ui/dialogs/program_dialog.py" line="253"/>
        <location filename="../../app/ui/pages/households.py" line="45"/>
        <source>Categories</source>
        <translation>Diện đối tượng</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="137"/>
        <location filename="../../app/ui/pages/households.py" line="44"/>
        <source>Matched</source>
        <translation>Khớp với</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="139"/>
        <source>Voided</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="147"/>
        <source>LIST OF HOUSEHOLDS</source>
        <translation>DANH SÁCH HỘ GIA ĐÌNH</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="159"/>
        <location filename="../../app/services/exports.py" line="314"/>
        <location filename="../../app/services/exports.py" line="609"/>
        <source>Hamlet: {name}</source>
        <translation>Thôn/tổ: {name}</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="163"/>
        <source>Category: {name}</source>
        <translation>Diện đối tượng: {name}</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="165"/>
        <location filename="../../app/services/exports.py" line="457"/>
        <location filename="../../app/services/exports.py" line="613"/>
        <source>Search: “{text}”</source>
        <translation>Tìm: “{text}”</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="167"/>
        <source>voided households included</source>
        <translation>gồm cả hộ đã hủy</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="193"/>
        <source>voided</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="277"/>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="132"/>
        <location filename="../../app/ui/dialogs/need_dialog.py" line="58"/>
        <location filename="../../app/ui/pages/needs.py" line="39"/>
        <source>Urgency</source>
        <translation>Mức độ khẩn cấp</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="278"/>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="132"/>
        <location filename="../../app/ui/dialogs/need_dialog.py" line="34"/>
        <location filename="../../app/ui/pages/needs.py" line="39"/>
        <source>Need</source>
        <translation>Nhu cầu</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="279"/>
        <location filename="../../app/services/exports.py" line="360"/>
        <location filename="../../app/services/exports.py" line="393"/>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="132"/>
        <location filename="../../app/ui/dialogs/need_dialog.py" line="53"/>
        <location filename="../../app/ui/dialogs/program_parts.py" line="227"/>
        <location filename="../../app/ui/pages/donations.py" line="90"/>
        <location filename="../../app/ui/pages/donations.py" line="116"/>
        <location filename="../../app/ui/pages/needs.py" line="39"/>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="280"/>
        <location filename="../../app/services/exports.py" line="361"/>
        <location filename="../../app/services/exports.py" line="394"/>
        <location filename="../../app/services/exports.py" line="413"/>
        <source>Unit</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="284"/>
        <source>Assessed on</source>
        <translation>Ngày đánh giá</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="285"/>
        <source>Assessed by</source>
        <translation>Người đánh giá</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="296"/>
        <location filename="../../app/ui/dialogs/merge_dialog.py" line="100"/>
        <location filename="../../app/ui/dialogs/program_dialog.py" line="257"/>
        <location filename="../../app/ui/pages/check_off.py" line="238"/>
        <source>Open needs</source>
        <translation>Nhu cầu chưa đáp ứng</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="297"/>
        <source>LIST OF OPEN NEEDS</source>
        <translation>DANH SÁCH NHU CẦU CHƯA ĐÁP ỨNG</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="307"/>
        <source>Need: {kind}</source>
        <translation>Nhu cầu: {kind}</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="309"/>
        <source>Urgency: {urgency}</source>
        <translation>Mức độ khẩn cấp: {urgency}</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="356"/>
        <location filename="../../app/services/exports.py" line="391"/>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="318"/>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="406"/>
        <location filename="../../app/ui/pages/donations.py" line="90"/>
        <location filename="../../app/ui/pages/donations.py" line="116"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="357"/>
        <location filename="../../app/ui/pages/donations.py" line="90"/>
        <source>Donor</source>
        <translation>Người/đơn vị ủng hộ</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="358"/>
        <location filename="../../app/ui/pages/donations.py" line="90"/>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="359"/>
        <location filename="../../app/services/exports.py" line="392"/>
        <location filename="../../app/services/exports.py" line="412"/>
        <location filename="../../app/ui/dialogs/program_parts.py" line="227"/>
        <location filename="../../app/ui/pages/distribution_list.py" line="109"/>
        <location filename="../../app/ui/pages/donations.py" line="59"/>
        <location filename="../../app/ui/pages/donations.py" line="90"/>
        <location filename="../../app/ui/pages/donations.py" line="116"/>
        <source>Item</source>
        <translation>Mặt hàng</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="362"/>
        <location filename="../../app/ui/pages/donations.py" line="91"/>
        <source>Receipt no.</source>
        <translation>Số phiếu thu</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="363"/>
        <location filename="../../app/ui/dialogs/donation_dialog.py" line="198"/>
        <location filename="../../app/ui/pages/donations.py" line="91"/>
        <source>Earmarked for</source>
        <translation>Dành riêng cho</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="364"/>
        <location filename="../../app/services/exports.py" line="396"/>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="407"/>
        <location filename="../../app/ui/pages/donations.py" line="91"/>
        <location filename="../../app/ui/pages/donations.py" line="116"/>
        <source>Recorded by</source>
        <translation>Người ghi nhận</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="368"/>
        <location filename="../../app/services/vocab.py" line="110"/>
        <location filename="../../app/ui/main_window.py" line="64"/>
        <location filename="../../app/ui/pages/donations.py" line="200"/>
        <source>Donations</source>
        <translation>Tiếp nhận ủng hộ</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="369"/>
        <source>LIST OF DONATIONS RECEIVED</source>
        <translation>DANH SÁCH TIỀN, HÀNG ỦNG HỘ ĐÃ NHẬN</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="383"/>
        <source>donations-{date}.xlsx</source>
        <translation>ung-ho-{date}.xlsx</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="395"/>
        <location filename="../../app/ui/pages/donations.py" line="116"/>
        <location filename="../../app/ui/pages/program_models.py" line="74"/>
        <location filename="../../app/ui/pages/program_models.py" line="212"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="399"/>
        <location filename="../../app/ui/pages/donations.py" line="203"/>
        <source>Stock adjustments</source>
        <translation>Điều chỉnh kho</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="400"/>
        <source>LIST OF STOCK ADJUSTMENTS</source>
        <translation>DANH SÁCH ĐIỀU CHỈNH KHO</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="414"/>
        <location filename="../../app/services/exports.py" line="692"/>
        <location filename="../../app/services/exports.py" line="727"/>
        <location filename="../../app/services/recipient_lists.py" line="213"/>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="280"/>
        <location filename="../../app/ui/pages/donations.py" line="59"/>
        <location filename="../../app/ui/pages/recipient_list.py" line="111"/>
        <location filename="../../app/ui/pages/sync.py" line="98"/>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="415"/>
        <location filename="../../app/ui/pages/donations.py" line="59"/>
        <source>Given out</source>
        <translation>Đã cấp phát</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="416"/>
        <location filename="../../app/ui/pages/donations.py" line="59"/>
        <source>Adjusted</source>
        <translation>Điều chỉnh</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="417"/>
        <location filename="../../app/ui/pages/donations.py" line="59"/>
        <source>On hand</source>
        <translation>Tồn kho</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="421"/>
        <source>Stock</source>
        <translation>Tồn kho</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="421"/>
        <source>STOCK ON HAND</source>
        <translation>TỒN KHO HIỆN CÓ</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="425"/>
        <source>stock-on-hand-{date}.xlsx</source>
        <translation>ton-kho-{date}.xlsx</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="443"/>
        <source>stock-adjustments-{date}.xlsx</source>
        <translation>dieu-chinh-kho-{date}.xlsx</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="450"/>
        <source>Item: {name}</source>
        <translation>Mặt hàng: {name}</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="455"/>
        <source>Earmarked for: {program}</source>
        <translation>Dành riêng cho: {program}</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="488"/>
        <source>Program code</source>
        <translation>Mã đợt</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="489"/>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="406"/>
        <location filename="../../app/ui/pages/program_models.py" line="37"/>
        <source>Program</source>
        <translation>Đợt hỗ trợ</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="495"/>
        <source>Households on the list</source>
        <translation>Số hộ trong danh sách</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="499"/>
        <location filename="../../app/ui/main_window.py" line="62"/>
        <source>Programs</source>
        <translation>Đợt hỗ trợ</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="500"/>
        <source>LIST OF AID PROGRAMS</source>
        <translation>DANH SÁCH CÁC ĐỢT HỖ TRỢ</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="514"/>
        <source>programs-{date}.xlsx</source>
        <translation>dot-ho-tro-{date}.xlsx</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="531"/>
        <location filename="../../app/ui/pages/duplicates.py" line="58"/>
        <source>Level</source>
        <translation>Mức</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="534"/>
        <source>Person {n}</source>
        <translation>Người {n}</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="535"/>
        <source>Born ({n})</source>
        <translation>Ngày/năm sinh ({n})</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="536"/>
        <source>ID number ({n})</source>
        <translation>Số CCCD/CMND ({n})</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="537"/>
        <source>Household ({n})</source>
        <translation>Mã hộ ({n})</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="538"/>
        <source>Hamlet ({n})</source>
        <translation>Thôn/Tổ ({n})</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="541"/>
        <source>Scan of {time}</source>
        <translation>Lần dò lúc {time}</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="543"/>
        <location filename="../../app/ui/pages/duplicates.py" line="109"/>
        <source>Possible duplicates</source>
        <translation>Cặp có thể trùng</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="544"/>
        <source>LIST OF POSSIBLE DUPLICATE PERSONS</source>
        <translation>DANH SÁCH NGƯỜI CÓ THỂ BỊ GHI TRÙNG</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="559"/>
        <source>possible-duplicates-{date}.xlsx</source>
        <translation>nguoi-co-the-trung-{date}.xlsx</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="584"/>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="406"/>
        <location filename="../../app/ui/pages/distribution_list.py" line="42"/>
        <source>List code</source>
        <translation>Mã dòng</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="591"/>
        <location filename="../../app/ui/pages/distribution_list.py" line="40"/>
        <source>{item}: entitled</source>
        <translation>{item}: được nhận</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="592"/>
        <location filename="../../app/ui/pages/distribution_list.py" line="41"/>
        <source>{item}: given</source>
        <translation>{item}: đã cấp</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="593"/>
        <location filename="../../app/services/exports.py" line="649"/>
        <location filename="../../app/services/exports.py" line="790"/>
        <location filename="../../app/ui/dialogs/imports_dialog.py" line="40"/>
        <location filename="../../app/ui/pages/distribution_list.py" line="43"/>
        <location filename="../../app/ui/pages/duplicates.py" line="80"/>
        <location filename="../../app/ui/pages/program_models.py" line="74"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="593"/>
        <source>Received on</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="594"/>
        <location filename="../../app/ui/pages/list_reports.py" line="135"/>
        <location filename="../../app/ui/pages/list_reports.py" line="378"/>
        <source>Program: {name}</source>
        <translation>Đợt hỗ trợ: {name}</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="596"/>
        <location filename="../../app/ui/main_window.py" line="63"/>
        <source>Distribution</source>
        <translation>Cấp phát</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="597"/>
        <source>AID DISTRIBUTION LIST</source>
        <translation>DANH SÁCH CẤP PHÁT HỖ TRỢ</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="611"/>
        <source>State: {state}</source>
        <translation>Trạng thái: {state}</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="636"/>
        <source>distribution-{date}.xlsx</source>
        <translation>cap-phat-{date}.xlsx</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="645"/>
        <location filename="../../app/services/exports.py" line="663"/>
        <location filename="../../app/services/exports.py" line="683"/>
        <location filename="../../app/ui/dialogs/imports_dialog.py" line="39"/>
        <location filename="../../app/ui/pages/duplicates.py" line="79"/>
        <location filename="../../app/ui/pages/program_models.py" line="212"/>
        <location filename="../../app/ui/pages/sync.py" line="78"/>
        <source>When</source>
        <translation>Lúc</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="646"/>
        <location filename="../../app/ui/pages/duplicates.py" line="79"/>
        <source>Merged by</source>
        <translation>Người gộp</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="646"/>
        <location filename="../../app/ui/dialogs/merge_dialog.py" line="167"/>
        <location filename="../../app/ui/pages/duplicates.py" line="79"/>
        <source>Record that stays</source>
        <translation>Hồ sơ được giữ lại</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="647"/>
        <location filename="../../app/ui/pages/duplicates.py" line="79"/>
        <source>Merged record</source>
        <translation>Hồ sơ bị gộp</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="648"/>
        <location filename="../../app/ui/pages/duplicates.py" line="80"/>
        <source>Values taken from the merged record</source>
        <translation>Thông tin lấy từ hồ sơ bị gộp</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="650"/>
        <location filename="../../app/ui/pages/duplicates.py" line="110"/>
        <source>Merges</source>
        <translation>Các lần gộp</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="650"/>
        <source>LIST OF MERGED RECORDS</source>
        <translation>DANH SÁCH CÁC LẦN GỘP HỒ SƠ</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="664"/>
        <location filename="../../app/ui/dialogs/imports_dialog.py" line="39"/>
        <source>By</source>
        <translation>Người nhập</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="664"/>
        <location filename="../../app/services/exports.py" line="685"/>
        <location filename="../../app/ui/dialogs/imports_dialog.py" line="39"/>
        <location filename="../../app/ui/pages/sync.py" line="78"/>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="665"/>
        <source>Sheet</source>
        <translation>Trang tính</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="665"/>
        <location filename="../../app/ui/dialogs/imports_dialog.py" line="39"/>
        <source>Households added</source>
        <translation>Số hộ thêm</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="666"/>
        <location filename="../../app/ui/dialogs/imports_dialog.py" line="39"/>
        <source>People added</source>
        <translation>Số người thêm</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="666"/>
        <location filename="../../app/ui/dialogs/imports_dialog.py" line="40"/>
        <source>Households updated</source>
        <translation>Số hộ cập nhật</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="667"/>
        <source>Rows skipped</source>
        <translation>Số dòng bỏ qua</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="667"/>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="420"/>
        <source>Rows with problems</source>
        <translation>Các dòng có lỗi</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="668"/>
        <source>Undone on</source>
        <translation>Hoàn tác lúc</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="669"/>
        <source>Imports</source>
        <translation>Các lần nhập</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="669"/>
        <source>LIST OF EXCEL IMPORTS</source>
        <translation>DANH SÁCH CÁC LẦN NHẬP TỪ EXCEL</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="684"/>
        <source>Sent or received</source>
        <translation>Gửi/nhận</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="684"/>
        <location filename="../../app/services/exports.py" line="725"/>
        <location filename="../../app/services/exports.py" line="772"/>
        <location filename="../../app/ui/pages/settings.py" line="53"/>
        <location filename="../../app/ui/pages/sync.py" line="78"/>
        <location filename="../../app/ui/pages/sync.py" line="97"/>
        <source>Office</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="685"/>
        <location filename="../../app/ui/pages/program_models.py" line="212"/>
        <location filename="../../app/ui/pages/sync.py" line="78"/>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="686"/>
        <location filename="../../app/ui/pages/sync.py" line="80"/>
        <source>Bundles</source>
        <translation>Các gói</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="686"/>
        <source>LIST OF SYNC BUNDLES</source>
        <translation>DANH SÁCH GÓI ĐỒNG BỘ</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="692"/>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="700"/>
        <location filename="../../app/ui/pages/sync.py" line="83"/>
        <source>Changed record</source>
        <translation>Hồ sơ có thay đổi</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="701"/>
        <location filename="../../app/ui/dialogs/merge_dialog.py" line="112"/>
        <location filename="../../app/ui/dialogs/merge_dialog.py" line="181"/>
        <location filename="../../app/ui/pages/sync.py" line="83"/>
        <source>Field</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="702"/>
        <location filename="../../app/ui/pages/sync.py" line="83"/>
        <source>One side</source>
        <translation>Một bên</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="702"/>
        <location filename="../../app/ui/pages/sync.py" line="83"/>
        <source>Other side</source>
        <translation>Bên kia</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="703"/>
        <source>Office ({side})</source>
        <translation>Đơn vị ({side})</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="704"/>
        <source>By ({side})</source>
        <translation>Người sửa ({side})</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="705"/>
        <source>When ({side})</source>
        <translation>Lúc ({side})</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="706"/>
        <location filename="../../app/ui/pages/sync.py" line="96"/>
        <location filename="../../app/ui/pages/sync.py" line="161"/>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="706"/>
        <source>LIST OF SYNC CONFLICTS</source>
        <translation>DANH SÁCH XUNG ĐỘT ĐỒNG BỘ</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="723"/>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="724"/>
        <location filename="../../app/services/exports.py" line="800"/>
        <location filename="../../app/ui/dialogs/organisations_dialog.py" line="126"/>
        <location filename="../../app/ui/pages/document_settings.py" line="116"/>
        <location filename="../../app/ui/pages/settings.py" line="62"/>
        <location filename="../../app/ui/pages/sync.py" line="97"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="724"/>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="107"/>
        <location filename="../../app/ui/dialogs/import_review.py" line="44"/>
        <location filename="../../app/ui/pages/duplicates.py" line="58"/>
        <location filename="../../app/ui/pages/sync.py" line="97"/>
        <source>Born</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="726"/>
        <location filename="../../app/services/sync_conflicts.py" line="47"/>
        <location filename="../../app/ui/dialogs/merge_dialog.py" line="95"/>
        <location filename="../../app/ui/pages/needs.py" line="39"/>
        <location filename="../../app/ui/pages/program_models.py" line="73"/>
        <location filename="../../app/ui/pages/program_models.py" line="154"/>
        <location filename="../../app/ui/pages/program_models.py" line="185"/>
        <location filename="../../app/ui/pages/sync.py" line="98"/>
        <source>Household</source>
        <translation>Hộ gia đình</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="728"/>
        <source>Same person</source>
        <translation>Trùng người</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="729"/>
        <source>LIST OF PERSONS REGISTERED BY TWO OFFICES</source>
        <translation>DANH SÁCH NGƯỜI ĐƯỢC HAI ĐƠN VỊ CÙNG ĐĂNG KÝ</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="738"/>
        <location filename="../../app/ui/pages/sync.py" line="196"/>
        <source>nothing</source>
        <translation>chưa nhận gì</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="743"/>
        <source>sync-bundles-{date}.xlsx</source>
        <translation>goi-dong-bo-{date}.xlsx</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="743"/>
        <source>sync-conflicts-{date}.xlsx</source>
        <translation>xung-dot-dong-bo-{date}.xlsx</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="744"/>
        <source>same-persons-{date}.xlsx</source>
        <translation>trung-nguoi-giua-don-vi-{date}.xlsx</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="749"/>
        <source>merges-{date}.xlsx</source>
        <translation>gop-ho-so-{date}.xlsx</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="753"/>
        <source>imports-{date}.xlsx</source>
        <translation>cac-lan-nhap-{date}.xlsx</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="770"/>
        <location filename="../../app/services/exports.py" line="801"/>
        <location filename="../../app/ui/dialogs/organisations_dialog.py" line="126"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="773"/>
        <source>Number of households</source>
        <translation>Số hộ</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="781"/>
        <location filename="../../app/ui/dialogs/print_dialog.py" line="126"/>
        <location filename="../../app/ui/dialogs/program_dialog.py" line="254"/>
        <location filename="../../app/ui/pages/duplicates.py" line="59"/>
        <source>Hamlets</source>
        <translation>Thôn/tổ</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="781"/>
        <source>LIST OF HAMLETS</source>
        <translation>DANH SÁCH THÔN, TỔ DÂN PHỐ</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="788"/>
        <location filename="../../app/ui/dialogs/user_dialog.py" line="42"/>
        <source>Login name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="789"/>
        <source>Roles</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="791"/>
        <location filename="../../app/ui/pages/settings.py" line="128"/>
        <location filename="../../app/ui/pages/settings.py" line="158"/>
        <source>no role</source>
        <translation>chưa có vai trò</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="792"/>
        <source>Active</source>
        <translation>Đang dùng</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="792"/>
        <source>Inactive</source>
        <translation>Đã ngừng</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="793"/>
        <source>Users</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="793"/>
        <source>LIST OF USERS AND ROLES</source>
        <translation>DANH SÁCH NGƯỜI DÙNG VÀ VAI TRÒ</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="804"/>
        <location filename="../../app/ui/dialogs/organisations_dialog.py" line="113"/>
        <source>Organisations</source>
        <translation>Các tổ chức</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="804"/>
        <source>LIST OF ORGANISATIONS</source>
        <translation>DANH SÁCH TỔ CHỨC</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="810"/>
        <source>hamlets-{date}.xlsx</source>
        <translation>thon-to-{date}.xlsx</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="810"/>
        <source>users-{date}.xlsx</source>
        <translation>nguoi-dung-{date}.xlsx</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="811"/>
        <source>organisations-{date}.xlsx</source>
        <translation>to-chuc-{date}.xlsx</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="843"/>
        <source>not-on-the-list-{date}.xlsx</source>
        <translation>ho-ngoai-danh-sach-{date}.xlsx</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="844"/>
        <source>on-other-lists-{date}.xlsx</source>
        <translation>trung-danh-sach-khac-{date}.xlsx</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="845"/>
        <source>list-history-{date}.xlsx</source>
        <translation>lich-su-danh-sach-{date}.xlsx</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="846"/>
        <source>possibly-same-persons-{date}.xlsx</source>
        <translation>co-the-trung-nguoi-{date}.xlsx</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="847"/>
        <source>receipt-history-{date}.xlsx</source>
        <translation>lich-su-nhan-{date}.xlsx</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="848"/>
        <source>received-by-household-{date}.xlsx</source>
        <translation>ho-da-nhan-{date}.xlsx</translation>
    </message>
    <message>
        <location filename="../../app/services/exports.py" line="867"/>
        <source>Exported on {date}</source>
        <translation>Xuất ngày {date}</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="130"/>
        <source>Type why this member is removed from the household.</source>
        <translation>Nhập lý do đưa thành viên này ra khỏi hộ.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="138"/>
        <source>Choose the gender.</source>
        <translation>Chọn giới tính.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="147"/>
        <source>Choose the relation to the head of household.</source>
        <translation>Chọn quan hệ với chủ hộ.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="150"/>
        <source>Choose the residence status.</source>
        <translation>Chọn tình trạng cư trú.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="159"/>
        <source>Choose what is needed.</source>
        <translation>Chọn loại nhu cầu.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="161"/>
        <source>Choose how urgent it is.</source>
        <translation>Chọn mức độ khẩn cấp.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="163"/>
        <source>Type the date of the assessment.</source>
        <translation>Nhập ngày đánh giá nhu cầu.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="165"/>
        <source>The assessment date is in the future.</source>
        <translation>Ngày đánh giá không được sau ngày hôm nay.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="167"/>
        <source>Type who assessed the need.</source>
        <translation>Nhập tên người đánh giá nhu cầu.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="171"/>
        <location filename="../../app/services/needs.py" line="222"/>
        <source>Choose the status of the need.</source>
        <translation>Chọn tình trạng của nhu cầu.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="173"/>
        <location filename="../../app/services/needs.py" line="224"/>
        <source>Type why the need is cancelled.</source>
        <translation>Nhập lý do hủy nhu cầu.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="184"/>
        <source>Choose the hamlet (thôn/tổ) of the household.</source>
        <translation>Chọn thôn/tổ của hộ.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="195"/>
        <source>The number of members is between 1 and {n}.</source>
        <translation>Số nhân khẩu phải từ 1 đến {n}.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="202"/>
        <source>A household has at least one member: add the head of household.</source>
        <translation>Mỗi hộ phải có ít nhất một thành viên: hãy thêm chủ hộ.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="208"/>
        <source>A household has exactly one head; now it has {n}. Set one member as head.</source>
        <translation>Mỗi hộ chỉ có đúng một chủ hộ; hiện đang có {n}. Hãy chọn một thành viên làm chủ hộ.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="215"/>
        <source>ID number {id} is typed for two members of this household.</source>
        <translation>Số CCCD/CMND {id} bị nhập trùng cho hai thành viên của hộ này.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="256"/>
        <location filename="../../app/services/households.py" line="375"/>
        <location filename="../../app/services/households.py" line="487"/>
        <source>This household no longer exists.</source>
        <translation>Hộ này không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="323"/>
        <source>This hamlet no longer exists; choose another.</source>
        <translation>Thôn/tổ này không còn tồn tại; hãy chọn thôn/tổ khác.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="331"/>
        <source>Household code {code} is already used; leave it empty to get a new one.</source>
        <translation>Mã hộ {code} đã được sử dụng; hãy để trống để chương trình cấp mã mới.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="349"/>
        <source>ID number {id} is already registered to {name} in household {code}. Open that household instead of registering the person again.</source>
        <translation>Số CCCD/CMND {id} đã được đăng ký cho {name} thuộc hộ {code}. Hãy mở hộ đó thay vì đăng ký lại người này.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="354"/>
        <source>The member this need is for is not in the household.</source>
        <translation>Thành viên có nhu cầu này không thuộc hộ.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="377"/>
        <source>This household was voided; it cannot be edited.</source>
        <translation>Hộ này đã bị hủy nên không thể sửa.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="379"/>
        <source>Someone else changed this household while you were editing it. Close it, open it again and redo your change.</source>
        <translation>Người khác đã thay đổi thông tin hộ này trong lúc bạn đang sửa. Hãy đóng hộ, mở lại rồi thực hiện lại thay đổi của bạn.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="413"/>
        <source>A member of this household no longer exists; reopen it.</source>
        <translation>Một thành viên của hộ này không còn tồn tại; hãy mở lại hộ.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="454"/>
        <source>A chosen category no longer exists; reopen the household.</source>
        <translation>Một diện đối tượng đã chọn không còn tồn tại; hãy mở lại hộ.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="467"/>
        <source>A need of this household no longer exists; reopen it.</source>
        <translation>Một nhu cầu của hộ này không còn tồn tại; hãy mở lại hộ.</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="482"/>
        <source>Type the reason for voiding this household (e.g. moved away, registered twice).</source>
        <translation>Nhập lý do hủy hộ này (ví dụ: đã chuyển đi nơi khác, bị đăng ký trùng).</translation>
    </message>
    <message>
        <location filename="../../app/services/households.py" line="489"/>
        <source>This household is already voided.</source>
        <translation>Hộ này đã bị hủy trước đó.</translation>
    </message>
    <message>
        <location filename="../../app/services/ledger.py" line="45"/>
        <source>The quantity must be more than zero.</source>
        <translation>Số lượng phải lớn hơn 0.</translation>
    </message>
    <message>
        <location filename="../../app/services/ledger.py" line="47"/>
        <source>{q} is far more than one entry can be; check the number.</source>
        <translation>{q} quá lớn so với một lần ghi; hãy kiểm tra lại số liệu.</translation>
    </message>
    <message>
        <location filename="../../app/services/ledger.py" line="55"/>
        <source>Type the date.</source>
        <translation>Nhập ngày.</translation>
    </message>
    <message>
        <location filename="../../app/services/ledger.py" line="57"/>
        <source>The date is in the future.</source>
        <translation>Ngày không được sau ngày hôm nay.</translation>
    </message>
    <message>
        <location filename="../../app/services/ledger.py" line="59"/>
        <source>The date is too far in the past; check the year.</source>
        <translation>Ngày quá xa trong quá khứ; hãy kiểm tra lại năm.</translation>
    </message>
    <message>
        <location filename="../../app/services/ledger.py" line="94"/>
        <source>Type who gave it (a person, a business, the budget).</source>
        <translation>Nhập người/đơn vị ủng hộ (cá nhân, doanh nghiệp, ngân sách).</translation>
    </message>
    <message>
        <location filename="../../app/services/ledger.py" line="97"/>
        <source>Choose donation or budget allocation.</source>
        <translation>Chọn ủng hộ hoặc cấp từ ngân sách.</translation>
    </message>
    <message>
        <location filename="../../app/services/ledger.py" line="99"/>
        <location filename="../../app/services/ledger.py" line="258"/>
        <source>Choose the item.</source>
        <translation>Chọn mặt hàng.</translation>
    </message>
    <message>
        <location filename="../../app/services/ledger.py" line="103"/>
        <source>The donation cannot be recorded yet:</source>
        <translation>Chưa thể ghi nhận khoản ủng hộ này:</translation>
    </message>
    <message>
        <location filename="../../app/services/ledger.py" line="113"/>
        <source>Receipt number {no} was already recorded on {date} by {user} ({donor}). If this is a different donation, give it its own number.</source>
        <translation>Số phiếu thu {no} đã được {user} ghi nhận ngày {date} ({donor}). Nếu đây là khoản ủng hộ khác, hãy ghi số phiếu thu riêng cho khoản này.</translation>
    </message>
    <message>
        <location filename="../../app/services/ledger.py" line="135"/>
        <location filename="../../app/services/ledger.py" line="283"/>
        <source>Say why this entry is reversed; the reason is kept in the ledger.</source>
        <translation>Nhập lý do hủy khoản đã ghi này; lý do được lưu trong sổ sách.</translation>
    </message>
    <message>
        <location filename="../../app/services/ledger.py" line="139"/>
        <location filename="../../app/services/ledger.py" line="287"/>
        <source>This entry no longer exists.</source>
        <translation>Khoản đã ghi này không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../app/services/ledger.py" line="142"/>
        <source>Part of this donation has already been handed out: reversing it would leave the stock below zero. Record the correct donation first.</source>
        <translation>Một phần khoản ủng hộ này đã được cấp phát: nếu hủy thì tồn kho sẽ bị âm. Hãy ghi nhận khoản ủng hộ đúng trước.</translation>
    </message>
    <message>
        <location filename="../../app/services/ledger.py" line="157"/>
        <source>This entry is itself a reversal; record the correct entry instead.</source>
        <translation>Đây là một bút toán đảo; hãy ghi lại khoản đúng thay vì hủy bút toán này.</translation>
    </message>
    <message>
        <location filename="../../app/services/ledger.py" line="160"/>
        <source>This entry was already reversed on {date} by {user}.</source>
        <translation>Khoản này đã bị hủy ngày {date} bởi {user}.</translation>
    </message>
    <message>
        <location filename="../../app/services/ledger.py" line="168"/>
        <source>cancelled by a reversing entry</source>
        <translation>đã hủy bằng bút toán đảo</translation>
    </message>
    <message>
        <location filename="../../app/services/ledger.py" line="170"/>
        <source>Reversing entry: {reason}</source>
        <translation>Bút toán đảo: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/services/ledger.py" line="262"/>
        <source>Say why the stock goes down (spoilt, lost, sent to …).</source>
        <translation>Nhập lý do giảm tồn kho (hư hỏng, hao hụt, chuyển cho …).</translation>
    </message>
    <message>
        <location filename="../../app/services/ledger.py" line="264"/>
        <source>The adjustment cannot be recorded yet:</source>
        <translation>Chưa thể ghi nhận điều chỉnh kho:</translation>
    </message>
    <message>
        <location filename="../../app/services/ledger.py" line="268"/>
        <source>Only {on_hand} of {item} is in stock; an adjustment cannot take away {q}.</source>
        <translation>{item} chỉ còn tồn kho {on_hand}; không thể điều chỉnh giảm {q}.</translation>
    </message>
    <message>
        <location filename="../../app/services/list_building.py" line="275"/>
        <source>The list of “{name}” is {status}; only a draft list is rebuilt. Amend it instead.</source>
        <translation>Danh sách đợt “{name}” đang ở trạng thái {status}; chỉ lập lại được danh sách nháp. Hãy điều chỉnh danh sách thay vì lập lại.</translation>
    </message>
    <message>
        <location filename="../../app/services/list_building.py" line="319"/>
        <source>The household was removed from the registry</source>
        <translation>Hộ đã bị hủy khỏi sổ hộ</translation>
    </message>
    <message>
        <location filename="../../app/services/merges.py" line="46"/>
        <source>ID type</source>
        <translation>Loại giấy tờ</translation>
    </message>
    <message>
        <location filename="../../app/services/merges.py" line="48"/>
        <location filename="../../app/services/sync_conflicts.py" line="46"/>
        <source>Old ID number (CMND)</source>
        <translation>Số CMND cũ</translation>
    </message>
    <message>
        <location filename="../../app/services/merges.py" line="50"/>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="108"/>
        <location filename="../../app/ui/dialogs/member_dialog.py" line="81"/>
        <source>Residence</source>
        <translation>Cư trú</translation>
    </message>
    <message>
        <location filename="../../app/services/merges.py" line="96"/>
        <location filename="../../app/services/merges.py" line="146"/>
        <location filename="../../app/services/merges.py" line="182"/>
        <source>This person no longer exists.</source>
        <translation>Người này không còn trong sổ.</translation>
    </message>
    <message>
        <location filename="../../app/services/merges.py" line="142"/>
        <source>A record cannot be compared with itself.</source>
        <translation>Không thể so một hồ sơ với chính nó.</translation>
    </message>
    <message>
        <location filename="../../app/services/merges.py" line="178"/>
        <source>A record cannot be merged into itself.</source>
        <translation>Không thể gộp một hồ sơ vào chính nó.</translation>
    </message>
    <message>
        <location filename="../../app/services/merges.py" line="185"/>
        <source>{name} was already merged into another record; open that record instead.</source>
        <translation>{name} đã được gộp vào một hồ sơ khác; hãy mở hồ sơ đó.</translation>
    </message>
    <message>
        <location filename="../../app/services/merges.py" line="188"/>
        <source>{name} is voided: only live records are merged.</source>
        <translation>{name} đã bị hủy: chỉ gộp được các hồ sơ còn hiệu lực.</translation>
    </message>
    <message>
        <location filename="../../app/services/merges.py" line="204"/>
        <source>Merged into {name} (household {code})</source>
        <translation>Đã gộp vào {name} (hộ {code})</translation>
    </message>
    <message>
        <location filename="../../app/services/merges.py" line="238"/>
        <source>The same person&apos;s record already has it (merged)</source>
        <translation>Hồ sơ của chính người này đã có (đã gộp)</translation>
    </message>
    <message>
        <location filename="../../app/services/merges.py" line="252"/>
        <source>Household {code} has no members left: void it if it was registered twice.</source>
        <translation>Hộ {code} không còn thành viên nào: hãy hủy hộ này nếu nó bị đăng ký hai lần.</translation>
    </message>
    <message>
        <location filename="../../app/services/merges.py" line="255"/>
        <source>Household {code} has no head now: choose its new head.</source>
        <translation>Hộ {code} hiện không có chủ hộ: hãy chọn chủ hộ mới.</translation>
    </message>
    <message>
        <location filename="../../app/services/merges.py" line="266"/>
        <source>This merge no longer exists.</source>
        <translation>Lần gộp này không còn nữa.</translation>
    </message>
    <message>
        <location filename="../../app/services/merges.py" line="268"/>
        <source>This merge was already undone.</source>
        <translation>Lần gộp này đã được hoàn tác.</translation>
    </message>
    <message>
        <location filename="../../app/services/merges.py" line="271"/>
        <source>The surviving record was merged again since; undo that merge first.</source>
        <translation>Hồ sơ được giữ lại đã bị gộp tiếp sau đó; hãy hoàn tác lần gộp đó trước.</translation>
    </message>
    <message>
        <location filename="../../app/services/merges.py" line="298"/>
        <source>The merge was undone</source>
        <translation>Đã hoàn tác việc gộp</translation>
    </message>
    <message>
        <location filename="../../app/services/merges.py" line="337"/>
        <source>Undone</source>
        <translation>Đã hoàn tác</translation>
    </message>
    <message>
        <location filename="../../app/services/merges.py" line="337"/>
        <location filename="../../app/ui/pages/duplicates.py" line="374"/>
        <source>Merged</source>
        <translation>Đã gộp</translation>
    </message>
    <message>
        <location filename="../../app/services/needs.py" line="228"/>
        <source>This need no longer exists.</source>
        <translation>Nhu cầu này không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../app/services/office.py" line="148"/>
        <source>Choose the office&apos;s level: commune, district or province.</source>
        <translation>Hãy chọn cấp của cơ quan: xã, huyện hay tỉnh.</translation>
    </message>
    <message>
        <location filename="../../app/services/office.py" line="150"/>
        <location filename="../../app/services/office.py" line="217"/>
        <source>Type the office&apos;s name, e.g. “UBND xã Yên Lạc”.</source>
        <translation>Nhập tên đơn vị, ví dụ “UBND xã Yên Lạc”.</translation>
    </message>
    <message>
        <location filename="../../app/services/office.py" line="152"/>
        <location filename="../../app/services/office.py" line="219"/>
        <location filename="../../app/services/office.py" line="279"/>
        <location filename="../../app/services/office_documents.py" line="190"/>
        <location filename="../../app/services/programs.py" line="226"/>
        <location filename="../../app/services/validation.py" line="176"/>
        <source>Too long: at most {n} characters.</source>
        <translation>Quá dài: tối đa {n} ký tự.</translation>
    </message>
    <message>
        <location filename="../../app/services/office.py" line="156"/>
        <source>Choose the commune or ward from the list.</source>
        <translation>Chọn xã/phường trong danh sách.</translation>
    </message>
    <message>
        <location filename="../../app/services/office.py" line="158"/>
        <source>Choose the province or city from the list.</source>
        <translation>Hãy chọn tỉnh, thành phố trong danh sách.</translation>
    </message>
    <message>
        <location filename="../../app/services/office.py" line="160"/>
        <source>A district office names its province, or nothing.</source>
        <translation>Cơ quan cấp huyện chỉ chọn tỉnh của mình, hoặc để trống.</translation>
    </message>
    <message>
        <location filename="../../app/services/office.py" line="163"/>
        <source>This database already belongs to an office.</source>
        <translation>Cơ sở dữ liệu này đã thuộc về một đơn vị.</translation>
    </message>
    <message>
        <location filename="../../app/services/office.py" line="224"/>
        <location filename="../../app/services/office.py" line="232"/>
        <location filename="../../app/services/sync_identity.py" line="88"/>
        <source>Set up the office first.</source>
        <translation>Hãy thiết lập thông tin đơn vị trước.</translation>
    </message>
    <message>
        <location filename="../../app/services/office.py" line="261"/>
        <source>There is no single hamlet called “{name}”. The hamlets are: {names}.</source>
        <translation>Không tìm thấy đúng một thôn/tổ tên “{name}”. Các thôn/tổ hiện có: {names}.</translation>
    </message>
    <message>
        <location filename="../../app/services/office.py" line="277"/>
        <source>Type the hamlet&apos;s name, e.g. “Thôn Đông”.</source>
        <translation>Nhập tên thôn/tổ, ví dụ “Thôn Đông”.</translation>
    </message>
    <message>
        <location filename="../../app/services/office.py" line="281"/>
        <source>Choose the kind of hamlet from the list.</source>
        <translation>Chọn loại thôn/tổ trong danh sách.</translation>
    </message>
    <message>
        <location filename="../../app/services/office.py" line="286"/>
        <source>There is already a hamlet called “{name}”.</source>
        <translation>Đã có thôn/tổ tên “{name}”.</translation>
    </message>
    <message>
        <location filename="../../app/services/office.py" line="305"/>
        <location filename="../../app/services/office.py" line="318"/>
        <source>This hamlet no longer exists.</source>
        <translation>Thôn/tổ này không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../app/services/office.py" line="314"/>
        <source>Type the reason for removing it.</source>
        <translation>Nhập lý do xóa.</translation>
    </message>
    <message>
        <location filename="../../app/services/office.py" line="326"/>
        <source>{n} households still live in “{name}”. Move them to another hamlet first.</source>
        <translation>Vẫn còn {n} hộ đang ở “{name}”. Hãy chuyển các hộ này sang thôn/tổ khác trước.</translation>
    </message>
    <message>
        <location filename="../../app/services/office.py" line="357"/>
        <source>This computer&apos;s clock says {now}, but changes were already saved here at {last}. Please set the correct date and time (in Windows: Settings → Time &amp; language) before you continue.</source>
        <translation>Đồng hồ máy tính này đang chỉ {now}, nhưng đã có thay đổi được lưu lúc {last}. Hãy chỉnh lại đúng ngày giờ (trên Windows: Cài đặt → Thời gian và ngôn ngữ) trước khi làm tiếp.</translation>
    </message>
    <message>
        <location filename="../../app/services/office_documents.py" line="61"/>
        <source>Preparer</source>
        <translation>Người lập biểu</translation>
    </message>
    <message>
        <location filename="../../app/services/office_documents.py" line="62"/>
        <source>Accountant</source>
        <translation>Kế toán</translation>
    </message>
    <message>
        <location filename="../../app/services/office_documents.py" line="63"/>
        <source>Treasurer</source>
        <translation>Thủ quỹ</translation>
    </message>
    <message>
        <location filename="../../app/services/office_documents.py" line="64"/>
        <source>Leader</source>
        <translation>Lãnh đạo</translation>
    </message>
    <message>
        <location filename="../../app/services/office_documents.py" line="195"/>
        <source>Type the issuing body, e.g. “ỦY BAN NHÂN DÂN” and “XÃ YÊN LẠC” on the next line.</source>
        <translation>Nhập cơ quan ban hành, ví dụ “ỦY BAN NHÂN DÂN” và dòng dưới “XÃ YÊN LẠC”.</translation>
    </message>
    <message>
        <location filename="../../app/services/office_documents.py" line="197"/>
        <source>The issuing body takes at most two lines.</source>
        <translation>Cơ quan ban hành chỉ được tối đa hai dòng.</translation>
    </message>
    <message>
        <location filename="../../app/services/office_documents.py" line="203"/>
        <source>Type the place name printed before the date, e.g. “Yên Lạc”.</source>
        <translation>Nhập địa danh in trước ngày tháng, ví dụ “Yên Lạc”.</translation>
    </message>
    <message>
        <location filename="../../app/services/office_documents.py" line="210"/>
        <source>Type the hotline as a phone number: 8 to 15 digits, grouped by spaces, dots or dashes, with a leading + allowed (e.g. 0211 3862 345).</source>
        <translation>Hãy ghi đường dây nóng là một số điện thoại: 8 đến 15 chữ số, có thể cách nhóm bằng dấu cách, dấu chấm hoặc gạch nối, có thể có dấu + ở đầu (ví dụ 0211 3862 345).</translation>
    </message>
    <message>
        <location filename="../../app/services/office_documents.py" line="215"/>
        <source>The posting period is from 1 to 90 days.</source>
        <translation>Thời gian niêm yết từ 1 đến 90 ngày.</translation>
    </message>
    <message>
        <location filename="../../app/services/office_documents.py" line="217"/>
        <source>Choose “linh” or “lẻ”.</source>
        <translation>Chọn “linh” hoặc “lẻ”.</translation>
    </message>
    <message>
        <location filename="../../app/services/office_documents.py" line="219"/>
        <source>Choose “nghìn” or “ngàn”.</source>
        <translation>Chọn “nghìn” hoặc “ngàn”.</translation>
    </message>
    <message>
        <location filename="../../app/services/office_documents.py" line="223"/>
        <source>The signers must be the preparer, the accountant, the treasurer and the leader, once each.</source>
        <translation>Người ký phải gồm người lập biểu, kế toán, thủ quỹ và lãnh đạo, mỗi người một lần.</translation>
    </message>
    <message>
        <location filename="../../app/services/office_documents.py" line="236"/>
        <source>The document settings were not saved:</source>
        <translation>Chưa lưu được thông tin văn bản in:</translation>
    </message>
    <message>
        <location filename="../../app/services/office_documents.py" line="274"/>
        <source>Issuing body</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <location filename="../../app/services/office_documents.py" line="276"/>
        <source>Place name</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <location filename="../../app/services/office_documents.py" line="280"/>
        <source>Leader&apos;s signature (set to be left off)</source>
        <translation>Chữ ký của lãnh đạo (đang đặt là không in)</translation>
    </message>
    <message>
        <location filename="../../app/services/office_documents.py" line="282"/>
        <source>Leader&apos;s title</source>
        <translation>Chức danh của lãnh đạo</translation>
    </message>
    <message>
        <location filename="../../app/services/office_documents.py" line="284"/>
        <source>Leader&apos;s name</source>
        <translation>Họ tên của lãnh đạo</translation>
    </message>
    <message>
        <location filename="../../app/services/office_documents.py" line="286"/>
        <location filename="../../app/ui/pages/document_settings.py" line="86"/>
        <source>Complaint hotline</source>
        <translation>Đường dây nóng tiếp nhận phản ánh</translation>
    </message>
    <message>
        <location filename="../../app/services/programs.py" line="47"/>
        <source>Type a quantity.</source>
        <translation>Nhập số lượng.</translation>
    </message>
    <message>
        <location filename="../../app/services/programs.py" line="49"/>
        <source>A quantity cannot be negative.</source>
        <translation>Số lượng không được là số âm.</translation>
    </message>
    <message>
        <location filename="../../app/services/programs.py" line="51"/>
        <source>Money is in whole đồng.</source>
        <translation>Số tiền phải là số đồng chẵn, không có phần thập phân.</translation>
    </message>
    <message>
        <location filename="../../app/services/programs.py" line="53"/>
        <source>At most 3 decimals.</source>
        <translation>Tối đa 3 chữ số thập phân.</translation>
    </message>
    <message>
        <location filename="../../app/services/programs.py" line="84"/>
        <source>Type the organisation&apos;s name, e.g. “Hội Chữ thập đỏ xã”.</source>
        <translation>Nhập tên tổ chức, ví dụ “Hội Chữ thập đỏ xã”.</translation>
    </message>
    <message>
        <location filename="../../app/services/programs.py" line="85"/>
        <source>Required.</source>
        <translation>Không được để trống.</translation>
    </message>
    <message>
        <location filename="../../app/services/programs.py" line="87"/>
        <source>Choose what kind of organisation it is.</source>
        <translation>Chọn loại tổ chức.</translation>
    </message>
    <message>
        <location filename="../../app/services/programs.py" line="95"/>
        <source>“{name}” is already in the list of organisations.</source>
        <translation>“{name}” đã có trong danh sách tổ chức.</translation>
    </message>
    <message>
        <location filename="../../app/services/programs.py" line="104"/>
        <source>This organisation no longer exists.</source>
        <translation>Tổ chức này không còn tồn tại.</translation>
    </message>
    <message>
        <location filename="../../app/services/programs.py" line="175"/>
        <source>Type the item&apos;s name, e.g. “Dầu ăn”.</source>
        <translation>Nhập tên mặt hàng, ví dụ “Dầu ăn”.</translation>
    </message>
    <message>
        <location filename="../../app/services/programs.py" line="177"/>
        <source>Choose the item&apos;s unit.</source>
        <translation>Chọn đơn vị tính của mặt hàng.</translation>
    </message>
    <message>
        <location filename="../../app/services/programs.py" line="180"/>
        <source>“{name}” is already an item.</source>
        <translation>Đã có mặt hàng “{name}”.</translation>
    </message>
    <message>
        <location filename="../../app/services/programs.py" line="224"/>
        <source>Type the program&apos;s name, e.g. “Quà Tết 2026”.</source>
        <translation>Nhập tên đợt hỗ trợ, ví dụ “Quà Tết 2026”.</translation>
    </message>
    <message>
        <location filename="../../app/services/programs.py" line="228"/>
        <source>Choose the organisation that runs it.</source>
        <translation>Chọn tổ chức thực hiện đợt hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../../app/services/programs.py" line="230"/>
        <source>Choose the funding source.</source>
        <translation>Chọn nguồn kinh phí.</translation>
    </message>
    <message>
        <location filename="../../app/services/programs.py" line="232"/>
        <source>Type the donor&apos;s name.</source>
        <translation>Nhập tên nhà tài trợ.</translation>
    </message>
    <message>
        <location filename="../../app/services/programs.py" line="234"/>
        <source>Type the date the program starts.</source>
        <translation>Nhập ngày bắt đầu đợt hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../../app/services/programs.py" line="236"/>
        <source>The end date is before the start date.</source>
        <translation>Ngày kết thúc không được trước ngày bắt đầu.</translation>
    </message>
    <message>
        <location filename="../../app/services/programs.py" line="238"/>
        <source>Add at least one item with its norm.</source>
        <translation>Thêm ít nhất một mặt hàng kèm định mức.</translation>
    </message>
    <message>
        <location filename="../../app/services/programs.py" line="243"/>
        <source>Choose the item of every norm.</source>
        <translation>Chọn mặt hàng cho từng định mức.</translation>
    </message>
    <message>
        <location filename="../../app/services/programs.py" line="246"/>
        <source>{item} is listed twice.</source>
        <translation>{item} bị ghi trùng hai lần.</translation>
    </message>
    <message>
        <location filename="../../app/services/programs.py" line="249"/>
        <source>Choose per person or per household.</source>
        <translation>Chọn tính theo mỗi người hay mỗi hộ.</translation>
    </message>
    <message>
        <location filename="../../app/services/programs.py" line="256"/>
        <source>{q} is far more than any norm; check the number.</source>
        <translation>{q} lớn hơn nhiều so với mọi định mức thông thường; hãy kiểm tra lại số liệu.</translation>
    </message>
    <message>
        <location filename="../../app/services/programs.py" line="260"/>
        <source>Choose which residents count.</source>
        <translation>Chọn tình trạng cư trú được tính.</translation>
    </message>
    <message>
        <location filename="../../app/services/programs.py" line="275"/>
        <source>The program cannot be saved yet:</source>
        <translation>Chưa lưu được đợt hỗ trợ:</translation>
    </message>
    <message>
        <location filename="../../app/services/programs.py" line="295"/>
        <source>The list of “{name}” is {status}: the program&apos;s rules and norms can no longer change.</source>
        <translation>Danh sách của đợt “{name}” đang ở trạng thái {status}: không thể thay đổi điều kiện hưởng và định mức của đợt hỗ trợ nữa.</translation>
    </message>
    <message>
        <location filename="../../app/services/programs.py" line="381"/>
        <source>{status} (version {n})</source>
        <translation>{status} (phiên bản {n})</translation>
    </message>
    <message>
        <location filename="../../app/services/programs.py" line="401"/>
        <source>No program “{text}”. `lalanh program list` shows them.</source>
        <translation>Không có đợt hỗ trợ “{text}”. Xem các đợt hỗ trợ bằng lệnh `lalanh program list`.</translation>
    </message>
    <message>
        <location filename="../../app/services/programs.py" line="403"/>
        <source>Several programs are called “{text}”; use its code.</source>
        <translation>Có nhiều đợt hỗ trợ cùng tên “{text}”; hãy dùng mã của đợt.</translation>
    </message>
    <message>
        <location filename="../../app/services/programs.py" line="431"/>
        <source>at most {q} per household</source>
        <translation>tối đa {q} mỗi hộ</translation>
    </message>
    <message>
        <location filename="../../app/services/programs.py" line="448"/>
        <source>person</source>
        <translation>người</translation>
    </message>
    <message>
        <location filename="../../app/services/programs.py" line="448"/>
        <source>household</source>
        <translation>hộ</translation>
    </message>
    <message>
        <location filename="../../app/services/programs.py" line="454"/>
        <source>from {date}</source>
        <translation>từ {date}</translation>
    </message>
    <message>
        <location filename="../../app/services/recipient_lists.py" line="83"/>
        <location filename="../../app/services/recipient_lists.py" line="196"/>
        <location filename="../../app/ui/pages/recipient_list.py" line="404"/>
        <source>The list of “{name}” is locked; nothing more can change.</source>
        <translation>Danh sách của đợt “{name}” đã khóa; không thể thay đổi gì thêm.</translation>
    </message>
    <message>
        <location filename="../../app/services/recipient_lists.py" line="91"/>
        <source>The list is empty: build it first (Build the list).</source>
        <translation>Danh sách đang trống: hãy lập danh sách trước (Lập danh sách).</translation>
    </message>
    <message>
        <location filename="../../app/services/recipient_lists.py" line="103"/>
        <source>Say why the list goes back, so it can be corrected.</source>
        <translation>Nêu lý do trả lại danh sách để có thể sửa lại.</translation>
    </message>
    <message>
        <location filename="../../app/services/recipient_lists.py" line="107"/>
        <source>Only a submitted list can be sent back; this one is {status}.</source>
        <translation>Chỉ trả lại được danh sách đã trình; danh sách này đang ở trạng thái {status}.</translation>
    </message>
    <message>
        <location filename="../../app/services/recipient_lists.py" line="123"/>
        <source>Say why this household is added by hand; the reason is kept with the list.</source>
        <translation>Nêu lý do bổ sung thủ công hộ này; lý do được lưu kèm danh sách.</translation>
    </message>
    <message>
        <location filename="../../app/services/recipient_lists.py" line="133"/>
        <source>This household has been removed from the registry; it cannot be added.</source>
        <translation>Hộ này đã bị hủy khỏi sổ hộ; không thể thêm vào danh sách.</translation>
    </message>
    <message>
        <location filename="../../app/services/recipient_lists.py" line="139"/>
        <source>Household {code} is already on the list (row {code2}).</source>
        <translation>Hộ {code} đã có trong danh sách (dòng {code2}).</translation>
    </message>
    <message>
        <location filename="../../app/services/recipient_lists.py" line="165"/>
        <source>Say why this household is taken off the list; the reason is kept with it.</source>
        <translation>Nêu lý do đưa hộ này ra khỏi danh sách; lý do được lưu kèm danh sách.</translation>
    </message>
    <message>
        <location filename="../../app/services/recipient_lists.py" line="173"/>
        <source>This household is not on the list.</source>
        <translation>Hộ này không có trong danh sách.</translation>
    </message>
    <message>
        <location filename="../../app/services/recipient_lists.py" line="175"/>
        <source>This household has already received its aid from this list. Reverse the receipt first (Distribution → Reverse), then remove it.</source>
        <translation>Hộ này đã nhận hỗ trợ theo danh sách này. Hãy hủy lần nhận bằng bút toán đảo trước (Cấp phát → Hủy lần nhận), rồi mới đưa hộ ra khỏi danh sách.</translation>
    </message>
    <message>
        <location filename="../../app/services/recipient_lists.py" line="193"/>
        <source>The list is waiting for approval. The approver can send it back to draft for changes, or approve it and then amend it.</source>
        <translation>Danh sách đang chờ duyệt. Người duyệt có thể trả lại về nháp để sửa, hoặc duyệt rồi điều chỉnh danh sách sau.</translation>
    </message>
    <message>
        <location filename="../../app/services/recipient_lists.py" line="213"/>
        <location filename="../../app/ui/pages/program_models.py" line="133"/>
        <location filename="../../app/ui/pages/recipient_list.py" line="111"/>
        <source>Waiting</source>
        <translation>Chờ nhận</translation>
    </message>
    <message>
        <location filename="../../app/services/recipient_lists.py" line="213"/>
        <location filename="../../app/services/recipient_lists.py" line="221"/>
        <source>Removed</source>
        <translation>Đã đưa ra khỏi danh sách</translation>
    </message>
    <message>
        <location filename="../../app/services/recipient_lists.py" line="219"/>
        <location filename="../../app/ui/pages/program_models.py" line="130"/>
        <source>Received {date}</source>
        <translation>Đã nhận ngày {date}</translation>
    </message>
    <message>
        <location filename="../../app/services/recipient_lists.py" line="221"/>
        <source>Removed: {reason}</source>
        <translation>Đã đưa ra khỏi danh sách: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/services/recipient_lists.py" line="386"/>
        <source>Built from the rules</source>
        <translation>Lập theo tiêu chí</translation>
    </message>
    <message>
        <location filename="../../app/services/recipient_lists.py" line="386"/>
        <source>Added by hand</source>
        <translation>Thêm thủ công</translation>
    </message>
    <message>
        <location filename="../../app/services/recipient_lists.py" line="386"/>
        <location filename="../../app/ui/pages/program_models.py" line="126"/>
        <source>Removed by hand</source>
        <translation>Đã đưa ra (thủ công)</translation>
    </message>
    <message>
        <location filename="../../app/services/recipient_lists.py" line="387"/>
        <source>Submitted for approval</source>
        <translation>Đã trình duyệt</translation>
    </message>
    <message>
        <location filename="../../app/services/recipient_lists.py" line="387"/>
        <source>Sent back to draft</source>
        <translation>Trả lại để sửa (nháp)</translation>
    </message>
    <message>
        <location filename="../../app/services/recipient_lists.py" line="388"/>
        <location filename="../../app/services/vocab.py" line="116"/>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <location filename="../../app/services/recipient_lists.py" line="388"/>
        <location filename="../../app/services/vocab.py" line="117"/>
        <location filename="../../app/ui/pages/recipient_list.py" line="50"/>
        <source>Locked</source>
        <translation>Đã khóa</translation>
    </message>
    <message>
        <location filename="../../app/services/recipient_lists.py" line="388"/>
        <source>Amendment: added</source>
        <translation>Điều chỉnh: thêm vào</translation>
    </message>
    <message>
        <location filename="../../app/services/recipient_lists.py" line="389"/>
        <source>Amendment: removed</source>
        <translation>Điều chỉnh: đưa ra</translation>
    </message>
    <message>
        <location filename="../../app/services/recipient_lists.py" line="453"/>
        <source>Taken off the list: {reason}</source>
        <translation>Đã đưa ra khỏi danh sách: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/services/recipient_lists.py" line="456"/>
        <source>Eligible, but registered or changed after the list was approved</source>
        <translation>Đủ điều kiện, nhưng được đăng ký hoặc thay đổi sau khi danh sách đã được duyệt</translation>
    </message>
    <message>
        <location filename="../../app/services/recipient_lists.py" line="457"/>
        <source>Eligible, but not on the list: build the list again</source>
        <translation>Đủ điều kiện nhưng chưa có trong danh sách: hãy lập lại danh sách</translation>
    </message>
    <message>
        <location filename="../../app/services/recipient_lists.py" line="466"/>
        <source>open need: {kinds}</source>
        <translation>nhu cầu chưa đáp ứng: {kinds}</translation>
    </message>
    <message>
        <location filename="../../app/services/recipient_lists.py" line="498"/>
        <source>“{code}” is not a list row code. It looks like P0003-00042.</source>
        <translation>“{code}” không phải là mã dòng trong danh sách. Mã dòng có dạng P0003-00042.</translation>
    </message>
    <message>
        <location filename="../../app/services/recipient_lists.py" line="508"/>
        <location filename="../../app/services/signed_pages.py" line="52"/>
        <source>No program has the code {code}.</source>
        <translation>Không có đợt hỗ trợ nào mang mã {code}.</translation>
    </message>
    <message>
        <location filename="../../app/services/recipient_lists.py" line="511"/>
        <source>This code is from the list of another program: {code} “{name}”, not “{current}”. Check that you have the right list.</source>
        <translation>Mã này thuộc danh sách của đợt hỗ trợ khác: {code} “{name}”, không phải “{current}”. Hãy kiểm tra lại xem có đúng danh sách không.</translation>
    </message>
    <message>
        <location filename="../../app/services/recipient_lists.py" line="523"/>
        <source>The list of {program} has no row {code}.</source>
        <translation>Danh sách của {program} không có dòng {code}.</translation>
    </message>
    <message>
        <location filename="../../app/services/recipient_lists.py" line="534"/>
        <source>This household has been removed from the registry.</source>
        <translation>Hộ này đã bị hủy khỏi sổ hộ.</translation>
    </message>
    <message>
        <location filename="../../app/services/roles.py" line="23"/>
        <source>Data entry</source>
        <translation>Nhập liệu</translation>
    </message>
    <message>
        <location filename="../../app/services/roles.py" line="24"/>
        <source>Accountant / treasurer</source>
        <translation>Kế toán / thủ quỹ</translation>
    </message>
    <message>
        <location filename="../../app/services/roles.py" line="25"/>
        <source>Approver</source>
        <translation>Người duyệt</translation>
    </message>
    <message>
        <location filename="../../app/services/roles.py" line="26"/>
        <source>Administrator</source>
        <translation>Quản trị</translation>
    </message>
    <message>
        <location filename="../../app/services/roles.py" line="52"/>
        <source>{name} may not do this: it needs the role “{roles}”. Ask an administrator to give you that role in Settings → Users.</source>
        <translation>{name} không có quyền thực hiện việc này: cần vai trò “{roles}”. Hãy đề nghị người quản trị cấp vai trò đó trong Cài đặt → Người dùng.</translation>
    </message>
    <message>
        <location filename="../../app/services/roles.py" line="103"/>
        <source>Type the user&apos;s login name.</source>
        <translation>Nhập tên đăng nhập của người dùng.</translation>
    </message>
    <message>
        <location filename="../../app/services/roles.py" line="105"/>
        <source>Type the user&apos;s full name: it is printed on lists and receipts.</source>
        <translation>Nhập họ và tên người dùng: họ tên này được in trên danh sách và phiếu nhận.</translation>
    </message>
    <message>
        <location filename="../../app/services/roles.py" line="108"/>
        <source>Unknown role: {role}.</source>
        <translation>Vai trò không xác định: {role}.</translation>
    </message>
    <message>
        <location filename="../../app/services/roles.py" line="113"/>
        <location filename="../../app/ui/pages/settings.py" line="142"/>
        <source>Only an administrator may add or change users.</source>
        <translation>Chỉ người quản trị mới được thêm hoặc sửa người dùng.</translation>
    </message>
    <message>
        <location filename="../../app/services/roles.py" line="124"/>
        <source>At least one active user must stay an administrator.</source>
        <translation>Phải có ít nhất một người dùng đang hoạt động giữ vai trò quản trị.</translation>
    </message>
    <message>
        <location filename="../../app/services/signed_pages.py" line="47"/>
        <source>“{text}” is not the code of a printed page.</source>
        <translation>“{text}” không phải mã của một trang danh sách đã in.</translation>
    </message>
    <message>
        <location filename="../../app/services/signed_pages.py" line="54"/>
        <source>This page is from the list of another program: {code} “{name}”.</source>
        <translation>Trang này thuộc danh sách của đợt hỗ trợ khác: {code} “{name}”.</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_bundles.py" line="105"/>
        <source>This office is not enrolled yet: send the enrolment request to the office above and accept its answer first.</source>
        <translation>Cơ quan này chưa được cấp chứng thư: hãy gửi tệp xin cấp chứng thư cho cấp trên và nhận gói trả lời của họ trước.</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_bundles.py" line="111"/>
        <source>Bundles go to the office directly above this one or to an office this one enrolled.</source>
        <translation>Gói dữ liệu chỉ gửi cho cấp trên trực tiếp, hoặc cho cơ quan cấp dưới mà cơ quan này đã cấp chứng thư.</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_bundles.py" line="160"/>
        <source>{n} changes in {b} batches</source>
        <translation>{n} thay đổi trong {b} lô</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_bundles.py" line="246"/>
        <source>{file} is too large to be a Lá Lành bundle.</source>
        <translation>{file} quá lớn, không thể là gói dữ liệu Lá Lành.</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_bundles.py" line="251"/>
        <location filename="../../app/services/sync_identity.py" line="332"/>
        <source>Cannot read {file}: {reason}</source>
        <translation>Không đọc được {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_bundles.py" line="283"/>
        <source>This file is an enrolment answer: open it with Settings → Sync → “Accept the enrolment answer…”.</source>
        <translation>Tệp này là gói trả lời cấp chứng thư: hãy mở bằng Cài đặt → Đồng bộ → “Nhận gói trả lời cấp chứng thư…”.</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_bundles.py" line="289"/>
        <location filename="../../app/services/sync_identity.py" line="100"/>
        <location filename="../../app/ui/pages/sync.py" line="128"/>
        <source>This office has no keys yet: create them in Settings → Sync.</source>
        <translation>Cơ quan này chưa có khóa: hãy tạo trong Cài đặt → Đồng bộ.</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_bundles.py" line="294"/>
        <source>This bundle is addressed to {office}, not to this office. Give it to them.</source>
        <translation>Gói dữ liệu này gửi cho {office}, không phải cho cơ quan này. Hãy chuyển cho họ.</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_bundles.py" line="296"/>
        <source>another office</source>
        <translation>một cơ quan khác</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_bundles.py" line="305"/>
        <source>This bundle was signed with a key this office does not know (key {key}). Nothing was imported. If it comes from an office you work with, it must first be enrolled.</source>
        <translation>Gói này được ký bằng một khóa mà cơ quan này không biết (khóa {key}). Chưa nhập gì. Nếu gói đến từ một cơ quan bạn làm việc cùng, cơ quan đó phải được cấp chứng thư trước.</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_bundles.py" line="325"/>
        <source>The bundle&apos;s content is damaged or was not made by Lá Lành. Nothing was imported; ask {office} for a new one.</source>
        <translation>Nội dung gói bị hỏng hoặc không do Lá Lành tạo ra. Chưa nhập gì; hãy đề nghị {office} gửi gói mới.</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_bundles.py" line="390"/>
        <source>{n} persons may also be registered by another office (Sync → Same person in two offices)</source>
        <translation>{n} người có thể cũng đã được một cơ quan khác đăng ký (Đồng bộ → Một người ở hai đơn vị)</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_bundles.py" line="446"/>
        <location filename="../../app/services/sync_status.py" line="86"/>
        <source>an unknown office</source>
        <translation>một cơ quan chưa biết</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_bundles.py" line="458"/>
        <source>{office} (batch {seqs})</source>
        <translation>{office} (lô {seqs})</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_bundles.py" line="460"/>
        <source>{office} (batches {seqs})</source>
        <translation>{office} (các lô {seqs})</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_bundles.py" line="467"/>
        <source>Received {n} changes from {where}</source>
        <translation>Đã nhận {n} thay đổi từ {where}</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_bundles.py" line="470"/>
        <source>Nothing new from {office}: everything in this bundle was here already</source>
        <translation>Không có gì mới từ {office}: mọi thứ trong gói này đã có</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_bundles.py" line="473"/>
        <source>{n} conflicts need review (Sync → Conflicts)</source>
        <translation>{n} xung đột cần xem xét (Đồng bộ → Xung đột)</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_bundles.py" line="476"/>
        <source>waiting for batch {seq} from {office}</source>
        <translation>đang chờ lô {seq} của {office}</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_bundles.py" line="485"/>
        <source>{n} batches refused: {why}</source>
        <translation>{n} lô bị từ chối: {why}</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_conflicts.py" line="48"/>
        <source>Relationship to the head</source>
        <translation>Quan hệ với chủ hộ</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_conflicts.py" line="49"/>
        <source>Removed from the registry</source>
        <translation>Đã xóa khỏi sổ</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_conflicts.py" line="57"/>
        <location filename="../../app/ui/dialogs/merge_dialog.py" line="194"/>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_conflicts.py" line="59"/>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_conflicts.py" line="61"/>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_conflicts.py" line="92"/>
        <location filename="../../app/ui/dialogs/merge_dialog.py" line="135"/>
        <location filename="../../app/ui/dialogs/possible_records.py" line="69"/>
        <source>household {code}</source>
        <translation>hộ {code}</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_identity.py" line="199"/>
        <source>Choose a passphrase of at least {n} characters: it protects the office&apos;s keys.</source>
        <translation>Hãy chọn mật khẩu có ít nhất {n} ký tự: mật khẩu bảo vệ khóa của cơ quan.</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_identity.py" line="220"/>
        <source>This office already has its keys.</source>
        <translation>Cơ quan này đã có khóa.</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_identity.py" line="253"/>
        <source>The office&apos;s keys changed meanwhile. Open Settings → Sync again.</source>
        <translation>Khóa của cơ quan vừa được thay đổi ở nơi khác. Hãy mở lại Cài đặt → Đồng bộ.</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_identity.py" line="312"/>
        <source>This office is already enrolled.</source>
        <translation>Cơ quan này đã được cấp chứng thư.</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_identity.py" line="335"/>
        <source>{file} is too large to be an enrolment request.</source>
        <translation>{file} quá lớn, không thể là tệp xin cấp chứng thư.</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_identity.py" line="360"/>
        <source>The fingerprint you typed is not the one in the request. Call the office again and compare every group; the request may not come from them.</source>
        <translation>Dấu vân tay bạn gõ không khớp với tệp xin cấp. Hãy gọi lại cho cơ quan đó và so từng nhóm ký tự; có thể tệp không phải do họ gửi.</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_identity.py" line="368"/>
        <source>This office is not enrolled yet, so it cannot enrol others. Enrol it with its own parent office first.</source>
        <translation>Cơ quan này chưa được cấp chứng thư nên chưa thể cấp cho cơ quan khác. Hãy xin cấp trên của mình cấp chứng thư trước.</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_identity.py" line="371"/>
        <source>This is this office&apos;s own request.</source>
        <translation>Đây là tệp xin cấp của chính cơ quan này.</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_identity.py" line="373"/>
        <source>{name} is not below this office: only a lower office can be enrolled here.</source>
        <translation>{name} không phải cấp dưới của cơ quan này: chỉ cấp chứng thư được cho cơ quan cấp dưới.</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_identity.py" line="429"/>
        <source>This bundle is not an enrolment answer.</source>
        <translation>Gói này không phải gói trả lời cấp chứng thư.</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_identity.py" line="441"/>
        <source>This enrolment answer is damaged. Ask the parent office for a new one.</source>
        <translation>Gói trả lời cấp chứng thư bị hỏng. Hãy đề nghị cấp trên gửi lại.</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_identity.py" line="447"/>
        <source>This enrolment answer is for another office.</source>
        <translation>Gói trả lời cấp chứng thư này dành cho cơ quan khác.</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_identity.py" line="449"/>
        <source>This enrolment answer certifies other keys than this office&apos;s. Send a new request.</source>
        <translation>Gói trả lời này chứng nhận một khóa khác với khóa của cơ quan này. Hãy gửi tệp xin cấp mới.</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_identity.py" line="460"/>
        <source>This enrolment answer was not signed by the office that certifies this one.</source>
        <translation>Gói trả lời này không do cơ quan cấp chứng thư ký.</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_identity.py" line="479"/>
        <source>The fingerprint you typed is not the parent office&apos;s. Call them again and compare every group; do not accept an answer you cannot confirm.</source>
        <translation>Dấu vân tay bạn gõ không khớp với khóa của cấp trên. Hãy gọi lại và so từng nhóm ký tự; đừng nhận một gói trả lời mà bạn không xác nhận được.</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_identity.py" line="561"/>
        <source>Only an office this office enrolled can be cut off here.</source>
        <translation>Chỉ thu hồi được chứng thư của cơ quan mà cơ quan này đã cấp.</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_people.py" line="72"/>
        <source>same ID number {number}</source>
        <translation>cùng số giấy tờ {number}</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_people.py" line="79"/>
        <source>same name and birth date</source>
        <translation>cùng họ tên và ngày sinh</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_status.py" line="88"/>
        <source>batch {seq} from {office} (later ones are kept until it comes)</source>
        <translation>lô {seq} của {office} (các lô sau được giữ lại cho đến khi lô này đến)</translation>
    </message>
    <message>
        <location filename="../../app/services/sync_status.py" line="93"/>
        <source>batches from {office} from {seq} on: {why}</source>
        <translation>các lô của {office} từ lô {seq} trở đi: {why}</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="50"/>
        <source>A phone number has 10 or 11 digits and starts with 0 (or +84), e.g. 0912 345 678.</source>
        <translation>Số điện thoại gồm 10 hoặc 11 chữ số và bắt đầu bằng 0 (hoặc +84), ví dụ 0912 345 678.</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="76"/>
        <source>Choose the kind of ID document.</source>
        <translation>Chọn loại giấy tờ tùy thân.</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="79"/>
        <source>Choose CCCD or CMND for this ID number.</source>
        <translation>Chọn CCCD hoặc CMND cho số giấy tờ này.</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="82"/>
        <source>Type the ID number, or choose “None”.</source>
        <translation>Nhập số giấy tờ, hoặc chọn “Không có”.</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="86"/>
        <source>A CCCD number has exactly 12 digits (you typed {n}). Check it on the card.</source>
        <translation>Số CCCD gồm đúng 12 chữ số (bạn đã nhập {n}). Hãy đối chiếu lại với thẻ.</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="88"/>
        <source>A CMND number has exactly 9 digits (you typed {n}). Check it on the card.</source>
        <translation>Số CMND gồm đúng 9 chữ số (bạn đã nhập {n}). Hãy đối chiếu lại với giấy CMND.</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="95"/>
        <source>A CCCD number starts with 0 (the province code, e.g. 001 for Hà Nội).</source>
        <translation>Số CCCD bắt đầu bằng chữ số 0 (mã tỉnh, ví dụ 001 là Hà Nội).</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="101"/>
        <source>The 4th digit of this CCCD ({d}) does not match the gender and birth year: for {g} born in {y} it should be {e}. Check the number, the gender and the birth year.</source>
        <translation>Chữ số thứ 4 của số CCCD này ({d}) không khớp với giới tính và năm sinh: {g} sinh năm {y} thì chữ số này phải là {e}. Hãy kiểm tra lại số CCCD, giới tính và năm sinh.</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="111"/>
        <source>Digits 5–6 of this CCCD ({d}) should be the last two digits of the birth year ({y}). Check the number and the birth year.</source>
        <translation>Chữ số thứ 5–6 của số CCCD này ({d}) phải là hai số cuối của năm sinh ({y}). Hãy kiểm tra lại số CCCD và năm sinh.</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="122"/>
        <source>An old ID number (CMND) has 9 or 12 digits.</source>
        <translation>Số CMND cũ gồm 9 hoặc 12 chữ số.</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="131"/>
        <source>Type the date of birth (dd/mm/yyyy) or at least the year of birth.</source>
        <translation>Nhập ngày sinh (ngày/tháng/năm) hoặc ít nhất là năm sinh.</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="135"/>
        <source>The date of birth is in the future. Check the day, month and year.</source>
        <translation>Ngày sinh không được sau ngày hôm nay. Hãy kiểm tra lại ngày, tháng, năm.</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="138"/>
        <source>The year of birth does not match the date of birth.</source>
        <translation>Năm sinh không khớp với ngày sinh.</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="142"/>
        <source>The year of birth must be between {a} and {b}.</source>
        <translation>Năm sinh phải từ {a} đến {b}.</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="150"/>
        <source>Type the full name.</source>
        <translation>Nhập họ và tên.</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="152"/>
        <source>The name is too long (at most 200 characters).</source>
        <translation>Họ tên quá dài (tối đa 200 ký tự).</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="157"/>
        <source>A name has only letters and spaces; check for digits or symbols.</source>
        <translation>Họ tên chỉ gồm chữ cái và dấu cách; hãy kiểm tra xem có chữ số hoặc ký hiệu không.</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="185"/>
        <source>The quantity cannot be negative.</source>
        <translation>Số lượng không được là số âm.</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="187"/>
        <source>The quantity is too large.</source>
        <translation>Số lượng quá lớn.</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="189"/>
        <source>Choose the unit of the quantity.</source>
        <translation>Chọn đơn vị tính của số lượng.</translation>
    </message>
    <message>
        <location filename="../../app/services/validation.py" line="191"/>
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
        <location filename="../../app/services/vocab.py" line="97"/>
        <source>People&apos;s Committee</source>
        <translation>Ủy ban nhân dân</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="98"/>
        <source>Fatherland Front (MTTQ)</source>
        <translation>Mặt trận Tổ quốc (MTTQ)</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="99"/>
        <source>Red Cross</source>
        <translation>Hội Chữ thập đỏ</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="100"/>
        <source>Women&apos;s Union</source>
        <translation>Hội Liên hiệp Phụ nữ</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="101"/>
        <source>Farmers&apos; Union</source>
        <translation>Hội Nông dân</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="102"/>
        <source>Veterans&apos; Association</source>
        <translation>Hội Cựu chiến binh</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="103"/>
        <source>Youth Union</source>
        <translation>Đoàn Thanh niên</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="104"/>
        <source>Business</source>
        <translation>Doanh nghiệp</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="105"/>
        <source>Individual donor</source>
        <translation>Cá nhân ủng hộ</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="106"/>
        <source>Other organisation</source>
        <translation>Tổ chức khác</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="109"/>
        <source>State budget</source>
        <translation>Ngân sách nhà nước</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="111"/>
        <source>A named donor</source>
        <translation>Nhà tài trợ (đích danh)</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="114"/>
        <source>Draft</source>
        <translation>Nháp</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="115"/>
        <source>Submitted</source>
        <translation>Đã trình</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="119"/>
        <source>Donation</source>
        <translation>Khoản ủng hộ</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="119"/>
        <source>Budget allocation</source>
        <translation>Cấp từ ngân sách</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="120"/>
        <source>In person</source>
        <translation>Nhận trực tiếp</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="120"/>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="163"/>
        <source>By a proxy</source>
        <translation>Người nhận thay</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="122"/>
        <source>ID matches a member</source>
        <translation>Giấy tờ khớp với thành viên trong hộ</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="123"/>
        <source>ID not in the registry</source>
        <translation>Giấy tờ không có trong sổ hộ</translation>
    </message>
    <message>
        <location filename="../../app/services/vocab.py" line="124"/>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="177"/>
        <source>No ID shown</source>
        <translation>Không xuất trình giấy tờ</translation>
    </message>
    <message>
        <location filename="../../app/sync/apply.py" line="175"/>
        <source>A batch in the bundle is damaged or not in the expected format ({detail}).</source>
        <translation>Một lô trong gói bị hỏng hoặc sai định dạng ({detail}).</translation>
    </message>
    <message>
        <location filename="../../app/sync/apply.py" line="187"/>
        <source>Office {office} sent two different batches numbered {seq}: the second was refused. Ask that office what happened (a database restored from an old backup, or a forgery).</source>
        <translation>Cơ quan {office} đã gửi hai lô khác nhau cùng mang số {seq}: lô thứ hai bị từ chối. Hãy hỏi cơ quan đó chuyện gì đã xảy ra (khôi phục cơ sở dữ liệu từ bản sao lưu cũ, hoặc bị giả mạo).</translation>
    </message>
    <message>
        <location filename="../../app/sync/apply.py" line="205"/>
        <source>Batch {seq} comes from office {office}, which this office does not trust (no certificate for it): refused.</source>
        <translation>Lô {seq} đến từ cơ quan {office}, cơ quan này chưa tin cậy (không có chứng thư): đã từ chối.</translation>
    </message>
    <message>
        <location filename="../../app/sync/apply.py" line="210"/>
        <source>Batch {seq} of office {office} does not carry that office&apos;s valid signature: refused.</source>
        <translation>Lô {seq} của cơ quan {office} không có chữ ký hợp lệ của cơ quan đó: đã từ chối.</translation>
    </message>
    <message>
        <location filename="../../app/sync/apply.py" line="216"/>
        <source>Batch {seq} of office {office} was made after that office&apos;s key was revoked (after batch {cutoff}): refused.</source>
        <translation>Lô {seq} của cơ quan {office} được tạo sau khi khóa của cơ quan đó bị thu hồi (sau lô {cutoff}): đã từ chối.</translation>
    </message>
    <message>
        <location filename="../../app/sync/apply.py" line="227"/>
        <source>Batch {seq} of office {office} does not follow the batch before it (its chain is broken): refused.</source>
        <translation>Lô {seq} của cơ quan {office} không nối tiếp lô trước (chuỗi bị đứt): đã từ chối.</translation>
    </message>
    <message>
        <location filename="../../app/sync/apply.py" line="233"/>
        <source>The clock of office {office} is {days:.0f} days ahead: its batch {seq} is set aside until that office corrects its clock and the date passes.</source>
        <translation>Đồng hồ của cơ quan {office} chạy nhanh {days:.0f} ngày: lô {seq} của họ được để riêng cho đến khi cơ quan đó chỉnh lại đồng hồ và đến ngày đó.</translation>
    </message>
    <message>
        <location filename="../../app/sync/apply.py" line="257"/>
        <source>Batch {seq} of office {office} holds a record that clashes with one already here (the same code or number): set aside for review.</source>
        <translation>Lô {seq} của cơ quan {office} có một bản ghi trùng với bản ghi đã có (cùng mã hoặc cùng số): được để riêng để xem xét.</translation>
    </message>
    <message>
        <location filename="../../app/sync/conflicts.py" line="53"/>
        <source>This conflict was already settled; refresh the list.</source>
        <translation>Xung đột này đã được giải quyết; hãy tải lại danh sách.</translation>
    </message>
    <message>
        <location filename="../../app/sync/conflicts.py" line="57"/>
        <source>The record of this conflict is not here any more.</source>
        <translation>Bản ghi của xung đột này không còn nữa.</translation>
    </message>
    <message>
        <location filename="../../app/sync/envelope.py" line="57"/>
        <source>This file is not a Lá Lành bundle.</source>
        <translation>Tệp này không phải là gói dữ liệu Lá Lành.</translation>
    </message>
    <message>
        <location filename="../../app/sync/envelope.py" line="59"/>
        <source>The bundle file is incomplete (cut short while copying or downloading). Copy it again, or ask the sender for a new copy.</source>
        <translation>Tệp gói dữ liệu không đầy đủ (bị cắt ngang khi sao chép hoặc tải về). Hãy sao chép lại, hoặc đề nghị bên gửi gửi lại một bản mới.</translation>
    </message>
    <message>
        <location filename="../../app/sync/envelope.py" line="63"/>
        <source>This bundle was made by a newer version of Lá Lành. Update Lá Lành to open it.</source>
        <translation>Gói dữ liệu này được tạo bằng phiên bản Lá Lành mới hơn. Hãy cập nhật Lá Lành để mở.</translation>
    </message>
    <message>
        <location filename="../../app/sync/envelope.py" line="66"/>
        <source>This bundle uses an encryption method this version of Lá Lành does not know. Update Lá Lành, or ask the sender to update theirs.</source>
        <translation>Gói dữ liệu này dùng cách mã hóa mà phiên bản Lá Lành này chưa biết. Hãy cập nhật Lá Lành, hoặc đề nghị bên gửi cập nhật phần mềm của họ.</translation>
    </message>
    <message>
        <location filename="../../app/sync/envelope.py" line="70"/>
        <source>The bundle file is damaged or was changed. Ask the sender for a new copy.</source>
        <translation>Tệp gói dữ liệu bị hỏng hoặc đã bị thay đổi. Hãy đề nghị bên gửi gửi lại một bản mới.</translation>
    </message>
    <message>
        <location filename="../../app/sync/envelope.py" line="73"/>
        <source>The bundle was damaged or changed after it was signed. Ask the sender for a new copy.</source>
        <translation>Gói dữ liệu đã bị hỏng hoặc bị thay đổi sau khi ký. Hãy đề nghị bên gửi gửi lại một bản mới.</translation>
    </message>
    <message>
        <location filename="../../app/sync/envelope.py" line="76"/>
        <source>This bundle was signed with a key this office does not trust (fingerprint {fingerprint}). Nothing was imported.</source>
        <translation>Gói dữ liệu này được ký bằng một khóa mà cơ quan này không tin cậy (mã nhận dạng khóa {fingerprint}). Chưa có dữ liệu nào được nhập.</translation>
    </message>
    <message>
        <location filename="../../app/sync/envelope.py" line="80"/>
        <source>This bundle is addressed to another office. Nothing was imported.</source>
        <translation>Gói dữ liệu này được gửi cho một cơ quan khác. Chưa có dữ liệu nào được nhập.</translation>
    </message>
    <message>
        <location filename="../../app/sync/envelope.py" line="83"/>
        <source>The bundle&apos;s content was damaged or changed after it was signed. Ask the sender for a new copy.</source>
        <translation>Nội dung gói dữ liệu đã bị hỏng hoặc bị thay đổi sau khi ký. Hãy đề nghị bên gửi gửi lại một bản mới.</translation>
    </message>
    <message>
        <location filename="../../app/sync/envelope.py" line="87"/>
        <source>The bundle is larger than Lá Lành accepts. Ask the sender to send it in several parts.</source>
        <translation>Gói dữ liệu lớn hơn mức Lá Lành chấp nhận. Hãy đề nghị bên gửi chia thành nhiều phần.</translation>
    </message>
    <message>
        <location filename="../../app/sync/envelope.py" line="90"/>
        <source>The bundle could not be decrypted with this office&apos;s key. It may have been made for an earlier key of this office; ask the sender for a new copy.</source>
        <translation>Không giải mã được gói dữ liệu bằng khóa của cơ quan này. Có thể gói được tạo cho một khóa cũ của cơ quan; hãy đề nghị bên gửi gửi lại một bản mới.</translation>
    </message>
    <message>
        <location filename="../../app/sync/envelope.py" line="94"/>
        <source>The bundle&apos;s content could not be read. Ask the sender for a new copy.</source>
        <translation>Không đọc được nội dung gói dữ liệu. Hãy đề nghị bên gửi gửi lại một bản mới.</translation>
    </message>
    <message>
        <location filename="../../app/sync/keys.py" line="160"/>
        <source>The passphrase is not right. Check the keyboard language and Caps Lock, then try again.</source>
        <translation>Mật khẩu không đúng. Hãy kiểm tra bộ gõ (kiểu gõ tiếng Việt) và phím Caps Lock rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../app/sync/keys.py" line="169"/>
        <source>The office&apos;s key file is damaged or is not a Lá Lành key file. Restore it from a backup.</source>
        <translation>Tệp khóa của cơ quan bị hỏng hoặc không phải là tệp khóa Lá Lành. Hãy khôi phục từ bản sao lưu.</translation>
    </message>
    <message>
        <location filename="../../app/sync/keys.py" line="200"/>
        <source>Choose a passphrase to protect the office&apos;s keys.</source>
        <translation>Hãy chọn mật khẩu để bảo vệ khóa của cơ quan.</translation>
    </message>
    <message>
        <location filename="../../app/sync/purge.py" line="30"/>
        <source>Give the legal reason for erasing this person&apos;s data.</source>
        <translation>Hãy ghi căn cứ pháp lý để xóa dữ liệu của người này.</translation>
    </message>
    <message>
        <location filename="../../app/sync/purge.py" line="34"/>
        <source>This person is not in the register.</source>
        <translation>Người này không có trong sổ.</translation>
    </message>
    <message>
        <location filename="../../app/sync/store.py" line="86"/>
        <source>Batch {seq} of office {office} holds a value that is not valid ({what}): refused.</source>
        <translation>Lô {seq} của cơ quan {office} có một giá trị không hợp lệ ({what}): đã từ chối.</translation>
    </message>
    <message>
        <location filename="../../app/sync/store.py" line="183"/>
        <source>Batch {seq} of office {office} was made by a different version of Lá Lành (another set of fields): refused. Update both offices to the same version.</source>
        <translation>Lô {seq} của cơ quan {office} được tạo bởi một phiên bản Lá Lành khác (khác bộ trường dữ liệu): đã từ chối. Hãy cập nhật hai cơ quan lên cùng một phiên bản.</translation>
    </message>
    <message>
        <location filename="../../app/sync/store.py" line="190"/>
        <source>Batch {seq} of office {office} has records this version does not know: refused.</source>
        <translation>Lô {seq} của cơ quan {office} có loại bản ghi mà phiên bản này chưa biết: đã từ chối.</translation>
    </message>
    <message>
        <location filename="../../app/sync/store.py" line="269"/>
        <source>Batch {seq} of office {office} changes records of an office outside its jurisdiction: refused, nothing of it was written.</source>
        <translation>Lô {seq} của cơ quan {office} sửa bản ghi của một cơ quan ngoài phạm vi quản lý của mình: đã từ chối, không ghi gì từ lô này.</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="33"/>
        <source>The file is damaged or is not a Lá Lành {what}.</source>
        <translation>Tệp bị hỏng hoặc không phải là {what} của Lá Lành.</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="35"/>
        <source>The {what} file is damaged or was changed after it was signed. Ask for a new copy.</source>
        <translation>Tệp {what} bị hỏng hoặc đã bị thay đổi sau khi ký. Hãy xin một bản mới.</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="38"/>
        <source>The certificate was issued by an office this office does not know. Ask the upper office for its trust list.</source>
        <translation>Chứng thư do một cơ quan mà cơ quan này không biết cấp. Hãy xin cơ quan cấp trên danh sách tin cậy của họ.</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="42"/>
        <source>The certificate does not lead back to an office this office trusts. Nothing was accepted.</source>
        <translation>Chứng thư không dẫn về một cơ quan mà cơ quan này tin cậy. Không có gì được chấp nhận.</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="44"/>
        <source>The certificates refer to each other in a circle. Nothing was accepted.</source>
        <translation>Các chứng thư dẫn chiếu lẫn nhau theo vòng tròn. Không có gì được chấp nhận.</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="46"/>
        <source>This trust list (version {version}) is not newer than the one already in use (version {known}). Nothing was changed.</source>
        <translation>Danh sách tin cậy này (phiên bản {version}) không mới hơn danh sách đang dùng (phiên bản {known}). Không có gì thay đổi.</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="49"/>
        <source>The key change was not signed with this office&apos;s current key.</source>
        <translation>Văn bản đổi khóa không được ký bằng khóa hiện tại của cơ quan này.</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="52"/>
        <source>enrolment request</source>
        <translation>yêu cầu đăng ký</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="53"/>
        <source>certificate</source>
        <translation>chứng thư</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="54"/>
        <source>trust list</source>
        <translation>danh sách tin cậy</translation>
    </message>
    <message>
        <location filename="../../app/sync/trust.py" line="55"/>
        <source>key change</source>
        <translation>văn bản đổi khóa</translation>
    </message>
    <message>
        <location filename="../../app/ui/app.py" line="97"/>
        <source>The language could not be saved ({error}); it applies until Lá Lành is closed. Ask for write permission on {folder}.</source>
        <translation>Không lưu được lựa chọn ngôn ngữ ({error}); ngôn ngữ này chỉ được dùng đến khi đóng Lá Lành. Hãy đề nghị cấp quyền ghi vào thư mục {folder}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/donation_dialog.py" line="87"/>
        <source>e.g. 1.000.000 or 12,5</source>
        <translation>ví dụ: 1.000.000 hoặc 12,5</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/donation_dialog.py" line="103"/>
        <source>Type a number, e.g. 1.000.000 or 12,5.</source>
        <translation>Nhập bằng chữ số, ví dụ 1.000.000 hoặc 12,5.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/donation_dialog.py" line="147"/>
        <source>Record a donation</source>
        <translation>Ghi nhận khoản ủng hộ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/donation_dialog.py" line="155"/>
        <source>A person, a business, the commune budget…</source>
        <translation>Cá nhân, doanh nghiệp, ngân sách xã…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/donation_dialog.py" line="160"/>
        <source>Donor *</source>
        <translation>Người/đơn vị ủng hộ *</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/donation_dialog.py" line="164"/>
        <source>Source *</source>
        <translation>Nguồn *</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/donation_dialog.py" line="169"/>
        <source>— none —</source>
        <translation>— không có —</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/donation_dialog.py" line="170"/>
        <source>The organisation that received it, if any</source>
        <translation>Tổ chức đã tiếp nhận (nếu có)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/donation_dialog.py" line="173"/>
        <source>Date received *</source>
        <translation>Ngày nhận *</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/donation_dialog.py" line="178"/>
        <location filename="../../app/ui/dialogs/donation_dialog.py" line="256"/>
        <source>Item *</source>
        <translation>Mặt hàng *</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/donation_dialog.py" line="187"/>
        <location filename="../../app/ui/dialogs/donation_dialog.py" line="263"/>
        <source>Quantity *</source>
        <translation>Số lượng *</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/donation_dialog.py" line="191"/>
        <source>e.g. PT-012 (the number on the receipt given)</source>
        <translation>ví dụ: PT-012 (số trên phiếu thu đã cấp)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/donation_dialog.py" line="192"/>
        <source>Receipt number</source>
        <translation>Số phiếu thu</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/donation_dialog.py" line="196"/>
        <source>— not earmarked —</source>
        <translation>— không dành riêng —</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/donation_dialog.py" line="197"/>
        <source>Choose a program when the gift is meant for it only</source>
        <translation>Chọn đợt hỗ trợ nếu khoản ủng hộ chỉ dành riêng cho đợt đó</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/donation_dialog.py" line="203"/>
        <location filename="../../app/ui/dialogs/donation_dialog.py" line="274"/>
        <source>Record</source>
        <translation>Ghi nhận</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/donation_dialog.py" line="241"/>
        <source>Stock adjustment</source>
        <translation>Điều chỉnh kho</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/donation_dialog.py" line="245"/>
        <source>Stock that left the store other than by a receipt: spoilt, lost, sent to another commune. It lowers the stock on hand.</source>
        <translation>Hàng ra khỏi kho không qua phiếu nhận: hư hỏng, hao hụt, chuyển cho xã khác. Số này được trừ vào tồn kho.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/donation_dialog.py" line="266"/>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="118"/>
        <source>Date *</source>
        <translation>Ngày *</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/donation_dialog.py" line="270"/>
        <source>e.g. 25 kg of rice spoilt by damp</source>
        <translation>ví dụ: 25 kg gạo bị hỏng do ẩm</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/donation_dialog.py" line="271"/>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="153"/>
        <source>Reason *</source>
        <translation>Lý do *</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="107"/>
        <location filename="../../app/ui/dialogs/import_review.py" line="45"/>
        <source>Relation</source>
        <translation>Quan hệ với chủ hộ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="107"/>
        <source>ID</source>
        <translation>CCCD/CMND</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="113"/>
        <source>{name} (removed)</source>
        <translation>{name} (đã chuyển khỏi hộ)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="132"/>
        <location filename="../../app/ui/dialogs/need_dialog.py" line="65"/>
        <source>For</source>
        <translation>Cho ai</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="132"/>
        <location filename="../../app/ui/pages/needs.py" line="40"/>
        <source>Assessed</source>
        <translation>Ngày đánh giá</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="133"/>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="145"/>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="146"/>
        <location filename="../../app/ui/dialogs/need_dialog.py" line="61"/>
        <source>The whole household</source>
        <translation>Cả hộ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="183"/>
        <source>New household</source>
        <translation>Hộ mới</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="184"/>
        <source>Household {code}</source>
        <translation>Hộ {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="193"/>
        <source>This household was voided: {reason}</source>
        <translation>Hộ này đã bị hủy: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="209"/>
        <location filename="../../app/ui/dialogs/member_dialog.py" line="58"/>
        <source>Choose</source>
        <translation>Chọn</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="213"/>
        <source>New hamlet…</source>
        <translation>Thêm thôn/tổ…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="217"/>
        <source>Hamlet *</source>
        <translation>Thôn/Tổ *</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="225"/>
        <source>Household phone</source>
        <translation>Điện thoại của hộ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="230"/>
        <source>— (the members listed)</source>
        <translation>— (theo danh sách thành viên)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="232"/>
        <source>How many people live in the household, when a list gave the number without naming them all.</source>
        <translation>Số người sống trong hộ, khi danh sách chỉ ghi số nhân khẩu mà không ghi tên từng người.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="239"/>
        <source>Categories of the household</source>
        <translation>Diện đối tượng của hộ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="256"/>
        <source>Add member</source>
        <translation>Thêm thành viên</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="257"/>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="267"/>
        <location filename="../../app/ui/pages/programs.py" line="63"/>
        <location filename="../../app/ui/pages/settings.py" line="136"/>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="258"/>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="422"/>
        <source>Set as head</source>
        <translation>Đặt làm chủ hộ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="259"/>
        <source>Remove from household…</source>
        <translation>Đưa ra khỏi hộ…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="266"/>
        <source>Record a need</source>
        <translation>Ghi nhận nhu cầu</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="268"/>
        <source>Mark met…</source>
        <translation>Đánh dấu đã đáp ứng…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="269"/>
        <source>Cancel need…</source>
        <translation>Hủy nhu cầu…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="270"/>
        <source>Reopen</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="275"/>
        <source>Household {code}: {head}</source>
        <translation>Hộ {code}: {head}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="278"/>
        <source>Received ({n})</source>
        <translation>Đã nhận ({n})</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="285"/>
        <location filename="../../app/ui/pages/households.py" line="101"/>
        <source>Void household…</source>
        <translation>Hủy hộ…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="290"/>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="584"/>
        <source>Save (Ctrl+S)</source>
        <translation>Lưu (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="294"/>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="642"/>
        <location filename="../../app/ui/dialogs/imports_dialog.py" line="54"/>
        <location filename="../../app/ui/dialogs/organisations_dialog.py" line="149"/>
        <location filename="../../app/ui/dialogs/print_dialog.py" line="313"/>
        <location filename="../../app/ui/dialogs/program_dialog.py" line="138"/>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="384"/>
        <location filename="../../app/ui/exporting.py" line="124"/>
        <location filename="../../app/ui/pages/document_settings.py" line="253"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="324"/>
        <source>Members ({n})</source>
        <translation>Thành viên ({n})</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="325"/>
        <source>Needs ({n} open)</source>
        <translation>Nhu cầu ({n} chưa đáp ứng)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="350"/>
        <location filename="../../app/ui/pages/settings.py" line="225"/>
        <source>New hamlet</source>
        <translation>Thêm thôn/tổ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="350"/>
        <source>Name of the hamlet or residential group:</source>
        <translation>Tên thôn hoặc tổ dân phố:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="423"/>
        <source>{name} becomes the head. What is {old} to the new head?</source>
        <translation>{name} trở thành chủ hộ. {old} có quan hệ gì với chủ hộ mới?</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="446"/>
        <source>Remove member</source>
        <translation>Đưa thành viên ra khỏi hộ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="447"/>
        <source>Remove {name} from this household? The record is kept. Type the reason (e.g. moved away, died, registered twice):</source>
        <translation>Đưa {name} ra khỏi hộ này? Hồ sơ vẫn được lưu lại. Nhập lý do (ví dụ: đã chuyển đi, đã mất, bị đăng ký trùng):</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="512"/>
        <source>Need met</source>
        <translation>Đã đáp ứng nhu cầu</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="512"/>
        <source>How was it met? (optional, e.g. the receipt number)</source>
        <translation>Đã đáp ứng bằng cách nào? (không bắt buộc, ví dụ: số phiếu nhận)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="516"/>
        <source>Cancel need</source>
        <translation>Hủy nhu cầu</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="516"/>
        <source>Why is this need cancelled?</source>
        <translation>Lý do hủy nhu cầu này?</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="535"/>
        <source>(no name)</source>
        <translation>(chưa có tên)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="536"/>
        <source>Member {n} ({name}): {message}</source>
        <translation>Thành viên {n} ({name}): {message}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="541"/>
        <location filename="../../app/ui/dialogs/program_dialog.py" line="318"/>
        <source>Please correct:</source>
        <translation>Vui lòng sửa lại:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="544"/>
        <location filename="../../app/ui/dialogs/program_dialog.py" line="322"/>
        <source>Please correct the fields marked in red.</source>
        <translation>Vui lòng sửa các ô được đánh dấu màu đỏ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="591"/>
        <location filename="../../app/ui/pages/households.py" line="315"/>
        <source>Void household</source>
        <translation>Hủy hộ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="592"/>
        <source>Void household {code}? It stays in the records but leaves every list and search. Type the reason (e.g. moved away, registered twice):</source>
        <translation>Hủy hộ {code}? Hộ vẫn được lưu trong hồ sơ nhưng không còn xuất hiện trong danh sách và kết quả tìm kiếm. Nhập lý do (ví dụ: đã chuyển đi nơi khác, bị đăng ký trùng):</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="617"/>
        <location filename="../../app/ui/dialogs/program_dialog.py" line="368"/>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa được lưu</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/household_dialog.py" line="617"/>
        <location filename="../../app/ui/dialogs/program_dialog.py" line="368"/>
        <source>Close without saving your changes?</source>
        <translation>Đóng mà không lưu các thay đổi?</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="93"/>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="172"/>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="268"/>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="280"/>
        <source>Import a list</source>
        <translation>Nhập danh sách</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="94"/>
        <source>Lists</source>
        <translation>Danh sách</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="94"/>
        <source>All files</source>
        <translation>Tất cả các tệp</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="194"/>
        <source>Choose another file…</source>
        <translation>Chọn tệp khác…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="202"/>
        <source>Add new hamlets the list names</source>
        <translation>Thêm thôn/tổ mới có trong danh sách</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="203"/>
        <source>Hamlets the commune does not have yet are added. Leave it off to catch misspelt hamlet names.</source>
        <translation>Các thôn/tổ xã chưa có sẽ được thêm. Để trống ô này để phát hiện tên thôn gõ sai.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="209"/>
        <source>File:</source>
        <translation>Tệp:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="210"/>
        <source>Sheet:</source>
        <translation>Trang tính:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="211"/>
        <source>Header row:</source>
        <translation>Dòng tiêu đề:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="212"/>
        <source>Hamlet of rows that name none:</source>
        <translation>Thôn/tổ cho dòng không ghi thôn:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="218"/>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="218"/>
        <source>Header in the file</source>
        <translation>Tiêu đề trong tệp</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="218"/>
        <source>Example</source>
        <translation>Ví dụ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="218"/>
        <source>Field in Lá Lành</source>
        <translation>Thông tin trong Lá Lành</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="235"/>
        <source>Which column holds what:</source>
        <translation>Cột nào chứa thông tin gì:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="241"/>
        <source>The file as it is (header row in blue):</source>
        <translation>Tệp như bản gốc (dòng tiêu đề tô xanh):</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="248"/>
        <location filename="../../app/ui/jobs.py" line="77"/>
        <location filename="../../app/ui/pages/duplicates.py" line="455"/>
        <location filename="../../app/ui/pages/recipient_list.py" line="413"/>
        <location filename="../../app/ui/widgets.py" line="63"/>
        <source>Cancel</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="250"/>
        <source>Check the list →</source>
        <translation>Kiểm tra danh sách →</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="275"/>
        <source>Reading {name}…</source>
        <translation>Đang đọc {name}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="287"/>
        <source>— none: the row is not imported —</source>
        <translation>— không có: dòng đó không được nhập —</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="320"/>
        <source>— not imported —</source>
        <translation>— không nhập —</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="362"/>
        <source>Date or year of birth</source>
        <translation>Ngày sinh hoặc năm sinh</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="365"/>
        <source>The columns are as you chose them the last time a list with these headers was imported.</source>
        <translation>Các cột được chọn như lần trước bạn nhập một danh sách có cùng tiêu đề.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="368"/>
        <source>Choose the column of: {fields}.</source>
        <translation>Hãy chọn cột cho: {fields}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="370"/>
        <source>Two columns are set to the same field: {fields}.</source>
        <translation>Có hai cột cùng được chọn cho: {fields}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="410"/>
        <source>Checking the list</source>
        <translation>Đang kiểm tra danh sách</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="420"/>
        <source>All rows</source>
        <translation>Tất cả các dòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="421"/>
        <source>Already registered or repeated</source>
        <translation>Đã có trong sổ hoặc lặp lại</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="422"/>
        <source>Rows to be imported</source>
        <translation>Các dòng sẽ được nhập</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="424"/>
        <source>Skip all duplicates</source>
        <translation>Bỏ qua tất cả các dòng trùng</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="426"/>
        <source>Update all registered households</source>
        <translation>Cập nhật tất cả các hộ đã có</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="429"/>
        <location filename="../../app/ui/pages/duplicates.py" line="127"/>
        <source>Show:</source>
        <translation>Hiện:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="455"/>
        <source>← Back to the columns</source>
        <translation>← Quay lại chọn cột</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="457"/>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="637"/>
        <source>Save the wrong rows to fix in Excel…</source>
        <translation>Lưu các dòng lỗi để sửa trong Excel…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="502"/>
        <source>Click a row to see all of its problems. Rows with a choice (skip, update or add): double-click “What happens”.</source>
        <translation>Bấm vào một dòng để xem đầy đủ lỗi. Với dòng có lựa chọn (bỏ qua, cập nhật hay thêm mới): bấm đúp vào ô “Xử lý”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="513"/>
        <source>No problem.</source>
        <translation>Không có lỗi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="514"/>
        <source>Row {n}: {text}</source>
        <translation>Dòng {n}: {text}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="526"/>
        <source>{rows} rows read from sheet “{sheet}”.</source>
        <translation>Đã đọc {rows} dòng từ trang tính “{sheet}”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="528"/>
        <source>{add} households will be added, {update} updated and {skip} skipped (already registered or repeated in the file).</source>
        <translation>Sẽ thêm {add} hộ, cập nhật {update} hộ và bỏ qua {skip} hộ (đã có trong sổ hoặc lặp lại trong tệp).</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="535"/>
        <source>{n} households may be people already registered or listed earlier in the file, though not typed the same way ({held} held back as probably the same): see “Already registered or repeated” and decide for each.</source>
        <translation>{n} hộ có thể là người đã có trong sổ hoặc đã ghi ở dòng trước trong tệp, dù không gõ giống hệt ({held} hộ được giữ lại vì nhiều khả năng là cùng người): xem mục “Đã có trong sổ hoặc lặp lại” và quyết định cho từng hộ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="542"/>
        <source>{bad} rows have problems and will not be imported: save them to fix in Excel, then import that file again.</source>
        <translation>{bad} dòng có lỗi sẽ không được nhập: hãy lưu các dòng này để sửa trong Excel, rồi nhập lại tệp đó.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="545"/>
        <source>The column “{field}” was typed in the old {encoding} font; it was converted to Unicode.</source>
        <translation>Cột “{field}” được gõ bằng phông cũ {encoding}; đã được chuyển sang Unicode.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="549"/>
        <source>{n} rows without a number (STT) are members of the household numbered above them, as the list is laid out. If each row is a household, set the STT column to “not imported”.</source>
        <translation>{n} dòng không có số thứ tự (STT) được tính là người trong hộ có STT ngay phía trên, như cách danh sách được lập. Nếu mỗi dòng là một hộ, hãy chọn “— không nhập —” cho cột STT.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="554"/>
        <source>New hamlets to be added: {names}.</source>
        <translation>Thôn/tổ mới sẽ được thêm: {names}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="558"/>
        <source>This same file was already imported on {when} by {who}; rows already registered will be skipped.</source>
        <translation>Chính tệp này đã được nhập lúc {when} bởi {who}; các dòng đã có trong sổ sẽ được bỏ qua.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="562"/>
        <source>Import {n} households</source>
        <translation>Nhập {n} hộ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="563"/>
        <source>Nothing to import</source>
        <translation>Không có gì để nhập</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="573"/>
        <location filename="../../app/ui/dialogs/print_dialog.py" line="487"/>
        <location filename="../../app/ui/exporting.py" line="39"/>
        <location filename="../../app/ui/pages/reports.py" line="347"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="573"/>
        <source>Save the wrong rows</source>
        <translation>Lưu các dòng lỗi</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="585"/>
        <location filename="../../app/ui/exporting.py" line="81"/>
        <source>Writing {name}…</source>
        <translation>Đang ghi {name}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="588"/>
        <source>Saving the wrong rows</source>
        <translation>Đang lưu các dòng lỗi</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="593"/>
        <source>Wrong rows saved</source>
        <translation>Đã lưu các dòng lỗi</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="594"/>
        <source>The wrong rows are marked in red in {name}, with a “Lỗi” column saying what to correct. Correct them in Excel, save, and import that file again: rows already imported will be skipped.</source>
        <translation>Các dòng lỗi được tô đỏ trong {name}, kèm cột “Lỗi” ghi rõ cần sửa gì. Hãy sửa trong Excel, lưu lại rồi nhập lại tệp đó: các dòng đã nhập sẽ được bỏ qua.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="598"/>
        <source>Open it</source>
        <translation>Mở tệp</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="599"/>
        <location filename="../../app/ui/errors.py" line="50"/>
        <location filename="../../app/ui/widgets.py" line="62"/>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="620"/>
        <source>Importing</source>
        <translation>Đang nhập</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="621"/>
        <source>Importing the list…</source>
        <translation>Đang nhập danh sách…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="658"/>
        <source>Imported from {file}, sheet “{sheet}”:</source>
        <translation>Đã nhập từ {file}, trang tính “{sheet}”:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="659"/>
        <source>Imported from {file}:</source>
        <translation>Đã nhập từ {file}:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="661"/>
        <source>• {h} households and {p} people added</source>
        <translation>• Thêm {h} hộ và {p} người</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="664"/>
        <source>• {u} registered households updated</source>
        <translation>• Cập nhật {u} hộ đã có</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="666"/>
        <source>• {s} rows skipped</source>
        <translation>• Bỏ qua {s} dòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="668"/>
        <source>• {f} rows not imported because of problems: save them, correct them in Excel and import that file again.</source>
        <translation>• {f} dòng không được nhập vì có lỗi: hãy lưu lại, sửa trong Excel rồi nhập lại tệp đó.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="673"/>
        <source>If this was a mistake, the whole import can be undone from File → Earlier imports, as long as nothing was built on it.</source>
        <translation>Nếu nhập nhầm, có thể hoàn tác cả lần nhập ở Tệp → Các lần nhập trước, miễn là chưa có gì được ghi thêm vào các hộ đó.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="681"/>
        <source>Import the next sheet: “{sheet}”</source>
        <translation>Nhập trang tính tiếp theo: “{sheet}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="715"/>
        <source>1. Which column holds what</source>
        <translation>1. Cột nào chứa thông tin gì</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="715"/>
        <source>2. Check every row</source>
        <translation>2. Kiểm tra từng dòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_dialog.py" line="716"/>
        <source>3. Done</source>
        <translation>3. Hoàn tất</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_review.py" line="24"/>
        <location filename="../../app/ui/dialogs/import_review.py" line="76"/>
        <source>Add</source>
        <translation>Thêm mới</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_review.py" line="24"/>
        <source>Update the registered household</source>
        <translation>Cập nhật hộ đã có</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_review.py" line="25"/>
        <source>Skip</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_review.py" line="44"/>
        <location filename="../../app/ui/pages/program_models.py" line="73"/>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_review.py" line="45"/>
        <source>What happens</source>
        <translation>Xử lý</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_review.py" line="46"/>
        <source>Problems and notes</source>
        <translation>Lỗi và ghi chú</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_review.py" line="63"/>
        <source>Not imported</source>
        <translation>Không nhập</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_review.py" line="67"/>
        <source>Skip — may be registered in household {code}</source>
        <translation>Bỏ qua — có thể đã có trong hộ {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_review.py" line="69"/>
        <source>Skip — may be repeated in the file</source>
        <translation>Bỏ qua — có thể bị lặp trong tệp</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_review.py" line="71"/>
        <source>Skip — already registered in household {code}</source>
        <translation>Bỏ qua — đã có trong hộ {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_review.py" line="73"/>
        <source>Skip — repeated in the file</source>
        <translation>Bỏ qua — lặp lại trong tệp</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_review.py" line="75"/>
        <source>Update household {code}</source>
        <translation>Cập nhật hộ {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_review.py" line="85"/>
        <source>Differs from the registered household: {what}.</source>
        <translation>Khác với hộ đã có: {what}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/import_review.py" line="88"/>
        <source>Same as the registered household.</source>
        <translation>Giống hệt hộ đã có.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/imports_dialog.py" line="34"/>
        <source>Earlier imports</source>
        <translation>Các lần nhập trước</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/imports_dialog.py" line="47"/>
        <source>Undoing an import voids the households and people it added and puts back what it changed. It is refused once anyone has edited them or recorded something for them.</source>
        <translation>Hoàn tác một lần nhập sẽ hủy các hộ và người đã thêm, và trả lại những gì đã thay đổi. Không thể hoàn tác khi đã có người sửa các hộ đó hoặc ghi thêm thông tin cho họ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/imports_dialog.py" line="51"/>
        <source>Undo this import…</source>
        <translation>Hoàn tác lần nhập này…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/imports_dialog.py" line="59"/>
        <source>Save the list of imports as an Excel file</source>
        <translation>Lưu danh sách các lần nhập thành tệp Excel</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/imports_dialog.py" line="76"/>
        <source>Undone on {when}</source>
        <translation>Đã hoàn tác lúc {when}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/imports_dialog.py" line="100"/>
        <source>Undo this import</source>
        <translation>Hoàn tác lần nhập này</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/imports_dialog.py" line="101"/>
        <source>Void the {h} households and {p} people imported from {file} on {when}, and put back what it changed?</source>
        <translation>Hủy {h} hộ và {p} người đã nhập từ {file} lúc {when}, và trả lại những gì lần nhập đã thay đổi?</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/imports_dialog.py" line="113"/>
        <source>Undoing the import</source>
        <translation>Đang hoàn tác lần nhập</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_dialog.py" line="42"/>
        <source>Member of the household</source>
        <translation>Thành viên của hộ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_dialog.py" line="42"/>
        <source>New member</source>
        <translation>Thành viên mới</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_dialog.py" line="54"/>
        <source>e.g. Nguyễn Văn An</source>
        <translation>ví dụ: Nguyễn Văn An</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_dialog.py" line="55"/>
        <source>Full name *</source>
        <translation>Họ và tên *</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_dialog.py" line="61"/>
        <source>Gender *</source>
        <translation>Giới tính *</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_dialog.py" line="63"/>
        <source>dd/mm/yyyy, or the year alone</source>
        <translation>ngày/tháng/năm, hoặc chỉ năm sinh</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_dialog.py" line="64"/>
        <source>Date or year of birth *</source>
        <translation>Ngày sinh hoặc năm sinh *</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_dialog.py" line="67"/>
        <source>Relation to head *</source>
        <translation>Quan hệ với chủ hộ *</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_dialog.py" line="70"/>
        <source>ID document</source>
        <translation>Giấy tờ tùy thân</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_dialog.py" line="72"/>
        <source>12 digits for CCCD, 9 for CMND</source>
        <translation>CCCD 12 số, CMND 9 số</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_dialog.py" line="75"/>
        <source>an earlier CMND, if known</source>
        <translation>số CMND cũ, nếu biết</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_dialog.py" line="76"/>
        <source>Old ID number</source>
        <translation>Số CMND cũ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_dialog.py" line="89"/>
        <source>Categories of this person</source>
        <translation>Diện đối tượng của người này</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_dialog.py" line="131"/>
        <source>Write the date as dd/mm/yyyy (e.g. 05/02/1980) or just the year (e.g. 1980).</source>
        <translation>Nhập ngày theo dạng ngày/tháng/năm (ví dụ 05/02/1980) hoặc chỉ nhập năm (ví dụ 1980).</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/member_dialog.py" line="174"/>
        <source>ID number {id} is already registered to {name} in household {code}.</source>
        <translation>Số CCCD/CMND {id} đã được đăng ký cho {name} thuộc hộ {code}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merge_dialog.py" line="49"/>
        <source>Agree</source>
        <translation>Giống nhau</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merge_dialog.py" line="50"/>
        <source>Differ</source>
        <translation>Khác nhau</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merge_dialog.py" line="51"/>
        <source>Missing on one side</source>
        <translation>Thiếu ở một bên</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merge_dialog.py" line="52"/>
        <source>Empty on both</source>
        <translation>Cả hai đều trống</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merge_dialog.py" line="102"/>
        <source>Aid received by the household</source>
        <translation>Hỗ trợ hộ đã nhận</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merge_dialog.py" line="112"/>
        <location filename="../../app/ui/dialogs/merge_dialog.py" line="181"/>
        <source>Record 1</source>
        <translation>Hồ sơ 1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merge_dialog.py" line="112"/>
        <location filename="../../app/ui/dialogs/merge_dialog.py" line="181"/>
        <source>Record 2</source>
        <translation>Hồ sơ 2</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merge_dialog.py" line="112"/>
        <source>Comparison</source>
        <translation>So sánh</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merge_dialog.py" line="132"/>
        <source>born {birth}</source>
        <translation>sinh {birth}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merge_dialog.py" line="156"/>
        <source>Merge two records of one person</source>
        <translation>Gộp hai hồ sơ của cùng một người</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merge_dialog.py" line="160"/>
        <source>The two records become one. The record that stays keeps its household; the other is kept in the history, voided, and points to it, so lists and receipts that name it still find the person. Its needs and categories move to the record that stays. A merge can be undone in the Merges tab.</source>
        <translation>Hai hồ sơ sẽ thành một. Hồ sơ được giữ lại vẫn ở hộ của nó; hồ sơ kia được lưu trong lịch sử, bị hủy và trỏ tới hồ sơ được giữ lại, nên các danh sách và phiếu nhận có tên nó vẫn tìm được người này. Nhu cầu và diện đối tượng của nó chuyển sang hồ sơ được giữ lại. Có thể hoàn tác việc gộp ở thẻ Các lần gộp.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merge_dialog.py" line="179"/>
        <source>Values that differ: choose the one to keep</source>
        <translation>Các thông tin khác nhau: chọn giá trị được giữ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merge_dialog.py" line="202"/>
        <source>Every field agrees, or is empty on both records.</source>
        <translation>Mọi thông tin đều giống nhau, hoặc cả hai hồ sơ đều để trống.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merge_dialog.py" line="205"/>
        <source>The year of birth follows the date of birth chosen.</source>
        <translation>Năm sinh lấy theo ngày sinh đã chọn.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merge_dialog.py" line="211"/>
        <source>Open needs: {a} on record 1, {b} on record 2. Aid received: {ra} by household {ca}, {rb} by household {cb}; receipts are never changed, they are found through the record that stays.</source>
        <translation>Nhu cầu chưa đáp ứng: {a} ở hồ sơ 1, {b} ở hồ sơ 2. Hỗ trợ đã nhận: hộ {ca} {ra} lần, hộ {cb} {rb} lần; các phiếu nhận không bao giờ bị sửa, chúng được tìm qua hồ sơ được giữ lại.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merge_dialog.py" line="218"/>
        <location filename="../../app/ui/dialogs/merge_dialog.py" line="295"/>
        <source>Merge</source>
        <translation>Gộp</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/merge_dialog.py" line="282"/>
        <source>Merging…</source>
        <translation>Đang gộp…</translation>
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
        <location filename="../../app/ui/dialogs/organisations_dialog.py" line="47"/>
        <source>New organisation</source>
        <translation>Thêm tổ chức</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/organisations_dialog.py" line="57"/>
        <source>e.g. Hội Chữ thập đỏ xã</source>
        <translation>ví dụ: Hội Chữ thập đỏ xã</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/organisations_dialog.py" line="58"/>
        <location filename="../../app/ui/dialogs/program_dialog.py" line="148"/>
        <source>Name *</source>
        <translation>Tên *</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/organisations_dialog.py" line="63"/>
        <source>Kind *</source>
        <translation>Loại *</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/organisations_dialog.py" line="66"/>
        <source>e.g. a contact person and phone</source>
        <translation>ví dụ: người liên hệ và số điện thoại</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/organisations_dialog.py" line="69"/>
        <location filename="../../app/ui/dialogs/program_dialog.py" line="127"/>
        <location filename="../../app/ui/dialogs/program_dialog.py" line="353"/>
        <location filename="../../app/ui/pages/document_settings.py" line="146"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/organisations_dialog.py" line="116"/>
        <source>The organisations that run programs or give: the Fatherland Front, the Red Cross, the unions, the People&apos;s Committee, businesses…</source>
        <translation>Các tổ chức thực hiện đợt hỗ trợ hoặc ủng hộ: Mặt trận Tổ quốc, Hội Chữ thập đỏ, các đoàn thể, Ủy ban nhân dân, doanh nghiệp…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/organisations_dialog.py" line="140"/>
        <source>No organisation yet: press “Add…” to add the first one.</source>
        <translation>Chưa có tổ chức nào: bấm “Thêm…” để thêm tổ chức đầu tiên.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/organisations_dialog.py" line="145"/>
        <location filename="../../app/ui/pages/settings.py" line="73"/>
        <location filename="../../app/ui/pages/settings.py" line="135"/>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/organisations_dialog.py" line="147"/>
        <source>Rename / change…</source>
        <translation>Đổi tên / sửa…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/organisations_dialog.py" line="154"/>
        <source>Save the list of organisations as an Excel file</source>
        <translation>Lưu danh sách tổ chức thành tệp Excel</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/possible_records.py" line="56"/>
        <location filename="../../app/ui/dialogs/possible_records.py" line="82"/>
        <source>Possible existing records</source>
        <translation>Hồ sơ có thể đã có</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/possible_records.py" line="62"/>
        <source>Score {score}: {why}</source>
        <translation>Điểm {score}: {why}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/possible_records.py" line="93"/>
        <source>This person may be registered already. Open the record to check, or confirm that this is a different person.</source>
        <translation>Người này có thể đã được đăng ký. Hãy mở hồ sơ để kiểm tra, hoặc xác nhận đây là người khác.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/possible_records.py" line="108"/>
        <source>Open that household</source>
        <translation>Mở hộ đó</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/possible_records.py" line="111"/>
        <source>This is a different person</source>
        <translation>Đây là người khác</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/possible_records.py" line="113"/>
        <source>The pair is recorded as two different people when the household is saved.</source>
        <translation>Khi lưu hộ, cặp này được ghi nhận là hai người khác nhau.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/possible_records.py" line="170"/>
        <source>That record is in this household.</source>
        <translation>Hồ sơ đó thuộc chính hộ này.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_dialog.py" line="72"/>
        <source>Print — {code} {name}</source>
        <translation>In — {code} {name}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_dialog.py" line="103"/>
        <source>Fill in the office details…</source>
        <translation>Điền thông tin cơ quan…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_dialog.py" line="113"/>
        <source>Recipient list for signature</source>
        <translation>Danh sách ký nhận</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_dialog.py" line="114"/>
        <source>Public posting list (ID numbers masked)</source>
        <translation>Danh sách niêm yết công khai (che số giấy tờ)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_dialog.py" line="115"/>
        <source>Receipts, one per household</source>
        <translation>Phiếu nhận, mỗi hộ một phiếu</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_dialog.py" line="117"/>
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_dialog.py" line="119"/>
        <location filename="../../app/ui/pages/distribution.py" line="218"/>
        <location filename="../../app/ui/pages/households.py" line="168"/>
        <location filename="../../app/ui/pages/households.py" line="190"/>
        <location filename="../../app/ui/pages/needs.py" line="123"/>
        <location filename="../../app/ui/pages/recipient_list.py" line="182"/>
        <location filename="../../app/ui/pages/reports.py" line="148"/>
        <source>All hamlets</source>
        <translation>Tất cả thôn/tổ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_dialog.py" line="132"/>
        <source>By hamlet, then by name</source>
        <translation>Theo thôn/tổ, rồi theo tên</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_dialog.py" line="133"/>
        <source>By name (given name, middle, surname)</source>
        <translation>Theo tên (tên, tên đệm, họ)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_dialog.py" line="134"/>
        <source>By row number on the list</source>
        <translation>Theo số dòng trong danh sách</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_dialog.py" line="136"/>
        <source>Order</source>
        <translation>Thứ tự</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_dialog.py" line="139"/>
        <source>A4 landscape</source>
        <translation>A4 ngang</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_dialog.py" line="139"/>
        <source>A4 portrait</source>
        <translation>A4 dọc</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_dialog.py" line="140"/>
        <source>Paper</source>
        <translation>Khổ giấy</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_dialog.py" line="141"/>
        <source>Codes for the scanner (each row, each page)</source>
        <translation>In mã để quét (mỗi dòng, mỗi trang)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_dialog.py" line="144"/>
        <source>Subtotal on each page</source>
        <translation>Cộng từng trang</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_dialog.py" line="146"/>
        <source>Subtotal for each hamlet</source>
        <translation>Cộng từng thôn/tổ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_dialog.py" line="152"/>
        <source>Date of the document</source>
        <translation>Ngày của văn bản</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_dialog.py" line="155"/>
        <source>Posted from – to</source>
        <translation>Niêm yết từ – đến</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_dialog.py" line="163"/>
        <location filename="../../app/ui/pages/reports.py" line="107"/>
        <source>Show the preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_dialog.py" line="265"/>
        <source>Before printing, fill in these office details: {fields}.</source>
        <translation>Trước khi in, hãy điền các thông tin cơ quan sau: {fields}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_dialog.py" line="287"/>
        <source>Previous page (Page Up)</source>
        <translation>Trang trước (Page Up)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_dialog.py" line="290"/>
        <source>Next page (Page Down)</source>
        <translation>Trang sau (Page Down)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_dialog.py" line="297"/>
        <source>Fit width</source>
        <translation>Vừa chiều ngang</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_dialog.py" line="297"/>
        <source>Whole page</source>
        <translation>Cả trang</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_dialog.py" line="299"/>
        <location filename="../../app/ui/pages/reports.py" line="202"/>
        <source>Page</source>
        <translation>Trang</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_dialog.py" line="304"/>
        <source>Choose the document and press “Show the preview”.</source>
        <translation>Chọn văn bản rồi bấm “Xem trước”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_dialog.py" line="311"/>
        <source>Open in the PDF viewer</source>
        <translation>Mở bằng trình xem PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_dialog.py" line="334"/>
        <source>The choices changed: press “Show the preview” to see the document as it will be printed.</source>
        <translation>Lựa chọn đã thay đổi: bấm “Xem trước” để thấy văn bản đúng như khi in.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_dialog.py" line="345"/>
        <location filename="../../app/ui/pages/reports.py" line="235"/>
        <source>of {n}</source>
        <translation>/ {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_dialog.py" line="370"/>
        <source>{rows} households on one page.</source>
        <translation>{rows} hộ trên một trang.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_dialog.py" line="371"/>
        <source>{rows} households on {pages} pages.</source>
        <translation>{rows} hộ trên {pages} trang.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_dialog.py" line="379"/>
        <source>Making the document…</source>
        <translation>Đang tạo văn bản…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_dialog.py" line="433"/>
        <location filename="../../app/ui/pages/reports.py" line="301"/>
        <source>No printer</source>
        <translation>Không có máy in</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_dialog.py" line="434"/>
        <location filename="../../app/ui/pages/reports.py" line="302"/>
        <source>No printer is installed on this computer. Save the document as PDF and print it from another computer, or install the printer in Windows and try again.</source>
        <translation>Máy tính này chưa cài máy in nào. Hãy lưu văn bản ra PDF rồi in ở máy khác, hoặc cài máy in trong Windows rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_dialog.py" line="456"/>
        <source>{n} pages sent to the printer.</source>
        <translation>Đã gửi {n} trang tới máy in.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_dialog.py" line="458"/>
        <location filename="../../app/ui/pages/reports.py" line="312"/>
        <source>Printing…</source>
        <translation>Đang in…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_dialog.py" line="468"/>
        <location filename="../../app/ui/pages/reports.py" line="326"/>
        <source>Save as PDF</source>
        <translation>Lưu PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_dialog.py" line="469"/>
        <location filename="../../app/ui/pages/reports.py" line="327"/>
        <source>PDF document (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_dialog.py" line="475"/>
        <location filename="../../app/ui/pages/dashboard.py" line="293"/>
        <location filename="../../app/ui/pages/reports.py" line="333"/>
        <source>Could not save {name}: {error}</source>
        <translation>Không lưu được {name}: {error}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_dialog.py" line="478"/>
        <location filename="../../app/ui/dialogs/print_dialog.py" line="493"/>
        <location filename="../../app/ui/pages/dashboard.py" line="296"/>
        <location filename="../../app/ui/pages/reports.py" line="336"/>
        <location filename="../../app/ui/pages/reports.py" line="356"/>
        <source>Saved as {path}.</source>
        <translation>Đã lưu vào {path}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/print_dialog.py" line="486"/>
        <location filename="../../app/ui/dialogs/print_dialog.py" line="491"/>
        <location filename="../../app/ui/pages/reports.py" line="346"/>
        <location filename="../../app/ui/pages/reports.py" line="354"/>
        <source>Save as Excel</source>
        <translation>Lưu Excel</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/program_dialog.py" line="100"/>
        <source>New program</source>
        <translation>Đợt hỗ trợ mới</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/program_dialog.py" line="101"/>
        <source>Program {code}</source>
        <translation>Đợt hỗ trợ {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/program_dialog.py" line="108"/>
        <source>The list of this program is {status}: its rules and norms were used to build it and can no longer change. Changes to the list itself are made on the list (amendments, with a reason).</source>
        <translation>Danh sách của đợt hỗ trợ này đang ở trạng thái {status}: điều kiện hưởng và định mức của đợt đã được dùng để lập danh sách nên không thể thay đổi nữa. Những thay đổi đối với chính danh sách được thực hiện trên danh sách (điều chỉnh, kèm lý do).</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/program_dialog.py" line="147"/>
        <source>e.g. Quà Tết 2026 cho hộ nghèo</source>
        <translation>ví dụ: Quà Tết 2026 cho hộ nghèo</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/program_dialog.py" line="155"/>
        <source>New organisation…</source>
        <translation>Thêm tổ chức…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/program_dialog.py" line="160"/>
        <source>Organisation *</source>
        <translation>Tổ chức *</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/program_dialog.py" line="169"/>
        <source>the donor&apos;s name, e.g. Công ty TNHH Bình An</source>
        <translation>tên nhà tài trợ, ví dụ: Công ty TNHH Bình An</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/program_dialog.py" line="172"/>
        <source>Funding *</source>
        <translation>Nguồn kinh phí *</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/program_dialog.py" line="180"/>
        <source>until</source>
        <translation>đến</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/program_dialog.py" line="189"/>
        <source>From *</source>
        <translation>Từ ngày *</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/program_dialog.py" line="198"/>
        <source>e.g. Tết 2026 (optional)</source>
        <translation>ví dụ: Tết 2026 (không bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/program_dialog.py" line="202"/>
        <source>Programs of one season&apos;s gifts share a group, whatever their organisation: the Overlaps report then shows who would receive twice.</source>
        <translation>Các đợt hỗ trợ của cùng một dịp nên xếp chung một nhóm, dù do tổ chức nào thực hiện: khi đó báo cáo Trùng lặp sẽ chỉ ra ai có thể nhận trùng.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/program_dialog.py" line="215"/>
        <location filename="../../app/ui/dialogs/program_parts.py" line="128"/>
        <source>— choose —</source>
        <translation>— chọn —</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/program_dialog.py" line="224"/>
        <source>What each household receives *</source>
        <translation>Mỗi hộ được nhận gì *</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/program_dialog.py" line="233"/>
        <source>Who is eligible</source>
        <translation>Điều kiện hưởng</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/program_dialog.py" line="235"/>
        <source>A household is eligible when it meets every list below. A list with nothing ticked sets no condition: any category, every hamlet, no need required.</source>
        <translation>Hộ đủ điều kiện khi đáp ứng tất cả các danh mục dưới đây. Danh mục nào không đánh dấu mục nào thì không đặt điều kiện: mọi diện đối tượng, mọi thôn/tổ, không cần có nhu cầu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/program_dialog.py" line="253"/>
        <source>none ticked: any category</source>
        <translation>không đánh dấu: mọi diện đối tượng</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/program_dialog.py" line="254"/>
        <source>none ticked: every hamlet</source>
        <translation>không đánh dấu: mọi thôn/tổ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/program_dialog.py" line="255"/>
        <source>Residents counted *</source>
        <translation>Nhân khẩu được tính *</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/program_dialog.py" line="255"/>
        <source>members who count for per-person norms</source>
        <translation>thành viên được tính vào định mức theo người</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/program_dialog.py" line="257"/>
        <source>none ticked: no need required</source>
        <translation>không đánh dấu: không cần có nhu cầu</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/program_parts.py" line="72"/>
        <source>Quantities by category</source>
        <translation>Số lượng theo diện đối tượng</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/program_parts.py" line="75"/>
        <source>A category&apos;s own quantity applies to the people (or, per household, the households) holding it when it is higher than the base norm. Leave empty for the base norm.</source>
        <translation>Số lượng riêng của một diện đối tượng được áp dụng cho những người (hoặc, nếu tính theo hộ, những hộ) thuộc diện đó khi cao hơn định mức cơ bản. Để trống để dùng định mức cơ bản.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/program_parts.py" line="86"/>
        <source>base norm</source>
        <translation>định mức cơ bản</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/program_parts.py" line="107"/>
        <source>Type each quantity as a number, e.g. 1.000.000 or 12,5.</source>
        <translation>Nhập từng số lượng bằng chữ số, ví dụ 1.000.000 hoặc 12,5.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/program_parts.py" line="141"/>
        <source>no cap</source>
        <translation>không giới hạn</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/program_parts.py" line="142"/>
        <source>At most this much for one household, however many persons</source>
        <translation>Mức tối đa cho một hộ, dù hộ có bao nhiêu người</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/program_parts.py" line="147"/>
        <source>Remove this item from the program</source>
        <translation>Bỏ mặt hàng này khỏi đợt hỗ trợ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/program_parts.py" line="167"/>
        <source>e.g. 500.000</source>
        <translation>ví dụ: 500.000</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/program_parts.py" line="167"/>
        <source>e.g. 15</source>
        <translation>ví dụ: 15</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/program_parts.py" line="173"/>
        <source>By category ({n})…</source>
        <translation>Theo diện ({n})…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/program_parts.py" line="174"/>
        <source>By category…</source>
        <translation>Theo diện…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/program_parts.py" line="175"/>
        <source>Higher quantities for some categories, e.g. poor households</source>
        <translation>Số lượng cao hơn cho một số diện đối tượng, ví dụ hộ nghèo</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/program_parts.py" line="195"/>
        <source>An item</source>
        <translation>Một mặt hàng</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/program_parts.py" line="202"/>
        <source>{item}: type the quantity as a number, e.g. 500.000 or 12,5.</source>
        <translation>{item}: nhập số lượng bằng chữ số, ví dụ 500.000 hoặc 12,5.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/program_parts.py" line="227"/>
        <source>Basis</source>
        <translation>Tính theo</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/program_parts.py" line="227"/>
        <source>Household cap</source>
        <translation>Tối đa mỗi hộ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/program_parts.py" line="237"/>
        <source>Add an item</source>
        <translation>Thêm mặt hàng</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="52"/>
        <source>CCCD</source>
        <translation>CCCD</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="52"/>
        <source>CMND</source>
        <translation>CMND</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="52"/>
        <source>Other document</source>
        <translation>Giấy tờ khác</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="104"/>
        <source>Receipt — {code}</source>
        <translation>Phiếu nhận — {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="108"/>
        <source>&lt;b&gt;{code}&lt;/b&gt; — {head} (household {household}, {hamlet}), {n} persons</source>
        <translation>&lt;b&gt;{code}&lt;/b&gt; — {head} (hộ {household}, {hamlet}), {n} nhân khẩu</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="122"/>
        <source>Quantities handed out</source>
        <translation>Số lượng cấp phát</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="132"/>
        <source>entitled {e} · in stock {s}</source>
        <translation>được nhận {e} · tồn kho {s}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="151"/>
        <source>Why more is handed out (an accountant or approver records it)</source>
        <translation>Lý do cấp nhiều hơn (do kế toán hoặc người duyệt ghi)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="158"/>
        <source>Who collected</source>
        <translation>Người nhận</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="161"/>
        <source>In person (the household)</source>
        <translation>Nhận trực tiếp (người trong hộ)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="181"/>
        <source>The number on the document shown</source>
        <translation>Số trên giấy tờ xuất trình</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="184"/>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="231"/>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="318"/>
        <source>ID shown</source>
        <translation>Giấy tờ xuất trình</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="192"/>
        <source>Proxy&apos;s full name *</source>
        <translation>Họ tên người nhận thay *</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="196"/>
        <source>e.g. son, neighbour, hamlet head</source>
        <translation>ví dụ: con trai, hàng xóm, trưởng thôn</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="197"/>
        <source>Relation to the household *</source>
        <translation>Quan hệ với hộ *</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="201"/>
        <source>CCCD, CMND or other document number</source>
        <translation>Số CCCD, CMND hoặc giấy tờ khác</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="202"/>
        <source>Proxy&apos;s ID number *</source>
        <translation>Số giấy tờ của người nhận thay *</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="211"/>
        <source>Handed out by *</source>
        <translation>Người trao *</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="215"/>
        <source>e.g. why no ID was shown</source>
        <translation>ví dụ: lý do không xuất trình giấy tờ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="218"/>
        <source>Record receipt</source>
        <translation>Ghi nhận đã nhận</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="231"/>
        <source>Household&apos;s ID</source>
        <translation>Giấy tờ của hộ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="250"/>
        <source>{item}: only {s} is in stock</source>
        <translation>{item}: trong kho chỉ còn {s}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="253"/>
        <source>Say why, if that is right.</source>
        <translation>Nếu đúng như vậy, hãy nêu lý do.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="318"/>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="406"/>
        <source>Entry</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="318"/>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="407"/>
        <source>Items</source>
        <translation>Mặt hàng</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="318"/>
        <source>Collected</source>
        <translation>Người nhận</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="319"/>
        <source>Handed out by</source>
        <translation>Người trao</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="319"/>
        <source>Recorded</source>
        <translation>Người ghi nhận</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="330"/>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="414"/>
        <source>Reversal</source>
        <translation>Bút toán đảo</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="331"/>
        <source>Receipt (reversed)</source>
        <translation>Lần nhận (đã hủy)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="331"/>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="414"/>
        <source>Receipt</source>
        <translation>Lần nhận</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="342"/>
        <source>Proxy: {name} ({relation})</source>
        <translation>Người nhận thay: {name} ({relation})</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="348"/>
        <source>Over the entitlement: {reason}</source>
        <translation>Vượt số được nhận: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="366"/>
        <source>History — {code}</source>
        <translation>Lịch sử — {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="369"/>
        <source>&lt;b&gt;{code}&lt;/b&gt; — {head} (household {household}, {hamlet})</source>
        <translation>&lt;b&gt;{code}&lt;/b&gt; — {head} (hộ {household}, {hamlet})</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="374"/>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="439"/>
        <location filename="../../app/ui/pages/distribution.py" line="238"/>
        <location filename="../../app/ui/pages/households.py" line="210"/>
        <location filename="../../app/ui/pages/list_reports.py" line="107"/>
        <location filename="../../app/ui/pages/needs.py" line="136"/>
        <location filename="../../app/ui/pages/recipient_list.py" line="222"/>
        <location filename="../../app/ui/pages/recipient_list.py" line="243"/>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="378"/>
        <source>Save these receipts and reversals as an Excel file.</source>
        <translation>Lưu các lần nhận và hoàn trả này thành tệp Excel.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="392"/>
        <source>Nothing received yet.</source>
        <translation>Chưa nhận lần nào.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="398"/>
        <source>List code {code}: {head} (household {household}, {hamlet})</source>
        <translation>Mã danh sách {code}: {head} (hộ {household}, {hamlet})</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="401"/>
        <source>RECEIPTS AND REVERSALS OF A LIST ROW</source>
        <translation>CÁC LẦN NHẬN VÀ HOÀN TRẢ CỦA MỘT DÒNG DANH SÁCH</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="407"/>
        <source>Proxy</source>
        <translation>Người nhận thay</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="441"/>
        <source>Save what this household received as an Excel file.</source>
        <translation>Lưu những gì hộ này đã nhận thành tệp Excel.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="456"/>
        <source>Nothing received from any program yet.</source>
        <translation>Chưa nhận hỗ trợ từ đợt nào.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="457"/>
        <source>A reversal cancels the receipt above it; both stay in the ledger.</source>
        <translation>Bút toán đảo hủy lần nhận ngay phía trên; cả hai vẫn được lưu trong sổ theo dõi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/receipt_dialog.py" line="464"/>
        <source>RECEIVED FROM EVERY PROGRAM</source>
        <translation>NHẬN TỪ MỌI ĐỢT HỖ TRỢ</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/setup_dialog.py" line="36"/>
        <source>Lá Lành — set up your office</source>
        <translation>Lá Lành — thiết lập đơn vị</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/setup_dialog.py" line="39"/>
        <source>Welcome. Tell Lá Lành which office this computer belongs to. You do this once; you can rename the office and add hamlets later in Settings.</source>
        <translation>Chào mừng bạn. Hãy cho Lá Lành biết máy tính này thuộc đơn vị nào. Việc này chỉ làm một lần; sau này bạn có thể đổi tên đơn vị và thêm thôn/tổ trong mục Cài đặt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/setup_dialog.py" line="49"/>
        <source>Commune or ward office</source>
        <translation>Cơ quan cấp xã, phường</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/setup_dialog.py" line="50"/>
        <source>District office</source>
        <translation>Cơ quan cấp huyện</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/setup_dialog.py" line="51"/>
        <source>Province or city office</source>
        <translation>Cơ quan cấp tỉnh, thành phố</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/setup_dialog.py" line="52"/>
        <source>This office is</source>
        <translation>Cơ quan này là</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/setup_dialog.py" line="55"/>
        <source>e.g. UBND xã Yên Lạc</source>
        <translation>ví dụ: UBND xã Yên Lạc</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/setup_dialog.py" line="56"/>
        <source>Office name</source>
        <translation>Tên đơn vị</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/setup_dialog.py" line="60"/>
        <location filename="../../app/ui/dialogs/setup_dialog.py" line="114"/>
        <source>All provinces and cities</source>
        <translation>Tất cả tỉnh, thành phố</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/setup_dialog.py" line="63"/>
        <location filename="../../app/ui/pages/settings.py" line="64"/>
        <source>Province / city</source>
        <translation>Tỉnh / thành phố</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/setup_dialog.py" line="66"/>
        <source>Type to find the commune or ward (accents optional)</source>
        <translation>Gõ để tìm xã/phường (gõ có dấu hoặc không dấu đều được)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/setup_dialog.py" line="67"/>
        <location filename="../../app/ui/pages/settings.py" line="63"/>
        <source>Commune / ward</source>
        <translation>Xã / phường</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/setup_dialog.py" line="74"/>
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
        <location filename="../../app/ui/dialogs/setup_dialog.py" line="76"/>
        <source>Hamlets / residential groups</source>
        <translation>Thôn / tổ dân phố</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/setup_dialog.py" line="82"/>
        <source>at least {n} characters</source>
        <translation>ít nhất {n} ký tự</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/setup_dialog.py" line="84"/>
        <source>Passphrase for sending data</source>
        <translation>Mật khẩu gửi dữ liệu</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/setup_dialog.py" line="88"/>
        <source>The passphrase again</source>
        <translation>Nhập lại mật khẩu</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/setup_dialog.py" line="90"/>
        <source>It protects the office&apos;s keys, which sign the data sent to the offices above and below. Write it down and keep it safe: it cannot be recovered.</source>
        <translation>Mật khẩu bảo vệ khóa của cơ quan, dùng để ký dữ liệu gửi cấp trên và cấp dưới. Hãy ghi lại và cất giữ cẩn thận: mất mật khẩu thì không lấy lại được.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/setup_dialog.py" line="97"/>
        <source>Official list of provinces and communes after the 2025 reform (34 provinces, 3,321 communes).</source>
        <translation>Danh mục đơn vị hành chính chính thức sau sắp xếp năm 2025 (34 tỉnh, thành phố; 3.321 xã, phường, đặc khu).</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/setup_dialog.py" line="102"/>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/setup_dialog.py" line="102"/>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/setup_dialog.py" line="114"/>
        <source>(none)</source>
        <translation>(không chọn)</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/user_dialog.py" line="32"/>
        <source>Edit user</source>
        <translation>Sửa người dùng</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/user_dialog.py" line="32"/>
        <source>New user</source>
        <translation>Người dùng mới</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/user_dialog.py" line="39"/>
        <source>the Windows login name, e.g. canbo1</source>
        <translation>tên đăng nhập Windows, ví dụ canbo1</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/user_dialog.py" line="45"/>
        <source>Roles:</source>
        <translation>Vai trò:</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs/user_dialog.py" line="53"/>
        <source>Active (may work in the app)</source>
        <translation>Đang hoạt động (được sử dụng phần mềm)</translation>
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
        <location filename="../../app/ui/exporting.py" line="39"/>
        <location filename="../../app/ui/exporting.py" line="79"/>
        <location filename="../../app/ui/exporting.py" line="118"/>
        <source>Export to Excel</source>
        <translation>Xuất Excel</translation>
    </message>
    <message>
        <location filename="../../app/ui/exporting.py" line="61"/>
        <source>Export to Excel…</source>
        <translation>Xuất Excel…</translation>
    </message>
    <message>
        <location filename="../../app/ui/exporting.py" line="120"/>
        <source>{n} rows exported to {name}.</source>
        <translation>Đã xuất {n} dòng vào tệp {name}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/exporting.py" line="121"/>
        <source>Folder: {folder}</source>
        <translation>Thư mục: {folder}</translation>
    </message>
    <message>
        <location filename="../../app/ui/exporting.py" line="122"/>
        <source>Open file</source>
        <translation>Mở tệp</translation>
    </message>
    <message>
        <location filename="../../app/ui/exporting.py" line="123"/>
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <location filename="../../app/ui/ledger_views.py" line="40"/>
        <source>Only a user with the role “{roles}” can do this. An administrator gives roles in Settings → Users.</source>
        <translation>Chỉ người dùng có vai trò “{roles}” mới được làm việc này. Quản trị giao vai trò trong Cài đặt → Người dùng và vai trò.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="58"/>
        <location filename="../../app/ui/pages/dashboard.py" line="83"/>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="60"/>
        <source>Duplicates</source>
        <translation>Hồ sơ trùng lặp</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="61"/>
        <source>Needs</source>
        <translation>Nhu cầu</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="65"/>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="66"/>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="67"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="99"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="100"/>
        <source>&amp;New household</source>
        <translation>&amp;Thêm hộ gia đình mới</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="104"/>
        <source>&amp;Import list…</source>
        <translation>&amp;Nhập danh sách…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="108"/>
        <source>&amp;Earlier imports…</source>
        <translation>Các &amp;lần nhập trước…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="112"/>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="116"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="117"/>
        <source>&amp;About Lá Lành</source>
        <translation>&amp;Giới thiệu Lá Lành</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="169"/>
        <source>&lt;b&gt;Lá Lành&lt;/b&gt; {version}&lt;br&gt;Relief aid registry for commune and ward offices.&lt;br&gt;“Lá lành đùm lá rách.”&lt;br&gt;&lt;br&gt;Licence: GPL-3.0-or-later.</source>
        <translation>&lt;b&gt;Lá Lành&lt;/b&gt; {version}&lt;br&gt;Phần mềm quản lý hỗ trợ, cứu trợ dành cho xã, phường.&lt;br&gt;“Lá lành đùm lá rách.”&lt;br&gt;&lt;br&gt;Giấy phép: GPL-3.0-or-later.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/check_off.py" line="63"/>
        <source>Code on the list</source>
        <translation>Mã trong danh sách</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/check_off.py" line="73"/>
        <source>Type or scan e.g. P0001-00042, then Enter</source>
        <translation>Nhập hoặc quét mã, ví dụ P0001-00042, rồi nhấn Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/check_off.py" line="75"/>
        <source>Check each person</source>
        <translation>Kiểm tra từng người nhận</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/check_off.py" line="77"/>
        <source>Enter opens the full receipt form (quantities, ID, proxy) instead of recording at once with the defaults</source>
        <translation>Nhấn Enter sẽ mở phiếu nhận đầy đủ (số lượng, giấy tờ tùy thân, người nhận thay) thay vì ghi nhận ngay theo mặc định</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/check_off.py" line="92"/>
        <source>Mark met</source>
        <translation>Đánh dấu đã đáp ứng</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/check_off.py" line="94"/>
        <source>Not now</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/check_off.py" line="114"/>
        <source>A barcode scanner types the code and Enter by itself</source>
        <translation>Máy quét mã vạch tự gõ mã và nhấn Enter</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/check_off.py" line="118"/>
        <location filename="../../app/ui/pages/distribution.py" line="190"/>
        <source>The list is locked: the round is closed.</source>
        <translation>Danh sách đã khóa: đợt hỗ trợ đã kết thúc.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/check_off.py" line="151"/>
        <source>Recording {code}…</source>
        <translation>Đang ghi nhận {code}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/check_off.py" line="167"/>
        <source>{code}: the head of household has no ID number on record; check the ID shown in the form.</source>
        <translation>{code}: chủ hộ chưa có số CCCD/CMND trong sổ; hãy kiểm tra giấy tờ xuất trình trong phiếu nhận.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/check_off.py" line="176"/>
        <source>Page {page}/{pages} of the list {code}, version {version}: {n} rows, {received} received, {waiting} waiting.</source>
        <translation>Trang {page}/{pages} của danh sách {code}, phiên bản {version}: {n} dòng, {received} đã nhận, {waiting} chưa nhận.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/check_off.py" line="181"/>
        <source>Not received: {codes}.</source>
        <translation>Chưa nhận: {codes}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/check_off.py" line="184"/>
        <source>Taken off the list since: {codes}.</source>
        <translation>Đã đưa ra khỏi danh sách sau khi in: {codes}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/check_off.py" line="188"/>
        <source>The list was amended after this page was printed: it is now version {now}. Print the list again before more people sign.</source>
        <translation>Danh sách đã được điều chỉnh sau khi in trang này: nay là phiên bản {now}. Hãy in lại danh sách trước khi cho ký tiếp.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/check_off.py" line="218"/>
        <source>{code} — {head}: received {given} at {time}.</source>
        <translation>{code} — {head}: đã nhận {given} lúc {time}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/check_off.py" line="226"/>
        <source>Receipt recorded</source>
        <translation>Đã ghi nhận việc nhận hỗ trợ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/check_off.py" line="231"/>
        <source>This household still has open needs: {needs}. Mark them met?</source>
        <translation>Hộ này còn nhu cầu chưa đáp ứng: {needs}. Đánh dấu là đã đáp ứng?</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/check_off.py" line="260"/>
        <source>{code}: {n} needs marked met, with this receipt as evidence.</source>
        <translation>{code}: đã đánh dấu {n} nhu cầu là đã đáp ứng, căn cứ theo lần nhận này.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="90"/>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="92"/>
        <source>Copy as image</source>
        <translation>Sao chép thành ảnh</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="94"/>
        <source>Put a picture of this page on the clipboard, to paste into Zalo or a document</source>
        <translation>Chép ảnh của trang này vào bộ nhớ tạm, để dán vào Zalo hoặc văn bản</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="96"/>
        <source>Save image…</source>
        <translation>Lưu ảnh…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="110"/>
        <source>households registered</source>
        <translation>hộ đã đăng ký</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="111"/>
        <source>persons registered</source>
        <translation>nhân khẩu đã đăng ký</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="112"/>
        <source>needs still open</source>
        <translation>nhu cầu chưa đáp ứng</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="113"/>
        <source>households received aid today</source>
        <translation>hộ nhận hỗ trợ hôm nay</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="122"/>
        <source>Households by hamlet</source>
        <translation>Số hộ theo thôn, tổ dân phố</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="123"/>
        <source>Households by category</source>
        <translation>Số hộ theo diện đối tượng</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="124"/>
        <source>Open needs by kind and urgency</source>
        <translation>Nhu cầu chưa đáp ứng theo loại và mức độ khẩn cấp</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="126"/>
        <source>Programs in progress: given of planned</source>
        <translation>Các đợt đang cấp phát: đã cấp so với kế hoạch</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="191"/>
        <source>as of {time}</source>
        <translation>lúc {time}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="205"/>
        <source>{program}: {given} of {planned} given; {got} of {listed} households</source>
        <translation>{program}: đã cấp {given} trên {planned}; {got} trên {listed} hộ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="210"/>
        <source>No program is being handed out today.</source>
        <translation>Hôm nay không có đợt nào đang cấp phát.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="215"/>
        <source>{item} given per day, last {days} days ({unit})</source>
        <translation>{item} đã cấp mỗi ngày, {days} ngày qua ({unit})</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="222"/>
        <source>Aid given per day</source>
        <translation>Hỗ trợ đã cấp mỗi ngày</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="223"/>
        <source>Nothing given in the last {days} days.</source>
        <translation>Không cấp phát gì trong {days} ngày qua.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="227"/>
        <source>Nothing yet.</source>
        <translation>Chưa có số liệu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="240"/>
        <source>{needs} needs, {households} households</source>
        <translation>{needs} nhu cầu, {households} hộ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="242"/>
        <source>{kind}: {needs} open needs of {households} households — {parts}</source>
        <translation>{kind}: {needs} nhu cầu chưa đáp ứng của {households} hộ — {parts}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="254"/>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="254"/>
        <source>Last 7 days</source>
        <translation>7 ngày qua</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="254"/>
        <source>In total</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="254"/>
        <location filename="../../app/ui/pages/distribution_list.py" line="110"/>
        <source>In stock</source>
        <translation>Tồn kho</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="260"/>
        <source>Aid given and stock on hand</source>
        <translation>Đã cấp phát và tồn kho</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="262"/>
        <source>Nothing received or given yet.</source>
        <translation>Chưa tiếp nhận, chưa cấp phát gì.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="279"/>
        <source>Copied: paste it into Zalo or a document (Ctrl+V).</source>
        <translation>Đã sao chép: dán vào Zalo hoặc văn bản (Ctrl+V).</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="284"/>
        <source>Save image</source>
        <translation>Lưu ảnh</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dashboard.py" line="284"/>
        <source>PNG image (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dedup_settings.py" line="21"/>
        <source>Duplicate records</source>
        <translation>Hồ sơ trùng lặp</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dedup_settings.py" line="26"/>
        <source>Each pair of records gets a score from 0 to 100 for how surely it is one person (same name without accents, same birth year, the same or an old ID number…). The two levels decide which pairs the Duplicates page and the registration form show.</source>
        <translation>Mỗi cặp hồ sơ được chấm điểm từ 0 đến 100 theo mức chắc chắn là cùng một người (cùng họ tên khi bỏ dấu, cùng năm sinh, cùng số giấy tờ hoặc số CMND cũ…). Hai mức dưới đây quyết định những cặp nào được hiện ở trang Hồ sơ trùng lặp và ở màn hình đăng ký.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dedup_settings.py" line="32"/>
        <source>“Probably the same person” from</source>
        <translation>“Có lẽ là cùng một người” từ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dedup_settings.py" line="33"/>
        <source>Pairs scoring this or more are shown first, marked probably the same person. Higher: fewer pairs marked so, more of them truly one person.</source>
        <translation>Các cặp đạt từ số điểm này trở lên được hiện trước, đánh dấu là có lẽ cùng một người. Đặt cao hơn: ít cặp được đánh dấu hơn, và nhiều cặp trong số đó đúng là một người hơn.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dedup_settings.py" line="36"/>
        <source>“Needs a look” from</source>
        <translation>“Cần xem xét” từ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dedup_settings.py" line="37"/>
        <source>Pairs scoring from this up to the level above are shown as needing a look; lower scores are not listed (the member form, as a person is typed, still shows from {form}). Lower: fewer duplicates missed, more pairs to look at.</source>
        <translation>Các cặp có điểm từ mức này đến dưới mức trên được hiện là cần xem xét; điểm thấp hơn thì không được liệt kê (riêng khi đang nhập một người, ô nhập thành viên vẫn gợi ý từ {form} điểm). Đặt thấp hơn: ít bỏ sót hồ sơ trùng hơn, nhưng nhiều cặp phải xem hơn.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dedup_settings.py" line="43"/>
        <source>Save levels</source>
        <translation>Lưu các mức</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/dedup_settings.py" line="46"/>
        <source>Default levels</source>
        <translation>Mức mặc định</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/distribution.py" line="65"/>
        <location filename="../../app/ui/pages/reports.py" line="116"/>
        <source>Program:</source>
        <translation>Đợt hỗ trợ:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/distribution.py" line="90"/>
        <source>Search by row code, household code or head&apos;s name</source>
        <translation>Tìm theo mã dòng, mã hộ hoặc tên chủ hộ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/distribution.py" line="98"/>
        <source>Everyone listed</source>
        <translation>Tất cả trong danh sách</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/distribution.py" line="103"/>
        <source>Save the rows listed here (with the hamlet, state and search chosen) as an Excel file: e.g. the households still waiting, to call them</source>
        <translation>Lưu các dòng đang liệt kê (theo thôn, trạng thái và tìm kiếm đã chọn) thành tệp Excel: ví dụ các hộ còn chờ nhận, để gọi điện báo</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/distribution.py" line="116"/>
        <source>Record receipt…</source>
        <translation>Ghi nhận đã nhận…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/distribution.py" line="118"/>
        <source>Reverse receipt…</source>
        <translation>Hủy lần nhận…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/distribution.py" line="120"/>
        <source>History…</source>
        <translation>Lịch sử…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/distribution.py" line="122"/>
        <source>Every receipt and reversal of the selected row</source>
        <translation>Mọi lần nhận và bút toán đảo của dòng đang chọn</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/distribution.py" line="126"/>
        <source>Double-click a row: record its receipt, or see its history.</source>
        <translation>Nhấp đúp vào một dòng: ghi nhận đã nhận, hoặc xem lịch sử.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/distribution.py" line="131"/>
        <source>Record the selected row&apos;s receipt with every detail</source>
        <translation>Ghi nhận đã nhận cho dòng đang chọn với đầy đủ thông tin</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/distribution.py" line="133"/>
        <source>Cancel the selected row&apos;s receipt with a reversing entry</source>
        <translation>Hủy lần nhận của dòng đang chọn bằng bút toán đảo</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/distribution.py" line="171"/>
        <source> — locked</source>
        <translation> — đã khóa</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/distribution.py" line="177"/>
        <source>No approved list yet</source>
        <translation>Chưa có danh sách được duyệt</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/distribution.py" line="178"/>
        <source>No program has an approved list yet. Build the list and have it approved on the Programs page.</source>
        <translation>Chưa có đợt hỗ trợ nào có danh sách đã được duyệt. Hãy lập danh sách và trình duyệt ở trang Đợt hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/distribution.py" line="242"/>
        <location filename="../../app/ui/pages/list_reports.py" line="117"/>
        <location filename="../../app/ui/pages/recipient_list.py" line="227"/>
        <source>{n} rows</source>
        <translation>{n} dòng</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/distribution.py" line="347"/>
        <source>Row {code} has no receipt to reverse ({state}).</source>
        <translation>Dòng {code} không có lần nhận nào để hủy ({state}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/distribution.py" line="359"/>
        <source>Reverse receipt</source>
        <translation>Hủy lần nhận</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/distribution.py" line="360"/>
        <source>Cancel the receipt of {code} ({head}) recorded on {date} by {user}? The receipt stays in the ledger with a reversing entry, and the row can be received again. Type the reason:</source>
        <translation>Hủy lần nhận của {code} ({head}) ghi ngày {date} bởi {user}? Lần nhận vẫn được lưu trong sổ theo dõi kèm một bút toán đảo, và dòng này có thể nhận lại. Nhập lý do:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/distribution.py" line="375"/>
        <source>The receipt of {code} was reversed; the row waits again.</source>
        <translation>Đã hủy lần nhận của {code}; dòng này trở lại trạng thái chờ nhận.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/distribution_list.py" line="103"/>
        <source>&lt;b&gt;Households:&lt;/b&gt; {received} received of {listed} listed — &lt;b&gt;{waiting} waiting&lt;/b&gt; &amp;nbsp;·&amp;nbsp; &lt;b&gt;Persons:&lt;/b&gt; {p_received} of {p_listed}</source>
        <translation>&lt;b&gt;Hộ:&lt;/b&gt; đã nhận {received} trên {listed} hộ trong danh sách — &lt;b&gt;còn {waiting} hộ chờ nhận&lt;/b&gt; &amp;nbsp;·&amp;nbsp; &lt;b&gt;Nhân khẩu:&lt;/b&gt; {p_received} trên {p_listed}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/distribution_list.py" line="109"/>
        <source>Planned</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/distribution_list.py" line="109"/>
        <source>Given</source>
        <translation>Đã cấp</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/distribution_list.py" line="110"/>
        <source>Still to give</source>
        <translation>Còn phải cấp</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/distribution_list.py" line="110"/>
        <source>Earmarked left</source>
        <translation>Tồn kho dành riêng</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/distribution_list.py" line="127"/>
        <source>Not enough in stock for what is still to give: record the donations received, or hand out less.</source>
        <translation>Tồn kho không đủ cho số còn phải cấp: hãy ghi nhận các khoản ủng hộ đã tiếp nhận, hoặc giảm số lượng cấp phát.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/document_settings.py" line="48"/>
        <location filename="../../app/ui/pages/document_settings.py" line="243"/>
        <source>Printed documents and signers</source>
        <translation>Văn bản in và người ký</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/document_settings.py" line="70"/>
        <source>e.g. UBND TỈNH PHÚ THỌ</source>
        <translation>ví dụ UBND TỈNH PHÚ THỌ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/document_settings.py" line="71"/>
        <source>Superior body</source>
        <translation>Cơ quan chủ quản</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/document_settings.py" line="74"/>
        <source>ỦY BAN NHÂN DÂN
XÃ YÊN LẠC</source>
        <translation>ỦY BAN NHÂN DÂN
XÃ YÊN LẠC</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/document_settings.py" line="77"/>
        <source>One or two lines, printed in bold capitals</source>
        <translation>Một hoặc hai dòng, in chữ hoa đậm</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/document_settings.py" line="79"/>
        <source>Issuing body *</source>
        <translation>Cơ quan ban hành *</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/document_settings.py" line="81"/>
        <source>e.g. Yên Lạc (as in “Yên Lạc, ngày 05 tháng 02 năm 2026”)</source>
        <translation>ví dụ Yên Lạc (như trong “Yên Lạc, ngày 05 tháng 02 năm 2026”)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/document_settings.py" line="82"/>
        <source>Place name *</source>
        <translation>Địa danh *</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/document_settings.py" line="83"/>
        <source>e.g. DS-UBND (after “Số: …/”)</source>
        <translation>ví dụ DS-UBND (sau “Số: …/”)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/document_settings.py" line="84"/>
        <source>Document symbol</source>
        <translation>Ký hiệu văn bản</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/document_settings.py" line="85"/>
        <source>e.g. 0211 3862 345 (printed on the public list)</source>
        <translation>ví dụ 0211 3862 345 (in trên danh sách niêm yết)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/document_settings.py" line="91"/>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/document_settings.py" line="93"/>
        <source>Public posting period</source>
        <translation>Thời gian niêm yết công khai</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/document_settings.py" line="97"/>
        <source>linh — một trăm linh năm (North)</source>
        <translation>linh — một trăm linh năm (miền Bắc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/document_settings.py" line="98"/>
        <source>lẻ — một trăm lẻ năm (South)</source>
        <translation>lẻ — một trăm lẻ năm (miền Nam)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/document_settings.py" line="101"/>
        <source>nghìn — một nghìn (North)</source>
        <translation>nghìn — một nghìn (miền Bắc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/document_settings.py" line="102"/>
        <source>ngàn — một ngàn (South)</source>
        <translation>ngàn — một ngàn (miền Nam)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/document_settings.py" line="109"/>
        <source>Amounts in words</source>
        <translation>Số tiền bằng chữ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/document_settings.py" line="113"/>
        <source>Signers, left to right (names may be left empty to write them by hand):</source>
        <translation>Người ký, từ trái sang phải (có thể để trống họ tên để viết tay):</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/document_settings.py" line="116"/>
        <source>Shown</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/document_settings.py" line="116"/>
        <source>Capacity</source>
        <translation>Thẩm quyền ký</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/document_settings.py" line="116"/>
        <source>Title</source>
        <translation>Chức danh</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/document_settings.py" line="124"/>
        <source>Print this signer on the documents</source>
        <translation>In người ký này trên văn bản</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/document_settings.py" line="134"/>
        <source>e.g. TM. ỦY BAN NHÂN DÂN</source>
        <translation>ví dụ TM. ỦY BAN NHÂN DÂN</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/document_settings.py" line="152"/>
        <source>Only an administrator may change what the documents print about the office.</source>
        <translation>Chỉ quản trị viên mới được sửa thông tin cơ quan in trên văn bản.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/document_settings.py" line="221"/>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/document_settings.py" line="276"/>
        <source>Fill these before printing: {fields}.</source>
        <translation>Cần điền trước khi in: {fields}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/donations.py" line="69"/>
        <source>none left: {q}</source>
        <translation>hết hàng: {q}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/donations.py" line="70"/>
        <source>below zero: {q}</source>
        <translation>âm kho: {q}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/donations.py" line="82"/>
        <source>Nothing of {item} is left to hand out.</source>
        <translation>Không còn {item} để cấp phát.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/donations.py" line="140"/>
        <source>Stock on hand</source>
        <translation>Tồn kho</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/donations.py" line="147"/>
        <location filename="../../app/ui/pages/donations.py" line="281"/>
        <source>Derived from the ledger: received − given out − adjusted.</source>
        <translation>Tính từ sổ theo dõi: đã nhận − đã cấp phát − điều chỉnh.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/donations.py" line="150"/>
        <source>Save the stock on hand as an Excel file</source>
        <translation>Lưu bảng tồn kho thành tệp Excel</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/donations.py" line="162"/>
        <source>Search by donor or receipt number</source>
        <translation>Tìm theo người/đơn vị ủng hộ hoặc số phiếu thu</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/donations.py" line="173"/>
        <source>Record donation…</source>
        <translation>Tiếp nhận ủng hộ…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/donations.py" line="175"/>
        <source>Reverse…</source>
        <translation>Hủy bằng bút toán đảo…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/donations.py" line="177"/>
        <source>Stock adjustment…</source>
        <translation>Điều chỉnh kho…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/donations.py" line="182"/>
        <source>Record aid received: money, rice, goods, or a budget allocation</source>
        <translation>Ghi nhận hỗ trợ đã tiếp nhận: tiền, gạo, hàng hóa hoặc kinh phí cấp từ ngân sách</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/donations.py" line="184"/>
        <source>Cancel the selected entry with a reversing entry (the original stays)</source>
        <translation>Hủy khoản đang chọn bằng bút toán đảo (khoản gốc vẫn được giữ lại)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/donations.py" line="186"/>
        <source>Stock that left other than by a receipt: spoilt, lost, sent on</source>
        <translation>Hàng ra khỏi kho không qua cấp phát cho hộ: hư hỏng, hao hụt, chuyển đi nơi khác</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/donations.py" line="191"/>
        <source>Save the list of the tab shown (the donations, with the filters above, or the stock adjustments) as an Excel file</source>
        <translation>Lưu danh sách của thẻ đang mở (các khoản ủng hộ theo bộ lọc bên trên, hoặc các lần điều chỉnh kho) thành tệp Excel</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/donations.py" line="233"/>
        <source>All items</source>
        <translation>Tất cả mặt hàng</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/donations.py" line="235"/>
        <source>Any earmark</source>
        <translation>Không lọc theo đợt dành riêng</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/donations.py" line="262"/>
        <source>{n} entries</source>
        <translation>{n} khoản</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/donations.py" line="277"/>
        <source>Stock adjustments ({n})</source>
        <translation>Điều chỉnh kho ({n})</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/donations.py" line="279"/>
        <source>Nothing received yet: record the first donation.</source>
        <translation>Chưa tiếp nhận gì: hãy ghi nhận khoản ủng hộ đầu tiên.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/donations.py" line="361"/>
        <source>Select the entry to reverse first.</source>
        <translation>Hãy chọn khoản cần hủy trước.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/donations.py" line="364"/>
        <source>Reverse an entry</source>
        <translation>Hủy một khoản</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/donations.py" line="365"/>
        <source>Cancel this entry with a reversing entry? The original stays in the ledger, marked as reversed.

{entry}

Type the reason:</source>
        <translation>Hủy khoản này bằng bút toán đảo? Khoản gốc vẫn được lưu trong sổ theo dõi, có đánh dấu đã hủy.

{entry}

Nhập lý do:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/duplicates.py" line="59"/>
        <source>ID numbers</source>
        <translation>Số giấy tờ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/duplicates.py" line="121"/>
        <source>Scan again (F5)</source>
        <translation>Dò lại (F5)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/duplicates.py" line="123"/>
        <source>Compare every registered person with the others; on a big registry this takes up to a minute.</source>
        <translation>So sánh từng người đã đăng ký với những người khác; sổ lớn có thể mất tới một phút.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/duplicates.py" line="130"/>
        <location filename="../../app/ui/pages/list_reports.py" line="242"/>
        <source>Probably the same person</source>
        <translation>Có lẽ là cùng một người</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/duplicates.py" line="131"/>
        <source>All pairs</source>
        <translation>Tất cả các cặp</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/duplicates.py" line="138"/>
        <source>Save the pairs shown here as an Excel file, to check them on paper or in the hamlets</source>
        <translation>Lưu các cặp đang hiện ở đây thành tệp Excel, để đối chiếu trên giấy hoặc tại thôn</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/duplicates.py" line="161"/>
        <source>Same person → Merge… (Ctrl+M)</source>
        <translation>Cùng một người → Gộp… (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/duplicates.py" line="163"/>
        <source>Different people… (Ctrl+D)</source>
        <translation>Hai người khác nhau… (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/duplicates.py" line="165"/>
        <source>Later (Ctrl+L)</source>
        <translation>Để sau (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/duplicates.py" line="167"/>
        <source>Leave the pair in the queue and go to the next one</source>
        <translation>Để cặp này lại trong danh sách và chuyển sang cặp tiếp theo</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/duplicates.py" line="170"/>
        <source>Open household {n}</source>
        <translation>Mở hộ {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/duplicates.py" line="198"/>
        <source>Undo merge…</source>
        <translation>Hoàn tác việc gộp…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/duplicates.py" line="203"/>
        <source>Save every merge, undone ones too, as an Excel file</source>
        <translation>Lưu mọi lần gộp hồ sơ, kể cả lần đã hoàn tác, thành tệp Excel</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/duplicates.py" line="241"/>
        <source>Looking for duplicates…</source>
        <translation>Đang dò hồ sơ trùng lặp…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/duplicates.py" line="242"/>
        <source>Comparing the registered persons…</source>
        <translation>Đang so sánh những người đã đăng ký…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/duplicates.py" line="272"/>
        <source>Not scanned yet in this session: press “Scan again” (F5).</source>
        <translation>Chưa dò trong phiên làm việc này: bấm “Dò lại” (F5).</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/duplicates.py" line="275"/>
        <source>Scanned at {time}: {n} pairs ({sure} probably the same, {look} need a look)</source>
        <translation>Dò lúc {time}: {n} cặp ({sure} có lẽ là một người, {look} cần xem xét)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/duplicates.py" line="318"/>
        <source>No pair chosen.</source>
        <translation>Chưa chọn cặp nào.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/duplicates.py" line="320"/>
        <source>Reading the two records…</source>
        <translation>Đang đọc hai hồ sơ…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/duplicates.py" line="339"/>
        <source>Score {score} — {level}: {why}</source>
        <translation>Điểm {score} — {level}: {why}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/duplicates.py" line="343"/>
        <source>Record {n} was voided or merged since the scan.</source>
        <translation>Hồ sơ {n} đã bị hủy hoặc bị gộp sau lần dò.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/duplicates.py" line="375"/>
        <source>The records were merged.</source>
        <translation>Đã gộp hai hồ sơ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/duplicates.py" line="388"/>
        <location filename="../../app/ui/pages/duplicates.py" line="393"/>
        <source>Different people</source>
        <translation>Hai người khác nhau</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/duplicates.py" line="389"/>
        <source>Record that {a} and {b} are two different people? The pair will not be raised again. A note for whoever looks later (optional, e.g. twins, father and son):</source>
        <translation>Ghi nhận {a} và {b} là hai người khác nhau? Cặp này sẽ không được nêu lại nữa. Ghi chú cho người xem sau (không bắt buộc, ví dụ: sinh đôi, hai cha con):</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/duplicates.py" line="435"/>
        <source>{n} merges</source>
        <translation>{n} lần gộp</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/duplicates.py" line="436"/>
        <source>No merges yet.</source>
        <translation>Chưa có lần gộp nào.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/duplicates.py" line="447"/>
        <location filename="../../app/ui/pages/duplicates.py" line="454"/>
        <source>Undo merge</source>
        <translation>Hoàn tác việc gộp</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/duplicates.py" line="448"/>
        <source>Undo the merge of {merged} into {survivor}? {merged} comes back as a record of its own, with its needs and categories; the values taken from it go back to what they were, unless they were changed since.</source>
        <translation>Hoàn tác việc gộp {merged} vào {survivor}? {merged} trở lại thành một hồ sơ riêng, cùng với nhu cầu và diện đối tượng của mình; các thông tin đã lấy từ hồ sơ đó được trả về như cũ, trừ khi đã bị sửa sau đó.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/duplicates.py" line="470"/>
        <source>Merge undone: scan again to see the pair in the queue.</source>
        <translation>Đã hoàn tác việc gộp: hãy dò lại để thấy cặp này trong danh sách.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/household_picker.py" line="42"/>
        <source>Add a household to {code} “{name}”</source>
        <translation>Thêm hộ vào {code} “{name}”</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/household_picker.py" line="55"/>
        <source>Search by name, ID number, phone or household code</source>
        <translation>Tìm theo họ tên, số CCCD/CMND, số điện thoại hoặc mã hộ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/household_picker.py" line="63"/>
        <location filename="../../app/ui/pages/household_picker.py" line="108"/>
        <source>Choose a household in the table.</source>
        <translation>Chọn một hộ trong bảng.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/household_picker.py" line="67"/>
        <source>Why is it added by hand? (kept with the list)</source>
        <translation>Lý do thêm thủ công? (được lưu cùng danh sách)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/household_picker.py" line="72"/>
        <source>Add to the list</source>
        <translation>Thêm vào danh sách</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/household_picker.py" line="111"/>
        <source>Checking the program&apos;s rules…</source>
        <translation>Đang kiểm tra theo tiêu chí của đợt hỗ trợ…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/household_picker.py" line="125"/>
        <source>{code} ({name}): eligible by the program&apos;s rules (persons counted: {p}). Entitled to: {gets}.</source>
        <translation>{code} ({name}): đủ điều kiện theo tiêu chí của đợt hỗ trợ (số nhân khẩu được tính: {p}). Được nhận: {gets}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/household_picker.py" line="128"/>
        <source>{code} ({name}) is not eligible by the rules ({why}). Added by hand it is entitled to: {gets}.</source>
        <translation>{code} ({name}) không đủ điều kiện theo tiêu chí ({why}). Nếu thêm thủ công, hộ được nhận: {gets}.</translation>
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
        <location filename="../../app/ui/pages/households.py" line="81"/>
        <source>Search by name, ID number, phone or household code (Ctrl+F)</source>
        <translation>Tìm theo họ tên, số CCCD/CMND, số điện thoại hoặc mã hộ (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/households.py" line="94"/>
        <source>Show voided</source>
        <translation>Hiện cả hộ đã hủy</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/households.py" line="99"/>
        <source>New household (Ctrl+N)</source>
        <translation>Thêm hộ mới (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/households.py" line="100"/>
        <source>Open (Enter)</source>
        <translation>Mở (Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/households.py" line="102"/>
        <source>Save the households listed here, with the filters and search above, as an Excel file</source>
        <translation>Lưu các hộ đang hiển thị (theo bộ lọc và từ khóa tìm ở trên) thành tệp Excel</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/households.py" line="167"/>
        <location filename="../../app/ui/pages/reports.py" line="152"/>
        <source>All offices</source>
        <translation>Tất cả các đơn vị</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/households.py" line="169"/>
        <source>All categories</source>
        <translation>Tất cả diện đối tượng</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/households.py" line="220"/>
        <source>More than {n} households found</source>
        <translation>Tìm thấy hơn {n} hộ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/households.py" line="223"/>
        <source>{n} households found</source>
        <translation>Tìm thấy {n} hộ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/households.py" line="225"/>
        <source>No households yet: press “New household” (Ctrl+N) to register the first one.</source>
        <translation>Chưa có hộ nào: bấm “Thêm hộ mới” (Ctrl+N) để đăng ký hộ đầu tiên.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/households.py" line="228"/>
        <source>{n} households</source>
        <translation>{n} hộ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/households.py" line="316"/>
        <source>Void household {code} ({name})? It stays in the records but leaves every list and search. Type the reason (e.g. moved away, registered twice):</source>
        <translation>Hủy hộ {code} ({name})? Hộ vẫn được lưu trong hồ sơ nhưng không còn xuất hiện trong danh sách và kết quả tìm kiếm. Nhập lý do (ví dụ: đã chuyển đi nơi khác, bị đăng ký trùng):</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/list_reports.py" line="67"/>
        <source>Open household</source>
        <translation>Mở hộ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/list_reports.py" line="71"/>
        <source>Save this table as an Excel file</source>
        <translation>Lưu bảng này thành tệp Excel</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/list_reports.py" line="94"/>
        <source>Choose a program above.</source>
        <translation>Chọn một đợt hỗ trợ ở trên.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/list_reports.py" line="141"/>
        <source>HOUSEHOLDS THAT MAY BELONG ON THE LIST</source>
        <translation>DANH SÁCH HỘ CÓ THỂ THUỘC DIỆN NHƯNG CHƯA CÓ TRONG DANH SÁCH</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/list_reports.py" line="148"/>
        <source>Add to the list…</source>
        <translation>Thêm vào danh sách…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/list_reports.py" line="150"/>
        <source>Put the chosen household on the list by hand, with the reason</source>
        <translation>Đưa hộ đã chọn vào danh sách thủ công, kèm lý do</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/list_reports.py" line="160"/>
        <source>Households that are not on the list but may belong there, and why. First those the rules select today (registered or changed after the list was built or approved), then those taken off it, then near misses: an open need the program&apos;s items meet, or one of its categories, but another rule fails.</source>
        <translation>Các hộ chưa có trong danh sách nhưng có thể thuộc diện được nhận, kèm lý do. Trước hết là các hộ hiện đủ điều kiện theo tiêu chí (đăng ký hoặc thay đổi sau khi danh sách được lập hoặc được duyệt), tiếp theo là các hộ đã bị đưa ra khỏi danh sách, sau cùng là các hộ suýt đủ điều kiện: có nhu cầu chưa đáp ứng mà mặt hàng của đợt hỗ trợ đáp ứng được, hoặc thuộc một diện đối tượng của đợt, nhưng không đạt một tiêu chí khác.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/list_reports.py" line="165"/>
        <source>&lt;b&gt;Eligible now but not on the list: {n} households.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Hiện đủ điều kiện nhưng chưa có trong danh sách: {n} hộ.&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/list_reports.py" line="167"/>
        <source>No omission: every household the rules select is on the list, and no household with a matching need or category was left out.</source>
        <translation>Không bỏ sót: mọi hộ đủ điều kiện theo tiêu chí đều có trong danh sách, và không có hộ nào có nhu cầu hoặc diện đối tượng phù hợp bị bỏ ra ngoài.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/list_reports.py" line="177"/>
        <source>HOUSEHOLDS ALSO ON OTHER LISTS OF THE OVERLAP GROUP</source>
        <translation>DANH SÁCH HỘ CÓ TÊN TRONG DANH SÁCH KHÁC CÙNG NHÓM CHỐNG TRÙNG</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/list_reports.py" line="210"/>
        <source>This program is in no overlap group, so it is not checked against other programs. To check that nobody gets one season&apos;s gifts twice from different organisations, give the programs of that season the same overlap group (e.g. “Tết 2026”) with Edit….</source>
        <translation>Đợt hỗ trợ này chưa thuộc nhóm chống trùng nào, nên không được đối chiếu với các đợt khác. Để bảo đảm không ai nhận quà của cùng một dịp hai lần từ các tổ chức khác nhau, hãy đặt cùng một nhóm chống trùng (ví dụ “Tết 2026”) cho các đợt hỗ trợ của dịp đó bằng nút Sửa….</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/list_reports.py" line="214"/>
        <source>Households of this list that another program of the overlap group “{group}” also lists or has already given to, whatever its organisation — the same household, or a member with the same ID number registered in another household.</source>
        <translation>Các hộ trong danh sách này cũng có trong danh sách hoặc đã được cấp bởi một đợt hỗ trợ khác thuộc nhóm chống trùng “{group}”, bất kể tổ chức nào thực hiện — cùng một hộ, hoặc có thành viên cùng số CCCD/CMND được đăng ký ở hộ khác.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/list_reports.py" line="218"/>
        <source>No overlap: no household of this list is on another list of the group “{group}”.</source>
        <translation>Không trùng lặp: không hộ nào trong danh sách này có trong danh sách khác thuộc nhóm “{group}”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/list_reports.py" line="223"/>
        <source>HISTORY OF THE LIST</source>
        <translation>LỊCH SỬ DANH SÁCH</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/list_reports.py" line="232"/>
        <source>Every step of the list, newest first: builds, changes by hand with their reason, submission, approval, amendments (each a new list version) and locking.</source>
        <translation>Mọi bước của danh sách, mới nhất ở trên: lập danh sách, thay đổi thủ công kèm lý do, trình duyệt, duyệt, điều chỉnh (mỗi lần là một phiên bản danh sách mới) và khóa.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/list_reports.py" line="235"/>
        <source>Nothing has happened to this list yet.</source>
        <translation>Danh sách này chưa có thao tác nào.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/list_reports.py" line="246"/>
        <source>{row} on {program}</source>
        <translation>{row} của {program}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/list_reports.py" line="249"/>
        <source>{name}{born} — household {code}, row {where}</source>
        <translation>{name}{born} — hộ {code}, dòng {where}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/list_reports.py" line="256"/>
        <source>How likely</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/list_reports.py" line="256"/>
        <source>On this list</source>
        <translation>Trong danh sách này</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/list_reports.py" line="256"/>
        <source>The other record</source>
        <translation>Hồ sơ kia</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/list_reports.py" line="275"/>
        <source>Possibly the same person in two households</source>
        <translation>Có thể cùng một người ở hai hộ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/list_reports.py" line="278"/>
        <source>Look for them</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/list_reports.py" line="280"/>
        <source>Compare the people of this list&apos;s households with each other and with the other lists of the overlap group: names typed differently, a CMND and a CCCD, a birth year off by one.</source>
        <translation>So sánh người trong các hộ của danh sách này với nhau và với các danh sách khác cùng nhóm chống trùng: họ tên gõ khác nhau, một bên CMND một bên CCCD, năm sinh lệch một năm.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/list_reports.py" line="303"/>
        <source>Open the household on this list</source>
        <translation>Mở hộ trong danh sách này</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/list_reports.py" line="305"/>
        <source>Decide on the Duplicates page…</source>
        <translation>Quyết định ở trang Hồ sơ trùng lặp…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/list_reports.py" line="307"/>
        <source>Same person → merge the records; different people → remembered, the pair is not shown again.</source>
        <translation>Cùng một người → gộp hồ sơ; khác người → được ghi nhớ, cặp này không hiện lại nữa.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/list_reports.py" line="310"/>
        <source>Save the pairs found as an Excel file</source>
        <translation>Lưu các cặp tìm được thành tệp Excel</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/list_reports.py" line="326"/>
        <source>Not looked for yet: press “Look for them”. On a list of 100,000 households this takes a while; the window stays usable.</source>
        <translation>Chưa tìm: bấm “Tìm”. Với danh sách 100.000 hộ việc này mất một lúc; trong lúc đó vẫn dùng được cửa sổ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/list_reports.py" line="345"/>
        <source>{n} pairs ({sure} probably the same person). Take one of the two households off the list, or decide on the Duplicates page (a pair decided there is not shown again).</source>
        <translation>{n} cặp ({sure} cặp nhiều khả năng là cùng một người). Hãy đưa một trong hai hộ ra khỏi danh sách, hoặc quyết định ở trang Hồ sơ trùng lặp (cặp đã quyết định ở đó sẽ không hiện lại).</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/list_reports.py" line="349"/>
        <source>No one on this list looks like a person of another household on it or on the other lists of its overlap group.</source>
        <translation>Không có ai trong danh sách này giống một người của hộ khác trong danh sách hoặc trong các danh sách khác cùng nhóm chống trùng.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/list_reports.py" line="356"/>
        <source>Looking for the same person in two households</source>
        <translation>Đang tìm người có mặt ở hai hộ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/list_reports.py" line="368"/>
        <source>Take household {code} off the list…</source>
        <translation>Đưa hộ {code} ra khỏi danh sách…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/list_reports.py" line="369"/>
        <source>Take off the list…</source>
        <translation>Đưa ra khỏi danh sách…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/list_reports.py" line="380"/>
        <source>PERSONS POSSIBLY LISTED TWICE</source>
        <translation>DANH SÁCH NGƯỜI CÓ THỂ CÓ TÊN HAI LẦN</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/list_reports.py" line="388"/>
        <location filename="../../app/ui/pages/recipient_list.py" line="497"/>
        <source>Remove from the list</source>
        <translation>Đưa ra khỏi danh sách</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/list_reports.py" line="389"/>
        <source>Take household {code} ({name}, row {row}) off the list. {name} may be {other} of household {other_code} ({why}). Say why it is taken off:</source>
        <translation>Đưa hộ {code} ({name}, dòng {row}) ra khỏi danh sách. {name} có thể là {other} của hộ {other_code} ({why}). Hãy ghi lý do đưa ra:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/needs.py" line="64"/>
        <source>{kind}: {h} households</source>
        <translation>{kind}: {h} hộ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/needs.py" line="65"/>
        <source>{kind}: {q} {unit} for {h} households</source>
        <translation>{kind}: {q} {unit} cho {h} hộ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/needs.py" line="77"/>
        <source>All kinds</source>
        <translation>Tất cả loại nhu cầu</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/needs.py" line="79"/>
        <source>Any urgency</source>
        <translation>Mọi mức độ khẩn cấp</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/needs.py" line="83"/>
        <source>Open needs:</source>
        <translation>Nhu cầu chưa đáp ứng:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/needs.py" line="86"/>
        <source>Save the open needs listed here, with the filters on the left, as an Excel file</source>
        <translation>Lưu các nhu cầu đang hiển thị (theo bộ lọc bên trái) thành tệp Excel</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/needs.py" line="110"/>
        <source>Double-click a row to open the household.</source>
        <translation>Nhấp đúp vào một dòng để mở hộ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/needs.py" line="142"/>
        <source>No open needs.</source>
        <translation>Không có nhu cầu nào chưa đáp ứng.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/needs.py" line="145"/>
        <source>{n} open needs:</source>
        <translation>{n} nhu cầu chưa đáp ứng:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/program_models.py" line="128"/>
        <source>Dropped by the rules</source>
        <translation>Bị loại theo tiêu chí</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/program_models.py" line="132"/>
        <source>Waiting (added by hand)</source>
        <translation>Chờ nhận (thêm thủ công)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/program_models.py" line="142"/>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/program_models.py" line="154"/>
        <source>Eligible now</source>
        <translation>Hiện đủ điều kiện</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/program_models.py" line="155"/>
        <source>Why it is not on the list</source>
        <translation>Lý do chưa có trong danh sách</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/program_models.py" line="160"/>
        <source>Same household</source>
        <translation>Cùng hộ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/program_models.py" line="161"/>
        <source>Same ID number (household {code})</source>
        <translation>Cùng số CCCD/CMND (hộ {code})</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/program_models.py" line="174"/>
        <source>{program}: received {date}</source>
        <translation>{program}: đã nhận ngày {date}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/program_models.py" line="177"/>
        <source>Listed only</source>
        <translation>Mới có trong danh sách</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/program_models.py" line="185"/>
        <source>Also on the list of</source>
        <translation>Có tên cả trong danh sách</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/program_models.py" line="186"/>
        <source>Matched by</source>
        <translation>Trùng theo</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/program_models.py" line="186"/>
        <source>Other program gave</source>
        <translation>Đợt khác đã cấp</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/program_models.py" line="194"/>
        <source>{listed} listed, {added} added, {dropped} dropped</source>
        <translation>{listed} trong danh sách, thêm {added}, loại {dropped}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/program_models.py" line="212"/>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/programs.py" line="60"/>
        <source>New program…</source>
        <translation>Thêm đợt hỗ trợ…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/programs.py" line="65"/>
        <source>The program&apos;s rules and norms (read only once its list is submitted)</source>
        <translation>Tiêu chí và định mức của đợt hỗ trợ (chỉ xem, không sửa được khi danh sách đã trình duyệt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/programs.py" line="67"/>
        <source>Organisations…</source>
        <translation>Tổ chức…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/programs.py" line="75"/>
        <source>Save the list of programs as an Excel file</source>
        <translation>Lưu danh sách các đợt hỗ trợ thành tệp Excel</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/programs.py" line="98"/>
        <source>Recipient list</source>
        <translation>Danh sách nhận hỗ trợ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/programs.py" line="99"/>
        <source>Omissions</source>
        <translation>Bỏ sót</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/programs.py" line="100"/>
        <source>Overlaps</source>
        <translation>Trùng lặp</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/programs.py" line="101"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/programs.py" line="143"/>
        <source>{n} programs</source>
        <translation>{n} đợt hỗ trợ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/programs.py" line="145"/>
        <source>No program yet. A program (đợt hỗ trợ) is one round of aid: press “New program…” to say who runs it, who is eligible and what each household receives. The organisation comes first: add it with “Organisations…” or from the program&apos;s form.</source>
        <translation>Chưa có đợt hỗ trợ nào. Mỗi đợt hỗ trợ là một lần cấp phát hỗ trợ: bấm “Thêm đợt hỗ trợ…” để khai báo tổ chức thực hiện, đối tượng được hưởng và mức mỗi hộ được nhận. Cần có tổ chức trước: thêm bằng nút “Tổ chức…” hoặc ngay trong biểu mẫu của đợt hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/programs.py" line="162"/>
        <location filename="../../app/ui/pages/recipient_list.py" line="200"/>
        <source>Choose a program above to see its recipient list.</source>
        <translation>Chọn một đợt hỗ trợ ở trên để xem danh sách nhận hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/programs.py" line="166"/>
        <source>list: {status}</source>
        <translation>danh sách: {status}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/recipient_list.py" line="49"/>
        <location filename="../../app/ui/pages/recipient_list.py" line="125"/>
        <location filename="../../app/ui/pages/recipient_list.py" line="287"/>
        <source>Submit for approval</source>
        <translation>Trình duyệt</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/recipient_list.py" line="49"/>
        <source>Approve</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/recipient_list.py" line="50"/>
        <source>Lock</source>
        <translation>Khóa</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/recipient_list.py" line="79"/>
        <source>The list for signature, the public posting list or the receipts: preview, print, save as PDF or Excel (Ctrl+P)</source>
        <translation>Danh sách ký nhận, danh sách niêm yết công khai hoặc phiếu nhận: xem trước, in, lưu PDF hoặc Excel (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/recipient_list.py" line="104"/>
        <source>Search: row code, household code or head&apos;s name</source>
        <translation>Tìm: mã dòng, mã hộ hoặc tên chủ hộ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/recipient_list.py" line="112"/>
        <source>Taken off the list</source>
        <translation>Đã đưa ra khỏi danh sách</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/recipient_list.py" line="113"/>
        <source>On the list</source>
        <translation>Đang có trong danh sách</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/recipient_list.py" line="121"/>
        <source>Build the list</source>
        <translation>Lập danh sách</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/recipient_list.py" line="123"/>
        <source>Propose every eligible household with its entitlements; run again to bring a draft list up to date</source>
        <translation>Đề xuất mọi hộ đủ điều kiện kèm số được nhận; chạy lại để cập nhật danh sách nháp</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/recipient_list.py" line="127"/>
        <source>Send back…</source>
        <translation>Trả lại…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/recipient_list.py" line="129"/>
        <source>Send the submitted list back to draft, saying what to correct</source>
        <translation>Trả danh sách đã trình về trạng thái nháp, kèm nội dung cần sửa</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/recipient_list.py" line="131"/>
        <source>Add household…</source>
        <translation>Thêm hộ…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/recipient_list.py" line="133"/>
        <location filename="../../app/ui/pages/recipient_list.py" line="307"/>
        <source>Remove from the list…</source>
        <translation>Đưa ra khỏi danh sách…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/recipient_list.py" line="135"/>
        <location filename="../../app/ui/pdf_pages.py" line="123"/>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/recipient_list.py" line="232"/>
        <source>No row of the list matches the search and filters above.</source>
        <translation>Không có dòng nào khớp với từ khóa tìm và bộ lọc ở trên.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/recipient_list.py" line="236"/>
        <source>The list is empty. Press “Build the list” to propose every household the program&apos;s rules select, with what each is entitled to; then check it, add or remove households with a reason, and submit it for approval.</source>
        <translation>Danh sách đang trống. Bấm “Lập danh sách” để đề xuất mọi hộ đủ điều kiện theo tiêu chí của đợt hỗ trợ, kèm số mỗi hộ được nhận; sau đó kiểm tra, thêm hoặc đưa hộ ra khỏi danh sách kèm lý do, rồi trình duyệt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/recipient_list.py" line="240"/>
        <source>Nobody is on this list.</source>
        <translation>Danh sách này chưa có ai.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/recipient_list.py" line="258"/>
        <source>&lt;b&gt;{h} households, {p} persons&lt;/b&gt; on the list.</source>
        <translation>&lt;b&gt;{h} hộ, {p} nhân khẩu&lt;/b&gt; trong danh sách.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/recipient_list.py" line="265"/>
        <source>Planned:</source>
        <translation>Kế hoạch:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/recipient_list.py" line="269"/>
        <source>Received so far: {h} households ({p} persons);</source>
        <translation>Đã nhận đến nay: {h} hộ ({p} nhân khẩu);</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/recipient_list.py" line="291"/>
        <location filename="../../app/ui/pages/recipient_list.py" line="317"/>
        <source>Needs the role “{role}”.</source>
        <translation>Cần vai trò “{role}”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/recipient_list.py" line="294"/>
        <location filename="../../app/ui/pages/recipient_list.py" line="325"/>
        <source>A locked list can no longer change.</source>
        <translation>Danh sách đã khóa thì không thể thay đổi nữa.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/recipient_list.py" line="304"/>
        <source>The list has no households yet: build it first.</source>
        <translation>Danh sách chưa có hộ nào: hãy lập danh sách trước.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/recipient_list.py" line="307"/>
        <source>Put back…</source>
        <translation>Đưa trở lại…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/recipient_list.py" line="321"/>
        <source>The list is approved: only an approver may amend it.</source>
        <translation>Danh sách đã được duyệt: chỉ người duyệt mới được điều chỉnh.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/recipient_list.py" line="323"/>
        <source>The list is waiting for approval; the approver can send it back to draft for changes.</source>
        <translation>Danh sách đang chờ duyệt; người duyệt có thể trả lại về trạng thái nháp để sửa.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/recipient_list.py" line="331"/>
        <source>The list is approved: this change is an amendment, recorded with your reason as list version {n}.</source>
        <translation>Danh sách đã được duyệt: thay đổi này là một lần điều chỉnh, được ghi lại kèm lý do với phiên bản danh sách {n}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/recipient_list.py" line="361"/>
        <source>Building the list…</source>
        <translation>Đang lập danh sách…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/recipient_list.py" line="369"/>
        <source>{n} households are on the list ({p} persons).</source>
        <translation>Danh sách có {n} hộ ({p} nhân khẩu).</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/recipient_list.py" line="371"/>
        <source>Added: {a}. Dropped because the rules no longer select them: {d}.</source>
        <translation>Thêm mới: {a}. Loại ra vì không còn đủ điều kiện theo tiêu chí: {d}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/recipient_list.py" line="375"/>
        <source>Brought up to date with the registry: {n}.</source>
        <translation>Cập nhật theo sổ hộ: {n}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/recipient_list.py" line="378"/>
        <source>Left as decided by hand: {n}.</source>
        <translation>Giữ nguyên theo quyết định thủ công: {n}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/recipient_list.py" line="381"/>
        <source>Planned in total:</source>
        <translation>Tổng kế hoạch:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/recipient_list.py" line="382"/>
        <source>The list is built</source>
        <translation>Đã lập danh sách</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/recipient_list.py" line="385"/>
        <source>Check the list, see the Omissions and Overlaps tabs, then submit it for approval.</source>
        <translation>Hãy kiểm tra danh sách, xem các thẻ Bỏ sót và Trùng lặp, rồi trình duyệt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/recipient_list.py" line="396"/>
        <source>Submit the list of “{name}” for approval? While it waits it cannot be changed; the approver can approve it or send it back.</source>
        <translation>Trình duyệt danh sách của “{name}”? Trong khi chờ duyệt, danh sách không thể thay đổi; người duyệt có thể duyệt hoặc trả lại.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/recipient_list.py" line="398"/>
        <source>Approve the list of “{name}”? After approval it changes only by amendments, each recorded with its reason and a new list version.</source>
        <translation>Duyệt danh sách của “{name}”? Sau khi duyệt, danh sách chỉ thay đổi bằng điều chỉnh, mỗi lần đều ghi lý do và tạo một phiên bản danh sách mới.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/recipient_list.py" line="400"/>
        <source>Lock the list of “{name}”? A locked list can never change again, not even by an amendment.</source>
        <translation>Khóa danh sách của “{name}”? Danh sách đã khóa sẽ không bao giờ thay đổi được nữa, kể cả bằng điều chỉnh.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/recipient_list.py" line="450"/>
        <source>Send the list back</source>
        <translation>Trả lại danh sách</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/recipient_list.py" line="451"/>
        <source>Send the list of “{name}” back to draft. Say what should be corrected:</source>
        <translation>Trả danh sách của “{name}” về trạng thái nháp. Nêu nội dung cần sửa:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/recipient_list.py" line="487"/>
        <source>Put household {code} ({name}) back on the list. It was taken off: {why}. Say why it goes back:</source>
        <translation>Đưa hộ {code} ({name}) trở lại danh sách. Hộ đã bị đưa ra vì: {why}. Nêu lý do đưa trở lại:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/recipient_list.py" line="490"/>
        <source>Put back on the list</source>
        <translation>Đưa trở lại danh sách</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/recipient_list.py" line="494"/>
        <source>Take household {code} ({name}, row {row}) off the list. Say why (e.g. moved away, already helped by another program):</source>
        <translation>Đưa hộ {code} ({name}, dòng {row}) ra khỏi danh sách. Nêu lý do (ví dụ: đã chuyển đi, đã được đợt hỗ trợ khác hỗ trợ):</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="84"/>
        <source>From the beginning</source>
        <translation>Từ đầu</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="105"/>
        <source>Name the households (personal data)</source>
        <translation>Liệt kê tên các hộ (thông tin cá nhân)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="110"/>
        <source>Report:</source>
        <translation>Báo cáo:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="112"/>
        <source>From:</source>
        <translation>Từ ngày:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="113"/>
        <source>To:</source>
        <translation>Đến ngày:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="115"/>
        <source>Hamlet:</source>
        <translation>Thôn/Tổ:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="117"/>
        <source>Office:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="118"/>
        <source>Donor:</source>
        <translation>Nhà tài trợ:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="119"/>
        <source>Earmarked for:</source>
        <translation>Dành riêng cho:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="150"/>
        <source>All programs</source>
        <translation>Tất cả các đợt</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="151"/>
        <source>(any)</source>
        <translation>(bất kỳ)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="206"/>
        <source>Choose the report and press “Show the preview”.</source>
        <translation>Chọn báo cáo rồi bấm “Xem trước”.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="250"/>
        <source>{pages} pages.</source>
        <translation>{pages} trang.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="251"/>
        <source>One page.</source>
        <translation>Một trang.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/reports.py" line="258"/>
        <source>Making the report…</source>
        <translation>Đang lập báo cáo…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="58"/>
        <source>Save name</source>
        <translation>Lưu tên</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="67"/>
        <source>Hamlets and residential groups</source>
        <translation>Thôn và tổ dân phố</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="73"/>
        <source>Rename…</source>
        <translation>Đổi tên…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="74"/>
        <source>Remove…</source>
        <translation>Xóa…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="79"/>
        <source>Save the hamlets, with their households, as an Excel file</source>
        <translation>Lưu danh sách thôn/tổ, kèm số hộ, thành tệp Excel</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="95"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="102"/>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="109"/>
        <source>Data</source>
        <translation>Dữ liệu</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="111"/>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="112"/>
        <source>Backups</source>
        <translation>Bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="113"/>
        <source>Log file</source>
        <translation>Tệp nhật ký</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="124"/>
        <source>Users and roles</source>
        <translation>Người dùng và vai trò</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="127"/>
        <source>You work as {name} ({login}): {roles}.</source>
        <translation>Bạn đang làm việc với tài khoản {name} ({login}), vai trò: {roles}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="145"/>
        <source>Save the users and their roles as an Excel file</source>
        <translation>Lưu danh sách người dùng và vai trò thành tệp Excel</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="216"/>
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="220"/>
        <source>Name (e.g. Thôn Đông, Tổ dân phố 3):</source>
        <translation>Tên (ví dụ: Thôn Đông, Tổ dân phố 3):</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="239"/>
        <source>Rename hamlet</source>
        <translation>Đổi tên thôn/tổ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="250"/>
        <source>Remove hamlet</source>
        <translation>Xóa thôn/tổ</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="251"/>
        <source>Remove “{name}” from the list? Only a hamlet with no households can be removed. Type the reason (e.g. merged into another):</source>
        <translation>Xóa “{name}” khỏi danh sách? Chỉ xóa được thôn/tổ không còn hộ nào. Nhập lý do (ví dụ: đã sáp nhập vào thôn/tổ khác):</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="87"/>
        <source>Keep the first value</source>
        <translation>Giữ giá trị thứ nhất</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="88"/>
        <source>Keep the second value</source>
        <translation>Giữ giá trị thứ hai</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="89"/>
        <source>Type the right value…</source>
        <translation>Gõ giá trị đúng…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="100"/>
        <source>Same person in two offices</source>
        <translation>Một người ở hai đơn vị</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="101"/>
        <source>Save the list of the tab shown (the bundles, the conflicts, or the same persons) as an Excel file</source>
        <translation>Lưu danh sách của thẻ đang xem (gói đồng bộ, xung đột, hoặc người trùng) thành tệp Excel</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="124"/>
        <source>{office} — fingerprint {fp}</source>
        <translation>{office} — dấu vân tay khóa {fp}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="125"/>
        <source>(no keys yet)</source>
        <translation>(chưa có khóa)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="130"/>
        <source>This office is not enrolled yet: in Settings → Sync, write the enrolment request for the office above.</source>
        <translation>Cơ quan này chưa được cấp chứng thư: trong Cài đặt → Đồng bộ, hãy viết tệp xin cấp chứng thư gửi cấp trên.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="138"/>
        <source>Changes not yet sent: {n}.</source>
        <translation>Thay đổi chưa gửi: {n}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="141"/>
        <source>{office} has not yet confirmed {n} batches; they go again with the next bundle.</source>
        <translation>{office} chưa xác nhận đã nhận {n} lô; các lô này sẽ được gửi lại trong gói sau.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="143"/>
        <source>Waiting for {what}.</source>
        <translation>Đang chờ {what}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="144"/>
        <source>Held back: {what}.</source>
        <translation>Đang giữ lại: {what}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="146"/>
        <source>{n} conflicts need review (tab Conflicts).</source>
        <translation>{n} xung đột cần xem xét (thẻ Xung đột).</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="160"/>
        <source>Conflicts ({n})</source>
        <translation>Xung đột ({n})</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="173"/>
        <source>Export for {office}…</source>
        <translation>Xuất gói gửi {office}…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="177"/>
        <source>Import bundle…</source>
        <translation>Nhập gói dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="200"/>
        <source>No one is registered by two offices.</source>
        <translation>Không có ai được hai đơn vị cùng đăng ký.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="217"/>
        <source>Where to write the bundle for {office} (a USB stick, or a folder to attach to an e-mail)</source>
        <translation>Lưu gói gửi {office} vào đâu (USB, hoặc một thư mục để đính kèm email)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="228"/>
        <source>Writing the bundle…</source>
        <translation>Đang viết gói dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="232"/>
        <source>Bundle written</source>
        <translation>Đã viết gói dữ liệu</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="233"/>
        <source>For {office}: {changes} changes in {batches} batches.

{files}

Code to read over the phone: {code}</source>
        <translation>Gửi {office}: {changes} thay đổi trong {batches} lô.

{files}

Mã gói để đọc qua điện thoại: {code}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="240"/>
        <source>Import bundle</source>
        <translation>Nhập gói dữ liệu</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="240"/>
        <location filename="../../app/ui/pages/sync_settings.py" line="190"/>
        <source>Lá Lành bundles (*.llb)</source>
        <translation>Gói dữ liệu Lá Lành (*.llb)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="261"/>
        <source>Checking and importing the bundle…</source>
        <translation>Đang kiểm tra và nhập gói dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="268"/>
        <source>Looking for the same persons in other offices…</source>
        <translation>Đang tìm những người trùng ở các đơn vị khác…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="276"/>
        <source>Bundle imported</source>
        <translation>Đã nhập gói dữ liệu</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="282"/>
        <source>Choose a conflict in the list first.</source>
        <translation>Hãy chọn một xung đột trong danh sách trước.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="290"/>
        <source>The right value</source>
        <translation>Giá trị đúng</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync.py" line="291"/>
        <source>{record}: {field}</source>
        <translation>{record}: {field}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_settings.py" line="34"/>
        <source>commune office</source>
        <translation>cơ quan cấp xã</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_settings.py" line="34"/>
        <source>district office</source>
        <translation>cơ quan cấp huyện</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_settings.py" line="35"/>
        <source>province office</source>
        <translation>cơ quan cấp tỉnh</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_settings.py" line="57"/>
        <source>Sync with other offices</source>
        <translation>Đồng bộ với các cơ quan khác</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_settings.py" line="68"/>
        <source>Create the office&apos;s keys…</source>
        <translation>Tạo khóa của cơ quan…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_settings.py" line="71"/>
        <source>Write the enrolment request…</source>
        <translation>Viết tệp xin cấp chứng thư…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_settings.py" line="74"/>
        <source>Accept the enrolment answer…</source>
        <translation>Nhận gói trả lời cấp chứng thư…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_settings.py" line="77"/>
        <source>Enrol a lower office…</source>
        <translation>Cấp chứng thư cho cơ quan cấp dưới…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_settings.py" line="80"/>
        <source>Change the office&apos;s keys…</source>
        <translation>Đổi khóa của cơ quan…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_settings.py" line="97"/>
        <source>This office has no keys yet. Create them once; a passphrase protects them.</source>
        <translation>Cơ quan này chưa có khóa. Hãy tạo một lần; khóa được bảo vệ bằng mật khẩu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_settings.py" line="99"/>
        <source>This office is the top of its tree. Its fingerprint, to read over the phone to the offices it enrols:</source>
        <translation>Cơ quan này là cấp cao nhất. Dấu vân tay khóa để đọc qua điện thoại cho các cơ quan cấp dưới:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_settings.py" line="102"/>
        <source>Enrolled by {parent}. This office&apos;s fingerprint:</source>
        <translation>Đã được {parent} cấp chứng thư. Dấu vân tay khóa của cơ quan:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_settings.py" line="105"/>
        <source>Not enrolled yet: write the enrolment request, give it to the office above, and read them this fingerprint when they call:</source>
        <translation>Chưa được cấp chứng thư: hãy viết tệp xin cấp, đưa cho cấp trên, và đọc cho họ dấu vân tay này khi họ gọi điện:</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_settings.py" line="110"/>
        <source>Keys last changed on {day}.</source>
        <translation>Khóa được đổi lần gần nhất ngày {day}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_settings.py" line="120"/>
        <source>Choose a passphrase for the office&apos;s keys. Whoever signs bundles for this office needs it; keep it written down in a safe place. It cannot be recovered.</source>
        <translation>Hãy chọn mật khẩu cho khóa của cơ quan. Người ký gói dữ liệu cho cơ quan cần mật khẩu này; hãy ghi lại và cất ở nơi an toàn. Mất mật khẩu thì không lấy lại được.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_settings.py" line="138"/>
        <source>Change the office&apos;s keys</source>
        <translation>Đổi khóa của cơ quan</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_settings.py" line="139"/>
        <source>Lá Lành makes new keys for this office, signed by the old ones. The offices above and below learn them from this office&apos;s next bundles; after that, bundles signed with the old keys are refused. Send a bundle to each of them soon, and read them the new fingerprint when they call.

Change the keys now?</source>
        <translation>Lá Lành sẽ tạo khóa mới cho cơ quan, được khóa cũ ký xác nhận. Các cơ quan cấp trên và cấp dưới biết khóa mới qua các gói dữ liệu tiếp theo của cơ quan; từ đó, gói ký bằng khóa cũ sẽ bị từ chối. Hãy sớm gửi gói dữ liệu cho từng cơ quan, và đọc cho họ dấu vân tay mới khi họ gọi điện.

Đổi khóa ngay bây giờ?</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_settings.py" line="145"/>
        <source>Type the passphrase that protects this office&apos;s keys. The new keys are kept under the same passphrase.</source>
        <translation>Hãy gõ mật khẩu bảo vệ khóa của cơ quan. Khóa mới được bảo vệ bằng chính mật khẩu này.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_settings.py" line="158"/>
        <source>Making the new keys…</source>
        <translation>Đang tạo khóa mới…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_settings.py" line="165"/>
        <source>New keys</source>
        <translation>Khóa mới</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_settings.py" line="166"/>
        <source>This office has new keys. Its new fingerprint, to read to the offices above and below when they call:

{fp}</source>
        <translation>Cơ quan đã có khóa mới. Dấu vân tay mới, để đọc cho cơ quan cấp trên và cấp dưới khi họ gọi điện:

{fp}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_settings.py" line="173"/>
        <source>Where to write the request</source>
        <translation>Lưu tệp xin cấp vào đâu</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_settings.py" line="181"/>
        <source>Enrolment request</source>
        <translation>Tệp xin cấp chứng thư</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_settings.py" line="182"/>
        <source>The request is in {path}. Give it to the office above (USB stick or e-mail). When they call, read them this fingerprint:

{fp}</source>
        <translation>Tệp xin cấp ở {path}. Hãy đưa cho cấp trên (USB hoặc email). Khi họ gọi điện, hãy đọc cho họ dấu vân tay này:

{fp}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_settings.py" line="190"/>
        <source>The enrolment answer</source>
        <translation>Gói trả lời cấp chứng thư</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_settings.py" line="200"/>
        <source>This answer comes from {office}. Call them and ask them to read their fingerprint. Type it here; accept only if every group is the same.</source>
        <translation>Gói trả lời này đến từ {office}. Hãy gọi điện và đề nghị họ đọc dấu vân tay khóa của họ. Gõ vào đây; chỉ nhận khi mọi nhóm ký tự đều khớp.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_settings.py" line="213"/>
        <location filename="../../app/ui/pages/sync_settings.py" line="247"/>
        <source>Enrolled</source>
        <translation>Đã cấp chứng thư</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_settings.py" line="214"/>
        <source>This office is enrolled by {office}. Bundles for it are written on the Sync page.</source>
        <translation>Cơ quan này đã được {office} cấp chứng thư. Gói dữ liệu gửi họ được viết ở trang Đồng bộ.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_settings.py" line="218"/>
        <source>The lower office&apos;s enrolment request</source>
        <translation>Tệp xin cấp chứng thư của cơ quan cấp dưới</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_settings.py" line="219"/>
        <source>Enrolment requests (*.llr)</source>
        <translation>Tệp xin cấp chứng thư (*.llr)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_settings.py" line="228"/>
        <source>Request from {office} ({level}). Call the office and ask them to read the fingerprint shown on their screen. Type it here: it must be exactly the request&apos;s.</source>
        <translation>Tệp xin cấp của {office} ({level}). Hãy gọi điện và đề nghị họ đọc dấu vân tay khóa trên màn hình của họ. Gõ vào đây: phải khớp đúng với tệp xin cấp.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_settings.py" line="236"/>
        <source>Where to write the answer</source>
        <translation>Lưu gói trả lời vào đâu</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_settings.py" line="248"/>
        <source>{office} is enrolled. Send it {path}; when they call, read them this office&apos;s fingerprint:

{fp}</source>
        <translation>Đã cấp chứng thư cho {office}. Hãy gửi họ {path}; khi họ gọi, đọc cho họ dấu vân tay khóa của cơ quan mình:

{fp}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_settings.py" line="258"/>
        <source>Compare the fingerprint</source>
        <translation>So dấu vân tay khóa</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_settings.py" line="268"/>
        <source>Fingerprint read to you</source>
        <translation>Dấu vân tay được đọc cho bạn</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/sync_settings.py" line="270"/>
        <source>The same: go on</source>
        <translation>Khớp: tiếp tục</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_pages.py" line="79"/>
        <source>The printer “{name}” could not be opened. Check that it is switched on and connected, or save the PDF and print it later.</source>
        <translation>Không mở được máy in “{name}”. Hãy kiểm tra máy in đã bật và nối với máy tính chưa, hoặc lưu PDF để in sau.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_pages.py" line="85"/>
        <source>The printer stopped after {n} pages.</source>
        <translation>Máy in dừng lại sau {n} trang.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_pages.py" line="123"/>
        <source>Save as PDF…</source>
        <translation>Lưu PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pdf_pages.py" line="124"/>
        <source>Save as Excel…</source>
        <translation>Lưu Excel…</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_keys.py" line="24"/>
        <source>Passphrase of the office&apos;s keys</source>
        <translation>Mật khẩu khóa của cơ quan</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_keys.py" line="33"/>
        <source>Passphrase</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_keys.py" line="39"/>
        <source>Again</source>
        <translation>Nhập lại</translation>
    </message>
    <message>
        <location filename="../../app/ui/sync_keys.py" line="63"/>
        <source>Type the passphrase that protects this office&apos;s keys.</source>
        <translation>Hãy gõ mật khẩu bảo vệ khóa của cơ quan.</translation>
    </message>
</context>
</TS>
