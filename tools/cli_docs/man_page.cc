// ManPage (man_page.h): one section per subcommand with every option --help
// lists, so an option added in cli_app.cc appears here without another edit.
#include "tools/cli_docs/man_page.h"

#include <sstream>

#include "checker/cli/cli_text.h"

namespace reportlint {
namespace {

// Text for roff: a backslash and a hyphen escaped (a bare `-` may be typeset
// as a hyphen, which a pasted option would not survive), and a line that
// would start with a control character protected.
std::string Roff(const std::string& text) {
  std::string out;
  bool line_start = true;
  for (char c : text) {
    if (line_start && (c == '.' || c == '\'')) out += "\\&";
    if (c == '\\') {
      out += "\\e";
    } else if (c == '-') {
      out += "\\-";
    } else {
      out.push_back(c);
    }
    line_start = c == '\n';
  }
  return out;
}

// ".TP" head of an option: \fB-o\fR, \fB--output\fR \fIFILE\fR
std::string OptionHead(const CliOption& o) {
  std::string head;
  for (const std::string& name : o.names) {
    if (!head.empty()) head += ", ";
    head += "\\fB" + Roff(name) + "\\fR";
  }
  if (!o.value.empty()) head += " \\fI" + Roff(o.value) + "\\fR";
  return head;
}

std::string OptionBody(const CliOption& o) {
  std::string body = Roff(o.description);
  if (!o.choices.empty()) {
    body += " (one of:";
    for (const std::string& c : o.choices) body += " \\fB" + Roff(c) + "\\fR";
    body += ")";
  }
  return body;
}

// "reportlint check [OPTIONS] FILES..."
std::string Synopsis(const CliCommand& cmd) {
  std::string s = "\\fBreportlint\\fR";
  if (!cmd.name.empty()) s += " \\fB" + Roff(cmd.name) + "\\fR";
  s += " [\\fIOPTIONS\\fR]";
  for (const CliOption& p : cmd.positionals) {
    std::string arg = "\\fI" + Roff(p.names[0]) + "\\fR" + (p.repeated ? "..." : "");
    s += " " + (p.required ? arg : "[" + arg + "]");
  }
  return s;
}

// An example block of --help ("Examples:" then indented lines) as no-fill text.
std::string ExampleBlock(const std::string& examples) {
  std::string body = examples.substr(examples.find('\n') + 1);
  return ".PP\n.nf\n.RS 4\n" + Roff(body) + ".RE\n.fi\n";
}

}  // namespace

std::string ManPage(const std::vector<CliCommand>& tree, const std::string& version) {
  std::ostringstream out;
  out << ".TH REPORTLINT 1 \"\" \"reportlint " << Roff(version) << "\" \"User Commands\"\n"
      << ".nh\n"  // an option split at a line end cannot be copied back
      << ".SH NAME\nreportlint \\- check government information disclosure annual reports\n"
      << ".SH SYNOPSIS\n";
  for (const CliCommand& cmd : tree) {
    if (cmd.name.empty()) continue;
    out << Synopsis(cmd) << "\n.br\n";
  }
  out << "\\fBreportlint\\fR \\fB\\-\\-help\\fR | \\fB\\-\\-version\\fR\n"
      // Not the tool's description: its Chinese has no glyphs in groff's utf8 device.
      << ".SH DESCRIPTION\n\\fBreportlint\\fR checks Chinese government information "
         "disclosure annual reports against YAML rule packs and prints findings with the "
         "line and column in the original file.\n"
      << ".PP\nThe tool's own messages (help, usage and input errors) are Chinese by default; "
         "they follow \\fB\\-\\-lang\\fR, else the locale (\\fBLC_ALL\\fR, \\fBLC_MESSAGES\\fR, "
         "\\fBLANG\\fR). \\fBreportlint\\fR \\fISUBCOMMAND\\fR \\fB\\-\\-help\\fR prints the "
         "options of a subcommand.\n"
      << ".SH OPTIONS\n";
  for (const CliOption& o : tree[0].options) out << ".TP\n" << OptionHead(o) << "\n" << OptionBody(o) << "\n";
  out << ".SH COMMANDS\n";
  for (const CliCommand& cmd : tree) {
    if (cmd.name.empty()) continue;
    out << ".SS " << Synopsis(cmd) << "\n" << Roff(cmd.description) << ".\n";
    for (const CliOption& p : cmd.positionals) {
      out << ".TP\n\\fI" << Roff(p.names[0]) << "\\fR\n" << OptionBody(p) << "\n";
    }
    for (const CliOption& o : cmd.options) out << ".TP\n" << OptionHead(o) << "\n" << OptionBody(o) << "\n";
  }
  out << ".SH EXIT STATUS\n";
  for (const ExitCodeText& e : ExitCodeTexts()) out << ".TP\n\\fB" << e.code << "\\fR\n" << Roff(e.en) << "\n";
  out << ".SH EXAMPLES\n"
      << "Check the example report installed with the documentation (exit status 1: it has "
         "errors; under \\fI/usr/local\\fR after \\fBcmake \\-\\-install\\fR):\n"
      << ".PP\n.nf\n.RS 4\nreportlint check /usr/share/doc/reportlint/examples/report\\-2015.txt\n"
         ".RE\n.fi\n";
  for (const CliCommand& cmd : tree) {
    const std::string examples = HelpExamples(cmd.name, "en");
    if (!examples.empty()) out << ExampleBlock(examples);
  }
  out << ".SH SEE ALSO\nThe documentation in \\fI/usr/share/doc/reportlint/\\fR: "
         "docs/cli.md, docs/output.md, docs/config.md, docs/rules.md, docs/ci.md.\n";
  return out.str();
}

}  // namespace reportlint
