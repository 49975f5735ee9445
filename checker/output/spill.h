// Text held back for later in an unlinked temporary file ($TMPDIR) instead of
// memory: the jsonl finding lines, until the report lines before them are final.
#ifndef REPORTLINT_OUTPUT_SPILL_H_
#define REPORTLINT_OUTPUT_SPILL_H_

#include <cstdio>
#include <string>

namespace reportlint {

// Pieces are appended, then read back once, in order. Without a temporary
// file (none can be made) the pieces stay in memory: slower to run out of,
// never lost.
class Spill {
 public:
  Spill();
  ~Spill();
  Spill(const Spill&) = delete;
  Spill& operator=(const Spill&) = delete;

  // Returns the size of the piece, for Next().
  size_t Append(const std::string& text);
  // The next piece, of the size Append() returned; "" past the end.
  std::string Next(size_t size);
  // False once writing or reading the file failed (a full disk).
  bool ok() const { return ok_; }

 private:
  std::FILE* file_ = nullptr;
  bool reading_ = false;
  bool ok_ = true;
  std::string memory_;  // without a file
  size_t read_ = 0;     // bytes of memory_ read back
};

}  // namespace reportlint

#endif  // REPORTLINT_OUTPUT_SPILL_H_
