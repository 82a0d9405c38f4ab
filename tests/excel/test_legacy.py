"""Lists typed with legacy fonts: TCVN3 (.VnTime, "ABC") and VNI-Windows (VNI-Times)."""

from __future__ import annotations

import unicodedata

import pytest
from openpyxl import Workbook

from app.excel.legacy import (
    TCVN3_TABLE,
    VNI_TABLE,
    detect_encoding,
    fix_column,
    to_unicode,
)
from app.excel.reading import read_sheets

# --- Independent oracles for the code tables ----------------------------------------------------
# TCVN 5712 as libX11 has it (lib/X11/lcUniConv/tcvn.h, `tcvn_2uni_2`, bytes 0xA0-0xFF;
# the same table as GNU libiconv). It is VN1, which adds upper-case letters on codes
# the VN3 ("ABC") subset leaves free; the module implements VN3 only.
_X11_TCVN_A0 = [
    0x00A0, 0x0102, 0x00C2, 0x00CA, 0x00D4, 0x01A0, 0x01AF, 0x0110,
    0x0103, 0x00E2, 0x00EA, 0x00F4, 0x01A1, 0x01B0, 0x0111, 0x1EB0,
    0x0300, 0x0309, 0x0303, 0x0301, 0x0323, 0x00E0, 0x1EA3, 0x00E3,
    0x00E1, 0x1EA1, 0x1EB2, 0x1EB1, 0x1EB3, 0x1EB5, 0x1EAF, 0x1EB4,
    0x1EAE, 0x1EA6, 0x1EA8, 0x1EAA, 0x1EA4, 0x1EC0, 0x1EB7, 0x1EA7,
    0x1EA9, 0x1EAB, 0x1EA5, 0x1EAD, 0x00E8, 0x1EC2, 0x1EBB, 0x1EBD,
    0x00E9, 0x1EB9, 0x1EC1, 0x1EC3, 0x1EC5, 0x1EBF, 0x1EC7, 0x00EC,
    0x1EC9, 0x1EC4, 0x1EBE, 0x1ED2, 0x0129, 0x00ED, 0x1ECB, 0x00F2,
    0x1ED4, 0x1ECF, 0x00F5, 0x00F3, 0x1ECD, 0x1ED3, 0x1ED5, 0x1ED7,
    0x1ED1, 0x1ED9, 0x1EDD, 0x1EDF, 0x1EE1, 0x1EDB, 0x1EE3, 0x00F9,
    0x1ED6, 0x1EE7, 0x0169, 0x00FA, 0x1EE5, 0x1EEB, 0x1EED, 0x1EEF,
    0x1EE9, 0x1EF1, 0x1EF3, 0x1EF7, 0x1EF9, 0x00FD, 0x1EF5, 0x1ED0,
]  # fmt: skip

# VNI-Windows as UniKey has it (fcitx/fcitx5-unikey unikey/data.cpp, `DoubleByteTables`
# "VNI-WIN"): low byte the base letter, high byte the mark code. Per vowel, in UniKey's
# order: upper, lower, then upper/lower with sắc, huyền, hỏi, ngã, nặng.
_UNIKEY_VNI = {
    ("a", ""): [0x0041, 0x0061, 0xD941, 0xF961, 0xD841, 0xF861, 0xDB41, 0xFB61, 0xD541, 0xF561, 0xCF41, 0xEF61],
    ("a", "\u0302"): [0xC241, 0xE261, 0xC141, 0xE161, 0xC041, 0xE061, 0xC541, 0xE561, 0xC341, 0xE361, 0xC441, 0xE461],
    ("a", "\u0306"): [0xCA41, 0xEA61, 0xC941, 0xE961, 0xC841, 0xE861, 0xDA41, 0xFA61, 0xDC41, 0xFC61, 0xCB41, 0xEB61],
    ("e", ""): [0x0045, 0x0065, 0xD945, 0xF965, 0xD845, 0xF865, 0xDB45, 0xFB65, 0xD545, 0xF565, 0xCF45, 0xEF65],
    ("e", "\u0302"): [0xC245, 0xE265, 0xC145, 0xE165, 0xC045, 0xE065, 0xC545, 0xE565, 0xC345, 0xE365, 0xC445, 0xE465],
    ("i", ""): [0x0049, 0x0069, 0x00CD, 0x00ED, 0x00CC, 0x00EC, 0x00C6, 0x00E6, 0x00D3, 0x00F3, 0x00D2, 0x00F2],
    ("o", ""): [0x004F, 0x006F, 0xD94F, 0xF96F, 0xD84F, 0xF86F, 0xDB4F, 0xFB6F, 0xD54F, 0xF56F, 0xCF4F, 0xEF6F],
    ("o", "\u0302"): [0xC24F, 0xE26F, 0xC14F, 0xE16F, 0xC04F, 0xE06F, 0xC54F, 0xE56F, 0xC34F, 0xE36F, 0xC44F, 0xE46F],
    ("o", "\u031b"): [0x00D4, 0x00F4, 0xD9D4, 0xF9F4, 0xD8D4, 0xF8F4, 0xDBD4, 0xFBF4, 0xD5D4, 0xF5F4, 0xCFD4, 0xEFF4],
    ("u", ""): [0x0055, 0x0075, 0xD955, 0xF975, 0xD855, 0xF875, 0xDB55, 0xFB75, 0xD555, 0xF575, 0xCF55, 0xEF75],
    ("u", "\u031b"): [0x00D6, 0x00F6, 0xD9D6, 0xF9F6, 0xD8D6, 0xF8F6, 0xDBD6, 0xFBF6, 0xD5D6, 0xF5F6, 0xCFD6, 0xEFF6],
    ("y", ""): [0x0059, 0x0079, 0xD959, 0xF979, 0xD859, 0xF879, 0xDB59, 0xFB79, 0xD559, 0xF579, 0x00CE, 0x00EE],
}  # fmt: skip
_TONES = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"]  # UniKey's order


def _letters() -> list[str]:
    """The 134 Vietnamese letters with marks, upper and lower case (plus the bare vowels)."""
    out = ["Đ", "đ"]
    for (base, shape), _codes in _UNIKEY_VNI.items():
        for tone in _TONES:
            lower = unicodedata.normalize("NFC", base + shape + tone)
            out += [lower.upper(), lower]
    return out


def test_the_134_letters():
    marked = [ch for ch in _letters() if not ch.isascii()]
    assert len(marked) == 134 and len(set(marked)) == 134


def test_tcvn3_table_agrees_with_libx11_code_by_code():
    assert len(TCVN3_TABLE) == 74
    for char, letter in TCVN3_TABLE.items():
        assert chr(_X11_TCVN_A0[ord(char) - 0xA0]) == letter
        assert to_unicode(char, "tcvn3") == letter
    # VN3 has all 67 lower-case marked letters and the seven capitals Ă Â Ê Ô Ơ Ư Đ.
    lower = {ch for ch in _letters() if not ch.isascii() and ch.islower()}
    assert set(TCVN3_TABLE.values()) == lower | set("ĂÂÊÔƠƯĐ")


def test_tcvn3_leaves_the_codes_vn3_does_not_use():
    # VN1 puts upper-case letters there (0xC0 = Ắ…); in VN3 text they do not occur, and
    # 0x80-0x9F hold Windows' quotes and dashes, which stay what they are.
    for code in (0xA0, 0xAF, 0xB0, 0xB4, 0xBA, 0xBF, 0xC0, 0xC5, 0xCD, 0xD9, 0xDB, 0xE0, 0xFF):
        assert to_unicode("x" + chr(code), "tcvn3") == "x" + chr(code)
    assert to_unicode("“NguyÔn” – An…", "tcvn3") == "“Nguyễn” – An…"


def test_vni_table_agrees_with_unikey_code_by_code():
    for (base, shape), codes in _UNIKEY_VNI.items():
        for i, word in enumerate(codes):
            low, high = word & 0xFF, word >> 8
            vni = chr(low) + (chr(high) if high else "")
            letter = unicodedata.normalize("NFC", base + shape + _TONES[i // 2])
            assert to_unicode(vni, "vni") == (letter.upper() if i % 2 == 0 else letter)
    assert to_unicode("\xd1\xf1", "vni") == "Đđ"  # UniKey: 0x00D1, 0x00F1


# --- Encoders, from the module's tables turned round ---------------------------------------------
_TCVN3_CODE = {letter: char for char, letter in TCVN3_TABLE.items()}
_VNI_CODE = {marks: char for char, marks in VNI_TABLE.items() if char.isupper() or len(marks) == 1}


def encode_tcvn3(text: str) -> str:
    """What a .VnTime font holds: a capital with a tone mark has only its lower-case code."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        out.append(_TCVN3_CODE.get(ch) or _TCVN3_CODE.get(ch.lower(), ch))
    return "".join(out)


def tcvn3_reading(text: str) -> str:
    """`text` as it comes back from TCVN3: such capitals in lower case."""
    return "".join(ch if ch in _TCVN3_CODE or ch.lower() not in _TCVN3_CODE else ch.lower()
                   for ch in unicodedata.normalize("NFC", text))  # fmt: skip


def encode_vni(text: str) -> str:
    out = []
    for ch in unicodedata.normalize("NFC", text):
        own = [code for code, value in VNI_TABLE.items() if value == ch]
        if ch.isascii() or own:
            out.append(own[0] if own else ch)
            continue
        base, *marks = unicodedata.normalize("NFD", ch)
        if marks and marks[0] == "\u031b":  # horn: ơ and ư have codes of their own
            base = encode_vni(unicodedata.normalize("NFC", base + marks.pop(0)))
        shape = [m for m in marks if m in "\u0302\u0306"]
        tone = [m for m in marks if m not in "\u0302\u0306"]
        if shape or tone:
            code = _VNI_CODE["".join(shape + tone)]
            base += code if base[0].isupper() else code.lower()
        out.append(base)
    return "".join(out)


# Names and places with every vowel and tone (officers' lists, the 2025 commune names).
NAMES = [
    "Nguyễn Văn An", "Trần Thị Bình", "Lê Hoàng Cường", "Phạm Ngọc Dũng", "Hoàng Thị Ánh",
    "Đặng Quốc Huy", "Bùi Thị Hường", "Đỗ Mạnh Hùng", "Vũ Thị Thuỷ", "Võ Văn Kiệt",
    "Ngô Thị Ngà", "Dương Văn Mười", "Lý Thị Mỹ", "Trương Tấn Sang", "Huỳnh Thị Yến",
    "Phan Đình Giót", "Tạ Thị Ngọc Hằng", "Mai Xuân Thưởng", "Lã Văn Ước", "Hồ Thị Kỷ",
    "Đinh Bộ Lĩnh", "Lưu Hữu Phước", "Âu Cơ", "Ông Ích Khiêm", "Ưng Hoàng Phúc",
    "Khổng Thị Ẩn", "Kiều Oanh", "Lò Văn Giàng", "Quàng Thị Ỷ", "Sầm Thị Ỵ",
    "Bảo Thắng", "Mường Khương", "Bát Xát", "Hà Nội", "Thừa Thiên Huế", "Đắk Lắk",
    "Bà Rịa – Vũng Tàu", "Khuê Trung", "Thuở Xưa", "Nghĩa Lộ", "Quỳnh Lưu", "Ý Yên",
    "Ấp Bắc", "Ẵm Ẳng", "Ặc Ằn", "Ẹt Ẻ Ẽ É È", "Ếch Ềnh Ể Ễ Ệ", "Ĩ Ỉ Ị Í Ì",
    "Ỏ Ọ Õ Ó Ò", "Ố Ồ Ổ Ỗ Ộ", "Ớ Ờ Ở Ỡ Ợ", "Ủ Ụ Ũ Ú Ù", "Ứ Ừ Ử Ữ Ự", "Ỳ Ỷ Ỹ Ý Ỵ",
    "ấp ầm ẩn ẫn ậm ắt ằng ẳng ẵng ặt", "ữa ựa ửa ừa ứa", "ỡ ợ ở ờ ớ",
]  # fmt: skip


@pytest.mark.parametrize("name", NAMES)
def test_vni_round_trip(name):
    assert to_unicode(encode_vni(name), "vni") == name


def test_vni_round_trip_every_letter():
    for letter in _letters():
        assert to_unicode(encode_vni(letter), "vni") == letter


@pytest.mark.parametrize("name", NAMES)
def test_tcvn3_round_trip(name):
    # Capitals with a tone mark come back in lower case: TCVN3 has no code for them.
    assert to_unicode(encode_tcvn3(name), "tcvn3") == tcvn3_reading(name)


def test_tcvn3_round_trip_every_letter_it_has():
    for letter in _letters():
        if letter in _TCVN3_CODE or letter.isascii():
            assert to_unicode(encode_tcvn3("x" + letter), "tcvn3") == "x" + letter


# --- Real text from the wild -----------------------------------------------------------------
# Sources (found with a public code search):
#  [duydev]  duydev/vietnamese-conversion, tests/helpers/test-data.ts
#  [minkha]  min-kha/viet-converter, examples.py (an Excel TCVN3 → Unicode converter)
#  [motto]   the national motto that heads every official paper, in TCVN3 and VNI, as
#            it appears in many repositories' converter tests
#  [mof]     a Ministry of Finance decision of 22/11/2002 read as Latin-1, quoted in a
#            legacy-font screening report; its soft hyphens (ư) were lost on the way
#  [vbnet]   a VB.NET form with an address list in the VNI-Korin font
#  [java]    a Java Swing credits box in a VNI font
#  [js]      JavaScript cleaners of VNI names and upper-case VNI forms
# Where the index did not name the repository of a snippet, the snippet is quoted as is.
TCVN3_REAL = [
    ("B¶o Th¾ng", "Bảo Thắng"),  # Lào Cai districts, from the task
    ("M\xadêng Kh\xad¬ng", "Mường Khương"),
    ("B¸t X¸t", "Bát Xát"),
    ("Xin chµo c¸c b¹n", "Xin chào các bạn"),  # [duydev]
    ("T«i ®i häc", "Tôi đi học"),  # [duydev]
    ("Hµ Néi", "Hà Nội"),  # [minkha]
    ("Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam"),  # [motto]
    ("§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc"),  # [motto]
    ("C¨n cø NghÞ ®Þnh sè 15/CP", "Căn cứ Nghị định số 15/CP"),  # [motto]
    ("quyÕt ®Þnh cña Bé tr\xadëng Bé Tµi chÝnh", "quyết định của Bộ trưởng Bộ Tài chính"),
    ("Hµ néi, ngµy 22 th¸ng 11 n¨m 2002", "Hà nội, ngày 22 tháng 11 năm 2002"),  # [mof]
    ("§¶ng bé Tr\xadêng", "Đảng bộ Trường"),  # [motto]
]  # fmt: skip
VNI_REAL = [
    ("Xin chaøo caùc baïn", "Xin chào các bạn"),  # [duydev]
    ("Toâi ñi hoïc", "Tôi đi học"),  # [duydev]
    ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
    ("Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc"),  # [motto]
    ("15F Nguyeãn Thò Minh Khai", "15F Nguyễn Thị Minh Khai"),  # [vbnet]
    ("53C Nguyeãn Du", "53C Nguyễn Du"),
    ("11 Voõ Vaên Taàn", "11 Võ Văn Tần"),
    ("47 Traàn Cao Vaân", "47 Trần Cao Vân"),
    ("126 Ñieän Bieân Phuû", "126 Điện Biên Phủ"),
    ("227 Xoâ Vieát Ngheä Tónh", "227 Xô Viết Nghệ Tĩnh"),
    ("213 Nguyeãn Vaên Cöø", "213 Nguyễn Văn Cừ"),
    ("410 Leâ Hoàng Phong", "410 Lê Hồng Phong"),
    ("Trònh Tuaán Anh", "Trịnh Tuấn Anh"),  # [java]
    ("Nguyeãn Ñaït", "Nguyễn Đạt"),
    ("Nguyeãn Thaønh Coâng", "Nguyễn Thành Công"),
    ("Nguyeãn Ñaêng Khoa", "Nguyễn Đăng Khoa"),
    ("NGUYEÃN THÒ KIM LINH", "NGUYỄN THỊ KIM LINH"),  # [js]
    ("COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("ÑÔN TRÌNH BAÙO", "ĐƠN TRÌNH BÁO"),
    ("Toâi teân laø Nguyeãn Vaên Thöû", "Tôi tên là Nguyễn Văn Thử"),
]  # fmt: skip


@pytest.mark.parametrize("legacy, unicode", TCVN3_REAL)
def test_real_tcvn3_text(legacy, unicode):
    assert to_unicode(legacy, "tcvn3") == unicode


@pytest.mark.parametrize("legacy, unicode", VNI_REAL)
def test_real_vni_text(legacy, unicode):
    assert to_unicode(legacy, "vni") == unicode


def test_result_is_nfc():
    for legacy, _ in VNI_REAL + TCVN3_REAL:
        for encoding in ("vni", "tcvn3"):
            out = to_unicode(legacy, encoding)
            assert unicodedata.is_normalized("NFC", out)


# --- TCVN3 capitals and the soft hyphen ---------------------------------------------------------
def test_tcvn3_capitals_with_tone_come_back_lower_case():
    # "Ánh", "Ốc", "Ủy" typed with .VnTimeH: the codes are those of á, ố, ủ.
    assert to_unicode("¸nh", "tcvn3") == "ánh"
    assert to_unicode("Hå", "tcvn3") == "Hồ"  # "HỒ" in .VnTimeH would look the same
    assert to_unicode("§Æng V¨n ¥n", "tcvn3") == "Đặng Văn Ơn"  # Ă Â Ê Ô Ơ Ư Đ have capitals


def test_tcvn3_cell_typed_in_capitals_stays_in_capitals():
    assert to_unicode("NGUYÔN V¡N AN", "tcvn3") == "NGUYỄN VĂN AN"
    assert to_unicode("TH¸I B×NH", "tcvn3") == "THÁI BÌNH"
    assert to_unicode("CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM", "tcvn3") == (
        "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    )
    assert to_unicode(encode_tcvn3("TRƯỜNG THCS ĐỨC LONG"), "tcvn3") == "TRƯỜNG THCS ĐỨC LONG"
    # One capital, or capitals with lower case, say nothing about the lower-case codes.
    assert to_unicode("Lª Hå", "tcvn3") == "Lê Hồ"
    assert to_unicode("UBND x· B¸t X¸t", "tcvn3") == "UBND xã Bát Xát"


def test_tcvn3_soft_hyphen_lost_on_the_way():
    # "ư" is 0xAD, an invisible soft hyphen; without it "Mường" reads "Mêng".
    assert to_unicode("Mêng Kh¬ng", "tcvn3") == "Mường Khương"
    assert to_unicode("quyÕt ®Þnh cña bé trëng bé tµi chÝnh", "tcvn3") == (  # [mof]
        "quyết định của bộ trưởng bộ tài chính"
    )
    assert to_unicode("n\xadíc", "tcvn3") == to_unicode("níc", "tcvn3") == "nước"
    assert to_unicode("r\xadîu", "tcvn3") == to_unicode("rîu", "tcvn3") == "rượu"
    # ơ where Vietnamese has it is left alone.
    assert to_unicode("S¬n Ngêi", "tcvn3") == "Sơn Ngời"
    # A cell that kept its soft hyphens has its "ơng" as written: Cư Pơng (Đắk Lắk).
    assert to_unicode("X· C\xad P¬ng", "tcvn3") == "Xã Cư Pơng"


def test_fix_column_keeps_minority_names_when_soft_hyphens_survived():
    column = ["X· P¬ng Drang", "X· C\xad P¬ng", "Ph\xadêng T©n LËp", "X· Ea Tu"]
    fixed, encoding = fix_column(column)
    assert encoding == "tcvn3"
    assert fixed == ["Xã Pơng Drang", "Xã Cư Pơng", "Phường Tân Lập", "Xã Ea Tu"]
    stripped, _ = fix_column([c.replace("\xad", "") for c in column])
    assert stripped[2] == "Phường Tân Lập"


def test_text_that_cannot_be_legacy_is_left_alone():
    for text in ["Nguyễn Văn An", unicodedata.normalize("NFD", "Lê Thị Hà"), "Đông", "", "ABC 123"]:
        assert to_unicode(text, "tcvn3") == text
        assert to_unicode(text, "vni") == text


def test_unknown_encoding():
    with pytest.raises(ValueError):
        to_unicode("abc", "viscii")


# --- Detection ------------------------------------------------------------------------------------
UNICODE_NAMES = [legacy_free for legacy_free in NAMES] + [u for _, u in VNI_REAL + TCVN3_REAL]


def test_detects_tcvn3():
    assert detect_encoding([legacy for legacy, _ in TCVN3_REAL]) == "tcvn3"
    assert detect_encoding(encode_tcvn3(n) for n in NAMES) == "tcvn3"
    assert detect_encoding(["B¶o Th¾ng", "Mêng Kh¬ng", "B¸t X¸t"]) == "tcvn3"


def test_detects_vni():
    assert detect_encoding([legacy for legacy, _ in VNI_REAL]) == "vni"
    assert detect_encoding(encode_vni(n) for n in NAMES) == "vni"
    assert detect_encoding([encode_vni(n).upper() for n in NAMES]) == "vni"  # Excel's UPPER()


def test_unicode_is_not_legacy():
    assert detect_encoding(UNICODE_NAMES) is None
    assert detect_encoding(unicodedata.normalize("NFD", n) for n in UNICODE_NAMES) is None
    # Unicode Vietnamese made only of Latin-1 letters, every one a TCVN3 or VNI code too.
    latin1 = ["Lê Thu Hà", "Tô Thị Tú", "Hoà Bình", "Thuý Kiều", "Bùi Lý", "Ý Yên", "Tân Phú",
              "Hà Tây", "Đông Hà", "Ðông Hà", "Cà Mau", "Trà Vinh", "Lò Văn Cà", "Lê Hà"]  # fmt: skip
    assert detect_encoding(latin1) is None
    assert detect_encoding([n.upper() for n in latin1]) is None


def test_english_and_numbers_are_not_legacy():
    assert detect_encoding(["Hello world", "café au lait", "naïve résumé", "Müller", "José Peña",
                            "Ångström", "© 2024 – ACME™", "façade", "Zoë"]) is None  # fmt: skip
    assert detect_encoding(["12/3/1990", "0912 345 678", "026075001234", "1.500.000 đ",
                            "3,5 kg", "Tổ 5", "50%", "½ bao", "10°C"]) is None  # fmt: skip
    assert detect_encoding([]) is None
    assert detect_encoding([None, 5, 3.5, "", "  "]) is None  # type: ignore[list-item]


def test_one_odd_cell_does_not_flip_a_column():
    unicode_column = UNICODE_NAMES * 3 + ["B¶o Th¾ng"]
    assert detect_encoding(unicode_column) is None
    tcvn3_column = [encode_tcvn3(n) for n in NAMES] + ["Nguyễn Văn An"]
    assert detect_encoding(tcvn3_column) == "tcvn3"


def test_real_commune_names_in_every_form():
    # The 3,321 communes of 2025 (vietnam-provinces): Unicode, NFD, TCVN3 and VNI.
    from vietnam_provinces.lookup import WARD_MAPPING

    names = sorted({ward.name for ward in WARD_MAPPING.values()})
    assert detect_encoding(names) is None
    assert detect_encoding(unicodedata.normalize("NFD", n) for n in names) is None
    assert detect_encoding([n for n in names if max(map(ord, n)) < 0x100]) is None  # 646 names
    vni, encoding = fix_column([encode_vni(n) for n in names])
    assert encoding == "vni" and vni == names
    tcvn3, encoding = fix_column([encode_tcvn3(n) for n in names])
    assert encoding == "tcvn3" and tcvn3 == [tcvn3_reading(n) for n in names]


# --- Columns -----------------------------------------------------------------------------------
def test_fix_column_converts_a_legacy_column():
    column = [None, "B¶o Th¾ng", "", "M\xadêng Kh\xad¬ng", "B¸t X¸t", 42, "Hµ Néi"]
    fixed, encoding = fix_column(column)  # type: ignore[arg-type]
    assert encoding == "tcvn3"
    assert fixed == [None, "Bảo Thắng", "", "Mường Khương", "Bát Xát", 42, "Hà Nội"]


def test_fix_column_leaves_unicode_alone():
    column = ["Nguyễn Văn An", None, "Lê Thu Hà", "Trần Thị Bình"]
    fixed, encoding = fix_column(column)
    assert encoding is None and fixed == column and fixed is not column


def test_fix_column_keeps_unicode_cells_of_a_legacy_column():
    tcvn3 = [encode_tcvn3(n) for n in NAMES]
    vni = [encode_vni(n) for n in NAMES]
    typed_again = ["Nguyễn Văn Bảy", "Lê Thu Hà", "Tô Thị Tú", "Hoà Bình", "Bùi Lý"]
    fixed, encoding = fix_column(tcvn3 + typed_again)
    assert encoding == "tcvn3" and fixed == [tcvn3_reading(n) for n in NAMES] + typed_again
    fixed, encoding = fix_column(vni + typed_again)
    assert encoding == "vni" and fixed == NAMES + typed_again


# --- End to end: a workbook typed with .VnTime / VNI-Times ------------------------------------
def test_xlsx_with_legacy_columns(tmp_path):
    people = [("NguyÔn V¨n An", "Nguyeãn Vaên An", "B¶o Th¾ng"),
              ("TrÇn ThÞ B×nh", "Traàn Thò Bình", "M\xadêng Kh\xad¬ng"),
              ("Lª V¨n C\xadêng", "Leâ Vaên Cöôøng", "B¸t X¸t"),
              ("Hoµng §øc Th¾ng", "Hoaøng Ñöùc Thaéng", "Hµ Néi")]  # fmt: skip
    wb = Workbook()
    ws = wb.active
    ws.append(["STT", "Họ và tên (.VnTime)", "Họ và tên (VNI)", "Địa chỉ"])
    for i, row in enumerate(people, 1):
        ws.append([i, *row])
    path = tmp_path / "ds.xlsx"
    wb.save(path)

    [sheet] = read_sheets(path)
    columns = list(zip(*sheet.rows[1:], strict=True))
    names, encoding = fix_column(list(columns[1]))
    assert encoding == "tcvn3"
    assert names == ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Hoàng Đức Thắng"]
    names, encoding = fix_column(list(columns[2]))
    assert encoding == "vni"
    assert names == ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Hoàng Đức Thắng"]
    places, encoding = fix_column(list(columns[3]))
    assert encoding == "tcvn3" and places == ["Bảo Thắng", "Mường Khương", "Bát Xát", "Hà Nội"]
    header, encoding = fix_column(list(sheet.rows[0]))
    assert encoding is None and header == sheet.rows[0]
    assert fix_column(list(columns[0])) == (list(columns[0]), None)  # numbers
