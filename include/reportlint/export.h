// Marks what the installed shared library exports. It is built with hidden
// visibility, so whatever a public header declares out of line carries this.
#ifndef REPORTLINT_EXPORT_H_
#define REPORTLINT_EXPORT_H_

#if defined(_WIN32)
#define REPORTLINT_EXPORT
#else
#define REPORTLINT_EXPORT __attribute__((visibility("default")))
#endif

#endif  // REPORTLINT_EXPORT_H_
