#include "checker/ingest/docx_reader.h"

#include <algorithm>
#include <map>

#include "checker/ingest/docx_numbering.h"
#include "checker/ingest/docx_xml.h"
#include "checker/ingest/text_builder.h"
#include "checker/util/utf.h"

namespace reportlint {
namespace {

// Inline markup nested deeper than this (smartTag in smartTag ...) is ignored.
constexpr int kMaxInlineDepth = 64;

class DocxWalker {
 public:
  DocxWalker(DocxNumbering* numbering, const DocxLimits& limits)
      : numbering_(numbering), limits_(limits), out_(false) {}

  // Block-level content: paragraphs, tables, content controls.
  void Blocks(const pugi::xml_node& parent, int depth) {
    for (pugi::xml_node n = parent.first_child(); n; n = n.next_sibling()) {
      if (Is(n, "p")) {
        BodyParagraph(n);
      } else if (Is(n, "tbl")) {
        Table(n);
      } else if ((Is(n, "sdt") || Is(n, "customXml") || Is(n, "sdtContent")) && depth < 16) {
        Blocks(Is(n, "sdt") ? Child(n, "sdtContent") : n, depth + 1);
      }
    }
  }

  DocumentParts Finish() { return out_.Finish(U""); }

 private:
  void BodyParagraph(const pugi::xml_node& p) {
    Location where;
    where.paragraph = paragraphs_ + 1;
    size_t first = out_.line_count();
    pugi::xml_node ppr = Child(p, "pPr");
    out_.Append(numbering_->NextMarker(ppr));
    in_cell_ = false;
    where_ = where;
    Inline(p, 0);
    out_.EndLine(false, where);
    if (out_.line_count() == first) return;
    ++paragraphs_;
    int level = numbering_->HeadingLevel(ppr);
    out_.parts().blocks.push_back({level > 0 ? BlockKind::kHeading : BlockKind::kParagraph, first,
                                   out_.line_count(), level, -1});
  }

  // The text of runs, hyperlinks, insertions, fields and content controls.
  void Inline(const pugi::xml_node& parent, int depth) {
    if (depth > kMaxInlineDepth) return;
    for (pugi::xml_node n = parent.first_child(); n; n = n.next_sibling()) {
      if (n.type() != pugi::node_element) continue;
      std::string_view name = LocalName(n.name());
      if (name == "t") {
        out_.Append(Utf8ToU32(n.child_value()));
      } else if (name == "r") {
        pugi::xml_node rpr = Child(n, "rPr");
        if (OnOff(Child(rpr, "vanish")) || OnOff(Child(rpr, "webHidden"))) continue;
        Inline(n, depth + 1);
      } else if (name == "tab" || name == "ptab") {
        out_.Append(U'\t');
      } else if (name == "br" || name == "cr") {
        if (in_cell_) {
          out_.Append(U' ');
        } else {
          out_.EndLine(false, where_);
        }
      } else if (name == "noBreakHyphen") {
        out_.Append(U'-');
      } else if (name == "drawing" || name == "pict" || name == "object" ||
                 name == "AlternateContent") {
        if (!in_cell_) {
          out_.parts().blocks.push_back(
              {BlockKind::kImage, out_.line_count(), out_.line_count(), 0, -1});
        }
      } else if (name == "hyperlink" || name == "ins" || name == "moveTo" || name == "smartTag" ||
                 name == "fldSimple" || name == "customXml" || name == "sdt" ||
                 name == "sdtContent" || name == "dir" || name == "bdo") {
        Inline(n, depth + 1);
      }
      // Not text: pPr, rPr, del, moveFrom, instrText, delText, bookmarks, comments.
    }
  }

  // A cell's content on one line: its paragraphs (and nested tables) joined by spaces.
  void CellContent(const pugi::xml_node& parent, int depth) {
    for (pugi::xml_node n = parent.first_child(); n; n = n.next_sibling()) {
      if (Is(n, "p")) {
        out_.Append(U' ');
        out_.Append(numbering_->NextMarker(Child(n, "pPr")));
        Inline(n, 0);
      } else if (Is(n, "tbl") && depth < limits_.max_table_depth) {
        for (pugi::xml_node tr = n.first_child(); tr; tr = tr.next_sibling()) {
          if (!Is(tr, "tr")) continue;
          for (pugi::xml_node tc = tr.first_child(); tc; tc = tc.next_sibling()) {
            if (Is(tc, "tc")) CellContent(tc, depth + 1);
          }
        }
      } else if ((Is(n, "sdt") || Is(n, "customXml")) && depth < limits_.max_table_depth) {
        CellContent(Is(n, "sdt") ? Child(n, "sdtContent") : n, depth + 1);
      }
    }
  }

  // Elements with local name `local` under `parent`, looking through content
  // controls and custom XML wrappers.
  static void Collect(const pugi::xml_node& parent, std::string_view local,
                      std::vector<pugi::xml_node>* out, int depth = 0) {
    for (pugi::xml_node n = parent.first_child(); n; n = n.next_sibling()) {
      if (Is(n, local)) {
        out->push_back(n);
      } else if ((Is(n, "sdt") || Is(n, "customXml") || Is(n, "sdtContent")) && depth < 8) {
        Collect(n, local, out, depth + 1);
      }
    }
  }

  void Table(const pugi::xml_node& tbl) {
    out_.EndLine(false, where_);
    int number = ++tables_;
    in_cell_ = true;
    SourceTable st;
    st.first_line = out_.line_count();
    // Cells a vMerge="restart" opened, by grid column: (row, index in row).
    std::map<int, std::pair<size_t, size_t>> open;
    std::vector<pugi::xml_node> rows;
    Collect(tbl, "tr", &rows);
    if (rows.size() > limits_.max_table_rows) rows.resize(limits_.max_table_rows);
    for (const pugi::xml_node& tr : rows) {
      size_t r = st.rows.size();
      st.rows.emplace_back();
      pugi::xml_node trpr = Child(tr, "trPr");
      int col = static_cast<int>(std::clamp<long>(IntVal(Child(trpr, "gridBefore"), 0), 0,
                                                  limits_.max_grid_cols));
      std::vector<pugi::xml_node> cells;
      Collect(tr, "tc", &cells);
      for (const pugi::xml_node& tc : cells) {
        if (col >= limits_.max_grid_cols) break;
        pugi::xml_node tcpr = Child(tc, "tcPr");
        int span = static_cast<int>(std::clamp<long>(IntVal(Child(tcpr, "gridSpan"), 1), 1,
                                                     limits_.max_grid_cols - col));
        pugi::xml_node vmerge = Child(tcpr, "vMerge");
        std::string_view vm = vmerge ? AttrValue(vmerge, "val") : "none";
        auto above = open.find(col);
        if (vmerge && vm != "restart" && above != open.end()) {  // continues the cell above
          SourceCell& origin = st.rows[above->second.first][above->second.second];
          origin.row_span = static_cast<int>(r - above->second.first) + 1;
          col += span;
          continue;
        }
        for (int c = col; c < col + span; ++c) open.erase(c);
        SourceCell cell;
        cell.col = col;
        cell.col_span = span;
        cell.line = out_.line_count();
        if (vm == "restart") open[col] = {r, st.rows[r].size()};
        CellContent(tc, 0);
        Location where;
        where.table = number;
        where.row = static_cast<int>(r) + 1;
        where.col = col + 1;
        out_.EndLine(/*keep_empty=*/true, where);
        st.rows[r].push_back(cell);
        col += span;
      }
    }
    in_cell_ = false;
    st.end_line = out_.line_count();
    out_.parts().blocks.push_back({BlockKind::kTable, st.first_line, st.end_line, 0,
                                   static_cast<int>(out_.parts().tables.size())});
    out_.parts().tables.push_back(std::move(st));
  }

  DocxNumbering* numbering_;
  const DocxLimits& limits_;
  TextBuilder out_;
  int paragraphs_ = 0;
  int tables_ = 0;
  bool in_cell_ = false;
  Location where_;  // of the body paragraph being read
};

// Parses `xml` in place. On failure sets *error naming the part.
bool ParseXml(const std::string& part, std::string* xml, pugi::xml_document* doc,
              std::string* error) {
  pugi::xml_parse_result r = doc->load_buffer_inplace(
      xml->data(), xml->size(), pugi::parse_default | pugi::parse_ws_pcdata_single);
  if (!r) {
    *error = "the part " + part + " is not well-formed XML (" + r.description() + " at byte " +
             std::to_string(r.offset) + ")";
    return false;
  }
  return true;
}

// The main part named by _rels/.rels (normally word/document.xml).
std::string MainPart(ZipReader& zip) {
  std::string rels;
  std::string ignored;
  pugi::xml_document doc;
  if (zip.Has("_rels/.rels") && zip.Read("_rels/.rels", &rels, &ignored) &&
      ParseXml("_rels/.rels", &rels, &doc, &ignored)) {
    for (pugi::xml_node r = doc.document_element().first_child(); r; r = r.next_sibling()) {
      std::string_view type = AttrValue(r, "Type");
      if (type.size() >= 15 && type.substr(type.size() - 15) == "/officeDocument") {
        std::string target = AttrValue(r, "Target");
        if (!target.empty() && target[0] == '/') target.erase(0, 1);
        if (zip.Has(target)) return target;
      }
    }
  }
  return "word/document.xml";
}

}  // namespace

std::unique_ptr<Document> ReadDocx(const std::string& path, std::string_view bytes, Error* error,
                                   const DocxLimits& limits) {
  // The Chinese names the problem; the details of a damaged archive stay in
  // `message` (libzip's words).
  auto fail = [&](const std::string& message, const std::string& message_zh = "") {
    *error = {path, 0, 0, message, message_zh};
    return nullptr;
  };
  if (bytes.substr(0, 8) == std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)) {
    return fail("this is an old binary Word document (.doc) or an encrypted one; "
                "save it as .docx without a password",
                "这是旧版二进制 Word 文档（.doc）或加密文档；请另存为不加密的 .docx");
  }
  if (!LooksLikeZip(bytes)) {
    return fail("not a DOCX file: it is not a zip archive", "不是 DOCX 文件：它不是 zip 压缩包");
  }
  std::string message;
  std::unique_ptr<ZipReader> zip = ZipReader::Open(bytes, limits.zip, &message);
  if (!zip) return fail("not a readable DOCX file: " + message, "无法读取的 DOCX 文件：" + message);
  std::string main = MainPart(*zip);
  std::string folder = main.substr(0, main.rfind('/') + 1);
  if (!zip->Has(main)) return fail("not a DOCX file: the archive has no " + main);

  DocxNumbering numbering;
  std::string styles_xml, numbering_xml;
  pugi::xml_document styles_doc, numbering_doc;
  for (auto [name, xml, doc] : {std::tuple{"styles.xml", &styles_xml, &styles_doc},
                                std::tuple{"numbering.xml", &numbering_xml, &numbering_doc}}) {
    std::string part = folder + name;
    if (!zip->Has(part)) continue;
    if (!zip->Read(part, xml, &message) || !ParseXml(part, xml, doc, &message)) {
      return fail(message);
    }
  }
  numbering.LoadStyles(styles_doc.document_element());
  numbering.LoadNumbering(numbering_doc.document_element());

  std::string document_xml;
  pugi::xml_document doc;
  if (!zip->Read(main, &document_xml, &message) || !ParseXml(main, &document_xml, &doc, &message)) {
    return fail(message);
  }
  pugi::xml_node body = Child(doc.document_element(), "body");
  if (!body) return fail("not a Word document: " + main + " has no <w:body>");
  DocxWalker walker(&numbering, limits);
  walker.Blocks(body, 0);
  DocumentParts parts = walker.Finish();
  bool blank = std::all_of(parts.text.begin(), parts.text.end(),
                           [](char32_t c) { return IsSpace(c) || c == U'\n'; });
  if (blank) return fail("the document contains no text (is the report pasted as images?)");
  return std::make_unique<Document>(path, SourceFormat::kDocx, "UTF-8", std::move(parts));
}

}  // namespace reportlint
