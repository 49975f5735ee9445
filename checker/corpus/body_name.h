// The key two reports (or a report and a hierarchy entry) share when they are of
// the same body, whatever width, script or 人民政府/政府 form the name is written in.
#ifndef REPORTLINT_CORPUS_BODY_NAME_H_
#define REPORTLINT_CORPUS_BODY_NAME_H_

#include <string>
#include <string_view>

namespace reportlint {

// `name` folded (full-width to ASCII, Traditional to Simplified), without
// whitespace and punctuation, 人民政府 read as 政府 and a trailing 政府
// dropped: "北山县人民政府", "北山縣政府" and "北山县" all give "北山县";
// "北山县人民政府办公室" gives "北山县政府办公室". UTF-8; "" for an empty name
// and for one that names a level without its place ("市政府" would be "市").
// Same-named places of different provinces (two 朝阳区) share a key: a
// hierarchy must name them apart, and so must their reports' titles.
std::string BodyKey(std::string_view name);
std::string BodyKey(std::u32string_view name);

}  // namespace reportlint

#endif  // REPORTLINT_CORPUS_BODY_NAME_H_
