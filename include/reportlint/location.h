// A place in the file the user gave us, as a person would look it up.
// Lines and columns are 1-based and count characters, not bytes.
#ifndef REPORTLINT_LOCATION_H_
#define REPORTLINT_LOCATION_H_

namespace reportlint {

struct Location {
  int line = 0;    // 1-based line in the original file
  int column = 0;  // 1-based column, in characters
};

}  // namespace reportlint

#endif  // REPORTLINT_LOCATION_H_
