#include "checker/rules/kinds/copied_text_rule.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "checker/corpus/body_name.h"
#include "checker/corpus/near_duplicates.h"
#include "checker/facts/analysis.h"
#include "checker/rules/kinds/prose_number.h"
#include "checker/util/utf.h"

namespace reportlint {

// `paragraphs` keeps a sketch per paragraph; `last-year` only the whole report's.
const std::vector<CorpusKindCheck<CopiedTextRule>>& CopiedTextRule::Checks() {
  static const std::vector<CorpusKindCheck<CopiedTextRule>> checks = {
      {"paragraphs", &CopiedTextRule::ConfigureParagraphs, &CopiedTextRule::CollectParagraphs,
       &CopiedTextRule::CheckParagraphs,
       {"other", "other_line", "paragraphs", "similarity", "lines"}},
      {"last-year", &CopiedTextRule::ConfigureLastYear, &CopiedTextRule::CollectWhole,
       &CopiedTextRule::CheckLastYear, {"other", "other_line", "other_year", "similarity"}},
  };
  return checks;
}

void CopiedTextRule::Configure(ParamReader& params) {
  ReadCheck(params, "check");
  for (const std::string& phrase : params.StringList("boilerplate")) {
    boilerplate_.push_back(ComparisonForm(FoldedText(Utf8ToU32(phrase)).text()));
  }
  LongestFirst(&boilerplate_);
  memo_key_ = "copied-text";
  for (const std::u32string& phrase : boilerplate_) memo_key_ += "\n" + U32ToUtf8(phrase);
  ConfigureCheck(params);
}

void CopiedTextRule::ConfigureParagraphs(ParamReader& params) {
  min_length_ = params.Int("min_length", min_length_, 20, 10000);
  threshold_ = params.Int("similarity_percent", 90, 50, 100) / 100.0;
  boilerplate_bodies_ = params.Int("boilerplate_bodies", boilerplate_bodies_, 2, 1000);
}

void CopiedTextRule::ConfigureLastYear(ParamReader& params) {
  threshold_ = params.Int("similarity_percent", 95, 50, 100) / 100.0;
  min_report_length_ = params.Int("min_report_length", min_report_length_, 1, 1000000);
}

namespace {

// The characters of [begin, end) outside every table: a table flattened into
// a line of prose is no prose.
std::u32string ProseOf(const Analysis& a, size_t begin, size_t end) {
  std::u32string out;
  for (size_t i = begin; i < end; ++i) {
    if (!InTable(a, i)) out.push_back(a.folded.text()[i]);
  }
  return out;
}

// The report's prose lines, as [begin, end) of the folded text: after the
// title (the site chrome of a scraped page comes before it) and before the
// signature date (its footer after), not table lines, headings without their
// marker and title.
std::vector<std::pair<size_t, size_t>> ProseLines(const Analysis& a) {
  std::vector<size_t> start(a.lines.size());
  for (size_t i = 0; i < a.lines.size(); ++i) start[i] = a.lines[i].begin;
  for (const Heading& h : a.sections.headings) {
    if (!h.run_in && h.line < start.size()) start[h.line] = std::max(start[h.line], h.end);
  }
  std::vector<bool> table_line(a.lines.size(), false);
  for (const Table& t : a.tables) {
    for (size_t l : t.lines) {
      if (l < table_line.size()) table_line[l] = true;
    }
  }
  size_t first = a.info.title_line ? *a.info.title_line + 1 : 0;
  size_t last = a.lines.size();
  if (a.info.signed_on) {
    while (last > first && a.lines[last - 1].end >= a.info.signed_on->begin) --last;
  }
  std::vector<std::pair<size_t, size_t>> out;
  for (size_t i = first; i < last; ++i) {
    size_t b = start[i], e = a.lines[i].end;
    while (b < e && IsSpace(a.folded.text()[b])) ++b;
    if (!table_line[i] && b < e) out.push_back({b, e});
  }
  return out;
}

// The ways a report names itself: its organisation as read, its body key,
// and the key without the places above it (北山市东区 -> 东区), which is
// how the body's own text usually writes it.
std::vector<std::u32string> OwnNames(const std::u32string& organisation) {
  std::u32string key = Utf8ToU32(BodyKey(organisation));
  std::vector<std::u32string> names = {ComparisonForm(organisation), key};
  for (size_t i = 0; i + 1 < key.size(); ++i) {
    if (std::u32string_view(U"省市州县区").find(key[i]) != std::u32string_view::npos) {
      names.push_back(key.substr(i + 1));
    }
  }
  LongestFirst(&names);
  return names;
}

}  // namespace

std::shared_ptr<const CorpusFacts> CopiedTextRule::CollectParagraphs(const Analysis& a,
                                                                     CollectMemo& memo) const {
  return Sketches(a, memo, true);
}

std::shared_ptr<const CorpusFacts> CopiedTextRule::CollectWhole(const Analysis& a,
                                                                CollectMemo& memo) const {
  return Sketches(a, memo, false);
}

namespace {

// A prose line as both checks compare it: its own name and the boilerplate
// masked out, then sketched.
struct ProseLineSketch {
  Sketch sketch;
  uint32_t length;  // characters of the masked comparison form, > 0
  size_t begin, end;  // the line in the folded text
};

std::vector<ProseLineSketch> SketchProseLines(const Analysis& a,
                                              const std::vector<std::u32string>& boilerplate) {
  // A report names itself where another names itself: a copy with the names
  // changed reads the same once each report's own name is masked.
  std::vector<std::u32string> names = OwnNames(a.info.organisation);
  std::vector<ProseLineSketch> out;
  for (auto [begin, end] : ProseLines(a)) {
    std::u32string form = ComparisonForm(ProseOf(a, begin, end));
    ReplaceWords(names, U'@', &form);
    ReplaceWords(boilerplate, 0, &form);
    if (form.empty()) continue;
    out.push_back({SketchOf(form), static_cast<uint32_t>(form.size()), begin, end});
  }
  return out;
}

}  // namespace

std::shared_ptr<const CorpusFacts> CopiedTextRule::Sketches(const Analysis& a, CollectMemo& memo,
                                                           bool paragraphs) const {
  const auto& lines = memo.Get<std::vector<ProseLineSketch>>(
      memo_key_, [&] { return SketchProseLines(a, boilerplate_); });
  auto facts = std::make_shared<CopiedTextFacts>();
  facts->whole = SketchOf(U"");
  for (const ProseLineSketch& line : lines) {
    Merge(line.sketch, &facts->whole);
    facts->prose_length += line.length;
    if (!paragraphs || line.length < static_cast<uint32_t>(min_length_)) continue;
    size_t from = a.folded.SourceBegin(line.begin);
    facts->paragraphs.push_back(
        {line.sketch,
         KeptSpan(a.document->Locate(from),
                  a.document->Locate(std::max(from, a.folded.SourceEnd(line.end)))),
         line.length});
  }
  if (facts->prose_length == 0) return nullptr;
  return facts;
}

namespace {

double Rounded(double similarity) { return std::round(similarity * 100) / 100; }

// Of two reports (by input order), the one that copied: the later published
// when both dates are known and differ, else the later in input order.
size_t Later(const std::vector<const CorpusReport*>& reports, size_t a, size_t b) {
  const CorpusReport& ra = *reports[a];
  const CorpusReport& rb = *reports[b];
  if (ra.published && rb.published && *ra.published != *rb.published) {
    return *ra.published < *rb.published ? b : a;
  }
  return std::max(a, b);
}

struct Owner {
  size_t report;     // index into the governed reports
  size_t paragraph;  // index into its facts' paragraphs
};

// A paragraph of the later report and its best match in the other.
struct Copy {
  size_t other_paragraph;
  double similarity;
};

}  // namespace

void CopiedTextRule::CheckParagraphs(const RuleCorpus& corpus, CorpusReporter& out) const {
  const std::vector<const CorpusReport*>& reports = corpus.reports();
  std::vector<const CopiedTextFacts*> facts(reports.size());
  std::vector<SketchItem> items;
  std::vector<Owner> owners;
  std::map<std::string, int> body_ids;
  int next_id = 0;
  for (size_t r = 0; r < reports.size(); ++r) {
    facts[r] = corpus.FactsOf<CopiedTextFacts>(*reports[r]);
    if (!facts[r]) continue;
    // A report of no known body is a body of its own: it counts towards
    // boilerplate, and is never said to have copied (it may be the other's).
    int group = reports[r]->body.empty() ? next_id++ : 0;
    if (!reports[r]->body.empty()) {
      group = body_ids.emplace(reports[r]->body, next_id).first->second;
      if (group == next_id) ++next_id;
    }
    for (size_t p = 0; p < facts[r]->paragraphs.size(); ++p) {
      items.push_back({&facts[r]->paragraphs[p].sketch, group});
      owners.push_back({r, p});
    }
  }
  NearDuplicateOptions options;
  options.threshold = threshold_;
  options.shared_groups = boilerplate_bodies_;
  // (later, other) -> the later's copied paragraphs, in text order.
  std::map<std::pair<size_t, size_t>, std::map<size_t, Copy>> copies;
  for (const NearPair& pair : NearDuplicatePairs(items, options)) {
    Owner a = owners[pair.a], b = owners[pair.b];
    if (reports[a.report]->body.empty() || reports[b.report]->body.empty()) continue;
    if (Later(reports, a.report, b.report) != a.report) std::swap(a, b);
    Copy& c = copies[{a.report, b.report}].try_emplace(a.paragraph, Copy{b.paragraph, 0}).first->second;
    if (pair.similarity > c.similarity) c = {b.paragraph, pair.similarity};
  }
  for (const auto& [reports_pair, copied] : copies) {
    const auto [later, other] = reports_pair;
    const auto& [first, copy] = *copied.begin();
    const CopiedTextFacts::Paragraph& where = facts[later]->paragraphs[first];
    nlohmann::ordered_json lines = nlohmann::ordered_json::array();
    for (const auto& [p, c] : copied) {
      if (lines.size() < 5) lines.push_back(facts[later]->paragraphs[p].at.begin.line);
    }
    nlohmann::ordered_json ev = {
        {"other", reports[other]->path},
        {"other_line", facts[other]->paragraphs[copy.other_paragraph].at.begin.line},
        {"paragraphs", copied.size()},
        {"similarity", Rounded(copy.similarity)},
        {"lines", lines}};
    out.Report(*reports[later], where.at, std::move(ev));
  }
}

void CopiedTextRule::CheckLastYear(const RuleCorpus& corpus, CorpusReporter& out) const {
  auto enough = [&](const CopiedTextFacts* f) {
    return f && f->prose_length >= static_cast<uint32_t>(min_report_length_);
  };
  corpus.ForEachYearPair([&](const CorpusReport& r, const CorpusReport& before) {
    const CopiedTextFacts* now = corpus.FactsOf<CopiedTextFacts>(r);
    const CopiedTextFacts* then = corpus.FactsOf<CopiedTextFacts>(before);
    if (!enough(now) || !enough(then)) return;
    double similarity = Similarity(now->whole, then->whole);
    if (similarity < threshold_) return;
    nlohmann::ordered_json ev = {{"other", before.path},
                                 {"other_line", before.title.begin.line},
                                 {"other_year", *before.year},
                                 {"similarity", Rounded(similarity)}};
    out.Report(r, r.title, std::move(ev));
  });
}

}  // namespace reportlint
