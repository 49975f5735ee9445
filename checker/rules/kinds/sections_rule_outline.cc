// The checks of kind `sections` about the outline as written: the numbering of the
// headings (`numbering`) and required sections that say nothing (`empty`).
#include <algorithm>

#include "checker/rules/kinds/sections_rule.h"
#include "checker/structure/heading_numbering.h"
#include "checker/util/utf.h"

namespace reportlint {
namespace {

// What a body says once punctuation, whitespace and markup are gone: the
// letters, digits and ideographs (folded text has ASCII punctuation).
std::u32string Words(std::u32string_view s) {
  std::u32string out;
  for (char32_t c : s) {
    bool ascii_word = (c >= U'0' && c <= U'9') || (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
    bool punct = c < 0x80 || (c >= 0x2000 && c <= 0x206F) || (c >= 0x3000 && c <= 0x303F) ||
                 (c >= 0xFF00 && c <= 0xFF65) || (c >= 0x00A0 && c <= 0x00BF) || c == 0xFEFF;
    if (ascii_word || !punct) out += c;
  }
  return out;
}

}  // namespace

void SectionsRule::ConfigureNumbering(ParamReader& params) {
  if (params.Has("places")) places_ = ReadSectionPatterns(params, "places");
}

void SectionsRule::ConfigureEmpty(ParamReader& params) {
  required_ = ReadSectionPatterns(params, "required");
  for (const std::string& name : params.StringList("may_be_empty")) {
    bool known = std::any_of(required_.begin(), required_.end(),
                             [&](const SectionPattern& s) { return s.name == name; });
    if (!known) params.Fail("may_be_empty", "'" + name + "' is not the name of a required section");
    may_be_empty_.push_back(name);
  }
  std::vector<std::string> nothing = {"无", "暂无", "没有"};
  if (params.Has("nothing")) nothing = params.StringList("nothing");
  for (const std::string& w : nothing) {
    std::u32string k = Words(FoldedText(Utf8ToU32(w)).text());
    if (k.empty()) params.Fail("nothing", "a 'nothing' answer must contain words");
    nothing_.push_back(k);
  }
}

void SectionsRule::CheckNumbering(const Analysis& a, RuleReporter& out) const {
  if (!a.sections.readable) return;
  const std::vector<Heading>& hs = a.sections.headings;
  // A top-level heading has a place when exactly one place's patterns match
  // its title and no other top-level heading matches that place.
  std::vector<int> places;
  if (!places_.empty()) {
    places.assign(hs.size(), 0);
    std::vector<int> taken(places_.size(), 0);
    for (size_t i = 0; i < hs.size(); ++i) {
      if (!hs[i].top_level) continue;
      int match = -1, matches = 0;
      for (size_t p = 0; p < places_.size(); ++p) {
        bool m = std::any_of(places_[p].match.begin(), places_[p].match.end(),
                             [&](const auto& re) { return re->Matches(hs[i].title); });
        if (m) {
          match = static_cast<int>(p);
          ++matches;
        }
      }
      if (matches != 1) continue;
      places[i] = match + 1;
      ++taken[match];
    }
    for (int& p : places) {
      if (p && taken[p - 1] != 1) p = 0;
    }
  }
  for (const NumberingSlip& s : AuditNumbering(a.folded.text(), a.sections, a.tables, places)) {
    const Heading& h = hs[s.heading];
    if (std::min(h.level, s.expected_level) > max_level_) continue;
    out.Report(h.begin, h.end,
               {{"heading", a.OriginalText(HeadingTextBegin(a.folded.text(), h), h.end)},
                {"level", s.expected_level},
                {"number", NumberAsWritten(h.number, h.level)},
                {"expected", NumberAsWritten(s.expected, s.expected_level)},
                {"problem", ProblemName(s.problem)}});
  }
}

// A section says nothing when every heading that matches it (a table of
// contents repeats them) has a body without words, or only a "nothing"
// answer, and no table or image. The last section of a report that stops
// right after its heading is not judged: a copy cut off there looks the same.
void SectionsRule::CheckEmpty(const Analysis& a, RuleReporter& out) const {
  if (!a.sections.readable) return;
  const std::u32string& text = a.folded.text();
  const std::vector<Block>& blocks = a.document->blocks();
  for (const SectionPattern& s : required_) {
    if (std::count(may_be_empty_.begin(), may_be_empty_.end(), s.name)) continue;
    const Heading* last = nullptr;
    std::u32string said;
    bool says_nothing = true;
    for (const Heading& h : a.sections.headings) {
      if (h.level > max_level_) continue;
      bool m = std::any_of(s.match.begin(), s.match.end(),
                           [&](const auto& re) { return re->Matches(h.title); });
      if (!m) continue;
      std::u32string words = Words(std::u32string_view(text).substr(h.end, h.body_end - h.end));
      bool nothing = words.empty() ||
                     std::find(nothing_.begin(), nothing_.end(), words) != nothing_.end();
      bool table = std::any_of(a.tables.begin(), a.tables.end(), [&](const Table& t) {
        return t.begin >= h.end && t.begin < h.body_end;
      });
      bool image = std::any_of(blocks.begin(), blocks.end(), [&](const Block& b) {
        if (b.kind != BlockKind::kImage || b.first_line >= a.lines.size()) return false;
        size_t at = a.lines[b.first_line].begin;
        return at >= h.end && at <= h.body_end;
      });
      if (!nothing || table || image || (words.empty() && h.body_end >= text.size())) {
        says_nothing = false;
        break;
      }
      last = &h;
      said = words;
    }
    if (!last || !says_nothing) continue;
    out.Report(last->begin, last->end,
               {{"section", s.name},
                {"heading", a.OriginalText(HeadingTextBegin(a.folded.text(), *last), last->end)},
                {"says", said.empty() ? "nothing" : "none"},
                {"body", U32ToUtf8(said)}});
  }
}

}  // namespace reportlint
