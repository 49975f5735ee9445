// Which regulation a report answers to (2008 or the 2019 revision), from the
// packs that governed it or its year: a column of the spreadsheets and a key of the corpus.
#ifndef REPORTLINT_CORPUS_REGULATION_H_
#define REPORTLINT_CORPUS_REGULATION_H_

#include <optional>
#include <string>
#include <vector>

namespace reportlint {

// The regulation a report answers to: "2008" when a 2008 pack applied, "2019"
// when a 2019 pack applied (ogi-2019, ogi-tables, ogi-20xx-tables); else from
// the year (2008 rules up to the 2018 report, 2019 rules from the 2019
// report); "" when neither tells.
std::string Regulation(const std::vector<std::string>& packs, std::optional<int> year);

}  // namespace reportlint

#endif  // REPORTLINT_CORPUS_REGULATION_H_
