// The hierarchy file: both forms read the same, and every mistake an office makes in
// it is an error at its line and column.
#include "checker/corpus/hierarchy.h"

#include <doctest/doctest.h>

#include "checker/corpus/body_name.h"

namespace reportlint {
namespace {

std::string Errors(const std::string& path, const std::string& text) {
  std::vector<Error> errors;
  std::unique_ptr<Hierarchy> h = Hierarchy::Parse(path, text, &errors);
  CHECK((h == nullptr) == !errors.empty());
  std::string out;
  for (const Error& e : errors) out += e.ToString() + "\n";
  return out;
}

TEST_CASE("BodyKey: one key for the ways a body's name is written") {
  CHECK(BodyKey(std::string("北山县人民政府")) == "北山县");
  CHECK(BodyKey(std::string("北山縣政府")) == "北山县");
  CHECK(BodyKey(std::string("北山县")) == "北山县");
  CHECK(BodyKey(std::string("北山 县（人民政府）")) == "北山县");
  CHECK(BodyKey(std::string("北山县人民政府办公室")) == "北山县政府办公室");
  CHECK(BodyKey(std::string("ＡＢ市政府")) == "AB市");
  CHECK(BodyKey(std::string("政府")) == "政府");  // nothing left to drop it from
  CHECK(BodyKey(std::string("")).empty());
  CHECK(BodyKey(std::string("市政府")).empty());    // a level, no place
  CHECK(BodyKey(std::string("区人民政府")).empty());
  // Parts of a body are other bodies.
  CHECK(BodyKey(std::string("北山市教育局")) == "北山市教育局");
  CHECK(BodyKey(std::string("北山市人民政府办公室")) != BodyKey(std::string("北山市")));
}

TEST_CASE("hierarchy: YAML and CSV give the same bodies and parents") {
  std::vector<Error> errors;
  auto yaml = Hierarchy::Parse("h.yaml",
                               "bodies:\n"
                               "  - organisation: 北山市人民政府\n"
                               "  - {organisation: 东区, parent: 北山市}\n",
                               &errors);
  auto csv = Hierarchy::Parse("h.csv",
                              "\xEF\xBB\xBForganisation,parent\r\n北山市人民政府,\r\n\"东区\",北山市\r\n",
                              &errors);
  REQUIRE(errors.empty());
  REQUIRE(yaml);
  REQUIRE(csv);
  for (const Hierarchy* h : {yaml.get(), csv.get()}) {
    REQUIRE(h->bodies().size() == 2);
    CHECK(h->bodies()[0].key == "北山市");
    CHECK(h->bodies()[1].parent == "北山市");
    CHECK(h->Find("东区") == &h->bodies()[1]);
    CHECK(h->Children("北山市").size() == 1);
  }
  CHECK(yaml->bodies()[1].line == 3);
  CHECK(yaml->bodies()[1].column == 20);  // characters, not bytes
  CHECK(csv->bodies()[1].line == 3);
  CHECK(csv->bodies()[1].column == 1);
}

TEST_CASE("hierarchy: a CSV saved as GBK reads like UTF-8") {
  // "organisation,parent\n北山市,\n东区,北山市\n" in GBK.
  std::string gbk = "organisation,parent\n\xB1\xB1\xC9\xBD\xCA\xD0,\n\xB6\xAB\xC7\xF8,\xB1\xB1\xC9\xBD\xCA\xD0\n";
  std::vector<Error> errors;
  auto h = Hierarchy::Parse("h.csv", gbk, &errors);
  REQUIRE(h);
  CHECK(h->bodies()[1].parent == "北山市");
}

TEST_CASE("hierarchy: columns count characters, in the flow form and in CSV") {
  CHECK(Errors("h.yaml", "bodies:\n  - {organisation: 东区, parent: 北山市}\n") ==
        "h.yaml:2:32: error: the parent '北山市' is not a body of this file\n");
  CHECK(Errors("h.csv", "organisation,parent\n\"东\"\"区\",北山市\n") ==
        "h.csv:2:8: error: the parent '北山市' is not a body of this file\n");
}

TEST_CASE("hierarchy: mistakes are errors at file:line:col") {
  CHECK(Errors("h.yaml", "bodies:\n  - organisation: 北山市\n    parnet: x\n") ==
        "h.yaml:3:5: error: unknown key 'parnet' (did you mean 'parent'?)\n");
  CHECK(Errors("h.yaml", "bodies:\n  - organisation: 北山市\n  - organisation: 北山市人民政府\n") ==
        "h.yaml:3:19: error: '北山市人民政府' is listed twice (first at line 2)\n");
  CHECK(Errors("h.yaml", "bodies:\n  - organisation: 东区\n    parent: 北山巿\n") ==
        "h.yaml:3:13: error: the parent '北山巿' is not a body of this file\n");
  CHECK(Errors("h.yaml",
               "bodies:\n  - {organisation: 甲县, parent: 乙县}\n  - {organisation: 乙县, parent: 甲县}\n") ==
        "h.yaml:2:20: error: '甲县' is its own ancestor (a cycle of parents)\n"
        "h.yaml:3:20: error: '乙县' is its own ancestor (a cycle of parents)\n");
  CHECK(Errors("h.yaml", "bodies:\n  - organisation: 甲县\n    parent: 甲县人民政府\n") ==
        "h.yaml:3:13: error: '甲县' is its own parent\n");
  CHECK(Errors("h.yaml", "bodies:\n  - organisation: 区政府\n") ==
        "h.yaml:2:19: error: '区政府' names no place: write the body's full name (such as "
        "北山市东区人民政府)\n");
  CHECK(Errors("h.yaml", "regions: []\n").find("'bodies'") != std::string::npos);
  CHECK(Errors("h.yaml", "bodies: [\n") .find("invalid YAML") != std::string::npos);
  CHECK(Errors("h.csv", "name,parent\n甲县,\n") ==
        "h.csv:1:1: error: unknown column 'name' (the columns are organisation,parent)\n"
        "h.csv:1:1: error: the header row has no column 'organisation'\n");
  CHECK(Errors("h.csv", "organisation,parent\n甲县,乙县,丙县\n") ==
        "h.csv:2:7: error: more fields than the header row has columns\n");
  CHECK(Errors("h.csv", "organisation,parent\n,甲县\n甲县,\n") ==
        "h.csv:2:1: error: a row without an organisation\n");
}

TEST_CASE("hierarchy: an unreadable file names the file and the reason") {
  std::vector<Error> errors;
  CHECK(Hierarchy::Load("/nonexistent/regions.yaml", &errors) == nullptr);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].ToString() == "/nonexistent/regions.yaml: error: cannot read the hierarchy file: no such file");
}

}  // namespace
}  // namespace reportlint
