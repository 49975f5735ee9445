#include "tests/examples/report_writer.h"

#include <zip.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>
#include <stdexcept>

namespace reportlint::examples {
namespace {

std::string Escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

// The heading text without its "一、" marker (Word numbers the heading itself).
std::string WithoutMarker(const std::string& heading) {
  size_t at = heading.find("、");
  return at == std::string::npos ? heading : heading.substr(at + std::string("、").size());
}

std::string Paragraph(const std::string& text, const std::string& style = "") {
  std::string p = "<w:p>";
  if (!style.empty()) p += "<w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>";
  // Two runs, to show that runs are joined.
  size_t half = text.size() / 2;
  while (half < text.size() && (static_cast<unsigned char>(text[half]) & 0xC0) == 0x80) ++half;
  for (const std::string& part : {text.substr(0, half), text.substr(half)}) {
    if (!part.empty()) p += "<w:r><w:t xml:space=\"preserve\">" + Escape(part) + "</w:t></w:r>";
  }
  return p + "</w:p>";
}

std::string DocxTable(const std::vector<std::vector<CellSpec>>& rows) {
  std::string t = "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/></w:tblPr>";
  std::vector<std::vector<GridSlot>> grid = LayOutGrid(rows);
  for (size_t r = 0; r < grid.size(); ++r) {
    t += "<w:tr>";
    for (size_t c = 0; c < grid[r].size(); ++c) {
      const GridSlot& slot = grid[r][c];
      if (slot.cell == nullptr || slot.col != static_cast<int>(c)) continue;
      const bool continued = slot.row != static_cast<int>(r);  // under a rowspan
      t += "<w:tc><w:tcPr>";
      if (slot.cell->colspan > 1) t += "<w:gridSpan w:val=\"" + std::to_string(slot.cell->colspan) + "\"/>";
      if (continued) {
        t += "<w:vMerge/>";
      } else if (slot.cell->rowspan > 1) {
        t += "<w:vMerge w:val=\"restart\"/>";
      }
      t += "</w:tcPr>";
      t += continued ? "<w:p/>" : Paragraph(slot.cell->text);
      t += "</w:tc>";
    }
    t += "</w:tr>";
  }
  return t + "</w:tbl>";
}

const char kContentTypes[] =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>)";

const char kRels[] =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>)";

const char kDocumentRels[] =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>)";

const char kStyles[] =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style><w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style></w:styles>)";

const char kNumbering[] =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:pStyle w:val="Heading1"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>)";

}  // namespace

std::vector<std::vector<GridSlot>> LayOutGrid(const std::vector<std::vector<CellSpec>>& rows) {
  std::vector<std::vector<GridSlot>> grid(rows.size());
  size_t cols = 0;
  for (size_t r = 0; r < rows.size(); ++r) {
    size_t c = 0;
    for (const CellSpec& cell : rows[r]) {
      while (c < grid[r].size() && grid[r][c].cell != nullptr) ++c;
      for (int dr = 0; dr < cell.rowspan && r + dr < rows.size(); ++dr) {
        auto& row = grid[r + dr];
        if (row.size() < c + cell.colspan) row.resize(c + cell.colspan);
        for (int dc = 0; dc < cell.colspan; ++dc) {
          row[c + dc] = {&cell, static_cast<int>(r), static_cast<int>(c)};
        }
      }
      c += cell.colspan;
      cols = std::max(cols, c);
    }
  }
  for (auto& row : grid) row.resize(cols);
  return grid;
}

std::string WriteText(const ReportSpec& report, bool glue_rows) {
  std::string out;
  for (const BlockSpec& b : report.blocks) {
    if (b.kind != BlockSpec::kTable) {
      out += b.text + "\n";
      continue;
    }
    for (const auto& row : b.rows) {
      bool glue = glue_rows && row.size() > 2 && !row.back().text.empty() &&
                  std::isdigit(static_cast<unsigned char>(row.back().text[0]));
      for (const CellSpec& cell : row) {
        bool digits = !cell.text.empty() && std::isdigit(static_cast<unsigned char>(cell.text[0]));
        out += cell.text + (glue && digits && &cell != &row.back() ? "" : glue && !digits ? "" : "\n");
      }
      if (glue && out.back() != '\n') out += "\n";
    }
  }
  return out;
}

std::string WriteHtml(const ReportSpec& report) {
  std::string h =
      "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<title>政府信息公开年度报告_南屏县人民政府</title>\n"
      "<script>var _hmt = _hmt || []; document.write('<p>统计代码</p>');</script>\n"
      "</head>\n<body>\n"
      "<div class=\"top-nav\"><a href=\"/\">首页</a> <a href=\"/zwgk/\">政务公开</a> "
      "<a href=\"/hdjl/\">互动交流</a></div>\n"
      "<div class=\"breadcrumb\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/zwgk/\">政务公开</a></div>\n"
      "<div class=\"article\">\n";
  for (const BlockSpec& b : report.blocks) {
    switch (b.kind) {
      case BlockSpec::kTitle: h += "<h1>" + Escape(b.text) + "</h1>\n"; break;
      case BlockSpec::kHeading: h += "<h2>" + Escape(b.text) + "</h2>\n"; break;
      case BlockSpec::kParagraph: h += "<p>&nbsp;&nbsp;" + Escape(b.text) + "</p>\n"; break;
      case BlockSpec::kTable:
        h += "<table border=\"1\">\n<tbody>\n";
        for (const auto& row : b.rows) {
          h += "<tr>";
          for (const CellSpec& cell : row) {
            h += "<td";
            if (cell.rowspan > 1) h += " rowspan=\"" + std::to_string(cell.rowspan) + "\"";
            if (cell.colspan > 1) h += " colspan=\"" + std::to_string(cell.colspan) + "\"";
            h += "><p>" + Escape(cell.text) + "</p></td>";
          }
          h += "</tr>\n";
        }
        h += "</tbody>\n</table>\n";
        break;
    }
  }
  h += "</div>\n<div class=\"footer\">主办：南屏县人民政府办公室 网站标识码：0000000000</div>\n"
       "</body>\n</html>\n";
  return h;
}

std::string WriteDocx(const ReportSpec& report) {
  std::string body;
  for (const BlockSpec& b : report.blocks) {
    switch (b.kind) {
      case BlockSpec::kTitle: body += Paragraph(b.text, "Title"); break;
      case BlockSpec::kHeading: body += Paragraph(WithoutMarker(b.text), "Heading1"); break;
      case BlockSpec::kParagraph: body += Paragraph(b.text); break;
      case BlockSpec::kTable: body += DocxTable(b.rows) + "<w:p/>"; break;
    }
  }
  std::string document =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
      "<w:body>" + body + "<w:sectPr/></w:body></w:document>";
  return WriteZip({{"[Content_Types].xml", kContentTypes},
                   {"_rels/.rels", kRels},
                   {"word/_rels/document.xml.rels", kDocumentRels},
                   {"word/document.xml", document},
                   {"word/styles.xml", kStyles},
                   {"word/numbering.xml", kNumbering}});
}

std::string WriteZip(const std::vector<std::pair<std::string, std::string>>& entries) {
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* src = zip_source_buffer_create(nullptr, 0, 0, &err);
  zip_t* za = src ? zip_open_from_source(src, ZIP_TRUNCATE, &err) : nullptr;
  if (za == nullptr) throw std::runtime_error("cannot create a zip archive in memory");
  zip_source_keep(src);
  for (const auto& [name, content] : entries) {
    zip_source_t* s = zip_source_buffer(za, content.data(), content.size(), 0);
    if (s == nullptr || zip_file_add(za, name.c_str(), s, ZIP_FL_ENC_UTF_8) < 0) {
      throw std::runtime_error("cannot add " + name + " to the zip archive");
    }
    // Fixed times make the archive byte-for-byte reproducible.
    zip_file_set_mtime(za, zip_name_locate(za, name.c_str(), 0), 1640995200, 0);
  }
  if (zip_close(za) < 0) throw std::runtime_error("cannot write the zip archive");
  std::string out;
  if (zip_source_open(src) == 0) {
    zip_source_seek(src, 0, SEEK_END);
    zip_int64_t size = zip_source_tell(src);
    zip_source_seek(src, 0, SEEK_SET);
    out.resize(static_cast<size_t>(size));
    zip_source_read(src, out.data(), out.size());
    zip_source_close(src);
  }
  zip_source_free(src);
  return out;
}

}  // namespace reportlint::examples
