// WritePdf: the report laid out as WPS and Word export it, drawn with cairo.
//
// A4 pages with Word's default margins; body text in Noto Sans CJK SC, wrapped
// at the column width and justified (a line that is not a paragraph's last ends
// at the right margin), the first line indented by two characters; tables as
// ruled grids, header and number cells centred, labels left-aligned, text that
// is too wide for its cell wrapped inside it (so a narrow column reads as
// vertical text); rows that do not fit go on the next page; "-N-" at the foot of
// every page.
#include <cairo-pdf.h>
#include <cairo.h>

#include <algorithm>
#include <map>
#include <stdexcept>

#include "tests/examples/report_writer.h"

namespace reportlint::examples {
namespace {

constexpr double kPageWidth = 595.28, kPageHeight = 841.89;  // A4
constexpr double kMarginX = 90, kMarginTop = 72, kMarginBottom = 72;
constexpr double kColumn = kPageWidth - 2 * kMarginX;
constexpr double kTitleSize = 18, kTitleLead = 36;
constexpr double kCellPad = 5.4;  // Word's default cell margin, 0.19 cm
constexpr double kCellPadY = 2;    // above and below the text
constexpr char kFont[] = "Noto Sans CJK SC";

// A piece a line may not be broken inside: a run of Latin letters and digits
// (a number), or one other character.
std::vector<std::string> Tokens(const std::string& s) {
  std::vector<std::string> out;
  for (size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    bool latin = c < 0x80 && (std::isalnum(c) || c == '.' || c == '%');
    bool prev_latin = !out.empty() && !out.back().empty() &&
                      static_cast<unsigned char>(out.back().back()) < 0x80 &&
                      (std::isalnum(static_cast<unsigned char>(out.back().back())) ||
                       out.back().back() == '.' || out.back().back() == '%');
    if (latin && prev_latin) {
      out.back() += s[i];
    } else {
      out.push_back(s.substr(i, n));
    }
    i += n;
  }
  return out;
}

// Punctuation a line does not start with.
bool Closing(const std::string& token) {
  static const std::vector<std::string> kMarks = {"，", "。", "、", "；", "：", "）", "》",
                                                  "”", "！", "？", ")", ",", "."};
  return std::find(kMarks.begin(), kMarks.end(), token) != kMarks.end();
}

bool IsNumber(const std::string& s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c)) && c != '.') return false;
  }
  return true;
}

class PdfPages {
 public:
  PdfPages(std::string* out) : out_(out) {
    surface_ = cairo_pdf_surface_create_for_stream(Write, out_, kPageWidth, kPageHeight);
    cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_CREATE_DATE, "2022-01-20T00:00:00");
    cr_ = cairo_create(surface_);
    Font(12, false);
    cairo_glyph_t* glyphs = nullptr;
    int n = 0;
    cairo_scaled_font_text_to_glyphs(cairo_get_scaled_font(cr_), 0, 0, "中", -1, &glyphs, &n,
                                     nullptr, nullptr, nullptr);
    bool found = n == 1 && glyphs[0].index != 0;
    cairo_glyph_free(glyphs);
    if (!found) throw std::runtime_error(std::string("no CJK font \"") + kFont + "\" (install fonts-noto-cjk)");
  }
  ~PdfPages() {
    cairo_destroy(cr_);
    cairo_surface_destroy(surface_);
  }

  int page() const { return page_; }
  double y() const { return y_; }
  void set_y(double y) { y_ = y; }
  // Ensures `height` points are left on the page, else starts the next.
  void Need(double height) {
    if (y_ + height > kPageHeight - kMarginBottom) NewPage();
  }
  void NewPage() {
    Footer();
    cairo_show_page(cr_);
    ++page_;
    y_ = kMarginTop;
  }
  void Finish() {
    Footer();
    cairo_show_page(cr_);
    cairo_surface_finish(surface_);
  }

  void Font(double size, bool bold) {
    cairo_select_font_face(cr_, kFont, CAIRO_FONT_SLANT_NORMAL,
                           bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr_, size);
    size_ = size;
  }
  double Width(const std::string& s) {
    cairo_text_extents_t e;
    cairo_text_extents(cr_, s.c_str(), &e);
    return e.x_advance;
  }
  // The lines `text` wraps to at `width` in the current font.
  std::vector<std::vector<std::string>> Wrap(const std::string& text, double width, double indent = 0) {
    std::vector<std::vector<std::string>> lines(1);
    double used = indent;
    for (const std::string& t : Tokens(text)) {
      double w = Width(t);
      if (used + w > width + 0.01 && !lines.back().empty()) {
        std::vector<std::string> carry;
        if (Closing(t) && lines.back().size() > 1) {
          carry.push_back(lines.back().back());
          lines.back().pop_back();
        }
        lines.push_back(carry);
        used = 0;
        for (const std::string& c : carry) used += Width(c);
      }
      lines.back().push_back(t);
      used += w;
    }
    return lines;
  }
  // Draws one line whose box starts at `x`, `top`; with `justify_to`, spreads the
  // tokens to end at that x.
  void Line(const std::vector<std::string>& tokens, double x, double top, double justify_to = 0) {
    cairo_font_extents_t fe;
    cairo_font_extents(cr_, &fe);
    double total = 0;
    for (const std::string& t : tokens) total += Width(t);
    double extra = justify_to > 0 && tokens.size() > 1 ? (justify_to - x - total) / (tokens.size() - 1) : 0;
    for (const std::string& t : tokens) {
      cairo_move_to(cr_, x, top + fe.ascent * size_ / (fe.ascent + fe.descent));
      cairo_show_text(cr_, t.c_str());
      x += Width(t) + extra;
    }
  }
  double LineWidth(const std::vector<std::string>& tokens) {
    double w = 0;
    for (const std::string& t : tokens) w += Width(t);
    return w;
  }
  void Rule(double x0, double y0, double x1, double y1) {
    cairo_set_line_width(cr_, 0.5);
    cairo_move_to(cr_, x0, y0);
    cairo_line_to(cr_, x1, y1);
    cairo_stroke(cr_);
  }

 private:
  static cairo_status_t Write(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
  }
  void Footer() {
    Font(10.5, false);
    std::string n = std::to_string(page_);
    n.insert(n.begin(), '-');
    n.push_back('-');
    Line({n}, (kPageWidth - Width(n)) / 2, kPageHeight - 50);
  }

  std::string* out_;
  cairo_surface_t* surface_;
  cairo_t* cr_;
  int page_ = 1;
  double y_ = kMarginTop;
  double size_ = 12;
};

// A paragraph: first line indented two characters, lines justified but the last.
void Paragraph(PdfPages& pdf, const PdfStyle& z, const std::string& text, bool bold) {
  pdf.Font(z.body, bold);
  double indent = 2 * z.body;
  auto lines = pdf.Wrap(text, kColumn, indent);
  for (size_t i = 0; i < lines.size(); ++i) {
    pdf.Need(z.body_lead);
    double x = kMarginX + (i == 0 ? indent : 0);
    pdf.Line(lines[i], x, pdf.y(), i + 1 < lines.size() ? kMarginX + kColumn : 0);
    pdf.set_y(pdf.y() + z.body_lead);
  }
}

using Slot = GridSlot;

// The grid of a table and, in *cols, its width.
std::vector<std::vector<Slot>> Grid(const std::vector<std::vector<CellSpec>>& rows, int* cols) {
  std::vector<std::vector<Slot>> grid = LayOutGrid(rows);
  *cols = grid.empty() ? 0 : static_cast<int>(grid[0].size());
  return grid;
}

// Column widths: number columns share a little over half the width, label
// columns before the last are narrow (the first one character, the others a
// few), the last label column takes the rest.
std::vector<double> ColumnWidths(const PdfStyle& z, const std::vector<std::vector<Slot>>& grid, int cols) {
  std::vector<bool> value(cols, false);
  for (const auto& row : grid) {
    for (int c = 0; c < cols; ++c) {
      const Slot& s = row[c];
      if (s.cell != nullptr && s.cell->colspan == 1 && IsNumber(s.cell->text)) value[c] = true;
    }
  }
  int values = int(std::count(value.begin(), value.end(), true));
  int labels = cols - values;
  std::vector<double> w(cols);
  double vw = labels == 0 ? kColumn / cols : std::min(60.0, 0.55 * kColumn / std::max(values, 1));
  double rest = kColumn - vw * values;
  for (int c = 0; c < labels; ++c) {
    if (c + 1 < labels) {
      w[c] = c == 0 ? 1.3 * z.cell + 2 * kCellPad : 4.2 * z.cell + 2 * kCellPad;
      rest -= w[c];
    }
  }
  if (labels > 0) w[labels - 1] = rest;
  for (int c = labels; c < cols; ++c) w[c] = vw;
  return w;
}

void Table(PdfPages& pdf, const PdfStyle& z, const std::vector<std::vector<CellSpec>>& rows,
           std::vector<int>* row_pages) {
  int cols = 0;
  auto grid = Grid(rows, &cols);
  std::vector<double> width = ColumnWidths(z, grid, cols);
  std::vector<double> x(cols + 1, kMarginX);
  for (int c = 0; c < cols; ++c) x[c + 1] = x[c] + width[c];
  pdf.Font(z.cell, false);
  // Word's cell margin, narrowed (as users do) where the number columns (the
  // last) would not hold two characters.
  double pad = std::min(kCellPad, (width.back() - 2 * z.cell) / 2 - 0.5);
  auto span_width = [&](const Slot& s) { return x[s.col + s.cell->colspan] - x[s.col] - 2 * pad; };
  // Rows without a number are headers: their text is centred, as are numbers
  // and the empty-cell mark "/"; labels are left-aligned.
  std::vector<bool> header(rows.size(), true);
  for (size_t r = 0; r < rows.size(); ++r) {
    for (const CellSpec& c : rows[r]) {
      if (IsNumber(c.text)) header[r] = false;
    }
  }
  // Row heights: the cells of one row; a cell over several rows stretches its last row.
  std::vector<double> height(rows.size(), z.cell_lead + 2 * kCellPadY);
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t r = 0; r < rows.size(); ++r) {
      for (int c = 0; c < cols; ++c) {
        const Slot& s = grid[r][c];
        if (s.cell == nullptr || s.row != int(r) || s.col != c || (s.cell->rowspan > 1) != (pass == 1)) continue;
        double need = pdf.Wrap(s.cell->text, span_width(s)).size() * z.cell_lead + 2 * kCellPadY;
        size_t last = std::min(rows.size(), r + s.cell->rowspan) - 1;
        double have = 0;
        for (size_t k = r; k <= last; ++k) have += height[k];
        if (need > have) height[last] += need - have;
      }
    }
  }
  // Where each row goes: its page and top.
  std::vector<int> page(rows.size());
  std::vector<double> top(rows.size());
  {
    int p = pdf.page();
    double y = pdf.y();
    for (size_t r = 0; r < rows.size(); ++r) {
      if (y + height[r] > kPageHeight - kMarginBottom) {
        ++p;
        y = kMarginTop;
      }
      page[r] = p;
      top[r] = y;
      y += height[r];
    }
  }
  if (row_pages != nullptr) *row_pages = page;
  std::map<const CellSpec*, std::vector<std::vector<std::string>>> pending;  // text for the next page
  for (size_t r = 0; r < rows.size(); ++r) {
    if (page[r] != pdf.page()) pdf.NewPage();
    double bottom = top[r] + height[r];
    bool page_ends = r + 1 == rows.size() || page[r + 1] != page[r];
    pdf.Font(z.cell, false);
    for (int c = 0; c < cols;) {
      const Slot& s = grid[r][c];
      if (s.cell == nullptr) {
        ++c;
        continue;
      }
      int end_col = s.col + s.cell->colspan;
      size_t last_row = std::min(rows.size(), size_t(s.row + s.cell->rowspan)) - 1;
      bool starts = s.row == int(r), page_starts = r == 0 || page[r - 1] != page[r];
      pdf.Rule(x[c], top[r], x[c], bottom);
      pdf.Rule(x[end_col], top[r], x[end_col], bottom);
      if (starts || page_starts) pdf.Rule(x[c], top[r], x[end_col], top[r]);
      if (r == last_row || page_ends) pdf.Rule(x[c], bottom, x[end_col], bottom);
      if (starts || (page_starts && pending.count(s.cell))) {
        // The text goes in the part of the cell on this page, centred if it all
        // fits there; else it fills the part and flows on into the next page's.
        size_t k = r;
        while (k < last_row && page[k + 1] == page[r]) ++k;
        double box_bottom = top[k] + height[k];
        std::vector<std::vector<std::string>> lines =
            starts ? pdf.Wrap(s.cell->text, span_width(s)) : pending[s.cell];
        pending.erase(s.cell);
        size_t fit = static_cast<size_t>((box_bottom - top[r] - 2 * kCellPadY) / z.cell_lead);
        double y = (top[r] + box_bottom - lines.size() * z.cell_lead) / 2 + (z.cell_lead - z.cell) / 2;
        if (lines.size() > fit && k < last_row) {
          pending[s.cell].assign(lines.begin() + fit, lines.end());
          lines.resize(fit);
          y = top[r] + kCellPadY + (z.cell_lead - z.cell) / 2;
        }
        bool centred = header[s.row] || IsNumber(s.cell->text) || s.cell->text == "/";
        for (const auto& line : lines) {
          double lx = centred ? (x[s.col] + x[end_col] - pdf.LineWidth(line)) / 2 : x[s.col] + pad;
          pdf.Line(line, lx, y);
          y += z.cell_lead;
        }
      }
      c = end_col;
    }
    pdf.set_y(bottom);
  }
}

}  // namespace

std::string WritePdf(const ReportSpec& report, PdfPlacement* placement, const PdfStyle& z) {
  std::string out;
  {
    PdfPages pdf(&out);
    if (placement != nullptr) placement->table_row_pages.clear();
    for (const BlockSpec& b : report.blocks) {
      switch (b.kind) {
        case BlockSpec::kTitle: {
          pdf.Font(kTitleSize, true);
          for (const auto& line : pdf.Wrap(b.text, kColumn)) {
            pdf.Line(line, kMarginX + (kColumn - pdf.LineWidth(line)) / 2, pdf.y());
            pdf.set_y(pdf.y() + kTitleLead);
          }
          break;
        }
        case BlockSpec::kHeading:
          pdf.Need(2 * z.body_lead);  // not alone at the foot of a page
          Paragraph(pdf, z, b.text, true);
          break;
        case BlockSpec::kParagraph: Paragraph(pdf, z, b.text, false); break;
        case BlockSpec::kTable: {
          std::vector<int> pages;
          pdf.set_y(pdf.y() + 4);
          Table(pdf, z, b.rows, &pages);
          pdf.set_y(pdf.y() + z.body_lead / 2);
          if (placement != nullptr) placement->table_row_pages.push_back(pages);
          break;
        }
      }
    }
    pdf.Finish();
  }
  return out;
}

}  // namespace reportlint::examples
