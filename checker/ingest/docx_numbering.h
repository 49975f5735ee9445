// Word's paragraph styles and automatic numbering: which paragraphs are headings,
// and the list markers (一、 （一） 1.) Word shows but the document text lacks.
#ifndef REPORTLINT_INGEST_DOCX_NUMBERING_H_
#define REPORTLINT_INGEST_DOCX_NUMBERING_H_

#include <pugixml.hpp>

#include <map>
#include <string>
#include <vector>

namespace reportlint {

// Built once per document from word/styles.xml and word/numbering.xml (either
// may be missing), then asked paragraph by paragraph in reading order.
class DocxNumbering {
 public:
  void LoadStyles(const pugi::xml_node& styles_root);
  void LoadNumbering(const pugi::xml_node& numbering_root);

  // The heading level (1-9) of a paragraph with properties `ppr` (<w:pPr>,
  // may be empty): its outline level, or its style's "heading N" / "标题 N"
  // name or outline level; 0 for body text.
  int HeadingLevel(const pugi::xml_node& ppr) const;

  // The marker Word displays before a paragraph with properties `ppr`
  // ("一、", "（二）", "3."), advancing the list counters; "" when the
  // paragraph is not numbered or its list shows bullets.
  std::u32string NextMarker(const pugi::xml_node& ppr);

 private:
  struct Level {
    int start = 1;
    std::string format = "decimal";  // w:numFmt
    std::string text;                // w:lvlText, "%1、"
  };
  struct Style {
    std::string based_on;
    int heading = 0;      // 1-9, 0: none
    int num_id = -1;      // style-linked numbering
    int ilvl = 0;
  };
  struct Num {
    int abstract_id = -1;
    std::map<int, int> start_override;  // ilvl -> start
  };

  const Style* FindStyle(const std::string& id) const;

  std::map<std::string, Style> styles_;
  std::map<int, std::vector<Level>> abstract_;  // abstractNumId -> levels 0..8
  std::map<int, Num> nums_;
  std::map<int, std::vector<int>> counters_;    // abstractNumId -> counter per level
  std::map<int, bool> overrides_applied_;       // numId -> start overrides used
};

// `n` written in the Word number format `format` ("decimal", "chineseCounting",
// "ideographTraditional", "lowerRoman" ...); unknown formats print decimal.
std::u32string FormatListNumber(int n, const std::string& format);

}  // namespace reportlint

#endif  // REPORTLINT_INGEST_DOCX_NUMBERING_H_
