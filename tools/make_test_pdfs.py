#!/usr/bin/env python3
"""Writes the small PDFs the tests and the fuzz corpus use, by hand (no library):
pages of Latin text in the standard Helvetica font, pages of Chinese text in a
Type0 font that is not embedded (code = Unicode code point, a ToUnicode map gives
the text back: enough for a text layer, a viewer substitutes the glyphs), pages
that only paint an image or a rectangle (what a scan looks like to a text
reader), and broken variants for the fuzzer's seed corpus.

    tools/make_test_pdfs.py OUT_DIR

Output is deterministic; the committed copies under rules/ogi-common/tests/ and
fuzz/corpus/pdf/ were made with it.
"""
import os
import sys
import zlib


def pdf(pages, compress=False):
    """`pages`: a list of content streams (bytes), one per page, A4."""
    objects = []  # bodies, object i + 1

    def add(body):
        objects.append(body)
        return len(objects)

    catalog = add(None)
    pages_obj = add(None)
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    chars = sorted({c for content in pages for c in _cjk_chars(content)})
    cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
            b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            b"/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
            b"1 begincodespacerange <0000> <FFFF> endcodespacerange\n")
    for i in range(0, len(chars), 100):
        chunk = chars[i:i + 100]
        cmap += b"%d beginbfchar\n" % len(chunk)
        for c in chunk:
            cmap += b"<%04X> <%04X>\n" % (c, c)
        cmap += b"endbfchar\n"
    cmap += b"endcmap CMapName currentdict /CMap defineresource pop end end"
    to_unicode = add(b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream")
    descriptor = add(b"<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 -141 1000 859] "
                     b"/ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 700 /StemV 80 >>")
    cid = add(b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) "
              b"/Ordering (Identity) /Supplement 0 >> /FontDescriptor %d 0 R /DW 1000 /CIDToGIDMap /Identity >>"
              % descriptor)
    cjk = add(b"<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H "
              b"/DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" % (cid, to_unicode))
    image = add(None)
    img_data = bytes([0x80] * 16)
    objects[image - 1] = (b"<< /Type /XObject /Subtype /Image /Width 4 /Height 4 /ColorSpace /DeviceGray "
                          b"/BitsPerComponent 8 /Length %d >>\nstream\n" % len(img_data) + img_data +
                          b"\nendstream")
    kids = []
    for content in pages:
        if compress:
            data = zlib.compress(content)
            stream = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
        else:
            stream = b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"
        c = add(stream)
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] "
                        b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> /XObject << /Im1 %d 0 R >> >> "
                        b"/Contents %d 0 R >>" % (pages_obj, font, cjk, image, c)))
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_obj
    objects[pages_obj - 1] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) +
                              b"] /Count %d >>" % len(kids))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, catalog, xref)
    return bytes(out)


def _cjk_chars(content):
    """The code points shown with /F2: the hex strings <...> of a content stream."""
    out = []
    for part in content.split(b"<")[1:]:
        hexes = part.split(b">")[0]
        out += [int(hexes[i:i + 4], 16) for i in range(0, len(hexes), 4)]
    return out


def cjk_page(lines):
    """Lines of Chinese (any Unicode text) at 12 pt, one code point per glyph."""
    ops = [b"BT /F2 12 Tf 72 770 Td 18 TL"]
    for line in lines:
        ops.append(b"<" + "".join("%04X" % ord(c) for c in line).encode() + b"> Tj T*")
    ops.append(b"ET")
    return b"\n".join(ops)


def text_page(lines):
    ops = [b"BT /F1 12 Tf 72 770 Td 16 TL"]
    for line in lines:
        ops.append(b"(" + line.encode("latin-1") + b") Tj T*")
    ops.append(b"ET")
    return b"\n".join(ops)


# What a scanned page holds: an image painted over the page, no text.
SCAN = b"q 451 0 0 698 72 72 cm /Im1 Do Q"
# A page with only a drawing.
DRAWING = b"0.5 g 72 600 200 100 re f"


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    os.makedirs(out, exist_ok=True)
    files = {
        # Pack fixtures: a scan of two pages; a report whose second page is an image.
        "no-text-layer.pdf": pdf([SCAN, SCAN]),
        "page-without-text.pdf": pdf([cjk_page(["西山县2020年政府信息公开工作年度报告",
                                                "本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止。"]),
                                      SCAN,
                                      cjk_page(["全县政府信息公开工作有序开展。"])]),
        # Fuzz seeds.
        "text.pdf": pdf([text_page(["Hello", "world"])]),
        "compressed.pdf": pdf([text_page(["Table", "1 2 3", "4 5 6"]), DRAWING], compress=True),
        "empty-page.pdf": pdf([b""]),
    }
    files["truncated.pdf"] = files["text.pdf"][: len(files["text.pdf"]) // 2]
    broken_xref = bytearray(files["compressed.pdf"])
    at = broken_xref.rfind(b"startxref")
    broken_xref[at + 10:at + 14] = b"9999"
    files["bad-xref.pdf"] = bytes(broken_xref)
    for name, data in files.items():
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()
