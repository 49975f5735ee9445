// The table of CliText (cli_text.h) and the footers of --help. A new option's
// description goes in main.cc in English and here with its Chinese.
#include "checker/cli/cli_text.h"

#include <map>

#include "checker/cli/commands.h"

namespace reportlint {
namespace {

const std::map<std::string, std::string>& Chinese() {
  static const std::map<std::string, std::string> kTable = {
      // The tool, CLI11's own flags and the labels of --help.
      {"reportlint: checks government information disclosure annual reports "
       "(政府信息公开工作年度报告) against YAML rule packs",
       "reportlint：按 YAML 规则包检查政府信息公开工作年度报告"},
      {"Print this help message and exit", "显示本帮助并退出"},
      {"Display program version information and exit", "显示版本号并退出"},
      {"Usage", "用法"},
      {"OPTIONS", "选项"},
      {"SUBCOMMAND", "子命令"},
      {"Positionals", "参数"},
      {"Options", "选项"},
      {"Subcommands", "子命令"},
      {"REQUIRED", "必填"},
      // Options shared by check, rules and config.
      {"Add a rule pack (a folder of YAML files)", "增加一个规则包（YAML 文件所在的文件夹）"},
      {"Do not use the built-in rule packs", "不使用内置规则包"},
      {"Message language (default: the configuration's, else zh)",
       "提示语言（默认：配置文件所定，否则为 zh 中文）"},
      {"Use this configuration file instead of looking for .reportlint.yaml",
       "使用此配置文件，不再查找 .reportlint.yaml"},
      {"Ignore .reportlint.yaml files", "忽略 .reportlint.yaml 配置文件"},
      // check
      {"Check reports and print findings", "检查报告并列出发现的问题"},
      {"Reports, folders (searched for reports) or globs ('-' reads stdin)",
       "报告、文件夹（在其中查找报告）或通配符（'-' 读标准输入）"},
      {"Output format", "输出格式"},
      {"Write the output to FILE (exit code unchanged)", "把输出写入文件 FILE（退出码不变）"},
      {"Lowest severity that makes the run fail (default: error)",
       "达到此严重程度即判为不通过（默认：error 错误）"},
      {"Fail when there are more warnings than this", "警告多于此数即判为不通过"},
      {"Input encoding (e.g. gb18030); detected when omitted", "输入编码（如 gb18030）；不指定则自动识别"},
      {"Colour the text output", "文本输出是否着色"},
      {"Report only findings not recorded in this baseline file", "只报告此基线文件中没有记录的问题"},
      {"Record today's findings in FILE (and exit 0)", "把本次发现的问题记入基线文件 FILE（退出码为 0）"},
      {"The bodies expected to report and their parents (YAML or CSV), for the cross-report rules",
       "应当报送报告的机关及其上级（YAML 或 CSV），供跨报告规则使用"},
      {"Files checked in parallel (default: the cores)", "同时检查的文件数（默认：CPU 核数）"},
      {"Progress bar on stderr (auto: on a terminal, 20 files or more)",
       "在标准错误输出显示进度条（auto：在终端上且文件不少于 20 个时）"},
      // dump
      {"Show what reportlint reads from a report (for rule authors)",
       "显示 reportlint 从报告中读到的内容（供规则编写者使用）"},
      {"Reports ('-' reads stdin)", "报告（'-' 读标准输入）"},
      {"Also list every number (with the interval it stands for) and every relation",
       "同时列出每个数字（及其代表的区间）和每个数量关系"},
      // export
      {"Write every report's metadata, table cells, numbers and relations (jsonl, csv)",
       "导出每份报告的基本信息、表格单元格、数字和数量关系（jsonl、csv）"},
      {"jsonl: write to FILE, not stdout", "jsonl：写入文件 FILE，而不是标准输出"},
      {"csv: write reports.csv, cells.csv, numbers.csv, relations.csv into DIR",
       "csv：把 reports.csv、cells.csv、numbers.csv、relations.csv 写入文件夹 DIR"},
      {"Files read in parallel (default: the cores)", "同时读取的文件数（默认：CPU 核数）"},
      // rules
      {"List the rules in force, explain or validate", "列出生效的规则，解释规则或校验规则包"},
      {"Show a rule's description, parameters and examples", "显示一条规则的说明、参数和示例"},
      {"Check a rule pack without running it", "校验一个规则包（不运行）"},
      {"Write one Markdown page per rule into DIR (DIR/PACK/RULE.md)",
       "为每条规则在 DIR 中写一页 Markdown 文档（DIR/规则包/规则.md）"},
      {"Base URL of the rule pages (docs/rules/), for SARIF's helpUri",
       "规则文档页（docs/rules/）的网址前缀，用作 SARIF 的 helpUri"},
      // config
      {"Print the effective configuration (for PATH: every rule's severity)",
       "显示生效的配置（给出 PATH 时：每条规则的严重程度）"},
      {"A report or folder (default: the working directory)", "一份报告或一个文件夹（默认：当前目录）"},
      // test
      {"Run the fixtures of rule packs", "运行规则包的测试样例"},
      {"A pack folder, or a folder of packs (e.g. rules/)", "规则包文件夹，或规则包所在的文件夹（如 rules/）"},
      {"Message language in the diffs", "差异中提示的语言"},
      {"List passing fixtures too", "也列出通过的样例"},
      {"Fail when a rule has no fixture that expects it", "有规则没有样例覆盖时判为失败"},
      // serve
      {"A local web page to upload reports to and see the findings (docs/serve.md)",
       "本机网页：上传报告，在报告上查看发现的问题（见 docs/serve.md）"},
      {"Address to listen on (warns when not loopback)", "监听地址（不是本机回环地址时给出警告）"},
      {"Port (0: any free port, printed)", "端口（0：任一空闲端口，并显示出来）"},
      {"Reports checked at once (default: the cores)", "同时检查的报告数（默认：CPU 核数）"},
      {"Largest upload (MiB)", "一次上传的最大字节数（MiB）"},
      {"Most files in one upload", "一次上传的最多文件数"},
      {"Seconds an upload may take to check", "一次上传检查的最长时间（秒）"},
      {"Most reports waiting for a worker", "排队等待检查的最多报告数"},
  };
  return kTable;
}

struct Footer {
  const char* subcommand;
  const char* zh;  // examples, in Chinese
  const char* en;
};

const Footer kExamples[] = {
    {"",
     "示例：\n"
     "  reportlint check 报告.docx               检查一份报告\n"
     "  reportlint check 报告文件夹/             检查文件夹里的全部报告\n"
     "  reportlint check --format xlsx -o 结果.xlsx 报告文件夹/\n"
     "  reportlint 子命令 --help                 查看子命令的用法\n",
     "Examples:\n"
     "  reportlint check report.docx             check one report\n"
     "  reportlint check reports/                check every report in a folder\n"
     "  reportlint check --format xlsx -o results.xlsx reports/\n"
     "  reportlint SUBCOMMAND --help             the options of a subcommand\n"},
    {"check",
     "示例：\n"
     "  reportlint check 报告.docx\n"
     "  reportlint check --lang en 报告.pdf\n"
     "  reportlint check --format xlsx -o 结果.xlsx 报告文件夹/\n"
     "  reportlint check --format sarif -o results.sarif 'reports/**/*.html'\n",
     "Examples:\n"
     "  reportlint check report.docx\n"
     "  reportlint check --lang zh report.pdf\n"
     "  reportlint check --format xlsx -o results.xlsx reports/\n"
     "  reportlint check --format sarif -o results.sarif 'reports/**/*.html'\n"},
    {"dump",
     "示例：\n  reportlint dump 报告.docx\n  reportlint dump --facts --format json 报告.pdf\n",
     "Examples:\n  reportlint dump report.docx\n  reportlint dump --facts --format json report.pdf\n"},
    {"export",
     "示例：\n  reportlint export -o 数据.jsonl 报告文件夹/\n"
     "  reportlint export --format csv --output-dir 数据/ 报告文件夹/\n",
     "Examples:\n  reportlint export -o facts.jsonl reports/\n"
     "  reportlint export --format csv --output-dir facts/ reports/\n"},
    {"rules",
     "示例：\n  reportlint rules\n  reportlint rules --explain ogi-common/other-year-data\n"
     "  reportlint rules --validate 我的规则包/\n",
     "Examples:\n  reportlint rules\n  reportlint rules --explain ogi-common/other-year-data\n"
     "  reportlint rules --validate my-pack/\n"},
    {"config", "示例：\n  reportlint config\n  reportlint config 报告文件夹/\n",
     "Examples:\n  reportlint config\n  reportlint config reports/\n"},
    {"test", "示例：\n  reportlint test rules/\n  reportlint test --require-coverage 我的规则包/\n",
     "Examples:\n  reportlint test rules/\n  reportlint test --require-coverage my-pack/\n"},
    {"serve",
     "示例：\n  reportlint serve                  然后在浏览器中打开 http://127.0.0.1:8765/\n"
     "  reportlint serve --port 9000 --rules 省级规则包/\n",
     "Examples:\n  reportlint serve                  then open http://127.0.0.1:8765/ in a browser\n"
     "  reportlint serve --port 9000 --rules province-pack/\n"},
};

// The exit codes of checker/cli/commands.h, as a user reads them.
const ExitCodeText kExitCodes[] = {
    {kExitClean,
     "no finding at or above --fail-on (and not more warnings than --max-warnings)",
     "没有达到 --fail-on 的问题（且警告不多于 --max-warnings）"},
    {kExitFindings, "findings at or above --fail-on, or too many warnings",
     "有达到 --fail-on 的问题，或警告过多"},
    {kExitError, "usage, configuration or input error, or nothing could be checked",
     "用法、配置或输入错误，或没有可以检查的报告"},
};

}  // namespace

std::string CliText(const std::string& english, const std::string& lang) {
  if (lang == "en") return english;
  auto it = Chinese().find(english);
  return it == Chinese().end() ? english : it->second;
}

bool HasChineseText(const std::string& english) { return Chinese().count(english) > 0; }

std::string HelpExamples(const std::string& subcommand, const std::string& lang) {
  for (const Footer& f : kExamples) {
    if (subcommand == f.subcommand) return lang == "en" ? f.en : f.zh;
  }
  return "";
}

std::span<const ExitCodeText> ExitCodeTexts() { return kExitCodes; }

std::string HelpFooter(const std::string& subcommand, const std::string& lang) {
  std::string out = HelpExamples(subcommand, lang);
  if (!out.empty()) out += "\n";
  out += lang == "en" ? "Exit codes:\n" : "退出码：\n";
  for (const ExitCodeText& e : kExitCodes) {
    out += "  " + std::to_string(e.code) + "  " + (lang == "en" ? e.en : e.zh) + "\n";
  }
  return out;
}

}  // namespace reportlint
