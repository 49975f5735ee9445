#include "checker/ingest/html_reader.h"

#include <gumbo.h>

#include <algorithm>
#include <cstdlib>
#include <memory>

#include "checker/ingest/html_boilerplate.h"
#include "checker/ingest/html_charset.h"
#include "checker/ingest/html_nesting.h"
#include "checker/ingest/text_builder.h"
#include "checker/util/read_file.h"
#include "checker/util/utf.h"

namespace reportlint {
namespace {

// Spans beyond these are typos or attacks; HTML itself caps colspan at 1000.
constexpr int kMaxColSpan = 1000;
constexpr int kMaxRowSpan = 65534;
constexpr size_t kMaxTableRows = 10000;
constexpr size_t kMaxRowCells = 1000;

bool IsBlock(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY: case GUMBO_TAG_CENTER: case GUMBO_TAG_DD: case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIR: case GUMBO_TAG_DIV: case GUMBO_TAG_DL:
    case GUMBO_TAG_DT: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM: case GUMBO_TAG_H1:
    case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR:
    case GUMBO_TAG_HTML: case GUMBO_TAG_LEGEND: case GUMBO_TAG_LI: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_MENU: case GUMBO_TAG_OL: case GUMBO_TAG_P: case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TR:
    case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_CAPTION: case GUMBO_TAG_UL:
      return true;
    default:
      return false;
  }
}

int HeadingLevel(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_H1: return 1;
    case GUMBO_TAG_H2: return 2;
    case GUMBO_TAG_H3: return 3;
    case GUMBO_TAG_H4: return 4;
    case GUMBO_TAG_H5: return 5;
    case GUMBO_TAG_H6: return 6;
    default: return 0;
  }
}

int SpanAttr(const GumboElement& e, const char* name, int max) {
  const GumboAttribute* a = gumbo_get_attribute(&e.attributes, name);
  if (a == nullptr || a->value == nullptr) return 1;
  long v = std::strtol(a->value, nullptr, 10);
  return static_cast<int>(std::clamp<long>(v, 1, max));
}

const GumboVector* Children(const GumboNode* n) {
  if (n->type == GUMBO_NODE_ELEMENT) return &n->v.element.children;
  if (n->type == GUMBO_NODE_DOCUMENT) return &n->v.document.children;
  return nullptr;
}

class HtmlWalker {
 public:
  HtmlWalker(const std::u32string& source, const std::vector<uint32_t>& char_byte,
             const char* buffer, const StatsMap& stats)
      : source_(source), char_byte_(char_byte), buffer_(buffer), stats_(stats), out_(true) {}

  void Walk(const GumboNode* node, bool in_article) {
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
        node->type == GUMBO_NODE_CDATA) {
      AppendText(node);
      return;
    }
    const GumboVector* kids = Children(node);
    if (kids == nullptr) return;  // comments, templates
    if (node->type == GUMBO_NODE_ELEMENT) {
      const GumboElement& e = node->v.element;
      auto it = stats_.find(node);
      static const NodeStats kNone;
      if (IsBoilerplate(node, it == stats_.end() ? kNone : it->second, in_article)) return;
      in_article = in_article || e.tag == GUMBO_TAG_ARTICLE || e.tag == GUMBO_TAG_MAIN;
      if (e.tag == GUMBO_TAG_BR) {
        if (in_cell_) {
          out_.Append(U' ', Origin(e.start_pos.offset));
        } else {
          out_.EndLine();
        }
        return;
      }
      if (e.tag == GUMBO_TAG_IMG) {
        if (!in_cell_) out_.parts().blocks.push_back({BlockKind::kImage, out_.line_count(),
                                                      out_.line_count(), 0, -1});
        return;
      }
      if (e.tag == GUMBO_TAG_TABLE && !in_cell_ && IsDataTable(node, stats_)) {
        EmitTable(node);
        return;
      }
      if (IsBlock(e.tag)) {
        if (in_cell_) {
          out_.Append(U' ', Origin(e.start_pos.offset));
          WalkChildren(*kids, in_article);
          out_.Append(U' ', Origin(e.start_pos.offset));
          return;
        }
        out_.EndLine();
        size_t first = out_.line_count();
        WalkChildren(*kids, in_article);
        out_.EndLine();
        int level = HeadingLevel(e.tag);
        bool leaf = level > 0 || e.tag == GUMBO_TAG_P || e.tag == GUMBO_TAG_LI ||
                    e.tag == GUMBO_TAG_PRE || e.tag == GUMBO_TAG_DT || e.tag == GUMBO_TAG_DD;
        if (leaf && out_.line_count() > first) {
          out_.parts().blocks.push_back({level > 0 ? BlockKind::kHeading : BlockKind::kParagraph,
                                         first, out_.line_count(), level, -1});
        }
        return;
      }
    }
    WalkChildren(*kids, in_article);
  }

  DocumentParts Finish(std::u32string source) { return out_.Finish(std::move(source)); }

 private:
  void WalkChildren(const GumboVector& kids, bool in_article) {
    for (unsigned i = 0; i < kids.length; ++i) {
      Walk(static_cast<const GumboNode*>(kids.data[i]), in_article);
    }
  }

  // Index in the source of the character at byte `offset` of the buffer.
  uint32_t Origin(size_t offset) const {
    auto it = std::upper_bound(char_byte_.begin(), char_byte_.end(), offset);
    return static_cast<uint32_t>(std::max<ptrdiff_t>(0, (it - char_byte_.begin()) - 1));
  }

  // Appends a text node, giving each decoded character the source position
  // of what produced it: itself, or the entity ("&amp;", "&#21644;") it came from.
  void AppendText(const GumboNode* node) {
    const GumboText& t = node->v.text;
    std::u32string decoded = Utf8ToU32(t.text == nullptr ? "" : t.text);
    size_t p = Origin(t.start_pos.offset);
    size_t end = p;
    if (t.original_text.data != nullptr) {
      end = Origin(static_cast<size_t>(t.original_text.data - buffer_) + t.original_text.length);
      end = std::min(end, source_.size());
    }
    for (char32_t c : decoded) {
      uint32_t origin = static_cast<uint32_t>(std::min(p, source_.size()));
      if (p < end && source_[p] == c && c != U'&') {
        ++p;
      } else if (p < end && source_[p] == U'&') {
        size_t q = p + 1;
        while (q < end && q - p < 40 && source_[q] != U';' && source_[q] != U'&' &&
               source_[q] != U'<' && !IsSpace(source_[q])) {
          ++q;
        }
        p = (q < end && source_[q] == U';') ? q + 1 : q;
      } else if (p < end) {
        ++p;  // a substitution (NUL -> U+FFFD): keep the two in step
      }
      out_.Append(c, origin);
    }
  }

  void EmitTable(const GumboNode* table) {
    out_.EndLine();
    const GumboVector& kids = table->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) {  // the caption reads before the table
      const GumboNode* k = static_cast<const GumboNode*>(kids.data[i]);
      if (k->type == GUMBO_NODE_ELEMENT && k->v.element.tag == GUMBO_TAG_CAPTION) {
        Walk(k, false);
      }
    }
    std::vector<const GumboNode*> rows;
    TableRows(table, &rows);
    if (rows.size() > kMaxTableRows) rows.resize(kMaxTableRows);
    SourceTable st;
    st.first_line = out_.line_count();
    in_cell_ = true;
    for (const GumboNode* tr : rows) {
      std::vector<SourceCell> cells;
      const GumboVector& tds = tr->v.element.children;
      for (unsigned i = 0; i < tds.length && cells.size() < kMaxRowCells; ++i) {
        const GumboNode* td = static_cast<const GumboNode*>(tds.data[i]);
        if (td->type != GUMBO_NODE_ELEMENT ||
            (td->v.element.tag != GUMBO_TAG_TD && td->v.element.tag != GUMBO_TAG_TH)) {
          continue;
        }
        SourceCell cell;
        cell.row_span = SpanAttr(td->v.element, "rowspan", kMaxRowSpan);
        cell.col_span = SpanAttr(td->v.element, "colspan", kMaxColSpan);
        cell.line = out_.line_count();
        WalkChildren(td->v.element.children, false);
        out_.EndLine(/*keep_empty=*/true);
        cells.push_back(cell);
      }
      st.rows.push_back(std::move(cells));
    }
    in_cell_ = false;
    st.end_line = out_.line_count();
    out_.parts().blocks.push_back({BlockKind::kTable, st.first_line, st.end_line, 0,
                                   static_cast<int>(out_.parts().tables.size())});
    out_.parts().tables.push_back(std::move(st));
  }

  const std::u32string& source_;
  const std::vector<uint32_t>& char_byte_;
  const char* buffer_;
  const StatsMap& stats_;
  TextBuilder out_;
  bool in_cell_ = false;
};

bool HasMarkup(const std::u32string& s) {
  for (size_t i = 0; i + 1 < s.size(); ++i) {
    if (s[i] != U'<') continue;
    char32_t c = s[i + 1];
    if ((c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || c == U'!' || c == U'/') {
      return true;
    }
  }
  return false;
}

Error TooDeep(const std::string& path, const HtmlLimits& limits) {
  std::string depth = std::to_string(limits.max_depth);
  return {path, 0, 0, "the HTML page nests elements more than " + depth + " deep; it cannot be read",
          "网页元素嵌套超过 " + depth + " 层，无法读取"};
}

}  // namespace

std::unique_ptr<Document> ReadHtml(const std::string& path, std::string_view bytes,
                                   const std::string& forced_encoding, Error* error,
                                   const HtmlLimits& limits) {
  if (bytes.size() > limits.max_bytes) {
    *error = {path, 0, 0, "the HTML page is larger than the " + SizeText(limits.max_bytes) + " limit",
              "网页超过了 " + SizeText(limits.max_bytes) + " 的大小上限"};
    return nullptr;
  }
  Decoded decoded = DecodeHtml(bytes, forced_encoding);
  if (!decoded.error.empty()) {
    *error = {path, 0, 0, decoded.error, decoded.error_zh};
    return nullptr;
  }
  if (!HasMarkup(decoded.text)) {  // a text report saved as .html
    return std::make_unique<Document>(path, SourceFormat::kText, decoded.encoding,
                                      std::move(decoded.text));
  }
  // Before the parse, whose time grows with depth × elements: too many
  // elements, or an estimate of the nesting well past the limit (the
  // estimate may differ from the parser's by a level here and there; the
  // tree's own depth is checked after the parse).
  const size_t deep = 2 * static_cast<size_t>(limits.max_depth);
  TagCount tags = CountTags(decoded.text, deep);
  if (tags.elements > limits.max_elements) {
    *error = {path, 0, 0,
              "the HTML page has more than " + std::to_string(limits.max_elements) +
                  " elements, the limit; it cannot be read",
              "网页的元素超过 " + std::to_string(limits.max_elements) + " 个的上限，无法读取"};
    return nullptr;
  }
  if (tags.max_depth > deep) {
    *error = TooDeep(path, limits);
    return nullptr;
  }
  // gumbo reads UTF-8 and reports byte offsets; char_byte maps characters to them.
  std::string buffer;
  std::vector<uint32_t> char_byte;
  char_byte.reserve(decoded.text.size() + 1);
  for (char32_t c : decoded.text) {
    char_byte.push_back(static_cast<uint32_t>(buffer.size()));
    AppendUtf8(c, &buffer);
  }
  char_byte.push_back(static_cast<uint32_t>(buffer.size()));

  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // the parse errors are not needed: keep none
  std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> output(
      gumbo_parse_with_options(&options, buffer.data(), buffer.size()),
      [](GumboOutput* o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });
  StatsMap stats;
  if (!MeasureTree(output->document, limits.max_depth, &stats)) {
    *error = TooDeep(path, limits);
    return nullptr;
  }
  HtmlWalker walker(decoded.text, char_byte, buffer.data(), stats);
  walker.Walk(output->document, false);
  DocumentParts parts = walker.Finish(std::move(decoded.text));
  bool blank = std::all_of(parts.text.begin(), parts.text.end(),
                           [](char32_t c) { return IsSpace(c) || c == U'\n'; });
  if (blank) {
    *error = {path, 0, 0, "the HTML page contains no report text (is it published as images?)",
              "网页中没有报告文字（是否以图片发布？）"};
    return nullptr;
  }
  return std::make_unique<Document>(path, SourceFormat::kHtml, decoded.encoding,
                                    std::move(parts));
}

}  // namespace reportlint
