#include "checker/ingest/docx_numbering.h"

#include <algorithm>
#include <cctype>

#include "checker/ingest/docx_xml.h"
#include "checker/values/chinese_numeral.h"
#include "checker/util/utf.h"

namespace reportlint {
namespace {

constexpr int kLevels = 9;

std::u32string Letters(int n, char32_t a) {
  std::u32string s;
  for (int k = (n - 1) / 26 + 1; k > 0 && n > 0; --k) s.push_back(a + (n - 1) % 26);
  return s;
}

std::u32string Roman(int n, bool upper) {
  static const std::pair<int, const char*> kParts[] = {
      {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"},
      {50, "l"},   {40, "xl"},  {10, "x"},  {9, "ix"},   {5, "v"},   {4, "iv"}, {1, "i"}};
  std::string s;
  for (const auto& [v, r] : kParts) {
    for (; n >= v && s.size() < 32; n -= v) s += r;
  }
  if (upper) {
    for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return Utf8ToU32(s);
}

}  // namespace

std::u32string FormatListNumber(int n, const std::string& format) {
  if (format == "chineseCounting" || format == "chineseCountingThousand" ||
      format == "chineseLegalSimplified" || format == "japaneseCounting" ||
      format == "taiwaneseCounting" || format == "taiwaneseCountingThousand" ||
      format == "ideographDigital") {
    return WriteChineseOrdinal(n);
  }
  if (format == "ideographTraditional" && n >= 1 && n <= 10) {
    return std::u32string(1, U"甲乙丙丁戊己庚辛壬癸"[n - 1]);
  }
  if (format == "decimalEnclosedCircle" || format == "decimalEnclosedCircleChinese") {
    if (n >= 1 && n <= 20) return std::u32string(1, static_cast<char32_t>(0x2460 + n - 1));
  }
  if (format == "decimalFullWidth" || format == "decimalFullWidth2") {
    std::u32string s;
    for (char c : std::to_string(n)) s.push_back(static_cast<char32_t>(0xFF10 + (c - '0')));
    return s;
  }
  if (format == "lowerLetter") return Letters(n, U'a');
  if (format == "upperLetter") return Letters(n, U'A');
  if (format == "lowerRoman") return Roman(n, false);
  if (format == "upperRoman") return Roman(n, true);
  if (format == "decimalZero" && n < 10) return Utf8ToU32("0" + std::to_string(n));
  return Utf8ToU32(std::to_string(n));
}

void DocxNumbering::LoadStyles(const pugi::xml_node& root) {
  for (pugi::xml_node s = root.first_child(); s; s = s.next_sibling()) {
    if (!Is(s, "style")) continue;
    Style st;
    st.based_on = AttrValue(Child(s, "basedOn"), "val");
    std::string name = AttrValue(Child(s, "name"), "val");
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const char* prefix : {"heading ", "标题 ", "标题"}) {
      if (name.rfind(prefix, 0) == 0) {
        int level = std::atoi(name.c_str() + std::string(prefix).size());
        if (level >= 1 && level <= kLevels) st.heading = level;
      }
    }
    pugi::xml_node ppr = Child(s, "pPr");
    long outline = IntVal(Child(ppr, "outlineLvl"), -1);
    if (st.heading == 0 && outline >= 0 && outline < kLevels) st.heading = outline + 1;
    pugi::xml_node numpr = Child(ppr, "numPr");
    if (numpr) {
      st.num_id = static_cast<int>(IntVal(Child(numpr, "numId"), -1));
      st.ilvl = static_cast<int>(std::clamp<long>(IntVal(Child(numpr, "ilvl"), 0), 0, kLevels - 1));
    }
    styles_[AttrValue(s, "styleId")] = st;
  }
}

void DocxNumbering::LoadNumbering(const pugi::xml_node& root) {
  for (pugi::xml_node n = root.first_child(); n; n = n.next_sibling()) {
    if (Is(n, "abstractNum")) {
      std::vector<Level> levels(kLevels);
      for (pugi::xml_node l = n.first_child(); l; l = l.next_sibling()) {
        if (!Is(l, "lvl")) continue;
        long ilvl = std::atol(AttrValue(l, "ilvl"));
        if (ilvl < 0 || ilvl >= kLevels) continue;
        Level& lv = levels[ilvl];
        lv.start = static_cast<int>(std::clamp<long>(IntVal(Child(l, "start"), 1), 0, 100000));
        std::string fmt = AttrValue(Child(l, "numFmt"), "val");
        if (!fmt.empty()) lv.format = fmt;
        lv.text = AttrValue(Child(l, "lvlText"), "val");
      }
      abstract_[std::atoi(AttrValue(n, "abstractNumId"))] = std::move(levels);
    } else if (Is(n, "num")) {
      Num num;
      num.abstract_id = static_cast<int>(IntVal(Child(n, "abstractNumId"), -1));
      for (pugi::xml_node o = n.first_child(); o; o = o.next_sibling()) {
        if (!Is(o, "lvlOverride")) continue;
        long start = IntVal(Child(o, "startOverride"), -1);
        if (start >= 0) num.start_override[std::atoi(AttrValue(o, "ilvl"))] = static_cast<int>(start);
      }
      nums_[std::atoi(AttrValue(n, "numId"))] = std::move(num);
    }
  }
}

const DocxNumbering::Style* DocxNumbering::FindStyle(const std::string& id) const {
  auto it = styles_.find(id);
  return it == styles_.end() ? nullptr : &it->second;
}

int DocxNumbering::HeadingLevel(const pugi::xml_node& ppr) const {
  long outline = IntVal(Child(ppr, "outlineLvl"), -1);
  if (outline >= 0 && outline < kLevels) return static_cast<int>(outline) + 1;
  std::string id = AttrValue(Child(ppr, "pStyle"), "val");
  for (int hops = 0; hops < 16 && !id.empty(); ++hops) {  // basedOn chains may loop
    const Style* s = FindStyle(id);
    if (s == nullptr) break;
    if (s->heading > 0) return s->heading;
    id = s->based_on;
  }
  return 0;
}

std::u32string DocxNumbering::NextMarker(const pugi::xml_node& ppr) {
  int num_id = -1;
  int ilvl = 0;
  pugi::xml_node numpr = Child(ppr, "numPr");
  if (numpr) {
    num_id = static_cast<int>(IntVal(Child(numpr, "numId"), -1));
    ilvl = static_cast<int>(IntVal(Child(numpr, "ilvl"), 0));
  } else {
    std::string id = AttrValue(Child(ppr, "pStyle"), "val");
    for (int hops = 0; hops < 16 && !id.empty() && num_id < 0; ++hops) {
      const Style* s = FindStyle(id);
      if (s == nullptr) break;
      num_id = s->num_id;
      ilvl = s->ilvl;
      id = s->based_on;
    }
  }
  if (num_id <= 0 || ilvl < 0 || ilvl >= kLevels) return U"";  // numId 0 switches numbering off
  auto num = nums_.find(num_id);
  if (num == nums_.end()) return U"";
  auto abs = abstract_.find(num->second.abstract_id);
  if (abs == abstract_.end()) return U"";
  const std::vector<Level>& levels = abs->second;
  std::vector<int>& counter = counters_[num->second.abstract_id];
  if (counter.empty()) {
    for (const Level& l : levels) counter.push_back(l.start - 1);
  }
  if (!overrides_applied_[num_id]) {
    overrides_applied_[num_id] = true;
    for (const auto& [level, start] : num->second.start_override) {
      if (level >= 0 && level < kLevels) counter[level] = start - 1;
    }
  }
  ++counter[ilvl];
  for (int deeper = ilvl + 1; deeper < kLevels; ++deeper) counter[deeper] = levels[deeper].start - 1;
  const Level& lv = levels[ilvl];
  if (lv.format == "bullet" || lv.format == "none") return U"";
  std::u32string out;
  const std::string& t = lv.text;
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i] == '%' && i + 1 < t.size() && t[i + 1] >= '1' && t[i + 1] <= '9') {
      int k = t[i + 1] - '1';
      out += FormatListNumber(counter[k], levels[k].format);
      ++i;
    } else {
      size_t j = i;
      while (j < t.size() && t[j] != '%') ++j;
      out += Utf8ToU32(t.substr(i, j - i));
      i = j - 1;
    }
  }
  return out;
}

}  // namespace reportlint
