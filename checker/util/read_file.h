// Reading a whole file or stream with a cap: every reader of reports and of
// configuration goes through here, so /dev/zero or a huge file ends at the cap.
#ifndef REPORTLINT_UTIL_READ_FILE_H_
#define REPORTLINT_UTIL_READ_FILE_H_

#include <cstddef>
#include <istream>
#include <string>

namespace reportlint {

// Reads `in` to its end into *out, but never more than max_bytes + 1 bytes:
// false when there was more than max_bytes (*out then holds the first
// max_bytes + 1), or on a read error.
bool ReadCapped(std::istream& in, size_t max_bytes, std::string* out);

// Reads file `path` whole. False with *reason set ("no such file", "is a
// directory", "cannot open: …", "larger than the 4 MiB limit") otherwise;
// nothing beyond the cap is read.
bool ReadFileCapped(const std::string& path, size_t max_bytes, std::string* out,
                    std::string* reason);

// "4 MiB", "512 KiB", "100 bytes": a limit as the error messages name it.
std::string SizeText(size_t bytes);

}  // namespace reportlint

#endif  // REPORTLINT_UTIL_READ_FILE_H_
