#include "checker/ingest/pdf_reader.h"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <algorithm>
#include <cmath>
#include <mutex>
#include <optional>
#include <utility>

#include "checker/ingest/pdf_columns.h"
#include "checker/ingest/pdf_layout.h"
#include "checker/ingest/pdf_tables.h"
#include "checker/util/utf.h"

namespace reportlint {
namespace {

void Quiet(const std::string&, void*) {}

// Writes the reading text line by line with the location of each line.
class PdfText {
 public:
  size_t line_count() const { return lines_; }
  void Line(std::u32string_view text, const Location& where) {
    for (char32_t c : text) {
      if (c == U'\n' || c == U'\r' || c == U'\t') c = U' ';
      if (c == 0 || c < 0x20 || (c >= 0x7F && c < 0xA0) || (c >= 0xD800 && c <= 0xDFFF)) c = 0xFFFD;
      parts_.text.push_back(c);
    }
    parts_.text.push_back(U'\n');
    parts_.line_locations.push_back(where);
    ++lines_;
  }
  DocumentParts& parts() { return parts_; }
  DocumentParts Finish() {
    if (!parts_.text.empty()) parts_.text.pop_back();
    return std::move(parts_);
  }

 private:
  DocumentParts parts_;
  size_t lines_ = 0;
};

std::u32string Trimmed(std::u32string s) {
  while (!s.empty() && IsSpace(s.back())) s.pop_back();
  size_t i = 0;
  while (i < s.size() && IsSpace(s[i])) ++i;
  return s.substr(i);
}

void WriteTable(const PdfTable& t, int number, PdfText* out) {
  SourceTable st;
  st.first_line = out->line_count();
  for (size_t r = 0; r < t.rows.size(); ++r) {
    st.rows.emplace_back();
    for (const PdfCell& c : t.rows[r]) {
      Location where = PdfLocation(c.page, c.box);
      where.table = number;
      where.row = static_cast<int>(r) + 1;
      where.col = c.col + 1;
      SourceCell cell;
      cell.row_span = c.row_span;
      cell.col_span = c.col_span;
      cell.col = c.col;
      cell.line = out->line_count();
      out->Line(Trimmed(c.text), where);
      st.rows.back().push_back(cell);
    }
  }
  st.end_line = out->line_count();
  out->parts().blocks.push_back({BlockKind::kTable, st.first_line, st.end_line, 0,
                                 static_cast<int>(out->parts().tables.size())});
  out->parts().tables.push_back(std::move(st));
}

}  // namespace

std::unique_ptr<Document> ReadPdf(const std::string& path, std::string_view bytes, Error* error,
                                  const PdfLimits& limits) {
  auto fail = [&](const std::string& message, const std::string& message_zh = "") {
    *error = {path, 0, 0, message, message_zh};
    return nullptr;
  };
  if (bytes.size() > static_cast<size_t>(INT32_MAX)) return fail("the PDF is too large", "PDF 文件太大");
  // poppler's error callback is process-wide: set once, not per (concurrent) read.
  static std::once_flag quiet;
  std::call_once(quiet, [] { poppler::set_debug_error_function(Quiet, nullptr); });
  std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(
      bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) {
    return fail("not a readable PDF file: poppler cannot open it (damaged, or not a PDF)",
                "无法读取的 PDF 文件：文件已损坏，或不是 PDF");
  }
  if (doc->is_locked()) {
    return fail("the PDF is encrypted and needs a password to open; save it without one",
                "PDF 已加密，需要密码才能打开；请另存为不加密的 PDF");
  }
  int pages = doc->pages();
  if (pages > limits.max_pages) {
    return fail("the PDF has " + std::to_string(pages) + " pages, more than the limit of " +
                std::to_string(limits.max_pages));
  }
  std::vector<PdfLine> lines;
  // For a line of a two-column page, its column's left and right edges: the
  // measure a wrapped line fills. Unset on one-column pages (the text's own).
  std::vector<std::optional<std::pair<double, double>>> measures;
  std::vector<int> blank_pages;
  size_t words_total = 0;
  for (int p = 0; p < pages; ++p) {
    std::unique_ptr<poppler::page> page(doc->create_page(p));
    if (!page) {
      blank_pages.push_back(p + 1);
      continue;
    }
    double height = page->page_rect().height();
    std::vector<PdfWord> words;
    for (const poppler::text_box& t : page->text_list()) {
      poppler::byte_array utf8 = t.text().to_utf8();
      std::u32string text = Trimmed(Utf8ToU32(std::string(utf8.begin(), utf8.end())));
      if (text.empty()) continue;
      poppler::rectf b = t.bbox();
      words.push_back({{b.x(), b.y(), b.x() + b.width(), b.y() + b.height()}, std::move(text),
                       t.has_space_after()});
    }
    words_total += words.size();
    if (words_total > limits.max_words) {
      return fail("the PDF's text layer has more than " + std::to_string(limits.max_words) +
                  " words, the limit");
    }
    if (words.empty()) {
      blank_pages.push_back(p + 1);
      continue;
    }
    std::vector<PdfColumn> columns = ColumnsOfPage(std::move(words));
    for (PdfColumn& c : columns) {
      for (PdfLine& l : LinesOfPage(std::move(c.words), p + 1)) {
        if (IsPageNumberLine(l, height)) continue;
        lines.push_back(std::move(l));
        measures.push_back(columns.size() > 1 ? std::optional(std::pair(c.x0, c.x1))
                                              : std::nullopt);
      }
    }
  }

  // The text column: where most lines start and end, and the prose's line height:
  // that of the lines spanning most of the page's text (wrapped prose), as a
  // report with large tables has more table lines than prose lines.
  double extent_left = 1e18, extent_right = -1e18;
  for (const PdfLine& l : lines) {
    extent_left = std::min(extent_left, l.box.x0);
    extent_right = std::max(extent_right, l.box.x1);
  }
  std::vector<double> heights, wide_heights;
  for (const PdfLine& l : lines) {
    heights.push_back(l.height);
    if (!l.tabular && l.box.x1 - l.box.x0 > 0.8 * (extent_right - extent_left)) {
      wide_heights.push_back(l.height);
    }
  }
  double body_height = Median(wide_heights.size() >= 3 ? wide_heights : heights);
  double left = 1e18, right = -1e18;
  for (const PdfLine& l : lines) {
    if (l.height < 0.8 * body_height) continue;
    left = std::min(left, l.box.x0);
    right = std::max(right, l.box.x1);
  }
  double width = right > left ? right - left : 0;

  PdfText out;
  std::vector<std::pair<size_t, size_t>> tables = FindPdfTables(lines, width, body_height);
  size_t next_table = 0;
  std::u32string para;
  Location para_where;
  const PdfLine* prev = nullptr;
  double prev_right = right;
  auto flush = [&] {
    prev = nullptr;
    if (para.empty()) return;
    out.Line(para, para_where);
    out.parts().blocks.push_back({BlockKind::kParagraph, out.line_count() - 1,
                                  out.line_count(), 0, -1});
    para.clear();
  };
  for (size_t i = 0; i < lines.size(); ++i) {
    if (next_table < tables.size() && i == tables[next_table].first) {
      flush();
      std::vector<const PdfLine*> in;
      for (size_t k = tables[next_table].first; k < tables[next_table].second; ++k) {
        in.push_back(&lines[k]);
      }
      WriteTable(BuildPdfTable(in), static_cast<int>(next_table) + 1, &out);
      i = tables[next_table].second - 1;
      ++next_table;
      continue;
    }
    const PdfLine& l = lines[i];
    std::u32string text = Trimmed(l.text);
    // A paragraph does not continue over a page without text (an image
    // between them: what it held is not known).
    double line_left = measures[i] ? measures[i]->first : left;
    bool continues = prev != nullptr && l.page <= prev->page + 1 &&
                     prev->box.x1 >= prev_right - 1.5 * prev->height &&
                     l.box.x0 <= line_left + 0.8 * l.height &&
                     std::abs(l.height - prev->height) < 0.3 * l.height;
    if (!continues) {
      flush();
      para_where = PdfLocation(l.page, l.box);
    } else if (l.page == para_where.page) {
      para_where.box.x0 = std::min(para_where.box.x0, l.box.x0);
      para_where.box.x1 = std::max(para_where.box.x1, l.box.x1);
      para_where.box.y1 = std::max(para_where.box.y1, l.box.y1);
    }
    AppendWrapped(&para, text);
    prev = &l;
    prev_right = measures[i] ? measures[i]->second : right;
  }
  flush();
  DocumentParts parts = out.Finish();
  parts.pages_without_text = std::move(blank_pages);
  parts.page_count = pages;
  return std::make_unique<Document>(path, SourceFormat::kPdf, "UTF-8", std::move(parts));
}

}  // namespace reportlint
