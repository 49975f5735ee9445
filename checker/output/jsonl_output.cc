// The JSON Lines format: one compact object per finding, per line, with the
// file's path first; an unreadable file is a line {"path", "error"}. No summary
// line, so every line has the same shape (good for grep, jq and databases).
#include "checker/output/formats.h"

namespace reportlint {
namespace {

class JsonlWriter : public OutputWriter {
 public:
  explicit JsonlWriter(std::ostream& out) : out_(out) {}
  std::string Render(const Result& file) const override {
    if (file.error) {
      nlohmann::ordered_json j = {{"path", file.path}, {"error", file.error->message}};
      return j.dump() + "\n";
    }
    std::string out;
    for (const Finding& f : file.findings) {
      nlohmann::ordered_json j = {{"path", file.path}};
      j.update(FindingJson(f));
      out += j.dump() + "\n";
    }
    return out;
  }
  void Write(const Result&, const std::string& rendered) override { out_ << rendered; }
  void End(const RunSummary&) override {}

 private:
  std::ostream& out_;
};

}  // namespace

std::unique_ptr<OutputWriter> MakeJsonlWriter(const OutputOptions&, std::ostream& out) {
  return std::make_unique<JsonlWriter>(out);
}

}  // namespace reportlint
